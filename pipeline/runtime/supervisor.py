"""``stillontime up``: runs dispatcher, workers, scheduler and poller as children; minds them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field

import structlog

from pipeline.db.embedded import ServiceUrls

log = structlog.get_logger("stillontime.supervisor")

# How long children get to finish their messages after SIGTERM before they are killed.
SHUTDOWN_GRACE_S = 30.0
# A child that dies is restarted after this delay, doubling up to the cap while it keeps dying.
RESTART_DELAY_S = 1.0
RESTART_DELAY_CAP_S = 30.0


@dataclass
class Child:
    """One supervised service."""

    name: str
    argv: list[str]
    process: subprocess.Popen[bytes] | None = None
    restarts: int = 0
    delay: float = RESTART_DELAY_S
    next_start: float = 0.0
    started_at: float = field(default=0.0)


def service_commands(worker_args: list[str]) -> list[Child]:
    """The services of one machine: the core's, then those the stages declare (the poller)."""
    from pipeline.runtime.stages import stages

    base = [sys.executable, "-m", "pipeline"]
    return [
        Child("dispatcher", [*base, "dispatcher"]),
        Child("worker", [*base, "worker", *worker_args]),
        Child("scheduler", [*base, "scheduler"]),
        *(Child(s.name, [*base, s.name]) for stage in stages() for s in stage.services),
    ]


class Supervisor:
    """Starts the children, restarts any that die, and stops them all on request."""

    def __init__(self, children: list[Child], urls: ServiceUrls) -> None:
        self.children = children
        self.env = {**os.environ, "DATABASE_URL": urls.database_url, "REDIS_URL": urls.redis_url}

    def _start(self, child: Child) -> None:
        child.process = subprocess.Popen(child.argv, env=self.env)
        child.started_at = time.monotonic()
        log.info("service started", service=child.name, pid=child.process.pid)

    def run(self, stop: threading.Event) -> None:
        for child in self.children:
            self._start(child)
        while not stop.wait(0.5):
            now = time.monotonic()
            for child in self.children:
                self._mind(child, now)
        self.shutdown()

    def _mind(self, child: Child, now: float) -> None:
        if child.process is not None:
            code = child.process.poll()
            if code is None:
                if now - child.started_at > 60:
                    child.delay = RESTART_DELAY_S  # it has been healthy for a while
                return
            log.error(
                "service exited; restarting", service=child.name, code=code, delay=child.delay
            )
            child.process = None
            child.next_start = now + child.delay
            child.delay = min(child.delay * 2, RESTART_DELAY_CAP_S)
            child.restarts += 1
        if now >= child.next_start:
            self._start(child)

    def shutdown(self) -> None:
        """SIGTERM every child, wait for them, SIGKILL the ones that will not go."""
        running = [c for c in self.children if c.process and c.process.poll() is None]
        for child in running:
            child.process.send_signal(signal.SIGTERM)  # type: ignore[union-attr]
        deadline = time.monotonic() + SHUTDOWN_GRACE_S
        for child in running:
            remaining = max(0.1, deadline - time.monotonic())
            try:
                child.process.wait(timeout=remaining)  # type: ignore[union-attr]
            except subprocess.TimeoutExpired:
                log.warning("service did not stop; killing", service=child.name)
                child.process.kill()  # type: ignore[union-attr]
                child.process.wait()  # type: ignore[union-attr]
        log.info("all services stopped")


def install_stop_signals(stop: threading.Event) -> None:
    """SIGINT and SIGTERM set ``stop`` instead of killing the process mid-work."""

    def handler(signum: int, _frame: object) -> None:
        log.info("stopping", signal=signal.Signals(signum).name)
        stop.set()

    signal.signal(signal.SIGINT, handler)
    signal.signal(signal.SIGTERM, handler)
