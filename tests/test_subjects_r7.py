"""Round 7: subject, regions and measure on general English (new sentences, none taken from a fixture).

Each case is an article (paragraphs) and what one of its figures (picked by the text of its mention) should
carry.  The classes: a park or facility implies the district it sits in; the subject is the body the clause is
about, by its fullest name; a flow lists its destination; the measure is the words naming what is measured."""
import pytest

from zgc_etl.model import Article, Block
from zgc_etl.parse import extract_figures
from zgc_etl.reference import load_gazetteer


def article(*paragraphs, published="2024-09-12"):
    blocks, at, text = [], 0, ""
    for p in paragraphs:
        blocks.append(Block.verbatim(p, at))
        text += p + "\n"
        at = len(text)
    return Article(file="t.txt", text=text, blocks=blocks, published=published, title="")


def figure(paragraphs, mention):
    figs = [f for f in extract_figures(article(*paragraphs)) if mention in f.mention]
    assert figs, f"no figure with {mention!r}"
    return figs[0]


# ---------------------------------------------------------------- the gazetteer's new areas of Hebei's cities

@pytest.mark.parametrize("written, name", [
    ("Cangzhou Bohai New Area", "Bohai New Area"),
    ("Bohai New District", "Bohai New Area"),
    ("Hengshui Binhu New Area", "Binhu New Area"),
    ("Handan Jinan New Area", "Jinan New Area"),
])
def test_a_citys_new_area_goes_by_its_own_name(written, name):
    g = load_gazetteer()
    assert g.canonical(written) == name
    assert g.lookup(name).code  # the coded division, not a new row


def test_bohai_alone_is_no_place():
    assert load_gazetteer().canonical("Bohai") is None  # the sea, the bank, the rim


REGIONS = [
    # a park in a city's new area is listed under the new area, the most specific place the text gives
    (["A new robotics park in the Bohai New Area of Cangzhou has signed 35 projects worth 12 billion yuan."],
     "35", ["Bohai New Area"]),
    (["The Cangzhou Bohai New Area attracted 4.1 billion yuan of investment last year."],
     "4.1 billion", ["Bohai New Area"]),
]


@pytest.mark.parametrize("paragraphs, mention, regions", REGIONS)
def test_regions(paragraphs, mention, regions):
    assert sorted(figure(paragraphs, mention).regions) == sorted(regions)
