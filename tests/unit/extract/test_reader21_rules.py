"""Conventions from the corpus's remaining misses (reader21): a street named with a label's
word ('Call Lane', 'Hospital Road'); a numbered place heading with a note in brackets
('LOCATION 1 (main)'). Each is drawn on a small page of its own, in words of its own. Rows are
(x, baseline y, text, size) in points on a letter page."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fpdf import FPDF

from pipeline.extract.reader.sanity import ReadContext
from tests.fixtures.callsheets import column, render
from tests.unit.extract.drawn import headed, label_rows, masthead, read_day


def _sheet(place: list[str], *, heading: str = "SET", extra: list[Any] | None = None) -> bytes:
    rows = [
        *masthead("WREN & FINCH PRODUCTIONS", "THE LAMPLIGHTERS", "Call sheet 6"),
        *label_rows(("Date", "Friday 12 June 2026"), ("Unit call", "07:30"), value_x=150, top=110),
        *headed(heading, *place, x=40, top=150),
        *(extra or []),
        (40, 300, "Sc 21 INT. WORKSHOP - DAY", 9),
        (40, 314, "Sc 22 EXT. YARD - DAY", 9),
    ]
    return render(rows)


# --- a street named with a label's word --------------------------------------------------------


def test_a_street_named_with_the_hospital_word_is_the_set_address_not_a_hospital() -> None:
    # Given a set whose street starts with a label's word ("Hospital Road"), and the real
    # hospital under its own heading further down
    day = read_day(
        _sheet(
            ["The old cooperage", "Hospital Road", "Ledbury HR8 2AA"],
            extra=headed(
                "NEAREST A&E",
                "Hereford County Hospital",
                "Union Walk",
                "Hereford HR1 2ER",
                x=300,
                top=150,
            ),
        )
    )
    # Then the street line stays in the set's address, and the hospital is the one under A&E
    assert day["location"] == "Hospital Road, Ledbury HR8 2AA"
    assert day["hospital"]["name"] == "Hereford County Hospital"


def test_a_street_named_with_the_sunrise_word_is_no_sun_label() -> None:
    # Given a set on "Sunrise Avenue", and no sun times printed anywhere
    day = read_day(_sheet(["Bayview motel", "Sunrise Avenue", "Mount Maunganui 3116"]))
    # Then the street is part of the address, and no sunrise was read from it
    assert day["location"].startswith("Sunrise Avenue")
    assert day["sunrise"] is None


# --- a numbered place heading with a note in brackets ------------------------------------------


def test_a_numbered_set_heading_with_a_note_in_brackets_heads_the_place_below() -> None:
    # Given "SET 1 (primary)" over a place, with "SET 2 (weather cover)" beside it
    day = read_day(
        _sheet(
            ["Cooper's yard", "14 Bridge Street", "Ledbury HR8 2AN"],
            heading="SET 1 (primary)",
            extra=headed(
                "SET 2 (weather cover)",
                "Market hall",
                "1 High Street",
                "Ledbury HR8 1DS",
                x=300,
                top=150,
            ),
        )
    )
    # Then set 1's address is the day's location, not the heading's number and note
    assert day["location"] == "14 Bridge Street, Ledbury HR8 2AN"
    assert "primary" not in str(day["locations"])


# --- a place's name before the post town, with no road read ------------------------------------


def test_a_village_before_the_post_town_with_no_road_is_read_but_not_confirmed() -> None:
    # Given a farm's name, then only its village before the post town and postcode: no road,
    # no house number (the village may as well be a street written without its type word)
    day = read_day(_sheet(["Lambing shed", "Pen-y-bryn Farm", "Llangadfan, Welshpool SY21 0PU"]))
    # Then that line is the set's address, kept for a person to check
    assert day["location"] == "Llangadfan, Welshpool SY21 0PU"
    assert day["field_confidence"]["location"] < 0.85
    assert day["confidence"] < 0.85
    assert any("no street read" in w for w in day["warnings"])


def test_a_street_with_an_old_street_word_in_its_name_is_still_confirmed() -> None:
    # Given streets written with no type word after their name, as old town centres have them
    for street, town in [
        ("Briggate", "Leeds LS1 6HD"),
        ("Strand", "London WC2R 0RN"),
        ("Cheapside", "London EC2V 6AA"),
    ]:
        day = read_day(_sheet(["Shop front", "The arcade", f"{street}, {town}"]))
        # Then the address is the street line, confirmed as a street's
        assert day["location"] == f"{street}, {town}"
        assert day["field_confidence"]["location"] >= 0.85, street


def test_a_house_number_makes_a_typeless_street_an_address() -> None:
    # Given a house number before a street name with no type word
    day = read_day(_sheet(["Gallery", "The print rooms", "27 Kirkgate, Otley LS21 3HN"]))
    # Then it is the address, confirmed
    assert day["location"] == "27 Kirkgate, Otley LS21 3HN"
    assert day["field_confidence"]["location"] >= 0.85


# --- a date printed without its year -----------------------------------------------------------


def _yearless(date: str, footer: str = "Printed for the crew only") -> bytes:
    rows = [
        (40, 40, "KESTREL & CO", 9),
        (40, 70, "NIGHT FERRY", 18),
        (400, 70, date, 11),
        *label_rows(("Crew call", "06:45"), value_x=150, top=110),
        (40, 124, "Location", 9),
        *column(
            "Ferry terminal",
            "12 Harbour Road",
            "Stranraer DG9 7RA",
            x=150,
            top=124,
            size=9,
            step=12,
        ),
        (40, 220, "Sc 3 EXT. SLIPWAY - DAY", 9),
        (40, 760, footer, 7),
    ]
    return render(rows)


def test_a_yearless_date_with_no_email_date_goes_to_review_with_a_warning() -> None:
    # Given a day printed with its weekday but no year, nothing else on the sheet dated, and
    # no e-mail around it
    day = read_day(_yearless("Thursday 11 June"))
    # Then no year is trusted: the day goes to a person, told the year is missing
    assert day["confidence"] < 0.85
    assert day["shooting_date"] is None or day["field_confidence"]["shooting_date"] < 0.85
    assert any("without a year" in w or "year" in w for w in day["warnings"])


def test_a_yearless_date_takes_the_year_of_the_emails_date_when_the_weekday_agrees() -> None:
    # Given the same sheet, sent by e-mail a few days before the day
    day = read_day(_yearless("Thursday 11 June"), ReadContext(sent=dt.date(2026, 6, 8)))
    # Then the printed weekday fixes the year near the e-mail's date
    assert day["shooting_date"] == "2026-06-11"
    assert day["field_confidence"]["shooting_date"] >= 0.85


def test_a_yearless_date_without_its_weekday_is_only_a_guess_even_with_a_printed_year() -> None:
    # Given no weekday beside the day, and the year printed only in a copyright line
    day = read_day(_yearless("11 June", footer="(c) 2026 Kestrel & Co"))
    # Then the year is taken, but a person confirms it
    assert day["shooting_date"] == "2026-06-11"
    assert day["field_confidence"]["shooting_date"] < 0.85
    assert day["confidence"] < 0.85


def test_a_printed_year_and_an_agreeing_weekday_fix_the_date() -> None:
    # Given the weekday beside the day and the year printed in a copyright line
    day = read_day(_yearless("Thursday 11 June", footer="(c) 2026 Kestrel & Co"))
    # Then that year's Thursday 11 June is the day (no other year near it has one)
    assert day["shooting_date"] == "2026-06-11"


def _made_on(made: dt.datetime, date: str) -> bytes:
    """The yearless sheet as a file whose metadata says when it was made."""
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_creation_date(made)
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    for x, y, text, size in [
        (40, 70, "HARBOUR WALLS", 18),
        (400, 70, date, 11),
        (40, 110, "Crew call", 9),
        (150, 110, "07:00", 9),
        (40, 124, "Location", 9),
        (150, 124, "3 Quay Parade, Swansea SA1 1UP", 9),
        (40, 200, "Sc 9 EXT. QUAYSIDE - DAY", 9),
    ]:
        pdf.set_font_size(size)
        pdf.text(x, y, text)
    return bytes(pdf.output())


def test_the_files_own_date_and_the_printed_weekday_suggest_a_year_for_review() -> None:
    # Given a day printed as "Wednesday 14 February" with no year anywhere, no e-mail around
    # it, in a file made in November 2023 (only 2024's 14 February near it is a Wednesday)
    data = _made_on(dt.datetime(2023, 11, 20, tzinfo=dt.UTC), "Wednesday 14 February")
    day = read_day(data)
    # Then that year is offered, for a person to confirm (a file's date may be a template's)
    assert day["shooting_date"] == "2024-02-14"
    assert day["field_confidence"]["shooting_date"] < 0.85
    assert day["confidence"] < 0.85
    assert any("file's own date" in w for w in day["warnings"])


def test_the_emails_date_wins_over_the_files_own_date() -> None:
    # Given the same file sent by e-mail in February 2029 (14 February 2029 is a Wednesday too)
    data = _made_on(dt.datetime(2023, 11, 20, tzinfo=dt.UTC), "Wednesday 14 February")
    day = read_day(data, ReadContext(sent=dt.date(2029, 2, 10)))
    # Then the e-mail's date gives the year, and the agreeing weekday makes it sure
    assert day["shooting_date"] == "2029-02-14"
    assert day["field_confidence"]["shooting_date"] >= 0.85


def test_without_a_printed_weekday_the_files_date_gives_no_year() -> None:
    # Given the day printed without its weekday, in a file made in November 2023
    data = _made_on(dt.datetime(2023, 11, 20, tzinfo=dt.UTC), "14 February")
    day = read_day(data)
    # Then no year is guessed: the day waits for a person (or the e-mail's date)
    assert day["shooting_date"] is None
    assert day["confidence"] < 0.85


# --- a value a few points under the line beside it, on its own label's baseline -----------------


def test_a_place_block_lower_than_the_times_beside_it_keeps_its_first_line_with_its_label() -> None:
    # Given times at the left in 9.5 pt and, 7 points lower, a hospital's heading (8 pt bold)
    # and its name (8.5 pt) on one baseline: the name's middle is nearer the time's line than
    # the heading's middle is
    rows = [
        (40, 40, "TIDEWATER", 18),
        (40, 60, "Call sheet - Monday 7 September 2026", 9),
        (40, 100, "Unit call", 9.5),
        (222, 100, "0730", 9.5),
        (340, 90, "SET", 8),
        (400, 90, "14 Marine Parade, Whitby YO21 3PR", 8.5),
        (40, 128, "Lunch", 9.5),
        (222, 128, "1300", 9.5),
        (40, 142, "Wrap", 9.5),
        (222, 142, "1930", 9.5),
        (340, 149, "HOSPITAL", 8),
        (400, 149, "Scarborough General Hospital", 8.5),
        (400, 160, "Woodlands Dr", 8.5),
        (400, 171, "Scarborough YO12 6QL", 8.5),
        (40, 220, "Sc 5 EXT. PIER - DAY", 9),
    ]
    day = read_day(render(rows))
    # Then the name is read on its heading's line, as the hospital's name
    assert day["hospital"]["name"] == "Scarborough General Hospital"
    assert day["call_time"] == "07:30"


# --- a documentary's "Meet" --------------------------------------------------------------------


def test_a_meet_time_alone_in_its_cell_is_the_crews_call_for_review() -> None:
    # Given a one-page documentary sheet whose only time of the day is "Meet 0745 by the lock"
    rows = [
        (60, 60, "CANAL PEOPLE", 20),
        (60, 80, "Observational documentary - shoot 2 of 4", 10),
        (60, 110, "Date", 11),
        (170, 110, "Tuesday 9 June 2026", 11),
        (60, 135, "Meet", 11),
        (170, 135, "0745 by the lock keeper's cottage", 11),
        (60, 160, "Address", 11),
        (170, 160, "Lock Cottage", 11),
        (170, 175, "14 Towpath Road", 11),
        (170, 190, "Stoke Bruerne NN12 7SE", 11),
    ]
    day = read_day(render(rows))
    # Then the meeting time is the call, offered for a person to confirm
    assert day["call_time"] == "07:45"
    assert day["field_confidence"]["call_time"] < 0.85


# --- a label word opening the letterhead's address line -----------------------------------------


def test_a_production_label_word_opening_an_address_line_names_no_title() -> None:
    # Given a letterhead line that starts with a production label's word ("Project House, ...")
    rows = [
        (40, 30, "Project House, 12 Mill Lane, Bristol BS1 6XX", 8),
        (40, 60, "THE SALT ROAD", 20),
        (40, 90, "Call sheet - Wednesday 10 June 2026", 9),
        (40, 120, "Crew call: 08:00", 9),
        (40, 134, "Location: 5 Harbour Walk, Bristol BS1 5TY", 9),
        (40, 200, "Sc 4 EXT. QUAY - DAY", 9),
    ]
    day = read_day(render(rows))
    # Then the title is the sheet's heading, not the company's address
    assert day["production"] == "THE SALT ROAD"


# --- the sun's word over its two directions ------------------------------------------------------


def test_one_cell_headed_by_the_sun_and_its_two_directions_gives_both_times() -> None:
    # Given a header row whose cell "SUN (RISE / SET)" stands over "6.12 / 19.48"
    rows = [
        (40, 40, "FIELD OF REEDS", 18),
        (40, 90, "DATE", 8),
        (160, 90, "CREW CALL", 8),
        (280, 90, "SUN (RISE / SET)", 8),
        (40, 102, "Monday 14 September 2026", 9),
        (160, 102, "07:00", 9),
        (280, 102, "6.12 / 19.48", 9),
        (40, 140, "LOCATION: 3 Fen Road, Ely CB7 4DL", 9),
        (40, 200, "Sc 2 EXT. REEDS - DAY", 9),
    ]
    day = read_day(render(rows))
    # Then the first time is the sunrise and the second the sunset
    assert (day["sunrise"], day["sunset"]) == ("06:12", "19:48")


# --- Vietnamese: "PHIM:" before the title, the film crew's call, a ward-district-city line -----


def test_vietnamese_title_after_phim_the_film_crews_call_and_a_ward_district_city_line() -> None:
    # Given a Vietnamese sheet: "PHIM: <title>" over the kind of film, the film crew's gathering
    # time under its heading, and a place whose street is over its ward, district and city
    rows = [
        (40, 40, "Công ty Phim Ánh Dương", 8),
        (200, 70, "PHIM: CHUYẾN XE ĐÊM", 16),
        (220, 90, "Phim tài liệu", 9),
        (40, 120, "NGÀY QUAY", 8),
        (200, 120, "TẬP TRUNG ĐOÀN PHIM", 8),
        (40, 132, "Thứ Hai, 15/06/2026", 9),
        (200, 132, "5h45", 9),
        (40, 170, "ĐỊA ĐIỂM QUAY", 8),
        *column(
            "Sân ga",
            "Ga Sài Gòn",
            "1 Nguyễn Thông",
            "Phường 9, Quận 3, TP. Hồ Chí Minh",
            x=40,
            top=182,
            size=9,
            step=11,
        ),
        (40, 260, "CẢNH QUAY", 9),
        (40, 274, "3 NGOẠI - SÂN GA - Ngày", 8),
    ]
    day = read_day(render(rows, unicode_font=True))
    # Then the title is without "PHIM:", the call is the crew's, the address is the street's
    assert day["production"] == "CHUYẾN XE ĐÊM"
    assert day["call_time"] == "05:45"
    assert day["location"] == "1 Nguyễn Thông, Phường 9, Quận 3, TP. Hồ Chí Minh"


# --- Catalan "d'" before a month; a district, city, code and region line ------------------------


def test_a_catalan_date_with_de_elided_before_the_month() -> None:
    # Given a Catalan date whose "de" is elided before a vowel ("3 d'octubre de 2026")
    rows = [
        (40, 40, "LA BARCA", 18),
        (40, 80, "Data: dissabte, 3 d'octubre de 2026", 9),
        (40, 94, "Citació equip tècnic: 8.00 h", 9),
        (40, 108, "Localització: Carrer del Mar 12, 17130 L'Escala", 9),
        (40, 180, "Seq. 4 EXT. PLATJA - DIA", 9),
    ]
    day = read_day(render(rows, unicode_font=True))
    # Then the date is read, and the printed weekday (Saturday) agrees
    assert day["shooting_date"] == "2026-10-03"
    assert day["field_confidence"]["shooting_date"] >= 0.85


def test_a_street_over_its_district_city_and_a_code_before_the_region() -> None:
    # Given a place's street over "District, City, 6000 Region" (a four-digit code that could
    # read as a time), as Philippine addresses are written
    day = read_day(
        _sheet(
            [
                "Old church steps",
                "Basilica del Santo Niño",
                "Osmeña Blvd",
                "Pari-an, Cebu City, 6000 Cebu",
            ]
        )
    )
    # Then the street and its town line are the address
    assert day["location"] == "Osmeña Blvd, Pari-an, Cebu City, 6000 Cebu"


def test_a_time_before_a_word_is_still_no_town_line() -> None:
    # Given a place block followed by a schedule row "0630 Breakfast" under it
    day = read_day(_sheet(["Signal box", "Station Road", "Settle BD24 9AA", "0630 Breakfast"]))
    # Then the schedule row is not read into the address
    assert day["location"] == "Station Road, Settle BD24 9AA"


def test_the_hospital_on_duty_heads_the_hospital() -> None:
    # Given the day's hospital on emergency duty, headed "DUTY HOSPITAL (TODAY)"
    day = read_day(
        _sheet(
            ["Harbour steps", "12 Quay Street", "Valletta VLT 1234"],
            extra=[
                (300, 150, "DUTY HOSPITAL (TODAY)", 9),
                *column("Mater Dei Hospital", "Triq Dun Karm", "Msida MSD 2090", x=300,
                        top=164, size=9, step=12),
            ],
        )
    )  # fmt: skip
    # Then its name is the hospital's
    assert day["hospital"]["name"] == "Mater Dei Hospital"


# --- a line break PDFium infers between two touching letters of one word -------------------------


def _chars(*specs: tuple[str, float, float, bool]) -> list[Any]:
    from pipeline.extract.reader.pdfium_text import _Char

    return [_Char(t, x0, x1, 40.0, 60.0, 18.0, generated=g) for t, x0, x1, g in specs]


def test_an_inferred_line_break_between_touching_letters_splits_no_word() -> None:
    from pipeline.extract.reader.pdfium_text import words

    # Given the letters of "RIO LOBO" where PDFium put a line break it inferred between the
    # touching "LO" and "BO" (seen on a kerned 18 pt title beside right-aligned text)
    chars = _chars(
        ("R", 34, 47, False), ("I", 47, 52, False), ("O", 52, 66, False), (" ", 66, 71, False),
        ("L", 71, 82, False), ("O", 82, 96, False), ("\r", 96, 96, True), ("\n", 96, 96, True),
        ("B", 96, 109, False), ("O", 109, 123, False),
    )  # fmt: skip
    # Then the word is whole, as pdfplumber (which sees no inferred break) reads it
    assert [w.text for w in words(chars)] == ["RIO", "LOBO"]


def test_an_inferred_line_break_before_a_gap_or_a_step_back_still_splits() -> None:
    from pipeline.extract.reader.pdfium_text import words

    # Given an inferred break followed by a letter far right, or by one overlapping the last
    # (two text runs printed over each other)
    far = _chars(("A", 10, 20, False), ("\r", 20, 20, True), ("B", 40, 50, False))
    back = _chars(("A", 10, 20, False), ("\r", 12, 12, True), ("B", 14, 24, False))
    # Then each stays a word of its own
    assert [w.text for w in words(far)] == ["A", "B"]
    assert len(words(back)) == 2
