"""Places named as one whole by their joining words ("Guangzhou, together with Foshan and Zhaoqing", "Nanjing, along
with Zhenjiang", "Chengdu, as well as Chongqing", "Haidian's and Chaoyang's combined output", "Shenzhen and
Dongguan's joint exports", "Beijing and Tianjin each") are all the figure's regions, two of them as well as more.

Sentences written for these tests (varied news English), each case one construction."""
import pytest

from helpers import figure_of


# (paragraphs, mention, expected regions)
CASES = [
    (["Guangzhou, together with Foshan and Zhaoqing, generated 4 trillion yuan of output last year."],
     "4 trillion yuan", ["Guangzhou", "Foshan", "Zhaoqing"]),
    (["Nanjing, along with Zhenjiang and Yangzhou, attracted 60 billion yuan of investment in 2023."],
     "60 billion yuan", ["Nanjing", "Zhenjiang", "Yangzhou"]),
    (["Haidian's and Chaoyang's combined output topped 2 trillion yuan."], "topped 2 trillion yuan",
     ["Haidian", "Chaoyang"]),
    (["Shenzhen and Dongguan's joint exports reached 3 trillion yuan."], "3 trillion yuan", ["Shenzhen", "Dongguan"]),
    (["Chengdu, as well as Chongqing, saw car output rise 10 percent."], "10 percent", ["Chengdu", "Chongqing"]),
    (["Guangzhou and Foshan together produced 3 million cars last year."], "3 million", ["Guangzhou", "Foshan"]),
    (["Suzhou, along with neighbouring Wuxi, exported goods worth 90 billion dollars."], "90 billion dollars",
     ["Suzhou", "Wuxi"]),
    (["Beijing and Tianjin each added 5,000 firms."], "5,000", ["Beijing", "Tianjin"]),
    (["Chengdu's and Chongqing's car makers built 2.5 million vehicles between them in 2023."], "2.5 million",
     ["Chengdu", "Chongqing"]),
    # a place joined to a figure's sentence by other words, or only named after the figure, stays apart
    (["Beijing drew 30 billion yuan, along with a pledge from Tianjin."], "30 billion yuan", ["Beijing"]),
    (["Beijing and Tianjin signed 12 deals, while Hebei signed 5."], "5", ["Hebei"]),
]


@pytest.mark.parametrize("paragraphs, mention, expected", CASES)
def test_regions_of_figure(paragraphs, mention, expected):
    assert figure_of(paragraphs, mention).regions == expected


def test_two_places_in_a_plain_list_stay_two():
    from zgc_etl.parse.context import _compounds
    from zgc_etl.parse.regions import find_places

    text = "Talks in Beijing and Tianjin went well."
    assert [n for _, n in _compounds(text, find_places(text))] == [("Beijing",), ("Tianjin",)]
    text = "Beijing, together with Tianjin, went ahead."
    assert [n for _, n in _compounds(text, find_places(text))] == [("Beijing", "Tianjin")]
