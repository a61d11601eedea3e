"""An incremental run passes on the articles it parsed, not the warehouse's: unchanged articles stay
in the warehouse untouched (only counted), and the load deletes the articles whose file left the
raw folder or is rejected now — the warehouse ends as a fresh load of the same folder would."""
from __future__ import annotations

import shutil

from helpers import table_checksums
from warehouse_helpers import load, rows, write_article

from zgc_etl.warehouse.load import TABLES

BODIES = {
    "a.txt": "Haidian had 4,100 high-tech firms in 2020.",
    "b.txt": "Zhongguancun revenue reached 7.2 trillion yuan in 2021.",
    "c.txt": "Chaoyang attracted 3.5 billion yuan of investment in 2021.",
    "d.txt": "The park employed 120,000 researchers in 2019.",
    "e.txt": "Fengtai hosted 310 incubators in 2022.",
}


def _articles(wh):
    return sorted(r[0] for r in rows(wh, "SELECT file FROM dim_article"))


def _same_as_fresh_load(raw, wh, tmp_path):
    """Every table as a fresh load of ``raw`` writes it (rejected_file without its rejected_at)."""
    fresh = tmp_path / "fresh.duckdb"
    load(raw, fresh)
    got, want = table_checksums(wh), table_checksums(fresh)
    assert {t: got[t] for t in TABLES if t != "rejected_file"} == {t: want[t] for t in TABLES if t != "rejected_file"}
    sql = "SELECT file, reason, detail, content_hash, duplicate_of FROM rejected_file ORDER BY file"
    assert rows(wh, sql) == rows(fresh, sql)


def test_a_run_passes_on_only_the_articles_it_parsed(tmp_path):
    raw, wh = tmp_path / "raw", tmp_path / "w.duckdb"
    for name in ("a.txt", "b.txt", "c.txt", "d.txt"):
        write_article(raw, name, BODIES[name])
    first = load(raw, wh)
    assert sorted(first.articles["file"]) == ["a.txt", "b.txt", "c.txt", "d.txt"] and first.unchanged == 0

    nothing = load(raw, wh)
    assert nothing.articles.empty and nothing.figures.empty and nothing.unchanged == 4
    assert _articles(wh) == ["a.txt", "b.txt", "c.txt", "d.txt"]

    (raw / "a.txt").unlink()                                  # gone
    shutil.copyfile(raw / "b.txt", raw / "c.txt")             # c: now a duplicate of b (rejected)
    write_article(raw, "d.txt", BODIES["d.txt"] + " It had 95 labs in 2020.")  # changed
    write_article(raw, "e.txt", BODIES["e.txt"])              # new
    res = load(raw, wh)
    assert sorted(zip(res.articles["file"], res.articles["status"])) == [("d.txt", "changed"), ("e.txt", "new")]
    assert res.unchanged == 1  # b.txt
    assert set(res.figures["file"]) == {"d.txt", "e.txt"}
    assert _articles(wh) == ["b.txt", "d.txt", "e.txt"]
    assert rows(wh, "SELECT file, reason FROM rejected_file") == [("c.txt", "duplicate")]
    # no fact of a.txt or c.txt is left behind (nor bridge or dimension rows: the fresh load below)
    assert rows(wh, "SELECT count(*) FROM fact_figure WHERE article_key NOT IN (SELECT article_key FROM dim_article)") == [(0,)]
    _same_as_fresh_load(raw, wh, tmp_path)


def test_an_article_rejected_now_leaves_the_warehouse(tmp_path):
    raw, wh = tmp_path / "raw", tmp_path / "w.duckdb"
    for name in ("a.txt", "b.txt", "c.txt"):
        write_article(raw, name, BODIES[name])
    load(raw, wh)
    (raw / "b.txt").write_bytes(b"")  # an empty file is rejected, not loaded
    res = load(raw, wh)
    assert res.articles.empty and res.unchanged == 2
    assert [f for f in res.rejected["file"]] == ["b.txt"]
    assert _articles(wh) == ["a.txt", "c.txt"]
    _same_as_fresh_load(raw, wh, tmp_path)


