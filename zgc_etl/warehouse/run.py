"""The whole load without Dagster: scan, parse what changed, build frames, load in one transaction.

The Dagster assets run the same steps one by one; this is for tests, benchmarks and scripts.
"""
from __future__ import annotations

from pathlib import Path

import duckdb

from ..pipeline import ParseResult, parse_changed, scan_raw_folder
from .frames import build_star_frames
from .load import known_articles, load_run


def load_folder(raw_dir: Path, conn: duckdb.DuckDBPyConnection) -> ParseResult:
    """Load ``raw_dir`` into the warehouse behind ``conn``; returns what was parsed."""
    raw = scan_raw_folder(raw_dir)
    res = parse_changed(raw_dir, raw, known_articles(conn))
    star = build_star_frames(res.articles, res.figures)
    load_run(conn, res.articles, star, res.rejected, res.quarantine)
    return res
