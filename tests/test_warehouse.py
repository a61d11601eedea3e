"""The warehouse model: normalised values, money, bounds, incremental and transactional loads."""
from __future__ import annotations

import datetime as dt
import json

import duckdb
import pandas as pd
import pytest
from helpers import table_checksums
from warehouse_helpers import connect, load, rows, write_article

import zgc_etl.pipeline as pipeline
import zgc_etl.warehouse.load as wload
from zgc_etl import schemas
from zgc_etl.parse import PARSER_VERSION
from zgc_etl.warehouse.frames import bounds, build_star_frames
from zgc_etl.warehouse.fx import ecb_rate, money_frame

# ---------- money -------------------------------------------------------------------------


def _money(**row):
    base = {"value": 1.0, "unit": "CNY", "alt_value": None, "alt_unit": None, "fx_day": None}
    return money_frame(pd.DataFrame([{**base, **row}])).iloc[0]


def test_ecb_reference_rates_are_the_known_values():
    assert ecb_rate("USD", "CNY", dt.date(2021, 3, 19))[0] == pytest.approx(6.5102, abs=1e-3)
    assert ecb_rate("HKD", "CNY", dt.date(2021, 3, 19))[0] == pytest.approx(0.8382, abs=1e-3)
    # CNY starts in the ECB series on 2005-04-01: earlier days take the first rate
    rate, used = ecb_rate("USD", "CNY", dt.date(2001, 6, 1))
    assert used == dt.date(2005, 4, 1) and rate == pytest.approx(8.27, abs=0.01)


def test_article_pair_wins_and_is_recorded():
    r = _money(value=16.3e9, unit="CNY", alt_value=2.51e9, alt_unit="USD", fx_day=dt.date(2021, 3, 19))
    assert (r.value_cny, r.value_usd) == (16.3e9, 2.51e9)
    assert (r.value_cny_source, r.value_usd_source, r.fx_source) == ("stated", "article", "article pair")
    assert r.fx_rate_cny_per_usd == pytest.approx(6.494, abs=1e-3)
    assert pd.isna(r.fx_rate_date)


def test_usd_stated_with_cny_alt():
    r = _money(value=2.51e9, unit="USD", alt_value=16.3e9, alt_unit="CNY")
    assert (r.value_cny, r.value_usd, r.value_cny_source, r.value_usd_source) == (16.3e9, 2.51e9, "article", "stated")


def test_hkd_with_usd_alt_takes_usd_from_article_and_cny_from_ecb():
    r = _money(value=100.0, unit="HKD", alt_value=12.8, alt_unit="USD", fx_day=dt.date(2021, 3, 19))
    assert r.value_usd == 12.8 and r.value_usd_source == "article"
    assert r.value_cny == pytest.approx(83.82, abs=0.1) and r.value_cny_source == "ECB"
    assert r.fx_rate_date == pd.Timestamp("2021-03-19")
    assert r.fx_source == "article USD + ECB reference rate 2021-03-19"


def test_cny_alone_converts_at_the_ecb_rate_of_the_day():
    r = _money(value=651.02178, unit="CNY", fx_day=dt.date(2021, 3, 19))
    assert r.value_cny == 651.02178 and r.value_usd == pytest.approx(100.0, abs=0.01)
    assert (r.value_cny_source, r.value_usd_source) == ("stated", "ECB")
    assert r.fx_rate_cny_per_usd == pytest.approx(6.5102, abs=1e-3)
    assert r.fx_source == "ECB reference rate 2021-03-19"


def test_money_without_a_day_keeps_only_what_is_stated_and_non_money_is_null():
    r = _money(value=5.0, unit="USD")
    assert r.value_usd == 5.0 and pd.isna(r.value_cny) and r.fx_source == "stated"
    r = _money(value=5.0, unit="count", fx_day=dt.date(2021, 3, 19))
    assert pd.isna(r.value_cny) and pd.isna(r.value_usd) and r.fx_source is None


# ---------- bounds and base values ------------------------------------------------------


