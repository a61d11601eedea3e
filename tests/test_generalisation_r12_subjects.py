"""Round 12, subject on general English (sentences written for these tests, none taken from a fixture).

- firms counted by where they come from or who owns them ("European companies", "Hong Kong-funded enterprises",
  "centrally administered State-owned enterprises") that invest in, move to or number in a zone report the zone's
  figure: the zone (or new area) the clause names after them, the zone "there" refers to, and for firms named by their
  funding also a city, or the place the text is about when the clause names none; the group's own count and its
  running total stay the group's, and so do investors and a city's firms acting in a city;
- a clause that opens with a site ("The plant's 35 trainees", "The new factory") is the company named a sentence or
  two before, though a sentence about its host came between;
- "the zone", "the park" before the body names any zone or park of its own is the zone or park of the title ("The
  zone's total revenue hit ..., officials in Beijing said"), not the city named in the sentence;
- a zone's firms named by its short name ("Zhongguancun enterprises") are the zone by its fullest name in the article;
- a company that opens a sentence before a relative clause of its start or move ("X, which moved from Beijing in
  2021, had 35 employees") is a company, and stays the subject of "It" after; so is one that moves or relocates its
  headquarters, office or plant ("X moved its headquarters from Beijing to the park in 2021. It had 35 employees");
- a telescope or a collider by its name is a facility ("the Five-hundred-meter Aperture Spherical Telescope"; a
  light source by its name, "the High Energy Photon Source", is not made one: it lowered held-out 2 regions); a train
  that takes a time is the subject ("a direct high-speed train now takes under nine hours");
- a clause that opens with a city's property market as a whole ("The city's Grade A market", "Overall, the Grade A
  office market") is the city's market, not the submarket named before it."""
import pytest

from helpers import paragraphs_article
from zgc_etl.parse import extract_figures
from zgc_etl.parse.subjects import find_orgs


def figure_of(paragraphs, mention):
    """The first figure whose mention holds ``mention``."""
    figs = [f for f in extract_figures(paragraphs_article(*paragraphs, published="2024-03-15")) if mention in f.mention]
    assert figs, mention
    return figs[0]


SUZHOU = "The Suzhou Industrial Park is one of China's busiest foreign investment hubs."
TEDA = "The Tianjin Economic-Technological Development Area (TEDA) courts investors from Europe and Asia."
XIONGAN = "Xiong'an New Area in Hebei province is taking shape."

ORIGIN_GROUPS = [
    ([TEDA, "European companies invested 1.15 billion euros in TEDA last year, up 26 percent."], "1.15 billion",
     "Tianjin Economic-Technological Development Area"),
    ([TEDA, "Japanese firms put 300 million dollars into the Tianjin Economic-Technological Development Area in "
      "2023."], "300 million", "Tianjin Economic-Technological Development Area"),
    ([SUZHOU, "Singapore companies have set up 420 projects in the Suzhou Industrial Park since 1994."], "420",
     "Suzhou Industrial Park"),
    ([XIONGAN, "Four centrally administered State-owned enterprises have moved their headquarters to Xiong'an, "
      "setting up more than 200 subsidiaries."], "200", "Xiong'an New Area"),
    ([SUZHOU, "Korean businesses had launched 85 projects there by the end of June."], "85", "Suzhou Industrial Park"),
    ([TEDA, "Hong Kong-funded enterprises numbered 31 at the end of 2023."], "31",
     "Tianjin Economic-Technological Development Area"),
    ([SUZHOU, "Foreign-funded firms employed 420,000 people last year."], "420,000", "Suzhou Industrial Park"),
    (["Taiwan-funded companies employ 50,000 people in Suzhou."], "50,000", "Suzhou"),
    # the group's own count, and its running total, stay the group's
    ([XIONGAN, "Three more centrally administered state-owned enterprises (SOEs) have begun building headquarters "
      "in Xiong'an, bringing the total to nine, officials said."], "Three", "centrally administered state-owned enterprises"),
    ([XIONGAN, "Three more centrally administered state-owned enterprises (SOEs) have begun building headquarters "
      "in Xiong'an, bringing the total to nine, officials said."], "nine", "centrally administered state-owned enterprises"),
    # investors stay the actor; a city's firms acting in a city stay the group
    (["Hong Kong investors put HK$11.3 billion into Xiong'an last year."], "HK$11.3 billion", "Hong Kong investors"),
    (["Beijing enterprises had launched 400 projects in Tianjin by the end of 2018."], "400", "Beijing enterprises"),
]

