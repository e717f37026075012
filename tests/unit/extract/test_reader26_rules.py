"""Conventions from the seventeenth held-out set's misses (reader26): a logo's initials beside
the title, a schedule's name after its title, a genre's credit line under the title, a places
heading over a numbered list of sets, a post-production plan in another language. Each is
drawn on a small page of its own, in words of its own. Rows are (x, baseline y, text, size) in
points on a letter page (A4 where the text needs a Unicode font)."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.extract import extract_document
from pipeline.extract.reader.addresses import find_address
from pipeline.extract.reader.labelling import find_all_labels
from pipeline.extract.reader.model import Limits
from pipeline.extract.reader.pdfread import read_pdf
from tests.fixtures.callsheets import render
from tests.unit.extract.drawn import label_rows, read_day


def _read(data: bytes) -> Any:
    return extract_document(data).to_json()


# --- a logo's initials beside the title: "GH" in a box, "GREY HARBOUR" the title -------------


def _logo_sheet(logo: str, title: str) -> bytes:
    rows = [
        (40, 62, logo, 22),  # the logo box's capitals, printed larger than the title
        (110, 40, "Tidewater Pictures", 9),
        (110, 52, "9 Dock Road, Portland, ME 04101", 8),
        (230, 42, title, 15),
        (430, 40, "Thursday, June 11, 2026", 9),
        *label_rows(
            ("Crew call", "6:45 AM"), ("Location", "Fort Williams Park"), value_x=200, top=110
        ),
        (200, 137, "1000 Shore Rd, Cape Elizabeth, ME 04107", 9),
        (40, 250, "12 EXT. LIGHTHOUSE LAWN - kite scene D 1 2/8 1, 2", 9),
    ]
    return render(rows)


@pytest.mark.parametrize(
    ("logo", "title"),
    [
        ("GH", "GREY HARBOUR"),  # the initials of its words
        ("SM", "SONG OF THE MARSH"),  # its small words skipped
        ("T&M", "TIDE & MOON"),  # an ampersand between
        ("BW", "BRIGHTWATER"),  # one word: its first letter, then one of its own in order
    ],
)
def test_a_logos_initials_of_the_title_are_not_the_title(logo: str, title: str) -> None:
    # Given a logo's capitals printed larger than the title they abbreviate
    day = read_day(_logo_sheet(logo, title))
    # Then the title is the production
    assert day["production"] == title


def test_large_capitals_that_abbreviate_no_heading_stay_the_title() -> None:
    # Given a short title in large capitals beside a smaller line it does not abbreviate
    day = read_day(_logo_sheet("QX", "GREY HARBOUR"))
    # Then the largest heading is still the production
    assert day["production"] == "QX"


# --- a schedule's name after its title: "HIGH MEADOW - SHOOTING SCHEDULE, BLOCK 1" -----------


def _one_liner(title: str) -> bytes:
    rows: list[tuple[float, float, str, float]] = [
        (36, 30, title, 13),
        (36, 46, "Kettle Creek Films · 55 Elm St, Dayton, OH 45402 · Blue draft 2/2/26", 8),
    ]
    days = [
        ("Day 3 - Mon 3/2/26", "6:30 AM", "Sc. 4, 9 EXT. HAY BARN", "1880 River Rd"),
        ("Day 4 - Tue 3/3/26", "7:00 AM", "Sc. 12 INT. FARMHOUSE KITCHEN", "1880 River Rd"),
        ("Day 5 - Wed 3/4/26", "8:00 AM", "Sc. 2, 30 EXT. COUNTY FAIR", "300 Fairground Ln"),
    ]
    for n, (head, call, scenes, street) in enumerate(days):
        top = 72 + 56 * n
        rows += [
            (40, top, head, 9),
            (300, top, f"Est. crew call {call}", 8.5),
            (52, top + 14, scenes, 8.5),
            (52, top + 26, f"Address: {street}", 8.5),
            (52, top + 38, "Pages: 3 4/8", 8.5),
        ]
    return render(rows)


@pytest.mark.parametrize(
    "title",
    [
        "HIGH MEADOW - SHOOTING SCHEDULE, BLOCK 1",
        "HIGH MEADOW | One-Line Schedule (Week 1)",
        "HIGH MEADOW - ONE-LINER",
    ],
)
def test_a_schedules_name_after_its_title_is_cut(title: str) -> None:
    # Given a one-line schedule whose only heading is its title and the schedule's name
    result = _read(_one_liner(title))
    assert result["document_type"] == "shooting_schedule"
    # Then every day's production is the title
    assert [d["production"] for d in result["days"]] == ["HIGH MEADOW"] * 3


# --- a genre's credit line under the title: "film przygodowy", "series drama" -------------------


def _credit_sheet(credit: str) -> bytes:
    rows = [
        (40, 40, "Studio Pod Jaworem", 9),
        (400, 40, "DZIENNY PLAN ZDJĘĆ", 11),
        (200, 80, "„ZIELONA ŁĄKA”", 16),
        (225, 98, credit, 8),
        *label_rows(
            ("Zbiórka ekipy", "7:15"), ("Data", "czwartek 10.09.2026"), value_x=130, top=130
        ),
        (40, 180, "MIEJSCE ZDJĘĆ", 9),
        (40, 192, "Schronisko na Hali", 9),
        (40, 204, "ul. Górska 12", 9),
        (40, 216, "34-500 Zakopane", 9),
    ]
    return render(rows, unicode_font=True, page="A4")


@pytest.mark.parametrize("credit", ["film przygodowy", "film familijny · reż. Jan Bór"])
def test_a_genre_credit_line_under_the_title_is_not_the_production(credit: str) -> None:
    # Given a label word run on, with no colon, into lower-case words under the quoted title
    day = read_day(_credit_sheet(credit))
    # Then the title is the production, not the genre
    assert day["production"] == "ZIELONA ŁĄKA"


def test_a_marked_film_label_still_names_the_production() -> None:
    # Given "Film:" with its colon before a title in lower case
    day = read_day(_credit_sheet("Film: zielona łąka"))
    assert day["production"] == "zielona łąka"


# --- a places heading over a numbered list of sets: "LOCATIONS" / "1. Reading Room" ------------


def _places_heading(first_item: str) -> bytes:
    rows = [
        (40, 40, "Southbank Screen Co", 9),
        (200, 40, "THE QUIET STACKS", 16),
        (430, 40, "Wed 19 August 2026", 9),
        *label_rows(("Unit call", "7:30am"), ("Sunrise", "6:47am"), value_x=120, top=80),
        (36, 130, "KEY CREW", 9),
        (200, 130, "LOCATIONS", 9),
        (400, 130, "NEAREST HOSPITAL", 9),
        (36, 144, "Director: Mia Tran 0400 111 222", 8),
        (200, 144, first_item, 8),
        (200, 155, "State Library Victoria", 8),
        (200, 166, "328 Swanston St", 8),
        (200, 177, "Melbourne VIC 3000", 8),
        (400, 144, "Royal Melbourne Hospital", 8),
        (400, 155, "300 Grattan St", 8),
        (400, 166, "Parkville VIC 3050", 8),
        (40, 260, "7 INT. READING ROOM - the search D 2 1/8 1, 3", 9),
    ]
    return render(rows)


@pytest.mark.parametrize("first_item", ["1. Domed Reading Room", "#1 Domed Reading Room"])
def test_a_places_heading_over_a_numbered_list_heads_the_sets(first_item: str) -> None:
    # Given "LOCATIONS" alone in its cell, its first line a numbered set with its address
    day = read_day(_places_heading(first_item))
    # Then the set's address is the location, read under its label
    assert day["location"].startswith("328 Swanston St")
    assert day["field_confidence"]["location"] >= 0.85


def _crew_list(under: str) -> bytes:
    rows = [
        (40, 40, "CREW LIST", 12),
        (40, 70, "CAMERA", 9),
        (40, 82, "DOP   Ana Ruiz   0400 222 333", 8),
        (40, 100, "LOCATIONS", 9),
        (40, 112, under, 8),
    ]
    return render(rows)


@pytest.mark.parametrize(
    "under", ["Location Manager   Sam Lee   0400 333 444", "1   Sam Lee   0400 333 444"]
)
def test_a_departments_heading_over_its_people_is_no_label(under: str) -> None:
    # Given a crew list's department heading alone, its people under it (a role or a bare
    # row number, never a numbered place's name)
    pages = read_pdf(_crew_list(under), Limits()).pages
    # Then it heads no place
    assert not [h for h in find_all_labels(pages) if h.phrase == "locations"]


# --- a post-production plan in another language: other, not a call sheet ------------------------


_POST_ROWS = [
    ("Rohschnitt", "2.-20.03.2026", "Mo-Fr 9:00-18:00", "Schnittraum Nord, Gartenstr. 8, Hamburg"),
    ("Feinschnitt", "23.03-3.04.2026", "10:00-18:00", "Schnittraum Nord, Gartenstr. 8, Hamburg"),
    ("Farbkorrektur", "6-10.04.2026", "9:00-19:00", "Farbwerk, Hohe Brücke 1, 20459 Hamburg"),
    ("Tonmischung", "13-17.04.2026", "10:00-20:00", "Tonstudio Elbe, Große Elbstr. 145, Hamburg"),
    ("Sendekopie und Untertitel", "20.04.2026", "12:00", "Sender, Rothenbaumchaussee 132"),
]


def _post_plan(heading: str) -> bytes:
    rows = [
        (40, 40, heading, 14),
        (40, 58, "Serie „Nebelhafen“, Folgen 1-4 · Stand 2.03.2026", 9),
        (40, 90, "Phase", 9),
        (150, 90, "Termin", 9),
        (250, 90, "Zeiten", 9),
        (360, 90, "Ort", 9),
    ]
    for n, (stage, when, hours, place) in enumerate(_POST_ROWS):
        top = 106 + 14 * n
        rows += [(40, top, stage, 8), (150, top, when, 8), (250, top, hours, 8)]
        rows.append((360, top, place, 7))
    return render(rows, unicode_font=True, page="A4")


@pytest.mark.parametrize("heading", ["POSTPRODUKTIONSPLAN", "ZEITPLAN POSTPRODUKTION"])
def test_a_post_production_plan_in_german_is_other(heading: str) -> None:
    # Given a plan of post-production stages with their spans, hours and studios' addresses
    result = _read(_post_plan(heading))
    # Then it is no call sheet
    assert result["document_type"] == "other"


def test_a_call_sheet_noting_a_grading_session_stays_a_call_sheet() -> None:
    # Given a call sheet whose notes mention the grade and the mix once each
    rows = [
        (40, 40, "Nordlicht Film GmbH", 9),
        (200, 60, "NEBELHAFEN", 16),
        (430, 40, "Dienstag, 3. März 2026", 9),
        *label_rows(
            ("Arbeitsbeginn", "07:00"),
            ("Motiv", "Fischmarkt, Große Elbstr. 9"),
            value_x=140,
            top=100,
        ),
        (140, 127, "22767 Hamburg", 9),
        (40, 160, "Nächstgelegenes Krankenhaus: Asklepios Klinik Altona", 9),
        (40, 200, "Hinweise: Farbkorrektur Folge 1 am 6.-10.04.; Tonmischung ab 13.04.", 8),
    ]
    result = _read(render(rows, unicode_font=True, page="A4"))
    assert result["document_type"] == "call_sheet"
    assert result["days"][0]["call_time"] == "07:00"


# --- a phone's number before a street's in running text ----------------------------------------


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Gaffer: Lou Peck (503) 555-0142 1120 Broadway Portland, OR 97205", "1120 Broadway"),
        ("Key grip Rae Kim (312) 555-0199 233 S Wacker Dr Chicago, IL 60606", "233 S Wacker Dr"),
        ("Unit base 12-14 Harbour St, Dunedin 9016", "12-14 Harbour St"),  # a house range stays
    ],
)
def test_a_phones_number_is_no_house_number(text: str, street: str) -> None:
    found = find_address(text)
    assert found is not None and found.text.startswith(street)
