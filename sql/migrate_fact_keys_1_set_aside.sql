-- Rebuild of the big tables without their PRIMARY KEY, step 1 of 2: set the keyed tables
-- aside (the views, bound by name, follow the new tables); create_tables.sql then
-- creates them anew without the key.
ALTER TABLE fact_figure RENAME TO fact_figure_keyed;
ALTER TABLE bridge_figure_region RENAME TO bridge_figure_region_keyed;
