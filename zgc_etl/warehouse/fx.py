"""Money in CNY and USD: the article's own conversion first, else the ECB reference rate.

The ``currencyconverter`` package ships the European Central Bank's daily reference
rates offline (CNY from 2005-04-01), so conversion needs no network.

Rules, per money figure (``unit`` one of the currencies, optional bracketed ``alt_value``
in ``alt_unit``):

- the stated amount is taken as it is (``HKD 100`` stays the HKD amount);
- CNY: the stated value when the unit is CNY; else the article's alt when the alt is CNY;
  else the stated value times the ECB rate of the figure's day;
- USD: likewise, with USD;
- each of ``value_cny`` and ``value_usd`` records where it came from (``stated``,
  ``article`` or ``ECB``), ``fx_rate_date`` the ECB day used (NULL when no ECB rate was
  needed) and ``fx_rate_cny_per_usd`` the yuan per dollar the pair implies.

The figure's day is the last day of its ``as_of`` period, but never after the article's
publication date (a target for 2025 in a 2021 article is priced at 2021 rates: no later
rate existed when it was written); without either, nothing is converted.
"""
from __future__ import annotations

import calendar
import datetime as dt
import itertools
from functools import lru_cache
from typing import Optional

import numpy as np
import pandas as pd

from ..vocab import CURRENCIES

MONEY_COLS = ["value_cny", "value_usd", "fx_rate_cny_per_usd", "fx_rate_date", "value_cny_source",
              "value_usd_source", "fx_source"]


