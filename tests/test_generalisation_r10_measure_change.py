"""A growth or comparison figure is measured by what grew, not by a neighbouring noun or the verb of the change:
- a verb of change after "to" ("are expected to decline a further 5 percent", "forecast to fall by 3 percent") is a
  link, not the measure; followed by "of" it is a noun ("an export surge of 10 percent");
- a level reached "to" after a change measures what changed ("Revenue rose 18 percent to 5.6 billion yuan, while net
  profit ...");
- a gap from an average is the gap of what the clause measured ("outpacing the national average by 2.6 points");
- a flow keeps the "to" phrase of where it goes ("exports to ASEAN countries").

Sentences written for these tests (varied news English, none from a fixture), each case one construction."""
import pytest

from helpers import figure_of

# (paragraphs, mention, expected measure)
CASES = [
    (["Revenue rose 18 percent to 5.6 billion yuan, while net profit climbed 22 percent."], "5.6 billion yuan",
     "revenue"),
    (["Profit rose 12 percent, while sales reached 1.4 billion yuan."], "1.4 billion yuan", "sales"),
    (["Office rents are expected to decline a further 5 percent in 2025."], "5 percent", "Office rents"),
    (["Land prices are forecast to fall by 3 percent in 2025."], "3 percent", "Land prices"),
    (["The factory's output capacity doubled after the upgrade."], "doubled", "output capacity"),
    (["The zone logged an export surge of 10 percent last year."], "10 percent", "export surge"),
    (["Industrial output expanded 7.2 percent, outpacing the national average by 2.6 percentage points."],
     "2.6 percentage points", "Industrial output above national average"),
    (["Wages in the zone exceeded the national average by 20 percent."], "20 percent", "wages above national average"),
    (["Growth in the district lagged the provincial average by 1.1 percentage points."], "1.1 percentage points",
     "growth below provincial average"),
    (["Revenue reached 9 billion yuan, up 11 percent year-on-year and outpacing the city average by 3 percentage "
      "points."], "3 percentage points", "revenue above city average"),
    (["The value of exports to ASEAN countries rose 12.5 percent to 230 billion yuan."], "12.5 percent",
     "value of exports to ASEAN countries"),
]


@pytest.mark.parametrize("paragraphs, mention, expected", CASES)
def test_change_is_measured_by_what_changed(paragraphs, mention, expected):
    assert figure_of(paragraphs, mention).measure == expected
