"""The structural asset checks (keys, references) and the accounting check on an incremental run:
scoped to the articles loaded since they last ran, each key counted over the whole tables; whole on
a first run, after a whole run that failed, and with ZGC_AUDIT_ALL=1."""
from __future__ import annotations

from warehouse_helpers import connect, load, write_article

from zgc_etl.warehouse import audits

A = "Zhongguancun had 20,000 high-tech companies in Beijing in 2020."
B = "The park's revenue reached 3 billion yuan in Tianjin in 2020."
C = "Hebei attracted 120 research institutes and 4.5 billion yuan of investment in 2021."


def _two_then_one_more(tmp_path):
    raw, wh = tmp_path / "raw", tmp_path / "w.duckdb"
    write_article(raw, "a.txt", A)
    write_article(raw, "b.txt", B)
    load(raw, wh)
    with connect(wh) as conn:
        for audit in ("fact_keys_unique", "referential_integrity"):
            passed, details = audits.run_scoped(conn, audit)
            # a first load audits the whole tables in its transaction and records it for the check
            # (load.record_whole_audits): nothing left in its queue
            assert passed and details["scope"] == {"articles": 0, "loaded_since_last_audit": 0,
                                                   "failing_at_last_audit": 0}, audit
    write_article(raw, "c.txt", C)
    load(raw, wh)
    return raw, wh


def test_scoped_key_check_counts_a_loaded_articles_keys_over_the_whole_table(tmp_path):
    _, wh = _two_then_one_more(tmp_path)
    with connect(wh) as conn:
        # an older article's fact given a key of the new article's: a duplicate that involves the scope
        conn.execute("UPDATE fact_figure SET figure_key = (SELECT min(f.figure_key) FROM fact_figure f "
                     "JOIN dim_article a USING (article_key) WHERE a.file = 'c.txt') "
                     "WHERE article_key = (SELECT article_key FROM dim_article WHERE file = 'a.txt') AND ordinal = 0")
        passed, details = audits.run_scoped(conn, "fact_keys_unique")
    assert not passed and details["duplicate_keys"] == 1
    assert details["scope"] == {"articles": 1, "loaded_since_last_audit": 1, "failing_at_last_audit": 0}


def test_scoped_key_check_passes_over_what_it_did_not_load_and_zgc_audit_all_finds_it(tmp_path, monkeypatch):
    _, wh = _two_then_one_more(tmp_path)
    with connect(wh) as conn:
        # a duplicate among the older articles only, made by hand: outside the scope of the queue
        conn.execute("INSERT INTO fact_figure SELECT * REPLACE (figure_key + 1 AS figure_key) FROM fact_figure "
                     "WHERE article_key = (SELECT article_key FROM dim_article WHERE file = 'a.txt') AND ordinal = 0")
        passed, details = audits.run_scoped(conn, "fact_keys_unique")
        assert passed and details["scope"]["articles"] == 1
        monkeypatch.setenv("ZGC_AUDIT_ALL", "1")
        passed, details = audits.run_scoped(conn, "fact_keys_unique")
    assert not passed and details["duplicate_grain"] == 1 and details["scope"]["all"]


def test_scoped_reference_check_finds_a_loaded_facts_dangling_key(tmp_path):
    _, wh = _two_then_one_more(tmp_path)
    with connect(wh) as conn:
        conn.execute("UPDATE fact_figure SET unit_key = 42 "
                     "WHERE article_key = (SELECT article_key FROM dim_article WHERE file = 'c.txt')")
        passed, details = audits.run_scoped(conn, "referential_integrity")
    assert not passed and details["orphans"]["fact_figure.unit_key"] >= 1
    assert details["scope"]["articles"] == 1


