"""Conventions from the twenty-first held-out set's misses (reader30): a numbered set's row in a
two-column key / value table, its value across a wide gap with the next row's key under the
label; a table's column headings side by side that spell a longer label ('Location' then
'Address'); and the confidence of the readings those layouts used to give wrong. A casting call
(its roles and their playing ages) and a rental house's pick-up confirmation (its kit, its
total) are other paperwork. Each is drawn on a small page of its own, in words and places of
its own. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.extract import extract_document
from tests.fixtures.callsheets import column, render
from tests.unit.extract.drawn import read_day

# --- a numbered set in a key / value table, its value across a wide gap -------------------------


def _keyed_sets(
    first: str,
    key2: str,
    second: str,
    *,
    key1: str = "Location 1",
    row2: tuple[str, str] = ("Scenes", "The shop floor, scenes 4 and 7"),
) -> bytes:
    rows = [
        (60, 60, "CALL SHEET", 20),
        (60, 80, "Harbour Street", 13),
        (60, 110, "Date:", 10),
        (100, 110, "Friday, 2026-05-15", 10),
        (60, 125, "Call time:", 10),
        (120, 125, "07:45", 10),
        (60, 155, "Where", 13),
        (66, 178, key1, 10),
        (210, 178, first, 10),
        (66, 196, row2[0], 10),
        (210, 196, row2[1], 10),
        (66, 214, "Unit base", 10),
        (210, 214, "Car park behind the hall, free after 6pm", 10),
        (66, 232, key2, 10),
        (210, 232, second, 10),
    ]
    return render([r for r in rows if r[2]])  # a blank cell draws nothing


@pytest.mark.parametrize(
    ("key1", "first", "key2", "second", "street"),
    [
        (
            "Location 1",
            "Dunedin Railway Station, 22 Anzac Ave, Dunedin 9016",
            "Location 2 (after lunch)",
            "Otago Museum, 419 Great King St, Dunedin 9016",
            "22 Anzac Ave",
        ),
        (
            "Set 1",
            "The Corn Exchange, 1 Wheeler Gate, Nottingham NG1 2NA",
            "Set 2 - afternoon",
            "Wollaton Hall, Wollaton Rd, Nottingham NG8 2AE",
            "1 Wheeler Gate",
        ),
    ],
)
def test_a_numbered_sets_value_across_the_gap_is_read_before_the_second(
    key1: str, first: str, key2: str, second: str, street: str
) -> None:
    day = read_day(_keyed_sets(first, key2, second, key1=key1))
    assert street in day["location"]
    assert day["field_confidence"]["location"] >= 0.85


def test_a_later_sets_place_is_not_sure_when_the_first_set_gave_none() -> None:
    # set 1's own cell is blank (or only a phone), so is the set's description under it
    second = "Otago Museum, 419 Great King St, Dunedin 9016"
    for first in ("", "021 555 0142"):
        day = read_day(_keyed_sets(first, "Location 2 (after lunch)", second, row2=("Set", "")))
        assert day["location"] == second
        assert day["field_confidence"]["location"] < 0.85
        assert any("set 1 was not read" in w for w in day["warnings"])


# --- column headings side by side are separate labels -------------------------------------------


def _location_table(heads: list[tuple[float, str]], row1: list[str], row2: list[str]) -> bytes:
    """A one-row LOCATIONS table; a row's cells at 39, 149, 269, 379 (a blank cell is '')."""
    xs = [39, 149, 269, 379]
    rows = [
        (40, 50, "Night Ferry", 16),
        (460, 50, "Call Sheet", 16),
        (40, 80, "Date", 8),
        (130, 80, "Wednesday 3 June 2026", 8),
        (40, 94, "General Call", 8),
        (130, 94, "18:00", 8),
        (36, 130, "LOCATIONS", 9),
        *[(x, 144, text, 7) for x, text in heads],
        *[(x, 156, text, 8) for x, text in zip(xs, row1, strict=True) if text],
        *[(x, 166, text, 8) for x, text in zip(xs, row2, strict=True) if text],
    ]
    return render(rows, page="A4")


