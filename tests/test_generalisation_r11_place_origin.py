"""A place named only as an origin ("Shanghai-headquartered suppliers", "Macao residents", "Hong Kong-listed
developers") or a benchmark ("than in Beijing") is not what a later "the city" refers to, nor the place the text
goes on about: the host is (FIGURES.md: what sits in or is received by a place lists that place only).

Sentences written for these tests (varied news English), each case one construction."""
import pytest

from helpers import figure_of


# (paragraphs, mention, expected regions)
CASES = [
    (["Hefei is courting investors.", "Shanghai-headquartered suppliers have built 12 plants in the city since 2021."],
     "12", ["Hefei"]),
    (["Zhuhai is growing.", "About 900 Macao residents now work in the city."], "About 900", ["Zhuhai"]),
    (["Zhuhai is growing.", "Hong Kong-listed developers have put 3 billion yuan into the city."],
     "3 billion yuan", ["Zhuhai"]),
    (["Langfang is courting investors.", "Rents there are 40 percent lower than in Beijing.",
      "The city signed 60 projects in 2023."], "60", ["Langfang"]),
    (["Dongguan is home to many factories.", "Some 4,000 Taiwan-invested companies operate in the city."],
     "Some 4,000", ["Dongguan"]),
    (["Nantong is courting investors.", "Its land costs 35 percent less than in Shanghai.",
      "Industrial output rose 9 percent last year."], "9 percent", ["Nantong"]),
    (["Hefei is courting investors.", "Suppliers from Shanghai opened 12 plants there last year.",
      "Output rose 9 percent."], "9 percent", ["Hefei"]),
    (["Foshan wants more visitors.", "Roughly 2 million Guangzhou tourists spent a weekend in the city in 2023."],
     "Roughly 2 million", ["Foshan"]),
    # the origin's own figures stay the origin's
    (["Macao's own GDP grew 4.1 percent in the quarter."], "4.1 percent", ["Macao"]),
    (["Shares of the firm closed at HK$9.80 in Hong Kong on Monday."], "HK$9.80", ["Hong Kong"]),
    (["Beijing residents numbered 21.8 million at the end of 2023."], "21.8 million", ["Beijing"]),
]


@pytest.mark.parametrize("paragraphs, mention, expected", CASES)
def test_regions_of_figure(paragraphs, mention, expected):
    assert figure_of(paragraphs, mention).regions == expected


# (written as expected failures while the gazetteer lacked Kunshan and Hengqin; r11-gaz added them)
@pytest.mark.parametrize("paragraphs, mention, expected", [
    (["Kunshan hosts many factories.", "Taiwan-funded firms in Kunshan numbered 5,200 last year."], "5,200", ["Kunshan"]),
    (["The Hengqin cooperation zone is growing.", "About 900 Macao residents now work in Hengqin."],
     "About 900", ["Hengqin"]),
])
def test_regions_places_the_gazetteer_gained(paragraphs, mention, expected):
    assert figure_of(paragraphs, mention).regions == expected
