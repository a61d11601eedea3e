"""Organisations named in text, their fullest names, and what "the park", "it" refer back to.

An organisation is a run of capitalised words ending in a head noun that names a kind of body
("… Science and Technology Park", "… Innovation Center", "… Co Ltd", "… Bank", "… forest farm").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from typing import Optional

from ..reference import load_entity_aliases
from .regions import find_places

# Head nouns of organisation names, by the anaphor that refers back to them ("the park").
HEADS = {
    "park": "park", "parks": "park", "center": "center", "centre": "center", "zone": "zone", "zones": "zone",
    "area": "area", "co": "company", "co.": "company", "ltd": "company", "ltd.": "company", "company": "company",
    "corp": "company", "corp.": "company", "corporation": "company", "inc": "company", "inc.": "company",
    "group": "company", "holdings": "company", "bank": "bank", "institute": "institute", "university": "university",
    "academy": "institute", "laboratory": "institute", "lab": "institute", "bureau": "government",
    "ministry": "government", "commission": "government", "administration": "government",
    "government": "government", "committee": "government", "council": "government", "fund": "fund",
    "city": "park", "farm": "farm", "port": "port", "exchange": "exchange", "index": "index", "association": "association",
    "alliance": "association", "base": "base", "hub": "hub", "town": "town", "system": "system", "station": "station",
    # a research installation named as such: "the Synergetic Extreme Condition User Facility"
    "facility": "facility", "observatory": "facility",
    # ... and a telescope or a collider by its name: "the Five-hundred-meter Aperture Spherical Telescope" (not a light
    # or neutron source, "the High Energy Photon Source": tried, it lowered held-out 2 regions 0.792 -> 0.777)
    "telescope": "facility", "collider": "facility",
    # a part of a property market named by its place: "the Zhongguancun submarket"
    "submarket": "zone",
    # a service a government or a park runs under a name: "the Jingjinji Industrial Cooperation Platform"
    "platform": "platform",
}
# the instrument heads: a facility only after a capitalised word of its name
_INSTRUMENT_HEADS = frozenset(("telescope", "collider"))
# Heads that may be written in lower case after a capitalised name ("Tangshan port", "Qiansongba forest farm").
LOWER_HEADS = {"park", "zone", "port", "farm", "area", "center", "centre", "fund", "base", "index", "submarket"}
CITY_OF = {"Technology", "Science", "Innovation", "Industrial", "Tech", "Sci-Tech", "Sci-tech", "Knowledge", "Future",
           "Enterprise", "Software"}
CONNECTORS = {"of", "and", "for", "&", "de", "the", "on"}
# Capitalised words that start a sentence or a clause but do not belong to a name.
NOT_NAME = {"The", "A", "An", "In", "At", "On", "By", "From", "Since", "Over", "As", "It", "Its", "This", "That",
            "These", "Those", "Last", "Next", "During", "With", "And", "But", "According", "Meanwhile", "Also",
            "Both", "Each", "For", "To", "Of", "Under", "After", "Before", "Some", "About", "More", "Total",
            "Our", "Their", "His", "Her", "When", "While", "Now", "Photo", "Xinhua", "He", "She", "They", "We",
            "Currently", "Besides", "Every", "Each", "All", "Moreover", "However", "Located", "Among", "Within", "Through", "Beside"}
_TOKEN = re.compile(r"\S+")
_STRIP = ",;:\"“”‘()"


@dataclass
class Org:
    start: int
    end: int
    name: str
    head: str  # anaphor class: park, zone, company, ...


class _CoreCache(dict):
    """token → its core (without the punctuation around it and a final "'s"), worked out on a miss: the scan
    asks about the same tokens over and over, and a look-up through ``__getitem__`` costs less than a call."""

    def __missing__(self, tok: str) -> str:
        t = tok.strip(_STRIP)
        if t.endswith(("'s", "’s")):  # was re.sub(r"['’]s$", "", t)
            t = t[:-2]
        if len(self) > 200_000:
            self.clear()
        self[tok] = t
        return t


_CORE_CACHE = _CoreCache()
_core = _CORE_CACHE.__getitem__


def _is_cap(tok: str) -> bool:
    t = tok.lstrip("(\"“‘")
    return bool(t) and (t[0].isupper() or t[0].isdigit() and len(t) > 1 and not t.replace(",", "").isdigit())


class _CapCache(dict):
    """token core → :func:`_is_cap` of it, worked out on a miss: the organisation scan asks about the same few
    thousand words over and over, and a dictionary look-up through ``__getitem__`` costs less than the call."""

    def __missing__(self, tok: str) -> bool:
        got = _is_cap(tok)
        if len(self) > 200_000:
            self.clear()
        self[tok] = got
        return got


#: :func:`_is_cap`, memoised
_cap = _CapCache().__getitem__

_CO_END = re.compile(r"\b(?:Co|Ltd|St)\.$")
_CAP_HYPHEN = re.compile(r"[A-Z][a-z]+-[a-z]+")
_CORP_END = re.compile(r"\b(?:Co|Ltd|Corp|Inc)\.$")
_NAME_WORD = re.compile(r"[a-z0-9&']+")
_NAME_STOP = frozenset({"the", "of", "and", "co", "ltd", "inc"})
_CLASS_OF_BODIES = re.compile(r"(?:zones|parks|areas|centers|centres|companies|enterprises)$", re.I)
_CLASS_OF_BODIES_ENDS = ("zones", "parks", "areas", "centers", "centres", "companies", "enterprises")


def _class_of_bodies(name: str) -> bool:
    """``_CLASS_OF_BODIES.search(name)``: for an ASCII name not ending with a newline (which "$" may stand
    before) a lower-cased endswith, not a search from every character of the name."""
    if name.isascii() and not name.endswith("\n"):
        return name.lower().endswith(_CLASS_OF_BODIES_ENDS)
    return _CLASS_OF_BODIES.search(name) is not None


class _HeadCache(dict):
    """token → :func:`_head_of` of it, worked out on a miss (``__missing__``), so that the scan of every
    token of a text for heads is a C-level ``map`` of dictionary look-ups (~250k tokens per 400 articles)."""

    def __missing__(self, raw: str) -> str:
        core = _core(raw)
        low = core.lower()
        got = HEADS.get(low) or HEADS.get(low.rstrip(".")) or ""
        if got and not _is_cap(core) and low.rstrip(".") not in LOWER_HEADS:
            got = ""
        if len(self) > 200_000:
            self.clear()
        self[raw] = got
        return got


_HEAD_OF = _HeadCache()
#: The anaphor class of a token that may end a name (a head noun, capitalised or one of LOWER_HEADS), else "".
_head_of = _HEAD_OF.__getitem__


def _of_run_end(raws: list[str], j: int) -> int:
    """Index of the last token of the capitalised run that an "of"/"for" at ``j`` opens after a head
    ("of Science and Technology", "of Tianjin"): capitalised words and connectors between them."""
    k = j
    last = j
    n = len(raws)
    while k + 1 < n:
        raw = raws[k + 1]
        c = _core(raw)
        if _cap(c) and c not in NOT_NAME and not c[:1].isdigit():
            k += 1
            last = k
            if raw.endswith((",", ";", ":", ".", "'s", "’s", ")")) and not _CO_END.search(raw):
                break
            continue
        if c.lower() in CONNECTORS and c == raw and k + 2 < n and _cap(_core(raws[k + 2])) \
                and _core(raws[k + 2]) not in NOT_NAME:
            k += 1
            continue
        break
    return last


def _place_after_head(raws: list[str], i: int) -> Optional[int]:
    """Index of the last token of a place that follows the head at ``i`` and ends the name there ("Zhongguancun
    Science Park Xiong'an has ...": a branch of a park named after the place it sits in), else None: the run of
    capitalised words after the head (at most three, up to the first one that ends with punctuation) must be one
    place of the gazetteer and hold no head noun (then the later head ends the name: "Bank of Tianjin Co.")."""
    run = []
    for k in range(i + 1, min(i + 4, len(raws))):
        raw = raws[k]
        c = _core(raw)
        if not _cap(c) or c in NOT_NAME or c[:1].isdigit() or _head_of(raw):
            if _head_of(raw):
                return None
            break
        run.append(c)
        if raw != c or raw.endswith((",", ";", ":", ".")):
            break  # punctuation or a possessive ends the run
    else:
        if i + 4 < len(raws) and _cap(_core(raws[i + 4])) and _core(raws[i + 4]) not in NOT_NAME:
            return None  # a longer capitalised run: more of a name, not a place
    if not run:
        return None
    text = " ".join(run)
    places = find_places(text)
    if len(places) == 1 and places[0][0] == 0 and places[0][1] == len(text):
        return i + len(run)
    return None


def _place_of_place(name: str) -> str:
    """A place named with "of" and the place it is part of ("Bohai New Area of Cangzhou", "Binhai New Area of
    Tianjin") is the first place: the name without the "of" part, so that it is that place and hides none; any
    other name as it is."""
    k = name.rfind(" of ")
    head, tail = name[:k], name[k + 4:]
    inner = find_places(head)
    if len(inner) == 1 and inner[0][0] == 0 and inner[0][1] == len(head):
        outer = find_places(tail)
        if outer and outer[0][0] == 0 and outer[-1][1] == len(tail):
            return head
    return name


def find_orgs(text: str) -> list[Org]:
    return [Org(*o) for o in _org_spans(text)]


def _ends_scan(tok: str, nxt: str) -> bool:
    """Whether the organisation scan treats the white space between two adjacent tokens as a wall: ``tok``
    ends with a full stop (not "Co."/"Ltd."/"St."), so no name walks back over it, runs on past it or looks
    ahead from it; and ``nxt`` is no head noun and no "Ltd"/"Limited", the only things a name before it would
    look ahead to or take in from the far side of such a full stop."""
    return tok.endswith(".") and not _CO_END.search(tok) and not _head_of(nxt) and \
        _core(nxt).lower().rstrip(".") not in ("ltd", "limited")


def orgs_within(text: str, start: int, end: int, text_orgs: list[Org]) -> Optional[list[Org]]:
    """``find_orgs(text[start:end])`` taken from ``text_orgs`` (``find_orgs(text)``), when the part's scan
    cannot differ from the whole text's scan over it, else None (the caller scans the part).

    Speed: the context code needs the organisations of each sentence of a paragraph it has already scanned.
    The scan reads tokens only, and reaches across a token boundary only to walk a name back, to run an
    "of ..." name on, or to look at the next token after a head; :func:`_ends_scan` tells the boundaries
    none of those crosses ("... in Tianjin. The park ..."), and then the paragraph's names inside the part
    are exactly the part's own (a part ending with "?", '."' or "Co." is scanned on its own)."""
    if (start and not text[start - 1].isspace()) or (end < len(text) and not text[end].isspace()):
        return None  # the part cuts a token
    part = text[start:end]
    toks = part.split(None, 1)
    if not toks:
        return None
    before = text[:start].rstrip()
    if before and not _ends_scan(before.rsplit(None, 1)[-1], toks[0]):
        return None
    after = text[end:].lstrip()
    if after and not _ends_scan(part.rsplit(None, 1)[-1], after.split(None, 1)[0]):
        return None
    out = []
    for o in text_orgs:
        if o.end > start and o.start < end:
            if o.start < start or o.end > end:
                return None  # (cannot happen at such boundaries; kept as a guard)
            out.append(Org(o.start - start, o.end - start, o.name, o.head))
    return out


# The context code asks about the same paragraphs, sentences and titles more than once (and articles repeat
# sentences); a small memo of the last texts serves those without carrying over a whole corpus.  Fresh Org
# objects are made on each call, so callers may change what they get.
@lru_cache(maxsize=512)
def _org_spans(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """:func:`find_orgs` as (start, end, name, head) tuples."""
    raws = text.split()
    orgs = _find_orgs(text, raws)
    # (cheap gates first: a bare noun for a firm among the tokens; an apposition's article or a "-based")
    words = () if _GATE_WORDS.isdisjoint(raws) else _GATE_WORDS.intersection(raws)
    trades = founded = ()
    if words:
        # (a token of the gate set with its comma or ending is read as the bare word it stands for)
        words = {_GATE_BASE[w] for w in words}
        trades = _TRADE_WORD_SET.intersection(words)
        if trades:
            words = words - trades
        founded = _FOUNDED_SET.intersection(words)
        if founded:
            words = words - founded
    nouns = _FIRM_NOUN_SET.intersection(words) if words else ()
    sites = words and words - _FIRM_NOUN_SET
    appositions = _COMMA_ARTICLE.search(text) is not None
    if _HYPHEN_FIRM.search(text):
        nouns = (*nouns, "-based", "-listed", "-headquartered")
    if nouns or appositions or sites or trades or founded:
        orgs = _with_described_firms(text, orgs, nouns, appositions, sites, trades, founded)
    if not orgs:
        return ()  # (most paragraphs name none: no generator to make)
    return tuple([(o.start, o.end, o.name, o.head) for o in orgs])


# Companies whose names hold no head noun ("Schaeffler", "Novo Nordisk") are known by how the text describes
# them: a noun for a firm in apposition after the name ("Schaeffler, the German auto parts supplier,") or before
# it ("German auto parts supplier Schaeffler", "drugmaker Novo Nordisk"), or where it is based ("Beijing-based
# Xiaomi").  Such a name is a company: "the company", "the German firm" and "it" refer back to it.
_FIRM_NOUNS = (r"company|firm|group|maker|carmaker|automaker|drugmaker|chipmaker|supplier|manufacturer|producer|"
               r"developer|giant|startup|start-up|operator|retailer|lender|insurer|conglomerate|provider|designer|"
               r"vendor|exporter|unicorn")
_FIRM_NAME = r"((?:[A-Z][\w&'’-]*\s+){0,3}[A-Z][\w&'’-]*)"
# the apposition after a name, matched at its comma (the noun heads it: punctuation or a word that cannot qualify it
# follows; "a group employee" is none)
_FIRM_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:" + _FIRM_NOUNS + r")\b(?![-'’])"
                              r"(?=\s*[,.;:)]|\s+(?:that|which|who|whose|based|headquartered|in|of|from|with|and|set|"
                              r"founded|known|listed|has|had|have|is|was|said|says|announced|reported|will|would|plans|"
                              r"opened|located|behind|at|on)\b)")
_COMMA_ARTICLE = re.compile(r",\s+(?:the|an?)\s")
# a name that opens a sentence (or the text), right before the verb of _FIRM_SITE (with "has", "also" between)
_NAME_THEN_VERB = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”]\s))" + _FIRM_NAME + r"\s+(?:(?:has|have|also)\s+)?$")
_NAME_BEFORE = re.compile(r"(?<![\w'’-])" + _FIRM_NAME + r"$")
# the name after a noun for a firm or after "-based", matched at the noun (or at the hyphen)
# (or the name between commas after the noun: "a French valve maker, Moreau Industries, said ...")
_FIRM_THEN_NAME = re.compile(r"(?:" + _FIRM_NOUNS + r"|-based|-listed|-headquartered)"
                             r"(?:,(?=\s+(?:[A-Z][\w&'’-]*\s+){0,3}[A-Z][\w&'’-]*,))?\s+" + _FIRM_NAME + r"(?![\w'’-])")
