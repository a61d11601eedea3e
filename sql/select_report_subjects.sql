-- The entity keys of the first $subjects subjects alphabetically among those the reports' subject
-- filter keeps (--param subject=..., a case-insensitive substring): fewer when there are fewer.
-- The head of a report ordered by subject is read from these subjects' rows alone
-- (zgc_etl.warehouse.reports.report_head).  Names are unique (dim_entity), so every subject that
-- sorts before the last of these is among them.
SELECT entity_key
FROM dim_entity
WHERE name ILIKE '%' || COALESCE(getvariable('subject'), '') || '%'
ORDER BY name
LIMIT $subjects;
