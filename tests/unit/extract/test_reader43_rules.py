"""Conventions that let the reader be sure where the whole corpus's right-but-reviewed sheets
were in doubt (reader43): a call label that names itself the original (previous, old) call,
beside a revised (amended, new) call label with another time, is the time the revision
replaced, no rival; and a note that the crew call moved, with no time of its own, beside such
a revised label, is the same change told in words. Each is drawn on a small page of its own,
in words and places of its own. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day


def _revision_pair(old_label: str, old: str, new_label: str, new: str, *, note: str = "") -> bytes:
    rows: list[Row] = [
        (40, 40, "Saltmarsh Pictures", 9),
        (40, 66, "Heron Lane", 18),
        (400, 40, "Wednesday 14 October 2026", 9),
        (40, 100, f"{old_label} {old}", 9),
        (40, 118, new_label, 11),
        (220, 118, new, 11),
        (40, 140, "Location: Blakeney Quay, 4 High St, Blakeney, Holt NR25 7NA", 9),
        (40, 156, "Sunrise 7:12 AM   Sunset 6:03 PM", 9),
        (40, 172, "Nearest hospital: Cromer Hospital, Mill Rd, Cromer NR27 0BQ", 9),
    ]
    if note:
        rows.append((40, 200, note, 8))
    return render(rows)


def test_original_call_gives_way_to_the_revised_one() -> None:
    data = _revision_pair("Original call time:", "8:00 AM", "REVISED CALL TIME:", "7:15 AM")
    day = read_day(data)
    assert day["call_time"] == "07:15", day["warnings"]
    assert day["field_confidence"]["call_time"] >= 0.85


def test_initial_call_gives_way_to_the_new_one_in_24_hour_times() -> None:
    day = read_day(_revision_pair("Initial call:", "0930", "New call:", "0845"))
    assert day["call_time"] == "08:45", day["warnings"]
    assert day["field_confidence"]["call_time"] >= 0.85


def test_a_note_that_the_crew_call_moved_is_the_same_change() -> None:
    data = _revision_pair(
        "Initial call time:",
        "7:30 AM",
        "AMENDED CALL:",
        "6:45 AM",
        note="Note: crew call pulled forward 45 min for the tide; all else unchanged.",
    )
    day = read_day(data)
    assert day["call_time"] == "06:45", day["warnings"]
    assert day["field_confidence"]["call_time"] >= 0.85


def test_two_calls_without_a_revision_stay_in_doubt() -> None:
    # 'Original' names nothing replaced when no label says the other time is a revision
    day = read_day(_revision_pair("Original call:", "8:00 AM", "Call:", "7:15 AM"))
    assert day["field_confidence"]["call_time"] < 0.85, day["call_time"]


def test_an_original_call_is_never_the_sole_call() -> None:
    # the revision's own time not given ('Amended call time   TBC'): the old call alone is in
    # doubt
    day = read_day(_revision_pair("Prior call:", "7:30 AM", "Amended call time", "TBC"))
    assert day["field_confidence"]["call_time"] < 0.85, day["call_time"]


def test_an_amended_call_far_right_replaces_the_prior_one() -> None:
    # reader48: 'Amended call time' with no colon owns the time across the gap on its row
    day = read_day(_revision_pair("Prior call:", "7:30 AM", "Amended call time", "6:45 AM"))
    assert day["call_time"] == "06:45", day["warnings"]


def test_a_note_naming_a_time_is_still_a_rival() -> None:
    data = _revision_pair(
        "Original call:",
        "8:00 AM",
        "AMENDED CALL:",
        "7:15 AM",
        note="Crew call moved to 7:45 AM for the camera truck.",
    )
    day = read_day(data)
    assert day["field_confidence"]["call_time"] < 0.85, day["call_time"]


def _headed_by(*head: Row) -> bytes:
    rows: list[Row] = [
        *head,
        (40, 70, "Lundi 12 octobre 2026", 10),
        (40, 100, "Convocation équipe : 07h45", 10),
        (40, 118, "Lieu : Moulin de la Galette, 83 rue Lepic, 75018 Paris", 10),
        (40, 136, "Lever 07h58 / coucher 18h52", 10),
        (40, 154, "Hôpital : Hôpital Bichat, 46 rue Henri Huchard, 75018 Paris", 10),
    ]
    return render(rows)


def test_title_beside_the_sheets_name_after_it() -> None:
    day = read_day(_headed_by((40, 40, "FEUILLE DE SERVICE", 12), (260, 40, "LES AILES", 16)))
    assert day["production"] == "LES AILES", day["warnings"]
    assert day["field_confidence"]["production"] == 0.8, day["warnings"]


def test_title_beside_the_sheets_name_before_it() -> None:
    day = read_day(_headed_by((40, 40, "LA VERRIÈRE", 16), (300, 40, "Call Sheet", 12)))
    assert day["production"] == "LA VERRIÈRE", day["warnings"]
    assert day["field_confidence"]["production"] == 0.8, day["warnings"]


def test_title_with_other_words_on_its_line_stays_a_guess() -> None:
    head = ((40, 40, "FEUILLE DE SERVICE", 12), (200, 40, "LES AILES", 16), (400, 40, "J 4/20", 9))
    day = read_day(_headed_by(*head))
    assert day["field_confidence"]["production"] < 0.8, day["production"]
