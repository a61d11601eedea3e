"""The measure is the noun measured, not a verb, an adverb, the clause's subject or the place that owns it:
- a verb that joins a subject to its object ("offers", "sells", "runs") ends the phrase before a figure, and a past
  tense after a noun is that noun's verb ("landlords in the district lowered asking rents by 3 percent");
- a verb that gives a length ("runs", "stretches", "spans") makes a distance a length;
- an adverb in -ly is a link, not a measure ("fell sharply to 78 percent", "300,000 vehicles annually");
- "<noun> here <verb> <figure>": the verb is no noun;
- a name's possessive inside the phrase owns what follows it ("Suzhou Industrial Park's foreign trade volume");
- a site or a line owns what is measured at or on it ("annual sales at the mall", "daily ridership on the line");
- "percent in June" is a time, not the whole of a share; "percentage points" is a unit, not a measure.

Sentences written for these tests (varied news English, none from a fixture), each case one construction."""
import pytest

from helpers import figure_of

# (paragraphs, mention, expected measure)
CASES = [
    (["The county offers factory land at about 300,000 yuan per mu."], "about 300,000 yuan", "factory land"),
    (["Landlords in the district lowered asking rents by 3 percent over the quarter."], "3 percent", "asking rents"),
    (["The new metro line runs 48 kilometers from the airport to the city center."], "48 kilometers", "length"),
    (["The bridge spans 1.2 kilometers across the bay."], "1.2 kilometers", "length"),
    (["The expressway will stretch 110 kilometers across the province."], "110 kilometers", "length"),
    (["The park's occupancy rate fell sharply to 78 percent in June."], "78 percent", "occupancy rate"),
    (["The plant produces 300,000 vehicles annually."], "300,000", "vehicles"),
    (["Grade-A office rents here pay about 180 yuan per square meter a month."], "about 180 yuan",
     "Grade-A office rents"),
    (["Suzhou Industrial Park's foreign trade volume reached 105 billion dollars."], "105 billion dollars",
     "foreign trade volume"),
    (["Tianjin's utilized foreign capital reached 5 billion dollars."], "5 billion dollars", "utilized foreign capital"),
    (["The city's industrial added value grew 6.2 percent in the first half."], "6.2 percent", "industrial added value"),
    (["Investment in fixed assets rose 4.3 percent in the first seven months."], "4.3 percent",
     "Investment in fixed assets"),
    (["The pipeline runs through 12 counties and delivers 8 billion cubic meters of gas a year."], "12", "counties"),
    (["Annual sales at the mall now exceed 2 billion yuan."], "exceed 2 billion yuan", "Annual sales"),
    (["Daily ridership on the line has passed 300,000."], "passed 300,000", "Daily ridership"),
    (["Vacancy in Wangjing climbed 2 percentage points to 18 percent."], "18 percent", "vacancy"),
]


@pytest.mark.parametrize("paragraphs, mention, expected", CASES)
def test_measure_is_the_noun_measured(paragraphs, mention, expected):
    assert figure_of(paragraphs, mention).measure == expected
