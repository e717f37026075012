"""Crew calls a careful reader is sure of, and the doubts that stay (issue 15: confidence must
mean something). Each page is drawn here: rows are (x, baseline y, text, size) in points on a
letter page.

- '2ND UNIT CALL SHEET' heading the page names the sheet's own unit: its '2ND UNIT CALL' is
  the crew call and the date printed under the title is the day's, not another unit's column.
- A revision that names what it replaces ('moved from 0700 to 0800', 'supersedes the crew
  call printed below') settles the old time printed elsewhere.
- 'Grupas ierašanās  07:30' over its gloss 'Crew call': the next row's time under the gloss
  is not a second crew call.
- A bracket naming the crew ('CALL TIME (ALL CREW)', 'CALL 10:00 AM (all crew)') makes a
  generic call label the crew's.
- A whole hour ('6h', '8am', '6a') written as the sheet writes its other times is sure.
"""

from __future__ import annotations

from typing import Any

from pipeline.extract import extract_document
from pipeline.extract.reader.scoring import SAFE
from tests.fixtures.callsheets import column, render

Row = tuple[float, float, str, float]

_SET = [
    (40, 300, "LOCATION", 9),
    (140, 300, "Titanic Studios", 9),
    (140, 312, "3 Dargan Cres, Belfast BT3 9JP", 9),
    (40, 340, "NEAREST HOSPITAL", 9),
    (140, 340, "Royal Victoria Hospital", 9),
    (140, 352, "274 Grosvenor Rd, Belfast BT12 6BA", 9),
]


def _day(rows: list[Row], **kw: Any) -> Any:
    return extract_document(render(rows, **kw)).to_json()["days"][0]


def _conf(day: Any, field: str) -> float:
    return float(day["field_confidence"][field])


# --- a sheet titled for its own unit ----------------------------------------------------------


def _unit_sheet(title: str, call: str) -> list[Row]:
    return [
        (40, 40, "IRON SHIPYARD", 14),
        (417, 40, title, 14),
        (40, 60, "SERIES 2 - BLOCK 3", 9),
        (502, 60, "Tue 04.08.26", 9),
        (40, 90, "MAIN UNIT (FOR INFO): 07:00 at Harbour Studios", 9),
        (40, 103, call, 9),
        (170, 103, "09:00", 9),
        (40, 116, "BREAKFAST: 08:15", 9),
        (40, 129, "WRAP (EST.): 20:00", 9),
        *_SET,
    ]


def test_a_second_unit_sheet_reads_its_own_unit_call_and_date() -> None:
    day = _day(_unit_sheet("2ND UNIT CALL SHEET", "2ND UNIT CALL:"))
    assert day["shooting_date"] == "2026-08-04"
    assert day["call_time"] == "09:00"
    assert _conf(day, "shooting_date") >= SAFE
    assert _conf(day, "call_time") >= SAFE


def test_a_department_call_on_a_sheet_not_titled_for_it_stays_doubted() -> None:
    day = _day(_unit_sheet("CALL SHEET No. 4", "RIGGING CREW CALL:"))
    assert day["call_time"] == "09:00"
    assert _conf(day, "call_time") < SAFE  # the riggers' call, maybe not the crew's


def test_a_second_units_column_beside_the_main_units_is_still_another_units() -> None:
    rows = [
        (40, 40, "IRON SHIPYARD CALL SHEET", 14),
        (40, 70, "MAIN UNIT", 10),
        (330, 70, "2ND UNIT", 10),
        *column("Tue 04.08.26", "CREW CALL: 07:00", x=40, top=84, size=9, step=13),
        *column("Wed 05.08.26", "CREW CALL: 09:00", x=330, top=84, size=9, step=13),
        *_SET,
    ]
    day = _day(rows)
    assert day["shooting_date"] == "2026-08-04"
    assert day["call_time"] == "07:00"


# --- revisions that name what they replace ----------------------------------------------------


def _amended(notice: list[str], later_call: str = "0700") -> list[Row]:
    return [
        *column(*notice, x=50, top=40, size=10, step=17),
        (40, 90, "Northern Quarter Films Ltd CALL SHEET", 12),
        (40, 106, "IRON BRIDGE", 12),
        (300, 106, "Tuesday 24th March 2026", 10),
        (48, 150, "UNIT CALL", 11),
        (140, 150, later_call, 11),
        *column(
            "Breakfast 0630", f"Unit call {later_call}", "Wrap 1730", x=40, top=190, size=9, step=12
        ),
        (40, 240, "SET LOCATION", 9),
        (140, 240, "Albert Hall", 9),
        (140, 252, "27 Peter St, Manchester M2 5QR", 9),
    ]


