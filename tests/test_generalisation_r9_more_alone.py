"""A count followed by 'more' with no noun ('plans to add 200 more', '3 more by 2026') counts what the figure before it counted.

Sentences written for these tests (varied news English, from branch r8-acc-subj's
tests/test_context_generalisation_r8.py and new ones), each case one construction."""
import pytest

from helpers import figure_of


# (paragraphs, mention, field, expected)
CASES = [
    (["Baoding hosts the Zhongguancun Innovation Center.",
      "The center has incubated 400 companies, and the city plans to add 200 more."], "200", "measure", "companies"),
    (["The zone has 12 research institutes and expects 3 more by 2026."], "3", "measure", "research institutes"),
    (["Tianjin opened 35 charging stations in March and 20 more in April."], "20", "measure", "stations"),
    (["The firm hired 150 engineers; another 50 more workers will join."], "50", "measure", "workers"),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", CASES)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure_of(paragraphs, mention), field) == expected
