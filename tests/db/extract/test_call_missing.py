"""A call sheet with a date and a set but no readable crew call (issue 17): a schedule in
review with no call, a review message that says the call was not found, a person who gives it
(`schedules edit --call`) confirms the day and teaches the layout; the database refuses to
confirm a day without a call."""

from __future__ import annotations

from datetime import date, time

import psycopg
import pytest

from pipeline.extract.service import process_email
from pipeline.notify.service import prepare_schedule
from tests.db.extract.test_extract_stage import cli, email_row, kinds_for, schedules
from tests.fixtures import callsheets
from tests.support import rows

SET = "Plac Defilad 1, 00-901 Warszawa"


def sheet(shooting: date, call: str) -> bytes:
    """NIGHT FERRY's sheet: the call printed under a label the reader does not know."""
    return callsheets.render(
        [
            (30, 40, "NIGHT FERRY", 18),
            (30, 70, f"Date: {shooting:%A %d %B %Y}", 10),
            (30, 110, "WE BEGIN", 8),
            (30, 124, call, 12),
            (30, 170, f"Set Location: {SET}", 10),
            (30, 250, "9 EXT. PALACE STEPS DAY 2 4/8 1, 3", 10),
        ]
    )


def test_a_sheet_without_a_crew_call_is_reviewed_and_an_edit_with_the_call_confirms_it(
    conn, database, service_env
) -> None:
    user_id = rows.add_user(conn, "ola@example.com")
    # Given a sheet with a date and a set, whose crew call the reader cannot find
    email_id = rows.add_email_with_pdf(conn, user_id, sheet(date(2026, 3, 20), "06:30"))
    outcome = process_email(email_id)
    # Then the email is completed, and the day is a schedule in review without a call
    assert outcome.status == "completed"
    assert email_row(conn, email_id)["processing_status"] == "completed"
    [schedule] = schedules(conn, user_id)
    assert (schedule["status"], schedule["version"]) == ("reviewing", 1)
    assert schedule["call_time"] is None and schedule["location"] == SET
    task = conn.execute(
        "SELECT * FROM review_tasks WHERE schedule_id = %s AND status = 'open'", (schedule["id"],)
    ).fetchone()
    assert task["doubtful_fields"][0] == "call_time"
    assert task["draft"]["call_time"] is None
    assert kinds_for(conn, schedule["id"]) == ["schedule_review_requested"]
    assert conn.execute("SELECT count(*) AS n FROM unreadable_emails").fetchone()["n"] == 0

    # and its review message lists the call as not found, and how to give it
    prepare_schedule(schedule["id"])
    [note] = conn.execute(
        "SELECT * FROM notifications WHERE schedule_id = %s AND template = 'needs_review'",
        (schedule["id"],),
    ).fetchall()
    lines = note["message"].splitlines()
    assert "- call: not found (confidence 0.00) - not found on the sheet" in lines
    assert f'Read as: date 2026-03-20, call not found, location "{SET}".' in lines
    assert f"  stillontime schedules edit {schedule['id']} --call 06:30 --confirm" in lines

    # and the command line lists it without a call
    listed = cli(service_env, "schedules", "list", "--user", "ola@example.com")
    assert listed.returncode == 0, listed.stderr
    assert "reviewing" in listed.stdout

    # When a person confirms it as read, the database refuses, and says what gives the call
    refused = cli(service_env, "schedules", "confirm", str(schedule["id"]))
    assert refused.returncode == 1
    assert "ck_schedule_data_confirmed_has_call_time" in refused.stderr
    assert "--call HH:MM --confirm" in refused.stderr
    assert schedules(conn, user_id)[0]["status"] == "reviewing"

    # When the person gives the call and confirms
    edited = cli(service_env, "schedules", "edit", str(schedule["id"]), "--call", "06:30",
                 "--confirm")  # fmt: skip
    assert edited.returncode == 0, edited.stderr
    # Then the new version is confirmed with the call, the review resolved with the correction
    [after] = schedules(conn, user_id)
    assert (after["status"], after["version"], after["call_time"]) == ("confirmed", 2, time(6, 30))
    resolved = conn.execute(
        "SELECT corrected FROM review_tasks WHERE schedule_id = %s", (after["id"],)
    ).fetchone()
    assert resolved["corrected"] == {"call_time": "06:30:00"}
    assert kinds_for(conn, after["id"])[-1] == "schedule_confirmed"
    # and where the call sits on the sheet was learnt
    learnt = conn.execute("SELECT field, label, taught_by FROM learnt_layouts").fetchall()
    assert {"field": "call_time", "label": "WE BEGIN", "taught_by": "correction"} in learnt
    assert "learnt where call_time sits (under or beside 'WE BEGIN')" in edited.stdout

    # When the next day's sheet comes in that layout, with another call
    nxt = rows.add_email_with_pdf(conn, user_id, sheet(date(2026, 3, 21), "07:15"))
    process_email(nxt)
    # Then its call is read with the learnt layout, and the day needs no review
    day2 = conn.execute("SELECT * FROM schedule_data WHERE shooting_date = '2026-03-21'").fetchone()
    assert (day2["status"], day2["call_time"]) == ("confirmed", time(7, 15))
    assert day2["learnt_fields"]["call_time"]["label"] == "WE BEGIN"


