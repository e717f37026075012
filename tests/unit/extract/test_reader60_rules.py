"""Rules from fresh43's and fresh44's near misses (reader60), drawn on small pages of their own
in other wordings: a camera report, a rental house's delivery note, a car-hire duty slip and a
studio audience's ticket are no call sheets, while call sheets that mention rolls and lenses,
a kit delivery, a unit car or a studio audience stay call sheets. Rows are (x, baseline y,
text, size) in points."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import doc_type, read_day

# --- a camera report, a delivery note, a duty slip, an audience ticket --------------------------

_CAMERA_SHEET: list[Row] = [
    (40, 40, "B CAMERA SHEET", 14),
    (40, 58, "Show: Saltmarsh   Date: 03/11/2026   Mag B007   Body: Venice 2 #4410", 8),
    (40, 72, "Focus puller: R. Osei   Clapper loader: T. Byrne   FPS 25", 8),
    (40, 96, "SC.   TAKE   LENS   F-STOP   FILTER   TC   CIRCLED   REMARKS", 8),
    (40, 110, "31    1      50mm   T2     ND.3     14:02:11:03   -   soft", 9),
    (40, 124, "31    2      50mm   T2     ND.3     14:06:40:17   yes   print", 9),
    (40, 138, "31B   1      85mm   T2.8   -        14:20:05:09   yes", 9),
    (40, 152, "33    1      28mm   T4     ND.6     15:11:52:21   -   NG, boom", 9),
    (40, 176, "Mag B007 offloaded by the DIT 16:10, checksums verified. Mag B008 loaded.", 8),
]

_PACKING_SLIP: list[Row] = [
    (40, 40, "CASTLEGATE CAMERA HIRE", 13),
    (40, 58, "Delivery note / Lieferschein  DN-7731", 11),
    (40, 72, "Unit 4, Hythe Rd, London NW10 6RS  ·  020 7946 0112", 8),
    (40, 96, "Customer: Fernhill Pictures Ltd (job 'Low Tide')", 9),
    (40, 110, "Delivery: Tuesday 17 March 2026, 7:00 am to Shepperton Studios, Stage H", 9),
    (40, 124, "Return: Friday 20 March 2026", 9),
    (40, 148, "QTY   ITEM                          SERIAL      CONDITION", 8),
    (40, 162, "1     Sony Venice 2 body            VN2-0812    OK", 9),
    (40, 176, "3     Cooke S4 lens set (6)         CK-S4-03    OK", 9),
    (40, 190, "2     OConnor 2575 head             OC-25-11    OK", 9),
    (40, 204, "4     V-lock battery 150Wh          VB-150-..   charged", 9),
    (40, 228, "Kit travels at the hirer's risk; replacement cost charged for loss.", 8),
    (40, 252, "Delivered by ____________     Received by ____________", 8),
]

_TRIP_SHEET: list[Row] = [
    (40, 40, "SAHYADRI CAB SERVICE", 13),
    (40, 56, "TRIP SHEET  No. 2291", 11),
    (40, 70, "FC Road, Pune 411004  ·  020 2553 0190", 8),
    (40, 94, "Booked by: Lotus Frame Films", 9),
    (40, 108, "Guest: Ms. Meera Kulkarni (DOP)", 9),
    (40, 122, "Vehicle no: MH-12-RT-7781 (Ertiga)   Driver: Ganesh P.", 9),
    (40, 136, "Date: 02/03/2026   Report at 6:15 AM, Hotel Shreyas, Apte Rd", 9),
    (40, 150, "Opening km 91,240      Closing km ______", 9),
    (40, 164, "Starting time 6:15 AM  Closing time ______", 9),
    (40, 188, "8 hrs / 80 km package; extra km and driver bata as per tariff. Toll and parking", 8),
    (40, 202, "extra.  Guest's signature ____________   Driver's signature ____________", 8),
]

_SHOW_TICKET: list[Row] = [
    (40, 40, "ADMIT TWO", 16),
    (40, 60, "Studio audience - The Friday Quiz, Series 5", 11),
    (40, 84, "Recording: Wednesday 11 March 2026", 9),
    (40, 98, "Doors open 6:45pm, recording from 7:30pm until about 9:30pm", 9),
    (40, 112, "BBC Studioworks, Television Centre, 101 Wood Lane, London W12 7FR", 9),
    (40, 126, "Ticket holder: Mr D. Okafor  ·  seats: 2", 9),
    (40, 150, "Tickets are free and not for resale. Entry is first come, first seated and", 8),
    (40, 164, "tickets do not guarantee entry. Bring photo ID; no photography in the studio.", 8),
]


@pytest.mark.parametrize(
    "rows",
    [_CAMERA_SHEET, _PACKING_SLIP, _TRIP_SHEET, _SHOW_TICKET],
    ids=["camera sheet", "packing slip", "trip sheet", "ticket"],
)
def test_set_paper_that_is_no_call_sheet_is_other(rows: list[Row]) -> None:
    assert doc_type(rows, unicode_font=True) == "other"


def _call_sheet(notes: list[str]) -> list[Row]:
    rows: list[Row] = [
        (40, 40, "SALTMARSH", 16),
        (40, 58, "CALL SHEET   Day 12 of 40", 10),
        (40, 84, "Date: Tuesday 3 November 2026", 9),
        (40, 98, "Unit Call: 6:30 AM", 9),
        (40, 112, "Location: Aldeburgh Beach, Crag Path, Aldeburgh IP15 5BP", 9),
        (40, 126, "Nearest Hospital: Ipswich Hospital, Heath Rd, Ipswich IP4 5PD", 9),
        (40, 154, "31 EXT. BEACH - DAWN D 2 3/8 1, 4", 9),
    ]
    return rows + [(40, 182 + 14 * n, text, 8) for n, text in enumerate(notes)]


def _day_without_a_crew_call(notes: list[str]) -> list[Row]:
    """A dated day with a place and times but no crew call label and no scene rows: read as
    a call sheet on its day's evidence alone."""
    rows: list[Row] = [
        (40, 40, "SALTMARSH", 16),
        (40, 58, "Day 12 of 40  ·  Tuesday 3 November 2026", 10),
        (40, 84, "Aldeburgh Beach, Crag Path, Aldeburgh IP15 5BP", 9),
        (40, 98, "Breakfast 6:00 AM  ·  Shooting 7:30 AM  ·  Lunch 1:00 PM  ·  Wrap 7:00 PM", 9),
    ]
    return rows + [(40, 140 + 14 * n, text, 8) for n, text in enumerate(notes)]


