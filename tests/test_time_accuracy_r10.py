"""Figure times (as_of, period_start), tenth round: general English constructions of reporting periods, on new
sentences written for this test (none taken from a fixture)."""
import pytest

from helpers import figure_times


def _time(published, sentence, mention):
    got = figure_times(published, *sentence.split("\n"))
    assert mention in got, (mention, got)
    return got[mention]


# ------------------------------------------------------------------ periods named in general English (item 1)

@pytest.mark.parametrize("published, sentence, mention, expected", [
    # a quarter named by its last month: the three months that end with it
    ("2024-11-10", "The group booked revenue of 2.3 billion yuan for the September quarter, its best in three years.",
     "2.3 billion yuan", ("2024-09", "2024-07")),
    ("2024-03-02", "Sales jumped 40 percent in the December quarter to 800 million yuan.", "40 percent",
     ("2023-12", "2023-10")),
    ("2024-08-20", "June-quarter revenue reached 4.1 billion yuan.", "4.1 billion yuan", ("2024-06", "2024-04")),
    ("2025-02-14", "In the March 2024 quarter, the lender wrote 610 new loans.", "610", ("2024-03", "2024-01")),
    ("2024-08-20", "Exports climbed to 4.1 billion yuan in the quarter to June.", "4.1 billion yuan",
     ("2024-06", "2024-04")),
    ("2024-08-20", "Revenue in the quarter ended June 30 was 4.1 billion yuan.", "4.1 billion yuan",
     ("2024-06-30", "2024-04")),
    # the year to date, however it is worded
    ("2024-05-12", "So far in 2024, the district has approved 46 new projects.", "46", ("2024-05-12", "2024-01")),
    ("2024-05-12", "The zone had attracted 3.2 billion yuan of investment so far this year.", "3.2 billion yuan",
     ("2024-05-12", "2024-01")),
    ("2024-09-03", "This year so far, some 75 startups have moved into the incubator.", "some 75",
     ("2024-09-03", "2024-01")),
    ("2024-09-03", "The port has handled 9.6 million tonnes of cargo to date this year.", "9.6 million tonnes",
     ("2024-09-03", "2024-01")),
    # the start of a year is a point in time: its first month
    ("2024-05-12", "At the start of the year, the park was home to 870 companies.", "870", ("2024-01", None)),
    ("2024-05-12", "At the beginning of 2023, the district counted 1,240 high-tech firms.", "1,240",
     ("2023-01", None)),
    ("2024-07-01", "The fund held 5.5 billion yuan in assets at the start of last year.", "5.5 billion yuan",
     ("2023-01", None)),
    # unchanged neighbours: a vaguer part of a year keeps the year; a past decade runs to the publication date
    ("2024-05-12", "In mid-2023, the incubator housed about 150 startups.", "about 150", ("2023", None)),
    ("2024-05-12", "Early in 2023, the park listed 300 enterprises.", "300", ("2023", None)),
    ("2024-05-12", "Over the past decade, the city has built 42 new science parks.", "42", ("2024-05-12", "2014")),
    ("2024-09-12", "Output rose 6.1 percent to 210 billion yuan in the first half, officials said.", "6.1 percent",
     ("2024-06", "2024-01")),
    # "since the beginning of the year" stays a period from January
    ("2024-05-12", "Since the beginning of the year, the city has added 1,900 charging piles.", "1,900",
     ("2024-05-12", "2024-01")),
])
def test_named_periods(published, sentence, mention, expected):
    assert _time(published, sentence, mention) == expected


# ------------------------------------------------------------------ a report about a period (item 2)

