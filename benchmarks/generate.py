"""A deterministic generator of large corpora for the benchmark.

It reads the sample articles of ``data/raw`` at generation time, keeps their body
sentences as *templates* (numbers, places, months and outlets become slots), and
recombines them into new articles with new numbers, names, places, dates, outlets
and page chrome, as plain-text pages and as saved web pages (HTML with navigation,
bylines, captions, related links, entities and footers).

New numbers keep the magnitude and format of the sample's, and what the sentence ties together
(see ``_rules``): a share stays within 100 %, a bracketed conversion ("X yuan ($Y)") implies the
exchange rate of the article's year, parts after "including" stay within their total (after
"comprising" make it up), a range runs upwards. So a generated corpus passes the warehouse's
blocking checks as real articles do.

The output is a pure function of (seed, index, the sample articles, GENERATOR_VERSION):
article ``i`` is drawn from its own ``random.Random``, so a corpus of 100,000 is the
corpus of 10,000 plus 90,000 more, and generation runs in parallel.

    python -m benchmarks.generate --n 10000 [--out /tmp/zgc_bench/corpus_10000] [--seed 8]

It writes into a folder outside the repository (shards of 1,000 files, ``000/`` …)
and a ``MANIFEST.json`` that the benchmark uses to reuse an existing corpus.
"""
from __future__ import annotations

import argparse
import html
import json
import math
import os
import random
import re
import shutil
import sys
import time
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Optional

GENERATOR_VERSION = "2"
REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "raw"
DEFAULT_ROOT = Path(os.environ.get("ZGC_BENCH_DIR", "/tmp/zgc_bench"))
SHARD = 1000

# --- vocabulary: what the sample sentences name, and what the generator may name instead -------------

PLACES = [
    "Zhongguancun", "Beijing", "Tianjin", "Hebei", "Baoding", "Xiong'an", "Xiong’an", "Binhai", "Tangshan",
    "Shijiazhuang", "Baodi", "Caofeidian", "Dongjiang", "Xi'an", "Xi’an", "Hangzhou", "Guangzhou", "Changzhou",
    "Chongli", "Zhangjiakou", "Saihanba", "Shenzhen", "Shanghai", "Jiangsu", "Zhejiang", "Guangdong", "Shaanxi",
    "Jingtang", "Langfang", "Cangzhou", "Chengde", "Qinhuangdao", "Handan", "Xingtai", "Hengshui", "Wuqing",
    "Jinghai", "Nankai", "Haidian", "Chaoyang", "Shunyi", "Yizhuang", "Tongzhou", "Daxing", "Fengtai",
]
NEW_PLACES = PLACES + [
    "Wuhan", "Chengdu", "Hefei", "Suzhou", "Nanjing", "Qingdao", "Jinan", "Xiamen", "Ningbo", "Changsha",
    "Zhengzhou", "Shenyang", "Dalian", "Harbin", "Kunming", "Chongqing", "Wuxi", "Foshan", "Dongguan", "Yantai",
    "Taiyuan", "Hohhot", "Lanzhou", "Nanchang", "Fuzhou", "Guiyang", "Nanning", "Urumqi", "Lhasa", "Haikou",
]
OUTLETS = ["chinadaily.com.cn", "China Daily", "Xinhua", "CGTN", "Global Times", "People's Daily Online",
           "ECNS", "China.org.cn", "Science and Technology Daily", "Shenzhen Daily", "exploringtianjin.com",
           "Beijing Review", "Tianjin Daily", "Hebei Daily", "Caixin Global"]
SURNAMES = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Hu", "Zhu",
            "Gao", "Lin", "He", "Guo", "Ma", "Luo", "Liang", "Song", "Zheng", "Xie", "Han", "Tang", "Feng", "Yu",
            "Dong", "Xiao", "Cheng", "Cao", "Yuan", "Deng", "Fu", "Shen", "Zeng", "Peng", "Lu", "Su", "Jiang", "Cai"]
GIVEN = ["Wei", "Fang", "Min", "Jing", "Lei", "Jun", "Yang", "Yong", "Yan", "Jie", "Tao", "Ming", "Chao", "Xiuying",
         "Hua", "Ping", "Gang", "Qiang", "Hui", "Lin", "Xin", "Bin", "Hao", "Yu", "Kai", "Lan", "Qilin", "Hongyan",
         "Juan", "Dandan", "Zhiwei", "Xiaoming", "Haiyan", "Jianguo", "Guohua", "Yifan", "Ruoxi", "Zihan"]
ROLES = ["director of the management committee of", "deputy head of", "a researcher at", "general manager of",
         "Party secretary of", "vice-mayor of", "an official with", "chairman of"]
ORG_KINDS = ["Science Park", "High-tech Zone", "Innovation Center", "Economic-Technological Development Area",
             "Free Trade Zone", "Science and Technology City", "Industrial Park", "Innovation Institute"]
