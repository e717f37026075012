"""Rules reader62 added, drawn on small pages of their own in other wordings than the corpus's
(fresh44's Italian ordine del giorno with the day's times down a left-hand column): an
"ALBA / TRAMONTO" cell over its two times, a weak "SET" heading a column of labels that starts
right of the sidebar, "CONVOCAZIONE ... SUL SET" as one call label, "BASE / PARCHEGGIO" as the
base's label, and a date in doubt settled by the weekday printed alone under it. Rows are
(x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.attach import find_all_labels
from pipeline.extract.reader.bounds import bounded_pages
from pipeline.extract.reader.field_sheet import _advance_headings
from pipeline.extract.reader.model import Limits
from pipeline.extract.reader.pdfread import read_pdf
from pipeline.extract.reader.prose import set_address
from pipeline.extract.reader.shorthand import call_at
from pipeline.extract.reader.title_finder import _introduced_title
from pipeline.extract.reader.told_day import _day_heading, told_day
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

SURE = 0.85


def _sidebar(
    *,
    call_label: str = "CONVOCAZIONE GENERALE",
    call: str = "ore 7.15",
    date_lines: tuple[str, ...] = ("12.11.2026", "(giovedì)"),
    sun_label: str = "ALBA / TRAMONTO",
    sun: str = "6.58 / 17.02",
    set_label: str = "SET",
    base_label: str = "BASE / PARCHEGGIO",
    value_x: float = 300,
    hospital_x: float = 300,
) -> list[Row]:
    """A left-hand column of the day's times (x 40) beside a main column (x 200) of labels
    with their values across a gap (x ``value_x``)."""
    rows: list[Row] = [
        (40, 40, "O.d.G. n. 4", 12),
        (200, 40, "Laguna Film S.r.l.", 8.5),
        (200, 70, "LE ACQUE DI STRA", 18),
        (200, 84, "film per la televisione", 9),
        (40, 70, "DATA", 7),
    ]
    rows += [(40, 84 + 11 * n, text, 9) for n, text in enumerate(date_lines)]
    rows += [
        (40, 130, call_label, 7.5),
        (40, 152, call, 20),
        (200, 134, set_label, 7.5),
        (value_x, 134, "Villa Pisani", 9),
        (value_x, 146, "Via Doppio 69", 9),
        (value_x, 158, "30039 Stra VE", 9),
        (40, 184, "COLAZIONE", 7),
        (40, 196, "ore 6.45", 10),
        (200, 184, base_label, 7.5),
        (value_x, 184, "Piazzale della Villa", 9),
        (value_x, 196, "30039 Stra VE", 9),
        (40, 220, "PAUSA PRANZO", 7),
        (40, 232, "ore 13.00", 10),
        (200, 220, "PRONTO SOCCORSO", 7.5),
        (hospital_x, 220, "Ospedale di Dolo", 9),
        (hospital_x, 232, "Via 29 Aprile 2", 9),
        (hospital_x, 244, "30031 Dolo VE", 9),
        (40, 270, sun_label, 7),
        (40, 282, sun, 10),
        (40, 310, "METEO", 7),
        (40, 322, "Nebbia al mattino, 12° / 4°", 8),
    ]
    return rows


def _day(rows: list[Row]) -> dict:
    return read_day(render(rows, unicode_font=True, page="a4"))


def _labels(rows: list[Row]) -> list[tuple[str, str]]:
    read = read_pdf(render(rows, unicode_font=True, page="a4"), Limits())
    pages, _ = bounded_pages(read.pages)
    return [(h.kind, h.phrase) for h in find_all_labels(pages)]


def test_the_sidebar_sheet_reads_whole() -> None:
    day = _day(_sidebar())
    assert day["call_time"] == "07:15"
    assert day["shooting_date"] == "2026-11-12"
    assert "Via Doppio 69" in day["location"]
    assert day["sunrise"] == "06:58"
    assert day["sunset"] == "17:02"
    assert day["hospital"]["name"] == "Ospedale di Dolo"
    assert "Piazzale della Villa" in day["base_location"]
    assert day["confidence"] >= SURE


@pytest.mark.parametrize(
    ("label", "sun", "rise", "fall"),
    [
        ("ALBA / TRAMONTO", "6.58 / 17.02", "06:58", "17:02"),
        ("Alba / tramonto", "ore 7.21 / ore 16.49", "07:21", "16:49"),
        ("ALBA | TRAMONTO", "07:40 | 17:31", "07:40", "17:31"),
    ],
)
def test_alba_tramonto_over_its_two_times(label: str, sun: str, rise: str, fall: str) -> None:
    day = _day(_sidebar(sun_label=label, sun=sun))
    assert (day["sunrise"], day["sunset"]) == (rise, fall)


def test_tramonto_alone_keeps_its_own_time() -> None:
    """No 'alba' before it: the sunset label's one time is the sunset's."""
    day = _day(_sidebar(sun_label="TRAMONTO", sun="17.02"))
    assert day["sunset"] == "17:02"
    assert day["sunrise"] is None


@pytest.mark.parametrize(
    "call_label",
    ["CONVOCAZIONE TROUPE SUL SET", "CONVOCAZIONE SUL SET", "CONVOCAZIONE GENERALE SUL SET"],
)
def test_a_call_on_set_is_one_label_beside_the_set_column(call_label: str) -> None:
    """The call label's words run to within a cell gap of the main column's 'SET': the call
    is the time under it, and 'SET' still heads the set's cell."""
    day = _day(_sidebar(call_label=call_label))
    assert day["call_time"] == "07:15"
    assert "Via Doppio 69" in day["location"]
    assert day["locations"][0]["name"] == "Villa Pisani"


