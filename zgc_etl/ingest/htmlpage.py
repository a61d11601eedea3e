"""Saved web pages: visible text split into blocks, each character mapped to the HTML source.

The standard library's tokenizer (``html.parser``) is used because it reports the
source position of every token, which is what exact provenance needs; entities
are decoded here so that ``&#8217;`` maps to its seven source characters.
"""
from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from ..model import BODY, CAPTION, CHROME, DECK, HEADLINE, Article, Block
from . import meta
from . import textpage as tp
from .htmltokens import OffsetHTMLParser

SKIP_TAGS = {"script", "style", "head", "noscript", "template", "svg", "form", "button", "select", "option", "iframe"}
BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "br", "td", "tr", "table", "section",
              "article", "header", "footer", "nav", "aside", "blockquote", "figure", "figcaption", "dd", "dt", "hr", "main"}
VOID_TAGS = {"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}
CHROME_TAGS = {"nav", "header", "footer", "aside"}
HOST_TAGS = {"link", "meta", "a"}  # the only tags _note_host reads
CHROME_CLASS = re.compile(r"(^|[\s_-])(nav|navsearch|menu|footer|header|related|share|crumb|breadcrumb|logo|search|topbar|"
                          r"position|path|editor|follow|copyright|sidebar|ad|ads|comment|comments|info|source|origin|date|tags?|"
                          r"pagination|pager|social|relevant|recommend|more|byline|author|toolbar|tools|print|font)($|[\s_-])", re.I)
#: Article-body containers whose class names contain a chrome word: the TRS WCM publishing system that
#: many Chinese government and news sites run wraps the body in ``<div class="TRS_Editor">``, the Quill
#: rich-text editor in ``ql-editor``, other editors in ``editor-content``/``editor_body``.  "editor" alone
#: (``<div class="editor">Editor: Zhao Yue</div>``) stays chrome.  Removed before CHROME_CLASS is tried.
BODY_CONTAINER_CLASS = re.compile(r"(?<![\w-])(?:trs_editor|ql-editor|editor[-_](?:content|body|text|main|article))(?![\w-])",
                                  re.I)
CAPTION_CLASS = re.compile(r"caption|pic|photo|img|figure", re.I)
DECK_CLASS = re.compile(r"summary|deck|lead|abstract|subtitle|standfirst", re.I)
WS = re.compile(r"\s")
WS_RUN = re.compile(r"\s+")  # \s covers "\xa0" too: every run folds to one " "
#: The white space _emit must rewrite in a verbatim slice: a run of two or more, or a
#: single character other than " " (folded to " ").  A lone " " is already its own fold,
#: so text between these matches is copied whole instead of word by word.
WS_TO_FOLD = re.compile(r"\s{2,}|[^\S ]")


def _folds_to_itself(s: str) -> bool:
    """``WS_TO_FOLD.search(s) is None``, told by two C-level scans instead of the regex tried at every
    position (most of a page's reading time in a long paragraph): every white-space character other
    than " " is unprintable (``str.isprintable`` is False for control characters and for every
    separator but " "; tests/test_ingest_speedups_r8.py checks all of Unicode), so in a printable
    ``s`` the only white space is " " and a run of two is a "  "."""
    return s.isprintable() and "  " not in s
LOGO_CLASS = re.compile(r"logo|brand|masthead", re.I)
HOST = re.compile(r"^(?:https?:)?//([^/:?#]+)")
TITLE_SEP = re.compile(r"\s+[-|–—]\s+")
BY_LINE = re.compile(r"^\s*by\s", re.I)
CREDIT_START = re.compile(r"^\s*(\(|by\s|source)", re.I)
_UNSET = object()
_NO_ATTRS: dict[str, str] = {}  # the attributes of a tag without any (read, never written)


@lru_cache(maxsize=8192)
def _stack_role(stack: tuple[tuple[str, str], ...]) -> str | None:
    """The role text takes inside the open elements ``stack`` ((tag, class+id) pairs,
    outermost first); None inside skipped elements.  A pure function of the stack,
    cached across pages: pages of one site repeat the same nesting of the same classes."""
    tags = [t for t, _ in stack]
    if any(t in SKIP_TAGS for t in tags):
        return None
    attrs = " ".join(a for _, a in stack)
    chrome_attrs = BODY_CONTAINER_CLASS.sub(" ", attrs) if "ditor" in attrs else attrs
    if any(t in CHROME_TAGS for t in tags) or CHROME_CLASS.search(chrome_attrs):
        return CHROME
    if CAPTION_CLASS.search(attrs) or "figcaption" in tags:
        return CAPTION
    if DECK_CLASS.search(attrs):
        return DECK
    if any(t in {"h1"} for t in tags):
        return HEADLINE
    return BODY


#: The role of text outside every element.
_EMPTY_STACK_ROLE = _stack_role(())


#: ``html.unescape`` of one reference ("&#8217;", "&nbsp;"), memoised: a page's dozen references are
#: a handful of distinct ones, and each unescaping is a regex substitution with a Python callback.
_unescape_ref = lru_cache(maxsize=1024)(html.unescape)


@lru_cache(maxsize=8192)
def _stack_has_logo(stack: tuple[tuple[str, str], ...]) -> bool:
    """Some open element's class or id names a logo (its link is the site's home);
    cached like :func:`_stack_role`."""
    return any(LOGO_CLASS.search(c) for _, c in stack)


class RunOffsets(Sequence):
    """A web page block's offsets (one source offset per character, and one past the end) held as
    runs: run k opens at index ``starts[k]`` of the block text, at source offset ``bases[k]``, and
    counts up by one from there to the next run (a verbatim slice of the page; a folded " " or a
    decoded reference's character is a run of one).  Indexes, slices, iterates and measures like the
    list of offsets it stands for, and equals it, without an int object per character (a page's
    blocks hold ~3,000 characters: building and freeing their lists was a sixth of reading it).
    The parser reads two offsets a figure (:meth:`Block.source_span`)."""

    __slots__ = ("starts", "bases", "n")

    def __init__(self, starts: list[int], bases: list[int], n: int):
        self.starts, self.bases, self.n = starts, bases, n  # starts[0] == 0 < starts[1] < ... < n

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, i):
        if i.__class__ is int and 0 <= i < self.n:  # (how the parser asks)
            starts = self.starts
            k = bisect_right(starts, i) - 1
            return self.bases[k] + i - starts[k]
        return self.tolist()[i]  # a slice, a negative index, one out of range: as the list would answer

    def tolist(self) -> list[int]:
        out: list[int] = []
        starts, bases = self.starts, self.bases
        ends = starts[1:] + [self.n]
        for a, b, base in zip(starts, ends, bases):
            out.extend(range(base, base + b - a))
        return out

    def __iter__(self):
        return iter(self.tolist())

    def __eq__(self, other):
        if isinstance(other, RunOffsets):
            return self.tolist() == other.tolist()
        if isinstance(other, list):
            return self.tolist() == other
        return NotImplemented

    __hash__ = None  # (a list is not hashable either)

    def __repr__(self) -> str:
        return f"RunOffsets({self.tolist()!r})"


