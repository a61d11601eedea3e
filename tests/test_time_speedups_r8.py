"""The eighth round's shortcuts in the time context must give what the plain code gave: the times a sentence leaves
for the next ones are read back lazily, newest first (context._carried_time), rather than folded into the state
sentence by sentence, and the deadline walk skips the sentences that _may_hold_deadline rules out.  Checked on
hand-written and seeded random sentences built from the time rules' own words in mixed case."""
from __future__ import annotations

import datetime as dt
import random

from zgc_etl.parse import context as C
from zgc_etl.parse.subjects import OrgRegistry
from zgc_etl.parse.timex import find_times

WORDS = [
    "by", "By", "BY", "bY", "before", "Before", "BEFORE", "nearby", "baby", "the end of", "year-end", "end-2023",
    "as of", "until", "at", "to", "in", "In", "since", "Since", "last", "this", "next", "Last", "early", "late",
    "January", "June", "September", "Dec.", "May", "march", "the first", "second", "third", "fourth", "quarter",
    "half", "of", "the", "year", "this year", "last year", "next year", "2019", "2023", "2024", "2025", "2030",
    "2,000", "12", "30", "founded", "launched", "set up", "opened", "which", "when", "it", "was", "the park",
    "rose", "hosts", "will", "aims to", "percent", "firms", "said", "on Monday", "announced", "from", "than",
    "compared with", "over the past five years", "a year earlier", "that year", "Since then", "in its first two months",
]
SEPARATORS = [" ", " ", " ", "  ", ", ", "-", ". ", " ("]
REFS = [dt.date(2023, 1, 15), dt.date(2024, 6, 10), dt.date(2024, 11, 30)]
HAND_WRITTEN = [
    "By 2025 the park aims to host 500 firms.",
    "The zone will be finished before the end of 2027.",
    "BY THE END OF SEPTEMBER, exports had doubled.",
    "By end-2026 it plans 40 labs, and by May next year 12 more.",
    "Before the end of the third quarter of this year, 30 firms moved in.",
    "The project, founded in 2015, had 300 staff by the end of last year.",
    "No time here at all, just 42 companies.",
    "",
]


def _random_sentences(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(WORDS) + rnd.choice(SEPARATORS) for _ in range(rnd.randint(1, 16))).strip()
            for _ in range(n)]


SENTENCES = HAND_WRITTEN + _random_sentences(3000, seed=8)


def test_a_sentence_that_may_hold_no_deadline_has_none():
    held = 0
    for s in SENTENCES:
        for ref in REFS + [None]:
            if any(t.role == "deadline" for t in find_times(s, ref)):
                held += 1
                assert C._may_hold_deadline(s), s
    assert held > 100  # (the sentences do hold deadlines)


def _context(ref: dt.date, published: str) -> C.ArticleContext:
    return C.ArticleContext(published, ref, OrgRegistry(), {}, None, None)


def _eager_fold(infos: list[C.SentenceInfo]) -> tuple:
    """The state the sentences leave, folded sentence by sentence as _remember_time did before (the reference)."""
    as_of = period_start = last_date = deadline = None
    for info in infos:
        sentence = info.sentence
        founded = [t for t in info.times if t.role in ("point", "period", "founded") and t.as_of]
        times = [t for t in founded if t.role != "founded" and
                 not C._FOUNDED.search(sentence[max(0, t.start - 30):t.start])]
        times = times or [t for t in info.times if t.role == "attrib"]
        if times:
            as_of, period_start = times[-1].as_of, times[-1].period_start
            last_date = as_of
        if founded and founded[-1] not in times:
            last_date = founded[-1].as_of
        dl = [t for t in info.times if t.role == "deadline"]
        if dl:
            deadline = dl[-1].as_of
    return (as_of, period_start), last_date, deadline


def test_carried_times_are_those_the_sentences_fold_to():
    rnd = random.Random(88)
    for ref in REFS:
        for published in (ref.isoformat(), (ref + dt.timedelta(days=2)).isoformat()):
            ctx = _context(ref, published)
            for _ in range(150):
                article = rnd.sample(SENTENCES, rnd.randint(1, 8))
                state = C.ContextState()
                lazy_infos = []
                for i, s in enumerate(article):
                    info = C.SentenceInfo(s, ctx, None)
                    lazy_infos.append(info)
                    C._remember_time(s, info, state)
                    want = _eager_fold([C.SentenceInfo(x, ctx, None) for x in article[:i + 1]])
                    got = ((C._carried_time(state, C._STATEMENT) or (None, None)),
                           C._carried_time(state, C._LAST_DATE), C._carried_time(state, C._DEADLINE))
                    assert got == want, article[:i + 1]


def test_open_rule_anchors_only_at_word_starts_give_the_matches_of_finditer():
    from zgc_etl.parse import timex as T
    (rule,) = [r for r in T._RULES if r[1] is T._open]
    pattern, _fn, _need1, _need2, near, first = rule
    words = ["now", "Now", "known", "snow", "nowadays", "date", "update", "to date", "To Date", "candidate",
             "present", "represent", "at present", "current", "currently", "the current", "recurrent",
             "in recent years", "far", "so far", "farm", "today", "since", "convince", "as of", "as of now",
             "at press time", "express time", "it", "was", "founded", "its", "inception", "the"]
    rnd = random.Random(81)
    sentences = ["".join(rnd.choice(words) + rnd.choice(SEPARATORS) for _ in range(rnd.randint(1, 12))).strip()
                 for _ in range(3000)]
    for s in sentences:
        low = s.lower()
        got = [(m.start(), m.end()) for m in T._finditer_near(pattern, s, low, near, first)]
        assert got == [(m.start(), m.end()) for m in pattern.finditer(s)], s
