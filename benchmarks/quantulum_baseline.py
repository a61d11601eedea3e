"""Baseline: quantulum3 on the same article bodies, written as predictions the scorer reads.

    .venv/bin/python benchmarks/quantulum_baseline.py /work/shared/corpus/dev > /tmp/quantulum.jsonl
    python3 /work/shared/eval/score.py --gold /work/shared/corpus/dev --pred /tmp/quantulum.jsonl

It uses our ingest (body blocks, sentence split, file offsets) so that only the recognition of
figures differs. quantulum3's units are mapped to ours by name; units we have no name for are
dropped. quantulum3 gives no qualifier, kind or conversion: every figure is exact, level.
"""
from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

warnings.filterwarnings("ignore")

from quantulum3 import parser  # noqa: E402

from zgc_etl.ingest import iter_raw_files, load_article  # noqa: E402
from zgc_etl.model import Rejection  # noqa: E402
from zgc_etl.parse.sentences import split_sentences  # noqa: E402

UNIT_MAP = {
    "chinese yuan": "CNY", "renminbi": "CNY", "yuan": "CNY", "dollar": "USD", "united states dollar": "USD",
    "euro": "EUR", "pound sterling": "GBP", "japanese yen": "JPY", "yen": "JPY", "hong kong dollar": "HKD",
    "percentage": "percent", "percentage point": "percentage_point", "square metre": "m2", "square kilometre": "km2",
    "hectare": "hectare", "metre": "m", "kilometre": "km", "tonne": "t", "metric ton": "t", "ton": "t",
    "kilowatt hour": "kWh", "megawatt": "MW", "minute": "minute", "hour": "hour", "day": "day", "year": "year",
    "dimensionless": "count", "times": "times",
}


def main(argv: list[str]) -> int:
    root = Path(argv[1] if len(argv) > 1 else "/work/shared/corpus/dev")
    out = sys.stdout
    for f in iter_raw_files(root):
        if f.suffix.lower() not in (".txt", ".html", ".htm"):
            continue
        art = load_article(f, root)
        if isinstance(art, Rejection):
            continue
        for block in art.body_blocks():
            for s0, s1 in split_sentences(block.text):
                sentence = block.text[s0:s1]
                try:
                    quants = parser.parse(sentence)
                except Exception:  # quantulum3 raises on some inputs
                    continue
                for q in quants:
                    unit = UNIT_MAP.get(q.unit.name.lower()) or UNIT_MAP.get(q.unit.entity.name.lower())
                    if unit is None or q.unit.entity.name == "time" and unit == "count":
                        continue
                    a, b = q.span
                    start, end = block.source_span(s0 + a, s0 + b)
                    out.write(json.dumps({
                        "file": Path(art.file).name, "value": abs(float(q.value)), "unit": unit,
                        "qualifier": "exact", "kind": "level", "measure": None, "subject": None, "regions": [],
                        "as_of": art.published, "period_start": None, "alt_value": None, "alt_unit": None,
                        "start": start, "end": end, "mention": art.text[start:end],
                    }, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
