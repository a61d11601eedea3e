"""The parse pool's chunk format: dictionary-encoded text columns and their merge in the parent."""
from __future__ import annotations

import pickle

import numpy as np
import pandas as pd

from zgc_etl import pipeline
from zgc_etl.pipeline import _Coded, _column, _decode, _encode, _encode_chunk


def test_a_text_column_round_trips_through_its_encoding():
    vals = ["12%", None, "$3 billion", "12%", None, "12%"]
    coded = _encode(vals)
    assert isinstance(coded, _Coded)
    assert coded.uniques == ["12%", None, "$3 billion"]  # first appearance order, None kept as a value
    assert coded.codes.tolist() == [0, 1, 2, 0, 1, 0] and coded.codes.dtype == np.uint8
    back = pickle.loads(pickle.dumps(coded, protocol=pickle.HIGHEST_PROTOCOL))
    assert _decode(back, None).tolist() == vals


def test_many_distinct_values_get_wider_codes():
    vals = [f"s{i}" for i in range(300)] * 2
    coded = _encode(vals)
    assert coded.codes.dtype == np.uint16
    assert _decode(coded, None).tolist() == vals


def test_values_that_are_not_all_str_or_none_stay_a_list():
    # 1, 1.0 and True are equal dict keys: encoding them would turn one into another
    for vals in ([1, 1.0, True], ["a", 1], ["a", float("nan")], []):
        assert _encode(vals) is vals


def test_the_parent_shares_equal_strings_across_chunks():
    a = _encode(["Beijing", "x" * 3])
    b = pickle.loads(pickle.dumps(_encode(["Beijing", None]), protocol=pickle.HIGHEST_PROTOCOL))
    seen: dict = {}
    da, db = _decode(a, seen), _decode(b, seen)
    assert da[0] is db[0]  # one object for both chunks' "Beijing"
    unshared = _decode(pickle.loads(pickle.dumps(_encode(["Beijing"]))), None)
    assert unshared[0] == "Beijing" and unshared[0] is not da[0]


def test_a_column_from_encoded_pieces_equals_the_column_from_lists():
    chunks = [["a", None, "b"], ["b", "c"], [None, None]]
    pieces = [_decode(_encode(c), {}) for c in chunks]
    got = _column(pieces)
    want = pd.Series([v for c in chunks for v in c])
    pd.testing.assert_series_equal(got, want)
    assert got.dtype == object
    mixed = _column([_decode(_encode(["a"]), None), [1, 2.5]])  # a list among them: typed by pandas as before
    pd.testing.assert_series_equal(mixed, pd.Series(["a", 1, 2.5]))


def test_a_chunk_is_encoded_column_by_column():
    cols = {c: [] for c in pipeline.FIGURE_COLS}
    for i in range(3):
        for c in pipeline.FIGURE_COLS:
            cols[c].append(i if c in pipeline.NUMERIC_COLS else (f"v{i % 2}" if c != "metric" else None))
    out = _encode_chunk(cols)
    for c in pipeline.FIGURE_COLS:
        if c in pipeline.NUMERIC_COLS:
            assert isinstance(out[c], np.ndarray) and out[c].dtype == np.int64
        elif c in pipeline.SHARED_COLS:
            assert isinstance(out[c], _Coded) and _decode(out[c], None).tolist() == cols[c]
        else:
            assert out[c] == cols[c]