class _Walker(OffsetHTMLParser):
    def __init__(self, text: str):
        super().__init__()
        self.src = text
        self.stack: list[tuple[str, str]] = []  # (tag, class+id)
        self.blocks: list[Block] = []
        self.chars: list[str] = []  # pieces of the block being built (never empty strings)
        # the offsets of "".join(chars) as runs (see RunOffsets): run k opens at index run_at[k] of the
        # block being built, at source offset run_src[k]; size is the block's length so far
        self.run_at: list[int] = []
        self.run_src: list[int] = []
        self.size = 0
        self._space = False  # the block being built ends with a folded " "
        # _roles[d]: _stack_role() of stack[:d + 1] once asked (else _UNSET), kept beside the stack so
        # that text after a closing tag finds its element's role again without a new lookup
        self._roles: list = []
        self.role = BODY
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        self.in_title = False
        self.site_host: str | None = None  # the page's own site: canonical link, og:url, else the logo link
        self._host_rank = 9

    # position helpers (the tokenizer keeps the source offset of its position in _at)
    def _abs(self) -> int:
        return self._at

    def _flush(self) -> None:
        if not self.chars:  # every block tag flushes: most find nothing to close (the runs and _space are empty too)
            return
        text = "".join(self.chars)
        # trim
        lead = len(text) - len(text.lstrip())
        trail = len(text.rstrip())
        if trail > lead:
            t = text[lead:trail]
            starts, bases = self.run_at, self.run_src
            cut = bisect_right(starts, trail - 1)  # the runs that hold a character of t (and any before it)
            del starts[cut:], bases[cut:]
            if lead:  # (rare: white space never opens a block) the run holding t[0] opens it
                k = bisect_right(starts, lead) - 1
                bases = [bases[k] + lead - starts[k]] + bases[k + 1:]
                starts = [0] + [a - lead for a in starts[k + 1:]]
            last = bases[-1] + (trail - lead - 1) - starts[-1]  # the offset of t's last character
            starts.append(trail - lead)
            bases.append(last + 1 if self.src[last] != "&" else self._entity_end(last))
            self.blocks.append(Block(t, RunOffsets(starts, bases, trail - lead + 1), self.role))
        self.chars, self.run_at, self.run_src, self.size = [], [], [], 0
        self._space = False

    def _entity_end(self, at: int) -> int:
        semi = self.src.find(";", at)
        return semi + 1 if semi != -1 else at + 1

    def _emit(self, s: str, at: int, per_char: bool) -> None:
        """Append ``s`` (found at ``at``) to the block, each run of white space folded to
        one " " (none when the block already ends with one).  ``per_char``: ``s`` is a
        verbatim slice, so ``s[i]`` maps to ``at + i``; otherwise (a decoded entity)
        every character maps to ``at``."""
        if not self.chars and s.isspace():
            # white space that would open a block (most of it: the indentation between tags, after a block tag
            # has closed the last one) is trimmed off whatever block it opens, and a role change only flushes a
            # block that has characters: nothing it would do shows, so it is not looked at
            return
        roles = self._roles  # the stack's role, looked up once per stack (see __init__)
        role = roles[-1] if roles else _EMPTY_STACK_ROLE
        if role is _UNSET:
            role = roles[-1] = _stack_role(tuple(self.stack))
        if role is None:
            return
        if role != self.role and self.chars:
            self._flush()
        self.role = role
        chars = self.chars
        if s.isspace():  # white space between tags: one " " at its first character
            if not self._space:
                chars.append(" ")
                self._run(at, 1)
                self._space = True
            return
        if per_char:
            self._emit_verbatim(s, at)
            return
        if len(s) == 1:  # most decoded references: one character, not white space (that returned above)
            chars.append(s)
            self._run(at, 1)
            self._space = False
            return
        space = self._space
        pos = 0
        for m in WS_RUN.finditer(s):
            a, b = m.span()
            if a > pos:
                chars.append(s[pos:a])
                self._same(at, a - pos)
                space = False
            if not space:
                chars.append(" ")
                self._run(at, 1)
                space = True
            pos = b
        n = len(s)
        if pos < n:
            chars.append(s[pos:] if pos else s)
            self._same(at, n - pos)
            space = False
        self._space = space

    def _run(self, at: int, n: int) -> None:
        """The next ``n`` characters of the block map to ``at``, ``at + 1``, ..."""
        self.run_at.append(self.size)
        self.run_src.append(at)
        self.size += n

    def _same(self, at: int, n: int) -> None:
        """The next ``n`` characters of the block all map to ``at`` (a decoded reference's): runs of one."""
        for _ in range(n):
            self._run(at, 1)

    def _emit_verbatim(self, s: str, at: int) -> None:
        """The per-character case of :meth:`_emit` for ``s`` holding some non-space
        character.  Same result as folding every white-space run, but the stretches
        between :data:`WS_TO_FOLD` matches (words joined by single spaces) are copied
        as one piece each: a lone " " folds to itself at its own offset."""
        chars = self.chars
        n = len(s)
        pos = 0
        if self._space and s[0].isspace():  # the block already ends with " ": drop the leading run
            pos = n - len(s.lstrip())  # str.isspace and \s agree, character by character
        if _folds_to_itself(s):  # nearly every slice: words joined by single spaces, copied whole
            chars.append(s[pos:] if pos else s)
            self.run_at.append(self.size)
            self.run_src.append(at + pos)
            self.size += n - pos
            self._space = s[-1] == " "
            return
        run = self._run
        # after the leading run and after every match the next character is not white space,
        # so a copied stretch never starts with " " when the block ends with one
        for m in WS_TO_FOLD.finditer(s, pos):
            a, b = m.span()
            if a > pos:
                chars.append(s[pos:a])
                run(at + pos, a - pos)
            chars.append(" ")  # a == pos only for a run opening s, and then the block had no " "
            run(at + a, 1)
            pos = b
        if pos < n:
            chars.append(s[pos:] if pos else s)
            run(at + pos, n - pos)
        self._space = chars[-1][-1] == " "  # only the last stretch can end with (a lone) " "

    # parser callbacks
    def handle_starttag(self, tag, attrs):
        a = dict(attrs) if attrs else _NO_ATTRS  # most tags (p, li, span, td) carry none
        if tag in HOST_TAGS:
            self._note_host(tag, a)
        if tag == "meta":
            key = (a.get("name") or a.get("property") or "").lower()
            if key and a.get("content"):
                self.meta[key] = a["content"]
            return
        if tag == "title":
            self.in_title = True
        if tag in BLOCK_TAGS and self.chars:  # (_flush has nothing to close without chars)
            self._flush()
        if tag in VOID_TAGS:
            return
        self.stack.append((tag, f"{a.get('class') or ''} {a.get('id') or ''}".strip() if attrs else ""))
        self._roles.append(_UNSET)

    def _note_host(self, tag: str, a: dict) -> None:
        href, rank = None, 9
        if tag == "link" and "canonical" in (a.get("rel") or "").lower():
            href, rank = a.get("href"), 0
        elif tag == "meta" and (a.get("property") or a.get("name") or "").lower() == "og:url":
            href, rank = a.get("content"), 1
        elif tag == "a" and self._host_rank > 2 and _stack_has_logo(tuple(self.stack)):
            # (a logo link ranks 2: it can only replace a host found by a later rank)
            href, rank = a.get("href"), 2
        if href and rank < self._host_rank:
            m = HOST.match(href.strip())
            if m:
                self.site_host, self._host_rank = m.group(1), rank

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS and self.stack and self.stack[-1][0] == tag:
            self.stack.pop()
            self._roles.pop()

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag in BLOCK_TAGS and self.chars:  # (_flush has nothing to close without chars)
            self._flush()
        stack = self.stack
        if stack and stack[-1][0] == tag:  # the usual case: the innermost element closes
            stack.pop()
            self._roles.pop()
            return
        for i in range(len(stack) - 2, -1, -1):
            if stack[i][0] == tag:
                del stack[i:]
                del self._roles[i:]
                break

    def handle_data(self, data):
        if self.in_title:
            self.title_parts.append(data)
        elif self.chars or not data.isspace():  # (_emit's first test: the white space between tags goes no further)
            self._emit(data, self._at, True)

    def _ref(self, raw: str):
        if self.in_title:
            self.title_parts.append(_unescape_ref(raw))
            return
        self._emit(_unescape_ref(raw), self._at, False)

    def handle_entityref(self, name):
        self._ref(f"&{name};")

    def handle_charref(self, name):
        self._ref(f"&#{name};")


