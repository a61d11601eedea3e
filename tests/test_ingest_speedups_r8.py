"""The eighth round's ingest speed-ups give what the code before them gave.

* A web page's verbatim text is copied whole when :func:`htmlpage._folds_to_itself` says no white
  space in it needs folding (``str.isprintable`` and no "  ") instead of searching it with
  ``WS_TO_FOLD``: the gate never says "nothing to fold" where the regex finds something (checked
  for every Unicode character, on hypothesis strings, and against the walker as it was).
* The walker's smaller steps: a reference's text unescaped once per distinct reference
  (``_unescape_ref``), a one-character reference appended without the white-space search, the
  white space between tags dropped by ``handle_data`` before ``_emit``, a block's offsets trimmed
  in place when nothing leads it.  :class:`_OldWalker` below keeps every one of these methods as
  it was, and the walkers are compared on the fixture pages and on random pages.
"""
from __future__ import annotations

import html
import random
import re
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from zgc_etl.ingest import htmlpage
from zgc_etl.ingest.htmlpage import _EMPTY_STACK_ROLE, _UNSET, WS_RUN, WS_TO_FOLD, _folds_to_itself, _stack_role
from zgc_etl.model import Block
from tests.test_ingest_speedups_r9 import ListOffsetsWalker  # (the walker with a list of offsets a block)

FIXTURES = Path(__file__).parent / "fixtures"
_WS = re.compile(r"\s")


def test_every_white_space_but_the_space_is_unprintable():
    """What the gate rests on: in a printable string the only white space is " "."""
    for c in map(chr, range(sys.maxunicode + 1)):
        if c != " " and _WS.match(c):
            assert not c.isprintable(), hex(ord(c))


# characters around the gate's edges: white space of every kind, unprintable non-space, plain text
_EDGE = " \t\n\r\x0b\x0c\x1c\x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\xad\u200b\ufeffaZ9.’中"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from(_EDGE), max_size=12) | st.text(max_size=30))
def test_the_gate_never_hides_a_fold(s):
    if _folds_to_itself(s):
        assert WS_TO_FOLD.search(s) is None


class _OldWalker(ListOffsetsWalker):
    """The walker as it was before this round: every slice searched by the regex, every reference
    unescaped, every piece of text through ``_emit``, every block's offsets sliced."""

    def _flush(self) -> None:
        if not self.chars:
            return
        text = "".join(self.chars)
        offs = self.offs
        lead = len(text) - len(text.lstrip())
        trail = len(text.rstrip())
        if trail > lead:
            t = text[lead:trail]
            o = offs[lead:trail]
            o.append(o[-1] + 1 if self.src[o[-1]] != "&" else self._entity_end(o[-1]))
            self.blocks.append(Block(t, o, self.role))
        self.chars, self.offs = [], []
        self._space = False

    def handle_data(self, data):
        if self.in_title:
            self.title_parts.append(data)
            return
        self._emit(data, self._at, True)

    def _ref(self, raw: str):
        if self.in_title:
            self.title_parts.append(html.unescape(raw))
            return
        self._emit(html.unescape(raw), self._abs(), False)

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


PIECES = ["<p>", "</p>", "<div class=\"nav\">", "</div>", "<span>", "</span>", "<br>", "<h1>", "</h1>", "<title>",
          "</title>", "<a href=\"/\">", "</a>", "<!-- c -->", "&#8217;", "&nbsp;", "&amp;", " ", "  ", "\n", "\t",
          "\u00a0", "\u3000", "\u2028", "\x85", "\xad", "\u200b", "word", "Two words", " lead", "trail ", "a  b",
          "a\tb", "a\xa0b", "3.5%", "x", "&#x20;", "&#32;", "&#160;", "&bogus;", "&lt;", "&#x1F600;", "&amp", "&#10;",
          "<p class=\"caption\">", "<nav>", "</nav>", "<script>x</script>"]


def test_gate_matches_the_old_walker_on_fixture_pages():
    pages = sorted(p for p in FIXTURES.rglob("*") if p.is_file() and p.suffix in (".html", ".htm"))
    assert pages
    for p in pages:
        text = p.read_text(encoding="utf-8", errors="replace")
        assert _walk(htmlpage._Walker, text) == _walk(_OldWalker, text), p


def test_gate_matches_the_old_walker_on_random_pages():
    rnd = random.Random(8)
    for _ in range(3000):
        text = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 40)))
        assert _walk(htmlpage._Walker, text) == _walk(_OldWalker, text), repr(text)


def test_a_root_resolved_once_judges_every_file_as_before(tmp_path):
    """``load_article(..., real_root=realpath(root))`` (a parse task resolves its root once) gives what
    resolving it per file gives: a symlink out of the root is refused, one within it read; and
    through a symlinked root folder too."""
    import os

    from zgc_etl.ingest import iter_raw_files, load_article
    from zgc_etl.model import Rejection

    real = tmp_path / "real_raw"
    (real / "sub").mkdir(parents=True)
    body = "Fengtai grew 11.2 percent last year, the city said on Monday in a statement to the press.\n"
    (real / "good.txt").write_text("Fengtai grows\n\n" + body * 3, encoding="utf-8")
    (real / "sub" / "page.html").write_text("<html><body><h1>Fengtai grows</h1><p>" + body * 3 + "</p></body></html>")
    (tmp_path / "outside.txt").write_text(body * 3)
    os.symlink(tmp_path / "outside.txt", real / "sneaky.txt")
    os.symlink(real / "good.txt", real / "inside_link.txt")
    os.symlink(tmp_path, real / "sub" / "up")  # a folder link leading out: not listed below, named directly
    linked = tmp_path / "linked_raw"
    os.symlink(real, linked)
    for root in (real, linked):
        paths = list(iter_raw_files(root)) + [root / "sub" / "up" / "outside.txt", root / "gone.txt"]
        for p in paths:
            before = load_article(p, root)
            after = load_article(p, root, real_root=os.path.realpath(root))
            if isinstance(before, Rejection):
                assert (after.reason, after.detail) == (before.reason, before.detail), p
            else:
                assert after == before, p
        assert load_article(root / "sneaky.txt", root, real_root=os.path.realpath(root)).reason == "outside_root"
