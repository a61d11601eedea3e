-- Bridge rows whose figure_key points at no fact: the whole table (the referential_integrity asset check).
SELECT 'bridge_figure_region.figure_key' AS relationship, count(*) AS orphans
FROM bridge_figure_region b LEFT JOIN fact_figure f USING (figure_key) WHERE f.figure_key IS NULL;
