"""The shooting day as the crew reads it: timeline, weather, warnings, scenes, contacts (pure).

Built from the rows of three stages (schedule, route plan, weather) by ``DayPlan.build``; the
calendar stage writes it as an event and the notify stage as a summary. No I/O, no clock.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

# The brief's wrap estimate: call + 10 hours.
WRAP_AFTER = timedelta(hours=10)
# A wake-up before this local time is flagged (brief: warn on a wake-up before 04:00).
EARLY_WAKE_UP = time(4, 0)
# Contacts whose role matches one of these come first in "key contacts".
KEY_ROLES = ("1st ad", "first ad", "ad", "production manager", "unit manager", "location",
             "producer", "coordinator", "kierownik", "reżyser", "asystent")  # fmt: skip
# At most this many contacts in a summary or event description.
MAX_CONTACTS = 5

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "wake_up": "Wake-up",
        "departure": "Departure",
        "arrival": "Arrival",
        "call": "Call",
        "wrap": "Wrap (est.)",
        "timeline": "Timeline",
        "weather": "Weather",
        "weather_unavailable": "no forecast available",
        "assessment": "Assessment",
        "warnings": "Warnings",
        "scenes": "Scenes",
        "contacts": "Key contacts",
        "hospital": "Nearest hospital",
        "location": "Location",
        "base": "Unit base",
        "route": "Route",
        "travel": "travel",
        "day": "Day",
        "early_wake_up": "wake-up before 04:00",
        "wind": "wind",
        "precipitation": "precipitation",
    },
    "pl": {
        "wake_up": "Pobudka",
        "departure": "Wyjazd",
        "arrival": "Przyjazd",
        "call": "Call",
        "wrap": "Koniec (szac.)",
        "timeline": "Plan dnia",
        "weather": "Pogoda",
        "weather_unavailable": "brak prognozy",
        "assessment": "Ocena",
        "warnings": "Ostrzeżenia",
        "scenes": "Sceny",
        "contacts": "Najważniejsze kontakty",
        "hospital": "Najbliższy szpital",
        "location": "Lokacja",
        "base": "Baza",
        "route": "Trasa",
        "travel": "dojazd",
        "day": "Dzień",
        "early_wake_up": "pobudka przed 04:00",
        "wind": "wiatr",
        "precipitation": "opady",
    },
}


def labels(language: str) -> dict[str, str]:
    """The labels of ``language`` (English for anything else)."""
    return LABELS.get(language, LABELS["en"])


def hhmm(moment: datetime | None) -> str:
    """``HH:MM`` of an aware time (in its own zone), '-' for none."""
    return moment.strftime("%H:%M") if moment else "-"


@dataclass(frozen=True)
class Weather:
    """What the summary and event say about the weather."""

    status: str  # forecast | unavailable | failed
    revision: int
    description: str | None
    temperature: float | None
    wind_speed: float | None
    precipitation: float | None
    warnings: tuple[str, ...]
    assessment: str | None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Weather:
        def num(key: str) -> float | None:
            return float(row[key]) if row.get(key) is not None else None

        return cls(
            status=row.get("status") or "forecast",
            revision=int(row.get("revision") or 1),
            description=row.get("description"),
            temperature=num("temperature"),
            wind_speed=num("wind_speed"),
            precipitation=num("precipitation"),
            warnings=tuple(_texts(row.get("warnings"))),
            assessment=_assessment_text(row.get("shooting_assessment")),
        )

    def line(self, language: str) -> str:
        """One line: '12°C, light rain, wind 4 m/s, precipitation 1.2 mm' (or 'no forecast')."""
        lab = labels(language)
        if self.status != "forecast":
            return lab["weather_unavailable"]
        parts = []
        if self.temperature is not None:
            parts.append(f"{self.temperature:g}°C")
        if self.description:
            parts.append(self.description)
        if self.wind_speed is not None:
            parts.append(f"{lab['wind']} {self.wind_speed:g} m/s")
        if self.precipitation:
            parts.append(f"{lab['precipitation']} {self.precipitation:g} mm")
        return ", ".join(parts) or lab["weather_unavailable"]


@dataclass(frozen=True)
class DayPlan:
    """One schedule version's day, with every time aware in the set's time zone."""

    schedule_id: uuid.UUID
    user_id: uuid.UUID
    version: int
    route_revision: int
    production: str
    shooting_day: int | None
    shooting_date: date
    timezone: str
    location: str
    base_location: str | None
    wake_up: datetime
    departure: datetime
    arrival: datetime
    call: datetime
    wrap: datetime
    travel_minutes: int
    route: tuple[str, ...]
    scenes: tuple[str, ...]
    contacts: tuple[str, ...]
    hospital: str | None
    warnings: tuple[str, ...]
    weather: Weather | None

    @classmethod
    def build(
        cls,
        schedule: dict[str, Any],
        route: dict[str, Any],
        weather: dict[str, Any] | None = None,
    ) -> DayPlan:
        """The plan of a schedule row, its route plan row and (optionally) its weather row."""
        zone = ZoneInfo(route["timezone"])
        call = datetime.combine(schedule["shooting_date"], schedule["call_time"], tzinfo=zone)
        wake_up = route["wake_up_time"].astimezone(zone)
        wx = Weather.from_row(weather) if weather else None
        warnings = [*_texts(route.get("warnings")), *(wx.warnings if wx else ())]
        codes = {w.get("code") for w in route.get("warnings") or [] if isinstance(w, dict)}
        # The route stage warns of an early wake-up itself; say it once.
        early = wake_up.time() < EARLY_WAKE_UP
        if early and "early_wake_up" not in codes and "early_wake_up" not in warnings:
            warnings.append("early_wake_up")
        return cls(
            schedule_id=schedule["id"],
            user_id=schedule["user_id"],
            version=schedule["version"],
            route_revision=int(route.get("revision") or 1),
            production=(schedule.get("production") or "").strip() or "Shooting day",
            shooting_day=schedule.get("shooting_day"),
            shooting_date=schedule["shooting_date"],
            timezone=route["timezone"],
            location=schedule.get("location") or "",
            base_location=schedule.get("base_location"),
            wake_up=wake_up,
            departure=route["departure_time"].astimezone(zone),
            arrival=route["arrival_time"].astimezone(zone),
            call=call,
            wrap=call + WRAP_AFTER,
            travel_minutes=int(route.get("total_travel_minutes") or 0),
            route=tuple(_segment_lines(route.get("route_segments"))),
            scenes=tuple(_scene_lines(schedule.get("scenes"))),
            contacts=tuple(_contact_lines(schedule.get("contacts"))),
            hospital=_hospital_line(schedule.get("hospital")),
            warnings=tuple(dict.fromkeys(warnings)),
            weather=wx,
        )

    def timeline(self) -> list[tuple[str, datetime]]:
        """(label key, time) from wake-up to wrap."""
        return [
            ("wake_up", self.wake_up),
            ("departure", self.departure),
            ("arrival", self.arrival),
            ("call", self.call),
            ("wrap", self.wrap),
        ]

    def warning_texts(self, language: str) -> list[str]:
        """Warnings, with the plan's own codes put in words."""
        lab = labels(language)
        return [lab.get(w, w) if w == "early_wake_up" else w for w in self.warnings]

    def facts(self) -> dict[str, Any]:
        """What a later version is compared against (stored in summaries.timeline)."""
        return {
            "version": self.version,
            "date": self.shooting_date.isoformat(),
            "timezone": self.timezone,
            "wake_up": hhmm(self.wake_up),
            "departure": hhmm(self.departure),
            "arrival": hhmm(self.arrival),
            "call": hhmm(self.call),
            "wrap": hhmm(self.wrap),
            "location": self.location,
            "weather": self.weather.line("en") if self.weather else None,
            "weather_warnings": list(self.weather.warnings) if self.weather else [],
        }

    def title(self) -> str:
        """'Production - Day 3 - Location' (the calendar event's title)."""
        parts = [self.production]
        if self.shooting_day:
            parts.append(f"Day {self.shooting_day}")
        if self.location:
            parts.append(self.location.split(",")[0].strip())
        return " - ".join(parts)[:250]

    def details(self, language: str) -> list[str]:
        """The plain-text body shared by the event description and the summary."""
        lab = labels(language)
        lines = [f"{lab['timeline']}:"]
        lines += [f"  {lab[key]:<16}{hhmm(at)}" for key, at in self.timeline()]
        lines.append(f"{lab['location']}: {self.location}")
        if self.base_location:
            lines.append(f"{lab['base']}: {self.base_location}")
        if self.route:
            lines.append(f"{lab['route']} ({lab['travel']} {self.travel_minutes} min):")
            lines += [f"  {r}" for r in self.route]
        if self.weather:
            lines.append(f"{lab['weather']}: {self.weather.line(language)}")
            if self.weather.assessment:
                lines.append(f"{lab['assessment']}: {self.weather.assessment}")
        warnings = self.warning_texts(language)
        if warnings:
            lines.append(f"{lab['warnings']}:")
            lines += [f"  ! {w}" for w in warnings]
        if self.scenes:
            lines.append(f"{lab['scenes']}:")
            lines += [f"  {s}" for s in self.scenes]
        if self.contacts:
            lines.append(f"{lab['contacts']}:")
            lines += [f"  {c}" for c in self.contacts]
        if self.hospital:
            lines.append(f"{lab['hospital']}: {self.hospital}")
        return lines


