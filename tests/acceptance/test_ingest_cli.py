"""The ingest commands, run as a person would: users, auth import, local inbox, emails, status."""

from __future__ import annotations

import json
import mailbox
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from tests.acceptance.test_cli import run
from tests.support import mail


@pytest.fixture
def env(service_env: dict[str, str], tmp_path: Path) -> dict[str, str]:
    return {**service_env, "STILLONTIME_HOME": str(tmp_path / "home")}


def test_users_add_ingest_files_list_and_reprocess(conn, env, tmp_path: Path) -> None:
    # Given a user made through the CLI
    added = run(
        env,
        "users",
        "add",
        "Gaffer@Example.com",
        "--home",
        "ul. Prosta 1, Warszawa",
        "--timezone",
        "Europe/Warsaw",
    )
    assert added.returncode == 0, added.stderr
    assert "Gaffer@Example.com" in run(env, "users", "list").stdout
    config = conn.execute(
        "SELECT c.buffer_morning_routine, c.timezone, f.subject_keywords FROM user_configs c"
        " JOIN users u ON u.id = c.user_id JOIN ingest_filters f ON f.user_id = u.id"
    ).fetchone()
    assert config["buffer_morning_routine"] == 45 and config["timezone"] == "Europe/Warsaw"
    assert "drabinka" in config["subject_keywords"]
    # and a folder holding a bare PDF, an .eml call sheet, an unrelated .eml, and a Maildir
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    pdf = mail.small_pdf()
    (inbox / "Day 3 call sheet.pdf").write_bytes(pdf)
    (inbox / "sheet.eml").write_bytes(
        mail.message("Plan zdjęciowy", pdfs=[("d4.pdf", mail.small_pdf())]).as_bytes()
    )
    (inbox / "lunch.eml").write_bytes(mail.message("Lunch", pdfs=[("m.pdf", pdf)]).as_bytes())
    box = mailbox.Maildir(inbox / "Maildir", create=True)
    box.add(mail.message("Drabinka", pdfs=[("copy.pdf", pdf)]))  # the same PDF again
    # When the folder is ingested (twice: the second run must add nothing)
    first = run(env, "ingest", str(inbox), "--user", "gaffer@example.com", "--json")
    again = run(env, "ingest", str(inbox), "--user", "gaffer@example.com", "--json")
    # Then each file got the expected outcome
    assert first.returncode == 0, first.stderr
    outcome = {Path(r["path"]).name: r for r in map(json.loads, first.stdout.splitlines())}
    assert outcome["Day 3 call sheet.pdf"]["status"] == "pending"
    assert outcome["sheet.eml"]["status"] == "pending"
    assert outcome["lunch.eml"]["status"] == "ignored"
    maildir_row = next(
        r for n, r in outcome.items() if n not in ("Day 3 call sheet.pdf", "sheet.eml", "lunch.eml")
    )
    assert maildir_row["status"] == "skipped"
    assert {json.loads(line)["status"] for line in again.stdout.splitlines()} == {
        "known",
        "ignored",
    }
    rows = conn.execute(
        "SELECT source, message_id, subject, processing_status, skip_reason"
        " FROM processed_emails ORDER BY created_at"
    ).fetchall()
    assert len(rows) == 3 and all(r["source"] == "local" for r in rows)
    assert rows[0]["subject"] == "Day 3 call sheet.pdf"
    assert rows[0]["message_id"].startswith("local:") and len(rows[0]["message_id"]) == 70
    skipped = next(r for r in rows if r["processing_status"] == "skipped")
    assert skipped["skip_reason"].startswith("duplicate of ")
    # When the duplicate is reprocessed on request
    listed = run(env, "emails", "list", "--status", "skipped", "--json")
    email_id = json.loads(listed.stdout.splitlines()[0])["id"]
    done = run(env, "emails", "reprocess", email_id)
    # Then it is pending again and email_received was emitted once more
    assert done.returncode == 0, done.stderr
    status = conn.execute(
        "SELECT processing_status FROM processed_emails WHERE id = %s", (email_id,)
    ).fetchone()
    assert status["processing_status"] == "pending"
    kinds = conn.execute(
        "SELECT kind FROM events WHERE subject_id = %s ORDER BY id", (email_id,)
    ).fetchall()
    assert [k["kind"] for k in kinds] == ["email_skipped", "email_received"]
    # and a second reprocess of a pending email is refused with a reason
    refused = run(env, "emails", "reprocess", email_id)
    assert refused.returncode == 1 and "pending already" in refused.stderr


def test_auth_import_stores_an_encrypted_grant_and_status_shows_a_revoked_one(
    conn, env, tmp_path: Path
) -> None:
    # Given a user and an authorized-user file written by google-auth elsewhere
    key = Fernet.generate_key().decode()
    env = {**env, "STILLONTIME_SECRET_KEY": key}
    assert run(env, "users", "add", "grip@example.com", "--home", "Home 1").returncode == 0
    token_file = tmp_path / "token.json"
    token_file.write_text(
        json.dumps(
            {
                "token": "ya29.secret-access",
                "refresh_token": "1//secret-refresh",
                "client_id": "cid.apps.googleusercontent.com",
                "client_secret": "csecret",
                "token_uri": "https://oauth2.googleapis.com/token",
                "scopes": ["https://www.googleapis.com/auth/gmail.readonly"],
                "expiry": f"{datetime.now(UTC) + timedelta(days=30):%Y-%m-%dT%H:%M:%SZ}",
            }
        )
    )
    # When it is imported
    result = run(env, "auth", "import", str(token_file), "--user", "grip@example.com")
    # Then the grant is stored encrypted (no plaintext in the row or the audit log)
    assert result.returncode == 0, result.stderr
    row = conn.execute("SELECT * FROM oauth_tokens").fetchone()
    assert row["status"] == "active" and row["key_id"]
    assert b"secret-access" not in bytes(row["access_token_encrypted"])
    assert b"secret-refresh" not in bytes(row["refresh_token_encrypted"])
    audit = conn.execute(
        "SELECT new_values::text AS v FROM audit_log WHERE table_name = 'oauth_tokens'"
    ).fetchone()
    assert "secret" not in audit["v"]
    # When Google has revoked it (as the poller records) and status runs
    conn.execute("UPDATE oauth_tokens SET status = 'revoked', last_error = 'invalid_grant'")
    shown = run(env, "status")
    # Then status names the user and what to do
    assert "grip@example.com" in shown.stdout and "revoked" in shown.stdout
    assert "auth google" in shown.stdout.replace("\n", " ")
    # and a garbage file is refused with a reason
    token_file.write_text("not json")
    bad = run(env, "auth", "import", str(token_file), "--user", "grip@example.com")
    assert bad.returncode == 1 and "not an authorized-user token file" in bad.stderr
