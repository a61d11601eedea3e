"""Retries: a busy warehouse is retried with backoff; bad data and failed checks are not."""
from __future__ import annotations

import subprocess
import sys
import time
import warnings

import dagster as dg
import duckdb
import pandera.pandas as pa
import pytest
from dagster_duckdb import DuckDBResource
from helpers import check_results, run_pipeline

from zgc_etl.defs import assets as assets_mod
from zgc_etl.defs.assets import parsed, raw_files
from zgc_etl.defs.resources import (RawFolder, WarehouseBusy, is_transient, lock_path, retry_only_when_busy,
                                    writer_lock)
from zgc_etl.warehouse import audits

warnings.simplefilter("ignore", dg.BetaWarning)


def _events(result, kind: str):
    return [e for e in result.all_events if e.event_type_value == kind]


def _materialize_parse(raw_dir, warehouse):
    return dg.materialize(
        assets=[raw_files, parsed],
        resources={"raw": RawFolder(path=str(raw_dir)), "duckdb": DuckDBResource(database=str(warehouse))},
        instance=dg.DagsterInstance.ephemeral(), raise_on_error=False)


def test_transient_errors_are_told_apart_from_bad_data():
    assert is_transient(WarehouseBusy("busy"))
    assert is_transient(duckdb.IOException('IO Error: Could not set lock on file "x.duckdb": Conflicting lock is held'))
    assert not is_transient(duckdb.IOException("IO Error: Cannot open file: No such file or directory"))
    assert not is_transient(pa.errors.SchemaError(None, None, "column 'value' failed"))
    assert not is_transient(KeyError("a bug"))
    with pytest.raises(dg.Failure) as exc:
        with retry_only_when_busy():
            raise pa.errors.SchemaError(None, None, "column 'value' failed")
    assert exc.value.allow_retries is False and "SchemaError" in exc.value.description
    with pytest.raises(WarehouseBusy):
        with retry_only_when_busy():
            raise WarehouseBusy("busy")


def test_bad_data_fails_once_without_retry(small_raw_dir, warehouse_file, monkeypatch):
    def bad(*a, **k):
        raise pa.errors.SchemaError(None, None, "column 'kind' has a value outside the vocabulary")

    monkeypatch.setattr(assets_mod, "parse_changed", bad)
    result = _materialize_parse(small_raw_dir, warehouse_file)
    assert not result.success
    assert _events(result, "STEP_UP_FOR_RETRY") == []
    (failure,) = [e for e in result.all_events if e.is_step_failure]
    assert failure.step_key == "parsed"
    assert "SchemaError" in failure.event_specific_data.error.message


def test_busy_warehouse_is_retried_with_backoff_then_succeeds(small_raw_dir, warehouse_file, tmp_path, monkeypatch):
    warehouse_file.parent.mkdir(parents=True, exist_ok=True)
    marker = tmp_path / "holding"
    holder = subprocess.Popen([sys.executable, "-c", (
        "import filelock, pathlib, sys, time\n"
        "lock = filelock.FileLock(sys.argv[1]); lock.acquire()\n"
        "pathlib.Path(sys.argv[2]).write_text('x'); time.sleep(float(sys.argv[3]))\n"),
        str(lock_path(warehouse_file)), str(marker), "1.0"])
    try:
        deadline = time.monotonic() + 30
        while not marker.exists():
            assert time.monotonic() < deadline and holder.poll() is None, "lock holder did not start"
            time.sleep(0.05)
        monkeypatch.setenv("ZGC_LOCK_TIMEOUT", "0.3")
        result = _materialize_parse(small_raw_dir, warehouse_file)
    finally:
        holder.kill()
        holder.wait(timeout=10)
    assert result.success
    retries = _events(result, "STEP_UP_FOR_RETRY")
    # raw_files is the first step to open the warehouse (it reads and writes the scan memo)
    assert retries and {e.step_key for e in retries} <= {"raw_files", "parsed"}
    assert "WarehouseBusy" in retries[0].event_specific_data.error.cause.cls_name or \
        "waiting for the warehouse" in str(retries[0].event_specific_data.error.cause.message)


