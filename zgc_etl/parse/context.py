"""When, who, where, what: the context of each quantity.

:func:`resolve` is called for every quantity of every sentence of an article, in text order, with one
:class:`ContextState` per article that carries what the text refers back to: the current subject
("the park", "it"), the time of the statement being continued, the deadline of a plan.

- time: :mod:`.timex` (expressions resolved against the dateline or publication date);
- subject: :mod:`.subjects` (organisations, fullest names, anaphora) and places;
- regions: :mod:`.regions` (gazetteer, flow rules, a park implies its district);
- measure: :mod:`.measures`; metric: :func:`zgc_etl.reference.classify_metric`.
"""
from __future__ import annotations

import calendar
import datetime as dt

import re
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Optional

from ..model import Article
from ..reference import classify_metric, load_entity_aliases, load_gazetteer, place_label
from .measures import FUNCTION, acronyms_defined, expand_with, find_measure
from .regions import CHINA, division, expand_groupings, find_places, find_places_in, forget_places, is_national, most_specific, place_in_name, places_before, sentence_regions
from .subjects import (ACTOR, ACTOR_WORDS, ANAPHOR_CLASS, ANAPHORS, CITY_OF, FIGURE_GROUP, HEADS, FIGURE_GROUP_WORDS, LOWER_HEADS,
                       GROUP_BY_CAPITAL, GROUP_WORDS, has_any, Org, OrgRegistry, clause_of, clause_spans, dateline_end,
                       find_orgs, orgs_within)
from .subjects import _FIRM_APPOSITION, NOT_NAME
from .subjects import _FIRM_NOUNS as FIRM_NOUNS
from .quantities import _Caseless, _lowered
from .timex import TimeExpr, first_span, year_after, dateline_date, find_times, parse_date


# Speed: a pattern that opens with a word boundary and an alternation is tried alternative by alternative at every
# position of the text; a leading look-ahead for the characters a match can start with (implied by the pattern,
# so the matches are the same) rejects the other positions with one test.  Below, the patterns of this module
# carry such a look-ahead in their source; those of other modules get it here.
def _with_first_chars(pattern: re.Pattern, first: str, opening: str) -> re.Pattern:
    """``pattern`` with the look-ahead ``(?=first)`` (a character class, compiled with the pattern's flags),
    if its source starts with ``opening``, the part that implies the class; else ``pattern`` as it is (should
    the other module ever change how the pattern opens, its matches stay right, only slower)."""
    if not pattern.pattern.startswith(opening):
        return pattern
    return re.compile(f"(?={first})" + pattern.pattern, pattern.flags)


# the/this/that/its (case-insensitive) opens every anaphor
_ANAPHORS = _with_first_chars(ANAPHORS, "[ti]", r"\b(?:the|this|that|its)\s")
# its case-sensitive twin, for lower-cased ASCII text (see _anaphor_matches): the pattern is written in lower case
# but for the class [a-zA-Z], which means the same there
_ANAPHORS_LOWER = re.compile(_ANAPHORS.pattern, _ANAPHORS.flags & ~re.I)
assert not re.search("[A-Z]", re.sub(r"\\.|a-zA-Z", "", _ANAPHORS.pattern)), "the twin needs a lower-case pattern"
# ... with its opening word written as a first letter and then the word boundary before it, as a look-behind over
# that letter ("t" after no word character, then "he", "his" or "hat"): same matches (a "t" or "i" that starts a
# word is where \b stands before it), but a pattern whose alternatives each open with a letter lets the regex
# engine skip at once over the characters that are neither, rather than try the pattern there (~20% faster scan;
# tests/test_subjects_speedups_r8b.py)
_ANAPHOR_OPENING = r"\b(?:the|this|that|its)\s"
if ANAPHORS.pattern.startswith(_ANAPHOR_OPENING):
    _ANAPHORS_LOWER = re.compile(r"(?:t(?<!\wt)(?:he|his|hat)|i(?<!\wi)ts)" + ANAPHORS.pattern[len(_ANAPHOR_OPENING) - 2:],
                                 ANAPHORS.flags & ~re.I)
# a group opens with a capital letter: the first word of its name, or the group word itself (GROUP's matches)
_GROUP = GROUP_BY_CAPITAL


@dataclass
class ContextState:
    """What carries from one sentence to the next within an article."""

    subject: Optional[str] = None
    subject_regions: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    sentence: Optional[str] = None  # the sentence the cached analysis below belongs to
    extra: dict = field(default_factory=dict)


@dataclass
class ArticleContext:
    published: Optional[str]
    ref: object  # datetime.date used to resolve relative time
    orgs: OrgRegistry
    org_region: dict[str, str]
    main_region: Optional[str]
    main_subject: Optional[str]
    zone_names: dict = field(default_factory=dict)  # zone → the fullest form the article names it by
    block_orgs: dict = field(default_factory=dict)  # block text → find_orgs of it (read-only lists)
    acronyms: dict = field(default_factory=dict)  # abbreviation → what the article defines it as (read-only)
    shared: dict = field(default_factory=dict)  # "gulou district" → the place the article's city tells it is


class _worked_out:
    """A property worked out on first use and then kept in the instance (as :class:`functools.cached_property`,
    but without the lock that takes on every first use: a SentenceInfo is read by one thread, and several of
    its properties are worked out for every sentence)."""

    def __init__(self, func):
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)  # (the instance's entry hides this descriptor from now on)
        return value


class SentenceInfo:
    """What a sentence names and when: its times, organisations and places (those not inside an
    organisation's name), each worked out on first use, so that the analysis of a sentence nothing reads
    costs nothing: a caption without figures is never remembered for the sentences after it."""

    def __init__(self, sentence: str, ctx: "ArticleContext", span: Optional[tuple[str, int]]):
        self.sentence = sentence
        self._ctx = ctx
        self._span = span  # (block text, start of the sentence in it): the block's place scan serves the sentence
        self._present: Optional[bool] = None

    def __repr__(self) -> str:
        return f"SentenceInfo(times={self.times!r}, orgs={self.orgs!r}, places={self.places!r})"

    @_worked_out
    def orgs(self) -> list[Org]:
        # a sentence that is a whole block (a fifth of them) has had its organisations found with the article's
        got = self._ctx.block_orgs.get(self.sentence)
        if got is not None:
            return got
        # a sentence of a longer block: the block's scan serves it when its edges are walls to the scan
        sentence, span = self.sentence, self._span
        if span is not None and span[0].startswith(sentence, span[1]):
            block_orgs = self._ctx.block_orgs.get(span[0])
            if block_orgs is not None:
                got = orgs_within(span[0], span[1], span[1] + len(sentence), block_orgs)
                if got is not None:
                    return got
        return find_orgs(sentence)

    @_worked_out
    def times(self) -> list[TimeExpr]:
        return _mark_times(self.sentence, find_times(self.sentence, self._ctx.ref), self._ctx)

    @_worked_out
    def found(self) -> list[tuple[int, int, str]]:
        """Every place the sentence names, China too, inside a name or not."""
        sentence, span = self.sentence, self._span
        if span is not None and span[0].startswith(sentence, span[1]):
            got = find_places_in(span[0], span[1], span[1] + len(sentence), with_china=True)
        else:
            got = find_places(sentence, with_china=True)
        if self._ctx.shared and (" District" in sentence or " County" in sentence):
            got = _with_shared(sentence, got, self._ctx.shared)
        return got

    @_worked_out
    def places(self) -> list[tuple[int, int, str]]:
        spans = [(o.start, o.end) for o in self.orgs]
        return [(s, e, n) for s, e, n in self.found if not any(a <= s < b for a, b in spans)]

    @_worked_out
    def name_spans(self) -> list[tuple[int, int]]:
        """The spans of the organisations whose names hide the places in them from the regions ("Bank of
        Tianjin"); an organisation whose whole name is a place ("Xiong'an New Area") is that place, and hides
        nothing."""
        found = self.found
        return [(o.start, o.end) for o in self.orgs if not any(s == o.start and e == o.end for s, e, _ in found)]

    @_worked_out
    def regions(self) -> list[str]:
        """Regions the sentence places its figures in (flow rules), with where its organisations sit
        (read by nothing at present)."""
        ctx = self._ctx
        spans = [(o.start, o.end) for o in self.orgs]
        regions = sentence_regions(self.sentence, spans, places=[x for x in self.found if x[2] != CHINA])
        for o in self.orgs:
            where = ctx.org_region.get(o.name) or ctx.org_region.get(ctx.orgs.fullest(o.name))
            if where and where not in regions and not any(load_gazetteer().is_within(r, where) for r in regions):
                regions = most_specific(regions + [where])
        return regions

    # worked out when a figure asks (a sentence without figures never does)
    @property
    def national(self) -> bool:
        return is_national(self.sentence)

    @property
    def present(self) -> bool:
        if self._present is None:
            self._present = not _PAST.search(_without_perfect(self.sentence))
        return self._present

    @_worked_out
    def clause_joins(self) -> tuple[tuple[int, int], ...]:
        """The spans where one main clause of the sentence ends and the next begins (_CLAUSE_JOIN), found once for
        all its figures (see :func:`_figure_clause`); a sentence without one of _JOIN_HINTS has none."""
        if not has_any(self.sentence, _JOIN_HINTS):
            return ()
        return tuple(m.span() for m in _CLAUSE_JOIN.finditer(self.sentence))

    @_worked_out
    def present_clauses(self) -> dict[tuple[int, int], bool]:
        """Whether each clause of the sentence that holds a figure is in the present (see :func:`_clause_present_in`),
        filled as its figures ask."""
        return {}

    @_worked_out
    def time_roles(self) -> frozenset[str]:
        """The roles of the sentence's times, for the per-figure tests that only apply where a time of a role is there
        (a founding date, a year-on-year change)."""
        return frozenset(t.role for t in self.times)

    @_worked_out
    def time_left(self) -> tuple:
        """The times the sentence leaves for the next ones (see :func:`_time_left`): worked out when a later figure
        asks for one."""
        return _time_left(self.sentence, self.times)

    @_worked_out
    def own_time_cands(self) -> list[TimeExpr]:
        """The times that may be a figure's own (see :func:`_attached_time`): those that place a figure, else the
        dates its statements were made; the same for all its figures (read-only)."""
        return [t for t in self.times if t.role in _OWN_TIME_ROLES] or [t for t in self.times if t.role == "attrib"]


# Where an organisation sits by its name: a pure function of the name, which recurs in many articles (a plain
# dictionary rather than lru_cache, so that _org_home_by_name can tell a known name before doing the work a new one needs).
_PLACE_IN_NAME: dict[str, Optional[str]] = {}


def _org_home_by_name(text: str, o: Org) -> Optional[str]:
    """``place_in_name(o.name)`` for an organisation ``o`` found in the block ``text``, memoised by name."""
    try:
        return _PLACE_IN_NAME[o.name]
    except KeyError:
        pass
    if text.startswith(o.name, o.start):
        # the name's place scan, which place_in_name reads, is a slice of the block's (already made):
        # find_places_in memoises it so, where the slice's edges allow, rather than scanning the name anew
        # (only for a name not seen before: a known one needs no scan at all)
        find_places_in(text, o.start, o.start + len(o.name))
    if len(_PLACE_IN_NAME) >= 32768:
        _PLACE_IN_NAME.clear()
    where = _PLACE_IN_NAME[o.name] = place_in_name(o.name)
    return where


# Past tense: a sentence in the past with no time of its own continues the time of the statement before it.
# ("has to", "have to" say what must be done, no perfect: "Each lab has to set aside ...")
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:\w+ly|also|already|now|just|since|so far|not)\s+)*(?:been\s+)?(?!to\b)\w+",
                      re.I)

def _without_perfect(text: str) -> str:
    """``text`` with its present perfect verbs ("has grown", "have not been built") blanked out.  Most sentences
    have no "has" or "have": told by a substring test of the lower-cased text, rather than by running _PERFECT
    (not for non-ASCII text, where re.IGNORECASE also reads a letter as "s" that str.lower() leaves alone)."""
    if text.isascii() and "has" not in (low := text.lower()) and "have" not in low:
        return text
    return _PERFECT.sub(" ", text)


def _by_initial(entries: tuple[str, ...]) -> str:
    """A regex alternation of ``entries`` grouped by their first letter ("s(?:aw|old|pent)|w(?:as|ere)"): the
    matcher tries one group's few branches at a position instead of every entry's."""
    groups: dict[str, list[str]] = {}
    for e in entries:
        groups.setdefault(e[0], []).append(e[1:])
    return "|".join(f"{k}(?:{'|'.join(v)})" for k, v in sorted(groups.items()))


_NOT_A_PREPOSITION_AFTER = r"(?!\s+(?:to|by|with|from)\b)"  # ("made to", "held by": a passive or an infinitive)
_PAST_VERB_FORMS = (
    "was", "were", "had", "did", "rose", "grew", "fell", "hit", "saw", "took", "drew", "brought", "came", "went",
    "became", "won", "stood", "spent", "sold", "began", "got", "gave",
    *(w + _NOT_A_PREPOSITION_AFTER for w in ("made", "built", "kept", "led", "held", "paid", "put")),
    # irregular past forms that are no present, participle or common noun as well (not "told", "said": an
    # attribution, "..., a manager told the paper", leaves the reported tense alone)
    "wrote", "lent", "bought", "sought", "slid", "broke", "ran", "sank", "shrank", "fought", "taught", "caught", "sent",
    "drove", "flew", "threw", "knew", "met", "dealt", "struck", "swung", "sprang", "overtook", "undertook",
    "withdrew", "chose", "froze", "shook", "fled", "felt", "meant", "dug", "soared",
    # (not "spun": a participle far more often than a verb, "a unit spun off from", "many of them spun out of")
    "s(?<!to s)(?<!will s)et up",  # (not "to set up", "will set up")
    "generated", "posted", "recorded", "handled", "produced", "achieved", "realized", "realised", "attracted",
    "totaled", "totalled", "amounted", "accounted", "ranked", "remained", "followed", "stayed", "ended", "finished")
_PAST_VERB = _Caseless(rf"\b(?=[{''.join(sorted({w[0] for w in _PAST_VERB_FORMS}))}])(?:{_by_initial(_PAST_VERB_FORMS)})\b")
# a regular past verb before its object, or before a participle that states the level it reached ("doubled,
# reaching 5 billion"; any participle would also take "the indices the team calculated, covering ..."); "a planned
# area", "state-owned asset", "specialized and" are adjectives
_ED_OBJECT = (r"(?:\s+(?:(?:a|an|the|its|their|more|over|about|nearly|almost|some|around|up|down|out|to|from|by)\b|\d)|"
              r",\s+(?:reaching|hitting|topping|bringing|taking|pushing|lifting)\s)")
_PAST_ED = _Caseless(rf"(?:\b([\w-]+)\s+|^|(?<=-))([a-z]{{3,}}ed){_ED_OBJECT}")
# a prefilter: every match of _PAST_ED ends with "ed" and what follows it here, and this search, with no word to
# scan before each "ed", costs a fifth of _PAST_ED's over a sentence; about half the sentences have none
_ED_BEFORE_OBJECT = _Caseless(rf"ed{_ED_OBJECT}")
# a regular past verb before a bare noun and "of" an amount: "The company reported revenue of 1.2 billion yuan",
# "the district recorded output of", "local firms registered growth of 9 percent" (the object has no determiner,
# so _ED_OBJECT does not see it).  An -ed word after a determiner, a preposition, a possessive, an adverb or a
# verb ("its registered capital of", "with planned investment of", "boasts installed capacity of") is an
# adjective, and so are the -ed words that head statistics' nouns ("contracted investment of", "added value of");
# a subject's word must stand before the verb (an -ed word that opens a sentence is an adjective)
_PAST_ED_NOUN_OF = _Caseless(r"\b([\w'’-]+)\s+([a-z]{3,}ed)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+of\s+[^,;.\d]{0,25}?\d")
# (its prefilter, as _ED_BEFORE_OBJECT is _PAST_ED's: no word to scan before each "ed")
_ED_NOUN_OF_TAIL = _Caseless(r"ed\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+of\s+[^,;.\d]{0,25}?\d")
_ADJ_BEFORE_NOUN_OF = {"this", "that", "these", "those", "our", "his", "her", "whose", "with", "in", "for", "at", "on",
                       "by", "from", "into", "as", "to", "total", "combined", "has", "have", "had", "boasts", "boast",
                       "reaches", "reach", "covers", "cover", "includes", "including", "over", "under", "than"}
_ADJECTIVE_ED = {"planned", "estimated", "added", "contracted", "accumulated", "combined", "expected", "projected",
                 "designed", "installed", "utilized", "utilised", "used", "listed", "paid", "approved", "related",
                 "specialized", "specialised", "advanced", "certified", "qualified", "skilled", "limited",
                 "integrated", "based", "sustained", "licensed", "dedicated", "targeted", "detailed", "increased",
                 "reduced", "improved", "authorized", "authorised", "issued", "allocated"}
# a past form that is also the present (of a plural subject) or a noun ("cost", "set", "cut"): a past verb where a
# subject's word stands before it and its object, a number or a particle after it ("The lab cost 300 million
# yuan", "The city set aside", "About 40 firms left the park"; not "the cost of", "will cost", "to set up")
_PAST_BARE = _Caseless(r"\b([\w-]+)\s+(cost|set|cut|spread|shed|quit|left|lost|found|split|bet)\s+(?:(?:a|an|the|its|"
                       r"their|more|over|about|nearly|almost|some|around|aside|up|down|out|off|back)\b|\d)")
_BARE_HINTS = (" cost ", " set ", " cut ", " spread ", " shed ", " quit ", " left ", " lost ", " found ", " split ",
               " bet ")
# before a bare form, a word that makes it no past verb: a determiner or adjective (a noun: "the cost"), a modal or
# "to" (an infinitive: "will cost", "to set up"), "do/does" or a present form of "be"/"have" (a participle)
_NOT_BEFORE_BARE = {"a", "an", "the", "its", "their", "this", "that", "each", "per", "of", "and", "or", "to", "will",
                    "would", "could", "can", "may", "might", "must", "should", "shall", "do", "does", "not", "is",
                    "are", "be", "been", "being", "am", "has", "have", "total", "low", "high", "higher", "lower",
                    "tax", "first", "full", "new", "data", "price", "rate", "job", "cost", "budget", "spending"}
# (after a form of "be", a participle is a passive or an adjective in the tense of "be": "is expected to deliver")
_ADJ_BEFORE = {"a", "an", "the", "its", "their", "and", "of", "or", "more", "most", "well", "newly", "highly", "fully",
               "is", "are", "be", "been", "being", "am"}


class _Past:
    """``search(text)``: a past-tense verb in ``text`` (a match of the lower-cased text, when _lowered allows:
    callers only test it for None)."""

    @staticmethod
    def search(text: str):
        if ", wh" in text:
            # a relative clause set off by commas has a tense of its own: "The project, which went into operation
            # in June 2020, carries up to 4,500 MW" is in the present
            text = _RELATIVE_ASIDE.sub(" ", text)
        # the patterns below are _Caseless: each runs as its case-sensitive twin over ``low`` where it can, which
        # sre scans several times faster than the case-insensitive pattern over ``text``
        low = _lowered(text)
        read = text if low is None else low
        for m in _PAST_VERB.finditer_lowered(text, low):
            # after a present form of "be" a past form is a participle, in the present: "is meant to", "are held"
            if read[max(0, m.start() - 6):m.start()].lower().split()[-1:] not in _PRESENT_BE:
                return m
        if has_any(text, _BARE_HINTS):
            for m in _PAST_BARE.finditer_lowered(text, low):
                if m.group(1).lower() not in _NOT_BEFORE_BARE:
                    return m
        if _ED_BEFORE_OBJECT.search_lowered(text, low):
            for m in _PAST_ED.finditer_lowered(text, low):
                if read[max(0, m.start(2) - 1):m.start(2)] == "-":
                    continue
                if m.group(1) and m.group(1).lower() in _ADJ_BEFORE:
                    continue
                return m
        if "ed " in read and " of " in read and _ED_NOUN_OF_TAIL.search_lowered(text, low):
            for m in _PAST_ED_NOUN_OF.finditer_lowered(text, low):
                before = m.group(1).lower()
                if m.group(2).lower() in _ADJECTIVE_ED or before in _ADJ_BEFORE or before in _ADJ_BEFORE_NOUN_OF \
                        or before.endswith(("'s", "’s", "s'", "ly")) or read[max(0, m.start(2) - 1):m.start(2)] == "-":
                    continue
                return m
        return None


_PAST = _Past()
_PRESENT_BE = (["is"], ["are"], ["am"], ["be"], ["being"])
_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who|whose)\s(?:(?![.;]\s+[A-Z])[^,;])*,")  # (within one sentence)
_PLACE_AFTER_ORG = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:,\s*(?:better |also |widely )?known as [^,]{1,60},)?,?\s*"
                              r"(?:(?:which is |that is )?(?:located|based|headquartered|situated|sitting|sits|lies) )?(?:in|at) (?:the )?"
                              r"(?:[\w'’-]+(?:'s|’s)? ){0,3}([A-Z][\w'’-]*(?: New Area| New District)?)")
# "Beijing-based AI chip designer X": the place before "-based" is where X sits
_BASED_BEFORE = re.compile(r"\b([A-Z][\w'’ -]{1,30}?)-(?:based|headquartered)\s+(?:[\w&-]+\s+){0,4}$")
# "The company, headquartered in the Haidian Park of ...": where the organisation just named sits
_ANAPHOR_HOME = re.compile(r"\b(?:The|the|Its|its) (?:company|firm|group|startup|park|zone|port|developer|maker|bank)\s*,\s*"
                           r"(?:which is\s+)?(?:located|based|headquartered|situated)\s+in\s+((?:[\w'’-]+\s+){0,4}[\w'’-]+)")
_HOME_VERBS = ("located", "based", "headquartered", "situated")  # a prefilter: _ANAPHOR_HOME needs one of them
# "X Co, a drone maker that moved from Beijing, employs 460 people at its plant in the park": the company sits where the
# park named before it sits, not in the city of its name nor where it came from.  Group 1: the kind of site named.
_SITE_IN_ANAPHOR = re.compile(r"\b(?:its|their)\s+(?:new\s+|own\s+|main\s+)?(?:plant|factory|factories|facility|facilities|"
                              r"base|site|headquarters|workshops?|campus|offices?|production\s+lines?|(?:R&D|research)\s+"
                              r"(?:center|centre))\s+(?:in|at|inside)\s+the\s+(park|zone|new\s+area|area|base|town|port)\b")
# (what a match of _SITE_IN_ANAPHOR holds: a first test of the block)
_PARK_ANAPHOR_NOUNS = ("the park", "the zone", "the area", "the new area", "the base", "the town", "the port")
_PARK_SITE_HEADS = frozenset(("park", "zone", "area", "base", "town", "port"))
_BYLINE_DATE = re.compile(r"\b(\d{1,2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{4})\b")


def _byline_date(article: Article) -> Optional[str]:
    """A publication date the loader did not read, from a byline such as "Updated 19:05, 14-Jan-2022"."""
    m = _BYLINE_DATE.search(article.text[:3000] if article.text else "")
    if not m:
        return None
    from .timex import MONTHS
    return f"{int(m.group(3)):04d}-{MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"


@lru_cache(maxsize=1)
def _alias_homes() -> dict[str, str]:
    """{name: region} of the parks and zones of the alias table that give a region (by alias and by canonical
    name): where a body whose name holds no place of the gazetteer sits ("Zhongguancun Science Park", the whole
    park over many districts of Beijing; "TEDA")."""
    out = {}
    for alias, (name, region) in load_entity_aliases().items():
        if region and _alias_kind().get(alias) in ("park", "zone"):
            out.setdefault(alias, region)
            out.setdefault(name, region)
    return out


_ZONE_PART = re.compile(r"(.+?)\s+(?:core area|core zone|submarket|sub-market|office market|business district)$")


def _zone_part_home(name: str) -> Optional[str]:
    """The district of the part of a zone a name names by the zone ("the Zhongguancun core area", "the Zhongguancun
    submarket"): the zone's division in the gazetteer, when the zone's name is only looked up, not found in text."""
    if not name.endswith(("rea", "one", "market", "district")):
        return None
    m = _ZONE_PART.match(name)
    p = load_gazetteer().lookup(m.group(1)) if m else None
    return division(p.name) if p is not None and p.is_zone else None


@lru_cache(maxsize=1)
def _alias_kind() -> dict[str, str]:
    import csv
    from ..reference import DATA
    with open(DATA / "entity_aliases.csv", encoding="utf-8") as f:
        return {r["alias"]: r.get("type", "") for r in csv.DictReader(f)}


@lru_cache(maxsize=1)
def _shared_labels() -> tuple[Optional[re.Pattern], frozenset]:
    """The districts and counties whose name several cities share and that the text scan does not take as "<Name>
    District" (Gulou: Nanjing, Fuzhou): a pattern of their "<Name> District|County" and the set of those forms,
    lower-cased."""
    from .regions import _place_index
    g = load_gazetteer()
    forms = _place_index()[0]
    labels = set()
    for label, names in g._by_label.items():
        if len(names) < 2:
            continue
        for n in names:
            p = g.places[n]
            if p.level == "county":
                bare = place_label(n)
                for suffix in (" District", " County"):
                    if (bare + suffix).lower() not in forms:
                        labels.add(bare + suffix)
    if not labels:
        return None, frozenset()
    pat = re.compile(r"(?<![\w'’])(?:" + "|".join(re.escape(x) for x in sorted(labels, key=len, reverse=True)) +
                     r")(?![\w'’])")
    return pat, frozenset(x.lower() for x in labels)


def _shared_names(text: str, main_region: Optional[str], place_counts: Counter) -> dict[str, str]:
    """{"gulou district": "Gulou (350102)"}: each shared district name the article gives bare, as the place the
    article's city holds (its title's or main place first, then the places it names most); none when no city tells."""
    pat, _ = _shared_labels()
    if pat is None:
        return {}
    found = {m.group() for m in pat.finditer(text)}
    if not found:
        return {}
    g = load_gazetteer()
    cities = ([main_region] if main_region else []) + [n for n, _ in place_counts.most_common(6) if n != main_region]
    out = {}
    for form in found:
        label = form.rsplit(" ", 1)[0]
        for c in cities:
            hit = g.named_within(label, c)
            if hit:
                out[form.lower()] = hit
                break
    return out


def _with_shared(sentence: str, found: list, shared: dict) -> list:
    """``found`` with the shared district names of ``shared`` the sentence gives (outside the places found)."""
    pat, _ = _shared_labels()
    extra = [(m.start(), m.end(), shared[m.group().lower()]) for m in pat.finditer(sentence)
             if m.group().lower() in shared and not any(s <= m.start() < e for s, e, _ in found)]
    return sorted(found + extra) if extra else found


