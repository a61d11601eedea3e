"""Ingest speed on the sample articles: articles/s and MB/s of ``load_article``.

    python benchmarks/ingest_speed.py [--root data/raw] [--repeats 7] [--passes 5]

Each repeat loads every file under ``root`` ``passes`` times (after one warm-up
pass, so imports and regex compilation are not counted); the median repeat is
reported, with the best and worst, and the median by process CPU time (steadier
on a machine shared with other work).  Files are read from disk each time, as
in a run.  To compare with another version of the code, put its package first on
``PYTHONPATH`` (the script prints which ``zgc_etl`` it measured).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", default=str(Path(__file__).resolve().parent.parent / "data" / "raw"))
    ap.add_argument("--repeats", type=int, default=7)
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("--profile", action="store_true", help="cProfile one repeat and print the top functions")
    args = ap.parse_args(argv)

    import zgc_etl
    from zgc_etl.ingest import iter_raw_files, load_article

    root = Path(args.root)
    files = list(iter_raw_files(root))
    total_bytes = sum(p.stat().st_size for p in files)
    if not files:
        print(f"no files under {root}", file=sys.stderr)
        return 1

    def one_pass() -> None:
        for p in files:
            load_article(p, root)

    one_pass()  # warm-up
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        for _ in range(args.passes):
            one_pass()
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(30)
        return 0

    times, cpu = [], []
    for _ in range(args.repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in range(args.passes):
            one_pass()
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    n = len(files) * args.passes
    mb = total_bytes * args.passes / 1e6
    med = statistics.median(times)
    print(f"zgc_etl: {Path(zgc_etl.__file__).parent}")
    print(f"{len(files)} files, {total_bytes / 1e3:.0f} kB; {args.repeats} repeats x {args.passes} passes")
    print(f"median {n / med:8.1f} articles/s  {mb / med:6.2f} MB/s  ({1e3 * med / n:.2f} ms/article)")
    print(f"best   {n / min(times):8.1f} articles/s  {mb / min(times):6.2f} MB/s")
    print(f"worst  {n / max(times):8.1f} articles/s  {mb / max(times):6.2f} MB/s")
    cmed = statistics.median(cpu)  # CPU time of this process: less disturbed by other load on the machine
    print(f"cpu    {n / cmed:8.1f} articles/s  {mb / cmed:6.2f} MB/s  (median process CPU time)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
