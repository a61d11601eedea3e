"""Figure times (as_of, period_start) of general English constructions, on new sentences written for this test
(none taken from a fixture): the seventh round's classes of time errors on unseen articles.

Each case is (published, paragraphs, the figure's mention, the expected (as_of, period_start))."""
import datetime as dt

import pytest

from helpers import check_figure_time as check
from zgc_etl.parse.timex import find_times


# ------------------------------------------------------------------ a since-clause that dates its event (class 7)

@pytest.mark.parametrize("sentence, mention, expected", [
    ("Since the first train ran in 2008, the railway has carried 300 million passengers.", "300 million",
     ("2024-05-20", "2008")),
    ("Since its completion in 2016, the bridge has carried 80 million vehicles.", "80 million", ("2024-05-20", "2016")),
    ("Since it began operations in 2019, the port has handled 5 million containers.", "5 million",
     ("2024-05-20", "2019")),
    ("Since the program began in 2018, it has trained 12,000 workers.", "12,000", ("2024-05-20", "2018")),
    ("Since moving to Tianjin in 2017, the firm has hired 800 people.", "800", ("2024-05-20", "2017")),
    ("Since the park's establishment in 2012, it has attracted 2,300 firms.", "2,300", ("2024-05-20", "2012")),
    ("The lab has filed 310 patents since the team moved in in March 2021.", "310", ("2024-05-20", "2021-03")),
    # (the founding verbs already known keep their reading)
    ("Since it opened in 2022, the facility has hosted more than 1,200 experiments.", "more than 1,200",
     ("2024-05-20", "2022")),
])
def test_a_since_clause_that_dates_an_event_starts_the_period(sentence, mention, expected):
    check("2024-05-20", [sentence], mention, expected)


def test_since_then_counts_from_an_opening_stated_before():
    check("2024-05-20", ["The center opened in 2022.", "Since then, it has hosted 1,200 experiments."], "1,200",
          ("2024-05-20", "2022"))


def test_since_then_after_a_dated_statement_still_counts_from_it():
    check("2024-05-20", ["In 2019 the city signed its first deal with the park.",
                         "Since then, it has signed 45 more projects."], "45", ("2024-05-20", "2019"))


# ------------------------------------------------------------------ periods to the present and a dateline (class 8)

DATELINE = "TIANJIN, Oct. 13 (Xinhua) -- The port authority gave an update on its expansion."


@pytest.mark.parametrize("sentence, mention, expected", [
    ("Since 2015, the port has handled 90 million containers.", "90 million", ("2024-10-15", "2015")),
    ("Over the past five years, the port has added 40 berths.", "40", ("2024-10-15", "2019")),
    ("Since its launch in 2016, the free trade zone has attracted 700 firms.", "700", ("2024-10-15", "2016")),
    ("The port has 1,200 employees.", "1,200", ("2024-10-15", None)),
    # (a relative day still counts back from the dateline)
    ("On Monday the port signed 14 agreements with shipping lines.", "14", ("2024-10-07", None)),
])
def test_a_period_up_to_now_ends_at_publication_not_at_the_dateline(sentence, mention, expected):
    check("2024-10-15", [DATELINE, sentence], mention, expected)


# ------------------------------------------------------------------ the base of a comparison (classes 3 and 4)

@pytest.mark.parametrize("published, paragraphs, mention, expected", [
    ("2021-11-20", ["In the first ten months of this year, firms in the park raised 8 billion yuan, 47 percent more "
                    "than in the whole of last year. Artificial intelligence took roughly a quarter of the money."],
     "47 percent", ("2021-10", "2021-01")),
    ("2021-11-20", ["In the first ten months of this year, firms in the park raised 8 billion yuan, 47 percent more "
                    "than in the whole of last year. Artificial intelligence took roughly a quarter of the money."],
     "roughly a quarter", ("2021-10", "2021-01")),
    ("2021-11-20", ["Over the first three quarters, shipments from the port came to 31 million tonnes, 12 percent "
                    "above the total for all of 2020.", "Coal made up 40 percent of the cargo."],
     "40 percent", ("2021-09", "2021-01")),
    ("2024-03-08", ["The number of charging piles has reached nearly three times the level at the end of 2021."],
     "nearly three times", ("2024-03-08", "2021-12-31")),
    ("2024-03-08", ["Its patent count is now four times higher than at the end of 2020."], "four times",
     ("2024-03-08", "2020-12-31")),
    ("2024-03-08", ["Output is now 2.5 times what it was in 2015."], "2.5 times", ("2024-03-08", "2015")),
    # (a change from the end of a month still runs from the next month on)
    ("2024-03-08", ["Deposits are up 15 percent from the end of last year."], "15 percent", ("2024-03-08", "2024-01")),
])
def test_a_base_of_comparison_is_not_the_figures_time(published, paragraphs, mention, expected):
    check(published, paragraphs, mention, expected)


