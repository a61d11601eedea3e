"""Asset checks: thin wrappers over :mod:`zgc_etl.warehouse.audits`.

Blocking (ERROR) where bad data must not reach the reports: keys, integrity, provenance,
accounting, value ranges, the money band.  All but accounting look at the articles loaded since
they last ran (and those failing then): :func:`zgc_etl.warehouse.audits.run_scoped`.  Parts-and-totals is an analyst's flag (WARN,
non-blocking): an article may well be wrong itself.
"""

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from ..warehouse import audits
from .resources import RawFolder, warehouse_connection

FACT = dg.AssetKey(["warehouse", "fact_figure"])
BRIDGE = dg.AssetKey(["warehouse", "bridge_figure_region"])
REJECTED = dg.AssetKey(["warehouse", "rejected_file"])


def _result(passed: bool, details: dict,
            severity: dg.AssetCheckSeverity = dg.AssetCheckSeverity.ERROR) -> dg.AssetCheckResult:
    meta = {k: (dg.MetadataValue.json(v) if isinstance(v, (dict, list)) else v) for k, v in details.items()}
    return dg.AssetCheckResult(passed=passed, metadata=meta, severity=severity)


_SCOPE = (" Scope: the articles loaded since this check last ran and those it found failing then "
          "(every article when its rules changed, or with ZGC_AUDIT_ALL=1): a failure is reported by every "
          "run until it is fixed.")

#: why the structural checks can look at the articles a run loaded and still vouch for the whole tables
_STRUCTURAL_SCOPE = (
    " Scope: the facts of the articles loaded since this check last ran (and of those failing then), "
    "each key or reference checked against the whole tables; the whole tables on its first run, when "
    "its rules changed, after a whole run that failed, or with ZGC_AUDIT_ALL=1. The whole-table "
    "guarantee holds for the pipeline's own writes: the tables were sound when it last passed, a load "
    "only adds the rows of the articles it queues here, and what it deletes is checked inside its own "
    "transaction before COMMIT (no bridge row left at a deleted fact, no fact at a deleted dimension "
    "row). Rows edited by hand are found with ZGC_AUDIT_ALL=1.")


@dg.asset_check(asset=FACT, blocking=True,
                description="figure_key, (article, ordinal) and the bridge's (figure, region) are unique: "
                            "the grains of the two tables that carry no PRIMARY KEY." + _STRUCTURAL_SCOPE)
def fact_keys_unique(duckdb: DuckDBResource) -> dg.AssetCheckResult:
    with warehouse_connection(duckdb) as conn:
        return _result(*audits.run_scoped(conn, "fact_keys_unique"))


@dg.asset_check(asset=FACT, blocking=True,
                description="Every logical foreign key of facts, bridge and dimensions resolves." + _STRUCTURAL_SCOPE)
def referential_integrity(duckdb: DuckDBResource) -> dg.AssetCheckResult:
    with warehouse_connection(duckdb) as conn:
        return _result(*audits.run_scoped(conn, "referential_integrity"))


@dg.asset_check(asset=FACT, blocking=True,
                description="Every fact has start/end that slice its file's text to its mention." + _SCOPE)
def provenance(duckdb: DuckDBResource, raw: RawFolder) -> dg.AssetCheckResult:
    with warehouse_connection(duckdb) as conn:
        return _result(*audits.run_scoped(conn, "provenance", raw_dir=raw.root))


@dg.asset_check(asset=REJECTED, blocking=True, additional_ins={"raw_files": dg.AssetIn()},
                description="Every file seen in the raw folder is loaded, rejected or a duplicate.")
def every_file_accounted_for(duckdb: DuckDBResource, raw_files: pd.DataFrame) -> dg.AssetCheckResult:
    with warehouse_connection(duckdb) as conn:
        return _result(*audits.accounting(conn, raw_files["file"]))


@dg.asset_check(asset=FACT, blocking=True,
                description="Values are possible for their unit and kind: percent shares within 0-100, no negative "
                            "stocks or counts, no fall beyond -100%, no magnitude beyond physical limits." + _SCOPE)
def value_ranges(duckdb: DuckDBResource) -> dg.AssetCheckResult:
    with warehouse_connection(duckdb) as conn:
        return _result(*audits.run_scoped(conn, "value_ranges"))


@dg.asset_check(asset=FACT, blocking=True,
                description=f"Every bracketed CNY/USD conversion implies a yuan-per-dollar rate within "
                            f"±{audits.FX_BAND:.0%} of the ECB monthly mean for the month it was written." + _SCOPE)
def fx_band(duckdb: DuckDBResource) -> dg.AssetCheckResult:
    with warehouse_connection(duckdb) as conn:
        return _result(*audits.run_scoped(conn, "fx_band"))


@dg.asset_check(asset=FACT, blocking=False,
                description="Parts named after a total in one sentence ('including', 'of which', 'comprising') do "
                            "not exceed it, and add up to it after an exhaustive cue. Warning: flags for an analyst."
                            + _SCOPE)
def parts_and_totals(duckdb: DuckDBResource) -> dg.AssetCheckResult:
    with warehouse_connection(duckdb) as conn:
        return _result(*audits.run_scoped(conn, "parts_and_totals"), severity=dg.AssetCheckSeverity.WARN)


all_checks = [fact_keys_unique, referential_integrity, provenance, every_file_accounted_for, value_ranges, fx_band,
              parts_and_totals]
