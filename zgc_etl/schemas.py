"""Pandera models for every frame that crosses an asset boundary.

Each model states its grain.  The vocabularies of FIGURES.md are checks, so a
row with an unknown unit, qualifier or kind is caught and quarantined
(:func:`split_valid`) instead of reaching the warehouse.
"""
from __future__ import annotations

import copy
import datetime as dt
import re
import warnings
import weakref
from typing import Optional

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandas.api.types import infer_dtype
from pandera import dtypes
from pandera.engines import pandas_engine
from pandera.errors import SchemaErrors
from pandera.typing import Series

from .vocab import ISO_DATE, KINDS, QUALIFIERS, UNITS


@pandas_engine.Engine.register_dtype
@dtypes.immutable
class Text(pandas_engine.NpString):
    """Pandera's ``str`` column type, checked in one C pass instead of one Python call per value.

    Pandera checks a ``str`` column by mapping ``isinstance(x, str)`` over every value (and our
    frames are coerced to ``str`` just before, so the check passes): for the 1.65 M-row fact
    frame of 100,000 articles that was ~15 M Python calls, the bulk of its validation time.
    Here pandas' ``infer_dtype`` answers for the whole column; only a column it does not call
    all-string falls back to pandera's check value by value, so a bad row is still reported
    (and quarantined) row by row, as before.  Coercion likewise leaves a column of strings
    and NULLs as it is (what pandera's ``astype(str)`` would give back) and coerces anything else.
    """

    def coerce(self, data_container):
        # a column of strings and NULLs is what pandera's coercion would return (the same values):
        # skip its astype(object) / isna / astype(str) / where over every value
        if self._all_strings(data_container):
            if _coerced_as_strings is not None:
                _coerced_as_strings[data_container.name] = len(data_container)
            return data_container
        return super().coerce(data_container)

    def check(self, pandera_dtype, data_container=None):
        # within one of our validations (validate_in_place), a column this coerce() just found all strings is
        # the copy pandera made of it (its setitem copies each coerced column): the same answer, without a
        # second pass over every value (1.7 M facts: ~0.5 s of the fact frame's validation at 100,000 articles)
        if (_coerced_as_strings is not None and isinstance(data_container, pd.Series)
                and data_container.dtype == object
                and _coerced_as_strings.get(data_container.name) == len(data_container)):
            return True
        if self._all_strings(data_container):
            return True
        return super().check(pandera_dtype, data_container)

    @staticmethod
    def _all_strings(data_container) -> bool:
        return (isinstance(data_container, pd.Series) and data_container.dtype == object
                and infer_dtype(data_container, skipna=True) in ("string", "empty"))

    def __str__(self) -> str:
        return "str"


#: within one :func:`validate_in_place` call, the columns (name → length) :meth:`Text.coerce` found all
#: strings and left as they were; None outside such a call.  Pandera coerces every column of the frame,
#: writing each back (a copy), and only then checks their types: in between nothing changes the values,
#: so the check of such a column needs no second pass.  Not kept across calls: a caller may write into
#: a column between two validations of the same frame.
_coerced_as_strings: Optional[dict] = None


class _Frame(pa.DataFrameModel):
    """Every frame model coerces types and keeps only its own columns."""

    class Config:
        coerce = True
        strict = "filter"

# ----- frames already validated (so Dagster's type check need not validate them again) -----

_VALIDATED: dict[int, tuple] = {}


def mark_validated(df: pd.DataFrame, model) -> pd.DataFrame:
    """Remember that ``df`` (this very object, with these rows and columns) passed ``model``; returns ``df``."""
    key = id(df)

    def _forget(_ref, key=key):
        _VALIDATED.pop(key, None)

    _VALIDATED[key] = (weakref.ref(df, _forget), model.__name__, len(df), tuple(df.columns))
    return df