SECTIONS = ["China", "Business", "Regional", "Tech", "Economy", "Innovation", "Special Report", "Investment"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# sentences of the generator's own, for variety the samples lack (quotes, captions)
EXTRA_TEMPLATES = [
    '"The {PLACE} {ORG} now hosts more than {N:1,200} companies, and their revenue grew {N:12.5} percent last year," '
    'said {PERSON}, {ROLE} the {ORG}.',
    "By the end of {YEAR}, {PLACE} had attracted {N:356} projects with a total investment of {N:48.7} billion yuan "
    "(about {N:6.9} billion U.S. dollars).",
    "The {ORG} covers an area of {N:10.3} square kilometers and plans to add {N:800,000} square meters of office space "
    "by {YEAR}.",
    "In the first {N:3} quarters, the added value of high-tech industries in {PLACE} rose {N:8.2} percent year on year, "
    "accounting for {N:21.4} percent of the total.",
    "{PERSON} said the {PLACE} {ORG} would invest {N:2.5} billion yuan in {N:15} new laboratories over the next "
    "{N:5} years.",
]
CAPTIONS = [
    "A view of the {PLACE} {ORG}. [Photo/{OUTLET}]",
    "Employees at work in a company based in the {PLACE} {ORG}. [Photo/Xinhua]",
    "Photo shows the construction site of a new laboratory in {PLACE}. (Photo by {PERSON})",
]

_NUM = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(st|nd|rd|th)?(?![\w])")
_PLACE = re.compile(r"(?<![\w'’])(" + "|".join(sorted(map(re.escape, PLACES), key=len, reverse=True)) + r")(?![\w])")
_MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")
_OUTLET = re.compile(r"\b(Xinhua|China Daily|Global Times|CGTN)\b")
_SLOT = re.compile(r"\{(N|ORD|PLACE|YEAR|MONTH|OUTLET|PERSON|ROLE|ORG)(?::([^}]*))?\}")
#: a sentence ending in an abbreviation the parser does not take for a sentence end (zgc_etl.parse.sentences)
_ENDS_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Co|Ltd|Inc|Corp|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
                          r"Sep|Sept|Oct|Nov|Dec|approx|est|Gov|Dept|Univ|Sq)|(?:^|\s)[A-Z]|U\.S|U\.K)"
                          r"\.[\"”’)\]]*\s*$")
#: the last part of a template that ends its paragraph
_BREAK = ("BREAK", None)
_SENT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“(]?[A-Z0-9])")


# --- templates -------------------------------------------------------------------------------------------

@dataclass
class Templates:
    figure: list[list]  # sentences with numbers: lists of literal strings and slots
    filler: list[list]  # sentences without numbers
    titles: list[list]
    captions: list[list]


def _compile(sentence: str, own: bool = False) -> list:
    """A sentence → parts: literal strings and slot tuples ('N', original) / ('PLACE',) / …

    ``own``: a template of the generator's own (EXTRA_TEMPLATES, CAPTIONS), whose slots are written
    out already (``{N:12.5}``, ``{PLACE}``); a sample sentence's braces are text, not slots.
    """
    if own:
        return _parts(sentence)
    marked = sentence.replace("{", "(").replace("}", ")")

    def num(m: re.Match) -> str:
        n, suffix = m.group(1), m.group(2)
        digits = n.replace(",", "")
        if suffix:
            return "{ORD:" + digits + suffix + "}"
        if re.fullmatch(r"(19[5-9]\d|20[0-4]\d)", digits):
            return "{YEAR}"
        return "{N:" + n + "}"

    marked = _NUM.sub(num, marked)
    marked = _PLACE.sub("{PLACE}", marked)
    marked = _MONTH.sub("{MONTH}", marked)
    marked = _OUTLET.sub("{OUTLET}", marked)
    return _parts(marked)


def _parts(marked: str) -> list:
    """A sentence with its slots marked (``{N:12.5}``, ``{PLACE}``) → literal strings and slot tuples.

    In a sentence whose numbers are tied together (see :func:`_rules`), a :class:`Ruled` list, each number
    slot is ``('N', original, rule)``, ``rule`` None for a number drawn freely.
    """
    rules = _rules(marked)
    parts: list = Ruled() if rules else []
    pos = 0
    k = 0
    for m in _SLOT.finditer(marked):
        if m.start() > pos:
            parts.append(marked[pos:m.start()])
        if m.group(1) == "N" and rules:
            parts.append(("N", m.group(2), rules.get(k)))
            k += 1
        else:
            parts.append((m.group(1), m.group(2)))
        pos = m.end()
    if pos < len(marked):
        parts.append(marked[pos:])
    return parts


class Ruled(list):
    """The parts of a template with numbers tied to others (a list: filled like any template)."""


