"""Conventions from the thirty-first held-out set's misses (reader41): a company heading ending
"Co." presents the title under it; an edition word before the sheet's name ("- ADVANCE CALL
SHEET") still leaves the title before the dash; a letter-spaced export's value lines carry on
at the value's own wide word spacing; a typed list's dot leaders mark a label and end the
label's extra words; an address wrapped mid-way at the column's edge is one address again;
and a month name of two meanings ("listopada") is settled by a sure date printed days away.
Each is drawn on a small page of its own, in words and places of its own. Rows are (x,
baseline y, text, size) in points."""

from __future__ import annotations

from fpdf import FPDF

from pipeline.extract.reader.fields import one_address
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day


def test_company_short_form_heading_is_no_title() -> None:
    rows: list[Row] = [
        (40, 40, "HARBOUR LIGHT PICTURE CO.", 16),
        (420, 40, "CALL SHEET", 16),
        (40, 56, "Harbour Light Picture Co. Ltd., 12 Quay St, Halifax, NS B3J 1S9", 7),
        (40, 78, "Maritime Bank - Open Water", 13),
        (40, 120, "Date: Thursday 12 November 2026", 9),
        (40, 134, "Crew call: 07:30", 9),
        (40, 148, "Location: Pier 21, 1055 Marginal Rd, Halifax, NS B3H 4P7", 9),
        (40, 162, "Sunrise 07:05   Sunset 16:45", 9),
    ]
    day = read_day(render(rows))
    assert day["production"] == "Maritime Bank - Open Water", day["warnings"]


def test_edition_word_before_sheet_name_leaves_the_title() -> None:
    rows: list[Row] = [
        (30, 30, "LOW TIDE - REVISED CALL SHEET / SCHEDULE", 13),
        (600, 30, "Fieldgate Films Ltd", 8),
        (30, 48, "Director: Ann Lowe   Producer: Dev Shah", 7),
        (30, 70, "DAY 3 OF 20   Wednesday 10 June 2026   UNIT CALL 07.00", 10),
        (30, 86, "SET: Whitstable Harbour, South Quay, Whitstable CT5 1AB", 8),
        (30, 102, "Sunrise 04.45  Sunset 21.16", 8),
        (30, 118, "Sc. 12 EXT. HARBOUR WALL - the boats come in DAY", 8),
    ]
    day = read_day(render(rows, page="A4"))
    assert day["production"].lower() == "low tide", day["warnings"]


def _spaced(x: float, y: float, words: list[str], size: float, gap: float) -> list[Row]:
    """Words placed one by one with ``gap`` points between them (a tracked export's spacing)."""
    pdf = FPDF(unit="pt")
    pdf.set_font("Helvetica", size=size)
    rows: list[Row] = []
    for word in words:
        rows.append((x, y, word, size))
        x += pdf.get_string_width(word) + gap
    return rows


def test_tracked_value_lines_carry_on_at_their_own_spacing() -> None:
    rows: list[Row] = [
        (200, 30, "Ebb and Flow", 14),
        (33, 60, "DATE", 7.5),
        (111, 60, "2026-05-14", 8.5),
        (261, 60, "CREW CALL", 7.5),
        (349, 60, "08:00", 8.5),
        (33, 100, "LOCATION", 7.5),
        *_spaced(111, 100, ["Old", "Harbour", "Pumphouse"], 8.5, 7.5),
        *_spaced(111, 111, ["Quayside", "Road"], 8.5, 7.5),
        *_spaced(111, 122, ["Bristol", "BS1", "4RN"], 8.5, 7.5),
        (33, 150, "HOSPITAL", 7.5),
        (111, 150, "Bristol Royal Infirmary", 8.5),
        (111, 161, "Upper Maudlin St, Bristol BS2 8HW", 8.5),
        (33, 185, "SUNRISE", 7.5),
        (111, 185, "05:12", 8.5),
        (199, 185, "SUNSET", 7.5),
        (261, 185, "21:01", 8.5),
    ]
    day = read_day(render(rows, page="A4"))
    assert "Quayside Road" in day["location"], day["location"]
    assert "BS1 4RN" in day["location"], day["location"]


