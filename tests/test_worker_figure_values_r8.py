"""The parse worker's figure columns from ``figure_values`` tuples (no Figure object per figure):
the same values as the Figures of ``extract_figures`` and the rows of ``figure_rows``."""
from __future__ import annotations

import pickle
from dataclasses import fields
from pathlib import Path

from zgc_etl import pipeline
from zgc_etl.ingest import iter_raw_files, load_article
from zgc_etl.model import Article, Figure
from zgc_etl.parse import extract_figures
from zgc_etl.parse.extract import FIGURE_FIELDS, figure_values

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"


def _articles() -> list[Article]:
    arts = [load_article(p, RAW) for p in iter_raw_files(RAW)]
    return [a for a in arts if isinstance(a, Article)]


def test_figure_fields_are_the_figure_model_s_fields_in_order():
    assert FIGURE_FIELDS == tuple(f.name for f in fields(Figure))


def test_figure_values_are_the_values_of_extract_figures():
    arts = _articles()
    assert sum(len(figure_values(a)) for a in arts) > 100
    for art in arts:
        assert [Figure(*v) for v in figure_values(art)] == extract_figures(art)


def test_the_worker_s_columns_are_the_figure_rows():
    arts = _articles()
    items = [(a.file, None, "new") for a in arts]
    outcomes, cols = pipeline._parse_files(RAW, 5 * 1024 * 1024, items)
    assert [o[0] for o in outcomes] == ["article"] * len(arts)
    rows = [r for a in arts for r in pipeline.figure_rows(a)]
    assert rows
    expected = pipeline._encode_chunk({c: [r.get(c) for r in rows] for c in pipeline.FIGURE_COLS})
    assert list(cols) == pipeline.FIGURE_COLS
    assert pickle.dumps(cols) == pickle.dumps(expected)


def test_a_task_without_figures_has_empty_columns():
    assert pipeline._figure_columns([], []) == {c: [] for c in pipeline.FIGURE_COLS}


def test_an_article_whose_regions_cannot_be_written_is_rejected_alone(monkeypatch):
    arts = _articles()[:3]
    real = figure_values

    def bad_second(article):
        values = real(article)
        if article.file == arts[1].file and values:  # a region the JSON encoder refuses
            values[0] = values[0][:7] + ([object()],) + values[0][8:]
        return values

    assert real(arts[1])
    monkeypatch.setattr(pipeline, "figure_values", bad_second)
    outcomes, cols = pipeline._parse_files(RAW, 5 * 1024 * 1024, [(a.file, None, "new") for a in arts])
    assert [o[0] for o in outcomes] == ["article", "rejected", "article"]
    assert outcomes[1][1]["reason"] == "parse_error"
    kept = [a for i, a in enumerate(arts) if i != 1]
    files = pipeline._decode(cols["file"], None).tolist()
    assert files == [a.file for a in kept for _ in real(a)]
    assert len(pipeline._decode(cols["regions"], None)) == len(files)
