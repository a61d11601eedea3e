-- conflicts.sql over the subjects (entity keys) in $entity_keys: the report's first rows when they
-- are its first subjects (zgc_etl.warehouse.reports.report_head).  figure_conflicts_of restricts
-- the statements before its self-join: at 100,000 generated articles, 0.2 s instead of 4 s for
-- the whole report.
-- Keep the columns, filters and ORDER BY those of conflicts.sql (tests/test_report_heads.py).
SELECT subject, series, as_of,
       file_a, mention_a, qualifier_a,
       file_b, mention_b, qualifier_b,
       round(gap, 4) AS gap, compare_unit
FROM (
    SELECT subject, series, as_of, file_a, mention_a, qualifier_a, file_b, mention_b, qualifier_b,
           gap, compare_unit
    FROM figure_conflicts_of($entity_keys::BIGINT[])
    WHERE subject ILIKE '%' || COALESCE(getvariable('subject'), '') || '%'
    ORDER BY subject, series, as_of, file_a, file_b, mention_a, mention_b
) AS ordered;
