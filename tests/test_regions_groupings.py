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


# ------------------------------------------------------------------ who: firms named by their origin

def test_firms_counted_with_their_origin_are_the_subject_and_listed_where_they_go():
    a = article("Hangzhou is a tech hub.",
                "Officials said 512 firms from Shanghai opened offices in Jiaxing and Huzhou last year, averaging "
                "1.4 per day.")
    got = by_mention(a)
    f = next(f for m, f in got.items() if "512" in m)
    assert f.subject == "firms from Shanghai"
    assert f.regions == ["Jiaxing", "Huzhou"]
    assert got["1.4"].subject == "firms from Shanghai"


def test_firms_that_move_into_a_park_count_for_the_park():
    a = article("The Wuxi Sensor Park opened in 2018.",
                "So far, 62 firms from Shanghai have moved into the park.")
    f = extract_figures(a)[-1]
    assert f.subject == "Wuxi Sensor Park"


def test_unnamed_new_firms_are_still_no_actor_of_their_own():
    a = article("The Wuxi Sensor Park opened in 2018.", "Last year 1,500 new companies registered in the park.")
    f = extract_figures(a)[-1]
    assert f.subject != "new companies"


# ------------------------------------------------------------------ a clause that names nothing

def test_a_clause_naming_nothing_goes_on_about_the_sentences_previous_figure():
    a = article("Officials in Wuhan spoke on Monday.",
                "Startups made up 41 percent of all the unicorns in Chengdu, with only two carmakers making the list.")
    got = by_mention(a)
    assert got["41 percent"].regions == ["Chengdu"]
    f = next(f for m, f in got.items() if m.startswith("two"))
    assert f.regions == ["Chengdu"] and f.subject == got["41 percent"].subject


def test_a_distance_does_not_pass_its_far_end_on():
    a = article("Zhuozhou, a city around 60 km south of Beijing, has a population of about 680,000 people.")
    got = by_mention(a)
    assert got["around 60 km"].regions == ["Zhuozhou", "Beijing"]
    assert got["about 680,000"].regions == ["Zhuozhou"]


# ------------------------------------------------------------------ where the money or the firms go

def test_money_invested_in_a_project_in_a_place_goes_to_that_place():
    a = article("Beijing Kaida Logistics Co committed 500 million yuan to a cold-chain project in Langfang.")
    (f,) = extract_figures(a)
    assert f.regions == ["Langfang"]


def test_money_put_into_plants_in_a_place_goes_there_not_to_the_investors_home():
    a = article("Shenzhen-based drone maker Skyline Robotics invested 2 billion yuan in a factory in Langfang "
                "last year.")
    (f,) = extract_figures(a)
    assert f.regions == ["Langfang"]


def test_a_new_area_named_in_full_is_a_destination_too():
    a = article("Hong Kong firms have set up 85 offices in Xiong'an New Area.")
    (f,) = extract_figures(a)
    assert f.regions == ["Xiong'an New Area"]


def test_a_place_inside_an_organisations_name_is_still_no_region_of_its_own():
    a = article("Bank of Suzhou lent 3 billion yuan to small firms last year.")
    (f,) = extract_figures(a)
    assert f.regions == ["Suzhou"]


def test_the_average_a_figure_beats_is_no_subject():
    a = article("The Wuxi Sensor Park opened in 2018.",
                "Firms in the park grew revenue 11 percent last year, outpacing the city average by 3.1 percentage "
                "points.")
    f = by_mention(a)["3.1 percentage points"]
    assert f.subject == "Wuxi Sensor Park"


# ------------------------------------------------------------------ places counted back

def test_the_three_economies_are_the_three_places_named_before():
    a = article("In 2022, Beijing's output grew 4 percent, while Tianjin and Hebei grew 3 percent and 5 percent, "
                "respectively.",
                "Together, the three economies produced 10 trillion yuan, about 8 percent of the national total.")
    got = by_mention(a)
    assert got["10 trillion yuan"].regions == ["Beijing", "Tianjin", "Hebei"]
    assert got["about 8 percent"].regions == ["Beijing", "Tianjin", "Hebei"]


def test_both_cities_are_the_two_named_before():
    a = article("Suzhou and Wuxi signed a pact on chips.", "Both cities will invest 20 billion yuan in chips by 2025.")
    assert extract_figures(a)[-1].regions == ["Suzhou", "Wuxi"]


def test_a_count_of_other_things_is_no_place_anaphor():
    a = article("Suzhou and Wuxi set up three chip funds.",
                "All three have signed deals with 12 start-ups in Hefei.")
    f = extract_figures(a)[-1]
    assert f.regions == ["Hefei"]


def test_money_committed_to_an_organisation_goes_where_it_sits():
    a = article("Beijing Kaida Logistics Co committed 500 million yuan to the Kaida Langfang Cold Chain Industrial "
                "Park project.")
    (f,) = extract_figures(a)
    assert f.regions == ["Langfang"]
