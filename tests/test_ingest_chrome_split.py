"""``textpage._chrome_search`` (CHROME_LINE split into start-anchored, end-anchored and
anywhere alternatives, the last behind a word pre-test) answers exactly as
``CHROME_LINE.search``: on every line of the fixtures and the sample data, on hand-made
chrome lines, and on random strings made of the pieces its alternatives are built from."""
from __future__ import annotations

import random
from pathlib import Path

from zgc_etl.ingest import htmlpage
from zgc_etl.ingest import textpage as tp
from zgc_etl.ingest.decode import decode_bytes

ROOT = Path(__file__).resolve().parent.parent

PIECES = ["copyright", "all rights reserved", "©", "sponsored by", "previous", "next", "article", "page", "tags", ":",
          "keywords", "share", " this", "-", "wechat", "download the", "app download", "print", "close", "e-mail", "email",
          "save", "back to top", "top", "【", "icp", "备", "证", "公网安备", "registration number", "privacy policy",
          "terms of use", "terms of ", "disclaimer", "follow us", "follow x on", "like us on", "web editor", "editor",
          "(", "[", "source", "position", "you are here", "font size", "adjust ", "text", "a", "l", "m", "s", " ",
          "  ", "\t", "\u00a0", "comment(s)", "go to forum", "bookmark", "about us", "contact us", "subscribe",
          "newsletter sign", "home", "menu", "search", "login", "sign in", "register", "chinese", " simplified",
          "english", "中文", "EN", "CN", "|", ".", "!", "x", "The city", "\u0130", "\u0131", "\u017f", "\u212a", "\n"]


def _page_lines() -> list[str]:
    out = []
    pages = [p for d in (ROOT / "tests" / "fixtures", ROOT / "data" / "raw") for p in d.rglob("*")
             if p.suffix in (".txt", ".html", ".htm", ".md")]
    for p in sorted(pages):
        text = decode_bytes(p.read_bytes())[0]
        if p.suffix.startswith(".htm"):
            out += [b.text for b in htmlpage.html_blocks(text)[0]]
        else:
            out += [ln.text for ln in tp._lines(text)]
    return out


def _agree(s: str) -> None:
    low = tp._lowered(s)
    assert tp._chrome_search(s, low) == (tp.CHROME_LINE.search(s) is not None), repr(s)


def test_the_split_covers_every_alternative_once():
    start = tp.CHROME_AT_START.pattern.split("|^")
    assert tp.CHROME_LINE.pattern == "|".join(tp.CHROME_ALTERNATIVES)
    assert sum(a.startswith("^") for a in tp.CHROME_ALTERNATIVES) == len(start)
    rest = [a for a in tp.CHROME_ALTERNATIVES if not a.startswith("^")]
    assert tp.CHROME_AT_END.pattern in rest
    assert tp.CHROME_ANYWHERE.pattern == "|".join(a for a in rest if a != tp.CHROME_AT_END.pattern)


def test_chrome_search_agrees_on_page_lines():
    lines = _page_lines()
    assert len(lines) > 2000
    for s in lines:
        _agree(s)
        _agree(s.upper())


def test_chrome_search_agrees_on_made_up_lines():
    rnd = random.Random(11)
    for _ in range(30000):
        s = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 7)))
        _agree(s)
        _agree(s.title())
