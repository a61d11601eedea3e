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


# look-alikes around the group nouns: capitalised and lower-case words before them, and what may stand before a
# capital letter that GROUP's look-behind rules out (a letter, a digit, "_", an apostrophe, a hyphen), and the rest of
# a group word after the wrong capital
_GROUP_PIECES = ["Enterprises", "enterprises", "Companies", "companies", "Firms", "firms", "Investors", "investors",
                 "Businesses", "Startups", "startups", "Start-ups", "start-ups", "ENTERPRISES", "Enterprise",
                 "Zhongguancun", "Hong", "Kong", "Chinese", "steel", "high-tech", "Beijing's", "X", "x", "_", "3", "'",
                 "’", "-", "(", "\"", "The", "of", "and", "Tianjin-based", "\t", "\n", " ", "  ", ",", ".",
                 # a group word's rest after another capital letter
                 "Cnterprises", "Eompanies", "Birms", "Snvestors", "Fusinesses", "Ttartups", "Itart-ups"]


def test_group_pattern_by_capital_matches_as_group():
    rnd = random.Random(84)
    n = 0
    for _ in range(20000):
        parts = [rnd.choice(_GROUP_PIECES) for _ in range(rnd.randint(1, 12))]
        text = "".join(p + rnd.choice(("", " ", " ", " ", "  ", "\n")) for p in parts)
        got = [m.span() for m in S.GROUP_BY_CAPITAL.finditer(text)]
        assert got == [m.span() for m in S.GROUP.finditer(text)], text
        end = rnd.randint(0, len(text))  # (as _named_group_before scans: up to a position)
        assert [m.span() for m in S.GROUP_BY_CAPITAL.finditer(text, 0, end)] == \
            [m.span() for m in S.GROUP.finditer(text, 0, end)], (text, end)
        n += bool(got)
    assert n > 5000  # (the texts do name groups)
    assert C._GROUP is S.GROUP_BY_CAPITAL
