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

Paired comparison (``--against DIR``): on a machine shared with other work, two runs minutes
apart differ by more than a speed-up of a few percent.  This imports the ``zgc_etl`` package
of another checkout ``DIR`` beside this one (each a copy under another name: the package imports
itself relatively) and times both on the same unseen articles, pass after pass, alternating
which goes first; each keeps its own caches.  Reported: each one's median, and the median of
the per-pass ratios (its time over this one's: above 1, this checkout is faster).
``--worker`` times the worker's whole per-article cost instead, ``pipeline._parse_files``
over the files (read, ingest, extract, figure columns), ``--n`` files a pass:

    python benchmarks/parse_speed.py --root /tmp/zgc_bench2/corpus_10000 --against /work/main --worker --n 200 --repeats 12
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
    ap.add_argument("--against", metavar="DIR", help="paired comparison with the zgc_etl of another checkout")
    ap.add_argument("--worker", action="store_true", help="with --against: time pipeline._parse_files over files")
    ap.add_argument("--skip", type=int, default=0, help="with --against: start after the first SKIP files")
    args = ap.parse_args(argv)
    if args.against:
        return _paired(args)

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


def _import_copy(checkout: Path, name: str):
    """The ``zgc_etl`` package of ``checkout``, imported as ``name`` from a copy in a temporary folder.  Both sides
    of a comparison are imported so, alike: the installed package against a copy measured a few percent apart
    with the same code."""
    import atexit
    import importlib
    import shutil
    import tempfile

    src = Path(checkout) / "zgc_etl"
    if not (src / "__init__.py").is_file():
        raise SystemExit(f"no zgc_etl package in {checkout}")
    where = Path(tempfile.mkdtemp(prefix="parse_speed_"))
    atexit.register(shutil.rmtree, where, True)
    shutil.copytree(src, where / name, ignore=shutil.ignore_patterns("__pycache__"))
    sys.path.insert(0, str(where))
    return importlib.import_module(name)


def _paired(args) -> int:
    """``--against``: this checkout and another, timed on the same passes in alternating order (see the docstring)."""
    import importlib

    import zgc_etl
    from zgc_etl.ingest import iter_raw_files

    here = Path(zgc_etl.__file__).resolve().parent.parent
    packages = {"this": _import_copy(here, "zgc_etl_this"), "against": _import_copy(Path(args.against), "zgc_etl_against")}
    root = Path(args.root)
    paths = list(iter_raw_files(root))[args.skip:]
    need = 20 + args.n * args.repeats
    if args.worker:  # the files, as the workers get them: (file, no hash to check, status)
        items = [(p.relative_to(root).as_posix(), None, "new") for p in paths[:need]]
        warm, rest = items[:20], items[20:]
        runs = {k: importlib.import_module(pkg.__name__ + ".pipeline")._parse_files for k, pkg in packages.items()}
        max_bytes = importlib.import_module("zgc_etl.ingest.loader").DEFAULT_MAX_BYTES

        def one_pass(key, part):
            runs[key](root, max_bytes, part)
        chunks = {k: [rest[i * args.n:(i + 1) * args.n] for i in range(args.repeats)] for k in packages}
        warm_parts = {k: warm for k in packages}
    else:  # articles loaded once by each package's own loader (not timed)
        chunks, warm_parts, runs = {}, {}, {}
        for key, pkg in packages.items():
            ingest = importlib.import_module(pkg.__name__ + ".ingest")
            model = importlib.import_module(pkg.__name__ + ".model")
            arts = []
            for p in paths:
                if len(arts) >= need:
                    break
                a = ingest.load_article(p, root)
                if not isinstance(a, model.Rejection):
                    arts.append(a)
            warm_parts[key], rest = arts[:20], arts[20:]
            chunks[key] = [rest[i * args.n:(i + 1) * args.n] for i in range(args.repeats)]
            runs[key] = importlib.import_module(pkg.__name__ + ".parse").extract_figures

        def one_pass(key, part):
            extract = runs[key]
            for a in part:
                extract(a)
    if len(chunks["this"][-1]) < args.n:
        print(f"{root} has too few files for {args.repeats} passes of {args.n}", file=sys.stderr)
        return 1
    for key in packages:
        one_pass(key, warm_parts[key])
    cpu: dict[str, list[float]] = {k: [] for k in packages}
    for i in range(args.repeats):
        for key in (("this", "against") if i % 2 == 0 else ("against", "this")):
            c0 = time.process_time()
            one_pass(key, chunks[key][i])
            cpu[key].append((time.process_time() - c0) / args.n * 1e3)
    ratios = [a / t for a, t in zip(cpu["against"], cpu["this"])]
    what = "pipeline._parse_files (read + ingest + extract + columns)" if args.worker else "extract_figures"
    print(f"{what}, {args.repeats} passes of {args.n} {'files' if args.worker else 'articles'}, CPU ms per article:")
    for key in packages:
        label = here if key == "this" else args.against
        print(f"  {key:8s} median {statistics.median(cpu[key]):6.3f}  ({' '.join(f'{x:.2f}' for x in cpu[key])})  {label}")
    print(f"  speed-up of this over against: median of the paired ratios {statistics.median(ratios):.3f}x, "
          f"ratio of the medians {statistics.median(cpu['against']) / statistics.median(cpu['this']):.3f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
