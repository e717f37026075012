"""Wordings the reader missed (reader50), each drawn on small pages of its own, in other words
than the corpus sheets that showed them: a 'LOCATIONS' heading over items tagged by big bare
numbers ('1' in a box beside the venue, its street and town); the title centred left of a
boxed call label, set twice the label's size (a heading, not the call cell's value); a
message's 'tomorrow 5/3' read against its own stamp; a sentence's clause that opens with the
call ('... 2026. Call 06h45 @ unit base', ': call 6.45, loc: ...'); a generic call box whose
time the line under it names as the crew's; a short weekday after a day count ('Draaidag 4 van
20 ma 9-11-2026'). Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

from pipeline.extract.reader.labelling import list_tag
from pipeline.extract.reader.model import Line, Word
from pipeline.extract.reader.values import find_dates
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

SURE = 0.85

# --- a LOCATIONS heading over tagged items --------------------------------------------------

_FEATURE_TOP: list[Row] = [
    (40, 40, "Marsh Light Films", 9),
    (40, 66, "Tidewater", 18),
    (40, 96, "Wednesday, March 11, 2026", 9),
    (40, 112, "General crew call: 6:45 AM", 9),
    (40, 128, "Sunrise 7:29 AM   Sunset 7:24 PM", 9),
]


def _tagged(first: str, street: str, town: str, *, tag_size: float = 14) -> list[Row]:
    return [
        (36, 160, "LOCATIONS", 9.5),
        (66, 180, first, 8.5),
        (43, 195, "1", tag_size),
        (66, 191, street, 8.5),
        (66, 202, town, 8.5),
        (66, 213, "Stage, lobby and the loading dock", 8.5),
        (346, 180, "All day (sc. 12, 14)", 8),
        (346, 191, "Parking: Bay Street lot", 7.5),
        (66, 240, "Forsyth Park", 8.5),
        (43, 255, "2", tag_size),
        (66, 251, "2 W Gaston St", 8.5),
        (66, 262, "Savannah, GA 31401", 8.5),
        (66, 273, "Fountain and the north lawn", 8.5),
        (346, 240, "After lunch (sc. 20)", 8),
    ]


def test_the_first_tagged_item_is_the_set() -> None:
    day = read_day(
        render(_FEATURE_TOP + _tagged("Harbor Playhouse", "210 W Bay St", "Savannah, GA 31401"))
    )
    assert day["location"].startswith("210 W Bay St")
    assert day["locations"][0]["name"] == "Harbor Playhouse"


def test_a_tagged_item_in_another_town() -> None:
    rows = _tagged("Old Grain Exchange", "55 Water Street", "Portland, ME 04101")
    day = read_day(render(_FEATURE_TOP + rows))
    assert day["location"].startswith("55 Water Street")
    assert "2 W Gaston" not in day["location"]


def test_a_crew_call_note_beside_the_set_is_no_rival() -> None:
    """'Harbor Playhouse    Crew call (sc. 12, 14)': which set the crew is called to."""
    rows = _tagged("Harbor Playhouse", "210 W Bay St", "Savannah, GA 31401")
    rows = [
        r if r[2] != "All day (sc. 12, 14)" else (346, 180, "Crew call (sc. 12, 14)", 8)
        for r in rows
    ]
    day = read_day(render(_FEATURE_TOP + rows))
    assert day["call_time"] == "06:45"
    assert day["field_confidence"]["call_time"] >= SURE


def test_a_crew_call_with_no_time_and_no_set_beside_it_is_a_rival() -> None:
    rows = _tagged("Harbor Playhouse", "210 W Bay St", "Savannah, GA 31401")
    rows += [(40, 330, "Notes: bring layers", 9), (346, 330, "Crew call (sc. 12, 14)", 8)]
    day = read_day(render(_FEATURE_TOP + rows))
    assert day["field_confidence"]["call_time"] < SURE


def _line(*words: tuple[str, float, float]) -> Line:
    out = []
    for text, x0, size in words:
        out.append(Word(text, x0, x0 + 0.55 * size * len(text), 100, 100 + size, size))
    return Line(tuple(out), 0)


def test_a_bare_number_in_the_text_size_is_a_house_number() -> None:
    """'1 Harbor Way' in one size: the street's number, no tag."""
    assert list_tag(_line(("1", 43, 8.5), ("Harbor", 52, 8.5), ("Way", 85, 8.5)), 0) is None
    assert list_tag(_line(("1", 43, 14), ("118", 66, 8.5), ("Bay", 85, 8.5)), 0) == 1
    # a big number that runs into its words with a word space is no tag either
    assert list_tag(_line(("1", 43, 14), ("118", 53, 8.5)), 0) is None


# --- a title centred left of a boxed call label ----------------------------------------------


