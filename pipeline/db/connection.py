"""Database access: the URL, connections, a per-process pool, and transactions with an actor."""

from __future__ import annotations

import contextvars
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import psycopg
from psycopg import pq
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from psycopg.rows import dict_row

from pipeline.db.embedded import ServiceUrls, resolve_database_url, resolve_redis_url
from pipeline.db.sqlfile import load_queries
from pipeline.locations import locations

if TYPE_CHECKING:
    from psycopg_pool import ConnectionPool

QUERIES = load_queries(Path(__file__).with_name("queries.sql"))

_lock = threading.RLock()
_urls: ServiceUrls | None = None
_owner_url: str | None = None  # the database's, resolved alone (no Redis started for it)
_pool: ConnectionPool | None = None
T = TypeVar("T")

# The login role of the stage workers (db/0019): not the owner, and unable to become it.
WORKER_ROLE = "stillontime_worker"
# Each service's login (db/0019, db/0027), none of them the owner nor able to become it. Only
# `db migrate` (and the start-up migration, on a connection of its own) logs in as the owner.
LOGIN_ROLES = {
    "worker": WORKER_ROLE,
    "dispatcher": "stillontime_dispatcher",
    "scheduler": "stillontime_scheduler",
    "poller": "stillontime_poller",
    "admin": "stillontime_admin",
}
# Which login this process uses: one of LOGIN_ROLES, set by the command that starts it
# (`stillontime worker` sets "worker", the command line "admin"), or "owner". Unset (library
# use, tests) means the owner. STILLONTIME_<LOGIN>_DATABASE_URL, if set, is used as it is;
# otherwise the owner's URL with the login's role for the user and
# STILLONTIME_<LOGIN>_DATABASE_PASSWORD (if any).
LOGIN_ENV = "STILLONTIME_DATABASE_LOGIN"
OWNER_LOGIN = "owner"


@dataclass(frozen=True)
class Binding:
    """The user a stage actor works for, and the dispatcher's token for the event it was sent."""

    user_id: object
    event_id: int | None = None
    token: str | None = None


# The user a stage actor is working for (set from its event): every transaction it opens works
# as stillontime_app for that user only, without each stage having to say so.
working_for: contextvars.ContextVar[Binding | None] = contextvars.ContextVar(
    "stillontime_working_for", default=None
)


def service_urls() -> ServiceUrls:
    """The database and Redis URLs of this process (embedded servers started if needed)."""
    global _urls
    with _lock:
        if _urls is None:
            where = locations()
            _urls = ServiceUrls(
                owner_url(),
                resolve_redis_url(where),
                where.database_url is None,
                where.redis_url is None,
            )
        return _urls


def owner_url() -> str:
    """The database's URL as its owner (the embedded PostgreSQL started if it is the default).

    Unlike ``service_urls``, it never starts the embedded Redis: a command that only reads or
    writes the database leaves no broker running behind it.
    """
    global _owner_url
    with _lock:
        if _urls is not None:
            return _urls.database_url
        if _owner_url is None:
            _owner_url = resolve_database_url()
        return _owner_url


def database_url() -> str:
    """The URL this process logs in with: its service's login (LOGIN_ENV), else the owner's."""
    url = owner_url()
    login = os.environ.get(LOGIN_ENV) or OWNER_LOGIN
    return url if login == OWNER_LOGIN else login_url(url, login)


def use_login(login: str) -> None:
    """This process (and its children) log in as ``login`` from now on, unless the operator
    asked for the owner (LOGIN_ENV=owner, the way back for a server that refuses the logins)."""
    if login not in LOGIN_ROLES:
        raise ValueError(f"unknown database login {login!r}; one of {', '.join(LOGIN_ROLES)}")
    if os.environ.get(LOGIN_ENV) != OWNER_LOGIN:
        os.environ[LOGIN_ENV] = login
        close_pool()  # a pool opened before logs in as the one before


def login_url(owner_url: str, login: str) -> str:
    """A service's URL: the owner's server and database, logged in as the service's role."""
    if login not in LOGIN_ROLES:
        raise ValueError(f"unknown database login {login!r}; one of {', '.join(LOGIN_ROLES)}")
    prefix = f"STILLONTIME_{login.upper()}_DATABASE"
    explicit = os.environ.get(f"{prefix}_URL")
    if explicit:
        return explicit
    params = conninfo_to_dict(owner_url)
    params["user"] = LOGIN_ROLES[login]
    params.pop("password", None)
    password = os.environ.get(f"{prefix}_PASSWORD")
    if password:
        params["password"] = password
    return make_conninfo(**params)


def worker_url(owner_url: str) -> str:
    """The stage workers' URL: the owner's server and database, logged in as WORKER_ROLE."""
    return login_url(owner_url, "worker")


def connect(
    *, autocommit: bool = False, url: str | None = None, application_name: str | None = None
) -> psycopg.Connection:
    """A new connection outside the pool (for LISTEN, migrations and long-lived loops); an
    ``application_name`` tells it apart in pg_stat_activity."""
    named = {"application_name": application_name} if application_name else {}
    return psycopg.connect(
        url or database_url(), autocommit=autocommit, row_factory=dict_row, **named
    )


