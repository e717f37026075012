"""Rules reader94 added, drawn in wordings and layouts of their own (not fresh66's sheets):

- Gmail prints the recipients as it shows them, 'to me, grip-dept' with no label's colon,
  right under the sender's line that ends in the stamp of its sending: that is the header's
  'To:', so the print is an e-mail, its stamp when it was sent, and the body's yearless
  'DATE: Friday 4/9' takes its year from the stamp;
- a date label whose yearless day names a weekday that the date read does not fall on doubts
  that reading: the label's own day is taken (its year from the date read) when its weekday
  settles it within a week, else the date read is kept; never sure either way;
- a music video's (or a brand's) stack: the heading names whose work it is, the run flush under
  it is the work's name alone in quotes, the run under that names the kind (MUSIC VIDEO): the
  quoted name is the production;
- a commercial whose header names its agency or client, with no spot key, prints the spot's
  name in quotes with its lengths ('"Cold Snap" :30 / :15'): that is the production;
- a range of times with a bracketed note ('0615-0645 (walking)') set as large as the title in a
  box is a value, never the title.

Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.reader.commercial import commercial_title
from pipeline.extract.reader.email_header import email_header
from pipeline.extract.reader.model import Line, PageText, Word
from pipeline.extract.reader.title import quoted_work_over_kind
from pipeline.extract.reader.title_kinds import time_range
from tests.fixtures.callsheets import Row, column, render
from tests.unit.extract.drawn import read_day

SURE = 0.85


def _page(*texts: str) -> PageText:
    lines = []
    for n, text in enumerate(texts):
        top = 40.0 + 14 * n
        words, x = [], 40.0
        for part in text.split():
            words.append(Word(part, x, x + 5 * len(part), top, top + 9))
            x += 5 * len(part) + 3
        lines.append(Line(tuple(words), 0))
    return PageText(tuple(lines), 612.0, 792.0)


# --- Gmail's recipients line ----------------------------------------------------------------

SENDER = "Ines Marr <ines.marr@northforkfilms.tv> Thu, Apr 8, 2027, 7:55 PM"
BODY = [
    "Hey team, details for tomorrow below.",
    "- DATE: Friday 4/9 (Day 2 of 6)",
    "- CREW CALL: 0715",
    "- LOCATION: Granary Hall, 410 Mill Rd, Hood River, OR 97031",
    "- NEAREST ER: Providence Hood River Memorial Hospital, 810 12th St, Hood River, OR 97031",
    "Cheers, Ines",
]


def _mail(head: list[str], body: list[str]) -> dict:
    rows: list[Row] = [*column(*head, x=40, top=40, size=9, step=14)]
    rows += column(*body, x=40, top=60 + 14 * len(head), size=9, step=14)
    return read_day(render(rows))


@pytest.mark.parametrize("to", ["to me, grip-dept", "to crew-list, producers", "to me"])
def test_a_recipients_line_under_the_stamped_sender_makes_an_email(to: str) -> None:
    head = email_header([_page("GLASS RIVER | Day 2 | Fri 4/9", SENDER, to, *BODY)])
    assert head is not None and head.sent == dt.date(2027, 4, 8)
    assert head.subject == "GLASS RIVER | Day 2 | Fri 4/9" and 1 in head.sent_lines


@pytest.mark.parametrize(
    "lines",
    [
        # a sentence opening with 'to', ending in a full stop
        ["GLASS RIVER | Day 2", SENDER, "to be confirmed by the office.", *BODY],
        # a long line of running words
        [
            "GLASS RIVER | Day 2",
            SENDER,
            "to all of you who came out in the rain on the pier",
            *BODY,
        ],
        # no sender's address over it
        ["GLASS RIVER | Day 2", "Thu, Apr 8, 2027, 7:55 PM", "to crew-list", *BODY],
        # a sender with no stamp of its sending
        ["GLASS RIVER | Day 2", "Ines Marr <ines.marr@northforkfilms.tv>", "to crew-list", *BODY],
    ],
)
def test_no_email_without_a_recipients_line_under_a_stamped_sender(lines: list[str]) -> None:
    assert email_header([_page(*lines)]) is None


def test_the_body_date_label_wins_over_the_sent_stamp() -> None:
    day = _mail(["Mail - Ines Marr", "CALL SHEET | GLASS RIVER | Fri 4/9", SENDER, "to crew"], BODY)
    assert day["shooting_date"] == "2027-04-09"
    assert day["field_confidence"]["shooting_date"] >= SURE
    assert day["production"] == "GLASS RIVER"
    assert day["call_time"] == "07:15"


# --- a date label's weekday against the date read ------------------------------------------


def test_a_label_day_whose_weekday_the_stamp_misses_is_taken_but_not_sure() -> None:
    # no recipients line: not read as an e-mail; the sender's stamp heads the page
    day = _mail(["GLASS RIVER | Day 2", SENDER], BODY)
    assert day["shooting_date"] == "2027-04-09"
    assert day["field_confidence"]["shooting_date"] < SURE


def test_a_label_day_far_from_the_date_read_only_doubts_it() -> None:
    body = [BODY[0], "- DATE: Friday 5/21 (Day 2 of 6)", *BODY[2:]]
    day = _mail(["GLASS RIVER | Day 2", SENDER], body)
    assert day["field_confidence"]["shooting_date"] < SURE


def _dated_sheet(label_value: str) -> list[Row]:
    return [
        (40, 40, "GLASS RIVER", 18),
        (400, 40, "Thursday, April 8, 2027", 10),
        (40, 90, "DATE:", 9),
        (90, 90, label_value, 9),
        (40, 104, "CREW CALL:", 9),
        (110, 104, "7:15 AM", 9),
        (40, 118, "LOCATION:", 9),
        (110, 118, "Granary Hall, 410 Mill Rd, Hood River, OR 97031", 9),
    ]


@pytest.mark.parametrize("value", ["Thursday 4/8", "Thursday, April 8, 2027", "4/8"])
def test_a_label_that_agrees_or_names_no_weekday_leaves_the_date_sure(value: str) -> None:
    day = read_day(render(_dated_sheet(value)))
    assert day["shooting_date"] == "2027-04-08"
    assert day["field_confidence"]["shooting_date"] >= SURE


# --- a quoted work under its artist's name ------------------------------------------------------


def _panel(stack: list[str], kind_x: float = 30) -> list[Row]:
    """A landscape one-pager: the artist, the quoted work and the kind stacked in a left panel,
    the sheet's boxes on the same lines right of it."""
    rows: list[Row] = [
        (260, 40, "CALL SHEET", 9),
        (30, 56, stack[0], 18),
        (260, 56, "Friday, May 14th, 2027", 14),
        (260, 86, "CREW CALL", 7.5),
        (30, 94, stack[1], 16),
        (260, 100, "8am", 18),
        (kind_x, 122, stack[2], 10),
        (260, 140, "LOCATION", 7.5),
        *column(
            "Rialto Ballroom", "118 Front St", "Astoria, OR 97103", x=260, top=152, size=8, step=10
        ),
        (30, 170, "DIRECTOR", 7),
        (30, 182, "Rowan Pike", 9.5),
        (430, 140, "NEAREST ER", 7.5),
        *column(
            "Columbia Memorial Hospital",
            "2111 Exchange St",
            "Astoria, OR 97103",
            x=430,
            top=152,
            size=8,
            step=10,
        ),
    ]
    return rows


