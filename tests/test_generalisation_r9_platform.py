"""'Platform' heads an organisation's name ('the Jingjinji Industrial Cooperation Platform'): the name is a subject, and 'the platform' refers back to it.

Sentences written for these tests (varied news English, from branch r8-acc-subj's
tests/test_context_generalisation_r8.py and new ones), each case one construction."""
import pytest

from helpers import figure_of


# (paragraphs, mention, field, expected)
CASES = [
    (["The Jingjinji Industrial Cooperation Platform was launched in 2019.",
      "The platform has matched 1,400 projects so far."], "1,400", "subject",
     "Jingjinji Industrial Cooperation Platform"),
    (["Officials in Tianjin unveiled the Binhai Technology Transfer Platform on Thursday.",
      "The platform is expected to handle 500 patent deals a year."], "500", "subject",
     "Binhai Technology Transfer Platform"),
    (["The Hebei Science and Technology Resources Sharing Platform now lists 12,000 instruments."], "12,000",
     "subject", "Hebei Science and Technology Resources Sharing Platform"),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", CASES)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure_of(paragraphs, mention), field) == expected
