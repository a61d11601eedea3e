"""Places named in text → gazetteer regions, and the flow rules of FIGURES.md.

- :func:`find_places` — gazetteer places mentioned in a text, as (start, end, place name);
- :func:`figure_regions` — the regions of a figure from the places of its sentence: sources of a
  flow ("companies from Beijing") are dropped unless the sentence states an explicit transfer
  ("from Beijing to Tianjin and Hebei"); zones count as their parent division; an area and its
  ancestor named together keep the more specific one ("Tianjin's Binhai New Area" → Binhai).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Iterable, Optional

from ..reference import load_gazetteer

CHINA = "China"
# Words that make a national figure: "the country's", "national total", "nationwide".
# ("national high-tech enterprises" is a certification firms hold wherever they are, not a national figure)
# (the leading look-ahead, the first letters of the alternatives, implied by the rest, lets the search drop every other
# position at once rather than try the word boundary and each alternative there)
_NATIONAL = re.compile(r"(?=[Cnta])\b(?:China|China's|Chinese|national(?!\s+(?:high-tech|hi-tech|high and new technology)\s+"
                       r"(?:enterprises|companies|firms)\b)|nationwide|the country(?:'s|’s)?|the nation(?:'s|’s)?|"
                       r"across the country|the mainland)\b")


@lru_cache(maxsize=1)
def _place_regex() -> tuple[re.Pattern, dict[str, str]]:
    g = load_gazetteer()
    forms: dict[str, str] = {}
    for surface, name in g.text_names():
        key = surface.lower().replace("\u2019", "'")
        forms.setdefault(key, name)
    # "China" as a place is a national marker; keep it out of the place regex (handled by _NATIONAL)
    alts = sorted(forms, key=len, reverse=True)
    body = "|".join(re.escape(a).replace("'", "['’]?") for a in alts)
    pat = re.compile(r"(?<![\w'’])(" + body + r")(?![\w])", re.I)
    return pat, forms


def _form_key(s: str) -> str:
    return s.lower().replace("\u2019", "'")


@lru_cache(maxsize=1)
def _apostrophe_less() -> dict[str, str]:
    g = load_gazetteer()
    out = {}
    for surface, name in g.text_names():
        p = g.lookup(name)
        if "'" in surface.replace("\u2019", "'") and p and p.level in ("province", "municipality", "prefecture",
                                                                         "new_area"):
            out.setdefault(_form_key(surface).replace("'", ""), name)
    return out


_WORD_START = re.compile(r"(?<![\w'’])\w+")
_SPAN_END = re.compile(r"[\w')’](?!\w)")


@lru_cache(maxsize=1)
def _place_index() -> tuple[dict[str, str], frozenset[str], frozenset[str], int]:
    """Look-up tables for :func:`find_places`: form → name, apostrophe-less forms, first words, longest form."""
    _, forms = _place_regex()
    bare = frozenset(k.replace("'", "") for k in forms if "'" in k)
    first = frozenset(re.match(r"\w+", k).group() for k in (*forms, *bare) if re.match(r"\w+", k))
    return forms, bare, first, max(map(len, forms))


@lru_cache(maxsize=1)
def _form_lengths() -> dict[str, tuple[int, ...]]:
    """First word → the lengths of the forms (and apostrophe-less forms) that start with it, longest first:
    a span can only be a form when its length is one of these."""
    forms, bare, _, _ = _place_index()
    lengths: dict[str, set[int]] = {}
    for k in (*forms, *bare):
        m = re.match(r"\w+", k)
        if m:
            lengths.setdefault(m.group(), set()).add(len(k))
    return {w: tuple(sorted(ls, reverse=True)) for w, ls in lengths.items()}


# text → (its places with China, the spans its scan claimed: every match, kept or not, that moved the scan on)
_PLACES_CACHE: dict[str, tuple[list[tuple[int, int, str]], list[tuple[int, int]]]] = {}


def forget_places() -> None:
    """Empty the memo of :func:`find_places` (the context code does so at each new article: the texts it
    asks about again are those of the article at hand)."""
    _PLACES_CACHE.clear()


# short text → its scan, kept across articles (forget_places leaves it): the names of organisations and the titles
# that article after article names ("Ministry", "National Bureau", "China Innovation Index") are scanned once
# (a fifth of the scans were of such a text seen in an earlier article)
_SHORT_PLACES: dict[str, tuple[list[tuple[int, int, str]], list[tuple[int, int]]]] = {}
_SHORT = 80


def _scanned(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    got = _PLACES_CACHE.get(text)
    if got is None:
        if len(_PLACES_CACHE) > 50_000:
            _PLACES_CACHE.clear()
        if len(text) <= _SHORT:
            got = _SHORT_PLACES.get(text)
            if got is None:
                if len(_SHORT_PLACES) > 20_000:
                    _SHORT_PLACES.clear()
                got = _SHORT_PLACES[text] = _scan_places(text)
            _PLACES_CACHE[text] = got
        else:
            got = _PLACES_CACHE[text] = _scan_places(text)
    return got


def find_places(text: str, with_china: bool = False) -> list[tuple[int, int, str]]:
    """Gazetteer places in ``text`` as (start, end, canonical name) (a new list on every call; the scan of a
    text is memoised, since the context code asks about the same sentences and names many times)."""
    found = _scanned(text)[0]
    if with_china:
        return list(found)
    return [x for x in found if x[2] != CHINA]


def places_before(text: str, end: int) -> Iterator[tuple[int, int, str]]:
    """The places of ``find_places(text)`` that end by ``end``, the last first, from the memoised scan of the whole
    ``text`` (a paragraph asked about from each of its sentences: no slice of it is scanned or hashed anew; a caller
    that wants the last of some kind stops early)."""
    for x in reversed(_scanned(text)[0]):
        if x[1] <= end and x[2] != CHINA:
            yield x


_WORD_OR_APOSTROPHE = re.compile(r"[\w'’]")
_WORD_CHAR = re.compile(r"\w")


def find_places_in(text: str, start: int, end: int, with_china: bool = False) -> list[tuple[int, int, str]]:
    """``find_places(text[start:end], with_china)``, from the scan of the whole ``text`` when that is the
    same: the slice does not cut a word (nor start right after an apostrophe) and no match of the scan of
    ``text`` (kept or not) runs over its start or end.  The scan of a slice then meets the same word starts
    and the same candidate ends, and so makes the same matches, shifted by ``start``."""
    sub = text[start:end]
    if sub not in _PLACES_CACHE:
        found, claims = _scanned(text)
        if (start == 0 or not _WORD_OR_APOSTROPHE.match(text, start - 1)) and \
                (end >= len(text) or not _WORD_CHAR.match(text, end)) and \
                not any(s < start < e or s < end < e for s, e in claims):
            if len(_PLACES_CACHE) > 50_000:
                _PLACES_CACHE.clear()
            _PLACES_CACHE[sub] = ([(s - start, e - start, n) for s, e, n in found if start <= s and e <= end],
                                  [(s - start, e - start) for s, e in claims if start <= s and e <= end])
    return find_places(sub, with_china)


# the ASCII characters that are no word characters (of \w), each to a space (a table for bytes.translate)
_NON_WORD_TO_SPACE = bytes(i if i >= 128 or re.match(r"\w", chr(i)) else 32 for i in range(256))
_WORD_RUN = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _first_words_ascii() -> frozenset[bytes]:
    """The first words of the forms (:func:`_place_index`) that are ASCII, encoded: the words an ASCII text may hold."""
    return frozenset(w.encode("ascii") for w in _place_index()[2] if w.isascii())


def _word_starts_of(text: str, words: frozenset[str], ascii_words: frozenset[bytes]) -> list[tuple[int, str]]:
    """``[(m.start(), m.group()) for m in _WORD_START.finditer(text) if m.group() in words]``, without a match
    object per word: the words of the text are listed at C speed, and only those in ``words`` (few: place names
    are rare words) are looked for; an occurrence counts when a word of the text starts there and is that
    word.

    The listing need only hold every word that starts at a word start (it may hold more: each occurrence is
    checked below), so it lists every maximal run of word characters: for an ASCII text (most are) by turning
    each other character into a space and splitting, faster than a regex, and as bytes, faster than as str
    (``ascii_words``: the ASCII ones of ``words``, encoded; no other can be a word of an ASCII text)."""
    if text.isascii():
        found = ascii_words.intersection(text.encode("ascii").translate(_NON_WORD_TO_SPACE).split())
        if not found:
            return []
        found = [w.decode("ascii") for w in found]
    else:
        found = words.intersection(_WORD_RUN.findall(text))
        if not found:
            return []
    out = []
    n = len(text)
    for w in found:
        k = len(w)
        p = text.find(w)
        while p >= 0:
            # _WORD_START.match(text, p) spans exactly w (all word characters): no word character nor apostrophe
            # before it, no word character after it (the \w of str patterns is str.isalnum() or "_")
            if (p == 0 or not ((c := text[p - 1]).isalnum() or c in "_'’")) and \
                    (p + k == n or not ((c := text[p + k]).isalnum() or c == "_")):
                out.append((p, w))
            p = text.find(w, p + 1)
    out.sort()
    return out


def _scan_places(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """Gazetteer places in ``text`` as (start, end, canonical name), longest match first.

    Only capitalised mentions count ("Hebei", not "hebei"), so ordinary words are not read as places.
    A scan of word starts with dictionary look-ups of the spans ending at word ends: the same
    matches as one case-insensitive alternation of every form, in linear time.
    """
    forms, bare, first, longest = _place_index()
    key_text = _form_key(text)
    # The form key of a span is the slice of the key of the whole text when lower-casing keeps every character
    # in its place (it does but for "İ", which grows, and "Σ", whose lower case depends on what follows);
    # lower-casing then also keeps which characters are word characters, so the word starts are the same.
    whole = len(key_text) == len(text) and "\u03a3" not in text
    if whole:
        starts = _word_starts_of(key_text, first, _first_words_ascii())
        lengths = _form_lengths()
        size = len(text)
    else:
        starts = [(m.start(), None) for m in _WORD_START.finditer(text) if m.group().lower() in first]
    out = []
    claims = []
    last = 0
    # only the word starts of a first word of a form are looked at (the others were passed over one by one)
    for i, word in starts:
        if i < last:
            continue
        if whole:
            # the spans from i that may be forms, longest first: those of the lengths of the forms that start
            # with this word (a span key holds the whole word: a span ends at a word end) that end where
            # _SPAN_END matches
            for n in lengths[word]:
                e = i + n
                # (_SPAN_END.match(text, e - 1), with str methods: \w is str.isalnum() or "_")
                if e > size or not ((c := text[e - 1]).isalnum() or c in "_')’") or \
                        e < size and ((c := text[e]).isalnum() or c == "_"):
                    continue
                key = key_text[i:e]
                if key in forms or ("'" not in key and key in bare):
                    break
            else:
                continue
        else:
            # the word ends a form starting at i may reach: those in (i, i + longest], longest first (a match of
            # _SPAN_END in the window ends at most at the window's end; its look-ahead sees the real text)
            lim = i + longest
            for x in reversed(list(_SPAN_END.finditer(text, i, lim + 1))):
                e = x.end()
                if e > lim:
                    continue
                key = _form_key(text[i:e])
                if key in forms or ("'" not in key and key in bare):
                    break
            else:
                continue
        last = e
        claims.append((i, e))
        if not text[i].isupper():
            continue
        name = forms.get(key)
        if name is None:
            # the apostrophe-less spelling of a city ("Xian" for "Xi'an"); not of counties, whose
            # short names are often also personal names ("Guan")
            name = _apostrophe_less().get(key.replace("'", ""))
        if name:
            out.append((i, e, name))
    if out and "capital" in text:
        out = [_capital_named_by_province(text, *x) for x in out]
    return out, claims


# "the Anhui provincial capital", "the Hubei capital", "the Xinjiang regional capital": the city, named by its province
_PROVINCE_CAPITAL_AFTER = re.compile(r"\s+(?:provincial\s+|regional\s+)?capital\b")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _capital_named_by_province(text: str, start: int, end: int, name: str) -> tuple[int, int, str]:
    """(start, end, name) of a place found in ``text``, with a province that names its capital ("the Anhui
    provincial capital") read as that city: the place the text means is Hefei, and Anhui only qualifies it.
    The capital is the province's first prefecture-level division, GB/T 2260 code PP0100 (Hefei 340100,
    Shijiazhuang 130100, Urumqi 650100). The span stays the province's name."""
    if not _PROVINCE_CAPITAL_AFTER.match(text, end) or not _THE_BEFORE.search(text, max(0, start - 5), start):
        return start, end, name
    g = load_gazetteer()
    place = g.lookup(name)
    if place is None or place.level != "province" or not place.code:
        return start, end, name
    capital = g.lookup(place.code[:2] + "0100")
    return (start, end, capital.name) if capital is not None else (start, end, name)


