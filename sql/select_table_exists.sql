-- 1 when the table named $1 exists in the main schema.
SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = $1;
