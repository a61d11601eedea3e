"""Measures of the general English the blind sets hold (round 12).

- the text's own words: "research and development" and "gross domestic product" stay as written; the short form
  ("R&D", "GDP") only where the sentence uses it;
- a "respectively" (or "separately") list of measures pairs each item with its figure, for lists of any length, and
  a second list of as many figures after it in the sentence pairs the same way; a head shared by the items ("the
  gauges of A, B and C") is left to the first.

Sentences written for these tests (varied news English, none from a fixture)."""
import pytest

from helpers import figure_of

# (paragraphs, mention, expected measure)
CASES = [
    # 1. the text's own words
    (["The company spent 151 billion yuan on research and development last year."], "151 billion yuan",
     "research and development spending"),
    (["The group spends about 9 billion yuan on research and development each year."], "about 9 billion yuan",
     "research and development spending"),
    (["The city reported gross domestic product of 4.38 trillion yuan in 2023."], "4.38 trillion yuan",
     "gross domestic product"),
    (["The province's gross domestic product grew 5.2 percent last year."], "5.2 percent", "gross domestic product"),
    (["Research and development spending rose 12 percent to 18 billion yuan."], "18 billion yuan",
     "Research and development spending"),
    (["The county's research and development investment reached 640 million yuan in 2022."], "640 million yuan",
     "research and development investment"),
    (["Nearly 40 percent of its staff work in research and development."], "Nearly 40 percent",
     "share of staff in research and development"),
    # the sentence uses the short form: either is right, the short form is kept
    (["The firms spent 1.3 trillion yuan on research and development, half of all R&D spending nationwide."],
     "1.3 trillion yuan", "R&D spending"),
    (["Its gross domestic product (GDP) grew 6.3 percent in the first half."], "6.3 percent", "GDP"),
    (["The city's GDP reached 2.1 trillion yuan."], "2.1 trillion yuan", "GDP"),
    (["R&D spending rose 8 percent."], "8 percent", "R&D spending"),
    # 2. lists of measures
    (["Exports, imports and investment rose 5 percent, 6 percent and 7 percent respectively."], "6 percent",
     "imports"),
    (["Exports, imports and investment rose 5 percent, 6 percent and 7 percent respectively."], "5 percent",
     "Exports"),
    (["Sales, profits and tax payments climbed 11 percent, 14 percent and 9 percent, respectively."], "9 percent",
     "tax payments"),
    (["Revenue and profit reached 3 billion yuan and 400 million yuan, respectively."], "400 million yuan", "profit"),
    (["The readings of market access, financing and talent went up 3.1 percent, 2.2 percent and 5.4 percent "
      "separately."], "3.1 percent", "market access"),
    (["The readings of market access, financing and talent went up 3.1 percent, 2.2 percent and 5.4 percent "
      "separately, ending the year at 131.5, 128.9 and 140.2."], "128.9", "financing"),
    (["Output and exports rose 5 percent and 8 percent respectively, reaching 40 billion yuan and 12 billion yuan."],
     "12 billion yuan", "exports"),
]


@pytest.mark.parametrize("paragraphs, mention, expected", CASES)
def test_measure_names_what_is_measured(paragraphs, mention, expected):
    assert figure_of(paragraphs, mention).measure == expected


def test_second_list_of_other_length_is_not_paired():
    f = figure_of(["Exports and imports rose 5 percent and 6 percent respectively, while 3 new ports, 12 berths and "
                   "40 routes opened."], "12")
    assert f.measure != "imports"
