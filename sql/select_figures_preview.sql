SELECT file, mention, value, unit, qualifier, kind, subject, regions, as_of
FROM figures
ORDER BY file, ordinal
LIMIT 10;
