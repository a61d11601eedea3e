"""FIGURES.md conventions, checked with sentences of our own (not from the dev or held-out articles): each
parametrised case is one sentence and the figures it must give (mention, value, unit, qualifier, kind), or none."""
import pytest

from zgc_etl.parse.quantities import find_quantities

PUB = "2024-06-01"


def figs(text, published=PUB):
    return [(text[q.start:q.end], round(q.value, 2), q.unit, q.qualifier, q.kind)
            for q in find_quantities(text, published)]


# --- qualifiers ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The park has in the region of 400 companies.", [("in the region of 400", 400, "count", "approx", "level")]),
    ("The cluster has more or less 250 suppliers.", [("more or less 250", 250, "count", "approx", "level")]),
    ("The fair drew some 900-odd exhibitors.", [("some 900-odd", 900, "count", "approx", "level")]),
    ("Its 60-odd laboratories employ 3,000 researchers.",
     [("60-odd", 60, "count", "approx", "level"), ("3,000", 3000, "count", "exact", "level")]),
    # "top" as a verb after "to" or a modal is a bound; elsewhere it is a rank
    ("Investment is likely to top 3 billion yuan this year.", [("top 3 billion yuan", 3e9, "CNY", "gt", "level")]),
    ("Exports could top 800 million US dollars.", [("top 800 million US dollars", 8e8, "USD", "gt", "level")]),
    ("The park is among the top 10 in China.", []),
    ("Sales topped 12,000 units.", [("topped 12,000", 12000, "count", "gt", "level")]),
])
def test_qualifier_wordings(text, expected):
    assert figs(text) == expected


# --- fractions and "half a" ------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # a fraction after a change verb and "by" is the size of the change, in percent
    ("Profits fell by a third.", [("a third", 33.33, "percent", "exact", "change")]),
    ("Waiting times were cut by half.", [("half", 50, "percent", "exact", "change")]),
    ("Logistics costs were reduced by about a quarter last year.",
     [("about a quarter", 25, "percent", "approx", "change")]),
    ("Sales increased by one-fifth to 3 billion yuan.",
     [("one-fifth", 20, "percent", "exact", "change"), ("3 billion yuan", 3e9, "CNY", "exact", "level")]),
    # "half a" before a scale word or a unit is the number 0.5; "half a dozen" is 6
    ("The city is home to half a million migrant workers.", [("half a million", 5e5, "count", "exact", "level")]),
    ("Nearly half a million people visited the expo.", [("Nearly half a million", 5e5, "count", "lt", "level")]),
    ("The startup raised half a billion dollars.", [("half a billion dollars", 5e8, "USD", "exact", "level")]),
    ("The share rose by half a percentage point.",
     [("half a percentage point", 0.5, "percentage_point", "exact", "change")]),
    ("Half a dozen universities opened labs in the zone.", [("Half a dozen", 6, "count", "exact", "level")]),
    # unchanged: a fraction of a whole is a share, "half an hour" a duration
    ("Half of the firms are private.", [("Half", 50, "percent", "exact", "share")]),
    ("The train takes half an hour.", [("half an hour", 0.5, "hour", "exact", "level")]),
    ("The founders spent half a year on the design.", []),
])
def test_fractions(text, expected):
    assert figs(text) == expected


# --- kinds -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # a growth named as the subject: its percent is a change
    ("Growth slowed to 5.2 percent.", [("5.2 percent", 5.2, "percent", "exact", "change")]),
    ("Its GDP growth rate reached 7.1 percent last year.", [("7.1 percent", 7.1, "percent", "exact", "change")]),
    ("The growth rate of industrial output was 9 percent.", [("9 percent", 9, "percent", "exact", "change")]),
    ("The average annual growth rate of R&D spending in the park stood at 11.2 percent.",
     [("11.2 percent", 11.2, "percent", "exact", "change")]),
    ("Export growth hit 20 percent in May.", [("20 percent", 20, "percent", "exact", "change")]),
    # ... but a part of a growth is a share
    ("Consumption's contribution to economic growth was 60 percent.",
     [("60 percent", 60, "percent", "exact", "share")]),
    ("The unemployment rate stood at 4.5 percent.", [("4.5 percent", 4.5, "percent", "exact", "share")]),
    # an adverb of frequency closing the clause makes a rate
    ("The mill produces 500 tonnes of steel daily.", [("500 tonnes", 500, "t", "exact", "rate")]),
    ("Engineers there earn 9,000 yuan monthly.", [("9,000 yuan", 9000, "CNY", "exact", "rate")]),
    ("A total of 30 trains run daily between the two cities.", [("30", 30, "count", "exact", "rate")]),
    ("The help desk answers 2,000 calls every hour.", [("2,000", 2000, "count", "exact", "rate")]),
    # ... but not an adjective before a noun
    ("The app has 10 million daily active users.", [("10 million", 1e7, "count", "exact", "level")]),
])
def test_kinds(text, expected):
    assert figs(text) == expected


