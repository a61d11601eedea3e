"""JSON exported by scrapers: one article object, offsets into the JSON file text.

Accepted keys (first present wins, matched case-insensitively; ``-`` and ``_``
ignored).  The article may sit at the top level, in a one-element list, or under
``article``/``data``/``item``/``post``/``result``:

* title: ``title``, ``headline``, ``heading``, ``name``
* published: ``published``, ``date``, ``publish_date``, ``published_at``,
  ``date_published``/``datePublished``, ``pub_date``/``pubDate``, ``publish_time``,
  ``release_date``, ``time``, ``created_at``, ``timestamp`` (ISO strings, the byline
  formats of :mod:`.meta`, or epoch seconds/milliseconds read in Beijing time)
* source: ``source``, ``site``, ``site_name``, ``publisher``, ``outlet``,
  ``agency``, ``media`` (a string, or an object with ``name``)
* body: ``body``, ``content``, ``text``, ``article``, ``article_body``/``articleBody``,
  ``body_text``, ``full_text``, ``maintext``, ``content_html``, ``html`` (a string,
  or a list of paragraph strings); HTML in the body is read with the HTML rules
* deck (not figure-bearing): ``summary``, ``description``, ``subtitle``, ``subheadline``,
  ``dek``, ``deck``, ``lead``, ``standfirst``
* captions (figure-bearing): ``caption``, ``captions``, ``image_caption``

Every block character maps to its position inside the JSON string literal: a
plain character to itself, an escape (``\\n``, ``\\u2019``, a surrogate pair) to its
backslash, so ``Article.text[start:end]`` is the mention as saved.
"""
from __future__ import annotations

import json
import re
from typing import Any, Optional

from ..model import BODY, CAPTION, CHROME, DECK, HEADLINE, Article, Block
from . import meta


class JSONPageError(ValueError):
    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


def _k(s: str) -> str:
    return re.sub(r"[-_\s]", "", s).lower()


TITLE_KEYS = ["title", "headline", "heading", "name"]
DATE_KEYS = ["published", "date", "publish_date", "published_at", "date_published", "datepublished", "pub_date",
             "pubdate", "publish_time", "published_time", "release_date", "time", "created_at", "timestamp"]
SOURCE_KEYS = ["source", "site", "site_name", "publisher", "outlet", "agency", "media"]
BODY_KEYS = ["body", "content", "text", "article", "article_body", "articlebody", "body_text", "full_text",
             "maintext", "content_html", "html"]
DECK_KEYS = ["summary", "description", "subtitle", "subheadline", "dek", "deck", "lead", "standfirst"]
CAPTION_KEYS = ["caption", "captions", "image_caption"]
WRAPPERS = ["article", "data", "item", "post", "result"]
HTMLISH = re.compile(r"<(?:p|div|br|h[1-6]|span|a|img|figure|figcaption|li|ul|section|article|strong|em)\b[^>]*>", re.I)
WS = re.compile(r"\s")


# ---------------------------------------------------------------- a positional JSON scanner

_WS_CHARS = " \t\r\n"
_ESC = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def _skip_ws(s: str, i: int) -> int:
    n = len(s)
    while i < n and s[i] in _WS_CHARS:
        i += 1
    return i


def _string(s: str, i: int) -> tuple[str, list[int], int]:
    """Decode the string literal opening at ``s[i] == '"'``: (value, offsets incl. end, index after)."""
    assert s[i] == '"'
    i += 1
    chars: list[str] = []
    offs: list[int] = []
    n = len(s)
    while i < n:
        c = s[i]
        if c == '"':
            offs.append(i)
            return "".join(chars), offs, i + 1
        if c == "\\":
            e = s[i + 1] if i + 1 < n else ""
            if e == "u":
                code = int(s[i + 2:i + 6], 16)
                width = 6
                if 0xD800 <= code < 0xDC00 and s[i + 6:i + 8] == "\\u":
                    low = int(s[i + 8:i + 12], 16)
                    if 0xDC00 <= low < 0xE000:
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        width = 12
                chars.append(chr(code))
                offs.append(i)
                i += width
                continue
            chars.append(_ESC[e])
            offs.append(i)
            i += 2
            continue
        chars.append(c)
        offs.append(i)
        i += 1
    raise ValueError("unterminated string")


def _skip_value(s: str, i: int) -> int:
    """Index just after the JSON value starting at ``i`` (already validated by json.loads)."""
    c = s[i]
    if c == '"':
        return _string(s, i)[2]
    if c in "{[":
        depth = 0
        n = len(s)
        while i < n:
            c = s[i]
            if c == '"':
                i = _string(s, i)[2]
                continue
            if c in "{[":
                depth += 1
            elif c in "}]":
                depth -= 1
                if depth == 0:
                    return i + 1
            i += 1
        raise ValueError("unterminated container")
    m = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null").match(s, i)
    return m.end()


def _members(s: str, i: int) -> dict[str, int]:
    """Keys of the object opening at ``s[i] == '{'`` → index where each value starts."""
    out: dict[str, int] = {}
    i = _skip_ws(s, i + 1)
    while s[i] != "}":
        key, _, i = _string(s, i)
        i = _skip_ws(s, i)
        i = _skip_ws(s, i + 1)  # ':'
        out.setdefault(_k(key), i)
        i = _skip_ws(s, _skip_value(s, i))
        if s[i] == ",":
            i = _skip_ws(s, i + 1)
    return out


