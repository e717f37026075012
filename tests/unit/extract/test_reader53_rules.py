# ruff: noqa: RUF001, RUF003  (en dashes: the separators the rules read)
"""Rules the fortieth held-out set (fresh39) taught the reader (reader53), drawn on small
pages of their own in other wordings, with negatives. Rows are (x, baseline y, text, size) in
points.

A department's pre-call printed in the crew call's box ("*Camera / G&E pre-call 6:30 AM" over
"7:30 AM") is never the general crew call; alone, it is the call only at a confidence that asks
for review."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_document
from pipeline.extract.reader.call_finder import precall
from pipeline.extract.reader.classify import plans_work
from pipeline.extract.reader.day_count import count_alone
from pipeline.extract.reader.shorthand import clause_call
from pipeline.extract.reader.title import clean_title
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import headed, read_day

SURE = 0.85


def _call_box(*lines: str) -> dict:
    rows: list[Row] = [
        (40, 40, "Harbour Lights Pictures", 9),
        (40, 70, "The Salt Road", 18),
        (400, 40, "CALL SHEET", 11),
        *headed("CREW CALL", *lines, x=330, top=110),
        (40, 110, "Date", 9),
        (40, 124, "Thursday, March 12, 2026", 9),
        (40, 170, "Location: Pier 7 Warehouse, 120 Harbor Blvd, Long Beach, CA 90802", 9),
        (40, 186, "Sunrise 7:02 AM   Sunset 6:58 PM", 9),
        (40, 202, "Nearest hospital: St. Mary Medical Center, 1050 Linden Ave", 9),
    ]
    return read_day(render(rows))


@pytest.mark.parametrize(
    ("precall_line", "call"),
    [
        ("*Hair & Make-up pre-call 5:45 AM", "6:45 AM"),
        ("Pre-call (grip & electric) 6:00 AM", "7:00 AM"),
        ("HMU call 5:30 AM", "6:30 AM"),
        ("Camera precall 0600", "0700"),
    ],
)
def test_a_departments_precall_over_the_call_is_not_the_call(precall_line: str, call: str) -> None:
    day = _call_box(precall_line, call)
    want = {"6:45 AM": "06:45", "7:00 AM": "07:00", "6:30 AM": "06:30", "0700": "07:00"}[call]
    assert day["call_time"] == want


def test_a_precall_alone_is_not_sure() -> None:
    day = _call_box("*Camera / G&E pre-call 6:15 AM")
    assert day["call_time"] in (None, "06:15")
    assert day["field_confidence"].get("call_time", 0.0) < SURE


def test_the_crews_own_call_in_the_box_stays_sure() -> None:
    day = _call_box("7:15 AM")
    assert day["call_time"] == "07:15"
    assert day["field_confidence"]["call_time"] >= SURE


@pytest.mark.parametrize(
    "before", ["*Camera / G&E pre-call ", "Pre-call: ", "Early call ", "HMU call ", "Cast call "]
)
def test_precall_words(before: str) -> None:
    assert precall(before)


@pytest.mark.parametrize(
    "before",
    ["", "Crew call ", "General crew call: ", "Call ", "Camera pre-call 6:00 / Crew call "],
)
def test_not_precall_words(before: str) -> None:
    assert not precall(before)


# A band's own music-video page: one paragraph parts its facts with spaced dashes ("MV 'Title'
# – Artist – Wed 21.10.2026 – call 08:00 – venue, address"), its line may wrap after "call", and
# its date may leave the year out beside a weekday. The title is the quoted work, not the artist.


def _paragraph(*lines: str) -> bytes:
    rows: list[Row] = [(40, 60 + 14 * n, text, 10) for n, text in enumerate(lines)]
    return render(rows, unicode_font=True)


def test_a_music_video_paragraph_reads_title_call_date_and_place() -> None:
    day = read_day(
        _paragraph(
            "Music video “Harbour Song” – Low Tide Club – Sat 07.11.2026 – crew call",
            "09:15 – The Lantern Hall, 12 Quay Street, Galway H91 X2Y3",
            "Bring the amps, we play it about ten times. Questions: Niamh 087 555 0142",
        )
    )
    assert day["production"] == "Harbour Song"
    assert day["call_time"] == "09:15"
    assert day["shooting_date"] == "2026-11-07"
    assert "12 Quay Street" in day["location"]


def test_a_yearless_weekday_one_liner_is_a_call_sheet() -> None:
    day = read_day(
        _paragraph(
            "Clip 'Night Bus' – The Vellums – Fri 16.10 – call 11:00 – Corn Exchange,",
            "Hanover Street, Newbury RG14 5BD",
            "Park round the back, load in through the stage door.",
        )
    )
    assert day["production"] == "Night Bus"
    assert day["call_time"] == "11:00"


def test_a_gig_listing_with_a_yearless_date_is_not_a_call_sheet() -> None:
    data = _paragraph(
        "The Vellums – Fri 16.10 – doors 19:00 – Corn Exchange, Hanover Street, Newbury RG14 5BD",
        "Tickets £12 on the door, support from Night Bus at 20:00.",
    )
    assert extract_document(data).to_json()["document_type"] == "other"


def test_a_groups_call_after_a_dash_is_not_the_crews() -> None:
    assert clause_call(["Shoot Wed 21.10.2026 – Cast – call 07:00"]) is None
    assert clause_call(["Shoot Wed 21.10.2026 – call 07:00 – Bell's"]) == "07:00"
    assert clause_call(["Shoot Wed 21.10.2026 – call", "07:00 – Bell's, 1 Main St"]) == "07:00"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("MV 'Paper Moons' – The Greys", "Paper Moons"),
        ('Music video "Neon" by Lumen', "Neon"),
        ('The "Big" Show – The Greys', 'The "Big" Show – The Greys'),
    ],
)
def test_a_quoted_work_before_its_artist_is_the_title(text: str, title: str) -> None:
    assert clean_title(text) == title


# An advance schedule's heading line that names the next day runs on into that day's call
# ("ADVANCE SCHEDULE - Thursday 22 October 2026   Crew call 0600"): not today's call.


def _with_advance(advance: str) -> dict:
    rows: list[Row] = [
        (40, 40, "Southerly Pictures", 9),
        (40, 70, "HARBOUR LINES", 18),
        (40, 100, "Date: Tuesday 10 March 2026", 9),
        (40, 116, "CREW CALL", 9),
        (40, 130, "0715", 9),
        (40, 160, "LOCATION", 9),
        (40, 174, "Old Customs House, 4 Wharf Street, Nelson 7010", 9),
        (40, 200, "Sunrise 0712 / Sunset 1948", 9),
        (40, 300, advance, 9),
    ]
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize(
    "advance",
    [
        "ADVANCE SCHEDULE - Wednesday 11 March 2026 Crew call 0545",
        "Advance schedule: Wed 11 March 2026 · Unit call 0600",
    ],
)
def test_an_advance_headings_call_is_the_next_days(advance: str) -> None:
    day = _with_advance(advance)
    assert day["call_time"] == "07:15"
    assert day["field_confidence"]["call_time"] >= SURE


def test_a_call_on_a_line_dated_today_is_not_an_advance() -> None:
    day = _with_advance("Tuesday 10 March 2026 · notes: crew call as above")
    assert day["call_time"] == "07:15"


# A shooting day's count beside the date ('Dzień zdjęciowy 12/40', 'Shoot day 3 of 18') is never
# the title, however large; numbered sets that name rooms and no address ('Obiekt 1: sala
# wystawowa') under a bare place label that gives the address are rooms of that place.


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Dzień zdjęciowy 12/40", True),
        ("Shoot day 3 of 18", True),
        ("Drehtag 5 von 20", True),
        ("Day Break", False),
        ("The 12/40 Club", False),
    ],
)
def test_a_days_count_is_no_title(text: str, count: bool) -> None:
    assert count_alone(text) is count


def test_the_title_line_under_a_large_day_count() -> None:
    rows: list[Row] = [
        (40, 34, "Wisła Film Sp. z o.o.", 8),
        (40, 52, "DZIENNY PLAN PRACY nr 5", 15),
        (40, 72, "Serial „Zielony Most” · odc. 7", 10),
        (40, 94, "piątek, 13.03.2026", 11),
        (300, 94, "Dzień zdjęciowy 5/30", 11),
        (40, 120, "ZBIÓRKA EKIPY: 7:30", 9),
        (40, 140, "MIEJSCE ZDJĘĆ: Dom Kultury, ul. Długa 5, 00-238 Warszawa", 9),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["production"] == "Zielony Most"


def _sets(*lines: tuple[str, str]) -> dict:
    rows: list[Row] = [
        (40, 40, "Wisła Film Sp. z o.o.", 8),
        (40, 60, "Serial „Zielony Most”", 14),
        (40, 90, "Data: piątek 13.03.2026", 9),
        (40, 106, "ZBIÓRKA EKIPY: 7:30", 9),
    ]
    rows += [(40, 130 + 14 * n, f"{label} {value}", 9) for n, (label, value) in enumerate(lines)]
    return read_day(render(rows, unicode_font=True))


def test_numbered_rooms_under_the_places_address() -> None:
    day = _sets(
        ("MIEJSCE ZDJĘĆ:", "Dom Kultury Praga, ul. Długa 5, 00-238 Warszawa"),
        ("Obiekt 1:", "sala kinowa (wnętrze)"),
        ("Obiekt 2:", "podwórze (plener)"),
    )
    assert "ul. Długa 5" in day["location"]


def test_numbered_sets_with_their_own_addresses_keep_their_order() -> None:
    day = _sets(
        ("MIEJSCE ZDJĘĆ:", "Dom Kultury Praga, ul. Długa 5, 00-238 Warszawa"),
        ("Obiekt 1:", "Kamienica, ul. Wilcza 9, 00-538 Warszawa"),
        ("Obiekt 2:", "Park, ul. Agrykoli 1, 00-460 Warszawa"),
    )
    assert "ul. Wilcza 9" in day["location"]


# A bare "call" near a time is all the work a wedding's run of show or an invoice's row plans
# ('10:00 AM Bridal party call', '(call 0900 at the quarry)'): their own structure still wins.


def test_a_wedding_run_of_show_with_a_party_call_is_other() -> None:
    rows: list[Row] = [
        (40, 40, "Priya & Sam", 16),
        (40, 62, "Wedding Day Timeline · Saturday, May 16, 2026", 10),
        (40, 78, "The Glasshouse, 200 Elm St, Burlington, VT 05401", 9),
        (40, 100, "11:00 AM Groomsmen call - suits on, groom and best man in the lodge", 9),
        (40, 107, "12:00 PM Bride and bridesmaids: hair and make-up done", 9),
        (40, 114, "1:00 PM Photographer arrives; getting-ready shots", 9),
        (40, 128, "3:00 PM Ceremony in the orchard", 9),
        (40, 142, "5:00 PM Reception, toasts and first dance", 9),
        (40, 156, "9:00 PM Send-off", 9),
        (40, 176, "Coordinator: Jess Ford · (802) 555-0140", 9),
    ]
    assert extract_document(render(rows)).to_json()["document_type"] == "other"


def test_a_crew_call_still_plans_work() -> None:
    assert plans_work(["Crew call 07:00", "Location: 1 Main St"], bare_call=False)
    assert not plans_work(["10:00 AM Bridal party call - suite"], bare_call=False)
    assert plans_work(["Bridal party call", "10:00 AM in the suite"])