def test_a_sheet_without_a_date_nor_a_call_is_still_could_not_read(conn, database) -> None:
    # No date: no day to review; the email says why (and the user gets could-not-read)
    user_id = rows.add_user(conn)
    email_id = rows.add_email_with_pdf(
        conn,
        user_id,
        callsheets.render(
            [
                (30, 40, "NIGHT FERRY", 18),
                (30, 58, "Call Sheet No. 5", 10),
                (400, 58, "Day 5 of 30", 10),
                (30, 170, f"Set Location: {SET}", 10),
                (30, 250, "9 EXT. PALACE STEPS DAY 2 4/8 1, 3", 10),
            ]
        ),
    )
    assert process_email(email_id).status == "error"
    assert "no readable date and no crew call time" in email_row(conn, email_id)["error"]
    assert conn.execute("SELECT kind FROM unreadable_emails").fetchone()["kind"] == "unreadable"
    assert schedules(conn, user_id) == []


@pytest.mark.parametrize("status", ["confirmed", "modified"])
def test_the_database_refuses_a_day_worked_from_without_a_call(conn, database, status) -> None:
    user_id = rows.add_user(conn)
    email_id = rows.add_email(conn, user_id)
    insert = (
        "INSERT INTO schedule_data (user_id, email_id, production, shooting_date, call_time,"
        " location, status) VALUES (%s, %s, 'NIGHT FERRY', '2026-03-20', NULL, %s, %s)"
        " RETURNING id"
    )
    # A day in review may lack its call
    schedule_id = conn.execute(insert, (user_id, email_id, SET, "reviewing")).fetchone()["id"]
    # but it cannot be confirmed, nor inserted as worked from, without one
    with pytest.raises(psycopg.errors.CheckViolation) as refused, conn.transaction():
        conn.execute(
            "UPDATE schedule_data SET status = %s, confirmed_version = version WHERE id = %s",
            (status, schedule_id),
        )
    assert refused.value.diag.constraint_name == "ck_schedule_data_confirmed_has_call_time"
    with pytest.raises(psycopg.errors.CheckViolation), conn.transaction():
        conn.execute(
            "INSERT INTO schedule_data (user_id, email_id, production, shooting_date,"
            " location, status) VALUES (%s, %s, 'OTHER', '2026-03-21', %s, %s)",
            (user_id, email_id, SET, status),
        )
    # and a day without a call may still be cancelled
    conn.execute("UPDATE schedule_data SET status = 'cancelled' WHERE id = %s", (schedule_id,))
    row = conn.execute("SELECT status, call_time FROM schedule_data WHERE id = %s",
                       (schedule_id,)).fetchone()  # fmt: skip
    assert (row["status"], row["call_time"]) == ("cancelled", None)
