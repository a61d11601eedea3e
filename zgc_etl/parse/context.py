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

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from ..model import Article
from ..reference import classify_metric, load_gazetteer
from .measures import find_measure
from .regions import CHINA, division, find_places, is_national, most_specific, place_in_name, sentence_regions
from .subjects import ANAPHOR_CLASS, ANAPHORS, Org, OrgRegistry, find_orgs
from .timex import TimeExpr, dateline_date, find_times, parse_date


@dataclass
class ContextState:
    """What carries from one sentence to the next within an article."""

    subject: Optional[str] = None
    subject_regions: list[str] = field(default_factory=list)
    as_of: Optional[str] = None
    period_start: Optional[str] = None
    deadline: Optional[str] = None
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


@dataclass
class SentenceInfo:
    times: list[TimeExpr]
    orgs: list[Org]
    places: list[tuple[int, int, str]]
    regions: list[str]
    national: bool
    present: bool


# Past tense: a sentence in the past with no time of its own continues the time of the statement before it.
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?\w+", re.I)
_PAST = re.compile(r"\b(?:was|were|had|did|rose|grew|fell|hit|saw|made|took|drew|brought|came|went|became|won|stood|"
                   r"spent|sold|built|began|got|gave|kept|led|held|paid|put|set up|said)\b|"
                   r"\b[a-z]{3,}ed\s+(?:a|an|the|its|their|more|over|about|nearly|almost|some|around|up|down|to|from|"
                   r"by|\d)", re.I)
_PLACE_AFTER_ORG = re.compile(r"^\s*(?:\([^)]*\)\s*)?,?\s*(?:located |based )?(?:in|at) (?:the )?(?:[A-Z][\w'’-]*(?:'s|’s)? ){0,3}"
                              r"([A-Z][\w'’-]*(?: New Area| New District)?)")


def _article_context(article: Article, state: ContextState) -> ArticleContext:
    ctx = state.extra.get("article")
    if ctx is not None:
        return ctx
    pub = parse_date(article.published)
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
    for b in blocks:
        orgs = find_orgs(b.text)
        for o in orgs:
            reg.add(o)
        spans = [(o.start, o.end) for o in orgs]
        for o in orgs:
            where = place_in_name(o.name)
            if not where:
                m = _PLACE_AFTER_ORG.match(b.text[o.end:o.end + 80])
                if m:
                    found = find_places(m.group(0))
                    if found:
                        where = division(found[-1][2])
            if where and o.name not in org_region:
                org_region[o.name] = where
        for s, e, n in find_places(b.text):
            if not any(a <= s < z for a, z in spans):
                place_counts[division(n)] += 1
    # fullest-name locations apply to the short names too
    for name in list(reg.names):
        full = reg.fullest(name)
        if full in org_region and name not in org_region:
            org_region[name] = org_region[full]
        elif name in org_region and full not in org_region:
            org_region[full] = org_region[name]
    title_places = [division(n) for _, _, n in find_places(article.title or "")]
    main_region = None
    if title_places:
        main_region = most_specific(title_places)[0]
    elif place_counts:
        main_region = place_counts.most_common(1)[0][0]
    title_orgs = find_orgs(article.title or "")
    main_subject = reg.fullest(title_orgs[0].name) if title_orgs else None
    ctx = ArticleContext(article.published, ref, reg, org_region, main_region, main_subject)
    state.extra["article"] = ctx
    return ctx


def observe(article: Article, sentence: str, state: ContextState) -> None:
    """Read a sentence that may carry no figure: what it names and when become the context that
    the next sentences refer back to ("the park", "it", "Since then")."""
    ctx = _article_context(article, state)
    _sentence_info(sentence, ctx, state)


def _remember(sentence: str, info: "SentenceInfo", ctx: ArticleContext, state: ContextState) -> None:
    recent = state.extra.setdefault("recent", {})
    g = load_gazetteer()
    for o in info.orgs:
        full = ctx.orgs.fullest(o.name)
        where = ctx.org_region.get(full) or ctx.org_region.get(o.name)
        recent[o.head] = (full, [where] if where else [])
        if o.head == "zone":
            recent["area"] = recent[o.head]
    for s, e, n in info.places:
        p = g.lookup(n)
        if p is None or n == CHINA:
            continue
        d = division(n)
        if p.is_zone:
            recent["zone"] = (ctx.orgs.fullest(sentence[s:e]), [d])
        else:
            recent["region"] = (d, [d])
    # the subject of a sentence is the name it opens with; a photo credit or a bare heading
    # ("Qingdao National High-tech Industrial Development Zone (PHOTO: VCG)") has none
    heading = len(sentence.split()) < 6 or re.search(r"\b(?:photo|PHOTO|Photo)\b", sentence)
    for c in ([] if heading else _candidates(sentence, info, ctx, state)):
        if _subject_position(sentence, c[0]):
            if c[4] != "anaphor":
                state.subject, state.subject_regions = c[2], c[3]
                state.extra["subject_class"] = c[4]
            break
    times = [t for t in info.times if t.role in ("point", "period")]
    if times:
        state.as_of, state.period_start = times[-1].as_of, times[-1].period_start
    dl = [t for t in info.times if t.role == "deadline"]
    if dl:
        state.deadline = dl[-1].as_of


