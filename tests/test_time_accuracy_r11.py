"""Figure times (as_of, period_start), eleventh round: general English constructions of quarters named with their
year, "yesterday", and datelines a day ahead of the publication date, on new sentences written for this test (none
taken from a fixture)."""
import datetime as dt

import pytest

from helpers import figure_times
from zgc_etl.parse.timex import dateline_date


def _time(published, paragraphs, mention):
    got = figure_times(published, *paragraphs.split("\n"))
    assert mention in got, (mention, got)
    return got[mention]


# ------------------------------------------------------------------ a quarter or half with the year it belongs to

@pytest.mark.parametrize("published, sentence, mention, expected", [
    # the year before the quarter adjective, as a possessive or a modifier
    ("2024-05-10", "Last year's first-quarter output was 120 billion yuan.", "120 billion yuan", ("2023-03", "2023-01")),
    ("2024-09-10", "Last year's first-half revenue was 800 million yuan.", "800 million yuan", ("2023-06", "2023-01")),
    ("2024-09-10", "The 2023 first-quarter figure was 120 billion yuan.", "120 billion yuan", ("2023-03", "2023-01")),
    ("2024-11-02", "Compared with 2022's third-quarter level, shipments of 4,800 units were a record.", "4,800",
     ("2022-09", "2022-07")),
    # the year right after its noun
    ("2024-09-10", "First-quarter revenue in 2023 was 120 billion yuan.", "120 billion yuan", ("2023-03", "2023-01")),
    ("2024-09-10", "The company's second-quarter profit of last year was 1.2 billion yuan.", "1.2 billion yuan",
     ("2023-06", "2023-04")),
    ("2024-05-10", "The firm's first-quarter revenue last year rose 18 percent.", "18 percent", ("2023-03", "2023-01")),
    # a possessive year before "first quarter", "second half"
    ("2024-09-10", "In last year's second half, exports rose 9 percent.", "9 percent", ("2023-12", "2023-07")),
    ("2024-09-10", "During 2022's final quarter, the port moved 2.2 million TEUs.", "2.2 million",
     ("2022-12", "2022-10")),
    # unchanged neighbours: no year named, the last quarter that has ended; a verb's year after it is the verb's
    ("2024-09-10", "Second-quarter sales reached 3 billion yuan.", "3 billion yuan", ("2024-06", "2024-04")),
    ("2024-09-10", "Last year's fourth-quarter sales fell 3 percent.", "3 percent", ("2023-12", "2023-10")),
    ("2024-09-10", "In the first half of last year, revenue was 800 million yuan.", "800 million yuan",
     ("2023-06", "2023-01")),
    ("2024-05-10", "In mid-2023, the park had 1,200 tenants.", "1,200", ("2023", None)),  # mid-year: the year only
])
def test_quarter_with_its_year(published, sentence, mention, expected):
    assert _time(published, sentence, mention) == expected


# ------------------------------------------------------------------ yesterday, and datelines

@pytest.mark.parametrize("published, paragraphs, mention, expected", [
    ("2023-06-14", "Officials announced 340 new projects yesterday.", "340", ("2023-06-13", None)),
    ("2023-06-14", "The bureau said yesterday that exports rose 7 percent.", "7 percent", ("2023-06-13", None)),
    ("2023-06-14", "Yesterday, the city opened 12 new metro stations.", "12", ("2023-06-13", None)),
    ("2023-06-01", "Yesterday the district signed deals worth 5 billion yuan.", "5 billion yuan", ("2023-05-31", None)),
    # relative to the dateline's date, which the contract's notes use for "on Monday" too
    ("2023-06-14", "TIANJIN, June 13 -- The park unveiled 18 projects on Tuesday.\nThe fair drew 6,000 visitors "
                   "yesterday.", "6,000", ("2023-06-12", None)),
    # a dateline a day after the publication date is of the same year (a time-zone gap), not of the year before
    ("2023-06-14", "SHANGHAI, June 15 -- The fair drew 9,000 visitors on Wednesday.", "9,000", ("2023-06-14", None)),
    ("2023-06-14", "The exchange said on Tuesday that 12 firms listed.", "12", ("2023-06-13", None)),
])
def test_relative_days(published, paragraphs, mention, expected):
    assert _time(published, paragraphs, mention) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("SHANGHAI, June 15 -- The fair opened.", dt.date(2023, 6, 14), dt.date(2023, 6, 15)),
    ("BEIJING, Jan. 1 (Xinhua) -- Sales rose.", dt.date(2023, 12, 31), dt.date(2024, 1, 1)),
    ("BEIJING, Dec. 31 (Xinhua) -- Sales rose.", dt.date(2024, 1, 1), dt.date(2023, 12, 31)),
    ("BEIJING, June 20 (Xinhua) -- Sales rose.", dt.date(2023, 6, 14), dt.date(2022, 6, 20)),  # far ahead: a year back
    ("BEIJING, Feb. 29 (Xinhua) -- Sales rose.", dt.date(2025, 3, 2), dt.date(2024, 2, 29)),
    ("BEIJING, June 13, 2021 (Xinhua) -- Sales rose.", dt.date(2023, 6, 14), dt.date(2021, 6, 13)),
])
def test_dateline_year(text, published, expected):
    assert dateline_date(text, published) == expected
