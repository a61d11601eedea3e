"""The second r8 round's shortcuts in ``zgc_etl.parse.quantities`` give what the plain way gives:
``_past_cue_from`` (a forward search for a past cue from a position) answers what the start of
``_LAST_PAST_CUE``'s match (the last past cue, found backwards) says, at every position of many random texts
built of past cues, the words their lookbehinds name, look-alikes and characters lower() folds unlike
re.IGNORECASE; and ``_is_target`` keeps its answers on sentences with plan and past cues in every order."""
from __future__ import annotations

import random
import re

from zgc_etl.parse import quantities as Q

_PAST_WORDS = sorted(set(re.findall(r"[a-z]+(?: [a-z]+)?", Q._PAST_CUE_WORDS)))
TOKENS = _PAST_WORDS + ["will", "would", "to", "shall", "be", "WILL", "Had", "HAS", "plans", "aims", "expects",
                        "hasty", "wasp", "nowhere", "ago.", "x", "5", "-", ",", ".", " ", "  ", "\n", "\u00a0",
                        "\u017f", "\u0130", "\u0131", "ſo far", "hıt", "H\u0130T"]


def _texts(n: int = 4000):
    rng = random.Random(82)
    for _ in range(n):
        yield "".join(rng.choice(TOKENS) + rng.choice((" ", " ", "", "\n", "  ")) for _ in range(rng.randint(1, 12)))


def test_past_cue_from_is_the_last_past_cue_at_or_after_pos():
    checked = hits = 0
    for text in _texts():
        m = Q._LAST_PAST_CUE.match(text)
        last = m.start(1) if m else -1
        for pos in range(len(text) + 1):
            found = Q._past_cue_from(text, pos)
            assert found == (last >= pos), (text, pos, last)
            checked += 1
            hits += found
    assert hits > 10000 and checked - hits > 10000  # (both answers are exercised)


def test_is_target_with_plan_and_past_cues():
    cases = {  # (the answers of the code before the shortcut; the number is the first digit)
        "The district will invest 5 billion yuan": True,
        "The district, which had invested 2 billion yuan, will invest 5 billion yuan": False,
        "The district will build what had cost 5 billion yuan": False,
        "It plans to add 300 beds": True,
        "It planned and has added 300 beds": False,
        "Output will have reached 12 percent": False,
        "By 2030 the park had 40 firms": True,
        "The park had 40 firms by 2030": False,
    }
    for sentence, target in cases.items():
        at = re.search(r"\d", sentence).start()
        sent = {"low": sentence.lower(),
                "by_years": [(m.start(), int(m.group(1))) for m in Q.BY_YEAR.finditer_lowered(sentence, sentence.lower())]}
        assert Q._is_target(sentence, sentence[:at], at, 2024, sent) is target, sentence


def test_passive_expect_needs_a_cue_that_ends_with_to():
    # _projection tests PASSIVE_EXPECT up to the end of a plan cue only when the cue ends with "to"
    words = ["is", "are", "was", "were", "be", "been", "also", "now", "expected", "projected", "forecast", "predicted",
             "estimated", "likely", "to", "TO", "To", "set", "is to", "aimed", "scheduled", "will", "plans", "Plans",
             "expect", "due", "x", "5", ",", " ", "\n", "\u00a0",
             "is expected to", "are also likely to", "was projected  to", "been forecast\nto", "IS EXPECTED TO"]
    rng = random.Random(83)
    seen = 0
    for _ in range(20000):
        text = "".join(rng.choice(words) + rng.choice((" ", " ", "  ", "\n", "")) for _ in range(rng.randint(1, 10)))
        for cue in Q.TARGET_CUE.finditer(text):
            if Q.PASSIVE_EXPECT.search(text, 0, cue.end()):
                seen += 1
                assert cue.group().endswith("to"), (text, cue)
    assert seen > 100
