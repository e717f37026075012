"""What a calendar message does: decide from the rows, write to the provider, record the outcome."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
import structlog

from pipeline import db
from pipeline.calendar import logic, store
from pipeline.calendar.providers import (
    CalendarConflict,
    CalendarSettings,
    GoogleCalendar,
    IcsCalendar,
    Written,
    ics_folder,
)
from pipeline.errors import PipelineError
from pipeline.logs import HeldLines
from pipeline.outside.google import GrantUnusable
from pipeline.settings import from_env

log = structlog.get_logger("stillontime.calendar")


def _home() -> Path:
    from pipeline.settings import get_settings

    return Path(os.environ.get("STILLONTIME_HOME") or get_settings().home)


def _now() -> datetime:
    return datetime.now(UTC)


def choose_provider(settings: CalendarSettings, schedule: dict[str, Any]) -> str:
    """google or ics: as configured, or (auto) Google for a user with a usable grant."""
    if settings.provider != "auto":
        return settings.provider
    return "google" if schedule.get("has_google") else "ics"


def google_calendar(conn: psycopg.Connection, user_id: uuid.UUID, settings: CalendarSettings):
    """The user's Google calendar (credentials loaded, refreshed and saved if needed)."""
    from pipeline.outside.google import GoogleUnavailable, build_google_service, load_credentials

    # The lock's connection is the worker's own: it reads the grant working for the user. A
    # refusal marks the grant first; that mark is kept (committed), then raised.
    failure: Exception | None = None
    with db.bound(conn):
        try:
            credentials = load_credentials(conn, user_id)
        except (GrantUnusable, GoogleUnavailable) as exc:
            failure = exc
    if failure is not None:
        raise failure
    return GoogleCalendar(build_google_service("calendar", "v3", credentials), settings)


def sync_schedule(
    schedule_id: uuid.UUID,
    *,
    force: bool = False,
    settings: CalendarSettings | None = None,
    home: Path | None = None,
    clock: Callable[[], datetime] = _now,
) -> str:
    """Bring the schedule's calendar event in line with its current version; returns the outcome.

    Idempotent: an unchanged event is not written again. A conflict is recorded, not forced
    (``force`` overrides it: the `calendar sync --force` command).

    Raises
    ------
    CalendarUnavailable
        The calendar kept failing (sync_status 'error'); the message is retried.
    PermanentError
        The calendar refused the event or the Google grant is unusable (sync_status 'error').
    """
    settings = settings or from_env(CalendarSettings)
    held = HeldLines()
    with structlog.contextvars.bound_contextvars(schedule_id=str(schedule_id), stage="calendar"):
        try:
            with store.schedule_lock(schedule_id, settings.lock_timeout_s) as lock_conn:
                return _sync_locked(lock_conn, schedule_id, force, settings, home, clock, held)
        finally:
            held.flush(log)  # after the lock is released


def _sync_locked(
    lock_conn: psycopg.Connection,
    schedule_id: uuid.UUID,
    force: bool,
    settings: CalendarSettings,
    home: Path | None,
    clock: Callable[[], datetime],
    log: HeldLines,
) -> str:
    pending = None
    # The read, the decision and the event recorded as pending: one transaction.
    with db.transaction(actor="calendar") as conn:
        inputs = store.load_inputs(conn, schedule_id)
        schedule, row = inputs["schedule"], inputs["row"]
        language = (schedule or {}).get("language") or "en"
        decision = logic.decide(
            schedule, inputs["route"], inputs["weather"], row, language=language, force=force
        )
        if decision.action == "write":
            assert decision.content is not None and schedule is not None
            provider = choose_provider(settings, schedule)
            pending = store.record_pending(conn, schedule, provider, decision.content)
    if decision.action == "skip":
        log.info("calendar sync skipped", reason=decision.reason)
        return "skipped: " + decision.reason
    if decision.action == "cancel":
        return _cancel(lock_conn, schedule, row, settings, home, clock, log)
    assert decision.content is not None and schedule is not None
    args = (lock_conn, schedule, row, decision.content)
    try:
        return _write(*args, provider, force, settings, home, clock, log, pending)
    except GrantUnusable:
        if provider != "google" or settings.provider != "auto":
            raise
        # A revoked or broken grant must not leave the crew without their day.
        log.warning("Google grant unusable, writing the .ics file instead")
        return _write(*args, "ics", force, settings, home, clock, log)


