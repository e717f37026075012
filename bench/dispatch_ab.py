"""Dispatch latency of several checkouts, interleaved: one event to each pipeline in turn.

bench/dispatch_latency.py measures one checkout's series after another's, minutes apart; on a
shared machine the load moves between them by more than a change is worth. Here every
checkout's pipeline (its own scratch database, dispatcher process and worker process, as
bench/dispatch_latency.py starts them) is up at once, and the producer sends one event to each
in turn, ``--gap-ms`` apart: each event meets idle pipelines, and a change in the load meets
every checkout alike. Printed per checkout, p50 / p90 / p99 ms from the producer's committing
statement to the actor's start, and the p50 of the two parts (commit -> the dispatcher's
message, message -> actor).

    python -m bench.dispatch_ab --events 400 /path/to/checkout_a /path/to/checkout_b
"""

from __future__ import annotations

import argparse
import statistics
import time
import uuid
from contextlib import ExitStack
from pathlib import Path

from bench.dispatch_latency import _count, percentiles, running_path, servers, wait_until

_INSERT = (
    "INSERT INTO processed_emails (id, user_id, message_id, subject, sender, received_at)"
    " VALUES (%s, %s, %s, 'Call sheet', 'ad@example.com', now())"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkouts", type=Path, nargs="+")
    parser.add_argument("--events", type=int, default=400, help="events to each checkout")
    parser.add_argument("--gap-ms", type=float, default=20.0)
    parser.add_argument("--poll", type=int, default=1000, help="worker poll ceiling (ms)")
    args = parser.parse_args()
    with servers() as (db_url, redis_url, version), ExitStack() as stack:
        print(f"PostgreSQL {version}", flush=True)
        paths = [
            stack.enter_context(running_path(db_url, redis_url, args.poll, repo=repo.resolve()))
            for repo in args.checkouts
        ]
        committed: list[dict[uuid.UUID, float]] = [{} for _ in paths]
        for _ in range(args.events):
            for sent, (conn, user_id, _procs) in zip(committed, paths, strict=True):
                email_id = uuid.uuid4()
                t = time.time()
                conn.execute(_INSERT, (email_id, user_id, email_id.hex))
                sent[email_id] = t
                time.sleep(args.gap_ms / 1000)
        head = f"{'p50':>7} {'p90':>7} {'p99':>7} | {'dispatch':>8} {'-> actor':>8}"
        print(f"\n{'checkout':40} {head}")
        for repo, sent, (conn, _user, _procs) in zip(args.checkouts, committed, paths, strict=True):
            wait_until(lambda c=conn: _count(c) >= args.events, 300, "all actors to start")
            starts = {
                subject: (started, made)
                for subject, started, made in conn.execute(
                    "SELECT subject_id, started, sent FROM bench_starts"
                )
            }
            p = percentiles([(starts[k][0] - t) * 1000 for k, t in sent.items()])
            part1 = statistics.median((starts[k][1] - t) * 1000 for k, t in sent.items())
            part2 = statistics.median((starts[k][0] - starts[k][1]) * 1000 for k in sent)
            print(
                f"{repo!s:40} {p['p50']:7.2f} {p['p90']:7.2f} {p['p99']:7.2f} |"
                f" {part1:8.2f} {part2:8.2f}"
            )


if __name__ == "__main__":
    main()
