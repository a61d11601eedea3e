"""Round 7: subject, regions and measure on general English (new sentences, none taken from a fixture).

Each case is an article (paragraphs) and what one of its figures (picked by the text of its mention) should
carry.  The classes: a park or facility implies the district it sits in; the subject is the body the clause is
about, by its fullest name; a flow lists its destination; the measure is the words naming what is measured."""
import pytest

from helpers import paragraphs_article
from zgc_etl.parse import extract_figures
from zgc_etl.reference import load_gazetteer


def article(*paragraphs, published="2024-09-12"):
    return paragraphs_article(*paragraphs, published=published)


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
    # a body the article says lies across two districts is listed under both, for its later figures too
    (["Huairou Science City, which straddles Huairou and Miyun districts, keeps adding laboratories.",
      "The science city attracted 1,300 researchers last year."], "1,300", ["Huairou", "Miyun"]),
    (["The Beijing-Tianjin Zhongguancun park, which spans Baodi and Wuqing, has 300 firms."], "300",
     ["Baodi", "Wuqing"]),
    # what the text says of a park's city holds at the district the park clearly sits in
    (["The Huairou Science City, a 100.9-square-kilometer zone in Beijing, keeps adding laboratories."],
     "100.9", ["Huairou"]),
    (["Zhongguancun Life Science Park, a cluster of biotech firms in Beijing, houses 460 companies."],
     "460", ["Changping"]),
    # a park in a city's new area is listed under the new area, the most specific place the text gives
    (["A new robotics park in the Bohai New Area of Cangzhou has signed 35 projects worth 12 billion yuan."],
     "35", ["Bohai New Area"]),
    (["The Cangzhou Bohai New Area attracted 4.1 billion yuan of investment last year."],
     "4.1 billion", ["Bohai New Area"]),
]


@pytest.mark.parametrize("paragraphs, mention, regions", REGIONS)
def test_regions(paragraphs, mention, regions):
    assert sorted(figure(paragraphs, mention).regions) == sorted(regions)


SUBJECTS = [
    # a research installation is a body of its own, and "the facility" refers back to it
    (["The Synergetic Extreme Condition User Facility in Huairou has hosted more than 1,200 experiments."],
     "1,200", "Synergetic Extreme Condition User Facility", ["Huairou"]),
    (["Beijing opened the Synergetic Extreme Condition User Facility in 2021.",
      "The facility has received 150 research teams so far."],
     "150", "Synergetic Extreme Condition User Facility", None),
    # "the science city" is the park of that name, not a city
    (["Huairou Science City, on the northern edge of Beijing, keeps adding laboratories.",
      "The science city attracted 1,300 researchers last year."],
     "1,300", "Huairou Science City", ["Huairou"]),
    # a park named after a brand and the place of its branch is the park, placed where the branch is
    (["Zhongguancun Science Park Xiong'an has attracted 92 companies since it opened in 2022."],
     "92", "Zhongguancun Science Park Xiong'an", ["Xiong'an New Area"]),
    (["Investors flocked to Zhongguancun Science Park Tianjin, which signed 48 projects in the first half."],
     "48", "Zhongguancun Science Park Tianjin", ["Tianjin"]),
    # an abbreviation in brackets after a head ends the name
    (["According to the Langfang Economic and Technological Development Zone (LETDZ), 57 firms moved in this year."],
     "57", "Langfang Economic and Technological Development Zone", ["Langfang"]),
    # a company named without a head noun is known by its description; "the company", "the German firm" and "it"
    # refer back to it, not to the place named in between
    (["Schaeffler, the German auto parts supplier, opened a plant in Tianjin.",
      "The company invested 300 million yuan in the plant."],
     "300 million", "Schaeffler", None),
    (["German auto parts supplier Schaeffler opened a plant in Wuqing last spring.",
      "The German firm now employs 450 people there."],
     "450", "Schaeffler", None),
    (["Novo Nordisk, the Danish drugmaker, said on Monday it would spend 4 billion yuan on its Tianjin factory."],
     "4 billion", "Novo Nordisk", None),
    (["Beijing-based Xiaomi opened a factory in Changping in 2019.", "It can make 10 million phones a year."],
     "10 million", "Xiaomi", None),
    # a name that opens a plant is a firm; "it", "the company" and "the German chipmaker" go back to it
    (["Bosch Rexroth opened a hydraulics plant in Wuqing in 2018.", "It shipped 42,000 units last year."],
     "42,000", "Bosch Rexroth", ["Wuqing"]),
    (["Infineon Technologies AG set up a chip testing center in Tianjin.",
      "The German chipmaker said it would add 300 jobs there by 2026."],
     "300", "Infineon Technologies AG", ["Tianjin"]),
    # a relative clause gives no subject to the clause after it
    (["The Synergetic Extreme Condition User Facility, which Beijing built for 1.6 billion yuan, hosted more than "
      "1,200 experiments in its first year, drawing researchers from Hong Kong and Shanghai."],
     "1,200", "Synergetic Extreme Condition User Facility", ["Beijing"]),
    # a noun that only qualifies another ("a group employee") names no firm
    (["Zhang Wei, a group employee since 2015, said output in Tangshan rose 12 percent."],
     "12 percent", "Tangshan", None),
    # investors named by where they come from are the actor, and what they invest goes to the destination
    (["Hong Kong investors put HK$11.3 billion into Xiong'an last year."],
     "HK$11.3 billion", "Hong Kong investors", ["Xiong'an New Area"]),
    # a submarket named by its place is the body the rents are of; "of Haidian district" says where it is
    (["Grade A office rents in the Shangdi submarket of Haidian District fell 6.2 percent in the third quarter."],
     "6.2 percent", "Shangdi submarket", ["Haidian"]),
    # money put "in the zone" goes where the zone sits, said in an earlier sentence ("sits in", "lies in")
    (["The Lingang Economic Zone lies in Tianjin's Binhai New Area.",
      "Beijing companies have invested 30 billion yuan in the zone since 2014."],
     "30 billion", "Beijing companies", ["Binhai New Area"]),
    # "the capital" opening a clause is Beijing; "northwest of the capital" only says where something is
    (["The capital attracted 32 percent of all venture money invested in China last year."],
     "32 percent", "Beijing", ["Beijing"]),
    (["Chongli, a small town 220 km northwest of the capital that has about 126,000 residents, hosts ski events."],
     "126,000", "Chongli", None),
    # firms owned by a place are that place's, whatever national total they are a share of
    (["Beijing's startups drew 36 percent of the country's venture capital funding."],
     "36 percent", "Beijing's startups", ["Beijing"]),
    # an index named after a place is that place's figure, and the index is what is measured
    (["The Zhongguancun Index 2023 rose to 298.4, up from a year earlier."],
     "298.4", "Zhongguancun", None),
    (["Beijing published the Beijing-Tianjin-Hebei Collaborative Innovation Index on Monday.",
      "The index stood at 412.6 for 2023."],
     "412.6", "Beijing-Tianjin-Hebei", None),
]


