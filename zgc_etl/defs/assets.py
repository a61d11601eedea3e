"""The asset graph: raw files → articles → figures → dimension and fact frames → warehouse → reports.

Each asset calls one plain function of the pipeline and reports what it did.
"""

import sys
import time
import warnings

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource
from dagster_pandera import pandera_schema_to_dagster_type

from .. import schemas
from ..pipeline import memo_changes_of_scan, parse_changed, scan_with_memo
from ..warehouse import reports
from ..warehouse.frames import MODELS, STAR_TABLES, build_star_frames
from ..warehouse.load import figures_preview, known_articles, load_run, seen_files, write_memo_changes
from ..warehouse.sqlfiles import read_sql, report_names
from .resources import (WAREHOUSE_RETRY_POLICY, RawFolder, forget_captured_outputs, is_transient, release_memory,
                        retry_only_when_busy, warehouse_connection)

#: Every asset that opens the DuckDB file belongs to this pool (limit 1, dagster.yaml).
DUCKDB_POOL = "duckdb"


def _t(model) -> dg.DagsterType:
    """The Pandera model as the output's Dagster type (its columns show in the UI).

    dagster-pandera's type check validates the whole frame again (and copies it).  Every frame
    this project outputs was just validated by the function that built it
    (:func:`zgc_etl.schemas.mark_validated`), so the check passes those without a second
    validation; any other value (a frame built elsewhere, or changed since) is validated in full.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", dg.BetaWarning)
        base = pandera_schema_to_dagster_type(model)

    def type_check(context, value) -> dg.TypeCheck:
        if isinstance(value, pd.DataFrame) and schemas.is_validated(value, model):
            return dg.TypeCheck(success=True, description=f"validated against {model.__name__} when built")
        return base.type_check(context, value)

    return dg.DagsterType(type_check_fn=type_check, name=base.unique_name, description=base.description,
                          metadata=base.metadata, typing_type=pd.DataFrame)


def _md(df: pd.DataFrame, n: int = 10, columns: list[str] | None = None) -> dg.MetadataValue:
    """The first ``n`` rows (of ``columns``) as a Markdown table: the head is taken before the
    columns, so a preview of a 1.7 M-row frame never copies its columns."""
    head = df.head(n)
    if columns is not None:
        head = head[columns]
    return dg.MetadataValue.md(head.to_markdown(index=False) if len(head) else "_(no rows)_")


def _columns(model) -> dict:
    """``dagster/column_schema`` from the Pandera model (the same schema its Dagster type shows)."""
    return {"dagster/column_schema": _t(model).metadata["schema"].schema}


def _warehouse_catalog() -> dict[str, tuple[str, dg.TableSchema]]:
    """Each warehouse table and view: its COMMENT and its columns, read from DuckDB itself.

    The DDL of ``sql/`` is run into an in-memory database when the definitions load, so the
    UI shows the warehouse's real column names, types, NOT NULLs and comments without ever
    opening the warehouse file.
    """
    import duckdb

    with duckdb.connect(":memory:") as con:
        for f in ("create_tables.sql", "comment_tables.sql", "create_views.sql"):
            con.execute(read_sql(f))
        comments = dict(con.execute("SELECT table_name, comment FROM duckdb_tables() "
                                    "UNION ALL SELECT view_name, comment FROM duckdb_views() WHERE NOT internal").fetchall())
        cols: dict[str, list[dg.TableColumn]] = {}
        for table, col, dtype, nullable, comment in con.execute(
                "SELECT table_name, column_name, data_type, is_nullable, comment FROM duckdb_columns() "
                "WHERE schema_name = 'main' ORDER BY table_name, column_index").fetchall():
            cols.setdefault(table, []).append(dg.TableColumn(
                col, dtype, description=comment, constraints=dg.TableColumnConstraints(nullable=bool(nullable))))
    return {t: (comments.get(t) or "", dg.TableSchema(columns=c)) for t, c in cols.items()}


_CATALOG = _warehouse_catalog()


def _table_metadata(table: str) -> dict:
    return {"dagster/column_schema": _CATALOG[table][1], "dagster/table_name": f"main.{table}"}


@dg.asset(group_name="ingest", kinds={"python"}, dagster_type=_t(schemas.RawFileSchema),
          metadata=_columns(schemas.RawFileSchema),
          pool=DUCKDB_POOL,
          retry_policy=WAREHOUSE_RETRY_POLICY,
          description="Every file under the raw folder with its size, modification time and SHA-256 "
                      "(a file whose size and mtime are unchanged since the last scan keeps its remembered hash; "
                      "ZGC_REHASH=1 hashes all). Grain: one row per file.")
def raw_files(context: dg.AssetExecutionContext, raw: RawFolder, duckdb: DuckDBResource) -> pd.DataFrame:
    with retry_only_when_busy():
        with warehouse_connection(duckdb) as conn:
            memo = seen_files(conn)
            scanned_at = time.time_ns()
            scan = scan_with_memo(raw.root, known=memo)
            write_memo_changes(conn, *memo_changes_of_scan(scan, memo, scanned_at))  # only what changed
    df, reused = scan.files, int(scan.reused.sum())
    del scan
    context.add_output_metadata({"dagster/row_count": len(df), "raw_folder": str(raw.root),
                                 "bytes": int(df["size_bytes"].sum()) if len(df) else 0,
                                 "hashes_remembered": len(memo), "hashes_reused": reused,
                                 "preview": _md(df, columns=["file", "size_bytes", "content_hash"])})
    return df  # validated (and marked) by scan_with_memo


#: figure rows from which a step's end is worth a full garbage collection and a heap trim
#: (:func:`~zgc_etl.defs.resources.release_memory`): ~0.1 s CPU each, for the whole process's
#: objects, whatever the step held — most of what a run that parsed one article spends in its
#: parse and load steps.  10,000 articles are ~170,000 figures.
RELEASE_MEMORY_FROM_FIGURES = 50_000


def _release_memory_after(figures: int) -> None:
    """:func:`release_memory` after a step that handled ``figures`` figure rows, when they were many."""
    if figures >= RELEASE_MEMORY_FROM_FIGURES:
        release_memory()


def _progress_bar(desc: str = "parse", unit: str = "file"):
    """A tqdm bar over an iterable (the files parsed, the load's SQL steps), on a terminal only
    (``zgc-etl run`` by hand); nothing when stderr is piped or logged (Dagster daemons, CI, the
    benchmark)."""
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return lambda it: tqdm(it, desc=desc, unit=unit, dynamic_ncols=True, leave=False)


@dg.multi_asset(
    group_name="parse",
    outs={
        "articles": dg.AssetOut(dagster_type=_t(schemas.ArticleSchema), kinds={"python"},
                                metadata=_columns(schemas.ArticleSchema),
                                description="Articles parsed in this run (status new or changed); an unchanged "
                                            "article stays in the warehouse untouched and is only counted "
                                            "(metadata 'unchanged'). Grain: one row per parsed article."),
        "figures": dg.AssetOut(dagster_type=_t(schemas.FigureSchema), kinds={"python"},
                               metadata=_columns(schemas.FigureSchema),
                               description="Figures of the articles parsed in this run. Grain: one row per figure."),
        "rejected_files": dg.AssetOut(dagster_type=_t(schemas.RejectedFileSchema), kinds={"python"},
                                      metadata=_columns(schemas.RejectedFileSchema),
                                      description="Raw files that did not become articles, with the reason."),
        "quarantined_figures": dg.AssetOut(dagster_type=_t(schemas.QuarantineSchema), kinds={"python"},
                                           metadata=_columns(schemas.QuarantineSchema),
                                           description="Figure rows that failed validation, with the failed checks."),
    },
    pool=DUCKDB_POOL,
    retry_policy=WAREHOUSE_RETRY_POLICY,
)
def parsed(context: dg.AssetExecutionContext, raw: RawFolder, duckdb: DuckDBResource, raw_files: pd.DataFrame):
    forget_captured_outputs(context)  # the scan's frame, kept by execute_in_process; loaded again as raw_files
    with retry_only_when_busy():
        with warehouse_connection(duckdb) as conn:
            known = known_articles(conn)
        res = parse_changed(raw.root, raw_files, known, max_bytes=raw.max_file_bytes, progress=_progress_bar())
    _release_memory_after(len(res.figures))
    status = res.articles["status"].value_counts().to_dict() if len(res.articles) else {}
    status["unchanged"] = res.unchanged
    # figures per article with figures: each parsed article's figure_count (its valid figures), not a
    # group-by over the 1.7 M figure rows' file names
    with_figures = res.articles.loc[res.articles["figure_count"] > 0, "figure_count"]
    per_article = with_figures.describe().to_dict() if len(with_figures) else {}
    yield dg.Output(res.articles, "articles", metadata={
        "dagster/row_count": len(res.articles), "new": int(status.get("new", 0)),
        "changed": int(status.get("changed", 0)), "unchanged": int(status.get("unchanged", 0)),
        "preview": _md(res.articles, columns=["file", "title", "source", "published", "status", "figure_count"])})
    yield dg.Output(res.figures, "figures", metadata={
        "dagster/row_count": len(res.figures),
        "figures_per_article_mean": float(per_article.get("mean", 0.0)),
        "figures_per_article_max": int(per_article.get("max", 0)),
        "articles_parsed": len(res.parsed_files),
        "preview": _md(res.figures, columns=["file", "mention", "value", "unit", "qualifier", "kind", "as_of"])})
    yield dg.Output(res.rejected, "rejected_files", metadata={
        "dagster/row_count": len(res.rejected), "rejected_files": len(res.rejected),
        "by_reason": dg.MetadataValue.json(res.rejected["reason"].value_counts().to_dict()),
        "preview": _md(res.rejected)})
    yield dg.Output(res.quarantine, "quarantined_figures", metadata={
        "dagster/row_count": len(res.quarantine), "preview": _md(res.quarantine)})
    # resumed after the last output was stored: execute_in_process must not keep the frames for the run
    n_figures = len(res.figures)
    del res
    forget_captured_outputs(context)
    _release_memory_after(n_figures)


@dg.multi_asset(
    group_name="model",
    outs={f"{t}_rows": dg.AssetOut(dagster_type=_t(MODELS[t]), kinds={"python"}, metadata=_columns(MODELS[t]),
                                   description=(MODELS[t].__doc__ or "").strip())
          for t in STAR_TABLES},
)
def star_frames(context: dg.AssetExecutionContext, articles: pd.DataFrame, figures: pd.DataFrame):
    # a full collection and a heap trim only after many figures (as the parse and load steps): each
    # cost ~0.1 s CPU of a run that modelled one article's figures
    n_figures = len(figures)
    frames = build_star_frames(articles, figures)
    del articles, figures
    _release_memory_after(n_figures)
    for t in STAR_TABLES:
        yield dg.Output(frames[t], f"{t}_rows", metadata={"dagster/row_count": len(frames[t]),
                                                          "preview": _md(frames[t], 5)})
    del frames  # all stored: drop them and execute_in_process's captured copies of them
    forget_captured_outputs(context)
    _release_memory_after(n_figures)


WAREHOUSE_TABLES = STAR_TABLES + ("rejected_file", "quarantine_figure")
_TABLE_INPUTS = {t: [f"{t}_rows"] for t in STAR_TABLES} | {
    "rejected_file": ["rejected_files"], "quarantine_figure": ["quarantined_figures"]}
# raw_files: the scan's listing, for the articles whose file left the raw folder (the articles parsed
# in this run and the rejections say what else changed)
_LOAD_INPUTS = [f"{t}_rows" for t in STAR_TABLES] + ["articles", "rejected_files", "quarantined_figures", "raw_files"]


@dg.multi_asset(
    group_name="warehouse",
    specs=[dg.AssetSpec(["warehouse", t], kinds={"duckdb"}, deps=_TABLE_INPUTS[t] + ["articles", "raw_files"],
                        metadata=_table_metadata(t),
                        description=f"DuckDB table {t}: {_CATALOG[t][0]} "
                                    "Written with every other warehouse table in one transaction.")
           for t in WAREHOUSE_TABLES]
          + [dg.AssetSpec(["warehouse", "figures"], kinds={"duckdb"},
                          deps=[["warehouse", t] for t in STAR_TABLES], metadata=_table_metadata("figures"),
                          description="The flat view analysts query: one row per figure with the FIGURES.md fields.")],
    ins={name: dg.AssetIn() for name in _LOAD_INPUTS},
    pool=DUCKDB_POOL,
    retry_policy=WAREHOUSE_RETRY_POLICY,
)
def warehouse(context: dg.AssetExecutionContext, duckdb: DuckDBResource, articles: pd.DataFrame,
              rejected_files: pd.DataFrame, quarantined_figures: pd.DataFrame, raw_files: pd.DataFrame,
              **rows: pd.DataFrame):
    star = {t: rows[f"{t}_rows"] for t in STAR_TABLES}
    staged_facts = len(star["fact_figure"])
    with retry_only_when_busy():
        with warehouse_connection(duckdb) as conn:
            counts = load_run(conn, articles, star, rejected_files, quarantined_figures, listed=raw_files["file"],
                              progress=_progress_bar("load", "step"))
            preview = figures_preview(conn, articles["file"])
    del star, rows, raw_files
    _release_memory_after(staged_facts)
    articles_n = max(counts["dim_article"], 1)
    for t in WAREHOUSE_TABLES:
        meta = {"dagster/row_count": counts[t]}
        if t == "rejected_file":
            meta["rejected_this_run"] = len(rejected_files)
        if t == "fact_figure":
            meta["figures_per_article"] = round(counts["fact_figure"] / articles_n, 2)
        yield dg.MaterializeResult(asset_key=["warehouse", t], metadata=meta)
    yield dg.MaterializeResult(asset_key=["warehouse", "figures"], metadata={
        "dagster/row_count": counts["fact_figure"], "articles": counts["dim_article"],
        "figures_per_article": round(counts["fact_figure"] / articles_n, 2),
        "rejected_files": counts["rejected_file"], "preview": _md(preview)})


def _report_spec(name: str) -> dg.AssetSpec:
    # fact_figure too: its blocking checks (ranges, money band, keys) must stop the reports
    return dg.AssetSpec(["reports", name], group_name="reports", kinds={"duckdb", "sql"},
                        deps=[dg.AssetKey(["warehouse", "figures"]), dg.AssetKey(["warehouse", "fact_figure"])],
                        description=f"sql/reports/{name}.sql run against the warehouse.")


@dg.multi_asset(specs=[_report_spec(n) for n in report_names()], can_subset=True, pool=DUCKDB_POOL,
                retry_policy=WAREHOUSE_RETRY_POLICY, name="run_reports")
def reports_assets(context: dg.AssetExecutionContext, duckdb: DuckDBResource):
    """Every report (or those selected), in one step and one connection: a step costs Dagster ~0.05 s
    of its own whatever it does (its events, written to the instance's storage, and its set-up), and
    six of them cost an incremental run ~0.25 s more than their queries.

    A report that fails does not keep the others from materialising (as when each was its own step):
    the step fails at the end, naming the failed ones.  A transient error (the file busy) ends the step
    at once, for the retry policy."""
    failed = {}
    with retry_only_when_busy(), warehouse_connection(duckdb) as conn, reports.memory_limited(conn):
        for key in sorted(context.selected_asset_keys, key=lambda k: k.path):
            name = key.path[-1]
            try:
                # a bounded head, never the whole result (a report can run to millions of rows), read
                # from the first subjects alone where the report allows it (reports.report_head)
                df, more = reports.report_head(conn, name, reports.ROWS_COUNTED)
            except Exception as exc:  # noqa: BLE001 — transient ones re-raised, the others reported below
                if is_transient(exc):
                    raise
                context.log.error(f"report {name} failed: {type(exc).__name__}: {exc}")
                failed[name] = f"{type(exc).__name__}: {exc}"
                continue
            meta = {"preview": _md(df, 20)}
            if more:
                meta["rows"] = f"more than {reports.ROWS_COUNTED:,} (zgc-etl report {name} --format csv streams all)"
            else:
                meta["dagster/row_count"] = len(df)
            yield dg.MaterializeResult(asset_key=key, metadata=meta)
        if failed:
            raise dg.Failure(description=f"{len(failed)} report(s) failed: {', '.join(sorted(failed))}",
                             allow_retries=False, metadata={"errors": dg.MetadataValue.json(failed)})


all_assets = [raw_files, parsed, star_frames, warehouse, reports_assets]
