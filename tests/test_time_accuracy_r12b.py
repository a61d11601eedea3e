"""Figure times, twelfth round (b): a forecast of a quarter or half still to come ("new supply is due in the second
half") is of the year under way, not of the year before; "of the half" in a quarterly report is the half that has
ended, and names a noun's period only (the next sentence keeps the quarter).  Unchanged neighbours: present-tense
figures after a dated sentence, targets with no deadline, the end of the year a paragraph is on.  New sentences
written for this test (none taken from a fixture)."""
import pytest

from helpers import figure_times


def _time(published, paragraphs, mention):
    got = figure_times(published, *paragraphs.split("\n"))
    assert mention in got, (mention, got)
    return got[mention]


@pytest.mark.parametrize("published, paragraphs, mention, expected", [
    # a forecast or schedule of a part of the year still to come: the year under way
    ("2025-08-10", "About 210,000 sq m of new supply is due in the second half.", "About 210,000 sq m",
     ("2025-12", "2025-07")),
    ("2025-08-10", "Some 95,000 square meters of offices are expected in the second half.", "Some 95,000 square meters",
     ("2025-12", "2025-07")),
    ("2025-04-20", "A further 40,000 sq m is scheduled for the third quarter.", "40,000 sq m", ("2025-09", "2025-07")),
    ("2025-08-10", "Another 120,000 sq m will be completed in the fourth quarter.", "120,000 sq m",
     ("2025-12", None)),
    # "of the half", "in the half-year": the half that has ended
    ("2025-08-10", "In the second quarter, net absorption reached 85,000 sq m.\nThe largest lease of the half, "
                   "6,500 sq m, was signed by a bank.", "6,500 sq m", ("2025-06", "2025-01")),
    ("2025-02-15", "The biggest deal of the half was a 12,000 square meter lease.", "12,000 square meter",
     ("2024-12", "2024-07")),
    ("2025-08-10", "In the half-year, the park signed 46 leases.", "46", ("2025-06", "2025-01")),
])
def test_parts_ahead_and_the_half(published, paragraphs, mention, expected):
    assert _time(published, paragraphs, mention) == expected


@pytest.mark.parametrize("published, paragraphs, mention, expected", [
    # the quarter is still what the next sentence reports
    ("2025-08-10", "In the second quarter, net absorption reached 85,000 sq m.\nThe largest lease of the half, "
                   "6,500 sq m, was signed by a bank.\nRents fell 2.1% quarter on quarter.", "2.1%",
     ("2025-06", "2025-04")),
    # a part of the year reported in the past: the last one that ended, as before
    ("2025-08-10", "Exports rose 9 percent in the second half.", "9 percent", ("2024-12", "2024-07")),
    ("2025-08-10", "Sales grew 14 percent in the fourth quarter.", "14 percent", ("2024-12", "2024-10")),
    ("2025-08-10", "The firm expects that sales grew 5 percent in the fourth quarter.", "5 percent",
     ("2024-12", "2024-10")),
    # "the half of", "one and a half": not a half-year
    ("2025-08-10", "In the half of the district north of the river, 300 firms are registered.", "300",
     ("2025-08-10", None)),
    # a present-tense figure after a dated one holds at publication; the dated sale is of its year
    ("2024-05-10", "In 2018 the company sold 4,600 tonnes of seed. It now has 85 staff, three quarters of them "
                   "researchers.", "85", ("2024-05-10", None)),
    ("2024-05-10", "In 2018 the company sold 4,600 tonnes of seed.\nToday the firm employs 85 people.",
     "4,600 tonnes", ("2018", None)),
    # a target with no deadline has no time, whatever year came before
    ("2024-05-10", "In 2021, the park had 300 firms.\nThe center aims to attract 1,000 enterprises.", "1,000",
     (None, None)),
    ("2024-05-10", "In 2023 the district opened a center. Eight new incubators are planned.", "Eight", (None, None)),
    # the end of the year a paragraph is on
    ("2022-12-10", "The index rose to 286.4 in 2021. More than 1,300 projects were under way at the end of the year.",
     "More than 1,300", ("2021-12-31", None)),
])
def test_parts_unchanged(published, paragraphs, mention, expected):
    assert _time(published, paragraphs, mention) == expected


@pytest.mark.parametrize("published, paragraphs, mention, expected", [
    # a part of a tally counted since a start, picked out in the next sentence: since that start too
    ("2024-05-10", "Since 2015, 1,120 projects have settled in the park. Nine of them are listed companies.", "Nine",
     ("2024-05-10", "2015")),
    ("2024-05-10", "Since 2015, 1,120 projects have settled in the park.\nOf these, 300 are foreign firms.", "300",
     ("2024-05-10", "2015")),
])
def test_partitive_of_a_tally_since(published, paragraphs, mention, expected):
    assert _time(published, paragraphs, mention) == expected