KESSLER = "German auto parts maker Kessler Antriebstechnik will invest 120 million euros in a new plant in Taicang."
COMPANY_SITE = [
    ([KESSLER, "Taicang is home to more than 500 German firms.", "The plant's 35 trainees started in May."], "35",
     "Kessler Antriebstechnik"),
    ([KESSLER, "Taicang is home to more than 500 German firms.", "The new factory will employ 400 people."], "400",
     "Kessler Antriebstechnik"),
    ([KESSLER, "It will hire up to 400 workers.", "The plant's first line will make 2 million gearboxes a year."],
     "2 million", "Kessler Antriebstechnik"),
    # the host's own figures stay the host's; a plant with no company named before is the place's
    ([KESSLER, "Taicang is home to more than 500 German firms."], "500", "Taicang"),
    (["Tianjin has opened a new power station.", "The plant's capacity is 500 megawatts."], "500", "Tianjin"),
    # a company named longer ago is no longer what "the plant" is about
    ([KESSLER, "Taicang is home to more than 500 German firms.", "Its GDP grew 6 percent last year.",
      "Local officials expect more investment.", "The plant's 35 trainees started in May."], "35", "Taicang"),
]

PARK_FULL_NAME = [
    (["The Zhongguancun Science Park is China's first national innovation demonstration zone.",
      "Zhongguancun enterprises posted revenue of 8.7 trillion yuan last year."], "8.7 trillion",
     "Zhongguancun Science Park"),
    (["The Zhangjiang Science City in Shanghai is the city's chip and drug hub.",
      "Zhangjiang firms filed 9,000 patent applications in 2023."], "9,000", "Zhangjiang Science City"),
    # no fuller name in the article: the short name
    (["Beijing said on Tuesday that Zhongguancun enterprises generated total revenue of 8.7 trillion yuan in 2023."],
     "8.7 trillion", "Zhongguancun"),
]

def title_figure(title, paragraphs, mention):
    figs = [f for f in extract_figures(paragraphs_article(*paragraphs, published="2024-03-15", title=title))
            if mention in f.mention]
    assert figs, mention
    return figs[0]


# (title, paragraphs, mention, expected subject)
TITLE_SITE = [
    ("Zhongguancun National Innovation Demonstration Zone revenue up",
     ["The zone's total revenue hit 8.7 trillion yuan in 2023, officials in Beijing said."], "8.7 trillion",
     "Zhongguancun National Innovation Demonstration Zone"),
    ("Suzhou Industrial Park draws record investment",
     ["The park attracted 210 foreign projects last year, the Suzhou government said."], "210",
     "Suzhou Industrial Park"),
    ("Hefei High-tech Zone grows",
     ["This zone's output reached 500 billion yuan, officials in Hefei said."], "500 billion", "Hefei High-tech Zone"),
    # the body names a zone of its own: that one; a title that names no site: unchanged
    ("Suzhou Industrial Park draws record investment",
     ["The Kunshan Development Zone nearby grew too. The zone attracted 95 projects."], "95",
     "Kunshan Development Zone"),
    ("Beijing's economy grows",
     ["The zone's total revenue hit 8.7 trillion yuan in 2023, officials in Beijing said."], "8.7 trillion", "Beijing"),
]


@pytest.mark.parametrize("title, paragraphs, mention, expected", TITLE_SITE)
def test_title_site(title, paragraphs, mention, expected):
    assert title_figure(title, paragraphs, mention).subject == expected


COMPANY_WHICH = [
    (["The Tianjin Future Science City hosts many young firms.",
      "Qingyu Spatial Data, which moved from Beijing in 2021, had 35 employees then. It now has about 180."], "35",
     "Qingyu Spatial Data"),
    (["The Tianjin Future Science City hosts many young firms.",
      "Qingyu Spatial Data, which moved from Beijing in 2021, had 35 employees then. It now has about 180."], "180",
     "Qingyu Spatial Data"),
    (["The Hefei High-tech Zone is home to many chip firms.",
      "Lanshan Vision, which was founded in Shenzhen in 2016, employs 640 people."], "640", "Lanshan Vision"),
    (["The Hefei High-tech Zone is home to many chip firms.",
      "Morning Star Labs, which relocated to the zone last year, has raised 300 million yuan."], "300 million",
     "Morning Star Labs"),
]

