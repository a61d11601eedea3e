"""Bad files, duplicates, accounting, formats and encodings — every case built in tmp_path."""
from __future__ import annotations

import html
import json
import os
import shutil
from pathlib import Path

import pytest

from zgc_etl.ingest import iter_raw_files, load_article
from zgc_etl.ingest import loader
from zgc_etl.ingest.accounting import account, dedupe
from zgc_etl.model import BODY, CAPTION, DECK, HEADLINE, Article, Rejection

DEV = Path(__file__).parent / "fixtures" / "dev"
SAMPLE = DEV / "zgc_assists_coordinated_development.txt"
HTML_SAMPLE = DEV / "baodi_investment_attraction_2023.html"

ARTICLE_TXT = (
    "Tianjin park draws new firms\n"
    "Xinhua | Updated: 2021-03-19 09:09\n\n"
    "TIANJIN, March 18 (Xinhua) -- The Tianjin Binhai park has registered more than 2,000 enterprises since 2016, officials said.\n\n"
    "Officials said the park’s output rose 12.5 percent to 4.2 billion yuan last year, and it expects “more growth” soon.\n"
)


def _roundtrip(art: Article) -> None:
    """Every block character maps back to the same character in the file text
    (entities and JSON escapes map to their first source character)."""
    for b in art.blocks:
        assert len(b.offsets) == len(b.text) + 1
        for i, ch in enumerate(b.text):
            src = art.text[b.offsets[i]]
            assert src == ch or src in "&\\" or (ch == " " and src.isspace()), (b.text[:30], i, ch, src)


def _ok(path: Path, root: Path) -> Article:
    art = load_article(path, root)
    assert isinstance(art, Article), art
    _roundtrip(art)
    return art


def _numbers_map_back(art: Article) -> None:
    for b in art.body_blocks():
        for token in ("2,000", "12.5", "4.2 billion"):
            at = b.text.find(token)
            if at >= 0:
                s, e = b.source_span(at, at + len(token))
                saved = art.text[s:e]
                assert saved.startswith(token[0]) and saved.endswith(token[-1])
                assert " ".join(html.unescape(saved).split()) == token


# ------------------------------------------------------------------ bad files

