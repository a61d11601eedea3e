"""Golden output of ``load_article``: the complete result for every dev fixture and
synthetic variants of it (JSON exports, UTF-8 with BOM, UTF-16 with and without a
BOM, GB18030, Windows-1252, and a few rejections), compared with snapshots under
``tests/fixtures/ingest_golden/``.

The snapshots pin the output byte for byte, so that ingest can be made faster
without changing what it produces.  Every ``Article`` field is recorded (the file
text as its SHA-256 and length, since it is the decoded input), and every block's
text, role and offsets; offsets are stored as runs ``[first, count]`` of
consecutive positions, which is lossless.  A ``Rejection`` records all its fields.

To regenerate after an intended change of output::

    ZGC_GOLDEN_UPDATE=1 pytest tests/test_ingest_golden.py
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from zgc_etl.ingest import load_article
from zgc_etl.model import Article, Rejection

DEV = Path(__file__).parent / "fixtures" / "dev"
GOLDEN = Path(__file__).parent / "fixtures" / "ingest_golden"
UPDATE = os.environ.get("ZGC_GOLDEN_UPDATE") == "1"

# ------------------------------------------------------------------ serialisation


def offset_runs(offsets) -> list[list[int]]:
    """``[5, 6, 7, 9, 9]`` → ``[[5, 3], [9, 1], [9, 1]]``: runs of consecutive positions."""
    runs: list[list[int]] = []
    for o in offsets:
        if type(o) is not int:  # noqa: E721 - an exact int, not a bool or numpy scalar
            raise TypeError(f"offset {o!r} is a {type(o).__name__}, not int")
        if runs and runs[-1][0] + runs[-1][1] == o:
            runs[-1][1] += 1
        else:
            runs.append([o, 1])
    return runs


def serialise(result) -> dict:
    if isinstance(result, Rejection):
        return {"kind": "rejection", "file": result.file, "reason": result.reason, "detail": result.detail,
                "content_hash": result.content_hash, "duplicate_of": result.duplicate_of}
    assert isinstance(result, Article), result
    blocks = []
    for b in result.blocks:
        assert len(b.offsets) == len(b.text) + 1
        blocks.append({"role": b.role, "text": b.text, "offsets": offset_runs(b.offsets)})
    return {
        "kind": "article", "file": result.file,
        "text_sha256": hashlib.sha256(result.text.encode("utf-8", "surrogatepass")).hexdigest(),
        "text_len": len(result.text),
        "title": result.title, "source": result.source, "published": result.published,
        "encoding": result.encoding, "format": result.format, "content_hash": result.content_hash,
        "size_bytes": result.size_bytes, "flags": list(result.flags), "blocks": blocks,
    }


# ------------------------------------------------------------------ inputs


def _json_exports(name: str, text: str) -> dict[str, bytes]:
    """Scraper exports built from the saved page: its first line as the title, the page as the body."""
    stem, suffix = name.rsplit(".", 1)
    out = {}
    if suffix == "txt":
        lines = [ln for ln in text.splitlines() if ln.strip()]
        obj = {"headline": lines[0].strip(), "datePublished": "2021-03-19T09:09:00+08:00",
               "publisher": {"name": "Xinhua"}, "summary": lines[1].strip() if len(lines) > 1 else "",
               "content": text}
        out[f"{stem}.ascii.json"] = json.dumps(obj, ensure_ascii=True, indent=1).encode("utf-8")
        obj2 = {"article": {"title": lines[0].strip(), "timestamp": 1551307527000, "site": "CGTN",
                            "body": [p for p in text.split("\n\n") if p.strip()],
                            "captions": [{"text": "A view of the park. [Photo/Xinhua]"}]}}
        out[f"{stem}.list.json"] = json.dumps(obj2, ensure_ascii=False).encode("utf-8")
    else:
        obj = {"title": "A page", "date": "March 2, 2015", "content_html": text}
        out[f"{stem}.html.json"] = json.dumps(obj, ensure_ascii=False, indent=2).encode("utf-8")
        out[f"{stem}.ascii.json"] = json.dumps([obj], ensure_ascii=True).encode("utf-8")
    return out


def _encodings(name: str, text: str) -> dict[str, bytes]:
    stem, suffix = name.rsplit(".", 1)
    if suffix == "html":
        text = text.replace('<meta charset="utf-8">', "")
    return {
        f"{stem}.utf8sig.{suffix}": text.encode("utf-8-sig"),
        f"{stem}.utf16.{suffix}": text.encode("utf-16"),
        f"{stem}.utf16le.{suffix}": text.encode("utf-16-le"),
        f"{stem}.utf16be.{suffix}": text.encode("utf-16-be"),
        f"{stem}.gb18030.{suffix}": (text + "\n天津市滨海新区 科技园区 发展\n").encode("gb18030"),
        f"{stem}.cp1252.{suffix}": text.encode("cp1252", errors="replace"),
        f"{stem}.cp1252plain.{suffix}": text.replace("“", '"').replace("”", '"').encode("cp1252", errors="replace"),
        f"{stem}.crlf.{suffix}": text.replace("\n", "\r\n").encode("utf-8"),
    }


def _variants(src: Path) -> dict[str, bytes]:
    """File name → bytes: the fixture itself and its synthetic variants."""
    raw = src.read_bytes()
    out = {src.name: raw}
    if src.suffix in (".txt", ".html", ".md"):
        text = raw.decode("utf-8")
        out.update(_encodings(src.name, text))
        if src.suffix != ".md":
            out.update(_json_exports(src.name, text))
        else:
            out[src.name[:-3] + ".txt"] = raw  # the same page read as plain text
    return out


EXTRA = {
    "empty.txt": b"",
    "blank.txt": b"  \n\t\n",
    "binary.txt": b"\x00\x01\x02PK" * 50,
    "undecodable.txt": b"Text \x81\x8d\x8f\x90\x9d and more " * 5,
    "bad.json": b"{not json",
    "list.json": b"[1, 2]",
    "nobody.json": json.dumps({"file": "x.txt", "figures": []}).encode(),
    "entities.html": ("<html><head><title>Park grows - Site</title><meta name='publishdate' content='2020-01-02'></head>"
                      "<body><h1>Park&#8217;s growth</h1><div class='info'>Xinhua | Updated: 2020-01-02</div>"
                      "<p>The park&rsquo;s registered firms reached 2,000 &amp; output hit 4.2&nbsp;billion yuan, "
                      "officials said.</p><p>Short one &#x1F680; &amp &unknown; &#99999999; done.</p>"
                      "<p>Tail &amp</p></body></html>").encode("utf-8"),
    "front.md": ("---\ntitle: Tianjin park draws new firms\ndate: 2021-03-19\nsource: Xinhua\n---\n\n"
                 "# Tianjin park draws new firms #\n\n"
                 "*Officials tour the park in 2020. [Photo/Xinhua]*\n\n"
                 "The **Tianjin Binhai** park has registered [more than 2,000 enterprises](https://example.com/x) "
                 "since 2016, officials said.\n\n"
                 "> Officials said the park\\'s output rose 12.5 percent to 4.2 billion yuan last year, a record.\n\n"
                 "1. The `zone` has <b>three</b> parts, see <https://example.com> and \\*notes\\* here.\n\n"
                 "![a chart](chart.png)\n\n## Related stories\n\n- [Another park opens](https://example.com/y)\n"
                 ).encode("utf-8"),
    "escapes.json": json.dumps({
        "headline": "Tianjin park draws new firms",
        "datePublished": "2021-03-19T09:09:00+08:00",
        "publisher": {"name": "Xinhua"},
        "summary": "The park keeps growing, with 2,000 firms",
        "content": "The Tianjin Binhai park\u2019s \"register\" holds more than 2,000 enterprises\u00a0since 2016, "
                   "officials said.\n\nOfficials said output rose 12.5 percent to 4.2 billion yuan last year, a "
                   "record for the zone \U0001F680.\n\nRelated Stories\nAnother park opens",
    }, ensure_ascii=True, indent=1).encode("utf-8"),
}


def _groups() -> list[tuple[str, dict[str, bytes]]]:
    groups = [(p.name, _variants(p)) for p in sorted(DEV.iterdir()) if p.is_file()]
    groups.append(("_extra", EXTRA))
    return groups


GROUPS = _groups()


def _run(tmp_path: Path, files: dict[str, bytes]) -> dict[str, dict]:
    root = tmp_path / "raw"
    root.mkdir()
    out = {}
    for name, data in files.items():
        p = root / name
        p.write_bytes(data)
        out[name] = serialise(load_article(p, root))
    return out


def _dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


@pytest.mark.parametrize("group,files", GROUPS, ids=[g for g, _ in GROUPS])
def test_golden_output(tmp_path, group, files):
    snap = GOLDEN / f"{group}.json"
    got = _dump(_run(tmp_path, files))
    if UPDATE:
        GOLDEN.mkdir(parents=True, exist_ok=True)
        snap.write_text(got, encoding="utf-8")
    assert snap.exists(), f"no snapshot {snap}; run with ZGC_GOLDEN_UPDATE=1"
    want = snap.read_text(encoding="utf-8")
    if got != want:  # a readable diff: the first file that differs
        g, w = json.loads(got), json.loads(want)
        for name in sorted(set(g) | set(w)):
            assert g.get(name) == w.get(name), name
    assert got == want


def test_golden_covers_every_fixture():
    names = {p.name for p in DEV.iterdir() if p.is_file()}
    snaps = {p.stem for p in GOLDEN.glob("*.json")}
    assert names <= snaps
    assert any(n.startswith("NOTES") and n.endswith(".md") for n in names)


def test_offset_runs():
    assert offset_runs([]) == []
    assert offset_runs([5, 6, 7, 9, 9]) == [[5, 3], [9, 1], [9, 1]]


# ------------------------------------------------------------------ the cheap pre-tests are exact

def _sample_lines() -> list[str]:
    from zgc_etl.ingest import htmlpage, textpage

    out = []
    for p in sorted(DEV.iterdir()):
        text = p.read_text(encoding="utf-8")
        if p.suffix == ".html":
            out += [b.text for b in htmlpage.html_blocks(text)[0]]
        else:
            out += [ln.text for ln in textpage._lines(text)]
    tricky = ["Copyright 2020", "COPYRIGHT © 2021 Xinhua", "\u0130CP备 123", "ICP证 1", "Share", "ſhare this",
              "\u212aeywords: a", "Tags: x", "L M S", "l  m  s  ", "Print", "[Xinhua/Li Hua]", "(VCG/ Photo)",
              "PHOTO: Xinhua", "Picture taken shows a park", "E-mail", "EN | CN", "中文", "(Photo)",
              "Adjust Font Size", "Previous article", "Next: x", "hello (ic/x)", "Editor: Wang", "  Source: X",
              "The shares rose 5 percent in the top ten of the market, the editor said in a text to the source."]
    return out + tricky + [t.upper() for t in tricky] + [t.lower() for t in tricky]


def test_pretests_agree_with_the_regexes():
    from zgc_etl.ingest import textpage as tp

    for s in _sample_lines():
        low = tp._lowered(s)
        assert tp._footer_search(s, low) == bool(tp.FOOTER.search(s)), s
        assert tp._caption_search(s, low) == bool(tp.CAPTION_MARK.search(s)), s
        assert tp._chrome_search(s, low) == bool(tp.CHROME_LINE.search(s)), s
        cm = tp.CHROME_LINE.search(s)
        assert tp._chrome_near_start(s) == bool(cm and cm.start() <= 2), s
        # is_prose in one findall == the per-token definition
        ws = [t for t in s.split() if tp.PROSE_TOKEN.match(t)]
        old = len(ws) >= 8 and sum(1 for w in ws if w.lstrip("\"'“‘(")[0].islower()) >= 3 and s.count("|") < 2
        assert tp.is_prose(s) == old, s
