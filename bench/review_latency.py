"""Benchmark: from a call-sheet email appearing in the mailbox to the message its user sees
(issue 17: "within a minute of arriving").

`stillontime up` runs as a person runs it (one process tree: poller, dispatcher, worker,
scheduler) on a scratch database, against the fake Gmail on loopback (tests/support/fake_gmail.py,
the real google-api-python-client talking to it). One user has a Google grant, so review and
could-not-read messages are sent from their own Gmail to themselves (users.messages.send).
Emails go into the fake mailbox one at a time, each at a random moment of the poll cycle:

- a text sheet that is readable whole (the day is planned: "schedule processed");
- a text sheet without its set address (a review message);
- a text sheet without a date (a could-not-read message);
- the readable sheet scanned (an image-only PDF, read by OCR);
- a keyword email carrying only a Word file (a could-not-read message).

Per email: seconds from the message appearing in the mailbox to the poller taking it (the
processed_emails row), and to the first message sent to the user for it (the notifications row
marked sent; for Gmail, the fake's own clock of the users.messages.send call), with the kind of
message. The poll interval is the setting a user has (``--poll``, default the setting's own
default); the share of the wait that is the poll shows beside what the pipeline takes.

    .venv/bin/python -m bench.review_latency [--poll 60] [--rounds 2]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import psycopg
from cryptography.fernet import Fernet
from psycopg.rows import dict_row

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.dispatch_latency import scratch_database  # noqa: E402
from pipeline.db.migrate import migrate  # noqa: E402
from pipeline.ingest.settings import IngestSettings  # noqa: E402
from tests.fixtures.callsheets import long_acre as callsheet  # noqa: E402
from tests.fixtures.scans import scan_pages  # noqa: E402
from tests.support.fake_gmail import FakeGmail  # noqa: E402
from tests.support.mail import message  # noqa: E402

SERVER = os.environ.get("DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
REDIS = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")


def emails(shoot: date, n: int) -> list[tuple[str, EmailMessage]]:
    day = f"day {n}"
    word = message(f"Call sheet - THE LONG ACRE {day} (Word)")
    word.add_attachment(b"PK\x03\x04 not a pdf", maintype="application", subtype="msword",
                        filename=f"Callsheet {day}.doc")  # fmt: skip
    return [
        ("text, readable", message(f"Call sheet - THE LONG ACRE {day}",
                                   pdfs=[("sheet.pdf", callsheet(shoot))])),
        ("text, no set address", message(f"Call sheet - THE LONG ACRE {day} (no set)",
                                         pdfs=[("sheet.pdf", callsheet(shoot, location=False))])),
        ("text, no date", message(f"Call sheet - THE LONG ACRE {day} (no date)",
                                  pdfs=[("sheet.pdf", callsheet(shoot, dated=False))])),
        ("scan, 200 dpi", message(f"Call sheet - THE LONG ACRE {day} (scan)",
                                  pdfs=[("scan.pdf", scan_pages([callsheet(shoot)], 200))])),
        ("Word file only", word),
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--poll", type=float, default=IngestSettings().poll_interval_s)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--log", default=str(Path(tempfile.gettempdir()) / "review_latency-up.log"))
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # stop `up` on the way out
    rng = random.Random(args.seed)
    fake = FakeGmail()
    sends: list[float] = []  # when each users.messages.send was answered
    send = fake._send

    def timed_send(box, body):  # type: ignore[no-untyped-def]
        answer = send(box, body)  # under the fake's lock: nothing here may take it again
        if answer[0] == 200:
            sends.append(time.time())
        return answer

    fake._send = timed_send  # type: ignore[method-assign]
    key = Fernet.generate_key().decode()
    os.environ["STILLONTIME_SECRET_KEY"] = key
    with scratch_database(SERVER) as url, tempfile.TemporaryDirectory() as home:
        migrate(url)
        address = "crew@example.com"
        with psycopg.connect(url, autocommit=True, row_factory=dict_row) as conn:
            user_id = conn.execute(
                "INSERT INTO users (email) VALUES (%s) RETURNING id", (address,)
            ).fetchone()["id"]
            conn.execute(
                "INSERT INTO user_configs (user_id, home_address, timezone)"
                " VALUES (%s, 'ul. Prosta 1, Warszawa', 'Europe/Warsaw')",
                (user_id,),
            )
            _grant(conn, user_id, fake, address, url)
        env = {
            **os.environ,
            "DATABASE_URL": url,
            "REDIS_URL": REDIS,
            "STILLONTIME_REDIS_NAMESPACE": f"bench-{uuid.uuid4().hex[:8]}",
            "STILLONTIME_HOME": home,
            "STILLONTIME_GOOGLE_API_ENDPOINT": fake.url,
            "STILLONTIME_GOOGLE_TOKEN_URI": fake.token_uri,
            "STILLONTIME_CALENDAR_PROVIDER": "ics",
            "STILLONTIME_ROUTE_PROVIDER": "offline",
            "STILLONTIME_GEOCODE_PROVIDER": "offline",
            "STILLONTIME_WEATHER_PROVIDER": "offline",
            "STILLONTIME_INGEST_POLL_INTERVAL_S": str(args.poll),
            "STILLONTIME_LOG_FORMAT": "json",
            "OAUTHLIB_INSECURE_TRANSPORT": "1",  # the fake speaks plain HTTP on loopback
            "PYTHONPATH": str(REPO),
        }
        log = open(args.log, "wb")  # noqa: SIM115
        up = subprocess.Popen([sys.executable, "-m", "pipeline", "up"], env=env, cwd=REPO,
                              stdout=log, stderr=subprocess.STDOUT)  # fmt: skip
        rows: list[tuple[str, float, float, str]] = []
        try:
            _ready(Path(args.log))  # the services started, the poller's first pass made
            shoot = date.today() + timedelta(days=3)
            for n in range(args.rounds):
                for kind, msg in emails(shoot + timedelta(days=n), n + 5):
                    time.sleep(rng.uniform(0, args.poll))  # a random moment of the poll cycle
                    rows.append(_one(url, fake, address, kind, msg, sends))
                    print(f"{kind:22} taken {rows[-1][1]:6.1f} s  message {rows[-1][2]:6.1f} s"
                          f"  ({rows[-1][3]})", flush=True)  # fmt: skip
        finally:
            up.terminate()
            try:
                up.wait(timeout=60)
            except subprocess.TimeoutExpired:
                up.kill()
            fake.stop()
    print(f"\npoll interval {args.poll:g} s; {len(rows)} emails")
    print(f"{'email':22} {'to taken (s)':>13} {'to message (s)':>15} {'taken->msg':>11}  message")
    for kind in dict.fromkeys(r[0] for r in rows):
        mine = [r for r in rows if r[0] == kind]
        took = [r[2] - r[1] for r in mine]
        print(f"{kind:22} {_fmt([r[1] for r in mine]):>13} {_fmt([r[2] for r in mine]):>15}"
              f" {_fmt(took):>11}  {mine[0][3]}")  # fmt: skip
    worst = max(r[2] for r in rows)
    print(f"worst arrival -> message: {worst:.1f} s")


def _ready(log: Path) -> None:
    """Wait for `up`'s worker to be ready and its poller to have made a pass."""
    deadline = time.time() + 300
    while time.time() < deadline:
        text = log.read_text(errors="replace")
        if "Worker process is ready" in text and "poll pass" in text:
            return
        time.sleep(0.5)
    raise SystemExit(f"stillontime up did not start in 300 s: see {log}")