def test_a_big_title_left_of_a_call_box_is_the_title() -> None:
    rows: list[Row] = [
        (44, 46, "Pine Hollow Pictures", 9.5),
        (44, 58, "Producer: Ada Moss (912) 555-0140", 7.5),
        (44, 69, "Director: Ben Cole", 7.5),
        (44, 81, "1st AD: Noor Hale (912) 555-0152", 7.5),
        (236, 59, "SALT MARSH", 17),
        (262, 76, "Shoot Day 6 of 20", 10),
        (243, 92, "Friday, March 13, 2026", 10),
        (434, 50, "UNIT CALL", 8.5),
        (434, 76, "6:45 AM", 20),
        (434, 94, "Shooting call 7:30 AM", 8.5),
        (40, 140, "Location: Wormsloe, 7601 Skidaway Rd, Savannah, GA 31406", 9),
        (40, 156, "Sunrise 7:32 AM   Sunset 7:26 PM", 9),
    ]
    day = read_day(render(rows))
    assert day["production"].lower() == "salt marsh"
    assert day["call_time"] == "06:45"


# --- a message's "tomorrow" against its stamp --------------------------------------------------


def _thread(body: str) -> bytes:
    rows: list[Row] = [
        (40, 30, "04/03/2026, 19:52 Messages", 8),
        (40, 60, "Harbour Lights unit", 14),
        (40, 90, "Sam (coordinator) \u00b7 Wed 4 Mar 2026, 7:40 pm", 8),
        (40, 106, body, 10),
        (40, 120, "Parking on the west pier, Whitby YO21 3PU.", 10),
        (40, 150, "Sam (coordinator) \u00b7 Wed 4 Mar 2026, 7:41 pm", 8),
        (40, 166, "Lunch 1.00, wrap 6.00. Sunrise 6.40am, sunset 5.55pm.", 10),
    ]
    return render(rows)


def test_tomorrow_with_the_stamps_next_day() -> None:
    body = "Reminder: tomorrow 5/3: call 6.45, loc: Old Boathouse, 12 Quay Street, Whitby YO21 3DH."
    day = read_day(_thread(body))
    assert day["shooting_date"] == "2026-03-05"
    assert day["field_confidence"]["shooting_date"] >= SURE
    assert day["call_time"] == "06:45"
    assert "12 Quay Street" in day["location"]


def test_tomorrow_with_another_day_is_in_doubt() -> None:
    """'tomorrow 9/3' under a message stamped 4 March: the word and the date disagree."""
    body = "Reminder: tomorrow 9/3: call 6.45, loc: Old Boathouse, 12 Quay Street, Whitby YO21 3DH."
    day = read_day(_thread(body))
    assert day["shooting_date"] != "2026-03-05" or day["field_confidence"]["shooting_date"] < SURE
    assert day["field_confidence"]["shooting_date"] < SURE


def test_tomorrow_after_the_plans_day_is_the_day_after_the_shoot() -> None:
    """A plan sent on Tuesday for Thursday the 5th that ends 'Tomorrow (Friday 6 March): the
    pickups': the day after the shoot's, no doubt on the planned day."""
    rows: list[Row] = [
        (40, 40, "From: Rui Costa <rui@tidefilms.example>", 9),
        (40, 54, "Sent: Tue 3 Mar 2026 20:45", 9),
        (40, 68, "To: crew@tidefilms.example", 9),
        (40, 82, "Subject: Saltworks: plan for Thursday 5 March 2026", 9),
        (40, 110, "Here's the plan for Thursday 5 March, day 4 of Saltworks.", 10),
        (40, 124, "Crew call 0745 at Lymington Sea Baths, Bath Road, Lymington SO41 3SE.", 10),
        (40, 138, "Sunrise is 06:36 and sunset 17:56.", 10),
        (40, 152, "Nearest A&E: Southampton General Hospital, Tremona Road, SO16 6YD.", 10),
        (40, 170, "Tomorrow (Friday 6 March): the pickups, meet 0900.", 10),
    ]
    day = read_day(render(rows))
    assert day["shooting_date"] == "2026-03-05"
    assert day["field_confidence"]["shooting_date"] >= SURE


def test_an_emails_tomorrow_with_its_sent_stamp() -> None:
    rows: list[Row] = [
        (40, 30, "4/6/26, 6:10 PM Gmail - Grange Hall tmrw", 8),
        (40, 60, "Grange Hall tmrw", 14),
        (40, 84, "From: Ivy Chen <ivy@northfield.example>", 9),
        (40, 98, "To: crew@northfield.example", 9),
        (40, 112, "Sent: Mon, Apr 6, 2026 at 6:02 PM", 9),
        (40, 140, "Hi all -", 10),
        (
            40,
            156,
            "Tomorrow, Tue 4/7/26: general call 6:30a at Grange Hall, 45 Elm St, Hudson, NY 12534",
            10,
        ),
        (
            40,
            170,
            "Parking: Front St lot, 10 Front St, Hudson, NY 12534. Lunch 12:30p, wrap 6p.",
            10,
        ),
        (40, 184, "sunrise 6:32a / sunset 7:27p", 10),
    ]
    day = read_day(render(rows))
    assert day["shooting_date"] == "2026-04-07"
    assert day["call_time"] == "06:30"
    assert "45 Elm St" in day["location"]


