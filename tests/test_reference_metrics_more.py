"""Issue 4: common measures land in the catalogue, not in 'unclassified'."""
from zgc_etl.reference import classify_metric


def test_common_measures_are_classified():
    assert classify_metric("average annual salary of software testers") == "wages"
    assert classify_metric("net loss") == "profit"
    assert classify_metric("electricity") == "energy"
    assert classify_metric("installed wind capacity") == "energy"
    assert classify_metric("passenger trips") == "transport_network"
    assert classify_metric("data centers") == "facilities"
    assert classify_metric("universities") == "organisations"
    assert classify_metric("5G subscribers") == "population"
    assert classify_metric("attendees") == "population"
    assert classify_metric("per capita labor productivity") == "productivity"


def test_specific_rows_still_win():
    assert classify_metric("production capacity") == "industrial_output"
    assert classify_metric("R&D spending") == "rd_investment"
    assert classify_metric("price per H share") == "price"
