"""Regions of figures on unseen articles (twelfth session): two places named as one by their level's plural ("Huairou
and Miyun districts", "Suzhou and Wuxi, two cities in Jiangsu"); a body laid across places ("straddles", "spans",
"across"); the province of an apposition's count ("three cities in Zhejiang") not taking the cities' figures; the
whole Zhongguancun zone (Beijing) and a part of it named by the zone ("the Zhongguancun submarket", Haidian).

Sentences written for these tests (varied news English), each case one construction."""
import pytest

from helpers import figure_of


# (paragraphs, mention, expected regions, as a set)
CASES = [
    # two places joined by their level's plural
    (["Huairou and Miyun districts drew 40 research institutes last year."], "40", {"Huairou", "Miyun"}),
    (["Shunyi and Tongzhou districts together host 900 logistics firms."], "900", {"Shunyi", "Tongzhou"}),
    (["Suzhou and Wuxi, two cities in Jiangsu province, attracted 50 billion yuan of foreign investment."],
     "50 billion yuan", {"Suzhou", "Wuxi"}),
    (["Hangzhou, Ningbo and Shaoxing, three cities in Zhejiang, produced 2 trillion yuan of output."],
     "2 trillion yuan", {"Hangzhou", "Ningbo", "Shaoxing"}),
    (["Foshan and Dongguan, the two manufacturing cities of Guangdong, exported 800 billion yuan of goods."],
     "800 billion yuan", {"Foshan", "Dongguan"}),
    # a body laid across places in the figure's own clause
    (["The science city straddles Huairou and Miyun districts and covers 100 square kilometers."],
     "100 square kilometers", {"Huairou", "Miyun"}),
    (["The science city covers 100 square kilometers across Huairou and Miyun."], "100 square kilometers",
     {"Huairou", "Miyun"}),
    (["The corridor spans Haidian, Changping and Shunyi, with a total area of 60 square kilometers."],
     "60 square kilometers", {"Haidian", "Changping", "Shunyi"}),
    (["The new port area, spread across Nansha and Panyu, handles 3 million containers a year."], "3 million",
     {"Nansha New Area", "Panyu"}),
    (["The new valley spans Nanshan and Futian, with 300 companies."], "300", {"Nanshan", "Futian"}),
    # the whole Zhongguancun zone is Beijing's; a part of it named by the zone is Haidian's
    (["The Zhongguancun National Innovation Demonstration Zone had 20,000 high-tech firms last year."], "20,000",
     {"Beijing"}),
    (["Zhongguancun Science Park reported revenue of 8 trillion yuan last year."], "8 trillion yuan", {"Beijing"}),
    (["Enterprises in the Zhongguancun National Independent Innovation Demonstration Zone spent 400 billion yuan on "
      "research."], "400 billion yuan", {"Beijing"}),
    (["Grade A rents in the Zhongguancun submarket fell 5 percent in the quarter."], "5 percent", {"Haidian"}),
    # a travel time or distance from a far place, said of the site the text is about: both ends
    (["The biomedicine park sits in Binhai New Area. It is less than 50 minutes from Beijing by train."],
     "less than 50 minutes", {"Binhai New Area", "Beijing"}),
    (["The port zone in Caofeidian opened in 2019. The zone is about 220 kilometers from Beijing."],
     "about 220 kilometers", {"Caofeidian", "Beijing"}),
    (["Chaoyang has 300 design firms. It is 20 km from Tianjin."], "20 km", {"Chaoyang", "Tianjin"}),
    (["Xiong'an is about 100 km from Beijing."], "about 100 km", {"Xiong'an New Area", "Beijing"}),
    (["The train takes about 40 minutes from Beijing to Huairou."], "about 40 minutes", {"Beijing", "Huairou"}),
    # a clause that opens with a body and where it is: that place, not the one the sentences before were about
    (["Changping has 500 biotech firms. The science city in Huairou has 30 labs."], "30", {"Huairou"}),
    (["Haidian hosts many labs.", "The new campus in Yanqing employs 800 researchers."], "800", {"Yanqing"}),
    (["The company is headquartered in Haidian.", "Its branch in Xiong'an employs 200 people."], "200",
     {"Xiong'an New Area"}),
    (["Tianjin's biomedicine park in Binhai New Area hosts 400 firms."], "400", {"Binhai New Area"}),
    (["Shanghai drew many investors. The logistics hub at Kunshan handled 2 million containers."], "2 million",
     {"Kunshan"}),
    # negative cases: what must not change
    (["The park in Binhai New Area offers rents about 40 percent lower than in Beijing. It has 300 companies."],
     "300", {"Binhai New Area"}),
    (["Tianjin's Binhai New Area has 300 labs, and the park in Tianjin employs 9,000 people."], "9,000",
     {"Binhai New Area"}),
    (["The park has invested in Beijing 3 billion yuan over five years."], "3 billion yuan", {"Beijing"}),
    (["Talks in Beijing and Tianjin produced 12 agreements."], "12", {"Beijing"}),
    (["Huairou drew 40 institutes, while labs in Miyun and Yanqing districts added 300 jobs."], "40", {"Huairou"}),
    (["Changping Park of the Zhongguancun Science Park has 1,200 companies."], "1,200", {"Changping"}),
    (["Suzhou, a city in Jiangsu, attracted 20 billion yuan of investment."], "20 billion yuan", {"Suzhou"}),
    (["Sales rose 10 percent in Beijing, while firms across Tianjin and Hebei saw a 3 percent fall."], "10 percent",
     {"Beijing"}),
    (["Firms across Tianjin and Hebei saw sales fall 3 percent."], "3 percent", {"Tianjin", "Hebei"}),
]