_FIRM_NOUN_LIST = tuple(_FIRM_NOUNS.split("|")) + ("-based", "-listed", "-headquartered")
_FIRM_NOUN_SET = frozenset(_FIRM_NOUNS.split("|"))
_CALENDAR_WORDS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
                            "June July August September October November December".split())
# a name that opens a plant, a factory, an office is a firm: "Bosch Rexroth opened a hydraulics plant in Wuqing"
# ... and so is one that delivers, sells or ships a number of goods, or employs or hires a number of people ("NIO
# delivered 20,000 cars", "BYD sold 370,000 vehicles": single-word brands no noun describes)
_SITE_VERBS = ("opened", "built", "launched", "established", "operates", "runs", "expanded", "set",
               "delivered", "sold", "shipped", "employs", "hired", "moved", "relocated")
_FIRM_SITE = re.compile(r"(?:opened|built|launched|established|operates|runs|expanded|"
                        r"set\s+up|moved|relocated)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:plant|factory|centers?|centres?|offices?|"
                        r"branch|headquarters|subsidiary|laboratory|lab|facility|base|site|unit|campus|warehouse)\b|"
                        r"(?:delivered|sold|shipped|employs|hired)\s+(?:(?:about|around|nearly|almost|more\s+than|over|"
                        r"some|roughly)\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:[\w-]+\s+){0,2}?(?:cars|vehicles|"
                        r"units|phones|smartphones|handsets|devices|chips|robots|drones|EVs|trucks|buses|people|workers|"
                        r"employees|staff|engineers)\b")
