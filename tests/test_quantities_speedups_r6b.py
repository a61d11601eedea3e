"""The r6b shortcuts in ``zgc_etl.parse.quantities`` give what the plain way gives: the tighter end pre-checks of
AGE_BEFORE and DENOMINATOR_BEFORE never rule out a window the pattern matches, the bound matchers of _scan match
as ``_Caseless.match_lowered`` does, and a Quantity (now a slots dataclass) still copies, compares and pickles."""
from __future__ import annotations

import pickle
import random
from dataclasses import replace

import pytest

from zgc_etl.parse import find_quantities
from zgc_etl.parse import quantities as Q

# pieces of the text before a number: the patterns' words in several cases, look-alikes, white space of several
# kinds (including a final newline, which "$" also matches before), and characters lower() folds unlike re.I
TOKENS = ["age", "ages", "aged", "AGE", "Ages", "AGED", "of", "OF", "Of", "out", "OUT", "per", "PER", "each", "Every",
          "every", "usage", "wage", "about", "x", "-", ",", "(", " ", " ", " ", "  ", "\t", "\n", "\u00a0", "\u2003",
          "\u017f", "\u0130", "\u0131", "\u212a", "5"]


def _windows(n: int = 6000):
    rng = random.Random(6)
    for _ in range(n):
        yield "".join(rng.choice(TOKENS) for _ in range(rng.randint(1, 7)))
    # every phrase of both patterns, in every case, with the white space after it
    for phrase in ("aged", "age of", "ages of", "per", "every", "each", "out of"):
        for word in (phrase, phrase.upper(), phrase.title()):
            for pre in ("", "x ", "the ", "-"):
                for ws in (" ", "  ", "\t", "\n", " \n", "\u00a0", "\u2003"):
                    yield pre + word + ws


@pytest.mark.parametrize("pattern, endings", [(Q.AGE_BEFORE, Q._AGE_ENDS), (Q.DENOMINATOR_BEFORE, Q._DENOMINATOR_ENDS)])
def test_end_prechecks_never_rule_out_a_match(pattern, endings):
    matched = 0
    for w in _windows():
        if pattern.search(w):
            matched += 1
            assert Q._end_may_be(Q._lowered_end(w), endings), repr(w)
    assert matched > 100  # the windows do exercise the pattern


def test_end_prechecks_rule_out_a_bare_of():
    # the point of the tighter endings: "a total of", "revenue of" no longer send the window to both searches
    end = Q._lowered_end("revenue of ")
    assert not Q._end_may_be(end, Q._AGE_ENDS) and not Q._end_may_be(end, Q._DENOMINATOR_ENDS)


TEXTS = ["5 million", "5-million", "5 - million", "5 -Million", "5  BILLION yuan", "5bn", "5 bln.", "5 mn", "5 tln",
         "3 million-odd", "20-odd firms", "100 or more", "100 OR MORE", "100 or fewer", "100 or so", "5 plus 6",
         "5-plus", "5 Plus", "5+", "5+ ", "5+6", "5 thousandth", "5 millions", "\u017f5 million", "5 \u0130 million",
         "5 \u212a million", "5 \u0131 plus", "a\tmillion", "5\nmillion", "5 or\u00a0more"]


@pytest.mark.parametrize("pattern", [Q.SCALE_AFTER, Q.POST_QUALIFIER])
def test_bound_matcher_matches_as_match_lowered(pattern):
    hits = 0
    for text in TEXTS:
        low = Q._lowered(text)
        at = pattern.matcher(text, low)
        for pos in range(len(text) + 1):
            want, got = pattern.match_lowered(text, low, pos), at(pos)
            assert (want is None) == (got is None), (text, pos)
            if want is not None:
                hits += 1
                assert (got.span(), got.groups(), got.lastindex) == (want.span(), want.groups(), want.lastindex)
    assert hits > 10


def test_quantity_is_a_slots_dataclass_that_copies_and_pickles():
    qs = find_quantities("Revenue rose 12.5 percent to 3.2 billion yuan, or about 450 million US dollars, in 2023.")
    assert qs and not hasattr(qs[0], "__dict__")
    for q in qs:
        assert pickle.loads(pickle.dumps(q)) == q
        copy = replace(q)
        assert copy == q and copy is not q
    with pytest.raises(AttributeError):
        qs[0].not_a_field = 1


AFTER_TOKENS = ["years", "year", "YEARS", "Year", "old", "OLD", "-", "--", ":", ":30", "00", "am", "a.m.", "PM", "p.m",
                "o'clock", "O'CLOCK", "hrs", "HRS", "h", "x", " ", " ", " ", "\t", "\n", "\u00a0", "\u2003", "\u017f",
                "\u0130", "\u0131", "\u212a", "5", ","]


@pytest.mark.parametrize("pattern, first", [(Q.TIME_OF_DAY, Q._TIME_OF_DAY_FIRST), (Q.AGE_AFTER, Q._AGE_AFTER_FIRST)])
def test_first_character_prechecks_never_rule_out_a_match(pattern, first):
    rng = random.Random(7)
    texts = ["".join(rng.choice(AFTER_TOKENS) for _ in range(rng.randint(1, 6))) for _ in range(8000)]
    texts += [ws + w for w in ("years old", "year-old", "-year-old", "- years old", "Years Old", ":30", "am", "A.M.",
                               "p.m.", "o'clock", "hrs") for ws in ("", " ", "  ", "\t", "\n", "\u00a0")]
    matched = 0
    for after in texts:
        if pattern.match(after):
            matched += 1
            assert after.lstrip()[:1] in first, repr(after)
    assert matched > 20  # the texts do exercise the pattern
