"""Conventions from the fifteenth held-out set's misses (reader23): a spreadsheet export whose
values sit in merged cells under an empty ruled row below their labels; a title in quotes
after the sheet's name and a spaced dash. Each is drawn on a small page of its own, in words
of its own. Rows are (x, baseline y, text, size) in points on a letter page."""

from __future__ import annotations

from typing import Any

from fpdf import FPDF

from pipeline.extract import extract_document
from tests.fixtures.callsheets import render


def _read(data: bytes) -> Any:
    result = extract_document(data).to_json()
    assert result["document_type"] == "call_sheet"
    return result["days"][0]


# --- a row of labels, an empty ruled row, then the values in merged cells ------------------


def _merged_sheet(*, values_x: tuple[float, float, float] = (40, 200, 360)) -> bytes:
    """Three bands of three columns; each band's values start 34 pt under its labels."""
    a, b, c = values_x
    rows = [
        (40, 40, "BRIGHTWATER", 18),
        (40, 56, "Daily call sheet, shoot day 9 of 20", 9),
        # band 1: labels, an empty row, values
        (40, 90, "SHOOT DATE", 7),
        (200, 90, "CREW CALL", 7),
        (360, 90, "LUNCH", 7),
        (a, 124, "Tuesday 9 June 2026", 9),
        (b, 124, "07:30", 9),
        (c, 124, "13:00", 9),
        # band 2
        (40, 170, "SET", 7),
        (200, 170, "UNIT BASE", 7),
        (360, 170, "HOSPITAL", 7),
        (a, 204, "Harbour Office", 9),
        (b, 204, "Quay car park", 9),
        (c, 204, "Bristol Royal Infirmary", 9),
        (a, 215, "27 Queen Square", 9),
        (b, 215, "Prince Street", 9),
        (c, 215, "Upper Maudlin St", 9),
        (a, 226, "Bristol BS1 4ND", 9),
        (b, 226, "Bristol BS1 4QD", 9),
        (c, 226, "Bristol BS2 8HW", 9),
        # band 3
        (40, 270, "SUNRISE", 7),
        (200, 270, "SUNSET", 7),
        (360, 270, "WEATHER", 7),
        (a, 304, "04:55", 9),
        (b, 304, "21:25", 9),
        (c, 304, "Dry, 19C", 9),
        (40, 340, "Sc 14 INT. HARBOUR OFFICE - DAY", 9),
    ]
    return render(rows)


def test_values_an_empty_row_under_a_row_of_labels_are_read_column_by_column() -> None:
    # Given a spreadsheet export: each label row, then an empty row, then each value in the
    # merged cell under its label
    day = _read(_merged_sheet())
    # Then every value goes to the label over its column
    assert day["shooting_date"] == "2026-06-09"
    assert day["call_time"] == "07:30"
    assert day["location"] is not None and "27 Queen Square" in day["location"]
    assert day["hospital"]["name"] == "Bristol Royal Infirmary"
    assert (day["sunrise"], day["sunset"]) == ("04:55", "21:25")


def test_a_far_line_that_lines_up_with_one_label_only_is_not_the_row_of_values() -> None:
    # Given the same bands whose far lines start off the label columns but for the first one
    day = _read(_merged_sheet(values_x=(40, 240, 400)))
    # Then no time is read across the empty row: one column lined up is no grid
    assert day["call_time"] is None
    assert day["sunset"] is None


# --- the title in quotes after the sheet's name and a spaced dash -----------------------------


def test_a_dash_between_the_sheet_name_and_the_quoted_title_is_not_the_title() -> None:
    # Given 'CALL SHEET No 4  -  “Copper Sky”' printed as three runs, all one size
    rows = [
        (40, 40, "CALL SHEET No 4", 15),
        (200, 40, "-", 15),
        (222, 40, "\u201cCopper Sky\u201d", 15),
        (40, 80, "Date: Friday 12 June 2026", 9),
        (40, 94, "Crew call: 08:00", 9),
        (40, 108, "Location: 1 Canal Walk, Leeds LS1 4QB", 9),
        (40, 140, "Sc 3 EXT. CANAL - DAY", 9),
    ]
    day = _read(render(rows, unicode_font=True))
    # Then the title is the quoted words
    assert day["production"] == "Copper Sky"


