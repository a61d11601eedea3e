"""Time expressions in a sentence, resolved against a reference (publication) date.

:func:`find_times` returns :class:`TimeExpr` spans, each with the ``as_of`` and
``period_start`` it implies (ISO strings at the precision the text gives) and a ``role``:

- ``point``    — the figure holds at / covers this date or year ("in 2018", "last year",
  "as of the end of last year", "Last November", "on Monday");
- ``period``   — a span: part-year ("in the first seven months of this year"), multi-year
  ("from 2013 to 2018", "over the past decade", "since 2015");
- ``deadline`` — a target's deadline ("by 2025", "by the end of 2020");
- ``base``     — a comparison base ("than in 2012", "compared with 2012", "from 2005");
- ``yoy``      — year-on-year ("year-on-year", "over the previous year"): no period_start;
- ``open``     — a period with no known start ("since its inception", "in recent years").
- ``year_after`` — a year counted from the year of an earlier statement ("that year", "two years later"): see
  :func:`year_after`;
- ``first_of`` — the first months or years after a start the context names ("in its first two months"): see
  :func:`first_span`.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from operator import attrgetter
from typing import Optional

from .numbers import fold_twins

MONTHS = {m: i for i, ms in enumerate([
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
    ("december", "dec")], start=1) for m in ms}
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                        "sunday"])}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1, "several": None, "few": None}
QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
ORDINAL_COUNT = {"first": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9,
                 "10": 10, "11": 11}

_MON = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
       r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_NUMW = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|several|few)"
_REL_YEAR = r"(?:this|last|the previous|the past|the current|next) year"
_YEAR_REF = rf"(?:{_YEAR}|{_REL_YEAR}|the year)"


@dataclass
class TimeExpr:
    start: int
    end: int
    role: str
    as_of: Optional[str] = None
    period_start: Optional[str] = None
    text: str = ""


def _iso(y: int, m: Optional[int] = None, d: Optional[int] = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _last_day(y: int, m: int) -> int:
    return ((dt.date(y + (m == 12), m % 12 + 1, 1)) - dt.timedelta(days=1)).day


_YEAR_RE = re.compile(_YEAR)


def _rel_year(phrase: str, ref: dt.date) -> Optional[int]:
    p = phrase.lower().strip()
    if _YEAR_RE.fullmatch(p):
        return int(p)
    if p.startswith(("last", "the previous", "the past")):
        return ref.year - 1
    if p.startswith(("this", "the current", "the year")):
        return ref.year
    if p.startswith("next"):
        return ref.year + 1
    return None


def _month_num(tok: str) -> int:
    return MONTHS[tok.lower().rstrip(".")]


def _count(tok: str) -> Optional[int]:
    t = tok.lower()
    if t.isdigit():
        return int(t)
    return NUMBER_WORDS.get(t)


# Each rule: (compiled pattern, handler(match, ref) -> TimeExpr fields or None, prefilter).  Earlier rules
# win over later ones on overlapping text.  The prefilter (``need``) is a necessary condition for the rule to
# accept a match anywhere in the sentence, tested on cheap facts: the lower-cased sentence containing a word
# the pattern spells out literally, or a year; a rule whose prefilter fails is skipped (same output, less work).
# ``need`` is one or two groups of facts, each group satisfied by any one of its facts: a fact is a lower-case
# word the sentence must contain, or one of the special facts _YEAR_FACT, _YEAR_DASH_FACT, _CAP_MONTH_FACT
# (see _sentence_facts).  All the facts of a sentence are found once, as bits of one integer, rather than by
# one prefilter call per rule (that was a third of find_times).
#
# A rule may also name ``near=(anchors, reach)``: every match of its pattern holds one of the (lower-case)
# ``anchors`` at most ``reach`` characters after the match's start.  The pattern is then tried only at the
# word starts that close before an anchor, not at every character of the sentence (same matches).  ``near`` may
# also be several such pairs, when some anchors stand nearer the start than others (each try costs).  A pair may
# carry a third item, a pattern that must match the sentence at an occurrence of the anchor for a match of the
# rule to hold the anchor there ("19" and "20" begin a year only where _YEAR_AT matches, not in "200" or "2019"'s
# "19"): the word starts before the other occurrences are not tried (fewer tries, same matches).  A rule with
# ``near`` may also name ``starts``: every match of its pattern starts with one of these (lower-case) texts, and a
# word start where the sentence does not is not tried either ("the", "in" before a year may open a match of
# _year; "percent" cannot).
_RULES: list[tuple[re.Pattern, object, int, int, Optional[tuple], Optional[tuple[str, ...]]]] = []

_YEAR_FACT = "<a year>"  # the sentence holds a year of _YEAR
_YEAR_DASH_FACT = "<a year and a dash>"  # ... a match of _YEAR_DASH (only looked for when it can matter)
_CAP_MONTH_FACT = "<a capitalised month>"  # ... a match of _CAP_MONTH
_SPECIAL_FACTS = (_YEAR_FACT, _YEAR_DASH_FACT, _CAP_MONTH_FACT)
#: each fact's bit in a sentence's fact mask
_FACT_BITS: dict[str, int] = {f: 1 << i for i, f in enumerate(_SPECIAL_FACTS)}


def _fact_mask(group: tuple[str, ...]) -> int:
    mask = 0
    for fact in group:
        if fact not in _FACT_BITS:
            _FACT_BITS[fact] = 1 << len(_FACT_BITS)
        mask |= _FACT_BITS[fact]
    return mask


def rule(pattern: str, need: tuple[tuple[str, ...], ...], near=None, starts: Optional[tuple[str, ...]] = None):
    """``need``: one or two groups of facts; the rule cannot accept any match in a sentence that lacks every
    fact of one of the groups."""
    assert 1 <= len(need) <= 2
    masks = [_fact_mask(g) for g in need]
    opener = None
    if near is not None:
        pairs = (near,) if isinstance(near[1], int) else near
        # each anchor with its reach, its check (None: every occurrence counts) and how far past its start the
        # opener must see
        near = tuple((a, pair[1], pair[2] if len(pair) > 2 else None, _span(a, pair[1], starts))
                     for pair in pairs for a in pair[0])
        opener = _WORD_BEGIN if starts is None else _opener(starts)

    def deco(fn):
        _RULES.append((re.compile(pattern, re.I), fn, masks[0], masks[-1], near, opener))
        _RULE_STARTS[fn.__name__] = starts
        return fn
    return deco


#: each rule's ``starts`` (the texts its opener looks for), by the name of its handler
_RULE_STARTS: dict[str, Optional[tuple[str, ...]]] = {}


def _opener(starts: tuple[str, ...]) -> re.Pattern:
    """The opener (see _finditer_near) of a rule whose every match starts with one of the lower-case texts
    ``starts``: it matches at each word start where the lower-cased sentence goes on with one of them.  It opens
    with the texts' first characters (re scans for those at C speed), each followed by a lookahead for the rest of
    its texts, and then checks that the character opens a word (``(?<!\\w.)``: the one before it is none; each text
    begins with a word character); it takes that one character, so that a text that starts inside another one's
    ("end of" in "the end of") is found too."""
    assert all(re.match(r"\w", s) and s == s.lower() for s in starts)
    by_first: dict[str, list[str]] = {}
    for s in starts:
        by_first.setdefault(s[0], []).append(re.escape(s[1:]))
    branches = "|".join(f"{re.escape(c)}(?={'|'.join(rests)})" for c, rests in by_first.items())
    return re.compile(rf"(?:{branches})(?<!\w.)")


def _span(anchor: str, reach: int, starts: Optional[tuple[str, ...]]) -> int:
    """How many characters from an occurrence of ``anchor`` on the opener must see to find every text of
    ``starts`` that opens a match holding that occurrence, at most ``reach`` characters before it: a text that
    starts ``o`` characters before the anchor and runs past the anchor's start agrees with the anchor where the
    two overlap (they are the same characters of the sentence), and it ends ``len(text) - o`` characters from the
    anchor's start; a text that ends before the anchor needs nothing past it.  At least 1 (the anchor's own
    first character)."""
    if starts is None:
        return 1  # (_WORD_BEGIN: one character)
    span = 1
    for text in starts:
        for o in range(min(len(text), reach + 1)):
            rest = text[o:]
            if rest[:len(anchor)] == anchor[:len(rest)]:
                span = max(span, len(rest))
    return span


# a year of _YEAR starts with one of these
_YEAR_ANCHORS = ("19", "20")
# where a year that ends a word starts: every rule that anchors on _YEAR_ANCHORS holds such a year (its _YEAR is
# followed by a word boundary, a space or a dash); checked on the sentence itself, whose digits are those of the
# lower-cased sentence the anchors are found in
_YEAR_AT = re.compile(_YEAR + r"\b")
# where the "year" of a _REL_YEAR ("last year", "the previous year") that ends a word starts
_REL_YEAR_AT = re.compile(r"(?:(?<=this )|(?<=last )|(?<=the previous )|(?<=the past )|(?<=the current )|(?<=next ))"
                          r"year\b", re.I)
_WORD_BEGIN = re.compile(r"\b\w")
_START = re.Match.start


def _finditer_near(pat: re.Pattern, sentence: str, low: str,
                   anchor_reach: tuple[tuple[str, int, Optional[re.Pattern], int], ...], opener: re.Pattern):
    """``pat.finditer(sentence)`` for a pattern each of whose matches starts at a word start at most ``reach``
    characters before an occurrence of an ``anchor`` of ``anchor_reach`` in it (one where its ``check``, if any,
    matches the sentence); ``low`` is the sentence lower-cased, with its characters in place and none that
    re.IGNORECASE reads otherwise.  The pattern is tried only at the places in those stretches where the rule's
    ``opener`` (pattern, span) matches ``low``: every word start (_WORD_BEGIN), or those where ``low`` goes on with
    one of the texts every match starts with (see _opener), found by one scan of each stretch, which reaches
    ``span`` characters past the anchor's start so that the pattern sees all of each text.  Those places hold every
    place a match starts (a place more, where the pattern does not match, changes nothing), and they are tried
    leftmost first and on from the end of each match, as finditer does.  (The opener reads ``low``, not the
    sentence: lower-casing a character, where it gives one character, never changes whether it is a word
    character, so the word starts of both are the same: tests/test_time_speedups_r9.py.)"""
    starts = set()
    for a, reach, check, span in anchor_reach:
        q = low.find(a)
        while q >= 0:
            if check is None or check.match(sentence, q) is not None:
                if reach:
                    starts.update(map(_START, opener.finditer(low, max(0, q - reach), q + span)))
                elif opener.match(low, q) is not None:
                    starts.add(q)
            q = low.find(a, q + 1)
    end = 0
    for p in sorted(starts):
        if p >= end:
            m = pat.match(sentence, p)
            if m:
                yield m
                end = m.end()


# a year as the rules spell it (ASCII digits only, like the literal "19"/"20" of _YEAR)
_ANY_YEAR = re.compile(_YEAR)
# characters that re.IGNORECASE matches to an ASCII letter but str.lower() does not turn into one
# (dotted/dotless i, long s): a sentence with one of them skips the prefilters
_ODD_CASE = re.compile("[\u0130\u0131\u017f]")
# a month name _month can accept: capitalised (it rejects "may", "march" in lower case) and ending a word
_CAP_MONTH = re.compile(r"(?:J(?i:an(?:uary)?|une?|uly?)|F(?i:eb(?:ruary)?)|M(?i:ar(?:ch)?|ay)|A(?i:pr(?:il)?|ug(?:ust)?)|"
                        r"S(?i:ept?(?:ember)?)|O(?i:ct(?:ober)?)|N(?i:ov(?:ember)?)|D(?i:ec(?:ember)?))(?!\w)")
_REL_YEARS = ("this year", "last year", "previous year", "past year", "current year", "next year")
# what a match of _REL_YEAR is
_REL_YEARS_FULL = ("this year", "last year", "the previous year", "the past year", "the current year", "next year")
# what every match of _year_span without "from"/"between" holds: a year and a dash
_YEAR_DASH = re.compile(_YEAR + r"\s?[-–]")
# what every match of _yoy holds
_YOY_WORDS = ("year on", "year-on", "year over", "year-over", "y-o-y", "yoy", "previous year", "prior year", "last year",
              "year before",
              "a year earlier", "a year ago", "yearly basis")
_OPEN_WORDS = ("since", "recent years", "so far", "to date", "now", "current", "present", "today", "press time")


_FOUNDING = r"(?:set up|opened|launched|founded|established|inaugurated|started|created|built|went into operation|" \
            r"(?:was |were )?put into (?:operation|service)|began operati(?:on|ng)|started operati(?:on|ng))"


@rule(rf"\bsince (?:(?:it|they|(?:the|its) [\w-]+(?: [\w-]+)?) (?:was |were |had been |has been )?{_FOUNDING}|"
      rf"(?:its|their) (?:launch|inception|founding|establishment|opening|start|creation|debut)|"
      rf"(?:being )?{_FOUNDING}|opening|launching|starting)"
      rf"(?:\s+(?:in|on))?\s+(?:(last|this)\s+)?(?:({_MON})\b\s*(?:\d{{1,2}},?\s+)?)?({_YEAR})?\b",
      need=(("since",),), near=(("since",), 0))
def _since_founding(m, ref):
    """"Since it was set up in April 2017", "since the park was set up in 2012", "since it was launched last March",
    "since its launch in 2015", "since opening in 2015": from the founding the text dates to the reference date."""
    mon = _month_num(m.group(2)) if m.group(2) else None
    if m.group(3):
        y = int(m.group(3))
    elif mon is not None and m.group(1):
        lead = m.group(1).lower()
        y = ref.year if lead == "this" else ref.year - 1  # ("last March": the year before's, as in _month)
    else:
        return None
    return "period", ref.isoformat(), _iso(y, mon)


@rule(rf"\bsince\s+(?!then\b|that\b)(?:(?!\d)[\w'’-]+\s+){{1,8}}?(?:in|on)\s+(?:(?:early|late|mid)[- ]?)?"
      rf"(?:({_MON})\s+(?:\d{{1,2}},?\s+)?)?({_YEAR})\b",
      need=(("since",), (_YEAR_FACT,)), near=(("since",), 0))
def _since_event(m, ref):
    """"Since the first train ran in 2008", "since moving to Tianjin in 2017", "since its completion in 2016": a
    clause opened by "since" that dates its event is the period from that date to the reference date, as
    "since 2008" is (the founding verbs of :func:`_since_founding` are only some of the events)."""
    y = int(m.group(2))
    return "period", ref.isoformat(), _iso(y, _month_num(m.group(1))) if m.group(1) else _iso(y)


@rule(r"\b(?:ended|closed|finished|rounded off|wrapped up) (the|last) year\b",
      need=(("ended ", "closed ", "finished ", "rounded off ", "wrapped up "), ("the year", "last year")),
      near=(("ended ", "closed ", "finished ", "rounded off ", "wrapped up "), 0),
      starts=("ended ", "closed ", "finished ", "rounded off ", "wrapped up "))
def _ended_the_year(m, ref):
    """"The park ended the year with 3,200 firms", "closed last year with 41 berths": the last day of the year
    that has ended."""
    return "point", _iso(ref.year - 1, 12, 31), None  # (a year that has ended is the year before the reference's)


@rule(rf"\b(?:as of|by|at|until|to|till|before) (?:the end of ({_YEAR_REF})|(?:the )?year[- ]end\b|end-({_YEAR})\b)",
      need=(("the end of", "year-end", "year end", "end-"),),
      near=((("the end of",), len("before ")), (("year-end", "year end"), len("before the ")),
            (("end-",), len("before "))),
      starts=("as of ", "by ", "at ", "until ", "to ", "till ", "before "))
def _end_of_year(m, ref):
    """"by the end of 2020", "as of the end of last year", "by year-end", "by end-2023": the year's last day."""
    yr = m.group(1) or m.group(2) or "the year"
    y = _rel_year(yr, ref)
    role = "deadline" if m.group(0).lower().startswith(("by", "before")) and y is not None and y > ref.year - 1 and \
        not yr.lower().startswith("last") and y >= ref.year else "point"
    if role == "point" and yr.lower() == "the year":
        if ref.month <= 2:
            y = ref.year - 1  # "had 3,200 firms at the end of the year" in January: the year that has just ended
        # "the year" is the year the text is on: "GDP in 2019 was ... At the end of the year, the population was
        # 4.92 million" in a March 2020 bulletin is the end of 2019 (see :func:`year_after`); with no year before
        # it, the reference year's as above
        return "year_after", _iso(y, 12, 31), None
    return role, _iso(y, 12, 31), None