def test_writer_lock_names_its_holder_when_giving_up(warehouse_file):
    with writer_lock(warehouse_file, what="test holder"):
        out = subprocess.run([sys.executable, "-c", (
            "import sys\n"
            "from zgc_etl.defs.resources import writer_lock, WarehouseBusy\n"
            "try:\n"
            "    with writer_lock(sys.argv[1], timeout=0.2): pass\n"
            "except WarehouseBusy as e: print(e); sys.exit(3)\n"), str(warehouse_file)],
            capture_output=True, text=True, timeout=60)
    assert out.returncode == 3, out.stderr
    assert "gave up after 0.2 s" in out.stdout and "test holder" in out.stdout


def test_failed_blocking_check_is_not_retried(small_raw_dir, warehouse_file, monkeypatch):
    for name in list(small_raw_dir.iterdir())[1:]:
        name.unlink()
    monkeypatch.setattr(audits, "provenance", lambda *a, **k: (False, {"mismatches": 1}))
    result = run_pipeline(small_raw_dir, warehouse_file, raise_on_error=False)
    assert check_results(result)["provenance"] is False
    assert _events(result, "STEP_UP_FOR_RETRY") == []
    materialized = {e.asset_key.to_user_string() for e in _events(result, "ASSET_MATERIALIZATION")}
    assert "warehouse/fact_figure" in materialized
    assert not any(k.startswith("reports/") for k in materialized), "a blocking check must stop the reports"


def test_load_that_fails_its_audit_is_rolled_back_and_not_retried(small_raw_dir, warehouse_file, monkeypatch):
    for name in list(small_raw_dir.iterdir())[1:]:
        name.unlink()
    monkeypatch.setattr(audits, "fact_keys_unique", lambda conn: (False, {"duplicates": 1}))
    result = run_pipeline(small_raw_dir, warehouse_file, raise_on_error=False)
    assert not result.success
    assert _events(result, "STEP_UP_FOR_RETRY") == []
    (failure,) = [e for e in result.all_events if e.is_step_failure]
    assert failure.step_key == "warehouse" and "audit" in failure.event_specific_data.error.message
    with duckdb.connect(str(warehouse_file), read_only=True) as conn:
        assert conn.execute("SELECT count(*) FROM fact_figure").fetchone()[0] == 0


def test_one_failing_report_does_not_hold_back_the_others(small_raw_dir, warehouse_file, monkeypatch):
    """The reports share one step (run_reports): a report whose SQL fails is named in the step's failure,
    not retried, and the other reports still materialise, as when each was its own step."""
    from zgc_etl.warehouse import reports

    for name in list(small_raw_dir.iterdir())[1:]:
        name.unlink()
    plain = reports.report_head

    def timeline_broken(conn, name, limit):
        if name == "timeline":
            raise duckdb.BinderException("Referenced column 'series' not found")
        return plain(conn, name, limit)

    monkeypatch.setattr(reports, "report_head", timeline_broken)
    result = run_pipeline(small_raw_dir, warehouse_file, raise_on_error=False)
    assert not result.success
    assert _events(result, "STEP_UP_FOR_RETRY") == []
    (failure,) = [e for e in result.all_events if e.is_step_failure]
    assert failure.step_key == "run_reports" and "timeline" in failure.event_specific_data.error.message
    materialized = {e.asset_key.to_user_string() for e in _events(result, "ASSET_MATERIALIZATION")}
    assert "reports/timeline" not in materialized
    assert {"reports/conflicts", "reports/figures_by_region", "reports/subject_timeline"} <= materialized


def test_a_check_that_cannot_run_does_not_silence_the_others(small_raw_dir, warehouse_file, monkeypatch):
    """The checks share one step (warehouse_checks): a check that raises is named in the step's failure and
    the other checks still report their results."""
    for name in list(small_raw_dir.iterdir())[1:]:
        name.unlink()

    def broken(*a, **k):
        raise duckdb.BinderException("Referenced column 'value' not found")

    monkeypatch.setattr(audits, "accounting", broken)
    result = run_pipeline(small_raw_dir, warehouse_file, raise_on_error=False)
    assert not result.success
    (failure,) = [e for e in result.all_events if e.is_step_failure]
    assert failure.step_key == "warehouse_checks"
    assert "every_file_accounted_for" in failure.event_specific_data.error.message
    results = check_results(result)
    assert "every_file_accounted_for" not in results
    assert results["provenance"] is True and results["value_ranges"] is True