@pytest.mark.parametrize(
    ("heads", "row1", "row2", "street"),
    [
        (
            ["Location", "Address", "Parking", "Nearest Hospital"],
            ["Hull Maritime Museum", "Queen Victoria Sq", "Princes Quay", "Hull Royal Infirmary"],
            ["Quayside and the Queen St", "Hull HU1 3DX", "Hull HU1 2PQ", "Anlaby Rd"],
            "Queen Victoria Sq",
        ),
        (
            ["Set Location", "Address", "Crew Parking", "Hospital"],
            ["Ferry terminal", "77 Dock Rd", "Lot C", "Aberdeen Royal Infirmary"],
            ["Ramp and the Dock Rd", "Aberdeen AB11 5NP", "Aberdeen AB11 5NQ", "Foresterhill Rd"],
            "77 Dock Rd",
        ),
    ],
)
def test_a_tables_location_and_address_headings_are_two_cells(
    heads: list[str], row1: list[str], row2: list[str], street: str
) -> None:
    xs = [39, 149, 269, 379]
    day = read_day(_location_table(list(zip(xs, heads, strict=True)), row1, row2))
    assert day["location"].startswith(street)
    assert day["field_confidence"]["location"] >= 0.85


def test_an_address_run_across_two_columns_is_not_sure() -> None:
    # one heading over two columns: the set's note and the next column's town on one line
    day = read_day(
        _location_table(
            [(39, "Location"), (269, "Parking")],
            ["Kelvingrove Art Gallery", "", "Kelvin Way", ""],
            ["West hall and the Argyle St", "Glasgow G3 8AG", "Glasgow G3 8AW", ""],
        )
    )
    if day["location"] and day["location"].startswith("West hall"):
        assert day["field_confidence"]["location"] < 0.85
        assert any("two columns" in w for w in day["warnings"])


# --- a casting call and a rental house's pick-up confirmation are other paperwork --------------


def _paper(*texts: str) -> dict[str, Any]:
    rows = column(*texts, x=50, top=70, size=10, step=16)
    return extract_document(render(rows, unicode_font=True, page="A4")).to_json()


def test_an_audition_notice_with_its_roles_is_other() -> None:
    # no "casting call" in its heading: the roles with their playing ages tell it
    result = _paper(
        "AUDITIONS - short film 'The Lighthouse Keeper'",
        "Date: Sunday 6 September 2026",
        "Call time: 11:00 - 17:00",
        "Where: Leith Community Centre, 12 Newkirkgate, Edinburgh EH6 6AD",
        "Shooting: 12-20 October 2026, Fife coast",
        "MAGGIE (60s) The keeper's widow, sharp and funny.",
        "TAM (late 20s) Her nephew, back from the rigs.",
        "Send a photo and a short showreel to the producer.",
    )
    assert result["document_type"] == "other"
    assert result["reason"] == "not a call sheet: looks like a casting call"


def test_a_spanish_open_call_is_other() -> None:
    result = _paper(
        "CONVOCATORIA DE CASTING - largometraje «Marea baja»",
        "Fecha: sábado, 19 de septiembre de 2026",
        "Horario: 10:00 - 14:00",
        "Lugar: Centro Cívico La Barceloneta, Carrer de la Maquinista 25, 08003 Barcelona",
        "LUCÍA (30-40 años) Pescadora, protagonista.",
        "ÀLEX (18-22 años) Su hermano pequeño.",
        "Audiciones por orden de llegada.",
    )
    assert result["document_type"] == "other"


def test_a_rental_houses_pickup_confirmation_is_other() -> None:
    result = _paper(
        "Northern Lighting Rentals - Order RX-5521",
        "Client: Wee Hoose Films",
        "Collection: Monday 5 October 2026, 16:00",
        "Return date: Thursday 8 October 2026 by 09:30",
        "Depot: Unit 4, 21 Seaward St, Glasgow G41 1HJ",
        "2 x Aputure 600d kit   3 days   £90.00   £540.00",
        "1 x Dolly and track     3 days   £150.00  £450.00",
        "Total £990.00 + VAT",
        "Certificate of insurance needed before the kit is checked out.",
    )
    assert result["document_type"] == "other"


def test_a_german_mietbestaetigung_is_other() -> None:
    result = _paper(
        "MIETBESTÄTIGUNG Nr. 20931 - Kameraverleih Spree",
        "Kunde: Blaue Stunde Film GmbH",
        "Abholung: Dienstag, 13. Oktober 2026, 15:00 Uhr",
        "Rückgabe: Freitag, 16. Oktober 2026, 10:00 Uhr",
        "Adresse: Köpenicker Str. 70, 10179 Berlin",
        "1 ARRI Alexa Mini Set   3 Tage   450,00 €   1.350,00 €",
        "Total 1.350,00 € zzgl. MwSt.",
    )
    assert result["document_type"] == "other"


