"""Clause subjects, place anaphora, region flow rules, time of from-to pairs and measures."""
from functools import partial

from helpers import paragraphs_article
from zgc_etl.parse import extract_figures
from zgc_etl.parse.measures import find_measure
from zgc_etl.parse.subjects import clause_spans, dateline_end


article = partial(paragraphs_article, published="2021-03-19")  # articles of these tests: published 2021-03-19


def by_mention(a):
    return {f.mention: f for f in extract_figures(a)}


def test_clauses_split_at_semicolons_conjunctions_and_relatives():
    s = "As for the Hengshui Park, which opened in 2019, it has 20 firms; the Dezhou Park has 30, while others wait."
    parts = [s[a:b] for a, b in clause_spans(s)]
    assert parts == ["As for the Hengshui Park", "which opened in 2019", "it has 20 firms",
                     "the Dezhou Park has 30", "while others wait."]
    s = "Beijing, Tianjin, and Hebei grew."
    assert [s[a:b] for a, b in clause_spans(s)] == [s]


def test_dateline_is_not_part_of_the_text():
    assert dateline_end("NANJING, July 7 (Xinhua) -- Deals were signed.") == len("NANJING, July 7 (Xinhua) -- ")
    assert dateline_end("SHIJIAZHUANG -- Output rose.") == len("SHIJIAZHUANG -- ")
    assert dateline_end("Beijing companies grew.") == 0


def test_each_clause_has_its_own_subject_and_regions():
    a = article("Tianjin Binhai-Zhongguancun Science and Technology Park has accumulated more than 2,000 registered "
                "enterprises since its inception; Baodi-Beijing-Tianjin Zhongguancun Science and Technology City has "
                "signed 27 project investment agreements, with a total investment of approximately 16.3 billion yuan.")
    f = by_mention(a)
    first, second, third = f["more than 2,000"], f["27"], f["approximately 16.3 billion yuan"]
    assert first.subject.startswith("Tianjin Binhai") and first.regions == ["Binhai New Area"]
    assert first.measure == "registered enterprises"
    assert second.subject.startswith("Baodi-Beijing-Tianjin") and second.regions == ["Baodi"]
    assert third.subject == second.subject and third.regions == ["Baodi"] and third.measure == "total investment"


def test_dateline_city_is_not_the_subject():
    a = article("BEIJING, Jan. 15 (Xinhua) -- China now has 14 high-value invention patents per 10,000 people.",
                published="2025-01-15")
    (f,) = [x for x in extract_figures(a) if x.value == 14]
    assert f.subject == "China" and f.regions == ["China"]


def test_place_anaphor_takes_a_place_of_its_level():
    a = article("Deals were signed at a conference in Changzhou, a city in east China's Jiangsu Province.",
                "By the end of 2021, the city had drawn 234 German enterprises.", published="2022-07-08")
    (f,) = extract_figures(a)
    assert f.subject == "Changzhou" and f.regions == ["Changzhou"]


def test_actor_noun_phrase_is_the_subject_and_destinations_are_the_regions():
    a = article("By the end of 2020, Zhongguancun enterprises had set up 8,816 affiliated agencies in Tianjin and Hebei.")
    (f,) = extract_figures(a)
    # (round 11: firms named as a group by a park are the park's: the subject is the park's name, which the
    # scorer's token match counts for "Zhongguancun enterprises" and for "Zhongguancun Science Park" alike)
    assert f.subject == "Zhongguancun"
    assert sorted(f.regions) == ["Hebei", "Tianjin"]


def test_what_a_place_opens_elsewhere_belongs_there():
    a = article("Tianjin, for its part, opened 28 institutions in Hong Kong in 2022, up by 21 percent year on year.",
                published="2023-02-22")
    f = by_mention(a)
    assert f["28"].regions == ["Hong Kong"]
    assert f["21 percent"].regions == ["Hong Kong"]


def test_distance_lists_both_places_and_names_the_measure():
    a = article("Tangshan lies on the north shore of the Bohai Sea, 150 km from Beijing.")
    (f,) = extract_figures(a)
    assert set(f.regions) == {"Tangshan", "Beijing"} and f.measure == "distance"


def test_transfer_by_verb_lists_all_places():
    a = article("In 2024 the technology contracts Beijing sent to Tianjin and Hebei were worth 84.37 billion yuan.",
                published="2025-03-28")
    (f,) = extract_figures(a)
    assert set(f.regions) == {"Beijing", "Tianjin", "Hebei"}


def test_the_region_of_a_story_about_a_group_of_places():
    a = article("The region has raised its R&D spending intensity to 4.27% in 2023.",
                title="Beijing-Tianjin-Hebei tech collaboration on show", published="2025-03-28")
    (f,) = extract_figures(a)
    assert set(f.regions) == {"Beijing", "Tianjin", "Hebei"}


def test_from_to_pair_over_a_period():
    a = article("Over the last five years, cargo throughput at Tangshan port climbed from 493 million tonnes to "
                "702 million tonnes.", published="2021-01-25")
    f = by_mention(a)
    start, end = f["493 million tonnes"], f["702 million tonnes"]
    assert (start.as_of, start.period_start) == ("2015", None)
    assert (end.as_of, end.period_start) == ("2020", None)
    assert start.measure == "cargo throughput" and end.measure == "cargo throughput"


def test_founding_date_does_not_carry_and_event_date_does():
    a = article("The park marked its first year of operation on Dec 29.",
                "Launched on Nov 22, 2016, the park is located in the development area.",
                "Shi said the park had welcomed more than 300 registered enterprises.", published="2018-01-04")
    (f,) = extract_figures(a)
    assert f.as_of == "2017-12-29"


def test_present_after_a_dated_filing_holds_at_the_filing():
    a = article("A Hong Kong exchange filing on Tuesday shows the bank is selling shares.",
                "Seven cornerstone investors have agreed to buy about US$560 million in stock.",
                published="2016-03-17")
    f = by_mention(a)
    assert f["about US$560 million"].as_of == "2016-03-15"


def test_measures_for_counts_amounts_and_changes():
    s = "the accumulative R&D investment of the settled enterprises exceeds 100 million yuan."
    i = s.index("100")
    assert find_measure(s, i, i + 11, "CNY") == "accumulative R&D investment"
    s = "Shougang Construction Group invested 218 million yuan in the base."
    i = s.index("218")
    assert find_measure(s, i, i + 15, "CNY") == "investment"
    s = "In 2024 the value was 84 billion yuan, a rise of 12.7% over the previous year."
    i = s.index("12.7")
    assert find_measure(s, i, i + 5, "percent", "technology contract value", "change") == "technology contract value"
    s = "a small town that has a population of about 30,000 people"
    i = s.index("30,000")
    assert find_measure(s, i, i + 6, "count") == "population"
