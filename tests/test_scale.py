"""Issue 8 (scale): the scan's remembered hashes, audits limited to the run's articles, frames not
validated twice, impossible calendar days quarantined."""
from __future__ import annotations

import hashlib
import os

import pandas as pd
import pytest
from helpers import query, run_pipeline
from warehouse_helpers import connect, load

from zgc_etl import schemas
from zgc_etl.pipeline import RACY_NS, rememberable, scan_raw_folder
from zgc_etl.warehouse import audits

OLD_NS = 1_600_000_000 * 10**9  # 2020-09-13: far older than any scan


def _age(folder):
    for p in folder.iterdir():
        os.utime(p, ns=(OLD_NS, OLD_NS))


def test_unchanged_size_and_mtime_reuse_the_remembered_hash(small_raw_dir, monkeypatch):
    monkeypatch.delenv("ZGC_REHASH", raising=False)
    _age(small_raw_dir)
    scan = scan_raw_folder(small_raw_dir)
    memo = scan.assign(content_hash="f" * 64)  # a remembered hash the bytes would not give
    again = scan_raw_folder(small_raw_dir, known=memo)
    assert (again["content_hash"] == "f" * 64).all()
    # a different mtime (or size) is read again
    victim = sorted(small_raw_dir.iterdir())[0]
    os.utime(victim, ns=(OLD_NS + 10**9, OLD_NS + 10**9))
    again = scan_raw_folder(small_raw_dir, known=memo).set_index("file")
    assert again.loc[victim.name, "content_hash"] == hashlib.sha256(victim.read_bytes()).hexdigest()
    assert (again.drop(index=victim.name)["content_hash"] == "f" * 64).all()
    # forced: every file hashed
    assert (scan_raw_folder(small_raw_dir, known=memo, rehash=True)["content_hash"] == scan["content_hash"]).all()
    monkeypatch.setenv("ZGC_REHASH", "1")
    assert (scan_raw_folder(small_raw_dir, known=memo)["content_hash"] == scan["content_hash"]).all()


def test_recently_written_files_are_not_remembered(small_raw_dir):
    scan = scan_raw_folder(small_raw_dir)
    newest = int(scan["mtime_ns"].max())
    assert rememberable(scan, newest + RACY_NS // 2).empty  # written just before the scan: racy
    assert len(rememberable(scan, newest + 2 * RACY_NS)) == len(scan)


def test_the_job_remembers_the_scan_and_an_edit_is_still_seen(small_raw_dir, warehouse_file):
    _age(small_raw_dir)
    assert run_pipeline(small_raw_dir, warehouse_file).success
    seen = dict(query(warehouse_file, "SELECT file, content_hash FROM raw_file_seen"))
    assert set(seen) == {p.name for p in small_raw_dir.iterdir()}
    # an edit changes the mtime: re-hashed, re-parsed, the memo follows
    victim = sorted(small_raw_dir.iterdir())[0]
    victim.write_bytes(victim.read_bytes() + b"\nOne more line.\n")
    os.utime(victim, ns=(OLD_NS + 5 * 10**9, OLD_NS + 5 * 10**9))
    result = run_pipeline(small_raw_dir, warehouse_file)
    mats = {tuple(e.asset_key.path): e.event_specific_data.materialization.metadata
            for e in result.all_events if e.event_type_value == "ASSET_MATERIALIZATION"}
    assert mats[("articles",)]["changed"].value == 1
    new_hash = hashlib.sha256(victim.read_bytes()).hexdigest()
    assert dict(query(warehouse_file, "SELECT file, content_hash FROM raw_file_seen"))[victim.name] == new_hash
    assert query(warehouse_file, "SELECT content_hash FROM dim_article WHERE file = ?", [victim.name])[0][0] == new_hash


def test_provenance_can_audit_only_the_given_articles(small_raw_dir, tmp_path):
    wh = tmp_path / "w.duckdb"
    load(small_raw_dir, wh)
    with connect(wh) as conn:
        files = [r[0] for r in conn.execute("SELECT DISTINCT file FROM dim_article JOIN fact_figure USING (article_key) "
                                            "ORDER BY file").fetchall()]
        broken, other = files[0], files[1]
        conn.execute("UPDATE fact_figure SET start_offset = start_offset + 1, end_offset = end_offset + 1 WHERE "
                     "article_key = (SELECT article_key FROM dim_article WHERE file = ?)", [broken])
        assert not audits.provenance(conn, small_raw_dir)[0]
        assert not audits.provenance(conn, small_raw_dir, files=[broken])[0]
        passed, details = audits.provenance(conn, small_raw_dir, files=[other])
        assert passed and details["checked"] > 0
        assert audits.provenance(conn, small_raw_dir, files=[]) == (True, {"checked": 0, "mismatches": 0,
                                                                            "examples": []})


def test_validated_frames_are_known_only_while_unchanged():
    df = schemas.RejectedFileSchema.validate(pd.DataFrame({"file": ["a"], "reason": ["duplicate"], "detail": [None],
                                                           "content_hash": [None], "duplicate_of": ["b"]}))
    assert not schemas.is_validated(df, schemas.RejectedFileSchema)
    schemas.mark_validated(df, schemas.RejectedFileSchema)
    assert schemas.is_validated(df, schemas.RejectedFileSchema)
    assert not schemas.is_validated(df, schemas.ArticleSchema)
    assert not schemas.is_validated(df.copy(), schemas.RejectedFileSchema)
    df["extra"] = 1
    assert not schemas.is_validated(df, schemas.RejectedFileSchema)


@pytest.mark.parametrize("as_of, ok", [("2023-02-30", False), ("2023-02-28", True), ("2023-02", True),
                                       ("2023", True), (None, True), ("2020-13", False), ("2020-00", False),
                                       ("0000", False), ("2020-12", True)])
def test_impossible_calendar_days_are_quarantined(as_of, ok):
    row = dict(file="a", ordinal=0, value=1.0, unit="percent", qualifier="exact", kind="level", measure=None,
               metric=None, subject=None, regions="[]", as_of=as_of, period_start=None, alt_value=None, alt_unit=None,
               start=0, end=2, mention="1%", sentence="x")
    good, quarantine = schemas.split_valid(pd.DataFrame([row]), schemas.FigureSchema)
    assert (len(good), len(quarantine)) == ((1, 0) if ok else (0, 1))


def test_forget_captured_outputs_drops_what_execute_in_process_keeps():
    from types import SimpleNamespace

    from zgc_etl.defs.resources import forget_captured_outputs

    capture = {"figures": object(), "articles": object()}
    ctx = SimpleNamespace(op_execution_context=SimpleNamespace(
        _step_execution_context=SimpleNamespace(output_capture=capture)))
    assert forget_captured_outputs(ctx) == 2 and capture == {}
    # a run that captures nothing (dagster dev: one process per step) or another context shape
    assert forget_captured_outputs(SimpleNamespace(op_execution_context=SimpleNamespace(
        _step_execution_context=SimpleNamespace(output_capture=None)))) == 0
    assert forget_captured_outputs(object()) == 0
