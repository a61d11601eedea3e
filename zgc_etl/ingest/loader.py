"""Read one raw file: decode, split into blocks, read metadata, or reject with a reason."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Iterator, Union

from ..model import Article, Rejection
from .decode import DecodeError, decode_bytes
from .htmlpage import parse_html
from .textpage import parse_text

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES


def iter_raw_files(root: Path) -> Iterator[Path]:
    """Every file below ``root`` in a stable order (hidden files and folders skipped)."""
    root = Path(root)
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            yield Path(dirpath) / name


def relative_name(path: Path, root: Path) -> str:
    try:
        return Path(path).relative_to(root).as_posix()
    except ValueError:
        return Path(path).name


def load_article(path: Path, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Union[Article, Rejection]:
    """Load one file as an Article, or say why it cannot be one."""
    path, root = Path(path), Path(root)
    name = relative_name(path, root)
    try:
        if path.is_symlink():
            target = path.resolve()
            if root.resolve() not in target.parents:
                return Rejection(name, "outside_root", f"link to {target} leads outside the raw folder")
        if not path.is_file():
            return Rejection(name, "not_regular_file", "not a regular file")
        suffix = path.suffix.lower()
        if suffix not in SUPPORTED:
            return Rejection(name, "unsupported_format", f"unsupported file type {suffix or '(none)'}")
        size = path.stat().st_size
        if size > max_bytes:
            return Rejection(name, "too_large", f"{size} bytes exceeds the limit of {max_bytes}")
        raw = path.read_bytes()
    except FileNotFoundError:
        return Rejection(name, "vanished", "file disappeared before it could be read")
    except OSError as exc:
        return Rejection(name, "unreadable", str(exc))
    digest = hashlib.sha256(raw).hexdigest()
    if not raw.strip():
        return Rejection(name, "empty", "file is empty or white space only", digest)
    try:
        text, encoding = decode_bytes(raw)
    except DecodeError as exc:
        return Rejection(name, exc.reason, str(exc), digest)
    fmt = "html" if suffix in HTML_SUFFIXES else ("md" if suffix in {".md", ".markdown"} else "txt")
    article = Article(file=name, text=text, encoding=encoding, format=fmt, content_hash=digest, size_bytes=len(raw))
    try:
        if fmt == "html":
            parse_html(article)
        else:
            parse_text(article)
    except Exception as exc:  # noqa: BLE001 - one bad page must never sink a run
        return Rejection(name, "parse_error", f"{type(exc).__name__}: {exc}", digest)
    if not any(b.text.strip() for b in article.body_blocks()):
        return Rejection(name, "no_body", "no article body found", digest)
    if not article.published:
        article.flags.append("no_published_date")
    return article
