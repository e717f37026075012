"""The weather stage's periodic jobs (declared in stage.py, run by the scheduler)."""

from __future__ import annotations

from pipeline.runtime.scheduler import PeriodicJob


def jobs() -> list[PeriodicJob]:
    from pipeline.weather.refresh import refresh_forecasts

    # Each record decides its own pace (daily, then every 3 h on the eve): see
    # pipeline/weather/logic.py refresh_due. This only looks for due ones.
    return [PeriodicJob("refresh_forecasts", 900.0, refresh_forecasts)]
