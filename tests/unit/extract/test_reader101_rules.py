"""Rules reader101 added for days with several sets and for call cells that print a pre-call or
the shoot's time beside the crew's call, drawn in wordings and layouts of their own (not
fresh74's sheets):

1. a place label heading a row of cells ('SET 1 | name | address | note'), no ADDRESS heading
   over the column: the cell after the name's is the place's address when it is a whole one
   (a street and a postcode); a note there is not;
2. a set label in a later cell of a running order's row that a time opens ('10:15a | segment |
   SET 2 | who') points to a set the sheet heads elsewhere: it heads no set;
3. a Word outline's place item with lettered sub-items ('3. Obiekt zdjęciowy:' / 'a) ...' /
   'b) ...'): every item is a set, the first the day's, its letter no part of it; a lower-case
   note after a spaced dash ends the address, a capital there is the town's part; an outline's
   sub-item number ('2.1 Zbiórka:') opens its item, as a one-level number does;
4. 'promenade' is a street type ('The Promenade, Salthill, Co. Galway');
5. a heading of two label names joined by a middle dot ('CREW CALL · SHOOT CALL') over a cell of
   two times joined so ('7:00a · shoot 8:00a') gives each name its own time; a part that names
   another label's time is no crew call;
6. a department's pre-call in the call's cell ('Unit call | Camera pre-call 0615 · UNIT CALL
   0745') is no rival to the unit call read beside it; alone, it is the call only in doubt;
7. a labelled title that ends on a weekday ('PROJECT: Lakeside Sunday') keeps it when the
   running footer prints the title whole as one of its items, as a heading's title does.

Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

from pipeline.extract.reader.address_tail import without_trailing_notes
from pipeline.extract.reader.addresses import address_score, find_address
from pipeline.extract.reader.call_finder import precall
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import masthead, read_day

SURE = 0.85
DASH = "\u2013"  # an en dash, spaced, as Word prints it between a place and its note


# --- 1. and 2. numbered set rows, and a running order's WHERE cells ---------------------------


def _set_rows(second_cell: str, *, running_order: bool = True) -> bytes:
    rows: list[Row] = [
        *masthead("Harbourlight Unscripted", "BAKE BY THE BAY", "EP 3 · DAY 4 OF 12"),
        (40, 96, "Saturday, June 12th, 2027", 10),
        (40, 116, "CREW CALL 6:45a", 11),
        (330, 116, "SUNRISE 5:48a SUNSET 8:31p", 9),
        (40, 140, "SET 1", 8),
        (100, 140, "Harbour Pavilion", 8),
        (250, 140, second_cell, 7),
        (470, 140, "Bake tent", 7),
        (40, 154, "SET 2", 8),
        (100, 154, "Ferry Terminal", 8),
        (250, 154, "99 Pier Rd, Monterey, CA 93940", 7),
        (470, 154, "Judging (PM)", 7),
        (40, 168, "BASECAMP", 8),
        (100, 168, "Marina lot B", 8),
        (250, 168, "12 Marina Dr, Monterey, CA 93940", 7),
        (470, 168, "Catering", 7),
        (40, 192, "NEAREST ER: Bayside Medical Center, 23625 Holman Hwy, Monterey, CA 93940", 8),
    ]
    if running_order:
        rows += [
            (40, 220, "TIME", 7),
            (90, 220, "SEGMENT", 7),
            (330, 220, "WHERE", 7),
            (430, 220, "WHO", 7),
            (40, 232, "6:45a", 7),
            (90, 232, "Crew call, safety talk", 7),
            (330, 232, "Basecamp", 7),
            (430, 232, "All", 7),
            (40, 244, "8:00a", 7),
            (90, 244, "Signature bake", 7),
            (330, 244, "SET 1", 7),
            (430, 244, "Host, 10 bakers", 7),
            (40, 256, "2:15p", 7),
            (90, 256, "Judging", 7),
            (330, 256, "SET 2", 7),
            (430, 256, "Host, judges", 7),
        ]
    return render(rows)


def test_a_set_rows_address_cell_after_its_name_is_the_set() -> None:
    day = read_day(_set_rows("450 Cannery Row, Monterey, CA 93940"))
    assert "450 Cannery Row" in day["location"]
    assert day["field_confidence"]["location"] >= SURE
    assert day["locations"][0]["name"] == "Harbour Pavilion"


def test_a_note_in_the_cell_after_the_name_is_no_address() -> None:
    day = read_day(_set_rows("Load in by the east door"))
    assert "east door" not in (day["location"] or "")
    assert day["field_confidence"]["location"] < SURE


def test_the_running_orders_where_cells_head_no_set() -> None:
    day = read_day(_set_rows("450 Cannery Row, Monterey, CA 93940"))
    names = [p["name"] or "" for p in day["locations"]]
    assert not any("Host" in n for n in names)
    assert "99 Pier Rd" in " ".join(p["address"] for p in day["locations"][1:])


def test_a_set_row_with_no_running_order_reads_alike() -> None:
    day = read_day(_set_rows("450 Cannery Row, Monterey, CA 93940", running_order=False))
    assert "450 Cannery Row" in day["location"]
    assert day["field_confidence"]["location"] >= SURE


# --- 3. a Word outline's lettered places ------------------------------------------------------


def _outline(first: str, second: str | None, call_line: str = "2.1 Zbiórka: 7:15") -> bytes:
    rows: list[Row] = [
        (40, 40, "Pomorze Film sp. z o.o.", 9),
        (40, 62, f"PLAN ZDJĘĆ {DASH} DZIEŃ 8", 14),
        (40, 80, "serial „Latarnik”, odc. 3", 10),
        (40, 110, "1. Data: 21.06.2027", 9),
        (40, 124, "2. Godziny:", 9),
        (52, 138, call_line, 9),
        (52, 152, "2.2 Obiad: 13:00", 9),
        (40, 166, "3. Obiekt zdjęciowy:", 9),
        (52, 180, first, 9),
    ]
    if second is not None:
        rows.append((52, 194, second, 9))
    rows += [
        (40, 208, "4. Baza: parking przy molo, 81-701 Sopot", 9),
        (40, 222, "5. Szpital: Szpital Miejski w Sopocie, ul. Chrobrego 6/8, 81-756 Sopot", 9),
        (40, 236, "6. Wschód słońca: 4:12, zachód: 21:18", 9),
    ]
    return render(rows, unicode_font=True)


_FIRST = f"a) Latarnia Morska, ul. Zamkowa Góra 25, 81-865 Sopot {DASH} taras i schody"
_SECOND = "b) plaża przy molo (po obiedzie)"


def test_the_first_lettered_place_is_the_set_without_its_letter_or_note() -> None:
    day = read_day(_outline(_FIRST, _SECOND))
    assert day["location"].startswith("ul. Zamkowa Góra 25")
    assert "a)" not in day["location"] and "taras" not in day["location"]
    assert day["field_confidence"]["location"] >= SURE
    assert day["locations"][0]["name"] == "Latarnia Morska"


def test_every_lettered_place_is_listed_the_first_first() -> None:
    day = read_day(_outline(_FIRST, _SECOND))
    assert len(day["locations"]) == 2
    assert "plaża przy molo" in day["locations"][1]["address"]


def test_a_place_with_no_letter_reads_as_before() -> None:
    day = read_day(_outline("Latarnia Morska, ul. Zamkowa Góra 25, 81-865 Sopot", None))
    assert "ul. Zamkowa Góra 25" in day["location"]
    assert len(day["locations"]) == 1


def test_a_dash_note_in_lower_case_ends_the_address_a_capital_does_not() -> None:
    street = "ul. Morska 4, 81-865 Sopot"
    assert without_trailing_notes(f"{street} {DASH} taras") == street
    kept = f"ul. Floriańska 3, 31-019 Kraków {DASH} Stare Miasto"
    assert without_trailing_notes(kept) == kept
    numbered = f"{street} {DASH} wejście 5"
    assert without_trailing_notes(numbered) == numbered


def test_an_outline_sub_number_opens_the_call_item() -> None:
    day = read_day(_outline(_FIRST, _SECOND))
    assert day["call_time"] == "07:15"
    assert day["field_confidence"]["call_time"] >= SURE


def test_a_time_written_with_a_dot_before_a_call_label_is_no_outline_number() -> None:
    # '07.15 Zbiórka:' is a running order's row, not an item: the call is not read sure from it
    day = read_day(_outline(_FIRST, _SECOND, call_line="07.15 Zbiórka: 7:45"))
    assert day["field_confidence"]["call_time"] < SURE or day["call_time"] != "07:45"


# --- 4. 'promenade' is a street type ----------------------------------------------------------


def test_the_promenade_is_a_street() -> None:
    found = find_address("The Promenade, Salthill, Co. Galway")
    assert found is not None and found.street == "The Promenade"
    assert address_score("Marine Promenade, Portrush") >= 0.5


def test_a_promenade_in_lower_case_prose_is_no_street() -> None:
    assert address_score("the promenade wall and the beach slip") == 0.0
    assert address_score("Rain towers on the promenade: wet gear for all.") == 0.0


def test_a_location_on_the_promenade_is_read_sure() -> None:
    rows: list[Row] = [
        *masthead("Corrib Pictures Ltd", "THE LAST FERRY", "CALL SHEET No. 6"),
        (40, 96, "Tuesday 14th September 2027", 10),
        (40, 120, "UNIT CALL", 9),
        (140, 120, "07:30", 9),
        (40, 134, "SUNRISE", 9),
        (140, 134, "07:21", 9),
        (40, 148, "SUNSET", 9),
        (140, 148, "19:52", 9),
        (300, 120, "LOCATION 1", 8),
        (300, 132, "Leisureland", 9),
        (300, 144, "The Promenade, Salthill, Co. Galway", 9),
        (300, 156, "the seafront railings", 9),
        (300, 176, "LOCATION 2", 8),
        (300, 188, "Blackrock diving tower", 9),
        (40, 220, "NEAREST A&E: University Hospital Galway, Newcastle Road, Galway H91 YR71", 8),
    ]
    day = read_day(render(rows))
    assert day["location"].startswith("The Promenade")
    assert day["field_confidence"]["location"] >= SURE


# --- 5. 'CREW CALL · SHOOT CALL' over two times -----------------------------------------------


def _dotted(cell: str, title: str = "Lakeside Lanterns", footer: bool = False) -> bytes:
    rows: list[Row] = [
        (40, 40, "Northbay Content Inc.", 10),
        (40, 64, f"PROJECT: {title}", 12),
        (40, 96, "01 SHOOT DATE", 7),
        (40, 110, "Thu Jun 10/27", 11),
        (200, 96, "02 CREW CALL · SHOOT CALL", 7),
        (200, 110, cell, 11),
        (380, 96, "03 SUNRISE", 7),
        (380, 110, "5:36a", 11),
        (480, 96, "04 SUNSET", 7),
        (480, 110, "9:02p", 11),
        (40, 136, "05 LOCATION", 7),
        (40, 148, "Kew Gardens Boathouse", 9),
        (40, 160, "85 Lee Ave, Toronto, ON M4E 2P1", 9),
        (40, 184, "06 NEAREST ER", 7),
        (40, 196, "Michael Garron Hospital, 825 Coxwell Ave, Toronto, ON M4C 3E7", 9),
        (40, 220, "TIME SHOT DESCRIPTION", 7),
        (40, 232, "6:30a - Load in", 7),
        (40, 244, "8:00a 1 Lanterns on the water", 7),
        (40, 256, "11:00a 2 Dock walk", 7),
    ]
    if footer:
        rows.append((40, 760, f"Northbay Content Inc. · {title} · Job NB-0412 · CONFIDENTIAL", 6))
    return render(rows)


def test_each_name_of_a_dotted_heading_owns_its_own_time() -> None:
    day = read_day(_dotted("7:00a · shoot 8:00a"))
    assert day["call_time"] == "07:00"
    assert day["field_confidence"]["call_time"] >= SURE


def test_a_part_naming_the_shoot_is_no_crew_call() -> None:
    # the crew call's part names the shoot: the time is not the crew's, and never sure
    day = read_day(_dotted("shoot 8:00a · 7:00a"))
    assert not (day["call_time"] == "08:00" and day["field_confidence"]["call_time"] >= SURE)


def test_shoot_and_pre_call_words_before_a_time_are_no_crew_call() -> None:
    assert precall("6:30a · shoot ")
    assert precall("Shooting call: ")
    assert precall("Camera pre-call ")
    assert not precall("Shoot day 5 crew call ")
    assert not precall("Crew ")


# --- 6. a department's pre-call in the call's cell --------------------------------------------


def _pre_called(cell: str) -> bytes:
    rows: list[Row] = [
        (40, 40, "Millwall Road Films", 12),
        (420, 40, "CALL SHEET", 14),
        (40, 80, "Production", 9),
        (130, 80, "Dockside Bounce", 9),
        (300, 80, "Date", 9),
        (380, 80, "16/06/2027", 9),
        (40, 100, "Director", 9),
        (130, 100, "Jo Ekwueme", 9),
        (300, 100, "Unit Call", 9),
        (380, 100, cell, 9),
        (40, 120, "Client", 9),
        (130, 120, "Gull Soda", 9),
        (300, 120, "Location", 9),
        (380, 120, "Trinity Buoy Wharf, 64 Orchard Place, London E14 0JY", 8),
        (300, 140, "Sunrise / Sunset", 9),
        (380, 140, "0443 / 2121", 9),
        (40, 170, "Nearest A&E: The Royal London Hospital, Whitechapel Rd, London E1 1FR", 8),
    ]
    return render(rows)


def test_a_unit_call_beats_a_department_pre_call_in_its_cell() -> None:
    day = read_day(_pre_called("Camera pre-call 0615 · UNIT CALL 0745"))
    assert day["call_time"] == "07:45"
    assert day["field_confidence"]["call_time"] >= SURE


def test_a_pre_call_alone_is_the_call_only_in_doubt() -> None:
    day = read_day(_pre_called("Camera pre-call 0615"))
    assert day["field_confidence"]["call_time"] < SURE


# --- 7. a labelled title ending on a weekday ---------------------------------------------------


def test_a_labelled_titles_weekday_stays_when_the_footer_prints_the_title() -> None:
    day = read_day(_dotted("7:00a · shoot 8:00a", title="Lakeside Sunday", footer=True))
    assert day["production"] == "Lakeside Sunday"


def test_a_labelled_titles_weekday_is_cut_with_no_footer_saying_so() -> None:
    day = read_day(_dotted("7:00a · shoot 8:00a", title="Lakeside Sunday"))
    assert day["production"] != "Lakeside Sunday" or day["field_confidence"]["production"] < SURE
