"""A report's head read from its first subjects (reports.report_head) is the head of the whole report.

The warehouse here is written straight into the star tables, so its shape is known: subjects whose
names sort in byte order ("Zeta" before "alpha park"), one with more statements than any head
below, one with no figures, one whose figures have no series, statements that tie on the
timeline's whole ORDER BY (one series and rank in two comparable units), and many articles
stating one point with different values (conflicts).  Each fast head is checked against the whole
report: same "more" flag, same columns and types, the same order keys row by row, and the same
rows, except that rows tying with the last one may be any of that tie group (DuckDB leaves their
order open, in the whole report as in its head).
"""
from __future__ import annotations

import collections
import csv
import io
import random

import duckdb
import pandas as pd
import pytest

from zgc_etl.cli import main
from zgc_etl.warehouse import reports
from zgc_etl.warehouse.sqlfiles import read_sql, report_sql

#: the ORDER BY of each report with a head query in sql/reports/heads/
ORDER_KEYS = {"timeline": ["subject", "series", "kind", "statement_rank"],
              "conflicts": ["subject", "series", "as_of", "file_a", "file_b", "mention_a", "mention_b"],
              "subject_timeline": ["subject", "metric", "as_of", "file"]}
BIG = "Alpine Holdings"  # more statements than the heads below read
NAMES = ["Alpha Park", "alpha park", "Zeta", "Ämter GmbH", "Beta 100% Park", BIG, "No Series Co",
         "Empty Co"] + [f"Subject {i:02d}" for i in range(30)]


def _build(path, *, figures: bool = True) -> None:
    rng = random.Random(8)
    with duckdb.connect(str(path)) as conn:
        for step in ("create_tables.sql", "create_views.sql", "comment_views.sql"):
            conn.execute(read_sql(step))
        if not figures:
            return
        conn.execute("INSERT INTO dim_unit VALUES (1, 'count', 'count', 'count', 'count', 1, false), "
                     "(2, 'km', 'km', 'length', 'm', 1000, false)")
        conn.execute("INSERT INTO dim_metric VALUES (1, 'unclassified', 'Unclassified', 'other')")
        conn.execute("INSERT INTO dim_date SELECT y, y::VARCHAR, 'year', y, NULL, NULL, NULL, "
                     "make_date(y, 1, 1), make_date(y, 12, 31) FROM range(2018, 2024) t(y)")
        conn.execute("INSERT INTO dim_article SELECT i, printf('a%02d.txt', i), 'T', NULL, 'src', "
                     "DATE '2020-01-01' + (i % 7)::INTEGER, 'h' || i, 'utf-8', 'txt', 100, NULL, 'p', 0 "
                     "FROM range(40) t(i)")
        entities = pd.DataFrame({"entity_key": range(100, 100 + len(NAMES)), "name": NAMES, "entity_type": "org"})
        conn.register("entities", entities)
        conn.execute("INSERT INTO dim_entity SELECT * FROM entities")
        facts = []
        for key, name in zip(entities.entity_key, entities.name):
            count = {BIG: 90, "Empty Co": 0}.get(name, rng.randint(1, 9))
            for j in range(count):
                article = rng.randrange(40)
                value = float(100 + 10 * rng.randrange(3))  # 100, 110, 120: points stated differently conflict
                facts.append({
                    "figure_key": len(facts) + 1, "article_key": article, "ordinal": len(facts),
                    "unit_key": rng.choice([1, 1, 2]),  # km and count: one series and rank in two units tie
                    "metric_key": 1, "entity_key": key, "as_of_key": rng.choice([2019, 2020, None]),
                    "value": value, "qualifier": "exact", "kind": "level",
                    "measure": None if name == "No Series Co" else rng.choice(["enterprises", "patents"]),
                    "lower_bound": value, "upper_bound": value, "mention": f"{value:g}",
                })
        conn.register("facts", pd.DataFrame(facts))
        conn.execute("INSERT INTO fact_figure (figure_key, article_key, ordinal, unit_key, metric_key, entity_key, "
                     "as_of_key, value, qualifier, kind, measure, lower_bound, upper_bound, start_offset, "
                     "end_offset, mention) SELECT figure_key, article_key, ordinal, unit_key, metric_key, "
                     "entity_key, as_of_key, value, qualifier, kind, measure, lower_bound, upper_bound, 0, 1, "
                     "mention FROM facts")


@pytest.fixture(scope="module")
def wh(tmp_path_factory):
    path = tmp_path_factory.mktemp("heads") / "w.duckdb"
    _build(path)
    return path


def _rows(df: pd.DataFrame) -> list[tuple]:
    return [tuple(None if pd.isna(v) else v for v in r) for r in df.itertuples(index=False, name=None)]


def _whole(conn, name) -> pd.DataFrame:
    return conn.sql(report_sql(name)).df()  # small here: the whole report, typed as a head is