# --- a sentence's clause opening with the call --------------------------------------------------


def _mail(line: str) -> bytes:
    rows: list[Row] = [
        (40, 40, "The Long Reach - Friday", 14),
        (40, 64, "From: Jo Hart <jo@reachfilms.example>", 9),
        (40, 78, "To: Crew list", 9),
        (40, 92, "Sent: Thu 5 Mar 2026, 19:12", 9),
        (40, 120, line, 10),
        (40, 136, "Set: The Boathouse, 3 Quay Road, Whitby YO21 1DH - the slipway.", 10),
        (40, 152, "Lunch 13h00, wrap 18h00. Sunrise 06h40, sunset 17h55.", 10),
    ]
    return render(rows)


def test_a_call_clause_after_a_sentence() -> None:
    day = read_day(
        _mail("The Long Reach, Friday 6 March 2026. Call 06h45 @ unit base (Quay Road car park).")
    )
    assert day["call_time"] == "06:45"
    assert day["field_confidence"]["call_time"] < SURE  # a sentence's clause: a person checks
    assert "3 Quay Road" in day["location"]


def test_someone_elses_call_clause_is_not_the_crews() -> None:
    day = read_day(
        _mail("The Long Reach, Friday 6 March 2026. Cast: call 06h00 @ the make-up truck.")
    )
    assert day["call_time"] != "06:00"


# --- a call box whose time the next line names as the crew's ------------------------------------


def _box(under: str) -> bytes:
    rows: list[Row] = [
        (36, 40, "Lakeside Films Pty Ltd", 11),
        (36, 56, "Tuesday 10 March 2026", 9),
        (36, 90, "Harbour Days", 16),
        (369, 100, "CALL TIME", 10),
        (36, 110, "Client: Coastal Tourism", 9),
        (36, 124, "Agency: Northpoint", 9),
        (369, 122, "0715", 20),
        (36, 131, "Director: Mia Ford", 8.5),
        (369, 136, under, 8.5),
        (36, 180, "LOCATION", 8),
        (36, 194, "Mooloolaba Beach", 9),
        (36, 206, "Parkyn Parade, Mooloolaba QLD 4557", 9),
        (36, 240, "Sunrise 0543   Sunset 1815", 9),
        (36, 280, "ROLE", 8),
        (160, 280, "NAME", 8),
        (300, 280, "MOBILE", 8),
        (460, 280, "CALL", 8),
        *[
            row
            for k, (role, name, mobile, call) in enumerate(
                [
                    ("Producer", "Kim Lowe", "0412 555 201", "0715"),
                    ("1st AD", "Raj Patel", "0412 555 212", "0715"),
                    ("Gaffer", "Tom Reid", "0412 555 223", "0645"),
                ]
            )
            for row in (
                (36, 294 + 12 * k, role, 8.5),
                (160, 294 + 12 * k, name, 8.5),
                (300, 294 + 12 * k, mobile, 8.5),
                (460, 294 + 12 * k, call, 8.5),
            )
        ],
    ]
    return render(rows)


def test_a_call_box_and_its_crew_line_agree() -> None:
    day = read_day(_box("Crew call 0715 for 0745 first shot"))
    assert day["call_time"] == "07:15"
    assert day["field_confidence"]["call_time"] >= SURE


def test_a_call_box_over_another_crew_time_stays_in_doubt() -> None:
    """'0715' in the box, 'Crew call 0745 ...' under it: the two disagree, nothing is settled."""
    day = read_day(_box("Crew call 0745 for 0815 first shot"))
    assert day["field_confidence"]["call_time"] < SURE


# --- a short weekday after a day count ------------------------------------------------------------


def test_a_short_weekday_after_a_day_count_settles_the_order() -> None:
    for text, value in (
        ("Draaidag 4 van 20 ma 9-11-2026", "2026-11-09"),
        ("Shooting day 3 of 12 - do 12-11-2026", "2026-11-12"),
    ):
        parsed = find_dates(text)[0]
        assert (parsed.value, parsed.quality >= 0.9) == (value, True)


def test_a_ranges_to_stays_ambiguous() -> None:
    """'od 5.06 do 06-11-2026', 'od 5 do 06-11-2026': Polish 'from ... to', no Thursday."""
    for text in ("od 5.06 do 06-11-2026", "od 5 do 06-11-2026"):
        assert find_dates(text)[0].quality < 0.5
