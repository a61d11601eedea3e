"""Subjects, regions and times of figures across sentences."""
from functools import partial

from helpers import paragraphs_article
from zgc_etl.parse import extract_figures
from zgc_etl.parse.regions import find_places, place_in_name, sentence_regions
from zgc_etl.parse.subjects import find_orgs


article = partial(paragraphs_article, published="2021-03-19")  # articles of these tests: published 2021-03-19


def figs(a):
    return {f.mention.split()[-1] if f.unit == "count" else f.mention: f for f in extract_figures(a)}


def test_org_names_never_seen_before():
    names = [o.name for o in find_orgs("The Hengshui Lakeside Science and Technology Park and the Dezhou Data "
                                        "Innovation Center signed deals with Sunrise Robotics Co Ltd on Monday.")]
    assert names == ["Hengshui Lakeside Science and Technology Park", "Dezhou Data Innovation Center",
                     "Sunrise Robotics Co Ltd"]


def test_park_refers_back_and_implies_its_district():
    a = article("The Tianjin Binhai-Zhongguancun Science and Technology Park was set up in 2016.",
                "The park now has 3,500 registered enterprises.")
    (f,) = extract_figures(a)
    assert f.subject == "Tianjin Binhai-Zhongguancun Science and Technology Park"
    assert f.regions == ["Binhai New Area"]
    assert f.as_of == "2021-03-19"


def test_fullest_name_is_used():
    a = article("The Binhai-Zhongguancun Science Park has 3,000 companies.",
                "Officials of the Tianjin Binhai-Zhongguancun Science Park said so.")
    (f,) = extract_figures(a)
    assert f.subject == "Tianjin Binhai-Zhongguancun Science Park"


def test_time_carries_over_to_a_past_sentence():
    a = article("In late 2018, Hebei opened a new port.", "There were 4,000 workers at the port.",
                published="2019-05-01")
    (f,) = extract_figures(a)
    assert f.as_of == "2018-12-31"


def test_present_sentence_holds_at_publication():
    a = article("In 2018, Hebei opened a new port.", "Today it links 39 inland ports.", published="2021-01-25")
    (f,) = extract_figures(a)
    assert f.as_of == "2021-01-25" and f.period_start is None


def test_multi_year_and_part_year_periods():
    a = article("Over the past five years, Baodi has attracted 160 projects.",
                "In the first quarter of this year, Shijiazhuang started 469 projects.", published="2023-04-13")
    f1, f2 = extract_figures(a)
    assert (f1.as_of, f1.period_start, f1.regions) == ("2023-04-13", "2018", ["Baodi"])
    assert (f2.as_of, f2.period_start, f2.regions) == ("2023-03", "2023-01", ["Shijiazhuang"])


def test_since_then_takes_the_start_from_the_sentence_before():
    a = article("In July 2014 the two places signed an agreement.",
                "Since then, Caofeidian has signed 278 projects.", published="2018-08-08")
    (f,) = extract_figures(a)
    assert (f.as_of, f.period_start, f.subject) == ("2018-08-08", "2014-07", "Caofeidian")


def test_flow_regions():
    assert sentence_regions("687 companies from Beijing have set up branches in Tianjin and Hebei") == \
        ["Tianjin", "Hebei"]
    assert sentence_regions("technology contracts exported from Beijing to Tianjin and Hebei reached") == \
        ["Beijing", "Tianjin", "Hebei"]
    assert sentence_regions("Caofeidian has signed 278 Beijing projects") == ["Caofeidian"]
    assert sentence_regions("in Tianjin's Binhai New Area") == ["Binhai New Area"]
    assert sentence_regions("in Xiongan") == ["Xiong'an New Area"]
    assert sentence_regions("the Dongjiang zone") == ["Binhai New Area"]


def test_place_in_name():
    assert place_in_name("Baoding·Zhongguancun Innovation Center") == "Baoding"
    assert place_in_name("Tianjin (Binhai)-Zhongguancun Science Park") == "Binhai New Area"
    assert place_in_name("Beijing-Tianjin Zhongguancun Science and Technology Park") is None


def test_counties_that_are_surnames_are_not_places():
    assert find_places("said Guan Xiaojing, an analyst") == []


def test_target_deadline_and_metric():
    a = article("The zone aims to attract total investment of 20 billion yuan by 2025.", published="2022-08-02")
    (f,) = extract_figures(a)
    if f.kind == "target":
        assert f.as_of == "2025"
    assert f.measure and "investment" in f.measure
    assert f.metric == "investment"
