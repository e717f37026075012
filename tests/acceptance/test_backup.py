"""``stillontime db backup`` and ``db restore`` bring a database back as it was."""

from __future__ import annotations

import os
import subprocess
import sys

import psycopg
import pytest

from tests.conftest import REPO
from tests.support import rows


def run(env, *args):
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def test_backup_then_restore_into_an_empty_database(conn, database, empty_database, tmp_path):
    # Given a database with a schedule and its history
    chain = rows.add_schedule_chain(conn)
    conn.execute("UPDATE schedule_data SET status = 'confirmed' WHERE id = %s",
                 (chain["schedule_id"],))  # fmt: skip
    dump = tmp_path / "sot.dump"
    # When it is backed up and restored into an empty database
    made = run({**os.environ, "DATABASE_URL": database}, "db", "backup", str(dump))
    assert made.returncode == 0, made.stderr
    restored = run({**os.environ, "DATABASE_URL": empty_database}, "db", "restore", str(dump))
    assert restored.returncode == 0, restored.stderr
    # Then the rows, the outbox and the migrations record are all there
    query = (
        "SELECT (SELECT status FROM schedule_data) AS status, "
        "(SELECT count(*) FROM events) AS events, "
        "(SELECT count(*) FROM schema_migrations) AS migrations"
    )
    with psycopg.connect(empty_database) as copy:
        got = copy.execute(query).fetchone()
    want = tuple(conn.execute(query).fetchone().values())
    assert got == want
    assert got[0] == "confirmed"
    # And the restored database still enforces its state machines
    with psycopg.connect(empty_database) as copy, pytest.raises(psycopg.errors.CheckViolation):
        copy.execute("UPDATE schedule_data SET status = 'extracted'")


def test_restore_refuses_a_missing_file(database, tmp_path):
    result = run({**os.environ, "DATABASE_URL": database}, "db", "restore", str(tmp_path / "x"))
    assert result.returncode == 1
    assert "no backup file" in result.stderr