def html_blocks(text: str) -> tuple[list[Block], "_Walker"]:
    """Blocks of an HTML document or fragment, offsets into ``text``, roles refined."""
    w = _Walker(text)
    w.feed(text)
    w.close()
    w._flush()
    _refine_roles(w.blocks, w.meta)
    return w.blocks, w


def parse_html(article: Article) -> None:
    blocks, w = html_blocks(article.text)
    article.blocks = blocks
    _metadata(article, blocks, w)


def _refine_roles(blocks: list[Block], metas: dict) -> None:
    """Roles from markup are a first guess; shape rules settle the rest (see textpage)."""
    description = meta.clean_title(metas.get("description") or metas.get("og:description") or "") or ""
    first_body = None
    in_related = False
    for i, b in enumerate(blocks):
        t = b.text
        if b.role in (BODY, CAPTION) and (tp.RELATED.match(t)):
            b.role = CHROME
            in_related = True
            continue
        if b.role == CHROME and tp.RELATED.match(t):
            in_related = True
            continue
        if in_related:
            if b.role == BODY and tp.is_prose(t) and tp.ends_like_sentence(t) and len(tp.words(t)) >= 15:
                in_related = False
            elif b.role in (BODY, CAPTION):
                b.role = CHROME
                continue
        if b.role == BODY:
            k = tp.classify(tp.Line(0, t))
            if k in ("chrome", "date", "related") and not (tp.is_prose(t) and tp.ends_like_sentence(t) and k != "date"):
                b.role = CHROME
            elif k == "caption":
                b.role = CAPTION
            elif BY_LINE.match(t) and len(tp.words(t)) <= 14 and not tp.ends_like_sentence(t):
                b.role = CHROME  # "by Xinhua writers Li Fengshuang, Zhang Tao and Gao Bo"
            elif first_body is None and not (tp.is_prose(t) and tp.ends_like_sentence(t)):
                # above the first paragraph: a sub-headline is the deck, anything else chrome
                if (description and meta.clean_title(t) == description) or (len(tp.words(t)) >= 4 and not tp.is_nav(t)):
                    b.role = DECK
                else:
                    b.role = CHROME
            elif not (tp.is_prose(t) or (tp.ends_like_sentence(t) and len(tp.words(t)) >= 2)):
                # (the sentence test lists every word: only asked of a block that is not prose)
                b.role = CHROME
            if b.role == BODY and first_body is None:
                first_body = i


