"""Numbers in a sentence → quantities: value, unit, qualifier, kind, bracketed conversion.

``find_quantities(sentence)`` works in two passes:

1. every number-like token (numeral, number in words, fraction, one-word multiple) becomes
   an *atom*: its value with any scale word applied, the unit written before or after it,
   and the reason it is not a figure, if any (a year, an ordinal, a name, a threshold ...);
2. atoms are joined into figures: a bracketed conversion folds into the amount before it,
   a range gives two figures, a distributive "each" repeats a figure; then each figure gets
   its qualifier (from the words just before it) and its kind (from the sentence's verbs
   and nouns).

Every rule here is a reading rule of English news copy; see FIGURES.md for the contract.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from typing import Optional

from .numbers import (COMPARATIVE_MULTIPLES, COMPARED_AFTER, FRACTION_DENOM, MULTIPLE_WORDS, NUMERAL, SCALE, TENS_WORDS, UNITS_WORDS, WORD_NUMBER,
                      fraction_value, parse_numeral, parse_words, vocab_key)
from .units import CONVERTED_UNITS, CURRENCIES, DURATIONS, WORK_TIME_UNIT, _top_level_branches, prefix_unit, suffix_unit

I = re.I

# Prefilters for the patterns anchored at the end of the text before a number ("...\\s*$"): re.search tries
# such a pattern at every position of the window, but it can only match when the text, less trailing
# white space, ends with one of the pattern's last words.  ``endswith`` on a short lower-cased tail rules
# most windows out before the regex runs; the regex still decides.  Characters that re.IGNORECASE folds to
# an ASCII letter but str.lower() does not (İ ı ſ) turn the prefilter off.
_ODD_CASE = re.compile("[\u0130\u0131\u017f]")


def _may_end_with(text: str, endings: tuple[str, ...]) -> bool:
    """False only if ``text`` without trailing white space cannot end (case-insensitively) with an ending."""
    return _end_may_be(_lowered_end(text), endings)


def _lowered_end(text: str) -> Optional[str]:
    """The last 16 characters of ``text`` without trailing white space, lower-cased (None: odd case), for
    _end_may_be: computed once when several pre-checks read the same text."""
    t = text.rstrip()[-16:]
    return None if _has_odd_case(t) else t.lower()


def _end_may_be(end: Optional[str], endings: tuple[str, ...]) -> bool:
    return end is None or end.endswith(endings)


def _has_odd_case(text: str) -> bool:
    """``_ODD_CASE.search(text)``, skipped for ASCII text (nearly all of it): isascii is far cheaper."""
    return not text.isascii() and _ODD_CASE.search(text) is not None


def _lowered(text: str) -> Optional[str]:
    """``text.lower()`` when lower() folds every character of it the way re.IGNORECASE does (then it has the
    same length, and the same word, digit and space characters at the same places), else None."""
    return None if _has_odd_case(text) else text.lower()


def _may_mention(low: Optional[str], words: tuple[str, ...]) -> bool:
    """False only if no word of ``words`` occurs in the lower-cased sentence ``low`` (None: not known): a
    pre-check for a case-insensitive pattern that can only match where it spells out one of them."""
    if low is None:
        return True
    for w in words:  # (a loop: a generator expression costs more than the tests themselves)
        if w in low:
            return True
    return False


class _Caseless:
    """A case-insensitive pattern, written with lower-case letters only, that runs as its case-sensitive twin
    over the lower-cased text whenever ``_lowered`` allows it: the same matches at the same places (group
    text comes back lower-cased), several times faster, because sre rejects each branch of a case-sensitive
    alternation of words with one character compare but must enter every branch of a case-insensitive one.
    Used for the costliest searches of the window before a number."""
    __slots__ = ("pattern", "_ci", "_cs")

    def __init__(self, pattern: str):
        if re.search("[A-Z]", re.sub(r"\\.|\(\?P<\w+>", "", pattern)):
            raise ValueError(f"a _Caseless pattern must be written in lower case: {pattern!r}")
        self.pattern = pattern
        self._ci = re.compile(pattern, re.I)
        self._cs = re.compile(pattern)

    def search(self, text: str, *pos) -> Optional[re.Match]:
        low = _lowered(text)
        return self._ci.search(text, *pos) if low is None else self._cs.search(low, *pos)

    def search_lowered(self, text: str, low: Optional[str]) -> Optional[re.Match]:
        """``search(text)`` given ``low = _lowered(text)``."""
        return self._ci.search(text) if low is None else self._cs.search(low)

    def finditer_lowered(self, text: str, low: Optional[str]):
        """``finditer(text)`` given ``low = _lowered(text)``."""
        return self._ci.finditer(text) if low is None else self._cs.finditer(low)

    def match(self, text: str, *pos) -> Optional[re.Match]:
        low = _lowered(text)
        return self._ci.match(text, *pos) if low is None else self._cs.match(low, *pos)

    def match_lowered(self, text: str, low: Optional[str], pos: int = 0) -> Optional[re.Match]:
        """``match(text, pos)`` given ``low = _lowered(text)``, for callers that run several patterns on one text."""
        return self._ci.match(text, pos) if low is None else self._cs.match(low, pos)

    def matcher(self, text: str, low: Optional[str]):
        """``lambda pos: self.match_lowered(text, low, pos)`` without a Python frame per call: the match method of the
        twin that reads this text, bound to it, for a loop that matches at many places of one text."""
        return partial(self._ci.match, text) if low is None else partial(self._cs.match, low)


@dataclass(slots=True)
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
    num_start: int = 0  # span of the number itself (without qualifier words)
    num_end: int = 0


@dataclass(slots=True)  # internal and created for every number: slots make it cheaper to build and read
class _Atom:
    start: int  # start of the marking, with a currency sign before the number
    end: int  # end of number, scale word and unit
    num_start: int
    num_end: int
    value: float
    unit: Optional[str]  # None: a bare number (a count, an index reading)
    form: str  # "num", "word", "frac", "mult"
    scaled: bool = False
    scale: float = 1.0
    why_not: Optional[str] = None  # reason this is not a figure
    year: bool = False
    qual_start: int = -1
    qual: Optional[tuple[str, int]] = None  # (qualifier, start of its words) before start: see _qualifier_of
    post_q: Optional[str] = None  # a bound written after the number ("100 or more")


# ---------------------------------------------------------------- pass 1: tokens

_FRAC = (r"(?:\b(?P<fnum>a|an|one|two|three|four|five|nine)[\s-]+)?"
         r"\b(?P<fden>half|halves|thirds?|quarters?|fifths?|tenths?)\b")
# ("to double output by 2025", "will triple its capacity": the verb after "to" or a modal is a multiple too)
_MULT = (r"\b(?:" + "|".join(MULTIPLE_WORDS) + r"|(?:two|three|four|five|six|seven|eight|nine|ten)-fold|"
         r"(?:" + "|".join(COMPARATIVE_MULTIPLES) + r")(?=" + COMPARED_AFTER + r")|"
         r"(?:(?<=\bto\s)|(?<=\bwill\s)|(?<=\bwould\s)|(?<=\bcould\s)|(?<=\bcan\s)|(?<=\bmay\s))"
         r"(?:double|triple|treble|quadruple)(?=\s+[a-z])(?!\s+(?:digits?|the\s+size)\b)|halved)\b")
CANDIDATE = re.compile(
    rf"(?P<frac>{_FRAC})|(?P<mult>{_MULT})|(?P<num>(?<![\d.,]){NUMERAL}(?![\d]))|(?P<word>{WORD_NUMBER})", I)
def _prefix_tree(words) -> str:
    """An alternation of ``words`` with common prefixes factored out ("t(?:en|w(?:elve|o))"): the regex engine
    then tries one branch per letter rather than one per word."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if "" in node:
            alts.append("")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return emit(tree)


def _branch_tree(branches) -> str:
    """An alternation of regex ``branches`` with their common leading lower-case letters merged, as _prefix_tree
    does for plain words ("is\\s+to", "is\\s+set\\s+to", "intend" → "i(?:ntend|s(?:\\s+set\\s+to|\\s+to))").  The
    branches are reordered: only for patterns in which no two branches can match at one place."""
    tree: dict = {}
    for branch in branches:
        if "|" in branch:
            raise ValueError(f"_branch_tree: a branch holds a '|': {branch!r}")
        lead = re.match(r"[a-z]*", branch).group()
        if branch[len(lead):len(lead) + 1] in ("?", "*", "+", "{"):
            lead = lead[:-1]  # a quantifier binds the last letter
        node = tree
        for ch in lead:
            node = node.setdefault(ch, {})
        node.setdefault("", []).append(branch[len(lead):])

    def emit(node: dict) -> str:
        alts = [ch + emit(sub) for ch, sub in sorted(node.items()) if ch] + node.get("", [])
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return emit(tree)


def _factored(alternation: str) -> str:
    """``alternation`` ("a|b|c", with no "|" inside a group) with its plain lower-case words (and "word?"
    forms) merged by _prefix_tree, its other branches kept, before them.  The reordering changes which branch
    matches at a place, not whether one does or where: for patterns whose use only reads that (a test, a
    start).  A long alternation of words costs one compare per branch at every place the engine tries it."""
    words, others = [], []
    for branch in alternation.split("|"):
        if re.fullmatch(r"[a-z]+ ?[a-z]*", branch):
            words.append(branch)
        elif re.fullmatch(r"[a-z]+\?", branch):
            words += [branch[:-2], branch[:-1]]
        else:
            if branch.count("(") != branch.count(")"):
                raise ValueError(f"_factored: a group holds a '|': {alternation!r}")
            others.append(branch)
    return "|".join(others + [_prefix_tree(words)])


# Where a CANDIDATE match can start, in the lower-cased sentence: a digit not after a digit, point or comma;
# or, after a non-word character, a word that can open a number word, fraction or multiple ("a"/"an" only
# before a word they can count).  A candidate at position 0 has no character before it and is tried apart.
# The pattern starts with a character class and is case-sensitive (it runs on the lower-cased text), so the
# regex engine skips to the next digit or non-word character in a tight loop: scanning for these and matching
# CANDIDATE only there gives the same matches as CANDIDATE.finditer, several times faster.  Every word CANDIDATE
# can start with is listed (tests/test_quantities_speedups.py checks them against CANDIDATE).
_START_WORDS = (*UNITS_WORDS, *TENS_WORDS, *MULTIPLE_WORDS, *COMPARATIVE_MULTIPLES, "dozen", "half", "halves", "third", "quarter",
                "fifth", "tenth", "halved")
_AFTER_A = ("dozen", "hundred", "thousand", "million", "billion", "trillion", "half", "halves", "third",
            "quarter", "fifth", "tenth")
_WORD_START = r"an?[\s-]+" + _prefix_tree(_AFTER_A) + "|" + _prefix_tree(_START_WORDS)
#: A word that can open a candidate, at the start of the lower-cased text: CANDIDATE.match(text, 0) is tried
#: only then (most sentences open with a word that cannot).
_WORD_AT_START = re.compile(_WORD_START)
# At a digit start only CANDIDATE's "num" branch can match (the others open with a letter), and it always does:
# NUMERAL less its first digit, which the character class has taken (``\d{1,3}`` → ``\d{0,2}``, ``\d+`` → ``\d*``,
# tried in the same order), so the scan match of a digit start is the whole numeral, group 1 telling it apart;
# no CANDIDATE.match is needed there.
_NUMERAL_REST = r"(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?)(?!\d)"
# (The word branch may also fire after a digit that is not a start itself: a word cannot start there, since
# there is no word boundary between a digit and a letter, and CANDIDATE.match at the digit fails; a needless
# check on it is cheaper than a lookbehind at every non-word character.)
# The scan stops at every character but a-z and "_" (the lower-cased text has no other ASCII word character): the
# digits and non-word characters, and also any non-ASCII letter, where no candidate starts (CANDIDATE opens a word
# with \b, and there is none after a letter) and CANDIDATE.match fails; a set of ASCII ranges is tested much faster
# than the Unicode class [\W\d].
_CANDIDATE_START = re.compile(r"[^a-z_](?:(?<=\d)(?<![\d.,]\d)(" + _NUMERAL_REST + ")|(?=" + _WORD_START + "))")


def _candidate_spans(text: str, low: Optional[str]):
    """(start, end, match) of every match of ``CANDIDATE.finditer(text)``, in order, with match None for a
    numeral (its text is ``text[start:end]``; a "num" match otherwise).  ``low`` is ``text.lower()``, or None
    when lower() does not fold some character of the text the way re.IGNORECASE does (then this is
    CANDIDATE.finditer itself)."""
    if low is None:
        for m in CANDIDATE.finditer(text):
            yield m.start(), m.end(), m
        return
    match = CANDIDATE.match
    pos = 0
    if _WORD_AT_START.match(low):  # (a digit at 0 is found by the scan)
        m = match(text, 0)
        if m:
            pos = m.end()
            yield 0, pos, m
    for st in _CANDIDATE_START.finditer(low):
        if st.lastindex:  # a numeral, whole
            yield st.start(), st.end(), None
            continue
        i = st.start()
        if low[i].isdecimal():
            continue  # a digit after a digit, point or comma: no candidate starts there (see above)
        # (after a non-ASCII letter no candidate starts either, but that is rare: CANDIDATE.match tells)
        i += 1  # the word starts after the non-word character
        if i < pos:
            continue  # inside the last candidate
        m = match(text, i)
        if m:
            pos = m.end()
            yield i, pos, m


def _candidates(text: str, low: Optional[str]):
    """Same as ``CANDIDATE.finditer(text)``, through the scan of :func:`_candidate_spans` (which _scan reads)."""
    for start, _end, m in _candidate_spans(text, low):
        yield m if m is not None else CANDIDATE.match(text, start)


SCALE_AFTER = _Caseless(r"(?:\s?-\s?|\s+)?(thousand|million|mln|mn|billion|bln|bn|trillion|tln)\b")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_HYPHEN_WORD_AFTER = re.compile(r"-[A-Za-z]")
_WORD_HYPHEN_BEFORE = re.compile(r"[A-Za-z]-$|[A-Za-z]$")
# the last character of a text _WORD_HYPHEN_BEFORE can match ("$" also matches before a final newline)
_WORD_HYPHEN_LAST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-\n")
YEAR = re.compile(r"^(1[89]\d\d|20\d\d|2100)$")
MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
         r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
DATE_BEFORE = re.compile(MONTH + r"\.?\s*$")
DATE_AFTER = re.compile(r"^(?:st|nd|rd|th)?\s+" + MONTH + r"\b")
TIME_OF_DAY = re.compile(r"^(?::\d\d|\s*(?:a\.?m\.?|p\.?m\.?|o'clock|hrs\b))", I)
# What TIME_OF_DAY and AGE_AFTER can find first after the number, past white space (str.lstrip strips what \s
# matches; none of these letters has another case-insensitive twin): most numbers are followed by none of them
_TIME_OF_DAY_FIRST = frozenset(":aApPoOhH")
_AGE_AFTER_FIRST = frozenset("-yY")
PHONE_BEFORE = re.compile(r"(?:\b(?:tel|fax|phone|telephone|hotline|mobile|contact|call|dial)\b[.:]?\s*(?:[\d()+-]+\s?)*|\+)$", I)
# every PHONE_BEFORE match spells out one of these (for _sentence_mentions: most sentences have none)
_PHONE_WORDS = ("tel", "fax", "phone", "hotline", "mobile", "contact", "call", "dial", "+")
_DIGIT_HYPHEN_RUN = re.compile(r"[\d()+-]+")


def _phone_token(text: str, s: int, e: int) -> bool:
    """Part of a run like 86-10-88828000 or 010-6512-3456."""
    lo = s
    while lo > 0 and (text[lo - 1].isdigit() or text[lo - 1] in "-()+"):
        lo -= 1
    hi = e
    while hi < len(text) and (text[hi].isdigit() or text[hi] in "-()+"):
        hi += 1
    run = text[lo:hi]
    hyphens = run.count("-")
    if not hyphens:
        return False  # (most numbers: no digits counted)
    digits = sum(c.isdigit() for c in run)
    return (hyphens >= 2 and digits >= 7) or (hyphens == 1 and digits >= 10)
NAME_BEFORE = re.compile(r"(?:\bNo\.?|\bNos\.?|\bNumber|\bPhase|\bLine|\bArticle|\bChapter|\bSection|\bLevel|\bGrade|"
                         r"\bClass|\bRoom|\bBuilding|\bGate|\bTerminal|\bVersion|\bVol\.?|\bIssue|\bPage|\bStage|"
                         r"\bRound|\bRoute|\bExit|\bHighway|\bRing Road|\bLot|\bPlatform|\bUnit|\bBlock|\bTower|\bHall|\bFloor|\bPlot|\bSuite|\bZone|\bDocument|\bDecree|\bCircular|"
                         r"\[(?:19|20)\d\d\]|#|"
                         r"\b[Cc]ode|\b[Tt]icker|\b[Ss]ymbol|\bFortune|\bForbes|\bGlobal|S&P|\bFTSE|\bCSI|\bNikkei|\b(?:[Cc]ode|[Tt]icker|[Ss]ymbol)\s+(?:is|was))\s*:?\s*$")
# ("under the stock code 2597", "its stock code is 600519")
_NAME_ENDS = ("No", "No.", "Nos", "Nos.", "Number", "Phase", "Line", "Article", "Chapter", "Section", "Level",
              "Grade", "Class", "Room", "Building", "Gate", "Terminal", "Version", "Vol", "Vol.", "Issue", "Page",
              "Stage", "Round", "Route", "Exit", "Highway", "Ring Road", "Lot", "Platform", "Unit", "Block", "Tower", "Hall",
              "Floor", "Plot", "Suite", "Zone", "Document", "Decree", "Circular", "]", "#", "Code", "code",
              "Ticker", "ticker", "Symbol", "symbol", "ode is", "ode was", "ker is", "ker was", "bol is", "bol was",
              "Fortune", "Forbes", "Global", "S&P", "FTSE", "CSI",
              "Nikkei")


def _name_before(b: str) -> bool:
    """``NAME_BEFORE.search(b)``, after a check (case-sensitive, like the pattern) that ``b`` ends with one of
    its words, an optional colon and white space."""
    t = b.rstrip()
    if t.endswith(":"):
        t = t[:-1].rstrip()
    return t.endswith(_NAME_ENDS) and NAME_BEFORE.search(b) is not None


# "top 10", "the first 10 years", "the past three years": a rank or a span of time, not a figure
RANK_BEFORE = re.compile(r"\b(?:top|first|last|past|next|previous|following|recent|latest|coming|final|initial)"
                         r"\s+$", I)
# (an adjective that only describes the things counted is no superlative: "37 major scientific facilities", "12
# top-tier universities")
SUPERLATIVE_AFTER = _Caseless(r"^\s+(?:most|least|largest|biggest|best|leading|richest|poorest|top(?!-)|busiest|"
                              r"highest|lowest|fastest)\b")
DEFINITE_BEFORE = re.compile(r"\b(?:the|its|their|these|those|our|his|her)\s+$|[\w-]+(?:'s|’s|s'|s’)\s+$", I)
DENOMINATOR_BEFORE = re.compile(r"\b(?:per|every|each|out of)\s+$", I)
# class definitions: "startups valued at over $1 million", "contracts over 10 million yuan",
# "zones with annual revenue above 100 billion yuan"
THRESHOLD_BEFORE = re.compile(
    r"(?:\b(?:valued|priced)\s+at\s+(?:over|more than|above|at least|under|below|less than)\s+"
    r"|\bvaluations?\s+(?:of\s+)?(?:over|more than|above|at least)\s+"
    r"|\b(?:with|whose)\s+(?:[\w-]+\s+){0,2}(?!of\s)[\w-]+\s+(?:is\s+)?(?:over|above|exceeding|more than|at least)\s+"
    r")$", I)
# a class of firms named by a bound on what each has: "enterprises with annual revenue of over 20 million yuan",
# "firms employing more than 1,000 people"; not a total ("with a value of", "with combined revenue of"), and not
# when the firms are counted just before ("19 projects with a value of more than 15 billion yuan": see _class_bound)
CLASS_THRESHOLD_BEFORE = re.compile(
    r"\b(?:firms|companies|enterprises|businesses|projects|startups|start-ups|ventures|entities|contracts|those)\s+"
    r"(?:with|whose|employing)\s+"
    r"(?!an?\s|the\s|total\s|combined\s|joint\s|aggregate\s)(?:[\w&-]+\s+){0,3}?"
    r"(?:of\s+)?(?:over|above|exceeding|more than|at least|no less than|no fewer than|less than|fewer than|under|"
    r"below)\s+$", I)
COUNTED_BEFORE = re.compile(r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds|thousands)\b)"
                            r"[\d,.]*\s+(?:[\w-]+\s+){0,2}$", I)