def pool() -> ConnectionPool:
    """The process's connection pool, opened on first use (after any fork)."""
    global _pool
    with _lock:
        if _pool is None:
            from psycopg_pool import ConnectionPool  # not for a command on one connection

            _pool = ConnectionPool(
                database_url(),
                min_size=1,
                max_size=8,
                # Every statement prepared at its first use on a connection, not its fifth: a
                # worker's pooled connections each counted to five on their own, so a run's
                # first few thousand statements were parsed and planned anew each time.
                kwargs={"row_factory": dict_row, "prepare_threshold": 0},
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
    global _urls, _owner_url
    close_pool()
    with _lock:
        _urls, _owner_url = urls, None


@contextmanager
def transaction(
    actor: str | None = None,
    *,
    user_id: object | None = None,
    flush: bool = True,
    flushed_by_delivery_end: bool = False,
) -> Iterator[psycopg.Connection]:
    """A pooled connection inside one transaction, its changes audited as ``actor``.

    With ``user_id`` (by default the user a stage actor is ``working_for``), the transaction
    works as ``stillontime_app`` for that user only: row-level security (db/0012) hides and
    refuses every other user's rows. ``flush=False`` commits without waiting for the WAL to
    reach the disk (synchronous_commit off): visible at once, and lost only if the server
    itself crashes within a fraction of a second; only for records whose loss is harmless.

    ``flushed_by_delivery_end``: as ``flush=False`` when the transaction runs in a delivery (a
    stage actor working for the event of a message the dispatcher sent, with its token), else
    flushed as usual. The delivery's end (runtime/deliveries.py, ``delivery_end``) is a flushed
    commit made after the actor returns and before its message is acked; WAL is written and
    flushed in order, so that flush makes the actor's commits durable too. A server crash
    before it loses them together with the end: the delivery stays open and the stale-delivery
    sweep sends it again, as after a worker killed mid-actor (actors are idempotent). Only for
    an actor whose work before its end has no effect outside the database: the calendar's and
    the sender's transactions, which record what they are about to do outside, keep flushing.
    """
    binding = working_for.get()
    if user_id is not None and (binding is None or str(binding.user_id) != str(user_id)):
        binding = Binding(user_id)  # no token: only the owner's sessions may bind it
    if flushed_by_delivery_end and in_delivery(binding):
        flush = False
    with pool().connection() as conn, _opened(conn, actor, flush, binding):
        yield conn


def in_delivery(binding: Binding | None) -> bool:
    """Whether ``binding`` is a stage actor's for an event the dispatcher sent (its message
    carries the event's token, and the delivery's end follows the actor)."""
    return binding is not None and binding.event_id is not None and binding.token is not None


# Working for a user: the audit actor and synchronous_commit if asked, the application role and
# a search path with temporary tables last (one left in a pooled session cannot shadow a table,
# db/0019), all LOCAL to the transaction, as ``SET LOCAL`` would set them; then bind_user, which
# only stillontime_app may call. One statement (db/0036 work_for_user), not two.
_WORK_FOR = "SELECT public.work_for_user(%s, %s, %s, %s, %s)"


def _set_up(
    conn: psycopg.Connection, actor: str | None, flush: bool, binding: Binding | None
) -> None:
    """The transaction's settings, and the user's binding if any, in one statement."""
    if binding is not None and binding.user_id is not None:
        user, event, token = str(binding.user_id), binding.event_id, binding.token
        conn.execute(_WORK_FOR, (user, event, token, actor or None, flush))
        return
    settings: list[str] = []
    params: list[object] = []
    if actor or not flush:
        settings.append("set_config('stillontime.actor', coalesce(%s, ''), true)")
        params.append(actor)
    if not flush:
        settings.append("set_config('synchronous_commit', 'off', true)")
    if settings:
        conn.execute("SELECT " + ", ".join(settings), params)


@contextmanager
def _opened(
    conn: psycopg.Connection, actor: str | None, flush: bool, binding: Binding | None
) -> Iterator[None]:
    """A transaction on ``conn`` whose BEGIN and set-up statements (``_set_up``) go to the
    server in one round trip, not one each; the block then runs outside pipeline mode (its
    statements answer at once, ``rowcount`` included). An error of the set-up (a refused
    binding) rolls back and is raised before the block runs."""
    with _begin(conn, lambda c: _set_up(c, actor, flush, binding)):
        yield


@contextmanager
def begun(conn: psycopg.Connection, first: Callable[[psycopg.Connection], T]) -> Iterator[T]:
    """A transaction on ``conn`` whose BEGIN goes to the server together with the statements
    ``first`` issues (pipeline mode: one round trip for all, not one each); yields what
    ``first`` returned (its cursors' results are in). The rest of the block runs as usual, and
    the exit commits (or rolls back) as ``conn.transaction()`` does."""
    with _begin(conn, first) as result:
        yield result


@contextmanager
def _begin(conn: psycopg.Connection, first: Callable[[psycopg.Connection], T]) -> Iterator[T]:
    # psycopg's own Transaction, not ``conn.transaction()``: entered in pipeline mode, that
    # sends its BEGIN alone (one round trip more) and keeps the connection in pipeline mode
    # until the transaction ends.
    tx = psycopg.Transaction(conn)
    entered = False
    try:
        with conn.pipeline() as pipeline:
            tx.__enter__()
            entered = True
            _send_queued(conn, pipeline)
            result = first(conn)
    except BaseException as exc:
        if entered:  # roll back (psycopg skips that on a connection already lost)
            tx.__exit__(type(exc), exc, exc.__traceback__)
        raise
    try:
        yield result
    except BaseException as exc:
        if not tx.__exit__(type(exc), exc, exc.__traceback__):
            raise
    else:
        tx.__exit__(None, None, None)


def _send_queued(conn: psycopg.Connection, pipeline: psycopg.Pipeline) -> None:
    """Hand the statements psycopg queued in pipeline mode (a transaction's BEGIN) to the
    server without a Sync and without waiting for their results. Once the BEGIN is on its way,
    psycopg sees a transaction under way and does not send a BEGIN of its own, with a Sync and
    a wait, before the next statement; the BEGIN's result comes with the next Sync's."""
    communicate = getattr(pipeline, "_communicate_gen", None)  # not public in psycopg 3.3
    if communicate is None:
        pipeline.sync()  # one round trip more, same outcome
    else:
        with conn.lock:  # as psycopg's own pipeline calls do
            conn.wait(communicate())


@contextmanager
def pipelined(*, actor: str | None = None, flush: bool = True) -> Iterator[psycopg.Connection]:
    """A pooled connection in one transaction sent in pipeline mode, for a few statements whose
    results are read after the block: BEGIN, the statements and COMMIT go to the server
    together and the caller waits once for all of them (the errors too come at the exit).
    Audited as ``actor``; ``flush=False`` as in ``transaction``. Works as the owner's session
    (no user bound)."""
    with _pipelined(actor, flush, None) as (conn, _):
        yield conn


@contextmanager
def read_then_write(
    first: Callable[[psycopg.Connection], T], *, actor: str | None = None, flush: bool = True
) -> Iterator[tuple[psycopg.Connection, T]]:
    """``pipelined`` in two round trips: BEGIN, the set-up and the statements ``first``
    issues go to the server together, and the block starts with their results in (``first``'s
    return, its cursors read); the block's statements and COMMIT go together at its exit, and
    their errors come there (the transaction then rolled back). For a transaction that reads,
    decides, and writes without reading again. Works for the user of ``working_for``, if
    any, as ``transaction`` does."""
    with _pipelined(actor, flush, working_for.get()) as (conn, pipeline):
        result = first(conn)
        pipeline.sync()
        yield conn, result


@contextmanager
def _pipelined(
    actor: str | None, flush: bool, binding: Binding | None
) -> Iterator[tuple[psycopg.Connection, psycopg.Pipeline]]:
    # Not ``conn.transaction()``, which in pipeline mode waits for its BEGIN alone. An error
    # comes at the pipeline's Sync, after the COMMIT, which the server then skips: the
    # transaction is rolled back here.
    with pool().connection() as conn:
        try:
            with conn.pipeline() as pipeline, psycopg.Transaction(conn):
                _send_queued(conn, pipeline)
                _set_up(conn, actor, flush, binding)
                yield conn, pipeline
        except BaseException:
            if conn.info.transaction_status == pq.TransactionStatus.INERROR:
                conn.rollback()
            raise


@contextmanager
def autocommitted() -> Iterator[psycopg.Connection]:
    """A pooled connection in autocommit: each statement is its own transaction, sent in one
    round trip (no BEGIN, no COMMIT), for a statement that does all of a transaction's work.
    The connection goes back to the pool as it came (autocommit off), or closed."""
    with pool().connection() as conn:
        conn.autocommit = True
        try:
            yield conn
        finally:
            try:
                conn.autocommit = False
            except psycopg.Error:
                conn.close()  # lost mid-statement: the pool replaces it


def act_for_user(
    conn: psycopg.Connection,
    user_id: object,
    *,
    event_id: int | None = None,
    token: str | None = None,
) -> None:
    """Within the current transaction, become the application role working for ``user_id``.

    The database binds the user for the rest of the transaction (bind_user, db/0019): a later
    statement cannot change it. A worker's login must show the event's token from the
    dispatcher; the owner's sessions need none.
    """
    conn.execute(_WORK_FOR, (str(user_id), event_id, token, None, True))


@contextmanager
def bound(conn: psycopg.Connection) -> Iterator[psycopg.Connection]:
    """A transaction on ``conn`` (a connection of its own) working for the actor's user."""
    with _opened(conn, None, True, working_for.get()):
        yield conn


@contextmanager
def working_for_user(
    user_id: object | None, *, event_id: int | None = None, token: str | None = None
) -> Iterator[None]:
    """Within the block, ``transaction()`` works for ``user_id`` (None: as the owner)."""
    reset = working_for.set(None if user_id is None else Binding(user_id, event_id, token))
    try:
        yield
    finally:
        working_for.reset(reset)
