"""Smoke tests of the benchmark's generator and code, at tiny sizes; and the parse pool's equivalence."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from benchmarks import generate
from benchmarks.run import _stage_split, markdown
from zgc_etl import pipeline, schemas
from zgc_etl.ingest import load_article
from zgc_etl.model import Rejection
from zgc_etl.pipeline import FIGURE_COLS, figure_rows, parse_changed, scan_raw_folder
from zgc_etl.warehouse.keys import stable_key

DEV = Path(__file__).parent / "fixtures" / "dev"


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_generator_is_deterministic_and_varied(tmp_path):
    a = generate.generate(60, tmp_path / "a", seed=3, workers=1, progress=False)
    b = generate.generate(60, tmp_path / "b", seed=3, workers=2, progress=False)
    fa, fb = _files(tmp_path / "a"), _files(tmp_path / "b")
    fa.pop("MANIFEST.json"), fb.pop("MANIFEST.json")
    assert fa == fb and len(fa) == 60
    assert a["n"] == b["n"] == 60
    assert {Path(f).suffix for f in fa} == {".txt", ".html"}
    # a different seed gives different articles
    generate.generate(5, tmp_path / "c", seed=4, workers=1, progress=False)
    fc = _files(tmp_path / "c")
    assert not set(fc.values()) & set(fa.values())
    # the first articles of a bigger corpus are the small corpus
    generate.generate(80, tmp_path / "d", seed=3, workers=1, progress=False)
    fd = _files(tmp_path / "d")
    assert all(fd[k] == v for k, v in fa.items())


def test_generated_articles_load_and_carry_figures(tmp_path):
    generate.generate(30, tmp_path / "c", seed=1, workers=1, progress=False)
    loaded = 0
    for p in sorted((tmp_path / "c").rglob("*")):
        if p.suffix not in (".txt", ".html"):
            continue
        art = load_article(p, tmp_path / "c")
        assert not isinstance(art, Rejection), (p, art)
        assert art.published and art.title
        loaded += 1
        assert figure_rows(art)
    assert loaded == 30


def test_generator_refuses_the_sample_folder():
    with pytest.raises(SystemExit):
        generate.generate(1, generate.SAMPLES / "x", workers=1, progress=False)


def test_ensure_corpus_reuses_a_matching_corpus(tmp_path):
    out, m = generate.ensure_corpus(10, tmp_path, seed=2, progress=False)
    marker = out / "000" / "marker"
    marker.write_text("kept")
    out2, m2 = generate.ensure_corpus(10, tmp_path, seed=2, progress=False)
    assert out2 == out and marker.exists() and m2 == m


def _reference_figures(raw: Path) -> pd.DataFrame:
    """The figures frame as the one-by-one implementation built it: dicts per row, in file order."""
    rows = []
    for p in sorted(raw.iterdir()):
        if p.name == "zz_copy.txt":  # a duplicate: rejected, never parsed
            continue
        art = load_article(p, raw)
        if not isinstance(art, Rejection):
            rows.extend(figure_rows(art))
    good, _ = schemas.split_valid(pd.DataFrame(rows, columns=FIGURE_COLS), schemas.FigureSchema)
    # and each valid figure's key, which the parse step makes for the model step (r10)
    good["figure_key"] = np.array([stable_key("figure", f, o) for f, o in zip(good["file"], good["ordinal"])],
                                  dtype=np.int64)
    return good


@pytest.mark.parametrize("workers", ["1", "2"])
def test_parse_pool_gives_the_one_by_one_result(tmp_path, monkeypatch, workers):
    raw = tmp_path / "raw"
    raw.mkdir()
    for p in sorted(DEV.iterdir())[:12]:
        if p.suffix in (".txt", ".html"):
            shutil.copy(p, raw / p.name)
    (raw / "empty.txt").write_bytes(b"")
    (raw / "zz_copy.txt").write_bytes(next(p for p in sorted(raw.iterdir()) if p.suffix == ".txt").read_bytes())
    monkeypatch.setenv("ZGC_PARSE_WORKERS", workers)
    monkeypatch.setattr(pipeline, "POOL_THRESHOLD", 0)
    monkeypatch.setattr(pipeline, "CHUNK_FILES", 3)
    seen = []
    res = parse_changed(raw, scan_raw_folder(raw), pd.DataFrame(), progress=lambda it: (seen.append(x) or x for x in it))
    ref = _reference_figures(raw)
    pd.testing.assert_frame_equal(res.figures.reset_index(drop=True), ref.reset_index(drop=True))
    assert list(res.articles["file"]) == sorted(res.articles["file"])
    assert dict(zip(res.rejected["file"], res.rejected["reason"])) == {"empty.txt": "empty", "zz_copy.txt": "duplicate"}
    assert len(seen) == len(res.articles) + 1  # every parsed file ticks once (the duplicate is decided up front)


def test_table_renders_from_a_result():
    e = {"wall_s": 10.0, "cpu_s": 12.0, "import_s": 2.0, "peak_rss_mb": 300.0,
         "stages": _stage_split({"raw_files": 1, "parsed": 5, "star_frames": 2, "warehouse": 1,
                                 "warehouse__fact_figure_provenance": 0.5, "reports__x": 0.1}),
         "rows": {"articles": 10, "figures": 100, "rejected_files": 0}}
    same = {"articles": 2, "body_mb": 0.01, "ours_cpu_s": 0.1, "ours_wall_s": 0.1, "quantulum_cpu_s": 5.0,
            "quantulum_wall_s": 5.0, "ours_body_mb_s": 0.1, "quantulum_body_mb_s": 0.002, "ratio_cpu": 50.0,
            "ratio_wall": 50.0, "recognition_body_mb_s": 0.4, "recognition_ratio_cpu": 200.0}
    res = {"machine": {"date": "2026-01-01", "cpu": "x", "cores": 2, "mem_gib": 24, "python": "3.11", "commit": "abc",
                       "load_avg_start": [0, 0, 0]},
           "parser": {"articles": 10, "file_mb": 0.1, "body_mb": 0.05,
                      "ingest_extract": {"mb_s": 1.0, "articles_s": 100}, "extract": {"body_mb_s": 1.0, "articles_s": 200},
                      "same_text": same},
           "e2e": {1000: e}, "incremental": {"size": 1000, **e, "ratio_to_full": 0.5},
           "scan": {"size": 1000, "scan_wall_s": 1.0, "stat_only_wall_s": 0.1}}
    md = markdown(res)
    assert "| ratio ours / quantulum3 | **50.0×**" in md
    assert "0.4 MB/s = 200.0× quantulum3" in md  # the recognition stage's own row
    assert "1,000 articles" in md
    assert "runs:" not in md  # one run: nothing to list
    json.dumps(res)
    res["e2e"][1000] = {**e, "wall_s_all": [9.5, 10.0]}
    assert "the 2 runs: 9.5 s, 10.0 s" in markdown(res)


def test_incremental_is_void_unless_exactly_one_new_article_was_parsed():
    from benchmarks.run import incremental_void

    assert incremental_void({"articles": {"new": 1, "changed": 0, "unchanged": 99_999}}) is None
    assert "100000 new" in incremental_void({"articles": {"new": 100_000, "changed": 0, "unchanged": 0}})
    assert incremental_void({"articles": {"new": 1, "changed": 99_999, "unchanged": 0}})
    assert incremental_void({})


def test_incremental_refused_on_a_warehouse_of_another_parser_version(tmp_path):
    import duckdb

    from benchmarks.run import incremental_blocker
    from zgc_etl.parse import PARSER_VERSION
    from zgc_etl.warehouse.load import MODEL_VERSION, ensure_schema

    db = tmp_path / "w.duckdb"
    assert "no warehouse" in incremental_blocker(db)
    with duckdb.connect(str(db)) as con:
        ensure_schema(con)
        con.execute("INSERT INTO warehouse_meta (name, value) VALUES ('model_version', ?)", [MODEL_VERSION])
    assert "no articles" in incremental_blocker(db)
    with duckdb.connect(str(db)) as con:
        con.execute("INSERT INTO dim_article (article_key, file, content_hash, encoding, format, size_bytes, "
                    "parser_version, figure_count) VALUES (1, 'a.txt', 'h', 'utf-8', 'txt', 1, '0.0.0-old', 0)")
    assert "re-parsed" in incremental_blocker(db)
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE dim_article SET parser_version = ?", [PARSER_VERSION])
    assert incremental_blocker(db) is None


def test_markdown_marks_a_void_incremental_run():
    e = {"wall_s": 10.0, "cpu_s": 12.0, "import_s": 2.0, "peak_rss_mb": 300.0,
         "stages": _stage_split({"raw_files": 1, "parsed": 5}), "rows": {}}
    res = {"machine": {"date": "2026-01-01", "cpu": "x", "cores": 2, "mem_gib": 24, "python": "3.11", "commit": "abc",
                       "load_avg_start": [0, 0, 0]},
           "e2e": {}, "incremental": {"size": 1000, **e, "ratio_to_full": None, "void": "parsed 1000 new"}}
    md = markdown(res)
    assert "VOID: parsed 1000 new" in md and "full run not in this result" in md


def test_incremental_rows_give_the_fixed_cost_the_article_cost_and_the_scaling():
    def run(wall, new):
        return {"wall_s": wall, "cpu_s": wall, "peak_rss_mb": 1.0, "articles": {"new": new, "changed": 0},
                "stages": _stage_split({"raw_files": 1, "parsed": 1, "reports__x": 0.5})}

    def sized(n, noop, add, remove):
        return {"size": n, **run(add, 1), "ratio_to_full": 0.02, "noop": run(noop, 0), "remove": run(remove, 0),
                "article_cost_s": round(add - noop, 2)}

    res = {"machine": {"date": "2026-01-01", "cpu": "x", "cores": 2, "mem_gib": 24, "python": "3.11", "commit": "abc",
                       "load_avg_start": [0, 0, 0]},
           "e2e": {}, "incremental_by_size": {10_000: sized(10_000, 4.0, 4.5, 4.2), 100_000: sized(100_000, 8.0, 9.0, 8.4)}}
    res["incremental"] = res["incremental_by_size"][100_000]
    md = markdown(res)
    assert "| incremental, 100,000 articles: nothing changed (the fixed cost of a run) | 8.0 s;" in md
    assert "| incremental, 10,000 articles: +1 article | **4.5 s** = 0.02 × the full run;" in md
    assert "reports 0.5" in md
    assert "| … the article's own cost (+1 minus nothing changed) | 1.0 s wall |" in md
    assert "−1 article (the added one deleted) | 8.4 s;" in md
    assert "100,000 against 10,000 articles (10× the corpus) | 2.0× the time (4.5 → 9.0 s)" in md


def test_runs_with_nothing_new_are_void_when_they_parsed_something():
    from benchmarks.run import incremental_void

    assert incremental_void({"articles": {"new": 0, "changed": 0, "unchanged": 100_000}}, new=0) is None
    assert "not exactly 0 new" in incremental_void({"articles": {"new": 1, "changed": 0, "unchanged": 99_999}}, new=0)
