-- Big tables still carrying the PRIMARY KEY of warehouses created before it was dropped
-- (zgc_etl.warehouse.load.ensure_schema rebuilds them without it, once).
SELECT DISTINCT table_name
FROM duckdb_constraints()
WHERE schema_name = 'main' AND constraint_type = 'PRIMARY KEY'
  AND table_name IN ('fact_figure', 'bridge_figure_region')
ORDER BY table_name;
