"""Ingest speed on the sample articles: articles/s and MB/s of ``load_article``.

    python benchmarks/ingest_speed.py [--root data/raw] [--repeats 7] [--passes 5]

Each repeat loads every file under ``root`` ``passes`` times (after one warm-up
pass, so imports and regex compilation are not counted); the median repeat is
reported, with the best and worst, and the median by process CPU time (steadier
on a machine shared with other work).  Files are read from disk each time, as
in a run.  To compare with another version of the code, put its package first on
``PYTHONPATH`` (the script prints which ``zgc_etl`` it measured).

Paired comparison (``--against DIR``): ingest is a sixth of a parse worker's time, so a change that
makes it a few percent faster is lost in the noise of a whole-worker comparison.  This imports the
``zgc_etl`` of another checkout ``DIR`` beside this one (as ``parse_speed.py --against`` does) and
times both ``load_bytes`` (decode, page parsing, metadata; the files are read once, not timed) over the
same files, repeat after repeat, alternating which goes first; ``--format html`` (or txt, md, json)
keeps the files of one format.  Reported: each one's median, and the median of the per-repeat ratios
(its time over this one's: above 1, this checkout is faster):

    python benchmarks/ingest_speed.py --root /tmp/zgc_bench2/corpus_10000 --limit 800 --against /work/main --format html
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
    ap.add_argument("--against", metavar="DIR", help="paired comparison with the zgc_etl of another checkout")
    ap.add_argument("--format", help="with --against: only files of this format (html, txt, md, json)")
    ap.add_argument("--skip", type=int, default=0, help="with --against: start after the first SKIP files")
    ap.add_argument("--limit", type=int, default=0, help="with --against: at most LIMIT files (0: all)")
    args = ap.parse_args(argv)
    if args.against:
        return _paired(args)

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


def _paired(args) -> int:
    """``--against``: ``load_bytes`` of this checkout and another, timed on the same files in alternating order."""
    import importlib

    import zgc_etl
    from zgc_etl.ingest import iter_raw_files
    from zgc_etl.ingest.loader import DEFAULT_MAX_BYTES, _read_stable, format_of

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from parse_speed import _import_copy  # (the same way of importing both sides)

    here = Path(zgc_etl.__file__).resolve().parent.parent
    packages = {"this": _import_copy(here, "zgc_etl_this"), "against": _import_copy(Path(args.against), "zgc_etl_against")}
    loads = {k: importlib.import_module(pkg.__name__ + ".ingest.loader").load_bytes for k, pkg in packages.items()}
    root = Path(args.root)
    files = [p for p in list(iter_raw_files(root))[args.skip:] if format_of(p) and (not args.format or format_of(p) == args.format)]
    files = files[:args.limit] if args.limit else files
    if not files:
        print(f"no files under {root}", file=sys.stderr)
        return 1
    raws = [(_read_stable(p, DEFAULT_MAX_BYTES), p.relative_to(root).as_posix(), format_of(p)) for p in files]

    def one_pass(key: str) -> None:
        load = loads[key]
        for raw, name, fmt in raws:
            load(raw, name, fmt)

    for key in packages:
        one_pass(key)  # warm-up
    cpu: dict[str, list[float]] = {k: [] for k in packages}
    for i in range(args.repeats * 2):
        for key in (("this", "against") if i % 2 == 0 else ("against", "this")):
            c0 = time.process_time()
            one_pass(key)
            cpu[key].append((time.process_time() - c0) / len(raws) * 1e3)
    ratios = [a / t for a, t in zip(cpu["against"], cpu["this"])]
    what = f"{len(raws)} {args.format} files" if args.format else f"{len(raws)} files"
    print(f"load_bytes, {len(cpu['this'])} repeats over {what}, CPU ms per file:")
    for key in packages:
        label = here if key == "this" else args.against
        print(f"  {key:8s} median {statistics.median(cpu[key]):6.3f}  {label}")
    print(f"  speed-up of this over against: median of the paired ratios {statistics.median(ratios):.3f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
