"""FIGURES.md conventions for recognition and kinds, second pass: sentences of our own (not from any fixture),
each parametrised case one sentence and the figures it must give (mention, value, unit, qualifier, kind)."""
import pytest

from zgc_etl.parse.quantities import find_quantities
from zgc_etl.parse.sentences import split_sentences

PUB = "2024-06-01"


def figs(text, published=PUB):
    return [(text[q.start:q.end], round(q.value, 2), q.unit, q.qualifier, q.kind)
            for q in find_quantities(text, published)]


# --- plans and forecasts stated after the number ---------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # the number's noun phrase is the subject of a plan: a target
    ("500 more charging piles are planned.", [("500", 500, "count", "exact", "target")]),
    ("Another 500 charging piles are planned for the district.", [("500", 500, "count", "exact", "target")]),
    ("1,200 apartments are planned for the site.", [("1,200", 1200, "count", "exact", "target")]),
    ("20 projects are scheduled to start this year.", [("20", 20, "count", "exact", "target")]),
    ("Around 30 new stations are slated to open by 2027.", [("Around 30", 30, "count", "approx", "target")]),
    ("Smaller stations are planned in the suburbs, where 30 more are set to open.",
     [("30", 30, "count", "exact", "target")]),
    ("Eight new lines are due to open next year.", [("Eight", 8, "count", "exact", "target")]),
    # ... the subject of a forecast: an estimate (approx), a level unless it is what a project is built to do
    ("Sales of 12 billion yuan are forecast for 2026.", [("12 billion yuan", 1.2e10, "CNY", "approx", "level")]),
    ("About 60 percent of the budget is expected to go to research.",
     [("About 60 percent", 60, "percent", "approx", "share")]),
    ("Some 40,000 jobs are expected to be created by the new campus.",
     [("Some 40,000", 40000, "count", "approx", "target")]),
    ("8,000 visitors a day are likely to use the new station.", [("8,000", 8000, "count", "approx", "rate")]),
    # an explicit bound stays; a range keeps its bounds
    ("Nearly 1,000 companies are projected to register in the zone next year.",
     [("Nearly 1,000", 1000, "count", "lt", "level")]),
    ("About 200 to 300 firms are expected to move in.",
     [("About 200 to 300", 200, "count", "ge", "level"), ("About 200 to 300", 300, "count", "le", "level")]),
    # not across a relative clause or a past verb
    ("The 300 firms that moved in last year are expected to grow.", [("300", 300, "count", "exact", "level")]),
    ("Exports rose 8 percent and are projected to keep growing.", [("8 percent", 8, "percent", "exact", "change")]),
    # unchanged: a forecast before the number
    ("Output is forecast to reach 50 billion yuan next year.",
     [("50 billion yuan", 5e10, "CNY", "approx", "level")]),
])
def test_plans_and_forecasts_after_the_number(text, expected):
    assert figs(text) == expected


# --- a per-unit phrase written once for a list; values compared across places -----------------

@pytest.mark.parametrize("text,expected", [
    ("Asking rents of 265, 240 and 210 yuan per square meter per month were recorded in the three districts.",
     [("265", 265, "CNY", "exact", "rate"), ("240", 240, "CNY", "exact", "rate"),
      ("210 yuan", 210, "CNY", "exact", "rate")]),
    ("Landlords asked 8,000 and 6,500 yuan a month for the two flats.",
     [("8,000", 8000, "CNY", "exact", "rate"), ("6,500 yuan", 6500, "CNY", "exact", "rate")]),
    ("Per-capita disposable income was 81,000 yuan in Beijing against 52,000 yuan in Tianjin.",
     [("81,000 yuan", 81000, "CNY", "exact", "rate"), ("52,000 yuan", 52000, "CNY", "exact", "rate")]),
    ("Average monthly salaries were 12,000 yuan in Beijing and 9,000 yuan in Tianjin.",
     [("12,000 yuan", 12000, "CNY", "exact", "rate"), ("9,000 yuan", 9000, "CNY", "exact", "rate")]),
    ("The average wage rose to 11,500 yuan a month, compared with 9,800 yuan in Hebei.",
     [("11,500 yuan", 11500, "CNY", "exact", "rate"), ("9,800 yuan", 9800, "CNY", "exact", "rate")]),
    ("Office rents stood at 310 yuan per square meter a month in Beijing, versus 180 yuan in Tianjin.",
     [("310 yuan", 310, "CNY", "exact", "rate"), ("180 yuan", 180, "CNY", "exact", "rate")]),
    ("Prices rose 5 percent in Beijing and 3 percent in Tianjin.",
     [("5 percent", 5, "percent", "exact", "change"), ("3 percent", 3, "percent", "exact", "change")]),
    # "each" after the last item is that item's alone; a year is not a place
    ("The three investors put in US$560 million, US$270 million and US$50 million each.",
     [("US$560 million", 5.6e8, "USD", "exact", "level"), ("US$270 million", 2.7e8, "USD", "exact", "level"),
      ("US$50 million", 5e7, "USD", "exact", "rate")]),
    ("Output reached 500 billion yuan in 2023, compared with 450 billion yuan in 2022.",
     [("500 billion yuan", 5e11, "CNY", "exact", "level"), ("450 billion yuan", 4.5e11, "CNY", "exact", "level")]),
])
def test_rates_of_lists_and_comparisons(text, expected):
    assert figs(text) == expected


