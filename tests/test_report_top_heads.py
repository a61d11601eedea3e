"""A report whose head ranks the facts before its joins (reports.TOP_ROW_HEADS: money_cny_usd) gives
the head of the whole report: the same "more" flag, columns, types and order keys, the same rows up
to the order of rows tying on the ORDER BY (open in the whole report too), and the whole report's
head when a figure it ranks first has a key its inner joins drop."""
from __future__ import annotations

import collections

import duckdb
import pandas as pd
import pytest

from zgc_etl.warehouse import reports
from zgc_etl.warehouse.sqlfiles import read_sql, report_sql

NAME = "money_cny_usd"


def _build(path, *, dangling: bool = False) -> None:
    with duckdb.connect(str(path)) as conn:
        for step in ("create_tables.sql", "create_views.sql", "comment_views.sql"):
            conn.execute(read_sql(step))
        conn.execute("INSERT INTO dim_unit VALUES (1, 'yuan', 'yuan', 'money', 'CNY', 1, false), "
                     "(2, 'count', 'count', 'count', 'count', 1, false)")
        conn.execute("INSERT INTO dim_date SELECT y, y::VARCHAR, 'year', y, NULL, NULL, NULL, "
                     "make_date(y, 1, 1), make_date(y, 12, 31) FROM range(2018, 2024) t(y)")
        conn.execute("INSERT INTO dim_article SELECT i, printf('a%02d.txt', i), 'T', NULL, 'src', "
                     "DATE '2020-01-01', 'h' || i, 'utf-8', 'txt', 100, NULL, 'p', 0 FROM range(20) t(i)")
        conn.execute("INSERT INTO dim_entity VALUES (100, 'Alpha Park', 'org'), (101, 'Beta Co', 'org')")
        conn.execute("INSERT INTO dim_metric VALUES (1, 'unclassified', 'Unclassified', 'other')")
        facts = []
        for i in range(120):
            cny = [None, 5e8, 5e8, 1e9, 3.3e9, 7e10][i % 6]  # ties, and USD-only figures (NULL yuan: last)
            facts.append({"figure_key": i + 1, "article_key": i % 20, "ordinal": i, "unit_key": 1 + (i % 7 == 0),
                          "entity_key": [100, 101, None][i % 3], "as_of_key": [2019, None][i % 2],
                          "value": cny or 1e6, "value_cny": cny, "value_usd": None if i % 4 == 1 else (cny or 7e8) / 7,
                          "mention": f"m{i}"})
        if dangling:  # the largest figure, of an article no longer in dim_article
            facts.append({**facts[-1], "figure_key": 999, "article_key": 77, "ordinal": 0, "value_cny": 9e12})
        conn.register("facts", pd.DataFrame(facts))
        conn.execute("INSERT INTO fact_figure (figure_key, article_key, ordinal, unit_key, metric_key, entity_key, "
                     "as_of_key, value, qualifier, kind, lower_bound, upper_bound, start_offset, end_offset, "
                     "mention, value_cny, value_usd, fx_source) SELECT figure_key, article_key, ordinal, unit_key, "
                     "1, entity_key, as_of_key, value, 'exact', 'level', value, value, 0, 1, mention, "
                     "value_cny, value_usd, CASE WHEN value_usd IS NULL THEN NULL ELSE 'stated' END FROM facts")


def _rows(df: pd.DataFrame) -> list[tuple]:
    return [tuple(None if pd.isna(v) else v for v in r) for r in df.itertuples(index=False, name=None)]


def _assert_is_the_head(conn, n, fast):
    df, more = fast
    plain, plain_more = reports.head(conn, report_sql(NAME), n)
    whole = conn.sql(report_sql(NAME)).df()
    assert more == plain_more == (len(whole) > n)
    assert list(df.columns) == list(plain.columns) and list(df.dtypes) == list(plain.dtypes)
    keys = ["cny_100m"]  # the ORDER BY (value_cny), as shown
    assert _rows(df[keys]) == _rows(plain[keys]) == _rows(whole[keys])[:n]
    last = _rows(df[keys])[-1] if len(df) else None
    before = [r for r, k in zip(_rows(whole), _rows(whole[keys])) if last is not None and k != last][:sum(
        k != last for k in _rows(df[keys]))]
    assert collections.Counter(r for r, k in zip(_rows(df), _rows(df[keys])) if k != last) == collections.Counter(before)
    assert not collections.Counter(_rows(df)) - collections.Counter(_rows(whole))


@pytest.fixture(scope="module")
def wh(tmp_path_factory):
    path = tmp_path_factory.mktemp("top") / "w.duckdb"
    _build(path)
    return path


@pytest.mark.parametrize("n", [1, 2, 5, 19, 20, 21, 60, 99, 100, 101, 1000])
def test_the_top_rows_head_is_the_reports_head(wh, n):
    with duckdb.connect(str(wh), read_only=True) as conn:
        whole = conn.sql(report_sql(NAME)).df()
        assert whole["cny_100m"].isna().any() and whole["cny_100m"].duplicated().any()  # NULLs last, ties
        _assert_is_the_head(conn, n, reports.report_head(conn, NAME, n))


def test_the_top_rows_head_does_not_read_the_whole_report(wh, monkeypatch):
    def whole_report(*_args, **_kwargs):
        raise AssertionError("read the whole report")

    with duckdb.connect(str(wh), read_only=True) as conn:
        monkeypatch.setattr(reports, "head", whole_report)
        df, more = reports.report_head(conn, NAME, 10)
    assert more and len(df) == 10


@pytest.mark.parametrize("n", [1, 5, 200])
def test_a_dangling_figure_makes_the_head_the_whole_reports(tmp_path, n):
    path = tmp_path / "w.duckdb"
    _build(path, dangling=True)
    with duckdb.connect(str(path), read_only=True) as conn:
        df, more = reports.report_head(conn, NAME, n)
        assert 9e12 / 1e8 not in set(df["cny_100m"])  # the report's inner join drops it
        _assert_is_the_head(conn, n, (df, more))


def test_an_empty_warehouse_has_an_empty_top_rows_head(tmp_path):
    path = tmp_path / "w.duckdb"
    with duckdb.connect(str(path)) as conn:
        for step in ("create_tables.sql", "create_views.sql"):
            conn.execute(read_sql(step))
    with duckdb.connect(str(path), read_only=True) as conn:
        df, more = reports.report_head(conn, NAME, 10)
        plain, _ = reports.head(conn, report_sql(NAME), 10)
    assert df.empty and not more and list(df.columns) == list(plain.columns)
