"""Figure times (as_of, period_start), twelfth round: report periods written in words the rules did not read
("The first half brought ...", "over the nine months", "Q1-Q3", "at the close of the second quarter", "at
mid-year", "this week"), and the date a plan came out in a side clause ("under a plan released in 2021"), which is
not the time of the figure.  New sentences written for this test (none taken from a fixture)."""
import pytest

from helpers import figure_times


def _time(published, paragraphs, mention):
    got = figure_times(published, *paragraphs.split("\n"))
    assert mention in got, (mention, got)
    return got[mention]


# ------------------------------------------------------------------ report periods in words not read before

@pytest.mark.parametrize("published, paragraphs, mention, expected", [
    # a sentence that opens with the quarter or half it reports
    ("2024-08-10", "The first half brought 3.2 billion yuan in new contracts.", "3.2 billion yuan",
     ("2024-06", "2024-01")),
    ("2024-11-05", "The third quarter saw exports climb 14 percent.", "14 percent", ("2024-09", "2024-07")),
    ("2024-03-05", "The fourth quarter added 61,000 square meters of new supply.", "61,000 square meters",
     ("2023-12", "2023-10")),
    ("2024-03-05", "The second half of last year brought 900 new firms.", "900", ("2023-12", "2023-07")),
    # the months of a report, "the N months" with no "first"
    ("2024-11-10", "Over the nine months, exports rose 12 percent.", "12 percent", ("2024-09", "2024-01")),
    ("2024-08-02", "In the six months, the port handled 4.1 million containers.", "4.1 million",
     ("2024-06", "2024-01")),
    ("2024-02-10", "During the ten months of last year, sales reached 80 billion yuan.", "80 billion yuan",
     ("2023-10", "2023-01")),
    # "over", "across", "throughout" a quarter or half; "the year's first half"
    ("2022-08-10", "Over the first half, exports rose 12 percent.", "12 percent", ("2022-06", "2022-01")),
    ("2022-11-10", "Across the third quarter, the port handled 1.1 million containers.", "1.1 million",
     ("2022-09", "2022-07")),
    ("2022-08-10", "Exports rose 12 percent in the year's first half.", "12 percent", ("2022-06", "2022-01")),
    ("2023-02-10", "Throughout the final quarter of last year, sales grew 4 percent.", "4 percent",
     ("2022-12", "2022-10")),
    # a range of quarters
    ("2024-11-10", "Q1-Q3 revenue was 5.2 billion yuan.", "5.2 billion yuan", ("2024-09", "2024-01")),
    ("2024-11-10", "From Q1 to Q3, the firm sold 8,000 robots.", "8,000", ("2024-09", "2024-01")),
    ("2024-11-10", "Revenue in Q2-Q4 2023 rose 9 percent.", "9 percent", ("2023-12", "2023-04")),
    # the close of a quarter, half or year; mid-year
    ("2024-08-10", "At the close of the second quarter, the vacancy rate was 21 percent.", "21 percent",
     ("2024-06-30", None)),
    ("2024-08-10", "The park had 1,450 tenants as of the close of the first half.", "1,450", ("2024-06-30", None)),
    ("2024-03-10", "At the close of last year, the fund held 3 billion yuan.", "3 billion yuan",
     ("2023-12-31", None)),
    ("2024-08-10", "At mid-year, the vacancy rate was 21 percent.", "21 percent", ("2024-06-30", None)),
    ("2024-09-01", "As of the middle of the year, the zone had 2,100 firms.", "2,100", ("2024-06-30", None)),
    ("2024-03-01", "At mid-year, the zone had 2,100 firms.", "2,100", ("2023-06-30", None)),  # not come yet
    # "the end of the quarter" with no ordinal: the last quarter or half that has ended
    ("2023-10-20", "In the third quarter, net absorption was 30,000 square meters.\nThe index stood at 86.7 at the "
                   "end of the quarter.", "86.7", ("2023-09-30", None)),
    ("2023-10-20", "At the end of the quarter, the vacancy rate was 18 percent.", "18 percent", ("2023-09-30", None)),
    ("2023-08-20", "As of the close of the half-year, the fund held 3 billion yuan.", "3 billion yuan",
     ("2023-06-30", None)),
    # this week: the publication date, not a time carried from before
    ("2024-08-10", "In 2023, the park signed 40 projects.\nThis week, it signed 14 more.", "14",
     ("2024-08-10", None)),
])
def test_report_periods_in_words(published, paragraphs, mention, expected):
    assert _time(published, paragraphs, mention) == expected


