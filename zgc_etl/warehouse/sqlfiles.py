"""The SQL text lives in ``sql/`` at the repository root; this module only finds and reads it."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def sql_dir() -> Path:
    return Path(os.environ.get("ZGC_SQL_DIR") or REPO_ROOT / "sql")


@lru_cache(maxsize=None)
def read_sql(name: str) -> str:
    path = sql_dir() / name
    if not path.is_file():
        raise FileNotFoundError(f"SQL file {path} not found (set ZGC_SQL_DIR to the project's sql/ folder)")
    return path.read_text(encoding="utf-8")


def execute_staged(conn, name: str, frames: dict) -> None:
    """Run the SQL file ``name`` in one transaction, over ``frames`` registered by their names for
    its duration (DataFrame scans: values never reach the SQL text); rolled back on any error."""
    for view, df in frames.items():
        conn.register(view, df)
    try:
        conn.execute("BEGIN")
        conn.execute(read_sql(name))
        conn.execute("COMMIT")
    except Exception:
        conn.execute("ROLLBACK")
        raise
    finally:
        for view in frames:
            conn.unregister(view)


def report_names() -> list[str]:
    return sorted(p.stem for p in (sql_dir() / "reports").glob("*.sql"))


def report_sql(name: str) -> str:
    if name not in report_names():
        raise KeyError(f"no report named {name!r}; known: {', '.join(report_names())}")
    return read_sql(f"reports/{name}.sql")
