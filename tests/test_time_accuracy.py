"""Figure times (as_of, period_start) of English constructions, each on new sentences with a fixed publication
date (issue 6: the time of a figure is the main loss of the strict score)."""
from functools import partial

import datetime as dt

from helpers import paragraphs_article
from zgc_etl.parse import extract_figures
from zgc_etl.parse.timex import find_times

article = partial(paragraphs_article, published="2023-05-10")  # published 2023-05-10
REF = dt.date(2023, 5, 10)


def times_of(*paragraphs):
    return {f.mention: (f.as_of, f.period_start) for f in extract_figures(article(*paragraphs))}


# ------------------------------------------------------------------ parallel lists

def test_listed_figures_take_the_listed_times_in_their_order():
    t = times_of("Grain shipments were 12 million and 15 million tonnes in 2019 and 2020, up 4% and 9%, respectively.")
    assert t["12 million"] == ("2019", None)
    assert t["15 million tonnes"] == ("2020", None)
    assert t["4%"] == ("2019", None)
    assert t["9%"] == ("2020", None)


def test_three_listed_figures_and_three_years():
    t = times_of("Sales were 3.2 billion, 3.9 billion and 4.4 billion yuan in 2018, 2019 and 2020.")
    assert [t["3.2 billion"], t["3.9 billion"], t["4.4 billion yuan"]] == [("2018", None), ("2019", None),
                                                                          ("2020", None)]


def test_a_listed_year_and_a_part_year_period():
    t = times_of("The fund backed 40 and 25 projects in 2022 and in the first quarter of this year.")
    assert t["40"] == ("2022", None)
    assert t["25"] == ("2023-03", "2023-01")


def test_a_list_of_figures_with_one_time_keeps_that_time():
    t = times_of("The two parks hosted 120 and 85 firms in 2021.")
    assert t["120"] == ("2021", None) and t["85"] == ("2021", None)


def test_figures_of_different_things_are_not_one_list():
    # "12 parks" and "300 firms" count different things: no list to pair with the two years
    t = times_of("By then the city had 12 parks and 300 firms, after gains in 2019 and 2020.")
    assert t["12"] == t["300"]


# ------------------------------------------------------------------ spans with a start the text names

def test_first_months_count_from_the_founding_named_before():
    t = times_of("Opened in March 2021, the incubator signed 45 startups in its first six months.")
    assert t["45"] == ("2021-09", "2021-03")


def test_first_years_count_from_a_founding_year():
    t = times_of("Set up in 2015, the lab filed 300 patents in its first three years.")
    assert t["300"] == ("2018", "2015")


def test_first_months_from_the_time_the_story_carries():
    t = times_of("The logistics hub began trial runs in August 2020.", "It handled 9,000 containers in its first two months.")
    assert t["9,000"] == ("2020-10", "2020-08")


def test_first_months_without_a_dated_start_are_not_guessed():
    t = times_of("The new hub handles 9,000 containers in its first two months, managers say.")
    assert t["9,000"] == ("2023-05-10", None)


def test_a_span_of_years_that_frames_a_clause_runs_to_publication():
    t = times_of("The county was a dust bowl in 1990.",
                 "Over two decades, the county has restored 80,000 hectares of grassland and replanted trees.")
    assert t["80,000 hectares"] == ("2023-05-10", "2003")


def test_a_span_of_years_inside_a_clause_is_a_duration_not_a_time():
    assert find_times("The bridge, which took over two years to build, cost 3 billion yuan.", REF) == []


def test_a_change_since_a_year_ends_when_its_clause_says():
    t = times_of("The city's software revenue has grown 12-fold since 2010 to 95 billion yuan in 2022.")
    assert t["12-fold"] == ("2022", "2010")
    assert t["95 billion yuan"] == ("2022", None)


def test_a_change_since_a_year_without_a_stated_end_runs_to_publication():
    t = times_of("The city's software revenue has grown 12-fold since 2010.")
    assert t["12-fold"] == ("2023-05-10", "2010")


