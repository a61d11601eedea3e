"""The second round's shortcuts in the region code must give exactly what the plain code gives."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from zgc_etl.parse import context as C

PIECES = ["respectively", "Respectively", "RESPECTIVELY", "resPectiVely", "respective", "ly", "re", "spectively", "r", " ",
          ",", ".", "\u017f", "\u0130", "\u0131", "\u212a", "re\u017fpectively", "respectIvely", "respect\u0131vely", "x"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=10).map("".join))
def test_a_sentence_the_gate_shuts_holds_no_respectively(text):
    C._LAST_RESPECTIVELY = (None, True)
    if not C._may_say_respectively(text):
        assert C._RESPECTIVELY.search(text) is None
    assert C._may_say_respectively(text) == C._may_say_respectively(text)  # (the memo gives what was worked out)


def test_the_gate_lets_respectively_through():
    for text in ["A and B rose 3 and 4 percent, respectively.", "RESPECTIVELY", "x Respectively"]:
        assert C._RESPECTIVELY.search(text) and C._may_say_respectively(text)