# --- consistent figures: what a number must agree with in its sentence ----------------------------------
#
# Numbers are drawn one by one, but a sentence ties some of them together, and the warehouse's checks
# hold real articles to that: a share stays within 0-100 %, a bracketed conversion "X yuan ($Y)" implies
# the exchange rate of its day, parts named after "including" do not exceed their total (and after
# "comprising" add up to it), a range "15-20" runs upwards.  Each tied number gets a rule at compile
# time, from the sample sentence's own wording; it is drawn from the numbers before it when filled.

#: yuan per US dollar, yearly means of the ECB reference rates (the fx_band check allows ±15 % around the
#: mean of the article's month; within a year the monthly means stray up to 7 % from the yearly one)
CNY_PER_USD = {2015: 6.23, 2016: 6.64, 2017: 6.75, 2018: 6.62, 2019: 6.91, 2020: 6.90, 2021: 6.45, 2022: 6.73,
               2023: 7.08, 2024: 7.19, 2025: 7.20}
HKD_PER_USD = 7.80  # the peg's band: 7.75-7.85
FX_NOISE = 0.03  # an article's own rate strays up to ±3 % from the year's mean
#: square metres per unit of area ("1.16 million mu (approximately 77,333 hectares)")
AREA_M2 = {"mu": 10_000 / 15, "hectare": 1e4, "km2": 1e6, "m2": 1.0}
SCALES = {"thousand": 1e3, "million": 1e6, "mln": 1e6, "billion": 1e9, "bln": 1e9, "bn": 1e9, "trillion": 1e12}
_UNIT_WORDS = {
    "US$": "USD", "$": "USD", "USD": "USD", "U.S. dollars": "USD", "US dollars": "USD", "dollars": "USD",
    "HK$": "HKD", "HKD": "HKD", "Hong Kong dollars": "HKD", "HK dollars": "HKD",
    "RMB": "CNY", "CNY": "CNY", "yuan": "CNY",
    "mu": "mu", "hectare": "hectare", "hectares": "hectare", "square kilometers": "km2", "square kilometres": "km2",
    "sq km": "km2", "km2": "km2", "square meters": "m2", "square metres": "m2", "m2": "m2",
}
_CURRENCIES = {"CNY", "USD", "HKD"}
_PRE = r"(?:(?P<pre{i}>US\$|HK\$|\$|RMB|CNY|USD|HKD)\s*)?"
_TOK = r"(?P<t{i}>\{{N:[^}}]*\}})"
_SCALE = r"(?:\s*-?\s*(?P<sc{i}>" + "|".join(SCALES) + r")\b)?"
_POST = (r"(?:\s*(?P<post{i}>" + "|".join(re.escape(w) for w in sorted(_UNIT_WORDS, key=len, reverse=True)
                                           if w[0].isalpha()) + r")(?![\w$]))?")


def _side(i: int) -> str:
    return (_PRE + _TOK + _SCALE + _POST).format(i=i)


#: "X yuan ($Y)", "$Y (about X yuan)", "HK$7.37 (US$0.95)", "1.16 million mu (approximately 77,333 hectares)"
_PAIR = re.compile(_side(1) + r"\s*\(\s*(?:(?:about|approximately|approx\.|around|roughly|some|nearly|or|"
                   r"equivalent to|equal to)\s+)?" + _side(2) + r"\s*\)")
#: a range: "15-20", "80 or 90 percent", "HK$7.37 (US$0.95) to HK$9.58"
_RANGE = re.compile(r"(?P<t1>\{N:[^}]*\})(?:\s*\([^()]*\))?\s*(?:-|–|to|or)\s*(?:US\$|HK\$|\$|RMB|CNY|USD|HKD)?\s*"
                    r"(?P<t2>\{N:[^}]*\})")
_PERCENT_AFTER = re.compile(r"\s*-?\s*(?:percent|per cent|pct|%)")
_SCALE_AFTER = re.compile(r"\s*-?\s*(" + "|".join(SCALES) + r")\b")
#: the words that introduce parts of a total (zgc_etl.warehouse.audits.PART_CUES)
_PART_CUE = re.compile(r"\b(including|of which|among them|among which|comprising|consisting of|made up of|"
                       r"divided into|split into|broken down into)\b", re.I)
_EXHAUSTIVE = {"comprising", "consisting of", "made up of", "divided into", "split into", "broken down into"}
_N_TOKEN = re.compile(r"\{N:([^}]*)\}")
#: an amount's currency or unit, before it ("US${N:1}") or after it ("{N:35} billion yuan", "{N:93,000} hectares")
_PRE_BEFORE = re.compile(r"(US\$|HK\$|\$|RMB|CNY|USD|HKD)\s*\Z")
_POST_AFTER = re.compile((_SCALE + _POST).format(i=1))


