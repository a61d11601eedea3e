-- Each subject's series over time across all articles, newest statement first.
-- Optional: --param subject=Zhongguancun  --param series=enterprises  (substrings)
SELECT subject, series, kind, as_of, period_start, qualifier, value, unit, statement_rank, published, file, mention
FROM figure_timeline
WHERE subject ILIKE '%' || COALESCE(getvariable('subject'), '') || '%'
  AND series ILIKE '%' || COALESCE(getvariable('series'), '') || '%'
ORDER BY subject, series, kind, statement_rank;
