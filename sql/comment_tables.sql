COMMENT ON TABLE dim_source IS 'Outlets and agencies named in bylines. Grain: one row per source name.';
COMMENT ON COLUMN dim_source.source_key IS 'Surrogate key: stable hash of source_name.';
COMMENT ON COLUMN dim_source.source_name IS 'The outlet or agency as the byline names it (chinadaily.com.cn, Xinhua).';

COMMENT ON TABLE dim_article IS 'Articles loaded from the raw folder. Grain: one row per raw file that became an article.';
COMMENT ON COLUMN dim_article.article_key IS 'Surrogate key: stable hash of file.';
COMMENT ON COLUMN dim_article.file IS 'Path of the raw file relative to the raw folder.';
COMMENT ON COLUMN dim_article.title IS 'Headline.';
COMMENT ON COLUMN dim_article.source_key IS 'Logical foreign key to dim_source.';
COMMENT ON COLUMN dim_article.source IS 'Outlet or agency named in the byline.';
COMMENT ON COLUMN dim_article.published IS 'Publication date; NULL when the page gives none (flagged).';
COMMENT ON COLUMN dim_article.content_hash IS 'SHA-256 of the raw bytes: the incremental-load key.';
COMMENT ON COLUMN dim_article.encoding IS 'Text encoding the file was decoded with; offsets index that decoded text.';
COMMENT ON COLUMN dim_article.format IS 'txt, md, html or json.';
COMMENT ON COLUMN dim_article.size_bytes IS 'Raw file size in bytes.';
COMMENT ON COLUMN dim_article.flags IS 'Comma-separated ingest flags, e.g. no_published_date.';
COMMENT ON COLUMN dim_article.parser_version IS 'Parser version that produced this article''s figures.';
COMMENT ON COLUMN dim_article.figure_count IS 'Number of figures loaded for the article.';

COMMENT ON TABLE dim_date IS 'Calendar labels at their stated precision. Grain: one row per ISO label (2018, 2020-11, 2020-12-31).';
COMMENT ON COLUMN dim_date.date_key IS 'YYYYMMDD; month precision uses DD=00, year precision MMDD=0000.';
COMMENT ON COLUMN dim_date.iso IS 'ISO label at its precision, as in FIGURES.md.';
COMMENT ON COLUMN dim_date.precision IS 'year, month or day.';
COMMENT ON COLUMN dim_date.year IS 'Calendar year.';
COMMENT ON COLUMN dim_date.quarter IS 'Calendar quarter; NULL at year precision.';
COMMENT ON COLUMN dim_date.month IS 'Month 1-12; NULL at year precision.';
COMMENT ON COLUMN dim_date.day IS 'Day of month; NULL above day precision.';
COMMENT ON COLUMN dim_date.period_first_day IS 'First day the label covers.';
COMMENT ON COLUMN dim_date.period_last_day IS 'Last day the label covers.';

COMMENT ON TABLE dim_unit IS 'Canonical units of FIGURES.md. Grain: one row per unit.';
COMMENT ON COLUMN dim_unit.unit_key IS 'Surrogate key: stable hash of unit.';
COMMENT ON COLUMN dim_unit.unit IS 'Unit code (count, CNY, percent, m2, ...).';
COMMENT ON COLUMN dim_unit.label IS 'Readable name.';
COMMENT ON COLUMN dim_unit.dimension IS 'What the unit measures: money, count, ratio, area, length, mass, ...';
COMMENT ON COLUMN dim_unit.base_unit IS 'Unit that value_base is expressed in.';
COMMENT ON COLUMN dim_unit.to_base IS 'Factor from this unit to base_unit (1 mu = 666.67 m2).';
COMMENT ON COLUMN dim_unit.is_currency IS 'True for money units.';

COMMENT ON TABLE dim_region IS 'Administrative areas (gazetteer) with their hierarchy. Grain: one row per area.';
COMMENT ON COLUMN dim_region.region_key IS 'Surrogate key: stable hash of name.';
COMMENT ON COLUMN dim_region.code IS 'Official division code (GB/T 2260) where one exists.';
COMMENT ON COLUMN dim_region.name IS 'Short canonical name (Beijing, Baoding, Xiong''an New Area).';
COMMENT ON COLUMN dim_region.level IS 'country, province, prefecture, district, county, new_area, zone, ...';
COMMENT ON COLUMN dim_region.parent_key IS 'Logical foreign key to the parent area in dim_region.';
COMMENT ON COLUMN dim_region.parent_name IS 'Name of the parent area.';
COMMENT ON COLUMN dim_region.aliases IS 'Other spellings the parser recognises, separated by |.';

