"""A name that opens a sentence and is followed by a founding date in apposition ("Origin Quantum, founded in 2017,
builds ...") names a company, even with no head noun: its figures and those the next sentences carry are its own,
not those of the city named before it.

Sentences written for these tests (varied news English), each case one construction."""
import pytest

from helpers import figure_of


# (paragraphs, mention, field, expected)
CASES = [
    (["Hefei has become a hub for quantum firms. Origin Quantum, founded in 2017, builds superconducting computers. "
      "Sales rose 60 percent last year to 200 million yuan."], "200 million yuan", "subject", "Origin Quantum"),
    (["Xiaomi, founded in 2010, sold 146 million phones last year."], "146 million", "subject", "Xiaomi"),
    (["Shenzhen is a drone capital. Autel, founded in April 2014, now employs 3,000 people there."],
     "3,000", "subject", "Autel"),
    # a place is no company
    (["Tianjin, founded in 1404, handled 470 million tonnes of cargo last year."],
     "470 million tonnes", "subject", "Tianjin"),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", CASES)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure_of(paragraphs, mention), field) == expected
