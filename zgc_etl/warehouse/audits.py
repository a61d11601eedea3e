"""Data-quality audits over the warehouse: plain functions returning (passed, details).

Dagster's asset checks call these; tests call them directly on broken data.

The audits of the articles' facts (:data:`SCOPED_AUDITS`) look at a scope of articles: called
directly, every article (or the ``files`` given); through :func:`run_scoped` (the asset checks),
the articles loaded since the audit last ran plus those it found failing then (``audit_queue``),
so an incremental run audits what it loaded, not the whole warehouse, and a failing row keeps
being reported by every run until it is fixed.  The whole warehouse is audited when the audit's
rules (its SQL, its code, the units) differ from those it last ran under, and on request
(``ZGC_AUDIT_ALL=1``: after the warehouse was changed by hand, say).
"""
from __future__ import annotations

import hashlib
import inspect
import itertools
import json
import os
import re
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

import duckdb
import numpy as np
import pandas as pd

from . import fx
from . import provenance as provenance_files
from .sqlfiles import execute_staged, read_sql


def fact_keys_unique(conn: duckdb.DuckDBPyConnection, sql_file: str = "check_fact_keys_unique.sql",
                     files: Optional[Iterable[str]] = None, failing: Optional[set] = None) -> tuple[bool, dict]:
    """The grains of fact_figure (figure_key; article_key + ordinal) and of bridge_figure_region
    (figure_key + region_key): these tables carry no PRIMARY KEY, this audit stands for it.
    ``sql_file``: the load's transaction passes its own, over the rows it wrote.  ``files``: only
    the keys of these articles' facts, each counted over the whole tables (:func:`run_scoped`,
    the asset check); None: the whole tables.  ``failing`` is accepted as in every scoped audit
    and left as it is (a duplicate is not traced to its articles: all those audited stay queued)."""
    # fetchall, not fetchone: the result is finished, so the connection can register the next frame
    if files is None:
        (dup_keys, dup_grain, dup_bridge), = conn.execute(read_sql(sql_file)).fetchall()
    else:
        with _audit_files(conn, files):
            (dup_keys, dup_grain, dup_bridge), = conn.execute(read_sql("check_fact_keys_unique_of_files.sql")).fetchall()
    details = {"duplicate_keys": int(dup_keys), "duplicate_grain": int(dup_grain),
               "duplicate_bridge_rows": int(dup_bridge)}
    return not any(details.values()), details


def referential_integrity(conn: duckdb.DuckDBPyConnection,
                          bridge_sql: str = "check_bridge_figure_keys.sql",
                          files: Optional[Iterable[str]] = None, failing: Optional[set] = None) -> tuple[bool, dict]:
    """Every logical foreign key resolves.  ``bridge_sql``: the bridge's figure keys, whole by default;
    the load's transaction passes its own, over the bridge rows it touched.  ``files``: only the
    references of these articles' facts and bridge rows, and the dimensions' own
    (:func:`run_scoped`, the asset check); None: the whole tables.  ``failing``: as in
    :func:`fact_keys_unique`."""
    if files is None:
        rows = (conn.execute(read_sql("check_referential_integrity.sql")).fetchall()
                + conn.execute(read_sql(bridge_sql)).fetchall())
    else:
        with _audit_files(conn, files):
            rows = conn.execute(read_sql("check_referential_integrity_of_files.sql")).fetchall()
    orphans = {rel: int(n) for rel, n in rows if n}
    return not orphans, {"orphans": orphans}


@contextmanager
def _audit_files(conn: duckdb.DuckDBPyConnection, files: Optional[Iterable[str]]):
    """``stg_audit_files(file)``, the articles an audit's SQL looks at, registered while the audit
    runs: ``files``, or every article of the warehouse when None."""
    if files is None:
        # a view of dim_article's files, not the 100,000 names fetched into Python and scanned back
        # from a DataFrame (~0.1 s CPU an audit at 100,000 articles)
        conn.execute(read_sql("create_audit_files_all.sql"))
        try:
            yield
        finally:
            conn.execute(read_sql("drop_audit_files_all.sql"))
        return
    conn.register("stg_audit_files", pd.DataFrame({"file": pd.Series(list(files), dtype=object)}))
    try:
        yield
    finally:
        conn.unregister("stg_audit_files")


