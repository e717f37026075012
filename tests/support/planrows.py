"""Row dicts of a planned day for pure-logic tests (no database)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time
from typing import Any

from tests.support.dayrows import CONTACTS, HOSPITAL, SCENES


def schedule(**over: Any) -> dict[str, Any]:
    row = {
        "id": uuid.UUID("12345678-1234-5678-1234-567812345678"),
        "user_id": uuid.UUID("87654321-4321-8765-4321-876543218765"),
        "version": 1, "status": "confirmed", "production": "Wiedźmin S5", "shooting_day": 3,
        "shooting_date": date(2026, 12, 3), "call_time": time(7, 0),
        "location": "Plac Defilad 1, Warszawa", "base_location": "Parking PKiN",
        "scenes": SCENES, "contacts": CONTACTS, "hospital": HOSPITAL,
    }  # fmt: skip
    return {**row, **over}


def route(**over: Any) -> dict[str, Any]:
    row = {
        "schedule_version": 1, "revision": 1, "timezone": "Europe/Warsaw",
        "wake_up_time": datetime(2026, 12, 3, 3, 50, tzinfo=UTC),
        "departure_time": datetime(2026, 12, 3, 4, 35, tzinfo=UTC),
        "arrival_time": datetime(2026, 12, 3, 5, 25, tzinfo=UTC),
        "total_travel_minutes": 30,
        "route_segments": [{"from": "ul. Prosta 1", "to": "Plac Defilad 1", "minutes": 30}],
        "warnings": [],
    }  # fmt: skip
    return {**row, **over}


def weather(**over: Any) -> dict[str, Any]:
    row = {
        "schedule_version": 1, "revision": 1, "status": "forecast", "temperature": -2,
        "description": "light snow", "wind_speed": 3.5, "precipitation": 0.4,
        "warnings": ["temperature below 0°C"],
        "shooting_assessment": {"level": "caution", "summary": "cold exterior morning"},
    }  # fmt: skip
    return {**row, **over}
