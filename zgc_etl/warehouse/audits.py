"""Data-quality audits over the warehouse: plain functions returning (passed, details).

Dagster's asset checks call these; tests call them directly on broken data.
"""
from __future__ import annotations

from pathlib import Path

import duckdb

from ..ingest.decode import DecodeError, decode_bytes
from .sqlfiles import read_sql


def fact_keys_unique(conn: duckdb.DuckDBPyConnection) -> tuple[bool, dict]:
    dup_keys, dup_grain = conn.execute(read_sql("check_fact_keys_unique.sql")).fetchone()
    return dup_keys == 0 and dup_grain == 0, {"duplicate_keys": int(dup_keys), "duplicate_grain": int(dup_grain)}


def referential_integrity(conn: duckdb.DuckDBPyConnection) -> tuple[bool, dict]:
    rows = conn.execute(read_sql("check_referential_integrity.sql")).fetchall()
    orphans = {rel: int(n) for rel, n in rows if n}
    return not orphans, {"orphans": orphans}


def provenance(conn: duckdb.DuckDBPyConnection, raw_dir: Path, limit_examples: int = 5) -> tuple[bool, dict]:
    """Every fact's offsets slice its file's decoded text to exactly its mention."""
    rows = conn.execute(read_sql("select_fact_provenance.sql")).fetchall()
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