def _find_places_regex(text: str, with_china: bool = False) -> list[tuple[int, int, str]]:
    """The reference implementation of :func:`find_places` (one big alternation); kept for tests."""
    pat, forms = _place_regex()
    out = []
    for m in pat.finditer(text):
        s = m.group(1)
        if not s[0].isupper():
            continue
        key = _form_key(s)
        name = forms.get(key)
        if name is None:
            name = _apostrophe_less().get(key.replace("'", ""))
        if name and (with_china or name != CHINA):
            out.append((m.start(1), m.end(1), name))
    return out


# The functions below depend on nothing but their arguments and the gazetteer (read once per process), and the
# context code asks them about the same places and names over and over: they are memoised.
@lru_cache(maxsize=8192)
def division(name: str) -> str:
    """The division a figure lists for a place: a zone's parent division, else the place itself."""
    return load_gazetteer().division_of(name) or name


@lru_cache(maxsize=1)
def _grouping_members() -> dict[str, tuple[str, ...]]:
    """Groupings named by joining their members ("Beijing-Tianjin-Hebei") → those members: FIGURES.md lists a
    figure of such a region as a whole under each member, not under the grouping's name.  A grouping whose own
    name names no places ("Yangtze River Delta") stays as it is."""
    g = load_gazetteer()
    out = {}
    for p in g.places.values():
        if p.level != "economic_region":
            continue
        members = tuple(dict.fromkeys(division(n) for _, _, n in find_places(p.name) if n != p.name))
        if len(members) > 1:
            out[p.name] = members
    return out


