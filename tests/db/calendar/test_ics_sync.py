"""The offline calendar: an .ics file per shooting day, same content and alarms, idempotent."""

from __future__ import annotations

from datetime import time

from icalendar import Calendar

from pipeline.calendar.logic import event_id_for
from pipeline.calendar.providers import CalendarSettings
from pipeline.calendar.service import ics_path, sync_schedule
from tests.support import dayrows

SETTINGS = CalendarSettings()  # auto: no Google grant, so the .ics folder


def read_event(path):
    cal = Calendar.from_ical(path.read_bytes())
    return next(c for c in cal.walk("VEVENT"))


def test_without_google_the_day_is_an_ics_file_with_alarms(conn, tmp_path):
    day = dayrows.add_day(conn, language="pl")
    assert sync_schedule(day["schedule_id"], settings=SETTINGS, home=tmp_path) == "created"
    path = tmp_path / "calendar" / str(day["user_id"]) / f"{event_id_for(day['schedule_id'])}.ics"
    assert ics_path(day["schedule_id"], home=tmp_path) == path and path.exists()
    event = read_event(path)
    assert str(event["uid"]) == f"{event_id_for(day['schedule_id'])}@stillontime"
    assert event.decoded("dtstart").isoformat() == dayrows.local(time(5, 35)).isoformat()
    assert event["dtstart"].params["TZID"] == "Europe/Warsaw"
    assert event.decoded("dtend").isoformat() == dayrows.local(time(17, 0)).isoformat()
    assert "Pobudka" in str(event["description"]) and "04:50" in str(event["description"])
    alarms = [a for a in event.walk("VALARM")]
    assert [int(-a.decoded("trigger").total_seconds() // 60) for a in alarms] == [45, 15, 0]
    row = conn.execute(
        "SELECT provider, sync_status FROM calendar_events WHERE schedule_id = %s",
        (day["schedule_id"],),
    ).fetchone()
    assert (row["provider"], row["sync_status"]) == ("ics", "synced")


def test_repeat_revision_and_cancellation_rewrite_the_same_file(conn, tmp_path):
    day = dayrows.add_day(conn)
    sync_schedule(day["schedule_id"], settings=SETTINGS, home=tmp_path)
    path = ics_path(day["schedule_id"], home=tmp_path)
    first = path.read_bytes()
    # A repeat leaves the file alone
    assert sync_schedule(day["schedule_id"], settings=SETTINGS, home=tmp_path).startswith("skipped")
    assert path.read_bytes() == first
    # A revision rewrites it with a higher SEQUENCE
    version = dayrows.revise(conn, day, call=time(6, 30))
    dayrows.put_route(conn, day["user_id"], day["schedule_id"], version, time(6, 30))
    assert sync_schedule(day["schedule_id"], settings=SETTINGS, home=tmp_path) == "updated"
    event = read_event(path)
    assert event.decoded("dtstart").strftime("%H:%M") == "05:05" and int(event["sequence"]) == 2
    # A cancellation marks it cancelled (a subscribed calendar drops it)
    dayrows.cancel(conn, day)
    assert sync_schedule(day["schedule_id"], settings=SETTINGS, home=tmp_path) == "cancelled"
    assert str(read_event(path)["status"]) == "CANCELLED"
    assert len(list(path.parent.glob("*.ics"))) == 1


def test_a_file_edited_by_hand_is_a_conflict(conn, tmp_path):
    day = dayrows.add_day(conn)
    sync_schedule(day["schedule_id"], settings=SETTINGS, home=tmp_path)
    path = ics_path(day["schedule_id"], home=tmp_path)
    path.write_bytes(path.read_bytes().replace(b"SUMMARY:", b"SUMMARY:Edited "))
    version = dayrows.revise(conn, day, call=time(6, 30))
    dayrows.put_route(conn, day["user_id"], day["schedule_id"], version, time(6, 30))
    outcome = sync_schedule(day["schedule_id"], settings=SETTINGS, home=tmp_path)
    assert outcome.startswith("conflict") and b"Edited" in path.read_bytes()


def test_weather_unavailable_still_makes_the_event(conn, tmp_path):
    day = dayrows.add_day(conn, weather="unavailable")
    sync_schedule(day["schedule_id"], settings=SETTINGS, home=tmp_path)
    assert "no forecast available" in str(
        read_event(ics_path(day["schedule_id"], tmp_path))["description"]
    )


def test_a_lock_held_too_long_is_a_retry_not_a_stuck_worker(conn, database, tmp_path):
    import psycopg
    import pytest

    from pipeline.calendar.store import QUERIES, CalendarBusy

    day = dayrows.add_day(conn)
    # Given another (wedged) worker holds the schedule's calendar lock
    with psycopg.connect(database, autocommit=True) as other:
        other.execute(QUERIES["calendar_events_lock_schedule"], {"schedule_id": day["schedule_id"]})
        # Then a sync gives up after the lock timeout with a retryable error
        with pytest.raises(CalendarBusy):
            sync_schedule(
                day["schedule_id"], settings=CalendarSettings(lock_timeout_s=0.2), home=tmp_path
            )
    # And once the lock is free it goes through
    assert sync_schedule(day["schedule_id"], settings=SETTINGS, home=tmp_path) == "created"
