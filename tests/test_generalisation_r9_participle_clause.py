"""A measure phrase followed by a participle clause ('The value of technology contracts signed by Tianjin firms with Beijing partners rose to ...') is the phrase before the participle, not the clause's last noun; 'the number of X incubated by ...' counts X.

Sentences written for these tests (varied news English, from branch r8-acc-subj's
tests/test_context_generalisation_r8.py and new ones), each case one construction."""
import pytest

from helpers import figure_of


# (paragraphs, mention, field, expected)
CASES = [
    (["The value of technology contracts signed by Tianjin firms with Beijing partners rose to 12 billion yuan."],
     "12 billion yuan", "measure", "value of technology contracts"),
    (["The number of startups incubated by the platform reached 320 at the end of June."], "320", "measure",
     "startups"),
    (["Sales of vehicles produced by the Tianjin plant hit 80,000 units in the first half."], "80,000", "measure",
     "Sales of vehicles"),
    (["The volume of goods handled at the port between January and June came to 230 million tonnes."],
     "230 million tonnes", "measure", "volume of goods"),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", CASES)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure_of(paragraphs, mention), field) == expected
