"""Rules reader67 added, drawn on small pages in wordings of their own (not fresh45's): a place
label opening a table's row takes its address from the row's cell under an ADDRESS column
heading; a place label's own words printed again as its value in the next cell are no label; a
'Main unit' line on another unit's own sheet is never this sheet's set; a date heading a later
page that the first page (a cover) prints too is sure; a memo that calls people in a sentence
dated by weekday and day without a year ('On Tuesday 10 March, call is 6:45am at ...') is a
call sheet. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from pipeline.extract import extract_document
from tests.fixtures.callsheets import MADE, Row, render
from tests.unit.extract.drawn import read_day

SURE = 0.85


# --- a numbered LOCATIONS table: row labels, NAME / ADDRESS / NOTES column headings ----------


def _table_sheet(rows: list[tuple[str, str, str, str]], heads=("NAME", "ADDRESS", "NOTES")) -> dict:
    """A school office's form: title, date and call, then a numbered table of places whose
    row labels are in a column and whose name, address and notes are cells under headings."""
    page: list[Row] = [
        (40, 40, "MEDIA ARTS PRODUCTION OFFICE", 9),
        (40, 66, '"Quiet Harbour"', 17),
        (40, 96, "DATE", 7),
        (100, 96, "Wednesday, March 11, 2026", 9),
        (40, 110, "CREW CALL", 7),
        (100, 110, "7:30 AM", 9),
        (40, 140, "LOCATIONS", 9),
        (40, 156, "#", 7),
        (150, 156, heads[0], 7),
        (290, 156, heads[1], 7),
        (440, 156, heads[2], 7),
    ]
    for n, (label, name, address, note) in enumerate(rows, 1):
        y = 170 + 13 * (n - 1)
        page += [(40, y, str(n), 8), (56, y, label, 8), (150, y, name, 8)]
        if address:
            page.append((290, y, address, 8))
        if note:
            page.append((440, y, note, 8))
    page.append((40, 250, "SUNRISE 7:04 AM    SUNSET 6:58 PM", 8))
    return read_day(render(page))


@pytest.mark.parametrize(
    ("set_label", "name", "address", "street"),
    [
        ("SET", "Harbour Museum", "12 Quay St, Portland, ME 04101", "12 Quay St"),
        ("SHOOTING LOCATION", "Eastside Library", "450 Elm Ave, Portland, ME 04103", "450 Elm Ave"),
        ("LOCATION", "The Old Mill", "88 River Rd, Westbrook, ME 04092", "88 River Rd"),
    ],
)
def test_a_row_label_takes_its_address_from_the_address_column(
    set_label: str, name: str, address: str, street: str
) -> None:
    day = _table_sheet(
        [
            (set_label, name, address, "lobby and stairwell"),
            ("BASECAMP", "North lot", "5 Dock Rd, Portland, ME 04101", "trucks only"),
            ("NEAREST HOSPITAL", "Maine Medical Center", "22 Bramhall St, Portland, ME 04102", ""),
        ]
    )
    assert street in day["location"]
    assert day["locations"][0]["name"] == name
    assert "5 Dock Rd" in (day["base_location"] or "")
    assert (day["hospital"] or {}).get("name") == "Maine Medical Center"
    assert "22 Bramhall St" in ((day["hospital"] or {}).get("address") or "")


def test_a_row_whose_address_cell_is_empty_takes_no_other_rows_address() -> None:
    """The cell under ADDRESS on the set's own row is empty: the next row's address is not
    the set's."""
    day = _table_sheet(
        [
            ("SET", "Harbour Museum", "", "lobby"),
            ("BASECAMP", "North lot", "5 Dock Rd, Portland, ME 04101", ""),
        ]
    )
    assert "5 Dock Rd" not in (day["location"] or "")


def test_a_place_label_printed_again_as_its_value_is_no_label() -> None:
    """'CREW PARKING   Crew parking   <address>': the second is the row's name cell; the
    hospital's row under it keeps its own value."""
    day = _table_sheet(
        [
            ("SET", "Harbour Museum", "12 Quay St, Portland, ME 04101", ""),
            ("UNIT BASE", "Unit base", "5 Dock Rd, Portland, ME 04101", ""),
            ("HOSPITAL", "Maine Medical Center", "22 Bramhall St, Portland, ME 04102", ""),
        ]
    )
    assert "5 Dock Rd" in (day["base_location"] or "")
    assert (day["hospital"] or {}).get("name") == "Maine Medical Center"


