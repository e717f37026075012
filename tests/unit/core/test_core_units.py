"""Core pieces that need no services: query files, events, routes, the scheduler's pass."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from pipeline import events
from pipeline.db.sqlfile import load_queries
from pipeline.outbox import routing
from pipeline.runtime.scheduler import PeriodicJob, Scheduler

REPO = Path(__file__).resolve().parents[3]


def test_query_files_parse_and_every_used_name_exists() -> None:
    # Each module's names must exist in the .sql files of its own folder, or in the core's
    # (pipeline/db/) when it uses the core's ``db.QUERIES``.
    missing: set[str] = set()
    used_any = False
    core = REPO / "pipeline" / "db"
    for path in (REPO / "pipeline").rglob("*.py"):
        text = path.read_text()
        used = set(re.findall(r'QUERIES\["([a-z0-9_]+)"\]', text))
        used_any = used_any or bool(used)
        folders = {path.parent}
        if "from pipeline import db" in text or "from pipeline.db import" in text:
            folders.add(core)
        known: set[str] = set()
        for folder in folders:
            for sql in folder.glob("*.sql"):
                known |= set(load_queries(sql))
        missing |= used - known
    assert used_any, "the pipeline uses named queries"
    assert missing == set()


def test_a_query_file_refuses_a_duplicate_name(tmp_path: Path) -> None:
    f = tmp_path / "q.sql"
    f.write_text("-- name: a_get\nSELECT 1;\n-- name: a_get\nSELECT 2;\n")
    with pytest.raises(ValueError, match="defined twice"):
        load_queries(f)


def test_event_kinds_are_past_participle_channels_under_63_bytes() -> None:
    assert len(events.EVENT_KINDS) >= 7
    for kind in events.EVENT_KINDS:
        assert re.fullmatch(r"[a-z]+(_[a-z]+)+", kind), kind
        assert len(kind.encode()) <= events.MAX_CHANNEL_BYTES


def test_required_event_kinds_exist() -> None:
    required = {
        "email_received",
        "schedule_confirmed",
        "schedule_modified",
        "schedule_cancelled",
        "route_planned",
        "weather_assessed",
        "calendar_synced",
    }
    assert required <= events.EVENT_KINDS


def test_routes_name_known_kinds_and_stage_queues() -> None:
    for kind, routes in routing.ROUTES.items():
        assert kind in events.EVENT_KINDS
        for route in routes:
            stage, _, verb_noun = route.actor_name.partition(".")
            assert route.queue_name == stage and "_" in verb_noun


def test_route_to_derives_the_queue_from_the_actor_name() -> None:
    assert routing.Route.to("route.plan_route") == routing.Route("route.plan_route", "route")
    assert routing.routes_for("no_such_kind") == ()


def test_scheduler_runs_each_job_when_due() -> None:
    calls: list[str] = []
    jobs = [
        PeriodicJob("fast", 1.0, lambda: calls.append("fast")),
        PeriodicJob("slow", 10.0, lambda: calls.append("slow")),
    ]
    scheduler = Scheduler(jobs)
    assert scheduler.run_once(100.0) == ["fast", "slow"]
    assert scheduler.run_once(100.5) == []
    assert scheduler.run_once(101.0) == ["fast"]
    assert scheduler.run_once(110.0) == ["fast", "slow"]
    assert calls == ["fast", "slow", "fast", "fast", "slow"]


def test_scheduler_sleeps_until_the_earliest_job_is_due_at_most_its_tick() -> None:
    jobs = [
        PeriodicJob("minute", 60.0, lambda: None),
        PeriodicJob("quarter", 15.0, lambda: None),
    ]
    scheduler = Scheduler(jobs, tick_s=10.0)
    # Before the first pass every job is due: no sleep to speak of
    assert scheduler.sleep_s(100.0) == 0.001
    scheduler.run_once(100.0)
    # The earliest job is due in 15 s: the tick bounds the sleep
    assert scheduler.sleep_s(100.0) == 10.0
    # 3 s before it is due: 3 s
    assert scheduler.sleep_s(112.0) == pytest.approx(3.0)
    # Past due (a slow pass): at once, without spinning
    assert scheduler.sleep_s(116.0) == 0.001


def test_a_job_period_must_be_positive() -> None:
    with pytest.raises(ValueError):
        PeriodicJob("never", 0, lambda: None)


def test_stage_logic_modules_do_no_io() -> None:
    """Pure logic (``logic.py`` and ``logic/``) never imports a driver or reads the clock."""
    banned = {"psycopg", "redis", "dramatiq", "requests", "httpx", "socket", "subprocess"}
    offenders = []
    for path in (REPO / "pipeline").rglob("logic*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in banned]
        if re.search(r"\b(datetime\.now|date\.today|time\.time)\(", path.read_text()):
            offenders.append(f"{path.name}: reads the clock")
    assert offenders == []
