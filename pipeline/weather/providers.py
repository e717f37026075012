"""Forecast providers: Open-Meteo (default, no key), OpenWeatherMap (One Call 3.0), offline.

Each has a ``horizon_days`` (how far ahead it forecasts) and ``hourly(lat, lon, start, end)``
returning ``Hour`` values in our units, or raising a ``ProviderError``. The offline provider
has no forecast at all: its horizon is 0, so every record it makes says ``unavailable``.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from typing import Any, Literal, Protocol

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from pipeline.outside.webclient import ProviderNonsense, ResponseCache, WebClient
from pipeline.weather.logic import Hour

OPEN_METEO_URL = "https://api.open-meteo.com"
OPENWEATHERMAP_URL = "https://api.openweathermap.org"
# Forecasts change through the day; kept an hour.
FORECAST_CACHE_TTL_S = 3600
OPEN_METEO_HOURLY = (
    "temperature_2m", "precipitation", "precipitation_probability", "weather_code",
    "wind_speed_10m", "wind_direction_10m", "relative_humidity_2m", "visibility", "uv_index",
    "pressure_msl",
)  # fmt: skip
_OPEN_METEO_FIELDS = dict(zip(
    OPEN_METEO_HOURLY,
    ("temp_c", "precip_mm", "precip_prob", "code", "wind_ms", "wind_deg", "humidity",
     "visibility_m", "uv", "pressure_hpa"), strict=True,
))  # fmt: skip


class WeatherSettings(BaseSettings):
    """Which forecast provider, where, and its key (``STILLONTIME_WEATHER_*``)."""

    model_config = SettingsConfigDict(env_prefix="STILLONTIME_", extra="ignore")

    weather_provider: Literal["open-meteo", "openweathermap", "offline"] = "open-meteo"
    weather_endpoint: str | None = None
    openweathermap_api_key: SecretStr | None = None


class WeatherProvider(Protocol):
    name: str
    horizon_days: int

    def hourly(self, lat: float, lon: float, start: datetime, end: datetime) -> list[Hour]: ...


def _number(value: Any, provider: str, low: float = -1e6, high: float = 1e6) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        raise ProviderNonsense(f"{provider} gave a value that is not a number: {value!r}")
    if not low <= value <= high:
        raise ProviderNonsense(f"{provider} gave an impossible value: {value!r}")
    return float(value)


# Plausible ranges of our fields; anything outside is nonsense, not weather.
_RANGES = {
    "temp_c": (-90, 60), "precip_mm": (0, 500), "precip_prob": (0, 100), "wind_ms": (0, 120),
    "wind_deg": (0, 360), "humidity": (0, 100), "visibility_m": (0, 1e6), "uv": (0, 30),
    "pressure_hpa": (800, 1100), "code": (0, 99),
}  # fmt: skip


def _hour(at: datetime, values: dict[str, Any], provider: str) -> Hour:
    checked = {k: _number(v, provider, *_RANGES[k]) for k, v in values.items()}
    code = checked.pop("code", None)
    return Hour(at=at, code=int(code) if code is not None else None, **checked)


class OpenMeteo:
    """Open-Meteo's forecast API: hourly, 16 days ahead, no key."""

    name = "open-meteo"
    horizon_days = 15  # 16 forecast days counting today

    def __init__(self, client: WebClient) -> None:
        self.client = client

    def hourly(self, lat: float, lon: float, start: datetime, end: datetime) -> list[Hour]:
        params = {
            "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "hourly": ",".join(OPEN_METEO_HOURLY), "wind_speed_unit": "ms",
            "timeformat": "unixtime", "timezone": "GMT",
            "start_date": start.astimezone(UTC).date().isoformat(),
            "end_date": end.astimezone(UTC).date().isoformat(),
        }  # fmt: skip
        hours = self.client.get_json(
            "/v1/forecast", params, self._parse, cache_ttl_s=FORECAST_CACHE_TTL_S
        )
        return [h for h in hours if start <= h.at <= end]

    def _parse(self, answer: Any) -> list[Hour]:
        hourly = answer.get("hourly") if isinstance(answer, dict) else None
        if not isinstance(hourly, dict) or not isinstance(hourly.get("time"), list):
            raise ProviderNonsense("open-meteo answered without hourly times")
        times = hourly["time"]
        columns = {}
        for name, field in _OPEN_METEO_FIELDS.items():
            column = hourly.get(name, [None] * len(times))
            if not isinstance(column, list) or len(column) != len(times):
                raise ProviderNonsense(f"open-meteo's {name} does not match its times")
            columns[field] = column
        out = []
        for i, stamp in enumerate(times):
            if not isinstance(stamp, int):
                raise ProviderNonsense("open-meteo gave a time that is not a unix time")
            at = datetime.fromtimestamp(stamp, UTC)
            out.append(_hour(at, {f: c[i] for f, c in columns.items()}, self.name))
        return out


