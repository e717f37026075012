"""General rules from the seventh held-out set (fresh6): paperwork that prints a day's dates,
times and addresses without being a call sheet (an order confirmation, a travel itinerary, a
crew list) is `other` by its own structure, and a call sheet in a language without known labels
still shows its scene rows. Each case is its own short text."""

from __future__ import annotations

from pipeline.extract.reader.classify import verdict


def _kind(text: str) -> tuple[str, str | None]:
    found = verdict(text, has_schedule_days=False)
    return found.kind, found.looks_like


def test_an_order_confirmation_is_other() -> None:
    # Given a supplier's order: a service date, times, the base's address, a menu and a total
    text = """Harbour Deli Ltd
12 Dock Rd, Bristol BS1 5DB
ORDER CONFIRMATION #2291 - "LOW TIDE"
Delivery date Thursday, 9 April 2026
Delivery address Unit base, Cumberland Rd, Bristol BS1 6XW
Breakfast 06:30 - 07:30, 40 covers
Lunch 13:00, 55 covers
Menu: bacon rolls, porridge; lunch chicken curry, dal, rice
Dietary: 5 vegetarian, 2 vegan
Total: GBP 1,240.00 incl. VAT. Payment within 30 days."""
    assert _kind(text) == ("other", "an order confirmation")


def test_a_travel_itinerary_is_other() -> None:
    # Given a traveller's flights, hotel and pick-ups with their dates and times
    text = """TRAVEL ITINERARY - "LOW TIDE" - travel for Ana Ruiz (1st AC)
Mon 13 April 2026 Car pick-up 05:00 3 Oak St, Cardiff CF10 1AA to Cardiff Airport
Mon 13 April 2026 Flight KL1064 06:40 CWL to AMS, arrives 09:05, seat 12A
Mon 13 April 2026 Hotel check-in 15:00 Hotel V, Vijzelstraat 1, Amsterdam
Fri 17 April 2026 Hotel check-out 11:00 Booking reference HV-5521
Fri 17 April 2026 Flight KL1063 19:10 AMS to CWL, arrives 19:35"""
    assert _kind(text) == ("other", "a travel itinerary")


def test_a_crew_list_is_other() -> None:
    # Given rows of departments, positions, names, phones and e-mails, and no day's facts
    people = [
        ("Production", "Producer", "Kim Ode", "(312) 555-0101", "kim@lt.example"),
        ("Production", "UPM", "Lee Park", "(312) 555-0102", "lee@lt.example"),
        ("AD", "1st AD", "Max Roe", "(312) 555-0110", "max@lt.example"),
        ("Camera", "DoP", "Ida Berg", "(312) 555-0120", "ida@lt.example"),
        ("Grip", "Key Grip", "Tom Vale", "(312) 555-0130", "tom@lt.example"),
        ("Locations", "Location Manager", "Eve Hart", "(312) 555-0150", "eve@lt.example"),
    ]
    text = "\n".join(
        [
            'CREW LIST - "LOW TIDE" Version 2 - as of 3/2/26',
            "Lakeshore Pictures LLC, 200 W Madison St, Chicago, IL 60606",
            "DEPT POSITION NAME PHONE E-MAIL",
            *(" ".join(row) for row in people),
            "Production office hours 8:00 AM - 7:00 PM.",
        ]
    )
    assert _kind(text) == ("other", "a crew or contact list")


def test_scene_rows_counted_in_eighths_show_a_call_sheet_in_any_language() -> None:
    # Given a Romanian sheet: no known label, no address, but a date, times and scene rows whose
    # page counts are in eighths (the day/night word unknown)
    text = """FOAIE DE CHEMARE - ZIUA 4
"IARNA LUNGA"
Data filmarii: 17.03.2026
Chemare echipa 07:00  Inceput filmare 08:00
21 OPERA FOAIER (INTERIOR) Z 1 4/8 1, 2, 5
22 OPERA SCARA (INTERIOR) Z 0 5/8 1"""
    assert _kind(text)[0] == "call_sheet"


def test_a_call_sheet_with_a_travel_section_stays_a_call_sheet() -> None:
    # Given a call sheet whose notes book a flight and a hotel for the cast
    text = """CALL SHEET - "LOW TIDE" - DAY 5 OF 20
Date: Tuesday, 14 April 2026
Crew Call: 07:00
Location: The Old Granary, Welsh Back, Bristol BS1 4SP
Nearest Hospital: Bristol Royal Infirmary, Upper Maudlin St, Bristol BS2 8HW
Sunrise 06:21 Sunset 20:01
14 INT. GRANARY - DAY 1 4/8 1, 2
TRAVEL: Flight KL1064 departs 06:40, arrives 09:05, seat 12A; hotel check-in 15:00,
confirmation HV-5521, per diem paid on arrival"""
    assert _kind(text) == ("call_sheet", None)
