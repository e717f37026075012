"""The weather stage: the forecast on set and what it means for the shoot (weather_data).

The service's and the refresh's names are imported on first use, so the stage's plug
(``stage.py``) does not load its store and providers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pipeline.weather.logic import Hour, assess

if TYPE_CHECKING:
    from pipeline.weather.refresh import RefreshResult, refresh_forecasts
    from pipeline.weather.service import WeatherOutcome, assess_weather

__all__ = ["Hour", "RefreshResult", "WeatherOutcome", "assess", "assess_weather",
           "refresh_forecasts"]  # fmt: skip


def __getattr__(name: str) -> Any:
    if name in ("RefreshResult", "refresh_forecasts"):
        from pipeline.weather import refresh

        return getattr(refresh, name)
    if name in ("WeatherOutcome", "assess_weather"):
        from pipeline.weather import service

        return getattr(service, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
