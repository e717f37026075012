"""A call sheet quoted under an e-mail reply (fresh5 misses): the "> " quote marks come off, the
reply's own dates are when it was written, and the title is the quoted line the reply names.
Rows are (x, baseline y, text, size) in points on a letter page."""

from __future__ import annotations

from pipeline.extract import extract_document
from pipeline.extract.reader.model import Line, PageText, Word
from pipeline.extract.reader.quoted import unquote
from pipeline.extract.reader.title import quoted_title
from tests.fixtures.callsheets import render


def _line(texts: list[str], top: float) -> Line:
    words = tuple(Word(t, 40 + 30 * i, 60 + 30 * i, top, top + 9, 9) for i, t in enumerate(texts))
    return Line(words, 0)


def test_quote_marks_come_off_and_the_quote_is_placed() -> None:
    lines = [_line(["Hi", "all"], 10), _line(["On", "Mon", "wrote:"], 20)]
    lines += [_line([">", "CALL", "SHEET"], 30), _line([">"], 40), _line([">TITLE"], 50)]
    lines += [_line([">", "LOCATION:", "Hall"], 60), _line([">", "1", "Main", "St"], 70)]
    lines += [_line([">", "Call", "7"], 80)]
    (page,), quote = unquote([PageText(tuple(lines), 612, 792)])
    assert [ln.text for ln in page.lines] == [
        "Hi all",
        "On Mon wrote:",
        "CALL SHEET",
        "TITLE",
        "LOCATION: Hall",
        "1 Main St",
        "Call 7",
    ]
    assert quote is not None and quote.before(0, 1) and not quote.before(0, 2)


def test_a_stray_quote_mark_is_no_quote() -> None:
    lines = (_line([">", "30", "min"], 10), _line(["Crew", "call", "7:00"], 20))
    pages = [PageText(lines, 612, 792)]
    assert unquote(pages) == (tuple(pages), None)


def test_the_quoted_title_is_the_one_the_reply_names() -> None:
    quoted = ["ACME PRODUCTIONS INC. - CALL SHEET", "SALT AND CEDAR", "Day 8 of 21"]
    reply = "RE: Call Sheet - SALT AND CEDAR - Day 8\nFrom: Priya"
    assert quoted_title(quoted, reply) == ("SALT AND CEDAR", True)
    assert quoted_title(quoted, "Thanks") == ("ACME PRODUCTIONS INC.", False)


def test_a_reply_above_a_quoted_sheet() -> None:
    # Given a printed reply sent the day before, above the sheet quoted with "> "
    rows = [
        (40, 30, "4/13/26, 7:04 PM", 7),
        (300, 30, "Gmail - Re: HARBOR LIGHTS - Call sheet Day 3", 7),
        (40, 50, "Re: HARBOR LIGHTS - Call sheet Day 3", 14),
        (40, 70, "Dana Whitfield <dana@example.com>", 9),
        (330, 70, "Mon, Apr 13, 2026 at 7:03 PM", 9),
        (40, 90, "Hi camera team, forwarding tomorrow's sheet.", 9),
        (40, 110, "On Mon, Apr 13, 2026 at 6:42 PM Marcus Lee <marcus@example.com> wrote:", 9),
    ]
    quoted = [
        "CALL SHEET",
        "HARBOR LIGHTS",
        "Shoot Day 3 of 12 · Tuesday, April 14, 2026",
        "GENERAL CREW CALL: 7:30 AM",
        "Breakfast: 7:00 AM",
        "NEAREST HOSPITAL: Northwestern Memorial Hospital",
        "251 E Huron St, Chicago, IL 60611",
        "Sunrise 6:12 AM · Sunset 7:30 PM",
    ]
    rows += [(44, 130 + 12 * i, f"> {text}", 9) for i, text in enumerate(quoted)]
    result = extract_document(render(rows, unicode_font=True)).to_json()
    day = result["days"][0]
    # Then the date is the quoted sheet's, not the reply's, and the title the quoted one
    assert day["shooting_date"] == "2026-04-14"
    assert day["production"] == "HARBOR LIGHTS"
    assert day["call_time"] == "07:30"
    assert (day["sunrise"], day["sunset"]) == ("06:12", "19:30")
