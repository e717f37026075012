"""``stillontime db migrate``: builds the whole schema, is idempotent, refuses edited files."""

from __future__ import annotations

import re
import shutil
import threading
from pathlib import Path

import psycopg
import pytest

from pipeline.db.migrate import load_migrations, migrate, migrations_dir
from pipeline.errors import MigrationError
from pipeline.events import EVENT_KINDS

SPEC_TABLES = {
    "users",
    "user_configs",
    "processed_emails",
    "schedule_data",
    "route_plans",
    "calendar_events",
    "weather_data",
    "notifications",
    "summaries",
}
BRIEF_TABLES = {
    "documents",
    "oauth_tokens",
    "schedule_versions",
    "events",
    "event_deliveries",
    "audit_log",
}

# Everything a migration defines, in a form two databases can be compared by.
SCHEMA_QUERY = """
SELECT 'column' AS what, table_name || '.' || column_name || ' ' || data_type
       || ' ' || is_nullable || ' ' || coalesce(column_default, '') AS def
  FROM information_schema.columns WHERE table_schema = 'public'
UNION ALL
SELECT 'constraint', conrelid::regclass || '.' || conname || ' ' || pg_get_constraintdef(oid)
  FROM pg_constraint WHERE connamespace = 'public'::regnamespace
UNION ALL
SELECT 'index', indexdef FROM pg_indexes WHERE schemaname = 'public'
UNION ALL
SELECT 'trigger', tgrelid::regclass || '.' || tgname || ' ' || pg_get_triggerdef(oid)
  FROM pg_trigger WHERE NOT tgisinternal
UNION ALL
SELECT 'function', p.proname || ' ' || md5(p.prosrc)
  FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
ORDER BY 1, 2
"""


def schema_of(url: str) -> list[tuple[str, str]]:
    with psycopg.connect(url) as conn:
        return conn.execute(SCHEMA_QUERY).fetchall()


def test_migrate_builds_everything_on_an_empty_database(empty_database: str) -> None:
    applied = migrate(empty_database)
    assert applied == [m.name for m in load_migrations()]
    with psycopg.connect(empty_database) as conn:
        tables = {
            r[0]
            for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        }
        kinds = {r[0] for r in conn.execute("SELECT kind FROM event_kinds")}
    assert tables >= SPEC_TABLES | BRIEF_TABLES
    assert kinds == EVENT_KINDS


def test_migrate_twice_leaves_the_same_schema(empty_database: str) -> None:
    migrate(empty_database)
    before = schema_of(empty_database)
    assert migrate(empty_database) == []
    assert schema_of(empty_database) == before
    assert len(before) > 300


def test_concurrent_migrations_apply_each_file_once(empty_database: str) -> None:
    results: list[list[str]] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            results.append(migrate(empty_database))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(len(r) for r in results) == [0, 0, len(load_migrations())]


def test_an_edited_applied_migration_is_refused(empty_database: str, tmp_path: Path) -> None:
    folder = tmp_path / "db"
    shutil.copytree(migrations_dir(), folder)
    migrate(empty_database, folder)
    first = sorted(folder.glob("*.sql"))[0]
    first.write_text(first.read_text() + "\n-- edited later\n")
    with pytest.raises(MigrationError, match="changed after it was applied"):
        migrate(empty_database, folder)


def test_a_failing_migration_leaves_nothing_behind(empty_database: str, tmp_path: Path) -> None:
    folder = tmp_path / "db"
    shutil.copytree(migrations_dir(), folder)
    (folder / "9999_core_broken.sql").write_text(
        "CREATE TABLE half_done (id int);\nSELECT * FROM no_such_table;\n"
    )
    with pytest.raises(MigrationError, match=r"9999_core_broken\.sql failed"):
        migrate(empty_database, folder)
    with psycopg.connect(empty_database) as conn:
        assert conn.execute("SELECT to_regclass('half_done')").fetchone()[0] is None
        versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations")]
    assert "9999" not in versions