def _article_context(article: Article, state: ContextState) -> ArticleContext:
    ctx = state.extra.get("article")
    if ctx is not None:
        return ctx
    forget_places()
    published = article.published or _byline_date(article)
    pub = parse_date(published)
    blocks = article.body_blocks()
    ref = None
    for b in blocks[:12]:
        ref = dateline_date(b.text, pub)
        if ref:
            break
    ref = ref or pub
    reg = OrgRegistry()
    org_region: dict[str, str] = {}
    place_counts: Counter = Counter()
    named_in_names: Counter = Counter()  # (the places named inside organisations' names: "Guangzhou's port")
    aside_counts: Counter = Counter()  # (the places named as a benchmark or an origin)
    zone_names: dict[str, str] = {}
    g = load_gazetteer()
    last_org = None
    last_zone = None  # (the division of the last zone of the gazetteer named)
    last_site: dict[str, str] = {}  # (the last park, zone, ... named, by its head: what "its plant in the park" means)
    block_orgs: dict[str, list] = {}
    for b in blocks:
        orgs = block_orgs.get(b.text)
        if orgs is None:
            orgs = block_orgs[b.text] = find_orgs(b.text)
        for o in orgs:
            reg.add(o)
        spans = [(o.start, o.end) for o in orgs]
        for o in orgs:
            where = _org_home_by_name(b.text, o)
            m = _PLACE_AFTER_ORG.match(b.text[o.end:o.end + 120])
            if m:
                found = find_places_in(b.text, o.end, o.end + m.end())  # find_places(m.group(0))
                if found and (not where or g.is_within(division(found[-1][2]), where)):
                    where = division(found[-1][2])  # "X, located in the city's Binhai New Area"
            if not where:
                base = max(0, o.start - 60)
                # (every match holds "-based": a window without it is not searched)
                m = _BASED_BEFORE.search(b.text[base:o.start]) if b.text.find("-based", base, o.start) >= 0 or \
                    b.text.find("-headquartered", base, o.start) >= 0 else None
                found = find_places_in(b.text, base + m.start(1), base + m.end(1)) if m else []  # of m.group(1)
                if found:
                    where = division(found[-1][2])  # "Beijing-based AI chip designer X"
            if not where:
                where = _alias_homes().get(o.name) or _zone_part_home(o.name)  # "Zhongguancun Science Park", a zone
                # over many districts: Beijing; "the Zhongguancun submarket": the zone's own district, Haidian
            if where and (o.name not in org_region or g.is_within(where, org_region[o.name])):
                org_region[o.name] = where
        # "The company, headquartered in the Haidian Park of ...": the last organisation named sits there
        for m in _ANAPHOR_HOME.finditer(b.text) if has_any(b.text, _HOME_VERBS) else ():
            prior = [o for o in orgs if o.end <= m.start()]
            target = prior[-1].name if prior else last_org
            found = find_places_in(b.text, m.start(1), m.end(1))  # find_places(m.group(1))
            if target and found:
                org_region[target] = division(found[0][2])  # an explicit statement wins over "X-based"
        if orgs and any(map(b.text.__contains__, _PARK_ANAPHOR_NOUNS)) and ("its " in b.text or "their " in b.text):
            for m in _SITE_IN_ANAPHOR.finditer(b.text):
                firm = [o for o in orgs if o.end <= m.start() and o.head == "company" and m.start() - o.end < 240]
                kind = m.group(1).split()[-1]
                if not firm:
                    continue
                site = [o for o in orgs if o.end <= firm[-1].start and o.head == kind] or \
                    ([last_site[kind]] if kind in last_site else [])
                name = None if not site else site[-1] if isinstance(site[-1], str) else site[-1].name
                where = (org_region.get(name) or org_region.get(reg.fullest(name))) if name else None
                if not where:
                    # a zone the gazetteer knows, named before the company ("The Jingjin Science Valley in Wuqing")
                    zones = [division(n) for s, e, n in find_places_in(b.text, 0, firm[-1].start)
                             if (z := g.lookup(n)) is not None and z.is_zone]
                    where = zones[-1] if zones else last_zone
                if where:
                    org_region[firm[-1].name] = where
        for o in orgs:
            if o.head in _PARK_SITE_HEADS:
                last_site[o.head] = o.name
        if orgs:
            last_org = orgs[-1].name
        aside_block = any(map(b.text.__contains__, _ASIDE_WORDS))
        for s, e, n in find_places(b.text):
            p = g.lookup(n)
            if p is not None and p.is_zone:
                last_zone = division(n)
                if len(b.text[s:e]) > len(zone_names.get(n, "")):
                    zone_names[n] = b.text[s:e]
            if not any(a <= s < z for a, z in spans):
                if aside_block and _aside_place(b.text, s, e):
                    # "rents 40 percent lower than in Beijing", "Hong Kong-funded": not what the text is about (unless
                    # it names nothing else)
                    aside_counts[division(n)] += 1
                    continue
                place_counts[division(n)] += 1
            else:
                named_in_names[division(n)] += 1
    # fullest-name locations apply to the short names too (when any organisation is placed at all)
    for name in list(reg.names) if org_region else ():
        full = reg.fullest(name)
        if full in org_region and name not in org_region:
            org_region[name] = org_region[full]
        elif name in org_region and full not in org_region:
            org_region[full] = org_region[name]
    title_comp = [c for c in _compounds(article.title or "", find_places(article.title or "")) if len(c[1]) > 1]
    if title_comp:
        state.extra["title_compound"] = (-1, title_comp[0][1])
    title_places = [division(n) for _, _, n in find_places(article.title or "")]
    main_region = None
    if title_places:
        main_region = most_specific(title_places)[0]
    elif place_counts or aside_counts:
        # (an article that names places only as benchmarks or origins, or inside names: the place a name is, "the
        # Binhai New Area", before the benchmark; the benchmark only when it names nothing else)
        main_region = (place_counts or named_in_names or aside_counts).most_common(1)[0][0]
    title_orgs = find_orgs(article.title or "")
    main_subject = reg.fullest(title_orgs[0].name) if title_orgs else None
    shared = _shared_names(article.text, main_region, place_counts + named_in_names + aside_counts) \
        if " District" in article.text or " County" in article.text else {}
    ctx = ArticleContext(published, ref, reg, org_region, main_region, main_subject, zone_names, block_orgs,
                         acronyms_defined(article.text), shared)
    state.extra["article"] = ctx
    return ctx


def observe(article: Article, sentence: str, state: ContextState) -> None:
    """Read a sentence that may carry no figure: what it names and when become the context that
    the next sentences refer back to ("the park", "it", "Since then")."""
    ctx = _article_context(article, state)
    _sentence_info(sentence, ctx, state)


_INNER_HEAD = re.compile(r"\b(?:[Bb][Aa][Nn][Kk]|Exchange|Fund|Port|Farm|Institute|University|Station)\b")
_PHOTO = re.compile(r"\b(?:photo|PHOTO|Photo)\b")


def _remember(sentence: str, info: "SentenceInfo", ctx: ArticleContext, state: ContextState) -> None:
    recent = state.extra.setdefault("recent", {})
    g = load_gazetteer()
    for o in info.orgs:
        full = ctx.orgs.fullest(o.name)
        where = ctx.org_region.get(full) or ctx.org_region.get(o.name)
        recent[o.head] = (full, [where] if where else [])
        if o.head == "company":
            # "Bank of Tianjin Co." is what "the bank" refers to next, "X Port Group Co." what "the port" does
            for w in _INNER_HEAD.findall(o.name):
                cls = HEADS.get(w.lower())
                if cls and cls not in ("company", "government", "park", "zone", "area", "center"):
                    recent[cls] = recent[o.head]
        if o.head == "zone":
            recent["area"] = recent[o.head]
    levels = state.extra.setdefault("recent_levels", {})
    base = state.extra.get("nsent", 0) * 1000
    for pos, names in _compounds(sentence, info.places):
        if len(names) > 1:
            levels["compound"] = (base + pos, names)
        elif names[0] != CHINA:
            levels["single"] = (base + pos, names[0])
    for s, e, n in info.places:
        p = g.lookup(n)
        if p is None or n == CHINA:
            continue
        d = division(n)
        if _aside_place(sentence, s, e):
            pass  # a benchmark or an origin ("than in Shanghai", "Macao-funded") is not what "the city" is next
        elif p.is_zone:
            recent["zone"] = (ctx.orgs.fullest(ctx.zone_names.get(n) or sentence[s:e]), [d])
        else:
            recent["region"] = (d, [d])
            levels[p.level] = (base + s, p.name)
        seq = state.extra.setdefault("recent_places", [])
        seq.append(d)
        if len(seq) > 12:
            del seq[0]
    # the subject of a sentence is the name it opens with; a photo credit or a bare heading
    # ("Qingdao National High-tech Industrial Development Zone (PHOTO: VCG)") has none
    # (fewer than six words: a split that stops after the sixth word tells, without listing every word)
    heading = len(sentence.split(None, 5)) < 6 or (("hoto" in sentence or "PHOTO" in sentence) and _PHOTO.search(sentence))
    c = None if heading else _sentence_subject(sentence, info, ctx, state)
    old_subject = (state.subject, state.subject_regions)
    if state.subject and state.extra.get("subject_class") in _PLACE_CLASSES:
        # (what the text was about before a company took over: what a clause about firms as a group is about)
        state.extra["place_subject"] = old_subject
    if c is not None and c[4] not in ("pronoun", "group"):
        state.subject, state.subject_regions = c[2], c[3]
        if c[4] in ("figgroup", "actor"):
            # "The zones", "the startup", "its" in the next sentences refer back to the actor just named;
            # a group counted by a figure is what "they", "their" refer to, not "it"
            cls = _actor_class(c[2])
            if cls:
                recent[cls] = (c[2], c[3])
            if c[4] == "figgroup":
                state.subject, state.subject_regions = old_subject
                state.extra["plural"] = (c[2], c[3], state.extra.get("nsent", 0))
            else:
                state.extra["subject_class"] = cls
                state.extra["subject_named"] = (state.extra.get("nsent", 0), state.subject, cls)
        elif c[4] != "anaphor":
            state.extra["subject_class"] = c[4]
            # (which sentence opened with the subject, and of what class: what an anaphor of the next one refers to)
            state.extra["subject_named"] = (state.extra.get("nsent", 0), state.subject, c[4])
        else:
            # an anaphor opened it ("The company said ..."): the body it refers to, of the anaphor's class
            cls = next((ANAPHOR_CLASS[w] for a, _, w in _anaphor_matches(sentence) if a == c[0]), None)
            if cls:
                state.extra["subject_named"] = (state.extra.get("nsent", 0), state.subject, cls)
    if c is None and not heading:
        _remember_site_of_figures(sentence, state)
    if c is not None and c[4] in _HOST_CLASSES and info.orgs and (", a" in sentence or ", the" in sentence) and \
            (c[4] != "anaphor" or state.extra.get("subject_named", ())[2:] in (("park",), ("zone",), ("region",))):
        _remember_introduced_company(sentence, info, ctx, state, c)
    if state.subject and state.extra.get("subject_class") == "company":
        # (the company the text was last about: what "The plant's 35 workers" is about after a sentence on its host)
        state.extra["company_named"] = (state.extra.get("nsent", 0), state.subject, list(state.subject_regions))
    _remember_time(sentence, info, state)


def _remember_site_of_figures(sentence: str, state: ContextState) -> None:
    """A sentence that opens with no name whose figures are about a site named inside it ("Grade A
    rents in the Lujiazui submarket in Pudong averaged 226 yuan"): the next sentences that name nothing ("The vacancy
    rate climbed to 19.4 percent") go on about that site, not the place around it."""
    last = state.extra.get("sentence_figure")
    if last is None or last[0] is not sentence or not last[1] or last[1] == state.subject or not last[1][0].isupper():
        return  # (a site by its name: not "industrial park")
    head = last[1].rsplit(None, 1)[-1].lower()
    if HEADS.get(head) in _FIGURE_SITE_CLASSES and head in LOWER_HEADS:
        state.subject, state.subject_regions = last[1], list(last[2])
        state.extra["subject_class"] = HEADS[head]


# the classes of a named site whose figures a sentence reports without opening with it (a submarket, a park, a zone)
_FIGURE_SITE_CLASSES = frozenset(("zone", "park"))
# the classes of a subject that is a place or a site of firms
_PLACE_CLASSES = frozenset(("place", "zone", "park", "area", "region", "town"))
# what a sentence that introduces a company may be about: the place or the park that hosts it
_HOST_CLASSES = frozenset(("place", "zone", "park", "area", "anaphor"))


def _remember_introduced_company(sentence: str, info: "SentenceInfo", ctx: ArticleContext, state: ContextState, c) -> None:
    """A company that a sentence about a place or a park introduces with a description in apposition ("Chengdu
    Hi-tech Zone hosts Tongwei Co, a solar cell maker.") is what the next sentences go on about ("Revenue rose 38
    percent ...", "The company ..."), rather than its host."""
    intro = [o for o in info.orgs if o.head == "company" and o.start > c[1] and _FIRM_APPOSITION.match(sentence, o.end)]
    if not intro:
        return
    full = ctx.orgs.fullest(intro[-1].name)
    where = ctx.org_region.get(full) or ctx.org_region.get(intro[-1].name)
    state.subject, state.subject_regions = full, ([where] if where else list(c[3]))
    state.extra["subject_class"] = "company"
    state.extra["subject_named"] = (state.extra.get("nsent", 0), full, "company")


def _remember_time(sentence: str, info: "SentenceInfo", state: ContextState) -> None:
    """Keep the sentence for the times it leaves for the next ones (:func:`_time_left`), which :func:`_carried_time`
    reads back.

    Speed: the times of a sentence without figures are found only when a later figure asks for a carried time
    that no sentence after it overrides (most sentences are followed by one that states a time of its own before
    any figure asks); so the carried times are read from this list, newest first, rather than kept in the state
    sentence by sentence."""
    state.extra.setdefault("time_pending", []).append(info)


_STATEMENT, _LAST_DATE, _DEADLINE = 0, 1, 2  # the kinds of carried time (see _time_left)


def _time_left(sentence: str, times: list[TimeExpr]) -> tuple:
    """The times a sentence leaves for the next ones: (_STATEMENT) the (as_of, period_start) of its statement (not a
    founding date, which places the body, not the statement), (_LAST_DATE) the last date it names at all, founding
    dates too, which "Since then" and "in its first two months" count from ("The centre opened in 2022. Since then
    ..."), and (_DEADLINE) the deadline of its plan; each None where the sentence leaves none (a date it leaves is
    never None: these times all have an as_of)."""
    founded = [t for t in times if t.role in ("point", "period", "founded") and t.as_of]
    stated = [t for t in founded if t.role != "founded" and not _FOUNDED.search(sentence[max(0, t.start - 30):t.start])
              and not (t.text[:3] in ("of ", "Of ") and t.text[3:11].lower() == "the half")]
    # ("the largest lease of the half": a noun's period, not the statement's; the next sentence keeps the one before)
    # (a sentence dated only by the day it was made or released: see _carried_time)
    attributed = not stated and all(t.role == "attrib" or t.role == "dateline" for t in times)
    stated = stated or [t for t in times if t.role == "attrib"]
    statement = (stated[-1].as_of, stated[-1].period_start) if stated else None
    last_date = stated[-1].as_of if stated else None
    if founded and founded[-1] not in stated:
        last_date = founded[-1].as_of  # the sentence ends on a founding date
    dl = [t for t in times if t.role == "deadline"]
    return statement, last_date, dl[-1].as_of if dl else None, attributed


def _carried_time(state: ContextState, kind: int):
    """The time of ``kind`` (_STATEMENT, _LAST_DATE, _DEADLINE) that the sentences remembered so far leave: that of
    the last one that leaves one, else None.  A statement dated only by the day it was made or released ("The figures
    were released on Monday") does not replace the part of a year that a statement before it reported ("Sales fell 8
    percent in the third quarter"): the figures after it are still that period's."""
    released = None
    for info in reversed(state.extra.get("time_pending", ())):
        if kind == _DEADLINE and not _may_hold_deadline(info.sentence):
            continue  # (its times need not be found)
        left = info.time_left
        got = left[kind]
        if got is None:
            continue
        if kind == _STATEMENT:
            if left[3]:
                released = released or got
                continue  # (is there a part-year period before it?)
            if released is not None and not _part_year(*got):
                return released
        return got
    return released


def _may_hold_deadline(sentence: str) -> bool:
    """Whether the sentence may hold a time of role "deadline": each is a match of a time rule that opens with "by"
    or "before" in some case (timex: _end_of_year, _end_of_month, _end_of_quarter, _month, _by_year), letters that
    no other character stands for under re.IGNORECASE (tests/test_time_speedups_r8.py)."""
    low = sentence.lower()
    return "by" in low or "before" in low


def _sentence_subject(sentence: str, info: "SentenceInfo", ctx: ArticleContext, state: ContextState):
    """The candidate that opens the sentence (:func:`_opening` of all its candidates, without owners), for
    :func:`_remember`.

    Speed: a sentence without figures has had no candidates built (a third of the sentences remembered), and a
    candidate qualifies only where :func:`_opens_clause` holds, at one of :func:`_opening_starts`.  Only the order of
    those that start there matters, so when no figure group or actor starts at one (each pattern tried there), they
    are all that is built: the names, the phrases that stand for places with no anaphor match ("Both cities", "the
    capital"), and the anaphors and pronouns if one may start there.  The opening among them
    is the opening among all, but for a possessor (whose place goes to the next candidate, which may start
    elsewhere): then, and otherwise, all candidates are built."""
    floor = dateline_end(sentence)
    if not _has_static_candidates(sentence, info, ctx, state):
        starts = _opening_starts(sentence, floor)
        others = _other_candidates_at(sentence, starts)
        if others != "all":
            names = _name_candidates(sentence, info, ctx, floor, _sentence_groups(sentence, state))
            cands = [c for c in names if c[0] in starts or c[4] == "company" and _described_firm_opens(sentence, floor, c)]
            # the anaphor candidates that need no anaphor match ("Both cities", "the capital": the places counted
            # or named by the phrase) come with an empty list too: they may open the sentence wherever they start
            if others == "anaphors":
                cands += _anaphor_candidates(sentence, [a for a in _naming_no_place(_anaphor_matches(sentence), names)
                                                        if a[0] in starts], info, ctx, state)
                cands += [c for c in _pronoun_candidates(sentence) if c[0] in starts]
            elif _may_count_places(sentence) or "capital" in sentence:  # (the first tests of _anaphor_candidates)
                cands += _anaphor_candidates(sentence, [], info, ctx, state)
            cands.sort(key=_cand_key)
            c = _opening(sentence, cands, floor, len(sentence), owners=False)
            if c is None or not _POSSESSIVE.match(sentence, c[1]):
                return _one_introduced(sentence, floor, c)
    return _one_introduced(sentence, floor,
                           _opening(sentence, _candidates(sentence, info, ctx, state), floor, len(sentence), owners=False))


def _one_introduced(sentence: str, floor: int, c):
    """``c``, the opening of a sentence, unless it is the first of two firms that one description introduces ("the
    ride-hailing giant Didi Chuxing and JD Finance invested ..."): the next sentences go on about neither alone."""
    if c is not None and c[4] == "company" and sentence.startswith(" and ", c[1]) and \
            sentence.endswith(_FIRM_NOUN_THEN_SPACE, floor, c[0]):
        return None
    return c


# The parts of _OPENING, to find where in a clause a name that opens it can start (see _opening_starts): after an
# optional text up to the clause's first comma and an optional "statistics show," up to the next one, an optional time
# ("Last year", "In 2019") and a run of words each an article, a name, a possessive, "and" or ","; or (_AS_FOR)
# "As for (the)" at the start or after the first comma.
_OPENING_WORD = re.compile(r"(?:the|a|an|its|[A-Z][\w'’.-]*|[\w-]+['’]s|and|,)\s+")
_OPENING_TIME = re.compile(r"(?:Last|This|Next) (?:year|month|week)\s+|In \d{4}\s+")
_AS_FOR_HEAD = re.compile(r"(?:As for|As to|Regarding)\s+")
_THE_HEAD = re.compile(r"the\s+")
_SPACES = re.compile(r"\s*")


def _opening_starts(sentence: str, cs: int) -> set[int]:
    """The positions p where :func:`_opens_clause` (sentence, cs, p) may hold for a name (which starts with no
    space): the end of each word of the run _OPENING allows from the clause start, from after its first comma or from
    after its second (each word, as the whole run, ends after its spaces), each also after a time phrase, and the end
    of _AS_FOR's "As for", "As for the"."""
    out = {cs + 1} if sentence.startswith("\n", cs) else set()  # (an empty run matches before a final newline too)
    starts = [cs]
    comma = sentence.find(",", cs)
    if comma >= 0:
        starts.append(_SPACES.match(sentence, comma + 1).end())
        comma = sentence.find(",", starts[-1])
        if comma >= 0:
            starts.append(_SPACES.match(sentence, comma + 1).end())
    for k, x in enumerate(starts):
        t = _OPENING_TIME.match(sentence, x)
        for y in (x, t.end()) if t else (x,):
            out.add(y)
            m = _OPENING_WORD.match(sentence, y)
            while m:
                y = m.end()
                out.add(y)
                m = _OPENING_WORD.match(sentence, y)
        a = _AS_FOR_HEAD.match(sentence, x) if k < 2 else None
        if a:
            out.add(a.end())
            the = _THE_HEAD.match(sentence, a.end())
            if the:
                out.add(the.end())
    return out


def _described_firm_opens(sentence: str, floor: int, c) -> bool:
    """Whether the company candidate ``c`` opens the sentence after a noun for a firm that introduces it ("German
    pump maker Weber Hydraulik opened ..."), a position :func:`_opening_starts` does not list."""
    return sentence.endswith(_FIRM_NOUN_THEN_SPACE, floor, c[0]) and _opens_clause(sentence, floor, c[0])


def _other_candidates_at(sentence: str, positions) -> str:
    """Which candidates other than names may start at one of ``positions``: "all" when a figure group or an actor
    may (a match of its pattern starts there: a match the scan of :func:`_static_candidates` finds is one there),
    else "anaphors" when an anaphor or a pronoun may, else "".  The first letter of a match of each but the figure
    group's is one of few, or not ASCII (re.IGNORECASE's twins)."""
    n = len(sentence)
    out = ""
    for p in positions:
        if p >= n:
            continue
        ch = sentence[p]
        if FIGURE_GROUP.match(sentence, p) or (ch in "aAoOtTiI" or not ch.isascii()) and ACTOR.match(sentence, p):
            return "all"
        if not out and (ch in "tTiI" or not ch.isascii()) and (_ANAPHORS.match(sentence, p) or _PRONOUN.match(sentence, p)):
            out = "anaphors"
    return out


def _has_static_candidates(sentence: str, info: "SentenceInfo", ctx: ArticleContext, state: ContextState) -> bool:
    """Whether :func:`_static_candidates` has its answer for the sentence at hand (it has, for a sentence with figures).
    (The sentence cache becomes the sentence's, as building the candidates would make it: what is kept for one
    sentence is never found by a later one of the same text.)"""
    got = _sentence_cache(sentence, state).get(("cands", id(info), id(ctx)))
    return got is not None and got[0] is info and got[1] is ctx


# a quote in the first person ("We ...", "Our team ...") up to its closing mark, then who said it and of what body
_QUOTE_WE = re.compile(r"^\s*[\"“](?=[^\"”]*\b(?:We|we|Our|our|Us|us)\b)[^\"”]{1,400}[\"”]")
_SAID_OF = re.compile(r"[\s,]*(?:said|says|added|told)\b[^\"“”.;]{0,120}?\b(?:of|at|from)\s+(?:the\s+)?")


_ACTOR_HEAD_CLASS = {"enterprise": "company", "company": "company", "companie": "company", "firm": "company",
                     "business": "company", "businesse": "company", "startup": "company", "start-up": "company",
                     "maker": "company", "manufacturer": "company", "producer": "company", "developer": "company",
                     "designer": "company", "supplier": "company", "operator": "company", "factory": "company",
                     "plant": "company", "soe": "company", "zone": "zone", "park": "park", "fund": "fund",
                     "farm": "farm", "station": "station", "terminal": "station", "platform": "platform",
                     "center": "center", "centre": "center", "bank": "bank", "port": "port", "university": "institute",
                     "universitie": "institute", "institution": "institute", "institute": "institute",
                     "facility": "facility", "facilitie": "facility"}


_GENERIC_FIRMS = re.compile(r"(?:enterprises|companies|firms|businesses|startups|start-ups)$")
_APPOSITION = re.compile(r"(?:\b[A-Z][\w'’-]*\)?,|\b(?:is|was|as|be|been|being|become|became|Being|As))\s+$")
# an introductory phrase before the comma: "In Zhangbei County, a 300-MW wind farm ..." is no apposition
_INTRO = re.compile(r"(?:In|At|On|For|By|To|Since|During|After|Before|With|Under|Over|Last|This|Across|Outside|Near|"
                    r"Meanwhile|However|Besides|Elsewhere|Today|Now|Nearby)\b")


def _actor_class(np: str) -> Optional[str]:
    """The anaphor class of an actor named by a common noun phrase, from its head noun."""
    head = np.split()[-1].lower()
    return _ACTOR_HEAD_CLASS.get(head) or _ACTOR_HEAD_CLASS.get(head[:-1] if head.endswith("s") else head)


_LIST_SEP = re.compile(r"\s*(?:,|,?\s+and)\s+$")


_LIST_JOIN = re.compile(r"(?:,|,?\s+and)\s+")


def _is_list_join(gap: str) -> bool:
    """Whether ``gap`` is a list joiner (_LIST_JOIN): the three usual ones by a set test, the rest (more spaces) by
    the pattern."""
    return gap in _USUAL_JOINS or (gap[:1] == "," or gap[:1].isspace()) and _LIST_JOIN.fullmatch(gap) is not None


_USUAL_JOINS = frozenset((", ", " and ", ", and "))


# joiners that name places as one whole, two of them as well as more: "Guangzhou, together with Foshan and
# Zhaoqing", "Nanjing, along with Zhenjiang", "Chengdu, as well as Chongqing", "Haidian's and Chaoyang's combined output"
_TOGETHER_JOIN = re.compile(r",?\s+(?:together with|along with|as well as)\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+)?|"
                            r"['’]s,?\s+and\s+")
# after a pair joined by "and": the two as one whole, or each of them ("Shenzhen and Dongguan's joint exports",
# "Beijing and Tianjin together", "Beijing and Tianjin each added 5,000 firms")
# (and two places named by their one level's plural: "Huairou and Miyun districts", "Suzhou and Wuxi, two cities")
_JOINT_AFTER = re.compile(r"(?:['’]s)?\s+(?:combined|joint|jointly|together|each|both)\b|"
                          r"(?:,\s+(?:the\s+)?(?:two|both)(?:\s+[a-z-]+)?)?\s+(?:districts|counties|cities|provinces|"
                          r"prefectures)\b")
_TOGETHER_GAP = 36  # (the longest gap _TOGETHER_JOIN matches, about: a longer one is not tried)
_PAIR_JOINS = (" and ", "’s and ", "'s and ")  # (the joiners of a pair that _JOINT_AFTER may make one whole)


def _place_groups(text: str, places: list) -> list[list]:
    """The places named as regions, in text order: each a list of the places it is made of, one place or several
    named as one ("Beijing-Tianjin-Hebei"; "Beijing, Tianjin and Hebei", three or more single places in a list;
    two or more joined as a whole: "Guangzhou, together with Foshan", "Shenzhen and Dongguan's combined output").
    In a list of hyphened names ("the Beijing-Tianjin and Beijing-Zhangjiakou railways") each name is its own;
    two single places in a plain list ("Beijing and Tianjin") are two."""
    # places joined by hyphens, then those groups joined in lists (", ", " and ", ", and ")
    hyphened: list[list] = []
    for p in places:
        if hyphened and text[hyphened[-1][-1][1]:p[0]] in ("-", "–"):
            hyphened[-1].append(p)
        else:
            hyphened.append([p])
    out: list[list] = []
    listed: list[list] = []
    whole = False  # whether the list at hand is joined as one whole by its words
    for g in hyphened + [None]:
        if g is not None and listed:
            gap = text[listed[-1][-1][1]:g[0][0]]
            if _is_list_join(gap):
                listed.append(g)
                continue
            if len(gap) <= _TOGETHER_GAP and _TOGETHER_JOIN.fullmatch(gap):
                listed.append(g)
                whole = True
                continue
        if len(listed) == 2 and not whole and text[listed[0][-1][1]:listed[1][0][0]] in _PAIR_JOINS and \
                _JOINT_AFTER.match(text, listed[-1][-1][1]):
            whole = True
        if (len(listed) > 2 or whole and len(listed) > 1) and all(len(x) == 1 for x in listed):
            out.append([x[0] for x in listed])
        else:
            out += listed
        listed = [g]
        whole = False
    return out


def _compounds(text: str, places: list) -> list[tuple[int, tuple[str, ...]]]:
    """Places named together as one region: "Beijing-Tianjin-Hebei", "Beijing, Tianjin and Hebei" (three or
    more); each other place on its own (:func:`_place_groups`)."""
    if not places:
        return []  # (what the loop below gives for none; most sentences name no place)
    if len(places) == 1:
        return [(places[0][0], (places[0][2],))]
    return [(g[0][0], tuple(dict.fromkeys(division(x[2]) for x in g)) if len(g) > 1 else (g[0][2],))
            for g in _place_groups(text, places)]


# A founding date places the body in time, not the statement: "Launched on Nov 22, 2016, the park ..."
# (searched for in the text before each time: the lookahead, the first letters of the verbs, drops the word
# boundaries before any other letter at once, rather than after trying each verb there; same matches, half the
# time: tests/test_timex_speedups_r6.py)
# The same for the verbs that date a plan's proposal ("the corridor, proposed in 2017") and for "first" before a
# participle, which dates the first time of something that recurs ("the survey, first carried out in 2011", "the index
# was first compiled in 2013"; a survey "conducted in 2023" dates its findings, and is none of these).
_FOUNDED = re.compile(r"\b(?=[bcefilopsw])(?:founded|launched|established|set up|opened|inaugurated|created|started|built|"
                      r"born|went into operation|put into (?:operation|service)|began operation|started operation|"
                      r"proposed|introduced|first [a-z]+ed(?: out| up)?)\s+"
                      r"(?:(?:in|on|at)\s+)?$", re.I)
# a participle phrase set off by a comma right before a time: "The zone, set up in March 2015, ...", "the survey,
# first carried out in 2011, ..." (an aside about the noun before it, as a relative clause is)
_AFTER_COMMA = re.compile(r",\s*(?:[\w-]+\s+){1,4}$")


# "up 15 percent from the end of last year", "rose 16 percent from its low last month", "12 percent more than in
# the same period last year", "47 percent more than in the whole of last year", "four times higher than at the end
# of 2020", "three times the level at the end of 2021", "2.5 times what it was in 2015": the time a figure's change
# is measured from (a number, in digits or words, stands before it in the clause); group "from": the change runs
# from that time (see _base_start)
_BASE_BEFORE = re.compile(r"(?:\d|\b(?:once|twice|two|three|four|five|six|seven|eight|nine|ten|half|doubled?|tripled?|"
                          r"quadrupled?)\b)[^\d,;]{0,30}?"
                          r"\b(?:(?P<from>from)|over|than|above|below|compared (?:with|to)|against)\s+"
                          # what the base's time may follow: "its low", "the level", "the total for", "in the same
                          # period of", "in the whole of", "all of", "at"
                          r"(?:(?:its|their|the|a)\s+(?:[\w-]+\s+)?(?:low|high|peak|level|bottom|trough|figure|total|"
                          r"amount|number)s?\s+)?"
                          r"(?:(?:in|at|of|by|for|during)\s+)?"
                          r"(?:the same (?:period|month|quarter)\s+(?:of\s+|in\s+)?|"
                          r"(?:the\s+(?:whole|entire|full)\s+|all\s+)(?:of\s+)?)?$|"
                          # a multiple of a level: "three times the level at the end of 2021", "double the number in
                          # 2015", "2.5 times what it was in 2015" (not "30 percent of the total in 2023")
                          r"\b(?:times|fold|twice|double|triple|quadruple)\s+(?:(?:the|its|their)\s+(?:[\w-]+\s+)?"
                          r"(?:level|figure|total|amount|number|size|value|volume|output)s?\s+"
                          r"(?:(?:in|at|of|by|for|during)\s+)?"
                          r"(?:the same (?:period|month|quarter)\s+(?:of\s+|in\s+)?)?|"
                          # "1.9 times that of 2013", "double those in 2015": the level of that time
                          r"(?:that|those)\s+(?:(?:of|in|at|for)\s+)?(?:the end of\s+)?|"
                          # "2.5 times as many as in 2018", "twice as large as at the end of 2020"
                          r"as (?:many|much|large|big|high|great|long)\s+as\s+(?:(?:in|at|during)\s+)?"
                          r"(?:the end of\s+)?|"
                          r"what (?:it|they) (?:was|were|had been)\s+(?:(?:in|at)\s+)?)$", re.I)


