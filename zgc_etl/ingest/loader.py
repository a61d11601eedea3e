"""Read one raw file: decode, split into blocks, read metadata, or reject with a reason.

Rejection reason codes (``Rejection.reason``):

=====================  =========================================================
``outside_root``       the path, or a symlink on it, leads outside the raw folder
``not_regular_file``   a directory, FIFO, socket or device
``unsupported_format`` a file type ingest does not read (by suffix)
``too_large``          bigger than ``max_bytes``
``vanished``           gone between listing and reading
``changed``            size or mtime changed between stat and read (being written)
``unreadable``         the OS refused to read it (permissions, I/O error)
``empty``              no bytes, or white space only
``binary``             NUL or control bytes under a text name
``undecodable``        no supported text encoding decodes it
``bad_json``           a ``.json`` file that is not valid JSON or not an object
``no_body``            decoded, but no article body found
``parse_error``        an unexpected error while splitting the page (a bug: report it)
``duplicate``          same content as an earlier file (see :mod:`.accounting`)
=====================  =========================================================
"""
from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path, PurePath
from typing import Iterator, Union

from ..model import Article, Rejection
from .decode import DecodeError, decode_detailed

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text"}
MD_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
JSON_SUFFIXES = {".json"}
SUPPORTED = TEXT_SUFFIXES | MD_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
REASONS = ("outside_root", "not_regular_file", "unsupported_format", "too_large", "vanished", "changed",
           "unreadable", "empty", "binary", "undecodable", "bad_json", "no_body", "parse_error", "duplicate")


def iter_raw_files(root: Path) -> Iterator[Path]:
    """Every file below ``root`` in a stable order (hidden files and folders skipped).

    Symlinked folders are not descended; symlinked files are listed and judged by
    :func:`load_article` (refused when they lead outside ``root``).
    """
    root = Path(root)
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            yield Path(dirpath) / name


def relative_name(path: Path, root: Path) -> str:
    abs_path, abs_root = os.path.abspath(path), os.path.abspath(root)
    # the usual case, read off the strings: both normalised by abspath, so below a root other
    # than "/" (or POSIX's "//") the name is what follows the root and its "/", as relative_to
    # would give it; every other case goes through pathlib
    if os.sep == "/" and abs_path.startswith(abs_root + "/") and abs_root != "/" and not abs_root.startswith("//"):
        return abs_path[len(abs_root) + 1:]
    try:
        return Path(abs_path).relative_to(abs_root).as_posix()
    except ValueError:
        return Path(path).name


def format_of(path: Path) -> str | None:
    suffix = (path if isinstance(path, PurePath) else Path(path)).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MD_SUFFIXES:
        return "md"
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in TEXT_SUFFIXES:
        return "txt"
    return None


def _read_stable(path: Path, max_bytes: int) -> bytes:
    """Read a regular file, refusing one that changes while it is read."""
    before = os.stat(path, follow_symlinks=True)
    if not stat.S_ISREG(before.st_mode):
        raise _Reject("not_regular_file", "not a regular file")
    if before.st_size > max_bytes:
        raise _Reject("too_large", f"{before.st_size} bytes exceeds the limit of {max_bytes}")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode) or (opened.st_ino, opened.st_dev) != (before.st_ino, before.st_dev):
            raise _Reject("changed", "file was replaced between stat and open")
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise _Reject("too_large", f"grew past the limit of {max_bytes} bytes while being read")
        after = os.fstat(fd)
    finally:
        os.close(fd)
    raw = b"".join(chunks)
    if (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns) or len(raw) != before.st_size:
        raise _Reject("changed", f"size/mtime changed while reading ({before.st_size} → {after.st_size} bytes)")
    return raw


class _Reject(Exception):
    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason, self.detail = reason, detail


def _inside(path: Path, root: Path, real_root: str | None = None) -> bool:
    base = os.path.realpath(root) if real_root is None else real_root
    real = _realpath_below(os.fspath(path), os.fspath(root), real_root) if real_root is not None else None
    if real is None:
        real = os.path.realpath(path)
    return real == base or real.startswith(base.rstrip(os.sep) + os.sep)


