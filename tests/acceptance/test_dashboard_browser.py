"""The dashboard in a real browser (Debian's headless Chromium, driven by Selenium through
Debian's chromedriver) against a running pipeline: `stillontime up --dashboard` with two call
sheets through it, one of them dead on the route stage while its table refused every plan.
The figures on the page are checked against the database; Replay on the dead letter gets the
day delivered; a review is fixed and confirmed from the page; a hostile production title stays
text. The screenshot is kept in tests/artifacts/dashboard.png (ignored by git).
"""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sys
import urllib.request
from datetime import date, timedelta
from pathlib import Path

import pytest

from pipeline.app.demo import sample_callsheet
from pipeline.app.status import gather_status
from tests.conftest import REPO
from tests.support.crew import USER, add_crew_member, cli
from tests.support.rows import add_schedule_in_review
from tests.support.waiting import wait_for

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
ARTIFACTS = REPO / "tests" / "artifacts"
HOSTILE_TITLE = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">\x1b[2J'


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sent_for(conn, production_date: date) -> bool:
    return bool(
        conn.execute(
            """SELECT 1 FROM notifications n JOIN schedule_data s ON s.id = n.schedule_id
                WHERE s.shooting_date = %s AND n.template = 'schedule_processed'
                  AND n.status = 'sent'""",
            (production_date,),
        ).fetchone()
    )


def settled(conn) -> bool:
    return conn.execute(
        """SELECT NOT EXISTS (SELECT 1 FROM events WHERE dispatched_at IS NULL)
              AND NOT EXISTS (SELECT 1 FROM event_deliveries
                               WHERE status IN ('enqueued', 'retrying')) AS ok"""
    ).fetchone()["ok"]


@pytest.fixture
def browser():
    for path in (CHROMIUM, CHROMEDRIVER):
        if not Path(path).exists():
            pytest.fail(f"{path} is missing: ./dev installs chromium and chromium-driver as root")
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--window-size=1400,2600", "--disable-gpu"):  # fmt: skip
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.implicitly_wait(0)
    yield driver
    driver.quit()


@pytest.fixture
def pipeline_up(service_env, tmp_path, conn):
    """`stillontime up --dashboard` on this test's database; yields (env, dashboard URL)."""
    port = free_port()
    env = {**service_env, "STILLONTIME_HOME": str(tmp_path / "home"),
           "STILLONTIME_CALENDAR_PROVIDER": "ics"}  # fmt: skip
    add_crew_member(env)
    log = open(tmp_path / "up.log", "wb")  # noqa: SIM115
    up = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "up", "--processes", "1", "--dashboard",
         "--dashboard-port", str(port)],
        env=env, cwd=REPO, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: _answers(url), timeout=120, what="the dashboard")
        yield env, url
    finally:
        up.send_signal(signal.SIGTERM)
        try:
            up.wait(timeout=90)
        except subprocess.TimeoutExpired:
            up.kill()
            up.wait()


def _answers(url: str) -> bool:
    try:
        return urllib.request.urlopen(url + "/", timeout=5).status == 200
    except OSError:
        return False


def unstale(work):
    """``work()``, again if the page redrew its figures in between (every few seconds)."""
    from selenium.common.exceptions import StaleElementReferenceException

    for _ in range(5):
        try:
            return work()
        except StaleElementReferenceException:
            continue
    return work()


def figure(driver, name: str) -> str:
    from selenium.webdriver.common.by import By

    return unstale(lambda: driver.find_element(By.CSS_SELECTOR, f'[data-figure="{name}"]').text)


