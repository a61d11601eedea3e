"""Numbers as English news writes them: numerals, number words, scale words, fractions, multiples.

The number-word vocabulary is a small closed table (below) rather than a library such as
``word2number``: news copy uses only cardinals up to the hundreds with a scale word after
them ("two billion", "one hundred", "twenty-three", "a dozen"), and we need the exact span
of the words in the text, which word2number does not give.
"""
from __future__ import annotations

import re
from typing import Optional

#: Python's case-insensitive matching lets four non-ASCII letters stand for ASCII ones ("bıllion" with a
#: dotless i, "BİLLION", a long s, the Kelvin sign), which ``str.lower`` does not map back: a word a
#: ``re.I`` pattern matched is looked up in a vocabulary by :func:`vocab_key`, never by ``lower()`` alone.
_TWINS_AS_ASCII = str.maketrans({"\u0130": "I", "\u0131": "i", "\u017f": "s", "\u212a": "K"})


def fold_twins(text: str) -> str:
    """``text`` with those four letters written as the ASCII letters they match: same length, same
    offsets, case kept ("bıllion" → "billion", "FİRST" → "FIRST"); ``text`` itself when it has none."""
    # (four substring tests: a set's isdisjoint would walk a non-ASCII text character by character, ~4x slower)
    if text.isascii() or ("\u0130" not in text and "\u0131" not in text and "\u017f" not in text
                          and "\u212a" not in text):
        return text
    return text.translate(_TWINS_AS_ASCII)


def vocab_key(word: str) -> str:
    """The vocabulary key of a word that a case-insensitive pattern matched: lower case, ASCII twins folded."""
    return fold_twins(word).lower()


UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
              "ninety": 90}
#: Scale words and their abbreviations (applied after a numeral or number word).
SCALE = {"thousand": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "billion": 1e9, "bln": 1e9, "bn": 1e9,
         "trillion": 1e12, "tln": 1e12}
#: Fractions read as a percent share ("one third" = 33.33 percent).
FRACTION_DENOM = {"half": 50.0, "halves": 50.0, "third": 100 / 3, "thirds": 100 / 3, "quarter": 25.0,
                  "quarters": 25.0, "fourth": 25.0, "fourths": 25.0, "fifth": 20.0, "fifths": 20.0,
                  "tenth": 10.0, "tenths": 10.0}
#: Multiples written as one word: "doubled" = 2 times.
MULTIPLE_WORDS = {"doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4, "twofold": 2, "threefold": 3,
                  "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7, "eightfold": 8, "ninefold": 9,
                  "tenfold": 10}
#: Multiples that are one word only before a compared amount: "twice that of 2015", "double the national
#: average", "twice as many" (elsewhere "twice a year" is a frequency and "double" an adjective).
COMPARATIVE_MULTIPLES = {"twice": 2, "double": 2, "triple": 3, "treble": 3, "quadruple": 4}
#: What must follow one of COMPARATIVE_MULTIPLES for it to be a number (a regex look-ahead's body).
COMPARED_AFTER = r"\s+(?:that|those|the|what|as|its|their|his|her|our)\b"

_U = "|".join(sorted(UNITS_WORDS, key=len, reverse=True))
_T = "|".join(TENS_WORDS)
_ONES = "one|two|three|four|five|six|seven|eight|nine"
# below one hundred: "twenty-three", "twenty three", "forty", "seven"
_SUB100 = rf"(?:(?:{_T})(?:[- ](?:{_ONES})\b)?|(?:{_U}))"
#: A number written in words: "a dozen", "two dozen", "one hundred and five", "twenty-three".
WORD_NUMBER = (rf"(?:\ba\s+dozen\b|\bdozen\b|\ba\s+hundred\b|\ban?(?=\s+(?:thousand|million|billion|trillion)\b)|"
               rf"\b{_SUB100}(?:\s+dozen|\s+hundred(?:\s+(?:and\s+)?{_SUB100})?)?\b)")
#: A numeral: "1,234.5", "1234", ".5" is not accepted (news writes "0.5").
NUMERAL = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"

_WORD_NUMBER_RE = re.compile(WORD_NUMBER, re.I)
_TOKEN = re.compile(r"[a-z]+", re.I)


def parse_numeral(s: str) -> float:
    return float(s.replace(",", ""))


def parse_words(s: str) -> Optional[float]:
    """Value of a number written in words ("twenty-three" → 23, "a dozen" → 12)."""
    total = 0.0
    current = 0.0
    seen = False
    for tok in _TOKEN.findall(vocab_key(s)):
        if tok in ("a", "an", "and"):
            if tok in ("a", "an"):
                current = max(current, 1)
                seen = True
            continue
        if tok == "dozen":
            current = (current or 1) * 12
            seen = True
        elif tok in UNITS_WORDS:
            current += UNITS_WORDS[tok]
            seen = True
        elif tok in TENS_WORDS:
            current += TENS_WORDS[tok]
            seen = True
        elif tok == "hundred":
            current = (current or 1) * 100
            seen = True
        elif tok in SCALE:
            total += (current or 1) * SCALE[tok]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def parse_number(s: str) -> Optional[float]:
    """Value of a numeral or a number in words."""
    s = s.strip()
    if s and s[0].isdigit():
        try:
            return parse_numeral(s)
        except ValueError:
            return None
    return parse_words(s)


def fraction_value(numerator: Optional[str], denom: str) -> float:
    """Percent value of "a third", "two thirds", "half"."""
    n = 1.0
    if numerator:
        nl = numerator.lower()
        if nl in UNITS_WORDS:
            n = float(UNITS_WORDS[nl])
        elif nl[:1].isdigit():
            n = float(nl)
    return round(n * FRACTION_DENOM[vocab_key(denom)], 2)
