-- DuckDB's memory limit for the load transaction (zgc_etl.settings.load_memory_limit); the value is a parameter.
SET memory_limit = ?;
