"""The main process around the parser: CPU of ``parse_changed``'s own work and of ``build_star_frames``.

    python -m benchmarks.stage_speed --root /tmp/zgc_bench/corpus_10000 [--scale 10] [--repeats 3] [--cache F]

The parse pool's results (one per chunk, as the workers send them) are recorded once — a real
pooled ``parse_changed`` over the corpus, or read back from ``--cache`` — and then replayed
through ``parse_changed`` in this process with the pool left out: what is measured is the
parent's share of the parse step (receiving and merging chunks, framing, validating), then
``build_star_frames`` on its result.  ``--scale N`` replays the chunks N times under other file
names and hashes (N × the corpus: the 100,000-article sizes without parsing 100,000 articles).
Reported: process CPU time per repeat (the median) and the peak RSS.  To compare another version
of the code, put its package first on ``PYTHONPATH`` (the chunks are re-encoded by that version's
``_encode_chunk`` when it has one, so one cache serves both).
"""
from __future__ import annotations

import argparse
import pickle
import resource
import statistics
import time
from pathlib import Path

import pandas as pd


def record(corpus: Path) -> dict:
    """A pooled parse of the corpus, keeping every chunk result as it came back."""
    from zgc_etl import pipeline

    run_tasks, blobs = pipeline._run_tasks, []

    def recording(*a, **k):
        for r in run_tasks(*a, **k):
            blobs.append(pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL))
            yield r

    pipeline._run_tasks = recording
    try:
        scan = pipeline.scan_raw_folder(corpus)
        pipeline.parse_changed(corpus, scan, pd.DataFrame(columns=["file", "content_hash", "parser_version"]))
    finally:
        pipeline._run_tasks = run_tasks
    return {"scan": scan, "blobs": blobs}


def _scaled(rec: dict, scale: int) -> tuple[pd.DataFrame, list[bytes]]:
    """The recorded scan and chunks ``scale`` times, copy k's files named ``<file>~k`` (hashes made unique)."""
    from zgc_etl import pipeline

    encode = getattr(pipeline, "_encode_chunk", None)
    scans, blobs = [], []
    for k in range(scale):
        s = rec["scan"].copy()
        if scale > 1:
            s["file"] = s["file"] + f"~{k}"
            s["content_hash"] = s["content_hash"].str[:-2] + f"{k:02d}"
        scans.append(s)
        for b in rec["blobs"]:
            outcomes, cols = pickle.loads(b)
            files = cols.get("file")
            if scale > 1 and (isinstance(files, list) or hasattr(files, "uniques")):
                for _, row in outcomes:
                    row["file"] += f"~{k}"
                    if row.get("content_hash"):
                        row["content_hash"] = row["content_hash"][:-2] + f"{k:02d}"
                if isinstance(files, list):  # a recording of plain lists (older code)
                    cols["file"] = [f + f"~{k}" for f in files]
                else:  # dictionary-encoded (pipeline._Coded): rename its distinct values
                    cols["file"] = files._replace(uniques=[f + f"~{k}" for f in files.uniques])
            elif scale > 1:
                raise SystemExit("--scale needs a recording whose file column is a list or dictionary-encoded")
            if encode is not None and isinstance(cols.get("file"), list):
                cols = encode(cols)
            blobs.append(pickle.dumps((outcomes, cols), protocol=pickle.HIGHEST_PROTOCOL))
    return pd.concat(scans, ignore_index=True), blobs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=Path("/tmp/zgc_bench/corpus_10000"))
    ap.add_argument("--scale", type=int, default=1)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--cache", type=Path, help="chunk results recorded earlier (written when missing)")
    args = ap.parse_args(argv)

    import zgc_etl
    from zgc_etl import pipeline
    from zgc_etl.warehouse import frames
    from zgc_etl.warehouse.fx import _converter

    print(f"zgc_etl from {Path(zgc_etl.__file__).parent}")
    if args.cache and args.cache.exists():
        rec = pickle.loads(args.cache.read_bytes())
    else:
        rec = record(args.root)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(rec, protocol=pickle.HIGHEST_PROTOCOL))
    scan, blobs = _scaled(rec, args.scale)
    del rec
    _converter()  # the ECB table: loaded once per process, not the model step's own work
    run_tasks = pipeline._run_tasks
    pipeline._run_tasks = lambda *a, **k: (pickle.loads(b) for b in blobs)
    parse_cpu, model_cpu = [], []
    try:
        for _ in range(args.repeats):
            c0 = time.process_time()
            res = pipeline.parse_changed(Path("/nonexistent"), scan, pd.DataFrame())
            c1 = time.process_time()
            frames.build_star_frames(res.articles, res.figures)
            c2 = time.process_time()
            parse_cpu.append(c1 - c0)
            model_cpu.append(c2 - c1)
            del res
    finally:
        pipeline._run_tasks = run_tasks
    print(f"{len(scan):,} files replayed ({len(blobs)} chunks, {sum(map(len, blobs)) / 1e6:.0f} MB pickled)")
    print(f"parse_changed, parent's share: {statistics.median(parse_cpu):.2f} s CPU (median of {args.repeats}: "
          + ", ".join(f"{c:.2f}" for c in parse_cpu) + ")")
    print(f"build_star_frames: {statistics.median(model_cpu):.2f} s CPU ("
          + ", ".join(f"{c:.2f}" for c in model_cpu) + ")")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB (with the replayed chunks)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
