"""One writer: two `zgc-etl run` at once both succeed (the second waits), and a run killed
inside the load transaction leaves the warehouse readable with its previous contents."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import pytest
from conftest import DEV, SEED
from helpers import query, run_pipeline, table_checksums

from zgc_etl.defs.resources import writer_lock

ZGC_ETL = Path(sys.executable).parent / "zgc-etl"
pytestmark = pytest.mark.skipif(os.name != "posix", reason="uses POSIX signals and the zgc-etl script")


@pytest.fixture
def dagster_home(tmp_path: Path):
    """The runs' DAGSTER_HOME; in memory when /dev/shm exists (Dagster's SQLite event log fsyncs every event)."""
    shm = Path("/dev/shm")
    home = Path(tempfile.mkdtemp(prefix="zgc_ops_home_", dir=shm)) if shm.is_dir() and os.access(shm, os.W_OK) \
        else tmp_path / "dagster_home"
    yield home
    shutil.rmtree(home, ignore_errors=True)


def _env(home: Path, **extra) -> dict:
    env = dict(os.environ, DAGSTER_HOME=str(home), ZGC_LOCK_TIMEOUT="240")
    env.pop("ZGC_TEST_PAUSE_BEFORE_COMMIT", None)
    env.update(extra)
    return env


def _start_run(raw: Path, warehouse: Path, env: dict, log: Path) -> subprocess.Popen:
    out = open(log, "w")
    return subprocess.Popen([str(ZGC_ETL), "run", "--raw-dir", str(raw), "--warehouse", str(warehouse)],
                            stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True)


def _stop(p: subprocess.Popen) -> None:
    if p.poll() is None:
        p.kill()
    p.wait(timeout=30)


@pytest.fixture
def two_files(tmp_path: Path) -> Path:
    d = tmp_path / "raw2"
    d.mkdir()
    for name in (SEED, "binhai_park_first_year_2018.html"):
        shutil.copy(DEV / name, d / name)
    return d


def test_two_runs_at_once_both_succeed_one_after_the_other(two_files, tmp_path, dagster_home):
    warehouse = tmp_path / "data" / "warehouse.duckdb"
    env = _env(dagster_home, ZGC_TEST_PAUSE_SECONDS="2")
    procs, logs = [], []
    try:
        for i in (1, 2):
            logs.append(tmp_path / f"run{i}.log")
            # each run pauses 2 s inside its load transaction, so the runs would overlap without the lock
            procs.append(_start_run(two_files, warehouse, dict(env, ZGC_TEST_PAUSE_BEFORE_COMMIT=str(tmp_path / f"in_load{i}")),
                                    logs[-1]))
        codes = [p.wait(timeout=240) for p in procs]
    finally:
        for p in procs:
            _stop(p)
    texts = [log.read_text() for log in logs]
    assert codes == [0, 0], texts
    assert sum("waiting up to" in t for t in texts) == 1, texts  # exactly one waited for the other
    assert all("zgc-etl run: done" in t and re.search(r"checks passed   : (\d+)/\1\n", t) for t in texts), texts
    # readable and correct: the same tables as one run alone
    reference = tmp_path / "reference.duckdb"
    assert run_pipeline(two_files, reference).success
    assert table_checksums(warehouse) == table_checksums(reference)


def test_run_killed_inside_the_load_transaction_keeps_the_previous_warehouse(two_files, tmp_path, dagster_home):
    warehouse = tmp_path / "data" / "warehouse.duckdb"
    assert run_pipeline(two_files, warehouse).success
    before = table_checksums(warehouse)
    # a change the next run would write: one file edited, one added
    seed = two_files / SEED
    seed.write_text(seed.read_text(encoding="utf-8").replace("27 project", "31 project"), encoding="utf-8")
    shutil.copy(DEV / "baodi_zgc_science_park_2023.txt", two_files / "baodi_zgc_science_park_2023.txt")
    marker = tmp_path / "in_load"
    p = _start_run(two_files, warehouse, _env(dagster_home, ZGC_TEST_PAUSE_BEFORE_COMMIT=str(marker),
                                              ZGC_TEST_PAUSE_SECONDS="120"), tmp_path / "killed.log")
    try:
        deadline = time.monotonic() + 180
        while not marker.exists():
            assert p.poll() is None, (tmp_path / "killed.log").read_text()
            assert time.monotonic() < deadline, "the run never reached its load transaction"
            time.sleep(0.1)
        p.kill()  # SIGKILL: no cleanup, no rollback, inside BEGIN … COMMIT
        p.wait(timeout=30)
    finally:
        _stop(p)
    # the lock died with its holder
    with writer_lock(warehouse, timeout=0):
        pass
    # readable (read-only) with exactly the previous contents
    assert table_checksums(warehouse) == before
    assert query(warehouse, "SELECT count(*) FROM dim_article")[0][0] == 2
    # and a writer can open it again, still with the previous contents
    with duckdb.connect(str(warehouse)) as conn:
        assert conn.execute("SELECT count(*) FROM fact_figure").fetchone()[0] > 0
    assert table_checksums(warehouse) == before


def test_second_run_gives_up_with_a_clear_message(two_files, tmp_path, dagster_home):
    warehouse = tmp_path / "data" / "warehouse.duckdb"
    with writer_lock(warehouse, what="a test holding the lock"):
        out = subprocess.run([str(ZGC_ETL), "run", "--raw-dir", str(two_files), "--warehouse", str(warehouse),
                              "--wait", "0.5"], capture_output=True, text=True, env=_env(dagster_home), timeout=120)
    assert out.returncode == 75, out.stderr
    assert "waiting up to 0.5 s" in out.stderr
    assert "gave up after 0.5 s" in out.stderr and "a test holding the lock" in out.stderr
    assert "nothing was written" in out.stderr
    assert not warehouse.exists()


def test_instance_config_serialises_writer_runs_and_duckdb_steps(tmp_path, monkeypatch):
    """dagster.yaml as shipped: queued runs, one writer-tagged run at a time, pools of one."""
    import dagster as dg
    from dagster._core.run_coordinator import QueuedRunCoordinator

    from zgc_etl import settings
    from zgc_etl.definitions import defs

    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(settings.PROJECT_ROOT / "dagster.yaml", home / "dagster.yaml")
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    with dg.DagsterInstance.get() as instance:
        assert isinstance(instance.run_coordinator, QueuedRunCoordinator)
        cfg = instance.get_concurrency_config()
        assert cfg.pool_config.default_pool_limit == 1
        limits = cfg.run_queue_config.tag_concurrency_limits
        assert {"key": "zgc_etl/writer", "value": "warehouse", "limit": 1} in limits
        # every job that writes carries the tag, and so every run the schedule and the sensor start
        for job in ("main", "reports"):
            assert defs.resolve_job_def(job).tags.get("zgc_etl/writer") == "warehouse"
        # the pool is enforced by the instance (default_limit 1): a second claim of the duckdb slot waits
        assert instance.event_log_storage.initialize_concurrency_limit_to_default("duckdb")  # as the executor does
        assert instance.event_log_storage.get_concurrency_info("duckdb").slot_count == 1
        first = instance.event_log_storage.claim_concurrency_slot("duckdb", "run-a", "warehouse")
        second = instance.event_log_storage.claim_concurrency_slot("duckdb", "run-b", "parsed")
        assert first.is_claimed and not second.is_claimed


def test_run_installs_and_refreshes_the_managed_instance_config(tmp_path):
    from zgc_etl.cli import _install_instance_config

    project = tmp_path / "project.yaml"
    project.write_text("# Instance settings, copied into $DAGSTER_HOME\nconcurrency: {}\n")
    home = tmp_path / "home"
    _install_instance_config(home, project)
    assert (home / "dagster.yaml").read_text() == project.read_text()
    project.write_text("# Instance settings, copied into $DAGSTER_HOME\nconcurrency: {runs: {}}\n")
    _install_instance_config(home, project)  # a managed copy (same header) follows the project
    assert (home / "dagster.yaml").read_text() == project.read_text()
    (home / "dagster.yaml").write_text("# mine\ntelemetry: {enabled: false}\n")
    _install_instance_config(home, project)  # the user's own file is left alone
    assert (home / "dagster.yaml").read_text().startswith("# mine")
