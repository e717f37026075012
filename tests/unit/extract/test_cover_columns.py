"""Layout rules from the sixth held-out set (fresh6 / fresh5 misses): a cover page, a time read
across a column, a second unit's or tomorrow's column beside today's. Each convention is drawn
on a small page of its own. Rows are (x, baseline y, text, size) in points on a letter page."""

from __future__ import annotations

from fpdf import FPDF

from pipeline.extract.reader.title import company_name
from tests.fixtures.callsheets import render
from tests.unit.extract.drawn import read_day

Row = tuple[float, float, str, float]


def _pages(*pages: list[Row]) -> bytes:
    pdf = FPDF(unit="pt", format="letter")
    for rows in pages:
        pdf.add_page()
        for x, y, text, size in rows:
            pdf.set_font("Helvetica", size=size)
            pdf.text(x, y, text)
    return bytes(pdf.output())


def test_a_company_name_is_no_title() -> None:
    assert company_name("Spanish Moss Pictures LLC")
    assert company_name("Southerly Buster Productions Pty Ltd")
    assert company_name("Firth Films Ltd")
    assert not company_name("LIVE OAK AVENUE")
    assert not company_name("Films")  # one word is no company's name


def test_a_cover_page_gives_the_title_not_the_company_nor_the_day() -> None:
    # Given a cover: the company at the top, the title big below it, the issue date and the
    # office's address; the day's facts on page 2
    cover = [
        (200, 120, "Quiet Harbour Pictures LLC", 14),
        (150, 230, "SALT MARSH ROAD", 34),
        (230, 330, "CALL SHEET", 26),
        (180, 420, "Issued Monday, March 2, 2026 at 7:15 PM", 10),
        (150, 436, "Production office: 2 E Bay St, Suite 300, Savannah, GA 31401", 9),
    ]
    day = [
        (40, 44, "SALT MARSH ROAD", 14),
        (400, 44, "Tuesday, March 3, 2026", 11),
        (40, 90, "GENERAL CREW CALL", 7),
        (40, 112, "7:30 AM", 20),
        (40, 166, "SET LOCATION", 8),
        (40, 180, "Mercer Williams House", 8.5),
        (40, 192, "429 Bull St, Savannah, GA 31401", 8.5),
    ]
    got = read_day(_pages(cover, day))
    # Then the title is the production's, and the date the day's, read with confidence
    assert got["production"] == "SALT MARSH ROAD"
    assert got["shooting_date"] == "2026-03-03"
    assert got["field_confidence"]["shooting_date"] >= 0.85
    assert "Bull St" in got["location"]


def test_a_sunset_after_midnight_is_another_columns_time() -> None:
    # Given a 'Sunset' row whose line carries the wrap time of the next column (00:30)
    rows = [
        (40, 40, "THREE RIVERS", 16),
        (400, 40, "Thursday, September 17, 2026", 10),
        (40, 100, "CREW CALL 12:00", 10),
        (40, 184, "DAY WORK", 9),
        (300, 184, "NIGHT WORK", 9),
        (40, 204, "19:25", 9),
        (130, 204, "Sunset", 9),
        (300, 204, "00:30 (Fri 18 Sep)", 9),
        (410, 204, "Estimated wrap", 9),
    ]
    got = read_day(render(rows))
    # Then the wrap is never the sunset
    assert got["sunset"] != "00:30"


def _today_and_tomorrow(left: str, right: str) -> list[Row]:
    rows: list[Row] = [
        (36, 42, "KAURI COAST", 16),
        (480, 42, "CALL SHEET", 12),
        (36, 82, left, 10),
        (300, 82, right, 10),
    ]
    today = [
        ("Date", "Tuesday 6 October 2026"),
        ("Crew Call", "07:00"),
        ("Location", "Britomart, 12 Galway St, Auckland 1010"),
        ("Nearest Hospital", "Auckland City Hospital, 2 Park Rd, Grafton"),
    ]
    tomorrow = [
        ("Date", "Wednesday 7 October 2026"),
        ("Crew Call", "06:00"),
        ("Location", "Piha Beach, 3 Marine Pde, Piha 0772"),
        ("Nearest Hospital", "Waitakere Hospital, 55 Lincoln Rd, Henderson"),
    ]
    for k, ((a, b), (c, d)) in enumerate(zip(today, tomorrow, strict=True)):
        y = 100 + 15 * k
        rows += [(36, y, a, 8), (120, y, b, 8), (300, y, c, 8), (384, y, d, 8)]
    return rows


def test_tomorrows_column_beside_todays_is_not_today() -> None:
    # Given today's column and tomorrow's side by side, on the same lines
    got = read_day(render(_today_and_tomorrow("TODAY", "ADVANCE SCHEDULE - TOMORROW")))
    # Then the call, set and hospital are today's
    assert got["call_time"] == "07:00"
    assert got["shooting_date"] == "2026-10-06"
    assert "Galway St" in got["location"]
    assert got["hospital"]["name"].startswith("Auckland City")


def test_a_second_units_column_at_the_left_is_not_the_main_units() -> None:
    # Given the 2nd unit's column at the left and the main unit's at the right
    rows = _today_and_tomorrow("2ND UNIT", "MAIN UNIT")
    # (the columns swap: the main unit's rows are the right-hand ones here)
    got = read_day(render(rows))
    assert got["call_time"] == "06:00"
    assert "Marine Pde" in got["location"]


