"""The gazetteer's county-level divisions of the big innovation cities outside Beijing-Tianjin-Hebei (Shenzhen,
Hangzhou, Wuhan, Chengdu, ...) and its cooperation zones (Hengqin, Qianhai, Lingang): look-ups, roll-ups,
names shared by several cities, names that are also words or given names, and sentences that place a figure
there."""
import csv
from collections import Counter
from functools import partial

import pytest

from helpers import paragraphs_article
from zgc_etl.parse import extract_figures
from zgc_etl.parse.regions import find_places
from zgc_etl.reference import DATA, ancestors, load_gazetteer, region_rows

article = partial(paragraphs_article, published="2024-05-10")


# ------------------------------------------------------------------ look-ups and roll-ups

@pytest.mark.parametrize("form, name, parent", [
    ("Nanshan District", "Nanshan", "Shenzhen"),
    ("Bao'an", "Bao'an", "Shenzhen"),
    ("Longgang District", "Longgang", "Shenzhen"),
    ("Futian", "Futian", "Shenzhen"),
    ("Yuhang District", "Yuhang", "Hangzhou"),
    ("Binjiang", "Binjiang", "Hangzhou"),
    ("Xiaoshan", "Xiaoshan", "Hangzhou"),
    ("Jiangxia District", "Jiangxia", "Wuhan"),
    ("Shuangliu", "Shuangliu", "Chengdu"),
    ("Pidu District", "Pidu", "Chengdu"),
    ("Kunshan", "Kunshan", "Suzhou"),
    ("Kunshan City", "Kunshan", "Suzhou"),
    ("Xiangzhou District", "Xiangzhou", "Zhuhai"),
    ("Jiangning", "Jiangning", "Nanjing"),
    ("Huangdao District", "Huangdao", "Qingdao"),
    ("Siming District", "Siming", "Xiamen"),
    ("Mawei District", "Mawei", "Fuzhou"),
    ("Changfeng County", "Changfeng", "Hefei"),
    ("Shunde", "Shunde", "Foshan"),
    ("Hengqin", "Hengqin", "Zhuhai"),
    ("Hengqin Guangdong-Macao In-Depth Cooperation Zone", "Hengqin", "Zhuhai"),
    ("Qianhai", "Qianhai", "Shenzhen"),
    ("Lingang New Area", "Lingang Special Area", "Shanghai"),
])
def test_county_level_divisions_and_cooperation_zones(form, name, parent):
    p = load_gazetteer().lookup(form)
    assert p is not None and p.name == name
    assert p.parent == parent


@pytest.mark.parametrize("form, name", [
    ("Minhang District", "Minhang"),  # 闵行, not "Minxing"
    ("Changning District", "Changning"),  # 长宁, not "Zhangning"
    ("Changzhi", "Changzhi"),  # 长治
    ("Wangdu County", "Wangdu"),  # 望都, not "Wangdou"
    ("Pengshui County", "Pengshui"),  # 彭水苗族土家族自治县: both peoples' names dropped, not "Pengshuimiao"
    ("Aba", "Aba"),  # 阿坝藏族羌族自治州
    ("Wanbailin District", "Wanbailin"),  # 万柏林区: a district, not a forestry district (林区) "Wanbai"
    ("Baoan District", "Bao'an"),  # the apostrophe-less spelling of a district
    ("Guan County", "Gu'an"),
    ("Harbin", "Harbin"),  # 哈尔滨: the English name, not the pinyin "Ha'erbin"
    ("Urumqi", "Urumqi"),
    ("Hohhot", "Hohhot"),
    ("Lhasa", "Lhasa"),
    ("Ordos", "Ordos"),
])
def test_place_name_readings(form, name):
    assert load_gazetteer().canonical(form) == name


def test_apostrophe_less_district_is_found_in_text():
    assert [n for _, _, n in find_places("Baoan District drew 40 firms.")] == ["Bao'an"]
    # a district whose name spells a city but for its apostrophe (Fuzhou's Jin'an, Jinan) is found only with
    # its city, and "Jinan" stays the city
    assert [n for _, _, n in find_places("Jinan District officials said")] == ["Jinan"]
    assert [n for _, _, n in find_places("Fuzhou's Jin'an District")] == ["Jin'an"]


