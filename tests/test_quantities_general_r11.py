"""Recognition, qualifier and kind in general news English, eleventh pass: sentences of our own (not from any
fixture), each parametrised case one sentence and the figures it must give (mention, value, unit, qualifier,
kind)."""
import pytest

from zgc_etl.parse.quantities import find_quantities

PUB = "2024-05-10"


def figs(text, published=PUB):
    return [(text[q.start:q.end], round(q.value, 2), q.unit, q.qualifier, q.kind)
            for q in find_quantities(text, published)]


# --- a running total dated by "since": a level, not a change ----------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The park has attracted a combined 450 billion yuan since 2017.",
     [("450 billion yuan", 4.5e11, "CNY", "exact", "level")]),
    ("Total investment in the corridor has reached 1.2 trillion yuan since 2014.",
     [("1.2 trillion yuan", 1.2e12, "CNY", "exact", "level")]),
    ("More than 30,000 steelworkers have been retrained since 2015, the bureau said.",
     [("More than 30,000", 30000, "count", "gt", "level")]),
    ("Beijing companies have set up 1,150 branches in the new area since 2019.",
     [("1,150", 1150, "count", "exact", "level")]),
    ("The fund has poured roughly 80 billion yuan into startups since 2016.",
     [("roughly 80 billion yuan", 8e10, "CNY", "approx", "level")]),
    ("Investment totalled 655 billion yuan over the eight years.",
     [("655 billion yuan", 6.55e11, "CNY", "exact", "level")]),
    # after a percent or a multiple, "since" still spans a change
    ("Prices are 12 percent higher since 2019.", [("12 percent", 12, "percent", "exact", "change")]),
    ("Output has grown 35 percent since 2020.", [("35 percent", 35, "percent", "exact", "change")]),
    ("The cluster's revenue has expanded 2.4-fold since 2012.", [("2.4-fold", 2.4, "times", "exact", "change")]),
    ("The number of firms has increased by 3,000 since 2018.", [("3,000", 3000, "count", "exact", "change")]),
])
def test_since_dates_a_running_total(text, expected):
    assert figs(text) == expected


# --- bare "pass" and "cross" after "to" or a modal bound the number like "passed" -------------

@pytest.mark.parametrize("text,expected", [
    ("The number of enterprises is expected to pass 1,200 by the end of the year.",
     [("pass 1,200", 1200, "count", "gt", "level")]),
    ("Revenue is poised to cross 50 billion yuan.", [("cross 50 billion yuan", 5e10, "CNY", "gt", "level")]),
    ("Analysts say shipments could pass 2 million units in 2025.",
     [("pass 2 million", 2e6, "count", "gt", "level")]),
    ("The company aims to pass 1,000 stores by 2026.", [("pass 1,000", 1000, "count", "gt", "target")]),
    ("Sales are forecast to surpass 500 million yuan in 2025.",
     [("surpass 500 million yuan", 5e8, "CNY", "gt", "level")]),
    ("Output is expected to break through 1 trillion yuan next year.",
     [("break through 1 trillion yuan", 1e12, "CNY", "gt", "level")]),
    ("The firm hopes to break 100 billion yuan in sales.",
     [("break 100 billion yuan", 1e11, "CNY", "gt", "target")]),
    ("Visitor numbers should pass 5 million this year.", [("pass 5 million", 5e6, "count", "gt", "level")]),
    # a noun "pass" is no bound
    ("The park issued a pass to 300 visitors.", [("300", 300, "count", "exact", "level")]),
])
def test_bare_verbs_of_going_past(text, expected):
    assert figs(text) == expected


# --- a hedged future is a forecast, not a plan --------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Turnover will likely exceed 8 billion yuan this year.",
     [("exceed 8 billion yuan", 8e9, "CNY", "gt", "level")]),
    ("The vacancy rate will probably climb to 18 percent next year, brokers said.",
     [("18 percent", 18, "percent", "exact", "share")]),
    ("New supply would possibly reach 900,000 square meters in 2025.",
     [("900,000 square meters", 9e5, "m2", "exact", "level")]),
    ("Sales looked set to cross 3 billion yuan.", [("cross 3 billion yuan", 3e9, "CNY", "gt", "level")]),
    ("The index seems set to pass 150 this year.", [("pass 150", 150, "index", "gt", "level")]),
    # without a hedge the future stays a plan
    ("The district will invest 8 billion yuan this year.", [("8 billion yuan", 8e9, "CNY", "exact", "target")]),
])
def test_hedged_future_is_a_forecast(text, expected):
    assert figs(text) == expected


