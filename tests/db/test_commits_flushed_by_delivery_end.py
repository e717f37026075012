"""An actor's commits that the delivery's end flushes: without waiting for the disk in a
delivery (a stage actor working for an event the dispatcher sent, with its token), flushed as
before anywhere else; the calendar's, whose records precede a write outside, always flushed."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from pipeline import db
from pipeline.calendar.providers import CalendarSettings
from pipeline.calendar.service import sync_schedule
from pipeline.db import connection as db_connection
from pipeline.notify.service import prepare_schedule
from pipeline.route.service import plan_route
from pipeline.weather.service import assess_weather
from tests.db.route.conftest import outside
from tests.db.test_transaction_setup import worker_pool
from tests.security.worker_login import event_of, token_of
from tests.support import dayrows, rows

__all__ = ["outside", "worker_pool"]

SYNC = "SELECT current_setting('synchronous_commit') AS sync"


@pytest.fixture
def commits(monkeypatch) -> list[tuple[str | None, bool]]:
    """(actor, flush) of every transaction opened through ``db.transaction``, in order."""
    seen: list[tuple[str | None, bool]] = []
    real = db_connection._opened

    def opened(conn, actor, flush, binding):
        seen.append((actor, flush))
        return real(conn, actor, flush, binding)

    monkeypatch.setattr(db_connection, "_opened", opened)
    return seen


def in_delivery(conn, user_id):
    event = event_of(conn, user_id)
    return db.working_for_user(user_id, event_id=event, token=token_of(conn, event))


def test_in_a_delivery_the_commit_does_not_wait_and_the_next_one_does(conn, worker_pool):
    mine = rows.add_schedule_chain(conn)
    with in_delivery(conn, mine["user_id"]):
        with db.transaction(actor="probe", flushed_by_delivery_end=True) as tx:
            deferred = tx.execute(SYNC).fetchone()["sync"]
            user = tx.execute("SELECT app_user_id() AS u").fetchone()["u"]
        with db.transaction(actor="probe") as tx:
            flushed = tx.execute(SYNC).fetchone()["sync"]
    assert (deferred, flushed, user) == ("off", "on", mine["user_id"])
    # LOCAL to the transaction: the pooled connection's next statement (the delivery's end,
    # sent in autocommit) waits for the disk again, and with it every commit before it.
    after = worker_pool.conn.execute(SYNC).fetchone()["sync"]
    worker_pool.conn.rollback()
    assert after == "on"


def test_outside_a_delivery_the_commit_waits_for_the_disk(conn) -> None:
    mine = rows.add_schedule_chain(conn)
    event = event_of(conn, mine["user_id"])
    seen = []
    with db.transaction(actor="probe", flushed_by_delivery_end=True) as tx:  # the owner's
        seen.append(tx.execute(SYNC).fetchone()["sync"])
    with db.transaction(actor="probe", user_id=mine["user_id"], flushed_by_delivery_end=True) as tx:
        seen.append(tx.execute(SYNC).fetchone()["sync"])  # a user's, with no event
    with (
        db.working_for_user(mine["user_id"], event_id=event),  # no dispatcher's token
        db.transaction(actor="probe", flushed_by_delivery_end=True) as tx,
    ):
        seen.append(tx.execute(SYNC).fetchone()["sync"])
    assert seen == ["on", "on", "on"]


def test_weather_and_route_write_without_waiting_only_in_a_delivery(conn, outside, commits):
    user_id = rows.add_user(conn)
    first = rows.add_shooting_day(conn, user_id, shooting_date=date.today() + timedelta(days=2))
    with in_delivery(conn, user_id):
        assert assess_weather(first, user_id, 1).action == "insert"
        assert plan_route(first, user_id, 1).action == "insert"
    # the read, then the write under the lock
    assert commits == [("weather", True), ("weather", False), ("route", True), ("route", False)]
    commits.clear()
    second = rows.add_shooting_day(conn, user_id, shooting_date=date.today() + timedelta(days=3))
    assert assess_weather(second, user_id, 1).action == "insert"  # the refresh job's way
    assert plan_route(second, user_id, 1).action == "insert"  # the `route plan` command's
    assert all(flush for _, flush in commits) and len(commits) == 4


def test_the_calendar_always_waits_and_the_summary_does_not_in_a_delivery(
    conn, tmp_path, commits
) -> None:
    day = dayrows.add_day(conn)
    with in_delivery(conn, day["user_id"]):
        sync_schedule(day["schedule_id"], settings=CalendarSettings(provider="ics"), home=tmp_path)
        calendar = list(commits)
        commits.clear()
        assert prepare_schedule(day["schedule_id"], now=dayrows.utc(time(12, 0), dayrows.EVE))
    # The event is recorded as pending, flushed, before the file is written, and as synced.
    assert calendar and all(actor == "calendar" and flush for actor, flush in calendar)
    assert commits == [("notify", False)]
