"""The measure of a figure: the short phrase of the text that names what is measured.

- a count names what it counts right after the number ("1,500 new companies", "27 project
  investment agreements");
- an amount, a share or a change is named before it ("total investment of 35 billion yuan",
  "R&D spending reached 3.09 trillion yuan", "the city's GDP rose 6 percent") or after it
  ("60 billion yuan in investment");
- failing that, the nearest phrase of the metric catalogue in the sentence ("investment").

:func:`classify_metric` (from :mod:`zgc_etl.reference`) maps the phrase to a catalogue metric.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..reference import classify_metric, load_metrics  # noqa: F401  (re-exported)

# Words that end a noun phrase: prepositions, conjunctions, auxiliaries, pronouns, adverbs.
FUNCTION = set("""
in of at from with to into for since by and or but which that who whose whom has have had were was is are be been
being will would can could may might shall should each respectively last this over during on per as than up down
worth valued totaling totalling involving while including among located across through under within between near
about around nearly almost some more less it its they their them there these those the a an such other another
also only just now currently so then already still even both all any our his her we he she i you us him me
while when where after before because if though although whereas again together alone further next previous
year years month months day days percent yuan dollars million billion trillion thousand hundred times fold
same row current home total individually respectively separately alone january february march april may june
july august september october november december against versus every
""".split())
VERBS = set("""
reach reached reaches reaching hit hits stood stand stands totaled totalled totals amounted amount exceeded
exceeds exceed topped tops surpassed rose rise rises grew grow grows increased increase increases climbed jumped
fell drop dropped declined came come comes went go goes saw see sees made make makes took take takes put puts
bring brought brings attract attracted attracts drew draw draws registered recorded posted achieved generated
generate raised raise earned earn sold sell absorbs absorb released release gives gave give provides provided
provide signed sign signs set sets hold held holds account accounted accounting accounts represent represented
representing representing make making expected expects expect plans planned plan aims aim aimed hopes hoped
become became becomes said says say reported reports showed shows show according invested invest invests
received receive receives employ employs employed host hosts hosted operate operates boasts boast opened open opens numbered
number covered covers cover put spent spend spends added add adds kept keep keeps leased lease leases
grown shown built sold made held taken given done gone sent won got paid began begun begins carries carry carried roll rolls rolled include includes included lift lifts
lifted bring bringing carry carrying attend attending attended produced produce produces turned turn turns
""".split())
# Words ending in -ed / -ing that are ordinary modifiers or nouns in measures.
NOMINAL = set("""
registered listed skilled authorized advanced integrated designated accumulated combined planned estimated
manufacturing processing financing funding building spending leasing housing training marketing engineering
shipping computing banking mining trading consulting landing holding existing remaining outstanding leading
impoverished detailed limited united related based invested installed verified cited asking
""".split())
_WORD = re.compile(r"[A-Za-z&][\w&'’-]*|\d[\d.]*(?:G|D|-[A-Za-z][\w-]*)\b|\d[\d,.]*|[^\sA-Za-z\d]")


class _Memo(dict):
    """A pure function of one string (or None), memoised: ``memo[key]`` is ``fn(key)``, worked out on a miss.  The
    phrase rules ask about the same words and phrases for figure after figure, and a dictionary look-up through
    ``__getitem__`` costs less than a Python call; emptied past 100,000 keys."""

    def __init__(self, fn) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, key):
        got = self.fn(key)
        if len(self) > 100_000:
            self.clear()
        self[key] = got
        return got


def _is_verbish_uncached(w: str) -> bool:
    lw = w.lower()
    if lw in NOMINAL:
        return False
    return lw in VERBS or (len(lw) > 4 and (lw.endswith("ed") or lw.endswith("ing")) and not w[0].isupper())


_is_verbish = _Memo(_is_verbish_uncached).__getitem__

_QUOTES = "\"“”‘’'"
# a number that is a word of a noun phrase: "4G users", "5G base stations", "100-billion-yuan-class clusters"
_NUM_WORD = re.compile(r"\d[\d.]*(?:G|D|-[A-Za-z][\w-]*)$")
# a count's premodifiers that are not what is counted: "three more forest farms", "30 additional projects"
_COUNT_LEAD = {"more", "additional", "further", "other", "new"}


def _np_after(sentence: str, pos: int) -> Optional[str]:
    """The noun phrase that starts right after a count: "1,500 new companies settled" → "new companies";
    adjectives joined by "and" stay in it ("desertified and degraded land", "specialized and sophisticated
    "little giant" firms"), and so do quoted words."""
    words: list[str] = []
    limit = 4
    quote = False
    toks = _WORD.finditer(sentence, pos)
    for m in toks:
        w = m.group()
        lw = w.lower()
        if w in _QUOTES:
            quote = not quote
            if words or not quote:
                limit = max(limit, len(words) + 3)
            continue
        if w[0].isdigit() and _NUM_WORD.match(w):  # (str.isdigit holds for every \d)
            words.append(w)
            continue
        if not words and lw in ("more", "additional", "further"):
            continue  # "three more forest farms"
        if len(w) == 1 and words and w in "ABC" and words[-1].lower() in ("grade", "class"):
            words.append(w)  # "Grade A office space": a grade letter is no article
            continue
        if lw in ("and", "or") and words and len(words) < 6:
            nxt = _WORD.match(sentence, m.end() + 1) if m.end() < len(sentence) else None
            nw = nxt.group() if nxt else ""
            if nw and nw[0].isalpha() and nw.lower() not in FUNCTION and nw.lower() not in VERBS and \
                    nw.lower() not in _CLAUSE_VERBS:  # ("12 counties and delivers 8 billion ...": a verb)
                words.append(lw)
                limit = max(limit, len(words) + 3)
                continue
            break
        if words and words[-1] in ("and", "or") and _is_verbish(w) and lw not in VERBS:
            nxt = _WORD.match(sentence, m.end() + 1) if m.end() < len(sentence) else None
            if nxt and nxt.group()[0].isalpha() and nxt.group().lower() not in FUNCTION | VERBS:
                words.append(w)  # "desertified and degraded land": participles before a noun are adjectives
                continue
        if words and _is_verbish(w) and lw not in VERBS and not words[-1].endswith("s") and _modifier_next(sentence, m.end()):
            words.append(w)  # "national-level specialized and sophisticated enterprises": a participle before its noun
            continue
        if not w[0].isalpha() or lw in FUNCTION or (words and _is_verbish(w)) or (lw in VERBS and lw not in NOMINAL) \
                or words and lw[-1] == "y" and _adverb(lw):
            break  # (an adverb: "300,000 vehicles annually")
        words.append(w)
        if len(words) >= limit:
            break
    while words and words[-1].lower() in ("and", "or"):
        words.pop()
    out = " ".join(words)
    if "'" in out or "’" in out:
        # a closing single quote is no part of its word ("'unicorn' startups"; _WORD takes it in as an apostrophe),
        # unless it ends a plural's possessive ("firms'")
        out = " ".join(w[:-1] if w[-1] in "'’" and len(w) > 1 and w[-2] != "s" else w for w in words)
    return out.replace(" ,", ",") or None


def _modifier_next(sentence: str, pos: int) -> bool:
    """Whether the word after ``pos`` goes on a noun phrase: a word that is no function word or verb, or "and" and
    such a word ("specialized and sophisticated ...")."""
    words = []
    for m in _WORD.finditer(sentence, pos):
        if m.group() not in _QUOTES:
            words.append(m.group().lower())  # (quotes are passed over: "sophisticated 'little giant' firms")
            if len(words) == 2 or words[0] != "and":
                break
    w = words[-1] if words else ""
    return bool(w) and w[0].isalpha() and w not in FUNCTION and w not in VERBS


# Verbs that join a clause's subject to its object and are seldom a noun of a measure ("the county offers factory land
# at ...", "the line runs 48 km", "the firm sells 2,000 robots"): links before a figure, and the end of the phrase
# before one (the subject is no part of the object's measure).  Kept apart from VERBS, which also ends a phrase
# after a count ("1,200 job offers").
_CLAUSE_VERBS = frozenset("""offer offers sells runs ran spans passes pass handles serves stretch stretches extend
extends delivers deliver contains forecast forecasts fall falls lowers decline declines decrease decreases climb climbs
slip slips soar soars surge surges jump jumps expand expands shrink shrinks widen widens narrow narrows""".split())
# words in -ly that are no adverbs: nouns and adjectives ("supply of 95,000", "monthly income"); every other word of
# five letters or more in -ly is read as an adverb ("fell sharply to", "300,000 vehicles annually"), which is no part
# of a measure
_LY_WORDS = frozenset("""supply family assembly monopoly anomaly rally italy july daily weekly monthly quarterly
yearly early elderly only holy jelly belly""".split())


def _adverb(lw: str) -> bool:
    return len(lw) > 4 and lw.endswith("ly") and lw not in _LY_WORDS


_LINKS = FUNCTION | VERBS | _CLAUSE_VERBS | {"more", "than", "least", "much", "close", "approximately", "roughly", "estimated",
                             "average", "total",
                             # the base of a change, between its number and the next ("fell 4.2 percent
                             # quarter-on-quarter to 241 yuan"), names nothing measured
                             "quarter-on-quarter", "month-on-month", "year-on-year", "yoy", "qoq",
                             # an adjective that says a level held ("rents were largely flat at 310 yuan")
                             "flat", "stable", "steady", "unchanged"}


def _proper_uncached(phrase: str) -> bool:
    return all(w[:1].isupper() for w in phrase.split())


_proper = _Memo(_proper_uncached).__getitem__


# places and bodies that own a measure: "productivity in the zones", "companies in the city"
_OWNER_NOUNS = {"city", "zone", "zones", "area", "park", "parks", "region", "country", "district", "province", "county",
                "cluster", "port", "town", "nation", "capital", "cities", "areas", "regions", "places", "districts",
                "provinces", "counties", "towns", "countries", "company", "firm", "group", "bank", "economy",
                "submarket", "campus",
                # sites and lines that own what is measured at or on them: "annual sales at the mall", "daily
                # ridership on the line"
                "center", "centre", "plant", "factory", "mall", "hub", "base", "site", "airport", "station", "terminal",
                "complex", "facility", "sub-park", "subpark", "line", "route"}
_AMOUNT_HEAD = {"number", "numbers", "amount", "count", "total", "share", "proportion", "percentage", "value", "volume",
                "sum", "level", "size", "scale", "rate", "ratio", "stock"}


_POSSESSIVE_FIRST = re.compile(r"\w+['’]s\s")
_ABBREVIATED = re.compile(r"[A-Z]{2}|&")


# the subject phrase of a clause and a participle clause after it, up to the end of a text: "The value of technology
# contracts signed by Tianjin firms with (Beijing partners)" (group 1: the phrase; group 2: the participle)
_PARTICIPLE_CLAUSE = re.compile(r"(?:^|[,;:]\s+)(?:(?:the|its|their|The|Its|Their)\s+)?((?:[\w&'’-]+\s+){0,5}?[a-z][\w&'’-]*)"
                                r"\s+([a-z]+ed|made|sent|won|held|built|paid|given|sold)\s+(?:by|with|from|to|in|at|between)\s+"
                                r"[^,;:]*$")
_PARTICIPLE_PREPS = (" by ", " with ", " from ", " between ")
_PARTICIPLE_ENDS = ("ed ", "made ", "sent ", "won ", "held ", "built ", "paid ", "given ", "sold ")


def _before_participle(sentence: str, k: int) -> Optional[str]:
    """The phrase that opens the clause of ``sentence[:k]`` when a participle clause follows it and runs up to ``k``
    ("The value of technology contracts signed by Tianjin firms with ..." → "value of technology contracts"), else
    None.  (The phrase holds no verb; the participle is none of the NOMINAL words: "registered in" names a class.)"""
    m = _PARTICIPLE_CLAUSE.search(sentence, max(0, k - 160), k)
    if m is None or m.group(2) in NOMINAL or not _is_verbish(m.group(2)) and m.group(2) not in VERBS:
        return None
    words = m.group(1).split()
    if any(w.lower() in VERBS and w.lower() not in NOMINAL and w.lower() not in _AMOUNT_HEAD or
           w.lower() in FUNCTION and w.lower() not in ("of", "on") for w in words):
        return None
    if len(words) > 2 and words[1] == "of" and words[0].lower() in ("number", "numbers", "amount", "count"):
        del words[:2]  # "the number of startups incubated by ...": the startups are counted
    return " ".join(words)


def _np_before(sentence: str, pos: int) -> Optional[str]:
    np = _np_before0(sentence, pos)
    if np:
        np = _cut_relative(np)
    if np and ") " in sentence[max(0, pos - 60):pos] and (k := sentence.rfind(np, 0, pos)) > 3 and \
            (b := _ABBR_BEFORE.search(sentence, max(0, k - 12), k)) and sentence[b.start() - 1:b.start()] == " ":
        # "research and development (R&D) spending": the words before the bracket are part of the phrase, in the
        # text's main form
        inner = _np_before(sentence, b.start() - 1)
        if inner and not _namey(inner) and len(inner.split()) <= 4:
            np = inner + " " + np
    if np and any(map((window := sentence[max(0, pos - 100):pos]).__contains__, _PARTICIPLE_PREPS)) and \
            any(map(window.__contains__, _PARTICIPLE_ENDS)):
        # "The value of technology contracts signed by Tianjin firms with Beijing partners rose to ...": the phrase
        # before the participle clause is measured, not the last noun of that clause (a substring test first: most
        # phrases have no "by", "with", "from" or "between" before them)
        k = sentence.rfind(np, 0, pos)
        head = _before_participle(sentence, k) if k > 0 else None
        if head:
            np = head
    if np and (np.lower().startswith("development ") or np.lower() == "development") and \
            _RESEARCH_AND.search(sentence, max(0, (k := sentence.rfind(np, 0, pos)) - 20), k):
        # "research and development spending" (the phrase stops at "and"): named by the short form the labels use,
        # as the contract's own example ("R&D investment") and the dev labels do even where the text spells it out
        np = "R&D" + np[11:]
    if np and len(np.split()) > 1 and _POSSESSIVE_FIRST.match(np) and not np[0].isupper():
        np = np.split(" ", 1)[1]  # "the port's cargo throughput"
    return np


# (a longer site, "Installed racks in the data center cluster", owns what is measured only after in/at/on/from)
_SITE_PREP = re.compile(r"\s+(?:in|at|on|from)\s+(?:the\s+|its\s+|their\s+)?$")
# an abbreviation in brackets right before a phrase: "research and development (R&D) spending"
_ABBR_BEFORE = re.compile(r"\(([A-Z][A-Za-z&]{1,6})\)\s+$")
_OWNER_PREP = re.compile(r"\s+(?:in|at|of|on|from)\s+(?:the\s+|its\s+|their\s+)?$")
_ACTORS = {"companies", "firms", "enterprises", "businesses", "universities", "institutions", "residents", "people"}
_PP_LINK = {"of", "with", "from", "for"}


def _phrase_before(sentence: str, end: int, depth: int = 0) -> Optional[str]:
    """The noun phrase ending at ``end``, with its "of"/"with"/"from" modifiers: "average annual salary of
    robotics engineers", "enterprises with investment from Beijing"; through a participle clause to the
    noun it describes: "invention patents owned by companies" → "invention patents owned"."""
    toks = list(_WORD.finditer(sentence, max(0, end - 120), end))
    out: list[str] = []
    j = len(toks) - 1
    while j >= 0 and len(out) < 7:
        w = toks[j].group()
        lw = w.lower()
        if lw in _PP_LINK and out and out[0].lower() not in FUNCTION:
            out.insert(0, w)
            j -= 1
            continue
        if lw in ("by", "to") and j > 0 and depth == 0 and _is_verbish(toks[j - 1].group()) and \
                toks[j - 1].group().lower() not in NOMINAL:
            # "invention patents granted to companies", "patents owned by firms"
            inner = _phrase_before(sentence, toks[j - 1].start(), 1)
            if inner:
                return inner + " " + toks[j - 1].group()
            break
        if not w[0].isalpha() or lw in FUNCTION or (lw in VERBS and lw not in NOMINAL) or \
                (_is_verbish(w) and lw not in NOMINAL):
            break
        out.insert(0, w)
        j -= 1
    while out and out[0].lower() in _PP_LINK:
        out.pop(0)
    while out and out[-1].lower() in _PP_LINK:
        out.pop()
    if not out:
        return None
    low = [w.lower() for w in out]
    if "of" in low and low[0] in _AMOUNT_HEAD and low.index("of") + 1 < len(out):
        out = out[low.index("of") + 1:]  # "the number of invention patents"
    if depth == 0 and len(out) <= 2 and out[-1].lower() in _OWNER_NOUNS | {"companies", "firms", "enterprises"}:
        # "invention patents granted to companies in the zones": the companies own the measure
        k = sentence.rfind(out[0], 0, end)
        pre = sentence[max(0, k - 40):k]
        if re.search(r"\b(?:by|to)\s+(?:the\s+)?$", pre):
            mm = re.search(r"(\w+)\s+(?:by|to)\s+(?:the\s+)?$", pre)
            if mm and _is_verbish(mm.group(1)) and mm.group(1).lower() not in NOMINAL:
                kk = k - len(pre) + mm.start()
                inner = _phrase_before(sentence, kk, 1)
                if inner:
                    return inner + " " + mm.group(1)
    if len(out) == 1 and out[0].lower() in _AMOUNT_HEAD:
        return None
    return " ".join(out)


def _owned_phrase(sentence: str, k: int) -> Optional[str]:
    m = _OWNER_PREP.search(sentence, max(0, k - 20), k)
    if not m:
        return None
    found = _phrase_before(sentence, m.start())
    if found and not _proper(found) and found.split()[-1].lower() not in _OWNER_NOUNS:
        return found
    return None


# the words before "of" (or "at", "in") that end a text: "the accumulative R&D investment of (the)"
_PHRASE_OF = re.compile(r"(?:^|[\s(])((?:[\w&'’-]+\s+){0,3}?[\w&'’-]+)\s+of\s+(?:the\s+|its\s+|their\s+)?$")
_PHRASE_OF_AT_IN = re.compile(r"(?:^|[\s(])((?:[\w&'’-]+\s+){0,3}?[\w&'’-]+)\s+(?:of|at|in|on)\s+(?:the\s+|its\s+|their\s+)?$")


# (text, end, tail) of the last tail worked out: the checks of one figure ask about the same tail two or three times
# in a row (one tuple, replaced whole, so that threads never see a half-updated memo)
_LAST_TAIL: tuple = (None, -1, None)


def _may_end_with(text: str, end: int, words: tuple[str, ...]) -> bool:
    """Whether ``text[:end]``, less its trailing white space, may end with one of ``words`` (lower-case ASCII),
    ignoring case: a cheap necessary condition for a match of a pattern anchored at the end ("...\\s*$") whose
    last word is one of them.  The tail looked at: the last 40 characters, less trailing white space, lower-cased.
    A tail that is not ASCII passes (re.IGNORECASE reads a few other letters as ASCII ones), and so does one of
    white space only, and a short one that the window may have cut (all words are shorter than 16)."""
    global _LAST_TAIL
    last = _LAST_TAIL
    if last[0] is text and last[1] == end:
        tail = last[2]
    else:
        tail = text[max(0, end - 40):end].rstrip()
        tail = None if len(tail) < 16 and end > 40 or not tail.isascii() else tail.lower()
        _LAST_TAIL = (text, end, tail)
    return tail is None or tail.endswith(words)


# the words that may end a match of these patterns (the qualifiers "about", "more than", ..., "an estimated")
_QUALIFIER_ENDS = ("about", "around", "nearly", "almost", "than", "over", "some", "roughly", "approximately")
_PHRASE_OF_ENDS = ("of", "the", "its", "their")
_PHRASE_OF_AT_IN_ENDS = _PHRASE_OF_ENDS + ("at", "in", "on")
# a time ends with a year or "year"/"month"/"quarter"
_TIME_LAST = frozenset("0123456789rh")


def _search_tail(pat: re.Pattern, text: str, end: int, runs: int, solid: Optional[int] = None,
                 reach: int = 120) -> Optional[re.Match]:
    """``pat.search(text[:end])`` for a pattern anchored at the end each of whose matches holds at most ``runs``
    whitespace runs or (when ``solid`` is given) at most ``solid`` other characters.  A match holds all of any
    stretch of text between its start and the end, so none starts before a stretch with more runs and more
    other characters than that; the search starts at such a stretch ``reach`` characters back, when there is
    one, rather than at every character of a long sentence.

    With ``runs`` alone, the search starts right after the ``runs + 2``-th run back from the end: a match starting
    before that would hold more than ``runs`` of them (one more is spared for a final newline that "$" leaves out
    of a match), and most matches are a few words long."""
    lo = end - reach
    if solid is None:
        ends = [m.end() for m in _WS_RUN.finditer(text, max(0, lo), end)]
        if len(ends) > runs + 1:
            return pat.search(text, ends[-runs - 2], end)
    if lo > 0:
        gaps = _WS_RUN.findall(text, lo, end)
        if len(gaps) > runs and (solid is None or reach - sum(map(len, gaps)) > solid):
            return pat.search(text, lo, end)
    return pat.search(text, 0, end)


def _np_before0(sentence: str, pos: int) -> Optional[str]:
    np = _np_before2(sentence, pos)
    if not np or _proper(np):
        return np
    if " of " in np:
        # "rents in the Zhongguancun submarket of Haidian district fell": a body "of" a named place owns the
        # measure, which stands before it
        head, _, tail = np.partition(" of ")
        if tail[:1].isupper() and head.split()[-1].lower() in _OWNER_NOUNS:
            k = sentence.rfind(np, 0, pos)
            found = _owned_phrase(sentence, k) if k > 0 else None
            if found:
                return found
    # "the accumulative R&D investment of the settled enterprises exceeds": the measure is the noun before
    # "of", unless that noun is a mere amount ("the number of cooperative patents")
    k = sentence.rfind(np, 0, pos)
    owner = np.split()[-1].lower() in _OWNER_NOUNS and (len(np.split()) <= 2 or len(np.split()) <= 4 and k > 0 and
                                                        not any(w.lower() in FUNCTION for w in np.split()) and
                                                        _SITE_PREP.search(sentence, max(0, k - 20), k) is not None)
    at_in = np[0].isupper() or owner
    m = _search_tail(_PHRASE_OF_AT_IN if at_in else _PHRASE_OF, sentence, k, 7) \
        if k > 0 and _may_end_with(sentence, k, _PHRASE_OF_AT_IN_ENDS if at_in else _PHRASE_OF_ENDS) else None
    if k > 0 and len(np.split()) <= 2 and np.split()[-1].lower() in _ACTORS:
        # "invention patents owned by companies in the park": what the companies own is measured
        mm = re.search(r"(\w+)\s+(by|to)\s+(?:the\s+)?$", sentence[max(0, k - 40):k])
        if mm and _is_verbish(mm.group(1)) and mm.group(1).lower() not in NOMINAL:
            inner = _phrase_before(sentence, max(0, k - 40) + mm.start(), 1)
            if inner:
                return inner + " " + mm.group(1)
        if mm and mm.group(2) == "by" and mm.group(1).lower() not in FUNCTION and not _is_verbish(mm.group(1)):
            # "patent filings by local firms increased": the actors after "by" own what is measured, the noun before
            inner = _phrase_before(sentence, max(0, k - 40) + mm.end(1), 1)
            if inner and not _proper(inner):
                return inner
            if inner and " " not in inner and not sentence[:k].lstrip().find(inner):
                return inner[0].lower() + inner[1:]  # "Applications by ...": an ordinary word opening the sentence
    if owner and k > 0:
        found = _owned_phrase(sentence, k)
        if found:
            return found
    if m and owner:
        # "labor productivity in the zones", "the number of steel companies in the city": the thing measured
        # sits before the place or body that owns it
        head = m.group(1).split()
        if "of" in head and head[0].lower() in _AMOUNT_HEAD | {"the"}:
            head = head[head.index("of") + 1:]
        while head and head[0].lower() in FUNCTION:
            head.pop(0)
        if head and not any(_is_verbish(w) or w.lower() in FUNCTION for w in head):
            return " ".join(head)
    if m:
        head = m.group(1).split()
        while head and (head[0].lower() in FUNCTION or head[0][0].isdigit()) and head[0].lower() != "total":
            head.pop(0)
        while head and head[0].lower() in ("total",) and len(head) > 1 and head[1].lower() in _AMOUNT_HEAD:
            break
        if head and head[-1].lower() not in _AMOUNT_HEAD and not any(_is_verbish(w) for w in head) \
                and not any(w.lower() in FUNCTION and w.lower() != "total" for w in head):
            return " ".join(head)
        if head and head[-1].lower() in ("value", "volume", "size", "scale", "level", "share", "proportion", "rate"):
            return " ".join(head) + " of " + np
    return np


def _np_before2(sentence: str, pos: int) -> Optional[str]:
    np = _np_before1(sentence, pos)
    if np and " " not in np and np[0].isupper() and np.lower() in _catalogue_words() and not sentence[:pos].lstrip().find(np):
        return np.lower()  # "Profit rose 12 percent": the sentence's first word, a word for a measure, capitalised
    if np and _proper(np):
        # a place or name ends the phrase ("volume from Beijing to Tianjin and Hebei exceeded"): look past it
        cut = sentence[:pos].rstrip()
        k = cut.rfind(np)
        if k < 0:
            k = cut.rfind(np.split()[0])
        j = k
        first = len(cut) - len(cut.lstrip())  # (where the first word starts: cut[:i].strip() is empty for i <= first)
        while True:
            # (_WORD_BEFORE_END.search(cut[:j]): a match is one word and the white space after it, so the search need
            # not start at every character of the sentence's start)
            mm = _search_tail(_WORD_BEFORE_END, cut, j, 1) if j >= 0 else _WORD_BEFORE_END.search(cut[:j])
            if not mm or mm.end() - mm.start() == 0 or (mm.start() <= first and mm.group()[0].isupper()):
                break  # the sentence's first word may be the measure ("Output from the 169 zones totalled")
            j = mm.start()
        if j < k:
            np2 = _np_before1(sentence, j)
            if np2 and (not _proper(np2) or (sentence[:j].strip() == np2 and " " not in np2 and
                                             np2.lower() not in FUNCTION)):
                if _proper(np2):
                    return np2[0].lower() + np2[1:]  # "Output from the 169 zones totalled": an ordinary word
                return np2
    return np


# What may stand at the end of a text between a phrase and its verb, in two parts (the one alternation
# "(?:time|aside)\s*$" they were): a time, which ends with a year or "year"/"month"/"quarter" and holds at
# most 10 white-space runs; an aside, which ends with a bracket or a comma and holds at most 127 other
# characters (the trailing white space and "$" before a final newline may add one of each).  A text ends
# with the one or the other, so its last character tells which part to search for.
_INSERT_TIME = re.compile(r"(?:\s+(?:in|since|by|during|as of|at the end of|until)\s+(?:(?:early|late|mid|the end of)\s+)?"
                          r"(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d|\s+(?:last|this|that)\s+(?:year|month|quarter))\s*$")
# (an aside between commas opens with an article, a relative word or a word that gives examples: "including",
# "such as", "especially")
_INSERT_ASIDE = re.compile(r"(?:\s*\([^()]{1,40}\)|,\s+(?:the|a|an|which|who|whose|its|their|including|such as|"
                           r"especially|notably)\s[^,;()]{3,120},)\s*$")


# a part of a year between a phrase and its verb: "in the first half", "during the first three quarters", "in the period"
_INSERT_PERIOD = re.compile(r"\s+(?:in|during|for|over)\s+the\s+(?:(?:first|second|third|fourth|last|past|same|latest)\s+"
                            r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d+)\s+)?)?"
                            r"(?:half|quarters?|months|period)\s*$")
