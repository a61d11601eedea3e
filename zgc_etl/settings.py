"""Where things are: the raw folder and the warehouse file, from the environment.

``ZGC_RAW_DIR`` (default ``data/raw`` in the project) and ``ZGC_WAREHOUSE`` (default
``data/warehouse.duckdb``).  Relative values are taken relative to the current folder,
as a user typing them would expect; the defaults are anchored to the project folder,
so the UI, the CLI and the tests agree wherever they are started from.
"""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_RAW_DIR = PROJECT_ROOT / "data" / "raw"
DEFAULT_WAREHOUSE = PROJECT_ROOT / "data" / "warehouse.duckdb"
DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024
#: DuckDB's memory limit while a run's load transaction runs (see :func:`load_memory_limit`).
DEFAULT_LOAD_MEMORY_LIMIT = "256MB"
#: DuckDB's memory limit while reports and ad-hoc queries run (see :func:`query_memory_limit`).
DEFAULT_QUERY_MEMORY_LIMIT = "1GB"


def _path(var: str, default: Path) -> Path:
    value = os.environ.get(var)
    return Path(value).expanduser().resolve() if value else default


def raw_dir() -> Path:
    return _path("ZGC_RAW_DIR", DEFAULT_RAW_DIR)


def warehouse_path() -> Path:
    return _path("ZGC_WAREHOUSE", DEFAULT_WAREHOUSE)


def max_file_bytes() -> int:
    return int(os.environ.get("ZGC_MAX_FILE_BYTES", DEFAULT_MAX_FILE_BYTES))


def dagster_home() -> Path:
    return _path("DAGSTER_HOME", PROJECT_ROOT / "data" / "dagster_home")


def load_memory_limit() -> str | None:
    """DuckDB's ``memory_limit`` during the load transaction: ``ZGC_LOAD_MEMORY_LIMIT`` (default 256MB;
    ``none`` leaves DuckDB's own, 80 % of RAM).

    With DuckDB's default nothing pushes the row groups a big INSERT writes out of memory before the
    COMMIT.  Offline, at 100,000 articles (1.65 M facts, the big tables without PRIMARY KEY indexes):
    the load step peaked at 1,681 MB under 768MB and 1,265 MB under 256MB, in less time (15 → 9 s);
    with the indexes 256MB had not been enough (see sql/create_tables.sql).  A load that needs more
    than the limit fails with DuckDB's
    OutOfMemoryException, is rolled back, and is run again once under DuckDB's default limit (with a
    warning): a limit set too low costs time, never the run.
    """
    value = os.environ.get("ZGC_LOAD_MEMORY_LIMIT", DEFAULT_LOAD_MEMORY_LIMIT).strip()
    return None if value.lower() in ("", "none", "off", "default") else value


def query_memory_limit() -> str | None:
    """DuckDB's ``memory_limit`` while the report assets and ``zgc-etl report`` / ``zgc-etl sql`` run:
    ``ZGC_QUERY_MEMORY_LIMIT`` (default 1GB; ``none`` leaves DuckDB's own, 80 % of RAM).  A bigger sort
    or join spills to a temporary file instead (measured on a 28.5 M-row ``figure_conflicts``: 724 MB
    of RSS under 512MB against 7.4 GB without a limit)."""
    value = os.environ.get("ZGC_QUERY_MEMORY_LIMIT", DEFAULT_QUERY_MEMORY_LIMIT).strip()
    return None if value.lower() in ("", "none", "off", "default") else value
