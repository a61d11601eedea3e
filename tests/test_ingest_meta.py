"""Byline and date rules on the formats outlets use (no per-file patterns)."""
import pytest

from zgc_etl.ingest import meta

BYLINES = [
    ("chinadaily.com.cn | Updated: Mar 19, 2021", "chinadaily.com.cn", "2021-03-19"),
    ("Xinhua | Updated: 2016-12-03 09:09", "Xinhua", "2016-12-03"),
    ("(| Updated : 2019-08-14", None, "2019-08-14"),
    ("China Daily, March 12, 2024", "China Daily", "2024-03-12"),
    ("(Xinhua) 10:36, July 08, 2022", "Xinhua", "2022-07-08"),
    ("Published: Dec 26, 2025 09:37 PM", None, "2025-12-26"),
    ("Time:2022-05-20 16:48:30", None, "2022-05-20"),
    ("1551307527000", None, "2019-02-28"),
    ("2016-March-17  08:53    Shenzhen Daily", "Shenzhen Daily", "2016-03-17"),
    ("Source: Science and Technology Daily| 2021-12-16 14:14:39| Author: Staff Reporters", "Science and Technology Daily", "2021-12-16"),
    ("By Du Juan and Lu Hongyan ( Updated: 2016-06-24 14:24", None, "2016-06-24"),
    ("Updated: Apr 19, 2019 Some New Outlet Print", "Some New Outlet", "2019-04-19"),
]


@pytest.mark.parametrize("line,source,published", BYLINES)
def test_bylines(line, source, published):
    assert meta.parse_date(line) == published
    assert meta.byline_source(line) == source


def test_dateline_and_titles():
    assert meta.dateline_source("NANJING, July 7 (Xinhua) -- Deals were signed.") == "Xinhua"
    assert meta.dateline_source("SHIJIAZHUANG -- Over the past decade") is None
    assert meta.clean_title("Fruitful Results 2018-08-08") == "Fruitful Results"
    assert meta.clean_title("Tianjin’s Baodi") == "Tianjin's Baodi"
    assert meta.registered_domain("regional.chinadaily.com.cn") == "chinadaily.com.cn"
    assert meta.masthead_name("UNITALEN") == "Unitalen"
    assert meta.parse_date("last Monday") is None  # relative dates stay unresolved
