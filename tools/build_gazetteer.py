#!/usr/bin/env python3
"""Rebuild zgc_etl/reference/data/gazetteer.csv from GB/T 2260 division lists.

Not run by the pipeline: the CSV is committed.  Inputs are the ``provinces.csv``,
``cities.csv`` and ``areas.csv`` files of the npm package ``china-division``
(WTFPL; codes and Chinese names), English names come from pinyin (``pypinyin``),
and the hand-kept rows in ``gazetteer_extra.csv`` (country, Hong Kong/Macao/Taiwan,
state-level new areas, cooperation zones, zones and sub-areas the news uses) are appended.
County-level divisions are listed for Beijing, Tianjin, Hebei, the other municipalities and the
cities of ``DISTRICT_CITIES``; the reference README says how their bare names are matched.

    npm pack china-division && tar xzf china-division-*.tgz
    pip install pypinyin
    python tools/build_gazetteer.py package/dist > zgc_etl/reference/data/gazetteer.csv
"""
import csv
import re
import sys
from collections import Counter
from pathlib import Path

from pypinyin import lazy_pinyin

PROVINCES_EN = {
    "11": "Beijing", "12": "Tianjin", "13": "Hebei", "14": "Shanxi", "15": "Inner Mongolia", "21": "Liaoning",
    "22": "Jilin", "23": "Heilongjiang", "31": "Shanghai", "32": "Jiangsu", "33": "Zhejiang", "34": "Anhui",
    "35": "Fujian", "36": "Jiangxi", "37": "Shandong", "41": "Henan", "42": "Hubei", "43": "Hunan",
    "44": "Guangdong", "45": "Guangxi", "46": "Hainan", "50": "Chongqing", "51": "Sichuan", "52": "Guizhou",
    "53": "Yunnan", "54": "Tibet", "61": "Shaanxi", "62": "Gansu", "63": "Qinghai", "64": "Ningxia",
    "65": "Xinjiang",
}
PROVINCE_ALIASES = {"15": "Nei Mongol", "54": "Xizang", "45": "Guangxi Zhuang Autonomous Region",
                    "64": "Ningxia Hui Autonomous Region", "65": "Xinjiang Uygur Autonomous Region"}
MUNICIPALITIES = {"11", "12", "31", "50"}
# Longest first: stripped from the end of a Chinese name to get its proper name.
SUFFIXES = sorted(["市", "省", "地区", "盟", "自治州", "自治县", "自治旗", "区", "县", "旗", "新区", "特区",
                   "矿区"], key=len, reverse=True)
ETHNIC = ["蒙古族", "藏族", "回族", "维吾尔", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族", "侗族", "瑶族", "白族",
          "土家族", "哈尼族", "哈萨克", "傣族", "黎族", "傈僳族", "佤族", "畲族", "拉祜族", "水族", "东乡族", "纳西族",
          "景颇族", "柯尔克孜", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族",
          "阿昌族", "普米族", "塔吉克", "怒族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "独龙族", "鄂伦春",
          "赫哲族", "门巴族", "珞巴族", "基诺族", "各族", "族"]