# --- a milestone that stands alone is the reported value ---------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Registered firms crossed the 300,000 mark in March.", [("300,000", 3e5, "count", "gt", "level")]),
    ("Trade volume surpassed the 100 billion yuan mark for the first time.",
     [("100 billion yuan", 1e11, "CNY", "gt", "level")]),
    ("Car output in the province broke the 1 million barrier last year.", [("1 million", 1e6, "count", "gt", "level")]),
    ("The city's GDP topped the 2 trillion yuan threshold in 2023, officials said.",
     [("2 trillion yuan", 2e12, "CNY", "gt", "level")]),
    ("Its population reached the 20 million milestone in 2021.", [("20 million", 2e7, "count", "exact", "level")]),
    # beside the exact value it is not a figure of its own
    ("Exports hit 3.09 trillion yuan, breaking through the 3 trillion yuan mark for the first time.",
     [("3.09 trillion yuan", 3.09e12, "CNY", "exact", "level")]),
    ("China became the first nation ever to surpass 4 million, with 4.76 million valid patents.",
     [("4.76 million", 4.76e6, "count", "exact", "level")]),
    ("Sales reached 1,030 units, passing the 1,000 mark.", [("1,030", 1030, "count", "exact", "level")]),
    # "mark" as a verb
    ("Readings above 50 mark expansion.", []),
])
def test_milestone_standing_alone(text, expected):
    assert figs(text) == expected


# --- "one of N": the size of the set one member is placed in -----------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Haidian is one of nine districts that joined the program.", []),
    ("One of 12 firms chosen was from Tianjin.", []),
    ("The project was one of five selected by the ministry.", []),
    ("Xiong'an is one of 19 state-level new areas.", []),
    # a count of members is still a figure
    ("Nine districts joined the program.", [("Nine", 9, "count", "exact", "level")]),
    ("Three of the seven members are from Hebei.", [("Three", 3, "count", "exact", "level")]),
])
def test_one_of_a_set(text, expected):
    assert figs(text) == expected


@pytest.mark.parametrize("text", [
    "It broke through the 3 trillion yuan mark for the first time.",
    "That took the total past the 500,000 mark.",
    "This pushed sales across the 1 billion yuan threshold.",
])
def test_milestone_after_a_pronoun_restates_an_earlier_value(text):
    assert figs(text) == []


# --- a forecast keeps the kind of what it forecasts; a plan is a target -------------------------

@pytest.mark.parametrize("text,expected", [
    # a forecaster named as the source
    ("Rents will fall a further 4 to 6 percent next year, the consultancy forecast.",
     [("4 to 6 percent", 4, "percent", "ge", "change"), ("4 to 6 percent", 6, "percent", "le", "change")]),
    ("Output may reach 1 million units in 2026, analysts estimate.", [("1 million", 1e6, "count", "approx", "level")]),
    ("Vacancy will climb to 19 percent by 2026, brokers predict.", [("19 percent", 19, "percent", "approx", "share")]),
    ("According to the forecast, the population will reach 2.3 million by 2030.",
     [("2.3 million", 2.3e6, "count", "approx", "level")]),
    ("According to government projections, the new area will have 500,000 residents by 2030.",
     [("500,000", 5e5, "count", "approx", "level")]),
    # a forecast verb over a future passive
    ("JLL forecasts that 2 million square meters of office space will be delivered in 2025.",
     [("2 million square meters", 2e6, "m2", "approx", "level")]),
    # the size of a growth, forecast
    ("Rental growth is forecast at 2 percent for 2025.", [("2 percent", 2, "percent", "approx", "change")]),
    ("Economists see growth slowing to 4.5 percent next year.", [("4.5 percent", 4.5, "percent", "exact", "change")]),
    # plans stay targets: the source names no forecast
    ("The district will build 30 schools by 2027, according to the plan.",
     [("30", 30, "count", "exact", "target")]),
    ("The plant will have an annual capacity of 250,000 units, the company said.",
     [("250,000", 250000, "count", "exact", "target")]),
    ("1.5 million square meters of office space will be completed this year.",
     [("1.5 million square meters", 1.5e6, "m2", "exact", "target")]),
])
def test_forecast_is_not_a_target(text, expected):
    assert figs(text) == expected


# --- detection: the to-value of a from-to pair, page fields and counters -------------------------

