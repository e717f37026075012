"""Prometheus metrics of the pipeline, read from the database at each scrape.

The database already holds every fact (the outbox, the deliveries, each stage's rows), so one
collector reading it serves the same numbers whichever process or machine did the work; no
multiprocess counters to merge. Each stage counts its own rows and failures with the queries
its ``stage.py`` declares. Dramatiq's own worker metrics come from its Prometheus
middleware (``STILLONTIME_WORKER_METRICS=1``; port ``dramatiq_prom_port``, 9191 by default).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import psycopg
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from pipeline.app.status import record_counts
from pipeline.db import QUERIES
from pipeline.runtime.stage import Stage
from pipeline.runtime.stages import stages


class PipelineCollector(Collector):
    """Yields the pipeline's gauges; a scrape that cannot reach the database says so."""

    def __init__(self, connect: callable, registered: Sequence[Stage] | None = None) -> None:
        self._connect = connect
        self._registered = registered  # None: the registry's stages

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily("stillontime_database_up", "1 if the last scrape read the database")
        try:
            with self._connect() as conn:
                yield from self._read(conn)
        except psycopg.Error:
            up.add_metric([], 0)
        else:
            up.add_metric([], 1)
        yield up

    def _read(self, conn: psycopg.Connection) -> Iterator[Metric]:
        registered = stages() if self._registered is None else self._registered
        records = GaugeMetricFamily(
            "stillontime_records",
            "Rows per stage table and status",
            labels=["stage", "table", "status"],
        )
        for row in record_counts(conn, registered):
            records.add_metric([row["stage"], row["tbl"], str(row["status"])], row["n"])
        yield records

        outbox = conn.execute(QUERIES["events_oldest_undispatched"]).fetchone()
        yield GaugeMetricFamily(
            "stillontime_outbox_undispatched",
            "Events not yet dispatched",
            value=outbox["undispatched"],
        )
        yield GaugeMetricFamily(
            "stillontime_outbox_oldest_age_seconds",
            "Age of the oldest undispatched event (0 when none)",
            value=float(outbox["oldest_age_s"] or 0.0),
        )

        events = GaugeMetricFamily(
            "stillontime_events",
            "Outbox events by kind and dispatch state",
            labels=["kind", "dispatched"],
        )
        for row in conn.execute(QUERIES["metrics_events_by_kind"]):
            events.add_metric([row["kind"], str(row["dispatched"]).lower()], row["n"])
        yield events

        lag = conn.execute(QUERIES["metrics_dispatch_lag"]).fetchone()
        dispatch = GaugeMetricFamily(
            "stillontime_dispatch_lag_seconds",
            "Commit-to-dispatch lag over the last 5 minutes",
            labels=["quantile"],
        )
        for quantile in ("p50", "p95", "max"):
            dispatch.add_metric([quantile], float(lag[quantile]))
        yield dispatch

        durations = GaugeMetricFamily(
            "stillontime_stage_seconds",
            "Enqueue-to-finish seconds per actor over the last hour",
            labels=["actor", "quantile"],
        )
        handled = GaugeMetricFamily(
            "stillontime_stage_deliveries", "Deliveries finished in the last hour", labels=["actor"]
        )
        for row in conn.execute(QUERIES["metrics_stage_durations"]):
            for quantile in ("p50", "p95"):
                durations.add_metric([row["actor_name"], quantile], float(row[quantile]))
            handled.add_metric([row["actor_name"]], row["n"])
        yield durations
        yield handled

        failures = GaugeMetricFamily(
            "stillontime_failures", "Failures by stage and reason", labels=["stage", "reason"]
        )
        rows = conn.execute(QUERIES["metrics_failures"]).fetchall()
        for stage in registered:
            for name in stage.failure_reason_queries:
                rows += conn.execute(stage.query(name)).fetchall()
        for row in rows:
            failures.add_metric([row["stage"], row["reason"]], row["n"])
        yield failures


def serve(port: int, host: str = "0.0.0.0") -> object:
    """Start the exposition server (a daemon thread); returns the server."""
    from prometheus_client import CollectorRegistry, start_http_server

    from pipeline import db

    registry = CollectorRegistry(auto_describe=False)
    registry.register(PipelineCollector(lambda: db.connect(autocommit=True)))
    server, _thread = start_http_server(port, addr=host, registry=registry)
    return server