def validate_in_place(model, df: pd.DataFrame, lazy: bool = True) -> pd.DataFrame:
    """``model.validate(df, inplace=True)``: a frame of the caller's own is coerced, not copied.

    Pandera warns that ``strict="filter"`` with ``inplace`` is deprecated (it will one day
    refuse to drop columns in place); today it still drops them (dim_region's helper column
    ``parent`` goes, as it did with a copy), so the warning is silenced.
    """
    global _coerced_as_strings
    schema = _schema_for(model, df)
    outer, _coerced_as_strings = _coerced_as_strings, {}
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*strict='filter'.*inplace=True.*", category=FutureWarning)
            return schema.validate(df, lazy=lazy, inplace=True)
    finally:
        _coerced_as_strings = outer


#: a multiplier that spreads one integer column over 64 bits before the next is added (odd: a bijection)
_MIX = np.uint64(0x9E3779B97F4A7C15)


def _ints_unique(df: pd.DataFrame, cols: list[str]) -> bool:
    """True only if the rows of ``df[cols]`` are certainly unique: every column a NumPy integer column
    (no NULLs) and the columns folded into one 64-bit number per row (wrapping arithmetic) without two
    rows alike.  Equal rows fold alike, so distinct folds prove distinct rows; a fold's collision only
    answers False (unproved), never True.  One sort: 1.7 M facts in ~0.1 s, where pandas' hash-table
    ``is_unique`` / ``duplicated`` took ~0.45 s for one column and ~0.7 s for two."""
    if not cols or any(c not in df or not (isinstance(df[c].dtype, np.dtype) and df[c].dtype.kind in "iu")
                       for c in cols):
        return False
    with np.errstate(over="ignore"):
        folded = df[cols[0]].to_numpy().astype(np.uint64)
        for c in cols[1:]:
            folded = folded * _MIX + df[c].to_numpy().astype(np.uint64)
    folded = np.sort(folded)
    return not bool((folded[1:] == folded[:-1]).any())


#: (model name, columns proved unique, frame-wide unique proved) → the model's schema without those checks
_PROVED_SCHEMAS: dict[tuple, object] = {}


def _schema_for(model, df: pd.DataFrame):
    """The schema ``df`` is validated against: the model's own, less the uniqueness checks that
    :func:`_ints_unique` proves passing for ``df`` (its columns as they are before coercion, which
    leaves integer columns as they are).  A check not proved runs as declared, so a duplicate fails
    exactly as before, with the same failure cases; a proved one would have passed."""
    schema = model.to_schema()
    cols = [name for name, col in schema.columns.items() if col.unique and _ints_unique(df, [name])]
    frame = bool(schema.unique) and _ints_unique(df, list(schema.unique))
    if not cols and not frame:
        return schema
    key = (model.__name__, tuple(cols), frame)
    if key not in _PROVED_SCHEMAS:
        lean = schema.update_columns({c: {"unique": False} for c in cols}) if cols else copy.deepcopy(schema)
        if frame:
            lean.unique = None
        _PROVED_SCHEMAS[key] = lean
    return _PROVED_SCHEMAS[key]


def is_validated(df: pd.DataFrame, model) -> bool:
    """True when ``df`` is a frame :func:`mark_validated` saw for ``model``, with the same rows and columns."""
    entry = _VALIDATED.get(id(df))
    return (entry is not None and entry[0]() is df and entry[1] == model.__name__
            and entry[2] == len(df) and entry[3] == tuple(df.columns))


_ISO_DATE_RE = re.compile(ISO_DATE)


def _matches_per_distinct(s: pd.Series, pattern: re.Pattern) -> pd.Series:
    """``s.str.match(pattern)`` (what pandera's ``str_matches`` runs; NULLs never reach it), one match per
    distinct value: a value that is not a str fails, as ``str.match`` gives it NaN."""
    codes, uniques = pd.factorize(s, use_na_sentinel=True)
    verdict = np.array([isinstance(v, str) and pattern.match(v) is not None for v in uniques] + [False], dtype=bool)
    return pd.Series(verdict[codes], index=s.index, dtype=bool)


