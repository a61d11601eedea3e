"""An amount of money written as one hyphenated modifier ('a 2-billion-yuan chip plant') measures the noun it modifies.

Sentences written for these tests (varied news English, from branch r8-acc-subj's
tests/test_context_generalisation_r8.py and new ones), each case one construction."""
import pytest

from helpers import figure_of


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
    assert getattr(figure_of(paragraphs, mention), field) == expected
