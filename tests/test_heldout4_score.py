"""The parser against the fourth held-out set (tests/fixtures/heldout4), scored by the project's scorer.

The twelve articles and their 211 labels were written in the twelfth session by an author who read FIGURES.md and
the dev set only, never zgc_etl/ nor the other held-out sets, and did not run the parser (see the set's NOTES.md).
It was scored once on the starting code (ba59a78, PARSER_VERSION 0.10.0) before any rule of that session was
merged: detection 0.918, strict 0.758, qualifier 1.000, kind 0.958, as_of 0.832, period_start 0.942, regions 0.737,
subject 0.847, measure 0.821, alt 1.000. One saved page of a zone committee's site put its body in TRS WCM's
``<div class="TRS_Editor">``, which the page reader took for chrome; with that fixed (525873e): detection 0.965,
strict 0.799, kind 0.962, as_of 0.833, period_start 0.947, regions 0.751, subject 0.833, measure 0.813. The
floors sit about 0.02 under those. The session's accuracy rules were written from the error classes of held-out 2
and 3, so this set is the blind measure of whether they generalise: raise a floor when a change lifts its field,
never lower one.
"""
from __future__ import annotations

import pytest

from test_dev_score import FIX, _scorer, predictions

HELDOUT4 = FIX / "heldout4"


@pytest.fixture(scope="module")
def heldout4_result():
    score = _scorer()
    gold = score.load_gold([str(HELDOUT4)])
    return score.score(gold, predictions(HELDOUT4), verbose=False)


def test_every_article_has_gold():
    articles = sorted(p.stem for p in HELDOUT4.iterdir() if p.suffix in (".txt", ".html"))
    labels = sorted(p.stem for p in HELDOUT4.glob("*.json"))
    assert articles == labels
    assert len(articles) == 12


def test_heldout4_gold_is_well_formed():
    """Every mention is in its article, every value is readable from its mention, every unit, kind, qualifier
    and date is in the contract's vocabulary."""
    score = _scorer()
    assert score.check_gold(score.load_gold([str(HELDOUT4)])) == 0


def test_heldout4_gold_offsets_point_at_their_mentions():
    """This set's labels also carry start/end; each must slice its mention out of the article's decoded text."""
    import json

    from zgc_etl.ingest.decode import decode_bytes

    for j in sorted(HELDOUT4.glob("*.json")):
        g = json.loads(j.read_text(encoding="utf-8"))
        text, _ = decode_bytes((HELDOUT4 / g["file"]).read_bytes())
        for f in g["figures"]:
            if "start" in f:
                assert text[f["start"]:f["end"]] == f["mention"], (g["file"], f["mention"])


def test_heldout4_detection_and_provenance(heldout4_result):
    r = heldout4_result
    assert r["detection"]["f1"] >= 0.945, r["detection"]
    assert r["provenance"] == 1.0


def test_heldout4_value_attributes(heldout4_result):
    acc = heldout4_result["accuracy_on_matched"]
    assert acc["qualifier"] >= 0.98, acc
    assert acc["kind"] >= 0.94, acc
    assert acc["alt"] >= 0.98, acc


def test_heldout4_time_attributes(heldout4_result):
    acc = heldout4_result["accuracy_on_matched"]
    assert acc["as_of"] >= 0.86, acc  # 0.833 -> 0.880 at 0.11.0 (the end-of-the-year rule, seen here)
    assert acc["period_start"] >= 0.94, acc  # 0.943 -> 0.957 at 0.11.0 (r12b-periods)
    assert heldout4_result["strict"]["f1"] >= 0.825, heldout4_result["strict"]  # 0.845 at 0.11.0


def test_heldout4_context_attributes(heldout4_result):
    acc = heldout4_result["accuracy_on_matched"]
    assert acc["regions"] >= 0.80, acc  # 0.751 -> 0.780 (the spaced-hyphen dateline) -> 0.818 (r12b-places) at 0.11.0
    assert acc["subject"] >= 0.83, acc  # 0.833 -> 0.847 at 0.11.0 (r12b-places)
    assert acc["measure"] >= 0.80, acc  # 0.823 at 0.11.0