def _class_bound(pre: str, tail: str) -> bool:
    """``pre`` (its last 90 characters read) ends with a CLASS_THRESHOLD_BEFORE phrase whose firms are not counted
    right before it; or are counted, but the bound is on each of them ("10 companies with revenue of more than 1
    billion yuan each") or the count is a plan's ("to cultivate 10 companies with revenue of more than ..."): the
    bound then says which firms the count or the goal takes in."""
    w = pre[-90:]
    if not (" with " in w or " whose " in w or " employing " in w):  # (a match spells out one of them)
        return False
    m = CLASS_THRESHOLD_BEFORE.search(pre, max(0, len(pre) - 90))
    if m is None:
        return False
    counted = COUNTED_BEFORE.search(pre, 0, m.start())
    return counted is None or EACH_AFTER.match(tail) is not None or _plan_governs(pre[:counted.start()])


EACH_AFTER = re.compile(r"\s*each\b", I)
# a part of a counted group picked out by a bound on each: "126 firms, nine of them with annual revenue of more than 1
# billion yuan", "of which 12 with over 500 staff" (the bound says which nine, it totals nothing)
PARTITIVE_CLASS_BEFORE = re.compile(
    r"\bof\s+(?:them|which|these|those|whom)\s+(?:[\w,]+\s+)?(?:with|whose)\s+"
    r"(?!an?\s|the\s|total\s|combined\s|joint\s|aggregate\s)(?:[\w&-]+\s+){0,3}?"
    r"(?:of\s+)?(?:over|above|exceeding|more than|at least|no less than|less than|fewer than|under|below)\s+$", I)
# a class named by a bound written after its amount: "those with annual main business revenue of 20 million yuan or
# more", "enterprises with annual revenue of 5 million yuan and above" (the statistical "above designated size")
CLASS_OF_BEFORE = re.compile(
    r"\b(?:firms|companies|enterprises|businesses|projects|startups|start-ups|entities|contracts|those|ones)\s+"
    r"(?:with|whose)\s+(?!an?\s|the\s|total\s|combined\s|joint\s|aggregate\s)(?:[\w&-]+\s+){0,4}?"
    r"(?:of|is|are|at)\s+$", I)
BOUND_AFTER = re.compile(r"\s*(?:or|and)\s+(?:more|above|over|higher|greater)\b", I)
BOUND_END = re.compile(r"\s(?:or|and)\s+(?:more|above|over|higher|greater)$", I)  # (when the number's span took it in)


def _plan_governs(pre: str) -> bool:
    """A plan cue ("will", "plans to", "aims") comes after the last past-tense cue in ``pre``."""
    last = None
    for last in TARGET_CUE.finditer(pre):
        pass
    if last is None:
        return False
    return not _past_cue_from(pre, last.start())
# "Major technology contracts over 10 million yuan numbered 21,151": the amount sits inside the subject
SUBJECT_THRESHOLD_BEFORE = re.compile(r"\b[a-z]{3,}s\s+(?:over|above|exceeding|worth\s+over|worth\s+more\s+than)\s+$", I)
PREDICATE_AFTER = re.compile(r"^\s+(?:numbered|number|were|are|have|had|accounted|account|made|make|totaled|totalled|"
                             r"reached|grew|rose|increased|saw|recorded|hit)\b", I)
MILESTONE_AFTER = _Caseless(r"^\s*(?:mark|threshold|milestone|barrier|level\s+for\s+the\s+first)\b")
MILESTONE_BEFORE = re.compile(r"\b(?:first|only)\b[^,.;]{0,40}\bto\s+(?:surpass|exceed|top|break|cross|pass|reach|hit)\w*"
                              r"\s+(?:through\s+)?(?:the\s+)?$|\bbreak(?:s|ing)?\s+(?:through\s+)?the\s+$", I)
BASE_BEFORE = re.compile(r"\bbase(?:\s+(?:number|value|year|period|figure|point))?\s+(?:of\s+)?$", I)
# an index's base, 100 (or 1,000) set equal to a year's level: "2015 = 100", "sets the level of 2013 at 100",
# "with 2010 as the base year, at a value of 100"
INDEX_BASE_BEFORE = re.compile(r"(?:\b(?:19|20)\d\d\s*=\s*|\b(?:19|20)\d\d\s+(?:at|as|equals?|equal\s+to)\s+|"
                               r"\bbase\s+(?:year|period)\b[^.;\d]{0,40}?\b(?:of|at|as)\s+)$", I)
# the ends of a scale a gauge is read on: "on a scale of 0 to 100", "a scale from 1 to 10"
SCALE_DEF_BEFORE = re.compile(r"\bscale\s+(?:of|from)\s+(?:(?:\d+|zero|one)\s+to\s+)?$", I)
_SCALE_DEF_ENDS = ("of", "from", "to")
_BASE_OR_SCALE_ENDS = ("base", "number", "value", "year", "period", "figure", "point", "of", "from", "to", "based at")
# a bound that defines what a reading means: "readings above 50 indicate expansion"
SIGNAL_AFTER = _Caseless(r"^\s+(?:indicates?|signals?|signifies|means|denotes|suggests|points\s+to|represents)\s+"
                         r"(?:an?\s+)?(?:expansion|contraction|growth|improvement|decline|deterioration|optimism|"
                         r"pessimism|a\s+boom|a\s+recession)\b")
# words each match of THRESHOLD_BEFORE and SUBJECT_THRESHOLD_BEFORE spells out (one of), for _may_mention
_BOUND_WORDS = ("over", "above", "exceeding", "more than", "at least", "under", "below", "less than", "worth",
                "fewer than")
# THRESHOLD_BEFORE and SUBJECT_THRESHOLD_BEFORE end (less white space) with one of these (for _end_may_be): most
# numbers follow none, and the test spares both searches
_THRESHOLD_ENDS = ("over", "than", "above", "least", "under", "below", "exceeding")
# a bound on what each member of a class of people, firms or projects has, in a noun phrase whose clause goes on
# to a verb of eligibility or obligation: "households earning less than 3,000 yuan a month qualify", "projects
# worth over 100 million yuan get priority", "enterprises whose sales exceed 5 billion yuan are required to ..."
ELIGIBLE_NP_BEFORE = re.compile(
    r"\b[a-z]{3,}s\s+(?:[\w-]+\s+){0,2}?(?:(?:earning|making|generating|employing|having|with|worth|valued(?:\s+at)?)\s+|"
    r"whose\s+(?:[\w-]+\s+){1,3}?|that\s+(?:earn|make|employ|have|generate)\s+)(?:[\w-]+\s+){0,2}?"
    r"(?:over|above|exceeding|exceeds?|more\s+than|at\s+least|no\s+less\s+than|under|below|less\s+than|"
    r"fewer\s+than)\s+$", I)
ELIGIBILITY_AFTER = re.compile(
    r"^[^,.;:]{0,60}?\b(?:qualify|qualifies|(?:is|are)\s+(?:also\s+)?(?:eligible|entitled|exempt|required|obliged|"
    r"obligated)|(?:can|may|must|shall|will)\s+(?:also\s+)?(?:apply|receive|get|enjoy|qualify|be\s+(?:eligible|"
    r"entitled|exempt|required|granted|given|awarded))|must|(?:get|gets|receive|receives|are\s+given|enjoy|"
    r"enjoys)\s+(?:[a-z]+\s+)?(?:priority|preferential|subsid\w+|aid|support|benefits?|allowances?|grants?|"
    r"rebates?|exemptions?|tax\s+breaks)|(?:are|is)\s+(?:counted|classed|classified|defined|regarded|considered)\s+as|"
    r"count\s+as|need\s+to|have\s+to|has\s+to)\b", I)
_ELIGIBLE_ENDS = ("over", "than", "above", "least", "under", "below", "exceeding", "exceed", "exceeds")
_ELIGIBLE_WORDS = ("qualif", "eligible", "entitled", "exempt", "required", "oblig", "apply", "receive", "get",
                   "enjoy", "must", "need to", "have to", "has to", "priority", "given", "counted", "class",
                   "defined", "regarded", "considered", "count as")  # (one of them in each match)
_MILESTONE_WORDS = ("first", "only", "break")  # the same for MILESTONE_BEFORE
_MILESTONE_VERBS = ("surpass", "exceed", "top", "break", "cross", "pass", "reach", "hit")


def _may_end_milestone(end: Optional[str]) -> bool:
    """False only if MILESTONE_BEFORE cannot match a text whose ``_lowered_end`` is ``end``: every match ends
    with white space after "the", "through" or one of its verbs (with any word ending)."""
    if end is None:
        return True
    words = end.rsplit(None, 1)
    if len(words) < 2:
        return True  # the last word may have begun before these 16 characters
    return words[1] in ("the", "through") or words[1].startswith(_MILESTONE_VERBS)
_DEFINITION_WORDS = ("defined as", "refers to", "the term", "describes a", "is a term")
DEFINITION = re.compile(r"\b(?:is defined as|are defined as|refers to|the term\b|describes a|is a term)", I)
AGE_BEFORE = re.compile(r"\b(?:aged|age of|ages of)\s+$", I)
# people bounded by age: "residents over 60", "those under 35"
AGE_GROUP_BEFORE = re.compile(r"\b(?:people|residents|citizens|seniors|persons|adults|children|those|men|women|"
                              r"population|youths?)\s+(?:aged\s+)?$", I)
WHO_IS_BEFORE = re.compile(r"\bwho\s+(?:is|was|turned|turns)\s+$", I)
AGE_AFTER = re.compile(r"^(?:\s*-?\s*years?[-\s]old\b|-year-old)", I)
# "bringing the total to seven": the number is the value of a named total, so it needs no noun after it
TOTAL_BEFORE = re.compile(r"\b(?:total|tally|number|count|headcount)\s+(?:to|of|at|is|was|stands\s+at|stood\s+at|"
                          r"reached|rose\s+to|reaches)\s+$", I)
# "rose from six to nine": the to-value of a change of level needs no noun after it (the from-value has its noun or
# shares the sentence's): "grew from six firms to nine", "from six in 2019 to nine"
FROM_TO_BEFORE = re.compile(r"\bfrom\s+(?:" + NUMERAL + r"|" + WORD_NUMBER + r")(?:\s+[a-z][\w-]*){0,2}?"
                            r"(?:\s+in\s+(?:19|20)\d\d)?\s+to\s+(?:just\s+|only\s+|about\s+|around\s+|roughly\s+|nearly\s+|"
                            r"fewer\s+than\s+|less\s+than\s+|under\s+|more\s+than\s+|over\s+)?$", I)
# a bare integer right after a one-word label and its colon is a field of the page or a listing, not a figure
# reported in prose: "Views: 6123", "(SHA: 600519)", "ID: 30481" (not when a noun follows: "The tally: 300 firms")
LABEL_COLON_BEFORE = re.compile(r"(?:^|[\s(\[|])[A-Za-z]+\s?[:\uff1a] $")
# ... and a page's counter of its readers: "6123 views", "845 reads"
COUNTER_AFTER = re.compile(r" (?:views|reads|clicks|hits|pageviews|page\s+views)\b", I)
_COUNTER_FIRST = frozenset("vrchpVRCHP")  # the first letters of its words, tested before the pattern runs
# an exchange suffix right after the digits of a code: "(8869.HK)", "300750.SZ", "688981.SH"
TICKER_AFTER = re.compile(r"\.(?:HK|SZ|SH|SS|BJ|KS|KQ|TW|SI|US|N|O|T|L)\b")
# (one "as" only: not "listed as many as 3000 firms")
LISTED_AS_BEFORE = re.compile(r"\b(?:list(?:ed|s|ing)|trad(?:es|ed|ing)|quoted)\b(?:(?!\bas\b)[^.;,\d]){0,40}?\b(?:as|under)\s+"
                              r"(?:the\s+)?$", I)
_LISTED_AS_ENDS = ("as", "under", "the")
# tonnage set hyphenated before a ship, berth or port work names the class of ship it serves, not an amount:
# "a 400,000-ton ore terminal", "two 300,000-ton berths", "10,000-ton vessels" (not "a 400,000-ton annual capacity")
VESSEL_CLASS_AFTER = re.compile(r"\s+(?:(?!(?:annual|capacity|handling|throughput|output|production|per|a|of)\b)[a-z-]+\s+){0,2}?"
                                r"(?:berths?|terminals?|docks?|wharfs?|wharves|piers?|vessels?|ships?|carriers?|"
                                r"tankers?|freighters?|barges?|cruisers?|channels?|waterways?|fairways?|shipways?|"
                                r"slipways?)\b", I)
SUSPENDED_HYPHEN = re.compile(r"-\s+(?:to|or|and)\s+(?:\d|[a-z]+-)", I)
APPOSITIVE_BEFORE = re.compile(r"[A-Z][a-z]+,\s*$")
# a person's full name (two capitalised words) set off by a comma: a bare number after it that closes the clause is
# an age
FULL_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+,\s*$")
CLAUSE_END_AFTER = re.compile(r"\s*(?:[.;)]|$)")
# the set a part or a rank is taken from: "one of Beijing's three science cities", "two of the firm's five
# plants", "among Hebei's 11 prefecture-level cities", "Of the 16 districts, ..."
_DETERMINER = r"(?:the|its|their|these|those|our|his|her)"
_POSSESSIVE = r"[\w-]+(?:'s|’s|s'|s’)"
SET_OF_PART_BEFORE = re.compile(
    r"(?:\b(?:one|each|any|none|either|neither|some|many|most|several|few|two|three|four|five|six|seven|eight|nine|"
    r"ten|\d+)\s+of|\bamong|^\s*of)\s+(?:" + _DETERMINER + r"\s+(?:" + _POSSESSIVE + r"\s+)?|" + _POSSESSIVE
    + r"\s+|(?<=among\s))$", I)
# (a determiner or a possessive must follow "of", so a bare "of" ends no match) ... but for a single member, the set's
# size is no figure either: "one of nine districts", "One of 12 firms chosen"
ONE_OF_BEFORE = re.compile(r"\bone\s+of\s+$", I)
_SET_OF_PART_ENDS = ("among", "the", "its", "their", "these", "those", "our", "his", "her", "'s", "’s", "s'", "s’")


def _may_be_set_of_part(w: str) -> bool:
    """False only if SET_OF_PART_BEFORE cannot match a text that ends with ``w`` (its last 45 characters): every
    match spells out "of " or "among" there."""
    return "of " in w or "mong" in w or "Of " in w or "OF " in w or "MONG" in w
STRUCTURE_AFTER = _Caseless(r"^\s+(?:[\w-]+\s+)?(?:sub-?ind(?:ices|exes)|ind(?:ices|exes)|categories|tiers|clauses|"
                            r"chapters|sections|aspects|dimensions|pillars|indicators|sub-index\b)")
# every STRUCTURE_AFTER match spells out one of these ("ind": indices, indexes, sub-index, indicators)
_STRUCTURE_WORDS = ("ind", "categories", "tiers", "clauses", "chapters", "sections", "aspects", "dimensions", "pillars")
# the make-up of a whole: "spread across four zones", "made up of Shanghai and three provinces"
COMPOSITION_BEFORE = re.compile(r"\b(?:spread\s+(?:across|over)|divided\s+(?:in)?to|split\s+into|organi[sz]ed\s+into|"
                                r"grouped\s+into|consist(?:s|ed|ing)?\s+of|compris(?:es|ed|ing)|made\s+up\s+of|"
                                r"composed\s+of)\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*(?:,|and)\s+)*$")
# COMPOSITION_BEFORE ends (less white space, lower-cased) with one of these: its verbs' last words, or the "," or
# "and" after a listed name (for _end_may_be)
_COMPOSITION_ENDS = ("across", "over", "to", "of", "es", "ed", "ing", ",", "and")
# a listicle's own headline: "Five things to know about the grid"
LISTICLE_AFTER = _Caseless(r"^\s+(?:things|facts|reasons|ways|takeaways|questions|lessons|tips|highlights|moments|"
                           r"numbers)\s+(?:to|you|about|that|from|on|behind|for)\b")
_ENUM_AFTER = re.compile(r"^\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*(?:,|:|--|—)\s*"
                         r"((?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)(?:\s*,\s*(?:and\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
                         r"|\s+and\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))+)\s*(?:[.;,)]|$)")


def _names_its_parts(tail: str, n: float) -> bool:
    """ "The port has two port areas, Jingtang and Caofeidian": the count is followed by the names of exactly
    that many parts, so it describes how the thing is made up."""
    if not 2 <= n <= 12:
        return False
    m = _ENUM_AFTER.match(tail)
    if not m:
        return False
    items = [x for x in _ITEM_SEP.split(m.group(1)) if x]
    return len(items) == int(n)


# units of measure FIGURES.md does not have (and that no SUFFIX_UNITS entry converts): a number in one is not a
# count ("28 nm chips", "20,000 liters", "38 micrograms per cubic meter", "speeds of 350 km/h")
_OUTSIDE_UNITS = ("nanometers", "nanometres", "nanometer", "nanometre", "nm", "millimeters", "millimetres", "millimeter",
                  "millimetre", "mm", "centimeters", "centimetres", "centimeter", "centimetre", "cm", "microns",
                  "micron", "micrograms", "microgram", "milligrams", "milligram", "mg", "\u00b5g", "kilograms",
                  "kilogram", "kg", "grams", "gram", "lbs", "ounces", "gigabytes", "gigabyte", "terabytes", "terabyte",
                  "megabytes", "megabyte", "petabytes", "gb", "tb", "ghz", "mhz", "gbps", "mbps", "degrees", "degree",
                  "liters", "litres", "liter", "litre", "cubic", "gallons", "barrels", "mph", "km/h", "kph", "knots",
                  "decibels", "feet", "foot", "ft", "inches", "inch", "miles", "mile", "acres", "acre", "carats",
                  "kcal", "calories", "volts", "kv", "megapixels", "pixels", "qubits", "teraflops", "petaflops",
                  "square feet", "square foot", "square miles", "square mile", "sq ft", "sq. ft", "sqft",
                  # dollars of other countries (FIGURES.md has only US and Hong Kong dollars)
                  "singapore dollars", "australian dollars", "canadian dollars", "taiwan dollars", "new taiwan dollars",
                  "new zealand dollars")
OUTSIDE_UNIT_AFTER = _Caseless(r"^\s*-?\s*(?:(?:" + "|".join(re.escape(u) for u in _OUTSIDE_UNITS) + r")(?![\w/])|"
                               r"\u00b0|\u2103)")
_OUTSIDE_UNIT_FIRST_WORDS = frozenset(u.split()[0] for u in _OUTSIDE_UNITS)


# the first three characters the text after such a number can start with: of a longer unit word, or of a short one
# and the character after it (the first two letters would let "people" and "deals" through)
_OUTSIDE_UNIT_STARTS = frozenset(u[:3] for u in _OUTSIDE_UNITS if len(u) >= 3) | frozenset(
    u + c for u in _OUTSIDE_UNITS if len(u) == 2 for c in " .,;:)\n\t")
_OUTSIDE_UNIT_ODD_FIRST = ("-", "\u00b0", "\u2103")  # a hyphen before the unit word, or a degree sign


def _may_be_outside_unit(rest: Optional[str]) -> bool:
    """False only if OUTSIDE_UNIT_AFTER cannot match after a number whose lower-cased tail, less leading white
    space, is ``rest`` (None: not known): the next word (after any hyphen, less the punctuation after it) must be
    the first word of one of _OUTSIDE_UNITS, or open with a degree sign.  Its first three characters rule most words
    out before it is cut out."""
    if rest is None:
        return True
    if rest[:1] == "-":
        rest = rest[1:].lstrip()
    if rest[:3] not in _OUTSIDE_UNIT_STARTS and rest not in _OUTSIDE_UNITS:  # (a short unit may end the text)
        return rest[:1] in ("\u00b0", "\u2103")
    words = rest[:16].split(None, 1)
    return bool(words) and words[0].rstrip(".,;:)") in _OUTSIDE_UNIT_FIRST_WORDS


ADDRESS_AFTER = re.compile(r"^\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Street|Road|Avenue|Lane|Boulevard|Alley|Hutong|Rd|St|Ave|"
                           r"Blvd)\b")
ANAPHOR_BEFORE = re.compile(r"\b(?:the|all|these|those|both|its|their|his|her|our|every|each|any|other|first|"
                            r"last|which|whose)\s+$", I)
# "top" and "last" after "to" or a modal are verbs ("is likely to top 3 billion yuan", "the forum will last two
# days"), not a rank or an anaphor
VERB_TOP_LAST_BEFORE = re.compile(r"\b(?:to|will|would|could|can|may|might|should|must)\s+(?:top|last)\s+$", I)


def _verb_top_last(pre: str, end: Optional[str]) -> bool:
    """``pre`` (whose ``_lowered_end`` is ``end``) ends with "top" or "last" used as a verb."""
    return (end is None or end.endswith(("top", "last"))) and \
        VERB_TOP_LAST_BEFORE.search(pre, max(0, len(pre.rstrip()) - 20)) is not None
_ANAPHOR_ENDS = ("the", "all", "these", "those", "both", "its", "their", "his", "her", "our", "every", "each", "any",
                 "other", "first", "last", "which", "whose")  # its words, for _may_end_with
