"""validate_in_place's shortcuts (the uniqueness a sort proves, the type of a column coercion just found
all strings) give what the model's own validation gives: the same frame when it passes, the same failure
cases when it does not."""
import numpy as np
import pandas as pd
import pytest
from pandera.errors import SchemaErrors

from zgc_etl import schemas
from zgc_etl.warehouse.frames import build_star_frames


def _star(n_articles: int = 3, figures_each: int = 4) -> dict[str, pd.DataFrame]:
    files = [f"a{i}.txt" for i in range(n_articles)]
    articles = pd.DataFrame({"file": files, "title": "t", "source": "Xinhua", "published": "2023-05-01",
                             "content_hash": ["%064d" % i for i in range(n_articles)], "encoding": "utf-8",
                             "format": "txt", "size_bytes": 100, "flags": None, "status": "new",
                             "parser_version": "x", "figure_count": figures_each})
    rows = [{"file": f, "ordinal": k, "value": 5.0 + k, "unit": "percent" if k % 2 else "CNY", "qualifier": "exact",
             "kind": "level", "measure": "revenue", "metric": None, "subject": "Huawei", "regions": '["Beijing"]',
             "as_of": "2022", "period_start": None, "alt_value": None, "alt_unit": None, "start": 10 * k,
             "end": 10 * k + 3, "mention": f"{5 + k}%", "sentence": f"Sentence {k // 2} of {f}."}
            for f in files for k in range(figures_each)]
    figures = pd.DataFrame(rows, columns=list(schemas.FigureSchema.to_schema().columns))
    return build_star_frames(articles, figures)


def _failure_cases(model, df: pd.DataFrame, ours: bool) -> pd.DataFrame:
    with pytest.raises(SchemaErrors) as err:
        if ours:
            schemas.validate_in_place(model, df.copy())
        else:
            model.validate(df.copy(), lazy=True)
    fc = err.value.failure_cases
    return fc.sort_values(["check", "column", "index"], key=lambda s: s.astype(str)).reset_index(drop=True)


def test_ints_unique_proves_only_what_holds():
    df = pd.DataFrame({"a": np.array([3, 1, 2], dtype="int64"), "b": np.array([0, 0, 0], dtype="int64")})
    assert schemas._ints_unique(df, ["a"]) and schemas._ints_unique(df, ["a", "b"])
    assert not schemas._ints_unique(df, ["b"])  # a duplicate
    assert not schemas._ints_unique(df.astype({"a": float}), ["a"])  # not an integer column: not proved
    assert not schemas._ints_unique(df.astype({"a": "Int64"}), ["a"])  # nullable: not proved
    # two distinct rows that fold alike: not proved (and the declared check then runs and passes)
    mix = np.uint64(0x9E3779B97F4A7C15).astype(np.int64)
    clash = pd.DataFrame({"a": np.array([1, 0], dtype="int64"), "b": np.array([0, mix], dtype="int64")})
    assert not schemas._ints_unique(clash, ["a", "b"])
    assert len(clash.drop_duplicates()) == 2


def test_a_proved_frame_validates_to_what_the_model_gives():
    star = _star()
    for name, model in (("fact_figure", schemas.FactFigureSchema), ("bridge_figure_region",
                                                                    schemas.BridgeFigureRegionSchema)):
        df = star[name]
        assert schemas._schema_for(model, df) is not model.to_schema()  # the lean schema is the one used
        pd.testing.assert_frame_equal(schemas.validate_in_place(model, df.copy()), model.validate(df.copy()))


@pytest.mark.parametrize("dup", ["figure_key", "article_key_ordinal", "both"])
def test_duplicate_fact_keys_fail_as_the_model_fails(dup):
    facts = _star()["fact_figure"].copy()
    if dup in ("figure_key", "both"):
        facts.loc[5, "figure_key"] = facts.loc[2, "figure_key"]
    if dup in ("article_key_ordinal", "both"):
        facts.loc[7, ["article_key", "ordinal"]] = facts.loc[1, ["article_key", "ordinal"]].to_numpy()
    ours = _failure_cases(schemas.FactFigureSchema, facts, ours=True)
    pd.testing.assert_frame_equal(ours, _failure_cases(schemas.FactFigureSchema, facts, ours=False))
    assert len(ours)


def test_a_duplicate_bridge_row_fails_as_the_model_fails():
    bridge = _star()["bridge_figure_region"]
    bridge = pd.concat([bridge, bridge.iloc[[1]]], ignore_index=True)
    ours = _failure_cases(schemas.BridgeFigureRegionSchema, bridge, ours=True)
    pd.testing.assert_frame_equal(ours, _failure_cases(schemas.BridgeFigureRegionSchema, bridge, ours=False))


def test_a_text_column_written_between_two_validations_is_checked_again():
    facts = schemas.validate_in_place(schemas.FactFigureSchema, _star()["fact_figure"].copy())
    facts.loc[3, "qualifier"] = 7  # in place, into the column the last validation found all strings
    facts.loc[4, "kind"] = "weird"
    ours = _failure_cases(schemas.FactFigureSchema, facts, ours=True)
    pd.testing.assert_frame_equal(ours, _failure_cases(schemas.FactFigureSchema, facts, ours=False))
    assert {3, 4} <= set(ours["index"].dropna().astype(int))


def test_text_columns_are_typed_once_per_validation(monkeypatch):
    """coerce() answers for each text column and check() reuses the answer within the same call."""
    facts = _star()["fact_figure"].copy()
    calls = []
    real = schemas.infer_dtype
    monkeypatch.setattr(schemas, "infer_dtype", lambda *a, **k: calls.append(1) or real(*a, **k))
    text_cols = [c for c, col in schemas.FactFigureSchema.to_schema().columns.items() if str(col.dtype) == "str"]
    schemas.validate_in_place(schemas.FactFigureSchema, facts)
    assert len(calls) == len(text_cols)
    calls.clear()
    schemas.FactFigureSchema.validate(facts.copy())  # outside validate_in_place: as pandera asks, twice
    assert len(calls) == 2 * len(text_cols)
