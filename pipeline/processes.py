"""Other processes by their pid: whether one runs, waiting for one to end, reaping a child.

The core's one process helper: the embedded PostgreSQL's orphan check (``db/embedded.py``) and
the reader's sandbox (``extract/reader/sandbox.py``, which ends the forkserver it started) both
use it. Linux reads a zombie's state in /proc; elsewhere a pid that exists runs.
"""

from __future__ import annotations

import os
import signal
import time


def running(pid: int) -> bool:
    """Whether ``pid`` runs: it exists and is not a zombie (a process that has ended and whose
    parent has yet to collect it; until then its pid is not reused)."""
    try:
        os.kill(pid, 0)
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except ProcessLookupError:
        return False
    except OSError:  # another user's, or no /proc to tell a zombie by: it exists
        return True


def wait_ended(pid: int, seconds: float, interval: float = 0.1) -> bool:
    """Wait up to ``seconds`` (slept in steps of ``interval``) for ``pid``, a process that need
    not be this one's child, to end; whether it did. Nothing is signalled or collected."""
    for _ in range(round(seconds / interval)):
        if not running(pid):
            return True
        time.sleep(interval)
    return False


def reap(pid: int, seconds: float) -> None:
    """Collect ``pid``, a child of this process, waiting up to ``seconds`` for it to end, and
    kill it (SIGKILL) when it has not by then. One already collected, or not this process's
    child, is left alone."""
    deadline = time.monotonic() + seconds
    try:
        while os.waitpid(pid, os.WNOHANG) == (0, 0):
            if time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                return
            time.sleep(0.01)
    except (ChildProcessError, ProcessLookupError):  # already reaped or not ours
        return
