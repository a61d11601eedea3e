"""Command line: ``zgc-etl run | extract | report``."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def cmd_extract(args) -> int:
    from .ingest import iter_raw_files, load_article
    from .model import Rejection
    from .parse import extract_figures

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


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="zgc-etl", description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    ex = sub.add_parser("extract", help="parse article files or folders and print one JSON object per figure")
    ex.add_argument("paths", nargs="+")
    ex.add_argument("--include-json", action="store_true", help="also read .json files as scraper exports")
    ex.add_argument("--relative", action="store_true", help="print paths relative to the folder given")
    ex.add_argument("--strict", action="store_true", help="exit 1 when a file is rejected")
    args = ap.parse_args(argv)
    if args.cmd == "extract":
        return cmd_extract(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())
