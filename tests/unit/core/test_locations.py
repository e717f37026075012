"""``pipeline.locations`` reads DATABASE_URL, REDIS_URL and STILLONTIME_HOME as the settings
model does, without pydantic (the commands that must start at once use it)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.locations import DEFAULT_HOME, Locations, locations
from pipeline.settings import Settings

ENVIRONMENTS = [
    {},
    {"DATABASE_URL": "postgresql://a@h/db", "REDIS_URL": "redis://h:1/0"},
    {"STILLONTIME_DATABASE_URL": "postgresql://b@h/db", "STILLONTIME_REDIS_URL": "redis://b"},
    # both names set: the plain one wins
    {"DATABASE_URL": "postgresql://a@h/db", "STILLONTIME_DATABASE_URL": "postgresql://b@h/db"},
    # names are not case-sensitive
    {"database_url": "postgresql://c@h/db", "Stillontime_Home": "/srv/sot"},
    {"STILLONTIME_HOME": "/var/lib/stillontime", "DATABASE_URL": ""},
]


@pytest.mark.parametrize("environ", ENVIRONMENTS, ids=lambda e: ",".join(e) or "empty")
def test_the_locations_are_the_settings_own(environ: dict[str, str], monkeypatch) -> None:
    for name in list(os.environ):
        if name.upper() in ("DATABASE_URL", "REDIS_URL") or name.upper().startswith("STILLONTIME_"):
            monkeypatch.delenv(name)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    settings = Settings()
    assert locations() == Locations(settings.database_url, settings.redis_url, settings.home)
    assert locations(environ) == locations()


def test_without_a_home_it_is_the_default_one() -> None:
    assert locations({}).home == DEFAULT_HOME == Path.home() / ".stillontime"
