"""Rules reader76 added, drawn on small pages in wordings of their own (not fresh48's or
fresh51's): a change table's new-value column ('ITEM | WAS | NOW', 'Was | Alt | Neu') is a
revision of its row's field, sure when the sheet's other revisions agree, in review when one
disagrees; a people table's headings in more languages ('Dział  Osoba  Tel.  Zbiórka') and
beside a sidebar's time; a row's label said again in a second language at its end; a change
'z 7.30 na 9.00' / 'von 7:00 auf 8:00'; a running order's row for a department's call; a
'HOSPITAL (A&E)' label with a bracketed note; a big time beside or under its small label; a
spaced slash before a postcode. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader import labels as L
from pipeline.extract.reader.call_finder import _changed_to
from pipeline.extract.reader.call_lists import crew_call_in_timeline
from pipeline.extract.reader.change_tables import heading_columns
from pipeline.extract.reader.dept_calls import _headings
from pipeline.extract.reader.labelling import _bracket_closes_cell
from pipeline.extract.reader.place_finder import one_address
from pipeline.extract.reader.title import without_spot_length
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import masthead, read_day, word_line

SURE = 0.85


def _sheet(*extra: Row) -> list[Row]:
    return [
        *masthead("HARBOUR LIGHT PICTURES", "THE LONG TIDE", "Call sheet no. 12"),
        (40, 100, "Date: Tuesday, March 10, 2026", 9),
        (40, 116, "Location: Pier House, 14 Quay Street, Whitby YO21 3PX", 9),
        (40, 132, "Hospital: Whitby Community Hospital, Spring Hill, Whitby YO21 1DP", 9),
        *extra,
    ]


# --- a change table's new-value column is a revision --------------------------------------------


def _change_table(head: tuple[str, str, str], row: tuple[str, str, str], top: float) -> list[Row]:
    return [
        (40, top, head[0], 8),
        (200, top, head[1], 8),
        (330, top, head[2], 8),
        (40, top + 16, row[0], 9),
        (200, top + 16, row[1], 9),
        (330, top + 16, row[2], 9),
    ]


def test_a_change_table_that_agrees_with_the_note_is_sure() -> None:
    rows = _sheet(
        *_change_table(("ITEM", "WAS", "NOW"), ("Crew call", "7:00 AM", "8:00 AM"), 160),
        (40, 210, "Crew call: 8:00 AM", 9),
        (40, 250, "Notes: crew call pushed to 8:00 AM for the tide.", 8),
    )
    day = read_day(render(rows))
    assert day["call_time"] == "08:00"
    assert day["field_confidence"]["call_time"] >= SURE, day["warnings"]


@pytest.mark.parametrize(
    ("head", "row", "label", "note"),
    [
        (
            ("ITEM", "WAS", "NOW"),
            ("Unit call", "7:00 AM", "7:30 AM"),
            "Unit call: 7:30 AM",
            "Unit call moved to 8:00 AM (tide).",
        ),
        (
            ("QUOI", "ANCIEN", "NOUVEAU"),
            ("Convocation équipe", "7h00", "7h30"),
            "Convocation équipe : 7h30",
            "Convocation équipe décalée à 8h00 (marée).",
        ),
    ],
)
def test_a_change_table_that_disagrees_with_the_note_is_in_review(
    head: tuple[str, str, str], row: tuple[str, str, str], label: str, note: str
) -> None:
    # the table was redrawn at 7:30, the note still says the call moved to 8:00
    rows = _sheet(*_change_table(head, row, 160), (40, 210, label, 9), (40, 250, note, 8))
    day = read_day(render(rows, unicode_font=True))
    assert day["field_confidence"]["call_time"] < SURE, day


def test_a_change_table_of_other_rows_leaves_the_call_alone() -> None:
    rows = _sheet(
        *_change_table(("ITEM", "OLD", "NEW"), ("Lunch", "12:30 PM", "1:30 PM"), 160),
        (40, 210, "Crew call: 7:00 AM", 9),
    )
    day = read_day(render(rows))
    assert day["call_time"] == "07:00"
    assert day["field_confidence"]["call_time"] >= SURE


def test_a_heading_row_is_old_then_new_words_alone() -> None:
    assert heading_columns(word_line((40, "CO"), (190, "BYŁO"), (340, "JEST"))) is not None
    assert (
        heading_columns(word_line((40, "Position"), (190, "Ancien"), (340, "Nouveau"))) is not None
    )
    assert heading_columns(word_line((40, "CO"), (190, "JEST"), (340, "BYŁO"))) is None  # new first
    assert heading_columns(word_line((40, "Call"), (190, "was 7:00"), (340, "now"))) is None
    assert heading_columns(word_line((40, "Item"), (190, "Old"), (340, "Price"))) is None


# --- people tables: more languages' headings, a sidebar's time on the headings' line ----------


def test_a_polish_crew_table_keeping_the_call_is_no_rival() -> None:
    rows = _sheet(
        (40, 160, "Zbiórka ekipy: 7:30", 9),
        (40, 200, "Dział", 8),
        (160, 200, "Osoba", 8),
        (300, 200, "Tel.", 8),
        (420, 200, "Zbiórka", 8),
        (40, 214, "Produkcja", 8),
        (160, 214, "Anna Wiśniewska", 8),
        (300, 214, "600 100 200", 8),
        (420, 214, "6:30", 8),
        (40, 228, "Kamera", 8),
        (160, 228, "Piotr Nowak", 8),
        (300, 228, "600 300 400", 8),
        (420, 228, "7:30", 8),
    )
    day = read_day(render(rows, unicode_font=True))
    assert day["call_time"] == "07:30"
    assert day["field_confidence"]["call_time"] >= SURE, day["warnings"]


def test_headings_beside_a_sidebars_time() -> None:
    sidebar = word_line(
        (38, "Sunrise: 6:50"), (200, "ROLE"), (300, "NAME"), (420, "PHONE"), (520, "CALL")
    )
    assert _headings(sidebar, 520) == "ROLE NAME PHONE CALL"
    among = word_line((38, "Sunrise"), (200, "ROLE"), (300, "6:50"), (420, "PHONE"), (520, "CALL"))
    assert _headings(among, 520) is None  # a time among the headings: no heading row


# --- a change written out in other languages; a running order's department call ---------------


def test_a_change_from_one_time_to_another_in_polish_czech_and_german() -> None:
    assert _changed_to("przesunięta z 7.30 na 9.00 (dostawa)").value == "09:00"  # type: ignore[union-attr]
    assert _changed_to("posunut z 7.00 na 8.15").value == "08:15"  # type: ignore[union-attr]
    assert _changed_to("verschoben von 7:00 auf 8:00").value == "08:00"  # type: ignore[union-attr]
    assert _changed_to("zbiórka z parkingu na plan o 7:00") is None  # a way, not a change


def test_a_department_row_of_a_running_order_is_not_the_crews() -> None:
    rows = ["5:30 Zbiórka produkcji / wyjazd", "6:30 Zbiórka ekipy", "7:15 Pierwsze ujęcie"]
    assert crew_call_in_timeline(rows, L.CREW_CALL) == "06:30"
    assert crew_call_in_timeline(["06:00 Zbiórka kamery", "07:00 Crew call"], L.CREW_CALL) == (
        "07:00"
    )
    # two rows that name the whole crew's call at two times: none
    assert crew_call_in_timeline(["6:30 Zbiórka ekipy", "7:00 Zbiórka ekipy"], L.CREW_CALL) is None


# --- a generic hospital word with a bracketed note ---------------------------------------------


def test_a_hospital_word_with_a_bracketed_note_is_a_label() -> None:
    rows = [
        *masthead("HARBOUR LIGHT PICTURES", "THE LONG TIDE", "Call sheet no. 12"),
        (40, 100, "Date: Tuesday, March 10, 2026", 9),
        (40, 116, "Crew call: 7:00 AM", 9),
        (40, 132, "Location: Pier House, 14 Quay Street, Whitby YO21 3PX", 9),
        (40, 148, "KRANKENHAUS (Notaufnahme)", 9),
        (200, 148, "Scarborough General Hospital, Woodlands Drive, Scarborough YO12 6QL", 9),
    ]
    day = read_day(render(rows))
    assert "Scarborough General" in (day["hospital"] or {}).get("name", ""), day["hospital"]


def test_a_bracket_must_close_its_cell() -> None:
    cell = word_line((38, "HOSPITAL (A&E)"), (136, "Royal Infirmary"))
    assert _bracket_closes_cell(cell.words, 0, 1)
    run_on = word_line((38, "Szpital (SOR) Miejski w Elblągu"))
    assert not _bracket_closes_cell(run_on.words, 0, 1)  # the name runs on after it


# --- a big time beside or under its small label ------------------------------------------------


def test_a_big_time_beside_its_label_on_the_next_rowsword_line() -> None:
    rows = _sheet(
        (40, 170, "Breakfast", 8),
        (240, 170, "06:30", 9),
        (40, 186, "CREW CALL", 8.5),
        (200, 198, "07:15", 22),  # its baseline with the next row's
        (300, 198, "Wrap 18:00 (est.)", 8),
        (40, 216, "Lunch", 8),
        (240, 216, "12:30", 9),
    )
    day = read_day(render(rows))
    assert day["call_time"] == "07:15"
    assert day["field_confidence"]["call_time"] >= SURE, day["warnings"]


def test_a_boxed_labels_big_time_under_it_not_the_list_beside_it() -> None:
    rows = _sheet(
        (40, 170, "HAUPTDREH / CREW CALL", 8),
        (190, 170, "Kostüm / Costume 05:30", 8),
        (190, 184, "Frühstück / Breakfast 06:15", 8),
        (40, 196, "06:45", 24),
        (190, 198, "Drehschluss / Wrap 17:30", 8),
    )
    day = read_day(render(rows, unicode_font=True))
    assert day["call_time"] == "06:45"


# --- a spaced slash before a postcode ---------------------------------------------------------


def test_a_spaced_slash_before_a_postcode_parts_street_and_town() -> None:
    _, address, _ = one_address(["Hala Stulecia, Wystawowa 1 / 51-618 Wrocław"])
    assert address is not None and "51-618 Wrocław" in address
    _, flat, _ = one_address(["ul. Długa 11/17, 00-950 Warszawa"])
    assert flat is not None and "11/17" in flat  # a flat's number keeps its slash


def test_a_places_name_between_its_street_and_its_postcode() -> None:
    name, address, _ = one_address(
        ["Kalvarija 3", "Samostan Gospe od Anđela (muzej)", "21000 Split"]
    )
    assert address == "Kalvarija 3, 21000 Split"
    assert name == "Samostan Gospe od Anđela (muzej)"
    # a line with a number between them is an address line, not the place's name
    name, _, _ = one_address(["Kalvarija 3", "Unit 4 Business Park", "21000 Split"])
    assert name != "Unit 4 Business Park"


def test_a_spot_length_with_its_medium_in_brackets_is_no_part_of_the_title() -> None:
    assert without_spot_length('„Morze Spokoju” · spot 30" (TV)') == "„Morze Spokoju”"
    assert without_spot_length("Sunday Roast (:30)") == "Sunday Roast"
    assert without_spot_length("Club - 60s (draft)") == "Club - 60s (draft)"  # no spot