def _sentence_info(sentence: str, ctx: ArticleContext, state: ContextState) -> SentenceInfo:
    if state.sentence == sentence and "info" in state.extra:
        return state.extra["info"]
    if "info" in state.extra and state.sentence is not None and state.extra.get("info_role") != "caption":
        _remember(state.sentence, state.extra["info"], ctx, state)
    orgs = find_orgs(sentence)
    spans = [(o.start, o.end) for o in orgs]
    places = [(s, e, n) for s, e, n in find_places(sentence, with_china=True) if not any(a <= s < b for a, b in spans)]
    regions = sentence_regions(sentence, spans)
    for o in orgs:
        where = ctx.org_region.get(o.name) or ctx.org_region.get(ctx.orgs.fullest(o.name))
        if where and where not in regions and not any(load_gazetteer().is_within(r, where) for r in regions):
            regions = most_specific(regions + [where])
    info = SentenceInfo(find_times(sentence, ctx.ref), orgs, places, regions, is_national(sentence),
                        not _PAST.search(_PERFECT.sub(" ", sentence)))
    # the sentence's own time becomes the time the next sentences continue
    state.sentence = sentence
    state.extra["info"] = info
    state.extra["info_role"] = state.extra.get("role")
    state.extra["new_sentence"] = True
    return info


# ------------------------------------------------------------------ time

def _attached_time(sentence: str, q, times: list[TimeExpr]) -> Optional[TimeExpr]:
    cands = [t for t in times if t.role in ("point", "period", "open", "deadline", "since_then")]
    if not cands:
        return None
    after = [t for t in cands if t.start >= q.end and not re.search(r"\d", sentence[q.end:t.start])
             and t.start - q.end <= 40 and not re.search(r"[,;]", sentence[q.end:t.start])]
    if after:
        return after[0]
    before = [t for t in cands if t.end <= q.start]
    if before:
        # a period that frames the whole sentence ("Over the past five years, ...") wins over a later point
        return before[-1]
    return cands[0]


def _resolve_time(sentence: str, q, info: SentenceInfo, ctx: ArticleContext, state: ContextState):
    pub = ctx.published
    times = info.times
    deadlines = [t for t in times if t.role == "deadline"]
    periods = [t for t in times if t.role == "period"]
    if q.kind == "target":
        as_of = deadlines[0].as_of if deadlines else None
        if as_of is None:
            fut = [t for t in times if t.role == "point" and t.as_of and pub and t.as_of[:4] >= pub[:4]]
            as_of = fut[0].as_of[:4] if fut else state.deadline
        ps = periods[0].period_start if periods and as_of and periods[0].as_of[:4] == as_of[:4] else None
        return as_of, ps
    t = _attached_time(sentence, q, times)
    if t is None:
        if info.present or state.as_of is None:
            as_of, ps = pub, None
        else:
            as_of, ps = state.as_of, state.period_start
    elif t.role == "open":
        as_of, ps = pub, None
    elif t.role == "since_then":
        as_of, ps = pub, (state.as_of if state.as_of and state.as_of != pub else None)
    else:
        as_of, ps = t.as_of, t.period_start
    if ps is None and q.kind == "change":
        bases = [b for b in times if b.role == "base" and not re.search(
            r"\d", sentence[q.end:b.start] if b.start >= q.end else sentence[b.end:q.start])]
        if bases and as_of and bases[0].period_start and int(as_of[:4]) - int(bases[0].period_start[:4]) > 1:
            ps = bases[0].period_start
    return as_of, ps


# ------------------------------------------------------------------ subject and regions

_PREP_BEFORE = re.compile(r"\b(?:in|at|from|to|into|of|with|near|across|throughout|between|among|for|than|"
                          r"including|like|outside|around|during|as|ranked|over|by|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,1}$", re.I)


def _region_subject(name: str) -> str:
    return name


