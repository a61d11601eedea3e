"""Bounds that pick out a class are not figures (FIGURES.md: thresholds and definitions), in two more shapes:
a part of a counted group picked out by a bound on each ("126 firms, nine of them with annual revenue of more than
1 billion yuan"), and a class whose bound follows its amount ("those with annual main business revenue of 20
million yuan or more", "... of 5 million yuan and above"). A total or a reached level keeps being a figure."""
from __future__ import annotations

import pytest

from zgc_etl.ingest.loader import load_bytes
from zgc_etl.parse.extract import extract_figures

TAIL = " The bureau publishes the figures every spring for the city and its counties."


def _mentions(body: str) -> list[str]:
    art = load_bytes(f"News\nRelease date: 2020-03-20\n\n{body}{TAIL}\n".encode(), "n.txt", "txt")
    return [f.mention for f in extract_figures(art)]


@pytest.mark.parametrize("body, expected", [
    ("The new area has 126 digital economy enterprises, nine of them with annual revenue of more than 1 billion yuan.",
     ["126", "nine"]),
    ("The park hosts 400 firms, of which 12 with more than 500 employees.", ["400", "12"]),
    ("The zone has 80 labs, 20 of them with budgets of over 100 million yuan.", ["80", "20"]),
    ("Enterprises above designated size are those with annual main business revenue of 20 million yuan or more.", []),
    ("The city counted 3,200 enterprises with annual revenue of 20 million yuan and above.", ["3,200"]),
    ("Firms with revenue of 5 million yuan or above get the subsidy; 320 firms qualified.", ["320"]),
])
def test_class_bounds_are_not_figures(body, expected):
    assert _mentions(body) == expected


@pytest.mark.parametrize("body, expected", [
    # totals and levels reached stay figures
    ("Its revenue reached 20 million yuan or more last year.", ["20 million yuan or more"]),
    ("The 19 projects with a value of more than 15 billion yuan were signed.", ["19", "more than 15 billion yuan"]),
    ("The park has 126 enterprises, nine of them listed, with combined revenue of more than 1 billion yuan.",
     ["126", "nine", "more than 1 billion yuan"]),
])
def test_totals_stay(body, expected):
    assert _mentions(body) == expected