def assert_is_the_head(conn, name: str, n: int, fast: tuple[pd.DataFrame, bool]) -> None:
    """``fast`` is a valid first ``n`` rows of report ``name`` and agrees with reports.head."""
    df, more = fast
    plain, plain_more = reports.head(conn, report_sql(name), n)
    whole = _whole(conn, name)
    keys = ORDER_KEYS[name]
    assert more == plain_more == (len(whole) > n)
    assert list(df.columns) == list(plain.columns) and list(df.dtypes) == list(plain.dtypes)
    assert _rows(df[keys]) == _rows(plain[keys]) == _rows(whole[keys])[:n]
    got_keys = _rows(df[keys])
    last = got_keys[-1] if got_keys else None
    whole_keys = _rows(whole[keys])  # in the report's order: the rows before the last tie group come first
    strictly_before = _rows(whole)[:whole_keys.index(last)] if got_keys else []
    got = collections.Counter(_rows(df))
    assert collections.Counter(r for r, k in zip(_rows(df), got_keys) if k != last) == collections.Counter(strictly_before)
    assert not got - collections.Counter(_rows(whole))  # the tie group's rows are rows of the report


def test_the_warehouse_has_what_the_heads_must_handle(wh):
    with duckdb.connect(str(wh), read_only=True) as conn:
        timeline = _whole(conn, "timeline")
        conflicts = _whole(conn, "conflicts")
    per_subject = timeline.groupby("subject").size()
    assert per_subject[BIG] > 60 and "Empty Co" not in per_subject and "No Series Co" not in per_subject
    assert timeline.duplicated(ORDER_KEYS["timeline"]).any()  # ties on the whole ORDER BY
    assert list(per_subject.index[:4]) == ["Alpha Park", BIG, "Beta 100% Park", "Subject 00"]  # byte order
    assert per_subject.index[-1] == "Ämter GmbH"
    assert conflicts.subject.nunique() > 10 and (conflicts.subject == BIG).sum() > 60


@pytest.mark.parametrize("name", sorted(ORDER_KEYS))
@pytest.mark.parametrize("n", [1, 2, 5, 17, 60, 150, 100_000])
@pytest.mark.parametrize("first_subjects", [1, 2, 3, 64])
def test_head_from_the_first_subjects_is_the_reports_head(wh, name, n, first_subjects):
    with duckdb.connect(str(wh), read_only=True) as conn:
        assert_is_the_head(conn, name, n, reports.report_head(conn, name, n, first_subjects=first_subjects))


@pytest.mark.parametrize("name", sorted(ORDER_KEYS))
@pytest.mark.parametrize("first_subjects", [len(NAMES), len(NAMES) - 1, len(NAMES) - 2])
@pytest.mark.parametrize("extra", [-1, 0, 1])
def test_a_head_as_long_as_the_whole_report(wh, name, first_subjects, extra):
    """The first attempt covers every subject (or all but the last ones, which have no rows) and
    ``n`` is about the report's length: "more" only when the report has more than ``n`` rows."""
    with duckdb.connect(str(wh), read_only=True) as conn:
        n = len(_whole(conn, name)) + extra
        fast = reports.report_head(conn, name, n, first_subjects=first_subjects)
        assert fast[1] == (extra < 0)
        assert_is_the_head(conn, name, n, fast)


@pytest.mark.parametrize("name, params", [
    ("timeline", {"subject": "park"}),
    ("timeline", {"subject": "PARK", "series": "patent"}),
    ("timeline", {"series": "enterprises"}),
    ("timeline", {"subject": "no such subject"}),
    ("conflicts", {"subject": "subject 1"}),
    ("conflicts", {"subject": "100%"}),
    ("conflicts", {"subject": "no such subject"}),
    ("subject_timeline", {"subject": "park"}),
    ("subject_timeline", {"subject": "no such subject"}),
])
@pytest.mark.parametrize("n", [1, 4, 30])
def test_the_subject_and_series_parameters_apply_to_the_head(wh, name, params, n):
    with duckdb.connect(str(wh), read_only=True) as conn:
        for key, value in params.items():
            conn.execute(f"SET VARIABLE {key} = ?", [value])
        fast = reports.report_head(conn, name, n, first_subjects=1)
        assert_is_the_head(conn, name, n, fast)
        if "no such" in params.get("subject", ""):
            assert fast[0].empty and not fast[1]


def test_the_head_does_not_read_the_whole_report(wh, monkeypatch):
    def whole_report(*_args, **_kwargs):
        raise AssertionError("read the whole report")

    with duckdb.connect(str(wh), read_only=True) as conn:
        want = {name: reports.head(conn, report_sql(name), 50) for name in ORDER_KEYS}
        monkeypatch.setattr(reports, "head", whole_report)
        for name, keys in ORDER_KEYS.items():
            df, more = reports.report_head(conn, name, 50, first_subjects=1)
            assert more and _rows(df[keys]) == _rows(want[name][0][keys])
            # the big subject alone fills the rest of the head: no subject after it was needed
            assert df.subject.iloc[-1] == BIG and df.subject.nunique() <= 2


