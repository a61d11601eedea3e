-- The name of the ($offset + 1)-th subject alphabetically among those the reports' subject
-- filter keeps (--param subject=..., a case-insensitive substring); no row when there are fewer.
-- The head of a report ordered by subject is evaluated over the subjects up to this one
-- (zgc_etl.warehouse.reports.report_head).  Names are unique (dim_entity), so "up to this name"
-- is exactly this many subjects.
SELECT name
FROM dim_entity
WHERE name ILIKE '%' || COALESCE(getvariable('subject'), '') || '%'
ORDER BY name
LIMIT 1 OFFSET $offset;
