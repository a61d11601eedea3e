"""``html.parser`` with source offsets and a fast path for the tags nearly every page is made of.

:class:`OffsetHTMLParser` is an :class:`html.parser.HTMLParser` (``convert_charrefs=False``)
whose tokenizer loop, :meth:`~OffsetHTMLParser.goahead`, follows the standard library's
step for step, and makes the same handler calls with the same arguments, but:

* keeps the absolute source offset of its position in ``_at`` (the stdlib's
  line/column bookkeeping counted the newlines of every token);
* reads a start tag of the plain shape (:data:`PLAIN_STARTTAG`: a name of ASCII letters
  and digits, attributes ``name``, ``name="value"`` or ``name='value'`` separated by
  ASCII white space) with one regular expression, where the stdlib runs four and a
  loop per attribute; a closing tag ``</name>`` outside ``<script>``/``<style>`` in one,
  and so a reference closed by ";" (``&#8217;``, ``&nbsp;``, a dozen a page).
  Every other construct (comments, declarations, unquoted or spaced attribute values,
  odd names, references without ";", CDATA content) goes to the stdlib's own methods.

The tokenizer was three fifths of the time of reading a web page.
``tests/test_ingest_htmltokens.py`` checks, event by event and offset by offset, that
it reports what ``html.parser`` of the running Python reports, on every page of the
fixtures and on mangled pages (checked on CPython 3.10.13, 3.11.7, 3.12.1 and 3.13.0).

The loop mirrors ``goahead`` as it was until CPython's 2025 security releases of
``html.parser`` (3.9.23, 3.10.18, 3.11.13, 3.12.11, 3.13.4 and later), which reworked
script/style content, RCDATA and comments; under such a version (recognised by the
``escapable`` argument of ``set_cdata_mode``) :data:`FAST_PATH` is False and the
stdlib's own ``goahead`` runs, with the offsets still kept by :meth:`updatepos`.
"""
from __future__ import annotations

import inspect
import re
from html import unescape
from html.parser import HTMLParser

#: The stdlib's tokenizer loop is the one :meth:`OffsetHTMLParser.goahead` mirrors (see above).
FAST_PATH = "escapable" not in inspect.signature(HTMLParser.set_cdata_mode).parameters

# The stdlib's own patterns (html/parser.py) for the steps of goahead copied below.
_STARTTAGOPEN = re.compile("<[a-zA-Z]")
_ENTITYREF = re.compile("&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]")
_CHARREF = re.compile("&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]")
_INCOMPLETE = re.compile("&[a-zA-Z#]")

#: A start tag whose reading by ``HTMLParser.parse_starttag`` is plain: the tag name is
#: group 1, the attributes group 2, group 3 is "/" for ``<br/>``.  Its names are a subset
#: of the stdlib's (which end at ASCII white space, "/", ">" or "=" just like these), its
#: separators are ASCII white space only (no "\v", no Unicode spaces), values are quoted
#: and follow "=" directly, so the stdlib's tolerant patterns split it the same way.
_PLAIN_STARTTAG_RE = (r"""<([a-zA-Z][a-zA-Z0-9]*)((?:[\t\n\r\f ]+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:=(?:"[^"]*"|'[^']*'))?)*)"""
                      r"""[\t\n\r\f ]*(/?)>""")
PLAIN_STARTTAG = re.compile(_PLAIN_STARTTAG_RE)
#: The next token outside CDATA content when it is one the fast path reads: a run of text
#: up to the next "<" or "&" (group 1), a plain start tag (groups 2-4, as
#: :data:`PLAIN_STARTTAG`'s 1-3), an end tag as the stdlib's ``endtagfind`` reads it
#: (group 5, the name), or a character or entity reference closed by ";" (group 6, the name
#: after "&#"; group 7, the name after "&").  ``lastindex`` tells them apart: group 4 takes
#: part in every start tag (it may match "").  A reference read here is one the stdlib's
#: :data:`_CHARREF` / :data:`_ENTITYREF` read the same way: their greedy name stops at the same
#: ";", which their closing ``[^0-9a-fA-F]`` / ``[^a-zA-Z0-9]`` accepts, and a match ending in
#: ";" is consumed whole.
_FAST_TOKEN = re.compile(r"([^&<]+)|" + _PLAIN_STARTTAG_RE + r"|</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>"
                         r"|&#([0-9]+|[xX][0-9a-fA-F]+);|&([a-zA-Z][-.a-zA-Z0-9]*);")
#: One attribute of a :data:`PLAIN_STARTTAG`'s group 2: the name, and the value with its quotes.
PLAIN_ATTR = re.compile(r"""([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:=("[^"]*"|'[^']*'))?""")


def plain_attrs(s: str) -> list[tuple[str, str | None]]:
    """The attributes of a :data:`PLAIN_STARTTAG`'s group 2, as ``parse_starttag`` reports
    them: names in lower case, values unquoted and unescaped, None for a bare name."""
    attrs = []
    for name, value in PLAIN_ATTR.findall(s):
        if value:
            value = value[1:-1]
            if "&" in value:
                value = unescape(value)
        else:
            value = None  # findall gives "" for a missing group
        attrs.append((name.lower(), value))
    return attrs


