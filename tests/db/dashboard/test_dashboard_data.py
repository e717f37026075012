"""The dashboard's data and endpoints against the real database and Redis: the figures are
``stillontime status``'s, read as stillontime_reporting; replay and the review's fix and
confirm go through the command line's own functions; every value is escaped; a token guards
any address but loopback."""

from __future__ import annotations

import re
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import psycopg
import pytest
import uvicorn

from pipeline import db
from pipeline.app.dashboard import data
from pipeline.app.dashboard.server import Config, build_app
from pipeline.app.status import gather_status
from tests.support import rows
from tests.support.queues import queued_event_ids
from tests.support.rows import add_schedule_in_review as add_review

HOSTILE = "<script>alert('x')</script>\x1b]0;owned\x07 \x1b[2J\u202eNight"


def add_dead_letter(conn: psycopg.Connection, actor: str = "route.plan_route") -> int:
    event = conn.execute("SELECT id FROM events ORDER BY id LIMIT 1").fetchone()["id"]
    conn.execute(
        "INSERT INTO event_deliveries (event_id, actor_name, queue_name, message_id, status,"
        " attempts, last_error, finished_at) VALUES (%s, %s, %s, gen_random_uuid(), 'dead', 4,"
        " %s, now())",
        (event, actor, actor.split(".")[0], f"RouteError: {HOSTILE}"),
    )
    return event


