"""Rules reader75 added for the fresh75 set (test_reader75_rules.py is an earlier round's),
drawn in wordings and places of their own (not fresh75's sheets): a numbered set's hours beside
its label ('SET 1   0800-1330', 'LOC 1  07:30  Harbour Arm') are when, not where, the place being
the next cell or the cell under it; 'Sunrise / set: 05:46 / 20:03' is the sun's pair; Welsh
labels, and a numbered place label said in two languages ('LLEOLIAD 1 / LOCATION 1') is one
label; Welsh month names; place headings side by side for the parts of a day ('AM - LOCATION'
beside 'PM - STUDIO 2') are ordered by the part of the day; a CALLS box listing one unit's call
beside a prep crew's gives the unit's time, in doubt. Rows are (x, baseline y, text, size) in
points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.attach import Piece
from pipeline.extract.reader.county_lines import locality_over_county
from pipeline.extract.reader.dates import find_dates
from pipeline.extract.reader.set_hours import hours_only
from pipeline.extract.reader.unit_calls import _unit_time
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

SURE = 0.85


def _head(date: str = "Wednesday 12 May 2027", call: str = "0730") -> list[Row]:
    return [
        (30, 30, "Harbour Lights Ltd", 9),
        (200, 30, "THE LONG TIDE", 18),
        (430, 30, "CALL SHEET No. 9", 9),
        (30, 56, date, 11),
        (30, 80, "UNIT CALL", 7),
        (30, 92, call, 14),
        (150, 80, "LUNCH", 7),
        (150, 92, "1300", 14),
    ]


_HOSPITAL = [
    (30, 420, "NEAREST A&E", 7.5),
    (30, 432, "Royal Cornwall Hospital", 8.5),
    (30, 443, "Treliske, Truro TR1 3LJ", 8.5),
]


# --- 1. a numbered set's hours beside its label -------------------------------------------------


@pytest.mark.parametrize("text", ["0800-1330", "07:30", "14:00 - 18:30", "2.30pm - 6pm", "0730"])
def test_a_time_or_a_span_beside_the_label_is_hours(text: str) -> None:
    assert hours_only(Piece(0, 0, 2, text, False, 10.0))


@pytest.mark.parametrize("text", ["2", "Kitchen", "2560", "12 Fore Street", "0800-1330 kitchen"])
def test_a_place_or_a_bare_number_is_no_hours(text: str) -> None:
    assert not hours_only(Piece(0, 0, 2, text, False, 10.0))


def test_a_piece_below_the_label_is_never_its_hours() -> None:
    assert not hours_only(Piece(0, 1, 0, "0800-1330", True, 10.0))


def _bands(first: str, under: bool = True) -> bytes:
    rows = _head()
    rows.append((34, 140, first, 9))
    if under:
        rows += [
            (36, 156, "The Old Sail Loft", 8.5),
            (36, 167, "Quay Street", 8.5),
            (36, 178, "Fowey PL23 1AR", 8.5),
        ]
    rows += [
        (33, 200, "TIME SC SET / DESCRIPTION D/N PGS CAST", 7),
        (33, 212, "0800 12 INT. SAIL LOFT D2 2 1, 2", 7.5),
        (36, 236, "1330 UNIT MOVE - SET 1 to SET 2; 10 mins by road", 8.5),
        (34, 260, "SET 2 1430-1900", 9),
        (36, 276, "Readymoney Cove", 8.5),
        (36, 287, "Readymoney Road", 8.5),
        (36, 298, "Fowey PL23 1JH", 8.5),
        (33, 320, "1430 14 EXT. COVE D2 1 4/8 1", 7.5),
    ]
    return render(rows + _HOSPITAL, page="A4")


def test_the_set_under_a_band_of_hours_is_the_first_set() -> None:
    day = read_day(_bands("SET 1 0800-1330"))
    assert day["location"].startswith("Quay Street")
    assert day["field_confidence"]["location"] >= SURE
    assert [p["address"] for p in day["locations"]][:2] == [
        "Quay Street, Fowey PL23 1AR",
        "Readymoney Road, Fowey PL23 1JH",
    ]


def test_a_set_named_beside_its_label_is_read_as_before() -> None:
    # the place itself beside the label: no hours, the rule stands aside
    day = read_day(_bands("SET 1: Sail Loft, 4 Quay Street, Fowey PL23 1AR", under=False))
    assert "4 Quay Street" in day["location"]
    assert day["field_confidence"]["location"] >= SURE


def _itinerary(place_cell: bool) -> bytes:
    rows = _head()
    rows += [
        (43, 140, "LOC TIME PLACE & ADDRESS FILMING / WHO", 7.5),
        (43, 154, "LOC 1", 8.5),
        (87, 154, "06:45", 8.5),
    ]
    if place_cell:
        rows += [
            (131, 154, "Harbour Arm", 8.5),
            (131, 165, "Quay Road", 8.5),
            (131, 176, "Mevagissey PL26 6QU", 8.5),
        ]
    rows += [
        (300, 154, "pilchard boats landing", 8.5),
        (87, 192, "09:45 Travel LOC 1 to LOC 2 (15 mins)", 7.5),
        (43, 206, "LOC 2", 8.5),
        (87, 206, "10:00", 8.5),
        (131, 206, "Heligan Gardens", 8.5),
        (131, 217, "Pentewan PL26 6EN", 8.5),
    ]
    return render(rows + _HOSPITAL, page="A4")


def test_an_itinerary_rows_place_column_is_the_set() -> None:
    day = read_day(_itinerary(place_cell=True))
    assert day["location"].startswith("Quay Road")
    assert day["field_confidence"]["location"] >= SURE


def test_an_itinerary_row_with_no_place_gives_no_sure_set() -> None:
    # the row's next cell is what is filmed, in another column: no address is read from it
    day = read_day(_itinerary(place_cell=False))
    assert not (day["location"] or "").startswith("pilchard") or (
        day["field_confidence"]["location"] < SURE
    )


# --- 2. 'Sunrise / set' ------------------------------------------------------------------------


def _sun(line: str) -> bytes:
    # label rows typed one under another: the tide's times are under the sun's line
    rows = [
        *_head(),
        (40, 114, "Meet at: the harbour slipway", 9),
        (40, 128, line, 9),
        (40, 142, "Tide: HW 09:52 / LW 16:08", 9),
        (40, 170, "LOCATION: Sail Loft, 4 Quay Street, Fowey PL23 1AR", 9),
    ]
    return render(rows + _HOSPITAL, page="A4")


@pytest.mark.parametrize("line", ["Sunrise / set: 05:21 / 21:02", "SUNRISE/SET 05:21 / 21:02"])
def test_sunrise_slash_set_is_the_suns_pair(line: str) -> None:
    day = read_day(_sun(line))
    assert (day["sunrise"], day["sunset"]) == ("05:21", "21:02")


def test_set_after_another_word_is_no_sunset() -> None:
    day = read_day(_sun("Call / set: 05:21 / 21:02"))
    assert day["sunset"] != "21:02"


# --- 3. Welsh labels; 'LLEOLIAD 1 / LOCATION 1' is one label ----------------------------------


def _welsh(first: str, second: str) -> bytes:
    rows: list[Row] = [
        (30, 30, "Cwmni Teifi Cyf.", 9),
        (200, 30, "Y GLANNAU", 18),
        (430, 30, "TAFLEN ALWAD / CALL SHEET", 9),
        (30, 56, "Dydd Iau 7 Hydref 2027", 11),
        (30, 80, "GALWAD UNED", 7),
        (30, 88, "UNIT CALL", 6.5),
        (30, 100, "07:45", 14),
        (35, 140, first, 7.5),
        (200, 140, second, 7.5),
        (35, 152, "Castell Aberteifi", 8),
        (35, 163, "Castle Street", 8),
        (35, 174, "Aberteifi SA43 1JA", 8),
        (200, 152, "Gwbert", 8),
        (200, 163, "Cardigan SA43 1PP", 8),
        (30, 330, "YSBYTY AGOSAF / NEAREST A&E", 7.5),
        (30, 342, "Ysbyty Glangwili", 8.5),
        (30, 353, "Dolgwili Road, Carmarthen SA31 2AF", 8.5),
    ]
    return render(rows, unicode_font=True, page="A4")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("LLEOLIAD 1 / LOCATION 1", "LLEOLIAD 2 / LOCATION 2"),
        ("LOCATION 1 / LLEOLIAD 1", "LOCATION 2 / LLEOLIAD 2"),
    ],
)
def test_a_numbered_place_label_in_two_languages_heads_the_first_set(
    first: str, second: str
) -> None:
    day = read_day(_welsh(first, second))
    assert day["location"].startswith("Castle Street")
    assert day["field_confidence"]["location"] >= SURE
    assert day["shooting_date"] == "2027-10-07"
    assert day["call_time"] == "07:45"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Dydd Mawrth 5 Hydref 2027", "2027-10-05"),
        ("Dydd Llun 1 Mawrth 2027", "2027-03-01"),
        ("Dydd Gwener 3 Rhagfyr 2027", "2027-12-03"),
        ("14 Medi 2027", "2027-09-14"),
    ],
)
def test_welsh_month_names(text: str, iso: str) -> None:
    assert [d.value for d in find_dates(text)] == [iso]


@pytest.mark.parametrize("text", ["Mawrth 5", "Dydd Mawrth", "Medi"])
def test_a_welsh_weekday_or_month_alone_is_no_date(text: str) -> None:
    assert find_dates(text) == []


# --- 4. place headings for the parts of a day -------------------------------------------------


def _split_day(left: str, right: str, left_lines: list[str], right_lines: list[str]) -> bytes:
    rows = _head()
    rows += [(33, 140, left, 8.5), (330, 140, right, 8.5)]
    rows += [(33, 156 + 11 * i, t, 8.5) for i, t in enumerate(left_lines)]
    rows += [(330, 156 + 11 * i, t, 8.5) for i, t in enumerate(right_lines)]
    return render(rows + _HOSPITAL, page="A4")


_LOC = ["Padstow Harbour", "1 North Quay", "Padstow PL28 8AF"]
_STUDIO = ["Studio 2, Cornwall Film Studios", "12 Bodmin Road", "Truro TR1 1AA"]


@pytest.mark.parametrize(
    ("left", "right", "left_lines", "right_lines"),
    [
        ("AM - LOCATION", "PM - STUDIO 2", _LOC, _STUDIO),
        ("PM - STUDIO 2", "AM - LOCATION", _STUDIO, _LOC),  # printed afternoon first
        ("LOCATION 2 (PM)", "LOCATION 1 (AM)", _STUDIO, _LOC),
    ],
)
def test_the_mornings_panel_is_the_first_set(
    left: str, right: str, left_lines: list[str], right_lines: list[str]
) -> None:
    day = read_day(_split_day(left, right, left_lines, right_lines))
    assert day["location"].startswith("1 North Quay")


def test_a_row_of_other_headings_is_not_ordered_by_day_parts() -> None:
    # a cast table's column heads name parts of the day beside other words: no set headings
    day = read_day(
        _split_day("LOCATION: Padstow Harbour, 1 North Quay, Padstow PL28 8AF", "", [], []) + b""
    )
    assert day["location"].startswith("Padstow Harbour") or day["location"].startswith("1 North")


# --- 5. a CALLS box: the unit's call beside a prep crew's --------------------------------------


@pytest.mark.parametrize(
    ("text", "call"),
    [
        ("Location unit 07:00 · Studio swing crew 08:00 (Studio 2 pre-light)", "07:00"),
        ("Main unit 06:30 | Rigging crew 05:00", "06:30"),
        ("Unit 08:00 / Studio crew 07:00 (pre-light)", "08:00"),
    ],
)
def test_the_one_unit_beside_prep_crews_is_the_call(text: str, call: str) -> None:
    got = _unit_time(text)
    assert got is not None and got[0] == call


@pytest.mark.parametrize(
    "text",
    [
        "Location unit 07:00 · Studio unit 08:00",  # two units: which one?
        "Main unit 07:00 · Cast 06:00",  # the cast is no prep crew: a list for call_lists
        "Location unit 07:00",  # one group: a label's value
        "Swing crew 06:00 · Rigging crew 05:00",  # no unit
    ],
)
def test_no_single_unit_beside_prep_crews_gives_nothing(text: str) -> None:
    assert _unit_time(text) is None


def _calls_box(box: str) -> bytes:
    rows: list[Row] = [
        (30, 30, "HARBOUR ROAD DAILY SCHEDULE", 17),
        (30, 60, "Thursday 13 May 2027", 11),
        (420, 60, "CALLS", 11),
        (420, 76, box, 8.5),
        (30, 120, "Location: Padstow Harbour, 1 North Quay, Padstow PL28 8AF", 9),
    ]
    return render(rows + _HOSPITAL, page="A4")


def test_a_calls_box_gives_the_units_call_in_doubt() -> None:
    day = read_day(_calls_box("Location unit 07:00 · Studio swing crew 08:00 (pre-light)"))
    assert day["call_time"] == "07:00"
    assert day["field_confidence"]["call_time"] < SURE
    assert any("swing crew 08:00" in w for w in day["warnings"])


def test_a_calls_box_with_two_units_gives_no_unit_call() -> None:
    day = read_day(_calls_box("Location unit 07:00 · Studio unit 08:00"))
    assert day["call_time"] != "07:00" or day["field_confidence"]["call_time"] < SURE


# --- 6. a strip's heading said again in its own cell -------------------------------------------


def _strip(cell: str, lunch_cell: str = "1300") -> bytes:
    rows: list[Row] = [
        (30, 30, "Harbour Lights Ltd", 9),
        (200, 30, "THE LONG TIDE", 18),
        (30, 56, "Wednesday 12 May 2027", 11),
        (35, 88, "UNIT CALL", 7),
        (300, 88, "LUNCH", 7),
        (380, 88, "SUNRISE / SUNSET", 7),
        (35, 103, cell, 10),
        (300, 103, lunch_cell, 10),
        (380, 103, "0521 / 2102", 10),
        (30, 140, "LOCATION: Sail Loft, 4 Quay Street, Fowey PL23 1AR", 9),
    ]
    return render(rows + _HOSPITAL, page="A4")


def test_the_heading_said_again_in_its_cell_is_read() -> None:
    day = read_day(_strip("Breakfast 0645 · Unit call 0730 · Shooting call 0800"))
    assert day["call_time"] == "07:30"
    assert day["field_confidence"]["call_time"] >= SURE


def test_another_calls_words_in_the_cell_leave_the_heading_unread() -> None:
    # 'Crew call' is not the heading's words: whether it is the unit call is not read here
    day = read_day(_strip("Breakfast 0645 · Crew call 0730"))
    assert day["call_time"] != "07:30" or day["field_confidence"]["call_time"] < SURE


# --- 7. an Irish place with no street: the locality over its county ---------------------------


def test_the_locality_over_the_county_line_is_the_address() -> None:
    lines = ["Russborough House", "Russborough Demesne", "Blessington, Co. Wicklow", "terrace"]
    assert locality_over_county(lines) == "Russborough Demesne, Blessington, Co. Wicklow"


@pytest.mark.parametrize(
    "lines",
    [
        ["Russborough House", "Blessington, Co. Wicklow"],  # no locality line
        ["Russborough House", "the terrace and the lawn", "Blessington, Co. Wicklow"],  # a note
        ["Russborough House", "Unit 4 Demesne", "Blessington, Co. Wicklow"],  # a number: street
        ["Russborough House", "Russborough Demesne", "Blessington"],  # no county: not Irish
    ],
)
def test_no_locality_over_a_county_line(lines: list[str]) -> None:
    assert locality_over_county(lines) is None


def test_a_locality_over_its_county_is_read_in_doubt() -> None:
    rows = [
        *_head(),
        (40, 130, "LOCATION", 8.5),
        (40, 144, "Russborough House", 8.5),
        (40, 155, "Russborough Demesne", 8.5),
        (40, 166, "Blessington, Co. Wicklow", 8.5),
    ]
    day = read_day(render(rows + _HOSPITAL, page="A4"))
    assert day["location"] == "Russborough Demesne, Blessington, Co. Wicklow"
    assert day["field_confidence"]["location"] < SURE
