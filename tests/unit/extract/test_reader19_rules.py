"""Conventions from the thirteenth held-out set's misses (reader19): a label column's value on
its own row before the heading under it, a group of people named with a production word, a
running order's row that names the crew's call, and others. Each is drawn on a small page of
its own, in words of its own. Rows are (x, baseline y, text, size) in points on a letter page."""

from __future__ import annotations

from pipeline.extract.reader import labels as L
from pipeline.extract.reader.call_lists import crew_call_in_timeline
from tests.fixtures.callsheets import render
from tests.unit.extract.drawn import read_day

# --- a label column: the value on the label's own row, across the gap ----------------------


def _label_column(hospital_row: str, under: list[str]) -> bytes:
    rows = [
        (40, 40, "GREYFRIARS", 18),
        (40, 62, "Call Sheet 9 of 22", 9),
        (40, 90, "DATE", 9),
        (170, 90, "Friday 9 October 2026", 9),
        (40, 104, "UNIT CALL", 9),
        (170, 104, "07:30", 9),
        (40, 118, "SET", 9),
        (170, 118, "Old College, South Bridge, Edinburgh EH8 9YL", 9),
        (40, 132, "HOSPITAL", 9),
        (170, 132, hospital_row, 9),
    ]
    rows += [(40, 152 + 13 * n, text, 9) for n, text in enumerate(under)]
    return render(rows)


def test_a_label_columns_value_on_its_row_beats_the_heading_below() -> None:
    # Given labels down the left edge, each value across a gap in one column, and a section
    # heading with its table right under the last label
    data = _label_column(
        "Royal Infirmary, 51 Little France Cres, Edinburgh EH16 4SA",
        ["RUNNING ORDER", "07:30 Crew call at base", "08:15 Rehearse scene 4"],
    )
    day = read_day(data)
    # Then the hospital is the one on its row, not the heading under it
    assert day["hospital"]["name"].startswith("Royal Infirmary")
    assert day["call_time"] == "07:30"


def test_a_label_with_its_value_below_it_still_reads_it() -> None:
    # Given the same column with nothing on the hospital's row, its name printed under it
    data = _label_column("", ["Western General Hospital", "Crewe Rd S, Edinburgh EH4 2XU"])
    day = read_day(data)
    # Then the value below is still read (the rule needs a value on the label's own row)
    assert day["hospital"]["name"].startswith("Western General")


# --- a group of people named with a production word -------------------------------------


def test_a_show_crew_heading_is_not_the_production() -> None:
    # Given a title at the top and, lower down, a crew list headed 'SHOW CREW'
    rows = [
        (40, 44, "SALT MARSH", 20),
        (40, 66, "Call Sheet - Day 3", 10),
        (40, 90, "Date: Monday 12 October 2026", 10),
        (40, 104, "Crew Call: 06:45", 10),
        (40, 118, "Location: Blakeney Quay, Blakeney NR25 7NE", 10),
        (40, 160, "SHOW CREW", 10),
        (40, 174, "Director - Ann Pike 07700 900123", 9),
        (40, 188, "Producer - Tom Reed 07700 900456", 9),
    ]
    day = read_day(render(rows))
    # Then the production is the title, never the word for the crew
    assert day["production"] == "SALT MARSH"


# --- a running order's row that names the crew's call -------------------------------------


def _running_order(rows_text: list[str]) -> bytes:
    rows = [
        (40, 44, "LANTERN PARADE", 18),
        (40, 66, "Event coverage - schedule of the day", 9),
        (40, 80, "Saturday 17 October 2026", 9),
        (40, 104, "TIMINGS", 10),
    ]
    rows += [(40, 120 + 13 * n, text, 9) for n, text in enumerate(rows_text)]
    rows += [
        (40, 260, "VENUE", 10),
        (40, 274, "Victoria Park, Grove Rd, London E3 5TB", 9),
        (40, 300, "NEAREST HOSPITAL", 10),
        (40, 314, "Royal London Hospital, Whitechapel Rd, London E1 1FR", 9),
    ]
    return render(rows)


def test_the_crews_row_in_a_running_order_is_the_call() -> None:
    # Given a running order whose rows start with their times, one of them the crew's call
    data = _running_order(
        [
            "2:00 PM   Park gates open to the public",
            "3:30 PM   (video) Main unit call - north gate compound",
            "5:00 PM   Lantern workshops end",
            "6:30 PM   Parade leaves the bandstand",
        ]
    )
    day = read_day(data)
    # Then the crew's row gives the call, and no other row's time
    assert day["call_time"] == "15:30"


def test_a_departments_row_is_not_the_crews_call() -> None:
    # Given a running order with only a department's call ("Camera crew call")
    data = _running_order(
        ["1400  Park gates open", "1530  Camera crew call - north gate", "1700  Parade"]
    )
    day = read_day(data)
    # Then no call is read from it
    assert day["call_time"] is None


def test_two_crew_rows_at_different_times_give_no_call() -> None:
    # Given two rows that both name the crew's call at different times (two venues)
    rows = ["0700 [A] Crew call - first venue", "1200 Lunch", "1500 [B] Crew call - second venue"]
    # Then the running order gives no call; rows that agree give theirs
    assert crew_call_in_timeline(rows, L.CREW_CALL) is None
    assert crew_call_in_timeline([*rows[:2], "7:00 AM - 7:30 AM Unit call"], L.CREW_CALL) == "07:00"


def test_tomorrows_crew_row_is_not_the_call() -> None:
    # Given the only crew row speaks of tomorrow
    data = _running_order(["1400  Park gates open", "0600  Tomorrow: crew call at the depot"])
    day = read_day(data)
    # Then it gives no call
    assert day["call_time"] is None


