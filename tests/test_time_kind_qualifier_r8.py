"""Times, kinds and qualifiers on sentences of our own in varied news English (none copied from a fixture):
past reports with a bare object ("reported revenue of"), averages as rates, "close on" and its kin, month spans
written "January-to-October", and plans stated with "wants to".  Each case: the paragraphs of an article
published 2024-04-10 and what the figure with the given mention must carry."""
import pytest

from helpers import paragraphs_article
from zgc_etl.parse import extract_figures
from zgc_etl.parse import context as C

PUB = "2024-04-10"


def figure(mention, *paragraphs):
    figs = {f.mention: f for f in extract_figures(paragraphs_article(*paragraphs, published=PUB))}
    assert mention in figs, sorted(figs)
    return figs[mention]


# --- a past report whose verb is an -ed form before a bare noun and "of" an amount -------------------------------

_RESULTS = "The chipmaker released its results for 2023 on Monday."
_YEAR = "Hebei's economy grew 5.5 percent in 2023, officials said on Tuesday."


@pytest.mark.parametrize("paragraphs,mention,as_of", [
    ((_RESULTS, "The company reported revenue of 1.2 billion yuan, up 14 percent."), "1.2 billion yuan", "2023"),
    ((_RESULTS, "It booked revenue of 2 billion yuan and reported net profit of 200 million yuan."),
     "200 million yuan", "2023"),
    ((_RESULTS, "It earned profits of 300 million yuan."), "300 million yuan", "2023"),
    ((_YEAR, "The district recorded output of 45 billion yuan, while exports rose 6 percent."),
     "45 billion yuan", "2023"),
    ((_YEAR, "Local firms registered growth of 9 percent."), "9 percent", "2023"),
    (("In 2022, the Tianjin port expanded rapidly.", "The port logged container volumes of 21 million TEUs."),
     "21 million", "2022"),
])
def test_ed_verb_before_a_bare_noun_of_an_amount_is_past(paragraphs, mention, as_of):
    f = figure(mention, *paragraphs)
    assert (f.as_of, f.period_start) == (as_of, None)


_BEFORE = "In 2022, the park expanded rapidly."


@pytest.mark.parametrize("sentence,mention", [
    # an -ed adjective before a noun of an amount, after a verb, a preposition or a possessive: still the present
    ("The firm boasts registered capital of 500 million yuan.", "500 million yuan"),
    ("The plant, with installed capacity of 1,200 MW, supplies the city.", "1,200 MW"),
    ("Its registered capital of 500 million yuan makes it the largest.", "500 million yuan"),
    ("Hebei's registered population of 74 million is ageing.", "74 million"),
    ("Listed companies in the district number 45, with combined revenue of 80 billion yuan.", "80 billion yuan"),
])
def test_ed_adjective_before_a_noun_of_an_amount_stays_present(sentence, mention):
    assert figure(mention, _BEFORE, sentence).as_of == PUB


@pytest.mark.parametrize("text,past", [
    ("The company reported revenue of 1.2 billion yuan.", True),
    ("Exporters logged shipments worth of 3 billion dollars.", True),
    ("Registered capital of 10 million yuan is required.", False),  # (an -ed word opening the sentence)
    ("The zone's contracted investment of 5 billion yuan is large.", False),
    ("The city added value of 3 billion yuan.", False),  # ("added value": a statistic's name)
    ("Total accumulated investment of 9 billion yuan is the highest.", False),
])
def test_past_ed_noun_of(text, past):
    assert (C._PAST.search(text) is not None) is past


# --- averages are rates -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,mention", [
    ("Daily ridership averaged 1.3 million last year.", "1.3 million"),
    ("Passenger trips on the new line averaged roughly 420,000 in March.", "roughly 420,000"),
    ("Rents in the park average 95 yuan.", "95 yuan"),
    ("Average daily output hit 5,000 tonnes last month.", "5,000 tonnes"),
    ("The daily average number of visitors was 12,000 during the fair.", "12,000"),
    ("Average monthly sales came to 300 million yuan in the second half.", "300 million yuan"),
])
def test_an_average_is_a_rate(sentence, mention):
    assert figure(mention, sentence).kind == "rate"


@pytest.mark.parametrize("sentence,mention,kind", [
    # a count that is no average, and growth that averaged a percent, keep their kinds
    ("Daily active users reached 10 million in 2023.", "10 million", "level"),
    ("Annual growth averaged 6.5 percent over the decade.", "6.5 percent", "change"),
    ("Average annual growth of 12 percent was recorded.", "12 percent", "change"),
])
def test_no_average_no_rate(sentence, mention, kind):
    assert figure(mention, sentence).kind == kind


