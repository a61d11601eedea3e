"""One run of the main Dagster job, as ``zgc-etl run`` runs it, with its step timings as JSON.

The benchmark starts this module in a subprocess (so that the peak resident memory of
the run is the child's own, read with ``os.wait4``):

    python -m benchmarks.e2e --raw-dir DIR --warehouse FILE --home DAGSTER_HOME --out result.json

Step timings come from the run's own events: for each step, from STEP_START to
STEP_SUCCESS (or STEP_FAILURE); the asset checks are steps of their own.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
import warnings
from pathlib import Path


def step_timings(records) -> dict[str, float]:
    """Seconds from STEP_START to STEP_SUCCESS/STEP_FAILURE per step, from the run's event log records."""
    start, out = {}, {}
    for rec in records:
        e = rec.dagster_event
        if e is None or not e.step_key:
            continue
        if e.event_type_value == "STEP_START":
            start[e.step_key] = rec.timestamp
        elif e.event_type_value in ("STEP_SUCCESS", "STEP_FAILURE") and e.step_key in start:
            out[e.step_key] = round(rec.timestamp - start[e.step_key], 3)
    return out


class RssSampler:
    """This process's resident memory every ``every`` seconds (wall clock, bytes), to attribute the
    peak to the step running at the time (the parse workers are other processes: not counted)."""

    def __init__(self, every: float = 0.1):
        import threading

        self.every, self.samples = every, []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._page = os.sysconf("SC_PAGE_SIZE")

    def _run(self) -> None:
        while True:
            try:
                with open("/proc/self/statm") as fh:
                    self.samples.append((time.time(), int(fh.read().split()[1]) * self._page))
            except OSError:
                pass
            if self._stop.wait(self.every):
                return

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def peak_mb_between(self, t0: float, t1: float) -> float:
        vals = [b for t, b in self.samples if t0 <= t <= t1]
        return round(max(vals) / 2**20, 1) if vals else 0.0


def step_peaks(records, sampler: "RssSampler") -> dict[str, float]:
    """Peak RSS (MB) of this process while each step ran (STEP_START → STEP_SUCCESS/FAILURE)."""
    start, out = {}, {}
    for rec in records:
        e = rec.dagster_event
        if e is None or not e.step_key:
            continue
        if e.event_type_value == "STEP_START":
            start[e.step_key] = rec.timestamp
        elif e.event_type_value in ("STEP_SUCCESS", "STEP_FAILURE") and e.step_key in start:
            out[e.step_key] = sampler.peak_mb_between(start[e.step_key], rec.timestamp)
    return out


def main(argv=None) -> int:
    t0 = time.perf_counter()
    ap = argparse.ArgumentParser()
    ap.add_argument("--raw-dir", required=True)
    ap.add_argument("--warehouse", required=True)
    ap.add_argument("--home", required=True, help="DAGSTER_HOME of the run")
    ap.add_argument("--out", required=True, help="JSON result file")
    args = ap.parse_args(argv)
    os.environ["ZGC_RAW_DIR"] = str(Path(args.raw_dir).resolve())
    os.environ["ZGC_WAREHOUSE"] = str(Path(args.warehouse).resolve())
    home = Path(args.home).resolve()
    repo = Path(__file__).resolve().parents[1]
    # as `zgc-etl run` does: a home kept from an earlier run gets the project's current settings
    from zgc_etl.cli import _install_instance_config

    _install_instance_config(home, repo / "dagster.yaml")
    os.environ["DAGSTER_HOME"] = str(home)
    warnings.filterwarnings("ignore", category=Warning, module="dagster")
    import dagster as dg

    from zgc_etl.definitions import defs

    t_import = time.perf_counter() - t0
    t1 = time.perf_counter()
    with dg.DagsterInstance.get() as instance, RssSampler() as sampler:
        result = defs.resolve_job_def("main").execute_in_process(
            instance=instance, raise_on_error=False,
            run_config={"loggers": {"console": {"config": {"log_level": "ERROR"}}}})
        events = result.all_events
        logs = instance.all_logs(result.run_id)
        steps = step_timings(logs)
        peaks = step_peaks(logs, sampler)
    t_job = time.perf_counter() - t1
    mats = {}
    for e in events:
        if e.event_type_value == "ASSET_MATERIALIZATION":
            md = e.event_specific_data.materialization.metadata
            if "dagster/row_count" in md:
                mats["/".join(e.asset_key.path)] = md["dagster/row_count"].value
    articles_md = {}
    for e in events:
        if e.event_type_value == "ASSET_MATERIALIZATION" and e.asset_key.path == ["articles"]:
            md = e.event_specific_data.materialization.metadata
            articles_md = {k: md[k].value for k in ("new", "changed", "unchanged") if k in md}
    out = {"success": result.success, "import_s": round(t_import, 3), "job_s": round(t_job, 3),
           "steps": steps, "step_peak_rss_mb": peaks, "rows": mats, "articles": articles_md,
           "checks": {e.event_specific_data.check_name: e.event_specific_data.passed
                      for e in events if e.event_type_value == "ASSET_CHECK_EVALUATION"}}
    Path(args.out).write_text(json.dumps(out, indent=1))
    return 0 if result.success else 1


if __name__ == "__main__":
    sys.exit(main())