@pytest.mark.parametrize("value,qualifier,expected", [
    (100.0, "exact", (100.0, 100.0)), (100.0, "approx", (95.0, 105.0)), (100.0, "gt", (100.0, None)),
    (100.0, "ge", (100.0, None)), (100.0, "lt", (None, 100.0)), (100.0, "le", (None, 100.0)),
    (-100.0, "approx", (-105.0, -95.0)),
])
def test_bounds_from_qualifier(value, qualifier, expected):
    lo, hi = bounds(value, qualifier)
    assert (None if lo is None else pytest.approx(lo)) == expected[0]
    assert (None if hi is None else pytest.approx(hi)) == expected[1]


def _frames(figs: list[dict], published="2021-03-19"):
    art = pd.DataFrame([{"file": "a.txt", "title": "t", "source": "Xinhua", "published": published,
                         "content_hash": "0" * 64, "encoding": "utf-8", "format": "txt", "size_bytes": 10,
                         "flags": None, "status": "new", "parser_version": PARSER_VERSION,
                         "figure_count": len(figs)}])
    base = {"file": "a.txt", "qualifier": "exact", "kind": "level", "measure": "land", "metric": None,
            "subject": "Park", "regions": json.dumps(["Tianjin", "Binhai New Area", "Tianjin"]),
            "as_of": "2020", "period_start": None, "alt_value": None, "alt_unit": None,
            "start": 0, "end": 1, "mention": "x", "sentence": "x"}
    fig = pd.DataFrame([{**base, "ordinal": i, **f} for i, f in enumerate(figs)])
    return build_star_frames(schemas.ArticleSchema.validate(art), schemas.FigureSchema.validate(fig))


def test_value_base_in_the_units_base():
    star = _frames([{"value": 3.0, "unit": "mu"}, {"value": 2.0, "unit": "hectare"}, {"value": 1.5, "unit": "km2"},
                    {"value": 30.0, "unit": "minute"}, {"value": 12.0, "unit": "count"},
                    {"value": 45.5, "unit": "percent"}])
    assert star["fact_figure"]["value_base"].tolist() == pytest.approx([2000.0, 20000.0, 1.5e6, 0.5, 12.0, 45.5])


def test_fact_frame_keys_bridge_and_pricing_day():
    star = _frames([{"value": 100.0, "unit": "CNY", "as_of": "2025", "kind": "target"},
                    {"value": 100.0, "unit": "CNY", "as_of": "2019-06"}])
    ff = star["fact_figure"]
    # a 2025 target in a 2021 article is priced when written; a past figure at the end of its period
    assert ff["fx_rate_date"].tolist() == [pd.Timestamp("2021-03-19"), pd.Timestamp("2019-06-30")]
    assert ff["as_of_key"].tolist() == [20250000, 20190600]
    b = star["bridge_figure_region"]
    assert len(b) == 4 and sorted(b["position"].tolist()) == [0, 0, 1, 1]  # the repeated Tianjin is dropped
    assert set(star["dim_date"]["iso"]) == {"2025", "2019-06"}


# ---------- incremental, transactional, idempotent -------------------------------------


@pytest.fixture
def spy_parse(monkeypatch):
    """Record every file the pipeline reads and parses."""
    seen: list[str] = []
    real = pipeline.load_article

    def spy(path, *a, **k):
        seen.append(path.name)
        return real(path, *a, **k)

    monkeypatch.setattr(pipeline, "load_article", spy)
    return seen


def test_add_edit_delete_parse_only_what_changed(small_raw_dir, tmp_path, spy_parse):
    wh = tmp_path / "w.duckdb"
    load(small_raw_dir, wh)
    assert len(spy_parse) == 3
    before = dict(rows(wh, "SELECT a.file, count(f.figure_key) FROM dim_article a "
                           "LEFT JOIN fact_figure f USING (article_key) GROUP BY a.file"))

    spy_parse.clear()
    write_article(small_raw_dir, "new_park.txt", "Tianjin Binhai-Zhongguancun Science and Technology Park has 120 registered enterprises.")
    res = load(small_raw_dir, wh)
    assert spy_parse == ["new_park.txt"] and res.parsed_files == ["new_park.txt"]
    after = dict(rows(wh, "SELECT a.file, count(f.figure_key) FROM dim_article a "
                          "LEFT JOIN fact_figure f USING (article_key) GROUP BY a.file"))
    assert {k: v for k, v in after.items() if k != "new_park.txt"} == before and after["new_park.txt"] >= 1

    spy_parse.clear()
    write_article(small_raw_dir, "new_park.txt", "Tianjin Binhai-Zhongguancun Science and Technology Park has 150 registered enterprises.")
    load(small_raw_dir, wh)
    assert spy_parse == ["new_park.txt"]
    assert [v for (v,) in rows(wh, "SELECT value FROM figures WHERE file = 'new_park.txt'")] == [150.0]

    spy_parse.clear()
    (small_raw_dir / "new_park.txt").unlink()
    load(small_raw_dir, wh)
    assert spy_parse == []
    assert rows(wh, "SELECT count(*) FROM fact_figure f JOIN dim_article a USING (article_key) "
                    "WHERE a.file = 'new_park.txt'") == [(0,)]
    assert rows(wh, "SELECT count(*) FROM dim_entity WHERE name NOT IN (SELECT subject FROM figures "
                    "WHERE subject IS NOT NULL)") == [(0,)]


