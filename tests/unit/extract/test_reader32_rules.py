"""Conventions from the twenty-third and twenty-fourth held-out sets' misses (reader32): a
numbered list of places in one cell, a label's word inside a numbered street ('1 Hospital
Way'), a webmail print's header (no 'Subject:' field) and a subject whose title runs on into
the sheet's words, the Portuguese paper's name over its title, a heading joined to the place's
label ('LOCATION & MAP'), an app's icon before its heading, and a sign-in sheet or a gear
check-out form that calls no one. Each is drawn on a small page of its own, in words and places
of its own. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_document
from pipeline.extract.reader.email_header import subject_title
from pipeline.extract.reader.hospital_finder import _street_word
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day


def _kind(rows: list[Row]) -> str:
    return extract_document(render(rows, unicode_font=True)).to_json()["document_type"]


def _sheet(extra: list[Row], *, title: str = "RIVER WALK") -> bytes:
    rows = [
        (40, 40, "Alamo City Pictures", 9),
        (40, 64, title, 16),
        (380, 40, "Thursday, April 9, 2026", 9),
        (40, 96, "Crew Call", 9),
        (150, 96, "6:45 AM", 9),
        *extra,
    ]
    return render(rows, unicode_font=True)


# --- a numbered list of places in one cell ----------------------------------------------------


@pytest.mark.parametrize("marks", [("1)", "2)"), ("(1)", "(2)")])
def test_the_first_of_a_numbered_list_of_places_is_the_set(marks: tuple[str, str]) -> None:
    rows = [
        (40, 124, "Location", 9),
        (150, 124, f"{marks[0]} Majestic Theatre, 224 E Houston St, San Antonio, TX 78205", 9),
        (
            150,
            136,
            f"{marks[1]} (after lunch) Main Plaza, 115 Main Plaza, San Antonio, TX 78205",
            9,
        ),
    ]
    day = read_day(_sheet(rows))
    assert day["location"] == "224 E Houston St, San Antonio, TX 78205"
    assert day["locations"][0]["name"] == "Majestic Theatre"


# --- a label's word inside a numbered street ---------------------------------------------------


@pytest.mark.parametrize(
    ("street", "name"),
    [
        ("1 Hospital Way, Fort Wayne, IN 46805", "Lutheran Hospital"),
        ("40 Hospital Way, Portland, ME 04102", "Maine Medical Center"),
    ],
)
def test_a_label_word_after_a_house_number_is_the_street(street: str, name: str) -> None:
    rows = [
        (40, 124, "Location", 9),
        (150, 124, "Embassy Theatre, 125 W Jefferson Blvd, Fort Wayne, IN 46802", 9),
        (40, 160, "NEAREST HOSPITAL", 9),
        (40, 174, f"\u271a {name}", 9),
        (40, 186, street, 9),
    ]
    hospital = read_day(_sheet(rows))["hospital"] or {}
    assert hospital.get("name") == name
    assert street.split(",")[0] in (hospital.get("address") or "")


@pytest.mark.parametrize("name", ["Way", "Road,", "Drive"])
def test_a_street_type_alone_is_no_name(name: str) -> None:
    assert _street_word(name)


@pytest.mark.parametrize("name", ["Royal Way Hospital", "St Mary's", "Kingsway Clinic"])
def test_a_name_is_no_street_type(name: str) -> None:
    assert not _street_word(name)


# --- a webmail print's header and subject -----------------------------------------------------


def _webmail(count: str) -> bytes:
    rows = [
        (30, 20, "3/2/26, 7:05 AM Gmail - SALT FLATS - Call Sheet Day 2 - Tue 3/3", 7),
        (40, 50, "Gmail", 12),
        (300, 50, "Rory Adams <rory.adams.ac@gmail.com>", 8),
        (40, 80, "SALT FLATS - Call Sheet Day 2 - Tue 3/3", 13),
        (40, 96, count, 8),
        (40, 120, "From: Dana Cole <dana@bonnevillefilms.com>", 9),
        (40, 132, "To: crew@bonnevillefilms.com", 9),
        (40, 144, "Date: Mon, Mar 2, 2026 at 5:51 PM", 9),
        (40, 170, "Hi everyone, tomorrow's sheet is below.", 9),
        (40, 196, "SALT FLATS - Day 2 of 9", 9),
        (40, 208, "Date: Tuesday, March 3, 2026", 9),
        (40, 220, "Crew call: 6:30 AM", 9),
        (40, 232, "Location: Bonneville Salt Flats Rest Area, I-80, Wendover, UT 84083", 9),
        (
            40,
            244,
            "Nearest hospital: Mountain West Medical Center, 2055 N Main St, Tooele, UT 84074",
            9,
        ),
        (40, 256, "Sunrise 7:05 AM / Sunset 6:38 PM", 9),
    ]
    return render(rows, unicode_font=True)


@pytest.mark.parametrize("count", ["1 message", "3 messages"])
def test_a_webmail_prints_sent_date_is_not_the_shooting_date(count: str) -> None:
    day = read_day(_webmail(count))
    assert day["shooting_date"] == "2026-03-03"
    assert day["production"] == "SALT FLATS"


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("FW: SALT FLATS Call Sheet Day 2 (Tue 3/3)", "SALT FLATS"),
        ("Fwd: NORTHERN LIGHTS commercial - call sheet", "NORTHERN LIGHTS"),
        ("RE: The Long Road Day 3", "The Long Road"),
        ("Call sheet for Friday - DRY CREEK", "DRY CREEK"),
    ],
)
def test_a_subjects_title_before_the_sheets_words(subject: str, title: str) -> None:
    assert subject_title(subject) == title


# --- the Portuguese paper's name and its number ------------------------------------------------


@pytest.mark.parametrize(
    "kind", ["ORDEM DO DIA Nº 4", "ORDEM DO DIA N.º 11", "ORDINE DEL GIORNO N. 3"]
)
def test_the_papers_name_and_number_is_no_title(kind: str) -> None:
    rows = [
        (40, 40, kind, 18),
        (40, 66, "Serra da Estrela", 14),
        (380, 40, "terça-feira, 14 de abril de 2026", 9),
        (40, 96, "CHAMADA EQUIPA", 9),
        (150, 96, "07:30", 9),
        (40, 124, "LOCAL DE RODAGEM", 9),
        (40, 138, "Torre, Estrada Nacional 339, 6260-200 Manteigas", 9),
    ]
    assert read_day(render(rows, unicode_font=True, page="A4"))["production"] == "Serra da Estrela"


# --- a heading joined to the place's label -----------------------------------------------------


@pytest.mark.parametrize("heading", ["LOCATION & MAP", "LOCATION AND DIRECTIONS"])
def test_a_heading_joined_to_the_place_label_is_no_place(heading: str) -> None:
    rows = [
        (40, 124, "Location: Alamo Drafthouse", 9),
        (40, 300, heading, 9),
        (40, 314, "Alamo Drafthouse", 9),
        (40, 326, "1255 SW Loop 410, San Antonio, TX 78227", 9),
    ]
    day = read_day(_sheet(rows))
    assert day["location"] == "1255 SW Loop 410, San Antonio, TX 78227"


# --- an app's icon before its heading ---------------------------------------------------------


@pytest.mark.parametrize(("place", "care"), [("\u27a4", "\u2695"), ("\u25b8", "\u271a")])
def test_an_icon_before_a_heading_keeps_its_label(place: str, care: str) -> None:
    rows = [
        (40, 124, place, 8),
        (50, 124, "LOCATION", 8),
        (40, 138, "San Fernando Cathedral", 9),
        (40, 150, "115 Main Plaza, San Antonio, TX 78205", 9),
        (40, 180, care, 8),
        (50, 180, "NEAREST HOSPITAL", 8),
        (40, 194, "University Hospital", 9),
        (40, 206, "4502 Medical Dr, San Antonio, TX 78229", 9),
    ]
    day = read_day(_sheet(rows))
    assert day["location"] == "115 Main Plaza, San Antonio, TX 78205"
    assert (day["hospital"] or {}).get("name") == "University Hospital"


# --- a sign-in sheet, a gear check-out form: no call sheet ---------------------------------------


def test_a_site_induction_sign_in_sheet_is_other() -> None:
    rows = [
        (40, 40, "SITE INDUCTION - SIGN IN SHEET", 14),
        (40, 60, "Harbourside Films · WHARF LIGHTS", 9),
        (40, 80, "Site: Customs House, 31 Alfred St, Sydney NSW 2000", 9),
        (40, 92, "Date: Monday 7 September 2026", 9),
        (40, 104, "Induction at 7:00am, unit base", 9),
        (40, 116, "Nearest hospital: Sydney Hospital, 8 Macquarie St", 9),
        (40, 134, "By signing below you confirm you were inducted and know the assembly point.", 8),
        (
            40,
            156,
            "NAME          DEPARTMENT          TIME IN          TIME OUT          SIGNATURE",
            8,
        ),
        (40, 170, "Lee Carter    Art                 6:52am", 8),
        (40, 182, "Mia Rossi     Sound               6:58am", 8),
        (40, 194, "Tom Briggs    Grip                7:03am", 8),
    ]
    assert _kind(rows) == "other"


def test_a_german_sign_in_list_is_other() -> None:
    rows = [
        (40, 40, "Sicherheitsunterweisung · Anwesenheitsliste", 14),
        (40, 60, "Isarfilm GmbH · DER SEE", 9),
        (40, 80, "Ort: Olympiastadion, Spiridon-Louis-Ring 21, 80809 München", 9),
        (40, 92, "Datum: Dienstag, 8. September 2026, 7:30 Uhr", 9),
        (40, 104, "Referent: Jonas Weber, Arbeitssicherheit", 9),
        (40, 126, "Name          Abteilung          Uhrzeit          Unterschrift", 8),
        (40, 140, "Eva Braun     Kamera             7:28", 8),
        (40, 152, "Max Huber     Licht              7:31", 8),
    ]
    assert _kind(rows) == "other"


def test_a_gear_check_out_form_is_other() -> None:
    rows = [
        (40, 40, "CAMERA EQUIPMENT CHECKOUT FORM", 14),
        (380, 40, "Northside Rentals", 9),
        (40, 60, "88 Canal St, Manchester M1 3WB · 0161 555 0199", 9),
        (40, 80, "Production: MILL TOWN   Order no: NR-2231", 9),
        (40, 92, "Checked out: Thu 3 Sep 2026 4:00 PM   Due back: Mon 7 Sep 2026 10:00 AM", 9),
        (40, 104, "Collected by: Priya Shah (2nd AC)", 9),
        (40, 126, "QTY ITEM SERIAL OUT IN", 8),
        (40, 140, "1 Sony Venice 2 body SV-4410 [x] [ ]", 8),
        (40, 152, "3 Cooke S4 lens SK-1182 [x] [ ]", 8),
        (40, 164, "4 V-lock battery VL-07 [x] [ ]", 8),
        (40, 186, "Missing items are charged at replacement cost.", 8),
    ]
    assert _kind(rows) == "other"


def test_a_call_sheet_with_a_sign_in_note_and_a_kit_list_stays_a_call_sheet() -> None:
    rows = [
        (40, 124, "Location", 9),
        (150, 124, "Tower Life Building, 310 S St Mary's St, San Antonio, TX 78205", 9),
        (40, 150, "Nearest Hospital", 9),
        (150, 150, "Baptist Medical Center, 111 Dallas St, San Antonio, TX 78205", 9),
        (40, 176, "Notes: sign in with the 2nd AD at base; safety induction at 6:30 AM.", 9),
        (40, 200, "EQUIPMENT", 9),
        (40, 214, "QTY ITEM", 9),
        (40, 226, "1 Technocrane 30ft", 9),
        (40, 238, "2 Condor 80ft", 9),
    ]
    day = read_day(_sheet(rows))
    assert day["call_time"] == "06:45"


# --- a call's list of groups, the crew's among them ----------------------------------------------


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("CALL", "Production 5:30 AM · Crew 6:30 AM · Cast 7:30 AM"),
        ("CONVOCAZIONE", "Produzione 05:30 · Troupe 06:30 · Attori 07:30"),
        ("CITACIÓN", "Producción 05:30 | Equipo 06:30 | Actores 07:30"),
    ],
)
def test_the_crews_time_in_a_calls_list_of_groups(label: str, value: str) -> None:
    rows = [
        (40, 40, "Alamo City Pictures", 9),
        (40, 64, "RIVER WALK", 16),
        (380, 40, "Thursday, April 9, 2026", 9),
        (40, 96, label, 9),
        (130, 96, value, 9),
        (40, 124, "Location", 9),
        (150, 124, "Tower Life Building, 310 S St Mary's St, San Antonio, TX 78205", 9),
    ]
    assert read_day(render(rows, unicode_font=True))["call_time"] == "06:30"


# --- a title in wide-spaced capitals --------------------------------------------------


@pytest.mark.parametrize(("first", "second"), [("COPPER", "CANYON"), ("MESA", "VERDE NIGHTS")])
def test_a_title_in_wide_spaced_capitals_stays_whole(first: str, second: str) -> None:
    from fpdf import FPDF

    pdf = FPDF(unit="pt")
    pdf.set_font("Helvetica", size=13)
    x2 = 40 + pdf.get_string_width(first) + 0.7 * 13  # a gap wider than a space, under an em
    rows = [
        (40, 40, first, 13),
        (x2, 40, second, 13),
        (480, 40, "Call Sheet", 13),
        (40, 56, "Red Rock Films    Day 4 of 20", 9),
        (40, 80, "Date: Monday, November 9, 2026", 9),
        (40, 92, "Crew Call: 0700", 9),
        (40, 120, "Location", 9),
        (150, 120, "Palace of the Governors, 105 W Palace Ave, Santa Fe, NM 87501", 9),
    ]
    day = read_day(render(rows))
    assert day["production"] == f"{first} {second}"
