"""Rules the reader learnt from fresh42's misses (reader56), drawn on small pages of their own
in other wordings: Irish labels, dates and "r.n." / "i.n." times; a label's translation in
small type beside it owns the value; a studio day's "studio unit call" and its location unit's
block; a slashed pair of names over a slashed pair of times ("FIRST LIGHT / SUNRISE"); a
generic call at the RV; a crew list's "CREW" heading under a schedule's last row; an Irish
address with its county and no Eircode. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.times import find_times
from pipeline.extract.reader.values import find_dates
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

SURE = 0.85


# -- Irish dates and times -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Dé Máirt 3 Samhain 2026", "2026-11-03"),
        ("Dé hAoine 11 Meán Fómhair 2026", "2026-09-11"),
        ("Déardaoin 8 Deireadh Fómhair 2026", "2026-10-08"),
        ("Dé Sathairn 18 Iúil 2026", "2026-07-18"),
        ("12 Bealtaine 2027", "2027-05-12"),
    ],
)
def test_an_irish_date_reads(text: str, want: str) -> None:
    assert [p.value for p in find_dates(text)] == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("8.15 r.n.", ["08:15"]),
        ("5.20 i.n.", ["17:20"]),
        ("12.30 i.n.", ["12:30"]),
        ("9 r.n.", ["09:00"]),
        ("7.45 r.n. / 4.58 i.n.", ["07:45", "16:58"]),
    ],
)
def test_irish_before_and_after_noon(text: str, want: list[str]) -> None:
    assert [p.value for p in find_times(text)] == want


@pytest.mark.parametrize("text", ["7.30 in the hall", "6.45 rn", "Room 7 i.e. the hall"])
def test_undotted_letters_are_no_meridiem(text: str) -> None:
    assert [p.value for p in find_times(text)] in ([], ["07:30"], ["06:45"])


# -- an Irish sheet, its English in small type beside or under each label -------------------


def _irish(under: bool, call: str, sun: str, date: str) -> dict:
    rows: list[Row] = [
        (40, 40, "Scannáin na Mara Teo.", 9),
        (440, 40, "BILEOG GHLAOITE", 11),
        (220, 80, "An Trá Fhada", 17),
    ]
    pairs = [
        ("Dáta", "date", date),
        ("Glao aonaid", "unit call", call),
        ("Lón", "lunch", "1.00 i.n."),
        ("Éirí / luí na gréine", "sunrise / sunset", sun),
        ("Suíomh", "location", "Derrynane House, Caherdaniel Road, Caherdaniel, Co. Kerry"),
        ("Bonn aonaid", "unit base", "Pier car park, Harbour Road, Caherdaniel, Co. Kerry"),
        (
            "Ospidéal is gaire (A&E)",
            "nearest hospital",
            "Bantry General Hospital, Bantry, Co. Cork P75 X295",
        ),
    ]
    y = 120.0
    for irish, english, value in pairs:
        rows.append((40, y, irish, 9))
        rows.append((40, y + 10, english, 6.5) if under else (160, y, english, 7))
        rows.append((240, y, value, 9))
        y += 24
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize("under", [True, False])
def test_an_irish_sheet_reads_with_its_translations_beside_or_under(under: bool) -> None:
    day = _irish(under, "8.15 r.n.", "7.45 r.n. / 4.58 i.n.", "Dé Máirt 3 Samhain 2026")
    assert day["shooting_date"] == "2026-11-03"
    assert day["call_time"] == "08:15"
    assert (day["sunrise"], day["sunset"]) == ("07:45", "16:58")
    assert "Caherdaniel Road" in day["location"]
    assert day["hospital"]["name"] == "Bantry General Hospital"
    assert day["field_confidence"]["call_time"] >= SURE


def test_a_same_size_second_label_is_no_translation() -> None:
    """'Location   Set' as two headings of one size: the first is no translation's gloss."""
    rows: list[Row] = [
        (40, 40, "Harbour Films", 9),
        (40, 70, "Low Tide", 18),
        (40, 110, "Date: Tuesday 3 November 2026", 9),
        (40, 126, "Crew call: 07:30", 9),
        (40, 150, "Location", 9),
        (160, 150, "Set", 9),
        (40, 164, "Derrynane House, Caherdaniel Road, Caherdaniel, Co. Kerry V93 X2T5", 9),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert "Caherdaniel Road" in (day["location"] or "")


# -- a studio day: the studio unit's call, the location unit's own block ---------------------


def _studio(call_label: str, unit_head: str) -> dict:
    rows: list[Row] = [
        (46, 34, "HARBOUR ROW", 15),
        (440, 38, "STUDIO CALL SHEET", 10),
        (38, 80, "Date", 8.5),
        (188, 80, "Tuesday 3 November 2026", 9),
        (38, 95, call_label, 8.5),
        (188, 95, "0745", 11),
        (38, 110, "Lunch", 8.5),
        (188, 110, "1300", 9),
        (38, 125, "Studio", 8.5),
        (188, 125, "Dock Studios, 14 Quay Street, Whitby YO22 4DE", 9),
        (38, 140, "Nearest A&E", 8.5),
        (188, 140, "Scarborough Hospital, Woodlands Drive, Scarborough YO12 6QL", 9),
        (42, 170, "STAGE 1  -  The Galley (kitchen, bar)", 8.5),
        (42, 200, unit_head, 8.5),
        (42, 214, "Location unit call 0930 at Sandsend car park, East Row, Whitby YO21 3SU", 8.5),
    ]
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize(
    ("call_label", "unit_head"),
    [
        ("Studio unit call", "LOCATION UNIT"),
        ("STUDIO CREW CALL", "Location unit"),
        ("Studio unit call:", "LOCATION UNIT (eps 20-21)"),
    ],
)
def test_the_studio_units_call_and_set_not_the_location_units(
    call_label: str, unit_head: str
) -> None:
    day = _studio(call_label, unit_head)
    assert day["call_time"] == "07:45"
    assert day["field_confidence"]["call_time"] >= SURE
    assert "Quay Street" in day["location"]


def test_a_location_heading_alone_still_heads_the_set() -> None:
    """No studio: 'LOCATION' alone over the set's address is the set."""
    rows: list[Row] = [
        (40, 40, "Harbour Films", 9),
        (40, 70, "Low Tide", 18),
        (40, 110, "Date: Tuesday 3 November 2026", 9),
        (40, 126, "Unit call: 07:30", 9),
        (42, 150, "LOCATION", 9),
        (42, 164, "Sandsend car park, East Row, Whitby YO21 3SU", 9),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert "East Row" in day["location"]


# -- a slashed pair of names over a slashed pair of times -----------------------------------


def _dawn(label: str, value: str, call_label: str = "CREW CALL AT RV", call: str = "0600") -> dict:
    rows: list[Row] = [
        (42, 39, "Fellside Natural History", 9),
        (250, 61, "Hidden Valleys", 16),
        (47, 110, "DATE", 8),
        (180, 110, "Tuesday 3 November 2026", 9),
        (47, 126, call_label, 8),
        (180, 126, call, 11),
        (47, 142, "LOCATION", 8),
        (180, 142, "Brockhole Visitor Centre, Ambleside Road, Windermere LA23 1LJ", 9),
        (47, 158, label, 8),
        (180, 158, value, 9),
        (47, 174, "SUNSET", 8),
        (180, 174, "1622", 9),
        (47, 190, "NEAREST A&E", 8),
        (180, 190, "Westmorland General Hospital, Burton Road, Kendal LA9 7RG", 9),
    ]
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize(
    ("label", "value", "want"),
    [
        ("DAWN / SUNRISE", "0641 / 0712", "07:12"),
        ("Civil twilight / sunrise", "6.40am / 7.12am", "07:12"),
        ("Nautical dawn / sunrise", "05:58 / 07:12", "07:12"),
    ],
)
def test_a_sunrise_named_second_takes_the_second_time(label: str, value: str, want: str) -> None:
    assert _dawn(label, value)["sunrise"] == want


def test_a_crew_call_named_second_takes_the_second_time() -> None:
    day = _dawn("DAWN / SUNRISE", "0641 / 0712", "BREAKFAST / CREW CALL", "05:30 / 06:00")
    assert day["call_time"] == "06:00"


def test_one_time_under_a_slashed_pair_of_names_stays() -> None:
    """'Lever du soleil / sunrise  07:12': two names for one time, no pair of times."""
    assert _dawn("Lever du soleil / sunrise", "07:12")["sunrise"] == "07:12"


# -- a generic call at the RV; a crew list's heading under a schedule's last row -------------


@pytest.mark.parametrize("label", ["CALL (at RV)", "Call (at unit base)", "CALL (@ RV):"])
def test_a_call_at_the_rv_is_the_crews(label: str) -> None:
    rows: list[Row] = [
        (42, 39, "Fellside Natural History", 9),
        (250, 61, "Hidden Valleys", 16),
        (47, 110, "DATE", 8),
        (180, 110, "Tuesday 3 November 2026", 9),
        (47, 126, "LEAVE HOTEL", 8),
        (180, 126, "5.45am, The Old England, Windermere", 9),
        (47, 142, label, 8),
        (180, 142, "6.20am", 11),
        (47, 158, "LOCATION", 8),
        (180, 158, "Brockhole Visitor Centre, Ambleside Road, Windermere LA23 1LJ", 9),
        (45, 190, "TIME", 7.5),
        (105, 190, "SCHEDULE", 7.5),
        (45, 202, "6.20am", 8),
        (105, 202, "RV, kit check", 8),
        (45, 214, "12.30pm", 8),
        (105, 214, "Lunch at the centre", 8),
        (45, 226, "1.30pm", 8),
        (105, 226, "Lake shore, otters", 8),
        (45, 244, "CREW", 7.5),
        (205, 244, "ROLE", 7.5),
        (375, 244, "MOBILE", 7.5),
        (45, 256, "Ann Lowe", 8),
        (205, 256, "Producer", 8),
        (375, 256, "07700 900 118", 8),
        (45, 268, "Raj Patel", 8),
        (205, 268, "Camera", 8),
        (375, 268, "07700 900 229", 8),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["call_time"] == "06:20"
    assert day["field_confidence"]["call_time"] >= SURE


def test_a_header_boxs_big_time_over_its_crew_caption_stays() -> None:
    """'07:00' at 20 pt over 'CREW' at 8 pt: the box's own time."""
    rows: list[Row] = [
        (40, 40, "Harbour Films", 9),
        (40, 70, "Low Tide", 18),
        (400, 40, "CALL SHEET", 12),
        (40, 110, "Date: Tuesday 3 November 2026", 9),
        (300, 120, "07:00", 20),
        (305, 134, "CREW", 8),
        (40, 160, "Location: Sandsend car park, East Row, Whitby YO21 3SU", 9),
        (40, 176, "Nearest A&E: Scarborough Hospital, Woodlands Drive, Scarborough YO12 6QL", 9),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["call_time"] == "07:00"
