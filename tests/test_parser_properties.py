"""Property tests: random values rendered in every supported format read back exactly."""
from hypothesis import given, settings
from hypothesis import strategies as st

from zgc_etl.parse.numbers import parse_words
from zgc_etl.parse.quantities import find_quantities

TEMPLATES = [
    "The district reported {q} last month, officials said.",
    "By the end of 2019, the park had attracted {q}.",
    "{Q} was recorded in the zone, according to the report.",
    "According to the bureau, the total reached {q} in the first half.",
]
SCALES = [("", 1), (" thousand", 1e3), (" million", 1e6), (" mln", 1e6), (" billion", 1e9), (" bn", 1e9),
          (" bln", 1e9), (" trillion", 1e12)]
PREFIX = [("US$", "USD"), ("$", "USD"), ("HK$", "HKD"), ("¥", "CNY"), ("€", "EUR"), ("£", "GBP"), ("CNY", "CNY"),
          ("RMB ", "CNY"), ("USD", "USD")]
SUFFIX = [(" yuan", "CNY"), (" RMB", "CNY"), (" renminbi", "CNY"), (" U.S. dollars", "USD"), (" US dollars", "USD"),
          (" dollars", "USD"), (" euros", "EUR"), (" percent", "percent"), (" per cent", "percent"), ("%", "percent"),
          (" pct", "percent"), (" percentage points", "percentage_point"), (" square meters", "m2"),
          (" square kilometers", "km2"), (" hectares", "hectare"), (" mu", "mu"), (" kilometers", "km"),
          (" km", "km"), (" meters", "m"), (" tonnes", "t"), (" metric tons", "t"), (" kWh", "kWh"), (" MW", "MW"),
          (" times", "times"), ("-fold", "times"), (" companies", "count"), (" registered enterprises", "count")]
NEEDS_UNIT_SCALE = {"percent", "percentage_point", "times"}


def render_numeral(x: float, decimals: int, commas: bool) -> str:
    s = f"{x:,.{decimals}f}" if commas else f"{x:.{decimals}f}"
    return s


def is_year_like(s: str) -> bool:
    return s.isdigit() and 1800 <= int(s) <= 2100


numerals = st.builds(
    lambda n, d, decimals, commas: (n + d / 100 if decimals else n, decimals, commas),
    st.integers(1, 999_999_999), st.integers(0, 99), st.sampled_from([0, 0, 1, 2]), st.booleans())


@settings(max_examples=400, deadline=None)
@given(numerals, st.sampled_from(SCALES), st.sampled_from(SUFFIX), st.sampled_from(TEMPLATES))
def test_numeral_with_unit_word_reads_back(num, scale, suffix, template):
    x, decimals, commas = num
    text_num = render_numeral(x, decimals, commas)
    if is_year_like(text_num) and not scale[0] and suffix[1] == "count":
        return  # a bare year-like number is read as a year, on purpose
    if suffix[1] in NEEDS_UNIT_SCALE and scale[0]:
        return  # "5 million percent" is not English
    if text_num.startswith("0") and "." not in text_num:
        return
    if text_num.isdigit() and len(text_num) >= 7 and not scale[0] and suffix[1] == "count":
        return  # a long run of digits with no separators is read as a code, on purpose
    q_text = f"{text_num}{scale[0]}{suffix[0]}"
    text = template.format(q=q_text, Q=q_text[0].upper() + q_text[1:])
    qs = find_quantities(text)
    assert len(qs) == 1, (text, qs)
    q = qs[0]
    expected = float(text_num.replace(",", "")) * scale[1]
    assert q.unit == suffix[1], text
    assert abs(q.value - expected) <= 1e-9 * expected, text
    assert text_num in text[q.start:q.end]


@settings(max_examples=300, deadline=None)
@given(numerals, st.sampled_from(SCALES[1:]), st.sampled_from(PREFIX), st.sampled_from(TEMPLATES))
def test_currency_before_the_number_reads_back(num, scale, prefix, template):
    x, decimals, commas = num
    text_num = render_numeral(x, decimals, commas)
    q_text = f"{prefix[0]}{text_num}{scale[0]}"
    text = template.format(q=q_text, Q=q_text)
    qs = find_quantities(text)
    assert len(qs) == 1, (text, qs)
    assert qs[0].unit == prefix[1]
    expected = float(text_num.replace(",", "")) * scale[1]
    assert abs(qs[0].value - expected) <= 1e-9 * expected, text


ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int, sep: str) -> str:
    """Our own renderer of 1..999 in words ("two hundred and forty-five")."""
    parts = []
    h, r = divmod(n, 100)
    if h:
        parts.append(f"{ONES[h - 1]} hundred")
    if r:
        if r < 10:
            w = ONES[r - 1]
        elif r < 20:
            w = TEENS[r - 10]
        else:
            t, o = divmod(r, 10)
            w = TENS[t - 2] + (sep + ONES[o - 1] if o else "")
        parts.append(w)
    return (" and " if h and r else " ").join(parts)


@settings(max_examples=300, deadline=None)
@given(st.integers(2, 999), st.sampled_from(["-", " "]), st.sampled_from(["", " million", " billion"]),
       st.sampled_from([(" yuan", "CNY"), (" new projects", "count"), (" enterprises", "count")]))
def test_number_words_read_back(n, sep, scale, suffix):
    w = words(n, sep)
    assert parse_words(w) == n
    text = f"The district attracted {w}{scale}{suffix[0]} last year."
    qs = find_quantities(text)
    assert len(qs) == 1, (text, qs)
    mult = {"": 1, " million": 1e6, " billion": 1e9}[scale]
    assert qs[0].value == n * mult and qs[0].unit == suffix[1], text


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 500), st.integers(1, 500), st.sampled_from([(" percent", "percent"), (" billion yuan", "CNY"),
                                                                  (" companies", "count")]),
       st.sampled_from(["{a}-{b}{u}", "between {a} and {b}{u}", "{a}{u} to {b}{u}", "{a} to {b}{u}"]))
def test_ranges_read_back(a, b, unit, form):
    if a >= b:
        a, b = b, a + b
    if form == "{a}{u} to {b}{u}" and unit[1] == "count":
        return  # "1 companies to 2 companies" is not how a range of counts is written
    text = "Officials put the figure at " + form.format(a=a, b=b, u=unit[0]) + " this year."
    qs = find_quantities(text)
    assert [q.qualifier for q in qs] == ["ge", "le"], text
    scale = 1e9 if "billion" in unit[0] else 1
    assert qs[0].value == a * scale and qs[1].value == b * scale and all(q.unit == unit[1] for q in qs)


@settings(max_examples=200, deadline=None)
@given(st.integers(1800, 2100), st.sampled_from(["in {y}", "since {y}", "from {y} to 2022", "by the end of {y}",
                                                 "in the year {y}"]))
def test_years_are_never_figures(y, form):
    text = "Exports grew " + form.format(y=y) + ", the report said."
    assert find_quantities(text) == []


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_any_text_gives_spans_inside_the_text(text):
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)
        assert q.qualifier in {"exact", "approx", "gt", "ge", "lt", "le"}
        assert q.kind in {"level", "change", "share", "rate", "target"}