# --- shares written as "one in five" ---------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("One in five companies in the park is foreign-funded.", [("One in five", 20, "percent", "exact", "share")]),
    ("Six in ten residents use the service.", [("Six in ten", 60, "percent", "exact", "share")]),
    ("Nine out of 10 firms reported higher sales.", [("Nine out of 10", 90, "percent", "exact", "share")]),
    ("Three out of every four new jobs were in services.",
     [("Three out of every four", 75, "percent", "exact", "share")]),
    ("Nearly one in five residents uses a shared bike.", [("Nearly one in five", 20, "percent", "lt", "share")]),
    ("The city aims to have one in three cars run on electricity by 2030.",
     [("one in three", 33.33, "percent", "exact", "target")]),
    # not a proportion: two counts with words between them
    ("It has opened 15 stores in 12 cities.",
     [("15", 15, "count", "exact", "level"), ("12", 12, "count", "exact", "level")]),
])
def test_one_in_n(text, expected):
    assert figs(text) == expected


# --- forecasts are estimates, not plans --------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Analysts predict revenue will rise 20 percent next year.",
     [("20 percent", 20, "percent", "approx", "change")]),
    ("Economists forecast that GDP will grow 5 percent in 2025.", [("5 percent", 5, "percent", "approx", "change")]),
    ("The ministry estimates that the sector will employ 2 million people by 2030.",
     [("2 million", 2e6, "count", "approx", "level")]),
    # a noun "forecasts" puts nothing in the future; plans stay targets
    ("Revenue beat forecasts, rising 20 percent.", [("20 percent", 20, "percent", "exact", "change")]),
    ("The projects will create 5,000 jobs.", [("5,000", 5000, "count", "exact", "target")]),
    ("The city plans to attract 300 firms this year.", [("300", 300, "count", "exact", "target")]),
])
def test_forecasts(text, expected):
    assert figs(text) == expected


# --- not figures -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "For more information, contact: 010 6512 3456.",
    "The firm's stock code is 600519.",
    "The 52-year-old chairman joined the firm in 2001.",
    "Room 1203, Building 5, No 8 Zhongguancun Street.",
    "The 14th Five-Year Plan (2021-25) sets out the goals.",
    "It was the second time the forum was held.",
])
def test_not_figures(text):
    assert figs(text) == []


# --- multiples, ranges, per-unit prices, measured durations -------------------------------------

