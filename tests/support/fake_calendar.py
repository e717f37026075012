"""A fake Google Calendar API v3 on loopback, for the real google-api-python-client.

Serves events.insert (409 for an id that exists, even a cancelled one, as Google does),
events.get, events.patch, events.delete (the event becomes 'cancelled'), events.list (time
window, cancelled ones hidden). Failures are scripted per method and path fragment, or set as
``trouble`` until cleared (an error for every request, or a hang after which the request is
done anyway: the commit a client that gave up never hears of); a "hand edit" changes an event
as the user would in the calendar app.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
import urllib.parse
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.support.loopback import LoopbackServer

PREFIX = "/calendar/v3/calendars/"


@dataclass
class Fault:
    """Answer ``status`` to the next ``times`` ``method`` requests whose path has ``fragment``."""

    method: str
    fragment: str
    status: int
    times: int


@dataclass(frozen=True)
class Trouble:
    """Until cleared: answer ``status`` to every ``method`` request (any when None), or, with
    ``hang_s``, hold each one that long and then do it."""

    status: int | None = None
    hang_s: float = 0.0
    method: str | None = None


class FakeCalendar(LoopbackServer):
    """The fake server; ``url`` is its root, to use as STILLONTIME_GOOGLE_API_ENDPOINT."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.calendars: dict[str, dict[str, dict[str, Any]]] = {}
        self.faults: list[Fault] = []
        self.trouble: Trouble | None = None
        self.log: list[tuple[str, str]] = []
        self.replies: list[tuple[str, str, int]] = []
        self.auth: list[str] = []
        self._stamps = itertools.count(1)
        self.serve(_Handler)

    # --- set-up and inspection ---------------------------------------------------------------

    def fail(self, method: str, fragment: str, status: int, times: int = 1) -> None:
        with self.lock:
            self.faults.append(Fault(method, fragment, status, times))

    def events(self, calendar: str = "primary") -> dict[str, dict[str, Any]]:
        with self.lock:
            return {k: dict(v) for k, v in self.calendars.get(calendar, {}).items()}

    def live(self, calendar: str = "primary") -> list[dict[str, Any]]:
        return [e for e in self.events(calendar).values() if e.get("status") != "cancelled"]

    def add_event(self, start: str, end: str, summary: str, calendar: str = "primary") -> str:
        """Another event of the user's (not ours)."""
        event_id = f"other{next(self._stamps)}"
        with self.lock:
            body = {"id": event_id, "summary": summary}
            self._store(calendar, {**body, "start": {"dateTime": start}, "end": {"dateTime": end}})
        return event_id

    def hand_edit(self, event_id: str, calendar: str = "primary", **fields: Any) -> None:
        """Change an event as the user would in the calendar app (our stamp stays)."""
        with self.lock:
            event = self.calendars[calendar][event_id]
            event.update(fields)
            self._touch(event)

    def count(self, method: str, fragment: str = "") -> int:
        with self.lock:
            return sum(1 for m, p in self.log if m == method and fragment in p)

    def answered(self, method: str, status: int) -> int:
        """How many ``method`` requests got ``status`` (counted when the reply was written)."""
        with self.lock:
            return sum(1 for m, _, code in self.replies if m == method and code == status)

    # --- internals -----------------------------------------------------------------------

    def _touch(self, event: dict[str, Any]) -> None:
        n = next(self._stamps)
        event["etag"] = f'"{n}"'
        event["updated"] = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{n % 1000:03d}Z"

    def _store(self, calendar: str, event: dict[str, Any]) -> dict[str, Any]:
        event.setdefault("status", "confirmed")
        event["kind"] = "calendar#event"
        self._touch(event)
        self.calendars.setdefault(calendar, {})[event["id"]] = event
        return event

    def fault_for(self, method: str, path: str) -> int | None:
        with self.lock:
            for fault in self.faults:
                if fault.times > 0 and fault.method == method and fault.fragment in path:
                    fault.times -= 1
                    return fault.status
        return None

    def handle(self, method: str, path: str, query: dict[str, str], body: Any) -> tuple[int, Any]:
        rest = path[len(PREFIX) :]
        parts = [urllib.parse.unquote(p) for p in rest.split("/")]
        calendar = parts[0]
        if len(parts) < 2 or parts[1] != "events":
            return 404, _error(404, "notFound")
        event_id = parts[2] if len(parts) > 2 else None
        with self.lock:
            events = self.calendars.setdefault(calendar, {})
            if event_id is None and method == "POST":
                if body.get("id") in events:
                    return 409, _error(409, "duplicate")
                return 200, dict(self._store(calendar, dict(body)))
            if event_id is None and method == "GET":
                return 200, {"kind": "calendar#events", "items": self._window(events, query)}
            event = events.get(event_id or "")
            if event is None:
                return 404, _error(404, "notFound")
            if method == "GET":
                return 200, dict(event)
            if method == "PATCH":
                event.update(body)
                self._touch(event)
                return 200, dict(event)
            if method == "DELETE":
                if event.get("status") == "cancelled":
                    return 410, _error(410, "deleted")
                event["status"] = "cancelled"
                self._touch(event)
                return 204, None
        return 405, _error(405, "method")

    @staticmethod
    def _window(events: dict[str, dict[str, Any]], query: dict[str, str]) -> list[dict[str, Any]]:
        lo = datetime.fromisoformat(query["timeMin"]) if "timeMin" in query else None
        hi = datetime.fromisoformat(query["timeMax"]) if "timeMax" in query else None
        out = []
        for event in events.values():
            if event.get("status") == "cancelled":
                continue
            start = datetime.fromisoformat(event["start"]["dateTime"])
            end = datetime.fromisoformat(event["end"]["dateTime"])
            if (hi is None or start < hi) and (lo is None or end > lo):
                out.append(dict(event))
        return out


def _error(status: int, reason: str) -> dict[str, Any]:
    return {"error": {"code": status, "message": reason, "errors": [{"reason": reason}]}}


class _Handler(BaseHTTPRequestHandler):
    fake: FakeCalendar

    def log_message(self, *args: Any) -> None:  # quiet
        pass

    def _serve(self, method: str) -> None:
        url = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(url.query))
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        with self.fake.lock:
            self.fake.log.append((method, url.path))
            self.fake.auth.append(self.headers.get("Authorization", ""))
        status = self.fake.fault_for(method, url.path)
        trouble = self.fake.trouble
        if trouble is not None and trouble.method in (None, method):
            if trouble.status is not None:
                status = trouble.status
            time.sleep(trouble.hang_s)
        if status is not None:
            self._reply(method, url.path, status, _error(status, "scripted"))
            return
        if not url.path.startswith(PREFIX):
            self._reply(method, url.path, 404, _error(404, "notFound"))
            return
        body = json.loads(raw) if raw else {}
        code, payload = self.fake.handle(method, url.path, query, body)
        self._reply(method, url.path, code, payload)

    def _reply(self, method: str, path: str, status: int, payload: Any) -> None:
        with self.fake.lock:
            self.fake.replies.append((method, path, status))
        data = b"" if payload is None else json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=UTF-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def do_PATCH(self) -> None:
        self._serve("PATCH")

    def do_DELETE(self) -> None:
        self._serve("DELETE")
