"""An organisation's name does not walk back over the word that says where it sits: 'Beijing-based BOE Technology Group' is 'BOE Technology Group'.

Sentences written for these tests (varied news English, from branch r8-acc-subj's
tests/test_context_generalisation_r8.py and new ones), each case one construction."""
import pytest

from helpers import figure_of


# (paragraphs, mention, field, expected)
CASES = [
    (["Beijing-based BOE Technology Group has expanded its display plant in Hefei.",
      "The company invested 46 billion yuan in the expansion."], "46 billion yuan", "subject", "BOE Technology Group"),
    (["Shenzhen-headquartered Huawei Technologies Co employs 3,000 people in Tianjin."], "3,000", "subject",
     "Huawei Technologies Co"),
    (["Hefei-based Sungrow Power Supply Co reported revenue of 72 billion yuan for the year."], "72 billion yuan", "subject",
     "Sungrow Power Supply Co"),
    (["Shares of Wuhan-based Yangtze Memory Technologies Corp rose after it announced a 10 billion yuan expansion."],
     "10 billion yuan", "subject", "Yangtze Memory Technologies Corp"),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", CASES)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure_of(paragraphs, mention), field) == expected
