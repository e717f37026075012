"""Forecast providers: the real httpx client against a fake Open-Meteo and OpenWeatherMap."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from pipeline.outside.webclient import (
    HttpSettings,
    ProviderNonsense,
    ProviderUnavailable,
    WebClient,
)
from pipeline.weather.providers import OfflineWeather, OpenMeteo, OpenWeatherMap, horizon_note
from tests.support.fake_outside import Answer, FakeServer, Weather

FAST = HttpSettings(timeout_s=0.5, attempts=3, backoff_min_s=0.01, backoff_max_s=0.05)
START = (datetime.now(UTC) + timedelta(days=2)).replace(minute=0, second=0, microsecond=0)
END = START + timedelta(hours=13)


@pytest.fixture
def server() -> Iterator[FakeServer]:
    with FakeServer() as running:
        yield running


def open_meteo(server: FakeServer) -> OpenMeteo:
    return OpenMeteo(WebClient("open-meteo", server.url, settings=FAST))


def test_open_meteo_hourly_in_our_units(server) -> None:
    server.fake.weather = Weather(temperature_2m=-3.5, precipitation=0.4, weather_code=71,
                                  wind_speed_10m=11.0)  # fmt: skip
    hours = open_meteo(server).hourly(52.23, 21.01, START, END)
    assert [h.at for h in hours] == [START + timedelta(hours=i) for i in range(14)]
    first = hours[0]
    assert (first.temp_c, first.precip_mm, first.code, first.wind_ms) == (-3.5, 0.4, 71, 11.0)
    assert first.conditions() == {"snow"}
    [call] = server.fake.calls("/v1/forecast")
    assert call.query["wind_speed_unit"] == "ms" and call.query["timeformat"] == "unixtime"


def test_open_meteo_server_error_then_success(server) -> None:
    server.fake.script("/v1/forecast", Answer(status=502))
    assert open_meteo(server).hourly(52.23, 21.01, START, END)
    assert len(server.fake.calls("/v1/forecast")) == 2


def test_open_meteo_hanging_is_unavailable(server) -> None:
    server.fake.script("/v1/forecast", *[Answer(hang=2.0)] * 3)
    with pytest.raises(ProviderUnavailable, match="timed out"):
        open_meteo(server).hourly(52.23, 21.01, START, END)


@pytest.mark.parametrize(
    "hourly",
    [
        None,
        {"time": "yesterday"},
        {"time": [1, 2], "temperature_2m": [1.0]},
        {"time": [1], "temperature_2m": ["warm"]},
        {"time": [1], "temperature_2m": [400.0]},
        {"time": ["2026-12-03T05:00"]},
    ],
)
def test_open_meteo_nonsense(server, hourly) -> None:
    server.fake.script("/v1/forecast", Answer(json={"hourly": hourly}))
    with pytest.raises(ProviderNonsense):
        open_meteo(server).hourly(52.23, 21.01, START, END)


def test_openweathermap_maps_its_codes_and_units(server) -> None:
    server.fake.weather = Weather(weather_code=95, precipitation=3.0, precipitation_probability=80)
    owm = OpenWeatherMap(WebClient("openweathermap", server.url, settings=FAST), "owm-key")
    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    hours = owm.hourly(52.23, 21.01, now, now + timedelta(hours=5))
    assert len(hours) == 6
    assert (hours[0].code, hours[0].precip_mm, hours[0].precip_prob) == (95, 3.0, 80.0)
    assert server.fake.calls("onecall")[0].query["appid"] == "owm-key"
    server.fake.script("onecall", Answer(json={"hourly": [{"temp": 3}]}))
    with pytest.raises(ProviderNonsense):
        owm.hourly(52.23, 21.01, now, now + timedelta(hours=5))


def test_offline_has_no_forecast_and_says_so() -> None:
    assert OfflineWeather().hourly(0, 0, START, END) == []
    assert "no forecast" in horizon_note(OfflineWeather(), START)
    note = horizon_note(OpenMeteo(WebClient("open-meteo", "http://x")), START)
    assert "15-day horizon" in note
