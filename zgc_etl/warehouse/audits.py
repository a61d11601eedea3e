"""Data-quality audits over the warehouse: plain functions returning (passed, details).

Dagster's asset checks call these; tests call them directly on broken data.
"""
from __future__ import annotations

import itertools
import json
import re
from pathlib import Path
from typing import Iterable, Optional

import duckdb
import pandas as pd

from ..ingest.decode import DecodeError, decode_bytes
from . import fx
from .sqlfiles import read_sql


def fact_keys_unique(conn: duckdb.DuckDBPyConnection) -> tuple[bool, dict]:
    """The grains of fact_figure (figure_key; article_key + ordinal) and of bridge_figure_region
    (figure_key + region_key): these tables carry no PRIMARY KEY, this audit stands for it."""
    dup_keys, dup_grain, dup_bridge = conn.execute(read_sql("check_fact_keys_unique.sql")).fetchone()
    details = {"duplicate_keys": int(dup_keys), "duplicate_grain": int(dup_grain),
               "duplicate_bridge_rows": int(dup_bridge)}
    return not any(details.values()), details


def referential_integrity(conn: duckdb.DuckDBPyConnection) -> tuple[bool, dict]:
    rows = conn.execute(read_sql("check_referential_integrity.sql")).fetchall()
    orphans = {rel: int(n) for rel, n in rows if n}
    return not orphans, {"orphans": orphans}


def provenance(conn: duckdb.DuckDBPyConnection, raw_dir: Path, limit_examples: int = 5,
               files: Optional[Iterable[str]] = None) -> tuple[bool, dict]:
    """Every fact's offsets slice its file's decoded text to exactly its mention.

    ``files``: audit only the facts of these articles (the Dagster check passes the articles the
    run parsed and loaded: an unchanged article's facts and file are those audited when it was
    loaded, and re-reading every file each run made an incremental run cost the whole corpus).
    ``None`` audits every fact.
    """
    if files is None:
        rows = conn.execute(read_sql("select_fact_provenance.sql")).fetchall()
    else:
        conn.register("stg_audit_files", pd.DataFrame({"file": pd.Series(list(files), dtype=object)}))
        try:
            rows = conn.execute(read_sql("select_fact_provenance_of_files.sql")).fetchall()
        finally:
            conn.unregister("stg_audit_files")
    bad, checked, text, current = [], 0, None, None
    for file, ordinal, start, end, mention in rows:
        if file != current:
            current = file
            try:
                text, _ = decode_bytes((Path(raw_dir) / file).read_bytes())
            except (OSError, DecodeError):
                text = None  # the file left or changed since the load: judged on the next run
        if text is None:
            continue
        checked += 1
        if text[start:end] != mention:
            bad.append({"file": file, "ordinal": ordinal, "expected": mention, "found": text[start:end]})
    return not bad, {"checked": checked, "mismatches": len(bad), "examples": bad[:limit_examples]}


def accounting(conn: duckdb.DuckDBPyConnection, seen_files: list[str]) -> tuple[bool, dict]:
    """Every file seen in the raw folder is loaded, rejected or a duplicate: none unaccounted for."""
    outcome = dict(conn.execute(read_sql("select_accounted_files.sql")).fetchall())
    missing = sorted(set(seen_files) - set(outcome))
    counts: dict[str, int] = {}
    for f in seen_files:
        if f in outcome:
            counts[outcome[f]] = counts.get(outcome[f], 0) + 1
    return not missing, {"seen": len(seen_files), **counts, "unaccounted": missing[:20],
                         "unaccounted_count": len(missing)}


def _examples(df, limit: int) -> list[dict]:
    return json.loads(df.head(limit).to_json(orient="records", date_format="iso", default_handler=str))


def value_ranges(conn: duckdb.DuckDBPyConnection, limit_examples: int = 10) -> tuple[bool, dict]:
    """No value outside what its unit and kind allow: shares within 0-100, no negative stocks,
    no fall beyond -100 %, no magnitude beyond physical limits (sql/check_value_ranges.sql)."""
    df = conn.execute(read_sql("check_value_ranges.sql")).df()
    by_rule = {str(k): int(v) for k, v in df["rule"].value_counts().items()} if len(df) else {}
    return df.empty, {"violations": len(df), "by_rule": by_rule, "examples": _examples(df, limit_examples)}


#: how far the rate an article's bracketed conversion implies may stray from the ECB's monthly mean
FX_BAND = 0.15


def fx_band(conn: duckdb.DuckDBPyConnection, band: float = FX_BAND, limit_examples: int = 10) -> tuple[bool, dict]:
    """Every bracketed CNY/USD pair implies a yuan-per-dollar rate within ±band of the ECB mean
    for the month it was written (the publication month, else the as_of month)."""
    df = conn.execute(read_sql("select_bracketed_cny_usd.sql")).df()
    dated = df[df["written_on"].notna()].copy()
    if len(dated):
        months = pd.to_datetime(dated["written_on"])
        ecb = {(y, m): fx.ecb_month_rate("USD", "CNY", y, m) for y, m in set(zip(months.dt.year, months.dt.month))}
        dated["ecb_cny_per_usd"] = [ecb[(y, m)] for y, m in zip(months.dt.year, months.dt.month)]
        dated["deviation"] = dated["implied_cny_per_usd"] / dated["ecb_cny_per_usd"] - 1
        bad = dated[dated["deviation"].abs() > band]
    else:
        bad = dated
    return bad.empty, {"pairs": len(df), "checked": len(dated), "undated": int(len(df) - len(dated)),
                       "band": band, "outside_band": len(bad),
                       "examples": _examples(bad.drop(columns=["figure_key"], errors="ignore"), limit_examples)}


