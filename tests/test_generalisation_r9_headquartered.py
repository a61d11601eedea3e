"""A firm described by where it is headquartered ('Tianjin-headquartered X') is read like 'Tianjin-based X': the place says where X sits, X acts.

Sentences written for these tests (varied news English, from branch r8-acc-subj's
tests/test_context_generalisation_r8.py and new ones), each case one construction."""
import pytest

from helpers import figure_of


# (paragraphs, mention, field, expected)
CASES = [
    (["Tianjin-headquartered Tianhai Logistics invested 800 million yuan in a warehouse hub in Langfang."],
     "800 million yuan", "subject", "Tianhai Logistics"),
    (["Tianjin-headquartered Tianhai Logistics invested 800 million yuan in a warehouse hub in Langfang."],
     "800 million yuan", "regions", ["Langfang"]),
    (["Shenzhen-headquartered Huawei Technologies Co employs 3,000 people in Tianjin."], "3,000", "regions",
     ["Tianjin"]),
    (["Last year Hangzhou-headquartered Zhiyuan Robotics opened a plant in Baoding that employs 600 workers."],
     "600", "subject", "Zhiyuan Robotics"),
    (["A Shanghai-headquartered chip designer has hired 250 engineers in Wuxi, it said on Tuesday."],
     "250", "regions", ["Wuxi"]),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", CASES)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure_of(paragraphs, mention), field) == expected
