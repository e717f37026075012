"""Conventions from the twenty-second held-out set's misses (reader31): an Australian or New
Zealand sheet's phones read in its own region; a hospital value with no name (an emergency
line's number) never rated sure, and giving way to a named hospital lower on the page; a
screenplay known by the characters its action introduces; a running order's "0900 Set 1: ..."
row ranked after the set the sheet heads. Each is drawn on a small page of its own, in words
and places of its own. Rows are (x, baseline y, text, size) in points on a letter page."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.extract import extract_document
from pipeline.extract.reader.classify import region
from pipeline.extract.reader.values import find_phones, without_phones
from tests.fixtures.callsheets import render
from tests.unit.extract.drawn import headed, label_rows, masthead, read_day

# --- the phone region follows the sheet's own country ----------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Unit call 0630\nUnit Base: Kings Park Rd, West Perth WA 6005", "AU"),
        ("UNIT CALL 7.00am\nNearest A&E: Royal Hobart Hospital, Hobart TAS 7000", "AU"),
        ("Crew call 6:30 AM\nMeet: 12 Smith St, Fitzroy VIC 3065", "AU"),
        ("Unit call 0700\nNearest hospital: +64 3 364 0640", "NZ"),
        ("Unit call 0700\nBase: Pier Head, Liverpool L3 1BY", "GB"),
        ("Unit call 0700\nNearest A&E: Royal Infirmary", "GB"),
    ],
)
def test_the_phone_region_follows_the_sheets_addresses(text: str, code: str) -> None:
    assert region(text) == code


@pytest.mark.parametrize(
    ("text", "code", "phones"),
    [
        ("Focus puller  Ash Patel  0433 101 204 6:00am", "AU", ["+61433101204"]),
        ("2nd AD  Leo Grant  0412 555 019 6.30am", "AU", ["+61412555019"]),
        ("Tash Moretti  ROSE  0615 0700 0815", "AU", []),
        ("Wren Hale  MAID  0545 0630 0745", "GB", []),
        ("Medic: Jo 0400 555 104", "AU", ["+61400555104"]),
    ],
)
def test_a_row_of_times_is_no_phone_and_a_time_after_a_phone_is_not_part_of_it(
    text: str, code: str, phones: list[str]
) -> None:
    assert find_phones(text, code) == phones


def test_the_brackets_a_phone_was_printed_in_go_with_it() -> None:
    text = "11 Robin Warren Dr, Murdoch WA 6150 ((08) 6152 2222)"
    assert without_phones(text, "AU") == "11 Robin Warren Dr, Murdoch WA 6150"


def _au_sheet(*, foot: bool) -> bytes:
    rows = [
        *masthead("SOUTHERN CROSS PICTURES", "HARBOUR LIGHTS", "Episode 3"),
        *label_rows(("Date", "Wed 14 Oct 2026"), ("Unit call", "0630"), value_x=150, top=110),
        *headed(
            "LOCATION",
            "Elizabeth Bay House",
            "7 Onslow Ave",
            "Elizabeth Bay NSW 2011",
            x=40,
            top=160,
        ),
        (40, 230, "Emergency: 000  ·  Set medic: Priya 0412 777 301", 9),
        (40, 260, "Sc 12 INT. BALLROOM - DAY", 9),
        (40, 274, "Sc 13 EXT. GARDEN STEPS - DAY", 9),
    ]
    if foot:
        rows.append(
            (
                40,
                740,
                "Nearest Hospital: St Vincent's Hospital, 390 Victoria St, Darlinghurst NSW "
                "2010, (02) 8382 1111",
                8,
            )
        )
    return render(rows)


def test_a_named_hospital_at_the_foot_wins_over_an_emergency_line_with_only_a_phone() -> None:
    # Given an emergency line with the medic's mobile, and the nearest hospital at the foot
    day = read_day(_au_sheet(foot=True))
    # Then the hospital is the named one, its phone read as an Australian number
    assert day["hospital"]["name"].startswith("St Vincent's Hospital")
    assert day["hospital"]["phone"] == "+61283821111"


def test_a_hospital_value_with_no_name_is_never_rated_sure() -> None:
    # Given only the emergency line: a number, no hospital's name
    day = read_day(_au_sheet(foot=False))
    # Then whatever was read there goes to a person
    assert not (day["hospital"] or {}).get("name")
    assert day["field_confidence"]["hospital"] < 0.85


def test_a_hospital_label_over_a_phone_alone_is_not_sure() -> None:
    # Given a UK sheet whose hospital line prints only a switchboard number
    rows = [
        *masthead("FENLAND FILMS", "THE DROVERS", "Call sheet 9"),
        *label_rows(
            ("Date", "Thursday 5 March 2026"),
            ("Unit call", "0730"),
            ("Location", "Ely Cathedral, Minster Pl, Ely CB7 4EW"),
            ("Hospital", "01223 245151"),
            value_x=150,
            top=110,
        ),
        (40, 200, "Sc 4 INT. NAVE - DAY", 9),
    ]
    day = read_day(render(rows))
    assert not (day["hospital"] or {}).get("name")
    assert day["field_confidence"]["hospital"] < 0.85


# --- a screenplay: the characters its action introduces --------------------------------------


def _script(lines: list[tuple[str, str]], *, title: list[str] | None = None) -> dict[str, Any]:
    rows = [(230, 200 + 16 * k, t, 12) for k, t in enumerate(title or [])]
    y = 320.0 if title else 72.0
    for kind, text in lines:
        x = {"h": 72, "a": 72, "c": 250, "d": 170, "p": 210}[kind]
        rows.append((x, y, text, 11))
        y += 22 if kind in "ha" else 14
    return extract_document(render(rows)).to_json()


_BOATHOUSE = [
    ("h", "INT. BOATHOUSE - NIGHT"),
    ("a", "Lanterns sway. ODILE (60s) mends a net by the stove."),
    ("c", "ODILE"),
    ("d", "You said the call was at nine."),
    ("a", "The door bangs. TEO (17) drips on the floorboards, a map in hand."),
    ("c", "TEO"),
    ("p", "(breathless)"),
    ("d", "The location changed. Hospital jetty, by the old crane."),
    ("h", "EXT. JETTY - CONTINUOUS"),
    ("a", "Rain on the planks. Odile follows him out."),
    ("c", "ODILE"),
    ("d", "Tuesday 3 March, and still no boat."),
]


@pytest.mark.parametrize(
    "lines",
    [
        _BOATHOUSE,
        # a shooting script: numbered scene headings, a cue continued over the action
        [(k, f"41   {t}   41" if k == "h" else t) for k, t in _BOATHOUSE[:8]]
        + [("c", "TEO (CONT'D)"), ("d", "Crew call was six. Nobody came.")],
    ],
)
def test_a_screenplay_with_call_sheet_words_in_its_dialogue_is_other(
    lines: list[tuple[str, str]],
) -> None:
    # Given a script page whose speech and action name a call, a location, a hospital, a date
    result = _script(lines, title=["NETMENDERS", "by Ilse Varga"])
    # Then it is no call sheet
    assert result["document_type"] == "other"


def test_a_call_sheet_with_scene_headings_and_a_cast_list_stays_a_call_sheet() -> None:
    # Given a call sheet: headings in capitals over their values, scene rows, a cast list that
    # prints each character in capitals beside the actor's name, and the base named in a line
    rows = [
        *masthead("NORTHGATE DRAMA", "THE QUARRY", "Day 6 of 20"),
        *label_rows(("Date", "Monday 9 March 2026"), ("Crew call", "0700"), value_x=150, top=110),
        *headed("UNIT BASE", "Quarry Lane car park", "Quarry Ln, Matlock DE4 3PS", x=40, top=160),
        *headed("SCENES", "Sc 8 INT. FOREMAN'S HUT - DAY 1 2/8 1,2", x=40, top=220),
        (40, 250, "Sc 9 EXT. QUARRY FLOOR - DAY 3/8 2", 9),
        *headed("CAST", "Jo Amis  FOREMAN  0630", "Ravi Dutt  TALLY  0715", x=40, top=280),
        (40, 330, "Breakfast at UNIT BASE from 0615. FOREMAN and TALLY to make-up first.", 9),
    ]
    result = extract_document(render(rows)).to_json()
    assert result["document_type"] == "call_sheet"


# --- a running order's set row ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [("0930  Set 1: roof terrace", "1400  Set 2: stairwell"), ("9:30 Location 1 - roof", "")],
)
def test_a_set_named_in_the_running_order_comes_after_the_set_the_sheet_heads(
    first: str, second: str
) -> None:
    # Given a grid's set heading over the set's name and address, and a running order below
    # whose rows name the set's rooms with a number
    rows = [
        *masthead("KESTREL CONTENT LTD", "SPRING LAUNCH", "v3"),
        *label_rows(("Date", "Tuesday 14 April 2026"), ("Unit call", "0800"), value_x=150, top=110),
        *headed("LOCATION", "Harbour Lofts", "22 Dock Rd, Bristol BS1 6AB", x=300, top=110),
        (40, 200, "SCHEDULE", 9),
        (40, 214, "0800  Unit call, load in", 9),
        (40, 228, first, 9),
        *([(40, 242, second, 9)] if second else []),
    ]
    day = read_day(render(rows))
    assert day["location"] == "22 Dock Rd, Bristol BS1 6AB"


# --- a place named right above an address whose street has no type word ----------------------


def _named_place(*place: str) -> bytes:
    rows = [
        *masthead("WEAR VALLEY MEDIA", "BRIDGES", "v1"),
        *label_rows(("Date", "Friday 8 May 2026"), ("Unit call", "07:30"), value_x=150, top=110),
        *headed("LOCATION", *place, x=300, top=110),
        (40, 200, "Nearest A&E: University Hospital of North Durham, North Rd, Durham DH1 5TW", 8),
    ]
    return render(rows)


def test_a_place_named_right_above_a_bare_street_and_postcode_is_sure() -> None:
    # Given the place's name, then a street printed without a type word before the post town
    day = read_day(_named_place("Elvet Riverside", "Elvet, Durham DH1 3JT", "Lecture room 2"))
    # Then the name, the town and the postcode find the place: no review for the bare word
    assert day["location"] == "Elvet, Durham DH1 3JT"
    assert day["field_confidence"]["location"] >= 0.85


def test_a_bare_word_before_the_post_town_under_two_lines_stays_in_review() -> None:
    # Given a set's description, then a farm's name, then a bare word before the post town: the
    # line read as the place's name is not the one right above the address
    day = read_day(_named_place("Milking parlour", "Low Burnhall Farm", "Croxdale, Durham DH1 3SQ"))
    assert day["location"] == "Croxdale, Durham DH1 3SQ"
    assert day["field_confidence"]["location"] < 0.85
