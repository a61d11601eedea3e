"""A verb of making or hiring after a figure ('jobs have been created in Zhangjiakou', 'engineers were hired in Hefei') marks the place after it as where the counted things are, like 'set up' or 'built'.

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
    (["Beijing Jingneng Power Co said some 2,000 jobs have been created in Zhangjiakou since 2019."], "some 2,000",
     "regions", ["Zhangjiakou"]),
    (["Beijing Jingneng Power Co opened a new office.", "The group said 350 engineers were hired last year in Hefei."],
     "350", "regions", ["Hefei"]),
    (["A further 12 warehouses will be constructed over the next two years in Langfang, the city said."], "12",
     "regions", ["Langfang"]),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", CASES)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure(paragraphs, mention), field) == expected
