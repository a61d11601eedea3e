"""Plain-text pages (a web page saved as text): lines → headline, deck, body, caption, chrome.

A saved page reads top to bottom as: masthead and navigation, breadcrumbs, the
headline (perhaps with a section label above and a deck below), the byline with
the date, captions, the body, then tools, related links and the footer.  The rules
below find those parts by their shape, not by outlet:

* chrome lines are recognised by pattern (:data:`CHROME_LINE`, navigation bars,
  breadcrumbs, pagination, image file names, epoch stamps, credits, footers);
* the body starts at the first prose paragraph (a long line in sentence case
  ending like a sentence) and every later prose line is body, except inside a
  related-links list;
* the headline is the nearest headline-shaped line above the body, across the
  byline, dates, captions and deck bullets; headline-shaped lines directly under
  it and above the byline are its deck.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..model import BODY, CAPTION, CHROME, DECK, HEADLINE, Article, Block
from . import meta

PROSE_TOKEN = re.compile(r"^[\"'“‘(]*[A-Za-z][A-Za-z'’-]+[.,;:!?\"'”’)]*$")
#: PROSE_TOKEN over a whole line: each match is one whole token (split() separates on the
#: same white space as \\s), and the group is its first letter after leading quotes.
_PROSE_TOKEN_GROUPED = r"[\"'“‘(]*([A-Za-z])[A-Za-z'’-]+[.,;:!?\"'”’)]*"
PROSE_FIRST = re.compile(r"(?<!\S)" + _PROSE_TOKEN_GROUPED + r"(?!\S)")
_PROSE_TOKEN = r"[\"'“‘(]*[A-Za-z][A-Za-z'’-]+[.,;:!?\"'”’)]*"
#: Any white-space separated tokens that are not PROSE_TOKENs, each with the white space after it.
_NOT_PROSE_TOKENS = r"(?:(?!" + _PROSE_TOKEN + r"(?!\S))\S+\s+)*"
#: The first eight PROSE_TOKENs of a string, read in one call: its groups are their first letters, the
#: matches :data:`PROSE_FIRST` would find first.  Each token that is not one is skipped whole (a
#: prose token cannot open with white space, so each is read from its first character; the lookahead
#: keeps a prose token from being skipped); each prose token is whole: white space or the end follows.
PROSE_OPENING = re.compile(r"\s*" + r"\s+".join([_NOT_PROSE_TOKENS + _PROSE_TOKEN_GROUPED + r"(?!\S)"] * 8))
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
RELATED = re.compile(
    r"^\W*(related(\s+(stories|story|reports?|articles?|news|links?|coverage|content|reading))?|more\s+(stories|news|on this)|"
    r"read\s+(more|also)|see also|recommended( for you)?|you may (also )?like|further reading|latest news|most (read|popular|viewed))\W*$",
    re.I,
)
#: The alternatives of :data:`CHROME_LINE`, in order.  Those opening with "^" match at the
#: start of a line only; the others anywhere (see :func:`_chrome_search`).
CHROME_ALTERNATIVES = (
    r"copyright", r"all rights reserved", r"©", r"sponsored by", r"undertaken by", r"presented by", r"^\W*(previous|next)\b",
    r"\b(previous|next)\s*(article|page|story)\b", r"^tags?\s*:", r"^keywords?\s*:", r"^share\b", r"\bshare this\b",
    r"share\s*-\s*wechat", r"download the", r"app download", r"^\W*(print|close|e-?mail|save|back to top|top)\W*$",
    r"【\s*print", r"\bicp\b", r"icp备", r"icp证", r"公网安备", r"registration number", r"license for publishing",
    r"privacy policy", r"terms of (use|service)", r"disclaimer", r"^follow (us|\S+ on)", r"like us on", r"web editor",
    r"^\W*\(?\[?\s*editor\s*:", r"^\W*\(?\s*source\s*:", r"^\W*position\s*:", r"^\W*you are here", r"adjust font size",
    r"font size", r"^text\s*:\s*a+", r"\bl\s+m\s+s\s*$", r"comment\(s\)", r"go to forum", r"bookmark",
    r"^\W*(about|contact) us\b", r"^\W*subscribe\b", r"newsletter sign", r"^\W*(home|menu|search|login|sign in|register)\W*$",
    r"^\W*(chinese( simplified| traditional)?|english|中文)\W*$", r"^\W*[A-Z]{2}\s*\|\s*[A-Z]{2}\W*$",
)
CHROME_LINE = re.compile("|".join(CHROME_ALTERNATIVES), re.I)
#: :data:`CHROME_LINE` split three ways, for :func:`_chrome_search`: the alternatives anchored at
#: the start of the line (one ``match`` at position 0), the one anchored at its end ("L M S"),
#: and the rest, which can match anywhere.
_CHROME_LMS = r"\bl\s+m\s+s\s*$"
CHROME_AT_START = re.compile("|".join(a for a in CHROME_ALTERNATIVES if a.startswith("^")), re.I)
CHROME_AT_END = re.compile(_CHROME_LMS, re.I)
CHROME_ANYWHERE = re.compile("|".join(a for a in CHROME_ALTERNATIVES if not a.startswith("^") and a != _CHROME_LMS), re.I)
FOOTER = re.compile(r"copyright\s*(?:©|\(c\)|\d{4}|by\b)|©\s*(?:\d{4}|copyright)|all rights reserved|icp备|icp证|公网安备", re.I)
PAGINATION = re.compile(r"^\W*(?:(?:prev(?:ious)?|next|first|last|page)\b|[<>«»‹›…]|\.\.\.|\d{1,3}\b|\s)+\W*$", re.I)
IMAGE_FILE = re.compile(r"^\S+\.(?:jpe?g|png|gif|webp|bmp|svg)\s*$", re.I)
CREDIT_ONLY = re.compile(r"^\W*[\[(]?\s*(?:photo|photos|image|video|file photo)\s*[:/]\s*[^)\]]{0,60}[\])]?\W*$", re.I)
CAPTION_MARK = re.compile(r"[\[(]\s*photo\b|\bphoto\s*[:/]|^\s*(?:photo|picture|this photo|aerial photo)\b.{0,30}\bshows\b|"
                          r"\[(?:xinhua|photo|vcg|cfp|provided)\s*/|\(\s*(?:xinhua|vcg|cfp|ic)\s*/|\bphoto:\s*\w+\s*$|\(photo\)", re.I)
BULLET = re.compile(r"^\s*(?:[•·▪■●◆]|[*+-]\s)")
TERMINAL = re.compile(r"[.!?。！？…:;]['\"’”)\]]*\s*$|['\"’”]\s*$")
DATE_LABEL = re.compile(r"updated|published|posted|time\s*:|date\s*:|source\s*:|\d{1,2}:\d{2}|\|", re.I)
COPYRIGHT_ICP = re.compile(r"copyright|all rights reserved|icp", re.I)
COPYRIGHT_ANY = re.compile(r"copyright|all rights|©", re.I)
COPYRIGHT_SITE = re.compile(r"copyright|©|all rights|presented by|sponsored by", re.I)
LETTERS3 = re.compile(r"[A-Za-z]{3,}")
PAGE_WORDS = re.compile(r"(?i)prev(ious)?|next|first|last|page")
CREDIT_LINE = re.compile(r"\(\s*[^()]{2,60}\s*\)")
BREADCRUMB = re.compile(r"\s(>|»|->|/)\s|^\s*>\s|>>")
SPACED_ITEMS = re.compile(r"\S(\s{3,}|\t)\S")
ITEM_SEP = re.compile(r"\s{3,}|\t")
MASTHEAD_SEP = re.compile(r"\s*\|\s*|\s{2,}")
BY_START = re.compile(r"^\s*by\s", re.I)
CREDIT_OR_BY = re.compile(r"^\s*(\(|by\s)", re.I)


# ---------------------------------------------------------------- cheap pre-tests
# A case-insensitive regex built from ASCII words can only match a line that holds
# one of its words, in any case.  ``s.lower()`` finds them unless ``s`` holds one of
# the four non-ASCII characters that re.IGNORECASE equates with an ASCII letter
# (İ ı ſ K); such lines always get the full regex.  tests/test_ingest_golden.py
# checks that the pre-tests never say no where the regex says yes.
FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def _lowered(s: str) -> str | None:
    """``s.lower()`` when word pre-tests on it are exact, else None."""
    for c in FOLDS_TO_ASCII:
        if c in s:
            return None
    return s.lower()


def _has_any(low: str | None, words_: tuple[str, ...]) -> bool:
    if low is None:
        return True
    for w in words_:
        if w in low:
            return True
    return False


#: One of these is in every line :data:`FOOTER` matches.
FOOTER_WORDS = ("copyright", "©", "all rights reserved", "icp", "公网安备")
#: One of these is in every line :data:`CAPTION_MARK` matches (a credit "[Xinhua/" or "(VCG/" has a "/").
CAPTION_WORDS = ("photo", "picture", "/")
#: One of these is in every line :data:`CHROME_ANYWHERE` matches.
CHROME_ANYWHERE_WORDS = ("copyright", "all rights reserved", "©", "sponsored by", "undertaken by", "presented by",
                         "previous", "next", "share this", "wechat", "download the", "app download", "【", "icp",
                         "公网安备", "registration number", "license for publishing", "privacy policy", "terms of",
                         "disclaimer", "like us on", "web editor", "font size", "comment(s)", "go to forum", "bookmark",
                         "newsletter sign")


def _chrome_search(s: str, low: str | None) -> bool:
    """``CHROME_LINE.search(s) is not None``: its start-anchored alternatives tried once at the
    start of the line, the one anchored at the end only on a line ending in "s", and the rest
    only when one of their words is in the line (a search with every alternative tried at
    every position was a quarter of the time of classifying a line)."""
    if low is None:
        return CHROME_LINE.search(s) is not None
    if CHROME_AT_START.match(s) is not None:
        return True
    if low.rstrip().endswith("s") and CHROME_AT_END.search(s) is not None:
        return True
    return _has_any(low, CHROME_ANYWHERE_WORDS) and CHROME_ANYWHERE.search(s) is not None


def _footer_search(s: str, low: str | None) -> bool:
    return _has_any(low, FOOTER_WORDS) and FOOTER.search(s) is not None


def _caption_search(s: str, low: str | None) -> bool:
    return _has_any(low, CAPTION_WORDS) and CAPTION_MARK.search(s) is not None


@dataclass
class Line:
    start: int  # offset of the first non-space character in the file text
    text: str
    kind: str = "text"  # chrome | related | credit | caption | bullet | date | prose | text
    date: Optional[tuple[str, int, int]] = None
    offs: Optional[list[int]] = None  # per-character offsets when text is not a verbatim slice
    heading: int = 0  # Markdown heading level (1 for "# ...")


def _lines(text: str) -> list[Line]:
    out = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            out.append(Line(pos + lead, stripped))
        pos += len(raw)
    return out


def words(s: str) -> list[str]:
    return WORD.findall(s)


@lru_cache(maxsize=512)
def is_prose(s: str) -> bool:
    """A paragraph that reads like running text: enough words, mostly in lower case."""
    # memoised: the role rules ask it of one line up to three times (classify, then the
    # HTML/JSON refinements); a page's lines fit in the cache many times over
    # the first letter of every white-space separated token that is a PROSE_TOKEN: at least
    # eight tokens, three of them in lower case.  Tokens are read one by one and the
    # reading stops once both counts are reached (within the first dozen words of a
    # paragraph) instead of collecting every token of a long line.
    opening = PROSE_OPENING.match(s)
    if opening is None:  # fewer than eight prose tokens
        return False
    if sum(map(str.islower, opening.groups())) >= 3:
        # the usual paragraph: three of its first eight prose tokens in lower case, so the loop
        # below would stop at the eighth (one regex call instead of a match per word)
        return s.count("|") < 2
    tokens = lower = 0
    for m in PROSE_FIRST.finditer(s):
        tokens += 1
        if m.group(1).islower():
            lower += 1
        if tokens >= 8 and lower >= 3:
            return s.count("|") < 2
    return False


#: The characters TERMINAL allows after the sentence-ending mark, and the quotes that end a line on their own.
_CLOSERS = "'\"’”)]"
_END_MARKS = ".!?。！？…:;"
_END_QUOTES = "'\"’”"


def ends_like_sentence(s: str) -> bool:
    """``TERMINAL.search(s) is not None`` without scanning the line from its start: after
    trailing white space (``str.rstrip`` strips exactly ``\\s``) the line ends with a quote,
    or with an end mark followed by closing quotes and brackets only."""
    t = s.rstrip()
    if not t:
        return False
    if t[-1] in _END_QUOTES:
        return True
    t = t.rstrip(_CLOSERS)
    return bool(t) and t[-1] in _END_MARKS


#: One of these is in every line :data:`BREADCRUMB` matches.
BREADCRUMB_CHARS = (">", "»", "/")


def _breadcrumb_search(s: str) -> bool:
    for c in BREADCRUMB_CHARS:
        if c in s:
            return BREADCRUMB.search(s) is not None
    return False


def is_nav(s: str, prose: bool | None = None) -> bool:
    """Navigation bars and breadcrumbs: many separators, few words between them.
    ``prose`` is ``is_prose(s)`` when the caller knows it already."""
    if s.count("|") >= 2 and not ends_like_sentence(s):
        return True
    if _breadcrumb_search(s) and len(words(s)) <= 12 and not ends_like_sentence(s):
        return True
    if not prose and SPACED_ITEMS.search(s) and (prose is not None or not is_prose(s)):
        items = [i for i in ITEM_SEP.split(s) if i.strip()]
        if len(items) >= 3 and all(len(words(i)) <= 3 for i in items):
            return True
    return False


def is_label(s: str) -> bool:
    """A section label above a headline: at most three words, all capitalised (``We Are China``)."""
    ws = [w for w in words(s) if w.lower() not in {"and", "of", "the", "&", "in", "on", "for"}]
    return len(words(s)) <= 3 and all(w[0].isupper() for w in ws) and not ends_like_sentence(s)


#: The text every :data:`CHROME_ANYWHERE` match opens with, in lower case (a ``\\b`` before it takes no
#: character): where one of them matches at index k of a line, ``low[k:]`` starts with one of these.
CHROME_ANYWHERE_OPENINGS = ("copyright", "all rights reserved", "©", "sponsored by", "undertaken by", "presented by",
                            "previous", "next", "share", "download the", "app download", "【", "icp", "公网安备",
                            "registration number", "license for publishing", "privacy policy", "terms of ",
                            "disclaimer", "like us on", "web editor", "adjust font size", "font size", "comment(s)",
                            "go to forum", "bookmark", "newsletter sign")
_UNKNOWN = object()


def _chrome_near_start(s: str, low=_UNKNOWN) -> bool:
    """A :data:`CHROME_LINE` match starting at index 0, 1 or 2 (the leftmost match of a
    search starts there); ``match(s, pos)`` still sees ``s[:pos]`` for ``^`` and ``\\b``.
    ``low``: ``_lowered(s)`` when the caller has it.

    Asked of every long line (the paragraphs), where it nearly always says no: the three matches,
    each trying every alternative, are tried only when one could succeed.  Of the alternatives,
    those anchored with "^" can match at index 0 only (:data:`CHROME_AT_START`), the "L M S" one
    only on a line ending in "s", and the rest only where one of their openings starts."""
    if low is _UNKNOWN:
        low = _lowered(s)
    if low is not None:
        if CHROME_AT_START.match(s) is not None:
            return True
        opens = CHROME_ANYWHERE_OPENINGS
        if not (low.startswith(opens) or low.startswith(opens, 1) or low.startswith(opens, 2)
                or low.rstrip().endswith("s")):
            return False
    m = CHROME_LINE.match
    return bool(m(s) or m(s, 1) or m(s, 2))


def classify(line: Line) -> str:
    """The kind of a line (related, chrome, date, caption, credit, bullet, prose or text); a date
    line's date (and a headline's with its date glued on) goes to ``line.date``."""
    kind, date = _kind_and_date(line.text)
    if date is not None:  # (every caller's line is new: its date is still None)
        line.date = date
    return kind


@lru_cache(maxsize=4096)
def _kind_and_date(s: str) -> tuple[str, Optional[tuple[str, int, int]]]:
    """:func:`classify` of a line ``s``: its kind and the date it takes (or None).  A pure function of
    the text, memoised: a site's pages repeat their nav bars, footers, captions and headlines
    (a third of a text page's lines, ~15 us a page), and a page's role rules ask again."""
    if RELATED.match(s):
        return "related", None
    low = _lowered(s)
    if _footer_search(s, low):
        return "chrome", None
    prose = None  # is_prose(s), computed once when first needed
    # a chrome pattern is strong when it starts the line or the line is short, unless
    # the line is a long prose sentence (then the match is incidental)
    if len(s) < 120:
        strong = _chrome_search(s, low)
    else:
        strong = _chrome_near_start(s, low)
        if strong:
            prose = is_prose(s)
            if prose and ends_like_sentence(s):
                strong = False
    epoch = meta.EPOCH.match(s)
    if strong or IMAGE_FILE.match(s) or CREDIT_ONLY.match(s) or epoch and not (prose if prose is not None else (prose := is_prose(s))):
        if epoch:
            return "date", meta.find_date(s)
        if strong or not (prose if prose is not None else (prose := is_prose(s))) or COPYRIGHT_ICP.search(s):
            found = meta.find_date(s)
            if found and len(words(s)) <= 16 and not COPYRIGHT_ANY.search(s):
                return "date", found
            return "chrome", None
    if PAGINATION.match(s) and not LETTERS3.search(PAGE_WORDS.sub("", s)):
        return "chrome", None
    if _caption_search(s, low):
        return "caption", None
    if s[:1] == "(" and s[-1:] == ")" and CREDIT_LINE.fullmatch(s) and len(words(s)) <= 6:
        return "credit", None  # "(Chinese Social Sciences Today)", an outlet credit on its own line
    if prose is None:
        prose = is_prose(s)
    # a date line is never prose: a paragraph is not searched for dates (the longest
    # lines, and the costliest search), its date would go unused
    found = None if prose else meta.find_date(s)
    if found:
        if len(words(s)) <= 16 or DATE_LABEL.search(s):
            rest = (s[:found[1]] + s[found[2]:]).strip()
            if found[2] >= len(s) - 1 and len(words(rest)) >= 6 and not DATE_LABEL.search(rest) and not is_nav(rest):
                return "text", found  # a headline with its date glued on
            return "date", found
    if is_nav(s, prose):
        return "chrome", None
    if BULLET.match(s):
        return "bullet", None
    if prose:
        return "prose", None
    return "text", None


def parse_text(article: Article) -> None:
    parse_lines(article, _lines(article.text))


def parse_lines(article: Article, lines: list[Line]) -> None:
    """Roles and metadata for a page given as lines (plain text, or cleaned Markdown)."""
    for ln in lines:
        ln.kind = classify(ln)
    roles = [CHROME] * len(lines)
    first = _first_body(lines)
    head = _headline(lines, first)
    marked = [i for i in range(first if first is not None else len(lines)) if lines[i].heading]
    if marked:  # an explicit Markdown heading above the body is the headline
        head = min(marked, key=lambda i: (lines[i].heading, i))
    # header: everything above the body
    for i in range(first if first is not None else len(lines)):
        k = lines[i].kind
        if k == "caption":
            roles[i] = CAPTION
        elif k == "bullet" and head is not None and i > head:
            roles[i] = DECK
        elif k == "prose" and head is not None and i > head:
            roles[i] = DECK  # a paragraph above the byline
    if head is not None:
        roles[head] = HEADLINE
        j = head + 1
        while j < len(lines) and (first is None or j < first) and lines[j].kind in ("text", "bullet", "prose"):
            t = lines[j].text
            if t != lines[head].text and len(words(t)) >= 4 and not BY_START.match(t) \
                    and not meta.canonical_outlet(t):
                roles[j] = DECK
            j += 1
    if first is not None:
        in_related = False
        for i in range(first, len(lines)):
            ln = lines[i]
            k = ln.kind
            if k == "related":
                in_related = True
                continue
            if in_related:
                # a related list ends only where a real paragraph resumes
                if k == "prose" and ends_like_sentence(ln.text) and len(words(ln.text)) >= 15:
                    in_related = False
                else:
                    continue
            if k == "caption":
                roles[i] = CAPTION
            elif k == "prose" or (k in ("text", "bullet") and ends_like_sentence(ln.text) and len(words(ln.text)) >= 2):
                roles[i] = BODY
            elif k in ("text",) and head is not None and ln.text.strip() == lines[head].text.strip():
                roles[i] = CHROME
    article.blocks = [_block(ln, role, article.format) for ln, role in zip(lines, roles)]
    _metadata(article, lines, first, head)


def _block(ln: Line, role: str, fmt: str) -> Block:
    if ln.offs is not None:
        return Block(ln.text, ln.offs, role)
    # a verbatim slice: its offsets are the run ``ln.start, ln.start + 1, ...`` (and one past its end), held as a
    # range, which indexes, slices, iterates and measures like the list Block.verbatim builds but is made without
    # an int object per character (a text page's lines are ~2,700 characters, ~80 us of lists, ~1.5% of a worker)
    return Block(ln.text, range(ln.start, ln.start + len(ln.text) + 1), role)


def _first_body(lines: list[Line]) -> Optional[int]:
    """Index of the first body paragraph.  A prose line counts when it ends like a
    sentence and no byline follows it closely (a byline under it makes it a deck)."""
    cands = [i for i, ln in enumerate(lines) if ln.kind == "prose" and ends_like_sentence(ln.text)]
    if not cands:
        cands = [i for i, ln in enumerate(lines) if ln.kind == "prose"]
    for i in cands:
        nxt = [j for j in range(i + 1, min(len(lines), i + 4)) if lines[j].kind == "date"]
        if nxt and not any(lines[j].kind == "prose" for j in range(i + 1, nxt[0])):
            if cands[-1] > nxt[0]:  # a paragraph follows the byline: this one is a deck
                continue
        return i
    return None


def _headline(lines: list[Line], first: Optional[int]) -> Optional[int]:
    end = first if first is not None else len(lines)
    i = end - 1
    seen = set()
    while i >= 0:
        ln = lines[i]
        if ln.kind in ("text", "prose") and len(words(ln.text)) >= 3 and not is_label(ln.text) and ln.text not in seen:
            # walk up the contiguous run of headline-shaped lines; the topmost non-label is the headline
            top = i
            j = i - 1
            while j >= 0 and lines[j].kind in ("text", "prose") and len(words(lines[j].text)) >= 1:
                if is_label(lines[j].text):
                    break
                top = j
                j -= 1
            # a repeat of the headline under the byline (an image alt) is not the headline
            for k in range(top):
                if lines[k].text == lines[top].text and lines[k].kind in ("text", "prose"):
                    return k
            return top
        seen.add(ln.text)
        i -= 1
    return None


def _metadata(article: Article, lines: list[Line], first: Optional[int], head: Optional[int]) -> None:
    end = first if first is not None else min(len(lines), 40)
    header = lines[:end]
    article.title = article.title or (meta.clean_title(lines[head].text) if head is not None else None)
    # published: the first dated line under the headline, else the nearest one above it
    hidx = head if head is not None else -1
    below = [i for i in range(hidx, end) if i >= 0 and (lines[i].date or (i == hidx and meta.find_date(lines[i].text)))]
    above = [i for i in range(max(hidx, 0) - 1, -1, -1) if lines[i].date]
    date_line = None
    for i in below + above:
        found = lines[i].date or meta.find_date(lines[i].text)
        if found:
            article.published = article.published or found[0]
            date_line = i
            break
    source = None
    if date_line is not None and date_line > hidx:
        source = meta.byline_source(lines[date_line].text)
    if source is None:
        # a credit or byline line of its own between headline and body: "CGTN", "(Xinhua)", "By Global Times"
        for i in range(hidx + 1, end):
            t = lines[i].text
            if CREDIT_ONLY.match(t) or lines[i].kind == "caption":
                continue
            cand = meta.canonical_outlet(t) or (meta.byline_source(t) if CREDIT_OR_BY.match(t) or lines[i].date else None)
            if cand:
                source = cand
                break
    if source is None and first is not None:
        source = meta.dateline_source(lines[first].text)
    if source is None:
        source = _site_name(lines)
    article.source = article.source or source


def _site_name(lines: list[Line]) -> Optional[str]:
    """No byline names an outlet: the site's own name, from its masthead or footer."""
    top = lines[0].text if lines else ""
    known = meta.canonical_outlet(MASTHEAD_SEP.split(top)[0]) if top else None
    if known:
        return known
    footer = [ln.text for ln in lines[-8:] if COPYRIGHT_SITE.search(ln.text)]
    for t in footer:
        holder = meta.copyright_holder(t)
        if holder and meta.mentions_outlet(holder):
            return meta.mentions_outlet(holder)
    for t in footer:
        o = meta.mentions_outlet(t)
        if o:
            return o
    if top and lines[0].kind != "chrome" or (top and meta.masthead_name(top) and not is_nav(top)):
        name = meta.masthead_name(top)
        if name:
            return name
    for t in footer:
        holder = meta.copyright_holder(t)
        if holder:
            return holder
    return None
