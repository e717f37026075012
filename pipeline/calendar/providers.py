"""Where events go: Google Calendar (API v3, google-api-python-client) or an .ics folder."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import structlog
from googleapiclient.errors import HttpError
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from pipeline.calendar import logic
from pipeline.calendar.ics import ics_bytes
from pipeline.errors import PermanentError, TransientError
from pipeline.outside.google import call_with_retries
from pipeline.settings import from_env

log = structlog.get_logger("stillontime.calendar")


class CalendarSettings(BaseSettings):
    """``STILLONTIME_CALENDAR_*``: which provider, which calendar, retries."""

    model_config = SettingsConfigDict(env_prefix="STILLONTIME_CALENDAR_", extra="ignore")

    # auto: Google for a user with an active Google grant, else the .ics folder.
    provider: str = Field(default="auto", pattern="^(auto|google|ics)$")
    calendar_id: str = "primary"
    # Look for the user's other events overlapping the day before writing a new one.
    check_overlaps: bool = True
    # Longest wait for another worker's sync of the same schedule before retrying later.
    lock_timeout_s: float = Field(default=60.0, gt=0)
    retry_attempts: int = Field(default=5, ge=1, le=20)
    retry_min_s: float = Field(default=0.5, ge=0)
    retry_max_s: float = Field(default=30.0, ge=0)


class CalendarUnavailable(TransientError):
    """The calendar kept failing (rate limits, server errors, timeouts) after every retry."""


class CalendarRefused(PermanentError):
    """The calendar refused the event (a 4xx other than a conflict)."""


class CalendarConflict(Exception):
    """The day overlaps another event, or our event was changed by hand: a person decides."""


@dataclass(frozen=True)
class Written:
    """What the calendar holds after a write: its etag and its own stamp of the event."""

    etag: str | None
    remote_updated: str | None
    created: bool


class GoogleCalendar:
    """One user's Google calendar; every call retried with backoff on 429, 5xx and timeouts.

    Parameters
    ----------
    service:
        A 'calendar' v3 service from ``pipeline.outside.google.build_google_service``.
    """

    name = "google"

    def __init__(self, service: Any, settings: CalendarSettings | None = None) -> None:
        self.settings = settings or from_env(CalendarSettings)
        self.events = service.events()
        self.calendar_id = self.settings.calendar_id

    def _call(self, what: str, request: Any) -> Any:
        try:
            return call_with_retries(what, request.execute, self.settings, CalendarUnavailable)
        except HttpError as exc:
            if exc.status_code in (404, 409, 410):
                raise
            raise CalendarRefused(f"{what}: {exc.status_code} {exc.reason}") from exc

    def _get(self, event_id: str) -> dict[str, Any] | None:
        try:
            return self._call(
                "events.get", self.events.get(calendarId=self.calendar_id, eventId=event_id)
            )
        except HttpError as exc:
            if exc.status_code in (404, 410):
                return None
            raise CalendarRefused(f"events.get: {exc.status_code}") from exc

    def write(self, content: logic.EventContent, *, known: bool, force: bool) -> Written:
        """Create or patch the event of ``content``.

        ``known``: we wrote this event before, so a hand edit is a conflict (unless ``force``).

        Raises
        ------
        CalendarConflict
            Another event overlaps the day (first write), or ours was edited by hand.
        """
        body = logic.google_body(content)
        remote = self._get(content.event_id) if known else None
        if known and not force:
            if remote is None or remote.get("status") == "cancelled":
                raise CalendarConflict("the event was deleted from the calendar by hand")
            if logic.edited_by_hand(remote):
                raise CalendarConflict("the event was changed by hand in the calendar")
        if not known and not force and self.settings.check_overlaps:
            others = self.overlaps(content)
            if others:
                raise CalendarConflict("overlaps " + "; ".join(others))
        if remote is None:
            try:
                event = self._call(
                    "events.insert",
                    self.events.insert(calendarId=self.calendar_id, body=body, sendUpdates="none"),
                )
                return Written(event.get("etag"), event.get("updated"), created=True)
            except HttpError as exc:
                if exc.status_code != 409:
                    raise CalendarRefused(f"events.insert: {exc.status_code}") from exc
                # The id exists already: our earlier attempt, or a cancelled event of ours.
                log.info("event exists, patching", calendar_event_id=content.event_id)
        event = self._call(
            "events.patch",
            self.events.patch(
                calendarId=self.calendar_id, eventId=content.event_id, body=body, sendUpdates="none"
            ),
        )
        return Written(event.get("etag"), event.get("updated"), created=False)

    def overlaps(self, content: logic.EventContent) -> list[str]:
        """The user's other busy events in the event's span."""
        items: list[dict[str, Any]] = []
        token = None
        while True:
            page = self._call(
                "events.list",
                self.events.list(
                    calendarId=self.calendar_id,
                    timeMin=content.start.isoformat(),
                    timeMax=content.end.isoformat(),
                    singleEvents=True,
                    maxResults=250,
                    pageToken=token,
                ),
            )
            items += page.get("items", []) or []
            token = page.get("nextPageToken")
            if not token:
                return logic.overlapping(items, content)

    def cancel(self, event_id: str) -> None:
        """Delete (Google: cancel) the event; one already gone is fine."""
        try:
            self._call(
                "events.delete",
                self.events.delete(
                    calendarId=self.calendar_id, eventId=event_id, sendUpdates="none"
                ),
            )
        except HttpError as exc:
            if exc.status_code not in (404, 410):
                raise CalendarRefused(f"events.delete: {exc.status_code}") from exc


def ics_folder(home: Path, user_id: object) -> Path:
    """The folder of a user's .ics files (one per shooting day), for a calendar app to watch."""
    return home / "calendar" / str(user_id)


class IcsCalendar:
    """The offline calendar: one .ics file per event in ``<home>/calendar/<user_id>/``."""

    name = "ics"

    def __init__(self, folder: Path, clock: Callable[[], datetime]) -> None:
        self.folder = folder
        self.clock = clock

    def path(self, event_id: str) -> Path:
        return self.folder / f"{event_id}.ics"

    def write(
        self,
        content: logic.EventContent,
        *,
        sequence: int,
        known_stamp: str | None,
        force: bool,
        cancelled: bool = False,
    ) -> Written:
        """Write the file; a file changed since we wrote it (``known_stamp``) is a conflict."""
        path = self.path(content.event_id)
        data = ics_bytes(content, sequence=sequence, stamp=self.clock(), cancelled=cancelled)
        if known_stamp and not force and path.exists():
            current = _sha(path.read_bytes())
            if current != known_stamp:
                raise CalendarConflict(f"{path.name} was changed by hand")
        created = not path.exists()
        _atomic_write(path, data)
        stamp = _sha(data)
        return Written(etag=stamp[:32], remote_updated=stamp, created=created)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _atomic_write(path: Path, data: bytes) -> None:
    """Write via a temporary file and rename, so a watcher never reads half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
