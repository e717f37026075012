"""Rows of a planned shooting day (schedule, route plan, weather), written directly with SQL.

The route and weather stages fill these tables in the pipeline; the calendar and notify tests
do not depend on their code. Times follow the brief's arithmetic with the default buffers:
departure = call - (travel + car change 15 + parking 10 + entry 10 + traffic 20),
wake-up = departure - morning routine 45.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import psycopg
from psycopg.types.json import Jsonb

from tests.support import days, rows

TZ = "Europe/Warsaw"
# Ten days ahead: far enough that its eve (and every reminder) is still to come while a test
# runs, whatever today is.
DAY = days.days_ahead(10)
EVE = DAY - timedelta(days=1)
TRAVEL = 30
# car change + parking + entry + traffic
BUFFERS_BEFORE_CALL = 15 + 10 + 10 + 20
MORNING = 45

SCENES = [
    {"number": "12", "int_ext": "EXT", "day_night": "DAY", "description": "Plac Defilad - chase",
     "pages": "1 3/8"},
    {"number": "14", "int_ext": "INT", "day_night": "DAY", "description": "Cafe", "pages": "2/8"},
]  # fmt: skip
CONTACTS = [
    {"name": "Anna Nowak", "role": "1st AD", "phone": "+48600100200", "email": None},
    {"name": "Piotr Wiśniewski", "role": "Location Manager", "phone": "+48600300400"},
]
HOSPITAL = {"name": "Szpital Praski", "address": "al. Solidarności 67", "phone": "+48225555000"}


def local(at: time, day: date = DAY) -> datetime:
    """``at`` o'clock in Warsaw on ``day`` (DAY by default)."""
    return datetime.combine(day, at, tzinfo=ZoneInfo(TZ))


def utc(at: time, day: date = DAY) -> datetime:
    """``at`` o'clock in UTC on ``day`` (DAY by default)."""
    return datetime.combine(day, at, tzinfo=UTC)


def ics_stamp(at: time, day: date = DAY) -> str:
    """How an .ics file writes ``at`` o'clock local time on ``day``: 20261203T053500."""
    return datetime.combine(day, at).strftime("%Y%m%dT%H%M%S")


def times_for(call: time, travel: int = TRAVEL) -> dict[str, datetime]:
    """Wake-up, departure and arrival for a call time on DAY in Warsaw."""
    call_at = local(call)
    departure = call_at - timedelta(minutes=travel + BUFFERS_BEFORE_CALL)
    return {
        "wake_up_time": departure - timedelta(minutes=MORNING),
        "departure_time": departure,
        "arrival_time": departure + timedelta(minutes=travel + 20),
    }


