"""An incremental run writes and audits what changed, not the whole warehouse: the scan memo is
written as a difference, the figures preview reads the run's articles, and the data-quality
audits look at the articles loaded since they last ran plus those they found failing."""
from __future__ import annotations

import pandas as pd
import pytest
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


# ── the data-quality audits: scoped to what was loaded, failures kept until fixed ──────────────

BODY = "Tianjin Binhai-Zhongguancun Science and Technology Park"
BAD_RATE = f"{BODY} attracted investment of 16.3 billion yuan ($1 billion) last year."  # 16.3 yuan a dollar
GOOD_RATE = f"{BODY} attracted investment of 6.5 billion yuan ($1 billion) last year."
TOO_MANY = f"{BODY} had 8,816 affiliated agencies, including 5969 branches and 4847 subsidiaries."


def _evaluations(result) -> dict:
    return {e.event_specific_data.check_name: e.event_specific_data
            for e in result.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"}


def test_a_failing_row_of_run_1_is_still_reported_by_run_2_that_loads_an_unrelated_article(tmp_path):
    from helpers import run_pipeline

    raw, wh = tmp_path / "raw", tmp_path / "w.duckdb"
    write_article(raw, "bad_rate.txt", BAD_RATE)
    write_article(raw, "too_many.txt", TOO_MANY)
    write_article(raw, "fine.txt", "Zhongguancun had 20,000 high-tech companies in 2020.")
    first = _evaluations(run_pipeline(raw, wh, raise_on_error=False))
    assert not first["fx_band"].passed and not first["parts_and_totals"].passed
    assert first["fx_band"].metadata["scope"].data["all"] is True  # the first run audits everything

    write_article(raw, "unrelated.txt", "The park's revenue reached 3 billion yuan in 2020.")
    second = _evaluations(run_pipeline(raw, wh, raise_on_error=False))
    assert not second["fx_band"].passed and not second["parts_and_totals"].passed  # not forgotten
    assert second["fx_band"].metadata["outside_band"].value == 1
    scope = second["fx_band"].metadata["scope"].data
    assert scope == {"articles": 2, "loaded_since_last_audit": 1, "failing_at_last_audit": 1}
    assert second["parts_and_totals"].metadata["scope"].data["failing_at_last_audit"] == 1
    assert second["value_ranges"].passed and second["value_ranges"].metadata["scope"].data["articles"] == 1

    write_article(raw, "bad_rate.txt", GOOD_RATE)  # fixed at the source: audited again, then passes
    third = _evaluations(run_pipeline(raw, wh, raise_on_error=False))
    assert third["fx_band"].passed
    assert not third["parts_and_totals"].passed  # still wrong, still reported
    with connect(wh) as conn:
        queue = conn.execute("SELECT audit, file, reason FROM audit_queue ORDER BY ALL").fetchall()
    assert queue == [("parts_and_totals", "too_many.txt", "failing")]


def test_articles_loaded_by_a_run_whose_checks_never_ran_are_audited_by_the_next(tmp_path):
    from zgc_etl.warehouse import audits

    raw, wh = tmp_path / "raw", tmp_path / "w.duckdb"
    write_article(raw, "a.txt", "Zhongguancun had 20,000 high-tech companies in 2020.")
    load(raw, wh)
    with connect(wh) as conn:
        assert audits.run_scoped(conn, "fx_band")[1]["scope"]["all"] is True
    write_article(raw, "bad_rate.txt", BAD_RATE)
    load(raw, wh)  # loaded; no audit ran (a run killed after its load, say)
    write_article(raw, "b.txt", "The park's revenue reached 3 billion yuan in 2020.")
    load(raw, wh)
    with connect(wh) as conn:
        passed, details = audits.run_scoped(conn, "fx_band")
        assert not passed and details["scope"] == {"articles": 2, "loaded_since_last_audit": 2,
                                                   "failing_at_last_audit": 0}
        # nothing new loaded: only the failure is looked at again, and still reported
        passed, details = audits.run_scoped(conn, "fx_band")
        assert not passed and details["scope"] == {"articles": 1, "loaded_since_last_audit": 0,
                                                   "failing_at_last_audit": 1}


def test_an_article_that_leaves_leaves_the_audit_queue(tmp_path):
    from zgc_etl.warehouse import audits

    raw, wh = tmp_path / "raw", tmp_path / "w.duckdb"
    write_article(raw, "bad_rate.txt", BAD_RATE)
    load(raw, wh)
    with connect(wh) as conn:
        assert not audits.run_scoped(conn, "fx_band")[0]
    (raw / "bad_rate.txt").unlink()
    write_article(raw, "a.txt", "Zhongguancun had 20,000 high-tech companies in 2020.")
    load(raw, wh)
    with connect(wh) as conn:
        passed, details = audits.run_scoped(conn, "fx_band")
        assert passed and details["scope"]["articles"] == 1
        assert conn.execute("SELECT count(*) FROM audit_queue WHERE audit = 'fx_band'").fetchone()[0] == 0


def test_changed_rules_or_zgc_audit_all_audit_every_article(tmp_path, monkeypatch):
    from zgc_etl.warehouse import audits

    raw, wh = tmp_path / "raw", tmp_path / "w.duckdb"
    write_article(raw, "bad_rate.txt", BAD_RATE)
    write_article(raw, "a.txt", "Zhongguancun had 20,000 high-tech companies in 2020.")
    load(raw, wh)
    with connect(wh) as conn:
        audits.run_scoped(conn, "value_ranges")
        assert audits.run_scoped(conn, "value_ranges")[1]["scope"]["articles"] == 0  # nothing queued
        # a warehouse edited by hand: the queue does not know; ZGC_AUDIT_ALL looks at everything
        conn.execute("UPDATE fact_figure SET value = -5 WHERE ordinal = 0")
        monkeypatch.setenv("ZGC_AUDIT_ALL", "1")
        passed, details = audits.run_scoped(conn, "value_ranges")
        assert not passed and details["scope"] == {"articles": 2, "all": True, "why": "ZGC_AUDIT_ALL"}
        monkeypatch.delenv("ZGC_AUDIT_ALL")
        conn.execute("UPDATE warehouse_meta SET value = 'older rules' WHERE name = 'audit_rules:value_ranges'")
        passed, details = audits.run_scoped(conn, "value_ranges")
        assert not passed and details["scope"]["why"] == "its rules changed"


# ── the load's structural audit: over what the load wrote and deleted ──────────────────────────

def _edited(raw):
    """Two articles; then one edited (its facts replaced) and one added."""
    write_article(raw, "a.txt", "Zhongguancun had 20,000 high-tech companies in Beijing in 2020.")
    write_article(raw, "b.txt", "The park's revenue reached 3 billion yuan in Tianjin in 2020.")


def test_the_load_audit_rolls_back_a_new_fact_that_repeats_an_existing_key(tmp_path, monkeypatch):
    from helpers import table_checksums

    import zgc_etl.warehouse.run as wrun

    raw, wh = tmp_path / "raw", tmp_path / "w.duckdb"
    _edited(raw)
    load(raw, wh)
    before = table_checksums(wh)
    with connect(wh) as conn:
        taken = conn.execute("SELECT figure_key FROM fact_figure f JOIN dim_article a USING (article_key) "
                             "WHERE a.file = 'a.txt' LIMIT 1").fetchone()[0]
    write_article(raw, "c.txt", "Haidian had 5,000 startups in 2021.")
    real = wl.load_run

    def reusing_a_key(conn, articles, star, *a, **k):
        ff = star["fact_figure"].copy()
        ff.loc[ff.index[0], "figure_key"] = taken  # the key of a row already in the warehouse
        return real(conn, articles, {**star, "fact_figure": ff}, *a, **k)

    monkeypatch.setattr(wrun, "load_run", reusing_a_key)
    monkeypatch.setattr(wl, "SCOPED_AUDIT_MAX_SHARE", 10.0)  # the audit of what the load wrote, at any size
    import pytest
    with pytest.raises(wl.LoadAuditError, match="duplicate_keys"):
        load(raw, wh)
    assert table_checksums(wh) == before


def test_the_load_audit_rolls_back_bridge_rows_left_pointing_at_deleted_facts(tmp_path, monkeypatch):
    import pytest
    from helpers import table_checksums

    raw, wh = tmp_path / "raw", tmp_path / "w.duckdb"
    _edited(raw)
    load(raw, wh)
    before = table_checksums(wh)
    (raw / "a.txt").unlink()  # its facts are deleted by the next load
    monkeypatch.setattr(wl, "SCOPED_AUDIT_MAX_SHARE", 10.0)  # the audit of what the load wrote, at any size
    real = wl.read_sql
    # a load that forgets to delete the bridge rows of the facts it deletes
    monkeypatch.setattr(wl, "read_sql", lambda name: real(name).replace(
        "DELETE FROM bridge_figure_region WHERE figure_key IN (SELECT figure_key FROM gone_figure);", "")
        if name == "delete_replaced_articles.sql" else real(name))
    with pytest.raises(wl.LoadAuditError, match="bridge_figure_region.figure_key"):
        load(raw, wh)
    assert table_checksums(wh) == before


def test_orphans_pruned_are_those_the_load_left_unreferenced(tmp_path):
    raw, wh = tmp_path / "raw", tmp_path / "w.duckdb"
    write_article(raw, "a.txt", "Zhongguancun had 20,000 high-tech companies in 2020.")
    write_article(raw, "b.txt", "The park's revenue reached 3 billion yuan in 2020.")
    write_article(raw, "c.txt", "Haidian had 5,000 startups in 2019.")
    load(raw, wh)
    with connect(wh) as conn:
        assert {"2019", "2020"} <= {r[0] for r in conn.execute("SELECT iso FROM dim_date").fetchall()}
    (raw / "a.txt").unlink()
    (raw / "c.txt").unlink()
    load(raw, wh)
    with connect(wh) as conn:
        isos = {r[0] for r in conn.execute("SELECT iso FROM dim_date").fetchall()}
        used = {r for row in conn.execute("SELECT as_of, period_start FROM figures").fetchall() for r in row if r}
    assert "2020" in isos and "2019" not in isos  # 2020 still referred to by b.txt; 2019 by nothing
    assert isos == used  # no date left behind that no figure refers to


# ── the raw-folder scan lists what iter_raw_files lists ─────────────────────────────────────────

def test_the_scan_lists_the_files_of_iter_raw_files_in_its_order(tmp_path):
    import os

    from zgc_etl.ingest import iter_raw_files
    from zgc_etl.ingest.loader import relative_name
    from zgc_etl.pipeline import scan_raw_folder

    root = tmp_path / "raw"
    for rel in ("b.txt", "a.txt", "A.md", ".hidden.txt", "sub/z.txt", "sub/deeper/y.html", "sub/.hid/x.txt",
                ".hidden_dir/w.txt", "sub2/v.json", "sub2/sub3/u.txt", "outside/t.txt"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(rel)
    os.symlink(root / "a.txt", root / "link_to_file.txt")
    os.symlink(root / "sub2", root / "link_to_dir")  # listed as a folder, not descended
    os.symlink(tmp_path / "nowhere.txt", root / "broken_link.txt")
    (root / "empty_dir").mkdir()
    expected = [relative_name(p, root) for p in iter_raw_files(root)]
    scan = scan_raw_folder(root)
    assert scan["file"].tolist() == expected
    assert "link_to_file.txt" in expected and "broken_link.txt" in expected and "sub/deeper/y.html" in expected
    links = scan.set_index("file").loc[["link_to_file.txt", "broken_link.txt"], "content_hash"]
    assert links.isna().all()  # symlinks are listed, never read


def test_an_audits_rules_are_its_own(tmp_path, monkeypatch):
    from zgc_etl.warehouse import audits

    with connect(tmp_path / "w.duckdb") as conn:
        wl.ensure_schema(conn)
        before = {a: audits.rules_fingerprint(conn, a) for a in audits.SCOPED_AUDITS}
        monkeypatch.setattr(audits, "_SCOPED", {**audits._SCOPED, "parts_and_totals": (
            *audits._SCOPED["parts_and_totals"][:2], (r"\b(including)\b", [], 0.005), True)})
        after = {a: audits.rules_fingerprint(conn, a) for a in audits.SCOPED_AUDITS}
    assert {a for a in before if before[a] != after[a]} == {"parts_and_totals"}  # the others keep their scope


# ── the load's referential audit: the staged rows and those pointing at keys the load deleted ────
# A load that deletes a dimension row an article it did not touch still refers to must be rolled
# back by the scoped audit exactly as by the whole one (share 0.0: the whole tables; 10.0: the
# audit of what the load wrote and of the keys gone since its transaction began).

_UNTOUCHED = "(SELECT article_key FROM dim_article WHERE file = 'a.txt')"
_KEY_DELETES = {
    "fact_figure.unit_key": f"DELETE FROM dim_unit WHERE unit_key IN (SELECT unit_key FROM fact_figure WHERE article_key IN {_UNTOUCHED});",
    "fact_figure.metric_key": f"DELETE FROM dim_metric WHERE metric_key IN (SELECT metric_key FROM fact_figure WHERE article_key IN {_UNTOUCHED});",
    "fact_figure.entity_key": f"DELETE FROM dim_entity WHERE entity_key IN (SELECT entity_key FROM fact_figure WHERE article_key IN {_UNTOUCHED});",
    "fact_figure.as_of_key": f"DELETE FROM dim_date WHERE date_key IN (SELECT as_of_key FROM fact_figure WHERE article_key IN {_UNTOUCHED});",
    "fact_figure.article_key": "DELETE FROM dim_article WHERE file = 'a.txt';",
    "bridge_figure_region.region_key": "DELETE FROM dim_region WHERE region_key IN (SELECT region_key FROM bridge_figure_region "
                                       f"WHERE figure_key IN (SELECT figure_key FROM fact_figure WHERE article_key IN {_UNTOUCHED}));",
    "dim_article.source_key": "DELETE FROM dim_source WHERE source_key IN (SELECT source_key FROM dim_article WHERE file = 'a.txt');",
}


@pytest.mark.parametrize("share", [0.0, 10.0], ids=["whole", "scoped"])
@pytest.mark.parametrize("relationship", sorted(_KEY_DELETES))
def test_the_load_audit_rolls_back_a_key_deleted_under_an_untouched_article(tmp_path, monkeypatch, relationship, share):
    from helpers import table_checksums

    raw, wh = tmp_path / "raw", tmp_path / "w.duckdb"
    write_article(raw, "a.txt", "Zhongguancun in Beijing had 20,000 high-tech companies in 2020, "
                                "and Haidian's revenue reached 3 billion yuan in March 2020.",
                  byline="Xinhua | Updated: Mar 19, 2021")
    write_article(raw, "b.txt", "The park's revenue reached 3 billion yuan in Tianjin in 2019.")
    load(raw, wh)
    with connect(wh) as conn:
        untouched = conn.execute(read_probe(relationship)).fetchone()[0]
    assert untouched, f"the fixture must refer to a {relationship} key"  # else the test proves nothing
    before = table_checksums(wh)
    write_article(raw, "c.txt", "Haidian had 5,000 startups in 2021.")  # the load adds c.txt only
    monkeypatch.setattr(wl, "SCOPED_AUDIT_MAX_SHARE", share)
    real = wl.read_sql
    # a load whose pruning deletes a row a.txt (not touched by this load) still refers to
    monkeypatch.setattr(wl, "read_sql", lambda name: real(name) + "\n" + _KEY_DELETES[relationship]
                        if name == "delete_orphans.sql" else real(name))
    with pytest.raises(wl.LoadAuditError, match=relationship.replace(".", r"\.")):
        load(raw, wh)
    assert table_checksums(wh) == before


def read_probe(relationship: str) -> str:
    """How many references of a.txt the relationship has (the key the test deletes must be in use)."""
    table, column = relationship.split(".")
    if table == "dim_article":
        return "SELECT count(source_key) FROM dim_article WHERE file = 'a.txt'"
    if table == "bridge_figure_region":
        return ("SELECT count(*) FROM bridge_figure_region WHERE figure_key IN (SELECT figure_key FROM fact_figure "
                f"WHERE article_key IN {_UNTOUCHED})")
    return f"SELECT count({column}) FROM fact_figure WHERE article_key IN {_UNTOUCHED}"


def test_the_load_audit_passes_a_load_that_prunes_what_it_orphaned(tmp_path, monkeypatch):
    """Keys the load deleted that nothing refers to any more are no failure of the scoped audit."""
    raw, wh = tmp_path / "raw", tmp_path / "w.duckdb"
    write_article(raw, "a.txt", "Zhongguancun had 20,000 high-tech companies in 2020.")
    write_article(raw, "c.txt", "Haidian had 5,000 startups in 2019.")
    load(raw, wh)
    (raw / "c.txt").unlink()
    monkeypatch.setattr(wl, "SCOPED_AUDIT_MAX_SHARE", 10.0)
    load(raw, wh)  # c.txt's article, facts and its date 2019 are deleted: nothing dangles
    with connect(wh) as conn:
        assert "2019" not in {r[0] for r in conn.execute("SELECT iso FROM dim_date").fetchall()}