# a plural noun that may open a sentence before such a verb and names no firm ("Dealers sold 3,000 cars")
_PLURAL_NOT_FIRM = re.compile(r"[A-Z][a-z]+(?:ers|ors|ies|ists|ants|ents|ses)$")
# Companies named by their trade with no head noun: a run of capitalised words that ends with a word for a trade
# and is not followed by more of a name ("Shenzhen Guanghe Technology", "Fengyuan Energy", "Beijing Zhiyuan Chips");
# the run must hold a word that is neither generic nor a place alone ("Clean Energy", "Tianjin Energy" ... see
# _with_described_firms)
_TRADE_WORDS = ("Technology", "Technologies", "Robotics", "Logistics", "Energy", "Optics", "Optoelectronics",
                "Electronics", "Microelectronics", "Chips", "Semiconductor", "Semiconductors", "Pharmaceutical",
                "Pharmaceuticals", "Biotech", "Biotechnology", "Therapeutics", "Motors", "Industries", "Materials",
                "Machinery", "Software", "Networks", "Aerospace", "Automotive", "Instruments", "Photonics")
_TRADE_WORD_SET = frozenset(_TRADE_WORDS)
# words that qualify a trade without naming a firm: "New Energy", "Clean Energy", "Information Technology"
_GENERIC_TRADE_MODIFIERS = frozenset("New Clean Green Solar Renewable Nuclear Wind Hydrogen Advanced Information "
                                     "Science Sciences High Smart Digital Medical Quantum Future Emerging Key Core "
                                     "Frontier National Chinese China Global International Modern Intelligent "
                                     "Electronic Financial Agricultural Marine Strategic Industrial Integrated "
                                     "Biological Emerging Higher Applied Creative Cultural Low-Carbon Low-carbon "
                                     "Environmental Traditional Torch Hi-Tech High-Tech High-tech Sci-Tech".split())
