"""dagster.yaml keeps debug messages out of the run's event log: each stored message costs a run
~10 ms (SQLite event storage), and Dagster's filesystem IO manager writes two per output."""
import shutil

import dagster as dg

from zgc_etl import settings


def _instance(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(settings.PROJECT_ROOT / "dagster.yaml", home / "dagster.yaml")
    return dg.DagsterInstance.from_config(str(home))


def test_debug_messages_are_not_stored_and_dagster_events_are(tmp_path):
    @dg.asset
    def upstream(context) -> int:
        context.log.debug("a debug message")
        context.log.info("an info message")
        return 1

    @dg.asset
    def downstream(upstream: int) -> int:
        return upstream + 1

    with _instance(tmp_path) as instance:
        assert instance.python_log_level == "INFO"
        result = dg.materialize([upstream, downstream], instance=instance,
                                resources={"io_manager": dg.FilesystemIOManager(base_dir=str(tmp_path / "io"))})
        assert result.success
        logs = instance.all_logs(result.run_id)
    messages = [r.user_message for r in logs if r.dagster_event is None]
    assert "an info message" in messages
    assert not [m for m in messages if m == "a debug message" or m.startswith(("Writing file at", "Loading file from"))]
    events = {r.dagster_event.event_type_value for r in logs if r.dagster_event is not None}
    assert {"STEP_START", "HANDLED_OUTPUT", "LOADED_INPUT", "ASSET_MATERIALIZATION", "STEP_SUCCESS"} <= events
