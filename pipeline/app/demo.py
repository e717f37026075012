"""``stillontime demo``: one call sheet through the whole pipeline, on the embedded default.

It uses its own database (``stillontime_demo``, made anew each run) and Redis namespace, so it
never touches a real install's data; outside services are the offline providers.
"""

from __future__ import annotations

import os
import threading
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import redis
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from pipeline.db.embedded import ServiceUrls, resolve_urls
from pipeline.runtime.stage import resolve
from pipeline.runtime.stages import stages
from pipeline.settings import get_settings

DEMO_DATABASE = "stillontime_demo"
DEMO_NAMESPACE = "stillontime-demo"
DEMO_USER = "crew@demo.stillontime.example"
HOME_ADDRESS = "ul. Marszałkowska 104, 00-017 Warszawa"
EQUIPMENT_HOUSE = "ul. Chełmska 21, 00-724 Warszawa"
# Offline providers: the demo needs no account and no network.
OFFLINE = {
    "STILLONTIME_ROUTE_PROVIDER": "offline",
    "STILLONTIME_WEATHER_PROVIDER": "offline",
    "STILLONTIME_GEOCODE_PROVIDER": "offline",
    "STILLONTIME_CALENDAR_PROVIDER": "ics",
    "STILLONTIME_NOTIFY_CHANNELS": "local",
}


def sample_callsheet(
    shooting_date: date,
    unit_call: str = "07:00",
    *,
    revised: bool = False,
    title: str = "THE LONG ACRE",
) -> bytes:
    """An English call sheet for a Warsaw shoot on ``shooting_date`` (our own, for the demo)."""
    from fpdf import FPDF

    day = shooting_date.strftime("%A %d %B %Y")
    sunrise, sunset = _warsaw_sun(shooting_date)
    lines = [
        (30, 40, title, 18),
        (30, 58, "Call Sheet No. 5" + (" - REVISED" if revised else ""), 10),
        (400, 58, "Day 5 of 30", 10),
        (30, 80, f"Date: {day}", 10),
        (30, 100, "Production Call: 06:30", 10),
        (30, 114, "Make-up pre-call: 06:00", 10),
        (30, 142, f"UNIT CALL: {unit_call}", 12),
        (30, 156, "Breakfast 06:15 - 06:45    Lunch 13:00    Est. Wrap 17:00", 10),
        (30, 180, "Set Location: Plac Defilad 1, 00-901 Warszawa", 10),
        (30, 194, "Unit Base: ul. Emilii Plater 14, 00-669 Warszawa", 10),
        (30, 208, "Nearest A&E: Szpital Dzieciatka Jezus, ul. Lindleya 4, 02-005 Warszawa", 10),
        (30, 222, f"Sunrise {sunrise:%H:%M}   Sunset {sunset:%H:%M}", 10),
        (30, 250, "9 EXT. PALACE STEPS DAY 2 4/8 1, 3", 10),
        (30, 264, "10 INT. CINEMA FOYER DAY 1 1/8 2", 10),
    ]
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    for x, y, text, size in lines:
        pdf.set_font("Helvetica", size=size)
        pdf.text(x, y, text)
    return bytes(pdf.output())


def _warsaw_sun(shooting_date: date) -> tuple[datetime, datetime]:
    """The day's real sun times, as a sheet prints them (the reader checks them)."""
    from zoneinfo import ZoneInfo

    from astral import Observer
    from astral.sun import sunrise, sunset

    warsaw, zone = Observer(52.23, 21.01), ZoneInfo("Europe/Warsaw")
    return sunrise(warsaw, shooting_date, tzinfo=zone), sunset(warsaw, shooting_date, tzinfo=zone)