# a sentence that opens with its subject's founding: "Launched in 2015, ...", "Founded in November 2016, ..."
_OPENING_FOUNDED = re.compile(r"\s*(?:Founded|Launched|Established|Set up|Opened|Inaugurated|Created|Built)\s+"
                              r"(?:in|on)\s+[^,]{1,30},")


# "the ministry said Tuesday", "told a press conference on Monday", "a bulletin released on Monday", "published its
# bulletin for 2023 on Monday": when the news was told or a report came out, not when the figure holds
_ATTRIBUTION = re.compile(r"\b(?:said|says|announced|reported|told\b[^.;]{0,60}?|learned\b[^.;]{0,80}?|"
                          r"(?:released|published|issued|unveiled)\b[^.;]{0,60}?)\s*(?:on\s+)?$", re.I)


def _base_word_before(sentence: str, end: int) -> bool:
    """Whether one of the words of _BASE_BEFORE stands in the 45 characters before ``end`` (a cheap first test:
    most times have none)."""
    w = sentence[max(0, end - 45):end]
    return "from" in w or "than" in w or "over" in w or "compared" in w or "against" in w or "above" in w or \
        "below" in w or "times" in w or "fold" in w or "twice" in w or "double" in w or "triple" in w or \
        "quadruple" in w


def _base_start(iso: Optional[str]) -> Optional[str]:
    """Where a change measured from ``iso`` starts: a month's last day is the start of the next month ("from the
    end of last year" → January)."""
    if iso and len(iso) == 10 and iso.endswith(("-28", "-29", "-30", "-31")):
        d = parse_date(iso)
        if d is not None and (d + dt.timedelta(days=1)).day == 1:
            nxt = d + dt.timedelta(days=1)
            return f"{nxt.year:04d}-{nxt.month:02d}"
    return iso


def _mark_times(sentence: str, times: list[TimeExpr], ctx: Optional[ArticleContext] = None) -> list[TimeExpr]:
    """Re-role the times that do not place a figure: the dateline's date ("dateline") and the date a statement
    was made ("attrib"); a founding date in a relative clause ("which went into operation in June 2020")
    becomes "founded".  A period that runs up to the reference date ends at the publication date, when a
    dateline set the reference date apart from it (see :func:`_up_to_publication`)."""
    points = []
    up_to_now = False
    for t in times:
        if t.role == "point" or t.role == "deadline":
            if ctx is not None and ctx.ref and "," in sentence and t.as_of and int(t.as_of[:4]) >= ctx.ref.year and \
                    _planned_event(sentence, t):
                t.role = "planned"  # "The tunnel, due to open by the end of 2027, is 2,400 meters long"
                continue
            if t.role == "point":
                points.append(t)
        elif t.role in _UP_TO_NOW_ROLES:
            if t.role == "period" and ("100" in sentence or "base" in sentence) and _index_base(sentence, t):
                # "the rent index (Q1 2019 = 100) stood at 86.7", "with the first half of 2015 as the base": the
                # period an index is measured from is not when its figures hold (as for a base year, below)
                t.role = "index_base"
                continue
            if t.role == "period" and t.text[:1] in "sS" and \
                    _RECORD_BEFORE.search(sentence, max(0, t.start - 50), t.start) is not None:
                t.role = "record"  # "the highest reading since 2015": a record over that span, not a flow over it
                continue
            up_to_now = True
    if up_to_now and ctx is not None and ctx.published and ctx.ref:
        _up_to_publication(times, ctx)
    if not points:
        return times
    floor = dateline_end(sentence)
    # (what the opening-founding test needs, once a sentence: most sentences have none; the base test looks at the
    # words before each time)
    founding_until = sentence.find(",") if _OPENING_FOUNDED.match(sentence) else -1
    may_index_base = "base" in sentence or "100" in sentence  # (a cheap test: each index base names one)
    may_plan_date = has_any(sentence, _PLAN_DATE_WORDS) and has_any(sentence, _PLAN_LEAD_WORDS)
    for t in points:
        if t.start < floor:
            t.role = "dateline"
        elif len(t.as_of or "") == 10 and _ATTRIBUTION.search(sentence[max(0, t.start - 90):t.start]):
            t.role = "attrib"
        elif _base_word_before(sentence, t.start) and \
                (b := _BASE_BEFORE.search(sentence, max(0, t.start - 60), t.start)) is not None:
            # (a change from the end of a month runs from the next month; a multiple of the level at a date, or
            # a gap from it, is measured against that date)
            t.role, t.as_of, t.period_start = "base", None, _base_start(t.as_of) if b.group("from") else t.as_of
        elif may_plan_date and _PLAN_DATE.search(sentence, max(0, t.start - 110), t.start) is not None:
            # "under a plan released in 2021, the district has 45 incubators": when the plan the figure follows
            # came out, not when the figure holds
            t.role = "plan_date"
        elif may_index_base and _index_base(sentence, t):
            # "The index, which takes 2015 as 100, ...", "with 2012 as the base year": the year an index is measured
            # from places neither the sentence's figures nor the next sentences'
            t.role = "index_base"
        elif t.start < founding_until:
            t.role = "founded"  # "Launched in 2015, the park has attracted 300 firms": when the subject began
        elif _FOUNDED.search(sentence[max(0, t.start - 40):t.start]) and \
                (_RELATIVE_BEFORE.search(sentence[max(0, t.start - 60):t.start]) or
                 _AFTER_COMMA.search(sentence, max(0, t.start - 40), t.start)) and \
                not _dates_past_statement(sentence, t):
            t.role = "founded"
    return times


# a plan, policy or guideline the statement follows, with when it came out: "under a plan released in 2021", "in
# line with the guidelines issued in March 2019", "according to an action plan unveiled last year"
_PLAN_DATE_WORDS = ("released", "issued", "unveiled", "published", "adopted", "approved", "rolled out", "introduced",
                    "drawn up", "formulated", "announced", "put forward")
_PLAN_LEAD_WORDS = ("nder ", "line with", "ccording to", "ollowing ", "part of", "ursuant to", "set out in",
                    "laid out in", "outlined in", "based on", "as required by", "uided by")
_PLAN_DATE = re.compile(
    r"\b(?i:under|in line with|according to|following|as part of|pursuant to|set out in|laid out in|outlined in|"
    r"based on|as required by|guided by)\s+(?:(?:a|an|the|its|their|this|that|[A-Z][\w'’-]*|[a-z][\w'’-]*-(?:year|level)|"
    r"three|five|ten|new|national|municipal|provincial|city|government|development|action|work|special|"
    r"master|overall|general|long-term|medium-term|industrial|official)\s+){0,6}"
    r"(?:plans?|polic(?:y|ies)|guidelines?|guidance|blueprint|programm?e?s?|strategy|strategies|outline|opinions?|"
    r"regulations?|measures|initiatives?|roadmap|road map|white paper|documents?|schemes?|notice|circular)"
    r"\s*,?\s+(?:(?:which|that)\s+(?:was|were)\s+|first\s+|jointly\s+)?(?:released|issued|unveiled|published|"
    r"adopted|approved|rolled out|introduced|drawn up|formulated|announced|put forward)"
    r"(?:\s+by\s+(?:[\w'’-]+\s+){1,6}?)?\s*(?:in|on|at)?\s*$")


# after a year, what makes it the base of an index: "2015 = 100", "takes 2015 as 100", "with 2012 as the base year",
# "a 2012 base of 100"; before it: "The base year is 2010", "the index's base period of 2015"
_INDEX_BASE_AFTER = re.compile(r"\s*(?:=\s*100(?![\d.,]\d|\d)|as\s+(?:the\s+|its\s+|a\s+)?(?:base|benchmark|reference)\b|"
                               r"as\s+100(?![\d.,]\d|\d)|base\b)", re.I)
_INDEX_BASE_BEFORE = re.compile(r"\b(?:base|reference)(?:[- ](?:year|period))?(?:\s+of\s+(?:the\s+)?[\w-]+)?\s+"
                                r"(?:is|was|of|at|being)\s+$", re.I)


def _index_base(sentence: str, t: TimeExpr) -> bool:
    """Whether the time ``t`` is the base year of an index (see _INDEX_BASE_AFTER)."""
    return _INDEX_BASE_AFTER.match(sentence, t.end) is not None or \
        _INDEX_BASE_BEFORE.search(sentence, max(0, t.start - 50), t.start) is not None


# what says that an event lies ahead: "due to open", "set to", "scheduled for completion", "which will be finished"
_AHEAD_WORDS = ("due ", "set to", "slated", "scheduled", "expected", "planned", "poised", "will ", "going to")
_FUTURE_EVENT = re.compile(r"\b(?:(?:due|set|slated|scheduled|expected|planned|poised|going)\s+(?:to|for)|will)\s", re.I)


def _planned_event(sentence: str, t: TimeExpr) -> bool:
    """Whether the future time ``t`` dates an event that lies ahead, in a phrase of its own that ends with it at a
    comma and holds no number: "The tunnel, due to open by the end of 2027, is ...", "Expected to be completed in
    2026, the campus covers ...", "The line, which will open next year, has ..." (when the thing will open, not
    when the figure holds; a figure in that phrase, "is expected to reach 10 billion yuan in 2026", keeps it)."""
    if not sentence.startswith(",", t.end) and not sentence.startswith(" ,", t.end):
        return False
    opening = sentence.rfind(",", 0, t.start) + 1  # (0: the phrase opens the sentence)
    phrase = sentence[opening:t.start].lower()
    return has_any(phrase, _AHEAD_WORDS) and _FUTURE_EVENT.search(phrase) is not None and \
        _DIGIT.search(phrase) is None


# "the highest reading since 2015", "its biggest monthly gain since June", "the most since 2019": a superlative
# that a since-phrase bounds, in its clause
_RECORD_BEFORE = re.compile(r"\b(?:highest|lowest|largest|biggest|smallest|fastest|slowest|strongest|weakest|best|"
                            r"worst|most|least|first|sharpest|steepest)\b[^,;.\d]{0,35}$", re.I)


# "when it was founded in", "when the plant opened in": a when-clause that names the event its time is of
_WHEN_CLAUSE = re.compile(r"\bwhen\s+(?:[\w'’-]+\s+){1,5}$", re.I)


def _dates_past_statement(sentence: str, t: TimeExpr) -> bool:
    """Whether the founding date ``t`` stands in a when-clause of a sentence whose statement, outside that clause,
    is in the past: "The company had 12 engineers when it was founded in 2009" holds at 2009 (a present one,
    "it has 3,000 staff, four times as many as when it opened in 2015", holds now)."""
    w = _WHEN_CLAUSE.search(sentence, max(0, t.start - 60), t.start)
    if w is None:
        return False
    clause_end = _CLAUSE_PUNCT.search(sentence, t.end)
    rest = sentence[:w.start()] + (sentence[clause_end.start():] if clause_end else "")
    return _PAST.search(_without_perfect(rest)) is not None


_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|who|when|after|since|founded|launched|established)\b")

def _up_to_publication(times: list[TimeExpr], ctx: ArticleContext) -> None:
    """A period that runs to the present ("since 2015", "over the past five years") ends when the article says
    "now": at its publication date, as a present-tense figure does, not at the date of a dateline that precedes
    it ("TIANJIN, Oct. 13 (Xinhua) --" on a page published on Oct. 15)."""
    now, published = ctx.ref.isoformat(), ctx.published[:10]
    if now == published:
        return
    for t in times:
        if t.as_of == now and t.role in _UP_TO_NOW_ROLES:
            t.as_of = published


_UP_TO_NOW_ROLES = ("period", "open", "since_then")



def _sentence_info(sentence: str, ctx: ArticleContext, state: ContextState) -> SentenceInfo:
    if state.sentence == sentence and "info" in state.extra:
        return state.extra["info"]
    if "info" in state.extra and state.sentence is not None and state.extra.get("info_role") != "caption":
        _remember(state.sentence, state.extra["info"], ctx, state)
    info = SentenceInfo(sentence, ctx, state.extra.get("span"))
    # the sentence's own time becomes the time the next sentences continue
    state.sentence = sentence
    state.extra["nsent"] = state.extra.get("nsent", 0) + 1
    state.extra["info"] = info
    state.extra["info_role"] = state.extra.get("role")
    state.extra["new_sentence"] = True
    return info


# ------------------------------------------------------------------ time

# (precompiled, and applied with pos/endpos rather than to slices, for the per-figure loops)
_DIGIT = re.compile(r"\d")
_CLAUSE_PUNCT = re.compile(r"[,;]")


# the roles of the times that place a figure (SentenceInfo.own_time_cands)
_OWN_TIME_ROLES = ("point", "period", "open", "deadline", "since_then", "first_of", "year_after")


def _attached_time(sentence: str, q, info: SentenceInfo) -> Optional[TimeExpr]:
    times, cands = info.times, info.own_time_cands
    # (the two tests below only where they can hold: a founding date, a " when " right after the figure)
    with_founding = _founded_with(sentence, q, times) if "founded" in info.time_roles else None
    if with_founding is not None or not cands:
        return with_founding
    when = _when_of_base_value(sentence, q, times) if sentence.find(" when ", q.end, q.end + 60) >= 0 else None
    if when is not None:
        return when
    if len(cands) > 1:
        listed = _parallel_time(sentence, q, cands)
        if listed is not None:
            return listed
    after = [t for t in cands if t.start >= q.end and not _DIGIT.search(sentence, q.end, t.start)
             and t.start - q.end <= 40 and not _CLAUSE_PUNCT.search(sentence, q.end, t.start)]
    if after:
        return after[0]
    before = [t for t in cands if t.end <= q.start]
    if before and "," in sentence:
        # "its exports, which totaled 9 billion yuan in 2021, rose to 11 billion yuan": a time in a relative
        # clause set off by commas is that clause's, not the figures' after it; the only time before the figure
        # is kept, unless the figure's clause is in the present ("The company, which listed in 2021, has a
        # market value of ...")
        outside = [t for t in before if not _in_aside(sentence, t, q)]
        if len(before) > 1:
            before = outside or before[:1]
        elif not outside and _present_outside(sentence, before[0]):
            before = []
    if before:
        # a period that frames the whole sentence ("Over the past five years, ...") wins over a later point
        return before[-1]
    # a later time that dates the base a figure after it is compared with is that base's ("is 45, up from 30 at
    # the end of 2022"): not this figure's
    later = [t for t in cands if t.start >= q.end and not _BASE_VALUE_BEFORE.search(sentence, q.end, t.start)]
    return later[0] if later else None


# the end of the text before a time that is the time of a base value: "up from 30 ", "compared with 6.1 billion yuan "
# (also after a noun phrase naming the base: "down from a peak of over 2,000 in 2019", "than the previous record of")
_BASE_VALUE_BEFORE = re.compile(r"\b(?:from|than|compared (?:with|to)|against|versus)\s+"
                                r"(?:(?:a|an|the|its|their)\s+(?:[\w-]+\s+){1,3}?of\s+)?(?:(?:about|around|nearly|almost|just|"
                                r"only|some|over|more than|less than)\s+)?(?:US\$|HK\$|\$|¥|RMB\s?|CNY\s?)?"
                                r"(?!(?:19|20)\d\d\b)\d[\d,.]*"
                                r"(?:\s*%|\s+(?!(?:in|at|on|by|as)\b)[\w-]+){0,3}\s*$", re.I)


# between a founding date and a figure the founding came with: " with ", " with a registered capital of "
_WITH_BETWEEN = re.compile(r"\s+with\s+(?:[\w-]+\s+){0,4}")


def _founded_with(sentence: str, q, times: list[TimeExpr]) -> Optional[TimeExpr]:
    """The founding date a figure comes with in its clause: "The firm was founded in 2009 with 12 engineers",
    "which opened in 2019 with an investment of 3 billion yuan" (what the body had at its start)."""
    for t in times:
        if t.role == "founded" and t.end <= q.start <= t.end + 40 and _WITH_BETWEEN.fullmatch(sentence, t.end, q.start):
            return t
    return None


# between a base value and the when-clause that dates it: its unit words, "when", the clause's first words
_WHEN_AFTER_VALUE = re.compile(r"(?:\s+[\w-]+){0,3}?\s+when\s+(?:[\w'’-]+\s+){1,5}")


def _when_of_base_value(sentence: str, q, times: list[TimeExpr]) -> Optional[TimeExpr]:
    """The date of the when-clause right after a base value: "manages 12 billion yuan, up from 3 billion yuan when
    it was launched in 2016" (the 3 billion held at the launch)."""
    for t in times:
        if t.start >= q.end and t.role in ("founded", "point") and t.start - q.end <= 60 and \
                _WHEN_AFTER_VALUE.fullmatch(sentence, q.end, t.start) and \
                _BASE_VALUE_LEAD.search(sentence, max(0, q.start - 40), q.start):
            return t
    return None


_ASIDE_OPEN = re.compile(r",\s*(?:which|who|whose)\s")


def _present_outside(sentence: str, t: TimeExpr) -> bool:
    """Whether the sentence but the comma-bounded clause that holds ``t`` is in the present tense."""
    opening = sentence.rfind(",", 0, t.start)
    closing = sentence.find(",", t.end)
    rest = sentence[:max(opening, 0)] + " " + (sentence[closing + 1:] if closing >= 0 else "")
    return _PAST.search(_without_perfect(rest)) is None


def _in_aside(sentence: str, t: TimeExpr, q) -> bool:
    """Whether ``t`` stands in a relative clause set off by commas (", which ..., ") that ends before ``q``."""
    opening = sentence.rfind(",", 0, t.start)
    if opening < 0 or not _ASIDE_OPEN.match(sentence, opening):
        return False
    closing = sentence.find(",", t.end, q.start)
    # (an aside ends within its sentence: "..., who chairs the Fund Co. Their value since 2018 has ..., growing" is
    # two sentences the splitter kept together)
    return closing >= 0 and _FULL_STOP.search(sentence, opening, closing) is None


_FULL_STOP = re.compile(r"[.;]\s+[A-Z]")


# Parallel lists: "107 and 76 vessels in 2021 and in the first half of this year", "1.01 million, 1.42 million and
# 1.67 million in 2013, 2014 and 2015".  The gap from one listed number to the next: the unit words of the item
# (its "tail", no digits and no words that open a new phrase), a list separator, and a currency sign of the next.
_LIST_GAP = re.compile(r"(?P<tail>(?:\s*%|(?:\s+(?!(?:in|on|at|to|from|of|by|for|than|since|over|up|down)\b)"
                       r"[A-Za-z][\w-]*){0,3}))\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)(?:US\$|HK\$|\$|¥|RMB\s?|CNY\s?)?")
# (a number's digits and its thousands commas, not the comma after it: "52, 61 and 74")
_LIST_NUMBER = re.compile(r"(?<![\w.,$])\d(?:,?\d)*(?:\.\d+)?(?![\d-])")
# between two times of one list: a separator, and the preposition the next time may repeat ("in 2021 and in ...")
_TIME_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)")


def _number_list(sentence: str, q) -> Optional[tuple[int, int]]:
    """(the place of the figure's number in the list of numbers it is an item of, the length of the list), or
    None when it stands alone.  The items of a list share their unit: an item's tail, when written, is the
    text that follows the last item ("3.2 billion, 3.9 billion and 4.4 billion yuan"); years are not items."""
    nums = [m for m in _LIST_NUMBER.finditer(sentence) if not _YEAR_TOKEN.fullmatch(m.group())]
    own = next((i for i, m in enumerate(nums) if q.start <= m.start() < q.end), None)
    if own is None:
        return None
    first = last = own
    while first > 0 and _list_gap(sentence, nums[first - 1], nums[first]) is not None:
        first -= 1
    while last + 1 < len(nums) and _list_gap(sentence, nums[last], nums[last + 1]) is not None:
        last += 1
    if last == first:
        return None
    after_last = sentence[nums[last].end():nums[last].end() + 40]
    for a, b in zip(nums[first:last], nums[first + 1:last + 1]):
        tail = _list_gap(sentence, a, b)
        if tail and not after_last.startswith(tail):
            return None  # "12 parks and 300 firms": items of different things, not one list
    return own - first, last - first + 1


def _list_gap(sentence: str, a: re.Match, b: re.Match) -> Optional[str]:
    """The tail of item ``a`` when ``b`` is the next item of its list, else None."""
    m = _LIST_GAP.fullmatch(sentence, a.end(), b.start())
    return m.group("tail") if m else None


def _parallel_time(sentence: str, q, cands: list[TimeExpr]) -> Optional[TimeExpr]:
    """A figure listed with others against a list of as many times takes the time in its own place: "revenue
    of 12 million and 15 million in 2019 and 2020" (also "..., respectively")."""
    runs, run = [], [cands[0]]
    for t in cands[1:]:
        if t.start - run[-1].end <= 8 and _TIME_LIST_GAP.fullmatch(sentence, run[-1].end, t.start):
            run.append(t)
        else:
            runs.append(run)
            run = [t]
    runs.append(run)
    if len(runs) == len(cands):
        return None  # no two times listed together (most sentences: the figures are not looked at)
    place = _number_list(sentence, q)
    if place is None:
        return None
    i, n = place
    fitting = [r for r in runs if len(r) == n]
    return fitting[0][i] if len(fitting) == 1 else None



def _resolve_time(sentence: str, q, info: SentenceInfo, ctx: ArticleContext, state: ContextState,
                  title: Optional[str] = None):
    pub = ctx.published
    times = info.times
    if q.kind == "target":
        return _target_time(sentence, q, times, pub, state)
    t = _attached_time(sentence, q, info)
    if t is not None and t.role in ("first_of", "year_after"):
        anchor = _earlier_date(t, times, state)
        if t.role == "first_of":
            first = first_span(t, anchor)
            if first is not None:
                return first
        else:
            # "during the year" after nothing dated but the day of the report: the year the rule reads
            year = t.as_of if t.as_of is not None and (anchor is None or anchor == pub) else year_after(t, anchor)
            if year is not None:
                if year.endswith("-12-31") and "yoy" in info.time_roles and _year_earlier_value(sentence, q, times):
                    year = _year_before(year)  # "286 at the end of the year, up from 212 a year earlier"
                return year, None
        t = None  # "in its first year", "that year" of a start the text does not date
    if t is not None and t.end <= q.start and t.role in ("point", "period") and _in_earlier_conjunct(sentence, q, t):
        # "The park has been a pilot zone since 2006 and has 90 research labs": the time is the other conjunct's,
        # and the figure's own, in the present with no time of its own, holds at publication
        return pub, None
    # tense is the figure's clause's: "Sales rose 10 percent in 2023, and the park now hosts 420 firms" (420 now);
    # "The zone hosts 420 firms, and its second phase will be finished by 2026" (the deadline is the other clause's)
    clause = _figure_clause(sentence, q, info.clause_joins)
    own_present = clause is not None and _clause_present_in(info, clause)
    # (the tense of the whole sentence, info.present, a search for a past verb, is worked out only in the branches
    # below that read it: most figures have a time of their own and never do)
    if own_present and t is not None and not (clause[0] <= t.start < clause[1]) and t.role not in ("founded", "attrib"):
        if t.start >= clause[1]:
            # a later clause's deadline or future time is not a present figure's ("... and its second phase will
            # be finished by 2026"); a later clause's past date may still be the report's ("hosts 2,083 firms,
            # and their assets exceeded ... at the end of 2023")
            if t.role == "deadline" or (pub and (t.as_of or "")[:4] > pub[:4]):
                t = None
        elif len(sentence[:t.start].split()) > 2 and _past_clause(sentence[:clause[0]]):
            # the tense shifts from a dated past clause to the figure's present one (a time that opens the
            # sentence, "In 2023, ...", frames all its clauses; one the clauses share in their tense, too)
            t = None
    since_month = _month_base(sentence, q, times) if q.kind == "change" and times else None
    if since_month is not None and not (t is not None and t.as_of and pub and
                                        since_month.period_start[:len(t.as_of)] < t.as_of < pub[:len(t.as_of)]):
        # "rebounded 16 percent from its low last month": from that month to the day of the report, unless the
        # sentence dates an end between the two ("As of the end of March, ... up 15 percent from the end of last
        # year"; not "this year", which holds the day of the report)
        return pub, since_month.period_start
    if t is None:
        # a sentence that reports a year-on-year change covers one year at most, and the change is a statistic of
        # the period the story reports, whatever the tense
        yoy = "yoy" in info.time_roles
        carried_as_of, carried_ps = _carried_time(state, _STATEMENT) or (None, None)
        if _part_year(carried_as_of, carried_ps) and has_any(sentence, _SAME_PERIOD_HINTS) and \
                _SAME_PERIOD.search(sentence):
            # "In the quarter, ...", "During the same period, ...": the part of a year the statement before stated
            as_of, ps = carried_as_of, carried_ps
        elif carried_as_of is None:
            # nothing dated yet: a past-tense report of the year the headline names ("... tops 4 trillion yuan
            # in 2023", published in 2024), else the publication date
            part = _headline_part(title, ctx, state) if title and _PART_TITLE_HINT.search(title) else None
            if part is not None:
                # a report titled by the quarter or half it covers ("Q2 2025 | Tianjin office market", "H1 2024
                # retail review"): its figures are of that period, whatever the tense
                as_of, ps = part
            else:
                headline = _headline_year(title, ctx, state) if title and _PAST_YEAR_WORDS.search(title) and \
                    not (own_present or info.present) else None
                as_of, ps = headline or pub, None
        elif pub and carried_as_of[:4] > pub[:4] and has_any(sentence, _FORWARD_HINTS) and \
                _FORWARD_LOOKING.search(sentence, clause[0] if clause else 0, q.start) is not None:
            # a forecast continuing a forecast for a time ahead ("Revenue is expected to reach 50 billion yuan in
            # 2026. Profit is forecast to rise 20 percent."): that time (the forecast word in the figure's clause,
            # before it: not "it will target ..., and it has a 10-year lifespan")
            as_of, ps = carried_as_of, carried_ps
        elif not (yoy and q.kind == "change") and not _REFERS_BACK.match(sentence) and \
                not (q.kind == "share" and _OF_WHAT_WAS_SAID.match(sentence, q.end)) and (own_present or info.present):
            # (the tense, a search for a past verb, last: the cheap tests before it spare a fifth of the searches)
            # a present-tense statement continuing the report of a dated event holds at the event; a value that a
            # present "is", "stands at", "accounts for" reports, continuing the report of the part of a year just
            # ended ("In the third quarter, ... The vacancy rate stands at 18.5 percent"), is a statistic of that
            # period (what a body "covers", "houses" or "has set up" holds now)
            event = _recent_event(carried_as_of, ctx)
            if event:
                as_of, ps = event, None
            elif carried_ps and pub and carried_as_of[:10] == pub and q.kind == "level" and q.unit == "count" and \
                    int(pub[:4]) > int(carried_ps[:4]) and "of" in sentence[:q.end + 16].lower() and \
                    _partitive_of_before(sentence, q) and _states_time_just_before(sentence, state):
                # "Since 2015, 1,120 projects have settled in the park. Nine of them are listed": a part of the
                # tally the sentence before counts since a start is counted since it too (a share of it, "About
                # half of them are in manufacturing", is the make-up of the whole at the time, with no start)
                as_of, ps = carried_as_of, carried_ps
            elif carried_ps and pub and carried_as_of[:10] == pub and q.kind in ("level", "change") and \
                    int(pub[:4]) > int(carried_ps[:4]) and "ha" in sentence and \
                    _PERFECT_TALLY.search(sentence, clause[0] if clause else 0, q.start) is not None and \
                    _states_time_just_before(sentence, state):
                # "Since its opening in April 2015, its startups have raised 1.6 billion yuan. They have filed more
                # than 2,300 patents": a tally in the present perfect that goes on from the sentence before, which
                # counts since a start, counts since it too
                as_of, ps = carried_as_of, carried_ps
            elif _reported_period(carried_as_of, carried_ps, ctx) and \
                    _STAT_VERB_VALUE.search(sentence, 0, q.end) is not None and \
                    not (q.kind == "share" and _NAMED_WHOLE_AFTER.match(sentence, q.end)):
                as_of, ps = carried_as_of, carried_ps
            else:
                as_of, ps = pub, None
        elif pub and carried_as_of[:4] > pub[:4]:
            # a past-tense fact does not hold at a future time the story carries ("The Five-Year Plan (2021-2025)
            # calls for ... The city's R&D spending grew 10 percent"): it holds at the day of the report
            as_of, ps = pub, None
        else:
            as_of, ps = carried_as_of, carried_ps
            if yoy and ps and ps[:4] != (as_of or "")[:4]:
                ps = None
            elif ps and q.kind == "level" and not _part_year(as_of, ps) and _level_reached(sentence, q):
                # "From 2019 to 2023, revenue grew 12 percent a year. It hit 300 billion yuan": the level reached
                # at the end of the span the statement before covered, not a flow over it
                ps = None
    elif t.role == "open":
        # "now counts 30 unicorns, according to a list unveiled on March 12": the list's date
        dated = [d for d in times if d.role in ("point", "attrib") and _recent_event(d.as_of, ctx)]
        as_of, ps = (dated[0].as_of, None) if dated else (pub, None)
    elif t.role == "since_then":
        # from the time stated before it: in the sentence ("In 2015 it opened with 20 firms; it has since drawn
        # 300 more"), else the time the story carries
        since = _earlier_date(t, times, state)
        as_of, ps = pub, (since if since and pub and since != pub and since <= pub[:len(since)] else None)
    else:
        as_of, ps = t.as_of, t.period_start
        if t.role == "deadline" and pub and (as_of or "") > pub and as_of == f"{pub[:4]}-12-31" and ctx.ref and \
                ctx.ref.month <= 2 and t.text.lower().endswith(("the year", "year-end", "year end")) and \
                not (own_present or info.present):
            as_of = _year_before(as_of)  # "had 3,200 firms by the end of the year" in January: the year just ended
        if t.role == "period" and ps and as_of and len(as_of) == 10:
            as_of = _stated_end(sentence, t, times) or as_of
        if t.role == "period" and ps and as_of and len(as_of) == 10 and _PAST_SPAN.search(t.text or "") \
                and ctx.ref and ctx.ref.month <= 2 and as_of[:4] == str(ctx.ref.year) and not info.present:
            # "over the last five years" early in the year: the five complete years before it ("over the past
            # year": the one before it, a flow within one calendar year)
            as_of = str(ctx.ref.year - 1)
            if ps[:4] == as_of:
                ps = None
        if t.role == "period" and ps and as_of:
            pair = _from_to(sentence, q)
            if pair == "from":
                # the start value holds where the period starts, at its precision ("since it opened in December
                # 2019, ... from over three hours to 47 minutes": 2019-12), or the year before when the period was
                # read as the complete years before publication
                shift = int(as_of[:4]) - int(t.as_of[:4])
                as_of, ps = f"{int(ps[:4]) + shift:04d}{ps[4:] if not shift else ''}", None
            elif pair == "to":
                ps = None
        if t.role == "point" and as_of and len(as_of) == 4 and pub and as_of == pub[:4] and \
                _THIS_YEAR.search(t.text or ""):
            if _PERFECT.search(sentence):
                as_of, ps = pub, as_of + "-01"  # "have raised ... this year": the year to date
            elif _from_to(sentence, q) == "to":
                as_of = pub  # "rose from 120 in 2017 to 310 this year": the value it has reached now
    if as_of and "yoy" in info.time_roles and _year_earlier_value(sentence, q, times):
        # "5,000 by the end of September, up from 3,100 a year earlier": the base value holds a year before (a
        # flow over part of a year, over the same months a year before)
        as_of, ps = _year_before(as_of), _year_before(ps) if ps else None
    if ps and q.kind == "level" and not _part_year(as_of, ps) and _reached_level(sentence, q):
        # "has grown since 2015 to 3,000 staff", "rose from 2018 to 2022 to 40 billion yuan": the level reached at
        # the end of a span of years is a stock (or the last year's flow) at that end, not a flow over the span
        ps = None
    if ps is None and q.kind == "change":
        bases = [b for b in times if b.role == "base" and not re.search(
            r"\d", sentence[q.end:b.start] if b.start >= q.end else sentence[b.end:q.start])]
        if bases and as_of and bases[0].period_start and (int(as_of[:4]) - int(bases[0].period_start[:4]) > 1 or
                                                          len(bases[0].period_start) >= 7):
            # (a base of more than a year back, or a month: "from its low last month" is a part-year change)
            ps = bases[0].period_start
    if ps and as_of == pub and q.kind == "level" and q.unit == "count" and "been" in sentence and \
            _BUILT_AFTER.match(sentence, q.end) is not None and \
            any(x.role == "period" and x.period_start == ps and _SINCE_EVENT_TEXT.match(x.text or "") for x in times):
        # "Since the new area was set up in 2017, more than 4,500 buildings have been completed": what stands now,
        # built since the founding, is a stock at the report's date, not a flow counted from the founding
        ps = None
    if ps and q.kind == "level" and q.unit == "count" and _GROUP_EARNED_AFTER.match(sentence, q.end) is not None:
        # "During the past three quarters, 169 national high-tech zones together generated GDP of ...": the count
        # of the group whose flow the sentence reports is how many there are, not a flow over the period
        ps = None
    if ps is None and as_of and len(as_of) >= 7 and as_of[5:7] in _QUARTER_END_MONTHS and \
            (q.kind == "change" or q.kind == "level") and "uarter" in sentence and \
            (_QOQ.search(sentence) if q.kind == "change" else _quarter_flow_after(sentence, q)):
        # "At the end of June, ... Rents fell 2.1% quarter on quarter": a change over the quarter that ends then;
        # "net absorption was 40,000 sq m in the quarter": a flow over it
        y, m = int(as_of[:4]), int(as_of[5:7])
        as_of, ps = f"{y:04d}-{m:02d}", f"{y:04d}-{m - 2:02d}"
    if ps and as_of and len(as_of) == 7 and (q.kind == "level" or q.kind == "share") and _part_year(as_of, ps) and \
            (q.unit == "index" or _STOCK_RATE_BEFORE.search(sentence, max(0, q.start - 80), q.start) is not None) and \
            "verag" not in sentence[max(0, q.start - 40):q.start]:
        # "In the third quarter, ... The vacancy rate rose to 18.2 percent", "The index stood at 86.7": a reading
        # of a stock holds at the period's last day, not over it
        y, m = int(as_of[:4]), int(as_of[5:7])
        as_of, ps = f"{as_of}-{calendar.monthrange(y, m)[1]:02d}", None
    return as_of, ps