# ------------------------------------------------------------------ months relative to publication

def test_last_month_and_this_month():
    assert [(x.text, x.as_of) for x in find_times("Hiring rose last month and slowed earlier this month.", REF)] == [
        ("last month", "2023-04"), ("earlier this month", "2023-05")]
    assert find_times("The index fell last month.", dt.date(2023, 1, 9))[0].as_of == "2022-12"


def test_a_figure_of_last_month():
    assert times_of("The company hired 500 people last month.")["500"] == ("2023-04", None)


def test_a_change_from_a_level_of_last_month_runs_to_publication():
    t = times_of("Trade picked up this year, after the freight index rebounded 16 percent from its low last month.")
    assert t["16 percent"] == ("2023-05-10", "2023-04")


# ------------------------------------------------------------------ year-on-year changes

def test_a_present_tense_year_on_year_change_continues_the_reported_period():
    t = times_of("In the first quarter of this year, the district's output reached 30 billion yuan.",
                 "Industrial output is up 8.5 percent on a yearly basis.")
    assert t["8.5 percent"] == ("2023-03", "2023-01")


def test_a_present_tense_level_still_holds_at_publication():
    t = times_of("In the first quarter of this year, the district's output reached 30 billion yuan.",
                 "The district covers 120 square kilometers.")
    assert t["120 square kilometers"] == ("2023-05-10", None)


def test_a_year_on_year_change_does_not_inherit_a_multi_year_start():
    t = times_of("Over the past five years, the zone has drawn 900 firms.",
                 "Their revenue rose 7 percent year on year.")
    assert t["900"] == ("2023-05-10", "2018")
    assert t["7 percent"] == ("2023-05-10", None)


# ------------------------------------------------------------------ the headline's year

def test_a_past_report_with_nothing_dated_yet_takes_the_headline_year():
    a = article("The zones generated revenue of 4.3 trillion yuan, the ministry said.",
                "The zones now cover 120 square kilometers.",
                title="High-tech zones' revenue tops 4 trillion yuan in 2022")
    t = {f.mention: (f.as_of, f.period_start) for f in extract_figures(a)}
    assert t["4.3 trillion yuan"] == ("2022", None)
    assert t["120 square kilometers"] == ("2023-05-10", None)  # the present tense holds at publication


def test_a_headline_of_the_publication_year_changes_nothing():
    a = article("The zones generated revenue of 4.3 trillion yuan, the ministry said.",
                title="High-tech zones' revenue tops 4 trillion yuan in 2023")
    assert extract_figures(a)[0].as_of == "2023-05-10"


# ------------------------------------------------------------------ years named by an earlier statement

def test_the_following_year_and_years_later_count_from_the_story_year():
    t = times_of("The park drew 40 firms in 2015.", "The following year it drew 60 firms.",
                 "Three years later it had 150.")
    assert t["60"] == ("2016", None)
    assert t["150"] == ("2018", None)


def test_that_year_is_the_year_of_the_statement_before():
    t = times_of("The park drew 40 firms in 2015.", "That year, its exports rose 12 percent.")
    assert t["12 percent"] == ("2015", None)


def test_that_year_with_nothing_dated_before_is_not_guessed():
    t = times_of("That year, the park's exports rose 12 percent.")
    assert t["12 percent"] == ("2023-05-10", None)


def test_the_next_year_of_a_plan_is_still_next_year():
    assert [t.as_of for t in find_times("It plans to hire 500 people next year.", REF)] == ["2024"]


# ------------------------------------------------------------------ month spans and years before a noun

def test_a_span_of_months_with_a_dash():
    assert times_of("In January-October 2022, exports rose 9 percent.")["9 percent"] == ("2022-10", "2022-01")
    assert times_of("In the January-March period, exports rose 9 percent.")["9 percent"] == ("2023-03", "2023-01")


def test_may_and_march_in_lower_case_are_words_not_a_span():
    assert find_times("Prices may-march higher.", REF) == []


