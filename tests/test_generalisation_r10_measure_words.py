"""A measure names research and development and gross domestic product by their short forms, "R&D" and "GDP", whether
the text spells them out or not: the contract's own example is "R&D investment", and the dev labels write "R&D spending
as share of GDP" for "research and development spending ... of the combined gross domestic product".

Sentences written for these tests (varied news English, none from a fixture), each case one construction."""
import pytest

from helpers import figure_of

# (paragraphs, mention, expected measure)
CASES = [
    (["Shenzhen's research and development spending climbed 11 percent to 225 billion yuan last year."],
     "11 percent", "R&D spending"),
    (["The province's gross domestic product grew 5.4 percent in the first quarter."], "5.4 percent",
     "GDP"),
    (["Gross domestic product in the Greater Bay Area rose to 14 trillion yuan in 2023."], "14 trillion yuan",
     "GDP"),
    (["Firms in the zone spent about 800 million yuan on research and development last year."],
     "about 800 million yuan", "R&D spending"),
    (["Research and development expenditure in Hefei reached 4.1 percent of its economic output in 2022."],
     "4.1 percent", "R&D expenditure"),
    # the sentence writes the short form itself
    (["Local firms spent 9 billion yuan on research and development, a third of all R&D spending in the province."],
     "9 billion yuan", "R&D spending"),
    (["The company's R&D spending rose 20 percent to 3 billion yuan."], "20 percent", "R&D spending"),
    (["The district's GDP expanded 6.1 percent year on year."], "6.1 percent", "GDP"),
]


@pytest.mark.parametrize("paragraphs, mention, expected", CASES)
def test_measure_names_rd_and_gdp_by_their_short_forms(paragraphs, mention, expected):
    assert figure_of(paragraphs, mention).measure == expected
