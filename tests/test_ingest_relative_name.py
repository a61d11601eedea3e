"""``loader.relative_name`` reads the usual case off the strings; it must give what
``Path(abspath(path)).relative_to(abspath(root)).as_posix()`` (else the file name) gives."""
from __future__ import annotations

import os
import random
from pathlib import Path

from zgc_etl.ingest import loader


def _by_pathlib(path, root) -> str:
    try:
        return Path(os.path.abspath(path)).relative_to(os.path.abspath(root)).as_posix()
    except ValueError:
        return Path(path).name


def test_relative_name_is_pathlibs():
    parts = ["a", "b", ".", "..", "", "/", "//", "x.html", "é", " ", "a b", "tmp", ".hidden", "..."]
    rnd = random.Random(5)
    cases = [("/tmp/corpus/003/x.html", "/tmp/corpus"), ("/", "/"), ("/a", "/"), ("//a/b", "//a"), ("//a/b", "/a"),
             ("/a/b", "//a"), ("a/b", "a"), ("a/b", "."), ("/a", "/a"), ("/a/", "/a"), ("/ab", "/a"), ("/a/b/", "/a/")]
    for _ in range(5000):
        def made() -> str:
            return ("/" if rnd.random() < 0.6 else "") + "/".join(rnd.choice(parts) for _ in range(rnd.randint(0, 5)))
        root = made()
        path = root + "/" + "/".join(rnd.choice(parts) for _ in range(rnd.randint(0, 4))) if rnd.random() < 0.7 else made()
        cases.append((path, root))
    for path, root in cases:
        assert loader.relative_name(path, root) == _by_pathlib(path, root), (path, root)
        assert loader.relative_name(Path(path), Path(root)) == _by_pathlib(Path(path), Path(root)), (path, root)