def test_a_call_sheet_with_pickups_returns_and_callbacks_stays_a_call_sheet() -> None:
    result = _paper(
        "CALL SHEET - 'Low Tide' - Day 3 of 5",
        "Date: Wednesday 7 October 2026",
        "Crew call: 07:00",
        "Location: Portobello Promenade, 2 Bath St, Edinburgh EH15 1EZ",
        "Nearest hospital: Royal Infirmary of Edinburgh, 51 Little France Cres, EH16 4SA",
        "Transport: pick-up 06:15 at the hotel, return after wrap",
        "Lighting rentals collected by the gaffer; callbacks for extras at 14:00 at base",
    )
    assert result["document_type"] == "call_sheet"


# --- a spreadsheet's grid of keys and values, two pairs of columns a row ----------------------


def _grid(*rows: tuple[str, str, str, str]) -> bytes:
    """A spreadsheet's header grid: key, value, key, value at 40, 170, 300, 430 (a long value
    runs up to the next key, which is then read as no label of its own)."""
    drawn = [(36, 50, "CALL SHEET", 18), (430, 50, "Ridgeback Films", 10), (430, 62, "Leeds", 8)]
    for n, cells in enumerate(rows):
        drawn += [
            (x, 95 + 13 * n, text, 8) for x, text in zip((40, 170, 300, 430), cells, strict=True)
        ]
    return render([r for r in drawn if r[2]])


@pytest.mark.parametrize(
    ("place_key", "address", "street"),
    [
        ("Set", "1 Riverside Way, Leeds LS1 4EE", "1 Riverside Way"),
        ("Location", "880 Harbor Dr, San Diego, CA 92101", "880 Harbor Dr"),
    ],
)
def test_a_grids_address_across_the_gap_is_the_sets(
    place_key: str, address: str, street: str
) -> None:
    day = read_day(
        _grid(
            ("Project", "Tin Roof", "Date", "Monday, June 8, 2026"),
            ("Director", "Ana Ruiz", "Call Time", "7:15 AM"),
            ("Lunch", "12:30 PM", "Wrap", "6:00 PM"),
            (place_key, "The Old Mill", "Address", address),
            ("Notes", "Mill floor, loading yard and canal", "Parking", "Lot B, by the mill"),
            ("Hospital", "City General Hospital", "Hospital Phone", "555-0199"),
        )
    )
    assert day["location"].startswith(street)
    assert day["field_confidence"]["location"] >= 0.85


# --- the title: a header grid's 'Production' key, a logo's initials with the company's letter ---


def test_a_header_grids_production_key_gives_the_title() -> None:
    day = read_day(
        _grid(
            ("Production", "THE LONG FIELD", "Date", "Monday, June 8, 2026"),
            ("Director", "Ana Ruiz", "Shoot Day", "2 of 5"),
            ("Producer", "Sam Hale", "Weather", "Sunny, 21°"),
            ("Call Time", "7:15 AM", "Wrap", "6:00 PM"),
            ("Set", "The Old Mill", "Address", "1 Riverside Way, Leeds LS1 4EE"),
        )
    )
    assert day["production"] == "THE LONG FIELD"


def test_a_crew_lists_production_row_is_no_title() -> None:
    # 'Production' as a department's row under the call: names and phones, no title
    day = read_day(
        _grid(
            ("Project", "Tin Roof", "Date", "Monday, June 8, 2026"),
            ("Call Time", "7:15 AM", "Wrap", "6:00 PM"),
            ("Set", "The Old Mill", "Address", "1 Riverside Way, Leeds LS1 4EE"),
            ("Production", "Kim Lowe", "Phone", "555-0142"),
        )
    )
    assert day["production"] == "Tin Roof"


@pytest.mark.parametrize(
    ("logo", "title"), [("HLF", "HARBOUR LIGHTS"), ("GMP", "GREY MARE"), ("LFC", "LAST FERRY")]
)
def test_a_logos_initials_and_company_letter_are_no_title(logo: str, title: str) -> None:
    rows = [
        (40, 60, logo, 16),
        (110, 50, title, 13),
        (110, 64, "Director: Ana Ruiz", 7),
        (300, 50, "CREW CALL", 8),
        (300, 70, "7:00 AM", 20),
        (440, 50, "Tuesday, May 19, 2026", 9),
        (40, 120, "LOCATION", 8),
        (40, 132, "Harbour Museum, 2 Quay St, Whitby YO21 1DH", 8),
    ]
    assert read_day(render(rows))["production"] == title