_TRADE_NAME_BEFORE = re.compile(r"(?<![\w'’-])((?:[A-Z][\w&'’-]*\s+){1,3})$")
_TRADE_NAME_AFTER = re.compile(r"(?:['’]s)?(?![\w'’-])(?!\s+(?:[A-Z(]|of\s+[A-Z]|and\s+[A-Z]))")
# the gate tokens: the nouns, verbs and trade words as they stand, and with the punctuation or ending a token may carry
# ("maker," of "a French valve maker, Moreau Industries,"; "Technology's")
_GATE_BASE = {w + tail: w for w in (*_FIRM_NOUN_SET, *_SITE_VERBS) for tail in ("", ",")}
_GATE_BASE.update({w + tail: w for w in _TRADE_WORDS for tail in ("", ",", ".", "'s", "’s", ";")})
# a name that a founding date follows in apposition is a body's ("Xiaomi, founded in 2010, ..."): a firm when it is no
# place and heads no other kind of name
# ... and so is one that opens a sentence before a relative clause of its own start or move and then the verb of its
# figures ("Qingyu Spatial Data, which moved from Beijing in 2021, had 35 employees then")
_FOUNDED_WORDS = ("founded", "which")
_GATE_BASE.update({w: w for w in _FOUNDED_WORDS})
_NAME_OPENS = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”]\s))" + _FIRM_NAME + r"$")
_FOUNDED_APPOSITION = re.compile(r"founded\s+in\s+(?:\w+\s+)?(?:19|20)\d\d\s*,|"
                                 r"which\s+(?:moved|relocated|was\s+(?:founded|set\s+up|established|spun\s+off)|"
                                 r"started|began|came|spun\s+off)\b[^,;]{0,80},\s+(?:now\s+|then\s+|also\s+)?"
                                 r"(?:had|has|have|employs|employed|hired|reported|posted|raised|expects|plans|"
                                 r"will|is|was)\b")
_GATE_WORDS = frozenset(_GATE_BASE)
_FOUNDED_SET = frozenset(_FOUNDED_WORDS)
# the hyphenated words that say where a body sits ("Beijing-based", "Tianjin-headquartered"): no part of its name
_HOME_HYPHENS = ("-based", "-headquartered")
_HYPHEN_FIRM = re.compile(r"-(?:based|listed|headquartered)\s")


def _described_firm_spans(text: str, nouns=_FIRM_NOUN_LIST, appositions: bool = True, sites=_SITE_VERBS,
                          trades=_TRADE_WORDS, founded=_FOUNDED_WORDS):
    """(start, end) of each name the text describes as a firm: before an apposition ("Schaeffler, the German
    auto parts supplier,"), after a noun for a firm or "-based" ("drugmaker Novo Nordisk", "Beijing-based
    Xiaomi").  (Each is looked for at its anchor: a comma and an article, or the noun, found with str.find; a
    pattern tried at every character of every paragraph cost ~2% of the parse.)  ``nouns``: the nouns and
    hyphenated words to look for, those the text holds; ``appositions``: whether it may hold an apposition;
    ``trades``: the trade words (_TRADE_WORDS) it holds; ``founded``: the words of _FOUNDED_WORDS it holds (a name
    that opens a sentence before ", founded in 2017,").  Each span comes with whether a place that opens the name
    makes it a place (after an apposition or before a site verb: "Tianjin, the port city"), rather than only a place
    that is the whole name (after a noun for a firm or "-based", or before a trade word: "Shenzhen Guanghe Technology",
    "Tianjin-based Yunhe Logistics")."""
    for m in _COMMA_ARTICLE.finditer(text) if appositions else ():
        p = m.start()
        # (a cheap first test: the word before the comma is capitalised, as a name's last word is)
        if text[text.rfind(" ", 0, p) + 1:p][:1].isupper() and _FIRM_APPOSITION.match(text, p):
            n = _NAME_BEFORE.search(text, max(0, p - 80), p)
            if n:
                yield (*n.span(1), True)
    for w in sites:
        q = text.find(w)
        while q >= 0:
            # the verb and its object, then the name that opens the sentence before it
            if (q == 0 or text[q - 1].isspace()) and _FIRM_SITE.match(text, q):
                n = _NAME_THEN_VERB.search(text, max(0, q - 80), q)
                if n and not _PLURAL_NOT_FIRM.match(n.group(1)):
                    yield (*n.span(1), True)
            q = text.find(w, q + 1)
    for w in nouns:
        hyphen = w[0] == "-"
        q = text.find(w)
        while q >= 0:
            # a whole word (a noun), or a hyphen after a word ("Beijing-based")
            if (q > 0 and (text[q - 1].isalnum() or text[q - 1] == "_")) == hyphen:
                m = _FIRM_THEN_NAME.match(text, q)
                if m:
                    yield (*m.span(1), False)
            q = text.find(w, q + 1)
    for w in founded:
        q = text.find(", " + w)
        while q >= 0:
            # the name that opens the sentence right before ", founded in 2014,"
            if _FOUNDED_APPOSITION.match(text, q + 2):
                n = _NAME_OPENS.search(text, max(0, q - 80), q)
                if n:
                    yield (*n.span(1), True)
            q = text.find(", " + w, q + 1)
    for w in trades:
        q = text.find(w)
        while q >= 0:
            # the trade word ends a run of capitalised words and no name goes on after it
            end = q + len(w)
            if (q > 0 and text[q - 1].isspace()) and _TRADE_NAME_AFTER.match(text, end):
                n = _TRADE_NAME_BEFORE.search(text, max(0, q - 80), q)
                if n and any(x not in _GENERIC_TRADE_MODIFIERS and x not in NOT_NAME for x in n.group(1).split()):
                    yield n.start(1), end, False
            q = text.find(w, q + 1)


def _with_described_firms(text: str, orgs: list[Org], nouns=_FIRM_NOUN_LIST, appositions: bool = True,
                          sites=_SITE_VERBS, trades=_TRADE_WORDS, founded=_FOUNDED_WORDS) -> list[Org]:
    """``orgs`` with the companies the text names by description only (see _FIRM_NOUNS) or by their trade (see
    _TRADE_WORDS), in text order."""
    found = []
    for start, end, strict in _described_firm_spans(text, nouns, appositions, sites, trades, founded):
        words = text[start:end].split()
        while words and words[0] in NOT_NAME:
            start = text.find(words[1], start + len(words[0])) if len(words) > 1 else end
            words.pop(0)
        if not words or any(o.start < end and start < o.end for o in orgs + found):
            continue
        name = text[start:end]
        if name.endswith(("'s", "’s")):
            name, end = name[:-2], end - 2
        if len(name) < 3 or name in _CALENDAR_WORDS:
            continue  # ("the company Monday said": a date, not a name)
        places = find_places(name, with_china=True)
        if places and places[0][0] == 0 and (strict or _all_places(name, places)):
            continue  # "Tianjin, the port city", "Hebei, a steel producer": a place, not a firm
        found.append(Org(start, end, name, "company"))
    if not found:
        return orgs
    return sorted(orgs + found, key=lambda o: o.start)


def _all_places(name: str, places: list) -> bool:
    """Whether the places found in ``name`` make up all of its words."""
    rest, at = [], 0
    for a, b, _ in places:
        rest.append(name[at:a])
        at = b
    rest.append(name[at:])
    return not any(ch.isalnum() for ch in "".join(rest).replace("'s", "").replace("’s", ""))