def _real_dates(s: pd.Series) -> pd.Series:
    """True where an ISO label exists in the calendar: a day (YYYY-MM-DD), a month (YYYY-MM) or a
    year (YYYY); NULLs and anything else (the ISO_DATE pattern's business) pass.

    The ISO_DATE pattern alone admits 2023-02-30, 2020-13 and 0000, which the date dimension cannot
    hold: such a figure is quarantined instead of failing the whole model step.  One test per
    distinct value.
    """
    def ok(v) -> bool:
        if not isinstance(v, str) or len(v) not in (4, 7, 10) or not v[:4].isdigit():
            return True
        try:
            dt.date.fromisoformat(v if len(v) == 10 else v + ("-01" if len(v) == 7 else "-01-01"))
            return True
        except ValueError:
            return False

    # factorised: one test per distinct value, spread back by code in NumPy (a ``map`` over the rows
    # was 1.5 s of the figures frame's validation at 100,000 articles); NULL (code -1) passes
    codes, uniques = pd.factorize(s, use_na_sentinel=True)
    verdict = np.array([ok(v) for v in uniques] + [True], dtype=bool)
    return pd.Series(verdict[codes], index=s.index, dtype=bool)


SPAN_ORDERED = "end must be after start"
ALT_PAIRED = "alt_unit must be set exactly when alt_value is"
#: the frame-wide checks declared with ignore_na=False whose NULL failure cases split_valid drops
_FRAME_CHECKS_WITHOUT_NULL_CASES = (SPAN_ORDERED, ALT_PAIRED)


def _pass_all_null_rows(df: pd.DataFrame, ok: pd.Series) -> pd.Series:
    """``ok`` with every row whose values are all NULL passed, as pandera's ``ignore_na`` does for a
    frame-wide check — but testing for NULL only the rows that failed, not the whole frame."""
    bad = ~ok.to_numpy(dtype=bool)
    if not bad.any():
        return ok
    ok = ok.copy()
    ok[bad] = df[bad].isna().all(axis="columns").to_numpy()
    return ok


class RawFileSchema(_Frame):
    """One row per file seen under the raw folder in this run."""

    file: Series[Text] = pa.Field(unique=True)
    size_bytes: Series[int] = pa.Field(ge=0)
    mtime_ns: Series[int] = pa.Field(ge=0)
    content_hash: Series[Text] = pa.Field(nullable=True)


class ArticleSchema(_Frame):
    """One row per article parsed in this run (new or changed; an unchanged article stays in the warehouse
    and is not part of the run's frames).  ``unchanged`` remains a valid status for a caller that still
    carries such rows: the load leaves their warehouse rows untouched."""

    file: Series[Text] = pa.Field(unique=True)
    title: Series[Text] = pa.Field(nullable=True)
    source: Series[Text] = pa.Field(nullable=True)
    published: Series[Text] = pa.Field(nullable=True, str_matches=ISO_DATE)
    content_hash: Series[Text] = pa.Field(str_length={"min_value": 64, "max_value": 64})
    encoding: Series[Text]
    format: Series[Text] = pa.Field(isin=["txt", "md", "html", "json"])
    size_bytes: Series[int] = pa.Field(ge=0)
    flags: Series[Text] = pa.Field(nullable=True)
    status: Series[Text] = pa.Field(isin=["new", "changed", "unchanged"])
    parser_version: Series[Text]
    figure_count: Series[int] = pa.Field(ge=0)


