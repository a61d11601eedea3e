"""Issue 4: measures kept short and made of the text's own key nouns. New sentences, fixed dates."""
from zgc_etl.model import Article, Block
from zgc_etl.parse import extract_figures


def article(*paragraphs, published="2024-06-03"):
    blocks, at, text = [], 0, ""
    for p in paragraphs:
        blocks.append(Block.verbatim(p, at))
        text += p + "\n"
        at = len(text)
    return Article(file="t.txt", text=text, blocks=blocks, published=published, title="")


def measures(*paragraphs):
    return {f.mention: f.measure for f in extract_figures(article(*paragraphs))}


def test_a_duration_of_a_trip_is_travel_time():
    m = measures("Buses now connect Hefei and Lu'an in about 55 minutes.",
                 "A ride between the two bus terminals takes 70 minutes.")
    assert m["about 55 minutes"] != "Buses"
    assert m["70 minutes"] == "travel time"


def test_a_commute_keeps_its_own_noun():
    (f,) = extract_figures(article("Most towns in the county are within a 40-minute commute of the seat."))
    assert f.measure == "commute time"


def test_a_distance_stated_by_compass_point_is_a_distance():
    (f,) = extract_figures(article("Tongling lies about 60 km northeast of Anqing."))
    assert f.measure == "distance"


def test_teus_count_container_throughput():
    m = measures("Ningbo port handled more than 36 million twenty-foot equivalent units in 2023.")
    assert m["more than 36 million"] == "container throughput"


def test_a_hyphenated_power_rating_is_a_capacity():
    m = measures("A 150-MW solar plant opened in Golmud in May.")
    assert m["150-MW"] == "capacity"


def test_units_is_no_measure_the_noun_before_is():
    m = measures("Hefei's industrial robot output reached 18,000 units in the first quarter.")
    assert m["18,000"] == "industrial robot output"


def test_a_named_owner_is_not_part_of_the_measure():
    m = measures("Hangzhou's GDP grew 5.6 percent year on year to 1.01 trillion yuan.")
    assert m["5.6 percent"] == "GDP"
    assert m["1.01 trillion yuan"] == "GDP"


def test_energy_in_kwh_is_electricity_unless_the_text_names_it():
    m = measures("The new line will carry about 9 billion kWh to Shanghai each year.",
                 "Over 1.4 billion kWh of offshore wind power was traded last year.")
    assert m["about 9 billion kWh"] == "electricity"
    assert m["Over 1.4 billion kWh"] == "offshore wind power"


# ---- measure pass 5: general rules, each on new sentences


def test_words_that_only_say_sum_are_dropped():
    m = measures("The 12 projects, with a combined investment of 8.4 billion yuan, were signed in Wuxi.")
    assert m["8.4 billion yuan"] == "investment"


def test_count_keeps_coordinated_modifiers_and_skips_more():
    m = measures("The county restored nearly 2.3 million mu of eroded and salinized land.",
                 "It plans to open four more bonded warehouses.")
    assert m["nearly 2.3 million mu"] == "eroded and salinized land"
    assert m["four"] == "bonded warehouses"


def test_count_noun_starting_with_a_number_word():
    m = measures("Suzhou had more than 3 million 5G subscribers at the end of 2023.")
    assert m["more than 3 million"] == "5G subscribers"


def test_time_and_appositive_between_measure_and_verb_are_skipped():
    m = measures("Their accumulated exports since 2016 have exceeded 90 billion yuan.",
                 "The Yangtze Startup Index (YSI), a gauge compiled by the provincial bureau, rose 2.7 percent.")
    assert m["exceeded 90 billion yuan"] == "accumulated exports"
    assert m["2.7 percent"] == "Yangtze Startup Index"


def test_abbreviation_defined_in_article_is_written_out():
    m = measures("The Yangtze Startup Index (YSI) rose 2.7 percent in 2022.",
                 "In 2021 the YSI had climbed 4.1 percent.")
    assert m["4.1 percent"] == "Yangtze Startup Index"


def test_what_is_owned_by_companies_in_a_place():
    m = measures("The number of utility patents held by firms in Wujin Park rose to 8,120 in 2022.",
                 "The median monthly wage of software testers in the district is about 14,000 yuan.")
    assert m["8,120"] == "utility patents held"
    assert m["about 14,000 yuan"] == "median monthly wage of software testers"


def test_money_named_by_the_verb():
    m = measures("A battery maker in the park raised 1.1 billion yuan in its listing last May.",
                 "Firms in the cluster spent 42 billion yuan on research and development last year.")
    assert m["1.1 billion yuan"] == "funds raised"
    assert m["42 billion yuan"] == "R&D spending"


def test_people_counted_by_role():
    m = measures("The fair in Hefei closed on Sunday with about 4,500 people attending.",
                 "The museum received 12,000 people over the holiday.")
    assert m["about 4,500"] == "attendees"
    assert m["12,000"] == "visitors"


def test_subject_before_respective_amounts_keeps_the_measure():
    m = measures("The Wuxi zone led with sales revenue of 2.1 trillion yuan. The Suzhou zone and the Nantong zone "
                 "followed with 1.6 trillion yuan and 0.9 trillion yuan, respectively.")
    assert m["1.6 trillion yuan"] == "sales revenue"


def test_price_per_share():
    m = measures("The insurer is offering 40 million H shares at HK$12.40 each.")
    assert m["HK$12.40"] == "price per H share"


def test_one_counted_thing_is_named_in_the_plural():
    m = measures("Only one state-owned bank made the list.")
    assert m["one"] == "state-owned banks"


def test_place_based_is_not_part_of_the_measure():
    m = measures("Six Shanghai-based hospitals have opened branches in the new town.")
    assert m["Six"] == "hospitals"


def test_amount_with_things_counted_names_them():
    m = measures("Shenzhen registered 41,000 technology contracts last year with a total turnover of 180 billion yuan, "
                 "up 9 percent.")
    assert m["180 billion yuan"] == "technology contract turnover"
