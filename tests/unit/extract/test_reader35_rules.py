"""Conventions from the twenty-seventh held-out set's misses (reader35): the British and Irish
one-liner shorthand, "Call 0730 @ <venue>, <address>" for the unit's call and set, and
"SR 07:12 / SS 16:40" (or "SR/SS 07:12/16:40") for the sun. Each is drawn on a small page of
its own, in words and places of its own. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

from pipeline.extract.reader.shorthand import call_at, sun_pair
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day


def _one_liner(call_line: str, sun_line: str, extra: list[str] | None = None) -> bytes:
    lines = [
        "Harbour Lights Films  -  SALT AND IRON  -  Production #HL-77",
        "Thursday 14 May 2026  |  " + call_line,
        "Unit base: Princes Dock car park, Liverpool L3 1DL",
        "Nearest A&E: Royal Liverpool University Hospital, Prescot St, Liverpool L7 8XP",
        sun_line + "  |  Bright, 15°C  |  Lunch 1300  |  Wrap 1830",
        *(extra or []),
        "Dir: Colm Rafferty  |  Prod: Jess Ogundipe 07700 900118",
    ]
    rows: list[Row] = [(36, 50 + 16 * k, text, 9) for k, text in enumerate(lines)]
    return render(rows, unicode_font=True)


def test_call_at_venue_gives_call_and_set() -> None:
    day = read_day(
        _one_liner(
            "Call 0745 @ Royal Albert Dock, 8 Hartley Quay, Liverpool L3 4AF", "SR/SS 05:12/20:51"
        )
    )
    assert day["call_time"] == "07:45"
    assert "8 Hartley Quay" in day["location"]
    assert day["field_confidence"]["location"] >= 0.85
    assert (day["sunrise"], day["sunset"]) == ("05:12", "20:51")


def test_sun_as_sr_then_ss() -> None:
    day = read_day(
        _one_liner("Unit call: 7.15am at 22 Wapping, Liverpool L1 8DQ", "SR 05:12 / SS 20:51")
    )
    assert day["call_time"] == "07:15"
    assert (day["sunrise"], day["sunset"]) == ("05:12", "20:51")


def test_next_days_call_is_not_todays() -> None:
    assert call_at(["NEXT DAY: Fri 15 May | Call 0600 @ Crosby Beach, Liverpool L23 6SX"]) is None
    assert call_at(["Tomorrow  |  Call 0600 @ Crosby Beach"]) is None


def test_a_departments_call_is_not_the_units() -> None:
    assert call_at(["Grip call 0630 @ 3 Dock Rd, Belfast BT3 9DT"]) is None


def test_two_calls_at_two_places_are_left_to_a_person() -> None:
    lines = [
        "Call 0700 @ Leith Shore, Edinburgh EH6 6QW",
        "Call 0800 @ 2 Ocean Dr, Edinburgh EH6 6JJ",
    ]
    assert call_at(lines) is None


def test_call_at_unit_base_is_no_set() -> None:
    day = read_day(_one_liner("Call 0700 @ unit base, Princes Dock car park", "SR 0512 / SS 2051"))
    assert day["call_time"] == "07:00"
    assert day["location"] is None or "Princes Dock" not in day["location"]


def test_venue_name_and_aside() -> None:
    hit = call_at(["Mon 3/3 | Call 6:30am @ Galway Cathedral, Gaol Rd, Galway H91 A780 (nave)"])
    assert hit is not None
    assert (hit.time, hit.name) == ("06:30", "Galway Cathedral")
    assert hit.place == "Galway Cathedral, Gaol Rd, Galway H91 A780"


def test_sun_pair_wordings() -> None:
    assert sun_pair(["SR: 6.02am, SS: 7.48pm"]) == ("06:02", "19:48")
    assert sun_pair(["Weather 12°C | SR/SS 0602/1948"]) == ("06:02", "19:48")
    assert sun_pair(["SRS crew 0602 / 1948"]) is None


# --- a key/value grid's "Call Time" beside a people table's "Call" column ------------------------


def _grid(call_value: str) -> bytes:
    rows: list[Row] = [
        (40, 40, "LOW TIDE - CALL SHEET", 16),
        (40, 60, "Short film · Gull Rock Pictures · Day 2 of 3", 9),
        (40, 90, "Date", 9),
        (130, 90, "Fri 12/06/2026", 9),
        (300, 90, "Set", 9),
        (380, 90, "The boathouse", 9),
        (40, 104, "Call Time", 9),
        (130, 104, call_value, 9),
        (300, 104, "Location", 9),
        (380, 104, "5 Quay St, Falmouth TR11 3HH", 9),
        (40, 118, "Sunrise", 9),
        (130, 118, "04:58", 9),
        (300, 118, "Nearest A&E", 9),
        (380, 118, "Royal Cornwall Hospital", 9),
        (40, 132, "Sunset", 9),
        (130, 132, "21:32", 9),
        (40, 170, "Role", 9),
        (140, 170, "Name", 9),
        (260, 170, "Mobile", 9),
        (380, 170, "Call", 9),
        (40, 184, "Gaffer", 9),
        (140, 184, "Tom Pascoe", 9),
        (260, 184, "07700 900811", 9),
        (380, 184, "06:30", 9),
        (40, 198, "Lead", 9),
        (140, 198, "Ana Reis", 9),
        (260, 198, "07700 900822", 9),
        (380, 198, "09:15", 9),
        (40, 212, "Sound", 9),
        (140, 212, "Ivo Lamb", 9),
        (260, 212, "07700 900833", 9),
        (380, 212, "07:30", 9),
    ]
    return render(rows, unicode_font=True)


def test_people_table_call_column_is_no_rival() -> None:
    day = read_day(_grid("07:30"))
    assert day["call_time"] == "07:30"
    assert day["field_confidence"]["call_time"] >= 0.85
    assert not any("06:30" in w for w in day["warnings"])


def test_time_then_crew_in_a_list_of_calls() -> None:
    day = read_day(_grid("7:30am crew, 9:15am cast"))
    assert day["call_time"] == "07:30"
    assert day["field_confidence"]["call_time"] >= 0.85


def test_time_then_cast_alone_is_not_the_crews() -> None:
    from pipeline.extract.reader.call_finder import _crews_time

    assert _crews_time("09:15 cast / 10:00 extras") is None
    assert _crews_time("0800 crew") is None  # one time: the label's own reading decides


# --- a talent table's one row, and a crew heading under the schedule's last row -------------------


def _header_call_sheet(tail: list[Row]) -> bytes:
    rows: list[Row] = [
        (40, 40, "Northgate Films", 9),
        (40, 66, "COLD OPEN", 18),
        (40, 96, "Date: Monday 8 June 2026", 10),
        (40, 112, "Crew Call: 7:15 AM", 10),
        (40, 128, "Location: Pier 9, 400 Embarcadero, San Francisco, CA 94111", 10),
        (40, 144, "Sunrise: 5:47 AM   Sunset: 8:31 PM", 10),
        (40, 160, "Hospital: Zuckerberg San Francisco General, 1001 Potrero Ave", 10),
        *tail,
    ]
    return render(rows, unicode_font=True)


def test_one_talent_row_under_name_role_call_is_no_clash() -> None:
    tail: list[Row] = [
        (40, 200, "TALENT", 10),
        (40, 216, "NAME", 8),
        (160, 216, "CHARACTER", 8),
        (300, 216, "CALL", 8),
        (380, 216, "NOTES", 8),
        (40, 230, "Dev Malhotra", 9),
        (160, 230, "Courier", 9),
        (300, 230, "8:45 AM", 9),
        (380, 230, "Own shoes", 9),
    ]
    day = read_day(_header_call_sheet(tail))
    assert day["call_time"] == "07:15"
    assert day["field_confidence"]["call_time"] >= 0.85


def test_section_heading_does_not_take_the_time_above_it() -> None:
    tail: list[Row] = [
        (40, 200, "SCHEDULE", 10),
        (40, 216, "8:00 AM  Scene 4, loading bay", 9),
        (40, 230, "2:30 PM  Scene 6, the pier", 9),
        (40, 246, "CREW", 10),
        (40, 268, "Gaffer   Lou Brandt   415 555 0190", 9),
        (40, 282, "Sound   Ines Kato   415 555 0191", 9),
    ]
    day = read_day(_header_call_sheet(tail))
    assert day["call_time"] == "07:15"
    assert day["field_confidence"]["call_time"] >= 0.85


# --- the date a sheet was issued, printed over the shooting date ----------------------------------


def _issued(issue_line: str, date_line: str) -> bytes:
    rows: list[Row] = [
        (40, 40, "Bałtyk Film Service", 9),
        (40, 66, "Projekt: Zimna Woda", 12),
        (330, 66, issue_line, 9),
        (40, 96, date_line, 10),
        (40, 112, "Zbiórka ekipy: 07:30", 10),
        (40, 128, "Lokacja: ul. Długa 44, 80-827 Gdańsk", 10),
        (
            40,
            144,
            "Szpital: Szpital Specjalistyczny im. M. Kopernika, ul. Nowe Ogrody 1, Gdańsk",
            10,
        ),
    ]
    return render(rows, unicode_font=True)


def test_polish_issue_date_is_not_the_shoot_date() -> None:
    day = read_day(_issued("Data wystawienia: 8.05.2026", "Data zdjęć: 11.05.2026"))
    assert day["shooting_date"] == "2026-05-11"
    assert day["field_confidence"]["shooting_date"] >= 0.85


def test_english_issue_date_is_not_the_shoot_date() -> None:
    day = read_day(_issued("Issue date: 8 May 2026", "Shoot date: Monday 11 May 2026"))
    assert day["shooting_date"] == "2026-05-11"
    assert day["field_confidence"]["shooting_date"] >= 0.85


def test_call_at_irish_address_with_postal_district_is_whole() -> None:
    day = read_day(
        _one_liner(
            "Call 0715 @ Marsh's Library, St Patrick's Close, Dublin 8, D08 FK85 (reading room)",
            "SR 08:01 / SS 16:22",
        )
    )
    assert day["call_time"] == "07:15"
    assert "St Patrick's Close" in day["location"]
    assert day["field_confidence"]["location"] >= 0.85


def test_call_at_venue_name_alone_is_not_sure() -> None:
    day = read_day(_one_liner("Call 0715 @ the old boathouse", "SR 08:01 / SS 16:22"))
    assert day["call_time"] == "07:15"
    assert day["field_confidence"]["location"] < 0.85


# --- a greeting heading over the quoted title -----------------------------------------------------


def _greeting(heading: str, under: str) -> bytes:
    rows: list[Row] = [
        (40, 50, heading, 18),
        (40, 74, under, 11),
        (40, 100, "DATE: Sunday 3/7/2027", 10),
        (40, 116, "CALL TIME: 9:00 AM", 10),
        (40, 132, "LOCATION: 2800 E Observatory Rd, Los Angeles, CA 90027", 10),
        (40, 148, "HOSPITAL: Kaiser Permanente Los Angeles Medical Center", 10),
    ]
    return render(rows, unicode_font=True)


def test_quoted_title_under_a_greeting_heading() -> None:
    day = read_day(
        _greeting("Here it is, team: CALL SHEET", "\u201cNight Owls\u201d \u2013 USC thesis film")
    )
    assert day["production"] == "Night Owls"
    assert day["field_confidence"]["production"] < 0.85  # a guess a person checks


def test_no_quote_under_the_heading_keeps_the_heading() -> None:
    from pipeline.extract.reader.title import quoted_under_sheet_name

    top = ["NIGHT OWLS CALL SHEET", "A USC thesis film - day 2 of 4"]
    assert quoted_under_sheet_name("NIGHT OWLS CALL SHEET", top) is None
    top = ['"Night Owls" CALL SHEET', '"Moth" - a short']
    assert quoted_under_sheet_name(top[0], top) is None
