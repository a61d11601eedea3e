"""Round 12b, places of zones, parks and their companies (sentences written for these tests, none taken from a fixture).

- zones named with a city in their name sit in their own district or new area, by the gazetteer: the Yujiapu
  financial district is in Binhai New Area, the Jingjin Science Valley in Wuqing, the Ningbo Hangzhou Bay New Area in
  Cixi (not Tianjin, Ningbo or Hangzhou of their names);
- a place named as a benchmark ("30 percent lower than in Beijing") is neither the figure's region nor its subject,
  when the sentence names another place that is not one;
- a zone the article places itself ("Zhangjiang Science City in Shanghai's Pudong New Area") keeps that place when a
  later sentence names it by its short name ("Zhangjiang's reading"), where the gazetteer only knows its city (not
  yet for its firms as a group, "Zhangjiang firms": tried, it lowered held-out 3 regions);
- a company whose site is "in the park" ("X Co, a drone maker that moved from Beijing's Fengtai district, employs 460
  people at its plant in the park") sits where the park named before it sits, not in the city of its name nor where
  it came from."""
import pytest

from helpers import paragraphs_article
from zgc_etl.parse import extract_figures
from zgc_etl.reference import load_gazetteer


def figure_of(paragraphs, mention, title="Regional notes"):
    """The first figure whose mention holds ``mention``."""
    art = paragraphs_article(*paragraphs, published="2024-03-15")
    figs = [f for f in extract_figures(art) if mention in f.mention]
    assert figs, mention
    return figs[0]


def test_zone_rows_sit_in_their_districts():
    g = load_gazetteer()
    assert g.division_of("Yujiapu Financial District") == "Binhai New Area"
    assert g.division_of("Wuqing Jingjin Science Valley") == "Wuqing"
    assert g.division_of("Ningbo Hangzhou Bay New Area") == "Cixi"
    # the older rows stay where they were
    assert g.division_of("Zhangjiang Hi-Tech Park") == "Shanghai"
    assert g.division_of("Hangzhou") == "Hangzhou"


ZONES = [
    (["The Yujiapu financial district posted a vacancy rate of nearly 40% at the end of 2023."], "40%",
     ["Binhai New Area"], "Yujiapu financial district"),
    (["Tianjin's office market is soft.", "Yujiapu financial district's vacancy rate of about 38% weighed on rents."],
     "38%", ["Binhai New Area"], "Yujiapu financial district"),
    (["Yujiapu Financial District drew 45 financial firms last year."], "45", ["Binhai New Area"],
     "Yujiapu Financial District"),
    (["Land in the Wuqing Jingjin Science Valley costs 650 yuan per square meter."], "650 yuan", ["Wuqing"],
     "Wuqing Jingjin Science Valley"),
    (["The Jingjin Science Valley signed 23 projects in 2023."], "23", ["Wuqing"], None),
    (["The Ningbo Hangzhou Bay New Area posted output of 120 billion yuan last year."], "120 billion", ["Cixi"],
     "Ningbo Hangzhou Bay New Area"),
    (["Hangzhou Bay New Area attracted 31 auto parts makers in 2023."], "31", ["Cixi"], None),
]


@pytest.mark.parametrize("paragraphs, mention, regions, subject", ZONES)
def test_zone_figures_are_their_districts(paragraphs, mention, regions, subject):
    f = figure_of(paragraphs, mention)
    assert f.regions == regions
    if subject:
        assert f.subject == subject


NOT_ZONES = [
    # the bay itself and the city stay what they were
    (["Hangzhou's GDP reached 2 trillion yuan last year."], "2 trillion", ["Hangzhou"]),
    (["Ningbo handled 1.3 billion tons of cargo last year."], "1.3 billion", ["Ningbo"]),
    (["Wuqing district signed 40 projects in 2023."], "40", ["Wuqing"]),
    (["Binhai New Area had 5,000 high-tech firms in 2023."], "5,000", ["Binhai New Area"]),
]


@pytest.mark.parametrize("paragraphs, mention, regions", NOT_ZONES)
def test_places_that_are_not_the_new_zones(paragraphs, mention, regions):
    assert figure_of(paragraphs, mention).regions == regions


BENCHMARKS = [
    (["Hydrogen sells for 35 yuan a kilogram in Caofeidian, about 30 percent lower than in Beijing."],
     "30 percent", "Caofeidian", ["Caofeidian"]),
    (["Office rents in Wuqing average 1.2 yuan a day, 60 percent lower than in Chaoyang."],
     "60 percent", "Wuqing", ["Wuqing"]),
    (["Land in Nantong costs 900 yuan per square meter, a third less than those in Suzhou."],
     "900 yuan", "Nantong", ["Nantong"]),
    (["Electricity in Baoding costs 0.5 yuan per kWh, 20 percent lower compared with Tianjin."],
     "20 percent", "Baoding", ["Baoding"]),
]


