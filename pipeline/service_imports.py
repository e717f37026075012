"""What a long-running service imports differently from a library user: structlog and httpx
without rich."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def without_rich() -> Iterator[None]:
    """Within the block, ``import rich`` fails as if rich were not installed (unless it was
    imported already): for libraries that import it at their own import for something our
    services never use. A later ``import rich`` finds it as usual."""
    if "rich" in sys.modules:
        yield
        return
    sys.modules["rich"] = None  # type: ignore[assignment]  # import's mark of a module absent
    try:
        yield
    finally:
        del sys.modules["rich"]


def structlog_without_rich() -> None:
    """Import structlog with rich hidden from it (about 40-60 ms of CPU a process, each service
    at each start): structlog imports rich, if installed, for console tracebacks that
    pipeline/logs.py never asks it for (exceptions are formatted as plain text, then redacted)."""
    if "structlog" in sys.modules:
        return
    with without_rich():
        import structlog  # noqa: F401


def httpx_without_rich() -> None:
    """Import httpx with rich hidden from it (about 40-70 ms of CPU in the worker, whose route and
    weather stages call out through httpx): httpx imports its command line (``httpx._main``:
    rich, pygments, click) at its own import and, without rich, puts a stub in its place.
    Nothing here runs httpx's command line; the ``httpx`` command itself is unaffected."""
    if "httpx" in sys.modules:
        return
    with without_rich():
        import httpx  # noqa: F401
