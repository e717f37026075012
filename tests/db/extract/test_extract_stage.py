"""The extract stage against a real database: schedules, versions, review, bad input, cache."""

from __future__ import annotations

import subprocess
import sys

import pytest

from pipeline.extract.service import process_email
from pipeline.outbox.dispatcher import Dispatcher
from pipeline.outbox.routing import ROUTES
from tests.conftest import REPO
from tests.fixtures import callsheets
from tests.support import rows
from tests.support.waiting import wait_for


def email_row(conn, email_id):
    return conn.execute("SELECT * FROM processed_emails WHERE id = %s", (email_id,)).fetchone()


def schedules(conn, user_id):
    return conn.execute(
        "SELECT * FROM schedule_data WHERE user_id = %s ORDER BY shooting_date", (user_id,)
    ).fetchall()


def kinds_for(conn, subject_id):
    return [
        r["kind"]
        for r in conn.execute(
            "SELECT kind FROM events WHERE subject_id = %s ORDER BY id", (subject_id,)
        )
    ]


def cli(service_env, *args):
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        env=service_env, cwd=REPO, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_a_clear_call_sheet_is_confirmed_by_a_real_worker(
    conn, database, broker, start_service, run_in_thread
) -> None:
    # Given the pipeline's own routes, a dispatcher and a real worker process
    start_service("worker", "--processes", "1", "--threads", "2")
    run_in_thread(Dispatcher(broker, url=database, routes=ROUTES).run_forever)
    user_id = rows.add_user(conn)
    pdf, expected = callsheets.uk_unit_call()
    # When an email with a clear call sheet arrives
    email_id = rows.add_email_with_pdf(conn, user_id, pdf)
    # Then the email completes and the day is confirmed, with what the sheet says
    wait_for(lambda: email_row(conn, email_id)["processing_status"] == "completed", what="email")
    [schedule] = schedules(conn, user_id)
    assert schedule["status"] == "confirmed"
    assert schedule["call_time"].strftime("%H:%M") == expected["call_time"]
    assert str(schedule["shooting_date"]) == expected["shooting_date"]
    assert schedule["location"] == expected["location"]
    assert schedule["base_location"] == expected["base_location"]
    assert float(schedule["confidence_score"]) >= 0.85
    assert schedule["confirmed_version"] == 1
    assert kinds_for(conn, schedule["id"]) == ["schedule_extracted", "schedule_confirmed"]


def test_a_revised_sheet_is_a_new_version_of_the_same_schedule(conn, database) -> None:
    # Given a confirmed day with an 08:00 unit call
    user_id = rows.add_user(conn)
    first = rows.add_email_with_pdf(conn, user_id, callsheets.uk_unit_call("08:00")[0])
    process_email(first)
    [before] = schedules(conn, user_id)
    # When the revised sheet moves the call to 07:30
    second = rows.add_email_with_pdf(conn, user_id, callsheets.uk_unit_call("07:30")[0])
    outcome = process_email(second)
    # Then it is version 2 of the same schedule, modified, and both versions are kept
    [after] = schedules(conn, user_id)
    assert outcome.status == "completed"
    assert after["id"] == before["id"]
    assert (after["version"], after["status"]) == (2, "modified")
    assert after["call_time"].strftime("%H:%M") == "07:30"
    assert after["email_id"] == second
    versions = conn.execute(
        "SELECT version, snapshot->>'call_time' AS call FROM schedule_versions "
        "WHERE schedule_id = %s ORDER BY version",
        (after["id"],),
    ).fetchall()
    assert [(v["version"], v["call"]) for v in versions] == [(1, "08:00:00"), (2, "07:30:00")]
    assert kinds_for(conn, after["id"])[-1] == "schedule_modified"


def test_processing_twice_changes_nothing(conn, database) -> None:
    user_id = rows.add_user(conn)
    email_id = rows.add_email_with_pdf(conn, user_id, callsheets.polish_plan()[0])
    assert process_email(email_id).status == "completed"
    events_after_first = conn.execute("SELECT count(*) AS n FROM events").fetchone()["n"]
    # A repeated delivery of the same event is a no-op
    assert process_email(email_id) is None
    # A reprocess on request finds the same sheet: no new version, no new event but the email's
    conn.execute(
        "UPDATE processed_emails SET processing_status = 'pending' WHERE id = %s", (email_id,)
    )
    assert process_email(email_id).status == "completed"
    [schedule] = schedules(conn, user_id)
    assert schedule["version"] == 1
    new_kinds = [
        r["kind"]
        for r in conn.execute(
            "SELECT kind FROM events ORDER BY id OFFSET %s", (events_after_first,)
        )
    ]
    assert new_kinds == ["email_received", "email_claimed", "email_completed"]


