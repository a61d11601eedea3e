"""A figure whose own clause marks it as the country's as a whole ("the country had", "nationwide", "the national
total", "domestic <noun>", "Chinese <firms>", "across/in/throughout China") has subject and region China, not the
subject the text carried from before; a benchmark or a whole its subject is part of ("of the national total", "above
the national average", "the most in the country") does not make it national.

Sentences written for these tests (varied news English), each case one construction."""
import pytest

from helpers import figure_of


# (paragraphs, mention, field, expected)
CASES = [
    (["Suzhou's industrial park drew 120 foreign-funded projects last year.", 'The country had 400,000 high-tech enterprises at the end of 2023, the ministry said.'],
     '400,000', 'regions', ['China']),
    (["Suzhou's industrial park drew 120 foreign-funded projects last year.", 'The country had 400,000 high-tech enterprises at the end of 2023, the ministry said.'],
     '400,000', 'subject', 'China'),
    (['Hefei reported 1,200 new technology firms in 2023.', 'Nationwide, R&D spending rose 8.1 percent to 3.3 trillion yuan.'],
     '3.3 trillion yuan', 'regions', ['China']),
    (['Hefei reported 1,200 new technology firms in 2023.', 'Nationwide, R&D spending rose 8.1 percent to 3.3 trillion yuan.'],
     '3.3 trillion yuan', 'subject', 'China'),
    (["Wuhan's optics valley is home to 16,000 tech companies.", 'Domestic invention patents numbered 4.01 million by the end of 2023.'],
     '4.01 million', 'subject', 'China'),
    (["Wuhan's optics valley is home to 16,000 tech companies.", 'Domestic invention patents numbered 4.01 million by the end of 2023.'],
     '4.01 million', 'regions', ['China']),
    (['Nanjing signed 30 deals at the fair.', "The city's exports made up 2.1 percent of the national total."],
     '2.1 percent', 'regions', ['Nanjing']),
    (["Xi'an hosted the expo on Monday.", 'Technology contract turnover across China reached 6.15 trillion yuan last year, official data show.'],
     '6.15 trillion yuan', 'subject', 'China'),
    (["Xi'an hosted the expo on Monday.", 'Technology contract turnover across China reached 6.15 trillion yuan last year, official data show.'],
     '6.15 trillion yuan', 'regions', ['China']),
    (['Chengdu added 2,300 high-tech firms in 2023.', "China's R&D intensity rose to 2.65 percent, the statistics bureau said."],
     '2.65 percent', 'subject', 'China'),
    (['Chengdu added 2,300 high-tech firms in 2023.', "China's R&D intensity rose to 2.65 percent, the statistics bureau said."],
     '2.65 percent', 'regions', ['China']),
    (["Qingdao's port handled 650 million tonnes of cargo in 2023.", 'In China, more than 4,000 companies now make industrial robots.'],
     'more than 4,000', 'subject', 'China'),
    (['Dalian opened a new terminal.', 'The national total of unicorn companies stood at 375 in 2023, the report said.'],
     '375', 'subject', 'China'),
    (['Dalian opened a new terminal.', 'The national total of unicorn companies stood at 375 in 2023, the report said.'],
     '375', 'regions', ['China']),
    (['Changsha has 5,000 high-tech firms.', 'It accounts for 1.3 percent of the national total.'],
     '1.3 percent', 'regions', ['Changsha']),
    (["Ningbo's exports grew 6 percent in 2023.", 'Its port handled 35 million containers, more than any other in the country.'],
     '35 million', 'regions', ['Ningbo']),
    (['Beijing is home to 28,000 high-tech firms.', 'Together they made up 7 percent of the national total last year.'],
     '7 percent', 'regions', ['Beijing']),
    (["Shenzhen's exports rose 10 percent in 2023.", 'The port handled 30 million containers, the most in the country.'],
     '30 million', 'regions', ['Shenzhen']),
    (["Wuxi's industrial output rose 8 percent in 2023.", 'That was well above the national average of 4.6 percent.'],
     '4.6 percent', 'regions', ['Wuxi']),
    (["Hefei's quantum cluster has drawn 60 firms.", 'Across the country, venture funding for quantum startups fell 12 percent last year.'],
     '12 percent', 'subject', 'China'),
    (['Guiyang has built 25 data centers.', 'Data centers throughout China consumed 270 billion kWh of power in 2023, a research group estimated.'],
     '270 billion kWh', 'regions', ['China']),
    (['Zhengzhou assembled 1.5 million phones in January.', 'Nationally, smartphone shipments climbed 6 percent in the first quarter.'],
     '6 percent', 'subject', 'China'),
    (["Xiamen's free trade zone drew 300 new firms in 2023.", 'The nation added 9.9 million new market entities in the first half of the year, regulators said.'],
     '9.9 million', 'regions', ['China']),
    (["Foshan's appliance makers exported goods worth 90 billion yuan.", 'Sales by domestic carmakers rose 21 percent in the same period.'],
     '21 percent', 'subject', 'China'),
    (["Ningbo's port handled 35 million containers, one of the country's busiest.", 'Its cargo volume grew 5 percent.'],
     '5 percent', 'regions', ['Ningbo']),
    (['Suzhou reported 16,000 high-tech firms last year.', "The city's R&D spending was 4 percent of GDP, above the nationwide level of 2.6 percent."],
     '2.6 percent', 'regions', ['Suzhou']),
    # a mark inside a relative clause about something else (", whose drills are sold across the country,") does not
    # make the figure national; one in the figure's own relative clause still does
    (['Hengda Tools, a Ningbo maker of power drills, said first-half sales rose 12 percent.',
      'The company, whose 1,200-watt hammer drills are used on building sites across the country, plans to spend up to 2 billion yuan on a new factory.'],
     'up to 2 billion yuan', 'subject', 'Hengda Tools'),
    (['Hengda Tools, a Ningbo maker of power drills, said first-half sales rose 12 percent.',
      'Its exports reached 800 million yuan, which made it the third-largest exporter of drills in the country.'],
     '800 million yuan', 'regions', ['Ningbo']),
    (["Qingdao's port handled 650 million tonnes of cargo in 2023.",
      'Port operators, which handled 17 billion tonnes across the country last year, expect growth to slow.'],
     '17 billion tonnes', 'regions', ['China']),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", CASES)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure_of(paragraphs, mention), field) == expected
