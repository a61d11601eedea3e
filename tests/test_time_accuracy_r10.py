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