class FigureSchema(_Frame):
    """One row per figure in one article (the FIGURES.md prediction format plus provenance)."""

    file: Series[Text]
    ordinal: Series[int] = pa.Field(ge=0)
    value: Series[float] = pa.Field(nullable=False)
    unit: Series[Text] = pa.Field(isin=list(UNITS))
    qualifier: Series[Text] = pa.Field(isin=list(QUALIFIERS))
    kind: Series[Text] = pa.Field(isin=list(KINDS))
    measure: Series[Text] = pa.Field(nullable=True)
    metric: Series[Text] = pa.Field(nullable=True)
    subject: Series[Text] = pa.Field(nullable=True)
    regions: Series[Text] = pa.Field(nullable=True)  # JSON array of region names
    as_of: Series[Text] = pa.Field(nullable=True)  # an ISO date: iso_date below
    period_start: Series[Text] = pa.Field(nullable=True)
    alt_value: Series[float] = pa.Field(nullable=True)
    alt_unit: Series[Text] = pa.Field(nullable=True, isin=list(UNITS))
    start: Series[int] = pa.Field(ge=0)
    end: Series[int] = pa.Field(ge=0)
    mention: Series[Text]  # not empty: non_empty_mention below
    sentence: Series[Text] = pa.Field(nullable=True)
    # stable_key("figure", file, ordinal): not the parser's, made by the parse step for the valid rows (a
    # batch at a time while its pool runs), so the model step need not hash 1.7 M of them after it.
    # Optional and nullable: a frame without them (built by hand, stored by an older version) has its
    # keys made by the model step, as before
    figure_key: Series[pd.Int64Dtype] = pa.Field(required=False, nullable=True)

    class Config:
        unique = ["file", "ordinal"]

    @pa.check("mention", name="str_length", error="str_length(1, None)")
    def non_empty_mention(cls, s: Series[Text]) -> Series[bool]:
        # pandera's ``str_length={"min_value": 1}``, reported under the same text: for a column of strings
        # one comparison in C instead of ``s.str.len()`` (a Python call per figure: ~0.4 s at 100,000 articles)
        if s.dtype == object and infer_dtype(s, skipna=False) == "string":
            return pd.Series(s.to_numpy() != "", index=s.index, dtype=bool)
        return s.str.len() >= 1

    @pa.check("as_of", "period_start", name="str_matches", error=f"str_matches('{ISO_DATE}')")
    def iso_date(cls, s: Series[Text]) -> Series[bool]:
        # pandera's ``str_matches=ISO_DATE``, reported under the same text, matched once per distinct value
        # (the row-by-row match was ~1.5 s of this frame's validation at 100,000 articles)
        return _matches_per_distinct(s, _ISO_DATE_RE)

    @pa.check("as_of", "period_start", name="real_calendar_date",
              error="a day or month that exists in the calendar (not 2023-02-30, 2020-13)")
    def real_calendar_date(cls, s: Series[Text]) -> Series[bool]:
        return _real_dates(s)

    # The frame-wide checks run with ignore_na=False: with ignore_na, pandera passes every row whose
    # columns are all NULL by computing ``df.isna()`` over the whole frame (3 s of this frame's
    # validation at 100,000 articles).  The checks pass those rows themselves, looking only at the
    # rows that fail (see _pass_all_null_rows), and split_valid drops the NULL failure cases that
    # ignore_na dropped: the verdicts and the quarantine text are what they were.
    @pa.dataframe_check(error=SPAN_ORDERED, ignore_na=False)
    def span_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        return _pass_all_null_rows(df, df["end"] > df["start"])

    @pa.dataframe_check(error=ALT_PAIRED, ignore_na=False)
    def alt_paired(cls, df: pd.DataFrame) -> Series[bool]:
        # a row with both NULL passes already, so an all-NULL row does
        return df["alt_value"].isna() == df["alt_unit"].isna()


class RejectedFileSchema(_Frame):
    """One row per raw file that did not become an article, with its reason."""

    file: Series[Text] = pa.Field(unique=True)
    reason: Series[Text]
    detail: Series[Text] = pa.Field(nullable=True)
    content_hash: Series[Text] = pa.Field(nullable=True)
    duplicate_of: Series[Text] = pa.Field(nullable=True)