@rule(rf"\b(?:as of|by|at|until) the end of (?:({_MON})(?:,?\s*({_YEAR})|\s+(?:of\s+)?({_REL_YEAR}))?|"
      rf"(last|this) month)",
      need=(("the end of",),), near=(("the end of",), len("until ")), starts=("as of ", "by ", "at ", "until "))
def _end_of_month(m, ref):
    """"by the end of September", "as of the end of June 2022", "by the end of September this year", "as of the
    end of last month"."""
    if m.group(4):
        idx = ref.year * 12 + ref.month - 1 - (m.group(4).lower() == "last")
        y, mon = idx // 12, idx % 12 + 1
        return "point", _iso(y, mon, _last_day(y, mon)), None
    mon = _month_num(m.group(1))
    if m.group(2):
        y = int(m.group(2))
    elif m.group(3):
        y = _rel_year(m.group(3), ref)
    else:
        y = ref.year if mon <= ref.month else ref.year - 1
    role = "deadline" if m.group(0).lower().startswith("by") and (y, mon) > (ref.year, ref.month) else "point"
    return role, _iso(y, mon, _last_day(y, mon)), None


@rule(rf"\b(?:as of|by|at|until|to|till|before) the end of the (first|second|third|fourth|1st|2nd|3rd|4th) "
      rf"(quarter|half)(?:\s+(?:of|in)\s+({_YEAR_REF}))?",
      need=(("the end of",), ("quarter", "half")), near=(("the end of",), len("before ")),
      starts=("as of ", "by ", "at ", "until ", "to ", "till ", "before "))
def _end_of_quarter(m, ref):
    """"by the end of the third quarter", "as of the end of the first half of the year": the last day of that
    quarter or half (of the reference year, or of the year before when it has not ended yet)."""
    return _part_end(m.group(1), m.group(2), m.group(3), m.group(0).lower().startswith(("by", "before")), ref)


def _part_end(word: str, unit: str, yr: Optional[str], ahead: bool, ref):
    """The last day of the quarter or half ``word`` ``unit`` ("third" "quarter") of the year ``yr`` names, else of
    the reference year, or of the year before when it has not ended yet; a deadline when "by" it lies ahead."""
    bounds = _part_bounds(QUARTER_WORDS[word.lower()], unit.lower())
    if bounds is None:
        return None
    last = bounds[1]
    y = _rel_year(yr, ref) if yr else ref.year
    if y is None:
        return None
    if not yr and not ahead and (y, last) > (ref.year, ref.month):
        y -= 1  # "as of the end of the fourth quarter" in November: of last year
    role = "deadline" if ahead and (y, last) > (ref.year, ref.month) else "point"
    return role, _iso(y, last, _last_day(y, last)), None