def expand_groupings(names: list[str]) -> list[str]:
    """``names`` with each grouping named by its members replaced by those members, no repeats."""
    groups = _grouping_members()
    if groups.keys().isdisjoint(names):
        return names
    return list(dict.fromkeys(m for n in names for m in groups.get(n, (n,))))


def most_specific(names: Iterable[str]) -> list[str]:
    """Drop every name that is an ancestor of another one in the list; keep order, no repeats."""
    return list(_most_specific(tuple(names)))


@lru_cache(maxsize=8192)
def _most_specific(names: tuple[str, ...]) -> tuple[str, ...]:
    g = load_gazetteer()
    names = list(dict.fromkeys(names))
    anc = set()
    for n in names:
        anc.update(g.ancestors(n))
    return tuple(n for n in names if n not in anc)


_SOURCE_BEFORE = re.compile(r"(?:\bfrom|\bBeijing-based|\bby enterprises in|\bby companies in|\benterprises in)\s*$", re.I)
_TRANSFER = re.compile(r"\bfrom\s+(?:[\w'’ -]+?)\s+(?:to|into)\s+", re.I)
_EXPLICIT_FLOW = re.compile(r"\b(?:export(?:ed|s)?|transferr?(?:ed|ing)?|flow(?:ed|s)?|sent|shipped|travel|"
                            r"distance|journey|away|km|kilomet(?:er|re)s?|trains?)\b", re.I)


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
_LIST_JOIN_ONLY = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+")
_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$")
_MOVERS_AFTER = re.compile(r"\s*(?:-based\s+)?(?:companies|enterprises|firms|investors|projects|businesses)\b")


