"""A closing single quote is no part of a measure's word: "45 'unicorn' startups" counts 'unicorn startups'.

Sentences written for these tests (varied news English, from branch r8-acc-subj's
tests/test_context_generalisation_r8.py and new ones), each case one construction."""
import pytest

from helpers import figure_of


# (paragraphs, mention, field, expected)
CASES = [
    (["The city now has 45 'unicorn' startups."], "45", "measure", "unicorn startups"),
    (["The district added 120 so-called 'gazelle' firms last year."], "120", "measure", "so-called gazelle firms"),
    (["Hebei counted 75 ‘hidden champion’ manufacturers at the end of 2023."], "75", "measure",
     "hidden champion manufacturers"),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", CASES)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure_of(paragraphs, mention), field) == expected
