"""Shared test helpers: run the whole asset graph on a private raw folder and warehouse."""
from __future__ import annotations

import hashlib
from pathlib import Path

import dagster as dg
import duckdb
from dagster_duckdb import DuckDBResource

from zgc_etl.defs.assets import all_assets
from zgc_etl.defs.checks import all_checks
from zgc_etl.defs.resources import RawFolder
from zgc_etl.model import Article, Block
from zgc_etl.warehouse.load import TABLES


def run_pipeline(raw_dir: Path, warehouse: Path, max_file_bytes: int = 5 * 1024 * 1024, raise_on_error=True):
    return dg.materialize(
        assets=[*all_assets, *all_checks],
        resources={"raw": RawFolder(path=str(raw_dir), max_file_bytes=max_file_bytes),
                   "duckdb": DuckDBResource(database=str(warehouse))},
        instance=dg.DagsterInstance.ephemeral(),
        raise_on_error=raise_on_error,
    )


def check_results(result) -> dict[str, bool]:
    return {e.event_specific_data.check_name: e.event_specific_data.passed
            for e in result.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"}


def table_checksums(warehouse: Path) -> dict[str, str]:
    """An order-independent checksum of every table's full contents."""
    out = {}
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        for t in TABLES:
            cur = conn.execute(f"SELECT * FROM {t}")  # table names come from the code, not from data
            rows = sorted(repr(r) for r in cur.fetchall())
            out[t] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
    return out


def query(warehouse: Path, sql: str, params=None):
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        return conn.execute(sql, params or []).fetchall()


def paragraphs_article(*paragraphs: str, published, title: str = "") -> Article:
    """An article of ``t.txt`` whose body is ``paragraphs``, one block each, as ingest would give it."""
    blocks, at, text = [], 0, ""
    for p in paragraphs:
        blocks.append(Block.verbatim(p, at))
        text += p + "\n"
        at = len(text)
    return Article(file="t.txt", text=text, blocks=blocks, published=published, title=title)


def figure_of(paragraphs: list, mention: str, published: str = "2024-03-15"):
    """The figure with this mention among those the parser finds in :func:`paragraphs_article` (the
    generalisation tests' sentences: one construction a case)."""
    from zgc_etl.parse import extract_figures

    got = {f.mention: f for f in extract_figures(paragraphs_article(*paragraphs, published=published))}
    assert mention in got, (mention, list(got))
    return got[mention]


def figure_times(published, *paragraphs: str) -> dict:
    """{mention: (as_of, period_start)} of every figure the parser finds in :func:`paragraphs_article`."""
    from zgc_etl.parse import extract_figures

    return {f.mention: (f.as_of, f.period_start)
            for f in extract_figures(paragraphs_article(*paragraphs, published=published))}


def check_figure_time(published, paragraphs, mention: str, expected) -> None:
    """The figure ``mention`` of ``paragraphs`` is found and has the (as_of, period_start) ``expected``."""
    got = figure_times(published, *paragraphs)
    assert mention in got, (mention, got)
    assert got[mention] == expected, (mention, got)
