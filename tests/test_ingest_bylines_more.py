from zgc_etl.ingest.meta import byline_source, parse_date


def test_day_month_year_with_hyphens():
    assert parse_date("Updated 19:05, 14-Jan-2022") == "2022-01-14"
    assert parse_date("3-Sep-2019 08:00") == "2019-09-03"


def test_outlet_after_an_author_in_a_piped_byline():
    assert byline_source("By ZHOU MENGQI | chinadaily.com.cn | Updated: 2021-09-27 16:05") == "chinadaily.com.cn"
    assert byline_source("By Oswald Chan in Hong Kong | chinadailyhk | Updated: Thursday, June 26, 2025, 17:36") \
        == "chinadailyhk"


def test_author_only_byline_names_no_outlet():
    assert byline_source("By Du Juan and Lu Hongyan ( Updated: 2016-06-24 14:24") is None
