"""The .ics file: the time zone's VTIMEZONE built once per process, the bytes unchanged."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar, Timezone
from icalendar.parser.string import _foldline

from pipeline.calendar import ics
from pipeline.calendar.logic import EventContent, Reminder

STAMP = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
# Long enough to be folded, with escaped characters and letters of two and three octets.
DESCRIPTION = (
    "Call 07:00\nWake-up 04:50\nBase: ul. Chełmska 21, Warszawa; parking behind the studio, "
    "gate B\\C\nWeather: 3 °C, rain; sunrise 07:31 — leave by 05:35 (€12 parking)"
)


def content(zone: str) -> EventContent:
    tz = ZoneInfo(zone)
    return EventContent(
        event_id="abc123",
        title="Day 12: Szpital Praski",
        start=datetime(2026, 12, 3, 5, 35, tzinfo=tz),
        end=datetime(2026, 12, 3, 17, 0, tzinfo=tz),
        timezone=zone,
        location="Aleja Solidarności 67, Warszawa",
        description=DESCRIPTION,
        reminders=(Reminder(60, "Wake up"), Reminder(10, "Leave")),
    )


def icalendars_own(cal: Calendar) -> bytes:
    cal.add_missing_timezones()
    return cal.to_ical()


@pytest.mark.parametrize("zone", ["Europe/Warsaw", "America/New_York", "Asia/Kolkata", "UTC"])
@pytest.mark.parametrize("cancelled", [False, True])
def test_the_file_is_what_icalendar_writes_byte_for_byte(monkeypatch, zone, cancelled) -> None:
    ours = ics.ics_bytes(content(zone), sequence=3, stamp=STAMP, cancelled=cancelled)
    monkeypatch.setattr(ics, "with_timezones", icalendars_own)
    reference = ics.ics_bytes(content(zone), sequence=3, stamp=STAMP, cancelled=cancelled)
    assert ours == reference
    if zone != "UTC":
        assert ours.count(b"BEGIN:VTIMEZONE") == 1
        assert ours.index(b"BEGIN:VTIMEZONE") < ours.index(b"BEGIN:VEVENT")


def test_a_zone_is_worked_out_once_per_process(monkeypatch) -> None:
    built = []
    real = Timezone.from_tzid

    def counted(tzid, *args, **kwargs):
        built.append(tzid)
        return real(tzid, *args, **kwargs)

    monkeypatch.setattr(Timezone, "from_tzid", counted)
    ics._vtimezone.cache_clear()
    for sequence in range(3):
        ics.ics_bytes(content("Europe/Lisbon"), sequence=sequence, stamp=STAMP, cancelled=False)
    assert built == ["Europe/Lisbon"]


# Characters of one to four octets, and the two escape characters a cut must not split from
# what follows them.
_CHARS = st.sampled_from([*"ab ;,:\\^", "ł", "€", "😀"]) | st.characters()


@settings(max_examples=400, deadline=None)
@given(
    line=st.text(_CHARS, max_size=300).filter(lambda s: "\n" not in s),
    limit=st.sampled_from([75, 75, 10, 3, 2]),
)
def test_long_lines_are_folded_as_icalendar_folds_them(line, limit) -> None:
    try:
        expected = _foldline(line, limit)
    except UnicodeEncodeError:  # a lone surrogate: no file is written either way
        with pytest.raises(UnicodeEncodeError):
            ics.fold(line, limit)
        return
    assert ics.fold(line, limit) == expected
