"""All database calls of the calendar stage."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from pipeline import db
from pipeline.calendar.logic import EventContent
from pipeline.calendar.providers import Written
from pipeline.db.sqlfile import load_queries
from pipeline.errors import TransientError

QUERIES = load_queries(Path(__file__).with_name("queries.sql"))


class CalendarBusy(TransientError):
    """Another worker holds the schedule's calendar lock for too long; try again later."""


# Each thread's lock connection, kept from one sync to the next: opening one for every sync
# started a PostgreSQL server process for every sheet.
_lock_conns = threading.local()


@contextmanager
def schedule_lock(
    schedule_id: uuid.UUID, lock_timeout_s: float = 60.0
) -> Iterator[psycopg.Connection]:
    """Hold the schedule's calendar lock (two messages for one day never write at once).

    Yields the lock's own autocommit connection (fit for
    ``pipeline.outside.google.load_credentials``).
    """
    conn = _locked(schedule_id, str(int(lock_timeout_s * 1000)))
    try:
        yield conn
    finally:
        try:
            conn.execute(QUERIES["calendar_events_unlock_schedule"], {"schedule_id": schedule_id})
        except psycopg.Error:
            _drop_lock_connection()  # the server frees a lost session's locks


def _locked(schedule_id: uuid.UUID, timeout_ms: str) -> psycopg.Connection:
    # A kept connection the server has closed since (a restart, an idle timeout) fails on its
    # first statement: it is opened again, once.
    for reused in (True, False):
        try:
            conn = _lock_connection(timeout_ms, reuse=reused)
            conn.execute(QUERIES["calendar_events_lock_schedule"], {"schedule_id": schedule_id})
            return conn
        except psycopg.errors.LockNotAvailable as exc:
            raise CalendarBusy(f"schedule {schedule_id} is being synced elsewhere") from exc
        except psycopg.OperationalError:
            _drop_lock_connection()
            if not reused:
                raise
    raise AssertionError("unreachable")


def _lock_connection(timeout_ms: str, *, reuse: bool) -> psycopg.Connection:
    """This thread's lock connection (its own, outside the pool: the pool stays free for the
    sync's transactions), with the lock timeout set."""
    url = db.database_url()
    conn = getattr(_lock_conns, "conn", None)
    if conn is not None and (not reuse or conn.broken or conn.closed or _lock_conns.url != url):
        _drop_lock_connection()
        conn = None
    if conn is None:
        conn = db.connect(autocommit=True)
        _lock_conns.conn, _lock_conns.url, _lock_conns.timeout_ms = conn, url, None
    if _lock_conns.timeout_ms != timeout_ms:
        # A holder that never lets go (a wedged process) costs a retry, not a stuck worker.
        conn.execute(QUERIES["calendar_set_lock_timeout"], {"ms": timeout_ms})
        _lock_conns.timeout_ms = timeout_ms
    return conn


def _drop_lock_connection() -> None:
    conn = getattr(_lock_conns, "conn", None)
    _lock_conns.conn = None
    if conn is not None:
        conn.close()


def load_inputs(conn: psycopg.Connection, schedule_id: uuid.UUID) -> dict[str, Any]:
    """The schedule (with language and Google grant), its route plan, weather and event."""
    params = {"schedule_id": schedule_id}
    names = {"schedule": "calendar_schedule_get", "route": "calendar_route_plan_get",
             "weather": "calendar_weather_get", "row": "calendar_events_get"}  # fmt: skip
    with conn.pipeline():  # four reads, one round trip
        cursors = {key: conn.execute(QUERIES[name], params) for key, name in names.items()}
    return {key: cursor.fetchone() for key, cursor in cursors.items()}


def get_event(conn: psycopg.Connection, schedule_id: uuid.UUID) -> dict[str, Any] | None:
    return conn.execute(QUERIES["calendar_events_get"], {"schedule_id": schedule_id}).fetchone()


def record_pending(
    conn: psycopg.Connection, schedule: dict[str, Any], provider: str, content: EventContent
) -> dict[str, Any]:
    """Upsert the event as pending for the schedule's version; returns the row."""
    return conn.execute(
        QUERIES["calendar_events_upsert_pending"],
        {
            "user_id": schedule["user_id"],
            "schedule_id": schedule["id"],
            "schedule_version": schedule["version"],
            "provider": provider,
            "calendar_event_id": content.event_id,
            "title": content.title,
            "start_time": content.start,
            "end_time": content.end,
            "description": content.description,
            "location": content.location,
            "reminders": Jsonb(content.reminders_json()),
        },
    ).fetchone()


def record_synced(
    conn: psycopg.Connection, row_id: uuid.UUID, written: Written, content_hash: str, sequence: int
) -> None:
    conn.execute(
        QUERIES["calendar_events_mark_synced"],
        {
            "id": row_id,
            "etag": written.etag,
            "remote_updated": written.remote_updated,
            "content_hash": content_hash,
            "sequence": sequence,
        },
    )


def record_failed(
    conn: psycopg.Connection,
    row_id: uuid.UUID,
    sync_status: str,
    error: str,
    content_hash: str | None = None,
) -> None:
    conn.execute(
        QUERIES["calendar_events_mark_failed"],
        {
            "id": row_id,
            "sync_status": sync_status,
            "last_error": error[:2000],
            "content_hash": content_hash,
        },
    )


def record_cancelled(
    conn: psycopg.Connection, row_id: uuid.UUID, sequence: int, remote_updated: str | None
) -> None:
    conn.execute(
        QUERIES["calendar_events_mark_cancelled"],
        {"id": row_id, "sequence": sequence, "remote_updated": remote_updated},
    )
