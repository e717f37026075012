"""The calendar stage against a fake Google Calendar, through google-api-python-client."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta

import pytest

from pipeline.accounts import Grant, save_grant
from pipeline.calendar.logic import event_id_for
from pipeline.calendar.providers import CalendarSettings, CalendarUnavailable
from pipeline.calendar.service import sync_schedule
from tests.support import dayrows
from tests.support.fake_calendar import FakeCalendar

SETTINGS = CalendarSettings(provider="auto", retry_attempts=4, retry_min_s=0.01, retry_max_s=0.05)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeCalendar]:
    server = FakeCalendar()
    monkeypatch.setenv("STILLONTIME_GOOGLE_API_ENDPOINT", server.url)
    yield server
    server.stop()


@pytest.fixture
def day(conn) -> dict:
    """A confirmed day of a user with a Google grant."""
    planned = dayrows.add_day(conn)
    grant = Grant(
        access_token="access-token",
        refresh_token="refresh-token",
        client_id="client",
        client_secret="secret",
        scopes=("https://www.googleapis.com/auth/calendar.events",),
        expiry=datetime.now(UTC) + timedelta(hours=1),
        status="active",
        last_error=None,
    )
    save_grant(conn, planned["user_id"], grant)
    return planned


def event_row(conn, day) -> dict:
    return conn.execute(
        "SELECT * FROM calendar_events WHERE schedule_id = %s", (day["schedule_id"],)
    ).fetchone()


def sync_events(conn, day) -> list[str]:
    rows = conn.execute(
        "SELECT kind FROM events WHERE subject_table = 'calendar_events' AND schedule_id = %s "
        "ORDER BY id",
        (day["schedule_id"],),
    )
    return [r["kind"] for r in rows]


def test_a_confirmed_day_becomes_one_event_with_alarms_in_the_set_time_zone(conn, fake, day):
    # When the calendar stage syncs the schedule
    outcome = sync_schedule(day["schedule_id"], settings=SETTINGS)
    # Then one event exists, under the id derived from the schedule
    assert outcome == "created"
    events = fake.live()
    assert len(events) == 1
    event = events[0]
    assert event["id"] == event_id_for(day["schedule_id"])
    # from departure (07:00 - 85 min) to the wrap estimate (call + 10 h), in Warsaw time
    start = dayrows.local(time(5, 35)).isoformat()
    assert event["start"] == {"dateTime": start, "timeZone": "Europe/Warsaw"}
    assert event["end"]["dateTime"] == dayrows.local(time(17, 0)).isoformat()
    assert event["summary"].startswith("Wiedźmin S5") and "Plac Defilad 1" in event["summary"]
    assert event["location"] == "Plac Defilad 1, Warszawa"
    for text in ("Wake-up", "04:50", "05:35", "light snow", "cold exterior morning",
                 "temperature below 0", "12 EXT", "Anna Nowak", "Szpital Praski"):  # fmt: skip
        assert text in event["description"], text
    # Reminders: at wake-up (45 min before departure), 15 min before, and at departure
    overrides = event["reminders"]["overrides"]
    assert [o["minutes"] for o in overrides] == [45, 15, 0] and len(overrides) <= 5
    assert event["reminders"]["useDefault"] is False
    # And the record is synced for version 1, which emitted calendar_synced
    row = event_row(conn, day)
    assert (row["provider"], row["sync_status"], row["schedule_version"]) == ("google", "synced", 1)
    assert "calendar_synced" in sync_events(conn, day)
    assert all(a == "Bearer access-token" for a in fake.auth)


def test_a_repeated_message_makes_no_second_event_and_no_call(conn, fake, day):
    sync_schedule(day["schedule_id"], settings=SETTINGS)
    calls = len(fake.log)
    # When the same message is delivered again
    outcome = sync_schedule(day["schedule_id"], settings=SETTINGS)
    # Then nothing is written: same event, no request at all
    assert outcome.startswith("skipped")
    assert len(fake.live()) == 1 and len(fake.log) == calls


def test_a_lost_commit_is_recovered_by_the_409_then_patch(conn, fake, day):
    # Given the event exists in the calendar but our record of it was lost
    sync_schedule(day["schedule_id"], settings=SETTINGS)
    conn.execute("DELETE FROM calendar_events WHERE schedule_id = %s", (day["schedule_id"],))
    # When the message runs again
    assert sync_schedule(day["schedule_id"], settings=SETTINGS) == "updated"
    # Then the insert's 409 led to a patch of the same event, not a second one
    assert fake.count("POST") == 2 and fake.count("PATCH") == 1
    assert len(fake.live()) == 1 and event_row(conn, day)["sync_status"] == "synced"


def test_a_revision_patches_the_same_event(conn, fake, day):
    sync_schedule(day["schedule_id"], settings=SETTINGS)
    # Given a revised sheet moves the call to 06:30 and the route is replanned
    version = dayrows.revise(conn, day, call=time(6, 30))
    dayrows.put_route(conn, day["user_id"], day["schedule_id"], version, time(6, 30))
    # When the calendar syncs again
    assert sync_schedule(day["schedule_id"], settings=SETTINGS) == "updated"
    # Then the one event moved (departure 05:05, wake-up 04:20) and the record is at version 2
    events = fake.live()
    assert len(events) == 1
    assert events[0]["start"]["dateTime"] == dayrows.local(time(5, 5)).isoformat()
    assert events[0]["end"]["dateTime"] == dayrows.local(time(16, 30)).isoformat()
    assert "04:20" in events[0]["description"]
    assert fake.count("POST") == 1 and fake.count("PATCH") == 1
    row = event_row(conn, day)
    assert (row["schedule_version"], row["sync_status"]) == (version, "synced")
    assert sync_events(conn, day).count("calendar_synced") == 2


def test_a_stale_route_plan_writes_nothing(conn, fake, day):
    sync_schedule(day["schedule_id"], settings=SETTINGS)
    dayrows.revise(conn, day, call=time(6, 30))
    # When a message arrives before the route plan of version 2
    outcome = sync_schedule(day["schedule_id"], settings=SETTINGS)
    # Then the event keeps version 1's content
    assert outcome.startswith("skipped") and fake.count("PATCH") == 0


def test_a_cancellation_cancels_the_event(conn, fake, day):
    sync_schedule(day["schedule_id"], settings=SETTINGS)
    dayrows.cancel(conn, day)
    assert sync_schedule(day["schedule_id"], settings=SETTINGS) == "cancelled"
    assert fake.live() == []
    assert event_row(conn, day)["status"] == "cancelled"
    assert "calendar_cancelled" in sync_events(conn, day)
    # and again is a no-op
    assert sync_schedule(day["schedule_id"], settings=SETTINGS).startswith("skipped")


def test_an_overlapping_event_is_a_conflict_not_an_overwrite(conn, fake, day):
    # Given the user has a dentist appointment in the middle of the shooting day
    fake.add_event(
        dayrows.local(time(12, 0)).isoformat(), dayrows.local(time(13, 0)).isoformat(), "Dentist"
    )
    # When the calendar syncs
    outcome = sync_schedule(day["schedule_id"], settings=SETTINGS)
    # Then nothing is written, the conflict is recorded with the reason, and reported
    assert outcome.startswith("conflict") and "Dentist" in outcome
    assert [e["summary"] for e in fake.live()] == ["Dentist"]
    row = event_row(conn, day)
    assert row["sync_status"] == "conflict" and "Dentist" in row["last_error"]
    assert "calendar_conflicted" in sync_events(conn, day)
    # A repeat does not ask again; --force writes it anyway
    assert sync_schedule(day["schedule_id"], settings=SETTINGS).startswith("skipped")
    assert sync_schedule(day["schedule_id"], settings=SETTINGS, force=True) == "created"
    assert event_row(conn, day)["sync_status"] == "synced"


def test_an_event_edited_by_hand_is_a_conflict_on_the_next_revision(conn, fake, day):
    sync_schedule(day["schedule_id"], settings=SETTINGS)
    # Given the user moved the event's title by hand in their calendar
    fake.hand_edit(event_id_for(day["schedule_id"]), summary="My own title")
    # When a revision arrives
    version = dayrows.revise(conn, day, call=time(6, 30))
    dayrows.put_route(conn, day["user_id"], day["schedule_id"], version, time(6, 30))
    outcome = sync_schedule(day["schedule_id"], settings=SETTINGS)
    # Then the hand edit is kept and the conflict recorded
    assert outcome.startswith("conflict") and "by hand" in outcome
    assert fake.live()[0]["summary"] == "My own title" and fake.count("PATCH") == 0
    assert event_row(conn, day)["sync_status"] == "conflict"


def test_server_errors_are_retried_then_succeed(conn, fake, day):
    # Given the calendar answers 503 twice to the insert
    fake.fail("POST", "/events", 503, times=2)
    # When the calendar syncs
    assert sync_schedule(day["schedule_id"], settings=SETTINGS) == "created"
    # Then the third attempt made the one event
    assert fake.count("POST") == 3 and len(fake.live()) == 1
    assert event_row(conn, day)["sync_status"] == "synced"


def test_a_calendar_that_keeps_failing_is_an_error_then_retried_by_the_message(conn, fake, day):
    fake.fail("POST", "/events", 500, times=SETTINGS.retry_attempts)
    with pytest.raises(CalendarUnavailable):
        sync_schedule(day["schedule_id"], settings=SETTINGS)
    row = event_row(conn, day)
    assert row["sync_status"] == "error" and "500" in row["last_error"]
    # When Dramatiq retries the message, the calendar is back
    assert sync_schedule(day["schedule_id"], settings=SETTINGS) == "created"
    assert event_row(conn, day)["sync_status"] == "synced" and len(fake.live()) == 1
    assert sync_events(conn, day)[-2:] == ["calendar_sync_requested", "calendar_synced"]


def test_a_revoked_grant_falls_back_to_the_ics_file(conn, fake, day, monkeypatch, tmp_path):
    # Given the access token expired and Google refuses to refresh it
    conn.execute("UPDATE oauth_tokens SET token_expiry = now() - interval '1 hour'")
    monkeypatch.setenv("STILLONTIME_GOOGLE_TOKEN_URI", fake.url + "/token")
    # When the calendar syncs, the day is still written, to the .ics folder
    assert sync_schedule(day["schedule_id"], settings=SETTINGS, home=tmp_path) == "created"
    row = event_row(conn, day)
    assert (row["provider"], row["sync_status"]) == ("ics", "synced")
    assert fake.live() == []
    grant = conn.execute("SELECT status FROM oauth_tokens").fetchone()
    assert grant["status"] in ("revoked", "error")