def _write(
    lock_conn: psycopg.Connection,
    schedule: dict[str, Any],
    row: dict[str, Any] | None,
    content: logic.EventContent,
    provider: str,
    force: bool,
    settings: CalendarSettings,
    home: Path | None,
    clock: Callable[[], datetime],
    log: HeldLines,
    pending: dict[str, Any] | None = None,
) -> str:
    """Write the event with ``provider``; ``pending``: its row already recorded as pending
    for this provider (else recorded here)."""
    # "Known": we wrote this event (still active) with this provider, so a hand edit matters.
    known = bool(
        row and row["remote_updated"] and row["status"] == "active" and row["provider"] == provider
    )
    if pending is None:
        with db.transaction(actor="calendar") as conn:
            pending = store.record_pending(conn, schedule, provider, content)
    sequence = pending["sequence"] + 1
    try:
        if provider == "google":
            written = google_calendar(lock_conn, schedule["user_id"], settings).write(
                content, known=known, force=force
            )
        else:
            ics = IcsCalendar(ics_folder(home or _home(), schedule["user_id"]), clock)
            written = ics.write(
                content,
                sequence=sequence,
                known_stamp=row["remote_updated"] if known and row else None,
                force=force,
            )
    except CalendarConflict as exc:
        with db.transaction(actor="calendar") as conn:
            store.record_failed(conn, pending["id"], "conflict", str(exc), content.content_hash())
        log.warning("calendar conflict", provider=provider, reason=str(exc))
        return "conflict: " + str(exc)
    except PipelineError as exc:
        with db.transaction(actor="calendar") as conn:
            store.record_failed(conn, pending["id"], "error", f"{type(exc).__name__}: {exc}")
        log.warning("calendar write failed", provider=provider, error=str(exc))
        raise
    with db.transaction(actor="calendar") as conn:
        store.record_synced(conn, pending["id"], written, content.content_hash(), sequence)
    outcome = "created" if written.created else "updated"
    log.info(
        "calendar event " + outcome,
        provider=provider,
        calendar_event_id=content.event_id,
        schedule_version=schedule["version"],
    )
    return outcome


def _cancel(
    lock_conn: psycopg.Connection,
    schedule: dict[str, Any],
    row: dict[str, Any],
    settings: CalendarSettings,
    home: Path | None,
    clock: Callable[[], datetime],
    log: HeldLines,
) -> str:
    stamp = None
    if row["provider"] == "google":
        google_calendar(lock_conn, schedule["user_id"], settings).cancel(row["calendar_event_id"])
    else:
        content = logic.EventContent(
            event_id=row["calendar_event_id"],
            title=row["title"],
            start=row["start_time"],
            end=row["end_time"],
            timezone="UTC",
            location=row["location"] or "",
            description=row["description"] or "",
            reminders=(),
        )
        ics = IcsCalendar(ics_folder(home or _home(), schedule["user_id"]), clock)
        written: Written = ics.write(
            content, sequence=row["sequence"] + 1, known_stamp=None, force=True, cancelled=True
        )
        stamp = written.remote_updated
    with db.transaction(actor="calendar") as conn:
        store.record_cancelled(conn, row["id"], row["sequence"] + 1, stamp)
    log.info("calendar event cancelled", calendar_event_id=row["calendar_event_id"])
    return "cancelled"


def ics_path(schedule_id: uuid.UUID, home: Path | None = None) -> Path | None:
    """The .ics file of a schedule's event, if it has one."""
    with db.transaction() as conn:
        row = store.get_event(conn, schedule_id)
    if row is None:
        return None
    return ics_folder(home or _home(), row["user_id"]) / f"{row['calendar_event_id']}.ics"