# --- another unit's line is never this sheet's set -------------------------------------------


def _unit_sheet(band: str, reference: str) -> dict:
    rows: list[Row] = [
        (40, 40, band, 16),
        (40, 66, "BRIGHT WATER", 15),
        (40, 82, "Tidewater Films", 9),
        (400, 40, "Wed 3/11/26", 10),
        (400, 56, "Sunrise 7:04 AM  Sunset 6:58 PM", 8),
        (40, 110, "CREW CALL", 8),
        (40, 134, "6:30 AM", 20),
        (300, 110, reference, 8),
        (40, 170, "SHOOTING AT", 8),
        (40, 184, "Fort Williams Park", 9),
        (40, 196, "1000 Shore Rd, Cape Elizabeth, ME 04107", 9),
        (300, 170, "NEAREST HOSPITAL", 8),
        (300, 184, "Maine Medical Center", 9),
        (300, 196, "22 Bramhall St, Portland, ME 04102", 9),
    ]
    return read_day(render(rows))


@pytest.mark.parametrize(
    ("band", "reference"),
    [
        ("SPLINTER UNIT", "Main unit: Custom House Wharf, 12 Commercial St, Portland, ME 04101"),
        ("B UNIT", "Main Unit: Custom House Wharf, 12 Commercial St, Portland, ME 04101"),
    ],
)
def test_a_main_unit_line_on_another_units_sheet_is_no_set(band: str, reference: str) -> None:
    day = _unit_sheet(band, reference)
    assert "Commercial St" not in (day["location"] or "")
    assert "1000 Shore Rd" in (day["location"] or "")


def test_main_unit_on_the_main_units_own_sheet_is_its_set() -> None:
    """A UK sheet's 'Main Unit: <the set>' with no other unit's band is the set."""
    rows: list[Row] = [
        (40, 40, "CALL SHEET", 16),
        (40, 66, "BRIGHT WATER", 15),
        (400, 40, "Wednesday 11 March 2026", 10),
        (40, 110, "Unit call: 07:30", 9),
        (40, 126, "Main Unit: Custom House, 12 Quay Street, Bristol BS1 4DJ", 9),
        (40, 142, "Sunrise 06:21  Sunset 17:58", 9),
    ]
    day = read_day(render(rows))
    assert "12 Quay Street" in (day["location"] or "")


# --- a cover page and the day's page print one date -----------------------------------------


def _pages(*pages: list[Row]) -> bytes:
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_creation_date(MADE)
    for rows in pages:
        pdf.add_page()
        for x, y, text, size in rows:
            pdf.set_font("Helvetica", size=size)
            pdf.text(x, y, text)
    return bytes(pdf.output())


def _cover(date_text: str | None) -> list[Row]:
    rows: list[Row] = [
        (230, 200, "Tidewater Films", 11),
        (250, 220, "presents", 9),
        (190, 270, "BRIGHT WATER", 28),
        (250, 320, "CALL SHEET", 14),
        (240, 400, "UNIT CALL", 12),
        (240, 430, "7:00 AM", 30),
        (200, 480, "Set, hospital and schedule on page 2", 9),
    ]
    if date_text:
        rows.append((220, 345, date_text, 12))
    return rows


def _day_page(date_text: str) -> list[Row]:
    return [
        (40, 40, "BRIGHT WATER", 13),
        (400, 40, date_text, 10),
        (40, 54, "Tidewater Films", 8),
        (400, 54, "Unit call 7:00 AM", 8),
        (40, 90, "SET", 8),
        (40, 104, "Fort Williams Park", 9),
        (40, 116, "1000 Shore Rd, Cape Elizabeth, ME 04107", 9),
        (300, 90, "NEAREST HOSPITAL", 8),
        (300, 104, "Maine Medical Center", 9),
        (300, 116, "22 Bramhall St, Portland, ME 04102", 9),
        (40, 150, "Sunrise 7:04 AM   Sunset 6:58 PM", 9),
    ]