def provenance(conn: duckdb.DuckDBPyConnection, raw_dir: Path, limit_examples: int = 5,
               files: Optional[Iterable[str]] = None, failing: Optional[set] = None) -> tuple[bool, dict]:
    """Every fact's offsets slice its file's decoded text to exactly its mention.

    ``files``: audit only the facts of these articles (:func:`run_scoped` passes the articles
    loaded since the audit last ran and those failing then: re-reading every file each run made
    an incremental run cost the whole corpus).  ``None`` audits every fact.  ``failing``: a set
    the files of the failing rows are added to (as in every scoped audit; :func:`run_scoped`).
    """
    passed, details, failed = _provenance(conn, raw_dir, limit_examples, files)
    if failing is not None:
        failing.update(failed)
    return passed, details


#: from this many facts the provenance audit hands the second half of its files to a helper process
#: (:func:`~zgc_etl.warehouse.provenance.check_in_helper`), which reads and compares them while this
#: process does the first half; below it (an incremental run's few articles, the tests) the helper's
#: start (~0.3 s) would cost more than it saves
PROVENANCE_HELPER_FROM_FACTS = 200_000


def _provenance(conn, raw_dir, limit_examples=5, files=None) -> tuple[bool, dict, set]:
    # column by column (fetchall built a tuple per fact: 1.7 M of them at 100,000 articles), ordered
    # by the integer article_key, not by file name, and without the file's name on every fact: the
    # string sort and the 1.7 M file strings cost ~0.5 s CPU at 100,000 articles; the names come
    # from dim_article, one per article
    if files is None:
        cols = conn.execute(read_sql("select_fact_provenance.sql")).fetchnumpy()
        file_of = dict(conn.execute(read_sql("select_provenance_articles.sql")).fetchall())
    else:
        with _audit_files(conn, files):
            cols = conn.execute(read_sql("select_fact_provenance_of_files.sql")).fetchnumpy()
            file_of = dict(conn.execute(read_sql("select_provenance_articles_of_files.sql")).fetchall())
    keys = np.asarray(cols["article_key"])
    ordinals, mentions = cols["ordinal"].tolist(), cols["mention"].tolist()
    starts, ends = cols["start_offset"].tolist(), cols["end_offset"].tolist()
    del cols
    # one run of rows per article, whose text is read once
    edges = [0, *(np.flatnonzero(keys[1:] != keys[:-1]) + 1).tolist(), len(keys)] if len(keys) else [0]
    run_files = [file_of[k] for k in keys[edges[:-1]].tolist()]
    del keys
    root = str(raw_dir)
    columns = (ordinals, starts, ends, mentions)
    if len(mentions) >= PROVENANCE_HELPER_FROM_FACTS:
        half = len(run_files) // 2  # the first half here, the second in the helper, at the same time
        pool, future = provenance_files.check_in_helper(root, run_files[half:], edges[half:], *columns)
        try:
            checked, bad = provenance_files.check_runs(root, run_files[:half], edges[:half + 1], *columns)
            try:
                more_checked, more_bad = future.result()
            except BrokenProcessPool:  # the helper died (killed, out of memory): its half here after all
                more_checked, more_bad = provenance_files.check_runs(root, run_files[half:],
                                                                     [e - edges[half] for e in edges[half:]],
                                                                     *(c[edges[half]:] for c in columns))
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        checked, bad = checked + more_checked, bad + more_bad
    else:
        checked, bad = provenance_files.check_runs(root, run_files, edges, *columns)
    bad.sort(key=lambda b: (b["file"], b["ordinal"]))  # by file and ordinal, as the examples always were
    return not bad, {"checked": checked, "mismatches": len(bad), "examples": bad[:limit_examples]}, \
        {b["file"] for b in bad}