def _realpath_below(path: str, root: str, real_root: str) -> str | None:
    """``os.path.realpath(path)`` for a ``path`` below ``root`` whose realpath ``real_root`` is known, or None
    when this cannot tell (then realpath itself is asked).

    realpath resolves a path one component at a time, from the left: once it has read the components of an
    absolute, normalised ``root`` it stands at ``real_root`` (what it answers for ``root`` alone), and reads on
    from there with an lstat of each component below (a failed lstat counts as no link).  When none of them is a
    symbolic link it ends at ``real_root`` and those components: found here with the same lstat calls, without
    going over ``root``'s components again (three to five lstat calls and realpath's loop in Python: ~1% of a
    parse worker's time).  A link below ``root`` is left to realpath."""
    if os.sep != "/" or real_root == "/" or not root.startswith("/") or root.startswith("//") \
            or not path.startswith(root + "/") or os.path.normpath(path) != path or os.path.normpath(root) != root:
        return None  # (not the plain case: a relative or odd root, or a path with "." / ".." / "//" components)
    real = real_root
    for part in path[len(root) + 1:].split("/"):
        real = real + "/" + part
        try:
            if stat.S_ISLNK(os.lstat(real).st_mode):
                return None
        except OSError:
            pass  # (realpath, not strict, reads on as if it were no link)
    return real


def load_article(path: Path, root: Path, max_bytes: int = DEFAULT_MAX_BYTES, *,
                 real_root: str | None = None) -> Union[Article, Rejection]:
    """Load one file as an Article, or say why it cannot be one.  Never raises for a bad file.

    ``real_root``: ``os.path.realpath(root)`` when the caller has it (a parse task resolves its root
    once for all its files: a realpath is an lstat per component, ~9 us a file)."""
    path, root = Path(path), Path(root)
    name = relative_name(path, root)
    try:
        if not _inside(path, root, real_root):
            return Rejection(name, "outside_root", f"{path} resolves to {os.path.realpath(path)}, outside {root}")
        if not os.path.lexists(path):
            return Rejection(name, "vanished", "file disappeared before it could be read")
        fmt = format_of(path)
        if fmt is None:
            if not os.path.isfile(path):
                return Rejection(name, "not_regular_file", "not a regular file")
            return Rejection(name, "unsupported_format", f"unsupported file type {path.suffix.lower() or '(none)'}")
        raw = _read_stable(path, max_bytes)
    except _Reject as r:
        return Rejection(name, r.reason, r.detail)
    except FileNotFoundError:
        return Rejection(name, "vanished", "file disappeared before it could be read")
    except OSError as exc:
        return Rejection(name, "unreadable", f"{type(exc).__name__}: {exc}")
    return load_bytes(raw, name, fmt)


def load_bytes(raw: bytes, name: str, fmt: str) -> Union[Article, Rejection]:
    """Decode and split bytes already read (``fmt`` is txt, md, html or json)."""
    digest = hashlib.sha256(raw).hexdigest()
    if not raw.strip():
        return Rejection(name, "empty", "file is empty or white space only", digest)
    try:
        text, encoding, flags = decode_detailed(raw)
    except DecodeError as exc:
        return Rejection(name, exc.reason, str(exc), digest)
    if not text.strip():
        return Rejection(name, "empty", "no text after decoding", digest)
    article = Article(file=name, text=text, encoding=encoding, format=fmt, content_hash=digest,
                      size_bytes=len(raw), flags=list(flags))
    try:
        if fmt == "html":
            from .htmlpage import parse_html
            parse_html(article)
        elif fmt == "json":
            from .jsonpage import JSONPageError, parse_json
            try:
                parse_json(article)
            except JSONPageError as exc:
                return Rejection(name, exc.reason, str(exc), digest)
        elif fmt == "md":
            from .mdpage import parse_markdown
            parse_markdown(article)
        else:
            from .textpage import parse_text
            parse_text(article)
    except Exception as exc:  # noqa: BLE001 - one bad page must never sink a run
        return Rejection(name, "parse_error", f"{type(exc).__name__}: {exc}", digest)
    if not any(b.text.strip() for b in article.body_blocks()):
        return Rejection(name, "no_body", "no article body found", digest)
    if not article.published:
        article.flags.append("no_published_date")
    if not article.source:
        article.flags.append("no_source")
    if not article.title:
        article.flags.append("no_title")
    return article