@pytest.mark.parametrize("text,expected", [
    # "twice"/"double" before a compared amount is a multiple: a gap from a benchmark is a change
    ("The company's revenue was twice that of its rival.", [("twice", 2, "times", "exact", "change")]),
    ("Output per worker is double the national average.", [("double", 2, "times", "exact", "change")]),
    ("The new line carries almost twice as many passengers.", [("almost twice", 2, "times", "lt", "change")]),
    ("The city aims to triple the number of unicorns by 2027.", [("triple", 3, "times", "exact", "target")]),
    # ... but not a frequency or an adjective
    ("The forum is held twice a year.", []),
    ("The firm posted double-digit growth.", []),
    # "ranging from X to Y" is a range (plain "from X to Y" is a change of level)
    ("Rents range from 80 to 120 yuan per square meter a month.",
     [("80 to 120 yuan", 80, "CNY", "ge", "rate"), ("80 to 120 yuan", 120, "CNY", "le", "rate")]),
    ("The number of firms grew from 1,200 to 2,000.",
     [("1,200", 1200, "count", "exact", "level"), ("2,000", 2000, "count", "exact", "level")]),
    # a price of one unit is a rate
    ("Apartments sell for 50,000 yuan a square meter.", [("50,000 yuan", 50000, "CNY", "exact", "rate")]),
    ("Each ticket costs 120 yuan.", [("120 yuan", 120, "CNY", "exact", "rate")]),
    ("The park grants up to 5 million yuan to each eligible startup.",
     [("up to 5 million yuan", 5e6, "CNY", "le", "rate")]),
    # a duration that is the measured thing: "will last" is the verb, an approval time is measured
    ("The forum will last two days.", [("two days", 2, "day", "exact", "target")]),
    ("Approval time has been cut from 30 days to 5 days.",
     [("30 days", 30, "day", "exact", "level"), ("5 days", 5, "day", "exact", "level")]),
    ("In the last two days, 300 firms registered.", [("300", 300, "count", "exact", "level")]),
])
def test_multiples_ranges_prices_durations(text, expected):
    assert figs(text) == expected


@pytest.mark.parametrize("word", ["twice", "double", "triple", "treble", "quadruple"])
def test_comparative_multiples_scan_like_finditer(word):
    """The fast candidate scan finds the new multiple words exactly where CANDIDATE.finditer does."""
    from zgc_etl.parse import quantities as Q

    def spans(text, fast):
        low = None if Q._has_odd_case(text) else text.lower()
        it = Q._candidates(text, low) if fast else Q.CANDIDATE.finditer(text)
        return [(m.start(), m.end(), m.lastgroup) for m in it]
    for form in (word, word.upper(), word.title()):
        for ctx in ("{} that of 2015", "x {} the average", "({} as many)", "-{} the", "{}-digit", "{} a year",
                    "x{} the", "{}", "{} its"):
            text = ctx.format(form)
            assert spans(text, True) == spans(text, False), text


@pytest.mark.parametrize("text,expected", [
    # basis points are hundredths of a percentage point
    ("Interest rates were cut by 25 basis points.",
     [("25 basis points", 0.25, "percentage_point", "exact", "change")]),
    ("The loan prime rate was lowered 10 bps to 3.45 percent.",
     [("10 bps", 0.1, "percentage_point", "exact", "change"), ("3.45 percent", 3.45, "percent", "exact", "share")]),
    # more verbs of change
    ("The yuan strengthened 0.3 percent against the dollar.", [("0.3 percent", 0.3, "percent", "exact", "change")]),
    ("Profits slumped 12 percent in 2023.", [("12 percent", 12, "percent", "exact", "change")]),
    ("The gauge eased 0.2 percent.", [("0.2 percent", 0.2, "percent", "exact", "change")]),
])
def test_basis_points_and_change_verbs(text, expected):
    assert figs(text) == expected


@pytest.mark.parametrize("text,expected", [
    # power and energy in larger or smaller units are read in MW and kWh
    ("The wind farm has a capacity of 1.2 GW.", [("1.2 GW", 1200, "MW", "exact", "level")]),
    ("The site has 2,000 kilowatts of rooftop solar.", [("2,000 kilowatts", 2, "MW", "exact", "level")]),
    ("The plant generates 3 TWh of power a year.", [("3 TWh", 3e9, "kWh", "exact", "rate")]),
    ("The battery stores 500 MWh.", [("500 MWh", 5e5, "kWh", "exact", "level")]),
    ("The deal was worth 500 million pounds.", [("500 million pounds", 5e8, "GBP", "exact", "level")]),
    # a per-unit count
    ("The city has 152 high-value patents for every 10,000 residents.", [("152", 152, "count", "exact", "rate")]),
])
def test_converted_units_and_rates(text, expected):
    assert figs(text) == expected


