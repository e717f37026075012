"""The core's process helper: a zombie has ended, a child that will not end is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import time

from pipeline import processes


def test_a_running_process_runs_and_a_zombie_does_not() -> None:
    # Given a child that ends but is not collected yet (a zombie)
    child = subprocess.Popen(["sleep", "0"])
    while processes.running(child.pid):
        time.sleep(0.01)
    # Then this process runs, the zombie does not, and a collected pid is gone
    assert processes.running(os.getpid())
    assert child.wait(timeout=5) == 0
    assert not processes.running(child.pid)


def test_wait_ended_tells_whether_the_process_ended_in_time() -> None:
    child = subprocess.Popen(["sleep", "300"])
    try:
        assert not processes.wait_ended(child.pid, seconds=0.2, interval=0.05)
        child.send_signal(signal.SIGTERM)
        assert processes.wait_ended(child.pid, seconds=10)
    finally:
        child.kill()
        child.wait()


def test_reap_kills_a_child_that_does_not_end_and_collects_it() -> None:
    # Given a child that ignores the request to end
    child = subprocess.Popen(["sleep", "300"])
    started = time.monotonic()
    # When it is reaped with a short bound, then it is killed and collected
    processes.reap(child.pid, seconds=0.2)
    assert time.monotonic() - started < 10
    assert not processes.running(child.pid)
    # and reaping what is gone, or what is not this process's child, does nothing
    processes.reap(child.pid, seconds=0.2)
    processes.reap(1, seconds=0.2)
