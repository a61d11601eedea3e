"""Running queries and the reports of ``sql/reports/`` without holding a whole result in memory.

A report can be far longer than anyone reads: on a 100,000-article generated corpus
``figure_conflicts`` pairs 28.5 million statements, and fetching that into pandas took the
main job's process to 24 GB before the kernel killed it.  So the Dagster report assets and
``zgc-etl report`` / ``zgc-etl sql`` read a bounded head (``LIMIT n + 1``: DuckDB keeps the top
rows of an ``ORDER BY`` instead of sorting everything), stream whole results in batches when
asked for all of them, and run under a DuckDB memory limit so a large sort or join spills to
disk instead of taking the machine's memory.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator, Optional

import duckdb
import pandas as pd

from ..settings import query_memory_limit
from .sqlfiles import read_sql

#: rows a report asset reads: its row count is exact up to this, "more than" beyond it.  DuckDB keeps
#: the top 1,001 rows of an ORDER BY in a heap; for 10,001 it sorted the whole result (the 28.5 M-row
#: ``conflicts`` report at 100,000 generated articles: 4 s against 21 s)
ROWS_COUNTED = 1_000
#: rows fetched at a time when a whole result is streamed
BATCH_ROWS = 10_000


@contextmanager
def memory_limited(conn: duckdb.DuckDBPyConnection, limit: Optional[str] = None) -> Iterator[None]:
    """DuckDB's ``memory_limit`` set to ``limit`` (default: :func:`~zgc_etl.settings.query_memory_limit`)
    for the block, reset afterwards; no change when the setting is ``none``."""
    limit = query_memory_limit() if limit is None else limit
    if limit:
        conn.execute(read_sql("set_memory_limit.sql"), [limit])
    try:
        yield
    finally:
        if limit:
            conn.execute(read_sql("reset_memory_limit.sql"))


def head(conn: duckdb.DuckDBPyConnection, query: str, n: int) -> Optional[tuple[pd.DataFrame, bool]]:
    """The first ``n`` rows of ``query`` and whether there are more: one query with ``LIMIT n + 1``
    added by DuckDB's relational API (no SQL text is built here).  None for a statement that is
    not a query (DuckDB runs it at once and gives no relation)."""
    rel = conn.sql(query)
    if rel is None:
        return None
    df = rel.limit(n + 1).df()
    return df.iloc[:n].reset_index(drop=True), len(df) > n


def stream(conn: duckdb.DuckDBPyConnection, query: str) -> tuple[list[str], Iterator[list[tuple]]]:
    """Column names and the rows of ``query`` in batches of :data:`BATCH_ROWS` (never all at once)."""
    cur = conn.execute(query)
    cols = [d[0] for d in cur.description or []]

    def batches() -> Iterator[list[tuple]]:
        if not cur.description:
            return
        while True:
            rows = cur.fetchmany(BATCH_ROWS)
            if not rows:
                return
            yield rows

    return cols, batches()