# where a capitalised number word starts a clause rather than a name: after a dateline dash, a colon, a quote
CLAUSE_START = re.compile(r"(?:^|[\"“‘(]\s*|--\s*|[—–]\s*|:\s*)$")
ONE_OK_BEFORE = re.compile(r"\b(?:only|just|a total of|totall?ing|merely)\s+$", I)
WORD_NOUN_AFTER = re.compile(r"^\s+[A-Za-z0-9]")
OF_AFTER = re.compile(r"^\s+of\b", I)
PAGINATION = re.compile(r"^\s{1,3}\d{1,3}\b(?![.,]\d)")
PAGINATION_BEFORE = re.compile(r"(?:\b\d{1,3}|Previous|Prev|<|«)\s{1,3}$")


def _may_end_pagination(b: str) -> bool:
    """False only if PAGINATION_BEFORE cannot match ``b``: its last character other than white space must be a
    digit, the end of "Previous"/"Prev", "<" or "«"."""
    c = b.rstrip()[-1:]
    return c.isdecimal() or c in ("s", "v", "<", "«")
TIME_FRACTION_BEFORE = re.compile(r"\b(?:first|second|third|fourth|last|past|next|latter|former|previous|"
                                  r"final|coming|recent|the|a)\s+$", I)
TIME_FRACTION_AFTER = re.compile(r"^\s*(?:an?\s+(?:hour|day|year|month|century|decade)|"
                                 r"of\s+(?:the\s+|this\s+|last\s+|next\s+|that\s+)?(?:year|month|decade|century|20\d\d|19\d\d)|"
                                 r"-?year|-?time|-?day|-?hour|-?way)\b", I)
FRAC_QUAL_BEFORE = re.compile(r"\b(?:more than|over|about|nearly|almost|roughly|around|less than|some|close to|"
                              r"approximately|at least|exactly|just|only|well over|under)\s+$", I)
# a duration that is itself the measured thing: "journey times to just 41 minutes", "a 15-20 year lifespan"
DURATION_AFTER = re.compile(r"^(?:'s|’s|s'|s’)?\s*(?:lifespan|life span|lifetime|life|term|tenure|journey|drive|ride|"
                            r"trip|flight|commute|walk|lease|loan|maturity|duration|wait)\b", I)
DURATION_BEFORE = _Caseless(r"(?:\b(?:journey|travel|commut\w*|trip|ride|drive|flight|waiting|approval|processing|"
                             r"delivery|turnaround|response|review|registration|lead|construction)\s+(?:times?|periods?)\b"
                             r"[^.;]{0,60}"
                             # "the time needed for a permit from 45 days": the time a thing takes
                             r"|\btimes?\s+(?:needed|required|taken|it\s+takes)\b[^.;]{0,60}"
                             # "was cut from 48 hours to eight hours": both ends of a shortened or lengthened time
                             r"|\b(?:cut|cuts|cutting|reduc\w*|shorten\w*|trim\w*|slash\w*|lower\w*|extend\w*|"
                             r"lengthen\w*)\b[^.;]{0,60}?\bfrom\s+(?:[^.;]{1,60}?\bto\s+)?"
                             r"|\b(?:takes?|took|taking|cut\w*\s+to|reduced?\s+to|shortened?\s+to|down\s+to|lasts?|"
                             r"lasted|lasting|lifespan\s+of|term\s+of)\s+(?:only\s+|just\s+)?)"
                             r"(?:about\s+|around\s+|nearly\s+|less than\s+|up to\s+|within\s+|an\s+average\s+of\s+|"
                             r"on\s+average\s+)?$")
TIME_SPAN_AFTER = _Caseless(r"^\s*-?\s*(?:decades?|months?|weeks?|centuries|century|seasons?|quarters?|"
                            r"fortnights?|semesters?)\b")
MONEY_BEFORE = re.compile(r"\b(?:invest(?:ed|s|ing)?|investment\s+of|worth|valued\s+at|spent|spends?|spending\s+of|"
                          r"raised?|raising|budget\s+of|costs?|costing|earned|earns?|loans?\s+of)\s+"
                          r"(?:a\s+total\s+of\s+|of\s+|at\s+)?$", I)
WITHIN_BEFORE = re.compile(r"\bwithin\s+$", I)
FROM_PLACE_AFTER = re.compile(r"\s*(?:away\s+)?from\s+(?:the\s+)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
                              r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                              r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)[A-Z]")
HALF_DURATION_AFTER = re.compile(r"^\s+an?\s+(hour|day|year|minute)\b", I)
TRAVEL = re.compile(r"\b(?:drive|driving|ride|travel\w*|commut\w*|journey|trip|flight|by\s+(?:car|train|rail|bus|air)|"
                    r"high-speed|reach(?:ed|es)?|away|railway|trains?|intercity|subway|metro|ferry|ferries|buses|flights?|"
                    r"link(?:s|ed)?|connect\w*)\b", I)
_INDEX_WORDS = ("ind", "gauge", "reading", "score", "pmi", "cpi")
INDEX_WORDS = re.compile(r"\b(?:ind(?:ex|ices|exes)|sub-ind(?:ex|ices)|gauges?|readings?|scores?|PMI|CPI)\b", I)
NO_NOUN_AFTER = re.compile(r"^(?:\s*$|\s*[,.;:)(]|\s+(?:in|and|or|to|from|last|this|by|at|on|for|with|during|"
                           r"respectively|separately|compared|year|a|an|the|points?|as|while|which|after|before|"
                           r"than)\b)", I)


# last words of the end-anchored patterns above, for _may_end_with
_RANK_ENDS = ("top", "first", "last", "past", "next", "previous", "following", "recent", "latest", "coming", "final",
              "initial")
# (whole phrases where the pattern spells them with one literal space, "out of", "age of": a bare "of" ends one
# number's window in ten, and each would cost a search of the whole window)
_DENOMINATOR_ENDS = ("per", "every", "each", "out of")
_AGE_ENDS = ("aged", "age of", "ages of")
_BASE_ENDS = ("base", "number", "value", "year", "period", "figure", "point", "of")
# patterns used inline by the rules below, compiled once
_YEAR_DASH_BEFORE = re.compile(r"\b(?:19|20)\d\d\s?[-–/]\s?$")
_OF_TIME_AFTER = re.compile(r"^\s+of\s+(?:an?\s+)?(?:hour|day|year|month)", I)
_MORE_LESS_AFTER = re.compile(r"^\s*(?:more|less)\b", I)
_MORE_LESS_THAN_AFTER = re.compile(r"^\s*(?:more|less)\s+than\b", I)
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|or\s+|,?\s*as well as\s+)", I)
_ITEM_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


WINDOW = 160  # characters of context looked at on each side of a number: keeps every scan linear


def _before(text: str, i: int, n: int = WINDOW) -> str:
    return text[max(0, i - n):i]


def _after(text: str, i: int, n: int = WINDOW) -> str:
    return text[i:i + n]


def _scan(text: str, low: Optional[str], sent: Optional[dict] = None) -> list[_Atom]:
    """The atoms of the sentence ``text`` (``low``: its ``_lowered`` form).  ``sent``: the sentence's facts (at
    least {"low": low}), which the rules fill in as they ask (see _sentence_mentions) and find_quantities reads on."""
    if sent is None:
        sent = {"low": low}
    atoms: list[_Atom] = []
    definition = quotes = None  # facts of the sentence, looked up for its first number that needs them
    scale_at = post_q_at = None  # SCALE_AFTER and POST_QUALIFIER matchers of this sentence, made for its first number
    skip_to = 0  # end of a "half a" number, which holds the candidate "a million" that must not be read again
    and_half = None  # the sentence spells "and a half" (worked out for its first number)
    for s, e, m in _candidate_spans(text, low):
        if s < skip_to:
            continue
        if m is None or m.group("num"):
            raw = text[s:e]
            value = parse_numeral(raw)
            form = "num"
        elif m.group("frac") and not (m.group("fden").lower() == "half" and not m.group("fnum")
                                      and (half_a := _half_a_number(text, e, low))):
            before, after = _before(text, s), _after(text, e)
            den = m.group("fden")
            num = m.group("fnum")
            if not num and den.lower() not in ("half",):
                continue  # "the third", "a quarter" needs "a"/"one"
            if num and num.lower() in ("a", "an") and den.lower() in ("half",):
                continue  # "a half", "one and a half"
            v = fraction_value(num, den)
            if den.lower() in ("thirds", "quarters", "fifths", "tenths") and not num:
                continue
            a = _Atom(s, e, s, e, v, "percent", "frac")
            hm = HALF_DURATION_AFTER.match(after) if den.lower() == "half" and not num else None
            if hm:  # "half an hour" = 0.5 hour
                a = _Atom(s, e + hm.end(), s, e, 0.5, hm.group(1).lower(), "num")
                if not _duration_measured(text, a, _after(text, a.end)):
                    a.why_not = "duration placing the statement in time"
                atoms.append(a)
                continue
            bq = FRAC_QUAL_BEFORE.search(before)
            if TIME_FRACTION_AFTER.match(after) or (TIME_FRACTION_BEFORE.search(before) and not num):
                a.why_not = "time"
            elif not (OF_AFTER.match(after) or bq or _by_after_change_verb(before)):
                a.why_not = "fraction without of"  # (but "profits fell by a third" is a change of 33.33 percent)
            elif _OF_TIME_AFTER.match(after):
                a.why_not = "time"
            atoms.append(a)
            continue
        elif m.group("mult"):
            w = m.group("mult").lower().replace("-", "")
            if w == "halved":  # "profits halved": a fall of 50 percent
                atoms.append(_Atom(s, e, s, e, 50.0, "percent", "mult"))
                continue
            v = MULTIPLE_WORDS.get(w) or COMPARATIVE_MULTIPLES.get(w) or parse_words(w.replace("fold", ""))
            atoms.append(_Atom(s, e, s, e, float(v), "times", "mult"))
            continue
        elif m.group("frac"):  # "half a million people", "half a percentage point": the number 0.5
            e = skip_to = half_a[0]
            raw, value, form = text[s:e], half_a[1], "word"
        else:
            raw = m.group("word")
            w = parse_words(raw)
            if w is None:
                continue
            value, form = w, "word"
        a = _Atom(s, e, s, e, value, None, form)
        pos = e
        if and_half is None:
            and_half = low is not None and "and a half" in low
        if and_half and (hm := AND_A_HALF.match(text, pos)):
            value += 0.5  # "two and a half years", "one and a half hours"
            a.value, pos = value, hm.end()
        if scale_at is None:
            scale_at, post_q_at = SCALE_AFTER.matcher(text, low), POST_QUALIFIER.matcher(text, low)
        sm = scale_at(pos)
        if sm:
            a.scale = SCALE[vocab_key(sm.group(1))]
            a.value = value * a.scale
            a.scaled = True
            pos = sm.end()
        pu = prefix_unit(text[max(0, s - 8):s])
        if pu:
            a.unit = pu[0]
            a.start = s - pu[1]
        su = suffix_unit(text, pos, low)
        if su and su[0] == "m" and not pu and not a.scaled and su[1] == pos + 1 and MILLION_M_AFTER.match(text, su[1]):
            # "5m visitors", "50m yuan" (British usage): "m" set close before a plural noun or a currency is a million
            a.value *= 1e6
            a.scaled, a.scale, pos = True, 1e6, su[1]
            su = suffix_unit(text, pos, low)
            if not (su and su[0] in CURRENCIES):
                su = None
        if su and not (pu and su[0] not in CURRENCIES and su[0] != "m"):
            if pu and su[0] == "m" and not a.scaled:
                a.value *= 1e6  # "$5m"
                a.scaled, pos = True, su[1]
            elif pu and su[0] in CURRENCIES:
                pos = su[1]  # "$5 billion USD": the sign before wins
            elif not pu:
                a.unit = su[0]
                if a.unit in CONVERTED_UNITS:  # "cut by 25 basis points": 0.25 percentage point
                    a.unit, factor = CONVERTED_UNITS[a.unit]
                    a.value *= factor
                pos = su[1]
        a.end = pos
        pq = post_q_at(pos)
        if pq:
            a.post_q = ("ge" if pq.group("ge") else "le" if pq.group("le") else "approx" if pq.group("approx")
                        else "gt")
            a.end = pq.end()
        if form == "num" and len(raw) == 4 and YEAR.match(raw) and not (a.scaled or a.unit):
            a.year = True
            a.why_not = "year"
        else:
            if definition is None:
                definition = _may_mention(low, _DEFINITION_WORDS) and DEFINITION.search(text) is not None
                quotes = '"' in text or "\u201c" in text or "\u201d" in text  # the marks _in_short_quote looks for
            a.why_not = "definition" if definition else _not_a_figure(text, low, a, raw, quotes, sent)
        atoms.append(a)
    if low is not None and "an hour" in low:
        _an_hour_atoms(text, low, atoms)
    return atoms


# "an hour" as the measured thing: "the drive takes about an hour", "Xiong'an is an hour from Beijing by train",
# "cut the trip from three hours to an hour" (the word "an" opens no candidate before a unit: found apart, in a
# sentence that spells "an hour"); only after a word that sets a duration as a value, never in a rate ("350 km an
# hour", "twice an hour") or a name ("an hour-long show")
AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b(?=\s+[a-z])")
AND_A_HALF_END = re.compile(r"\s+and\s+a\s+half\b")
AN_HOUR = re.compile(r"\ban\s+hour\b(?![-\w])")
AN_HOUR_BEFORE = re.compile(r"(?:^|\b(?:takes?|took|taking|lasts?|lasted|about|around|roughly|approximately|nearly|"
                            r"almost|just|only|under|over|within|in|than|some|is|are|was|were|to|by|barely|mere)\s+|"
                            r"(?:'s|’s)\s+)$", I)
# after a bare "is"/"was" the hour is a distance in time only where a place or a trip follows: "Langfang is an hour
# from Beijing", "is an hour's drive", "is an hour away" (not "it was an hour before the train left")
AN_HOUR_BE_BEFORE = re.compile(r"\b(?:is|are|was|were)\s+$", I)
AN_HOUR_PLACE_AFTER = re.compile(r"(?:'s|’s|\s+(?:from|away|by|drive|ride|flight|train|journey|trip)\b)", I)


def _an_hour_atoms(text: str, low: str, atoms: list) -> None:
    """Adds to ``atoms`` (in text order) one atom of 1 hour for each "an hour" that a duration-setting word comes
    before and that no atom holds ("half an hour" does); its why_not as for any duration."""
    added = False
    for m in AN_HOUR.finditer(low):
        s = m.start()
        if any(b.start <= s < b.end for b in atoms) or not AN_HOUR_BEFORE.search(low, max(0, s - 20), s) or (
                AN_HOUR_BE_BEFORE.search(low, max(0, s - 8), s) and not AN_HOUR_PLACE_AFTER.match(low, m.end())):
            continue
        a = _Atom(s, m.end(), s, s + 2, 1.0, "hour", "word")
        if (hm := AND_A_HALF.match(text, m.end()) or AND_A_HALF_END.match(text, m.end())):
            a.value, a.end = 1.5, hm.end()  # "an hour and a half"
        if not _duration_measured(text, a, _after(text, a.end)):
            a.why_not = "duration placing the statement in time"
        atoms.append(a)
        added = True
    if added:
        atoms.sort(key=lambda b: b.start)


# what follows a million written "m": a currency, people, or a plural noun other than a length's
MILLION_M_AFTER = re.compile(r"\s+(?:yuan|renminbi|dollars|euros|pounds|people|(?!(?:steps|floors|stor(?:ey)?s|"
                             r"levels|lanes|tracks|across|towards|afterwards|besides|perhaps|always|thus|plus|versus|"
                             r"various|previous|this|its|has|was|is|as|us)\b)[a-z]*[a-rt-z]s)\b")
HALF_A = re.compile(r"\s+an?(?=\s)", I)
HALF_A_DOZEN = re.compile(r"\s+a\s+dozen\b", I)


def _half_a_number(text: str, e: int, low: Optional[str]) -> Optional[tuple[int, float]]:
    """(end, value) of a number "half a ..." whose "half" ends at ``e``: "half a dozen" (6), or the number 0.5 of a
    scale word or a unit read after it ("half a million", "half a percentage point"), ending after "a"; else None."""
    m = HALF_A_DOZEN.match(text, e)
    if m:
        return m.end(), 6.0
    m = HALF_A.match(text, e)
    if m and (SCALE_AFTER.match_lowered(text, low, m.end()) or suffix_unit(text, m.end(), low)):
        return m.end(), 0.5
    return None


def _by_after_change_verb(before: str) -> bool:
    """The text before a number ends with "by" after a change verb: "fell by", "were cut sharply by"."""
    return before.rstrip().endswith("by") and CHANGE_BY.search(before[-110:]) is not None


def _after_change_verb(pre: str) -> bool:
    """The text before a number ends with a change verb, with or without "by": "rose", "fell by"."""
    w = pre[-80:]
    return _by_after_change_verb(pre) or (w[-1:].isspace() and _may_be_change_before(lw := _lowered(w))
                                          and CHANGE_BEFORE.search_lowered(w, lw) is not None)


def _always(_endings) -> bool:
    return True


