"""Round 11, subject on general English (sentences written for these tests, none taken from a fixture).

- a company introduced by a noun for a firm in front of its name ("German pump maker Weber Hydraulik opened a plant
  ...") opens its sentence as its name alone would, and stays the subject of the figures about its plant, jobs,
  workers and capacity in the next sentences, though they name the park the plant sits in;
- a clause that opens with the company's site ("The factory, in the X zone, will employ ...") is the company's;
- the main clause after an introductory clause set off by commas opens with its subject ("..., as A, B and C have
  ..., Tianjin has become the home of 3,200 firms");
- two firms that one description introduces ("the ride-hailing giant Didi Chuxing and JD Finance") are not carried
  as the first of them alone;
- firms named as a group by a park or zone ("Zhongguancun enterprises", "Zhangjiang firms" in a story about the
  Zhangjiang Science City) are the park's: the subject is the park's name; firms named by a city or a nationality
  ("Beijing enterprises", "Chinese steel companies") stay the group;
- a report's statement after "said on Tuesday that" has its own subject;
- a clause about firms as a group or the sector, named by no body ("Companies in the sector raised ..."), after a
  sentence about one company is about the place the text was about, not that company;
- a transport link named by the places it joins with hyphens ("the Shanghai-Suzhou-Huzhou intercity railway") is the
  subject by that name, not the hyphen-joined places;
- a single-word brand that opens a sentence and delivers, sells or ships a number of goods, or employs or hires a number
  of people ("NIO delivered 20,000 cars") is a company, the subject."""
import pytest

from helpers import paragraphs_article
from zgc_etl.parse import extract_figures


def figure_of(paragraphs, mention):
    """The first figure whose mention holds ``mention``."""
    figs = [f for f in extract_figures(paragraphs_article(*paragraphs, published="2024-03-15")) if mention in f.mention]
    assert figs, mention
    return figs[0]


# (paragraphs, mention, field, expected)
INTRODUCED_FIRM = [
    (["German pump maker Weber Hydraulik opened a plant in the Suzhou Industrial Park on Monday. The plant will "
      "create up to 300 jobs; 40 engineers have already been hired."], "300", "subject", "Weber Hydraulik"),
    (["German pump maker Weber Hydraulik opened a plant in the Suzhou Industrial Park on Monday. The plant will "
      "create up to 300 jobs; 40 engineers have already been hired."], "40", "subject", "Weber Hydraulik"),
    (["Swedish bearing maker Nordlund AB broke ground on a factory in the Tianjin Economic-Technological "
      "Development Area in March. The factory is expected to employ about 450 workers when it opens in 2026."],
     "450", "subject", "Nordlund AB"),
    (["French cosmetics group Lavelle inaugurated its first Asian research center in Shanghai's Zhangjiang "
      "Science City. The center has 120 researchers and will double its staff by 2027.",
      "The company employs more than 1,200 people worldwide."], "120", "subject", "Lavelle"),
    (["Dutch chip equipment supplier Veldhoven Systems has set up a service hub in the Beijing "
      "Economic-Technological Development Area. The hub will house 60 technicians."], "60", "subject",
     "Veldhoven Systems"),
    (["Japanese robot maker Kanto Seiki said on Tuesday it would build a plant in the Hefei High-tech Zone. The "
      "facility will have annual capacity of 20,000 robots."], "20,000", "subject", "Kanto Seiki"),
    (["Korean battery maker Hanul Energy opened a factory in Changzhou's Wujin district. It will employ 800 "
      "people, and production capacity will reach 10 gigawatt-hours."], "800", "subject", "Hanul Energy"),
    (["US medical device firm Calder Medical opened a plant in the Suzhou Industrial Park. The site covers 25,000 "
      "square meters."], "25,000", "subject", "Calder Medical"),
    (["Taiwanese contract manufacturer Hsinyuan Precision opened a campus in the Zhengzhou Airport Economy Zone "
      "in 2022. It now employs more than 12,000 workers there."], "12,000", "subject", "Hsinyuan Precision"),
    (["Spanish wind turbine maker Ventora inaugurated a blade factory in Yancheng. The plant has annual capacity "
      "of 800 blades and employs 350 people."], "350", "subject", "Ventora"),
    (["Canadian software developer Northpine opened an office in Chengdu's Tianfu Software Park. The office has "
      "45 staff."], "45", "subject", "Northpine"),
    # the site opens the clause, the park only says where it is
    (["Italian coffee machine maker Brevetti Rossi opened its first Chinese factory in Kunshan on Thursday. The "
      "factory, in the Kunshan Economic and Technological Development Zone, will employ 220 people."],
     "220", "subject", "Brevetti Rossi"),
    (["Danish hearing aid producer Oticorp has started building a plant in the Suzhou Industrial Park. Located in "
      "the park's biomedical cluster, the plant will cost 600 million yuan."], "600 million", "subject", "Oticorp"),
    (["Danish hearing aid producer Oticorp has started building a plant in the Suzhou Industrial Park. Located in "
      "the park's biomedical cluster, the plant will cost 600 million yuan."], "600 million", "regions", ["Suzhou"]),
    # a verb in the past between a name and the noun: the clause is the first name's, not the one the noun introduces
    (["Hengda Group said on Monday it had bought chipmaker Xinwei Semiconductor for 2 billion yuan."],
     "2 billion", "subject", "Hengda Group"),
]

