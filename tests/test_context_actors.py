"""Issue 4: actors that are not names. Each rule on a new sentence with a fixed publication date."""
from functools import partial

from helpers import paragraphs_article
from zgc_etl.parse import extract_figures


article = partial(paragraphs_article, published="2024-04-18")  # articles of these tests: published 2024-04-18


def by_mention(a):
    return {f.mention: f for f in extract_figures(a)}


def test_counted_group_opening_the_clause_is_the_subject_of_the_figures_after_it():
    a = article("China's 62 national agricultural parks produced 1.4 trillion yuan of output in 2023, "
                "up 7 percent year on year.")
    f = by_mention(a)
    assert f["1.4 trillion yuan"].subject == "national agricultural parks"
    assert f["7 percent"].subject == "national agricultural parks"
    # how many there are is the country's figure
    assert f["62"].subject == "China"
    assert f["1.4 trillion yuan"].regions == ["China"]


def test_their_in_the_next_sentence_refers_back_to_the_counted_group():
    a = article("The Ningbo Port Authority released its yearly report.",
                "Nine national logistics parks handled 30 million tonnes of cargo last year.",
                "Their combined revenue reached 80 billion yuan.")
    f = by_mention(a)
    assert f["80 billion yuan"].subject == "national logistics parks"


def test_a_counted_group_of_origin_names_itself():
    a = article("Five more Macao-funded firms (MFFs) have opened offices in Hengqin, raising the total to 40.")
    f = by_mention(a)
    assert f["Five"].subject == "Macao-funded firms"
    assert f["40"].subject == "Macao-funded firms"


def test_plain_new_companies_are_counted_where_they_sit():
    a = article("The Suzhou Nanotech Park reported strong growth.",
                "Since 2020, more than 900 new companies have moved in.")
    f = extract_figures(a)[-1]
    assert f.subject == "Suzhou Nanotech Park"


def test_an_unnamed_actor_opening_the_clause_is_the_subject():
    a = article("The Suzhou Industrial Park is home to many drug developers.",
                "One of them, a gene therapy startup founded in 2016, raised 900 million yuan last year.")
    f = extract_figures(a)[-1]
    assert f.subject == "gene therapy startup"


def test_an_owned_unnamed_facility_is_the_subject_not_its_owner():
    a = article("The Wuxi Science Park opened in 2010.",
                "The park's battery testing center offers 12,000 square meters of lab space.")
    f = extract_figures(a)[-1]
    assert f.subject == "battery testing center"


def test_a_figure_inside_the_actor_phrase_and_its_in_the_next_sentence():
    a = article("In Kangbao County, a 200-MW solar farm covers 9,000 mu of wasteland. "
                "Its panels generate 310 million kWh a year.")
    f = by_mention(a)
    assert f["200-MW"].subject == "200-MW solar farm"
    assert f["9,000 mu"].subject == "200-MW solar farm"
    assert f["310 million kWh"].subject == "200-MW solar farm"


def test_a_description_of_a_name_is_no_new_actor():
    a = article("Being a county-run tree farm, Mulan is a pilot site for carbon trading. "
                "Every year its forest absorbs 40,000 tons of carbon dioxide.")
    f = extract_figures(a)[-1]
    assert f.subject != "county-run tree farm"


# ------------------------------------------------------------------ respectively

def test_respectively_maps_places_to_figures_in_order():
    a = article("Exports from Shandong and the Pearl River Delta rose to 41 billion yuan and 56 billion yuan, "
                "respectively, in March.")
    f = by_mention(a)
    assert f["41 billion yuan"].regions == ["Shandong"]
    assert f["56 billion yuan"].subject == "Pearl River Delta"


def test_respectively_maps_named_bodies_to_figures_in_order():
    a = article("The Hefei high-tech zone and the Optics Valley zone in Wuhan trailed with 0.9 trillion yuan "
                "and 0.7 trillion yuan, respectively.")
    f = extract_figures(a)
    assert f[0].regions == ["Hefei"]
    assert f[1].regions == ["Wuhan"]


def test_respectively_maps_measures_to_figures_in_order():
    a = article("Cold-chain storage capacity and the number of refrigerated trucks reached 2.1 million tonnes "
                "and 6,400, respectively.")
    f = extract_figures(a)
    assert f[0].measure == "Cold-chain storage capacity"
    assert f[1].measure == "number of refrigerated trucks"


# ------------------------------------------------------------------ framing places, modifiers, the city

def test_a_place_framing_the_clause_is_the_subject_when_no_name_opens_it():
    a = article("Hebei's industry kept growing in the spring.",
                "In Cangzhou, pipe fitting output reached 3.2 million tonnes in the first quarter.")
    f = extract_figures(a)[-1]
    assert f.subject == "Cangzhou"
    assert f.regions == ["Cangzhou"]


def test_a_place_before_based_is_no_actor():
    a = article("Shenzhen-based drone maker Feiyu Aviation Co plans to raise up to 2 billion yuan in its listing.")
    (f,) = extract_figures(a)
    assert f.subject == "Feiyu Aviation Co"


def test_the_city_can_be_a_special_administrative_region():
    a = article("The chipmaker will list in Hong Kong next month.",
                "Listings in the city have raised 40 billion yuan so far this year.")
    f = extract_figures(a)[-1]
    assert f.subject == "Hong Kong"


def test_firms_in_a_place_are_counted_as_the_places():
    a = article("The Xuzhou Economic Zone is a hub for construction machinery.",
                "Companies registered in the zone earned 90 billion yuan last year.")
    f = extract_figures(a)[-1]
    assert f.subject == "Xuzhou Economic Zone"


def test_a_year_before_a_group_is_no_count_of_it():
    a = article("The Hangzhou Future Sci-Tech City expanded again.",
                "Since 2021, the listed firms have opened 40 labs in the city.")
    f = extract_figures(a)[-1]
    assert f.subject != "listed firms"


# ------------------------------------------------------------------ topics, salience, quotes

def test_as_for_names_the_topic_that_it_refers_to():
    a = article("As for the Jinghai Logistics Park, which aims to double in size, it has signed 14 leases "
                "worth 300 million yuan.")
    f = by_mention(a)
    assert f["300 million yuan"].subject == "Jinghai Logistics Park"


def test_the_city_is_the_city_the_last_sentence_was_about():
    a = article("Zhuozhou, which sits between Beijing and Baoding, is a growing data center hub.",
                "The city's digital economy generated revenue of 21 billion yuan last year.")
    f = extract_figures(a)[-1]
    assert f.subject == "Zhuozhou"


def test_a_first_person_quote_speaks_for_the_speakers_body():
    a = article("The Suzhou Industrial Park hosts 600 biotech firms.",
                '"We doubled our staff to 120 this year," said Wang Li, 39, founder of a cell therapy developer '
                'in the park.')
    f = by_mention(a)
    assert f["120"].subject == "cell therapy developer"
