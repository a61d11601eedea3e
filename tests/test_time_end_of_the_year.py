""""At the end of the year" is the end of the year the text is on, as "during the year" already was.

A statistical bulletin out in March 2020 reports 2019 ("GDP in 2019 was ... At the end of the year, the population
was 4.92 million"): the reference year's end (2020-12-31, still ahead) was wrong, and it carried to the sentences
after. With no year before it, the old reading stays (the year just ended in January or February, else the reference
year); "by the end of the year" is still a deadline.
"""
from __future__ import annotations

import pytest

from zgc_etl.ingest.loader import load_bytes
from zgc_etl.parse.extract import extract_figures

FILLER = " The bureau publishes the figures every spring for the city and its counties."


def _times(published: str, body: str):
    text = f"City bulletin\nRelease date: {published}\n\n{body}{FILLER}\n"
    art = load_bytes(text.encode(), "bulletin.txt", "txt")
    return {f.mention: (f.as_of, f.period_start) for f in extract_figures(art)}


@pytest.mark.parametrize("published, body, mention, expected", [
    ("2020-03-20", "GDP in 2019 was 322.3 billion yuan. At the end of the year, the population was 4.92 million.",
     "4.92 million", ("2019-12-31", None)),
    ("2020-03-20", "GDP in 2019 was 322.3 billion yuan. At the end of the year, the population was 4.92 million, "
     "and the urbanization rate was 62.3 percent.", "62.3 percent", ("2019-12-31", None)),
    ("2020-03-20", "GDP in 2019 was 322.3 billion yuan. At the end of the year, the population was 4.92 million. "
     "A total of 11,462 patents were granted during the year.", "11,462", ("2019", None)),
    ("2023-06-02", "The zone reported its 2021 results. At the end of the year it had 640 firms.", "640",
     ("2021-12-31", None)),
    ("2020-04-10", "Output in 2019 rose 6 percent. High-tech firms numbered 286 at the end of the year, up from 212 a "
     "year earlier.", "212", ("2018-12-31", None)),
    ("2020-04-10", "Output in 2019 rose 6 percent. High-tech firms numbered 286 at the end of the year, up from 212 a "
     "year earlier.", "286", ("2019-12-31", None)),
])
def test_the_year_the_text_is_on(published, body, mention, expected):
    assert _times(published, body)[mention] == expected


@pytest.mark.parametrize("published, body, mention, expected", [
    # nothing dated before it: as before
    ("2024-01-15", "At the end of the year, the park had 3,200 firms.", "3,200", ("2023-12-31", None)),
    ("2020-01-14", "The zone signed 132 projects in 2019. High-tech enterprises numbered 286 at the end of the year, "
     "up from 212 a year earlier.", "212", ("2018-12-31", None)),
    # a deadline stays the deadline
    ("2024-06-01", "Sales in 2023 rose 8 percent. The park aims to host 500 firms by the end of the year.", "500",
     ("2024-12-31", None)),
])
def test_other_readings_stay(published, body, mention, expected):
    assert _times(published, body)[mention] == expected