@pytest.mark.parametrize("sentence, mention, expected", [
    ("The number of listed firms in the zone is 45, up from 30 at the end of 2022.", "45", ("2024-03-08", None)),
    ("The number of listed firms in the zone is 45, up from 30 at the end of 2022.", "30", ("2022-12-31", None)),
    ("The number of registered startups rose from 120 in 2017 to 310 this year.", "120", ("2017", None)),
    ("The number of registered startups rose from 120 in 2017 to 310 this year.", "310", ("2024-03-08", None)),
    ("The workforce has expanded from 800 in 2018 to more than 3,000 today.", "more than 3,000", ("2024-03-08", None)),
])
def test_the_from_value_holds_at_its_own_time_and_the_figure_at_now(sentence, mention, expected):
    check("2024-03-08", [sentence], mention, expected)


def test_a_change_from_a_year_earlier_to_a_value_is_no_from_to_pair():
    # "from a year earlier" is a base, not the start value of the figure after "to": the flow keeps its months
    check("2021-11-20", ["During the January-October period, exports rose 21 percent from a year earlier to 40 "
                         "billion yuan."], "40 billion yuan", ("2021-10", "2021-01"))


def test_a_change_from_a_value_in_words_to_a_figure_is_a_from_to_pair():
    check("2022-01-14", ["Since it opened in December 2019, the new line has cut the trip from over three hours to "
                         "52 minutes."], "52 minutes", ("2022-01-14", None))


# ------------------------------------------------------------------ the end of a quarter, half or month (class 5)

@pytest.mark.parametrize("paragraphs, mention, expected", [
    (["By the end of 2023, the zone had 900 firms.", "By the end of the third quarter, the number had risen to "
      "1,050."], "1,050", ("2024-09-30", None)),
    (["As of the end of the third quarter, the park had 1,050 firms."], "1,050", ("2024-09-30", None)),
    (["The park had 1,050 firms at the end of the first half of the year."], "1,050", ("2024-06-30", None)),
    (["In 2023 the fund invested 3 billion yuan.", "By the end of September this year, its assets had reached 20 "
      "billion yuan."], "20 billion yuan", ("2024-09-30", None)),
    (["Last year the bank's loans to tech firms totaled 1.2 trillion yuan.", "Its outstanding loans had exceeded "
      "RMB1.5 trillion by the end of September."], "exceeded RMB1.5 trillion", ("2024-09-30", None)),
])
def test_the_end_of_a_quarter_or_month_in_the_figures_clause(paragraphs, mention, expected):
    check("2024-11-05", paragraphs, mention, expected)


@pytest.mark.parametrize("text, published, expected", [
    ("by the end of the third quarter", "2024-11-05", ("point", "2024-09-30", None)),
    ("by the end of the fourth quarter", "2024-11-05", ("deadline", "2024-12-31", None)),
    ("as of the end of the second quarter of 2023", "2024-11-05", ("point", "2023-06-30", None)),
    ("at the end of the first half of last year", "2024-11-05", ("point", "2023-06-30", None)),
    ("by the end of March this year", "2024-11-05", ("point", "2024-03-31", None)),
    ("as of the end of December last year", "2024-11-05", ("point", "2023-12-31", None)),
])
def test_end_of_quarter_and_month_expressions(text, published, expected):
    t = find_times(text, dt.date.fromisoformat(published))[0]
    assert (t.role, t.as_of, t.period_start) == expected


# ------------------------------------------------------------------ a past year's statistics told later (class 2)

