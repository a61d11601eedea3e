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


# ------------------------------------------------------------------ an index's base year places no figure

@pytest.mark.parametrize("published, paragraphs, mention, expected", [
    ("2024-04-22", "The index, with 2015 as 100, stood at 431.2.", "431.2", ("2024-04-22", None)),
    ("2024-04-22", "The index uses 2015 as its base year.\nIt rose 9.8 percent to 431.2.", "9.8 percent",
     ("2024-04-22", None)),
    ("2024-04-22", "The Zhongguancun index was launched in 2013 with 2012 as the base year.\nThe latest edition puts "
                   "the index at 431.2.\nIts innovation capacity sub-index rose 9.8 percent.", "9.8 percent",
     ("2024-04-22", None)),
    ("2024-04-22", "The base year of the gauge is 2010.\nThe gauge climbed 4 percent.", "4 percent", ("2024-04-22", None)),
    ("2024-06-02", "Compiled on a 2018 base of 100, the price index slipped to 96.5.", "96.5", ("2024-06-02", None)),
    # the year it reached a value still dates it, and a comparison base still starts a change
    ("2024-05-10", "The index, which takes 2015 as 100, rose to 431.2 in 2023.\nIts openness sub-index reached 301.7.",
     "301.7", ("2023", None)),
    ("2024-05-10", "The index takes 2015 as 100.\nLast year it reached 431.2.\nThe talent sub-index rose 5 percent.",
     "5 percent", ("2023", None)),
    ("2024-05-10", "Output in 2023 was 2.4 times the 2015 level.", "2.4 times", ("2023", "2015")),
    ("2024-05-10", "Measured from 2021, the gauge went up 4.4 percent, ending 2022 at 100.9.", "100.9", ("2022", None)),
    # a total over a span of years is still a flow over it
    ("2024-05-10", "Over the past five years, the two cities deepened ties.\nTheir combined trade reached 300 billion "
                   "yuan.", "300 billion yuan", ("2024-05-10", "2019")),
])
def test_index_base_year(published, paragraphs, mention, expected):
    assert _time(published, paragraphs, mention) == expected


# ------------------------------------------------------------------ the period a report covers, carried

@pytest.mark.parametrize("published, paragraphs, mention, expected", [
    # a present-tense change ("is up", "are down") continuing the report of a part of a year just ended
    ("2024-10-22", "In the first nine months, the zone's exports grew 8 percent.\nIts imports are down 2 percent.",
     "2 percent", ("2024-09", "2024-01")),
    ("2024-10-22", "The report covers January to September.\nIndustrial output is up 6.3 percent, and fixed-asset "
                   "investment is up 4.1 percent.", "4.1 percent", ("2024-09", "2024-01")),
    ("2024-10-20", "In the July-September period, the city's industrial output grew 5.8 percent.\nRetail sales are "
                   "up by 3.1 percent.", "3.1 percent", ("2024-09", "2024-07")),
    ("2024-10-20", "Beijing's third-quarter office market saw net absorption of 35,000 square meters.\nThe vacancy "
                   "rate is 18.2 percent.", "18.2 percent", ("2024-09-30", None)),  # r12: a stock
    # a level reached, after a span of years: at the span's end, no start
    ("2024-05-10", "Over 2019-2023, the park's revenue grew at an average annual rate of 12 percent.\nIts revenue hit "
                   "300 billion yuan.", "300 billion yuan", ("2023", None)),
    ("2024-05-10", "From 2018 to 2023, the fund's assets grew fivefold.\nThey reached nearly 60 billion yuan.",
     "nearly 60 billion yuan", ("2023", None)),
    # unchanged neighbours: a flow over the span keeps its start; a present level holds now
    ("2024-05-10", "From 2018 to 2023, the city invested 30 billion yuan in AI.\nThe central government contributed "
                   "12 billion yuan.", "12 billion yuan", ("2023", "2018")),
    ("2024-05-10", "Since 2019, the district has attracted 92 billion yuan of investment.\nIt now has 2,400 high-tech "
                   "firms.", "2,400", ("2024-05-10", None)),
    ("2024-05-10", "Founded in 2016, the park now hosts 3,980 firms.", "3,980", ("2024-05-10", None)),
    ("2024-03-10", "Last year was the zone's busiest.\nIt signed 118 projects worth 41.2 billion yuan, 64 percent of "
                   "them from Shanghai.", "64 percent", ("2023", None)),
])
def test_carried_period(published, paragraphs, mention, expected):
    assert _time(published, paragraphs, mention) == expected