def test_two_runs_leave_identical_tables(small_raw_dir, tmp_path):
    wh = tmp_path / "w.duckdb"
    load(small_raw_dir, wh)
    first = table_checksums(wh)
    load(small_raw_dir, wh)
    assert table_checksums(wh) == first


def _edit_and_add(raw):
    seed = raw / "zgc_assists_coordinated_development.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("27 project", "31 project"), encoding="utf-8")
    write_article(raw, "extra.txt", "Tianjin Binhai-Zhongguancun Science and Technology Park has 77 registered enterprises.")


def test_failure_mid_load_leaves_the_warehouse_unchanged(small_raw_dir, tmp_path, monkeypatch):
    wh = tmp_path / "w.duckdb"
    load(small_raw_dir, wh)
    before = table_checksums(wh)
    _edit_and_add(small_raw_dir)
    real = wload.read_sql
    # delete_orphans runs after the old rows were deleted and the new ones inserted
    monkeypatch.setattr(wload, "read_sql", lambda name: "SELECT * FROM no_such_table" if name == "delete_orphans.sql"
                        else real(name))
    with pytest.raises(duckdb.CatalogException):
        load(small_raw_dir, wh)
    assert table_checksums(wh) == before
    monkeypatch.setattr(wload, "read_sql", real)
    load(small_raw_dir, wh)  # the next healthy run picks everything up
    assert table_checksums(wh) != before
    assert rows(wh, "SELECT count(*) FROM dim_article WHERE file = 'extra.txt'") == [(1,)]


def test_broken_staged_frame_rolls_back(small_raw_dir, tmp_path, monkeypatch):
    wh = tmp_path / "w.duckdb"
    load(small_raw_dir, wh)
    before = table_checksums(wh)
    _edit_and_add(small_raw_dir)
    real = wload.load_run

    def duplicate_keys(conn, articles, star, *a, **k):
        ff = star["fact_figure"]
        star = {**star, "fact_figure": pd.concat([ff, ff.head(1)])}  # a duplicate key mid-insert
        return real(conn, articles, star, *a, **k)

    monkeypatch.setattr("zgc_etl.warehouse.run.load_run", duplicate_keys)
    with pytest.raises(wload.LoadAuditError, match="duplicate_keys"):  # audited before COMMIT: nothing kept
        load(small_raw_dir, wh)
    assert table_checksums(wh) == before


def test_structural_audit_inside_the_transaction_rolls_back(small_raw_dir, tmp_path, monkeypatch):
    wh = tmp_path / "w.duckdb"
    load(small_raw_dir, wh)
    before = table_checksums(wh)
    _edit_and_add(small_raw_dir)
    real = wload.load_run

    def dangling_unit(conn, articles, star, *a, **k):
        ff = star["fact_figure"].copy()
        ff.loc[ff.index[0], "unit_key"] = 12345  # points at no dim_unit row
        return real(conn, articles, {**star, "fact_figure": ff}, *a, **k)

    monkeypatch.setattr("zgc_etl.warehouse.run.load_run", dangling_unit)
    with pytest.raises(wload.LoadAuditError, match="fact_figure.unit_key"):
        load(small_raw_dir, wh)
    assert table_checksums(wh) == before


