"""Bylines and dates: title, source and published date from a page's header lines.

Everything here works on short strings (one header line at a time) and is
outlet-agnostic: a byline is read by removing what is *not* a source (dates,
times, labels such as ``Updated:``, page-tool words such as ``Print``) and
keeping what is left.  The small table in :data:`OUTLETS` only maps names that
a page shows (a masthead, a copyright holder) to the canonical source name the
warehouse uses; it is data, not per-file logic, and new outlets are added there.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Iterable, Optional

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
MONTH_RE = (r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
            r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
WEEKDAY_RE = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?"
TIME_RE = (r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
           r"(?:\s*(?:EDT|EST|CST|GMT|UTC|BJT|HKT|PDT|PST|CET|CEST)(?:[+-]\d{1,2})?\b)?")

#: (regex, field order).  Order matters: full numeric dates before month names.
DATE_PATTERNS = [
    (re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"), ("y", "m", "d")),
    (re.compile(r"(?<!\d)(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)"), ("y", "m", "d")),
    (re.compile(r"(?<!\d)(\d{4})\.(\d{1,2})\.(\d{1,2})(?!\d)"), ("y", "m", "d")),
    (re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"), ("y", "m", "d")),
    (re.compile(r"(?<!\d)(\d{4})-" + MONTH_RE + r"-(\d{1,2})(?!\d)", re.I), ("y", "M", "d")),
    (re.compile(r"(?<!\d)(\d{1,2})-" + MONTH_RE + r"-(\d{4})(?!\d)", re.I), ("d", "M", "y")),
    (re.compile(r"\b" + MONTH_RE + r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)", re.I), ("M", "d", "y")),
    (re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+" + MONTH_RE + r"\.?,?\s+(\d{4})(?!\d)", re.I), ("d", "M", "y")),
]
#: A character each of DATE_PATTERNS needs (None: no cheap test), a pre-test before the regex.
_DATE_NEEDS = ("-", "/", ".", "年", "-", "-", None, None)
#: A bare epoch stamp on a line of its own: milliseconds (13 digits) or seconds (10 digits).
EPOCH = re.compile(r"^\s*(1\d{9}|1\d{12})\s*$")
#: Every date pattern and an epoch stamp hold four digits in a row: a cheap first test.
FOUR_DIGITS = re.compile(r"\d{4}")
BEIJING = timezone(timedelta(hours=8))


def _iso(y: int, mo: int, d: int) -> Optional[str]:
    if not 1990 <= y <= 2100:
        return None
    try:
        return datetime(y, mo, d).date().isoformat()
    except ValueError:
        return None


@lru_cache(maxsize=2048)
def find_date(s: str) -> Optional[tuple[str, int, int]]:
    """The first calendar date written in ``s``: (ISO date, start, end), or None.

    Epoch stamps (a line holding only 10 or 13 digits) are read in Beijing time,
    the time zone of the outlets this pipeline reads.

    Memoised (a pure function of ``s``, the answer an immutable tuple): a header line is
    asked again by the byline, title and metadata readers after the line classifier.
    """
    if not FOUR_DIGITS.search(s):
        return None
    best = None
    for (rx, order), need in zip(DATE_PATTERNS, _DATE_NEEDS):
        if need is not None and need not in s:
            continue
        for m in rx.finditer(s):
            parts = dict(zip(order, m.groups()))
            try:
                mo = MONTHS[parts["M"][:3].lower()] if "M" in parts else int(parts["m"])
                iso = _iso(int(parts["y"]), mo, int(parts["d"]))
            except (KeyError, ValueError):
                iso = None
            if iso and (best is None or m.start() < best[1]):
                best = (iso, m.start(), m.end())
            if iso:
                break
    if best:
        return best
    m = EPOCH.match(s)
    if m:
        stamp = int(m.group(1))
        secs = stamp / 1000 if len(m.group(1)) == 13 else stamp
        dt = datetime.fromtimestamp(secs, tz=BEIJING)
        if 1990 <= dt.year <= 2100:
            return dt.date().isoformat(), m.start(1), m.end(1)
    return None


def parse_date(s: str) -> Optional[str]:
    found = find_date(s or "")
    return found[0] if found else None


# --------------------------------------------------------------------------- outlets

#: Canonical source name → names a page may show for it (masthead, logo, copyright
#: holder, all-caps brand).  Matching is case-insensitive on whole words.
OUTLETS: dict[str, tuple[str, ...]] = {
    "Xinhua": ("Xinhua", "Xinhua News Agency", "Xinhuanet"),
    "China Daily": ("China Daily", "China Daily Information Co", "CDIC"),
    "chinadaily.com.cn": ("chinadaily.com.cn",),
    "CGTN": ("CGTN", "China Global Television Network"),
    "Global Times": ("Global Times", "The Global Times"),
    "People's Daily Online": ("People's Daily Online", "en.people.cn"),
    "People's Daily": ("People's Daily",),
    "Shenzhen Daily": ("Shenzhen Daily", "szdaily"),
    "Science and Technology Daily": ("Science and Technology Daily", "stdaily.com"),
    "Chinese Social Sciences Today": ("Chinese Social Sciences Today",),
    "China.org.cn": ("China.org.cn",),
    "ECNS": ("ECNS", "Chinanews.com", "China News Service"),
    "Yibada": ("Yibada",),
    "Unitalen": ("Unitalen", "Unitalen Attorneys at Law"),
    "exploringtianjin.com": ("exploringtianjin.com", "Exploring Tianjin"),
    "en.tangshan.gov.cn": ("en.tangshan.gov.cn", "Tangshan Municipal People's Government"),
    "sjz.gov.cn": ("sjz.gov.cn", "Shijiazhuang Municipal People's Government", "石家庄市人民政府"),
    "ehangzhou.gov.cn": ("ehangzhou.gov.cn",),
    "Flanders-China Chamber of Commerce": ("Flanders-China Chamber of Commerce",),
    "Qiushi": ("Qiushi Journal", "en.qstheory.cn"),
}
_ALIAS = sorted(((a, canon) for canon, names in OUTLETS.items() for a in names), key=lambda x: -len(x[0]))
_ALIAS_RX = [(re.compile(r"(?<![\w.])" + re.escape(a).replace("'", "['’]") + r"(?![\w])", re.I), c) for a, c in _ALIAS]


def canonical_outlet(name: str) -> Optional[str]:
    """The canonical name when ``name`` *is* a known outlet (ignoring case and quotes)."""
    return _ALIAS_KEY.get(_norm_quotes(name).strip(" .,:;|()[]").lower())


def mentions_outlet(s: str) -> Optional[str]:
    """The first known outlet named anywhere in ``s`` (longest alias wins at a position)."""
    best = None
    for rx, canon in _ALIAS_RX:
        m = rx.search(s)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), canon)
    return best[1] if best else None


# --------------------------------------------------------------------------- bylines

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def _norm_quotes(s: str) -> str:
    return s.translate(_QUOTES)


#: Normalised alias → canonical name; the first alias in :data:`_ALIAS` order wins.
_ALIAS_KEY: dict[str, str] = {}
for _a, _c in _ALIAS:
    _ALIAS_KEY.setdefault(_norm_quotes(_a).lower(), _c)


#: Words of page tools and labels that share a line with a byline.
BYLINE_NOISE = re.compile(
    r"\b(?:\d+\s*Comments?(?:\(s\))?|Comments?\(s\)|Print|E-?mail|Share|Bookmark|Adjust font size|Font ?size|"
    r"Text\s*:\s*A+|Hits|Updated|Published|Posted|Release[d]? ?(?:time|date)?|Time|Date|Source|From|"
    r"Large|Medium|Small|Tools|Save|Most Read|Go to Forum)\b\s*:?|\bL\s+M\s+S\b|\bA\+\s*A-",
    re.I,
)
#: Everything from these labels on names people, not the outlet.
BYLINE_TAIL = re.compile(r"\b(?:Editor|Web editor|Author|Writer|Reporter|Photo|Translated by)s?\b.*$|"
                         r"\b\w+\s+App\s+Download\b.*$|\bApp Download\b.*$", re.I)
_WEEKDAY = re.compile(r"\b" + WEEKDAY_RE, re.I)
_TIME = re.compile(TIME_RE)
# The patterns of the byline, masthead and title readers, compiled once (``re.sub(pattern, ...)`` looks
# each up in the module's cache on every call, its flags through the enum: a few microseconds a byline).
_PHOTO_CREDIT = re.compile(r"\(\s*(?:photo|video)\b[^)]*\)", re.I)
_BYLINE_SPLIT = re.compile(r"[|()\[\]]|\s{2,}|\s[-–—]\s")
_LETTER_OR_HAN = re.compile(r"[A-Za-z\u4e00-\u9fff]")
_WS_RUN = re.compile(r"\s+")
_BY_PREFIX = re.compile(r"^by\s+", re.I)
_THREE_DIGITS = re.compile(r"\d{3,}")
_LOWER_BRAND = re.compile(r"[a-z][a-z0-9]{2,}")
_DATELINE = re.compile(r"^\s*[A-Z][A-Z .,'’-]{2,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\(\s*([^()]{2,40}?)\s*\)\s*[-–—]")
_MASTHEAD_SEP = re.compile(r"\s*\|\s*|\s{2,}")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LETTER = re.compile(r"[A-Za-z]")
_NOT_A_NAME = re.compile(r"(?i)(home|menu|search|english|chinese( simplified| traditional)?|[a-z]{2}|line)")
_WWW = re.compile(r"^www\.")
_COPYRIGHT_HOLDER = re.compile(r"(?:copyright|©)\s*(?:©|\(c\))?\s*(?:\d{4}\s*(?:-\s*\d{4})?\s*)?(?:by\s+)?(.+?)\s*(?:\.|,)?\s*all rights",
                               re.I)


def byline_source(line: str, date_span: Optional[tuple[int, int]] = None) -> Optional[str]:
    """The outlet named in a byline, or None when it names only people or nothing.

    ``chinadaily.com.cn | Updated: Mar 19, 2021``, ``Updated: Apr 19, 2019 China Daily Print``,
    ``(Xinhua) 10:36, July 08, 2022``, ``0 Comment(s)Print E-mail Xinhua, March 2, 2015``,
    ``2016-12-03 10:31Xinhua Editor: Wang Fan``, ``Source: Xinhua Updated: 2022-09-09``.
    """
    s = _norm_quotes(line)
    if date_span:
        s = s[:date_span[0]] + " " + s[date_span[1]:]
    else:
        found = find_date(s)
        if found:
            s = s[:found[1]] + " " + s[found[2]:]
    s = _PHOTO_CREDIT.sub(" ", s)
    s = BYLINE_TAIL.sub(" ", s)
    s = _TIME.sub(" ", s)
    s = _WEEKDAY.sub(" ", s)
    s = BYLINE_NOISE.sub(" ", s)
    parts = [p.strip(" ,;:|()[]-–—>") for p in _BYLINE_SPLIT.split(s)]
    parts = [p for p in parts if _LETTER_OR_HAN.search(p)]
    piped = "|" in s
    for p in parts:
        p = _WS_RUN.sub(" ", p).strip(" ,;:.")
        if not p:
            continue
        if _BY_PREFIX.match(p):
            # "By Global Times" names the outlet; "By Du Juan" names people: the outlet may follow
            canon = canonical_outlet(p[3:])
            if canon:
                return canon
            continue
        canon = canonical_outlet(p)
        if canon:
            return canon
        if len(p.split()) <= 5 and not _THREE_DIGITS.search(p) and (p[0].isupper() or "." in p):
            return p
        if piped and _LOWER_BRAND.fullmatch(p):
            return p  # a lower-case brand in its own byline field: "By X | chinadailyhk | Updated: ..."
    return None


def dateline_source(paragraph: str) -> Optional[str]:
    """``NANJING, July 7 (Xinhua) --`` → ``Xinhua`` (an agency credit opening the body)."""
    m = _DATELINE.match(paragraph)
    if m:
        return canonical_outlet(m.group(1)) or m.group(1).strip()
    return None


def masthead_name(line: str) -> Optional[str]:
    """A site's own name from its masthead line (``UNITALEN``, ``China.org.cn  中文 | Français``)."""
    first = _MASTHEAD_SEP.split(line.strip())[0].strip()
    if not first:
        return None
    canon = canonical_outlet(first)
    if canon:
        return canon
    if _HAN.search(first) or len(first.split()) > 6 or not _LETTER.search(first):
        return None
    if _NOT_A_NAME.fullmatch(first):
        return None
    if first.isupper() and len(first) > 3:
        first = " ".join(w.capitalize() if w.isalpha() else w for w in first.split())
    return _WWW.sub("", first)


