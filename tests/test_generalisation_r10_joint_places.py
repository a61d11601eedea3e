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


# places named together as one region are one subject, whose regions are all of them: joined by hyphens, or three
# or more in a list; not in a "respectively" list, which pairs each place with its own figure
JOINT = [
    (["The Beijing-Tianjin-Hebei region's combined GDP topped 10.4 trillion yuan in 2023, official data showed."],
     "topped 10.4 trillion yuan", "regions", ["Beijing", "Tianjin", "Hebei"]),
    (["In 2023, Beijing, Tianjin and Hebei together recorded GDP of 10.4 trillion yuan."], "10.4 trillion yuan",
     "regions", ["Beijing", "Tianjin", "Hebei"]),
    (["Combined, Beijing, Tianjin and Hebei are home to more than 110 million people."], "more than 110 million",
     "regions", ["Beijing", "Tianjin", "Hebei"]),
    (["The Chengdu-Chongqing economic circle reported 8.2 trillion yuan of output in 2023."], "8.2 trillion yuan",
     "regions", ["Chengdu", "Chongqing"]),
    (["The Chengdu-Chongqing economic circle reported 8.2 trillion yuan of output in 2023."], "8.2 trillion yuan",
     "subject", "Chengdu-Chongqing"),
    (["The Beijing-Shanghai high-speed railway carried 210 million passengers in 2023."], "210 million", "regions",
     ["Beijing", "Shanghai"]),
    (["The Beijing-Xiong'an intercity railway, which opened in 2020, carries about 20,000 passengers a day."],
     "about 20,000", "regions", ["Beijing", "Xiong'an New Area"]),
    (["The Beijing-Zhangjiakou high-speed railway has cut the travel time between the two cities to 47 minutes."],
     "47 minutes", "subject", "Beijing-Zhangjiakou high-speed railway"),  # (round 11: the line the places name)
    (["Shanghai, Jiangsu, Zhejiang and Anhui, which make up the Yangtze River Delta, posted a combined GDP of 30.5 "
      "trillion yuan."], "30.5 trillion yuan", "regions", ["Shanghai", "Jiangsu", "Zhejiang", "Anhui"]),
    (["Beijing, Tianjin and Hebei, the three members of the cluster, signed 50 agreements in 2023."], "50",
     "regions", ["Beijing", "Tianjin", "Hebei"]),
    (["The cities of Suzhou, Wuxi and Changzhou together produced 20 percent of Jiangsu's output."], "20 percent",
     "regions", ["Suzhou", "Wuxi", "Changzhou"]),
    (["Guangzhou, Shenzhen and Hong Kong form a cluster that filed 120,000 patent applications last year."],
     "120,000", "regions", ["Guangzhou", "Shenzhen", "Hong Kong"]),
    # carried on: the next sentence's pronoun refers to the region
    (["The Beijing-Tianjin-Hebei region is a key engine of growth.", "It attracted 5,000 projects last year."],
     "5,000", "regions", ["Beijing", "Tianjin", "Hebei"]),
    (["Beijing, Tianjin and Hebei signed a pact in 2014.", "Since then they have set up 20 joint parks."], "20",
     "regions", ["Beijing", "Tianjin", "Hebei"]),
    # the name runs on over its head noun: a clause framed by it ("In the X-Y region, ...") is the region's
    (["Shanghai held a forum on Monday.", "In the Beijing-Tianjin-Hebei region, R&D spending rose 9 percent in "
      "2023."], "9 percent", "regions", ["Beijing", "Tianjin", "Hebei"]),
    (["Wuhan hosted the talks.", "In the Chengdu-Chongqing economic circle, 1,200 new firms registered last year."],
     "1,200", "subject", "Chengdu-Chongqing"),
    # "the X region" with a place among its words names that place: no anaphor referring back
    (["Shanghai held a forum on Monday.", "The Beijing-Tianjin-Hebei region had a population of about 110 million "
      "at the end of 2023."], "about 110 million", "regions", ["Beijing", "Tianjin", "Hebei"]),
    (["Guangzhou officials spoke on Friday.", "The Hebei region had 74 million residents in 2023."], "74 million",
     "subject", "Hebei"),
    (["Guangzhou officials spoke on Friday.", "The Hebei region welcomed the plan.", "It drew 40 firms in May."],
     "40", "regions", ["Hebei"]),
    # a "respectively" list: each place its own figure
    (["Shenzhen, Guangzhou and Dongguan posted GDP of 3.6 trillion, 3.1 trillion and 1.1 trillion yuan, "
      "respectively, in 2023."], "3.1 trillion", "regions", ["Guangzhou"]),
    # two places in a list are two; a place named with its province is one place
    (["Zhangjiakou, Hebei, and Beijing co-hosted the Games, which drew 3,000 athletes."], "3,000", "regions",
     ["Zhangjiakou"]),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", JOINT)
def test_places_named_as_one_region(paragraphs, mention, field, expected):
    assert getattr(figure_of(paragraphs, mention), field) == expected


# a list of hyphened names: each name is its own region
COMPOUNDS_OF_NAMES = [
    ("With the Beijing-Tianjin and Beijing-Zhangjiakou lines open, ", [("Beijing", "Tianjin"), ("Beijing", "Zhangjiakou")]),
    ("the Chengdu-Chongqing, Guangzhou-Shenzhen and Beijing-Shanghai lines",
     [("Chengdu", "Chongqing"), ("Guangzhou", "Shenzhen"), ("Beijing", "Shanghai")]),
    ("Beijing-Tianjin and Hebei", [("Beijing", "Tianjin"), ("Hebei",)]),
]


@pytest.mark.parametrize("text, expected", COMPOUNDS_OF_NAMES)
def test_a_list_of_hyphened_names_is_no_region_of_its_own(text, expected):
    assert _compounds_of(text) == expected