_PERIOD_ENDS = ("half", "quarters", "months", "period")
_PERIOD_WORDS = frozenset(("half", "quarters", "quarter", "months", "period"))
_SPACE = re.compile(r"\s")
_WS_RUN = re.compile(r"\s+")


def _tokens_before(sentence: str, end: int, need: int = 16) -> list[str]:
    """The last tokens of ``sentence[:end]`` (``_WORD.findall(sentence[:end])``), at least ``need`` of them
    when there are so many: the phrase rules look back a dozen tokens at most, and a long sentence need not
    be cut into words from its start each time.  The tokens are those from just after a whitespace
    character: no token holds one, and every other character starts a token, so the tokenisation of the
    whole prefix has a token starting there too and goes on from it the same way.  (A window of 100 characters
    holds 16 tokens nearly always.)  Strings, cheaper to make than Match objects: :func:`_token_end` tells where
    one ends."""
    lo = end - 100
    if lo > 0:
        sp = _SPACE.search(sentence, lo, end)
        if sp:
            toks = _WORD.findall(sentence, sp.end(), end)
            if len(toks) >= need:
                return toks
    return _WORD.findall(sentence, 0, end)


def _last_tokens(sentence: str, end: int, reach: int) -> tuple[list[str], bool]:
    """The tokens of ``sentence[:end]`` from just after the first whitespace character of its last ``reach``
    characters (those of the whole prefix when there is none), and whether tokens before them were left out.
    (They are the last tokens of the whole prefix: see :func:`_tokens_before`.)"""
    lo = end - reach
    if lo > 0:
        sp = _SPACE.search(sentence, lo, end)
        if sp:
            return _WORD.findall(sentence, sp.end(), end), True
    return _WORD.findall(sentence, 0, end), False