#: words that introduce parts of a stated total; the exhaustive ones promise the parts add up to it
PART_CUES = r"\b(including|of which|among them|among which|comprising|consisting of|made up of|divided into|split into|broken down into)\b"
EXHAUSTIVE_CUES = {"comprising", "consisting of", "made up of", "divided into", "split into", "broken down into"}
#: rounding slack when comparing sums of rounded figures
PARTS_TOLERANCE = 0.005


def _num(v):
    """A SQL number as a float, NULL/NaN as None."""
    return None if v is None or v != v else float(v)


def _figures_by_mention(rows, col: dict) -> list[dict]:
    """Figures of one sentence grouped by (start_offset, mention), in that order: the first value and
    unit, the largest lower bound and the smallest upper bound (NULLs skipped)."""
    by: dict = {}
    for r in rows:
        key = (r[col["start_offset"]], r[col["mention"]])
        lo, hi = _num(r[col["lower_bound"]]), _num(r[col["upper_bound"]])
        e = by.get(key)
        if e is None:
            by[key] = {"start_offset": key[0], "mention": key[1], "value": _num(r[col["value"]]),
                       "unit": r[col["unit"]], "lower_bound": lo, "upper_bound": hi}
            continue
        if e["value"] is None:
            e["value"] = _num(r[col["value"]])
        if e["unit"] is None:
            e["unit"] = r[col["unit"]]
        if lo is not None:
            e["lower_bound"] = lo if e["lower_bound"] is None else max(e["lower_bound"], lo)
        if hi is not None:
            e["upper_bound"] = hi if e["upper_bound"] is None else min(e["upper_bound"], hi)
    return [by[k] for k in sorted(by)]


def parts_and_totals(conn: duckdb.DuckDBPyConnection, limit_examples: int = 10) -> tuple[bool, dict]:
    """Parts named after a total in the same sentence do not exceed it (or, after an exhaustive
    cue such as "comprising", add up to it).

    In "8,816 affiliated agencies, including 3969 branches and 4847 subsidiaries" the total is
    the last figure before the cue; the parts are the figures after it of the same unit, up to
    the first figure that is not (kinds are not compared: the parser may call a total a change).  Qualifiers count: parts' lower bounds are summed
    against the total's upper bound ("more than 500, including 300 and 250" is flagged;
    "about 500, including ..." allows 5% slack).  Linear: only sentences with a cue are read.
    """
    cur = conn.execute(read_sql("select_sentences_with_parts.sql"), [PART_CUES])
    names = [d[0] for d in cur.description]
    rows = cur.fetchall()
    col = {n: i for i, n in enumerate(names)}
    i_file, i_sent = col["file"], col["sentence"]
    cue_rx = re.compile(PART_CUES, re.I)
    groups, flagged = 0, []
    # rows come ordered by file and sentence: one group per (file, sentence), in plain Python (a
    # pandas groupby per sentence cost ~3 ms each: 48 s for the sentences of 10,000 articles)
    for (file, sentence), g in itertools.groupby(rows, key=lambda r: (r[i_file], r[i_sent])):
        # a range ("2 to 3 million") is two figures sharing one mention: one part with both bounds
        figs = _figures_by_mention(g, col)
        # place each mention in the sentence, in order (a repeated mention is found after the previous one)
        pos, at = [], 0
        for f in figs:
            i = sentence.find(f["mention"], at)
            pos.append(i)
            if i >= 0:
                at = i + len(f["mention"])
        for cue in cue_rx.finditer(sentence):
            before = [k for k, p in enumerate(pos) if 0 <= p and p + len(figs[k]["mention"]) <= cue.start()]
            if not before:
                continue
            total = figs[before[-1]]
            parts = []
            for k, p in enumerate(pos):
                if p < cue.end():
                    continue
                if figs[k]["unit"] != total["unit"]:
                    break
                parts.append(figs[k])
            if not parts:
                continue
            groups += 1
            exhaustive = cue.group(1).lower() in EXHAUSTIVE_CUES
            part_lo = sum(p["lower_bound"] if pd.notna(p["lower_bound"]) else 0.0 for p in parts)
            part_hi = (None if any(pd.isna(p["upper_bound"]) for p in parts)
                       else sum(p["upper_bound"] for p in parts))
            t_lo = total["lower_bound"] if pd.notna(total["lower_bound"]) else None
            t_hi = total["upper_bound"] if pd.notna(total["upper_bound"]) else None
            slack = PARTS_TOLERANCE * abs(total["value"])
            problem = None
            if t_hi is not None and part_lo > t_hi + slack:
                problem = "parts exceed total"
            elif exhaustive and t_lo is not None and part_hi is not None and part_hi < t_lo - slack:
                problem = "exhaustive parts fall short of total"
            if problem:
                flagged.append({"file": file, "problem": problem, "cue": cue.group(1), "total": total["mention"],
                                "total_value": total["value"], "parts": [p["mention"] for p in parts],
                                "parts_sum": sum(p["value"] for p in parts), "sentence": sentence[:300]})
    return not flagged, {"totals_with_parts": groups, "flagged": len(flagged), "examples": flagged[:limit_examples]}