def _demo_urls() -> ServiceUrls:
    urls = resolve_urls()
    params = conninfo_to_dict(urls.database_url)
    with psycopg.connect(urls.database_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{DEMO_DATABASE}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{DEMO_DATABASE}"')
    params["dbname"] = DEMO_DATABASE
    client = redis.Redis.from_url(urls.redis_url)
    stale = list(client.scan_iter(match=f"{DEMO_NAMESPACE}*"))
    if stale:
        client.delete(*stale)
    return ServiceUrls(
        make_conninfo(**params), urls.redis_url, urls.embedded_database, urls.embedded_redis
    )


def prepare(home: Path) -> tuple[ServiceUrls, Path]:
    """A fresh demo database with a user and tomorrow's call sheet fed to the stage that takes
    it in (the one whose ``stage.py`` declares a demo ``feed``)."""
    from pipeline import db
    from pipeline.accounts import create_user
    from pipeline.db.migrate import migrate

    feeds = [s.demo.feed for s in stages() if s.demo and s.demo.feed]
    if len(feeds) != 1:
        raise RuntimeError(f"the demo needs one stage that feeds it a call sheet, not {feeds}")
    urls = _demo_urls()
    migrate(urls.database_url)
    db.use_urls(urls)  # this process works on the demo database from here on
    inbox = home / "demo-inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    shooting_date = date.today() + timedelta(days=1)
    sheet = inbox / f"the-long-acre-day5-{shooting_date}.pdf"
    sheet.write_bytes(sample_callsheet(shooting_date))
    with db.connect(autocommit=True) as conn:
        user_id = create_user(
            conn, DEMO_USER, home_address=HOME_ADDRESS,
            equipment_house_address=EQUIPMENT_HOUSE, timezone="Europe/Warsaw",
        )  # fmt: skip
    resolve(feeds[0])(user_id, sheet)
    return urls, sheet


def settled(conn: psycopg.Connection) -> bool:
    """Nothing left to do: every event sent, every delivery ended, no stage busy (every email
    finished)."""
    from pipeline.db import QUERIES

    if not conn.execute(QUERIES["demo_pipeline_settled"]).fetchone()["settled"]:
        return False
    return not any(
        conn.execute(stage.query(name)).fetchone()["busy"]
        for stage in stages()
        for name in stage.busy_queries
    )


def run(timeout_s: float, stop: threading.Event | None = None) -> dict[str, Any]:
    """Run the services until the pipeline settles (or ``timeout_s``, or ``stop``).

    Returns the day plan: the rows each stage's ``stage.py`` declares for the demo.
    """
    from pipeline import db
    from pipeline.runtime.supervisor import Supervisor, service_commands

    settings = get_settings()
    urls, sheet = prepare(settings.home)
    quiet_logs = {"STILLONTIME_LOG_LEVEL": "WARNING"}  # the plan is the output, not the logs
    for key, value in {
        **OFFLINE,
        **quiet_logs,
        "STILLONTIME_REDIS_NAMESPACE": DEMO_NAMESPACE,
    }.items():
        os.environ.setdefault(key, value)
    print(f"ingested {sheet.name}; running dispatcher, workers and scheduler...", flush=True)
    stop = stop or threading.Event()
    supervisor = Supervisor(service_commands(["--processes", "1"]), urls)
    runner = threading.Thread(target=supervisor.run, args=(stop,))
    runner.start()
    deadline = time.monotonic() + timeout_s
    quiet = 0
    with db.connect(autocommit=True) as conn:
        while time.monotonic() < deadline and quiet < 3 and not stop.is_set():
            time.sleep(1.0)
            quiet = quiet + 1 if settled(conn) else 0
        stop.set()
        runner.join()
        plan = {
            "sheet": str(sheet),
            "settled": quiet >= 3,
            "home": str(settings.home),
            **{
                key: conn.execute(stage.query(query), {"email": DEMO_USER}).fetchall()
                for stage in stages()
                if stage.demo
                for key, query in stage.demo.rows.items()
            },
        }
    db.use_urls(None)
    return plan


def render(plan: dict[str, Any]) -> list[str]:
    """The day plan as lines of text for a person: each stage's lines, in the registry's order."""
    lines = [f"call sheet: {plan['sheet']}"]
    for stage in stages():
        if stage.demo and stage.demo.lines:
            lines += resolve(stage.demo.lines)(plan)
    if not plan["settled"]:
        lines.append("\n(the pipeline had not settled when the demo stopped; see `status`)")
    return lines