def accounting(conn: duckdb.DuckDBPyConnection, seen_files: Iterable[str]) -> tuple[bool, dict]:
    """Every file seen in the raw folder is loaded, rejected or a duplicate: none unaccounted for.

    The listing is joined with the warehouse in DuckDB (sql/check_files_accounted.sql): a dict of
    every article's file and a Python set difference cost ~0.1 s CPU at 100,000 files."""
    seen = seen_files if isinstance(seen_files, pd.Series) else pd.Series(list(seen_files), dtype=object)
    conn.register("stg_seen", pd.DataFrame({"file": seen.astype(str).reset_index(drop=True)}))
    try:
        rows = conn.execute(read_sql("check_files_accounted.sql")).fetchall()
    finally:
        conn.unregister("stg_seen")
    counts = {outcome: int(n) for outcome, n, _ in rows if outcome is not None}
    missing = next(((int(n), first) for outcome, n, first in rows if outcome is None), (0, []))
    return not missing[0], {"seen": len(seen), **counts, "unaccounted": list(missing[1] or []),
                            "unaccounted_count": missing[0]}


def _examples(df, limit: int) -> list[dict]:
    return json.loads(df.head(limit).to_json(orient="records", date_format="iso", default_handler=str))


def value_ranges(conn: duckdb.DuckDBPyConnection, limit_examples: int = 10,
                 files: Optional[Iterable[str]] = None, failing: Optional[set] = None) -> tuple[bool, dict]:
    """No value outside what its unit and kind allow: shares within 0-100, no negative stocks,
    no fall beyond -100 %, no magnitude beyond physical limits (sql/check_value_ranges.sql).
    ``files``: only the facts of these articles (None: all)."""
    passed, details, failed = _value_ranges(conn, limit_examples, files)
    if failing is not None:
        failing.update(failed)
    return passed, details


def _value_ranges(conn, limit_examples=10, files=None) -> tuple[bool, dict, set]:
    with _audit_files(conn, files):
        df = conn.execute(read_sql("check_value_ranges.sql")).df()
    by_rule = {str(k): int(v) for k, v in df["rule"].value_counts().items()} if len(df) else {}
    return df.empty, {"violations": len(df), "by_rule": by_rule, "examples": _examples(df, limit_examples)}, \
        set(df["file"])


#: how far the rate an article's bracketed conversion implies may stray from the ECB's monthly mean
FX_BAND = 0.15


def fx_band(conn: duckdb.DuckDBPyConnection, band: float = FX_BAND, limit_examples: int = 10,
            files: Optional[Iterable[str]] = None, failing: Optional[set] = None) -> tuple[bool, dict]:
    """Every bracketed CNY/USD pair implies a yuan-per-dollar rate within ±band of the ECB mean
    for the month it was written (the publication month, else the as_of month).  ``files``: only
    the facts of these articles (None: all)."""
    passed, details, failed = _fx_band(conn, band, limit_examples, files)
    if failing is not None:
        failing.update(failed)
    return passed, details


def _fx_band(conn, band=FX_BAND, limit_examples=10, files=None) -> tuple[bool, dict, set]:
    # two passes: every pair's implied rate and date, numbers and the file only
    # (select_bracketed_cny_usd_rates.sql), then the whole rows (mentions, ordered) of the
    # articles holding a pair outside the band, judged again by the same rule for the examples
    with _audit_files(conn, files):
        rates = conn.execute(read_sql("select_bracketed_cny_usd_rates.sql")).df()
    outside = _outside_band(rates, band)
    suspects = sorted(set(rates.loc[outside, "file"]))
    if suspects:
        with _audit_files(conn, suspects):
            bad = _pairs_outside_band(conn.execute(read_sql("select_bracketed_cny_usd.sql")).df(), band)
    else:
        bad = pd.DataFrame({"file": pd.Series([], dtype=object)})
    checked = int(rates["written_on"].notna().sum())
    return bad.empty, {"pairs": len(rates), "checked": checked, "undated": int(len(rates) - checked),
                       "band": band, "outside_band": len(bad),
                       "examples": _examples(bad.drop(columns=["figure_key"], errors="ignore"), limit_examples)}, \
        set(bad["file"])


