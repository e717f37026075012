"""Notification templates in English and Polish, and the words for what changed (pure).

Templates: schedule_processed, schedule_updated, weather_warning, needs_review,
processing_error, wakeup_reminder, departure_reminder, evening_summary.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

SCHEDULE_PROCESSED = "schedule_processed"
SCHEDULE_UPDATED = "schedule_updated"
WEATHER_WARNING = "weather_warning"
NEEDS_REVIEW = "needs_review"
PROCESSING_ERROR = "processing_error"
WAKEUP_REMINDER = "wakeup_reminder"
DEPARTURE_REMINDER = "departure_reminder"
EVENING_SUMMARY = "evening_summary"
SCHEDULE_CANCELLED = "schedule_cancelled"
TEMPLATES = (
    SCHEDULE_PROCESSED,
    SCHEDULE_UPDATED,
    WEATHER_WARNING,
    NEEDS_REVIEW,
    PROCESSING_ERROR,
    WAKEUP_REMINDER,
    DEPARTURE_REMINDER,
    EVENING_SUMMARY,
    SCHEDULE_CANCELLED,
)

SUBJECTS: dict[str, dict[str, str]] = {
    "en": {
        SCHEDULE_PROCESSED: "{headline}: call {call}, wake-up {wake_up}",
        SCHEDULE_UPDATED: "Updated {headline}: {changes}",
        WEATHER_WARNING: "Weather warning {headline}: {warnings}",
        NEEDS_REVIEW: "Needs your review: {headline}",
        PROCESSING_ERROR: "Processing failed: {headline} ({stage})",
        WAKEUP_REMINDER: "Wake up! Leave at {departure}, call {call}",
        DEPARTURE_REMINDER: "Time to leave: call {call} at {location}",
        EVENING_SUMMARY: "Tomorrow {headline}: call {call}, wake-up {wake_up}",
        SCHEDULE_CANCELLED: "Cancelled: {headline}",
    },
    "pl": {
        SCHEDULE_PROCESSED: "{headline}: call {call}, pobudka {wake_up}",
        SCHEDULE_UPDATED: "Zmiana {headline}: {changes}",
        WEATHER_WARNING: "Ostrzeżenie pogodowe {headline}: {warnings}",
        NEEDS_REVIEW: "Wymaga sprawdzenia: {headline}",
        PROCESSING_ERROR: "Błąd przetwarzania: {headline} ({stage})",
        WAKEUP_REMINDER: "Pobudka! Wyjazd o {departure}, call {call}",
        DEPARTURE_REMINDER: "Czas wyjeżdżać: call {call}, {location}",
        EVENING_SUMMARY: "Jutro {headline}: call {call}, pobudka {wake_up}",
        SCHEDULE_CANCELLED: "Odwołane: {headline}",
    },
}

# The first line of a body, before the summary (if the template carries one).
LEADS: dict[str, dict[str, str]] = {
    "en": {
        SCHEDULE_PROCESSED: "Your shooting day is planned.",
        SCHEDULE_UPDATED: "What changed (version {old_version} -> {version}): {changes}.",
        WEATHER_WARNING: "Weather warnings for the shooting day: {warnings}.",
        NEEDS_REVIEW: "Please review: {reason}",
        PROCESSING_ERROR: "The {stage} stage failed: {reason}",
        WAKEUP_REMINDER: "Wake up! Leave at {departure} for {location}; call {call}.",
        DEPARTURE_REMINDER: "Leave now for {location}; arrival {arrival}, call {call}.",
        EVENING_SUMMARY: "Tomorrow's shooting day.",
        SCHEDULE_CANCELLED: "The shooting day is cancelled; its reminders will not ring.",
    },
    "pl": {
        SCHEDULE_PROCESSED: "Twój dzień zdjęciowy jest zaplanowany.",
        SCHEDULE_UPDATED: "Co się zmieniło (wersja {old_version} -> {version}): {changes}.",
        WEATHER_WARNING: "Ostrzeżenia pogodowe na dzień zdjęciowy: {warnings}.",
        NEEDS_REVIEW: "Sprawdź proszę: {reason}",
        PROCESSING_ERROR: "Etap {stage} nie powiódł się: {reason}",
        WAKEUP_REMINDER: "Pobudka! Wyjazd o {departure} na {location}; call {call}.",
        DEPARTURE_REMINDER: "Wyjeżdżaj teraz na {location}; przyjazd {arrival}, call {call}.",
        EVENING_SUMMARY: "Jutrzejszy dzień zdjęciowy.",
        SCHEDULE_CANCELLED: "Dzień zdjęciowy jest odwołany; przypomnienia nie zadzwonią.",
    },
}

# Templates whose body carries the whole summary after the lead line.
WITH_SUMMARY = {SCHEDULE_PROCESSED, SCHEDULE_UPDATED, EVENING_SUMMARY}

CHANGE_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "date": "date moved {old} -> {new}",
        "call": "call moved {old} -> {new}",
        "location": "location now {new} (was {old})",
        "wake_up": "wake-up now {new}",
        "departure": "departure now {new}",
        "weather": "weather now {new}",
        "other": "other details changed",
    },
    "pl": {
        "date": "data zmieniona {old} -> {new}",
        "call": "call przesunięty {old} -> {new}",
        "location": "lokacja teraz {new} (było {old})",
        "wake_up": "pobudka teraz {new}",
        "departure": "wyjazd teraz {new}",
        "weather": "pogoda teraz {new}",
        "other": "zmieniły się inne szczegóły",
    },
}
# What a change notice compares, in the order it names them.
COMPARED = ("date", "call", "location", "wake_up", "departure", "weather")


@dataclass(frozen=True)
class Change:
    """One field that moved between two versions."""

    field: str
    old: str | None
    new: str | None

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field, "old": self.old, "new": self.new}


def changes_between(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """The compared facts that differ (facts missing from ``old`` are not compared)."""
    out = []
    for key in COMPARED:
        if key in old and old.get(key) != new.get(key):
            out.append(Change(key, _s(old.get(key)), _s(new.get(key))))
    return out


def describe_changes(changes: list[Change] | list[dict[str, Any]], language: str) -> str:
    """'call moved 07:00 -> 06:30, wake-up now 04:20' (or 'other details changed')."""
    words = CHANGE_WORDS.get(language, CHANGE_WORDS["en"])
    items = [
        c if isinstance(c, Change) else Change(c["field"], c["old"], c["new"]) for c in changes
    ]
    if not items:
        return words["other"]
    return ", ".join(words[c.field].format(old=c.old or "-", new=c.new or "-") for c in items)


def _s(value: Any) -> str | None:
    return None if value is None else str(value)


@dataclass(frozen=True)
class Message:
    """A rendered notification."""

    subject: str
    text: str
    html: str | None


def render(
    template: str,
    language: str,
    values: dict[str, Any],
    summary_text: str | None = None,
    summary_html: str | None = None,
) -> Message:
    """Fill ``template`` in ``language`` with ``values`` (headline, call, wake_up, changes...).

    The summary templates append the summary's text (and HTML) after the lead line.
    """
    lang = language if language in SUBJECTS else "en"
    safe = _Defaults(values)
    subject = SUBJECTS[lang][template].format_map(safe)[:255]
    lead = LEADS[lang][template].format_map(safe)
    text = lead + "\n"
    markup = None
    if template in WITH_SUMMARY and summary_text:
        text += "\n" + summary_text
        if summary_html:
            # The lead goes first inside <body ...>.
            at = summary_html.find(">", summary_html.find("<body")) + 1
            lead_html = f"<p><b>{html.escape(lead)}</b></p>"
            markup = summary_html[:at] + lead_html + summary_html[at:]
    return Message(subject, text, markup)


class _Defaults(dict):
    """format_map values where a missing key shows as '-' rather than failing."""

    def __missing__(self, key: str) -> str:
        return "-"