_QUARTER_END_MONTHS = ("03", "06", "09", "12")
# a change from the quarter before ("fell 2.1% quarter on quarter", "up 3 percent q-o-q", "from the previous quarter")
_QOQ = re.compile(r"\bquarter[- ]on[- ]quarter\b|\bfrom the (?:previous|preceding|prior|last) quarter\b", re.I)
# a flow of the quarter ("40,000 sq m in the quarter", "during the quarter")
_IN_THE_QUARTER = re.compile(r"\b(?:in|during|over|for|throughout) the quarter\b(?!\s+(?:of|to|before|after)\b)", re.I)


def _quarter_flow_after(sentence: str, q) -> bool:
    """Whether "in the quarter" follows the figure closely, with no other number or clause between ("85,000 sq m of
    new supply was delivered in the quarter"); not a stock read at a date whose sentence goes on to another figure's
    flow ("stock reached 3.96 million sq m at the end of June, after 85,000 sq m was delivered in the quarter")."""
    m = _IN_THE_QUARTER.search(sentence, q.end, q.end + 60)
    return m is not None and not _PUNCT_OR_DIGIT.search(sentence, q.end, m.start())


# after a count: "have been completed", "buildings have now been put into use"
_BUILT_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:have|has)\s+(?:(?:now|so far|already|also)\s+)?been\s+"
                          r"(?:completed|built|constructed|erected|finished|put into (?:use|operation|service)|"
                          r"installed)\b", re.I)
# a since-clause that dates an event, not a bare year ("since the area was set up in 2017", "since its opening")
_SINCE_EVENT_TEXT = re.compile(r"(?i:since)\s+(?![\d]|(?:early|late|mid)[- ]\d|the (?:start|beginning|end) of \d|"
                               r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z.]*\s+\d)")


# after a count, the flow its group produced: "national high-tech zones together generated GDP of", "listed firms
# posted combined revenue of 2 trillion yuan"
_GROUP_EARNED_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){1,5}?(?:(?:together|collectively|jointly|combined)\s+)?"
                                 r"(?:generated|posted|reported|recorded|achieved|earned|realized|realised|contributed|"
                                 r"produced)\s+(?:[\w'’-]+\s+){0,6}?(?:of\s+|that\s+\w+\s+|totall?ing\s+|"
                                 r"worth\s+)?(?:(?:more than|over|about|around|nearly|some)\s+)?(?:US\$|\$|RMB\s?)?\d")


# a rate or index that reads a stock at a time (what is vacant, occupied, jobless), not a flow over a period
_STOCK_RATE_BEFORE = re.compile(r"\b(?:vacancy|occupancy|unemployment|jobless|utili[sz]ation|availability)\s+(?:rates?|"
                                r"levels?)\b|\bindex\b", re.I)


# what says a statement looks ahead: a modal, or a verb of forecasting ("is expected to", "is likely to", "could")
# (case-sensitive: "May" is a month)
_FORWARD_LOOKING = re.compile(r"\b(?:will|would|could|may|might|expects?|expected|forecasts?|forecasted|projected|"
                              r"predicts?|predicted|likely|set to|poised to)\b")  # (not "projects", a noun)
_FORWARD_HINTS = ("will", "would", "could", "may", "might", "expect", "forecast", "projected", "predict", "likely",
                  "set to", "poised to")  # (a cheap first test: each match holds one)


# a period named by reference to the one just stated: "in the quarter", "during the same period", "over that
# period" (not "the same period last year", "the period of 2021-2025", which name a time of their own)
_SAME_PERIOD = re.compile(r"\b(?:in|during|over|for|within|throughout) (?:the|that|this) (?:same )?(?:period|quarter|"
                          r"half|months)\b(?!\s+(?:of|to|from|ending|last|a year|since|before|after)\b)", re.I)
_SAME_PERIOD_HINTS = ("period", "quarter", "half", "months")


# a present-tense verb that reports the value right after it, the figure's or one before it in its sentence ("stands
# at 18.5 percent", "is about 14,300", "account for 42 percent", "total 9.4 billion yuan, up 6 percent", "are down
# 2 percent")
_STAT_VERB_VALUE = re.compile(r"\b(?:(?:is|are)(?:\s+(?:up|down)(?:\s+by)?|\s+at)?|stands? at|totals?|accounts? for|"
                              r"makes? up|amounts? to|averages?|"
                              r"hovers? (?:at|around))\s+(?:(?:about|around|nearly|almost|more than|over|some|roughly|"
                              r"just)\s+)?(?:US\$|HK\$|\$|¥|RMB\s?|CNY\s?)?\d", re.I)


# after a share, the whole it is a share of, named in its own sentence ("60 percent of the total output of the
# region's factories", a whole that is there now; not "31 percent of the total", the total just reported)
_NAMED_WHOLE_AFTER = re.compile(r"\s+of\s+(?!(?:the\s+)?total\b(?!\s+[a-z]))", re.I)


def _reported_period(as_of: Optional[str], ps: Optional[str], ctx: ArticleContext) -> bool:
    """Whether (as_of, period_start) is a part of a year (:func:`_part_year`) that ended at most three months before
    the reference month: the period a quarterly or half-year report covers, which the story is about."""
    if not (_part_year(as_of, ps) and ctx.ref and len(as_of) >= 7):
        return False
    months_after = ctx.ref.year * 12 + ctx.ref.month - (int(as_of[:4]) * 12 + int(as_of[5:7]))
    return 0 <= months_after <= 3


# a verb in the present perfect that tallies what was done over a span, right before the figure's words ("have filed
# more than 2,300 patents", "has so far attracted 120 firms", "have together raised 1.6 billion yuan")
_PERFECT_TALLY = re.compile(
    r"\b(?:has|have)\s+(?:(?:also|so far|together|collectively|jointly|already|in total|altogether)\s+)*"
    r"(?:raised|filed|attracted|received|registered|created|incubated|signed|completed|built|invested|secured|"
    r"produced|generated|trained|served|hosted|drawn|brought in|added|obtained|won|been granted|applied for|"
    r"organized|organised|cultivated|nurtured|helped|funded|financed|planted|recruited|delivered|sold|exported|"
    r"handled|treated|welcomed|published|launched|introduced|approved|graduated|spawned|landed|settled|"
    r"lured|absorbed|completed|carried out|undertaken|held|staged|employed|created)\b[^.;]{0,60}$", re.I)


def _statement_sentence(state: ContextState):
    """(sentence, its statement's time) of the last sentence remembered that leaves a statement's time, or None."""
    for info in reversed(state.extra.get("time_pending", ())):
        got = info.time_left[_STATEMENT]
        if got is not None:
            return info.sentence, got
    return None


# a plan or forecast for the time a sentence states ("This year, the district will ...", "plans to ... this year")
_PLAN_AHEAD_WORDS = ("will", "plan", "aim", "target", "goal", "expect", "strive", "seek", "intend")
_PLAN_AHEAD = re.compile(r"\b(?:will|plans?|planned|aims?|aiming|targets?|goals?|expects?|expected|strives?|seeks?|"
                         r"intends?)\b", re.I)


# a sentence that opens with a part of what the sentence before counted: "Nine of them", "Most of these 40", "Of
# these, 300", "Among them, 12"
_PARTITIVE_OPENING = re.compile(
    r"\W*(?:(?:of|among) (?:them|these|those)\s*,?\s*|(?:[\w.,%-]+\s+){1,3}(?:of|among) (?:them|these|those)\b)", re.I)


def _partitive_of_before(sentence: str, q) -> bool:
    """Whether the figure ``q`` is the part that the opening of the sentence picks out of a group named before
    ("Nine of them are listed", "Of these, 300 are foreign firms"), its number inside or right after the opening."""
    m = _PARTITIVE_OPENING.match(sentence)
    return m is not None and (q.end <= m.end() or q.start <= m.end() + 2 and m.group(0).strip()[:1] in "OoAa")


def _states_time_just_before(sentence: str, state: ContextState) -> bool:
    """Whether the sentence just before ``sentence`` states the time the story carries (not one further back)."""
    for info in reversed(state.extra.get("time_pending", ())):
        if info.sentence == sentence:
            continue
        return info.time_left[_STATEMENT] is not None
    return False


def _part_year(as_of: Optional[str], ps: Optional[str]) -> bool:
    """Whether (as_of, period_start) is a period of months within a year or so ("the first three quarters"), not
    a span of years or a point."""
    return bool(as_of and ps and len(ps) >= 7 and int(as_of[:4]) - int(ps[:4]) <= 1)


# a conjunct with a present-tense verb of its own: "... and has 90 labs", ", which is home to", "but now employs"
_PRESENT_CONJUNCT = re.compile(r"(?:,\s*|\s)(and|but|while|whereas|which|that)\s+(?:it\s+|they\s+)?(?:also\s+|now\s+|"
                               r"currently\s+|still\s+)?(?:has|have|is|are|employs|covers|hosts|houses|owns|operates|"
                               r"boasts|counts|remains)\b", re.I)


def _in_earlier_conjunct(sentence: str, q, t: TimeExpr) -> bool:
    """Whether the time ``t`` before the figure belongs to an earlier conjunct of the sentence than the figure's
    own, which has a present-tense verb ("... since 2006 and has 90 labs", "the fair, which is expected to draw");
    a time that opens the sentence ("Since 2006, the town has ... and has ...") frames all its conjuncts, but not a
    relative clause, which describes a noun of its own."""
    if not has_any(sentence[t.end:q.start], _CONJUNCT_WORDS):
        return False
    m = _PRESENT_CONJUNCT.search(sentence, t.end, q.start)
    if m is None or _CLAUSE_END_PUNCT.search(sentence, m.end(), q.start):
        return False
    return m.group(1).lower() in ("which", "that") or len(sentence[:t.start].split()) > 2


_CONJUNCT_WORDS = ("and ", "but ", "while ", "whereas ", "which ", "that ")
_CLAUSE_END_PUNCT = re.compile(r"[;:]")

# where one main clause ends and the next, with a subject of its own, begins: "; ", ", and the park ...", ", while
# its second phase ...", ", but it now ..." (not ", and 7 percent", an item of a list)
_CLAUSE_JOIN = re.compile(r";\s+|,\s*(?:and|but|while|whereas)\s+(?=(?:it|they|its|their|the|this|these|those|there|"
                          r"we|he|she)\s|[a-z][\w-]*\s+(?:[\w-]+\s+)?(?:is|are|was|were|has|have|had|will|reached|rose|"
                          r"grew|fell|jumped|climbed|increased|decreased|dropped|declined|stood|hit|totaled|totalled)\s)")
_JOIN_HINTS = ("; ", ", and ", ", but ", ", while ", ", whereas ")


def _figure_clause(sentence: str, q, joins: tuple[tuple[int, int], ...]) -> Optional[tuple[int, int]]:
    """The span of the main clause that holds the figure, when the sentence joins two or more ("Sales rose 10
    percent in 2023, and the park now hosts 420 firms"), else None; ``joins``: the sentence's
    :attr:`SentenceInfo.clause_joins`."""
    if not joins:
        return None
    start, end = 0, len(sentence)
    for js, je in joins:
        if je <= q.start:
            start = je
        elif js >= q.end:
            end = js
            break
    return None if (start, end) == (0, len(sentence)) else (start, end)


def _clause_present(sentence: str, clause: tuple[int, int]) -> bool:
    """Whether a clause of the sentence is in the present or present perfect tense, by a verb that says so (a
    short clause without one, "At one time Hebei turned out ...", is no evidence)."""
    text = sentence[clause[0]:clause[1]]
    return _PRESENT_MARK.search(text) is not None and not _PAST.search(_without_perfect(text))


def _clause_present_in(info: SentenceInfo, clause: tuple[int, int]) -> bool:
    """:func:`_clause_present` of a clause of ``info``'s sentence, worked out once for all the figures in it (half
    the calls were for a clause already read)."""
    known = info.present_clauses
    got = known.get(clause)
    if got is None:
        got = known[clause] = _clause_present(info.sentence, clause)
    return got


def _past_clause(text: str) -> bool:
    """Whether ``text`` is in the past tense, with no present or present perfect verb beside its past one."""
    return _PRESENT_MARK.search(text) is None and _PAST.search(text) is not None


_PRESENT_MARK = re.compile(r"\b(?:is|are|has|have|now|currently|today|remains|stands|employs|hosts|houses|covers|owns|"
                           r"operates|boasts|counts|holds|accounts for|makes up)\b|"
                           # "it manages", "it now runs": a verb in the third person after "it"
                           r"\b(?:it|It)\s+(?:(?:now|also|still|currently)\s+)?[a-z]+[^s\W]s\b")


# "That is 47 percent more than ...", "This was 12 percent of the total": a sentence about the statement before it,
# whose time it keeps whatever its tense
_REFERS_BACK = re.compile(r"\s*(?:That|This)\s+(?:is|was|represents|marks|means|makes|amounts to|equals)\b")
# "accounts for 36 percent of this", "a third of that": a share of the amount the statement before stated (not "half
# of them", the things it counted, which are there now)
_OF_WHAT_WAS_SAID = re.compile(r"[^,;.]{0,40}?\bof (?:this|that)\b(?!\s+[a-z])", re.I)

# the text between a base value and its "a year earlier"; what stands before a base value
_YOY_AFTER_VALUE = re.compile(r"[^\d,;.]{0,30}?$")
_BASE_VALUE_LEAD = re.compile(r"\b(?:from|than|compared (?:with|to)|against|versus)\s+(?:(?:about|around|nearly|almost|"
                              r"just|only|some|over|more than|less than)\s+)?$", re.I)


def _year_earlier_value(sentence: str, q, times: list[TimeExpr]) -> bool:
    """Whether the figure is the base value of a year-on-year comparison: "up from 3,100 a year earlier", "compared
    with 210 the previous year", or a value that "a year earlier"/"a year ago" dates by itself, with nothing but
    its noun between ("reversing a loss of 20 million yuan a year earlier"; not "rose 8 percent from a year
    earlier", whose preposition makes the phrase the base of a change)."""
    for t in times:
        if t.role == "yoy" and 0 <= t.start - q.end <= 30:
            between = sentence[q.end:t.start]
            if _YOY_AFTER_VALUE.match(between) is None:
                return False
            return _BASE_VALUE_LEAD.search(sentence, max(0, q.start - 40), q.start) is not None or (
                t.text.lower().startswith(("a year ", "one year ")) and _NOUN_ONLY.fullmatch(between) is not None)
    return False


# what may stand between a value and its own "a year earlier": its noun, no preposition ("20 million yuan a year
# earlier", "1,200 firms a year ago"; not "8 percent from a year earlier", "5 percent over a year ago")
_NOUN_ONLY = re.compile(r"(?:\s+(?!(?:from|over|on|than|against|versus|compared|since|in|at|by|to|of|and|or)\b)"
                        r"[a-z][\w-]*){0,3}\s+", re.I)


def _year_before(iso: str) -> str:
    """The same date a year before, at the same precision."""
    y = int(iso[:4]) - 1
    if len(iso) == 10 and iso[5:] == "02-29":
        return f"{y:04d}-02-28"
    return f"{y:04d}{iso[4:]}"


_THIS_YEAR = re.compile(r"\bthis year\b", re.I)


# what a headline that names a year before publication holds: a year, or "last year" (a cheap test first)
_PAST_YEAR_WORDS = re.compile(r"(?:19|20)\d\d|\b(?:last|previous|past) year\b", re.I)


# a headline that may name a quarter or half: "Q2 2025", "H1 2024", "second quarter", "first half"
_PART_TITLE_HINT = re.compile(r"\b[QH][1-4]\b|\b(?:quarter|half)\b", re.I)
_PART_SENTENCE_LEADS = ("in ", "during ", "for ", "over ", "across ", "through")


def _headline_part(title: str, ctx: ArticleContext, state: ContextState) -> Optional[tuple[str, str]]:
    """The quarter or half (as_of, period_start) that the headline names as its period, once it has ended before
    the reference date, worked out once an article."""
    got = state.extra.get("headline_part", False)
    if got is False:
        got = None
        if ctx.ref:
            # (the period opens or closes the headline, as a report's does: not a news headline's "Exports rose 5
            # percent in the first quarter")
            head = title.strip()
            parts = [t for t in find_times(head, ctx.ref) if t.role == "period" and _part_year(t.as_of, t.period_start)
                     and len(t.as_of) == 7 and t.as_of < ctx.ref.isoformat()[:7] and
                     (t.start == 0 or t.end == len(head) or not head[:t.start].strip(" |:-–—,")) and
                     not t.text.lower().startswith(_PART_SENTENCE_LEADS)]
            if len(parts) == 1:
                got = (parts[0].as_of, parts[0].period_start)
        state.extra["headline_part"] = got
    return got


def _headline_year(title: Optional[str], ctx: ArticleContext, state: ContextState) -> Optional[str]:
    """A year before the publication year that the headline states as its time ("China innovation index up 3.1
    pct in 2013", published in 2015), worked out once an article."""
    got = state.extra.get("headline_year", False)
    if got is False:
        times = find_times(title, ctx.ref) if title and ctx.ref else []
        years = [t.as_of for t in times if t.role == "point" and len(t.as_of or "") == 4 and int(t.as_of) < ctx.ref.year]
        got = state.extra["headline_year"] = years[0] if years else None
    return got


def _month_base(sentence: str, q, times: list[TimeExpr]) -> Optional[TimeExpr]:
    """The month a change is measured from, stated in its own clause after it ("rose 16 percent from its low
    last month")."""
    for b in times:
        if b.role == "base" and b.start >= q.end and len(b.period_start or "") >= 7:
            return None if _CLAUSE_PUNCT.search(sentence, q.end, b.start) or b.start - q.end > 60 else b
    return None


def _earlier_date(t: TimeExpr, times: list[TimeExpr], state: ContextState) -> Optional[str]:
    """The date that "in its first two months", "that year" count from: the last date before it in the sentence
    ("Founded in November 2016, it had ..."), else the time the story carries."""
    before = [x for x in times if x.end <= t.start and x.role in ("point", "founded") and x.as_of]
    return before[-1].as_of if before else \
        _carried_time(state, _LAST_DATE) or (_carried_time(state, _STATEMENT) or (None, None))[0]


def _stated_end(sentence: str, t: TimeExpr, times: list[TimeExpr]) -> Optional[str]:
    """The end a period open to the present has in its own clause: "grew 12-fold since 2010 to 95 billion yuan
    in 2022" covers 2010 to 2022, not to the publication date."""
    for x in times:
        if x.start >= t.end and x.role == "point" and x.as_of and x.as_of[:4] > (t.period_start or "")[:4]:
            return None if _CLAUSE_PUNCT.search(sentence, t.end, x.start) else x.as_of
    return None


# "... a fund and aims to raise ... by 2027": a deadline in a later conjunct with its own verb is that conjunct's
_NEW_VERB_CONJUNCT = re.compile(r"(?:,\s*|\s)(?:and|while|but)\s+(?:also\s+)?(?:aims?|plans?|wants?|intends?|hopes?|"
                                r"expects?|seeks?|will|is|are|to)\b", re.I)
_PER_YEAR = re.compile(r"^[^,;.]{0,30}?\b(?:a|per|every|each) year\b|^\s*(?:annually|yearly)\b", re.I)


def _target_time(sentence: str, q, times: list[TimeExpr], pub: Optional[str], state: ContextState):
    """A target's (as_of, period_start): its deadline ("by 2025", "before the end of 2027"), else the end of the
    plan period it is stated for; period_start only for a per-year target over a period ("10 billion yuan a year
    from 2025 to 2027")."""
    def applies(t):
        return t.start < q.start or not _NEW_VERB_CONJUNCT.search(sentence[q.end:t.start])
    # a time right after the figure is its own: "handle more than 23 million TEUs in 2024, and ... by 2025"
    after = [t for t in times if t.start >= q.end and t.role in ("deadline", "point", "period")
             and t.start - q.end <= 40 and not re.search(r"[,;]|\d", sentence[q.end:t.start])]
    # (an event ahead that a phrase of its own dates, "the line, which will open in 2027, ...", is a plan's deadline)
    deadlines = [t for t in times if (t.role == "deadline" or t.role == "planned") and applies(t)]
    periods = [t for t in times if t.role == "period" and applies(t)]
    as_of = None
    if after and (after[0].role != "point" or (pub and (after[0].as_of or "")[:4] >= pub[:4])):
        as_of = after[0].as_of
    elif deadlines:
        as_of = deadlines[0].as_of
    else:
        # a year of the publication or later, or its end ("late next year", "at the end of 2026")
        fut = [t for t in times if t.role == "point" and pub and (t.as_of or "")[:4] >= pub[:4]
               and (len(t.as_of) == 4 or t.as_of.endswith("-12-31")) and applies(t)]
        fut_periods = [t for t in periods if pub and (t.as_of or "")[:4] > pub[:4]]
        if fut:
            as_of = fut[0].as_of
        elif fut_periods:
            as_of = fut_periods[0].as_of
        elif not [t for t in times if t.role == "deadline"]:
            as_of = _carried_time(state, _DEADLINE)
            if as_of is None and pub:
                # a plan that goes on from a statement of this year's plans ("This year, the district will ...
                # It plans to ink 10 cooperative agreements"): this year
                said = _statement_sentence(state)
                if said is not None and said[1] == (pub[:4], None) and has_any(said[0], _PLAN_AHEAD_WORDS) and \
                        _PLAN_AHEAD.search(said[0]) is not None:
                    as_of = pub[:4]
    ps = None
    if as_of and _PER_YEAR.search(sentence[q.end:]):
        spans = [t for t in periods if t.period_start and (t.as_of or "")[:4] == as_of[:4]]
        ps = spans[0].period_start if spans else None
    elif as_of and periods and pub:
        # "From 2024 to 2026, the market will add around 480,000 square meters": a target for what a span of years
        # that starts now or later adds up to runs from the span's start (not a level to reach by its end: "aims
        # to raise output to 50 billion yuan by 2027")
        spans = [t for t in periods if t.period_start and (t.as_of or "")[:4] == as_of[:4] and
                 pub[:4] <= t.period_start[:4] < as_of[:4] and _SPAN_WORDS.match(t.text or "")]
        if spans and not _TO_LEVEL.search(sentence, max(0, q.start - 24), q.start):
            ps = spans[0].period_start
    if as_of and ps is None and pub and ("ext " in sentence or "oming " in sentence):
        # "by 2026, over the next three years, the market will add 480,000 square meters": from the report's year
        ahead = [t for t in times if t.role == "deadline" and _NEXT_YEARS_TEXT.search(t.text or "") and applies(t)]
        # (with a deadline of its own: "the next three years" alone, read as ending three years after the report's
        # year, is left as it is)
        if ahead and pub[:4] < as_of[:4] and as_of != ahead[0].as_of and \
                not _TO_LEVEL.search(sentence, max(0, q.start - 24), q.start):
            ps = pub[:4]
    return as_of, ps


_NEXT_YEARS_TEXT = re.compile(r"\b(?:next|coming)\s+\w+\s+years\b", re.I)
# a span of years written out: "from 2024 to 2026", "between 2025 and 2027", "2024-2026"
_SPAN_WORDS = re.compile(r"(?i:from|between)\b|(?:19|20)\d\d\s?[-–]")
# a level reached at the deadline: "to 50 billion yuan", "reach 300"
_TO_LEVEL = re.compile(r"\b(?:to|reach(?:es|ing)?|at)\s+(?:(?:about|around|more than|over|nearly|almost|some|"
                       r"roughly|at least|over|above)\s+)?(?:US\$|\$|RMB\s?)?$", re.I)


_PAST_SPAN = re.compile(r"\b(?:past|last|previous)\s+(?:\w+\s+)?(?:years?|decades?)\b", re.I)


def _recent_event(iso: Optional[str], ctx: ArticleContext) -> Optional[str]:
    """``iso`` when it is a day shortly before publication: the date of the event the story reports."""
    if not iso or len(iso) != 10 or not ctx.ref:
        return None
    d = parse_date(iso)
    return iso if d is not None and 0 < (ctx.ref - d).days <= 10 else None


# a change verb, then "to" and the number (at most a qualifier between): "has since grown to", "doubled ... to"
_REACHED_TO = re.compile(r"\b(?:rose|risen|grew|grown|increased|climbed|jumped|surged|soared|expanded|doubled|"
                         r"tripled|fell|fallen|dropped|declined|shrank|shrunk)\b[^,;.]{0,40}?\bto\s+"
                         r"(?:(?:about|around|nearly|almost|more than|over|some|roughly|just over|just under)\s+)?$",
                         re.I)


# a verb that says a level was reached, right before its value: "hit 300 billion yuan", "reached nearly 5,000",
# "stood at" (not "exceeded", "topped", which often report a total over the span: "the total volume of contracts
# ... exceeded 200 billion yuan")
_END_LEVEL_VERB = re.compile(r"\b(?:reached|hit|stood at)\s+(?:(?:about|around|nearly|almost|"
                             r"more than|over|some|roughly|just over|just under)\s+)?(?:US\$|HK\$|\$|¥|RMB\s?|CNY\s?)?\d",
                             re.I)


