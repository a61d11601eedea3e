"""The fx_band audit's two passes (numbers of every pair, then the whole rows of the articles with a
pair outside the band) give what one pass over the whole rows gives."""
from __future__ import annotations

import pandas as pd
from warehouse_helpers import connect, load

from zgc_etl.warehouse import audits
from zgc_etl.warehouse.sqlfiles import read_sql


def _one_pass(conn, files=None, band=audits.FX_BAND):
    """The audit as it was: every pair's whole row, judged by :func:`audits._pairs_outside_band`."""
    with audits._audit_files(conn, files):
        df = conn.execute(read_sql("select_bracketed_cny_usd.sql")).df()
    bad = audits._pairs_outside_band(df, band)
    dated = int(df["written_on"].notna().sum())
    return bad.empty, {"pairs": len(df), "checked": dated, "undated": len(df) - dated, "band": band,
                       "outside_band": len(bad),
                       "examples": audits._examples(bad.drop(columns=["figure_key"]), 10)}, set(bad["file"])


def test_rates_pass_holds_the_pairs_of_the_whole_rows(small_raw_dir, tmp_path):
    wh = tmp_path / "w.duckdb"
    load(small_raw_dir, wh)
    with connect(wh) as conn:
        with audits._audit_files(conn, None):
            whole = conn.execute(read_sql("select_bracketed_cny_usd.sql")).df()
            rates = conn.execute(read_sql("select_bracketed_cny_usd_rates.sql")).df()
        assert len(whole) >= 2
        key = ["file", "implied_cny_per_usd", "written_on"]
        pd.testing.assert_frame_equal(rates[key].sort_values(key).reset_index(drop=True),
                                      whole[key].sort_values(key).reset_index(drop=True), check_dtype=False)


def test_two_passes_equal_one_pass_with_bad_and_undated_pairs(small_raw_dir, tmp_path):
    wh = tmp_path / "w.duckdb"
    load(small_raw_dir, wh)
    with connect(wh) as conn:
        assert audits._fx_band(conn) == _one_pass(conn)
        files = conn.execute("SELECT DISTINCT a.file FROM fact_figure f JOIN dim_article a USING (article_key) "
                             "WHERE f.alt_unit IN ('USD', 'CNY') ORDER BY 1").fetchall()
        assert len(files) >= 2
        bad, undated = files[0][0], files[-1][0]
        # one article's conversions off the band; another's undated (no publication day, no as_of)
        conn.execute("UPDATE fact_figure SET alt_value = alt_value * 3 WHERE alt_unit IN ('USD', 'CNY') AND "
                     "article_key = (SELECT article_key FROM dim_article WHERE file = ?)", [bad])
        conn.execute("UPDATE dim_article SET published = NULL WHERE file = ?", [undated])
        conn.execute("UPDATE fact_figure SET as_of_key = NULL WHERE "
                     "article_key = (SELECT article_key FROM dim_article WHERE file = ?)", [undated])
        got = audits._fx_band(conn)
        assert got == _one_pass(conn)
        passed, details, failing = got
        assert not passed and failing == {bad} and details["outside_band"] >= 1 and details["undated"] >= 1
        assert audits._fx_band(conn, files=[bad, undated]) == _one_pass(conn, files=[bad, undated])
        assert audits._fx_band(conn, band=10.0) == _one_pass(conn, band=10.0)
