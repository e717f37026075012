"""Learning a production's layout from one correction (issue 17, item 3), against a real
database: the correction goes through the command line, the sheets through the extract stage
working as the user (row-level security), as the worker does."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time

from pipeline import db
from pipeline.db import act_for_user
from pipeline.extract.corrections import edit_schedule
from pipeline.extract.replies import apply_reply
from pipeline.extract.service import process_email
from tests.corpus import holdout
from tests.db.extract.test_extract_stage import cli
from tests.fixtures.callsheets import render
from tests.support import rows
from tests.support.learn_sheets import address, daily_sheet


def day_of(conn, user_id, date):
    return conn.execute(
        "SELECT * FROM schedule_data WHERE user_id = %s AND shooting_date = %s", (user_id, date)
    ).fetchone()


def same_address(read: str | None, expected: str) -> bool:
    """The same address, whether the reader kept the comma between street and town or not."""
    return read is not None and read.replace(",", "") == expected.replace(",", "")


def receive(conn, user_id, pdf):
    email_id = rows.add_email_with_pdf(conn, user_id, pdf)
    with db.working_for_user(user_id):
        process_email(email_id)


def rules_seen_by(conn, user_id):
    with conn.transaction():
        act_for_user(conn, user_id)
        return conn.execute("SELECT field, label FROM learnt_layouts ORDER BY field").fetchall()


def test_one_correction_plans_the_productions_next_sheet_without_review(
    conn, database, service_env
) -> None:
    ola = rows.add_user(conn, "ola@example.com")
    jan = rows.add_user(conn, "jan@example.com")
    # Given day 1 of RIVER MILE, whose set sits under a label the reader does not know (it
    # may find the address as running text, never sure enough to confirm it)
    receive(conn, ola, daily_sheet("RIVER MILE", "20.03.2026", "06:00", 0))
    first = day_of(conn, ola, "2026-03-20")
    assert first["status"] == "reviewing" and first["learnt_fields"] == {}
    # When Ola gives the location through the command line and confirms
    edited = cli(
        service_env, "schedules", "edit", str(first["id"]), "--location", address(0), "--confirm"
    )
    assert edited.returncode == 0, edited.stderr
    assert "learnt where location sits (under or beside 'TODAY WE GATHER')" in edited.stdout
    # Then day 2 (same layout, another set, another call) is confirmed without review,
    # with its own set read where the correction showed
    receive(conn, ola, daily_sheet("RIVER MILE", "21.03.2026", "07:00", 1))
    second = day_of(conn, ola, "2026-03-21")
    assert second["status"] == "confirmed"
    assert same_address(second["location"], address(1))
    assert second["call_time"].strftime("%H:%M") == "07:00"
    assert float(second["confidence_score"]) >= 0.85
    assert not any(w.startswith("location:") for w in second["warnings"])
    # and `schedules show` says the location came from the learnt layout
    shown = cli(service_env, "schedules", "show", str(second["id"]))
    assert shown.returncode == 0, shown.stderr
    learnt = json.loads(shown.stdout)["learnt_fields"]
    assert list(learnt) == ["location"]
    assert learnt["location"]["label"] == "TODAY WE GATHER"
    # Another production of the same sender is not read with RIVER MILE's layout
    receive(conn, ola, daily_sheet("HARBOUR LIGHTS", "21.03.2026", "07:00", 1))
    other = conn.execute(
        "SELECT * FROM schedule_data WHERE user_id = %s AND production = 'HARBOUR LIGHTS'", (ola,)
    ).fetchone()
    assert (other["status"], other["learnt_fields"]) == ("reviewing", {})
    # Another user who gets RIVER MILE's sheet learns nothing from Ola, and cannot see her rules
    receive(conn, jan, daily_sheet("RIVER MILE", "21.03.2026", "07:00", 1))
    jans = day_of(conn, jan, "2026-03-21")
    assert (jans["status"], jans["learnt_fields"]) == ("reviewing", {})
    assert rules_seen_by(conn, jan) == []
    assert {r["field"] for r in rules_seen_by(conn, ola)} == {
        "call_time", "location", "shooting_date",
    }  # fmt: skip
    # `layouts list` shows the rule; `layouts forget` removes it, and day 3 is reviewed again
    listed = cli(service_env, "layouts", "list", "--user", "ola@example.com")
    assert "TODAY WE GATHER" in listed.stdout and "RIVER MILE" in listed.stdout
    date_rule = conn.execute(
        "SELECT id FROM learnt_layouts WHERE field = 'shooting_date'"
    ).fetchone()["id"]
    one = cli(service_env, "layouts", "forget", str(date_rule)[:8])
    assert one.returncode == 0 and "shooting_date" in one.stdout, one.stderr
    assert {r["field"] for r in rules_seen_by(conn, ola)} == {"call_time", "location"}
    forgot = cli(
        service_env, "layouts", "forget", "--user", "ola@example.com", "--production", "river mile"
    )
    assert forgot.returncode == 0, forgot.stderr
    assert rules_seen_by(conn, ola) == []
    receive(conn, ola, daily_sheet("RIVER MILE", "22.03.2026", "06:30", 2))
    third = day_of(conn, ola, "2026-03-22")
    assert (third["status"], third["learnt_fields"]) == ("reviewing", {})


def sure_sheet(date: str, call: str, breakfast: str) -> bytes:
    """A sheet the reader reads with confidence, that also prints breakfast."""
    return render(
        [
            (30, 40, "RIVER MILE", 18),
            (30, 70, f"Date: {date}", 10),
            (30, 90, f"Crew Call: {call}", 10),
            (300, 90, f"Breakfast: {breakfast}", 10),
            (30, 110, "Location: ul. Mariacka 46, 80-831 Gdansk", 10),
        ]
    )


def test_a_rule_taught_by_correcting_the_reader_wins_a_disagreement_with_a_warning(
    conn, database
) -> None:
    # Given a sheet the reader reads with confidence, and the user's correction of its call
    # (the call they are given is the one printed beside "Breakfast:")
    ola = rows.add_user(conn)
    receive(conn, ola, sure_sheet("20.03.2026", "06:00", "05:30"))
    first = day_of(conn, ola, "2026-03-20")
    assert first["status"] == "confirmed"
    with db.transaction(actor="test") as tx:
        row = tx.execute("SELECT * FROM schedule_data WHERE id = %s FOR UPDATE",
                         (first["id"],)).fetchone()  # fmt: skip
        answered = edit_schedule(tx, row, {"call_time": time(5, 30)}, by="test")
    # (a confirmed day stays confirmed: the other core fields are vouched for as read)
    labels = {lsn.field: lsn.label for lsn in answered.lessons}
    assert labels == {"call_time": "Breakfast:", "shooting_date": "Date:", "location": "Location:"}
    # When the next sheet comes, the reader sure of its crew call
    receive(conn, ola, sure_sheet("21.03.2026", "07:00", "06:30"))
    second = day_of(conn, ola, "2026-03-21")
    # Then the corrected layout is used, never silently: a warning names both readings, and
    # `schedules show` names the rule and what the reader had read
    assert second["call_time"] == time(6, 30)
    assert second["learnt_fields"]["call_time"]["reader_read"] == "07:00"
    assert any(
        "reads '06:30', the sheet reader found '07:00'; the learnt layout's is used" in w
        for w in second["warnings"]
    ), second["warnings"]


def label_column_sheet(day: date, call: str, key: str) -> bytes:
    """The held-out label-column template with its call beside a bare "Team" (a word no
    call-sheet convention gives the crew's call, so the reader doubts its "Team | 0700"; a bare
    "Crew" is now read sure on a sheet that writes all its times in four digits)."""
    family, layout, table, draw, size = holdout.FAMILIES[1]
    g = {**table[0], "key": key, "day": day, "call": call, "label": "Team"}
    return holdout._sheet(family, layout, 0, g, draw, size).data


def test_a_plain_confirmation_teaches_the_fields_as_read(conn, database, service_env) -> None:
    # Given a sheet read right but with a doubtful crew call, waiting for review
    ola = rows.add_user(conn)
    receive(conn, ola, label_column_sheet(date(2026, 3, 12), "07:00", "austin"))
    first = day_of(conn, ola, "2026-03-12")
    assert first["status"] == "reviewing" and first["call_time"] == time(7, 0)
    # When Ola confirms it as read
    confirmed = cli(service_env, "schedules", "confirm", str(first["id"]))
    assert confirmed.returncode == 0, confirmed.stderr
    assert "learnt where call_time sits (under or beside 'Team')" in confirmed.stdout
    taught = conn.execute("SELECT field, taught_by FROM learnt_layouts").fetchall()
    assert {(r["field"], r["taught_by"]) for r in taught} >= {("call_time", "confirmation")}
    # Then the next day's sheet is confirmed without review, its call read by the rule
    receive(conn, ola, label_column_sheet(date(2026, 3, 13), "06:30", "la"))
    second = day_of(conn, ola, "2026-03-13")
    assert (second["status"], second["call_time"]) == ("confirmed", time(6, 30))
    assert second["learnt_fields"]["call_time"]["label"] == "Team"
    assert "Observatory" in second["location"]


def test_a_reply_with_the_location_teaches_the_layout_too(conn, database) -> None:
    # Given day 1 of RIVER MILE in review, and a reply to its review message naming the set
    ola = rows.add_user(conn)
    receive(conn, ola, daily_sheet("RIVER MILE", "20.03.2026", "06:00", 0))
    first = day_of(conn, ola, "2026-03-20")
    thread = conn.execute(
        """INSERT INTO reply_threads (user_id, schedule_id, schedule_version, purpose, token,
                                      mailbox, gmail_thread_id, gmail_message_id, rfc_message_id)
           VALUES (%s, %s, 1, 'review', 'tok_0123456789abcdefLRN', 'crew@example.com', 't1',
                   'm1', '<m1@x>')
           RETURNING id""",
        (ola, first["id"]),
    ).fetchone()["id"]
    reply = conn.execute(
        """INSERT INTO review_replies (user_id, message_id, thread_id, sender, body, status,
                                       reply_thread_id, schedule_id, schedule_version, received_at)
           VALUES (%s, 'r1', 't1', 'crew@example.com', %s, 'received', %s, %s, 1, %s)
           RETURNING id""",
        (ola, f"location: {address(0)}", thread, first["id"],
         datetime(2026, 3, 2, 19, 0, tzinfo=UTC)),
    ).fetchone()["id"]  # fmt: skip
    # When the reply is applied, as the extract stage's actor does, working as Ola
    with db.working_for_user(ola):
        assert apply_reply(reply) == "applied"
    # Then the location's place was learnt, and day 2 is planned without review
    learnt = {r["field"]: r["label"] for r in rules_seen_by(conn, ola)}
    assert learnt["location"] == "TODAY WE GATHER"
    receive(conn, ola, daily_sheet("RIVER MILE", "21.03.2026", "07:00", 1))
    second = day_of(conn, ola, "2026-03-21")
    assert second["status"] == "confirmed" and same_address(second["location"], address(1))


def test_a_correction_no_rule_reads_back_keeps_the_next_sheet_from_confirming_it(
    conn, database
) -> None:
    # Given a sheet the reader reads with confidence, whose date the user corrects to one the
    # sheet does not print (nothing can learn where it sits)
    ola = rows.add_user(conn)
    receive(conn, ola, sure_sheet("20.03.2026", "06:00", "05:30"))
    first = day_of(conn, ola, "2026-03-20")
    assert first["status"] == "confirmed"
    with db.transaction(actor="test") as tx:
        row = tx.execute("SELECT * FROM schedule_data WHERE id = %s FOR UPDATE",
                         (first["id"],)).fetchone()  # fmt: skip
        answered = edit_schedule(tx, row, {"shooting_date": date(2026, 3, 19)}, by="test")
    said = {lsn.field: str(lsn) for lsn in answered.lessons}
    assert "later sheets of this layout will ask about it" in said["shooting_date"]
    memo = conn.execute(
        "SELECT label, rule FROM learnt_layouts WHERE field = 'shooting_date'"
    ).fetchone()
    assert memo["rule"]["relation"] == "corrected"
    assert memo["rule"]["reader_read"] == "2026-03-20"
    # When the next sheet of that layout comes, the reader as sure of its date as before
    receive(conn, ola, sure_sheet("21.03.2026", "07:00", "06:30"))
    second = day_of(conn, ola, "2026-03-21")
    # Then it is not confirmed unasked: the date goes to review, and a warning says why
    assert second["status"] == "reviewing"
    assert float(second["field_confidence"]["shooting_date"]) < 0.85
    assert any(
        "shooting_date: an earlier sheet of this production in this layout was corrected here" in w
        for w in second["warnings"]
    ), second["warnings"]
