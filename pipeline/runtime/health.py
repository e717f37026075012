"""Liveness of the long-running services, for container and systemd health checks.

Each service loop touches ``<home>/run/<service>-<host>.alive`` after a pass that worked; a
health check (``stillontime health SERVICE``) fails when the file is older than it allows. The
host is in the name because containers may share the data folder.
"""

from __future__ import annotations

import os
import socket
import time
from pathlib import Path

import structlog

log = structlog.get_logger("stillontime.health")


def heartbeat_path(home: Path, service: str) -> Path:
    return home / "run" / f"{service}-{socket.gethostname()}.alive"


def beat(service: str, home: Path | None = None) -> None:
    """Record that ``service`` just completed a pass (never fails the service)."""
    try:
        if home is None:
            from pipeline.settings import get_settings

            home = get_settings().home
        path = heartbeat_path(home, service)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()
        # Stamped from our own clock, which age_s reads it against: the kernel's own stamp
        # comes from the real clock, a year off under ./dev test-clock (libfaketime).
        now = time.time()
        os.utime(path, (now, now))
    except OSError as exc:
        log.warning("cannot record heartbeat", service=service, error=str(exc))


def age_s(home: Path, service: str, now: float | None = None) -> float | None:
    """Seconds since ``service`` on this host last beat; None if it never did."""
    try:
        mtime = heartbeat_path(home, service).stat().st_mtime
    except FileNotFoundError:
        return None
    return max(0.0, (time.time() if now is None else now) - mtime)