def _value(number: str) -> float:
    return float(number.replace(",", ""))


def _rules(marked: str) -> dict:
    """Rules of the number slots of one marked sentence, by slot index (the k-th ``{N:…}``).

    - ``("cap", c)``: drawn freely, at most ``c`` (a percentage the sample kept within 100);
    - ``("conv", j, unit_j, unit, factor)``: the value of slot ``j`` in ``unit_j``, converted to ``unit``
      (``factor``: slot ``j``'s scale over this slot's scale, "billion" over "million" = 1000);
    - ``("above", j, ratio, cap)``: the upper end of a range starting at slot ``j`` (ratio as in the sample);
    - ``("part", j, scale_j, group, exhaustive, frac)``: one of the parts (``group``: their slot indexes,
      sample numbers and scales) of the total in slot ``j``; ``frac``: the share of the total the sample's
      parts made (at most 1).
    """
    toks = list(_N_TOKEN.finditer(marked))
    if not toks:
        return {}
    index = {m.start(): k for k, m in enumerate(toks)}
    orig = [_value(m.group(1)) for m in toks]
    percent = [bool(_PERCENT_AFTER.match(marked, m.end())) for m in toks]
    scale = []
    for m in toks:
        sm = _SCALE_AFTER.match(marked, m.end())
        scale.append(SCALES[sm.group(1)] if sm else 1.0)
    rules: dict = {}
    # ranges: "80 or 90 percent" is a percentage at both ends
    ranges = {}
    for m in _RANGE.finditer(marked):
        a, b = index[m.start("t1")], index[m.start("t2")]
        if percent[b]:
            percent[a] = True
        if 0 < orig[a] < orig[b]:
            ranges[b] = a
    caps = [100.0 if percent[k] and orig[k] <= 100 else None for k in range(len(toks))]
    for b, a in ranges.items():
        if caps[b] is not None and caps[a] is not None:  # the lower end leaves the upper end room below 100
            caps[a] = 100.0 * orig[a] / orig[b]
    for k, c in enumerate(caps):
        if c is not None:
            rules[k] = ("cap", c)
    for b, a in ranges.items():
        rules[b] = ("above", a, orig[b] / orig[a], caps[b])
    # the unit of each amount: percent, a currency or unit of area, else None (a count, tonnes, …)
    unit: list = ["percent" if p else None for p in percent]
    for k, m in enumerate(toks):
        if unit[k] is None:
            pre = _PRE_BEFORE.search(marked, max(0, m.start() - 8), m.start())
            post = _POST_AFTER.match(marked, m.end())
            unit[k] = _UNIT_WORDS.get((pre and pre.group(1)) or post.group("post1") or "")
    # bracketed conversions: the bracket follows from the amount before it
    for m in _PAIR.finditer(marked):
        a, b = index[m.start("t1")], index[m.start("t2")]
        u1 = _UNIT_WORDS.get(m.group("pre1") or m.group("post1") or "")
        u2 = _UNIT_WORDS.get(m.group("pre2") or m.group("post2") or "")
        if u2 is None:  # "50 billion yuan (7 billion)": the bracket is in dollars
            u2 = {"CNY": "USD", "USD": "CNY"}.get(u1)
        if u1 is None or u2 is None or u1 == u2 or ((u1 in _CURRENCIES) != (u2 in _CURRENCIES)):
            continue
        rules[b] = ("conv", a, u1, u2, SCALES.get(m.group("sc1"), 1.0) / SCALES.get(m.group("sc2"), 1.0))
        unit[a], unit[b] = u1, u2
    # parts of a total: the last number before the cue; the parts, the numbers after it in the total's
    # unit, up to the first in another (as the parts_and_totals audit reads them; a bracket is skipped)
    for cue in _PART_CUE.finditer(marked):
        before = [k for k, m in enumerate(toks) if m.end() <= cue.start()]
        if not before:
            continue
        t = before[-1]
        group = []
        for k, m in enumerate(toks):
            if m.start() < cue.end() or rules.get(k, ("",))[0] == "conv":
                continue
            if unit[k] != unit[t] or rules.get(k, ("",))[0] in ("above", "part"):
                break
            group.append(k)
        if not group:
            continue
        total = orig[t] * scale[t]
        frac = sum(orig[k] * scale[k] for k in group) / total if total > 0 else 1.0
        spec = tuple((k, toks[k].group(1), scale[k]) for k in group)
        exhaustive = cue.group(1).lower() in _EXHAUSTIVE
        for k in group:
            rules[k] = ("part", t, scale[t], spec, exhaustive, min(frac, 1.0))
    return rules


