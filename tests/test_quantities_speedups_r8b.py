"""The second r8 round's shortcuts in ``zgc_etl.parse.quantities`` give what the plain way gives:
``_past_cue_from`` (a forward search for a past cue from a position) answers what the start of
``_LAST_PAST_CUE``'s match (the last past cue, found backwards) says, at every position of many random texts
built of past cues, the words their lookbehinds name, look-alikes and characters lower() folds unlike
re.IGNORECASE; and ``_is_target`` keeps its answers on sentences with plan and past cues in every order."""
from __future__ import annotations

import random

import pytest
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


def test_rate_after_lookahead_keeps_every_match():
    # RATE_AFTER opens its words with a look-ahead class of their first letters: the same matches as without it
    plain = re.compile(r"^[^,.;()\d]{0,70}?\b(?:" + Q._RATE_AFTER_WORDS + r")\b")
    plain_ci = re.compile(plain.pattern, re.I)
    words = ["per", "apiece", "a", "an", "piece", "annually", "annum", "in", "annual", "each", "every", "year", "day",
             "month", "week", "hour", "earlier", "square", "meter", "metre", "sq", "m", "sqm", "ton", "tonne", "kilo",
             "kilogram", "kg", "mu", "hectare", "kwh", "person", "head", "share", "night", "to", "daily", "weekly",
             "monthly", "hourly", "yearly", "on", "average", "nationwide", "yuan", "of", "the", "x", "5", ",", ".", "-",
             ")", "(", ":", "Per", "EACH", "\u0131n", "percent", "superb"]
    rng = random.Random(84)
    hits = 0
    for _ in range(20000):
        tail = "".join(rng.choice((" ", " ", "", "  ", "\n")) + rng.choice(words) for _ in range(rng.randint(1, 14)))
        # the case-sensitive twin on the lower-cased tail, and the case-insensitive pattern on the tail itself
        for new, old, text in ((Q.RATE_AFTER._cs, plain, tail.lower()), (Q.RATE_AFTER._ci, plain_ci, tail)):
            got, want = new.match(text), old.match(text)
            assert (got.span() if got else None) == (want.span() if want else None), text
            hits += want is not None
    assert hits > 2000
    with pytest.raises(ValueError):
        Q._opening_letters(r"per|\s+each")
    with pytest.raises(ValueError):
        Q._opening_letters(r"(?:a|b)?c")