class QuarantineSchema(_Frame):
    """One row per figure row that failed FigureSchema, with the checks it failed."""

    file: Series[Text]
    ordinal: Series[int]
    failures: Series[Text]
    payload: Series[Text]


# ----- the star schema's frames (built in Python, merged by SQL) -----

class DimArticleSchema(_Frame):
    """One row per article file."""

    article_key: Series[int] = pa.Field(unique=True)
    file: Series[Text] = pa.Field(unique=True)
    title: Series[Text] = pa.Field(nullable=True)
    source_key: Series[int] = pa.Field(nullable=True)
    source: Series[Text] = pa.Field(nullable=True)
    published: Series[pd.Timestamp] = pa.Field(nullable=True)
    content_hash: Series[Text]
    encoding: Series[Text]
    format: Series[Text]
    size_bytes: Series[int]
    flags: Series[Text] = pa.Field(nullable=True)
    parser_version: Series[Text]
    figure_count: Series[int] = pa.Field(ge=0)


class DimSourceSchema(_Frame):
    """One row per outlet or agency."""

    source_key: Series[int] = pa.Field(unique=True)
    source_name: Series[Text] = pa.Field(unique=True)


class DimDateSchema(_Frame):
    """One row per calendar label at its precision (a year, a month or a day)."""

    date_key: Series[int] = pa.Field(unique=True, ge=10000000, le=99991231)
    iso: Series[Text] = pa.Field(unique=True, str_matches=ISO_DATE)
    precision: Series[Text] = pa.Field(isin=["year", "month", "day"])
    year: Series[int]
    quarter: Series[int] = pa.Field(nullable=True, ge=1, le=4)
    month: Series[int] = pa.Field(nullable=True, ge=1, le=12)
    day: Series[int] = pa.Field(nullable=True, ge=1, le=31)
    period_first_day: Series[pd.Timestamp]
    period_last_day: Series[pd.Timestamp]


class DimUnitSchema(_Frame):
    """One row per canonical unit of FIGURES.md."""

    unit_key: Series[int] = pa.Field(unique=True)
    unit: Series[Text] = pa.Field(unique=True, isin=list(UNITS))
    label: Series[Text]
    dimension: Series[Text]
    base_unit: Series[Text]
    to_base: Series[float] = pa.Field(gt=0)
    is_currency: Series[bool]


class DimRegionSchema(_Frame):
    """One row per administrative area of the gazetteer."""

    region_key: Series[int] = pa.Field(unique=True)
    code: Series[Text] = pa.Field(nullable=True)
    name: Series[Text] = pa.Field(unique=True)
    level: Series[Text]
    parent_key: Series[int] = pa.Field(nullable=True)
    parent_name: Series[Text] = pa.Field(nullable=True)
    aliases: Series[Text] = pa.Field(nullable=True)


class DimEntitySchema(_Frame):
    """One row per subject (organisation or place) figures describe."""

    entity_key: Series[int] = pa.Field(unique=True)
    name: Series[Text] = pa.Field(unique=True)
    entity_type: Series[Text]


class DimMetricSchema(_Frame):
    """One row per canonical metric of the catalogue ('unclassified' included)."""

    metric_key: Series[int] = pa.Field(unique=True)
    metric_id: Series[Text] = pa.Field(unique=True)
    name: Series[Text]
    category: Series[Text]


