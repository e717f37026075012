"""Rules reader77 added, drawn on small pages in wordings of their own (not fresh47-52's): a
sun cell headed 'SUNRISE - SUNSET' over the day's span ('7.05 - 18.44'); a numbered grid's
cell number ('10.') starts a new cell however narrow the gap before it; a message typed on a
phone, wrapped, its facts parted by spaced slashes ('... / call 6:45 @ <place>, <address>' /
'... / lunch 12:30'); a street corner ('Corrientes y Uruguay') under an ADDRESS label; an
Argentine CPA settles day-first dates; a people table's LLAMADO column under Spanish headings
(NOMBRE, TEL.) is no rival call; a table's column headings ('TIME WHERE WHAT') are no place;
a place read by name only takes the road under it ('off Emirates Road (E11)') in doubt. Rows
are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.classify import region, us_date_order
from pipeline.extract.reader.labelling import cell_numbers
from pipeline.extract.reader.model import Line, Word
from pipeline.extract.reader.place_finder import (
    _column_headings,
    _loose_address,
    _street_under_name,
)
from pipeline.extract.reader.shorthand import slash_segments
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day


def _words(texts: list[str], *, gap: float = 4.0, top: float = 100) -> tuple[Word, ...]:
    """Words 20 pt wide, ``gap`` apart, on one baseline."""
    out, x = [], 40.0
    for t in texts:
        out.append(Word(t, x, x + 20, top, top + 9, 9))
        x += 20 + gap
    return tuple(out)


# --- a sun cell headed 'SUNRISE - SUNSET' over the day's span ---------------------------------


def _grid_sheet(sun_head: str, sun_value: str) -> dict:
    rows: list[Row] = [
        (40, 40, "CALL SHEET", 16),
        (40, 62, "HARBOUR LIGHTS", 14),
        (40, 100, "DATE", 8),
        (200, 100, "CREW CALL", 8),
        (360, 100, sun_head, 8),
        (40, 114, "Thursday 12 March 2026", 9),
        (200, 114, "07:45", 9),
        (360, 114, sun_value, 9),
        (40, 140, "LOCATION", 8),
        (40, 154, "Riverside Mill", 9),
        (40, 166, "120 Water St, Easton, PA 18042", 9),
        (40, 190, "Hospital: St. Luke's Easton Campus, 250 S 21st St, Easton, PA 18042", 9),
    ]
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize(
    ("head", "value"),
    [
        ("SUNRISE - SUNSET", "7.05 - 18.44"),
        ("Sunrise \u2013 Sunset", "07:05 \u2013 18:44"),
        ("SOL / SUNRISE - SUNSET", "kl. 07.05 - kl. 18.44"),
    ],
)
def test_a_dashed_sun_pair_reads_both_times(head: str, value: str) -> None:
    day = _grid_sheet(head, value)
    assert (day["sunrise"], day["sunset"]) == ("07:05", "18:44")


def test_a_dashed_pair_of_work_hours_is_no_sun() -> None:
    """Negative: 'Sunrise - Sunset' over a span that is no morning then evening."""
    day = _grid_sheet("SUNRISE - SUNSET", "07:05 - 09:30")
    assert day["sunset"] != "09:30"


# --- a numbered grid's cell number starts a new cell -----------------------------------------


@pytest.mark.parametrize(
    ("texts", "want"),
    [
        (["9.", "SUN", "RISE", "10.", "WEATHER", "11.", "LOCATION"], {3, 5}),
        (["1.", "DATE", "2.", "DAY", "3.", "CALL", "4.", "BASE"], {2, 4, 6}),
        (["9.", "SUN", "10.", "WEATHER"], set()),  # two numbers: no grid's row
        (["SUN", "9.", "RISE", "10.", "WEATHER", "11.", "SET"], set()),  # not opening the line
        (["1.", "DATE", "3.", "CALL", "4.", "BASE"], set()),  # not one more than the last
        (["Call", "7.", "Lunch", "13.", "Wrap", "19."], set()),
    ],
)
def test_cell_numbers(texts: list[str], want: set[int]) -> None:
    assert cell_numbers(_words(texts)) == want


def test_a_narrow_numbered_grid_keeps_its_cells_apart() -> None:
    """'3. SUNRISE - SUNSET 4. WEATHER 5. LOCATION / SET 6. BASE' printed with narrow gaps:
    each number opens the next cell, so neither the sun nor the set takes its neighbour."""
    rows: list[Row] = [
        (40, 40, "CALL SHEET", 16),
        (40, 62, "HARBOUR LIGHTS", 14),
        (40, 84, "1. DATE", 7),
        (200, 84, "2. CREW CALL", 7),
        (40, 96, "Thursday 12 March 2026", 9),
        (200, 96, "07:45", 9),
        (40, 124, "3. SUNRISE - SUNSET", 7),
        (118, 124, "4. WEATHER", 7),
        (200, 124, "5. LOCATION / SET", 7),
        (276, 124, "6. BASE", 7),
        (40, 136, "7.05 - 18.44", 9),
        (118, 136, "Dry", 9),
        (200, 136, "Riverside Mill", 9),
        (276, 136, "Mill car park", 9),
        (200, 148, "120 Water St", 9),
        (200, 160, "Easton, PA 18042", 9),
        (40, 190, "Hospital: St. Luke's Easton Campus, 250 S 21st St, Easton, PA 18042", 9),
    ]
    day = read_day(render(rows))
    assert (day["sunrise"], day["sunset"]) == ("07:05", "18:44")
    assert day["location"].startswith("120 Water St"), day["location"]


# --- a phone-typed message parted by slashes -------------------------------------------------


def _message(*lines: str, x: float = 30, step: float = 13) -> list[Row]:
    return [(x, 60 + step * i, t, 9) for i, t in enumerate(lines)]


def test_a_wrapped_slash_parted_message_gives_the_call_and_the_place() -> None:
    rows: list[Row] = [
        (30, 30, "HARBOUR LIGHTS pickups", 12),
        *_message(
            "Harbour Lights / Friday 13.03.2026 / EXT DAY / call 6:45 @ Old Mill House,",
            "120 Water St, Easton, PA 18042 (the yard and the wheel) / lunch 12:30",
            "/ wrap 19:00 / parking: Mill Lane lot, Easton / hospital: St. Luke's Easton",
        ),
    ]
    day = read_day(render(rows))
    assert day["call_time"] == "06:45"
    assert "120 Water St" in (day["location"] or ""), day["location"]


def _line(text: str, x: float, top: float) -> Line:
    words, pos = [], x
    for t in text.split():
        words.append(Word(t, pos, pos + 5 * len(t), top, top + 9, 9))
        pos += 5 * len(t) + 3
    return Line(tuple(words), 0)


def test_slash_segments_join_a_wrapped_run() -> None:
    lines = [
        _line("Day 4 / Tue 10.3. / call 7:00 @ Villa", 30, 60),
        _line("Nova, Main St 4 / lunch 13:00 / wrap 19:00", 30, 72),
    ]
    assert "call 7:00 @ Villa Nova, Main St 4" in slash_segments(lines)


@pytest.mark.parametrize(
    "lines",
    [
        # two slashes only: no slash-parted message
        [_line("Day 4 / Tue 10.3. call 7:00 @ Villa", 30, 60), _line("Nova / lunch", 30, 72)],
        # lines not flush: two runs, one line each
        [_line("Day 4 / Tue / call 7:00 @ Villa", 30, 60), _line("Nova / a / b", 90, 72)],
        # lines far apart: two paragraphs
        [_line("Day 4 / Tue / call 7:00 @ Villa", 30, 60), _line("Nova / a / b", 30, 120)],
    ],
)
def test_slash_segments_need_a_run_with_three_slashes(lines: list[Line]) -> None:
    assert slash_segments(lines) == []


# --- a street corner under an ADDRESS label --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Yaganes y Gobernador Paz",
        "Av. Corrientes y Uruguay",
        "Hollywood Blvd & Vine St",
        "Rua Augusta esq. Rua da Conceição",
        "esquina Florida y Lavalle",
    ],
)
def test_a_street_corner_is_a_loose_address(text: str) -> None:
    assert _loose_address(text)


@pytest.mark.parametrize(
    "text", ["Cast and crew", "patio y muralla", "sala de los niños y el hall", "Sala y hall"]
)
def test_words_joined_by_and_are_no_corner(text: str) -> None:
    assert not _loose_address(text)


def test_a_corner_under_its_address_label_is_the_set_s_address() -> None:
    rows: list[Row] = [
        (40, 40, "HOJA DE LLAMADO", 16),
        (40, 62, "NOCHE PORTEÑA", 14),
        (40, 100, "FECHA", 8),
        (160, 100, "jueves 12 de marzo de 2026", 9),
        (40, 114, "CITACIÓN", 8),
        (160, 114, "07:30", 9),
        (40, 128, "LOCACIÓN", 8),
        (160, 128, "Teatro del Puerto", 9),
        (40, 142, "DIRECCIÓN", 8),
        (160, 142, "Av. Corrientes y Uruguay", 9),
        (40, 156, "HOSPITAL", 8),
        (160, 156, "Hospital Ramos Mejía, Gral. Urquiza 609, C1221ADC CABA", 9),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["location"] == "Av. Corrientes y Uruguay"


# --- an Argentine CPA settles day-first dates ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hospital Italiano, Perón 4190, C1199ABB CABA",
        "Belgrano 465, Y4600 Jujuy\nPlaya Caseros 450, Y4600 Jujuy",
        "B1642 San Isidro / B1642 San Isidro",
    ],
)
def test_an_argentine_postcode_is_day_first(text: str) -> None:
    code = region(text)
    assert code == "AR"
    assert us_date_order(code, text) is False


@pytest.mark.parametrize(
    "text",
    [
        "Stage A1234 Camera test",  # one short code: an item's number
        "Paramount lot, 5555 Melrose Ave, Los Angeles, CA 90038 / B1642 San Isidro",  # a ZIP
        "Gate I1234 Newport, O5678 Main",  # I and O are no province's letters
    ],
)
def test_no_argentine_region_without_a_cpa(text: str) -> None:
    assert region(text) != "AR"


# --- a people table's LLAMADO column under Spanish headings ----------------------------------


def _spanish_sheet(column_times: tuple[str, str, str]) -> dict:
    rows: list[Row] = [
        (40, 40, "HOJA DE LLAMADO", 16),
        (40, 62, "ISLA SERENA", 14),
        (380, 40, "jueves 12 de marzo de 2026", 9),
        (200, 84, "LLAMADO EN EL MUELLE", 7),
        (200, 96, "8:00 AM", 12),
        (40, 130, "Localización: Faro Viejo, Calle del Mar 12, San Juan, PR 00901", 9),
        (40, 144, "Hospital: Centro Médico, Calle Salud 5, San Juan, PR 00921", 9),
        (40, 180, "DEPARTAMENTO", 8),
        (160, 180, "NOMBRE", 8),
        (290, 180, "TEL.", 8),
        (440, 180, "LLAMADO", 8),
    ]
    for n, (dept, who, t) in enumerate(zip(("Producción", "Cámara", "Sonido"),
                                          ("Ana Ruiz", "Luis Vega", "Marta Sol"),
                                          column_times, strict=True)):  # fmt: skip
        y = 194 + 12 * n
        rows += [(40, y, dept, 8), (160, y, who, 8), (290, y, f"(787) 555-01{n:02d}", 8)]
        rows.append((440, y, t, 8))
    return read_day(render(rows, unicode_font=True))


def test_a_department_table_that_keeps_the_call_is_no_rival() -> None:
    day = _spanish_sheet(("7:30 AM", "8:00 AM", "6:30 AM"))
    assert day["call_time"] == "08:00"
    assert not any(w.startswith("call_time: 08:00 or") for w in day["warnings"]), day["warnings"]


def test_a_department_table_that_never_keeps_the_call_stays_a_rival() -> None:
    """Negative: no row keeps the day's call, so the column still doubts it."""
    day = _spanish_sheet(("7:30 AM", "9:00 AM", "6:30 AM"))
    assert "call_time: 08:00 or 07:30?" in day["warnings"], day["warnings"]
    assert day["field_confidence"]["call_time"] <= 0.5


