"""All database calls of the route stage (queries in queries.sql beside it)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from pipeline.db.sqlfile import load_queries
from pipeline.route.logic import Plan

QUERIES = load_queries(Path(__file__).with_name("queries.sql"))


def schedule_for_route(conn: psycopg.Connection, schedule_id: uuid.UUID) -> dict[str, Any] | None:
    return conn.execute(
        QUERIES["schedule_data_get_for_route"], {"schedule_id": schedule_id}
    ).fetchone()


def schedule_version(conn: psycopg.Connection, schedule_id: uuid.UUID) -> dict[str, Any] | None:
    return conn.execute(
        QUERIES["schedule_data_get_version"], {"schedule_id": schedule_id}
    ).fetchone()


def travel_conditions(conn: psycopg.Connection, schedule_id: uuid.UUID) -> dict[str, Any] | None:
    return conn.execute(
        QUERIES["weather_data_get_travel_conditions"], {"schedule_id": schedule_id}
    ).fetchone()


def current_plan(conn: psycopg.Connection, schedule_id: uuid.UUID) -> dict[str, Any] | None:
    return conn.execute(QUERIES["route_plans_get"], {"schedule_id": schedule_id}).fetchone()


def lock_plan(conn: psycopg.Connection, schedule_id: uuid.UUID) -> dict[str, Any] | None:
    """Take the schedule's plan lock (until the transaction ends) and return its plan."""
    conn.execute(QUERIES["route_plans_lock"], {"schedule_id": str(schedule_id)})
    return current_plan(conn, schedule_id)


def write_plan(
    conn: psycopg.Connection,
    plan: Plan,
    *,
    action: str,
    user_id: uuid.UUID,
    schedule_id: uuid.UUID,
    schedule_version: int,
    revision: int,
    weather_revision: int | None,
) -> dict[str, Any]:
    params = {
        "user_id": user_id,
        "schedule_id": schedule_id,
        "schedule_version": schedule_version,
        "revision": revision,
        "wake_up_time": plan.wake_up,
        "departure_time": plan.departure,
        "arrival_time": plan.arrival,
        "total_travel_minutes": plan.total_travel_minutes,
        "route_segments": Jsonb(list(plan.segments)),
        "buffers": Jsonb(plan.buffers),
        "traffic_info": Jsonb(plan.traffic_info),
        "provider": plan.provider,
        "timezone": plan.timezone,
        "warnings": Jsonb(list(plan.warnings)),
        "confidence_score": round(plan.confidence, 2),
        "weather_revision": weather_revision,
    }
    query = "route_plans_insert" if action == "insert" else "route_plans_update"
    return conn.execute(QUERIES[query], params).fetchone()


def carry_weather(
    conn: psycopg.Connection, schedule_id: uuid.UUID, weather_revision: int
) -> dict[str, Any]:
    """The plan takes a weather revision that moves no buffer (same times, revision + 1)."""
    return conn.execute(
        QUERIES["route_plans_update_weather"],
        {"schedule_id": schedule_id, "weather_revision": weather_revision},
    ).fetchone()
