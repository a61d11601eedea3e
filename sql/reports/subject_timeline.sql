-- One subject's figures over time across articles (newest first).
-- zgc-etl report subject_timeline --param subject=Zhongguancun   (a case-insensitive substring)
SELECT subject, metric, measure, as_of, qualifier, value, unit, file, mention
FROM figures
WHERE subject IS NOT NULL
  AND subject ILIKE '%' || COALESCE(getvariable('subject'), '') || '%'
ORDER BY subject, metric, as_of DESC NULLS LAST, file;
