# ruff: noqa: RUF001  (an en dash between a hospital and its town is meant)
"""Rules reader90 added, drawn in wordings and layouts of their own (not fresh63's sheets): a
shot list's row named after the sun ('Sunset: the pier, wide   7:40') is a shot, its time the
row's TIME column, not the sun's; a health system's hospital named by town after a dash
('Mercy Medical Center - Clinton, 1410 N 4th St') keeps the town in its name before a street
whose number is printed first; a header cell holding a key and its colon ('Client: Lakeside
Bank') is no title. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.hospital_finder import _name_and_address
from pipeline.extract.reader.title import title_among_cells
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import northern_drive, read_day

# --- a shot named after the sun -----------------------------------------------------------------


def _shot_list(sun_row: str, *, shot_label: str) -> list[Row]:
    rows = northern_drive()
    rows += [(40, 170, sun_row, 9)]
    rows += [(40, 200, "#", 8), (60, 200, "SHOT / SETUP", 8), (300, 200, "TIME", 8)]
    rows += [(380, 200, "NOTES", 8)]
    rows += [(40, 214, "3", 8), (60, 214, shot_label, 8), (300, 214, "5:05", 8)]
    rows += [(380, 214, "long lens", 8)]
    rows += [(40, 228, "4", 8), (60, 228, "Dog runs the towpath", 8), (300, 228, "9:30", 8)]
    return rows


@pytest.mark.parametrize(
    ("shot", "kind"),
    [
        ("Sunrise: mill wheel from the bridge", "sunrise"),
        ("Sunset: canal lock, silhouettes", "sunset"),
        ("SUNRISE : fog on the water, wide", "sunrise"),
    ],
)
def test_a_shot_named_after_the_sun_gives_no_sun_time(shot: str, kind: str) -> None:
    day = read_day(render(_shot_list("Sunrise 6:12 AM · Sunset 7:18 PM", shot_label=shot)))
    assert day["sunrise"] == "06:12" and day["sunset"] == "19:18"
    assert day["field_confidence"][kind] >= 0.85


def test_a_sun_label_then_its_time_in_the_next_cell_still_reads() -> None:
    rows = northern_drive()
    rows += [(40, 170, "Sunrise", 9), (140, 170, "6:12 AM", 9)]
    rows += [(240, 170, "Sunset", 9), (340, 170, "7:18 PM", 9)]
    day = read_day(render(rows))
    assert day["sunrise"] == "06:12" and day["sunset"] == "19:18"


def test_a_call_label_run_on_by_more_of_its_words_still_takes_the_next_cell() -> None:
    # 'General crew call' reads its label from its first words; no colon closed it
    rows: list[Row] = [(40, 40, "CALL SHEET", 16), (40, 62, "NORTHERN DRIVE", 14)]
    rows += [(380, 62, "Wednesday, March 11, 2026", 10)]
    rows += [(40, 100, "Crew call all departments", 10), (240, 100, "7:45 AM", 10)]
    rows += [(40, 120, "Location: Riverside Mill, 120 Water St, Easton, PA 18042", 9)]
    assert read_day(render(rows))["call_time"] == "07:45"


# --- a hospital named by its town after a dash ----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name", "address"),
    [
        (
            "Mercy Medical Center - Clinton, 1410 N 4th St, Clinton, IA 52732",
            "Mercy Medical Center - Clinton",
            "1410 N 4th St, Clinton, IA 52732",
        ),
        (
            "Aspirus Health – Rhinelander, 2251 N Shore Dr, Rhinelander, WI 54501",
            "Aspirus Health – Rhinelander",
            "2251 N Shore Dr, Rhinelander, WI 54501",
        ),
    ],
)
def test_a_hospital_named_by_town_after_a_dash(line: str, name: str, address: str) -> None:
    got = _name_and_address(line, "US")
    assert got[0] == name and got[1] == address


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Regional Hospital - 55 Prairie Dr, Moose Jaw, SK S6J 0C2", "Regional Hospital"),
        ("Royal Infirmary - Oxford Rd, Manchester M13 9WL", "Royal Infirmary"),
        ("County Hospital - Oak St, 12 Main St, Dover", "County Hospital"),
    ],
)
def test_a_dash_before_a_street_still_ends_the_name(line: str, name: str) -> None:
    assert _name_and_address(line, "US")[0] == name


# --- a header cell with a key and its colon -------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Brand films · Regina, SK Client: Lakeside Bank · Job LB-0712",
        "Spot films | Agency: Blue Tern | Job BT-77",
    ],
)
def test_a_keyed_cell_is_no_title_among_cells(line: str) -> None:
    assert title_among_cells(line) is None


def test_the_one_plain_cell_is_still_the_title() -> None:
    assert title_among_cells("Liffey Reel | Hill 16 Roar | Job LR-2640") == "Hill 16 Roar"


def _agency_band(left: str, job_line: str) -> list[Row]:
    rows: list[Row] = [(36, 24, "HARBOUR LIGHT PICTURES", 14), (500, 24, "CALL SHEET", 12)]
    rows += [(36, 44, left, 8), (440, 44, job_line, 8)]
    rows += [(36, 76, "Bluenose Dairy 'First Frost'", 16), (260, 76, "· SHOOT DAY 1 OF 2", 11)]
    rows += [(42, 110, "WHEN", 8), (42, 124, "Tuesday, October 13, 2026", 8.5)]
    rows += [(42, 136, "Crew call: 6:45 AM", 8.5), (225, 110, "LOCATION", 8)]
    rows += [(225, 124, "Lunenburg Waterfront", 8.5), (225, 136, "68 Bluenose Dr", 8.5)]
    rows += [(225, 148, "Lunenburg, NS B0J 2C0", 8.5)]
    return rows


@pytest.mark.parametrize(
    ("left", "job_line"),
    [
        ("Brand films · Halifax, NS", "Client: Bluenose Dairy · Job HL-2290"),
        ("Halifax · Lunenburg", "Client: Bluenose Dairy · Job HL-2290"),
        ("Spots · Halifax, NS", "Agency: Tidewater · Job #HL-2290"),
    ],
)
def test_the_far_side_of_a_header_line_is_no_cell_beside_the_job(left: str, job_line: str) -> None:
    # the company's towns on the left, the job's keys on the right, on one baseline
    assert (
        read_day(render(_agency_band(left, job_line)))["production"]
        == "Bluenose Dairy 'First Frost'"
    )


# --- a rural set named on the line above its address ---------------------------------------------


@pytest.mark.parametrize(
    ("address", "named", "sure"),
    [
        ("Vecmuižas, Dobeles pagasts, Dobeles novads, LV-3701", True, True),
        ("Farm road, off the D3706, Okahandja, Otjozondjupa Region", True, True),
        ("Ruskulla, Viru-Nigula vald, 44301", True, True),
        ("Okahandja, Otjozondjupa Region", True, False),  # a town and its region alone
        ("Vecmuižas, Dobeles pagasts, Dobeles novads, LV-3701", False, False),  # no name above
    ],
)
def test_a_rural_address_is_sure_only_under_its_name(address: str, named: bool, sure: bool) -> None:
    from pipeline.extract.reader.rural_named import named_rural_place

    assert named_rural_place(address, named) is sure


def _rural_sheet(place: list[str]) -> list[Row]:
    rows: list[Row] = [(40, 40, "CALL SHEET", 16), (40, 62, "DUNE LINE", 14)]
    rows += [(40, 90, "SHOOT DATE", 8), (40, 102, "Tuesday 17 November 2026", 10)]
    rows += [(40, 124, "CREW CALL", 8), (40, 136, "06:15", 10)]
    rows += [(40, 160, "LOCATION", 8)]
    rows += [(40, 172 + 12 * n, text, 9) for n, text in enumerate(place)]
    return rows


def test_a_rural_set_under_its_name_reads_sure() -> None:
    place = ["Kuiseb Canyon Camp", "Gravel road C14, km 42", "Walvis Bay, Erongo Region"]
    day = read_day(render(_rural_sheet(place)))
    assert day["location"] == "Gravel road C14, km 42, Walvis Bay, Erongo Region"
    assert day["field_confidence"]["location"] >= 0.85


def test_a_rural_address_without_its_name_stays_in_review() -> None:
    place = ["Gravel road C14, km 42", "Walvis Bay, Erongo Region"]
    day = read_day(render(_rural_sheet(place)))
    assert day["field_confidence"]["location"] < 0.85
