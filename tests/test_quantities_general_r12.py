"""Recognition, qualifier and kind in general news English, twelfth pass: sentences of our own (not from any
article) for measured durations, codes and names that are not figures, tonnage that names a class of ship,
rents as rates, a market's future as a forecast, and another owner's value of the same measure."""
import pytest

from zgc_etl.parse.quantities import find_quantities

PUB = "2021-06-30"


def figs(text, published=PUB):
    return [(text[q.start:q.end], round(q.value, 2), q.unit, q.qualifier, q.kind)
            for q in find_quantities(text, published=published)]


def mentions(text):
    return [m for m, *_ in figs(text)]


# --- "an hour" that is the measured thing ---------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("It takes about an hour to reach the airport by car.", [("about an hour", 1.0, "hour", "approx", "level")]),
    ("Xiong'an is about an hour from Beijing by high-speed rail.",
     [("about an hour", 1.0, "hour", "approx", "level")]),
    ("The drive to the port now takes an hour.", [("an hour", 1.0, "hour", "exact", "level")]),
    ("The new line cut the trip from three hours to just an hour.",
     [("three hours", 3.0, "hour", "exact", "level"), ("an hour", 1.0, "hour", "exact", "level")]),
    ("By train, Tianjin is under an hour away.", [("under an hour", 1.0, "hour", "lt", "level")]),
    ("Langfang is just over an hour from Beijing by car.", [("just over an hour", 1.0, "hour", "gt", "level")]),
    ("Xiong'an is an hour from Beijing.", [("an hour", 1.0, "hour", "exact", "level")]),
    ("Xiong'an is 40 minutes from Beijing.", [("40 minutes", 40.0, "minute", "exact", "level")]),
    ("Langfang is an hour's drive from Beijing.", [("an hour", 1.0, "hour", "exact", "level")]),
    ("Residents can reach Beijing within an hour by train.", [("within an hour", 1.0, "hour", "le", "level")]),
])
def test_an_hour_measured(text, expected):
    assert figs(text) == expected


@pytest.mark.parametrize("text", [
    "Trains on the line reach 350 km an hour.",          # a speed: the hour is a denominator
    "Shuttles leave twice an hour from the station.",    # a frequency
    "He spoke for an hour at the forum.",                # no duration-setting word before it
    "The forum opened with an hour-long speech.",        # names the speech
    "The minister arrived an hour late.",
    "The half an hour drive is short.",                  # "half an hour": one atom, not two
    "It was an hour before the train left.",             # "was an hour" with no place after it
    "Trains run once an hour.",
    "Within 30 minutes from Monday, tickets sold out.",
])
def test_an_hour_not_a_second_figure(text):
    assert not any(m.endswith("an hour") and m != "half an hour" for m in mentions(text)), figs(text)


# --- from .. to: the to-value in words or bare takes the from-value's unit ----------------------

@pytest.mark.parametrize("text,expected", [
    ("Approval times were cut from 20 days to five.",
     [("20 days", 20.0, "day", "exact", "level"), ("five", 5.0, "day", "exact", "level")]),
    ("The wait was cut from 20 days to just five.",
     [("20 days", 20.0, "day", "exact", "level"), ("five", 5.0, "day", "exact", "level")]),
    ("The share rose from 12 percent to 15.",
     [("12 percent", 12.0, "percent", "exact", "share"), ("15", 15.0, "percent", "exact", "share")]),
    ("The reform cut the number of steps from 14 to nine.",
     [("14", 14.0, "count", "exact", "level"), ("nine", 9.0, "count", "exact", "level")]),
    ("Paperwork fell from 14 forms to nine.",
     [("14", 14.0, "count", "exact", "level"), ("nine", 9.0, "count", "exact", "level")]),
])
def test_from_to_shares_unit(text, expected):
    assert figs(text) == expected


def test_from_to_currency_scale_word():
    assert [u for _m, _v, u, *_ in figs("Revenue rose from 2 billion yuan to 3 billion.")] == ["CNY", "CNY"]


# --- codes, names and tonnage classes are not figures ------------------------------------------