class _SpacedStarts:
    """``starts[k]``: where token ``k`` of a text starts, for a text with one white-space character between its tokens
    and none around them (the lengths of the tokens before it, each plus one).  Worked out on demand, on from the
    last index asked for: the scan asks only for the tokens that names start and end at, in ascending order, and
    summing the lengths in between costs less than listing the start of every token of the text."""
    __slots__ = ("_raws", "_k", "_at")

    def __init__(self, raws: list[str]) -> None:
        self._raws, self._k, self._at = raws, 0, 0

    def __getitem__(self, k: int) -> int:
        if k < self._k:
            self._k = self._at = 0  # (not asked so by the scan; counted again from the first token)
        self._at += sum(map(len, self._raws[self._k:k])) + k - self._k
        self._k = k
        return self._at


def _find_orgs(text: str, raws: Optional[list[str]] = None) -> list[Org]:
    # the tokens: what _TOKEN finds (str.split splits at the same white space)
    if raws is None:
        raws = text.split()
    # only a token that may end a name (one whose core is a head noun) starts the work below; the others are
    # passed over, and a text without one names no organisation
    heads = list(compress(range(len(raws)), map(_head_of, raws)))
    if not heads:
        return []
    if sum(map(len, raws)) + len(raws) - 1 == len(text):
        # one white-space character between tokens and none around them: the starts add up the lengths
        starts = _SpacedStarts(raws)
    else:
        starts = [m.start() for m in _TOKEN.finditer(text)]
    out: list[Org] = []
    n = len(raws)
    floor = -1  # index of the last token of the previous name: names do not overlap
    nxt_i = 0  # tokens before this one are done with (inside a name found, or passed over)
    for i in heads:
        if i < nxt_i:
            continue
        raw = raws[i]
        core = _core(raw)
        low = core.lower()
        head = _head_of(raw)
        if low == "city" and (i == 0 or _core(raws[i - 1]) not in CITY_OF):
            nxt_i = i + 1  # "Science and Technology City" is a body; "Tianjin City" is a place
            continue
        if low in _INSTRUMENT_HEADS and (i == 0 or not _cap(_core(raws[i - 1])) or _core(raws[i - 1]) in NOT_NAME):
            nxt_i = i + 1  # "the Five-hundred-meter Aperture Spherical Telescope" is a facility; "a new telescope" none
            continue
        # a head followed by more of the name ("Free Trade Port Zone", "Bank of Tianjin"): go on
        end_i = i
        if not raw.endswith((",", ";", ":", ".")) and i + 1 < n:
            nxt = _core(raws[i + 1])
            if _cap(nxt) and nxt not in NOT_NAME and not nxt[:1].isdigit() and not raws[i + 1].startswith("("):
                # (an abbreviation in brackets after the head ends the name: "... Development Area (TEDA)")
                k = _place_after_head(raws, i)
                if k is None:
                    nxt_i = i + 1
                    continue
                end_i = k  # "Zhongguancun Science Park Xiong'an": the branch of a park named by where it is
            # (not after a head in lower case: "the Zhongguancun submarket of Haidian" is where it is, no name)
            if nxt in ("of", "for") and i + 2 < n and _cap(_core(raws[i + 2])) \
                    and _core(raws[i + 2]) not in NOT_NAME and _cap(core):
                # "Bank of Tianjin", "Ministry of Science and Technology": the name runs over the capitalised
                # words after "of"; when a later head ends it ("Bank of Tianjin Co.") that head makes the name
                k = _of_run_end(raws, i + 1)
                if any(_head_of(raws[m]) for m in range(i + 2, k + 1)) or \
                        (k + 1 < n and _head_of(raws[k + 1])):
                    nxt_i = i + 1
                    continue
                end_i = k
        # a name ends at its head; "Co., Ltd." takes the "Ltd." that follows
        if head == "company" and i + 1 < n and _core(raws[i + 1]).lower().rstrip(".") in ("ltd", "limited"):
            end_i = i + 1
        if raw.rstrip(".").endswith((",", ";", ":")) and end_i == i:
            pass
        # walk back over capitalised words and connectors
        j = i - 1
        lower_head = not _cap(core)
        while j > floor:
            t = raws[j]
            if t.endswith((",", ";", ":", ".")) and not _CO_END.search(t):
                if t.endswith(",") and j + 1 <= i and _core(raws[j + 1]).lower() in ("ltd", "ltd."):
                    pass
                break
            c = _core(t)
            if _cap(c) and c not in NOT_NAME and not c.endswith(_HOME_HYPHENS):
                j -= 1  # (not over "Beijing-based": it says where the body sits, it is no word of its name)
                continue
            if lower_head and c.lower() in ("forest", "port", "science", "industrial", "high-tech", "economic"):
                j -= 1
                continue
            # (a connector in lower case: a capitalised "The" opens a name, it joins none to the words before it)
            if c in CONNECTORS and j - 1 > floor and _cap(_core(raws[j - 1])) and \
                    _core(raws[j - 1]) not in NOT_NAME and not raws[j - 1].endswith(","):
                j -= 1
                continue
            break
        first = j + 1
        while first < i and _core(raws[first]).lower() in CONNECTORS:
            first += 1
        # "a State-owned forest farm": a capitalised adjective before a lower-case head is no name
        while first < i and lower_head and _CAP_HYPHEN.fullmatch(_core(raws[first])):
            first += 1
        if first == i and (not _cap(core) or len(core) < 3 or core.lower() in ("area", "zone", "index", "group",
                                                                                      "system", "town", "base")):
            nxt_i = end_i + 1
            continue
        if first == i and end_i == i and head in ("government", "company"):
            nxt_i = end_i + 1
            continue
        start = starts[first] + (len(raws[first]) - len(raws[first].lstrip(_STRIP)))
        last_raw = raws[end_i]
        end = starts[end_i] + len(last_raw.rstrip(",;:\"”’)")) if last_raw.count("(") <= last_raw.count(")") \
            else starts[end_i] + len(last_raw)
        name = text[start:end]
        if name.endswith(".") and not _CORP_END.search(name):
            name, end = name[:-1], end - 1
        if name.endswith(("'s", "’s")):  # was re.sub(r"['’]s$", "", name)
            name = name[:-2]
        if name.count("(") > name.count(")"):
            name = name[:name.rindex("(")].rstrip()  # "Zones (National High-Tech Zones": the abbreviation is apart
        if " of " in name:
            name = _place_of_place(name)  # "the Bohai New Area of Cangzhou" is the new area
        # a head followed by more of the name ("Free Trade Port Zone"): the longer name replaces it
        if out and out[-1].start >= start:
            out.pop()
        out.append(Org(start, start + len(name), name, head))
        floor = end_i
        nxt_i = end_i + 1
    return out