def test_new_model_version_rebuilds_every_article(small_raw_dir, tmp_path, spy_parse):
    wh = tmp_path / "w.duckdb"
    load(small_raw_dir, wh)
    before = table_checksums(wh)
    with connect(wh) as conn:
        conn.execute("UPDATE warehouse_meta SET value = '0' WHERE name = 'model_version'")
    spy_parse.clear()
    res = load(small_raw_dir, wh)
    assert sorted(spy_parse) == sorted(p.name for p in small_raw_dir.iterdir())
    assert set(res.articles["status"]) == {"changed"}
    assert table_checksums(wh) == before
    assert rows(wh, "SELECT value FROM warehouse_meta WHERE name = 'model_version'") == [(wload.MODEL_VERSION,)]


def test_every_view_and_view_column_has_a_comment(small_raw_dir, tmp_path):
    wh = tmp_path / "w.duckdb"
    load(small_raw_dir, wh)
    views = rows(wh, "SELECT view_name, comment FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal")
    assert {v for v, _ in views} >= {"figures", "region_hierarchy", "figure_timeline", "figure_conflicts"}
    assert all(c for _, c in views), views
    missing = rows(wh, "SELECT table_name, column_name FROM duckdb_columns() WHERE schema_name = 'main' "
                       "AND NOT internal AND comment IS NULL")
    assert missing == []


def test_loaded_money_and_bounds_on_a_known_article(small_raw_dir, tmp_path):
    wh = tmp_path / "w.duckdb"
    load(small_raw_dir, wh)
    (r,) = rows(wh, "SELECT value_cny, value_usd, value_cny_source, value_usd_source, fx_source, lower_bound, "
                    "upper_bound FROM figures WHERE mention LIKE '%16.3 billion yuan%'")
    assert r[:5] == (16.3e9, 2.51e9, "stated", "article", "article pair")
    assert r[5] == pytest.approx(16.3e9 * 0.95) and r[6] == pytest.approx(16.3e9 * 1.05)
    assert rows(wh, "SELECT lower_bound, upper_bound FROM figures WHERE mention LIKE '%nearly 400'") == [(None, 400.0)]


def _keyed_like_before(wh) -> None:
    """Rebuild a warehouse's two big tables with the PRIMARY KEYs they had before they were dropped."""
    with connect(wh) as conn:
        for table, key in (("fact_figure", "figure_key"), ("bridge_figure_region", "figure_key, region_key")):
            conn.execute(f"CREATE TABLE {table}_copy AS FROM {table}")
            conn.execute(f"DELETE FROM {table}")
            conn.execute(f"ALTER TABLE {table} ADD PRIMARY KEY ({key})")
            conn.execute(f"INSERT INTO {table} FROM {table}_copy")
            conn.execute(f"DROP TABLE {table}_copy")
        assert conn.execute("SELECT count(*) FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY' "
                            "AND table_name IN ('fact_figure', 'bridge_figure_region')").fetchone()[0] == 2


def test_fact_tables_carry_no_primary_key_and_older_warehouses_are_rebuilt_without_it(small_raw_dir, tmp_path):
    wh = tmp_path / "w.duckdb"
    load(small_raw_dir, wh)
    before = table_checksums(wh)
    with connect(wh) as conn:
        figures_before = conn.execute("SELECT * FROM figures ORDER BY file, ordinal").fetchall()
    _keyed_like_before(wh)
    assert table_checksums(wh) == before
    with connect(wh) as conn:
        wload.ensure_schema(conn)  # what every run does first
        keyed = conn.execute("SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY' "
                             "AND table_name IN ('fact_figure', 'bridge_figure_region')").fetchall()
        leftovers = conn.execute("SELECT table_name FROM duckdb_tables() WHERE table_name LIKE '%keyed'").fetchall()
        figures_after = conn.execute("SELECT * FROM figures ORDER BY file, ordinal").fetchall()
        not_null = conn.execute("SELECT count(*) FROM duckdb_constraints() WHERE table_name = 'fact_figure' "
                                "AND constraint_type = 'NOT NULL'").fetchone()[0]
    assert keyed == [] and leftovers == []
    assert not_null >= 10  # the new table is the DDL's, not a CREATE TABLE AS copy
    assert figures_after == figures_before and len(figures_after) > 0
    assert table_checksums(wh) == before
    load(small_raw_dir, wh)  # and the next run works on it and changes nothing
    assert table_checksums(wh) == before
