"""Reading rules added for generalisation beyond the dev set: each class with sentences of our own."""
import pytest

from zgc_etl.parse.quantities import find_quantities

PUB = "2024-05-10"


def figs(text, published=PUB):
    return [(text[q.start:q.end], q.value, q.unit, q.qualifier, q.kind) for q in find_quantities(text, published)]


def one(text, published=PUB):
    qs = find_quantities(text, published)
    assert len(qs) == 1, figs(text, published)
    return qs[0]


# --- qualifier wordings ---------------------------------------------------------------------

@pytest.mark.parametrize("text,qual", [
    ("Buses now reach the airport from the old town in as little as 25 minutes.", "ge"),
    ("The new ferry crosses the bay in as little as 40 minutes.", "ge"),
    ("Loans to each start-up are capped at 2 million yuan.", "le"),
    ("The fund can hold as many as 40 companies.", "le"),
    ("The district could receive as much as 3 billion yuan.", "le"),
    ("The cluster employs upwards of 9,000 engineers.", "gt"),
    ("The port handled in excess of 4 million containers.", "gt"),
    ("The park hosts a little over 300 firms.", "gt"),
    ("The campus covers just under 80 hectares.", "lt"),
    ("The incubator has trained 150 or more founders.", "ge"),
    ("The zone is home to 600-plus laboratories.", "gt"),
])
def test_qualifier_wordings(text, qual):
    assert one(text).qualifier == qual


# --- ranges ------------------------------------------------------------------------------------

def test_or_range_without_unit():
    out = figs("The lab will recruit 40 or 50 researchers this year.")
    assert [(v, q) for _, v, _, q, _ in out] == [(40, "ge"), (50, "le")]
    assert out[0][0] == out[1][0] == "40 or 50"


def test_or_between_unrelated_numbers_is_not_a_range():
    out = figs("The plant runs 3 or 40 lines.")
    assert [q for *_, q, _ in out] == ["exact", "exact"]


def test_suspended_hyphen_range():
    out = figs("Most towns in the county are a two- to 2.5-hour drive from the port.")
    assert [(v, u, q) for _, v, u, q, _ in out] == [(2, "hour", "ge"), (2.5, "hour", "le")]


def test_between_range():
    out = figs("Each year the park admits between 20 and 35 start-ups.")
    assert [(v, q) for _, v, _, q, _ in out] == [(20, "ge"), (35, "le")]


# --- counts: totals and increments -------------------------------------------------------------

def test_total_named_number_word():
    out = figs("Two more banks opened branches in the zone last month, bringing the total to nine.")
    assert [(v, k) for _, v, _, _, k in out] == [(2, "change"), (9, "level")]


# --- kinds: per-unit amounts -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The shares are priced at HK$12.40 each.",
    "The bonds were sold at 98 yuan apiece.",
    "The average monthly rent of flats in the district is about 4,200 yuan.",
    "Some 80 electric buses leave the depot every morning per day shift.",
    "The plant turns out some 300 battery packs on its main line per day.",
    "Farmers receive 800 yuan per mu a year for the land.",
])
def test_rate(text):
    assert find_quantities(text, PUB)[0].kind == "rate", figs(text)


def test_price_range_each_is_rate():
    out = figs("The company is selling 50 million shares at HK$8.10 to HK$9.20 each.")
    assert [k for *_, k in out][-2:] == ["rate", "rate"]


@pytest.mark.parametrize("text", [
    "Its net loss widened to 96 million yuan from 58 million yuan a year earlier.",
    "The port moved 31 million tonnes over the same period.",
])
def test_not_rate_not_change(text):
    assert all(k == "level" for *_, k in figs(text)), figs(text)


def test_per_year_belongs_to_its_own_figure():
    out = figs("Its 60 turbines generate 400 million kWh per year.")
    assert [(v, k) for _, v, _, _, k in out] == [(60, "level"), (400e6, "rate")]


def test_same_period_comparison_is_change():
    assert one("Exports rose to 5 billion yuan, 12 percent over the same period of last year.".replace(
        "5 billion yuan, ", "")).kind == "change"