def test_a_whole_reference_check_that_fails_on_a_row_of_no_article_stays_whole_until_fixed(tmp_path):
    _, wh = _two_then_one_more(tmp_path)
    with connect(wh) as conn:
        conn.execute("INSERT INTO bridge_figure_region VALUES (-1, (SELECT min(region_key) FROM dim_region), 0)")
        conn.execute("DELETE FROM warehouse_meta WHERE name = 'audit_rules:referential_integrity'")  # as a first run
        for _ in range(2):  # the failing bridge row belongs to no article: the next run looks at everything again
            passed, details = audits.run_scoped(conn, "referential_integrity")
            assert not passed and details["orphans"] == {"bridge_figure_region.figure_key": 1}
            assert details["scope"]["all"]
        conn.execute("DELETE FROM bridge_figure_region WHERE figure_key = -1")
        assert audits.run_scoped(conn, "referential_integrity")[1]["scope"]["all"]  # fixed: passes whole once
        passed, details = audits.run_scoped(conn, "referential_integrity")
    assert passed and not details["scope"].get("all")


def test_the_load_queues_the_structural_checks_and_they_empty_their_queue(tmp_path):
    _, wh = _two_then_one_more(tmp_path)
    with connect(wh) as conn:
        queued = dict(conn.execute("SELECT audit, count(*) FROM audit_queue GROUP BY audit").fetchall())
        assert queued["fact_keys_unique"] == 1 and queued["referential_integrity"] == 1
        for audit in ("fact_keys_unique", "referential_integrity"):
            assert audits.run_scoped(conn, audit)[0]
        queued = dict(conn.execute("SELECT audit, count(*) FROM audit_queue GROUP BY audit").fetchall())
    assert "fact_keys_unique" not in queued and "referential_integrity" not in queued


def test_accounting_counts_each_outcome_and_names_the_unaccounted(tmp_path):
    raw, wh = tmp_path / "raw", tmp_path / "w.duckdb"
    write_article(raw, "a.txt", A)
    write_article(raw, "a_copy.txt", A)  # a duplicate of a.txt
    (raw / "empty.txt").write_text("  \n")  # rejected: white space only
    write_article(raw, "b.txt", B)
    load(raw, wh)
    with connect(wh) as conn:
        listed = sorted(p.name for p in raw.iterdir())
        passed, details = audits.accounting(conn, listed + ["zz_ghost.txt", "ghost.txt"])
    assert not passed
    assert details == {"seen": 6, "loaded": 2, "duplicate": 1, "rejected": 1,
                       "unaccounted": ["ghost.txt", "zz_ghost.txt"], "unaccounted_count": 2}


def test_a_first_load_records_its_whole_structural_audit_and_the_check_finds_later_edits_with_audit_all(
        tmp_path, monkeypatch):
    raw, wh = tmp_path / "raw", tmp_path / "w.duckdb"
    write_article(raw, "a.txt", A)
    write_article(raw, "b.txt", B)
    load(raw, wh)
    with connect(wh) as conn:
        for audit in audits.STRUCTURAL_AUDITS:  # recorded by the load: the rules the check would record
            stored = conn.execute("SELECT value FROM warehouse_meta WHERE name = ?", [f"audit_rules:{audit}"]).fetchone()
            assert stored == (audits.rules_fingerprint(conn, audit),)
            assert conn.execute("SELECT count(*) FROM audit_queue WHERE audit = ?", [audit]).fetchone() == (0,)
        # nothing is queued for the audits that never ran: each looks at every article on its first run
        assert conn.execute("SELECT count(*) FROM audit_queue WHERE audit = 'provenance'").fetchone() == (0,)
        assert audits.audit_scope(conn, "provenance").everything
        conn.execute("INSERT INTO fact_figure SELECT * REPLACE (figure_key + 1 AS figure_key) FROM fact_figure "
                     "WHERE article_key = (SELECT article_key FROM dim_article WHERE file = 'a.txt') AND ordinal = 0")
        monkeypatch.setenv("ZGC_AUDIT_ALL", "1")
        passed, details = audits.run_scoped(conn, "fact_keys_unique")
    assert not passed and details["duplicate_grain"] == 1 and details["scope"]["all"]
