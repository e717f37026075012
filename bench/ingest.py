"""Benchmark: Gmail messages synced per second from a 1,000-message backlog, beside the floor.

The floor is the fake Gmail server's own time serving the same requests in the same pass (its
handlers, timed inside the server): no client could sync faster than that over this server.

Three passes, each a new user with the same backlog (the users before it no longer synced):

1. ``thread, first``: the fake server on a thread of this process, and the first pass of the
   process, which imports Google's client libraries and opens the connection pool (the figure
   this bench printed before it had the other two);
2. ``thread, later``: the same server, a later pass (a running poller's);
3. ``process, later``: the fake server in a process of its own, as Gmail is to a real poller:
   its handlers no longer take the sync's interpreter lock (nor their floor ours).

Run: ``python bench/ingest.py [--messages 1000] [--pdf-bytes 300000]`` from the repository root
(DATABASE_URL, or the embedded PostgreSQL). It creates and drops a scratch database.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import db  # noqa: E402
from pipeline.accounts import Grant, create_user, mark_grant_failed, save_grant  # noqa: E402
from pipeline.db.embedded import ServiceUrls  # noqa: E402
from pipeline.db.migrate import migrate  # noqa: E402
from pipeline.ingest.service import Poller  # noqa: E402
from pipeline.outside.google import SCOPES  # noqa: E402
from tests.conftest import with_dbname  # noqa: E402
from tests.support import mail  # noqa: E402
from tests.support.fake_gmail import FakeGmail  # noqa: E402


class ServerProcess:
    """A ``FakeGmail`` in a child process: the calls the bench makes, sent over a pipe."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child,), daemon=True)
        self.process.start()
        self.url, self.token_uri = self.conn.recv()

    def _ask(self, *request: Any) -> Any:
        self.conn.send(request)
        return self.conn.recv()

    def add_mailbox(self, address: str) -> tuple[str, str]:
        return self._ask("add_mailbox", address)

    def add_messages(self, address: str, raws: list[bytes]) -> None:
        self._ask("add_messages", address, raws)

    def reset(self) -> None:
        self._ask("reset")

    def served(self) -> tuple[float, int, float]:
        """(handler seconds, requests served, the process's CPU seconds) since ``reset``."""
        return self._ask("served")

    def stop(self) -> None:
        self._ask("stop")
        self.process.join(10)


def _serve(conn: Any) -> None:
    """The child of ``ServerProcess``: a fake server answering the bench's requests."""
    fake = FakeGmail()
    conn.send((fake.url, fake.token_uri))
    cpu = time.process_time()
    while True:
        what, *args = conn.recv()
        if what == "add_mailbox":
            conn.send(fake.add_mailbox(*args))
        elif what == "add_messages":
            address, raws = args
            for raw in raws:
                fake.add_message(address, raw)
            conn.send(None)
        elif what == "reset":
            fake.serve_seconds, fake.log[:] = 0.0, []
            cpu = time.process_time()
            conn.send(None)
        elif what == "served":
            conn.send((fake.serve_seconds, len(fake.log), time.process_time() - cpu))
        else:
            fake.stop()
            conn.send(None)
            return


class ServerThread:
    """A ``FakeGmail`` on a thread of this process, with ``ServerProcess``'s calls."""

    def __init__(self) -> None:
        self.fake = FakeGmail()
        self.url, self.token_uri = self.fake.url, self.fake.token_uri

    def add_mailbox(self, address: str) -> tuple[str, str]:
        return self.fake.add_mailbox(address)

    def add_messages(self, address: str, raws: list[bytes]) -> None:
        for raw in raws:
            self.fake.add_message(address, raw)

    def reset(self) -> None:
        self.fake.serve_seconds, self.fake.log[:] = 0.0, []

    def served(self) -> tuple[float, int, float]:
        return self.fake.serve_seconds, len(self.fake.log), float("nan")

    def stop(self) -> None:
        self.fake.stop()


def sync_pass(url: str, server: ServerThread | ServerProcess, raws: list[bytes]) -> dict:
    """A new user whose mailbox holds ``raws``, synced in one timed poller pass (the users
    before it no longer synced)."""
    os.environ["STILLONTIME_GOOGLE_API_ENDPOINT"] = server.url
    os.environ["STILLONTIME_GOOGLE_TOKEN_URI"] = server.token_uri
    address = f"bench-{uuid.uuid4().hex[:8]}@example.com"
    refresh, access = server.add_mailbox(address)
    server.add_messages(address, raws)
    with db.connect(url=url, autocommit=True) as conn:
        for row in conn.execute("SELECT id AS user_id FROM users").fetchall():
            mark_grant_failed(conn, row["user_id"], "revoked", "bench: an earlier pass")
        user_id = create_user(conn, address, home_address="Home 1")
        grant = Grant(access, refresh, "cid", "secret", SCOPES,
                      datetime.now(UTC) + timedelta(hours=1), "active", None)  # fmt: skip
        save_grant(conn, user_id, grant)
    server.reset()
    started, cpu_started = time.perf_counter(), time.process_time()
    result = Poller().run_once()
    wall = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    floor, requests, server_cpu = server.served()
    with db.connect(url=url) as conn:
        n = conn.execute(
            "SELECT count(*) AS n FROM documents WHERE user_id = %s", (user_id,)
        ).fetchone()["n"]
    assert result.failed == 0 and len(result.users) == 1 and n == len(raws), (result, n)
    return {"wall": wall, "cpu": cpu, "floor": floor, "requests": requests, "server": server_cpu}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument(
        "--pdf-bytes", type=int, default=0, help="each PDF padded to this size (a real sheet's)"
    )
    args = parser.parse_args()
    pdfs = [mail.small_pdf() for _ in range(args.messages)]
    pdfs = [pdf + b"%" + os.urandom(max(0, args.pdf_bytes - len(pdf) - 1)) for pdf in pdfs]
    raws = [mail.message(pdfs=[("c.pdf", pdf)]).as_bytes() for pdf in pdfs]
    urls = db.service_urls()
    name = f"sot_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(urls.database_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = with_dbname(urls.database_url, name)
    thread = ServerThread()
    process = ServerProcess()
    try:
        migrate(url)
        db.use_urls(ServiceUrls(url, urls.redis_url, False, False))
        os.environ["STILLONTIME_SECRET_KEY"] = Fernet.generate_key().decode()
        passes = [
            ("thread, first", sync_pass(url, thread, raws)),
            ("thread, later", sync_pass(url, thread, raws)),
            ("process, later", sync_pass(url, process, raws)),
        ]
        n = args.messages
        print(f"messages: {n} a pass (one PDF each, ~{len(pdfs[0])} bytes)")
        print(f"requests served: {passes[0][1]['requests']} a pass (profile, list pages, "
              "batches and their parts)")  # fmt: skip
        print("fake server      sync s  msg/s  CPU s  floor s  floor msg/s  ratio  server CPU s")
        for label, p in passes:
            print(
                f"{label:<15} {p['wall']:6.2f} {n / p['wall']:6.0f} {p['cpu']:6.2f}"
                f" {p['floor']:8.2f} {n / p['floor']:12.0f} {p['wall'] / p['floor']:5.1f}x"
                f" {p['server']:13.2f}"
            )
        print("CPU s: this process's (a thread server's included); floor: the fake server's")
        print("handler time; ratio: sync over floor; server CPU: the server process's own.")
    finally:
        thread.stop()
        process.stop()
        db.use_urls(None)
        with psycopg.connect(urls.database_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
