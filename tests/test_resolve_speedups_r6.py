"""Shortcuts of the sixth round of parser speed work give what the plain way gives: the conjunction that opens a
clause matched in place, and the article's abbreviation table looked up once for all its figures."""
import random
import re

from zgc_etl.parse import context as C
from zgc_etl.parse import measures as M

# the pattern as it was, matched on a copy of the rest of the sentence
_OLD_CONJ = re.compile(r"^(?:while|whereas|but|and|which|who|with|where)\s+", re.I)

PIECES = ["while ", "While", "whereas  ", "but\t", "and ", "AND ", "which", "who ", "with\n", "where ", "whereby ",
          "x", " ", ",", "Tianjin ", "\u0130", "\u212a"]


def _old_after_conjunction(sentence, cs):
    m = _OLD_CONJ.match(sentence[cs:])
    return cs + len(m.group()) if m else cs


def test_after_conjunction_matches_the_pattern_on_a_copy():
    rnd = random.Random(6)
    checked = 0
    for _ in range(3000):
        s = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 8)))
        for cs in range(len(s) + 1):
            assert C._after_conjunction(s, cs) == _old_after_conjunction(s, cs), (s, cs)
            checked += C._after_conjunction(s, cs) != cs
    assert checked > 1000  # (the texts do open clauses with a conjunction)


TEXTS = [
    "The China Innovation Index (CII) rose. The CII stood at 120.",
    "No brackets here: the CII rose by 5 percent.",
    "Research and development (R&D) spending and Gross Domestic Product (GDP) grew.",
    "An aside (not an abbreviation) and a Science and Technology Park (STP) opened.",
    "",
]
MEASURES = [None, "", "CII", "CII growth", "R&D spending", "GDP", "STP area", "cii", "IPO proceeds", "investment"]


def test_expand_with_the_table_is_expand_acronym():
    expanded = 0
    for text in TEXTS:
        table = M.acronyms_defined(text)
        assert ("(" in text) or table == {}
        for measure in MEASURES:
            got = M.expand_with(measure, table)
            assert got == M.expand_acronym(measure, text)
            expanded += got != measure
    assert expanded >= 2  # "CII", "CII growth", "STP area" are spelled out


def test_expand_acronym_as_before():
    text = TEXTS[0]
    assert M.expand_acronym("CII growth", text) == "China Innovation Index growth"
    assert M.expand_acronym("CII growth", TEXTS[1]) == "CII growth"
    assert M.expand_acronym("GDP", TEXTS[2]) == "GDP"
    assert M.expand_acronym(None, text) is None
