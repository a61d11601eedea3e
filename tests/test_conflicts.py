"""Cross-article truth: figure_timeline and figure_conflicts on small synthetic articles."""
from __future__ import annotations

import pytest
from warehouse_helpers import load, pin_metrics, rows, unclassified, write_article

PARK = "Tianjin Binhai-Zhongguancun Science and Technology Park"


@pytest.fixture(autouse=True)
def measure_text_series(monkeypatch):
    """These tests exercise the fallback key (the measure text); the catalogue path is pinned where used."""
    pin_metrics(monkeypatch, unclassified)


@pytest.fixture
def articles(tmp_path):
    raw = tmp_path / "raw"
    write_article(raw, "base.txt", f"{PARK} has 8,816 affiliated agencies.")
    write_article(raw, "more_than.txt", f"{PARK} has more than 8,600 affiliated agencies.", byline="Xinhua | Updated: Mar 19, 2021")
    write_article(raw, "about.txt", f"{PARK} has about 8,500 affiliated agencies.")
    write_article(raw, "rounded.txt", f"{PARK} has 8,000 affiliated agencies.")
    write_article(raw, "later.txt", f"{PARK} has 9,000 affiliated agencies.", byline="chinadaily.com.cn | Updated: Mar 20, 2021")
    return raw


def _pairs(wh):
    return set(rows(wh, "SELECT file_a, file_b FROM figure_conflicts"))


def test_values_that_cannot_both_hold_conflict_and_qualified_ones_agree(articles, tmp_path):
    wh = tmp_path / "w.duckdb"
    load(articles, wh)
    # 8,000 is outside "about 8,500" (8,075-8,925), below "more than 8,600" and below 8,816;
    # "more than 8,600" and "about 8,500" agree with 8,816; later.txt holds on another day
    assert _pairs(wh) == {("about.txt", "rounded.txt"), ("base.txt", "rounded.txt"), ("more_than.txt", "rounded.txt")}
    (row,) = rows(wh, "SELECT series, as_of, value_a, value_b, gap, compare_unit FROM figure_conflicts "
                      "WHERE file_a = 'base.txt'")
    assert row == ("measure:affiliated agencies", "2021-03-19", 8816.0, 8000.0, 816.0, "count")


def test_two_articles_that_agree_are_not_in_conflict(tmp_path):
    raw = tmp_path / "raw"
    write_article(raw, "base.txt", f"{PARK} has 8,816 affiliated agencies.")
    write_article(raw, "more_than.txt", f"{PARK} has more than 8,600 affiliated agencies.")
    wh = tmp_path / "w.duckdb"
    load(raw, wh)
    assert _pairs(wh) == set()
    assert rows(wh, "SELECT count(*) FROM figure_timeline WHERE series = 'measure:affiliated agencies'") == [(2,)]


def test_conflicts_leave_with_their_article(articles, tmp_path):
    wh = tmp_path / "w.duckdb"
    load(articles, wh)
    (articles / "rounded.txt").unlink()
    load(articles, wh)
    assert _pairs(wh) == set()


def test_tolerance_is_a_variable(articles, tmp_path):
    import duckdb

    wh = tmp_path / "w.duckdb"
    load(articles, wh)
    with duckdb.connect(str(wh), read_only=True) as conn:
        conn.execute("SET VARIABLE conflict_tolerance = 0.2")  # 20%: 8,000 and 8,816 are close enough
        assert conn.execute("SELECT count(*) FROM figure_conflicts").fetchone()[0] == 0


def test_timeline_puts_the_newest_statement_first(articles, tmp_path):
    wh = tmp_path / "w.duckdb"
    load(articles, wh)
    got = rows(wh, "SELECT statement_rank, as_of, file FROM figure_timeline "
                   "WHERE series = 'measure:affiliated agencies' ORDER BY statement_rank")
    assert got[0] == (1, "2021-03-20", "later.txt")
    assert [r[0] for r in got] == [1, 2, 3, 4, 5]
    # among statements of the same day, the later publication first, then file name
    assert {r[2] for r in got[1:]} == {"base.txt", "more_than.txt", "about.txt", "rounded.txt"}


def test_metric_ids_take_over_from_measure_text(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    write_article(raw, "agencies.txt", f"{PARK} has 8,816 affiliated agencies.")
    write_article(raw, "institutions.txt", f"{PARK} has 8,000 affiliated institutions.")
    wh = tmp_path / "w.duckdb"
    load(raw, wh)
    assert _pairs(wh) == set()  # unclassified: different measure text, different series

    pin_metrics(monkeypatch, lambda measure: "affiliates" if measure else "unclassified")
    (raw / "agencies.txt").touch()
    wh2 = tmp_path / "w2.duckdb"
    load(raw, wh2)
    assert _pairs(wh2) == {("agencies.txt", "institutions.txt")}
    assert rows(wh2, "SELECT DISTINCT series FROM figure_conflicts") == [("affiliates",)]


def test_money_compares_across_currencies(tmp_path, monkeypatch):
    # the parser names no measure for these yet: stand in for its metric ids
    pin_metrics(monkeypatch, lambda measure: "total_investment")
    raw = tmp_path / "raw"
    write_article(raw, "yuan.txt", f"{PARK} has total investment of 16.3 billion yuan.")
    write_article(raw, "dollars.txt", f"{PARK} has total investment of $2.5 billion.")
    write_article(raw, "wrong.txt", f"{PARK} has total investment of $4 billion.")
    wh = tmp_path / "w.duckdb"
    load(raw, wh)
    # 16.3 billion yuan is about $2.5 billion at the March 2021 ECB rate (6.51); $4 billion is not
    assert _pairs(wh) == {("dollars.txt", "wrong.txt"), ("wrong.txt", "yuan.txt")}
    assert rows(wh, "SELECT DISTINCT compare_unit FROM figure_conflicts") == [("CNY",)]


def test_the_real_catalogue_keys_the_series(tmp_path, monkeypatch):
    monkeypatch.undo()  # the parser's own metric ids
    raw = tmp_path / "raw"
    write_article(raw, "base.txt", f"{PARK} has 8,816 affiliated agencies.")
    write_article(raw, "rounded.txt", f"{PARK} has 8,000 affiliated agencies.")
    wh = tmp_path / "w.duckdb"
    load(raw, wh)
    ((series, metric),) = rows(wh, "SELECT DISTINCT series, metric FROM figure_timeline")
    assert _pairs(wh) == {("base.txt", "rounded.txt")}
    assert (series == metric != "unclassified") or series == "measure:affiliated agencies"