@contextmanager
def serving(config: Config) -> Iterator[httpx.Client]:
    """The app on a real socket of this machine (uvicorn in a thread), and a client of it."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(build_app(config), host="127.0.0.1", port=port))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        while not server.started and thread.is_alive():
            threading.Event().wait(0.05)
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            yield client
    finally:
        server.should_exit = True
        thread.join(timeout=30)


@pytest.fixture
def client(database, broker) -> Iterator[httpx.Client]:
    config = Config(
        connection=lambda: db.connect(url=database), broker=broker, queues=["route", "extract"]
    )
    with serving(config) as http:
        yield http


def form_secret(page: str) -> str:
    return re.search(r'name="form_secret" value="([^"]+)"', page).group(1)


def test_reading_is_the_reporting_role_and_writes_nothing(conn) -> None:
    with data.reading(conn):
        assert conn.execute("SELECT current_user AS u").fetchone()["u"] == "stillontime_reporting"
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            conn.execute("INSERT INTO users (email) VALUES ('x@example.com')")


def test_the_snapshot_holds_the_status_figures_the_lag_and_the_panels(conn, broker) -> None:
    # Given two emails with a schedule each (3 events undispatched: the two email_received and
    # the review's request; schedule_extracted, which no stage consumes, is written dispatched,
    # db/0035), one schedule in review,
    # a dead letter and a live process
    chain = rows.add_schedule_chain(conn)
    review_id = add_review(conn, HOSTILE)
    dead_event = add_dead_letter(conn)
    conn.execute(
        "INSERT INTO service_instances (kind, host, pid, beat_interval_s)"
        " VALUES ('dispatcher', 'here', 4242, 10)"
    )
    # When the dashboard reads it
    found = data.snapshot(conn, broker.client, broker.namespace, ["route"])
    # Then its figures are those of `stillontime status`, whoever logged in
    with conn.transaction():
        status = gather_status(conn, limit=20)
    assert found["stages"] == status["stages"]
    assert found["outbox"]["undispatched"] == status["outbox"]["undispatched"] == 3
    assert found["outbox"]["oldest_undispatched_age_s"] >= 0
    assert found["stages"]["extract"]["schedule_data.reviewing"] == 1
    assert [d["event_id"] for d in found["dead_letters"]] == [dead_event]
    assert [(s["kind"], s["pid"], s["state"]) for s in found["services"]] == [
        ("dispatcher", 4242, "running")
    ]
    assert found["dispatch_lag"]["n"] == 0  # nothing dispatched yet
    assert found["queues"] == [
        {"queue": "route", "waiting": 0, "taken": 0, "delayed": 0, "dead": 0}
    ]
    # and the stages' panels: the latest schedules, and the one in review with why
    panels = {p.title: p for p in found["panels"]}
    latest = {r["id"] for r in panels["Latest schedules"].rows}
    assert latest == {chain["schedule_id"], review_id}
    [review] = panels["Schedules in review"].rows
    assert (review["id"], review["doubtful_fields"]) == (review_id, ["location"])
    assert review["reasons"] == "no set location found"
    assert [a.name for a in panels["Schedules in review"].actions] == ["fix", "confirm"]


def test_queue_depths_count_what_waits_in_redis(conn, broker) -> None:
    # Given three messages sent to the route queue and none taken
    import dramatiq

    for n in range(3):
        broker.enqueue(dramatiq.Message("route", "route.plan_route", (n,), {}, {}))
    # Then the route queue shows three waiting, the extract queue none
    assert data.queue_depths(broker.client, broker.namespace, ["route", "extract"]) == [
        {"queue": "route", "waiting": 3, "taken": 0, "delayed": 0, "dead": 0},
        {"queue": "extract", "waiting": 0, "taken": 0, "delayed": 0, "dead": 0},
    ]


def test_a_day_shows_every_stage_part_of_the_schedule(conn) -> None:
    chain = rows.add_schedule_chain(conn)
    rows.add_calendar_event(conn, chain["user_id"], chain["schedule_id"])
    parts = dict(data.day(conn, chain["schedule_id"]))
    # in the registry's order, each stage's own headings
    assert list(parts) == [
        "Schedule", "Route", "Weather", "Calendar event", "Summary", "Notifications",
    ]  # fmt: skip
    assert parts["Schedule"][0]["id"] == chain["schedule_id"]
    assert parts["Calendar event"][0]["title"] == "Shoot"
    assert parts["Route"] == [] and parts["Summary"] == []


def test_the_page_shows_the_deliveries_retried_or_sent_again(conn, client) -> None:
    # Given a delivery that took three tries and one the scheduler sent again
    rows.add_schedule_chain(conn)
    event = conn.execute("SELECT id FROM events ORDER BY id LIMIT 1").fetchone()["id"]
    for actor, attempts, redeliveries in (("route.plan_route", 3, 0), ("weather.assess", 1, 1)):
        conn.execute(
            "INSERT INTO event_deliveries (event_id, actor_name, queue_name, message_id, status,"
            " attempts, redeliveries, finished_at) VALUES (%s, %s, 'q', gen_random_uuid(),"
            " 'done', %s, %s, now())",
            (event, actor, attempts, redeliveries),
        )
    page = client.get("/live").text
    assert re.search(r'data-figure="retried:route.plan_route">1<', page)
    assert re.search(r'data-figure="retried:weather.assess">0<', page)
    assert "<td>weather.assess</td>" in page


def test_the_page_escapes_what_call_sheets_and_errors_say(conn, client) -> None:
    # Given a production title and an error carrying markup, escape sequences and controls
    review_id = add_review(conn, HOSTILE)
    add_dead_letter(conn)
    # When the page and the day are drawn
    for path in ("/", "/live", f"/day/{review_id}"):
        page = client.get(path)
        assert page.status_code == 200, path
        # Then the markup is shown as text, and no control character reaches the page
        assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page.text, path
        assert "<script>alert" not in page.text
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e]", page.text)


def test_replay_sends_the_dead_letter_again_as_the_cli_does(conn, client, broker) -> None:
    rows.add_schedule_chain(conn)
    event = add_dead_letter(conn)
    page = client.get("/").text
    # A post without the page's form secret (another site's) is refused
    assert client.post(f"/replay/{event}", data={}).status_code == 403
    answer = client.post(
        f"/replay/{event}", data={"form_secret": form_secret(page)}, follow_redirects=True
    )
    assert f"event {event} sent again to route.plan_route" in answer.text
    delivery = conn.execute(
        "SELECT status FROM event_deliveries WHERE event_id = %s", (event,)
    ).fetchone()
    assert delivery["status"] == "enqueued"
    assert queued_event_ids(broker, "route") == [event]


def test_review_confirm_is_refused_without_a_location_and_the_fix_confirms(conn, client) -> None:
    review_id = add_review(conn, production="Night Shift")
    secret = form_secret(client.get("/").text)
    # Confirming as read is refused by the database, with the command that fixes it
    refused = client.post(
        f"/act/extract/confirm/{review_id}", data={"form_secret": secret}, follow_redirects=True
    )
    assert "refused by the database" in refused.text
    assert "--location" in refused.text
    # Saving the fields as the page filled them in changes nothing, and says so
    same = {"form_secret": secret, "call_time": "07:00", "production": "Night Shift"}
    unchanged = client.post(f"/act/extract/fix/{review_id}", data=same, follow_redirects=True)
    assert "nothing changed" in unchanged.text
    # Filling in the location confirms version 2, and the review is resolved by the dashboard
    fixed = client.post(
        f"/act/extract/fix/{review_id}",
        data={**same, "location": "Molo Rybackie, Gdynia"},
        follow_redirects=True,
    )
    assert "confirmed (version 2)" in fixed.text, fixed.text
    row = conn.execute(
        "SELECT status, version, location FROM schedule_data WHERE id = %s", (review_id,)
    ).fetchone()
    assert (row["status"], row["version"], row["location"]) == (
        "confirmed", 2, "Molo Rybackie, Gdynia",
    )  # fmt: skip
    task = conn.execute(
        "SELECT status, resolved_by FROM review_tasks WHERE schedule_id = %s", (review_id,)
    ).fetchone()
    assert (task["status"], task["resolved_by"]) == ("resolved", "dashboard")


def test_an_address_other_than_loopback_needs_a_token(database, broker) -> None:
    config = Config(connection=lambda: db.connect(url=database), broker=broker, queues=[])
    config.host = "0.0.0.0"
    with pytest.raises(ValueError, match="token"):
        build_app(config)
    config.token = "s3cret-t0ken"
    config.host = "127.0.0.2"  # a token guards any address: loopback's other ones suffice here
    with serving(config) as client:
        assert client.get("/").status_code == 401
        assert client.get("/", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert client.get("/", headers={"Authorization": "Bearer s3cret-t0ken"}).status_code == 200
        # ?token= once: a cookie keeps it, and the address no longer shows it
        first = client.get("/?token=s3cret-t0ken", follow_redirects=False)
        assert first.status_code == 303 and first.headers["location"] == "/"
        assert client.get("/").status_code == 200


def test_on_loopback_a_foreign_host_name_is_refused(client) -> None:
    assert client.get("/", headers={"Host": "attacker.example"}).status_code == 400


def test_the_command_refuses_an_address_other_than_loopback_without_a_token(service_env) -> None:
    import subprocess
    import sys

    from tests.conftest import REPO

    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "dashboard", "--host", "0.0.0.0"],
        env=service_env, cwd=REPO, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert "needs --token" in done.stderr
