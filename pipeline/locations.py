"""Where this install's servers and home folder are: DATABASE_URL, REDIS_URL, STILLONTIME_HOME.

Read from the environment exactly as ``pipeline.settings.Settings`` reads these three (the same
names, case-insensitive, the same defaults), without pydantic: a command that needs only the
database's address (``stillontime status``) must not pay for the settings model.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

# The home folder when STILLONTIME_HOME is unset (the embedded servers, the vault key...).
DEFAULT_HOME = Path.home() / ".stillontime"


@dataclass(frozen=True)
class Locations:
    """The servers' URLs (None: the embedded default) and the home folder."""

    database_url: str | None
    redis_url: str | None
    home: Path


def locations(environ: Mapping[str, str] | None = None) -> Locations:
    """The locations ``environ`` (default: this process's environment) gives."""
    # As pydantic-settings reads them: names case-insensitive, the first alias set wins.
    given = os.environ if environ is None else environ
    env = {key.lower(): value for key, value in given.items()}
    home = env.get("stillontime_home")
    return Locations(
        _first(env, "database_url", "stillontime_database_url"),
        _first(env, "redis_url", "stillontime_redis_url"),
        DEFAULT_HOME if home is None else Path(home),
    )


def _first(env: Mapping[str, str], *names: str) -> str | None:
    return next((env[name] for name in names if name in env), None)
