"""The sixth round's shortcuts in time finding must find exactly what the plain patterns find: the first-letter
lookaheads of _month and _FOUNDED only drop the places where no match can start, and _finditer_near (the anchored
search of the rules that name anchors) gives the matches of ``pattern.finditer``.  Checked on varied sentences:
hand-written ones and seeded random ones built from the rules' own words in mixed case, with odd spacing, the
letters re.IGNORECASE reads as ASCII ones, and the look-alike words ("maybe", "marches", "endless", "built-in")."""
from __future__ import annotations

import random
import re

import pytest

from zgc_etl.parse import context as C
from zgc_etl.parse import timex as T

WORDS = [
    # leads, modifiers and months of _month, in several cases and spellings
    "last", "Last", "this", "This", "next", "NEXT", "in", "In", "since", "Since", "by", "By", "early", "Early", "late",
    "mid", "mid-", "the end of", "The End Of", "end", "end-", "January", "Jan.", "jan", "Feb", "February", "March",
    "march", "Mar.", "April", "Apr", "May", "may", "MAY", "June", "Jun", "July", "Jul.", "August", "Aug", "Sept.",
    "Sep", "September", "sept", "Oct.", "October", "Nov", "November", "Dec.", "December", "dec",
    # days, years, numbers
    "1", "4th", "12", "21st", "31", "32", "2019", "2020,", "1998", "2,000", "120", "20", "2021-22",
    # the founding verbs and what stands around them
    "founded", "Founded", "launched", "LAUNCHED", "established", "set up", "Set Up", "opened", "inaugurated",
    "created", "started", "built", "born", "went into operation", "put into operation", "put into service",
    "began operation", "started operation", "on", "at", "was", "which", "the park", "it",
    # look-alikes and ordinary words
    "maybe", "marches", "endless", "mayor", "Junes", "built-in", "reborn", "unfounded", "decade", "octane",
    "novel", "sales", "rose", "percent", "of", "the", "a", "year", "this year", "last year", "ago", "Monday",
    # letters that re.IGNORECASE matches to ASCII ones
    "\u0130n", "\u0131n", "\u017fince", "\u017fet up", "bu\u0131lt", "MA\u0130", "Ja\u0131n",
]
SEPARATORS = [" ", " ", " ", "  ", "\t", ", ", "-", "", ". ", " (", ") "]


def _random_sentences(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(WORDS) + rnd.choice(SEPARATORS) for _ in range(rnd.randint(1, 14))).strip()
            for _ in range(n)]


HAND_WRITTEN = [
    "In May 2020 output rose 5 percent, and by the end of June it had doubled.",
    "Since last   March, the park has drawn 300 firms; early-May sales were 12 billion yuan.",
    "The zone, which was set up in 2012 and opened on Jan 4, 2013, now hosts 40 firms.",
    "Founded in 2015, the company was launched  at the end of 2016 and built in 2018.",
    "may and march are ordinary words; May 1 is a date, as is the end of Dec. 2021.",
    "It went into operation in June, was put into service on Monday, and began operation last year.",
    "No time here at all, just 42 companies.",
    "",
]
SENTENCES = HAND_WRITTEN + _random_sentences(3000, seed=6)


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int, tuple]]:
    return [(m.start(), m.end(), m.groups()) for m in pattern.finditer(text)]


def test_month_lookahead_gives_the_plain_patterns_matches():
    (month,) = [r[0] for r in T._RULES if r[1] is T._month]
    assert T._MONTH_OPENING in month.pattern
    plain = re.compile(month.pattern.replace(T._MONTH_OPENING, ""), month.flags)
    for s in SENTENCES:
        assert _spans(month, s) == _spans(plain, s), s


def test_month_lookahead_holds_the_first_letters_of_every_opening():
    # the letters the lookahead lets through are those the rule's pattern can open with
    openings = ["last", "this", "next", "in", "since", "by", "early", "late", "mid", "the end of", "end",
                *T.MONTHS]
    assert {w[0] for w in openings} == set(T._MONTH_OPENING[len("(?=["):-len("])")])


def test_founded_lookahead_gives_the_plain_patterns_matches():
    plain = re.compile(C._FOUNDED.pattern.replace("(?=[bcefilopsw])", ""), C._FOUNDED.flags)
    assert plain.pattern != C._FOUNDED.pattern
    for s in SENTENCES:
        # as _mark_times and _remember search it: in the text before each place a time could start
        for end in range(0, len(s) + 1, 3):
            before = s[max(0, end - 40):end]
            assert (C._FOUNDED.search(before) is None) == (plain.search(before) is None), before
            m, p = C._FOUNDED.search(before), plain.search(before)
            assert (m and m.span()) == (p and p.span()), before


NEAR_RULES = [r for r in T._RULES if r[4] is not None]


@pytest.mark.parametrize("rule", NEAR_RULES, ids=lambda r: r[1].__name__)
def test_finditer_near_gives_the_matches_of_finditer(rule):
    pattern, _fn, _need1, _need2, near, first = rule
    extra = ["Revenue rose 12 percent year on year, over the previous year and compared with 2019.",
             "In the first half of this year and the past three years, Q3 2021 and second-quarter sales grew.",
             "Since its launch in 2015 and since then, so far, to date, at present, currently, today and now.",
             "That year, the following year and two years later; by 2025, from 2013 to 2018, 2019-20.",
             "Over two decades, exports rose; during the Spring Festival holiday, 2021, sales doubled.",
             "From January to March and January-October 2022, in its first two months, last month."]
    for s in SENTENCES + extra:
        s = T.fold_twins(s)
        low = s.lower()
        if len(low) != len(s) or T._ODD_CASE.search(s):
            continue  # (find_times searches such a sentence the plain way)
        got = [(m.start(), m.end(), m.groups()) for m in T._finditer_near(pattern, s, low, near, first)]
        assert got == _spans(pattern, s), s