@pytest.mark.parametrize("published, paragraphs, mention, expected", [
    # unchanged neighbours: months after an event, months to a month, a quarter inside a sentence
    ("2024-11-10", "In the six months after its launch, the app drew 2 million users.", "2 million",
     ("2024-11-10", None)),
    ("2024-11-10", "Over the three months, the app drew 2 million users.", "2 million", ("2024-11-10", None)),
    ("2024-11-10", "In the six months to September, sales rose 8 percent.", "8 percent", ("2024-09", "2024-04")),
    ("2024-11-10", "In Q3, revenue was 5.2 billion yuan.", "5.2 billion yuan", ("2024-09", "2024-07")),
    ("2024-11-10", "Over the first nine months, exports rose 12 percent.", "12 percent", ("2024-09", "2024-01")),
    ("2024-05-10", "In mid-2023, the park had 1,200 tenants.", "1,200", ("2023", None)),
    ("2024-11-10", "The first batch of 30 firms moved in.", "30", ("2024-11-10", None)),
])
def test_report_periods_unchanged(published, paragraphs, mention, expected):
    assert _time(published, paragraphs, mention) == expected


# ------------------------------------------------------------------ when a plan came out is not the figure's time

@pytest.mark.parametrize("published, paragraphs, mention, expected", [
    ("2023-11-02", "The district, under a plan released in 2021, has 45 incubators.", "45", ("2023-11-02", None)),
    ("2023-11-02", "In line with guidelines unveiled last year, the park hosts 300 firms.", "300",
     ("2023-11-02", None)),
    ("2023-11-02", "Under a five-year action plan issued by the municipal government in 2019, the city now has 45 "
                   "incubators.", "45", ("2023-11-02", None)),
    ("2023-11-02", "As part of a strategy adopted in 2020, the zone is home to 18 labs.", "18", ("2023-11-02", None)),
    ("2023-11-02", "Guided by a plan issued in 2021, the district has built 45 incubators.", "45",
     ("2023-11-02", None)),
    ("2023-11-02", "Under a plan released in 2021, the city is building parks.\nThe park now hosts 320 firms.", "320",
     ("2023-11-02", None)),
    # the plan's own deadline still places its target
    ("2023-11-02", "Under a plan released in 2021, the city aims to attract 500 firms by 2025.", "500", ("2025", None)),
])
def test_plan_release_date_is_not_the_time(published, paragraphs, mention, expected):
    assert _time(published, paragraphs, mention) == expected


@pytest.mark.parametrize("published, paragraphs, mention, expected", [
    # a statement of its own year, or data (not a plan) released then
    ("2023-11-02", "Under the plan, the park attracted 300 firms in 2021.", "300", ("2021", None)),
    ("2023-11-02", "According to data released in 2022, the park had 300 firms.", "300", ("2022", None)),
    ("2023-11-02", "In 2021, the park, under a new plan, attracted 300 firms.", "300", ("2021", None)),
])
def test_plan_release_neighbours_unchanged(published, paragraphs, mention, expected):
    assert _time(published, paragraphs, mention) == expected


# ------------------------------------------------------------------ a tally that goes on from a count since a start

