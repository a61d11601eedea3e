"""The shortcuts in ``zgc_etl.parse.quantities`` (scanners, pre-checks) must give exactly what the plain
regular expressions give: they only skip work that cannot match."""
from __future__ import annotations

import itertools
import re

import pytest

from zgc_etl.parse import find_quantities
from zgc_etl.parse import quantities as Q
from zgc_etl.parse.numbers import MULTIPLE_WORDS, TENS_WORDS, UNITS_WORDS

WORDS = sorted({*UNITS_WORDS, *TENS_WORDS, *MULTIPLE_WORDS, "dozen", "a dozen", "a hundred", "an hundred",
                "half", "halves", "a half", "one third", "two thirds", "a quarter", "three quarters", "a fifth",
                "nine tenths", "a tenth", "two-fold", "ten-fold", "twenty-three", "forty five", "one hundred and five",
                "a thousand", "a million", "an billion", "a trillion"})
CONTEXTS = ["{}", "x {}", "({})", "-{}", "x{}", "{}x", "1{}", "{} 2", "{}-year", "“{}”", "\u017f{}", "{} \u0131"]
NUMBERS = ["5", "1,234", "12.5", "0.5", "3.", ".5", "1,2", "2,000,000", "A4", "x7", "7x", "10-15", "1.2.3",
           "\u0661\u0662", "#3", "$5", "50%"]


def _reference(text: str):
    return [(m.start(), m.end(), m.lastgroup, m.groups()) for m in Q.CANDIDATE.finditer(text)]


def _fast(text: str):
    low = None if Q._has_odd_case(text) else text.lower()
    return [(m.start(), m.end(), m.lastgroup, m.groups()) for m in Q._candidates(text, low)]


@pytest.mark.parametrize("word", WORDS)
def test_candidates_same_as_finditer_for_every_number_word(word):
    for form in (word, word.upper(), word.title(), word.capitalize()):
        for ctx in CONTEXTS:
            text = ctx.format(form)
            assert _fast(text) == _reference(text), text


def test_candidates_same_as_finditer_for_numerals_and_mixtures():
    pieces = NUMBERS + ["a", "an", "one", "the", "and", "a half", "tenant", "often", "Seventy", "ſix", "Two"]
    for a, b in itertools.product(pieces, repeat=2):
        for sep in (" ", "", "-", ", ", " and "):
            text = f"{a}{sep}{b}"
            assert _fast(text) == _reference(text), text
            text = f"It rose {a}{sep}{b} percent."
            assert _fast(text) == _reference(text), text


def test_prefix_last_chars_cover_every_currency_marking():
    from zgc_etl.parse.units import PREFIX_LAST_CHARS, PREFIX_UNITS, prefix_unit
    samples = ["US$", "US $", "U.S.$", "HK$", "HK $", "$", "¥", "￥", "€", "£", "RMB", "CNY", "USD", "EUR", "HKD", "GBP",
               "JPY"]
    for pat, _unit in PREFIX_UNITS:  # every marking has a sample, and every sample ends with a listed character
        assert any(re.fullmatch(pat, s) for s in samples), pat
    for s in samples:
        assert s[-1] in PREFIX_LAST_CHARS
        for before in (s, s + " ", "paid " + s, "paid " + s + "\n", s + " \n"):
            assert prefix_unit(before) is not None, before
    assert prefix_unit("a total of ") is None and prefix_unit("") is None


def test_caseless_patterns_match_like_ignorecase():
    with pytest.raises(ValueError):
        Q._Caseless(r"\bUp\b")
    pat = Q._Caseless(r"\b(?:rose|up)\s+(?:by\s+)?$")
    for text in ("sales ROSE ", "Sales Rose by ", "ſales roſe by ", "İt rose ", "it rose", "went UP ", "ın rose "):
        ref = re.search(pat.pattern, text, re.I)
        got = pat.search(text)
        assert (ref and ref.span()) == (got and got.span()), text


def test_in_short_quote_reads_the_nearest_quotation_mark():
    for text, expected in [('a "1+N" policy', True), ('“one-hour commuting circles”', True),
                           ('he said "it is" 5 times "so"', False), ('“a” 5 “b”', False), ('no quotes 5 here', False),
                           ('the "5" and "6"', True), ('"a" "b" then 7"', False)]:
        low = text.lower()
        atoms = Q._scan(text, low)
        quoted = [Q._in_short_quote(text, a) for a in atoms]
        assert any(quoted) == expected, (text, quoted)


@pytest.mark.parametrize("sentence, value", [
    ("It invested 5 b\u0131llion yuan in 2020.", 5e9),          # dotless i
    ("Investment reached 2 B\u0130LLION yuan last year.", 2e9),  # capital I with a dot
    ("The fund raised six m\u0131llion dollars.", 6e6),
])
def test_scale_words_with_ignorecase_twins_are_read_not_crashed(sentence, value):
    # re.I lets these letters stand for ASCII ones; a vocabulary lookup by lower() alone raised KeyError
    qs = find_quantities(sentence)
    assert [q.value for q in qs if q.value == value], [(q.value, q.unit) for q in qs]
