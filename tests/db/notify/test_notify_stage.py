"""The notify stage on a real database: readiness, summary, notifications once, sending, retries."""

from __future__ import annotations

import threading
import time as time_module
from collections.abc import Iterator
from datetime import datetime, time, timedelta
from pathlib import Path

import psycopg
import pytest

from pipeline.calendar.providers import CalendarSettings
from pipeline.calendar.service import sync_schedule
from pipeline.notify import channels, store
from pipeline.notify.sending import NotifySettings, send_due_notifications, send_notification
from pipeline.notify.service import notify_processing_errors, prepare_schedule
from pipeline.outbox.dispatcher import Dispatcher
from tests.support import dayrows
from tests.support.fake_hook import FakeHook

# Noon on the eve of the shooting day (ten days ahead), before the 20:00 summary: later than
# the database's now() that stamps the rows, so what is due now is due at NOW.
NOW = dayrows.utc(time(12, 0), dayrows.EVE)
SETTINGS = NotifySettings(retry_base_s=30, retry_max_s=600)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path


@pytest.fixture
def hook() -> Iterator[FakeHook]:
    server = FakeHook()
    yield server
    server.stop()


def ready_day(conn, home: Path, **kwargs) -> dict:
    day = dayrows.add_day(conn, **kwargs)
    sync_schedule(day["schedule_id"], settings=CalendarSettings(provider="ics"), home=home)
    return day


def revise_all(conn, day: dict, home: Path, call: time, **weather) -> None:
    """A revised sheet, replanned by route and weather, and synced to the calendar."""
    version = dayrows.revise(conn, day, call=call)
    dayrows.put_route(conn, day["user_id"], day["schedule_id"], version, call)
    dayrows.put_weather(conn, day["user_id"], day["schedule_id"], version, **weather)
    sync_schedule(day["schedule_id"], settings=CalendarSettings(provider="ics"), home=home)


def notes(conn, day: dict, **where) -> list[dict]:
    extra = "".join(f" AND {k} = %({k})s" for k in where)
    return conn.execute(
        "SELECT * FROM notifications WHERE schedule_id = %(s)s" + extra + " ORDER BY created_at",
        {"s": day["schedule_id"], **where},
    ).fetchall()


def templates(rows: list[dict]) -> list[str]:
    return sorted(r["template"] for r in rows)


def test_a_ready_day_gets_one_summary_and_its_notifications_once(conn, home):
    day = ready_day(conn, home)
    # When notify runs (and runs again: a repeated message)
    assert prepare_schedule(day["schedule_id"], now=NOW).startswith("summary v1")
    assert prepare_schedule(day["schedule_id"], now=NOW) == "up to date"
    # Then there is one summary for version 1, in English, with the timeline and the rest
    summary = conn.execute(
        "SELECT * FROM summaries WHERE schedule_id = %s", (day["schedule_id"],)
    ).fetchone()
    assert (summary["schedule_version"], summary["language"]) == (1, "en")
    for text in ("Wake-up", "04:50", "Departure", "05:35", "Call", "07:00", "17:00",
                 "light snow", "cold exterior morning", "12 EXT", "Anna Nowak", "Szpital Praski",
                 "Calendar: event saved (ics)"):  # fmt: skip
        assert text in summary["content"], text
    assert "<table>" in summary["html_content"]
    # And exactly one schedule_processed, a weather warning, and the three scheduled ones
    rows = notes(conn, day)
    assert templates(rows) == [
        "departure_reminder", "evening_summary", "schedule_processed", "wakeup_reminder",
        "weather_warning",
    ]  # fmt: skip
    assert {r["channel_name"] for r in rows} == {"local"}
    by = {r["template"]: r for r in rows}
    assert by["wakeup_reminder"]["scheduled_for"] == dayrows.local(time(4, 50))
    assert by["departure_reminder"]["scheduled_for"] == dayrows.local(time(5, 35))
    # (20:00 in the user's time zone, UTC by default)
    assert by["evening_summary"]["scheduled_for"] == dayrows.utc(time(20, 0), dayrows.EVE)
    assert by["schedule_processed"]["idempotency_key"] == (
        f"{day['schedule_id']}:v1:schedule_processed:local"
    )