@pytest.mark.parametrize(
    ("cover_date", "page_date"),
    [
        ("Wednesday, March 11, 2026", "Wednesday, March 11, 2026"),
        ("Wed 3/11/26", "March 11th, 2026"),
    ],
)
def test_a_later_pages_date_the_cover_prints_too_is_sure(cover_date: str, page_date: str) -> None:
    day = read_day(_pages(_cover(cover_date), _day_page(page_date)))
    assert day["shooting_date"] == "2026-03-11"
    assert day["field_confidence"]["shooting_date"] >= SURE


def test_a_later_pages_date_alone_keeps_its_doubt() -> None:
    """No date on the cover: page 2 may be another day's; its date is not sure."""
    day = read_day(_pages(_cover(None), _day_page("Wednesday, March 11, 2026")))
    assert day["shooting_date"] == "2026-03-11"
    assert day["field_confidence"]["shooting_date"] < SURE


def test_a_cover_with_another_date_does_not_vouch() -> None:
    """The cover prints another date (a print date): the later page's date is not raised."""
    day = read_day(_pages(_cover("Monday, March 9, 2026"), _day_page("Wednesday, March 11, 2026")))
    assert day["field_confidence"]["shooting_date"] < SURE


# --- a memo that calls people in a sentence, its day without a year --------------------------


def _memo(*lines: str) -> dict:
    rows: list[Row] = [(40, 40 + 16 * i, t, 14 if i == 0 else 10) for i, t in enumerate(lines)]
    return extract_document(render(rows)).to_json()


@pytest.mark.parametrize(
    "sentence",
    [
        "On Tuesday 10 March, call is 6:45am at the Old Pier Hall, 4 Marine Parade, BN2 1TL.",
        "Thursday, October 8: crew call will be 7:00 AM at 353 West St, New York, NY 10013.",
        "For Fri 13/3 the call time is 0730 at 4 Marine Parade, Brighton BN2 1TL.",
    ],
)
def test_a_memo_calling_the_crew_on_a_weekday_is_a_call_sheet(sentence: str) -> None:
    got = _memo("MEMO", "To: cast and crew", "From: production office", sentence, "Thanks, Jo")
    assert got["document_type"] == "call_sheet"


@pytest.mark.parametrize(
    "lines",
    [
        # no weekday: '10 March' alone is no day named
        ("MEMO", "On 10 March, call is 6:45am at 4 Marine Parade, Brighton BN2 1TL.", "Wrap 7pm."),
        # a delivery to the set on a weekday: no one called
        (
            "DELIVERY NOTE",
            "Deliver Tuesday 10 March between 9am and 11am",
            "to 4 Marine Parade, Brighton BN2 1TL",
        ),
        # a phone call, not a call to work
        ("MEMO", "On Tuesday 10 March the conference call is about the budget.", "Thanks"),
    ],
)
def test_a_memo_without_a_weekday_call_sentence_is_no_call_sheet(lines: tuple[str, ...]) -> None:
    assert _memo(*lines)["document_type"] == "other"


def test_two_place_labels_in_other_words_side_by_side_stay_two() -> None:
    """'SET A (morning)   SET B (after the move)': the second set's label in other words is a
    label of its own, not the first's value."""
    rows: list[Row] = [
        (40, 40, "CALL SHEET", 14),
        (40, 66, "Bright Water", 16),
        (40, 90, "Date: Wednesday 11 March 2026   Unit call: 07:30", 9),
        (40, 120, "LOCATION A (morning)", 8),
        (200, 120, "LOCATION B (company move 14:00)", 8),
        (40, 134, "Custom House", 9),
        (200, 134, "Harbour Steps", 9),
        (40, 146, "12 Quay Street, Bristol BS1 4DJ", 9),
        (200, 146, "3 Anchor Road, Bristol BS1 5DB", 9),
    ]
    day = read_day(render(rows))
    assert "12 Quay Street" in (day["location"] or "")