def _level_reached(sentence: str, q) -> bool:
    """Whether a verb of _END_LEVEL_VERB reports the figure's value, and no word says it is a sum over the span
    ("their combined investment reached", "the total came to")."""
    m = _END_LEVEL_VERB.search(sentence, max(0, q.start - 40), q.end)
    return m is not None and q.start < m.end() <= q.end and not has_any(sentence.lower(), _SUM_WORDS)


_SUM_WORDS = ("total", "cumulative", "combined", "in all", "altogether", "aggregate")


def _reached_level(sentence: str, q) -> bool:
    """Whether the figure is the level a change verb says was reached ("has grown to 1.3 million")."""
    before = sentence[max(0, q.start - 60):q.start]
    return " to " in before[-30:] and _REACHED_TO.search(before) is not None


def _from_to(sentence: str, q) -> Optional[str]:
    """Whether the quantity is the start ("from 493 million tonnes to ...") or the end ("... to 702 million
    tonnes") of a change over a period."""
    before = sentence[max(0, q.start - 60):q.start]
    if "from" not in before:
        return None  # both patterns need it
    if _FROM_END.search(before) and _TO_NEXT.match(sentence[q.end:]):
        return "from"
    if _FROM_TO_END.search(before):
        return "to"
    return None


_FROM_END = re.compile(r"\bfrom\s+(?:\w+\s+)?$")
_TO_NEXT = re.compile(r"[^,;]{0,40}?\bto\b")
# (the start of a change from one value to another is a number: "rose 21 percent from a year earlier to 40 billion
# yuan" is no such change)
# (the start value follows "from" within a few words that hold no past verb: "from just 12 firms in 2015 to", "from a
# low of 20 to"; not "exports from the port climbed 9 percent to", where "from" names where the exports came from)
_FROM_TO_END = re.compile(r"\bfrom\s+(?=(?:(?![a-z]+ed\b)[^\s\d,;]+\s+){0,3}(?:US\$|HK\$|\$|¥)?(?:\d|\b(?:one|two|three|"
                          r"four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|half)\b))[^,;]{1,50}\bto\s+"
                          r"(?:the\s+)?(?:\w+\s+)?$", re.I)


# ------------------------------------------------------------------ subject and regions

_PREP_BEFORE = re.compile(r"(?=[abdfilnortw])\b(?:in|at|from|to|into|of|with|near|across|throughout|between|among|for|than|"
                          r"including|like|outside|around|during|as|ranked|over|by|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,1}$", re.I)


def _region_subject(name: str) -> str:
    return name


# Which levels of place a place anaphor refers to ("the district" → Baodi, "the city" → Changzhou).
_ANAPHOR_LEVELS = {"district": ("county", "new_area"), "county": ("county",), "city": ("prefecture", "municipality", "sar"),
                   "province": ("province",), "municipality": ("municipality",), "town": ("county", "town", "zone"),
                   "new area": ("new_area",), "area": ("new_area",)}
_NUMBER_BEFORE = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|"
                            r"million|billion|more|several|many|all|these|those|the|of)\s*)$", re.I)


_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:ese|ian|an|ish|ch)$")


def _proper_modifier(sentence: str, start: int, word: str, modifier: str = "") -> bool:
    """Whether ``word``, the first word of the ``modifier`` of a group noun at ``start``, is a proper name: a
    nationality, a place (of one word, or of the modifier's first words: "Hong Kong investors"), a brand, or any
    capitalised word that does not open the sentence."""
    if _NATIONALITY.match(word) or find_places(word) or load_entity_aliases_names().get(word.lower()):
        return True
    if modifier != word and any(s == 0 for s, _, _ in find_places(modifier)):
        return True
    return not (start == 0 or re.search(r"(?:[.;:!?\"“]|--|—)\s*$", sentence[:start]))


@lru_cache(maxsize=1)
def load_entity_aliases_names() -> dict:
    """Brand and body names of the alias table ("Zhongguancun"), lower-cased, for proper modifiers."""
    out = {}
    for alias, (name, _region) in load_entity_aliases().items():
        out[alias.lower()] = name
        out[name.split()[0].lower()] = name
    return out


_GROUP_IN = re.compile(r"\s+(?:(?:registered|based|located)\s+)?(?:in|at)\s+(?:the|this|that|these|its)\s")


_NOT_GROUP_START = frozenset(("The", "These", "Those", "Its", "Their", "Such", "Other", "All", "Some", "Many", "More",
                              "Most", "Foreign", "Local", "New"))


def _groups(sentence: str, known: frozenset = frozenset()) -> list[tuple[int, int, str]]:
    """Actors named by a common noun phrase ("Zhongguancun enterprises"), not the counted noun of a figure
    ("3,200 Beijing enterprises") nor an anaphor ("The companies").  ``known``: the first words of the article's
    organisation names, proper modifiers wherever they stand ("Zhangjiang firms filed ..." after "the Zhangjiang
    Science City")."""
    out = []
    if not has_any(sentence, GROUP_WORDS):
        return out
    for m in _GROUP.finditer(sentence):
        text = m.group()
        words = text.split()
        if words[0] in _NOT_GROUP_START:
            continue
        if _NUMBER_BEFORE.search(sentence[max(0, m.start() - 12):m.start()]):
            continue
        if len(words) > 1 and words[0] not in known and \
                not _proper_modifier(sentence, m.start(), words[0], " ".join(words[:-1])):
            continue
        if len(words) == 1 and _GROUP_IN.match(sentence, m.end()):
            continue  # "Enterprises in the zones spent ...": the firms of a place are counted as the place's  # "Digital enterprises", "High-tech companies": a sentence-initial capital is no name
        out.append((m.start(), m.end(), text if len(words) > 1 else text.lower()))
    return out


_NAME_GOES_ON = re.compile(r" (?:[A-Z]|of [A-Z])")  # "China Enterprises Index": the group word is inside a name


def _named_group_before(sentence: str, pos: int):
    """The last group of firms named by a proper modifier before ``pos``, wherever it stands ("the footprint
    of Zhongguancun companies"): what a later "their" refers to."""
    if not has_any(sentence[:pos], GROUP_WORDS):
        return None
    last = None
    for m in _GROUP.finditer(sentence, 0, pos):
        words = m.group().split()
        if len(words) > 1 and words[0] not in _NOT_GROUP_START and not _NAME_GOES_ON.match(sentence, m.end()) and \
                _proper_modifier(sentence, m.start(), words[0]):
            last = (m.start(), m.end(), m.group(), [CHINA] if words[0] == "Chinese" else [], "group")
    return last


def _place_anaphor(word: str, before: int, sentence: str, info: SentenceInfo, state: ContextState):
    """The place a "the district", "the city" refers to: one of that level named earlier in the sentence,
    else the last one named before."""
    levels = _ANAPHOR_LEVELS.get(word)
    g = load_gazetteer()
    if word == "region":
        # "the region" of a story about a group of places is the group
        comp = state.extra.get("recent_levels", {}).get("compound") or state.extra.get("title_compound")
        if comp:
            return list(comp[1])
    if levels:
        aside = _ASIDE_GATE(sentence)
        for s, e, n in reversed(info.places):
            p = g.lookup(n)
            if e <= before and p is not None and p.level in levels and not (aside and _aside_place(sentence, s, e)):
                return [n]  # ("Shanghai-based suppliers opened plants in the city": not Shanghai)
        # the place the previous sentence was about wins over one named in passing after it
        subj = g.lookup(state.subject) if state.subject else None
        if subj is not None and (subj.level in levels or word == "city" and subj.level == "county") and \
                state.extra.get("subject_class") == "place":
            return [subj.name]
        if state.subject_regions and len(state.subject_regions) == 1 and \
                state.extra.get("subject_class") in _SITE_CLASSES:
            # likewise the district of the park the text is about ("Huairou Science City ... Researchers reach the
            # Forbidden City in Dongcheng within an hour. Some 3,000 scientists work in the district": Huairou)
            home = g.lookup(state.subject_regions[0])
            if home is not None and home.level in levels:
                return [home.name]
        hit = state.extra.get("recent_levels", {})
        found = [hit[lv] for lv in levels if lv in hit]
        if found:
            return [max(found)[1]]
        return None
    rec = state.extra.get("recent", {}).get("region")
    return [rec[0]] if rec else None


def _sentence_cache(sentence: str, state: ContextState) -> dict:
    """Work on ``sentence`` that every figure of it shares (its clauses, groups, the state-independent
    candidates): kept on the state until the next sentence."""
    sc = state.extra.get("sentence_cache")
    if sc is None or sc[0] is not sentence and sc[0] != sentence:
        sc = (sentence, {})
        state.extra["sentence_cache"] = sc
    return sc[1]


def _clause_spans(sentence: str, state: ContextState) -> list[tuple[int, int]]:
    sc = _sentence_cache(sentence, state)
    spans = sc.get("clauses")
    if spans is None:
        spans = sc["clauses"] = clause_spans(sentence)
    return spans


def _sentence_groups(sentence: str, state: ContextState) -> list[tuple[int, int, str]]:
    sc = _sentence_cache(sentence, state)
    groups = sc.get("groups")
    if groups is None:
        groups = sc["groups"] = _groups(sentence, _org_first_words(state)) if has_any(sentence, GROUP_WORDS) else []
    return groups


def _org_first_words(state: ContextState) -> frozenset:
    """The first words of the organisation names of the article being read ("Zhangjiang" of "Zhangjiang Science
    City"), but for the words that open a sentence anyway (NOT_NAME), worked out once an article."""
    ctx = state.extra.get("article")
    if ctx is None:
        return frozenset()
    got = state.extra.get("org_first_words")
    if got is None or got[0] is not ctx:
        got = state.extra["org_first_words"] = (ctx, frozenset(
            w for w in (n.split(None, 1)[0] for n in ctx.orgs.names) if w[:1].isupper() and w not in NOT_NAME))
    return got[1]


def _name_candidates(sentence: str, info: SentenceInfo, ctx: ArticleContext, floor: int, groups: list) -> list:
    """The candidates of :func:`_static_candidates` for the organisations, the places and the groups (of
    :func:`_groups`) the sentence names, in that order."""
    cands = []
    for o in info.orgs:
        full = ctx.orgs.fullest(o.name)
        where = ctx.org_region.get(full) or ctx.org_region.get(o.name)
        cands.append((o.start, o.end, full, [where] if where else [], o.head))
    g = load_gazetteer()
    places = info.places
    # (where the companies the sentence names start: a place right before one may only describe it)
    firms = [o.start for o in info.orgs if o.head == "company"] if info.orgs else None
    # places named together as one region: one candidate for the run, whose regions are all of them
    joint = _joint_places(sentence, places) if len(places) > 1 else None
    whole = None
    for s, e, n in places:
        if s < floor or groups and any(a <= s < b for a, b, _ in groups):
            continue
        if joint:
            if s in joint:
                end, ds = joint[s]
                link = _LINK_AFTER_PLACES.match(sentence, end) if "-" in sentence[s:end] else None
                if link:
                    # "the Shanghai-Suzhou-Huzhou intercity railway": the line the places name, not the places
                    cands.append((s, link.end(), sentence[s:link.end()], list(ds), "facility"))
                    whole = (s, link.end())
                    continue
                cands.append((s, end, "-".join(ds), list(ds), "place"))
                whole = (s, end)
                continue
            if whole and whole[0] < s < whole[1]:
                continue  # a member of a run already taken whole
        d = division(n)
        if sentence.startswith(("-based", "-headquartered"), e):
            continue  # "Beijing-based AI chip designer X": where X sits, not who acts
        if firms and any(0 < f - e <= 40 and _FIRM_NOUN_GAP.fullmatch(sentence, e, f) for f in firms):
            continue  # "Shanghai chipmaker X", "Hangzhou e-commerce giant Y": where X comes from, not who acts
        # (another place is needed for the next test: most sentences name one at most)
        if len(places) > 1 and any(n in g.ancestors(o) for s2, e2, o in places
                                   if o != n and floor <= s2 and e2 <= s and s - e2 < 60):
            continue  # "Hangzhou, capital of Zhejiang": the more specific place is the subject
        if len(places) > 1 and _is_benchmark_place(sentence, s) and \
                any(n2 != n and not _is_benchmark_place(sentence, s2) for s2, _, n2 in places):
            continue  # "35 yuan a kilogram in Caofeidian, about 30 percent lower than in Beijing": Caofeidian's
        p = g.lookup(n)
        if p is not None and p.is_zone:
            # a zone named on its own ("Dongjiang", "Saihanba") stands for the body of that name
            full = ctx.orgs.fullest(ctx.zone_names.get(n) or sentence[s:e])
            told = ctx.org_region.get(full) if ctx.org_region else None
            if told and told != d and g.is_within(told, d):
                d = told  # "Zhangjiang Science City in Shanghai's Pudong New Area" before: "Zhangjiang's" is Pudong's
            cands.append((s, e, full, [d], "zone"))
        else:
            cands.append((s, e, d, [d], "place"))
    for s, e, text in groups:
        if s >= floor and not any(c[0] <= s < c[1] for c in cands if c[4] != "place"):
            cands.append((s, e, _group_name(text, ctx), _group_home(text), "group"))
    return cands


_GROUP_NAME = re.compile(r"(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*?(?=(?:['’]s)?\s)")


def _group_name(text: str, ctx: ArticleContext) -> str:
    """The subject of a group of firms named by a park or a zone ("Zhongguancun enterprises", "Dongjiang
    companies", "Zhangjiang firms" in a story about the Zhangjiang Science City): the park, whose totals they are;
    else the group as written ("Beijing enterprises", "Hong Kong investors", "Chinese steel companies" are firms
    counted by where they come from or by kind, not a park's)."""
    m = _GROUP_NAME.match(text)
    if m is None or text.endswith(("investors", "Investors")):
        return text
    name = m.group()
    if name in ctx.orgs.names:
        return ctx.orgs.fullest(name) if ctx.orgs.names[name] in _SITE_HEADS else text
    places = find_places(name)
    if len(places) == 1 and places[0][0] == 0 and places[0][1] == len(name):
        p = load_gazetteer().lookup(places[0][2])
        if p is None or not p.is_zone:
            return text
        return _site_by_fullest(name, ctx)  # ("Dongjiang companies": the zone by that name, in full if the text has it)
    full = load_entity_aliases_names().get(name.lower())
    if full:
        # "Zhongguancun", or the alias table's body when the article names it so, else the park or zone the
        # article names by it in full ("Zhongguancun Science Park": the table holds several bodies of one brand)
        return full if full in ctx.orgs.names else _site_by_fullest(name, ctx)
    if " " not in name and any(n.startswith(name + " ") and h in _SITE_HEADS for n, h in ctx.orgs.names.items()):
        return _site_by_fullest(name, ctx)  # "Zhangjiang firms" in a story about the Zhangjiang Science City
    return text


def _site_by_fullest(name: str, ctx: ArticleContext) -> str:
    """A zone's short name ("Zhongguancun") as the site the article names by it in full ("Zhongguancun Science
    Park"): the shortest of its park or zone names that start with it (not a branch, "... Science Park Changping
    Park", nor an area inside it, "Zhongguancun Enterprise Centralized Office Area"); else the name as it is."""
    best = None
    for n, h in ctx.orgs.names.items():
        if h in _ZONE_NAME_HEADS and n.startswith(name + " ") and (best is None or len(n) < len(best)):
            best = n
    return best or name


_ZONE_NAME_HEADS = frozenset(("park", "zone"))
# the heads of the names of sites that host firms (subjects.HEADS)
_SITE_HEADS = frozenset(("park", "zone", "area", "hub", "base", "town"))


# a transport link named by the places it joins with hyphens, after the last of them: "(the Beijing-Xiong'an)
# intercity railway", "(the Hong Kong-Zhuhai-Macao) Bridge", "(the Jakarta-Bandung) high-speed rail line"
_LINK_AFTER_PLACES = re.compile(r"\s+(?:[A-Za-z-]+\s+){0,2}?(?:[Rr]ailway|[Rr]ailroad|[Rr]ail\s+[Ll]ine|[Ll]ine|[Ee]xpressway|"
                                r"[Hh]ighway|[Mm]otorway|[Bb]ridge|[Tt]unnel|[Pp]ipeline|[Cc]anal|[Mm]aglev|[Ll]ink)\b(?![-'’])")


@lru_cache(maxsize=None)
def _holders(division_name: str) -> frozenset:
    """The areas that hold a division (the gazetteer's ancestors), once a division."""
    return frozenset(load_gazetteer().ancestors(division_name))


# the noun a joint region's name runs on to: "the Beijing-Tianjin-Hebei region", "the Chengdu-Chongqing economic
# circle" (a clause framed by it, "In the Beijing-Tianjin-Hebei region, ...", is framed by the whole name)
_JOINT_HEAD = re.compile(r" (?:(?:economic|city|urban|metropolitan|industrial|innovation) )?(?:region|area|cluster|"
                         r"circle|corridor|belt|megalopolis|bloc)\b")


def _joint_places(text: str, places: list) -> Optional[dict[int, tuple[int, tuple[str, ...]]]]:
    """{start: (end, divisions)} of each run of places named as one region ("the Beijing-Tianjin-Hebei region",
    "the Beijing-Zhangjiakou railway", "Beijing, Tianjin and Hebei together": :func:`_place_groups`), of two or more
    places none of which holds another ("Zhangjiakou, Hebei, and Beijing" names a city by its province); None when
    there is none, or in a "respectively" list, which pairs each place with its own figure.

    Speed: a run needs a hyphen right between two places, or two list joiners (", ", " and ") each right after a
    place and before the next: tested on the gaps between the places found (most sentences name fewer than two)
    before any pattern is tried."""
    joiners = 0
    together = False  # whether words join two places as one whole (see _place_groups)
    for (_, e, _), (s2, e2, _) in zip(places, places[1:]):
        if s2 - e == 1 and text[e] in "-–":
            break
        if s2 - e <= 6 and text.startswith((",", " and "), e):
            joiners += 1
            together = together or text[e:s2] in _PAIR_JOINS and _JOINT_AFTER.match(text, e2) is not None
        elif s2 - e <= _TOGETHER_GAP and _TOGETHER_JOIN.fullmatch(text, e, s2):
            together = True
    else:
        if joiners < 2 and not together:
            return None  # no hyphen, too few list joiners for a list of three, and no words that join two as one
    out = {}
    for run in _place_groups(text, places):
        if len(run) < 2:
            continue
        ds = tuple(dict.fromkeys(division(x[2]) for x in run))
        if len(ds) > 1:
            if not any(_holders(d).intersection(ds) for d in ds):
                head = _JOINT_HEAD.match(text, run[-1][1])
                out[run[0][0]] = (head.end() if head else run[-1][1], ds)
    if not out or "espectively" in text:  # (a substring test: a search of _RESPECTIVELY lower-cases the text)
        return None
    return out


# a noun for a firm (with its modifiers) between a place and the name of the firm it describes
_FIRM_NOUN_GAP = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}(?:" + FIRM_NOUNS + r")\s+")


def _group_home(text: str) -> list[str]:
    """Where a group of firms owned by a place is: "Beijing's startups" are Beijing's; Chinese firms are the
    country's.  ("Beijing enterprises", "Hong Kong investors" are named by where they come from: what they do
    often lands elsewhere, "there", and they imply no region.)"""
    if text.startswith("Chinese "):
        return [CHINA]
    found = find_places(text)
    if found and found[0][0] == 0 and text.startswith(("'s ", "’s "), found[0][1]):
        return [division(found[0][2])]
    return []


def _static_candidates(sentence: str, info: SentenceInfo, ctx: ArticleContext, state: ContextState):
    """The part of :func:`_candidates` that depends only on the sentence and the article: (names, figure-group
    flags, anaphor matches, actors with their owner among the names, pronouns)."""
    sc = _sentence_cache(sentence, state)
    key = ("cands", id(info), id(ctx))
    got = sc.get(key)
    if got is not None and got[0] is info and got[1] is ctx:
        return got[2]
    floor = dateline_end(sentence)
    groups = _sentence_groups(sentence, state)
    cands = _name_candidates(sentence, info, ctx, floor, groups)
    # a figure group with no region of its own takes where the story is (state.regions) when asked for
    figgroup_from_state = [False] * len(cands)
    for m in FIGURE_GROUP.finditer(sentence) if has_any(sentence, FIGURE_GROUP_WORDS) else ():
        if m.start() < floor:
            continue
        np = _WS_RUN.sub(" ", m.group(2))
        owner = m.group(1) or ""
        end = m.start(2) + len(m.group(2))
        if _GENERIC_FIRMS.search(np) and not _CAPITAL_WORD.search(np) and "(" not in m.group(0):
            origin = _origin_after(sentence, end, info.places)
            if origin is None or _into_park(sentence, origin, cands):
                # "1,500 new companies have moved in": firms counted where they are, not an actor of their own;
                # "45 firms from Zhongguancun have moved into the park": what the park drew, the park's figure
                continue
            # "687 companies from Beijing have set up branches in Tianjin": firms named by where they come from
            np, end = np + sentence[end:origin], origin
        implied = [CHINA] if owner.startswith(("China", "Chinese")) or np.startswith(("national ", "Chinese ")) else []
        cands.append((m.start(), end, np, implied, "figgroup"))
        figgroup_from_state.append(not implied)
    anaphors = _naming_no_place(_anaphor_matches(sentence), cands)
    actors = []
    for m in ACTOR.finditer(sentence) if has_any(sentence, ACTOR_WORDS) else ():
        # (the anaphors, left out here, are excluded from this test too)
        if m.start() < floor or any(c[0] <= m.start(1) < c[1] for c in cands if c[4] not in ("place", "zone", "anaphor")) \
                or any(a[0] <= m.start(1) < a[1] for a in actors):
            continue
        if _APPOSITION.search(sentence, max(0, m.start() - 12), m.start()) and \
                not _INTRO.match(sentence[max(sentence.rfind(",", 0, m.start() - 2), sentence.rfind(";", 0, m.start()),
                                              0):m.start()].lstrip(" ,;")):
            continue  # "Saihanba, a State-owned forest farm": a description of the name before, no new actor
        if sentence.startswith(",", m.end(1)) and _names_after_comma(sentence, m.end(1), cands):
            continue  # "A French valve maker, Moreau Industries, said ...": a description of the name after it
        # "the city's government guidance fund": the owner tells where the actor is
        owner = [c[3] for c in cands if c[0] == m.start() and c[4] in ("anaphor", "place", "zone") and c[3]]
        actors.append((m.start(), m.end(1), m.group(1), owner[0] if owner else None))
    pronouns = _pronoun_candidates(sentence)
    got = (cands, figgroup_from_state, anaphors, actors, pronouns)
    sc[key] = (info, ctx, got)
    return got


def _naming_no_place(anaphors: list, cands: list) -> list:
    """The anaphor matches without a place named among their words, of those whose head is a kind of place: "the
    Hebei region", "the Beijing-Tianjin-Hebei area" name the place (its candidate stands for it), they do not refer
    back to one.  ("The Hebei group" still does: the place word picks the body of that class it names.)"""
    if not anaphors or not cands:
        return anaphors
    inner = [c[0] for c in cands if c[4] in ("place", "zone")]
    if not inner:
        return anaphors
    return [a for a in anaphors if not (ANAPHOR_CLASS[a[2]] == "region" or a[2] == "area")
            or not any(a[0] < x < a[1] for x in inner)]


def _names_after_comma(sentence: str, comma: int, cands: list) -> bool:
    """Whether the comma at ``comma`` opens an organisation's name closed by another comma: the apposition of a
    description before it ("a French valve maker, Moreau Industries, said")."""
    at = _SPACES.match(sentence, comma + 1).end()
    return any(c[0] == at and c[4] not in ("place", "zone", "group", "figgroup") and sentence.startswith(",", c[1])
               for c in cands)


_FROM_PLACE = re.compile(r" from (?:the )?")
_INTO_BEFORE = re.compile(r"\b(?:in|into|to)\s+(?:the\s+)?$")


def _origin_after(sentence: str, end: int, places: list) -> Optional[int]:
    """Where a group of firms named by its origin ends: the end of the place right after "from" ("companies from
    Hong Kong"), else None."""
    m = _FROM_PLACE.match(sentence, end)
    if m is None:
        return None
    return next((e for s, e, n in places if s == m.end() and n != CHINA), None)


_CLAUSE_END = re.compile(r"[,;.]")


def _into_park(sentence: str, pos: int, cands: list) -> bool:
    """Whether the words after ``pos``, up to the next comma, say that something goes into (or sits in) a park or
    a zone: "... started projects in the zone", "... moved into the Binhai park"."""
    m = _CLAUSE_END.search(sentence, pos)
    end = m.start() if m else len(sentence)
    heads = [(c[0], c[4]) for c in cands] + [(a, ANAPHOR_CLASS[w]) for a, _, w in _anaphor_matches(sentence)]
    return any(cls in ("park", "zone") and pos <= a < end and _INTO_BEFORE.search(sentence, pos, a) for a, cls in heads)


_WS_RUN = re.compile(r"\s+")
_CAPITAL_WORD = re.compile(r"\b[A-Z]")


def _candidates(sentence: str, info: SentenceInfo, ctx: ArticleContext, state: ContextState) -> list:
    """Names a figure of the sentence may describe: (start, end, subject, implied regions, class)."""
    static, from_state, anaphors, actors, pronouns = _static_candidates(sentence, info, ctx, state)
    cands = [(c[0], c[1], c[2], list(state.regions), c[4]) if from_state[k] else c for k, c in enumerate(static)] \
        if True in from_state else list(static)
    extra = _anaphor_candidates(sentence, anaphors, info, ctx, state)
    cands += extra
    for a_start, a_end, text, owner in actors:
        if owner is None:
            owner = next((c[3] for c in extra if c[0] == a_start and c[3]), [])
        cands.append((a_start, a_end, text, owner, "actor"))
    cands += pronouns
    cands.sort(key=_cand_key)
    return cands


def _anaphor_candidates(sentence: str, anaphors: list, info: SentenceInfo, ctx: ArticleContext,
                        state: ContextState) -> list:
    """The candidates of the anaphors (of :func:`_anaphor_matches`) that refer to something: what they refer to,
    each on its own."""
    recent = state.extra.get("recent", {})
    extra = list(_counted_places(sentence, info, state)) if _may_count_places(sentence) else []
    if "he capital" in sentence or "he Chinese capital" in sentence:  # (a cheap first test: "capital" is common)
        # "The capital attracted ...", "the Chinese capital": Beijing (not "venture capital", "the capital of Hebei")
        extra += [(m.start(), m.end(), "Beijing", ["Beijing"], "anaphor") for m in _THE_CAPITAL.finditer(sentence)]
    for a_start, a_end, word in anaphors:
        if any(c[0] <= a_start < c[1] for c in extra):
            continue  # "the three regions": the places counted, not the last region named
        cls = ANAPHOR_CLASS[word]
        if word == "city" and _CITY_OF_BEFORE.search(sentence, a_start, a_end):
            cls = "park"  # "the science city" is the park of that name ("Huairou Science City"), not a city
        if word == "area" and "new_area" in state.extra.get("recent_levels", {}):
            ns = _place_anaphor(word, a_start, sentence, info, state)
            if ns:
                n = ns[0]
                extra.append((a_start, a_end, ctx.orgs.fullest(n) if n in ctx.orgs.names else n, [n], "anaphor"))
                continue
        if cls == "region":
            ns = _place_anaphor(word, a_start, sentence, info, state)
            if ns:
                ds = [division(n) for n in ns]
                extra.append((a_start, a_end, "-".join(ds), ds, "anaphor"))
        elif sentence.count(" ", a_start, a_end) > 1 and \
                (named := _named_by_modifier(sentence, a_start, a_end, cls, ctx)) is not None:
            # "the satellite group": the one body of the class whose name holds the modifier
            extra.append((a_start, a_end, named, [ctx.org_region[named]] if named in ctx.org_region else [], "anaphor"))
        elif cls in recent and (named := state.extra.get("subject_named")) is not None and \
                named[:2] == (state.extra.get("nsent", 0) - 1, state.subject) and named[2] in _NAME_CLASSES.get(cls, (cls,)):
            # "X Co signed a deal with Y Group. The company will invest ...": the body the sentence before opened with,
            # of the anaphor's class, rather than the last body of that class it named
            extra.append((a_start, a_end, state.subject, state.subject_regions, "anaphor"))
        elif cls in recent:
            extra.append((a_start, a_end, recent[cls][0], recent[cls][1], "anaphor"))
        elif state.subject and cls == state.extra.get("subject_class"):
            extra.append((a_start, a_end, state.subject, state.subject_regions, "anaphor"))
        elif cls in _SITE_TWIN and not recent.keys() & _SITE_TWIN_KEYS and ctx.main_subject and \
                HEADS.get(ctx.main_subject.rsplit(None, 1)[-1].lower()) in _SITE_TWIN and \
                not _other_site_before(word, sentence, a_start):
            # "The zone's total revenue hit 8.7 trillion yuan, officials in Beijing said" under the title "Zhongguancun
            # National Innovation Demonstration Zone revenue up": the zone or park of the title, when the text has
            # named none of its own yet
            main = ctx.main_subject
            extra.append((a_start, a_end, main, [ctx.org_region[main]] if main in ctx.org_region else [], "anaphor"))
        elif cls in _SITE_TWIN and _SITE_TWIN[cls] in recent and _FIRMS_IN_BEFORE.search(sentence, max(0, a_start - 40), a_start):
            # "Zhongguancun Science Park is China's first national innovation demonstration zone. ... Enterprises in the
            # zone earned ...": the firms of "the zone", when no zone is named, are those of the park named
            twin = recent[_SITE_TWIN[cls]]
            extra.append((a_start, a_end, twin[0], twin[1], "anaphor"))
    return extra