def _ecb_cny_per_usd(written_on: pd.Series) -> np.ndarray:
    """The ECB's mean yuan-per-dollar rate of each date's month (the dates given, none missing)."""
    months = pd.to_datetime(written_on)
    years, month_nos = months.dt.year.to_numpy(), months.dt.month.to_numpy()
    ecb = {(y, m): fx.ecb_month_rate("USD", "CNY", y, m) for y, m in set(zip(years.tolist(), month_nos.tolist()))}
    return np.array([ecb[(y, m)] for y, m in zip(years.tolist(), month_nos.tolist())], dtype=float)


def _outside_band(rates: pd.DataFrame, band: float) -> np.ndarray:
    """Per pair (implied_cny_per_usd, written_on): dated, and its rate further than ``band`` from the ECB's
    monthly mean; the rule of :func:`_pairs_outside_band`, over the numbers alone."""
    outside = np.zeros(len(rates), dtype=bool)
    dated = rates["written_on"].notna().to_numpy()
    if dated.any():
        deviation = rates["implied_cny_per_usd"].to_numpy()[dated] / _ecb_cny_per_usd(rates["written_on"][dated]) - 1
        outside[dated] = np.abs(deviation) > band
    return outside


def _pairs_outside_band(df: pd.DataFrame, band: float) -> pd.DataFrame:
    """The dated pairs of ``df`` (select_bracketed_cny_usd.sql's rows) whose implied rate is further than
    ``band`` from the ECB's monthly mean, with that mean and the deviation."""
    dated = df[df["written_on"].notna()].copy()
    if not len(dated):
        return dated
    dated["ecb_cny_per_usd"] = _ecb_cny_per_usd(dated["written_on"])
    dated["deviation"] = dated["implied_cny_per_usd"] / dated["ecb_cny_per_usd"] - 1
    return dated[dated["deviation"].abs() > band]


#: words that introduce parts of a stated total; the exhaustive ones promise the parts add up to it
PART_CUES = r"\b(including|of which|among them|among which|comprising|consisting of|made up of|divided into|split into|broken down into)\b"
EXHAUSTIVE_CUES = {"comprising", "consisting of", "made up of", "divided into", "split into", "broken down into"}
#: rounding slack when comparing sums of rounded figures
PARTS_TOLERANCE = 0.005


def _num(v):
    """A SQL number as a float, NULL/NaN as None."""
    return None if v is None or v != v else float(v)


def _figures_by_mention(rows, col: dict) -> list[dict]:
    """Figures of one sentence grouped by (start_offset, mention), in that order: the first value and
    unit, the largest lower bound and the smallest upper bound (NULLs skipped)."""
    by: dict = {}
    for r in rows:
        key = (r[col["start_offset"]], r[col["mention"]])
        lo, hi = _num(r[col["lower_bound"]]), _num(r[col["upper_bound"]])
        e = by.get(key)
        if e is None:
            by[key] = {"start_offset": key[0], "mention": key[1], "value": _num(r[col["value"]]),
                       "unit": r[col["unit"]], "lower_bound": lo, "upper_bound": hi}
            continue
        if e["value"] is None:
            e["value"] = _num(r[col["value"]])
        if e["unit"] is None:
            e["unit"] = r[col["unit"]]
        if lo is not None:
            e["lower_bound"] = lo if e["lower_bound"] is None else max(e["lower_bound"], lo)
        if hi is not None:
            e["upper_bound"] = hi if e["upper_bound"] is None else min(e["upper_bound"], hi)
    return [by[k] for k in sorted(by)]


