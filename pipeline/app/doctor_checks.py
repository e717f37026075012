"""The checks of ``stillontime doctor``: the core's, then those each stage declares.

The doctor looks and starts nothing: on the embedded default it checks the servers where
``STILLONTIME_HOME`` keeps them, and a stopped one is a failing line (with the command that
starts it), not a server started behind the person's back. It migrates nothing either. What it
does change is what the pipeline itself would: a Google grant is refreshed at the token
endpoint (the new token stored, a refused grant marked), and ``--send-test`` sends a message.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from datetime import datetime
from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict
from psycopg.rows import dict_row

from pipeline.db.embedded import ServiceUrls, configured_urls
from pipeline.runtime.checks import CheckContext, Finding
from pipeline.runtime.stage import Stage, resolve
from pipeline.settings import get_settings
from pipeline.text import one_line

# Runs every service this install needs on one machine; each alone is `stillontime <kind>`.
UP = "stillontime up"


def run_checks(registered: tuple[Stage, ...], *, send_test: bool = False) -> Iterator[Finding]:
    """Every finding, in the order a person mends them: servers first, services last. A check
    that needs the database is skipped, with the reason, while it is unreachable or behind
    ``db/`` (its tables may not be there yet)."""
    settings = get_settings()
    urls = configured_urls(settings)
    with ExitStack() as stack:
        finding, conn = database(urls)
        yield finding
        if conn is not None:
            stack.enter_context(conn)
        yield redis_server(urls)
        why = "the database is not reachable"
        if conn is not None:
            finding = migrations(conn)
            yield finding
            why = "the database's schema is not up to date"
        ready = conn if conn is not None and finding.status == "ok" else None
        if conn is None:
            yield _skipped("migrations", why)
        context = CheckContext(ready, settings.home, send_test)
        checks: list[tuple[str, bool, Callable[[], Iterable[Finding]]]] = [
            ("google", True, lambda: google_grants(context.conn)),
            *(
                (check.name, check.needs_database, _bound(check.run, context))
                for stage in registered
                for check in stage.checks
            ),
            ("services", True, lambda: services(context.conn, _stage_services(registered))),
        ]
        for name, needs_database, run in checks:
            if needs_database and ready is None:
                yield _skipped(name, why)
                continue
            try:
                yield from run()
            except Exception as exc:  # one broken check must not hide the others' lines
                detail = f"the check itself failed: {type(exc).__name__}: {_first_line(exc)}"
                yield Finding(name, "fail", detail, "mend what the lines above name, then again")


def _bound(path: str, context: CheckContext) -> Callable[[], Iterable[Finding]]:
    return lambda: resolve(path)(context)


def _stage_services(registered: tuple[Stage, ...]) -> list[str]:
    return [service.name for stage in registered for service in stage.services]


def _skipped(check: str, why: str) -> Finding:
    return Finding(check, "skip", f"not checked: {why}")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return one_line(text[0] if text else type(exc).__name__)


def where_database(url: str) -> str:
    """The database's address without its password."""
    params = conninfo_to_dict(url)
    host = params.get("host") or "localhost"
    port = f":{params['port']}" if params.get("port") else ""
    user = f"{params['user']}@" if params.get("user") else ""
    return f"{user}{host}{port}/{params.get('dbname', '')}"


def database(urls: ServiceUrls) -> tuple[Finding, psycopg.Connection | None]:
    """Reachable, as the owner; the open connection the other checks use."""
    where = where_database(urls.database_url)
    try:
        conn = psycopg.connect(
            urls.database_url,
            autocommit=True,
            row_factory=dict_row,
            connect_timeout=5,
            application_name="stillontime-doctor",
        )
    except psycopg.Error as exc:
        if urls.embedded_database:
            what, fix = "the embedded PostgreSQL is not running", "stillontime services start"
        else:
            what = "DATABASE_URL does not answer"
            fix = "start the PostgreSQL server of DATABASE_URL, or correct DATABASE_URL"
        return Finding("database", "fail", f"{what} ({where}): {_first_line(exc)}", fix), None
    version = conn.info.server_version
    kind = "embedded " if urls.embedded_database else ""
    detail = f"{kind}PostgreSQL {version // 10000}.{version % 10000} at {where}"
    return Finding("database", "ok", detail), conn


def where_redis(url: str) -> str:
    """Redis's address without its password."""
    import urllib.parse

    parts = urllib.parse.urlsplit(url)
    if parts.scheme == "unix":
        return f"unix://{parts.path}"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname or ''}{port}{parts.path}"


def redis_server(urls: ServiceUrls) -> Finding:
    """Answers a PING (the embedded one is looked for, never started)."""
    import redis

    where = where_redis(urls.redis_url)
    client = redis.Redis.from_url(urls.redis_url, socket_connect_timeout=3, socket_timeout=3)
    try:
        version = client.info("server").get("redis_version", "?")
    except (redis.RedisError, OSError) as exc:
        if urls.embedded_redis:
            what, fix = "the embedded Redis is not running", "stillontime services start"
        else:
            what = "REDIS_URL does not answer"
            fix = "start the Redis server of REDIS_URL, or correct REDIS_URL"
        return Finding("redis", "fail", f"{what} ({where}): {_first_line(exc)}", fix)
    finally:
        client.close()
    kind = "embedded " if urls.embedded_redis else ""
    return Finding("redis", "ok", f"{kind}Redis {version} at {where}")


