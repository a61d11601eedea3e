"""Third-round shortcuts of ``zgc_etl.parse.quantities``: each must give exactly what the plain regular
expression or the plain computation gives."""
from __future__ import annotations

import itertools

import pytest

from zgc_etl.parse import quantities as Q
from zgc_etl.parse.numbers import MULTIPLE_WORDS, TENS_WORDS, UNITS_WORDS

WORDS = sorted({*UNITS_WORDS, *TENS_WORDS, *MULTIPLE_WORDS, "dozen", "a dozen", "a hundred", "an hundred", "half",
                "a half", "two thirds", "a quarter", "a fifth", "two-fold", "twenty-three", "one hundred and five",
                "a thousand", "a million", "an billion"})
NUMBERS = ["5", "1,234", "12.5", "0.5", "3.", ".5", "1,2", "1,2345", "12,345,678.25", "1,234.", "2,000,000",
           "A4", "x7", "7x", "10-15", "1.2.3", "5,one", "12one", "1.5.5", "\u0661\u0662", "#3", "$5", "50%", "007"]
CONTEXTS = ["{}", "x {}", "({})", "-{}", "x{}", "{}x", "1{}", "{} 2", "{}-year", "\u201c{}\u201d", "{},{}", "{}.{}",
            "\u00e9{}", "\u4e2d{}", "\u00b2{}", "\u00e9 {}", "\u00c9{}", "_{}"]  # the scan stops at non-ASCII letters too


def _reference(text: str):
    return [(m.start(), m.end(), m.lastgroup, m.groups()) for m in Q.CANDIDATE.finditer(text)]


def _spans(text: str):
    """_candidate_spans as CANDIDATE.finditer would give it: a numeral (None) is a "num" match of its span."""
    low = None if Q._has_odd_case(text) else text.lower()
    out = []
    for s, e, m in Q._candidate_spans(text, low):
        if m is None:
            out.append((s, e, "num", (None, None, None, None, text[s:e], None)))
        else:
            assert (m.start(), m.end()) == (s, e)
            out.append((s, e, m.lastgroup, m.groups()))
    return out


def test_candidate_spans_same_as_finditer_for_numerals_words_and_mixtures():
    pieces = NUMBERS + ["a", "an", "one", "the", "Seventy", "\u017fix", "Two", "a half"]
    for a, b in itertools.product(pieces, repeat=2):
        for sep in (" ", "", "-", ", ", ",", ".", " and "):
            for text in (f"{a}{sep}{b}", f"It rose {a}{sep}{b} percent.", f"Up {a}{sep}{b}"):
                assert _spans(text) == _reference(text), text


@pytest.mark.parametrize("word", WORDS)
def test_candidate_spans_same_as_finditer_for_every_number_word(word):
    for form in (word, word.upper(), word.title()):
        for ctx in CONTEXTS:
            for number in ("", "7", "1,234.5"):
                text = ctx.format(form, number) if ctx.count("{}") == 2 else ctx.format(form) + number
                assert _spans(text) == _reference(text), text


def test_suffix_unit_reads_the_lower_cased_text_like_the_text():
    from zgc_etl.parse.units import SUFFIX_UNITS, suffix_unit
    samples = ["5 percent", "5 Percentage Points", "5-PCT", "5 RMB", "5 yuan", "5 HK dollars", "5 U.S. dollars",
               "5 US Dollars", "5 km2", "5 KM²", "5 sq.km", "5 m", "5m²", "5 MW", "5 kWh", "5 t.", "5 Tons",
               "5 times", "5-fold", "5 mins", "5 Hours", "5 years", "5 yearly", "5 mu", "5 percent.", "5 %",
               "5 pounds sterling", "5 pounds", "5 sterling", "5 pct points", "5 ppts", "5 per cent", "5 sq m", "5 m2x",
               "5 m5", "5 metric tonnes", "5 tx", "5 t", "5 hrs", "5 days", "5 american dollars", "5 U. S. dollar",
               "5 hectares", "5 kilometres", "5 megawatts", "5 kilowatt-hour", "5 yen", "5 JPY", "5 GBP", "5 EUR",
               "5 basis points", "5 basis-point", "5 bps", "5 bp", "5 bpx", "5 pounds", "5 pound", "5 GW", "5 gigawatts",
               "5 kW", "5 kilowatts", "5 kilowatt", "5 MWh", "5 megawatt-hours", "5 GWh", "5 TWh", "5 terawatt hours",
               "5 km/h", "5 kmh", "5pc", "5 PC", "5 pcs"]
    assert len(SUFFIX_UNITS) == 29
    for text in samples + [t.upper() for t in samples] + [t.swapcase() for t in samples]:
        assert suffix_unit(text, 1, text.lower()) == suffix_unit(text, 1), text