class OffsetHTMLParser(HTMLParser):
    """An ``HTMLParser(convert_charrefs=False)`` that knows the source offset of its position
    (``_at``: where the data passed to ``handle_data``, or the reference to
    ``handle_entityref``/``handle_charref``, starts) and reads plain tags fast.

    Feed the whole document with one :meth:`feed` and then :meth:`close`: offsets count
    from the start of what was fed.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self._at = 0

    def updatepos(self, i: int, j: int) -> int:
        """The stdlib's methods advance the position from ``i`` to ``j`` through this method;
        keeping the absolute offset here replaces its line/column bookkeeping and the
        line-start table that turned ``getpos()`` back into an offset (``getpos()`` is not
        kept up to date)."""
        if i < j:
            self._at += j - i
        return j

    def _fast_goahead(self, end: int) -> None:
        """``HTMLParser.goahead`` for ``convert_charrefs=False``, with the plain start and end
        tags read inline (the rest of the steps as in the stdlib, which they call)."""
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        startswith = rawdata.startswith
        handle_data = self.handle_data
        fast_token = _FAST_TOKEN.match
        while i < n:
            if self.cdata_elem is None:
                # the fast path: one match reads the next run of text, plain start tag or end
                # tag, and its handler is called as the stdlib's step below would call it
                m = fast_token(rawdata, i)
                if m is not None:
                    k = m.end()
                    last = m.lastindex  # the last group of the alternative that matched: 1, 4, 5, 6 or 7
                    if last == 1:
                        handle_data(m.group(1))
                    elif last == 4:
                        self._plain_starttag(m.group(2, 3, 4))
                    elif last == 5:  # parse_endtag outside CDATA content
                        self.handle_endtag(m.group(5).lower())
                    elif last == 6:
                        self.handle_charref(m.group(6))
                    else:
                        self.handle_entityref(m.group(7))
                    self._at += k - i
                    i = k
                    continue
            # the stdlib's step
            match = self.interesting.search(rawdata, i)  # < or & (or the end of <script>'s content)
            if match:
                j = match.start()
            else:
                if self.cdata_elem:
                    break
                j = n
            if i < j:
                handle_data(rawdata[i:j])
                self._at += j - i
                i = j
            if i == n:
                break
            if startswith("<", i):
                if _STARTTAGOPEN.match(rawdata, i):  # < + letter
                    k = self.parse_starttag(i)
                elif startswith("</", i):
                    k = self.parse_endtag(i)
                elif startswith("<!--", i):
                    k = self.parse_comment(i)
                elif startswith("<?", i):
                    k = self.parse_pi(i)
                elif startswith("<!", i):
                    k = self.parse_html_declaration(i)
                elif (i + 1) < n:
                    handle_data("<")
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not end:
                        break
                    k = rawdata.find(">", i + 1)
                    if k < 0:
                        k = rawdata.find("<", i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    handle_data(rawdata[i:k])
                i = self.updatepos(i, k)
            elif startswith("&#", i):
                match = _CHARREF.match(rawdata, i)
                if match:
                    name = match.group()[2:-1]
                    self.handle_charref(name)
                    k = match.end()
                    if not startswith(";", k - 1):
                        k = k - 1
                    i = self.updatepos(i, k)
                    continue
                else:
                    if ";" in rawdata[i:]:  # bail by consuming &#
                        handle_data(rawdata[i:i + 2])
                        i = self.updatepos(i, i + 2)
                    break
            elif startswith("&", i):
                match = _ENTITYREF.match(rawdata, i)
                if match:
                    name = match.group(1)
                    self.handle_entityref(name)
                    k = match.end()
                    if not startswith(";", k - 1):
                        k = k - 1
                    i = self.updatepos(i, k)
                    continue
                match = _INCOMPLETE.match(rawdata, i)
                if match:
                    # match.group() will contain at least 2 chars
                    if end and match.group() == rawdata[i:]:
                        k = match.end()
                        if k <= i:
                            k = n
                        i = self.updatepos(i, i + 1)
                    # incomplete
                    break
                elif (i + 1) < n:
                    # not the end of the buffer, and can't be confused
                    # with some other construct
                    handle_data("&")
                    i = self.updatepos(i, i + 1)
                else:
                    break
            else:
                assert 0, "interesting.search() lied"
        # end while
        if end and i < n and not self.cdata_elem:
            handle_data(rawdata[i:n])
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

    goahead = _fast_goahead if FAST_PATH else HTMLParser.goahead

    def _plain_starttag(self, groups: tuple[str, str, str]) -> None:
        """``parse_starttag`` of a plain start tag (the groups of :data:`PLAIN_STARTTAG`): the same handler call."""
        name, attrs, slash = groups
        self.lasttag = tag = name.lower()
        attrs = plain_attrs(attrs) if attrs else []
        if slash:  # XHTML-style empty tag: <br/>
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