def test_a_revision_moving_the_call_from_the_printed_time_settles_it() -> None:
    notice = ["AMENDED CALL SHEET", "Issued 23/03 21:10. Unit call moved from 0700 to 0800."]
    day = _day(_amended(notice))
    assert day["call_time"] == "08:00"
    assert _conf(day, "call_time") >= SAFE
    assert any("revised to 08:00" in w for w in day["warnings"])


def test_a_revision_moving_another_time_leaves_the_disagreement() -> None:
    notice = ["AMENDED CALL SHEET", "Issued 23/03 21:10. Unit call moved from 0630 to 0800."]
    day = _day(_amended(notice))
    assert _conf(day, "call_time") < SAFE  # 0700 printed below is not what was moved


def test_a_revised_call_that_supersedes_the_crew_call_printed_below_is_sure() -> None:
    rows = [
        (50, 40, "*** REVISED CALL: 7:30 AM ***", 12),
        (50, 56, "Marine layer hold - this supersedes the crew call printed below.", 9),
        (40, 90, "Harbor Light Productions CALL SHEET", 12),
        (40, 106, "GLASS HARBOUR", 12),
        (300, 106, "Tuesday, May 19, 2026", 10),
        (48, 150, "GENERAL CREW CALL 7:00 AM", 11),
        (40, 200, "SET LOCATION", 9),
        (140, 200, "Griffith Observatory", 9),
        (140, 212, "2800 E Observatory Rd, Los Angeles, CA 90027", 9),
    ]
    day = _day(rows)
    assert day["call_time"] == "07:30"
    assert _conf(day, "call_time") >= SAFE
    rows[1] = (50, 56, "Marine layer hold - expect delays.", 9)
    day = _day(rows)
    assert day["call_time"] == "07:30"
    assert _conf(day, "call_time") < SAFE  # a weak 'CALL' against the printed crew call


# --- a gloss under a bilingual label ----------------------------------------------------------


def _bilingual(gloss_row: list[Row]) -> list[Row]:
    return [
        (40, 40, "ZIEMEĻU VĒJŠ FILMĒŠANAS DIENAS PLĀNS / CALL SHEET", 12),
        (40, 70, "Datums 2026. gada 4. jūnijs, ceturtdiena", 9),
        (40, 100, "Grupas ierašanās", 9),
        (190, 100, "07:30", 9),
        *gloss_row,
        (40, 119, "Grims, frizūras, kostīmi", 9),
        (40, 128, "Hair, make-up, costume", 9),
        (190, 128, "06:45", 9),
        (40, 150, "Pusdienas 13:00", 9),
        (320, 100, "Adrese / Address", 9),
        (320, 110, "Aspazijas bulvāris 3, Rīga, LV-1050", 9),
    ]


def test_a_gloss_under_a_call_label_does_not_read_the_next_rows_time() -> None:
    day = _day(_bilingual([(40, 109, "Crew call", 9)]), unicode_font=True)
    assert day["call_time"] == "07:30"
    assert _conf(day, "call_time") >= SAFE


def test_a_second_call_label_with_its_own_time_beside_it_is_still_a_rival() -> None:
    day = _day(_bilingual([(40, 109, "Crew call", 9), (190, 109, "06:45", 9)]), unicode_font=True)
    assert _conf(day, "call_time") < SAFE


# --- a bracket naming the crew ----------------------------------------------------------------


def _minimal(call: str) -> list[Row]:
    return [
        (60, 50, "LOW WATER BLUES", 16),
        (60, 120, "DATE", 10),
        (170, 120, "Saturday, March 21, 2026", 10),
        (60, 145, "CALL", 10),
        (170, 145, call, 10),
        (60, 170, "WHERE", 10),
        (170, 170, "Sun Studio", 10),
        (170, 185, "706 Union Ave", 10),
        (170, 200, "Memphis, TN 38103", 10),
    ]


def test_a_generic_call_for_all_crew_is_the_crew_call() -> None:
    day = _day(_minimal("10:00 AM (all crew)"))
    assert day["call_time"] == "10:00"
    assert _conf(day, "call_time") >= SAFE


