"""Figures about a park, a zone or a sub-market take it as subject.

- "the submarket" refers back to the sub-market of a property report ("Beijing's Wangjing submarket");
- "the Lingang Special Area", "the Shunyi Enterprise Centralized Office Area": capitalised words before a
  capitalised head make a name, not an anaphor that refers back to an earlier zone;
- "the area" refers to the area the sentence before opened with (a zone of class "area"), as "the zone" does.

Sentences written for these tests (varied news English), each case one construction."""
import pytest

from helpers import figure_of


# (paragraphs, mention, field, expected)
CASES = [
    (["Office vacancy in Beijing's Wangjing submarket fell to 18 percent in the third quarter, according to a "
      "property consultancy. Rents in the submarket dropped 3.1 percent from the previous quarter."],
     "3.1 percent", "subject", "Beijing's Wangjing submarket"),
    (["Vacancy in the Lujiazui submarket of Shanghai rose to 17.5 percent. Net absorption in the submarket was "
      "40,000 square meters."], "40,000 square meters", "subject", "Lujiazui submarket"),
    (["The Lingang Special Area of the China (Shanghai) Pilot Free Trade Zone attracted 420 new projects last year. "
      "Total investment in the area exceeded 160 billion yuan."], "exceeded 160 billion yuan", "subject",
     "Lingang Special Area"),
    (["The Guangdong-Macao Intensive Cooperation Zone has drawn many firms from Macao. Last May, the Hengqin Enterprise Service Area, with floor space of "
      "about 12,000 square meters, opened to tenants."], "about 12,000 square meters", "subject",
     "Hengqin Enterprise Service Area"),
    (["The Jinqiao Export Processing Zone was set up in 1990. In March, the Pudong Innovation Center opened in "
      "Jinqiao with 80 laboratories."], "80", "subject", "Pudong Innovation Center"),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", CASES)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure_of(paragraphs, mention), field) == expected
