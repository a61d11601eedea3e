"""Articles and figures frames → the star schema's frames (validated), ready for SQL merges."""
from __future__ import annotations

import calendar
import datetime as dt
import json
from typing import Optional

import numpy as np
import pandas as pd
from pandas.api.types import infer_dtype

from .. import schemas
from ..vocab import UNIT_INFO
from .fx import money_frame
from .keys import date_key, figure_keys, stable_key, stable_keys_of_bytes  # figure_keys: re-exported
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
        "article_key": _str_keys("article", parsed["file"]),
        "file": parsed["file"].values,
        "title": parsed["title"].values,
        "source_key": _keys("source", parsed["source"]),
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
    # the region lists, once per distinct JSON text (a few thousand for 1.7 M figures): codes per figure
    region_codes, region_texts = pd.factorize(fig["regions"] if "regions" in fig else pd.Series([], dtype=object),
                                              use_na_sentinel=True)
    region_lists = [json.loads(r) if isinstance(r, str) and r else [] for r in region_texts]
    out["dim_region"] = region_frame({n for lst in region_lists for n in lst})
    region_names = set(out["dim_region"]["name"])

    metrics = metric_rows()
    measures = fig["measure"] if "measure" in fig else pd.Series([None] * len(fig), dtype=object)
    stated = fig["metric"] if "metric" in fig else pd.Series([None] * len(fig), dtype=object)
    metric_ids = _metric_ids(stated, measures)
    known = {m["metric_id"] for m in metrics}
    for mid in sorted(set(metric_ids) - known):
        metrics.append({"metric_id": mid, "name": mid.replace("_", " "), "category": "unclassified"})
    dm = pd.DataFrame(metrics, columns=["metric_id", "name", "category"])
    dm.insert(0, "metric_key", [stable_key("metric", m) for m in dm["metric_id"]])
    out["dim_metric"] = dm

    subjects = sorted({s for s in _distinct(fig.get("subject")) if isinstance(s, str) and s})
    # the keys hashed together (every subject a str): ~0.03 s of 0.08 at 56,000 subjects (100,000 articles)
    out["dim_entity"] = pd.DataFrame({"entity_key": _str_keys("entity", subjects), "name": subjects,
                                      "entity_type": [entity_type(s, region_names) for s in subjects]})

    isos = sorted({d for col in ("as_of", "period_start") for d in _distinct(fig.get(col)) if isinstance(d, str) and d})
    out["dim_date"] = pd.DataFrame([date_row(i) for i in isos], columns=list(schemas.DimDateSchema.to_schema().columns))

    out["fact_figure"] = fact_frame(fig, articles, unit_keys, metric_ids)
    out["bridge_figure_region"] = bridge_frame(out["fact_figure"]["figure_key"], region_codes, region_lists)

    # inplace: these frames are this function's own; a validated copy of each would double the peak
    return {name: schemas.mark_validated(schemas.validate_in_place(MODELS[name], df), MODELS[name])
            for name, df in out.items()}


def _str_keys(kind: str, values) -> np.ndarray:
    """``stable_key(kind, v)`` for a column of strings (every value a str), as int64, hashed in C-level maps."""
    vals = np.asarray(values, dtype=object)
    if len(vals) and set(map(type, vals)) != {str}:
        return np.array([stable_key(kind, v) for v in vals], dtype="int64")
    return stable_keys_of_bytes(map(str.encode, map(f"{kind}\x1f".__add__, vals)))


def _distinct(col) -> np.ndarray:
    """The distinct values of a column (a missing column: none), without hashing them into a Python set."""
    return pd.unique(col) if col is not None and len(col) else np.array([], dtype=object)


def _metric_ids(stated: pd.Series, measures: pd.Series) -> np.ndarray:
    """Per figure: its stated metric when it names one, else :func:`classify_metric` of its measure
    (NULL or not a string: of None) — classified once per distinct measure."""
    codes, uniques = pd.factorize(measures.astype(object), use_na_sentinel=True)
    classified = np.empty(len(uniques) + 1, dtype=object)  # code -1 (NULL) picks the last
    classified[:] = [classify_metric(m if isinstance(m, str) else None) for m in uniques] + [classify_metric(None)]
    s_codes, s_uniques = pd.factorize(stated.astype(object), use_na_sentinel=True)
    named = np.array([isinstance(m, str) and m != "" for m in s_uniques] + [False], dtype=bool)[s_codes]
    return np.where(named, stated.to_numpy(dtype=object), classified[codes])


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


def _distinct_ints(values, fn, factorized: Optional[tuple] = None) -> pd.arrays.IntegerArray:
    """``fn`` (an int or None) once per distinct value of a column (NULL → None), as a nullable Int64
    array: what ``pd.array`` of the per-row results gives, built from int64 codes and a mask.
    ``factorized``: the column's ``pd.factorize(..., use_na_sentinel=True)`` when the caller has it."""
    codes, uniques = (factorized if factorized is not None
                      else pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=True))
    got = [fn(u) for u in uniques] + [None]  # code -1 (NULL) picks the trailing None
    ints = np.array([0 if g is None else g for g in got], dtype="int64")
    missing = np.array([g is None for g in got], dtype=bool)
    return pd.arrays.IntegerArray(ints[codes], missing[codes])


def _keys(kind: str, values, factorized: Optional[tuple] = None) -> pd.arrays.IntegerArray:
    """Stable keys for a column of natural keys (NULL and '' stay NULL); one hash per distinct value,
    the distinct names hashed together (:func:`_str_keys`)."""
    codes, uniques = (factorized if factorized is not None
                      else pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=True))
    uniques = np.asarray(uniques, dtype=object)
    named = np.array([isinstance(u, str) and u != "" for u in uniques] + [False], dtype=bool)  # code -1: NULL
    keys = np.zeros(len(named), dtype="int64")
    keys[named] = _str_keys(kind, uniques[named[:-1]])
    return pd.arrays.IntegerArray(keys[codes], ~named[codes])


