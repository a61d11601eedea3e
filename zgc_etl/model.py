"""Plain records that flow between the stages: no Dagster, no DuckDB here.

An :class:`Article` is one raw file, decoded, with its readable blocks and a map
from every block character back to the decoded file text (``Article.text``), so
that every figure keeps exact provenance: ``article.text[fig.start:fig.end]``
is always the mention as saved.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Optional

#: Block roles.  Only BODY and CAPTION blocks carry figures (FIGURES.md, "Where").
BODY = "body"
CAPTION = "caption"
HEADLINE = "headline"
DECK = "deck"
CHROME = "chrome"
FIGURE_ROLES = frozenset({BODY, CAPTION})


@dataclass
class Block:
    """A run of readable text: a paragraph, a caption, a headline.

    ``text`` is cleaned (entities decoded, tags and runs of white space folded);
    ``offsets[i]`` is the index in the decoded file text of ``text[i]``, and
    ``offsets[len(text)]`` is one past the last source character.
    """

    text: str
    offsets: list[int]
    role: str = BODY

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of ``text`` to a half-open span of the file text."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1

    @classmethod
    def verbatim(cls, text: str, at: int, role: str = BODY) -> "Block":
        """A block that is a plain slice of the file text starting at ``at``."""
        return cls(text=text, offsets=list(range(at, at + len(text) + 1)), role=role)


@dataclass
class Article:
    file: str  # path relative to the raw folder, '/'-separated
    text: str  # the decoded file text as saved (HTML source for a web page)
    blocks: list[Block] = field(default_factory=list)
    title: Optional[str] = None
    source: Optional[str] = None
    published: Optional[str] = None  # ISO date YYYY-MM-DD
    encoding: str = "utf-8"
    format: str = "txt"
    content_hash: str = ""
    size_bytes: int = 0
    flags: list[str] = field(default_factory=list)  # e.g. "no_published_date"

    def body_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.role in FIGURE_ROLES]


@dataclass
class Figure:
    """One figure in the prediction format of FIGURES.md, plus provenance."""

    file: str
    value: float
    unit: str
    qualifier: str = "exact"
    kind: str = "level"
    measure: Optional[str] = None
    subject: Optional[str] = None
    regions: list[str] = field(default_factory=list)
    as_of: Optional[str] = None
    period_start: Optional[str] = None
    metric: Optional[str] = None  # canonical metric id from the catalogue (zgc_etl/reference/data/metrics.csv)
    alt_value: Optional[float] = None
    alt_unit: Optional[str] = None
    start: int = 0
    end: int = 0
    mention: str = ""
    sentence: str = ""
    role: str = BODY
    ordinal: int = 0  # position of the figure within its article

    def as_prediction(self) -> dict:
        """The figure in the extraction contract's fields. Regions are printed as text names them:
        a division whose name another shares keeps its code tag in ``regions`` (the warehouse's key,
        which the pipeline reads from the figure itself) and loses it here."""
        d = asdict(self)
        for k in ("sentence", "role", "ordinal"):
            d.pop(k)
        if any(" (" in r for r in self.regions):
            from .reference import place_label
            d["regions"] = [place_label(r) for r in self.regions]
        return d


@dataclass
class Rejection:
    file: str
    reason: str  # a short code, e.g. "empty", "binary", "too_large"
    detail: str = ""
    content_hash: Optional[str] = None
    duplicate_of: Optional[str] = None