@lru_cache(maxsize=65536)
def _name_tokens(name: str) -> frozenset[str]:
    s = name.lower().replace("\u2019", "'").replace("·", " ").replace("(", " ").replace(")", " ")
    return frozenset(t.rstrip("s") for t in _NAME_WORD.findall(s) if t not in _NAME_STOP)


def _is_place_name(name: str) -> bool:
    """Whether ``name`` is, whole, one place of the gazetteer."""
    found = find_places(name, with_china=True)
    return len(found) == 1 and found[0][0] == 0 and found[0][1] == len(name)


class OrgRegistry:
    """The organisations of one article, to map a short mention to the fullest name."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}  # name → head
        self._fullest: dict[str, str] = {}  # memo of :meth:`fullest`, emptied when a name is added

    def add(self, org: Org) -> None:
        if org.name not in self.names:
            self.names[org.name] = org.head
            self._fullest.clear()

    def fullest(self, name: str) -> str:
        best = self._fullest.get(name)
        if best is None:
            best = self._fullest[name] = self._fullest_uncached(name)
        return best

    def _fullest_uncached(self, name: str) -> str:
        alias = load_entity_aliases().get(name)
        if alias and alias[1]:
            name = alias[0]
        toks = _name_tokens(name)
        best = name
        if _class_of_bodies(name):
            return name  # a class of bodies ("National High-tech Zones") is not one of them
        best_len = len(_name_tokens(name))
        # a place is no short name of a company named after it ("Saihanba" is not "Shougang Saihanba")
        place = name not in self.names and _is_place_name(name)
        for other, head in self.names.items():
            ot = _name_tokens(other)
            if toks <= ot and len(ot) > best_len and head == self.names.get(name, head) and \
                    not (place and head == "company"):
                best, best_len = other, len(ot)
        return best


ANAPHORS = re.compile(r"\b(?:the|this|that|its)\s+(?:(?!of\b|and\b|in\b)[a-zA-Z][\w-]*\s+){0,2}?(park|zone|center|centre|company|group|bank|"
                      r"area|new area|submarket|farm|port|fund|institute|district|city|county|province|municipality|region|"
                      r"town|firm|enterprise|exchange|index|station|terminal|platform|facility|"
                      # a firm named by its trade: "the German chipmaker", "the carmaker", "the supplier"
                      r"maker|carmaker|automaker|drugmaker|chipmaker|supplier|manufacturer|producer|developer|"
                      r"retailer|lender|insurer|conglomerate|startup|start-up)(?:s|es)?\b", re.I)
ANAPHOR_CLASS = {"park": "park", "zone": "zone", "submarket": "zone", "center": "center", "centre": "center", "company": "company",
                 "group": "company", "bank": "bank", "firm": "company", "enterprise": "company", "area": "zone",
                 "new area": "region", "farm": "farm", "port": "port", "fund": "fund", "institute": "institute",
                 "district": "region", "city": "region", "county": "region", "province": "region",
                 "municipality": "region", "region": "region", "town": "region", "exchange": "exchange",
                 "index": "index", "station": "station", "terminal": "station", "platform": "platform",
                 "facility": "facility", "maker": "company", "carmaker": "company", "automaker": "company",
                 "drugmaker": "company", "chipmaker": "company", "supplier": "company", "manufacturer": "company",
                 "producer": "company", "developer": "company", "retailer": "company", "lender": "company",
                 "insurer": "company", "conglomerate": "company", "startup": "company", "start-up": "company"}


# ------------------------------------------------------------------ clauses

# A news-agency dateline opens the first paragraph ("NANJING, July 7 (Xinhua) --", "SHIJIAZHUANG --"):
# it says where the story was filed, not what it is about.
_DATELINE = re.compile(r"^\s*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
                       r"\s*(?:\([^)]{2,40}\)\s*)?(?:--|—|–|(?<=\s)-(?=\s))\s*")


@lru_cache(maxsize=1024)  # the context code asks about each sentence several times
def dateline_end(sentence: str) -> int:
    """Where the text proper starts after a dateline; 0 when there is none."""
    m = _DATELINE.match(sentence)
    return m.end() if m else 0


# Clause boundaries: a semicolon or colon; a comma before a conjunction that starts a new statement
# ("…, while Tewoo will invest …", "…, and Shougang invested …"), a relative clause ("…, which …") or
# an attribution ("…, said Ren", "…, according to …").  ", and" before the last item of a list of names
# ("Beijing, Tianjin, and Hebei") is not a boundary.
_BREAK = re.compile(r"\s*;\s*|:\s+|,\s+(?=(?:while|whereas|but|which|who|whose|where|said|says|according to|with)\b)|"
                    r",\s+(?=and\b(?!\s+(?:[A-Z][\w'’-]*\s*)+(?:[.,;)]|$|provinces?\b|cities\b|regions\b)))|"
                    r"\s+(?=(?:while|whereas)\s)|"
                    # a report that states the figure: "A Hong Kong exchange filing shows that the bank ...",
                    # "Statistics show that 687 companies ...": the statement after "that" has its own subject
                    # (a day or a week between: "Beijing said on Tuesday that ...", "announced last week that")
                    r"\s+(?:shows?|showed|shown|indicates?|indicated|reveals?|revealed|says?|said|reported|noted|"
                    r"announced|stated|estimated|found)\s+(?:(?:on\s+[A-Z][a-z]+day|last\s+(?:week|month)|this\s+week|"
                    r"yesterday|earlier\s+this\s+(?:week|month))\s+)?that\s+|"
                    r"\s+(?:told|informed|assured)\s+(?:[\w'’-]+\s+){1,4}?that\s+|"
                    # "The statement said 235 Hong Kong enterprises were set up ...": the report opens a statement
                    r"\s+(?:said|says|showed|shows)\s+(?=(?:about|around|nearly|more than|over|some)?\s*\d)|"
                    # a subordinate clause with a named subject of its own: "..., coming after the Hang Seng
                    # Index rebounded 16 percent"
                    r",\s+(?:(?:coming|just|shortly|soon)\s+)?(?:after|before|when|because|although|though)\s+"
                    r"(?=(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and))*\s+(?:had\s+|has\s+)?[a-z]+(?:ed|s)\b)")
# Where a match of _BREAK may start: at a ";", ":" or ",", or in the white space right before a ";" or before
# one of the words its other alternatives spell out (the case matters: _BREAK is case-sensitive).
_BREAK_WORDS = ("while", "whereas", "show", "indicate", "reveal", "say", "said", "reported", "noted", "announced",
                "stated", "estimated", "found", "told", "informed", "assured")
# ... those of them that _BREAK needs without a "that" after them ("while", "whereas"; "said", "says", "showed",
# "shows" before a number): in a sentence without "that" the others start no match
_BREAK_WORDS_NO_THAT = ("while", "whereas", "show", "say", "said")
# the words that follow ",\s+" in the alternatives of _BREAK that open with a comma
_AFTER_COMMA = ("while", "whereas", "but", "which", "who", "whose", "where", "said", "says", "according to", "with",
                "and", "coming", "just", "shortly", "soon", "after", "before", "when", "because", "although", "though")


def _space_before(sentence: str, q: int, floor: int) -> range:
    """The positions of the white space that runs up to ``q`` (none before ``floor``)."""
    r = q
    while r > floor and sentence[r - 1].isspace():  # str.isspace is the \s of str patterns
        r -= 1
    return range(r, q)


def _breaks(sentence: str, start: int):
    """``_BREAK.finditer(sentence, start)``: the pattern is tried only where a match may start, leftmost first
    and on from the end of each match, as finditer does (rather than at every character)."""
    tries: set[int] = set()
    n = len(sentence)
    for c in ";:,":
        q = sentence.find(c, start)
        while q >= 0:
            if c != ",":
                tries.add(q)
                if c == ";":
                    tries.update(_space_before(sentence, q, start))
            else:
                # at a comma only the alternatives that open with ",\s+" and a word of _AFTER_COMMA may match
                r = q + 1
                while r < n and sentence[r].isspace():  # (str.isspace is the \s of str patterns)
                    r += 1
                if r > q + 1 and sentence.startswith(_AFTER_COMMA, r):
                    tries.add(q)
            q = sentence.find(c, q + 1)
    for w in _BREAK_WORDS if "that" in sentence else _BREAK_WORDS_NO_THAT:
        q = sentence.find(w, start)
        while q >= 0:
            tries.update(_space_before(sentence, q, start))
            q = sentence.find(w, q + 1)
    end = start
    for p in sorted(tries):
        if p >= end:
            m = _BREAK.match(sentence, p)
            if m:
                yield m
                end = m.end()


_LIST_TAIL = re.compile(r",\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")
_RELATIVE = re.compile(r"(?:which|who|whose)\b")


def clause_spans(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of the clauses of a sentence, in order; the dateline is left out of the first."""
    out = []
    start = dateline_end(sentence)
    for m in _breaks(sentence, start):
        if m.start() < start:
            continue
        if m.group().startswith(",") and sentence.startswith("and", m.end()) and \
                _LIST_TAIL.search(sentence, start, m.start()):
            continue  # "Beijing, Tianjin, and Hebei"
        out.append((start, m.start()))
        start = m.end()
        relative = bool(_RELATIVE.match(sentence, start))
        if relative:
            # a relative clause ends at the next comma: ", which hopes to ..., it has struck ..."
            c = sentence.find(",", start)
            nxt = next(_breaks(sentence, start), None)
            if c >= 0 and (nxt is None or c < nxt.start()):
                out.append((start, c))
                start = c + 1
                while start < len(sentence) and sentence[start] == " ":
                    start += 1
    out.append((start, len(sentence)))
    return [(s, e) for s, e in out if e > s]