def _not_a_figure(text: str, low: Optional[str], a: _Atom, raw: str, quotes: bool, sent: dict) -> Optional[str]:
    """Why the number ``a`` is not a figure, or None.  ``low`` is the sentence's ``_lowered`` form; ``quotes``:
    the sentence has a quotation mark (else no number of it can sit in a quoted name); ``sent``: the sentence's
    facts, for the word pre-checks asked for every number (answered once a sentence)."""
    s, e = a.num_start, a.num_end
    # (the windows of _before and _after, sliced here directly: this runs for nearly every number)
    before, after = text[max(0, s - WINDOW):s], text[e:e + WINDOW]
    if a.end == e and after[:1] == "-" and SUSPENDED_HYPHEN.match(after):  # (cheap test of its first character)
        return None  # "one- to 1.5-hour": the lower bound of a range whose unit is written once, after the upper
    if a.unit == "USD" and a.start > 0 and text[a.start - 1].isalpha():
        return "unit outside the contract"  # a dollar of another country: "S$300 million", "NT$4 trillion", "A$12 billion"
    tail = text[a.end:a.end + WINDOW]
    b60 = before[-60:]
    first_after = after.lstrip()[:1]  # (for the pre-checks of TIME_OF_DAY and AGE_AFTER)
    if a.form == "num":
        if after[:1] in _ASCII_LETTERS and a.end == e:  # an ASCII letter right after the digits
            return "ordinal or name"  # 25th, 2,000nd, 6G, hex strings
        if after[:1] == "+" and after[1:2].isalnum() and a.end == e:
            return "name"  # the "1+3+N" model
        if after[:1] == "." and a.end == e and (TICKER_AFTER.match(after) or after[1:2].isdigit()):
            # a listing code with its exchange: "(8869.HK)", "300750.SZ"; a dotted date or version: "2021.06.16",
            # "16.06.2021", "v2.3.1" (a number has one decimal point)
            return "code"
        if not a.unit and not a.scaled and 4 <= len(raw) <= 6 and raw.isdigit() \
                and b60.rstrip().endswith(_LISTED_AS_ENDS) and LISTED_AS_BEFORE.search(b60):
            return "code"  # "listed in Shenzhen as 300750", "trades under 2597": the stock code a listing goes by
        if before[-1:] in _WORD_HYPHEN_LAST and not a.unit and _WORD_HYPHEN_BEFORE.search(before):
            return "name"  # COVID-19, A4, F-35
        if len(raw) == 2 and before.rstrip()[-1:] in ("-", "–", "/") and _YEAR_DASH_BEFORE.search(before):
            return "year"  # 2011-15
        if before.endswith((":", "/", "#")) or (first_after in _TIME_OF_DAY_FIRST and TIME_OF_DAY.match(after)):
            return "time or path"
        if not a.unit and not a.scaled and "," not in raw and "." not in raw and len(raw) >= 7:
            return "code or phone number"
        if not a.unit and not a.scaled and "," not in raw and "." not in raw and len(raw) >= 3 and (
                (before[-2:-1] in (":", "\uff1a") and LABEL_COLON_BEFORE.search(b60) and not WORD_NOUN_AFTER.match(after))
                or (after[:1] == " " and after[1:2] in _COUNTER_FIRST and COUNTER_AFTER.match(after))):
            return "page chrome or code"  # "Views: 6123", "(SHA: 600519)", "6123 reads"
        if not a.unit and not a.scaled and "," not in raw and (
                (_sentence_mentions(sent, "phone", _PHONE_WORDS) and PHONE_BEFORE.search(before[-20:]))
                or _phone_token(text, s, e)):
            return "phone"
        if not a.unit and value_is_day(raw) and (DATE_BEFORE.search(b60) or DATE_AFTER.match(after)):
            return "date"
        if not a.unit and not a.scaled and (PAGINATION.match(after) or (
                _may_end_pagination(b60) and PAGINATION_BEFORE.search(b60))):
            return "pagination"
        if _name_before(b60):
            return "name"
        if raw.startswith("0") and len(raw) > 1 and "." not in raw:
            return "code"
    else:  # number words
        if raw[0].isupper() and s > 0 and not CLAUSE_START.search(before):
            return "name"  # "Three Gorges", "Five-Year Plan"
        word = raw.lower()
        if word in ("a", "an") and not a.scaled:
            return "article"
        if word == "one" and not (a.scaled or a.unit or ONE_OK_BEFORE.search(b60)):
            return "pronoun one"
        if not a.scaled and _may_end_with(b60, _ANAPHOR_ENDS) and ANAPHOR_BEFORE.search(b60) \
                and not _verb_top_last(b60, _lowered_end(b60)):
            return "anaphor"
        if not a.unit and not a.scaled and not WORD_NOUN_AFTER.match(tail) and not TOTAL_BEFORE.search(b60) \
                and not FROM_TO_BEFORE.search(b60):
            return "no noun"
        if OF_AFTER.match(tail) and word == "one":
            return "one of"
    if tail[:1] == "-" and _HYPHEN_WORD_AFTER.match(tail) and not tail.startswith(("-strong", "-Strong")):
        # (but "a 1,000-strong workforce" is the size of a group, its headcount, like "a workforce of 1,000")
        return "describes a thing"  # a 14-clause plan, three-tier, 100-billion-yuan-class
    # lower-cased once for the _Caseless patterns read after the number: cut from the lower-cased sentence (the same
    # text, but for a Greek final sigma, which these patterns read as any letter)
    ltail = _lowered(tail) if low is None else low[a.end:a.end + WINDOW]
    # the first letter of the word after the number (past white space, and for TIME_SPAN_AFTER one hyphen): each
    # _AFTER pattern below that opens with a word needs it to be the first letter of one of its words, so a
    # number followed by none of them is told apart without running the pattern (unknown: every pattern runs)
    if ltail is None:
        nxt = nxt_span = rest = None
    else:
        rest = ltail.lstrip()
        nxt = rest[:1]
        nxt_span = rest[1:].lstrip()[:1] if nxt == "-" else nxt
    if not a.unit and _may_open(nxt_span, _TIME_SPAN_FIRST) and TIME_SPAN_AFTER.match_lowered(tail, ltail):
        return "span of time"
    if a.form == "num" and a.value == 0 and not a.unit:
        return "zero"
    if not a.unit:
        # (the first three characters of the next word rule out most numbers before a call)
        if (rest is None or rest[:3] in _OUTSIDE_UNIT_STARTS or rest[:1] in _OUTSIDE_UNIT_ODD_FIRST or len(rest) < 3) \
                and _may_be_outside_unit(rest) and OUTSIDE_UNIT_AFTER.match_lowered(tail, ltail):
            return "unit outside the contract"  # "28 nm chips", "20,000 liters", "38 micrograms per cubic meter"
        if tail[1:2].isupper() and tail[:1] == " " and a.form == "num" and ADDRESS_AFTER.match(tail):
            return "address"  # "based at 5 Danling Street"
    if quotes and _in_short_quote(text, a):
        return "name in quotes"  # a "1+N" policy system, "one-hour commuting circles"
    if a.unit == "t" and text.startswith("-", e) and tail[:1] == " " and VESSEL_CLASS_AFTER.match(tail):
        return "describes a thing"  # "a 400,000-ton ore terminal", "two 300,000-ton berths": the class of ship served
    if a.unit in DURATIONS and not _duration_measured(text, a, tail):
        return "duration placing the statement in time"
    pre = text[max(0, a.start - WINDOW):a.start]
    pre_end = _lowered_end(pre)
    # _end_may_be(pre_end, endings) as one method call (it runs many times here)
    ends = pre_end.endswith if pre_end is not None else _always
    if a.qual is None and not _may_end_with_qualifier(pre_end):
        # no qualifier phrase ends the text before the number, so none ends its last 40 characters, all that
        # _qualifier_of reads (their lowered end is a suffix of this one): most numbers, told apart without it
        a.qual = ("exact", a.start)
        pre_q = pre  # (what _without_qualifier gives for an exact number)
    else:
        pre_q = _without_qualifier(text, pre, a)
    if (ends(_AGE_ENDS) and AGE_BEFORE.search(pre)) or (first_after in _AGE_AFTER_FIRST and AGE_AFTER.match(after)) or (
            pre_q is not pre and pre_q.rstrip().endswith(("aged", "age of", "ages of")) and AGE_BEFORE.search(pre_q)):
        return "age"  # (the last: "aged over 60")
    if not a.unit and not a.scaled and a.value < 130 and (
            (pre_q is not pre and AGE_GROUP_BEFORE.search(pre_q[-40:]))
            or (tail.lstrip()[:1] in (",", ".", ")") and ends(("is", "was", "turned", "turns")) and WHO_IS_BEFORE.search(pre[-20:]))):
        return "age"  # "residents over 60", "Chen, who is 52, runs the lab"
    # (APPOSITIVE_BEFORE ends with a comma and white space: the window must end with "," less white space)
    if not a.unit and not a.scaled and a.value < 130 and ends(",") and APPOSITIVE_BEFORE.search(pre) and (
            tail.lstrip().startswith(",") or (CLAUSE_END_AFTER.match(tail) and FULL_NAME_BEFORE.search(pre[-60:]))):
        return "age"  # "Zhang Wei, 45, said", "said chairman Kenneth Lau, 58."
    if ends(_SET_OF_PART_ENDS) and _may_be_set_of_part(pre[-45:]) and SET_OF_PART_BEFORE.search(pre[-60:]):
        return "set a part is taken from"
    if not a.unit and ends("one of") and ONE_OF_BEFORE.search(pre[-20:]):
        return "set a part is taken from"  # "Haidian is one of nine districts that ...": places the one, counts nothing
    pre_q_end = pre_end if pre_q is pre else _lowered_end(pre_q)
    if _end_may_be(pre_q_end, _RANK_ENDS) and RANK_BEFORE.search(pre_q) and not _verb_top_last(pre_q, pre_q_end):
        return "rank or period"
    if ends(_DENOMINATOR_ENDS) and DENOMINATOR_BEFORE.search(pre):
        return "denominator"
    if ends(_THRESHOLD_ENDS) and _sentence_mentions(sent, "bound", _BOUND_WORDS) and (THRESHOLD_BEFORE.search(pre[-80:]) or (
            PREDICATE_AFTER.match(tail) and SUBJECT_THRESHOLD_BEFORE.search(pre[-80:])) or _class_bound(pre[-120:], tail)):
        return "threshold"
    if ends(_THRESHOLD_ENDS) and " of " in pre[-100:] and PARTITIVE_CLASS_BEFORE.search(pre[-100:]):
        return "threshold"  # "nine of them with annual revenue of more than 1 billion yuan"
    if ends(("of", "is", "are", "at")) and (" with " in pre[-110:] or " whose " in pre[-110:]) and \
            (BOUND_AFTER.match(tail) or BOUND_END.search(text, a.start, a.end)) and CLASS_OF_BEFORE.search(pre[-110:]):
        return "threshold"  # "those with annual main business revenue of 20 million yuan or more"
    if ends(_ELIGIBLE_ENDS) and _sentence_mentions(sent, "eligible", _ELIGIBLE_WORDS) and ELIGIBILITY_AFTER.match(tail) \
            and (em := ELIGIBLE_NP_BEFORE.search(pre, max(0, len(pre) - 100))) \
            and not COUNTED_BEFORE.search(pre, max(0, em.start() - 40), em.start()):
        # (not when the members are counted: "200 projects with investment of over 50 billion yuan must ..." is
        # their total)
        return "threshold"  # "households earning less than 3,000 yuan a month qualify for the subsidy"
    if (nxt is None or nxt in _SIGNAL_FIRST) and SIGNAL_AFTER.match_lowered(tail, ltail) \
            and _qualifier_of(text, a)[0] in ("gt", "ge", "lt", "le"):
        return "threshold"
    if _may_open(nxt, _SUPERLATIVE_FIRST) and (sm := SUPERLATIVE_AFTER.match_lowered(tail, ltail)) and (
            sm.group().lstrip().lower() not in ("top", "leading") or DEFINITE_BEFORE.search(pre_q[-40:])):
        # ("top" and "leading" rank only after a definite determiner: "the 10 leading firms", not "15 leading hospitals")
        return "class definition"
    if (_may_open(nxt, _MILESTONE_FIRST) and MILESTONE_AFTER.match_lowered(tail, ltail)) or (_sentence_mentions(sent, "milestone", _MILESTONE_WORDS) and (
            (_may_end_milestone(pre_q_end) and MILESTONE_BEFORE.search(pre_q[-80:]))
            or (_may_end_milestone(pre_end) and MILESTONE_BEFORE.search(pre[-80:])))):
        return "milestone"
    if ends(_BASE_OR_SCALE_ENDS) and (
            (ends(_BASE_ENDS) and BASE_BEFORE.search(pre))
            or (ends(_SCALE_DEF_ENDS) and (low is None or "scale" in low) and SCALE_DEF_BEFORE.search(pre))
            or ends((" based at", ",based at"))):  # "the index, based at 100 in 2015, ..."
        return "definition of a base"
    if a.value in (100.0, 1000.0) and not a.unit and not a.scaled and INDEX_BASE_BEFORE.search(pre[-80:]):
        return "definition of a base"  # "(2015 = 100)", "sets the level of 2013 at 100"
    if not a.unit and ((_sentence_mentions(sent, "structure", _STRUCTURE_WORDS)
                        and STRUCTURE_AFTER.match_lowered(tail, ltail)) or (
                           ends(_COMPOSITION_ENDS) and COMPOSITION_BEFORE.search(pre[-80:]))
                       or (_may_open(nxt, _LISTICLE_FIRST) and LISTICLE_AFTER.match_lowered(tail, ltail))
                       or _names_its_parts(tail, a.value)):
        return "structure"
    return None


def _first_letters(pattern: _Caseless, words_at: int) -> frozenset[str]:
    """The first letters of the words of the alternation that opens ``pattern`` after its leading white space
    (the group starting at ``words_at`` of its source), for the gates of _not_a_figure."""
    body = pattern.pattern[words_at:]
    depth, end = 0, 0
    for end, ch in enumerate(body):  # the alternation ends at the bracket that closes its group
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth == 0:
            break
    words = body[len("(?:"):end].split("|")
    assert words and all(w[:1].isalpha() and w[:1].islower() for w in words), pattern.pattern
    return frozenset(w[0] for w in words)


def _may_open(first: Optional[str], letters: frozenset[str]) -> bool:
    """False only if a word starting with ``first`` (None: not known) cannot start with one of ``letters``."""
    return first is None or first in letters


_TIME_SPAN_FIRST = _first_letters(TIME_SPAN_AFTER, len(r"^\s*-?\s*"))
_SUPERLATIVE_FIRST = _first_letters(SUPERLATIVE_AFTER, len(r"^\s+"))
_SIGNAL_FIRST = _first_letters(SIGNAL_AFTER, len(r"^\s+"))
_MILESTONE_FIRST = _first_letters(MILESTONE_AFTER, len(r"^\s*"))
_LISTICLE_FIRST = _first_letters(LISTICLE_AFTER, len(r"^\s+"))


def _in_short_quote(text: str, a: _Atom) -> bool:
    """The number sits inside a quoted term of a few words: a coined name, not a figure."""
    # the nearest quotation mark in the 40 characters before the number decides: an opening one (“, or a " with
    # an even number of " before it) starts the quote
    lo = max(0, a.start - 40)
    open_at = max(text.rfind("“", lo, a.start), text.rfind('"', lo, a.start), text.rfind("”", lo, a.start))
    if open_at < 0 or text[open_at] == "”" or (text[open_at] == '"' and text.count('"', 0, open_at) % 2):
        return False
    m = QUOTE_CLOSE.match(text, a.end)
    return bool(m) and len(text[open_at + 1:m.end() - 1].split()) <= 5


QUOTE_CLOSE = re.compile(r"[^\"”“.;]{0,40}?[\"”]")


def _duration_measured(text: str, a: _Atom, tail: str) -> bool:
    """A duration is a figure when it is the measured thing: a travel time, a lifespan, a term."""
    pre = _before(text, a.start, 100)
    if DURATION_AFTER.match(tail) or DURATION_BEFORE.search(pre) or WORK_TIME_UNIT.search(text, a.num_end, a.end):
        return True
    # minutes and hours in a sentence about getting from place to place are travel times:
    # "about 40 minutes from either city by high-speed train", "link A and B in as little as 30 minutes"
    if a.unit in ("minute", "hour") and (TRAVEL.search(text) or FROM_PLACE_AFTER.match(tail)):
        return True  # (... or "Xiong'an is 40 minutes from Beijing": how far in time a place is from another)
    return bool(WITHIN_BEFORE.search(pre) and TRAVEL.search(text))


def value_is_day(raw: str) -> bool:
    return raw.isdigit() and 1 <= int(raw) <= 31


# ---------------------------------------------------------------- qualifiers

QUALIFIERS: list[tuple[str, str]] = [
    (r"more than|over|above|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|tops|topped|topping|in excess of|"
     r"upwards? of|greater than|north of|beyond|"
     # verbs of going past a value, like "surpassed": "passed 1,000", "crossed 500 billion yuan", "broke through"
     r"pass(?:es|ed|ing)|cross(?:es|ed|ing)|(?:broke|broken|breaks|breaking)\s+through|"
     # ... and "past" after a verb of motion: "soared past 100 billion yuan" (not "the past 10 years")
     r"(?:soar(?:s|ed|ing)?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|surg(?:e|es|ed|ing)|push(?:es|ed|ing)?|"
     r"edg(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|rose|ris(?:e|es|en|ing)|shot|went|gone|goes|going|crept|"
     r"rocket(?:s|ed|ing)?|rac(?:e|es|ed|ing)|sail(?:s|ed|ing)?|sped)\s+past", "gt"),
    # "as little as 30 minutes", "as few as 3": the floor the value can reach
    (r"at least|no less than|not less than|no fewer than|not fewer than|a minimum of|minimum of|as little as|"
     r"as few as|as low as", "ge"),
    # "fell short of 1 million" is a bound, not a fall
    (r"nearly|almost|close to|close on|less than|fewer than|under|below|just short of|shy of|"
     r"(?:fell|falls?|falling|came|comes?|coming)\s+(?:just\s+|slightly\s+|well\s+|a\s+little\s+)?short\s+of", "lt"),
    # ("added up to 789 billion yuan" is a sum, not a bound)
    (r"(?<!add )(?<!adds )(?<!added )(?<!adding )up to|at most|no more than|not more than|as much as|as many as|as high as|a maximum of|maximum of|within|"
     r"capped at|limited to|not exceeding|no higher than|no greater than", "le"),
    (r"about|approximately|approx\.|around|roughly|some|an estimated|estimated at|estimated|circa|an approximate|"
     r"approximate|an average of about|in the region of|more or less|something like", "approx"),
]
_QALT = "|".join(f"(?P<q{i}>{pat})" for i, (pat, _q) in enumerate(QUALIFIERS))
QUALIFIER_BEFORE = _Caseless(r"\b(?:just\s+|well\s+|slightly\s+|only\s+|a\s+little\s+|a\s+bit\s+|a\s+shade\s+|marginally\s+)?"
                             r"(?:" + _QALT + r")\s*$")
# "top" as a verb, after "to" or a modal ("is expected to top", "could top"), bounds the number like "topped";
# elsewhere it is a rank ("top 10"); so do the bare forms of "passed", "crossed" and "broke (through)" ("is set to pass
# 1,200", "could cross 50 billion yuan", "hopes to break 100 billion yuan"), which QUALIFIERS lists only inflected
# (a bare "pass", "cross" or "break" is most often a noun)
TOP_VERB_BEFORE = re.compile(r"\b(?:to|will|could|would|may|might|can|must|should)\s+((?:top|pass|cross|break(?:\s+through)?)"
                             r"\s*)$", I)
_BARE_BOUND_VERBS = ("top", "pass", "cross", "break", "through")  # the last words TOP_VERB_BEFORE reads, for a suffix test
OR_SO_AFTER = re.compile(r"^\s*(?:or so|or thereabouts)\b", I)
_OR_SO_WORDS = ("or so", "or thereabouts")  # what OR_SO_AFTER spells out, for _may_mention
# a bound written after the number: "100 or more companies", "500-plus firms", "50 or fewer"; "400-odd firms"
POST_QUALIFIER = _Caseless(r"(?:(?P<approx>-odd)\b|\s+or\s+(?P<ge>more|above|higher|greater)\b|\s+or\s+(?P<le>less|fewer|below|lower)\b"
                           r"|(?:-|\s)(?P<gt>plus)\b(?!\s+\d)|(?P<gt2>\+)(?=\s|$))")
# (and the idioms of forecasting: "is seen rising", "tipped to", "poised to", "on track to", "on course to")
PROJECTION = re.compile(r"\b(?:(?:projected|forecast|estimated|predicted|tipped|poised)\s+to|(?:projected|forecast|predicted)\s+at|(?:is|are|was|were)\s+seen\s+"
                        r"(?:to|rising|growing|falling|reaching|hitting|topping|climbing|increasing)|"
                        r"on\s+(?:track|course)\s+to)\b[^.;]*$", I)


# the last word of every QUALIFIERS phrase (a suffix of it is enough: the test is ``endswith``)
_QUALIFIER_ENDS = ("than", "over", "above", "exceed", "exceeds", "exceeded", "exceeding", "surpass", "surpasses",
                   "surpassed", "surpassing", "tops", "topped", "topping", "of", "beyond", "least", "as", "nearly",
                   "almost", "to", "under", "below", "most", "within", "at", "about", "approximately", "approx.",
                   "around", "roughly", "some", "estimated", "circa", "approximate", "top", "less", "like", "passes", "passed",
                   "passing", "crosses", "crossed", "crossing", "through", "past", "on", "pass", "cross", "break")
# The short last words of QUALIFIERS phrases that end many windows with no qualifier ("rose to", "a total of",
# "stood at", "such as"), and the words that come right before them in every phrase that ends with them ("up to",
# "in excess of", "capped at", "as many as"): no other _QUALIFIER_ENDS word ends with these two letters.
_QUALIFIER_WORD_BEFORE = {
    "of": ("excess", "upwards", "upward", "north", "minimum", "maximum", "short", "shy", "region"),
    "to": ("close", "up", "limited"),
    "on": ("close",),  # "close on 2 billion yuan" (British usage: "close to")
    "at": ("capped", "estimated"),
    "as": ("little", "few", "low", "much", "many", "high"),
}


_WHITE_SPACE = re.compile(r"\s")  # (matches what str.isspace accepts, character for character)


def _may_end_with_qualifier(end: Optional[str]) -> bool:
    """False only if QUALIFIER_BEFORE (or TOP_VERB_BEFORE) cannot match a window whose ``_lowered_end`` is ``end``
    (None: not known): it must end with the last word of a qualifier phrase, and a two-letter one ("of", "to",
    "at", "as") must be a word of its own after one of the words its phrases have before it.  Sharper than
    ``_end_may_be(end, _QUALIFIER_ENDS)``: a number after "of" or "to" is common, one after "in excess of" rare."""
    if end is None:
        return True
    if not end.endswith(_QUALIFIER_ENDS):
        return False
    before = _QUALIFIER_WORD_BEFORE.get(end[-2:])
    if before is None:
        return True
    if not end[-3:-2].isspace():
        return False  # "has", "thereof": the letters end a longer word (each phrase has white space before them)
    head = end[:-2].rstrip()
    # (the word before may have begun before these 16 characters: then head is a piece of it, with no space; a
    # window ending in "of" or "to" after another word comes here, one number in eight: one regex call tells, where
    # a generator over the characters cost five times as much)
    return head.endswith(before) or (len(end) == 16 and _WHITE_SPACE.search(head) is None)


def _qualifier_of(text: str, a: _Atom) -> tuple[str, int]:
    """(qualifier, start of its words in ``text``) for the number ``a``: worked out once, on first use, and kept
    on the atom, since several rules ask (an atom standing at another's start takes that one's, see
    find_quantities)."""
    qual = a.qual
    if qual is None:
        q, back = _qualifier_in_tail(text[max(0, a.start - 40):a.start])
        qual = a.qual = (q, a.start - back)
    return qual


def _without_qualifier(text: str, pre: str, a: _Atom) -> str:
    """``pre``, the text before the number ``a`` (its last 40 characters or more), less the qualifier words it
    ends with."""
    q, q_start = _qualifier_of(text, a)
    return pre if q == "exact" else pre[:len(pre) - (a.start - q_start)]


@lru_cache(maxsize=512)  # the same words before a number recur from sentence to sentence
def _qualifier_in_tail(tail: str) -> tuple[str, int]:
    """(qualifier, how far before the end of ``tail`` its words start) for the last 40 characters before a
    number: all that the qualifier reads, so windows of any length that end at the number share the answer."""
    if not _may_end_with_qualifier(_lowered_end(tail)):
        return "exact", 0
    m = QUALIFIER_BEFORE.search(tail)
    if not m:
        if tail.rstrip().endswith(_BARE_BOUND_VERBS):  # (a suffix test is cheaper than this branch in QUALIFIER_BEFORE)
            m = TOP_VERB_BEFORE.search(tail)
            if m:
                return "gt", len(tail) - m.start(1)
        return "exact", 0
    # the one named alternative that matched (the pattern has no other groups)
    return QUALIFIERS[int(m.lastgroup[1:])][1], len(tail) - m.start()