def test_the_dashboard_shows_the_pipeline_and_replays_a_dead_letter(
    conn, pipeline_up, browser, tmp_path
) -> None:
    from selenium.webdriver.common.by import By

    env, url = pipeline_up
    first, second = date.today() + timedelta(days=3), date.today() + timedelta(days=4)
    # Given one sheet through the whole pipeline
    (tmp_path / "a.pdf").write_bytes(sample_callsheet(first, "07:00"))
    cli(env, "ingest", str(tmp_path / "a.pdf"), "--user", USER)
    wait_for(lambda: sent_for(conn, first), timeout=180, what="the first day's message")
    # and a second whose route plan the database refused (a rule broken: dead at once)
    conn.execute("ALTER TABLE route_plans ADD CONSTRAINT ck_outage CHECK (false) NOT VALID")
    (tmp_path / "b.pdf").write_bytes(sample_callsheet(second, "08:00"))
    cli(env, "ingest", str(tmp_path / "b.pdf"), "--user", USER)
    dead = wait_for(
        lambda: conn.execute(
            "SELECT event_id, last_error FROM event_deliveries WHERE status = 'dead'"
        ).fetchone(),
        timeout=180,
        what="the dead letter",
    )
    assert "ck_outage" in dead["last_error"]
    # and a day in review whose production title is markup (call sheets are untrusted)
    review_id = add_schedule_in_review(conn, HOSTILE_TITLE)
    wait_for(lambda: settled(conn), timeout=120, what="a settled pipeline")

    # When the page is opened in Chromium
    browser.get(url + "/")
    # Then its figures are the database's
    with conn.transaction():
        status = gather_status(conn)
    for stage, counts in status["stages"].items():
        for key, n in counts.items():
            assert figure(browser, f"records:{stage}:{key}") == str(n), (stage, key)
    assert figure(browser, "outbox:undispatched") == "0"
    assert figure(browser, "dead:count") == "1"
    dead_row = f'tr[data-event="{dead["event_id"]}"]'
    assert "ck_outage" in unstale(lambda: browser.find_element(By.CSS_SELECTOR, dead_row).text)
    running = {s["kind"] for s in status["services"] if s["state"] == "running"}
    assert {"dispatcher", "worker", "scheduler"} <= running
    for service in status["services"]:
        shown = figure(browser, f"service:{service['kind']}:{service['pid']}")
        assert shown in ("running", service["state"])  # a beat may land between the two reads
    assert figure(browser, "queue:route:waiting") == "0"
    # the hostile title is text on the page, and ran nothing
    assert HOSTILE_TITLE[:33] in unstale(lambda: browser.find_element(By.TAG_NAME, "body").text)
    assert browser.execute_script("return window.pwned") is None
    # the latest schedule links to its day: summary, route, weather, calendar, notifications
    links = '[data-panel="extract:Latest schedules"] a[href^="/day/"]'
    assert len(unstale(lambda: browser.find_elements(By.CSS_SELECTOR, links))) == 3
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "dashboard.png"))

    # When the outage is over and Replay is pressed on the dead letter
    conn.execute("ALTER TABLE route_plans DROP CONSTRAINT ck_outage")
    unstale(lambda: browser.find_element(By.CSS_SELECTOR, f"{dead_row} button").click())
    # Then the page says where it went, and the second day is delivered after all
    said = wait_for(lambda: _said(browser), timeout=30, what="the replay's answer")
    assert f"event {dead['event_id']} sent again to route.plan_route" in said
    wait_for(lambda: sent_for(conn, second), timeout=180, what="the replayed day's message")
    # and the open page redraws itself without the dead letter
    wait_for(lambda: figure(browser, "dead:count") == "0", timeout=60, what="the page's redraw")

    # When the review's location is filled in and saved from the page
    fix = f'form[action="/act/extract/fix/{review_id}"]'
    unstale(  # once a field has the focus, the page stops redrawing
        lambda: browser.find_element(By.CSS_SELECTOR, f"{fix} [name=location]").send_keys(
            "Molo Rybackie, Gdynia"
        )
    )
    browser.find_element(By.CSS_SELECTOR, f"{fix} button[name=fix]").click()
    # Then it is confirmed, by the same code as `stillontime schedules edit --confirm`
    # (the replay's answer stays on the old page until the browser has the new one)
    answer = wait_for(lambda: _said(browser) not in (None, said) and _said(browser), timeout=30)
    assert "confirmed (version 2)" in answer
    schedule = conn.execute(
        "SELECT status, location FROM schedule_data WHERE id = %s", (review_id,)
    ).fetchone()
    assert (schedule["status"], schedule["location"]) == ("confirmed", "Molo Rybackie, Gdynia")

    # And a delivered day shows its parts on its own page
    day_id = conn.execute(
        "SELECT id FROM schedule_data WHERE shooting_date = %s", (second,)
    ).fetchone()["id"]
    browser.get(f"{url}/day/{day_id}")
    body = browser.find_element(By.TAG_NAME, "body").text
    for heading in ("Schedule", "Route", "Weather", "Calendar event", "Summary", "Notifications"):
        assert heading in body
    assert "schedule_processed" in body and "THE LONG ACRE" in body
    browser.save_screenshot(str(ARTIFACTS / "dashboard-day.png"))
    shutil.copy(ARTIFACTS / "dashboard.png", tmp_path / "dashboard.png")


def _said(driver) -> str | None:
    from selenium.webdriver.common.by import By

    def read():
        found = driver.find_elements(By.ID, "said")
        return found[0].text if found else None

    return unstale(read)  # the page may be replaced between the find and the read
