"""The words of the review loop: each doubtful field with its value, confidence and warning."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from pipeline.notify.review_notices import answer_message, could_not_read_message, review_message

SCHEDULE = {
    "production": "THE LONG ACRE",
    "shooting_day": 5,
    "shooting_date": date(2026, 12, 7),
    "call_time": time(7, 0),
    "location": None,
    "confidence_score": 0.1,
    "field_confidence": {"location": 0.0, "production": 0.6, "call_time": 1.0},
    "warnings": ["production: title guessed from the largest heading",
                 "location: not found on the sheet"],
}  # fmt: skip


def test_the_review_message_names_each_field_and_how_to_answer() -> None:
    notice = review_message(SCHEDULE, ["location"], "TOKEN1234567890abcdef")
    assert (
        notice.subject
        == "Needs your review: THE LONG ACRE day 5 2026-12-07 (ref TOKEN1234567890abcdef)"
    )
    lines = notice.text.splitlines()
    assert "- location: not found (confidence 0.00) - not found on the sheet" in lines
    assert (
        '- production: "THE LONG ACRE" (confidence 0.60) - title guessed from the largest heading'
        in lines
    )
    assert "  location: 163 Example Rd, Toronto" in lines
    assert "  call: 6:30" in lines and "  date: 2026-12-04" in lines
    assert 'or just "ok" to confirm what was read, or "cancel" if the day is off.' in lines
    assert "Reference: TOKEN1234567890abcdef" in lines


def test_without_gmail_the_review_says_how_to_answer_on_the_command_line() -> None:
    notice = review_message(SCHEDULE | {"id": "abc"}, ["location"], "T" * 20, by_reply=False)
    assert "stillontime schedules edit abc --location" in notice.text
    assert "reply to this message" not in notice.text


def test_could_not_read_says_why_in_plain_words() -> None:
    email = {"subject": "Call sheet day 6", "sender": "ad@prod.example", "kind": "unreadable",
             "reason": "nodate.pdf: the sheet has no readable date; nothing can be planned",
             "received_at": datetime(2026, 12, 4, 20, 0, tzinfo=UTC)}  # fmt: skip
    notice = could_not_read_message(email, "TOKEN1234567890abcdef")
    assert notice.subject == "Could not read: Call sheet day 6"
    assert "because nodate.pdf: the sheet has no readable date; nothing can be planned." in (
        notice.text
    )
    hostile = could_not_read_message(
        email | {"subject": "Call\x1b]8;;http://x\x07 sheet"}, "T" * 20
    )
    assert hostile.subject == "Could not read: Call sheet"
    failed = could_not_read_message(email | {"kind": "failed", "reason": "boom"}, "T" * 20)
    assert "something went wrong on our side" in failed.text


def test_an_answer_says_what_was_understood_and_what_was_not() -> None:
    answer = {
        "outcome": "not_understood",
        "understood": ["location: Set 1"],
        "not_understood": ['"call: early" (not a call we can read)'],
        "note": None,
    }
    notice = answer_message(answer, "Re: Needs your review: X", "T" * 20)
    assert notice.subject == "Re: Needs your review: X"
    assert "Nothing was changed" in notice.text
    assert "Understood: location: Set 1" in notice.text
    assert 'Not understood: "call: early" (not a call we can read)' in notice.text
    applied = answer_message(
        {"outcome": "applied", "understood": ["location: Set 1"]}, "X", "T" * 20
    )
    assert applied.subject == "Re: X"
    assert applied.text.startswith("Thanks - applied: location: Set 1.")


def test_a_review_whose_call_is_missing_says_so_and_that_ok_is_not_enough() -> None:
    no_call = SCHEDULE | {
        "id": "abc",
        "call_time": None,
        "location": "Plac Defilad 1",
        "field_confidence": {"call_time": 0.0},
        "warnings": [],
    }
    lines = review_message(no_call, ["call_time"], "T" * 20).text.splitlines()
    # a missing value without a warning is "not found on the sheet", not a doubt
    assert "- call: not found (confidence 0.00) - not found on the sheet" in lines
    assert 'Read as: date 2026-12-07, call not found, location "Plac Defilad 1".' in lines
    assert (
        'The day cannot be planned without its crew call: reply with "call: 6:30" '
        '("ok" alone is not enough).'
    ) in lines
    cli = review_message(no_call, ["call_time"], "T" * 20, by_reply=False).text.splitlines()
    assert "The day cannot be planned without its crew call." in cli
    assert "  stillontime schedules edit abc --call 06:30 --confirm" in cli
    # a day with its call and its set says nothing of the kind
    whole = review_message(SCHEDULE | {"location": "Set 1"}, ["production"], "T" * 20).text
    assert "cannot be planned without" not in whole
