"""Rules reader79 added, drawn on small pages in wordings of their own (not fresh54's or
fresh55's): a heading that names another kind of event (a concert, a competition, a trade
show's staffing, a trip or pilgrimage, a drill, a ceremony) over a paper that prints no
shooting day's word is other, while a call sheet that films such an event stays one; a page
whose glyphs a spreadsheet placed one by one, with its spaces written as glyphs of their own
(which PDFium does not report), is read by pdfminer too and keeps its words apart; a year split
by a glyph's gap is joined; a label in title case run together is split. Rows are (x, baseline
y, text, size) in points."""

from __future__ import annotations

import time

import pytest

from pipeline.extract.reader import isolated, pdfread, text_repair
from pipeline.extract.reader.model import Limits, Line, PageText, Word
from pipeline.extract.reader.result import ReadResult
from tests.fixtures.callsheets import Row
from tests.unit.extract.drawn import doc_type

# --- another event's day is other ---------------------------------------------------------------


def _event_day(title: str, kind: str, call: str = "Call: 4:45 PM at the stage door") -> list[Row]:
    """A day's date, its venue's address, a call and a timed running order under ``title`` and
    ``kind``: a day's shape, with no shooting day's word."""
    return [
        (40, 40, title, 14),
        (40, 60, kind, 10),
        (40, 86, "Date: Friday, May 14, 2027", 9),
        (40, 100, "Venue: Riverside Hall, 410 River St, Troy, NY 12180", 9),
        (40, 114, call, 9),
        (40, 140, "TIME   WHAT   WHO", 8),
        (40, 154, "3:30 PM   Load in, chairs and stands   Volunteers", 8),
        (40, 168, "4:45 PM   Sign-in and warm-up   Everyone", 8),
        (40, 182, "6:00 PM   Doors open   Ushers", 8),
        (40, 196, "7:00 PM   Start   Everyone", 8),
        (40, 210, "9:15 PM   Approx. end; pack up   Everyone", 8),
        (
            40,
            236,
            "Bring water; phones off. A volunteer camera crew records it for the website.",
            8,
        ),
    ]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("TROY YOUTH ORCHESTRA", "Spring Recital - performer call times"),
        ("St. Cecilia Chorale", "Christmas concert: schedule for singers"),
        ("HUDSON VALLEY JAZZ BAND FESTIVAL", "Contest day - travel itinerary"),
        ("Capital District Robotics", "Tournament day plan"),
        ("ACME SENSORS - MEDICA 2027", "Booth staff rota, hall 3"),
        ("Expo booth duty roster", "Rotterdam, stand B12"),
        ("Parish of St. Mary", "Pilgrimage to the shrine - programme for pilgrims"),
        ("COUNTY FIRE SERVICE", "Evacuation drill plan - Riverside Hall"),
        ("Sales team away day", "Programme and meeting points"),
        ("Smith & Rossi wedding", "Order of the day for the bridal party"),
        ("Konzert des Kammerchors", "Ablauf für Sängerinnen und Sänger"),
        ("Wycieczka integracyjna", "Plan dnia"),
    ],
)
def test_another_events_day_is_other(title: str, kind: str) -> None:
    assert doc_type(_event_day(title, kind), unicode_font=True) == "other"


@pytest.mark.parametrize(
    ("title", "kind", "extra"),
    [
        ("CONCERT FILM - CALL SHEET", "Troy Youth Orchestra, Spring Recital", ""),
        ("St. Cecilia Chorale", "Christmas concert - shoot day 1 of 2", ""),
        ("HUDSON VALLEY JAZZ BAND FESTIVAL", "Contest day promo", "Crew call 6:30 AM at base"),
        ("MARCHING BAND COMPETITION", "Documentary unit, day 3", "Sc 14 field warm-up, DAY"),
        ("MEDICA 2027 trade show", "Product video at the booth", "Talent: two models, 9:00 AM"),
        ("LIVESTREAM: Spring Concert", "Riverside Hall", "Camera 1 on set 4:00 PM; wrap 10 PM"),
        ("Concierto de primavera", "Hoja de llamado - grabación", ""),
        ("Smith & Rossi wedding", "Wedding film - filming schedule", ""),
    ],
)
def test_a_call_sheet_that_films_an_event_stays_one(title: str, kind: str, extra: str) -> None:
    """Negatives: the event named in the heading, but the paper speaks of its shoot (its call
    sheet, its shoot day, its crew call, scenes, talent, set or wrap)."""
    rows = _event_day(title, kind, call="Call: 4:45 PM at the stage door")
    if extra:
        rows.append((40, 250, extra, 8))
    assert doc_type(rows, unicode_font=True) == "call_sheet"


def test_an_events_word_below_the_heading_keeps_a_plain_sheet() -> None:
    """Negative: a concert named in the body (the day's set), not in the heading."""
    rows = _event_day("NORTHERN DRIVE", "Day 4 of 20")
    rows.append((40, 250, "Riverside Hall hosts a concert next door at 7 PM: keep noise down", 8))
    assert doc_type(rows) == "call_sheet"


# --- a spreadsheet's glyphs with their spaces written on their own ---------------------------


