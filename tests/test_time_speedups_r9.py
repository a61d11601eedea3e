"""The ninth round's time-finding shortcuts find exactly what the plain patterns find.

_finditer_near now looks for the places a rule's match may start with the rule's opener, in the lower-cased
sentence, over a stretch that reaches _span characters past each anchor: checked here against ``pattern.finditer``
on seeded random sentences built from the rules' own words and anchors (in mixed case, glued to their neighbours
or not), and the two facts the opener rests on: lower-casing a character into one character never changes whether
it is a word character (so \\b reads the same in both), and a lookbehind reads the text before ``pos``."""
from __future__ import annotations

import random
import re
import sys

import pytest

from zgc_etl.parse import timex as T

NEAR_RULES = [r for r in T._RULES if r[4] is not None]

# every rule's anchors and the texts its matches start with, and words around them
PIECES = sorted({a for r in NEAR_RULES for a, *_ in r[4]} | {
    "year", "Year", "years", "YEAR-ON-YEAR", "year-on-year", "year over year", "a year earlier", "a year ago",
    "the same period of last year", "compared with the same period of previous year", "on a yearly basis",
    "than the year before", "a year before", "yoy", "Y-o-Y", "over the previous year", "from", "than", "than in",
    "compared with", "compared to", "the level of", "the", "its", "their", "level", "figure", "in", "of", "In", "Of",
    "early", "Late", "mid", "mid-", "the end of", "end of", "The beginning of", "autumn", "spring", "summer", "winter",
    "fall", "this year", "last year", "the previous year", "the past year", "the current year", "next year", "2019",
    "2020", "1998", "2045", "2019-20", "201", "120", "1,920", "by", "By", "since", "Since", "now", "known", "so far",
    "to date", "update", "at present", "represent", "currently", "the current", "today", "as of now", "as of",
    "at press time", "first", "past", "last", "previous", "quarter", "half", "Q1", "H2", "months", "decades,",
    "years,", "festival", "Spring Festival", "new year", "later", "earlier", "that year", "its first", "their first",
    "January", "March", "through", "-", "–", "between", "ended", "closed", "finished", "rounded off", "wrapped up",
    "the next", "the coming", "years' time", "rose", "12", "percent", "x", "ab", "\u212a", "\u0130n"})
SEPARATORS = [" ", " ", " ", "", "-", ", ", "  ", ". ", "(", ")"]


def _sentences(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(PIECES) + rnd.choice(SEPARATORS) for _ in range(rnd.randint(1, 16))).strip()
            for _ in range(n)]


SENTENCES = _sentences(4000, seed=9)


def _eighth_round_finditer_near(pat, sentence, low, near, first):
    """_finditer_near as it was before the openers: every word start in the stretch before each anchor, tried where
    ``low`` starts with one of ``first``."""
    starts = set()
    for a, reach, check, _span in near:
        q = low.find(a)
        while q >= 0:
            if check is None or check.match(sentence, q) is not None:
                if reach:
                    starts.update(m.start() for m in re.finditer(r"\b\w", sentence[:q + 1])
                                  if m.start() >= max(0, q - reach))
                elif re.compile(r"\b\w").match(sentence, q) is not None:
                    starts.add(q)
            q = low.find(a, q + 1)
    end = 0
    for p in sorted(starts):
        if p >= end and (first is None or low.startswith(first, p)):
            m = pat.match(sentence, p)
            if m:
                yield m
                end = m.end()


# (rules whose near-search finds fewer matches than finditer: none since _rel_month's texts hold "earlier ",
# "later ", "early ", "late " before any month word, as "later last month" needs)
SHORT_OF_FINDITER: set[str] = set()


@pytest.mark.parametrize("rule", NEAR_RULES, ids=lambda r: r[1].__name__)
def test_finditer_near_with_openers_gives_the_matches_it_gave_before(rule):
    pattern, fn, _need1, _need2, near, opener = rule
    starts = T._RULE_STARTS[fn.__name__]
    for s in SENTENCES:
        s = T.fold_twins(s)
        low = s.lower()
        if len(low) != len(s) or T._ODD_CASE.search(s):
            continue  # (find_times searches such a sentence the plain way)
        got = [(m.start(), m.end(), m.groups()) for m in T._finditer_near(pattern, s, low, near, opener)]
        assert got == [(m.start(), m.end(), m.groups())
                       for m in _eighth_round_finditer_near(pattern, s, low, near, starts)], s
        if fn.__name__ not in SHORT_OF_FINDITER:
            assert got == [(m.start(), m.end(), m.groups()) for m in pattern.finditer(s)], s


def test_lower_casing_keeps_word_characters():
    word = re.compile(r"\w")
    for c in range(sys.maxunicode + 1):
        ch = chr(c)
        low = ch.lower()
        if len(low) == 1:
            assert (word.match(ch) is None) == (word.match(low) is None), hex(c)


def test_opener_reads_the_character_before_pos():
    opener = T._opener(("in ", "year"))
    assert opener.match("within ", 4) is None  # "in" inside a word
    assert opener.match("win in ", 4) is not None
    assert [m.start() for m in opener.finditer("ayear year", 1, 10)] == [6]


def test_span_covers_the_texts_that_run_past_the_anchor():
    # "on a yearly " holds the anchor "year" 5 characters in and runs 7 past its start
    assert T._span("year", 42, ("on a yearly ", "a year ")) == 7
    assert T._span("19", 23, ("in ", "the end of", "19", "20")) == 2  # only "19" itself runs past a "19"
    assert T._span("x", 5, None) == 1