@pytest.mark.parametrize("paragraphs, mention, expected", [
    (["Hebei's research spending kept growing in 2023, according to a statistical bulletin released on Monday.",
      "The province spent 90 billion yuan on R&D.", "Tangshan spent 12 billion yuan."], "12 billion yuan",
     ("2023", None)),
    (["A statistical bulletin on 2023 R&D spending was published on Monday.", "The province spent 90 billion yuan, "
      "up 6 percent."], "90 billion yuan", ("2023", None)),
    (["The bureau published its bulletin for 2023 on Monday.", "Total spending was 90 billion yuan."],
     "90 billion yuan", ("2023", None)),
    (["In 2023, the province spent 90 billion yuan on R&D.", "Basic research accounted for 5.2 percent of the "
      "total."], "5.2 percent", ("2023", None)),
    (["In 2023, the province spent 90 billion yuan on R&D.", "Among cities, Tangshan ranked first with 12 billion "
      "yuan."], "12 billion yuan", ("2023", None)),
    # (a base year written "on 2023" stays a base)
    (["Patent grants stood at 1.2 million by the end of last year, up 16 percent on 2022 and well ahead of plans."],
     "16 percent", ("2023-12-31", None)),
])
def test_a_past_years_statistics_carry_their_year(paragraphs, mention, expected):
    check("2024-10-15", paragraphs, mention, expected)


def test_a_list_unveiled_on_a_day_dates_what_it_counts_now():
    check("2019-03-20", ["The city now counts 25 unicorns, according to a list unveiled at a forum on March 18 by "
                         "the municipal investment association."], "25", ("2019-03-18", None))


# ------------------------------------------------------------------ present tense keeps the publication date (class 1)

@pytest.mark.parametrize("paragraphs, mention", [
    (["The industrial park, founded in 2015, now covers 12 square kilometers."], "12 square kilometers"),
    (["Founded in 2015, the incubator has attracted 230 startups and employs about 1,400 people."], "about 1,400"),
    (["The zone was established in 2010.", "In 2022 it was upgraded to a national-level zone.",
      "It now hosts 1,250 enterprises."], "1,250"),
    (["In 2023, the park's revenue reached 50 billion yuan.", "The park is home to 700 enterprises."], "700"),
])
def test_a_present_tense_figure_without_a_time_holds_at_publication(paragraphs, mention):
    check("2024-06-12", paragraphs, mention, ("2024-06-12", None))


# ------------------------------------------------------------------ a fact fixed at a past event (class 1, reverse)

@pytest.mark.parametrize("sentence, mention, expected", [
    ("Back when it was founded in 2009, the firm had only 12 engineers.", "12", ("2009", None)),
    ("The company had 12 engineers when it was founded in 2009.", "12", ("2009", None)),
    ("The firm was founded in 2009 with 12 engineers and now employs 3,000.", "12", ("2009", None)),
    ("The firm was founded in 2009 with 12 engineers and now employs 3,000.", "3,000", ("2024-06-12", None)),
    ("The zone, which was established in 2010 with 30 firms, now has 900.", "30", ("2010", None)),
    ("The zone, which was established in 2010 with 30 firms, now has 900.", "900", ("2024-06-12", None)),
    # (a present statement beside a when-clause holds now; a founding in a relative clause places the body only)
    ("The firm has 3,000 staff, four times as many as when it opened in 2015.", "3,000", ("2024-06-12", None)),
    ("The campus, which opened in 2019, has 3,200 students.", "3,200", ("2024-06-12", None)),
])
def test_a_fact_fixed_at_a_founding_holds_at_it(sentence, mention, expected):
    check("2024-06-12", [sentence], mention, expected)


# ------------------------------------------------------------------ a time of another conjunct (classes 1 and 6)

