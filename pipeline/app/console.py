"""What every command of the app shares: the consoles, and the URLs of the servers."""

from __future__ import annotations

import sys
from typing import Any

_consoles: dict[str, Any] = {}


def __getattr__(name: str) -> Any:
    """``console`` (stdout) and ``err`` (stderr), rich's, made on first use: a command that
    prints no rich output (``status --json``) does not import rich."""
    if name not in ("console", "err"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if name not in _consoles:
        from rich.console import Console

        # Piped output keeps whole table rows rather than wrapping at 80 columns.
        width = None if sys.stdout.isatty() else 200
        _consoles[name] = Console(stderr=True) if name == "err" else Console(width=width)
    return _consoles[name]


def service_urls():
    """The servers' URLs (starting the embedded ones when nothing is configured)."""
    from pipeline import db

    return db.service_urls()


def database_url() -> str:
    """The database's URL (starting the embedded PostgreSQL, never Redis, if it is the default)."""
    from pipeline import db

    return db.owner_url()


def migrated_url() -> str:
    """The database URL, its schema migrated first."""
    from pipeline.db.migrate import migrate

    url = database_url()
    migrate(url)
    return url
