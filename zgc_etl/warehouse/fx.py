"""Money in CNY and USD: the article's own pair first, else the ECB reference rate.

The ``currencyconverter`` package ships the European Central Bank's daily reference
rates offline (CNY from 2005-04-01), so conversion needs no network.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Optional

from ..vocab import CURRENCIES


@lru_cache(maxsize=1)
def _converter():
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


def _clip(day: dt.date, currency: str) -> dt.date:
    c = _converter()
    lo, hi = c.bounds["CNY"].first_date, c.bounds["CNY"].last_date
    if currency in c.bounds:
        lo = max(lo, c.bounds[currency].first_date)
        hi = min(hi, c.bounds[currency].last_date)
    return min(max(day, lo), hi)


@lru_cache(maxsize=100_000)
def ecb_rate(currency: str, to: str, day: dt.date) -> tuple[float, dt.date]:
    """Units of ``to`` per one ``currency`` on (or nearest to) ``day``."""
    day = _clip(_clip(day, currency), to)
    return _converter().convert(1.0, currency, to, date=day), day


def normalise_money(value: float, unit: str, alt_value: Optional[float], alt_unit: Optional[str],
                    on: Optional[dt.date]) -> tuple[Optional[float], Optional[float], Optional[float], Optional[str]]:
    """Return (value_cny, value_usd, cny_per_usd, source) for a money figure, else all None."""
    if unit not in CURRENCIES:
        return None, None, None, None
    if {unit, alt_unit} == {"CNY", "USD"} and alt_value:
        cny, usd = (value, alt_value) if unit == "CNY" else (alt_value, value)
        return cny, usd, (cny / usd if usd else None), "article pair"
    if on is None:  # no date to take a rate for: keep what is stated, convert nothing
        return (value if unit == "CNY" else None), (value if unit == "USD" else None), None, None
    day = on
    usd_cny, used = ecb_rate("USD", "CNY", day)
    if unit == "CNY":
        cny = value
    elif unit == "USD":
        cny = value * usd_cny
    else:
        rate, used = ecb_rate(unit, "CNY", day)
        cny = value * rate
    return cny, cny / usd_cny, usd_cny, f"ECB reference rate {used.isoformat()}"