# ---------------------------------------------------------------- kinds

# "made up", "set up" ...: "up" is not a change after these verbs.  The lookbehinds follow "up" (so they
# include it) rather than precede it: then they run only where "up" has matched, not at every word start.
_UP_NOT_CHANGE = "".join(f"(?<!{w} up)" for w in ("made", "make", "makes", "making", "set", "sets", "setting", "built",
                                                    "build", "builds", "building", "take", "takes", "took",
                                                    "taking", "pick", "picked", "sum", "summed", "open", "opened",
                                                    "put", "puts", "putting", "end", "ended", "ending", "signed",
                                                    "sign", "line", "lined", "step", "stepped", "speed", "sped"))
_CHANGE_VERB = (rf"up{_UP_NOT_CHANGE}|down|rose|rise|rises|rising|risen|grew|grow|grows|growing|grown|growth|increased?|increases|"
                r"increasing|decreased?|decreases|decreasing|declined?|declines|declining|fell|fall|falls|falling|"
                r"fallen|drop|drops|dropped|dropping|jump|jumps|jumped|jumping|surged?|surges|surging|soar|soars|"
                r"soared|soaring|climb|climbs|climbed|climbing|rebound|rebounds|rebounded|rebounding|gain|gains|"
                r"gained|gaining|expand|expands|expanded|expanding|expansion|shrank|shrunk|shrinking|contracted|"
                r"slid|slipped|plunged|plummeted|widened|narrowed|spiked?|hiked?|advanced|"
                r"accelerated|rally|rallied|leapt|leaped|went\s+up|went\s+down|edged\s+up|edged\s+down|"
                r"strengthened|weakened|appreciated|depreciated|dipped|tumbled|sank|slumped|eased")
# (only tested, so its verbs are _factored: ~2x faster)
CHANGE_BEFORE = _Caseless(
    rf"\b(?:{_factored(_CHANGE_VERB)})\s+(?:(?:by|of|at)\s+)?(?:(?:a|an|the)\s+)?(?:(?:average|annual|annualized|yearly|"
    rf"year-on-year|compound|average annual|monthly|further|another|additional)\s+)*(?:(?:rates?|pace)\s+of\s+|of\s+)?$")
# A CHANGE_BEFORE match is a change verb and then, up to the end, only white space and these words (in its order)
_CHANGE_FILLERS = frozenset(("by", "of", "at", "a", "an", "the", "average", "annual", "annualized", "yearly",
                             "year-on-year", "compound", "monthly", "rate", "rates", "pace", "further", "another",
                             "additional"))


def _last_words(alternation: str) -> frozenset:
    """The last word of every branch of ``alternation`` ("went\\s+up" → "up", "increased?" → "increase" and
    "increased"; lookbehinds dropped): a branch of another shape is an error."""
    words = set()
    for branch in alternation.split("|"):
        last = re.split(r"\\s\+", re.sub(r"\(\?<!.*?\)", "", branch))[-1]
        if not re.fullmatch(r"[a-z]+\??", last):
            raise ValueError(f"_last_words: not a word: {branch!r}")
        words.update((last[:-2], last[:-1]) if last.endswith("?") else (last,))
    return frozenset(words)


_CHANGE_VERB_WORDS = _last_words(_CHANGE_VERB)
_LOWER_ASCII = "abcdefghijklmnopqrstuvwxyz"
_CHANGE_SPLIT = 8  # words read from the end of the window; a longer run of _CHANGE_FILLERS is left to the search


def _may_be_change_before(low: Optional[str]) -> bool:
    """False only if CHANGE_BEFORE cannot match the window whose ``_lowered`` form is ``low`` (None: not known):
    the last word that is not one of _CHANGE_FILLERS must end (after a non-letter, or whole) with a change verb.
    Most windows end with a word of another kind, and this spares their search over the whole window."""
    if low is None:
        return True
    words = low.rsplit(None, _CHANGE_SPLIT)
    i = len(words) - 1
    while i >= 0 and words[i] in _CHANGE_FILLERS:
        i -= 1
    if i < 0:
        return False  # nothing but fillers: no verb
    if i == 0 and len(words) > _CHANGE_SPLIT:
        return True  # the unsplit rest of the window: not read here
    word = words[i]
    return word[len(word.rstrip(_LOWER_ASCII)):] in _CHANGE_VERB_WORDS


CHANGE_BY = re.compile(rf"\b(?:{_CHANGE_VERB}|lower(?:ed|ing|s)?|rais(?:e|ed|es|ing)|cut(?:s|ting)?|reduc(?:e|ed|es|ing)|"
                       rf"boost(?:s|ed|ing)?|lift(?:s|ed|ing)?|slash(?:es|ed|ing)?|trim(?:s|med|ming)?|outnumber\w*|exceed\w*|surpass\w*)\b(?:[^,.;]|(?<=\d)[,.](?=\d)){{0,75}}\bby\s+$", I)
CHANGE_AFTER = _Caseless(
    r"^\s*(?:(?:on\s+a\s+)?(?:year-on-year|year on year|y-o-y|yoy|month-on-month|quarter-on-quarter)|"
    r"from\s+a\s+year\s+(?:earlier|ago|before)|(?:over|from|on|than|compared\s+(?:with|to))\s+(?:the\s+)?"
    r"(?:previous|last|prior|a)\s+(?:year|period|quarter|month)|compared\s+(?:with|to)|"
    # "over the same period" alone means "during it"; a comparison names the earlier period
    r"(?:from|than|compared\s+(?:with|to))\s+the\s+same\s+(?:period|quarter|month|time)|"
    r"(?:over|on)\s+the\s+same\s+(?:period|quarter|month|time)\s+(?:of\s+|in\s+)?(?:last|the\s+previous|a\s+year|"
    r"the\s+year\s+before|(?:19|20)\d\d)|"
    r"(?:on|from|over|than(?:\s+in)?|since)\s+(?:19|20)\d\d|on\s+a\s+yearly\s+basis|"
    r"(?:higher|lower|more|less|up\s+from|down\s+from)\b|"
    r"(?:[\w-]+\s+){0,2}?(?:rise|increase|growth|jump|surge|gain|decline|drop|fall|hike|expansion|decrease|"
    r"reduction|cut|rebound)\b)")
# "since 2017" right after an amount dates a running total ("has attracted 450 billion yuan since 2017", "30,000
# workers retrained since 2015"), a level; after a percent it spans a change ("prices are 12 percent higher since 2019")
SINCE_AFTER = re.compile(r"\s*since\b", I)
INCREMENT_BEFORE = re.compile(r"\b(?:another|an\s+additional|an\s+extra|a\s+further)\s+$", I)
_INCREMENT_ENDS = ("another", "additional", "extra", "further")
INCREMENT_AFTER = re.compile(r"\s+(?:more|additional|extra)\s+(?!than\b|or\b|and\b)[a-z]", I)
# a growth named as the subject, the percent its complement: "its growth rate reached 7.1 percent", "the growth
# rate of industrial output was 9 percent", "growth slowed to 5.2 percent"
_GROWTH_WORDS = ("growth", "increase", "expansion", "cagr")
GROWTH_SUBJECT_BEFORE = re.compile(
    r"\b(?P<noun>growth|increase|expansion|CAGR)(?:\s+rates?)?(?:\s+(?:of|in|for)\s+(?:[\w&'’-]+\s+){1,6}?)?\s*"
    r"(?:(?:has|had|have)\s+been|was|is|were|are|stood\s+at|stands\s+at|came\s+(?:in\s+)?at|reached|hit|"
    r"registered|recorded|averaged|remained\s+at|(?:slowed|accelerated|picked\s+up|eased|edged\s+(?:up|down)|"
    r"quickened|rebounded|recovered|rose|fell|dropped|climbed|jumped|moderated|improved|slipped|"
    # (a forecast of the growth: "growth is forecast at 2 percent", "economists see growth slowing to 4.5 percent")
    r"slowing|easing|moderating|accelerating|quickening|picking\s+up)\s+to|"
    r"(?:is|are|was|were)\s+(?:forecast|projected|expected|estimated|seen|put|pegged)\s+at)\s+$", I)
# a part of the growth, not its size: "contributed 60 percent to growth", "the contribution of consumption to growth was"
GROWTH_PART_BEFORE = re.compile(r"\b(?:contribut\w*|share|proportion|accounting|accounted|percent|per\s+cent|of)\s+"
                                r"(?:[\w&'’-]+\s+){0,3}$", I)


def _growth_is_subject(pre: str) -> bool:
    """The text before a percent ends with a growth as the subject of a linking verb (GROWTH_SUBJECT_BEFORE), and
    that growth is not itself the whole that the percent is a part of."""
    m = GROWTH_SUBJECT_BEFORE.search(pre)
    return m is not None and not GROWTH_PART_BEFORE.search(pre, 0, m.start())


CHANGE_AFTER_RATIO = re.compile(r"^\s*(?:above|below|over|under)\b", I)
SHARE_CUE = re.compile(r"\b(?:account(?:s|ed|ing)?\s+for|share|proportion|of\s+the\s+(?:total|national|country)|"
                       r"made\s+up|make\s+up|makes\s+up)\b", I)
_RATE_AFTER_WORDS = (r"per|apiece|a\s+piece|annually|per\s+annum|in\s+annual|"
                     r"(?:a|each|every)\s+(?:year|day|month|week|hour)(?!\s+(?:earlier|ago|before|later|after|on)\b)(?!-)|"
                     # ("30 yuan an hour", not the amount of time "an hour" itself: "from three hours to just an hour")
                     r"a(?<!to\sa)(?<!just\sa)(?<!only\sa)(?<!than\sa)(?<!about\sa)(?<!within\sa)(?<!under\sa)"
                     r"(?<!over\sa)(?<!in\sa)(?<!by\sa)n\s+hour(?!\s+(?:earlier|ago|before|later|after|on)\b)(?!-)|"
                     r"an?\s+(?:square\s+met(?:er|re)|sq\s?m|ton(?:ne)?|kilo(?:gram)?|kg|mu|hectare|kwh|person|head|"
                     r"share|night)|to\s+(?:each|every)|"
                     r"(?:daily|weekly|monthly|hourly|yearly)(?=\s*(?:[,.;:)]|$|\s+(?:in|on|at|from|by|during|since|"
                     r"last|this|for|and|between|across|to|with|through|throughout|nationwide|on\s+average)\b))|"
                     r"each(?=\s*(?:[,.;:)]|$))")


def _opening_letters(alternation: str) -> str:
    """The letters the branches of ``alternation`` open with (into a nested "(?:...)" group), for a look-ahead
    class in front of it: an error if a branch opens with anything else, or with a letter or group it may skip."""
    letters = set()
    for branch in _top_level_branches(alternation):
        if branch.startswith("(?:"):
            depth = 0
            for end, ch in enumerate(branch):  # the bracket that closes the group
                depth += {"(": 1, ")": -1}.get(ch, 0)
                if depth == 0:
                    break
            if branch[end + 1:end + 2] in ("?", "*", "{"):
                raise ValueError(f"_opening_letters: a group that may be skipped: {branch!r}")
            letters.update(_opening_letters(branch[3:end]))
        elif branch[:1].isalpha() and branch[:1].islower() and branch[1:2] not in ("?", "*", "{"):
            letters.add(branch[0])
        else:
            raise ValueError(f"_opening_letters: a branch that opens with no letter: {branch!r}")
    return "".join(sorted(letters))


# a per-unit phrase after the amount and before any other number: "120 robot arms roll off the line per day",
# "HK$36.50 each", "600 yuan per mu a year" (but not "735 million yuan a year earlier"), "500 tonnes of steel daily"
# (but not "10 million daily active users": the adverb closes the clause).  (The look-ahead class of the letters its
# words open with lets the engine pass over most of the up to 70 places it tries without entering the alternation:
# ~1.6x faster, the same matches.)
RATE_AFTER = _Caseless(r"^[^,.;()\d]{0,70}?\b(?=[" + _opening_letters(_RATE_AFTER_WORDS) + r"])(?:" + _RATE_AFTER_WORDS
                       + r")\b")
# a price or amount per unit written with a slash: "265 yuan/sq m/month", "900 yuan/tonne"
SLASH_PER_AFTER = re.compile(r"/\s?(?:sq|square|m2|m²|km|tons?|tonnes?|t\b|kg|kilo|month|year|yr|day|week|hour|"
                             r"person|head|share|unit|mu|hectare|ha\b|night|kwh|mwh|barrel|piece)", I)
# "152 patents for every 10,000 residents" (a lower-case "for": a "For every" after the number opens a new sentence
# that the splitter missed, as after a headline)
RATE_FOR_EVERY = re.compile(r"[^,.;()\d]{0,40}?\bfor\s+every\s+\w")
# pay, income and prices are per person or per item: "the average annual salary of engineers is roughly 310,000 yuan"
RATE_NOUN_BEFORE = re.compile(r"\b(?:annual|monthly|yearly|weekly|daily|average|per[\s-]capita|hourly)\s+(?:[\w-]+\s+)?"
                              r"(?:salary|salaries|wages?|pay|income|incomes|earnings|rents?|fees?|prices?)\b"
                              r"[^,.;\d]{0,60}?\b(?:is|was|are|were|of|at|reached|stood\s+at|came\s+to|rose\s+to|"
                              r"fell\s+to|to|averaged|hit|totall?ed)\s+$", I)
# the price of one share that a stock reaches: "shares rose 3.2 per cent to HK$12.46", "the stock closed at 45.3 yuan"
SHARE_PRICE_BEFORE = re.compile(r"\b(?:shares|share\s+price|stocks?|stock\s+price)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,100}?"
                                r"\b(?:to|at)\s+$", I)
_SHARE_WORDS = ("share", "stock")
# a length or area given as a dimension of a thing: "1,360 meters in circumference", "2.5 kilometers long"
DIMENSION_AFTER = re.compile(r"\s*(?:long|tall|high|wide|deep|in\s+(?:length|circumference|diameter|height|width|"
                             r"depth|area|size))\b", I)
_DIMENSION_UNITS = frozenset({"m", "km", "m2", "km2", "hectare", "mu"})
_RATE_SENTENCE_WORDS = ("each", "every", "annually", "per", "an average ", "a typical ", "a normal ")
_RATE_SENTENCE_UNITS = ("year", "annually", "annum", "day")  # and one of these (each match needs both)
# (and a typical period: "3,000 trucks pass through on an average day", "on a typical weekday")
RATE_SENTENCE = _Caseless(r"\b(?:each\s+year|every\s+year|annually|per\s+year|per\s+annum|every\s+day|each\s+day|"
                          r"on\s+(?:an\s+average|a\s+typical|a\s+normal)\s+(?:day|weekday|year))\b")
RATE_BEFORE = re.compile(r"(?:\bper[\s-]capita\b|\b(?:for|to)\s+every\b|\bper\s+\w+\b|\baverag(?:e|ing)\b)[^.;]*$"
                         r"|\baverage\s+(?!annual|growth|rate|yearly)\w+\s+(?:\w+\s+)?(?:was|is|were|are)\s+(?:worth\s+)?$", I)
# words each match of RATE_BEFORE_NEAR, and of RATE_NOUN_BEFORE, spells out (one of), for _may_mention
_RATE_NEAR_WORDS = ("averag", "capita", "every")
_RATE_NOUN_WORDS = ("salar", "wage", "pay", "income", "earnings", "rent", "fee", "price")
# ("Daily ridership averaged 1.3 million": the verb "average" states a per-unit value as "averaging" does)
RATE_BEFORE_NEAR = re.compile(r"(?:\ban\s+average\s+of|\baveraging|\baverag(?:e|ed|es)(?:\s+out)?(?:\s+at)?|\bper[\s-]capita\s+[\w\s]{0,40}?"
                              r"(?:came to|was|were|is|of|reached|stood at|at)|\baverage\s+(?!annual|growth|rate|yearly)"
                              r"\w+\s+(?:\w+\s+)?(?:was|is|were|are)\s+(?:worth\s+)?)\s*$|\b(?:for|to)\s+every\b", I)
# rents are a price per area and period whether or not the text writes it: "business park rents of 55 to 60 yuan",
# "Grade A rents stood at 265 yuan" (not rent income, relief or a subsidy, which are amounts)
RENT_BEFORE = re.compile(r"\b(?:rents?|rentals?)\b(?!\s+(?:income|revenues?|subsid\w*|payments?|reductions?|relief|cuts?|"
                         r"waivers?|exemptions?|support|free|costs?|bills?|arrears|deposits?|contracts?)\b)(?!-)"
                         r"[^,.;\d]{0,50}?\b(?:of|at|is|was|are|were|averaged|averaging|reached|stood\s+at|hit|to|"
                         r"between|from|ranged\s+from|ranging\s+from|remained\s+at|came\s+in\s+at)\s+$", I)
# the number modifies a word for a goal right after it: "the 1.2 million target", "its 5 percent growth goal"
TARGET_NOUN_AFTER = re.compile(r"(?:\s+[a-z-]+){0,2}?\s+(?:target|goal)s?\b(?!\s+(?:of|for)\b)", I)
_TARGET_NOUNS = ("target", "goal")
# an average per period in the subject, right before its verb: "Average daily output hit 5,000 tonnes", "the daily
# average number of visitors was 12,000" (per day, like "5,000 tonnes a day")
AVERAGE_PER_PERIOD_BEFORE = re.compile(r"\b(?:average\s+(?:daily|weekly|monthly|annual|yearly)|(?:daily|weekly|monthly|"
                                       r"annual|yearly)\s+average)\b[^,.;]{0,60}?\b(?:is|was|are|were|of|at|reached|"
                                       r"hit|stood\s+at|came\s+to|to|totall?ed|topped|exceeded|numbered)\s+$"
                                       # ... or before it, opening the clause: "On average, each startup raised ..."
                                       r"|\bon\s+average\s*,[^.;:\d]{0,100}$", I)
# a per-unit phrase in the subject, right before its verb: "rents per square meter averaged 265 yuan", "output
# per worker was 1.2 million yuan", "patents per 10,000 people reached 61" (not "per cent")
PER_NOUN_BEFORE = re.compile(r"\bper\s+(?!cent\b)(?:[\d,]+\s+)?[a-z]+(?:\s+[a-z]+)?[^,.;\d]{0,40}?\b(?:is|was|are|were|"
                             r"reached|stood\s+at|came\s+to|rose\s+to|fell\s+to|averaged|averages|hit|totall?ed|"
                             r"amounted\s+to)\s+$", I)
# a change in percent, then "to" and the level reached: "grew 6.3 percent year on year to"
CHANGE_TO_BEFORE = re.compile(r"\s+(?:rose|fell|grew|increased|decreased|climbed|dropped|jumped|declined|slipped|dipped|"
                              r"gained|edged\s+up|edged\s+down|was\s+up|was\s+down|were\s+up|were\s+down)\s+"
                              r"(?:by\s+)?[\d.]+\s*(?:percent|per\s+cent|%)(?:\s+(?:year[\s-]on[\s-]year|on\s+the\s+year|"
                              r"from\s+a\s+year\s+(?:earlier|ago)|quarter[\s-]on[\s-]quarter|month[\s-]on[\s-]month))?\s+to\s+$", I)
# the price or pay of each one: "each ticket costs 120 yuan", "each worker earns 9,000 yuan"
EACH_PRICE_BEFORE = re.compile(r"\beach\s+(?:[\w-]+\s+){1,3}?(?:costs?|is\s+priced\s+at|sells?\s+for|earns?|"
                               r"is\s+paid|gets?|receives?)\s+$", I)
_EACH_PRICE_ENDS = ("cost", "costs", "at", "for", "earn", "earns", "paid", "get", "gets", "receive", "receives")
# The phrases of TARGET_CUE, one branch each: _branch_tree merges their common leading letters (each place then
# costs the engine a compare per distinct first letter, not one per phrase); no two of them can match at one
# place (each is a whole phrase between word boundaries), so the order of the branches changes no match.
_TARGET_CUE_BRANCHES = (
    "will", "shall", "aim", "aims", "aiming", r"aimed\s+to", "target", "targets", "targeted", "targeting", "goal",
    "goals", "plan", "plans", "Plans",  # (the cues are matched case-sensitively: "Plans call for 2,000 more beds")
    # "a planned area of 19.4 square kilometers" is the zone's designated area, not a plan
    r"planned(?!\s+area)", r"planning(?!\s+area)", r"scheduled\s+to", r"slated\s+to", r"is\s+to",
    r"are\s+to", r"is\s+set\s+to", r"are\s+set\s+to", r"set\s+to", "expect", "expects", r"expected\s+to(?!\s+have)",
    "seek", "seeks", "seeking", r"looking\s+to", r"is\s+looking", r"are\s+looking", "strive", "strives", "striving",
    "intend", "intends", "intending", r"hope\s+to", r"hopes\s+to", "envisage", "envisages", "blueprint",
    r"pledge\s+to", r"pledged\s+to", r"vow\s+to", r"vows\s+to", "would", r"want\s+to", r"wants\s+to",
    # "the hospital is due to be completed in 2026 with 1,200 beds" (not "due to" = "because of")
    r"due\s+to\s+be", r"due\s+to\s+open", r"due\s+to\s+start", r"due\s+to\s+begin", r"due\s+to\s+launch",
    r"due\s+to\s+complete", r"due\s+to\s+finish", r"due\s+to\s+enter", r"due\s+to\s+go")
