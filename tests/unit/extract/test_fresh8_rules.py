"""Layout rules from the eighth held-out set (fresh8 misses): a heading is never a value, a
set's number and part of the day beside its label, and others. Each convention is drawn on a
small page of its own. Rows are (x, baseline y, text, size) in points on a letter page."""

from __future__ import annotations

from fpdf import FPDF

from tests.fixtures.callsheets import DEJAVU
from tests.unit.extract.drawn import read_day

Row = tuple[float, float, str, float]


def _pages(*pages: list[Row]) -> bytes:
    pdf = FPDF(unit="pt", format="letter")
    pdf.add_font("DejaVu", "", str(DEJAVU))
    for rows in pages:
        pdf.add_page()
        for x, y, text, size in rows:
            pdf.set_font("DejaVu", size=size)
            pdf.text(x, y, text)
    return bytes(pdf.output())


def _width(text: str, size: float) -> float:
    pdf = FPDF(unit="pt", format="letter")
    pdf.add_font("DejaVu", "", str(DEJAVU))
    pdf.set_font("DejaVu", size=size)
    return pdf.get_string_width(text)


_HEAD = [
    (40, 40, "HARBOUR LIGHTS", 20),
    (400, 40, "Friday 13 March 2026", 10),
    (40, 70, "CREW CALL", 8),
    (40, 84, "6:30am", 12),
]


def test_the_next_heading_in_a_row_of_headings_is_not_the_hospital() -> None:
    # Given a row of capital headings, the hospital's block under its heading and 'SUN /
    # WEATHER' right after it on the same row
    rows = [
        *_HEAD,
        (40, 120, "LOCATION", 7),
        (200, 120, "NEAREST HOSPITAL (24HR EMERGENCY)", 7),
        (420, 120, "SUN / WEATHER", 7),
        (40, 132, "Bondi Icebergs", 8),
        (200, 132, "St Vincent's Hospital Sydney", 8),
        (420, 132, "Sunrise 6:52am", 8),
        (40, 142, "1 Notts Ave", 8),
        (200, 142, "390 Victoria St", 8),
        (420, 142, "Sunset 7:16pm", 8),
        (40, 152, "Bondi Beach NSW 2026", 8),
        (200, 152, "Darlinghurst NSW 2010", 8),
    ]
    day = read_day(_pages(rows))
    # Then the hospital is the block under its heading
    assert day["hospital"]["name"] == "St Vincent's Hospital Sydney"


def test_a_sets_number_and_part_of_day_beside_its_label_is_not_the_place() -> None:
    # Given 'LOCATION 1 - MORNING' over the morning's set on a split day
    rows = [
        *_HEAD,
        (40, 120, "LOCATION 1 - MORNING", 9),
        (40, 134, "EXT. SWAN HOUSE LAWN", 8),
        (40, 146, "Swan House", 8),
        (40, 158, "130 W Paces Ferry Rd NW", 8),
        (40, 170, "Atlanta, GA 30305", 8),
    ]
    day = read_day(_pages(rows))
    # Then the place is the address under it
    assert "130 W Paces Ferry Rd NW" in day["location"]


def test_polish_on_duty_hospital_and_a_sun_pair_cell() -> None:
    # Given a Polish sheet: 'SZPITAL DYŻURNY' (the hospital on emergency duty) over its name
    # and address, 'WSCHÓD / ZACHÓD SŁOŃCA' over '04:23 / 21:06', and the call time under its
    # label on the line where the next column's heading starts
    rows = [
        (40, 40, "PIERNIKOWY DOM", 20),
        (40, 70, "DATA ZDJĘĆ", 7),
        (40, 82, "sobota 6.06.2026 r.", 9),
        (40, 104, "GODZINA ZBIÓRKI", 7),
        (40, 116, "08:00", 12),
        (300, 116, "SZPITAL DYŻURNY", 7),
        (300, 128, "Wojewódzki Szpital Zespolony", 8),
        (300, 140, "ul. Św. Józefa 53-59, 87-100 Toruń", 8),
        (40, 150, "WSCHÓD / ZACHÓD SŁOŃCA", 7),
        (40, 162, "04:23 / 21:06", 9),
        (40, 190, "LOKALIZACJA", 7),
        (40, 202, "Dom Kopernika", 8),
        (40, 214, "ul. Kopernika 15/17, 87-100 Toruń", 8),
    ]
    day = read_day(_pages(rows))
    # Then the hospital, both sun times and the call time are read
    assert day["hospital"]["name"] == "Wojewódzki Szpital Zespolony"
    assert (day["sunrise"], day["sunset"]) == ("04:23", "21:06")
    assert day["call_time"] == "08:00"
    assert day["field_confidence"]["call_time"] >= 0.85


