"""The raw-folder sensor: a run for added, changed and removed files; none when nothing changed."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import dagster as dg
import pytest
from conftest import DEV, SEED
from dagster._core.remote_origin import InProcessCodeLocationOrigin, RemoteJobOrigin, RemoteRepositoryOrigin
from dagster._core.test_utils import create_run_for_test
from dagster._core.types.loadable_target_origin import LoadableTargetOrigin

from zgc_etl.defs.resources import RawFolder
from zgc_etl.defs.sensors import FolderState, diff, listing_digest, raw_folder_sensor


def tick(raw_dir: Path, cursor: str | None):
    """Evaluate the sensor once; returns (run requests, skip message, new cursor)."""
    ctx = dg.build_sensor_context(cursor=cursor, resources={"raw": RawFolder(path=str(raw_dir))})
    data = raw_folder_sensor.evaluate_tick(ctx)
    return data.run_requests or [], data.skip_message, data.cursor if data.cursor is not None else cursor


@pytest.fixture
def folder(small_raw_dir: Path) -> Path:
    return small_raw_dir


def test_first_tick_requests_a_run_then_unchanged_folder_requests_none(folder):
    runs, _, cursor = tick(folder, None)
    assert len(runs) == 1 and runs[0].tags["zgc_etl/added"] == "3"
    runs, skip, cursor2 = tick(folder, cursor)
    assert runs == [] and "no change in 3 files" in skip
    assert cursor2 == cursor


def test_new_file_requests_one_run(folder):
    _, _, cursor = tick(folder, None)
    (folder / "sub").mkdir()
    shutil.copy(DEV / "binhai_industrial_parks_2019.txt", folder / "sub" / "new.txt")
    runs, _, cursor = tick(folder, cursor)
    assert len(runs) == 1
    assert (runs[0].tags["zgc_etl/added"], runs[0].tags["zgc_etl/changed"], runs[0].tags["zgc_etl/removed"]) == \
        ("1", "0", "0")
    assert runs[0].run_key and runs[0].run_key.startswith("raw-2-")
    assert tick(folder, cursor)[0] == []


def test_changed_file_requests_one_run(folder):
    _, _, cursor = tick(folder, None)
    seed = folder / SEED
    seed.write_text(seed.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    runs, _, cursor = tick(folder, cursor)
    assert len(runs) == 1 and runs[0].tags["zgc_etl/changed"] == "1"
    # a touch alone (same size, new mtime) is a change too
    st = seed.stat()
    os.utime(seed, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    runs, _, _ = tick(folder, cursor)
    assert len(runs) == 1 and runs[0].tags["zgc_etl/changed"] == "1"


def test_removed_file_requests_one_run(folder):
    _, _, cursor = tick(folder, None)
    (folder / SEED).unlink()
    runs, _, cursor = tick(folder, cursor)
    assert len(runs) == 1 and runs[0].tags["zgc_etl/removed"] == "1"
    assert tick(folder, cursor)[0] == []


def test_returning_to_an_earlier_state_still_gets_a_fresh_run_key(folder):
    _, _, c1 = tick(folder, None)
    extra = folder / "extra.txt"
    extra.write_text("Zhongguancun has 20,000 firms.", encoding="utf-8")
    r2, _, c2 = tick(folder, c1)
    extra.unlink()
    r3, _, _ = tick(folder, c2)
    assert len(r2) == len(r3) == 1
    first_key = tick(folder, None)[0][0].run_key
    assert len({first_key, r2[0].run_key, r3[0].run_key}) == 3


def test_hidden_files_are_ignored(folder):
    _, _, cursor = tick(folder, None)
    (folder / ".DS_Store").write_bytes(b"x")
    (folder / ".partial").mkdir()
    (folder / ".partial" / "a.txt").write_text("a")
    assert tick(folder, cursor)[0] == []


def test_missing_folder_skips_and_keeps_the_cursor(tmp_path, folder):
    _, _, cursor = tick(folder, None)
    runs, skip, cursor2 = tick(tmp_path / "not-mounted", cursor)
    assert runs == [] and "does not exist" in skip and cursor2 == cursor


def test_unreadable_cursor_is_treated_as_a_new_folder(folder):
    runs, _, _ = tick(folder, "not json")
    assert len(runs) == 1


def test_sensor_never_opens_the_warehouse(folder, tmp_path, monkeypatch):
    import duckdb

    def boom(*a, **k):
        raise AssertionError("the sensor opened DuckDB")

    monkeypatch.setattr(duckdb, "connect", boom)
    monkeypatch.setenv("ZGC_WAREHOUSE", str(tmp_path / "wh.duckdb"))
    tick(folder, None)
    assert not (tmp_path / "wh.duckdb").exists()


def test_cursor_stays_small_for_100k_files():
    listing = {f"2024/{i // 1000:03d}/article_{i:06d}.html": (1_700_000_000_000_000_000 + i, 10_000 + i)
               for i in range(100_000)}
    state = FolderState.of(listing, gen=7, max_files=2000)
    cursor = state.to_cursor()
    assert len(cursor) < 4_000, len(cursor)
    back = FolderState.from_cursor(cursor)
    assert back.digest == listing_digest(listing) and back.count == 100_000 and back.files is None
    # one file changed: detected through the digest and one changed bucket
    listing2 = dict(listing)
    listing2["2024/000/article_000001.html"] = (1, 1)
    state2 = FolderState.of(listing2, gen=8, max_files=2000)
    change = diff(back, listing2, state2)
    assert state2.digest != back.digest and change.buckets_changed == 1 and not change.exact


def test_small_cursor_round_trips_the_listing(folder):
    _, _, cursor = tick(folder, None)
    d = json.loads(cursor)
    assert set(d) == {"v", "gen", "digest", "n", "buckets", "files"}
    state = FolderState.from_cursor(cursor)
    assert sorted(state.files) == sorted(p.name for p in folder.iterdir())


def test_a_change_while_a_run_is_queued_is_left_to_that_run(folder):
    with dg.instance_for_test() as instance:
        def tick_on(cursor):
            ctx = dg.build_sensor_context(cursor=cursor, instance=instance, resources={"raw": RawFolder(path=str(folder))})
            data = raw_folder_sensor.evaluate_tick(ctx)
            return data.run_requests or [], data.skip_message, data.cursor

        runs, _, cursor = tick_on(None)
        assert len(runs) == 1
        origin = RemoteJobOrigin(RemoteRepositoryOrigin(
            InProcessCodeLocationOrigin(LoadableTargetOrigin(module_name="zgc_etl.definitions")), "__repository__"), "main")
        queued = create_run_for_test(instance, job_name="main", status=dg.DagsterRunStatus.QUEUED,
                                     remote_job_origin=origin)
        assert instance.get_run_by_id(queued.run_id).status == dg.DagsterRunStatus.QUEUED
        (folder / "late.txt").write_text("Zhongguancun hosts 20,000 firms.", encoding="utf-8")
        runs, skip, cursor2 = tick_on(cursor)
        assert runs == [] and f"{queued.run_id} is queued" in skip and "1 added" in skip
        assert cursor2 in (None, cursor)  # not advanced: a cancelled queued run loses nothing
        instance.delete_run(queued.run_id)  # it started (or was cancelled): the change gets its own run
        runs, _, _ = tick_on(cursor)
        assert len(runs) == 1 and runs[0].tags["zgc_etl/added"] == "1"
