"""``stillontime doctor``, run as a person would: each check passing, and each failing with the
line that says what is wrong and the command that fixes it. Google is the fake token endpoint
(the real google-auth refreshes against it), channels a loopback HTTP endpoint apprise posts to."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from cryptography.fernet import Fernet

from pipeline.accounts import Grant, save_grant
from pipeline.notify import channels
from pipeline.outside.scopes import SCOPES
from pipeline.secrets import Vault
from tests.acceptance.test_cli import run
from tests.support.fake_gmail import FakeGmail
from tests.support.fake_hook import FakeHook
from tests.support.rows import add_user

KEY = Fernet.generate_key().decode()


@pytest.fixture
def fake_google() -> Iterator[FakeGmail]:
    fake = FakeGmail()
    yield fake
    fake.stop()


@pytest.fixture
def hook() -> Iterator[FakeHook]:
    server = FakeHook()
    yield server
    server.stop()


@pytest.fixture
def env(service_env: dict[str, str], tmp_path: Path, fake_google: FakeGmail) -> dict[str, str]:
    return {
        **service_env,
        "STILLONTIME_HOME": str(tmp_path / "home"),
        "STILLONTIME_SECRET_KEY": KEY,
        "STILLONTIME_GOOGLE_TOKEN_URI": fake_google.token_uri,
        "STILLONTIME_GOOGLE_API_ENDPOINT": fake_google.url,
    }


def doctor(env: dict[str, str], *args: str) -> tuple[int, dict[str, str]]:
    """The exit code, and each line of the report by its check's name."""
    result = run(env, "doctor", *args)
    lines = {}
    for line in result.stdout.splitlines():
        mark, _, rest = line.partition(" ")
        check, _, _ = rest.partition(": ")
        if mark in ("ok", "WARN", "FAIL", "skip"):
            lines[check] = line
    assert "doctor " in result.stdout, result.stdout + result.stderr
    return result.returncode, lines


def user_with_grant(
    conn: psycopg.Connection, fake: FakeGmail, address: str, scopes: tuple[str, ...] = SCOPES
) -> str:
    """A user whose grant the fake knows (its token endpoint names ``scopes``); the refresh
    token."""
    user_id = add_user(conn, address)
    refresh, access = fake.add_mailbox(address, scopes=list(scopes))
    grant = Grant(access, refresh, "client-id", "client-secret", scopes,
                  datetime.now(UTC) + timedelta(hours=1), "active", None)  # fmt: skip
    save_grant(conn, user_id, grant, vault=Vault([KEY.encode()]))
    return refresh


def services_beating(conn: psycopg.Connection, *kinds: str) -> None:
    for kind in kinds:
        conn.execute(
            "INSERT INTO service_instances (kind, host, pid, beat_interval_s)"
            " VALUES (%s, 'h', 1, 10)",
            (kind,),
        )


def add_channel(conn: psycopg.Connection, address: str, name: str, url: str) -> None:
    from pipeline.notify import store

    user_id = conn.execute("SELECT id FROM users WHERE email = %s", (address,)).fetchone()["id"]
    ciphertext, key_id = channels.encrypt_url(url, Vault([KEY.encode()]))
    store.save_channel(
        conn, user_id, name, channels.kind_of(url), ciphertext, key_id, channels.hint_of(url)
    )


ALL_SERVICES = ("dispatcher", "worker", "scheduler", "poller")


def test_doctor_passes_with_every_part_in_place_and_sends_a_test_message(
    conn, env, fake_google: FakeGmail, hook: FakeHook
) -> None:
    # Given a user with a valid grant on the fake Google, a channel on the loopback hook, and
    # every service process beating
    user_with_grant(conn, fake_google, "grip@example.com")
    add_channel(conn, "grip@example.com", "phone", f"json://127.0.0.1:{hook.port}/ntfy/grip")
    services_beating(conn, *ALL_SERVICES)
    # When doctor runs with --send-test
    code, lines = doctor(env, "--send-test")
    # Then every line is ok, the grant was refreshed at the token endpoint, and the channel
    # got the test message
    assert code == 0, lines
    assert all(line.startswith("ok ") for line in lines.values()), lines
    expected = {"database", "redis", "migrations", "tesseract", "google grip@example.com"}
    expected |= {"channel grip@example.com phone", *(f"service {k}" for k in ALL_SERVICES)}
    assert set(lines) == expected
    assert "scopes gmail.readonly, calendar.events, gmail.send" in lines["google grip@example.com"]
    assert fake_google.count("/token") == 1
    assert "test message sent" in lines["channel grip@example.com phone"]
    assert [r["body"]["title"] for r in hook.received] == [channels_test_subject()]


