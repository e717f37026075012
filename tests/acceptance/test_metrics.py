"""`stillontime metrics` serves Prometheus text with the numbers read from the database."""

from __future__ import annotations

import socket
import subprocess
import sys
import urllib.request

from prometheus_client.parser import text_string_to_metric_families

from tests.conftest import REPO
from tests.support import rows
from tests.support.waiting import wait_for


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def scrape(port: int) -> dict[str, dict[tuple, float]]:
    text = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5).read().decode()
    samples: dict[str, dict[tuple, float]] = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            samples.setdefault(s.name, {})[tuple(sorted(s.labels.items()))] = s.value
    return samples


def test_metrics_endpoint_reports_stages_outbox_and_failures(conn, service_env) -> None:
    # Given a schedule waiting to be dispatched and a dead delivery
    chain = rows.add_schedule_chain(conn)
    event = conn.execute("SELECT id FROM events ORDER BY id LIMIT 1").fetchone()["id"]
    conn.execute(
        "INSERT INTO event_deliveries (event_id, actor_name, queue_name, message_id, status,"
        " attempts, last_error, finished_at) VALUES (%s, 'route.plan_route', 'route',"
        " gen_random_uuid(), 'dead', 6, 'RouteError: provider answered 500', now())",
        (event,),
    )
    port = free_port()
    # When the metrics endpoint runs and is scraped
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "metrics", "--port", str(port), "--host", "127.0.0.1"],
        env=service_env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        samples = wait_for(lambda: _try_scrape(port), timeout=60)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    # Then it shows records by stage and status, the outbox backlog and the failure by reason
    assert samples["stillontime_database_up"][()] == 1
    records = samples["stillontime_records"]
    key = (("stage", "extract"), ("status", "extracted"), ("table", "schedule_data"))
    assert records[key] == 1
    # (the chain's email_received; its schedule_extracted, which no stage consumes, is written
    # dispatched: db/0035)
    assert samples["stillontime_outbox_undispatched"][()] == 1
    failures = samples["stillontime_failures"]
    assert failures[(("reason", "RouteError"), ("stage", "route"))] == 1
    assert str(chain["schedule_id"]) not in str(samples)  # ids are not labels
    assert proc.returncode == 0


def _try_scrape(port: int):
    try:
        return scrape(port)
    except OSError:
        return None


def test_the_grafana_dashboard_only_charts_metrics_that_exist() -> None:
    import json
    import re

    dashboard = json.loads((REPO / "deploy/grafana/dashboards/stillontime.json").read_text())
    ours = set(re.findall(r'"(stillontime_\w+)"', (REPO / "pipeline/app/metrics.py").read_text()))
    import inspect

    import dramatiq.middleware.prometheus as dramatiq_prometheus

    dramatiq = set(re.findall(r'"(dramatiq_\w+)"', inspect.getsource(dramatiq_prometheus)))
    charted = {
        name
        for panel in dashboard["panels"]
        for target in panel["targets"]
        for name in re.findall(r"\b(stillontime_\w+|dramatiq_\w+)", target["expr"])
    }
    assert charted and charted <= ours | dramatiq, charted - ours - dramatiq
    assert {"stillontime_outbox_undispatched", "stillontime_failures"} <= charted
