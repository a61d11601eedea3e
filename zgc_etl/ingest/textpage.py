"""Plain-text and Markdown pages: split lines into headline, body, caption and chrome."""
from __future__ import annotations

import re

from ..model import BODY, CAPTION, CHROME, DECK, HEADLINE, Article, Block
from .meta import find_byline

RELATED = re.compile(r"^\s*(related( stories| reports| articles| news| links)?|more stories|read more|recommended)\s*:?\s*$", re.I)
CHROME_LINE = re.compile(
    r"(copyright|all rights reserved|sponsored by|undertaken by|^previous\b|^next\b|^tags?:|"
    r"^share\b|download the|app download|^\W*(print|close)\W*$|icp|registration number|"
    r"privacy policy|follow .* on twitter|web editor|^\(?editor)",
    re.I,
)
CAPTION_MARK = re.compile(r"[\[(]\s*photo\b|\bphoto\s*:|^\s*photo shows\b|\[xinhua/", re.I)
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _lines(text: str):
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        yield pos, body
        pos += len(line)


def is_sentence_like(line: str) -> bool:
    words = WORD.findall(line)
    if len(words) < 8:
        return False
    lower = sum(1 for w in words if w[0].islower())
    return lower >= 3 and line.count("|") < 2


def parse_text(article: Article) -> None:
    text = article.text
    lines = list(_lines(text))
    blocks: list[Block] = []
    in_related = False
    seen_body = False
    for at, raw in lines:
        line = raw.strip()
        if not line:
            continue
        lead = len(raw) - len(raw.lstrip())
        start = at + lead
        if seen_body and RELATED.match(line):
            in_related = True
        role = CHROME
        if not in_related and not CHROME_LINE.search(line):
            if line.startswith(("•", "* ", "- ")) and not seen_body:
                role = DECK
            elif CAPTION_MARK.search(line):
                role = CAPTION
            elif is_sentence_like(line):
                role = BODY
                seen_body = True
        blocks.append(Block.verbatim(line, start, role))
    _mark_headline(blocks)
    article.blocks = blocks
    meta = find_byline([b.text for b in blocks if b.role != BODY][:40], article)
    if meta.get("title") is None:
        heads = [b for b in blocks if b.role == HEADLINE]
        meta["title"] = heads[0].text if heads else None
    article.title = article.title or meta.get("title")
    article.source = article.source or meta.get("source")
    article.published = article.published or meta.get("published")


def _mark_headline(blocks: list[Block]) -> None:
    """The headline is the last headline-shaped line before the byline or first body block."""
    first_body = next((i for i, b in enumerate(blocks) if b.role == BODY), len(blocks))
    candidates = []
    for i in range(first_body):
        t = blocks[i].text
        words = WORD.findall(t)
        if blocks[i].role == CHROME and len(words) >= 3 and "|" not in t and not re.search(r"updated|\d{4}-\d{2}-\d{2}|comment", t, re.I):
            candidates.append(i)
    if candidates:
        # prefer the longest line among the last few candidates (navigation labels are short)
        best = max(candidates[-3:], key=lambda i: len(blocks[i].text))
        blocks[best].role = HEADLINE