def test_a_short_title_beside_other_words_stays_the_title() -> None:
    rows = [
        (40, 60, "MAP", 16),
        (110, 60, "Mid Atlantic Pictures", 9),
        (300, 50, "CREW CALL", 8),
        (300, 70, "7:00 AM", 20),
        (440, 50, "Tuesday, May 19, 2026", 9),
        (40, 120, "LOCATION", 8),
        (40, 132, "Harbour Museum, 2 Quay St, Whitby YO21 1DH", 8),
    ]
    assert read_day(render(rows))["production"] == "MAP"


# --- a designed sheet: icons before its labels; a street's range of numbers ---------------------


def _designed(set_lines: list[str], hospital_lines: list[str], sun: str) -> bytes:
    rows = [
        (30, 40, "CALL SHEET", 10),
        (30, 75, "Salt Flats", 28),
        (40, 130, "\u2691 DATE", 8),
        (40, 148, "Friday 16 October 2026", 12),
        (222, 130, "\u25f7 CREW CALL", 8),
        (222, 150, "7:15am", 18),
        (40, 200, sun, 9),
        (40, 240, "\u2302 LOCATION", 8),
        *[(40, 254 + 13 * n, t, 9) for n, t in enumerate(set_lines)],
        (313, 240, "\u271a NEAREST HOSPITAL", 8),
        *[(313, 254 + 13 * n, t, 9) for n, t in enumerate(hospital_lines)],
    ]
    return render(rows, unicode_font=True, page="A4")


def test_icons_before_labels_open_their_cells() -> None:
    day = read_day(
        _designed(
            ["Port Pirie Museum", "75-77 Ellen St", "Port Pirie SA 5540", "Main hall"],
            ["Port Pirie Hospital", "52 Alexander St", "Port Pirie SA 5540"],
            "\u2600 Sunrise 6:24am   \u263e Sunset 7:33pm   Sunny, 24\u00b0C",
        )
    )
    assert day["location"] == "75-77 Ellen St, Port Pirie SA 5540"
    assert day["field_confidence"]["location"] >= 0.85
    assert day["hospital"]["name"] == "Port Pirie Hospital"
    assert (day["sunrise"], day["sunset"]) == ("06:24", "19:33")
    assert day["field_confidence"]["sunrise"] >= 0.85


def test_a_polish_postcode_before_its_town_still_ends_the_address() -> None:
    from pipeline.extract.reader.fields import one_address

    assert one_address(["Hala Odra", "ul. Wojska Polskiego 5", "70-102 Szczecin", "Hala 2"])[1] == (
        "ul. Wojska Polskiego 5, 70-102 Szczecin"
    )
    assert (
        one_address(["Old Mill", "12-14 High St", "Bath BA1 5AW"])[1]
        == "12-14 High St, Bath BA1 5AW"
    )


@pytest.mark.parametrize(
    ("text", "city"),
    [("12 Main St, Douglas QLD 4814", None), ("5 Peel Rd, Douglas, IM1 2AB", "Douglas")],
)
def test_a_town_named_like_another_countrys_city_is_not_that_city(
    text: str, city: str | None
) -> None:
    from pipeline.extract.reader.sun import _city_in

    found = _city_in(text)
    assert (found.name if found else None) == city


# --- a time across the gap on its label's row, a running order's times further down ----------


def test_a_short_time_labels_value_across_the_gap_beats_a_running_orders_time() -> None:
    rows = [
        (48, 60, "Low Water", 22),
        (48, 100, "Essentials", 11),
        *[
            (x, 120 + 14 * n, text, 9)
            for n, pair in enumerate(
                [
                    ("Shoot date", "Saturday 10th October 2026"),
                    ("Call time", "07:30"),
                    ("Wrap", "17:00"),
                    ("Sunrise", "07:21"),
                    ("Sunset", "18:24"),
                    ("Weather", "Showers, 12°C"),
                ]
            )
            for x, text in zip((48, 170), pair, strict=True)
        ],
        (48, 220, "Running order", 11),
        (48, 240, "08:15", 9),
        (108, 240, "First set-up on the slipway", 9),
        (48, 254, "12:30", 9),
        (108, 254, "Lunch", 9),
        (48, 280, "Where", 11),
        (48, 296, "Whitstable Harbour, South Quay, Whitstable CT5 1AB", 9),
    ]
    day = read_day(render(rows, unicode_font=True, page="A4"))
    assert (day["sunrise"], day["sunset"]) == ("07:21", "18:24")
    assert day["field_confidence"]["sunset"] >= 0.85
