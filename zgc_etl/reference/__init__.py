"""Reference data: the gazetteer of Chinese divisions, the metric catalogue, entity aliases.

Plain CSV files under ``data/`` (see README.md there for how to extend them), loaded once
per process and cached.  Public API:

- :func:`load_gazetteer` → :class:`Gazetteer` (``.lookup(name)``, ``.ancestors(name)``,
  ``.canonical(name)``, ``.is_within(name, ancestor)``, ``.places``);
- :func:`ancestors` — ancestors of a region, nearest first (``"Baoding"`` → Hebei, China);
- :func:`load_metrics` → list of :class:`Metric`; :func:`classify_metric` — measure → metric_id;
- :func:`load_entity_aliases` → {alias: (canonical name, region)}.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

DATA = Path(__file__).with_name("data")
GAZETTEER_VERSION = "2024.1"
UNCLASSIFIED = "unclassified"


def _norm(name: str) -> str:
    """Key for name look-ups: case, apostrophes, hyphens and spaces folded."""
    s = name.lower().replace("\u2019", "'").replace("'", "").replace("-", " ").replace("\u00b7", " ")
    return re.sub(r"\s+", " ", s).strip()


_CODE_TAG = re.compile(r" \(\d{6}\)$")


def place_label(name: str) -> str:
    """A region name as text gives it: the code tag that tells apart two divisions of one name
    ("Huangpu (440112)", Guangzhou's, beside Shanghai's "Huangpu") dropped. The tagged name stays the
    warehouse's key for the place (dim_region.name, with its code); figures' predictions and subjects
    print the label."""
    return _CODE_TAG.sub("", name)


@dataclass(frozen=True)
class Place:
    code: str  # GB/T 2260 code, "" where the area has none (new areas, zones)
    name: str  # the short English name used in regions
    name_zh: str
    parent: Optional[str]  # parent's name
    level: str  # country, province, municipality, sar, prefecture, county, new_area, zone, economic_region
    aliases: tuple[str, ...] = ()
    match: bool = True  # whether the bare names are looked for in free text

    @property
    def label(self) -> str:
        """The name as text would give it: a repeated name's code tag dropped ("Gulou (350102)" → "Gulou")."""
        return place_label(self.name)

    @property
    def is_zone(self) -> bool:
        """Zones (ports, bonded zones, forest farms) are places, not divisions: figures there
        belong to the parent division."""
        return self.level == "zone"


@dataclass
class Gazetteer:
    places: dict[str, Place] = field(default_factory=dict)  # name → place
    _by_key: dict[str, str] = field(default_factory=dict)  # normalised alias → name
    _by_code: dict[str, str] = field(default_factory=dict)
    _by_label: dict[str, list[str]] = field(default_factory=dict)  # normalised label → names (several: "Gulou")

    def lookup(self, name_or_code: str) -> Optional[Place]:
        if name_or_code in self.places:
            return self.places[name_or_code]
        if name_or_code in self._by_code:
            return self.places[self._by_code[name_or_code]]
        n = self._by_key.get(_norm(name_or_code))
        return self.places[n] if n else None

    def canonical(self, name: str) -> Optional[str]:
        p = self.lookup(name)
        return p.name if p else None

    def ancestors(self, name: str) -> list[str]:
        """Names of the areas containing ``name``, nearest first, ending with China."""
        out: list[str] = []
        p = self.lookup(name)
        seen = set()
        while p is not None and p.parent and p.parent not in seen:
            seen.add(p.parent)
            out.append(p.parent)
            p = self.places.get(p.parent)
        return out

    def is_within(self, name: str, ancestor: str) -> bool:
        a = self.canonical(ancestor)
        return a is not None and (self.canonical(name) == a or a in self.ancestors(name))

    def depth(self, name: str) -> int:
        return len(self.ancestors(name))

    def named_within(self, label: str, within: str) -> Optional[str]:
        """The place called ``label`` (its name without a code tag, or one of its aliases' bare part) that lies in
        ``within``: "Gulou" within "Fuzhou" → "Gulou (350102)", within "Nanjing" → "Gulou"; None when none or
        several do.  For a bare name the text scan does not take on its own (several cities have a "Gulou"):
        the article's city tells which one it is."""
        hits = [n for n in self._by_label.get(_norm(label), ()) if self.is_within(n, within)]
        return hits[0] if len(hits) == 1 else None

    def division_of(self, name: str) -> Optional[str]:
        """The division a place counts under in figures' regions: a zone's parent, else itself."""
        p = self.lookup(name)
        while p is not None and p.is_zone and p.parent:
            p = self.places.get(p.parent)
        return p.name if p else None

    def text_names(self) -> list[tuple[str, str]]:
        """(surface form, place name) pairs to look for in free text, longest first."""
        pairs = []
        for p in self.places.values():
            forms = list(p.aliases) + ([p.name] if p.match else [])
            for f in forms:
                if f:
                    pairs.append((f, p.name))
            if p.match and p.aliases is not None:
                pass
        pairs.sort(key=lambda t: -len(t[0]))
        return pairs