def test_an_item_details_table_a_quoted_title_and_a_call_for_cast_and_crew() -> None:
    # Given 'CALL SHEET - "TITLE"', an ITEM / DETAILS table whose LOCATION cell holds the scene
    # heading and whose ADDRESS row the street, and a general call for cast and crew
    rows = [
        (200, 32, "HARMATTAN PICTURES LTD", 10),
        (170, 70, "CALL SHEET - \u201cRED EARTH\u201d", 18),
        (44, 123, "ITEM", 9),
        (240, 123, "DETAILS", 9),
        (44, 140, "DATE", 9),
        (240, 140, "Tuesday, 20th January, 2026", 9),
        (44, 176, "GENERAL CALL (CAST & CREW)", 9),
        (240, 176, "7:00am", 9),
        (44, 194, "First shot", 9),
        (240, 194, "8:30am", 9),
        (44, 302, "LOCATION", 9),
        (240, 302, "INT. GALLERY - Terra Kulture", 9),
        (44, 320, "ADDRESS", 9),
        (240, 320, "1376 Tiamiyu Savage St, Victoria Island, Lagos 106104", 9),
    ]
    got = read_day(render(rows, unicode_font=True))
    assert got["production"] == "RED EARTH"
    assert got["call_time"] == "07:00"
    assert got["location"].startswith("1376 Tiamiyu Savage St")


def test_a_timetable_heading_is_no_title_and_a_qualified_label_takes_the_lines_below() -> None:
    # Given 'PROGRAMME (SHIP'S TIME)' over a timetable, and 'Nearest hospital ashore:' over the
    # hospital's name and address
    rows = [
        (36, 40, "MV OCEAN TERN - expedition unit", 9),
        (158, 84, "NORTH ATLANTIC PASSAGE", 20),
        (236, 101, "Saturday 15 August 2026", 11),
        (44, 150, "CREW CALL 0630", 15),
        (36, 184, "PROGRAMME (SHIP'S TIME)", 8.5),
        (40, 200, "0530 Wake-up call over the PA", 9),
        (40, 215, "0630 Crew call - muster at the gangway", 9),
        (340, 184, "LOCATION", 8.5),
        (340, 198, "Pier 21", 9.5),
        (340, 211, "1055 Marginal Rd, Halifax, NS B3H 4P7", 9.5),
        (340, 420, "Nearest hospital ashore:", 8.5),
        (340, 433, "QEII Health Sciences Centre", 9.5),
        (340, 446, "1796 Summer St, Halifax, NS B3H 3A7", 9),
    ]
    got = read_day(render(rows))
    assert got["production"] == "NORTH ATLANTIC PASSAGE"
    assert got["hospital"]["name"] == "QEII Health Sciences Centre"
    assert "Summer St" in got["hospital"]["address"]


def test_an_inline_location_takes_the_address_on_the_next_line() -> None:
    # Given 'LOCATION: name' with the address alone on the line under it
    rows = [
        (40, 40, "LA SALLE", 16),
        (40, 60, "Tuesday, April 14, 2026", 10),
        (40, 90, "GENERAL CREW CALL: 7:00 AM", 9.5),
        (40, 116, "LOCATION: The Rookery Building", 9.5),
        (40, 129, "209 S LaSalle St, Chicago, IL 60604", 9.5),
        (40, 142, "CREW PARKING: Lot C, 400 S Financial Pl", 9.5),
    ]
    got = read_day(render(rows))
    assert got["location"] == "209 S LaSalle St, Chicago, IL 60604"
    assert got["locations"][0]["name"] == "The Rookery Building"


def test_a_croatian_lokacija_is_the_set_not_the_base() -> None:
    # Given the LOKACIJA block: the scene, the place and its 'Adresa:' under the company header
    rows = [
        (40, 30, "Produkcija: Kvarner film d.o.o., Ilica 42, 10000 Zagreb", 8),
        (214, 66, "GORNJI GRAD", 18),
        (44, 117, "DATUM SNIMANJA", 7),
        (324, 117, "ZBOR EKIPE", 7),
        (44, 129, "utorak, 14. travnja 2026.", 9),
        (324, 129, "07:00 h", 9),
        (300, 168, "LOKACIJA", 9),
        (300, 183, "Motiv: EXT. TRG - SABOR", 9),
        (300, 196, "Lokacija: Markov trg (Gornji grad)", 9),
        (300, 210, "Adresa: Trg sv. Marka 6, 10000 Zagreb", 9),
    ]
    got = read_day(render(rows, unicode_font=True))
    assert got["location"].startswith("Trg sv. Marka 6")


def test_a_department_heading_beside_the_hospital_label_takes_the_lines_below() -> None:
    # Given 'NAJBLIŽA BOLNICA - OBJEDINJENI HITNI BOLNIČKI PRIJEM' (the emergency department)
    # over the hospital's name, district and address on one line
    rows = [
        (263, 66, "BURA", 18),
        (44, 117, "DATUM", 7),
        (324, 117, "OKUPLJANJE EKIPE", 7),
        (44, 129, "ponedjeljak, 15. lipnja 2026.", 9),
        (324, 129, "6.30 sati", 9),
        (46, 183, "Adresa: Dioklecijanova ul. 1, 21000 Split", 9),
        (46, 282, "NAJBLIŽA BOLNICA - OBJEDINJENI HITNI BOLNIČKI PRIJEM", 9),
        (46, 295, "KBC Split - Firule, Spinčićeva 1, 21000 Split", 9),
    ]
    got = read_day(render(rows, unicode_font=True))
    # Then the hospital is the one named below, its name kept whole up to its street
    assert got["hospital"]["name"] == "KBC Split - Firule"
    assert got["hospital"]["address"] == "Spinčićeva 1, 21000 Split"