# --- a bound that says who qualifies or must do something is a threshold, not a figure ------------

@pytest.mark.parametrize("text,expected", [
    ("Households earning less than 3,000 yuan a month qualify for the subsidy.", []),
    ("Projects worth over 100 million yuan get priority.", []),
    ("Firms employing fewer than 50 people are eligible for the loans.", []),
    ("Startups with annual revenue above 20 million yuan can apply.", []),
    ("Enterprises whose sales exceed 5 billion yuan are required to disclose emissions.", []),
    ("Residents that earn more than 10,000 yuan a month have to pay the tax.", []),
    # not: a counted class (its total), a bound with no such verb, a parenthetical, a verb in another clause
    ("The city has 200 projects with investment of more than 50 billion yuan that must be finished soon.",
     [("200", 200, "count", "exact", "level"),
      ("more than 50 billion yuan", 5e10, "CNY", "gt", "level")]),
    ("Companies with more than 500 employees received 3 billion yuan in subsidies.",
     [("3 billion yuan", 3e9, "CNY", "exact", "level")]),
    ("The lab, with more than 300 researchers, must deliver a prototype.",
     [("more than 300", 300, "count", "gt", "level")]),
    ("Sales exceeded 5 billion yuan and the firm must now report.",
     [("exceeded 5 billion yuan", 5e9, "CNY", "gt", "level")]),
    ("The park now hosts more than 500 companies.", [("more than 500", 500, "count", "gt", "level")]),
])
def test_eligibility_thresholds(text, expected):
    assert figs(text) == expected


# --- qualifiers ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # verbs of going past a value bound it like "surpassed" and "topped"
    ("The number of registered firms passed 1,000 in May.", [("passed 1,000", 1000, "count", "gt", "level")]),
    ("The zone's output broke through 1 trillion yuan in 2023.",
     [("broke through 1 trillion yuan", 1e12, "CNY", "gt", "level")]),
    ("Its output crossed 500 billion yuan last year.", [("crossed 500 billion yuan", 5e11, "CNY", "gt", "level")]),
    ("The firm's market value soared past 100 billion yuan.",
     [("soared past 100 billion yuan", 1e11, "CNY", "gt", "level")]),
    ("Over the past five years, 300 firms moved in.", [("300", 300, "count", "exact", "level")]),
    ("Annual sales are passing 2 million units.", [("passing 2 million", 2e6, "count", "gt", "level")]),
    # "fell short of" bounds the value from below; it is no fall
    ("Visitor numbers fell just short of 1 million.",
     [("fell just short of 1 million", 1e6, "count", "lt", "level")]),
    ("Exports came short of 2 billion dollars last year.",
     [("came short of 2 billion dollars", 2e9, "USD", "lt", "level")]),
    # a milestone beside no exact value is the value reported (FIGURES.md: a bound that stands alone is a figure)
    ("Exports passed the 1,000 mark last year.", [("1,000", 1000, "count", "gt", "level")]),
    # forms already read (checked against the contract)
    ("Upwards of 3,000 visitors attended the fair.", [("Upwards of 3,000", 3000, "count", "gt", "level")]),
    ("The deal was worth in the region of 2 billion yuan.",
     [("in the region of 2 billion yuan", 2e9, "CNY", "approx", "level")]),
    ("As many as 400 startups applied.", [("As many as 400", 400, "count", "le", "level")]),
    ("Revenue was a little over 3 billion yuan.", [("a little over 3 billion yuan", 3e9, "CNY", "gt", "level")]),
    ("The park employs just under 20,000 people.", [("just under 20,000", 20000, "count", "lt", "level")]),
    ("Its valuation is north of 10 billion dollars.",
     [("north of 10 billion dollars", 1e10, "USD", "gt", "level")]),
    ("The fund raised just shy of 5 billion yuan.", [("just shy of 5 billion yuan", 5e9, "CNY", "lt", "level")]),
])
def test_qualifier_forms(text, expected):
    assert figs(text) == expected