@pytest.mark.parametrize("paragraphs, mention, expected", CASES)
def test_regions_of_figure(paragraphs, mention, expected):
    assert set(figure_of(paragraphs, mention).regions) == expected


def test_zone_part_home():
    from zgc_etl.parse.context import _zone_part_home

    assert _zone_part_home("Zhongguancun submarket") == "Haidian"
    assert _zone_part_home("Zhongguancun core area") == "Haidian"
    assert _zone_part_home("Haidian Park") is None
    assert _zone_part_home("Lujiazui submarket") in (None, "Pudong")  # a zone only when the gazetteer has it
    assert _zone_part_home("Beijing Economic-Technological Development Area") is None


# a district name several cities share, given bare: the one in the city the article is about
SHARED = [
    (["Fuzhou is growing fast. Gulou District attracted 300 firms last year."], "300", {"Gulou (350102)"}),
    (["Nanjing is growing fast. Gulou District attracted 300 firms last year."], "300", {"Gulou"}),
    (["Guangzhou's port is busy. Huangpu District handled 3 million containers."], "3 million", {"Huangpu (440112)"}),
    (["Shanghai's office market is cooling.", "Huangpu District rents fell 4 percent."], "4 percent", {"Huangpu"}),
    # no city to tell which: no region from it
    (["Gulou District attracted 300 firms last year."], "300", set()),
    # a city that holds none of them: no region from it
    (["Tianjin is growing fast. Gulou District attracted 300 firms last year."], "300", {"Tianjin"}),
]


@pytest.mark.parametrize("paragraphs, mention, expected", SHARED)
def test_shared_district_name(paragraphs, mention, expected):
    assert set(figure_of(paragraphs, mention).regions) == expected


def test_shared_names_are_those_the_scan_misses():
    from zgc_etl.parse.context import _shared_labels

    _, labels = _shared_labels()
    assert {"gulou district", "huangpu district"} <= labels
    assert "haidian district" not in labels and "chaoyang district" not in labels  # (the scan takes these)


# a place named only as a benchmark or an origin is not what the text is about
ASIDES = [
    (["The park in Binhai New Area offers rents about 40 percent lower than those in Beijing.",
      "Some 300 companies have registered there."], "Some 300", {"Binhai New Area"}),
    (["Xiong'an has drawn Hong Kong capital.", "Hong Kong-funded projects there totaled 45 last year."], "45",
     {"Xiong'an New Area"}),
    (["Tianjin drew Hong Kong money last year.", "Hong Kong-funded enterprises employed 12,000 people."], "12,000",
     {"Tianjin"}),
    (["Hong Kong-funded firms invested HK$6.5 billion in Xiong'an last year, and they employ 2,000 people."], "2,000",
     {"Xiong'an New Area"}),
    # negative cases: the place itself, or the only place the text names
    (["Tianjin drew Hong Kong money last year.", "Hong Kong's economy grew 3 percent."], "3 percent", {"Hong Kong"}),
    (["Hong Kong-funded enterprises employed 12,000 people."], "12,000", {"Hong Kong"}),
    (["Land in Nantong costs a third less than in Shanghai, and Nantong drew 40 projects."], "40", {"Nantong"}),
]


@pytest.mark.parametrize("paragraphs, mention, expected", ASIDES)
def test_aside_places(paragraphs, mention, expected):
    assert set(figure_of(paragraphs, mention).regions) == expected
