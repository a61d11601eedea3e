"""Round 12b, places of zones, parks and their companies (sentences written for these tests, none taken from a fixture).

- zones named with a city in their name sit in their own district or new area, by the gazetteer: the Yujiapu
  financial district is in Binhai New Area, the Jingjin Science Valley in Wuqing, the Ningbo Hangzhou Bay New Area in
  Cixi (not Tianjin, Ningbo or Hangzhou of their names);
- a place named as a benchmark ("30 percent lower than in Beijing") is neither the figure's region nor its subject."""
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
