"""A class a generic count of firms is certified as, given as an adjective ('9,300 enterprises that were classified as high-tech'), keeps the counted noun: 'high-tech enterprises'.

Sentences written for these tests (varied news English, from branch r8-acc-subj's
tests/test_context_generalisation_r8.py and new ones), each case one construction."""
import pytest

from helpers import figure_of


# (paragraphs, mention, field, expected)
CASES = [
    (["Tianjin had 9,300 registered enterprises that were classified as high-tech by the end of 2022."], "9,300",
     "measure", "high-tech enterprises"),
    (["The district counts 800 firms recognised as innovative by the provincial authorities."], "800", "measure",
     "innovative firms"),
    (["Tianjin has 12,400 companies certified as national high-tech enterprises."], "12,400", "measure",
     "national high-tech enterprises"),
    (["The city has 2,000 firms that are rated as technology-intensive."], "2,000", "measure",
     "technology-intensive firms"),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", CASES)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure_of(paragraphs, mention), field) == expected
