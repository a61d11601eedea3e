"""Figure times (as_of, period_start), second pass of the seventh round: general English constructions, on new
sentences written for this test (none taken from a fixture).

Each case is (published, paragraphs, the figure's mention, the expected (as_of, period_start))."""
import datetime as dt

import pytest

from helpers import check_figure_time as check
from zgc_etl.parse.timex import find_times


# ------------------------------------------------------------------ part-year periods (class 3)

@pytest.mark.parametrize("sentence, mention, expected", [
    ("In the year to September, the port handled 40 million tonnes of cargo.", "40 million tonnes",
     ("2023-09", "2022-10")),
    ("In the 12 months to June, the park signed 85 projects.", "85", ("2023-06", "2022-07")),
    ("Exports from the zone reached 6 billion yuan in the six months ending in March.", "6 billion yuan",
     ("2023-03", "2022-10")),
    ("During the twelve months through August 2022, the fund invested 2.3 billion yuan.", "2.3 billion yuan",
     ("2022-08", "2021-09")),
    ("Over the past year, the park has signed 85 projects.", "85", ("2023-11-20", "2022-11")),
    ("The incubator has trained 900 founders in the last year.", "900", ("2023-11-20", "2022-11")),
    ("In the January-September period, the port handled 40 million tonnes of cargo.", "40 million tonnes",
     ("2023-09", "2023-01")),
])
def test_part_year_periods(sentence, mention, expected):
    check("2023-11-20", [sentence], mention, expected)


def test_the_past_year_alone_is_still_the_calendar_year_before():
    # ("over the past year" is the last twelve months; "the past year" alone keeps its reading)
    times = find_times("Compared with the past year, output grew 8 percent.", dt.date(2023, 11, 20))
    assert [(t.as_of, t.period_start) for t in times] == [("2022", None)]


@pytest.mark.parametrize("paragraphs, mention, expected", [
    (["In the first three quarters, exports, imports and investment rose 5 percent, 3 percent and 7 percent "
      "respectively.", "Output of new energy vehicles climbed 30 percent."], "30 percent", ("2023-09", "2023-01")),
    (["In the first three quarters, exports, imports and investment rose 5 percent, 3 percent and 7 percent "
      "respectively."], "3 percent", ("2023-09", "2023-01")),
])
def test_a_part_year_period_carries_into_lists_and_the_next_sentence(paragraphs, mention, expected):
    check("2023-11-20", paragraphs, mention, expected)


# ------------------------------------------------------------------ years listed before "respectively" (class 4)

@pytest.mark.parametrize("sentence, mention, expected", [
    ("In 2019, 2020 and 2021, the park registered 52, 61 and 74 patents respectively.", "52", ("2019", None)),
    ("In 2019, 2020 and 2021, the park registered 52, 61 and 74 patents respectively.", "61", ("2020", None)),
    ("In 2019, 2020 and 2021, the park registered 52, 61 and 74 patents respectively.", "74", ("2021", None)),
    ("The park registered 52, 61 and 74 patents in 2019, 2020 and 2021, respectively.", "61", ("2020", None)),
    ("In 2020, 2021 and 2022 the incubator graduated 110, 135 and 162 startups, respectively.", "135",
     ("2021", None)),
])
def test_years_listed_with_numbers_in_their_order(sentence, mention, expected):
    check("2023-11-20", [sentence], mention, expected)


# ------------------------------------------------------------------ "last July" (class 5)

@pytest.mark.parametrize("published, sentence, mention, expected", [
    # the previous year's month, as the contract's "Last November" → the year before's November
    ("2024-09-20", "Last July, the park signed 14 deals.", "14", ("2023-07", None)),
    ("2024-09-20", "The firm raised 300 million yuan in its listing last March.", "300 million yuan",
     ("2023-03", None)),
    ("2024-03-20", "Last November, the park signed 14 deals.", "14", ("2023-11", None)),
    # ("this July", "in July" are the reference year's)
    ("2024-09-20", "In July, the park signed 14 deals.", "14", ("2024-07", None)),
])
def test_last_month_name_is_the_previous_years(published, sentence, mention, expected):
    check(published, [sentence], mention, expected)


