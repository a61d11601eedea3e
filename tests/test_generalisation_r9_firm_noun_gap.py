"""A place before a noun for a firm and the firm's name ('Shanghai chipmaker Fudan Microelectronics', 'Hangzhou e-commerce giant Alibaba') says where the firm comes from: the firm, not the place, is the actor.

Sentences written for these tests (varied news English, from branch r8-acc-subj's
tests/test_context_generalisation_r8.py and new ones), each case one construction."""
import pytest

from helpers import figure_of


# (paragraphs, mention, field, expected)
CASES = [
    (["Shanghai chipmaker Fudan Microelectronics has built a 2-billion-yuan chip plant in Xiong'an New Area."],
     "2-billion-yuan", "subject", "Fudan Microelectronics"),
    (["Hangzhou e-commerce giant Alibaba employs 4,000 people in Tianjin."], "4,000", "subject", "Alibaba"),
    (["Hangzhou e-commerce giant Alibaba employs 4,000 people in Tianjin."], "4,000", "regions", ["Tianjin"]),
    (["Shenzhen drone maker DJI Technology Co hired 500 engineers in Tianjin."], "500", "subject",
     "DJI Technology Co"),
    (["Beijing carmaker BAIC Motor Corp sold 1.2 million vehicles last year."], "1.2 million", "subject",
     "BAIC Motor Corp"),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", CASES)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure_of(paragraphs, mention), field) == expected
