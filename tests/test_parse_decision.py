"""parse_changed's decision of what each listed file becomes (zgc_etl.pipeline._decide), held to the
per-file rules it was written as (the reference below, the code it replaced) on random listings:
duplicates under several names, warehouse articles that hold a hash, edited files, other parser
versions, files listed twice in the warehouse, files without a hash."""
import random

import pandas as pd

from zgc_etl.parse import PARSER_VERSION
from zgc_etl.pipeline import _decide


def reference(raw_files: pd.DataFrame, known: pd.DataFrame):
    kcols = {c: known[c].tolist() for c in ("file", "content_hash", "parser_version") if c in known} if len(known) else {}
    known_at = {f: j for j, f in enumerate(kcols.get("file", []))}
    k_hash, k_version = kcols.get("content_hash"), kcols.get("parser_version")
    first_by_hash = {}
    by_name = raw_files if raw_files["file"].is_monotonic_increasing else raw_files.sort_values("file")
    names, hashes = by_name["file"].tolist(), by_name["content_hash"].tolist()
    for name, h in zip(names, hashes):
        if h and h not in first_by_hash:
            first_by_hash[h] = name
    present = set(raw_files["file"])
    for f, j in known_at.items():
        h = k_hash[j] if k_hash is not None else None
        if h in first_by_hash and f in present:
            first_by_hash[h] = f
    decided, todo, todo_pos = {}, [], []
    for i, (name, h) in enumerate(zip(names, hashes)):
        if h and first_by_hash.get(h) not in (None, name):
            decided[i] = ("rejected", {"file": name, "reason": "duplicate", "detail": f"same content as {first_by_hash[h]}",
                                       "content_hash": h, "duplicate_of": first_by_hash[h]})
            continue
        j = known_at.get(name)
        if (j is not None and (k_hash[j] if k_hash is not None else None) == h
                and (k_version[j] if k_version is not None else None) == PARSER_VERSION):
            continue
        todo.append((name, h, "changed" if j is not None else "new"))
        todo_pos.append(i)
    return decided, todo, todo_pos


def _in_order(decided, todo, ranks):
    """The decisions in name order (ranks order the files; the unchanged have none)."""
    return [v for _, v in sorted([*decided.items(), *zip(ranks, [("parse", t) for t in todo])])]


def _random_case(rng: random.Random):
    n = rng.randint(0, 40)
    names = rng.sample([f"{d}/{i:03d}.txt" if d else f"{i:03d}.txt" for d in ("", "a", "b") for i in range(30)], n)
    pool = [f"h{i}" for i in range(rng.randint(1, 25))] + [None, ""]
    raw = pd.DataFrame({"file": pd.Series(names, dtype=object),
                        "content_hash": pd.Series([rng.choice(pool) for _ in names], dtype=object)})
    k_names = rng.sample(names + [f"gone{i}.txt" for i in range(5)], rng.randint(0, len(names) + 5))
    if k_names and rng.random() < 0.2:
        k_names += rng.sample(k_names, min(3, len(k_names)))  # a file twice: its last row counts
    versions = [PARSER_VERSION, "0.0.1"]
    known = pd.DataFrame({"file": pd.Series(k_names, dtype=object),
                          "content_hash": pd.Series([rng.choice(pool[:-2]) for _ in k_names], dtype=object),
                          "parser_version": [rng.choice(versions) for _ in k_names]})
    for f in rng.sample(k_names, len(k_names) // 2):  # most known files still hold their hash
        if f in names:
            known.loc[known["file"] == f, "content_hash"] = raw.loc[raw["file"] == f, "content_hash"].iloc[0]
    if rng.random() < 0.1:
        known = pd.DataFrame()
    return raw, known


def test_the_decision_is_the_per_file_one():
    for seed in range(300):
        raw, known = _random_case(random.Random(seed))
        assert _in_order(*_decide(raw, known)) == _in_order(*reference(raw, known)), f"seed {seed}"


def test_a_warehouse_article_keeps_its_hash_against_an_earlier_name():
    raw = pd.DataFrame({"file": ["a.txt", "b.txt", "c.txt"], "content_hash": ["h1", "h1", "h2"]})
    known = pd.DataFrame({"file": ["b.txt"], "content_hash": ["h1"], "parser_version": [PARSER_VERSION]})
    assert _in_order(*_decide(raw, known)) == [
        ("rejected", {"file": "a.txt", "reason": "duplicate", "detail": "same content as b.txt",
                      "content_hash": "h1", "duplicate_of": "b.txt"}),
        ("parse", ("c.txt", "h2", "new"))]  # b.txt unchanged: neither decided nor parsed
    known["parser_version"] = "0.0.1"
    assert _decide(raw, known)[1] == [("b.txt", "h1", "changed"), ("c.txt", "h2", "new")]
    # b.txt edited: its old bytes, now under a.txt only, are still its duplicate
    raw["content_hash"] = ["h1", "h3", "h2"]
    assert _in_order(*_decide(raw, known))[0] == (
        "rejected", {"file": "a.txt", "reason": "duplicate", "detail": "same content as b.txt",
                     "content_hash": "h1", "duplicate_of": "b.txt"})
