"""What a long-running service imports differently from a library user: structlog without rich."""

from __future__ import annotations

import sys


def structlog_without_rich() -> None:
    """Import structlog with rich hidden from it (about 40-60 ms of CPU a process, each service
    at each start): structlog imports rich, if installed, for console tracebacks that
    pipeline/logs.py never asks it for (exceptions are formatted as plain text, then redacted).
    Hidden during structlog's import only: a later ``import rich`` finds it as usual."""
    if "structlog" in sys.modules or "rich" in sys.modules:
        return
    sys.modules["rich"] = None  # type: ignore[assignment]  # import's mark of a module absent
    try:
        import structlog  # noqa: F401
    finally:
        del sys.modules["rich"]