# --- bounds under the value -------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,mention,qualifier", [
    ("The zone's output value reached close on 2 billion yuan last year.", "close on 2 billion yuan", "lt"),
    ("Turnover came close on 1 trillion yuan in 2023.", "close on 1 trillion yuan", "lt"),
    ("Its exports came to just shy of 900 million yuan.", "just shy of 900 million yuan", "lt"),
    ("The fund raised a little under 3 billion yuan.", "a little under 3 billion yuan", "lt"),
    ("Sales were a shade under 5 billion yuan.", "a shade under 5 billion yuan", "lt"),
    ("The startup raised a shade over 100 million yuan.", "a shade over 100 million yuan", "gt"),
    ("The city attracted close to 40,000 graduates last year.", "close to 40,000", "lt"),
    ("Imports fell to a little over 900 million dollars in the first quarter.",
     "a little over 900 million dollars", "gt"),
])
def test_bounds(sentence, mention, qualifier):
    assert figure(mention, sentence).qualifier == qualifier


def test_close_on_a_date_is_no_bound():
    # ("close on" before a day of the month: the offer ends then; the date is no figure)
    figs = extract_figures(paragraphs_article("The share offer will close on 15 May with 2,000 applicants.",
                                              published=PUB))
    assert [(f.mention, f.qualifier) for f in figs] == [("2,000", "exact")]


# --- months written "January-to-October" --------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,mention", [
    ("January-to-October exports totaled 2.1 trillion yuan.", "2.1 trillion yuan"),
    ("Exports in the January-to-October period totaled 2.1 trillion yuan.", "2.1 trillion yuan"),
    ("January-October exports totaled 2.1 trillion yuan.", "2.1 trillion yuan"),
])
def test_month_to_month_span(sentence, mention):
    f = figure(mention, sentence)
    assert (f.as_of, f.period_start) == ("2023-10", "2023-01")


# --- "wants to" states a plan ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,mention", [
    ("The district wants to attract 200 more high-tech firms.", "200"),
    ("Officials want to double the number of labs to 80 by 2026.", "80"),
])
def test_wants_to_is_a_target(sentence, mention):
    assert figure(mention, sentence).kind == "target"


# --- periods that end with a named month: fiscal years ---------------------------------------------------------

@pytest.mark.parametrize("sentence,mention,as_of,ps", [
    ("The group's revenue for the fiscal year ending March 2024 rose 11 percent to 8.2 billion yuan.",
     "8.2 billion yuan", "2024-03", "2023-04"),
    ("The company's revenue in the year ended June 30 was 4.4 billion yuan.", "4.4 billion yuan", "2023-06-30",
     "2022-07"),
    ("For the financial year ended June 30, 2023, the firm earned 900 million yuan.", "900 million yuan",
     "2023-06-30", "2022-07"),
    ("Sales in the six months ending in March totaled 3 billion yuan.", "3 billion yuan", "2024-03", "2023-10"),
])
def test_year_ending_with_a_month(sentence, mention, as_of, ps):
    f = figure(mention, sentence)
    assert (f.as_of, f.period_start) == (as_of, ps)


# --- the value a plan is compared with is no plan ----------------------------------------------------------------

@pytest.mark.parametrize("sentence,mention,kind,as_of", [
    ("The company expects revenue of about 6 billion yuan this year, compared with 4.8 billion yuan in 2023.",
     "4.8 billion yuan", "level", "2023"),
    ("The company expects revenue of about 6 billion yuan this year, compared with 4.8 billion yuan in 2023.",
     "about 6 billion yuan", "target", "2024"),
    ("The city aims to attract 500 firms in 2025, versus 320 in 2023.", "320", "level", "2023"),
])
def test_base_value_of_a_plan(sentence, mention, kind, as_of):
    f = figure(mention, sentence)
    assert (f.kind, f.as_of) == (kind, as_of)


# --- "On average," opening a clause; a number that names a goal --------------------------------------------------

def test_on_average_opening_the_clause_is_a_rate():
    assert figure("8 million yuan", "On average, each startup in the incubator raised 8 million yuan.").kind == "rate"


@pytest.mark.parametrize("sentence,mention", [
    ("Shipments reached about 1 million units, just short of the 1.2 million target.", "1.2 million"),
    ("The city is on course to meet its 5 percent growth goal.", "5 percent"),
])
def test_number_before_target_noun_is_a_target(sentence, mention):
    f = figure(mention, sentence)
    assert (f.kind, f.as_of) == ("target", None)


def test_number_before_target_of_is_no_target_noun():
    # ("300 targets of" is a count of things: no goal named by the number)
    assert figure("300", "Inspectors checked 300 targets of the campaign last year.").kind != "target"


