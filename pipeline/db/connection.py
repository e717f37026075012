"""Database access: the URL, connections, a per-process pool, and transactions with an actor."""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from pipeline.db.embedded import ServiceUrls, resolve_urls
from pipeline.db.sqlfile import load_queries

QUERIES = load_queries(Path(__file__).with_name("queries.sql"))

_lock = threading.RLock()
_urls: ServiceUrls | None = None
_pool: ConnectionPool | None = None

# The user a stage actor is working for (set from its event): every transaction it opens works
# as stillontime_app for that user only, without each stage having to say so.
working_for: contextvars.ContextVar[object | None] = contextvars.ContextVar(
    "stillontime_working_for", default=None
)


def service_urls() -> ServiceUrls:
    """The database and Redis URLs of this process (embedded servers started if needed)."""
    global _urls
    with _lock:
        if _urls is None:
            _urls = resolve_urls()
        return _urls


def database_url() -> str:
    """The URL of the pipeline's database."""
    return service_urls().database_url


def connect(*, autocommit: bool = False, url: str | None = None) -> psycopg.Connection:
    """A new connection outside the pool (for LISTEN, migrations and long-lived loops)."""
    return psycopg.connect(url or database_url(), autocommit=autocommit, row_factory=dict_row)


def pool() -> ConnectionPool:
    """The process's connection pool, opened on first use (after any fork)."""
    global _pool
    with _lock:
        if _pool is None:
            _pool = ConnectionPool(
                database_url(),
                min_size=1,
                max_size=8,
                kwargs={"row_factory": dict_row},
                open=True,
                name="stillontime",
            )
        return _pool


def close_pool() -> None:
    """Close the pool (tests and shutdown)."""
    global _pool
    with _lock:
        if _pool is not None:
            _pool.close()
            _pool = None


def use_urls(urls: ServiceUrls | None) -> None:
    """Point this process at ``urls`` (None: resolve again), closing the old pool."""
    global _urls
    close_pool()
    with _lock:
        _urls = urls


@contextmanager
def transaction(
    actor: str | None = None, *, user_id: object | None = None
) -> Iterator[psycopg.Connection]:
    """A pooled connection inside one transaction, its changes audited as ``actor``.

    With ``user_id`` (by default the user a stage actor is ``working_for``), the transaction
    works as ``stillontime_app`` for that user only: row-level security (db/0012) hides and
    refuses every other user's rows.
    """
    if user_id is None:
        user_id = working_for.get()
    with pool().connection() as conn, conn.transaction():
        if actor:
            conn.execute("SELECT set_config('stillontime.actor', %s, true)", (actor,))
        if user_id is not None:
            act_for_user(conn, user_id)
        yield conn


def act_for_user(conn: psycopg.Connection, user_id: object) -> None:
    """Within the current transaction, become the application role working for ``user_id``."""
    conn.execute("SET LOCAL ROLE stillontime_app")
    conn.execute("SELECT set_config('stillontime.user_id', %s, true)", (str(user_id),))


@contextmanager
def working_for_user(user_id: object | None) -> Iterator[None]:
    """Within the block, ``transaction()`` works for ``user_id`` (None: as the owner)."""
    token = working_for.set(user_id)
    try:
        yield
    finally:
        working_for.reset(token)