def test_dot_leaders_mark_a_label_and_end_its_words() -> None:
    rows: list[Row] = [
        (40, 40, "NADODRZE FILM S.A.", 9),
        (200, 70, "PLAN ZDJĘCIOWY NR 2", 15),
        (230, 92, "„Most”", 12),
        *[
            (40, 130 + 16 * n, f"{label} {'.' * dots}", 10)
            for n, (label, dots) in enumerate(
                [
                    ("Data zdjęć", 30),
                    ("Zbiórka ekipy", 26),
                    ("Miejsce zdjęć", 26),
                    ("Baza techniczna i parking", 6),
                    ("Szpital (SOR)", 26),
                    ("Wschód / zachód słońca", 8),
                ]
            )
        ],
        (206, 130, "14.05.2026 r.", 10),
        (206, 146, "godz. 7.00", 10),
        (206, 162, "Hala Stulecia, ul. Wystawowa 1, 51-618 Wrocław", 10),
        (206, 178, "ul. Mickiewicza 10 (parking), 51-618 Wrocław", 10),
        (206, 194, "Szpital Wojskowy, ul. Weigla 5, 50-981 Wrocław", 10),
        (206, 210, "4:40 / 20:43", 10),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["hospital"] is not None and day["hospital"]["name"] == "Szpital Wojskowy"
    assert day["base_location"].startswith("ul. Mickiewicza 10"), day["base_location"]


def test_address_wrapped_at_the_column_edge_is_one_again() -> None:
    # the postcode ends the line, its town alone on the next
    _, address, _ = one_address(["Hala Stulecia (foyer), ul. Wystawowa 1, 51-618", "Wrocław"])
    assert address is not None and address.endswith("ul. Wystawowa 1, 51-618 Wrocław")
    # the numbered street ends the line on a comma, its postcode and town on the next
    _, address, _ = one_address(["Zamek Królewski (dziedziniec), ul. Długa 5,", "00-238 Warszawa"])
    assert address is not None and "ul. Długa 5, 00-238 Warszawa" in address
    # two lines that are a name and its own address stay apart
    name, address, _ = one_address(["Teatr Polski", "ul. Karasia 2, 00-327 Warszawa"])
    assert name == "Teatr Polski" and address == "ul. Karasia 2, 00-327 Warszawa"


def _typed_sheet(date_line: str, sent_line: str | None) -> bytes:
    rows: list[Row] = [
        (40, 40, "WISŁA FILM SP. Z O.O.", 9),
        (200, 70, "PLAN ZDJĘCIOWY NR 9", 15),
        (230, 92, "„Kra”", 12),
        (40, 130, "Data zdjęć:", 10),
        (206, 130, date_line, 10),
        (40, 146, "Zbiórka ekipy:", 10),
        (206, 146, "7:30", 10),
        (40, 162, "Miejsce zdjęć:", 10),
        (206, 162, "Wawel, ul. Kanonicza 1, 31-002 Kraków", 10),
        (40, 178, "Wschód / zachód słońca:", 10),
        (206, 178, "6:41 / 16:05", 10),
    ]
    if sent_line:
        rows.append((40, 260, sent_line, 9))
    return render(rows, unicode_font=True)


def test_two_meaning_month_settled_by_a_sure_date_nearby() -> None:
    day = read_day(_typed_sheet("12 listopada 2026", "Wysłano: 11.11.2026, 20:15"))
    assert day["shooting_date"] == "2026-11-12"
    assert day["field_confidence"]["shooting_date"] >= 0.85, day["warnings"]


def test_two_meaning_month_stays_doubtful_alone_or_against_a_date_a_month_off() -> None:
    alone = read_day(_typed_sheet("12 listopada 2026", None))
    assert alone["field_confidence"]["shooting_date"] < 0.85
    # sent on 11 October: the other meaning (Croatian, October) would be the near one
    other = read_day(_typed_sheet("12 listopada 2026", "Wysłano: 11.10.2026, 20:15"))
    assert other["field_confidence"]["shooting_date"] < 0.85