# --- a table's column headings are no place --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["WHAT", "Who?", "QUÉ", "# ACTOR / ARTIST ROLE / ROLLE", "NOMBRE PERSONAJE", "CAST CHARACTER"],
)
def test_column_headings_are_no_place(text: str) -> None:
    assert _column_headings(text)


@pytest.mark.parametrize(
    "text",
    [
        "ARTIST HOUSE",  # one people word: a place's name
        "Cast and Character Studios",  # not in capitals
        "WHAT'S ON CAFE",
        "STAGE 2 CAST ROOM",  # a digit
        "Old Mill House",
    ],
)
def test_a_place_s_name_is_no_column_heading(text: str) -> None:
    assert not _column_headings(text)


def test_a_running_order_s_headings_add_no_place() -> None:
    rows: list[Row] = [
        (40, 40, "FIELD CALL SHEET", 16),
        (40, 62, "HARBOUR LIGHTS", 14),
        (380, 62, "Thursday, March 12, 2026", 10),
        (40, 100, "UNIT CALL 6:45 AM", 10),
        (40, 124, "LOCATION", 8),
        (40, 138, "Old Mill House, 120 Water St, Easton, PA 18042", 9),
        (40, 160, "Hospital: St. Luke's Easton Campus, 250 S 21st St, Easton, PA 18042", 9),
        (40, 190, "TIME", 8),
        (110, 190, "WHERE", 8),
        (210, 190, "WHAT", 8),
        (40, 204, "6:45 AM", 8),
        (110, 204, "Mill", 8),
        (210, 204, "Crew call, walk the mill", 8),
    ]
    day = read_day(render(rows))
    names = [(p.get("name"), p.get("address")) for p in day.get("locations", [])]
    assert all("WHAT" not in (n or "") + (a or "") for n, a in names), names


