"""Conventions from the fifteenth held-out set's misses (reader23): a spreadsheet export whose
values sit in merged cells under an empty ruled row below their labels; a title in quotes
after the sheet's name and a spaced dash. Each is drawn on a small page of its own, in words
of its own. Rows are (x, baseline y, text, size) in points on a letter page."""

from __future__ import annotations

from typing import Any

from fpdf import FPDF

from tests.fixtures.callsheets import render
from tests.unit.extract.drawn import read_day

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
    day = read_day(_merged_sheet())
    # Then every value goes to the label over its column
    assert day["shooting_date"] == "2026-06-09"
    assert day["call_time"] == "07:30"
    assert day["location"] is not None and "27 Queen Square" in day["location"]
    assert day["hospital"]["name"] == "Bristol Royal Infirmary"
    assert (day["sunrise"], day["sunset"]) == ("04:55", "21:25")


def test_a_far_line_that_lines_up_with_one_label_only_is_not_the_row_of_values() -> None:
    # Given the same bands whose far lines start off the label columns but for the first one
    day = read_day(_merged_sheet(values_x=(40, 240, 400)))
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
    day = read_day(render(rows, unicode_font=True))
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
    day = read_day(render(rows))
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
    day = read_day(render(rows))
    # Then each heading keeps the text under it: the hospital is not the lunch line
    assert day["hospital"]["name"] == "Royal Berkshire Hospital"
    assert day["call_time"] == "07:45"


def test_rows_of_labels_ending_flush_right_are_no_captions() -> None:
    # Given strips of labels over their values whose last label happens to end at one right
    # edge on every strip (a grid of header cells)
    pdf = FPDF(unit="pt")
    pdf.set_font("Helvetica", size=7)
    right = lambda text: 560 - pdf.get_string_width(text)  # noqa: E731
    rows = [
        (40, 40, "HARBOUR LIGHTS", 18),
        (40, 90, "DAY / DATE", 7),
        (200, 90, "MAKE-UP", 7),
        (right("WEATHER"), 90, "WEATHER", 7),
        (40, 100, "Monday 22.06.2026", 9),
        (200, 100, "6:15 AM", 9),
        (480, 100, "Rain, 14C", 9),
        (40, 130, "SET", 7),
        (200, 130, "UNIT CALL", 7),
        (right("NEAREST A&E"), 130, "NEAREST A&E", 7),
        (40, 140, "12 Dock Rd, Hull HU1 2AB", 9),
        (200, 140, "7:00 AM", 9),
        (480, 140, "Hull Royal Infirmary", 9),
        (40, 170, "SUNRISE", 7),
        (200, 170, "SUNSET", 7),
        (right("DIRECTOR"), 170, "DIRECTOR", 7),
        (40, 180, "4:35 AM", 9),
        (200, 180, "9:40 PM", 9),
        (480, 180, "Jo Banks", 9),
        (40, 220, "Sc 2 EXT. DOCK - DAY", 9),
    ]
    day = read_day(render(rows))
    # Then each label keeps the value under it, not the labels before it on its row
    assert day["call_time"] == "07:00"
    assert (day["sunrise"], day["sunset"]) == ("04:35", "21:40")
    assert day["hospital"]["name"] == "Hull Royal Infirmary"


# --- facts with icons and no words: read by their shape ----------------------------------------


def _app_card(*, sun: tuple[str, str], under_sun: str, set_lines: list[str]) -> bytes:
    """An app export: the call has a word, the rest only values (their icons are drawings)."""
    rows = [
        (40, 40, "SALT MARSH", 18),
        (420, 30, "CALL TIME", 7),
        (420, 48, "6:45 AM", 16),
        (60, 90, "Friday, June 19, 2026", 10),
        (360, 90, sun[0], 10),
        (60, 103, "Day 2 of 9", 9),
        (360, 114, sun[1], 10),
        *[(60, 128 + 13 * k, text, 9) for k, text in enumerate(set_lines)],
        (360, 138, under_sun, 10),
        (60, 200, "Cape Cod Hospital", 10),
        (60, 213, "27 Park St, Hyannis, MA 02601", 9),
        (60, 226, "(508) 771-1800", 9),
        (40, 270, "Sc 4 EXT. MARSH - DAY", 9),
    ]
    return render(rows)


_MARSH = [
    "Boardwalk at the salt marsh",
    "Sandy Neck Beach Park",
    "425 Sandy Neck Rd, Barnstable, MA 02630",
]


def test_two_lone_times_over_the_weather_are_the_sun_and_a_named_hospital_block_the_hospital() -> (
    None
):
    # Given an app export: a morning and an evening time stacked over the weather, and a
    # hospital's name over its address, none of them labelled
    day = read_day(_app_card(sun=("5:08 AM", "8:21 PM"), under_sun="Clear, 71°F", set_lines=_MARSH))
    # Then they are read by their shape, for a person to check
    assert (day["sunrise"], day["sunset"]) == ("05:08", "20:21")
    assert day["hospital"]["name"] == "Cape Cod Hospital"
    assert day["hospital"]["address"] == "27 Park St, Hyannis, MA 02601"
    conf = day["field_confidence"]
    assert conf["sunrise"] < 0.85 and conf["sunset"] < 0.85 and conf["hospital"] < 0.85


def test_two_lone_times_with_no_weather_under_them_are_not_the_sun() -> None:
    # Given the same two times with a note under them instead of the weather
    day = read_day(
        _app_card(sun=("5:08 AM", "8:21 PM"), under_sun="Tide table at base", set_lines=_MARSH)
    )
    # Then nothing says they are the sun's
    assert day["sunrise"] is None and day["sunset"] is None


def test_a_running_order_of_lone_times_is_not_the_sun() -> None:
    # Given a column of times alone on their lines (a running order), an evening one after a
    # morning one
    rows = [
        (40, 40, "SALT MARSH", 18),
        (40, 70, "Crew call: 6:45 AM", 10),
        (40, 84, "Date: Friday 19 June 2026", 10),
        (40, 98, "Location: 425 Sandy Neck Rd, Barnstable, MA 02630", 10),
        (360, 130, "6:00 AM", 10),
        (360, 144, "6:45 AM", 10),
        (360, 158, "7:30 PM", 10),
        (360, 172, "Sunny, 75°F", 10),
        (40, 220, "Sc 4 EXT. MARSH - DAY", 9),
    ]
    day = read_day(render(rows))
    # Then no pair of them is read as the sun's
    assert day["sunrise"] is None and day["sunset"] is None


def test_a_set_in_a_hospital_is_not_the_nearest_hospital() -> None:
    # Given a set labelled as such whose place is a hospital, and no hospital label
    rows = [
        (40, 40, "NIGHT WARD", 18),
        (40, 70, "Crew call: 6:45 PM", 10),
        (40, 84, "Date: Friday 19 June 2026", 10),
        (40, 98, "Location:", 10),
        (120, 98, "St Luke's Hospital (old wing)", 10),
        (120, 111, "101 Page St, New Bedford, MA 02740", 10),
        (40, 150, "Sc 7 INT. WARD - NIGHT", 9),
    ]
    day = read_day(render(rows))
    # Then the set is the set, and no hospital is made of it
    assert day["location"] is not None and "101 Page St" in day["location"]
    assert day["hospital"] is None
