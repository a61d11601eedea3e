"""Figure times (as_of, period_start), ninth round: general English constructions of reporting periods and
relative months, on new sentences written for this test (none taken from a fixture)."""
import datetime as dt

import pytest

from helpers import figure_times
from zgc_etl.parse.timex import find_times


def _time(published, sentence, mention):
    got = figure_times(published, *sentence.split("\n"))
    assert mention in got, (mention, got)
    return got[mention]


# ------------------------------------------------------------------ a whole year with no year named (item 2)

@pytest.mark.parametrize("published, sentence, mention, expected", [
    # a results story early in a year: the year just ended
    ("2024-02-10", "Full-year revenue rose 12 percent to 4.5 billion yuan, the company said.", "4.5 billion yuan",
     ("2023", None)),
    ("2024-02-10", "For the year, exports grew 6.5 percent to 31 billion dollars.", "31 billion dollars",
     ("2023", None)),
    ("2025-01-28", "Its full-year net income fell 3 percent to 1.2 billion yuan.", "1.2 billion yuan", ("2024", None)),
    ("2024-01-20", "Over the whole year, the park signed 70 contracts.", "70", ("2023", None)),
    # a whole year that has ended is the year before, whenever the story runs
    ("2024-08-10", "The company reported full-year profit of 300 million yuan.", "300 million yuan", ("2023", None)),
    # a year the story has just named
    ("2024-08-10", "In 2022, the firm sold 40,000 cars.\nFor the full year, revenue climbed 20 percent.",
     "20 percent", ("2022", None)),
    # looking ahead: the year under way
    ("2024-08-10", "Full-year revenue is expected to reach 5 billion yuan.", "5 billion yuan", ("2024", None)),
    # a part of the year is no whole year
    ("2024-06-20", "Over the year, the park signed 70 contracts.", "70", ("2024", None)),
])
def test_a_whole_year_without_a_number_is_the_year_reported(published, sentence, mention, expected):
    assert _time(published, sentence, mention) == expected


def test_a_full_year_as_a_duration_is_no_time():
    # "a full year" measures how long something took: the figure keeps the time it would have without it
    assert _time("2024-08-10", "It took a full year to sign 30 contracts.", "30") == ("2024-08-10", None)


# ------------------------------------------------------------------ the closing quarter or half of a year (item 3)

@pytest.mark.parametrize("published, sentence, mention, expected", [
    ("2024-08-10", "In the final quarter of last year, sales rose 5 percent.", "5 percent", ("2023-12", "2023-10")),
    ("2024-08-10", "Shipments in the last quarter of 2023 reached 2 million units.", "2 million",
     ("2023-12", "2023-10")),
    ("2024-08-10", "During the latter half of 2023 the fund made 14 deals.", "14", ("2023-12", "2023-07")),
    ("2024-02-10", "During the final quarter, the port handled 2 million containers.", "2 million",
     ("2023-12", "2023-10")),
    ("2024-08-10", "Profit for the final half of 2022 came to 90 million yuan.", "90 million yuan",
     ("2022-12", "2022-07")),
    # "the last quarter" of no year: the last one that ended before publication
    ("2024-08-10", "Sales rose 5 percent in the last quarter.", "5 percent", ("2024-06", "2024-04")),
    ("2024-01-05", "Exports climbed 7 percent in the last quarter.", "7 percent", ("2023-12", "2023-10")),
    ("2024-12-30", "The exchange listed 11 firms during the last quarter.", "11", ("2024-09", "2024-07")),
])
def test_the_closing_quarter_or_half(published, sentence, mention, expected):
    assert _time(published, sentence, mention) == expected


def test_a_latter_quarter_is_no_time():
    assert _time("2024-08-10", "In the latter quarter, sales rose 5 percent.", "5 percent") == ("2024-08-10", None)


# ------------------------------------------------------------------ a relative month with a modifier (item 1)

@pytest.mark.parametrize("sentence, text, as_of", [
    ("Later last month, the fund closed a round.", "Later last month", "2024-02"),
    ("The park signed 45 contracts earlier last month.", "earlier last month", "2024-02"),
    ("Late next month the line opens.", "Late next month", "2024-04"),
    ("Early this month the startup hired 120 engineers.", "Early this month", "2024-03"),
    ("The firm will open 20 labs later next month.", "later next month", "2024-04"),
])
def test_a_relative_month_is_found_with_its_modifier(sentence, text, as_of):
    times = find_times(sentence, dt.date(2024, 3, 15))
    assert [(t.text, t.as_of) for t in times] == [(text, as_of)]


@pytest.mark.parametrize("sentence, mention, as_of", [
    ("Later last month, the fund closed a round of 800 million yuan.", "800 million yuan", "2024-02"),
    ("Early this month the startup hired 120 engineers.", "120", "2024-03"),
])
def test_a_figure_after_a_modified_relative_month(sentence, mention, as_of):
    assert _time("2024-03-15", sentence, mention) == (as_of, None)


# ------------------------------------------------------------------ a target due at the end of a year

@pytest.mark.parametrize("sentence, mention, as_of", [
    ("By late next year the line will turn out 40,000 cars.", "40,000", "2025-12-31"),
    ("The city plans to add 300 charging piles in late 2025.", "300", "2025-12-31"),
    ("The firm aims to hire 500 engineers at the end of 2026.", "500", "2026-12-31"),
    ("The zone aims to attract 90 firms this year.", "90", "2024"),
])
def test_a_target_due_at_the_end_of_a_year(sentence, mention, as_of):
    assert _time("2024-03-15", sentence, mention) == (as_of, None)


# ------------------------------------------------------------------ spans written other ways (item 3)

@pytest.mark.parametrize("sentence, mention, expected", [
    # "since the end of" a year: from the January after it
    ("Since the end of 2021, the zone has drawn 12 billion yuan in investment.", "12 billion yuan",
     ("2024-08-10", "2022-01")),
    ("The fund has backed 35 startups since the end of last year.", "35", ("2024-08-10", "2024-01")),
    # "through the first ... months"
    ("Through the first seven months, exports rose 9 percent.", "9 percent", ("2024-07", "2024-01")),
    ("Throughout the first two quarters, output climbed 6 percent.", "6 percent", ("2024-06", "2024-01")),
    # the years that end with a named one
    ("In the three years to 2023, revenue rose 8 percent.", "8 percent", ("2023", "2021")),
    ("In the five years through 2022, the fund invested 5 billion yuan.", "5 billion yuan", ("2022", "2018")),
    ("Over the past four years ending in 2023, the city built 16 labs.", "16", ("2023", "2020")),
])
def test_spans_written_other_ways(sentence, mention, expected):
    assert _time("2024-08-10", sentence, mention) == expected
