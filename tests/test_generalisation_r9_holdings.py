"""'Holdings' heads a company's name ('Tencent Holdings', 'CK Hutchison Holdings'): the name is a subject, and 'the company' refers back to it.

Sentences written for these tests (varied news English, from branch r8-acc-subj's
tests/test_context_generalisation_r8.py and new ones), each case one construction."""
import pytest

from helpers import figure_of


# (paragraphs, mention, field, expected)
CASES = [
    (["Tencent Holdings invested 3 billion yuan in the Tianjin project."], "3 billion yuan", "subject",
     "Tencent Holdings"),
    (["Sinopec Holdings moved its headquarters to Xiong'an.",
      "The company has built a 180,000-square-meter office complex."], "180,000-square-meter", "subject",
     "Sinopec Holdings"),
    (["CK Hutchison Holdings said its port revenue rose 6 percent."], "6 percent", "subject", "CK Hutchison Holdings"),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", CASES)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure_of(paragraphs, mention), field) == expected
