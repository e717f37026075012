"""Rules reader102 added for the sun in a box of the day's facts, an urgent care beside the
nearest ER, a health system's site named after a dash, a holding area's cell, a series' title
over its episode's name and papers of other trades shaped like a call sheet, drawn in wordings
and layouts of their own (not fresh77's sheets):

1. a box titled with its topics ('WEATHER / SUNRISE / SUNSET') labels no time beside or under
   it (a forecast's 'after 4P', the next column's wrap); the times inside the box, labelled
   again ('Sunrise 6:12 AM / Sunset 7:48 PM', 'Sunset 1919' under the title's own 'Sunset') or
   shortened to their directions one under the other ('Rise 6:27A' over 'Set 8:48P'), are the
   sun's;
2. an urgent care, a walk-in clinic, is no emergency department: the nearest ER printed beside
   it is the hospital; an urgent care alone is read for a person to check;
3. a health system's name, a spaced dash, then one of its hospitals or sites ('Northgate Health
   - Riverside Hospital, 210 Elm Ave') is one name;
4. 'HOLDING' in capitals heads its own cell in a row of place headings, however narrow the grid:
   its place is neither the set nor the base;
5. a series' title printed small over its episode's name set big ('Brick & Beam · Season 2'
   over "Episode 12: 'The Attic'") names the production;
6. a paper whose call-sheet structure is a crew's time and a date at most (no set, base,
   hospital, sun, scene rows or the paper's own name) and that gives the crew's arrival as a
   window ('Crew arrival: 7:30 - 8:30 AM') is a call sheet only with a production's word; a
   day's programme with none of a call sheet's parts must show more of a shoot than the bare
   word: a shoot listed among its items is another trade's errand. A bare summons stays.

Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

from pipeline.extract.reader.api import read_document
from pipeline.extract.reader.episode_heading import series_over_episode
from pipeline.extract.reader.field_sheet import Sheet
from pipeline.extract.reader.hospital_finder import minor_unit_only
from pipeline.extract.reader.labelling import Label
from pipeline.extract.reader.sun_box import box_titles, stacked_rise_set
from tests.fixtures.callsheets import Row, column, render
from tests.unit.extract.drawn import doc_type, read_day

SURE = 0.85


def _sheet(rows: list[Row]) -> Sheet:
    return Sheet(read_document(render(rows))[1])


# --- 1. the sun in a box of the day's facts ---------------------------------------------------

_HEAD: list[Row] = [
    (40, 40, "Saltmarsh Pictures LLC", 9),
    (40, 66, "THE LOW COUNTRY", 18),
    (400, 40, "Thursday, August 19, 2027", 9),
    (400, 54, "Day 6 of 24", 9),
    (40, 100, "CREW CALL 7:00 AM", 10),
    (40, 118, "LOCATION: Old Sheldon Church, 2 Old Sheldon Church Rd, Yemassee, GA 31401", 9),
]


def _weather_box(inside: list[str], *, beside: str = "7:00 PM Est. wrap") -> bytes:
    rows: list[Row] = [*_HEAD, (40, 150, "WEATHER / SUNRISE / SUNSET", 8), (250, 150, beside, 8)]
    rows += column("Hot, storms after 4P", *inside, x=40, top=162, size=8, step=11)
    rows += [(40, 240, "NEAREST ER: Coastal Carolina Hospital, 1000 Medical Center Dr", 8)]
    return render(rows)


def test_a_box_title_yields_to_the_sun_times_labelled_inside_it() -> None:
    day = read_day(_weather_box(["Sunrise 6:12 AM / Sunset 7:48 PM"]))
    assert (day["sunrise"], day["sunset"]) == ("06:12", "19:48")
    assert day["field_confidence"]["sunset"] >= SURE


def test_directions_stacked_in_the_box_are_the_sun() -> None:
    day = read_day(_weather_box(["Rise 6:27A", "Set 8:48P"]))
    assert (day["sunrise"], day["sunset"]) == ("06:27", "20:48")


def test_a_box_title_alone_is_no_sure_sun_from_its_forecast() -> None:
    day = read_day(_weather_box(["High 91F, humid"]))
    assert day["sunrise"] != "16:00" or day["field_confidence"]["sunrise"] < SURE


def test_a_label_with_its_own_time_under_the_title_word_is_a_label() -> None:
    rows: list[Row] = [
        *_HEAD[:4],
        (40, 100, "CREW CALL", 8),
        (160, 100, "Weather / Sunrise / Sunset", 8),
        (40, 112, "0645", 10),
        (160, 112, "Showers, 9°C", 8),
        (160, 124, "Sunrise 0702 Sunset 1947", 8),
        (40, 150, "LOCATION: Old Sheldon Church, 2 Old Sheldon Church Rd, Yemassee, GA 31401", 9),
    ]
    day = read_day(render(rows))
    assert (day["sunrise"], day["sunset"]) == ("07:02", "19:47")
    assert day["field_confidence"]["sunset"] >= SURE


def test_box_titles_name_the_weather_a_glossed_label_does_not() -> None:
    titled = _sheet([(40, 40, "WEATHER / SUNRISE / SUNSET", 8), (40, 52, "Sunny", 8)])
    assert {h.kind for h in box_titles(titled)} == {"sunrise", "sunset"}
    glossed = _sheet([(40, 40, "Wschód / Sunrise 05:12", 8), (40, 52, "Zachód / Sunset 20:40", 8)])
    assert box_titles(glossed) == set()
    paired = _sheet([(40, 40, "Sunrise / Sunset: 6:03A / 7:57P", 8)])
    assert box_titles(paired) == set()


def test_stacked_directions_must_be_flush_a_morning_and_an_evening() -> None:
    flush = _sheet([(40, 40, "Rise 6:27A", 8), (40, 51, "Set 8:48P", 8)])
    assert stacked_rise_set(flush) is not None
    apart = _sheet([(40, 40, "Rise 6:27A", 8), (120, 51, "Set 8:48P", 8)])
    assert stacked_rise_set(apart) is None
    mornings = _sheet([(40, 40, "Up 6:00A", 8), (40, 51, "Set 9:30A", 8)])
    assert stacked_rise_set(mornings) is None
    numbered = _sheet([(40, 40, "Rise 6:27A", 8), (40, 51, "Set 2 8:48P", 8)])
    assert stacked_rise_set(numbered) is None
    noted = _sheet([(40, 40, "Rise 6:27A", 8), (40, 51, "Set 8:48P strike lights", 8)])
    assert stacked_rise_set(noted) is None


# --- 2. an urgent care is no emergency department --------------------------------------------


def _care_blocks(*blocks: tuple[str, list[str]]) -> bytes:
    rows: list[Row] = [*_HEAD, (40, 140, "SUNRISE 6:40 AM", 8), (200, 140, "SUNSET 7:51 PM", 8)]
    top = 164.0
    for heading, lines in blocks:
        rows += column(heading, *lines, x=40, top=top, size=8, step=11)
        top += 11 * (len(lines) + 2)
    return render(rows)


_URGENT = (
    "NEAREST URGENT CARE (NOT 24 HR)",
    ["Lowcountry Urgent Care", "18 Carteret St", "Beaufort, SC"],
)
_ER = ("NEAREST ER (24 HR)", ["Beaufort Memorial Hospital", "955 Ribaut Rd", "Beaufort, SC"])


def test_the_nearest_er_wins_over_an_urgent_care_above_it() -> None:
    day = read_day(_care_blocks(_URGENT, _ER))
    assert day["hospital"]["name"] == "Beaufort Memorial Hospital"
    assert day["field_confidence"]["hospital"] >= SURE


def test_an_urgent_care_alone_is_read_for_review() -> None:
    day = read_day(_care_blocks(_URGENT))
    assert day["hospital"]["name"] == "Lowcountry Urgent Care"
    assert day["field_confidence"]["hospital"] < SURE


def test_an_urgent_care_under_the_er_is_still_second() -> None:
    day = read_day(_care_blocks(_ER, _URGENT))
    assert day["hospital"]["name"] == "Beaufort Memorial Hospital"
    assert day["field_confidence"]["hospital"] >= SURE


def test_a_label_naming_the_hospital_and_an_urgent_care_stays_sure() -> None:
    day = read_day(_care_blocks(("NEAREST HOSPITAL / URGENT CARE", _ER[1])))
    assert day["hospital"]["name"] == "Beaufort Memorial Hospital"
    assert day["field_confidence"]["hospital"] >= SURE


def _label(context: str) -> Label:
    return Label("hospital", "hospital", 1.0, 0, 0, 0, 1, None, 0, 10, 0, 9, context)


def test_minor_unit_only_needs_no_emergency_word() -> None:
    assert minor_unit_only(_label("URGENT CARE"), "Lowcountry Urgent Care")
    assert minor_unit_only(_label("NEAREST WALK-IN CLINIC"), "Broadway Clinic")
    assert not minor_unit_only(_label("NEAREST ER"), "Beaufort Memorial Hospital")
    assert not minor_unit_only(_label("HOSPITAL / URGENT CARE"), "Beaufort Memorial")
    assert not minor_unit_only(_label("URGENT CARE"), "Beaufort Memorial Hospital Urgent Care")
    assert not minor_unit_only(_label("Hospital"), "Ed's Clinic")


# --- 3. a health system's site after a dash ---------------------------------------------------


def _hospital_line(value: str) -> dict:
    rows: list[Row] = [*_HEAD, (40, 140, "SUNRISE 6:40 AM  SUNSET 7:51 PM", 8)]
    rows += [(40, 160, f"NEAREST EMERGENCY {value}", 8)]
    return read_day(render(rows))


def test_a_systems_hospital_after_a_dash_is_one_name() -> None:
    day = _hospital_line("Northgate Health - Riverside Hospital, 210 Elm Ave, Savannah, GA 31401")
    assert day["hospital"]["name"] == "Northgate Health - Riverside Hospital"
    assert day["hospital"]["address"].startswith("210 Elm Ave")


def test_a_systems_campus_after_a_dash_is_one_name() -> None:
    day = _hospital_line("Lowcountry Health - Port Royal Campus, 12 Ribaut Rd, Savannah, GA 31401")
    assert day["hospital"]["name"] == "Lowcountry Health - Port Royal Campus"


def test_a_street_after_the_dash_is_no_part_of_the_name() -> None:
    day = _hospital_line("Beaufort Memorial Hospital - 955 Ribaut Rd, Savannah, GA 31401")
    assert day["hospital"]["name"] == "Beaufort Memorial Hospital"
    day = _hospital_line("Beaufort Memorial Hospital - Ribaut Rd, Savannah, GA 31401")
    assert day["hospital"]["name"] == "Beaufort Memorial Hospital"


# --- 4. a holding area's cell in a row of place headings --------------------------------------


def _place_row(first: str, second: str) -> bytes:
    rows: list[Row] = [*_HEAD[:4], (40, 100, "CREW CALL 7:00 AM", 10)]
    rows += [(40, 140, "SUNRISE 6:40 AM", 8), (200, 140, "SUNSET 7:51 PM", 8)]
    cells = {
        "SET": ["Old Sheldon Church", "2 Old Sheldon Church Rd", "Yemassee, GA 31401"],
        "HOLDING": ["Sheldon Fire Hall", "66 Trask Pkwy", "Yemassee, GA 31401"],
        "BASECAMP": ["Church Rd pull-off", "Yemassee, GA 31401"],
    }
    for x, heading in ((40, first), (170, second), (290, "NEAREST HOSPITAL")):
        lines = cells.get(heading, ["Coastal Carolina Hospital", "1000 Medical Center Dr"])
        rows += column(heading, *lines, x=x, top=170, size=8, step=11)
    return render(rows)


def test_a_holding_cell_right_of_the_set_is_neither_set_nor_base() -> None:
    day = read_day(_place_row("SET", "HOLDING"))
    assert "Old Sheldon Church Rd" in day["location"]
    assert "Trask" not in day["location"] and "HOLDING" not in day["location"]


def test_a_holding_cell_right_of_the_base_is_no_base() -> None:
    day = read_day(_place_row("BASECAMP", "HOLDING"))
    assert "Trask" not in (day["base_location"] or "")
    assert "HOLDING" not in (day["base_location"] or "")


def test_holding_in_a_sentence_heads_nothing() -> None:
    rows: list[Row] = [
        *_HEAD,
        (40, 140, "SUNRISE 6:40 AM  SUNSET 7:51 PM", 8),
        (40, 160, "NOTES: 40 BG in holding at the fire hall from 6:30 AM.", 8),
    ]
    sheet = _sheet(rows)
    assert not [h for h in sheet.labels if h.phrase == "holding"]
    assert "Old Sheldon Church Rd" in read_day(render(rows))["location"]


# --- 5. a series' title over its episode's name -----------------------------------------------


def _episode_page(top: str, big: str) -> list[Row]:
    return [
        (40, 40, top, 10),
        (420, 40, "SHOOT DAY 2 of 6", 10),
        (40, 66, big, 20),
        (40, 100, "SHOOT DATE Monday 9 August 2027", 9),
        (40, 114, "CREW CALL 8:00 AM", 9),
        (40, 128, "LOCATION the Varga house, 14 Elm St, Guelph, ON N1H 4E2", 9),
    ]


def test_the_series_over_a_big_episode_name_is_the_production() -> None:
    day = read_day(render(_episode_page("Brick & Beam · Season 2", "Episode 12: 'The Attic'")))
    assert day["production"] == "Brick & Beam"


def test_the_series_alone_over_its_episode_reads_as_the_series() -> None:
    day = read_day(render(_episode_page("BRICK & BEAM", "Ep. 12 'The Attic'")))
    assert day["production"] == "BRICK & BEAM"


def test_a_big_series_title_is_kept_whatever_is_printed_over_it() -> None:
    day = read_day(render(_episode_page("Ep. 12 'The Attic'", "BRICK & BEAM")))
    assert day["production"] == "BRICK & BEAM"


def test_series_over_episode_needs_an_episode_heading_and_a_title_over_it() -> None:
    pages = read_document(render(_episode_page("Maple Lane Media Inc.", "Episode 12")))[1]
    assert series_over_episode(pages[0], "Episode 12", set()) is None  # a company's name
    pages = read_document(render(_episode_page("Brick & Beam", "The Attic")))[1]
    assert series_over_episode(pages[0], "The Attic", set()) is None  # no episode named
    pages = read_document(render(_episode_page("Tuesday 10 August 2027", "Ep. 3")))[1]
    assert series_over_episode(pages[0], "Ep. 3", set()) is None  # a date


# --- 6. a trade's day shaped like a call sheet ------------------------------------------------


def _service_day(
    *extra: str, heading: str = "HARBOUR CLEAN CO. - SERVICE CONFIRMATION"
) -> list[Row]:
    lines = [
        "Client: J. Morales (843) 555-0191",
        "Service date: Monday, October 4, 2027",
        "Crew arrival: 7:30 - 8:30 AM (4 cleaners, van)",
        "Rate: $65/hr per cleaner; 4 hr minimum",
        "1 14 Bay St, Savannah, GA 31401 8:00 AM - 11:00 AM deep clean",
        "2 Unit 3, 90 Boundary St, Savannah, GA 31401 1:00 PM - 3:00 PM windows",
        *extra,
    ]
    return [(40, 40, heading, 14), *column(*lines, x=40, top=70, size=9, step=14)]


def test_a_trades_crew_arrival_and_date_is_no_call_sheet() -> None:
    assert doc_type(_service_day()) == "other"


def test_a_visiting_film_crew_in_a_sentence_makes_no_call_sheet() -> None:
    note = "Is a camera crew filming the clean for your listing? Please tell us two days ahead."
    assert doc_type(_service_day(note)) == "other"


def test_a_crew_call_with_a_date_is_a_call_sheet() -> None:
    rows = _service_day(heading="HARBOUR CLEAN - DAY 2")
    rows[3] = (40, 98, "Crew call: 7:30 AM", 9)
    assert doc_type(rows) == "call_sheet"


def test_a_crew_arrival_with_a_set_is_a_call_sheet() -> None:
    # (a crew's time, a set and a date: no day's programme of three timed lines, which needs a
    # shoot's word of its own)
    rows = _service_day()[:5]
    rows += [(40, 140, "LOCATION: Old Sheldon Church, 2 Old Sheldon Church Rd, Yemassee", 9)]
    assert doc_type(rows) == "call_sheet"


def test_a_crew_arrival_with_a_shoot_word_is_a_call_sheet() -> None:
    assert doc_type(_service_day(heading="HARBOUR CLEAN CO. - PROMO SHOOT")) == "call_sheet"


def _open_house(heading: str, shoot_line: str) -> list[Row]:
    lines = [
        "Weekend: Saturday October 9 & Sunday October 10, 2027",
        "Agent on duty: Dana Whitcomb (843) 555-0150",
        shoot_line,
        "ADDRESS SAT SUN",
        "14 Bay St, Savannah, GA 31401 1:00 - 3:00 PM 2:00 - 4:00 PM",
        "90 Boundary St, Savannah, GA 31401 12:00 - 2:00 PM -",
    ]
    return [(40, 40, heading, 14), *column(*lines, x=40, top=70, size=9, step=14)]


def test_a_shoot_listed_among_a_days_items_is_no_call_sheet() -> None:
    rows = _open_house("LOWCOUNTRY HOMES - OPEN HOUSES", "Listing shoot: Friday 9:00 AM, photos")
    assert doc_type(rows) == "other"


def test_a_paper_headed_as_a_shoot_with_no_labels_stays_a_call_sheet() -> None:
    rows = _open_house("LOWCOUNTRY HOMES - PHOTO SHOOT", "Photographer: Friday 9:00 AM")
    assert doc_type(rows) == "call_sheet"


def test_a_one_time_crew_arrival_with_a_date_stays_a_call_sheet() -> None:
    # (one time, no window: a bare call to a place, kept for review)
    rows = _service_day()[:5]
    rows[3] = (40, 98, "Crew arrival: 7:30 AM", 9)
    assert doc_type(rows) == "call_sheet"
