"""FigureSchema's frame-wide checks: same verdicts and quarantine text as with pandera's ignore_na."""
from __future__ import annotations

import numpy as np
import pandas as pd

from zgc_etl import schemas


def _figures(n: int = 3) -> pd.DataFrame:
    return pd.DataFrame({
        "file": ["a.txt"] * n, "ordinal": list(range(n)), "value": [1.0] * n, "unit": ["CNY"] * n,
        "qualifier": ["exact"] * n, "kind": ["level"] * n, "measure": [None] * n, "metric": [None] * n,
        "subject": [None] * n, "regions": ["[]"] * n, "as_of": [None] * n, "period_start": [None] * n,
        "alt_value": [np.nan] * n, "alt_unit": [None] * n, "start": [0] * n, "end": [5] * n,
        "mention": ["5 yuan"] * n, "sentence": [None] * n})


def test_a_row_failing_a_frame_check_lists_only_its_non_null_values():
    df = _figures()
    df.loc[1, "end"] = 0
    df.loc[2, "alt_value"] = 3.0
    good, q = schemas.split_valid(df, schemas.FigureSchema)
    assert list(good["ordinal"]) == [0]
    failures = dict(zip(q["ordinal"], q["failures"]))
    assert "end: end must be after start (got 0)" in failures[1]
    assert "alt_value: alt_unit must be set exactly when alt_value is (got 3.0)" in failures[2]
    for text in failures.values():  # the NULL cells (measure, alt_unit, ...) are not failure cases
        assert "(got None)" not in text and "(got nan)" not in text


def test_a_row_of_nulls_passes_the_frame_checks_as_with_ignore_na():
    df = pd.DataFrame({"start": [0, np.nan, 4], "end": [1, np.nan, 2], "x": [None, None, "y"]})
    ok = schemas._pass_all_null_rows(df, df["end"] > df["start"])
    assert ok.tolist() == [True, True, False]


def test_all_passing_rows_are_returned_as_they_are():
    df = pd.DataFrame({"start": [0, 1], "end": [1, 2]})
    ok = df["end"] > df["start"]
    assert schemas._pass_all_null_rows(df, ok) is ok


def test_iso_date_failures_read_as_pandera_str_matches_did():
    df = _figures(5)
    df["as_of"] = ["2021", "2023/02/30", "2023-02-30", "", None]
    df.loc[0, "period_start"] = "20x1"
    good, q = schemas.split_valid(df, schemas.FigureSchema)
    assert list(good["ordinal"]) == [4]
    pattern = r"str_matches('^\d{4}(-\d{2}(-\d{2})?)?$')"
    assert dict(zip(q["ordinal"], q["failures"])) == {
        0: f"period_start: {pattern} (got '20x1')",
        1: f"as_of: {pattern} (got '2023/02/30'); as_of: a day or month that exists in the calendar (not 2023-02-30, 2020-13) "
           "(got '2023/02/30')",
        2: "as_of: a day or month that exists in the calendar (not 2023-02-30, 2020-13) (got '2023-02-30')",
        3: f"as_of: {pattern} (got '')",
    }