def clause_of(spans: list[tuple[int, int]], pos: int) -> int:
    for i, (s, e) in enumerate(spans):
        if pos < e or i == len(spans) - 1:
            return i
    return len(spans) - 1


# Actors named by a common noun phrase: "Zhongguancun enterprises", "Hong Kong enterprises", "Chinese steel
# companies", "Enterprises" opening a sentence.
GROUP = re.compile(r"(?<![\w'’-])(?:(?:[A-Z][\w'’-]*\s+){1,3}(?:[a-z][\w-]*\s+)?|(?=[A-Z]))"
                   r"(?:[Ee]nterprises|[Cc]ompanies|[Ff]irms|[Ii]nvestors|[Bb]usinesses|[Ss]tartups|[Ss]tart-ups)\b")
GROUP_WORDS = ("nterprises", "ompanies", "irms", "nvestors", "usinesses", "tartups", "tart-ups")
_GROUP_NOUNS = ("enterprises", "companies", "firms", "investors", "businesses", "startups", "start-ups")
# GROUP as the regex engine scans a text fastest: a match opens with a capital letter (the first word of the name, or
# the group word itself), so the pattern takes that letter first and then GROUP's look-behind over it (no [\w'’-]
# before the letter), and goes on as GROUP does after it (the rest of the first word and up to two more, or the rest
# of a capitalised group word); the engine then skips at once over the characters that are no capital letter,
# rather than try the pattern at each.  Same matches (tests/test_subjects_speedups_r8b.py); a ~30% faster scan.
GROUP_BY_CAPITAL = re.compile(
    r"[A-Z](?<![\w'’-][A-Z])(?:[\w'’-]*\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:[a-z][\w-]*\s+)?(?:"
    + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _GROUP_NOUNS) + ")|"
    + "|".join(f"(?<={w[0].upper()}){w[1:]}" for w in _GROUP_NOUNS) + r")\b")
assert GROUP.pattern.endswith("(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _GROUP_NOUNS) + r")\b") and \
    GROUP_WORDS == tuple(w[1:] for w in _GROUP_NOUNS), "GROUP_BY_CAPITAL follows GROUP's nouns"


# An actor named by the count that opens its clause: "China's 178 national high-tech zones generated ...",
# "Three more centrally administered state-owned enterprises (SOEs) have started ...". Group 1 is the
# plural noun phrase; its last word is one of the kinds of body that act.
_NUM_WORDS = (r"(?:(?!(?:19|20)\d\d\b)\d+(?:,\d{3})*(?:\.\d+)?(?:\s+(?:million|billion|thousand))?|(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|"
              r"[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Aa] dozen))")
ACTOR_PLURALS = (r"enterprises|companies|firms|businesses|startups|start-ups|investors|zones|parks|universities|"
                 r"institutions|institutes|banks|funds|makers|manufacturers|producers|developers|SOEs|hospitals|"
                 r"suppliers|operators|platforms|ports|farms")
# (in two parts: what stands before the number, and the number with what follows it)
_FIGURE_LEAD = (r"(?<![\w'’-])((?:[A-Z][\w'’-]*['’]s|[Tt]he|[Aa]ll)\s+)?(?:(?:about|around|nearly|almost|more than|"
                r"over|some|roughly|at least)\s+)?")