def test_bad_files_are_rejected_and_the_rest_loads(tmp_path):
    root = tmp_path / "raw"
    root.mkdir()
    (root / "good.txt").write_text(ARTICLE_TXT, encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_bytes(b"  \n\t\n")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (root / "undecodable.txt").write_bytes(b"Some text \x81\xff\x81\xff\x90 more text " * 3)
    (root / "big.txt").write_text(ARTICLE_TXT * 50, encoding="utf-8")
    (root / "nav_only.html").write_text("<html><body><ul><li>Home</li><li>News</li></ul></body></html>")
    (root / "picture.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 20)
    (root / "broken.json").write_text('{"title": "x", "body": ')
    (root / "labels.json").write_text(json.dumps({"file": "x.txt", "figures": []}))
    (root / "sub").mkdir()
    outside = tmp_path / "outside.txt"
    outside.write_text(ARTICLE_TXT)
    os.symlink(outside, root / "sneaky.txt")
    os.symlink(root / "good.txt", root / "inside_link.txt")
    fifo = root / "pipe.txt"
    if hasattr(os, "mkfifo"):
        os.mkfifo(fifo)
    results = {p.name: load_article(p, root, max_bytes=4000) for p in iter_raw_files(root)}
    reasons = {k: (v.reason if isinstance(v, Rejection) else "ok") for k, v in results.items()}
    expected = {
        "good.txt": "ok", "inside_link.txt": "ok", "empty.txt": "empty", "blank.txt": "empty",
        "binary.txt": "binary", "undecodable.txt": "undecodable", "big.txt": "too_large",
        "nav_only.html": "no_body", "picture.jpg": "unsupported_format", "broken.json": "bad_json",
        "labels.json": "no_body", "sneaky.txt": "outside_root",
    }
    if hasattr(os, "mkfifo"):
        expected["pipe.txt"] = "not_regular_file"
    assert reasons == expected
    for k, v in results.items():
        if isinstance(v, Rejection):
            assert v.reason in loader.REASONS and v.detail


def test_vanished_file(tmp_path):
    r = load_article(tmp_path / "gone.txt", tmp_path)
    assert isinstance(r, Rejection) and r.reason == "vanished"


def test_file_changed_between_stat_and_read(tmp_path, monkeypatch):
    p = tmp_path / "growing.txt"
    p.write_text(ARTICLE_TXT)
    real_read = os.read
    done = []

    def appending_read(fd, n):
        data = real_read(fd, n)
        if data and not done:
            done.append(1)
            with open(p, "a") as fh:  # another process writes while we read
                fh.write("more text\n")
        return data

    monkeypatch.setattr(loader.os, "read", appending_read)
    r = load_article(p, tmp_path)
    assert isinstance(r, Rejection) and r.reason == "changed"


def test_path_outside_root(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    f = tmp_path / "b" / "x.txt"
    f.write_text(ARTICLE_TXT)
    r = load_article(f, tmp_path / "a")
    assert isinstance(r, Rejection) and r.reason == "outside_root"


def test_no_date_loads_flagged_and_relative_dates_unresolved(tmp_path):
    p = tmp_path / "nodate.txt"
    p.write_text("Park grows fast\n\nThe park registered 300 companies last year, officials said on Monday in a statement.\n")
    art = _ok(p, tmp_path)
    assert art.published is None and "no_published_date" in art.flags


# ------------------------------------------------------------------ duplicates and accounting

def test_dedupe_and_account(tmp_path):
    root = tmp_path
    (root / "a.txt").write_text(ARTICLE_TXT)
    (root / "b.txt").write_text(ARTICLE_TXT)
    (root / "c.txt").write_bytes(b"")
    seen = [loader.relative_name(p, root) for p in iter_raw_files(root)]
    results = [load_article(root / f, root) for f in seen]
    loaded, rejected = dedupe(results)
    assert [a.file for a in loaded] == ["a.txt"]
    dup = next(r for r in rejected if r.reason == "duplicate")
    assert (dup.file, dup.duplicate_of, dup.content_hash) == ("b.txt", "a.txt", loaded[0].content_hash)
    assert account(seen, loaded, rejected) == []
    assert account(seen + ["lost.txt"], loaded, rejected) == ["lost.txt"]
    assert account(seen, loaded + [dup.file], rejected) == ["b.txt"]  # counted twice
    # incremental: a hash known from an earlier run
    loaded2, rejected2 = dedupe([load_article(root / "b.txt", root)], known={loaded[0].content_hash: "a.txt"})
    assert not loaded2 and rejected2[0].duplicate_of == "a.txt"


# ------------------------------------------------------------------ formats

def test_plain_text_article(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE_TXT, encoding="utf-8")
    art = _ok(p, tmp_path)
    assert (art.title, art.source, art.published) == ("Tianjin park draws new firms", "Xinhua", "2021-03-19")
    assert [b.role for b in art.blocks] == [HEADLINE, "chrome", BODY, BODY]
    _numbers_map_back(art)


def test_markdown_article(tmp_path):
    md = (
        "---\ntitle: Tianjin park draws new firms\ndate: 2021-03-19\nsource: Xinhua\n---\n\n"
        "# Tianjin park draws new firms\n\n"
        "*Officials tour the park in 2020. [Photo/Xinhua]*\n\n"
        "The **Tianjin Binhai** park has registered [more than 2,000 enterprises](https://example.com/x) since 2016, officials said.\n\n"
        "> Officials said the park\\'s output rose 12.5 percent to 4.2 billion yuan last year, a record for the zone.\n\n"
        "![a chart](chart.png)\n\n## Related stories\n\n- [Another park opens](https://example.com/y)\n"
    )
    p = tmp_path / "a.md"
    p.write_text(md, encoding="utf-8")
    art = _ok(p, tmp_path)
    assert (art.title, art.source, art.published) == ("Tianjin park draws new firms", "Xinhua", "2021-03-19")
    body = [b.text for b in art.blocks if b.role == BODY]
    assert body[0] == ("The Tianjin Binhai park has registered more than 2,000 enterprises since 2016, officials said.")
    assert body[1].startswith("Officials said the park's output")
    assert any(b.role == CAPTION for b in art.blocks)
    assert not any("Another park" in t for t in body)
    _numbers_map_back(art)


def test_json_article_with_escapes(tmp_path):
    obj = {
        "headline": "Tianjin park draws new firms",
        "datePublished": "2021-03-19T09:09:00+08:00",
        "publisher": {"name": "Xinhua"},
        "summary": "The park keeps growing, with 2,000 firms",
        "content": "The Tianjin Binhai park\u2019s \"register\" holds more than 2,000 enterprises\u00a0since 2016, officials said.\n\n"
                   "Officials said output rose 12.5 percent to 4.2 billion yuan last year, a record for the zone \U0001F680.\n\n"
                   "Related Stories\nAnother park opens",
    }
    for ensure_ascii in (True, False):
        p = tmp_path / f"a{ensure_ascii}.json"
        p.write_text(json.dumps(obj, ensure_ascii=ensure_ascii, indent=1), encoding="utf-8")
        art = _ok(p, tmp_path)
        assert (art.title, art.source, art.published) == ("Tianjin park draws new firms", "Xinhua", "2021-03-19")
        assert [b.role for b in art.blocks][:2] == [HEADLINE, DECK]
        body = [b for b in art.blocks if b.role == BODY]
        assert len(body) == 2 and "\u2019s \"register\"" in body[0].text and "\U0001F680" in body[1].text
        assert json.loads(art.text)["content"].startswith(body[0].text)
        _numbers_map_back(art)


def test_json_epoch_date_and_html_body(tmp_path):
    obj = {"article": {"title": "T", "timestamp": 1551307527000, "site": "CGTN",
                       "body": "<p>More than 2,000 enterprises&nbsp;moved into the Tianjin park since 2016, officials said.</p>"
                               "<p class=\"related\">Related: park opens</p>"}}
    p = tmp_path / "a.json"
    p.write_text(json.dumps(obj), encoding="utf-8")
    art = _ok(p, tmp_path)
    assert (art.published, art.source) == ("2019-02-28", "CGTN")
    body = [b for b in art.blocks if b.role == BODY]
    assert len(body) == 1 and body[0].text.startswith("More than 2,000 enterprises moved")
    _numbers_map_back(art)


# ------------------------------------------------------------------ encodings

ENCODINGS = [
    ("utf-8-sig", lambda t: t.encode("utf-8-sig"), "utf-8-sig"),
    ("utf-16", lambda t: t.encode("utf-16"), "utf-16"),
    ("utf-16-le-nobom", lambda t: t.encode("utf-16-le"), "utf-16-le"),
    ("gb18030", lambda t: (t + "\n天津市滨海新区 科技园区 发展\n").encode("gb18030"), "gb18030"),
    ("cp1252", lambda t: t.encode("cp1252", errors="replace"), "cp1252"),
]


@pytest.mark.parametrize("name,encode,expected", ENCODINGS, ids=[e[0] for e in ENCODINGS])
@pytest.mark.parametrize("fixture", [SAMPLE, HTML_SAMPLE], ids=["txt", "html"])
def test_encodings_round_trip(tmp_path, name, encode, expected, fixture):
    text = fixture.read_text(encoding="utf-8")
    if fixture.suffix == ".html":
        text = text.replace('<meta charset="utf-8">', "")
    p = tmp_path / f"a{fixture.suffix}"
    p.write_bytes(encode(text))
    art = _ok(p, tmp_path)
    base = load_article(fixture, fixture.parent)
    assert art.encoding == (expected if not p.read_bytes().isascii() else "utf-8")
    assert (art.title, art.source, art.published) == (base.title, base.source, base.published)
    assert [b.text for b in art.body_blocks()] == [b.text for b in base.body_blocks()]
    if name in ("utf-8-sig", "gb18030", "cp1252"):
        # the scorer decodes utf-8-sig → gb18030 → latin-1: same text, same offsets
        raw = p.read_bytes()
        for enc in ("utf-8-sig", "gb18030", "latin-1"):
            try:
                scorer_text = raw.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        assert len(scorer_text) == len(art.text)
        assert "encoding_differs_from_scorer" not in art.flags


def test_cp1252_that_is_also_valid_gb18030_is_flagged(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(ARTICLE_TXT.replace("“", '"').replace("”", '"').encode("cp1252"))
    art = _ok(p, tmp_path)
    assert art.encoding == "cp1252" and "park’s" in art.text
    assert "encoding_differs_from_scorer" in art.flags


def test_html_entities_round_trip(tmp_path):
    page = ("<html><head><title>Park grows - Site</title><meta name='publishdate' content='2020-01-02'></head><body>"
            "<h1>Park&#8217;s growth</h1><div class='info'>Xinhua | Updated: 2020-01-02</div>"
            "<p>The park&rsquo;s registered firms reached 2,000 &amp; output hit 4.2&nbsp;billion yuan, officials said.</p>"
            "<p>Short one.</p></body></html>")
    p = tmp_path / "a.html"
    p.write_text(page)
    art = _ok(p, tmp_path)
    assert (art.title, art.source, art.published) == ("Park's growth", "Xinhua", "2020-01-02")
    body = [b.text for b in art.blocks if b.role == BODY]
    assert body == ["The park’s registered firms reached 2,000 & output hit 4.2 billion yuan, officials said.", "Short one."]
    _numbers_map_back(art)
