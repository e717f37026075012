"""The latency benchmark's actor, in a worker whose steps are timed (bench/dispatch_trace.py)."""

from __future__ import annotations

from bench.trace_hooks import install_worker

install_worker()

from bench.latency_actors import record_start  # noqa: E402

__all__ = ["record_start"]
