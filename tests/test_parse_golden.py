"""Golden output of ``extract_figures``: every figure of every labelled dev and held-out
article and of ~150 generated articles (copied under ``tests/fixtures/parse_golden/articles/``),
compared with snapshots under ``tests/fixtures/parse_golden/``.

The snapshots pin the parser's output exactly, so that it can be made faster without
changing what it produces.  Each figure records its full ``as_prediction()`` (which
includes ``metric``; ``file`` is the key), plus its ``role``, ``ordinal`` and a hash of its ``sentence``.

To regenerate after an intended change of output (say which change in the commit)::

    ZGC_GOLDEN_UPDATE=1 pytest tests/test_parse_golden.py
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from zgc_etl.ingest import load_article
from zgc_etl.model import Rejection
from zgc_etl.parse import extract_figures

FIX = Path(__file__).parent / "fixtures"
GOLDEN = FIX / "parse_golden"
UPDATE = os.environ.get("ZGC_GOLDEN_UPDATE") == "1"

SETS = {
    "dev": FIX / "dev",
    "heldout": FIX / "heldout",
    "generated": GOLDEN / "articles",
}


def figure_record(f, name: str) -> dict:
    d = f.as_prediction()
    assert d.pop("file") == name, (f.file, name)  # the snapshot's key; not repeated per figure
    d["role"] = f.role
    d["ordinal"] = f.ordinal
    d["sentence_sha1"] = hashlib.sha1(f.sentence.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return d


def snapshot_of(folder: Path) -> dict:
    out = {}
    for p in sorted(folder.iterdir()):
        if p.suffix not in (".txt", ".html"):
            continue
        art = load_article(p, folder)
        assert not isinstance(art, Rejection), art
        out[p.name] = [figure_record(f, p.name) for f in extract_figures(art)]
    return out


def dump(snap: dict) -> str:
    lines = ["{"]
    items = list(snap.items())
    for i, (name, figs) in enumerate(items):
        lines.append(f"{json.dumps(name)}: [")
        for j, fig in enumerate(figs):
            lines.append(json.dumps(fig, ensure_ascii=False, separators=(",", ":")) + ("," if j < len(figs) - 1 else ""))
        lines.append("]" + ("," if i < len(items) - 1 else ""))
    lines.append("}")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("name", sorted(SETS))
def test_parse_golden(name):
    path = GOLDEN / f"{name}.json"
    snap = snapshot_of(SETS[name])
    assert snap, f"no articles in {SETS[name]}"
    if UPDATE:
        path.write_text(dump(snap), encoding="utf-8")
        return
    assert path.exists(), f"no snapshot {path}; run with ZGC_GOLDEN_UPDATE=1"
    want = json.loads(path.read_text(encoding="utf-8"))
    # a round trip through JSON, so floats and tuples compare as stored
    got = json.loads(dump(snap))
    assert sorted(got) == sorted(want), "articles differ"
    diffs = []
    for art in want:
        g, w = got[art], want[art]
        if g == w:
            continue
        if len(g) != len(w):
            diffs.append(f"{art}: {len(g)} figures, snapshot has {len(w)}")
        for a, b in zip(g, w):
            if a != b:
                keys = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
                diffs.append(f"{art} #{b.get('ordinal')}: " + "; ".join(f"{k}: {a.get(k)!r} != {b.get(k)!r}" for k in keys))
                break
    assert not diffs, f"{len(diffs)} articles differ:\n" + "\n".join(diffs[:30])
