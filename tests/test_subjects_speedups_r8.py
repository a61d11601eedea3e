"""Shortcuts of the eighth round of parser speed work in the subject code give what the plain way gives: token starts
worked out on demand, and the apposition after a name matched in place."""
import random
import re
from itertools import accumulate

from zgc_etl.parse import context as C
from zgc_etl.parse import subjects as S

WORDS = ["Tianjin", "Co.,", "Ltd.", "(TEDA)", "park", "the", "Bank", "of", "’s", "“Zhongguancun”", "a", "Zone;", "x",
         "1,200", "\u0130stanbul", "Science-Tech"]


def test_spaced_starts_are_the_token_starts():
    rnd = random.Random(8)
    for _ in range(2000):
        raws = [rnd.choice(WORDS) for _ in range(rnd.randint(1, 40))]
        text = " ".join(raws)
        expected = [m.start() for m in S._TOKEN.finditer(text)]
        starts = S._SpacedStarts(raws)
        asked = sorted(rnd.randrange(len(raws)) for _ in range(rnd.randint(1, 6)))
        if rnd.random() < 0.2:
            asked.append(rnd.randrange(len(raws)))  # (out of order: counted again from the first token)
        for k in asked:
            assert starts[k] == expected[k], (text, k)


def _listed_starts(raws):
    """The way it was: the start of every token, listed."""
    return list(accumulate((len(t) + 1 for t in raws), initial=0))[:-1]


def test_find_orgs_with_spaced_starts_as_with_listed_starts(monkeypatch):
    rnd = random.Random(80)
    texts = [" ".join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 30))) for _ in range(1500)]
    got = [S._find_orgs(t) for t in texts]
    monkeypatch.setattr(S, "_SpacedStarts", _listed_starts)
    assert [S._find_orgs(t) for t in texts] == got
    assert sum(map(len, got)) > 300  # (the texts do name organisations)


# the pattern as it was, matched on a copy of the rest of the sentence
_OLD_COMMA_A = re.compile(r",\s+(?:a|an)\s")


def test_comma_article_matched_in_place():
    rnd = random.Random(81)
    pieces = [",", " ", "a", "an", "\n", "A", "x", ", a ", ",  an\t"]
    for _ in range(3000):
        s = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        for p in range(len(s) + 1):
            assert bool(C._COMMA_A.match(s, p)) == bool(_OLD_COMMA_A.match(s[p:])), (s, p)
