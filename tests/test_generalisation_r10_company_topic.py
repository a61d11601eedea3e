"""What "the company" and a bare figure refer to after a company is introduced.

- an anaphor of the class of the body the sentence before opened with refers to that body, not to the last body of
  its class the sentence named ("X signed a deal with Y Group. The company will invest ..."; ported from branch
  r8-acc-subj, commits a43f157/713ace9);
- a company that a sentence about a place or a park introduces with a description in apposition ("Chengdu Hi-tech
  Zone hosts Tongwei Co, a solar cell maker.") is what the next sentences go on about, not its host.

Sentences written for these tests (varied news English), each case one construction."""
import pytest

from helpers import figure_of


# (paragraphs, mention, field, expected)
CASES = [
    (["Lanting Optics signed a supply agreement with Hengda Group on Monday. The company will invest 300 million "
      "yuan in a new production line."], "300 million yuan", "subject", "Lanting Optics"),
    (["Xinyu Pharmaceutical Co has formed a joint venture with Boehringer Group. The company expects the venture to "
      "bring in 1.5 billion yuan a year."], "1.5 billion yuan", "subject", "Xinyu Pharmaceutical Co"),
    # the last one named still wins when the sentence before did not open with a body of the anaphor's class
    (["In March, Zhongguancun Science Park signed a deal with Hengda Group. The company will invest 300 million "
      "yuan in the park."], "300 million yuan", "subject", "Hengda Group"),
    (["Chengdu Hi-tech Zone hosts Tongwei Co, a solar cell maker. Revenue rose 38 percent last year to 139 billion "
      "yuan."], "139 billion yuan", "subject", "Tongwei Co"),
    (["Hefei is home to Sungrow Power Supply Co, the world's second-largest inverter supplier. Its shipments grew "
      "to 130 gigawatts in 2023, up 69 percent."], "69 percent", "subject", "Sungrow Power Supply Co"),
    (["The park has also attracted Dalian Bingshan Group, a refrigeration equipment maker. The group plans to "
      "hire 400 workers there by 2026."], "400", "subject", "Dalian Bingshan Group"),
    # a company named in passing, without a description, leaves the place the topic
    (["Chengdu hosts Tongwei Co and several other solar firms. Its GDP rose 6 percent last year."],
     "6 percent", "subject", "Chengdu"),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", CASES)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure_of(paragraphs, mention), field) == expected
