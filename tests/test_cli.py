from __future__ import annotations

import json

from zgc_etl.cli import main

FIELDS = {"file", "value", "unit", "qualifier", "kind", "measure", "subject", "regions", "as_of", "period_start",
          "alt_value", "alt_unit", "start", "end", "mention"}


def test_extract_prints_one_json_object_per_figure(small_raw_dir, capsys):
    assert main(["extract", str(small_raw_dir / "zgc_assists_coordinated_development.txt")]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert lines and all(FIELDS <= set(d) for d in lines)
    text = (small_raw_dir / "zgc_assists_coordinated_development.txt").read_text(encoding="utf-8")
    assert all(text[d["start"]:d["end"]] == d["mention"] for d in lines)


def test_report_lists_and_runs(small_raw_dir, warehouse_file, capsys, monkeypatch):
    from helpers import run_pipeline

    run_pipeline(small_raw_dir, warehouse_file)
    assert main(["report"]) == 0
    listed = capsys.readouterr().out
    for name in ("figures_by_region", "money_cny_usd", "subject_timeline"):
        assert name in listed
    assert main(["report", "money_cny_usd", "--warehouse", str(warehouse_file), "--format", "csv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("file,mention")
    assert len(out) > 1
    assert main(["report", "nope", "--warehouse", str(warehouse_file)]) == 2


def test_run_command_end_to_end(small_raw_dir, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    db = tmp_path / "out" / "w.duckdb"
    assert main(["run", "--raw-dir", str(small_raw_dir), "--warehouse", str(db)]) == 0
    out = capsys.readouterr().out
    assert "articles loaded : 3" in out
    assert db.exists()
