"""A fake Gmail API and Google token endpoint on loopback, for the real google-api-python-client.

Serves users.getProfile, users.messages.list (paged), users.messages.get (format=raw, and
format=metadata with metadataHeaders), users.messages.send (into a thread when its threadId is
the mailbox's; to the mailbox's own address it lands in INBOX too, as Gmail does; with
``replace_message_ids`` the fake gives the message a Message-ID of its own, as Gmail may),
users.history.list (paged; 404 for a history id older than the mailbox keeps), users.watch and
users.stop (the watch kept per mailbox, with a settable lifetime), the batch
endpoint (multipart/mixed of application/http parts), and the OAuth token endpoint (refresh and
authorization-code grants). Failures and delays are scripted per path fragment. It keeps the
time its handlers spent, the floor a client cannot beat.
"""

from __future__ import annotations

import base64
import email
import email.message
import email.policy
import email.utils
import itertools
import json
import threading
import time
import urllib.parse
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.support.loopback import LoopbackServer

PREFIX = "/gmail/v1/users/me/"


@dataclass
class Mailbox:
    """One user's mail: messages in arrival order and the history that added them."""

    address: str
    messages: dict[str, dict[str, Any]] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    history: list[tuple[int, str, tuple[str, ...]]] = field(default_factory=list)
    history_id: int = 1000
    # history.list from a start id below this answers 404 (Google dropped older history).
    oldest_history_id: int = 0
    # The users.watch request in force ({topicName, labelIds, ...} plus "expiration"), if any.
    watch: dict[str, Any] | None = None
    watch_calls: int = 0
    # Ids of messages sent through users.messages.send, in order.
    sent: list[str] = field(default_factory=list)


@dataclass
class Fault:
    """Answer ``status`` to the next ``times`` requests whose path contains ``fragment``."""

    fragment: str
    status: int
    times: int