def add_day(
    conn: psycopg.Connection,
    *,
    language: str = "en",
    status: str = "confirmed",
    weather: str | None = "forecast",
    user_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    """A user (with ``language``), a confirmed schedule (call 07:00), its route plan and weather."""
    user_id = user_id or rows.add_user(conn)
    conn.execute("UPDATE user_configs SET language = %s WHERE user_id = %s", (language, user_id))
    email_id = rows.add_email(conn, user_id)
    schedule_id = conn.execute(
        """INSERT INTO schedule_data (user_id, email_id, production, shooting_day, shooting_date,
               call_time, location, base_location, scenes, contacts, hospital, status,
               confidence_score)
           VALUES (%s, %s, %s, 3, %s, '07:00', 'Plac Defilad 1, Warszawa', 'Parking PKiN',
                   %s, %s, %s, 'extracted', 0.95)
           RETURNING id""",
        (user_id, email_id, f"Wiedźmin S5 {uuid.uuid4().hex[:4]}", DAY, Jsonb(SCENES),
         Jsonb(CONTACTS), Jsonb(HOSPITAL)),
    ).fetchone()["id"]  # fmt: skip
    if status != "extracted":
        conn.execute("UPDATE schedule_data SET status = %s WHERE id = %s", (status, schedule_id))
    version = conn.execute(
        "SELECT version FROM schedule_data WHERE id = %s", (schedule_id,)
    ).fetchone()["version"]
    put_route(conn, user_id, schedule_id, version, time(7, 0))
    if weather:
        put_weather(conn, user_id, schedule_id, version, status=weather)
    return {"user_id": user_id, "email_id": email_id, "schedule_id": schedule_id,
            "version": version}  # fmt: skip


def put_route(
    conn: psycopg.Connection,
    user_id: uuid.UUID,
    schedule_id: uuid.UUID,
    version: int,
    call: time,
    *,
    travel: int = TRAVEL,
    warnings: list[Any] | None = None,
) -> dict[str, datetime]:
    """Insert or replace the schedule's route plan (as the route stage would)."""
    at = times_for(call, travel)
    conn.execute(
        """INSERT INTO route_plans (user_id, schedule_id, schedule_version, wake_up_time,
               departure_time, arrival_time, total_travel_minutes, route_segments, buffers,
               provider, timezone, warnings)
           VALUES (%(u)s, %(s)s, %(v)s, %(w)s, %(d)s, %(a)s, %(t)s, %(seg)s, %(b)s, 'offline',
                   %(tz)s, %(warn)s)
           ON CONFLICT (schedule_id) DO UPDATE
           SET schedule_version = EXCLUDED.schedule_version, wake_up_time = EXCLUDED.wake_up_time,
               departure_time = EXCLUDED.departure_time, arrival_time = EXCLUDED.arrival_time,
               total_travel_minutes = EXCLUDED.total_travel_minutes,
               warnings = EXCLUDED.warnings,
               revision = CASE WHEN route_plans.schedule_version = EXCLUDED.schedule_version
                               THEN route_plans.revision + 1 ELSE 1 END""",
        {
            "u": user_id, "s": schedule_id, "v": version, "w": at["wake_up_time"],
            "d": at["departure_time"], "a": at["arrival_time"], "t": travel,
            "seg": Jsonb([{"from": "ul. Prosta 1", "to": "Plac Defilad 1", "minutes": travel}]),
            "b": Jsonb({"car_change": 15, "parking": 10, "entry": 10, "traffic": 20,
                        "morning_routine": 45}),
            "tz": TZ, "warn": Jsonb(warnings or []),
        },
    )  # fmt: skip
    return at


def put_weather(
    conn: psycopg.Connection,
    user_id: uuid.UUID,
    schedule_id: uuid.UUID,
    version: int,
    *,
    status: str = "forecast",
    temperature: float = -2.0,
    warnings: list[Any] | None = None,
) -> None:
    """Insert or replace the schedule's weather record (as the weather stage would)."""
    warnings = ["temperature below 0°C"] if warnings is None and status == "forecast" else warnings
    conn.execute(
        """INSERT INTO weather_data (user_id, schedule_id, schedule_version, status, provider,
               forecast_date, location, coordinates, temperature, description, wind_speed,
               precipitation, warnings, shooting_assessment, error)
           VALUES (%(u)s, %(s)s, %(v)s, %(st)s::varchar, 'fake', %(day)s,
                   'Plac Defilad 1, Warszawa',
                   CASE WHEN %(st)s::varchar = 'forecast' THEN point(21.0, 52.23) END,
                   %(temp)s, 'light snow', 3.5, 0.4, %(warn)s, %(assess)s,
                   CASE WHEN %(st)s::varchar = 'failed' THEN 'provider down' END)
           ON CONFLICT (schedule_id) DO UPDATE
           SET schedule_version = EXCLUDED.schedule_version, status = EXCLUDED.status,
               temperature = EXCLUDED.temperature, warnings = EXCLUDED.warnings,
               coordinates = EXCLUDED.coordinates, error = EXCLUDED.error,
               revision = CASE WHEN weather_data.schedule_version = EXCLUDED.schedule_version
                               THEN weather_data.revision + 1 ELSE 1 END""",
        {
            "u": user_id, "s": schedule_id, "v": version, "st": status, "day": DAY,
            "temp": temperature if status == "forecast" else None,
            "warn": Jsonb(warnings or []),
            "assess": Jsonb({"level": "caution", "summary": "cold exterior morning"})
            if status == "forecast" else None,
        },
    )  # fmt: skip


def revise(
    conn: psycopg.Connection, day: dict[str, Any], *, call: time, location: str | None = None
) -> int:
    """A revised call sheet: the next version with a new call time, moved to 'modified'."""
    conn.execute(
        "UPDATE schedule_data SET version = version + 1, call_time = %s, "
        "location = coalesce(%s, location), status = 'modified' WHERE id = %s",
        (call, location, day["schedule_id"]),
    )
    version = conn.execute(
        "SELECT version FROM schedule_data WHERE id = %s", (day["schedule_id"],)
    ).fetchone()["version"]
    day["version"] = version
    return version


def cancel(conn: psycopg.Connection, day: dict[str, Any]) -> None:
    conn.execute(
        "UPDATE schedule_data SET status = 'cancelled' WHERE id = %s", (day["schedule_id"],)
    )
