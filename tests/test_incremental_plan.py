"""The incremental decision of parse_changed (pipeline._incremental_plan), column-wise, against the
rules written as the plain loop over the names it replaced: on random listings and warehouses."""
from __future__ import annotations

import random

import pandas as pd
import pytest

from zgc_etl.parse import PARSER_VERSION
from zgc_etl.pipeline import _incremental_plan


def _rules(raw_files: pd.DataFrame, known: pd.DataFrame):
    """The rules as a loop (the former body of parse_changed): (duplicates {name: of}, unchanged, todo)."""
    by_name = raw_files.sort_values("file")
    names, hashes = by_name["file"].tolist(), by_name["content_hash"].tolist()
    k = {f: (h, v) for f, h, v in zip(known.get("file", []), known.get("content_hash", []),
                                      known.get("parser_version", []))}
    first_by_hash: dict = {}
    for name, h in zip(names, hashes):
        if h and h not in first_by_hash:
            first_by_hash[h] = name
    present = set(names)
    for f, (h, _) in k.items():
        if h in first_by_hash and f in present:
            first_by_hash[h] = f
    dups, unchanged, todo = {}, 0, []
    for name, h in zip(names, hashes):
        if h and first_by_hash.get(h) not in (None, name):
            dups[name] = first_by_hash[h]
            continue
        if name in k and k[name][0] == h and k[name][1] == PARSER_VERSION:
            unchanged += 1
            continue
        todo.append((name, h, "changed" if name in k else "new"))
    return dups, unchanged, todo


def _plan(raw_files, known):
    p = _incremental_plan(raw_files, known)
    dups = {p.names[i]: p.duplicate_of[i] for i in range(len(p.names)) if p.duplicate[i]}
    todo = [(p.names[i], p.hashes[i], "changed" if p.known[i] else "new")
            for i in range(len(p.names)) if p.to_parse[i]]
    return dups, p.unchanged, todo


@pytest.mark.parametrize("seed", range(60))
def test_the_plan_keeps_the_rules_of_the_loop(seed):
    rng = random.Random(seed)
    pool = [f"h{i}" for i in range(rng.randint(1, 12))] + [None, ""]
    folders = ["", "a/", "b/", "a/z/"]
    names = sorted({rng.choice(folders) + f"f{rng.randint(0, 30)}.txt" for _ in range(rng.randint(0, 25))})
    rng.shuffle(names)  # any listing order (a scan's: a folder's files before its subfolders)
    raw_files = pd.DataFrame({"file": pd.Series(names, dtype=object),
                              "content_hash": pd.Series([rng.choice(pool) for _ in names], dtype=object)})
    gone = [f"gone{i}.txt" for i in range(rng.randint(0, 4))]
    kfiles = rng.sample(names, rng.randint(0, len(names))) + gone
    rng.shuffle(kfiles)
    known = pd.DataFrame({"file": kfiles,
                          "content_hash": [rng.choice(pool[:-2] or ["h0"]) for _ in kfiles],
                          "parser_version": [rng.choice([PARSER_VERSION, PARSER_VERSION, "0.0.1"]) for _ in kfiles]})
    assert _plan(raw_files, known) == _rules(raw_files, known)
    assert _plan(raw_files, pd.DataFrame()) == _rules(raw_files, pd.DataFrame())


def test_a_renamed_article_keeps_its_name_and_a_copy_is_a_duplicate():
    raw_files = pd.DataFrame({"file": ["a.txt", "b.txt", "c.txt"], "content_hash": ["x", "x", "y"]})
    known = pd.DataFrame({"file": ["b.txt"], "content_hash": ["x"], "parser_version": [PARSER_VERSION]})
    dups, unchanged, todo = _plan(raw_files, known)
    assert dups == {"a.txt": "b.txt"} and unchanged == 1 and todo == [("c.txt", "y", "new")]
