"""A count followed by 'more' with no noun ('plans to add 200 more', '3 more by 2026') counts what the figure before it counted.

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
    (["Baoding hosts the Zhongguancun Innovation Center.",
      "The center has incubated 400 companies, and the city plans to add 200 more."], "200", "measure", "companies"),
    (["The zone has 12 research institutes and expects 3 more by 2026."], "3", "measure", "research institutes"),
    (["Tianjin opened 35 charging stations in March and 20 more in April."], "20", "measure", "stations"),
    (["The firm hired 150 engineers; another 50 more workers will join."], "50", "measure", "workers"),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", CASES)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure(paragraphs, mention), field) == expected
