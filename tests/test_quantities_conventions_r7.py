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
