"""The second round's shortcuts in the measure code must give exactly what the plain code gives."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from zgc_etl.parse import measures as M

# words, numbers, punctuation and white space of several kinds, letters beyond ASCII, digits of other scripts
PIECES = ["R&D", "spending", "reached", "high-tech", "4G", "5G", "100-billion-yuan", "3.09", "1,500", "yuan", "(CII)",
          ",", ".", "'s", "’s", "’", "-", "&", "_", " ", "  ", "\t", "\n", "\u00a0", "é", "٣", "２", "a", "Z", "of", "the",
          "\u2009", "(", ")", ";"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)

SENTENCES = [
    "In 2023, the total revenue of high-tech enterprises in the Zhongguancun Science Park reached more than 8.1 "
    "trillion yuan, up 12 percent year on year.",
    "R&D spending, which reached 18.6 billion yuan, rose.  The China Innovation Index (CII) stood at 155.7 in 2022.",
    "Beijing's 4G users\u00a0numbered 20 million;  exports to   Japan (about 30 percent) totalled $1.2 billion.",
    "Sales of consumer goods in the city, which has been growing fast, a total investment of 3 billion yuan and the "
    "spending on R&D of the settled enterprises in Tianjin, Hebei and Beijing in 2023 were 5 percent.",
]


def _check_tokens(text: str) -> None:
    for end in range(len(text) + 1):
        toks = M._tokens_before(text, end)
        matches = list(M._WORD.finditer(text, 0, end))
        assert toks == [m.group() for m in matches[len(matches) - len(toks):]]
        for i in range(len(toks)):
            assert M._token_end(text, end, toks, i) == matches[len(matches) - len(toks) + i].end()
        for reach in (1, 7, 20, 48):
            short, cut = M._last_tokens(text, end, reach)
            assert short == [m.group() for m in matches[len(matches) - len(short):]]
            assert cut or len(short) == len(matches)


def test_token_ends_are_those_of_the_matches():
    for s in SENTENCES:
        _check_tokens(s)
        _check_tokens(s * 3)  # (long prefixes: the tokens of a window)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_token_ends_on_generated_texts(text):
    _check_tokens(text)


def _check_phrases(text: str) -> None:
    # a short window gives the phrase of the rules' own window, or _MORE
    for pos in range(len(text) + 1):
        full = M._np_before1_from(text, pos, None)
        assert M._np_before1(text, pos) == full
        for reach in (1, 5, 12, 20, 30, 48):
            got = M._np_before1_from(text, pos, reach)
            assert got is M._MORE or got == full, (text[:pos], reach)


def test_short_windows_give_the_same_phrases():
    for s in SENTENCES:
        _check_phrases(s)


# the words the phrase rules stop at, skip or look past
WORDS = ["of", "on", "which", "that", "reached", "total", "the", "in", "2023", "last year", "(CII)", ",", "a", "spending",
         "R&D", "consumer", "goods", "sales", "Beijing's", "cut", "rents", "stood", "at", "more", "than", "its", "about"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=16).map(" ".join))
def test_short_windows_on_generated_phrases(text):
    _check_phrases(text + " 5 billion")