@pytest.mark.parametrize("sentence, mention, expected", [
    ("The park has been a pilot zone since 2006 and has 90 research labs.", "90", ("2024-06-12", None)),
    ("The company moved to Tianjin in 2019 and employs 2,300 people.", "2,300", ("2024-06-12", None)),
    ("Since 2006 the town has hosted the fair, which is expected to draw 50,000 visitors.", "50,000",
     ("2024-06-12", None)),
    # (a time that opens the sentence frames its conjuncts; a past conjunct continues the statement)
    ("Since 2006 the town has hosted the fair and has drawn 1.2 million visitors.", "1.2 million",
     ("2024-06-12", "2006")),
    ("The park's revenue rose 10 percent in 2023 and it had 700 enterprises.", "700", ("2023", None)),
])
def test_a_time_of_an_earlier_conjunct_is_not_a_present_figures(sentence, mention, expected):
    check("2024-06-12", [sentence], mention, expected)


# ------------------------------------------------------------------ more ways English writes a time

@pytest.mark.parametrize("text, published, expected", [
    ("0.08 points higher than the year before", "2024-10-15", ("yoy", None, None)),
    ("up from 3,100 a year before.", "2024-10-15", ("yoy", None, None)),
    ("between January and September", "2024-11-05", ("period", "2024-09", "2024-01")),
    ("from March through June", "2024-11-05", ("period", "2024-06", "2024-03")),
    ("as of the end of last month", "2024-11-05", ("point", "2024-10-31", None)),
    ("as at 30 September", "2024-11-05", ("point", "2024-09-30", None)),
    ("on 12 March 2023", "2024-11-05", ("point", "2023-03-12", None)),
    ("by end-2023", "2024-11-05", ("point", "2023-12-31", None)),
    ("by year-end", "2024-11-05", ("deadline", "2024-12-31", None)),
    ("since the beginning of this year", "2024-11-05", ("period", "2024-11-05", "2024-01")),
    ("since the start of the year", "2024-11-05", ("period", "2024-11-05", "2024-01")),
    ("since early 2020", "2024-11-05", ("period", "2024-11-05", "2020")),
    ("as of press time", "2024-11-05", ("open", "2024-11-05", None)),
])
def test_time_expressions_r7(text, published, expected):
    t = find_times(text, dt.date.fromisoformat(published))[0]
    assert (t.role, t.as_of, t.period_start) == expected


def test_a_year_before_the_games_is_no_year_on_year_change():
    assert not [t for t in find_times("a year before the Games opened", dt.date(2024, 1, 1)) if t.role == "yoy"]


@pytest.mark.parametrize("published, paragraphs, mention, expected", [
    ("2024-11-05", ["The city had 5,000 charging stations by the end of September, up from 3,100 a year earlier."],
     "3,100", ("2023-09-30", None)),
    ("2024-11-05", ["The park had 1,050 firms on 30 September 2024, up from 900 a year earlier."], "900",
     ("2023-09-30", None)),
    ("2021-11-20", ["In the first ten months, exports reached 40 billion yuan, compared with 30 billion yuan a year "
                    "earlier."], "30 billion yuan", ("2020-10", "2020-01")),
    ("2021-11-20", ["In the first ten months of this year, firms in the park raised 8 billion yuan.", "That is 47 "
                    "percent more than in the whole of last year."], "47 percent", ("2021-10", "2021-01")),
    ("2024-11-05", ["In 2018 the port handled 9 million containers.", "Three years earlier it had handled only 4 "
                    "million."], "4 million", ("2015", None)),
    ("2024-11-05", ["The zone attracted 120 projects between January and September."], "120", ("2024-09", "2024-01")),
    ("2024-11-05", ["Since the beginning of this year, the zone has attracted 120 projects."], "120",
     ("2024-11-05", "2024-01")),
])
def test_figures_take_these_times(published, paragraphs, mention, expected):
    check(published, paragraphs, mention, expected)