def channels_test_subject() -> str:
    from pipeline.notify.checks import TEST_SUBJECT

    return TEST_SUBJECT


def test_an_unreachable_database_fails_with_its_fix_and_skips_what_needs_it(env) -> None:
    env = {**env, "DATABASE_URL": "postgresql://postgres:hunter2@127.0.0.1:1/nothing"}
    code, lines = doctor(env)
    assert code == 1
    assert "hunter2" not in "".join(lines.values())  # the address is shown, never its password
    assert lines["database"].startswith("FAIL database: DATABASE_URL does not answer")
    assert lines["database"].endswith(
        "-> fix: start the PostgreSQL server of DATABASE_URL, or correct DATABASE_URL"
    )
    assert lines["migrations"].startswith("skip migrations: not checked")
    assert lines["services"].startswith("skip services: not checked")
    assert lines["tesseract"].startswith("ok tesseract")  # needs no database


def test_an_unreachable_redis_fails_with_its_fix(conn, env) -> None:
    code, lines = doctor({**env, "REDIS_URL": "redis://:s3cret@127.0.0.1:1/0"})
    assert code == 1
    assert "s3cret" not in lines["redis"]
    assert lines["redis"].startswith(
        "FAIL redis: REDIS_URL does not answer (redis://127.0.0.1:1/0)"
    )
    assert lines["redis"].endswith(
        "-> fix: start the Redis server of REDIS_URL, or correct REDIS_URL"
    )


def test_migrations_not_applied_or_changed_fail_with_their_fix(env, empty_database: str) -> None:
    env = {**env, "DATABASE_URL": empty_database}
    code, lines = doctor(env)
    assert code == 1
    assert " not applied: 0001_" in lines["migrations"]
    assert lines["migrations"].endswith("-> fix: stillontime db migrate")
    assert lines["google"] == "skip google: not checked: the database's schema is not up to date"
    # Once migrated, the line is ok; an applied file changed since is refused again
    assert run(env, "db", "migrate").returncode == 0
    assert doctor(env)[1]["migrations"].startswith("ok migrations: all ")
    with psycopg.connect(empty_database, autocommit=True) as conn:
        conn.execute("UPDATE schema_migrations SET checksum = 'edited' WHERE version = '0002'")
    line = doctor(env)[1]["migrations"]
    assert line.startswith("FAIL migrations: changed after they were applied: 0002_")
    assert line.endswith(
        "-> fix: restore those files as they were applied (migrations are append-only)"
    )


def test_tesseract_without_polish_or_missing_fails_with_the_package_to_install(
    conn, env, tmp_path: Path
) -> None:
    # Given a Tesseract that knows English only, first on the PATH
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "tesseract"
    fake.write_text(
        "#!/bin/sh\nprintf 'List of available languages in \"/x/\" (2):\\neng\\nosd\\n'\n"
    )
    fake.chmod(0o755)
    code, lines = doctor({**env, "PATH": f"{bin_dir}:{os.environ['PATH']}"})
    assert code == 1
    assert lines["tesseract"] == (
        "FAIL tesseract: Tesseract has no Polish (its languages: eng, osd)"
        " -> fix: sudo apt-get install tesseract-ocr-pol"
    )
    # And with no Tesseract at all
    fake.unlink()
    code, lines = doctor({**env, "PATH": str(bin_dir)})
    assert lines["tesseract"] == (
        "FAIL tesseract: Tesseract is not installed: scanned call sheets cannot be read"
        " -> fix: sudo apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-pol"
    )


