"""The pipeline's stages as plain functions over folders and frames (Dagster calls these).

- :func:`scan_raw_folder` — every file below the raw folder with its size, mtime and hash;
- :func:`parse_changed` — load and parse the files that are new or changed since the
  warehouse last saw them (or parsed by another parser version), reject the bad ones,
  and return the articles, figures, rejections and quarantined figure rows as frames.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

import pandas as pd

from . import schemas
from .ingest import DEFAULT_MAX_BYTES, iter_raw_files, load_article
from .ingest.loader import relative_name
from .model import Article, Rejection
from .parse import PARSER_VERSION, extract_figures

ARTICLE_COLS = list(schemas.ArticleSchema.to_schema().columns)
FIGURE_COLS = list(schemas.FigureSchema.to_schema().columns)
REJECT_COLS = list(schemas.RejectedFileSchema.to_schema().columns)
QUARANTINE_COLS = list(schemas.QuarantineSchema.to_schema().columns)


def _hash_file(path: Path) -> Optional[str]:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()


def scan_raw_folder(raw_dir: Path) -> pd.DataFrame:
    """One row per file under ``raw_dir``: relative name, size, mtime and content hash."""
    raw_dir = Path(raw_dir)
    rows = []
    for path in iter_raw_files(raw_dir):
        try:
            st = path.lstat()
        except OSError:
            continue
        digest = _hash_file(path) if path.is_file() and not path.is_symlink() else None
        rows.append({"file": relative_name(path, raw_dir), "size_bytes": st.st_size, "mtime_ns": st.st_mtime_ns,
                     "content_hash": digest})
    return schemas.RawFileSchema.validate(pd.DataFrame(rows, columns=["file", "size_bytes", "mtime_ns", "content_hash"]))


@dataclass
class ParseResult:
    articles: pd.DataFrame
    figures: pd.DataFrame
    rejected: pd.DataFrame
    quarantine: pd.DataFrame
    parsed_files: list[str] = field(default_factory=list)


def figure_rows(article: Article) -> list[dict]:
    rows = []
    for f in extract_figures(article):
        d = f.as_prediction()
        d["ordinal"] = f.ordinal
        d["sentence"] = f.sentence
        d["metric"] = getattr(f, "metric", None)
        d["regions"] = json.dumps(list(f.regions or []), ensure_ascii=False)
        rows.append(d)
    return rows


def article_row(article: Article, status: str, n_figures: int) -> dict:
    return {"file": article.file, "title": article.title, "source": article.source, "published": article.published,
            "content_hash": article.content_hash, "encoding": article.encoding, "format": article.format,
            "size_bytes": article.size_bytes, "flags": ",".join(article.flags) or None, "status": status,
            "parser_version": PARSER_VERSION, "figure_count": n_figures}


def parse_changed(raw_dir: Path, raw_files: pd.DataFrame, known: pd.DataFrame,
                  max_bytes: int = DEFAULT_MAX_BYTES,
                  progress: Optional[Callable[[Iterable], Iterable]] = None) -> ParseResult:
    """Parse what is new or changed.

    ``known`` holds the warehouse's articles (columns of dim_article: file, content_hash,
    parser_version, ...).  An article whose file, hash and parser version are unchanged is
    carried over without being read again.  One bad file never stops the others: every
    exception is turned into a rejection with its reason.
    """
    raw_dir = Path(raw_dir)
    known_by_file = {r["file"]: r for r in known.to_dict("records")} if len(known) else {}
    articles, figures, rejected = [], [], []
    # duplicates: the same bytes under two names load once; an already-loaded name wins, then name order
    first_by_hash: dict[str, str] = {}
    for r in raw_files.sort_values("file").itertuples(index=False):
        if r.content_hash and r.content_hash not in first_by_hash:
            first_by_hash[r.content_hash] = r.file
    for f, k in known_by_file.items():
        h = k.get("content_hash")
        if h in first_by_hash and f in set(raw_files["file"]):
            first_by_hash[h] = f
    rows = list(raw_files.sort_values("file").itertuples(index=False))
    for r in (progress(rows) if progress else rows):
        if r.content_hash and first_by_hash.get(r.content_hash) not in (None, r.file):
            rejected.append({"file": r.file, "reason": "duplicate", "detail": f"same content as {first_by_hash[r.content_hash]}",
                             "content_hash": r.content_hash, "duplicate_of": first_by_hash[r.content_hash]})
            continue
        k = known_by_file.get(r.file)
        if k is not None and k.get("content_hash") == r.content_hash and k.get("parser_version") == PARSER_VERSION:
            articles.append({**{c: k.get(c) for c in ARTICLE_COLS if c in k}, "status": "unchanged",
                             "published": (k["published"].date().isoformat() if hasattr(k.get("published"), "date")
                                           and not pd.isna(k.get("published")) else None)})
            continue
        try:
            art = load_article(raw_dir / r.file, raw_dir, max_bytes=max_bytes)
            if isinstance(art, Rejection):
                rejected.append({"file": r.file, "reason": art.reason, "detail": art.detail,
                                 "content_hash": art.content_hash, "duplicate_of": art.duplicate_of})
                continue
            if r.content_hash and art.content_hash != r.content_hash:
                rejected.append({"file": r.file, "reason": "changed_during_run",
                                 "detail": "the file changed between the scan and the read; it is picked up next run",
                                 "content_hash": art.content_hash, "duplicate_of": None})
                continue
            rows_f = figure_rows(art)
        except Exception as exc:  # noqa: BLE001 - one bad article never sinks a run
            rejected.append({"file": r.file, "reason": "parse_error", "detail": f"{type(exc).__name__}: {exc}",
                             "content_hash": r.content_hash, "duplicate_of": None})
            continue
        articles.append(article_row(art, "changed" if k is not None else "new", len(rows_f)))
        figures.extend(rows_f)
    art_df = pd.DataFrame(articles, columns=ARTICLE_COLS)
    fig_df = pd.DataFrame(figures, columns=FIGURE_COLS)
    good, quarantine = schemas.split_valid(fig_df, schemas.FigureSchema)
    if len(quarantine):
        counts = good.groupby("file").size() if len(good) else pd.Series(dtype=int)
        art_df["figure_count"] = [int(counts.get(f, 0)) if s != "unchanged" else n
                                  for f, s, n in zip(art_df["file"], art_df["status"], art_df["figure_count"])]
    return ParseResult(
        articles=schemas.ArticleSchema.validate(art_df),
        figures=good,
        rejected=schemas.RejectedFileSchema.validate(pd.DataFrame(rejected, columns=REJECT_COLS)),
        quarantine=schemas.QuarantineSchema.validate(quarantine.reindex(columns=QUARANTINE_COLS)),
        parsed_files=[a["file"] for a in articles if a["status"] != "unchanged"],
    )
