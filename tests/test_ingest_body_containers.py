"""Article bodies inside containers whose class names hold a chrome word.

The TRS WCM publishing system, which many Chinese government and news sites run, wraps the article body in
``<div class="TRS_Editor">``; the ``[_-]editor`` ending made the whole body chrome, so such a page gave only its
caption's figures.  Quill's ``ql-editor`` and ``editor-content``-style containers are bodies too; a bare
``editor`` class (the "Editor: Zhao Yue" line) stays chrome.
"""
from __future__ import annotations

import pytest

from zgc_etl.ingest.loader import load_bytes
from zgc_etl.model import Rejection
from zgc_etl.model import BODY, CHROME
from zgc_etl.parse.extract import extract_figures

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Park news - Example Portal</title>
<meta name="PubDate" content="2023-04-03 09:30"></head><body>
<div class="nav"><a href="/">Home</a></div>
<div class="main"><h1>A park adds firms</h1>
<div class="{cls}"><p>By the end of 2022, more than 1,250 enterprises had registered in the Qiaoxi park.</p>
<p>Investment in the park reached 3.4 billion yuan last year, up 9.1 percent.</p></div>
<div class="editor">Editor: Wang Lin</div>
</div></body></html>"""


def _roles(cls: str):
    art = load_bytes(PAGE.format(cls=cls).encode(), "page.html", "html")
    return {b.text: b.role for b in art.blocks}, art


@pytest.mark.parametrize("cls", ["TRS_Editor", "trs_editor", "ql-editor", "editor-content", "editor_body",
                                 "article-body", "content TRS_Editor", "TRS_Editor article"])
def test_body_containers_are_body(cls):
    roles, art = _roles(cls)
    body = [t for t, r in roles.items() if r == BODY]
    assert any("1,250 enterprises" in t for t in body), roles
    assert any("3.4 billion yuan" in t for t in body), roles
    assert roles["Editor: Wang Lin"] == CHROME
    values = sorted(f.value for f in extract_figures(art))
    assert values == [9.1, 1250.0, 3.4e9]


@pytest.mark.parametrize("cls", ["editor", "web-editor", "editor-name", "article_editor", "share", "related"])
def test_chrome_classes_stay_chrome(cls):
    """Inside a chrome container the paragraphs are chrome: the page has no body left and is rejected
    with its reason (what happened to every TRS page before)."""
    art = load_bytes(PAGE.format(cls=cls).encode(), "page.html", "html")
    assert isinstance(art, Rejection), art
    assert "body" in art.reason.lower() or "text" in art.reason.lower(), art.reason