# the class of site that stands for the other when the text has named only that one, where firms "in" it are counted
_SITE_TWIN = {"zone": "park", "park": "zone"}
_SITE_TWIN_KEYS = frozenset(("zone", "park", "area"))


def _other_site_before(word: str, sentence: str, at: int) -> bool:
    """Whether the anaphor at ``at`` is a noun phrase's inner word rather than the site itself ("the zone's",
    "the zone", "the park"): only "the"/"this"/"its" and the noun, with no other word between, may stand for the
    title's site."""
    return not re.match(r"(?:[Tt]he|[Tt]his)\s+" + re.escape(word) + r"\b", sentence[at:at + len(word) + 6])
_FIRMS_IN_BEFORE = re.compile(r"\b(?:[Ee]nterprises|[Cc]ompanies|[Ff]irms|[Bb]usinesses|[Ss]tartups)\s+"
                              r"(?:(?:registered|based|located)\s+)?in\s+$")


# words that qualify an anaphor's head without naming the body: "the new zone", "the same company"
_PLAIN_MODIFIERS = frozenset("new same first second third whole entire local former latter other largest biggest main "
                             "national municipal provincial city state state-owned private foreign domestic".split())
# the classes of organisation names (subjects.HEADS) an anaphor's class may refer to
_NAME_CLASSES = {"zone": ("zone", "area")}


def _named_by_modifier(sentence: str, a_start: int, a_end: int, cls: str, ctx: ArticleContext) -> Optional[str]:
    """The organisation an anaphor with a modifier names by that word ("the satellite group" → "China Satellite
    Network Group"): the one name of the article, of the anaphor's class, that holds the word; else None."""
    words = sentence[a_start:a_end].split()
    if len(words) < 3 or not words[-1][0].islower():
        return None  # (most anaphors: "the park", "the company"; a capitalised head is part of a name)
    mod = words[-2].lower()
    if mod in _PLAIN_MODIFIERS or not mod.isalpha() or len(mod) < 4:
        return None
    classes = _NAME_CLASSES.get(cls, (cls,))
    found = [n for n, head in ctx.orgs.names.items() if head in classes and mod in n.lower().split()]
    if len(found) != 1:
        return None
    return ctx.orgs.fullest(found[0])


# (only where it opens a sentence or a clause: "northwest of the capital" says where, and no one acts there)
_THE_CAPITAL = re.compile(r"(?:^|(?<=, )|(?<=; ))[Tt]he (?:Chinese )?capital\b"
                          r"(?![-'’]|\s+(?:of|city|market|markets|flows?|investment|spending|expenditure|injection|"
                          r"gains?|base|requirement|adequacy|goods|stock|account|costs?)\b)")
_CITY_OF_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(CITY_OF, key=len, reverse=True)) + r")\s+city\b", re.I)


# "the three economies", "both cities", "all three": as many places as the phrase counts, named just before
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "both": 2}


def _may_count_places(sentence: str) -> bool:
    """Whether a sentence may hold a phrase of _COUNTED_PLACES (substring tests: far cheaper than a regex search,
    and most sentences hold none of these words)."""
    return "two " in sentence or "three " in sentence or "four " in sentence or "oth " in sentence
# (with a noun for places: "all three have ..." may count funds or firms as well)
_COUNTED_PLACES = re.compile(r"\b(?:(?:[Tt]he|[Aa]ll|[Tt]hese|[Tt]hose)\s+(two|three|four)|([Bb]oth))\s+(?:economies|regions|"
                             r"places|provinces|cities|municipalities|areas|sides|localities)\b(?!\s+of\b)")


def _counted_places(sentence: str, info: SentenceInfo, state: ContextState) -> list:
    """Candidates for the phrases that count places named before ("Combined, the three economies produced ...",
    "Both cities ..."): the last that many different places, this sentence's before the phrase first; none when
    fewer were named.  (Worked out once a sentence: the places named before it change only between sentences.)"""
    sc = _sentence_cache(sentence, state)
    got = sc.get("counted_places")
    if got is not None and got[0] is info:
        return got[1]
    out = []
    sc["counted_places"] = (info, out)
    for m in _COUNTED_PLACES.finditer(sentence):
        n = _COUNT_WORDS[(m.group(1) or m.group(2)).lower()]
        named = state.extra.get("recent_places", []) + [division(p) for s, e, p in info.places
                                                         if e <= m.start() and p != CHINA]
        last: list[str] = []
        for d in reversed(named):
            if d not in last:
                last.append(d)
            if len(last) == n:
                break
        if len(last) == n:
            last.reverse()
            out.append((m.start(), m.end(), "-".join(last), last, "anaphor"))
    return out


def _anaphor_matches(sentence: str) -> list:
    """(start, end, head word) of each anaphor: "the park", "this zone"."""
    if sentence.isascii():
        # (an ASCII text lower-cased keeps every character in place: the case-sensitive twin finds the same
        # matches in it, faster, since sre must try each branch of a case-insensitive alternation)
        found = [(m.start(), m.end(), m.group(1)) for m in _ANAPHORS_LOWER.finditer(sentence.lower())]
    else:
        found = [(m.start(), m.end(), m.group(1).lower()) for m in _ANAPHORS.finditer(sentence)]
    if found and not all(sentence[a + 1:e].islower() for a, e, _ in found):
        # "the Lingang Special Area": a capitalised head after a capitalised word ends a name, not an anaphor
        found = [a for a in found if not _NAME_NOT_ANAPHOR.fullmatch(sentence, a[0], a[1])]
    if found and "ts " in sentence:
        # "Its parent company, Zhejiang Hengyi Group, holds ...": the relation names the body after it (see
        # _pronoun_candidates), it does not refer back
        found = [a for a in found if not (sentence.startswith(("its ", "Its "), a[0])
                                          and _RELATION_THEN_NAME.match(sentence, a[0] + 3))]
    return found


# an anaphor's words that are a name: a capitalised word, then the capitalised head ("the Lingang Special Area")
_NAME_NOT_ANAPHOR = re.compile(r"\w+\s+(?:[\w-]+\s+)?[A-Z][\w'’-]*\s+[A-Z][\w-]*")


def _pronoun_candidates(sentence: str) -> list:
    """A candidate for each pronoun (of _PRONOUN) of the sentence.  A pronoun starts the sentence or follows a space
    (each look-behind of _PRONOUN ends with one): the scan for a space and a pronoun after it, which the regex engine
    runs fast from space to space, finds where to try _PRONOUN, instead of trying it at every position."""
    m = _PRONOUN.match(sentence)
    out = [(m.start(), m.end(), None, [], "pronoun")] if m else []
    for h in _SPACE_PRONOUN.finditer(sentence):
        m = _PRONOUN.match(sentence, h.start() + 1)
        if m:
            out.append((m.start(), m.end(), None, [], "pronoun"))
    if out and ("ts " in sentence or "eir " in sentence):
        # "Its rival Hengtong Photonics said ...": the name after the relation is who acts, not "its" owner
        out = [c for c in out if not _RELATION_THEN_NAME.match(sentence, c[1])]
    return out


# a relation and the name of the body in that relation, after a possessive pronoun ("its rival Hengtong Photonics",
# "their parent company Tencent")
_RELATION_THEN_NAME = re.compile(r"\s+(?:[a-z-]+\s+)?(?:rival|rivals|competitor|parent|subsidiary|unit|affiliate|partner|"
                                 r"peer|customer|client|supplier|shareholder|investor|spin-off|joint venture)"
                                 r"(?:\s+(?:company|firm|group))?,?\s+[A-Z]")


def _cand_key(c):
    return (c[0], -c[1])


def _figure_candidates(sentence: str, info: SentenceInfo, ctx: ArticleContext, state: ContextState) -> list:
    """:func:`_candidates` for a figure of the sentence being resolved, built once per sentence: between the
    figures of a sentence the only state it reads that changes is ``state.regions`` (each figure's regions
    become it), read only by figure groups that have no region of their own; what else it reads (the names
    and places recently named, the subject) changes only when :func:`_remember` reads the sentence, when the
    next one comes.  (The list is shared by the figures: nothing changes it.)"""
    sc = _sentence_cache(sentence, state)
    got = sc.get("figure_cands")
    if got is not None and got[0] is info and (got[1] is None or got[1] == state.regions):
        return got[2]
    cands = _candidates(sentence, info, ctx, state)
    from_state = _static_candidates(sentence, info, ctx, state)[1]
    sc["figure_cands"] = (info, list(state.regions) if any(from_state) else None, cands)
    return cands


# "the steel production capacity of Hebei, ...": what is measured, "of" its owner, opens the clause
_OF_OPENING = re.compile(r"^(?:[^,]*,\s+)?(?:(?:[\w'’-]+\s+){0,3}?(?:statistics|data|figures|officials|he|she|they|sources)\s+"
                      r"(?:show|showed|shows|said|say|says|added|noted),\s+)?(?:the\s+|The\s+)(?:(?!of\b|from\b)[a-zA-Z][\w&'’-]*\s+){1,4}of\s+(?:the\s+)?$|"
                         r"^(?:[^,]*,\s+)?(?:Output|Revenue|Exports?|Imports?|Investment|Sales|Spending)\s+(?:of|from)\s+"
                         r"(?:the\s+)?(?:\d[\d,]*\s+)?$")
_TITLE_OF = re.compile(r"\b(?:director|head|chairman|chairwoman|president|secretary|mayor|governor|chief|member|"
                       r"spokes(?:person|man|woman)|manager|official|officials|founder|ceo|dean|professor)\s+of\s+(?:the\s+)?$",
                       re.I)
_AS_FOR = re.compile(r"(?:[^,]*,\s+)?(?:As for|As to|Regarding)\s+(?:the\s+)?")
# (no "^": match anchors at the start of the text, or at pos; no word boundary nor look-around either, so matching
# it with pos and endpos in a sentence is matching it against that slice of it)
_OPENING = re.compile(r"(?:[^,]*,\s+)?(?:(?:[\w'’-]+\s+){0,3}?(?:statistics|data|figures|officials|he|she|they|sources)\s+"
                      r"(?:show|showed|shows|said|say|says|added|noted),\s+)?(?:(?:Last|This|Next) (?:year|month|week)\s+|In \d{4}\s+)?(?:(?:the|a|an|its|[A-Z][\w'’.-]*|[\w-]+['’]s|and|,)\s+)*$")


def _subject_position(sentence: str, start: int) -> bool:
    """Whether a name at ``start`` opens its sentence or main clause: only an introductory phrase,
    articles and other names come before it ("In 2018, the Tianjin ... Park", "China's ...")."""
    if _OPENING.match(sentence[:start]):
        return True
    # (_AS_FOR needs "As " or "Regarding" before the name: most texts have neither, and its scan is slow)
    return (sentence.find("As ", 0, start) >= 0 or sentence.find("Regarding", 0, start) >= 0) and \
        bool(_AS_FOR.fullmatch(sentence, 0, start))


def _opens_clause(sentence: str, cs: int, start: int) -> bool:
    """``_subject_position(sentence[cs:], start - cs)`` for ``start >= cs``, without copying the clause: the
    patterns are matched on that span of the sentence with pos and endpos (neither has a word boundary or a
    look-around that would see past the span's edges).  Also a name that a noun for a firm introduces at the
    clause's opening ("German pump maker Weber Hydraulik opened ...": see :func:`_described_firm_opens`)."""
    if _OPENING.match(sentence, cs, start):
        return True
    if sentence.endswith(_FIRM_NOUN_THEN_SPACE, cs, start) and _DESCRIBED_OPENING.match(sentence, cs, start):
        return True
    return (sentence.find("As ", cs, start) >= 0 or sentence.find("Regarding", cs, start) >= 0) and \
        bool(_AS_FOR.fullmatch(sentence, cs, start))


# A name introduced by a noun for a firm in front of it opens its clause as the name alone would: "German pump maker
# Weber Hydraulik opened ...", "Swedish bearing maker Nordlund AB broke ground ...", "French cosmetics group Lavelle
# inaugurated ...": what may open a clause (_OPENING without its end), then up to three lower-case words that are no
# preposition nor verb in the past ("Tencent acquired chipmaker X" is Tencent's clause), then the noun.
_FIRM_NOUN_THEN_SPACE = tuple(w + " " for w in FIRM_NOUNS.split("|"))
_DESCRIBED_OPENING = re.compile(
    _OPENING.pattern[:-1] + r"(?:(?!(?:of|in|at|to|for|from|with|by|on|and|or|as|than|said|says|buys|sells|"
    r"[a-z]+ed)\b)[a-z][\w-]*\s+){0,3}(?:" + FIRM_NOUNS + r")\s+$")


# (the leading look-ahead, implied by the rest, only lets the scan skip fast over other positions)
_PRONOUN = re.compile(r"(?=(?:It|it|Its|its|They|they|Their|their)\b)"
                      r"(?:^|(?<=[,;:] )|(?<=\band )|(?<=\bwhile )|(?<=\bbut )|(?<=\bwhere ))(?:It|it|Its|its|They|they|Their|their)\b")


_SPACE_PRONOUN = re.compile(r" (?:It|it|Its|its|They|they|Their|their)\b")  # (see _pronoun_candidates)


_FIRMS_FROM = re.compile(r"\b(" + "|".join(FIGURE_GROUP_WORDS) + r") from $")
_OFFERING_INVESTORS = re.compile(r"\b(?:cornerstone|anchor)\s+investors$", re.I)
_A_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+$")
_LOWER_NOUN_AFTER = re.compile(r"(?:['’]s)?\s+[a-z]")


_POSSESSIVE_WORD = re.compile(r"['’]s\b")
_POSSESSIVE = re.compile(r"['’]s\s")
_AS_FOR_BEFORE = re.compile(r"\bAs for\s+(?:the\s+)?$")


def _opening(sentence: str, cands: list, cs: int, limit: int, owners: bool = True):
    """The candidate that opens the clause starting at ``cs``, before ``limit``: the clause's subject.
    With ``owners``, also the owner of the measure that opens it ("the capacity of Hebei")."""
    for c in cands:
        if c[0] < cs:
            continue
        if c[1] > limit:
            break
        if owners and _OF_OPENING.match(prefix := sentence[cs:c[0]]) and c[4] not in ("pronoun", "anaphor") and \
                not _TITLE_OF.search(prefix) and not _POSSESSIVE_WORD.match(sentence, c[1]):
            return c  # "the steel production capacity of Hebei", "Output from the 169 National High-Tech Zones"
        # (the three tests below are pure: the one that fails most often, and decides alone when it fails, comes first)
        if not _opens_clause(sentence, cs, c[0]):
            continue
        if c[4] not in ("pronoun", "anaphor", "group", "figgroup", "actor") and \
                _A_BEFORE.search(sentence, max(cs, c[0] - 4), c[0]) and \
                _LOWER_NOUN_AFTER.match(sentence, c[1]):
            continue  # "A Hong Kong exchange filing", "A Ministry of Finance official": a name after "a" only
            # qualifies the noun it precedes
        if c[4] != "pronoun" and _PREP_BEFORE.search(sentence[max(cs, c[0] - 30):c[0]]) and \
                not _AS_FOR_BEFORE.search(sentence[max(cs, c[0] - 12):c[0]]):
            continue  # "During China's Spring Festival", "According to Hebei's department"
        if _POSSESSIVE.match(sentence, c[1]):
            # "Zhejiang's provincial capital Hangzhou", "Beijing's Haidian district": the possessor gives way to the
            # place it qualifies
            nxt = [c2 for c2 in cands if c2[0] >= c[1] and c2[1] <= limit and c2[4] not in ("pronoun",)]
            if nxt and nxt[0][4] in ("place", "zone") and \
                    re.fullmatch(r"['’]s(?:\s+[a-z-]+){0,3}\s+(?:the\s+)?", sentence[c[1]:nxt[0][0]]) and \
                    not re.search(r"\b(?:of|in|at|from|to|for|and|with)\b", sentence[c[1]:nxt[0][0]]):
                return nxt[0]
        return c
    return None


_INTRO_PLACE = re.compile(r"(?:[^,]*,\s+)?(?:In|At)\s+(?:the\s+)?")
# (no "^": matched at a clause start with pos, which anchors it there, rather than on a copy of the clause)
_CONJ = re.compile(r"(?:while|whereas|but|and|which|who|with|where)\s+", re.I)


def _after_conjunction(sentence: str, cs: int) -> int:
    """Where the clause starting at ``cs`` starts past the conjunction or relative word that opens it, if any."""
    m = _CONJ.match(sentence, cs)
    return m.end() if m else cs
# "80 or 90 percent of Chinese steel companies", "more than half of the enterprises"
_AVERAGE_AFTER = re.compile(r"(?:['’]s)?\s+average\b")
_PART_OF = re.compile(r"^\s*(?:percent|%|per cent)?\s*of\s+(?:the\s+)?$", re.I)


_THEY = re.compile(r"[Tt]he(?:y|ir)\b")
_RELATIVE_OPENING = re.compile(r"(?:which|that|whose)\b")


def _clause_opening(sentence: str, cands: list, cs: int, ce: int, state: ContextState):
    """``_opening(sentence, cands, cs, ce)`` of a whole clause, kept for the next figures of the sentence: each
    figure asks again for the openings of the clauses before its own (a pure function of these arguments; the
    memo goes with the candidate list it was made from, which nothing changes)."""
    sc = _sentence_cache(sentence, state)
    memo = sc.get("openings")
    if memo is None or memo[0] is not cands:
        memo = sc["openings"] = (cands, {})
    got = memo[1].get((cs, ce), memo)  # (the memo itself stands for "not worked out yet": no opening is it)
    if got is memo:
        got = memo[1][(cs, ce)] = _opening(sentence, cands, cs, ce)
    return got


# (precompiled for the per-figure tests of _clause_subjects; _COMMA_A is matched at a position of the sentence rather
# than on a copy of the rest of it: it has no anchor or look-behind, so the matches are the same)
_COMMA_OR_SEMICOLON = re.compile(r"[,;]")
_FEW_WORDS_THEN_IN = re.compile(r"^(?:[\w'’-]+\s+){0,4}?(?:in|at|of)\s+(?:the\s+)?$")
_COMMA_A = re.compile(r",\s+(?:a|an)\s")
# what stands between a name and a figure that is the name's: a bracket, or "with"/"at" (see _clause_subjects)
_NAME_THEN_FIGURE = re.compile(r"\s*\(\s*|,?\s+(?:with|at)\s+")
# a preposition that makes the name before a figure a place where something is: "a park in Wuqing with 300 firms"
# ("ahead of Guangzhou at 1.9 trillion yuan" compares two of a ranking: Guangzhou's figure)
_PLACE_PREP_BEFORE = re.compile(r"\b(?:in|at|(?<!ahead )of|from|to|into|for|on|near|between)\s+(?:the\s+)?$")
_TO_BEFORE = re.compile(r"\b(?:to|in|into)\s+(?:the\s+)?$")
# a list of examples up to a name: "such as PingPong and ", "including Tencent, Baidu and "
_EXAMPLES_BEFORE = re.compile(r"\b(?:such as|including)\s+(?:[A-Z][\w&'’.-]*\s+){0,5}?(?:(?:[A-Z][\w&'’.-]*,?\s+){1,5}?"
                              r"(?:and|or)\s+)?$")
# A clause that opens with a company's site ("The plant", "the new factory"), after an introductory phrase up to a
# comma at most ("Located in the park's biomedical cluster, the plant ...")
_SITE_NOUNS = ("plant", "factory", "facility", "site", "campus", "base", "warehouse", "production line")
_SITE_OPENING = re.compile(r"(?:[^,]*,\s+)?(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:(?:new|first|second)\s+)?(?:"
                           + "|".join(_SITE_NOUNS) + r")\b(?!-)(?![-'’](?!s\b))")
# a finite verb right after a name (see _clause_subjects): "Tianjin has become", "the park attracted"
_VERB_AFTER_NAME = re.compile(r"\s+(?:(?:also|now|already|still)\s+)?(?:has|have|had|is|are|was|were|will|would|became|"
                              r"becomes|remains|remained|[a-z]+ed)\b")
# a passive verb and "by" right before a name: "were attracted by the", "have been filed by"
_PASSIVE_BY = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|t)\s+by\s+(?:the\s+)?$")


def _clause_subjects(sentence: str, q, info: SentenceInfo, ctx: ArticleContext, state: ContextState):
    """(chosen candidate or None, clause spans, clause index, whether the subject was inherited)."""
    cands = _figure_candidates(sentence, info, ctx, state)
    spans = _clause_spans(sentence, state)
    ci = clause_of(spans, q.start)
    prev = None
    # a first-person quote speaks for the speaker's body: '"We hired 85 engineers," said X, CTO of a robot startup'
    qm = _QUOTE_WE.match(sentence)
    if qm and q.start < qm.end():
        att = _SAID_OF.match(sentence, qm.end())
        if att:
            body = [c for c in cands if c[0] >= att.end() and c[0] - att.end() <= 3
                    and c[4] not in ("place", "pronoun", "anaphor", "group")]
            if body:
                return body[0], spans, clause_of(spans, q.start), False
    # the figure names the actor itself: "Three more state-owned enterprises have ...", "a 300-MW wind farm"
    own = [c for c in cands if c[4] in ("figgroup", "actor") and c[0] <= q.start < c[1]
           and _subject_position(sentence[spans[ci][0]:], c[0] - spans[ci][0])]
    if own:
        if own[0][4] == "figgroup" and own[0][3] == [CHINA] and \
                re.search(r"\b(?:China|Chinese|national)\b", sentence[own[0][0]:own[0][1]]):
            # "China's 178 national high-tech zones": how many there are is the country's figure
            return (own[0][0], own[0][1], own[0][3][0], own[0][3], "place"), spans, ci, False
        if own[0][4] == "figgroup" and _OFFERING_INVESTORS.search(own[0][2]):
            # "Seven cornerstone investors have agreed to buy ...": investors of a share offering are counted for
            # the company that issues the shares, named before
            recent = state.extra.get("recent", {})
            issuer = recent.get("company") or recent.get("bank")
            if issuer:
                return (own[0][0], own[0][1], issuer[0], issuer[1], "company"), spans, ci, False
        return own[0], spans, ci, False

    # a figure right after a name, in brackets or after "with"/"at", is that name's: "Tencent Holdings (3 billion
    # yuan), Alibaba Group (2 billion yuan)", "followed by Chaoyang with 3,200 and Daxing with 1,100"
    lead = sentence[max(0, q.start - 6):q.start].rstrip()
    if lead.endswith(("(", " with", " at")):
        named = [c for c in cands if c[1] < q.start and q.start - c[1] <= 8 and c[4] not in ("pronoun", "anaphor")
                 and _NAME_THEN_FIGURE.fullmatch(sentence, c[1], q.start)
                 and not _PLACE_PREP_BEFORE.search(sentence, max(0, c[0] - 12), c[0])]
        if named:
            return named[-1], spans, ci, False

    def settle(c):
        if c is None or c[4] != "pronoun":
            return c
        if _THEY.match(sentence, c[0]):
            # "the footprint of Zhongguancun companies ..., where their branches grew": "their" is the group
            # named before it in the sentence
            grp = [g for g in cands if g[4] in ("group", "figgroup") and g[1] <= c[0]]
            named = _named_group_before(sentence, c[0])
            if named and (not grp or named[0] > grp[-1][0]):
                return named
            if grp:
                return grp[-1]
        if prev is not None:
            return prev
        plural = state.extra.get("plural")
        if plural and _THEY.match(sentence, c[0]) and state.extra.get("nsent", 0) - plural[2] <= 2:
            return (c[0], c[1], plural[0], plural[1], "anaphor")  # "Their total operating revenue ..."
        if state.subject or state.regions:
            return (c[0], c[1], state.subject, state.regions or state.subject_regions, "anaphor")
        return None

    for k in range(ci):
        cs, ce = spans[k]
        if k > 0 and _RELATIVE_OPENING.match(sentence, cs):
            continue  # "The facility, which Beijing built ..., hosted ...": no subject for the clauses after it
        cs = _after_conjunction(sentence, cs)
        c = settle(_clause_opening(sentence, cands, cs, ce, state))
        if c is not None:
            prev = c
    cs, ce = spans[ci]
    if ci > 0 and _RELATIVE_OPENING.match(sentence, cs):
        # a relative clause is about the name right before it: "the X Park, which covers an area of ..."
        ante = [c for c in cands if c[4] not in ("pronoun", "group") and spans[ci - 1][0] <= c[0]
                and 0 <= spans[ci - 1][1] - c[1] <= 2]
        if ante:
            prev = ante[-1]
            fm = _FIRMS_FROM.search(sentence, max(0, prev[0] - 40), prev[0]) if prev[4] == "place" else None
            if fm:
                # "12,000 enterprises from Hong Kong, whose funds ...": the firms, not their home, are the antecedent
                prev = (fm.start(1), prev[1], fm.group(1) + " from " + prev[2], [], "group")
    cs = _after_conjunction(sentence, cs)
    c = settle(_opening(sentence, cands, cs, q.start))
    if c is not None:
        return c, spans, ci, False
    if state.subject and state.extra.get("subject_class") == "company" and \
            any(map(sentence.__contains__, _SITE_NOUNS)) and _SITE_OPENING.match(sentence, cs, q.start):
        # "The factory, in the Kunshan zone, will employ 220 people" after "X opened a factory in Kunshan": the
        # company's site is the company's, not the park's it sits in (which says where it is)
        where = state.subject_regions or next((c[3] for c in cands if cs <= c[0] < ce and c[3]), [])
        return (cs, cs, state.subject, where, "anaphor"), spans, ci, False
    named = state.extra.get("company_named")
    if named is not None and state.extra.get("nsent", 0) - named[0] <= 2 and \
            any(map(sentence.__contains__, _SITE_NOUNS)) and _SITE_OPENING.match(sentence, cs, q.start):
        # "The plant's 35 trainees started in May" after "X will build a plant in Taicang. Taicang is home to 500
        # German firms.": a site opening the clause is the company's named a sentence or two before, not the host's
        where = named[2] or next((c[3] for c in cands if cs <= c[0] < ce and c[3]), [])
        return (cs, cs, named[1], where, "anaphor"), spans, ci, False
    # the figure sits in an introductory phrase: "Spread over an area of 14.5 square kilometers, the park has ..."
    comma = sentence.find(",", q.end, ce)
    if comma > 0 and _COMMA_OR_SEMICOLON.search(sentence, cs, q.start) is None:
        c = settle(_clause_opening(sentence, cands, cs, ce, state))
        if c is not None and c[0] > comma:
            return c, spans, ci, False
    in_clause = [c for c in cands if cs <= c[0] and c[1] <= ce and c[4] != "pronoun"]
    if not in_clause:
        return prev, spans, ci, True  # (what the rules below come to when the clause names nothing they could take)
    # the agent of a passive verb after the figure: "More than 300 projects were attracted by the zone"
    if " by " in sentence:
        agent = [c for c in in_clause if c[0] >= q.end and c[0] - q.end <= 80 and c[4] != "pronoun"
                 and _PASSIVE_BY.search(sentence, q.end, c[0])]
        if agent:
            return agent[0], spans, ci, False
    # a share of a body: "80 or 90 percent of Chinese steel companies"
    part = [c for c in in_clause if c[0] >= q.end and c[4] in ("group", "company", "park", "zone")
            and _PART_OF.match(sentence[q.end:c[0]])]
    if part:
        return part[0], spans, ci, False
    # "outpacing the city average by 4.5 points": the average a figure is measured against is no actor
    before = [c for c in in_clause if c[1] <= q.start] if "average" not in sentence else \
        [c for c in in_clause if c[1] <= q.start and not _AVERAGE_AFTER.match(sentence, c[1])]
    orgs_plain = [c for c in before if c[4] not in ("place", "group")
                  and not _PREP_BEFORE.search(sentence[max(0, c[0] - 30):c[0]])]
    if orgs_plain and ("such as " in sentence or "including " in sentence):
        # "fintech firms such as PingPong and Lianlian Technology have emerged": names given as examples of a kind
        # are not what the clause is about
        orgs_plain = [c for c in orgs_plain if not _EXAMPLES_BEFORE.search(sentence, max(0, c[0] - 80), c[0])]
    if orgs_plain:
        return orgs_plain[-1], spans, ci, False
    # "2,000 registered enterprises in Tianjin Binhai-Zhongguancun Science Park"
    after_org = [c for c in in_clause if c[0] >= q.end and c[4] not in ("place", "anaphor", "group")
                 and c[0] - q.end <= 60
                 and _FEW_WORDS_THEN_IN.match(sentence[q.end:c[0]])]
    if after_org:
        return after_org[0], spans, ci, False
    # an appositive: "Chongli, a small town around 200 km northwest of the capital"
    appos = [c for c in before if c[4] != "pronoun" and _COMMA_A.match(sentence, c[1])
             and "," not in sentence[c[1] + 1:q.start]]
    if appos:
        return appos[-1], spans, ci, False
    # a place that frames the clause when no name opens it: "In Baoding, new energy vehicle output reached ..."
    frame = [c for c in before if c[4] == "place" and _INTRO_PLACE.fullmatch(sentence, cs, c[0])
             and sentence.startswith(",", c[1])]
    if frame:
        return frame[0], spans, ci, False
    # the main clause after an introductory clause set off by commas opens with its subject and verb: "Over the past
    # five years, as the three regions have integrated, Tianjin has become the home of 3,200 firms"
    after_intro = [c for c in before if c[4] != "pronoun" and sentence.startswith(", ", c[0] - 2)
                   and _VERB_AFTER_NAME.match(sentence, c[1])]
    if after_intro:
        return after_intro[-1], spans, ci, False
    if prev is not None:
        return prev, spans, ci, True
    # "optoelectronic enterprises ... in the Wuhan East Lake High-tech Development Zone posted ..."
    inner = [c for c in before if c[4] not in ("place", "group", "pronoun")]
    if inner:
        return inner[-1], spans, ci, False
    # what the counted things come to or sit in: "over 530,000 tourists ... came to the town"
    dest = [c for c in in_clause if c[0] >= q.end and c[4] not in ("group",)
            and _TO_BEFORE.search(sentence[max(q.end, c[0] - 12):c[0]])]
    if dest:
        return dest[0], spans, ci, False
    return None, spans, ci, True


