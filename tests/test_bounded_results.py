"""Reports and ad-hoc queries never hold a whole result in memory (zgc_etl.warehouse.reports)."""
from __future__ import annotations

import csv
import io

import duckdb
import pytest

from zgc_etl import settings
from zgc_etl.cli import main
from zgc_etl.warehouse import reports


@pytest.fixture
def big(tmp_path):
    """A database with a 50,000-row table, standing in for a long report."""
    path = tmp_path / "big.duckdb"
    with duckdb.connect(str(path)) as conn:
        conn.execute("CREATE TABLE t AS SELECT range AS i, 'row ' || range AS s FROM range(50000)")
    return path


def test_head_reads_n_plus_one_rows_of_an_ordered_query(big):
    with duckdb.connect(str(big), read_only=True) as conn:
        df, more = reports.head(conn, "SELECT * FROM t ORDER BY i DESC", 3)
        assert list(df["i"]) == [49999, 49998, 49997] and more
        df, more = reports.head(conn, "SELECT * FROM t WHERE i < 3 ORDER BY i", 3)
        assert list(df["i"]) == [0, 1, 2] and not more


def test_stream_gives_every_row_in_bounded_batches(big, monkeypatch):
    monkeypatch.setattr(reports, "BATCH_ROWS", 7_000)
    with duckdb.connect(str(big), read_only=True) as conn:
        cols, batches = reports.stream(conn, "SELECT i FROM t ORDER BY i")
        sizes = [len(b) for b in batches]
    assert cols == ["i"] and sum(sizes) == 50_000 and max(sizes) == 7_000


def test_memory_limit_is_set_for_the_block_and_reset(big, monkeypatch):
    monkeypatch.setenv("ZGC_QUERY_MEMORY_LIMIT", "300MB")
    with duckdb.connect(str(big), read_only=True) as conn:
        before = conn.execute("SELECT current_setting('memory_limit')").fetchone()[0]
        with reports.memory_limited(conn):
            inside = conn.execute("SELECT current_setting('memory_limit')").fetchone()[0]
        after = conn.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    assert inside.startswith("286") and after == before  # 300 MB = 286.1 MiB as DuckDB shows it
    monkeypatch.setenv("ZGC_QUERY_MEMORY_LIMIT", "none")
    assert settings.query_memory_limit() is None


def test_cli_table_shows_the_head_and_csv_streams_all(big, capsys):
    assert main(["sql", "SELECT i FROM t ORDER BY i", "--warehouse", str(big), "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert "... more rows" in out and " 1\n" in out and " 2\n" not in out
    assert main(["sql", "SELECT i FROM t ORDER BY i", "--warehouse", str(big), "--format", "csv"]) == 0
    got = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert got[0] == ["i"] and len(got) == 50_001 and got[-1] == ["49999"]


def test_report_asset_counts_up_to_a_bound(small_raw_dir, tmp_path, monkeypatch):
    """The report assets read at most ROWS_COUNTED + 1 rows: an exact count below it, "more than" above."""
    from helpers import run_pipeline

    monkeypatch.setattr(reports, "ROWS_COUNTED", 5)
    res = run_pipeline(small_raw_dir, tmp_path / "w.duckdb")
    meta = {}
    for ev in res.get_asset_materialization_events():
        mat = ev.event_specific_data.materialization
        if mat.asset_key.path[0] == "reports":
            meta[mat.asset_key.path[-1]] = mat.metadata
    assert meta["articles_overview"]["dagster/row_count"].value == 3  # three articles: counted
    assert "more than 5" in meta["timeline"]["rows"].value and "dagster/row_count" not in meta["timeline"]
