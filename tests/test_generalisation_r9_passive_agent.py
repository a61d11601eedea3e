"""The agent of a passive verb right after a figure ('More than 300 projects were attracted by the zone', '86 patents were filed by X Co') is the figure's subject.

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
    (["More than 300 projects were attracted by the Tianjin Binhai-Zhongguancun Science and Technology Park last "
      "year."], "More than 300", "subject", "Tianjin Binhai-Zhongguancun Science and Technology Park"),
    (["A total of 86 patents were filed by Jingdong Fangzhou Technology Co in 2023."], "86", "subject",
     "Jingdong Fangzhou Technology Co"),
    (["The Langfang Economic Development Zone held an investment fair on Friday.",
      "Some 45 projects were signed by the zone during the two-day event."], "Some 45", "subject",
     "Langfang Economic Development Zone"),
    (["Nearly 1,200 jobs have been created by Hebei Jingye Steel Group since the plant opened."], "Nearly 1,200",
     "subject", "Hebei Jingye Steel Group"),
    (["Last year 45 new drugs were approved by the National Medical Products Administration."], "45", "subject",
     "National Medical Products Administration"),
    (["Beijing said 40 projects were signed by firms in Tianjin."], "40", "subject", "Beijing"),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", CASES)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure(paragraphs, mention), field) == expected