def migrations(conn: psycopg.Connection) -> Finding:
    """``db/`` against the applied record: nothing pending, nothing changed since applied."""
    from pipeline.db.migrate import drift, load_migrations

    found = drift(conn)
    if found.changed:
        names = ", ".join(found.changed)
        fix = "restore those files as they were applied (migrations are append-only)"
        return Finding("migrations", "fail", f"changed after they were applied: {names}", fix)
    if found.pending:
        names = ", ".join(found.pending)
        detail = f"{len(found.pending)} not applied: {names}"
        return Finding("migrations", "fail", detail, "stillontime db migrate")
    if found.unknown:
        names = ", ".join(found.unknown)
        fix = "install the version of StillOnTime that wrote them"
        return Finding("migrations", "fail", f"applied, but this install has no file: {names}", fix)
    return Finding("migrations", "ok", f"all {len(load_migrations())} applied")


def google_grants(conn: psycopg.Connection) -> Iterator[Finding]:
    """Each user's grant: decryptable, active, refreshed now at the token endpoint, and holding
    every scope the pipeline uses (as the token endpoint reports them, else as stored)."""
    from pipeline.accounts import list_users

    users = list_users(conn)
    if not users:
        fix = "stillontime users add EMAIL --home ADDRESS --timezone ZONE"
        yield Finding("users", "warn", "no users yet", fix)
        return
    for user in users:
        yield google_grant(conn, user)


def google_grant(conn: psycopg.Connection, user: dict[str, Any]) -> Finding:
    from pipeline.accounts import load_grant
    from pipeline.outside import google
    from pipeline.outside.scopes import SCOPES
    from pipeline.secrets import SecretError

    check = f"google {user['email']}"
    again = f"stillontime auth google --user {user['email']}"
    if user["google_status"] is None:
        detail = "no Google grant: Gmail is not read (local files only: `stillontime ingest`)"
        return Finding(check, "warn", detail, again)
    try:
        grant = load_grant(conn, user["id"])
    except SecretError as exc:
        detail = f"the stored grant cannot be decrypted: {_first_line(exc)}"
        fix = f"set STILLONTIME_SECRET_KEY to the key it was stored with, or {again}"
        return Finding(check, "fail", detail, fix)
    if grant is None or grant.status != "active":
        status = grant.status if grant else "gone"
        error = f": {one_line(grant.last_error)}" if grant and grant.last_error else ""
        return Finding(check, "fail", f"Google grant is {status}{error}", again)
    settings = google.GoogleSettings()
    credentials = google.credentials_from_grant(grant, settings)
    try:
        google.refresh(conn, user["id"], credentials, settings=settings)
    except google.GrantUnusable as exc:
        return Finding(check, "fail", f"Google refused the grant: {_first_line(exc)}", again)
    except google.GoogleUnavailable as exc:
        detail = f"the token endpoint {settings.token_uri} did not answer: {_first_line(exc)}"
        fix = "check this machine's network (or STILLONTIME_GOOGLE_TOKEN_URI), then doctor again"
        return Finding(check, "fail", detail, fix)
    granted = set(credentials.granted_scopes or grant.scopes)
    missing = [scope for scope in SCOPES if scope not in granted]
    if missing:
        short = ", ".join(s.rsplit("/", 1)[-1] for s in missing)
        detail = f"Google grant lacks scopes: {short} (tick them all on the consent page)"
        return Finding(check, "fail", detail, again)
    short = ", ".join(s.rsplit("/", 1)[-1] for s in SCOPES)
    return Finding(check, "ok", f"Google grant refreshed; scopes {short}")


def services(conn: psycopg.Connection, stage_services: list[str]) -> Iterator[Finding]:
    """A live process of each kind (a beat within three of its intervals), as ``status`` says."""
    from pipeline.db import QUERIES

    seen = {row["kind"]: row for row in conn.execute(QUERIES["doctor_services"])}
    for kind in ["dispatcher", "worker", "scheduler", *stage_services]:
        row = seen.get(kind)
        check = f"service {kind}"
        if row and row["running"]:
            yield Finding(check, "ok", f"{row['running']} running")
            continue
        fix = f"{UP} (or `stillontime {kind}` alone)"
        yield Finding(check, "fail", f"none running ({_last_seen(row)})", fix)


def _last_seen(row: dict[str, Any] | None) -> str:
    if row is None:
        return "never started against this database"
    lost: datetime | None = row["lost_seen_at"]
    stopped: datetime | None = row["stopped_at"]
    if lost and (stopped is None or lost > stopped):
        return f"the last one went silent without stopping, last seen {lost:%Y-%m-%d %H:%M %Z}"
    return f"the last one stopped at {stopped:%Y-%m-%d %H:%M %Z}"