def test_nothing_is_built_until_the_calendar_of_the_plan_matches_the_version(conn, home):
    # Given a day whose weather says no forecast can be had (the route planned without it)
    day = dayrows.add_day(conn, weather=None)
    dayrows.put_weather(conn, day["user_id"], day["schedule_id"], 1, status="unavailable")
    assert prepare_schedule(day["schedule_id"], now=NOW).startswith("waiting: calendar")
    sync_schedule(day["schedule_id"], settings=CalendarSettings(provider="ics"), home=home)
    # When the calendar settled: the summary is built, saying there is no forecast
    assert prepare_schedule(day["schedule_id"], now=NOW).startswith("summary v1")
    rows = notes(conn, day, template="schedule_processed")
    assert len(rows) == 1 and "no forecast available" in rows[0]["message"]
    # a revision not yet replanned waits again (a stale calendar_synced does nothing)
    dayrows.revise(conn, day, call=time(6, 30))
    assert prepare_schedule(day["schedule_id"], now=NOW).startswith("waiting: route")


def test_a_revision_sends_one_schedule_updated_naming_the_change(conn, home):
    day = ready_day(conn, home)
    prepare_schedule(day["schedule_id"], now=NOW)
    # When a revised sheet moves the call to 06:30 and everything is replanned
    revise_all(conn, day, home, time(6, 30))
    prepare_schedule(day["schedule_id"], now=NOW)
    prepare_schedule(day["schedule_id"], now=NOW)
    # Then one schedule_updated, saying exactly what moved
    updated = notes(conn, day, template="schedule_updated")
    assert len(updated) == 1
    lead = "What changed (version 1 -> 2): call moved 07:00 -> 06:30, wake-up now 04:20"
    assert updated[0]["message"].startswith(lead + ", departure now 05:05.")
    assert "call moved 07:00 -> 06:30" in updated[0]["subject"]
    assert updated[0]["data"]["changes"][0] == {"field": "call", "old": "07:00", "new": "06:30"}
    # And still only one schedule_processed; the old reminders were cancelled, new ones queued
    assert len(notes(conn, day, template="schedule_processed")) == 1
    wake = notes(conn, day, template="wakeup_reminder")
    assert [(r["schedule_version"], r["status"]) for r in wake] == [
        (1, "cancelled"),
        (2, "pending"),
    ]
    assert wake[1]["scheduled_for"] == dayrows.local(time(4, 20))


def test_a_polish_user_reads_polish(conn, home):
    day = ready_day(conn, home, language="pl")
    prepare_schedule(day["schedule_id"], now=NOW)
    revise_all(conn, day, home, time(6, 30))
    prepare_schedule(day["schedule_id"], now=NOW)
    processed = notes(conn, day, template="schedule_processed")[0]
    assert "Pobudka" in processed["message"] and "Najbliższy szpital" in processed["message"]
    updated = notes(conn, day, template="schedule_updated")[0]
    assert "call przesunięty 07:00 -> 06:30, pobudka teraz 04:20" in updated["message"]


def test_a_cancelled_day_cancels_what_was_not_sent_and_tells_the_user_once(conn, home):
    day = ready_day(conn, home)
    prepare_schedule(day["schedule_id"], now=NOW)
    dayrows.cancel(conn, day)
    # When notify hears of it (twice: a repeated message)
    prepare_schedule(day["schedule_id"], now=NOW)
    prepare_schedule(day["schedule_id"], now=NOW)
    # Then every notification is cancelled but one notice that the day is off, still pending
    rows = notes(conn, day)
    [notice] = [r for r in rows if r["status"] != "cancelled"]
    assert (notice["template"], notice["status"]) == ("schedule_cancelled", "pending")
    assert notice["subject"].startswith("Cancelled: ")
    assert len(rows) == 6


def test_a_day_cancelled_before_its_summary_is_not_announced(conn, home):
    day = ready_day(conn, home)
    dayrows.cancel(conn, day)
    assert prepare_schedule(day["schedule_id"], now=NOW) == "cancelled 0, 0 queued"
    assert notes(conn, day) == []


