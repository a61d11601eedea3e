"""Snapshot of the asset graph, and the operational settings every asset must carry.

An accidental rename of an asset, a check, a group, a job, the schedule or the sensor fails
here.  A deliberate one: update the snapshot below in the same commit (the UI, run history
and any external `--select` use these names).
"""
from __future__ import annotations

import warnings

import dagster as dg
import pytest

warnings.simplefilter("ignore", dg.BetaWarning)

from zgc_etl.defs.assets import DUCKDB_POOL  # noqa: E402
from zgc_etl.defs.resources import WAREHOUSE_RETRY_POLICY  # noqa: E402
from zgc_etl.definitions import defs  # noqa: E402

# asset key → (group, upstream asset keys)
ASSETS = {
    'articles': ('parse', ['raw_files']),
    'bridge_figure_region_rows': ('model', ['articles', 'figures']),
    'dim_article_rows': ('model', ['articles', 'figures']),
    'dim_date_rows': ('model', ['articles', 'figures']),
    'dim_entity_rows': ('model', ['articles', 'figures']),
    'dim_metric_rows': ('model', ['articles', 'figures']),
    'dim_region_rows': ('model', ['articles', 'figures']),
    'dim_source_rows': ('model', ['articles', 'figures']),
    'dim_unit_rows': ('model', ['articles', 'figures']),
    'fact_figure_rows': ('model', ['articles', 'figures']),
    'figures': ('parse', ['raw_files']),
    'quarantined_figures': ('parse', ['raw_files']),
    'raw_files': ('ingest', []),
    'rejected_files': ('parse', ['raw_files']),
    'reports/articles_overview': ('reports', ['warehouse/fact_figure', 'warehouse/figures']),
    'reports/conflicts': ('reports', ['warehouse/fact_figure', 'warehouse/figures']),
    'reports/figures_by_region': ('reports', ['warehouse/fact_figure', 'warehouse/figures']),
    'reports/money_cny_usd': ('reports', ['warehouse/fact_figure', 'warehouse/figures']),
    'reports/subject_timeline': ('reports', ['warehouse/fact_figure', 'warehouse/figures']),
    'reports/timeline': ('reports', ['warehouse/fact_figure', 'warehouse/figures']),
    'warehouse/bridge_figure_region': ('warehouse', ['articles', 'bridge_figure_region_rows', 'raw_files']),
    'warehouse/dim_article': ('warehouse', ['articles', 'dim_article_rows', 'raw_files']),
    'warehouse/dim_date': ('warehouse', ['articles', 'dim_date_rows', 'raw_files']),
    'warehouse/dim_entity': ('warehouse', ['articles', 'dim_entity_rows', 'raw_files']),
    'warehouse/dim_metric': ('warehouse', ['articles', 'dim_metric_rows', 'raw_files']),
    'warehouse/dim_region': ('warehouse', ['articles', 'dim_region_rows', 'raw_files']),
    'warehouse/dim_source': ('warehouse', ['articles', 'dim_source_rows', 'raw_files']),
    'warehouse/dim_unit': ('warehouse', ['articles', 'dim_unit_rows', 'raw_files']),
    'warehouse/fact_figure': ('warehouse', ['articles', 'fact_figure_rows', 'raw_files']),
    'warehouse/figures': ('warehouse', ['warehouse/bridge_figure_region', 'warehouse/dim_article', 'warehouse/dim_date', 'warehouse/dim_entity', 'warehouse/dim_metric', 'warehouse/dim_region', 'warehouse/dim_source', 'warehouse/dim_unit', 'warehouse/fact_figure']),
    'warehouse/quarantine_figure': ('warehouse', ['articles', 'quarantined_figures', 'raw_files']),
    'warehouse/rejected_file': ('warehouse', ['articles', 'raw_files', 'rejected_files']),
}

CHECKS = [
    'warehouse/fact_figure:fact_keys_unique',
    'warehouse/fact_figure:fx_band',
    'warehouse/fact_figure:parts_and_totals',
    'warehouse/fact_figure:provenance',
    'warehouse/fact_figure:referential_integrity',
    'warehouse/fact_figure:value_ranges',
    'warehouse/rejected_file:every_file_accounted_for',
]
JOBS = ["main", "reports"]
SCHEDULES = ["daily_refresh"]
SENSORS = ["raw_folder_sensor"]

