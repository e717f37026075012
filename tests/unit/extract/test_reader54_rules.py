"""E-mails printed to PDF with no 'Subject:' label the reader dated by their sent stamp
(reader54): the sender's line ending in the date and minute it went out (Gmail's 'Name
<address> Wed, Mar 11, 2026 at 9:01 PM'), or that stamp on a line of its own under the sender
(Outlook on the web's 'Wed 3/11/2026 9:01 PM'), right over 'To:', and the browser's print stamp
atop the page, are when the message was sent, never the shooting date over a date told in the
body; "tomorrow" / "tmrw" with a weekday and a day of the month counts from that stamp. Drawn
on small pages of their own; rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.reader.email_header import email_header
from pipeline.extract.reader.model import Line, PageText, Word
from pipeline.extract.reader.told_day import _written_after
from tests.fixtures.callsheets import Row, column, render
from tests.unit.extract.drawn import read_day

SURE = 0.85


def _mail(head: list[str], body: list[str]) -> dict:
    rows: list[Row] = [*column(*head, x=40, top=40, size=9, step=14)]
    rows += column(*body, x=40, top=60 + 14 * len(head), size=9, step=14)
    return read_day(render(rows))


GMAIL = [
    "3/11/26, 9:15 PM Gmail - HARBOUR LIGHTS Thursday",
    "Gmail",
    "Pat Lee <pat.lee@example.com>",
    "HARBOUR LIGHTS Thursday",
    "1 message",
    "Nina Ortiz <nina@tidefilms.com> Wed, Mar 11, 2026 at 9:01 PM",
    "To: harbour-crew@example.com",
]
OWA = [
    "3/11/2026 Mail - Pat Lee - Outlook",
    "Harbour Lights - call tmrw",
    "Nina Ortiz <nina@tidefilms.com>",
    "NO",
    "Wed 3/11/2026 9:01 PM",
    "To: Harbour Lights Crew",
]
BODY = [
    "Hello all,",
    "Crew call 6:45 AM at Pier 7, load in by the north gate.",
    "Pier 7 Warehouse",
    "7 Harbor Way, Oakland, CA 94607",
    "Lunch 12:30. Thanks, Nina",
]


def test_a_gmail_print_dates_the_shoot_by_its_body_not_its_sender_stamp() -> None:
    day = _mail(GMAIL, ["We shoot Thursday, March 12, 2026.", *BODY])
    assert day["shooting_date"] == "2026-03-12"
    assert day["field_confidence"]["shooting_date"] >= SURE


def test_an_outlook_web_print_counts_tomorrow_from_its_stamp() -> None:
    day = _mail(OWA, ["Day 4: crew call 6:45 tmrw (Thu the 12th) at Pier 7.", *BODY[2:]])
    assert day["shooting_date"] == "2026-03-12"
    assert day["field_confidence"]["shooting_date"] >= SURE
    assert day["production"] == "Harbour Lights"


def test_a_stamp_alone_is_read_but_not_sure() -> None:
    day = _mail(OWA, ["Crew call 6:45 at Pier 7, same as last week.", *BODY[2:]])
    assert day["field_confidence"]["shooting_date"] < SURE


def test_a_tomorrow_that_is_not_the_stamps_next_day_is_not_sure() -> None:
    day = _mail(OWA, ["Crew call 6:45 tomorrow (Friday the 13th) at Pier 7.", *BODY[2:]])
    assert not (
        day["shooting_date"] == "2026-03-11" and day["field_confidence"]["shooting_date"] >= SURE
    )


def _page(*texts: str) -> PageText:
    lines = []
    for n, text in enumerate(texts):
        top = 40.0 + 14 * n
        lines.append(Line((Word(text, 40.0, 40.0 + 5 * len(text), top, top + 9),), 0))
    return PageText(tuple(lines), 612.0, 792.0)


def test_the_unlabelled_header_block_is_found() -> None:
    head = email_header([_page(*GMAIL, *BODY)])
    assert head is not None and head.sent == dt.date(2026, 3, 11)
    assert head.subject == "HARBOUR LIGHTS Thursday" and {0, 5} <= head.sent_lines
    head = email_header([_page(*OWA, *BODY)])
    assert head is not None and head.sent == dt.date(2026, 3, 11)
    assert head.subject == "Harbour Lights - call tmrw" and {0, 4} <= head.sent_lines


@pytest.mark.parametrize(
    "lines",
    [
        # a call sheet's own date and call on one line, over a 'To:' — no sender's address
        ["CALL SHEET - HARBOUR LIGHTS", "Thursday, March 12, 2026 6:45 AM", "To: all crew"],
        # an address in the body with a time, far from any 'To:'
        ["Harbour Lights", "Day 4", "Contact nina@tidefilms.com", "Crew call 6:45", "Notes"],
        # a 'To:' with a sender but no stamp of when it was sent
        ["Harbour Lights", "Nina Ortiz <nina@tidefilms.com>", "To: crew", "Thu 12 March"],
    ],
)
def test_no_header_block_without_a_sender_stamped_over_to(lines: list[str]) -> None:
    assert email_header([_page(*lines)]) is None


@pytest.mark.parametrize(
    ("tail", "told"),
    [
        (" (Thursday the 12th) at", "2026-03-12"),
        (", Thu 12th", "2026-03-12"),
        (" the 12th", "2026-03-12"),
        (" Thursday 12", "2026-03-12"),
        (" (Friday the 13th)", ""),
        (" (Thursday the 13th)", ""),
    ],
)
def test_tomorrow_with_a_weekday_and_day_is_read_against_the_stamp(tail: str, told: str) -> None:
    got = _written_after(tail, dt.date(2026, 3, 11))
    assert got is not None and got.value == told


@pytest.mark.parametrize(
    "tail", [" 6:45 at Pier 7", " 12 people on set", " at the pier", " the 12"]
)
def test_tomorrow_with_no_day_named_reads_nothing(tail: str) -> None:
    assert _written_after(tail, dt.date(2026, 3, 11)) is None


def test_an_outlook_desktop_print_with_no_subject_counts_tomorrow_from_sent() -> None:
    head = [
        "Pat Lee",
        "From: Nina Ortiz <nina@tidefilms.com>",
        "Sent: Wednesday, March 11, 2026 9:01 PM",
        "To: Harbour Lights Crew",
    ]
    day = _mail(head, ["Crew call 6:45 tomorrow (Thursday the 12th) at Pier 7.", *BODY[2:]])
    assert day["shooting_date"] == "2026-03-12"
    assert day["field_confidence"]["shooting_date"] >= SURE