def harvest(samples: Path = SAMPLES) -> Templates:
    """Body sentences (and titles) of the sample articles, as templates."""
    sys.path.insert(0, str(REPO))
    from zgc_etl.ingest import iter_raw_files, load_article
    from zgc_etl.model import Rejection

    figure, filler, titles, seen = [], [], [], set()
    for path in iter_raw_files(samples):
        art = load_article(path, samples)
        if isinstance(art, Rejection):
            continue
        if art.title:
            titles.append(_compile(art.title))
        for block in art.body_blocks():
            for s in _SENT.split(block.text):
                s = s.strip()
                if len(s) < 25 or s in seen or "(Xinhua) --" in s:
                    continue
                seen.add(s)
                parts = _compile(s)
                if _ENDS_ABBREV.search(s):  # "... Co Ltd." would run into the next sentence: it ends its paragraph
                    parts.append(_BREAK)
                (figure if re.search(r"\d", s) else filler).append(parts)
    figure += [_compile(t, own=True) for t in EXTRA_TEMPLATES]
    if not figure:
        raise SystemExit(f"generate: no sample sentences with numbers under {samples}")
    return Templates(figure, filler or [["The park keeps growing."]],
                     titles or [_compile("{PLACE} {ORG} grows", own=True)], [_compile(c, own=True) for c in CAPTIONS])


# --- filling slots -------------------------------------------------------------------------------------

def _decimals(original: str) -> int:
    return len(original.split(".")[1]) if "." in original else 0


def _format(value: float, original: str, decimals: Optional[int] = None) -> str:
    """``value`` written as the sample wrote ``original``: its decimals (unless given), its thousands commas."""
    d = _decimals(original) if decimals is None else decimals
    return f"{value:,.{d}f}" if "," in original else f"{value:.{d}f}"


def _new_number(rng: random.Random, original: str) -> str:
    """A number like ``original``, up to four times larger or smaller."""
    digits = original.replace(",", "")
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    value = float(digits) * 10 ** rng.uniform(-0.6, 0.6)
    if value < 1 and decimals == 0:
        value = rng.randint(1, 9)
    s = f"{value:,.{decimals}f}" if "," in original else f"{value:.{decimals}f}"
    return s


def _capped_number(rng: random.Random, original: str, cap: float) -> str:
    """A number like ``original``, up to four times larger or smaller, at most ``cap``."""
    base = _value(original)
    hi = max(-0.6, min(0.6, math.log10(cap / base))) if base > 0 else 0.6
    value = base * 10 ** rng.uniform(-0.6, hi)
    if value < 1 and _decimals(original) == 0:
        value = rng.randint(1, max(1, min(9, int(cap))))
    return _format(min(value, cap), original)


def _precise(value: float, original: str, rel: float = 0.005) -> str:
    """``value`` in ``original``'s style, with as many more decimals as keep it within ``rel`` of itself
    ("$0.3 billion" rather than "$0 billion")."""
    d = _decimals(original)
    s = _format(value, original, d)
    while value > 0 and abs(_value(s) - value) > rel * value and d < _decimals(original) + 4:
        d += 1
        s = _format(value, original, d)
    return s


