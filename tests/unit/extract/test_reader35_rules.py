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
