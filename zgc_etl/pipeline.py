"""The pipeline's stages as plain functions over folders and frames (Dagster calls these).

- :func:`scan_raw_folder` — every file below the raw folder with its size, mtime and hash;
- :func:`parse_changed` — load and parse the files that are new or changed since the
  warehouse last saw them (or parsed by another parser version), reject the bad ones,
  and return the articles, figures, rejections and quarantined figure rows as frames.
"""
from __future__ import annotations

import gc
import hashlib
import json
import multiprocessing as mp
import operator
import os
import stat
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, NamedTuple, Optional, Union

import numpy as np
import pandas as pd
from pandera.errors import SchemaErrors

from . import schemas
from .ingest import DEFAULT_MAX_BYTES, load_article
from .model import Article, Rejection
from .parse import PARSER_VERSION, extract_figures
from .parse.extract import FIGURE_FIELDS, figure_values
from .warehouse.keys import figure_keys

ARTICLE_COLS = list(schemas.ArticleSchema.to_schema().columns)
#: the figure columns the parser fills; FigureSchema's ``figure_key`` is made here, in the parent (_FigureBatches)
FIGURE_COLS = [c for c in schemas.FigureSchema.to_schema().columns if c != "figure_key"]
REJECT_COLS = list(schemas.RejectedFileSchema.to_schema().columns)
QUARANTINE_COLS = list(schemas.QuarantineSchema.to_schema().columns)
#: Files per task of the parse pool, and the least number of files to parse worth a pool.
CHUNK_FILES = 64
POOL_THRESHOLD = 400


def _hash_file(path: Union[str, Path]) -> Optional[str]:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()


def rehash_requested() -> bool:
    """``ZGC_REHASH=1`` (or true/yes): hash every file, trusting no remembered (size, mtime)."""
    return os.environ.get("ZGC_REHASH", "").strip().lower() in ("1", "true", "yes", "on")


#: a remembered hash is only written for files whose mtime is at least this much older than the
#: scan: a file written again within the file system's timestamp granularity of the scan could
#: otherwise keep its (size, mtime) with new bytes ("racy" entries, as git calls them).
RACY_NS = 2_000_000_000


def _raw_folders(top: str, prefix: str, dir_fd: Optional[int] = None) -> Iterator[tuple[str, list, list]]:
    """(prefix of the folder's names, directory entries of its files, their ``lstat``) of every folder
    below ``top``, listing the files :func:`~zgc_etl.ingest.iter_raw_files` lists, in its order: hidden
    files and folders skipped, names sorted within a folder, a folder's files before its subfolders,
    symlinked folders listed but not descended (as ``os.walk(followlinks=False)``).

    Read off ``os.scandir``'s strings and entries, a folder at a time: a ``Path`` per file, its
    ``lstat`` and ``relative_name`` cost 1.4 s CPU per 100,000 files (the listing is the one cost of
    an incremental run that grows with the folder).  Each folder is listed through a descriptor of
    its own (a subfolder opened relative to its parent's, ``top`` naming it within ``dir_fd``), so an
    entry's ``lstat`` is an ``fstatat`` of its bare name in that folder instead of an ``lstat`` that
    walks the whole path again: 0.43 -> 0.34 s CPU per 100,000 files.  The entries' ``stat`` is
    taken while the descriptor is open (an entry of a descriptor's listing needs it); their
    ``path`` is their bare name.  tests/test_incremental_scope.py holds the scan to
    ``iter_raw_files`` on a tree of hidden, nested and symlinked entries.
    """
    try:
        fd = os.open(top, os.O_RDONLY | os.O_DIRECTORY, dir_fd=dir_fd)
    except OSError:  # as os.walk: a folder that cannot be listed is skipped
        return
    try:
        try:
            with os.scandir(fd) as it:
                entries = [e for e in it if not e.name.startswith(".")]
        except OSError:
            return
        dirs, files = [], []
        for e in entries:
            try:
                is_dir = e.is_dir()  # follows a symlink, as os.walk sorts entries
            except OSError:
                is_dir = False
            (dirs if is_dir else files).append(e)
        by_name = operator.attrgetter("name")
        files.sort(key=by_name)
        yield (prefix, *_lstat_all(files))
        del entries, files  # freed before the subfolders are listed
        for e in sorted(dirs, key=by_name):
            if not e.is_symlink():
                yield from _raw_folders(e.name, prefix + e.name + "/", fd)
    finally:
        os.close(fd)


def _lstat_all(entries: list) -> tuple[list, list]:
    """The entries still there and the ``lstat`` of each (a symlink is judged, not followed): one
    comprehension for a folder, and a file at a time only when one vanished since the listing."""
    try:
        return entries, [e.stat(follow_symlinks=False) for e in entries]
    except OSError:
        pass
    kept, stats = [], []
    for e in entries:
        try:
            st = e.stat(follow_symlinks=False)
        except OSError:
            continue  # removed since the folder was listed: it is gone
        kept.append(e)
        stats.append(st)
    return kept, stats


