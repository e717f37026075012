"""Applies the numbered SQL migrations in ``db/``: locked, recorded, idempotent, tamper-evident."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg import sql
from psycopg.rows import tuple_row

from pipeline.errors import MigrationError

# One advisory lock key for every migrator of every install ("STOT").
_LOCK_KEY = 0x53544F54
_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    """One migration file."""

    version: str
    name: str
    sql: str
    checksum: str

    @classmethod
    def from_path(cls, path: Path) -> Migration:
        match = _NAME.match(path.name)
        if not match:
            raise MigrationError(
                f"migration file name {path.name!r} is not NNNN_<stage>_<change>.sql"
            )
        data = path.read_bytes()
        return cls(
            match.group(1), path.name, data.decode("utf-8"), hashlib.sha256(data).hexdigest()
        )


def migrations_dir() -> Path:
    """``db/`` beside the package in a checkout, or the copy inside an installed wheel."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package.parent / "db", package / "_migrations"):
        if candidate.is_dir():
            return candidate
    raise MigrationError("no migrations folder found")


def load_migrations(folder: Path | None = None) -> list[Migration]:
    """Every migration, in order; refuses two files with one number."""
    found = [Migration.from_path(p) for p in sorted((folder or migrations_dir()).glob("*.sql"))]
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise MigrationError(f"two migrations share a number: {versions}")
    return found


def migrate(url: str, folder: Path | None = None) -> list[str]:
    """Apply what is not yet applied; return the names applied now.

    Raises
    ------
    MigrationError
        If an applied file was changed since, or a migration fails (nothing of it is kept).
    """
    wanted = load_migrations(folder)
    applied_now: list[str] = []
    with psycopg.connect(url, autocommit=True) as conn:
        if _up_to_date(conn, wanted):
            return applied_now
        # A session lock, so two services starting together apply each file once.
        conn.execute("SELECT pg_advisory_lock(%s)", (_LOCK_KEY,))
        try:
            conn.execute(
                """CREATE TABLE IF NOT EXISTS schema_migrations (
                       version    text PRIMARY KEY,
                       name       text NOT NULL,
                       checksum   text NOT NULL,
                       applied_at timestamptz NOT NULL DEFAULT now())"""
            )
            done = dict(conn.execute("SELECT version, checksum FROM schema_migrations").fetchall())
            for migration in wanted:
                if migration.version in done:
                    if done[migration.version] != migration.checksum:
                        raise MigrationError(
                            f"{migration.name} was changed after it was applied; migrations are "
                            "append-only: revert the file and add a new migration instead"
                        )
                    continue
                _apply(conn, migration)
                applied_now.append(migration.name)
            _set_login_passwords(conn)
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", (_LOCK_KEY,))
    return applied_now


def _up_to_date(conn: psycopg.Connection, wanted: list[Migration]) -> bool:
    """Whether every migration is recorded as applied, unchanged, with no password to set: one
    query, without the lock (each file is committed with its record), for the commands that
    check the schema at every start. Anything else takes the locked way, which says what."""
    if any(os.environ.get(f"STILLONTIME_{login.upper()}_DATABASE_PASSWORD") for login in _logins()):
        return False
    try:
        done = dict(conn.execute("SELECT version, checksum FROM schema_migrations").fetchall())
    except psycopg.errors.UndefinedTable:
        return False  # an empty database (autocommit: the connection is still usable)
    return all(done.get(m.version) == m.checksum for m in wanted)


def _logins() -> list[str]:
    from pipeline.db.connection import LOGIN_ROLES

    return list(LOGIN_ROLES)


def _set_login_passwords(conn: psycopg.Connection) -> None:
    """Give each service's login role its configured password (servers that do not trust local
    logins)."""
    from pipeline.db.connection import LOGIN_ROLES

    for login, role in LOGIN_ROLES.items():
        password = os.environ.get(f"STILLONTIME_{login.upper()}_DATABASE_PASSWORD")
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
        if password and exists:
            # A utility statement takes no parameters; Literal quotes it. Never logged.
            conn.execute(
                sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                    sql.Identifier(role), sql.Literal(password)
                )
            )


def _apply(conn: psycopg.Connection, migration: Migration) -> None:
    try:
        with conn.transaction():
            conn.execute(migration.sql)
            conn.execute(
                "INSERT INTO schema_migrations (version, name, checksum) VALUES (%s, %s, %s)",
                (migration.version, migration.name, migration.checksum),
            )
    except psycopg.Error as exc:
        raise MigrationError(f"{migration.name} failed: {exc}") from exc


def applied(url: str) -> list[dict[str, object]]:
    """The migrations recorded in the database."""
    with psycopg.connect(url) as conn:
        exists = conn.execute("SELECT to_regclass('schema_migrations') IS NOT NULL").fetchone()
        if not exists or not exists[0]:
            return []
        cur = conn.execute("SELECT version, name, applied_at FROM schema_migrations ORDER BY 1")
        return [dict(zip(("version", "name", "applied_at"), row, strict=True)) for row in cur]


@dataclass(frozen=True)
class Drift:
    """How the applied record differs from ``db/``: files not applied yet, applied files
    changed since, and applied versions this code has no file for (a newer install's)."""

    pending: list[str]
    changed: list[str]
    unknown: list[str]


def drift(conn: psycopg.Connection, folder: Path | None = None) -> Drift:
    """Compare ``db/`` with ``schema_migrations`` on ``conn`` (changing nothing)."""
    wanted = load_migrations(folder)
    cur = conn.cursor(row_factory=tuple_row)
    done: dict[str, tuple[str, str]] = {}
    if cur.execute("SELECT to_regclass('schema_migrations') IS NOT NULL").fetchone()[0]:
        for version, name, checksum in cur.execute(
            "SELECT version, name, checksum FROM schema_migrations"
        ):
            done[version] = (name, checksum)
    known = {m.version for m in wanted}
    return Drift(
        pending=[m.name for m in wanted if m.version not in done],
        changed=[m.name for m in wanted if m.version in done and done[m.version][1] != m.checksum],
        unknown=[name for version, (name, _) in sorted(done.items()) if version not in known],
    )