def test_a_loader_still_carrying_unchanged_rows_does_not_replace_them(tmp_path):
    """load_run skips rows of status 'unchanged' (a caller of the former contract): they are not
    deleted as if replaced."""
    import duckdb
    import pandas as pd

    from zgc_etl.pipeline import parse_changed, scan_raw_folder
    from zgc_etl.warehouse.frames import build_star_frames
    from zgc_etl.warehouse.load import known_articles, load_run

    raw, wh = tmp_path / "raw", tmp_path / "w.duckdb"
    for name in ("a.txt", "b.txt"):
        write_article(raw, name, BODIES[name])
    load(raw, wh)
    before = table_checksums(wh)
    with duckdb.connect(str(wh)) as conn:
        scan = scan_raw_folder(raw)
        res = parse_changed(raw, scan, known_articles(conn))
        carried = conn.execute("SELECT file, title, source, strftime(published, '%Y-%m-%d') AS published, content_hash, "
                               "encoding, format, size_bytes, flags, 'unchanged' AS status, parser_version, "
                               "figure_count FROM dim_article").df()
        articles = pd.concat([res.articles, carried], ignore_index=True)
        load_run(conn, articles, build_star_frames(res.articles, res.figures), res.rejected, res.quarantine,
                 listed=scan["file"])
    after = table_checksums(wh)
    assert {t: after[t] for t in TABLES if t != "audit_queue"} == {t: before[t] for t in TABLES if t != "audit_queue"}


def _sorted(df):
    return df.sort_values("file").reset_index(drop=True)


def test_the_memo_difference_from_the_scan_is_the_row_by_row_one(tmp_path, monkeypatch):
    """memo_changes_of_scan (rows reused from the memo are not compared) = memo_changes (every row
    compared), through new, edited, deleted, just-written (racy) files and ZGC_REHASH."""
    import os
    import time

    import pandas as pd

    from zgc_etl.pipeline import memo_changes_of_scan, rememberable, scan_with_memo
    from zgc_etl.warehouse.load import memo_changes

    raw = tmp_path / "raw"
    for name in ("a.txt", "b.txt", "c.txt"):
        write_article(raw, name, BODIES[name])
        os.utime(raw / name, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    memo = pd.DataFrame(columns=["file", "size_bytes", "mtime_ns", "content_hash"])

    def step(rehash=False):
        nonlocal memo
        at = time.time_ns()
        scan = scan_with_memo(raw, memo, rehash=rehash)
        fast = memo_changes_of_scan(scan, memo, at)
        slow = memo_changes(memo, rememberable(scan.files, at))
        if not rehash:  # under ZGC_REHASH every row is written again (the same values): a superset
            assert _sorted(fast[0]).equals(_sorted(slow[0]))
        assert sorted(fast[1]["file"]) == sorted(slow[1]["file"])
        memo = rememberable(scan.files, at)
        return scan, fast

    scan, (up, gone) = step()
    assert len(up) == 3 and gone.empty and not scan.reused.any()
    scan, (up, gone) = step()
    assert up.empty and gone.empty and scan.reused.all()  # nothing changed: nothing to write
    (raw / "a.txt").unlink()
    write_article(raw, "b.txt", BODIES["b.txt"] + " More.")  # just written: hashed, not remembered
    write_article(raw, "d.txt", BODIES["d.txt"])
    os.utime(raw / "d.txt", ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    scan, (up, gone) = step()
    assert list(up["file"]) == ["d.txt"] and sorted(gone["file"]) == ["a.txt", "b.txt"]
    assert dict(zip(scan.files["file"], scan.reused)) == {"b.txt": False, "c.txt": True, "d.txt": False}
    step(rehash=True)


def test_memory_is_released_after_heavy_steps_only(monkeypatch):
    """A full collection costs ~0.1 s whatever the step held: an incremental run's steps skip it."""
    import zgc_etl.defs.assets as assets

    calls = []
    monkeypatch.setattr(assets, "release_memory", lambda: calls.append(1))
    assets._release_memory_after(12)
    assert calls == []
    assets._release_memory_after(assets.RELEASE_MEMORY_FROM_FIGURES)
    assert calls == [1]