MAIN_CLAUSE = [
    (["That year, the ride-hailing giant Didi Chuxing and JD Finance either invested in the zone or moved there.",
      "Over the past five years, as Beijing, Tianjin and Hebei have pursued coordinated development, Tianjin has "
      "become the registered home of more than 3,200 Beijing enterprises."], "3,200", "subject", "Tianjin"),
    (["Since 2020, as costs in Shenzhen and Shanghai have climbed, Dongguan has drawn 1,400 hardware startups."],
     "1,400", "subject", "Dongguan"),
    # two firms introduced by one description: the next sentence goes on about neither alone
    (["The Hefei High-tech Zone is home to many chip firms.",
      "Last year, the chip designer Xinwei Semiconductor and Hengda Group moved their headquarters there.",
      "So far, the zone has drawn 536 companies."], "536", "subject", "Hefei High-tech Zone"),
]


PARK_GROUPS = [
    (["The Zhangjiang Science City in Shanghai is the city's chip and drug hub.",
      "Zhangjiang firms filed 9,000 patent applications in 2023, up 12 percent."], "9,000", "subject",
     "Zhangjiang Science City"),  # (r12: the site by its fullest name in the article)
    (["Beijing said on Tuesday that Zhongguancun enterprises generated total revenue of 8.7 trillion yuan in 2023."],
     "8.7 trillion", "subject", "Zhongguancun"),
    (["Officials announced last week that Suzhou Industrial Park companies had exported goods worth 58 billion "
      "dollars."], "58 billion", "subject", "Suzhou Industrial Park"),
    (["Companies in the Suzhou Industrial Park posted revenue of 1.1 trillion yuan last year."], "1.1 trillion",
     "subject", "Suzhou Industrial Park"),
    (["Chengdu's economy grew 6 percent last year.", "Chengdu Hi-tech Zone companies reported output of 320 billion "
      "yuan in the first half."], "320 billion", "subject", "Chengdu Hi-tech Zone"),
    # a city's firms stay a group: they are counted by where they come from, and act elsewhere
    (["Beijing enterprises had launched 400 projects in Tianjin by the end of 2018."], "400", "subject",
     "Beijing enterprises"),
    # firms as a group, or the sector, after a sentence about one company: the place, not the company
    (["Hexin Robotics closed a 500 million yuan round in Hangzhou.",
      "Companies in the sector raised 12 billion yuan in total in the first half."], "12 billion", "subject",
     "Hangzhou"),
    (["Tianjin is courting chipmakers.", "Jinghe Semiconductor opened a design center in Tianjin in May.",
      "High-tech companies numbered 11,000 at the end of June, up 9 percent."], "11,000", "subject", "Tianjin"),
    (["Suzhou Industrial Park hosts 5,000 foreign firms. Novaris Biotech opened its second plant there in April.",
      "Biomedical companies in the park generated output of 150 billion yuan last year."], "150 billion", "subject",
     "Suzhou Industrial Park"),
    # (the company itself, or its number of staff, stays the company's)
    (["Hexin Robotics closed a 500 million yuan round in Hangzhou.", "The number of its engineers rose to 300."],
     "300", "subject", "Hexin Robotics"),
]


LINKS = [
    (["The Shanghai-Suzhou-Huzhou intercity railway, 164 km long, will open next year."], "164", "subject",
     "Shanghai-Suzhou-Huzhou intercity railway"),
    (["The Beijing-Xiong'an intercity railway cut the journey to 50 minutes."], "50", "subject",
     "Beijing-Xiong'an intercity railway"),
    (["The Chengdu-Chongqing high-speed railway carries 100,000 passengers a day."], "100,000", "subject",
     "Chengdu-Chongqing high-speed railway"),
    (["The Hangzhou-Shaoxing-Taizhou expressway is 162 kilometers long."], "162", "subject",
     "Hangzhou-Shaoxing-Taizhou expressway"),
    (["The Hangzhou-Shaoxing-Taizhou expressway is 162 kilometers long."], "162", "regions",
     ["Hangzhou", "Shaoxing", "Taizhou"]),
    (["Trains on the Beijing-Shanghai line run at up to 350 km per hour."], "350", "subject", "Beijing-Shanghai line"),
    # a region named by its places is still the places
    (["The Beijing-Tianjin-Hebei region attracted 300 billion yuan of investment."], "300 billion", "subject",
     "Beijing-Tianjin-Hebei"),
]


BRANDS = [
    (["NIO delivered 20,000 cars in August.", "BYD sold 370,000 vehicles in the same month."], "20,000", "subject",
     "NIO"),
    (["NIO delivered 20,000 cars in August.", "BYD sold 370,000 vehicles in the same month."], "370,000", "subject",
     "BYD"),
    (["Xpeng shipped 13,000 vehicles in July, up 15 percent."], "15 percent", "subject", "Xpeng"),
    (["Li Auto delivered 48,000 vehicles in October, up 20 percent."], "48,000", "subject", "Li Auto"),
    (["CATL employs more than 100,000 people worldwide."], "100,000", "subject", "CATL"),
    (["Xiaomi shipped 41 million smartphones in the third quarter."], "41 million", "subject", "Xiaomi"),
    # a place, or a plural noun, that opens such a sentence is no company
    (["Tianjin sold 12,000 new energy vehicles in 2023."], "12,000", "subject", "Tianjin"),
    (["Dealers sold 3,000 cars in the city last month."], "3,000", "subject", None),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected",
                         INTRODUCED_FIRM + MAIN_CLAUSE + PARK_GROUPS + LINKS + BRANDS)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure_of(paragraphs, mention), field) == expected
