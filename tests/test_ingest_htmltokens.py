"""The fast tokenizer of web pages (``zgc_etl.ingest.htmltokens``) reports exactly what
``html.parser`` reports: the same handler calls, with the same arguments, at the same
source offsets, on every web page of the fixtures and the sample data, on pages
mangled at random (stray brackets, quotes, entities, comments, script content, odd
white space, truncation), and on hand-written edge cases."""
from __future__ import annotations

import random
from html.parser import HTMLParser
from pathlib import Path

import pytest

from zgc_etl.ingest.decode import decode_bytes
from zgc_etl.ingest.htmltokens import PLAIN_STARTTAG, OffsetHTMLParser, plain_attrs

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted(p for d in (ROOT / "tests" / "fixtures", ROOT / "data" / "raw") for p in d.rglob("*.htm*"))


class _Events:
    """Records every handler call with the offset the parser stands at."""

    def _init_events(self) -> None:
        self.events: list[tuple] = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", self._at, tag, list(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", self._at, tag, list(attrs)))

    def handle_endtag(self, tag):
        self.events.append(("end", self._at, tag))

    def handle_data(self, data):
        self.events.append(("data", self._at, data))

    def handle_entityref(self, name):
        self.events.append(("entity", self._at, name))

    def handle_charref(self, name):
        self.events.append(("charref", self._at, name))

    def handle_comment(self, data):
        self.events.append(("comment", self._at, data))

    def handle_decl(self, decl):
        self.events.append(("decl", self._at, decl))

    def handle_pi(self, data):
        self.events.append(("pi", self._at, data))

    def unknown_decl(self, data):
        self.events.append(("unknown_decl", self._at, data))


class _Stdlib(_Events, HTMLParser):
    """The standard library's tokenizer, its offset kept the way the page walker kept it before."""

    def __init__(self):
        HTMLParser.__init__(self, convert_charrefs=False)
        self._at = 0
        self._init_events()

    def updatepos(self, i, j):
        if i < j:
            self._at += j - i
        return j


class _Fast(_Events, OffsetHTMLParser):
    def __init__(self):
        OffsetHTMLParser.__init__(self)
        self._init_events()


def _events(cls, text: str) -> tuple[list, int, str]:
    p = cls()
    p.feed(text)
    p.close()
    return p.events, p._at, p.rawdata


def _same(text: str) -> None:
    assert _events(_Fast, text) == _events(_Stdlib, text), text[:300]


def _text(path: Path) -> str:
    return decode_bytes(path.read_bytes())[0]


def test_there_are_pages():
    assert len(PAGES) >= 40


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_same_events_as_html_parser_on_every_page(path):
    _same(_text(path))


EDGE_CASES = [
    "", "<", "&", "&#", "<p", "<p>", "</p", "</", "<!--", "a<b", "a & b", "&amp", "&amp;", "&#38", "&#x26;", "&#xZZ;",
    "<p>x</p>", "<P CLASS='A'>x</P>", "<br/>", "<br />", "<br / >", "<img src=\"a&amp;b\" alt=''>",
    "<a href=x>y</a>", "<a href = \"x\">", "<a href==\"x\">", "<a b=\"1\"c=\"2\">", "<a b c d>", "<a\x0bb=\"1\">",
    "<a\xa0b=\"1\">", "<a b=\"1\"\n\t>", "<a b=\"x>y\">", "<a b='x\"y'>", "<a/b>", "<a b/>", "<a b=\"1\"/>",
    "<a:b c:d=\"1\">", "<h1 data-x.y_z=\"1\">", "<p>unclosed", "<script>if (a<b && c>d) {}</script>x",
    "<script>a</scrip></script>", "<style>p{}</STYLE >x", "<script>never closed", "<!DOCTYPE html><p>x",
    "<!-- c -->x", "<!-- c --!>x", "<!---->", "<?php x ?>y", "<![CDATA[x]]>y", "<!x>y", "</ p>", "</p x>", "</>",
    "</3>", "< p>", "<3", "a&b;c", "a&#1234;b&#x1F600;c", "&nbsp;&nbsp", "x&", "x&#", "x&a", "<p>&#8217;</p>",
    "<title>a &amp; b</title>", "<p a=\"&quot;\">", "<textarea><p></textarea>", "<p\n>x</p\n>", "<p>x</p >",
    # references the fast path reads (closed by ";") beside ones it leaves to the stdlib
    "&#0x41;", "&#X41;", "&#x41;&#X4a;", "&#123a;", "&#;", "&;", "&a.b-c;", "&A1;x", "&#8217;&#8217;&amp;&amp;",
    "<script>&amp;&#38;</script>&amp;", "<style>&lt;</style>&lt;", "x&amp;y&#1;z&#x;", "&nbsp&nbsp;", "&#38&#38;",
]


@pytest.mark.parametrize("text", EDGE_CASES)
def test_same_events_on_edge_cases(text):
    _same(text)


SNIPPETS = ["<", ">", "</", "/>", "<!--", "-->", "\"", "'", "=", "&", "&#", "&amp", ";", " ", "\n", "\t", "\x0b",
            "\xa0", "/", "<p", "<a href=x>", "<b class='c'>", "<script>", "</script>", "<style>", "</style>",
            "<!DOCTYPE", "<?", "<![CDATA[", "]]>", "A", "<Br/>", "<IMG SRC=\"a&amp;b\">", "<p a=\"1\"b>",
            "<p a = \"1\">", "<p a==\"1\">", "&#8217;", "&#x2019", "&nbsp;", "<div class=\"x\" id='y'>", "</div>"]


def _mangled(text: str, rng: random.Random) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 12)):
        at = rng.randrange(len(chars) + 1)
        if rng.random() < 0.7:
            chars.insert(at, rng.choice(SNIPPETS))
        else:
            del chars[at:at + rng.randint(1, 8)]
    out = "".join(chars)
    if rng.random() < 0.3:
        out = out[:rng.randrange(len(out) + 1)]
    return out


def test_same_events_on_mangled_pages():
    rng = random.Random(20261126)
    texts = [_text(p) for p in PAGES]
    for _ in range(600):
        _same(_mangled(rng.choice(texts), rng))


def test_plain_starttag_reads_attributes_like_the_stdlib():
    m = PLAIN_STARTTAG.match("<A HREF=\"/x?a=1&amp;b=2\" data-X='' hidden Title=\"&lt;q&gt;\">")
    assert m and m.group(1) == "A"
    assert plain_attrs(m.group(2)) == [("href", "/x?a=1&b=2"), ("data-x", ""), ("hidden", None), ("title", "<q>")]
    for text in ("<a href=x>", "<a b=\"1\"c>", "<a b = \"1\">", "<a\x0bb>", "<a-b>"):
        assert PLAIN_STARTTAG.match(text) is None, text


class _StdlibLoop(_Fast):
    """OffsetHTMLParser on the stdlib's own loop: what runs when FAST_PATH is off."""

    goahead = HTMLParser.goahead


def test_the_stdlib_loop_keeps_the_same_offsets():
    rng = random.Random(5)
    texts = [_text(p) for p in PAGES]
    for text in texts[:20] + EDGE_CASES + [_mangled(rng.choice(texts), rng) for _ in range(100)]:
        assert _events(_StdlibLoop, text) == _events(_Stdlib, text), text[:300]
