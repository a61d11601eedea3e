"""FIGURES.md conventions for recognition, checked with sentences of our own (not from any fixture): each
parametrised case is one sentence and the figures it must give (mention, value, unit, qualifier, kind)."""
import pytest

from zgc_etl.parse.quantities import find_quantities

PUB = "2024-06-01"


def figs(text, published=PUB):
    return [(text[q.start:q.end], round(q.value, 2), q.unit, q.qualifier, q.kind)
            for q in find_quantities(text, published)]


# --- durations that are the measured thing ---------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # working, business and calendar days, man-hours and person-days are units of a duration that is measured
    ("Approval for a new business licence now takes three business days.",
     [("three business days", 3, "day", "exact", "level")]),
    ("The approval process was trimmed to 10 working days.", [("10 working days", 10, "day", "exact", "level")]),
    ("Companies can now obtain a construction permit in 15 working days.",
     [("15 working days", 15, "day", "exact", "level")]),
    ("The audit required 1,200 man-hours of work.", [("1,200 man-hours", 1200, "hour", "exact", "level")]),
    ("Inspectors spent 300 person-days on the project.", [("300 person-days", 300, "day", "exact", "level")]),
    # both ends of a time that was cut or lengthened
    ("Reforms have cut the time needed to register a firm from 30 working days in 2018 to five days now.",
     [("30 working days", 30, "day", "exact", "level"), ("five days", 5, "day", "exact", "level")]),
    ("Customs clearance at the port has been reduced from 48 hours to eight hours.",
     [("48 hours", 48, "hour", "exact", "level"), ("eight hours", 8, "hour", "exact", "level")]),
    ("The review period was shortened from 60 calendar days to 30 calendar days.",
     [("60 calendar days", 60, "day", "exact", "level"), ("30 calendar days", 30, "day", "exact", "level")]),
    ("The time required for a land permit is now about 20 days.",
     [("about 20 days", 20, "day", "approx", "level")]),
    # unchanged: a duration that places the statement in time, a span, an age of a firm
    ("Within 90 days of the launch, the platform had signed up 500 firms.", [("500", 500, "count", "exact", "level")]),
    ("The firm was founded 15 years ago.", []),
    ("The park was built over three years.", []),
])
def test_measured_durations(text, expected):
    assert figs(text) == expected


# --- a unit written once: "from 12 to 20 percent", "up from 9" -------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The share rose from 12 to 20 percent.",
     [("12", 12, "percent", "exact", "share"), ("20 percent", 20, "percent", "exact", "share")]),
    ("Revenue climbed from 3.2 to 4.5 billion yuan.",
     [("3.2", 3.2e9, "CNY", "exact", "level"), ("4.5 billion yuan", 4.5e9, "CNY", "exact", "level")]),
    ("The vacancy rate stood at 12 percent, up from 9 a year earlier.",
     [("12 percent", 12, "percent", "exact", "share"), ("9", 9, "percent", "exact", "share")]),
    ("Exports reached 40 billion dollars, up from 35 billion in 2022.",
     [("40 billion dollars", 4e10, "USD", "exact", "level"), ("35 billion", 3.5e10, "USD", "exact", "level")]),
    ("Approval now takes three business days, down from 20.",
     [("three business days", 3, "day", "exact", "level"), ("20", 20, "day", "exact", "level")]),
    # the first items of a list take the unit (and scale word) of its last
    ("Beijing and Tianjin attracted 12 billion and 8 billion yuan of investment, respectively.",
     [("12 billion", 1.2e10, "CNY", "exact", "level"), ("8 billion yuan", 8e9, "CNY", "exact", "level")]),
    ("GDP in the three places grew 6.1, 5.8 and 4.9 percent respectively.",
     [("6.1", 6.1, "percent", "exact", "change"), ("5.8", 5.8, "percent", "exact", "change"),
      ("4.9 percent", 4.9, "percent", "exact", "change")]),
    ("Sales were 3 and 4.5 million units in the two years.",
     [("3", 3e6, "count", "exact", "level"), ("4.5 million", 4.5e6, "count", "exact", "level")]),
    # ... but a count restated as a share keeps its own unit
    ("In 2015, 255, or 21 percent, of the firms were in the red.",
     [("255", 255, "count", "exact", "level"), ("21 percent", 21, "percent", "exact", "share")]),
    # the to-value of a count written as a word needs no noun after it
    ("The number of sub-parks rose from six to nine.",
     [("six", 6, "count", "exact", "level"), ("nine", 9, "count", "exact", "level")]),
    ("Its overseas branches increased from two to five.",
     [("two", 2, "count", "exact", "level"), ("five", 5, "count", "exact", "level")]),
    # unchanged: years, and a count before a qualified to-value
    ("Output doubled from 2015 to 2020.", [("doubled", 2, "times", "exact", "change")]),
    ("Its workforce has grown from 200 to more than 1,000.",
     [("200", 200, "count", "exact", "level"), ("more than 1,000", 1000, "count", "gt", "level")]),
])
def test_unit_written_once(text, expected):
    assert figs(text) == expected