@pytest.mark.parametrize("published, paragraphs, mention, expected", [
    # no tally since a start before it, or no part of one: unchanged
    # a share of the tally is the make-up of the whole now, with no start
    ("2024-05-10", "Since 2019, the fund has backed 80 startups.\nAbout half of them are in Beijing.", "About half",
     ("2024-05-10", None)),
    ("2024-05-10", "The park has 800 firms.\nNine of them are listed companies.", "Nine", ("2024-05-10", None)),
    ("2024-05-10", "Since 2015, 1,120 projects have settled in the park.\nThe park now employs 30,000 people.",
     "30,000", ("2024-05-10", None)),
    ("2024-05-10", "Since 2015, 1,120 projects have settled in the park.\nIts 40 labs are open to all of them.", "40",
     ("2024-05-10", None)),
])
def test_partitive_unchanged(published, paragraphs, mention, expected):
    assert _time(published, paragraphs, mention) == expected


@pytest.mark.parametrize("published, paragraphs, mention, expected", [
    # a forecast further from its part of the year, or of H2
    ("2025-07-20", "New supply of 300,000 sq m is expected in H2.", "300,000 sq m", ("2025-12", "2025-07")),
    ("2025-07-20", "Rents are forecast to fall 2.5% in the second half.", "2.5%", ("2025-12", "2025-07")),
    # a forecast in another clause does not reach the past quarter's figure
    ("2025-07-20", "Exports, which are expected to recover, fell 4% in the fourth quarter.", "4%",
     ("2024-12", "2024-10")),
    # a quarter-on-quarter change, a flow "in the quarter", after a quarter's last day: over that quarter
    ("2025-07-20", "At the end of June, the vacancy rate was 22%.\nRents fell 2.1% quarter on quarter.", "2.1%",
     ("2025-06", "2025-04")),
    ("2025-10-15", "As of September 30, the park had 410 tenants.\nNet absorption was 40,000 sq m in the quarter.",
     "40,000 sq m", ("2025-09", "2025-07")),
    ("2025-10-15", "At the end of September, rents were 2.4% higher quarter-on-quarter.", "2.4%",
     ("2025-09", "2025-07")),
    # the point itself stays a point; a month that ends no quarter is left alone
    ("2025-07-20", "At the end of June, the vacancy rate was 22%.\nRents fell 2.1% quarter on quarter.", "22%",
     ("2025-06-30", None)),
    ("2025-07-20", "At the end of May, the vacancy rate was 22%.\nRents fell 2.1% quarter on quarter.", "2.1%",
     ("2025-05-31", None)),
    # a stock read at the quarter's end whose sentence goes on to another figure's flow "in the quarter" (the lead's
    # narrowing after the merge): the stock stays a point, the flow is the quarter's
    ("2025-07-16", "The city's Grade A stock reached 3.96 million sq m at the end of the second quarter, after about "
     "85,000 sq m of new supply was delivered in the quarter.", "3.96 million sq m", ("2025-06-30", None)),
    ("2025-07-16", "The city's Grade A stock reached 3.96 million sq m at the end of the second quarter, after about "
     "85,000 sq m of new supply was delivered in the quarter.", "about 85,000 sq m", ("2025-06", "2025-04")),
])
def test_forecast_and_quarter_changes(published, paragraphs, mention, expected):
    assert _time(published, paragraphs, mention) == expected


def _titled(title, published, *paragraphs):
    from helpers import paragraphs_article
    from zgc_etl.parse import extract_figures

    return {f.mention: (f.as_of, f.period_start)
            for f in extract_figures(paragraphs_article(*paragraphs, published=published, title=title))}


@pytest.mark.parametrize("title, mention, expected", [
    # a report titled by the quarter or half it covers: its undated figures are of that period
    ("Q2 2025 | Tianjin office market", "40,000 sq m", ("2025-06", "2025-04")),
    ("Tianjin office market Q2 2025", "40,000 sq m", ("2025-06", "2025-04")),
    ("H1 2025: Beijing retail review", "40,000 sq m", ("2025-06", "2025-01")),
    ("Tianjin grade A offices, Q2", "40,000 sq m", ("2025-06", "2025-04")),
    # a news headline that reports a quarter, or a period not yet ended: unchanged
    ("Exports rose 5 percent in the second quarter", "40,000 sq m", ("2025-07-20", None)),
    ("Q3 2025 | Tianjin office market", "40,000 sq m", ("2025-07-20", None)),
    ("Tianjin office market", "40,000 sq m", ("2025-07-20", None)),
    # a present-tense figure with a time of its own ("now"): unchanged
    ("Q2 2025 | Tianjin office market", "300", ("2025-07-20", None)),
])
def test_headline_part(title, mention, expected):
    got = _titled(title, "2025-07-20", "Net absorption totalled 40,000 sq m.", "The zone now has 300 firms.")
    assert got[mention] == expected, got
