"""The day's summary, as text and HTML, in English or Polish (pure)."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from pipeline.domain.dayplan import DayPlan, hhmm, labels

CALENDAR_LINES = {
    "en": {
        "synced": "Calendar: event saved ({provider}).",
        "conflict": "Calendar: NOT updated, needs your review: {reason}",
    },
    "pl": {
        "synced": "Kalendarz: wydarzenie zapisane ({provider}).",
        "conflict": "Kalendarz: NIE zaktualizowany, wymaga sprawdzenia: {reason}",
    },
}


@dataclass(frozen=True)
class Summary:
    """What the summaries table stores for one schedule version."""

    language: str
    headline: str
    text: str
    html: str
    weather_summary: str | None
    warnings: tuple[str, ...]
    facts: dict[str, Any]


def headline(plan: DayPlan) -> str:
    """'Wiedźmin S5 - Day 3 - 2026-12-03'."""
    day = f" - Day {plan.shooting_day}" if plan.shooting_day else ""
    return f"{plan.production}{day} - {plan.shooting_date.isoformat()}"


def calendar_line(calendar: dict[str, Any] | None, language: str) -> str | None:
    """One line on the calendar event (saved, or the conflict to review)."""
    if not calendar:
        return None
    lines = CALENDAR_LINES.get(language, CALENDAR_LINES["en"])
    if calendar.get("sync_status") == "conflict":
        return lines["conflict"].format(reason=calendar.get("last_error") or "?")
    return lines["synced"].format(provider=calendar.get("provider"))


def build_summary(plan: DayPlan, language: str, calendar: dict[str, Any] | None) -> Summary:
    """The summary of a day plan in ``language`` (text and HTML)."""
    title = headline(plan)
    body = [title, "=" * len(title), *plan.details(language)]
    cal = calendar_line(calendar, language)
    if cal:
        body.append(cal)
    return Summary(
        language=language,
        headline=title,
        text="\n".join(body) + "\n",
        html=_html(plan, language, title, cal),
        weather_summary=plan.weather.line(language) if plan.weather else None,
        warnings=tuple(plan.warning_texts(language)),
        facts=plan.facts(),
    )


def _html(plan: DayPlan, language: str, title: str, cal: str | None) -> str:
    lab = labels(language)
    e = html.escape
    rows = "".join(
        f"<tr><th align='left'>{e(lab[key])}</th><td>{hhmm(at)}</td></tr>"
        for key, at in plan.timeline()
    )
    parts = [
        f"<h2>{e(title)}</h2>",
        f"<p><b>{e(lab['location'])}:</b> {e(plan.location)}</p>",
        f"<h3>{e(lab['timeline'])}</h3><table>{rows}</table>",
    ]
    if plan.weather:
        parts.append(f"<h3>{e(lab['weather'])}</h3><p>{e(plan.weather.line(language))}</p>")
        if plan.weather.assessment:
            parts.append(f"<p><b>{e(lab['assessment'])}:</b> {e(plan.weather.assessment)}</p>")
    for key, items in (
        ("warnings", plan.warning_texts(language)),
        ("scenes", plan.scenes),
        ("contacts", plan.contacts),
    ):
        if items:
            lis = "".join(f"<li>{e(i)}</li>" for i in items)
            parts.append(f"<h3>{e(lab[key])}</h3><ul>{lis}</ul>")
    if plan.hospital:
        parts.append(f"<p><b>{e(lab['hospital'])}:</b> {e(plan.hospital)}</p>")
    if cal:
        parts.append(f"<p>{e(cal)}</p>")
    return f"<html><body lang='{language}'>" + "".join(parts) + "</body></html>"
