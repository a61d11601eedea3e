"""Numbers in a sentence → quantities: value, unit, qualifier, kind, bracketed conversion.

First version: numerals with scale words, money, percentages, areas, counts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

SCALE = {"thousand": 1e3, "million": 1e6, "mln": 1e6, "billion": 1e9, "bln": 1e9, "bn": 1e9, "trillion": 1e12}
CURRENCY_WORDS = {"yuan": "CNY", "rmb": "CNY", "renminbi": "CNY", "cny": "CNY", "u.s. dollars": "USD",
                  "us dollars": "USD", "dollars": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR"}
QUALIFIERS = [
    (r"more than|over|above|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|topped|in excess of", "gt"),
    (r"at least|no less than", "ge"),
    (r"nearly|almost|close to|less than|fewer than|under|below", "lt"),
    (r"up to|at most|no more than|as much as", "le"),
    (r"about|approximately|around|roughly|some|an estimated", "approx"),
]
NUM = r"(?<![\w.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
SCALE_RE = r"(?:\s*-?\s*(thousand|million|mln|billion|bln|bn|trillion)\b)?"
UNIT_RE = (r"(?:\s*(yuan|RMB|renminbi|U\.S\. dollars|US dollars|dollars|euros|percentage points?|percent|per cent|%|"
           r"square (?:meters|metres|kilometers|kilometres)|sq m|hectares|mu|times|fold)\b|(?<=%))?")
QTY = re.compile(r"(?:(US\$|HK\$|\$|¥|RMB|CNY|USD|EUR|€)\s?)?" + NUM + SCALE_RE + UNIT_RE, re.I)
YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")


@dataclass
class Quantity:
    start: int  # span of the mention within the text passed in
    end: int
    value: float
    unit: str
    qualifier: str = "exact"
    kind: str = "level"
    alt_value: Optional[float] = None
    alt_unit: Optional[str] = None
    head_end: int = 0  # where the number and its unit end: the measure phrase follows


def _unit_of(prefix: Optional[str], word: Optional[str]) -> str:
    if prefix:
        p = prefix.upper()
        return {"US$": "USD", "$": "USD", "HK$": "HKD", "¥": "CNY", "RMB": "CNY", "CNY": "CNY", "USD": "USD",
                "EUR": "EUR", "€": "EUR"}[p]
    if not word:
        return "count"
    w = word.lower()
    if w in CURRENCY_WORDS:
        return CURRENCY_WORDS[w]
    if w.startswith("percentage point"):
        return "percentage_point"
    if w in ("percent", "per cent", "%"):
        return "percent"
    if w.startswith("square k"):
        return "km2"
    if w.startswith("square") or w == "sq m":
        return "m2"
    if w == "hectares":
        return "hectare"
    if w == "mu":
        return "mu"
    if w in ("times", "fold"):
        return "times"
    return "count"


def _qualifier(before: str) -> str:
    tail = before[-40:].lower()
    for pat, q in QUALIFIERS:
        if re.search(r"\b(?:" + pat + r")\s*$", tail):
            return q
    return "exact"


def _kind(sentence: str, before: str, after: str, unit: str) -> str:
    b = before[-60:].lower()
    a = after[:60].lower()
    if re.search(r"\b(increase[sd]?|grew|growth|rose|rise|up|down|decrease[sd]?|declined?|fell|jumped|surged)\b", b) \
            or unit == "times" or re.search(r"^\s*(year-on-year|higher|more than|increase|growth)", a):
        return "change"
    if unit == "percent" and re.search(r"\b(accounting for|account for|share|of the)\b", b + " " + a):
        return "share"
    if re.search(r"\bper (person|day|year|capita)\b|\beach year\b|\bannual", a):
        return "rate"
    if re.search(r"\b(aims? to|target|plans? to|will|by 20\d\d)\b", sentence.lower()) and not re.search(r"\bhas\b|\bhad\b", b):
        return "target"
    return "level"


def find_quantities(text: str) -> list[Quantity]:
    out: list[Quantity] = []
    for m in QTY.finditer(text):
        prefix, num, scale, word = m.group(1), m.group(2), m.group(3), m.group(4)
        raw_num = num.replace(",", "")
        if YEAR.match(raw_num) and not (prefix or scale or word):
            continue
        after = text[m.end():]
        if not (prefix or scale or word) and re.match(r"\s*(st|nd|rd|th)\b", after):
            continue
        value = float(raw_num) * (SCALE[scale.lower()] if scale else 1)
        if m.group(0).endswith("%"):
            word = "%"
        unit = _unit_of(prefix, word)
        before = text[: m.start()]
        q = Quantity(m.start(), m.end(), value, unit, _qualifier(before))
        q.kind = _kind(text, before, after, unit)
        q.head_end = m.end()
        # bracketed conversion: "16.3 billion yuan ($2.51 billion)"
        if out and re.match(r"^\s*\(\s*(about\s+|approximately\s+)?$", text[out[-1].end:m.start()]) and unit != "count" \
                and out[-1].unit != unit and out[-1].alt_value is None and out[-1].unit not in ("count", "percent"):
            out[-1].alt_value, out[-1].alt_unit = value, unit
            continue
        # extend the mention over the qualifier words before the number
        qm = re.search(r"(more than|over|above|exceed(?:s|ed)?|nearly|almost|about|approximately|around|roughly|up to|at least)\s*$", before[-30:], re.I)
        if qm:
            q.start = m.start() - (len(before[-30:]) - qm.start())
        out.append(q)
    return out