def _elements(s: str, i: int) -> list[int]:
    out = []
    i = _skip_ws(s, i + 1)
    while s[i] != "]":
        out.append(i)
        i = _skip_ws(s, _skip_value(s, i))
        if s[i] == ",":
            i = _skip_ws(s, i + 1)
    return out


# ---------------------------------------------------------------- article assembly

def normalise_date(value: Any) -> Optional[str]:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        value = str(int(value))
    value = str(value).strip()
    if re.fullmatch(r"1\d{9}(?:\d{3})?", value):
        return meta.parse_date(value)
    return meta.parse_date(value)


def _pick(members: dict[str, int], keys: list[str]) -> Optional[int]:
    for k in keys:
        if _k(k) in members:
            return members[_k(k)]
    return None


def _string_pieces(s: str, at: int) -> list[tuple[str, list[int]]]:
    """A string, or a list of strings / {"text": ...} objects, as (value, offsets) pieces."""
    c = s[at]
    if c == '"':
        v, offs, _ = _string(s, at)
        return [(v, offs)]
    if c == "[":
        out = []
        for el in _elements(s, at):
            if s[el] == '"':
                out.extend(_string_pieces(s, el))
            elif s[el] == "{":
                sub = _pick(_members(s, el), ["text", "content", "body", "caption", "value"])
                if sub is not None:
                    out.extend(_string_pieces(s, sub))
        return out
    if c == "{":
        sub = _pick(_members(s, at), ["name", "text", "content", "value", "title"])
        return _string_pieces(s, sub) if sub is not None else []
    return []


def _blocks_from_piece(value: str, offs: list[int], role: str, article_text: str) -> list[Block]:
    """Split one decoded string into blocks, mapping offsets through ``offs``."""
    from . import textpage as tp

    if role == BODY and HTMLISH.search(value):
        from .htmlpage import html_blocks

        blocks, _ = html_blocks(value)
        out = []
        for b in blocks:
            b.offsets = [offs[o] for o in b.offsets]
            out.append(b)
        return out
    out = []
    in_related = False
    for ln in tp._lines(value):
        t = ln.text
        r = role
        if role == BODY:
            k = tp.classify(tp.Line(0, t))
            if k == "related":
                in_related = True
                r = CHROME
            elif in_related and not (tp.is_prose(t) and tp.ends_like_sentence(t) and len(tp.words(t)) >= 15):
                r = CHROME
            else:
                in_related = False
                r = CAPTION if k == "caption" else (CHROME if k in ("chrome", "date", "credit") else BODY)
        # offsets has one entry per decoded character plus the closing quote, and the
        # characters of a literal are contiguous, so offs[end] is one past the last one
        bo = offs[ln.start:ln.start + len(t) + 1]
        out.append(Block(t, bo, r))
    return out


def parse_json(article: Article) -> None:
    s = article.text
    try:
        obj = json.loads(s)
    except ValueError as exc:
        raise JSONPageError("bad_json", f"not valid JSON: {exc}") from exc
    i = _skip_ws(s, 0)
    if isinstance(obj, list):
        if len(obj) != 1 or not isinstance(obj[0], dict):
            raise JSONPageError("bad_json", "a JSON list that is not one article object")
        i = _elements(s, i)[0]
        obj = obj[0]
    if not isinstance(obj, dict):
        raise JSONPageError("bad_json", "JSON top level is not an object")
    members = _members(s, i)
    body_at = _pick(members, BODY_KEYS)
    if body_at is None or s[body_at] == "{":
        for w in WRAPPERS:
            at = members.get(_k(w))
            if at is not None and s[at] == "{":
                inner = _members(s, at)
                if _pick(inner, BODY_KEYS) is not None:
                    members = inner
                    break
    body_at = _pick(members, BODY_KEYS)
    if body_at is None:
        raise JSONPageError("no_body", "JSON object has none of the body keys (body, content, text, article, ...)")
    blocks: list[Block] = []
    title_at = _pick(members, TITLE_KEYS)
    if title_at is not None and s[title_at] == '"':
        v, offs, _ = _string(s, title_at)
        if v.strip():
            blocks.extend(b for b in _blocks_from_piece(v, offs, HEADLINE, s)[:1])
            article.title = meta.clean_title(v)
    for keys, role in ((DECK_KEYS, DECK), (CAPTION_KEYS, CAPTION)):
        at = _pick(members, keys)
        if at is not None:
            for v, offs in _string_pieces(s, at):
                blocks.extend(_blocks_from_piece(v, offs, role, s))
    for v, offs in _string_pieces(s, body_at):
        blocks.extend(_blocks_from_piece(v, offs, BODY, s))
    article.blocks = sorted(blocks, key=lambda b: b.offsets[0] if b.offsets else 0)
    # metadata
    date_at = _pick(members, DATE_KEYS)
    if date_at is not None:
        raw = json.loads(s[date_at:_skip_value(s, date_at)])
        article.published = normalise_date(raw)
    src_at = _pick(members, SOURCE_KEYS)
    if src_at is not None:
        pieces = _string_pieces(s, src_at)
        if pieces and pieces[0][0].strip():
            name = pieces[0][0].strip()
            article.source = meta.canonical_outlet(name) or name
    if not article.source:
        first = next((b for b in article.blocks if b.role == BODY), None)
        if first is not None:
            article.source = meta.dateline_source(first.text)
