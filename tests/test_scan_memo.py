"""The scan's use of its memo (zgc_etl.pipeline.scan_with_memo): which files keep a remembered hash.

The memo is looked up by a hash join of the names and array comparisons (not a dict per file);
these hold it to the rules of the dict it replaced, on the cases a join could get wrong."""
import hashlib
import os

import pandas as pd
import pytest

from zgc_etl.pipeline import _lstat_all, scan_with_memo

MTIME = 1_700_000_000_000_000_000


def _write(raw, name, text):
    p = raw / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    os.utime(p, ns=(MTIME, MTIME))
    return p


def _sha(text):
    return hashlib.sha256(text.encode()).hexdigest()


def _memo(rows):
    return pd.DataFrame(rows, columns=["file", "size_bytes", "mtime_ns", "content_hash"])


@pytest.fixture
def raw(tmp_path):
    raw = tmp_path / "raw"
    _write(raw, "a.txt", "alpha")
    _write(raw, "sub/b.txt", "bravo")
    _write(raw, "c.txt", "charlie")
    return raw


def test_a_file_keeps_its_remembered_hash_only_when_size_and_mtime_both_match(raw):
    memo = _memo([("a.txt", 5, MTIME, "remembered-a"),        # same size and mtime: the memo's hash, unread
                  ("c.txt", 7, MTIME + 1, "remembered-c"),    # mtime differs: read again
                  ("sub/b.txt", 4, MTIME, "remembered-b"),    # size differs: read again
                  ("gone.txt", 1, MTIME, "remembered-gone")])  # not listed: no row
    scan = scan_with_memo(raw, memo, rehash=False)
    got = dict(zip(scan.files["file"], scan.files["content_hash"]))
    assert got == {"a.txt": "remembered-a", "c.txt": _sha("charlie"), "sub/b.txt": _sha("bravo")}
    assert dict(zip(scan.files["file"], scan.reused)) == {"a.txt": True, "c.txt": False, "sub/b.txt": False}
    assert list(scan.files["file"]) == ["a.txt", "c.txt", "sub/b.txt"]  # a folder's files before its subfolders


def test_a_memo_row_without_a_hash_is_no_memo_and_of_two_rows_the_last_counts(raw):
    memo = _memo([("a.txt", 5, MTIME, None),                 # no hash: read
                  ("c.txt", 7, MTIME, "first-c"), ("c.txt", 7, MTIME, "last-c"),
                  ("sub/b.txt", 5, MTIME, "kept-b"), ("sub/b.txt", 5, MTIME, None)])  # a hashless row counts not
    scan = scan_with_memo(raw, memo, rehash=False)
    got = dict(zip(scan.files["file"], scan.files["content_hash"]))
    assert got == {"a.txt": _sha("alpha"), "c.txt": "last-c", "sub/b.txt": "kept-b"}
    assert scan.files["size_bytes"].dtype == "int64" and scan.files["mtime_ns"].dtype == "int64"


def test_rehash_and_no_memo_read_every_file_and_a_symlink_is_never_read(raw):
    os.symlink(raw / "a.txt", raw / "link.txt")
    memo = _memo([("a.txt", 5, MTIME, "remembered-a"), ("link.txt", os.lstat(raw / "link.txt").st_size,
                                                        os.lstat(raw / "link.txt").st_mtime_ns, "remembered-link")])
    for scan in (scan_with_memo(raw, memo, rehash=True), scan_with_memo(raw, None, rehash=False)):
        got = dict(zip(scan.files["file"], scan.files["content_hash"]))
        assert got["a.txt"] == _sha("alpha") and got["link.txt"] is None and not scan.reused.any()
    scan = scan_with_memo(raw, memo, rehash=False)
    assert dict(zip(scan.files["file"], scan.files["content_hash"]))["link.txt"] is None  # not even from the memo


def test_a_file_removed_between_the_listing_and_its_stat_is_left_out(raw):
    entries = sorted(os.scandir(raw), key=lambda e: e.name)
    entries = [e for e in entries if e.is_file()]
    (raw / "a.txt").unlink()
    kept, stats = _lstat_all(entries)
    assert [e.name for e in kept] == ["c.txt"] and len(stats) == 1