@pytest.mark.parametrize("published, paragraphs, mention, expected", [
    ("2022-08-10", "Since its opening in April 2015, the incubator's startups have raised 1.6 billion yuan.\nThey have "
                   "filed more than 2,300 patents.", "more than 2,300", ("2022-08-10", "2015-04")),
    ("2024-05-10", "Since 2018, the fund has invested 4 billion yuan in startups.\nIt has also trained 1,200 "
                   "engineers.", "1,200", ("2024-05-10", "2018")),
    ("2024-05-10", "Over the past five years, the park has grown quickly.\nIt has attracted 300 companies.", "300",
     ("2024-05-10", "2019")),
])
def test_tally_carries_the_start(published, paragraphs, mention, expected):
    assert _time(published, paragraphs, mention) == expected


@pytest.mark.parametrize("published, paragraphs, mention, expected", [
    # a stock, not a tally; a sentence in between; a dated past statement before; a level reached
    ("2024-05-10", "Since 2018, the fund has invested 4 billion yuan in startups.\nThe park has 160 firms.", "160",
     ("2024-05-10", None)),
    ("2024-05-10", "Since 2018, the fund has invested 4 billion yuan.\nThe city is a hub.\nIt has attracted 300 "
                   "companies.", "300", ("2024-05-10", None)),
    ("2024-05-10", "In 2020, the fund invested 4 billion yuan.\nIt has attracted 300 companies.", "300",
     ("2024-05-10", None)),
    ("2024-05-10", "Since 2018, the fund has invested 4 billion yuan.\nIts staff has grown to 300.", "300",
     ("2024-05-10", None)),
])
def test_tally_neighbours_unchanged(published, paragraphs, mention, expected):
    assert _time(published, paragraphs, mention) == expected


# ------------------------------------------------------------------ a target over a span of years from now

@pytest.mark.parametrize("published, paragraphs, mention, expected", [
    ("2024-03-10", "From 2024 to 2026, the market will add around 480,000 square meters of office space.",
     "around 480,000 square meters", ("2026", "2024")),
    ("2024-03-10", "Between 2025 and 2027, the city plans to build 40 new schools.", "40", ("2027", "2025")),
    ("2024-03-10", "During 2024-2026, the district aims to attract 600 firms.", "600", ("2026", "2024")),
    # a deadline of its own with "the next three years" beside it: from the report's year
    # (a plan: since r12-kinds, a market's "will add" is a forecast, not a target, and keeps the nearer "next three
    # years" -- 2027 -- a class left open)
    ("2024-03-10", "By 2026, over the next three years, the city plans to add around 480,000 square meters.",
     "around 480,000 square meters", ("2026", "2024")),
    ("2024-03-10", "In the coming three years, the city will build 20 parks by 2026.", "20", ("2026", "2024")),
    # "the next three years" alone is left as it was
    ("2024-03-10", "Over the next three years the market will add around 480,000 square meters.",
     "around 480,000 square meters", ("2027", None)),
    # unchanged: a deadline alone; a level to reach by the span's end; a span that began before publication
    ("2024-03-10", "By 2026 the market will add around 480,000 square meters of office space.",
     "around 480,000 square meters", ("2026", None)),
    ("2024-03-10", "From 2024 to 2027, the city aims to raise output to 50 billion yuan.", "50 billion yuan",
     ("2027", None)),
    ("2024-03-10", "From 2021 to 2025, the city aims to attract 600 firms.", "600", ("2025", None)),
])
def test_target_over_a_span(published, paragraphs, mention, expected):
    assert _time(published, paragraphs, mention) == expected


# ------------------------------------------------------------------ a stock read in a part-year report

