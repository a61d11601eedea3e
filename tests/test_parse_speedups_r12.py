"""Twelfth session's speed-ups: the parse worker freezes what is alive between its tasks out of the automatic
garbage collections (pipeline._parse_task); ``zgc-etl extract`` freezes its imports.  Output is unchanged:
the frozen objects are only left out of the collector's walks, and cyclic garbage made later is still
collected."""
from __future__ import annotations

import gc
import json
import pickle
import weakref
from pathlib import Path

from zgc_etl import cli, pipeline
from zgc_etl.ingest import DEFAULT_MAX_BYTES

DEV = Path(__file__).parent / "fixtures" / "dev"


class _Node:
    pass


def _items(n: int = 6) -> list[tuple[str, None, str]]:
    files = sorted(p.name for p in DEV.iterdir() if p.suffix in (".txt", ".html", ".md") and not p.name.startswith("NOTES"))
    return [(f, None, "new") for f in files[:n]]


def test_worker_task_freezes_and_gives_the_same_figures(monkeypatch):
    items = _items()
    plain = pipeline._parse_files(DEV, DEFAULT_MAX_BYTES, items)
    monkeypatch.setattr(pipeline.mp, "parent_process", lambda: object())  # as in a pool worker
    try:
        before = gc.get_freeze_count()
        got = pipeline._parse_task((DEV, DEFAULT_MAX_BYTES, items))
        assert gc.get_freeze_count() >= before and gc.get_freeze_count() > 0
        assert got[0] == plain[0]
        assert pickle.dumps(got[1]) == pickle.dumps(plain[1])  # the encoded figure columns, byte for byte
        # cyclic garbage made after the freeze is still collected
        a, b = _Node(), _Node()
        a.other, b.other = b, a
        gone = weakref.ref(a)
        del a, b
        gc.collect()
        assert gone() is None
    finally:
        gc.unfreeze()


def test_main_process_task_does_not_freeze(monkeypatch):
    monkeypatch.setattr(pipeline.mp, "parent_process", lambda: None)
    gc.unfreeze()
    pipeline._parse_task((DEV, DEFAULT_MAX_BYTES, _items(2)))
    assert gc.get_freeze_count() == 0


def test_extract_command_output_unchanged_by_its_freeze(capsys):
    files = [str(DEV / f) for f, _, _ in _items(4)]
    try:
        assert cli.main(["extract", *files]) == 0
        frozen_out = capsys.readouterr().out
    finally:
        gc.unfreeze()
    rows = [json.loads(line) for line in frozen_out.splitlines()]
    assert rows  # figures were written
    # the same figures as extract_figures gives without any freeze
    from zgc_etl.ingest import load_article
    from zgc_etl.parse import extract_figures
    expect = []
    for f in files:
        art = load_article(Path(f), DEV)
        for fig in extract_figures(art):
            d = fig.as_prediction()
            d["file"] = Path(art.file).name
            expect.append(d)
    assert rows == json.loads(json.dumps(expect, ensure_ascii=False))
