"""Conventions from the fifteenth held-out set's misses (reader22): a night shoot dated over
the two dates it spans. Each is drawn on a small page of its own, in words of its own. Rows are
(x, baseline y, text, size) in points on a letter page."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.extract import extract_document
from pipeline.extract.reader.dates import find_dates
from tests.fixtures.callsheets import render
from tests.unit.extract.drawn import label_rows, masthead, read_day

# --- a night dated over two dates: the night's first day -------------------------------------


def _night_sheet(date_line: str, call: str = "19:30") -> bytes:
    rows = [
        *masthead("MOTH LANTERN PICTURES", "THE LAMPLIGHTER", "Call sheet 9"),
        (40, 100, date_line, 11),
        *label_rows(("Crew call", call), ("Location", "Old Corn Exchange"), value_x=160, top=130),
        (160, 157, "12 Wharf Street, Leeds LS2 7EQ", 9),
        (40, 250, "Sc 30 INT. EXCHANGE FLOOR - NIGHT", 9),
        (40, 264, "Sc 31 EXT. WHARF STREET - NIGHT", 9),
    ]
    return render(rows)


@pytest.mark.parametrize(
    ("line", "first"),
    [
        ("Nights: Tuesday 21 / Wednesday 22 April 2026", "2026-04-21"),
        ("Tue 21st into Wed 22nd April 2026", "2026-04-21"),
        ("Tuesday, April 21 - Wednesday, April 22, 2026", "2026-04-21"),
        ("Thu 30 Apr / Fri 1 May 2026 (overnight)", "2026-04-30"),
        ("Thu 31 December 2026 - Fri 1 January 2027", "2026-12-31"),
        ("Tue 4/21 - Wed 4/22/26", "2026-04-21"),
        ("Nacht vom 21. auf 22. April 2026", "2026-04-21"),
    ],
)
def test_a_night_over_two_dates_is_read_as_its_first_day(line: str, first: str) -> None:
    # Given a night's call sheet dated by the two days the night spans, in one of the ways sheets
    # write it (weekdays on both, "into", month names on both, a year's end, numbers, German)
    day = read_day(_night_sheet(line))
    # Then the shooting date is the night's first day, the evening the crew is called
    assert day["shooting_date"] == first
    assert day["call_time"] == "19:30"
    # and the sheet says how it read the two dates
    assert any("night over two dates" in w for w in day["warnings"])


def test_a_night_whose_call_is_in_the_small_hours_is_sent_to_a_person() -> None:
    # Given a night over two dates whose call is in the morning (after midnight, or a day call)
    day = read_day(_night_sheet("Fri 24 / Sat 25 April 2026", call="01:30"))
    # Then the first day is read but not confirmed: the call may be on the second date
    assert day["shooting_date"] == "2026-04-24"
    assert day["field_confidence"]["shooting_date"] < 0.85
    assert any("first day or the second" in w for w in day["warnings"])


def test_two_dates_that_are_not_consecutive_stay_apart() -> None:
    # Given a weekday and day that is not the day before the printed date
    found = find_dates("Mon 20 / Wed 22 April 2026")
    # Then only the full date is read, as before
    assert [p.value for p in found] == ["2026-04-22"]
    # and a weekday that does not fit the day before keeps the pair apart too
    assert [p.value for p in find_dates("Mon 21 / Wed 22 April 2026")] == ["2026-04-22"]


def test_a_bare_number_before_a_date_is_not_a_night_without_a_joining_word() -> None:
    # Given a take or scene number and a dash before a date (no weekday, no month)
    found = find_dates("Take 21 - Wed 22 April 2026")
    # Then the date stands alone
    assert [p.value for p in found] == ["2026-04-22"]


def test_a_month_first_pair_of_days_reads_the_first() -> None:
    # Given a US header "Apr 21-22, 2026" (one month, two days, the year)
    found = find_dates("Nights Apr 21-22, 2026")
    # Then the first day is read
    assert [p.value for p in found] == ["2026-04-21"]
    # and a pair that is no night (a week's span) is not
    assert [p.value for p in find_dates("Apr 21-27, 2026")] == []
    # a night over a month's end runs from its last day only
    assert [p.value for p in find_dates("Apr 30-1, 2026")] == ["2026-04-30"]
    assert [p.value for p in find_dates("Apr 28-1, 2026")] == []


# --- a department call table: the crew's call is the row named for the whole crew ------------


def _dept_sheet(table: list[tuple[str, str]], *, head: str = "ARRIVALS BY DEPARTMENT",
                extra: list[tuple[float, float, str, float]] = ()) -> bytes:  # fmt: skip
    rows = [
        *masthead("HARBOUR GULL FILMS INC", "SALT ROAD", "Mon, June 8, 2026", corner_x=420),
        (250, 70, "FIRST SHOT 9:00 AM", 9),
        (40, 110, "SET", 9),
        (40, 123, "Pier 9 Warehouse", 9),
        (40, 136, "410 Harbor Blvd", 9),
        (40, 149, "San Pedro, CA 90731", 9),
        (330, 110, head, 9),
    ]
    for n, (name, when) in enumerate(table):
        rows += [(330, 124 + 13 * n, name, 8.5), (500, 124 + 13 * n, when, 8.5)]
    rows += [(40, 300, "1 EXT. PIER 9 - DAWN 1 2/8", 9), *extra]
    return render(rows)


_ARRIVALS = [
    ("Costume", "6:15 AM"),
    ("Art Department", "6:30 AM"),
    ("Lighting / Rigging", "7:00 AM"),
    ("MAIN UNIT", "7:45 AM"),
    ("Stand-ins", "8:00 AM"),
]


def test_the_row_named_for_the_whole_crew_is_the_crew_call() -> None:
    # Given no crew-call label, but a table of departments' calls in order of arrival with a
    # row for the whole unit after the departments that come in early
    day = read_day(_dept_sheet(_ARRIVALS))
    # Then the crew's call is that row's, confirmed: not the first department's
    assert day["call_time"] == "07:45"
    assert day["field_confidence"]["call_time"] >= 0.85


def test_everyone_not_listed_names_the_crew_row_too() -> None:
    # Given the crew's row written as everyone not listed above
    table = [*_ARRIVALS[:3], ("CREW (all other departments)", "7:40 AM"), _ARRIVALS[4]]
    day = read_day(_dept_sheet(table))
    assert day["call_time"] == "07:40"


def test_a_crew_row_that_disagrees_with_a_crew_call_label_is_sent_to_a_person() -> None:
    # Given a crew-call label with one time and the table's crew row with another
    day = read_day(_dept_sheet(_ARRIVALS, extra=[(250, 84, "Unit call 7:15 AM", 9)]))
    # Then the label's time is kept but not confirmed, and the doubt is named
    assert day["field_confidence"]["call_time"] < 0.85
    assert any("07:15" in w and "07:45" in w for w in day["warnings"])


def test_a_crew_call_heading_over_people_s_own_calls_is_not_the_crew_call() -> None:
    # Given "CREW CALL" heading a list of people with their own calls, and the crew's call
    # given nowhere else
    people = [
        (40, 400, "CREW CALL", 9),
        (44, 413, "2nd AD", 8),
        (150, 413, "Mia Lowe", 8),
        (330, 413, "6:40 AM", 8),
        (44, 426, "Focus Puller", 8),
        (150, 426, "Raj Dev", 8),
        (330, 426, "7:00 AM", 8),
        (44, 439, "Boom Op", 8),
        (150, 439, "Kit Hale", 8),
        (330, 439, "7:10 AM", 8),
    ]
    day = read_day(_dept_sheet(_ARRIVALS[:3] + _ARRIVALS[4:], head="DEPT CALLS", extra=people))
    # Then the first person's call is not confirmed as the crew's
    assert day["call_time"] != "06:40" or day["field_confidence"]["call_time"] < 0.85
    # and with the whole unit's row in the table, that row is the call
    day = read_day(_dept_sheet(_ARRIVALS, head="DEPT CALLS", extra=people))
    assert day["call_time"] == "07:45"
    assert day["field_confidence"]["call_time"] >= 0.85


def test_a_crew_line_in_running_text_is_no_table_row() -> None:
    # Given "All crew" with a time in the notes, on its own, with no table around it
    from pipeline.extract.reader.bounds import bounded_pages
    from pipeline.extract.reader.dept_calls import crew_row_call
    from pipeline.extract.reader.model import Limits
    from pipeline.extract.reader.pdfread import read_pdf

    data = render([(40, 40, "SALT ROAD", 18), (40, 80, "Notes", 9), (40, 94, "All crew", 9),
                   (300, 94, "7:45 AM", 9), (40, 108, "Wear layers on the pier.", 9)])  # fmt: skip
    pages, _ = bounded_pages(read_pdf(data, Limits()).pages)
    # Then it is no department table's row
    assert crew_row_call(pages) is None


# --- a numbered set's heading: "LOC 2 - SET" heads the place under it ------------------------


def test_a_numbered_set_heading_heads_the_short_place_lines_under_it() -> None:
    # Given "LOC 2 - SET" over a short place name, its street and town, with another column's
    # heading on the same line
    rows = [
        *masthead("HARBOUR GULL FILMS INC", "SALT ROAD", "Mon, June 8, 2026", corner_x=420),
        *label_rows(("Crew call", "7:45 AM"), value_x=150, top=100),
        (40, 130, "LOC 2 - SET", 8),
        (330, 130, "WEATHER", 8),
        (44, 143, "INT. CANNERY FLOOR / EXT. DOCK", 8.5),
        (44, 156, "Pier 9 Sheds", 8.5),
        (330, 156, "Fog, 61F", 8.5),
        (44, 169, "410 Harbor Blvd", 8.5),
        (44, 182, "San Pedro, CA 90731", 8.5),
    ]
    day = read_day(render(rows))
    # Then the set's address is read under the heading
    assert day["location"] == "410 Harbor Blvd, San Pedro, CA 90731"


# --- an audition schedule is no call sheet; a call sheet naming its casting stays one --------


def _lines_pdf(*texts: str) -> dict[str, Any]:
    rows = [(50, 70 + 16 * i, t, 10) for i, t in enumerate(texts)]
    return extract_document(render(rows, unicode_font=True, page="A4")).to_json()


def test_a_polish_audition_schedule_is_other() -> None:
    # Given a Polish audition day: the date, the room's address, a slot per actor, callbacks
    result = _lines_pdf(
        "SESJA CASTINGOWA - serial „Latarnik”",
        "Termin: czwartek, 21 maja 2026",
        "Adres: Studio Ochota, ul. Grójecka 110, 02-367 Warszawa",
        "9:30 Ewa Nowak - rola: Marta",
        "9:50 Ola Kubiak - rola: Marta",
        "10:10 Piotr Zając - rola: Latarnik",
        "10:30 Jan Bąk - rola: Latarnik",
        "Przesłuchania trwają ok. 15 minut. Callbacki w przyszłym tygodniu.",
    )
    assert result["document_type"] == "other"
    assert (
        result["reason"] == "not a call sheet: looks like a fitting, rehearsal or casting schedule"
    )


def test_an_english_self_tape_and_audition_list_is_other() -> None:
    # Given an audition list with self-tapes for those who cannot come
    result = _lines_pdf(
        "LIGHTHOUSE KEEPER - AUDITIONS",
        "Friday 22 May 2026, Room 4, 31 Dean St, London W1D 3SB",
        "11:00 Amy Cole - MARTA",
        "11:20 Leo Hart - MARTA",
        "11:40 Ben Fry - KEEPER",
        "12:00 Sid Moss - KEEPER",
        "Self-tapes by Monday for anyone who cannot attend.",
    )
    assert result["document_type"] == "other"


def test_a_call_sheet_that_names_its_casting_director_and_callbacks_stays_a_call_sheet() -> None:
    # Given a call sheet crediting its casting director and noting an audition after wrap
    result = _lines_pdf(
        "LATARNIK - CALL SHEET",
        "Date: Thursday 21 May 2026",
        "Crew call: 07:00",
        "Location: ul. Grójecka 110, 02-367 Warszawa",
        "Nearest hospital: Szpital Grochowski, ul. Grenadierów 51/59, 04-073 Warszawa",
        "Casting: Ewa Lis (callbacks for ep. 4 at 17:00, Room 2)",
        "Auditions for the ferry scene after wrap: see the 2nd AD.",
    )
    assert result["document_type"] == "call_sheet"
    assert result["days"][0]["call_time"] == "07:00"


# --- a stage on a studio lot: the lot's address is the set's ---------------------------------


def _stage_sheet(stage: str, lot_line: str) -> bytes:
    rows = [
        (40, 40, "RIVERSIDE ENGINE PICTURES", 9),
        (420, 40, "Thursday 14 May 2026", 9),
        (200, 80, "DEEP SIGNAL", 18),
        (46, 130, stage, 14),
        (46, 146, lot_line, 9),
        (46, 160, "Come in by the East Gate; walk-on passes at the security hut", 8.5),
        (420, 130, "CREW CALL 07:45", 12),
        (40, 200, "ELSEWHERE ON THE LOT", 9),
        (40, 214, "Set: bridge of the submarine (on the rocker)", 8.5),
        (40, 228, "Stage 9: pre-rig for next week", 8.5),
        (40, 300, "Sc 12 INT. SUB BRIDGE - NIGHT 1 4/8", 9),
    ]
    return render(rows)


@pytest.mark.parametrize(
    ("stage", "lot_line", "address"),
    [
        (
            "SOUND STAGE 3",
            "Shepperton Studios, Studios Rd, Shepperton TW17 0QD",
            "Studios Rd, Shepperton TW17 0QD",
        ),
        (
            "Stage B (water tank)",
            "Docklands Studios, 476 Docklands Dr, Docklands VIC 3008",
            "476 Docklands Dr, Docklands VIC 3008",
        ),
    ],
)
def test_the_lot_under_the_days_stage_heading_is_the_set(
    stage: str, lot_line: str, address: str
) -> None:
    # Given the day's stage as the heading, the lot's name and address under it and the gate,
    # and a block of the lot's other stages whose "Set:" names a room with no address
    day = read_day(_stage_sheet(stage, lot_line))
    # Then the set's address is the lot's, confirmed
    assert day["location"] == address
    assert day["field_confidence"]["location"] >= 0.85


def test_a_stage_heading_with_no_address_under_it_gives_no_set() -> None:
    # Given a stage heading over a note, not an address
    day = read_day(_stage_sheet("Stage 4", "Pre-light from 06:00, rolling at 09:00"))
    # Then no lot address is made up: the room named under "Set:" is all there is, unconfirmed
    assert day["field_confidence"]["location"] < 0.85


def test_a_labelled_set_address_beats_a_stage_heading() -> None:
    # Given a labelled set with its own address, and a studio's stage heading elsewhere
    rows = [
        (40, 40, "RIVERSIDE ENGINE PICTURES", 9),
        (420, 40, "Thursday 14 May 2026", 9),
        (200, 80, "DEEP SIGNAL", 18),
        (40, 110, "Crew call", 9),
        (150, 110, "07:45", 9),
        (40, 124, "Set location", 9),
        (150, 124, "Old Pumping Station, 12 Mill Rd, Cambridge CB1 2AD", 9),
        (40, 170, "Stage 2", 9),
        (40, 183, "Hertford Studios, 4 Lea Rd, Hertford SG14 1AA", 9),
    ]
    day = read_day(render(rows))
    # Then the labelled set stays the set
    assert "12 Mill Rd, Cambridge CB1 2AD" in day["location"]
