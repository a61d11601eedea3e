"""Asset checks: thin wrappers over :mod:`zgc_etl.warehouse.audits`."""

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from ..warehouse import audits
from .resources import RawFolder, warehouse_connection

FACT = dg.AssetKey(["warehouse", "fact_figure"])
BRIDGE = dg.AssetKey(["warehouse", "bridge_figure_region"])
REJECTED = dg.AssetKey(["warehouse", "rejected_file"])


def _result(passed: bool, details: dict) -> dg.AssetCheckResult:
    meta = {k: (dg.MetadataValue.json(v) if isinstance(v, (dict, list)) else v) for k, v in details.items()}
    return dg.AssetCheckResult(passed=passed, metadata=meta)


@dg.asset_check(asset=FACT, blocking=True, description="figure_key and (article, ordinal) are unique.")
def fact_keys_unique(duckdb: DuckDBResource) -> dg.AssetCheckResult:
    with warehouse_connection(duckdb) as conn:
        return _result(*audits.fact_keys_unique(conn))


@dg.asset_check(asset=FACT, blocking=True, description="Every logical foreign key of facts, bridge and dimensions resolves.")
def referential_integrity(duckdb: DuckDBResource) -> dg.AssetCheckResult:
    with warehouse_connection(duckdb) as conn:
        return _result(*audits.referential_integrity(conn))


@dg.asset_check(asset=FACT, blocking=True, description="Every fact's start/end slice its file's text to its mention.")
def provenance(duckdb: DuckDBResource, raw: RawFolder) -> dg.AssetCheckResult:
    with warehouse_connection(duckdb) as conn:
        return _result(*audits.provenance(conn, raw.root))


@dg.asset_check(asset=REJECTED, blocking=True, additional_ins={"raw_files": dg.AssetIn()},
                description="Every file seen in the raw folder is loaded, rejected or a duplicate.")
def every_file_accounted_for(duckdb: DuckDBResource, raw_files: pd.DataFrame) -> dg.AssetCheckResult:
    with warehouse_connection(duckdb) as conn:
        return _result(*audits.accounting(conn, list(raw_files["file"])))


all_checks = [fact_keys_unique, referential_integrity, provenance, every_file_accounted_for]
