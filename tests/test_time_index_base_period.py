"""An index's base given as a period ("(Q1 2019 = 100)", "with the first half of 2015 as the base") is not the time
of the index's figures nor of the figures after it, as a base year already was not."""
from __future__ import annotations

import pytest

from zgc_etl.ingest.loader import load_bytes
from zgc_etl.parse.extract import extract_figures

HEAD = "Office market note\nPublished 19 October 2023\n\n"


def _figs(body: str):
    filler = " The note covers the main business districts of the city and the tenants that lease space in them."
    art = load_bytes((HEAD + body + filler + "\n").encode(), "note.txt", "txt")
    return {f.mention: f for f in extract_figures(art)}


@pytest.mark.parametrize("base", ["(Q1 2019 = 100)", "(Q1 2019=100)", "(first quarter of 2019 = 100)",
                                  "(H1 2018 = 100)", ", with the first half of 2018 as the base,"])
def test_a_base_period_is_not_the_time(base):
    figs = _figs("The vacancy rate rose to 17.9 percent at the end of September. The rent index "
                 f"{base} stood at 86.7 at the same date. Grade A rents averaged 251 yuan per square meter per month "
                 "in the quarter.")
    assert figs["86.7"].as_of == "2023-09-30", figs["86.7"]
    assert figs["86.7"].period_start is None
    assert not (figs["251 yuan"].as_of or "").startswith(("2018", "2019")), figs["251 yuan"]


@pytest.mark.parametrize("body, mention, as_of, start", [
    # a period that is not an index's base keeps being the figure's time
    ("Revenue reached 12 billion yuan in Q1 2019, up 9 percent.", "12 billion yuan", "2019-03", "2019-01"),
    ("In the first half of 2018, 100 firms moved in.", "100", "2018-06", "2018-01"),
])
def test_other_periods_stay(body, mention, as_of, start):
    f = _figs(body)[mention]
    assert (f.as_of, f.period_start) == (as_of, start), f