# the market a firm lists on, right after its place: "its Hong Kong listing", "a Shanghai IPO", "its Hong Kong stock
# market debut" (where the shares trade, not where the firm or its figures are)
_VENUE_AFTER = re.compile(r"(?:['’]s)?\s+(?:stock\s+)?(?:market\s+|exchange\s+)?(?:listings?|IPOs?|debuts?|flotations?)\b")
_VENUE_WORDS = (" listing", " IPO", " debut", " flotation")


def sentence_regions(sentence: str, masked: Iterable[tuple[int, int]] = (),
                     places: Optional[list[tuple[int, int, str]]] = None) -> list[str]:
    """Regions a sentence places its figures in, by the FIGURES.md flow rules.  ``places``: what
    ``find_places(sentence)`` returns, when the caller has it already."""
    masked = list(masked)
    if places is None:
        places = find_places(sentence)
    places = [(s, e, n) for s, e, n in places if not any(a <= s < b for a, b in masked)]
    if not places:
        return []
    # an explicit transfer: "from Beijing to Tianjin and Hebei" lists all places
    transfer = any(_FROM_BEFORE.search(sentence[max(0, s - 12):s]) and
                   any(s2 > e and _TO_BEFORE.search(sentence[max(e, s2 - 8):s2]) and s2 - e < 40
                       for s2, _, _ in places) for s, e, _ in places)
    keep = []
    several = None
    venue = any(map(sentence.__contains__, _VENUE_WORDS))
    source_end = -1  # where the last source named ends: the places listed right after it are sources too
    for s, e, n in places:
        before = sentence[max(0, s - 40):s]
        if not transfer and (_SOURCE_BEFORE.search(before) or
                             source_end >= 0 and _LIST_JOIN_ONLY.fullmatch(sentence, source_end, s)):
            source_end = e  # "researchers from Hong Kong and Shanghai": both are where they come from
            continue
        source_end = -1
        # "raised HK$2.4 billion in its Hong Kong listing", "a Nasdaq debut": the market a firm lists on, when the
        # sentence names another place (the firm's own)
        if venue and _VENUE_AFTER.match(sentence, e, e + 40):
            if several is None:
                several = len({n2 for _, _, n2 in places}) > 1
            if several:
                continue
        # "Beijing companies", "278 Beijing projects": the origin of the movers, when the sentence
        # names another place they move to
        if not transfer and _MOVERS_AFTER.match(sentence, e, e + 30):
            if several is None:
                several = len({n2 for _, _, n2 in places}) > 1
            if several:
                continue
        keep.append(division(n))
    return most_specific(keep)


def is_national(sentence: str) -> bool:
    return bool(_NATIONAL.search(sentence))


@lru_cache(maxsize=8192)
def place_in_name(name: str) -> Optional[str]:
    """Where an organisation named ``name`` sits, from the places in its name: the most specific one,
    or None when the name joins places of equal rank ("Beijing-Tianjin ... Park")."""
    g = load_gazetteer()
    places = [division(n) for _, _, n in find_places(name)]
    if not places:
        return None
    spec = most_specific(places)
    if len(spec) == 1:
        return spec[0]
    depths = sorted(((g.depth(n), n) for n in spec), reverse=True)
    if depths[0][0] > depths[1][0]:
        return depths[0][1]
    return None
