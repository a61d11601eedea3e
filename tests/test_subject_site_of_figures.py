"""A sentence that opens with no name but reports the figures of a site it names inside ("Grade A rents in the
Lujiazui submarket in Pudong averaged ...") makes that site what the next sentences that name nothing are about
("The vacancy rate climbed ..."), not the place around it or the city in the title."""
import pytest

from helpers import paragraphs_article
from zgc_etl.parse import extract_figures


def _figures(*paragraphs, title="Office market review"):
    art = paragraphs_article(*paragraphs, published="2024-07-18", title=title)
    return {f.mention: (f.subject, f.regions) for f in extract_figures(art)}


@pytest.mark.parametrize("title", ["Office market review", "Shanghai office market Q2 2024: Lujiazui rents ease"])
def test_a_named_submarket_carries_to_the_next_sentence(title):
    got = _figures("Grade A office rents in the Lujiazui submarket in Pudong averaged 226 yuan per square meter per "
                   "month in the second quarter, down 1.7 percent from the previous quarter.",
                   "The vacancy rate climbed 2.2 percentage points to 19.4 percent at the end of June.", title=title)
    assert got["2.2 percentage points"][0] == "Lujiazui submarket"
    assert got["19.4 percent"] == ("Lujiazui submarket", ["Pudong New Area"])


def test_a_named_park_carries_to_the_next_sentence():
    got = _figures("Output at companies in the Songshan Lake Science and Technology Industrial Park reached 120 billion "
                   "yuan last year.", "Exports rose 14 percent.")
    assert got["14 percent"][0] == "Songshan Lake Science and Technology Industrial Park"


def test_a_generic_site_does_not_carry():
    # "the industrial park" is no name: the next sentence stays with the city the text is about
    got = _figures("Wuxi attracted 40 projects last year.",
                   "Investment in the industrial park reached 12 billion yuan.", "Exports rose 9 percent.")
    assert got["9 percent"][0] != "industrial park"


def test_a_sentence_that_opens_with_a_name_keeps_it():
    got = _figures("Fosun Pharma said sales in the Zhangjiang Science City unit rose 8 percent.",
                   "Profit fell 3 percent.")
    assert got["3 percent"][0] != "Zhangjiang Science City"
