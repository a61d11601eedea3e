"""Ingest against the dev corpus copies in tests/fixtures/dev: metadata, roles, offsets."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from zgc_etl.ingest import load_article
from zgc_etl.ingest import textpage as tp
from zgc_etl.model import BODY, CAPTION, HEADLINE, Article

DEV = Path(__file__).parent / "fixtures" / "dev"
GOLD = sorted(p for p in DEV.glob("*.json"))
WS = re.compile(r"\s+")

#: Page chrome quoted in the NOTES files: none of it may reach a body or caption block.
CHROME_STRINGS = [
    "Previous 1 2 3 4 5 6 Next", "Forest farm lauded for poverty relief efforts", "Previous 1 2 Next",
    "Zhongguancun parks host 92 unicorn companies", "L M S", "1551307527000", "Text:AAA", "Share - WeChat",
    "NBS: China Innovation Index rose 6.2 pct in 2012", "All rights reserved", "All Rights Reserved",
    "ICP", ".jpg", "(Photo: CGTN)", "Related Stories", "Updated:", "Adjust font size", "Comment(s)",
    "Web editor", "Editor:", "Print", "Home |", "Follow China.org.cn",
]


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _load(gold: dict) -> Article:
    art = load_article(DEV / gold["file"], DEV)
    assert isinstance(art, Article), art
    return art


@pytest.fixture(scope="module")
def loaded() -> dict[str, tuple[dict, Article]]:
    return {g.name: (_gold(g), _load(_gold(g))) for g in GOLD}


def test_dev_corpus_present():
    assert len(GOLD) >= 30


@pytest.mark.parametrize("gold_path", GOLD, ids=lambda p: p.stem)
def test_metadata_matches_gold(gold_path, loaded):
    gold, art = loaded[gold_path.name]
    assert (art.title, art.source, art.published) == (gold["title"], gold["source"], gold["published"])
    assert "no_published_date" not in art.flags


@pytest.mark.parametrize("gold_path", GOLD, ids=lambda p: p.stem)
def test_every_gold_mention_is_in_a_figure_block(gold_path, loaded):
    gold, art = loaded[gold_path.name]
    texts = [WS.sub(" ", b.text) for b in art.body_blocks()]
    for fig in gold["figures"]:
        mention = WS.sub(" ", fig["mention"])
        assert any(mention in t for t in texts), f"{mention!r} not in any body/caption block"


@pytest.mark.parametrize("gold_path", GOLD, ids=lambda p: p.stem)
def test_no_headline_deck_or_chrome_in_figure_blocks(gold_path, loaded):
    gold, art = loaded[gold_path.name]
    heads = [b for b in art.blocks if b.role == HEADLINE]
    assert heads, "no headline block"
    title = WS.sub(" ", heads[0].text)
    for b in art.body_blocks():
        t = WS.sub(" ", b.text)
        assert t != title
        for s in CHROME_STRINGS:
            assert s not in t, f"chrome {s!r} in {b.role} block {t[:80]!r}"
    # related-link lists: every line after a "Related ..." heading up to the footer is chrome
    related = False
    body_texts = {b.text for b in art.body_blocks()}
    for b in art.blocks:
        if tp.RELATED.match(b.text):
            related = True
            continue
        if related and not (tp.is_prose(b.text) and len(b.text.split()) >= 15 and tp.TERMINAL.search(b.text)):
            assert b.text not in body_texts, f"related link {b.text!r} read as {b.role}"


@pytest.mark.parametrize("gold_path", GOLD, ids=lambda p: p.stem)
def test_offsets_round_trip(gold_path, loaded):
    _, art = loaded[gold_path.name]
    for b in art.blocks:
        assert len(b.offsets) == len(b.text) + 1
        for i, ch in enumerate(b.text):
            src = art.text[b.offsets[i]]
            assert src == ch or (src == "&") or (ch == " " and src.isspace()), (b.text[:40], i, ch, src)
        assert all(x <= y for x, y in zip(b.offsets, b.offsets[1:]))


def test_headline_figures_are_not_body(loaded):
    # NOTES.md: "3,000 companies" is in the headline and the body; only the body one counts
    _, art = loaded["binhai_zgc_3000_companies_2021.json"]
    head = next(b for b in art.blocks if b.role == HEADLINE)
    assert "3,000 companies" in head.text
    assert sum(b.text.count("3,000 companies") for b in art.body_blocks()) == 1


def test_caption_repeats_are_captions(loaded):
    _, art = loaded["binhai_park_first_year_2018.json"]
    caps = [b for b in art.blocks if b.role == CAPTION]
    assert any("A batch of 12 companies" in b.text for b in caps)
    assert any("A batch of 12 companies" in b.text for b in art.blocks if b.role == BODY)


def test_deck_is_not_body(loaded):
    _, art = loaded["saihanba_carbon_assets_2025.json"]
    assert any(b.role == "deck" and b.text.startswith("Long-term program") for b in art.blocks)
    _, art = loaded["hebei_steel_green_growth_2022.json"]
    decks = [b for b in art.blocks if b.role == "deck"]
    assert decks and all("roughly a quarter" not in b.text or b.role == "deck" for b in decks)
