"""The second eighth-round shortcuts in the time rules must give what the plain code gave.

timex._sentence_facts looks for the words of _LATER_WORDS only when a rule that reads them can be tried, and for the
words of a long gate group in the text around the gate (_around), not in the whole sentence: the rules a sentence's
facts select (_rules_for) must be those that every fact, looked for everywhere, selects.  Checked on hand-written and
seeded random sentences built from the rules' own words, look-alikes and punctuation, in mixed case."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from zgc_etl.parse import timex as T

# every fact word of the rules, and texts around them
_FACT_WORDS = [w for w in T._FACT_BITS if w not in T._SPECIAL_FACTS]
WORDS = _FACT_WORDS + [
    "years", "yearly", "year-on-year", "Year", "YEAR", "the", "of", "course", "ending", "through", "up", "to", "later",
    "earlier", "ago", "basis", "monthly", "months", "quarterly", "headquarters", "square", "Q3", "q", "weekday",
    "holiday", "Sunday", "first", "firsts", "decade", "halfway", "ended", "end", "endless", "closed", "by", "bypass",
    "2019", "2023", "1998", "2050", "20", "19", "-", "–", "March", "may", "Jan.", "from", "between", "since", "2,000",
]
SEPARATORS = [" ", " ", " ", "", ", ", "-", ". ", " (", "\0"]
HAND_WRITTEN = [
    "In the course of the year, output rose 12 percent year on year.",
    "The park closed the year with 3,200 firms, up from 2,900 a year earlier.",
    "Sales in the past three months rose 8 percent; over the past five years they doubled.",
    "By 2025 the park aims to host 500 firms, two years later than planned.",
    "Headquarters square: Q3 revenue rose, and first-half exports fell on Monday.",
    "No time here at all, just 42 companies.",
    "",
]


def _random_sentences(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        words = [rnd.choice(WORDS) for _ in range(rnd.randint(1, 14))]
        text = "".join(w + rnd.choice(SEPARATORS) for w in words).strip()
        out.append(text if rnd.random() < 0.5 else (text.upper() if rnd.random() < 0.3 else text.capitalize()))
    return out


SENTENCES = HAND_WRITTEN + _random_sentences(5000, seed=88)


def _every_fact(sentence: str, low: str, has_year: bool) -> int:
    """The facts of a sentence with every word looked for in the whole sentence (the plain way)."""
    mask = 0
    for w, bit in T._FACT_BITS.items():
        if w not in T._SPECIAL_FACTS and w in low:
            mask |= bit
    if has_year:
        mask |= T._YEAR_BIT
        if T._YEAR_DASH.search(sentence) is not None:
            mask |= T._YEAR_DASH_BIT
    if T._CAP_MONTH.search(sentence) is not None:
        mask |= T._CAP_MONTH_BIT
    return mask


def _has_year(s: str) -> bool:
    return T._ANY_YEAR.search(s) is not None


def test_the_facts_select_the_rules_that_every_fact_selects():
    later_skipped = 0
    for s in SENTENCES:
        low = s.lower()
        got = T._sentence_facts(s, low, _has_year(s))
        want = _every_fact(s, low, _has_year(s))
        assert got & ~want == 0, s  # (a fact found holds)
        assert T._rules_for(got) == T._rules_for(want), s
        later_skipped += got != want
    assert later_skipped > 100  # (the later words are skipped in many sentences)


def test_the_text_around_a_gate_holds_a_word_exactly_when_the_sentence_does():
    grouped = [(gate, words, reach) for gate, _bit, words, reach in T._GATED_WORDS if reach is not None]
    assert any(gate == "year" for gate, _w, _r in grouped)
    for s in SENTENCES:
        low = s.lower()
        for gate, words, reach in grouped:
            p = low.find(gate)
            if p < 0:
                continue
            near = T._around(low, gate, p, reach)
            for w, _bit in words:
                assert (w in near) == (w in low), (s, w)


def test_the_later_words_are_only_read_by_rules_whose_other_group_is_looked_for_first():
    later = {bit for _t, _g, words in T._LATER_WORDS for _w, bit in words}
    assert later  # ("closed ", "past", "by 2020" ...)
    first_look = {bit for w, bit in T._PLAIN_WORDS} | {bit for _g, gb, words, _r in T._GATED_WORDS for _w, bit in words} \
        | {gb for _g, gb, _w, _r in T._GATED_WORDS} | {T._YEAR_BIT, T._YEAR_DASH_BIT, T._CAP_MONTH_BIT}
    for _pat, _fn, m1, m2, _near, _first in T._RULES:
        for bit in later:
            if bit & (m1 | m2):
                assert m1 != m2
                other = m2 if bit & m1 else m1
                assert all(b in first_look for b in (1 << i for i in range(other.bit_length())) if other & b)


@pytest.mark.parametrize("ref", [dt.date(2023, 1, 15), dt.date(2024, 11, 30)])
def test_times_are_those_of_every_rule(ref, monkeypatch):
    want = [T.find_times(s, ref) for s in SENTENCES[:1500]]
    monkeypatch.setattr(T, "_rules_for", lambda facts: tuple(T._RULES))  # every rule tried: no prefilter
    assert [T.find_times(s, ref) for s in SENTENCES[:1500]] == want
