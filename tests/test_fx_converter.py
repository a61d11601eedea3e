"""The ECB table is loaded for the vocabulary's currencies only: the same rates as the whole table."""
from __future__ import annotations

import datetime as dt

import pytest

from zgc_etl.vocab import CURRENCIES
from zgc_etl.warehouse import fx

DAYS = [dt.date(2004, 6, 1), dt.date(2005, 4, 1), dt.date(2008, 12, 25), dt.date(2015, 8, 11),
        dt.date(2020, 2, 29), dt.date(2023, 1, 1), dt.date(2030, 1, 1)]  # before, inside and after the data


def _full_rate(currency: str, to: str, day: dt.date) -> tuple[float, dt.date]:
    """What ecb_rate gave when it loaded every currency of the package."""
    if currency == to:
        return 1.0, day
    c = fx._converter(True)
    day = fx._clip(fx._clip(day, currency, c), to, c)
    return c.convert(1.0, currency, to, date=day), day


def test_the_small_table_holds_only_our_currencies():
    small, full = fx._converter(), fx._converter(True)
    assert small.currencies == set(CURRENCIES) < full.currencies
    for c in CURRENCIES:
        assert small.bounds[c] == full.bounds[c] or c == "EUR"


@pytest.mark.parametrize("day", DAYS)
def test_rates_equal_those_of_the_whole_table(day):
    for currency in CURRENCIES:
        for to in ("CNY", "USD"):
            assert fx.ecb_rate(currency, to, day) == _full_rate(currency, to, day)


def test_a_currency_outside_the_vocabulary_falls_back_to_the_whole_table():
    rate, used = fx.ecb_rate("CHF", "CNY", dt.date(2019, 5, 6))
    assert rate == _full_rate("CHF", "CNY", dt.date(2019, 5, 6))[0] and rate > 1
