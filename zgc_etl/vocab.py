"""The closed vocabularies of FIGURES.md, shared by the parser, the schemas and the warehouse."""
from __future__ import annotations

UNITS = (
    "count", "CNY", "USD", "EUR", "GBP", "JPY", "HKD", "percent", "percentage_point", "times", "index",
    "m2", "km2", "hectare", "mu", "m", "km", "t", "kWh", "MW", "minute", "hour", "day", "year",
)
CURRENCIES = ("CNY", "USD", "EUR", "GBP", "JPY", "HKD")
QUALIFIERS = ("exact", "approx", "gt", "ge", "lt", "le")
KINDS = ("level", "change", "share", "rate", "target")
ISO_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"

#: unit → (dimension, base unit, factor to base).  Money is normalised separately (exchange rates).
UNIT_INFO: dict[str, tuple[str, str, float]] = {
    "count": ("count", "count", 1.0),
    "CNY": ("money", "CNY", 1.0), "USD": ("money", "USD", 1.0), "EUR": ("money", "EUR", 1.0),
    "GBP": ("money", "GBP", 1.0), "JPY": ("money", "JPY", 1.0), "HKD": ("money", "HKD", 1.0),
    "percent": ("ratio", "percent", 1.0),
    "percentage_point": ("ratio_change", "percentage_point", 1.0),
    "times": ("multiple", "times", 1.0),
    "index": ("index", "index", 1.0),
    "m2": ("area", "m2", 1.0), "km2": ("area", "m2", 1_000_000.0), "hectare": ("area", "m2", 10_000.0),
    "mu": ("area", "m2", 2000.0 / 3.0),
    "m": ("length", "m", 1.0), "km": ("length", "m", 1000.0),
    "t": ("mass", "t", 1.0),
    "kWh": ("energy", "kWh", 1.0),
    "MW": ("power", "MW", 1.0),
    "minute": ("duration", "hour", 1.0 / 60.0), "hour": ("duration", "hour", 1.0),
    "day": ("duration", "hour", 24.0), "year": ("duration", "year", 1.0),
}
UNIT_LABELS = {
    "count": "count of things", "CNY": "Chinese yuan (renminbi)", "USD": "US dollar", "EUR": "euro",
    "GBP": "pound sterling", "JPY": "Japanese yen", "HKD": "Hong Kong dollar", "percent": "percent",
    "percentage_point": "percentage point", "times": "multiple (times)", "index": "index value",
    "m2": "square metre", "km2": "square kilometre", "hectare": "hectare", "mu": "mu (666.67 m2)",
    "m": "metre", "km": "kilometre", "t": "metric ton", "kWh": "kilowatt-hour", "MW": "megawatt",
    "minute": "minute", "hour": "hour", "day": "day", "year": "year",
}
