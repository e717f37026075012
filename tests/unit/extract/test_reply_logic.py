"""Reading a reply to a review message: fields, ok, cancel, and nothing guessed."""

from __future__ import annotations

from datetime import date, time

import pytest

from pipeline.extract.reply_logic import (
    ReplyReading,
    decide_reply,
    parse_date,
    parse_reply,
    parse_time,
)

QUOTED = (
    "\n\nOn Fri, 4 Dec 2026 at 21:02, Crew <crew@example.com> wrote:\n"
    "> StillOnTime read the call sheet for THE LONG ACRE day 5 2026-12-07, but needs...\n"
    "> location: not found\n"
)


def schedule(**overrides):
    row = {
        "id": "s",
        "version": 1,
        "status": "reviewing",
        "location": None,
        "call_time": time(7, 0),
    }
    return row | overrides


def test_a_location_line_is_read_and_the_quoted_message_is_not() -> None:
    reading = parse_reply("location: 163 Example Rd, Toronto" + QUOTED)
    assert reading.changes == {"location": "163 Example Rd, Toronto"}
    assert reading.not_understood == ()
    assert reading.understood == ("location: 163 Example Rd, Toronto",)


def test_call_and_date_lines_with_courtesies() -> None:
    reading = parse_reply("Hi,\ncall: 6:30\nDate: 2026-12-04\nThanks!\n-- \nOla")
    assert reading.changes == {"call_time": time(6, 30), "shooting_date": date(2026, 12, 4)}
    assert reading.not_understood == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [("6:30", time(6, 30)), ("06.30", time(6, 30)), ("6h30", time(6, 30)),
     ("6:30 pm", time(18, 30)), ("7am", time(7, 0)), ("12am", time(0, 0)),
     ("7", None), ("25:00", None), ("13:00 pm", None), ("soon", None)],
)  # fmt: skip
def test_times(text: str, expected: time | None) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2026-12-04", date(2026, 12, 4)), ("4.12.2026", date(2026, 12, 4)),
     ("12/04/2026", None), ("31.02.2026", None), ("tomorrow", None)],
)  # fmt: skip
def test_dates_are_never_guessed(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_ok_and_cancel() -> None:
    assert parse_reply("OK").confirm is True
    assert parse_reply("cancel.\n").cancel is True


def test_what_is_not_understood_is_named_and_stops_the_reply() -> None:
    reading = parse_reply("location: Plac Defilad 1\ncall: early\nparking behind the church")
    assert reading.understood == ("location: Plac Defilad 1",)
    assert reading.not_understood == (
        '"call: early" (not a call we can read)',
        '"parking behind the church" (not a field we know, nor ok or cancel)',
    )
    decision = decide_reply(reading, schedule(), 1, True)
    assert decision.outcome == "not_understood"
    assert decision.changes == {}


def test_an_empty_reply_and_a_contradiction_are_not_understood() -> None:
    assert parse_reply(QUOTED).not_understood == (
        "the reply is empty (nothing above the quoted message)",
    )
    assert "cancel together" in parse_reply("cancel\ncall: 7:00").not_understood[0]
    assert "given twice" in parse_reply("call: 7:00\ncall: 8:00").not_understood[0]


def test_decisions() -> None:
    edit = parse_reply("location: 163 Example Rd, Toronto")
    assert decide_reply(edit, schedule(), 1, True).outcome == "applied"
    assert decide_reply(edit, schedule(), 1, True).changes == {
        "location": "163 Example Rd, Toronto"
    }
    # ok without a location cannot plan the day: said, not guessed
    incomplete = decide_reply(parse_reply("ok"), schedule(), 1, True)
    assert (incomplete.outcome, "location" in (incomplete.note or "")) == ("incomplete", True)
    assert decide_reply(parse_reply("ok"), schedule(location="Set 1"), 1, True).outcome == (
        "confirmed"
    )
    assert decide_reply(parse_reply("cancel"), schedule(), 1, True).outcome == "cancelled"
    # a reply to an older version, or to a review already closed, changes nothing
    assert decide_reply(edit, schedule(version=2), 1, True).outcome == "stale"
    assert decide_reply(edit, schedule(), 1, False).outcome == "stale"
    assert decide_reply(edit, None, 1, True).outcome == "stale"
    assert decide_reply(ReplyReading(), schedule(location="x"), 1, True).outcome == (
        "not_understood"
    )


def test_a_polish_answer() -> None:
    reading = parse_reply(
        "Lokacja: Molo Rybackie, Gdynia\ngodzina: 6:30\nW dniu 4.12.2026 napisał:\n> x"
    )
    assert reading.changes == {"location": "Molo Rybackie, Gdynia", "call_time": time(6, 30)}
    assert parse_reply("Potwierdzam").confirm and parse_reply("anuluj").cancel


def test_a_review_whose_call_is_missing_needs_the_call_never_a_guess() -> None:
    no_call = schedule(location="Set 1", call_time=None)
    ok = decide_reply(parse_reply("ok"), no_call, 1, True)
    assert ok.outcome == "incomplete"
    assert ok.note == 'The crew call is still missing: reply with a line like "call: 6:30".'
    # a correction of another field does not make the day plannable either
    other = decide_reply(parse_reply("location: Set 2"), no_call, 1, True)
    assert (other.outcome, other.changes) == ("incomplete", {})
    neither = decide_reply(parse_reply("ok"), schedule(call_time=None), 1, True)
    assert neither.note == (
        "The crew call and the set's location are still missing: reply with lines like "
        '"call: 6:30" and "location: ...".'
    )
    given = decide_reply(parse_reply("call: 6:30\nok"), no_call, 1, True)
    assert (given.outcome, given.changes) == ("applied", {"call_time": time(6, 30)})
