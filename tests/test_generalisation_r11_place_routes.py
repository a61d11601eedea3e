"""A distance or a travel time on a route lists both its ends, whatever the measure is called ("the 180-km line
linking Chengdu and Chongqing", "the 120 km between Beijing and Xiongan", "a railway connecting Hangzhou with
Wenzhou") (FIGURES.md: a distance or travel time between two places lists both).

Sentences written for these tests (varied news English), each case one construction."""
import pytest

from helpers import figure_of


# (paragraphs, mention, expected regions)
CASES = [
    (["The 180-km line linking Chengdu and Chongqing opened in 2015."], "180-km", ["Chengdu", "Chongqing"]),
    (["Trains now cover the 120 km between Beijing and Xiongan in under an hour."], "120 km",
     ["Beijing", "Xiong'an New Area"]),
    (["A new 260-km railway connecting Hangzhou with Wenzhou will open next year."], "260-km",
     ["Hangzhou", "Wenzhou"]),
    (["The expressway joining Xiamen and Zhangzhou is 45 km long."], "45 km", ["Xiamen", "Zhangzhou"]),
    (["A bullet train between Guiyang and Guangzhou takes about four hours, down from 20."], "about four hours",
     ["Guiyang", "Guangzhou"]),
    (["The direct train from Shenzhen to Wuhan takes under five hours."], "under five hours", ["Shenzhen", "Wuhan"]),
    (["Tianjin is only 30 minutes by train from Beijing South Railway Station."], "30 minutes", ["Tianjin", "Beijing"]),
    # a route within one place, or a figure that is no distance, keeps its place
    (["Jinan's new metro line runs 26 km from the railway station to the airport."], "26 km", ["Jinan"]),
    (["Hangzhou's new area is well connected.", "It is a 40-minute ride from the new area to downtown Hangzhou."],
     "40-minute", ["Hangzhou"]),
    (["Firms from Shanghai invested 3 billion yuan linking Suzhou's parks."], "3 billion yuan", ["Suzhou"]),
]


@pytest.mark.parametrize("paragraphs, mention, expected", CASES)
def test_regions_of_figure(paragraphs, mention, expected):
    assert figure_of(paragraphs, mention).regions == expected