# --- the level a change reaches over a span of years holds at its end, with no start ------------------------------

@pytest.mark.parametrize("paragraphs,mention,as_of", [
    (("The district's population stood at about 1.2 million at the end of 2022, but has since grown to 1.3 million.",),
     "1.3 million", PUB),
    (("The firm's workforce has nearly doubled since 2020 to 3,000.",), "3,000", PUB),
])
def test_level_reached_after_a_multi_year_change(paragraphs, mention, as_of):
    f = figure(mention, *paragraphs)
    assert (f.as_of, f.period_start) == (as_of, None)


def test_flow_over_part_of_a_year_keeps_its_start():
    f = figure("5 billion yuan", "In the first quarter, sales rose to 5 billion yuan.")
    assert (f.as_of, f.period_start) == ("2024-03", "2024-01")


# --- a later time that dates the base value of a comparison is not the figure's -----------------------------------

@pytest.mark.parametrize("sentence,mention,as_of", [
    ("More than 1,000 delegates attended, down from a peak of over 2,000 in 2019.", "More than 1,000", PUB),
    ("More than 1,000 delegates attended, down from a peak of over 2,000 in 2019.", "over 2,000", "2019"),
    ("The lab now has 45 researchers, up from the previous record of 30 at the end of 2022.", "45", PUB),
])
def test_time_of_a_named_base_value(sentence, mention, as_of):
    assert figure(mention, sentence).as_of == as_of


# --- a value that "a year earlier" / "a year ago" dates by itself holds a year before ----------------------------

@pytest.mark.parametrize("sentence,mention,as_of", [
    ("The company turned a profit of 56 million yuan in 2023, reversing a loss of 20 million yuan a year earlier.",
     "20 million yuan", "2022"),
    ("The company turned a profit of 56 million yuan in 2023, reversing a loss of 20 million yuan a year earlier.",
     "56 million yuan", "2023"),
    ("Sales hit 3 billion yuan in 2023, against 2.5 billion yuan a year ago.", "2.5 billion yuan", "2022"),
    # the base of a change stays the change's: no shift
    ("Exports rose 8 percent from a year earlier to 5 billion yuan in 2023.", "8 percent", "2023"),
    ("Exports rose 8 percent from a year earlier to 5 billion yuan in 2023.", "5 billion yuan", "2023"),
])
def test_value_dated_a_year_earlier(sentence, mention, as_of):
    assert figure(mention, sentence).as_of == as_of


# --- "within the next N years", "in N years' time": a deadline N years after publication -------------------------

@pytest.mark.parametrize("sentence,mention,as_of", [
    ("The city plans to build 50 new parks over the next five years.", "50", "2029"),
    ("The fund will invest 5 billion yuan within the next two years.", "5 billion yuan", "2026"),
    ("The zone plans to add 300 firms in three years' time.", "300", "2027"),
    ("The company aims to double sales to 10 billion yuan in the coming three years.", "10 billion yuan", "2027"),
])
def test_next_years_deadline(sentence, mention, as_of):
    f = figure(mention, sentence)
    assert (f.kind, f.as_of) == ("target", as_of)


def test_next_years_after_a_past_event_is_no_deadline():
    f = figure("300", "The firm hired 300 people in the next two years after its founding in 2015.")
    assert f.as_of != "2026"


# --- "H1"/"H2" halves and "year-to-date" --------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,mention,as_of,ps", [
    ("The company logged H1 revenue of 4 billion yuan.", "4 billion yuan", "2023-06", "2023-01"),
    ("H2 2023 sales rose to 900 million yuan.", "900 million yuan", "2023-12", "2023-07"),
    ("Year-to-date shipments stand at 2.4 million units.", "2.4 million", PUB, "2024-01"),
    ("Shipments year to date total 2.4 million units.", "2.4 million", PUB, "2024-01"),
])
def test_half_years_and_year_to_date(sentence, mention, as_of, ps):
    f = figure(mention, sentence)
    assert (f.as_of, f.period_start) == (as_of, ps)


@pytest.mark.parametrize("sentence,mention", [
    ("Some 3,000 trucks pass through the checkpoint on an average day.", "Some 3,000"),
    ("The line now runs 240 trains on a typical weekday.", "240"),
    ("The firm's average annual output between 2019 and 2023 was 2 million tonnes.", "2 million tonnes"),
])
def test_typical_period_and_average_per_period_are_rates(sentence, mention):
    assert figure(mention, sentence).kind == "rate"


def test_a_single_day_is_no_rate():
    # (one day's count is a level: "on a single day", "on Jan. 2")
    assert figure("13.5 million", "The subway carried a record 13.5 million passengers on a single day.").kind == "level"