# ------------------------------------------------------------------ bases of comparison (class 6)

@pytest.mark.parametrize("sentence, mention, expected", [
    ("In 2022, its output was 1.9 times that of 2013.", "1.9 times", ("2022", "2013")),
    ("Revenue in 2022 reached 2.4 times that in 2016.", "2.4 times", ("2022", "2016")),
    ("The park's revenue in 2022 was more than double the value in 2015.", "more than double", ("2022", "2015")),
    ("Exports in 2022 saw a 9.6-fold increase from 2020.", "9.6-fold", ("2022", "2020")),
    # a record since a year is no flow since it
    ("The index rose to 152.8, the highest reading since 2015.", "152.8", ("2023-11-20", None)),
    ("Sales jumped 14 percent in October, the fastest pace since March 2021.", "14 percent", ("2023-10", None)),
])
def test_a_base_date_is_not_the_figures_time(sentence, mention, expected):
    check("2023-11-20", [sentence], mention, expected)


# ------------------------------------------------------------------ a January report of the year before (class 7)

@pytest.mark.parametrize("sentence, mention, expected", [
    ("The park had 3,200 firms at the end of the year.", "3,200", ("2023-12-31", None)),
    ("The park had 3,200 firms at the end of the year, up from 2,900 a year earlier.", "2,900",
     ("2022-12-31", None)),
    ("At year-end, the fund managed 18 billion yuan.", "18 billion yuan", ("2023-12-31", None)),
])
def test_the_end_of_the_year_in_january_is_the_year_just_ended(sentence, mention, expected):
    check("2024-01-10", [sentence], mention, expected)


def test_the_end_of_the_year_later_in_the_year_is_the_current_one():
    assert find_times("at the end of the year", dt.date(2024, 6, 10))[0].as_of == "2024-12-31"


# ------------------------------------------------------------------ tense by clause (classes 1 and 2)

P = "2024-05-20"


@pytest.mark.parametrize("paragraphs, mention, expected", [
    # a present clause after a dated past one holds now; the past clause keeps its date
    (["Sales rose 10 percent in 2023, and the park now hosts 420 firms."], "420", (P, None)),
    (["Sales rose 10 percent in 2023, and the park now hosts 420 firms."], "10 percent", ("2023", None)),
    (["Exports climbed 8 percent in 2022, while the zone currently employs 35,000 people."], "35,000", (P, None)),
    (["The port handled 3 million containers in 2021, but it now has 12 berths."], "12", (P, None)),
    (["The port handled 3 million containers in 2021, but it now has 12 berths."], "3 million", ("2021", None)),
    (["The city set up the fund in 2020; it manages 5 billion yuan."], "5 billion yuan", (P, None)),
    (["The city set up the fund in 2020; it managed 2 billion yuan at the time."], "2 billion yuan", ("2020", None)),
    (["Revenue reached 8 billion yuan in 2023, while the zone is now home to 420 firms."], "420", (P, None)),
    (["The park expanded in 2021 and it houses 600 companies."], "600", (P, None)),
    # a time that opens the sentence frames all its clauses; so does one the clauses share in their tense
    (["In 2023, sales rose 10 percent, and profits jumped 20 percent."], "20 percent", ("2023", None)),
    (["From 2019 to 2023, the index has risen by 40 percent, and the number of joint patents has increased by "
      "nearly 60 percent."], "nearly 60 percent", ("2023", "2019")),
    # a present sentence after a dated past one holds now; a past one continues it
    (["In 2021, the district opened a new innovation center.", "The center covers 30,000 square meters."],
     "30,000 square meters", (P, None)),
    (["In 2021, the district opened a new innovation center.", "The center covered 30,000 square meters."],
     "30,000 square meters", ("2021", None)),
    (["Last year the port handled 12 million containers.", "It now operates 40 berths."], "40", (P, None)),
    (["Last year the port handled 12 million containers.", "Foreign trade accounted for 60 percent of them."],
     "60 percent", ("2023", None)),
    (["The company listed in Shanghai in 2020.", "Its market value stands at 30 billion yuan."], "30 billion yuan",
     (P, None)),
    (["The company listed in Shanghai in 2020.", "It raised 3 billion yuan in the offering."], "3 billion yuan",
     ("2020", None)),
    (["Output rose 12 percent in 2023.", "The park is home to 1,500 high-tech firms."], "1,500", (P, None)),
    (["Output rose 12 percent in 2023.", "High-tech firms contributed 70 percent of the growth."], "70 percent",
     ("2023", None)),
])
def test_tense_is_judged_by_the_figures_clause(paragraphs, mention, expected):
    check(P, paragraphs, mention, expected)