def _metadata(article: Article, blocks: list[Block], w: "_Walker") -> None:
    m = w.meta
    heads = [b for b in blocks if b.role == HEADLINE]
    title = heads[0].text if heads else None
    if not title:
        page_title = html.unescape("".join(w.title_parts)).strip()
        title = TITLE_SEP.split(page_title)[0] if page_title else None
        title = title or m.get("og:title")
    article.title = meta.clean_title(title)
    for key in ("publishdate", "article:published_time", "pubdate", "publish-date", "publish_date", "date",
                "dc.date", "dc.date.issued", "datepublished", "og:published_time", "sailthru.date", "parsely-pub-date"):
        if m.get(key) and meta.parse_date(m[key]):
            article.published = meta.parse_date(m[key])
            break
    source = None
    for key in ("source", "article:source", "og:article:source", "dc.publisher", "publisher", "cre"):
        if m.get(key) and m[key].strip():
            source = meta.canonical_outlet(m[key]) or m[key].strip()
            break
    hidx = blocks.index(heads[0]) if heads else -1
    first = next((i for i, b in enumerate(blocks) if b.role == BODY), len(blocks))
    header = list(range(hidx + 1, first))
    date_block = None
    for i in header + list(range(max(hidx, 0) - 1, -1, -1)):
        found = meta.find_date(blocks[i].text)
        if found and blocks[i].role != CAPTION:
            date_block = i
            if not article.published:
                article.published = found[0]
            break
    if source is None and date_block is not None and date_block > hidx:
        source = meta.byline_source(blocks[date_block].text)
    if source is None:
        for i in header:
            t = blocks[i].text
            if blocks[i].role == CAPTION or tp.CREDIT_ONLY.match(t):
                continue
            cand = meta.canonical_outlet(t) or (meta.byline_source(t) if CREDIT_START.match(t) else None)
            if cand:
                source = cand
                break
    if source is None and first < len(blocks):
        source = meta.dateline_source(blocks[first].text)
    if source is None:
        source = meta.canonical_outlet(m.get("og:site_name", "")) or (m.get("og:site_name") or "").strip() or None
    if source is None and w.site_host:
        source = meta.registered_domain(w.site_host)
    article.source = source
