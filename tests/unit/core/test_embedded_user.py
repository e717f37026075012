"""As root, the embedded PostgreSQL's system user is created once, even when two processes with
different homes start their servers at the same moment (test workers on a new machine)."""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from pipeline.db.embedded import _ensure_pgserver_user


def racy_pgserver(marker: Path) -> SimpleNamespace:
    """pgserver as it is: look for the user, and if missing create it, a moment later."""

    def ensure_user_exists(name: str) -> None:
        if not marker.exists():
            time.sleep(0.3)  # the window between pgserver's lookup and its useradd
            with open(marker, "x"):  # the second creator fails, as useradd does
                pass

    return SimpleNamespace(utils=SimpleNamespace(ensure_user_exists=ensure_user_exists))


def start(marker: Path, gate: multiprocessing.synchronize.Barrier) -> None:
    gate.wait()
    _ensure_pgserver_user(racy_pgserver(marker))


@pytest.mark.skipif(os.geteuid() != 0, reason="pgserver creates a user only when run as root")
def test_two_processes_starting_at_once_create_the_user_once(tmp_path: Path) -> None:
    context = multiprocessing.get_context("fork")
    gate = context.Barrier(2)
    marker = tmp_path / "user-created"
    both = [context.Process(target=start, args=(marker, gate)) for _ in range(2)]
    for process in both:
        process.start()
    for process in both:
        process.join(timeout=60)
    assert [p.exitcode for p in both] == [0, 0]
    assert marker.exists()