@lru_cache(maxsize=None)
def load_gazetteer(path: Optional[str] = None) -> Gazetteer:
    """Read the gazetteer CSV (columns code, name, name_zh, parent_code, level, aliases, match)."""
    rows = list(csv.DictReader(open(path or DATA / "gazetteer.csv", encoding="utf-8")))
    code_name = {r["code"]: r["name"] for r in rows if r["code"]}
    g = Gazetteer()
    # names repeat for different levels (Chengde city and county): the first (higher) wins the name
    for r in rows:
        name = r["name"]
        if name in g.places:
            key = f"{name} ({r['code']})"
        else:
            key = name
        parent = code_name.get(r["parent_code"]) if r["parent_code"] else None
        aliases = tuple(a for a in (r.get("aliases") or "").split("|") if a)
        place = Place(r["code"], key, r.get("name_zh", ""), parent, r["level"], aliases, r.get("match", "1") == "1")
        g.places[key] = place
        if r["code"]:
            g._by_code[r["code"]] = key
        for form in (name,) + aliases:
            g._by_key.setdefault(_norm(form), key)
        g._by_label.setdefault(_norm(name), []).append(key)
    return g


def ancestors(name: str) -> list[str]:
    """Ancestors of a region by name or alias, nearest first: ``ancestors("Xiongan")`` →
    ``["Hebei", "China"]``."""
    return load_gazetteer().ancestors(name)


# ---------------------------------------------------------------- metrics

@dataclass(frozen=True)
class Metric:
    metric_id: str
    name: str
    category: str
    unit_hint: str
    keywords: tuple[str, ...]


METRICS_VERSION = "1"


@lru_cache(maxsize=None)
def load_metrics(path: Optional[str] = None) -> tuple[Metric, ...]:
    """The metric catalogue, in priority order (the first metric whose keyword matches wins)."""
    out = []
    for r in csv.DictReader(open(path or DATA / "metrics.csv", encoding="utf-8")):
        kws = tuple(k.strip().lower() for k in r["keywords"].split("|") if k.strip())
        out.append(Metric(r["metric_id"], r["name"], r["category"], r.get("unit_hint", ""), kws))
    return tuple(out)


@lru_cache(maxsize=None)
def _metric_patterns(path: Optional[str] = None) -> tuple[tuple[str, re.Pattern], ...]:
    pats = []
    for m in load_metrics(path):
        alt = "|".join(re.escape(k) for k in sorted(m.keywords, key=len, reverse=True))
        pats.append((m.metric_id, re.compile(r"(?<![\w&])(?:" + alt + r")(?![\w&])", re.I)))
    return tuple(pats)


@lru_cache(maxsize=65536)
def classify_metric(measure: Optional[str], path: Optional[str] = None) -> str:
    """Canonical metric id of a measure phrase, ``"unclassified"`` when nothing fits.

    The catalogue is ordered specific → general, so "accumulative R&D investment" is
    ``rd_investment`` and "total investment" is ``investment``.
    """
    if not measure:
        return UNCLASSIFIED
    for metric_id, pat in _metric_patterns(path):
        if pat.search(measure):
            return metric_id
    return UNCLASSIFIED


# ---------------------------------------------------------------- entity aliases

@lru_cache(maxsize=None)
def load_entity_aliases(path: Optional[str] = None) -> dict[str, tuple[str, str]]:
    """{alias: (canonical entity name, region)} from entity_aliases.csv."""
    out = {}
    for r in csv.DictReader(open(path or DATA / "entity_aliases.csv", encoding="utf-8")):
        out[r["alias"]] = (r["name"], r.get("region", ""))
    return out


# ---------------------------------------------------------------- rows for the warehouse dimensions

def region_rows() -> list[dict]:
    """Gazetteer rows for dim_region: name, code, level, parent (name), aliases ("|"-joined), ancestors."""
    g = load_gazetteer()
    return [{"name": p.name, "code": p.code or None, "level": p.level, "parent": p.parent,
             "aliases": "|".join(p.aliases), "ancestors": "|".join(g.ancestors(p.name))}
            for p in g.places.values()]


def metric_rows() -> list[dict]:
    """Metric catalogue rows for dim_metric: metric_id, name, category, with 'unclassified' last."""
    rows = [{"metric_id": m.metric_id, "name": m.name, "category": m.category} for m in load_metrics()]
    rows.append({"metric_id": UNCLASSIFIED, "name": "Unclassified", "category": UNCLASSIFIED})
    return rows


__all__ = ["metric_rows", "region_rows", "Gazetteer", "Metric", "Place", "place_label", "UNCLASSIFIED", "ancestors", "classify_metric", "load_entity_aliases",
           "load_gazetteer", "load_metrics"]