# --- a value first, its label after it as a caption flush right --------------------------------


def _caption_rows(rows: list[tuple[list[str], str]], *, top: float = 100) -> list[Any]:
    """Each value's lines flush left at x=50, its caption flush right at x=560 on its first
    line (7 pt capitals), a gap between rows."""
    pdf = FPDF(unit="pt")
    pdf.set_font("Helvetica", size=7)
    out: list[Any] = []
    y = top
    for lines, caption in rows:
        out.append((560 - pdf.get_string_width(caption), y, caption, 7))
        for text in lines:
            out.append((50, y, text, 10))
            y += 13
        y += 8
    return out


def test_a_value_before_its_caption_at_the_right_margin_is_the_captions() -> None:
    # Given a template that prints each value first and names it after, flush right
    rows = [
        (50, 50, "RIVERLIGHT", 18),
        *_caption_rows(
            [
                (["Saturday 20 June 2026"], "SHOOT DATE"),
                (["6:45 AM"], "MAKE-UP"),
                (["7:45 AM at the boathouse"], "UNIT CALL"),
                (["4:43 AM"], "SUNRISE"),
                (["9:21 PM"], "SUNSET"),
                (
                    [
                        "The slipway",
                        "Henley Boathouse",
                        "12 Thames Side",
                        "Henley-on-Thames RG9 1BH",
                    ],
                    "SET",
                ),
                (["Royal Berkshire Hospital", "London Rd, Reading RG1 5AN"], "CASUALTY"),
            ]
        ),
        (50, 420, "SCENES", 9),
        (50, 436, "Sc 21 EXT. SLIPWAY - DAY", 9),
    ]
    day = _read(render(rows))
    # Then each caption owns the text before it and the lines under that text
    assert day["shooting_date"] == "2026-06-20"
    assert day["call_time"] == "07:45"
    assert (day["sunrise"], day["sunset"]) == ("04:43", "21:21")
    assert day["location"] is not None and "12 Thames Side" in day["location"]
    assert day["hospital"]["name"] == "Royal Berkshire Hospital"


def test_headings_that_end_their_lines_flush_left_in_a_right_column_are_no_captions() -> None:
    # Given two columns: times with their labels first at the left, and at the right headings
    # flush left over the text under them, each heading ending its line
    rows = [
        (50, 50, "RIVERLIGHT", 18),
        (50, 100, "Unit call: 7:45 AM", 10),
        (350, 100, "HOSPITAL", 9),
        (50, 114, "Lunch: 1:00 PM", 10),
        (350, 114, "Royal Berkshire Hospital", 10),
        (50, 128, "Date: Saturday 20 June 2026", 10),
        (350, 128, "London Rd, Reading RG1 5AN", 10),
        (50, 142, "Sunrise: 4:43 AM", 10),
        (350, 142, "PARKING", 9),
        (50, 156, "Sunset: 9:21 PM", 10),
        (350, 156, "Meadow car park, Henley RG9 2BH", 10),
        (50, 170, "Wrap: 6:45 PM", 10),
        (350, 170, "WEATHER", 9),
        (50, 184, "Set: 12 Thames Side, Henley-on-Thames RG9 1BH", 10),
        (350, 184, "Bright, 22C", 10),
        (50, 220, "Sc 21 EXT. SLIPWAY - DAY", 9),
    ]
    day = _read(render(rows))
    # Then each heading keeps the text under it: the hospital is not the lunch line
    assert day["hospital"]["name"] == "Royal Berkshire Hospital"
    assert day["call_time"] == "07:45"
