"""The ninth round's gate in ``zgc_etl.parse.quantities``: ``_may_have_target_cue`` says False only for a text in which
TARGET_CUE has no match: every phrase of _TARGET_CUE_BRANCHES passes it, and so does every random text (of cue
words, their pieces and look-alikes, white space of every kind) in which TARGET_CUE finds a cue."""
from __future__ import annotations

import random
import re

from zgc_etl.parse import quantities as Q


def _spelled_out(branch: str) -> str:
    """A text that a TARGET_CUE branch matches: its white space written as one space, its look-aheads dropped."""
    return re.sub(r"\(\?!.*?\)", "", branch).replace(r"\s+", " ")


def test_every_cue_phrase_passes_the_gate():
    for branch in Q._TARGET_CUE_BRANCHES:
        text = f"It {_spelled_out(branch)} now."
        assert Q.TARGET_CUE.search(text), branch
        assert Q._may_have_target_cue(text), branch


_TOKENS = ([_spelled_out(b) for b in Q._TARGET_CUE_BRANCHES]
           + ["is", "are", "set", "to", "due", "this", "tos", "Will", "WILL", "planet", "aimless", "vowel", "x", "5",
              "(", ",", "-", "area", "have", "be", "open"])
_GAPS = [" ", " ", "", "\n", "\t", "\u00a0", "  ", "-"]


def test_gate_never_rules_out_a_cue():
    rng = random.Random(9)
    found = ruled_out = 0
    for _ in range(20000):
        text = "".join(rng.choice(_TOKENS) + rng.choice(_GAPS) for _ in range(rng.randint(1, 5)))
        if Q.TARGET_CUE.search(text):
            found += 1
            assert Q._may_have_target_cue(text), text
        ruled_out += not Q._may_have_target_cue(text)
    assert found > 5000 and ruled_out > 500  # (both sides are exercised)