def _ordinal(rng: random.Random, original: str) -> str:
    n = rng.randint(1, 40)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class Filler:
    """Fills the slots of one article; one place, organisation and person stay the article's protagonists."""

    def __init__(self, rng: random.Random, year: int):
        self.rng = rng
        self.year = year
        self.places = rng.sample(NEW_PLACES, 4)
        self.org = rng.choice(ORG_KINDS)
        self.people = [f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}" for _ in range(2)]
        self._per_usd: Optional[dict] = None

    def per_usd(self, unit: str) -> float:
        """Units of a currency per US dollar at the article's own rate (drawn once, on first use)."""
        if self._per_usd is None:
            y = min(max(self.year, min(CNY_PER_USD)), max(CNY_PER_USD))
            self._per_usd = {"USD": 1.0, "CNY": CNY_PER_USD[y] * (1 + self.rng.uniform(-FX_NOISE, FX_NOISE)),
                             "HKD": HKD_PER_USD * (1 + self.rng.uniform(-0.003, 0.003))}
        return self._per_usd[unit]

    def slot(self, kind: str, arg: Optional[str]) -> str:
        rng = self.rng
        if kind == "N":
            return _new_number(rng, arg or "10")
        if kind == "ORD":
            return _ordinal(rng, arg or "1st")
        if kind == "PLACE":
            return self.places[0] if rng.random() < 0.5 else rng.choice(self.places)
        if kind == "YEAR":
            return str(self.year - rng.choice((0, 1, 1, 2, 3, 5, -2)))
        if kind == "MONTH":
            return rng.choice(MONTHS)
        if kind == "OUTLET":
            return rng.choice(("Xinhua", "China Daily", "Global Times", "CGTN"))
        if kind == "PERSON":
            return rng.choice(self.people)
        if kind == "ROLE":
            return rng.choice(ROLES)
        if kind == "ORG":
            return self.org
        return ""  # _BREAK

    def number(self, original: str, rule: Optional[tuple], vals: list, parts: dict) -> str:
        """One number slot of a sentence; ``vals``: the numbers written so far in the sentence, ``parts``:
        the parts already drawn for their total (by slot index)."""
        rng = self.rng
        k = len(vals)
        if rule is None:
            return _new_number(rng, original)
        kind = rule[0]
        if kind == "cap":
            return _capped_number(rng, original, rule[1])
        if kind == "conv":
            _, j, u1, u2, factor = rule
            if u2 in _CURRENCIES:
                rate = self.per_usd(u2) / self.per_usd(u1)
            else:
                rate = AREA_M2[u1] / AREA_M2[u2]
            # rounding costs at most 2.5 %: with the article's 3 % and the year's 7 % it stays well within 15 %
            return _precise(_value(vals[j]) * factor * rate, original, rel=0.025)
        if kind == "above":
            _, j, ratio, cap = rule
            low = _value(vals[j])
            value = low * ratio * 10 ** rng.uniform(-0.1, 0.1)
            if cap is not None:
                value = min(value, cap)
            s = _format(value, original)
            if _value(s) <= low:  # the range runs upwards, also once rounded
                s = _format(low + 10 ** -_decimals(original), original)
            return s
        if kind == "part":
            if k not in parts:
                parts.update(self._parts(rule, vals))
            return parts[k]
        return _new_number(rng, original)

    def _parts(self, rule: tuple, vals: list) -> dict:
        """All the parts of one total, by slot index, written in their samples' style: in proportions near
        the sample's, adding up to the total (exhaustive cue) or to a little less than it (at most the
        share of it the sample's parts made)."""
        rng = self.rng
        _, t, t_scale, spec, exhaustive, frac = rule
        total = _value(vals[t]) * t_scale
        share = 1.0 if exhaustive else frac * rng.uniform(0.8, 1.0)
        weights = [_value(o) * sc * 10 ** rng.uniform(-0.25, 0.25) for _, o, sc in spec]
        ws = sum(weights) or 1.0
        out: dict = {}
        left = total
        for n, ((k, original, sc), w) in enumerate(zip(spec, weights)):
            d = _decimals(original)
            if exhaustive and n == len(spec) - 1:  # the last part makes up the rest
                s = _precise(max(left / sc, 0.0), original)
            else:  # rounded down: the parts never outgrow the total
                s = _format(math.floor(total * share * w / ws / sc * 10 ** d) / 10 ** d, original)
            if _value(s) <= 0:
                s = _format(10.0 ** -d, original)
            left -= _value(s) * sc
            out[k] = s
        return out

    def fill(self, parts: list) -> str:
        if parts.__class__ is not Ruled:
            return "".join(p if p.__class__ is str else self.slot(*p) for p in parts)
        out: list = []
        vals: list = []  # the sentence's numbers so far, as written
        drawn: dict = {}
        for p in parts:
            if p.__class__ is str:
                out.append(p)
            elif p[0] == "N":
                if p[2] is None:
                    s = _new_number(self.rng, p[1] or "10")
                else:
                    s = self.number(p[1] or "10", p[2], vals, drawn)
                vals.append(s)
                out.append(s)
            elif p != _BREAK:
                out.append(self.slot(*p))
        return "".join(out)


# --- one article -----------------------------------------------------------------------------------------

def _paragraphs(rng: random.Random, f: Filler, t: Templates) -> tuple[list[str], list[int]]:
    """Body paragraphs, and the indexes after which a photo caption goes."""
    paras = []
    for _ in range(rng.randint(4, 12)):
        n = rng.choice((1, 1, 2, 2, 3))
        sents = []
        for _ in range(n):
            tpl = rng.choice(t.figure if rng.random() < 0.7 else t.filler)
            sents.append(f.fill(tpl))
            if tpl[-1] == _BREAK:
                break
        paras.append(" ".join(sents))
    captions = [i for i in range(len(paras)) if rng.random() < 0.08]
    return paras, captions


def article(seed: int, i: int, t: Templates) -> tuple[str, str]:
    """(relative file name, content) of article ``i``."""
    rng = random.Random(seed * 1_000_003 + i)
    year = rng.randint(2015, 2025)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    hh, mm = rng.randint(6, 22), rng.randint(0, 59)
    f = Filler(rng, year)
    title = f.fill(rng.choice(t.titles)).strip() or f"{f.places[0]} {f.org} grows"
    outlet = rng.choice(OUTLETS)
    paras, caps = _paragraphs(rng, f, t)
    captions = {i: f.fill(rng.choice(t.captions)) for i in caps}
    if rng.random() < 0.25:  # a wire story: "CITY, Month d (Xinhua) -- ..."
        outlet = "Xinhua"
        paras[0] = f"{f.places[0].upper()}, {MON_ABBR[month - 1]}. {day} (Xinhua) -- {paras[0]}"
    slug = re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_")[:48] or "article"
    is_html = rng.random() < 0.45
    name = f"{i // SHARD:03d}/{slug}_{i:06d}.{'html' if is_html else 'txt'}"
    ctx = dict(title=title, outlet=outlet, year=year, month=month, day=day, hh=hh, mm=mm, f=f)
    body = (_html_page if is_html else _text_page)(rng, paras, captions, ctx, t)
    return name, body


