"""Every report in sql/reports/ on known articles, run through the CLI as a user would."""
from __future__ import annotations

import csv
import io

import pytest
from warehouse_helpers import load, pin_metrics, rows, unclassified, write_article

from zgc_etl.cli import main
from zgc_etl.warehouse.sqlfiles import report_names

PARK = "Tianjin Binhai-Zhongguancun Science and Technology Park"
SEED = "zgc_assists_coordinated_development.txt"


@pytest.fixture
def wh(small_raw_dir, tmp_path, monkeypatch):
    pin_metrics(monkeypatch, unclassified)  # series keyed by measure text: independent of the catalogue
    write_article(small_raw_dir, "base.txt", f"{PARK} has 8,816 affiliated agencies.")
    write_article(small_raw_dir, "rounded.txt", f"{PARK} has 8,000 affiliated agencies.")
    write_article(small_raw_dir, "later.txt", f"{PARK} has more than 9,000 affiliated agencies.",
                  byline="chinadaily.com.cn | Updated: Mar 20, 2021")
    (small_raw_dir / "empty.txt").write_bytes(b"")
    path = tmp_path / "w.duckdb"
    load(small_raw_dir, path)
    return path


def report(capsys, wh, name, **params):
    argv = ["report", name, "--warehouse", str(wh), "--format", "csv"]
    for k, v in params.items():
        argv += ["--param", f"{k}={v}"]
    assert main(argv) == 0
    return list(csv.DictReader(io.StringIO(capsys.readouterr().out)))


def test_every_report_is_tested():
    assert set(report_names()) == {"articles_overview", "conflicts", "figures_by_region", "money_cny_usd",
                                   "subject_timeline", "timeline"}


def test_articles_overview(capsys, wh, small_raw_dir):
    got = report(capsys, wh, "articles_overview")
    loaded = {r["file"]: r for r in got if r["outcome"] == "loaded"}
    assert set(loaded) == {p.name for p in small_raw_dir.iterdir()} - {"empty.txt"}
    assert loaded["base.txt"]["source"] == "chinadaily.com.cn" and loaded["base.txt"]["published"] == "2021-03-19"
    assert loaded["base.txt"]["figure_count"] == "1"
    assert [(r["file"], r["reason"].split(":")[0]) for r in got if r["outcome"] == "rejected"] == [("empty.txt", "empty")]


def test_figures_by_region(capsys, wh):
    got = {r["region"]: r for r in report(capsys, wh, "figures_by_region")}
    direct = dict(rows(wh, "SELECT r, count(*) FROM (SELECT unnest(regions) AS r FROM figures) GROUP BY r"))
    # every region counts at least its own figures; a parent at least what its children count (roll-up)
    assert all(int(got[r]["figures"]) >= n for r, n in direct.items())
    parents = rows(wh, "SELECT name, parent_name FROM dim_region WHERE parent_name IS NOT NULL")
    for child, parent in parents:
        if child in got:
            assert int(got[parent]["figures"]) >= int(got[child]["figures"])
    tianjin = rows(wh, "SELECT count(DISTINCT file) FROM figures WHERE list_contains(regions, 'Tianjin')")[0][0]
    assert int(got["Tianjin"]["articles"]) >= tianjin >= 1
    assert got["Tianjin"]["level"] == rows(wh, "SELECT level FROM dim_region WHERE name = 'Tianjin'")[0][0]


def test_money_cny_usd(capsys, wh):
    got = report(capsys, wh, "money_cny_usd")
    (r,) = [r for r in got if "16.3 billion yuan" in r["mention"]]
    assert (r["file"], r["cny_100m"], r["usd_million"], r["fx_source"]) == (SEED, "163.0", "2510.0", "article pair")
    values = [float(r["cny_100m"]) for r in got if r["cny_100m"]]
    assert values == sorted(values, reverse=True)


def test_subject_timeline(capsys, wh):
    got = report(capsys, wh, "subject_timeline", subject="Technology Park")
    ours = [(r["as_of"], r["file"]) for r in got if r["measure"] == "affiliated agencies"]
    assert ours[0] == ("2021-03-20", "later.txt")
    assert sorted(ours[1:]) == [("2021-03-19", "base.txt"), ("2021-03-19", "rounded.txt")]
    assert all("technology park" in r["subject"].lower() for r in got)


def test_timeline(capsys, wh):
    got = report(capsys, wh, "timeline", subject="Technology Park", series="affiliated agencies")
    assert [(r["statement_rank"], r["file"], r["qualifier"], r["value"]) for r in got][0] == \
        ("1", "later.txt", "gt", "9000.0")
    assert [r["statement_rank"] for r in got] == ["1", "2", "3"]


def test_conflicts(capsys, wh):
    got = report(capsys, wh, "conflicts")
    assert [(r["file_a"], r["mention_a"], r["file_b"], r["mention_b"], r["gap"]) for r in got] == [
        ("base.txt", "8,816", "rounded.txt", "8,000", "816.0")]
    assert report(capsys, wh, "conflicts", subject="no such subject") == []