# --- counts that describe or name, not figures -----------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # an adjective that only describes the things counted is no superlative
    ("The city is home to 37 major scientific facilities.", [("37", 37, "count", "exact", "level")]),
    ("Beijing has 90 top-tier universities.", [("90", 90, "count", "exact", "level")]),
    ("Tianjin hosts 12 national-level key laboratories.", [("12", 12, "count", "exact", "level")]),
    # "top" and "leading" rank only after a definite determiner
    ("The city has nine top universities and 15 leading hospitals.",
     [("nine", 9, "count", "exact", "level"), ("15", 15, "count", "exact", "level")]),
    ("It was home to the 10 leading firms of the sector.", []),
    ("It was home to seven of the 10 most polluted cities.", [("seven", 7, "count", "exact", "level")]),
    # the set a part or a rank is taken from
    ("Huairou is one of Beijing's three science cities.", []),
    ("It is one of the country's 19 national-level new areas.", []),
    ("Among Hebei's 11 prefecture-level cities, Baoding ranked third.", []),
    ("The county ranked fifth among 62 counties in the province.", []),
    ("Of the 16 districts in Beijing, Haidian files the most patents.", []),
    ("Two of the company's five factories are in Hebei.", [("Two", 2, "count", "exact", "level")]),
    # an age after a person's name, also at the end of the clause
    ('"We are growing fast," said chairman Kenneth Lau, 58.', []),
    ("The founder, Zhang Wei, 45, said the plant would open next year.", []),
    ("The park's output reached 120 billion yuan, said director Li Ming.",
     [("120 billion yuan", 1.2e11, "CNY", "exact", "level")]),
    # ages of a group of people or in a relative clause
    ("The city has 3 million residents over 60.", [("3 million", 3e6, "count", "exact", "level")]),
    ("Chen, who is 52, runs the lab.", []),
    # a lower bound on the firms of a class is a threshold too
    ("The scheme targets firms with fewer than 50 staff.", []),
    ("Companies with more than 500 employees account for 40 percent of output.",
     [("40 percent", 40, "percent", "exact", "share")]),
    # an index's base
    ("The index sets the level of 2013 at 100.", []),
    ("The index (2015 = 100) rose to 118.6.", [("118.6", 118.6, "index", "exact", "level")]),
    ("The gauge uses 2010 as the base year with a value of 100.", []),
    ("The index stood at 100 in May.", [("100", 100, "index", "exact", "level")]),
    # a bound on each firm of a counted class, or on the firms a plan counts, is a threshold
    ("The city plans to cultivate 10 companies with annual revenue of more than 10 billion yuan each.",
     [("10", 10, "count", "exact", "target")]),
    ("The district will foster 50 firms with output exceeding 1 billion yuan by 2027.",
     [("50", 50, "count", "exact", "target")]),
    ("The zone now has 30 firms with annual sales of over 100 million yuan each.",
     [("30", 30, "count", "exact", "level")]),
    # ... but not the total of counted projects
    ("Tianjin signed 19 projects with a value of more than 15 billion yuan.",
     [("19", 19, "count", "exact", "level"), ("more than 15 billion yuan", 1.5e10, "CNY", "gt", "level")]),
])
def test_not_figures(text, expected):
    assert figs(text) == expected