def test_set_in_an_inner_label_column_is_a_label() -> None:
    labels = _labels(_sidebar(call_label="CONVOCAZIONE TROUPE SUL SET"))
    assert ("location", "set") in labels


def test_set_beside_no_column_of_labels_is_no_label() -> None:
    """The other labels' values start at another x: no column of labels, and 'SET' crowded by
    the sidebar's text is not alone in its cell."""
    rows = _sidebar(call_label="CONVOCAZIONE TROUPE SUL SET", value_x=300, hospital_x=330)
    rows = [r if r[2] != "Piazzale della Villa" else (350, r[1], r[2], r[3]) for r in rows]
    rows = [r if r[2] != "BASE / PARCHEGGIO" else (200, r[1], "PARCHEGGI", r[3]) for r in rows]
    assert ("location", "set") not in _labels(rows)


def test_base_parcheggio_is_the_base_label() -> None:
    assert ("base", "base parcheggio") in _labels(_sidebar())
    day = _day(_sidebar())
    assert "Piazzale della Villa" in day["base_location"]
    assert "Piazzale" not in day["location"]


def test_a_place_named_parcheggio_is_no_label() -> None:
    rows = _sidebar(base_label="CAMPO BASE")
    rows = [
        r if r[2] != "Piazzale della Villa" else (r[0], r[1], "Parcheggio Via Roma", r[3])
        for r in rows
    ]
    labels = _labels(rows)
    assert ("base", "campo base") in labels
    assert not any(phrase.startswith("parcheggio") for _, phrase in labels)


@pytest.mark.parametrize(
    ("lines", "iso"),
    [
        (("12.11.2026", "(giovedì)"), "2026-11-12"),
        (("03/04/2026", "Friday"), "2026-04-03"),
        (("04.03.2026", "mercoledì"), "2026-03-04"),
    ],
)
def test_a_weekday_alone_under_a_date_settles_its_order(lines: tuple[str, str], iso: str) -> None:
    day = _day(_sidebar(date_lines=lines))
    assert day["shooting_date"] == iso
    assert day["field_confidence"]["shooting_date"] >= SURE


@pytest.mark.parametrize(
    "lines",
    [
        ("12.11.2026", "(lunedì)"),  # a weekday neither order falls on
        ("12.11.2026", "nebbia"),  # no weekday
        ("12.11.2026",),  # nothing under it
    ],
)
def test_a_date_without_its_weekday_under_it_stays_in_doubt(lines: tuple[str, ...]) -> None:
    day = _day(_sidebar(date_lines=lines))
    assert day["field_confidence"]["shooting_date"] < SURE


# --- phone captures: a text thread, a chat (fresh44's narrow pages, in other wordings) -----

PHONE = (360, 780)


def _pages(rows: list[Row]) -> list:
    read = read_pdf(render(rows, unicode_font=True, page=PHONE), Limits())  # type: ignore[arg-type]
    pages, _ = bounded_pages(read.pages)
    return list(pages)


def _thread(
    told: str = "Tuesday 3/10/26", tomorrow_line: str = "production. Your call tomorrow:"
) -> list[Row]:
    """A text thread: the stamp with no year, the message wrapped over lines, the day on the
    line after 'tomorrow:', the call, the venue and its address."""
    return [
        (20, 30, "10:02", 9),
        (290, 30, "LTE 64%", 9),
        (110, 60, "Marta - Bluff Rd PM", 12),
        (110, 80, "Mon, Mar 9 at 6:40 PM", 8),
        (20, 110, "Marta", 8),
        (20, 126, "Hey Lee, Marta here from SALT FLATS", 10),
        (20, 139, tomorrow_line, 10),
        (20, 152, told, 10),
        (20, 165, "Call 7:10 AM", 10),
        (20, 178, "Tooele Valley Museum", 10),
        (20, 191, "35 N Broadway, Tooele, UT 84074", 10),
        (20, 204, "Park behind the museum.", 10),
        (250, 222, "6:41 PM", 8),
        (230, 250, "Thanks, see you there", 10),
    ]