TARGET_CUE = re.compile(r"\b(?:" + _branch_tree(_TARGET_CUE_BRANCHES) + r")\b")
# Every TARGET_CUE match spells out (case-sensitively) one of these words, or else "to" and one of "is", "are", "set"
# ("is to", "are set to", "set to"): a sentence with neither (half of those with figures) has no cue, and its scan,
# which costs the regex engine a word-boundary test at every character, is spared.
_TARGET_CUE_WORDS = ("will", "shall", "aim", "target", "goal", "plan", "Plan", "scheduled", "slated", "expect", "seek",
                     "looking", "striv", "intend", "hope", "envisage", "blueprint", "pledge", "vow", "would", "want",
                     "due")


def _may_have_target_cue(text: str) -> bool:
    """False only if TARGET_CUE has no match in ``text`` (see _TARGET_CUE_WORDS)."""
    if "to" in text and ("is" in text or "are" in text or "set" in text):
        return True
    for w in _TARGET_CUE_WORDS:  # (a loop: see _may_mention)
        if w in text:
            return True
    return False
# (the word boundary comes before the lookbehinds, which hold at the same position: it fails first, and
# cheaply, inside words)
_PAST_CUE_WORDS = ("has|have|had|was|were|did|reached|rose|grew|increased|totaled|totalled|stood|came|"
                   "signed|struck|attracted|achieved|hit|exceeded|surpassed|topped|recorded|saw|generated|leased|"
                   "delivered|welcomed|completed|numbered|posted|jumped|climbed|surged|went|took|made|received|"
                   "brought|moved|now|currently|today|so far|already|last year|ago|"
                   # past tenses of change verbs ("expects more orders after output expanded by 10 percent"); not
                   # those that are also adjectives before a noun ("advanced manufacturing", "contracted investment")
                   "fell|dropped|declined|decreased|soared|rebounded|gained|expanded|shrank|slid|slipped|plunged|"
                   "plummeted|widened|narrowed|rallied|leapt|leaped|dipped|tumbled|sank|slumped|doubled|tripled|"
                   "having")  # (a perfect participle: "having seen exports fall by 8 percent")
PAST_CUE = re.compile(r"\b(?<!will )(?<!would )(?<!to )(?<!shall )(?<!be )(?:" + _PAST_CUE_WORDS + r")\b", I)
# The start of the last PAST_CUE match, found by backtracking from the end instead of listing every match:
# no PAST_CUE match can start inside another (each starts a word and none contains one that could start a
# match), so the last match of finditer is the match that starts rightmost.
# (only its start is read, so its words are _factored: ~20% faster)
_PAST_CUE_ANY = _Caseless(PAST_CUE.pattern.replace(_PAST_CUE_WORDS, _factored(_PAST_CUE_WORDS)))
_LAST_PAST_CUE = _Caseless(r"(?s:.*)(" + _PAST_CUE_ANY.pattern + ")")


def _past_cue_from(pre: str, pos: int) -> bool:
    """A PAST_CUE match starts at ``pos`` or after it in ``pre``: ``_LAST_PAST_CUE.match(pre).start(1) >= pos``,
    found by a search forward from ``pos`` (lookbehinds and word boundaries still read the text before ``pos``)
    rather than by backtracking from the end of ``pre``: a plan cue is most often close before the number."""
    return _PAST_CUE_ANY.search(pre, pos) is not None
# "the US$861 million that share sales have raised": a relative clause in the perfect describes an achieved level
ACHIEVED_AFTER = re.compile(r"^[^,;.]{0,40}?\b(?:that|which)\s+(?:[\w-]+\s+){0,4}?(?:have|has|had)\s+\w+", I)
_BY_YEAR_WORDS = ("by", "before", "until", "through")  # BY_YEAR also needs a literal "20"
# (a _Caseless pattern, read by finditer_lowered: the month names in lower case)
BY_YEAR = _Caseless(r"\b(?:by|before|until|through)\s+(?:the\s+end\s+of\s+|end-|the\s+end\s+of\s+the\s+)?"
                    r"(?:(?:the\s+)?year\s+|" + MONTH.lower() + r"\.?\s+(?:\d{1,2},?\s+)?)?(20\d\d)\b")


# the number's noun phrase is the subject of a future passive: "5,000 jobs will be created", "1.5 million square
# meters of office space is set to be delivered" (not across a relative clause, another number or a clause break)
FUTURE_PASSIVE_AFTER = re.compile(r"[^,.;:\d(]{0,60}?\b(will|(?:is|are)\s+(?:set|scheduled|slated|due)\s+to)\s+be\s+"
                                  r"(?:[a-z]+ed|built|made|set\s+up|laid|sold|done|given|won|run|shown|held|paid|spent)\b",
                                  I)
_FUTURE_PASSIVE_WORDS = ("will be", "set to be", "scheduled to be", "slated to be", "due to be")  # (for _may_mention)
RELATIVE_WORD = re.compile(r"\b(?:that|which|who)\b", I)
# the number's noun phrase is the subject of a plan stated after it: "500 more charging piles are planned",
# "20 projects are scheduled to start this year", "30 stations are due to open by 2027" (a target)
SUBJECT_PLAN_AFTER = re.compile(r"[^,.;:\d(\"“”]{0,60}?\b((?:is|are)\s+(?:also\s+|now\s+)?(?:planned|(?:scheduled|slated|"
                                r"set)\s+to\s+[a-z]+|due\s+to\s+(?:be|open|start|begin|launch|complete|finish|"
                                r"enter|go)))\b", I)
_SUBJECT_PLAN_WORDS = ("planned", "scheduled to", "slated to", "set to", "due to")  # (for _may_mention)
# ... or of an active future: "100 more firms will move in next year", "officials said 50 parks would open"
# (the future passive, "will be built", is FUTURE_PASSIVE_AFTER's)
SUBJECT_WILL_AFTER = re.compile(r"[^,.;:\d(\"“”]{0,60}?\b((?:will|would|shall)\s+(?:also\s+|soon\s+|eventually\s+)?"
                                r"(?!be\b|have\b|likely\b|probably\b|not\b)[a-z]+)\b", I)
_SUBJECT_WILL_WORDS = ("will ", "would ", "shall ")
# ... or of a forecast stated after it: "about 300 firms are expected to move in", "sales of 12 billion yuan are
# forecast for 2026" (an estimate: approx; kept a level unless what is forecast is what a project is built to
# do, "40,000 jobs are expected to be created")
SUBJECT_FORECAST_AFTER = re.compile(r"[^,.;:\d(\"“”]{0,60}?\b((?:is|are)\s+(?:also\s+|now\s+)?(?:expected|projected|"
                                    r"forecast|predicted|estimated|likely)\s+(?:to|for)\b)"
                                    r"(\s+be\s+(?:created|employed|hired|housed|accommodated|provided|offered)\b)?", I)
_SUBJECT_FORECAST_WORDS = ("expected", "projected", "forecast", "predicted", "estimated", "likely")


# what a facility is built to produce or handle: "an annual capacity of", "a designed throughput of", "is designed
# to produce" ...
CAPACITY_BEFORE = re.compile(r"\b(?:capacity|throughput|output)\s+(?:of\s+|to\s+(?:produce|handle|make|process|"
                             r"generate)\s+)?$|\bdesigned\s+to\s+(?:produce|handle|make|process|generate|house|hold|"
                             r"accommodate)\s+$", I)
_CAPACITY_WORDS = ("capacity", "throughput", "output", "designed")
# ... and a facility not yet built: its capacity is what it is planned to have
UNBUILT = re.compile(r"\b(?:under\s+construction|being\s+built|(?:to|will)\s+be\s+built|broke\s+ground|breaks\s+ground|"
                     r"(?:construction|work)\s+(?:began|started|begins|starts|has\s+begun|has\s+started)|"
                     r"(?:began|started|begin|start)\s+(?:building|construction|work))\b", I)
_UNBUILT_WORDS = ("construction", "being built", "be built", "ground", "building", "work")
MODIFIED_NOUN_AFTER = re.compile(r"\s+(?!(?:of|in|worth|for|from|a|an|per|each|more|additional|extra|new)\b)[a-z]")


def _heads_subject(text: str, a: _Atom, end: int, verb: int, unit: str, pre: str) -> bool:
    """The figure is what its noun phrase is about, not a modifier of another noun ("the 3 billion yuan project",
    "the 12 km line") nor one of a known set ("the 300 firms"): what a forecast about the phrase estimates."""
    if unit != "count" and MODIFIED_NOUN_AFTER.match(text, end, verb):  # (a word before the verb at ``verb``)
        return False
    return not DEFINITE_BEFORE.search(_without_qualifier(text, pre, a)[-40:])


# a pronoun or a verb of saying before the verb: a clause of its own ("... worth 2.5 bln USD He hopes the new area
# will offer ...", a headline run into the text; a quotation mark is caught by the patterns themselves)
NEW_SUBJECT = re.compile(r"\b(?:he|she|it|they|we|I|you|this|there|says?|said|hopes?|believes?)\b", I)
# a verb after "and"/"but" has the sentence's subject, not the number ("Exports rose 8 percent and are projected
# to keep growing")
CONJUNCTION = re.compile(r"\b(?:and|but|or)\s+$", I)


def _subject_of(pattern: re.Pattern, tail: str) -> Optional[re.Match]:
    """The match of ``pattern`` (a verb phrase in group 1) right after the number, when the number's noun phrase
    is its subject: not across a relative clause or a past verb ("200 firms that moved in are expected to ...") or after a conjunction or a new subject."""
    m = pattern.match(tail)
    if m and not RELATIVE_WORD.search(tail, 0, m.start(1)) and not _LAST_PAST_CUE.match(tail, 0, m.start(1)) \
            and not CONJUNCTION.search(tail, 0, m.start(1)) and not NEW_SUBJECT.search(tail, 0, m.start(1)):
        return m
    return None


def _kind(text: str, q: Quantity, a: _Atom, prev: Optional[tuple[_Atom, Quantity]], published_year: Optional[int],
          sent: dict) -> str:
    pre = _before(text, a.start, 240)
    pre_q = _without_qualifier(text, pre, a)
    tail = _after(text, a.end)
    unit = q.unit
    if unit in _DIMENSION_UNITS and tail[:1].isspace() and DIMENSION_AFTER.match(tail):
        return "level"  # "the ring, 1,360 meters in circumference, is due to be finished by 2025": a fact of the thing
    if " be " in tail[:100] and _sentence_mentions(sent, "future_passive", _FUTURE_PASSIVE_WORDS) \
            and (fp := FUTURE_PASSIVE_AFTER.match(tail)) \
            and not RELATIVE_WORD.search(tail, 0, fp.start(1)) and not _LAST_PAST_CUE.match(tail, 0, fp.start(1)) \
            and not (_may_mention(sent["low"], _FORECAST_WORDS) and FORECAST_VERB.search(pre, max(0, len(pre) - 120))) \
            and not _forecast_attributed(text, sent):
        # ("JLL forecasts that 2 million square meters will be delivered": a forecast of what will be done)
        return "target"  # "1.5 million square meters of office space will be completed this year": planned
    if _sentence_mentions(sent, "subject_plan", _SUBJECT_PLAN_WORDS) and _subject_of(SUBJECT_PLAN_AFTER, tail):
        return "target"  # "20 projects are scheduled to start this year"
    if _sentence_mentions(sent, "subject_will", _SUBJECT_WILL_WORDS) and (wm := _subject_of(SUBJECT_WILL_AFTER, tail)) \
            and _heads_subject(text, a, a.end, a.end + wm.start(1), unit, pre):
        return "target"  # "100 more firms will move in next year" (not "the 45 km line will open")
    if _sentence_mentions(sent, "capacity", _CAPACITY_WORDS) and pre_q.endswith(" ") \
            and _sentence_mentions(sent, "unbuilt", _UNBUILT_WORDS) and CAPACITY_BEFORE.search(pre_q[-60:]) \
            and UNBUILT.search(text):
        return "target"  # "a plant, now under construction, with an annual capacity of 250,000 units": planned
    forecast_subject = False
    if _sentence_mentions(sent, "subject_forecast", _SUBJECT_FORECAST_WORDS) \
            and (fm := _subject_of(SUBJECT_FORECAST_AFTER, tail)):
        if fm.group(2):
            return "target"  # "40,000 jobs are expected to be created": what the project is built to do
        # "1.2 million square meters of space is projected to be completed by 2026": the subject of a forecast,
        # whose deadline makes no plan
        forecast_subject = True
    if _sentence_mentions(sent, "target_noun", _TARGET_NOUNS) and TARGET_NOUN_AFTER.match(tail):
        return "target"  # "just short of the 1.2 million target": the number names the goal
    # target: a plan or goal governs the number, unless it is the earlier value the plan is compared with
    # ("plans to invest 2 billion yuan, up from 1.5 billion yuan last year")
    if not forecast_subject and _is_target(text, pre, a.start, published_year, sent) and not ACHIEVED_AFTER.match(tail) \
            and not (pre_q.endswith(_BASE_VALUE_ENDS) and BASE_VALUE_BEFORE.search(pre_q[-16:])):
        return "target"
    if prev is not None and _list_continues(text, prev[0], a):
        if prev[1].kind in ("change", "share", "rate") and prev[1].unit == unit:
            return prev[1].kind
    if prev is not None and prev[1].kind in ("change", "share", "rate") and prev[1].unit == unit \
            and _possessive_continues(text, prev[0], a):
        return prev[1].kind  # "69,434 yuan per capita, and Hebei's 32,903 yuan": the same measure, another owner
    if prev is not None and prev[1].kind in ("change", "share", "rate") and prev[1].unit == unit \
            and pre_q.endswith(_SAME_MEASURE_ENDS) and _sentence_mentions(sent, "same_measure", _SAME_MEASURE_WORDS) \
            and SAME_MEASURE_BEFORE.search(pre_q[-90:]):
        return prev[1].kind  # "income reached 81,700 yuan per capita, while the figure for rural residents was 37,900"
    if prev is not None and unit == "percent" and prev[1].kind == "change" and prev[1].unit != "percent" \
            and RESTATED_AS_PERCENT.fullmatch(text, prev[0].end, a.qual_start if a.qual_start >= 0 else a.start):
        return "change"  # "exports grew by 1.2 trillion yuan, or 8 percent": the same change, in percent
    if unit in ("times", "percentage_point"):
        return "change"
    if unit == "count" and (INCREMENT_AFTER.match(_after(text, a.end, 30)) or (
            _sentence_mentions(sent, "increment", _INCREMENT_ENDS) and pre_q.endswith(" ")
            and INCREMENT_BEFORE.search(pre_q[-20:]))):
        return "change"  # "Three more SOEs have started building", "another 200 firms": an increment, not the stock
    w = pre_q[-80:]
    if w[-1:].isspace() and _may_be_change_before(lw := _lowered(w)) and CHANGE_BEFORE.search_lowered(w, lw):
        return "change"
    if pre_q.rstrip().endswith("by") and CHANGE_BY.search(pre_q[-110:]) and (unit in ("percent", "percentage_point", "times") or a.unit is not None
                                            or a.form == "num"):
        return "change"
    low = sent["low"]
    # lower-cased once for the _Caseless patterns read after the number (see _not_a_figure)
    ltail = _lowered(tail) if low is None else low[a.end:a.end + WINDOW]
    if (CHANGE_AFTER.match_lowered(tail, ltail) and not (unit not in ("percent", "percentage_point")
                                                                   and SINCE_AFTER.match(tail))) \
            or (unit in ("percent", "percentage_point") and CHANGE_AFTER_RATIO.match(tail)):
        if not (unit == "count" and _MORE_LESS_AFTER.match(tail) and not _MORE_LESS_THAN_AFTER.match(tail)):
            return "change"
    if unit == "percent":
        if _sentence_mentions(sent, "growth", _GROWTH_WORDS) and _growth_is_subject(pre_q[-120:]):
            return "change"  # "GDP growth slowed to 5.2 percent": the percent is the size of a growth
        return "share"
    if unit != "percent" and pre_q.endswith(" to ") and (cm := CHANGE_TO_BEFORE.search(pre_q, max(0, len(pre_q) - 90))):
        # the level a measure reaches after its change is read as the measure's value: "per capita income grew
        # 6.3 percent to 52,000 yuan" as "per capita income was 52,000 yuan"
        subject = pre_q[:cm.start()] + " was "
        if (_sentence_mentions(sent, "per_word", ("per ",)) and PER_NOUN_BEFORE.search(subject[-100:])) \
                or (_sentence_mentions(sent, "rate_near", _RATE_NEAR_WORDS) and RATE_BEFORE_NEAR.search(subject[-120:])) \
                or (unit in CURRENCIES and _sentence_mentions(sent, "rate_noun", _RATE_NOUN_WORDS) and RATE_NOUN_BEFORE.search(subject[-140:])):
            return "rate"
    if unit != "percent" and (RATE_AFTER.match_lowered(tail, ltail)
                              or (tail[:1] == "/" and SLASH_PER_AFTER.match(tail) is not None)
                              or ("for every" in tail and RATE_FOR_EVERY.match(tail))
                              or (_sentence_mentions(sent, "rate_near", _RATE_NEAR_WORDS)
                                  and (RATE_BEFORE_NEAR.search(pre_q[-120:])
                                       or AVERAGE_PER_PERIOD_BEFORE.search(pre_q[-120:])))
                              or (sent["may_each"] and pre_q.rstrip().endswith(_EACH_PRICE_ENDS)
                                  and EACH_PRICE_BEFORE.search(pre_q[-80:]))
                              or _sentence_fact(text, sent, "rate")
                              or (_sentence_mentions(sent, "per_word", ("per ",)) and PER_NOUN_BEFORE.search(pre_q[-100:]))
                              or (unit in CURRENCIES and _sentence_mentions(sent, "rate_noun", _RATE_NOUN_WORDS)
                                  and RATE_NOUN_BEFORE.search(pre_q[-140:]))
                              or (unit in CURRENCIES and not a.scaled and q.value < 100000
                                  and _sentence_mentions(sent, "rent", ("rent",)) and RENT_BEFORE.search(pre_q[-90:]))
                              or (unit in CURRENCIES and not a.scaled and _sentence_mentions(sent, "shares", _SHARE_WORDS)
                                  and pre_q.endswith(("to ", "at ")) and SHARE_PRICE_BEFORE.search(pre_q[-140:]))):
        return "rate"
    return "level"


def _last_target_cue(text: str, pre: str, at: int, sent: dict) -> Optional[re.Match]:
    """The last match of ``TARGET_CUE.finditer(pre)``, ``pre`` being the text before position ``at``, where a
    number (or its currency marking) starts.

    The figures of a sentence come in text order, and while ``pre`` is the whole text before the number (the
    first 240 characters of a sentence), the window of each figure is the window of the one before it and more:
    the scan then goes on from where the last one stopped (sent["cue_scan"]: that position and the last match
    before it) instead of starting over.  It may stop only after a non-word character: no match can end there
    (each ends with a letter) or run across it into a number (no cue phrase goes on with a number, currency
    sign or code, and the look-aheads "area" and "have" open no number either), so the matches before it are
    those of any longer window.  The match found (a match of ``text`` with endpos ``at``, the same as of ``pre``)
    has the same offsets and text as in ``pre``.  A sentence with no cue word (sent["may_cue"]) is not scanned:
    ``pre``, a piece of it, has none either."""
    may_cue = sent.get("may_cue")
    if may_cue is None:
        may_cue = sent["may_cue"] = _may_have_target_cue(text)
    if not may_cue:
        return None
    if len(pre) == at:
        done, last = sent.get("cue_scan", (0, None))
        if at >= done:
            for m in TARGET_CUE.finditer(text, done, at):
                last = m
            ch = text[at - 1:at]
            if not (ch.isalnum() or ch == "_"):  # (re's \w)
                sent["cue_scan"] = (at, last)
            return last
    last = None
    for m in TARGET_CUE.finditer(pre):
        last = m
    return last


def _is_target(text: str, pre: str, at: int, published_year: Optional[int], sent: dict) -> bool:
    """A plan or goal governs the number: the nearest tense cue before it is future or plan, or a deadline
    after the publication date frames the sentence."""
    cue = _last_target_cue(text, pre, at, sent)
    tc = cue.start() if cue is not None else -1
    if tc < 0 and not (published_year and sent["by_years"]):
        return False  # no plan cue and no deadline: whatever the past cues, not a target
    if _forecast_attributed(text, sent):
        return False  # "..., the consultancy forecast": the future is a forecast
    if tc >= 0 and _market_future(pre, sent["low"]):
        return False  # "supply will total 480,000 square meters by 2026": a market's future is forecast, not planned
    if tc >= 0 and not _past_cue_from(pre, tc):  # the plan cue comes after the last past cue (pc below < tc)
        return not (sent.get("projection_here") or _projection(pre, cue, sent["low"]))
    m = _LAST_PAST_CUE.match(pre)
    pc = m.start(1) if m else -1  # (>= tc when there is a plan cue)
    if published_year:
        if _sentence_mentions(sent, "estimate", _ESTIMATE_WORDS) and _forecast_before(pre):
            return False  # "vacancy is projected to peak at 23 percent by 2026": a deadline of a forecast, no plan
        offset = at - len(pre)  # position of pre in the sentence
        for pos, year in sent["by_years"]:
            if year > published_year or (year == published_year and pc < 0):
                if pc < 0 or (pos < at and pos - offset > pc):
                    return True
    return False