def test_a_revoked_grant_fails_and_is_marked_and_a_user_without_one_is_a_warning(
    conn, env, fake_google: FakeGmail
) -> None:
    refresh = user_with_grant(conn, fake_google, "gaffer@example.com")
    add_user(conn, "runner@example.com")
    fake_google.revoke(refresh)
    code, lines = doctor(env)
    assert code == 1
    assert lines["google gaffer@example.com"].startswith(
        "FAIL google gaffer@example.com: Google refused the grant: Google grant revoked"
    )
    assert lines["google gaffer@example.com"].endswith(
        "-> fix: stillontime auth google --user gaffer@example.com"
    )
    status = conn.execute("SELECT status FROM oauth_tokens").fetchone()["status"]
    assert status == "revoked"  # as the pipeline itself would have marked it
    assert lines["google runner@example.com"] == (
        "WARN google runner@example.com: no Google grant: Gmail is not read (local files only:"
        " `stillontime ingest`) -> fix: stillontime auth google --user runner@example.com"
    )


def test_a_grant_without_every_scope_fails_with_its_fix(conn, env, fake_google: FakeGmail) -> None:
    # Given a grant whose consent left the calendar and send boxes unticked
    user_with_grant(conn, fake_google, "dop@example.com", scopes=(SCOPES[0],))
    code, lines = doctor(env)
    assert code == 1
    assert lines["google dop@example.com"] == (
        "FAIL google dop@example.com: Google grant lacks scopes: calendar.events, gmail.send"
        " (tick them all on the consent page)"
        " -> fix: stillontime auth google --user dop@example.com"
    )


def test_a_channel_that_refuses_the_test_message_fails_with_its_fix(
    conn, env, fake_google: FakeGmail, hook: FakeHook
) -> None:
    user_with_grant(conn, fake_google, "grip@example.com")
    add_channel(conn, "grip@example.com", "phone", f"json://127.0.0.1:{hook.port}/secret-topic")
    hook.fail(times=5, status=503)
    # Without --send-test nothing is sent and the channel is only understood
    code, lines = doctor(env)
    assert (
        "understood (nothing sent; --send-test sends a test)"
        in lines["channel grip@example.com phone"]
    )
    assert hook.received == []
    code, lines = doctor(env, "--send-test")
    line = lines["channel grip@example.com phone"]
    assert code == 1
    assert line.startswith("FAIL channel grip@example.com phone: test message not taken:")
    assert line.endswith(
        "-> fix: check the service and the URL's credentials, then"
        " stillontime notifications channel add --user grip@example.com phone URL"
    )
    assert "secret-topic" not in line


def test_services_not_running_fail_with_stillontime_up(conn, env) -> None:
    # Given a dispatcher and a worker beating, a scheduler that went silent, no poller ever
    services_beating(conn, "dispatcher", "worker")
    conn.execute(
        "INSERT INTO service_instances (kind, host, pid, beat_interval_s, started_at,"
        " last_seen_at) VALUES ('scheduler', 'h', 2, 10, now() - interval '1 hour',"
        " now() - interval '50 minutes')"
    )
    code, lines = doctor(env)
    assert code == 1
    assert lines["service dispatcher"] == "ok service dispatcher: 1 running"
    assert lines["service scheduler"].startswith(
        "FAIL service scheduler: none running (the last one went silent without stopping"
    )
    assert lines["service scheduler"].endswith(
        "-> fix: stillontime up (or `stillontime scheduler` alone)"
    )
    assert lines["service poller"] == (
        "FAIL service poller: none running (never started against this database)"
        " -> fix: stillontime up (or `stillontime poller` alone)"
    )


def test_no_users_is_a_warning_naming_users_add(conn, env) -> None:
    services_beating(conn, *ALL_SERVICES)
    code, lines = doctor(env)
    assert code == 0, lines
    assert lines["users"] == (
        "WARN users: no users yet -> fix: stillontime users add EMAIL --home ADDRESS"
        " --timezone ZONE"
    )
