"""Transactional loads: stage frames, run the SQL of ``sql/`` in one transaction, publish views."""
from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from .frames import STAR_TABLES
from .sqlfiles import read_sql

LOAD_STEPS = ("delete_replaced_articles.sql", "merge_into_dimensions.sql", "insert_facts.sql",
              "delete_orphans.sql", "merge_into_rejected_file.sql")
TABLES = STAR_TABLES + ("rejected_file", "quarantine_figure")


def ensure_schema(conn: duckdb.DuckDBPyConnection) -> None:
    conn.execute("BEGIN")
    try:
        conn.execute(read_sql("create_tables.sql"))
        conn.execute(read_sql("comment_tables.sql"))
        conn.execute(read_sql("create_views.sql"))
        conn.execute("COMMIT")
    except Exception:
        conn.execute("ROLLBACK")
        raise


def known_articles(conn: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The warehouse's articles, for the incremental decision (empty before the first load)."""
    ensure_schema(conn)
    return conn.execute(read_sql("select_known_articles.sql")).df()


def load_run(conn: duckdb.DuckDBPyConnection, articles: pd.DataFrame, star: dict[str, pd.DataFrame],
             rejected: pd.DataFrame, quarantine: pd.DataFrame, now: dt.datetime | None = None) -> dict[str, int]:
    """Write one run in one transaction; on any error nothing of it is kept."""
    ensure_schema(conn)
    now = now or dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    staged = {f"stg_{name}": df for name, df in star.items()}
    staged["stg_keep"] = pd.DataFrame({"file": articles["file"].astype(str)})
    staged["stg_replace"] = pd.DataFrame({"file": articles.loc[articles["status"] != "unchanged", "file"].astype(str)})
    rej = rejected.copy()
    rej["rejected_at"] = pd.Timestamp(now)
    staged["stg_rejected_file"] = rej
    staged["stg_quarantine_figure"] = quarantine.reindex(columns=["file", "ordinal", "failures", "payload"])
    for name, df in staged.items():
        conn.register(name, df)
    try:
        conn.execute("BEGIN")
        for step in LOAD_STEPS:
            conn.execute(read_sql(step))
        conn.execute(read_sql("create_views.sql"))
        conn.execute("COMMIT")
    except Exception:
        conn.execute("ROLLBACK")
        raise
    finally:
        for name in staged:
            conn.unregister(name)
    return table_counts(conn)


def table_counts(conn: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return dict(conn.execute(read_sql("select_table_counts.sql")).fetchall())
