"""Firms "in the zone" (or "in the park") when the text has named a park (or a zone) but no body of the other
class: their figures are the park's, not those of the company or place named last.

Sentences written for these tests (varied news English), each case one construction."""
import pytest

from helpers import figure_of


# (paragraphs, mention, field, expected)
CASES = [
    (["Zhongguancun Science Park is China's first national innovation demonstration zone. Xiaomi Corp, a phone "
      "maker, was founded there in 2010. Enterprises in the zone earned 8.6 trillion yuan last year."],
     "8.6 trillion yuan", "subject", "Zhongguancun Science Park"),
    (["The Caohejing Hi-Tech Park was Shanghai's first development zone. Bosch set up its regional office there. "
      "Companies registered in the zone paid 9 billion yuan in taxes in 2023."],
     "9 billion yuan", "subject", "Caohejing Hi-Tech Park"),
    (["Wuxi National Hi-tech District Zone has drawn foreign chip makers. Firms based in the park exported 12 "
      "billion dollars of goods last year."], "12 billion dollars", "subject", "Wuxi National Hi-tech District Zone"),
    # a zone that is named is what "the zone" refers to
    (["Zhongguancun Science Park signed a deal with the Xiong'an Free Trade Zone. Enterprises in the zone earned "
      "40 billion yuan last year."], "40 billion yuan", "subject", "Xiong'an Free Trade Zone"),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", CASES)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure_of(paragraphs, mention), field) == expected
