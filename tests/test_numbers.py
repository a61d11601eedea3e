import pytest

from zgc_etl.parse.numbers import fraction_value, parse_number, parse_words


@pytest.mark.parametrize("s,v", [
    ("one", 1), ("Ten", 10), ("twelve", 12), ("nineteen", 19), ("twenty", 20), ("twenty-three", 23),
    ("twenty three", 23), ("ninety-nine", 99), ("a dozen", 12), ("dozen", 12), ("one hundred", 100),
    ("a hundred", 100), ("two hundred and five", 205), ("three hundred forty", 340), ("two million", 2e6),
])
def test_words(s, v):
    assert parse_words(s) == v


@pytest.mark.parametrize("s,v", [("1,234", 1234), ("1,234.5", 1234.5), ("0.08", 0.08), ("4376.07", 4376.07),
                                 ("seven", 7)])
def test_parse_number(s, v):
    assert parse_number(s) == v


def test_not_a_number():
    assert parse_words("several") is None and parse_number("") is None


@pytest.mark.parametrize("num,den,v", [(None, "half", 50), ("one", "third", 33.33), ("two", "thirds", 66.67),
                                       ("a", "quarter", 25), ("three", "quarters", 75), ("a", "fifth", 20),
                                       ("a", "tenth", 10)])
def test_fractions(num, den, v):
    assert fraction_value(num, den) == v
