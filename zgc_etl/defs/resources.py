"""Resources, and the one-writer rule for the DuckDB file.

DuckDB admits one read-write process per file, and while it holds the file no other
process can open it even read-only.  Three layers keep writers from fighting:

1. **Run queue** (``dagster.yaml``): runs of the ``main`` job carry the tag
   ``zgc_etl/writer=warehouse``, limited to one in progress at a time.
2. **Pool** ``duckdb`` (limit 1): every asset step that opens the file belongs to it, so
   ad-hoc materialisations from the UI are serialised step by step too.
3. **File lock** ``<warehouse>.lock`` (this module): every opening of the warehouse by this
   code goes through :func:`warehouse_connection`, which holds an OS file lock while the
   connection is open.  It also covers what Dagster does not see: two ``zgc-etl run``
   processes, a ``zgc-etl run`` next to ``dagster dev``.  The lock is re-entrant within a
   process (``zgc-etl run`` holds it for the whole run and its steps take it again), and
   the kernel drops it when the holder dies, so a killed run never leaves it stale.

Transient failures (the lock or the file busy) are retried with exponential backoff by
:data:`WAREHOUSE_RETRY_POLICY`; anything else raised inside :func:`retry_only_when_busy`
(a Pandera ``SchemaError``, a bug) becomes a ``dg.Failure(allow_retries=False)``, so bad
data fails once, loudly, and is not retried.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import pickle
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, NamedTuple, Optional

import dagster as dg
import filelock
# private module, as schedules.py's cron check: dagster is pinned exactly in pyproject.toml, and
# tests/test_parent_handoff_r9.py fails at once if an upgrade moves or changes the class
from dagster._core.storage.fs_io_manager import PickledObjectFilesystemIOManager
from dagster_duckdb import DuckDBResource

from .. import settings


class RawFolder(dg.ConfigurableResource):
    """The folder of raw articles the pipeline reads."""

    path: str
    max_file_bytes: int = settings.DEFAULT_MAX_FILE_BYTES

    @property
    def root(self) -> Path:
        return Path(self.path)


# ── the writer lock ────────────────────────────────────────────────────────────────────

DEFAULT_LOCK_TIMEOUT = 120.0


def lock_timeout() -> float:
    """Seconds a step waits for the writer lock before giving up (``ZGC_LOCK_TIMEOUT``)."""
    return float(os.environ.get("ZGC_LOCK_TIMEOUT", DEFAULT_LOCK_TIMEOUT))


class WarehouseBusy(Exception):
    """Another process is writing the warehouse; waiting longer or retrying later will help."""


def lock_path(database: str | Path) -> Path:
    return Path(f"{database}.lock")


def _owner_path(database: str | Path) -> Path:
    return Path(f"{database}.lock.owner")


_locks: dict[str, filelock.FileLock] = {}
_locks_guard = threading.Lock()


def _lock_for(database: str | Path) -> filelock.FileLock:
    """One lock object per file per process: re-entrant across the steps of an in-process run."""
    key = str(Path(database).resolve())
    with _locks_guard:
        if key not in _locks:
            _locks[key] = filelock.FileLock(str(lock_path(key)), thread_local=False)
        return _locks[key]


def lock_owner(database: str | Path) -> str:
    """Who holds (or last held) the writer lock, in words, for error messages."""
    try:
        o = json.loads(_owner_path(database).read_text())
        return f"pid {o['pid']} on {o['host']} ({o['what']}, since {o['since']})"
    except (OSError, ValueError, KeyError):
        return "another process"


@contextmanager
def writer_lock(database: str | Path, timeout: float | None = None, what: str = "a Dagster step",
                on_wait=None) -> Iterator[None]:
    """Hold the warehouse's writer lock; wait up to ``timeout`` seconds, then raise :class:`WarehouseBusy`.

    ``on_wait(message)`` is called once if the lock is busy, before waiting.
    """
    timeout = lock_timeout() if timeout is None else timeout
    Path(database).parent.mkdir(parents=True, exist_ok=True)
    lock = _lock_for(database)
    first = not lock.is_locked
    try:
        lock.acquire(timeout=0)
    except filelock.Timeout:
        msg = (f"the warehouse {database} is being written by {lock_owner(database)}; "
               f"waiting up to {timeout:g} s for it to finish")
        if on_wait:
            on_wait(msg)
        try:
            lock.acquire(timeout=timeout)
        except filelock.Timeout:
            raise WarehouseBusy(f"gave up after {timeout:g} s waiting for the warehouse {database}: it is being "
                                f"written by {lock_owner(database)} (lock file {lock_path(database)})") from None
    try:
        if first:
            _owner_path(database).write_text(json.dumps({
                "pid": os.getpid(), "host": socket.gethostname(), "what": what,
                "since": dt.datetime.now().isoformat(timespec="seconds")}))
        yield
    finally:
        lock.release()


# ── connections ───────────────────────────────────────────────────────────────────────

@contextmanager
def warehouse_connection(duckdb: DuckDBResource):
    """The one way this project opens the warehouse: under the writer lock, briefly."""
    if duckdb.database == ":memory:":
        with duckdb.get_connection() as conn:
            yield conn
        return
    with writer_lock(duckdb.database):
        with duckdb.get_connection() as conn:
            try:
                yield _maybe_paused(conn)
            finally:
                # DuckDBResource closes only on success; a failed step would otherwise keep the file
                # open (the traceback holds the connection) after the writer lock is released.
                conn.close()


class _PauseBeforeCommit:
    """Test hook (``ZGC_TEST_PAUSE_BEFORE_COMMIT=<marker file>``): inside the load transaction,
    just before its ``COMMIT``, touch the marker and sleep, so a test can kill the run there."""

    def __init__(self, conn, marker: str):
        self._conn, self._marker, self._in_load = conn, marker, False

    def execute(self, sql, *args, **kwargs):
        from ..warehouse.load import LOAD_STEPS
        from ..warehouse.sqlfiles import read_sql

        text = sql.strip().upper() if isinstance(sql, str) else ""
        if text == "BEGIN":
            self._in_load = False
        elif isinstance(sql, str) and any(sql == read_sql(s) for s in LOAD_STEPS):
            self._in_load = True
        elif text == "COMMIT" and self._in_load:
            Path(self._marker).write_text(str(os.getpid()))
            time.sleep(float(os.environ.get("ZGC_TEST_PAUSE_SECONDS", "30")))
        return self._conn.execute(sql, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def _maybe_paused(conn):
    marker = os.environ.get("ZGC_TEST_PAUSE_BEFORE_COMMIT")
    return _PauseBeforeCommit(conn, marker) if marker else conn


# ── retries: transient yes, bad data no ────────────────────────────────────────────────

#: On every asset that opens the warehouse: 4 retries after ~2, 4, 8, 16 s (± jitter).
WAREHOUSE_RETRY_POLICY = dg.RetryPolicy(max_retries=4, delay=2, backoff=dg.Backoff.EXPONENTIAL,
                                        jitter=dg.Jitter.PLUS_MINUS)

_LOCK_WORDS = ("could not set lock", "conflicting lock", "database is locked", "lock on file")


def is_transient(exc: BaseException) -> bool:
    """True for failures that waiting fixes: the writer lock or the DuckDB file held elsewhere."""
    import duckdb

    if isinstance(exc, (WarehouseBusy, filelock.Timeout)):
        return True
    if isinstance(exc, duckdb.IOException):
        return any(w in str(exc).lower() for w in _LOCK_WORDS)
    return False


@contextmanager
def retry_only_when_busy():
    """Let transient errors reach the retry policy; turn every other error into a final failure."""
    try:
        yield
    except dg.Failure:
        raise
    except Exception as exc:  # noqa: BLE001 — classified, then re-raised
        if is_transient(exc):
            raise
        raise dg.Failure(description=f"{type(exc).__name__}: {exc}", allow_retries=False,
                         metadata={"retried": False, "reason": "not transient (bad data or a bug)"}) from exc


def release_memory() -> None:
    """Collect garbage and hand freed heap pages back to the OS (glibc ``malloc_trim``).

    Called as a heavy step ends: without it the process keeps the previous step's freed memory
    as resident (fragmented heap), and the run's peak grows step after step.
    """
    import ctypes
    import gc

    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to trim
        pass


def freeze_long_lived_objects() -> None:
    """Leave the objects alive now (the modules, classes and functions of Dagster, pandas, Pandera,
    DuckDB and this package: ~180,000 of them) out of every later garbage collection (``gc.freeze``).

    They live as long as the process, yet every full collection walked them again: each
    :func:`release_memory` of a 10,000-article run took ~0.18 s (270,000 objects tracked), and the
    collections the interpreter runs by itself while a step builds millions of objects took 0.55 s
    CPU of the parse and model steps at 100,000 articles (0.22 s with them frozen).  Called
    once the definitions are built, before any step runs: nothing alive then is ever cyclic
    garbage worth collecting (an object freed by its reference count is freed all the same).
    """
    import gc

    gc.collect()  # what is garbage already goes now, not into the frozen generation
    gc.freeze()


def forget_captured_outputs(context) -> int:
    """Drop the output values ``execute_in_process`` keeps for its result; returns how many were held.

    ``JobDefinition.execute_in_process`` (``zgc-etl run``, the benchmark, ``dg.materialize``) always
    captures every step output *value* in a dict of the run (for ``result.output_for_node``),
    whatever the IO manager: the articles, figures and nine star frames of a run stayed in memory
    until it ended — at 30,000 articles ~570 MB of the 1.4 GB peak.  Nothing in this project reads
    them back (downstream steps load their inputs through the IO manager), so the heavy steps
    drop them once their own outputs are stored.  A run of ``dagster dev`` (its own process per
    step) captures nothing: this does nothing there.
    """
    op_ctx = getattr(context, "op_execution_context", context)
    step_ctx = getattr(op_ctx, "_step_execution_context", None)  # Dagster internals: tolerate their absence
    capture = getattr(step_ctx, "output_capture", None)
    if not isinstance(capture, dict) or not capture:
        return 0
    n = len(capture)
    capture.clear()
    return n


# ── step outputs: pickles on disk, handed over in memory within a process ───────────────

#: protocol 5 (Python 3.8+): NumPy columns are written from their own buffers, not copied into a
#: bytes object first (Dagster's FilesystemIOManager writes protocol 4); any Python 3 reads it
OUTPUT_PICKLE_PROTOCOL = 5


class _Handoff(NamedTuple):
    value: object
    run_id: str
    stamp: tuple  # the file's (size, mtime_ns) as written


#: outputs written by this process, by file: the value itself, until a step of the same run loads it
_HANDOFF: dict[str, _Handoff] = {}


def _file_stamp(path) -> Optional[tuple]:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


class HandoffPickleIOManager(PickledObjectFilesystemIOManager):
    """Dagster's pickle-per-asset filesystem IO manager (the same files, in the same places), that
    also hands each output's value over in memory to the first step of the same run that loads it
    in this process.

    Every output is still written, so lineage, a step re-executed from the UI, a retried step, a
    second consumer and ``dagster dev``'s process per step read the file as before.  What goes is
    the unpickling where the producer and the consumer share a process (``zgc-etl run``, the
    benchmark, ``dg.materialize``): at 100,000 articles the model step unpickled ~320 MB of figures
    and the load step ~510 MB of star frames, ~2 s CPU of a run's single-core tail.

    A value is handed over once and then forgotten, so no two loads share an object (a step may
    change a frame it loaded; a retry or a second consumer gets a fresh copy from the file), and
    only while its file is the one written (same size and mtime: no other process rewrote it).
    Values not loaded are dropped when the next run's first output is stored, so a long-lived
    process keeps at most one run's unloaded outputs.
    """

    def dump_to_path(self, context: dg.OutputContext, obj, path) -> None:
        try:
            with path.open("wb") as file:
                pickle.dump(obj, file, OUTPUT_PICKLE_PROTOCOL)
        except (AttributeError, RecursionError, ImportError, pickle.PicklingError):
            super().dump_to_path(context, obj, path)  # Dagster's own explanation of the failure
            return
        run_id = context.run_id
        for key in [k for k, h in _HANDOFF.items() if h.run_id != run_id]:
            del _HANDOFF[key]
        stamp = _file_stamp(path) if _is_local(path) else None
        if stamp is None:
            _HANDOFF.pop(str(path), None)
        else:
            _HANDOFF[str(path)] = _Handoff(obj, run_id, stamp)

    def load_from_path(self, context: dg.InputContext, path):
        handed = _HANDOFF.pop(str(path), None)
        if (handed is not None and handed.run_id == _input_run_id(context)
                and handed.stamp == _file_stamp(path)):
            return handed.value
        del handed
        with path.open("rb") as file:
            return pickle.load(file)


def _is_local(path) -> bool:
    return getattr(path, "protocol", "") in ("", "file", "local")


def _input_run_id(context: dg.InputContext) -> Optional[str]:
    """The run of the step loading the input (not of the output's producer: a re-execution loads the
    parent run's outputs, which this process may hold from that run: they are read from their files)."""
    try:
        return context.step_context.run_id
    except Exception:  # noqa: BLE001 - a context without a step (a test's build_input_context): no handoff
        return None


class HandoffFilesystemIOManager(dg.FilesystemIOManager):
    """:class:`dg.FilesystemIOManager` (same configuration, same files) whose outputs are handed over in
    memory within a process (:class:`HandoffPickleIOManager`)."""

    def create_io_manager(self, context) -> HandoffPickleIOManager:
        base_dir = self.base_dir or context.instance.storage_directory()
        return HandoffPickleIOManager(base_dir=base_dir)


def default_resources() -> dict:
    """The resources of the definitions.

    ``io_manager`` is given explicitly as Dagster's filesystem IO manager (pickles under
    ``$DAGSTER_HOME/storage``, one file per asset, overwritten each run) — the one ``dagster dev``
    runs use anyway — in :class:`HandoffFilesystemIOManager`'s form: the same files, and within one
    process each output handed over in memory to the step that loads it rather than unpickled.  Left to its default, ``execute_in_process`` (``zgc-etl run``) swaps in the
    in-memory IO manager, which keeps every step's output alive until the run ends: all the
    frames of a run at once, the main cause of a peak memory linear in the figures.  Pickling
    costs little next to parsing (docs/benchmark.md).  ``ZGC_IO_DIR`` overrides the folder:
    ``zgc-etl run`` gives each run a folder of its own and removes it when the run ends, so it
    never shares pickles with ``dagster dev`` runs on the same ``DAGSTER_HOME``.
    """
    freeze_long_lived_objects()  # the definitions are (about to be) built: what lives now lives as long as the process
    return {
        "raw": RawFolder(path=str(settings.raw_dir()), max_file_bytes=settings.max_file_bytes()),
        "duckdb": DuckDBResource(database=str(settings.warehouse_path())),
        # ZGC_IO_DIR: zgc-etl run points it at a folder of its own, removed after the run
        "io_manager": HandoffFilesystemIOManager(base_dir=os.environ.get("ZGC_IO_DIR") or None),
    }
