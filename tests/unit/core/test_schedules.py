"""What every stage after extraction asks of a schedule before working on it."""

from __future__ import annotations

from pipeline.domain.schedules import not_workable


def test_only_an_active_schedule_at_the_message_version_is_worked_on() -> None:
    day = {"status": "confirmed", "version": 2}
    assert not_workable(day, 2) is None
    assert not_workable(day, None) is None  # a message about the schedule, not a version
    assert not_workable({**day, "status": "modified"}, 3) is None  # newer than read: go ahead
    assert not_workable(day, 1) == "stale message (version 1 < 2)"
    assert not_workable({**day, "status": "cancelled"}, 2) == "schedule is cancelled"
    assert not_workable({**day, "status": "review"}, 2) == "schedule is review"
    assert not_workable(None, 2) == "schedule gone"
