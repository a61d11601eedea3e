"""A province that names its capital ("the Anhui provincial capital", "the Hubei capital", "the Xinjiang
regional capital") is read as that city in the place scan, so a figure of such a sentence belongs to the
city, not the province (the capital is the province's PP0100 division in GB/T 2260)."""
import pytest

from helpers import figure_of
from zgc_etl.parse.regions import find_places


@pytest.mark.parametrize("text, expected", [
    ("The Anhui provincial capital reported growth.", ["Hefei"]),
    ("Output in the Hubei capital rose.", ["Wuhan"]),
    ("the Sichuan provincial capital and its suburbs", ["Chengdu"]),
    ("Investors flocked to the Xinjiang regional capital.", ["Urumqi"]),
    ("the Hebei capital", ["Shijiazhuang"]),
    # not a capital named by its province
    ("Anhui province posted record output.", ["Anhui"]),
    ("Hefei, the capital of Anhui province, grew.", ["Hefei", "Anhui"]),
    ("Anhui capital markets were calm.", ["Anhui"]),  # no "the": a modifier of "capital markets"
    ("venture capital from Anhui", ["Anhui"]),
])
def test_scan(text, expected):
    assert [n for _, _, n in find_places(text)] == expected


@pytest.mark.parametrize("paragraphs, mention, subject, regions", [
    (["HEFEI - Carmakers in Hefei built 1.2 million vehicles in 2024.",
      "The Anhui provincial capital's economy grew 6.1 percent last year, to 1.3 trillion yuan."],
     "1.3 trillion yuan", "Hefei", ["Hefei"]),
    (["Wuhan is betting on optics.",
      "The Hubei capital drew 45 billion yuan of investment in laser makers last year."],
     "45 billion yuan", "Wuhan", ["Wuhan"]),
    (["The Sichuan provincial capital added 2,300 high-tech firms in 2023, while Sichuan as a whole added 5,100."],
     "5,100", "Sichuan", ["Sichuan"]),
])
def test_figures(paragraphs, mention, subject, regions):
    f = figure_of(paragraphs, mention)
    assert (f.subject, f.regions) == (subject, regions)
