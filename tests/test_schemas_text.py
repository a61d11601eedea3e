"""The ``Text`` column type: pandera's ``str`` check in one pass, row by row only when a value is not a string."""
import pandas as pd
import pandera.pandas as pa
import pytest
from pandera.typing import Series

from zgc_etl import schemas
from zgc_etl.schemas import Text


def test_all_strings_and_nulls_pass_in_one_answer():
    col = pd.Series(["a", None, "b", float("nan")], dtype=object)
    assert Text().check(Text(), col) is True
    assert Text().check(Text(), pd.Series([None, None], dtype=object)) is True


def test_a_column_with_a_non_string_is_checked_value_by_value():
    verdict = Text().check(Text(), pd.Series(["a", 3, None, b"x"], dtype=object))
    assert list(verdict) == [True, False, True, False]


def test_uncoerced_model_reports_the_bad_rows():
    class Strict(pa.DataFrameModel):
        name: Series[Text] = pa.Field(nullable=True)

        class Config:
            coerce = False

    with pytest.raises(pa.errors.SchemaErrors) as err:
        Strict.validate(pd.DataFrame({"name": ["ok", 7, None, "fine", 2.5]}), lazy=True)
    bad = err.value.failure_cases
    assert sorted(bad["index"].dropna().astype(int)) == [1, 4]


def test_models_still_coerce_and_quarantine_row_by_row():
    figs = pd.DataFrame({c: [] for c in schemas.FigureSchema.to_schema().columns})
    row = {"file": "a.txt", "ordinal": 0, "value": 5.0, "unit": "percent", "qualifier": "exact", "kind": "share",
           "mention": "5%", "start": 0, "end": 2}
    figs = pd.DataFrame([row, {**row, "ordinal": 1, "unit": "furlong"}], columns=list(figs.columns))
    good, quarantine = schemas.split_valid(figs, schemas.FigureSchema)
    assert list(good["ordinal"]) == [0] and list(quarantine["ordinal"]) == [1]
    assert "unit" in quarantine["failures"].iloc[0]
    assert str(schemas.FigureSchema.to_schema().columns["unit"].dtype) == "str"  # as the UI shows it


def test_coercion_leaves_strings_and_nulls_and_converts_the_rest():
    strings = pd.Series(["a", None, float("nan"), "b"], dtype=object)
    assert Text().coerce(strings) is strings
    mixed = Text().coerce(pd.Series(["a", 3, None], dtype=object))
    assert mixed.tolist()[:2] == ["a", "3"] and mixed.iloc[2] is None


def test_an_empty_mention_is_quarantined_under_the_str_length_text():
    """FigureSchema's own non-empty check reports what pandera's ``str_length(min_value=1)`` did."""
    row = {"file": "a.txt", "ordinal": 0, "value": 5.0, "unit": "percent", "qualifier": "exact", "kind": "share",
           "mention": "5%", "start": 0, "end": 2}
    figs = pd.DataFrame([row, {**row, "ordinal": 1, "mention": ""}, {**row, "ordinal": 2, "mention": " "}],
                        columns=list(schemas.FigureSchema.to_schema().columns))
    good, quarantine = schemas.split_valid(figs, schemas.FigureSchema)
    assert list(good["ordinal"]) == [0, 2]
    assert quarantine[["ordinal", "failures"]].to_dict("records") == [
        {"ordinal": 1, "failures": "mention: str_length(1, None) (got '')"}]