def _memo_lookup(known: pd.DataFrame, files: list, sizes: np.ndarray,
                 mtimes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each listed file: whether the memo ``known`` holds it with a hash and the same size and
    mtime, and that hash (None where it does not).  One hash join of the names
    (``Index.get_indexer``) and array comparisons: a dict of the memo and a look-up per file cost
    0.2 s CPU at 100,000 files.  Rows without a hash are no memo; of two rows of one file the last
    counts (as a dict built from the rows)."""
    kh = known["content_hash"].tolist()
    memo = known.loc[[isinstance(h, str) for h in kh], ["file", "size_bytes", "mtime_ns", "content_hash"]]
    if not memo["file"].is_unique:
        memo = memo.drop_duplicates("file", keep="last")
    remembered = np.full(len(files), None, dtype=object)
    if not len(memo):
        return np.zeros(len(files), dtype=bool), remembered
    at = pd.Index(memo["file"].to_numpy(dtype=object)).get_indexer(files)  # -1: not in the memo
    row = np.where(at >= 0, at, 0)
    same = ((at >= 0) & (memo["size_bytes"].to_numpy(dtype=np.int64)[row] == sizes)
            & (memo["mtime_ns"].to_numpy(dtype=np.int64)[row] == mtimes))
    remembered[same] = memo["content_hash"].to_numpy(dtype=object)[row[same]]
    return same, remembered


_ST_SIZE = operator.attrgetter("st_size")
_ST_MTIME_NS = operator.attrgetter("st_mtime_ns")
_ST_MODE = operator.attrgetter("st_mode")


class Scan(NamedTuple):
    """A scan of the raw folder: the files (:class:`~zgc_etl.schemas.RawFileSchema`) and, per row,
    whether its hash was taken from the memo (size and mtime unchanged: the memo's row as it is)."""

    files: pd.DataFrame
    reused: np.ndarray


def scan_raw_folder(raw_dir: Path, known: Optional[pd.DataFrame] = None, rehash: Optional[bool] = None) -> pd.DataFrame:
    """One row per file under ``raw_dir``: relative name, size, mtime and content hash.

    ``known`` (file, size_bytes, mtime_ns, content_hash) is what an earlier scan found: a file
    whose size and mtime (nanoseconds) are both unchanged keeps its remembered hash and is not
    read.  A file rewritten with the same size *and* the same mtime is taken as unchanged — the
    limit of every mtime-based tool (make, rsync's quick check, git's index); ``rehash=True``
    or ``ZGC_REHASH=1`` hashes every file regardless.
    """
    return scan_with_memo(raw_dir, known, rehash).files


def scan_with_memo(raw_dir: Path, known: Optional[pd.DataFrame] = None, rehash: Optional[bool] = None) -> Scan:
    """:func:`scan_raw_folder`, also saying which rows reused the memo ``known``."""
    raw_dir = Path(raw_dir)
    if rehash is None:
        rehash = rehash_requested()
    top = os.path.abspath(raw_dir)
    files: list[str] = []
    # per folder, its files' size, mtime and regular-file flag as arrays, taken at once: the folder's
    # entries and their stat results (each a structseq of ~20 objects) are freed before the next
    # folder is listed, rather than 100,000 of them held to the end (their memory, new pages of the
    # heap in a fresh process, cost more than reading them)
    size_parts: list[np.ndarray] = []
    mtime_parts: list[np.ndarray] = []
    regular_parts: list[np.ndarray] = []
    for prefix, folder, folder_stats in _raw_folders(top, ""):
        files.extend([prefix + e.name for e in folder])
        k = len(folder_stats)
        size_parts.append(np.fromiter(map(_ST_SIZE, folder_stats), dtype=np.int64, count=k))
        mtime_parts.append(np.fromiter(map(_ST_MTIME_NS, folder_stats), dtype=np.int64, count=k))
        # a symlink or anything but a regular file is never read (no hash)
        regular_parts.append(np.fromiter(map(stat.S_ISREG, map(_ST_MODE, folder_stats)), dtype=bool, count=k))
        del folder, folder_stats
    n = len(files)
    sizes = np.concatenate(size_parts) if size_parts else np.empty(0, dtype=np.int64)
    mtimes = np.concatenate(mtime_parts) if mtime_parts else np.empty(0, dtype=np.int64)
    regular = np.concatenate(regular_parts) if regular_parts else np.empty(0, dtype=bool)
    del size_parts, mtime_parts, regular_parts
    if known is not None and len(known) and not rehash:
        same, digests = _memo_lookup(known, files, sizes, mtimes)
        reused = same & regular
        digests[~reused] = None
    else:
        reused, digests = np.zeros(n, dtype=bool), np.full(n, None, dtype=object)
    # new or changed: read and hashed; the path joined as a string (a Path per file, parsed, cost
    # ~0.3 s CPU per 100,000 files: a tenth of a first scan)
    for i in np.flatnonzero(regular & ~reused).tolist():
        digests[i] = _hash_file(os.path.join(top, files[i]))
    df = pd.DataFrame({"file": pd.Series(files, dtype=object), "size_bytes": sizes, "mtime_ns": mtimes,
                       "content_hash": digests},
                      columns=["file", "size_bytes", "mtime_ns", "content_hash"])
    return Scan(schemas.mark_validated(schemas.RawFileSchema.validate(df), schemas.RawFileSchema), reused)


def _rememberable_mask(scan: pd.DataFrame, scanned_at_ns: int) -> pd.Series:
    return scan["content_hash"].notna() & (scan["mtime_ns"] < scanned_at_ns - RACY_NS)


def rememberable(scan: pd.DataFrame, scanned_at_ns: int) -> pd.DataFrame:
    """The rows of a scan worth remembering: hashed, and not written within :data:`RACY_NS` of the scan."""
    keep = _rememberable_mask(scan, scanned_at_ns)
    return scan.loc[keep, ["file", "size_bytes", "mtime_ns", "content_hash"]].reset_index(drop=True)


def memo_changes_of_scan(scan: Scan, memo: pd.DataFrame, scanned_at_ns: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """What turns the memo ``memo`` (as read before the scan) into the scan's :func:`rememberable`
    rows: (upserts, gone), the rows :func:`zgc_etl.warehouse.load.memo_changes` finds, without
    comparing every row: a row whose hash came from the memo is the memo's row unchanged, so the
    upserts are the other rememberable rows, and when every memo row was reused none is gone (a
    row-by-row comparison of 100,000 files cost 0.2 s CPU a run, for a memo that had not changed).
    """
    df = scan.files
    keep = _rememberable_mask(df, scanned_at_ns).to_numpy(dtype=bool)
    upserts = df.loc[keep & ~scan.reused, ["file", "size_bytes", "mtime_ns", "content_hash"]].reset_index(drop=True)
    kept_hits = int(np.count_nonzero(keep & scan.reused))  # each a distinct memo file, its row as remembered
    if kept_hits == len(memo):
        gone = pd.DataFrame({"file": pd.Series([], dtype=object)})
    else:
        still = set(df["file"].to_numpy()[keep].tolist())
        gone = pd.DataFrame({"file": pd.Series([f for f in memo["file"].tolist() if f not in still], dtype=object)})
    return upserts, gone


def _valid(df: pd.DataFrame, model) -> pd.DataFrame:
    return schemas.mark_validated(model.validate(df), model)


@dataclass
class ParseResult:
    articles: pd.DataFrame
    figures: pd.DataFrame
    rejected: pd.DataFrame
    quarantine: pd.DataFrame
    parsed_files: list[str] = field(default_factory=list)
    #: warehouse articles carried over untouched (same file, hash and parser version): not in ``articles``
    unchanged: int = 0


def figure_rows(article: Article) -> list[dict]:
    rows = []
    for f in extract_figures(article):
        d = f.as_prediction()
        d["ordinal"] = f.ordinal
        d["sentence"] = f.sentence
        d["metric"] = getattr(f, "metric", None)
        d["regions"] = _regions_json(f.regions)
        rows.append(d)
    return rows


#: ``json.dumps(..., ensure_ascii=False)`` builds a new encoder on every call (its keyword
#: arguments differ from the defaults); one encoder with the same settings gives the same text.
_encode_json = json.JSONEncoder(ensure_ascii=False).encode
#: regions list (as a tuple) → its JSON: a few hundred distinct lists cover millions of figures.
_REGIONS_JSON: dict[tuple, str] = {}
_REGIONS_JSON_MAX = 65536


def _regions_json(regions) -> str:
    """``json.dumps(list(regions or []), ensure_ascii=False)``, memoised for lists of strings.

    Only lists of plain ``str`` are memoised: a tuple key equates ``1``, ``1.0`` and ``True``,
    whose JSON differs.
    """
    if not regions:
        return "[]"
    key = tuple(regions)
    got = _REGIONS_JSON.get(key)
    if got is not None:
        return got
    text = _encode_json(list(key))
    if len(_REGIONS_JSON) < _REGIONS_JSON_MAX and all(r.__class__ is str for r in key):
        _REGIONS_JSON[key] = text
    return text


#: Where each figure column's value sits in a tuple of :func:`~zgc_etl.parse.extract.figure_values`.
_FIELD_INDEX = {c: FIGURE_FIELDS.index(c) for c in FIGURE_COLS}
_REGIONS = _FIELD_INDEX["regions"]


def _figure_columns(rows: list[tuple], regions: list[str]) -> dict[str, list]:
    """The figure columns (:data:`FIGURE_COLS`, in order) of a task's figures: ``rows``, the tuples of
    :func:`~zgc_etl.parse.extract.figure_values`, read column by column in one ``zip``; ``regions``, their
    regions as JSON (:func:`_regions_json`), already made article by article.  The values of
    :func:`figure_rows` (a Figure's attributes), without a Figure object or a dict per figure."""
    by_field = list(zip(*rows)) if rows else [()] * len(FIGURE_FIELDS)
    return {c: regions if c == "regions" else list(by_field[_FIELD_INDEX[c]]) for c in FIGURE_COLS}


def article_row(article: Article, status: str, n_figures: int) -> dict:
    return {"file": article.file, "title": article.title, "source": article.source, "published": article.published,
            "content_hash": article.content_hash, "encoding": article.encoding, "format": article.format,
            "size_bytes": article.size_bytes, "flags": ",".join(article.flags) or None, "status": status,
            "parser_version": PARSER_VERSION, "figure_count": n_figures}


def _parse_files(raw_dir: Path, max_bytes: int, items: list[tuple[str, Optional[str], str]]) -> tuple[list, dict]:
    """Load and parse ``items`` (file, scanned content hash, status if it loads): one task of the pool.

    Returns one outcome per item, ``("article", row)`` or ``("rejected", row)``, and the
    figures of the whole task as columns of :data:`FIGURE_COLS` (see :func:`_encode_chunk`): a
    column of values costs far less memory than a dict per figure, and pickles back
    from a worker in one piece with each distinct string stored once.
    """
    outcomes: list = []
    rows: list[tuple] = []  # the task's figures (figure_values) and, in step, their regions as JSON
    regions: list[str] = []
    try:  # what load_article would resolve for every file
        real_root = os.path.realpath(raw_dir)
    except (OSError, ValueError):
        real_root = None  # (then each file's load says what is wrong)
    for file, content_hash, status in items:
        try:
            art = load_article(raw_dir / file, raw_dir, max_bytes=max_bytes, real_root=real_root)
            if isinstance(art, Rejection):
                outcomes.append(("rejected", {"file": file, "reason": art.reason, "detail": art.detail,
                                              "content_hash": art.content_hash, "duplicate_of": art.duplicate_of}))
                continue
            if content_hash and art.content_hash != content_hash:
                outcomes.append(("rejected", {
                    "file": file, "reason": "changed_during_run",
                    "detail": "the file changed between the scan and the read; it is picked up next run",
                    "content_hash": art.content_hash, "duplicate_of": None}))
                continue
            figs = figure_values(art)
            # (made here, article by article: a value the JSON encoder refuses rejects its article only)
            figs_regions = [_regions_json(f[_REGIONS]) for f in figs]
        except Exception as exc:  # noqa: BLE001 - one bad article never sinks a run
            outcomes.append(("rejected", {"file": file, "reason": "parse_error", "detail": f"{type(exc).__name__}: {exc}",
                                          "content_hash": content_hash, "duplicate_of": None}))
            continue
        rows.extend(figs)
        regions.extend(figs_regions)
        outcomes.append(("article", article_row(art, status, len(figs))))
    return outcomes, _encode_chunk(_figure_columns(rows, regions))


#: figure columns whose values repeat across figures (a measure, a subject, a region list, a
#: date): sent dictionary-encoded by the workers (:func:`_encode`), one string object per distinct
#: value instead of one per figure.  Measured on the
#: generated corpus: ~140 of the ~500 bytes a figure took in the figures frame.  ``mention``
#: ("$3 billion", "12%"): 344,272 distinct among 1,651,967 figures at 100,000 articles, held as
#: 1,623,583 objects before it was shared (~74 MB, see docs/benchmark.md, third pass).
SHARED_COLS = ("file", "unit", "qualifier", "kind", "measure", "metric", "subject", "regions", "as_of",
               "period_start", "alt_unit", "sentence", "mention")


#: shared again across chunks in the parent: the columns whose values repeat across articles and are many
#: (a mention, a subject, a measure, a date).  Not ``sentence`` and ``file`` (they repeat within one article
#: only, which the worker's encoding already shared), nor the closed vocabularies (``unit``, ``qualifier``,
#: ``kind``, ``alt_unit``: a few objects per chunk), which cost the parent a dict look-up for nothing.
PARENT_SHARED_COLS = tuple(c for c in SHARED_COLS if c not in ("sentence", "file", "unit", "qualifier", "kind",
                                                                "alt_unit"))


class _Coded(NamedTuple):
    """A chunk's text column, dictionary-encoded: its distinct values (str or None, in order of first
    appearance) and one code (uint8, uint16 or int32) per figure.  What a worker sends instead of the
    list of values: the parent then shares each distinct value once, not once per figure, and builds
    the column by indexing, without a Python call per figure."""

    uniques: list
    codes: np.ndarray


_STR_OR_NONE = {str, type(None)}


def _encode(vals: list):
    """``vals`` as a :class:`_Coded` when every value is a str or None; anything else stays the list it was
    (a tuple key would equate ``1``, ``1.0`` and ``True``, whose values differ)."""
    if not vals or not set(map(type, vals)) <= _STR_OR_NONE:
        return vals
    index = dict.fromkeys(vals)  # the distinct values in order of first appearance (str and None only)
    for code, v in enumerate(index):
        index[v] = code
    # the narrowest codes: most columns have a few hundred distinct values a chunk (a byte a figure)
    n = len(index)
    dtype = np.uint8 if n <= 256 else np.uint16 if n <= 65536 else np.int32
    return _Coded(list(index), np.fromiter(map(index.__getitem__, vals), dtype=dtype, count=len(vals)))


def _encode_chunk(cols: dict[str, list]) -> dict:
    """A task's figure columns as the worker sends them: the text columns of :data:`SHARED_COLS`
    dictionary-encoded (:func:`_encode`), the numeric ones as arrays (:func:`_compact`), so the work
    per figure happens in the workers, in parallel, and the parent's per chunk is per distinct value."""
    out = {}
    for c, vals in cols.items():
        if c in NUMERIC_COLS:
            out[c] = _compact(vals) if vals else vals
        elif c in SHARED_COLS:
            out[c] = _encode(vals)
        else:
            out[c] = vals
    return out


def _decode(piece, seen: Optional[dict]):
    """A chunk's column back as an object array (from :class:`_Coded`) or as it came (a list or an array).

    With ``seen`` (value → object, across chunks), equal strings of different chunks become one object.
    """
    if not isinstance(piece, _Coded):
        return piece
    uniques = piece.uniques
    if seen is not None:  # values are str or None (see _encode): each is its own key, in one C-level map
        uniques = list(map(seen.setdefault, uniques, uniques))
    table = np.empty(len(uniques), dtype=object)
    table[:] = uniques
    return table[piece.codes]


#: figure columns of plain numbers: held as one NumPy array per chunk in the parent (8 bytes a value)
#: instead of a list of Python int/float objects (~32 bytes a value) until the frame is built.
NUMERIC_COLS = ("ordinal", "value", "alt_value", "start", "end")
_NONE = type(None)


def _compact(vals: list):
    """A chunk's numeric column as an int64 array (all plain ints) or a float64 array (ints, floats and
    None → NaN), the dtype pandas infers for the same values (a column of None only, which pandas
    leaves as objects, becomes NaN: the schema coerces it to the same float column); anything else
    (a str, a bool) stays the list it was."""
    kinds = {v.__class__ for v in vals}
    try:
        if kinds == {int}:
            return np.array(vals, dtype=np.int64)
        if kinds <= {int, float, _NONE}:
            return np.array(vals, dtype=np.float64)
    except (OverflowError, ValueError, TypeError):
        pass
    return vals


def _column(pieces: list) -> pd.Series:
    """One figure column from its chunks' pieces (arrays of :func:`_compact` or :func:`_decode`, or lists).

    All arrays: concatenated as they are (an object array of str/None is the object column pandas
    would infer from the same values, without inferring it); any list among them: the values of all
    pieces in one list, typed by pandas as before."""
    if pieces and all(isinstance(p, np.ndarray) for p in pieces):
        return pd.Series(np.concatenate(pieces) if len(pieces) > 1 else pieces[0], copy=False)
    vals: list = []
    for p in pieces:
        vals.extend(p.tolist() if isinstance(p, np.ndarray) else p)
    return pd.Series(vals)


def _parse_task(args: tuple) -> tuple[list, dict]:
    if mp.parent_process() is not None:
        # In a pool worker, what is alive between two tasks lives as long as the worker: the modules the
        # forkserver preloaded (pandas, numpy, the parser), the gazetteer and the parser's memo caches.
        # Frozen (O(1)), the interpreter's automatic collections stop walking them again while a task
        # builds its figures: ~1.5 % fewer instructions per article in a worker (callgrind, 256 articles
        # in tasks of 64).  Nothing is freed later than before but cyclic garbage made of objects alive
        # at a task's start, which the parser does not make (an object freed by its reference count
        # is freed all the same).
        gc.freeze()
    return _parse_files(*args)


def parse_workers() -> int:
    """Processes for parsing: ``ZGC_PARSE_WORKERS``, else one per core up to 2 (1 = in this process)."""
    env = os.environ.get("ZGC_PARSE_WORKERS")
    if env:
        return max(1, int(env))
    return max(1, min(2, os.cpu_count() or 1))


def _run_tasks(raw_dir: Path, max_bytes: int, chunks: list[list], workers: int) -> Iterator[tuple[list, dict]]:
    """Each chunk's result, in chunk order; in a bounded process pool when it pays off."""
    tasks = ((raw_dir, max_bytes, c) for c in chunks)
    if workers <= 1 or len(chunks) <= 1:
        for t in tasks:
            yield _parse_task(t)
        return
    # forkserver: workers start from a clean, single-threaded server rather than a fork of a
    # process that holds Dagster's and DuckDB's threads; the server pre-imports the parser once.
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload([__name__])
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        pending: deque = deque()
        for t in tasks:  # at most 2 tasks per worker in flight: results are consumed as they come
            pending.append(pool.submit(_parse_task, t))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


class _Progress:
    """An iterable of the files to parse that drives the parsing, for a tqdm-like ``progress``.

    Each chunk's result goes to ``sink`` as it comes back, so results never pile up.
    """

    def __init__(self, n: int, results: Iterator[tuple[list, dict]], sink: Callable[[list, dict], None]):
        self.n, self.results, self.sink = n, results, sink

    def __len__(self) -> int:
        return self.n

    def __iter__(self):
        for outcomes, cols in self.results:
            k = len(outcomes)
            self.sink(outcomes, cols)
            yield from range(k)


def _known_by_file(known: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The warehouse's articles as arrays (file, content_hash, parser_version), one entry per file
    in the order of its first row, with the values of its last (as a dict built from the rows); a
    missing column is all None."""
    cols = [known[c].to_numpy(dtype=object) if c in known else np.full(len(known), None, dtype=object)
            for c in ("file", "content_hash", "parser_version")] if len(known) else [np.empty(0, dtype=object)] * 3
    files = pd.Index(cols[0], dtype=object)
    if files.is_unique:  # the warehouse's are (dim_article.file is UNIQUE)
        return cols[0], cols[1], cols[2]
    last = pd.DataFrame({"h": cols[1], "v": cols[2]}, index=files)
    last = last[~files.duplicated(keep="last")].reindex(files[~files.duplicated(keep="first")])
    return last.index.to_numpy(dtype=object), last["h"].to_numpy(dtype=object), last["v"].to_numpy(dtype=object)


def _decide(raw_files: pd.DataFrame, known: pd.DataFrame) -> tuple[dict[int, tuple], list, list[int]]:
    """What the listed files become: ``decided`` (rank → a duplicate's rejection) and the files to
    parse (file, scanned hash, "new" or "changed") with their ranks, a rank being an order of the
    files by name; every other file is an unchanged article (same file, hash and parser version as
    in the warehouse), which stays there as it is.

    Duplicates: the same bytes under two names load once; the name an article of the warehouse
    holds (with the hash it was loaded with) wins, then the first in name order.

    Decided on arrays (one hash join of the listing with the warehouse's files, one count of the
    hashes), then file by file only for the few files that are not unchanged articles or share a
    hash that more than one name could load under ("contested"): a dict look-up and a tuple for
    each of the 100,000 files cost an incremental run 0.25 s CPU, to parse one.
    """
    names = raw_files["file"].to_numpy(dtype=object)
    hashes = raw_files["content_hash"].to_numpy(dtype=object)
    n = len(names)
    hashed = np.fromiter(map(bool, hashes), dtype=bool, count=n)  # a hash to compare (not None or empty)
    k_files, k_hashes, k_versions = _known_by_file(known)
    at = pd.Index(k_files, dtype=object).get_indexer(names) if len(k_files) else np.full(n, -1, dtype=np.intp)
    is_known = at >= 0
    stored = np.full(n, None, dtype=object)  # the hash each listed file was loaded with
    stored[is_known] = k_hashes[at[is_known]]
    same_bytes = is_known & (stored == hashes)
    unchanged = same_bytes.copy()
    if len(k_files):
        unchanged &= k_versions[np.where(is_known, at, 0)] == PARSER_VERSION
    # contested hashes: listed under two names or more, or still held by a warehouse article whose
    # file is listed with other bytes now (its old bytes under a new name are its duplicate)
    listed_hashes = hashes[hashed]
    contested_values = np.concatenate([listed_hashes[pd.Index(listed_hashes).duplicated(keep=False)],
                                       stored[is_known & ~same_bytes]])
    contested = hashed & pd.Index(hashes).isin(contested_values) if len(contested_values) else np.zeros(n, dtype=bool)
    # the files decided one by one, in name order
    few = np.flatnonzero(contested | ~unchanged)
    few = few[np.argsort(names[few], kind="stable")].tolist()
    first_by_hash: dict = {}  # contested hash → the name it loads under
    for i in few:
        if contested[i] and hashes[i] not in first_by_hash:
            first_by_hash[hashes[i]] = names[i]
    if first_by_hash:  # a listed warehouse article holds its hash (the last such in the known order)
        k_listed = np.zeros(len(k_files), dtype=bool)
        k_listed[at[is_known]] = True
        holds = k_listed & pd.Index(k_hashes, dtype=object).isin(list(first_by_hash))
        for j in np.flatnonzero(holds).tolist():
            first_by_hash[k_hashes[j]] = k_files[j]
    decided: dict[int, tuple] = {}
    todo: list[tuple[str, Optional[str], str]] = []
    todo_rank: list[int] = []
    for rank, i in enumerate(few):
        name, h = names[i], hashes[i]
        owner = first_by_hash.get(h) if contested[i] else None
        if owner not in (None, name):
            decided[rank] = ("rejected", {"file": name, "reason": "duplicate", "detail": f"same content as {owner}",
                                          "content_hash": h, "duplicate_of": owner})
        elif not unchanged[i]:
            todo.append((name, h, "changed" if is_known[i] else "new"))
            todo_rank.append(rank)
    return decided, todo, todo_rank


class _ArticleColumns:
    """The articles parsed in this run (one dict per article, :func:`article_row`), gathered column by
    column as the chunks come back (the parent is idle while the pool parses) rather than all at once
    after the last one (~0.3 s CPU of the parse step's tail at 100,000 articles)."""

    def __init__(self):
        self.cols: dict[str, list] = {c: [] for c in ARTICLE_COLS}
        self.n = 0

    def add(self, rows: list[dict]) -> None:
        for c, vals in self.cols.items():
            vals.extend([r.get(c) for r in rows])
        self.n += len(rows)

    def frame(self) -> pd.DataFrame:
        cols: dict = {}
        for c in ARTICLE_COLS:
            vals = np.full(self.n, None, dtype=object)
            if self.n:
                vals[:] = self.cols.pop(c)
            cols[c] = pd.Series(vals, dtype=object).infer_objects()
        return pd.DataFrame(cols, columns=ARTICLE_COLS)


#: figure rows validated at a time while the pool still runs (:class:`_FigureBatches`): large enough
#: that Pandera's fixed cost per call (~0.05 s) stays small, small enough that what is left for after
#: the last chunk (at most one batch) is a fraction of the whole.
VALIDATE_BATCH_ROWS = 200_000


class _FigureBatches:
    """The figures of the chunks as they come, validated against :class:`~zgc_etl.schemas.FigureSchema` a
    batch of chunks at a time while the pool still parses the next ones, instead of all at once after it.

    The parent is idle while the workers parse: at 100,000 articles the whole frame's validation was
    ~2.2 s CPU of the parse step's single-core tail.  A batch holds whole chunks, so whole articles:
    every check of the schema but its ``unique`` (file, ordinal) is row by row, and that one never
    spans two articles (the pool parses each file once), so when every batch passes the whole frame
    passes, and the batches joined are the frame its validation gives.  When a batch fails (a figure to
    quarantine: rare), the batches are joined unvalidated and split as one frame after the pool, as
    before, so the quarantine's rows and the text of their failures are exactly what they were.
    """

    def __init__(self, batch_rows: int = VALIDATE_BATCH_ROWS):
        self.batch_rows = batch_rows
        self.pending: dict[str, list] = {c: [] for c in FIGURE_COLS}  # one piece per chunk and column
        self.pending_rows = 0
        self.batches: list[pd.DataFrame] = []  # validated (coerced in place), unless ``failed``
        self.failed = False  # a batch had rows to quarantine: validate all of them as one frame at the end

    def add(self, cols: dict[str, object], rows: int) -> None:
        for c in FIGURE_COLS:
            self.pending[c].append(cols[c])
        self.pending_rows += rows
        if self.pending_rows >= self.batch_rows:
            self.flush()

    def flush(self) -> None:
        if not self.pending_rows:
            return
        # column by column, each list freed once it is an array; not consolidated (a copy)
        pending, self.pending, self.pending_rows = self.pending, {c: [] for c in FIGURE_COLS}, 0
        df = pd.DataFrame({c: _column(pending.pop(c)) for c in FIGURE_COLS}, columns=FIGURE_COLS, copy=False)
        if not self.failed:
            try:  # in place: the batch's own frame is coerced rather than copied (the result is what counts)
                df = _with_figure_keys(schemas.validate_in_place(schemas.FigureSchema, df))
            except SchemaErrors:
                self.failed = True
        self.batches.append(df)

    def _joined(self) -> pd.DataFrame:
        """The batches as one frame (index 0..n-1), a column at a time, each batch's column dropped once
        joined (``pd.concat`` would hold every batch and the whole frame at once: ~240 MB more at
        100,000 articles)."""
        batches, self.batches = self.batches, []
        # the figure keys of the batches validated, unless one failed (the valid rows get theirs after the split)
        names = FIGURE_COLS if self.failed else [*FIGURE_COLS, "figure_key"]
        if len(batches) == 1:  # its columns are ``names`` (a batch that failed has no keys)
            return batches[0]
        index = pd.RangeIndex(sum(map(len, batches)))
        cols = {}
        for c in names:
            cols[c] = pd.Series(np.concatenate([b[c].to_numpy() for b in batches]), index=index, copy=False)
            for b in batches:
                del b[c]
        return pd.DataFrame(cols, index=index, columns=names, copy=False)

    def result(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        """(the valid figures, the quarantined rows): what ``split_valid`` of the whole frame gives."""
        self.flush()
        if not self.batches or self.failed:
            frame = self._joined() if self.batches else pd.DataFrame(columns=FIGURE_COLS)
            good, quarantine = schemas.split_valid(frame, schemas.FigureSchema)
            return _with_figure_keys(good), quarantine
        return self._joined(), pd.DataFrame(columns=["file", "ordinal", "failures", "payload"])


def _with_figure_keys(figures: pd.DataFrame) -> pd.DataFrame:
    """``figures`` (valid: every file a str, every ordinal an int >= 0) with its ``figure_key`` column, the
    key the model step gives each fact: made here, a batch at a time while the pool still parses, rather
    than for all 1.7 M figures of 100,000 articles in the model step's single-core tail (~1.2 s CPU)."""
    figures["figure_key"] = figure_keys(figures["file"].to_numpy(), figures["ordinal"].to_numpy())
    return figures


def parse_changed(raw_dir: Path, raw_files: pd.DataFrame, known: pd.DataFrame,
                  max_bytes: int = DEFAULT_MAX_BYTES,
                  progress: Optional[Callable[[Iterable], Iterable]] = None) -> ParseResult:
    """Parse what is new or changed.

    ``known`` holds the warehouse's articles (file, content_hash, parser_version).  An article
    whose file, hash and parser version are unchanged stays in the warehouse as it is: it is
    neither read again nor part of the result (``articles`` holds the articles parsed in this
    run, status ``new`` or ``changed``; ``unchanged`` counts the others).  One bad file never
    stops the others: every exception is turned into a rejection with its reason.  Every file
    of ``raw_files`` is thus an unchanged article, a parsed article or a rejection.

    Files to parse go in chunks of :data:`CHUNK_FILES` to a pool of :func:`parse_workers`
    processes when there are at least :data:`POOL_THRESHOLD` of them; the result is the
    same, row for row and in the same order, as parsing them one by one here.  The figures are
    validated batch by batch as the chunks come back (:class:`_FigureBatches`).
    """
    raw_dir = Path(raw_dir)
    # what each listed file becomes, by its rank in name order: decided here (a duplicate's
    # rejection), by the parser below (the files of ``todo``), or unchanged (no rank)
    decided, todo, todo_pos = _decide(raw_files, known)
    chunks = [todo[j:j + CHUNK_FILES] for j in range(0, len(todo), CHUNK_FILES)]
    workers = parse_workers() if len(todo) >= POOL_THRESHOLD else 1
    results = _run_tasks(raw_dir, max_bytes, chunks, workers)
    figures = _FigureBatches()
    # the articles in name order: the pool's outcomes come in the order of ``todo`` (name order), and
    # every article is one of them (``decided`` holds the rejections, whose ranks interleave)
    articles = _ArticleColumns()
    pos = iter(todo_pos)
    shared: dict = {}  # across chunks: a worker's encoding shares repeats within its chunk only

    def merge(outcomes: list, cols: dict) -> None:
        art_rows = []
        for outcome in outcomes:
            rank = next(pos)
            if outcome[0] == "article":
                art_rows.append(outcome[1])
            else:
                decided[rank] = outcome
        articles.add(art_rows)
        pieces, rows = {}, 0
        for c in FIGURE_COLS:
            piece = cols[c]
            rows = max(rows, len(piece))
            if c in NUMERIC_COLS:
                pieces[c] = piece if isinstance(piece, np.ndarray) else _compact(piece)
            else:  # sentences and files do not repeat across articles: not worth a look-up in ``shared``
                pieces[c] = _decode(piece, shared if c in PARENT_SHARED_COLS else None)
        if rows:
            figures.add(pieces, rows)

    it = _Progress(len(todo), results, merge)
    for _ in (progress(it) if progress else it):
        pass
    del shared
    unchanged = len(raw_files) - len(decided) - articles.n  # every file to parse has its outcome now
    rejected = [decided[i][1] for i in sorted(decided)]  # in name order (all rejections)
    del decided
    parsed_files = list(articles.cols["file"])
    art_df = articles.frame()
    del articles
    good, quarantine = figures.result()
    del figures
    if len(quarantine):
        counts = good.groupby("file").size() if len(good) else pd.Series(dtype=int)
        art_df["figure_count"] = [int(counts.get(f, 0)) for f in art_df["file"]]
    return ParseResult(
        articles=_valid(art_df, schemas.ArticleSchema),
        figures=schemas.mark_validated(good, schemas.FigureSchema),
        rejected=_valid(pd.DataFrame(rejected, columns=REJECT_COLS), schemas.RejectedFileSchema),
        quarantine=_valid(quarantine.reindex(columns=QUARANTINE_COLS), schemas.QuarantineSchema),
        parsed_files=parsed_files,
        unchanged=unchanged,
    )
