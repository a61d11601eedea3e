"""find_places (dictionary scan) must find exactly what the reference alternation regex finds."""
from __future__ import annotations

from pathlib import Path

import pytest

from zgc_etl.ingest import load_article
from zgc_etl.model import Rejection
from zgc_etl.parse.regions import _find_places_regex, find_places

FIX = Path(__file__).parent / "fixtures"

EDGE = [
    "Xian and Xi'an and XI'AN, beijing-Tianjin, Inner Mongolia's zones",
    "the inner Mongolia Hebei; Tianjin (Binhai) Zhongguancun, Xiong’an New Area and Xiongan",
    "Beijing-Tianjin-Hebei region, Hong Kong's, Guangdong-Hong Kong-Macao Greater Bay Area",
    "", "Hebei", "hebei Hebei-based",
]


def _texts():
    out = list(EDGE)
    for folder in (FIX / "dev", FIX / "heldout"):
        for p in sorted(folder.iterdir()):
            if p.suffix in (".txt", ".html"):
                a = load_article(p, folder)
                if not isinstance(a, Rejection):
                    out += [b.text for b in a.blocks]
    return out


@pytest.mark.parametrize("text", _texts())
def test_same_places_as_reference_regex(text):
    assert find_places(text) == _find_places_regex(text)
    assert find_places(text, with_china=True) == _find_places_regex(text, with_china=True)