# Pinyin names that are also ordinary words or names in English news: a brand, a newspaper, a spacecraft, a
# landmark, mountain, river or region named apart from the district, a dynasty, a generic "city east", or a
# common given name ("Hu Dehui", "Web editor: Song Xiuying").  Matched by their alias forms only.
COMMON_WORDS = {
    "Xinhua", "Changan", "Chang'an", "Heping", "Nankai", "Hongqiao", "Xinji", "Gaoxin",
    # brands, media, spacecraft, landmarks and regions named apart from the district
    "Tianhe", "Guangming", "Mulan", "Bayan", "Fangzheng", "Xihu", "Huli", "Gongyi", "Qinhuai", "Xuanwu", "Wuhou",
    "Laoshan", "Zhongshan", "Huqiu", "Yanta", "Tianqiao", "Jiangnan", "Zhongyuan", "Tianshan", "Xixia", "Helan",
    "Wudang", "Shilin", "Donghu", "Huaxi", "Hanyang", "Jinjiang", "Qingzhen", "Yuhong", "Lintong", "Jiutai",
    # generic names many cities' districts bear ("city centre", "city north")
    "Xincheng", "Shangcheng", "Chengdong", "Chengzhong", "Chengxi", "Chengbei", "Xinshi", "Shizhong", "Shinan",
    "Shibei", "Qingshan", "Hongshan", "Xinjian", "Xinbei", "Xinwu", "Licheng",
    # common given names
    "Jianye", "Xinmin", "Tianxin", "Chenghua", "Jinniu", "Kaifu", "Furong", "Taijiang", "Lianhu", "Baiyun",
    "Beilin", "Zhonglou", "Tianning", "Yilan", "Dehui", "Xiuying", "Huimin", "Fumin", "Gaoming", "Changle",
    "Xingning", "Jinyuan", "Yuquan", "Yongtai", "Qingxiu", "Liangqing", "Wuming", "Yiliang", "Jinfeng", "Xiuwen",
    "Xifeng", "Xingqing", "Jinning", "Kaiyang", "Yunyan", "Anyi", "Liyang", "Yanshou", "Shangzhi", "Huiji", "Jinshui",
    "Jintang", "Weiyang", "Gaoling", "Jiande", "Haishu", "Jinwan", "Xiangfang", "Wuhua", "Panlong", "Dayi",
    "Jimei", "Siming", "Mashan", "Lixia", "Linzhou", "Yixing", "Chongchuan", "Shanglin", "Zhenhai", "Ninghai",
    # Shanghai's and Chongqing's: a brand (Kingsoft is "Jinshan"), Mount Putuo, a nickname, a word, given names,
    # generic names
    "Jinshan", "Putuo", "Beibei", "Changshou", "Wushan", "Yunyang", "Youyang", "Rongchang", "Hechuan", "Zhongxian",
    "Shizhu", "Xiushan", "Chengkou", "Tongnan",
}
# Cities whose county-level divisions (districts, county-level cities, counties) are listed, by their four-digit
# GB/T 2260 prefix: the sub-provincial cities, the provincial capitals and the other big innovation cities the news
# covers (Beijing, Tianjin, Hebei and the other municipalities are listed whole).
DISTRICT_CITIES = {  # (Dongguan and Zhongshan have no districts: their towns are not listed)
    "4403": "Shenzhen", "4401": "Guangzhou", "3301": "Hangzhou", "3201": "Nanjing", "3205": "Suzhou",
    "3202": "Wuxi", "3204": "Changzhou", "3206": "Nantong", "3302": "Ningbo", "4201": "Wuhan", "3401": "Hefei",
    "5101": "Chengdu", "6101": "Xi'an", "3701": "Jinan", "3702": "Qingdao", "2101": "Shenyang", "2102": "Dalian",
    "2201": "Changchun", "2301": "Harbin", "4301": "Changsha", "4101": "Zhengzhou", "3502": "Xiamen",
    "3501": "Fuzhou", "4406": "Foshan", "4404": "Zhuhai", "3601": "Nanchang", "1401": "Taiyuan", "5301": "Kunming",
    "5201": "Guiyang", "4501": "Nanning", "6201": "Lanzhou", "6501": "Urumqi", "1501": "Hohhot", "4601": "Haikou",
    "6401": "Yinchuan", "6301": "Xining", "5401": "Lhasa",
}
FOCUS = ("11", "12", "13")  # Beijing, Tianjin, Hebei: the corpus' focus
LEVEL_SUFFIX_EN = {"区": "District", "县": "County", "旗": "Banner", "市": "City"}


def base_name(zh: str) -> tuple[str, str]:
    """(proper name, the suffix it had) of a Chinese division name."""
    name = zh
    for suf in SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            name, had = name[: -len(suf)], suf
            break
    else:
        had = ""
    changed = True
    while changed:
        changed = False
        for e in ETHNIC:
            if name.endswith(e) and len(name) - len(e) >= 2:
                # start again from the top: the bare "族" last in the list must not cut "苗族" to "苗"
                # ("彭水苗族土家族" → "彭水", not "彭水苗")
                name, changed = name[: -len(e)], True
                break
    return name, had


# Readings pypinyin gets wrong for place names.
READINGS = {"朝阳": "Chaoyang", "长安": "Chang'an", "六安": "Lu'an", "蚌埠": "Bengbu", "乐亭": "Laoting",
            "大城": "Dacheng", "蔚": "Yu", "马尾": "Mawei", "长丰": "Changfeng", "长清": "Changqing", "长海": "Changhai",
            "郫都": "Pidu", "新都": "Xindu", "花都": "Huadu", "旅顺口": "Lushunkou", "绿园": "Lvyuan", "长乐": "Changle",
            "番禺": "Panyu", "蜀山": "Shushan", "包河": "Baohe", "长寿": "Changshou", "重庆": "Chongqing",
            "东西湖": "Dongxihu", "沙河口": "Shahekou", "鄠邑": "Huyi", "都江堰": "Dujiangyan", "成都": "Chengdu",
            "盐田": "Yantian", "曲江": "Qujiang", "长宁": "Changning", "闵行": "Minhang", "神农架林": "Shennongjia"}
