"""benchmarks/parse_speed.py --against: the paired comparison runs, on both of its measures."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from benchmarks import parse_speed

REPO = Path(__file__).resolve().parent.parent
RAW = REPO / "data" / "raw"


@pytest.mark.parametrize("worker", [False, True])
def test_paired_comparison_reports_both_sides(capsys, worker):
    argv = ["--root", str(RAW), "--against", str(REPO), "--n", "3", "--repeats", "2"] + (["--worker"] if worker else [])
    assert parse_speed.main(argv) == 0
    out = capsys.readouterr().out
    assert ("pipeline._parse_files" in out) == worker
    assert "  this     median" in out and "  against  median" in out
    assert "median of the paired ratios" in out
    # both sides were imported from copies, under names of their own
    assert "zgc_etl_this" in sys.modules and "zgc_etl_against" in sys.modules


def test_against_a_folder_without_the_package_is_refused(tmp_path):
    with pytest.raises(SystemExit, match="no zgc_etl package"):
        parse_speed.main(["--root", str(RAW), "--against", str(tmp_path), "--n", "1", "--repeats", "1"])


def test_too_few_files_for_the_passes_is_an_error(capsys):
    assert parse_speed.main(["--root", str(RAW), "--against", str(REPO), "--n", "50", "--repeats", "2"]) == 1
    assert "too few" in capsys.readouterr().err
