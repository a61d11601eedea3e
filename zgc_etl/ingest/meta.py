"""Bylines and dates: title, source and published date from a page's header lines."""
from __future__ import annotations

import re
from datetime import datetime, timezone, timedelta
from typing import Optional

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
MONTH_RE = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
DATE_PATTERNS = [
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), ("y", "m", "d")),
    (re.compile(r"\b(\d{4})/(\d{1,2})/(\d{1,2})\b"), ("y", "m", "d")),
    (re.compile(MONTH_RE + r"\s+(\d{1,2}),\s*(\d{4})", re.I), ("M", "d", "y")),
    (re.compile(r"\b(\d{1,2})\s+" + MONTH_RE + r",?\s+(\d{4})", re.I), ("d", "M", "y")),
]
EPOCH_MS = re.compile(r"^\s*(1[0-9]{12})\s*$")
KNOWN_SOURCES = [
    "chinadaily.com.cn", "China Daily", "Xinhua", "CGTN", "Global Times", "People's Daily Online",
    "People's Daily", "Science and Technology Daily", "Shenzhen Daily", "ehangzhou.gov.cn",
    "exploringtianjin.com", "Chinese Social Sciences Today", "China.org.cn", "ECNS",
]


def parse_date(s: str) -> Optional[str]:
    for rx, order in DATE_PATTERNS:
        m = rx.search(s)
        if not m:
            continue
        parts = dict(zip(order, m.groups()))
        try:
            y = int(parts["y"])
            mo = MONTHS[parts["M"][:3].lower()] if "M" in parts else int(parts["m"])
            d = int(parts["d"])
            return datetime(y, mo, d).date().isoformat()
        except (ValueError, KeyError):
            continue
    m = EPOCH_MS.match(s)
    if m:
        dt = datetime.fromtimestamp(int(m.group(1)) / 1000, tz=timezone(timedelta(hours=8)))
        return dt.date().isoformat()
    return None


def find_source(s: str) -> Optional[str]:
    m = re.search(r"\(\s*(Xinhua|People's Daily Online|Chinese Social Sciences Today)\s*\)", s)
    if m:
        return m.group(1)
    m = re.match(r"^\s*([A-Za-z][\w.' -]+?)\s*\|\s*Updated", s)
    if m:
        return m.group(1).strip()
    m = re.match(r"^\s*By\s+(.+?)\s*$", s)
    if m and len(m.group(1).split()) <= 4:
        return m.group(1)
    for src in KNOWN_SOURCES:
        if re.search(r"(?<![\w.])" + re.escape(src) + r"(?![\w])", s):
            return src
    return None


def find_byline(lines: list[str], article) -> dict:
    """Scan header lines for the published date and the source."""
    out: dict = {"title": None, "source": None, "published": None}
    for line in lines:
        if out["published"] is None:
            d = parse_date(line)
            if d and (re.search(r"updated|published|time|\||\d{1,2}:\d{2}|xinhua|daily", line, re.I) or len(line) < 40):
                out["published"] = d
                src = find_source(line)
                if src and out["source"] is None:
                    out["source"] = src
        if out["source"] is None and len(line) < 80:
            src = find_source(line)
            if src:
                out["source"] = src
    return out
