"""Vocabulary and exclusions of figure recognition (FIGURES.md): one case per entry."""
import pytest

from zgc_etl.parse.quantities import find_quantities


def one(text, published="2020-06-30"):
    qs = find_quantities(text, published=published)
    assert len(qs) == 1, [(text[q.start:q.end], q.value, q.unit) for q in qs]
    q = qs[0]
    return q


def approx(a, b):
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


# --- numbers: numerals, words, scale words -------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("The park hosts 1,234 firms.", 1234), ("The park hosts 1234 firms.", 1234),
    ("The park hosts 12.5 million firms.", 12.5e6), ("Sales were 4,376.07 billion yuan.", 4376.07e9),
    ("Ten companies signed deals.", 10), ("The park has twenty-three startups.", 23),
    ("It hosts a dozen projects.", 12), ("One hundred firms joined.", 100), ("It signed two hundred and five deals.", 205),
    ("It struck deals worth two billion yuan.", 2e9), ("Sales reached 5 thousand yuan.", 5e3),
    ("Sales reached 2 mln yuan.", 2e6), ("Sales reached 3 bn yuan.", 3e9), ("Sales reached 4 bln yuan.", 4e9),
    ("Sales reached 1.2 trillion yuan.", 1.2e12), ("It set up a 20-billion-yuan fund.", 20e9),
])
def test_number_forms(text, value):
    assert approx(one(text).value, value)


# --- units -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,unit,value", [
    ("It raised 5 billion yuan.", "CNY", 5e9), ("It raised 5 billion RMB.", "CNY", 5e9),
    ("It raised RMB 5 billion.", "CNY", 5e9), ("It raised 5 billion renminbi.", "CNY", 5e9),
    ("It raised CNY18.4 billion.", "CNY", 18.4e9), ("It raised 5 billion CNY.", "CNY", 5e9),
    ("It raised ¥300 million.", "CNY", 3e8), ("It raised $5 billion.", "USD", 5e9),
    ("It raised US$5 billion.", "USD", 5e9), ("It raised USD40 billion.", "USD", 40e9),
    ("It raised USD 5 billion.", "USD", 5e9), ("It raised 5 billion U.S. dollars.", "USD", 5e9),
    ("It raised 5 billion US dollars.", "USD", 5e9), ("It raised 5 billion dollars.", "USD", 5e9),
    ("It raised 5 million euros.", "EUR", 5e6), ("It raised €5 million.", "EUR", 5e6),
    ("It raised 188 mln euros.", "EUR", 188e6), ("It raised HK$7 billion.", "HKD", 7e9),
    ("It raised £3 million.", "GBP", 3e6), ("It raised 3 billion yen.", "JPY", 3e9),
    ("Exports rose 5 percent.", "percent", 5), ("Exports rose 5 per cent.", "percent", 5),
    ("Exports rose 5%.", "percent", 5), ("Exports rose 5 pct.", "percent", 5),
    ("Exports saw a 26.1-percent growth.", "percent", 26.1),
    ("Exports rose 0.4 percentage points.", "percentage_point", 0.4),
    ("Exports rose 0.9 percentage point.", "percentage_point", 0.9),
    ("Output was 4 times that of 2013.", "times", 4), ("Output grew 76.2-fold.", "times", 76.2),
    ("Output grew 1.8-fold compared with 2012.", "times", 1.8),
    ("R&D spending doubled.", "times", 2), ("Revenue tripled from 2012 to 2022.", "times", 3),
    ("Revenue quadrupled.", "times", 4), ("Exports grew fourfold.", "times", 4), ("Exports grew twofold.", "times", 2),
    ("The index stood at 152.8 in 2013.", "index", 152.8),
    ("The park covers 90,000 square meters.", "m2", 90000), ("The park covers 90,000 square metres.", "m2", 90000),
    ("The park covers 500 sq m.", "m2", 500), ("The island is 210 square-kilometer.", "km2", 210),
    ("The zone covers 14.5 square kilometers.", "km2", 14.5), ("The zone covers 14.5 km2.", "km2", 14.5),
    ("The zone covers 300 hectares.", "hectare", 300), ("The farm covers 1.16 million mu.", "mu", 1.16e6),
    ("The road is 600 meters long.", "m", 600), ("The line runs 150 km.", "km", 150),
    ("It is about eight kilometers away.", "km", 8), ("It handled 100,000 tonnes.", "t", 1e5),
    ("It handled 100,000 metric tons.", "t", 1e5), ("It sold 357,000 tons of credits.", "t", 357000),
    ("It generated 3 million kWh.", "kWh", 3e6), ("It installed 50 MW of solar power.", "MW", 50),
    ("Journey times fell to just 41 minutes.", "minute", 41),
    ("Beijing can be reached within half an hour by high-speed train.", "hour", 0.5),
    ("The Seven cornerstone investors joined.", None, None),
])
def test_units(text, unit, value):
    qs = find_quantities(text, published="2020-06-30")
    if unit is None:
        assert qs == []
        return
    q = one(text)
    assert q.unit == unit and approx(q.value, value)