@pytest.mark.parametrize("text", [
    # units FIGURES.md does not have: not counts
    "The firm makes 28 nm chips.",
    "The train runs at 350 km/h.",
    "The plant uses 3,000 cubic meters of water a day.",
    "PM2.5 density fell to 38 micrograms per cubic meter.",
    "The server stores 10 GB of data.",
    "Temperatures hit 40 degrees Celsius.",
    "It produced 20,000 liters of oil.",
    "The office has 20,000 square feet.",
    # an address and a model's name
    "The company is based at 5 Danling Street.",
    "The district follows a 1+3+N model.",
])
def test_more_non_figures(text):
    assert figs(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Patent applications grew by an average of 20 percent a year.",
     [("20 percent", 20, "percent", "exact", "change")]),
    ("The CAGR was 25 percent.", [("25 percent", 25, "percent", "exact", "change")]),
    ("Two dozen firms joined the alliance.", [("Two dozen", 24, "count", "exact", "level")]),
    ("Three dozen projects were signed.", [("Three dozen", 36, "count", "exact", "level")]),
    # a number in the name of a list is not a figure
    ("The park has attracted two Fortune 500 companies.", [("two", 2, "count", "exact", "level")]),
    ("The firm entered the Global 500 list.", []),
])
def test_growth_averages_dozens_list_names(text, expected):
    assert figs(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a bound that names a class of firms is a threshold, not a figure ...
    ("Enterprises with annual revenue of over 20 million yuan saw profits rise 10 percent.",
     [("10 percent", 10, "percent", "exact", "change")]),
    ("Firms employing more than 1,000 people accounted for 30 percent of output.",
     [("30 percent", 30, "percent", "exact", "share")]),
    # ... but not when the firms are counted, or the amount is their total
    ("Tianjin and Hong Kong signed 19 cooperation projects with a value of more than 15 billion yuan.",
     [("19", 19, "count", "exact", "level"), ("more than 15 billion yuan", 1.5e10, "CNY", "gt", "level")]),
    ("The two companies with combined revenue of over 5 billion yuan merged.",
     [("over 5 billion yuan", 5e9, "CNY", "gt", "level")]),
    # ages, index bases and scales, readings that define a signal
    ("Those aged over 60 make up 20 percent of the population.", [("20 percent", 20, "percent", "exact", "share")]),
    ("The index, based at 100 in 2015, reached 130.", [("130", 130, "index", "exact", "level")]),
    ("The index is on a scale of 0 to 100.", []),
    ("Readings above 50 indicate expansion.", []),
    ("A reading below 50 signals contraction.", []),
])
def test_thresholds_and_definitions(text, expected):
    assert figs(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "rose (by) X to Y": the change and the level reached, unless the two are close bounds of one change
    ("The number of firms rose by 300 to 2,300.",
     [("300", 300, "count", "exact", "change"), ("2,300", 2300, "count", "exact", "level")]),
    ("The number of firms rose 300 to 2,300.",
     [("300", 300, "count", "exact", "change"), ("2,300", 2300, "count", "exact", "level")]),
    ("Prices rose by 1 to 3 percent.",
     [("1 to 3 percent", 1, "percent", "ge", "change"), ("1 to 3 percent", 3, "percent", "le", "change")]),
    # an increment named before the count
    ("The park welcomed another 200 firms this year.", [("200", 200, "count", "exact", "change")]),
    ("An additional 50 companies moved in.", [("50", 50, "count", "exact", "change")]),
])
def test_changes_and_increments(text, expected):
    assert figs(text) == expected


def test_comma_set_currency_conversion_is_one_figure():
    text = "The investment was 2 billion yuan, or about 280 million US dollars."
    (q,) = find_quantities(text, PUB)
    assert (q.value, q.unit, q.alt_value, q.alt_unit, q.kind) == (2e9, "CNY", 2.8e8, "USD", "level")


def test_comma_set_amounts_far_apart_are_two_figures():
    # 50 million dollars is not 2 billion yuan in another currency: two facts
    assert [q.unit for q in find_quantities("It raised 2 billion yuan, or 50 million US dollars more than planned.",
                                            PUB)] == ["CNY", "USD"]


@pytest.mark.parametrize("text,expected", [
    ("Revenue was 12bn yuan, up 9pc.",
     [("12bn yuan", 1.2e10, "CNY", "exact", "level"), ("9pc", 9, "percent", "exact", "change")]),
])
def test_pc_is_percent(text, expected):
    assert figs(text) == expected
