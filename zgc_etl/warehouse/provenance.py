"""The provenance audit's per-file work (:func:`zgc_etl.warehouse.audits.provenance`): read each file,
decode it, compare each fact's slice with its mention.

A module of its own, importing little, because a big audit hands part of its files to a helper
process (:func:`check_in_helper`): at 100,000 articles the reads, decodes and slices cost ~3 s of
one core, while the checks step left the other core idle.
"""
from __future__ import annotations

import multiprocessing as mp
import os
from concurrent.futures import Future, ProcessPoolExecutor

from ..ingest.decode import DecodeError, decode_bytes


def check_runs(root: str, files: list, edges: list, ordinals: list, starts: list, ends: list,
               mentions: list) -> tuple[int, list[dict]]:
    """The facts of ``files[n]`` are rows ``edges[n]:edges[n + 1]`` of the columns.  Returns the
    number of facts checked (those of the files that could be read and decoded) and the mismatches
    ({file, ordinal, expected, found}), in the order of the rows."""
    bad, checked = [], 0
    for n, file in enumerate(files):
        i, j = edges[n], edges[n + 1]
        try:
            with open(os.path.join(root, file), "rb") as fh:  # os.path: pathlib's parsing cost more than the read
                text, _ = decode_bytes(fh.read())
        except (OSError, DecodeError):
            continue  # the file left or changed since the load: judged on the next run
        checked += j - i
        for k in [k for k, s, e, m in zip(range(i, j), starts[i:j], ends[i:j], mentions[i:j]) if text[s:e] != m]:
            bad.append({"file": file, "ordinal": ordinals[k], "expected": mentions[k], "found": text[starts[k]:ends[k]]})
    return checked, bad


def check_in_helper(root: str, files: list, edges: list, ordinals: list, starts: list, ends: list,
                    mentions: list) -> tuple[ProcessPoolExecutor, Future]:
    """:func:`check_runs` over these rows in a helper process (rebased to start at row 0), started
    from the forkserver that the parse step's pool uses (a clean, single-threaded server, not a fork
    of this process and its DuckDB threads).  The caller shuts the executor down."""
    lo, hi = edges[0], edges[-1]
    pool = ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context("forkserver"))
    future = pool.submit(check_runs, root, files, [e - lo for e in edges], ordinals[lo:hi], starts[lo:hi],
                         ends[lo:hi], mentions[lo:hi])
    return pool, future
