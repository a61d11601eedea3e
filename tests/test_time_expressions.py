"""Time expressions resolved against fixed publication dates (FIGURES.md, "Time")."""
import datetime as dt

import pytest

from zgc_etl.parse.timex import dateline_date, find_times


def one(sentence, published):
    times = [t for t in find_times(sentence, dt.date.fromisoformat(published))]
    assert times, sentence
    t = times[0]
    return t.role, t.as_of, t.period_start


@pytest.mark.parametrize("sentence, published, expected", [
    ("As of the end of last year, ZGC firms had 8,816 agencies", "2021-03-19", ("point", "2020-12-31", None)),
    ("By the end of last year, it had built up 2.43 million tons", "2025-11-25", ("point", "2024-12-31", None)),
    ("Last November, the office area opened", "2021-03-19", ("point", "2020-11", None)),
    # (in December too: "last November" is the year before's; the month just ended is "in November", "last month")
    ("Last November, the office area opened", "2021-12-10", ("point", "2020-11", None)),
    ("in the first seven months of this year", "2016-12-03", ("period", "2016-07", "2016-01")),
    ("in the first quarter of this year", "2022-05-20", ("period", "2022-03", "2022-01")),
    ("In the first two months of 2022 the two sectors", "2022-05-20", ("period", "2022-02", "2022-01")),
    ("from January to August this year", "2021-10-01", ("period", "2021-08", "2021-01")),
    ("During the past three quarters, 169 zones", "2021-12-16", ("period", "2021-09", "2021-01")),
    ("by 2025 it expects", "2022-08-02", ("deadline", "2025", None)),
    ("by the end of 2020", "2016-12-03", ("deadline", "2020-12-31", None)),
    ("from 2013 to 2018", "2021-03-19", ("period", "2018", "2013")),
    ("between 2011 and 2015", "2016-06-24", ("period", "2015", "2011")),
    ("In the past three years, more", "2021-11-30", ("period", "2021-11-30", "2018")),
    ("Over the past five years, Baodi", "2023-04-13", ("period", "2023-04-13", "2018")),
    ("Over the past decade, Hebei", "2022-09-09", ("period", "2022-09-09", "2012")),
    ("Since 2015, statistics show", "2019-04-19", ("period", "2019-04-19", "2015")),
    ("Since July 2014, the zone", "2018-08-08", ("period", "2018-08-08", "2014-07")),
    ("up 12.7% year-on-year", "2025-03-28", ("yoy", None, None)),
    ("a rise of 12.7% over the previous year", "2025-03-28", ("yoy", None, None)),
    ("since its inception", "2021-03-19", ("open", "2021-03-19", None)),
    ("in recent years", "2022-08-02", ("open", "2022-08-02", None)),
    ("on Monday, at the conference", "2023-02-21", ("point", "2023-02-20", None)),
    ("were signed on Thursday", "2022-07-08", ("point", "2022-07-07", None)),
    ("In 2018, Beijing firms", "2019-02-28", ("point", "2018", None)),
    ("last year", "2019-02-28", ("point", "2018", None)),
    ("In late 2018 there were", "2019-05-01", ("point", "2018-12-31", None)),
    ("Over a decade ago, Caofeidian", "2018-08-06", ("point", "2008", None)),
    ("about 10 years ago", "2022-09-09", ("point", "2012", None)),
    ("3.9 times higher than in 2012", "2023-02-22", ("base", None, "2012")),
    ("at the ceremony on Dec 29", "2018-01-04", ("point", "2017-12-29", None)),
    ("over 8,000 people on Jan. 2", "2016-03-15", ("point", "2016-01-02", None)),
    ("in autumn 1999, when", "2025-04-15", ("point", "1999", None)),
    ("By the end of June 2022", "2022-08-02", ("point", "2022-06-30", None)),
    ("the 2011-15 period", "2016-06-24", ("period", "2015", "2011")),
    ("During China's Spring Festival 2016, over", "2016-03-15", ("period", "2016-02", "2016-02")),
    ("Since then, Caofeidian has signed", "2018-08-08", ("since_then", "2018-08-08", None)),
])
def test_time_expression(sentence, published, expected):
    assert one(sentence, published) == expected


def test_years_inside_names_are_not_times():
    ref = dt.date(2016, 3, 15)
    assert find_times("the bid for the 2022 Winter Olympics", ref) == []
    assert find_times("at the Jiangsu-Germany Dialogue 2022 in Changzhou", ref) == []


def test_may_the_verb_is_not_a_month():
    assert [t.text for t in find_times("the zone may grow in 2016", dt.date(2016, 1, 1))] == ["in 2016"]


def test_dateline():
    assert dateline_date("HONG KONG, Feb. 21 (Xinhua) -- The port city", dt.date(2023, 2, 22)) == dt.date(2023, 2, 21)
    assert dateline_date("BEIJING, Dec. 30 (Xinhua) -- x", dt.date(2024, 1, 2)) == dt.date(2023, 12, 30)
    assert dateline_date("The port city of Tianjin", dt.date(2023, 2, 22)) is None


def test_year_before_a_name_is_still_a_time():
    assert [t.as_of for t in find_times("In 2018 Beijing companies started 453 projects", dt.date(2019, 2, 28))] \
        == ["2018"]