# --- fractions ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,value,qual", [
    ("One third of the new companies came from Beijing.", 33.33, "exact"),
    ("One-third of the new companies came from Beijing.", 33.33, "exact"),
    ("Two thirds of the firms are local.", 66.67, "exact"), ("Half of them come from Beijing.", 50, "exact"),
    ("A quarter of the output is exported.", 25, "exact"), ("Roughly a quarter of the steel came from Hebei.", 25, "approx"),
    ("Three quarters of the firms are private.", 75, "exact"),
    ("More than half of the enterprises came from Beijing.", 50, "gt"), ("About half of the funds are foreign.", 50, "approx"),
])
def test_fractions(text, value, qual):
    q = one(text)
    assert q.unit == "percent" and q.kind == "share" and q.qualifier == qual and approx(q.value, value)


@pytest.mark.parametrize("text", [
    "In the first half of this year, exports rose.", "In the past three quarters, sales rose.",
    "He was the third speaker.", "Within half an hour, the talks ended.",
])
def test_fractions_that_are_not_figures(text):
    assert find_quantities(text) == []


# --- qualifiers --------------------------------------------------------------------------

@pytest.mark.parametrize("words,qual", [
    ("more than", "gt"), ("over", "gt"), ("above", "gt"), ("exceeds", "gt"), ("exceeded", "gt"), ("exceeding", "gt"),
    ("surpassed", "gt"), ("topped", "gt"), ("topping", "gt"), ("in excess of", "gt"),
    ("at least", "ge"), ("no less than", "ge"),
    ("nearly", "lt"), ("almost", "lt"), ("close to", "lt"), ("less than", "lt"), ("fewer than", "lt"),
    ("under", "lt"), ("below", "lt"),
    ("up to", "le"), ("at most", "le"), ("no more than", "le"), ("as much as", "le"),
    ("about", "approx"), ("approximately", "approx"), ("around", "approx"), ("roughly", "approx"), ("some", "approx"),
    ("an estimated", "approx"), ("", "exact"),
])
def test_qualifier_words(words, qual):
    text = f"The zone had {words} 300 registered firms in 2019.".replace("  ", " ")
    q = one(text)
    assert q.qualifier == qual and q.value == 300
    assert text[q.start:q.end].startswith(words or "300")


def test_or_so_is_approx():
    assert one("The zone had 300 or so firms.").qualifier == "approx"


def test_comparison_verb_is_not_a_qualifier_but_nearly_is():
    q = one("Its output was 15.1 percentage points higher than the national average.")
    assert q.qualifier == "exact" and q.kind == "change"


def test_projection_is_approx():
    assert one("Output is projected to grow by 13 percent.").qualifier == "approx"