def test_a_text_thread_with_its_day_after_tomorrow_reads_whole() -> None:
    day = _day_phone(_thread())
    assert day["shooting_date"] == "2026-03-10"
    assert day["call_time"] == "07:10"
    assert "35 N Broadway" in (day["location"] or "")


def _day_phone(rows: list[Row]) -> dict:
    return read_day(render(rows, unicode_font=True, page=PHONE))  # type: ignore[arg-type]


def test_a_yearless_stamp_agrees_with_the_next_day_after_tomorrow() -> None:
    told = told_day(_pages(_thread()))
    assert told is not None and told.agrees and told.value == "2026-03-10"


@pytest.mark.parametrize("date", ["Thursday 3/12/26", "Monday 3/9/26"])
def test_a_yearless_stamp_and_another_day_do_not_agree(date: str) -> None:
    told = told_day(_pages(_thread(told=date)))
    assert told is None or not told.agrees


def test_a_wrapped_message_line_with_tomorrow_opens_no_advance_section() -> None:
    assert _advance_headings(_pages(_thread())) == []


def test_a_tomorrow_heading_after_a_finished_sentence_still_opens_one() -> None:
    rows = _thread(tomorrow_line="tomorrow: Wed 3/11")
    rows = [
        r
        if r[2] != "Hey Lee, Marta here from SALT FLATS"
        else (r[0], r[1], "All set for today.", r[3])
        for r in rows
    ]
    assert _advance_headings(_pages(rows)) != []
    rows = [r if r[2] != "All set for today." else (r[0], r[1], "ADVANCE", r[3]) for r in rows]
    rows = [
        r if r[2] != "tomorrow: Wed 3/11" else (r[0], r[1], "Tomorrow: Wed 3/11", r[3])
        for r in rows
    ]
    assert _advance_headings(_pages(rows)) != []


def _chat(call_line: str, *after: str) -> list[Row]:
    rows: list[Row] = [
        (20, 30, "7:48", 9),
        (290, 30, "5G 71%", 9),
        (100, 60, "SALT FLATS - unit", 12),
        (110, 84, "Monday, March 9, 2026", 8),
        (20, 110, "Kai (2nd AD)", 8),
        (20, 126, "Evening all, details for Tue 3/10", 10),
        (20, 139, "below, full sheet by email.", 10),
        (20, 152, call_line, 10),
    ]
    rows += [(20, 165 + 13 * i, text, 10) for i, text in enumerate(after)]
    rows += [(250, 240, "8:02 PM", 8), (20, 262, "Lena", 8), (20, 276, "thanks Kai", 10)]
    return rows


def test_a_call_at_a_place_the_next_lines_give() -> None:
    """'Call 6:50 at the boat ramp:' over the venue and its address: the call is read, and the
    place is the address under it, not the words before the colon."""
    day = _day_phone(
        _chat(
            "Call 6:50 at the boat ramp:",
            "Antelope Island Marina",
            "4528 Marina Way, Syracuse, UT 84075",
        )
    )
    assert day["call_time"] == "06:50"
    assert "4528 Marina Way" in (day["location"] or "")


def test_a_call_at_a_whole_place_keeps_it() -> None:
    day = _day_phone(
        _chat("Call 6:50 at Antelope Island Marina, 4528 Marina Way, Syracuse, UT 84075")
    )
    assert day["call_time"] == "06:50"
    assert "4528 Marina Way" in (day["location"] or "")


def test_call_at_leaves_a_colon_ended_place_unread() -> None:
    hit = call_at(["Call 6:50 at the boat ramp:"])
    assert hit is not None and hit.time == "06:50" and hit.place == ""
    hit = call_at(["Call 6:50 at the boat ramp, 12 Shore Rd, Syracuse, UT 84075"])
    assert hit is not None and hit.place.startswith("the boat ramp")


def test_tomorrow_vetoes_an_address_unless_told() -> None:
    text = (
        "Your call tomorrow: Tuesday 3/10/26 Call 7:10 AM Tooele Valley Museum "
        "35 N Broadway, Tooele, UT 84074"
    )
    assert set_address(text) is None
    read = set_address(text, told=True)
    assert read is not None and read[0].startswith("35 N Broadway")


