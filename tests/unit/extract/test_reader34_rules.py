"""Conventions from the twenty-sixth held-out set's misses (reader34): a studio form that
numbers its cells ('1. DATE', '4. SET', '5. LOCATION') with each value in the cell below, a
spreadsheet's key column ('Production | <title>'), a commercial's header keys on one line
('Client: ...   Job: ...'), a Polish institution named after its patron ('im. M. Kopernika')
wrapped onto the address line, and a permit e-mail's printout, whose print stamp and 'Date:'
header are no rows of a day. Each is drawn on a small page of its own, in words and places of
its own. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_document
from pipeline.extract.reader.classify import runs_a_day
from pipeline.extract.reader.mail_stamps import stamp_lines
from pipeline.extract.reader.patrons import with_patrons
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day


def _kind(rows: list[Row]) -> str:
    return extract_document(render(rows, unicode_font=True)).to_json()["document_type"]


# --- a form that numbers its cells, each value in the cell below its label ----------------------


def _cells(top: float, heads: list[str], values: list[list[str]]) -> list[Row]:
    """One row of a ruled grid: three cells, a small label at the top, its lines below."""
    rows: list[Row] = []
    for k, (head, lines) in enumerate(zip(heads, values, strict=True)):
        x = 34 + 180 * k
        rows.append((x, top, head, 6.5))
        rows += [(x, top + 11 + 11 * n, text, 8.5) for n, text in enumerate(lines)]
    return rows


def _numbered_form(move: list[Row] | None = None) -> bytes:
    rows: list[Row] = [
        (30, 40, "Northern Reach Studios", 8),
        (30, 62, "HARBOUR WATCH", 17),
        (460, 62, "CALL SHEET", 12),
        *_cells(
            100,
            ["01. DATE", "02. GENERAL CREW CALL", "03. WEATHER"],
            [["Tue Mar 9/27"], ["06:45", "Shooting call 07:45"], ["Fog, 6°C"]],
        ),
        *_cells(
            150,
            ["04. SET", "05. LOCATION", "06. UNIT BASE"],
            [
                ["Ferry terminal ramp"],
                ["Halifax Seaport", "1055 Marginal Rd", "Halifax, NS B3H 4P6"],
                ["1209 Marginal Rd", "Halifax, NS B3H 4P8"],
            ],
        ),
        *_cells(
            210,
            ["07. NEAREST HOSPITAL", "08. SET NURSE", "09. SUNRISE"],
            [
                ["QEII Health Sciences Centre", "1796 Summer St", "Halifax, NS B3H 3A7"],
                ["Dee Fraser 902-555-0144"],
                ["06:38"],
            ],
        ),
        *(move or []),
    ]
    return render(rows, unicode_font=True)


def test_a_forms_item_number_does_not_rank_the_sets() -> None:
    day = read_day(_numbered_form())
    assert day["location"] == "1055 Marginal Rd, Halifax, NS B3H 4P6"
    assert day["field_confidence"]["location"] >= 0.85
    assert all("NURSE" not in (p["name"] or "") for p in day["locations"])


def test_a_forms_unknown_cell_head_ends_the_cell_before_it() -> None:
    move = _cells(
        270,
        ["10. LOCATION 2 (AFTER LUNCH)", "11. TRAVEL TIME", "12. RADIO CHANNELS"],
        [["Pier 21", "1055 Marginal Rd", "Halifax, NS B3H 4P7"], ["13:30"], ["Ch 1 / Ch 4"]],
    )
    day = read_day(_numbered_form(move))
    assert day["location"] == "1055 Marginal Rd, Halifax, NS B3H 4P6"
    assert all("TRAVEL" not in (p["name"] or "") for p in day["locations"])
    assert any(p["name"] == "Pier 21" for p in day["locations"])


def test_numbered_places_alone_keep_their_order() -> None:
    rows: list[Row] = [
        (40, 40, "SHORE LEAVE", 16),
        (40, 70, "Date: Friday, May 14, 2027", 9),
        (40, 84, "Crew Call: 7:00 AM", 9),
        (40, 110, "1. Location: Seawall Cafe, 610 Pacific St, Santa Monica, CA 90405", 9),
        (40, 124, "2. Location: Ocean Park Library, 2601 Main St, Santa Monica, CA 90405", 9),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert "610 Pacific St" in day["location"]


# --- a spreadsheet's key column: 'Production' and the title in the cell beside it ---------------


def _key_grid(first: tuple[str, str]) -> bytes:
    keys = [
        first,
        ("Company", "Blue Heron Shorts"),
        ("Date", "Saturday, June 5, 2027"),
        ("Call Time", "7:15 AM"),
        ("Location", "Old Mill Museum"),
        ("Address", "200 Mill St, Boise, ID 83702"),
        ("Sunset", "9:31 PM"),
        ("Nearest Hospital", "St. Luke's Boise Medical Center"),
    ]
    rows: list[Row] = []
    for n, (key, value) in enumerate(keys):
        rows += [(44, 48 + 13 * n, key, 7.5), (156, 48 + 13 * n, value, 7.5)]
    return render(rows, unicode_font=True)


def test_the_production_key_of_a_spreadsheets_column_names_the_title() -> None:
    day = read_day(_key_grid(("Production", "Paper Boats")))
    assert day["production"] == "Paper Boats"


def test_a_departments_row_in_the_key_column_is_no_title() -> None:
    day = read_day(_key_grid(("Production", "Sam Reyes  (208) 555-0181")))
    assert "Reyes" not in (day["production"] or "")


# --- a commercial's header: the job's key after the client's on one line ------------------------


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Agency: Brightline   Project: Morning Run", "Morning Run"),
        ("Client: Larkspur Dairy   Job: Larkspur Oat Milk - Fields", "Larkspur Oat Milk - Fields"),
    ],
)
def test_a_title_key_after_another_keys_value_in_the_header(line: str, title: str) -> None:
    rows: list[Row] = [
        (40, 40, "Copperline Films", 14),
        (330, 58, line, 9),
        (40, 100, "DATE", 9),
        (150, 100, "Wed 12 May 2027", 9),
        (40, 114, "CREW CALL", 9),
        (150, 114, "07:30", 9),
        (40, 128, "LOCATION", 9),
        (150, 128, "Hackney Marshes, Homerton Road, London E9 5PF", 9),
    ]
    assert read_day(render(rows, unicode_font=True))["production"] == title


def test_a_production_key_after_the_clients_names_the_company_no_title() -> None:
    rows: list[Row] = [
        (40, 40, "CALL SHEET - HARBOUR LIGHTS", 14),
        (40, 58, "CLIENT: Larkspur Dairy   AGENCY: Fold & Co   PRODUCTION: Copperline Films", 9),
        (40, 100, "DATE", 9),
        (150, 100, "Wed 12 May 2027", 9),
        (40, 114, "CREW CALL", 9),
        (150, 114, "07:30", 9),
        (40, 128, "LOCATION", 9),
        (150, 128, "Hackney Marshes, Homerton Road, London E9 5PF", 9),
    ]
    assert read_day(render(rows, unicode_font=True))["production"] == "HARBOUR LIGHTS"


# --- a patron's name wrapped onto the address line ----------------------------------------------


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (
            ["Szpital Kliniczny", "im. Karola Jonschera, ul. Szpitalna 27/33, 60-572 Poznań"],
            "Szpital Kliniczny im. Karola Jonschera",
        ),
        (
            ["Uniwersytecki Szpital Dziecięcy im.", "św. Ludwika, ul. Strzelecka 2, 31-503 Kraków"],
            "Uniwersytecki Szpital Dziecięcy im. św. Ludwika",
        ),
        (
            ["Centrum Zdrowia Dziecka", "imienia Jana Pawła II, al. Dzieci Polskich 20"],
            "Centrum Zdrowia Dziecka imienia Jana Pawła II",
        ),
    ],
)
def test_a_patron_opening_a_line_completes_the_name(lines: list[str], name: str) -> None:
    out = with_patrons(lines)
    assert out[0] == name
    assert out[1].startswith(("ul.", "al."))


def test_a_patron_goes_on_no_address_line() -> None:
    lines = ["ul. Długa 5, 00-238 Warszawa", "im. Adama Mickiewicza"]
    assert with_patrons(lines) == lines


def test_a_hospital_named_after_its_patron_keeps_the_patron() -> None:
    rows: list[Row] = [
        (56, 52, "PLAN ZDJĘCIOWY nr 3", 15),
        (56, 70, "Film: Cisza nad jeziorem", 11),
        (56, 100, "Data:", 9.5),
        (198, 100, "czwartek, 6 maja 2027 r.", 9.5),
        (56, 116, "Zbiórka ekipy:", 9.5),
        (198, 116, "godz. 6.45", 9.5),
        (56, 132, "Miejsce zdjęć:", 9.5),
        (198, 132, "Stary Browar, ul. Półwiejska 42, 61-888 Poznań", 9.5),
        (56, 148, "Najbliższy szpital:", 9.5),
        (198, 148, "Szpital Kliniczny Przemienienia Pańskiego", 9.5),
        (198, 160, "im. K. Marcinkowskiego, ul. Szamarzewskiego 84, 60-569 Poznań", 9.5),
    ]
    hospital = read_day(render(rows, unicode_font=True))["hospital"] or {}
    name = "Szpital Kliniczny Przemienienia Pańskiego im. K. Marcinkowskiego"
    assert hospital.get("name") == name
    assert (hospital.get("address") or "").startswith("ul. Szamarzewskiego 84")


# --- an e-mail's printout: its stamps are no rows of the day ------------------------------------


def _permit_mail() -> list[Row]:
    return [
        (30, 20, "Outlook - Filming permit approved - ref 2027-0311", 7),
        (470, 20, "4/2/27, 9:41 AM", 7),
        (40, 50, "Filming permit approved - ref 2027-0311", 13),
        (40, 72, "From: Screen Office <permits@screen.example.gov>", 9),
        (40, 84, "To: unit@larkspurfilms.example", 9),
        (40, 96, "Sent: Friday, April 2, 2027 at 9:41 AM", 9),
        (40, 120, "Dear applicant, your application to film has been approved.", 10),
        (40, 140, "Permit holder: Larkspur Films Ltd", 10),
        (40, 154, "Filming date: Monday, April 19, 2027", 10),
        (40, 168, "Permitted hours: 6:00 AM - 6:00 PM", 10),
        (40, 182, "Site: Esplanade Park, 400 Esplanade, Redondo Beach, CA 90277", 10),
        (40, 196, "Conditions: keep the footpath open; generators off until 8:00 AM.", 10),
        (40, 220, "Please keep this permit on site. Amendments need ten working days.", 10),
        (40, 240, "Screen Office", 10),
    ]


def test_a_permit_printed_from_a_mailbox_is_other() -> None:
    assert _kind(_permit_mail()) == "other"


def test_a_day_brief_printed_from_a_mailbox_stays_a_call_sheet() -> None:
    rows = [
        *_permit_mail()[:6],
        (40, 120, "Hi all, here is Monday's plan. Permit is on file with the office.", 10),
        (40, 140, "Monday, April 19, 2027 - Esplanade Park, 400 Esplanade, Redondo Beach", 10),
        (40, 160, "6:30 AM Unit base opens, breakfast", 10),
        (40, 174, "7:15 AM First shot: the pier walk", 10),
        (40, 188, "12:30 PM Lunch", 10),
        (40, 202, "5:00 PM Wrap", 10),
    ]
    assert _kind(rows) == "call_sheet"


def test_a_mailboxs_stamps_are_found() -> None:
    lines = [
        "4/2/27, 9:41 AM Gmail - Call info Tue",
        "Call info Tue",
        "From: Ann <ann@x.example>",
        "To: crew@x.example",
        "Date: Fri, Apr 2, 2027 at 9:41 AM",
        "Date: Tuesday, April 6, 2027",
    ]
    assert stamp_lines(lines) == {0, 4}


def test_prose_limits_and_stamps_are_no_running_order() -> None:
    stamped = [
        "12/1/26, 3:14 PM Mail - Notice",
        "From: Office <o@x.example>",
        "Date: Tue, Dec 1, 2026 at 3:14 PM",
        "Hours: 7:00 AM - 7:00 PM",
        "No deliveries before 8:00 AM.",
        "Trucks must leave by 10 p.m.",
    ]
    assert not runs_a_day(stamped)
    assert runs_a_day(["07:00 Unit call", "08:00 Rehearse", "Wrap 19:00"])