@pytest.mark.parametrize("published, paragraphs, mention, expected", [
    # the period the report covers, however it is named, is the time of the figures after it
    ("2024-10-28", "The report covers the first three quarters of 2024.\nIndustrial output grew 5 percent to 900 "
     "billion yuan.", "900 billion yuan", ("2024-09", "2024-01")),
    ("2024-07-30", "Figures covering January to June were released on Tuesday.\nThe district signed 58 projects with "
     "a combined value of 21 billion yuan.", "58", ("2024-06", "2024-01")),
    ("2024-08-15", "The half-year report of the high-tech zone showed that 1,020 patents were granted.", "1,020",
     ("2024-06", "2024-01")),
    ("2024-02-06", "In its quarterly bulletin, the exchange said turnover rose 11 percent.", "11 percent",
     ("2023-12", "2023-10")),
    ("2024-04-20", "Q1 figures from the city show retail sales up 4.7 percent.\nOnline sales account for 31 percent "
     "of the total.", "31 percent", ("2024-03", "2024-01")),
    # a value a present "stands at", "is", "total" reports, after the report of the period just ended, is the
    # period's (and the change beside it)
    ("2024-10-28", "Beijing's Grade A office market saw net absorption of 52,000 square meters in the third quarter, "
     "a consultancy said.\nThe vacancy rate stands at 18.5 percent.", "18.5 percent", ("2024-09-30", None)),  # r12: a stock
    ("2024-07-22", "Tianjin's logistics market, Q2 2024: net absorption was 130,000 square meters.\nThe vacancy rate "
     "is 12.1 percent.", "12.1 percent", ("2024-06-30", None)),  # r12: a stock
    ("2024-10-28", "From January to September, the district's software revenue reached 88 billion yuan.\nIts profits "
     "total 9.4 billion yuan, up 6 percent.", "6 percent", ("2024-09", "2024-01")),
    # what a body covers, houses or employs holds now; so does a present perfect; so does a period long past
    ("2024-10-28", "From January to September, the district's software revenue reached 88 billion yuan.\nThe sector "
     "employs 210,000 people.", "210,000", ("2024-10-28", None)),
    ("2023-11-02", "For the first three quarters of 2023, tech contract turnover reached 120 billion yuan.\nThe "
     "province is home to 11,000 high-tech firms.", "11,000", ("2023-11-02", None)),
    ("2024-06-14", "In the first five months, the park's revenue rose 13 percent.\nThe park covers a planned area of "
     "19.4 square kilometers.", "19.4 square kilometers", ("2024-06-14", None)),
    ("2024-10-28", "In the third quarter, exports rose 4 percent.\nThe city has set up a fund of 2 billion yuan.",
     "2 billion yuan", ("2024-10-28", None)),
    ("2024-10-28", "In the first half of 2022, exports rose 4 percent.\nThe vacancy rate is 9.5 percent.",
     "9.5 percent", ("2024-10-28", None)),
    # the first months after an event of a narrative are not the reference year's
    ("2024-10-28", "In the first three months after its launch in 2019, the platform signed up 40,000 users.",
     "40,000", ("2019", None)),
])
def test_report_about_a_period(published, paragraphs, mention, expected):
    assert _time(published, paragraphs, mention) == expected


# ------------------------------------------------------------------ a background year does not date the figure (item 3)

@pytest.mark.parametrize("published, paragraphs, mention, expected", [
    # a founding or first time in an aside set off by a comma, or in a sentence of its own, dates that event
    ("2024-06-10", "The zone, set up in March 2015, spans 8.6 square kilometers.", "8.6 square kilometers",
     ("2024-06-10", None)),
    ("2024-06-10", "The survey, which was first conducted in 2011, gave the region a score of 71.2.", "71.2",
     ("2024-06-10", None)),
    ("2024-06-10", "The innovation survey, first carried out in 2011, put the city's score at 71.2 last year.", "71.2",
     ("2023", None)),
    ("2024-06-10", "The corridor, proposed in 2017, links 14 cities.", "14", ("2024-06-10", None)),
    ("2024-06-10", "The forum, first held in 2015, drew 3,000 guests this year.", "3,000", ("2024", None)),
    ("2024-06-10", "The index was first compiled in 2013.\nIt stood at 132.5 in the latest edition.", "132.5",
     ("2024-06-10", None)),
    ("2024-06-10", "Since its founding in 2021 the zone has drawn 140 companies.", "140", ("2024-06-10", "2021")),
    # unless the figure is what happened then
    ("2024-06-10", "The survey, conducted in March 2024, found that 62 percent of firms plan to hire.", "62 percent",
     ("2024-03", None)),
    ("2024-06-10", "The company first listed in 2015 with a market value of 2 billion yuan.", "2 billion yuan",
     ("2015", None)),
    ("2024-06-10", "The lab, established in 2016 with 30 researchers, now employs 420.", "30", ("2016", None)),
])
def test_background_year(published, paragraphs, mention, expected):
    assert _time(published, paragraphs, mention) == expected


