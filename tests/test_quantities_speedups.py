"""The shortcuts in ``zgc_etl.parse.quantities`` (scanners, pre-checks) must give exactly what the plain
regular expressions give: they only skip work that cannot match."""
from __future__ import annotations

import itertools

import pytest

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
