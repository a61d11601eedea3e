"""The whole load without Dagster: scan, parse what changed, build frames, load in one transaction.

The Dagster assets run the same steps one by one; this is for tests, benchmarks and scripts.
"""
from __future__ import annotations

import time
from pathlib import Path

import duckdb

from ..pipeline import ParseResult, parse_changed, rememberable, scan_raw_folder
from .frames import build_star_frames
from .load import known_articles, load_run, remember_seen_files, seen_files


def load_folder(raw_dir: Path, conn: duckdb.DuckDBPyConnection) -> ParseResult:
    """Load ``raw_dir`` into the warehouse behind ``conn``; returns what was parsed."""
    memo = seen_files(conn)
    scanned_at = time.time_ns()
    raw = scan_raw_folder(raw_dir, known=memo)
    fresh = rememberable(raw, scanned_at)
    remember_seen_files(conn, fresh, before=memo)  # writes only what changed
    res = parse_changed(raw_dir, raw, known_articles(conn))
    star = build_star_frames(res.articles, res.figures)
    load_run(conn, res.articles, star, res.rejected, res.quarantine, listed=raw["file"])
    return res