# ------------------------------------------------------------------ a future year and a January "last year" (item 4)

@pytest.mark.parametrize("published, paragraphs, mention, expected", [
    # an event ahead, dated in a phrase of its own, is not when the present figure holds
    ("2024-06-10", "The tunnel, due to open by the end of 2027, is 2,400 meters long.", "2,400 meters",
     ("2024-06-10", None)),
    ("2024-06-10", "Expected to be completed in 2026, the research campus covers 45 hectares.", "45 hectares",
     ("2024-06-10", None)),
    ("2024-06-10", "The new terminal, slated to open next year, has 64 boarding gates.", "64", ("2024-06-10", None)),
    ("2024-06-10", "The airport, which is expected to open in late 2025, covers 1,700 hectares.", "1,700 hectares",
     ("2024-06-10", None)),
    # a figure in that phrase keeps it, and a plan's figure takes it as its deadline
    ("2024-06-10", "Revenue is expected to reach 10 billion yuan in 2026, the company said.", "10 billion yuan",
     ("2026", None)),
    ("2024-06-10", "The line, which will be completed by 2027, will carry 30,000 passengers a day.", "30,000",
     ("2027", None)),
    # "last year" and the year just ended early in a year are the year before
    ("2020-01-06", "The park's revenue hit 52 billion yuan last year.\nThe number of its companies rose to 1,400.",
     "1,400", ("2019", None)),
    ("2020-01-04", "The zone attracted 320 projects in the year just ended.", "320", ("2019", None)),
    ("2024-08-10", "The zone attracted 320 projects in the year just ended, the mayor said.", "320", ("2023", None)),
    ("2024-01-15", "During the year, the district launched 26 major projects.", "26", ("2023", None)),
    ("2020-01-06", "In the past year, the zone signed 48 deals.", "48", ("2019", None)),
])
def test_future_event_and_year_just_ended(published, paragraphs, mention, expected):
    assert _time(published, paragraphs, mention) == expected


# ------------------------------------------------------------------ the period a report covers, kept (item 2, cont.)

@pytest.mark.parametrize("published, paragraphs, mention, expected", [
    # the day the figures came out does not replace the period they cover
    ("2024-10-28", "Home sales in the city dropped 8 percent in the third quarter.\nThe figures were released by the "
     "housing bureau on Monday.\nSome 14,000 new homes were sold.", "Some 14,000", ("2024-09", "2024-07")),
    # (with no period before it, the day of the statement is still carried)
    ("2024-10-28", "The bureau said on Friday that home sales dropped 8 percent.\nSome 14,000 new homes were sold.",
     "Some 14,000", ("2024-10-25", None)),
    # "from" that names where something came from opens no change from one value to another
    ("2024-08-20", "Exports from the port climbed 9 percent to 4.1 billion yuan in the second quarter.",
     "4.1 billion yuan", ("2024-06", "2024-04")),
    ("2024-08-20", "Output grew from a low of 20 units in 2019 to 180 units in 2023.", "180", ("2023", None)),
    ("2024-08-20", "Over the past five years, the travel time fell from over three hours to 47 minutes.",
     "over three hours", ("2019", None)),
])
def test_period_kept(published, paragraphs, mention, expected):
    assert _time(published, paragraphs, mention) == expected
