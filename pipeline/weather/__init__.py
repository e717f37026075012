"""The weather stage: the forecast on set and what it means for the shoot (weather_data).

Its names are imported on first use, so the stage's plug (``stage.py``, which the command line
and every service import) loads none of its modules.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.weather.logic import Hour, assess
    from pipeline.weather.refresh import RefreshResult, refresh_forecasts
    from pipeline.weather.service import WeatherOutcome, assess_weather

__all__ = [
    "Hour",
    "RefreshResult",
    "WeatherOutcome",
    "assess",
    "assess_weather",
    "refresh_forecasts",
]

_MODULE_OF = {
    "Hour": "logic",
    "assess": "logic",
    "RefreshResult": "refresh",
    "refresh_forecasts": "refresh",
    "WeatherOutcome": "service",
    "assess_weather": "service",
}


def __getattr__(name: str) -> Any:
    if name in _MODULE_OF:
        return getattr(importlib.import_module(f"{__name__}.{_MODULE_OF[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
