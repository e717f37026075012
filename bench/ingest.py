"""Benchmark: Gmail messages synced per second from a 1,000-message backlog, beside the floor.

The floor is the fake Gmail server's own time serving the same requests in the same run (its
handlers, timed inside the server): no client could sync faster than that over this server.

Run: ``python bench/ingest.py [--messages 1000]`` from the repository root (DATABASE_URL, or
the embedded PostgreSQL). It creates and drops a scratch database.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import db  # noqa: E402
from pipeline.accounts import Grant, create_user, save_grant  # noqa: E402
from pipeline.db.embedded import ServiceUrls  # noqa: E402
from pipeline.db.migrate import migrate  # noqa: E402
from pipeline.ingest.service import Poller  # noqa: E402
from pipeline.outside.google import SCOPES  # noqa: E402
from tests.conftest import with_dbname  # noqa: E402
from tests.support import mail  # noqa: E402
from tests.support.fake_gmail import FakeGmail  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=1000)
    args = parser.parse_args()
    urls = db.service_urls()
    name = f"sot_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(urls.database_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = with_dbname(urls.database_url, name)
    fake = FakeGmail()
    try:
        migrate(url)
        db.use_urls(ServiceUrls(url, urls.redis_url, False, False))
        os.environ.update(
            {
                "STILLONTIME_GOOGLE_API_ENDPOINT": fake.url,
                "STILLONTIME_GOOGLE_TOKEN_URI": fake.token_uri,
                "STILLONTIME_SECRET_KEY": Fernet.generate_key().decode(),
            }
        )
        address = "bench@example.com"
        refresh, access = fake.add_mailbox(address)
        for _ in range(args.messages):
            fake.add_message(address, mail.message(pdfs=[("c.pdf", mail.small_pdf())]).as_bytes())
        with db.connect(url=url, autocommit=True) as conn:
            user_id = create_user(conn, address, home_address="Home 1")
            grant = Grant(access, refresh, "cid", "secret", SCOPES,
                          datetime.now(UTC) + timedelta(hours=1), "active", None)  # fmt: skip
            save_grant(conn, user_id, grant)
        fake.serve_seconds = 0.0
        started, cpu_started = time.perf_counter(), time.process_time()
        result = Poller().run_once()
        wall = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        floor = fake.serve_seconds
        with db.connect(url=url) as conn:
            n = conn.execute("SELECT count(*) AS n FROM documents").fetchone()["n"]
        assert result.failed == 0 and n == args.messages, (result, n)
        requests = len(fake.log)
        print(f"messages: {args.messages} (one PDF each, ~{len(mail.small_pdf())} bytes)")
        print(f"requests served: {requests} (profile, list pages, batches and their parts)")
        print(f"sync:  {wall:.2f} s  -> {args.messages / wall:.0f} messages/s")
        print(f"       {cpu:.2f} s of this process's CPU (the server thread's included)")
        print(f"floor: {floor:.2f} s  -> {args.messages / floor:.0f} messages/s (fake server only)")
        print(f"ratio: {wall / floor:.1f}x the floor")
    finally:
        fake.stop()
        db.use_urls(None)
        with psycopg.connect(urls.database_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