def test_names_follow_the_spec_conventions(database: str) -> None:
    with psycopg.connect(database) as conn:
        constraints = conn.execute(
            "SELECT conrelid::regclass::text, conname, contype FROM pg_constraint "
            "WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text "
            "<> 'schema_migrations'"
        ).fetchall()
        indexes = conn.execute(
            "SELECT i.indexrelid::regclass::text FROM pg_index i "
            "JOIN pg_class c ON c.oid = i.indrelid "
            "WHERE c.relnamespace = 'public'::regnamespace AND NOT i.indisprimary "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)"
        ).fetchall()
    prefixes = {"f": "fk_", "c": "ck_", "u": "uq_"}
    wrong = [
        f"{table}.{name}"
        for table, name, kind in constraints
        if kind in prefixes and not name.startswith(prefixes[kind])
    ]
    wrong += [name for (name,) in indexes if not name.startswith("idx_")]
    assert wrong == []


def test_no_index_repeats_what_a_unique_constraint_already_indexes(database: str) -> None:
    # A plain index on a unique constraint's leading columns serves no lookup the constraint's
    # own index does not, and every write pays for both (db/0037).
    with psycopg.connect(database) as conn:
        repeated = conn.execute(
            "WITH ix AS (SELECT i.indrelid, i.indexrelid::regclass::text AS name, i.indisunique, "
            "       i.indkey::text AS cols, i.indpred IS NULL AND i.indexprs IS NULL AS plain "
            "  FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid "
            " WHERE c.relnamespace = 'public'::regnamespace AND i.indisvalid) "
            "SELECT a.name, b.name FROM ix a JOIN ix b ON a.indrelid = b.indrelid "
            " AND a.name <> b.name AND a.plain AND b.plain AND b.indisunique "
            " AND NOT a.indisunique AND (b.cols = a.cols OR b.cols LIKE a.cols || ' %%') "
            "ORDER BY 1"
        ).fetchall()
    assert repeated == []


def test_migration_files_are_named_and_numbered_in_order() -> None:
    names = [p.name for p in sorted(migrations_dir().glob("*"))]
    assert all(re.fullmatch(r"\d{4}_[a-z0-9_]+\.sql", n) for n in names), names
    numbers = [int(n[:4]) for n in names]
    assert numbers[0] == 1 and len(set(numbers)) == len(numbers)


def test_buffers_and_confidence_are_checked(conn) -> None:
    from tests.support import rows

    user_id = rows.add_user(conn)
    with pytest.raises(psycopg.errors.CheckViolation):
        conn.execute("UPDATE user_configs SET buffer_parking = 4 WHERE user_id = %s", (user_id,))
    with pytest.raises(psycopg.errors.CheckViolation):
        conn.execute(
            "UPDATE user_configs SET timezone = 'Mars/Olympus' WHERE user_id = %s", (user_id,)
        )
    chain = rows.add_schedule_chain(conn)
    with pytest.raises(psycopg.errors.CheckViolation):
        conn.execute(
            "UPDATE schedule_data SET confidence_score = 1.2 WHERE id = %s", (chain["schedule_id"],)
        )


def test_an_up_to_date_database_is_checked_without_waiting_for_the_lock(
    empty_database: str, monkeypatch
) -> None:
    # Given a migrated database whose migration lock another session holds, and any wait for
    # a lock given up at once
    migrate(empty_database)
    monkeypatch.setenv("PGOPTIONS", "-c lock_timeout=50")
    with psycopg.connect(empty_database, autocommit=True) as holder:
        holder.execute("SELECT pg_advisory_lock(%s)", (0x53544F54,))
        # When a command checks the schema at its start, it is told it is up to date
        assert migrate(empty_database) == []
        # But a password to set for a login takes the locked way (and waits for the lock)
        monkeypatch.setenv("STILLONTIME_POLLER_DATABASE_PASSWORD", "s3cret")
        with pytest.raises(psycopg.errors.LockNotAvailable):
            migrate(empty_database)
