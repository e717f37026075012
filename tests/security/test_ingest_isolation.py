"""Issue 16 item 4: one unreadable message is that message's error; the others are recorded.

The local inbox through the real CLI, and the Gmail poller through google-api-python-client
against the fake Gmail on loopback.
"""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest

from pipeline.app.status import gather_status
from pipeline.ingest.service import Poller
from tests.acceptance.test_cli import run
from tests.db.ingest.conftest import fake_gmail, gmail_user  # noqa: F401 (fixtures)
from tests.security.mime_bombs import nested_comments, nested_multipart
from tests.support import mail


@pytest.fixture
def env(service_env: dict[str, str], tmp_path: Path) -> dict[str, str]:
    return {**service_env, "STILLONTIME_HOME": str(tmp_path / "home")}


def emails(conn: psycopg.Connection) -> dict[str, dict]:
    rows = conn.execute("SELECT * FROM processed_emails ORDER BY created_at").fetchall()
    return {r["message_id"]: r for r in rows}


def test_a_mime_bomb_in_a_folder_is_an_error_and_the_files_after_it_are_read(
    conn, env, tmp_path: Path
) -> None:
    # Given a user and a folder: a good call sheet, the 5,000-level bomb, another good one
    assert run(env, "users", "add", "dop@example.com", "--home", "Home 1").returncode == 0
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.eml").write_bytes(mail.message(pdfs=[("a.pdf", mail.small_pdf())]).as_bytes())
    (inbox / "b-bomb.eml").write_bytes(nested_multipart(5000))
    (inbox / "c.eml").write_bytes(mail.message(pdfs=[("c.pdf", mail.small_pdf())]).as_bytes())
    # When the folder is ingested
    done = run(env, "ingest", str(inbox), "--user", "dop@example.com", "--json")
    # Then every file has its line, the bomb is an error with the reason, the others pending
    outcome = {Path(r["path"]).name: r for r in map(json.loads, done.stdout.splitlines())}
    assert {n: r["status"] for n, r in outcome.items()} == {
        "a.eml": "pending",
        "b-bomb.eml": "error",
        "c.eml": "pending",
    }
    assert "nested more than 64 levels" in outcome["b-bomb.eml"]["detail"]
    # and the command says so and exits 2 (bad input), not 1 with a traceback
    assert done.returncode == 2, done.stderr
    assert "1 of 3 files could not be read" in done.stderr
    assert "Traceback" not in done.stderr
    # and the database holds the error row, which `status` lists among recent failures
    bomb = conn.execute(
        "SELECT id, processing_status, error FROM processed_emails WHERE processing_status = "
        "'error'"
    ).fetchone()
    assert bomb["error"] == (
        "malformed message: MIME parts nested more than 64 levels deep (file b-bomb.eml)"
    )
    failures = gather_status(conn)["recent_failures"]
    assert any(f["subject_id"] == str(bomb["id"]) for f in failures)
    shown = run(env, "status")
    assert "nested more than 64 levels" in shown.stdout
    # When the folder is ingested again, Then nothing is new and nothing is refused
    again = run(env, "ingest", str(inbox), "--user", "dop@example.com", "--json")
    assert again.returncode == 0, again.stderr
    assert {json.loads(line)["status"] for line in again.stdout.splitlines()} == {"known"}


def test_the_poller_records_hostile_messages_as_errors_and_syncs_the_rest(
    conn,
    fake_gmail,  # noqa: F811
    gmail_user,  # noqa: F811
) -> None:
    # Given a mailbox: a call sheet, the MIME bomb, a From of 5,000 nested comments, a sheet
    user_id, address = gmail_user()

    def sheet() -> str:
        pdfs = [("call.pdf", mail.small_pdf())]
        return fake_gmail.add_message(address, mail.message(pdfs=pdfs).as_bytes())

    first = sheet()
    bomb = fake_gmail.add_message(address, nested_multipart(5000))
    comments = fake_gmail.add_message(address, nested_comments("From"))
    last = sheet()
    # When the poller runs a pass
    result = Poller().run_once()
    # Then the pass succeeded: the good ones pending, the hostile ones errors with reasons
    assert result.failed == 0, result.users
    recorded = emails(conn)
    assert {m: r["processing_status"] for m, r in recorded.items()} == {
        first: "pending",
        bomb: "error",
        comments: "error",
        last: "pending",
    }
    assert "nested more than 64 levels" in recorded[bomb]["error"]
    assert "nested too deep to read" in recorded[comments]["error"]
    state = conn.execute(
        "SELECT last_error, history_id FROM gmail_sync_state WHERE user_id = %s", (user_id,)
    ).fetchone()
    assert state["last_error"] is None and state["history_id"] is not None
    assert gather_status(conn).get("ingest_problems") == []
    # When mail arrives after them and the poller runs again
    later = sheet()
    result = Poller().run_once()
    # Then the new mail is recorded and the hostile ones are not fetched again
    assert result.failed == 0
    assert emails(conn)[later]["processing_status"] == "pending"
    assert fake_gmail.count(f"/messages/{bomb}") == 1
