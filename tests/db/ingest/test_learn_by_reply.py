"""End to end through the fake Gmail (issue 17): the user's reply with the set's address teaches
the production's layout, and the next day's sheet in that layout, with other values, is
planned without review (no second review message)."""

from __future__ import annotations

from datetime import date, timedelta

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
SETS = ("Plac Defilad 1, 00-901 Warszawa", "ul. Krakowskie Przedmiescie 26, 00-927 Warszawa")


def callsheet(day: date, call: str, place: str) -> bytes:
    """THE LONG ACRE's daily sheet: the set under a label the reader does not know."""
    lines = [(30, 40, "THE LONG ACRE", 18), (30, 58, "Call Sheet No. 5", 10),
             (400, 58, "Day 5 of 30", 10), (30, 80, f"Date: {day:%A %d %B %Y}", 10),
             (30, 142, f"UNIT CALL: {call}", 12), (30, 176, "TODAY WE GATHER", 8),
             (30, 190, place, 10), (30, 250, "9 EXT. PALACE STEPS DAY 2 4/8 1, 3", 10)]  # fmt: skip
    return render(lines, page="A4")


def day_row(conn, day: date) -> dict | None:
    return conn.execute("SELECT * FROM schedule_data WHERE shooting_date = %s", (day,)).fetchone()


def test_a_reply_teaches_the_layout_and_the_next_day_needs_no_review(
    conn,
    fake_gmail,
    gmail_user,
    pipeline,  # noqa: F811
) -> None:
    user_id, address = gmail_user()
    conn.execute("UPDATE user_configs SET timezone = 'Europe/Warsaw' WHERE user_id = %s",
                 (user_id,))  # fmt: skip
    poller = Poller()
    # Given day 1, whose set the reader cannot place, answered from the phone with the address
    day1 = message("Call sheet - THE LONG ACRE day 5",
                   pdfs=[("day5.pdf", callsheet(SHOOT, "07:00", SETS[0]))])  # fmt: skip
    deliver(fake_gmail, address, day1.as_bytes())
    poller.run_once()
    wait_for(lambda: notifications(conn, "needs_review"), timeout=120)
    [(record, review)] = fake_gmail.sent_messages(address)
    deliver(fake_gmail, address, reply(address, address, review, f"location: {SETS[0]}"),
            thread_id=record["threadId"])  # fmt: skip
    poller.run_once()
    wait_for(lambda: notifications(conn, "schedule_processed"), timeout=120)
    learnt = conn.execute("SELECT field, label, taught_by FROM learnt_layouts").fetchall()
    assert {"field": "location", "label": "TODAY WE GATHER", "taught_by": "correction"} in learnt
    # When day 2 comes in the same layout, with another set and another call
    nxt = SHOOT + timedelta(days=1)
    day2 = message("Call sheet - THE LONG ACRE day 6",
                   pdfs=[("day6.pdf", callsheet(nxt, "06:30", SETS[1]))])  # fmt: skip
    deliver(fake_gmail, address, day2.as_bytes())
    poller.run_once()
    # Then it is planned without review: confirmed, its own set, a calendar event, and no
    # second review message
    wait_for(lambda: len(notifications(conn, "schedule_processed")) == 2, timeout=120)
    planned = day_row(conn, nxt)
    assert (planned["status"], planned["location"]) == ("confirmed", SETS[1])
    assert planned["call_time"].strftime("%H:%M") == "06:30"
    assert planned["learnt_fields"]["location"]["label"] == "TODAY WE GATHER"
    assert len(notifications(conn, "needs_review")) == 1
    events = conn.execute(
        "SELECT * FROM calendar_events WHERE schedule_id = %s", (planned["id"],)
    ).fetchall()
    assert [e["sync_status"] for e in events] == ["synced"]