@pytest.mark.parametrize("published, paragraphs, mention, expected", [
    ("2023-10-20", "In the third quarter, Grade A office rents fell.\nThe vacancy rate rose to 18.2 percent.",
     "18.2 percent", ("2023-09-30", None)),
    ("2023-10-20", "In the third quarter, the office index fell.\nThe index stood at 86.7.", "86.7",
     ("2023-09-30", None)),
    ("2024-08-01", "In the first half, the occupancy rate of the park's labs reached 92 percent.", "92 percent",
     ("2024-06-30", None)),
    # unchanged: flows of the period, an average over it
    ("2023-10-20", "In the third quarter, new supply of 41,000 square meters entered the market.",
     "41,000 square meters", ("2023-09", "2023-07")),
    ("2024-08-10", "In the first half, GDP grew 5 percent.\nIt stood at 2.18 trillion yuan.", "2.18 trillion yuan",
     ("2024-06", "2024-01")),
    ("2024-08-10", "In the first half, the purchasing managers' index averaged 50.2.", "50.2", ("2024-06", "2024-01")),
])
def test_stock_at_the_period_end(published, paragraphs, mention, expected):
    assert _time(published, paragraphs, mention) == expected


# ------------------------------------------------------------------ what has been built since a founding stands now

@pytest.mark.parametrize("published, paragraphs, mention, expected", [
    ("2024-05-10", "Since the new area was set up in 2017, more than 4,500 buildings have been completed.",
     "more than 4,500", ("2024-05-10", None)),
    ("2024-05-10", "Since its launch in 2019, some 120 plants in the zone have been built.", "some 120",
     ("2024-05-10", None)),
    # unchanged: a bare "since" year; tallies of what was done
    ("2024-05-10", "Since 2017, more than 4,500 buildings have been completed.", "more than 4,500",
     ("2024-05-10", "2017")),
    ("2024-05-10", "Since the park was set up in 2017, it has attracted 800 firms.", "800", ("2024-05-10", "2017")),
    ("2024-05-10", "Since its opening in April 2015, the incubator's startups have raised 1.6 billion yuan.",
     "1.6 billion yuan", ("2024-05-10", "2015-04")),
])
def test_built_since_founding(published, paragraphs, mention, expected):
    assert _time(published, paragraphs, mention) == expected


# ------------------------------------------------------------------ the count of a group whose flow is reported

@pytest.mark.parametrize("published, paragraphs, mention, expected", [
    ("2021-11-10", "During the past three quarters, 169 national high-tech zones together generated GDP that topped "
                   "10.2 trillion yuan.", "169", ("2021-09", None)),
    ("2024-08-10", "In the first half, 320 listed firms in the city posted revenue of 2 trillion yuan.", "320",
     ("2024-06", None)),
    ("2024-08-10", "In the first half, 58 leading firms jointly contributed more than 40 billion yuan in taxes.", "58",
     ("2024-06", None)),
    # unchanged: the flow itself; counts of what happened in the period
    ("2024-08-10", "In the first half, 320 listed firms in the city posted revenue of 2 trillion yuan.",
     "2 trillion yuan", ("2024-06", "2024-01")),
    ("2024-08-10", "In the first half, 1,200 new firms registered in the zone.", "1,200", ("2024-06", "2024-01")),
    ("2024-08-10", "In the first half, the zone attracted 120 projects worth 30 billion yuan.", "120",
     ("2024-06", "2024-01")),
])
def test_count_of_a_group_with_a_flow(published, paragraphs, mention, expected):
    assert _time(published, paragraphs, mention) == expected


# ------------------------------------------------------------------ a plan that goes on from this year's plans

@pytest.mark.parametrize("published, paragraphs, mention, expected", [
    ("2023-02-14", "This year, the district will attract more than 100 projects.\nThe zone plans to ink 10 "
                   "cooperative agreements.", "10", ("2023", None)),
    ("2023-02-14", "The district aims to attract 100 projects this year.\nIts park plans to sign 10 agreements worth "
                   "one billion yuan.", "one billion yuan", ("2023", None)),
    # unchanged: no plan for this year before it; a target with no deadline and nothing before it
    ("2023-02-14", "In 2023, the firm's revenue grew fast, it said.\nThe firm plans to hire 500 people.", "500",
     (None, None)),
    ("2023-02-14", "The firm plans to hire 500 people.", "500", (None, None)),
])
def test_plan_after_this_years_plans(published, paragraphs, mention, expected):
    assert _time(published, paragraphs, mention) == expected