def _token_end(sentence: str, end: int, toks: list[str], i: int) -> int:
    """Where ``toks[i]`` ends in ``sentence``, for the last tokens ``toks`` of ``sentence[:end]``: the tokens cover
    every character that is no white space, so only white space stands between one token and the next, or after
    the last one up to ``end``; each token, none of which holds white space, is then the last occurrence of its
    text that ends at or before the start of the token after it (or ``end``)."""
    p = end
    for j in range(len(toks) - 1, i - 1, -1):
        p = sentence.rfind(toks[j], 0, p)
    return p + len(toks[i])


_POSSESSIVE_S = ("'s", "’s")  # a word's possessive ending
_NAME_POSSESSIVE = re.compile(r"[A-Z][\w'’-]*['’]s")


def _insert_before(sentence: str, end: int) -> Optional[re.Match]:
    """The time or aside that ends ``sentence[:end]`` (its leftmost match), if any."""
    # (the last character of the text that is no white space, within 40 characters: most often the one at end - 1)
    last = sentence[end - 1] if end > 0 and not sentence[end - 1].isspace() else sentence[max(0, end - 40):end].rstrip()[-1:]
    if last == ")":
        # an abbreviation in brackets: white space, "(", no bracket, ")" (the last character): its "(" is the last
        # one, and it starts at the white space before that, where the search need start
        p = sentence.rfind("(", 0, end)
        if p < 0:
            return None
        while p > 0 and sentence[p - 1].isspace():
            p -= 1
        return _INSERT_ASIDE.search(sentence, p, end)
    if last == ",":
        # an aside between commas: no comma, ";" nor bracket between them, so it starts at the comma before the last
        p = sentence.rfind(",", 0, sentence.rfind(",", 0, end))
        return _INSERT_ASIDE.search(sentence, p, end) if p >= 0 else None
    if last in _TIME_LAST or last and not last.isascii():
        # (a last character that is no ASCII digit may still be a digit of \d)
        m = _search_tail(_INSERT_TIME, sentence, end, 11)
        if m or last != "r" or not sentence[max(0, end - 40):end].rstrip().endswith("quarter"):
            return m
        return _INSERT_PERIOD.search(sentence, max(0, end - 80), end)  # "output in the first quarter rose"
    if last in "fsd" and sentence[max(0, end - 40):end].rstrip().endswith(_PERIOD_ENDS):
        return _INSERT_PERIOD.search(sentence, max(0, end - 80), end)  # "venture funding in the first half was"
    if not last:
        # a window of white space only: either may match; the leftmost wins, a time first at the same start
        t = _search_tail(_INSERT_TIME, sentence, end, 11)
        a = _search_tail(_INSERT_ASIDE, sentence, end, -1, 128, 200)
        return a if a and (not t or a.start() < t.start()) else t
    return None


# verbs whose past is their present and which are also nouns (so not in VERBS, whose words link a phrase to its
# number): a verb only when a phrase it governs follows it
_BARE_VERBS = {"cut", "cuts", "rank", "ranks", "ranked"}
_BARE_VERBS_HERE = frozenset(_BARE_VERBS | {"here"})  # (one look-up for both rules of the phrase loop)
# words that end a phrase before a figure: verbs (not those that are modifiers) and verbs of a clause
_PHRASE_ENDS = frozenset((VERBS - NOMINAL) | _CLAUSE_VERBS)


# (the characters of the window of tokens _np_before1 tries first: the phrase and its link are most often a few words
# long, and the tokens of a shorter window cost less)
_FIRST_REACH = 60
# what _np_before1_from returns when the rules need the tokens before its window
_MORE = object()


def _np_before1(sentence: str, pos: int) -> Optional[str]:
    """The noun phrase that names the amount at ``pos``: "total registered capital of 4.9 billion" →
    "total registered capital"; "R&D spending reached 3.09 trillion" → "R&D spending"."""
    got = _np_before1_from(sentence, pos, _FIRST_REACH)
    return _np_before1_from(sentence, pos, None) if got is _MORE else got


def _np_before1_from(sentence: str, pos: int, reach: Optional[int]):
    """:func:`_np_before1` from the tokens of the last ``reach`` characters (see :func:`_last_tokens`), or _MORE when
    the rules ask about the tokens before them: whether there is a token before the window's first (a test ``i >= 0``
    at i = -1 or ``i > 0`` at i = 0), which the window cannot tell.  The rules read the tokens from the last one
    back, so until they ask so they read the same tokens as from a longer window, and decide the same.  With
    ``reach`` None, from the tokens of :func:`_tokens_before` (the rules' own window)."""
    # at most 6 link tokens, then at most 5 words (and the one before an "of") are looked at: 16 suffice
    toks, cut = _last_tokens(sentence, pos, reach) if reach else (_tokens_before(sentence, pos), False)
    i = len(toks) - 1
    # skip the link: qualifiers, verbs, prepositions ("of", "reached", "up to", "more than")
    skipped = 0
    relative = False
    while i >= 0 and skipped < 6:
        w = toks[i]
        lw = w.lower()
        if w[0].isalpha() and (lw in _LINKS or _is_verbish(w) or lw[-1] == "y" and _adverb(lw)) and lw != "total" \
                and not (lw in _CLAUSE_VERBS and _noun_of(toks, i)) and not (lw in _PERIOD_WORDS and skipped):
            # (a part of a year after the link ends it: "investment in the first eight months grew" looks past it)
            relative = relative or lw in ("which", "that")
            i -= 1
            skipped += 1
            continue
        break
    if cut and (i < 0 or i == 0 and relative):
        return _MORE
    if relative and i > 0 and toks[i] == ",":
        i -= 1  # "R&D spending, which reached 18.6 billion yuan": the phrase the relative clause is about
    if i >= 0:
        # look past what stands between the phrase and its verb: a time ("R&D spending in 2023 reached"), an
        # abbreviation in brackets, an appositive or a relative clause between commas ("Its assets, which now
        # stretch beyond aircraft, are topping")
        p = p0 = _token_end(sentence, pos, toks, i)
        for _ in range(3):
            m = _insert_before(sentence, p)
            if not m:
                break
            p = m.start()
        if p != p0:
            toks, cut = _last_tokens(sentence, p, reach) if reach else (_tokens_before(sentence, p), False)
            i = len(toks) - 1
    words = []
    room = 5  # (one more word after a "for" or "per" joined in: "energy consumption per unit of GDP")
    while i >= 0 and len(words) < room:
        w = toks[i]
        lw = w.lower()
        if lw == "total" and words:
            words.insert(0, w)  # "a total investment of"
            break
        if (not w[0].isalpha() or lw in FUNCTION or lw in _PHRASE_ENDS) and not (
                lw in _PHRASE_ENDS and (lw in _CLAUSE_VERBS and _noun_of(toks, i) or
                                        len(words) == 1 and lw[-1] == "d" and words[0].lower() in _AMOUNT_HEAD)):
            # (a clause verb that "of" follows is a noun: "an export surge of"; a participle right before a head of
            # amount modifies it: "industrial added value")
            if lw in ("of", "on") and words and i > 0 and toks[i - 1][0].isalpha() and \
                    toks[i - 1].lower() not in FUNCTION and len(words) < 4:
                words.insert(0, w)  # "sales of consumer goods", "spending on R&D"
                i -= 1
                continue
            if (lw == "to" or lw == "in") and words and i > 0 and toks[i - 1].lower() in _FLOW_NOUNS and len(words) < 4:
                words.insert(0, w)  # "exports to ASEAN countries", "investment in fixed assets": a flow and its target
                i -= 1
                continue
            if lw == "for" and words and i > 0 and toks[i - 1].lower() in _PRICE_NOUNS and len(words) < 4:
                words.insert(0, w)  # "asking rents for prime offices": a price and what it is paid for
                i -= 1
                room = 6
                continue
            if lw == "per" and words and i > 0 and toks[i - 1][0].isalpha() and \
                    toks[i - 1].lower() not in FUNCTION and len(words) < 4:
                words.insert(0, w)  # "energy consumption per unit of GDP": a rate and its denominator
                i -= 1
                room = 6
                continue
            if cut and i == 0 and lw in ("of", "on", "to", "in") and words:
                return _MORE
            if w == "A" and words and i > 0 and toks[i - 1].lower() in ("grade", "class"):
                words.insert(0, w)  # "Grade A rents": a grade letter is no article
                i -= 1
                continue
            break
        if not words and _is_verbish(w):
            break
        if words and lw[-1] in "dg" and _is_verbish(w) and lw not in NOMINAL:  # (every -ed/-ing word ends with d or g;
            # the other verbs ended the phrase above)
            # "landlords in the district lowered asking rents by 3 percent": a past tense after a noun is the verb of
            # that noun, its subject, and ends the phrase (after an adverb or an adjective it is a modifier:
            # "actually utilized foreign capital", "the approved investment")
            if i == 0:
                if cut:
                    return _MORE
            elif _subject_word(toks[i - 1]):
                break
        if lw in _BARE_VERBS_HERE:
            if lw == "here":
                if len(words) == 1:
                    # "office rents here pay about 180 yuan": the one word between "here" and the figure is a verb;
                    # the phrase before "here" is measured
                    words.clear()
                    i -= 1
                    continue
                break
            if words and words[0].lower() not in _PP_LINK:
                break  # "Landlords cut asking rents to": the verb governs the phrase ("a tax cut of" is a noun)
        words.insert(0, w)
        i -= 1
    if cut and i < 0:
        return _MORE
    while words and words[0].lower() in ("of", "on"):
        words.pop(0)
    if not words:
        return None
    # (a word _NAME_POSSESSIVE matches whole ends with "s")
    for k in range(len(words) - 2, 0, -1):
        w = words[k]
        if w.endswith(_POSSESSIVE_S) and _NAME_POSSESSIVE.fullmatch(w):
            del words[:k + 1]  # "Suzhou Industrial Park's foreign trade volume": the name before the possessive owns it
            break
    if len(words) > 1 and words[0].endswith(_POSSESSIVE_S) and words[0][0].isupper():
        words[0] = words[0][:-2]
    out = " ".join([w for w in words if w[-1] != "s" or not _NAME_POSSESSIVE.fullmatch(w)])
    return out or None


