"""An anaphor whose modifier is a word of exactly one body's name of its class ('the Minmetals group', 'the Hebei group') refers to that body, not to the last one of its class named.

Sentences written for these tests (varied news English, from branch r8-acc-subj's
tests/test_context_generalisation_r8.py and new ones), each case one construction."""
import pytest

from helpers import figure_of


# (paragraphs, mention, field, expected)
CASES = [
    (["China Minmetals Group, China Huadian Group and Sinopec Corp moved their headquarters to the area.",
      "The Minmetals group has completed a 180,000-square-meter office complex."], "180,000-square-meter", "subject",
     "China Minmetals Group"),
    (["Tianjin Port Group and Hebei Port Group signed a cooperation agreement in Tianjin.",
      "The Hebei group will invest 2 billion yuan in new berths."], "2 billion yuan", "subject", "Hebei Port Group"),
    (["Tianjin Port Group and Hebei Port Group signed a cooperation agreement in Tianjin.",
      "The Tianjin company will invest 2 billion yuan in new berths."], "2 billion yuan", "subject",
     "Tianjin Port Group"),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", CASES)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure_of(paragraphs, mention), field) == expected
