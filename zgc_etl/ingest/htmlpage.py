"""Saved web pages: visible text split into blocks, each character mapped to the HTML source.

The standard library's tokenizer (``html.parser``) is used because it reports the
source position of every token, which is what exact provenance needs; entities
are decoded here so that ``&#8217;`` maps to its seven source characters.
"""
from __future__ import annotations

import html
import re
from bisect import bisect_right
from html.parser import HTMLParser

from ..model import BODY, CAPTION, CHROME, DECK, HEADLINE, Article, Block
from .meta import find_byline, parse_date

SKIP_TAGS = {"script", "style", "head", "noscript", "template", "svg", "form", "button", "select", "option", "iframe"}
BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "br", "td", "tr", "table", "section",
              "article", "header", "footer", "nav", "aside", "blockquote", "figure", "figcaption", "dd", "dt", "hr", "main"}
VOID_TAGS = {"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}
CHROME_TAGS = {"nav", "header", "footer", "aside"}
CHROME_CLASS = re.compile(r"(^|[\s_-])(nav|navsearch|menu|footer|header|related|share|crumb|breadcrumb|logo|search|topbar|"
                          r"position|path|editor|follow|copyright|sidebar|ad|ads|comment|comments|info|source|origin|date|tags?|"
                          r"pagination|pager)($|[\s_-])", re.I)
CAPTION_CLASS = re.compile(r"caption|pic|photo|img|figure", re.I)
DECK_CLASS = re.compile(r"summary|deck|lead|abstract|subtitle|standfirst", re.I)
WS = re.compile(r"\s")


class _Walker(HTMLParser):
    def __init__(self, text: str):
        super().__init__(convert_charrefs=False)
        self.src = text
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        self.stack: list[tuple[str, str]] = []  # (tag, class+id)
        self.blocks: list[Block] = []
        self.chars: list[str] = []
        self.offs: list[int] = []
        self.role = BODY
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        self.in_title = False

    # position helpers
    def _abs(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _context_role(self) -> str | None:
        tags = [t for t, _ in self.stack]
        if any(t in SKIP_TAGS for t in tags):
            return None
        attrs = " ".join(a for _, a in self.stack)
        if any(t in CHROME_TAGS for t in tags) or CHROME_CLASS.search(attrs):
            return CHROME
        if CAPTION_CLASS.search(attrs) or "figcaption" in tags:
            return CAPTION
        if DECK_CLASS.search(attrs):
            return DECK
        if any(t in {"h1"} for t in tags):
            return HEADLINE
        return BODY

    def _flush(self) -> None:
        if self.chars:
            text = "".join(self.chars)
            offs = self.offs
            # trim
            lead = len(text) - len(text.lstrip())
            trail = len(text.rstrip())
            if trail > lead:
                t = text[lead:trail]
                o = offs[lead:trail]
                o.append(o[-1] + 1 if self.src[o[-1]] != "&" else self._entity_end(o[-1]))
                self.blocks.append(Block(t, o, self.role))
        self.chars, self.offs = [], []

    def _entity_end(self, at: int) -> int:
        semi = self.src.find(";", at)
        return semi + 1 if semi != -1 else at + 1

    def _emit(self, s: str, at: int, per_char: bool) -> None:
        role = self._context_role()
        if role is None:
            return
        if role != self.role and self.chars:
            self._flush()
        self.role = role
        for i, ch in enumerate(s):
            pos = at + i if per_char else at
            if WS.match(ch) or ch == "\xa0":
                if self.chars and self.chars[-1] == " ":
                    continue
                ch = " "
            self.chars.append(ch)
            self.offs.append(pos)

    # parser callbacks
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta":
            key = (a.get("name") or a.get("property") or "").lower()
            if key and a.get("content"):
                self.meta[key] = a["content"]
            return
        if tag == "title":
            self.in_title = True
        if tag in BLOCK_TAGS:
            self._flush()
        if tag in VOID_TAGS:
            return
        self.stack.append((tag, f"{a.get('class') or ''} {a.get('id') or ''}".strip()))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS and self.stack and self.stack[-1][0] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag in BLOCK_TAGS:
            self._flush()
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        if self.in_title:
            self.title_parts.append(data)
            return
        self._emit(data, self._abs(), True)

    def _ref(self, raw: str):
        if self.in_title:
            self.title_parts.append(html.unescape(raw))
            return
        self._emit(html.unescape(raw), self._abs(), False)

    def handle_entityref(self, name):
        self._ref(f"&{name};")

    def handle_charref(self, name):
        self._ref(f"&#{name};")


def parse_html(article: Article) -> None:
    w = _Walker(article.text)
    w.feed(article.text)
    w.close()
    w._flush()
    blocks = w.blocks
    # body blocks must read like prose; short body fragments are chrome
    for b in blocks:
        if b.role == BODY and len(b.text.split()) < 6:
            b.role = CHROME
    article.blocks = blocks
    heads = [b.text for b in blocks if b.role == HEADLINE]
    title = heads[0] if heads else html.unescape("".join(w.title_parts)).strip() or None
    article.title = title
    meta = w.meta
    article.published = parse_date(meta.get("publishdate", "") or meta.get("article:published_time", "") or "") or None
    article.source = meta.get("source") or meta.get("og:site_name") or None
    if not article.published or not article.source:
        found = find_byline([b.text for b in blocks if b.role == CHROME][:60], article)
        article.published = article.published or found.get("published")
        article.source = article.source or found.get("source")
