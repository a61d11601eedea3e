-- The star schema.  Keys are stable 64-bit hashes of natural keys computed by the
-- loader, so a re-run produces the same keys.  The dimensions' primary keys are
-- enforced.  The two big tables, fact_figure and bridge_figure_region, carry none: a
-- DuckDB PRIMARY KEY is an ART index, a second in-memory copy of the key columns that
-- every load must fit in memory and maintain (measured at 100,000 articles, 1.65 M facts:
-- the load took 1,657 MB peak and 34 s with them, 1,193 MB and 12 s without).  Their
-- uniqueness (figure_key; article_key + ordinal; figure_key + region_key) is audited
-- inside the load's transaction before COMMIT (sql/check_fact_keys_unique.sql), so a
-- duplicate still rolls the run back.  Foreign keys are logical only (DuckDB checks them
-- over-eagerly inside one transaction, which breaks replace-in-place loads) and are
-- verified by the same audit step and by asset checks.

CREATE TABLE IF NOT EXISTS dim_source (
    source_key   BIGINT PRIMARY KEY,
    source_name  VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS dim_article (
    article_key     BIGINT PRIMARY KEY,
    file            VARCHAR NOT NULL UNIQUE,
    title           VARCHAR,
    source_key      BIGINT,
    source          VARCHAR,
    published       DATE,
    content_hash    VARCHAR NOT NULL,
    encoding        VARCHAR NOT NULL,
    format          VARCHAR NOT NULL,
    size_bytes      BIGINT NOT NULL,
    flags           VARCHAR,
    parser_version  VARCHAR NOT NULL,
    figure_count    INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS dim_date (
    date_key          INTEGER PRIMARY KEY,
    iso               VARCHAR NOT NULL UNIQUE,
    precision         VARCHAR NOT NULL,
    year              INTEGER NOT NULL,
    quarter           INTEGER,
    month             INTEGER,
    day               INTEGER,
    period_first_day  DATE NOT NULL,
    period_last_day   DATE NOT NULL
);

CREATE TABLE IF NOT EXISTS dim_unit (
    unit_key     BIGINT PRIMARY KEY,
    unit         VARCHAR NOT NULL UNIQUE,
    label        VARCHAR NOT NULL,
    dimension    VARCHAR NOT NULL,
    base_unit    VARCHAR NOT NULL,
    to_base      DOUBLE NOT NULL,
    is_currency  BOOLEAN NOT NULL
);

CREATE TABLE IF NOT EXISTS dim_region (
    region_key   BIGINT PRIMARY KEY,
    code         VARCHAR,
    name         VARCHAR NOT NULL UNIQUE,
    level        VARCHAR NOT NULL,
    parent_key   BIGINT,
    parent_name  VARCHAR,
    aliases      VARCHAR
);

CREATE TABLE IF NOT EXISTS dim_entity (
    entity_key   BIGINT PRIMARY KEY,
    name         VARCHAR NOT NULL UNIQUE,
    entity_type  VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS dim_metric (
    metric_key  BIGINT PRIMARY KEY,
    metric_id   VARCHAR NOT NULL UNIQUE,
    name        VARCHAR NOT NULL,
    category    VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS fact_figure (
    figure_key            BIGINT NOT NULL,     -- unique: audited, see the top of this file
    article_key           BIGINT NOT NULL,
    ordinal               INTEGER NOT NULL,
    unit_key              BIGINT NOT NULL,
    metric_key            BIGINT NOT NULL,
    entity_key            BIGINT,
    as_of_key             INTEGER,
    period_start_key      INTEGER,
    value                 DOUBLE NOT NULL,
    qualifier             VARCHAR NOT NULL,
    kind                  VARCHAR NOT NULL,
    measure               VARCHAR,
    alt_value             DOUBLE,
    alt_unit              VARCHAR,
    value_base            DOUBLE,
    value_cny             DOUBLE,
    value_usd             DOUBLE,
    fx_rate_cny_per_usd   DOUBLE,
    fx_rate_date          DATE,
    value_cny_source      VARCHAR,
    value_usd_source      VARCHAR,
    fx_source             VARCHAR,
    lower_bound           DOUBLE,
    upper_bound           DOUBLE,
    start_offset          INTEGER NOT NULL,
    end_offset            INTEGER NOT NULL,
    mention               VARCHAR NOT NULL,
    sentence              VARCHAR
);

CREATE TABLE IF NOT EXISTS bridge_figure_region (
    figure_key  BIGINT NOT NULL,
    region_key  BIGINT NOT NULL,
    position    INTEGER NOT NULL             -- (figure_key, region_key) unique: audited
);

CREATE TABLE IF NOT EXISTS rejected_file (
    file          VARCHAR PRIMARY KEY,
    reason        VARCHAR NOT NULL,
    detail        VARCHAR,
    content_hash  VARCHAR,
    duplicate_of  VARCHAR,
    rejected_at   TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS quarantine_figure (
    file         VARCHAR NOT NULL,
    ordinal      INTEGER NOT NULL,
    failures     VARCHAR NOT NULL,
    payload      VARCHAR NOT NULL,
    PRIMARY KEY (file, ordinal)
);

-- One row per setting of the warehouse itself (model_version: the shape of the facts'
-- derived columns; a change makes the next run rebuild every article's rows).
CREATE TABLE IF NOT EXISTS warehouse_meta (
    name   VARCHAR PRIMARY KEY,
    value  VARCHAR NOT NULL
);

-- What the last scan of the raw folder found: a file whose size and mtime are unchanged keeps
-- this hash and is not read again (zgc_etl.pipeline.scan_raw_folder; ZGC_REHASH=1 reads all).
-- A memo of the files, not warehouse data: written by the raw_files step in its own short
-- transaction, before the load, and kept whatever the load does.
CREATE TABLE IF NOT EXISTS raw_file_seen (
    file          VARCHAR PRIMARY KEY,
    size_bytes    BIGINT NOT NULL,
    mtime_ns      BIGINT NOT NULL,
    content_hash  VARCHAR NOT NULL
);

-- What each data-quality audit of the articles (zgc_etl.warehouse.audits.SCOPED_AUDITS) has still to
-- look at: the articles loaded since it last ran (reason 'loaded', queued by the load in its
-- transaction) and those it found failing (reason 'failing', kept until an audit finds them
-- fixed or they leave), so an incremental run audits its own articles plus the known failures
-- instead of the whole warehouse, and a failure is reported by every run until it is fixed.
-- Small: emptied by each audit.  No PRIMARY KEY: rows are few and read with DISTINCT.
CREATE TABLE IF NOT EXISTS audit_queue (
    audit   VARCHAR NOT NULL,
    file    VARCHAR NOT NULL,
    reason  VARCHAR NOT NULL
);

-- The figures_by_region report's counts per (region or ancestor, article), kept by the load: it
-- replaces the rows of the articles it writes and deletes those of the articles it removes
-- (sql/insert_region_rollup_rows.sql), and rebuilds the table whole when the regions' hierarchy or
-- the units changed (a fingerprint in warehouse_meta 'region_rollup') or the table is new.  The
-- report then sums ~1 M small rows instead of rolling 1.7 M bridge rows up the hierarchy every run
-- (at 100,000 generated articles: ~0.05 s against ~0.6 s).
CREATE TABLE IF NOT EXISTS region_article_figures (
    region_key     BIGINT NOT NULL,
    article_key    BIGINT NOT NULL,
    figures        BIGINT NOT NULL,
    money_figures  BIGINT NOT NULL
);

-- Warehouses created before a column existed gain it here (NULL until the rebuild fills it).
ALTER TABLE fact_figure ADD COLUMN IF NOT EXISTS fx_rate_date DATE;
ALTER TABLE fact_figure ADD COLUMN IF NOT EXISTS value_cny_source VARCHAR;
ALTER TABLE fact_figure ADD COLUMN IF NOT EXISTS value_usd_source VARCHAR;
