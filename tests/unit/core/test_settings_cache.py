"""``settings.from_env``: the settings as the environment holds them, built once per
environment (a worker read its providers' settings several times per call sheet)."""

from __future__ import annotations

from pipeline.calendar.providers import CalendarSettings
from pipeline.settings import Settings, from_env


def test_the_same_environment_gives_the_same_settings(monkeypatch) -> None:
    monkeypatch.setenv("STILLONTIME_LOG_LEVEL", "DEBUG")
    first = from_env(Settings)
    assert from_env(Settings) is first
    assert first == Settings()
    assert from_env(CalendarSettings) == CalendarSettings()


def test_a_changed_variable_is_read_on_the_next_call(monkeypatch) -> None:
    monkeypatch.setenv("STILLONTIME_LOG_LEVEL", "DEBUG")
    assert from_env(Settings).log_level == "DEBUG"
    monkeypatch.setenv("STILLONTIME_LOG_LEVEL", "ERROR")
    assert from_env(Settings).log_level == "ERROR"
    monkeypatch.delenv("STILLONTIME_LOG_LEVEL")
    assert from_env(Settings).log_level == Settings().log_level
    monkeypatch.setenv("STILLONTIME_CALENDAR_PROVIDER", "ics")
    assert from_env(CalendarSettings) == CalendarSettings()
