"""Duplicates and accounting: every file seen ends up loaded, rejected or a duplicate.

Both functions are pure (no I/O) so the Dagster asset check can call them as
plain functions:

>>> loaded, rejected = dedupe(results)
>>> assert account(seen_files, loaded, rejected) == []
"""
from __future__ import annotations

from typing import Iterable, Union

from ..model import Article, Rejection


def dedupe(results: Iterable[Union[Article, Rejection]],
           known: dict[str, str] | None = None) -> tuple[list[Article], list[Rejection]]:
    """Split load results into articles and rejections, keeping the first file of
    each ``content_hash`` and recording every later one as a ``duplicate``
    rejection with ``duplicate_of`` set.

    ``known`` maps content hashes already loaded in earlier runs to their file
    names (for incremental loads); it is not modified.
    Order is kept, so the result is deterministic for a sorted file listing.
    """
    first: dict[str, str] = dict(known or {})
    loaded: list[Article] = []
    rejected: list[Rejection] = []
    for r in results:
        if isinstance(r, Rejection):
            rejected.append(r)
            continue
        h = r.content_hash
        if h and h in first and first[h] != r.file:
            rejected.append(Rejection(r.file, "duplicate", f"same content as {first[h]}", h, first[h]))
            continue
        if h:
            first.setdefault(h, r.file)
        loaded.append(r)
    return loaded, rejected


def account(seen_files: Iterable[str], loaded: Iterable[Union[Article, str]],
            rejected: Iterable[Union[Rejection, str]]) -> list[str]:
    """Files seen that are neither loaded nor rejected (duplicates are rejections).

    Arguments may be records or plain file names (relative, '/'-separated).  An
    empty list means every file is accounted for.  A file both loaded and rejected
    is also returned, since it was counted twice.
    """
    def names(items) -> list[str]:
        return [i if isinstance(i, str) else i.file for i in items]

    ok, bad = names(loaded), names(rejected)
    done = set(ok) | set(bad)
    both = set(ok) & set(bad)
    out = [f for f in dict.fromkeys(seen_files) if f not in done or f in both]
    return out
