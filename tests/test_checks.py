"""Each audit fails on deliberately broken data (called directly), and through Dagster."""
from __future__ import annotations

import pytest
from helpers import check_results, run_pipeline
from warehouse_helpers import connect, load, write_article

from zgc_etl.warehouse import audits

BODY = "Tianjin Binhai-Zhongguancun Science and Technology Park"


@pytest.fixture
def loaded(small_raw_dir, tmp_path):
    """A healthy warehouse of the three small articles: every audit passes on it."""
    wh = tmp_path / "w.duckdb"
    load(small_raw_dir, wh)
    with connect(wh) as conn:
        for fn in (audits.fact_keys_unique, audits.referential_integrity, audits.value_ranges, audits.fx_band,
                   audits.parts_and_totals):
            assert fn(conn)[0], fn.__name__
        assert audits.provenance(conn, small_raw_dir)[0]
        assert audits.accounting(conn, [p.name for p in small_raw_dir.iterdir()])[0]
    return wh


def test_duplicate_grain_fails_key_uniqueness(loaded):
    with connect(loaded) as conn:
        conn.execute("INSERT INTO fact_figure SELECT * REPLACE (figure_key + 1 AS figure_key) FROM fact_figure LIMIT 1")
        passed, details = audits.fact_keys_unique(conn)
    assert not passed and details == {"duplicate_keys": 0, "duplicate_grain": 1, "duplicate_bridge_rows": 0}


def test_duplicate_bridge_row_fails_key_uniqueness(loaded):
    with connect(loaded) as conn:
        conn.execute("INSERT INTO bridge_figure_region SELECT * REPLACE (position + 1 AS position) "
                     "FROM bridge_figure_region LIMIT 1")
        passed, details = audits.fact_keys_unique(conn)
    assert not passed and details == {"duplicate_keys": 0, "duplicate_grain": 0, "duplicate_bridge_rows": 1}


def test_dangling_keys_fail_referential_integrity(loaded):
    with connect(loaded) as conn:
        conn.execute("UPDATE fact_figure SET unit_key = 42 WHERE ordinal = 0")
        conn.execute("DELETE FROM dim_entity WHERE entity_key IN (SELECT entity_key FROM fact_figure "
                     "WHERE entity_key IS NOT NULL LIMIT 1)")
        passed, details = audits.referential_integrity(conn)
    assert not passed
    assert details["orphans"]["fact_figure.unit_key"] == 3 and details["orphans"]["fact_figure.entity_key"] >= 1


def test_moved_mention_fails_provenance(loaded, small_raw_dir):
    with connect(loaded) as conn:
        conn.execute("UPDATE fact_figure SET start_offset = start_offset + 1, end_offset = end_offset + 1 "
                     "WHERE ordinal = 1")
        passed, details = audits.provenance(conn, small_raw_dir)
    assert not passed and details["mismatches"] == 3


def test_provenance_reads_each_file_once_and_skips_a_missing_one(loaded, small_raw_dir, tmp_path):
    """Facts are grouped by file: a mismatch is reported with its own file and ordinal, and the facts of
    a file that left the raw folder are not judged (nor counted as checked)."""
    import shutil

    raw = tmp_path / "raw"
    shutil.copytree(small_raw_dir, raw)
    with connect(loaded) as conn:
        per_file = dict(conn.execute("SELECT a.file, count(*) FROM fact_figure f JOIN dim_article a "
                                     "USING (article_key) GROUP BY a.file").fetchall())
        gone, moved = sorted(per_file)[:2]
        (raw / gone).unlink()
        conn.execute("UPDATE fact_figure SET start_offset = start_offset + 1, end_offset = end_offset + 1 "
                     "WHERE ordinal = 0 AND article_key = (SELECT article_key FROM dim_article WHERE file = ?)",
                     [moved])
        passed, details = audits.provenance(conn, raw)
    assert not passed
    assert details["checked"] == sum(per_file.values()) - per_file[gone]
    assert details["mismatches"] == 1 and details["examples"][0]["file"] == moved
    assert details["examples"][0]["ordinal"] == 0
    assert details["examples"][0]["found"] != details["examples"][0]["expected"]


@pytest.mark.parametrize("files", [None, "all"])
def test_provenance_with_a_helper_process_reports_what_it_reports_alone(loaded, small_raw_dir, tmp_path,
                                                                         monkeypatch, files):
    """A big audit hands half of its files to a helper process: the same verdict, counts and
    examples (in file and ordinal order) as when this process reads every file, whole or scoped."""
    import shutil

    raw = tmp_path / "raw"
    shutil.copytree(small_raw_dir, raw)
    with connect(loaded) as conn:
        names = sorted(r[0] for r in conn.execute("SELECT file FROM dim_article").fetchall())
        (raw / names[0]).unlink()  # one file gone: its facts are neither judged nor counted
        conn.execute("UPDATE fact_figure SET start_offset = start_offset + 1 WHERE ordinal IN (0, 2)")
        scope = None if files is None else names
        monkeypatch.setattr(audits, "PROVENANCE_HELPER_FROM_FACTS", 10**9)
        alone = audits.provenance(conn, raw, limit_examples=50, files=scope)
        monkeypatch.setattr(audits, "PROVENANCE_HELPER_FROM_FACTS", 1)
        failing: set = set()
        helped = audits.provenance(conn, raw, limit_examples=50, files=scope, failing=failing)
    assert not alone[0] and alone[1]["mismatches"] == 4  # two of three articles, two facts each
    assert helped == alone
    assert failing == {e["file"] for e in alone[1]["examples"]} and len(failing) == 2
    examples = [(e["file"], e["ordinal"]) for e in alone[1]["examples"]]
    assert examples == sorted(examples)


