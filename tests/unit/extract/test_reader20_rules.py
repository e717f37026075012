"""Conventions from the fourteenth held-out set's misses (reader20): a rural set given by its
road and its village before the post town, with no house number; the week of the year in a
header tile; a place block set in beside right-aligned times; Danish and Norwegian headings and
a Danish postal district; 'LOC #1'; a map legend keyed by pin numbers; an interior / exterior
mark after a place heading. Each is drawn on a small page of its own, in words of its own. Rows
are (x, baseline y, text, size) in points on a letter page."""

from __future__ import annotations

from tests.fixtures.callsheets import column, render
from tests.unit.extract.drawn import label_rows, masthead, read_day

# --- a rural set: its road with no number, then the village and the post town ---------------


def _farm_sheet(place: list[str]) -> bytes:
    rows = [
        *masthead("HAFOD PICTURES LTD", "SHEEPFOLD", "Call sheet 3"),
        *label_rows(("Date", "Monday 8 June 2026"), ("Unit call", "07:15"), value_x=150, top=110),
        (40, 138, "Set", 9),
        *column(*place, x=150, top=138, size=9, step=13),
        (40, 250, "Sc 12 EXT. TOP FIELD - DAY", 9),
        (40, 264, "Sc 13 EXT. SHEEPFOLD - DAY", 9),
    ]
    return render(rows)


def test_a_road_with_no_number_over_a_village_and_post_town_is_the_set_address() -> None:
    # Given a set whose road has no number and a note in brackets, then the village before the
    # post town and postcode, then a grid reference
    day = read_day(
        _farm_sheet(
            [
                "Top field by the sheepfold",
                "Hafod Farm",
                "Bwlch Lane (farm track, 4x4 only past the cattle grid)",
                "Llanwddyn, Oswestry SY10 0LZ",
                "Grid ref SJ 019 191",
            ]
        )
    )
    # Then the address is the road, the village and the post town, without the note
    assert day["location"] == "Bwlch Lane, Llanwddyn, Oswestry SY10 0LZ"


def test_a_street_with_no_street_word_under_the_place_name_stays_the_street() -> None:
    # Given a place's name (no road), then a street written without a street word before its
    # town and postcode, as British streets often are
    day = read_day(
        _farm_sheet(["Palace forecourt", "Holyrood Palace", "Canongate, Edinburgh EH8 8DX"])
    )
    # Then that line is the address, confirmed as before: only a road above it makes it a village
    assert day["location"] == "Canongate, Edinburgh EH8 8DX"
    assert day["field_confidence"]["location"] >= 0.85


# --- the week of the year printed large beside the title --------------------------------------


def test_a_week_number_tile_beside_the_title_is_not_the_title() -> None:
    # Given a German-style header: the title, and the ISO week in a bigger tile at the right
    rows = [
        (40, 40, "Nordlicht Film GmbH", 8),
        (40, 80, "DER LEUCHTTURM", 18),
        (420, 84, "KW 38", 28),
        (420, 104, "Dienstag, 15.09.2026", 9),
        (40, 130, "Crew call 07:00", 9),
        (40, 144, "Location: Am Hafen 4, 18119 Rostock", 9),
        (40, 200, "Sc 7 EXT. MOLE - DAY", 9),
    ]
    day = read_day(render(rows))
    # Then the production is the title, not the week
    assert day["production"] == "DER LEUCHTTURM"


# --- a place block set in under its heading, beside a column of right-aligned times ------------


def test_a_time_ending_left_of_an_inset_place_block_is_not_part_of_the_place() -> None:
    # Given times right-aligned at x 250 on the left and, 40 points right, a place block set in
    # 5 points under its heading, their lines on the same baselines
    rows = [
        (40, 40, "HARBOUR LIGHTS", 16),
        (40, 60, "Call sheet - Wednesday 16 September 2026", 9),
        (40, 100, "TIMINGS", 9),
        (290, 100, "SHOOTING LOCATION", 9),
        (40, 114, "Hair / make-up", 9),
        (222, 114, "06:15", 9),
        (295, 114, "Pier head and the lighthouse steps", 9),
        (40, 128, "Crew call", 9),
        (222, 128, "07:15", 9),
        (295, 128, "12 Quay Street", 9),
        (40, 142, "Lunch", 9),
        (222, 142, "12:45", 9),
        (295, 142, "Whitby YO21 3PU", 9),
        (40, 200, "Sc 4 EXT. PIER - DAY", 9),
    ]
    day = read_day(render(rows))
    # Then the place starts with its own words; the make-up time is not read into it
    assert day["location"] == "12 Quay Street, Whitby YO21 3PU"
    assert "06:15" not in str(day["locations"])


