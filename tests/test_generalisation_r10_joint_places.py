"""Places taken together: a phrase that counts places named before ("Both cities", "the two provinces") or names
the capital, opening a sentence with no figure, is the subject the next sentences carry (r10-joint).

Sentences written for these tests (varied news English), each case one construction."""
import pytest

from helpers import figure_of


# (paragraphs, mention, field, expected)
SUBJECT_CARRIED = [
    (["Officials from Shenzhen and Guangzhou met in March.", "Both cities have pledged closer ties.",
      "Their combined trade rose 5 percent."], "5 percent", "regions", ["Shenzhen", "Guangzhou"]),
    (["Chengdu and Chongqing, with Xi'an, were named in the plan.", "All three cities want more patents filed.",
      "Their output grew 8 percent."], "8 percent", "regions", ["Chengdu", "Chongqing", "Xi'an"]),
    (["Premier Li spoke of Hebei's progress.", "The capital is drawing talent from across the country.",
      "It drew 300 firms last year."], "300", "regions", ["Beijing"]),
    (["Tianjin sent a delegation to Shanghai.", "The Chinese capital will host the next round.",
      "Over 120 projects will be signed there."], "Over 120", "subject", "Beijing"),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", SUBJECT_CARRIED)
def test_subject_carried_from_a_sentence_without_figures(paragraphs, mention, field, expected):
    assert getattr(figure_of(paragraphs, mention), field) == expected