# flows that a "to" phrase after them belongs to: "exports to ASEAN countries", "investment to Hebei"
_FLOW_NOUNS = frozenset("""exports imports shipments investment investments flights sales transfers loans trade
deliveries""".split())


# prices that a "for" phrase after them belongs to: "rents for prime offices", "prices for new homes"
_PRICE_NOUNS = frozenset("""rent rents price prices fee fees tariff tariffs""".split())


def _noun_of(toks: list[str], i: int) -> bool:
    """Whether ``toks[i]``, one of _CLAUSE_VERBS, is a noun: "of" follows it ("an export surge of 10 percent")."""
    return i + 1 < len(toks) and toks[i + 1] == "of"


def _subject_word(w: str) -> bool:
    """Whether a word before a past participle may be the subject of that verb: a noun, not a function word, a link,
    an adverb ("-ly") or a word shaped as an adjective ("industrial", "high-tech")."""
    lw = w.lower()
    return w[0].isalpha() and lw not in _LINKS and not lw.endswith("ly") and not _ADJECTIVE_END.search(lw) and \
        not _is_verbish(w) and not lw.endswith(_POSSESSIVE_S)  # (a possessive owns the phrase: "Tianjin's utilized ...")


def measure_after(sentence: str, head_end: int) -> Optional[str]:
    return _np_after(sentence, head_end)


def measure_before(sentence: str, start: int) -> Optional[str]:
    return _np_before(sentence, start)


@lru_cache(maxsize=1)
def _catalogue_keywords() -> list[str]:
    return sorted({k for m in load_metrics() for k in m.keywords if len(k) > 2}, key=len, reverse=True)


@lru_cache(maxsize=1)
def _catalogue_words() -> frozenset:
    """The catalogue's one-word phrases ("profit", "exports", "revenue")."""
    return frozenset(k for k in _catalogue_keywords() if " " not in k)


@lru_cache(maxsize=1)
def _catalogue_regex() -> re.Pattern:
    kws = _catalogue_keywords()
    return re.compile(r"(?<![\w&])(?:" + "|".join(re.escape(k) for k in kws) + r")(?![\w&])", re.I)


def _trie_source(phrases: list[str]) -> str:
    """A regex source that matches, at a given start, the longest of ``phrases`` there followed by no word character
    nor "&": the phrases as a trie, each node trying its longer continuations first and ending only after them (at
    a start the text picks one path through the trie, so the first ending it reaches is the longest phrase; a
    failed look-ahead backtracks to a shorter one, as the longest-first alternation does)."""
    trie: dict = {}
    for k in phrases:
        node = trie
        for ch in k:
            node = node.setdefault(ch, {})
        node[""] = {}

    def source(node: dict) -> str:
        alts = [re.escape(ch) + source(node[ch]) for ch in sorted(node) if ch]
        if "" in node:
            alts.append(r"(?![\w&])")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return source(trie)


@lru_cache(maxsize=1)
def _catalogue_trie() -> re.Pattern:
    """The catalogue regex for lower-cased text, case-sensitive, its alternation written as a trie: it makes the same
    matches over ``text.lower()`` as _catalogue_regex() over ``text``, for a text without an _ODD_LETTER (the
    phrases are lower-case ASCII; re.IGNORECASE matches an ASCII letter to no other character then, and lower-casing
    keeps every other character in its place, non-ASCII, and a word character or not as it was).  At each position
    only the branch of the letter there is followed, rather than every phrase tried in turn."""
    kws = _catalogue_keywords()
    assert all(k.isascii() and k == k.lower() for k in kws)
    return re.compile(r"(?<![\w&])" + _trie_source(kws))


# The characters other than ASCII letters that re.IGNORECASE matches to an ASCII letter (dotted and dotless
# i, long s, Kelvin sign); a sentence with one is scanned by the catalogue regex itself.
_ODD_LETTER = re.compile("[\u0130\u0131\u017f\u212a]")


def _catalogue_matches(sentence: str) -> list[tuple[int, int]]:
    """The spans of ``_catalogue_regex().finditer(sentence)``, found faster by the trie over the lower-cased
    sentence."""
    if not sentence.isascii() and _ODD_LETTER.search(sentence):
        return [m.span() for m in _catalogue_regex().finditer(sentence)]
    return [m.span() for m in _catalogue_trie().finditer(sentence.lower())]


@lru_cache(maxsize=256)
def _catalogue_hits(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """The catalogue phrases of a sentence that are no part of a name, as (start, end, text); every figure
    of the sentence asks for them."""
    out = []
    for s, e in _catalogue_matches(sentence):
        text = sentence[s:e]
        first = text.split(None, 1)[0]
        if first[0].isupper() and not first.isupper() and sentence[:s].strip():
            continue  # part of a name ("Binhai New Area", "Venture Capital"); not an abbreviation ("R&D spending")
        out.append((s, e, text))
    return tuple(out)


def catalogue_phrase(sentence: str, start: int, end: int) -> Optional[str]:
    """The catalogue phrase nearest to a number in its sentence, preferring one before it."""
    best, best_d = None, None
    for m_start, m_end, text in _catalogue_hits(sentence):
        d = start - m_end if m_end <= start else (m_start - end) * 2
        if d < 0:
            continue
        if best_d is None or d < best_d:
            best, best_d = text, d
    return best


_COUNT_NUM = re.compile(r"(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                        r"dozen|hundred)\b)(?:\s+(?:million|billion|thousand|hundred)\b)?", re.I)


# A change named by its own noun refers back to what changed: "a rise of 12.7%", "up 7 percent".
_CHANGE_NOUN = re.compile(r"[,;]\s+(?:and\s+)?(?:(?:an?\s+)?(?:[\w-]+\s+)?(?:gain|rise|increase|growth|decline|drop|"
                          r"decrease|jump|surge|fall|reduction|cut)\s+(?:of|by)|up|down)\s+(?:by\s+)?"
                          r"(?:(?:about|around|nearly|almost|more than|over|some|roughly|approximately)\s+)?$", re.I)
# Words that name no measure: times, pronouns, verbs of reporting and comparison.
_CHANGE_NOUN_ENDS = ("of", "by", "up", "down") + _QUALIFIER_ENDS
_NOT_MEASURE = set("""today time times gone compares compare get got contribute contributes equal equals accumulated combined
ago peak go goes come comes year years month months day days it they them this that these those there here one ones
total average level figure number amount value
first second third fourth fifth sixth seventh eighth ninth tenth top percentage point points""".split())
_INVEST = re.compile(r"\b(?:invest|invests|invested|investing|put|putting|puts|committed|commit|commits|pour|poured)\s+"
                     r"(?:(?:a total of|about|around|nearly|almost|more than|over|some|roughly|approximately|"
                     r"an estimated)\s+)?$", re.I)
_INVEST_ENDS = ("invest", "invests", "invested", "investing", "put", "putting", "puts", "committed", "commit", "commits",
                "pour", "poured", "of", "estimated") + _QUALIFIER_ENDS
_POPULATION_ENDS = ("of",) + _QUALIFIER_ENDS
assert set(_POPULATION_ENDS) <= set(_INVEST_ENDS)
_POPULATION = re.compile(r"\b((?:(?!a\b|an\b|the\b|its\b|their\b)[\w-]+\s+)?(?:population|workforce|staff|membership|attendance))\s+of\s+"
                         r"(?:(?:about|around|nearly|almost|more than|over|some|roughly|approximately)\s+)?$", re.I)


# a named index is a measure: "the China Innovation Index", "the Purchasing Managers' Index"
_INDEX_NAME = re.compile(r"\b(?:Index|Indices|Indicator|Barometer)$")
_ACRONYM_BRACKET = re.compile(r"\([A-Z][A-Za-z&]{1,6}\)")
_ACRONYM_DEF = re.compile(r"((?:[A-Z][\w'’&-]*\s+(?:(?:of|and|for|the)\s+)?){1,7})\(([A-Z][A-Za-z&]{1,6})\)")


# white-space runs a definition holds at most: seven words, each followed by white space and maybe a connector
# ("of", "and", "for", "the") and white space
_DEFINITION_RUNS = 14


def _definition_floor(text: str, lo: int, bracket: int) -> int:
    """Where a search for a definition ending with the bracket at ``bracket`` may start, at ``lo`` or later: a
    match holds at most _DEFINITION_RUNS white-space runs and starts with a capital letter, so none starts before
    the end of the run one further back (the search from ``lo`` tried every character of a long stretch of
    text without brackets, at ~40 µs an article)."""
    w = bracket - 300
    if w > lo:
        ends = [m.end() for m in _WS_RUN.finditer(text, w, bracket)]
        if len(ends) > _DEFINITION_RUNS:
            return ends[-_DEFINITION_RUNS - 1]
    return lo


def _acronym_definitions(text: str):
    """``_ACRONYM_DEF.finditer(text)``, without trying the pattern at every character of an article: a
    definition ends with a bracketed abbreviation and holds no other "(", so each one is the leftmost match
    between the "(" before its bracket (or the end of the previous definition) and the bracket's end."""
    end = 0
    for b in _ACRONYM_BRACKET.finditer(text):
        lo = max(end, text.rfind("(", 0, b.start()) + 1)
        m = _ACRONYM_DEF.search(text, _definition_floor(text, lo, b.start()), b.end())
        if m:
            yield m
            end = m.end()


@lru_cache(maxsize=64)
def _acronyms(text: str) -> dict:
    """Abbreviations the text defines: "The China Innovation Index (CII)" → {"CII": "China Innovation Index"}."""
    out = {}
    if not _ACRONYM_BRACKET.search(text):
        return out  # every definition ends with one
    for m in _acronym_definitions(text):
        long, short = m.group(1).split(), m.group(2)
        caps = [w for w in long if w[0].isupper()]
        initials = "".join(w[0] for w in caps).upper()
        for k in range(len(caps)):  # the name ends right before the bracket; it may start late
            if initials[k:] == short.upper().replace("&", ""):
                first = long.index(caps[k])
                out.setdefault(short, " ".join(long[first:]))
                break
    return out


def acronyms_defined(text: str) -> dict:
    """The abbreviations ``text`` defines (see :func:`_acronyms`); {} for a text without a bracket, which defines
    none.  (A caller with many measures of one text looks the table up once: ``"(" not in text`` scans the whole
    of a text without brackets, and a web page's text is long.)"""
    return _acronyms(text) if "(" in text else {}


def expand_acronym(measure: Optional[str], text: str) -> Optional[str]:
    """A measure written as an abbreviation the article defines is named in full ("CII" → "China Innovation
    Index"); abbreviations everyone reads ("GDP", "R&D") are kept."""
    if not measure:
        return measure
    return expand_with(measure, acronyms_defined(text))


def expand_with(measure: Optional[str], table: dict) -> Optional[str]:
    """:func:`expand_acronym` with the text's :func:`acronyms_defined` table at hand."""
    if not measure or not table:
        return measure
    first = measure.split(" ", 1)
    if first[0] in table and first[0] not in ("GDP", "R&D", "IPO"):
        return " ".join([table[first[0]]] + first[1:])
    return measure


def _usable_uncached(phrase: Optional[str]) -> Optional[str]:
    if not phrase:
        return None
    words = phrase.split()
    if all(w.lower() in _NOT_MEASURE for w in words) or (len(words) == 1 and _is_verbish(words[0])
                                                           and words[0].lower() not in NOMINAL):
        return None
    if all(w[:1].isupper() for w in words) and len(words) <= 3 and not _ABBREVIATED.search(phrase) \
            and not _INDEX_NAME.search(phrase):
        return None  # a name or a place ("Binhai New Area", "Today"), not a measure
    return phrase


