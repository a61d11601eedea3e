-- The first figures of a few articles (stg_preview_files(file): the articles the run loaded, else
-- the warehouse's first): filtered by file before the figures view is ordered, because ORDER BY
-- over the whole view reads every fact (2 s and 500 MB at 100,000 articles, for ten rows).
SELECT file, mention, value, unit, qualifier, kind, subject, regions, as_of
FROM figures
WHERE file IN (SELECT file FROM stg_preview_files)
ORDER BY file, ordinal
LIMIT 10;
