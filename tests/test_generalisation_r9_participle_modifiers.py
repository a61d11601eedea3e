"""A participle between a counted noun's modifiers and the noun is a modifier too ('320 national-level specialized and sophisticated "little giant" enterprises', 'centrally administered state-owned enterprises'), unless the phrase already ends with a plural noun ('500 firms relocated ...'); 'operate(s)' is a verb.

Sentences written for these tests (varied news English, from branch r8-acc-subj's
tests/test_context_generalisation_r8.py and new ones), each case one construction."""
import pytest

from helpers import figure_of


# (paragraphs, mention, field, expected)
CASES = [
    (["The park has 320 national-level specialized and sophisticated 'little giant' enterprises producing niche "
      "products."], "320", "measure", "national-level specialized and sophisticated little giant enterprises"),
    (["Three more centrally administered state-owned enterprises have moved their headquarters to the new area."],
     "Three", "measure", "centrally administered state-owned enterprises"),
    (["About 800 national-level certified laboratories operate in the city."], "About 800", "measure",
     "national-level certified laboratories"),
    (["Some 500 firms relocated their headquarters to Xiong'an."], "Some 500", "measure", "firms"),
    (["The province has 1,200 provincially designated technology centers, officials said."], "1,200", "measure",
     "provincially designated technology centers"),
    (["Shenzhen is home to 60 newly listed companies this year."], "60", "measure", "newly listed companies"),
    (["The 300 firms surveyed reported higher sales."], "300", "measure", "firms"),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", CASES)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure_of(paragraphs, mention), field) == expected