def test_a_year_after_the_is_the_figures_year_but_not_in_a_name():
    assert times_of("The 2022 revenue of the park was 5 billion yuan.")["5 billion yuan"] == ("2022", None)
    assert find_times("The 2022 Winter Olympics drew crowds.", REF) == []


# ------------------------------------------------------------------ the figure's own clause

def test_a_time_inside_a_relative_clause_is_not_the_main_clauses():
    t = times_of("In 2022, the park's revenue hit 80 billion yuan, and its exports, which totaled 9 billion yuan "
                 "in 2021, rose to 11 billion yuan.")
    assert t["9 billion yuan"] == ("2021", None)
    assert t["11 billion yuan"] == ("2022", None)


def test_a_relative_clause_time_is_kept_when_it_is_the_only_one():
    t = times_of("Its exports, which had slumped in 2020, rose to 11 billion yuan.")
    assert t["11 billion yuan"] == ("2020", None)


# ------------------------------------------------------------------ founding dates

def test_since_its_launch_in_a_year_is_a_period_to_publication():
    for opening in ("Since its launch in 2015", "Since opening in 2015", "Since being set up in 2015"):
        t = times_of(f"{opening}, the park has attracted 300 firms.")
        assert t["300"] == ("2023-05-10", "2015"), opening


def test_since_its_inception_without_a_date_stays_open():
    assert [(x.role, x.as_of) for x in find_times("Since its inception, the park has grown.", REF)] == [
        ("open", "2023-05-10")]


def test_an_opening_founding_phrase_does_not_date_the_figures():
    t = times_of("Launched in 2015, the park has attracted 300 firms.")
    assert t["300"] == ("2023-05-10", None)


def test_data_released_on_a_day_is_when_it_was_told():
    t = times_of("Data released on Monday showed that the city's R&D spending rose 10 percent to 50 billion yuan "
                 "last year.")
    assert t["10 percent"] == ("2022", None)


def test_hyphenated_quarter_before_a_noun():
    assert times_of("First-quarter exports rose 9 percent.")["9 percent"] == ("2023-03", "2023-01")


# ------------------------------------------------------------------ the time a change is measured from

def test_a_change_from_the_end_of_last_year_holds_at_the_sentences_date():
    t = times_of("As of the end of March, the number of firms reached 1.2 million, up 15 percent from the end of "
                 "last year.")
    assert t["1.2 million"] == ("2023-03-31", None)
    assert t["15 percent"] == ("2023-03-31", "2023-01")


def test_more_than_in_the_same_period_last_year_is_year_on_year():
    t = times_of("In the first four months of this year, the port handled 30 million tonnes, 12 percent more than "
                 "in the same period last year.")
    assert t["12 percent"] == ("2023-04", "2023-01")


def test_a_change_from_last_months_low_early_in_the_year():
    a = paragraphs_article("Listings picked up this year after the index rebounded 14 percent from its low last "
                           "month.", published="2024-01-21")
    (f,) = extract_figures(a)
    assert (f.as_of, f.period_start) == ("2024-01-21", "2023-12")


def test_a_level_reported_with_a_year_on_year_change_does_not_inherit_a_multi_year_start():
    t = times_of("Over the past five years, the zone has drawn 900 firms.",
                 "Its factories generated output of 61 billion yuan, a rise of 6 percent year-on-year.")
    assert t["61 billion yuan"] == ("2023-05-10", None)
    assert t["6 percent"] == ("2023-05-10", None)


def test_has_since_counts_from_the_time_stated_before_it():
    t = times_of("In 2015 the park opened with 20 firms; it has since attracted 300 more.")
    assert t["20"] == ("2015", None)
    assert t["300"] == ("2023-05-10", "2015")


def test_since_then_after_a_later_year_than_publication_has_no_start():
    t = times_of("The plan runs to 2025. Since then, the park has signed 40 deals.")
    assert t["40"] == ("2023-05-10", None)
