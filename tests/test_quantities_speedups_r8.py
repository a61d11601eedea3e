"""The r8 shortcuts in ``zgc_etl.parse.quantities`` give what the plain way gives: the qualifier pre-check
``_may_end_with_qualifier`` never rules out a window in which QUALIFIER_BEFORE (or TOP_VERB_BEFORE) finds a
qualifier, neither for the 40 characters the qualifier reads nor for the longer window whose end _not_a_figure
tests in their place."""
from __future__ import annotations

import random
import re

from zgc_etl.parse import quantities as Q

# every word of the qualifier phrases, look-alikes that end with the same letters ("has", "thereof", "into",
# "that", a piece of a word), white space of several kinds and lengths (a final newline too, which "$" matches
# before), and characters that lower() folds unlike re.IGNORECASE
_PHRASE_WORDS = sorted({w for pat, _q in Q.QUALIFIERS for w in re.findall(r"[a-z]+", pat)})
TOKENS = _PHRASE_WORDS + ["OF", "Of", "TO", "At", "AS", "Up", "has", "was", "thereof", "into", "that", "flat", "imum",
                          "xcess", "x", "5", "-", ",", "(", ".", " ", " ", " ", " ", "  ", "       ", "\t", "\n",
                          "\u00a0", "\u2003", "\u017f", "\u0130", "\u0131"]
_PHRASES = ["in excess of", "upwards of", "upward of", "north of", "a minimum of", "maximum of", "just short of",
            "fell well short of", "came short of", "shy of", "in the region of", "close to", "up to", "limited to", "capped at",
            "estimated at", "as little as", "as few as", "as low as", "as much as", "as many as", "as high as",
            "at least", "more than", "to top", "could top", "an average of about", "approx."]


def _found(w: str) -> bool:
    """What _qualifier_in_tail reads: a qualifier phrase, or "top" as a verb, at the end of ``w``."""
    return Q.QUALIFIER_BEFORE.search(w) is not None or (
        w.rstrip().endswith("top") and Q.TOP_VERB_BEFORE.search(w) is not None)


def _windows(n: int = 20000):
    rng = random.Random(8)
    for _ in range(n):
        yield "".join(rng.choice(TOKENS) + rng.choice(("", " ", " ", "\n")) for _ in range(rng.randint(1, 9)))
    for phrase in _PHRASES:
        for words in (phrase, phrase.upper(), phrase.title(), phrase.replace(" ", "  "), phrase.replace(" ", "\n"),
                      phrase.replace(" ", "          ")):
            for lead in ("", "x ", "rose ", "the total" + " " * 30, "supermaximum "):
                for ws in ("", " ", "  ", "\t", "\n", " \n", "\u00a0"):
                    yield lead + words + ws


def test_qualifier_precheck_never_rules_out_a_qualifier():
    found = 0
    for w in _windows():
        tail = w[-40:]
        if _found(tail):
            found += 1
            assert Q._may_end_with_qualifier(Q._lowered_end(tail)), repr(tail)
            # _not_a_figure tests the end of its whole window (up to 160 characters) instead of the last 40
            for longer in (w, "Sales " * 30 + w, "x" * 150 + w):
                assert Q._may_end_with_qualifier(Q._lowered_end(longer[-Q.WINDOW:])), repr(longer)
    assert found > 1000  # (the windows exercise the check)


def test_qualifier_precheck_rules_out_common_ends():
    for w in ("rose to ", "a total of ", "stood at ", "such as ", "it has ", "some of the ", "rose 5 percent to "):
        assert not Q._may_end_with_qualifier(Q._lowered_end(w)), w
    for w in ("up to ", "in excess of ", "capped at ", "as many as ", "more than ", "about "):
        assert Q._may_end_with_qualifier(Q._lowered_end(w)), w


_PHONE_TOKENS = ["tel", "TEL", "Tel.", "fax:", "phone", "Telephone", "hotline", "mobile", "contact", "call", "dial",
                 "+", "+86", "(010)", "-", "86-10-8888", "tele", "mobil", "calls", "x", " ", " ", "  ", ":", "."]


def test_phone_precheck_never_rules_out_a_phone_cue():
    rng = random.Random(81)
    found = 0
    for _ in range(20000):
        w = "".join(rng.choice(_PHONE_TOKENS) + rng.choice(("", " ")) for _ in range(rng.randint(1, 6)))
        if Q.PHONE_BEFORE.search(w[-20:]):
            found += 1
            assert Q._may_mention(Q._lowered(w), Q._PHONE_WORDS), repr(w)
    assert found > 1000


_STRUCTURE_TOKENS = ["sub-indices", "Sub-Indexes", "indices", "INDEXES", "categories", "tiers", "clauses", "chapters",
                     "sections", "aspects", "dimensions", "pillars", "indicators", "sub-index", "key", "main", "-",
                     "x", "tier", "section", " ", " ", "  ", "\n", ",", "\u0131", "\u017f"]


def test_structure_precheck_never_rules_out_a_structure():
    rng = random.Random(82)
    found = 0
    for _ in range(20000):
        tail = "".join(rng.choice((" ", "  ", "\t")) + rng.choice(_STRUCTURE_TOKENS) for _ in range(rng.randint(1, 4)))
        if Q.STRUCTURE_AFTER.match(tail):
            found += 1
            assert Q._may_mention(Q._lowered(tail), Q._STRUCTURE_WORDS), repr(tail)
    assert found > 1000


def test_appositive_precheck_never_rules_out_an_appositive():
    # APPOSITIVE_BEFORE can only match where the window, less white space, ends with a comma
    rng = random.Random(83)
    for _ in range(5000):
        w = "".join(rng.choice(["Zhang", "Wei", "said", ",", " ", "  ", "\n", "\u00a0", "x"]) for _ in range(6))
        if Q.APPOSITIVE_BEFORE.search(w):
            assert Q._lowered_end(w).endswith(","), repr(w)