def _related(rng: random.Random, f: Filler, t: Templates, n: int) -> list[str]:
    return [f.fill(rng.choice(t.titles)).strip() for _ in range(n)]


def _text_page(rng, paras, captions, c, t) -> str:
    f, y, mo, d = c["f"], c["year"], c["month"], c["day"]
    style = rng.randrange(4)
    out = []
    if style == 0:  # chinadaily.com.cn
        out += [c["title"], "", f"{c['outlet']} | Updated: {MON_ABBR[mo - 1]} {d}, {y} L M S", ""]
    elif style == 1:  # a navigation column, section crumb and "By X ( Updated: …"
        for s in rng.sample(SECTIONS, 5):
            out += ["-", s]
        out += [f"China / {rng.choice(SECTIONS)}", "", c["title"], "",
                f"By {f.people[0]} and {f.people[1]} ( Updated: {y}-{mo:02d}-{d:02d} {c['hh']:02d}:{c['mm']:02d}", ""]
    elif style == 2:  # wire copy with a time line
        out += [c["title"], "", f"({c['outlet']}) {c['hh']:02d}:{c['mm']:02d}, {MONTHS[mo - 1]} {d:02d}, {y}", ""]
    else:  # china.org.cn
        out += [c["title"], "", f"0 Comment(s) Print E-mail {c['outlet']}, {MONTHS[mo - 1]} {d}, {y} Adjust font size:", ""]
    for i, p in enumerate(paras):
        out += [p, ""]
        if i in captions:
            out += [captions[i], ""]
    if rng.random() < 0.6:
        out += ["Related stories:", ""] + _related(rng, f, t, rng.randint(2, 4)) + [""]
    out += [rng.choice([f"(Editor: {f.people[1]})", f"Web editor: {f.people[1]}", ""]),
            f"Copyright 1995-{y}. All rights reserved.", ""]
    return "\n".join(out)


def _h(s: str) -> str:
    """HTML-escape with the entities real pages use (&#8217; for ’ and ', &amp;)."""
    return html.escape(s, quote=False).replace("’", "&#8217;").replace("'", "&#8217;")


def _html_page(rng, paras, captions, c, t) -> str:
    f, y, mo, d = c["f"], c["year"], c["month"], c["day"]
    title, outlet = _h(c["title"]), _h(c["outlet"])
    nav = "\n".join(f'    <li><a href="/{s.lower().replace(" ", "_")}/">{s}</a></li>' for s in rng.sample(SECTIONS, 6))
    body = []
    for i, p in enumerate(paras):
        body.append(f"    <p>{_h(p)}</p>")
        if i in captions:
            body.append(f'    <p align="center"><img src="/img/{y}/{rng.getrandbits(48):012x}.jpg" alt="{title}" /></p>')
            body.append(f'    <p class="picCaption">{_h(captions[i])}</p>')
    related = "\n".join(f'      <li><a href="/n/{y}/{rng.getrandbits(32):08x}.html">{_h(r)}</a></li>'
                        for r in _related(rng, f, t, rng.randint(2, 5)))
    date_line = (f'<div class="info">| Updated: {y}-{mo:02d}-{d:02d} {c["hh"]:02d}:{c["mm"]:02d}:00 | </div>'
                 if rng.random() < 0.5 else
                 f'<div class="origin">({outlet}) &nbsp;&nbsp; {c["hh"]:02d}:{c["mm"]:02d}, {MONTHS[mo - 1]} {d:02d}, {y}</div>')
    script = ('<script type="text/javascript">var _hmt = _hmt || []; (function() { var hm = document.createElement("script");'
              ' hm.src = "https://hm.example.com/hm.js?' + f"{rng.getrandbits(64):016x}" + '"; })();</script>')
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title} - {outlet}</title>
<meta name="publishdate" content="{y}-{mo:02d}-{d:02d}" />
<meta name="source" content="{outlet}" />
<link rel="stylesheet" href="/css/style.css" type="text/css" />
{script}
</head>
<body>
<div class="header">
  <div class="logo"><a href="/"><img src="/img/logo.png" alt="{outlet}" /></a></div>
  <div class="search"><form action="/search" method="get"><input type="text" name="q" /></form></div>
  <ul class="nav">
{nav}
  </ul>
  <span class="date">{WEEKDAYS[rng.randrange(7)]}, {MON_ABBR[mo - 1]} {d}, {y}</span>