# --- kinds -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,kind", [
    ("The park had 8,816 affiliated agencies.", "level"),
    ("Exports increased by nearly 50 percent.", "change"), ("Exports were up 7 percent year on year.", "change"),
    ("Exports rose 7 percent.", "change"), ("Exports grew 7 percent.", "change"), ("Sales fell 7 percent.", "change"),
    ("Sales declined by 7 percent.", "change"), ("It posted a 29 percent rise.", "change"),
    ("It saw an export surge of 30 percent.", "change"), ("It posted an increase of 4.9 percent.", "change"),
    ("It saw an average annual growth rate of more than 35 percent.", "change"),
    ("Sales were 1.9 times that of 2013.", "change"), ("Its GDP was 3.9 times higher than in 2012.", "change"),
    ("Output was up by 69,000 from the same period last year.", "change"),
    ("China has climbed 23 spots in the ranking.", "change"),
    ("Exports accounted for nearly 20% of the national total.", "share"),
    ("Digital startups made up 96.7 percent of all unicorns.", "share"),
    ("R&D intensity reached 4.22% last year.", "share"),
    ("Income was 215,000 yuan per person.", "rate"), ("It leased aircraft, averaging 3.2 per day.", "rate"),
    ("Every year its forest absorbs 860,300 metric tons of carbon.", "rate"),
    ("It hires more than 4,000 local people each year.", "rate"),
    ("It earns over 600 million yuan in annual income.", "rate"),
    ("Shares are priced at HK$9.58 apiece.", "rate"),
    ("In 2013, per capita GDP came to 43,320 yuan.", "rate"),
    ("The average contract was worth 4.627 million yuan.", "rate"),
    ("It aims to raise R&D spending to at least 3.5 percent of GDP by the end of 2020.", "target"),
    ("The district plans to bring in over 10 new projects.", "target"),
    ("By 2025 it expects the number of vessels to reach 1,000.", "target"),
    ("A partner will put 1.8 billion yuan into a new plant.", "target"),
    ("Under the plan, investment is expected to total over 20 billion yuan.", "target"),
    ("Investment is expected to total over 20 billion yuan, analysts said.", "level"),
    ("Their combined GDP had reached 15.3 trillion yuan by 2019.", "level"),
    ("An estimated 2 million people are expected to have taken part.", "level"),
])
def test_kinds(text, kind):
    assert one(text, published="2020-06-30").kind == kind


def test_kind_carries_along_a_list():
    qs = find_quantities("Their number and value grew by 17.5% and 26.6% respectively.")
    assert [q.kind for q in qs] == ["change", "change"]


def test_set_up_is_not_a_rise():
    assert one("Firms had set up 8,816 agencies in Hebei.").kind == "level"


# --- conversions -------------------------------------------------------------------------

@pytest.mark.parametrize("text,value,unit,alt,alt_unit", [
    ("It drew 16.3 billion yuan ($2.51 billion) in investment.", 16.3e9, "CNY", 2.51e9, "USD"),
    ("It drew 16.3 billion yuan (about 2.51 billion U.S. dollars).", 16.3e9, "CNY", 2.51e9, "USD"),
    ("It drew 188 million euros (192 million U.S. dollars).", 188e6, "EUR", 192e6, "USD"),
    ("It drew 50 billion yuan (7 billion) in capital.", 50e9, "CNY", 7e9, "USD"),
    ("It planted 1.16 million mu (approximately 77,333 hectares) of forest.", 1.16e6, "mu", 77333, "hectare"),
    ("The price was HK$7.37 (US$0.95) per share.", 7.37, "HKD", 0.95, "USD"),
])
def test_bracketed_conversion(text, value, unit, alt, alt_unit):
    q = one(text)
    assert (q.unit, q.alt_unit) == (unit, alt_unit) and approx(q.value, value) and approx(q.alt_value, alt)


def test_bracket_that_is_not_a_conversion():
    qs = find_quantities("It handled 2.3 million TEUs (up 5 percent).")
    assert [q.unit for q in qs] == ["count", "percent"] and qs[0].alt_value is None


# --- ranges ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lo,hi,unit", [
    ("Growth was between 5 and 10 percent.", 5, 10, "percent"),
    ("Funding of 5-8 billion yuan is planned.", 5e9, 8e9, "CNY"),
    ("It employs 2 million to 2.5 million people.", 2e6, 2.5e6, "count"),
    ("It raised CNY6 billion to CNY7 billion.", 6e9, 7e9, "CNY"),
    ("Some 80 or 90 percent of the ore goes by sea.", 80, 90, "percent"),
    ("The fund has a 15-20 year lifespan.", 15, 20, "year"),
    ("Shares sold at HK$7.37 (US$0.95) to HK$9.58 apiece.", 7.37, 9.58, "HKD"),
])
def test_ranges(text, lo, hi, unit):
    qs = find_quantities(text)
    assert len(qs) == 2
    assert [q.qualifier for q in qs] == ["ge", "le"] and all(q.unit == unit for q in qs)
    assert approx(qs[0].value, lo) and approx(qs[1].value, hi)
    assert (qs[0].start, qs[0].end) == (qs[1].start, qs[1].end)


def test_a_path_is_not_a_range():
    qs = find_quantities("Throughput climbed from 493 million tonnes to 702 million tonnes.")
    assert [q.qualifier for q in qs] == ["exact", "exact"]


def test_years_are_not_a_range():
    assert find_quantities("The plan covers 2016-2020.") == []


# --- one phrase, several figures ---------------------------------------------------------

def test_each_gives_one_figure_per_investor():
    qs = find_quantities("Tewoo and Tianjin Real Estate Group Co. will each invest US$50 million.")
    assert len(qs) == 2 and all(q.value == 50e6 for q in qs)