_usable = _Memo(_usable_uncached).__getitem__

# how a duration is travelled: "a trip between A and B takes 50 minutes", "a 1.5-hour commute"
_TRAVEL = re.compile(r"\b(commut\w*|journey|travel\w*|trips?|trains?|rides?|driv\w*|flights?|rail\w*|links?|"
                     r"routes?|bus(?:es)?)\b", re.I)
_TRAVEL_NOUN = {"commut": "commute time", "journey": "journey time", "driv": "driving time", "fligh": "flight time"}
# a verb that gives a thing's length: "the line runs 48 km", "will stretch 110 kilometers"
_LENGTH_VERB = re.compile(r"\b(?:runs?|ran|running|stretch(?:es|ed|ing)?|spans?|spanned|spanning|extends?|extended|"
                          r"extending)\s+(?:(?:about|around|nearly|almost|more than|over|some|roughly|approximately|"
                          r"up to|at least|just)\s+)?$", re.I)
_COMPASS_OF = re.compile(r"\s+(?:\w+\s+)?(?:(?:north|south|east|west)(?:east|west)?(?:ern)?\s+of|apart|from|away)\b", re.I)
# (the look-ahead, implied by the rest, drops every position but those of a "t" at once: tried for every count)
_TEU = re.compile(r"(?=[t])\b(?:TEUs?|twenty-foot equivalent units?)\b", re.I)
# words for a count's unit, not for what is counted: "142,000 units", "year-on-year"
_UNIT_NOUNS = re.compile(r"^(?:units?|pieces?|sets?|items?|year-on-year|quarter-on-quarter|month-on-month|yoy|"
                         r"cent(?: year-on-year)?)$", re.I)
# the characters a match of _UNIT_NOUNS may start with: the first letters of its words in either case, and those that
# re.IGNORECASE reads as "s" or "i" (long s, dotted and dotless i)
_UNIT_NOUN_FIRST = frozenset("upsiycUPSIYC\u017f\u0130\u0131")
_OWNER_WORD = re.compile(r"^([A-Z][\w'’-]*)\s+(?=\S)")


# words that only say a figure is a sum ("combined investment", "total turnover"): the measure is what is summed
_SUM_LEAD = re.compile(r"^(?:combined|aggregate)\s+(?=\S)", re.I)
# "bringing investments totaling", "carrying investment of": the verb is not part of the measure
_VERB_LEAD = re.compile(r"^([a-z]+ing)\s+(?=[a-z])")
# a place a thing is based in belongs to regions: "Beijing-based universities"
_BASED_LEAD = re.compile(r"^[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)*-(?:based|headquartered)\s+(?=\S)")
_GDP = re.compile(r"\bgross domestic product\b", re.I)
_RESEARCH_AND = re.compile(r"\b[Rr]esearch and\s+$")
_RESEARCH_DEV = re.compile(r"\bresearch and development\b", re.I)
_ONE = re.compile(r"^(?:only\s+|just\s+)?(?:one|1|a single)$", re.I)


def _plural(w: str) -> str:
    if re.search(r"[^aeiou]y$", w):
        return w[:-1] + "ies"
    if re.search(r"(?:s|x|z|ch|sh)$", w):
        return w + "es"
    return w + "s"


def _tidy(found: str, sentence: str, start: int, head_end: int) -> Optional[str]:
    # (each pattern is tried only on a text holding what any match of it holds: "c"/"a" first, "-based",
    # "product" in any case; no other letter is read as c, a or the letters of "product" under re.I)
    out = _SUM_LEAD.sub("", found) if found[:1] in "cCaA" else found
    m = _VERB_LEAD.match(out) if "ing" in out else None
    if m and m.group(1) not in NOMINAL:
        out = out[m.end():]
    if "-based" in out or "-headquartered" in out:
        out = _BASED_LEAD.sub("", out)
    if "product" in out.lower():
        out = _GDP.sub("GDP", out)  # "gross domestic product": the short form, as the labels write it
    if "evelopment" in out:
        out = _RESEARCH_DEV.sub("R&D", out)  # likewise "research and development"
    if out.startswith("capita ") and re.search(r"\bper capita " + re.escape(out[7:]), sentence, re.I):
        out = "per " + out  # "per capita GDP"
    mention = sentence[start:head_end].strip()
    # (every match of _ONE ends with "one", "1" or "single": no other character is read as "e" under re.IGNORECASE)
    if mention.endswith(("e", "E", "1")) and _ONE.match(mention):
        # "only one traditional manufacturing company": the measure names the class, in the plural
        ws = out.split()
        if ws and ws[-1].isalpha() and ws[-1].islower() and not ws[-1].endswith("s") and \
                re.search(re.escape(out) + r"\b", sentence[head_end:head_end + len(out) + 12]):
            out = " ".join(ws[:-1] + [_plural(ws[-1])])
    return out or found


_MONEY = {"CNY", "USD", "EUR", "GBP", "JPY", "HKD"}
# "more" with no noun after it, after a count: "200 more.", "200 more by 2025"
_MORE_ALONE = re.compile(r" more(?=\s*(?:[.,;:)]|$|by\b|in\b|this\b|next\b|over\b|within\b|before\b))")
# money named by what was done with it: "raised 2.4 billion yuan", "earned 14.88 million yuan", "spent ... on R&D"
_MONEY_VERB = re.compile(r"\b(rais(?:ed|es|e|ing)|earn(?:ed|s|ing)?|spen(?:t|ds|d|ding))\s+(?:(?:about|around|nearly|almost|"
                         r"more than|over|some|roughly|approximately|up to|as much as|at least|a total of|an estimated)\s+)?"
                         r"$", re.I)
_MONEY_VERB_ENDS = ("raised", "raises", "raise", "raising", "earn", "earned", "earns", "earning", "spent", "spends",
                    "spend", "spending", "to", "as", "least", "of", "estimated") + _QUALIFIER_ENDS
_MONEY_NOUN = {"rais": "funds raised", "earn": "earnings"}
# a funding round's name ("Series C", "B+", "pre-A", "angel") and the words before "round"
_ROUND_NAME = r"((?:[Ss]eries\s+[A-H]\+?\d?|[A-H]\+?|[Pp]re-[A-Z][\w+]*|[Aa]ngel|[Ss]eed)(?:-\d)?)"
_ROUND_TAIL = r"(?:funding\s+|financing\s+|fundraising\s+|investment\s+)?round\b"
# a round a sum is the size of, right after it: "a 300 million yuan Series B round", "a USD100 million round"
_ROUND_NEXT = re.compile(r"(?:-|\s+)(?:" + _ROUND_NAME + r"\s+)?" + _ROUND_TAIL)
# the round a sum was raised in, by its name: "in a Series C round", "in its pre-IPO funding round", "in an A+ round"
_ROUND_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:in|through|via|during)\s+(?:a|an|the|its|their)\s+(?:new\s+|latest\s+)?"
                          + _ROUND_NAME + r"\s+" + _ROUND_TAIL)


def _round_funding(name: str) -> str:
    """"Series C" -> "Series C funding", "B" -> "B round funding"."""
    return name + (" round" if len(name) <= 2 else "") + " funding"


# nouns for who or where, not for what is measured
_SUBJECT_NOUNS = {"zone", "zones", "park", "parks", "city", "cities", "company", "companies", "firm", "firms",
                  "enterprises", "area", "district", "county", "province", "region", "regions", "economies", "economy",
                  "sectors", "co", "ltd", "group", "bank", "designer", "developer", "maker", "makers"}
# the role of people counted: "300 people attending", "received 8,000 people", "2 million people took part"
_ROLES = ((re.compile(r"\b(?:attend\w*|turned out)\b", re.I), "attendees"),
          (re.compile(r"\b(?:took part|take part|taking part|participat\w+|joined)\b", re.I), "participants"),
          (re.compile(r"\b(?:receiv\w+|welcom\w+|attract\w+|drew|draw\w*|visit\w*|host\w*)\b", re.I), "visitors"),
          (re.compile(r"\b(?:employ\w*|hir\w+|staff\w*|work(?:ing|s|ed)? (?:at|for|in))\b", re.I), "employees"),
          (re.compile(r"\b(?:liv\w+|resid\w+|inhabit\w*)\b", re.I), "residents"),
          (re.compile(r"\b(?:team|workforce|crew|staff)\b", re.I), "team size"))


# a share aside after a count of people: "7,500 people, or 60 percent of the workforce"
_OR_SHARE_ASIDE = re.compile(r"\s*(?:people|persons)?\s*,\s+or\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+|"
                             r"more than\s+|roughly\s+)?(?:\d[\d.]*\s*(?:%|percent|per cent)|half|a third|a quarter|"
                             r"one in \w+)\s+of\b", re.I)


def _namey(phrase: str) -> bool:
    """A name ("Zhangjiang High-Tech Zone"), not an abbreviated measure ("GDP", "R&D")."""
    return _proper(phrase) and not _ABBREVIATED.search(phrase)


def _people_role(sentence: str, start: int, head_end: int) -> Optional[str]:
    """What a count of "people" counts, by the verb around it."""
    around = sentence[max(0, start - 50):head_end + 50]
    for pat, role in _ROLES:
        if pat.search(around):
            return role
    return None


# Two searches for a word of the text at hand, written out with str.find: as patterns built from the word
# (re.escape) they were compiled anew for nearly every figure (names vary too much for re's cache of 512 patterns),
# at ~100 µs a compilation.
_WORD_CHAR = re.compile(r"\w")


def _word_after(text: str, word: str, start: int) -> bool:
    """``re.search(r"\b" + re.escape(word), text[start:])`` for a non-empty ``word``: an occurrence of it at or
    after ``start`` with a word boundary before it (the slice's start counts as a non-word character)."""
    first_is_word = _WORD_CHAR.match(word) is not None
    q = text.find(word, start)
    while q >= 0:
        if (q > start and _WORD_CHAR.match(text, q - 1) is not None) != first_is_word:
            return True
        q = text.find(word, q + 1)
    return False


def _possessive_in(text: str, word: str) -> bool:
    """``re.search(re.escape(word) + r"['’]s\b", text)``: the word followed by "'s" or "’s" and a word end."""
    for key in (word + "'s", word + "’s"):
        q = text.find(key)
        while q >= 0:
            if _WORD_CHAR.match(text, q + len(key)) is None:
                return True
            q = text.find(key, q + 1)
    return False


_DURATIONS = ("year", "month", "day", "hour", "minute")
# a phrase that ends with "cost" right before an amount: "cost" is the clause's verb ("the plant cost 4.5 billion")
_COST_VERB = re.compile(r"\S\s+costs?\s+(?:(?:about|around|nearly|almost|more than|over|some|roughly|approximately|"
                        r"an estimated|at least|just|only)\s+)?$")
# "valued at", and who is valued: a firm ("the startup was valued at $1 billion") has a valuation
_VALUED_AT = re.compile(r"\b(?:valued\s+at|(?:is|are|was|were|now|be)\s+(?:now\s+)?worth)\s+(?:(?:about|around|nearly|almost|more than|over|some|roughly|approximately|"
                        r"an estimated|at least|just|only)\s+)?$")
_VALUED_OWNERS = frozenset("""company companies firm firms startup startups start-up start-ups unicorn unicorns business
group maker developer operator platform it""".split())
# an amount of money written as one hyphenated modifier, at the end of its mention: "2-billion-yuan", "500-million-dollar"
_AMOUNT_MODIFIER = re.compile(r"\d-(?:(?:million|billion|trillion)-)?(?:yuan|dollars?|euros?|US-dollar)$")


