"""Rules from fresh41's and fresh42's misses (reader57), drawn on small pages of their own in
other wordings: a form's cells numbered with no dot ('01 CLIENT  02 AGENCY  03 TITLE') head the
values under them; a running order's row ('6:30a  Crew call') beside the sheet's grid agrees
with the call read there; a label column's word opens a row whose far column holds another
label; and a pay voucher, a safety notice and an agency's booking confirmation are no call
sheets, while call sheets that mention vouchers, effects or an agency stay call sheets. Rows
are (x, baseline y, text, size) in points."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.extract import extract_document
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

SURE = 0.85


def _kind(rows: list[Row]) -> str:
    return extract_document(render(rows, unicode_font=True)).to_json()["document_type"]


# --- a form's cells numbered with no dot, each value in the cell under its head ---------------


def _numbered_form(heads: list[str], values: list[str]) -> Any:
    rows: list[Row] = [
        (40, 40, "Harbourlight Films Ltd.", 11),
        (440, 40, "CALL SHEET", 13),
        (40, 54, "12 Quay Rd, Halifax NS B3J 1A1", 8),
    ]
    for n, (head, value) in enumerate(zip(heads, values, strict=True)):
        rows += [(40 + 130 * n, 80, head, 7), (40 + 130 * n, 92, value, 9)]
    rows += [
        (40, 120, "05 SHOOT DATE", 7),
        (170, 120, "06 CREW CALL", 7),
        (300, 120, "07 EST. WRAP", 7),
        (40, 132, "Thu Nov 12/26", 9),
        (170, 132, "7:30 AM", 9),
        (300, 132, "6:00 PM", 9),
        (40, 160, "08 LOCATION", 7),
        (40, 172, "Maritime Museum of the Atlantic", 9),
        (40, 184, "1675 Lower Water St, Halifax, NS B3J 1S3", 9),
        (40, 212, "09 NEAREST HOSPITAL", 7),
        (40, 224, "QEII Health Sciences Centre", 9),
        (40, 236, "1796 Summer St, Halifax, NS B3H 3A7", 9),
        (40, 300, "Harbourlight Films Ltd. · HF-2611", 8),
    ]
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize(
    ("heads", "values", "title"),
    [
        (
            ["01 PRODUCTION CO.", "02 CLIENT", "03 PROJECT", "04 JOB #"],
            ["Harbourlight Films Ltd.", "Nova Scotia Ferries", "Crossing Over", "HF-2611"],
            "Crossing Over",
        ),
        (
            ["01 CLIENT", "02 AGENCY", "03 TITLE", "04 JOB NO."],
            ["Bluenose Dairy", "Tidewater Creative", "Morning Fog", "HF-2611"],
            "Morning Fog",
        ),
    ],
)
def test_a_cell_numbered_without_a_dot_heads_the_title_under_it(
    heads: list[str], values: list[str], title: str
) -> None:
    day = _numbered_form(heads, values)
    assert day["production"] == title
    assert day["field_confidence"]["production"] >= SURE


def test_digits_on_a_line_of_no_numbered_form_stay_values() -> None:
    """'CLIENT   PROJECT   STAGE 4': no label on the line opens with a form's item number, so
    the digit is a value printed on the line, which is then no strip of cell heads: the line
    under it is not read as the title's cell."""
    rows: list[Row] = [
        (40, 40, "Harbourlight Films Ltd.", 11),
        (440, 40, "CALL SHEET", 13),
        (40, 80, "CLIENT", 7),
        (170, 80, "PROJECT", 7),
        (300, 80, "STAGE 4", 7),
        (40, 92, "Bluenose Dairy", 9),
        (170, 92, "Morning Fog", 9),
        (300, 92, "Hold", 9),
        (40, 120, "Date: Thursday 12 November 2026", 9),
        (40, 134, "Crew Call: 7:30 AM", 9),
        (40, 148, "Location: Maritime Museum of the Atlantic, 1675 Lower Water St, Halifax", 9),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["production"] != "Morning Fog"


# --- a running order's row beside the grid agrees with the call --------------------------------


def _grid_with_timeline(cell_call: str, row_call: str) -> Any:
    rows: list[Row] = [
        (40, 40, "LANTERN ROW", 16),
        (40, 56, "Pinecone Pictures", 9),
        (40, 84, "DATE", 7),
        (110, 84, "Thu 11/12/26", 9),
        (420, 84, "TODAY", 7),
        (40, 98, "DAY", 7),
        (110, 98, "Day 3 of 19", 9),
        (420, 98, row_call, 9),
        (460, 98, "Crew call", 9),
        (40, 112, "CREW CALL", 7),
        (110, 112, cell_call, 9),
        (420, 112, "8:00a", 9),
        (460, 112, "Shooting call", 9),
        (40, 126, "LOCATION", 7),
        (110, 126, "Old Mill Inn", 9),
        (420, 126, "12:30p", 9),
        (460, 126, "Lunch", 9),
        (40, 140, "ADDRESS", 7),
        (110, 140, "300 Main St, Lenoir, NC 28645", 9),
        (420, 140, "6:00p", 9),
        (460, 140, "Est. wrap", 9),
        (40, 154, "NEAREST ER", 7),
        (110, 154, "Caldwell UNC Health Care", 9),
        (40, 168, "SUNRISE", 7),
        (110, 168, "7:01a", 9),
    ]
    return read_day(render(rows, unicode_font=True))


def test_a_timeline_row_of_the_call_agrees_with_the_call_cell() -> None:
    day = _grid_with_timeline("7:15a", "7:15a")
    assert day["call_time"] == "07:15"
    assert day["field_confidence"]["call_time"] >= SURE
    assert not any(w.startswith("call_time") for w in day["warnings"])


def test_a_timeline_row_of_another_time_still_doubts_the_call() -> None:
    day = _grid_with_timeline("7:15a", "6:45a")
    assert day["field_confidence"]["call_time"] < SURE


def test_a_label_opens_its_row_whatever_the_far_column_holds() -> None:
    """'ADDRESS  300 Main St ...   6:00p  Est. wrap': the timeline's label in the far column
    leaves the row's own label a label."""
    day = _grid_with_timeline("7:15a", "7:15a")
    assert day["location"].startswith("300 Main St")


# --- a pay voucher, a safety notice, an agency's booking confirmation -------------------------

_EXTRAS_VOUCHER: list[Row] = [
    (40, 40, "EXTRAS VOUCHER  #118273", 14),
    (40, 58, "Payroll company: Reelpay Inc. (employer of record)", 8),
    (40, 84, "Show: Harbour Lights      Work date: 03/09/2026", 9),
    (40, 98, "Report to: holding, 1200 Pine St, Seattle, WA 98101", 9),
    (40, 112, "Rate: $182 / 8 hrs   Category: Diner patron", 9),
    (40, 140, "IN     CALL     1ST MEAL OUT    1ST MEAL IN    TIME DISMISSED", 8),
    (40, 154, "       7:30 AM  1:00 PM         1:30 PM        6:15 PM", 9),
    (40, 182, "Adjustments: wet work $25, car allowance $15, mileage 22 mi", 9),
    (40, 210, "I hereby certify the above times are correct.", 8),
    (40, 236, "Extra's signature                 2nd AD approval", 8),
    (40, 260, "White copy: payroll   Yellow copy: keep for your records", 7),
]

_FIREARMS_BULLETIN: list[Row] = [
    (40, 40, "SAFETY BULLETIN: FIREARMS AND PYROTECHNICS", 13),
    (40, 60, "To: All personnel", 9),
    (40, 74, "From: Production office and the armourer (licence FAC 4471)", 9),
    (40, 88, "Re: Tuesday 17 March 2026, Stage 3 and the back lot", 9),
    (40, 102, "Location: Pinewood Studios, Pinewood Rd, Iver Heath SL0 0NH", 9),
    (40, 116, "Blank-firing weapons will be used in scenes 44 and 45. Hearing protection is", 9),
    (40, 130, "mandatory inside the exclusion zone. A walk-through with the armourer is at", 9),
    (40, 144, "09:30 on Stage 3. Fire marshal and medic on standby from 10:00 until 16:00.", 9),
    (40, 158, "Your call time will be on Monday's call sheet.", 9),
    (40, 186, "EFFECT            WHERE            WINDOW", 8),
    (40, 200, "Blank fire        Stage 3          10:30 - 12:00", 9),
    (40, 214, "Bullet hits       Back lot         14:00 - 15:30", 9),
    (40, 242, "Questions: armourer 07700 900123", 8),
]

_MODEL_BOOKING: list[Row] = [
    (40, 40, "NORTHSIDE MODELS", 14),
    (40, 58, "Confirmation of booking", 11),
    (40, 72, "14 Ancoats St, Manchester M4 6AE  ·  0161 496 0321", 8),
    (40, 100, "Model: Priya Lal", 9),
    (40, 114, "Client: Pennine Outdoor Ltd · spring catalogue and TV spot", 9),
    (40, 128, "Date: Monday 9 March 2026", 9),
    (40, 142, "Call: 8:00 am at hair and make-up (times on the call sheet)", 9),
    (40, 156, "Location: Castlefield, Manchester (to be confirmed)", 9),
    (40, 170, "Fee: £650 + VAT per day, buyout 2 years UK and online", 9),
    (40, 184, "Usage rights: print, TV and social; exclusivity: none", 9),
    (40, 212, "Cancellation within 48 hours is charged at the full fee. Agency commission", 8),
    (40, 226, "20%. Invoices to bookings@northside.example; payment within 30 days.", 8),
    (40, 240, "Please sign and return this confirmation.", 8),
]


@pytest.mark.parametrize(
    "rows",
    [_EXTRAS_VOUCHER, _FIREARMS_BULLETIN, _MODEL_BOOKING],
    ids=["voucher", "bulletin", "booking"],
)
def test_set_paper_that_is_no_call_sheet_is_other(rows: list[Row]) -> None:
    assert _kind(rows) == "other"


def _call_sheet(notes: list[str]) -> list[Row]:
    rows: list[Row] = [
        (40, 40, "HARBOUR LIGHTS", 16),
        (40, 58, "CALL SHEET   Day 7 of 30", 10),
        (40, 84, "Date: Tuesday 17 March 2026", 9),
        (40, 98, "Crew Call: 7:00 AM", 9),
        (40, 112, "Location: Victoria Baths, Hathersage Rd, Manchester M13 0FE", 9),
        (40, 126, "Nearest Hospital: Manchester Royal Infirmary, Oxford Rd, M13 9WL", 9),
        (40, 140, "Sunrise 6:14 AM   Sunset 6:11 PM", 9),
        (40, 168, "44 INT. BATHS - GALA HALL D 1 4/8 1, 3", 9),
    ]
    return rows + [(40, 196 + 14 * n, text, 8) for n, text in enumerate(notes)]


@pytest.mark.parametrize(
    "notes",
    [
        [
            "BACKGROUND: 25 extras report to holding 7:30 AM; vouchers at the holding desk.",
            "Adjustments (wet work) signed off by the 2nd AD at wrap; meal penalty after 6 hrs.",
        ],
        [
            "SFX / STUNTS: squibs and bullet hits sc. 44; safety meeting 9:30 AM, mandatory.",
            "Armourer on set; hearing protection inside the exclusion zone; medic on standby.",
        ],
        [
            "TALENT: Priya Lal (Northside Models), agency fee and usage agreed by production.",
            "Cancellation and overtime as per the booking confirmation.",
        ],
    ],
    ids=["background", "effects", "talent"],
)
def test_a_call_sheet_that_mentions_them_stays_a_call_sheet(notes: list[str]) -> None:
    assert _kind(_call_sheet(notes)) == "call_sheet"
