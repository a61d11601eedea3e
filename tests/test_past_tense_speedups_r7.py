"""The past-tense test (context._Past) runs its patterns case-sensitively over the lower-cased sentence and skips
_PERFECT for sentences without "has"/"have": the same answers as the case-insensitive patterns over the text."""
import re

import pytest

from zgc_etl.parse import context as C

SENTENCES = [
    "Output ROSE 12 percent to 3.2 billion yuan in 2023.",
    "The zone's revenue Totaled 1.1 trillion yuan last year.",
    "The park is meant to host 300 firms by 2025.",
    "About 40 firms LEFT the park, and 12 more found a new home.",
    "The lab cost 300 million yuan, the city said.",
    "The city will cost the project at 2 billion yuan.",
    "Exports doubled, reaching 5 billion dollars.",
    "A state-owned firm planned a 2 billion yuan fund.",
    "The company has grown its sales to 4 billion yuan.",
    "The companies HAVE NOT BEEN paid 3 million yuan.",
    "Each lab has to set aside 10 percent of its budget.",
    "The firm, which went public in 2020, employs 4,000 people.",
    "Its revenue climbed by 8 percent in the first half.",
    "Revenue is expected to hit 10 billion yuan.",
    "The KELVIN-rated unit was built in 2019.",
    "Sales haſ riſen; the plant ſhipped 300 units.",  # a long s: re.IGNORECASE reads it as "s", lower() does not
    "İnvestors poured 2 billion yuan into the zone.",  # a dotted capital I: lower() adds a character
    "The district added 120 firms over the year.",
    "Firms in the zone number 2,000.",
]


def _reference_past(text: str):
    """The tense test as it was: each pattern case-insensitive over the text itself, _PERFECT always run."""
    verb, bare, ed = (re.compile(p.pattern, re.I) for p in (C._PAST_VERB, C._PAST_BARE, C._PAST_ED))
    if ", wh" in text:
        text = C._RELATIVE_ASIDE.sub(" ", text)
    for m in verb.finditer(text):
        if text[max(0, m.start() - 6):m.start()].lower().split()[-1:] not in C._PRESENT_BE:
            return m
    for m in bare.finditer(text):
        if m.group(1).lower() not in C._NOT_BEFORE_BARE:
            return m
    for m in ed.finditer(text):
        if text[max(0, m.start(2) - 1):m.start(2)] == "-":
            continue
        if m.group(1) and m.group(1).lower() in C._ADJ_BEFORE:
            continue
        return m
    return None


@pytest.mark.parametrize("sentence", SENTENCES)
def test_past_same_answer_and_place_as_case_insensitive_patterns(sentence):
    text = C._PERFECT.sub(" ", sentence)
    got, want = C._PAST.search(text), _reference_past(text)
    assert (got is None) == (want is None)
    if want is not None:
        assert got.span() == want.span()


@pytest.mark.parametrize("sentence", SENTENCES)
def test_without_perfect_is_perfect_sub(sentence):
    assert C._without_perfect(sentence) == C._PERFECT.sub(" ", sentence)


def test_reference_sees_both_tenses():
    # (the cases above must exercise both answers, else the comparison could not fail)
    answers = {_reference_past(C._PERFECT.sub(" ", s)) is None for s in SENTENCES}
    assert answers == {True, False}