def parts_and_totals(conn: duckdb.DuckDBPyConnection, limit_examples: int = 10,
                     files: Optional[Iterable[str]] = None, failing: Optional[set] = None) -> tuple[bool, dict]:
    """Parts named after a total in the same sentence do not exceed it (or, after an exhaustive
    cue such as "comprising", add up to it).

    In "8,816 affiliated agencies, including 3969 branches and 4847 subsidiaries" the total is
    the last figure before the cue; the parts are the figures after it of the same unit, up to
    the first figure that is not (kinds are not compared: the parser may call a total a change).  Qualifiers count: parts' lower bounds are summed
    against the total's upper bound ("more than 500, including 300 and 250" is flagged;
    "about 500, including ..." allows 5% slack).  Linear: only sentences with a cue are read.
    ``files``: only the facts of these articles (None: all).
    """
    passed, details, failed = _parts_and_totals(conn, limit_examples, files)
    if failing is not None:
        failing.update(failed)
    return passed, details


def _parts_and_totals(conn, limit_examples=10, files=None) -> tuple[bool, dict, set]:
    with _audit_files(conn, files):
        cur = conn.execute(read_sql("check_parts_and_totals.sql"), [PART_CUES])
        names = [d[0] for d in cur.description]
        rows = cur.fetchall()
    col = {n: i for i, n in enumerate(names)}
    i_file, i_sent = col["file"], col["sentence"]
    cue_rx = re.compile(PART_CUES, re.I)
    groups, flagged = 0, []
    # rows come ordered by file and sentence: one group per (file, sentence), in plain Python (a
    # pandas groupby per sentence cost ~3 ms each: 48 s for the sentences of 10,000 articles)
    for (file, sentence), g in itertools.groupby(rows, key=lambda r: (r[i_file], r[i_sent])):
        # a range ("2 to 3 million") is two figures sharing one mention: one part with both bounds
        figs = _figures_by_mention(g, col)
        # place each mention in the sentence, in order (a repeated mention is found after the previous one)
        pos, at = [], 0
        for f in figs:
            i = sentence.find(f["mention"], at)
            pos.append(i)
            if i >= 0:
                at = i + len(f["mention"])
        for cue in cue_rx.finditer(sentence):
            before = [k for k, p in enumerate(pos) if 0 <= p and p + len(figs[k]["mention"]) <= cue.start()]
            if not before:
                continue
            total = figs[before[-1]]
            parts = []
            for k, p in enumerate(pos):
                if p < cue.end():
                    continue
                if figs[k]["unit"] != total["unit"]:
                    break
                parts.append(figs[k])
            if not parts:
                continue
            groups += 1
            exhaustive = cue.group(1).lower() in EXHAUSTIVE_CUES
            part_lo = sum(p["lower_bound"] if pd.notna(p["lower_bound"]) else 0.0 for p in parts)
            part_hi = (None if any(pd.isna(p["upper_bound"]) for p in parts)
                       else sum(p["upper_bound"] for p in parts))
            t_lo = total["lower_bound"] if pd.notna(total["lower_bound"]) else None
            t_hi = total["upper_bound"] if pd.notna(total["upper_bound"]) else None
            slack = PARTS_TOLERANCE * abs(total["value"])
            problem = None
            if t_hi is not None and part_lo > t_hi + slack:
                problem = "parts exceed total"
            elif exhaustive and t_lo is not None and part_hi is not None and part_hi < t_lo - slack:
                problem = "exhaustive parts fall short of total"
            if problem:
                flagged.append({"file": file, "problem": problem, "cue": cue.group(1), "total": total["mention"],
                                "total_value": total["value"], "parts": [p["mention"] for p in parts],
                                "parts_sum": sum(p["value"] for p in parts), "sentence": sentence[:300]})
    return not flagged, {"totals_with_parts": groups, "flagged": len(flagged), "examples": flagged[:limit_examples]}, \
        {f["file"] for f in flagged}


# ── scoped runs: what was loaded since the audit last ran, plus what it found failing ─────────

#: the audits of the articles' facts that :func:`run_scoped` runs over a queue of articles; the load
#: queues every article it writes for each of them (sql/queue_loaded_articles_for_audit.sql).  The
#: structural ones (keys, references) too: at 1.7 M facts their whole tables cost ~0.6 s CPU a run
#: for what a run's load can only have broken in the rows it wrote (see :func:`run_scoped`).
SCOPED_AUDITS = ("fact_keys_unique", "referential_integrity", "provenance", "value_ranges", "fx_band",
                 "parts_and_totals")

