"""The ninth pass's fast forms of ingest's line tests give exactly the old answers.

* :func:`textpage.is_prose` reads a paragraph's first eight words with one regex
  (:data:`textpage.PROSE_OPENING`) before its word-by-word loop;
* :func:`textpage._chrome_near_start` tries its three matches only when the line's
  start or end could hold a :data:`textpage.CHROME_LINE` match;
* :func:`textpage.classify` is memoised by the line's text;
* a web page's block holds its offsets as runs (:class:`htmlpage.RunOffsets`), not as a list of one
  int per character: compared with the walker as it was (:class:`ListOffsetsWalker`) on the fixture
  pages and on random pages of tags, references, text and white space, and read every way a list is.
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from zgc_etl.ingest import htmlpage, load_article
from zgc_etl.ingest import textpage as tp
from zgc_etl.ingest.htmlpage import _EMPTY_STACK_ROLE, _UNSET, WS_RUN, WS_TO_FOLD, RunOffsets, _folds_to_itself, _stack_role
from zgc_etl.model import Block

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


TOKEN_ALPHABET = "aBz'’‘“”\"-.,;:!?()[]|1 \t\u00a0\u3000\n"


def test_is_prose_opening_is_exact(lines):
    rnd = random.Random(11)
    # short words of the characters a prose token is made of, and the white space between them
    made = ["".join(rnd.choice(TOKEN_ALPHABET) for _ in range(rnd.randint(0, 70))) for _ in range(20000)]
    made += [" ".join("".join(rnd.choice(TOKEN_ALPHABET[:20]) for _ in range(rnd.randint(1, 4)))
                      for _ in range(rnd.randint(6, 20))) for _ in range(20000)]
    seen_fast = 0
    for s in lines + made:
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


class ListOffsetsWalker(htmlpage._Walker):
    """The walker as it was before this round: a block's offsets built as a list, one int per
    character (``_flush``, ``_emit`` and ``_emit_verbatim`` as they were)."""

    def __init__(self, text: str):
        super().__init__(text)
        self.offs: list[int] = []

    def _flush(self) -> None:
        if not self.chars:
            return
        text = "".join(self.chars)
        offs = self.offs
        lead = len(text) - len(text.lstrip())
        trail = len(text.rstrip())
        if trail > lead:
            t = text[lead:trail]
            if lead:
                o = offs[lead:trail]
            else:
                del offs[trail:]
                o = offs
            o.append(o[-1] + 1 if self.src[o[-1]] != "&" else self._entity_end(o[-1]))
            self.blocks.append(Block(t, o, self.role))
        self.chars, self.offs = [], []
        self._space = False

    def _emit(self, s: str, at: int, per_char: bool) -> None:
        if not self.chars and s.isspace():
            return
        roles = self._roles
        role = roles[-1] if roles else _EMPTY_STACK_ROLE
        if role is _UNSET:
            role = roles[-1] = _stack_role(tuple(self.stack))
        if role is None:
            return
        if role != self.role and self.chars:
            self._flush()
        self.role = role
        chars, offs = self.chars, self.offs
        if s.isspace():
            if not self._space:
                chars.append(" ")
                offs.append(at)
                self._space = True
            return
        if per_char:
            self._emit_verbatim(s, at)
            return
        if len(s) == 1:
            chars.append(s)
            offs.append(at)
            self._space = False
            return
        space = self._space
        pos = 0
        for m in WS_RUN.finditer(s):
            a, b = m.span()
            if a > pos:
                chars.append(s[pos:a])
                offs.extend([at] * (a - pos))
                space = False
            if not space:
                chars.append(" ")
                offs.append(at)
                space = True
            pos = b
        n = len(s)
        if pos < n:
            chars.append(s[pos:] if pos else s)
            offs.extend([at] * (n - pos))
            space = False
        self._space = space

    def _emit_verbatim(self, s: str, at: int) -> None:
        chars, offs = self.chars, self.offs
        n = len(s)
        pos = 0
        if self._space and s[0].isspace():
            pos = n - len(s.lstrip())
        if _folds_to_itself(s):
            chars.append(s[pos:] if pos else s)
            offs.extend(range(at + pos, at + n))
            self._space = s[-1] == " "
            return
        for m in WS_TO_FOLD.finditer(s, pos):
            a, b = m.span()
            if a > pos:
                chars.append(s[pos:a])
                offs.extend(range(at + pos, at + a))
            chars.append(" ")
            offs.append(at + a)
            pos = b
        if pos < n:
            chars.append(s[pos:] if pos else s)
            offs.extend(range(at + pos, at + n))
        self._space = chars[-1][-1] == " "


def _walk(cls, text: str):
    w = cls(text)
    w.feed(text)
    w.close()
    w._flush()
    return [(b.text, b.role, list(b.offsets)) for b in w.blocks], w.meta, "".join(w.title_parts), w.site_host


FIXTURES = Path(__file__).parent / "fixtures"
PIECES = ["<p>", "</p>", "<div class=\"nav\">", "<div class='caption'>", "</div>", "<span>", "</span>", "<br>", "<br/>",
          "<h1>", "</h1>", "<title>", "</title>", "<a href=\"/\">", "</a>", "<li>", "</li>", "<!-- c -->", "&#8217;",
          "&nbsp;", "&amp;", "&lt;", "&#x20;", "&#32;", "&#160;", "&#10;", "&bogus;", "&amp", "&", "&NotEqualTilde;",
          "&fjlig;", "&#x1F600;", " ", "  ", "\n", "\n    ", "\t", "\u00a0", "\u3000", "\u2028", "\x85", "word",
          "Two words", " lead", "trail ", "a  b", "a\tb", "3.5%", "x", "<script>var x = '<p>';</script>", "<nav>",
          "</nav>", "<p class=\"caption\">", "<figure>", "<figcaption>", "</figcaption>", "</figure>"]


def _html_pages() -> list[Path]:
    return sorted(p for p in FIXTURES.rglob("*") if p.is_file() and p.suffix in (".html", ".htm"))


def test_run_offsets_match_the_list_walker_on_fixture_pages():
    pages = _html_pages()
    assert pages
    for p in pages:
        text = p.read_text(encoding="utf-8", errors="replace")
        assert _walk(htmlpage._Walker, text) == _walk(ListOffsetsWalker, text), p


def test_run_offsets_match_the_list_walker_on_random_pages():
    rnd = random.Random(9)
    for _ in range(4000):
        text = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 40)))
        assert _walk(htmlpage._Walker, text) == _walk(ListOffsetsWalker, text), repr(text)


def test_run_offsets_read_like_their_list():
    rnd = random.Random(5)
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in _html_pages()]
    texts += ["".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 40))) for _ in range(500)]
    checked = 0
    for text in texts:
        for b in htmlpage.html_blocks(text)[0]:
            o = b.offsets
            assert isinstance(o, RunOffsets)
            want = o.tolist()
            n = len(want)
            assert len(o) == n == len(b.text) + 1
            assert list(o) == want and o == want and want == o and o == RunOffsets(o.starts, o.bases, o.n)
            assert o != want + [0] and o != tuple(want)
            for i in list(range(n)) + [-1, -n]:
                assert o[i] == want[i]
            for i in (n, -n - 1):
                with pytest.raises(IndexError):
                    o[i]
            for a, c in ((1, None), (0, n // 2), (-3, None), (None, -1), (2, 1)):
                assert o[a:c] == want[a:c]
            assert o[::2] == want[::2]
            assert b.source_span(0, len(b.text)) == (want[0], want[-2] + 1)
            if n > 1:
                assert o.index(want[1]) == want.index(want[1]) and want[0] in o
            checked += 1
    assert checked > 1000


def test_web_page_articles_carry_the_same_offsets():
    for p in _html_pages():
        art = load_article(p, FIXTURES)
        if not hasattr(art, "blocks"):
            continue
        walked = _walk(ListOffsetsWalker, art.text)[0]
        # the article's blocks (roles refined after the walk) hold the walk's texts and offsets
        assert [(b.text, list(b.offsets)) for b in art.blocks] == [(t, o) for t, _, o in walked], p
