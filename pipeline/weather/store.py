"""All database calls of the weather stage (queries in queries.sql beside it)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from pipeline.db.sqlfile import load_queries

QUERIES = load_queries(Path(__file__).with_name("queries.sql"))

_JSON_COLUMNS = ("warnings", "shooting_assessment", "forecast_data")


def schedule_for_weather(conn: psycopg.Connection, schedule_id: uuid.UUID) -> dict[str, Any] | None:
    return conn.execute(
        QUERIES["schedule_data_get_for_weather"], {"schedule_id": schedule_id}
    ).fetchone()


def schedule_version(conn: psycopg.Connection, schedule_id: uuid.UUID) -> dict[str, Any] | None:
    return conn.execute(
        QUERIES["schedule_data_get_version"], {"schedule_id": schedule_id}
    ).fetchone()


def current_record(conn: psycopg.Connection, schedule_id: uuid.UUID) -> dict[str, Any] | None:
    return conn.execute(QUERIES["weather_data_get"], {"schedule_id": schedule_id}).fetchone()


def lock_record(conn: psycopg.Connection, schedule_id: uuid.UUID) -> dict[str, Any] | None:
    """Take the schedule's weather lock (until the transaction ends) and return its record."""
    conn.execute(QUERIES["weather_data_lock"], {"schedule_id": str(schedule_id)})
    return current_record(conn, schedule_id)


def write_record(
    conn: psycopg.Connection, columns: dict[str, Any], *, insert: bool
) -> dict[str, Any]:
    params = dict(columns)
    for key in _JSON_COLUMNS:
        if params[key] is not None:
            params[key] = Jsonb(params[key])
    query = "weather_data_insert" if insert else "weather_data_update"
    return conn.execute(QUERIES[query], params).fetchone()


def due_for_refresh(conn: psycopg.Connection, limit: int) -> list[dict[str, Any]]:
    return conn.execute(QUERIES["weather_data_list_for_refresh"], {"limit": limit}).fetchall()
