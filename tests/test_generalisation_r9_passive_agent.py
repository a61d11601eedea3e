"""The agent of a passive verb right after a figure ('More than 300 projects were attracted by the zone', '86 patents were filed by X Co') is the figure's subject.

Sentences written for these tests (varied news English, from branch r8-acc-subj's
tests/test_context_generalisation_r8.py and new ones), each case one construction."""
import pytest

from helpers import figure_of


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
    assert getattr(figure_of(paragraphs, mention), field) == expected
