"""Support of the role tests: a connection logged in as the stage workers' role, event tokens."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg

from pipeline import db
from pipeline.db.connection import worker_url


def worker_connection(database: str) -> Iterator[psycopg.Connection]:
    """The test database, logged in as the workers are (stillontime_worker), autocommit."""
    with db.connect(url=worker_url(database), autocommit=True) as connection:
        yield connection


def event_of(conn: psycopg.Connection, user_id: object) -> int:
    """One of the user's outbox events."""
    return conn.execute(
        "SELECT id FROM events WHERE user_id = %s ORDER BY id LIMIT 1", (user_id,)
    ).fetchone()["id"]


def token_of(conn: psycopg.Connection, event_id: int) -> str:
    """The dispatcher's token for an event (read as the owner)."""
    return conn.execute("SELECT event_token(%s) AS t", (event_id,)).fetchone()["t"]
