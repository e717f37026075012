"""The HTTP server every fake outside service runs on: threaded, on a free loopback port."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class LoopbackServer:
    """Serves ``handler`` (a class whose ``fake`` attribute is set to this object) until
    ``stop``; ``url`` is its root."""

    def serve(self, handler: type[BaseHTTPRequestHandler]) -> None:
        # TCP_NODELAY: the standard handler writes a response's headers and its body in two
        # sends; with Nagle's algorithm on, the body waited for the client's delayed ACK of the
        # headers, 40 ms on Linux, on every small answer (a Gmail list page took 43-47 ms, its
        # handler under 1 ms). Google's servers do not make a client wait so; a fake must not.
        bound = type("Handler", (handler,), {"fake": self, "disable_nagle_algorithm": True})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), bound)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