@pytest.mark.parametrize("paragraphs, mention, subject, regions", SUBJECTS)
def test_subject(paragraphs, mention, subject, regions):
    f = figure(paragraphs, mention)
    assert f.subject == subject
    if regions is not None:
        assert sorted(f.regions) == sorted(regions)


MEASURES = [
    # the words naming what is measured, not a clause before it nor a name
    (["In R&D spending, Tangshan ranked third at 18.6 billion yuan."], "18.6 billion", "R&D spending"),
    (["Among Hebei cities, Tangshan ranked third for R&D spending, which reached 18.6 billion yuan."],
     "18.6 billion", "R&D spending"),
    (["Landlords cut asking rents to 8.1 yuan per square meter per day in Wangjing."], "8.1 yuan", "asking rents"),
    (["A tax cut of 5 billion yuan was announced for small firms."], "5 billion", "tax cut"),
    (["Tianjin's Binhai New Area covers 2,270 square kilometers."], "2,270", "area"),
    (["Grade A office rents in the Shangdi submarket of Haidian District fell 6.2 percent in the third quarter."],
     "6.2 percent", "office rents"),
    (["Beijing took a 32 percent share of national venture funding in 2023."], "32 percent",
     "share of national venture funding"),
    (["The district counts 3,400 companies, 1,200 of them national high-tech enterprises."], "1,200",
     "national high-tech enterprises"),
    (["Of the 3,400 companies, 1,200 were national high-tech enterprises."], "1,200", "national high-tech enterprises"),
    (["The city has 12,400 companies certified as national high-tech enterprises."], "12,400",
     "national high-tech enterprises"),
    (["The new rail link will carry passengers from Hong Kong to Xiong'an in under nine hours."], "nine hours",
     "travel time"),
    (["The Zhongguancun Index 2023 rose to 298.4, up from a year earlier."], "298.4", "Zhongguancun Index"),
    (["Beijing published the Beijing-Tianjin-Hebei Collaborative Innovation Index on Monday.",
      "The index stood at 412.6 for 2023."], "412.6", "Beijing-Tianjin-Hebei Collaborative Innovation Index"),
]


@pytest.mark.parametrize("paragraphs, mention, measure", MEASURES)
def test_measure(paragraphs, mention, measure):
    assert figure(paragraphs, mention).measure == measure


def test_an_index_named_otherwise_stays_its_own_subject():
    f = figure(["The Hang Seng China Enterprises Index rose to 7,120.5 on Friday."], "7,120.5")
    assert f.subject == "Hang Seng China Enterprises Index"


@pytest.mark.parametrize("sentence, regions", [
    # every place of a list after "from" is where something comes from
    ("The expo drew 80,000 visitors from Hong Kong, Macao and Shanghai to Tianjin.", ["Tianjin"]),
    ("Last year 120 companies from Beijing or Hebei registered in Tianjin's Binhai New Area.", ["Binhai New Area"]),
])
def test_every_place_of_a_source_list_is_a_source(sentence, regions):
    assert sorted(extract_figures(article(sentence))[0].regions) == regions


def test_a_zone_is_no_short_name_of_a_company_named_after_it():
    f = figure(["Shougang Dongjiang, the company set up in Tianjin last year, employs 800 people.",
                "Dongjiang handled 1.2 million TEUs in 2023."], "1.2 million")
    assert f.subject == "Dongjiang"


def test_national_high_tech_enterprises_are_no_national_figure():
    f = figure(["Shijiazhuang set new goals for its tech firms this spring.",
                "The city is now home to 2,400 national high-tech enterprises."], "2,400")
    assert f.regions == ["Shijiazhuang"]


@pytest.mark.parametrize("text, names", [
    ("Chip designer Cambricon opened a lab in Haidian.", ["Cambricon"]),
    ("Tech giant Alibaba Group and drugmaker Novo Nordisk signed deals.", ["Alibaba Group", "Novo Nordisk"]),
    ("The company Monday said sales rose.", []),  # a date after the noun is no name
    ("Tianjin, the port city, grew fast.", []),  # a place described is no firm
    ("Xinhua, the state news agency, reported it.", []),
])
def test_firms_known_by_their_description(text, names):
    from zgc_etl.parse.subjects import find_orgs
    assert [o.name for o in find_orgs(text) if o.head == "company"] == names