COMMENT ON TABLE dim_entity IS 'Subjects: the organisations and places figures describe. Grain: one row per name.';
COMMENT ON COLUMN dim_entity.entity_key IS 'Surrogate key: stable hash of name.';
COMMENT ON COLUMN dim_entity.name IS 'Fullest name the article gives.';
COMMENT ON COLUMN dim_entity.entity_type IS 'park, company, institution, government, place or other.';

COMMENT ON TABLE dim_metric IS 'Canonical metrics of the catalogue. Grain: one row per metric.';
COMMENT ON COLUMN dim_metric.metric_key IS 'Surrogate key: stable hash of metric_id.';
COMMENT ON COLUMN dim_metric.metric_id IS 'Catalogue id (enterprises, investment, rd_investment, ...; unclassified).';
COMMENT ON COLUMN dim_metric.name IS 'Readable metric name.';
COMMENT ON COLUMN dim_metric.category IS 'Metric family (economy, innovation, enterprises, land, ...).';

COMMENT ON TABLE fact_figure IS 'Figures reported in articles. Grain: one row per figure in one article.';
COMMENT ON COLUMN fact_figure.figure_key IS 'Surrogate key: stable hash of (file, ordinal); unique (audited by every load, not an index).';
COMMENT ON COLUMN fact_figure.article_key IS 'Logical foreign key to dim_article.';
COMMENT ON COLUMN fact_figure.ordinal IS 'Position of the figure within its article (0-based).';
COMMENT ON COLUMN fact_figure.unit_key IS 'Logical foreign key to dim_unit.';
COMMENT ON COLUMN fact_figure.metric_key IS 'Logical foreign key to dim_metric.';
COMMENT ON COLUMN fact_figure.entity_key IS 'Logical foreign key to dim_entity (the subject); NULL when none was found.';
COMMENT ON COLUMN fact_figure.as_of_key IS 'Logical foreign key to dim_date: when the figure holds.';
COMMENT ON COLUMN fact_figure.period_start_key IS 'Logical foreign key to dim_date: start of the period of a flow or change.';
COMMENT ON COLUMN fact_figure.value IS 'Stated value with scale words applied, in the stated unit.';
COMMENT ON COLUMN fact_figure.qualifier IS 'exact, approx, gt, ge, lt, le.';
COMMENT ON COLUMN fact_figure.kind IS 'level, change, share, rate, target.';
COMMENT ON COLUMN fact_figure.measure IS 'Words naming what is measured, from the text.';
COMMENT ON COLUMN fact_figure.alt_value IS 'Conversion the article gives beside the value (bracketed).';
COMMENT ON COLUMN fact_figure.alt_unit IS 'Unit of alt_value.';
COMMENT ON COLUMN fact_figure.value_base IS 'Value in the unit''s base unit (dim_unit.base_unit: m2 for areas incl. mu and hectares, hours for durations); money stays in its own currency (see value_cny, value_usd).';
COMMENT ON COLUMN fact_figure.value_cny IS 'Money figures in yuan: the article''s own pair if given, else the ECB reference rate.';
COMMENT ON COLUMN fact_figure.value_usd IS 'Money figures in US dollars, as value_cny.';
COMMENT ON COLUMN fact_figure.fx_rate_cny_per_usd IS 'Yuan per dollar implied by value_cny / value_usd (the article''s own rate for a bracketed CNY/USD pair).';
COMMENT ON COLUMN fact_figure.fx_rate_date IS 'Day of the ECB reference rate used (NULL when the article gave both amounts or no day was known).';
COMMENT ON COLUMN fact_figure.value_cny_source IS 'Where value_cny came from: stated (the figure is in CNY), article (its bracketed conversion) or ECB.';
COMMENT ON COLUMN fact_figure.value_usd_source IS 'Where value_usd came from: stated, article or ECB.';
COMMENT ON COLUMN fact_figure.fx_source IS 'Readable summary: article pair, ECB reference rate YYYY-MM-DD, or article USD + ECB reference rate YYYY-MM-DD.';
COMMENT ON COLUMN fact_figure.lower_bound IS 'Lowest value the qualifier allows, in the stated unit (exact: value; approx: value - 5%; gt/ge: value; lt/le: NULL = unbounded).';
COMMENT ON COLUMN fact_figure.upper_bound IS 'Highest value the qualifier allows, in the stated unit (exact: value; approx: value + 5%; lt/le: value; gt/ge: NULL = unbounded).';
COMMENT ON COLUMN fact_figure.start_offset IS 'Start offset of the mention in the decoded file text.';
COMMENT ON COLUMN fact_figure.end_offset IS 'End offset (exclusive) of the mention in the decoded file text.';
COMMENT ON COLUMN fact_figure.mention IS 'The text of the mention, equal to the file text between the offsets.';
COMMENT ON COLUMN fact_figure.sentence IS 'The sentence the figure came from.';