def test_a_calendar_conflict_is_reported_for_review(conn, home):
    day = ready_day(conn, home)
    conn.execute(
        "UPDATE calendar_events SET sync_status = 'conflict', last_error = 'overlaps Dentist' "
        "WHERE schedule_id = %s",
        (day["schedule_id"],),
    )
    prepare_schedule(day["schedule_id"], now=NOW)
    review = notes(conn, day, template="needs_review")
    assert len(review) == 1 and "overlaps Dentist" in review[0]["message"]
    assert "NOT updated" in notes(conn, day, template="schedule_processed")[0]["message"]


def test_local_channel_writes_the_outbox_once(conn, home):
    day = ready_day(conn, home)
    prepare_schedule(day["schedule_id"], now=NOW)
    note = notes(conn, day, template="schedule_processed")[0]
    assert send_notification(note["id"], now=NOW, home=home) == "sent"
    assert send_notification(note["id"], now=NOW, home=home) == "skipped"
    path = home / "outbox" / f"{note['id']}.txt"
    text = path.read_text(encoding="utf-8")
    assert text.startswith(f"To: {day['user_id']}\nSubject: ") and "04:50" in text
    row = notes(conn, day, template="schedule_processed")[0]
    assert (row["status"], row["delivery_attempts"], row["external_id"]) == ("sent", 1, str(path))
    # a reminder is not sent before its time
    wake = notes(conn, day, template="wakeup_reminder")[0]
    assert send_notification(wake["id"], now=NOW, home=home) == "skipped"


def add_hook_channel(conn, day: dict, hook: FakeHook) -> str:
    url = f"json://127.0.0.1:{hook.port}/hooks/secret-token-123"
    ciphertext, key_id = channels.encrypt_url(url)
    store.save_channel(conn, day["user_id"], "phone", "push", ciphertext, key_id,
                       channels.hint_of(url))  # fmt: skip
    return url


def test_apprise_posts_to_the_users_channel_and_the_url_is_encrypted(conn, home, hook):
    day = dayrows.add_day(conn)
    url = add_hook_channel(conn, day, hook)
    sync_schedule(day["schedule_id"], settings=CalendarSettings(provider="ics"), home=home)
    prepare_schedule(day["schedule_id"], now=NOW)
    # The user's channel replaces the local default
    assert {r["channel_name"] for r in notes(conn, day)} == {"phone"}
    note = notes(conn, day, template="schedule_processed")[0]
    assert send_notification(note["id"], now=NOW, home=home) == "sent"
    assert len(hook.received) == 1
    posted = hook.received[0]
    assert posted["path"] == "/hooks/secret-token-123"
    assert posted["body"]["title"] == note["subject"] and "04:50" in posted["body"]["message"]
    stored = conn.execute("SELECT url_encrypted::text AS raw, url_hint FROM notification_channels")
    row = stored.fetchone()
    assert "secret-token" not in row["raw"] and row["url_hint"] == "json://127.0.0.1/…"
    assert url not in str(conn.execute("SELECT * FROM audit_log").fetchall())


def test_a_failing_channel_is_retried_with_backoff_until_sent(conn, home, hook):
    day = dayrows.add_day(conn)
    add_hook_channel(conn, day, hook)
    sync_schedule(day["schedule_id"], settings=CalendarSettings(provider="ics"), home=home)
    prepare_schedule(day["schedule_id"], now=NOW)
    note = notes(conn, day, template="schedule_processed")[0]
    # (only this one: the others would take the scripted failures too)
    conn.execute("UPDATE notifications SET status = 'cancelled' WHERE id <> %s", (note["id"],))
    hook.fail(times=2)
    # First try fails: failed, retry in 30 s
    assert send_notification(note["id"], now=NOW, settings=SETTINGS, home=home) == "failed"
    row = conn.execute("SELECT * FROM notifications WHERE id = %s", (note["id"],)).fetchone()
    assert (row["status"], row["retry_count"]) == ("failed", 1)
    assert row["next_attempt_at"] == NOW + timedelta(seconds=30) and "refused" in row["error"]
    assert "secret-token" not in row["error"]

    def due(at: datetime) -> None:
        send_due_notifications(now=at, settings=SETTINGS, home=home)

    # Not before its time; then the second try fails (next in 60 s), the third is sent
    due(NOW + timedelta(seconds=10))
    assert conn.execute("SELECT retry_count FROM notifications WHERE id = %s",
                        (note["id"],)).fetchone()["retry_count"] == 1  # fmt: skip
    due(NOW + timedelta(seconds=31))
    row = conn.execute("SELECT * FROM notifications WHERE id = %s", (note["id"],)).fetchone()
    assert row["next_attempt_at"] == NOW + timedelta(seconds=31 + 60)
    due(NOW + timedelta(seconds=95))
    row = conn.execute("SELECT * FROM notifications WHERE id = %s", (note["id"],)).fetchone()
    assert (row["status"], row["delivery_attempts"], row["error"]) == ("sent", 3, None)
    kinds = [r["kind"] for r in conn.execute(
        "SELECT kind FROM events WHERE subject_id = %s ORDER BY id", (note["id"],))]  # fmt: skip
    assert kinds == ["notification_queued", "notification_claimed", "notification_failed",
                     "notification_claimed", "notification_failed", "notification_claimed",
                     "notification_sent"]  # fmt: skip