@lru_cache(maxsize=2)
def _converter(every_currency: bool = False):
    """The ECB table, loaded once per process: only the columns of :data:`CURRENCIES` (EUR, the
    reference, is implied), unless ``every_currency``.

    The package parses and gap-fills all of its ~40 currencies in Python (~0.4 s CPU, paid by the
    model step of every run, an incremental one too); ours are six.  Their rates and bounds are
    the same either way; only EUR's bounds (the span of the columns loaded) may shrink, and no day
    reaches the converter outside CNY's bounds (:func:`_clip`), which lie within them.
    """
    from currency_converter import CurrencyConverter

    if every_currency:
        return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)

    class _OurCurrencies(CurrencyConverter):
        def load_lines(self, lines):
            lines = iter(lines)
            header = next(lines).strip().split(",")
            keep = [0] + [i for i, c in enumerate(header) if i and c.strip() in CURRENCIES]
            super().load_lines(",".join(cells[i] for i in keep) for cells in
                               map(str.split, map(str.strip, itertools.chain([",".join(header)], lines)),
                                   itertools.repeat(",")))

    return _OurCurrencies(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


def _converter_for(*currencies: str):
    """The small converter when it holds every one of ``currencies``, else the whole table."""
    return _converter(not all(c in CURRENCIES for c in currencies))


def _clip(day: dt.date, currency: str, c=None) -> dt.date:
    c = c or _converter()
    lo, hi = c.bounds["CNY"].first_date, c.bounds["CNY"].last_date
    if currency in c.bounds:
        lo = max(lo, c.bounds[currency].first_date)
        hi = min(hi, c.bounds[currency].last_date)
    return min(max(day, lo), hi)


@lru_cache(maxsize=100_000)
def ecb_rate(currency: str, to: str, day: dt.date) -> tuple[float, dt.date]:
    """Units of ``to`` per one ``currency`` on (or nearest to) ``day``, and the day used."""
    if currency == to:
        return 1.0, day
    c = _converter_for(currency, to)
    day = _clip(_clip(day, currency, c), to, c)
    return c.convert(1.0, currency, to, date=day), day


@lru_cache(maxsize=10_000)
def ecb_month_rate(currency: str, to: str, year: int, month: int) -> float:
    """Mean of the daily ECB cross rates over one calendar month (the band check's yardstick)."""
    days = calendar.monthrange(year, month)[1]
    return float(np.mean([ecb_rate(currency, to, dt.date(year, month, d))[0] for d in range(1, days + 1)]))


def normalise_money(value: float, unit: str, alt_value: Optional[float], alt_unit: Optional[str],
                    on: Optional[dt.date]) -> tuple[Optional[float], Optional[float], Optional[float], Optional[str]]:
    """One figure: (value_cny, value_usd, cny_per_usd, fx_source); see :func:`money_frame`."""
    df = pd.DataFrame({"value": [value], "unit": [unit], "alt_value": [alt_value], "alt_unit": [alt_unit],
                       "fx_day": [on]})
    r = money_frame(df).iloc[0]
    return tuple(None if pd.isna(r[c]) else r[c] for c in ("value_cny", "value_usd", "fx_rate_cny_per_usd",
                                                            "fx_source"))


def _rates(currency: pd.Series, day: pd.Series, to: str) -> tuple[np.ndarray, np.ndarray]:
    """ECB rate (``to`` per ``currency``) and the day used, per row; NaN where no day or currency."""
    rate = np.full(len(currency), np.nan)
    used = np.full(len(currency), None, dtype=object)
    ok = currency.notna().to_numpy() & day.notna().to_numpy()
    if ok.any():
        sub = pd.DataFrame({"c": currency[ok].to_numpy(), "d": day[ok].to_numpy()})
        group = sub.groupby(["c", "d"], sort=False).ngroup().to_numpy()  # numbered in order of first appearance
        table = [ecb_rate(c, to, d) for c, d in sub.drop_duplicates().itertuples(index=False)]  # one per distinct pair
        rate[ok] = np.array([t[0] for t in table], dtype=float)[group]
        used[ok] = np.array([t[1] for t in table] + [None], dtype=object)[:-1][group]
    return rate, used


def money_frame(df: pd.DataFrame) -> pd.DataFrame:
    """Columns :data:`MONEY_COLS` for a frame with value, unit, alt_value, alt_unit, fx_day (a date or None).

    Vectorised: one ECB look-up per distinct (currency, day), arithmetic over whole columns.
    Rows that are not money get NULL everywhere: the work runs over the money rows only (a fifth
    of the figures, say) and its results are placed at their rows at the end.
    """
    n = len(df)
    unit_all = df["unit"].astype(object)
    at = np.flatnonzero(unit_all.isin(CURRENCIES).to_numpy()) if n else np.array([], dtype=np.int64)
    m = len(at)
    value = df["value"].astype(float).to_numpy()[at]
    unit = unit_all.to_numpy()[at]
    alt_value = pd.to_numeric(df["alt_value"].iloc[at], errors="coerce").to_numpy(dtype=float)
    alt_unit = df["alt_unit"].to_numpy(dtype=object)[at]  # NULL (None or NaN) equals no currency below
    alt_ok = pd.Series(alt_unit, dtype=object).isin(CURRENCIES).to_numpy() & ~np.isnan(alt_value) & (alt_value != 0)
    day = np.full(m, None, dtype=object)
    day[:] = [d if isinstance(d, dt.date) else None for d in df["fx_day"].to_numpy(dtype=object)[at]]

    def side(target: str):
        """(amount, source, ECB day used) in ``target`` currency for every money row."""
        amount = np.full(m, np.nan)
        source = np.full(m, None, dtype=object)
        stated = unit == target
        from_alt = ~stated & alt_ok & (alt_unit == target)
        need = ~stated & ~from_alt
        amount[stated], source[stated] = value[stated], "stated"
        amount[from_alt], source[from_alt] = alt_value[from_alt], "article"
        rate, used = _rates(pd.Series(np.where(need, unit, None), dtype=object),
                            pd.Series(np.where(need, day, None), dtype=object), target)
        conv = need & ~np.isnan(rate)
        amount[conv], source[conv] = value[conv] * rate[conv], "ECB"
        return amount, source, np.where(conv, used, None)

    cny, cny_src, cny_day = side("CNY")
    usd, usd_src, usd_day = side("USD")
    with np.errstate(divide="ignore", invalid="ignore"):
        implied = np.where((usd != 0) & ~np.isnan(usd) & ~np.isnan(cny), cny / usd, np.nan)
    rate_day = np.full(m, None, dtype=object)
    rate_day[:] = [a if a is not None else b for a, b in zip(cny_day, usd_day)]

    def spread(vals: np.ndarray, empty) -> np.ndarray:
        """The money rows' values at their rows of the frame, ``empty`` elsewhere."""
        full = np.full(n, empty, dtype=vals.dtype)
        full[at] = vals
        return full

    out = pd.DataFrame({
        "value_cny": spread(cny, np.nan),
        "value_usd": spread(usd, np.nan),
        "fx_rate_cny_per_usd": spread(np.where(implied > 0, implied, np.nan), np.nan),
        "fx_rate_date": pd.to_datetime(pd.Series(spread(rate_day, None), index=df.index, dtype=object)),
        "value_cny_source": spread(cny_src, None),
        "value_usd_source": spread(usd_src, None),
        # the readable summary: one string per distinct (CNY source, USD source, ECB day), shared by its
        # rows (built row by row as fixed-width NumPy text it cost ~1 KB per row at the peak: 1.4 GB at
        # 1.6 M figures); a row that is not money has no source on either side: None
        "fx_source": spread(_summaries(cny_src, usd_src, rate_day), None),
    }, index=df.index, columns=MONEY_COLS, copy=False)  # the arrays are new: not consolidated into copies (~0.4 s at 1.7 M rows)
    return _typed(out)


def _summaries(cny_src: np.ndarray, usd_src: np.ndarray, rate_day: np.ndarray) -> np.ndarray:
    """:func:`_summary` per row, computed once per distinct (CNY source, USD source, ECB day)."""
    parts, codes = [], []
    for col in (cny_src, usd_src, rate_day):
        c, u = pd.factorize(np.asarray(col, dtype=object), use_na_sentinel=True)  # an array: dates stay dates
        parts.append(list(u) + [None])  # code -1 (None) picks the trailing None
        codes.append(np.where(c < 0, len(u), c).astype(np.int64))
    combined = (codes[0] * len(parts[1]) + codes[1]) * len(parts[2]) + codes[2]
    distinct, inverse = np.unique(combined, return_inverse=True)
    table = np.empty(len(distinct), dtype=object)
    for i, k in enumerate(distinct.tolist()):
        k, c3 = divmod(k, len(parts[2]))
        c1, c2 = divmod(k, len(parts[1]))
        table[i] = _summary(parts[0][c1], parts[1][c2], parts[2][c3])
    return table[inverse.reshape(-1)] if len(distinct) else np.full(len(cny_src), None, dtype=object)


def _summary(cny_src: Optional[str], usd_src: Optional[str], day: Optional[dt.date]) -> Optional[str]:
    """``fx_source`` of one row: how its CNY and USD amounts were found, in words."""
    if cny_src is None and usd_src is None:
        return None
    if cny_src != "ECB" and usd_src != "ECB":
        if (cny_src, usd_src) in (("stated", "article"), ("article", "stated")):
            return "article pair"
        return "stated"
    ecb = "ECB reference rate " + (day.isoformat() if day is not None else "")
    if cny_src == "article":
        return "article CNY + " + ecb
    if usd_src == "article":
        return "article USD + " + ecb
    return ecb


def _typed(out: pd.DataFrame) -> pd.DataFrame:
    for c in ("value_cny", "value_usd", "fx_rate_cny_per_usd"):
        out[c] = pd.to_numeric(out[c], errors="coerce").astype(float)
    out["fx_rate_date"] = pd.to_datetime(out["fx_rate_date"], errors="coerce")
    return out
