"""The fourth round's shortcuts in the parser (memos, case-sensitive twins, first-letter gates) must give
exactly what the plain code gives: they only skip work that cannot change the answer."""
from __future__ import annotations

import datetime as dt
import itertools

import pytest

from zgc_etl.parse import context as C
from zgc_etl.parse import quantities as Q
from zgc_etl.parse import timex as T
from zgc_etl.parse.regions import place_in_name
from zgc_etl.parse.subjects import Org

TAILS = [" most", "  largest firms", " - month", "-months", " months", "- decades", " mark", "mark", " milestone",
         " things to know", " reasons why", " Things To Know", " MOST", "\tbiggest", " level for the first time",
         " percent", " yuan", ", most", " -  weeks", "--weeks", " mostly", " topmost", " top-10", " \u00a0most",
         " \u017fmost", " semesters", "", " ", "-", " x"]
GATED = [(Q.TIME_SPAN_AFTER, "nxt_span", Q._TIME_SPAN_FIRST), (Q.SUPERLATIVE_AFTER, "nxt", Q._SUPERLATIVE_FIRST),
         (Q.MILESTONE_AFTER, "nxt", Q._MILESTONE_FIRST), (Q.LISTICLE_AFTER, "nxt", Q._LISTICLE_FIRST)]


def _next_letters(ltail: str) -> dict:
    """The first letters _not_a_figure works out for its gates."""
    rest = ltail.lstrip()
    nxt = rest[:1]
    return {"nxt": nxt, "nxt_span": rest[1:].lstrip()[:1] if nxt == "-" else nxt}


@pytest.mark.parametrize("tail", TAILS)
@pytest.mark.parametrize("pattern, which, letters", GATED)
def test_a_closed_gate_means_no_match(tail, pattern, which, letters):
    ltail = Q._lowered(tail)
    if ltail is None:
        return  # (the gates stay open then)
    if pattern.match_lowered(tail, ltail):
        assert Q._may_open(_next_letters(ltail)[which], letters), (pattern.pattern, tail)


def test_gate_letters_are_those_of_the_words():
    assert Q._SUPERLATIVE_FIRST == frozenset("mlbrpthf")
    assert Q._MILESTONE_FIRST == frozenset("mtbl")
    assert Q._TIME_SPAN_FIRST == frozenset("dmwcsqf")
    assert Q._LISTICLE_FIRST == frozenset("tfrwqlhmn")
    assert Q._may_open(None, frozenset("a"))  # unknown: open


def test_not_a_figure_reasons_after_the_number_still_found():
    got = {s: [q.value for q in Q.find_quantities(s)] for s in [
        "The project will take five months to finish.",
        "It is one of the 10 largest ports in the world.",
        "Readings above 50 mark expansion.",
        "Here are 5 things to know about the grid.",
    ]}
    assert got == {k: [] for k in got}, got


@pytest.mark.parametrize("sentence", [
    "The park said the zone would grow; this company and its fund park output rose.",
    "THE PARK and The Zones and that new area, its banks",
    "In the city, the district, the county and this province of the region",
    "the of park, the and zone, the in port, the new port",  # the excluded words between
])
def test_anaphor_twin_matches_the_case_insensitive_pattern(sentence):
    want = [(m.start(), m.end(), m.group(1).lower()) for m in C._ANAPHORS.finditer(sentence)]
    assert want  # (each sentence names some)
    assert C._anaphor_matches(sentence) == want


def test_rules_for_a_mask_are_the_rules_that_need_it_in_order():
    for facts in [0, T._YEAR_BIT, T._YEAR_BIT | T._FACT_BITS["from"], T._CAP_MONTH_BIT | T._FACT_BITS["since"],
                  (1 << len(T._FACT_BITS)) - 1]:
        want = [r for r in T._RULES if facts & r[2] and facts & r[3]]
        assert list(T._rules_for(facts)) == want
    assert T._rules_for((1 << len(T._FACT_BITS)) - 1) == tuple(T._RULES)


@pytest.mark.parametrize("sentence", [
    "Since 2018, output has doubled, and in May 2020 it rose 5 percent from a year ago.",
    "In the first half of 2021, revenue rose 12 percent year on year to 3 billion yuan.",
    "By 2025 the zone aims to host 500 firms, up from 120 in the past five years.",
    "Output rose 8% from 2019 to 2020 and reached a record on Monday, Jan 4.",
    "No time here at all, just 42 companies.",
])
def test_times_through_the_rule_memo_are_those_of_every_rule(sentence, monkeypatch):
    ref = dt.date(2021, 6, 1)
    got = T.find_times(sentence, ref)
    monkeypatch.setattr(T, "_rules_for", lambda facts: tuple(T._RULES))  # every rule tried: no prefilter
    assert got == T.find_times(sentence, ref)


def test_place_by_name_memo_gives_place_in_name():
    text = "The Tianjin Binhai High-tech Zone and Hebei Xiongan New Area Co. signed."
    for name in ["Tianjin Binhai High-tech Zone", "Hebei Xiongan New Area Co.", "Nowhere Fund"]:
        o = Org(text.find(name), text.find(name) + len(name), name, "zone")
        C._PLACE_IN_NAME.pop(name, None)
        first = C._org_home_by_name(text, o)  # (worked out)
        again = C._org_home_by_name(text, o)  # (from the memo)
        assert first == again == place_in_name(name)


def test_clause_opening_memo_is_opening():
    sentence = "In 2020, the Tianjin park grew, while Beijing's Haidian Park added 30 firms and it hired 200 people."
    state = C.ContextState()
    cands = [(9, 24, "Tianjin park", ["Tianjin"], "park"), (38, 58, "Haidian Park", ["Beijing"], "park"),
             (77, 79, None, [], "pronoun")]
    spans = [(0, 30), (32, 74), (75, len(sentence))]
    for (cs, ce), _ in itertools.product(spans, range(2)):  # (each asked twice: the second from the memo)
        assert C._clause_opening(sentence, cands, cs, ce, state) == C._opening(sentence, cands, cs, ce)
    other = list(cands)  # a new candidate list gets a memo of its own
    assert C._clause_opening(sentence, other, 0, 30, state) == C._opening(sentence, other, 0, 30)
    assert C._sentence_cache(sentence, state)["openings"][0] is other