def _forecast_before(pre: str) -> bool:
    """The number sits in a forecast: "is projected to", "is expected to reach" (not "is expected to create", a
    plan), "analysts forecast that ... will"."""
    return PROJECTION.search(pre) is not None or FORECAST_CLAUSE.search(pre) is not None or (
        PASSIVE_EXPECT_ANY.search(pre) is not None and not PLAN_WORD.search(pre) and not PLAN_EXPECT.search(pre))


def _projection(pre: str, cue: re.Match, low: Optional[str] = None) -> bool:
    """A forecast, not a plan: "It is expected to deliver ...", "the venues will consume an estimated ...".
    An expectation inside a sentence that sets out a plan ("the district plans ..., while investment is
    expected to total ...") stays part of the plan."""
    # (PASSIVE_EXPECT ends with "to" at the cue's end: the cue, matched case-sensitively, must end with it)
    if cue.group().endswith("to") and PASSIVE_EXPECT.search(pre, 0, cue.end()):
        if PLAN_VERB_AFTER.match(pre, cue.end()):
            return False  # "the project is expected to create 400 jobs": what it is built to do
        return not PLAN_WORD.search(pre, 0, cue.start()) and not _plan_sourced(low)
    if _may_mention(low, _PROJECTION_WORDS) and PROJECTION.search(pre, cue.end()):
        return True  # "new towers will be finished, and vacancy is projected to peak at 23 percent"
    if cue.group(0).startswith("set") and LOOKS_BEFORE.search(pre, max(0, cue.start() - 12), cue.start()):
        return True  # "sales look set to cross 3 billion yuan": an observer's guess, not a schedule
    if cue.group(0) in ("will", "would") and (ESTIMATE_BEFORE.search(pre[-30:])
                                              or pre.startswith(_HEDGES_AFTER_WILL, cue.end())):
        return True  # "the venues will consume an estimated ...", "turnover will likely exceed ...": a forecast
    if cue.group(0).startswith("expect") and (FORECASTER_EXPECT.search(pre, max(0, cue.start() - 60))
                                               or MARKET_EXPECT.match(pre, cue.start())):
        return True  # "analysts expect revenue of 8 billion yuan": a forecast, not the firm's plan
    # "analysts predict revenue will rise ...", "the ministry estimates that the sector will employ ...": the
    # future is someone's forecast
    # (``low``: the lower-cased sentence, for a pre-check)
    return _may_mention(low, _FORECAST_WORDS) and FORECAST_VERB.search(pre, max(0, cue.start() - 120), cue.start()) \
        is not None


# an active verb of forecasting whose object is a clause ("predict revenue will", "forecast that"): the nouns
# "projects" and "estimates" count only before "that"
FORECAST_VERB = re.compile(r"\b(?:predict(?:s|ed)?|forecast(?:s|ed)?|anticipate[sd]?|(?:project(?:s|ed)|estimate[sd]?)"
                           r"\s+that)\b(?:(?!\b(?:but|while|whereas|and)\b)[^.;,])*$", I)
# what forecasters expect is a forecast: "analysts expect revenue of 8 billion yuan", "economists widely expect
# growth of 5 percent"
# what anyone expects of a market's prices, rents, vacancy or demand is a forecast: no one sets those as a goal
# ("CBRE expects rents to decline 3 percent", "brokers expect vacancy to rise to 25 percent")
MARKET_EXPECT = re.compile(r"\bexpect(?:s|ed|ing)?\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:rents?|rentals?|"
                           r"prices?|vacancy|vacancies|demand|yields?|occupancy|absorption|supply|completions|take-up)"
                           r"\s+to\b[^.;]*$", I)
# the future of a market said with "will" is a forecast too, whoever says it: "according to Savills, supply will
# total 480,000 square meters by 2026", "vacancy in the district will peak at 23 percent", "the office market will
# see ..." (the number after the verb; not the supply of land, housing or utilities, which plans set)
MARKET_FUTURE = re.compile(r"\b(?:(?<!land\s)(?<!housing\s)(?<!water\s)(?<!power\s)(?<!energy\s)(?<!electricity\s)"
                           r"supply|vacancy|vacancies|rents?|rentals?|prices?|demand|absorption|take-up|completions|"
                           r"occupancy|yields?|(?:the|property|office|housing|real\s+estate|leasing|rental)\s+market)\b"
                           r"(?:\s+(?!(?:and|but|while|which|that|will|would)\b)[\w'’-]+){0,4}?\s+(?:will|would|(?:is|are)\s+"
                           r"(?:set|due|expected|projected|forecast|likely|poised|tipped)\s+to)\b[^.;]*$", I)
_MARKET_WORDS = ("supply", "vacanc", "rent", "price", "demand", "absorption", "take-up", "completions", "occupancy",
                 "yield", "market")


def _market_future(pre: str, low: Optional[str]) -> bool:
    """The number ends ``pre`` inside a market's forecast future (MARKET_FUTURE); ``low``: the lower-cased
    sentence, for a pre-check (None: not known)."""
    return _may_mention(low, _MARKET_WORDS) and not (low is not None and _plan_sourced(low)) \
        and MARKET_FUTURE.search(pre[-160:]) is not None


FORECASTER_EXPECT = re.compile(r"\b(?:analysts?|economists?|experts?|forecasters?|observers?|strategists?|"
                               r"brokers?|markets?|consensus)\s+(?:also\s+|now\s+|generally\s+|widely\s+)?"
                               r"expect(?:s|ed)?\b[^.;]*$", I)
# FORECAST_VERB, then a modal or "to" that puts the number in that forecast
FORECAST_CLAUSE = re.compile(FORECAST_VERB.pattern[:-1] + r"\b(?:will|would|could|may|might|to)\b[^.;]*$", I)
# a FORECAST_VERB match spells out one of these, for _may_mention
_FORECAST_WORDS = ("predict", "forecast", "anticipat", "projects that", "projected that", "estimate that",
                   "estimates that", "estimated that")
_PROJECTION_WORDS = ("projected", "forecast", "estimated", "predicted", "tipped", "poised", " seen ", "on track",
                     "on course")  # one of them is in each PROJECTION match
# a plan named as the sentence's source makes what "is expected to" happen part of that plan: "the number of
# hydrogen vehicles is expected to pass 1,000 by 2025, according to the plan"
PLAN_SOURCE = re.compile(r"\baccording\s+to\s+(?:[\w'’&-]+\s+){0,4}?(?:plans?|blueprints?|targets?|goals?|programmes?|"
                         r"programs?|guidelines?)\b")


def _plan_sourced(low: Optional[str]) -> bool:
    """The lower-cased sentence ``low`` names a plan as its source (PLAN_SOURCE); False when not known (None)."""
    return low is not None and "according to" in low and PLAN_SOURCE.search(low) is not None


LOOKS_BEFORE = re.compile(r"\b(?:looks?|looked|looking|seems?|seemed|appears?|appeared)\s+$", I)
# a hedge right after "will"/"would" makes the future a guess, not a plan: "sales will likely top 8 billion yuan"
_HEDGES_AFTER_WILL = (" likely ", " probably ", " possibly ", " almost certainly ")
PASSIVE_EXPECT = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:also\s+|now\s+)?(?:expected|projected|forecast|"
                            r"predicted|estimated|likely)\s+to\s*$", I)
# what a project is built to do, after "is expected to": its plan, not a forecast
PLAN_VERB_AFTER = re.compile(r"\s+(?:create|employ|hire|house|accommodate|provide|offer)\b", I)
PLAN_WORD = re.compile(r"\b(?:aims?|aiming|aimed|targets?|targeted|goals?|plans?|planned|planning|strives?|seeks?|"
                       r"blueprint|pledged?|vows?|vowed)\b", I)
ESTIMATE_CHAIN = re.compile(r"[^.;]*?,\s+[a-z]+ing\b(?:(?!\b(?:while|but|whereas|which|who|said)\b)[^.;])*", I)
RESTATE_BEFORE = re.compile(r"\b(?:equal|equivalent)\s+to\s+$", I)
ESTIMATE_BEFORE = re.compile(r"\b(?:an\s+)?estimated\s*$", I)
# words each match of PROJECTION and PASSIVE_EXPECT_ANY spells out (one of), for _may_mention
# a word each match of PROJECTION, PASSIVE_EXPECT_ANY or FORECAST_CLAUSE spells out (one of), for _may_mention
_ESTIMATE_WORDS = ("projected", "projects that", "forecast", "estimate", "predict", "expected", "likely", "anticipat",
                   "tipped", "poised", " seen ", "on track", "on course")
PLAN_EXPECT = re.compile(r"\bexpected\s+to" + PLAN_VERB_AFTER.pattern + r"[^.;]*$", I)
PASSIVE_EXPECT_ANY = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:also\s+|now\s+)?(?:expected|projected|forecast|"
                                r"predicted|likely)\s+to\b[^.;]*$", I)


# a forecaster named as the sentence's source makes its future a forecast, not a plan: "rents will fall a further
# 4 to 6 percent next year, the consultancy forecast", "..., analysts estimate.", "according to a forecast by
# Savills, vacancy will peak at 21 percent" (not "according to the plan": the source must name a forecast)
FORECAST_ATTRIBUTION = re.compile(
    r",\s*(?:[\w'’&.-]+\s+){1,5}?(?:forecasts?|forecasted|predicts?|predicted|estimates?|estimated|projects|projected)"
    r"\s*(?:[.;]|$)|\baccording\s+to\s+(?:[\w'’&.-]+\s+){0,4}?(?:forecasts?|estimates?|projections?|predictions?)\b", I)
MODAL = re.compile(r"\b(?:may|might|could|should)\b")  # (the modals of possibility, which TARGET_CUE leaves out)
# (one of them in each match: "projects" only as the attribution's last word)
_FORECAST_ATTRIBUTION_WORDS = ("forecast", "predict", "estimate", "projected", "projection", "projects.", "projects;")


def _forecast_attributed(text: str, sent: dict) -> bool:
    """The sentence is a forecaster's (FORECAST_ATTRIBUTION), worked out once a sentence."""
    known = sent.get("forecast_attributed")
    if known is None:
        known = sent["forecast_attributed"] = _may_mention(sent["low"], _FORECAST_ATTRIBUTION_WORDS) \
            and FORECAST_ATTRIBUTION.search(text) is not None
    return known


RESTATED_AS_PERCENT = re.compile(r"\s*,\s*or\s+")
# the measure of the figure before, named again by a stand-in for another place or group: "while the figure for
# rural residents was 37,900 yuan", "and that of Tianjin stood at 4.1 yuan", "the corresponding number in Hebei is"
SAME_MEASURE_BEFORE = re.compile(r"\b(?:(?:the|this|that)\s+(?:corresponding\s+|comparable\s+|same\s+)?(?:figure|number|"
                                 r"rate|level|reading)|that|those)\s+(?:for|of|in|among)\s+[^,.;\d]{1,50}?\s(?:was|is|were|"
                                 r"are|stood\s+at|came\s+to|reached|hit|at)\s+$", I)
_SAME_MEASURE_WORDS = ("figure", "number", "rate", "level", "reading", "that ", "those ")
_SAME_MEASURE_ENDS = ("was ", "is ", "were ", "are ", " at ", "to ", "reached ", "hit ")  # (its verbs, last)


# two values of one measure set side by side for two places: "81,000 yuan in Beijing against 52,000 yuan in
# Tianjin", "12,000 yuan in Beijing and 9,000 yuan in Tianjin", "310 yuan in Haidian, versus 180 yuan"
COMPARED_GAP = re.compile(r"(?:\s+(?:a|an|per|each)\s+(?:square\s+|cubic\s+)?[a-z]+){0,2}(?:\s+(?:in|for|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?\s*,?\s*"
                          r"(?:and|against|versus|vs\.?|compared\s+with|compared\s+to|as\s+against)\s+")


# another owner's value of the measure just given, named by a bare possessive: "69,434 yuan, and Hebei's 32,903
# yuan", "compared with Tianjin's 43,854 yuan", "while Hebei's was 27,136 yuan"
POSSESSIVE_GAP = re.compile(r"(?:\s+(?:per\s+capita|a\s+year|a\s+month|per\s+(?:year|month|person|head)))?"
                            r"(?:\s+(?:in|for|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?\s*,?\s*"
                            r"(?:and|while|whereas|but|against|versus|vs\.?|compared\s+(?:with|to)|as\s+against)\s+"
                            r"(?:the\s+)?(?:[A-Za-z][\w'’-]*\s+){0,3}?[A-Za-z][\w-]*(?:'s|’s|s'|s’)\s+"
                            r"(?:(?:was|is|were|are|stood\s+at|came\s+to|reached|hit|at)\s+)?")


def _possessive_continues(text: str, prev: _Atom, a: _Atom) -> bool:
    """``a`` is another owner's value of the measure ``prev`` gives, named by a bare possessive (POSSESSIVE_GAP),
    and written the same way (with a scale word or without: not "the park's 2 billion yuan fund")."""
    if a.scaled != prev.scaled:
        return False
    stop = a.qual_start if a.qual_start >= 0 else a.start
    if stop - prev.end > 70 or ("' " not in (gap := text[prev.end:stop]) and "’ " not in gap
                                and "'s " not in gap and "’s " not in gap):
        return False
    return POSSESSIVE_GAP.fullmatch(text, prev.end, stop) is not None


def _list_continues(text: str, prev: _Atom, a: _Atom) -> bool:
    """``a`` is the next item of a list or comparison that ``prev`` opens, so it is the same kind of figure."""
    stop = a.qual_start if a.qual_start >= 0 else a.start
    if stop - prev.end > 60:
        return False
    gap = text[prev.end:stop]
    return (stop - prev.end <= 40 and _LIST_GAP.fullmatch(gap) is not None) or COMPARED_GAP.fullmatch(gap) is not None


# a per-unit phrase right after a value: it may be the unit of a whole list ("265, 240 and 210 yuan per square
# meter"); not "each", "apiece" ("US$560 million, US$270 million and US$50 million each": the last one's alone)
PER_UNIT_AFTER = re.compile(r"\s*(?:per\b|/|an?\s+(?:month|year|day|week|hour|head|person|square|sq\b|tonne|ton\b))", I)


def _rate_back_over_list(text: str, out: list[Quantity], prev: tuple[_Atom, Quantity], a: _Atom) -> None:
    """The per-unit phrase after the last item of a list makes every item a rate ("rents of 265, 240 and 210
    yuan per square meter per month"): the items before ``a`` of the same unit, levels so far, become rates."""
    b, prev_q = prev
    if not out or out[-1] is not prev_q or not _list_continues(text, b, a):
        return
    prev_q.kind = "rate"
    end_at = prev_q.start
    for q in reversed(out[:-1]):  # each earlier item, while the list goes on
        if q.unit != prev_q.unit or q.kind != "level" or not _LIST_GAP.fullmatch(text, q.end, end_at):
            break
        q.kind = "rate"
        end_at = q.start


# ---------------------------------------------------------------- pass 2: figures

ALT_OPEN = re.compile(r"^\s*\(\s*(?:about|approximately|approx\.|around|roughly|some|nearly|almost|or|equivalent to|"
                      r"equal to|i\.e\.)?\s*$", I)
ALT_CLOSE = re.compile(r"^\s*\)")
APPOS_OPEN = re.compile(r"(?:\s+of\s+[\w'’-]+(?:\s+[\w'’-]+){0,3})?\s*,\s*(?:or\s+)?(?:about|approximately|around|roughly|"
                        r"some|nearly|almost|or\s+about|or\s+roughly|or\s+around|equivalent\s+to|equal\s+to)?\s*", I)
APPOS_CLOSE = re.compile(r"\s*(?:[,;.)]|$|of\b|for\b|in\b)", I)
RANGE_GAP = re.compile(r"^(?P<sep>\s*(?:-|–|—|~)\s*|-?\s+to\s+|\s+and\s+|\s+or\s+)$", I)
BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", I)
FROM_BEFORE = re.compile(r"\bfrom\s+$", I)
RANGING_FROM_BEFORE = re.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+(?:widely\s+)?from\s+$", I)
EACH_BEFORE = re.compile(r"\band\b[^,;]{1,80}?\s+(?:will\s+|would\s+|to\s+|also\s+)?each\s+(?:\w+\s+){1,2}$", I)
BOTH_AFTER = re.compile(r"^[^.;]*?\bboth\s+(?:in|for|of|by)\b[^.;]*?\band\s+(?:in|for|of|by)\b", I)


def _alt_ok(main: _Atom, alt: _Atom) -> Optional[str]:
    """The unit of a bracketed conversion of ``main``, or None if ``alt`` is not one."""
    if main.unit in CURRENCIES:
        if alt.unit in CURRENCIES and alt.unit != main.unit:
            return alt.unit
        if alt.unit is None and alt.form == "num" and main.unit != "USD":
            return "USD"  # "60 billion yuan (8.95 billion)": the usual conversion is to US dollars
        return None
    if main.unit in ("mu", "hectare", "m2", "km2") and alt.unit in ("mu", "hectare", "m2", "km2") and alt.unit != main.unit:
        return alt.unit
    if main.unit in ("m", "km") and alt.unit in ("m", "km") and alt.unit != main.unit:
        return alt.unit
    return None


#: size of each area and length unit in square metres / metres
_MEASURE = {"m2": 1.0, "km2": 1e6, "hectare": 1e4, "mu": 10000 / 15, "m": 1.0, "km": 1e3}


#: rough value of each currency in yuan (2015-2025 rates, within about 15%), to tell a comma-set conversion
_YUAN_PER = {"CNY": 1.0, "USD": 6.8, "EUR": 7.6, "GBP": 8.8, "HKD": 0.87, "JPY": 0.056}


def _converts(main: _Atom, alt: _Atom) -> bool:
    """A comma-set amount is a conversion only when it states the same size in another unit (within 5%; money
    within a third, since rates move): "2 billion yuan, or about 280 million US dollars"."""
    if main.unit in _YUAN_PER and alt.unit in _YUAN_PER:
        a, b = main.value * _YUAN_PER[main.unit], alt.value * _YUAN_PER[alt.unit]
        return b > 0 and 0.75 <= a / b <= 1.33
    if main.unit not in _MEASURE or alt.unit not in _MEASURE:
        return False
    a, b = main.value * _MEASURE[main.unit], alt.value * _MEASURE[alt.unit]
    return b > 0 and abs(a - b) <= 0.05 * b