def find_measure(sentence: str, start: int, head_end: int, unit: str, previous: Optional[str] = None,
                 kind: str = "level", pair: Optional[str] = None) -> Optional[str]:
    if unit in ("minute", "hour"):
        m = _TRAVEL.search(sentence)
        if m:
            w = m.group(1).lower()
            return next((v for k, v in _TRAVEL_NOUN.items() if w.startswith(k)), "travel time")
    if unit in ("km", "m") and _LENGTH_VERB.search(sentence, max(0, start - 40), start):
        return "length"  # "the new metro line runs 48 kilometers from the airport", "the bridge spans 1.2 km"
    if unit in ("km", "m") and _COMPASS_OF.match(sentence, head_end):
        return "distance"  # "about 100 km southwest of Beijing", "some 105 km apart"
    if unit == "MW" and (re.search(r"-MW\b", sentence[start:head_end + 1]) or re.search(r"\bcapacity\b", sentence)):
        return "capacity"  # "a 300-MW wind farm", "a generating capacity of 1,200 MW"
    if unit == "count" and _TEU.search(sentence, start, head_end + 40):
        return "container throughput"  # "2.3 million twenty-foot equivalent units (TEUs)"
    if previous and unit == "count" and sentence.startswith(" more", head_end) and _MORE_ALONE.match(sentence, head_end):
        return previous  # "has incubated 400 companies and plans to add 200 more": more of the same
    if unit in _DURATIONS and sentence.startswith(" ", head_end) and \
            sentence[start:head_end].rstrip().lower().endswith(_DURATIONS):
        # "a 15-20 year lifespan", "a 30-year lease": a duration in the singular modifies the noun after it, which it
        # measures ("20 years old", in the plural, is no modifier)
        modified = _usable(_np_after(sentence, head_end + 1))
        if modified:
            return modified
    found = _find_measure_main(sentence, start, head_end, unit, previous, kind, pair)
    money = unit in _MONEY
    if money and found and (found.endswith(" cost") or found.endswith(" costs")) and \
            _COST_VERB.search(sentence, max(0, start - len(found) - 40), start):
        found = "cost"  # "the new plant cost 4.5 billion yuan to build": "cost" is the verb, its object the cost
    if money and (sentence.find("valued", max(0, start - 40), start) >= 0 or
                  sentence.find("worth", max(0, start - 30), start) >= 0) and \
            _VALUED_AT.search(sentence, max(0, start - 40), start) and \
            (not found or found.split()[-1].lower() in _VALUED_OWNERS or _namey(found)):
        found = "valuation"  # "the company was valued at USD2.9 billion": the firm is the subject, its value measured
    if money and "round" in sentence and (r := _ROUND_NEXT.match(sentence, head_end)):
        # "closed a 300 million yuan Series B round", "led a USD100 million round": the round's funding
        found = _round_funding(r.group(1)) if r.group(1) else "funding round"
    if money and sentence.startswith(" ", head_end) and "-" in sentence[start:head_end] and \
            _AMOUNT_MODIFIER.search(sentence, start, head_end):
        # "a 2-billion-yuan chip plant": an amount written as a modifier measures the noun it modifies
        modified = _usable(_np_after(sentence, head_end + 1))
        if modified and " " in modified and modified.rsplit(" ", 1)[1] in VERBS:
            modified = modified.rsplit(" ", 1)[0]  # "the 800-million-yuan fund invested in ...": the verb ends it
        if modified:
            return modified
    if money and pair != "to":
        m = _MONEY_VERB.search(sentence, max(0, start - 50), start) if _may_end_with(sentence, start, _MONEY_VERB_ENDS) \
            else None
        if m and (not found or found.split()[-1].lower() in _SUBJECT_NOUNS or _namey(found)
                  or not _word_after(sentence, found.split()[-1], m.end())
                  or "round" in sentence and _ROUND_AFTER.match(sentence, head_end)):
            v = m.group(1).lower()
            if v.startswith("spen"):
                on = re.match(r"\s*(?:\([^)]*\)\s*)?on\s+(?:the\s+)?", sentence[head_end:])
                what = _usable(_np_after(sentence, head_end + on.end())) if on else None
                if what and what.lower().startswith("research and"):
                    # "spent 1.3 trillion yuan on research and development"
                    what = "R&D" + what[24:]
                found = (what + " spending") if what and len(what.split()) <= 3 else "spending"
            else:
                found = _MONEY_NOUN[v[:4]]
                r = _ROUND_AFTER.match(sentence, head_end) if v[0] == "r" and "round" in sentence else None
                if r:
                    # "raised USD650 million in a Series C round": the round by its name ("B round" for a letter)
                    found = _round_funding(r.group(1)) + " raised"
    if money and ("each" in sentence or "apiece" in sentence or "share" in sentence) and \
            _EACH_AFTER.match(sentence[head_end:]):
        # "offering 128.2 million H shares at HK$32.80 to HK$36.50 each"
        sh = re.search(r"\b((?:[A-Z]\s+)?shares?)\s+at\s+(?:\S+\s+){0,3}$", sentence[max(0, start - 60):start])
        if sh or re.search(r"\bshares?\b", sentence, re.I):
            found = "price per " + (sh.group(1).rstrip("s") if sh else "share")
    if found and unit in ("count",) and found.lower() in ("people", "persons", "visitors") or \
            found and unit == "count" and found.lower() == "people":
        role = _people_role(sentence, start, head_end)
        if role == "team size" and ", or " in sentence and _OR_SHARE_ASIDE.match(sentence, head_end):
            role = None  # "Some 7,500 people, or 60 percent of the workforce, ...": the people, part of the workforce
        found = role or found
    if found and money and kind != "share" and previous and (found.split()[-1].lower() in _SUBJECT_NOUNS or _namey(found)):
        # "The Shenzhen zone and the Zhangjiang zone followed with 4.3 trillion yuan": the zone is the subject;
        # the measure is the one the text was giving
        found = previous
    if found and "under construction" in sentence and _UNDER_CONSTRUCTION.match(sentence, head_end) and \
            "construction" not in found:
        found += " under construction"
    if found and len(found) < 19 and found[0] in _UNIT_NOUN_FIRST and _UNIT_NOUNS.match(found):  # (no match is longer than 18 characters)
        before = _usable(_np_before(sentence, start))
        found = before if before and not _UNIT_NOUNS.match(before) else previous
    if unit == "kWh" and (not found or not re.search(r"electric|power|energy|consum|generat", found, re.I)):
        # "2.2 billion kWh of wind and solar power"; else "deliver 14 billion kWh", "generate 750 million kWh"
        m = re.match(r"\s*(?:\([^)]*\)\s*)?of\s+", sentence[head_end:])
        found = (_usable(_np_after(sentence, head_end + m.end())) if m else None) or "electricity"
    if found:
        found = _tidy(found, sentence, start, head_end)
    if found:
        # a place or a company owning the measure is the subject, not part of what is measured:
        # "Beijing GDP", "Lingxin revenue"
        m = _OWNER_WORD.match(found) if "A" <= found[0] <= "Z" else None
        if m and not re.search(r"[A-Z].*[A-Z]|&|\d", m.group(1)) and _possessive_in(sentence, m.group(1)):
            found = found[m.end():]
    if found and unit == "count" and found.lower() in ("residents", "people", "inhabitants") and \
            _RANGE_MENTION.search(sentence, start, head_end) and _POPULATION_WORDS.search(sentence):
        found = "population"  # "home to 2 million to 2.5 million residents": a range of a place's population
    if found and "A" <= found[0] <= "Z" and " " in found and _SITE_NAME_END.search(found) and \
            all(w[:1].isupper() or w in ("of", "and", "for", "the") for w in found.split()):
        # a name is never a measure: "Tianjin's Binhai New Area grew 6.2 percent", "the ... Development Area reported
        # 8.1 percent growth"; the noun after a change, else what the text was measuring, else a change's growth
        after = _GROWTH_AFTER.match(sentence, head_end)
        found = "growth" if after else previous if previous and not _SITE_NAME_END.search(previous) else \
            "growth" if kind == "change" and unit in ("percent", "percentage_point", "times") else None
    return found


_WITH_AMOUNT = re.compile(r"\b((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\s+(?:(?:last|this)\s+year\s+)?with\s+(?:a|an|the)\s+"
                          r"(?:total\s+|combined\s+)?(turnover|value|volume)\s+of\s+(?:(?:about|around|nearly|almost|"
                          r"more than|over|some|roughly|approximately)\s+)?$")


# (patterns of the functions below, compiled once rather than looked up in re's cache at each call)
_WORD_BEFORE_END = re.compile(r"(?:\b(?:from|to|in|into|of|at|and|the)|[A-Z][\w'’-]*|\d[\d,.]*)\s*$")
_DIGIT = re.compile(r"\d")
_ARTICLE_LEAD = re.compile(r"^(?:the|its|their)\s+")
_TOTAL_END = re.compile(r"\btotals?$", re.I)
_TOTAL_TAIL = re.compile(r"\s*\btotals?$", re.I)
_TOTAL_LEAD = re.compile(r"^total\s+(?=\S)")
_EACH_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:to\s+\S+\s+(?:\([^)]*\)\s*)?)?(?:each|apiece|a share|per share)\b")
_INTO_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:in|into|on)\s+(?:the\s+)?")
_OF_IN_AFTER = re.compile(r"\s+(?:of|in)\s")
_WITH_AMOUNT_ENDS = ("of",) + _QUALIFIER_ENDS
assert _WITH_AMOUNT_ENDS == _POPULATION_ENDS  # _find_measure_main checks the tail once for both
_UNDER_CONSTRUCTION = re.compile(r"\s+(?:are\s+|is\s+|were\s+)?under construction\b")
_IN_OF_AFTER = re.compile(r"\s*(?:in|of|worth of)\s+")


# "<noun> of (about) <figure>" at the end of a text: the noun names the figure ("a new supply of 95,000 square meters")
_OF_QUALIFIED_END = re.compile(r"\s+of\s+(?:(?:about|around|nearly|almost|more than|over|some|roughly|approximately|"
                               r"an estimated|a total of|at least|up to|just)\s+)?$")
_ABSORBED = re.compile(r"\babsorb(?:ed|s|ing)?\s+(?:a\s+)?(net\s+)?(?:(?:about|around|nearly|almost|some|roughly|"
                       r"approximately|more than|over)\s+)?$", re.I)


def _area_named_before(sentence: str, start: int, found: Optional[str]) -> Optional[str]:
    """What an area with no word for an area in its phrase measures, when the text names it: the noun it is "of"
    ("net absorption of about 52,000 square meters", "a new supply of 95,000 square meters"), not a place, an owner
    or a mere amount; or a verb's own noun ("tenants absorbed a net 52,000 square meters" → "net absorption")."""
    lo = max(0, start - 60)
    if found and sentence.find(" of ", lo, start) >= 0 and not _namey(found) and \
            found.split()[-1].lower() not in _OWNER_NOUNS | _SUBJECT_NOUNS | _AMOUNT_HEAD:
        k = sentence.rfind(found, lo, start)
        if k >= 0 and _OF_QUALIFIED_END.fullmatch(sentence, k + len(found), start):
            return found
    if sentence.find("absorb", lo, start) >= 0:
        m = _ABSORBED.search(sentence, lo, start)
        if m:
            return "net absorption" if m.group(1) else "absorption"
    return None


def _find_measure_main(sentence: str, start: int, head_end: int, unit: str, previous: Optional[str] = None,
                       kind: str = "level", pair: Optional[str] = None) -> Optional[str]:
    """The measure phrase of the quantity at ``sentence[start:head_end]``; ``previous`` is the measure of
    the figure before it, which a bare change ("up 7 percent") and the end of a from-to pair refer to."""
    tail = sentence[head_end:head_end + 30]
    if unit in ("km", "m"):
        if re.match(r"\s+(?:long|in length)\b", tail):
            return "length"
        if re.match(r"\s+(?:wide|in width)\b", tail):
            return "width"
        if re.match(r"\s+(?:\w+\s+)?(?:from|away|of the capital|to)\b", tail):
            return "distance"
    if unit in ("m2", "km2", "hectare", "mu") and not _OF_IN_AFTER.match(tail):
        found = _find_measure(sentence, start, head_end, unit, None, kind)
        # (a name holding "Area" is where, not what: "Tianjin's Binhai New Area covers 2,270 square kilometers")
        # (a market's own nouns for floor space: "Grade A stock", "new supply", "net take-up", "absorption")
        if found and re.search(r"\b(?:area|land|space|floor|forest|stock|supply|take-up|uptake|absorption|inventory|"
                               r"completions|leasing|transactions|sales)\b", found, re.I) and \
                not re.search(r"coverage|rate", found) and not _namey(found):
            return found
        return _area_named_before(sentence, start, found) or "area"
    if pair == "to" and previous:
        return previous  # "from 320 million tonnes ... to below 200 million tonnes"
    if kind == "share":
        picked = _group_share(sentence, start, head_end, previous)
        if picked:
            return picked  # "about 65 percent of its staff have a master's degree"
        whole = _share_whole(sentence, start)
        part = _part_before_share(sentence, start)
        if whole and _TOTAL_END.search(whole):
            if part:
                # "applications filed by enterprises accounted for half of the city's total": the total of the part
                return "share of " + part
            # "of the national total": the total of what the sentence measured before
            owner = _TOTAL_TAIL.sub("", whole)
            whole = (owner + " " + previous).strip() if previous and not previous.startswith("share of") else None
        if part and not whole:
            whole = _share_whole(sentence, start, True)
        if whole and part:
            return f"share of {part} in {whole}"  # "women make up 45 percent of the workforce"
        if whole:
            return "share of " + whole  # "accounting for about a quarter of Beijing's total output"

    if kind == "change" and previous and _may_end_with(sentence, start, _CHANGE_NOUN_ENDS) and \
            _CHANGE_NOUN.search(sentence[max(0, start - 40):start]):
        return _TOTAL_LEAD.sub("", previous)  # the growth of a total is the growth of the thing
    # (the three checks below look at the same tail: ``head`` ends where the sentence's prefix does, and is long
    # enough for _may_end_with's window; _POPULATION_ENDS is _WITH_AMOUNT_ENDS, and _INVEST_ENDS holds it)
    with_amount_end = _may_end_with(sentence, start, _WITH_AMOUNT_ENDS)
    lo = max(0, start - 80)
    # (every match holds "with": a window without it is not searched)
    m = _WITH_AMOUNT.search(sentence, lo, start) if with_amount_end and sentence.find("with", lo, start) >= 0 else None
    if m and unit in _MONEY:
        # "106,000 technology contracts with a total turnover of 956.2 billion yuan": the turnover of the contracts
        things = m.group(1).split()
        things[-1] = re.sub(r"ies$", "y", things[-1]) if things[-1].endswith("ies") else re.sub(r"(?<!s)s$", "", things[-1])
        return " ".join(things) + " " + m.group(2)
    head = sentence[max(0, start - 60):start]
    if unit not in ("count", "percent", "percentage_point", "times") and \
            (with_amount_end or _may_end_with(sentence, start, _INVEST_ENDS)) and _INVEST.search(head):
        # "invested 3.5 billion in ...", "committed 400 million yuan to ..."; money put into an activity
        # rather than a project is spending on it ("put 195.1 billion yuan into basic research")
        m = _INTO_AFTER.match(sentence[head_end:])
        if m and _INVEST.search(head).group().lower().startswith("put"):
            np = _usable(_np_after(sentence, head_end + m.end()))
            if np and not re.search(r"\b(?:project|plant|base|fund|company|firm|park|zone|factory)s?\b",
                                    sentence[head_end:head_end + 120], re.I):
                return np
        return "investment"
    if unit == "count":
        m = _POPULATION.search(head) if with_amount_end else None
        if m:
            return m.group(1)  # "a population of about 30,000 people"
    return _find_measure(sentence, start, head_end, unit, previous, kind)


