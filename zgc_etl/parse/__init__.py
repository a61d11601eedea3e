"""Article → Figure records.  Plain functions over text: no Dagster, no DuckDB.

Entry points:
- :func:`extract_figures` — every figure of one :class:`~zgc_etl.model.Article`;
- :func:`find_quantities` — the numbers, units, qualifiers and kinds of one sentence.
"""
from .extract import PARSER_VERSION, extract_figures
from .quantities import Quantity, find_quantities

__all__ = ["PARSER_VERSION", "Quantity", "extract_figures", "find_quantities"]