class FakeGmail(LoopbackServer):
    """The fake server; ``url`` is its root, to use as STILLONTIME_GOOGLE_API_ENDPOINT."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.mailboxes: dict[str, Mailbox] = {}
        self.refresh_tokens: dict[str, str] = {}  # refresh token -> address
        self.access_tokens: dict[str, str] = {}  # access token -> address
        self.codes: dict[str, tuple[str, str]] = {}  # authorization code -> (address, scope)
        self.scopes: dict[str, str] = {}  # refresh token -> its scopes (space separated)
        # The consent page (GET /auth): the account signed in to the "browser", and the scopes
        # the person leaves ticked (None: every scope asked for).
        self.consenting: str | None = None
        self.ticked: list[str] | None = None
        self.faults: list[Fault] = []
        self.delays: dict[str, float] = {}
        self.log: list[tuple[str, str]] = []  # (method, path) of every request and batch part
        self.queries: list[str] = []
        self.serve_seconds = 0.0
        # Lifetime users.watch grants (Google: 7 days).
        self.watch_lifetime_s = 7 * 86400.0
        # Gmail may replace the Message-ID of a message sent through the API.
        self.replace_message_ids = False
        self._ids = itertools.count(1)
        self.serve(_Handler)

    @property
    def token_uri(self) -> str:
        return self.url + "/token"

    @property
    def auth_uri(self) -> str:
        return self.url + "/auth"

    # --- set-up ---------------------------------------------------------------------------

    def add_mailbox(self, address: str, scopes: list[str] | None = None) -> tuple[str, str]:
        """A mailbox; returns (refresh token, access token) of a grant on it (with ``scopes``,
        the token endpoint names them on each refresh, as Google does)."""
        with self.lock:
            self.mailboxes[address] = Mailbox(address)
            refresh = f"refresh-{uuid.uuid4().hex}"
            self.refresh_tokens[refresh] = address
            if scopes is not None:
                self.scopes[refresh] = " ".join(scopes)
        return refresh, self.issue_token(address)

    def issue_token(self, address: str) -> str:
        token = f"access-{uuid.uuid4().hex}"
        with self.lock:
            self.access_tokens[token] = address
        return token

    def add_message(
        self,
        address: str,
        raw: bytes | None = None,
        *,
        raw_text: str | None = None,
        labels: tuple[str, ...] = ("INBOX",),
        message_id: str | None = None,
        thread_id: str | None = None,
    ) -> str:
        """Deliver a message (``raw`` MIME bytes, or ``raw_text`` as the API field verbatim),
        in ``thread_id`` (default: a thread of its own)."""
        with self.lock:
            return self._add(address, raw, raw_text, labels, message_id, thread_id)

    def _add(
        self,
        address: str,
        raw: bytes | None,
        raw_text: str | None,
        labels: tuple[str, ...],
        message_id: str | None,
        thread_id: str | None,
    ) -> str:
        """Deliver a message (the lock held)."""
        box = self.mailboxes[address]
        mid = message_id or f"m{next(self._ids):06x}"
        box.history_id += 1
        encoded = raw_text
        if encoded is None:
            encoded = base64.urlsafe_b64encode(raw or b"").decode().rstrip("=")
        box.messages[mid] = {
            "id": mid,
            "threadId": thread_id or f"t{mid}",
            "labelIds": list(labels),
            "historyId": str(box.history_id),
            "internalDate": str(int(time.time() * 1000)),
            "raw": encoded,
        }
        box.order.append(mid)
        box.history.append((box.history_id, mid, labels))
        return mid

    def messages_in(self, address: str, thread_id: str) -> list[email.message.EmailMessage]:
        """The parsed messages of a thread, oldest first."""
        with self.lock:
            box = self.mailboxes[address]
            raws = [box.messages[m]["raw"] for m in box.order
                    if box.messages[m]["threadId"] == thread_id]  # fmt: skip
        return [_parse(r) for r in raws]

    def sent_messages(self, address: str) -> list[tuple[dict[str, Any], Any]]:
        """Every message sent through the API from ``address``: (record, parsed), in order."""
        with self.lock:
            box = self.mailboxes[address]
            records = [dict(box.messages[m]) for m in box.sent]
        return [(r, _parse(r["raw"])) for r in records]

    def _send(self, box: Mailbox, body: bytes) -> tuple:
        request = json.loads(body or b"{}")
        if not request.get("raw"):
            return 400, {"error": {"code": 400, "message": "raw required"}}
        message = _parse(request["raw"])
        recipients = [a.lower() for _, a in email.utils.getaddresses(message.get_all("To", []))]
        if self.replace_message_ids:
            del message["Message-ID"]
            message["Message-ID"] = f"<CAfake{uuid.uuid4().hex}@mail.gmail.com>"
        elif message.get("Message-ID") is None:
            message["Message-ID"] = f"<fake{uuid.uuid4().hex}@mail.gmail.com>"
        threads = {m["threadId"] for m in box.messages.values()}
        thread = request.get("threadId") if request.get("threadId") in threads else None
        labels = ("SENT", "INBOX", "UNREAD") if box.address.lower() in recipients else ("SENT",)
        raw = base64.urlsafe_b64encode(message.as_bytes()).decode().rstrip("=")
        mid = self._add(box.address, None, raw, labels, None, thread)
        box.sent.append(mid)
        record = box.messages[mid]
        return 200, {"id": mid, "threadId": record["threadId"], "labelIds": list(labels)}

    def expire_history(self, address: str) -> None:
        """Forget all history so far: history.list from an older id answers 404."""
        with self.lock:
            box = self.mailboxes[address]
            box.oldest_history_id = box.history_id + 1

    def fail(self, fragment: str, status: int, times: int = 1) -> None:
        with self.lock:
            self.faults.append(Fault(fragment, status, times))

    def delay(self, fragment: str, seconds: float) -> None:
        with self.lock:
            self.delays[fragment] = seconds

    def revoke(self, refresh_token: str) -> None:
        with self.lock:
            self.refresh_tokens.pop(refresh_token, None)
            self.access_tokens.clear()

    def count(self, fragment: str) -> int:
        with self.lock:
            return sum(1 for _, path in self.log if fragment in path)

    # --- serving --------------------------------------------------------------------------

    def _fault(self, path: str) -> int | None:
        with self.lock:
            for fault in self.faults:
                if fault.fragment in path and fault.times > 0:
                    fault.times -= 1
                    return fault.status
        return None

    def _delay(self, path: str) -> None:
        for fragment, seconds in list(self.delays.items()):
            if fragment in path:
                time.sleep(seconds)

    def route(self, method: str, target: str, headers: dict[str, str], body: bytes) -> tuple:
        """(status, JSON-able body) of one request (top level or batch part)."""
        parsed = urllib.parse.urlsplit(target)
        path, params = parsed.path, dict(urllib.parse.parse_qsl(parsed.query))
        with self.lock:
            self.log.append((method, path))
        self._delay(path)
        status = self._fault(path)
        if status is not None:
            return status, {"error": {"code": status, "message": "scripted failure"}}
        if path == "/token":
            return self._token(dict(urllib.parse.parse_qsl(body.decode())))
        if path == "/auth" and method == "GET":
            return self._consent(params)
        auth = headers.get("authorization", "")
        with self.lock:
            address = self.access_tokens.get(auth.removeprefix("Bearer ").strip())
            box = self.mailboxes.get(address or "")
        if box is None:
            return 401, {"error": {"code": 401, "message": "invalid credentials"}}
        if not path.startswith(PREFIX):
            return 404, {"error": {"code": 404, "message": f"no route {path}"}}
        rest = path[len(PREFIX) :]
        if rest in ("watch", "stop"):
            return self._watch(box, rest, body)
        if rest == "messages/send" and method == "POST":
            with self.lock:
                return self._send(box, body)
        return self._gmail(box, rest, params)

    def _watch(self, box: Mailbox, rest: str, body: bytes) -> tuple:
        with self.lock:
            if rest == "stop":
                box.watch = None
                return 200, {}
            request = json.loads(body or b"{}")
            if not request.get("topicName"):
                return 400, {"error": {"code": 400, "message": "topicName required"}}
            expiration = int((time.time() + self.watch_lifetime_s) * 1000)
            box.watch = {**request, "expiration": expiration}
            box.watch_calls += 1
            return 200, {"historyId": str(box.history_id), "expiration": str(expiration)}

    def _gmail(self, box: Mailbox, rest: str, params: dict[str, str]) -> tuple:
        with self.lock:
            if rest == "profile":
                return 200, {"emailAddress": box.address, "historyId": str(box.history_id)}
            if rest == "messages":
                self.queries.append(params.get("q", ""))
                ids = list(reversed(box.order))  # newest first, like Gmail
                return 200, _page([{"id": i, "threadId": f"t{i}"} for i in ids], params, "messages")
            if rest.startswith("messages/"):
                message = box.messages.get(rest.split("/", 1)[1])
                if message is None:
                    return 404, {"error": {"code": 404, "message": "not found"}}
                if params.get("format") == "metadata":
                    return 200, _metadata(message, params.get("metadataHeaders"))
                return 200, dict(message)
            if rest == "history":
                start = int(params["startHistoryId"])
                if start < box.oldest_history_id:
                    return 404, {"error": {"code": 404, "message": "history id too old"}}
                records = [
                    {
                        "id": str(hid),
                        "messagesAdded": [
                            {"message": {"id": mid, "threadId": f"t{mid}", "labelIds": list(lbl)}}
                        ],
                    }
                    for hid, mid, lbl in box.history
                    if hid > start
                ]
                page = _page(records, params, "history")
                page["historyId"] = str(box.history_id)
                return 200, page
        return 404, {"error": {"code": 404, "message": f"no route {rest}"}}

    def _consent(self, params: dict[str, str]) -> tuple:
        """Google's consent page, allowed at once by ``consenting``: back to the redirect URI
        with a code (302), as the browser would be sent."""
        with self.lock:
            if self.consenting is None or self.consenting not in self.mailboxes:
                return 400, {"error": "nobody is signed in to the fake browser"}
            asked = params.get("scope", "").split()
            granted = [s for s in asked if self.ticked is None or s in self.ticked]
            code = f"code-{uuid.uuid4().hex}"
            self.codes[code] = (self.consenting, " ".join(granted))
        query = {"code": code, "state": params.get("state", ""), "scope": " ".join(granted)}
        return 302, {"location": f"{params['redirect_uri']}?{urllib.parse.urlencode(query)}"}

    def _token(self, form: dict[str, str]) -> tuple:
        with self.lock:
            if form.get("grant_type") == "refresh_token":
                refresh = form.get("refresh_token", "")
                address = self.refresh_tokens.get(refresh)
                scope = self.scopes.get(refresh)
                new_refresh = None
            else:
                address, scope = self.codes.pop(form.get("code", ""), (None, None))
                new_refresh = f"refresh-{uuid.uuid4().hex}" if address else None
                if new_refresh:
                    self.refresh_tokens[new_refresh] = address  # type: ignore[assignment]
                    self.scopes[new_refresh] = scope or ""
        if address is None:
            return 400, {"error": "invalid_grant", "error_description": "Token has been revoked."}
        body = {
            "access_token": self.issue_token(address),
            "expires_in": 3600,
            "token_type": "Bearer",
        }
        if new_refresh:
            body["refresh_token"] = new_refresh
        if scope is not None:
            body["scope"] = scope
        return 200, body

    def batch(self, content_type: str, body: bytes) -> tuple[str, bytes]:
        """Answer a multipart/mixed batch: each application/http part routed on its own."""
        message = email.message_from_bytes(
            f"Content-Type: {content_type}\r\n\r\n".encode() + body, policy=email.policy.compat32
        )
        boundary = f"batch_{uuid.uuid4().hex}"
        out = []
        for part in message.get_payload():
            content_id = part["Content-ID"].strip()[1:-1]
            text = part.get_payload()
            head, _, inner_body = text.replace("\r\n", "\n").partition("\n\n")
            lines = head.split("\n")
            method, target, _ = lines[0].split(" ", 2)
            headers = {}
            for line in lines[1:]:
                key, _, value = line.partition(":")
                headers[key.strip().lower()] = value.strip()
            status, payload = self.route(method, target, headers, inner_body.encode())
            out.append(
                f"--{boundary}\r\nContent-Type: application/http\r\n"
                f"Content-ID: <response-{content_id}>\r\n\r\n"
                f"HTTP/1.1 {status} X\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n"
                f"{json.dumps(payload)}\r\n"
            )
        out.append(f"--{boundary}--\r\n")
        return f"multipart/mixed; boundary={boundary}", "".join(out).encode()


def _parse(raw: str) -> email.message.EmailMessage:
    data = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4))
    return email.message_from_bytes(data, policy=email.policy.default)


def _metadata(message: dict[str, Any], wanted: str | None) -> dict[str, Any]:
    """messages.get format=metadata: the record without raw, its headers in payload."""
    parsed = _parse(message["raw"])
    names = {wanted.lower()} if wanted else None
    headers = [
        {"name": k, "value": str(v)}
        for k, v in parsed.items()
        if names is None or k.lower() in names
    ]
    out = {k: v for k, v in message.items() if k != "raw"}
    return out | {"payload": {"mimeType": parsed.get_content_type(), "headers": headers}}


def _page(items: list[Any], params: dict[str, str], key: str) -> dict[str, Any]:
    start = int(params.get("pageToken") or 0)
    size = int(params.get("maxResults") or 100)
    page: dict[str, Any] = {key: items[start : start + size]}
    if start + size < len(items):
        page["nextPageToken"] = str(start + size)
    if key == "messages":
        page["resultSizeEstimate"] = len(items)
    return page


class _Handler(BaseHTTPRequestHandler):
    fake: FakeGmail
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet

    def _handle(self, method: str) -> None:
        started = time.perf_counter()
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        if method == "POST" and self.path.startswith("/batch"):
            with self.fake.lock:
                self.fake.log.append((method, "/batch"))
            status = self.fake._fault("/batch")
            if status is None:
                content_type, data = self.fake.batch(headers["content-type"], body)
            else:
                content_type, data = "application/json", json.dumps({"error": status}).encode()
        else:
            status, payload = self.fake.route(method, self.path, headers, body)
            content_type, data = "application/json; charset=UTF-8", json.dumps(payload).encode()
        self.send_response(status or 200)
        if status == 302:
            self.send_header("Location", payload["location"])
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        with self.fake.lock:
            self.fake.serve_seconds += time.perf_counter() - started

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")
