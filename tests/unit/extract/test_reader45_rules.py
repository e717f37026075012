"""Conventions from the thirty-third held-out set's misses (reader45): a hospital's name wrapped
over two lines is joined (its facility word on the second line, even when that line also
carries the address or reads as a label of its own), and a name cut before its facility word
is never sure; an emergency number is no hospital's name, and a name with its facility word
before an address in a form not known is still split from it; a numbered form's cell heads
('2. PRODUCTION') head the cell under them; a 'SUNRISE / SUNSET' cell that runs on into the
next block still pairs its two times; a one-liner's 'Call <time> @ <whole address>' beats a
set label that only names rooms; labels a spreadsheet drew glyph by glyph ('C REW CALL') or
without their spaces ('CREWCALL') are read. Each is drawn on a small page of its own, in words
and places of its own. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

from fpdf import FPDF

from pipeline.extract.reader.hospital_names import cut_before_facility, joined_wrap
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day


def _width(text: str, size: float) -> float:
    pdf = FPDF(unit="pt")
    pdf.set_font("Helvetica", size=size)
    return pdf.get_string_width(text)


def _head(title: str, date: str) -> list[Row]:
    return [(40, 36, "Northgate Pictures", 9), (40, 62, title, 16), (40, 80, date, 10)]


def test_name_wrapped_under_an_inline_label_is_joined() -> None:
    # the second line starts with the facility word and goes on into the street: it reads as a
    # label of its own ('Infirmary, ...') unless the name is joined
    rows = [
        *_head("Tyne Lights", "Date: Tuesday 13 October 2026"),
        (40, 104, "Crew call: 08:00", 9),
        (40, 120, "Location: Baltic Centre, Gateshead Quays, South Shore Rd, Gateshead NE8 3BA", 9),
        (40, 140, "A&E:", 9),
        (70, 140, "Royal Victoria", 9),
        (70, 151, "Infirmary, Queen Victoria Rd, Newcastle upon Tyne NE1 4LP", 9),
        (40, 172, "Sunrise 07:24   Sunset 18:11", 9),
    ]
    day = read_day(render(rows))
    assert day["hospital"]["name"] == "Royal Victoria Infirmary", day["hospital"]
    assert "Queen Victoria Rd" in (day["hospital"]["address"] or "")


def test_name_wrapped_in_a_block_is_joined() -> None:
    rows = [
        *_head("Quiet Harbour", "Wednesday, October 14, 2026"),
        (40, 104, "GENERAL CALL 6:30 AM", 9),
        (40, 124, "LOCATION", 8),
        (40, 138, "Custom House, 1 Custom House Sq, Portland, ME 04101", 9),
        (40, 164, "EMERGENCY ROOM", 8),
        (40, 178, "Maine Coast Regional", 9),
        (40, 189, "Medical Center", 9),
        (40, 200, "22 Bramhall St, Portland, ME 04102", 9),
        (40, 224, "Sunrise 6:52 AM   Sunset 5:51 PM", 9),
    ]
    day = read_day(render(rows))
    assert day["hospital"]["name"] == "Maine Coast Regional Medical Center", day["hospital"]
    assert day["hospital"]["address"] == "22 Bramhall St, Portland, ME 04102"


def test_name_cut_before_its_facility_word_is_not_sure() -> None:
    rows = [
        *_head("Lakeshore", "Thursday, October 15, 2026"),
        (40, 104, "Crew Call: 7:00 AM", 9),
        (40, 120, "Set: Union Station, 65 Front St W, Toronto, ON M5J 1E6", 9),
        (40, 136, "Hospital: Sunnybrook Regional - 2075 Bayview Ave, Toronto, ON M4N 3M5", 9),
        (40, 152, "Sunrise 7:32 AM   Sunset 6:36 PM", 9),
    ]
    day = read_day(render(rows))
    assert day["hospital"]["name"] == "Sunnybrook Regional", day["hospital"]
    assert day["field_confidence"]["hospital"] < 0.85


def test_whole_names_are_left_alone() -> None:
    assert joined_wrap(["St Mary's Hospital", "Praed St, London W2 1NY"]) == [
        "St Mary's Hospital",
        "Praed St, London W2 1NY",
    ]
    # a street named after a hospital is no end of a name
    assert joined_wrap(["Carver Clinic", "Hospital Rd 4"]) == ["Carver Clinic", "Hospital Rd 4"]
    assert not cut_before_facility("Regional One Health")
    assert not cut_before_facility("Mount Sinai Queens")
    assert cut_before_facility("Tampa General")


def test_emergency_number_is_no_hospital_name() -> None:
    rows = [
        *_head("Fjord Light", "Friday 16 October 2026"),
        (40, 104, "Call 08.00 @ Grieghallen, Edvard Griegs plass 1, 5015 Bergen", 9),
        (40, 120, "Sunrise 08.07, sunset 18.20.", 9),
        (40, 136, "Hospital: Haukeland sykehus, Haukelandsveien, 5021 Bergen, +47 55 97 50 00", 9),
        (40, 152, "Emergency: 113", 9),
    ]
    day = read_day(render(rows))
    assert day["hospital"]["name"] == "Haukeland sykehus", day["hospital"]


def test_lone_emergency_number_gives_no_name() -> None:
    rows = [
        *_head("Fjord Light", "Friday 16 October 2026"),
        (40, 104, "Crew call: 08:00", 9),
        (40, 120, "Location: Grieghallen, Edvard Griegs plass 1, 5015 Bergen", 9),
        (40, 136, "Sunrise 08:07   Sunset 18:20", 9),
        (40, 152, "Emergency: 113", 9),
    ]
    day = read_day(render(rows))
    assert (day["hospital"] or {}).get("name") != "113", day["hospital"]


def test_call_at_a_whole_address_beats_a_set_label_naming_rooms() -> None:
    rows = [
        (40, 40, "Nordlys Film AS  Advance call", 9),
        (40, 62, "Salt Roads - Monday 19 October 2026", 14),
        (40, 90, "Crew call 07.45 @ Musiikkitalo, Mannerheimintie 13, 00100 Helsinki", 9),
        (40, 106, "Set: Concert hall, the balcony and the lobby", 9),
        (40, 122, "Sunrise 08.11, sunset 17.47. Dry, 4°C.", 9),
    ]
    day = read_day(render(rows))
    assert day["location"] is not None and "Mannerheimintie 13" in day["location"], day["warnings"]
    assert "balcony" not in day["location"]


def test_numbered_cell_heads_head_the_cells_under_them() -> None:
    # the title's cell is the second on its row: the row's item numbers are no values
    rows: list[Row] = [
        (40, 36, "BRIGHTWATER PRODUCTIONS", 15),
        (40, 50, "12 King St E, Hamilton, ON L8N 1A1", 7),
        (40, 80, "1. DATE", 7.5),
        (220, 80, "2. PRODUCTION", 7.5),
        (400, 80, "3. AGENCY", 7.5),
        (40, 94, "Tue Oct 20/26", 9),
        (220, 94, "Harbour Bank - First Home", 9),
        (400, 94, "Lakeview Creative", 9),
        (40, 120, "4. CREW CALL", 7.5),
        (220, 120, "5. SET LOCATION", 7.5),
        (40, 134, "7:30 AM", 9),
        (220, 134, "Pier 8, 47 Discovery Dr", 9),
        (220, 145, "Hamilton, ON L8L 8K4", 9),
    ]
    day = read_day(render(rows))
    assert day["production"] == "Harbour Bank - First Home", day["warnings"]
    assert day["field_confidence"]["production"] >= 0.85


def test_sun_pair_cell_running_into_the_next_block() -> None:
    # the cell's reading runs on into a running order whose heading has a slash of its own
    rows: list[Row] = [
        *_head("Red Cliffs", "Date: Wed 21 Oct 2026"),
        (40, 104, "CREW CALL", 7.5),
        (40, 116, "6:45 AM", 9),
        (40, 140, "SUNRISE / SUNSET", 7.5),
        (220, 140, "WEATHER", 7.5),
        (40, 152, "6:18 AM / 5:41 PM", 9),
        (220, 152, "Clear, 12°C / 24°C", 9),
        (40, 176, "RUN OF DAY", 10),
        (40, 192, "TIME  SHOT / SET-UP", 8),
        (40, 204, "7:30 AM  Wide of the canyon rim", 8),
    ]
    day = read_day(render(rows))
    assert (day["sunrise"], day["sunset"]) == ("06:18", "17:41"), day["warnings"]


def _spelt(x: float, y: float, pieces: list[str], size: float) -> list[Row]:
    """A label drawn as the pieces a spreadsheet export gives, each a hair apart."""
    rows: list[Row] = []
    for piece in pieces:
        rows.append((x, y, piece, size))
        x += _width(piece, size) + 1.2
    return rows


def test_labels_drawn_glyph_by_glyph_are_read() -> None:
    rows: list[Row] = [(40, 30, "Dry Season - Call Sheet Day 3.xlsx", 8)]
    labels = [
        (["PROD", "UCT", "ION"], "Dry Season"),
        (["DATE"], "Mon 26/10/2026"),
        (["C", "REW", "C", "ALL"], "06:15"),
        (["LOC", "ATION"], "Museum and Art Gallery of the NT"),
        (["ADD", "RESS"], "19 Conacher St, The Gardens NT 0820"),
        (["SET"], "Main gallery and the lawn"),
        (["H", "OSP", "ITAL"], "Royal Darwin Hospital"),
        (["SUN", "RISE"], "06:12"),
        (["SUN", "SET"], "18:38"),
    ]
    for n, (pieces, value) in enumerate(labels):
        y = 50 + 15 * n
        rows += [*_spelt(40, y, pieces, 8), (170, y, value, 9)]
    day = read_day(render(rows))
    assert day["call_time"] == "06:15", day["warnings"]
    assert day["field_confidence"]["call_time"] >= 0.85
    assert day["location"] is not None and "19 Conacher St" in day["location"], day["warnings"]
    assert (day["hospital"] or {}).get("name") == "Royal Darwin Hospital"


def test_labels_printed_without_their_spaces_are_read() -> None:
    rows: list[Row] = [
        (40, 30, "Long Paddock - Day 2", 8),
        (40, 50, "PRODUCTION", 8),
        (170, 50, "Long Paddock", 9),
        (40, 65, "DATE", 8),
        (170, 65, "Tue 27/10/2026", 9),
        (40, 80, "CREWCALL", 8),
        (170, 80, "5:45 am", 9),
        (40, 95, "FIRSTSHOT", 8),
        (170, 95, "7:00 am", 9),
        (40, 110, "LOCATION", 8),
        (170, 110, "Old Wool Store", 9),
        (40, 125, "ADDRESS", 8),
        (170, 125, "36 Lime St, Dubbo NSW 2830", 9),
    ]
    day = read_day(render(rows))
    assert day["call_time"] == "05:45", day["warnings"]
    assert day["field_confidence"]["call_time"] >= 0.85