_FIGURE_TAIL = (_NUM_WORDS + r"\s+(?:more\s+|new\s+|other\s+)?"
                r"((?:[\w\"“”'’-]+\s+){0,4}?(?:" + ACTOR_PLURALS + r"))"
                r"(?:\s+from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?(?:\s*\([^)]{1,40}\))?"
                r"(?:,\s+(?:including|such as)\s+[^,]{1,120},)?(?:\s+(?:--|—)[^-—]{1,200}(?:--|—))?"
                r"\s+(?:have|has|had|are|were|will|together|jointly|each|all|both|also|[a-z]{3,}ed)\b")
_FIGURE_GROUP = re.compile(_FIGURE_LEAD + _FIGURE_TAIL)
# Prefilters: a text that has none of these words has no match of the pattern they are taken from.
FIGURE_GROUP_WORDS = tuple(ACTOR_PLURALS.split("|"))

# Where the number of a match of FIGURE_GROUP may start: a digit or a number word, after no word character (the
# number follows white space or opens the match, after no [\w'’-]).
_FIGURE_NUMBER = re.compile(r"(?<!\w)(?:\d|[Tt](?:wo|hree|en|welve)|[Ff](?:our|ive)|[Ss](?:ix|even)|[Ee](?:ight|leven)|"
                            r"[Nn]ine|[Aa] dozen)")
# What a match of FIGURE_GROUP may start with (an owner, "the", "all", a qualifier or the number), after no
# [\w'’-]: an ASCII letter or a digit
_FIGURE_START = re.compile(r"(?<![\w'’-])[A-Za-z\d]")
# the number and what follows it: a match of FIGURE_GROUP has its number where this matches
_FIGURE_TAIL_AT = re.compile(_FIGURE_TAIL)


class _FigureGroupPattern:
    """FIGURE_GROUP's pattern, whose ``finditer`` tries it only where a match may start (~20% faster than the
    pattern's own scan, which tries every character of the sentence; the matches are the same Match objects).

    A match is an optional owner ("China's", "the", "all": one token), an optional qualifier ("about", "more
    than": at most two tokens), each followed by white space, and then a number.  So it starts at the number
    or within the three tokens before it, at a position where _FIGURE_START matches; and only a number where
    the rest of the pattern matches (_FIGURE_TAIL_AT: most numbers are followed by no actor) can be one."""

    def __init__(self, pattern: re.Pattern) -> None:
        self._pattern = pattern
        # the compiled pattern's own methods and attributes, as they are (``pattern`` is its source string)
        self.match, self.search, self.fullmatch = pattern.match, pattern.search, pattern.fullmatch
        self.pattern, self.flags, self.groups, self.groupindex = pattern.pattern, pattern.flags, pattern.groups, \
            pattern.groupindex

    def finditer(self, text: str):
        starts: set[int] = set()
        for a in _FIGURE_NUMBER.finditer(text):
            q = a.start()
            if _FIGURE_TAIL_AT.match(text, q) is None:
                continue
            lo = q
            for _ in range(3):  # back over white space and the token before it, three times at most
                r = lo
                while r > 0 and text[r - 1].isspace():  # (str.isspace is the \s of str patterns)
                    r -= 1
                if r == lo or r == 0:
                    break
                while r > 0 and not text[r - 1].isspace():
                    r -= 1
                lo = r
            starts.add(q)
            if lo < q:
                starts.update(m.start() for m in _FIGURE_START.finditer(text, lo, q))
        end = 0
        for p in sorted(starts):
            if p >= end:
                m = self.match(text, p)
                if m:
                    yield m
                    end = m.end()

    def __getattr__(self, name):
        if name == "_pattern":  # (not set yet: an object being copied or unpickled)
            raise AttributeError(name)
        return getattr(self._pattern, name)


#: :data:`_FIGURE_GROUP`, searched only where a match may start
FIGURE_GROUP = _FigureGroupPattern(_FIGURE_GROUP)
# An actor introduced by a common noun phrase: "a vaccine maker", "one leading factory", "a 300-MW wind farm",
# "the park's medical device innovation center". Group 1 is the phrase without its article or owner.
ACTOR_NOUNS = (r"maker|producer|manufacturer|developer|startup|start-up|factory|plant|fund|farm|platform|terminal|"
               r"station|operator|supplier|designer|firm|investor|laboratory|hospital|mechanism|center|centre|train")
ACTOR = re.compile(r"(?<![\w'’-])(?:[Aa]n?|[Oo]ne|(?:[Tt]he|[Ii]ts)\s+[\w-]+['’]s)\s+"
                   r"((?:(?!of\b|and\b|in\b|for\b|with\b|by\b|to\b)[\w-]+\s+){0,3}?(?:" + ACTOR_NOUNS + r"))\b(?!['’-])")
ACTOR_WORDS = tuple(ACTOR_NOUNS.split("|"))


def has_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` contains one of ``words`` (a prefilter: faster than a regex alternation, and than
    ``any(map(text.__contains__, words))``)."""
    if words is FIGURE_GROUP_WORDS:
        return _has_any_gated(text, _FIGURE_GROUP_GATED)
    if words is ACTOR_WORDS:
        return _has_any_gated(text, _ACTOR_GATED)
    for w in words:
        if w in text:
            return True
    return False


def _gated(words: tuple[str, ...], gates: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]]:
    """``words`` as (the words no gate covers, ((gate, the words that hold it), ...)): a text without a gate holds
    none of its words."""
    left = list(words)
    gated = []
    for g in gates:
        ws = tuple(w for w in left if g in w)
        assert len(ws) > 1, g
        gated.append((g, ws))
        left = [w for w in left if g not in w]
    return tuple(left), tuple(gated)


def _has_any_gated(text: str, plan) -> bool:
    """:func:`has_any` for words arranged by :func:`_gated`."""
    plain, gated = plan
    for w in plain:
        if w in text:
            return True
    for gate, ws in gated:
        if gate in text:
            for w in ws:
                if w in text:
                    return True
    return False


# The two long word lists the context code asks about for every sentence, behind gates: substrings of several of
# their words that few sentences hold (chosen on generated articles), so that a sentence with none of the words
# (most) is scanned ~15 times rather than 25 or 23.
_FIGURE_GROUP_GATED = _gated(FIGURE_GROUP_WORDS, ("ers", "rms", "tu", "tors", "ks", "nes"))
_ACTOR_GATED = _gated(ACTOR_WORDS, ("tor", "rm", "sta", "pl", "cen", "er"))