#: per audit, what its rules are made of: the functions that do its work (their source), the SQL
#: files it reads, its constants, and whether its verdict depends on dim_unit (reference data
#: refreshed by every load)
_SCOPED = {
    "fact_keys_unique": ((fact_keys_unique,), ("check_fact_keys_unique.sql", "check_fact_keys_unique_of_files.sql"),
                         (), False),
    "referential_integrity": ((referential_integrity,), ("check_referential_integrity.sql", "check_bridge_figure_keys.sql",
                                                         "check_referential_integrity_of_files.sql"), (), False),
    "provenance": ((_provenance, provenance_files.check_runs), ("select_fact_provenance_of_files.sql", "select_provenance_articles_of_files.sql"),
                   (), False),
    "value_ranges": ((_value_ranges,), ("check_value_ranges.sql",), (), True),
    "fx_band": ((_fx_band, _ecb_cny_per_usd, _outside_band, _pairs_outside_band),
                ("select_bracketed_cny_usd.sql", "select_bracketed_cny_usd_rates.sql"), (FX_BAND,), True),
    "parts_and_totals": ((_parts_and_totals, _figures_by_mention), ("check_parts_and_totals.sql",),
                         (PART_CUES, sorted(EXHAUSTIVE_CUES), PARTS_TOLERANCE), True),
}


def audit_all_requested() -> bool:
    """``ZGC_AUDIT_ALL=1`` (or true/yes): the scoped audits look at every article, not their queue."""
    return os.environ.get("ZGC_AUDIT_ALL", "").strip().lower() in ("1", "true", "yes", "on")


def rules_fingerprint(conn: duckdb.DuckDBPyConnection, audit: str) -> str:
    """What the audit's verdicts depend on besides the articles: its SQL, its code and constants,
    and the units it reads.  An audit whose rules changed since it last ran looks at everything
    again (the queue only says which articles are new to the *same* rules)."""
    fns, sql_files, constants, uses_units = _SCOPED[audit]
    h = hashlib.sha256(audit.encode())
    for part in [read_sql(f) for f in sql_files] + [_source(fn) for fn in fns] + [repr(constants)]:
        h.update(part.encode())
    if uses_units:
        h.update(repr(conn.execute(read_sql("select_unit_rules.sql")).fetchall()).encode())
    return h.hexdigest()


def _source(fn) -> str:
    try:
        return inspect.getsource(fn)
    except (OSError, TypeError):  # no source at hand (a frozen build): the compiled code stands for it
        return repr((fn.__code__.co_code, fn.__code__.co_consts))


@dataclass
class AuditScope:
    """The articles one run of a scoped audit looks at, and why."""

    audit: str
    files: Optional[list[str]]  # None when everything: the audit's whole-table form needs no list
    everything: bool  # every article of the warehouse (first run, rules changed, ZGC_AUDIT_ALL)
    rules: Optional[str]  # None: not recorded (the next run audits everything again)
    loaded: int = 0   # of files: queued because loaded since the audit last ran
    failing: int = 0  # of files: failing at the audit's last run
    why: str = ""
    articles: int = 0  # how many articles the scope holds

    def __post_init__(self):
        if self.files is not None:
            self.articles = len(self.files)


def audit_scope(conn: duckdb.DuckDBPyConnection, audit: str) -> AuditScope:
    """What the scoped audit ``audit`` has to look at now (see the module's docstring)."""
    rules = rules_fingerprint(conn, audit)
    stored = conn.execute(read_sql("select_warehouse_setting.sql"), [f"audit_rules:{audit}"]).fetchone()
    why = ("ZGC_AUDIT_ALL" if audit_all_requested()
           else "first run of this audit (or its last whole run failed)" if stored is None
           else "its rules changed" if stored[0] != rules else "")
    if why:  # every article: counted, not listed (record_audit_whole.sql needs no list either)
        (articles,), = conn.execute(read_sql("select_article_count.sql")).fetchall()
        return AuditScope(audit, None, True, rules, why=why, articles=int(articles))
    queued = conn.execute(read_sql("select_audit_queue.sql"), [audit]).fetchall()
    return AuditScope(audit, [f for f, _, _ in queued], False, rules, loaded=sum(1 for _, l, _ in queued if l),
                      failing=sum(1 for _, _, f in queued if f), why="queued: loaded since its last run or failing then")