def test_a_doubtful_sheet_waits_for_review_and_a_person_confirms_it(
    conn, database, service_env
) -> None:
    # Given a sheet with a date and a call but no set location
    pdf = callsheets.render(
        [
            (30, 40, "NIGHT FERRY", 18),
            (30, 70, "Date: 20.03.2026", 10),
            (30, 90, "Crew Call: 06:00", 10),
        ]
    )
    user_id = rows.add_user(conn, "ola@example.com")
    email_id = rows.add_email_with_pdf(conn, user_id, pdf)
    process_email(email_id)
    # Then the schedule is in review, and the task names the location
    [schedule] = schedules(conn, user_id)
    assert schedule["status"] == "reviewing"
    task = conn.execute(
        "SELECT * FROM review_tasks WHERE schedule_id = %s AND status = 'open'", (schedule["id"],)
    ).fetchone()
    assert "location" in task["doubtful_fields"]
    assert kinds_for(conn, schedule["id"]) == ["schedule_review_requested"]
    # Confirming without a location is refused by the database, with a clear message
    refused = cli(service_env, "schedules", "confirm", str(schedule["id"]))
    assert refused.returncode == 1
    assert "ck_schedule_data_confirmed_has_location" in refused.stderr
    # When a person adds the location and confirms
    edited = cli(
        service_env, "schedules", "edit", str(schedule["id"]),
        "--location", "Molo Rybackie, Gdynia", "--confirm",
    )  # fmt: skip
    assert edited.returncode == 0, edited.stderr
    # Then it is version 2, confirmed, and the review is resolved with the correction
    [after] = schedules(conn, user_id)
    assert (after["status"], after["version"], after["location"]) == (
        "confirmed", 2, "Molo Rybackie, Gdynia",
    )  # fmt: skip
    resolved = conn.execute(
        "SELECT corrected FROM review_tasks WHERE schedule_id = %s", (after["id"],)
    ).fetchone()
    assert resolved["corrected"] == {"location": "Molo Rybackie, Gdynia"}
    assert kinds_for(conn, after["id"])[-1] == "schedule_confirmed"
    listed = cli(service_env, "schedules", "list", "--user", "ola@example.com")
    assert "confirmed" in listed.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"<html>not a pdf</html>", "not a PDF"),
        (callsheets.uk_unit_call()[0][:400], "truncated"),
        (callsheets.render([(30, 40, "NO DATE HERE", 18), (30, 70, "Crew Call: 7:00", 10)]),
         "no readable date"),
    ],
)  # fmt: skip
def test_bad_input_puts_the_email_in_error_with_a_message(conn, database, content, message):
    user_id = rows.add_user(conn)
    email_id = rows.add_email_with_pdf(conn, user_id, content)
    outcome = process_email(email_id)
    email = email_row(conn, email_id)
    assert outcome.status == "error"
    assert email["processing_status"] == "error"
    assert message.lower() in email["error"].lower()
    assert schedules(conn, user_id) == []


def test_a_quote_is_skipped_and_a_one_liner_is_never_confirmed_alone(conn, database) -> None:
    user_id = rows.add_user(conn)
    quote = rows.add_email_with_pdf(conn, user_id, callsheets.invoice()[0], "quote.pdf")
    assert process_email(quote).status == "skipped"
    assert "no shooting day" in email_row(conn, quote)["skip_reason"]
    oneliner = rows.add_email_with_pdf(conn, user_id, callsheets.one_line_schedule()[0])
    process_email(oneliner)
    days = schedules(conn, user_id)
    assert days, "the one-liner's day with a crew call becomes a schedule"
    assert {d["status"] for d in days} == {"reviewing"}
    assert {d["document_type"] for d in days} == {"shooting_schedule"}


def test_two_crew_members_with_one_pdf_each_get_a_schedule_and_a_cache_of_their_own(
    conn, database
) -> None:
    pdf = callsheets.polish_plan()[0]
    users = [rows.add_user(conn), rows.add_user(conn)]
    for user_id in users:
        process_email(rows.add_email_with_pdf(conn, user_id, pdf))
    assert [len(schedules(conn, u)) for u in users] == [1, 1]
    # Per user since db/0019 (issue 16): one user's worker can neither read nor poison
    # another's reading.
    cached = conn.execute("SELECT user_id FROM extract_cache ORDER BY user_id").fetchall()
    assert [r["user_id"] for r in cached] == sorted(users)


def test_contacts_are_kept_and_found_by_a_misspelt_name(conn, database, service_env) -> None:
    user_id = rows.add_user(conn, "jan@example.com")
    process_email(rows.add_email_with_pdf(conn, user_id, callsheets.polish_plan()[0]))
    contact = conn.execute("SELECT * FROM contacts WHERE user_id = %s", (user_id,)).fetchone()
    assert (contact["name"], contact["phone"]) == ("Jan Kowalski", "+48601234567")
    found = cli(service_env, "contacts", "search", "kowalsky", "--user", "jan@example.com")
    assert found.returncode == 0, found.stderr
    assert "Jan Kowalski" in found.stdout
    missing = cli(service_env, "contacts", "search", "zzzz", "--user", "jan@example.com")
    assert missing.returncode == 1


def test_an_email_sent_long_after_the_shooting_day_goes_to_review(conn, database) -> None:
    # Given a clear sheet for 17 March 2026, first in an email sent just before that day
    pdf = callsheets.uk_unit_call()[0]
    on_time, late = rows.add_user(conn), rows.add_user(conn)
    process_email(rows.add_email_with_pdf(conn, on_time, pdf))
    # When the same PDF comes to another crew member in an email sent in June
    process_email(rows.add_email_with_pdf(conn, late, pdf, received_at="2026-06-01T09:00Z"))
    # Then the first day is confirmed, the late one is reviewed and says why
    [first], [second] = schedules(conn, on_time), schedules(conn, late)
    assert first["status"] == "confirmed"
    assert second["status"] == "reviewing"
    assert any(w.startswith("shooting_date: 2026-03-17 is 76 days") for w in second["warnings"])
    # and the cache kept the one reading made without either email's date
    [cached] = conn.execute(
        "SELECT result FROM extract_cache WHERE user_id = %s", (on_time,)
    ).fetchall()
    assert not any("shooting_date" in w for w in cached["result"]["days"][0]["warnings"])