def _date_keys(values) -> pd.arrays.IntegerArray:
    return _distinct_ints(values, lambda v: date_key(v) if isinstance(v, str) and v else None)


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
    files = pd.factorize(fig["file"], use_na_sentinel=True)  # once for both keys and the publication days
    # made by the parse step a batch at a time while its pool ran (FigureSchema.figure_key); a frame
    # without them (stored by an older version, built by hand) has them made here, as before
    made = fig["figure_key"] if "figure_key" in fig else None
    if made is not None and made.dtype.kind == "i" and not made.hasnans:  # int64, or Int64 without NULLs
        ff["figure_key"] = made.to_numpy(dtype=np.int64)
    else:
        ff["figure_key"] = figure_keys(fig["file"], fig["ordinal"], files)
    ff["article_key"] = _keys("article", fig["file"], files).astype("int64")
    ff["ordinal"] = fig["ordinal"].astype(int)
    # the unit's key, dimension and factor once per distinct unit (a closed vocabulary), spread by its
    # codes: what ``unit.map`` of each dict gives, without hashing the 1.7 M values three times
    u_codes, u_uniques = pd.factorize(unit, use_na_sentinel=True)
    per_unit = pd.Series(np.asarray(u_uniques, dtype=object), dtype=object)
    if (u_codes < 0).any():  # a NULL unit (code -1: the last entry), which has no key: unit.map's error below
        per_unit = pd.Series(np.append(per_unit.to_numpy(), None), dtype=object)
    ff["unit_key"] = pd.Series(per_unit.map(unit_keys).astype("int64").to_numpy()[u_codes], index=fig.index)
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
    is_money = (per_unit.map({u: info[0] for u, info in UNIT_INFO.items()}) == "money").to_numpy()[u_codes]
    factor = per_unit.map({u: info[2] for u, info in UNIT_INFO.items()}).astype(float).to_numpy()[u_codes]
    del u_codes, u_uniques, per_unit
    # money stays in its own currency here (value_cny / value_usd normalise it); the rest goes to its base unit
    ff["value_base"] = np.where(is_money, value, value * factor)
    del is_money, factor
    # the day a money figure is priced at: the end of its as_of period, never after publication
    as_of_end = pd.to_datetime(_distinct_map(fig["as_of"], _last_day).set_axis(fig.index))
    published = pd.to_datetime(articles.drop_duplicates("file").set_index("file")["published"], errors="coerce")
    if len(published):  # once per distinct file (its codes from above): what fig["file"].map(published) gives
        f_codes, f_uniques = files
        per_file = pd.Series(np.append(np.asarray(f_uniques, dtype=object), None), dtype=object).map(published)
        pub = pd.to_datetime(pd.Series(per_file.to_numpy()[f_codes], index=fig.index))
        del f_codes, f_uniques, per_file
    else:
        pub = pd.to_datetime(pd.Series(pd.NaT, index=fig.index))
    del files
    # the earlier of the two, NaT only when both are missing: what a two-column frame's min(axis=1) gives
    # (one ufunc over the two datetime columns instead of a frame reduction: 0.5 s at 1.7 M figures)
    if as_of_end.dtype == pub.dtype and as_of_end.dtype.kind == "M":
        day = pd.Series(np.fmin(as_of_end.to_numpy(), pub.to_numpy()), index=fig.index)
    else:
        day = pd.concat([as_of_end, pub], axis=1).min(axis=1)
    del as_of_end, pub
    fx_day = _distinct_map(day, lambda d: None if pd.isna(d) else d.date()).set_axis(fig.index)
    del day
    # copy=False: money_frame only reads these columns; consolidating them into 2-D blocks copied each
    money = money_frame(pd.DataFrame({"value": value, "unit": unit, "alt_value": ff["alt_value"],
                                      "alt_unit": ff["alt_unit"], "fx_day": fx_day}, index=fig.index, copy=False))
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


def bridge_frame(figure_keys: pd.Series, codes: np.ndarray, region_lists: list[list[str]]) -> pd.DataFrame:
    """One row per (figure, region), the region's first position in the figure's list.

    ``codes``: per figure, its list in ``region_lists`` (-1: none).  The rows are worked out once per
    distinct list (NULL names skipped, positions counted among the rest, a repeated name kept at its
    first position) and spread over the figures by index arithmetic, in figure then list order.
    """
    cols = ["figure_key", "region_key", "position"]
    if not len(figure_keys):
        return pd.DataFrame(columns=cols)
    keys, positions, starts, counts = [], [], [], []
    for lst in region_lists:
        starts.append(len(keys))
        names = [n for n in lst if not pd.isna(n)]
        seen: set = set()
        for pos, n in enumerate(names):
            if n not in seen:
                seen.add(n)
                keys.append(stable_key("region", n))
                positions.append(pos)
        counts.append(len(keys) - starts[-1])
    per_list = np.array(counts + [0], dtype=np.int64)[codes]  # code -1 (no list) has no rows
    total = int(per_list.sum())
    if total == 0:
        return pd.DataFrame(columns=cols)
    first = np.array(starts + [0], dtype=np.int64)[codes]
    # row r of the figure with k rows takes entry first + (0..k-1) of the per-list tables
    within = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(per_list) - per_list, per_list)
    at = np.repeat(first, per_list) + within
    return pd.DataFrame({"figure_key": np.repeat(figure_keys.to_numpy(), per_list),
                         "region_key": np.array(keys, dtype="int64")[at],
                         "position": np.array(positions, dtype="int64")[at]}, columns=cols, copy=False)
