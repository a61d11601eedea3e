"""Reference data for the dimensions: units, regions, metrics, entity types.

Regions and metrics come from the plain files of :mod:`zgc_etl.reference`.
"""
from __future__ import annotations

import re

import pandas as pd

from ..vocab import CURRENCIES, UNIT_INFO, UNIT_LABELS
from .keys import stable_key


def unit_frame() -> pd.DataFrame:
    rows = []
    for unit, (dimension, base, factor) in UNIT_INFO.items():
        rows.append({"unit_key": stable_key("unit", unit), "unit": unit, "label": UNIT_LABELS[unit],
                     "dimension": dimension, "base_unit": base, "to_base": factor,
                     "is_currency": unit in CURRENCIES})
    return pd.DataFrame(rows)


def region_rows() -> list[dict]:
    """Gazetteer rows: name, code, level, parent (name), aliases."""
    from .. import reference

    return reference.region_rows()


def metric_rows() -> list[dict]:
    """Metric catalogue rows: metric_id, name, category (with 'unclassified')."""
    from .. import reference

    return reference.metric_rows()


def classify_metric(measure: str | None) -> str:
    from .. import reference

    return reference.classify_metric(measure)


_TYPES = [
    ("company", re.compile(r"\b(co\.?|ltd|limited|corp(oration)?|inc|group|company|bank|holdings?)\b", re.I)),
    ("park", re.compile(r"\b(park|zone|city|centre|center|base|hub|area|port|farm|cluster|district)\b", re.I)),
    ("institution", re.compile(r"\b(institute|university|academy|college|laboratory|lab|school)\b", re.I)),
    ("government", re.compile(r"\b(ministry|bureau|commission|committee|government|administration|office|council|department)\b", re.I)),
]


def entity_type(name: str, region_names: set[str]) -> str:
    if name in region_names:
        return "place"
    for label, rx in _TYPES:
        if rx.search(name):
            return label
    return "other"
