"""Label/value tables with values flush right far from their labels, values printed above their
labels in a header box, and titles beside a big call time: generated pages in those layouts."""

from __future__ import annotations

from typing import Any

from fpdf import FPDF

from pipeline.extract import extract_document
from pipeline.extract.reader.fields import one_address
from pipeline.extract.reader.title import _has_words, clean_title
from tests.fixtures import callsheets as C

SAFE = 0.85


def _day(rows: list[C.Row]) -> dict[str, Any]:
    result = extract_document(C.render(rows)).to_json()
    assert result["document_type"] == "call_sheet"
    return result["days"][0]


def _width(text: str, size: float) -> float:
    pdf = FPDF(unit="pt", format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", size=size)
    return pdf.get_string_width(text)


def _flush_right(x1: float, y: float, text: str, size: float) -> C.Row:
    return (x1 - _width(text, size), y, text, size)


def _table(rows: list[tuple[str, list[str]]], *, x: float = 40, x1: float = 400) -> list[C.Row]:
    """A ruled two-column table: each label at the left of its row, its lines flush right."""
    out: list[C.Row] = []
    y = 150.0
    for label, lines in rows:
        out.append((x, y, label, 9))
        out += [_flush_right(x1, y + 14 * j, line, 9) for j, line in enumerate(lines)]
        y += 14 * len(lines) + 6
    return out


def _header() -> list[C.Row]:
    return [(40, 50, "MILL STREET", 18), (40, 70, "CALL SHEET", 10), (40, 90, "Date: 12/03/26", 9)]


def test_right_aligned_values_in_a_label_value_table() -> None:
    # Given a table whose values sit flush right 200-300 pt from their labels
    rows = [
        *_header(),
        *_table(
            [
                ("Crew Call", ["07:45"]),
                ("Sunrise", ["06:31"]),
                ("Sunset", ["17:59"]),
                ("Set Location", ["Victoria Baths", "Hathersage Rd, Manchester M13 0FE"]),
                ("Unit Base", ["Upper Brook St, Manchester M13 0FW"]),
                ("Hospital", ["Manchester Royal Infirmary", "Oxford Rd, Manchester M13 9WL"]),
            ]
        ),
    ]
    day = _day(rows)
    # Then every label owns the value on its row, and the lines under it on the same edge
    assert (day["call_time"], day["sunrise"], day["sunset"]) == ("07:45", "06:31", "17:59")
    assert day["location"] == "Hathersage Rd, Manchester M13 0FE"
    assert day["base_location"] == "Upper Brook St, Manchester M13 0FW"
    assert day["hospital"]["name"] == "Manchester Royal Infirmary"


def test_a_far_run_is_no_value_without_a_table_edge() -> None:
    # Given a label with its value below it, and one unrelated run far right on its row
    rows = [
        *_header(),
        (40, 150, "Set Location", 9),
        (40, 164, "Hathersage Rd, Manchester M13 0FE", 9),
        _flush_right(560, 150, "Page 1 of 2", 9),
        (40, 190, "Crew Call: 07:45", 9),
    ]
    day = _day(rows)
    # Then the value below is read: one far run is no right-aligned column
    assert day["location"] == "Hathersage Rd, Manchester M13 0FE"


def test_a_grid_value_below_beats_right_aligned_contacts_on_its_row() -> None:
    # Given labels over values at the left, and contacts flush right on the same baselines
    rows = [
        *_header(),
        (40, 150, "SET LOCATION", 9),
        (40, 164, "Hathersage Rd, Manchester M13 0FE", 9),
        (40, 190, "CREW CALL", 9),
        (40, 204, "07:45", 9),
    ]
    for k, name in enumerate(["Director Ana Ruiz", "Producer Tom Lee", "1st AD Priya Nair"]):
        rows.append(_flush_right(560, 150 + 14 * k, name, 9))
    rows += [_flush_right(560, 190 + 14 * k, f"DP Mika Sato {k}", 9) for k in range(2)]
    day = _day(rows)
    # Then each label keeps the value in its cell below
    assert day["location"] == "Hathersage Rd, Manchester M13 0FE"
    assert day["call_time"] == "07:45"


def test_big_call_time_above_its_small_label_in_a_header_box() -> None:
    # Given a title line that also carries a 22 pt call time, its small label under it, and
    # the date in the next box below
    rows = [
        (40, 60, "HARBOUR LIGHTS", 18),
        (440, 60, "6:00a", 22),
        (40, 80, "CALL SHEET", 10),
        (440, 74, "CREW CALL", 7),
        (470, 96, "Thu, Apr 23, 2026", 10),
        (40, 130, "Set Location: Hathersage Rd, Manchester M13 0FE", 9),
        (40, 150, "Hospital: Manchester Royal Infirmary, Oxford Rd, Manchester M13 9WL", 9),
    ]
    day = _day(rows)
    # Then the call is the value over the label, and the title is the words, not the time
    assert day["call_time"] == "06:00"
    assert day["shooting_date"] == "2026-04-23"
    assert day["production"] == "HARBOUR LIGHTS"


def test_a_value_under_a_label_is_not_claimed_by_the_label_below_it() -> None:
    # Given a grid: labels over values, and a second row of labels with an empty cell
    rows = [
        *_header(),
        (40, 150, "CREW CALL", 9),
        (40, 164, "07:45", 9),
        (40, 180, "LUNCH", 9),
        (40, 210, "Set Location: Hathersage Rd, Manchester M13 0FE", 9),
    ]
    day = _day(rows)
    # Then the call stays with its own label, and the empty LUNCH cell takes nothing
    assert day["call_time"] == "07:45"
    assert day["field_confidence"]["call_time"] >= SAFE


def test_a_title_is_words_not_a_time_or_date() -> None:
    for value in ["6:00a", "7:00 AM", "0730hrs", "Fri, Nov 14, 2025", "12"]:
        assert not _has_words(value)
    for title in ["BLADE RUNNER 2049", "THE MONDAY CLUB", "MASH 4077"]:
        assert _has_words(title)


def test_a_commercials_spot_lengths_after_a_dash_are_cut() -> None:
    assert clean_title("HARBOUR LIGHTS  -  :30 / :15 TV") == "HARBOUR LIGHTS"
    assert clean_title("HARBOUR LIGHTS - 2x:30, :15") == "HARBOUR LIGHTS"
    # without a dash the spot length is part of the job's name, as printed in the cell
    assert clean_title("Maple Leaf Yogurt :30") == "Maple Leaf Yogurt :30"


def test_a_street_like_name_before_a_whole_address_is_the_name() -> None:
    # 'Canal Yard Unit 5' reads like a street ('Yard'), but the whole address follows it
    street = "12 Hathersage Rd, Manchester M13 0FE"
    assert one_address(["Canal Yard Unit 5", street]) == ("Canal Yard Unit 5", street, False)
    # a street line completed by its town line is still one address
    town = one_address(["52 Grove Rd", "London E3 5TB"])
    assert town == (None, "52 Grove Rd, London E3 5TB", False)


def test_a_right_aligned_table_beside_other_text() -> None:
    # Given the same table in the right half of the page, notes on the left on its baselines
    ys = (150, 170, 190, 210, 224)
    notes = [(40, y, f"Note {k + 1}: radios from the office", 8) for k, y in enumerate(ys)]
    table = _table(
        [
            ("Crew Call", ["07:45"]),
            ("Sunrise", ["06:31"]),
            ("Sunset", ["17:59"]),
            ("Set Location", ["Victoria Baths", "Hathersage Rd, Manchester M13 0FE"]),
        ],
        x=240,
        x1=600,
    )
    day = _day([*_header(), *notes, *table])
    # Then each label of the table still owns the value flush right on its row
    assert (day["call_time"], day["sunrise"], day["sunset"]) == ("07:45", "06:31", "17:59")
    assert day["location"] == "Hathersage Rd, Manchester M13 0FE"


def test_a_long_flush_right_line_is_the_tables_value_not_the_cell_below() -> None:
    # Given a hospital row whose second line runs far left, under the label's own column
    rows = [
        *_header(),
        *_table(
            [
                ("Crew Call", ["07:45"]),
                ("Set Location", ["Hathersage Rd, Manchester M13 0FE"]),
                ("Unit Base", ["Upper Brook St, Manchester M13 0FW"]),
                ("Hospital", ["Royal Infirmary", "Oxford Rd, Manchester M13 9WL (0161) 276 1234"]),
            ],
            x1=330,
        ),
        (40, 250, "Radios from the production office", 9),
    ]
    day = _day(rows)
    # Then the hospital is the name on its row (the line under it is its own, not the cell's)
    assert day["hospital"]["name"] == "Royal Infirmary"
