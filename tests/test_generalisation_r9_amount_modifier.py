"""An amount of money written as one hyphenated modifier ('a 2-billion-yuan chip plant') measures the noun it modifies.

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
    (["Shanghai chipmaker Fudan Microelectronics has built a 2-billion-yuan chip plant in Xiong'an New Area."],
     "2-billion-yuan", "measure", "chip plant"),
    (["The municipal government has launched a 500-million-yuan seed fund for young scientists."], "500-million-yuan",
     "measure", "seed fund"),
    (["Tianjin approved a 1.2-billion-dollar port expansion on Wednesday."], "1.2-billion-dollar", "measure",
     "port expansion"),
    (["The 3-billion-yuan project will be completed in 2026, the developer said."], "3-billion-yuan", "measure",
     "project"),
    (["The 800-million-yuan fund invested in 40 startups last year."], "800-million-yuan", "measure", "fund"),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", CASES)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure(paragraphs, mention), field) == expected