# --- targets ----------------------------------------------------------------------------------

def test_planned_area_is_not_a_plan():
    assert one("The zone covers a planned area of 12.6 square kilometers.").kind == "level"


def test_scheduled_with_month_deadline():
    assert one("The hospital is scheduled to open 600 beds by March 2026.").kind == "target"


# --- durations that are the measured thing -------------------------------------------------------

def test_travel_time_from_place_by_train():
    q = one("The county seat is about 35 minutes from the provincial capital by high-speed train.")
    assert (q.value, q.unit, q.qualifier) == (35, "minute", "approx")


def test_duration_placing_in_time_stays_out():
    assert figs("Within 48 hours of the launch, the app had 2 million users.") == [
        ("2 million", 2e6, "count", "exact", "level")]


# --- names --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    'The county follows a "2+3" development strategy.',
    'The city plans "half-hour living circles" and "one-hour commuting zones" for residents.',
])
def test_numbers_in_short_quoted_terms_are_names(text):
    assert figs(text) == []


# --- projections are estimates, not plans ---------------------------------------------------------

def test_passive_expectation_is_a_projection():
    out = figs("The new line is expected to carry 80,000 passengers each day, equal to one-fifth of the corridor's traffic.")
    assert [(q, k) for *_, q, k in out] == [("approx", "rate"), ("exact", "share")]


def test_expectation_inside_a_plan_stays_a_target():
    out = figs("This year the county plans to open 12 clinics, while spending is expected to total 300 million yuan.")
    assert [k for *_, k in out] == ["target", "target"]


def test_active_expectation_with_deadline_stays_a_target():
    assert one("The port expects its fleet to reach 500 vessels by 2030.").kind == "target"


def test_will_with_estimate_is_a_projection_and_its_consequences_too():
    out = figs("The exhibition will draw an estimated 90,000 visitors, lifting hotel revenue by 40 million yuan "
               "and restaurant sales by 15 million yuan, organisers said.")
    assert [(q, k) for *_, q, k in out] == [("approx", "level"), ("approx", "change"), ("approx", "change")]


def test_plain_will_is_still_a_target():
    assert one("The company will hire 200 engineers next year.").kind == "target"


# --- conversions set off by commas -----------------------------------------------------------------

@pytest.mark.parametrize("text,alt", [
    ("The county has set aside 4,500 mu of farmland, about 300 hectares, for the project.", (300, "hectare")),
    ("The reserve covers 60,000 mu, or roughly 4,000 hectares, of wetland.", (4000, "hectare")),
])
def test_apposed_conversion(text, alt):
    q = one(text)
    assert (q.alt_value, q.alt_unit) == alt


def test_two_areas_in_a_list_are_not_a_conversion():
    out = figs("The park has 300 mu of offices, 30 hectares of labs and 5,000 square meters of housing.")
    assert len(out) == 3 and all(o[2] for o in out)


# --- numbers that describe structure or name things --------------------------------------------------

@pytest.mark.parametrize("text", [
    "The campus has two teaching zones, Nanyuan and Beiyuan.",
    "The city has three districts, Xicheng, Dongcheng and Chaoyang.",
    "The new district, spread across five townships, opened in May.",
    "The new metropolitan area, made up of Langfang and two counties, was set up in 2019.",
    "Seven things to know about the new rail line",
    "Shares will trade under the stock code 6618.",
])
def test_structure_and_codes_are_not_figures(text):
    assert figs(text) == []


def test_count_with_examples_is_still_a_figure():
    assert [v for _, v, *_ in figs("The zone hosts 12 firms, including Huawei and Baidu.")] == [12]


# --- a benchmark takes the unit and kind of the figure it is compared with -------------------------

def test_benchmark_inherits_unit_and_kind():
    out = figs("The county has 48 hospital beds per 1,000 residents, above the provincial average of 39.5.")
    assert [(v, u, k) for _, v, u, _, k in out] == [(48, "count", "rate"), (39.5, "count", "rate")]


def test_bare_decimal_in_index_sentence_is_still_an_index():
    q = one("The index stood at 104.3 in March.")
    assert q.unit == "index"
