"""Speed-ups of the tenth pass in ingest: each gives what the code it replaced gave."""
from __future__ import annotations

import os

import pytest

from zgc_etl.ingest import loader


@pytest.mark.skipif(os.sep != "/", reason="the shortcut is for POSIX paths")
def test_realpath_below_a_resolved_root_is_realpath(tmp_path):
    """``_realpath_below`` answers ``os.path.realpath`` or None (then realpath is asked), for files, folders,
    links within and out of the root, broken and looping links, missing files, odd spellings of the path, and
    a root reached through a link."""
    real = tmp_path / "raw"
    (real / "sub" / "deep").mkdir(parents=True)
    (real / "a.txt").write_text("a")
    (real / "sub" / "deep" / "b.txt").write_text("b")
    (tmp_path / "outside.txt").write_text("o")
    os.symlink(tmp_path / "outside.txt", real / "out.txt")
    os.symlink(real / "a.txt", real / "in.txt")
    os.symlink(tmp_path, real / "sub" / "up")
    os.symlink(real / "sub", real / "sublink")
    os.symlink(real / "loop1", real / "loop2")
    os.symlink(real / "loop2", real / "loop1")
    os.symlink(tmp_path / "nowhere", real / "broken.txt")
    os.symlink(real, tmp_path / "linked")
    os.symlink("/", tmp_path / "slash")
    names = ["a.txt", "sub/deep/b.txt", "out.txt", "in.txt", "sub/up/outside.txt", "sublink/deep/b.txt",
             "loop1", "loop2/x.txt", "broken.txt", "missing.txt", "missing/x.txt", "sub", "sub/deep",
             "sub/./deep/b.txt", "sub/../a.txt", "sub//deep/b.txt", "sub/deep/", "sub/up/raw/a.txt"]
    roots = [str(real), str(tmp_path / "linked"), str(real) + "/", str(tmp_path / "slash"), "/",
             os.path.relpath(real)]
    answered = 0
    for root in roots:
        real_root = os.path.realpath(root)
        for name in names:
            path = root.rstrip("/") + "/" + name
            got = loader._realpath_below(path, root, real_root)
            if got is not None:
                answered += 1
                assert got == os.path.realpath(path), (root, name)
    assert answered >= 12  # (the plain names below the two plain roots)


def test_load_article_judges_links_as_before(tmp_path):
    """With the root resolved once, a link out of the root is still refused, through a linked root too."""
    real = tmp_path / "raw"
    (real / "sub").mkdir(parents=True)
    body = "Fengtai grew 11.2 percent last year, the city said on Monday in a statement to the press.\n"
    (real / "good.txt").write_text("Fengtai grows\n\n" + body * 3, encoding="utf-8")
    (tmp_path / "outside.txt").write_text(body * 3)
    os.symlink(tmp_path / "outside.txt", real / "sneaky.txt")
    os.symlink(tmp_path, real / "sub" / "up")
    os.symlink(real, tmp_path / "linked")
    for root in (real, tmp_path / "linked"):
        rr = os.path.realpath(root)
        assert loader.load_article(root / "sneaky.txt", root, real_root=rr).reason == "outside_root"
        assert loader.load_article(root / "sub" / "up" / "outside.txt", root, real_root=rr).reason == "outside_root"
        assert loader.load_article(root / "good.txt", root, real_root=rr).file == "good.txt"