def test_a_channel_that_never_works_stops_after_max_retries(conn, home, hook):
    day = dayrows.add_day(conn)
    add_hook_channel(conn, day, hook)
    sync_schedule(day["schedule_id"], settings=CalendarSettings(provider="ics"), home=home)
    prepare_schedule(day["schedule_id"], now=NOW)
    note = notes(conn, day, template="schedule_processed")[0]
    hook.fail(times=100)
    quick = NotifySettings(retry_base_s=0, retry_max_s=0)
    send_notification(note["id"], now=NOW, settings=quick, home=home)
    for _ in range(10):
        send_due_notifications(now=NOW, settings=quick, home=home)
    row = conn.execute("SELECT * FROM notifications WHERE id = %s", (note["id"],)).fetchone()
    assert (row["status"], row["retry_count"], row["next_attempt_at"]) == ("failed", 5, None)
    assert row["delivery_attempts"] == 5


def test_scheduled_notifications_go_out_when_due_once_even_across_restarts(conn, home):
    day = ready_day(conn, home)
    prepare_schedule(day["schedule_id"], now=NOW)
    outbox = home / "outbox"

    def sent() -> list[str]:
        return templates(notes(conn, day, status="sent"))

    # At noon the immediate ones go; the scheduled ones wait
    send_due_notifications(now=NOW, home=home)
    assert sent() == ["schedule_processed", "weather_warning"]
    # At 20:01 the evening summary; two schedulers (or a restarted one) racing send it once
    evening = dayrows.utc(time(20, 1), dayrows.EVE)
    threads = [
        threading.Thread(target=send_due_notifications, kwargs={"now": evening, "home": home})
        for _ in range(4)
    ]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    send_due_notifications(now=evening, home=home)  # after a restart
    assert sent() == ["evening_summary", "schedule_processed", "weather_warning"]
    # At wake-up (04:50 Warsaw) the wake-up reminder, at departure the departure reminder
    send_due_notifications(now=dayrows.local(time(4, 50)), home=home)
    send_due_notifications(now=dayrows.local(time(5, 36)), home=home)
    send_due_notifications(now=dayrows.local(time(5, 40)), home=home)
    rows = notes(conn, day)
    assert all(r["status"] == "sent" and r["delivery_attempts"] == 1 for r in rows)
    assert len(list(outbox.glob("*.txt"))) == len(rows) == 5
    wake = next(r for r in rows if r["template"] == "wakeup_reminder")
    assert wake["subject"] == "Wake up! Leave at 05:35, call 07:00"


def test_an_interrupted_send_is_tried_again(conn, home):
    day = ready_day(conn, home)
    prepare_schedule(day["schedule_id"], now=NOW)
    note = notes(conn, day, template="schedule_processed")[0]
    # Given a worker claimed it and died before recording the outcome
    conn.execute("UPDATE notifications SET status = 'processing' WHERE id = %s", (note["id"],))
    # (a long time ago: the stale timeout is shortened for the test)
    time_module.sleep(0.05)
    result = send_due_notifications(now=NOW, settings=NotifySettings(stale_after_s=0.01), home=home)
    assert result.released == 1
    row = conn.execute("SELECT status FROM notifications WHERE id = %s", (note["id"],)).fetchone()
    assert row["status"] == "sent"


