"""An incremental run writes and audits what changed, not the whole warehouse: the scan memo is
written as a difference, the figures preview reads the run's articles, and the data-quality
audits look at the articles loaded since they last ran plus those they found failing."""
from __future__ import annotations

import pandas as pd
from warehouse_helpers import connect, load, write_article

from zgc_etl.warehouse import load as wl

MTIME = 1_732_600_000_123_456_789  # beyond float64's exact integers: must survive the diff exactly


def _memo(rows):
    return pd.DataFrame(rows, columns=["file", "size_bytes", "mtime_ns", "content_hash"])


def test_memo_changes_are_the_difference_only():
    before = _memo([("a", 1, MTIME, "x"), ("b", 2, MTIME, "y"), ("c", 3, 5, "z")])
    after = _memo([("a", 1, MTIME, "x"), ("b", 2, MTIME + 1, "y"), ("d", 4, 6, "w")])
    upserts, gone = wl.memo_changes(before, after)
    assert upserts.values.tolist() == [["b", 2, MTIME + 1, "y"], ["d", 4, 6, "w"]]
    assert gone["file"].tolist() == ["c"]
    upserts, gone = wl.memo_changes(before, before)
    assert upserts.empty and gone.empty


def test_remember_seen_files_writes_the_difference_and_keeps_the_rest(tmp_path):
    before = _memo([("a", 1, MTIME, "x"), ("b", 2, MTIME, "y"), ("c", 3, 5, "z")])
    after = _memo([("a", 1, MTIME, "x"), ("b", 2, MTIME + 1, "y"), ("d", 4, 6, "w")])
    with connect(tmp_path / "w.duckdb") as conn:
        assert wl.remember_seen_files(conn, before, before=wl.seen_files(conn)) == 3
        assert wl.remember_seen_files(conn, after) == 3  # b changed, d new, c gone
        assert wl.remember_seen_files(conn, after) == 0  # unchanged: nothing written
        got = wl.seen_files(conn).sort_values("file").reset_index(drop=True)
    assert got.values.tolist() == after.values.tolist()


def test_figures_preview_shows_the_loaded_articles_else_the_first(tmp_path):
    raw = tmp_path / "raw"
    write_article(raw, "a.txt", "The park's revenue reached 3 billion yuan in 2020.")
    write_article(raw, "b.txt", "Zhongguancun had 20,000 high-tech companies in 2020.")
    wh = tmp_path / "w.duckdb"
    load(raw, wh)
    with connect(wh) as conn:
        assert set(wl.figures_preview(conn, ["b.txt"])["file"]) == {"b.txt"}
        assert set(wl.figures_preview(conn, [])["file"]) == {"a.txt"}
        assert len(wl.figures_preview(conn, ["a.txt", "b.txt"], n=10)) <= 10