def test_a_short_past_clause_without_a_known_verb_keeps_the_sentences_tense():
    # ("turned out" is not a verb the tense test knows: no present verb in the clause, so the sentence's past holds)
    check("2022-09-09", ["Over the past decade, output fell by a third.",
                         "At one time the province turned out roughly a quarter of national output, and it was home "
                         "to seven of the ten most polluted cities."], "roughly a quarter", ("2022-09-09", "2012"))


# ------------------------------------------------------------------ a period named by reference (class 3)

@pytest.mark.parametrize("paragraphs, mention, expected", [
    (["The port handled 9 million tonnes in the first quarter.", "In the quarter, 1,200 ships called at the port."],
     "1,200", ("2024-03", "2024-01")),
    (["In the first four months, the zone attracted 3 billion yuan of investment.",
      "During the period, 45 projects were signed."], "45", ("2024-04", "2024-01")),
    (["In the first four months, the zone attracted 3 billion yuan of investment.",
      "Over the same period, the zone signs 45 projects."], "45", ("2024-04", "2024-01")),
])
def test_the_quarter_and_the_same_period_continue_the_period_stated(paragraphs, mention, expected):
    check(P, paragraphs, mention, expected)


# ------------------------------------------------------------------ more bases of comparison (class 6)

@pytest.mark.parametrize("sentence, mention, expected", [
    ("In 2023 the park had 400 firms, 2.5 times as many as in 2018.", "2.5 times", ("2023", "2018")),
    ("In 2023 the park had 400 firms, 2.5 times as many as in 2018.", "400", ("2023", None)),
    ("Exports reached 9 billion yuan in 2023, triple the figure for 2019.", "triple", ("2023", "2019")),
])
def test_more_bases_of_comparison(sentence, mention, expected):
    check(P, [sentence], mention, expected)


@pytest.mark.parametrize("as_of, period_start, part_year", [
    ("2023-09", "2023-01", True), ("2023-03", "2022-10", True), ("2024-05-20", "2019", False),
    ("2024-05-20", "2023-05", True), ("2023", None, False), ("2023-12-31", None, False),
])
def test_the_same_period_continues_only_a_part_year_period(as_of, period_start, part_year):
    # (a span of years, "over the past five years", is no period "the same months" can refer back to)
    from zgc_etl.parse.context import _part_year
    assert _part_year(as_of, period_start) is part_year


# ------------------------------------------------------------------ the year that has ended (class 7)

@pytest.mark.parametrize("published, sentence, mention, expected", [
    ("2024-01-12", "The park ended the year with 3,200 registered firms.", "3,200", ("2023-12-31", None)),
    ("2024-06-12", "The port closed last year with 41 berths in service.", "41", ("2023-12-31", None)),
    ("2024-01-12", "The park had 3,200 firms by the end of the year, up 12 percent from a year earlier.", "3,200",
     ("2023-12-31", None)),
    # (a target by the end of the year is this year's, in January too; so is a year the text names)
    ("2024-01-12", "The park aims to host 4,000 firms by the end of the year.", "4,000", ("2024-12-31", None)),
    ("2024-01-12", "The park had 3,200 firms by the end of 2024, the plan said.", "3,200", ("2024-12-31", None)),
])
def test_a_year_that_has_ended(published, sentence, mention, expected):
    check(published, [sentence], mention, expected)
