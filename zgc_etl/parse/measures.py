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

_STOP_AFTER = (r"in|of|at|from|with|to|into|for|since|by|and|which|that|who|has|have|had|were|was|is|are|will|"
               r"would|can|could|each|respectively|last|this|over|during|on|per|as|than|accounting|up|down|"
               r"registered|worth|valued|totaling|totalling|involving|with|while|including|among|or|located")
_AFTER = re.compile(r"\s*(?:of\s+)?((?:(?!(?:" + _STOP_AFTER + r")\b)[A-Za-z&][\w&'’-]*\s*){1,5})", re.I)
_DETERMINERS = re.compile(r"^(?:the|a|an|its|their|his|her|our|these|those|such|more|other|another|some|of|new)\s+",
                          re.I)
# Verbs and linking phrases that put an amount after the name of what it measures.
_LINK = (r"(?:reached|hit|stood at|stands at|totaled|totalled|totaling|totalling|amounted to|amounting to|"
         r"was|were|is|are|of|at|exceeded|exceeding|exceeds|topped|topping|surpassed|rose to|grew to|increased to|"
         r"climbed to|jumped to|came in at|came to|worth|valued at|hitting|reaching|registered|recorded|saw|"
         r"achieved|generated|raised|attracted|drew|brought in|absorbs|released|sold|earned|has|had|have|"
         r"exceeding|to|with|about|some|around|approximately|nearly|almost|over|more than|up to|as much as|"
         r"less than|at least|roughly|an estimated|by|rose|grew|increased|jumped|climbed|up|down|fell|dropped|"
         r"declined|rising|growing|increasing|accounting for|accounted for|account for|making up|made up|"
         r"representing|or|and|,|\s)*")
_NP_BEFORE = re.compile(r"((?:[A-Za-z&][\w&'’-]*\s+){0,4}?[A-Za-z&][\w&'’-]*)\s*" + _LINK + r"$", re.I)
_BAD_HEAD = re.compile(r"^(?:it|they|which|that|this|there|he|she|we|i|and|or|but|the|a|an|of|in|to|also|has|have|"
                       r"had|was|were|is|are|been|be|will|would|said|says|total|respectively|while|with|year|years|"
                       r"month|months|percent|yuan|dollars|million|billion|trillion|its|their|from|by|at|on|for)$",
                       re.I)
_CHANGE_NOUN = re.compile(r"\b(growth|increase|rise|decline|decrease|drop|jump|surge)\b", re.I)


def _clean(phrase: str) -> Optional[str]:
    p = re.sub(r"\s+", " ", phrase).strip(" ,;:-")
    while True:
        q = _DETERMINERS.sub("", p)
        if q == p:
            break
        p = q
    p = re.sub(r"^(?:[\w'’-]+(?:'s|’s))\s+", "", p)  # "the city's GDP" → "GDP"
    words = p.split()
    while words and _BAD_HEAD.match(words[-1]):
        words.pop()
    while words and _BAD_HEAD.match(words[0]):
        words.pop(0)
    p = " ".join(words)
    return p or None


def measure_after(sentence: str, head_end: int) -> Optional[str]:
    m = _AFTER.match(sentence, head_end)
    if not m:
        return None
    return _clean(m.group(1))


def measure_before(sentence: str, start: int) -> Optional[str]:
    before = sentence[max(0, start - 120):start]
    # stop at the previous number or clause boundary
    cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"))
    mnum = list(re.finditer(r"\d", before))
    if mnum:
        cut = max(cut, mnum[-1].end())
    seg = before[cut + 1:] if cut >= 0 else before
    m = _NP_BEFORE.search(seg)
    if not m:
        return None
    return _clean(m.group(1))


@lru_cache(maxsize=1)
def _catalogue_regex() -> re.Pattern:
    kws = sorted({k for m in load_metrics() for k in m.keywords if len(k) > 2}, key=len, reverse=True)
    return re.compile(r"(?<![\w&])(?:" + "|".join(re.escape(k) for k in kws) + r")(?![\w&])", re.I)


def catalogue_phrase(sentence: str, start: int, end: int) -> Optional[str]:
    """The catalogue phrase nearest to a number in its sentence, preferring one before it."""
    best, best_d = None, None
    for m in _catalogue_regex().finditer(sentence):
        d = start - m.end() if m.end() <= start else (m.start() - end) * 2
        if d < 0:
            continue
        if best_d is None or d < best_d:
            best, best_d = m.group(0), d
    return best


_TRAILING_UNITS = re.compile(r"^(?:yuan|RMB|dollars|U\.S\. dollars|euros|percent|per cent|%|square|meters|metres|"
                             r"kilometers|kilometres|hectares|mu|times|fold|tonnes|tons|metric)\b", re.I)


def find_measure(sentence: str, start: int, head_end: int, unit: str) -> Optional[str]:
    """The measure phrase of the quantity at ``sentence[start:head_end]``."""
    after = measure_after(sentence, head_end)
    if unit == "count" and after:
        return after
    # "60 billion yuan in investment", "2.43 million metric tons of carbon"
    m = re.match(r"\s*(?:in|of|worth of)\s+((?:[A-Za-z&][\w&'’-]*\s*){1,4})", sentence[head_end:])
    if m and unit not in ("percent", "percentage_point", "times"):
        p = _clean(re.split(r"\b(?:" + _STOP_AFTER + r")\b", m.group(1))[0])
        if p and not _TRAILING_UNITS.match(p):
            return p
    before = measure_before(sentence, start)
    if before:
        return before
    if after and not _TRAILING_UNITS.match(after):
        return after
    return catalogue_phrase(sentence, start, head_end)