def _fmt(values: list[float]) -> str:
    if len(values) == 1:
        return f"{values[0]:.1f}"
    return f"{statistics.median(values):.1f} / {max(values):.1f}"


def _grant(conn, user_id, fake: FakeGmail, address: str, url: str) -> None:  # type: ignore[no-untyped-def]
    from pipeline.accounts import Grant, save_grant
    from pipeline.outside.google import SCOPES

    refresh, access = fake.add_mailbox(address)
    grant = Grant(access_token=access, refresh_token=refresh,
                  client_id="client-id.apps.googleusercontent.com", client_secret="secret",
                  scopes=SCOPES, expiry=datetime.now(UTC) + timedelta(hours=1), status="active",
                  last_error=None)  # fmt: skip
    save_grant(conn, user_id, grant)


def _one(url: str, fake: FakeGmail, address: str, kind: str, msg: EmailMessage,
         sends: list[float]) -> tuple[str, float, float, str]:  # fmt: skip
    """Deliver one email; seconds to its processed_emails row and to its first message."""
    with psycopg.connect(url, autocommit=True, row_factory=dict_row) as conn:
        before = conn.execute("SELECT count(*) AS n FROM notifications WHERE status = 'sent'"
                              ).fetchone()["n"]  # fmt: skip
        sent_before = len(sends)
        fake.add_message(address, msg.as_bytes())
        start = time.time()  # the message is in the mailbox: history and list show it
        deadline = start + 600
        taken = None
        while time.time() < deadline:
            if taken is None:
                row = conn.execute(
                    "SELECT extract(epoch FROM created_at) AS t FROM processed_emails"
                    " WHERE subject = %s", (str(msg["Subject"]),)).fetchone()  # fmt: skip
                taken = float(row["t"]) - start if row else None
            note = conn.execute(
                "SELECT template, channel_name, extract(epoch FROM sent_at) AS t"
                " FROM notifications WHERE status = 'sent' ORDER BY sent_at OFFSET %s LIMIT 1",
                (before,),
            ).fetchone()
            if note is not None:
                at = float(note["t"])
                if note["channel_name"] == "gmail" and len(sends) > sent_before:
                    at = sends[sent_before]  # the users.messages.send call itself
                return (
                    kind,
                    taken if taken is not None else float("nan"),
                    at - start,
                    (f"{note['template']} via {note['channel_name']}"),
                )
            time.sleep(0.05)
    raise SystemExit(f"{kind}: no message to the user in 600 s")


if __name__ == "__main__":
    main()
