"""The weather stage: the forecast on set and what it means for the shoot (weather_data)."""

from __future__ import annotations

from pipeline.weather.logic import Hour, assess
from pipeline.weather.refresh import RefreshResult, refresh_forecasts
from pipeline.weather.service import WeatherOutcome, assess_weather

__all__ = ["Hour", "RefreshResult", "WeatherOutcome", "assess", "assess_weather",
           "refresh_forecasts"]  # fmt: skip
