"""A poller process killed in the middle of a sync, then restarted, records every message once."""

from __future__ import annotations

import os
import signal

from tests.support import mail
from tests.support.waiting import wait_for


def test_poller_killed_mid_sync_and_restarted_records_each_message_exactly_once(
    conn, fake_gmail, gmail_user, start_service
) -> None:
    # Given 60 call sheets and 10 unrelated mails, fetched slowly (so a kill lands mid-sync)
    user_id, address = gmail_user()
    sheets = {
        fake_gmail.add_message(address, mail.message(pdfs=[("c.pdf", mail.small_pdf())]).as_bytes())
        for _ in range(60)
    }
    for _ in range(10):
        fake_gmail.add_message(
            address, mail.message("Lunch", pdfs=[("m.pdf", mail.small_pdf())]).as_bytes()
        )
    fake_gmail.delay("/messages/", 0.03)
    env = {k: v for k, v in os.environ.items() if k.startswith("STILLONTIME_")}
    env["STILLONTIME_INGEST_POLL_INTERVAL_S"] = "0.2"

    def recorded() -> int:
        row = conn.execute(
            "SELECT count(*) AS n FROM processed_emails WHERE user_id = %s", (user_id,)
        ).fetchone()
        return row["n"]

    # When a real poller process is SIGKILLed after recording some but not all
    first = start_service("poller", env=env)
    wait_for(lambda: recorded() >= 10, what="the first poller to record some mail")
    os.kill(first.pid, signal.SIGKILL)
    first.wait(timeout=30)
    at_kill = recorded()
    assert at_kill < 60, "the kill must land mid-sync for this test to mean anything"
    state = conn.execute(
        "SELECT history_id FROM gmail_sync_state WHERE user_id = %s", (user_id,)
    ).fetchone()
    assert state is None or state["history_id"] is None  # no resume point past unrecorded mail
    # and a new poller is started
    fake_gmail.delay("/messages/", 0.0)
    start_service("poller", env=env)
    # Then every call sheet is recorded, once, with one email_received each
    wait_for(lambda: recorded() == 60, what="every call sheet recorded")
    wait_for(
        lambda: (
            (
                conn.execute(
                    "SELECT history_id IS NOT NULL AS done FROM gmail_sync_state"
                    " WHERE user_id = %s",
                    (user_id,),
                ).fetchone()
                or {}  # the new poller may not have written its state row yet
            ).get("done")
        ),
        what="the sync to finish",
    )
    rows = conn.execute(
        "SELECT message_id, processing_status FROM processed_emails WHERE user_id = %s",
        (user_id,),
    ).fetchall()
    assert {r["message_id"] for r in rows} == sheets
    assert {r["processing_status"] for r in rows} == {"pending"}
    received = conn.execute(
        "SELECT subject_id, count(*) AS n FROM events WHERE kind = 'email_received'"
        " GROUP BY subject_id"
    ).fetchall()
    assert len(received) == 60 and {r["n"] for r in received} == {1}
    docs = conn.execute(
        "SELECT count(*) AS n FROM documents WHERE user_id = %s", (user_id,)
    ).fetchone()
    assert docs["n"] == 60