# --- kinds ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # a price per share is a rate
    ("Shares of the company rose 3.2 per cent to HK$12.46 on Monday.",
     [("3.2 per cent", 3.2, "percent", "exact", "change"), ("HK$12.46", 12.46, "HKD", "exact", "rate")]),
    ("Its stock closed at 45.3 yuan on Friday.", [("45.3 yuan", 45.3, "CNY", "exact", "rate")]),
    ("Shares of Shijiazhuang-based Hebei Logistics Group rose 4.1 percent to 18.35 yuan on Monday.",
     [("4.1 percent", 4.1, "percent", "exact", "change"), ("18.35 yuan", 18.35, "CNY", "exact", "rate")]),
    # the earlier value of a rate is a rate
    ("The city now processes about 1,800 applications a year, up from 1,100 in 2020.",
     [("about 1,800", 1800, "count", "approx", "rate"), ("1,100", 1100, "count", "exact", "rate")]),
    ("The company's share price fell to 8.5 yuan.", [("8.5 yuan", 8.5, "CNY", "exact", "rate")]),
    ("The landlord is asking a rent of 265 yuan per square meter per month.",
     [("265 yuan", 265, "CNY", "exact", "rate")]),
    ("Per-capita disposable income reached 58,000 yuan.", [("58,000 yuan", 58000, "CNY", "exact", "rate")]),
    # a price per unit written with a slash
    ("Grade-A office rents averaged 265 yuan/sq m/month in the quarter.",
     [("265 yuan", 265, "CNY", "exact", "rate")]),
    ("Coal prices rose to 900 yuan/tonne.", [("900 yuan", 900, "CNY", "exact", "rate")]),
    # "a further", "another" between a change verb and its percent
    ("Rents are forecast to fall a further 5 percent next year.",
     [("5 percent", 5, "percent", "approx", "change")]),
    ("Sales rose another 3 percent in May.", [("3 percent", 3, "percent", "exact", "change")]),
    # ... but not the money raised by a share sale
    ("The listing raised HK$7 billion from shares sold to investors.",
     [("HK$7 billion", 7e9, "HKD", "exact", "level")]),
    # a dimension of a thing is a fact of it, even of one still being built
    ("The ring, 1,360 meters in circumference, is due to be finished by 2025.",
     [("1,360 meters", 1360, "m", "exact", "level")]),
    ("The bridge will be 2.5 kilometers long.", [("2.5 kilometers", 2.5, "km", "exact", "level")]),
    ("The new park will cover 3 square kilometers.", [("3 square kilometers", 3, "km2", "exact", "target")]),
    # what a project is expected to create or employ is its plan; what a quantity is expected to reach, a forecast
    ("The project is expected to create up to 400 jobs.", [("up to 400", 400, "count", "le", "target")]),
    ("The new plant is expected to employ 2,000 people when it opens.",
     [("2,000", 2000, "count", "exact", "target")]),
    ("Sales are expected to reach 5 billion yuan next year.",
     [("5 billion yuan", 5e9, "CNY", "approx", "level")]),
    # a projection after a plan cue stays a projection
    ("New towers will be completed next year, and vacancy is projected to peak at about 23 percent.",
     [("about 23 percent", 23, "percent", "approx", "share")]),
    # a deadline of a forecast makes no plan
    ("Vacancy in the area is projected to peak at about 23 percent by 2026.",
     [("about 23 percent", 23, "percent", "approx", "share")]),
    ("The market is estimated to be worth 80 billion yuan by 2027.",
     [("80 billion yuan", 8e10, "CNY", "approx", "level")]),
    ("By 2026 the zone aims to host 500 firms.", [("500", 500, "count", "exact", "target")]),
    ("The park is expected to house 300 firms by 2026.", [("300", 300, "count", "exact", "target")]),
    # a change in the past tense is no plan, though a plan verb comes before it
    ("The company expects demand to stay strong after output expanded by about 10 percent last year.",
     [("about 10 percent", 10, "percent", "approx", "change")]),
    ("The firm expects more orders, having seen exports fall by 8 percent in 2023.",
     [("8 percent", 8, "percent", "exact", "change")]),
])
def test_kinds(text, expected):
    assert figs(text) == expected