# OpenWeatherMap condition ids (first digit groups) to WMO codes.
def _owm_code(owm_id: Any) -> int | None:
    if not isinstance(owm_id, int):
        return None
    if 200 <= owm_id < 300:
        return 95
    if 300 <= owm_id < 400:
        return 53
    if owm_id == 511:
        return 66
    if 500 <= owm_id < 600:
        return 65 if owm_id in (502, 503, 504, 522) else 63 if owm_id in (501, 521) else 61
    if 600 <= owm_id < 700:
        return 75 if owm_id in (602, 622) else 71
    if owm_id in (701, 711, 721, 741):
        return 45
    return {800: 0, 801: 1, 802: 2}.get(owm_id, 3 if 800 < owm_id < 900 else None)


class OpenWeatherMap:
    """OpenWeatherMap One Call 3.0: hourly for 48 hours (needs a key)."""

    name = "openweathermap"
    horizon_days = 2

    def __init__(self, client: WebClient, api_key: str) -> None:
        self.client, self.api_key = client, api_key

    def hourly(self, lat: float, lon: float, start: datetime, end: datetime) -> list[Hour]:
        params = {"lat": f"{lat:.4f}", "lon": f"{lon:.4f}", "appid": self.api_key,
                  "units": "metric", "exclude": "current,minutely,daily,alerts"}  # fmt: skip
        hours = self.client.get_json(
            "/data/3.0/onecall", params, self._parse, cache_ttl_s=FORECAST_CACHE_TTL_S
        )
        return [h for h in hours if start <= h.at <= end]

    def _parse(self, answer: Any) -> list[Hour]:
        hourly = answer.get("hourly") if isinstance(answer, dict) else None
        if not isinstance(hourly, list):
            raise ProviderNonsense("openweathermap answered without hourly data")
        out = []
        for item in hourly:
            if not isinstance(item, dict) or not isinstance(item.get("dt"), int):
                raise ProviderNonsense("openweathermap gave an hour without a time")
            weather = item.get("weather") or [{}]
            rain = (item.get("rain") or {}).get("1h", 0) + (item.get("snow") or {}).get("1h", 0)
            pop = item.get("pop")
            out.append(_hour(datetime.fromtimestamp(item["dt"], UTC), {
                "temp_c": item.get("temp"), "precip_mm": rain,
                "precip_prob": pop * 100 if isinstance(pop, int | float) else pop,
                "wind_ms": item.get("wind_speed"), "wind_deg": item.get("wind_deg"),
                "humidity": item.get("humidity"), "visibility_m": item.get("visibility"),
                "uv": item.get("uvi"), "pressure_hpa": item.get("pressure"),
                "code": _owm_code(weather[0].get("id") if isinstance(weather[0], dict) else None),
            }, self.name))  # fmt: skip
        return out


class OfflineWeather:
    """No network, no forecast: every record says so (status ``unavailable``)."""

    name = "offline"
    horizon_days = 0

    def hourly(self, lat: float, lon: float, start: datetime, end: datetime) -> list[Hour]:
        return []


def build_provider(settings: WeatherSettings, cache: ResponseCache | None) -> WeatherProvider:
    """The configured provider (Open-Meteo unless told otherwise)."""
    if settings.weather_provider == "offline":
        return OfflineWeather()
    if settings.weather_provider == "openweathermap":
        key = settings.openweathermap_api_key
        client = WebClient("openweathermap", settings.weather_endpoint or OPENWEATHERMAP_URL, cache)
        return OpenWeatherMap(client, key.get_secret_value() if key else "")
    return OpenMeteo(WebClient("open-meteo", settings.weather_endpoint or OPEN_METEO_URL, cache))


def horizon_note(provider: WeatherProvider, call: datetime) -> str:
    """Why there is no forecast yet, for the record's ``error`` text."""
    if provider.horizon_days == 0:
        return "the offline provider has no forecast (set STILLONTIME_WEATHER_PROVIDER)"
    ready = call - timedelta(days=provider.horizon_days)
    return (f"beyond {provider.name}'s {provider.horizon_days}-day horizon; "
            f"forecast expected from {ready:%Y-%m-%d}")  # fmt: skip