def _candidates(sentence: str, info: SentenceInfo, ctx: ArticleContext, state: ContextState) -> list:
    """Names a figure of the sentence may describe: (start, end, subject, implied regions, class)."""
    cands = []
    for o in info.orgs:
        full = ctx.orgs.fullest(o.name)
        where = ctx.org_region.get(full) or ctx.org_region.get(o.name)
        cands.append((o.start, o.end, full, [where] if where else [], o.head))
    g = load_gazetteer()
    named = [n for _, _, n in info.places]
    for s, e, n in info.places:
        d = division(n)
        if any(n in g.ancestors(o) for o in named if o != n):
            continue  # "Hangzhou, capital of Zhejiang": the more specific place is the subject
        if g.lookup(n) is not None and g.lookup(n).is_zone:
            # a zone named on its own ("Dongjiang", "Saihanba") stands for the body of that name
            cands.append((s, e, ctx.orgs.fullest(sentence[s:e]), [d], "zone"))
        else:
            cands.append((s, e, d, [d], "place"))
    recent = state.extra.get("recent", {})
    for m in ANAPHORS.finditer(sentence):
        cls = ANAPHOR_CLASS[m.group(1).lower()]
        if cls in recent:
            cands.append((m.start(), m.end(), recent[cls][0], recent[cls][1], "anaphor"))
        elif state.subject and cls == state.extra.get("subject_class"):
            cands.append((m.start(), m.end(), state.subject, state.subject_regions, "anaphor"))
    for m in _PRONOUN.finditer(sentence):
        if state.subject:
            cands.append((m.start(), m.end(), state.subject, state.subject_regions, "anaphor"))
    cands.sort()
    return cands


_OPENING = re.compile(r"^(?:[^,]*,\s+)?(?:(?:the|a|an|its|[A-Z][\w'’.-]*|[\w-]+['’]s|and|,)\s+)*$")


def _subject_position(sentence: str, start: int) -> bool:
    """Whether a name at ``start`` opens its sentence or main clause: only an introductory phrase,
    articles and other names come before it ("In 2018, the Tianjin ... Park", "China's ...")."""
    return bool(_OPENING.match(sentence[:start]))


_PRONOUN = re.compile(r"(?:^|(?<=[,;] ))(?:It|it|Its|its)\b")


def _resolve_subject(sentence: str, q, info: SentenceInfo, ctx: ArticleContext, state: ContextState):
    """(subject, regions implied by the subject) for a quantity."""
    cands = _candidates(sentence, info, ctx, state)
    chosen = None
    before = [c for c in cands if c[1] <= q.start]
    plain = [c for c in before if not _PREP_BEFORE.search(sentence[max(0, c[0] - 30):c[0]])]
    # "2,000 registered enterprises in Tianjin Binhai-Zhongguancun Science Park"
    after_org = [c for c in cands if c[0] >= q.end and c[4] not in ("place", "anaphor") and c[0] - q.end <= 60
                 and re.match(r"^(?:[\w'’-]+\s+){0,4}?(?:in|at|of)\s+(?:the\s+)?$", sentence[q.end:c[0]])]
    orgs_plain = [c for c in plain if c[4] != "place"]
    opening = [c for c in before if _subject_position(sentence, c[0])]
    if opening:
        chosen = opening[0]
    elif orgs_plain:
        chosen = orgs_plain[-1]
    elif after_org:
        chosen = after_org[0]
    elif plain:
        chosen = plain[0]
    elif before and any(c[4] != "place" for c in before):
        chosen = [c for c in before if c[4] != "place"][-1]
    if chosen is not None:
        return chosen[2], chosen[3]
    if state.subject:
        return state.subject, state.subject_regions
    if ctx.main_subject:
        return ctx.main_subject, [ctx.org_region[ctx.main_subject]] if ctx.main_subject in ctx.org_region else []
    if ctx.main_region:
        return ctx.main_region, [ctx.main_region]
    return None, []


def _resolve_regions(sentence: str, info: SentenceInfo, implied: list[str], subject: Optional[str],
                     ctx: ArticleContext, state: ContextState) -> list[str]:
    regions = list(info.regions)
    if not regions:
        if implied:
            regions = implied
        elif info.national and not state.regions:
            regions = [CHINA]
        elif state.regions:
            regions = state.regions
        elif ctx.main_region:
            regions = [ctx.main_region]
        elif info.national:
            regions = [CHINA]
    state.regions = regions
    return regions


def resolve(article: Article, sentence: str, q, state: ContextState) -> dict:
    ctx = _article_context(article, state)
    info = _sentence_info(sentence, ctx, state)
    as_of, period_start = _resolve_time(sentence, q, info, ctx, state)
    subject, implied = _resolve_subject(sentence, q, info, ctx, state)
    regions = _resolve_regions(sentence, info, implied, subject, ctx, state)
    measure = find_measure(sentence, q.start, q.head_end or q.end, q.unit, state.extra.get("measure"), q.kind)
    state.extra["measure"] = measure
    return {
        "as_of": as_of,
        "period_start": period_start,
        "subject": subject,
        "regions": regions,
        "measure": measure,
        "metric": classify_metric(measure),
    }
