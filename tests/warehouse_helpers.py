"""Helpers for the warehouse tests: synthetic articles and plain (Dagster-free) loads."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import duckdb

from zgc_etl.warehouse.run import load_folder


LEAD = "Officials said the park will keep improving its services for the companies and talents that settle there."


def write_article(folder: Path, name: str, body: str, *, title: str = "Park news",
                  byline: str = "chinadaily.com.cn | Updated: Mar 19, 2021") -> Path:
    """A small article as saved from the web: headline, byline, a lead (the parser reads the
    first paragraph as the deck under the headline, which holds no figures) and the body."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"{title}\n\n{byline}\n\n{LEAD}\n\n{body}\n", encoding="utf-8")
    return path


@contextmanager
def connect(warehouse: Path):
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    conn = duckdb.connect(str(warehouse))
    try:
        yield conn
    finally:
        conn.close()


def load(raw_dir: Path, warehouse: Path):
    """Load the folder without Dagster; returns the ParseResult (what was parsed in this run)."""
    with connect(warehouse) as conn:
        return load_folder(raw_dir, conn)


def rows(warehouse: Path, sql: str, params=None):
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        return conn.execute(sql, params or []).fetchall()


def pin_metrics(monkeypatch, classify) -> None:
    """Make every figure's metric ``classify(measure)``: in the parser (which now classifies
    itself) and in the warehouse's fallback for rows that come without a metric."""
    import zgc_etl.parse.context as context
    import zgc_etl.warehouse.frames as frames

    monkeypatch.setattr(context, "classify_metric", classify)
    monkeypatch.setattr(frames, "classify_metric", classify)


def unclassified(measure):
    return "unclassified"
