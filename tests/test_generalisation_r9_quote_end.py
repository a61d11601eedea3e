"""A closing single quote is no part of a measure's word: "45 'unicorn' startups" counts 'unicorn startups'.

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
    (["The city now has 45 'unicorn' startups."], "45", "measure", "unicorn startups"),
    (["The district added 120 so-called 'gazelle' firms last year."], "120", "measure", "so-called gazelle firms"),
    (["Hebei counted 75 ‘hidden champion’ manufacturers at the end of 2023."], "75", "measure",
     "hidden champion manufacturers"),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", CASES)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure(paragraphs, mention), field) == expected
