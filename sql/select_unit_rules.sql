-- The units as the data-quality audits read them (part of their rules' fingerprint).
SELECT unit, dimension, base_unit, to_base, is_currency FROM dim_unit ORDER BY unit;
