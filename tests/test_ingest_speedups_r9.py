"""The ninth pass's fast forms of ingest's line tests give exactly the old answers.

* :func:`textpage.is_prose` reads a paragraph's first eight words with one regex
  (:data:`textpage.PROSE_OPENING`) before its word-by-word loop;
* :func:`textpage._chrome_near_start` tries its three matches only when the line's
  start or end could hold a :data:`textpage.CHROME_LINE` match;
* :func:`textpage.classify` is memoised by the line's text.
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from zgc_etl.ingest import htmlpage
from zgc_etl.ingest import textpage as tp

DEV = Path(__file__).parent / "fixtures" / "dev"

WORDS = ["The", "city", "said", "it", "(Xinhua)", "'quoted'", "“Quoted”", "A-1", "|", "x", "Beijing,", "4.5", "don’t",
         "end.", "Share", "share", "this", "next", "Previous", "article", "copyright", "©", "ICP", "icp备", "l", "m",
         "s", "Print", "Editor:", "source:", "Tags:", "photo", "[Photo/Xinhua]", "/", "»", ">", "2021-03-04",
         "Mar 19, 2021", "1616112000", "ſhare", "\u212aeywords:", "\u0130CP", "terms", "of", "use", "font", "size",
         "comment(s)", "【", "公网安备", "web", "editor", "...", "1", "2", "Next", "page", "EN", "|", "CN"]
SEPS = [" ", " ", " ", "  ", "\t", "\u00a0", "\u3000", " - ", ""]


def _made(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        k = rnd.randint(0, 16)
        s = "".join(rnd.choice(WORDS) + rnd.choice(SEPS) for _ in range(k))
        out.append(s if rnd.random() < 0.8 else rnd.choice(SEPS) + s)
    return out


def _lines() -> list[str]:
    out = []
    for p in sorted(DEV.iterdir()):
        text = p.read_text(encoding="utf-8")
        if p.suffix == ".html":
            out += [b.text for b in htmlpage.html_blocks(text)[0]]
        else:
            out += [ln.text for ln in tp._lines(text)]
    long_ = [s for s in out if len(s) >= 40]
    # a paragraph with a chrome word moved to each of its first few characters
    for s in long_[:200]:
        for w in ("share ", "Next page ", "(c) ", "©", "ICP ", "Print ", " l m s", "terms of use "):
            out += [w + s, s[:1] + w + s[1:], s[:2] + w + s[2:], s[:3] + w + s[3:], s + w]
    return out + _made(30000, 9)


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return _lines()


def _is_prose_loop(s: str) -> bool:
    """is_prose as it was: the loop over PROSE_FIRST's matches alone."""
    tokens = lower = 0
    for m in tp.PROSE_FIRST.finditer(s):
        tokens += 1
        if m.group(1).islower():
            lower += 1
        if tokens >= 8 and lower >= 3:
            return s.count("|") < 2
    return False


def test_is_prose_opening_is_exact(lines):
    seen_fast = 0
    for s in lines:
        assert tp.is_prose.__wrapped__(s) == _is_prose_loop(s), repr(s)
        seen_fast += tp.PROSE_OPENING.match(s) is not None
    assert seen_fast > 100  # the fast path was taken, not only the loop


def test_chrome_near_start_gate_is_exact(lines):
    m = tp.CHROME_LINE.match
    said_yes = 0
    for s in lines + [w.upper() for w in lines[:3000]]:
        want = bool(m(s) or m(s, 1) or m(s, 2))
        assert tp._chrome_near_start(s) == want, repr(s)
        assert tp._chrome_near_start(s, tp._lowered(s)) == want, repr(s)
        said_yes += want
    assert said_yes > 100


def test_classify_memo_is_the_function(lines):
    tp._kind_and_date.cache_clear()
    for s in lines[:20000]:
        want = tp._kind_and_date.__wrapped__(s)
        line = tp.Line(0, s)
        assert tp.classify(line) == want[0], repr(s)
        assert line.date == want[1], repr(s)
        again = tp.Line(0, s)  # asked again: the memo's answer, and the date set again
        assert tp.classify(again) == want[0] and again.date == want[1], repr(s)
