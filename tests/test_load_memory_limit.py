"""The load transaction runs under a DuckDB memory limit, and a load that outgrows it still lands."""
from __future__ import annotations

import logging
import shutil
from pathlib import Path

import duckdb
import pandas as pd

from zgc_etl import settings
from warehouse_helpers import connect, load, rows
from zgc_etl.warehouse.run import load_folder

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "raw"


def _raw(tmp_path: Path, n: int = 6) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    for p in sorted(SAMPLES.glob("*.txt"))[:n]:
        shutil.copy(p, raw / p.name)
    return raw


def _facts(warehouse: Path):
    return rows(warehouse, "SELECT file, ordinal, value, unit, mention FROM figures ORDER BY file, ordinal")


def test_setting(monkeypatch):
    monkeypatch.delenv("ZGC_LOAD_MEMORY_LIMIT", raising=False)
    assert settings.load_memory_limit() == settings.DEFAULT_LOAD_MEMORY_LIMIT
    for off in ("none", "", "default"):
        monkeypatch.setenv("ZGC_LOAD_MEMORY_LIMIT", off)
        assert settings.load_memory_limit() is None
    monkeypatch.setenv("ZGC_LOAD_MEMORY_LIMIT", "2GB")
    assert settings.load_memory_limit() == "2GB"


def test_a_load_over_its_limit_is_rolled_back_and_written_again(tmp_path, monkeypatch, caplog):
    raw = _raw(tmp_path)
    monkeypatch.setenv("ZGC_LOAD_MEMORY_LIMIT", "none")
    load(raw, tmp_path / "plain.duckdb")
    monkeypatch.setenv("ZGC_LOAD_MEMORY_LIMIT", "1MB")  # far too little for any load
    with caplog.at_level(logging.WARNING, logger="zgc_etl.warehouse.load"), connect(tmp_path / "tight.duckdb") as conn:
        default = conn.execute("SELECT current_setting('memory_limit')").fetchone()[0]
        load_folder(raw, conn)
        # the limit held only for the load: the connection is back at DuckDB's default for what follows
        assert conn.execute("SELECT current_setting('memory_limit')").fetchone()[0] == default
    assert any("memory limit 1MB" in r.getMessage() for r in caplog.records)
    assert _facts(tmp_path / "tight.duckdb") == _facts(tmp_path / "plain.duckdb") != []


def test_the_default_limit_loads_without_a_second_try(tmp_path, monkeypatch, caplog):
    raw = _raw(tmp_path)
    monkeypatch.delenv("ZGC_LOAD_MEMORY_LIMIT", raising=False)
    with caplog.at_level(logging.WARNING, logger="zgc_etl.warehouse.load"):
        load(raw, tmp_path / "w.duckdb")
    assert not [r for r in caplog.records if "memory limit" in r.getMessage()]
    assert _facts(tmp_path / "w.duckdb")


def test_load_reports_each_step_of_its_transaction_to_a_progress_bar(small_raw_dir, tmp_path):
    import zgc_etl.warehouse.load as wload
    from zgc_etl.pipeline import parse_changed, scan_raw_folder
    from zgc_etl.warehouse.frames import build_star_frames

    scan = scan_raw_folder(small_raw_dir)
    res = parse_changed(small_raw_dir, scan, pd.DataFrame())
    star = build_star_frames(res.articles, res.figures)
    seen: list = []
    with duckdb.connect(str(tmp_path / "w.duckdb")) as conn:
        counts = wload.load_run(conn, res.articles, star, res.rejected, res.quarantine, listed=scan["file"],
                                progress=lambda steps: (seen.append(s) or s for s in steps))
    assert seen == [*wload.LOAD_STEPS, "merge_into_warehouse_meta.sql", "region_rollup", "audit", "views", "COMMIT"]
    assert counts["fact_figure"] == len(res.figures) > 0


def test_progress_bars_only_on_a_terminal(monkeypatch):
    import sys

    from zgc_etl.defs import assets

    monkeypatch.setattr(sys.stderr, "isatty", lambda: False, raising=False)
    assert assets._progress_bar("load", "step") is None
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    bar = assets._progress_bar("load", "step")
    assert list(bar(["a", "b"])) == ["a", "b"]
