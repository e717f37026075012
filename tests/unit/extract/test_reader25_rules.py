"""Conventions from the corpus sheets held back for review (reader25): a set's address read
under a scene heading that the day's scene list confirms; an unlabelled address block whose
line shares its baseline with another column's words. Each is drawn on a small page of its
own, in words and places of its own. Rows are (x, baseline y, text, size) in points on a
letter page."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.scene_set import rooms
from tests.fixtures.callsheets import render
from tests.unit.extract.drawn import read_day

# --- a scene heading over the set's address, its room named again by the day's scenes ---------


def _headed(heading: str, block: list[str], scenes: list[str]) -> bytes:
    rows = [
        (40, 40, "TIDEWATER FILMS", 9),
        (40, 70, "SALT MARSH", 18),
        (400, 40, "Thursday 9 July 2026", 9),
        (40, 100, "Unit call", 9),
        (200, 100, "07:15", 9),
        (40, 150, heading, 9),
        *((40, 162 + 12 * n, text, 9) for n, text in enumerate(block)),
        (40, 240, "SCENES", 10),
        *((40, 254 + 12 * n, text, 9) for n, text in enumerate(scenes)),
    ]
    return render(rows, unicode_font=True)


_BLOCK = ["Whitby Lifeboat Museum", "Pier Rd", "Whitby YO21 3PU"]


@pytest.mark.parametrize(
    ("heading", "scenes"),
    [
        (
            "INT. BOAT SHED / EXT. SLIPWAY",
            ["31 - BOAT SHED - Tom mends the net (D)", "33 - PIER (D)"],
        ),
        ("EXT. SLIPWAY", ["12A SLIPWAY - the launch at dawn - 1 2/8"]),
    ],
)
def test_a_scene_heading_the_scene_list_names_again_confirms_the_set(
    heading: str, scenes: list[str]
) -> None:
    # Given a set's block under a scene heading, and a scene row naming one of its rooms
    day = read_day(_headed(heading, _BLOCK, scenes))
    # Then the building's address is the set, sure enough to plan without a person
    assert day["location"] is not None and "Pier Rd" in day["location"]
    assert day["field_confidence"]["location"] >= 0.85


def test_a_polish_scene_heading_confirmed_by_its_scenes() -> None:
    block = ["Dwór Artusa", "ul. Długi Targ 43", "80-830 Gdańsk"]
    scenes = ["4/2 - SIEŃ GŁÓWNA - narada kupców (D) - 1 str.", "4/5 - PIWNICA (N)"]
    day = read_day(_headed("WNĘTRZE: SIEŃ GŁÓWNA", block, scenes))
    assert day["location"] is not None and "Długi Targ 43" in day["location"]
    assert day["field_confidence"]["location"] >= 0.85


@pytest.mark.parametrize(
    ("heading", "scenes"),
    [
        # the scenes name other rooms: nothing confirms the heading is today's set
        ("INT. BOAT SHED", ["31 - NET LOFT - Tom mends the net (D)", "33 - QUAY (D)"]),
        # a room too short to be told from any other word ("CAR")
        ("INT. CAR", ["5 - CAR - they argue (N)"]),
    ],
)
def test_a_scene_heading_no_scene_names_again_goes_to_a_person(
    heading: str, scenes: list[str]
) -> None:
    day = read_day(_headed(heading, _BLOCK, scenes))
    assert day["location"] is not None and "Pier Rd" in day["location"]
    assert day["field_confidence"]["location"] < 0.85


def test_a_scene_heading_over_a_parking_block_stays_doubtful() -> None:
    block = ["Crew parking: harbour car park", "Pier Rd", "Whitby YO21 3PU"]
    day = read_day(_headed("INT. BOAT SHED", block, ["31 - BOAT SHED (D)"]))
    assert day["field_confidence"]["location"] < 0.85


def test_rooms_of_a_heading() -> None:
    assert rooms("INT. BOAT SHED / EXT. SLIPWAY - DAY") == ["BOAT SHED", "SLIPWAY"]
    assert rooms("PLENER: RYNEK / WN. SIEŃ") == ["RYNEK", "SIEŃ"]
    assert rooms("INT./EXT. VAN - NIGHT") == []


# --- an unlabelled address block, another column's words on one of its baselines -------------


def _icon_page(right: list[str], scene: str = "7  INT. BALLROOM - DAY  2 1/8") -> bytes:
    """An app's page whose facts carry no labels: the set's block at the left (a street with
    no house number), the weather and the sun's times down a column at the right."""
    rows = [
        (40, 40, "LANTERN ROW", 18),
        (400, 30, "UNIT CALL", 7),
        (400, 52, "08:30", 18),
        (40, 90, "Monday 14 September 2026", 10),
        (40, 103, "Day 3 of 9", 9),
        (40, 128, "The long gallery", 10),
        (40, 141, "Holburne Museum", 9),
        (40, 154, "Great Pulteney St", 9),
        (40, 167, "Bath BA2 4DB", 9),
        (40, 192, "Charlotte St car park", 9),
        (40, 205, "Bath BA1 2NE", 9),
        *((330, 92 + 24 * n, text, 10) for n, text in enumerate(right)),
        (40, 240, "Scenes", 9),
        (44, 253, scene, 9),
    ]
    return render(rows)


def test_weather_beside_an_address_line_is_not_part_of_the_address() -> None:
    # Given the weather ("Showers, 14°C") on the baseline of the block's second line
    day = read_day(_icon_page(["06:41", "19:26", "Showers, 14°C"]))
    # Then the set's address is the block's own lines, its number-less street included
    assert day["location"] is not None
    assert "Great Pulteney St" in day["location"] and "BA2 4DB" in day["location"]
    assert "Showers" not in day["location"] and "14" not in day["location"]
    # and, read with no label and no scene naming its room, it goes to a person
    assert day["field_confidence"]["location"] < 0.85


@pytest.mark.parametrize("scene", ["7  INT. LONG GALLERY - DAY  2 1/8", "Sc 7 EXT. GALLERY - DAY"])
def test_an_unlabelled_block_naming_a_scenes_room_is_the_set(scene: str) -> None:
    # Given the block's first words naming the room the day's scene heading names
    day = read_day(_icon_page(["06:41", "19:26", "Showers, 14°C"], scene))
    # Then its address is the set's, as sure as a labelled one
    assert day["location"] is not None and "BA2 4DB" in day["location"]
    assert day["field_confidence"]["location"] >= 0.85


def test_a_scenes_room_named_by_the_parking_block_cues_nothing() -> None:
    # Given the room the scene names is named only in the parking block's lead
    day = read_day(_icon_page(["06:41", "19:26"], "7  INT. CHARLOTTE ST CAR PARK - DAY"))
    # Then the first block's address is still only read for a person to confirm
    assert day["field_confidence"]["location"] < 0.85


def test_a_production_office_naming_a_scenes_room_is_not_cued() -> None:
    # Given the first block is the production office's, and a scene is shot in "an office"
    rows = [
        (40, 40, "LANTERN ROW", 18),
        (400, 30, "UNIT CALL", 7),
        (400, 52, "08:30", 18),
        (40, 90, "Monday 14 September 2026", 10),
        (40, 128, "Production office", 10),
        (40, 141, "4 Queen Sq", 9),
        (40, 154, "Bath BA1 2HA", 9),
        (40, 240, "Scenes", 9),
        (44, 253, "7  INT. OFFICE - DAY  2 1/8", 9),
    ]
    day = read_day(render(rows))
    # Then its address, if read as the set, goes to a person
    assert day["location"] is None or day["field_confidence"]["location"] < 0.85
