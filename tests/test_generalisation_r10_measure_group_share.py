"""A share of a group that a verb after the group picks out is measured by the part picked out, not by the group
alone nor by "people": "<share> of <group> are <class>" → "share of <class> in <group>"; "... have/hold <thing>" →
"share of <group> with <thing>"; "... work in/come from <place or field>" → "share of <group> in/from <...>"; an
adjective class ("are foreign-funded") goes before the group.

Sentences written for these tests (varied news English, none from a fixture), each case one construction."""
import pytest

from helpers import figure_of

# (paragraphs, mention, expected measure)
CASES = [
    (["About 65 percent of its 800 staff have a master's degree or above."], "About 65 percent",
     "share of staff with master's degree"),
    (["Over half of the workforce are technicians."], "Over half", "share of technicians in workforce"),
    (["Nearly a third of employees work in sales."], "Nearly a third", "share of employees in sales"),
    (["Roughly 40 percent of the company's employees are engineers."], "Roughly 40 percent",
     "share of engineers in employees"),
    (["About a quarter of the students come from rural areas."], "About a quarter",
     "share of students from rural areas"),
    (["More than 60 percent of the town's residents now work in tourism."], "More than 60 percent",
     "share of residents in tourism"),
    (["Some 80 percent of the startups were foreign-funded."], "Some 80 percent", "share of foreign-funded startups"),
    # the subject of "make up" is the part (round 11: it was "share of workforce", which a label naming the part,
    # "women in the workforce", does not match)
    (["Women make up 45 percent of the workforce."], "45 percent", "share of women in workforce"),
]


@pytest.mark.parametrize("paragraphs, mention, expected", CASES)
def test_share_of_a_group_names_its_part(paragraphs, mention, expected):
    assert figure_of(paragraphs, mention).measure == expected