# --- a road under a place read by name only --------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (["Hatta Dam", "Hatta, off Dubai-Hatta Road (E44)", "Dubai"],
         "Hatta, off Dubai-Hatta Road (E44), Dubai"),
        (["Old Fort", "Glen Etive Rd (A82)", "the north gate"], "Glen Etive Rd (A82)"),
    ],
)  # fmt: skip
def test_the_road_under_a_name_is_its_address(lines: list[str], want: str) -> None:
    assert _street_under_name(lines) == want


@pytest.mark.parametrize(
    "lines",
    [
        ["Hatta Dam", "the dam wall and the kayak pier"],
        ["Hatta Dam"],
        ["Hatta Dam", "Road closed 7:00 - 9:00"],  # a time: a note, no address
    ],
)
def test_no_road_under_the_name(lines: list[str]) -> None:
    assert _street_under_name(lines) is None


def test_a_set_named_over_its_road_reads_the_road_in_doubt() -> None:
    rows: list[Row] = [
        (40, 40, "CALL SHEET", 16),
        (40, 62, "DESERT WIND", 14),
        (380, 62, "Thursday 12 March 2026", 10),
        (40, 100, "UNIT CALL 06:00", 10),
        (40, 124, "SET", 8),
        (40, 138, "Hatta Dam", 9),
        (40, 150, "Hatta, off Dubai-Hatta Road (E44)", 9),
        (40, 162, "Dubai", 9),
        (40, 174, "the dam wall and the kayak pier", 9),
        (40, 200, "Hospital: Hatta Hospital, Hatta, Dubai", 9),
    ]
    day = read_day(render(rows))
    assert "Dubai-Hatta Road" in (day["location"] or ""), day["location"]
    assert day["field_confidence"]["location"] < 0.85