@pytest.mark.parametrize("text,kept", [
    ("Shares of the developer (8869.HK) rose 3 percent.", ["3 percent"]),
    ("The battery maker (300750.SZ) reported 5 billion yuan in profit.", ["5 billion yuan"]),
    ("The firm is listed in Shenzhen as 300750 and employs 3,000 people.", ["3,000"]),
    ("The company trades under 2597 in Hong Kong.", []),
    ("The company moved into Tower 2 of Block 16.", []),
    ("The startup rents space in Hall 7 and on Floor 12.", []),
    ("The policy, Document 16, was issued in 2016.", []),
    ("The State Council issued Guo Fa [2016] 16 in May.", []),
    ("The firm moved to Zone 16 of the park.", []),
    ("The notice was released on 2021.06.16 by the bureau.", []),
    ("Updated: 16.06.2021, the page lists 300 firms.", ["300"]),
    ("The app, version 2.3.1, has 5 million users.", ["5 million"]),
    ("The port has a 400,000-ton ore terminal and 20 berths.", ["20"]),
    ("The port is building two 300,000-ton berths.", ["two"]),
    ("It can handle 400,000-ton ore carriers.", []),
    ("A 10,000-ton vessel docked at the port.", []),
])
def test_codes_names_classes(text, kept):
    assert mentions(text) == kept


@pytest.mark.parametrize("text,kept", [
    ("The port has an annual capacity of 400,000 tons.", ["400,000 tons"]),
    ("The port's 400,000-ton annual handling capacity was reached.", ["400,000-ton"]),
    ("The plant has a 400,000-ton annual capacity.", ["400,000-ton"]),
    ("The port handled 400,000 tons of ore.", ["400,000 tons"]),
    ("The park hosts 5500 companies.", ["5500"]),          # a bare four-digit count is still a count
    ("The company listed 300 products.", ["300"]),
    ("The exchange listed as many as 3000 firms.", ["as many as 3000"]),
    ("Profit was 1,200 yuan as of May.", ["1,200 yuan"]),
    ("The zone hosts 16 firms.", ["16"]),                   # lower-case "zone" names nothing
])
def test_codes_names_classes_negative(text, kept):
    assert mentions(text) == kept


# --- rents are rates -------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Business park rents of 55 to 60 yuan were recorded in the quarter.",
     [("55 to 60 yuan", 55.0, "CNY", "ge", "rate"), ("55 to 60 yuan", 60.0, "CNY", "le", "rate")]),
    ("Grade A rents in Lujiazui stood at 265 yuan.", [("265 yuan", 265.0, "CNY", "exact", "rate")]),
    ("Asking rents of 265 yuan per square meter per month were seen.", [("265 yuan", 265.0, "CNY", "exact", "rate")]),
    ("Warehouse rent was 1.2 yuan in the fourth quarter.", [("1.2 yuan", 1.2, "CNY", "exact", "rate")]),
])
def test_rent_is_a_rate(text, expected):
    assert figs(text) == expected


@pytest.mark.parametrize("text,kind", [
    ("Rental income of 5,000 yuan was recorded.", "level"),
    ("The park waived rent payments of 3,000 yuan.", "level"),
    ("The park waived rents of 30 million yuan for tenants.", "level"),   # a total, with a scale word
    ("Rent subsidies of 800 yuan were paid.", "level"),
])
def test_rent_amounts_stay_levels(text, kind):
    assert [k for *_x, k in figs(text)] == [kind]


# --- another owner's value of the same measure --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Beijing's per capita disposable income was 69,434 yuan, compared with Tianjin's 43,854 yuan and Hebei's 27,136 yuan.",
    "Beijing had per capita income of 69,434 yuan, while Hebei's was 27,136 yuan.",
    "Per capita disposable income reached 69,434 yuan in Beijing, and Hebei's 27,136 yuan.",
    "Urban per capita disposable income was 75,602 yuan, and rural residents' 30,126 yuan.",
    "Hebei's per capita GDP was 48,564 yuan, against Beijing's 164,889 yuan.",
])
def test_possessive_follows_kind(text):
    assert {k for *_x, k in figs(text)} == {"rate"}


