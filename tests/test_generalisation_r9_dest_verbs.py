"""A verb of making or hiring after a figure ('jobs have been created in Zhangjiakou', 'engineers were hired in Hefei') marks the place after it as where the counted things are, like 'set up' or 'built'.

Sentences written for these tests (varied news English, from branch r8-acc-subj's
tests/test_context_generalisation_r8.py and new ones), each case one construction."""
import pytest

from helpers import figure_of


# (paragraphs, mention, field, expected)
CASES = [
    (["Beijing Jingneng Power Co said some 2,000 jobs have been created in Zhangjiakou since 2019."], "some 2,000",
     "regions", ["Zhangjiakou"]),
    (["Beijing Jingneng Power Co opened a new office.", "The group said 350 engineers were hired last year in Hefei."],
     "350", "regions", ["Hefei"]),
    (["A further 12 warehouses will be constructed over the next two years in Langfang, the city said."], "12",
     "regions", ["Langfang"]),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", CASES)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure_of(paragraphs, mention), field) == expected
