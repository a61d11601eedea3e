-- Pairs of articles that state the same subject's figure for the same time in ways that cannot
-- both hold once their qualifiers are taken into account ("8,000" against "8,816"; not
-- "more than 8,600" against "8,816").  Optional: --param subject=Binhai (a substring).
-- The rows come in the order of the inner query (a plain SELECT keeps it in DuckDB), so a
-- LIMIT put on this report (the report assets read the first 1,001 rows) keeps the top rows
-- before round() runs, instead of rounding every pair (28.5 M at 100,000 generated articles).
SELECT subject, series, as_of,
       file_a, mention_a, qualifier_a,
       file_b, mention_b, qualifier_b,
       round(gap, 4) AS gap, compare_unit
FROM (
    SELECT subject, series, as_of, file_a, mention_a, qualifier_a, file_b, mention_b, qualifier_b,
           gap, compare_unit
    FROM figure_conflicts
    WHERE subject ILIKE '%' || COALESCE(getvariable('subject'), '') || '%'
    ORDER BY subject, series, as_of, file_a, file_b, mention_a, mention_b
) AS ordered;
