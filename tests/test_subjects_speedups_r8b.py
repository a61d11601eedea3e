"""Shortcuts of the second part of the eighth round of parser speed work in the subject code give what the plain way
gives."""
import random
import re

from zgc_etl.parse import context as C
from zgc_etl.parse import subjects as S

# the anaphor pattern's twin for lower-cased ASCII text as it was: the word boundary before the opening word
_PLAIN_ANAPHORS_LOWER = re.compile(S.ANAPHORS.pattern, S.ANAPHORS.flags & ~re.I)

# look-alikes of the opening words ("bathe", "withits", "_the", "3its") and of the heads, with what may stand between
_ANAPHOR_PIECES = ["the", "The", "THE", "this", "that", "its", "Its", "it", "bathe", "withits", "_the", "3its", "-the",
                   "'the", "’its", "t", "i", "th", "park", "zone", "new area", "company", "firms", "startups", "of",
                   "and", "in", "city", "Tianjin", "high-tech", "\t", "\n", " ", "  ", ",", ".", "x"]


def _anaphor_texts(seed: int, n: int):
    rnd = random.Random(seed)
    for _ in range(n):
        parts = [rnd.choice(_ANAPHOR_PIECES) for _ in range(rnd.randint(1, 14))]
        yield "".join(p + rnd.choice(("", " ", " ", "  ", "\t")) for p in parts)


def test_anaphor_twin_with_first_letters_matches_as_with_a_word_boundary():
    n = 0
    for text in _anaphor_texts(82, 20000):
        low = text.lower()
        got = [(m.span(), m.group(1)) for m in C._ANAPHORS_LOWER.finditer(low)]
        assert got == [(m.span(), m.group(1)) for m in _PLAIN_ANAPHORS_LOWER.finditer(low)], text
        assert [(a, b) for (a, b), _ in got] == [m.span() for m in C._ANAPHORS.finditer(text)], text
        n += bool(got)
    assert n > 3000  # (the texts do hold anaphors)


def test_anaphor_matches_of_ascii_text_as_with_the_caseless_pattern():
    for text in _anaphor_texts(83, 5000):
        assert C._anaphor_matches(text) == [(m.start(), m.end(), m.group(1).lower()) for m in C._ANAPHORS.finditer(text)]
