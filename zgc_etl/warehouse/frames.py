"""Articles and figures frames → the star schema's frames (validated), ready for SQL merges."""
from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
from typing import Optional

import numpy as np
import pandas as pd
from pandas.api.types import infer_dtype

from .. import schemas
from ..vocab import UNIT_INFO
from .fx import money_frame
from .keys import date_key, stable_key
from .refdata import classify_metric, entity_type, metric_rows, region_rows, unit_frame

STAR_TABLES = ("dim_source", "dim_article", "dim_date", "dim_unit", "dim_region", "dim_entity", "dim_metric",
               "fact_figure", "bridge_figure_region")
MODELS = {
    "dim_source": schemas.DimSourceSchema, "dim_article": schemas.DimArticleSchema,
    "dim_date": schemas.DimDateSchema, "dim_unit": schemas.DimUnitSchema, "dim_region": schemas.DimRegionSchema,
    "dim_entity": schemas.DimEntitySchema, "dim_metric": schemas.DimMetricSchema,
    "fact_figure": schemas.FactFigureSchema, "bridge_figure_region": schemas.BridgeFigureRegionSchema,
}


def date_row(iso: str) -> dict:
    parts = [int(p) for p in iso.split("-")]
    y = parts[0]
    m = parts[1] if len(parts) > 1 else None
    d = parts[2] if len(parts) > 2 else None
    if d:
        first = last = dt.date(y, m, d)
    elif m:
        first, last = dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
    else:
        first, last = dt.date(y, 1, 1), dt.date(y, 12, 31)
    return {"date_key": date_key(iso), "iso": iso, "precision": ("day" if d else "month" if m else "year"),
            "year": y, "quarter": ((m - 1) // 3 + 1) if m else None, "month": m, "day": d,
            "period_first_day": pd.Timestamp(first), "period_last_day": pd.Timestamp(last)}


def _last_day(iso: Optional[str]) -> Optional[dt.date]:
    if not iso:
        return None
    try:
        return date_row(iso)["period_last_day"].date()
    except (ValueError, TypeError):
        return None


#: relative half-width of an "approx" value's interval: "about 8,000" holds for 7,600 .. 8,400
APPROX_TOLERANCE = 0.05


def bounds(value: float, qualifier: str) -> tuple[Optional[float], Optional[float]]:
    """The interval a qualified value allows (None: unbounded on that side); see :func:`bounds_frame`."""
    lo, hi = bounds_frame(pd.Series([float(value)]), pd.Series([qualifier]))
    return (None if np.isnan(lo[0]) else float(lo[0])), (None if np.isnan(hi[0]) else float(hi[0]))


def bounds_frame(value: pd.Series, qualifier: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Lower and upper bounds per row (NaN: unbounded).

    exact → [v, v]; approx → v ± APPROX_TOLERANCE·|v|; gt/ge → [v, ∞); lt/le → (−∞, v].
    ("nearly 400" is ``lt``: at most 400, no stated floor.)  Open and closed ends are not
    told apart: figures are rounded, so "more than 8,600" and "8,600" are compatible.
    """
    v = value.astype(float).to_numpy()
    q = qualifier.astype(object).to_numpy()
    half = np.abs(v) * APPROX_TOLERANCE
    lo = np.select([q == "exact", q == "approx", np.isin(q, ["gt", "ge"])], [v, v - half, v], np.nan)
    hi = np.select([q == "exact", q == "approx", np.isin(q, ["lt", "le"])], [v, v + half, v], np.nan)
    return lo, hi


def region_frame(extra_names: set[str]) -> pd.DataFrame:
    rows = region_rows()
    names = {r["name"] for r in rows}
    for n in sorted(extra_names - names):
        rows.append({"name": n, "code": None, "level": "other", "parent": None, "aliases": None})
    df = pd.DataFrame(rows, columns=["name", "code", "level", "parent", "aliases"])
    df["region_key"] = [stable_key("region", n) for n in df["name"]]
    df["parent_name"] = df["parent"]
    df["parent_key"] = pd.array([stable_key("region", p) if isinstance(p, str) and p else None for p in df["parent"]],
                                dtype="Int64")
    return df


def build_star_frames(articles: pd.DataFrame, figures: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Frames for the articles parsed in this run (status new/changed) and the reference dimensions."""
    parsed = articles[articles["status"] != "unchanged"] if len(articles) else articles
    out: dict[str, pd.DataFrame] = {}

    sources = sorted({s for s in articles.get("source", pd.Series(dtype=str)).dropna() if s})
    out["dim_source"] = pd.DataFrame({"source_key": [stable_key("source", s) for s in sources], "source_name": sources})

    out["dim_article"] = pd.DataFrame({
        "article_key": [stable_key("article", f) for f in parsed["file"]],
        "file": parsed["file"].values,
        "title": parsed["title"].values,
        "source_key": pd.array([stable_key("source", s) if isinstance(s, str) and s else None for s in parsed["source"]], dtype="Int64"),
        "source": parsed["source"].values,
        "published": pd.to_datetime(parsed["published"], errors="coerce").values,
        "content_hash": parsed["content_hash"].values,
        "encoding": parsed["encoding"].values,
        "format": parsed["format"].values,
        "size_bytes": parsed["size_bytes"].values,
        "flags": parsed["flags"].values,
        "parser_version": parsed["parser_version"].values,
        "figure_count": parsed["figure_count"].values,
    })

    out["dim_unit"] = unit_frame()
    unit_keys = dict(zip(out["dim_unit"]["unit"], out["dim_unit"]["unit_key"]))

    idx = figures.index  # a 0..n-1 index (as parsed) is used as it is: reset_index would copy every column
    fig = figures if isinstance(idx, pd.RangeIndex) and idx.start == 0 and idx.step == 1 else figures.reset_index(drop=True)
    region_json = {r: json.loads(r) for r in set(fig["regions"]) if isinstance(r, str) and r} if len(fig) else {}
    region_lists = [region_json.get(r, []) if isinstance(r, str) else [] for r in fig.get("regions", [])]
    out["dim_region"] = region_frame({n for lst in region_lists for n in lst})
    region_names = set(out["dim_region"]["name"])

    metrics = metric_rows()
    measures = fig["measure"] if "measure" in fig else pd.Series([None] * len(fig), dtype=object)
    stated = fig["metric"] if "metric" in fig else pd.Series([None] * len(fig), dtype=object)
    classified = {m: classify_metric(m) for m in set(measures.where(measures.notna(), None))}
    metric_ids = [m if isinstance(m, str) and m else classified[meas if isinstance(meas, str) else None]
                  for m, meas in zip(stated, measures)]
    known = {m["metric_id"] for m in metrics}
    for mid in sorted(set(metric_ids) - known):
        metrics.append({"metric_id": mid, "name": mid.replace("_", " "), "category": "unclassified"})
    dm = pd.DataFrame(metrics, columns=["metric_id", "name", "category"])
    dm.insert(0, "metric_key", [stable_key("metric", m) for m in dm["metric_id"]])
    out["dim_metric"] = dm

    subjects = sorted({s for s in fig.get("subject", []) if isinstance(s, str) and s})
    out["dim_entity"] = pd.DataFrame({"entity_key": [stable_key("entity", s) for s in subjects], "name": subjects,
                                      "entity_type": [entity_type(s, region_names) for s in subjects]})

    isos = sorted({d for col in ("as_of", "period_start") for d in fig.get(col, []) if isinstance(d, str) and d})
    out["dim_date"] = pd.DataFrame([date_row(i) for i in isos], columns=list(schemas.DimDateSchema.to_schema().columns))

    out["fact_figure"] = fact_frame(fig, articles, unit_keys, metric_ids)
    out["bridge_figure_region"] = bridge_frame(out["fact_figure"]["figure_key"], region_lists)

    # inplace: these frames are this function's own; a validated copy of each would double the peak
    return {name: schemas.mark_validated(schemas.validate_in_place(MODELS[name], df), MODELS[name])
            for name, df in out.items()}


def figure_keys(files, ordinals) -> np.ndarray:
    """``stable_key("figure", file, ordinal)`` for whole columns: the same bytes hashed, the digests read
    as big-endian signed 64-bit integers in one go (a third of the model step's time went to the
    per-row function)."""
    files, ordinals = list(files), [int(o) for o in ordinals]
    if not all(f.__class__ is str for f in files):
        return np.array([stable_key("figure", f, o) for f, o in zip(files, ordinals)], dtype="int64")
    b2 = hashlib.blake2b
    digests = b"".join(b2(f"figure\x1f{f}\x1f{o}".encode("utf-8"), digest_size=8).digest()
                       for f, o in zip(files, ordinals))
    return np.frombuffer(digests, dtype=">i8").astype("int64")


def _distinct_map(values, fn, dtype=None) -> pd.Series:
    """``fn`` applied once per distinct value of a column (NULL → None), spread back over the rows."""
    if isinstance(values, pd.Series) and values.dtype.kind == "M":  # datetimes: factorised as they are, not
        vals = values.reset_index(drop=True)                          # boxed into one Timestamp per row first
    else:
        vals = pd.Series(values, dtype=object).reset_index(drop=True)
    codes, uniques = pd.factorize(vals, use_na_sentinel=True)
    mapped = np.array([fn(u) for u in uniques] + [None], dtype=object)
    out = pd.Series(mapped[codes], dtype=object)  # code -1 (NULL) picks the trailing None
    return out.astype(dtype) if dtype else out


def _keys(kind: str, values) -> pd.array:
    """Stable keys for a column of natural keys (NULL and '' stay NULL); one hash per distinct value."""
    return pd.array(_distinct_map(values, lambda v: stable_key(kind, v) if isinstance(v, str) and v else None),
                    dtype="Int64")


def _date_keys(values) -> pd.array:
    return pd.array(_distinct_map(values, lambda v: date_key(v) if isinstance(v, str) and v else None), dtype="Int64")


def _str_or_none(col: pd.Series) -> pd.Series:
    """The column with every value that is not a string as None.

    A column of strings and NULLs only (what a validated frame holds) is answered by one
    ``infer_dtype`` pass and ``isna``, without hashing the values (the sentence column alone,
    1.65 M long strings at 100,000 articles, took ~1 s to factorise); anything else goes
    value by value, once per distinct value.
    """
    if col.dtype == object and infer_dtype(col, skipna=True) in ("string", "empty"):
        vals = col.to_numpy(dtype=object, copy=True)
        vals[pd.isna(vals)] = None
        return pd.Series(vals, index=col.index, dtype=object)
    return _distinct_map(col, lambda v: v if isinstance(v, str) else None).set_axis(col.index)


def fact_frame(fig: pd.DataFrame, articles: pd.DataFrame, unit_keys: dict, metric_ids: list[str]) -> pd.DataFrame:
    """fact_figure rows, column-wise: keys, normalised values, money, bounds."""
    cols = list(schemas.FactFigureSchema.to_schema().columns)
    if fig.empty:
        return pd.DataFrame(columns=cols)
    value = fig["value"].astype(float)
    unit = fig["unit"].astype(object)
    # the columns are gathered in a dict and framed once: a frame grown column by column is copied
    # again and again as pandas consolidates its blocks (the model step's peak)
    ff: dict = {}
    ff["figure_key"] = figure_keys(fig["file"], fig["ordinal"])
    ff["article_key"] = _keys("article", fig["file"]).astype("int64")
    ff["ordinal"] = fig["ordinal"].astype(int)
    ff["unit_key"] = unit.map(unit_keys).astype("int64")
    ff["metric_key"] = _keys("metric", metric_ids).astype("int64")
    ff["entity_key"] = _keys("entity", fig["subject"])
    ff["as_of_key"] = _date_keys(fig["as_of"])
    ff["period_start_key"] = _date_keys(fig["period_start"])
    ff["value"] = value
    ff["qualifier"] = fig["qualifier"]
    ff["kind"] = fig["kind"]
    ff["measure"] = _str_or_none(fig["measure"])
    ff["alt_value"] = pd.to_numeric(fig["alt_value"], errors="coerce").astype(float)
    ff["alt_unit"] = _str_or_none(fig["alt_unit"])
    dimension = unit.map({u: info[0] for u, info in UNIT_INFO.items()})
    factor = unit.map({u: info[2] for u, info in UNIT_INFO.items()}).astype(float)
    # money stays in its own currency here (value_cny / value_usd normalise it); the rest goes to its base unit
    ff["value_base"] = np.where(dimension == "money", value, value * factor)
    del dimension, factor
    # the day a money figure is priced at: the end of its as_of period, never after publication
    as_of_end = pd.to_datetime(_distinct_map(fig["as_of"], _last_day).set_axis(fig.index))
    published = pd.to_datetime(articles.drop_duplicates("file").set_index("file")["published"], errors="coerce")
    pub = pd.to_datetime(fig["file"].map(published) if len(published) else pd.Series(pd.NaT, index=fig.index))
    day = pd.concat([as_of_end, pub], axis=1).min(axis=1)  # NaT only when both are missing
    del as_of_end, pub
    fx_day = _distinct_map(day, lambda d: None if pd.isna(d) else d.date()).set_axis(fig.index)
    del day
    money = money_frame(pd.DataFrame({"value": value, "unit": unit, "alt_value": ff["alt_value"],
                                      "alt_unit": ff["alt_unit"], "fx_day": fx_day}, index=fig.index))
    del fx_day
    for c in money.columns:
        ff[c] = _str_or_none(money[c]) if c == "fx_source" else money[c]  # one object per distinct summary
    del money
    ff["lower_bound"], ff["upper_bound"] = bounds_frame(value, fig["qualifier"])
    ff["start_offset"] = fig["start"].astype(int)
    ff["end_offset"] = fig["end"].astype(int)
    ff["mention"] = fig["mention"]
    ff["sentence"] = _str_or_none(fig["sentence"])
    out = pd.DataFrame({c: ff.pop(c) for c in cols}, index=fig.index, columns=cols, copy=False)  # not consolidated: no copy
    return out if isinstance(out.index, pd.RangeIndex) and out.index.start == 0 else out.reset_index(drop=True)


def bridge_frame(figure_keys: pd.Series, region_lists: list[list[str]]) -> pd.DataFrame:
    """One row per (figure, region), the region's first position in the figure's list."""
    cols = ["figure_key", "region_key", "position"]
    if not len(figure_keys):
        return pd.DataFrame(columns=cols)
    b = pd.DataFrame({"figure_key": figure_keys.to_numpy(), "name": region_lists}).explode("name").dropna()
    if b.empty:
        return pd.DataFrame(columns=cols)
    b["position"] = b.groupby(level=0).cumcount()
    b = b.drop_duplicates(["figure_key", "name"])
    table = {n: stable_key("region", n) for n in set(b["name"])}
    b["region_key"] = b["name"].map(table).astype("int64")
    return b[cols].reset_index(drop=True)
