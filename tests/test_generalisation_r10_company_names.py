"""A company named without a head noun is still a company, and its figures are its own.

- a name that ends with a word for a trade ("Shenzhen Guanghe Technology", "Fengyuan Energy", "Beijing Zhiyuan
  Chips") names a company, even when it opens with a place;
- a description before the name, in apposition ("A French valve maker, Moreau Industries, said ..."), is no
  subject of its own: the name is;
- "Tianjin-based Yunhe Logistics" is a company although its name opens with a place;
- names given as examples ("firms such as PingPong and Lianlian Technology") are not what the clause is about.

Sentences written for these tests (varied news English), each case one construction."""
import pytest

from helpers import figure_of


# (paragraphs, mention, field, expected)
CASES = [
    (["Shenzhen Guanghe Technology listed in Hong Kong in 2021. Last year the firm sold 3.2 million smart meters, "
      "while net profit climbed 17 percent."], "3.2 million", "subject", "Shenzhen Guanghe Technology"),
    (["Shenzhen Guanghe Technology listed in Hong Kong in 2021. Last year the firm sold 3.2 million smart meters, "
      "while net profit climbed 17 percent."], "17 percent", "subject", "Shenzhen Guanghe Technology"),
    (["Xiamen has become a hub for battery makers. Fengyuan Energy, which was spun off from a state utility in 2016, "
      "makes cells for electric buses. Sales jumped 52 percent last year to 6.4 billion yuan."],
     "6.4 billion yuan", "subject", "Fengyuan Energy"),
    (["Beijing Zhiyuan Chips, founded in 2014, is based in Haidian district. It shipped 12 million processors "
      "last year."], "12 million", "subject", "Beijing Zhiyuan Chips"),
    (["Wuhan Ruiguang Photonics expects to double its output. The group delivered 40,000 laser modules in 2023."],
     "40,000", "subject", "Wuhan Ruiguang Photonics"),
    (["A French valve maker, Moreau Industries, said on Tuesday it would invest 45 million euros in a factory in "
      "Changzhou."], "45 million euros", "subject", "Moreau Industries"),
    (["A French valve maker, Moreau Industries, said on Tuesday it would build a factory in Changzhou. "
      "The firm expects sales in China to reach 300 million euros by 2027."],
     "300 million euros", "subject", "Moreau Industries"),
    (["One Dutch greenhouse maker, Van Dijk Kassen, has signed contracts worth 12 million euros in Shouguang."],
     "12 million euros", "subject", "Van Dijk Kassen"),
    (["Tianjin-based Yunhe Logistics reported net profit of 88 million yuan for 2023."],
     "88 million yuan", "subject", "Yunhe Logistics"),
    # a generic phrase before a trade word names no firm
    (["Investment in Clean Energy rose 14 percent in Hebei last year."], "14 percent", "subject", "Hebei"),
    # examples of a kind are not the clause's subject
    (["Besides fintech firms such as PingPong and Lianlian Technology, logistics has grown: cargo handled at "
      "Xiasha port climbed 12 percent to 42 million tonnes."], "42 million tonnes", "subject", "Xiasha port"),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", CASES)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure_of(paragraphs, mention), field) == expected
