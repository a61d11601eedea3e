"""The UI's view of the project: start dagster-webserver, ask its GraphQL API for the graph.

Every asset with its upstream edges, every asset check, the schedule and the sensor must be
there, loaded through workspace.yaml exactly as `make dev` loads them, with the instance
configured by the project's dagster.yaml.  The server is always shut down; every wait is bounded.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from test_dagster_graph import ASSETS, CHECKS, SCHEDULES, SENSORS

from zgc_etl import settings

WEBSERVER = Path(sys.executable).parent / "dagster-webserver"
STARTUP_BUDGET_S = 60

QUERY = """
{
  workspaceOrError {
    __typename
    ... on Workspace { locationEntries { name loadStatus
        locationOrLoadError { __typename ... on PythonError { message } } } }
  }
  assetNodes {
    assetKey { path }
    groupName
    dependencyKeys { path }
    assetChecksOrError { __typename ... on AssetChecks { checks { name } } }
  }
  repositoriesOrError {
    __typename
    ... on RepositoryConnection { nodes { name schedules { name } sensors { name } } }
  }
}
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _gql(url: str, query: str) -> dict:
    r = requests.post(url, json={"query": query}, timeout=20)
    r.raise_for_status()
    body = r.json()
    assert "errors" not in body, body["errors"]
    return body["data"]


def _shutdown(p: subprocess.Popen) -> None:
    """SIGTERM the server's process group (it spawns a code server), then SIGKILL if it lingers."""
    if p.poll() is None:
        try:
            os.killpg(p.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            p.wait(timeout=15)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(p.pid, signal.SIGKILL)  # the code server too, if it outlived the webserver
    except ProcessLookupError:
        pass
    try:
        p.wait(timeout=10)
    except subprocess.TimeoutExpired:
        pass


@pytest.mark.skipif(os.name != "posix", reason="process groups")
def test_webserver_shows_assets_edges_checks_schedule_and_sensor(tmp_path, small_raw_dir):
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(settings.PROJECT_ROOT / "dagster.yaml", home / "dagster.yaml")  # the instance config must load
    warehouse = tmp_path / "data" / "warehouse.duckdb"
    port = _free_port()
    env = dict(os.environ, DAGSTER_HOME=str(home), ZGC_WAREHOUSE=str(warehouse), ZGC_RAW_DIR=str(small_raw_dir))
    log = open(tmp_path / "webserver.log", "w")
    p = subprocess.Popen([str(WEBSERVER), "-w", "workspace.yaml", "-p", str(port), "-h", "127.0.0.1"],
                         cwd=settings.PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                         start_new_session=True)
    url = f"http://127.0.0.1:{port}/graphql"
    try:
        data, deadline = None, time.monotonic() + STARTUP_BUDGET_S
        while time.monotonic() < deadline:
            assert p.poll() is None, (tmp_path / "webserver.log").read_text()[-3000:]
            try:
                data = _gql(url, QUERY)
            except (requests.RequestException, ValueError):
                data = None
            if data and data["workspaceOrError"]["__typename"] == "Workspace":
                entries = data["workspaceOrError"]["locationEntries"]
                if entries and all(e["loadStatus"] == "LOADED" for e in entries):
                    break
            time.sleep(0.5)
        else:
            pytest.fail(f"webserver not ready in {STARTUP_BUDGET_S} s:\n" + (tmp_path / "webserver.log").read_text()[-3000:])

        (entry,) = data["workspaceOrError"]["locationEntries"]
        assert entry["locationOrLoadError"]["__typename"] == "RepositoryLocation", entry

        nodes = {"/".join(n["assetKey"]["path"]): n for n in data["assetNodes"]}
        assert set(nodes) == set(ASSETS)
        for key, (group, upstream) in ASSETS.items():
            assert nodes[key]["groupName"] == group, key
            assert sorted("/".join(d["path"]) for d in nodes[key]["dependencyKeys"]) == upstream, key

        checks = sorted(f"{key}:{c['name']}" for key, n in nodes.items()
                        if n["assetChecksOrError"]["__typename"] == "AssetChecks"
                        for c in n["assetChecksOrError"]["checks"])
        assert checks == CHECKS

        (repo,) = data["repositoriesOrError"]["nodes"]
        assert sorted(s["name"] for s in repo["schedules"]) == SCHEDULES
        assert sorted(s["name"] for s in repo["sensors"]) == SENSORS
        # loading the UI never touches the warehouse file
        assert not warehouse.exists()
    finally:
        _shutdown(p)
        log.close()
    assert p.poll() is not None
