"""Transactional loads: stage frames, run the SQL of ``sql/`` in one transaction, publish views.

Write, audit, publish: the structural audits (key uniqueness, referential integrity) run
inside the load's transaction, before ``COMMIT``; a failure rolls the whole run back, so
readers never see a warehouse that breaks them.  The data-quality audits (ranges, money
band, parts and totals, provenance) run afterwards as Dagster asset checks, over the articles
the load queued for them (``audit_queue``, written in the same transaction) and those failing.
"""
from __future__ import annotations

import datetime as dt
import logging
from typing import Callable, Iterable

import duckdb
import pandas as pd

from ..settings import load_memory_limit
from .audits import SCOPED_AUDITS, record_whole_audits
from .frames import STAR_TABLES
from .sqlfiles import execute_staged, read_sql

log = logging.getLogger(__name__)

LOAD_STEPS = ("snapshot_dimension_keys.sql", "delete_replaced_articles.sql", "merge_into_dimensions.sql", "insert_facts.sql",
              "queue_loaded_articles_for_audit.sql", "delete_orphans.sql", "merge_into_rejected_file.sql")
VIEW_STEPS = ("create_views.sql", "comment_views.sql")
TABLES = STAR_TABLES + ("rejected_file", "quarantine_figure")

#: the shape of the facts' derived columns (money sources, bounds, ...).  A warehouse written
#: under another model version has every article re-parsed and re-written by the next run.
MODEL_VERSION = "2"


class LoadAuditError(RuntimeError):
    """A structural audit failed inside the load transaction; the run was rolled back."""


def _run_views(conn: duckdb.DuckDBPyConnection) -> None:
    for step in VIEW_STEPS:
        conn.execute(read_sql(step))


def ensure_schema(conn: duckdb.DuckDBPyConnection) -> None:
    """Create what is missing (tables, comments, views), in one transaction.

    A warehouse created while fact_figure and bridge_figure_region still had a PRIMARY KEY
    has both rebuilt without it here, once (see sql/create_tables.sql for why).
    """
    conn.execute("BEGIN")
    try:
        keyed = [r[0] for r in conn.execute(read_sql("select_keyed_fact_tables.sql")).fetchall()]
        if keyed:
            log.info("rebuilding %s without their PRIMARY KEY (audited instead; see sql/create_tables.sql)",
                     ", ".join(keyed))
            conn.execute(read_sql("migrate_fact_keys_1_set_aside.sql"))
        conn.execute(read_sql("create_tables.sql"))
        if keyed:
            conn.execute(read_sql("migrate_fact_keys_2_copy_back.sql"))
        conn.execute(read_sql("comment_tables.sql"))
        _run_views(conn)
        conn.execute("COMMIT")
    except Exception:
        conn.execute("ROLLBACK")
        raise


def _table_exists(conn: duckdb.DuckDBPyConnection, table: str) -> bool:
    return bool(conn.execute(read_sql("select_table_exists.sql"), [table]).fetchone()[0])


def model_version(conn: duckdb.DuckDBPyConnection) -> str | None:
    row = conn.execute(read_sql("select_model_version.sql")).fetchone()
    return row[0] if row else None