_NOTES = {
    "camera": [
        "CAMERA: A and B on Venice 2; 1st AC loads mags A007-A009; lens: Cooke S4 set,",
        "ND filters; 50 fps for sc. 31 take 3 onwards; DIT offloads at lunch, MHL to lab.",
    ],
    "delivery": [
        "KIT: Castlegate delivery 6:00 AM at unit base (delivery note with the driver);",
        "qty per the list; serial numbers checked by the 2nd AC; received by the loader.",
    ],
    "car": [
        "TRANSPORT: unit car and driver for cast; vehicle no. on the movement order;",
        "drivers log km and closing time on their duty slip; toll and parking receipts to PA.",
    ],
    "audience": [
        "AUDIENCE: studio audience doors 6:45 PM; tickets checked by floor runners;",
        "no photography; recording from 7:30 PM; seats 1-40 for the warm-up.",
    ],
}


@pytest.mark.parametrize("topic", list(_NOTES))
def test_a_call_sheet_that_mentions_them_stays_a_call_sheet(topic: str) -> None:
    assert doc_type(_call_sheet(_NOTES[topic]), unicode_font=True) == "call_sheet"


@pytest.mark.parametrize("topic", list(_NOTES))
def test_a_day_without_a_crew_call_that_mentions_them_stays_a_call_sheet(topic: str) -> None:
    assert doc_type(_day_without_a_crew_call(_NOTES[topic]), unicode_font=True) == "call_sheet"


# --- a production house's job grid: 'FILM / TVC' and the crew's reporting time ---------------


def _job_grid(title_head: str, title: str, call_rows: list[Row]) -> Any:
    rows: list[Row] = [
        (150, 40, "KESTREL FRAMES PVT. LTD.", 15),
        (150, 54, "7 Lavelle Road, Bengaluru 560001  |  +91 80 4112 7700", 7),
        (230, 74, "CALL SHEET - AD FILM", 11),
        (40, 100, "CLIENT", 7),
        (128, 100, "Nilgiri Coffee Works", 9),
        (302, 100, "AGENCY", 7),
        (390, 100, "Fablemark, Chennai", 9),
        (40, 114, title_head, 7),
        (128, 114, title, 9),
        (302, 114, "DURATION", 7),
        (390, 114, "1 x 30 sec", 9),
        (40, 128, "SHOOT DATE", 7),
        (128, 128, "5th Nov '26", 9),
        (302, 128, "SHOOT DAY", 7),
        (390, 128, "1 of 1", 9),
        *call_rows,
        (40, 220, "LOCATION", 7),
        (40, 232, "Bangalore Palace, Vasanth Nagar, Bengaluru 560052", 9),
        (300, 220, "NEAREST HOSPITAL", 7),
        (300, 232, "Manipal Hospital, HAL Airport Rd, Bengaluru 560017", 9),
    ]
    return read_day(render(rows, unicode_font=True))


_CALL_BOX: list[Row] = [
    (44, 156, "UNIT REPORTING TIME", 9),
    (236, 156, "BREAKFAST", 7),
    (324, 156, "0600 hrs", 9),
    (236, 170, "FIRST SHOT", 7),
    (324, 170, "0800 hrs", 9),
    (44, 184, "0645 hrs", 22),
    (236, 184, "PACK-UP", 7),
    (324, 184, "1845 hrs", 9),
]


@pytest.mark.parametrize("head", ["TITLE / SPOT", "PROJECT / AD", "FILM / TVC / DIGITAL"])
def test_a_kind_after_a_title_labels_slash_is_no_title(head: str) -> None:
    day = _job_grid(head, "Filter Kaapi Mornings", _CALL_BOX)
    assert day["production"] == "Filter Kaapi Mornings"


def test_a_title_that_opens_with_a_kind_word_stays_whole() -> None:
    """No slash after the label: 'Video Nights' is the title, whatever its first word."""
    day = _job_grid("FILM", "Video Nights", _CALL_BOX)
    assert day["production"] == "Video Nights"


@pytest.mark.parametrize(
    ("call_rows", "call"),
    [
        (_CALL_BOX, "06:45"),
        ([(40, 156, "Crew reporting: 0715 hrs   Artist reporting: 0800 hrs", 9)], "07:15"),
        ([(40, 156, "Crew call: 6:00 AM   Artist reporting: 7:30 AM", 9)], "06:00"),
    ],
    ids=["box", "beside", "crew call"],
)
def test_the_crews_reporting_time_is_its_call(call_rows: list[Row], call: str) -> None:
    assert _job_grid("FILM", "Filter Kaapi Mornings", call_rows)["call_time"] == call