# --- units: per-10,000 rates, strength words, "tens of thousands" ------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The city had 61.3 patents per 10,000 people.", [("61.3", 61.3, "count", "exact", "rate")]),
    ("Beijing owns 218 invention patents for every 10,000 residents.", [("218", 218, "count", "exact", "rate")]),
    ("Tens of thousands of people visited the expo.", []),
    # "N-strong" is the size of a group, its headcount (as "a workforce of 1,000" is), not a count of the parts
    # of a structure like "a 14-clause plan", which stays out
    ("The company has a 1,000-strong workforce.", [("1,000", 1000, "count", "exact", "level")]),
    ("The 800-strong delegation arrived.", [("800", 800, "count", "exact", "level")]),
    ("The city issued a 14-clause plan.", []),
])
def test_units_and_descriptions(text, expected):
    assert figs(text) == expected


# --- sentence boundaries after titles and times of day --------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Gen. Li Wei said the base would open. Sen. Smith agreed.",
     ["Gen. Li Wei said the base would open.", "Sen. Smith agreed."]),
    ("Rep. Lee and Lt. Gen. Zhang met Capt. Wu at Mt. Tai.", ["Rep. Lee and Lt. Gen. Zhang met Capt. Wu at Mt. Tai."]),
    ("The launch is at 10 a.m. Beijing time on Monday.", ["The launch is at 10 a.m. Beijing time on Monday."]),
    ("He spoke at 3 p.m. Monday. Then he left.", ["He spoke at 3 p.m. Monday.", "Then he left."]),
    ("Trading opens at 9:30 a.m. GMT daily.", ["Trading opens at 9:30 a.m. GMT daily."]),
    ("The talks resume at 2 p.m. March 3 in Tianjin.", ["The talks resume at 2 p.m. March 3 in Tianjin."]),
    # a capital that does not go on with the time opens a new sentence
    ("The meeting ended at 5 p.m. The next day it rained.", ["The meeting ended at 5 p.m.", "The next day it rained."]),
    ("Doors open at 8 a.m. Visitors must register.", ["Doors open at 8 a.m.", "Visitors must register."]),
])
def test_sentence_boundaries(text, expected):
    assert [text[a:b] for a, b in split_sentences(text)] == expected


# --- a per-unit phrase in the subject; forecasters' expectations; ranges across two units ------------

@pytest.mark.parametrize("text,expected", [
    ("Rents per square meter averaged 265 yuan in the quarter.", [("265 yuan", 265, "CNY", "exact", "rate")]),
    ("Output per worker was 1.2 million yuan last year.", [("1.2 million yuan", 1.2e6, "CNY", "exact", "rate")]),
    ("Prices per tonne hit 900 yuan.", [("900 yuan", 900, "CNY", "exact", "rate")]),
    # a bare decimal counted per some unit is a count, not an index reading
    ("Patents per 10,000 people reached 61.3 in 2023.", [("61.3", 61.3, "count", "exact", "rate")]),
    # "per cent" is no per-unit phrase
    ("Sales rose 5 per cent to 300 billion yuan.",
     [("5 per cent", 5, "percent", "exact", "change"), ("300 billion yuan", 3e11, "CNY", "exact", "level")]),
])
def test_per_unit_subject(text, expected):
    assert figs(text) == expected


@pytest.mark.parametrize("text,expected", [
    # what analysts or economists expect is an estimate, not a plan
    ("Analysts expect revenue of 8 billion yuan in 2025.", [("8 billion yuan", 8e9, "CNY", "approx", "level")]),
    ("Economists expect growth of 5 percent this year.", [("5 percent", 5, "percent", "approx", "change")]),
    # what a firm expects to do stays its plan
    ("The company expects to hire 300 engineers by 2025.", [("300", 300, "count", "exact", "target")]),
])
def test_forecasters_expect(text, expected):
    assert figs(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The trip takes between 1 hour and 90 minutes.",
     [("between 1 hour and 90 minutes", 1, "hour", "ge", "level"),
      ("between 1 hour and 90 minutes", 90, "minute", "le", "level")]),
    ("The commute is between 40 minutes and 2 hours.",
     [("between 40 minutes and 2 hours", 40, "minute", "ge", "level"),
      ("between 40 minutes and 2 hours", 2, "hour", "le", "level")]),
    # not a range when the first bound is the larger, nor across dimensions
    ("The trains run 2 km to 800 meters apart.",
     [("2 km", 2, "km", "exact", "level"), ("800 meters", 800, "m", "exact", "level")]),
])
def test_ranges_across_two_units(text, expected):
    assert figs(text) == expected


