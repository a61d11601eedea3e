"""The sixth round's ingest speed-ups give the blocks the old code gave.

* A text page's verbatim line gets its offsets as a ``range`` (no int object per character): the same
  values as the list :meth:`Block.verbatim` builds, and usable the same ways.
* A web page's white space that would open a block is not emitted: compared here with the walker as it
  was (the old ``_emit``, kept below), on the fixture pages and on random pages of tags, entities, text
  and white space.
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from zgc_etl.ingest import htmlpage, load_article
from zgc_etl.ingest.htmlpage import _EMPTY_STACK_ROLE, _UNSET, WS_RUN, _stack_role
from zgc_etl.model import Block
from tests.test_ingest_speedups_r9 import ListOffsetsWalker  # (the walker with a list of offsets a block)

FIXTURES = Path(__file__).parent / "fixtures"


def _pages(suffixes: tuple[str, ...]) -> list[Path]:
    return sorted(p for p in FIXTURES.rglob("*") if p.is_file() and p.suffix in suffixes)


@pytest.mark.parametrize("path", _pages((".txt",)), ids=lambda p: p.name)
def test_text_page_offsets_are_the_verbatim_run(path):
    art = load_article(path, FIXTURES)
    if not hasattr(art, "blocks"):
        pytest.skip(f"rejected: {art.reason}")
    for b in art.blocks:
        assert isinstance(b.offsets, range)
        assert list(b.offsets) == Block.verbatim(b.text, b.offsets[0]).offsets
        assert art.text[b.offsets[0]:b.offsets[-1]] == b.text
        assert b.source_span(0, len(b.text)) == (b.offsets[0], b.offsets[-1])
        assert list(b.offsets[1:]) == list(b.offsets)[1:]


class _OldWalker(ListOffsetsWalker):
    """The walker with ``_emit`` as it was before white space that would open a block was skipped."""

    def _emit(self, s: str, at: int, per_char: bool) -> None:
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


def _walk(cls, text: str):
    w = cls(text)
    w.feed(text)
    w.close()
    w._flush()
    return [(b.text, b.role, list(b.offsets)) for b in w.blocks], w.meta, "".join(w.title_parts), w.site_host


PIECES = ["<p>", "</p>", "<div class=\"nav\">", "<div class='caption'>", "</div>", "<span>", "</span>", "<br>",
          "<br/>", "<h1>", "</h1>", "<nav>", "</nav>", "<figure>", "<figcaption>", "</figcaption>", "</figure>",
          "<script>var x = '<p>';</script>", "<style> p { } </style>", "<title>", "</title>", "<a href=\"/\">",
          "</a>", "<li>", "</li>", "<!-- c -->", "&#8217;", "&nbsp;", "&amp;", "&lt;", "&#x20;", "&bogus;", "&",
          " ", "  ", "\n", "\n    ", "\t", "\u00a0", "\u3000", "word", "Two words", " lead", "trail ", "3.5%", "x"]


def test_white_space_skip_matches_the_old_walker_on_fixture_pages():
    pages = _pages((".html", ".htm"))
    assert pages
    for p in pages:
        text = p.read_text(encoding="utf-8", errors="replace")
        assert _walk(htmlpage._Walker, text) == _walk(_OldWalker, text), p


def test_white_space_skip_matches_the_old_walker_on_random_pages():
    rnd = random.Random(6)
    for _ in range(3000):
        text = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 40)))
        assert _walk(htmlpage._Walker, text) == _walk(_OldWalker, text), repr(text)
