"""A later clause that speaks of the whole country ("and that year the country as a whole had 1,500", "while across
the whole of the country output rose 4.6 percent") is the country's, though an earlier clause of the sentence
named the place the text is about (FIGURES.md: a national figure or share is ["China"]); a benchmark or a rank
("beating the 5.2 percent of the whole country", "first in the country") is not.

Sentences written for these tests (varied news English), each case one construction."""
import pytest

from helpers import figure_of


# (paragraphs, mention, expected regions)
CASES = [
    (["Hangzhou is a digital hub.", "It had 52 listed tech firms in 2023, and that year the country as a whole had 1,500."],
     "1,500", ["China"]),
    (["Suzhou is an industrial powerhouse.", "Suzhou's output rose 6 percent, while across the whole of the country "
      "industrial output rose only 4.6 percent."], "4.6 percent", ["China"]),
    (["Hefei is growing.", "Its GDP grew 5.8 percent while GDP for the nation as a whole expanded 5.2 percent."],
     "5.2 percent", ["China"]),
    (["Beijing had 28,000 high-tech firms, while the country as a whole had 400,000."], "400,000", ["China"]),
    (["Shanghai's exports rose 8 percent, and for the nation as a whole they grew 3 percent."], "3 percent", ["China"]),
    (["Tianjin's R&D intensity was 3.7 percent in 2023; the figure for the whole country was 2.65 percent."],
     "2.65 percent", ["China"]),
    # the place's own figures, a share of the national total, a rank and a benchmark stay the place's
    (["Hangzhou is a digital hub.", "It had 52 listed tech firms in 2023, and that year the country as a whole had 1,500."],
     "52", ["Hangzhou"]),
    (["Beijing had 28,000 high-tech firms, about 7 percent of the total for the country as a whole."],
     "about 7 percent", ["Beijing"]),
    (["Shenzhen built 500 5G stations last year, and it now ranks first in the country with 80,000."], "80,000",
     ["Shenzhen"]),
    (["Wuhan is an optics hub.", "It makes 25 percent of the country's optical fiber, and it exported 3 billion dollars "
      "of it."], "3 billion dollars", ["Wuhan"]),
    (["Hefei's GDP grew 5.8 percent, beating the 5.2 percent of the whole country."], "5.8 percent", ["Hefei"]),
]


@pytest.mark.parametrize("paragraphs, mention, expected", CASES)
def test_regions_of_figure(paragraphs, mention, expected):
    assert figure_of(paragraphs, mention).regions == expected