def test_districts_roll_up_to_city_province_and_china():
    assert ancestors("Nanshan") == ["Shenzhen", "Guangdong", "China"]
    assert ancestors("Kunshan") == ["Suzhou", "Jiangsu", "China"]
    assert ancestors("Hengqin") == ["Zhuhai", "Guangdong", "China"]
    assert ancestors("Lingang Special Area") == ["Shanghai", "China"]
    g = load_gazetteer()
    assert g.is_within("Yuhang", "Zhejiang") and not g.is_within("Yuhang", "Jiangsu")


def test_parks_count_under_their_city():
    """High-tech parks are subjects, not regions: a figure there is the city's (the labels give "Zhangjiang
    high-tech zone in Shanghai" → Shanghai, East Lake → Wuhan)."""
    g = load_gazetteer()
    assert g.division_of("Zhangjiang Hi-Tech Park") == "Shanghai"
    assert g.division_of("Suzhou Industrial Park") == "Suzhou"
    assert g.division_of("Songshan Lake") == "Dongguan"
    assert g.division_of("Caohejing Hi-Tech Park") == "Shanghai"


def test_bare_lingang_is_not_shanghai():
    """Tianjin has a Lingang Economic Zone too: only the Shanghai area's own names are its forms."""
    g = load_gazetteer()
    assert g.lookup("Lingang") is None
    assert find_places("The Lingang Economic Zone lies in Tianjin's Binhai New Area.")[-1][2] == "Binhai New Area"
    assert [n for _, _, n in find_places("the Lin-gang Special Area")] == ["Lingang Special Area"]


def test_hand_kept_new_area_is_not_doubled_by_its_district():
    """Nansha New Area is Nansha district: one place, the hand-kept row, not a second "Nansha"."""
    g = load_gazetteer()
    assert g.canonical("Nansha") == "Nansha New Area"
    assert g.canonical("Nansha District") is None or g.canonical("Nansha District") == "Nansha New Area"


def test_focus_names_keep_their_bare_match():
    """A bare name Beijing-Tianjin-Hebei shares with a district elsewhere stays theirs."""
    g = load_gazetteer()
    for name in ("Tongzhou", "Pingshan", "Longhua", "Kuancheng", "Luquan"):
        p = g.places[name]
        assert p.code[:2] in ("11", "12", "13") and p.match, name


# ------------------------------------------------------------------ shared names, words, given names

def test_a_form_two_cities_share_names_neither_alone():
    """"Huangpu District" is Shanghai's and Guangzhou's: only the forms with the city place a figure."""
    g = load_gazetteer()
    assert g.lookup("Huangpu District") is None
    assert g.lookup("Guangzhou's Huangpu District").parent == "Guangzhou"
    assert g.lookup("Huangpu District of Shanghai").parent == "Shanghai"
    # a shared bare name with different suffixes is no clash: Chongqing's district, Hubei's city
    assert g.lookup("Qianjiang District").parent == "Chongqing"
    assert g.lookup("Qianjiang City").parent == "Hubei"


def test_a_name_several_cities_share_is_found_only_with_its_city():
    """"Gulou" is a district of Nanjing and of Fuzhou: "Gulou District" alone names neither; the forms that
    name the city do."""
    g = load_gazetteer()
    nanjing = g.lookup("Gulou District of Nanjing")
    fuzhou = g.lookup("Fuzhou's Gulou District")
    assert nanjing.parent == "Nanjing" and fuzhou.parent == "Fuzhou" and nanjing.name != fuzhou.name
    assert g.lookup("Gulou District") is None
    assert not nanjing.match and not fuzhou.match
    assert [n for _, _, n in find_places("The Gulou District of Nanjing opened 20 incubators.")] == [nanjing.name]
    assert find_places("Gulou District opened 20 incubators.") == []


