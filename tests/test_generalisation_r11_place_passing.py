"""A place named once in passing (a landmark, a neighbour's park) is not what "the district", "the city" of a later
sentence refers to when the text is about a park or a zone: the park's own place is; a place the text turns to as
its subject is.

Sentences written for these tests (varied news English), each case one construction."""
import pytest

from helpers import figure_of

_HUAIROU = "Huairou Science City is rising in northern Beijing's Huairou district."

# (paragraphs, mention, expected regions)
CASES = [
    ([_HUAIROU, "Researchers can reach the Forbidden City in Dongcheng within an hour.",
      "Some 3,000 scientists now work in the district."], "Some 3,000", ["Huairou"]),
    ([_HUAIROU, "Its shuttle buses stop at the Future Science Park in Changping.",
      "The district spent 5 billion yuan on labs last year."], "5 billion yuan", ["Huairou"]),
    ([_HUAIROU, "Its shuttle buses stop at the Future Science Park in Changping.",
      "More than 3,000 scientists work there."], "More than 3,000", ["Huairou"]),
    (["Huairou Science City is rising in northern Beijing.", "Land there costs 40 percent less than in Haidian.",
      "Investment rose 12 percent."], "12 percent", ["Huairou"]),
    (["Nansha is Guangzhou's new growth pole.", "A ferry links it to Shekou in Shenzhen.",
      "Investment rose 9 percent last year."], "9 percent", ["Nansha New Area"]),
    # a place the text turns to, or a park named there, is what the next sentence speaks of
    ([_HUAIROU, "Changping district, next door, has 300 labs.", "The district plans 50 more by 2026."], "50",
     ["Changping"]),
    ([_HUAIROU, "Its shuttle buses stop at the Future Science Park in Changping.", "The park there has 120 firms."],
     "120", ["Changping"]),
]


@pytest.mark.parametrize("paragraphs, mention, expected", CASES)
def test_regions_of_figure(paragraphs, mention, expected):
    assert figure_of(paragraphs, mention).regions == expected
