"""OAuth tokens are encrypted at rest, and a key rotation re-encrypts them under the new key."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

from cryptography.fernet import Fernet

from pipeline.accounts import Grant, load_grant, save_grant
from pipeline.db.backup import pg_tool
from pipeline.notify.channels import decrypt_url, encrypt_url
from pipeline.notify.store import save_channel
from pipeline.secrets import KEY_ENV, Vault
from tests.conftest import REPO
from tests.support import rows

ACCESS = "ya29.ACCESS-in-clear-would-be-found"
REFRESH = "1//REFRESH-in-clear-would-be-found"
CLIENT_SECRET = "GOCSPX-client-secret-in-clear"


def a_grant() -> Grant:
    return Grant(
        access_token=ACCESS,
        refresh_token=REFRESH,
        client_id="client.apps.googleusercontent.com",
        client_secret=CLIENT_SECRET,
        scopes=("https://www.googleapis.com/auth/calendar.events",),
        expiry=datetime.now(UTC) + timedelta(hours=1),
        status="active",
        last_error=None,
    )


def plain_dump(database: str) -> str:
    return subprocess.run(
        [pg_tool("pg_dump"), "--format=plain", "--no-owner", "--dbname", database],
        capture_output=True, text=True, check=True, timeout=120,
    ).stdout  # fmt: skip


def test_a_dump_of_the_database_holds_no_token_in_clear(conn, database) -> None:
    # Given a user with a stored Google grant
    user_id = rows.add_user(conn)
    vault = Vault([Fernet.generate_key()])
    save_grant(conn, user_id, a_grant(), vault=vault)
    # When the whole database is dumped as plain SQL
    dump = plain_dump(database)
    # Then the grant is in it (so the dump is real) but none of its secrets are readable
    assert "oauth_tokens" in dump and str(user_id) in dump
    for secret in (ACCESS, REFRESH, CLIENT_SECRET):
        assert secret not in dump
    # And the audit log, which records token changes, did not copy them in clear either
    audit = conn.execute(
        "SELECT count(*) AS n, bool_or(old_values::text LIKE %(s)s OR new_values::text LIKE %(s)s)"
        " AS leaked FROM audit_log WHERE table_name = 'oauth_tokens'",
        {"s": "%REFRESH-in-clear%"},
    ).fetchone()
    assert audit["n"] >= 1 and not audit["leaked"]


def test_rotate_key_reencrypts_so_the_old_key_can_be_dropped(conn, database, tmp_path) -> None:
    # Given a grant written under an old key
    old, new = Fernet.generate_key(), Fernet.generate_key()
    user_id = rows.add_user(conn)
    save_grant(conn, user_id, a_grant(), vault=Vault([old]))
    before = conn.execute(
        "SELECT refresh_token_encrypted, key_id FROM oauth_tokens WHERE user_id = %s", (user_id,)
    ).fetchone()
    # and a notification channel whose URL carries a password
    channel_url = "mailtos://crew:pa55word@smtp.example.com"
    sealed, key_id = encrypt_url(channel_url, vault=Vault([old]))
    save_channel(conn, user_id, "mail", "email", sealed, key_id, "mailtos://smtp.example.com")
    # When the new key is put first and `auth rotate-key` runs
    env = {
        **os.environ,
        "DATABASE_URL": database,
        KEY_ENV: f"{new.decode()},{old.decode()}",
        "PYTHONPATH": str(REPO),
    }
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "auth", "rotate-key"],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    # Then the ciphertext and key id changed, and the new key alone decrypts the grant
    after = conn.execute(
        "SELECT refresh_token_encrypted, key_id FROM oauth_tokens WHERE user_id = %s", (user_id,)
    ).fetchone()
    assert after["key_id"] != before["key_id"]
    assert bytes(after["refresh_token_encrypted"]) != bytes(before["refresh_token_encrypted"])
    grant = load_grant(conn, user_id, vault=Vault([new]))
    assert (grant.access_token, grant.refresh_token, grant.client_secret) == (
        ACCESS,
        REFRESH,
        CLIENT_SECRET,
    )
    row = conn.execute(
        "SELECT url_encrypted FROM notification_channels WHERE user_id = %s", (user_id,)
    ).fetchone()
    assert decrypt_url(bytes(row["url_encrypted"]), vault=Vault([new])) == channel_url
    assert "1 grants and 1 channel URLs" in result.stdout
