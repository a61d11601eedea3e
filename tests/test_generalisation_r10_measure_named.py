"""An area or a count names what it measures when the text does, rather than a generic word ("area", "companies"):
- an area with no word for an area in its phrase is measured by the noun it is "of" ("net absorption of about 52,000
  square meters", "a new supply of 95,000 square meters"), or by the noun of "absorbed" ("net absorption");
- a count "recognised as" (certified, rated, ...) a class counts that class ("140 are recognised as ... firms");
- a sentence's capitalised first word that is a catalogue word for a measure is that word ("Profit rose 12 percent");
- "began" is a verb, no part of the phrase after an amount;
- a duration in the singular before a noun measures that noun ("a 15-20 year lifespan").

Sentences written for these tests (varied news English, none from a fixture), each case one construction."""
import pytest

from helpers import figure_of

# (paragraphs, mention, expected measure)
CASES = [
    (["The incubator offers roughly 31,000 square meters of lab space to young companies."],
     "roughly 31,000 square meters", "lab space"),
    (["The market recorded net absorption of about 52,000 square meters in the second quarter."],
     "about 52,000 square meters", "net absorption"),
    (["Tenants absorbed a net 52,000 square meters during the quarter."], "52,000 square meters", "net absorption"),
    (["A new supply of 95,000 square meters came onto the market in the fourth quarter."], "95,000 square meters",
     "new supply"),
    (["Of the 600 companies in the park, 140 are recognised as specialised and sophisticated firms."], "140",
     "specialised and sophisticated firms"),
    (["The city hopes to nurture 15 unicorns by the end of the year."], "15", "unicorns"),
    (["Profit rose 12 percent, while sales reached 1.4 billion yuan."], "12 percent", "profit"),
    (["Construction of 95,000 square meters of affordable housing began in May."], "95,000 square meters",
     "affordable housing"),
    # a duration in the singular modifies the noun after it
    (["The fund has a 15-20 year lifespan to fit long research cycles."], "15-20 year", "lifespan"),
    (["Each of the new funds will have a 10-15 year lifespan."], "10-15 year", "lifespan"),
]


@pytest.mark.parametrize("paragraphs, mention, expected", CASES)
def test_measure_is_named_by_the_text(paragraphs, mention, expected):
    assert figure_of(paragraphs, mention).measure == expected