# Characters whose place-name reading is not the one pypinyin picks first ("长治" is Changzhi, not Zhangzhi;
# "望都" is Wangdu, not Wangdou).
PLACE_READINGS = {"长": "chang", "都": "du", "柏": "bai"}


# Cities the English news names otherwise than by their pinyin (Harbin, not "Ha'erbin"; Urumqi, not "Wulumuqi").
ENGLISH_NAMES = {"呼和浩特": "Hohhot", "鄂尔多斯": "Ordos", "呼伦贝尔": "Hulunbuir", "巴彦淖尔": "Bayannur",
                 "乌兰察布": "Ulanqab", "锡林郭勒": "Xilingol", "阿拉善": "Alxa", "哈尔滨": "Harbin", "拉萨": "Lhasa",
                 "日喀则": "Shigatse", "林芝": "Nyingchi", "乌鲁木齐": "Urumqi", "克拉玛依": "Karamay",
                 "吐鲁番": "Turpan", "喀什": "Kashgar", "和田": "Hotan", "阿克苏": "Aksu", "伊犁": "Ili",
                 "阿勒泰": "Altay"}


def city_en(zh: str) -> str:
    """English name of a prefecture-level city from its Chinese name ("哈尔滨市" → "Harbin")."""
    base = base_name(zh)[0]
    return ENGLISH_NAMES.get(base) or pinyin(base)


def pinyin(zh: str) -> str:
    if zh in READINGS:
        return READINGS[zh]
    out = ""
    syllables = lazy_pinyin(zh)
    if len(syllables) == len(zh):
        syllables = [PLACE_READINGS.get(c, syl) for c, syl in zip(zh, syllables)]
    for i, syl in enumerate(syllables):
        if i and syl[0] in "aeo":
            out += "'"
        out += syl
    return out[:1].upper() + out[1:]