# --- a brief's "Where" section; the sun named in its running text --------------------------


def _brief(where_heading: str, sun_sentence: str) -> bytes:
    lines = [
        "LOCATION SCOUT BRIEF",
        "Harbourlight Docs · 14 Market St, Hobart TAS 7000",
        "To: Crew   From: Sam Ode, producer",
        "Re: TIDE LINES - shoot day 3",
        "Plan",
        "Friday 16 October 2026. Crew call 6.15am at the gate. We shoot",
        f"the ferry arrivals until lunch. {sun_sentence}",
        where_heading,
        "Salamanca Arts Centre",
        "77 Salamanca Pl, Battery Point TAS 7004",
        "Parking",
        "Princes Wharf car park, Hobart TAS 7000",
        "Nearest hospital",
        "Royal Hobart Hospital, 48 Liverpool St, Hobart TAS 7000",
    ]
    return render([(50, 50 + 15 * n, text, 10) for n, text in enumerate(lines)])


def test_a_briefs_where_section_is_the_set() -> None:
    # Given a typed brief whose set is under a "Where" heading, the office's address above
    day = read_day(_brief("Where", "Sunset that evening 7.42pm."))
    # Then the set is the address under "Where", not the letterhead's
    assert "77 Salamanca Pl" in day["location"]
    assert "Market St" not in day["location"]


def test_where_in_a_sentence_is_no_label() -> None:
    # Given "where" inside running text only (the set has no heading)
    day = read_day(_brief("Meet where the ferry docks.", "Sunset 7.42pm."))
    # Then no set is read from that sentence's words
    assert "ferry" not in (day["location"] or "")


def test_the_sunset_in_a_sentence_is_read_when_every_core_field_is_labelled() -> None:
    # Given a sheet with its call, set and hospital labelled and the sunset only in a sentence
    day = read_day(_brief("Where", "Sunset 1942, so the last ferry is in silhouette."))
    # Then the sunset is read from the sentence
    assert day["sunset"] == "19:42"


# --- a "SUN" heading with the direction of each time under it ------------------------------


def _sun_box(first: str, second: str) -> bytes:
    rows = [
        (40, 40, "QUARRY ROAD", 18),
        (40, 70, "Date: Tuesday 20 October 2026", 10),
        (40, 84, "Unit Call: 07:00", 10),
        (40, 98, "Location: Kingsbury Quarry, Dunkeld Rd, Perth PH1 3BD", 10),
        (400, 70, "SUN", 10),
        (400, 84, first, 10),
        (400, 98, second, 10),
    ]
    return render(rows)


def test_rise_and_set_under_a_sun_heading_are_the_sun_times() -> None:
    day = read_day(_sun_box("Up 07:58", "Down 17:49"))
    assert (day["sunrise"], day["sunset"]) == ("07:58", "17:49")
    day = read_day(_sun_box("Set: 5.49pm", "Rise: 7.58am"))
    assert (day["sunrise"], day["sunset"]) == ("07:58", "17:49")


def test_a_sun_heading_over_other_words_gives_no_sun_times() -> None:
    day = read_day(_sun_box("Up to 24C", "Light wind"))
    assert (day["sunrise"], day["sunset"]) == (None, None)


# --- street shapes: a numbered pier, a Brazilian "Av." name then number ----------------------


def test_a_numbered_pier_is_a_street_and_number() -> None:
    from pipeline.extract.reader.addresses import find_address

    found = find_address("Wharf 12, Darling Harbour, Sydney NSW 2000")
    assert found is not None and found.street == "Wharf 12"
    found = find_address("Pier 26, Tribeca, New York, NY 10013")
    assert found is not None and found.postcode == "10013"
    assert find_address("the pier 4 miles north") is None


def test_a_dotted_avenida_with_its_number_after_the_name_is_a_street() -> None:
    from pipeline.extract.reader.addresses import find_address

    found = find_address("Av. Rio Branco 156 - Centro, Rio de Janeiro - RJ, 20040-901")
    assert found is not None and found.street == "Av. Rio Branco 156"
    assert found.postcode == "20040-901"
    assert find_address("Av. Foch") is None  # without a number: the French avenue's name


def test_pier_and_avenida_sets_are_read_as_addresses() -> None:
    for address in ("Pier 26, Tribeca, New York, NY 10013", "Av. Rio Branco 156"):
        rows = [
            (40, 40, "RIVER TOWN", 18),
            (40, 70, "Date: Wednesday 21 October 2026", 10),
            (40, 84, "Crew Call: 08:00", 10),
            (40, 98, f"Location: {address}", 10),
        ]
        day = read_day(render(rows))
        assert day["location"] == address


def test_where_over_a_paragraph_leaves_the_set_to_the_running_text() -> None:
    # Given a "Where" heading over a paragraph that names the set's address in a sentence
    lines = [
        "UNIT NOTE",
        "Re: HARBOUR WALLS - day 2",
        "Date: Saturday 17 October 2026",
        "Crew call 7.00am at the ramp.",
        "Where",
        "This time we are filming at the Customs House, 1 Castray Esp, Battery Point TAS 7004.",
        "Bring warm layers; it is windy on the esplanade.",
    ]
    day = read_day(render([(50, 50 + 15 * n, text, 10) for n, text in enumerate(lines)]))
    # Then the set is the address read from the sentence, not the whole sentence
    assert day["location"] == "1 Castray Esp, Battery Point TAS 7004"
