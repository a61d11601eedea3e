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


def _compounds_of(text):
    from zgc_etl.parse.context import _compounds
    from zgc_etl.parse.regions import find_places

    return [names for _, names in _compounds(text, find_places(text))]


# (text, the places _compounds gives: a tuple for each region, one place or several named as one)
COMPOUNDS = [
    # a list joiner after the last place (a text cut after it) leaves the places named as they are
    ("Beijing and ", [("Beijing",)]),
    ("Shenzhen, ", [("Shenzhen",)]),
    ("Talks in Chengdu, Chongqing and Xi'an and ", [("Chengdu", "Chongqing", "Xi'an")]),
    ("Beijing-Tianjin and ", [("Beijing", "Tianjin")]),
    ("Trade between Wuhan and Changsha, ", [("Wuhan",), ("Changsha",)]),
    # and as before, with text after the last place
    ("Beijing and Tianjin signed deals.", [("Beijing",), ("Tianjin",)]),
    ("Beijing, Tianjin and Hebei signed deals.", [("Beijing", "Tianjin", "Hebei")]),
    ("The Beijing-Zhangjiakou line opened.", [("Beijing", "Zhangjiakou")]),
]


@pytest.mark.parametrize("text, expected", COMPOUNDS)
def test_compounds_keep_every_place_named(text, expected):
    assert _compounds_of(text) == expected
