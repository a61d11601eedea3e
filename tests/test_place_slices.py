"""``regions.find_places_in`` (places of a slice from the scan of the whole text) gives what a scan of the
slice gives, for sentence slices and for arbitrary slices (which cut words and matches)."""
from __future__ import annotations

import random
from pathlib import Path

from zgc_etl.parse import regions
from zgc_etl.parse.sentences import split_sentences

ARTICLES = Path(__file__).parent / "fixtures" / "parse_golden" / "articles"


def _texts():
    return [p.read_text(encoding="utf-8", errors="replace") for p in sorted(ARTICLES.iterdir())[:60]]


def test_find_places_in_equals_a_scan_of_the_slice():
    rnd = random.Random(7)
    for text in _texts():
        spans = split_sentences(text)
        for _ in range(60):
            a = rnd.randrange(len(text))
            spans.append((a, min(len(text), a + rnd.randrange(1, 300))))
        for a, b in spans:
            regions.forget_places()
            got = regions.find_places_in(text, a, b, with_china=True)
            assert got == regions._scan_places(text[a:b])[0], text[a:b]
            assert regions.find_places_in(text, a, b) == [x for x in got if x[2] != regions.CHINA]


def test_find_places_in_matches_the_reference_implementation():
    text = "Companies from Beijing's Xicheng District and Xiong'an moved to Tianjin, Hebei. Xian grew."
    for a, b in [(0, 79), (80, len(text)), (15, 40), (16, 40)]:
        regions.forget_places()
        assert regions.find_places_in(text, a, b) == regions._find_places_regex(text[a:b])
