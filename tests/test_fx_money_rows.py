"""money_frame over many rows gives, row for row, what it gives for each row alone."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from zgc_etl.warehouse.fx import MONEY_COLS, money_frame


def test_a_mixed_frame_equals_its_rows_one_by_one():
    rows = [
        ("CNY", 10.0, None, None, dt.date(2021, 3, 1)),     # stated CNY, USD from the ECB
        ("USD", 5.0, 35.0, "CNY", dt.date(2021, 3, 1)),     # stated USD, the article's CNY
        ("EUR", 2.0, np.nan, None, dt.date(2019, 12, 31)),  # both from the ECB
        ("percent", 12.0, None, None, dt.date(2021, 3, 1)),  # not money: NULL everywhere
        ("HKD", 7.0, 0.0, "USD", None),                     # no day: nothing to convert with
        ("CNY", 3.0, 1.0, "USD", None),                     # an article pair
        ("count", 1.0, None, None, None),
        ("EUR", 4.0, None, None, dt.date(2019, 12, 31)),    # the same ECB day again: the same summary
    ]
    df = pd.DataFrame(rows, columns=["unit", "value", "alt_value", "alt_unit", "fx_day"], index=np.arange(8) * 5 + 2)
    whole = money_frame(df)
    assert list(whole.columns) == MONEY_COLS and whole.index.equals(df.index)
    one_by_one = pd.concat([money_frame(df.iloc[[i]]) for i in range(len(df))])
    pd.testing.assert_frame_equal(whole, one_by_one)
    assert whole.loc[[17, 32], MONEY_COLS].isna().all(axis=None)  # the rows that are not money
    assert whole.loc[27, "fx_source"] == "article pair" and whole.loc[27, "value_usd_source"] == "article"
    assert whole.loc[12, "fx_source"] == whole.loc[37, "fx_source"] == "ECB reference rate 2019-12-31"
    assert pd.isna(whole.loc[22, "value_cny"]) and whole.loc[22, "fx_source"] is None


def test_an_empty_frame_has_the_money_columns():
    df = pd.DataFrame({"unit": [], "value": [], "alt_value": [], "alt_unit": [], "fx_day": []})
    out = money_frame(df)
    assert list(out.columns) == MONEY_COLS and len(out) == 0
    assert out["fx_rate_date"].dtype.kind == "M"