# (the words that lead _first_months' "the": a preposition, or a verb of what a report covers)
@rule(rf"(?:\b(?:in|during|over|for|through|throughout|of|across|covers?|covering|covered)\s+|^\s*)the (first|past|last) "
      rf"({_NUMW}|half|quarter)\s*(months?|quarters?|half)\b(?:\s+(?:of|in)\s+({_YEAR_REF}))?"
      # (not the first months after an event of a narrative: "the first three months after its launch")
      rf"(?!\s+(?:after|since|following)\b)",
      need=(("first", "past", "last"), ("month", "quarter", "half")),
      near=(("first", "past", "last"), len("throughout the ")),
      starts=("in the ", "during the ", "over the ", "for the ", "through the ", "throughout the ", "of the ",
              "across the ", "cover", "the first", "the past", "the last"))
def _first_months(m, ref):
    """"In the first seven months of this year", "covers the first three quarters of 2024", "over the past three
    months", a sentence that opens with it ("The first three quarters saw ..."): the months of the span."""
    n_tok, unit = m.group(2).lower(), m.group(3).lower()
    if n_tok == "half" or unit == "half":
        months = 6
    elif unit.startswith("quarter"):
        n = 1 if n_tok in ("a", "quarter") else _count(n_tok)
        if n is None:
            return None
        months = 3 * n
    else:
        n = _count(n_tok)
        if n is None:
            return None
        months = n
    if m.group(1).lower() == "first" or m.group(4):
        y = _rel_year(m.group(4), ref) if m.group(4) else ref.year
        if m.group(4) is None and months >= ref.month + (0 if ref.day > 20 else 1):
            y = ref.year - 1  # "the first ten months" early in a year: of last year
        return "period", _iso(y, min(months, 12)), _iso(y, 1)
    # "the past three quarters/months": back from the last complete quarter / month before publication
    end = dt.date(ref.year, ref.month, 1) - dt.timedelta(days=1)
    if unit.startswith("quarter"):
        while end.month % 3:
            end = dt.date(end.year, end.month, 1) - dt.timedelta(days=1)
    start_idx = end.year * 12 + end.month - 1 - (months - 1)
    return "period", _iso(end.year, end.month), _iso(start_idx // 12, start_idx % 12 + 1)


# what every match of _months_to holds
_MONTHS_TO_WORDS = ("year to ", "months to ", "year ending ", "months ending ", "months through ", "year through ",
                    "year up to ", "months up to ", "year ended ", "months ended ", "quarter to ", "quarter ending ",
                    "quarter ended ", "quarter through ", "quarter up to ")


@rule(rf"\b(?:in|during|over|for) the (?:(?:fiscal|financial) )?(?:year|(quarter)|({_NUMW}) months) "
      rf"(?:to|ending(?: in)?|ended(?: in)?|through|up to) ({_MON})(?:\s+(\d{{1,2}})\b)?"
      rf"(?:,?\s+({_YEAR}))?(?![\w])",
      need=(_MONTHS_TO_WORDS,), near=(_MONTHS_TO_WORDS, len("during the financial twelve ")),
      starts=("in the ", "during the ", "over the ", "for the "))
def _months_to(m, ref):
    """"in the year to September", "the 12 months to June", "the six months ending in March", "for the fiscal
    year ended June 30, 2023", "the quarter to June" (three months): the months that end with the named one (of the
    reference year, or of the year before when it has not ended yet), at the day when one is named."""
    n = 3 if m.group(1) else 12 if m.group(2) is None else _count(m.group(2))
    if not n or n > 36:
        return None
    mon = _month_num(m.group(3))
    y = int(m.group(5)) if m.group(5) else (ref.year if mon < ref.month else ref.year - 1)
    start_idx = y * 12 + mon - 1 - (n - 1)
    day = int(m.group(4)) if m.group(4) else None
    end = _iso(y, mon, day) if day and day <= _last_day(y, mon) else _iso(y, mon)
    return "period", end, _iso(start_idx // 12, start_idx % 12 + 1)


# what every match of _years_to holds
_YEARS_TO_WORDS = ("years to ", "years through ", "years up to ", "years ending ", "years ended ")


@rule(rf"\b(?:in|during|over|for) the (?:past |last )?({_NUMW}) years (?:to|through|up to|ending(?: in)?|ended(?: in)?) "
      rf"({_YEAR})\b",
      need=((_YEAR_FACT,), _YEARS_TO_WORDS), near=(_YEARS_TO_WORDS, len("during the past several ")),
      starts=("in the ", "during the ", "over the ", "for the "))
def _years_to(m, ref):
    """"in the three years to 2023", "over the five years through 2022": the years that end with the named one."""
    n, y = _count(m.group(1)), int(m.group(2))
    if not n or n > 50:
        return None
    return "period", _iso(y), _iso(y - n + 1)


_NEXT_YEARS_WORDS = ("the next ", "the coming ", "years' time", "years’ time")


@rule(rf"\b(?:within|over|in|during|for|throughout) the (?:next|coming) ({_NUMW}) years\b"
      # (not the years after a past event of a narrative: "in the next two years after its founding in 2015")
      rf"(?!\s+(?:after|of|from|since|following)\b)|\bin ({_NUMW}) years['’] time\b",
      # (two groups: "the next " is then looked for only in a sentence with "year", see _LATER_WORDS)
      need=(("year",), _NEXT_YEARS_WORDS),
      near=((("the next ", "the coming "), len("throughout ")), (("years' time", "years’ time"), len("in several "))),
      starts=("within ", "over ", "in ", "during ", "for ", "throughout "))
def _next_years(m, ref):
    """"within the next three years", "over the coming five years", "in three years' time": a deadline that many
    years after the reference year (a plan's, or a forecast's end)."""
    n = _count(m.group(1) or m.group(2))
    if not n or n > 30:
        return None
    return "deadline", _iso(ref.year + n), None


@rule(r"\b(?:in|over|during|within|throughout) the (?:past|last) year\b(?![- ](?:on|over|earlier|before|ago)\b)",
      need=(("past year", "last year"),), near=(("past year", "last year"), len("throughout the ")),
      starts=("in the ", "over the ", "during the ", "within the ", "throughout the "))
def _past_year(m, ref):
    """"over the past year", "in the last year": the twelve months up to the reference date (not the calendar year
    before it, as "last year" alone is)."""
    start_idx = ref.year * 12 + ref.month - 1 - 12
    return "period", ref.isoformat(), _iso(start_idx // 12, start_idx % 12 + 1)


# (before _quarter, whose "Q1" and "Q3" would take the range's ends)
@rule(r"\bQ([1-4])\s?(?:[-–~]|to|through|and)\s?Q([1-4])\b(?:\s+(?:of\s+)?(" + _YEAR_REF + r"))?",
      need=(("q1", "q2", "q3"),), near=(("q1", "q2", "q3"), 0), starts=("q",))
def _quarter_range(m, ref):
    """"Q1-Q3", "Q1 to Q3 2024", "Q2-Q4 of last year": from the first quarter's first month to the last one's last
    month, of the reference year unless they have not ended yet."""
    a, b = int(m.group(1)), int(m.group(2))
    if a >= b:
        return None
    y = _rel_year(m.group(3), ref) if m.group(3) else ref.year
    if y is None:
        return None
    if not m.group(3) and (y, 3 * b) > (ref.year, ref.month):
        y -= 1
    return "period", _iso(y, 3 * b), _iso(y, 3 * a - 2)


def _part_bounds(q: int, unit: str) -> Optional[tuple[int, int]]:
    """The first and last month of quarter or half ``q`` ("half" 1 or 2)."""
    if unit == "half":
        return None if q > 2 else ((1, 6) if q == 1 else (7, 12))
    return 3 * q - 2, 3 * q


@rule(rf"^\W*the (first|second|third|fourth|1st|2nd|3rd|4th|final|latter) (quarter|half)\b(?!-)"
      rf"(?:\s+of\s+({_YEAR_REF}))?(?![-\w])",
      need=(("quarter", "half"),))
def _opening_part(m, ref):
    """A sentence that opens with the quarter or half it reports ("The first half brought ...", "The third quarter
    saw ..."): that quarter's or half's months (of the reference year unless they have not ended yet)."""
    word, unit = m.group(1).lower(), m.group(2).lower()
    q = (4 if unit == "quarter" else 2) if word in ("final", "latter") else QUARTER_WORDS[word]
    if word == "latter" and unit != "half":
        return None
    bounds = _part_bounds(q, unit)
    if bounds is None:
        return None
    y = _rel_year(m.group(3), ref) if m.group(3) else ref.year
    if y is None:
        return None
    if not m.group(3) and (y, bounds[1]) > (ref.year, ref.month):
        y -= 1
    return "period", _iso(y, bounds[1]), _iso(y, bounds[0])


@rule(rf"\b(?:in|during|over|for|through|throughout|across) the ({_NUMW}) months\b"
      # (not months after an event, to a month, or months ahead)
      rf"(?!\s+(?:after|since|following|to|ending|ended|through|up to|until|till|before|ahead|from|"
      rf"of (?!(?:this|last|the previous|the) year\b|(?:19|20)\d\d\b))\b)"
      rf"(?:\s+of\s+({_YEAR_REF}))?",
      need=(("months",),), near=(("months",), len("throughout the eleven ")),
      starts=("in the ", "during the ", "over the ", "for the ", "through the ", "throughout the ", "across the "))
def _the_n_months(m, ref):
    """"Over the nine months, exports rose", "in the six months of this year": a report's months so far, from
    January (of the reference year unless they have not ended yet)."""
    n = _count(m.group(1))
    if not n or not 2 <= n <= 11 or n == 3:
        return None  # ("the three months" of a quarterly report are its quarter, not January to March)
    y = _rel_year(m.group(2), ref) if m.group(2) else ref.year
    if y is None:
        return None
    if not m.group(2) and n >= ref.month + (0 if ref.day > 20 else 1):
        y -= 1
    return "period", _iso(y, n), _iso(y, 1)


@rule(rf"\b(?:as of|by|at|until|to|till|before) the close of (?:the (first|second|third|fourth|1st|2nd|3rd|4th) "
      rf"(quarter|half)(?:\s+(?:of|in)\s+({_YEAR_REF}))?|({_YEAR_REF})\b)",
      need=(("close of",),), near=(("close of",), len("before the ")),
      starts=("as of ", "by ", "at ", "until ", "to ", "till ", "before "))
def _close_of(m, ref):
    """"At the close of the second quarter", "by the close of 2023": the last day of the quarter, half or year."""
    ahead = m.group(0).lower().startswith(("by", "before"))
    if m.group(4):
        y = _rel_year(m.group(4), ref)
        if y is None:
            return None
        if m.group(4).lower() == "the year" and ref.month <= 2 and not ahead:
            y -= 1
        return ("deadline" if ahead and y >= ref.year else "point"), _iso(y, 12, 31), None
    return _part_end(m.group(1), m.group(2), m.group(3), ahead, ref)


@rule(r"\b(?:as of|by|at|until|till|before) the (?:end|close) of the (quarter|half[- ]year|half)\b(?!\s+(?:of|in)\b)",
      need=(("of the quarter", "of the half"),), near=(("of the quarter", "of the half"), len("before the close ")),
      starts=("as of ", "by ", "at ", "until ", "till ", "before "))
def _end_of_the_part(m, ref):
    """"at the end of the quarter", "as of the close of the half-year" in a report of one: the last day of the
    last quarter or half that has ended (of the one under way when "by" it lies ahead)."""
    size = 3 if m.group(1).lower() == "quarter" else 6
    idx = ref.year * 12 + ref.month - 1  # (months since year 0, from 0)
    if m.group(0).lower().startswith(("by", "before")):
        end = idx // size * size + size - 1  # the part under way
        y, mon = end // 12, end % 12 + 1
        return "deadline", _iso(y, mon, _last_day(y, mon)), None
    end = idx // size * size - 1
    y, mon = end // 12, end % 12 + 1
    return "point", _iso(y, mon, _last_day(y, mon)), None


@rule(r"\b(?:of|in|during|over|for|across|throughout) the (half[- ]year|half)\b(?![- ](?:of|in|an?|the)\b)",
      need=(("the half",),), near=(("the half",), len("throughout ")),
      starts=("of ", "in ", "during ", "over ", "for ", "across ", "throughout "))
def _the_half(m, ref):
    """"the largest lease of the half", "in the half-year" in a report of one: the months of the last half that
    has ended (a report of the second quarter speaks of the first half)."""
    end = (ref.year * 12 + ref.month - 1) // 6 * 6 - 1  # (months since year 0, from 0)
    return "period", _iso(end // 12, end % 12 + 1), _iso(end // 12, end % 12 - 4)


@rule(r"\b(?:(as of|by|at|until|to|till|before|in) (?:the )?)?(?:mid-?year|the middle of (?:the|this) year)\b",
      need=(("mid-year", "midyear", "middle of the year", "middle of this year"),))
def _mid_year(m, ref):
    """"At mid-year", "as of the middle of the year", "the mid-year vacancy rate": June 30 of the reference year, or
    of the year before when it has not come yet (a deadline when "by" it lies ahead)."""
    lead = (m.group(1) or "").lower()
    y = ref.year
    if (ref.month, ref.day) < (6, 30):
        if lead in ("by", "before"):
            return "deadline", _iso(y, 6, 30), None
        y -= 1
    return "point", _iso(y, 6, 30), None


@rule(r"\b(?:this|earlier this) week\b", need=(("this week",),))
def _this_week(m, ref):
    """"this week": the reference date."""
    return "point", ref.isoformat(), None


# words for the last quarter or half of a year (see _quarter)
_CLOSING_PART = ("final", "last", "latter")


@rule(rf"\b(?:in|during|for|over|across|through|throughout) (?:the |({_YEAR}|{_REL_YEAR}|the year)(?:'s|’s) )?"
      rf"(first|second|third|fourth|1st|2nd|3rd|4th|final|last|latter) (quarter|half)"
      rf"(?:\s+(?:of|in)\s+({_YEAR_REF}))?|\bQ([1-4])(?:\s+({_YEAR}))?|\bH([12])(?:\s+({_YEAR}))?\b",
      need=(("quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2"),),
      near=(("quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2"), len("throughout the previous year's fourth ")),
      starts=("in ", "during ", "for ", "over ", "across ", "through", "q", "h"))
def _quarter(m, ref):
    """"in the first quarter", "during the second half of 2023", "Q3", "H1 revenue" (a half year): the months of
    the quarter or half, of the reference year unless they have not ended yet."""
    if m.group(7):
        q, unit, yr = int(m.group(7)), "half", m.group(8)
    elif m.group(5):
        q, unit, yr = int(m.group(5)), "quarter", m.group(6)
    else:
        # (the year may stand before it too: "in last year's second half", "during 2023's first quarter")
        word, unit, yr = m.group(2).lower(), m.group(3).lower(), m.group(4) or m.group(1)
        if word in _CLOSING_PART:
            # "the final quarter", "the latter half of 2023", "the last quarter of last year": the year's closing
            # quarter or half ("the latter quarter" is none)
            if word == "latter" and unit != "half":
                return None
            if word == "last" and not yr:
                # "in the last quarter" of no year: the last one that ended before the reference month
                size = 3 if unit == "quarter" else 6
                end = (ref.year * 12 + ref.month - 1) // size * size - 1  # (months since year 0, from 0)
                return "period", _iso(end // 12, end % 12 + 1), _iso(end // 12, end % 12 + 2 - size)
            q = 4 if unit == "quarter" else 2
        else:
            q = QUARTER_WORDS[word]
    y = _rel_year(yr, ref) if yr else ref.year
    if unit == "half":
        first, last = (1, 6) if q == 1 else (7, 12)
    else:
        first, last = 3 * q - 2, 3 * q
    if not yr and (y, last) > (ref.year, ref.month) and not _AHEAD_CUE.search(m.string, max(0, m.start() - 60),
                                                                                m.start()):
        y -= 1
    return "period", _iso(y, last), _iso(y, first)


# a forecast or schedule right before "in the second half": the part under way or to come, not last year's ("210,000
# sq m of new supply is due in the second half", "will be completed in the fourth quarter", "is expected in H2")
_AHEAD_CUE = re.compile(r"\b(?:will|(?:is|are)\s+(?:due|expected|scheduled|slated|set|forecast|projected|planned|poised|"
                        r"likely)|to be (?:completed|delivered|added|launched|finished))\b(?:[^,;:.]|\.(?=\d))*$", re.I)


@rule(rf"\b(?:({_YEAR}|{_REL_YEAR})(?:'s|’s)?\s+)?(first|second|third|fourth)-(quarter|half)\b"
      # (the noun after it is one or two words, none a verb or an article: "first-quarter sales rose in 2023" is
      # the verb's time)
      rf"(?:((?:\s+(?!(?:\w+ed|is|are|was|were|has|have|had|will|rose|fell|grew|hit|came|stood|the|a|an|and|or|"
      rf"but)\b)[a-z]+){{1,2}}?)\s+(?:(?:of|in)\s+({_YEAR}|{_REL_YEAR})|({_REL_YEAR}))\b)?",
      need=(("-quarter", "-half"),), near=(("-quarter", "-half"), len("the previous year's fourth")),
      starts=("first-", "second-", "third-", "fourth-") + _YEAR_ANCHORS + _REL_YEARS_FULL)
def _quarter_adjective(m, ref):
    """"First-quarter exports", "second-half sales": the quarter or half of the reference year that has ended;
    of the year it names before it ("last year's first-quarter output", "the 2023 second-half figure") or right
    after its noun ("first-quarter revenue in 2023", "second-quarter profit of last year", "first-half sales last
    year")."""
    q, unit = QUARTER_WORDS[m.group(2).lower()], m.group(3).lower()
    first, last = ((1, 6) if q == 1 else (7, 12)) if unit == "half" else (3 * q - 2, 3 * q)
    if unit == "half" and q > 2:
        return None
    named = m.group(1) or m.group(5) or m.group(6)
    y = _rel_year(named, ref) if named else None
    if y is None:
        y = ref.year if (ref.year, last) <= (ref.year, ref.month) else ref.year - 1
    return "period", _iso(y, last), _iso(y, first)


@rule(r"\b(three|six|nine|eleven|[369]|11)-month\s+(?:(?:net|gross|total|operating|retail|industrial|export|"
      r"import)\s+)?(?:revenues?|sales|profits?|output|exports|imports|GDP|figures|results|data|earnings|income|"
      r"investment|growth|turnover|volume|loss(?:es)?)\b",
      need=(("-month",),), near=(("-month",), len("eleven")))
def _months_adjective(m, ref):
    """"Nine-month revenue", "its six-month net profit", "three-month figures": a company's or a statistic's
    results for the first months of the year, up to the month the number names."""
    months = _count(m.group(1))
    y = ref.year - 1 if months >= ref.month + (0 if ref.day > 20 else 1) else ref.year
    return "period", _iso(y, months), _iso(y, 1)


# the nouns of a report whose period "quarterly" or "half-year" names (not "quarterly meetings", "half-year course")
_REPORT_NOUNS = r"(?:report|review|survey|bulletin|update|results|figures|data|statistics|earnings)"


@rule(rf"\b(quarterly|half-year(?:ly)?)\s+(?:[\w-]+\s+)?{_REPORT_NOUNS}\b",
      need=(("quarterly", "half-year"),), near=(("quarterly", "half-year"), 0))
def _periodic_report(m, ref):
    """"The half-year report", "its quarterly results", "half-yearly statistics": a report of the last quarter or
    half that ended before the reference month."""
    size = 3 if m.group(1).lower() == "quarterly" else 6
    end = (ref.year * 12 + ref.month - 1) // size * size - 1  # (months since year 0, from 0)
    return "period", _iso(end // 12, end % 12 + 1), _iso(end // 12, end % 12 + 2 - size)


@rule(rf"\b({_MON})(?:[- ]({_YEAR}))?[- ]quarter\b(?:\s+(?:of|in)\s+({_YEAR_REF}))?",
      need=(("quarter",), (_CAP_MONTH_FACT,)),
      near=(("quarter",), len("september 2024 ")))
def _month_quarter(m, ref):
    """"the June quarter", "the September 2024 quarter", "December-quarter sales": a quarter named by its last
    month, the three months ending with it (of the reference year, or of the year before when it has not ended
    yet)."""
    if not m.group(1)[0].isupper():
        return None  # ("may", "march" are ordinary words)
    mon = _month_num(m.group(1))
    if m.group(2):
        y = int(m.group(2))
    elif m.group(3):
        y = _rel_year(m.group(3), ref)
        if y is None:
            return None
    else:
        y = ref.year if mon < ref.month else ref.year - 1
    start_idx = y * 12 + mon - 3
    return "period", _iso(y, mon), _iso(start_idx // 12, start_idx % 12 + 1)


@rule(rf"\b(?:from ({_MON}) (?:to|through|until|till)|between ({_MON}) and) ({_MON})(?:,?\s*(?:of\s+)?({_YEAR_REF}))?",
      need=(("from", "between"),),
      near=(("from", "between"), 0, re.compile(rf"(?:from|between) {_MON}", re.I)))
def _month_span(m, ref):
    """"from January to August this year", "between January and September": the months from the first to the
    second."""
    first = m.group(1) or m.group(2)
    if m.group(2) and not (first[0].isupper() and m.group(3)[0].isupper()):
        return None  # ("may", "march" are ordinary words)
    a, b = _month_num(first), _month_num(m.group(3))
    if m.group(2) and a >= b:
        return None
    y = _rel_year(m.group(4), ref) if m.group(4) else (ref.year if b <= ref.month else ref.year - 1)
    return "period", _iso(y, b), _iso(y, a)


@rule(rf"\b({_MON})\s?(?:[-–](?:to[-–])?|through|to)\s?({_MON})(?![\w-])(?:,?\s+(?:of\s+)?({_YEAR_REF}))?",
      need=((_CAP_MONTH_FACT,),),
      # (the dash, "through" or " to " stands at most "September. " into a match, right before the second month)
      near=(("-", "–", "through", " to "), len("september. "),
            re.compile(rf"(?:[-–]|through|\sto)\s?{_MON}", re.I)))
def _month_dash_span(m, ref):
    """"January-October 2022", "in the January-March period", "January-to-October exports", "figures covering
    January to June" (both months capitalised): the months from the first to the second."""
    if not (m.group(1)[0].isupper() and m.group(2)[0].isupper()):
        return None  # ("may", "march" are ordinary words)
    a, b = _month_num(m.group(1)), _month_num(m.group(2))
    if a >= b:
        return None
    y = _rel_year(m.group(3), ref) if m.group(3) else (ref.year if b <= ref.month else ref.year - 1)
    return "period", _iso(y, b), _iso(y, a)


# a year named by the year of an earlier statement: "that year", "the same year" (0), "the following year",
# "a year later" (1), "three years later" (3)
_YEAR_AFTER = re.compile(rf"\b(?:that|the same|the following) year\b|\b({_NUMW}) years? later\b|"
                         r"\b(two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\d) years earlier\b", re.I)


@rule(_YEAR_AFTER.pattern,
      need=(("that year", "same year", "following year", "year later", "years later", "years earlier"),),
      near=((("that year", "same year", "following year"), len("the following ")),
            (("later", "earlier"), len("twelve years "))),
      starts=("that ", "the same ", "the following ") + tuple(f"{w} " for w in NUMBER_WORDS) + tuple("123456789"))
def _year_after(m, ref):
    """"That year", "the following year", "two years later", "three years earlier": a year counted from the year
    of an earlier statement (see :func:`year_after`); "a year earlier" is year-on-year (see :func:`_yoy`)."""
    if m.group(1) and _count(m.group(1)) is None:
        return None
    return "year_after", None, None


# "in the year", "over the year", "during the year", "for the year", "for the full year", "full-year": the year
# just named (see :func:`year_after`); not "the year to September", "the year before", "the year-ago period", "the
# year 2020", "over the year-earlier level", "for the year ahead"
_IN_THE_YEAR = re.compile(r"\b(?:(?:in|over|during|throughout|for) the (?:course of the |(full|whole|entire) )?year\b"
                          r"(?![-\u2013]|\s+(?:to|before|ending|ended|through|of|earlier|ago|after|ahead|when|in which|"
                          r"that|\d))|(full)-year\b(?![-\u2013]))", re.I)
# a sentence about what lies ahead: its "full-year", "for the year" is the year under way, not the one just ended
# (not "projects", "plans" as nouns, which most stories of parks and zones hold: "attracted 320 projects in the year")
_AHEAD = re.compile(r"\b(?:will|expects?|expected|forecasts?|projected|predicts?|predicted|estimates?|"
                    r"aims?|plans? to|planned|targets?|guidance|outlook)\b", re.I)
# "in the year just ended", "the year just past", "the year that has just ended": the year before the reference's
_JUST_ENDED = re.compile(r"\s+(?:that\s+(?:has\s+)?)?just\s+(?:ended|past|gone)\b", re.I)


@rule(_IN_THE_YEAR.pattern,
      need=(("the year", "the course of the year", "the full year", "the whole year", "the entire year", "full-year"),),
      near=((("the year", "the course of the year"), len("throughout ")),
            (("full year", "whole year", "entire year"), len("throughout the ")), (("full-year",), 0)),
      starts=("in the ", "over the ", "during the ", "throughout the ", "for the ", "full"))
def _in_the_year(m, ref):
    """"Over the year", "during the year", "full-year revenue": the year of the statement before (see
    :func:`year_after`); with none dated, the year just ended in a January or February article (its yearly review),
    else the reference year; a whole year ("full-year", "for the full year") that has ended is always the year
    before the reference's (the reference year has not ended yet).  A sentence that looks ahead ("expects
    full-year sales to ...") speaks of the year under way."""
    whole = m.group(1) or m.group(2)
    if _JUST_ENDED.match(m.string, m.end()):
        return "year_after", _iso(ref.year - 1), None
    ended = (whole or ref.month <= 2) and _AHEAD.search(m.string) is None
    return "year_after", _iso(ref.year - 1 if ended else ref.year), None


def year_after(t: TimeExpr, anchor: Optional[str]) -> Optional[str]:
    """The year a "year_after" time names, counted from ``anchor`` (the ISO date of the earlier statement)."""
    if not anchor or not _YEAR_RE.match(anchor):
        return None
    m = _YEAR_AFTER.search(t.text)
    if m is None:
        if t.as_of is not None and t.as_of.endswith("-12-31"):
            return _iso(int(anchor[:4]), 12, 31)  # "at the end of the year" (see :func:`_end_of_year`)
        return _iso(int(anchor[:4])) if _IN_THE_YEAR.match(t.text) else None
    low = m.group(0).lower()
    if m.group(2):
        n = -_count(m.group(2))
    else:
        n = _count(m.group(1)) if m.group(1) else (1 if low.startswith("the following") else 0)
    return _iso(int(anchor[:4]) + n)


@rule(r"\b(?:(?:earlier|later|early|late) )?(last|this|next) month\b",
      need=(("last month", "this month", "next month"),),
      near=(("last month", "this month", "next month"), len("earlier ")),
      starts=("earlier ", "later ", "early ", "late ", "last ", "this ", "next "))
def _rel_month(m, ref):
    """"last month", "earlier this month", "later last month", "late next month": the calendar month before, of or
    after the reference (the time's text holds the whole phrase, modifier and all)."""
    step = {"last": -1, "this": 0, "next": 1}[m.group(1).lower()]
    idx = ref.year * 12 + ref.month - 1 + step
    return "point", _iso(idx // 12, idx % 12 + 1), None


@rule(rf"\b(?:in|during|over|for|within) (?:its|their) first (?:({_NUMW}) )?(months?|years?)\b",
      need=(("its first", "their first"),), near=(("its first", "their first"), len("during ")),
      starts=("in ", "during ", "over ", "for ", "within "))
def _first_of_own(m, ref):
    """"in its first two months", "during their first year": a span that starts at a founding or launch the
    context names, not at the reference date (see :func:`first_span`)."""
    n = _count(m.group(1)) if m.group(1) else 1
    if n is None:
        return None
    return "first_of", None, None


_FIRST_OF = re.compile(rf"first (?:({_NUMW}) )?(months?|years?)", re.I)


def first_span(t: TimeExpr, anchor: Optional[str]) -> Optional[tuple[str, str]]:
    """(as_of, period_start) of a "first_of" time ("in its first two months") counted from ``anchor``, the ISO
    date of the start it refers to: the span runs from the anchor to the anchor plus the months or years
    ("founded in November 2016 ... in its first two months" → 2016-11 to 2017-01), at the anchor's precision
    (None when months are counted from a bare year)."""
    m = _FIRST_OF.search(t.text)
    if m is None or not anchor or not _YEAR_RE.match(anchor):
        return None
    n = _count(m.group(1)) if m.group(1) else 1
    y = int(anchor[:4])
    if m.group(2).lower().startswith("year"):
        return _iso(y + n, int(anchor[5:7])) if len(anchor) >= 7 else _iso(y + n), anchor[:7]
    if len(anchor) < 7:
        return None
    idx = y * 12 + int(anchor[5:7]) - 1 + n
    return _iso(idx // 12, idx % 12 + 1), anchor[:7]


@rule(rf"\b(?:from|between) ({_YEAR}) (?:to|and|through|until|till) ({_YEAR})\b|\b({_YEAR})\s?[-–]\s?({_YEAR}|\d\d)\b",
      need=((_YEAR_FACT,), ("from", "between", _YEAR_DASH_FACT)),
      near=(_YEAR_ANCHORS, len("between "), _YEAR_AT), starts=("from ", "between ") + _YEAR_ANCHORS)
def _year_span(m, ref):
    a = int(m.group(1) or m.group(3))
    b_tok = m.group(2) or m.group(4)
    b = int(b_tok) if len(b_tok) == 4 else (a // 100) * 100 + int(b_tok)
    if b <= a:
        return None
    return "period", _iso(b), _iso(a)


@rule(rf"\b(?:in|over|during|for|within) (?:the )?(?:past|last|previous) ({_NUMW}) (years?|decades?)"
      r"|\b(?:in|over|during) the (?:past|last) (decade)",
      need=(("past", "last", "previous"), ("year", "decade")),
      near=(("past", "last", "previous"), len("within the ")), starts=("in ", "over ", "during ", "for ", "within "))
def _past_years(m, ref):
    if m.group(3):
        n, unit = 1, "decade"
    else:
        n = _count(m.group(1))
        unit = m.group(2).lower()
        if n is None:
            return None
    years = n * (10 if unit.startswith("decade") else 1)
    return "period", ref.isoformat(), _iso(ref.year - years)


@rule(rf"\b(?:over|during) (?:the course of )?({_NUMW}) (years|decades)(?=,)",
      need=(("years,", "decades,"),), near=(("years,", "decades,"), len("during the course of several ")),
      starts=("over ", "during "))
def _framing_years(m, ref):
    """"Over two decades, the county has ...": a span of years that frames a clause, as "over the past two
    decades" does, is the years up to the reference date (a span inside a clause, "lasting over two years",
    measures a duration and is not a time)."""
    n = _count(m.group(1))
    if n is None:
        return None
    return "period", ref.isoformat(), _iso(ref.year - n * (10 if m.group(2).lower() == "decades" else 1))


@rule(rf"\bsince (?:the (?:start|beginning) of |(?:early|mid|late)[- ])?(?:({_MON})\s+)?({_YEAR})\b|\bsince ({_REL_YEAR})|"
      rf"\bsince the (?:start|beginning) of (?:({_REL_YEAR})|the year)\b|\bsince (?:the end of |end-)({_YEAR}|{_REL_YEAR})\b",
      need=(("since",),), near=(("since",), 0))
def _since(m, ref):
    """"since 2015", "since July 2014", "since early 2020", "since last year", "since the beginning of this year"
    (the year to date: from its January), "since the end of 2021" (from the January after it)."""
    if m.group(5):
        y = _rel_year(m.group(5), ref)
        return ("period", ref.isoformat(), _iso(y + 1, 1)) if y is not None else None
    if m.group(3):
        y = _rel_year(m.group(3), ref)
        return "period", ref.isoformat(), _iso(y)
    if m.group(2) is None:
        y = _rel_year(m.group(4), ref) if m.group(4) else ref.year
        return "period", ref.isoformat(), _iso(y, 1)
    y = int(m.group(2))
    return "period", ref.isoformat(), _iso(y, _month_num(m.group(1))) if m.group(1) else _iso(y)


@rule(r"\bsince then\b|\bsince that time\b|\bever since\b|\b(?:has|have|had) since\b(?!\s+(?:19|20)\d\d)",
      need=(("since",),), near=(("since",), len("have ")), starts=("since ", "ever since", "has since", "have since",
                                                                  "had since"))
def _since_then(m, ref):
    """"Since then", "ever since", "it has since attracted ...": from the time of the statement before."""
    return "since_then", ref.isoformat(), None


@rule(r"\b(?:during|over|in|at) (?:(?:China's|China’s|the) )?(?:Spring Festival|Chinese New Year|Lunar New Year)"
      rf"(?: holidays?)?(?:,? ({_YEAR}))?",
      need=(("festival", "new year"),),
      near=(("festival", "new year"), len("during China's Chinese ")))
def _spring_festival(m, ref):
    # the Spring Festival holiday falls in late January or February: read as February
    y = int(m.group(1)) if m.group(1) else (ref.year if ref.month >= 2 else ref.year - 1)
    return "period", _iso(y, 2), _iso(y, 2)


_SO_FAR_WORDS = ("so far", "to date")  # (words the sentence is searched for anyway: _open's)


@rule(rf"\bso far (?:in |during |into )?(?:({_YEAR})|this year|the year)\b|\bto date (?:this year|in ({_YEAR}))\b|"
      rf"\b(?:(?:in|during) )?(?:this|the) year so far\b|\b(?:in|during) ({_YEAR}) so far\b",
      need=(_SO_FAR_WORDS, ("year", _YEAR_FACT)),
      near=(_SO_FAR_WORDS, len("during this year ")))
def _so_far(m, ref):
    """"So far this year", "so far in 2024", "this year so far", "to date this year": the year to date, from its
    January to the reference date (a year other than the reference's is left to the other rules)."""
    yr = m.group(1) or m.group(2) or m.group(3)
    y = int(yr) if yr else ref.year
    if y != ref.year:
        return None
    return "period", ref.isoformat(), _iso(y, 1)


@rule(r"\b(?:at|in|by) the (?:start|beginning) of (?:the|this) year\b",
      need=(("start of the year", "beginning of the year", "start of this year", "beginning of this year"),),
      near=(("start of", "beginning of"), len("at the ")), starts=("at the ", "in the ", "by the "))
def _start_of_year(m, ref):
    """"At the start of the year", "at the beginning of this year": a point in time, the reference year's
    first month."""
    return "point", _iso(ref.year, 1), None


@rule(r"\byear[- ]to[- ]date\b", need=(("year-to-date", "year to date", "year-to date", "year to-date"),))
def _year_to_date(m, ref):
    """"Year-to-date shipments", "shipments year to date": from January of the reference year to the reference
    date."""
    return "period", ref.isoformat(), _iso(ref.year, 1)


@rule(r"\bsince (?:its|their|the) (?:inception|founding|establishment|launch|start)|\bsince (?:it|they) "
      r"(?:was|were) (?:founded|established|set up|launched)|\bin recent years\b|\bso far\b|\bto date\b|"
      r"\bas of now\b|\bcurrently\b|\bat present\b|\bthe current\b|\bnow\b|\btoday\b|\b(?:as of|at) press time\b",
      need=(_OPEN_WORDS,),
      # (each anchor opens a word of the pattern, after a \b or a space: "now" in "known", "date" in "update",
      # "present" in "represent" anchor no match, and the word starts before them are not tried)
      near=(("since", "recent", "far", "date", "now", "current", "present", "today", "press time"), len("as of "),
            _WORD_BEGIN),
      starts=("since ", "in recent years", "so far", "to date", "as of now", "currently", "at present", "the current",
              "now", "today", "as of press", "at press"))
def _open(m, ref):
    return "open", ref.isoformat(), None


@rule(rf"\bby ({_YEAR})\b",
      need=((_YEAR_FACT,), ("by 19", "by 20")), near=(_YEAR_ANCHORS, len("by "), _YEAR_AT))
def _by_year(m, ref):
    y = int(m.group(1))
    return ("deadline" if y >= ref.year else "point"), _iso(y), None


_YOY_YEAR_AT = re.compile(r"year[- ]on[- ]year|year[- ]over[- ]year|(?:(?<=previous )|(?<=prior )|(?<=last )|(?<=a ))year\b|"
                          r"(?<=the )year before\b|"
                          r"(?<=on a )yearly basis\b", re.I)


@rule(r"\b(?:year[- ]on[- ]year|year[- ]over[- ]year|y-o-y|yoy|(?:over|from|than(?: in)?|compared with|on) the (?:same "
      r"period (?:of|in) )?(?:previous|prior|last) year|(?:over|from|than(?: in)?|compared with|on|in) the same period "
      r"(?:of |in )?(?:last year|a year (?:earlier|ago))|a year (?:earlier|ago)|on a yearly basis|"
      # "0.08 points higher than the year before", "up from 3,100 a year before" (not "a year before the Games")
      r"(?:over|from|than(?: in)?|compared with|on) the year before|a year before(?!\s+\w))\b",
      need=(_YOY_WORDS,),
      # (a match holds "year" only as the first of "year-on-year", "year over year" or after "previous",
      # "prior", "last" or "a")
      near=((("year",), len("compared with the same period of previous "), _YOY_YEAR_AT), (("yoy", "y-o-y"), 0)),
      starts=("year", "y-o-y", "yoy", "over the ", "from the ", "than the ", "than in the ", "compared with the ",
              "on the ", "in the same ", "a year ",
              "on a yearly "))
def _yoy(m, ref):
    return "yoy", None, None


# the year of a match of _base stands right after one of these texts ("than 2012", "compared with 2012", "than in
# 2012", "the level of 2012", "the 2012 level"): occurrences of a year elsewhere ("in 2019") are no anchor of it
_BASE_LEADS = ("than", "with", "to", "from", "over", "against", "versus", "on")
_BASE_YEAR_AT = re.compile("".join((
    "(?:", "|".join(f"(?<={w} )" for w in (*_BASE_LEADS, *(f"{w} in" for w in _BASE_LEADS), "that of", "that in",
                                              "level of", "end of", "the", "its", "their")),
    ")", _YEAR, r"\b")), re.I)


@rule(rf"\b(?:than|compared (?:with|to)|from|over|against|measured from|versus|on) (?:that (?:of|in) |the level of |"
      rf"in |the end of )?({_YEAR})\b|\b(?:the|its|their) ({_YEAR}) (?:level|figure|total|amount|value)s?\b",
      need=((_YEAR_FACT,),), near=(_YEAR_ANCHORS, len("compared with the level of "), _BASE_YEAR_AT),
      starts=("than ", "compared ", "from ", "over ", "against ", "measured from ", "versus ", "on ", "the ", "its ",
              "their "))
def _base(m, ref):
    if m.group(0)[:2].lower() == "on" and _NOUN_AFTER.match(m.string, m.end()):
        return None  # "a bulletin on 2023 R&D spending": the year of what the bulletin covers, no base
    y = int(m.group(1) or m.group(2))
    if "end of" in m.group(0):
        # the end of a year is its last day, and a change from it runs from the next January, as a change "from
        # the end of last year" does (see context._base_start)
        return "base", None, _iso(y + 1, 1) if m.group(0)[:1] in "fFmM" else _iso(y, 12, 31)
    return "base", None, _iso(y)


_NOUN_AFTER = re.compile(r"\s+(?!(?:levels?|figures?|and|or|but|while|whereas|as|when|to|in|at|for|with|from|of|"
                         r"on|by|according)\b)[A-Za-z&]")


@rule(rf"\b(?:about|around|over|more than|nearly|some)?\s*({_NUMW}|a decade) (years?|decades?) ago\b",
      need=(("ago",),))
def _ago(m, ref):
    tok = m.group(1).lower()
    if tok == "a decade":
        n = 10
    else:
        n = _count(tok.split()[0])
        if n is None:
            return None
        if m.group(2).lower().startswith("decade"):
            n *= 10
    return "point", _iso(ref.year - n), None


@rule(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MON})(?:,?\s+({_YEAR}))?(?![\w])",
      need=((_CAP_MONTH_FACT,),))
def _day_month(m, ref):
    """A date written day first ("as of 30 September", "on 12 March 2024"): the day of that month, in the year
    written, else the last such day up to the reference date (as :func:`_month` dates "September 30")."""
    mon_tok = m.group(2)
    if not mon_tok[0].isupper() or (len(mon_tok.rstrip(".")) == 3 and mon_tok.rstrip(".").lower() not in MONTHS):
        return None
    mon, day = _month_num(mon_tok), int(m.group(1))
    if not 1 <= day <= 31:
        return None
    y = int(m.group(3)) if m.group(3) else (ref.year if (mon, day) <= (ref.month, ref.day) else ref.year - 1)
    return "point", _iso(y, mon, day), None


# The first letter of every match of _month: of "last", "this", "next", "in", "since", "by", of "early", "late",
# "mid", "the end of", "end", or of a month (case aside).  The rule has no anchor to try it near (its lead word
# may stand any number of spaces before the month), so its pattern is searched for at every word boundary; the
# lookahead drops the boundaries before any other letter at once, rather than after trying each alternative of
# the three groups there (same matches, half the time: tests/test_timex_speedups_r6.py)
_MONTH_OPENING = "(?=[abdefijlmnost])"


@rule(rf"\b{_MONTH_OPENING}(?:(last|this|next|in|since|by)\s+)?(?:(early|late|mid|the end of|end)[- ]?)?({_MON})"
      rf"(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?)?(?:,?\s+({_YEAR}))?(?![\w])",
      # only a capitalised month is accepted (see the handler), so a sentence without one is skipped (the
      # search for one skips to the capitals J, F, M, A, S, O, N, D at C speed; a match holds a month stem)
      need=((_CAP_MONTH_FACT,),))
def _month(m, ref):
    mon_tok = m.group(3)
    # "may" and "march" are ordinary words; require a capital letter, a day or a year
    if mon_tok[0].islower() or (mon_tok.rstrip(".").lower() in ("may", "march") and not (m.group(4) or m.group(5))
                                and not m.group(1)):
        return None
    if len(mon_tok.rstrip(".")) == 3 and mon_tok.rstrip(".").lower() not in MONTHS:
        return None
    mon = _month_num(mon_tok)
    day = int(m.group(4)) if m.group(4) else None
    if day is not None and day > 31:
        return None
    lead = (m.group(1) or "").lower()
    if m.group(5):
        y = int(m.group(5))
    elif lead == "next":
        y = ref.year + 1 if mon <= ref.month else ref.year
    elif lead == "this":
        y = ref.year
    elif lead == "last":
        # "Last July" is the previous year's July, even in a September article (the contract's "Last November" →
        # the year before's November; the July of the reference year is "in July" or "this July")
        y = ref.year - 1
    else:
        y = ref.year if (mon, day or 0) <= (ref.month, ref.day) else ref.year - 1
    if lead == "since":
        return "period", ref.isoformat(), _iso(y, mon, day)
    if m.group(2) and m.group(2).lower() in ("end", "the end of", "late") and day is None:
        day = _last_day(y, mon) if m.group(2).lower() != "late" else None
    role = "deadline" if lead == "by" and (y, mon) > (ref.year, ref.month) else "point"
    return role, _iso(y, mon, day), None


@rule(r"\b(?:on|last|this|next|since)?\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
      need=(("day",), tuple(WEEKDAYS)))
def _weekday(m, ref):
    wd = WEEKDAYS[m.group(1).lower()]
    back = (ref.weekday() - wd) % 7
    if m.group(0).lower().lstrip().startswith("last") and back == 0:
        back = 7
    d = ref - dt.timedelta(days=back)
    return "point", d.isoformat(), None


@rule(r"\byesterday\b", need=(("yesterday",),), near=(("yesterday",), 0), starts=("yesterday",))
def _yesterday(m, ref):
    """"yesterday": the day before the reference date (the dateline's, else the publication's)."""
    return "point", (ref - dt.timedelta(days=1)).isoformat(), None


@rule(rf"\b(?:(early|late|mid|the end of|end of|the beginning of|the start of|autumn|spring|summer|winter|fall)[- ]?"
      rf"(?:of )?)?"
      rf"(?:(?:in|of) )?({_YEAR}|{_REL_YEAR})\b(?![-–]\d)",
      need=((_YEAR_FACT,) + _REL_YEARS,),
      # a year stands at most 23 characters into a match, "year" at most 36
      near=((_YEAR_ANCHORS, len("the beginning of of in "), _YEAR_AT),
            (("year",), len("the beginning of of in the previous "), _REL_YEAR_AT)),
      starts=("early", "late", "mid", "the end of", "end of", "the beginning of", "the start of", "autumn", "spring",
              "summer", "winter", "fall", "in ", "of ") + _YEAR_ANCHORS + _REL_YEARS_FULL)
def _year(m, ref):
    # a year inside a name ("the 2022 Winter Olympics", "Dialogue 2022") is not a time
    pre = m.string[max(0, m.start() - 20):m.start()]
    if not m.group(1) and _DIGIT_START.match(m.group(0)) and _NAME_WORD_BEFORE.search(pre):  # (cheap test first)
        return None
    if _CAP_AFTER.match(m.string, m.end()) and _DETERMINER_BEFORE.search(pre):
        return None  # "the 2022 Winter Olympics"
    y = _rel_year(m.group(2), ref)
    if y is None:
        return None
    mod = (m.group(1) or "").lower()
    if mod in ("late", "the end of", "end of"):
        return "point", _iso(y, 12, 31), None
    if mod in ("the beginning of", "the start of"):
        return "point", _iso(y, 1), None  # a point in time: the year's first month
    return "point", _iso(y), None


_NAME_WORD_BEFORE = re.compile(r"\b(?!(?:In|By|Since|Until|Of|For|During|From|To|And|Before|After|Through|The|This|Its|"
                               r"Their)\b)"
                               r"[A-Z][a-z]+\s+$")
_DIGIT_START = re.compile(r"\d")
_CAP_AFTER = re.compile(r"\s+[A-Z]")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|this|their)\s+$", re.I)


# Words that contain one of these are looked for only in a sentence that contains it ("new year", "last year",
# "monday", "today", "q1", "by 2020" ...): most sentences lack most of them, and then the longer words are not
# looked for at all (each look is a scan of the whole sentence).
_GATE_WORDS = ("year", "day", "q", "by ", "month", "first", "decade", "half", "end")
_PLAIN_WORDS: list[tuple[str, int]] = []
_GATED_WORDS: list[tuple[str, int, list[tuple[str, int]], Optional[tuple[int, int]]]] = []
# Words that only rules with two need groups read, each in one group, the other group of which holds facts of the
# first look only (_PLAIN_WORDS, _GATED_WORDS, _SPECIAL_FACTS): such a word is looked for only when the facts of
# the first look satisfy one of those other groups ("closed " only with "the year" or "last year", "past" only
# with a month, quarter, half, year or decade word, "by 2020" only with a year), for without it no rule that reads
# the word is tried, whether the sentence holds it or not (same rules, same times).  Each entry: (the mask of the
# other groups, the gate or None, the words with their bits).
_LATER_WORDS: list[tuple[int, Optional[str], list[tuple[str, int]]]] = []


def _index_words() -> None:
    """Sort the rules' words (every fact but the special ones) into plain, gated and later ones, once."""
    two_groups = [(r[2], r[3]) for r in _RULES if r[2] != r[3]]
    one_group = 0  # the facts of the rules with one need group
    for r in _RULES:
        if r[2] == r[3]:
            one_group |= r[2]
    first_look = one_group | _FACT_BITS[_YEAR_FACT] | _FACT_BITS[_YEAR_DASH_FACT] | _FACT_BITS[_CAP_MONTH_FACT] | \
        sum(_FACT_BITS.get(g, 0) for g in _GATE_WORDS)

    def later_trigger(bit: int) -> int:
        """The mask of the other groups of the rules that read the fact ``bit``, or 0 when it is looked for in the
        first look (a one-group rule reads it, or an other group holds a fact not looked for then)."""
        if bit & first_look:
            return 0
        trigger = 0
        for m1, m2 in two_groups:
            if bit & (m1 | m2):
                other = m2 if bit & m1 else m1
                if bit & other or other & ~first_look:
                    return 0
                trigger |= other
        return trigger

    gated = {g: [] for g in _GATE_WORDS}
    later: dict[tuple[int, Optional[str]], list[tuple[str, int]]] = {}
    for w, bit in _FACT_BITS.items():
        if w in _SPECIAL_FACTS or w in _GATE_WORDS:
            continue  # (a gate that is a fact gets its bit when the gate is looked for)
        gate = next((g for g in _GATE_WORDS if g in w and g != w), None)
        trigger = later_trigger(bit)
        if trigger:
            if gate is not None and trigger == _FACT_BITS.get(gate):
                gate = None  # (the trigger is the gate: "monday" only with "day")
            later.setdefault((trigger, gate), []).append((w, bit))
        else:
            (gated[gate] if gate else _PLAIN_WORDS).append((w, bit))
    for g in _GATE_WORDS:
        if gated[g]:
            words = gated[g]
            assert not any("\0" in w for w, _ in words)
            # (how far a word reaches before and after the gate in it: see _around)
            reach = (max(w.index(g) for w, _ in words), max(len(w) - w.index(g) for w, _ in words)) \
                if len(words) >= _AROUND_FROM else None
            _GATED_WORDS.append((g, _FACT_BITS.get(g, 0), words, reach))  # (a gate need not be a fact itself)
        elif g in _FACT_BITS:
            _PLAIN_WORDS.append((g, _FACT_BITS[g]))  # (a gate with no words of its own in the first look)
    _LATER_WORDS.extend((trigger, gate, words) for (trigger, gate), words in later.items())


# a gate with at least this many words has them looked for in the text around the gate's occurrences (_around)
_AROUND_FROM = 6


def _around(low: str, gate: str, p: int, reach: tuple[int, int]) -> str:
    """The text around each occurrence of ``gate`` in ``low`` (the first at ``p``): from ``reach[0]`` characters before
    it to ``reach[1]`` characters from its start, the pieces joined by NUL.  A word that holds the gate at most
    ``reach[0]`` characters into it and ends at most ``reach[1]`` characters after the gate's start (every word of its
    group), and no NUL, is in this text exactly when it is in ``low``: each occurrence of the word in ``low`` holds
    an occurrence of the gate whose piece covers it, and an occurrence in this text cannot span a NUL, so it lies in
    one piece, a slice of ``low``.  The year words (a third of the sentences have "year", most of them once) are then
    looked for in a few dozen characters rather than in the whole sentence."""
    before, after = reach
    pieces = []
    while p >= 0:
        pieces.append(low[max(0, p - before):p + after])
        p = low.find(gate, p + 1)
    return "\0".join(pieces)


def _sentence_facts(sentence: str, low: str, has_year: bool) -> int:
    """The mask of the facts (rule words and special facts) that hold for a sentence; ``low`` is it lower-cased.
    A word of _LATER_WORDS that no rule can read in the sentence is not looked for, and its bit stays 0 (a mask
    selects the same rules as the whole one: see _rules_for)."""
    mask = 0
    for w, bit in _PLAIN_WORDS:
        if w in low:
            mask |= bit
    for gate, gate_bit, words, reach in _GATED_WORDS:
        p = low.find(gate)
        if p >= 0:
            mask |= gate_bit
            near = low if reach is None else _around(low, gate, p, reach)
            for w, bit in words:
                if w in near:
                    mask |= bit
    if has_year:
        mask |= _YEAR_BIT
        # _year_span needs a year and "from", "between" or a year with a dash: the dash is looked for only
        # when the words do not already satisfy it
        if not mask & _FROM_OR_BETWEEN and _YEAR_DASH.search(sentence) is not None:
            mask |= _YEAR_DASH_BIT
    if _CAP_MONTH.search(sentence) is not None:
        mask |= _CAP_MONTH_BIT
    for trigger, gate, words in _LATER_WORDS:
        if mask & trigger and (gate is None or gate in low):
            for w, bit in words:
                if w in low:
                    mask |= bit
    return mask


_index_words()
_YEAR_BIT = _FACT_BITS[_YEAR_FACT]
_YEAR_DASH_BIT = _FACT_BITS[_YEAR_DASH_FACT]
_CAP_MONTH_BIT = _FACT_BITS[_CAP_MONTH_FACT]
_FROM_OR_BETWEEN = _FACT_BITS["from"] | _FACT_BITS["between"]


#: Two far-apart reference dates: an expression that resolves the same against both is absolute.
_PROBE_REFS = (dt.date(1991, 6, 15), dt.date(2041, 6, 15))


def find_times(sentence: str, ref: Optional[dt.date]) -> list[TimeExpr]:
    """Time expressions of a sentence, in text order, without overlaps (earlier rules win).

    With no reference date (an article without a publication date) only absolute expressions
    are returned: "in 2018" resolves, "last year" stays unresolved rather than guessed.
    A sentence with a letter that re.IGNORECASE matches to an ASCII one ("Aprıl", "FİRST") is read
    as if it had the ASCII letter (the rules' vocabulary lookups know only those); each expression's
    text is still the sentence's own.
    """
    folded = fold_twins(sentence)
    if folded is not sentence:
        return [replace(t, text=sentence[t.start:t.end]) for t in find_times(folded, ref)]
    if ref is None:
        early = _find_times(sentence, _PROBE_REFS[0])
        late = {(t.start, t.end): t for t in _find_times(sentence, _PROBE_REFS[1])}
        return [t for t in early if (o := late.get((t.start, t.end))) is not None
                and (o.as_of, o.period_start) == (t.as_of, t.period_start)]
    return _find_times(sentence, ref)


# facts mask → the rules (in their order) whose needs it meets: sentences share a few hundred masks, and the test
# of each rule against the mask was a loop of 19 steps per sentence
_RULES_FOR: dict[int, tuple] = {}


def _rules_for(facts: int) -> tuple:
    got = _RULES_FOR.get(facts)
    if got is None:
        if len(_RULES_FOR) > 4096:
            _RULES_FOR.clear()
        got = _RULES_FOR[facts] = tuple(r for r in _RULES if facts & r[2] and facts & r[3])
    return got


def _find_times(sentence: str, ref: dt.date) -> list[TimeExpr]:
    taken: list[tuple[int, int]] = []
    out: list[TimeExpr] = []
    low = sentence.lower()
    # (a year starts with "19" or "20": most sentences without either are not searched)
    has_year = ("19" in sentence or "20" in sentence) and _ANY_YEAR.search(sentence) is not None
    prefilter = sentence.isascii() or _ODD_CASE.search(sentence) is None
    # the anchors of a rule are looked for in ``low``: its characters must stand where the sentence's do
    near_ok = prefilter and len(low) == len(sentence)
    rules = _rules_for(_sentence_facts(sentence, low, has_year)) if prefilter else _RULES
    for pat, fn, _need1, _need2, near, opener in rules:
        for m in (_finditer_near(pat, sentence, low, near, opener) if near and near_ok else pat.finditer(sentence)):
            s, e = m.span()
            if e - s < 2 or taken and _overlaps(taken, s, e):
                continue
            r = fn(m, ref)
            if r is None:
                continue
            role, as_of, ps = r
            if not (_real_date(as_of) and _real_date(ps)):
                continue  # "Feb 30" is no date: neither a time nor a figure's time
            taken.append((s, e))
            out.append(TimeExpr(s, e, role, as_of, ps, m.group(0)))
    if len(out) > 1:
        out.sort(key=_BY_START)
    return out


_BY_START = attrgetter("start")


def _overlaps(taken: list[tuple[int, int]], s: int, e: int) -> bool:
    for a, b in taken:
        if s < b and a < e:
            return True
    return False


def _real_date(iso: Optional[str]) -> bool:
    if not iso or len(iso) < 10:
        return True
    try:
        dt.date.fromisoformat(iso[:10])
    except ValueError:
        return False
    return True


_DATELINE = re.compile(rf"^\s*[A-Z][A-Z .'’-]+,\s*((?i:{_MON}))\s+(\d{{1,2}})(?:,\s*({_YEAR}))?\s*(?:\(|--|—|-)")


def dateline_date(text: str, published: Optional[dt.date]) -> Optional[dt.date]:
    """The date of a news-agency dateline ("TIANJIN, Feb. 21 (Xinhua) --"): with no year written, the last date of
    that month and day that is at most _DATELINE_AHEAD days after publication (a dateline written in China, a day
    ahead of a publication date kept in another time zone, is of the same year, not of the year before)."""
    m = _DATELINE.match(text)
    if not m:
        return None
    mon, day = _month_num(m.group(1)), int(m.group(2))
    if not m.group(3) and not published:
        return None  # no year written and no publication date: the year is unknown, not guessed
    if m.group(3):
        years = (int(m.group(3)),)
    else:
        years = (published.year + 1, published.year, published.year - 1)
    latest = published + dt.timedelta(days=_DATELINE_AHEAD) if published and not m.group(3) else None
    for y in years:
        try:
            d = dt.date(y, mon, day)
        except ValueError:
            continue  # (Feb. 29 of a year without one)
        if latest is None or d <= latest:
            return d
    return None


_DATELINE_AHEAD = 3  # days a dateline may run ahead of the publication date


def parse_date(iso: Optional[str]) -> Optional[dt.date]:
    if not iso:
        return None
    try:
        return dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None
