"""Fixtures of the route and weather stage tests: a fake outside world and settings to reach it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pipeline.settings import get_settings
from tests.support.fake_outside import FakeServer

HOME = "ul. Prosta 1, Warszawa"
SET = "Plac Defilad 1, Warszawa"
BASE = "ul. Emilii Plater 14, Warszawa"
HOUSE = "ul. Chełmska 21, Warszawa"
PLACES = {
    HOME: (52.2330, 20.9950),
    SET: (52.2318, 21.0060),
    BASE: (52.2290, 21.0030),
    HOUSE: (52.1960, 21.0480),
    "Piotrkowska 1, Łódź": (51.7700, 19.4570),
}


def outside_env(url: str, **extra: str) -> dict[str, str]:
    """Every provider pointed at the fake server, with quick timeouts and retries."""
    return {
        "STILLONTIME_ROUTE_PROVIDER": "google",
        "STILLONTIME_ROUTE_ENDPOINT": url,
        "STILLONTIME_GOOGLE_MAPS_API_KEY": "test-maps-key",
        "STILLONTIME_GEOCODE_PROVIDER": "nominatim",
        "STILLONTIME_GEOCODE_ENDPOINT": url,
        "STILLONTIME_NOMINATIM_INTERVAL_S": "0",  # pacing has its own test (test_webclient)
        "STILLONTIME_WEATHER_PROVIDER": "open-meteo",
        "STILLONTIME_WEATHER_ENDPOINT": url,
        "STILLONTIME_HTTP_TIMEOUT_S": "0.5",
        "STILLONTIME_HTTP_ATTEMPTS": "3",
        "STILLONTIME_HTTP_BACKOFF_MIN_S": "0.01",
        "STILLONTIME_HTTP_BACKOFF_MAX_S": "0.05",
        **extra,
    }


@pytest.fixture
def outside(monkeypatch, redis_namespace) -> Iterator[FakeServer]:
    """A fake outside world on loopback; this process's providers point at it, and its
    answers are cached under this test's Redis namespace."""
    with FakeServer() as server:
        server.fake.places.update(PLACES)
        for key, value in outside_env(server.url).items():
            monkeypatch.setenv(key, value)
        monkeypatch.setenv("STILLONTIME_REDIS_NAMESPACE", redis_namespace)
        get_settings.cache_clear()
        yield server
    get_settings.cache_clear()