</div>
<div class="crumb">{rng.choice(SECTIONS)}&nbsp;&gt;&nbsp;{rng.choice(SECTIONS)}</div>
<div id="main">
  <h1>{title}</h1>
  {date_line}
  <div id="Content">
{chr(10).join(body)}
  </div>
  <div class="editor">(Web editor: {_h(f.people[1])})</div>
  <div class="share">Share: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">LinkedIn</a></div>
  <div class="related">
    <h3>Related Stories</h3>
    <ul>
{related}
    </ul>
  </div>
</div>
<div class="footer"><p>Copyright 1995-{y} {outlet}. All Rights Reserved.</p></div>
</body>
</html>
"""


# --- the corpus ----------------------------------------------------------------------------------------

_T: Optional[Templates] = None


def _init(t: Templates) -> None:
    global _T
    _T = t


def _write_range(args: tuple) -> int:
    seed, lo, hi, out, dup_rate = args
    written = 0
    made: set[Path] = set()
    for i in range(lo, hi):
        rng = random.Random(seed * 7_919 + i)
        if i > 0 and rng.random() < dup_rate:  # a syndicated copy of an earlier article under another name
            j = rng.randrange(i)
            name, text = article(seed, j, _T)
            name = f"{i // SHARD:03d}/copy_{i:06d}_" + name.split("/", 1)[1]
        else:
            name, text = article(seed, i, _T)
        path = out / name
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        written += len(text.encode("utf-8"))
    return written


def manifest(out: Path) -> dict:
    try:
        return json.loads((out / "MANIFEST.json").read_text())
    except (OSError, ValueError):
        return {}


def generate(n: int, out: Path, seed: int = 8, dup_rate: float = 0.002, workers: int = 2,
             progress: bool = True, samples: Path = SAMPLES) -> dict:
    """Write ``n`` articles into ``out`` (emptied first); return the manifest."""
    out = Path(out)
    if out.resolve() == SAMPLES.resolve() or SAMPLES.resolve() in out.resolve().parents:
        raise SystemExit("generate: refusing to write into the sample folder data/raw")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    t0 = time.perf_counter()
    t = harvest(samples)
    chunk = 500
    tasks = [(seed, lo, min(lo + chunk, n), out, dup_rate) for lo in range(0, n, chunk)]
    total = 0
    bar = _bar(n, "generate", progress)
    if workers > 1 and len(tasks) > 1:
        with get_context("fork").Pool(workers, initializer=_init, initargs=(t,)) as pool:
            for (s, lo, hi, *_), size in zip(tasks, pool.imap(_write_range, tasks)):
                total += size
                bar.update(hi - lo)
    else:
        _init(t)
        for task in tasks:
            total += _write_range(task)
            bar.update(task[2] - task[1])
    bar.close()
    m = {"generator_version": GENERATOR_VERSION, "seed": seed, "n": n, "dup_rate": dup_rate, "bytes": total,
         "templates": {"figure": len(t.figure), "filler": len(t.filler), "titles": len(t.titles)},
         "seconds": round(time.perf_counter() - t0, 2)}
    (out / "MANIFEST.json").write_text(json.dumps(m, indent=1))
    return m


def ensure_corpus(n: int, root: Path = DEFAULT_ROOT, seed: int = 8, progress: bool = True) -> tuple[Path, dict]:
    """The corpus of ``n`` articles under ``root``, generated unless a matching one is there."""
    out = Path(root) / f"corpus_{n}"
    m = manifest(out)
    if m.get("generator_version") == GENERATOR_VERSION and m.get("seed") == seed and m.get("n") == n:
        return out, m
    return out, generate(n, out, seed=seed, progress=progress)


def extra_article(seed: int, i: int) -> tuple[str, str]:
    """Article ``i`` of the seed's sequence (for the incremental run: one more article)."""
    return article(seed, i, harvest())


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _bar(total: int, desc: str, enabled: bool):
    """A tqdm bar on a terminal; nothing when output is piped or logged."""
    if not enabled or not sys.stderr.isatty():
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="art", dynamic_ncols=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10_000, help="articles to write (default 10000)")
    ap.add_argument("--out", type=Path, help=f"output folder (default {DEFAULT_ROOT}/corpus_N)")
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--dup-rate", type=float, default=0.002, help="share of syndicated exact copies (default 0.002)")
    ap.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    args = ap.parse_args(argv)
    out = args.out or DEFAULT_ROOT / f"corpus_{args.n}"
    m = generate(args.n, out, seed=args.seed, dup_rate=args.dup_rate, workers=args.workers)
    print(f"generate: {m['n']} articles, {m['bytes'] / 1e6:.1f} MB in {m['seconds']} s → {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
