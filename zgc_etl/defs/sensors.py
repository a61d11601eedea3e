"""A sensor that starts the main job when files in the raw folder are added, changed or removed.

It looks only at the file system (``lstat`` of every file, never its contents, never the
DuckDB file), so it is cheap and never competes with a run for the warehouse.

The state of the folder is each file's ``relative path → (mtime_ns, size)``.  The cursor
keeps it compactly:

- ``digest``: SHA-256 of the sorted listing — equal digests mean nothing changed;
- ``buckets``: 256 short digests of the listing split by a hash of the path, a fixed
  ~2.7 kB whatever the folder holds (100,000 files included);
- ``files``: the listing itself, zlib-compressed, only while the folder holds at most
  ``ZGC_SENSOR_CURSOR_MAX_FILES`` files (default 2,000) — then the run's tags say exactly
  which files were added, changed or removed; above it they say how many buckets changed;
- ``gen``: how many changes the sensor has seen.  The run key is ``raw-<gen>-<digest>``,
  unique per change even when a folder returns to an earlier state, and stable if a tick
  is evaluated twice, so Dagster never starts two runs for one change.

While a main run is queued (not started, so it has not scanned the folder yet) the sensor
starts no other: that run will see the change.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import zlib
from dataclasses import dataclass
from pathlib import Path

import dagster as dg

from .jobs import main_job
from .resources import RawFolder

Listing = dict[str, tuple[int, int]]
N_BUCKETS = 256
DEFAULT_CURSOR_MAX_FILES = 2000


def list_raw_folder(root: Path) -> Listing:
    """``relative path → (mtime_ns, size)`` of every file below ``root``; hidden files and folders skipped
    (the same files :func:`zgc_etl.ingest.iter_raw_files` yields)."""
    out: Listing = {}
    # (folder, its path relative to root ending in "/"): each file's relative name is a string
    # concatenation, not a Path made relative to root (two thirds of a tick's CPU at 100,000 files)
    stack = [(str(Path(root)), "")]
    while stack:
        folder, prefix = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for e in entries:
            if e.name.startswith("."):
                continue
            try:
                if e.is_dir(follow_symlinks=False):
                    stack.append((e.path, prefix + e.name + "/"))
                    continue
                st = e.stat(follow_symlinks=False)
            except OSError:
                continue  # vanished between listing and stat: it is gone
            out[prefix + e.name] = (st.st_mtime_ns, st.st_size)
    return out


def _line(path: str, stamp: tuple[int, int]) -> str:
    return f"{path}\t{stamp[0]}\t{stamp[1]}\n"


def _bucket(path: str) -> int:
    return hashlib.blake2b(path.encode(), digest_size=2).digest()[0]


def listing_digest(listing: Listing) -> str:
    h = hashlib.sha256()
    for path in sorted(listing):
        h.update(_line(path, listing[path]).encode())
    return h.hexdigest()


def bucket_digests(listing: Listing) -> list[bytes]:
    hs = [hashlib.blake2b(digest_size=8) for _ in range(N_BUCKETS)]
    for path in sorted(listing):
        hs[_bucket(path)].update(_line(path, listing[path]).encode())
    return [h.digest() for h in hs]


@dataclass
class FolderState:
    gen: int
    digest: str
    count: int
    buckets: list[bytes]
    files: Listing | None  # None when the folder was too large to keep the listing

    def to_cursor(self) -> str:
        d = {"v": 1, "gen": self.gen, "digest": self.digest, "n": self.count,
             "buckets": base64.b64encode(b"".join(self.buckets)).decode()}
        if self.files is not None:
            text = "".join(_line(p, self.files[p]) for p in sorted(self.files))
            d["files"] = base64.b64encode(zlib.compress(text.encode(), 9)).decode()
        return json.dumps(d, separators=(",", ":"))

    @classmethod
    def from_cursor(cls, cursor: str | None) -> "FolderState | None":
        if not cursor:
            return None
        try:
            d = json.loads(cursor)
            raw = base64.b64decode(d["buckets"])
            buckets = [raw[i:i + 8] for i in range(0, len(raw), 8)]
            files = None
            if "files" in d:
                files = {}
                for line in zlib.decompress(base64.b64decode(d["files"])).decode().splitlines():
                    path, mtime, size = line.rsplit("\t", 2)
                    files[path] = (int(mtime), int(size))
            return cls(int(d["gen"]), d["digest"], int(d["n"]), buckets, files)
        except (ValueError, KeyError, TypeError, zlib.error):
            return None  # an unreadable (older) cursor: treat the folder as new

    @classmethod
    def of(cls, listing: Listing, gen: int, max_files: int) -> "FolderState":
        return cls(gen, listing_digest(listing), len(listing), bucket_digests(listing),
                   dict(listing) if len(listing) <= max_files else None)


@dataclass
class Change:
    added: list[str]
    changed: list[str]
    removed: list[str]
    buckets_changed: int
    exact: bool

    def summary(self) -> str:
        if self.exact:
            return f"{len(self.added)} added, {len(self.changed)} changed, {len(self.removed)} removed"
        return f"{self.buckets_changed}/{N_BUCKETS} buckets changed (the folder is too large to list per file)"


def diff(prev: FolderState | None, listing: Listing, cur: FolderState) -> Change:
    if prev is None:
        return Change(sorted(listing), [], [], N_BUCKETS, True)
    changed_buckets = sum(a != b for a, b in zip(prev.buckets, cur.buckets)) if len(prev.buckets) == N_BUCKETS \
        else N_BUCKETS
    if prev.files is None:
        return Change([], [], [], changed_buckets, False)
    old = prev.files
    return Change(added=sorted(set(listing) - set(old)), removed=sorted(set(old) - set(listing)),
                  changed=sorted(p for p in listing.keys() & old.keys() if listing[p] != old[p]),
                  buckets_changed=changed_buckets, exact=True)


def _queued_run(context: dg.SensorEvaluationContext) -> str | None:
    """The id of a main-job run queued but not started yet (it has not scanned the folder), if any."""
    try:
        instance = context.instance
    except dg.DagsterInvariantViolationError:  # a context built without an instance (unit tests)
        return None
    runs = instance.get_run_records(dg.RunsFilter(job_name=main_job.name, statuses=[dg.DagsterRunStatus.QUEUED]),
                                    limit=1)
    return runs[0].dagster_run.run_id if runs else None


def _cursor_max_files() -> int:
    return int(os.environ.get("ZGC_SENSOR_CURSOR_MAX_FILES", DEFAULT_CURSOR_MAX_FILES))


def _default_status() -> dg.DefaultSensorStatus:
    value = os.environ.get("ZGC_SENSOR_STATUS", "STOPPED").strip().upper()
    if value not in ("RUNNING", "STOPPED"):
        raise ValueError(f"ZGC_SENSOR_STATUS must be RUNNING or STOPPED, not {value!r}")
    return dg.DefaultSensorStatus[value]


@dg.sensor(
    name="raw_folder_sensor",
    job=main_job,
    minimum_interval_seconds=int(os.environ.get("ZGC_SENSOR_INTERVAL", "60")),
    default_status=_default_status(),
    description="Starts the main job when files in the raw folder are added, changed or removed "
                "(by path, modification time and size; never opens the warehouse). No change, no run.",
)
def raw_folder_sensor(context: dg.SensorEvaluationContext, raw: RawFolder):
    root = raw.root
    if not root.is_dir():
        # An unmounted share must not look like "every file removed": wait, keep the cursor.
        return dg.SkipReason(f"raw folder {root} does not exist (or is not a folder); nothing to compare")
    listing = list_raw_folder(root)
    prev = FolderState.from_cursor(context.cursor)
    digest = listing_digest(listing)
    if prev is not None and prev.digest == digest:
        return dg.SkipReason(f"no change in {len(listing)} files under {root}")
    cur = FolderState.of(listing, gen=(prev.gen + 1 if prev else 1), max_files=_cursor_max_files())
    change = diff(prev, listing, cur)
    waiting = _queued_run(context)
    if waiting:
        # That run has not scanned the folder yet: it will see this change too, so no pile-up of runs
        # while files are still arriving.  The cursor stays put: if the queued run is cancelled, the
        # change is still seen on a later tick (at worst one extra, cheap, incremental run).
        return dg.SkipReason(f"{change.summary()}; run {waiting} is queued and will pick this up")
    context.update_cursor(cur.to_cursor())
    context.log.info(f"raw folder {root}: {change.summary()}")
    tags = {"zgc_etl/trigger": "sensor", "zgc_etl/raw_change": change.summary()}
    if change.exact:
        tags.update({"zgc_etl/added": str(len(change.added)), "zgc_etl/changed": str(len(change.changed)),
                     "zgc_etl/removed": str(len(change.removed))})
    return dg.RunRequest(run_key=f"raw-{cur.gen}-{digest[:16]}", tags=tags)