def _page(*lines: Line) -> PageText:
    return PageText(tuple(lines), 792.0, 612.0)


_GLUED_PAGE = _page(
    *[
        Line(
            (
                Word("Production", 30, 74, 100 + 12 * n, 108 + 12 * n, 8.0),
                Word("Co.", 76, 88, 100 + 12 * n, 108 + 12 * n, 8.0),
                Word("LonePineMotionPictures", 130, 230, 100 + 12 * n, 108 + 12 * n, 8.0),
            ),
            0,
        )
        for n in range(3)
    ]
)
_SPACED_PAGE = _page(
    *[
        Line(
            tuple(
                Word(t, x, x + 4.4 * len(t), 100 + 12 * n, 108 + 12 * n, 8.0)
                for t, x in (
                    ("Production", 30), ("Co.", 76), ("Lone", 130), ("Pine", 152),
                    ("Motion", 174), ("Pictures", 204),
                )
            ),
            0,
        )
        for n in range(3)
    ]
)  # fmt: skip


@pytest.mark.parametrize(
    ("rejoined", "want"), [({0}, "Lone Pine Motion Pictures"), (set(), "LonePineMotionPictures")]
)
def test_a_rejoined_page_that_glued_words_is_read_by_pdfminer_too(
    monkeypatch: pytest.MonkeyPatch, rejoined: set[int], want: str
) -> None:
    """A page PDFium rejoined by its glyphs' gaps, with words run together where the file wrote
    its spaces as glyphs of their own (PDFium reports none of them): pdfminer's reading, which
    keeps them, stays. Negative: a page PDFium read whole (not rejoined) is not read again."""
    asked: list[list[int] | None] = []

    def pdfminer(data, limits, started, pages=None, *, joined=False):
        asked.append(pages)
        return ReadResult((_SPACED_PAGE,), ())

    monkeypatch.setattr(isolated, "read_with_pdfminer", pdfminer)
    pages = [_GLUED_PAGE]
    pdfread._reread_broken(pages, b"", Limits(), time.monotonic(), [], rejoined)
    assert want in pages[0].lines[0].text
    assert asked == ([[0]] if rejoined else [])


def _words(*texts_and_gaps: tuple[str, float]) -> Line:
    """Words of 8 pt type, each ``gap`` points after the one before."""
    words, x = [], 30.0
    for text, gap in texts_and_gaps:
        x += gap
        words.append(Word(text, x, x + 4.4 * len(text), 100, 108, 8.0))
        x += 4.4 * len(text)
    return Line(tuple(words), 0)


@pytest.mark.parametrize(
    ("pieces", "want"),
    [
        ((("October", 0), ("18,", 2.2), ("20", 2.2), ("27", 2.4)), "October 18, 2027"),
        ((("18", 0), ("Oct.", 2.2), ("20", 2.2), ("27", 2.0)), "18 Oct. 2027"),
        ((("18", 0), ("October", 2.2), ("19", 2.2), ("99", 1.0)), "18 October 1999"),
        ((("October", 0), ("18,", 2.2), ("20", 2.2), ("27", 30)), "October 18, 20 27"),  # cells
        ((("Cast", 0), ("20", 2.2), ("27", 2.0)), "Cast 20 27"),  # no day or month before
        ((("Sc", 0), ("12", 2.2), ("20", 2.2), ("27", 2.0)), "Sc 12 20 27"),  # a scene's numbers
        ((("May", 0), ("3,", 2.2), ("21", 2.2), ("27", 2.0)), "May 3, 21 27"),  # no century
    ],
)  # fmt: skip
def test_a_year_split_by_a_glyphs_gap_is_joined(
    pieces: tuple[tuple[str, float], ...], want: str
) -> None:
    (line,) = text_repair.rejoin_known([_words(*pieces)])
    assert line.text == want


@pytest.mark.parametrize(
    ("token", "want"),
    [
        ("NearestHospital", "Nearest Hospital"),
        ("CrewCall:", "Crew Call:"),
        ("NEARESTHOSPITAL", "NEAREST HOSPITAL"),
        ("NearestHOSPITAL", "NearestHOSPITAL"),  # capitals that start no label's words
        ("Nearesthospital", "Nearesthospital"),  # one capital: a word of its own
        ("McKinleyville", "McKinleyville"),  # a name in title case, no label
    ],
)
def test_a_title_case_label_run_together_is_split(token: str, want: str) -> None:
    (line,) = text_repair.split_glued_labels([_words((token, 0))])
    assert line.text == want


def test_a_reading_that_kept_the_files_spaces_reads_sounder() -> None:
    glued = [_words(("Production", 0), ("Co.", 2.2), ("LonePineMotionPictures", 40))] * 3
    spaced = [
        _words(
            ("Production", 0), ("Co.", 2.2), ("Lone", 40), ("Pine", 2.2), ("Motion", 2.2),
            ("Pictures", 2.2),
        )
    ] * 3  # fmt: skip
    assert text_repair.glued_count(glued) == 3
    assert text_repair.reads_sounder(spaced, glued)
    assert not text_repair.reads_sounder(glued, spaced)
    assert not text_repair.reads_sounder(spaced, spaced)
