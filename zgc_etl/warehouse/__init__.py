"""The DuckDB star schema: frames built in Python, written by the SQL in ``sql/``."""
