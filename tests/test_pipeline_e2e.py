"""The whole path: raw files → assets → DuckDB star schema, checks green, idempotent re-runs."""
from __future__ import annotations

import json

from helpers import check_results, query, run_pipeline, table_checksums

from zgc_etl.warehouse.load import TABLES


def test_full_run_loads_every_article_and_passes_checks(raw_dir, warehouse_file):
    result = run_pipeline(raw_dir, warehouse_file)
    assert result.success
    checks = check_results(result)
    assert checks and all(checks.values()), checks
    n_files = len(list(raw_dir.iterdir()))
    (articles,) = query(warehouse_file, "SELECT count(*) FROM dim_article")[0]
    assert articles == n_files
    (figures,) = query(warehouse_file, "SELECT count(*) FROM figures")[0]
    (facts,) = query(warehouse_file, "SELECT count(*) FROM fact_figure")[0]
    assert figures == facts > 100


def test_figures_view_carries_the_contract_fields(small_raw_dir, warehouse_file):
    run_pipeline(small_raw_dir, warehouse_file)
    cols = [r[0] for r in query(warehouse_file, "SELECT column_name FROM (DESCRIBE figures)")]
    for field in ("file", "value", "unit", "qualifier", "kind", "measure", "subject", "regions", "as_of",
                  "period_start", "alt_value", "alt_unit", "start", "end", "mention"):
        assert field in cols
    # provenance: the offsets slice the raw file to the mention
    for file, start, end, mention in query(warehouse_file, 'SELECT file, "start", "end", mention FROM figures'):
        text = (small_raw_dir / file).read_bytes().decode("utf-8")
        assert text[start:end] == mention


def test_every_table_has_a_comment(small_raw_dir, warehouse_file):
    run_pipeline(small_raw_dir, warehouse_file)
    rows = query(warehouse_file, "SELECT table_name, comment FROM duckdb_tables() WHERE schema_name = 'main'")
    assert {t for t, _ in rows} >= set(TABLES)
    assert all(c for _, c in rows), [t for t, c in rows if not c]
    missing = query(warehouse_file, "SELECT table_name, column_name FROM duckdb_columns() "
                                    "WHERE schema_name = 'main' AND comment IS NULL AND table_name IN "
                                    "(SELECT table_name FROM duckdb_tables())")
    assert missing == []


def test_rerun_is_idempotent_and_parses_nothing(small_raw_dir, warehouse_file):
    run_pipeline(small_raw_dir, warehouse_file)
    before = table_checksums(warehouse_file)
    result = run_pipeline(small_raw_dir, warehouse_file)
    assert table_checksums(warehouse_file) == before
    mats = {tuple(e.asset_key.path): e.event_specific_data.materialization.metadata
            for e in result.all_events if e.event_type_value == "ASSET_MATERIALIZATION"}
    assert mats[("articles",)]["unchanged"].value == 3
    assert mats[("articles",)]["new"].value == 0


def test_bad_file_is_rejected_with_reason_and_rest_loads(small_raw_dir, warehouse_file):
    run_pipeline(small_raw_dir, warehouse_file)  # the original is loaded first: it keeps its name
    (small_raw_dir / "empty.txt").write_bytes(b"")
    (small_raw_dir / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (small_raw_dir / "copy.txt").write_bytes((small_raw_dir / "zgc_assists_coordinated_development.txt").read_bytes())
    result = run_pipeline(small_raw_dir, warehouse_file)
    assert result.success
    assert all(check_results(result).values())
    rejected = dict(query(warehouse_file, "SELECT file, reason FROM rejected_file"))
    assert rejected["empty.txt"] == "empty"
    assert rejected["binary.txt"] == "binary"
    assert rejected["copy.txt"] == "duplicate"
    (n,) = query(warehouse_file, "SELECT count(*) FROM dim_article")[0]
    assert n == 3
    assert query(warehouse_file, "SELECT duplicate_of FROM rejected_file WHERE file = 'copy.txt'")[0][0] == \
        "zgc_assists_coordinated_development.txt"


def test_duplicates_in_one_run_keep_the_first_name(small_raw_dir, warehouse_file):
    (small_raw_dir / "a_copy.txt").write_bytes((small_raw_dir / "zgc_assists_coordinated_development.txt").read_bytes())
    assert run_pipeline(small_raw_dir, warehouse_file).success
    assert query(warehouse_file, "SELECT file, reason, duplicate_of FROM rejected_file") == [
        ("zgc_assists_coordinated_development.txt", "duplicate", "a_copy.txt")]


def test_edit_and_delete_replace_rows(small_raw_dir, warehouse_file):
    run_pipeline(small_raw_dir, warehouse_file)
    seed = small_raw_dir / "zgc_assists_coordinated_development.txt"
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text.replace("27 project investment agreements", "31 project investment agreements"), encoding="utf-8")
    (small_raw_dir / "baodi_zgc_science_park_2023.txt").unlink()
    result = run_pipeline(small_raw_dir, warehouse_file)
    assert all(check_results(result).values())
    values = [v for (v,) in query(warehouse_file, "SELECT value FROM figures WHERE file = ?", [seed.name])]
    assert 31 in values and 27 not in values
    assert query(warehouse_file, "SELECT count(*) FROM figures WHERE file = 'baodi_zgc_science_park_2023.txt'")[0][0] == 0
    assert query(warehouse_file, "SELECT count(*) FROM dim_article")[0][0] == 2


def test_regions_list_is_json_free_in_the_view(small_raw_dir, warehouse_file):
    run_pipeline(small_raw_dir, warehouse_file)
    rows = query(warehouse_file, "SELECT regions FROM figures WHERE len(regions) > 0 LIMIT 5")
    assert rows and all(isinstance(r[0], list) for r in rows)
    json.dumps([r[0] for r in rows])


def test_figures_metadata_counts_figures_per_article(small_raw_dir, warehouse_file):
    """figures_per_article_* come from the articles' figure_count: they must equal the figures per
    loaded article with at least one figure, as the warehouse counts them."""
    result = run_pipeline(small_raw_dir, warehouse_file)
    mats = {tuple(e.asset_key.path): e.event_specific_data.materialization.metadata
            for e in result.all_events if e.event_type_value == "ASSET_MATERIALIZATION"}
    per_article = [n for (n,) in query(warehouse_file, "SELECT count(*) FROM fact_figure GROUP BY article_key")]
    assert len(per_article) >= 2
    meta = mats[("figures",)]
    assert meta["figures_per_article_max"].value == max(per_article)
    assert abs(meta["figures_per_article_mean"].value - sum(per_article) / len(per_article)) < 1e-9
    assert "| mention" in meta["preview"].value and meta["preview"].value.count("\n") >= 3
