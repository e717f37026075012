"""Bounded waiting for something another process or thread does."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def wait_for(check: Callable[[], T], *, timeout: float = 60.0, what: str = "condition") -> T:
    """Poll ``check`` until it returns something truthy; fail the test after ``timeout``.

    The timeout only keeps a broken test from hanging; nothing here asserts speed.
    """
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what} (last value: {value!r})")
        time.sleep(0.05)
