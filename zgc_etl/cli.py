"""Command line: ``zgc-etl run | extract | report``."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Optional


def cmd_extract(args) -> int:
    from .ingest import iter_raw_files, load_article
    from .model import Rejection
    from .parse import extract_figures

    import gc

    # the modules just imported live as long as the command: frozen, the automatic collections while the
    # articles are parsed stop walking them (~2 % fewer instructions per article; see pipeline._parse_task)
    gc.freeze()
    out = sys.stdout
    status = 0
    for p in args.paths:
        p = Path(p)
        files = [p] if p.is_file() else list(iter_raw_files(p))
        root = p.parent if p.is_file() else p
        for f in files:
            if f.suffix.lower() == ".json" and not args.include_json:
                continue  # gold labels beside the articles; see --include-json
            art = load_article(f, root)
            if isinstance(art, Rejection):
                print(f"rejected {art.file}: {art.reason} ({art.detail})", file=sys.stderr)
                status = 1 if args.strict else status
                continue
            for fig in extract_figures(art):
                d = fig.as_prediction()
                d["file"] = Path(art.file).name if not args.relative else art.file
                out.write(json.dumps(d, ensure_ascii=False) + "\n")
    return status


def _install_instance_config(home: Path, project_yaml: Path) -> None:
    """Copy the project's dagster.yaml into DAGSTER_HOME; refresh a copy still carrying its header
    (a copy whose first line was edited away is the user's and is left alone)."""
    home.mkdir(parents=True, exist_ok=True)
    target = home / "dagster.yaml"
    text = project_yaml.read_text()
    if not target.exists():
        target.write_text(text)
        return
    current = target.read_text()
    if current != text and current.splitlines()[:1] == text.splitlines()[:1]:
        target.write_text(text)


def cmd_run(args) -> int:
    import os

    from . import settings

    if args.raw_dir:
        os.environ["ZGC_RAW_DIR"] = str(Path(args.raw_dir).resolve())
    if args.warehouse:
        os.environ["ZGC_WAREHOUSE"] = str(Path(args.warehouse).resolve())
    home = settings.dagster_home()
    _install_instance_config(home, settings.PROJECT_ROOT / "dagster.yaml")
    os.environ["DAGSTER_HOME"] = str(home)
    import shutil
    import tempfile

    # the steps' outputs go to disk (not kept in memory for the whole run) in a folder of this run's own
    io_dir = tempfile.mkdtemp(prefix="zgc-etl-run-", dir=home)
    os.environ["ZGC_IO_DIR"] = io_dir
    try:
        return _run_with_defs(args, settings)
    finally:
        os.environ.pop("ZGC_IO_DIR", None)
        shutil.rmtree(io_dir, ignore_errors=True)


def _run_with_defs(args, settings) -> int:
    import warnings

    warnings.filterwarnings("ignore", category=Warning, module="dagster")
    import dagster as dg

    from .defs.resources import WarehouseBusy, lock_timeout, writer_lock
    from .definitions import build_defs

    defs = build_defs()  # resources from the environment as set above, not as it was at first import

    db = settings.warehouse_path()
    wait = lock_timeout() if args.wait is None else args.wait
    # One writer: hold the warehouse's lock for the whole run; a second `zgc-etl run` waits here.
    try:
        with writer_lock(db, timeout=wait, what="zgc-etl run",
                         on_wait=lambda msg: print(f"zgc-etl run: {msg} (--wait)", file=sys.stderr, flush=True)):
            return _run_main_job(args, dg, defs, settings, db)
    except WarehouseBusy as exc:
        print(f"zgc-etl run: {exc}; nothing was written. Try again later or pass a longer --wait.", file=sys.stderr)
        return 75  # EX_TEMPFAIL


def _run_main_job(args, dg, defs, settings, db) -> int:
    with dg.DagsterInstance.get() as instance:
        result = defs.resolve_job_def("main").execute_in_process(
            instance=instance, raise_on_error=False,
            run_config={"loggers": {"console": {"config": {"log_level": args.log_level}}}})
    if not result.success:
        failed = [e.step_key for e in result.all_events if e.is_step_failure]
        print(f"zgc-etl run: FAILED (steps: {', '.join(failed) or 'see the Dagster logs'}); "
              f"the warehouse {db} keeps its previous contents.", file=sys.stderr)
        return 1
    import duckdb

    from .warehouse.sqlfiles import read_sql

    with duckdb.connect(str(db), read_only=True) as conn:
        articles, figures, rejected, parsed = conn.execute(read_sql("select_run_summary.sql")).fetchone()
    checks = [(e.event_specific_data.check_name, e.event_specific_data.passed)
              for e in result.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"]
    print(f"zgc-etl run: done. raw folder {settings.raw_dir()}")
    print(f"  articles loaded : {articles}")
    print(f"  figures loaded  : {figures}")
    print(f"  files rejected  : {rejected}")
    print(f"  checks passed   : {sum(p for _, p in checks)}/{len(checks)}")
    print(f"  warehouse       : {db}")
    print("  try             : zgc-etl report figures_by_region")
    print('                    zgc-etl sql "SELECT file, mention, value, unit, subject, as_of FROM figures LIMIT 10"')
    return 0


def _print_result(conn, query: str, fmt: str, limit: int, report: Optional[str] = None) -> None:
    """Print a query's result: a table of its first ``limit`` rows (0: all), or every row as CSV.

    Never the whole result in memory at once unless asked for as a table with ``--limit 0``: the
    table reads ``limit + 1`` rows (DuckDB keeps the top of an ORDER BY, not all of it) and CSV is
    streamed in batches (:mod:`zgc_etl.warehouse.reports`).  ``query`` being the report named
    ``report``, the table's rows come from its first subjects where it allows that
    (:func:`~zgc_etl.warehouse.reports.report_head`)."""
    from tabulate import tabulate

    from .warehouse import reports

    if fmt == "csv":
        import csv

        cols, batches = reports.stream(conn, query)
        w = csv.writer(sys.stdout)
        w.writerow(cols)
        for rows in batches:
            w.writerows(rows)
        return
    more = False
    if limit:
        head = reports.report_head(conn, report, limit) if report else reports.head(conn, query, limit)
        if head is None:  # not a query (SET, PRAGMA, ...): DuckDB ran it; nothing to show
            return
        df, more = head
        cols, rows = list(df.columns), list(df.itertuples(index=False, name=None))
    else:
        cols, batches = reports.stream(conn, query)
        rows = [r for batch in batches for r in batch]
    print(tabulate(rows, headers=cols, tablefmt="simple", maxcolwidths=60))
    if more:
        print("... more rows (--limit N for more, --limit 0 for all, --format csv to stream them)")


def _open_read_only(warehouse):
    import duckdb

    from . import settings

    db = Path(warehouse) if warehouse else settings.warehouse_path()
    if not db.exists():
        raise SystemExit(f"zgc-etl: no warehouse at {db}; run `zgc-etl run` first")
    return duckdb.connect(str(db), read_only=True)


def cmd_sql(args) -> int:
    from .warehouse.reports import memory_limited

    with _open_read_only(args.warehouse) as conn, memory_limited(conn):
        _print_result(conn, args.query, args.format, args.limit)
    return 0


def cmd_report(args) -> int:
    from .warehouse.reports import memory_limited
    from .warehouse.sqlfiles import report_names, report_sql

    if not args.name:
        print("reports (zgc-etl report NAME):")
        for n in report_names():
            print(f"  {n}")
        return 0
    try:
        sql = report_sql(args.name)
    except KeyError as exc:
        print(f"zgc-etl report: {exc.args[0]}", file=sys.stderr)
        return 2
    with _open_read_only(args.warehouse) as conn:
        for item in args.param or []:
            key, _, value = item.partition("=")
            if not key.isidentifier():
                print(f"zgc-etl report: bad --param {item!r} (expected NAME=VALUE)", file=sys.stderr)
                return 2
            conn.execute(f"SET VARIABLE {key} = ?", [value])  # the name is an identifier checked above; the value is a parameter
        with memory_limited(conn):
            _print_result(conn, sql, args.format, args.limit, report=args.name)
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="zgc-etl", description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    ex = sub.add_parser("extract", help="parse article files or folders and print one JSON object per figure")
    ex.add_argument("paths", nargs="+")
    ex.add_argument("--include-json", action="store_true", help="also read .json files as scraper exports")
    ex.add_argument("--relative", action="store_true", help="print paths relative to the folder given")
    ex.add_argument("--strict", action="store_true", help="exit 1 when a file is rejected")
    rn = sub.add_parser("run", help="run the main job: data/raw → data/warehouse.duckdb")
    rn.add_argument("--raw-dir", help="raw folder (default $ZGC_RAW_DIR or data/raw)")
    rn.add_argument("--warehouse", help="DuckDB file (default $ZGC_WAREHOUSE or data/warehouse.duckdb)")
    rn.add_argument("--log-level", default="WARNING", help="Dagster console log level (default WARNING)")
    rn.add_argument("--wait", type=float, metavar="SECONDS",
                    help="how long to wait while another process writes the warehouse "
                         "(default $ZGC_LOCK_TIMEOUT or 120); then exit 75 without writing")
    rp = sub.add_parser("report", help="run sql/reports/NAME.sql against the warehouse; no NAME lists them")
    rp.add_argument("name", nargs="?")
    rp.add_argument("--param", action="append", metavar="NAME=VALUE", help="set a SQL variable the report reads")
    rp.add_argument("--warehouse", help="DuckDB file (default $ZGC_WAREHOUSE or data/warehouse.duckdb)")
    rp.add_argument("--format", choices=["table", "csv"], default="table")
    rp.add_argument("--limit", type=int, default=50, help="rows to print in table format (0: all)")
    sq = sub.add_parser("sql", help="run one read-only SQL query against the warehouse")
    sq.add_argument("query")
    sq.add_argument("--warehouse", help="DuckDB file (default $ZGC_WAREHOUSE or data/warehouse.duckdb)")
    sq.add_argument("--format", choices=["table", "csv"], default="table")
    sq.add_argument("--limit", type=int, default=50, help="rows to print in table format (0: all)")
    args = ap.parse_args(argv)
    return {"extract": cmd_extract, "run": cmd_run, "report": cmd_report, "sql": cmd_sql}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
