"""Regions of figures about groupings of places and of shares of a named place's total (issue 8 accuracy),
each rule on new sentences with a fixed publication date."""
from functools import partial

from helpers import paragraphs_article
from zgc_etl.parse import extract_figures
from zgc_etl.parse.regions import expand_groupings

article = partial(paragraphs_article, published="2023-05-10")


def by_mention(a):
    return {f.mention: f for f in extract_figures(a)}


def test_a_grouping_named_by_its_members_expands_to_them():
    assert expand_groupings(["Beijing-Tianjin-Hebei"]) == ["Beijing", "Tianjin", "Hebei"]
    assert expand_groupings(["Tianjin", "Beijing-Tianjin-Hebei"]) == ["Tianjin", "Beijing", "Hebei"]


def test_a_grouping_with_a_name_of_its_own_stays():
    assert expand_groupings(["Yangtze River Delta", "Greater Bay Area"]) == ["Yangtze River Delta", "Greater Bay Area"]


def test_jing_jin_ji_as_a_whole_lists_its_three_members():
    (f,) = extract_figures(article("Jing-Jin-Ji shipped 310 billion yuan of goods abroad in 2022."))
    assert f.regions == ["Beijing", "Tianjin", "Hebei"]


def test_share_of_a_named_places_total_is_that_places_figure():
    a = article("Hangzhou is a tech hub.",
                "The plan wants research spending to reach at least 2.8 percent of the combined output of "
                "Beijing-Tianjin-Hebei by 2027.")
    f = by_mention(a)["at least 2.8 percent"]
    assert f.regions == ["Beijing", "Tianjin", "Hebei"]
    assert f.subject == "Beijing-Tianjin-Hebei"


def test_share_of_a_list_of_places_lists_them_all():
    a = article("Tech firms contributed 12 percent of the total industrial output of Suzhou and Wuxi in 2022.")
    (f,) = extract_figures(a)
    assert f.regions == ["Suzhou", "Wuxi"]
    assert f.subject == "Tech firms"


def test_a_place_that_is_a_part_of_the_whole_keeps_its_own_region():
    (f,) = extract_figures(article("Nanjing accounted for 9 percent of the economy of Jiangsu in 2022."))
    assert f.regions == ["Nanjing"]
