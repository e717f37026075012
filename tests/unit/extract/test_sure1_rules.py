"""Rules sure1 added, drawn on small pages in wordings of their own (not fresh40's): a date
printed after the name of an outdoor shoot's fallback day in the shoot date's own run ("(rain
date: Wed 11 March 2026)", "- back-up day ...", Polish "termin zapasowy", German
"Ausweichtermin") is that fallback's, no rival to the shoot's date: the day stays sure. A second
date with no such name ("moved from", "or", "weather permitting, else") still puts the date in
doubt, and a date printed only as a fallback's is never sure. Rows are (x, baseline y, text,
size) in points."""

from __future__ import annotations

import pytest

from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

SURE = 0.85


def _sheet(date_line: str) -> dict:
    rows: list[Row] = [
        (40, 40, "CALL SHEET", 14),
        (40, 60, "Orchard Light Pictures", 9),
        (40, 76, "Production: Salt Marsh", 9),
        (40, 100, date_line, 9),
        (40, 116, "Crew Call: 7:30 AM", 9),
        (40, 132, "Location: Old Pier Hall, 4 Marine Parade, Brighton BN2 1TL", 9),
        (40, 148, "Sunrise 6:21 AM   Sunset 5:58 PM", 9),
        (40, 164, "Nearest A&E: Royal Sussex County Hospital, Eastern Rd, Brighton BN2 5BE", 9),
    ]
    return read_day(render(rows))


@pytest.mark.parametrize(
    "date_line",
    [
        "Date: Tue 10 March 2026 (rain date: Wed 11 March 2026)",
        "Shooting date: Tuesday 10 March 2026 - weather day Wednesday 11 March 2026",
        "Date: Tue 10 March 2026 (back-up day Thu 12 March 2026)",
        "Date: Tue 10 March 2026 (standby date: Fri 13 March 2026)",
        "Data zdjec: wtorek 10.03.2026 (termin zapasowy: sroda 11.03.2026)",
        "Drehtag: Di. 10.03.2026 / Ausweichtermin Mi. 11.03.2026",
    ],
)
def test_a_fallback_days_date_is_no_rival(date_line: str) -> None:
    day = _sheet(date_line)
    assert day["shooting_date"] == "2026-03-10"
    assert day["field_confidence"]["shooting_date"] >= SURE
    assert day["confidence"] >= SURE
    assert not any(w.startswith("shooting_date:") for w in day["warnings"])


@pytest.mark.parametrize(
    "date_line",
    [
        "Date: Tue 10 March 2026 (moved from Wed 11 March 2026)",
        "Date: Tue 10 March 2026 (weather permitting, else Wed 11 March 2026)",
        "Date: Tue 10 March 2026 (or Wed 11 March 2026)",
        "Date: Tue 10 March 2026 (next: Wed 11 March 2026)",
    ],
)
def test_a_second_date_with_no_fallback_name_stays_in_doubt(date_line: str) -> None:
    day = _sheet(date_line)
    assert day["field_confidence"]["shooting_date"] < SURE
    assert day["confidence"] < SURE


def test_a_date_printed_only_as_a_fallbacks_is_never_sure() -> None:
    day = _sheet("Rain date: Wed 11 March 2026")
    assert day["field_confidence"]["shooting_date"] < SURE
    assert day["confidence"] < SURE
