"""Benchmark: what the stale-delivery sweep's one Redis call costs (DoorbellRedisBroker.waiting,
pipeline/runtime/doorbell.py) behind a deep backlog. A scratch namespace gets BACKLOG messages in
one queue; the sweep's batch of 500 is asked for twice: the last 500 of the queue (found, the
whole list read) and 500 that Redis does not hold (not found, the whole list read too). Redis
runs nothing else while the script runs, so this is also how long the sweep holds it, once a
sweep (every min(60 s, STILLONTIME_REDELIVER_AFTER_S / 2)). Run from the repository root:
``python bench/stale_sweep_check.py --backlog 1000 10000`` (REDIS_URL, or the embedded Redis).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import uuid
from pathlib import Path

import dramatiq

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import db  # noqa: E402
from pipeline.runtime.messaging import build_broker  # noqa: E402

BATCH = 500  # the sweep's batch (redeliver_stale's limit)


def median_ms(broker, messages: list[tuple[str, str]], repeats: int = 7) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        broker.waiting(messages)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--backlog", type=int, nargs="+", default=[1000, 10000])
    args = parser.parse_args()
    namespace = f"sot-bench-sweep-{uuid.uuid4().hex[:8]}"
    broker = build_broker(db.service_urls().redis_url, namespace=namespace)
    broker.maintenance_chance = 0
    try:
        for backlog in args.backlog:
            for key in broker.client.scan_iter(match=f"{namespace}*"):
                broker.client.delete(key)
            messages = [
                dramatiq.Message(queue_name="extract", actor_name="bench.probe", args=(n,),
                                 kwargs={}, options={})
                for n in range(backlog)
            ]  # fmt: skip
            for first in range(0, backlog, 1000):
                broker.enqueue_many(messages[first : first + 1000])
            last = [("extract", m.message_id) for m in messages[-BATCH:]]
            lost = [("extract", str(uuid.uuid4())) for _ in range(BATCH)]
            assert len(broker.waiting(last)) == min(BATCH, backlog)
            assert not broker.waiting(lost)
            print(f"backlog {backlog}: {BATCH} waiting at the end of the queue "
                  f"{median_ms(broker, last):.1f} ms, {BATCH} not held "
                  f"{median_ms(broker, lost):.1f} ms (median of 7)")  # fmt: skip
    finally:
        keys = list(broker.client.scan_iter(match=f"{namespace}*"))
        if keys:
            broker.client.delete(*keys)
        broker.close()


if __name__ == "__main__":
    main()
