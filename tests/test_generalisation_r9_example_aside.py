"""An aside of examples between commas (', including new energy and biomedicine,', ', notably lithium batteries,') is skipped like a relative clause when the measure is read before a figure.

Sentences written for these tests (varied news English, from branch r8-acc-subj's
tests/test_context_generalisation_r8.py and new ones), each case one construction."""
import pytest

from helpers import figure_of


# (paragraphs, mention, field, expected)
CASES = [
    (["The output of the city's strategic emerging industries, including new energy and biomedicine, grew 12 "
      "percent."], "12 percent", "measure", "output"),
    (["Exports of high-tech products, notably lithium batteries, reached 40 billion yuan."], "40 billion yuan",
     "measure", "Exports of high-tech products"),
    (["Spending on new infrastructure, especially 5G base stations, totaled 9 billion yuan."], "9 billion yuan",
     "measure", "Spending on new infrastructure"),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", CASES)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure_of(paragraphs, mention), field) == expected
