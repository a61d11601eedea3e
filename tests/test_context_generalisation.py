"""Rules a reader of English news would state, each on a new sentence with a fixed publication date
(issue 4, held-out error classes)."""
from functools import partial

import datetime as dt

from helpers import paragraphs_article
from zgc_etl.parse import extract_figures
from zgc_etl.parse.measures import find_measure
from zgc_etl.parse.timex import find_times


article = partial(paragraphs_article, published="2023-05-10")  # articles of these tests: published 2023-05-10


def by_mention(a):
    return {f.mention: f for f in extract_figures(a)}


# ------------------------------------------------------------------ where

def test_zone_in_the_gazetteer_implies_its_district():
    a = article("Beijing E-Town attracted 45 new biotech firms in 2022.")
    (f,) = extract_figures(a)
    assert f.regions == ["Daxing"]


def test_zone_subject_is_its_fullest_name_in_the_article():
    a = article("The Beijing Economic-Technological Development Area hosts a drone cluster.",
                "E-Town now has 90 drone makers.")
    f = extract_figures(a)[-1]
    assert f.subject == "Beijing Economic-Technological Development Area"
    assert f.regions == ["Daxing"]


def test_company_headquartered_in_a_district_park():
    a = article("Shanghai-based investors back Qiming Sensor Technology Co.",
                "The company, headquartered in the Haidian Park of Zhongguancun Science Park, employs 640 people.")
    f = extract_figures(a)[-1]
    assert f.regions == ["Haidian"]


def test_organisation_located_in_the_citys_district():
    a = article("Nanjiang Harbour Logistics Co, located in the city's Binhai New Area, handled 3.1 million "
                "tonnes of cargo last year.")
    (f,) = extract_figures(a)
    assert f.regions == ["Binhai New Area"]


# ------------------------------------------------------------------ when

def test_present_tense_after_a_dated_sentence_holds_at_publication():
    a = article("In the first quarter of this year, the park's revenue grew 9 percent.",
                "The park covers a planned area of 12.5 square kilometers.")
    f = by_mention(a)["12.5 square kilometers"]
    assert f.as_of == "2023-05-10" and f.period_start is None


def test_past_sentence_inherits_the_year_not_the_day_it_was_said():
    a = article("SHENYANG, May 9 (Xinhua) -- The port handled 7.2 million containers in 2022, up 4 percent, "
                "its operator said Tuesday.",
                "Its bulk cargo volume reached 310 million tonnes.")
    f = by_mention(a)
    assert f["7.2 million"].as_of == "2022"
    assert f["310 million tonnes"].as_of == "2022"


def test_since_founding_is_a_period_to_publication():
    a = article("Since it was set up in March 2016, the zone has drawn more than 220 billion yuan of investment.")
    (f,) = extract_figures(a)
    assert (f.as_of, f.period_start) == ("2023-05-10", "2016-03")


def test_founding_date_in_a_relative_clause_does_not_date_the_figure():
    a = article("The grid line, which went into operation in May 2019, carries up to 3,000 MW of power.")
    (f,) = extract_figures(a)
    assert f.as_of == "2023-05-10"


def test_year_named_as_a_comparison_level_is_a_base():
    t = find_times("exports reached 12 billion yuan, 3.1 times the 2015 level", dt.date(2023, 5, 10))
    assert [(x.role, x.period_start) for x in t] == [("base", "2015")]


def test_before_the_end_of_is_a_deadline():
    t = find_times("will be spent before the end of 2026", dt.date(2023, 5, 10))
    assert [(x.role, x.as_of) for x in t] == [("deadline", "2026-12-31")]


def test_target_deadline_of_another_conjunct_does_not_apply():
    a = article("The district will set up a 2-billion-yuan seed fund and aims to lift its chip output to "
                "90 billion yuan by 2028.")
    f = by_mention(a)
    assert f["2-billion-yuan"].as_of is None
    assert f["90 billion yuan"].as_of == "2028"


def test_per_year_target_over_a_plan_period():
    a = article("The city's guidance fund plans to invest 3 billion yuan a year in startups from 2024 to 2026.")
    (f,) = extract_figures(a)
    assert (f.kind, f.as_of, f.period_start) == ("target", "2026", "2024")


# ------------------------------------------------------------------ what

def test_share_measure_names_its_whole():
    s = "Exports from the zone accounted for about a third of Guangxi's total machinery exports last year."
    i = s.index("about a third")
    assert find_measure(s, i, i + len("about a third"), "percent", None, "share") == \
        "share of Guangxi's total machinery exports"


def test_share_of_the_national_total_takes_what_was_measured():
    s = "It leased 900 ships, about 40 percent of the national total."
    i = s.index("about 40 percent")
    assert find_measure(s, i, i + len("about 40 percent"), "percent", "leased ships", "share") == \
        "share of national leased ships"


def test_measure_sits_before_the_owning_body():
    s = "Average wages in the zones stood at 98,000 yuan."
    i = s.index("98,000")
    assert find_measure(s, i, i + len("98,000 yuan"), "CNY", None, "level") == "Average wages"
