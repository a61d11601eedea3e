"""A figure that carries a province or city as its subject is about the district, county or new area inside it
that the paragraph named last ("In Hebei's Xiongxian county, ... Output grew 9 percent" -> Xiongxian), unless the
paragraph named the province or city again after it; a sub-area named with its parent ("Tianjin's Dongli district",
"Tongzhou district on Beijing's eastern edge", "the Pudong New Area in Shanghai") is the figure's region, not the
parent.

Sentences written for these tests (varied news English), each case one construction."""
import pytest

from helpers import figure_of


# (paragraphs, mention, field, expected)
CASES = [
    (["Tianjin's Dongli district has drawn 320 tech firms since 2020. Their output rose 14 percent last year."],
     '14 percent', 'regions', ['Dongli']),
    (["Investors are flocking to Tongzhou district on Beijing's eastern edge. The district signed 45 projects worth 60 billion yuan in 2023."],
     '45', 'regions', ['Tongzhou']),
    (["Investors are flocking to Tongzhou district on Beijing's eastern edge. It signed 45 projects in 2023."],
     '45', 'regions', ['Tongzhou']),
    (['Wuqing, a district of Tianjin halfway to Beijing, is home to 1,200 logistics firms. Last year those firms handled 80 million parcels.'],
     '80 million', 'regions', ['Wuqing']),
    (["In Hebei's Xiongxian county, 300 plastics makers have moved into new workshops. Output grew 9 percent in 2023."],
     '9 percent', 'regions', ['Xiongxian']),
    (['The Pudong New Area in Shanghai reported GDP of 1.6 trillion yuan in 2023. Foreign trade rose 4 percent.'],
     '4 percent', 'regions', ['Pudong New Area']),
    (["Beijing's Haidian district hosts the city's biggest cluster of AI companies. More than 1,300 of them are registered there, officials said."],
     'More than 1,300', 'regions', ['Haidian']),
    (['Haidian district, in the northwest of Beijing, had 10,000 high-tech firms by the end of 2023. Beijing as a whole had 28,000.'],
     '28,000', 'regions', ['Beijing']),
    (['Dongli district in Tianjin opened a new industrial park in March. The park aims to attract 100 companies by 2025.'],
     '100', 'regions', ['Dongli']),
    (["Guangzhou's Nansha district is building a port for cars. Nansha handled 1.2 million vehicles last year."],
     '1.2 million', 'regions', ['Nansha New Area']),
    (["The Binhai New Area of Tianjin is the city's largest economy. The area's GDP reached 700 billion yuan in 2023."],
     '700 billion yuan', 'regions', ['Binhai New Area']),
    (["Tianjin's Binhai New Area added 2,000 companies in 2023, the city's commerce bureau said."],
     '2,000', 'regions', ['Binhai New Area']),
    (['In Jinghai, a district on the southwest fringe of Tianjin, a new health industrial park has opened. It houses 60 companies.'],
     '60', 'regions', ['Jinghai']),
    (["In Hebei's Xiongxian county, 300 plastics makers have moved into new workshops."],
     '300', 'regions', ['Xiongxian']),
    (["The Tongzhou district of Beijing has become the city's administrative sub-center. Some 400,000 civil servants and residents have moved there since 2019."],
     'Some 400,000', 'regions', ['Tongzhou']),
    (["In Daxing, south of Beijing's city center, a new airport opened in 2019. It handled 25 million passengers in 2023."],
     '25 million', 'regions', ['Daxing']),
    (["Daxing, a district in southern Beijing, hosts the capital's second airport. The airport handled 25 million passengers in 2023."],
     '25 million', 'regions', ['Daxing']),
    (["Officials in Tianjin's Wuqing district say e-commerce is booming. Online sales there topped 30 billion yuan last year."],
     'topped 30 billion yuan', 'regions', ['Wuqing']),
    (["Shanghai's Pudong New Area is the country's biggest hub for chip makers. About 600 chip companies operate in the area, up 15 percent from 2020."],
     'About 600', 'regions', ['Pudong New Area']),
    (['Haidian, the Beijing district that is home to Zhongguancun, had 3,700 AI firms in 2023.'],
     '3,700', 'regions', ['Haidian']),
    (["Tongzhou, on Beijing's eastern edge, has drawn 120 companies from central Beijing since 2017."],
     '120', 'regions', ['Tongzhou']),
    (["Binhai New Area on Tianjin's coast produced 40 percent of the city's industrial output last year."],
     '40 percent', 'regions', ['Binhai New Area']),
    # a place the paragraph moves to after the province or city; the province or city named again keeps it
    (['Beijing is moving its municipal offices to Tongzhou district. By 2025, some 400,000 people will have moved, officials said.'],
     'some 400,000', 'regions', ['Tongzhou']),
    (['Tianjin built its first free trade zone in the Binhai New Area. Last year 1,500 foreign firms registered there.'],
     '1,500', 'regions', ['Binhai New Area']),
    (["Beijing opened a new government office in Tongzhou district. Beijing's GDP grew 5.2 percent last year."],
     '5.2 percent', 'regions', ['Beijing']),
    (['Hebei has relocated factories to Xiongxian county, but the province remains the steel capital. Hebei produced 200 million tonnes of steel in 2023.'],
     '200 million tonnes', 'regions', ['Hebei']),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", CASES)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure_of(paragraphs, mention), field) == expected
