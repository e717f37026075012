"""A hospital's phone line is no crew contact (mends8), drawn on small pages of its own: a row
whose label is a hospital's phone line in any usual wording ('Hospital Tel:', 'A&E phone',
'Emergency Dept. Ph', 'Casualty No.') gives the hospital's number, never a crew member's; a
crew member whose role only starts like one ('Hospitality coordinator') stays a contact.
Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day


def _sheet(hospital_row: str, crew: list[str]) -> dict:
    rows: list[Row] = [
        (40, 40, "Greyfriars Pictures Ltd", 9),
        (40, 70, "CALL SHEET", 18),
        (40, 100, "Production: Low Tide", 9),
        (40, 114, "Date: Thursday 12 March 2026", 9),
        (40, 128, "Crew Call: 07:30", 9),
        (40, 142, "Location: Harbour Masters Office, 3 Quay Street, Whitby YO21 3PU", 9),
        (40, 156, "Sunrise 06:21   Sunset 18:02", 9),
        (40, 184, "Nearest Hospital: Whitby Community Hospital", 9),
        (40, 198, "Spring Hill, Whitby YO21 1DP", 9),
        (40, 212, hospital_row, 9),
        (40, 240, "CONTACTS", 10),
    ]
    rows += [(40, 256 + 14 * n, text, 9) for n, text in enumerate(crew)]
    return read_day(render(rows))


_CREW = ["Producer  Anna Price  07700 900111", "1st AD  Tom Hale  07700 900222"]
_HOSPITAL_NUMBER = "+441947604851"


@pytest.mark.parametrize(
    "hospital_row",
    [
        "Hospital Tel: 01947 604851",
        "A&E phone  01947 604851",
        "Emergency Dept. Ph  (01947) 604851",
        "Casualty No. 01947 604851",
        "Hosp. Telephone 01947 604851",
    ],
)
def test_a_hospitals_phone_line_is_no_crew_contact(hospital_row: str) -> None:
    day = _sheet(hospital_row, _CREW)
    phones = [c["phone"] for c in day["contacts"]]
    assert _HOSPITAL_NUMBER not in phones
    assert {"+447700900111", "+447700900222"} <= set(phones)


@pytest.mark.parametrize(
    "crew_row",
    [
        "Hospitality coordinator  Jo Marsh  07700 900333",
        "Set Medic phone  Sam Reed  07700 900333",
        "Unit phone  07700 900333",
    ],
)
def test_a_crew_row_that_only_looks_like_one_stays(crew_row: str) -> None:
    day = _sheet("Hospital Tel: 01947 604851", [*_CREW, crew_row])
    phones = [c["phone"] for c in day["contacts"]]
    assert "+447700900333" in phones
    assert _HOSPITAL_NUMBER not in phones
