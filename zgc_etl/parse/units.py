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
    (r"€", "EUR"), (r"£", "GBP"), (r"\bR(?:MB|mb)", "CNY"), (r"\bCNY", "CNY"), (r"\bUSD", "USD"), (r"\bEUR", "EUR"),
    (r"\bHKD", "HKD"), (r"\bGBP", "GBP"), (r"\bJPY", "JPY"),
]

#: Written after the number (and after any scale word), with a space or a hyphen between.
#: Durations are listed too; whether a duration is a figure is decided by the caller.
SUFFIX_UNITS: list[tuple[str, str]] = [
    (r"percentage[\s-]points?|pct\.?\s+points?|ppts?\b|percent(?:age)?\s+points?", "percentage_point"),
    # a hundredth of a percentage point: read in percentage points by the caller (see CONVERTED_UNITS)
    (r"basis[\s-]points?\b|bps\b|bp\b", "bp"),
    (r"per\s?cent\b|percent\b|pct\b|pc\b|%", "percent"),  # ("up 9pc": British usage)
    (r"yuan\b|renminbi\b|RMB\b|CNY\b", "CNY"),
    (r"hong\s+kong\s+dollars?\b|HK\s+dollars?\b|HKD\b", "HKD"),
    (r"U\.\s?S\.\s+dollars?\b|US\s+dollars?\b|american\s+dollars?\b|dollars?\b|USD\b", "USD"),
    (r"euros?\b|EUR\b", "EUR"),
    (r"pounds\s+sterling\b|sterling\b|pounds?\b|GBP\b", "GBP"),
    (r"yen\b|JPY\b", "JPY"),
    (r"square[\s-]+kilomet(?:er|re)s?\b|sq\.?\s?km\b|km2\b|km²", "km2"),
    (r"square[\s-]+met(?:er|re)s?\b|sq\.?\s?m\b|sqm\b|m2\b|m²", "m2"),
    (r"hectares?\b", "hectare"),
    (r"mu\b", "mu"),
    (r"kilomet(?:er|re)s?\b|km\b(?!/)", "km"),  # (not the speed "km/h")
    (r"met(?:er|re)s?\b|m\b(?![²\d])", "m"),
    (r"metric\s+tons?\b|metric\s+tonnes?\b|tonnes?\b|tons?\b|t\b(?!\w)", "t"),
    (r"kilowatt[\s-]hours?\b|kWh\b", "kWh"),
    (r"megawatt[\s-]hours?\b|MWh\b", "MWh"),
    (r"gigawatt[\s-]hours?\b|GWh\b", "GWh"),
    (r"terawatt[\s-]hours?\b|TWh\b", "TWh"),
    (r"megawatts?\b|MW\b", "MW"),
    (r"gigawatts?\b|GW\b", "GW"),
    (r"kilowatts?\b|kW\b", "kW"),
    (r"times\b", "times"),
    (r"fold\b", "times"),
    (r"minutes?\b|mins?\b", "minute"),
    # work measured in people's time ("1,200 man-hours") and procedure times counted in working days
    # ("12 working days"): see WORK_TIME_UNIT
    (r"man[\s-]hours?\b|person[\s-]hours?\b|work[\s-]hours?\b|hours?\b|hrs?\b", "hour"),
    (r"working[\s-]days?\b|business[\s-]days?\b|calendar[\s-]days?\b|man[\s-]days?\b|person[\s-]days?\b|"
     r"work[\s-]days?\b|workdays?\b|days?\b", "day"),
    (r"years?\b", "year"),
]
#: Units that SUFFIX_UNITS reads but FIGURES.md does not have, and the contract unit and factor they are read in:
#: 25 basis points = 0.25 percentage_point, 1.2 GW = 1,200 MW, 3 TWh = 3 billion kWh.
CONVERTED_UNITS = {"bp": ("percentage_point", 0.01), "GW": ("MW", 1e3), "kW": ("MW", 1e-3), "MWh": ("kWh", 1e3),
                   "GWh": ("kWh", 1e6), "TWh": ("kWh", 1e9)}
#: The words of those day and hour units that mark a duration as a measured thing (the time a procedure or a job
#: takes), never one that only places a statement in time: "cut to 12 working days", "1,200 man-hours".
WORK_TIME_UNIT = re.compile(r"\b(?:working|business|calendar|man|person|work)[\s-]|\bworkdays?\b", re.I)
DURATIONS = frozenset({"minute", "hour", "day", "year"})
CURRENCIES = frozenset({"CNY", "USD", "EUR", "GBP", "JPY", "HKD"})
AREAS = frozenset({"m2", "km2", "hectare", "mu"})
LENGTHS = frozenset({"m", "km"})