def known_articles(conn: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The warehouse's articles (file, content_hash, parser_version), for the incremental decision
    (empty before the first load).

    Under an older model version every article is reported with a parser version that
    cannot match, so the pipeline parses it again and the load replaces its rows.
    """
    if not all(_table_exists(conn, t) for t in ("dim_article", "warehouse_meta")):
        ensure_schema(conn)  # a new warehouse; otherwise the last load ensured the schema (and this run's will)
    known = conn.execute(read_sql("select_known_articles.sql")).df()
    stored = model_version(conn)
    if len(known) and stored != MODEL_VERSION:
        known["parser_version"] = known["parser_version"].astype(str) + f"+model{stored}"
    return known


def seen_files(conn: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The memo of the last scan: file, size_bytes, mtime_ns, content_hash (empty before the first)."""
    if not _table_exists(conn, "raw_file_seen"):
        ensure_schema(conn)  # a new (or older) warehouse; otherwise the schema was ensured by the last load
    return conn.execute(read_sql("select_raw_file_seen.sql")).df()


MEMO_COLS = ["file", "size_bytes", "mtime_ns", "content_hash"]


def memo_changes(before: pd.DataFrame, after: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """What turns the memo ``before`` into ``after``: the rows of ``after`` that are new or differ
    (upserts), and the files of ``before`` that ``after`` lacks (gone).  Both empty: nothing to write."""
    if not len(before):
        return after[MEMO_COLS].reset_index(drop=True), pd.DataFrame({"file": pd.Series([], dtype=object)})
    # nullable integers: an outer join's missing values would turn int64 into float64, and a
    # float64 cannot hold a nanosecond mtime exactly
    exact = {"size_bytes": "Int64", "mtime_ns": "Int64"}
    both = after[MEMO_COLS].astype(exact).merge(before[MEMO_COLS].astype(exact), on="file", how="outer",
                                                suffixes=("", "_was"), indicator=True)
    new_or_changed = (both["_merge"] == "left_only") | (
        (both["_merge"] == "both")
        & ((both["size_bytes"] != both["size_bytes_was"]) | (both["mtime_ns"] != both["mtime_ns_was"])
           | (both["content_hash"] != both["content_hash_was"])).fillna(True))
    upserts = both.loc[new_or_changed, MEMO_COLS].astype({"size_bytes": "int64", "mtime_ns": "int64"})
    gone = both.loc[both["_merge"] == "right_only", ["file"]]
    return upserts.reset_index(drop=True), gone.reset_index(drop=True)


def remember_seen_files(conn: duckdb.DuckDBPyConnection, rows: pd.DataFrame,
                        before: pd.DataFrame | None = None) -> int:
    """Make the scan memo ``rows`` (file, size_bytes, mtime_ns, content_hash), in one transaction.

    ``before``: the memo as read at the start of the scan (:func:`seen_files`); only the difference
    is written (None: read it now).  Returns the number of rows written or removed (0: unchanged).
    """
    if before is None:
        before = seen_files(conn)
    return write_memo_changes(conn, *memo_changes(before, rows))


def write_memo_changes(conn: duckdb.DuckDBPyConnection, upserts: pd.DataFrame, gone: pd.DataFrame) -> int:
    """Write a difference of the scan memo (:func:`memo_changes` or
    :func:`zgc_etl.pipeline.memo_changes_of_scan`) in one transaction; nothing when it is empty.
    Returns the number of rows written or removed."""
    if not len(upserts) and not len(gone):
        return 0
    execute_staged(conn, "merge_into_raw_file_seen.sql", {"stg_raw_file_seen": upserts, "stg_raw_file_gone": gone})
    return len(upserts) + len(gone)


def structural_audit(conn: duckdb.DuckDBPyConnection, within_load: bool = False) -> dict:
    """Key uniqueness and referential integrity of the warehouse as this connection sees it.

    ``within_load``: the audit of the load's transaction, before COMMIT, over what the load wrote
    and deleted (its staged frames, ``gone_figure`` and the dimension keys gone since the
    transaction began; sql/check_load_*.sql): the warehouse before it was sound, as the
    whole-table asset checks that follow every load verify (they also find what was changed
    outside the pipeline).  Whole tables for one new article cost ~1 s at 1.7 M facts.
    """
    from . import audits

    if within_load:
        checks = (("fact_keys_unique", lambda: audits.fact_keys_unique(conn, sql_file="check_load_fact_keys_unique.sql")),
                  ("referential_integrity", lambda: _load_referential_integrity(conn)))
    else:
        checks = (("fact_keys_unique", lambda: audits.fact_keys_unique(conn)),
                  ("referential_integrity", lambda: audits.referential_integrity(conn)))
    failures = {}
    for name, check in checks:
        passed, details = check()
        if not passed:
            failures[name] = details
    return failures


def _load_referential_integrity(conn: duckdb.DuckDBPyConnection) -> tuple[bool, dict]:
    """:func:`~zgc_etl.warehouse.audits.referential_integrity` over what the load's transaction
    wrote and deleted: the rows it staged, those pointing at a dimension key it deleted
    (sql/check_load_referential_integrity.sql, against the keys of snapshot_dimension_keys.sql)
    and the bridge rows it touched (sql/check_load_bridge_figure_keys.sql).  The same
    relationships and details as the whole audit.  (A function of its own, so that the asset
    check's rules, and with them its scope, stay as they were.)"""
    rows = (conn.execute(read_sql("check_load_referential_integrity.sql")).fetchall()
            + conn.execute(read_sql("check_load_bridge_figure_keys.sql")).fetchall())
    orphans = {rel: int(n) for rel, n in rows if n}
    return not orphans, {"orphans": orphans}


_SETTING = object()  # load_run's default: the memory limit of the settings (ZGC_LOAD_MEMORY_LIMIT)


def load_run(conn: duckdb.DuckDBPyConnection, articles: pd.DataFrame, star: dict[str, pd.DataFrame],
             rejected: pd.DataFrame, quarantine: pd.DataFrame, *, listed: Iterable[str],
             now: dt.datetime | None = None, memory_limit=_SETTING,
             progress: Callable[[Iterable], Iterable] | None = None) -> dict[str, int]:
    """Write one run in one transaction; on any error (or a failed structural audit) nothing of it is kept.

    ``articles``: the articles parsed in this run (they replace their files' rows); ``rejected``:
    every rejection of this run; ``listed``: every file the scan listed.  A warehouse article
    whose file was not listed or was rejected is deleted; the others (unchanged) are not touched.

    The transaction runs under a DuckDB memory limit (:func:`~zgc_etl.settings.load_memory_limit`, or
    ``memory_limit``; None for DuckDB's default); a load that runs out of memory under it is rolled
    back and written again once under DuckDB's default limit.  ``progress`` (a tqdm-like wrapper)
    is given the transaction's steps as they run."""
    ensure_schema(conn)
    now = now or dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    staged = {f"stg_{name}": df for name, df in star.items()}
    staged["stg_listed"] = pd.DataFrame({"file": (listed if isinstance(listed, pd.Series) else
                                                  pd.Series(list(listed), dtype=object)).astype(str)})
    # rows of unchanged articles (a caller that still carries them) are not replaced
    staged["stg_replace"] = pd.DataFrame({"file": articles.loc[articles["status"] != "unchanged", "file"].astype(str)})
    rej = rejected.copy()
    rej["rejected_at"] = pd.Timestamp(now)
    staged["stg_rejected_file"] = rej
    staged["stg_quarantine_figure"] = quarantine.reindex(columns=["file", "ordinal", "failures", "payload"])
    staged["stg_warehouse_meta"] = pd.DataFrame({"name": ["model_version"], "value": [MODEL_VERSION]})
    staged["stg_audit_name"] = pd.DataFrame({"audit": list(SCOPED_AUDITS)})
    for name, df in staged.items():
        conn.register(name, df)
    limit = load_memory_limit() if memory_limit is _SETTING else memory_limit
    try:
        try:
            _write_run(conn, limit, progress, staged_facts=len(star["fact_figure"]))
        except duckdb.OutOfMemoryException as exc:
            if limit is None:
                raise
            log.warning("the load needed more than its memory limit %s (%s); rolled back, running it again "
                        "under DuckDB's default limit (raise ZGC_LOAD_MEMORY_LIMIT to avoid the second try)",
                        limit, str(exc).splitlines()[0])
            _write_run(conn, None, progress, staged_facts=len(star["fact_figure"]))
    finally:
        for name in staged:
            conn.unregister(name)
    return table_counts(conn)


#: the load's structural audit looks at what the load wrote when it wrote less than this share of
#: the facts; above it (a first load, a rebuild) the whole tables cost less than the semi-joins
#: on the staged keys (1.7 M staged facts: 1.7 s CPU scoped against 0.8 s whole)
SCOPED_AUDIT_MAX_SHARE = 0.25


def _write_run(conn: duckdb.DuckDBPyConnection, memory_limit: str | None,
               progress: Callable[[Iterable], Iterable] | None = None, staged_facts: int = 0) -> None:
    """The load's one transaction, under ``memory_limit`` (DuckDB's own when None), reset afterwards."""
    if memory_limit is not None:
        conn.execute(read_sql("set_memory_limit.sql"), [memory_limit])
    steps = [*LOAD_STEPS, "merge_into_warehouse_meta.sql", "region_rollup", "audit", "views", "COMMIT"]
    try:
        conn.execute("BEGIN")
        for step in (progress(steps) if progress else steps):
            if step == "region_rollup":
                refresh_region_rollup(conn)
            elif step == "audit":
                facts = table_counts(conn)["fact_figure"]
                whole = not staged_facts < SCOPED_AUDIT_MAX_SHARE * facts
                failures = structural_audit(conn, within_load=not whole)
                if failures:
                    raise LoadAuditError(f"structural audit failed, run rolled back: {failures}")
                if facts == staged_facts:  # every fact is this load's (a first load, a rebuild): the asset
                    record_whole_audits(conn)  # checks' audit of them all would read the same rows again
                conn.execute(read_sql("drop_load_scratch.sql"))
            elif step == "views":
                _run_views(conn)
            elif step == "COMMIT":
                conn.execute("COMMIT")
            else:
                conn.execute(read_sql(step))
    except Exception:
        conn.execute("ROLLBACK")
        raise
    finally:
        if memory_limit is not None:
            conn.execute(read_sql("reset_memory_limit.sql"))


#: the warehouse_meta setting that holds the fingerprint region_article_figures was built under
REGION_ROLLUP_SETTING = "region_rollup"


def refresh_region_rollup(conn: duckdb.DuckDBPyConnection) -> bool:
    """Bring region_article_figures up to date with the load, inside its transaction: the rows of
    the articles it wrote replaced, those of the articles it removed deleted; the whole table
    rebuilt when the regions' hierarchy or the units differ from those it was built under (or it
    was never built: a new or upgraded warehouse is backfilled here, once).  Returns whether it
    was rebuilt whole."""
    (fingerprint,), = conn.execute(read_sql("select_region_rollup_fingerprint.sql")).fetchall()
    stored = conn.execute(read_sql("select_warehouse_setting.sql"), [REGION_ROLLUP_SETTING]).fetchall()
    whole = not stored or stored[0][0] != fingerprint
    conn.execute(read_sql("delete_region_rollup_rows.sql"), [whole])
    if whole:  # every article: without the scope's semi-joins, which would filter nothing
        conn.execute(read_sql("insert_region_rollup_rows_whole.sql"))
    else:
        conn.execute(read_sql("insert_region_rollup_rows.sql"), [False])
    if whole:
        conn.execute(read_sql("upsert_warehouse_setting.sql"), [REGION_ROLLUP_SETTING, fingerprint])
    return whole


def figures_preview(conn: duckdb.DuckDBPyConnection, loaded_files: Iterable[str], n: int = 10) -> pd.DataFrame:
    """The first ``n`` figures of the articles a run loaded (of the warehouse's first article when it
    loaded none): a few articles' figures, never an ordering of the whole ``figures`` view."""
    files = sorted(set(loaded_files))[:n]
    if not files:
        files = [r[0] for r in conn.execute(read_sql("select_first_article_files.sql"), [1]).fetchall()]
    conn.register("stg_preview_files", pd.DataFrame({"file": pd.Series(files, dtype=object)}))
    try:
        return conn.execute(read_sql("select_figures_preview.sql")).df()
    finally:
        conn.unregister("stg_preview_files")


def table_counts(conn: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return dict(conn.execute(read_sql("select_table_counts.sql")).fetchall())
