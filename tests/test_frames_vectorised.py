"""The model step's whole-column helpers give what their row-by-row definitions give."""
from __future__ import annotations

import json

import numpy as np
import pandas as pd

from zgc_etl.warehouse import frames
from zgc_etl.warehouse.keys import date_key, stable_key


def _bridge_row_by_row(figure_keys, region_lists):
    """bridge_frame as it was written first: explode, drop NULL names, number, keep each name's first."""
    cols = ["figure_key", "region_key", "position"]
    b = pd.DataFrame({"figure_key": np.asarray(figure_keys), "name": region_lists}).explode("name").dropna()
    if b.empty:
        return pd.DataFrame(columns=cols)
    b["position"] = b.groupby(level=0).cumcount()
    b = b.drop_duplicates(["figure_key", "name"])
    b["region_key"] = b["name"].map(lambda n: stable_key("region", n)).astype("int64")
    return b[cols].reset_index(drop=True)


def test_bridge_rows_match_the_row_by_row_definition():
    regions = pd.Series(['["Beijing", "Haidian"]', None, "[]", '["Tianjin", "Tianjin", "Binhai"]',
                         '["Beijing", "Haidian"]', '[null, "Shanghai", null, "Pudong"]', "", '["Shenzhen"]'],
                        dtype=object)
    keys = pd.Series(np.arange(len(regions), dtype="int64") * 7 + 3)
    codes, texts = pd.factorize(regions, use_na_sentinel=True)
    lists = [json.loads(t) if t else [] for t in texts]
    got = frames.bridge_frame(keys, codes, lists)
    want = _bridge_row_by_row(keys, [json.loads(r) if isinstance(r, str) and r else [] for r in regions])
    pd.testing.assert_frame_equal(got, want)
    # a repeated name keeps its first position; NULL names do not count
    assert got[got["figure_key"] == keys[3]]["position"].tolist() == [0, 2]
    assert got[got["figure_key"] == keys[5]]["position"].tolist() == [0, 1]


def test_bridge_without_any_region_is_empty():
    keys = pd.Series([1, 2], dtype="int64")
    codes, texts = pd.factorize(pd.Series(["[]", None], dtype=object), use_na_sentinel=True)
    got = frames.bridge_frame(keys, codes, [[] for _ in texts])
    assert got.empty and list(got.columns) == ["figure_key", "region_key", "position"]


def test_figure_keys_are_the_stable_keys_of_file_and_ordinal():
    files = pd.Series(["a.txt", "a.txt", "b/é.txt", "a.txt"], dtype=object)
    ords = pd.Series([0, 1, 0, 12], dtype="int64")
    want = [stable_key("figure", f, o) for f, o in zip(files, ords)]
    assert frames.figure_keys(files, ords).tolist() == want
    assert frames.figure_keys(files, ords.astype(float)).tolist() == want  # not integers: the row-by-row path


def test_natural_and_date_keys_stay_null_where_the_value_is():
    vals = pd.Series(["x", None, "", "y", "x", np.nan], dtype=object)
    got = frames._keys("entity", vals)
    assert got.dtype == "Int64"
    want = pd.array([stable_key("entity", "x"), None, None, stable_key("entity", "y"), stable_key("entity", "x"), None],
                    dtype="Int64")
    pd.testing.assert_extension_array_equal(got, want)
    dates = frames._date_keys(pd.Series(["2020-12-31", None, "2018", "2020-11"], dtype=object))
    pd.testing.assert_extension_array_equal(
        dates, pd.array([date_key("2020-12-31"), None, date_key("2018"), date_key("2020-11")], dtype="Int64"))
    assert frames._str_keys("article", pd.Series(["f1", "f2"])).tolist() == [stable_key("article", "f1"),
                                                                            stable_key("article", "f2")]


def test_metric_ids_take_the_stated_metric_else_the_measure_classified():
    stated = pd.Series(["energy", None, "", None], dtype=object)
    measures = pd.Series(["capacity", "R&D spending", "R&D spending", None], dtype=object)
    got = frames._metric_ids(stated, measures)
    want = ["energy", frames.classify_metric("R&D spending"), frames.classify_metric("R&D spending"),
            frames.classify_metric(None)]
    assert got.tolist() == want
