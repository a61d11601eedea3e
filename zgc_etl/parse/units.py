"""Unit markings: currency signs and codes before a number, unit words after it.

Each entry maps a regular expression (matched case-insensitively unless noted) to one
canonical unit of FIGURES.md.
"""
from __future__ import annotations

import re
from typing import Optional

#: Written before the number ("US$1.23 billion", "CNY18.4 billion", "RMB 1 billion", "¥5").
PREFIX_UNITS: list[tuple[str, str]] = [
    (r"US\s?\$", "USD"), (r"U\.S\.\s?\$", "USD"), (r"HK\s?\$", "HKD"), (r"\$", "USD"), (r"¥|￥", "CNY"),
    (r"€", "EUR"), (r"£", "GBP"), (r"\bRMB", "CNY"), (r"\bCNY", "CNY"), (r"\bUSD", "USD"), (r"\bEUR", "EUR"),
    (r"\bHKD", "HKD"), (r"\bGBP", "GBP"), (r"\bJPY", "JPY"),
]

#: Written after the number (and after any scale word), with a space or a hyphen between.
#: Durations are listed too; whether a duration is a figure is decided by the caller.
SUFFIX_UNITS: list[tuple[str, str]] = [
    (r"percentage[\s-]points?|pct\.?\s+points?|ppts?\b|percent(?:age)?\s+points?", "percentage_point"),
    (r"per\s?cent\b|percent\b|pct\b|%", "percent"),
    (r"yuan\b|renminbi\b|RMB\b|CNY\b", "CNY"),
    (r"hong\s+kong\s+dollars?\b|HK\s+dollars?\b|HKD\b", "HKD"),
    (r"U\.\s?S\.\s+dollars?\b|US\s+dollars?\b|american\s+dollars?\b|dollars?\b|USD\b", "USD"),
    (r"euros?\b|EUR\b", "EUR"),
    (r"pounds\s+sterling\b|sterling\b|GBP\b", "GBP"),
    (r"yen\b|JPY\b", "JPY"),
    (r"square[\s-]+kilomet(?:er|re)s?\b|sq\.?\s?km\b|km2\b|km²", "km2"),
    (r"square[\s-]+met(?:er|re)s?\b|sq\.?\s?m\b|sqm\b|m2\b|m²", "m2"),
    (r"hectares?\b", "hectare"),
    (r"mu\b", "mu"),
    (r"kilomet(?:er|re)s?\b|km\b", "km"),
    (r"met(?:er|re)s?\b|m\b(?![²\d])", "m"),
    (r"metric\s+tons?\b|metric\s+tonnes?\b|tonnes?\b|tons?\b|t\b(?!\w)", "t"),
    (r"kilowatt[\s-]hours?\b|kWh\b", "kWh"),
    (r"megawatts?\b|MW\b", "MW"),
    (r"times\b", "times"),
    (r"fold\b", "times"),
    (r"minutes?\b|mins?\b", "minute"),
    (r"hours?\b|hrs?\b", "hour"),
    (r"days?\b", "day"),
    (r"years?\b", "year"),
]
DURATIONS = frozenset({"minute", "hour", "day", "year"})
CURRENCIES = frozenset({"CNY", "USD", "EUR", "GBP", "JPY", "HKD"})
AREAS = frozenset({"m2", "km2", "hectare", "mu"})
LENGTHS = frozenset({"m", "km"})

_SUFFIX_ALT = "|".join(f"(?P<u{i}>{pat})" for i, (pat, _u) in enumerate(SUFFIX_UNITS))
#: A unit word right after the number: at most one space or a hyphen between ("26.1-percent", "5%").
SUFFIX_RE = re.compile(r"(?:\s?-\s?|\s+)?(?:" + _SUFFIX_ALT + ")", re.I)


def _lower_case_twin(pattern: str) -> re.Pattern:
    """``pattern`` (meant for re.IGNORECASE) with its letters lower-cased, compiled case-sensitive: on a text
    that ``str.lower()`` folds the way re.IGNORECASE does, the same matches at the same places, faster (sre
    rejects a case-sensitive branch with one compare).  Group names are kept; an upper-case escape (\\S, \\B
    ...) would change meaning when lower-cased, so there must be none."""
    if re.search(r"\\[A-Z]", pattern):
        raise ValueError(f"an upper-case escape cannot be lower-cased: {pattern!r}")
    return re.compile(re.sub(r"\(\?P<\w+>|[A-Z]+", lambda m: m.group() if m.group().startswith("(") else m.group().lower(),
                             pattern))


#: SUFFIX_RE for the lower-cased text (see suffix_unit).
_SUFFIX_RE_LOWER = _lower_case_twin(SUFFIX_RE.pattern)
_PREFIX_ALT = "|".join(f"(?P<p{i}>{pat})" for i, (pat, _u) in enumerate(PREFIX_UNITS))
#: A currency marking right before the number ("US$", "CNY", "RMB ").
PREFIX_RE = re.compile(r"(?:" + _PREFIX_ALT + r")\s?$")
#: The last character of every PREFIX_UNITS marking: the text before a number that does not end with one of them
#: (less white space) has no marking, and most numbers are not money, so this test saves most PREFIX_RE searches.
PREFIX_LAST_CHARS = frozenset("$¥￥€£BYDRP")


def suffix_unit(text: str, pos: int, low: Optional[str] = None) -> Optional[tuple[str, int]]:
    """The unit written at ``text[pos:]``, as (unit, end), or None.  ``low``, when given, is ``text.lower()``
    and the caller has checked that lower() folds every character of ``text`` the way re.IGNORECASE does: the
    lower-case twin of SUFFIX_RE then reads it (same match)."""
    m = SUFFIX_RE.match(text, pos) if low is None else _SUFFIX_RE_LOWER.match(low, pos)
    if not m:
        return None
    # the one named alternative that matched (the pattern has no other groups)
    return SUFFIX_UNITS[int(m.lastgroup[1:])][1], m.end()


def prefix_unit(before: str) -> Optional[tuple[str, int]]:
    """The currency written at the end of ``before``, as (unit, length of the marking), or None.  Only the last 8
    characters of ``before`` are read."""
    tail = before[-8:]
    if tail.rstrip()[-1:] not in PREFIX_LAST_CHARS:
        return None
    m = PREFIX_RE.search(tail)
    if not m:
        return None
    # the one named alternative that matched (the pattern has no other groups)
    return PREFIX_UNITS[int(m.lastgroup[1:])][1], len(m.group())