# the whole a share is part of: "... 30 percent of the city's total power capacity", "a quarter of Beijing's output"
_SHARE_OF = re.compile(r"[^,;()]{0,40}?\b(?:percent|per cent|%|half|third|thirds|quarter|quarters|tenth|fifth|fifths)"
                       r"(?:\s+(?:share|stake|slice))?\s+(of|in)\s+(?:the\s+|all\s+(?:the\s+)?)?((?:[\w&'’-]+\s+){0,5}[\w&'’-]+)", re.I)
_SHARE_STOP = re.compile(r"\s+(?:in|at|on|for|from|by|to|that|which|who|with|as|during|than|and|or|was|were|is|are|"
                         r"has|have|had|last|this|according|said)\b.*$", re.I)


# a clause without "that" after a noun: "the technology contracts Beijing sent", "the projects TEDA took"
_RELATIVE = re.compile(r"^((?:[a-z][\w&'’-]*\s+)*[a-z][\w&'’-]*)\s+[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*"
                       r"(?:\s+(?:has|have|had))?\s+[a-z]+$")


_TRAILING_NAME = re.compile(r"^((?:[a-z][\w&'’-]*\s+)*[a-z][\w&-]*[a-z])(?:\s+[A-Z][\w'’&-]*)+$")


def _cut_relative_uncached(np: str) -> str:
    if np.islower():
        return np  # (both patterns need a capital letter A-Z)
    m = _RELATIVE.match(np)
    if m and _is_verbish(np.rsplit(" ", 1)[1]):
        return m.group(1)
    m = _TRAILING_NAME.match(np)
    if m and m.group(1).endswith((" of", " on", " in", " for", " to", " per")) and \
            _ABBREVIATED.search(np, len(m.group(1))):
        return np  # "energy consumption per unit of GDP": an abbreviation is the object of a preposition, which needs it
    return m.group(1) if m else np


_cut_relative = _Memo(_cut_relative_uncached).__getitem__


# a share of a group, and what picks its part out: "65 percent of its 800 staff have a master's degree", "over half
# of the workforce are technicians", "nearly a third of employees work in sales" (group 1: the group; group 2: the
# verb; group 3: a preposition after it; the phrase picked out starts at the match's end)
# (the group, its place or time, the verb and a preposition: shared by a share and by a count of a group)
_GROUP_WORDS = r"((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+"
_GROUP_VERB = (# where the group is, or when ("of the 3,000 employees at the plant are", "of new hires last year were"),
               # and an adverb ("still lives", "now work")
               r"(?:(?:at|in)\s+(?:the\s+|its\s+|their\s+)?[\w-]+\s+|(?:last|this)\s+year\s+)?"
               r"(?:(?:now|also|currently|still|mostly|mainly|already|largely)\s+)?"
               r"(are|were|is|was|have|has|had|hold|holds|held|work|works|worked|come|comes|came|live|lives|lived|"
               r"stay|stays|stayed|remain|remains|remained|grow|grows|grew|use|uses|used|own|owns|owned|speak|"
               r"speaks|spoke|study|studies|studied|commute|commutes|commuted|move|moves|moved|go|goes|went|"
               r"flow|flows|flowed)"
               r"\s+(?:(into|in|from|at|for|with|on|outside|abroad|to)\s+)?(?:an?\s+|the\s+)?(?=[A-Za-z])")
_GROUP_TAIL = _GROUP_WORDS + _GROUP_VERB
_GROUP_OF = r"\s+of\s+(?:the\s+|its\s+|their\s+|our\s+|all\s+)?(?:[\w'’-]+['’]s\s+)?(?:\d[\d,.]*\s+)?"
# a share of a group, and what picks its part out: "65 percent of its 800 staff have a master's degree", "over half
# of the workforce are technicians", "nearly a third of employees work in sales", "three in 10 residents commute to
# Beijing" (group 1: the group; group 2: the verb; group 3: a preposition after it; the phrase picked out starts at
# the match's end)
_GROUP_SHARE = re.compile(r"[^,;()]{0,40}?(?:\b(?:percent|per cent|%|half|third|thirds|quarter|quarters|tenth|fifth|"
                          r"fifths)" + _GROUP_OF + r"|\b(?:in|out\s+of)\s+(?:10|100|ten|five|four|three)\s+)" + _GROUP_TAIL,
                          re.I)
# a count of a group that a verb picks a part out of, right after the count: "1,000 of its 1,800 staff are researchers"
_COUNT_OF_GROUP = re.compile(_GROUP_OF + _GROUP_TAIL, re.I)
# the verbs whose object is a thing the part has ("with"), and those whose object is what the part is ("are")
_HAVE_VERBS = {"have", "has", "had", "hold", "holds", "held"}
_BE_VERBS = {"are", "were", "is", "was"}
# verbs whose object is what the part does ("grow tea", "use cloud services"): the part is named by the verb's -ing form
_DOING_VERBS = {"grow": "growing", "grows": "growing", "grew": "growing", "use": "using", "uses": "using",
                "used": "using", "own": "owning", "owns": "owning", "owned": "owning", "speak": "speaking",
                "speaks": "speaking", "spoke": "speaking", "study": "studying", "studies": "studying",
                "studied": "studying"}
# verbs of where the part lives or stays, named by their -ing form with the place ("sales team living in Shanghai")
_PLACE_VERBS = {"live": "living", "lives": "living", "lived": "living", "stay": "staying", "stays": "staying",
                "stayed": "staying", "remain": "remaining", "remains": "remaining", "remained": "remaining",
                "commute": "commuting", "commutes": "commuting", "commuted": "commuting", "move": "moving",
                "moves": "moving", "moved": "moving",
                # where a sum goes: "a quarter of the funding went to AI and chips"
                "go": "going", "goes": "going", "went": "going", "flow": "flowing", "flows": "flowing",
                "flowed": "flowing"}


def _group_share(sentence: str, start: int, head_end: int = -1, previous: Optional[str] = None) -> Optional[str]:
    """The measure of a share of a group that a verb after the group picks out: "share of technicians in workforce"
    ("over half of the workforce are technicians"), "share of staff with master's degree" ("have a master's degree"),
    "share of employees in sales" ("work in sales"), "share of foreign-funded firms" ("are foreign-funded"),
    "share of workers in R&D" ("are in research and development"), "share of farmers growing tea" ("grow tea"),
    "share of sales team living in Shanghai" ("still lives in Shanghai"); None when no such verb follows, or nothing
    it names."""
    m = _GROUP_SHARE.match(sentence, start)
    if m:
        group = m.group(1)
        if group.lower() in _GROUP_PRONOUNS:
            # "2,000 people, about 64 percent of whom hold ...", "half of them still live in ...": the group is the
            # one the text was counting
            group = previous if previous and _plain_group(previous) else None
        return _part_of_group(sentence, m, "share of ", group) if group else None
    if previous and " of " in sentence[start:start + 60]:
        m = _SHARE_OF_PRONOUN.match(sentence, start)
        named = _usable(_np_after(sentence, m.end())) if m and _plain_group(previous) else None
        if named and named.split()[0].lower() not in FUNCTION:
            # "800 employees, more than half of them engineers": the class named, in the group counted before
            return f"share of {named} in {previous}"
    if head_end > 0 and sentence.startswith("Of ") and sentence.find(",", 0, start) > 0:
        # "Of the 2,000 people employed at the park, about 64 percent hold ...": the group opens the sentence, and
        # the verb follows the share
        o = _OF_THE_OPENER.match(sentence)
        v = _VERB_AFTER_SHARE.match(sentence, head_end) if o and o.end() <= start else None
        group = o.group(1) if v else None
        if group and group.lower() in _GROUP_PRONOUNS:
            group = previous if previous and _plain_group(previous) else None  # "Of these, 35 percent work in ..."
        if group:
            return _part_of_group(sentence, v, "share of ", group)
    return None


# a share of a group named before and the class it is, with no verb: "more than half of them engineers"
_SHARE_OF_PRONOUN = re.compile(r"[^,;()]{0,40}?\b(?:percent|per cent|%|half|third|thirds|quarter|quarters|tenth|fifth|"
                               r"fifths)\s+of\s+(?:them|whom)\s+(?=[a-z])(?!(?:are|were|is|was|have|has|had|in|at|from|"
                               r"with|for|to|on|by|as|and|or|being)\b)", re.I)
# pronouns for a group that the text named before: "about 64 percent of whom", "half of them"
_GROUP_PRONOUNS = frozenset(("them", "whom", "these", "those", "which"))
# a group named at the start of a sentence: "Of the 2,000 people employed at the park, ..." (group 1: the group)
_OF_THE_OPENER = re.compile(r"Of\s+(?:the\s+|its\s+|their\s+|our\s+|all\s+)?(?:\d[\d,.]*\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
                            r"[^,;]{0,60},")
# the verb right after a share and what follows it, as _GROUP_TAIL's groups 2 and 3 (group 1 is empty)
_VERB_AFTER_SHARE = re.compile(r"()\s+" + _GROUP_VERB, re.I)


def _plain_group(phrase: str) -> bool:
    """Whether a measure may name a group a share is taken of: a noun phrase of at most three words, no share."""
    words = phrase.split()
    return len(words) <= 3 and words[0].lower() != "share" and all(w.isalpha() for w in words)


def _part_of_group(sentence: str, m: re.Match, lead: str, group: Optional[str] = None) -> Optional[str]:
    """What a match of _GROUP_TAIL picks out of its group (``group``, else the match's own), after ``lead`` ("share
    of " for a share, "" for a count: "1,000 of its 1,800 staff are researchers" → "researchers")."""
    group, verb, prep = group or m.group(1), m.group(2).lower(), (m.group(3) or "").lower()
    words = group.split()
    if len(words) > 1 and _is_verbish(words[-1]) and words[-1].lower().endswith(("ing", "ed")):
        words.pop()  # "the people working at the park hold ...": the participle only places the group
        group = " ".join(words)
    if words[-1].lower() in FUNCTION or _is_verbish(words[-1]):
        return None
    at = m.end()
    if verb in _BE_VERBS and not prep and sentence.startswith("made up of ", at):
        at += 11  # "the workforce is made up of returnees": what the group is made up of
    first = _WORD.match(sentence, at)
    if first and sentence.startswith(" than", first.end()):
        return None  # "are younger than 35": a comparison, not a part
    if prep == "to" and verb not in _PLACE_VERBS:
        return None
    raw = _np_after(sentence, at)
    if raw and verb in _BE_VERBS and not prep and " " not in raw and _ADJECTIVE_END.search(raw):
        return f"{lead}{raw} {group}"  # "are foreign-funded": the class of the group
    if raw and prep and raw.lower().startswith("research and"):
        raw = "R&D" + raw[24:]  # "are in research and development": the short form, as measures write it
    # (a place after a preposition is what picks the part out: "stayed in Beijing")
    picked = raw if prep and raw and raw[0].isupper() and raw.split()[0].lower() not in FUNCTION else _usable(raw)
    if not picked or picked.split()[0].lower() in FUNCTION:
        return None
    if picked.endswith((" or above", " or higher")):
        picked = picked.rsplit(" ", 2)[0]  # "a master's degree or above"
    if verb in _BE_VERBS:
        if prep:
            return f"{lead}{group} {prep} {picked}"
        return f"{lead}{picked} in {group}" if lead else picked
    if verb in _HAVE_VERBS and not prep:
        return f"{lead}{group} with {picked}"
    if verb in _PLACE_VERBS and prep:
        return f"{lead}{group} {_PLACE_VERBS[verb]} {prep} {picked}"
    if verb in _DOING_VERBS:
        return f"{lead}{group} {_DOING_VERBS[verb]} {prep + ' ' if prep else ''}{picked}"
    if prep and verb not in _HAVE_VERBS:
        return f"{lead}{group} {prep} {picked}"  # "work in sales", "come from rural areas"
    return None


