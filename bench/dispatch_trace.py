"""Where a dispatch's milliseconds go: each hop from the event's insert to the actor's start.

The same path as bench/dispatch_latency.py (a real dispatcher process, a real Dramatiq worker
process with 1 process and 2 threads, the machine's PostgreSQL and Redis), with each step
timestamped by bench/trace_hooks.py:

    insert -> pass      the producer's INSERT to the dispatcher's pass (NOTIFY and wake-up)
    pass -> claimed     BEGIN and the claim statement (db/0029)
    claimed -> pushed   the messages and the bell tokens to Redis
    pushed -> bell      the idle consumer's BLPOP returns (when the fetch followed a bell)
    bell -> fetched     the consumer's fetch (pushed -> fetched when no bell came between)
    fetched -> picked   consumer thread to a worker thread
    picked -> recorded  the delivery start (and the event read) in the database
    recorded -> actor   to the first line of the actor

    python -m bench.dispatch_trace --events 300 --idle-events 40
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
import uuid
from pathlib import Path

import psycopg

from bench.dispatch_latency import (
    _count,
    percentiles,
    running_path,
    servers,
    wait_until,
)

HOPS = [
    ("insert -> returned", "insert", "returned"),
    ("insert -> pass", "insert", "pass"),
    ("pass -> claimed", "pass", "claimed"),
    ("claimed -> pushed", "claimed", "pushed"),
    ("pushed -> committed", "pushed", "committed"),
    ("pushed -> bell", "pushed", "bell"),
    ("bell|pushed -> fetched", "bell|pushed", "fetched"),
    ("claimed -> fetched", "claimed", "fetched"),
    ("fetched -> picked", "fetched", "picked"),
    ("picked -> checked out", "picked", "checked out"),
    ("checked out -> recorded", "checked out", "recorded"),
    ("committed -> recorded", "committed", "recorded"),
    ("recorded -> actor", "recorded", "actor"),
    ("insert -> actor (total)", "insert", "actor"),
]


def trace(server: str, redis_url: str, events: int, gap_s: float, poll_ms: int) -> list[dict]:
    trace_file = Path(tempfile.mkstemp(prefix="sot-trace-", suffix=".jsonl", dir="/tmp")[1])
    path = running_path(
        server,
        redis_url,
        poll_ms,
        actors="bench.trace_actors",
        dispatcher="bench.trace_dispatcher",
        extra_env={"BENCH_TRACE_FILE": str(trace_file)},
    )
    with path as (conn, user_id, _procs):
        committed, returned = _send_emails(conn, user_id, events, gap_s)
        wait_until(lambda: _count(conn) >= events, 300, "all actors to start")
        started = dict(conn.execute("SELECT subject_id, started FROM bench_starts"))
        event_of = dict(
            conn.execute("SELECT subject_id, id FROM events WHERE kind = 'email_received'")
        )
    lines = [json.loads(line) for line in trace_file.read_text().splitlines()]
    trace_file.unlink()
    return _join(lines, committed, returned, started, event_of)


def _send_emails(
    conn: psycopg.Connection, user_id: uuid.UUID, count: int, gap_s: float
) -> tuple[dict[uuid.UUID, float], dict[uuid.UUID, float]]:
    """bench/dispatch_latency.py's producer, noting also when each commit came back."""
    committed, returned = {}, {}
    for _ in range(count):
        email_id = uuid.uuid4()
        committed[email_id] = time.time()
        conn.execute(
            "INSERT INTO processed_emails (id, user_id, message_id, subject, sender, received_at)"
            " VALUES (%s, %s, %s, 'Call sheet', 'ad@example.com', now())",
            (email_id, user_id, email_id.hex),
        )
        returned[email_id] = time.time()
        time.sleep(gap_s)
    return committed, returned


def _join(lines, committed, returned, started, event_of) -> list[dict]:
    passes = sorted(t for hop, t, _ in lines if hop == "pass")
    bells = sorted(t for hop, t, _ in lines if hop == "bell")
    by_event: dict[int, dict] = {}
    by_message: dict[str, dict] = {}
    for hop, t, key in lines:
        if hop in ("claimed", "pushed", "committed"):
            event_id, message_id = key
            stamps = by_event.setdefault(event_id, {})
            stamps[hop] = t
            by_message[message_id] = stamps
    for hop, t, key in lines:
        if hop in ("fetched", "picked", "checked out", "recorded") and key in by_message:
            by_message[key].setdefault(hop, t)  # the first fetch (a redelivery fetches again)
    out = []
    for subject, t0 in committed.items():
        stamps = by_event.get(event_of.get(subject), {})
        if "claimed" not in stamps or subject not in started:
            continue
        stamps = {**stamps, "insert": t0, "returned": returned[subject]}
        stamps["actor"] = started[subject]
        stamps["pass"] = max((p for p in passes if p <= stamps["claimed"]), default=t0)
        if "fetched" in stamps:
            rang = [b for b in bells if stamps["pushed"] <= b <= stamps["fetched"]]
            if rang:
                stamps["bell"] = rang[-1]
            stamps["bell|pushed"] = stamps.get("bell", stamps["pushed"])
        out.append(stamps)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=300)
    parser.add_argument("--gap-ms", type=float, default=20.0)
    parser.add_argument("--idle-events", type=int, default=40)
    parser.add_argument("--idle-gap-ms", type=float, default=1200.0)
    parser.add_argument("--poll", type=int, default=1000, help="worker poll ceiling (ms)")
    args = parser.parse_args()
    modes = [(f"paced {args.gap_ms:g} ms", args.events, args.gap_ms / 1000)]
    if args.idle_events:
        modes.append((f"idle {args.idle_gap_ms:g} ms", args.idle_events, args.idle_gap_ms / 1000))
    with servers() as (db_url, redis_url, version):
        print(f"PostgreSQL {version}", flush=True)
        for label, events, gap in modes:
            samples = trace(db_url, redis_url, events, gap, args.poll)
            print(f"\n{label}: {len(samples)} events traced")
            print(f"  {'hop':26} {'n':>5} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8}")
            for name, a, b in HOPS:
                hops = [(s[b] - s[a]) * 1000 for s in samples if a in s and b in s]
                if len(hops) < 2:
                    print(f"  {name:26} {len(hops):>5}")
                    continue
                p = percentiles(hops)
                print(f"  {name:26} {p['n']:>5} {p['p50']:8.2f} {p['p90']:8.2f} {p['p99']:8.2f}")


if __name__ == "__main__":
    main()