#: the assets whose step opens the DuckDB file
OPENS_DUCKDB = {"raw_files", "articles", "warehouse/fact_figure", "reports/figures_by_region"}


@pytest.fixture(scope="module")
def graph():
    return defs.resolve_asset_graph()


def test_asset_graph_snapshot(graph):
    actual = {k.to_user_string(): (graph.get(k).group_name, sorted(p.to_user_string() for p in graph.get(k).parent_keys))
              for k in graph.get_all_asset_keys()}
    assert actual == ASSETS


def test_check_snapshot(graph):
    assert sorted(c.to_user_string() for c in graph.asset_check_keys) == CHECKS


def test_jobs_schedules_sensors_snapshot():
    repo = defs.get_repository_def()
    assert sorted(j.name for j in repo.get_all_jobs() if not j.name.startswith("__")) == JOBS
    assert sorted(s.name for s in repo.schedule_defs) == SCHEDULES
    assert sorted(s.name for s in repo.sensor_defs) == SENSORS
    assert repo.get_schedule_def("daily_refresh").job_name == "main"
    assert repo.get_sensor_def("raw_folder_sensor").job_name == "main"


def test_every_asset_has_a_description_and_a_group(graph):
    for k in graph.get_all_asset_keys():
        node = graph.get(k)
        assert node.description and node.description.strip(), k
        assert node.group_name in {"ingest", "parse", "model", "warehouse", "reports"}, k


def test_steps_that_open_duckdb_share_the_pool_and_retry_policy(graph):
    for key in OPENS_DUCKDB:
        node = graph.get(dg.AssetKey.from_user_string(key))
        assert node.pools == {DUCKDB_POOL}, key
        assert defs.resolve_assets_def(node.key).op.retry_policy == WAREHOUSE_RETRY_POLICY, key
    assert WAREHOUSE_RETRY_POLICY.backoff == dg.Backoff.EXPONENTIAL
    # the main job's runs are serialised by the run queue (tag limit in dagster.yaml)
    assert defs.resolve_job_def("main").tags["zgc_etl/writer"] == "warehouse"


def test_warehouse_specs_carry_column_schemas(graph):
    for k in graph.get_all_asset_keys():
        if k.path[0] != "warehouse":
            continue
        meta = graph.get(k).metadata
        schema = meta["dagster/column_schema"]
        assert isinstance(schema, dg.TableSchema) and schema.columns, k
        if k.path[1] != "figures":  # tables carry their COMMENTs; the view's columns have none
            assert all(c.description for c in schema.columns), k
    fact = graph.get(dg.AssetKey(["warehouse", "fact_figure"])).metadata["dagster/column_schema"]
    assert {"figure_key", "article_key", "value"} <= {c.name for c in fact.columns}


def test_frame_assets_carry_pandera_column_schemas(graph):
    for key in ("raw_files", "articles", "figures", "rejected_files", "fact_figure_rows"):
        schema = graph.get(dg.AssetKey(key)).metadata["dagster/column_schema"]
        assert schema.columns, key


def test_zgc_etl_run_uses_the_paths_given_even_after_defs_was_imported(small_raw_dir, tmp_path, monkeypatch):
    """`defs` is built at import; `zgc-etl run --warehouse` must not fall back to its import-time paths."""
    from zgc_etl import cli, settings

    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("ZGC_WAREHOUSE", raising=False)  # cmd_run sets these two; monkeypatch restores them
    monkeypatch.delenv("ZGC_RAW_DIR", raising=False)
    default_before = settings.DEFAULT_WAREHOUSE.exists() and settings.DEFAULT_WAREHOUSE.stat().st_mtime_ns
    for f in list(small_raw_dir.iterdir())[1:]:
        f.unlink()
    db = tmp_path / "elsewhere" / "w.duckdb"
    assert cli.main(["run", "--raw-dir", str(small_raw_dir), "--warehouse", str(db)]) == 0
    assert db.exists()
    assert (settings.DEFAULT_WAREHOUSE.exists() and settings.DEFAULT_WAREHOUSE.stat().st_mtime_ns) == default_before
