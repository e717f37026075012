"""Conventions from the misses left in the corpus after reader39 (reader40): a label's word
inside a heading's run ('Ashgrove Water - Safety Walkthrough') does not hide the title; a
company's name printed as large as the title, whose legal form the footer prints ('HOLLOWAY &
PIKE' over 'Holloway & Pike LLP · Registered in England'), is no title; a memo that names its
set after 'filming at' with no street, up to a postcode, gives that place; a running order's
'1700  Wrap' row is the wrap's time, not the next line's. Each is drawn on a small page of its
own, in words and places of its own. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

from pipeline.extract.reader.prose import set_address
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import masthead, read_day


def _grid_sheet(company: str, title: str, footer: str, *, client: str = "") -> list[Row]:
    rows: list[Row] = [
        (40, 40, company, 15),
        (460, 40, "CALL SHEET", 13),
        (40, 70, title, 15),
        (40, 86, f"Client: {client or 'Ashgrove Borough Council'}   Producer: Mina Lowe", 9),
        (40, 120, "Date: Thursday 14 May 2026", 9),
        (40, 134, "Crew call: 08:00", 9),
        (40, 148, "Location: Ashton Court Mansion, Kennel Lodge Rd, Bristol BS41 9JN", 9),
        (40, 162, "Sunrise 05:17   Sunset 20:52", 9),
        (40, 176, "Hospital: Bristol Royal Infirmary, Marlborough St, Bristol BS2 8HW", 9),
    ]
    return [*rows, (40, 760, footer, 7)] if footer else rows


def test_label_word_inside_the_title_run_leaves_the_title() -> None:
    """'Safety', 'Parking' are labels' words; inside the title's run, with no colon after
    them, they are words of the title."""
    for title in ("Ashgrove Water - Safety Walkthrough", "Coastline Homes - Parking Made Simple"):
        rows = _grid_sheet("Kestrel Media", title, "")
        day = read_day(render(rows, page="A4"))
        assert day["production"] == title


def test_company_as_large_as_the_title_named_with_its_legal_form_in_the_footer() -> None:
    for company, footer in (
        ("HOLLOWAY & PIKE", "Holloway & Pike LLP · Registered in England 01234567"),
        ("Fernbank Stories", "Fernbank Stories CIC · Bristol"),
        ("NORTHSTAR CONTENT", "Northstar Content Ltd, 3 Wharf St, Leeds LS2 7EQ"),
    ):
        rows = _grid_sheet(company, "Ashgrove Council - Green Streets", footer)
        day = read_day(render(rows, page="A4"))
        assert day["production"] == "Ashgrove Council - Green Streets", company


def test_a_clients_name_after_a_label_does_not_make_the_title_a_company() -> None:
    """'Client: Riverside Trust Ltd' names another party: a heading 'RIVERSIDE TRUST' on top
    is still the only large words, and is kept as the title."""
    rows = [
        (40, 40, "Halyard Pictures", 9),
        (40, 70, "RIVERSIDE TRUST", 18),
        (40, 88, "Client: Riverside Trust Ltd", 9),
        (40, 120, "Date: Thursday 14 May 2026", 9),
        (40, 134, "Crew call: 08:00", 9),
        (40, 148, "Location: Ashton Court Mansion, Kennel Lodge Rd, Bristol BS41 9JN", 9),
    ]
    day = read_day(render(rows, page="A4"))
    assert day["production"] == "RIVERSIDE TRUST"


def test_set_named_after_filming_at_with_no_street_up_to_its_postcode() -> None:
    read = set_address(
        "Morning all. We're shooting at Glendalough Visitor Centre, Laragh, Co. Wicklow, "
        "A98 C6X9: the upper lake and the round tower. Bring boots."
    )
    assert read is not None
    assert read[0] == "Glendalough Visitor Centre, Laragh, Co. Wicklow, A98 C6X9"
    assert read[1] < 0.85  # no street: a person checks it
    read = set_address("Hello. The set is Ballynahinch Castle, Recess, Co. Galway, H91 D9CF. Ta.")
    assert read is not None and read[0] == "Ballynahinch Castle, Recess, Co. Galway, H91 D9CF"


def test_streetless_place_gives_way_to_a_whole_address_and_skips_parking() -> None:
    text = (
        "Hi all. We're filming at Glendalough Visitor Centre, Laragh, Co. Wicklow, A98 C6X9. "
        "Crew park at the base, 4 Main Street, Laragh, Co. Wicklow, A98 X2Y3."
    )
    read = set_address(text)
    assert read is not None and read[0].startswith("Glendalough")
    assert set_address("Parking at Upper Lake Car Park, Laragh, Co. Wicklow, A98 C6X9.") is None
    whole = set_address(
        "We're filming at Glendalough, Laragh, Co. Wicklow, A98 C6X9 and then at "
        "Avondale House, 12 Main Street, Rathdrum, Co. Wicklow, A67 TK70."
    )
    assert whole is not None and "Main Street" in whole[0]


def test_running_order_wrap_row_is_the_wrap_not_the_next_line() -> None:
    """'1730  Wrap' closes the running order; 'Sunrise 06:05 ...' on the next line is no
    wrap, so the labelled crew call is not doubted."""
    rows = [
        (40, 40, "Tidewater Docs Ltd", 9),
        (40, 70, "SALT ROADS", 18),
        (40, 100, "Date: Tuesday 12 May 2026", 9),
        (40, 114, "Crew call: 07:45", 9),
        (40, 128, "Location: Ashton Court Mansion, Kennel Lodge Rd, Bristol BS41 9JN", 9),
        (40, 150, "Running order", 11),
        (40, 164, "0745", 9),
        (90, 164, "Load in", 9),
        (40, 176, "1230", 9),
        (90, 176, "Lunch", 9),
        (40, 188, "1730", 9),
        (90, 188, "Wrap", 9),
        (40, 204, "Sunrise is 05:20 and sunset 20:49, light rain in the afternoon.", 9),
    ]
    day = read_day(render(rows))
    assert day["call_time"] == "07:45"
    assert not any("wrap" in w for w in day["warnings"]), day["warnings"]
    assert day["field_confidence"]["call_time"] >= 0.85


def _memo_head(sent: str, subject: str) -> list[Row]:
    return [
        (40, 40, "PRODUCTION NOTE", 16),
        (40, 70, "To: Field crew", 9),
        (40, 83, "From: Dana Ruiz, producer", 9),
        (40, 96, f"Date: {sent}", 9),
        (40, 109, f"Re: {subject}", 9),
    ]


def test_memo_body_date_with_its_weekday_days_after_sending_is_the_day() -> None:
    """A memo's header dates its sending; the one other date, in the body with the weekday
    it falls on, a day or two later, is the day it plans, though no label names it."""
    rows = [
        *_memo_head("Monday, June 8, 2026", "TIDE POOLS - field notes"),
        (40, 230, "Plan", 11),
        (40, 246, "On Wednesday, June 10, 2026 we shoot the rock pools at low tide.", 9),
        (40, 260, "Crew call: 5:45 AM at the north lot.", 9),
        (40, 274, "Location: 1 Pelican Point Rd, Pacific Grove, CA 93950", 9),
    ]
    day = read_day(render(rows))
    assert day["shooting_date"] == "2026-06-10"
    assert day["field_confidence"]["shooting_date"] >= 0.85, day["warnings"]


def test_memo_body_date_without_agreeing_weekday_or_far_off_stays_doubtful() -> None:
    for body in (
        "On Thursday, June 10, 2026 we shoot the rock pools at low tide.",  # June 10 is a Wed
        "On Friday, June 26, 2026 we shoot the rock pools at low tide.",  # weeks ahead
        "On June 10, 2026 we shoot the rock pools at low tide.",  # no weekday
    ):
        rows = [
            *_memo_head("Monday, June 8, 2026", "TIDE POOLS - field notes"),
            (40, 230, "Plan", 11),
            (40, 246, body, 9),
            (40, 260, "Crew call: 5:45 AM at the north lot.", 9),
            (40, 274, "Location: 1 Pelican Point Rd, Pacific Grove, CA 93950", 9),
        ]
        day = read_day(render(rows))
        assert day["field_confidence"]["shooting_date"] < 0.85, body


def _plan_memo(call_sentence: str, first_row: str, more: tuple[str, ...] = ()) -> list[Row]:
    rows: list[Row] = [
        (40, 40, "From: Owen Price <owen@tarnfilms.example.com>", 9),
        (40, 53, "Sent: Monday 11 May 2026 18:20", 9),
        (40, 66, "Subject: High Fells: plan for Tuesday 12 May 2026", 9),
        (40, 92, "Hi both,", 9),
        (40, 105, call_sentence, 9),
        (40, 118, "We're filming at Low Wood Farm, 14 Lake Road, Ambleside LA22 0DH.", 9),
        (40, 131, "Running order:", 9),
        (40, 144, first_row, 9),
        (40, 157, "0930 Interview in the barn", 9),
        (40, 170, "1300 Lunch", 9),
    ]
    return rows + [(40, 183 + 13 * k, text, 9) for k, text in enumerate(more)]


def test_memo_call_repeated_by_the_running_order_is_sure() -> None:
    for sentence, row in (
        ("Meet 0715 at the farm gate, we walk up together.", "0715 Meet, unload"),
        ("Thanks all. Call time for everyone is 7.15am, farm gate.", "7.15am - call, unload"),
    ):
        day = read_day(render(_plan_memo(sentence, row)))
        assert day["call_time"] == "07:15"
        assert day["field_confidence"]["call_time"] >= 0.85, (sentence, day["warnings"])


def test_memo_call_not_repeated_or_contradicted_stays_for_review() -> None:
    for sentence, row, more in (
        ("Meet 0715 at the farm gate.", "0800 Unload the van", ()),
        ("Meet 0715 at the farm gate.", "0715 Meet, unload", ("Meet 0745 at the top gate.",)),
        ("Meet 0715 at the farm gate.", "0715 Meet, unload", ("0745 Meet at the top gate",)),
    ):
        day = read_day(render(_plan_memo(sentence, row, more)))
        assert day["call_time"] == "07:15"
        assert day["field_confidence"]["call_time"] < 0.85, (row, more)


def test_sun_pair_in_one_sentence_is_as_sure_as_a_label() -> None:
    rows = [
        *masthead("Tarn Films Ltd", "HIGH FELLS", "Day 2 of 5"),
        (40, 100, "Date: Tuesday 12 May 2026", 9),
        (40, 114, "Crew call: 07:00", 9),
        (40, 128, "Location: Low Wood Farm, 14 Lake Road, Ambleside LA22 0DH", 9),
        (40, 150, "Weather: dry and bright. We get sunrise at 05:05 and sunset 21:02 so", 9),
        (40, 163, "keep an eye on the evening slot.", 9),
    ]
    day = read_day(render(rows))
    assert day["sunset"] == "21:02"
    assert day["field_confidence"]["sunset"] >= 0.85, day["warnings"]


def test_a_title_named_like_its_own_company_stays_when_nothing_else_is_as_large() -> None:
    """A film's own company may carry the title's name ('LANTERN HILL' over 'Lantern Hill
    Ltd' in the footer): with no other heading as large, the heading is still the title."""
    rows = [
        (40, 40, "Northfield Pictures presents", 9),
        (40, 70, "LANTERN HILL", 18),
        (40, 100, "Date: Thursday 14 May 2026", 9),
        (40, 114, "Crew call: 08:00", 9),
        (40, 128, "Location: Ashton Court Mansion, Kennel Lodge Rd, Bristol BS41 9JN", 9),
        (40, 760, "Lantern Hill Ltd · Registered in England 07654321", 7),
    ]
    day = read_day(render(rows, page="A4"))
    assert day["production"] == "LANTERN HILL"


def test_a_company_word_heading_larger_than_the_title_stays_a_company() -> None:
    """'HARBOURLIGHT PICTURES' printed larger than the title and named again with its legal form
    under it ('Harbourlight Pictures Inc., Halifax'): a heading that says it is a company stays
    one, and the smaller heading below it is the title."""
    for company, footer in (
        ("HARBOURLIGHT PICTURES", "Harbourlight Pictures Inc., Halifax, NS B3J 1S9"),
        ("TIDEWATER PRODUCTIONS", "Tidewater Productions Ltd · 12 Quay St, Bristol BS1 4DB"),
    ):
        rows = [
            (40, 40, company, 16),
            (40, 56, footer, 7),
            (40, 80, "Seabright Dairy - First Light", 13),
            (40, 100, "Date: Thursday 14 May 2026", 9),
            (40, 114, "Crew call: 08:00", 9),
            (40, 128, "Location: Ashton Court Mansion, Kennel Lodge Rd, Bristol BS41 9JN", 9),
        ]
        day = read_day(render(rows, page="A4"))
        assert day["production"] == "Seabright Dairy - First Light"
