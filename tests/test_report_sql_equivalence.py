"""The fast report SQL gives what the plain definitions over the public views give.

figures_by_region, money_cny_usd and subject_timeline read the tables instead of the figures view
(whose per-figure region list they never show), figure_conflicts pairs only the points two articles
state, sorted for the self-join, and the conflicts report rounds after its ORDER BY.  Each is
checked here against the straightforward query it replaced, on articles where the shortcuts
matter: figures whose two regions roll up to one ancestor, a point one article states twice.
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from warehouse_helpers import load, pin_metrics, rows, unclassified, write_article

from zgc_etl.warehouse import reports
from zgc_etl.warehouse.sqlfiles import report_sql

DEV = Path(__file__).parent / "fixtures" / "dev"
PARK = "Tianjin Binhai-Zhongguancun Science and Technology Park"
MONEY_UNITS = "('CNY', 'USD', 'EUR', 'HKD', 'GBP', 'JPY')"

PLAIN_FIGURES_BY_REGION = f"""
SELECT h.ancestor AS region, r.level,
       count(DISTINCT fb.figure_key) AS figures,
       count(DISTINCT f.file) AS articles,
       count(DISTINCT f.figure_key) FILTER (WHERE f.unit IN {MONEY_UNITS}) AS money_figures
FROM bridge_figure_region fb
JOIN region_hierarchy h ON h.region_key = fb.region_key
JOIN dim_region r ON r.region_key = h.ancestor_key
JOIN figures f ON f.figure_key = fb.figure_key
GROUP BY h.ancestor, r.level
ORDER BY figures DESC, region"""

PLAIN_MONEY = """
SELECT file, mention, qualifier, kind, subject, as_of,
       round(value_cny / 1e8, 2) AS cny_100m, round(value_usd / 1e6, 1) AS usd_million, fx_source
FROM figures
WHERE value_cny IS NOT NULL OR value_usd IS NOT NULL
ORDER BY value_cny DESC NULLS LAST"""

PLAIN_SUBJECT_TIMELINE = """
SELECT subject, metric, measure, as_of, qualifier, value, unit, file, mention
FROM figures
WHERE subject IS NOT NULL AND subject ILIKE '%' || COALESCE(getvariable('subject'), '') || '%'
ORDER BY subject, metric, as_of DESC NULLS LAST, file"""

# every statement against every other of the same point: no pruning, no sort
PLAIN_CONFLICTS = """
WITH t AS (
    SELECT *, COALESCE(TRY_CAST(getvariable('conflict_tolerance') AS DOUBLE), 0.005) AS tol
    FROM figure_timeline WHERE time_key IS NOT NULL
)
SELECT a.subject, a.series, a.kind, a.time_key AS as_of, a.compare_unit,
       a.file, a.published, a.mention, a.value, a.unit, a.qualifier, a.compare_lower, a.compare_upper,
       b.file, b.published, b.mention, b.value, b.unit, b.qualifier, b.compare_lower, b.compare_upper,
       greatest(a.compare_lower - b.compare_upper, b.compare_lower - a.compare_upper) AS gap,
       a.figure_key, b.figure_key
FROM t a JOIN t b
  ON a.entity_key = b.entity_key AND a.series = b.series AND a.kind = b.kind
 AND a.compare_unit = b.compare_unit AND a.time_key = b.time_key
 AND a.article_key <> b.article_key AND a.file < b.file
