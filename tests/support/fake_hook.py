"""A loopback HTTP endpoint that records what apprise posts (json://, form://, ntfy://...)."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class FakeHook:
    """Records every request; answers ``fail_status`` to the next ``fail_times`` of them."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.received: list[dict[str, Any]] = []
        self.fail_status = 500
        self.fail_times = 0
        handler = type("Handler", (_Handler,), {"hook": self})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    def fail(self, times: int, status: int = 500) -> None:
        with self.lock:
            self.fail_times, self.fail_status = times, status

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class _Handler(BaseHTTPRequestHandler):
    hook: FakeHook

    def log_message(self, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        with self.hook.lock:
            failing = self.hook.fail_times > 0
            if failing:
                self.hook.fail_times -= 1
            else:
                try:
                    body: Any = json.loads(raw)
                except ValueError:
                    body = raw.decode("utf-8", "replace")
                self.hook.received.append({"path": self.path, "body": body})
        self.send_response(self.hook.fail_status if failing else 200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")
