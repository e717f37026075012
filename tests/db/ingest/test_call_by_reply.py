"""End to end through the fake Gmail (issue 17): a call sheet whose crew call cannot be read
becomes a review message that says the call was not found; "ok" is answered as not enough (no
guess); the reply "call: 6:30" plans the day (a calendar event and "schedule processed") and
teaches where the call sits on the production's sheet."""

from __future__ import annotations

from datetime import date, time

from pipeline.ingest.service import Poller
from tests.db.ingest.test_review_by_reply import (  # noqa: F401 (pipeline: a fixture)
    deliver,
    notifications,
    pipeline,
    reply,
)
from tests.fixtures.callsheets import render
from tests.support.mail import message
from tests.support.waiting import wait_for

SHOOT = date(2026, 12, 7)
SET = "Plac Defilad 1, 00-901 Warszawa"


def callsheet() -> bytes:
    """THE LONG ACRE day 5: the crew call printed under a label the reader does not know."""
    lines = [(30, 40, "THE LONG ACRE", 18), (30, 58, "Call Sheet No. 5", 10),
             (400, 58, "Day 5 of 30", 10), (30, 80, f"Date: {SHOOT:%A %d %B %Y}", 10),
             (30, 128, "WE BEGIN", 8), (30, 142, "06:30", 12),
             (30, 180, f"Set Location: {SET}", 10),
             (30, 250, "9 EXT. PALACE STEPS DAY 2 4/8 1, 3", 10)]  # fmt: skip
    return render(lines, page="A4")


def test_a_sheet_without_a_call_is_planned_once_the_reply_gives_it(
    conn,
    fake_gmail,
    gmail_user,
    pipeline,  # noqa: F811
) -> None:
    user_id, address = gmail_user()
    conn.execute("UPDATE user_configs SET timezone = 'Europe/Warsaw' WHERE user_id = %s",
                 (user_id,))  # fmt: skip
    poller = Poller()

    # Given a call sheet whose crew call cannot be read
    sheet = message("Call sheet - THE LONG ACRE day 5", pdfs=[("day5.pdf", callsheet())])
    deliver(fake_gmail, address, sheet.as_bytes())
    poller.run_once()

    # Then a review message arrives in the user's own mailbox, saying the call was not found
    wait_for(lambda: notifications(conn, "needs_review"), timeout=120)
    [(record, review)] = fake_gmail.sent_messages(address)
    text = review.get_content()
    assert "- call: not found (confidence 0.00) - not found on the sheet" in text
    assert (
        'The day cannot be planned without its crew call: reply with "call: 6:30" '
        '("ok" alone is not enough).' in text
    )
    schedule = conn.execute("SELECT * FROM schedule_data").fetchone()
    assert (schedule["status"], schedule["version"], schedule["call_time"]) == (
        "reviewing", 1, None,
    )  # fmt: skip
    assert (
        conn.execute("SELECT processing_status FROM processed_emails").fetchone()[
            "processing_status"
        ]
        == "completed"
    )

    # When the user answers "ok"
    thread = record["threadId"]
    deliver(fake_gmail, address, reply(address, address, review, "ok"), thread_id=thread)
    poller.run_once()

    # Then the answer says the call is still needed, and nothing changed (no guess)
    wait_for(lambda: notifications(conn, "reply_answer"), timeout=120)
    answer = fake_gmail.sent_messages(address)[-1][1]
    said = answer.get_content()
    assert said.startswith("Nothing was changed: the day still cannot be planned.")
    assert 'The crew call is still missing: reply with a line like "call: 6:30".' in said
    row = conn.execute("SELECT status, version, call_time FROM schedule_data").fetchone()
    assert (row["status"], row["version"], row["call_time"]) == ("reviewing", 1, None)

    # When the user replies in the thread with the call
    deliver(fake_gmail, address, reply(address, address, answer, "call: 6:30"), thread_id=thread)
    poller.run_once()

    # Then the new version is confirmed; a calendar event and "schedule processed" follow
    [processed] = wait_for(lambda: notifications(conn, "schedule_processed"), timeout=120)
    planned = conn.execute("SELECT * FROM schedule_data").fetchone()
    assert (planned["status"], planned["version"], planned["call_time"]) == (
        "confirmed", 2, time(6, 30),
    )  # fmt: skip
    event = conn.execute("SELECT * FROM calendar_events").fetchone()
    assert (event["sync_status"], event["schedule_version"]) == ("synced", 2)
    assert processed["schedule_version"] == 2
    # and the reply is answered as applied, and taught where the call sits
    wait_for(lambda: len(notifications(conn, "reply_answer")) == 2, timeout=60)
    answers = [m for _, m in fake_gmail.sent_messages(address)
               if str(m["X-StillOnTime"]) == "reply_answer"]  # fmt: skip
    applied = answers[-1].get_content()
    assert applied.startswith("Thanks - applied: call: 06:30.")
    learnt = conn.execute("SELECT field, label, taught_by FROM learnt_layouts").fetchall()
    assert {"field": "call_time", "label": "WE BEGIN", "taught_by": "correction"} in learnt