# what a clause that speaks of the country as a whole says (see _national_clause): "the country('s)", "the nation",
# "nationwide", "the national total", "domestic <noun>", "Chinese <firms>", "across/in/throughout China"
# (a substring of each mark: "national" alone, in most sentences, is none; "China" only after a preposition)
_NATIONAL_WORDS = ("country", "nation ", "nation'", "nation’", "ationwide", "ationally", "national t", "national f",
                   "national c", "omestic", "n China", "s China", "t China", "d China", "Chinese ")
# (the look-ahead, the first letters of the alternatives, implied by the rest, drops every other position at once)
_NATIONAL_MARK = re.compile(
    r"(?=[TtNnDdCait])\b(?:(?:[Tt]he|[Tt]his) (?:country|nation)\b(?:['’]s)?|[Nn]ationwide\b|[Nn]ationally\b|"
    r"[Tt]he (?:whole|entire) (?:of the )?(?:country|nation)\b|"
    r"[Tt]he national (?:total|figure|tally|count)\b|"
    # ("domestic investment", "domestic tourists": where the money or people come from, not where the figure is)
    r"(?<!gross )[Dd]omestic (?!product|and\b|invest|capital|fund|tourist|visitor|buyer|customer|client)[a-z]|"
    r"Chinese (?:[\w-]+ ){0,2}?(?:firms|companies|enterprises|businesses|manufacturers|makers)\b|"
    r"(?:across|throughout|in|around) (?:the )?(?:country|China|nation)\b)")
# before a mark, a word that makes it a benchmark or a whole the figure is part of, not what the figure is about:
# "of the national total", "than the nationwide average", "one of the country's largest", "the busiest in the country"
_NATIONAL_NOT_BEFORE = re.compile(r"(?:\b(?:of|than|above|below|over|with|to|outpacing|beating|among)|"
                                  r"est|\bmost|\bmore|\bany|\bother|\bfirst|\btop|\bleading|\bonly)\s+(?:[\w-]+\s+){0,2}?$")
# after "the country's": a rank, not a measure of the country ("the country's largest port")
_RANK_AFTER = re.compile(r"['’]s\s+(?:[a-z]+est|first|top|leading|only|No\.)\b|\s+(?:average|total)\b")
# a relative clause set off by commas opens with one of these: ", whose lasers are used across the country,"
_NATIONAL_ASIDE_OPENING = re.compile(r", (?:whose|which|who|where)\b")


def _in_other_aside(sentence: str, at: int, q) -> bool:
    """Whether the position ``at`` lies in a relative clause set off by commas that the figure ``q`` is outside of
    ("The company, whose lasers are used in shipyards across the country, plans to invest 3 billion yuan": the
    aside speaks of the lasers' users, not of the investment).  An aside ends at the next comma and space (a comma
    inside a number, "10,000-watt", has none)."""
    opened = None
    for opened in _NATIONAL_ASIDE_OPENING.finditer(sentence, 0, at):
        pass  # (from the sentence's start: a comma inside a number, "10,000-watt", may have split the clause there)
    if opened is None or sentence.find(", ", opened.end(), at) != -1:
        return False
    close = sentence.find(", ", at)
    return q.end <= opened.start() or (close != -1 and close < q.start)


class _SentenceGate:
    """Whether a sentence holds one of ``words``: a first test for a rule's regexes, worked out once a sentence (the
    figures of a sentence ask one after another; the last sentence and its answer are kept)."""
    __slots__ = ("words", "last", "got")

    def __init__(self, words: tuple[str, ...]):
        self.words, self.last, self.got = words, None, False

    def __call__(self, sentence: str) -> bool:
        if sentence is not self.last:
            self.last, self.got = sentence, any(map(sentence.__contains__, self.words))
        return self.got


_NATIONAL_GATE = _SentenceGate(_NATIONAL_WORDS)


def _national_clause(sentence: str, q, cs: int, ce: int) -> bool:
    """Whether the clause ``sentence[cs:ce]`` marks the figure ``q`` as the country's as a whole ("The country had
    400,000 high-tech enterprises", "Nationwide, R&D spending rose ...", "Domestic invention patents numbered ...",
    "turnover across China reached ..."), not as a benchmark or a whole its subject is part of ("22 percent of the
    national total", "higher than the national average", "the country's largest port").  The mark comes before the
    figure or just after it ("rose 6 percent nationwide"); one further on speaks of something else.  A substring
    test first: most clauses hold none of the words."""
    if not _NATIONAL_GATE(sentence):
        return False
    ce = min(ce, q.end + 40)
    if not any(map(sentence[cs:ce].__contains__, _NATIONAL_WORDS)):
        return False
    for m in _NATIONAL_MARK.finditer(sentence, cs, ce):
        if _NATIONAL_NOT_BEFORE.search(sentence, max(cs, m.start() - 30), m.start()) or \
                _RANK_AFTER.match(sentence, m.end()) or _FULL_STOP.search(sentence, m.end(), q.start):
            continue  # (a full stop between: a sentence the splitter left joined, "... (RMB). Qinhuangdao firms ...")
        if ", wh" in sentence and _in_other_aside(sentence, m.start(), q):
            continue
        return True
    return False


def _resolve_subject(sentence: str, q, info: SentenceInfo, ctx: ArticleContext, state: ContextState):
    """(subject, regions implied by the subject, clause span, candidate class or None) for a quantity."""
    back = state.extra.get("before_national")
    if back is not None and back[0] is not sentence:
        # the first figure of a sentence after a national aside: the text goes on about the place before it (see
        # _resolve_regions), and "it", "the city" here refer to that place, not to the country
        state.regions = back[1]
        del state.extra["before_national"]
    chosen, spans, ci, inherited = _clause_subjects(sentence, q, info, ctx, state)
    span = spans[ci]
    if chosen is not None and not inherited and chosen[4] in ("group", "figgroup") and \
            chosen[2].endswith(_ORIGIN_GROUP_ENDS) and q.start >= chosen[1] and \
            not ("total" in sentence[chosen[1]:q.end] and _RUNNING_TOTAL.search(sentence, chosen[1], q.end)):
        # (the group's own count, "Three more SOEs have moved ...", and its running total, "..., bringing the total
        # to seven", stay the group's)
        site = _origin_group_site(sentence, chosen, span, info, ctx, state)
        if site is not None:
            chosen = site
    if " market" in sentence and _MARKET_GATE(sentence):
        market = _city_market(sentence, q, span, chosen, ctx, state)
        if market is not None:
            return market[0], market[1], span, "market"
    if chosen is not None and chosen[0] < span[0] and _NATIONAL_GATE(sentence) and \
            _national_clause(sentence, q, *span):
        # a subject named in an earlier clause does not hold a later one that speaks of the whole country: "It had
        # 52 listed firms, and that year the country as a whole had 1,500"
        return CHINA, [CHINA], span, "national"
    if chosen is not None and chosen[2] is None:
        return (ctx.main_subject or ctx.main_region), chosen[3], span, chosen[4]
    if chosen is not None and not inherited:
        return chosen[2], chosen[3], span, chosen[4]
    if _NATIONAL_GATE(sentence) and _national_clause(sentence, q, *span):
        # a clause that names no subject of its own but speaks of the country as a whole is the country's, not
        # what the text was about before ("The country had 400,000 high-tech enterprises" after a city's figures)
        return CHINA, [CHINA], span, "national"
    if chosen is not None:
        return chosen[2], chosen[3], span, chosen[4]
    last = state.extra.get("sentence_figure")
    if last is not None and last[0] is sentence:
        # a clause that names nothing goes on about what the sentence's previous figure was about: "five
        # industries in the region contribute 20% ..., with the IT industry making up more than 60%"
        return last[1], last[2], span, None
    if state.subject and state.extra.get("subject_class") == "company" and _GROUP_GATE(sentence) and \
            _GROUP_OPENS.match(sentence, span[0]):
        # "Companies in the sector raised 12 billion yuan", "Venture funding is expected to shrink 8 percent" after a
        # sentence about one company: firms as a group, or the market, are the place's, not that company's
        back = state.extra.get("place_subject") or ((ctx.main_subject or ctx.main_region), [])
        if back[0]:
            return back[0], back[1] or ([back[0]] if load_gazetteer().lookup(back[0]) else []), span, None
    if state.subject:
        sub = _sub_area_named(state.subject, state) if state.subject in _parent_names() else None
        if sub is not None:
            return sub, [sub], span, None
        return state.subject, state.subject_regions, span, None
    if ctx.main_subject:
        return ctx.main_subject, ([ctx.org_region[ctx.main_subject]] if ctx.main_subject in ctx.org_region else []), \
            span, None
    if ctx.main_region:
        sub = _sub_area_named(ctx.main_region, state) if ctx.main_region in _parent_names() else None
        return (sub, [sub], span, None) if sub is not None else (ctx.main_region, [ctx.main_region], span, None)
    return None, [], span, None


# Firms counted by where they come from or by who owns them ("European companies", "Hong Kong-funded enterprises",
# "centrally administered State-owned enterprises") act in a zone the article is about: what they invest in it, move
# to it or number there is the zone's figure ("European companies invested 1.15 billion euros in the zone", "Four
# centrally administered SOEs have moved their headquarters to the new area").  A capitalised origin ("Beijing
# enterprises") gives way only to a zone or new area the clause names after it, or to "there"/"here" for the zone the
# text is about; an origin by funding ("-funded", "foreign") also to a city named after it, or to the place or zone
# the text is about when the clause names none ("Hong Kong-funded enterprises numbered 31").
# (investors stay the actor of what they put in: "Hong Kong investors put HK$11.3 billion into the new area")
_ORIGIN_GROUP_ENDS = ("enterprises", "companies", "firms", "businesses", "SOEs", "subsidiaries",
                      "projects", "startups")
_FUNDED_ORIGIN = re.compile(r"-(?:funded|invested|financed|backed)\b|\b(?:[Ff]oreign|[Oo]verseas)\b")
_CAPITAL_ORIGIN = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}|(?:centrally\s+administered|[Ss]tate-owned)\s")
_DEST_BEFORE = re.compile(r"\b(?:in|into|to|at)\s+(?:the\s+)?$")
_RUNNING_TOTAL = re.compile(r"\bthe\s+total\s+(?:number\s+)?(?:to|at)\b")
_THERE_AFTER = re.compile(r"\b(?:there|here)\b")
_ZONE_CLASSES = frozenset(("zone", "park", "area", "town", "hub", "base"))


def _origin_group_site(sentence: str, chosen, span: tuple[int, int], info: SentenceInfo, ctx: ArticleContext,
                       state: ContextState):
    """The zone or place whose figure a group of firms named by its origin reports (see _ORIGIN_GROUP_ENDS), as a
    candidate, or None when the group stays the subject."""
    name = chosen[2]
    funded = _FUNDED_ORIGIN.search(name) is not None
    if not funded and not _CAPITAL_ORIGIN.match(name):
        return None
    cs, ce = span
    gaz = load_gazetteer()
    for c in _figure_candidates(sentence, info, ctx, state):
        if c[0] < chosen[1] or c[1] > ce or c[4] in ("pronoun", "group", "figgroup", "actor", "anaphor") and \
                c[4] != "anaphor":
            continue
        if not _DEST_BEFORE.search(sentence, max(0, c[0] - 12), c[0]):
            continue
        if c[4] in _ZONE_CLASSES:
            return c
        if c[4] in ("place", "anaphor") and c[2]:
            p = gaz.lookup(c[2])
            if funded or (p is not None and (p.is_zone or p.level == "new_area")):
                return c
    site = state.subject
    if not site or state.extra.get("subject_class") not in _PLACE_CLASSES:
        return None
    if state.extra.get("subject_class") not in _ZONE_CLASSES:
        p = gaz.lookup(site)
        zone = p is not None and (p.is_zone or p.level == "new_area")
    else:
        zone = True
    if (zone and _THERE_AFTER.search(sentence, chosen[1], ce)) or \
            (funded and not any(c[0] >= chosen[1] and c[1] <= ce and c[4] in _PLACE_CLASSES
                                for c in _figure_candidates(sentence, info, ctx, state))):
        return (chosen[0], chosen[1], site, state.subject_regions, "anaphor")
    return None


# A clause that opens with a city's property market as a whole ("The city's Grade A market will see 650,000 sq m of
# new supply", "Overall, the Grade A office market ...", "Shanghai's prime office market recorded ...") is about that
# market, not the submarket or district named before it: the subject is the city and the market's words ("Beijing
# Grade A market").  Group 1: a possessor by name; group 2: the market's words.
_MARKET_WORDS = ("Grade A", "Grade-A", "office", "prime", "retail", "property", "housing", "residential", "logistics",
                 "warehouse")
_MARKET_GATE = _SentenceGate(_MARKET_WORDS)
_MARKET_OPENS = re.compile(
    r"(?:[^,]{0,40},\s+)?(?:(?:[Tt]he\s+)?(?:city|capital|municipality)['’]s\s+|"
    r"((?:[A-Z][\w'’-]*\s+)?[A-Z][\w'’-]*)['’]s\s+|[Tt]he\s+)(?:(?:overall|whole|entire|citywide|city-wide)\s+)?"
    r"((?:(?:Grade[- ]A|prime|premium|high-end)\s+)?(?:(?:office|retail|property|real\s+estate|housing|residential|"
    r"logistics|warehouse|industrial|leasing)\s+){0,2}market)\b(?!\s+(?:value|share|cap|capitalization|entities|"
    r"players|price|prices)\b|\s+(?:in|of|at)\s+(?:the\s+)?[A-Z])")
_CITY_LEVELS = frozenset(("municipality", "prefecture", "sar"))


def _city_market(sentence: str, q, span: tuple[int, int], chosen, ctx: ArticleContext, state: ContextState):
    """(subject, regions) of a figure in a clause that opens with a city's property market (see _MARKET_OPENS), or
    None."""
    m = _MARKET_OPENS.match(sentence, span[0])
    if m is None or m.end() > q.start or m.group(2) == "market":
        return None  # ("the market" alone names no property market)
    gaz = load_gazetteer()
    city = None
    if m.group(1):
        p = gaz.lookup(m.group(1))
        if p is None:
            return None  # ("JLL's office market report")
        city = p.name
    else:
        for name in (*(state.subject_regions or ()), *(state.regions or ()), ctx.main_region):
            p = gaz.lookup(name) if name else None
            if p is None:
                continue
            if p.level not in _CITY_LEVELS:
                up = [a for a in gaz.ancestors(p.name) if (gaz.lookup(a) or p).level in _CITY_LEVELS]
                if not up:
                    continue
                p = gaz.lookup(up[0])
            city = p.name
            break
        if city is None:
            return None
    return place_label(city) + " " + m.group(2), [city]


# A clause that opens with firms as a group or with the market's money, named by no body: "Companies in the sector",
# "Biotech startups", "Venture funding", "The sector's revenue" (after a time or place phrase up to a comma)
_GROUP_OPENS_WORDS = ("ompanies", "irms", "nterprises", "tartups", "usinesses", "enture", "ector", "ndustry")
_GROUP_GATE = _SentenceGate(_GROUP_OPENS_WORDS)
_GROUP_OPENS = re.compile(r"(?:[^,]*,\s+)?(?:(?:[Aa]|[Tt]he)\s+total\s+of\s+[\d,]+\s+|[Tt]he\s+)?"
                          r"(?:(?!of\b|in\b|at\b|to\b|for\b|with\b|by\b)[a-z][\w-]*\s+){0,2}"
                          r"(?:[Cc]ompanies|[Ff]irms|[Ee]nterprises|[Ss]tartups|[Bb]usinesses|[Vv]enture\s+(?:capital|funding|"
                          r"financing|investment)|[Ss]ector|[Ii]ndustry)\b(?![-'’])|"
                          r"(?:[^,]*,\s+)?(?:[A-Z][a-z-]+\s+)(?:[a-z][\w-]*\s+){0,1}(?:companies|firms|enterprises|startups)\b")


# the levels of place a sub-area is at (a district or county, a new area) and of its parents (a province, city)
_SUB_AREA_LEVELS = frozenset(("county", "new_area"))
_PARENT_LEVELS = frozenset(("province", "municipality", "prefecture"))


@lru_cache(maxsize=1)
def _parent_names() -> frozenset:
    """The gazetteer's provinces and cities, by name: whether a carried subject may hold a sub-area is a set look-up."""
    return frozenset(n for n, p in load_gazetteer().places.items() if p.level in _PARENT_LEVELS)


def _sub_area_named(place: str, state: ContextState) -> Optional[str]:
    """The district, county or new area inside ``place`` (a province or city) that the paragraph named last before
    the sentence, when it named none of ``place`` after it: what a figure that carries ``place`` is about ("In
    Hebei's Xiongxian county, 300 plastics makers have moved in. Output grew 9 percent" → Xiongxian).  None for a
    place of another level, or when the paragraph says nothing of a part of it (most figures: a dictionary look-up)."""
    g = load_gazetteer()
    p = g.places.get(place)
    span = state.extra.get("span")
    if p is None or p.level not in _PARENT_LEVELS or not span or not span[1]:
        return None
    text, start = span
    key = (text, start, place)
    if _LAST_SUB_AREA[0] == key:
        return _LAST_SUB_AREA[1]  # (the figures of a sentence ask one after another)
    got = None
    for _, _, n in places_before(text, start):  # (the last first)
        d = division(n)
        if d == place:
            break  # the parent named after any part of it: the paragraph is back on the whole of it
        q = g.places.get(d)
        if q is not None and q.level in _SUB_AREA_LEVELS and g.is_within(d, place):
            got = d
            break
    _LAST_SUB_AREA[0], _LAST_SUB_AREA[1] = key, got
    return got


_LAST_SUB_AREA: list = [None, None]  # (the key last asked about and its answer)


_DEST_VERB = re.compile(r"\b(?:set up|opened|open|established|launched|built|moved|settled|registered|located|based|"
                        r"invested|landed|headquartered|created|constructed|hired|employs|employed)\b", re.I)


_PUNCT_OR_DIGIT = re.compile(r"[,;()]|\d")
# a place after these is a benchmark the figure is measured against, not where it sits: "a third lower than in
# Shanghai", "60 percent of those in Beijing", "compared with Beijing"
_BENCHMARK_BEFORE = re.compile(r"\b(?:than|those|that|compared (?:with|to)|relative to|versus)\s+(?:in\s+|to\s+)?(?:the\s+)?$")
_BENCHMARK_WORDS = ("than", "those", "that", "ompared", "relative", "versus")  # (what a match holds: a first test)
# a place named as where the money or the movers come from: "Macao-funded enterprises", "Hong Kong investors",
# "Hong Kong-listed developers", "900 Macao residents", "projects from Tianjin", "relocated from Beijing"
_ORIGIN_AFTER = re.compile(r"(?:['’]s)?(?:-(?:funded|invested|based|owned|backed|financed|headquartered|listed)\b|"
                           r"\s+(?:investors|residents|visitors|tourists|youths|students|entrepreneurs)\b|"
                           r"['’]s\s+average\b)")
_ORIGIN_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
# (what a benchmark or an origin holds: a first test of the sentence)
_ASIDE_WORDS = _BENCHMARK_WORDS + ("from", "-funded", "-invested", "-based", "-owned", "-backed", "-financed",
                                   "-headquartered", "-listed", " investors", " residents", " visitors", " tourists",
                                   " youths", " students", " entrepreneurs", " average")
_ASIDE_GATE = _SentenceGate(_ASIDE_WORDS)


def _is_benchmark_place(sentence: str, s: int) -> bool:
    """Whether the place starting at ``sentence[s]`` is a benchmark ("than in Beijing", "compared with Daxing")."""
    before = sentence[max(0, s - 24):s]
    return any(map(before.__contains__, _BENCHMARK_WORDS)) and _BENCHMARK_BEFORE.search(before) is not None


def _aside_place(sentence: str, s: int, e: int) -> bool:
    """Whether the place mentioned at ``sentence[s:e]`` is a benchmark or an origin ("than in Shanghai", "compared
    with Beijing", "Beijing's average", "Macao-funded", "Hong Kong investors", "from Tianjin") rather than where a
    figure of its clause happens."""
    before = sentence[max(0, s - 24):s]
    return bool(_ORIGIN_AFTER.match(sentence, e) or
                ("from" in before and _ORIGIN_BEFORE.search(before)) or _is_benchmark_place(sentence, s))


def _place_not_aside(sentence: str, span: tuple[int, int], places: list, implied: list[str]) -> list[str]:
    """When the clause names the place ``implied`` (one) only as a benchmark or an origin, the places it names
    otherwise, where its figures happen ("Land in Nantong costs a third less than in Shanghai" → Nantong;
    "Hong Kong-funded projects in Tianjin numbered 3,100" → Tianjin); else []."""
    cs, ce = span
    mine = [(s, e) for s, e, n in places if cs <= s < ce and division(n) == implied[0]]
    if not mine or not all(_aside_place(sentence, s, e) for s, e in mine):
        return []
    other = [division(n) for s, e, n in places if cs <= s < ce and division(n) != implied[0]
             and not _aside_place(sentence, s, e)]
    return most_specific(other)
def _origin_only(sentence: str, span: tuple[int, int], places: list, implied: list[str]) -> bool:
    """Whether the clause ``span`` names places only as origins by an adjective ("Hong Kong-funded", "Macao-invested"),
    each of them the place ``implied`` (one)."""
    cs, ce = span
    mine = [(s, e, n) for s, e, n in places if cs <= s < ce]
    return bool(mine) and all(division(n) == implied[0] and sentence.startswith("-", e) and _ORIGIN_AFTER.match(sentence, e)
                              for s, e, n in mine)


_INVESTED_BEFORE = re.compile(r"\b(?:invested|invests|invest|investing|committed|commits|commit|poured|pours|put|puts|"
                              r"putting|injected|injects|spent|spends|spend)\s+(?:[\w-]+\s+){0,3}$", re.I)


def _destinations(sentence: str, q, span: tuple[int, int], places: list) -> list[str]:
    """Places a counted thing sits in or moves to: "28 institutions in Hong Kong", "set up branches in
    Tianjin and Hebei"."""
    if not places or places[-1][0] < q.end:
        return []  # (no place after the figure: places are in text order)
    out = []
    # "invested 2 billion yuan in a plant in Xiong'an": the verb before the amount says where the money goes
    invested = None
    for s, e, n in places:
        if s < q.end or s >= span[1]:
            continue
        between = sentence[q.end:s]
        if _PUNCT_OR_DIGIT.search(between):
            break
        if not re.search(r"\b(?:in|into|to)\s+(?:the\s+)?$", between):
            # "in Tianjin and Hebei"; "in Hebei's Zhangjiakou" (the place the possessor holds: most_specific keeps it)
            if out and (re.fullmatch(r"\s*(?:and|,)\s*", gap := sentence[out[-1][1]:s]) or gap in ("'s ", "’s ")):
                out.append((s, e, n))
            continue
        tail = between[-32:]
        if any(map(tail.__contains__, _BENCHMARK_WORDS)) and _BENCHMARK_BEFORE.search(tail):
            break  # a benchmark, and the places listed after it: "a third lower than in Beijing and Shanghai"
        words = len(between.split())
        if words > 3 and invested is None:
            invested = bool(_INVESTED_BEFORE.search(sentence, max(span[0], q.start - 30), q.start))
        if words <= 3 or ((_DEST_VERB.search(between) or invested) and words <= 8):
            out.append((s, e, n))
    if not out:
        return []  # (as most_specific gives for no names; most figures have no destination)
    return most_specific(division(n) for _, _, n in out)


def _with_org_homes(sentence: str, places: list, info: SentenceInfo, ctx: ArticleContext, state: ContextState) -> list:
    """``places`` with the organisations of known home that the sentence names, each as a place at its home: what
    is invested in or registered at "the Jingliang Logistics Caofeidian ... Zone" goes to Caofeidian."""
    sc = _sentence_cache(sentence, state)
    got = sc.get(("org_homes", id(info)))
    if got is None or got[0] is not info:
        homes = []
        for o in info.orgs:
            where = ctx.org_region.get(ctx.orgs.fullest(o.name)) or ctx.org_region.get(o.name)
            if where and not any(s == o.start for s, _, _ in places):
                homes.append((o.start, o.end, where))
        got = sc[("org_homes", id(info))] = (info, sorted(places + homes) if homes else places)
    return got[1]


_FROM_TO = re.compile(r"\bfrom\s+(?:the\s+)?[A-Z][\w'’ -]*?\s+(?:to|into)\s+")
# bodies that are places of a kind: what the text says of their city holds at the district they sit in
_SITE_CLASSES = frozenset(("park", "zone", "area", "facility", "farm", "port", "station"))
# (every anaphor opens so: a cheap first test; the look-ahead, implied by the rest, drops most positions at once)
_ANAPHOR_FIRST = re.compile(r"(?=[ti])\b(?:the|this|that|its)\s", re.I)


def _clause_regions(sentence: str, span: tuple[int, int], masked: list, sc: dict) -> list[str]:
    """The regions the clause ``span`` of ``sentence`` places its figures in by its own places (flow rules), with
    ``masked`` (spans of the sentence) left out; once a clause (a read-only list)."""
    cs, ce = span
    local_key = ("local", cs, ce)
    local = sc.get(local_key)
    if local is None:
        local = sc[local_key] = sentence_regions(sentence[cs:ce], [(a - cs, b - cs) for a, b in masked],
                                                 places=find_places_in(sentence, cs, ce))
    return local


# the words of _DEAL, lower-case: an ASCII text holds a match of _DEAL (case-insensitive) only if its lower-cased
# form holds one of them
_DEAL_WORDS = ("deal", "agreement", "contract", "cooperation", "partnership", "project")


def _may_name_deal(sentence: str) -> bool:
    """Whether some part of ``sentence`` may hold a match of _DEAL, which _partners needs (a substring test of the
    sentence, once a sentence, rather than a search for every figure; a text that is not ASCII passes, since
    re.IGNORECASE reads a few other letters as ASCII ones)."""
    if not sentence.isascii():
        return True
    return any(map(sentence.lower().__contains__, _DEAL_WORDS))


# what every match of _FROM_TO or _SENT_TO holds (both are case-sensitive): "from", or a part of a verb of _SENT_TO
# ("sen" of sent, sends, send; "ship" of shipped, ships)
_TRANSFER_WORDS = ("from", "sen", "export", "transfer", "ship")


def _may_name_transfer(sentence: str) -> bool:
    """Whether some part of ``sentence`` may hold a match of _FROM_TO or _SENT_TO (a substring test, once a
    sentence, rather than two searches for every figure)."""
    return any(map(sentence.__contains__, _TRANSFER_WORDS))