def test_target_cue_tree_finds_what_the_plain_alternation_finds():
    import random
    import re
    plain = re.compile(r"\b(?:" + "|".join(Q._TARGET_CUE_BRANCHES) + r")\b")
    words = ["will", "shall", "aim", "aims", "aiming", "aimed", "to", "target", "targets", "targeted", "targeting",
             "goal", "goals", "plan", "plans", "planned", "planning", "area", "scheduled", "slated", "is", "are", "set",
             "expect", "expects", "expected", "have", "seek", "seeks", "seeking", "looking", "strive", "strives",
             "striving", "intend", "intends", "intending", "hope", "hopes", "envisage", "envisages", "blueprint",
             "pledge", "pledged", "vow", "vows", "would", "x", "5", "Is", "TO", "willing", "tois"]
    rnd = random.Random(20261126)
    for _ in range(20000):
        text = "".join(rnd.choice(words) + rnd.choice([" ", "  ", "\n", "", "-", ", "]) for _ in range(rnd.randint(1, 6)))
        assert [m.span() for m in Q.TARGET_CUE.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_branch_tree_merges_leading_letters_only():
    assert Q._branch_tree(["is\\s+to", "is\\s+set\\s+to", "intend"]) == "i(?:ntend|s(?:\\s+to|\\s+set\\s+to))"
    assert Q._branch_tree(["aims?", "aim"]) == "aim(?:s?|)"


def test_change_before_precheck_never_rules_out_a_match():
    import random
    pieces = ["rose", "Rose", "up", "made up", "went up", "edged down", "increased", "increase", "growth", "growing",
              "by", "of", "at", "a", "an", "the", "average", "annual", "average annual", "year-on-year", "rate", "rates",
              "pace", "x", "sales", "output-rose", "arose", "2023", ",", "(", "expansion", "fell", "compound", "monthly"]
    rnd = random.Random(11)
    for _ in range(30000):
        w = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12))) + rnd.choice([" ", "  ", "\n", " \n"])
        if Q.CHANGE_BEFORE.search(w):
            assert Q._may_be_change_before(Q._lowered(w)), w
    assert not Q._may_be_change_before("it had ")
    assert Q._may_be_change_before("sales rose by an average annual rate of ")


def test_target_cue_scan_goes_on_like_a_scan_of_each_window():
    """At the starts of numbers (where _kind asks), in text order, with and without a space before them."""
    import random
    words = ["will", "plans to", "planned", "area", "is", "set", "to", "expected", "have", "is set to", "looking",
             "x", "the", "(", ",", "Will", "wills", "aimed", "would", "-"]
    numbers = ["5", "$5", "US$5", "RMB 5", "five", "a hundred", "seven", "two", "tripled", "half", "HK$5", "CNY5"]
    rnd = random.Random(3)
    for _ in range(4000):
        text, starts = "", []
        for _ in range(rnd.randint(1, 30)):
            if rnd.random() < 0.25:
                starts.append(len(text))
                text += rnd.choice(numbers)
            else:
                text += rnd.choice(words)
            text += rnd.choice([" ", "  ", "", "\n"])
        sent: dict = {}
        for at in sorted(rnd.sample(starts, min(4, len(starts)))):
            pre = text[max(0, at - 240):at]
            got = Q._last_target_cue(text, pre, at, sent)
            want = None
            for m in Q.TARGET_CUE.finditer(pre):
                want = m
            assert (got is None) == (want is None), (text, at)
            if want is not None:
                assert (got.start(), got.end(), got.group(0)) == (want.start(), want.end(), want.group(0)), (text, at)