COMMENT ON TABLE bridge_figure_region IS 'Places each figure belongs to. Grain: one row per figure and region.';
COMMENT ON COLUMN bridge_figure_region.figure_key IS 'Logical foreign key to fact_figure.';
COMMENT ON COLUMN bridge_figure_region.region_key IS 'Logical foreign key to dim_region.';
COMMENT ON COLUMN bridge_figure_region.position IS 'Order of the region in the figure''s list.';

COMMENT ON TABLE rejected_file IS 'Raw files that did not become articles, with the reason. Grain: one row per file.';
COMMENT ON COLUMN rejected_file.file IS 'Path of the raw file relative to the raw folder.';
COMMENT ON COLUMN rejected_file.reason IS 'Reason code: empty, binary, undecodable, too_large, no_body, duplicate, outside_root, ...';
COMMENT ON COLUMN rejected_file.detail IS 'Human-readable explanation.';
COMMENT ON COLUMN rejected_file.content_hash IS 'SHA-256 of the bytes when they could be read.';
COMMENT ON COLUMN rejected_file.duplicate_of IS 'For duplicates: the file whose article was loaded.';
COMMENT ON COLUMN rejected_file.rejected_at IS 'When this file was first rejected for this reason and content.';

COMMENT ON TABLE quarantine_figure IS 'Figure rows that failed validation, kept with the checks they failed. Grain: one row per rejected figure.';
COMMENT ON COLUMN quarantine_figure.file IS 'Article file.';
COMMENT ON COLUMN quarantine_figure.ordinal IS 'Position of the figure within its article.';
COMMENT ON COLUMN quarantine_figure.failures IS 'The Pandera checks the row failed.';
COMMENT ON COLUMN quarantine_figure.payload IS 'The row as JSON.';

COMMENT ON TABLE warehouse_meta IS 'Settings of the warehouse itself. Grain: one row per setting name.';
COMMENT ON COLUMN warehouse_meta.name IS 'Setting name (model_version; audit_rules:<audit>, the fingerprint of the rules the audit last ran under; region_rollup, the fingerprint of the hierarchy and units region_article_figures was built under).';
COMMENT ON COLUMN warehouse_meta.value IS 'Setting value.';

COMMENT ON TABLE raw_file_seen IS 'What the last scan of the raw folder found, so that a file whose size and mtime are unchanged is not hashed again (a memo of the files, not warehouse data). Grain: one row per raw file.';
COMMENT ON COLUMN raw_file_seen.file IS 'Path relative to the raw folder.';
COMMENT ON COLUMN raw_file_seen.size_bytes IS 'File size in bytes when it was hashed.';
COMMENT ON COLUMN raw_file_seen.mtime_ns IS 'Modification time (ns since the epoch) when it was hashed.';
COMMENT ON COLUMN raw_file_seen.content_hash IS 'SHA-256 of the bytes at that size and mtime.';

COMMENT ON TABLE audit_queue IS 'Articles a data-quality audit has still to look at: loaded since it last ran, or found failing by it (reported by every run until fixed). Grain: one row per audit, article and reason.';
COMMENT ON COLUMN audit_queue.audit IS 'Audit name (provenance, value_ranges, fx_band, parts_and_totals).';
COMMENT ON COLUMN audit_queue.file IS 'The article''s file (dim_article.file).';
COMMENT ON COLUMN audit_queue.reason IS 'loaded (since the audit last ran) or failing (at its last run).';

COMMENT ON TABLE region_article_figures IS 'Figures per region (rolled up the hierarchy) and article, kept by the load for the figures_by_region report (derived from fact_figure, bridge_figure_region, region_hierarchy and dim_unit). Grain: one row per region (or ancestor) and article with a figure there.';
COMMENT ON COLUMN region_article_figures.region_key IS 'The region a figure names, or one of its ancestors.';
COMMENT ON COLUMN region_article_figures.article_key IS 'The article.';
COMMENT ON COLUMN region_article_figures.figures IS 'The article''s figures that count for the region (each once, however many of its regions roll up to it).';
COMMENT ON COLUMN region_article_figures.money_figures IS 'Of those, the figures in a currency (CNY, USD, EUR, HKD, GBP, JPY).';