COMPANY_MOVED = [
    (["The Tianjin Binhai-Zhongguancun Science Park hosts 4,000 firms.", "Qingyu Spatial Data moved its headquarters "
      "from Beijing to the park in 2021. It had 35 employees then and now has about 180."], "35", "Qingyu Spatial Data"),
    (["The Tianjin Binhai-Zhongguancun Science Park hosts 4,000 firms.", "Qingyu Spatial Data moved its headquarters "
      "from Beijing to the park in 2021. It had 35 employees then and now has about 180."], "about 180",
     "Qingyu Spatial Data"),
    (["The Hefei High-tech Zone is home to many chip firms.", "Lanshan Vision relocated its headquarters to the zone "
      "last year. It employs 640 people."], "640", "Lanshan Vision"),
    # the park's own figure stays the park's; people who moved their homes name no company
    (["The Tianjin Binhai-Zhongguancun Science Park hosts 4,000 firms.", "Qingyu Spatial Data moved its headquarters "
      "from Beijing to the park in 2021."], "4,000", "Tianjin Binhai-Zhongguancun Science Park"),
    (["Songjiang is growing.", "Many Residents moved their homes to the new town. Songjiang has 12,000 new residents."],
     "12,000", "Songjiang"),
]

FACILITIES = [
    (["The Five-hundred-meter Aperture Spherical Telescope in Guizhou has found 900 pulsars."], "900",
     "Five-hundred-meter Aperture Spherical Telescope"),
    ([XIONGAN, "From Xiong'an station, a direct high-speed train now takes under nine hours to Shenzhen."], "nine",
     "direct high-speed train"),
    (["The Beijing-Xiong'an intercity railway cuts the trip to about 50 minutes."], "50",
     "Beijing-Xiong'an intercity railway"),
]

MARKETS = [
    (["Beijing's office market softened in the third quarter, a JLL report said.",
      "Grade A rents in the Lize submarket fell 5 percent.",
      "The city's Grade A market will see 650,000 sq m of new supply next year."], "650,000", "Beijing Grade A market"),
    (["Shanghai's office market softened, a CBRE report said.", "Rents in the Lujiazui submarket fell 3 percent.",
      "Overall, the Grade A office market will see 1.2 million sq m of new supply in 2025."], "1.2 million",
     "Shanghai Grade A office market"),
    (["Shanghai's office market softened, a CBRE report said.", "Rents in the Lujiazui submarket fell 3 percent.",
      "Shanghai's prime office market recorded net absorption of 120,000 sq m."], "120,000",
     "Shanghai prime office market"),
    # the submarket's own figures stay the submarket's; a market "in" a named place, or the market's value, is none
    (["Beijing's office market softened in the third quarter, a JLL report said.",
      "Grade A rents in the Lize submarket fell 5 percent."], "5 percent", "Lize submarket"),
    (["Beijing's office market softened in the third quarter, a JLL report said.",
      "Grade A rents in the Lize submarket fell 5 percent. The market value of the towers was 3 billion yuan."],
     "3 billion", "Lize submarket"),
]


@pytest.mark.parametrize("paragraphs, mention, expected",
                         ORIGIN_GROUPS + COMPANY_SITE + PARK_FULL_NAME + COMPANY_WHICH + COMPANY_MOVED + FACILITIES + MARKETS)
def test_subject_of_figure(paragraphs, mention, expected):
    assert figure_of(paragraphs, mention).subject == expected


@pytest.mark.parametrize("text, names", [
    ("a Large Hadron Collider upgrade", ["Large Hadron Collider"]),
    ("the Five-hundred-meter Aperture Spherical Telescope (FAST)", ["Five-hundred-meter Aperture Spherical Telescope"]),
    ("Source: Xinhua", []),
    ("Photo Source: China Daily", []),
    ("Open Source software grew fast", []),
    ("Telescope makers grew", []),
])
def test_instrument_names(text, names):
    assert [o.name for o in find_orgs(text)] == names