# --- Nordic words and a Danish postal district -------------------------------------------------


def test_danish_location_heading_and_a_postal_district_letter_after_the_town() -> None:
    # Given a Danish sheet: 'LOKATION' over the set's name, its street and '5000 Odense C'
    rows = [
        (40, 40, "HAVNEN", 16),
        (40, 60, "Optagedag 4 - torsdag d. 17. september 2026", 9),
        (40, 90, "Mødetid 07:30", 9),
        (40, 120, "LOKATION", 9),
        *column("Pakhuset", "Havnegade 12", "5000 Odense C", x=40, top=134, size=9, step=13),
        (300, 120, "NÆRMESTE AKUTTMOTTAK", 9),
        *column(
            "Odense Universitetshospital", "J.B. Winsløws Vej 4", x=300, top=134, size=9, step=13
        ),
        (40, 220, "Sc 9 INT. PAKHUS - DAG", 9),
    ]
    day = read_day(render(rows, unicode_font=True))
    # Then the set's address runs to its district letter, and the Norwegian emergency ward's
    # heading ('akuttmottak', two t's) names the hospital
    assert day["location"] == "Havnegade 12, 5000 Odense C"
    assert day["hospital"]["name"] == "Odense Universitetshospital"


# --- 'LOC #1': a numbered set in a US locations table ---------------------------------------


def test_a_numbered_loc_abbreviation_heads_the_set() -> None:
    rows = [
        (40, 40, "GREEN LINE", 16),
        (40, 60, "Tuesday, September 15, 2026 - Day 3 of 18", 9),
        (40, 90, "General crew call 6:30 AM", 9),
        (40, 120, "Loc 1:", 9),
        *column(
            "Laundromat set",
            "1250 W Lawrence Ave",
            "Chicago, IL 60640",
            x=90,
            top=120,
            size=9,
            step=12,
        ),
        (40, 200, "SC 3 INT. LAUNDROMAT - NIGHT", 9),
    ]
    day = read_day(render(rows))
    assert day["location"] == "1250 W Lawrence Ave, Chicago, IL 60640"


# --- a map's legend: a pin's number before a heading -----------------------------------------


def test_a_legend_keyed_by_pin_numbers_gives_the_set() -> None:
    # Given the day's facts pointing at a map, and a legend whose entries open with the pins'
    # numbers, the set's heading a bare 'SET'
    rows = [
        (40, 40, "DRY DOCK", 16),
        (40, 60, "Thursday, September 17, 2026", 9),
        (40, 90, "Crew call", 9),
        (120, 90, "6:00 AM", 9),
        (40, 104, "Location", 9),
        (120, 104, "see the plan, marker 2", 9),
        (330, 200, "1", 8),
        (345, 200, "CREW PARKING", 8),
        (345, 212, "Lot C, 1 Dock Rd, Portland, OR 97227", 8),
        (330, 232, "2", 8),
        (345, 232, "SET", 8),
        (345, 244, "Dry dock no. 4", 8),
        (345, 256, "5555 N Channel Ave, Portland, OR 97217", 8),
        (40, 300, "SC 12 EXT. DRY DOCK - DAY", 9),
    ]
    day = read_day(render(rows))
    assert day["location"] == "5555 N Channel Ave, Portland, OR 97217"


# --- 'MAIN LOCATION - EXT': the set's side after its heading -----------------------------


def test_an_interior_or_exterior_mark_after_a_place_heading_is_part_of_the_heading() -> None:
    rows = [
        (40, 40, "LOW TIDE", 16),
        (40, 60, "Saturday 19 September 2026", 9),
        (40, 90, "Unit call 08:00", 9),
        (40, 120, "SHOOTING LOCATION (PRIMARY) - EXT", 8),
        *column(
            "The slipway",
            "Harbour Rd",
            "Mousehole, Penzance TR19 6QG",
            x=42,
            top=134,
            size=9,
            step=13,
        ),
        (300, 120, "STANDBY SET - INT", 8),
        *column("Sail loft", "3 Duck St", "Mousehole TR19 6QS", x=302, top=134, size=9, step=13),
        (40, 220, "Sc 5 EXT. SLIPWAY - DAY", 9),
    ]
    day = read_day(render(rows))
    assert "Harbour Rd" in day["location"]
    assert "Duck St" not in day["location"]