def record_audit(conn: duckdb.DuckDBPyConnection, scope: AuditScope, failing: Iterable[str]) -> None:
    """Take the audited articles off the queue, put the failing ones back as failing, and remember
    the rules the audit ran under (forget them when ``scope.rules`` is None): in one transaction.
    A scope of every article empties the audit's queue whole (record_audit_whole.sql: the same rows
    go, without a list of every article's file staged to find them)."""
    staged = {"stg_audit_run": pd.DataFrame({"audit": [scope.audit], "name": [f"audit_rules:{scope.audit}"],
                                             "value": [scope.rules]}),
              "stg_audit_failing": pd.DataFrame({"file": pd.Series(sorted(set(failing)), dtype=object)})}
    if scope.everything:
        execute_staged(conn, "record_audit_whole.sql", staged)
        return
    staged["stg_audit_files"] = pd.DataFrame({"file": pd.Series(scope.files, dtype=object)})
    execute_staged(conn, "record_audit.sql", staged)


#: the scoped audits the load's transaction runs over the whole tables when it wrote most of them
#: (:func:`zgc_etl.warehouse.load.structural_audit`): the same functions, over the same rows
STRUCTURAL_AUDITS = ("fact_keys_unique", "referential_integrity")


def record_whole_audits(conn: duckdb.DuckDBPyConnection, names: Iterable[str] = STRUCTURAL_AUDITS) -> None:
    """Record that the audits ``names`` just passed over the whole tables, inside the caller's
    transaction (the load's, before COMMIT): what :func:`record_audit` records for a whole
    :func:`run_scoped` that passed (queue emptied, rules remembered), so their asset checks do not
    read the whole tables a second time right after the load (1.7 M facts: ~1.4 s CPU)."""
    names = list(names)
    conn.register("stg_audit_run", pd.DataFrame({"audit": names, "name": [f"audit_rules:{a}" for a in names],
                                                 "value": [rules_fingerprint(conn, a) for a in names]}))
    try:
        conn.execute(read_sql("record_whole_audit.sql"))
    finally:
        conn.unregister("stg_audit_run")


def run_scoped(conn: duckdb.DuckDBPyConnection, audit: str, **kwargs) -> tuple[bool, dict]:
    """Run ``audit`` (one of :data:`SCOPED_AUDITS`) over its scope, record the outcome, and return
    (passed, details) with the scope in the details.  ``kwargs`` go to the audit (``raw_dir`` for
    provenance)."""
    fn = globals()[audit]  # the module's function by name: what a test substitutes is what runs
    scope = audit_scope(conn, audit)
    failing: set = set()  # the files of the failing rows: counted in the details, kept in the queue
    # everything: the audit's whole-table form (files=None), which also sees rows of no article (a
    # fact whose article is gone, a bridge row of no fact) that a list of articles cannot reach
    passed, details = fn(conn, files=None if scope.everything else scope.files, failing=failing, **kwargs)
    details = dict(details)
    if not passed and not failing:  # an audit that did not say which articles failed: keep all it looked at
        failing = set(scope.files if scope.files is not None else
                      (r[0] for r in conn.execute(read_sql("select_article_files.sql")).fetchall()))
        if scope.everything:
            # and a whole audit that failed so stays whole until it passes: what failed may belong to
            # no article (see above), and the articles' queue alone would then pass without a fix
            scope.rules = None
    record_audit(conn, scope, failing)
    details["failing_articles"] = len(failing)
    details["scope"] = ({"articles": scope.articles, "all": True, "why": scope.why} if scope.everything else
                        {"articles": scope.articles, "loaded_since_last_audit": scope.loaded,
                         "failing_at_last_audit": scope.failing})
    return passed, details
