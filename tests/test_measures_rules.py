"""Issue 4: measures kept short and made of the text's own key nouns. New sentences, fixed dates."""
from zgc_etl.model import Article, Block
from zgc_etl.parse import extract_figures


def article(*paragraphs, published="2024-06-03"):
    blocks, at, text = [], 0, ""
    for p in paragraphs:
        blocks.append(Block.verbatim(p, at))
        text += p + "\n"
        at = len(text)
    return Article(file="t.txt", text=text, blocks=blocks, published=published, title="")


def measures(*paragraphs):
    return {f.mention: f.measure for f in extract_figures(article(*paragraphs))}


def test_a_duration_of_a_trip_is_travel_time():
    m = measures("Buses now connect Hefei and Lu'an in about 55 minutes.",
                 "A ride between the two bus terminals takes 70 minutes.")
    assert m["about 55 minutes"] != "Buses"
    assert m["70 minutes"] == "travel time"


def test_a_commute_keeps_its_own_noun():
    (f,) = extract_figures(article("Most towns in the county are within a 40-minute commute of the seat."))
    assert f.measure == "commute time"


def test_a_distance_stated_by_compass_point_is_a_distance():
    (f,) = extract_figures(article("Tongling lies about 60 km northeast of Anqing."))
    assert f.measure == "distance"


def test_teus_count_container_throughput():
    m = measures("Ningbo port handled more than 36 million twenty-foot equivalent units in 2023.")
    assert m["more than 36 million"] == "container throughput"


def test_a_hyphenated_power_rating_is_a_capacity():
    m = measures("A 150-MW solar plant opened in Golmud in May.")
    assert m["150-MW"] == "capacity"


def test_units_is_no_measure_the_noun_before_is():
    m = measures("Hefei's industrial robot output reached 18,000 units in the first quarter.")
    assert m["18,000"] == "industrial robot output"


def test_a_named_owner_is_not_part_of_the_measure():
    m = measures("Hangzhou's GDP grew 5.6 percent year on year to 1.01 trillion yuan.")
    assert m["5.6 percent"] == "GDP"
    assert m["1.01 trillion yuan"] == "GDP"


def test_energy_in_kwh_is_electricity_unless_the_text_names_it():
    m = measures("The new line will carry about 9 billion kWh to Shanghai each year.",
                 "Over 1.4 billion kWh of offshore wind power was traded last year.")
    assert m["about 9 billion kWh"] == "electricity"
    assert m["Over 1.4 billion kWh"] == "offshore wind power"
