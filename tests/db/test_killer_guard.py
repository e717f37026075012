"""The killer guard (db/0020, db/0026) counts the open starts of a delivery whose worker process
is lost, not those of live workers still running a copy."""

from __future__ import annotations

import pytest

from pipeline.runtime.deliveries import KILLED_WORKERS, MAX_UNFINISHED_STARTS
from pipeline.runtime.instances import ServiceInstance
from tests.security.worker_login import event_of, token_of, worker_connection
from tests.support import rows
from tests.support.waiting import wait_for

ACTOR = "probe.guarded"


@pytest.fixture
def worker_conn(database):
    yield from worker_connection(database)


@pytest.fixture
def event(conn) -> int:
    return event_of(conn, rows.add_schedule_chain(conn)["user_id"])


@pytest.fixture
def processes(database):
    """Worker process rows, each beating on a session of its own as the worker login does."""
    from pipeline.db.connection import worker_url

    made: list[ServiceInstance] = []

    def start() -> ServiceInstance:
        made.append(ServiceInstance("worker", url=worker_url(database), beat_s=60).start())
        return made[-1]

    yield start
    for instance in made:
        if instance._conn is not None:
            instance._conn.close()


def kill(conn, instance: ServiceInstance) -> None:
    """The process dies: its session goes (the beat row stays as it was)."""
    pid = instance._conn.info.backend_pid
    instance._conn.close()
    gone = "SELECT NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid = %s) AS gone"
    wait_for(lambda: conn.execute(gone, (pid,)).fetchone()["gone"], what="the session gone")


def start(worker_conn, conn, event: int, instance: ServiceInstance | None) -> int:
    return worker_conn.execute(
        "SELECT delivery_started(%s, %s, 'probe', gen_random_uuid(), %s, %s, %s, %s) AS n",
        (event, ACTOR, token_of(conn, event), MAX_UNFINISHED_STARTS, KILLED_WORKERS,
         instance.id if instance else None),
    ).fetchone()["n"]  # fmt: skip


def status(conn, event: int) -> str:
    return conn.execute(
        "SELECT status FROM event_deliveries WHERE event_id = %s AND actor_name = %s",
        (event, ACTOR),
    ).fetchone()["status"]


def test_open_starts_of_live_workers_do_not_count(conn, worker_conn, event, processes) -> None:
    # A copy runs in one live worker, the sweep's copy in another, a third starts
    first, second, third = processes(), processes(), processes()
    assert [start(worker_conn, conn, event, p) for p in (first, second, third)] == [0, 0, 0]
    assert status(conn, event) == "enqueued"


def test_a_kill_beside_a_live_copy_counts_once(conn, worker_conn, event, processes) -> None:
    live, killed, next_one = processes(), processes(), processes()
    start(worker_conn, conn, event, live)
    start(worker_conn, conn, event, killed)
    kill(conn, killed)
    assert start(worker_conn, conn, event, next_one) == 1
    assert status(conn, event) == "enqueued"


def test_two_lost_workers_dead_letter_the_next_start(conn, worker_conn, event, processes) -> None:
    first, second, third = processes(), processes(), processes()
    start(worker_conn, conn, event, first)
    kill(conn, first)
    start(worker_conn, conn, event, second)
    kill(conn, second)
    assert start(worker_conn, conn, event, third) == 2
    row = conn.execute(
        "SELECT status, last_error FROM event_deliveries WHERE event_id = %s", (event,)
    ).fetchone()
    assert row["status"] == "dead" and row["last_error"] == KILLED_WORKERS


def test_a_process_that_stopped_beating_or_said_nothing_counts(
    conn, worker_conn, event, processes
) -> None:
    # A hung process keeps its session but misses its beats; a start without a process is
    # counted as before (db/0020)
    hung, after = processes(), processes()
    start(worker_conn, conn, event, hung)
    conn.execute(
        "UPDATE service_instances SET started_at = now() - interval '10 minutes', "
        "last_seen_at = now() - interval '5 minutes' WHERE id = %s",
        (hung.id,),
    )
    start(worker_conn, conn, event, None)
    assert start(worker_conn, conn, event, after) == 2


def test_an_end_clears_the_starts(conn, worker_conn, event, processes) -> None:
    first, second = processes(), processes()
    start(worker_conn, conn, event, first)
    kill(conn, first)
    worker_conn.execute(
        "SELECT delivery_finished(%s, %s, 'probe', gen_random_uuid(), %s, 'retrying', 'e')",
        (event, ACTOR, token_of(conn, event)),
    )
    assert start(worker_conn, conn, event, second) == 0