_SUFFIX_ALT = "|".join(f"(?P<u{i}>{pat})" for i, (pat, _u) in enumerate(SUFFIX_UNITS))
#: A unit word right after the number: at most one space or a hyphen between ("26.1-percent", "5%").
SUFFIX_RE = re.compile(r"(?:\s?-\s?|\s+)?(?:" + _SUFFIX_ALT + ")", re.I)


def _lower_case_pattern(pattern: str) -> str:
    """``pattern`` (meant for re.IGNORECASE) with its letters lower-cased, for a case-sensitive match of a text
    that ``str.lower()`` folds the way re.IGNORECASE does: the same matches at the same places, faster (sre
    rejects a case-sensitive branch with one compare).  Group names are kept; an upper-case escape (\\S, \\B
    ...) would change meaning when lower-cased, so there must be none."""
    if re.search(r"\\[A-Z]", pattern):
        raise ValueError(f"an upper-case escape cannot be lower-cased: {pattern!r}")
    return re.sub(r"\(\?P<\w+>|[A-Z]+", lambda m: m.group() if m.group().startswith("(") else m.group().lower(), pattern)


def _top_level_branches(pattern: str) -> list[str]:
    """The branches of ``pattern``'s outermost alternation."""
    branches, current, depth, in_class, i = [], [], 0, False, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            current.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            branches.append("".join(current))
            current = []
            i += 1
            continue
        current.append(c)
        i += 1
    branches.append("".join(current))
    return branches


def _by_first_character(units: list[tuple[str, str]]) -> tuple[str, list[str]]:
    """One alternation of the lower-cased branches of every (pattern, unit), grouped by their first character
    ("p(?:ercent\\b()|ct\\b()|...)|y(?:uan\\b()|...)|..."), and the unit of each branch in the order of the empty
    group that ends it (``lastindex`` then names the branch that matched).  sre rejects every group of another
    first character with one compare, where SUFFIX_RE enters each of its 23 named groups; within a group the
    branches keep their order, and branches of different first characters cannot match at one place, so the
    branch that matches is the one SUFFIX_RE's would be."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for pattern, unit in units:
        if re.search(r"\((?!\?)", pattern):
            raise ValueError(f"_by_first_character: a capturing group: {pattern!r}")
        for branch in _top_level_branches(_lower_case_pattern(pattern)):
            if branch[:1] in ("", "\\", "(", "[", ".", "^", "$"):
                raise ValueError(f"_by_first_character: no literal first character: {branch!r}")
            groups.setdefault(branch[0], []).append((branch[1:], unit))
    alternation, marks = [], []
    for first, rests in groups.items():
        alternation.append(re.escape(first) + "(?:" + "|".join(rest + "()" for rest, _unit in rests) + ")")
        marks += [unit for _rest, unit in rests]
    return "(?:" + "|".join(alternation) + ")", marks


_SUFFIX_BY_FIRST, _SUFFIX_MARKS = _by_first_character(SUFFIX_UNITS)
#: SUFFIX_RE for the lower-cased text (see suffix_unit), its branches grouped by first character.
_SUFFIX_RE_LOWER = re.compile(r"(?:\s?-\s?|\s+)?" + _SUFFIX_BY_FIRST)
_PREFIX_ALT = "|".join(f"(?P<p{i}>{pat})" for i, (pat, _u) in enumerate(PREFIX_UNITS))
#: A currency marking right before the number ("US$", "CNY", "RMB ").
PREFIX_RE = re.compile(r"(?:" + _PREFIX_ALT + r")\s?$")
#: The last character of every PREFIX_UNITS marking: the text before a number that does not end with one of them
#: (less white space) has no marking, and most numbers are not money, so this test saves most PREFIX_RE searches.
PREFIX_LAST_CHARS = frozenset("$¥￥€£BYDRPb")


def suffix_unit(text: str, pos: int, low: Optional[str] = None) -> Optional[tuple[str, int]]:
    """The unit written at ``text[pos:]``, as (unit, end), or None.  ``low``, when given, is ``text.lower()``
    and the caller has checked that lower() folds every character of ``text`` the way re.IGNORECASE does: the
    lower-case twin of SUFFIX_RE then reads it (same match)."""
    if low is not None:
        m = _SUFFIX_RE_LOWER.match(low, pos)
        # the empty group that ends the branch that matched (the pattern has no other groups)
        return (_SUFFIX_MARKS[m.lastindex - 1], m.end()) if m else None
    m = SUFFIX_RE.match(text, pos)
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
