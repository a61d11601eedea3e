"""'Holdings' heads a company's name ('Tencent Holdings', 'CK Hutchison Holdings'): the name is a subject, and 'the company' refers back to it.

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
    (["Tencent Holdings invested 3 billion yuan in the Tianjin project."], "3 billion yuan", "subject",
     "Tencent Holdings"),
    (["Sinopec Holdings moved its headquarters to Xiong'an.",
      "The company has built a 180,000-square-meter office complex."], "180,000-square-meter", "subject",
     "Sinopec Holdings"),
    (["CK Hutchison Holdings said its port revenue rose 6 percent."], "6 percent", "subject", "CK Hutchison Holdings"),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", CASES)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure(paragraphs, mention), field) == expected
