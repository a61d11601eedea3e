"""The fast forms of ingest's line tests agree with the regexes they replace.

Each speed-up in :mod:`zgc_etl.ingest.textpage` and :mod:`zgc_etl.ingest.htmlpage`
must give exactly the old answer; these tests compare them on the dev pages'
lines, hand-made edge cases and random strings over the characters that matter.
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from zgc_etl.ingest import htmlpage
from zgc_etl.ingest import textpage as tp

DEV = Path(__file__).parent / "fixtures" / "dev"

EDGE = ["", " ", "\n", "a.", "a. ", "a .", "a.)", "a.) ", "a. )", "a.'\u00a0", "a.’”", "x'", "x' ", "x)", "x]",
        "x.]", "x.)]'\"", "x;", "x:", "x…", "x。", "x！)", "x？”", "x.\t\u3000", "x. \n", "'", ".", ")", ".)", "x.' )",
        "Home > News", "a / b", "a/b", ">> more", " > x", "»", "a » b", "a -> b", "a->b", "x\u00a0>\u00a0y"]
ALPHABET = "ab .!?;:…。'\"’”)]( >»/-|\t\u00a0\u3000\n"


def _lines() -> list[str]:
    out = []
    for p in sorted(DEV.iterdir()):
        text = p.read_text(encoding="utf-8")
        if p.suffix == ".html":
            out += [b.text for b in htmlpage.html_blocks(text)[0]]
        else:
            out += [ln.text for ln in tp._lines(text)]
    rnd = random.Random(7)
    out += ["".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 12))) for _ in range(20000)]
    return out + EDGE


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return _lines()


def test_ends_like_sentence_is_terminal_search(lines):
    for s in lines:
        assert tp.ends_like_sentence(s) == bool(tp.TERMINAL.search(s)), repr(s)


def test_breadcrumb_pretest_is_exact(lines):
    for s in lines:
        assert tp._breadcrumb_search(s) == bool(tp.BREADCRUMB.search(s)), repr(s)


def _is_prose_findall(s: str) -> bool:
    firsts = tp.PROSE_FIRST.findall(s)
    return len(firsts) >= 8 and sum(1 for c in firsts if c.islower()) >= 3 and s.count("|") < 2


def test_is_prose_early_exit_is_exact(lines):
    words = ["The", "city", "said", "it", "(Xinhua)", "'quoted'", "A-1", "|", "x", "Beijing,"]
    rnd = random.Random(3)
    made = [" ".join(rnd.choice(words) for _ in range(rnd.randint(0, 14))) for _ in range(5000)]
    for s in lines + made:
        assert tp.is_prose(s) == _is_prose_findall(s), repr(s)


@pytest.mark.parametrize("html", [
    "<p>a  b\n c</p>", "<p> a</p><p>b </p>", "<div>a <b> b</b>\n\n<i>c</i> </div>", "<p>x&nbsp; y &amp; z\t</p>",
    "<p>one\u00a0two \u3000three</p>", "<p>a\nb</p>\n<p>\r\nc  </p>", "<p> </p><p>  x  </p>", "<p>a<br>b <br/> c</p>",
])
def test_html_offsets_match_the_source(html):
    # every verbatim character of a block maps to the same character in the source;
    # folded white space maps to white space
    blocks, _ = htmlpage.html_blocks(html)
    assert blocks
    for b in blocks:
        assert len(b.offsets) == len(b.text) + 1
        for c, o in zip(b.text, b.offsets):
            src = html[o]
            assert c == src or (c == " " and src.isspace()) or src == "&", (html, b.text, b.offsets)