def _texts(value: Any) -> list[str]:
    """Warnings as text, whether stored as strings or as objects with a message."""
    if not value:
        return []
    out = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict):
            text = item.get("message") or item.get("text") or item.get("code") or ""
            out.append(str(text))
        elif item:
            out.append(str(item))
    return [t for t in out if t]


def _assessment_text(value: Any) -> str | None:
    if not value:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        for key in ("summary", "recommendation", "text", "message"):
            if value.get(key):
                head = str(value[key])
                level = value.get("level") or value.get("rating") or value.get("risk")
                return f"{level}: {head}" if level and str(level) not in head else head
        return ", ".join(f"{k}: {v}" for k, v in value.items() if not isinstance(v, dict | list))
    return str(value)


def _segment_lines(value: Any) -> list[str]:
    out = []
    for seg in value or []:
        if not isinstance(seg, dict):
            out.append(str(seg))
            continue
        origin = seg.get("from") or seg.get("origin") or ""
        dest = seg.get("to") or seg.get("destination") or ""
        minutes = seg.get("minutes") or seg.get("duration_minutes") or seg.get("travel_minutes")
        text = f"{origin} -> {dest}".strip(" ->") or str(seg.get("name") or "")
        if not text:  # a shape we do not know: its plain values, briefly
            plain = [f"{k} {v}" for k, v in seg.items() if isinstance(v, str | int | float)]
            text = ", ".join(plain)[:120]
        if minutes is not None:
            text += f" ({minutes} min)"
        out.append(text)
    return out


