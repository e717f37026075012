"""A fake Pub/Sub (REST v1 pull, acknowledge, modifyAckDeadline) and token endpoint on loopback.

Messages published to it are leased by ``:pull`` for ``ack_deadline_s`` and delivered again
(with a new ack id and a higher ``deliveryAttempt``) unless ``:acknowledge``d before then, as a
real subscription does. ``/token`` answers the service-account JWT grant. Failures are
scripted per path fragment, as in fake_gmail.
"""

from __future__ import annotations

import base64
import itertools
import json
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.support.loopback import LoopbackServer

SUBSCRIPTION = "projects/stillontime-test/subscriptions/gmail-push"
TOPIC = "projects/stillontime-test/topics/gmail-push"


@dataclass
class _Message:
    message_id: str
    data: str  # base64, as the REST API carries bytes
    attempts: int = 0
    ack_id: str | None = None
    leased_until: float = 0.0


class FakePubSub(LoopbackServer):
    """The fake server; ``url`` is its root, to use as STILLONTIME_GMAIL_PUSH_ENDPOINT."""

    def __init__(self, *, ack_deadline_s: float = 0.5, pull_wait_s: float = 0.05) -> None:
        self.lock = threading.Lock()
        self.ack_deadline_s = ack_deadline_s
        self.pull_wait_s = pull_wait_s
        self.messages: dict[str, _Message] = {}
        self.acked: list[str] = []  # message ids, in ack order
        self.tokens: set[str] = set()
        self.faults: list[list[Any]] = []  # [fragment, status, times]
        self.log: list[str] = []
        self._ids = itertools.count(1)
        self.serve(_Handler)

    @property
    def token_uri(self) -> str:
        return self.url + "/token"

    # --- set-up ---------------------------------------------------------------------------

    def publish(self, payload: dict[str, Any] | bytes, message_id: str | None = None) -> str:
        """Publish a message (a dict is sent as JSON, as Gmail does); returns its id.

        Publishing the same ``message_id`` again while unacknowledged changes nothing.
        """
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        return self.publish_raw(base64.b64encode(data).decode(), message_id)

    def publish_raw(self, data: str, message_id: str | None = None) -> str:
        """Publish ``data`` as the REST field verbatim (so a test can send bad base64)."""
        with self.lock:
            mid = message_id or str(next(self._ids))
            self.messages.setdefault(mid, _Message(mid, data))
        return mid

    def fail(self, fragment: str, status: int, times: int = 1) -> None:
        with self.lock:
            self.faults.append([fragment, status, times])

    def pending(self) -> int:
        """Messages not yet acknowledged."""
        with self.lock:
            return len(self.messages)

    def count(self, fragment: str) -> int:
        with self.lock:
            return sum(1 for path in self.log if fragment in path)

    def credentials_file(self, folder: Path) -> Path:
        """A service-account key file whose token endpoint is this fake."""
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode()
        info = {
            "type": "service_account",
            "project_id": "stillontime-test",
            "private_key_id": uuid.uuid4().hex,
            "private_key": pem,
            "client_email": "puller@stillontime-test.iam.gserviceaccount.com",
            "client_id": "1234567890",
            "token_uri": self.token_uri,
        }
        path = folder / "pubsub-service-account.json"
        path.write_text(json.dumps(info), encoding="utf-8")
        return path

    # --- serving --------------------------------------------------------------------------

    def _fault(self, path: str) -> int | None:
        with self.lock:
            for fault in self.faults:
                if fault[0] in path and fault[2] > 0:
                    fault[2] -= 1
                    return fault[1]
        return None

    def route(self, path: str, headers: dict[str, str], body: bytes) -> tuple[int, Any]:
        with self.lock:
            self.log.append(path)
        status = self._fault(path)
        if status is not None:
            return status, {"error": {"code": status, "message": "scripted failure"}}
        if path == "/token":
            token = f"sa-{uuid.uuid4().hex}"
            with self.lock:
                self.tokens.add(token)
            return 200, {"access_token": token, "expires_in": 3600, "token_type": "Bearer"}
        with self.lock:
            authorised = headers.get("authorization", "").removeprefix("Bearer ") in self.tokens
        if not authorised:
            return 401, {"error": {"code": 401, "message": "invalid credentials"}}
        request = json.loads(body or b"{}")
        if path == f"/v1/{SUBSCRIPTION}:pull":
            return 200, self._pull(int(request.get("maxMessages") or 1))
        if path == f"/v1/{SUBSCRIPTION}:acknowledge":
            self._ack(request.get("ackIds") or [])
            return 200, {}
        if path == f"/v1/{SUBSCRIPTION}:modifyAckDeadline":
            self._extend(request.get("ackIds") or [], float(request["ackDeadlineSeconds"]))
            return 200, {}
        return 404, {"error": {"code": 404, "message": f"no route {path}"}}

    def _pull(self, limit: int) -> dict[str, Any]:
        deadline = time.monotonic() + self.pull_wait_s
        while True:
            with self.lock:
                now = time.monotonic()
                ready = [m for m in self.messages.values() if m.leased_until <= now][:limit]
                for message in ready:
                    message.attempts += 1
                    message.ack_id = f"ack-{message.message_id}-{message.attempts}"
                    message.leased_until = now + self.ack_deadline_s
                if ready or now >= deadline:
                    break
            time.sleep(0.01)
        stamp = datetime.now(UTC).isoformat().replace("+00:00", "Z")
        return {
            "receivedMessages": [
                {
                    "ackId": m.ack_id,
                    "message": {"data": m.data, "messageId": m.message_id, "publishTime": stamp},
                    "deliveryAttempt": m.attempts,
                }
                for m in ready
            ]
        }

    def _extend(self, ack_ids: list[str], seconds: float) -> None:
        with self.lock:
            for message in self.messages.values():
                if message.ack_id in ack_ids and message.leased_until > time.monotonic():
                    message.leased_until = time.monotonic() + seconds

    def _ack(self, ack_ids: list[str]) -> None:
        with self.lock:
            for mid, message in list(self.messages.items()):
                # Like Pub/Sub, an ack id from an expired lease may still acknowledge.
                if message.ack_id in ack_ids:
                    del self.messages[mid]
                    self.acked.append(mid)


class _Handler(BaseHTTPRequestHandler):
    fake: FakePubSub
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        status, payload = self.fake.route(self.path.split("?", 1)[0], headers, body)
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=UTF-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
