"""Letters that re.IGNORECASE matches to ASCII ones ("bıllion", "FİRST", a long s, the Kelvin sign).

Their lower-case forms are not ASCII, so a vocabulary lookup by ``lower()`` of what a case-insensitive
pattern matched raised KeyError and the whole article was rejected.  They are now read as the ASCII
letters they match, with the article's own text kept in every span.
"""
from __future__ import annotations

import datetime as dt

import pytest

from zgc_etl.parse.numbers import fold_twins, vocab_key
from zgc_etl.parse.timex import find_times

REF = dt.date(2021, 1, 5)


def test_fold_twins_keeps_length_case_and_identity():
    assert fold_twins("FİRST bıllion ſeven \u212aM") == "FIRST billion seven KM"
    plain = "April 2020"
    assert fold_twins(plain) is plain
    s = "caf\u00e9 in Zhongguancun"  # non-ASCII without twins: untouched
    assert fold_twins(s) is s


def test_vocab_key():
    assert vocab_key("B\u0130LLION") == "billion"
    assert vocab_key("m\u0131llion") == "million"
    assert vocab_key("Billion") == "billion"


@pytest.mark.parametrize("odd, plain", [
    ("In the f\u0131rst quarter of 2020, output grew.", "In the first quarter of 2020, output grew."),
    ("In the F\u0130RST QUARTER of 2021, output grew.", "In the FIRST QUARTER of 2021, output grew."),
    ("On Fr\u0131day, it said.", "On Friday, it said."),
    ("In Apr\u0131l 2020, it rose 5 percent.", "In April 2020, it rose 5 percent."),
])
def test_times_with_twins_read_as_their_ascii_letters(odd, plain):
    got, want = find_times(odd, REF), find_times(plain, REF)
    assert want, plain
    assert [(t.start, t.end, t.role, t.as_of, t.period_start) for t in got] == \
        [(t.start, t.end, t.role, t.as_of, t.period_start) for t in want]
    assert all(t.text == odd[t.start:t.end] for t in got)  # the sentence's own letters


def _article(text: str):
    from zgc_etl.model import Article, Block
    return Article(file="t.txt", text=text, blocks=[Block.verbatim(text, 0)], published="2021-03-01")


@pytest.mark.parametrize("a, b", [("i", "\u0131"), ("I", "\u0130"), ("s", "\u017f"), ("k", "\u212a")])
def test_extract_reads_an_article_of_twins_as_its_ascii_twin(a, b):
    from zgc_etl.parse import extract_figures
    plain = ("Zhongguancun Science Park in Haidian district raised 5 billion yuan in the first quarter of 2020, "
             "and its revenue rose 12 percent year on year. The district has more than 2,000 high-tech firms.")
    odd = plain.replace(a, b)
    got, want = extract_figures(_article(odd)), extract_figures(_article(plain))
    assert len(want) == 3
    fields = ("value", "unit", "qualifier", "kind", "as_of", "period_start", "regions", "start", "end")
    assert [[getattr(f, k) for k in fields] for f in got] == [[getattr(f, k) for k in fields] for f in want]
    for f in got:  # quotes are the article's own letters
        assert f.mention == odd[f.start:f.end] and f.sentence in odd