# --- the number heads the subject of a future or a forecast; or only modifies it -----------------------

@pytest.mark.parametrize("text,expected", [
    ("Officials said 100 more firms would move in next year.", [("100", 100, "count", "exact", "target")]),
    ("About 30 percent of the funds will come from Beijing.",
     [("About 30 percent", 30, "percent", "approx", "target")]),
    ("Plans call for 2,000 more beds.", [("2,000", 2000, "count", "exact", "target")]),
    ("Plans are under way to add 300 charging stations.", [("300", 300, "count", "exact", "target")]),
    # a figure that modifies the subject's noun, or one of a known set, is not what the future or forecast is about
    ("The 45 km line will open in 2026.", [("45 km", 45, "km", "exact", "level")]),
    ("A 12 billion yuan fund will invest in chips.", [("12 billion yuan", 1.2e10, "CNY", "exact", "level")]),
    ("The 300 firms that moved in will pay less tax.", [("300", 300, "count", "exact", "level")]),
    ("The 3 billion yuan project is expected to be completed in 2026.",
     [("3 billion yuan", 3e9, "CNY", "exact", "level")]),
    ("Construction of the 12 km line is expected to finish next year.", [("12 km", 12, "km", "exact", "level")]),
    ("Revenue of 5 billion yuan will not be enough.", [("5 billion yuan", 5e9, "CNY", "exact", "level")]),
])
def test_future_and_forecast_subjects(text, expected):
    assert figs(text) == expected


@pytest.mark.parametrize("text", [
    "Only companies valued above 1 billion dollars are counted as unicorns.",
    "Households with incomes below 2,000 yuan receive monthly aid.",
])
def test_more_eligibility_thresholds(text):
    assert figs(text) == []


def test_future_of_another_subject_is_no_target():
    # a headline run into the text: "He" opens a clause of its own, whose future is not the figure's
    text = "Caofeidian and Hong Kong ink 7 cooperation projects worth 2.5 bln USD He hopes the new area will offer more."
    assert [k for *_, k in figs(text)] == ["level", "level"]


# --- the level a per-unit measure reaches after its change is a rate ------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Per capita disposable income grew 6.3 percent year on year to 52,000 yuan.",
     [("6.3 percent", 6.3, "percent", "exact", "change"), ("52,000 yuan", 52000, "CNY", "exact", "rate")]),
    ("The average wage rose 5 percent to 11,000 yuan.",
     [("5 percent", 5, "percent", "exact", "change"), ("11,000 yuan", 11000, "CNY", "exact", "rate")]),
    ("Output per worker rose by 8 percent to 1.3 million yuan.",
     [("8 percent", 8, "percent", "exact", "change"), ("1.3 million yuan", 1.3e6, "CNY", "exact", "rate")]),
    # a total stays a level
    ("Total output rose 9 percent to 4.7 trillion yuan.",
     [("9 percent", 9, "percent", "exact", "change"), ("4.7 trillion yuan", 4.7e12, "CNY", "exact", "level")]),
])
def test_level_reached_by_a_rate(text, expected):
    assert figs(text) == expected


# --- idioms of forecasting: estimates, not plans ---------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Revenue is seen rising 13 percent next year.", [("13 percent", 13, "percent", "approx", "change")]),
    ("The market is tipped to reach 1 trillion yuan by 2030.",
     [("1 trillion yuan", 1e12, "CNY", "approx", "level")]),
    ("Sales are on track to hit 10 billion yuan this year.",
     [("10 billion yuan", 1e10, "CNY", "approx", "level")]),
    ("The city is on course to attract 100 billion yuan in investment.",
     [("100 billion yuan", 1e11, "CNY", "approx", "level")]),
    # an explicit bound stays
    ("Shipments are poised to top 50 million units this year.",
     [("top 50 million", 5e7, "count", "gt", "level")]),
])
def test_forecast_idioms(text, expected):
    assert figs(text) == expected


def test_future_inside_a_quotation_is_not_the_figures():
    # a headline run into a quotation: the quotation's subject, not the figure, "will find"
    text = "Gross Product Reaches 24.1 Trillion Yuan “Start-ups will also find the environment even better,” he said."
    assert [k for *_, k in figs(text)] == ["level"]
