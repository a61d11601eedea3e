"""Running queries and the reports of ``sql/reports/`` without holding a whole result in memory.

A report can be far longer than anyone reads: on a 100,000-article generated corpus
``figure_conflicts`` pairs 28.5 million statements, and fetching that into pandas took the
main job's process to 24 GB before the kernel killed it.  So the Dagster report assets and
``zgc-etl report`` / ``zgc-etl sql`` read a bounded head (``LIMIT n + 1``: DuckDB keeps the top
rows of an ``ORDER BY`` instead of sorting everything), stream whole results in batches when
asked for all of them, and run under a DuckDB memory limit so a large sort or join spills to
disk instead of taking the machine's memory.

A head still costs the whole query when DuckDB must rank every row to find the top ones: the
``timeline`` and ``conflicts`` reports rank or pair every statement (2 s and 4 s at 100,000
generated articles, on every run, incremental ones included).  Both order by subject first and
each of their rows belongs to one subject, so :func:`report_head` reads their head from the
alphabetically first subjects only (``sql/reports/heads/``), growing that set until it is enough.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator, Optional

import duckdb
import pandas as pd

from ..settings import query_memory_limit
from .sqlfiles import read_sql, report_sql, sql_dir

#: rows a report asset reads: its row count is exact up to this, "more than" beyond it.  DuckDB keeps
#: the top 1,001 rows of an ORDER BY in a heap; for 10,001 it sorted the whole result (the 28.5 M-row
#: ``conflicts`` report at 100,000 generated articles: 4 s against 21 s)
ROWS_COUNTED = 1_000
#: rows fetched at a time when a whole result is streamed
BATCH_ROWS = 10_000
#: subjects a report's head is first read from (see :func:`report_head`), and the factor that set
#: grows by while they give too few rows.  At 100,000 generated articles the timeline's first
#: 1,001 rows come from 56 subjects and the conflicts' from 65 to 256, of 54,678; each attempt
#: costs ~0.1 s there, so a start near the need and a steep growth keep the attempts to one or two.
FIRST_SUBJECTS = 64
SUBJECT_GROWTH = 4
#: a report's own first set where its rows are sparser: the conflicts' 1,001 rows came from 65 to 256
#: subjects, so starting at 64 took two attempts on every run (0.23 + 0.28 s CPU at 100,000
#: articles) where one over 256 costs 0.28 s; the timeline's attempt costs more with more subjects
#: (0.16 s over 64, 0.33 s over 256), so it keeps the default
FIRST_SUBJECTS_OF = {"conflicts": 256}
#: reports whose head query (``sql/reports/heads/``) ranks the facts before the joins: it takes the
#: report's number of rows as ``$rows`` and flags, in a last column ``dangling``, a row the report's
#: inner joins would drop (then the whole report is read instead)
TOP_ROW_HEADS = frozenset({"money_cny_usd"})


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


def _subject_prefix_sql(name: str) -> Optional[str]:
    """``sql/reports/heads/NAME.sql``: report ``name`` over the subjects in ``$entity_keys``; None
    for a report without one (its head is read from the whole report)."""
    if not (sql_dir() / "reports" / "heads" / f"{name}.sql").is_file():
        return None
    return read_sql(f"reports/heads/{name}.sql")


def _top_rows_head(conn: duckdb.DuckDBPyConnection, name: str, head_sql: str, n: int) -> tuple[pd.DataFrame, bool]:
    """The head of a report of :data:`TOP_ROW_HEADS`: its query ranks the facts alone and joins the
    first ``n + 1``, left joins standing for the report's inner joins; were one of those rows
    dropped by an inner join (a dangling key), the report's first rows would be others: the whole
    report is read then."""
    df = conn.sql(head_sql, params={"rows": n + 1}).df()
    if df.pop("dangling").any():
        return head(conn, report_sql(name), n)
    return df.iloc[:n].reset_index(drop=True), len(df) > n


def report_head(conn: duckdb.DuckDBPyConnection, name: str, n: int, *,
                first_subjects: Optional[int] = None) -> tuple[pd.DataFrame, bool]:
    """The first ``n`` rows of report ``name`` and whether there are more: what
    ``head(conn, report_sql(name), n)`` gives, without the cost of the whole report when it has a
    head query in ``sql/reports/heads/`` (its --param variables apply as set on ``conn``).

    Such a report orders by subject first and each of its rows belongs to one subject (an entity,
    whose name is unique).  Over the first k subjects alphabetically it gives exactly the report's
    rows of those subjects, and every other row of the report sorts after them: once it gives
    more than ``n`` rows, its first ``n + 1`` are the report's; when the k subjects are all there
    are, it is the whole report.  So it is run over the first ``first_subjects`` (default
    :data:`FIRST_SUBJECTS`, or the report's own in :data:`FIRST_SUBJECTS_OF`) subjects, then :data:`SUBJECT_GROWTH` times as many, ... until one of
    the two holds.  Rows that tie on the report's whole ORDER BY come in an order DuckDB leaves
    open, here as in the whole report.

    The subjects are passed as a list of entity keys, not as "names up to X": a filter on
    entity_key alone is pushed below figure_timeline's window and into figure_conflicts_of by the
    optimiser, every time.  (A semi-join with dim_entity was fast only through DuckDB's optional
    runtime join filter, and once took the whole report's 6.6 s and 1.3 GB in a benchmark run.)
    """
    prefix_sql = _subject_prefix_sql(name)
    if prefix_sql is None:
        return head(conn, report_sql(name), n)
    if name in TOP_ROW_HEADS:
        return _top_rows_head(conn, name, prefix_sql, n)
    subjects = first_subjects or FIRST_SUBJECTS_OF.get(name, FIRST_SUBJECTS)
    try:
        while True:
            keys = [k for (k,) in conn.execute(read_sql("select_report_subjects.sql"), {"subjects": subjects}).fetchall()]
            df = conn.sql(prefix_sql, params={"entity_keys": keys}).limit(n + 1).df()
            if len(df) > n or len(keys) < subjects:  # the head is found, or these are all the subjects
                return df.iloc[:n].reset_index(drop=True), len(df) > n
            subjects *= SUBJECT_GROWTH
    except duckdb.CatalogException:
        # a warehouse last written before figure_conflicts_of existed (the next load's
        # create_views.sql adds it): the whole report gives the same head, only slower
        return head(conn, report_sql(name), n)
