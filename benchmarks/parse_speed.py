"""Parser speed on generated articles: articles/s and MB/s of ``extract_figures``.

    python benchmarks/parse_speed.py [--root /tmp/zgc_bench/corpus_10000] [--n 400] [--repeats 5] [--profile]

Articles are loaded once (``load_article``, not timed); each repeat runs
``extract_figures`` over N articles of its own, which no earlier pass has read (the
parser keeps small caches across articles: passes over the same articles again would
find them warm and overstate the speed), after a warm-up over 20 more (imports, regex
compilation and reference-data loading are not counted).  ``--same`` repeats the
first N instead (the old, optimistic way: only for profiling a fixed input).  Reported: the median
repeat by process CPU time (steady on a machine shared with other work), with
the best and worst, and the wall-clock median.  MB/s counts the decoded article
text (``Article.text``, UTF-8 bytes).  To compare with another version of the
code, put its package first on ``PYTHONPATH`` (the script prints which
``zgc_etl`` it measured).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", default="/tmp/zgc_bench/corpus_10000")
    ap.add_argument("--n", type=int, default=400, help="the first N articles under root")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--same", action="store_true", help="every repeat over the same N articles (warm caches)")
    ap.add_argument("--profile", action="store_true", help="cProfile one pass and print the top functions")
    ap.add_argument("--sort", default="tottime", help="pstats sort key for --profile")
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args(argv)

    import zgc_etl
    from zgc_etl.ingest import iter_raw_files, load_article
    from zgc_etl.model import Rejection
    from zgc_etl.parse import extract_figures

    root = Path(args.root)
    n_passes = 1 if args.same else args.repeats + (1 if args.profile else 0)
    need = 20 + args.n * n_passes
    articles = []
    for p in iter_raw_files(root):
        if len(articles) >= need:
            break
        art = load_article(p, root)
        if not isinstance(art, Rejection):
            articles.append(art)
    if not articles:
        print(f"no articles under {root}", file=sys.stderr)
        return 1
    warm, articles = articles[:20], articles[20:]
    slices = [articles[:args.n]] * args.repeats if args.same else \
        [articles[i * args.n:(i + 1) * args.n] for i in range(n_passes)]
    if len(slices[-1]) < args.n:
        print(f"{root} has too few articles for {n_passes} passes of {args.n}", file=sys.stderr)
        return 1

    def one_pass(arts) -> int:
        n = 0
        for a in arts:
            n += len(extract_figures(a))
        return n

    one_pass(warm)
    if args.same:
        one_pass(slices[0])  # the old warm-up: the same articles once before timing
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        one_pass(slices[-1])
        prof.disable()
        pstats.Stats(prof).sort_stats(args.sort).print_stats(args.top)
        return 0

    wall, cpu, n_figures = [], [], 0
    for arts in slices[:args.repeats]:
        t0, c0 = time.perf_counter(), time.process_time()
        n_figures += one_pass(arts)
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - t0)
    n = args.n
    total_bytes = statistics.median(sum(len(a.text.encode("utf-8", "surrogatepass")) for a in s_) for s_ in slices)
    mb = total_bytes / 1e6
    cmed = statistics.median(cpu)
    n_figures //= args.repeats
    print(f"zgc_etl: {Path(zgc_etl.__file__).parent}")
    print(f"{n} articles, {total_bytes / 1e3:.0f} kB, {n_figures} figures; {args.repeats} repeats")
    print(f"cpu median {n / cmed:8.1f} articles/s  {mb / cmed:6.3f} MB/s  ({1e3 * cmed / n:.2f} ms/article)")
    print(f"cpu best   {n / min(cpu):8.1f} articles/s  {mb / min(cpu):6.3f} MB/s")
    print(f"cpu worst  {n / max(cpu):8.1f} articles/s  {mb / max(cpu):6.3f} MB/s")
    print(f"wall median{n / statistics.median(wall):8.1f} articles/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
