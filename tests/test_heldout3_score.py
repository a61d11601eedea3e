"""The parser against the third held-out set (tests/fixtures/heldout3), scored by the project's scorer.

The twelve articles and their 194 labels were written in round seven without reading zgc_etl/ or the other held-out
sets, and were labelled and checked before the parser was first run on them (see the set's NOTES.md). They mix
outlets' styles (wire, city daily, business weeklies, a government release, a property consultancy's market note,
zone and city websites) and carry traps that are not figures (phone and stock codes, ages, index bases, thresholds,
"one of eight", page-view counters). Held-out 2 is being tuned on in round seven, so this set is the fresh measure of
whether the rules generalise. The floors sit 0.02 under what main's parser (PARSER_VERSION 0.7.0) scored when the set
was made: detection 0.977, strict 0.774, qualifier 0.995, kind 0.964, as_of 0.818, period_start 0.885, regions 0.766,
subject 0.641, measure 0.729, alt 1.000. After the seventh session's parser work (PARSER_VERSION 0.8.0): detection
0.985, strict 0.842, kind 0.964, as_of 0.881, period_start 0.891, regions 0.803, subject 0.751, measure 0.746, and the
floors moved up to about 0.02 under those. The eighth session's time, kind and qualifier pass (PARSER_VERSION
0.8.1): strict 0.857, as_of 0.896 -- three figures of one class its brief named from the seventh session's notes on
these sets' errors ("reported gross domestic product of ... respectively" read as past), so not a blind gain. A change that makes the parser worse on unseen text fails here; raise a
floor when a change lifts its field, never lower one.
"""
from __future__ import annotations

import pytest

from test_dev_score import FIX, _scorer, predictions

HELDOUT3 = FIX / "heldout3"


@pytest.fixture(scope="module")
def heldout3_result():
    score = _scorer()
    gold = score.load_gold([str(HELDOUT3)])
    return score.score(gold, predictions(HELDOUT3), verbose=False)


def test_every_article_has_gold():
    articles = sorted(p.stem for p in HELDOUT3.iterdir() if p.suffix in (".txt", ".html"))
    labels = sorted(p.stem for p in HELDOUT3.glob("*.json"))
    assert articles == labels
    assert len(articles) == 12


def test_heldout3_gold_is_well_formed():
    """Every mention is in its article, every value is readable from its mention, every unit, kind, qualifier
    and date is in the contract's vocabulary."""
    score = _scorer()
    assert score.check_gold(score.load_gold([str(HELDOUT3)])) == 0


def test_heldout3_detection_and_provenance(heldout3_result):
    r = heldout3_result
    assert r["detection"]["f1"] >= 0.965, r["detection"]
    assert r["provenance"] == 1.0


def test_heldout3_value_attributes(heldout3_result):
    acc = heldout3_result["accuracy_on_matched"]
    assert acc["qualifier"] >= 0.974, acc
    assert acc["kind"] >= 0.943, acc
    assert acc["alt"] >= 0.98, acc


def test_heldout3_time_attributes(heldout3_result):
    acc = heldout3_result["accuracy_on_matched"]
    assert acc["as_of"] >= 0.905, acc  # 0.896 -> 0.922 at 0.11.0
    assert acc["period_start"] >= 0.87, acc
    assert heldout3_result["strict"]["f1"] >= 0.865, heldout3_result["strict"]  # 0.864 at 0.10.0, 0.882 at 0.11.0


def test_heldout3_context_attributes(heldout3_result):
    acc = heldout3_result["accuracy_on_matched"]
    # eleventh session (PARSER_VERSION 0.10.0): regions 0.824 -> 0.886, subject 0.788 -> 0.855, measure 0.793 -> 0.819
    assert acc["regions"] >= 0.87, acc
    assert acc["subject"] >= 0.85, acc  # 0.870 at 0.11.0
    assert acc["measure"] >= 0.81, acc  # 0.829 at 0.11.0