@pytest.mark.parametrize(
    ("stack", "title"),
    [
        (["LUNA VEGA", "\u201cSalt Flats\u201d", "MUSIC VIDEO"], "Salt Flats"),
        (
            ["THE NIGHT FERRY", "\u201cLow Tide Radio\u201d", "Music video - 1 day"],
            "Low Tide Radio",
        ),
        (["BRIGHTWATER SODA", "\u201cFizz Season\u201d", "BRANDED CONTENT"], "Fizz Season"),
    ],
)
def test_the_quoted_work_under_its_artist_over_its_kind_is_the_title(
    stack: list[str], title: str
) -> None:
    day = read_day(render(_panel(stack), unicode_font=True))
    assert day["production"] == title


@pytest.mark.parametrize(
    "stack",
    [
        # a series over its episode's quoted name: the kind is no artist's work
        ["HARBOUR WATCH", "\u201cThe Long Night\u201d", "Drama series"],
        # the quoted line runs on with other words
        ["LUNA VEGA", "\u201cSalt Flats\u201d demo take", "MUSIC VIDEO"],
        # no kind under it
        ["LUNA VEGA", "\u201cSalt Flats\u201d", "Director's cut notes"],
    ],
)
def test_no_quoted_work_without_the_whole_stack(stack: list[str]) -> None:
    day = read_day(render(_panel(stack), unicode_font=True))
    assert day["production"] != stack[1].strip("\u201c\u201d")


def test_a_kind_not_flush_under_the_quote_is_not_the_stack() -> None:
    # (a commercial's kind: a page naming a music video at its top reads the quoted line right
    # under its artist as the song with no kind under it, test_reader97_rules)
    page = _page("BRIGHTWATER SODA", "\u201cFizz Season\u201d", "BRANDED CONTENT")
    assert quoted_work_over_kind(page, "BRIGHTWATER SODA") == "Fizz Season"
    moved = PageText(
        (
            *page.lines[:2],
            Line(
                tuple(
                    Word(w.text, w.x0 + 40, w.x1 + 40, w.top, w.bottom) for w in page.lines[2].words
                ),
                0,
            ),
        ),
        612.0,
        792.0,
    )
    assert quoted_work_over_kind(moved, "BRIGHTWATER SODA") is None


