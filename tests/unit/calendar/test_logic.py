"""The calendar stage's pure logic: ids, content, reminders, hand edits, overlaps, decisions."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from pipeline.calendar import logic
from pipeline.calendar.store import QUERIES
from pipeline.domain.dayplan import DayPlan
from tests.support import planrows


def plan(**over) -> DayPlan:
    return DayPlan.build(planrows.schedule(**over), planrows.route(), planrows.weather())


def test_event_ids_are_valid_google_ids_derived_from_the_schedule() -> None:
    for _ in range(50):
        schedule_id = uuid.uuid4()
        event_id = logic.event_id_for(schedule_id)
        assert re.fullmatch(r"[a-v0-9]{5,1024}", event_id)
        assert event_id == logic.event_id_for(schedule_id)


def test_the_event_runs_from_departure_to_call_plus_ten_hours_in_the_set_zone() -> None:
    content = logic.content_for(plan(), "en")
    assert content.start.isoformat() == "2026-12-03T05:35:00+01:00"
    assert content.end.isoformat() == "2026-12-03T17:00:00+01:00"
    assert content.title == "Wiedźmin S5 - Day 3 - Plac Defilad 1"
    assert [(r.minutes, r.label) for r in content.reminders] == [
        (45, "Wake-up 04:50"), (15, "Departure -15 min"), (0, "Departure 05:35"),
    ]  # fmt: skip
    body = logic.google_body(content)
    assert body["start"]["timeZone"] == "Europe/Warsaw"
    assert len(body["reminders"]["overrides"]) <= logic.MAX_REMINDERS


def test_a_hand_edit_is_seen_and_our_own_write_is_not() -> None:
    content = logic.content_for(plan(), "en")
    remote = logic.google_body(content)
    assert not logic.edited_by_hand(remote)
    # Google rewrites the offset to UTC: same instant, not an edit
    remote["start"] = {"dateTime": "2026-12-03T04:35:00Z".replace("Z", "+00:00")}
    assert not logic.edited_by_hand(remote)
    assert logic.edited_by_hand({**remote, "summary": "Mine"})
    assert logic.edited_by_hand({**remote, "extendedProperties": {}})


def test_only_other_timed_busy_events_overlap() -> None:
    content = logic.content_for(plan(), "en")
    items = [
        {"id": content.event_id, "start": {"dateTime": "2026-12-03T06:00:00+01:00"},
         "end": {"dateTime": "2026-12-03T07:00:00+01:00"}},
        {"id": "a", "summary": "Dentist", "start": {"dateTime": "2026-12-03T12:00:00+01:00"},
         "end": {"dateTime": "2026-12-03T13:00:00+01:00"}},
        {"id": "b", "summary": "Birthday", "start": {"date": "2026-12-03"},
         "end": {"date": "2026-12-04"}},
        {"id": "c", "summary": "Free", "transparency": "transparent",
         "start": {"dateTime": "2026-12-03T12:00:00+01:00"},
         "end": {"dateTime": "2026-12-03T13:00:00+01:00"}},
        {"id": "d", "summary": "Evening", "start": {"dateTime": "2026-12-03T17:00:00+01:00"},
         "end": {"dateTime": "2026-12-03T18:00:00+01:00"}},
    ]  # fmt: skip
    assert logic.overlapping(items, content) == ["Dentist 12:00-13:00"]


def test_decisions() -> None:
    s, r, w = planrows.schedule(), planrows.route(), planrows.weather()
    assert logic.decide(None, r, w, None).action == "skip"
    assert logic.decide({**s, "status": "reviewing"}, r, w, None).action == "skip"
    assert logic.decide(s, {**r, "schedule_version": 0}, w, None).action == "skip"
    write = logic.decide(s, r, w, None)
    assert write.action == "write" and write.content is not None
    row = {"schedule_version": 1, "status": "active", "sync_status": "synced",
           "content_hash": write.content.content_hash()}  # fmt: skip
    assert logic.decide(s, r, w, row).action == "skip"
    assert logic.decide(s, r, w, row, force=True).action == "write"
    assert logic.decide(s, r, {**w, "temperature": 5}, row).action == "write"
    assert logic.decide({**s, "status": "cancelled"}, r, w, row).action == "cancel"
    assert logic.decide({**s, "status": "cancelled"}, r, w, None).action == "skip"


def test_a_stale_forecast_is_left_out() -> None:
    decision = logic.decide(planrows.schedule(), planrows.route(),
                            planrows.weather(schedule_version=0), None)  # fmt: skip
    assert "light snow" not in decision.content.description


def test_every_query_the_store_uses_exists() -> None:
    source = Path(logic.__file__).with_name("store.py").read_text()
    used = set(re.findall(r'QUERIES\["([a-z_]+)"\]', source))
    assert used and used <= set(QUERIES)
    # The stage's own tables, and the status, demo and dashboard queries the core runs through
    # its declaration.
    assert all(name.startswith(("calendar_", "status_", "demo_", "dashboard_")) for name in QUERIES)