@pytest.mark.parametrize("label, within, name", [
    ("Gulou", "Fuzhou", "Gulou (350102)"),
    ("Gulou", "Nanjing", "Gulou"),
    ("Gulou", "Jiangsu", "Gulou"),
    ("Huangpu", "Guangzhou", "Huangpu (440112)"),
    ("Huangpu", "Shanghai", "Huangpu"),
    ("Longhua", "Shenzhen", "Longhua (440309)"),
    ("Longhua", "Chengde", "Longhua"),
    ("Nanshan", "Shenzhen", "Nanshan"),
    ("Gulou", "Shenzhen", None),  # none there
    ("Gulou", "China", None),  # several
])
def test_a_shared_name_is_told_apart_by_the_city_it_lies_in(label, within, name):
    assert load_gazetteer().named_within(label, within) == name


def test_label_drops_the_code_tag():
    g = load_gazetteer()
    assert g.places["Gulou (350102)"].label == "Gulou"
    assert g.places["Xiong'an New Area"].label == "Xiong'an New Area"


@pytest.mark.parametrize("sentence", [
    "According to Hu Dehui, the center's general manager, 300 firms joined.",  # a given name (Dehui, Changchun)
    "(Web editor: Song Xiuying)",  # a given name (Xiuying, Haikou)
    "Oriental Yuhong waterproofing sold 12 billion yuan of membranes.",  # a brand (Yuhong, Shenyang)
    "The Tianhe-2 supercomputer ran 33.9 petaflops.",  # a supercomputer (Tianhe, Guangzhou)
    "Sales of Jiangnan-style furniture rose 8 percent.",  # a region (Jiangnan, Nanning)
    "The Zhongyuan Bank reported 5 billion yuan in profit.",  # the Central Plains (Zhongyuan, Zhengzhou)
    "Guangming Daily reported that 2,000 scholars attended.",  # a newspaper (Guangming, Shenzhen)
    "Kingsoft, known in China as Jinshan, sold 3 million licences.",  # a brand (Jinshan, Shanghai)
    "Pilgrims to Putuo climbed 1,000 steps.",  # Mount Putuo (Putuo, Shanghai)
])
def test_names_that_are_also_words_brands_or_given_names_are_not_places(sentence):
    assert find_places(sentence) == []


def test_names_that_are_also_words_are_found_in_their_full_form():
    assert [n for _, _, n in find_places("Tianhe District drew 40 firms.")] == ["Tianhe"]
    assert [n for _, _, n in find_places("Guangming District drew 40 firms.")] == ["Guangming"]


# ------------------------------------------------------------------ the warehouse's needs

def test_region_rows_are_unique_by_name_and_code():
    rows = region_rows()
    names = Counter(r["name"] for r in rows)
    assert [n for n, c in names.items() if c > 1] == []
    codes = Counter(r["code"] for r in rows if r["code"])
    assert [c for c, k in codes.items() if k > 1] == []
    by_name = {r["name"] for r in rows}
    assert all(r["parent"] is None or r["parent"] in by_name for r in rows)


def test_every_parent_code_is_a_row():
    rows = list(csv.DictReader(open(DATA / "gazetteer.csv", encoding="utf-8")))
    codes = {r["code"] for r in rows if r["code"]}
    assert all(r["parent_code"] in codes for r in rows if r["parent_code"])


def test_every_listed_city_has_its_districts():
    g = load_gazetteer()
    parents = Counter(p.parent for p in g.places.values() if p.level == "county")
    for city in ("Shenzhen", "Guangzhou", "Hangzhou", "Nanjing", "Suzhou", "Wuxi", "Ningbo", "Wuhan", "Hefei",
                 "Chengdu", "Xi'an", "Jinan", "Qingdao", "Shenyang", "Dalian", "Changsha", "Zhengzhou", "Xiamen",
                 "Fuzhou", "Foshan", "Zhuhai"):
        assert parents[city] >= 3, city


# ------------------------------------------------------------------ sentences → regions

