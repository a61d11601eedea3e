"""When, who, where, what: the context of each quantity (first version)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..model import Article

REGION_NAMES = {
    "Beijing": "Beijing", "Tianjin": "Tianjin", "Hebei": "Hebei", "Baoding": "Baoding", "Baodi": "Baodi",
    "Xiong'an": "Xiong'an New Area", "Xiongan": "Xiong'an New Area", "Xiong’an": "Xiong'an New Area",
    "Binhai": "Binhai New Area", "Tangshan": "Tangshan", "Shijiazhuang": "Shijiazhuang",
}
ORG = re.compile(r"((?:[A-Z][\w'’·-]*\s?)+(?:Park|Center|Centre|City|Zone|Area|District|Co Ltd|Institute|Group))")
STOP = re.compile(r"\b(in|of|at|from|with|to|for|since|by|and|which|that|,|\.|;)\b")


@dataclass
class ContextState:
    """What carries from one sentence to the next within an article."""

    subject: Optional[str] = None
    as_of: Optional[str] = None
    extra: dict = field(default_factory=dict)


def measure_after(text: str, q_end: int) -> Optional[str]:
    tail = text[q_end:q_end + 80]
    m = re.match(r"\s*([A-Za-z&][\w&'’ -]*?)(?=\s+(?:in|of|at|from|with|to|for|since|by|and|which|that|has|have|were|was)\b|[,.;()]|$)", tail)
    if m and m.group(1).strip():
        return m.group(1).strip()
    return None


def resolve(article: Article, sentence: str, q, state: ContextState) -> dict:
    orgs = ORG.findall(sentence[: q.start])
    if orgs:
        state.subject = orgs[-1].strip()
    regions = sorted({v for k, v in REGION_NAMES.items() if k in sentence})
    return {
        "as_of": article.published,
        "period_start": None,
        "subject": state.subject,
        "regions": regions,
        "measure": measure_after(sentence, q.head_end),
    }