def _scene_lines(value: Any) -> list[str]:
    out = []
    for scene in value or []:
        if not isinstance(scene, dict):
            out.append(str(scene))
            continue
        bits = [str(scene.get("number") or "")]
        for key in ("int_ext", "description", "day_night"):
            if scene.get(key):
                bits.append(str(scene[key]))
        if scene.get("pages"):
            bits.append(f"({scene['pages']} pg)")
        out.append(" ".join(b for b in bits if b))
    return out


def _contact_lines(value: Any) -> list[str]:
    contacts = [c for c in value or [] if isinstance(c, dict)]

    def rank(contact: dict[str, Any]) -> int:
        role = (contact.get("role") or "").lower()
        return next((i for i, key in enumerate(KEY_ROLES) if key in role), len(KEY_ROLES))

    out = []
    for contact in sorted(contacts, key=rank)[:MAX_CONTACTS]:
        bits = [
            contact.get("role"),
            contact.get("name"),
            contact.get("phone"),
            contact.get("email"),
        ]
        out.append(" · ".join(str(b) for b in bits if b))
    return [line for line in out if line]


def _hospital_line(value: Any) -> str | None:
    if not value:
        return None
    if isinstance(value, str):
        return value
    bits = [value.get("name"), value.get("address"), value.get("phone")]
    return ", ".join(str(b) for b in bits if b) or None
