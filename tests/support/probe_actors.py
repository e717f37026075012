"""Probe actors for tests: they record each run, fail on purpose, and run in real workers."""

from __future__ import annotations

import os
import signal
import time

from pipeline import db
from pipeline.errors import TransientError
from pipeline.events import Event
from pipeline.outbox.routing import Route
from pipeline.runtime.actors import stage_actor

RECORD = Route.to("probe.record_event")
FLAKY = Route.to("probe.flaky_event")
BROKEN = Route.to("probe.broken_event")
WHOAMI = Route.to("probe.whoami_event")
ILLEGAL = Route.to("probe.illegal_event")
KILLER = Route.to("probe.killer_event")
LINGER_THEN_KILL = Route.to("probe.linger_then_kill_event")

# Tables the probes write; a test creates them in its database.
PROBE_SCHEMA = """
CREATE TABLE probe_runs (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id   bigint NOT NULL,
    actor_name text NOT NULL,
    pid        integer NOT NULL,
    started_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE TABLE probe_switch (fixed boolean NOT NULL);
INSERT INTO probe_switch VALUES (false);
CREATE TABLE probe_identity (
    event_id     bigint NOT NULL,
    role         text NOT NULL,
    users_seen   uuid[] NOT NULL,
    events_seen  integer NOT NULL
);
"""


def _record_run(event: Event, actor_name: str) -> int:
    """Record this attempt; return how many attempts this event has had on this actor."""
    with db.transaction(actor=actor_name) as conn:
        conn.execute(
            "INSERT INTO probe_runs (event_id, actor_name, pid) VALUES (%s, %s, %s)",
            (event.id, actor_name, os.getpid()),
        )
        row = conn.execute(
            "SELECT count(*) AS n FROM probe_runs WHERE event_id = %s AND actor_name = %s",
            (event.id, actor_name),
        ).fetchone()
    return row["n"]


@stage_actor(RECORD.actor_name)
def record_event(event: Event) -> None:
    """Succeeds at once."""
    _record_run(event, RECORD.actor_name)


@stage_actor(FLAKY.actor_name)
def flaky_event(event: Event) -> None:
    """Fails twice, then succeeds."""
    attempt = _record_run(event, FLAKY.actor_name)
    if attempt < 3:
        raise TransientError(f"attempt {attempt} failed on purpose")


@stage_actor(KILLER.actor_name)
def killer_event(event: Event) -> None:
    """Kills its own worker process, as a stuck C call ends when the OOM killer or ``up`` comes."""
    _record_run(event, KILLER.actor_name)
    os.kill(os.getpid(), signal.SIGKILL)


@stage_actor(LINGER_THEN_KILL.actor_name)
def linger_then_kill_event(event: Event) -> None:
    """Its first run lasts until a test flips probe_switch.fixed (a slow copy in a live worker);
    its second kills its worker; any later run succeeds."""
    run = _record_run(event, LINGER_THEN_KILL.actor_name)
    if run == 2:
        os.kill(os.getpid(), signal.SIGKILL)
    while run == 1:
        with db.pool().connection() as conn:
            if conn.execute("SELECT fixed FROM probe_switch").fetchone()["fixed"]:
                return
        time.sleep(0.1)


@stage_actor(BROKEN.actor_name)
def broken_event(event: Event) -> None:
    """Fails until a test flips probe_switch.fixed."""
    _record_run(event, BROKEN.actor_name)
    with db.pool().connection() as conn:
        fixed = conn.execute("SELECT fixed FROM probe_switch").fetchone()["fixed"]
    if not fixed:
        raise TransientError("the probe is broken on purpose")


@stage_actor(WHOAMI.actor_name)
def whoami_event(event: Event) -> None:
    """Records which role its transaction ran as and which users' rows it could see."""
    with db.transaction(actor=WHOAMI.actor_name) as conn:
        conn.execute(
            """INSERT INTO probe_identity (event_id, role, users_seen, events_seen)
               SELECT %s, current_user, (SELECT coalesce(array_agg(id), '{}') FROM users),
                      (SELECT count(*) FROM events)""",
            (event.id,),
        )


@stage_actor(ILLEGAL.actor_name)
def illegal_event(event: Event) -> None:
    """Moves its extracted schedule straight to 'modified', which the state machine refuses."""
    _record_run(event, ILLEGAL.actor_name)
    with db.transaction(actor=ILLEGAL.actor_name) as conn:
        conn.execute(
            "UPDATE schedule_data SET status = 'modified' WHERE id = %s", (event.schedule_id,)
        )