def test_an_empty_warehouse_has_empty_heads(tmp_path):
    path = tmp_path / "empty.duckdb"
    _build(path, figures=False)
    with duckdb.connect(str(path), read_only=True) as conn:
        for name in ORDER_KEYS:
            df, more = reports.report_head(conn, name, 10, first_subjects=1)
            plain, _ = reports.head(conn, report_sql(name), 10)
            assert df.empty and not more and list(df.columns) == list(plain.columns)


def test_figure_conflicts_of_some_subjects_is_the_view_for_those_subjects(wh):
    with duckdb.connect(str(wh), read_only=True) as conn:
        whole = conn.execute("SELECT * FROM figure_conflicts").fetchall()
        assert sorted(whole, key=repr) == sorted(conn.execute(
            "SELECT * FROM figure_conflicts_of(NULL)").fetchall(), key=repr)
        entities = dict(conn.execute("SELECT name, entity_key FROM dim_entity").fetchall())
        for names in ([BIG], ["Alpha Park", "Subject 05", BIG], list(entities), []):
            got = conn.execute("SELECT * FROM figure_conflicts_of(?::BIGINT[])", [[entities[n] for n in names]]).fetchall()
            assert sorted(got, key=repr) == sorted((r for r in whole if r[0] in names), key=repr)
            assert bool(got) == bool(names)


def test_a_warehouse_without_the_macro_gets_the_whole_reports_head(tmp_path):
    """Written before figure_conflicts_of existed: the report still works, from the whole view."""
    path = tmp_path / "old.duckdb"
    _build(path)
    with duckdb.connect(str(path)) as conn:  # the old view's rows, without the macro
        conn.execute("CREATE TABLE old_conflicts AS SELECT * FROM figure_conflicts")
        conn.execute("DROP VIEW figure_conflicts")
        conn.execute("DROP MACRO TABLE figure_conflicts_of")
        conn.execute("CREATE VIEW figure_conflicts AS SELECT * FROM old_conflicts")
    with duckdb.connect(str(path), read_only=True) as conn:
        df, more = reports.report_head(conn, "conflicts", 5, first_subjects=1)
        assert more and len(df) == 5
        assert_is_the_head(conn, "conflicts", 5, (df, more))


@pytest.mark.parametrize("name", sorted(ORDER_KEYS))
def test_cli_table_and_csv(wh, name, capsys, monkeypatch):
    """``zgc-etl report NAME`` prints the head's order keys as before; --format csv is the whole report."""
    monkeypatch.setattr(reports, "FIRST_SUBJECTS", 1)
    assert main(["report", name, "--warehouse", str(wh), "--limit", "7"]) == 0
    table = capsys.readouterr().out
    assert main(["report", name, "--warehouse", str(wh), "--format", "csv"]) == 0
    streamed = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    with duckdb.connect(str(wh), read_only=True) as conn:
        whole = _whole(conn, name)
    assert len(streamed) == len(whole) > 7
    lines = table.splitlines()
    assert lines[-1].startswith("... more rows") and len(lines) == 2 + 7 + 1  # header, rule, 7 rows, note
    for line, subject in zip(lines[2:9], whole.subject[:7]):
        assert line.startswith(subject)


def _operators(node):
    """Every operator of a DuckDB JSON profile (the layout differs between DuckDB versions)."""
    if isinstance(node, dict):
        if node.get("operator_type") or node.get("type"):
            yield node
        for value in node.values():
            yield from _operators(value)
    elif isinstance(node, list):
        for value in node:
            yield from _operators(value)


def test_the_timeline_head_ranks_only_its_subjects_statements(wh, tmp_path):
    """The subjects' restriction is applied below figure_timeline's window, by the optimiser (not
    by a runtime join filter DuckDB may skip): the window ranks those subjects' statements alone."""
    import json

    out = tmp_path / "profile.json"
    with duckdb.connect(str(wh), read_only=True) as conn:
        key = conn.execute("SELECT entity_key FROM dim_entity WHERE name = ?", [BIG]).fetchone()[0]
        theirs, everyone = conn.execute("SELECT count(*) FILTER (WHERE subject = ?), count(*) FROM figure_statements",
                                        [BIG]).fetchone()
        conn.execute("PRAGMA enable_profiling = 'json'")
        conn.execute(f"PRAGMA profiling_output = '{out}'")  # a pytest tmp_path
        assert len(conn.execute(read_sql("reports/heads/timeline.sql"), {"entity_keys": [key]}).fetchall()) == theirs
        conn.execute("PRAGMA disable_profiling")
    windows = [op for op in _operators(json.loads(out.read_text())) if (op.get("operator_type") or op.get("type")) == "WINDOW"]
    rows = [op.get("operator_cardinality", op.get("intermediate_rows")) for op in windows]
    assert everyone > theirs > 60 and rows == [theirs]


@pytest.mark.parametrize("name", sorted(ORDER_KEYS))
@pytest.mark.parametrize("n", [1, 17, 150, 100_000])
def test_the_default_first_subjects_give_the_reports_head(wh, name, n):
    """Each report's own starting set (reports.FIRST_SUBJECTS_OF, else FIRST_SUBJECTS)."""
    with duckdb.connect(str(wh), read_only=True) as conn:
        assert_is_the_head(conn, name, n, reports.report_head(conn, name, n))