def main(dist: str) -> None:
    d = Path(dist)
    provinces = list(csv.DictReader(open(d / "provinces.csv", encoding="utf-8")))
    cities = list(csv.DictReader(open(d / "cities.csv", encoding="utf-8")))
    areas = list(csv.DictReader(open(d / "areas.csv", encoding="utf-8")))
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["code", "name", "name_zh", "parent_code", "level", "aliases", "match"])
    w.writerow(["100000", "China", "中国", "", "country",
                "People's Republic of China|PRC|Chinese mainland|mainland China", "1"])
    for p in provinces:
        code = p["code"] + "0000"
        name = PROVINCES_EN[p["code"]]
        level = "municipality" if p["code"] in MUNICIPALITIES else "province"
        aliases = [PROVINCE_ALIASES[p["code"]]] if p["code"] in PROVINCE_ALIASES else []
        aliases.append(f"{name} {'Municipality' if level == 'municipality' else 'Province'}")
        w.writerow([code, name, p["name"], "100000", level, "|".join(aliases), "1"])
    for c in cities:
        if c["provinceCode"] in MUNICIPALITIES or c["name"] in ("省直辖县级行政区划", "自治区直辖县级行政区划"):
            continue
        name = city_en(c["name"])
        w.writerow([c["code"] + "00", name, c["name"], c["provinceCode"] + "0000", "prefecture",
                    f"{name} City" if c["name"].endswith("市") else "", "1"])
    # County-level divisions: all of Beijing, Tianjin and Hebei (the corpus' focus), the other municipalities,
    # the cities of DISTRICT_CITIES and the county-level cities directly under a province.  Functional zones
    # (development zones, "new towns", industrial parks) are not divisions and are left out, and so is the one
    # "area" of a city without districts (Dongguan's 东莞市).
    extra_rows = [row for row in csv.reader(open(Path(__file__).with_name("gazetteer_extra.csv"), encoding="utf-8"))
                  if row and row[0] != "code" and not row[0].startswith("#")]
    # the forms of the hand-kept rows: a division named by one of them is that row (Nansha New Area is Nansha
    # district), not a second place of the same name
    kept_forms = {f.lower() for row in extra_rows for f in [row[1], *row[5].split("|")] if f}
    city_names = {c["code"]: c["name"] for c in cities}

    def wanted(a):
        direct = a["cityCode"].endswith("90")
        if a["provinceCode"] not in ("11", "12", "13") and a["provinceCode"] not in MUNICIPALITIES and not direct \
                and a["cityCode"] not in DISTRICT_CITIES:
            return False
        if a["name"] == city_names.get(a["cityCode"]):
            return False
        return not re.search("市辖区|开发区|新城|管理区|示范区|园区|功能区|实验区", a["name"])
    areas = [a for a in areas if wanted(a)]
    upper = {PROVINCES_EN[p["code"]] for p in provinces} | {city_en(c["name"]) for c in cities}
    upper_plain = {u.replace("'", "") for u in upper}
    counts = Counter(pinyin(base_name(a["name"])[0]) for a in areas)
    # a bare name the focus provinces' divisions share with a division elsewhere stays theirs ("Tongzhou" is
    # Beijing's sub-centre, not Nantong's district): their names are counted among themselves only
    focus_counts = Counter(pinyin(base_name(a["name"])[0]) for a in areas if a["provinceCode"] in FOCUS)
    # "Gulou District" (Nanjing, Fuzhou) names two places; "Qianjiang District" (Chongqing) and "Qianjiang City"
    # (Hubei) one each
    form_counts = Counter((pinyin(base_name(a["name"])[0]), LEVEL_SUFFIX_EN.get(base_name(a["name"])[1][-1:], ""))
                          for a in areas)
    rows = []
    for a in areas:
        direct = a["cityCode"].endswith("90")
        base, had = base_name(a["name"])
        name = ENGLISH_NAMES.get(base) or pinyin(base)  # ("乌鲁木齐县": Urumqi County)
        parent = a["provinceCode"] + "0000" if a["provinceCode"] in MUNICIPALITIES or direct else a["cityCode"] + "00"
        suffix_en = LEVEL_SUFFIX_EN.get(had[-1:] if had else "", "")
        aliases = [f"{name} {suffix_en}"] if suffix_en else []
        if had == "新区":
            city_zh = next((base_name(c["name"])[0] for c in cities if c["code"] == a["cityCode"]), "")
            if city_zh and base.startswith(city_zh) and len(base) > len(city_zh):
                # "沧州渤海新区" is the Bohai New Area of Cangzhou: the city's name before the area's own is no part of
                # it ("Cangzhoubohai" names nothing); the bare name ("Bohai": a sea, a bank) is left out of the aliases
                city, own = pinyin(city_zh), pinyin(base[len(city_zh):])
                aliases = [f"{city} {own} New Area", f"{own} New District", f"{city} {own} New District"]
                name = f"{own} New Area"
            else:
                aliases = [name, f"{name} New District"]
                name = f"{name} New Area"
        if name.lower() in kept_forms:
            continue
        focus = a["provinceCode"] in FOCUS
        n_same = (focus_counts if focus else counts)[pinyin(base)]
        match = "1" if n_same == 1 and name not in upper | COMMON_WORDS else "0"
        if direct and not focus:
            match = "0"
        spells_a_city = "'" in name and name not in upper and name.replace("'", "") in upper_plain
        if not focus and (form_counts[(pinyin(base), suffix_en)] > 1 or spells_a_city) and had != "新区":
            # a name several listed cities share ("Gulou": Nanjing, Fuzhou; "Huangpu": Shanghai, Guangzhou):
            # "Gulou District" would pick one of them at random (Beijing-Tianjin-Hebei's keep theirs), so only the forms that name the city too are looked for ("Gulou District of
            # Fuzhou", "Fuzhou's Gulou District"); so too a name that spells a city but for its apostrophe
            # (Fuzhou's Jin'an: "Jinan District" is more often Jinan's)
            city = PROVINCES_EN[a["provinceCode"]] if a["provinceCode"] in MUNICIPALITIES or direct else \
                city_en(city_names[a["cityCode"]])
            aliases = [f"{name} {suffix_en} of {city}", f"{city}'s {name} {suffix_en}", f"{city} {name} {suffix_en}",
                       f"{name} {suffix_en}, {city}"] if suffix_en else []
        if "'" in name and suffix_en and not spells_a_city and name.replace("'", "") not in upper_plain:
            # "Baoan District" for Bao'an (the scan finds apostrophe-less spellings only of cities and new areas:
            # a county's bare "Tongan" or "Longan" is too often something else); not where it spells a city
            # ("Jinan District" is no spelling of Fuzhou's Jin'an)
            aliases += [f.replace(name, name.replace("'", "")) for f in aliases]
        rows.append([a["code"], name, a["name"], parent, "county", "|".join(aliases), match])
    for row in rows:
        w.writerow(row)
    for row in extra_rows:
        w.writerow(row)

if __name__ == "__main__":
    main(sys.argv[1])