@pytest.mark.parametrize("text,kinds", [
    ("Beijing's GDP was 4 trillion yuan, and Hebei's 3.6 trillion yuan.", ["level", "level"]),
    ("Per capita income was 69,434 yuan, while the park's 300 firms hired staff.", ["rate", "level"]),
    ("Per capita income was 69,434 yuan, while the park's 2 billion yuan fund opened.", ["rate", "level"]),
])
def test_possessive_negative(text, kinds):
    assert [k for *_x, k in figs(text)] == kinds


# --- a market's future is a forecast, not a plan ------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # (a "will" forecast keeps its qualifier, as a hedged one does: tests/test_quantities_general_r11.py)
    ("According to Savills, supply will total 480,000 sq m by 2026.",
     [("480,000 sq m", 480000.0, "m2", "exact", "level")]),
    ("Supply will total 480,000 sq m by 2026, according to JLL.",
     [("480,000 sq m", 480000.0, "m2", "exact", "level")]),
    ("Savills expects supply to total 480,000 sq m by 2026.",
     [("480,000 sq m", 480000.0, "m2", "approx", "level")]),
    ("Vacancy in the district will peak at 23 percent in 2023.",
     [("23 percent", 23.0, "percent", "exact", "share")]),
    ("Office rents are expected to fall 3-5 percent next year.",
     [("3-5 percent", 3.0, "percent", "ge", "change"), ("3-5 percent", 5.0, "percent", "le", "change")]),
])
def test_market_future_is_forecast(text, expected):
    assert figs(text) == expected


@pytest.mark.parametrize("text,kind", [
    ("The district will supply 500 hectares of land by 2025.", "target"),
    ("Land supply will total 500 hectares by 2025.", "target"),
    ("Housing supply will reach 100,000 units by 2025, according to the plan.", "target"),
    ("The company will invest 2 billion yuan by 2025.", "target"),
    ("The government will cap rents at 50 yuan per square meter by 2025.", "target"),
    ("Output is set to top 2 million units by 2025.", "target"),
    ("The plant, under construction, has an annual capacity of 300,000 units.", "target"),
])
def test_plans_stay_targets(text, kind):
    assert [k for *_x, k in figs(text)] == [kind]


# --- "and a half" after a number adds 0.5 to it ---------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The trip takes about one and a half hours.", [("about one and a half hours", 1.5, "hour", "approx", "level")]),
    ("The trip now takes an hour and a half.", [("an hour and a half", 1.5, "hour", "exact", "level")]),
    ("The project took two and a half years to build.", [("two and a half years", 2.5, "year", "exact", "level")]),
    ("Sales rose two and a half times.", [("two and a half times", 2.5, "times", "exact", "change")]),
    ("The fund raised two and a half billion yuan.", [("two and a half billion yuan", 2.5e9, "CNY", "exact", "level")]),
])
def test_and_a_half(text, expected):
    assert figs(text) == expected


@pytest.mark.parametrize("text,kept", [
    ("The park hosts 20 firms and five labs.", ["20", "five"]),
    ("It signed 12 deals and a half of them were foreign.", ["12"]),
])
def test_and_a_half_negative(text, kept):
    assert mentions(text) == kept


# --- "added up to" is a sum, not a bound; "an hour" after an amount makes a rate -------------------

@pytest.mark.parametrize("text,expected", [
    ("Investment over the five years added up to 789 billion yuan.",
     [("789 billion yuan", 789e9, "CNY", "exact", "level")]),
    ("Investment adds up to 789 billion yuan.", [("789 billion yuan", 789e9, "CNY", "exact", "level")]),
    ("The fund can invest up to 5 billion yuan.", [("up to 5 billion yuan", 5e9, "CNY", "le", "level")]),
    ("Grants of up to 1 million yuan are available.", [("up to 1 million yuan", 1e6, "CNY", "le", "level")]),
    ("Workers earn 30 yuan an hour.", [("30 yuan", 30.0, "CNY", "exact", "rate")]),
    ("The plant produces 500 cars an hour.", [("500", 500.0, "count", "exact", "rate")]),
    ("Sales were 30 million yuan an hour earlier.", [("30 million yuan", 30e6, "CNY", "exact", "level")]),
])
def test_added_up_and_hourly(text, expected):
    assert figs(text) == expected
