"""Conventions from the thirty-fourth held-out set's misses (reader44): a table's cells shrunk
to fit run into each other, and the word flush with a heading starts that heading's cell; a
cell that points at another ('(as above)', 'ditto') is never a value; a hospital's name
printed with its phone number is its name; a 'CREW' heading over a list whose calls sit under
a 'Call' column is no rival to the header's generic call; '06:00 crew / 07:00 talent' under a
call heading names the crew's call; and a later page headed 'DAY 2 - SUNDAY' is that day's
sheet, not a rival to day 1's. Each is drawn on a small page of its own, in words and places of
its own. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

from fpdf import FPDF

from pipeline.extract.reader.cell_words import back_reference, name_before_phone
from tests.fixtures.callsheets import MADE, Row, render
from tests.unit.extract.drawn import read_day


def _width(text: str, size: float) -> float:
    pdf = FPDF(unit="pt")
    pdf.set_font("Helvetica", size=size)
    return pdf.get_string_width(text)


def _squeezed_table(first_hospital: str, second_hospital: str) -> bytes:
    """A places table whose car-park cells end a few points before the hospital column, as an
    app shrinks text to fit its cells."""
    heads = [(40, "VENUE"), (150, "POSTAL ADDRESS"), (330, "CAR PARK"), (440, "A&E")]
    rows: list[Row] = [
        (40, 40, "Lantern Films", 9),
        (40, 62, "Salt Marsh", 18),
        (400, 40, "Wednesday 14 October 2026", 9),
        (40, 90, "Unit Call: 07:30", 10),
        (40, 106, "Sunrise 07:24   Sunset 18:16", 9),
    ]
    rows += [(x, 130, text, 7) for x, text in heads]
    cells = [
        ("Boat shed", "Quay House, 4 Harbour Rd, Whitstable CT5 1AB", "Long stay by the quay"),
        ("Oyster beds", "West Beach, Whitstable CT5 1DX", "Same car park"),
    ]
    for n, ((venue, address, park), hospital) in enumerate(
        zip(cells, [first_hospital, second_hospital], strict=True)
    ):
        y = 142 + 12 * n
        park_x = 440 - 5 - _width(park, 7)  # ends 5 pt short of the next column
        rows += [(40, y, venue, 7), (150, y, address, 7), (park_x, y, park, 7)]
        rows.append((440, y, hospital, 7))
    return render(rows)


def test_squeezed_cell_gives_the_hospital_its_own_name() -> None:
    day = read_day(_squeezed_table("Kent and Canterbury Hospital 01227 766877", "Ditto"))
    assert day["hospital"]["name"] == "Kent and Canterbury Hospital", day["warnings"]


def test_back_reference_in_a_later_row_is_never_the_hospital() -> None:
    day = read_day(_squeezed_table("Kent and Canterbury Hospital", "same as above"))
    assert day["hospital"]["name"] == "Kent and Canterbury Hospital", day["warnings"]


def test_back_reference_alone_gives_no_sure_hospital() -> None:
    rows: list[Row] = [
        (40, 40, "CALL SHEET", 14),
        (40, 62, "Tuesday 20 October 2026", 10),
        (40, 84, "Crew Call: 6:45 AM", 9),
        (40, 100, "Location: Grain Store, 9 Mill Lane, Norwich NR3 1AB", 9),
        (40, 116, "Nearest Hospital: (see above)", 9),
    ]
    day = read_day(render(rows))
    hospital = day["hospital"] or {}
    assert not back_reference(hospital.get("name") or "x"), hospital
    assert hospital.get("name") is None or day["field_confidence"]["hospital"] < 0.85


def test_back_reference_shapes() -> None:
    for text in ["(as above)", "Same as above", "see above", "DITTO", '"', "as per location"]:
        assert back_reference(text), text
    for text in ["Above Bar Hospital", "Same Day Surgery Centre", "Sametown General"]:
        assert not back_reference(text), text


def test_name_printed_with_its_phone_is_the_name() -> None:
    assert name_before_phone("Valley View Campus (702) 555-0199", "US") == "Valley View Campus"
    assert name_before_phone("Emergency 911", "US") is None
    assert name_before_phone("call 911 first", "US") is None
    assert name_before_phone("Valley View Campus", "US") is None  # no phone: not this rule


def _crew_list_sheet(header_call: str) -> bytes:
    rows: list[Row] = [
        (40, 36, "NORTHERN SPRINGS", 14),
        (420, 36, "CALL SHEET", 12),
        (40, 60, "DATE", 7),
        (140, 60, "CALL TIME", 7),
        (240, 60, "DAY", 7),
        (40, 72, "Thu Oct 22 2026", 9),
        (140, 72, header_call, 9),
        (240, 72, "3 of 9", 9),
        (40, 96, "LOCATION", 7),
        (40, 108, "Roundhouse, 120 Depot St, Duluth, MN 55802", 9),
        (40, 132, "HOSPITAL", 7),
        (40, 144, "Essentia Health St. Mary's Medical Center, 407 E 3rd St, Duluth, MN 55805", 9),
        (40, 170, "CREW", 9),
    ]
    rows += [(x, 184, h, 7) for x, h in [(40, "DEPT"), (130, "NAME"), (260, "CELL"), (380, "CALL")]]
    crew = [
        ("Camera", "Lena Ostrowski", "(218) 555-0140", "06:00"),
        ("Sound", "Marcus Bell", "(218) 555-0161", "06:30"),
        ("Grip", "Tom Haugen", "(218) 555-0175", "06:00"),
        ("Art", "Ruth Ng", "(218) 555-0188", "05:30"),
    ]
    for n, cells in enumerate(crew):
        y = 198 + 12 * n
        rows += [(x, y, t, 8) for x, t in zip((40, 130, 260, 380), cells, strict=True)]
    return render(rows)


def test_crew_heading_over_its_list_is_no_rival_to_the_header_call() -> None:
    day = read_day(_crew_list_sheet("06:30"))
    assert day["call_time"] == "06:30", day["warnings"]
    assert day["field_confidence"]["call_time"] >= 0.85


def test_crew_time_named_in_the_cell_under_a_call_heading() -> None:
    day = read_day(_crew_list_sheet("06:00 crew / 07:15 talent"))
    assert day["call_time"] == "06:00", day["warnings"]
    assert day["field_confidence"]["call_time"] >= 0.85


def _pages(*pages: list[Row]) -> bytes:
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_creation_date(MADE)
    for rows in pages:
        pdf.add_page()
        for x, y, text, size in rows:
            pdf.set_font("Helvetica", size=size)
            pdf.text(x, y, text)
    return bytes(pdf.output())


def _day_page(heading: str, date: str, call: str, sun: str, place: str) -> list[Row]:
    return [
        (40, 36, "Long Weekend", 16),
        (380, 36, heading, 10),
        (380, 52, date, 9),
        (40, 80, "General Call", 9),
        (140, 80, call, 9),
        (40, 96, sun, 9),
        (40, 120, f"Set: {place}", 9),
        (40, 136, "Nearest A&E: Royal Sussex County Hospital, Eastern Rd, Brighton BN2 5BE", 9),
    ]


def test_later_page_headed_by_its_own_day_is_no_rival() -> None:
    data = _pages(
        _day_page(
            "Day 1 - Fri",
            "Friday 23 October 2026",
            "07:00",
            "Sunrise 07:32  Sunset 17:49",
            "The Pier, Madeira Dr, Brighton BN2 1TW",
        ),
        _day_page(
            "Day 2 \u00b7 Saturday",
            "Saturday 24 October 2026",
            "08:30",
            "Sunrise 07:34  Sunset 17:47",
            "Devil's Dyke, Dyke Rd, Brighton BN1 8YJ",
        ),
    )
    day = read_day(data)
    assert day["shooting_date"] == "2026-10-23", day["warnings"]
    assert day["call_time"] == "07:00", day["warnings"]
    assert day["field_confidence"]["call_time"] >= 0.85
    assert day["sunrise"] == "07:32" and day["field_confidence"]["sunrise"] >= 0.85


def test_later_page_heading_with_other_words_is_not_a_day_of_its_own() -> None:
    from pipeline.extract.reader.next_day import _only_its_day

    assert _only_its_day(" - SUNDAY")
    assert _only_its_day(" \u00b7 Sun 4 Oct 2026")
    assert not _only_its_day(" call moved to the barn")
    assert not _only_its_day(" - 2 pages")