@pytest.mark.parametrize("paragraphs, mention, regions", [
    (["Hengqin's 2,800 Macao-funded firms reported higher revenue last year."], "2,800", ["Hengqin"]),
    (["The Guangdong-Macao In-Depth Cooperation Zone in Hengqin now hosts more than 5,600 Macao-funded "
      "enterprises."], "more than 5,600", ["Hengqin"]),
    (["Nanshan district of Shenzhen attracted 12.3 billion yuan in foreign investment in 2023."],
     "12.3 billion yuan", ["Nanshan"]),
    (["Shenzhen's Nanshan district is home to over 4,000 national high-tech enterprises."], "over 4,000",
     ["Nanshan"]),
    (["Yuhang in Hangzhou added 1,200 digital economy companies in the first quarter."], "1,200", ["Yuhang"]),
    (["In Hangzhou, the Yuhang district government has earmarked 3 billion yuan for a new science city."],
     "3 billion yuan", ["Yuhang"]),
    (["Qianhai registered 11,000 Hong Kong-invested companies by the end of 2023."], "11,000", ["Qianhai"]),
    (["Kunshan, a county-level city under Suzhou, posted a GDP of 501 billion yuan last year."],
     "501 billion yuan", ["Kunshan"]),
    (["Wuhan's Jiangxia district built 35 new industrial projects in 2023."], "35", ["Jiangxia"]),
    (["Shuangliu district in Chengdu handled 30 million air passengers last year."], "30 million", ["Shuangliu"]),
    (["The Lingang Special Area signed 96 projects in the first half of the year."], "96",
     ["Lingang Special Area"]),
    (["Zhangjiang Science City in Shanghai is home to about 2,000 biomedical firms."], "about 2,000",
     ["Shanghai"]),
    (["Suzhou Industrial Park hosted 1,100 foreign-funded projects by the end of 2023."], "1,100", ["Suzhou"]),
    (["Xiangzhou district of Zhuhai opened 12 new research institutes in 2023."], "12", ["Xiangzhou"]),
    (["Binjiang, Hangzhou's high-tech district, now has 3,100 national high-tech enterprises."], "3,100",
     ["Binjiang"]),
    (["Tongzhou district in Beijing attracted 150 companies last year."], "150", ["Tongzhou"]),
    (["Minhang, a southwestern suburb of Shanghai, is home to 120 research institutes."], "120", ["Minhang"]),
    (["Chongqing's Yubei district signed 12 investment deals in March."], "12", ["Yubei"]),
    (["Harbin, the capital of Heilongjiang province, registered 9,400 new tech firms in 2023."], "9,400",
     ["Harbin"]),
])
def test_sentence_places_its_figure_in_the_district_or_zone(paragraphs, mention, regions):
    got = {f.mention: f for f in extract_figures(article(*paragraphs))}
    assert got[mention].regions == regions


def test_a_given_name_that_is_a_district_places_nothing():
    a = article("Hu Dehui, general manager of the center, said 300 companies had joined the platform.")
    (f,) = extract_figures(a)
    assert f.regions == []


# ------------------------------------------------------------------ a shared name in predictions and the warehouse

def test_a_shared_name_prints_as_text_gives_it_and_keys_the_warehouse_by_its_tag():
    """Guangzhou's Huangpu shares its name with Shanghai's: the gazetteer keys it "Huangpu (440112)".
    The prediction (the contract's fields, what ``zgc-etl extract`` prints) names it as the text does,
    while the figure keeps the key the warehouse's region dimension and bridge are built on."""
    from zgc_etl.pipeline import figure_rows
    from zgc_etl.reference import place_label

    art = article("Guangzhou's Huangpu District drew 300 billion yuan of investment last year.")
    fig = next(f for f in extract_figures(art) if f.mention.startswith("300 billion"))
    assert fig.regions == ["Huangpu (440112)"]
    pred = fig.as_prediction()
    assert pred["regions"] == ["Huangpu"]
    assert pred["subject"] == "Huangpu"
    row = next(r for r in figure_rows(art) if r["mention"].startswith("300 billion"))
    assert row["regions"] == '["Huangpu (440112)"]'
    assert place_label("Huangpu (440112)") == "Huangpu" and place_label("Xiong'an New Area") == "Xiong'an New Area"
    assert ancestors("Huangpu (440112)")[:1] == ["Guangzhou"]
