"""A place the figure is compared with ("than in Shanghai", "compared with Beijing", "60 percent of those in
Beijing", "Beijing's average") or that money and movers come from ("Macao-funded", "Hong Kong investors", "from
Tianjin") is not the figure's region when the clause names another place where the figure happens (FIGURES.md: what
sits in or is received by a place lists that place only).

Sentences written for these tests (varied news English), each case one construction."""
import pytest

from helpers import figure_of


# (paragraphs, mention, field, expected)
CASES = [
    (['Land in Nantong costs about a third less than in Shanghai, a developer said.'],
     'about a third', 'regions', ['Nantong']),
    (['Industrial land in Langfang sells for 300 yuan per square meter, far cheaper than in Beijing.'],
     '300 yuan', 'regions', ['Langfang']),
    (["Office rents in Tongzhou are 60 percent of those in Beijing's central business district."],
     '60 percent', 'regions', ['Tongzhou']),
    (['Rents in Wuqing are 40 percent lower compared with Beijing.'],
     '40 percent', 'regions', ['Wuqing']),
    (['Hong Kong-funded projects in Tianjin numbered 3,100 at the end of 2023.'],
     '3,100', 'regions', ['Tianjin']),
    (['Some 230 Macao-funded enterprises have registered in Zhuhai.'],
     'Some 230', 'regions', ['Zhuhai']),
    (['Singapore investors put 3 billion yuan into the Suzhou Industrial Park last year.'],
     '3 billion yuan', 'regions', ['Suzhou']),
    (['Hong Kong investors have poured 12 billion yuan into Nansha since 2015.'],
     '12 billion yuan', 'regions', ['Nansha New Area']),
    (['A park in Dezhou, Shandong province, has signed 45 projects from Tianjin since 2021.'],
     '45', 'regions', ['Dezhou']),
    (['Cangzhou has taken in 120 companies relocated from Beijing since 2014.'],
     '120', 'regions', ['Cangzhou']),
    (['Taiwan-funded companies employ 50,000 people in Suzhou.'],
     '50,000', 'regions', ['Suzhou']),
    (['Zhuozhou drew 6 billion yuan from Beijing investors in 2023.'],
     '6 billion yuan', 'regions', ['Zhuozhou']),
    (["Wages in Baoding average 6,000 yuan a month, about half of Beijing's average."],
     '6,000 yuan', 'regions', ['Baoding']),
    (["Shanghai's GDP reached 4.7 trillion yuan in 2023, higher than Beijing's."],
     '4.7 trillion yuan', 'regions', ['Shanghai']),
    (['Beijing-based companies employ 20,000 people, the survey found.'],
     '20,000', 'regions', ['Beijing']),
    (['Tianjin drew 300 projects from Beijing in 2023.'],
     '300', 'regions', ['Tianjin']),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", CASES)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure_of(paragraphs, mention), field) == expected