def _resolve_regions(sentence: str, q, info: SentenceInfo, implied: list[str], span: tuple[int, int],
                     cls: Optional[str], ctx: ArticleContext, state: ContextState) -> list[str]:
    cs, ce = span
    sc = _sentence_cache(sentence, state)
    got = sc.get(("regions", id(info)))
    if got is None or got[0] is not info:
        masked = info.name_spans + [(0, dateline_end(sentence))]
        masked += [(a, b) for a, b, _ in _sentence_groups(sentence, state)]
        places = [(s, e, n) for s, e, n in info.found if n != CHINA and not any(a <= s < b for a, b in masked)]
        last_org = max(o.start for o in info.orgs) if info.orgs else -1
        got = sc[("regions", id(info))] = (info, masked, places, last_org, _may_name_deal(sentence),
                                           _may_name_transfer(sentence))
    _, masked, places, last_org, deal_words, transfer_words = got
    sub = sentence[cs:ce]
    # (the regions of the clause's own places are worked out only when read: for a transfer, which needs two of
    # them, or when nothing else places the figure; most figures take their regions from the subject)
    # (once a clause: the figures of a clause share it)
    transfer = transfer_words and sc.get(("transfer", cs, ce))
    if transfer is None:
        transfer = sc[("transfer", cs, ce)] = bool(_FROM_TO.search(sub) or _SENT_TO.search(sub)) and \
            len(_clause_regions(sentence, span, masked, sc)) > 1
    # (organisations matter only after the figure: a destination follows it)
    orgs_after = last_org >= q.end
    dest = _destinations(sentence, q, span, _with_org_homes(sentence, places, info, ctx, state) if orgs_after else places)
    if not dest and _ANAPHOR_FIRST.search(sentence, q.end, span[1]):
        # "invested 30 billion yuan in the zone": the body an anaphor after the figure refers to, where it sits
        homes = [(c[0], c[1], c[3][0]) for c in _figure_candidates(sentence, info, ctx, state)
                 if c[4] == "anaphor" and c[0] >= q.end and len(c[3]) == 1]
        if homes:
            dest = _destinations(sentence, q, span, sorted(places + homes))
    key = (sentence, span)
    if dest:
        state.extra["clause_dest"] = (key, dest)
    elif state.extra.get("clause_dest", (None,))[0] == key:
        dest = state.extra["clause_dest"][1]  # "opened 28 institutions in Hong Kong, up by 21 percent"
        if cls == "place" and implied and all(any(d in _holders(i) for i in implied) for d in dest):
            # "Suzhou and Wuxi, two cities in Jiangsu, attracted 50 billion yuan": the province the apposition's
            # count sits in holds the places the clause is about, which are the more specific
            dest = []
    if not dest and not implied and sentence.startswith("where", cs):
        # "... companies in Tianjin and Hebei, where their branches grew ...": the places before "where"
        prev = [(s, e, n) for s, e, n in places if s < cs]
        tail = [x for x in prev if re.search(r"\b(?:in|into|at)\s+(?:the\s+)?$", sentence[max(0, x[0] - 8):x[0]])]
        if tail:
            k = prev.index(tail[-1])
            run = [tail[-1]] + [x for i, x in enumerate(prev[k + 1:]) if re.fullmatch(
                r"\s*(?:,|and|,\s*and)\s*", sentence[prev[k + i][1]:x[0]])]
            dest = most_specific(division(n) for _, _, n in run)
    partners = _partners(sentence, q, span, places, implied) if deal_words else []
    # a share of a named place's total is that place's figure, unless the clause's subject is a place itself
    # (then a part of the whole: "Nanjing accounted for 9 percent of the economy of Jiangsu")
    whole, whole_name = _share_of_places(sentence, q, span, places) \
        if places and cls not in ("place", "zone") and sentence.find(" of ", q.end, q.end + 16) >= 0 else ([], None)
    state.extra["share_whole"] = whole_name
    if whole:
        regions = whole
    elif transfer:
        regions = list(_clause_regions(sentence, span, masked, sc))
    elif partners:
        regions = partners
    elif dest:
        regions = dest
    elif len(implied) == 1 and places and cls in ("place", "group", "figgroup") and \
            _ASIDE_GATE(sentence) and \
            (elsewhere := _place_not_aside(sentence, span, places, implied)):
        regions = elsewhere  # the subject's place is a benchmark or an origin: where the figure happens instead
    elif len(implied) == 1 and cls in ("place", "group", "figgroup") and (state.regions or state.subject_regions) and \
            implied[0] not in (state.regions or state.subject_regions) and _ASIDE_GATE(sentence) and \
            _origin_only(sentence, span, places, implied):
        # "Hong Kong-funded projects there totaled 45": the clause names its place only as where the money comes
        # from; the figure stays where the text was
        regions = list(state.regions or state.subject_regions)
    elif implied:
        regions = implied
    elif local := _clause_regions(sentence, span, masked, sc):
        regions = list(local)
    elif is_national(sub) and cls not in ("anaphor", None):
        regions = [CHINA]
    elif state.regions and cls is None:
        regions = state.regions
    elif is_national(sub):
        regions = [CHINA]
    elif state.regions:
        regions = state.regions
    elif ctx.main_region:
        regions = [ctx.main_region]
    else:
        regions = []
    if cls in (None, "anaphor", "place") and not (whole or transfer or partners or dest) and \
            (sentence.startswith(_OPENING_DET, cs) or cls == "place" and sentence.startswith(("'s ", "’s "), cs, q.start)
             or cls == "place" and _POSSESSIVE.search(sentence, cs, min(q.start, cs + 40))) and \
            (at := _opening_site(sentence, cs, q.start, places)) and \
            not all(at in _holders(i) for i in implied or ("",)) and \
            (cls != "place" or all(i in _holders(at) for i in implied)):
        # "The science city in Huairou has 30 labs", "The new campus in Yanqing employs 800": the clause opens with
        # what it is about and where that is, not the place (or body) the sentences before were about; "Tianjin's
        # biomedicine park in Binhai New Area hosts 400 firms": the more specific place of the two it opens with
        regions = [at]
    if implied and regions is not implied and cls in _SITE_CLASSES and regions and \
            all(any(r == i or load_gazetteer().is_within(i, r) for i in implied) for r in regions):
        # "The Huairou Science City, a 100.9-square-kilometer zone in Beijing, ...": the text says the park is in
        # Beijing, and where in Beijing it sits (Huairou) is the more specific level it clearly implies
        regions = implied
    if cls == "national" and state.regions != regions and "before_national" not in state.extra:
        # an aside on the whole country does not change the place the text goes on about: its next clauses carry
        # the country, the next sentences the place before it
        state.extra["before_national"] = (sentence, state.regions)
    state.regions = regions
    if q.unit in ("km", "m", "minute", "hour") and regions:
        # a distance or travel time between two places lists both: "150 km from Beijing"
        m = _DISTANCE_TO.match(sentence, q.end)
        if m:
            far = [division(n) for s, e, n in places if m.start(1) <= s < m.end(1)] or \
                (["Beijing"] if re.match(r"the capital\b", m.group(1)) else [])
            if far and all(r in far or _holders(r).intersection(far) for r in regions) and \
                    sum(division(n) in far for s, e, n in places if s < m.start(1)) == 0:
                # "It is less than an hour from Beijing", said of a park in Binhai: the figure took the far end (or
                # a part of it named before); the near end is the place the text is about (not when the sentence
                # names the far end before it too: "Tangshan lies on the coast, 99 km from Tangshan" says nothing more)
                near = _near_end(far, state)
                if near:
                    regions = near
            regions = list(dict.fromkeys(regions + far))
    return regions


# a clause that opens with a site or body and where it is: "The science city in Huairou", "Its new campus at Yanqing"
_OPENING_DET = ("The ", "the ", "This ", "this ", "Its ", "its ", "A ", "a ", "An ", "an ")
_NOT_NOUN = r"(?:has|have|had|is|are|was|were|will|would|can|could|may|also|now|still|to|of|for|from|with|and|or|" \
            r"[a-z]+ed)\b"  # (the noun phrase ends before a verb or another preposition)
_OPENING_SITE = re.compile(r"(?:[Tt]he|[Tt]his|[Ii]ts|[Aa]n?|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?['’]s)\s+(?:(?!_NV_)[a-z][\w-]*\s+){0,3}?(?!_NV_)[a-z][\w-]*\s+(?:in|at)\s+"
                           r"(?:the\s+|[A-Z][\w'’-]*['’]s\s+)?".replace("_NV_", _NOT_NOUN))


def _opening_site(sentence: str, cs: int, end: int, places: list) -> Optional[str]:
    """The division of the place the clause opening at ``cs`` puts its opening noun phrase in ("The science city in
    Huairou" → Huairou), when that place starts right there, before ``end`` (the figure); else None."""
    m = _OPENING_SITE.match(sentence, cs, end)
    if not m:
        return None
    for s, e, n in places:
        if s == m.end():
            return division(n)
    return None


def _near_end(far: list[str], state: ContextState) -> Optional[list[str]]:
    """The near end of a distance or travel time whose far end is ``far``: the regions of the subject the text goes
    on about, else the place the paragraph (else the text) named last before the sentence, when that is not (in)
    the far end."""
    def apart(r):
        return r not in far and not _holders(r).intersection(far)
    if state.subject_regions and all(map(apart, state.subject_regions)):
        return list(state.subject_regions)
    span = state.extra.get("span")
    if span and span[1]:
        for _, _, n in places_before(*span):  # (the last first)
            if apart(d := division(n)):
                return [d]
    for r in reversed(state.extra.get("recent_places", ())):
        if r != CHINA and apart(r):
            return [r]
    return None


# "3.5 percent of the combined gross domestic product of Beijing-Tianjin-Hebei": a share of a named place's total
_SHARE_OF = re.compile(r"\s*(?:percent|per cent|%)?\s+of\s+(?:the\s+)?(?:[\w'’&-]+\s+){1,4}?of\s+(?:the\s+)?")
_PLACE_JOIN = re.compile(r"\s*(?:[-–]|,|,?\s+and)\s*")


def _share_of_places(sentence: str, q, span: tuple[int, int], places: list) -> tuple[list[str], Optional[str]]:
    """The places whose total a share figure is a part of, when the figure says so in the words right after it,
    and their name as the text gives it: "at least 3.5 percent of the combined output of Beijing, Tianjin and
    Hebei" → the three of them."""
    after = [(s, e, n) for s, e, n in places if q.end <= s < span[1]] if places else None
    if not after or not _SHARE_OF.fullmatch(sentence, q.end, after[0][0]):
        return [], None
    run = [after[0]]
    for x in after[1:]:
        if not _PLACE_JOIN.fullmatch(sentence, run[-1][1], x[0]):
            break
        run.append(x)
    return most_specific(division(n) for _, _, n in run), sentence[run[0][0]:run[-1][1]]


# (the look-ahead, the first letters of the verbs, implied by the rest, drops every other position at once: the pattern
# is tried for every figure)
_SENT_TO = re.compile(r"(?=[set])\b(?:sent|sends|send|export(?:ed|s)?|transferr?(?:ed|s)?|shipped|ships)\s+(?:\w+\s+){0,2}?"
                      r"(?:to|into)\s+[A-Z]")
_DISTANCE_TO = re.compile(r"(?:\s+[a-z]+)?\s+(?:from|of|to|away from)\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|"
                          r"the capital\b)")
_DEAL = re.compile(r"(?=[acdp])\b(?:deals?|agreements?|contracts?|cooperation|partnerships?|projects?)\b", re.I)
# (the patterns of _partners, compiled once rather than looked up in re's cache at each call)
_WITH_PARTY = re.compile(r"\bwith\s+")
_PARTY_GAP = re.compile(r"(?:\s*(?:,|and)\s*|[\w'’ ]*['’]s\s+)*")
_PARTY_JOIN = re.compile(r"(?:\s*(?:,|and)\s*)+(?:[A-Z][\w'’-]*['’]s\s+)?")
_JOINT_WORD = re.compile(r"\b(?:their|jointly|together)\b")
_AND_WORD = re.compile(r"\band\b")


def _partners(sentence: str, q, span: tuple[int, int], places: list, implied: list[str]) -> list[str]:
    """Places that are parties to a deal: "Baodi reached eight deals with Beijing's Tongzhou and Hebei's
    Tangshan", "Tianjin and Hong Kong put their names to 19 cooperation projects"."""
    cs, ce = span
    if not implied or not _DEAL.search(sentence, q.start, ce):
        return []
    out = []
    m = _WITH_PARTY.search(sentence[q.end:ce])
    if m and q.end + m.start() - q.end < 60:
        w = q.end + m.end()
        for s, e, n in places:
            if s >= w and (s == w or _PARTY_GAP.fullmatch(sentence[w:s]) or
                           out and _PARTY_JOIN.fullmatch(sentence[out[-1][1]:s])):
                if out and not _PARTY_JOIN.fullmatch(sentence[out[-1][1]:s]) \
                        and sentence[out[-1][1]:s].strip():
                    break
                out.append((s, e, n))
    # the subject joins two places: "The port city of Tianjin in northern China and China's Hong Kong put ..."
    head = sentence[cs:q.start]
    if _JOINT_WORD.search(sentence[cs:ce]) or out:
        joined = [(s, e, n) for s, e, n in places if cs <= s < q.start]
        if len(joined) > 1 and _AND_WORD.search(head):
            out = joined + out
    if not out:
        return []
    regs = [division(n) for _, _, n in out]
    return most_specific(list(dict.fromkeys(implied + regs)))


_RESPECTIVELY = re.compile(r"(?=[rs])\b(?:respectively|separately)\b", re.I)
# (the sentence last asked about, and whether it may hold a match of _RESPECTIVELY: the figures of a sentence ask one
# after another; one tuple, replaced whole)
_LAST_RESPECTIVELY: tuple = (None, True)


def _may_say_respectively(sentence: str) -> bool:
    """Whether ``sentence`` may hold a match of _RESPECTIVELY, worked out once a sentence rather than searched for from
    each figure (a search tries the pattern at every "r" of the rest of the sentence): an ASCII text holds one only if
    its lower-cased form holds "respectively" (re.IGNORECASE matches the pattern's ASCII letters to no other ASCII
    character); a text that is not ASCII passes."""
    global _LAST_RESPECTIVELY
    last = _LAST_RESPECTIVELY
    if last[0] is sentence:
        return last[1]
    got = not sentence.isascii() or "respectively" in (low := sentence.lower()) or "separately" in low
    _LAST_RESPECTIVELY = (sentence, got)
    return got
_NUM_TOKEN = re.compile(r"(?<![\w.,$])\d[\d,]*(?:\.\d+)?")
_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d$")
_RUN_SEP = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?")
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_ITEM_STRIP = re.compile(r"^(?:the|its|their|his|her|our)\s+", re.I)
_LIST_VERB = re.compile(r"\s+(?:stood|were|was|are|is|came|reached|grew|rose|increased|fell|dropped|declined|totaled|"
                        r"went up|went down|climbed|edged up|jumped|expanded|"
                        r"totalled|generated|posted|followed|accounted|amounted|hit|recorded|registered|saw|topped|"
                        r"exceeded|reported|had|have|has|made|attracted|received|handled)\b")


_BARE_MEASURE = {"number", "value", "amount", "total", "level", "figure", "size", "share", "rate", "volume"}


def _respective(sentence: str, q, cands: list):
    """For a figure in an "A and B ... X and Y, respectively" list: (the named candidate of its place in
    the list or None, the measure of its place in the list or None)."""
    m = _RESPECTIVELY.search(sentence, q.end)
    if not m or m.start() - q.end > 150 or re.search(r"[;]|\.\s", sentence[q.end:m.start()]):
        return None, None
    # the list of figures: numbers (not years, not bracketed conversions) before "respectively"
    lo = max(sentence.rfind(";", 0, q.start), sentence.rfind(":", 0, q.start), 0)
    toks = []
    depth = 0
    for t in _NUM_TOKEN.finditer(sentence, lo, m.start()):
        between = sentence[toks[-1].end() if toks else lo:t.start()]
        depth += between.count("(") - between.count(")")
        if depth > 0 or _YEAR_TOKEN.fullmatch(t.group()):
            continue
        if toks and not re.search(r",|\band\b", sentence[toks[-1].end():t.start()]):
            continue  # "2.18 trillion yuan ($300 billion)", a second number in one item
        toks.append(t)
    # the figures of the list follow one another closely
    while len(toks) > 1 and toks[1].start() - toks[0].end() > 40:
        toks.pop(0)
    idx = [i for i, t in enumerate(toks) if q.start <= t.start() < q.end]
    if len(toks) < 2 or not idx:
        return None, None
    i, n = idx[0], len(toks)
    first = toks[0].start()
    # the named things of the list, in order: the last run of n names before the figures
    named = [c for c in cands if c[1] <= first and c[4] not in ("pronoun", "anaphor", "group")]
    named = [c for j, c in enumerate(named) if not any(o[0] <= c[0] and c[1] <= o[1] and o is not c for o in named)]
    runs, run = [], []
    for c in named:
        if run and _RUN_SEP.fullmatch(sentence[run[-1][1]:c[0]]):
            run.append(c)
        else:
            if run:
                runs.append(run)
            run = [c]
    if run:
        runs.append(run)
    runs = [r for r in runs if len(r) == n]
    if runs:
        return runs[-1][i], None
    # the measures of the list: "Sea-rail container volume and the number of routes stood at X and Y"
    cs = max(sentence.rfind(",", 0, first), sentence.rfind(":", 0, first), sentence.rfind(";", 0, first), -1) + 1
    v = _LIST_VERB.search(sentence, cs, first)
    if v:
        for _ in range(n - 1):
            items = [_ITEM_STRIP.sub("", x.strip()) for x in _LIST_SPLIT.split(sentence[cs:v.start()].strip())]
            if len(items) >= n or cs <= lo + 1:
                break
            # "Exports, imports and investment rose ...": a list of more than two reaches back over its commas
            cs = max(sentence.rfind(",", 0, cs - 1), sentence.rfind(":", 0, cs - 1), sentence.rfind(";", 0, cs - 1),
                     -1) + 1
        items = [_ITEM_STRIP.sub("", x.strip()) for x in _LIST_SPLIT.split(sentence[cs:v.start()].strip())]
        if len(items) == n and " of " in items[0] and all(len(x.split()) <= 2 for x in items[1:]):
            # "the gauges of innovation environment, input and output rose ...": the head of the first item is
            # shared by all, each item named by its own words
            items[0] = items[0].split(" of ", 1)[1]
        if len(items) == n and all(0 < len(x.split()) <= 6 and x.lower() not in _BARE_MEASURE for x in items):
            return None, items[i]
    return None, None


class _Spot:
    """A stand-in for a figure at another place of its sentence (start and end only)."""
    __slots__ = ("start", "end")

    def __init__(self, start: int, end: int):
        self.start, self.end = start, end


def _numbers_listed(sentence: str, lo: int, hi: int) -> list:
    """The numbers of ``sentence[lo:hi]`` that may make a list of figures (not years)."""
    return [t for t in _NUM_TOKEN.finditer(sentence, lo, hi) if not _YEAR_TOKEN.fullmatch(t.group())]


def _list_after_respectively(sentence: str, q) -> Optional[_Spot]:
    """For a figure in a second list that follows a "respectively" list in its sentence ("... rose 4.2, 1.3 and 2.6
    percent respectively, ending the year at 150.1, 154.1 and 168.4"): a stand-in at the figure of the first list in
    its place, when both lists are as long; else None."""
    ms = [m for m in _RESPECTIVELY.finditer(sentence, 0, q.start)]
    if not ms:
        return None
    m0 = ms[-1]
    stop = min((k for k in (sentence.find(";", q.end), sentence.find(". ", q.end)) if k >= 0), default=len(sentence))
    after = _numbers_listed(sentence, m0.end(), stop)
    idx = [i for i, t in enumerate(after) if q.start <= t.start() < q.end]
    if len(after) < 2 or not idx:
        return None
    lo = max(sentence.rfind(";", 0, m0.start()), sentence.rfind(":", 0, m0.start()), 0)
    before = _numbers_listed(sentence, lo, m0.start())
    while len(before) > 1 and before[1].start() - before[0].end() > 40:
        before.pop(0)
    if len(before) != len(after):
        return None
    t = before[idx[0]]
    return _Spot(t.start(), t.end())


_STRADDLES = re.compile(r",?\s+(?:which\s+|that\s+)?(?:straddles|spans|stretches across|extends across|lies across|"
                        r"covers parts of)\s+(?:parts of\s+)?(?:the\s+)?([^.;:]{3,80})")
_PLACE_LIST_JOIN = re.compile(r"\s*(?:,|,?\s+and)\s*")
# the verbs of _STRADDLES, as plain substrings: a paragraph holds a match of their alternation exactly when it holds
# one of them, which str's find tells far faster than a regex tried at every character of every paragraph
_STRADDLE_WORDS = ("straddles", "spans", "stretches across", "extends across", "lies across", "covers parts of")


def _straddled(article: Article, name: str, state: ContextState) -> Optional[list[str]]:
    """The places a body lies across, when the article says so ("Huairou Science City, which straddles Huairou and
    Miyun districts"): two or more, named in a list right after the verb; else None.  (Worked out once an article and
    body; most articles say it of none.)"""
    blocks = state.extra.get("straddle_blocks")
    if blocks is None:
        # the paragraphs that may say so (few articles have one: then no name is looked for at all; the file text
        # of a web page is long, and was scanned anew for every subject)
        texts = [b.text for b in article.body_blocks()]
        joined = "\n".join(texts)  # (no verb holds a newline: one found here is found in one paragraph)
        blocks = state.extra["straddle_blocks"] = [t for t in texts if any(w in t for w in _STRADDLE_WORDS)] \
            if any(w in joined for w in _STRADDLE_WORDS) else []
        state.extra["straddles"] = {}
    if not blocks:
        return None  # (most articles: nothing to look for, nothing to remember)
    memo = state.extra["straddles"]
    if name in memo:
        return memo[name]
    got = None
    for text in blocks:
        p = text.find(name)
        while p >= 0 and got is None:
            m = _STRADDLES.match(text, p + len(name))
            if m:
                found = find_places(m.group(1))
                run = found[:1]
                for x in found[1:]:
                    if not _PLACE_LIST_JOIN.fullmatch(m.group(1), run[-1][1], x[0]):
                        break
                    run.append(x)
                if len(run) > 1 and run[0][0] == 0:
                    got = most_specific(division(n) for _, _, n in run)
            p = text.find(name, p + 1)
    memo[name] = got
    return got


# a body laid over two or more places in the figure's own clause: "straddles Huairou and Miyun districts", "spans
# Nanshan and Bao'an", "across Huairou and Miyun" (the places listed right after the words)
_ACROSS = re.compile(r"\b(?:straddl(?:es|ing|ed)|span(?:s|ning|ned)|(?:stretch(?:es|ing)?|extend(?:s|ing)?|lies|lying|"
                     r"located|situated|spread|spreads|spreading|scattered)\s+across|across|covers? parts of|"
                     r"sits? (?:astride|on the border of))\s+(?:parts of\s+|both\s+)?(?:the\s+)?")
_ACROSS_WORDS = ("across", "stradd", "span", "parts of", "astride", "border of")
_ACROSS_JOIN = re.compile(r"\s*(?:,|,?\s+and)\s*(?:the\s+)?")


def _across_run(sentence: str, q, state: ContextState) -> Optional[list[str]]:
    """The places (two or more, none holding another) that the figure's clause says its body lies across, listed
    right after the words of :data:`_ACROSS`; None when it says so of none."""
    spans = _clause_spans(sentence, state)
    k = clause_of(spans, q.start)
    cs, ce = spans[k]
    if k and sentence.startswith("with ", cs):
        cs = spans[k - 1][0]  # "The valley spans Nanshan and Bao'an, with 300 companies": the clause it goes on
    places = find_places_in(sentence, cs, ce)
    if len(places) < 2:
        return None
    for m in _ACROSS.finditer(sentence, cs, ce):
        run = [x for x in places if x[0] == m.end() - cs]
        if not run:
            continue
        for x in places:
            if x[0] > run[-1][0] and _ACROSS_JOIN.fullmatch(sentence, cs + run[-1][1], cs + x[0]):
                run.append(x)
        ds = tuple(dict.fromkeys(division(n) for _, _, n in run))
        if len(ds) > 1 and not any(_holders(d).intersection(ds) for d in ds):
            return list(ds)
    return None


# a part of an index the text names by its own words: "the talent sub-index", "the openness index"
_PART_INDEX = re.compile(r"(?:^|\s)[a-z][\w-]*\s+(?:sub-?)?(?:index|indices|indicators?)$")
_AND_BEFORE = re.compile(r"(?<![\w-])([a-z][\w-]*) and $")
# the name of an index, without the words that say it is one: "Zhongguancun Index" → "Zhongguancun"
_INDEX_NAME_END = re.compile(r"\s+(?:Index|Indices)(?:\s+\(?(?:19|20)\d\d\)?)?$")
_PLACE_RUN_JOIN = re.compile(r"[-–]")


def _index_owner(name: str) -> Optional[str]:
    """What an index named after a place measures: the places its name opens with ("Beijing-Tianjin-Hebei
    Collaborative Innovation Index" → "Beijing-Tianjin-Hebei", "China Innovation Index" → "China") or a zone of
    the gazetteer its first word names ("Zhongguancun Index" → "Zhongguancun"); None for an index named otherwise
    ("Hang Seng China Enterprises Index", "Global Innovation Index"), which is its own subject."""
    places = find_places(name, with_china=True)
    end = 0
    for s, e, _ in places:
        if s != end and not (end and _PLACE_RUN_JOIN.fullmatch(name, end, s)):
            break
        end = e
    if end:
        return name[:end]
    first = name.split(" ", 1)[0]
    return first if len(first) > 2 and load_gazetteer().lookup(first) is not None else None


_BETWEEN_MEASURES = {"travel time", "commute time", "journey time", "driving time", "flight time", "distance"}


# a route named by its two ends: "the line linking Chengdu and Chongqing", "the 120 km between Beijing and Xiongan",
# "a road connecting Tianjin with Tangshan", "the drive from Nanjing to Hefei" (the words before the first end; the
# words between it and the second)
_ROUTE_BEFORE = re.compile(r"\b(?:between|link(?:s|ing|ed)?|connect(?:s|ing|ed)?|join(?:s|ing|ed)?|from)\s+(?:the\s+)?"
                           r"(?:(?:downtown|central|urban)\s+)?$")
_ROUTE_BETWEEN = re.compile(r"(?:['’]s)?(?:\s+[A-Z][\w'’-]*){0,3}?(?:\s+(?:and|to|with)\s+|\s*[-–]\s*)(?:the\s+)?"
                            r"(?:(?:downtown|central|urban)\s+)?")
# (what a route holds: a first test of the sentence)
_ROUTE_WORDS = ("between ", "link", "connect", "join", "from ")
_ROUTE_UNITS = frozenset(("km", "m", "minute", "hour"))


def _route_ends(sentence: str, cs: int, ce: int) -> list[str]:
    """The two ends of a route the clause ``sentence[cs:ce]`` names, each as its division, or [] when it names
    none: a distance or a travel time on it lists both (FIGURES.md)."""
    places = find_places_in(sentence, cs, ce)
    for (s1, e1, n1), (s2, e2, n2) in zip(places, places[1:]):
        if _ROUTE_BEFORE.search(sentence, max(cs, s1 - 24), s1) and _ROUTE_BETWEEN.fullmatch(sentence, e1, s2):
            ends = most_specific((division(n1), division(n2)))
            return ends if len(ends) == 2 else []
    return []


def _places_of(text: str) -> list[str]:
    """The divisions of the places a text names, the more specific of a place and its ancestor."""
    return most_specific(division(n) for _, _, n in find_places(text))


def resolve(article: Article, sentence: str, q, state: ContextState) -> dict:
    ctx = _article_context(article, state)
    info = _sentence_info(sentence, ctx, state)
    as_of, period_start = _resolve_time(sentence, q, info, ctx, state, article.title)
    subject, implied, span, cls = _resolve_subject(sentence, q, info, ctx, state)
    regions = _resolve_regions(sentence, q, info, implied, span, cls, ctx, state)
    if cls is None and state.extra["share_whole"]:
        subject = state.extra["share_whole"]  # no subject of its own: the share is the named whole's
    measure = find_measure(sentence, q.start, q.head_end or q.end, q.unit, state.extra.get("measure"), q.kind,
                           _from_to(sentence, q))
    owner = _index_owner(subject) if subject and "Ind" in subject and _INDEX_NAME_END.search(subject) else None
    if owner:
        # an index named after a place measures that place: "the Zhongguancun Index rose to 298.4" is a figure of
        # Zhongguancun, and the index is what is measured
        if not measure or q.unit == "index" and not (
                ("ndex" in measure or "ndicator" in measure) and _PART_INDEX.search(measure) and
                not _INDEX_NAME_END.search(measure)):
            measure = subject
        # (a part of the index the sentence names is its own measure: "the talent sub-index rose to 566.3")
        subject = owner
    if q.unit == "index" and measure and measure.endswith(("ndex", "ndicator")) and \
            (k := sentence.rfind(measure, 0, q.start)) > 0 and " and " in sentence[max(0, k - 30):k] and \
            (m := _AND_BEFORE.search(sentence, max(0, k - 30), k)) and m.group(1).lower() not in FUNCTION:
        measure = m.group(0) + measure  # "the innovation and entrepreneurship sub-index": the name stops at "and"
    if subject and regions:
        wide = _straddled(article, subject, state)
        if wide and all(any(r == w or load_gazetteer().is_within(w, r) for w in wide) for r in regions):
            regions = wide  # "Huairou Science City, which straddles Huairou and Miyun districts": both
    if regions and any(map(sentence.__contains__, _ACROSS_WORDS)):
        wide = _across_run(sentence, q, state)
        if wide and all(any(r == w or load_gazetteer().is_within(w, r) for w in wide) for r in regions):
            # "The science city straddles Huairou and Miyun districts and covers 100 square kilometers", "covers
            # 100 square kilometers across Huairou and Miyun": the figure's clause lays its body over both
            regions = state.regions = wide
    if q.unit in ("minute", "hour", "km", "m") and measure in _BETWEEN_MEASURES:
        # a distance or travel time between places lists them all: "Trains link Beijing and Tianjin in 30
        # minutes", "a trip between Beijing West Railway Station and Xiong'an Station takes 50 minutes"
        spans = _clause_spans(sentence, state)
        cs, ce = spans[clause_of(spans, q.start)]
        ends = _places_of(sentence[cs:ce])
        if len(ends) < 2:
            ends = _places_of(sentence)
        if len(ends) >= 2:
            regions = ends
    elif q.unit in _ROUTE_UNITS and any(map(sentence.__contains__, _ROUTE_WORDS)):
        # a distance or travel time on a route lists both its ends, whatever the measure is called: "the 180-km
        # line linking Chengdu and Chongqing", "the 120 km between Beijing and Xiongan"
        spans = _clause_spans(sentence, state)
        ends = _route_ends(sentence, *spans[clause_of(spans, q.start)])
        if ends:
            regions = ends
    if _may_say_respectively(sentence) and ((r := _RESPECTIVELY.search(sentence, q.end)) or
                                            (r := _list_after_respectively(sentence, q)) is not None):
        named, item = _respective(sentence, q if r.__class__ is re.Match else r,
                                  _figure_candidates(sentence, info, ctx, state))
        if named is not None and named[2]:
            subject = named[2]
            regions = named[3] or regions
        elif item:
            measure = item
    measure = expand_with(measure, ctx.acronyms)  # (expand_acronym(measure, article.text), its table looked up once)
    state.extra["measure"] = measure
    # (the regions before a distance added its far end: "150 km from the capital" is no region of what follows)
    state.extra["sentence_figure"] = (sentence, subject, state.regions)
    # "Jing-Jin-Ji" as a whole is listed as its three members
    regions = expand_groupings(regions)
    if subject and " (" in subject:
        # the subject as text gives it: "Huangpu", not the gazetteer's key "Huangpu (440112)" that tells
        # Guangzhou's district from Shanghai's (the key stays in the state, where it is compared with regions)
        subject = place_label(subject)
    return {
        "as_of": as_of,
        "period_start": period_start,
        "subject": subject,
        "regions": regions,
        "measure": measure,
        "metric": classify_metric(measure),
    }