class FactFigureSchema(_Frame):
    """One row per figure in one article."""

    figure_key: Series[int] = pa.Field(unique=True)
    article_key: Series[int]
    ordinal: Series[int] = pa.Field(ge=0)
    unit_key: Series[int]
    metric_key: Series[int]
    entity_key: Series[int] = pa.Field(nullable=True)
    as_of_key: Series[int] = pa.Field(nullable=True)
    period_start_key: Series[int] = pa.Field(nullable=True)
    value: Series[float]
    qualifier: Series[Text] = pa.Field(isin=list(QUALIFIERS))
    kind: Series[Text] = pa.Field(isin=list(KINDS))
    measure: Series[Text] = pa.Field(nullable=True)
    alt_value: Series[float] = pa.Field(nullable=True)
    alt_unit: Series[Text] = pa.Field(nullable=True, isin=list(UNITS))
    value_base: Series[float] = pa.Field(nullable=True)
    value_cny: Series[float] = pa.Field(nullable=True)
    value_usd: Series[float] = pa.Field(nullable=True)
    fx_rate_cny_per_usd: Series[float] = pa.Field(nullable=True, gt=0)
    fx_rate_date: Series[pd.Timestamp] = pa.Field(nullable=True)
    value_cny_source: Series[Text] = pa.Field(nullable=True, isin=["stated", "article", "ECB"])
    value_usd_source: Series[Text] = pa.Field(nullable=True, isin=["stated", "article", "ECB"])
    fx_source: Series[Text] = pa.Field(nullable=True)
    lower_bound: Series[float] = pa.Field(nullable=True)
    upper_bound: Series[float] = pa.Field(nullable=True)
    start_offset: Series[int] = pa.Field(ge=0)
    end_offset: Series[int] = pa.Field(ge=0)
    mention: Series[Text]
    sentence: Series[Text] = pa.Field(nullable=True)

    class Config:
        unique = ["article_key", "ordinal"]

    # ignore_na=False: a row it fails has both bounds, so none is all NULL (see FigureSchema.span_ordered)
    @pa.dataframe_check(error="lower_bound must not exceed upper_bound", ignore_na=False)
    def bounds_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        return df["lower_bound"].isna() | df["upper_bound"].isna() | (df["lower_bound"] <= df["upper_bound"])


class BridgeFigureRegionSchema(_Frame):
    """One row per (figure, region) pair: a figure may belong to several places."""

    figure_key: Series[int]
    region_key: Series[int]
    position: Series[int] = pa.Field(ge=0)

    class Config:
        unique = ["figure_key", "region_key"]


def split_valid(df: pd.DataFrame, model: type[pa.DataFrameModel], key_cols=("file", "ordinal")):
    """Validate lazily; return (valid rows coerced, quarantined rows with their failed checks).

    A schema-level failure (a missing column, a wrong dtype that cannot be coerced
    for the whole frame) is not a row problem: it raises, failing the batch.
    """
    import json

    if df.empty:
        return model.validate(df), pd.DataFrame(columns=["file", "ordinal", "failures", "payload"])
    try:  # inplace: the caller's frame is coerced rather than copied (half the peak of a large frame)
        return (validate_in_place(model, df),
                pd.DataFrame(columns=["file", "ordinal", "failures", "payload"]))
    except SchemaErrors as err:
        fc = err.failure_cases
        # the NULL cells of a row failing a frame-wide check: pandera's ignore_na dropped them (see FigureSchema)
        fc = fc[~(fc["check"].isin(_FRAME_CHECKS_WITHOUT_NULL_CASES) & fc["failure_case"].isna())]
        if fc["index"].isna().any():
            # a failure that names no row: the batch as a whole is wrong
            raise
        bad_idx = set(fc["index"].dropna().tolist())
        reasons: dict = {}
        for _, r in fc.iterrows():
            reasons.setdefault(r["index"], []).append(f"{r['column']}: {r['check']} (got {r['failure_case']!r})")
        bad = df.loc[df.index.isin(bad_idx)]
        quarantine = pd.DataFrame({
            "file": bad[key_cols[0]].astype(str).values,
            "ordinal": bad[key_cols[1]].values,
            "failures": ["; ".join(reasons[i]) for i in bad.index],
            "payload": [json.dumps({k: (None if pd.isna(v) else v) if not isinstance(v, (list, dict)) else v
                                    for k, v in row.items()}, default=str) for _, row in bad.iterrows()],
        })
        good = model.validate(df.loc[~df.index.isin(bad_idx)], lazy=True)
        return good, quarantine

