"""Prometheus for real (Debian's `prometheus`): started with a generated config, it scrapes
`stillontime metrics` and a worker's Dramatiq middleware while a call sheet goes through the
pipeline (its route plan refused by the database, so errors and failures have data too), and
each series the Grafana dashboard in deploy/ charts is queried through Prometheus's HTTP API
until it has data."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import urllib.parse
import urllib.request
from datetime import date, timedelta

import pytest

from pipeline.app.demo import sample_callsheet
from tests.conftest import REPO
from tests.support.crew import USER, add_crew_member, cli
from tests.support.waiting import wait_for

DASHBOARD = REPO / "deploy/grafana/dashboards/stillontime.json"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def charted_expressions() -> list[str]:
    panels = json.loads(DASHBOARD.read_text())["panels"]
    return [target["expr"] for panel in panels for target in panel.get("targets", [])]


def query(port: int, expr: str) -> list[dict]:
    url = f"http://127.0.0.1:{port}/api/v1/query?" + urllib.parse.urlencode({"query": expr})
    try:
        answer = json.load(urllib.request.urlopen(url, timeout=10))
    except OSError:
        return []
    assert answer["status"] == "success", answer
    return answer["data"]["result"]


@pytest.fixture
def prometheus(tmp_path):
    """Start Prometheus on ``targets`` (job -> host:port); yields its port."""
    binary = shutil.which("prometheus")
    if binary is None:
        pytest.fail("prometheus is missing: ./dev installs Debian's prometheus as root")
    started: list[subprocess.Popen] = []

    def start(targets: dict[str, str]) -> int:
        port = free_port()
        config = tmp_path / "prometheus.yml"
        jobs = "".join(
            f"  - job_name: {job}\n    static_configs:\n      - targets: ['{where}']\n"
            for job, where in targets.items()
        )
        config.write_text(f"global:\n  scrape_interval: 1s\nscrape_configs:\n{jobs}")
        log = open(tmp_path / "prometheus.log", "wb")  # noqa: SIM115
        argv = [binary, f"--config.file={config}", f"--storage.tsdb.path={tmp_path / 'tsdb'}"]
        argv.append(f"--web.listen-address=127.0.0.1:{port}")
        started.append(subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT))
        return port

    yield start
    for process in started:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_prometheus_scrapes_every_series_the_grafana_dashboard_charts(
    conn, service_env, start_service, prometheus, tmp_path
) -> None:
    # Given the pipeline's metrics endpoint and a worker with Dramatiq's middleware
    metrics_port, worker_port = free_port(), free_port()
    env = {**service_env, "STILLONTIME_HOME": str(tmp_path / "home"),
           "STILLONTIME_CALENDAR_PROVIDER": "ics"}  # fmt: skip
    add_crew_member(env)
    worker_env = {
        "STILLONTIME_WORKER_METRICS": "1",
        "dramatiq_prom_host": "127.0.0.1",
        "dramatiq_prom_port": str(worker_port),
        "dramatiq_prom_db": str(tmp_path / "dramatiq-prometheus"),  # this test's own
    }
    start_service("worker", "--processes", "1", "--threads", "2", env={**env, **worker_env})
    start_service("dispatcher", env=env)
    start_service("metrics", "--port", str(metrics_port), "--host", "127.0.0.1", env=env)
    # and Prometheus scraping both
    port = prometheus(
        {"stillontime": f"127.0.0.1:{metrics_port}", "dramatiq": f"127.0.0.1:{worker_port}"}
    )
    # When a call sheet goes through while the route table refuses every plan (dead at once)
    conn.execute("ALTER TABLE route_plans ADD CONSTRAINT ck_outage CHECK (false) NOT VALID")
    sheet = tmp_path / "day.pdf"
    sheet.write_bytes(sample_callsheet(date.today() + timedelta(days=3), "07:00"))
    cli(env, "ingest", str(sheet), "--user", USER)
    wait_for(
        lambda: conn.execute("SELECT 1 FROM event_deliveries WHERE status = 'dead'").fetchone(),
        timeout=180,
        what="the route's dead letter",
    )
    # Then each series the dashboard charts has data in Prometheus
    expressions = charted_expressions()
    assert len(expressions) >= 12
    for expr in expressions:
        result = wait_for(lambda e=expr: query(port, e), timeout=120, what=expr)
        assert all(len(r["value"]) == 2 for r in result), expr
    # and their values are the pipeline's
    [up] = query(port, "stillontime_database_up")
    assert up["value"][1] == "1"
    failures = query(port, "stillontime_failures")
    assert any(r["metric"]["stage"] == "route" for r in failures), failures
    errors = query(port, "sum by (actor_name) (dramatiq_message_errors_total)")
    assert {r["metric"]["actor_name"] for r in errors} == {"route.plan_route"}
    schedules = query(port, 'stillontime_records{table="schedule_data"}')
    assert {(r["metric"]["status"], r["value"][1]) for r in schedules} == {("confirmed", "1")}
