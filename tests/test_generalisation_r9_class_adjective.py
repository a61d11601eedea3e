"""A class a generic count of firms is certified as, given as an adjective ('9,300 enterprises that were classified as high-tech'), keeps the counted noun: 'high-tech enterprises'.

Sentences written for these tests (varied news English, from branch r8-acc-subj's
tests/test_context_generalisation_r8.py and new ones), each case one construction."""
from functools import partial

import pytest

from helpers import paragraphs_article
from zgc_etl.parse import extract_figures

article = partial(paragraphs_article, published="2024-03-15")


def figure(paragraphs: list[str], mention: str):
    got = {f.mention: f for f in extract_figures(article(*paragraphs))}
    assert mention in got, (mention, list(got))
    return got[mention]


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
    assert getattr(figure(paragraphs, mention), field) == expected