def _chat_tomorrow(line: str, *, timed: bool = True) -> list[Row]:
    rows = _chat("Call 6:50 at Antelope Island Marina, 4528 Marina Way, Syracuse, UT 84075")
    rows = [r for r in rows if not (timed is False and r[2] == "8:02 PM")]
    return [
        r if r[2] != "Evening all, details for Tue 3/10" else (r[0], r[1], line, r[3]) for r in rows
    ]


def test_a_chat_day_heading_stamps_a_timed_message_saying_tomorrow() -> None:
    """'Monday, March 9, 2026' over the messages, 'tomorrow Tue 3/10' in one, its time '8:02
    PM' under it: the day heading is the message's stamp, the shoot the day after."""
    rows = _chat_tomorrow("Evening all, here's tomorrow Tue 3/10")
    told = told_day(_pages(rows))
    assert told is not None and told.agrees and told.value == "2026-03-10"
    day = _day_phone(rows)
    assert day["shooting_date"] == "2026-03-10"


@pytest.mark.parametrize(
    ("line", "timed"),
    [
        ("Evening all, here's tomorrow Tue 3/10", False),  # no time under the message
        ("TOMORROW Tue 3/10", True),  # a heading, not a message's word
        ("Tomorrow: Tue 3/10", True),
    ],
)
def test_a_date_alone_stamps_no_untimed_message_or_heading(line: str, timed: bool) -> None:
    assert told_day(_pages(_chat_tomorrow(line, timed=timed))) is None


def test_a_line_with_more_than_a_date_is_no_day_heading() -> None:
    assert _day_heading("Wednesday, October 14, 2026") is not None
    assert _day_heading("Wed 10/14/2026") is not None
    assert _day_heading("Shoot Wednesday, October 14, 2026") is None
    assert _day_heading("Wednesday, October 14, 2026 7:30") is None


def test_a_message_names_its_production() -> None:
    """'Hey Lee, Marta here from SALT FLATS' / 'production. ...' under the contact's name."""
    assert _day_phone(_thread())["production"] == "SALT FLATS"


@pytest.mark.parametrize(
    "lines",
    [
        ["Hi, this is Ana from KESTREL FILMS productions."],  # a company, not a production
        ["Hi, Ana from Kestrel Films production here."],  # not in capitals
        ["Ana from SALT FLATS production and", "Joe from HIGH TIDE production"],  # which one?
    ],
)
def test_no_single_title_introduced(lines: list[str]) -> None:
    assert (
        _introduced_title(_pages([(20, 100 + 14 * i, t, 10) for i, t in enumerate(lines)])) is None
    )


def test_a_word_beside_another_columns_label_is_no_inner_column_label() -> None:
    """'Set' over the set's block, on the row of the sun's column ('Sunrise 6:12 AM'): the
    cell after it opens with a label, so it is no value and the word no label of its own."""
    rows: list[Row] = [
        (30, 40, "THE KEEP", 16),
        (430, 40, "Tue 14/04/2026", 9),
        (30, 96, "CALLS", 9),
        (280, 96, "LOCATION", 9),
        (480, 96, "SUN / MEDICAL", 9),
        (30, 112, "Transport from hotel", 9),
        (222, 112, "5:00 AM", 9),
        (280, 112, "Set", 9),
        (480, 112, "Sunrise 6:12 AM", 9),
        (30, 124, "Breakfast", 9),
        (222, 124, "5:30 AM", 9),
        (280, 124, "EXT. CASTLE KEEP", 9),
        (480, 124, "Sunset 7:03 PM", 9),
        (30, 136, "Crew call", 9),
        (222, 136, "6:00 AM", 9),
        (280, 136, "Rochester Castle", 9),
        (30, 148, "Cast HMU", 9),
        (222, 148, "6:30 AM", 9),
        (280, 148, "Castle Hill", 9),
        (30, 160, "First shot", 9),
        (222, 160, "7:30 AM", 9),
        (280, 160, "Rochester ME1 1SW", 9),
        (480, 160, "NEAREST HOSPITAL (A&E)", 9),
        (30, 172, "Lunch", 9),
        (222, 172, "12:00 PM", 9),
        (280, 172, "Unit base", 9),
        (480, 172, "Medway Maritime Hospital", 9),
    ]
    read = read_pdf(render(rows), Limits())
    pages, _ = bounded_pages(read.pages)
    labels = [(h.kind, h.phrase) for h in find_all_labels(pages)]
    assert ("base", "unit base") in labels
    assert ("location", "set") not in labels
