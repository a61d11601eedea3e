"""Eighth-round incremental-run changes: the same answers as before, for less than the corpus costs."""
from __future__ import annotations

import pandas as pd
import pytest
from warehouse_helpers import connect, load

from zgc_etl.warehouse import audits
from zgc_etl.warehouse.sqlfiles import read_sql


@pytest.fixture
def loaded(small_raw_dir, tmp_path):
    wh = tmp_path / "w.duckdb"
    load(small_raw_dir, wh)
    return wh


def _bracketed(conn, files) -> pd.DataFrame:
    with audits._audit_files(conn, files):
        return conn.execute(read_sql("select_bracketed_cny_usd.sql")).df()


def test_fx_band_pairs_of_a_scope_are_the_whole_audits_rows_of_its_articles(loaded):
    """select_bracketed_cny_usd.sql restricts the facts to the scope before it joins the units: over
    each article alone it gives exactly the whole audit's rows of that article, and a bad rate in one
    article fails that article's scoped audit as it fails the whole one."""
    with connect(loaded) as conn:
        whole = _bracketed(conn, None)
        files = [r[0] for r in conn.execute("SELECT file FROM dim_article ORDER BY file").fetchall()]
        assert len(whole) >= 2 and whole["file"].nunique() >= 2
        for f in files:
            pd.testing.assert_frame_equal(_bracketed(conn, [f]),
                                          whole[whole["file"] == f].reset_index(drop=True), check_dtype=False)
        bad = whole["file"].iloc[0]
        conn.execute("UPDATE fact_figure SET alt_value = value / 12 WHERE alt_unit = 'USD' AND article_key = "
                     "(SELECT article_key FROM dim_article WHERE file = ?)", [bad])
        assert not audits.fx_band(conn)[0]
        passed, details = audits.fx_band(conn, files=[bad], failing=(failing := set()))
        assert not passed and failing == {bad} and details["outside_band"] >= 1
        others = [f for f in files if f != bad]
        assert audits.fx_band(conn, files=others)[0]


def _open_fds() -> int:
    import os

    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not __import__("os").path.isdir("/proc/self/fd"), reason="needs /proc/self/fd")
def test_scan_reads_nested_files_through_folder_descriptors_and_closes_them(tmp_path):
    """The scan lists each folder through a descriptor (fstatat of bare names): a changed file deep in
    the tree is hashed from its own path, an unchanged one keeps its memo, and no descriptor stays open
    (also when the scan stops half-way)."""
    import hashlib
    import os

    from zgc_etl.pipeline import _raw_folders, scan_with_memo

    raw = tmp_path / "raw"
    (raw / "a" / "b").mkdir(parents=True)
    (raw / "a" / "b" / "deep.txt").write_text("deep one")
    (raw / "a" / "mid.txt").write_text("mid")
    (raw / "top.txt").write_text("top")
    before = _open_fds()
    first = scan_with_memo(raw, None, rehash=False)
    assert list(first.files["file"]) == ["top.txt", "a/mid.txt", "a/b/deep.txt"]
    assert first.files["content_hash"].tolist()[2] == hashlib.sha256(b"deep one").hexdigest()
    (raw / "a" / "b" / "deep.txt").write_text("deep two")  # same size, new bytes, written in place
    st = os.stat(raw / "a" / "b" / "deep.txt")
    os.utime(raw / "a" / "b" / "deep.txt", ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    second = scan_with_memo(raw, first.files, rehash=False)
    assert second.reused.tolist() == [True, True, False]
    assert second.files["content_hash"].tolist()[2] == hashlib.sha256(b"deep two").hexdigest()
    it = _raw_folders(str(raw), "")
    next(it), next(it)  # two folders open, the scan abandoned
    it.close()
    assert _open_fds() == before


def test_the_model_step_releases_memory_after_many_figures_only(monkeypatch):
    """star_frames collects garbage and trims the heap (~0.1 s CPU each) after a heavy load of
    figures only, as the parse and load steps do: not for the few figures of an incremental run."""
    import dagster as dg

    import zgc_etl.defs.assets as assets
    from zgc_etl import schemas

    calls = []
    monkeypatch.setattr(assets, "release_memory", lambda: calls.append(1))
    articles = schemas.ArticleSchema.validate(pd.DataFrame(columns=list(schemas.ArticleSchema.to_schema().columns)))
    figures = schemas.FigureSchema.validate(pd.DataFrame(columns=list(schemas.FigureSchema.to_schema().columns)))
    list(assets.star_frames(context=dg.build_asset_context(), articles=articles, figures=figures))
    assert calls == []
    monkeypatch.setattr(assets, "RELEASE_MEMORY_FROM_FIGURES", 0)
    list(assets.star_frames(context=dg.build_asset_context(), articles=articles, figures=figures))
    assert calls == [1, 1]
