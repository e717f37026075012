"""A numeric date's order on a sheet placed abroad by its address but made by a North American
crew (a US template on an Australian or British set): its "10/12/2026" may be either order, so
the date is not confirmed without a person. Found by `bench/learn.py --families fresh37`, whose
US spreadsheet export redrawn for its Warrnambool day read "10/12/2026" as 10 December at 0.9.
Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.classify import us_date_order
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

SURE = 0.85


def _sheet(date: str, place: str, weather: str, phone: str, hospital: str) -> dict:
    rows: list[Row] = [
        (40, 40, "Harbor Lane Pictures", 11),
        (380, 40, "CALL SHEET", 13),
        (40, 80, "PRODUCTION  Low Tide", 10),
        (40, 100, f"DATE  {date}", 10),
        (40, 120, "CREW CALL  7:30 AM", 10),
        (40, 140, f"LOCATION  {place}", 10),
        (40, 160, f"WEATHER  {weather}", 10),
        (40, 180, f"PRODUCER  Dana Pruitt  {phone}", 10),
        (40, 200, f"HOSPITAL  {hospital}", 10),
    ]
    return read_day(render(rows, unicode_font=True))


SYDNEY = "Sydney Opera House, Bennelong Point, Sydney NSW 2000"
SYDNEY_HOSPITAL = "Sydney Hospital, 8 Macquarie Street, Sydney NSW 2000 (02) 9382 7111"
LONDON = "Royal Albert Hall, Kensington Gore, London SW7 2AP"
LONDON_HOSPITAL = "St Mary's Hospital, Praed Street, London W2 1NY"


@pytest.mark.parametrize(
    ("place", "weather", "phone", "hospital"),
    [
        (SYDNEY, "Sunny, 75°F / 61°F", "(310) 555-0147", SYDNEY_HOSPITAL),
        (SYDNEY, "Sunny", "310-555-0147", SYDNEY_HOSPITAL),
        (LONDON, "Cloudy, 58°F", "310-555-0199", LONDON_HOSPITAL),
    ],
)
def test_a_north_american_template_abroad_leaves_an_ambiguous_date_in_doubt(
    place: str, weather: str, phone: str, hospital: str
) -> None:
    day = _sheet("05/06/2026", place, weather, phone, hospital)
    assert day["field_confidence"]["shooting_date"] < SURE


def test_an_unambiguous_date_on_such_a_sheet_is_read_as_printed() -> None:
    day = _sheet("10/26/2026", SYDNEY, "Sunny, 75°F", "310-555-0147", SYDNEY_HOSPITAL)
    assert day["shooting_date"] == "2026-10-26"


@pytest.mark.parametrize(
    ("place", "phone", "hospital", "want"),
    [
        (SYDNEY, "0400 555 104", SYDNEY_HOSPITAL, "2026-12-10"),
        (LONDON, "07700 900123", LONDON_HOSPITAL, "2026-12-10"),
    ],
)
def test_a_sheet_of_its_own_country_keeps_its_day_first_date(
    place: str, phone: str, hospital: str, want: str
) -> None:
    day = _sheet("10/12/2026", place, "Sunny, 24°C / 16°C", phone, hospital)
    assert day["shooting_date"] == want
    assert day["field_confidence"]["shooting_date"] >= SURE


@pytest.mark.parametrize(
    ("code", "text", "month_first"),
    [
        ("US", "Sunny 75°F, 310-555-0147", True),
        ("AU", "Sunny 24°C, 0400 555 104", False),
        ("GB", "Cloudy 58°F", None),
        ("AU", "Producer 310-555-0147", None),
        ("PL", "tel. 600-123-456", False),  # a Polish mobile's three groups of three: no mark
        ("GB", "Ref 2026-555-01234", False),  # digits run on: no phone number
        (None, "Sunny 75°F", None),
    ],
)
def test_the_order_from_the_region_and_the_marks(
    code: str | None, text: str, month_first: bool | None
) -> None:
    assert us_date_order(code, text) is month_first
