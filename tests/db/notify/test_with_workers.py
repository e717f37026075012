"""Calendar and notify through the real dispatcher and a real worker process, offline providers.

The route and weather rows are written directly (as those stages would): their triggers emit
route_planned and weather_assessed, and the pipeline's own routes do the rest.
"""

from __future__ import annotations

from datetime import time
from pathlib import Path

from pipeline.calendar.logic import event_id_for
from pipeline.outbox.dispatcher import Dispatcher
from pipeline.outbox.routing import ROUTES
from tests.support import dayrows
from tests.support.waiting import wait_for

# Only this stages: the rows of route and weather are the test's own.
OWN_ROUTES = {
    kind: tuple(r for r in routes if r.queue_name in ("calendar", "notify"))
    for kind, routes in ROUTES.items()
}


def sent(conn, day, template):
    return conn.execute(
        "SELECT * FROM notifications WHERE schedule_id = %s AND template = %s AND status = 'sent'",
        (day["schedule_id"], template),
    ).fetchall()


def test_a_planned_day_becomes_an_ics_event_and_sent_notices_then_a_revision(
    conn, database, broker, start_service, run_in_thread, tmp_path: Path
) -> None:
    # Given a dispatcher with the calendar and notify routes and a real worker, all offline
    start_service("worker", "--processes", "1", "--threads", "4",
                  env={"STILLONTIME_HOME": str(tmp_path)})  # fmt: skip
    run_in_thread(Dispatcher(broker, url=database, routes=OWN_ROUTES).run_forever)
    # When a confirmed day gets its route plan and weather
    day = dayrows.add_day(conn)
    # Then the .ics event is written and the schedule_processed notice lands in the outbox
    ics = tmp_path / "calendar" / str(day["user_id"]) / f"{event_id_for(day['schedule_id'])}.ics"
    [note] = wait_for(lambda: sent(conn, day, "schedule_processed"), what="schedule_processed")
    start = f"DTSTART;TZID=Europe/Warsaw:{dayrows.ics_stamp(time(5, 35))}"
    assert ics.exists() and start in ics.read_text()
    outbox = (tmp_path / "outbox" / f"{note['id']}.txt").read_text(encoding="utf-8")
    assert "04:50" in outbox and "05:35" in outbox
    # When a revised sheet moves the call to 06:30 and route and weather are recomputed
    version = dayrows.revise(conn, day, call=time(6, 30))
    dayrows.put_route(conn, day["user_id"], day["schedule_id"], version, time(6, 30))
    dayrows.put_weather(conn, day["user_id"], day["schedule_id"], version)
    # Then the same event moves and exactly one schedule_updated names the change
    [updated] = wait_for(lambda: sent(conn, day, "schedule_updated"), what="schedule_updated")
    assert "call moved 07:00 -> 06:30, wake-up now 04:20" in updated["message"]
    wait_for(lambda: dayrows.ics_stamp(time(5, 5)) in ics.read_text(), what="patched .ics")
    assert len(list(ics.parent.glob("*.ics"))) == 1
    assert len(sent(conn, day, "schedule_processed")) == 1
