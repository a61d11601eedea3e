"""Asset checks: thin wrappers over :mod:`zgc_etl.warehouse.audits`.

Blocking (ERROR) where bad data must not reach the reports: keys, integrity, provenance,
accounting, value ranges, the money band.  All but accounting look at the articles loaded since
they last ran (and those failing then): :func:`zgc_etl.warehouse.audits.run_scoped`.
Parts-and-totals is an analyst's flag (WARN, non-blocking): an article may well be wrong itself.

The seven checks run as one step (:func:`warehouse_checks`, a multi-asset check that can be
subset: each is still run, shown and selected on its own in the UI).  A step costs Dagster
~0.05 s of its own whatever it does (its events, each written to the instance's storage, and
the step's set-up), and each opened the warehouse again: as seven steps they cost an incremental
run ~0.35 s more than their queries.
"""

from typing import Callable

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from ..warehouse import audits
from .resources import RawFolder, is_transient, warehouse_connection

FACT = dg.AssetKey(["warehouse", "fact_figure"])
BRIDGE = dg.AssetKey(["warehouse", "bridge_figure_region"])
REJECTED = dg.AssetKey(["warehouse", "rejected_file"])


def _result(spec: dg.AssetCheckSpec, passed: bool, details: dict) -> dg.AssetCheckResult:
    meta = {k: (dg.MetadataValue.json(v) if isinstance(v, (dict, list)) else v) for k, v in details.items()}
    return dg.AssetCheckResult(asset_key=spec.asset_key, check_name=spec.name, passed=passed, metadata=meta,
                               severity=dg.AssetCheckSeverity.ERROR if spec.blocking else dg.AssetCheckSeverity.WARN)


_SCOPE = (" Scope: the articles loaded since this check last ran and those it found failing then "
          "(every article when its rules changed, or with ZGC_AUDIT_ALL=1): a failure is reported by every "
          "run until it is fixed.")

#: why the structural checks can look at the articles a run loaded and still vouch for the whole tables
_STRUCTURAL_SCOPE = (
    " Scope: the facts of the articles loaded since this check last ran (and of those failing then), "
    "each key or reference checked against the whole tables; the whole tables on its first run, when "
    "its rules changed, after a whole run that failed, or with ZGC_AUDIT_ALL=1 (unless the load that "
    "wrote most of the tables audited them whole with the same rules in its own transaction: a first "
    "load, a rebuild). The whole-table "
    "guarantee holds for the pipeline's own writes: the tables were sound when it last passed, a load "
    "only adds the rows of the articles it queues here, and what it deletes is checked inside its own "
    "transaction before COMMIT (no bridge row left at a deleted fact, no fact at a deleted dimension "
    "row). Rows edited by hand are found with ZGC_AUDIT_ALL=1.")


class _Check:
    """One check: its spec and what it runs (conn, the raw folder, the scan's listing → (passed, details))."""

    def __init__(self, spec: dg.AssetCheckSpec, run: Callable[..., tuple[bool, dict]]):
        self.spec, self.run = spec, run


CHECKS = [
    _Check(dg.AssetCheckSpec(
        "fact_keys_unique", asset=FACT, blocking=True,
        description="figure_key, (article, ordinal) and the bridge's (figure, region) are unique: "
                    "the grains of the two tables that carry no PRIMARY KEY." + _STRUCTURAL_SCOPE),
        lambda conn, raw, listed: audits.run_scoped(conn, "fact_keys_unique")),
    _Check(dg.AssetCheckSpec(
        "referential_integrity", asset=FACT, blocking=True,
        description="Every logical foreign key of facts, bridge and dimensions resolves." + _STRUCTURAL_SCOPE),
        lambda conn, raw, listed: audits.run_scoped(conn, "referential_integrity")),
    _Check(dg.AssetCheckSpec(
        "provenance", asset=FACT, blocking=True,
        description="Every fact has start/end that slice its file's text to its mention." + _SCOPE),
        lambda conn, raw, listed: audits.run_scoped(conn, "provenance", raw_dir=raw.root)),
    _Check(dg.AssetCheckSpec(
        "every_file_accounted_for", asset=REJECTED, blocking=True, additional_deps=["raw_files"],
        description="Every file seen in the raw folder is loaded, rejected or a duplicate."),
        lambda conn, raw, listed: audits.accounting(conn, listed)),
    _Check(dg.AssetCheckSpec(
        "value_ranges", asset=FACT, blocking=True,
        description="Values are possible for their unit and kind: percent shares within 0-100, no negative "
                    "stocks or counts, no fall beyond -100%, no magnitude beyond physical limits." + _SCOPE),
        lambda conn, raw, listed: audits.run_scoped(conn, "value_ranges")),
    _Check(dg.AssetCheckSpec(
        "fx_band", asset=FACT, blocking=True,
        description=f"Every bracketed CNY/USD conversion implies a yuan-per-dollar rate within "
                    f"±{audits.FX_BAND:.0%} of the ECB monthly mean for the month it was written." + _SCOPE),
        lambda conn, raw, listed: audits.run_scoped(conn, "fx_band")),
    _Check(dg.AssetCheckSpec(
        "parts_and_totals", asset=FACT, blocking=False,
        description="Parts named after a total in one sentence ('including', 'of which', 'comprising') do "
                    "not exceed it, and add up to it after an exhaustive cue. Warning: flags for an analyst."
                    + _SCOPE),
        lambda conn, raw, listed: audits.run_scoped(conn, "parts_and_totals")),
]


@dg.multi_asset_check(specs=[c.spec for c in CHECKS], can_subset=True, ins={"raw_files": dg.AssetIn()},
                      description="The warehouse's checks, in one step (see each check's description).")
def warehouse_checks(context: dg.AssetCheckExecutionContext, duckdb: DuckDBResource, raw: RawFolder,
                     raw_files: pd.DataFrame):
    """Each selected check in turn.  A check that raises does not keep the others from reporting (as when
    each was its own step): the step fails at the end, naming it; a transient error ends the step at once."""
    selected = context.selected_asset_check_keys
    failed = {}
    with warehouse_connection(duckdb) as conn:
        for check in CHECKS:
            if check.spec.key not in selected:
                continue
            try:
                outcome = check.run(conn, raw, raw_files["file"])
            except Exception as exc:  # noqa: BLE001 — transient ones re-raised, the others reported below
                if is_transient(exc):
                    raise
                context.log.error(f"check {check.spec.name} failed to run: {type(exc).__name__}: {exc}")
                failed[check.spec.name] = f"{type(exc).__name__}: {exc}"
                continue
            yield _result(check.spec, *outcome)
    if failed:
        raise dg.Failure(description=f"{len(failed)} check(s) could not run: {', '.join(sorted(failed))}",
                         allow_retries=False, metadata={"errors": dg.MetadataValue.json(failed)})


all_checks = [warehouse_checks]