def copyright_holder(line: str) -> Optional[str]:
    """``Copyright © Unitalen Attorneys at Law. All Rights Reserved.`` → ``Unitalen Attorneys at Law``."""
    m = _COPYRIGHT_HOLDER.search(line)
    if m:
        holder = m.group(1).strip(" .,©")
        if holder and _LETTER.search(holder):
            return holder
    return None


def clean_title(s: Optional[str]) -> Optional[str]:
    """Headline text as a title: typographic quotes to ASCII, white space folded,
    a date glued to its end (``... Results 2018-08-08``) removed."""
    if not s:
        return None
    s = _WS_RUN.sub(" ", _norm_quotes(s)).strip()
    found = find_date(s)
    if found and found[2] >= len(s.rstrip(" )|")) - 1 and found[1] > len(s) // 2:
        s = s[:found[1]].rstrip(" -–—|,(")
    return s or None


def registered_domain(host: str) -> Optional[str]:
    """``regional.chinadaily.com.cn`` → ``chinadaily.com.cn``; ``www.stdaily.com`` → ``stdaily.com``."""
    host = (host or "").lower().strip(".")
    if not host or "." not in host:
        return None
    labels = host.split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in {"com", "gov", "org", "net", "edu", "co", "ac"} else 2
    return ".".join(labels[-keep:])


def first_outlet(lines: Iterable[str]) -> Optional[str]:
    for line in lines:
        o = mentions_outlet(line)
        if o:
            return o
    return None
