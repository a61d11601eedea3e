-- What region_article_figures depends on besides the articles' own rows: the hierarchy (each
-- region's ancestors above itself: a region that is no one's ancestor and has none, such as a new
-- unreferenced place, changes nothing already counted) and the units (which unit_key is money).
-- A load whose fingerprint differs from the stored one (warehouse_meta 'region_rollup') rebuilds it whole.
SELECT md5(
    coalesce((SELECT string_agg(region_key || '>' || ancestor_key, ',' ORDER BY region_key, ancestor_key)
              FROM region_hierarchy WHERE depth > 0), '')
    || '|' ||
    coalesce((SELECT string_agg(unit_key || ':' || (unit IN ('CNY', 'USD', 'EUR', 'HKD', 'GBP', 'JPY')), ','
                                ORDER BY unit_key)
              FROM dim_unit), ''));
