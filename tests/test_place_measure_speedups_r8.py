"""The eighth round's shortcuts in the region and measure code (substring gates, look-aheads, work done once a
sentence) must give exactly what the plain code gives: they only skip work that cannot change the answer."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from zgc_etl.parse import context as C

# pieces the generated texts are made of: the words the patterns look for, in several cases, their near misses,
# and letters that re.IGNORECASE reads as ASCII ones
PIECES = ["deal", "Deals", "DEAL", "agreement", "Agreements", "contract", "CONTRACTS", "cooperation", "partnership",
          "Partnerships", "project", "Projects", "dealt", "projector", "sent", "sends", "send", "exported", "exports",
          "transferred", "transfers", "shipped", "ships", "to", "into", "Tianjin", "the", " ", "  ", ",", ".", "-",
          "pro", "ject", "\u017f", "\u0130", "\u0131", "\u212a", "\u212aeal", "\u017fent", "a", "e", "s", "t", "x"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


@settings(max_examples=600, deadline=None)
@given(TEXTS)
def test_a_sentence_without_deal_words_holds_no_deal(text):
    # _resolve_regions skips _partners, whose first test is a _DEAL search of part of the sentence, when the gate is shut
    if not C._may_name_deal(text):
        assert C._DEAL.search(text) is None
        for i in range(len(text) + 1):
            assert C._DEAL.search(text, i, len(text)) is None


def test_deal_words_are_those_of_the_pattern():
    # the gate looks for each word of the alternation without its optional plural "s"
    alternation = re.search(r"\(\?:([a-z?|]+)\)", C._DEAL.pattern).group(1)
    assert sorted(w.removesuffix("s?") for w in alternation.split("|")) == sorted(C._DEAL_WORDS)


_SENT_TO_PLAIN = re.compile(C._SENT_TO.pattern.replace("(?=[set])", "", 1), C._SENT_TO.flags)


@settings(max_examples=600, deadline=None)
@given(TEXTS)
def test_sent_to_look_ahead_changes_no_match(text):
    a, b = C._SENT_TO.search(text), _SENT_TO_PLAIN.search(text)
    assert (a and a.span()) == (b and b.span())


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES + ["from", "From", "fro", "m", "Beijing", "sen", "ship"]), max_size=12).map("".join))
def test_a_sentence_without_transfer_words_holds_no_transfer(text):
    # _resolve_regions looks for a transfer (_FROM_TO, _SENT_TO) only in a sentence the gate lets through
    if not C._may_name_transfer(text):
        assert C._FROM_TO.search(text) is None and C._SENT_TO.search(text) is None


def test_transfer_gate_lets_the_transfers_through():
    for text in ["Companies moved from Beijing to Tianjin.", "It sent 300 engineers to Hebei.", "Firms export goods to Japan.",
                 "They transferred 20 patents into Tianjin.", "The port ships cars to Korea."]:
        assert C._FROM_TO.search(text) or C._SENT_TO.search(text)
        assert C._may_name_transfer(text)


from zgc_etl.parse import measures as M  # noqa: E402

WORDY = ["Output", "from", "the", "169", "zones", "to", "Tianjin", "and", "Hebei", "in", "into", "of", "at", " ", "  ", "\n",
         "\t", ",", ".", "1,000", "2.5", "O'Neil", "’s", "-", "x", "\u00a0", "(", ")", "ONE", "one", "only", "just",
         "a single", "1", "single", "\u017fingle", "\u0131", "E", "e"]
PHRASES = st.lists(st.sampled_from(WORDY), max_size=14).map("".join)


@settings(max_examples=800, deadline=None)
@given(PHRASES, st.integers(0, 200))
def test_word_before_end_from_the_tail_is_the_search_of_the_prefix(text, cut):
    # _np_before2 looks for _WORD_BEFORE_END from the last white-space runs rather than from the text's start
    j = min(cut, len(text))
    a, b = M._search_tail(M._WORD_BEFORE_END, text, j, 1), M._WORD_BEFORE_END.search(text[:j])
    assert (a and (a.span(), a.group())) == (b and (b.span(), b.group()))


@settings(max_examples=800, deadline=None)
@given(PHRASES)
def test_one_gate(mention):
    # _tidy tries _ONE only on a mention ending with "e", "E" or "1"
    mention = mention.strip()
    if M._ONE.match(mention):
        assert mention.endswith(("e", "E", "1"))


def _catalogue_pieces() -> list[str]:
    kws = M._catalogue_keywords()
    pieces = set()
    for k in kws[::3]:
        pieces.update((k, k.upper(), k.title(), k[: len(k) // 2], k[len(k) // 2:]))
    return sorted(pieces) + [" ", "&", "-", "s", "x", "_", "1", ",", "\u00e9", "\u017f", "\u0130", "\u0131", "\u212a",
                             "\u03a3", "R&D", "r&d", "GDP", "gdp"]


CATALOGUE_TEXTS = st.lists(st.sampled_from(_catalogue_pieces()), max_size=10).map("".join)


@settings(max_examples=600, deadline=None)
@given(CATALOGUE_TEXTS)
def test_catalogue_trie_matches_the_catalogue_regex(text):
    # _catalogue_matches reads the lower-cased text with the trie pattern instead of the case-insensitive alternation
    assert M._catalogue_matches(text) == [m.span() for m in M._catalogue_regex().finditer(text)]


def test_catalogue_trie_matches_the_catalogue_regex_on_every_phrase():
    for k in M._catalogue_keywords():
        for text in (k, k.upper(), f"The {k} rose", f"{k}s", f"x{k}", f"{k}&", f"{k}-{k}", f"({k.title()}) and {k}."):
            assert M._catalogue_matches(text) == [m.span() for m in M._catalogue_regex().finditer(text)], text


ASIDE_PIECES = ["(", ")", ",", ";", " ", "  ", "\n", "\u00a0", "the", "a", "which", "its", "R&D", "CII", "2023", "zone",
                "x" * 30, "y" * 50, "Beijing", "rose", "its assets", "now"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(ASIDE_PIECES), max_size=16).map("".join), st.integers(0, 400))
def test_insert_before_finds_the_aside_the_tail_search_finds(text, cut):
    # _insert_before starts the aside search at the last "(" or the comma before the last one
    end = min(cut, len(text))
    got = M._insert_before(text, end)
    last = text[max(0, end - 40):end].rstrip()[-1:]
    if last in (")", ","):
        want = M._search_tail(M._INSERT_ASIDE, text, end, -1, 128, 200)
        assert (got and got.span()) == (want and want.span())
        assert (want and want.span()) == ((w := M._INSERT_ASIDE.search(text[:end])) and w.span())


def test_insert_before_still_finds_asides():
    for text, aside in [("R&D spending (R&D) ", " (R&D) "), ("x (a) (b)", " (b)"),
                        ("Its assets, which now stretch beyond aircraft, ", ", which now stretch beyond aircraft, "),
                        ("foo, the bar, baz, the qux quux,", ", the qux quux,")]:
        assert M._insert_before(text, len(text)).group() == aside


UNIT_PIECES = ["unit", "units", "Unit", "UNITS", "piece", "pieces", "set", "sets", "\u017fets", "item", "\u0130tems",
               "\u0131tems", "year-on-year", "YoY", "cent", "Cent year-on-year", " ", "s", "x", "TEU", "TEUs", "teus",
               "twenty-foot equivalent unit", "Twenty-foot equivalent units", "(", ")", "2.3 million ", "\u212a"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(UNIT_PIECES), min_size=1, max_size=5).map("".join))
def test_unit_noun_gate_and_teu_look_ahead(text):
    # find_measure tries _UNIT_NOUNS only on a phrase opening with one of _UNIT_NOUN_FIRST; _TEU opens with a "t"
    if M._UNIT_NOUNS.match(text):
        assert text[0] in M._UNIT_NOUN_FIRST
    plain = re.compile(M._TEU.pattern.replace("(?=[t])", "", 1), M._TEU.flags)
    for i in range(len(text)):
        a, b = M._TEU.search(text, i), plain.search(text, i)
        assert (a and a.span()) == (b and b.span())