def test_respectively_gives_one_figure_per_item():
    qs = find_quantities("The two sectors generated 7.95 billion yuan and 11.5 billion yuan, respectively.")
    assert [q.value for q in qs] == [7.95e9, 11.5e9]


def test_both_in_and_in():
    qs = find_quantities("The three fields took a share exceeding 50% of the totals, both in number and in amount.")
    assert len(qs) == 2 and all(q.qualifier == "gt" for q in qs)


# --- exclusions --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "It was founded in 2015.", "From 2013 to 2018, it grew.", "On Mar 19, 2021, it opened.", "It opened on 19 March.",
    "At 10:30 am it opened.", "It opened at 9 pm.", "Its 2,000nd aircraft was delivered.", "Its 25th anniversary came.",
    "The Index (2020) was released.", "No.4 Middle School opened.", "No. 4 Middle School opened.",
    "The 14th Five-Year Plan was adopted.", "6G research started.", "The Jiangsu-Germany Dialogue 2022 opened.",
    "Call 86-10-88828000 now.", "Tel: 010-65123456", "Yao Zhankun, 54, worked there.", "A 70-year-old worker retired.",
    "Startups valued at over $1 billion are unicorns.", "It is among the top 10 firms.", "It is one of the 10 most polluted cities.",
    "It unveiled a 14-clause plan.", "It set up a three-tier system.", "It gathered hundreds of billions of yuan.",
    "Thousands of people came.", "Dozens of firms came.", "In the past seven years, it grew.", "It was built within one year.",
    "It has grown five years in a row.", "It celebrated 11 years of cooperation.", "Over two decades, it planted trees.",
    "The two cities signed deals.", "All three firms signed.", "One of the firms left.", "Previous 1 2 3 4 5 6 Next",
    "The index takes 2005 as its reference year, with a base number of 100.",
    "It broke through the 3 trillion yuan mark.", "It was the first nation ever to surpass 4 million.",
    "It tracks 14 patents for every 10,000 researchers per 10,000 people.".replace("14 patents for every ", "every "),
    "The term unicorn describes a company whose valuation is over $1 billion in the first 10 years.",
    "Behind them lie a total of 21 minor indices.", "The 1551307527000 stamp.", "COVID-19 hit.", "0 Comment(s) Print",
    "Zones with annual revenue above 100 billion yuan grew.", "Contracts over 10 million yuan were signed.",
    "The Three Gorges dam.", "It was 54 years old.",
])
def test_not_figures(text):
    assert find_quantities(text, published="2020-06-30") == []


def test_word_number_needs_a_noun():
    assert find_quantities("They came, all seven of them.") == []
    assert one("Seven cornerstone investors joined.").value == 7


def test_only_one_is_a_figure():
    assert one("Only one traditional company made the list.").value == 1


def test_number_before_a_class_noun():
    q = one("It is home to more than five 100-billion-yuan-class industrial clusters.")
    assert q.value == 5 and q.qualifier == "gt"


def test_mention_span_holds_the_number():
    text = "The zone attracted approximately 16.3 billion yuan ($2.51 billion) in 2020."
    q = one(text)
    assert text[q.start:q.end] == "approximately 16.3 billion yuan ($2.51 billion)"
    assert text[q.num_start:q.num_end] == "16.3"


def test_year_range_shorthand():
    assert [q.value for q in find_quantities("In the 12th Five-Year-Plan period (2011-15), we hired 118,000 people.")] == [118000]


def test_valuation_threshold():
    assert [q.value for q in find_quantities("67 startups reached valuations of over $1 million.")] == [67]


def test_long_sentence_is_linear():
    import time
    long = "The zone had " + ", ".join(f"{i} firms" for i in range(1, 3000)) + "."
    t = time.perf_counter()
    qs = find_quantities(long)
    assert len(qs) > 2500 and time.perf_counter() - t < 10


def test_number_word_after_a_dateline():
    assert one("BEIJING, Jan. 15 (Xinhua) -- Ten companies signed deals.").value == 10


def test_travel_time_is_a_figure():
    q = one("The new line will cut travel time between Beijing and Xiong'an to 30 minutes.")
    assert (q.value, q.unit) == (30, "minute")


def test_a_billion():
    q = one("The project will cost a billion yuan.")
    assert (q.value, q.unit) == (1e9, "CNY")
    assert find_quantities("It is a big project.") == []
