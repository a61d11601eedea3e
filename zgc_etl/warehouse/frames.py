"""Articles and figures frames → the star schema's frames (validated), ready for SQL merges."""
from __future__ import annotations

import calendar
import datetime as dt
import json
from typing import Optional

import pandas as pd

from .. import schemas
from ..vocab import UNIT_INFO
from .fx import normalise_money
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


def bounds(value: float, qualifier: str) -> tuple[Optional[float], Optional[float]]:
    if qualifier in ("gt", "ge"):
        return value, None
    if qualifier in ("lt", "le"):
        return None, value
    return value, value


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

    fig = figures.reset_index(drop=True)
    region_lists = [json.loads(r) if isinstance(r, str) and r else [] for r in fig.get("regions", [])]
    out["dim_region"] = region_frame({n for lst in region_lists for n in lst})
    region_names = set(out["dim_region"]["name"])

    metrics = metric_rows()
    metric_ids = [m if isinstance(m, str) and m else classify_metric(meas)
                  for m, meas in zip(fig.get("metric", [None] * len(fig)), fig.get("measure", [None] * len(fig)))]
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

    facts, bridge = [], []
    for i, r in enumerate(fig.itertuples(index=False)):
        fkey = stable_key("figure", r.file, int(r.ordinal))
        base = r.value * UNIT_INFO[r.unit][2] if UNIT_INFO[r.unit][0] not in ("money",) else r.value
        alt_v = None if pd.isna(r.alt_value) else float(r.alt_value)
        alt_u = r.alt_unit if isinstance(r.alt_unit, str) else None
        as_of = r.as_of if isinstance(r.as_of, str) else None
        pstart = r.period_start if isinstance(r.period_start, str) else None
        cny, usd, rate, fx_source = normalise_money(r.value, r.unit, alt_v, alt_u, _last_day(as_of))
        lo, hi = bounds(r.value, r.qualifier)
        facts.append({
            "figure_key": fkey, "article_key": stable_key("article", r.file), "ordinal": int(r.ordinal),
            "unit_key": unit_keys[r.unit], "metric_key": stable_key("metric", metric_ids[i]),
            "entity_key": stable_key("entity", r.subject) if isinstance(r.subject, str) and r.subject else None,
            "as_of_key": date_key(as_of), "period_start_key": date_key(pstart),
            "value": r.value, "qualifier": r.qualifier, "kind": r.kind,
            "measure": r.measure if isinstance(r.measure, str) else None,
            "alt_value": alt_v, "alt_unit": alt_u, "value_base": base, "value_cny": cny, "value_usd": usd,
            "fx_rate_cny_per_usd": rate, "fx_source": fx_source, "lower_bound": lo, "upper_bound": hi,
            "start_offset": int(r.start), "end_offset": int(r.end), "mention": r.mention,
            "sentence": r.sentence if isinstance(r.sentence, str) else None,
        })
        seen = set()
        for pos, name in enumerate(region_lists[i]):
            if name in seen:
                continue
            seen.add(name)
            bridge.append({"figure_key": fkey, "region_key": stable_key("region", name), "position": pos})
    fact_cols = list(schemas.FactFigureSchema.to_schema().columns)
    ff = pd.DataFrame(facts, columns=fact_cols)
    for c in ("entity_key", "as_of_key", "period_start_key"):
        # from the Python ints directly: going through float64 would round 64-bit keys
        ff[c] = pd.array([f[c] for f in facts], dtype="Int64")
    out["fact_figure"] = ff
    out["bridge_figure_region"] = pd.DataFrame(bridge, columns=["figure_key", "region_key", "position"])

    return {name: MODELS[name].validate(df, lazy=True) for name, df in out.items()}
