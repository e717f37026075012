"""Timestamps for bench/dispatch_trace.py: wraps the dispatcher's and the worker's steps.

Imported (``install_dispatcher`` or ``install_worker``) only by the trace's own processes; each
hop appends one JSON line ``[hop, wall-clock time, key]`` to the file BENCH_TRACE_FILE names.
"""

from __future__ import annotations

import functools
import json
import os
import threading
import time
from typing import Any

_lock = threading.Lock()
_out = None


def note(hop: str, key: Any = None, t: float | None = None) -> None:
    global _out
    t = time.time() if t is None else t
    with _lock:
        if _out is None:
            _out = open(os.environ["BENCH_TRACE_FILE"], "a", buffering=1)  # noqa: SIM115
        _out.write(json.dumps([hop, t, key]) + "\n")


def install_dispatcher() -> None:
    """Wake-ups (a pass begins), claim done (its messages made), pushed (Redis answered),
    committed (the pass's transaction)."""
    from pipeline.outbox.dispatcher import Dispatcher
    from pipeline.runtime.doorbell import DoorbellRedisBroker

    run_once = Dispatcher._safe_run_once

    @functools.wraps(run_once)
    def traced_run_once(self):
        note("pass")
        return run_once(self)

    Dispatcher._safe_run_once = traced_run_once
    dispatch_batch = Dispatcher._dispatch_batch
    pushed_keys: list = []

    @functools.wraps(dispatch_batch)
    def traced_dispatch_batch(self):
        pushed_keys.clear()
        result = dispatch_batch(self)
        committed = time.time()
        for key in pushed_keys:
            note("committed", key, committed)
        return result

    Dispatcher._dispatch_batch = traced_dispatch_batch
    enqueue_many = DoorbellRedisBroker.enqueue_many

    @functools.wraps(enqueue_many)
    def traced_enqueue_many(self, messages):
        claimed = time.time()
        sent = enqueue_many(self, messages)
        pushed = time.time()
        for message in messages:
            key = [message.args[0], message.message_id]
            note("claimed", key, claimed)
            note("pushed", key, pushed)
            pushed_keys.append(key)
        return sent

    DoorbellRedisBroker.enqueue_many = traced_enqueue_many


def install_worker() -> None:
    """Bell wake-ups, fetches (with the message ids), the delivery start's begin, its
    connection's checkout and its end."""
    from contextlib import contextmanager

    from dramatiq import Message

    from pipeline import db
    from pipeline.runtime.deliveries import DeliveryTracking
    from pipeline.runtime.doorbell import DoorbellConsumer

    def fetched(data, t):
        for item in data:
            note("fetched", Message.decode(item).message_id, t)

    wait_and_fetch = DoorbellConsumer._wait_and_fetch

    def traced_wait_and_fetch(self, count):
        rings = self.rings
        data = wait_and_fetch(self, count)
        t = time.time()
        if self.rings > rings:
            note("bell", self.queue_name, t)
        fetched(data, t)
        return data

    DoorbellConsumer._wait_and_fetch = traced_wait_and_fetch
    fetch = DoorbellConsumer._fetch

    def traced_fetch(self, count):
        data = fetch(self, count)
        fetched(data, time.time())
        return data

    DoorbellConsumer._fetch = traced_fetch
    before = DeliveryTracking.before_process_message
    current = threading.local()  # the message this worker thread is starting

    def traced_before(self, broker, message):
        note("picked", message.message_id)
        current.message_id = message.message_id
        try:
            return before(self, broker, message)
        finally:
            note("recorded", message.message_id)

    DeliveryTracking.before_process_message = traced_before
    autocommitted = db.autocommitted

    @contextmanager
    def traced_autocommitted():
        with autocommitted() as conn:
            note("checked out", getattr(current, "message_id", None))
            yield conn

    db.autocommitted = traced_autocommitted