# a verb that makes its subject a part of the whole after the share: "women make up 45 percent of the workforce"
_PART_VERB = re.compile(r"\b(?:(?:make|makes|made|making)\s+up|(?:account|accounts|accounted)\s+for|represent|represents|"
                        r"represented|constitute|constitutes|constituted)\s+(?:(?:about|around|nearly|almost|more than|"
                        r"over|some|roughly|approximately|just|only|close to|less than)\s+)?$", re.I)


def _part_before_share(sentence: str, start: int) -> Optional[str]:
    """The subject of a verb that makes it a part of the whole ("Engineers make up 70 percent of ..." → "engineers"),
    when it is a noun phrase that is no name; else None."""
    lo = max(0, start - 40)
    window = sentence[lo:start]
    # (a substring test first: most shares have no such verb before them)
    if " up " not in window and " for " not in window and "represent" not in window and "constitut" not in window:
        return None
    m = _PART_VERB.search(sentence, lo, start)
    if not m:
        return None
    part = _np_before(sentence, m.start())
    if part and " " not in part and part[0].isupper() and not sentence[:m.start()].strip().find(part) \
            and not part.isupper():
        part = part[0].lower() + part[1:]  # "Women make up ...": an ordinary word that opens the sentence
    part = _usable(part)
    if not part or _namey(part) or part.split()[-1].lower() in _SUBJECT_NOUNS or part.lower() in ("share", "shares"):
        return None
    return part


_TIME_WORDS = frozenset("""january february march april may june july august september october november december
first second third fourth past last recent early late mid this that total quarter period year month week half same""".split())


def _share_whole(sentence: str, start: int, owned: bool = False) -> Optional[str]:
    """The whole a share is part of ("of the city's total power capacity"); with ``owned``, also a whole a possessive
    pronoun owns ("of its research staff"), which is else left to the phrase before the share ("R&D spending reached
    4 percent of its GDP")."""
    m = _SHARE_OF.match(sentence, start)
    if not m:
        return None
    np = _cut_relative(_SHARE_STOP.sub("", m.group(2)).strip())
    if owned and np.startswith(("its ", "their ", "our ")):
        np = np.split(" ", 1)[1]
    if not np or np.lower().split()[0] in ("them", "these", "those", "which", "it", "its", "whom", "all") \
            or _DIGIT.match(np):
        return None
    if m.group(1).lower() == "in" and np.split()[0].lower() in _TIME_WORDS:
        return None  # "fell to 78 percent in June": a time, not a whole
    if _DIGIT.search(np):
        np = " ".join(w for w in np.split() if not w[0].isdigit())  # "of the company's 900 employees": the group
    return _ARTICLE_LEAD.sub("", np)


# a count's class given after it: "1,200 of them national high-tech enterprises", "1,200 were ..."
_CLASS_AFTER = re.compile(r",?\s+(?:of\s+(?:them|which|these|those)\s+(?:are\s+|were\s+)?|(?:are|were)\s+(?:all\s+)?)"
                          # "140 are recognised as specialised and sophisticated firms": the class named
                          r"(?:(?:now\s+)?(?:certified|recogni[sz]ed|rated|classified|designated|accredited|qualified|"
                          r"identified|listed)\s+as\s+(?:an?\s+|the\s+)?)?"
                          r"(?=[a-z])(?!(?:in|at|on|from|to|by|for|with|based|located|registered|set|expected|"
                          r"planned|up|down|more|less|now|also|still|not|under)\b)")
# the rest of a list of counts that share the noun after the last one: ", 58 and 67" (in "44, 58 and 67 firms")
_COUNT_LIST = re.compile(r"(?:,\s*\d[\d,.]*)*,?\s+(?:and|or)\s+\d[\d,.]*(?=\s)")
# a class a generic count of firms is certified as: "12,400 companies certified as national high-tech enterprises"
_GENERIC_COUNTED = {"companies", "enterprises", "firms", "businesses"}
# a last word that is an adjective, not a noun: "high-tech", "technological", "innovative", "specialized"
_ADJECTIVE_END = re.compile(r"(?:-tech|-based|-oriented|-intensive|al|ic|ive|ed)$")
_CERTIFIED_AS = re.compile(r"\s+(?:(?:that|which)\s+(?:are|were)\s+|(?:now\s+)?)(?:certified|recogni[sz]ed|rated|"
                           r"classified|designated|accredited|qualified|identified|listed)\s+as\s+(?:an?\s+|the\s+)?")


# the base of a comparison right before a figure: "..., against 1.1 million in 2018", "compared with 4.9 billion yuan"
_COMPARED = re.compile(r"\b(?:against|versus|vs\.?|compared\s+(?:with|to))\s+(?:(?:about|around|nearly|almost|more than|"
                       r"over|some|roughly|approximately|just|only)\s+)?$", re.I)


def _compared_before(sentence: str, start: int) -> bool:
    lo = max(0, start - 40)
    # (a substring test first: a figure seldom follows a comparison)
    if sentence.find("against", lo, start) < 0 and sentence.find("compared", lo, start) < 0 and \
            sentence.find("vs", lo, start) < 0 and sentence.find("versus", lo, start) < 0:
        return False
    return _COMPARED.search(sentence, lo, start) is not None


# a change then "to" at the end of a text: "rose 18 percent to", "grew by 9% to"
_CHANGE_THEN_TO = re.compile(r"\b(?:by\s+)?\d[\d.,]*\s*(?:percent|per cent|%|percentage points?|times|fold)\s+"
                             r"(?:(?:year|quarter|month)[- ]on[- ](?:year|quarter|month)\s+)?to\s+$", re.I)
# the endings of abstract nouns, which no place name has: "Vacancy", "Consumption", "Employment", "Productivity"
_NOUN_SUFFIX = re.compile(r"(?:ancy|ency|tion|sion|ment|ity|ness|ence|ance|ure)$")
# a range in a mention ("2 million to 2.5 million", "between 2 and 3 million"), and the words that make a count of
# people a population
_RANGE_MENTION = re.compile(r"\d\s*(?:million|billion|thousand)?\s*(?:to|-|–)\s*\d|^between\b", re.I)
_POPULATION_WORDS = re.compile(r"\b(?:population|residents|inhabitants|home to)\b", re.I)
# the last word of a place's or body's name: "Binhai New Area", "Huairou Science City", "Lingang Special Area"
_SITE_NAME_END = re.compile(r"\b(?:Area|Zone|Park|City|District|County|Province|Region|Cluster|Submarket|Port|Town|"
                            r"Village|Corridor|Hub|Campus|Group|Co|Ltd|Company|Corporation|University|Institute|"
                            r"New Area|Base|Valley|Island|Bay)$")
_GROWTH_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:growth|increase|rise)\b")
# the words of a change's unit and base ("percentage points quarter on quarter")
_BASE_WORDS = frozenset("percent percentage point points year quarter month on".split())
# a gap from an average at the end of a text: "outpacing the national average by" (group 1: the comparison; group 2:
# the average's modifier)
_GAP_FROM_AVERAGE = re.compile(r"\b(outpac\w*|outperform\w*|exceed\w*|beat\w*|above|higher than|faster than|"
                               r"below|lower than|slower than|trail\w*|lagg?\w*)\s+(?:the\s+)?([a-z][\w-]*\s+)?"
                               r"average\s+(?:by\s+)?$", re.I)


def _find_measure(sentence: str, start: int, head_end: int, unit: str, previous: Optional[str],
                  kind: str) -> Optional[str]:
    if unit == "count":
        # the mention may already hold the counted noun ("more than 300 registered enterprises")
        m = _COUNT_NUM.search(sentence, start, head_end)
        if m and m.end() < head_end:
            inner = _usable(_np_after(sentence, m.end()))
            if inner:
                return inner
        # (the phrase after the mention names only a count's measure: it is looked for only for a count)
        if sentence.startswith(" of ", head_end):
            m = _COUNT_OF_GROUP.match(sentence, head_end)
            pronoun = m is not None and m.group(1).lower() in _GROUP_PRONOUNS
            group = previous if pronoun and previous and _plain_group(previous) else None
            part = _part_of_group(sentence, m, "", group) if m and (group or not pronoun) else None
            if part:
                return part  # "1,000 of its 1,800 staff are researchers", "120 of the 300 employees have ..."
            if group or previous and (sentence.startswith(" of which ", head_end) or
                                      sentence.startswith(" of whom ", head_end)) and _plain_group(previous):
                return group or previous  # "4,000 startups, 600 of which focus on AI": the group counted before
        m = _CLASS_AFTER.match(sentence, head_end)
        if m:
            # "1,200 of them national high-tech enterprises", "1,200 were national high-tech enterprises": the
            # class the count names, not the noun of the whole it is taken from
            named = _usable(_np_after(sentence, m.end()))
            if named:
                return named
        after = _usable(_np_after(sentence, head_end))
        if not after and sentence.startswith(",", head_end):
            m = _COUNT_LIST.match(sentence, head_end)
            if m:
                after = _usable(_np_after(sentence, m.end()))  # "adding 44, 58 and 67 firms": the noun after the last
        if after:
            if after.split()[-1].lower() in _GENERIC_COUNTED:
                m = _CERTIFIED_AS.match(sentence, head_end + sentence[head_end:].find(after) + len(after))
                named = _usable(_np_after(sentence, m.end())) if m else None
                if named and _ADJECTIVE_END.search(named):
                    # "9,300 enterprises that were classified as high-tech": the class is an adjective of the noun
                    named += " " + after.split()[-1]
                if named:
                    return named  # "12,400 companies certified as national high-tech enterprises"
            return after
    # "60 billion yuan in investment", "2.43 million metric tons of carbon"
    m = _IN_OF_AFTER.match(sentence, head_end)
    if m and unit not in ("percent", "percentage_point", "times"):
        p = _usable(_np_after(sentence, m.end()))
        if p:
            return p
    raw_before = _np_before(sentence, start)
    before = _usable(raw_before)
    if not before and raw_before and " " not in raw_before and _NOUN_SUFFIX.search(raw_before) and \
            sentence.startswith(raw_before) and raw_before[1:].islower():
        before = raw_before.lower()  # "Vacancy fell 0.4 percentage points": an ordinary noun opening the sentence
    if sentence.find("average", max(0, start - 60), start) >= 0:
        m = _GAP_FROM_AVERAGE.search(sentence, max(0, start - 80), start)
        if m and (not before or sentence.rfind(before, 0, start) >= m.start()):
            # "wages exceeded the national average by 20 percent", "output expanded 7.2 percent, outpacing the
            # national average by 2.6 points": the gap of what the clause measures (its phrase before the comparison,
            # else the measure of the figure before), not the average's own modifier
            what = _np_before(sentence, m.start())
            if what and " " not in what and what.lower() in _catalogue_words():
                what = what.lower()  # "Wages in the zone exceeded ...": a word for a measure, capitalised
            what = _usable(what)
            if not what or _UNIT_NOUNS.match(what):
                what = previous  # "up 13.2 percent year-on-year and outpacing ...": the measure of that change
            if what:
                side = "below" if m.group(1).lower().startswith(("below", "lower", "slower", "trail", "lag")) else "above"
                return f"{what} {side} {(m.group(2) or '').lower()}average"
    if before and previous and " on " in before and _BASE_WORDS.issuperset(before.lower().split()) and \
            _CHANGE_THEN_TO.search(sentence, max(0, start - 60), start):
        return previous  # "rose 1.6 percentage points quarter on quarter to 17.9 percent": the base names nothing
    if before:
        return before
    if kind == "change" and previous:
        return previous
    if previous and _compared_before(sentence, start):
        return previous  # "reached 1.3 million, against 1.1 million in 2018": the base of a comparison
    if previous and _may_end_with(sentence, start, ("to",)) and _CHANGE_THEN_TO.search(sentence, max(0, start - 60), start):
        return previous  # "Revenue rose 18 percent to 5.6 billion yuan": the level of what changed
    return catalogue_phrase(sentence, start, head_end) or previous
