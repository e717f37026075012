"""Rules reader93 added, drawn in wordings and layouts of their own (not fresh65's or fresh60's
sheets): a sunset printed with an AM marker before 04:00 ('Sunset 3:55 AM'), which the finder
keeps out as it keeps out any sunset after midnight, is put right (PM for AM) where astral's
sunset for the date and the place (else the user's zone) makes the slip certain, with a warning
and a confidence that says it was corrected; a spreadsheet's ADDRESS row whose street fills its
first cell and whose post town and postcode run on in a later cell of the same row is read
whole; a department line under a hospital's name ('Emergency Department') is neither its name
nor its address; a one-liner that dates its own line ('Thursday 15th October 2026: Call 8.30am
at ...') opens with its call, and its place wrapped before the postcode is joined; a title that
ends on a weekday keeps it when a running footer prints the title whole.
Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from pipeline.extract.reader.field_sheet import am_sunset, plausible_sun, printed_am
from pipeline.extract.reader.hospital_finder import _LABEL_TAIL
from pipeline.extract.reader.hospital_names import past_department_line
from pipeline.extract.reader.model import Day
from pipeline.extract.reader.sanity import ReadContext, sun_findings, title_findings
from pipeline.extract.reader.shorthand import call_at
from pipeline.extract.reader.title import weekday_of_title
from tests.fixtures.callsheets import Row, column, render
from tests.unit.extract.drawn import read_day

SURE = 0.85

# --- 1. a sunset printed AM --------------------------------------------------------------------


def _sun_sheet(date: str, sun: str, place: str) -> bytes:
    rows: list[Row] = [
        (40, 40, "Tallow Hill Pictures", 9),
        (40, 66, "THE LANTERN YARD", 18),
        (40, 100, f"Date: {date}", 9),
        (40, 118, "Crew Call: 8:00 AM", 9),
        (40, 136, f"Location: {place}", 9),
        (40, 154, sun, 9),
        (40, 200, "1 EXT. YARD - DAY 1 2/8 1, 2", 9),
    ]
    return render(rows, page="A4")


_LONDON = "Granary Wharf, 14 Canal Street, Leeds LS1 4BR"


@pytest.mark.parametrize(
    ("date", "sun", "want"),
    [
        ("Tuesday 24 November 2026", "Sunrise 7:41 AM / Sunset 3:55 AM", "15:55"),
        ("Monday 14 December 2026", "Sunrise 8:20 AM   Sunset 3:48 a.m.", "15:48"),
        ("Friday 8 January 2027", "Sunset: 3:59am", "15:59"),
    ],
)
def test_a_winter_sunset_printed_am_is_put_right(date: str, sun: str, want: str) -> None:
    day = read_day(_sun_sheet(date, sun, _LONDON))
    assert day["sunset"] == want
    assert day["field_confidence"]["sunset"] == pytest.approx(0.8)
    assert any(w.startswith("sunset: printed") and "corrected" in w for w in day["warnings"])
    assert not any("cannot be the sunset" in w for w in day["warnings"])


@pytest.mark.parametrize(
    ("date", "sun"),
    [
        # a 24-hour time after midnight: a wrap read across the row, never a slip
        ("Tuesday 24 November 2026", "Sunset 00:30"),
        ("Tuesday 24 November 2026", "Sunset 03:52"),
        # AM in June: 15:10 is no sunset in Leeds in summer (21:40)
        ("Tuesday 16 June 2026", "Sunset 3:10 AM"),
    ],
)
def test_a_sunset_after_midnight_that_is_no_slip_stays_out(date: str, sun: str) -> None:
    day = read_day(_sun_sheet(date, sun, _LONDON))
    assert day["sunset"] is None
    assert day["field_confidence"]["sunset"] == 0.0


def test_an_am_sunset_is_put_right_on_the_users_zone_when_the_place_is_unknown() -> None:
    data = _sun_sheet("Tuesday 24 November 2026", "Sunset 3:55 AM", "the walled garden")
    assert read_day(data)["sunset"] is None  # no place, no zone: nothing is certain
    day = read_day(data, ReadContext(timezone="Europe/London"))
    assert day["sunset"] == "15:55"
    day = read_day(data, ReadContext(timezone="Australia/Sydney"))  # sunset near 19:50
    assert day["sunset"] is None


def test_the_note_and_the_marker() -> None:
    assert printed_am("3:52 AM", "03:52") and printed_am("3.52am", "03:52")
    assert printed_am("3:52A", "03:52")
    assert not printed_am("03:52", "03:52") and not printed_am("0352", "03:52")
    assert not printed_am("3:52 PM", "15:52")
    assert am_sunset(["x", "sunset: 03:52 printed AM cannot be the sunset"]) == "03:52"
    assert am_sunset(["sunset: 00:30 cannot be the sunset"]) is None
    assert am_sunset(["sunset: 00:30, 03:52 printed AM cannot be the sunset"]) is None
    assert not plausible_sun("sunset", "03:52")  # the finder still keeps it out


def test_the_correction_is_idempotent() -> None:
    day = Day(
        shooting_date="2026-11-24",
        location=_LONDON,
        sunset=None,
        field_confidence={"sunset": 0.0},
        warnings=("sunset: 03:55 printed AM cannot be the sunset",),
    )
    found = sun_findings(day, None)
    assert [(f.field, f.value, f.conf) for f in found] == [("sunset", "15:55", 0.8)]
    fixed = replace(day, sunset="15:55", warnings=(found[0].warning,))
    assert sun_findings(fixed, None) == []


# --- 2. a spreadsheet's address row run on into a later cell ---------------------------------


def _grid(address: list[str]) -> bytes:
    """A spreadsheet printed as it is: labels in column A, values in B and D, C left empty."""
    xs = (40, 150, 320, 430, 600)
    rows = [
        ["", "", "", "Heron Films Ltd"],
        ["Date", "14/05/2026", "Day", "Day 3 of 20"],
        ["Crew Call", "07:30", "Breakfast", "07:00"],
        ["Lunch", "13:00", "Wrap", "18:00"],
        ["Location", "Devenish Priory", "Set", "the round tower and the chapel"],
        ["Address", *address],
        ["Parking", "Riverside car park", "", "Omagh BT78 1BZ"],
        ["Sunrise", "05:02", "Sunset", "21:41"],
    ]
    out: list[Row] = [(40, 40, "MILL RACE", 14)]
    for r, row in enumerate(rows):
        out += [(xs[i], 60 + 15 * r, v, 8.5) for i, v in enumerate(row) if v]
    return render(out, page="A4")


@pytest.mark.parametrize(
    ("street", "town"),
    [
        ("Abbey Grounds", "Omagh BT78 1AB"),
        ("Friary Meadows", "Newry BT35 6AA"),
        ("Glebe Farm", "Cookstown BT80 8AR"),
    ],
)
def test_an_address_row_run_on_into_its_next_cell_is_read_whole(street: str, town: str) -> None:
    day = read_day(_grid([street, "", town]))
    assert day["location"] == f"{street}, {town}"
    assert day["locations"][0]["name"] == "Devenish Priory"
    assert day["field_confidence"]["location"] >= SURE


def test_a_street_cell_that_is_an_address_of_its_own_is_kept_as_printed() -> None:
    # negative: '22 Mill Street' reads as an address alone: the row's next cell stays out
    day = read_day(_grid(["22 Mill Street", "", "Cookstown BT80 8AR"]))
    assert day["location"].startswith("22 Mill Street")
    assert "Cookstown" not in day["location"]


@pytest.mark.parametrize(
    "row",
    [
        ["Abbey Grounds", "", "gate code 4471 at the lodge"],  # a note, no town
        ["22 Mill Street", "Tel", "028 8676 2000"],  # another label's cell
    ],
)
def test_a_cell_that_is_no_town_and_postcode_stays_out(row: list[str]) -> None:
    day = read_day(_grid(row))
    location = day["location"] or ""
    assert "gate" not in location and "028" not in location and "Tel" not in location


# --- 3. a department line under a hospital's name ---------------------------------------------


def _ae_sheet(*lines: str) -> bytes:
    rows: list[Row] = [
        (40, 40, "LLANFAIR FILMS", 9),
        (40, 66, "GLASWEN", 18),
        (40, 100, "Wednesday 7 October 2026", 9),
        (40, 118, "UNIT CALL 08:00", 9),
        (40, 136, "Location: Plas Newydd, Llanddaniel Fab, Llanfairpwll LL61 6DQ", 9),
        (300, 160, "NEAREST A&E", 8),
        *column(*lines, x=300, top=172, size=8.5, step=11),
        (40, 260, "5 EXT. LAWN - DAY 1 4/8 2", 9),
    ]
    return render(rows, page="A4")


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (["Ysbyty Glan Clwyd", "Emergency Department", "Sarn Lane", "Rhyl LL18 5UJ"],
         "Ysbyty Glan Clwyd"),
        (["Morriston", "A&E", "Heol Maes Eglwys", "Swansea SA6 6NL"], "Morriston"),
        (["Royal Alexandra", "Emergency", "Marine Drive", "Rhyl LL18 3AS"], "Royal Alexandra"),
    ],
)  # fmt: skip
def test_a_department_line_is_not_the_hospitals_name(lines: list[str], name: str) -> None:
    day = read_day(_ae_sheet(*lines))
    assert day["hospital"]["name"] == name
    assert day["hospital"]["address"] == f"{lines[2]}, {lines[3]}"


def test_a_name_wrapped_over_a_line_with_a_department_word_is_joined() -> None:
    # negative: 'Emergency Care Hospital' ends the name the line above starts
    lines = ["Grange University", "Emergency Care Hospital", "Caerleon Road", "Cwmbran NP44 2XJ"]
    day = read_day(_ae_sheet(*lines))
    assert day["hospital"]["name"] == "Grange University Emergency Care Hospital"


def test_past_department_line() -> None:
    assert past_department_line(["X", "Emergency Department", "Y"]) == ["X", "Y"]
    assert past_department_line(["X", "A&E Department", "Y"]) == ["X", "Y"]
    assert past_department_line(["X", "a&e", "Y"]) == ["X", "a&e", "Y"]  # no capitals
    assert past_department_line(["Emergency Department", "X"]) == ["Emergency Department", "X"]
    assert past_department_line(["X", "Emergency Care Hospital"]) == [
        "X",
        "Emergency Care Hospital",
    ]
    assert past_department_line(["X", "Erskine Road"]) == ["X", "Erskine Road"]


# --- 4. a one-liner dated by its own line -----------------------------------------------------


def test_a_call_after_the_lines_date_opens_the_one_liner() -> None:
    hit = call_at(["Friday 9 October 2026: Call 0715 at Kinvara Pier, Quay Road, Kinvara"])
    assert hit is not None and hit.opens and hit.time == "07:15"
    hit = call_at(["Sat 10/10: Call 0800 at the pier"])
    assert hit is not None and hit.opens


@pytest.mark.parametrize(
    "line",
    [
        "Notes: Call 0715 at Kinvara Pier, Quay Road, Kinvara",  # a word, no date
        "Hello all. Call 0715 at Kinvara Pier",  # a sentence's clause
        "Tomorrow, Friday 9 October 2026, call is 7:15am at Kinvara Pier",  # a comma, no colon
        "Camera: Call 0715 at the pier",
    ],
)
def test_a_call_after_other_words_stays_a_clause(line: str) -> None:
    hit = call_at([line])
    assert hit is None or not hit.opens


def test_a_place_wrapped_before_its_postcode_is_joined() -> None:
    lines = [
        "Fri 9 October 2026: Call 0715 at Quay House, Quay Road, Kinvara, Co. Galway",
        "H91 X2C4.",
    ]
    hit = call_at(lines)
    assert hit is not None and hit.place.endswith("Co. Galway H91 X2C4")
    lines = ["Call 0715 at Quay House, Quay Road, Kinvara,", "Co. Galway H91 X2C4. Bring boots."]
    hit = call_at(lines)
    assert hit is not None and hit.place.endswith("Kinvara, Co. Galway H91 X2C4")


@pytest.mark.parametrize(
    "next_line",
    [
        "Lunch at the pier café at 13:00, bring waterproofs for the afternoon.",  # a sentence
        "Parking: Quay car park.",  # a label
        "Bring boots.",  # no postcode
    ],
)
def test_a_next_line_that_ends_no_address_is_not_joined(next_line: str) -> None:
    hit = call_at(["Fri 9 October 2026: Call 0715 at Quay House, Quay Road, Kinvara", next_line])
    assert hit is not None and hit.place == "Quay House, Quay Road, Kinvara"


def _email(call_line: list[str]) -> bytes:
    body = [
        "From: Nóra Keane <nora@bayfilms.ie>",
        "Sent: Thursday 8 October 2026 18:02",
        "To: crew list",
        "Subject: Salt Marsh - call tomorrow",
        "Hi all,",
        *call_line,
        "We're on the marsh all morning, the pier after lunch. Lunch at the hall 13:00.",
        "Nearest hospital with an ED: Portiuncula University Hospital, Dunlo Street,",
        "Ballinasloe H53 T971.",
        "Sunrise 0749, sunset 1849. Park at the pier car park.",
        "Thanks,",
        "Nóra Keane",
    ]
    return render(column(*body, x=56, top=60, size=9.5, step=14), page="A4")


def test_a_dated_one_liner_with_a_whole_address_is_sure() -> None:
    day = read_day(
        _email(
            [
                "Friday 9 October 2026: Call 0715 at Quay House, Quay Road, Kinvara, Co. Galway",
                "H91 X2C4.",
            ]
        )
    )
    assert day["call_time"] == "07:15"
    assert day["location"].endswith("H91 X2C4")
    assert day["confidence"] >= SURE


def test_a_dated_one_liner_without_a_postcode_is_reviewed() -> None:
    # negative: no postcode, the place is not whole: a person checks it
    day = read_day(_email(["Friday 9 October 2026: Call 0715 at Quay House, Quay Road, Kinvara."]))
    assert day["call_time"] == "07:15"
    assert day["confidence"] < SURE


# --- 5. a title ending on a weekday ----------------------------------------------------------


def _title_sheet(heading: str, footer: str | None) -> bytes:
    rows: list[Row] = [
        (40, 40, "LAKESIDE SPORTS TV", 9),
        (40, 66, heading, 18),
        (400, 66, "Sat, Oct 3, 2026", 9),
        (40, 100, "CREW CALL 0700", 9),
        (40, 118, "Location: Kinnick Stadium, 825 Stadium Dr, Iowa City, IA 52242", 9),
        (40, 200, "1 CAMERA MEETING 0800", 9),
    ]
    if footer:
        rows.append((40, 780, footer, 7))
    return render(rows, page="A4")


def test_a_title_ending_on_a_weekday_its_footer_prints_keeps_it() -> None:
    day = read_day(
        _title_sheet("Big Ten Saturday", "Lakeside Sports TV  ·  Big Ten Saturday  ·  Truck 4")
    )
    assert day["production"] == "Big Ten Saturday"


def test_a_weekday_after_the_title_without_such_a_footer_is_cut() -> None:
    assert read_day(_title_sheet("Big Ten Saturday", None))["production"] == "Big Ten"
    # the footer prints something else: no proof
    day = read_day(_title_sheet("Big Ten Saturday", "Lakeside Sports TV  ·  Truck 4"))
    assert day["production"] == "Big Ten"


def test_weekday_of_title() -> None:
    footer = "Acme TV · Friday Night Lights Friday · page 1"
    assert weekday_of_title("Friday Night Lights Friday", [footer])
    assert weekday_of_title("Big Ten Saturday", ["x | Big Ten Saturday | y"])
    assert not weekday_of_title("Big Ten Saturday", ["Big Ten Saturday"])  # the heading alone
    assert not weekday_of_title("Big Ten", ["a · Big Ten · b"])  # no weekday to keep
    assert not weekday_of_title("Harbour - Saturday", ["a · Harbour - Saturday · b"])
    # a printed e-mail's header repeats its subject after a dash: no footer item
    assert not weekday_of_title("MANGROVE Friday", ["10/8/26, 8:03 PM Gmail - MANGROVE Friday"])
    assert not weekday_of_title("Harbour Saturday 3 Oct", ["a · Harbour Saturday 3 Oct · b"])


def test_title_findings_keep_a_weekday_the_footer_prints() -> None:
    lines = ["Lakeside Sports TV · Big Ten Saturday · Truck 4"]
    assert title_findings("Big Ten Saturday", lines) == []
    found = title_findings("Big Ten Saturday")
    assert found and found[0].value == "Big Ten"


def test_a_date_is_still_doubted() -> None:
    # negative: a date after the title is its tail, footer or not
    found = title_findings("Harbour Lights 3 October", ["a · Harbour Lights 3 October · b"])
    assert found and found[0].value == "Harbour Lights"
    assert dt.date(2026, 10, 3).weekday() == 5


# --- 6. the end of a hospital's label before its name -----------------------------------------


def test_the_labels_end_before_the_hospitals_name_is_cut() -> None:
    day = read_day(_email(["Friday 9 October 2026: Call 0715 at Quay House, Quay Road, Kinvara."]))
    assert day["hospital"]["name"] == "Portiuncula University Hospital"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("with an ED: Mayo University Hospital", "Mayo University Hospital"),
        ("for emergencies: St James's Hospital", "St James's Hospital"),
        ("A&E: Royal Infirmary", "Royal Infirmary"),
        # negatives: a name's own words before a colon stay
        ("St. Luke's: Main Campus", "St. Luke's: Main Campus"),
        ("Royal Free: Pond Street", "Royal Free: Pond Street"),
        ("Kings College Hospital", "Kings College Hospital"),
    ],
)
def test_label_tail(text: str, want: str) -> None:
    assert _LABEL_TAIL.sub("", text) == want