# --- a commercial's quoted spot with its lengths ----------------------------------------------


def _spot(name_rows: list[Row], *, payers: bool = True) -> list[Row]:
    rows: list[Row] = [
        (36, 36, "SLICKROCK & SAGE", 17),
        (470, 36, "CALL SHEET", 12),
        (36, 52, "88 Canyon Rd, Moab UT 84532", 7.5),
        (470, 52, "Job #27-310", 8.5),
        (470, 64, "08/21/2027", 10),
        *name_rows,
        (36, 150, "GENERAL CREW CALL", 11),
        (200, 150, "6:45 AM", 14),
        (36, 176, "LOCATION", 7.5),
        (120, 176, "Arches Visitor Center, 2 N Main St, Moab, UT 84532", 7.5),
        (36, 188, "NEAREST HOSPITAL", 7.5),
        (120, 188, "Moab Regional Hospital, 450 Williams Way, Moab, UT 84532", 7.5),
    ]
    if payers:
        rows += [
            (41, 112, "AGENCY", 7.5),
            (221, 112, "CLIENT", 7.5),
            (41, 124, "Redrock & Sage, Denver", 7.5),
            (221, 124, "Canyonlands Cold Brew", 7.5),
        ]
    return rows


@pytest.mark.parametrize(
    "name_rows",
    [
        [(36, 88, "\u201cCold Snap\u201d :30 / :15", 12)],
        [(36, 88, "\u201cCold Snap\u201d", 12), (150, 88, ":60 / :30 / :15", 12)],
        [(36, 88, "\u201cCold Snap\u201d 30\u201d", 12)],
    ],
)
def test_a_quoted_spot_with_its_lengths_under_a_payers_header_is_the_title(
    name_rows: list[Row],
) -> None:
    day = read_day(render(_spot(name_rows), unicode_font=True))
    assert day["production"] == "Cold Snap"


def _head(rows: list[Row]) -> PageText:
    return PageText(
        tuple(
            Line((Word(text, x, x + 5 * len(text), y - size, y, size),), 0)
            for x, y, text, size in rows
        ),
        612.0,
        792.0,
    )


def test_no_quoted_spot_without_lengths_payers_or_with_two_names() -> None:
    # the quoted name alone, no lengths: no spot read from it
    found = commercial_title(_head(_spot([(36, 88, "\u201cCold Snap\u201d", 12)])))
    assert found is None or found.title != "Cold Snap"
    # no agency or client header: no commercial
    assert (
        commercial_title(_head(_spot([(36, 88, "\u201cCold Snap\u201d :30", 12)], payers=False)))
        is None
    )
    # two spots with lengths: which one names the job is not said
    two = [(36, 80, "\u201cCold Snap\u201d :30", 12), (36, 96, "\u201cHeat Wave\u201d :15", 12)]
    found = commercial_title(_head(_spot(two)))
    assert found is None or found.title not in {"Cold Snap", "Heat Wave"}


# --- a range of times in a box ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("0615-0645 (walking)", True),
        ("6:15 - 6:45am (walking)", True),
        ("0615\u20130645 (in the tent)", True),
        ("1939-1945 (documentary)", False),  # years
        ("0615-0645", False),  # no words: passed over as a value already
        ("Route 66 (pilot)", False),
        ("12-14 (rain)", False),
    ],
)
def test_a_range_of_times_with_a_note_is_a_value(text: str, value: bool) -> None:
    assert time_range(text) is value


def test_a_big_breakfast_range_is_not_the_title() -> None:
    # three boxes, each label centred over its value: the range is wider than its label, so
    # it starts left of it (no label's value), and set larger than the title
    rows: list[Row] = [
        (180, 20, "DGC \u00b7 IATSE \u00b7 ACTRA", 6.5),
        (30, 40, "Fundy Light Pictures Inc.", 9),
        (240, 40, "SALT MARSH", 14),
        (250, 54, "Episode 3 \u201cEbb\u201d", 9),
        (445, 40, "Monday, June 14, 2027", 9),
        (97, 86, "BREAKFAST", 8),
        (37, 110, "0615-0645 (walking)", 18),
        (282, 86, "CREW CALL", 8),
        (286, 110, "0645", 18),
        (33, 160, "SET", 7.5),
        (33, 172, "Ferry Terminal, 12 Wharf St, Yarmouth, NS B5A 1B1", 7.5),
        (33, 196, "NEAREST HOSPITAL (ER)", 7.5),
        (33, 208, "Yarmouth Regional Hospital, 60 Vancouver St, Yarmouth, NS B5A 2P5", 7.5),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["production"] == "SALT MARSH"
    assert day["call_time"] == "06:45"