def test_the_kind_of_film_under_the_title_is_not_the_title() -> None:
    # Given the title big, and under it 'film fabularny · reż. ...' (the genre and director)
    rows = [
        (40, 40, "OSTATNIE LATO", 22),
        (40, 58, "film fabularny · reż. Marta Zielińska", 9),
        (40, 80, "Data zdjęć: wtorek, 17 marca 2026", 9),
        (40, 94, "Godzina zbiórki: 07:00", 9),
        (40, 108, "Lokalizacja: ul. Narutowicza 4, 20-004 Lublin", 9),
    ]
    day = read_day(_pages(rows))
    # Then the title is the big line
    assert day["production"] == "OSTATNIE LATO"


def test_a_minimal_sheet_that_calls_people_to_a_place_at_a_time_is_a_call_sheet() -> None:
    from pipeline.extract.reader.classify import verdict

    # Given a one-page documentary sheet: a title, a date, 'Meet 0830 at ...', an address
    text = "\n".join(
        [
            "THE BRIDGE KEEPERS",
            "Observational documentary - Day 3 of 5",
            "Date Wednesday 27 May 2026",
            "Meet 0830 at the observatory entrance",
            "Address Clifton Observatory",
            "Litfield Pl",
            "Bristol BS8 3LT",
        ]
    )
    assert verdict(text, False).kind == "call_sheet"
    # and without the summons it is not one
    assert verdict(text.replace("Meet 0830", "Drop-in"), False).kind == "other"


def test_a_scout_report_an_availability_check_and_a_rental_quote_are_other() -> None:
    from pipeline.extract.reader.classify import verdict

    scout = [
        "LOCATION SCOUT REPORT",
        "Recce #3",
        "Scouted Friday, February 20, 2026, 2:00 PM - 3:30 PM",
        "Location Providence Athenaeum, 251 Benefit St, Providence, RI 02903",
        "Available dates March 9-13, 2026",
        "Access Loading via the rear door, 6:00 AM earliest",
        "Nearest hospital Rhode Island Hospital, 593 Eddy St",
        "Recommendation Suitable for scenes 12-13",
    ]
    pencil = [
        "Subject: Availability check - THE MERSEY LINE - 17 March",
        "Are you available on Tuesday 17 March 2026 for one day of second unit?",
        "Unit call would likely be 0800 at St George's Hall, St George's Pl, Liverpool L1 1JJ,",
        "This is a light pencil only, NOT a confirmation. Please reply by Thursday 5 March.",
        "We will confirm or release by Friday, and the call sheet will follow the night before.",
    ]
    quote = [
        "Camera Rental Ltd QUOTE Q-20417",
        "Collection Monday 16.03.2026, 16:00, at our warehouse",
        "Return Thursday 19.03.2026 by 10:00",
        "Delivery optional: to 1 High St, Bristol BS1 1AA, 06:30",
        "Total net 10 700,00 + VAT 23%",
        "Quote valid 14 days. Insurance certificate required before collection.",
    ]
    for lines in (scout, pencil, quote):
        assert verdict("\n".join(lines), False).kind == "other"


def test_a_value_column_goes_on_past_the_left_columns_rows() -> None:
    # Given TIMES on the left and LOCATION on the right, their rows on their own baselines:
    # the set's scene heading beside the label, its name and address under it, the left
    # column's rows between them, one of them run up to 3 points short of the label
    rows = [
        *_HEAD,
        (40, 120, "TIMES", 9),
        (340, 120, "LOCATION", 9),
        (420, 120, "INT. BANQUETING ROOM", 9),
        (420, 131, "Royal Pavilion", 9),
        (40, 136, "Breakfast from", 9),
        (
            337 - _width("06:45 (Unit Base, 06:45 - 07:15)", 9),
            136,
            "06:45 (Unit Base, 06:45 - 07:15)",
            9,
        ),
        (420, 143, "4-5 Pavilion Buildings", 9),
        (40, 152, "Lunch", 9),
        (228, 152, "12:30", 9),
        (420, 155, "Brighton BN1 1EE", 9),
    ]
    day = read_day(_pages(rows))
    # Then the set's address is read under its name
    assert "4-5 Pavilion Buildings" in day["location"]


def test_a_left_column_note_running_under_the_label_does_not_end_the_value() -> None:
    # Given a left column's note that runs under the LOCATION label but stops short of the
    # value's column, on the line of the set's name
    rows = [
        *_HEAD,
        (40, 120, "TIMES", 9),
        (340, 120, "LOCATION", 9),
        (420, 120, "INT. ENGINE HOUSE", 9),
        (40, 131, "Make-up", 9),
        (258, 131, "Artistes as per schedule", 9),
        (420, 131, "Kelham Island Museum", 9),
        (420, 143, "Alma St", 9),
        (420, 155, "Sheffield S3 8RY", 9),
    ]
    day = read_day(_pages(rows))
    # Then the set's street is still read under its name
    assert "Alma St" in day["location"]