def find_quantities(text: str, published: Optional[str] = None) -> list[Quantity]:
    """Figures in one sentence. ``published`` (ISO date) lets "by 2025" be read as a deadline."""
    pub_year = int(published[:4]) if published and published[:4].isdigit() else None
    # lower-cased once for cheap literal pre-checks; None when lower() does not fold like re.IGNORECASE
    low = None if _has_odd_case(text) else text.lower()
    sent = {"low": low}
    atoms = _scan(text, low, sent)
    if not atoms:
        return []
    # facts about the whole sentence; "rate" and "index" are worked out on first use (see _sentence_fact): most
    # sentences never ask
    sent.update(rate=None, index=None, atoms=atoms,
                by_years=[(m.start(), int(m.group(1))) for m in BY_YEAR.finditer_lowered(text, low)]
                if "20" in text and _may_mention(low, _BY_YEAR_WORDS) else [])
    out: list[Quantity] = []
    # (asked for every figure, answered once: "A and B will each invest ...", "both in X and in Y")
    may_each, may_both = _may_mention(low, ("each",)), _may_mention(low, ("both",))
    sent["may_each"] = may_each
    prev: Optional[tuple[_Atom, Quantity]] = None
    est_end = -1
    i = 0
    n = len(atoms)
    while i < n:
        a = atoms[i]
        i += 1
        if i < n and text.startswith(_RATIO_OPENINGS, a.end) and a.why_not in _RATIO_OK \
                and _ratio_of_counts(text, a, atoms[i]):
            b = atoms[i]  # "one in five companies", "nine out of 10 firms": a share of a + " in " + b
            i += 1
            q_word, q_start = _qualifier_of(text, a)
            q = Quantity(q_start if q_word != "exact" else a.start, b.end, round(100 * a.value / b.value, 2),
                         "percent", q_word, head_end=b.end, num_start=a.num_start, num_end=b.num_end)
            q.kind = "target" if _kind(text, q, a, prev, pub_year, sent) == "target" else "share"
            out.append(q)
            prev = (b, q)
            continue
        if a.why_not:
            if a.why_not != "milestone" or not _milestone_stands_alone(text, a, atoms):
                continue
        end = a.end
        alt_value = alt_unit = None
        # a bracketed conversion folds into the amount before it
        if i < n and atoms[i].start - a.end < 40 and ALT_OPEN.match(text[a.end:atoms[i].start]) \
                and ALT_CLOSE.match(_after(text, atoms[i].end, 8)):
            au = _alt_ok(a, atoms[i])
            if au and not atoms[i].year:
                alt_value, alt_unit = atoms[i].value, au
                end = atoms[i].end + ALT_CLOSE.match(_after(text, atoms[i].end, 8)).end()
                i += 1
        # or set off by commas: "2,300 mu of industrial land, about 153 hectares, for ...", "40,000 mu, or about
        # 2,667 hectares, of grassland"
        elif i < n and atoms[i].start - a.end < 60 and atoms[i].unit is not None and not atoms[i].why_not \
                and APPOS_OPEN.fullmatch(text, a.end, atoms[i].start) and APPOS_CLOSE.match(text, atoms[i].end):
            au = _alt_ok(a, atoms[i])
            if au and _converts(a, atoms[i]):
                alt_value, alt_unit = atoms[i].value, au
                i += 1
        # "2 hours 15 minutes", "one hour and 20 minutes": one duration, in hours
        value = a.value
        if a.unit == "hour" and i < n and atoms[i].unit == "minute" and atoms[i].start - end < 6 and atoms[i].value < 60 \
                and HOURS_MINUTES_GAP.fullmatch(text, end, atoms[i].start) and not alt_value:
            value += atoms[i].value / 60
            end = atoms[i].end
            i += 1
        pre = _before(text, a.start)
        q_word, q_start = _qualifier_of(text, a)
        if q_word == "exact" and _sentence_mentions(sent, "or_so", _OR_SO_WORDS) and OR_SO_AFTER.match(_after(text, end, 30)):
            q_word = "approx"
        if q_word == "exact" and a.post_q:
            q_word = a.post_q
        a.qual_start = q_start if q_word != "exact" else -1
        # ranges: "5-8 billion yuan", "2 million to 2.5 million", "between 5 and 10 percent", "80 or 90 percent"
        if i < n:
            b = atoms[i]
            gm = RANGE_GAP.match(text[end:b.start]) if b.start - end < 20 else None
            if gm and not a.year and not b.year and _range_ok(text, a, b, gm.group("sep").strip().lower()):
                b_ok = b.why_not is None or b.why_not == "duration placing the statement in time" and a.unit is None
                if b_ok:
                    i += 1
                    lo = a.value
                    if not a.scaled and b.scaled:
                        lo *= b.scale
                    unit = a.unit or b.unit or "count"
                    start = q_start if q_word != "exact" else a.start
                    bm = BETWEEN_BEFORE.search(_before(text, start, 20))
                    if bm:
                        start = start - len(_before(text, start, 20)) + bm.start()
                    rng_end = b.end
                    lo_q = Quantity(start, rng_end, lo, a.unit or unit, "ge", alt_value=alt_value, alt_unit=alt_unit,
                                    head_end=rng_end, num_start=a.num_start, num_end=a.num_end)
                    hi_q = Quantity(start, rng_end, b.value, b.unit or unit, "le", head_end=rng_end,
                                    num_start=b.num_start, num_end=b.num_end)
                    fake = replace(b, start=a.start, unit=unit, qual=a.qual)  # (at a's start: a's qualifier)
                    for qq in (lo_q, hi_q):
                        qq.kind = _kind(text, qq, fake, prev, pub_year, sent)
                    out += [lo_q, hi_q]
                    prev = (b, hi_q)
                    continue
        unit = a.unit
        # (the calls are few: a bare number after "from", or close before another number)
        if unit is None and not a.year and out and (out[-1].unit in CURRENCIES if a.scaled else out[-1].unit in _FROM_UNIT_SHARED) \
                and out[-1].end <= a.start and " to " in pre[-40:] and FROM_TO_BEFORE.search(pre[-80:]) \
                and FROM_BEFORE.search(text, max(0, out[-1].start - 12), out[-1].start):
            unit = out[-1].unit  # "cut from 20 days to five", "from 2 billion yuan to 3 billion": the from-value's unit
        if unit is None and not a.year and (pre.endswith("from ") or (i < n and atoms[i].start - a.end < 8)):
            shared = _unit_written_once(text, a, atoms, i, pre, out)
            if shared is not None:
                unit, scale = shared
                value *= scale
        bench = _benchmark_of(text, low, a, out)
        if unit is None and bench is not None:
            unit = bench.unit  # "152 patents per 10,000 people, three times the national average of 15.8"
        if unit is None:
            if not a.scaled and text.startswith(" point", end) and (pm := POINTS_AFTER.match(text, end)) \
                    and _may_mention(low, _RATE_WORDS) and RATE_WORDS.search(text) \
                    and not _sentence_fact(text, sent, "index"):
                unit, end = "percentage_point", pm.end()  # "the jobless rate was 3 points higher": points of a rate
            else:
                unit = _implied_currency(text, a, atoms) or ("index" if _index_reading(text, a, sent) else "count")
        start = q_start if q_word != "exact" else a.start
        if q_word == "exact" and _sentence_mentions(sent, "estimate", _ESTIMATE_WORDS) and (
                PROJECTION.search(pre) or (PASSIVE_EXPECT_ANY.search(pre) and not PLAN_WORD.search(pre)
                                           and not RESTATE_BEFORE.search(pre) and not PLAN_EXPECT.search(pre)
                                           and not _plan_sourced(low))
                or FORECAST_VERB.search(pre)):
            # ("economists forecast that GDP will grow 5 percent", "JLL forecasts that 2 million square meters will
            # be delivered": the number's clause is what is forecast)
            q_word = "approx"
        elif q_word == "exact" and _may_mention(low, ("expect",)) and (FORECASTER_EXPECT.search(pre[-120:])
                                                                     or MARKET_EXPECT.search(pre[-120:])):
            q_word = "approx"  # "analysts expect revenue of 8 billion yuan": an estimate
        elif q_word == "exact" and _forecast_attributed(text, sent) and (TARGET_CUE.search(pre) or MODAL.search(pre)):
            q_word = "approx"  # "vacancy will peak at 21 percent, brokers predict": the future of a forecast
        elif q_word == "exact" and _sentence_mentions(sent, "subject_forecast", _SUBJECT_FORECAST_WORDS) \
                and (fm := _subject_of(SUBJECT_FORECAST_AFTER, _after(text, end))) and not fm.group(2) \
                and _heads_subject(text, a, end, end + fm.start(1), unit, pre):
            q_word = "approx"  # "sales of 12 billion yuan are forecast for 2026": the subject of a forecast
        # "will consume an estimated 400 million kWh, cutting coal use by 128,000 tonnes": what follows from an
        # estimate in a participle clause is an estimate too
        sent["projection_here"] = False
        if est_end >= 0 and ESTIMATE_CHAIN.fullmatch(text, est_end, a.start):
            sent["projection_here"] = True
            if q_word == "exact":
                q_word = "approx"
        elif q_word == "approx" and ESTIMATE_BEFORE.search(pre):
            est_end = end
        q = Quantity(start, end, value, unit, q_word, alt_value=alt_value, alt_unit=alt_unit, head_end=end,
                     num_start=a.num_start, num_end=a.num_end)
        q.kind = _kind(text, q, a, prev, pub_year, sent)
        if bench is not None and bench.unit == unit and bench.kind in ("rate", "level") and q.kind != "target":
            q.kind = bench.kind  # the benchmark is the same kind of figure as the one compared with it
        elif out and q.kind in ("level", "share") and out[-1].unit == unit and out[-1].kind in ("rate", "share", "level") \
                and pre.endswith("from ") and EARLIER_VALUE_BEFORE.search(pre[-12:]):
            q.kind = out[-1].kind  # "1,800 applications a year, up from 1,100": the earlier value of the same rate
        if a.form == "frac":  # a part of a whole, unless it is the size of a change ("cut by half")
            q.kind = q.kind if q.kind == "target" or (q.kind == "change" and not OF_AFTER.match(_after(text, end, 8))) \
                else "share"
        elif a.form == "mult":
            q.kind = "target" if q.kind == "target" else "change"
        if q.kind == "rate" and prev is not None and prev[1].kind == "level" and prev[1].unit == unit \
                and PER_UNIT_AFTER.match(text, end):
            _rate_back_over_list(text, out, prev, a)
        out.append(q)
        # one phrase, several figures: "A and B will each invest US$50 million"; "both in X and in Y"
        if (may_each and EACH_BEFORE.search(_without_qualifier(text, pre, a))) or (
                may_both and BOTH_AFTER.match(_after(text, end))):
            out.append(replace(q))
        prev = (a, q)
    return out


# a verb of going past, then "the", before a milestone: "crossed the 300,000 mark", "broke through the 1 trillion
# yuan barrier" (QUALIFIER_BEFORE reads these verbs only right before the number)
PAST_THE_BEFORE = re.compile(r"\b(?:pass(?:es|ed|ing)?|cross(?:es|ed|ing)?|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|"
                             r"top(?:s|ped|ping)?|breach(?:es|ed|ing)?|(?:break|breaks|breaking|broke|broken)"
                             r"(?:\s+through)?)\s+the\s+$", I)

# a sentence opening with a pronoun subject goes on about what the sentence before stated
PRONOUN_OPENING = re.compile(r"\W*(?:it|this|that|they|these|those)\b", I)


def _milestone_stands_alone(text: str, a: _Atom, atoms: list[_Atom]) -> bool:
    """The milestone ``a`` ("crossed the 300,000 mark") is the value the sentence reports: no other number of
    its unit states the exact figure, as "3.09 trillion yuan" does beside "breaking through the 3 trillion yuan
    mark" (whatever the values: a misprint or a garbled figure is no second fact). Then it is a figure, and a verb of
    going past before it bounds it from below (FIGURES.md: "a bound that stands alone is a figure")."""
    if not text.endswith("the ", 0, a.start) and MILESTONE_AFTER.match(text[a.end:a.end + 40]):
        return False  # "mark" with no "the" before the number is a verb: "readings above 50 mark expansion"
    if PRONOUN_OPENING.match(text):
        return False  # "It broke through the 3 trillion yuan mark.": the exact value was given before
    for b in atoms:
        if b is not a and not b.year and b.unit == a.unit:
            return False
    if _qualifier_of(text, a)[0] == "exact" and PAST_THE_BEFORE.search(text, max(0, a.start - 40), a.start):
        a.qual = ("gt", a.start)  # (the verb is outside the mention: the mention stays the milestone's number)
    return True


# (not "or": "255, or 21 percent, of the firms" restates a count as a share)
POINTS_AFTER = re.compile(r"\s+points?\b")
# a sentence about a rate or a share, whose "points" are percentage points
RATE_WORDS = re.compile(r"\b(?:rates?|ratios?|shares?|proportions?|percent|per\s+cent|percentage|intensity)\b|%", I)
_RATE_WORDS = ("rate", "ratio", "share", "proportion", "percent", "per cent", "intensity", "%")
HOURS_MINUTES_GAP = re.compile(r"\s+(?:and\s+)?", I)
_LIST_OF_NUMBERS_GAP = re.compile(r"\s*,\s+(?:and\s+)?|\s+and\s+")
FROM_TO_GAP = re.compile(r"\s+to\s+")
# units a bare to-value takes from its from-value (not a currency, whose scale word may differ)
_FROM_UNIT_SHARED = frozenset({"minute", "hour", "day", "year", "percent", "percentage_point", "times", "m2", "km2",
                               "hectare", "mu", "m", "km", "t"})
# "up from 9 a year earlier", "down from 20": the earlier value of the figure just stated
EARLIER_VALUE_BEFORE = re.compile(r"\b(?:up|down)\s+from\s+$", I)
# ... and the value a plan is compared with, which is no plan: "expects revenue of 6 billion yuan this year, compared
# with 4.8 billion yuan in 2023", "a goal of 300 firms, against 180 now"
BASE_VALUE_BEFORE = re.compile(r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|versus|against)\s+$", I)
_BASE_VALUE_ENDS = ("from ", "with ", "to ", "versus ", "against ")


def _unit_written_once(text: str, a: _Atom, atoms: list[_Atom], i: int, pre: str,
                       out: list[Quantity]) -> Optional[tuple[str, float]]:
    """(unit, scale) of a bare number whose unit the sentence writes only once, or None: the from-value of "from 12
    to 20 percent" or "from 3.2 to 4.5 billion yuan" takes the to-value's unit and scale word; the earlier value
    in "12 percent, up from 9" takes the unit of the figure it follows; the first items of a list, "12 billion and
    8 billion yuan, respectively", "6.1, 5.8 and 4.9 percent", the unit of its last item (``atoms[i]`` is the atom
    after ``a``)."""
    nxt = atoms[i] if i < len(atoms) else None
    if nxt is not None and nxt.start - a.end < 8 and _LIST_OF_NUMBERS_GAP.fullmatch(text, a.end, nxt.start):
        last = a
        for b in atoms[i:]:
            if b.year or b.why_not or not _LIST_OF_NUMBERS_GAP.fullmatch(text, last.end, b.start):
                return None
            if b.unit is not None or b.scaled:
                return b.unit or "count", 1.0 if a.scaled else b.scale
            last = b
        return None
    if not pre.endswith("from "):  # (the usual spacing: this runs for every bare number)
        return None
    if nxt is not None and (nxt.unit is not None or nxt.scaled) and FROM_BEFORE.search(pre) \
            and FROM_TO_GAP.fullmatch(text, a.end, nxt.start) and not nxt.year:
        return nxt.unit or "count", 1.0 if a.scaled else nxt.scale
    if out and out[-1].end <= a.start and EARLIER_VALUE_BEFORE.search(pre[-12:]) \
            and out[-1].unit not in ("count", "index"):
        return out[-1].unit, 1.0
    return None


# every BENCHMARK_BEFORE match spells out one of these, for _may_mention
_BENCHMARK_WORDS = ("average", "level", "figure", "benchmark", "mean", "median", "compared", "versus", "vs")
BENCHMARK_BEFORE = re.compile(r"\b(?:average|level|figure|benchmark|mean|median)\s+(?:of\s+|at\s+|was\s+|is\s+)?$|"
                              r"\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+$", I)


RATIO_GAP = re.compile(r"\s+(?:in|out\s+of)\s+(?:every\s+)?", I)
_RATIO_OPENINGS = (" in ", " out of ")  # how a RATIO_GAP in news copy opens (a pre-check)
#: why a number that opens "one in five" was set aside alone (the pronoun "one", a number word with no noun after
#: it), or None; the "five" after it may be read as a denominator
_RATIO_OK = (None, "pronoun one", "no noun")


def _ratio_of_counts(text: str, a: _Atom, b: _Atom) -> bool:
    """ "one in five", "nine out of (every) 10": two bare whole numbers, the first the smaller, joined by "in" or
    "out of", a proportion (not "15 stores in 12 cities": the words between must be only these)."""
    return (a.unit is None and b.unit is None and not a.scaled and not b.scaled and not a.year and not b.year
            and a.form in ("num", "word") and b.form in ("num", "word") and 1 <= a.value < b.value <= 1e6
            and a.value.is_integer() and b.value.is_integer()
            and b.why_not in (None, "denominator", "no noun", "anaphor") and RATIO_GAP.fullmatch(text, a.end, b.start) is not None)


def _benchmark_of(text: str, low: Optional[str], a: _Atom, out: list[Quantity]) -> Optional[Quantity]:
    """A bare number given as the benchmark of a figure before it in the sentence ("the national average of
    15.8") is read in that figure's unit; the figure is the last one not stated as a ratio."""
    if a.unit is not None or a.scaled or a.form != "num" or not (
            _may_mention(low, _BENCHMARK_WORDS) and BENCHMARK_BEFORE.search(_before(text, a.start, 40))):
        return None
    if not NO_NOUN_AFTER.match(_after(text, a.end, 20)):
        return None
    for q in reversed(out):
        if q.unit not in ("times", "percentage_point", "percent"):
            return q
    return None


def _sentence_mentions(sent: dict, key: str, words: tuple[str, ...]) -> bool:
    """``_may_mention(sent["low"], words)``, worked out once a sentence and kept in ``sent`` under ``key``."""
    known = sent.get(key)
    if known is None:
        known = sent[key] = _may_mention(sent["low"], words)
    return known


def _sentence_fact(text: str, sent: dict, key: str) -> bool:
    """sent["rate"] (a per-year phrase governs the sentence's figures) or sent["index"] (the sentence is about an
    index), computed the first time a rule asks.  Both are pure functions of the sentence and its atoms, which
    do not change once scanned."""
    if sent[key] is None:
        if key == "rate":
            sent[key] = _sentence_rate(text, sent["low"], sent["atoms"])
        else:
            sent[key] = _may_mention(sent["low"], _INDEX_WORDS) and INDEX_WORDS.search(text) is not None
    return sent[key]


def _sentence_rate(text: str, low: Optional[str], atoms: list[_Atom]) -> bool:
    """ "Every year its forest absorbs ..." : a per-year phrase governs its clause's figures, unless it sits
    right after one figure's unit ("750 million kWh per year"), which it then qualifies alone."""
    if not (_may_mention(low, _RATE_SENTENCE_WORDS) and _may_mention(low, _RATE_SENTENCE_UNITS)):
        return False
    for m in RATE_SENTENCE.finditer_lowered(text, low):
        attached = any(b.end <= m.start() and ATTACHED_GAP.fullmatch(text, b.end, m.start()) and not b.why_not
                       for b in atoms)
        if not attached:
            return True
    return False


ATTACHED_GAP = re.compile(r"\s*(?:of\s+[\w-]+\s*)?")


# (dimension, size in its base unit) of the units a range may mix
_SAME_DIMENSION = {"minute": ("time", 1 / 60), "hour": ("time", 1.0), "day": ("time", 24.0),
                   "m": ("length", 1.0), "km": ("length", 1e3),
                   "m2": ("area", 1.0), "km2": ("area", 1e6), "hectare": ("area", 1e4), "mu": ("area", 10000 / 15)}


def _range_ok(text: str, a: _Atom, b: _Atom, sep: str) -> bool:
    if a.form not in ("num", "word") or b.form not in ("num", "word"):
        return False
    if a.unit is not None and b.unit is None:
        return False
    if a.unit is not None and a.unit != b.unit:
        # bounds in two units of one dimension ("between 1 hour and 90 minutes", "from 800 meters to 2 km"),
        # compared in a common unit; other pairs of units are two figures
        fa, fb = _SAME_DIMENSION.get(a.unit), _SAME_DIMENSION.get(b.unit)
        if fa is None or fb is None or fa[0] != fb[0] or a.value * fa[1] >= b.value * fb[1]:
            return False
        lo = a.value * fa[1] / fb[1]  # in b's unit
    else:
        lo = a.value * (b.scale if (not a.scaled and b.scaled) else 1)
    pre = _without_qualifier(text, _before(text, a.start), a)
    if lo >= b.value:
        return False
    if sep in ("-", "–", "—", "~"):
        return a.unit is None or a.unit == b.unit
    if sep.endswith("to"):  # "from X to Y" is a change of level, but "ranging from X to Y" a range
        if FROM_BEFORE.search(pre) and not RANGING_FROM_BEFORE.search(pre[-60:]):
            return False
        # "rose by 300 to 2,300" is a change and the level it reached; "grew by 5 to 6 percent" a range of changes,
        # whose bounds are close
        return b.value <= 3 * lo or not _after_change_verb(pre)
    if sep == "and":
        return bool(BETWEEN_BEFORE.search(pre))
    if sep == "or":
        # "80 or 90 percent", "60 or 70 (engineers)": two close estimates of one amount
        if a.unit is None and b.unit is not None:
            return True
        return a.unit == b.unit and a.form == b.form and b.value <= 2 * lo
    return False


def _index_reading(text: str, a: _Atom, sent: dict) -> bool:
    """A bare number in a sentence about an index, with no noun after it: an index reading."""
    if a.form != "num" or a.scaled or not NO_NOUN_AFTER.match(_after(text, a.end, 20)):
        return False
    # a bare decimal with no noun after it is a reading of some gauge, not a count; unless its subject is counted
    # per some unit ("patents per 10,000 people reached 61.3": a count per unit, a rate)
    if "." in text[a.num_start:a.num_end] and not (
            _sentence_mentions(sent, "per_word", ("per ",))
            and PER_NOUN_BEFORE.search(_without_qualifier(text, _before(text, a.start, 100), a))):
        return True
    return _sentence_fact(text, sent, "index")


def _implied_currency(text: str, a: _Atom, atoms: list[_Atom]) -> Optional[str]:
    """ "invested 3.5 billion": a scaled amount after a money verb is money, in the sentence's currency or yuan."""
    if not a.scaled or not MONEY_BEFORE.search(_without_qualifier(text, _before(text, a.start), a)[-60:]):
        return None
    for b in atoms:
        if b.unit in CURRENCIES:
            return b.unit
    return "CNY"