# ------------------------------------------------------------------ part-year periods in other words

@pytest.mark.parametrize("published, paragraphs, mention, expected", [
    # "N-month" results: the first N months of the year
    ("2024-10-25", "Nine-month revenue rose 12 percent to 4.5 billion yuan.", "4.5 billion yuan",
     ("2024-09", "2024-01")),
    ("2024-10-25", "Its nine-month net profit was 800 million yuan.", "800 million yuan", ("2024-09", "2024-01")),
    ("2024-08-28", "The lender's six-month earnings slipped 3 percent.", "3 percent", ("2024-06", "2024-01")),
    ("2024-02-03", "Eleven-month exports totaled 9.2 billion dollars.", "9.2 billion dollars", ("2023-11", "2023-01")),
    # a sentence that opens with the span
    ("2024-10-25", "The first three quarters saw exports climb 6 percent.", "6 percent", ("2024-09", "2024-01")),
    ("2024-07-30", "The first two months brought in 2.6 billion yuan of new orders.", "2.6 billion yuan",
     ("2024-02", "2024-01")),
    # "is at" continuing a reported quarter
    ("2024-10-20", "Q3 2024 saw leasing demand of 180,000 square meters.\nVacancy is at 21 percent.", "21 percent",
     ("2024-09", "2024-07")),
    # unchanged neighbours: a length of time that is no reporting period; the first months after an event
    ("2024-10-25", "The nine-month programme trained 300 engineers.", "300", ("2024-10-25", None)),
    ("2024-10-25", "The first three months after its launch brought 40 tenants.", "40", ("2024-10-25", None)),
    ("2024-10-25", "In the first six months after it opened, the centre drew 40 tenants.", "40", ("2024-10-25", None)),
])
def test_part_year_periods(published, paragraphs, mention, expected):
    assert _time(published, paragraphs, mention) == expected


# ------------------------------------------------------------------ forecasts and plans carried to the next sentence

@pytest.mark.parametrize("published, paragraphs, mention, expected", [
    # a forecast continuing a forecast for a time ahead: that time
    ("2024-05-10", "Revenue is expected to reach 50 billion yuan in 2026.\nProfit is forecast to rise 20 percent.",
     "20 percent", ("2026", None)),
    ("2024-05-10", "CBRE expects 1.2 million square meters of new supply in 2025.\nVacancy is likely to climb to 24 "
                   "percent.", "24 percent", ("2025", None)),
    ("2024-12-20", "Next year, exports are expected to grow 5 percent.\nImports may rise 3 percent.", "3 percent",
     ("2025", None)),
    # (a target with no deadline of its own and none carried keeps as_of null, as the contract says, even after a
    # forecast's year)
    ("2024-05-10", "Revenue is expected to reach 50 billion yuan in 2026.\nThe bank plans to raise as much as US$1 "
                   "billion.", "as much as US$1 billion", (None, None)),
    # a past-tense fact after a plan period that runs ahead: the day of the report, not the plan's end
    ("2024-05-10", "The Five-Year Plan (2021-2025) calls for R&D intensity above 3.2 percent.\nThe city's R&D "
                   "spending grew 10 percent.", "10 percent", ("2024-05-10", None)),
    # unchanged neighbours: a fact after a deadline holds now; a present level after a forecast too
    ("2024-05-10", "The city aims to host 500 firms by 2025.\nThe zone drew 120 firms.", "120", ("2024-05-10", None)),
    ("2024-05-10", "Revenue is expected to reach 50 billion yuan in 2026.\nThe company has 12,000 staff.", "12,000",
     ("2024-05-10", None)),
    ("2024-05-10", "In 2023, output reached 5 billion yuan.\nExports rose 9 percent.", "9 percent", ("2023", None)),
])
def test_forecasts_carried(published, paragraphs, mention, expected):
    assert _time(published, paragraphs, mention) == expected