WHERE a.compare_lower - b.compare_upper > a.tol * greatest(abs(a.compare_lower), abs(b.compare_upper))
   OR b.compare_lower - a.compare_upper > a.tol * greatest(abs(b.compare_lower), abs(a.compare_upper))"""


@pytest.fixture(scope="module")
def wh(tmp_path_factory):
    """The three small articles (figures in Tianjin and Hebei, or Baodi and Beijing: two regions
    under China) and conflicting statements about the park: one article states a point twice,
    two articles state a point once each."""
    mp = pytest.MonkeyPatch()
    pin_metrics(mp, unclassified)  # series keyed by measure text: independent of the catalogue
    try:
        tmp = tmp_path_factory.mktemp("equivalence")
        raw = tmp / "raw"
        raw.mkdir()
        for name in ("zgc_assists_coordinated_development.txt", "binhai_park_first_year_2018.html", "baodi_zgc_science_park_2023.txt"):
            (raw / name).write_bytes((DEV / name).read_bytes())
        write_article(raw, "base.txt", f"{PARK} has 8,816 affiliated agencies.")
        write_article(raw, "rounded.txt", f"{PARK} has 8,000 affiliated agencies.")
        write_article(raw, "about.txt", f"{PARK} has about 8,500 affiliated agencies.")
        write_article(raw, "twice.txt", f"{PARK} has 7,000 affiliated agencies. "
                                        f"Officials said {PARK} has 9,500 affiliated agencies.")
        write_article(raw, "incubators_a.txt", f"{PARK} has 120 incubators.")  # a point two statements make
        write_article(raw, "incubators_b.txt", f"{PARK} has 150 incubators.")
        write_article(raw, "later.txt", f"{PARK} has more than 9,000 affiliated agencies.",
                      byline="chinadaily.com.cn | Updated: Mar 20, 2021")
        path = tmp / "w.duckdb"
        load(raw, path)
    finally:
        mp.undo()
    return path


def _keys_then_rows(result, n_keys):
    """The order-key sequence (what the ORDER BY fixes) and the rows as a multiset (ties may swap)."""
    return [r[:n_keys] for r in result], sorted(result, key=repr)


def test_figures_by_region_counts_what_the_figures_view_counts(wh):
    # the shortcut the DISTINCT guards: one figure, two regions, one common ancestor
    shared = rows(wh, """SELECT count(*) FROM (
        SELECT b.figure_key, h.ancestor_key FROM bridge_figure_region b
        JOIN region_hierarchy h ON h.region_key = b.region_key
        GROUP BY ALL HAVING count(*) > 1)""")[0][0]
    assert shared > 0
    # the report counts figures with one region and with several apart, telling them by position
    several, one, by_position = rows(wh, """SELECT count(*) FILTER (WHERE n > 1), count(*) FILTER (WHERE n = 1),
                                                 count(*) FILTER (WHERE (n > 1) <> (top > 0))
                                          FROM (SELECT figure_key, count(*) AS n, max(position) AS top
                                                FROM bridge_figure_region GROUP BY figure_key)""")[0]
    assert several > 0 and one > 0 and by_position == 0
    got = rows(wh, report_sql("figures_by_region"))
    assert got == rows(wh, PLAIN_FIGURES_BY_REGION)
    assert dict((r[0], r[2]) for r in got)["China"] > 0


@pytest.mark.parametrize("name, plain, n_keys", [
    ("money_cny_usd", PLAIN_MONEY, 0),
    ("subject_timeline", PLAIN_SUBJECT_TIMELINE, 4),
])
def test_reports_that_read_the_tables_give_the_figures_view_rows(wh, name, plain, n_keys):
    got, want = rows(wh, report_sql(name)), rows(wh, plain)
    assert len(want) > 3
    assert _keys_then_rows(got, n_keys) == _keys_then_rows(want, n_keys)
    if name == "money_cny_usd":  # ordered by value_cny, which it shows in 100 M yuan
        assert [r[6] for r in got] == [r[6] for r in want]


def test_subject_parameter_still_filters(wh):
    with duckdb.connect(str(wh), read_only=True) as conn:
        conn.execute("SET VARIABLE subject = 'technology park'")
        got = conn.execute(report_sql("subject_timeline")).fetchall()
        want = conn.execute(PLAIN_SUBJECT_TIMELINE).fetchall()
    assert PARK in {r[0] for r in got} and all("technology park" in r[0].lower() for r in got)
    assert _keys_then_rows(got, 4) == _keys_then_rows(want, 4)


@pytest.mark.parametrize("tolerance", [None, 0.1])
def test_figure_conflicts_are_the_plain_self_join(wh, tolerance):
    with duckdb.connect(str(wh), read_only=True) as conn:
        if tolerance is not None:
            conn.execute("SET VARIABLE conflict_tolerance = ?", [tolerance])
        got = conn.execute("SELECT * FROM figure_conflicts").fetchall()
        want = conn.execute(PLAIN_CONFLICTS).fetchall()
        # twice.txt states the park's agencies twice: pairs with other articles, never with itself
        twice = conn.execute("SELECT count(*) FROM figure_statements WHERE file = 'twice.txt'").fetchone()[0]
    assert twice == 2
    assert sorted(got, key=repr) == sorted(want, key=repr)
    files = {(r[5], r[13]) for r in got}
    assert {("rounded.txt", "twice.txt"), ("incubators_a.txt", "incubators_b.txt")} <= files
    assert all(a < b for a, b in files)
    if tolerance is None:
        assert ("base.txt", "rounded.txt") in files
    else:  # 10%: 8,000 and 8,816 are close enough, 7,000 and 8,816 are not
        assert ("base.txt", "rounded.txt") not in files and ("base.txt", "twice.txt") in files


def test_timeline_ranks_every_statement(wh):
    assert rows(wh, "SELECT count(*) FROM figure_timeline") == rows(wh, "SELECT count(*) FROM figure_statements")
    got = rows(wh, "SELECT statement_rank, file, value FROM figure_timeline "
                   "WHERE series = 'measure:affiliated agencies' AND subject = ? ORDER BY statement_rank", [PARK])
    assert [r[0] for r in got] == list(range(1, 7)) and got[0][1] == "later.txt"


def test_conflicts_report_head_is_the_start_of_the_whole_report(wh):
    sql = report_sql("conflicts")
    with duckdb.connect(str(wh), read_only=True) as conn:
        cols, batches = reports.stream(conn, sql)
        whole = [tuple(r) for batch in batches for r in batch]
        head, more = reports.head(conn, sql, 3)
    assert len(whole) > 3 and more
    key = [cols.index(c) for c in ("subject", "series", "as_of", "file_a", "file_b", "mention_a", "mention_b")]
    assert [tuple(r[i] for i in key) for r in whole] == sorted(tuple(r[i] for i in key) for r in whole)
    assert [tuple(r) for r in head.itertuples(index=False)] == whole[:3]
    gap = cols.index("gap")
    assert all(r[gap] == round(r[gap], 4) > 0 for r in whole)
