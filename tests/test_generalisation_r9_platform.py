"""'Platform' heads an organisation's name ('the Jingjinji Industrial Cooperation Platform'): the name is a subject, and 'the platform' refers back to it.

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
    assert getattr(figure(paragraphs, mention), field) == expected
