"""Conventions from the thirtieth held-out set's misses (reader39): a call label among a people
table's headings ("Stanowisko  Osoba  Telefon  Zbiórka", "Role  Name  Mobile  Crew Call") heads
each person's own call, no rival to the day's crew call when some row keeps that call; and a
call on a line that opens with another date ("Friday 15 May 2026 - crew call 06:45") is that
day's. Each is drawn on a small page of its own, in words and places of its own. Rows are (x,
baseline y, text, size) in points."""

from __future__ import annotations

from pipeline.extract import extract_document
from pipeline.extract.reader.prose import meet_time, set_address
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import masthead, read_day


def _people_table(
    heads: tuple[str, str, str, str], people: list[tuple[str, str, str, str]], top: float
) -> list[Row]:
    xs = (40, 170, 300, 430)
    rows: list[Row] = [(x, top, h, 9) for x, h in zip(xs, heads, strict=True)]
    for n, person in enumerate(people, start=1):
        rows += [(x, top + 13 * n, v, 9) for x, v in zip(xs, person, strict=True)]
    return rows


def test_polish_crew_list_column_is_no_rival_call() -> None:
    rows = [
        *masthead("Wisła Film sp. z o.o.", "Stare Miasto", "Plan nr 7"),
        (40, 100, "Data zdjęć 12.05.2026", 9),
        (40, 114, "Zbiórka ekipy 8:00", 9),
        (40, 128, "Obiekt zdjęciowy Sukiennice, Rynek Główny 1, 31-042 Kraków", 9),
        (40, 142, "Wschód / zachód słońca 4:52 / 20:21", 9),
        (40, 170, "EKIPA", 9),
        *_people_table(
            ("Stanowisko", "Osoba", "Telefon", "Zbiórka"),
            [
                ("Kierownik planu", "Ewa Nowak", "+48 600 555 101", "7:00"),
                ("Operator", "Jan Wróbel", "+48 600 555 102", "8:00"),
                ("Dźwięk", "Ola Kos", "+48 600 555 103", "8:00"),
            ],
            top=184,
        ),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["call_time"] == "08:00"
    assert day["field_confidence"]["call_time"] >= 0.85, day["warnings"]


def test_english_crew_list_headed_crew_call_is_no_rival() -> None:
    rows = [
        *masthead("Fieldgate Films Ltd", "LOW TIDE", "Day 2 of 4"),
        (40, 100, "Date: Tuesday 9 June 2026", 9),
        (40, 114, "Crew call: 07:30", 9),
        (40, 128, "Location: Whitstable Harbour, South Quay, Whitstable CT5 1AB", 9),
        (40, 142, "Sunrise 04:45   Sunset 21:15", 9),
        *_people_table(
            ("Role", "Name", "Mobile", "Crew Call"),
            [
                ("Location Manager", "Dev Shah", "07700 900111", "06:15"),
                ("Gaffer", "Ann Lowe", "07700 900222", "07:30"),
                ("Sound", "Tom Reid", "07700 900333", "07:30"),
            ],
            top=180,
        ),
    ]
    day = read_day(render(rows))
    assert day["call_time"] == "07:30"
    assert day["field_confidence"]["call_time"] >= 0.85, day["warnings"]


def test_another_dates_call_line_is_no_second_statement() -> None:
    rows = [
        *masthead("Fieldgate Films Ltd", "LOW TIDE", "Day 3 of 4"),
        (40, 100, "Date: Wednesday 10 June 2026", 9),
        (40, 114, "Crew call: 07:00", 9),
        (40, 128, "Location: Whitstable Harbour, South Quay, Whitstable CT5 1AB", 9),
        (40, 142, "Sunrise 04:45   Sunset 21:16", 9),
        (40, 170, "Thursday 11 June 2026 - crew call 06:45", 9),
    ]
    day = read_day(render(rows))
    assert day["call_time"] == "07:00"
    assert day["field_confidence"]["call_time"] >= 0.85, day["warnings"]


def test_memo_meet_sentence_gives_the_call() -> None:
    """A factual crew's memo: "We meet at 6.45am by <place>" is the crew's call (read from
    running text, so a person checks it); the older plan quoted under the reply is not."""
    rows = [
        (40, 40, "From: Sam Ortiz <sam@harbourdocs.example.com>", 9),
        (40, 53, "Sent: Monday 18 May 2026 19:05", 9),
        (40, 66, "Subject: Salt Marsh: plan for Tuesday 19 May 2026", 9),
        (40, 92, "Hello team,", 9),
        (40, 105, "Plan for Tuesday 19 May, day 3 of Salt Marsh.", 9),
        (40, 118, "We meet at 6.45am by the harbour office, then drive out together.", 9),
        (40, 131, "We're filming at Marsh Lane Reserve, 12 Marsh Lane, Rye TN31 7QA.", 9),
        (40, 144, "Sunrise is 05:02 and sunset 20:51. Rough running order:", 9),
        (40, 157, "0645 Meet, load   0800 Boardwalk   1230 Lunch   1700 Wrap", 9),
        (40, 170, "Nearest A&E: Conquest Hospital, The Ridge, St Leonards-on-Sea TN37 7RD", 9),
        (40, 196, "Cheers, Sam", 9),
        (40, 222, "On Fri 15 May 2026 at 10:12, Sam wrote:", 9),
        (40, 235, "> Provisional plan for Monday 18 May:", 9),
        (40, 248, "> Meet 0800 at the station.", 9),
    ]
    day = read_day(render(rows))
    assert day["call_time"] == "06:45"


def test_meet_time_skips_other_openings_and_quoted_history() -> None:
    assert (
        meet_time(["Second meeting point is the lay-by at 0830.", "Meet 0730 at the car park."])
        == "07:30"
    )
    assert meet_time(["Hi all. Meeting time: 0800 in the lobby."]) == "08:00"
    assert meet_time(["Cast meet 0900 at the hotel."]) is None
    assert meet_time(["> Meet 0800 at the quay."]) is None
    assert meet_time(["On Mon 6 Apr 2026 at 17:02, Aoife wrote:", "Meet 0800 at the quay."]) is None


def test_set_address_takes_in_the_street_before_a_postal_district() -> None:
    """'We're filming at <venue>, <street>, <area>, Dublin 8, D08 ...:' - the district is no
    street: the set's address starts at the street that runs on into it, without the colon."""
    text = (
        "Hi all. We're filming at the Irish Museum of Modern Art, Military Rd, Kilmainham, "
        "Dublin 8, D08 FW31: the great hall and the courtyard."
    )
    read = set_address(text)
    assert read is not None
    assert read[0] == "Military Rd, Kilmainham, Dublin 8, D08 FW31"


def test_letter_spaced_revision_stamp_is_no_title() -> None:
    """A big 'A M E N D E D' stamp (letter-spaced) and 'REV 3' beside the header: the title is
    the line under them, not the stamp."""
    rows = [
        (40, 40, "Northgate Pictures Inc.", 9),
        (40, 74, "A M E N D E D", 22),
        (230, 74, "REV 3", 20),
        (40, 100, "Parkside Credit - Open Doors", 16),
        (40, 130, "Date: Friday 12 June 2026", 9),
        (40, 144, "Crew call: 07:00", 9),
        (40, 158, "Location: 250 Front St W, Toronto, ON M5V 3G5", 9),
        (40, 172, "Sunrise 05:36   Sunset 21:01", 9),
    ]
    day = read_day(render(rows))
    assert day["production"] == "Parkside Credit - Open Doors"


def test_wrapped_hospital_label_takes_the_name_over_the_address() -> None:
    """'NEAREST' / 'HOSPITAL' wrapped in a grid's label cell, the value cell's lines beside
    it centred: the name sits beside the label's first line, the street beside its second."""
    rows = [
        *masthead("Lakeshore Pictures Inc.", "NORTHERN LIGHTS", "Day 1 of 3"),
        (40, 100, "Date: Tuesday 16 June 2026", 9),
        (40, 114, "Crew call: 07:00", 9),
        (40, 128, "Location: 100 Queens Quay E, Toronto, ON M5E 1V3", 9),
        (40, 142, "Sunrise 05:36   Sunset 21:03", 9),
        (40, 170, "NEAREST", 9),
        (160, 170, "Toronto General Hospital", 9),
        (40, 182, "HOSPITAL", 9),
        (160, 182, "200 Elizabeth St", 9),
        (160, 194, "Toronto, ON M5G 2C4", 9),
    ]
    day = read_day(render(rows))
    assert day["hospital"]["name"] == "Toronto General Hospital"


def test_wedding_day_timings_with_no_crew_call_are_other() -> None:
    """A couple's 'Day schedule' for the venue and suppliers (headed 'Call sheet' by the
    planner): no crew is called, the rows are the wedding's moments."""
    rows = [
        (40, 40, "Call sheet", 16),
        (40, 62, "Ana & Luis", 12),
        (40, 78, "Saturday 20 June 2026", 10),
        (40, 92, "The Old Rectory, Church Lane, Frome BA11 2PD", 9),
        (40, 110, "11:00  Bridesmaids and the bride get ready in the cottage", 9),
        (40, 124, "13:00  Guests seated in the orchard, ushers at the gate", 9),
        (40, 138, "13:30  Ceremony with the officiant, then confetti", 9),
        (40, 152, "15:00  Wedding breakfast in the barn", 9),
        (40, 166, "17:30  Speeches: best man and maid of honour", 9),
        (40, 180, "20:00  First dance, then the band", 9),
    ]
    result = extract_document(render(rows)).to_json()
    assert result["document_type"] == "other"


def test_a_shoot_of_a_wedding_scene_with_a_crew_call_stays_a_call_sheet() -> None:
    rows = [
        *masthead("Orchard Lane Films Ltd", "SECOND SPRING", "Day 5 of 20"),
        (40, 100, "Date: Saturday 20 June 2026", 9),
        (40, 114, "Crew call: 07:00", 9),
        (40, 128, "Location: The Old Rectory, Church Lane, Frome BA11 2PD", 9),
        (40, 142, "Sunrise 04:52   Sunset 21:32", 9),
        (40, 170, "Sc 41 EXT. ORCHARD - DAY: the wedding ceremony, bride and groom, vows", 9),
        (40, 184, "Sc 42 INT. BARN - DAY: speeches, the best man's toast, first dance", 9),
    ]
    day = read_day(render(rows))
    assert day["call_time"] == "07:00"
