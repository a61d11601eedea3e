"""region_article_figures, kept by the load for the figures_by_region report: after loads that add,
change and remove articles it gives the report the plain roll-up over the figures view gives, and a
warehouse without it (an upgraded one) or whose hierarchy changed has it rebuilt whole."""
from __future__ import annotations

from test_report_sql_equivalence import PLAIN_FIGURES_BY_REGION
from warehouse_helpers import connect, load, rows, write_article

from zgc_etl.warehouse import load as wl
from zgc_etl.warehouse.sqlfiles import report_sql

TWO_REGIONS = "Baoding in Hebei attracted 120 research institutes and 4.5 billion yuan of investment in 2021."


def _same_as_plain(wh) -> list:
    got = rows(wh, report_sql("figures_by_region"))
    assert got == rows(wh, PLAIN_FIGURES_BY_REGION)
    return got


def _rollup(wh) -> list:
    return rows(wh, "SELECT region_key, article_key, figures, money_figures FROM region_article_figures ORDER BY ALL")


def test_the_rollup_follows_added_changed_and_removed_articles(tmp_path):
    raw, wh = tmp_path / "raw", tmp_path / "w.duckdb"
    write_article(raw, "a.txt", "Zhongguancun had 20,000 high-tech companies in Beijing in 2020.")
    write_article(raw, "b.txt", "The park's revenue reached 3 billion yuan in Tianjin in 2020.")
    load(raw, wh)
    first = _same_as_plain(wh)
    write_article(raw, "c.txt", TWO_REGIONS)  # added: two regions under one ancestor
    load(raw, wh)
    added = _same_as_plain(wh)
    assert added != first
    write_article(raw, "a.txt", "Zhongguancun had 25,000 high-tech companies and 300 incubators in Hebei in 2021.")
    load(raw, wh)  # changed
    _same_as_plain(wh)
    (raw / "b.txt").unlink()
    load(raw, wh)  # removed
    _same_as_plain(wh)
    with connect(wh) as conn:
        conn.execute("BEGIN")
        kept = _rows_now(conn)
        conn.execute("DELETE FROM warehouse_meta WHERE name = ?", [wl.REGION_ROLLUP_SETTING])
        conn.register("stg_dim_article", conn.execute("SELECT article_key FROM dim_article LIMIT 0").df())
        assert wl.refresh_region_rollup(conn)  # rebuilt whole: the same rows as kept incrementally
        assert _rows_now(conn) == kept
        conn.execute("COMMIT")
    assert rows(wh, "SELECT count(*) FROM region_article_figures WHERE article_key NOT IN "
                    "(SELECT article_key FROM dim_article)") == [(0,)]


def _rows_now(conn) -> list:
    return conn.execute("SELECT * FROM region_article_figures ORDER BY ALL").fetchall()


def test_an_upgraded_warehouse_is_backfilled_by_its_next_load(tmp_path):
    raw, wh = tmp_path / "raw", tmp_path / "w.duckdb"
    write_article(raw, "a.txt", TWO_REGIONS)
    write_article(raw, "b.txt", "The park's revenue reached 3 billion yuan in Tianjin in 2020.")
    load(raw, wh)
    built = _rollup(wh)
    assert built
    with connect(wh) as conn:  # as a warehouse written before the table existed
        conn.execute("DROP TABLE region_article_figures")
        conn.execute("DELETE FROM warehouse_meta WHERE name = ?", [wl.REGION_ROLLUP_SETTING])
    load(raw, wh)  # nothing changed: the load still backfills the table
    assert _rollup(wh) == built
    _same_as_plain(wh)


def test_a_changed_hierarchy_rebuilds_the_rollup(tmp_path):
    raw, wh = tmp_path / "raw", tmp_path / "w.duckdb"
    write_article(raw, "a.txt", TWO_REGIONS)
    load(raw, wh)
    with connect(wh) as conn:
        conn.execute("BEGIN")
        conn.register("stg_dim_article", conn.execute("SELECT article_key FROM dim_article LIMIT 0").df())
        assert not wl.refresh_region_rollup(conn)  # unchanged: nothing to rebuild
        # Hebei moved under Beijing (as a changed reference file would): every count of Beijing changes
        conn.execute("UPDATE dim_region SET parent_key = (SELECT region_key FROM dim_region WHERE name = 'Beijing') "
                     "WHERE name = 'Hebei'")
        assert wl.refresh_region_rollup(conn)
        conn.execute("COMMIT")
    _same_as_plain(wh)