@pytest.mark.parametrize("paragraphs, mention, subject, regions", BENCHMARKS)
def test_benchmark_place_is_not_the_subject(paragraphs, mention, subject, regions):
    f = figure_of(paragraphs, mention)
    assert (f.subject, f.regions) == (subject, regions)


def test_benchmark_alone_stays_when_nothing_else_is_named():
    # (a sentence that names only the benchmark: the rule needs another place; the region logic is unchanged)
    f = figure_of(["Beijing's rents rose 5 percent, while Shanghai's rose 3 percent."], "3 percent")
    assert f.subject == "Shanghai"


ZONE_TOLD = [
    (["The innovation index of Zhangjiang Science City in Shanghai's Pudong New Area rose to 286.4 last year.",
      "Shanghai's city-wide index stood at 213.5.", "Zhangjiang's reading was 72.9 points higher."],
     "72.9", "Zhangjiang Science City", ["Pudong New Area"]),
    (["Zhangjiang Hi-Tech Park in Shanghai's Pudong New Area is a chip hub.",
      "Zhangjiang posted revenue of 810 billion yuan in 2023."],
     "810 billion", "Zhangjiang Hi-Tech Park", ["Pudong New Area"]),
]


@pytest.mark.parametrize("paragraphs, mention, subject, regions", ZONE_TOLD)
def test_zone_keeps_the_place_the_article_gives(paragraphs, mention, subject, regions):
    f = figure_of(paragraphs, mention)
    assert (f.subject, f.regions) == (subject, regions)


def test_city_figure_after_zone_stays_the_city():
    f = figure_of(ZONE_TOLD[0][0], "213.5")
    assert (f.subject, f.regions) == ("Shanghai", ["Shanghai"])


def test_zone_without_a_stated_place_keeps_its_city():
    f = figure_of(["Zhangjiang Science City in Shanghai is home to about 2,000 biomedical firms."], "2,000")
    assert f.regions == ["Shanghai"]


PARK_SITES = [
    (["The Tianjin Airborne Industry Park in Binhai New Area has drawn 80 companies.",
      "Tianjin Qingyun Aerotech Co, a drone maker that moved from Beijing's Fengtai district, employs 460 people "
      "at its plant in the park."], "460", ["Binhai New Area"]),
    (["The Jingjin Science Valley in Wuqing district has drawn 50 biotech firms.",
      "Beijing Lanxin Pharma Co runs 3 production lines at its factory in the park."], "3", ["Wuqing"]),
    (["The Qinhuangdao Robot Industrial Park, located in Haigang district, opened in 2021.",
      "Shenzhen Dayou Robotics Co has hired 120 workers at its new base in the park."], "120", ["Haigang"]),
]


@pytest.mark.parametrize("paragraphs, mention, regions", PARK_SITES)
def test_company_sits_where_its_park_sits(paragraphs, mention, regions):
    assert figure_of(paragraphs, mention).regions == regions


PARK_SITES_NOT = [
    # no site in the park: the company keeps the city of its name
    (["The Tianjin Airborne Industry Park in Binhai New Area has drawn 80 companies.",
      "Beijing Qingyun Aerotech Co employs 460 people."], "460", ["Beijing"]),
    # a park never placed: nothing to take
    (["Tianjin Qingyun Aerotech Co employs 460 people at its plant in the park."], "460", ["Tianjin"]),
]


@pytest.mark.parametrize("paragraphs, mention, regions", PARK_SITES_NOT)
def test_company_without_a_park_site_keeps_its_name_place(paragraphs, mention, regions):
    assert figure_of(paragraphs, mention).regions == regions


BENCHMARK_NOT = [
    # the place the figure is about comes first and the benchmark after it: unchanged
    (["Rents in Beijing are 30 percent higher than in Tianjin, at 300 yuan per square meter."], "300 yuan", "Beijing",
     ["Beijing"]),
    # an origin, not a benchmark: the rule does not touch it
    (["Hebei received 1,200 projects from Beijing last year."], "1,200", "Hebei", ["Hebei"]),
]


@pytest.mark.parametrize("paragraphs, mention, subject, regions", BENCHMARK_NOT)
def test_place_before_the_benchmark_stays(paragraphs, mention, subject, regions):
    f = figure_of(paragraphs, mention)
    assert (f.subject, f.regions) == (subject, regions)


SITES_ELSEWHERE = [
    # the site is named by its own place, not "in the park": the company keeps the place of its name
    (["The Tianjin Airborne Industry Park in Binhai New Area has drawn 80 companies.",
      "Tianjin Qingyun Aerotech Co employs 460 people at its plant in Shenzhen."], "460", ["Tianjin"]),
    (["The Binhai park, in Binhai New Area, has 40 firms.",
      "Beijing Yuxin Co has 200 staff at its headquarters in Beijing."], "200", ["Beijing"]),
]


@pytest.mark.parametrize("paragraphs, mention, regions", SITES_ELSEWHERE)
def test_site_named_elsewhere_is_not_the_park(paragraphs, mention, regions):
    assert figure_of(paragraphs, mention).regions == regions
