"""A possessive pronoun before a relation and a name ("Its rival Hengtong Photonics said ...", "Their parent company,
Fosun Group, ...") opens a clause about the named body, not about the pronoun's owner.

Sentences written for these tests (varied news English), each case one construction."""
import pytest

from helpers import figure_of


# (paragraphs, mention, field, expected)
CASES = [
    (["Lanting Optics reported revenue of 2 billion yuan. Its rival Hengtong Photonics said sales rose 25 percent."],
     "25 percent", "subject", "Hengtong Photonics"),
    (["Deepin Robotics raised 1.2 billion yuan in May. Its parent company, Zhejiang Hengyi Group, holds 40 percent of "
      "the shares."], "40 percent", "subject", "Zhejiang Hengyi Group"),
    (["Lanting Optics opened a plant in Wuxi. Its main customer Xiaomi Corp bought 30 million lenses last year."],
     "30 million", "subject", "Xiaomi Corp"),
    # guards: "its" followed by what it owns stays the owner's
    (["Lanting Optics opened a plant in Wuxi. Its revenue in Jiangsu rose 14 percent last year."],
     "14 percent", "subject", "Lanting Optics"),
    (["Lanting Optics opened a plant in Wuxi. Its Beijing unit employs 400 people."],
     "400", "subject", "Lanting Optics"),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", CASES)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure_of(paragraphs, mention), field) == expected