def test_unseen_file_fails_accounting(loaded, small_raw_dir):
    with connect(loaded) as conn:
        passed, details = audits.accounting(conn, [p.name for p in small_raw_dir.iterdir()] + ["ghost.txt"])
    assert not passed and details["unaccounted"] == ["ghost.txt"]


def test_impossible_values_fail_value_ranges(loaded):
    with connect(loaded) as conn:
        pct = conn.execute("SELECT unit_key FROM dim_unit WHERE unit = 'percent'").fetchone()[0]
        cnt = conn.execute("SELECT unit_key FROM dim_unit WHERE unit = 'count'").fetchone()[0]
        conn.execute("UPDATE fact_figure SET unit_key = ?, kind = 'share', value = 150 WHERE ordinal = 0", [pct])
        conn.execute("UPDATE fact_figure SET unit_key = ?, kind = 'level', value = -5, value_base = -5 "
                     "WHERE ordinal = 1", [cnt])
        conn.execute("UPDATE fact_figure SET value_cny = 1e20 WHERE value_cny IS NOT NULL AND ordinal > 1")
        passed, details = audits.value_ranges(conn)
    assert not passed
    assert details["by_rule"]["share_outside_0_100"] == 3
    assert details["by_rule"]["negative_amount"] == 3
    assert details["by_rule"]["absurd_magnitude"] >= 1


def test_implausible_bracketed_rate_fails_fx_band(loaded):
    with connect(loaded) as conn:
        conn.execute("UPDATE fact_figure SET alt_value = value / 12 WHERE alt_unit = 'USD'")  # 12 yuan a dollar
        passed, details = audits.fx_band(conn)
    assert not passed and details["outside_band"] == details["checked"] >= 2
    assert all(e["deviation"] > 0.5 for e in details["examples"])


def test_parts_and_totals_flags_what_an_analyst_would(tmp_path):
    raw = tmp_path / "raw"
    write_article(raw, "adds_up.txt", f"{BODY} had 8,816 affiliated agencies, including 3969 branches and 4847 subsidiaries.")
    write_article(raw, "too_many.txt", f"{BODY} had 8,816 affiliated agencies, including 5969 branches and 4847 subsidiaries.")
    write_article(raw, "short.txt", f"{BODY} had 900 enterprises, comprising 300 startups and 400 listed firms.")
    write_article(raw, "partial.txt", f"{BODY} had 900 enterprises, including 300 startups and 400 listed firms.")
    wh = tmp_path / "w.duckdb"
    load(raw, wh)
    with connect(wh) as conn:
        passed, details = audits.parts_and_totals(conn)
    assert not passed
    assert details["totals_with_parts"] == 4
    flagged = {e["file"]: e for e in details["examples"]}
    assert set(flagged) == {"too_many.txt", "short.txt"}
    assert flagged["too_many.txt"]["problem"] == "parts exceed total" and flagged["too_many.txt"]["parts_sum"] == 10816
    assert flagged["short.txt"]["problem"] == "exhaustive parts fall short of total"


def test_checks_fail_through_dagster(small_raw_dir, warehouse_file):
    write_article(small_raw_dir, "bad_rate.txt", f"{BODY} attracted investment of 16.3 billion yuan ($1 billion) last year.")
    write_article(small_raw_dir, "too_many.txt",
                  f"{BODY} had 8,816 affiliated agencies, including 5969 branches and 4847 subsidiaries.")
    result = run_pipeline(small_raw_dir, warehouse_file, raise_on_error=False)
    checks = check_results(result)
    assert checks["fx_band"] is False  # blocking: the reports downstream do not run
    assert checks["parts_and_totals"] is False  # a warning: flagged, nothing skipped for it
    assert all(v for k, v in checks.items() if k not in ("fx_band", "parts_and_totals")), checks
    evals = {e.event_specific_data.check_name: e.event_specific_data
             for e in result.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"}
    assert evals["parts_and_totals"].severity.value == "WARN" and evals["fx_band"].severity.value == "ERROR"
    reports = [e for e in result.all_events
               if e.event_type_value == "ASSET_MATERIALIZATION" and e.asset_key.path[0] == "reports"]
    assert reports == []
