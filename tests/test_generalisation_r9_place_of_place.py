"""A place's place ('Beijing's Haidian district', 'Hebei's Zhangjiakou', 'China's Shenzhen') is the subject and the destination, not the possessor.

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
    (["Beijing's Haidian district is home to more than 10,000 high-tech enterprises, the district government said."],
     "more than 10,000", "subject", "Haidian"),
    (["Beijing's Haidian district is home to more than 10,000 high-tech enterprises, the district government said."],
     "more than 10,000", "regions", ["Haidian"]),
    (["Baidu, which is headquartered in Beijing, set up 12 data centers in Hebei's Zhangjiakou."],
     "12", "regions", ["Zhangjiakou"]),
    (["Tianjin's Wuqing district drew 230 companies from the capital last year."], "230", "regions", ["Wuqing"]),
    (["China's Shenzhen reported GDP of 3.6 trillion yuan last year."], "3.6 trillion yuan", "subject", "Shenzhen"),
    # the possessor keeps a figure when no place follows it
    (["China's GDP grew 5.2 percent in 2023, the statistics bureau said."], "5.2 percent", "subject", "China"),
    (["Beijing's 2,000 national high-tech enterprises spent 180 billion yuan on research in 2023."],
     "180 billion yuan", "regions", ["Beijing"]),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", CASES)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure(paragraphs, mention), field) == expected