# --- currencies and units ---------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # "Rmb", as the Financial Times writes it, is yuan
    ("The group reported revenue of Rmb1.5bn in the first half.", [("Rmb1.5bn", 1.5e9, "CNY", "exact", "level")]),
    ("Its valuation reached Rmb 20 billion.", [("Rmb 20 billion", 2e10, "CNY", "exact", "level")]),
    ("The fund has RMB1.5 trillion (USD235 billion) under management.",
     [("RMB1.5 trillion (USD235 billion)", 1.5e12, "CNY", "exact", "level")]),
    # dollars of other countries and square feet are units outside the contract, not US dollars or counts
    ("The fund raised S$300 million from investors.", []),
    ("Taiwan's exports hit NT$4 trillion.", []),
    ("The miner is worth A$12 billion.", []),
    ("The fund raised 300 million Singapore dollars.", []),
    ("The mall has 200,000 sq ft of shop space.", []),
    # "m" set close before a plural noun or a currency is a million (British usage); before a length's words, metres
    ("The city drew 5m visitors last year.", [("5m", 5e6, "count", "exact", "level")]),
    ("The firm raised 50m yuan in its first round.", [("50m yuan", 5e7, "CNY", "exact", "level")]),
    ("The tower is 300m tall.", [("300m", 300, "m", "exact", "level")]),
    ("The bridge spans 500m across the river.", [("500m", 500, "m", "exact", "level")]),
    # unchanged: US and Hong Kong dollars
    ("The firm raised US$300 million and HK$2 billion.",
     [("US$300 million", 3e8, "USD", "exact", "level"), ("HK$2 billion", 2e9, "HKD", "exact", "level")]),
    ("The startup raised $45 million.", [("$45 million", 4.5e7, "USD", "exact", "level")]),
])
def test_currencies_and_units(text, expected):
    assert figs(text) == expected


# --- plans, multiples and compound durations ---------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # "due to" + a start or finish verb is a schedule, a plan; "due to" = "because of" is not
    ("The hospital is due to be completed in 2026 with 1,200 beds.", [("1,200", 1200, "count", "exact", "target")]),
    ("Output fell 5 percent due to weak demand.", [("5 percent", 5, "percent", "exact", "change")]),
    # the earlier value a plan is compared with is a level
    ("The company plans to invest 2 billion yuan, up from 1.5 billion yuan last year.",
     [("2 billion yuan", 2e9, "CNY", "exact", "target"), ("1.5 billion yuan", 1.5e9, "CNY", "exact", "level")]),
    # a number whose noun phrase is the subject of a future passive is planned
    ("A total of 1.5 million square meters of office space will be completed this year.",
     [("1.5 million square meters", 1.5e6, "m2", "exact", "target")]),
    ("About 300 new charging piles are set to be installed in the district.",
     [("About 300", 300, "count", "approx", "target")]),
    # ... not across a relative clause, or after a past verb
    ("2,000 firms that moved here will be exempted from the tax.", [("2,000", 2000, "count", "exact", "level")]),
    ("The 10,000 cars delivered in May will be shipped abroad.", [("10,000", 10000, "count", "exact", "level")]),
    # "to double", "will triple": the verb is a multiple
    ("It aims to double output by 2025.", [("double", 2, "times", "exact", "target")]),
    ("The new line will triple the port's capacity.", [("triple", 3, "times", "exact", "target")]),
    ("The firm posted double-digit growth.", []),
    # hours and minutes are one duration, in hours
    ("The trip now takes 2 hours 15 minutes.", [("2 hours 15 minutes", 2.25, "hour", "exact", "level")]),
    ("The high-speed train takes one hour and 30 minutes.",
     [("one hour and 30 minutes", 1.5, "hour", "exact", "level")]),
])
def test_plans_multiples_durations(text, expected):
    assert figs(text) == expected


# --- changes: "halved", a change restated in percent, points of a rate --------------------------

@pytest.mark.parametrize("text,expected", [
    ("Profits halved to 2 billion yuan.",
     [("halved", 50, "percent", "exact", "change"), ("2 billion yuan", 2e9, "CNY", "exact", "level")]),
    ("The company's market value has more than halved since its peak.",
     [("more than halved", 50, "percent", "gt", "change")]),
    ("Exports grew by 1.2 trillion yuan, or 8 percent.",
     [("1.2 trillion yuan", 1.2e12, "CNY", "exact", "change"), ("8 percent", 8, "percent", "exact", "change")]),
    ("Revenue of 3.6 billion yuan, or 12 percent of the total, came from exports.",
     [("3.6 billion yuan", 3.6e9, "CNY", "exact", "level"), ("12 percent", 12, "percent", "exact", "share")]),
    # "points" of a rate are percentage points; of an index, index points
    ("The growth rate was 3 points higher than the national average.",
     [("3 points", 3, "percentage_point", "exact", "change")]),
    ("The unemployment rate fell 0.3 points to 5.1 percent.",
     [("0.3 points", 0.3, "percentage_point", "exact", "change"), ("5.1 percent", 5.1, "percent", "exact", "share")]),
    ("The index rose 0.3 points to 51.2.",
     [("0.3", 0.3, "index", "exact", "change"), ("51.2", 51.2, "index", "exact", "level")]),
])
def test_changes(text, expected):
    assert figs(text) == expected