@pytest.mark.parametrize("published, paragraphs, mention, expected", [
    # a relative aside's time is the aside's when the figure's clause is in the present
    ("2024-06-12", ["The company, which listed on the STAR Market in 2021, has a market value of 30 billion yuan."],
     "30 billion yuan", ("2024-06-12", None)),
    ("2024-06-12", ["The company, which listed on the STAR Market in 2021, raised 3 billion yuan in its offering."],
     "3 billion yuan", ("2021", None)),
    # a base year written "their 2019 level" is a base
    ("2024-03-08", ["Sales are 20 percent above their 2019 level."], "20 percent", ("2024-03-08", "2019")),
    # a base value dated by a when-clause
    ("2024-03-08", ["The fund now manages 12 billion yuan, up from 3 billion yuan when it was launched in 2016."],
     "3 billion yuan", ("2016", None)),
    ("2024-03-08", ["The fund now manages 12 billion yuan, up from 3 billion yuan when it was launched in 2016."],
     "12 billion yuan", ("2024-03-08", None)),
    # the digits of a figure are not its time
    ("2023-04-16", ["The zone's firms now report revenue exceeding 1984 million yuan."], "exceeding 1984 million yuan",
     ("2023-04-16", None)),
    # an aside does not run across a full stop the sentence splitter kept ("Co. Their")
    ("2023-05-24", ["The fund was set up last year, according to Li Ming, who chairs the Venture Fund Co. Their "
                    "cumulative value since 2018 has exceeded 183 billion yuan, growing at an average annual rate "
                    "of over 20%."], "over 20%", ("2023-05-24", "2018")),
])
def test_asides_bases_and_own_digits(published, paragraphs, mention, expected):
    check(published, paragraphs, mention, expected)


@pytest.mark.parametrize("paragraphs, mention, expected", [
    (["In the first half of the year, the city's high-tech firms generated revenue of 420 billion yuan.",
      "Software accounts for about 36 percent of this."], "about 36 percent", ("2024-06", "2024-01")),
    (["The firm's revenue in the first half was 3.2 billion yuan, compared with 2.6 billion yuan in the same period "
      "last year."], "2.6 billion yuan", ("2023-06", "2023-01")),
    (["In the first half, 1,200 new firms registered in the zone, against 950 in the first half of 2023."], "950",
     ("2023-06", "2023-01")),
    # (a share of the things counted, or of a whole named in its own sentence, holds now)
    (["The city has drawn 1,150 projects from Beijing since 2014.", "About half of them are in advanced "
      "manufacturing."], "About half", ("2024-08-20", None)),
    (["In the first half, the zone's exports rose 12 percent.", "Chips make up more than 60 percent of the total "
      "output of the region's factories."], "more than 60 percent", ("2024-08-20", None)),
])
def test_statements_that_refer_back(paragraphs, mention, expected):
    check("2024-08-20", paragraphs, mention, expected)


@pytest.mark.parametrize("published, paragraphs, mention, expected", [
    # a relative clause set off by commas has its own tense: the sentence is in the present
    ("2022-01-14", ["As of the end of last year, the city's wind capacity had passed 20,000 MW.",
                    "The grid link, which went into operation in June 2020, carries up to 4,500 MW of power to "
                    "Beijing."], "up to 4,500 MW", ("2022-01-14", None)),
    # "is expected to" is the present, not a past verb
    ("2022-01-14", ["As of the end of last year, the city's wind capacity had passed 20,000 MW.",
                    "The line is expected to deliver about 14 billion kilowatt-hours a year."],
     "about 14 billion kilowatt-hours", ("2022-01-14", None)),
    # a since-clause of eight words
    ("2022-01-14", ["Since a green power trading mechanism was launched in 2018, more than 2.2 billion kWh have been "
                    "traded."], "more than 2.2 billion kWh", ("2022-01-14", "2018")),
    # the start value of a period holds where the period starts, at its precision
    ("2022-01-14", ["Since it opened in December 2019, the line has cut the trip from over three hours to 47 "
                    "minutes."], "over three hours", ("2019-12", None)),
    # "remained", "followed" are past verbs: the statement continues its year
    ("2024-03-12", ["In 2023 the zones' revenue reached 90 trillion yuan.", "The Beijing zone remained the largest, "
                    "and the Shenzhen zone followed with 4.3 trillion yuan."], "4.3 trillion yuan", ("2023", None)),
])
def test_tense_and_start_values(published, paragraphs, mention, expected):
    check(published, paragraphs, mention, expected)


def test_a_share_of_the_total_in_a_year_is_dated_by_that_year():
    # "of the total in 2023" is the share's own time, not the base of a multiple
    check("2024-06-12", ["Private firms contributed 1.2 trillion yuan, accounting for 30 percent of the total in "
                         "2023."], "30 percent", ("2023", None))
