"""Figure keys made by the parse step (r10): the model step takes them as they come and gives the star frames
it gave when it made them itself; a frame without them still gets them made."""
import numpy as np
import pandas as pd

from zgc_etl import schemas
from zgc_etl.pipeline import FIGURE_COLS, _with_figure_keys
from zgc_etl.warehouse.frames import build_star_frames
from zgc_etl.warehouse.keys import stable_key


def _inputs():
    files = ["b/x.txt", "a.txt", "c.md"]
    articles = pd.DataFrame({"file": files, "title": "t", "source": "Xinhua", "published": "2023-05-01",
                             "content_hash": ["%064d" % i for i in range(3)], "encoding": "utf-8", "format": "txt",
                             "size_bytes": 100, "flags": None, "status": "new", "parser_version": "x",
                             "figure_count": 3})
    rows = [{"file": f, "ordinal": k, "value": 1.0 + k, "unit": "CNY", "qualifier": "exact", "kind": "level",
             "measure": "revenue", "metric": None, "subject": "Huawei", "regions": '["Beijing"]', "as_of": "2022",
             "period_start": None, "alt_value": None, "alt_unit": None, "start": 5 * k, "end": 5 * k + 2,
             "mention": "1", "sentence": "S."} for f in files for k in (0, 1, 12)]
    figures = schemas.validate_in_place(schemas.FigureSchema, pd.DataFrame(rows, columns=FIGURE_COLS))
    return articles, figures


def test_keys_made_by_the_parse_step_give_the_same_star_frames():
    articles, figures = _inputs()
    without = build_star_frames(articles, figures.copy())
    keyed = _with_figure_keys(figures.copy())
    assert keyed["figure_key"].tolist() == [stable_key("figure", f, o) for f, o in zip(keyed["file"], keyed["ordinal"])]
    with_keys = build_star_frames(articles, keyed)
    for name in without:
        pd.testing.assert_frame_equal(with_keys[name], without[name], check_exact=True)


def test_the_model_step_takes_the_keys_it_is_given():
    articles, figures = _inputs()
    keyed = _with_figure_keys(figures.copy())
    keyed["figure_key"] = np.arange(len(keyed), dtype=np.int64) + 7  # not the stable keys: taken as they are
    facts = build_star_frames(articles, keyed)["fact_figure"]
    assert facts["figure_key"].tolist() == list(range(7, 7 + len(keyed)))


def test_a_hand_built_frame_with_null_keys_gets_them_made():
    articles, figures = _inputs()
    figures["figure_key"] = pd.array([None] * len(figures), dtype="Int64")  # what FigureSchema admits
    facts = build_star_frames(articles, schemas.validate_in_place(schemas.FigureSchema, figures))["fact_figure"]
    assert facts["figure_key"].tolist() == [stable_key("figure", f, o) for f, o in
                                            zip(figures["file"], figures["ordinal"])]
