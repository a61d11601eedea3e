"""Markdown pages: inline markup removed with a per-character map back to the file.

Each line is cleaned (heading marks, quote and list markers, emphasis, inline
code, links ``[text](url)`` → ``text``, images and raw HTML tags dropped,
backslash escapes resolved) and then read by the same line rules as plain text
(:mod:`.textpage`).  A YAML front-matter block (``---`` … ``---``) at the top is
read for ``title``, ``date`` and ``source`` with the same keys as JSON exports.
"""
from __future__ import annotations

import re

from ..model import Article
from . import meta
from .textpage import Line, _lines, parse_lines

FRONT = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
HEADING = re.compile(r"^(#{1,6})[ \t]+")
PREFIX = re.compile(r"^(?:>[ \t]?)+|^(?:[*+-]|\d{1,3}[.)])[ \t]+")
IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)")
TAG = re.compile(r"</?[A-Za-z][^>]*>")
AUTOLINK = re.compile(r"<(?:https?://|mailto:)[^>]+>")
EMPH = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)|(?<=\S)_(?![\w_])|`+")
ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # CommonMark: any ASCII punctuation


def clean_line(src: str, at: int) -> tuple[str, list[int], int]:
    """(clean text, offsets into the file, heading level) for one stripped source line at ``at``."""
    keep = [True] * len(src)
    level = 0
    m = HEADING.match(src)
    if m:
        level = len(m.group(1))
        for i in range(m.end()):
            keep[i] = False
        src_body_start = m.end()
        tail = re.search(r"[ \t]+#+[ \t]*$", src)
        if tail and tail.start() >= src_body_start:
            for i in range(tail.start(), len(src)):
                keep[i] = False
    else:
        m = PREFIX.match(src)
        if m:
            for i in range(m.end()):
                keep[i] = False
    for rx in (IMAGE, AUTOLINK, TAG):
        for mm in rx.finditer(src):
            for i in range(mm.start(), mm.end()):
                keep[i] = False
    for mm in LINK.finditer(src):
        if src[mm.start() - 1: mm.start()] == "!":
            continue
        keep[mm.start()] = False  # "["
        for i in range(mm.start(1) + len(mm.group(1)), mm.end()):
            keep[i] = False  # "](url)"
    for mm in ESCAPE.finditer(src):
        keep[mm.start()] = False
    escaped = {mm.start() + 1 for mm in ESCAPE.finditer(src)}
    for mm in EMPH.finditer(src):
        if mm.start() in escaped:
            continue
        for i in range(mm.start(), mm.end()):
            keep[i] = False
    chars, offs = [], []
    for i, ch in enumerate(src):
        if keep[i]:
            chars.append(ch)
            offs.append(at + i)
    text = "".join(chars)
    lead = len(text) - len(text.lstrip())
    trail = len(text.rstrip())
    text, offs = text[lead:trail], offs[lead:trail]
    offs.append(offs[-1] + 1 if offs else at)
    return text, offs, level


def front_matter(text: str) -> tuple[dict[str, str], int]:
    """Simple ``key: value`` front matter and the offset where the page starts."""
    m = FRONT.match(text)
    if not m:
        return {}, 0
    out = {}
    for line in m.group(1).splitlines():
        kv = re.match(r"^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$", line)
        if kv:
            out[kv.group(1).lower()] = kv.group(2).strip("'\"")
    return out, m.end()


def parse_markdown(article: Article) -> None:
    from .jsonpage import DATE_KEYS, SOURCE_KEYS, TITLE_KEYS, normalise_date

    fm, body_at = front_matter(article.text)
    lines = []
    for ln in _lines(article.text):
        if ln.start < body_at:
            continue
        text, offs, level = clean_line(ln.text, ln.start)
        if not text:
            continue
        lines.append(Line(offs[0], text, offs=offs, heading=level))
    for key in TITLE_KEYS:
        if fm.get(key):
            article.title = meta.clean_title(fm[key])
            break
    for key in DATE_KEYS:
        if fm.get(key) and normalise_date(fm[key]):
            article.published = normalise_date(fm[key])
            break
    for key in SOURCE_KEYS:
        if fm.get(key):
            article.source = meta.canonical_outlet(fm[key]) or fm[key]
            break
    parse_lines(article, lines)