def test_a_generic_call_for_someone_else_stays_doubted() -> None:
    day = _day(_minimal("10:00 AM (band)"))
    assert day["call_time"] == "10:00"
    assert _conf(day, "call_time") < SAFE


# --- whole hours written as the sheet writes its times ----------------------------------------


def _hours(call: str, others: list[tuple[str, str]]) -> list[Row]:
    times = [("Chamada equipe", call), *others]
    return [
        (40, 40, "ORDEM DO DIA Nº 15", 14),
        (40, 60, "LAPA À NOITE", 12),
        (40, 90, "DATA", 9),
        (140, 90, "sáb. 11/07/2026", 9),
        *[(40, 110 + 12 * i, label, 9) for i, (label, _) in enumerate(times)],
        *[(140, 110 + 12 * i, value, 9) for i, (_, value) in enumerate(times)],
        (40, 200, "LOCAÇÃO 1", 9),
        (40, 212, "EXT. ESCADARIA — Escadaria Selarón", 9),
        (40, 224, "R. Joaquim Silva, 93, Lapa, Rio de Janeiro - RJ, 20241-110", 9),
        (40, 250, "HOSPITAL MAIS PRÓXIMO", 9),
        (40, 262, "Hospital Municipal Souza Aguiar — Praça da República, 111, Centro", 9),
        (40, 290, "CENAS", 9),
        (40, 302, "30 EXT. ESCADARIA - DIA 2 0/8 Rafa, Nina", 9),
    ]


def test_an_hour_in_h_on_a_sheet_on_the_24_hour_clock_is_sure() -> None:
    day = _day(_hours("6h", [("Almoço", "12h"), ("Término", "18h")]), unicode_font=True)
    assert day["call_time"] == "06:00"
    assert _conf(day, "call_time") >= SAFE


def test_an_hour_in_h_with_no_afternoon_hour_printed_stays_doubted() -> None:
    day = _day(_hours("6h", [("Almoço", "12h")]), unicode_font=True)
    assert day["call_time"] == "06:00"
    assert _conf(day, "call_time") < SAFE  # 6 in the morning or 6 in the evening?


def test_a_meridiem_hour_is_sure_where_the_sheet_writes_its_times_so() -> None:
    rows = [
        (40, 40, "DESERT DATES Tue 3.17.26", 14),
        (40, 60, "EPISODE 104 | FIELD SHOOT | CALL SHEET", 10),
        *[(x, 90, t, 9) for x, t in ((46, "CREW IN"), (130, "CAST PICK-UP"), (230, "LUNCH"))],
        *[(x, 103, t, 9) for x, t in ((46, "6a"), (130, "7:30a"), (230, "12p"))],
        (36, 140, "FIELD LOCATION", 9),
        (36, 152, "Albuquerque Studios", 9),
        (36, 164, "5650 University Blvd SE, Albuquerque, NM 87106", 9),
    ]
    day = _day(rows)
    assert day["call_time"] == "06:00"
    assert _conf(day, "call_time") >= SAFE
    other_way = {"7:30a": "7:30 AM", "12p": "12:00 PM"}
    day = _day([(x, y, other_way.get(t, t), z) for x, y, t, z in rows])
    assert day["call_time"] == "06:00"
    assert _conf(day, "call_time") < SAFE  # '6a' alone: the sheet writes no time so


def _call_time_label(under: list[Row]) -> list[Row]:
    return [
        (34, 27, "BAYANIHAN PICTURES CALL SHEET", 14),
        (34, 60, "DATE Sat 5/16/26", 10),
        (28, 97, "CALL TIME (ALL CREW)", 9),
        *under,
        (347, 97, "Fort Santiago", 9),
        (347, 108, "Santa Clara St, Intramuros, Manila, 1002 Metro Manila", 9),
        (28, 160, "NEAREST HOSPITAL: Manila Doctors Hospital, 667 United Nations Ave", 9),
    ]


def test_a_call_time_label_for_all_crew_owns_its_time_surely() -> None:
    day = _day(_call_time_label([(229, 97, "8am", 9), (28, 109, "Talent call 9am", 9)]))
    assert day["call_time"] == "08:00"
    assert _conf(day, "call_time") >= SAFE


def test_a_line_under_an_all_crew_label_holding_another_call_is_not_its_time() -> None:
    day = _day(_call_time_label([(28, 108, "ARTISTS CALL TIME", 9), (229, 108, "5:00 AM", 9)]))
    assert _conf(day, "call_time") < SAFE  # the artists' time, under the crew's empty label
