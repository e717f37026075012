"""A call sheet quoted low in an e-mail reply: the date printed beside the day's number ("Day 2
of 5 · Thursday, October 22, 2026") is the day's wherever the line stands, and the reply's
"crew call tomorrow is now 6:45 AM" speaks of that day, not of the day after. Rows are (x,
baseline y, text, size) in points on a letter page."""

from __future__ import annotations

from typing import Any

from pipeline.extract import extract_document
from pipeline.extract.reader.scoring import SAFE
from tests.fixtures.callsheets import render

Row = tuple[float, float, str, float]


def _thread(reply: str) -> list[Row]:
    lines = [
        "10/21/26, 9:20 PM Gmail - Re: LONE STAR LEDGER Day 2 call sheet",
        "Re: LONE STAR LEDGER Day 2 call sheet",
        "Carla Mendez <carla@lonestarledger.tv> Wed, Oct 21, 2026 at 9:18 PM",
        "To: all-crew@lonestarledger.tv",
        "Hi all,",
        reply,
        "Carla Mendez, 2nd AD",
        "On Wed, Oct 21, 2026 at 6:02 PM Carla Mendez <carla@lonestarledger.tv> wrote:",
        "> CALL SHEET",
        "> LONE STAR LEDGER",
        "> Day 2 of 5 · Thursday, October 22, 2026",
        ">",
        "> GENERAL CREW CALL: 7:15 AM",
        "> Breakfast: 6:15 AM",
        "> LOCATION: Texas State Capitol",
        "> 1100 Congress Ave, Austin, TX 78701",
        "> NEAREST HOSPITAL: Dell Seton Medical Center",
        "> 1500 Red River St, Austin, TX 78701",
    ]
    return [(40, 40 + 16 * i, text, 9) for i, text in enumerate(lines)]


def _day(rows: list[Row]) -> Any:
    return extract_document(render(rows)).to_json()["days"][0]


def test_the_date_beside_the_days_number_is_the_days_low_in_a_quoted_sheet() -> None:
    day = _day(_thread("See the sheet below."))
    assert day["shooting_date"] == "2026-10-22"
    assert day["field_confidence"]["shooting_date"] >= SAFE
    assert day["call_time"] == "07:15"


def test_a_reply_that_moves_tomorrows_call_moves_the_sheets_day() -> None:
    day = _day(_thread("crew call tomorrow is now 6:45 AM, NOT 7:15 AM (road closures)."))
    assert day["call_time"] == "06:45"
    assert any("revised to 06:45" in w for w in day["warnings"])