@pytest.mark.parametrize("text,expected", [
    ("The park grew from six firms to nine.",
     [("six", 6, "count", "exact", "level"), ("nine", 9, "count", "exact", "level")]),
    ("Membership climbed from five member states to seven, officials said.",
     [("five", 5, "count", "exact", "level"), ("seven", 7, "count", "exact", "level")]),
    ("The count rose from six in 2019 to nine.",
     [("six", 6, "count", "exact", "level"), ("nine", 9, "count", "exact", "level")]),
    ("It moved from one office to another.", []),
    # a bare integer after a one-word label, or before a page counter, is a field of the page
    ("Views: 6123", []),
    ("Shares of the miner (SHA: 600519) rose.", []),
    ("The page lists 6123 views.", []),
    ("845 reads", []),
    # ... not when a noun follows it
    ("The tally: 300 firms and 12 labs.",
     [("300", 300, "count", "exact", "level"), ("12", 12, "count", "exact", "level")]),
    ("Result: 4500 new jobs were created.", [("4500", 4500, "count", "exact", "level")]),
])
def test_detection_from_to_and_page_fields(text, expected):
    assert figs(text) == expected


# --- the subject of a forecast with a deadline; a stand-in for the measure before ------------------

@pytest.mark.parametrize("text,expected", [
    ("Some 1.2 million square meters of new space is projected to be completed by the end of 2026.",
     [("Some 1.2 million square meters", 1.2e6, "m2", "approx", "level")]),
    ("About 300 firms are expected to move in by 2027.", [("About 300", 300, "count", "approx", "level")]),
    # what a project is built to do, and a plan, stay targets
    ("40,000 jobs are expected to be created by 2026.", [("40,000", 40000, "count", "exact", "target")]),
    ("The district plans to add 500,000 square meters of offices by 2026.",
     [("500,000 square meters", 5e5, "m2", "exact", "target")]),
    # "the figure for X", "that of X": the measure before, for another group or place, and so its kind
    ("Per capita disposable income reached 81,700 yuan last year, while the figure for rural residents was 37,900 yuan.",
     [("81,700 yuan", 81700, "CNY", "exact", "rate"), ("37,900 yuan", 37900, "CNY", "exact", "rate")]),
    ("Rents averaged 4.2 yuan per square meter a day in Lize, and that of Wangjing stood at 3.6 yuan.",
     [("4.2 yuan", 4.2, "CNY", "exact", "rate"), ("3.6 yuan", 3.6, "CNY", "exact", "rate")]),
    ("Exports rose 12 percent, while the figure for imports was 8 percent.",
     [("12 percent", 12, "percent", "exact", "change"), ("8 percent", 8, "percent", "exact", "change")]),
    ("Sales reached 3 billion yuan, while the figure for 2022 was 2.1 billion yuan.",
     [("3 billion yuan", 3e9, "CNY", "exact", "level"), ("2.1 billion yuan", 2.1e9, "CNY", "exact", "level")]),
])
def test_forecast_subject_and_same_measure(text, expected):
    assert figs(text) == expected


# --- the capacity of a facility still being built is a plan; a market's future is a forecast --------

@pytest.mark.parametrize("text,expected", [
    ("The plant, which is under construction, has an annual capacity of 250,000 units.",
     [("250,000", 250000, "count", "exact", "target")]),
    ("The company broke ground on a factory with a designed annual output of 100,000 tonnes.",
     [("100,000 tonnes", 1e5, "t", "exact", "target")]),
    ("The base, being built in Tianjin, is designed to produce 120,000 cars a year.",
     [("120,000", 120000, "count", "exact", "target")]),
    # an existing plant's capacity is a fact; the size of a site being built is no capacity
    ("The existing plant has an annual capacity of 300,000 units.", [("300,000", 300000, "count", "exact", "level")]),
    ("The project, still under construction, covers 120,000 square meters.",
     [("120,000 square meters", 1.2e5, "m2", "exact", "level")]),
    # what anyone expects of rents, prices or vacancy
    ("CBRE expects rents to decline 3 percent in 2025.", [("3 percent", 3, "percent", "approx", "change")]),
    ("Colliers expects vacancy to rise to 25 percent.", [("25 percent", 25, "percent", "approx", "share")]),
    # a firm's expectation of its own revenue stays as it was (a plan cue)
    ("The company expects revenue to grow 20 percent this year.",
     [("20 percent", 20, "percent", "exact", "target")]),
])
def test_unbuilt_capacity_and_market_expectations(text, expected):
    assert figs(text) == expected


# --- a plan named as the source makes an expectation part of it ------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The number of hydrogen vehicles is expected to surpass 1,000 by 2025, according to the plan.",
     [("surpass 1,000", 1000, "count", "gt", "target")]),
    ("The park is expected to host 500 firms by 2026, according to a development plan released on Monday.",
     [("500", 500, "count", "exact", "target")]),
    # a consultancy or a company as the source names no plan
    ("Vacancy is expected to reach 20 percent by 2025, according to Savills.",
     [("20 percent", 20, "percent", "approx", "share")]),
    ("Output is expected to reach 2 million units, according to the company.",
     [("2 million", 2e6, "count", "approx", "level")]),
])
def test_expectation_under_a_named_plan(text, expected):
    assert figs(text) == expected
