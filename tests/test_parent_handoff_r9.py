"""The parse step's parent side and the step outputs (r9): figures validated batch by batch while the pool
runs, and outputs handed over in memory within a process while their pickles are still written."""
from __future__ import annotations

import os
import pickle
import time

import dagster as dg
import numpy as np
import pandas as pd
import pytest

from zgc_etl import schemas
from zgc_etl.defs import resources
from zgc_etl.defs.resources import HandoffFilesystemIOManager
from zgc_etl.pipeline import FIGURE_COLS, _FigureBatches
from zgc_etl.warehouse.keys import stable_key


def _figures(n: int, files: int) -> pd.DataFrame:
    per = n // files
    return pd.DataFrame({
        "file": [f"f{i // per:04d}.txt" for i in range(n)], "ordinal": [i % per for i in range(n)],
        "value": np.arange(n, dtype=float), "unit": ["CNY", "percent", "count"] * (n // 3) + ["count"] * (n % 3),
        "qualifier": "exact", "kind": "level", "measure": [None, "revenue"] * (n // 2) + [None] * (n % 2),
        "metric": None, "subject": "Haidian", "regions": '["Beijing"]', "as_of": "2023-05", "period_start": None,
        "alt_value": np.nan, "alt_unit": None, "start": np.arange(n), "end": np.arange(n) + 3,
        "mention": "12%", "sentence": "A sentence."}, columns=FIGURE_COLS)


def _in_chunks(df: pd.DataFrame, batch_rows: int, chunk_rows: int) -> _FigureBatches:
    batches = _FigureBatches(batch_rows)
    for i in range(0, len(df), chunk_rows):  # chunks of whole articles, as the pool sends them
        part = df.iloc[i:i + chunk_rows]
        batches.add({c: part[c].to_numpy(copy=True) for c in FIGURE_COLS}, len(part))
    return batches


def test_batches_give_the_frame_one_validation_gives():
    df = _figures(600, 60)
    batches = _in_chunks(df, batch_rows=100, chunk_rows=50)
    good, quarantine = batches.result()
    want, want_q = schemas.split_valid(df.copy(), schemas.FigureSchema)
    assert len(quarantine) == 0 and len(want_q) == 0
    pd.testing.assert_frame_equal(good.drop(columns="figure_key"), want, check_exact=True)
    assert isinstance(good.index, pd.RangeIndex) and good.index.start == 0
    _assert_figure_keys(good)


def _assert_figure_keys(good: pd.DataFrame) -> None:
    """Each valid figure carries the key the model step would give it (r10: made batch by batch)."""
    assert good["figure_key"].dtype == np.int64
    assert good["figure_key"].tolist() == [stable_key("figure", f, o) for f, o in zip(good["file"], good["ordinal"])]


def test_a_failing_batch_quarantines_what_the_whole_frame_would():
    # (the order of a row's failure texts follows Pandera's, which varies with the process's string hashing:
    # the rows and the valid frame are compared here; the replay comparison ran with a fixed PYTHONHASHSEED)
    df = _figures(600, 60)
    df.loc[130, "unit"] = "bogus"  # second batch
    df.loc[420, "mention"] = ""  # fifth batch
    df.loc[421, "end"] = 0
    batches = _in_chunks(df, batch_rows=100, chunk_rows=50)
    good, quarantine = batches.result()
    assert batches.failed
    want, want_q = schemas.split_valid(df.copy(), schemas.FigureSchema)
    assert sorted(quarantine["ordinal"].tolist()) == sorted(want_q["ordinal"].tolist()) and len(quarantine) == 3
    pd.testing.assert_frame_equal(quarantine[["file", "ordinal"]], want_q[["file", "ordinal"]])
    # the valid rows keep their positions; their keys are made after the split, never for a quarantined row
    pd.testing.assert_frame_equal(good.drop(columns="figure_key"), want, check_exact=True)
    _assert_figure_keys(good)
    assert "figure_key" not in quarantine["payload"].iloc[0]


def test_no_figures_is_an_empty_validated_frame():
    good, quarantine = _FigureBatches(10).result()
    assert list(good.columns) == [*FIGURE_COLS, "figure_key"] and len(good) == 0 and len(quarantine) == 0


produced: list = []


@dg.asset
def frame_out() -> pd.DataFrame:
    df = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", None]})
    produced.append(df)
    return df


@dg.asset
def first_reader(frame_out: pd.DataFrame) -> int:
    produced.append(frame_out)
    return len(frame_out)


@dg.asset
def second_reader(frame_out: pd.DataFrame, first_reader: int) -> int:
    produced.append(frame_out)
    return first_reader


def test_outputs_are_written_and_handed_over_once_in_process(tmp_path):
    produced.clear()
    io = HandoffFilesystemIOManager(base_dir=str(tmp_path / "io"))
    result = dg.materialize([frame_out, first_reader, second_reader], resources={"io_manager": io},
                            instance=dg.DagsterInstance.ephemeral())
    assert result.success
    out, first, second = produced
    assert first is out  # handed over: not unpickled
    assert second is not out  # a second load reads the file: its own copy
    pd.testing.assert_frame_equal(second, out)
    with open(tmp_path / "io" / "frame_out", "rb") as fh:  # the pickle is there for re-execution and lineage
        pd.testing.assert_frame_equal(pickle.load(fh), out)
    assert str(tmp_path / "io" / "frame_out") not in resources._HANDOFF  # handed over: no longer held


def test_a_file_rewritten_since_the_output_is_read_not_handed_over(tmp_path):
    produced.clear()
    io = HandoffFilesystemIOManager(base_dir=str(tmp_path / "io"))
    instance = dg.DagsterInstance.ephemeral()
    assert dg.materialize([frame_out], resources={"io_manager": io}, instance=instance).success
    path = tmp_path / "io" / "frame_out"
    other = pd.DataFrame({"a": [9], "b": ["z"]})
    time.sleep(0.01)
    with open(path, "wb") as fh:  # another process's run wrote the asset since
        pickle.dump(other, fh)
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 1_000_000))
    res = dg.materialize([frame_out, first_reader], selection=[first_reader], resources={"io_manager": io},
                         instance=instance)
    assert res.success
    pd.testing.assert_frame_equal(produced[-1], other)