def test_a_dead_letter_is_reported_once(conn, home):
    day = dayrows.add_day(conn)
    conn.execute(
        "UPDATE schedule_data SET last_error = 'route provider down', last_error_stage = 'route',"
        " last_error_at = now() WHERE id = %s",
        (day["schedule_id"],),
    )
    assert notify_processing_errors() == 1
    assert notify_processing_errors() == 0
    row = notes(conn, day, template="processing_error")[0]
    assert "route provider down" in row["message"] and "(route)" in row["subject"]


def test_channel_urls_follow_a_key_rotation(conn):
    from cryptography.fernet import Fernet

    from pipeline.secrets import SecretError, Vault

    old, new = Fernet.generate_key(), Fernet.generate_key()
    day = dayrows.add_day(conn)
    ciphertext, key_id = channels.encrypt_url("json://127.0.0.1:9/x", Vault([old]))
    store.save_channel(conn, day["user_id"], "hook", "push", ciphertext, key_id, "json://")
    assert store.rotate_channel_urls(conn, Vault([new, old])) == 1
    row = store.channel_row(conn, day["user_id"], "hook")
    assert channels.decrypt_url(row["url_encrypted"], Vault([new])) == "json://127.0.0.1:9/x"
    with pytest.raises(SecretError):
        channels.decrypt_url(row["url_encrypted"], Vault([old]))


def test_only_notifications_due_now_are_delivered_to_a_worker(conn, database, broker, home):
    """Issue 18 part 3 (db/0032): a notification queued for later emits notification_scheduled,
    which no stage consumes, instead of a notification_queued whose delivery finds nothing due;
    the scheduler's pass sends it when its time comes."""
    day = ready_day(conn, home)
    prepare_schedule(day["schedule_id"], now=NOW)
    kind_of = {
        r["template"]: r["kind"]
        for r in conn.execute(
            """SELECT n.template, e.kind FROM notifications n
                 JOIN events e ON e.subject_id = n.id AND e.to_state = 'pending'
                WHERE n.schedule_id = %s""",
            (day["schedule_id"],),
        )
    }
    assert kind_of == {
        "schedule_processed": "notification_queued",
        "weather_warning": "notification_queued",
        "evening_summary": "notification_scheduled",
        "wakeup_reminder": "notification_scheduled",
        "departure_reminder": "notification_scheduled",
    }
    # The dispatcher, with the pipeline's routes, makes a send delivery for the due two only
    dispatcher = Dispatcher(broker, url=database)
    dispatcher.run_once()
    dispatcher.close()
    sends = conn.execute(
        """SELECT n.template FROM event_deliveries d
             JOIN events e ON e.id = d.event_id JOIN notifications n ON n.id = e.subject_id
            WHERE d.actor_name = 'notify.send_notification'"""
    ).fetchall()
    assert sorted(r["template"] for r in sends) == ["schedule_processed", "weather_warning"]
    assert (
        conn.execute("SELECT count(*) AS n FROM events WHERE dispatched_at IS NULL").fetchone()["n"]
        == 0
    )
    # And the scheduled ones still go out when due, through the scheduler's pass
    send_due_notifications(now=dayrows.local(time(5, 40)), home=home)
    assert {r["status"] for r in notes(conn, day)} == {"sent"}


def test_a_new_notification_is_still_held_to_the_state_machine(conn, home):
    day = ready_day(conn, home)
    prepare_schedule(day["schedule_id"], now=NOW)
    later = dayrows.local(time(4, 0))
    for status in ("processing", "failed"):
        with pytest.raises(psycopg.errors.CheckViolation, match="illegal transition"):
            conn.execute(
                """INSERT INTO notifications (user_id, schedule_id, schedule_version, channel,
                       template, subject, message, status, scheduled_for, idempotency_key)
                   VALUES (%s, %s, 1, 'email', 'custom', 's', 'm', %s, %s, %s)""",
                (day["user_id"], day["schedule_id"], status, later, f"probe:{status}"),
            )
