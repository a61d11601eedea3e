-- Money figures in yuan and US dollars side by side, with where the conversion came from.
SELECT file, mention, qualifier, kind, subject, as_of,
       round(value_cny / 1e8, 2) AS cny_100m,
       round(value_usd / 1e6, 1) AS usd_million,
       fx_source
FROM figures
WHERE value_cny IS NOT NULL OR value_usd IS NOT NULL
ORDER BY value_cny DESC NULLS LAST;
