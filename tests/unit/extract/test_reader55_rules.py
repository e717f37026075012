"""Misses the reader made on bilingual headers, Outlook prints and company mastheads (reader55),
drawn on small pages of their own in other wordings, each with a page where the rule must not
fire. Rows are (x, baseline y, text, size) in points.

- A label said again after a slash in a second language ('LOCATION / LIEU', 'UNIT BASE /
  BAZA', 'LLEOLIAD / LOCATION', 'SUNRISE / LEVER 6h54') is one label: the gloss is never its
  value, and the pair is as sure as its better half.
- Outlook desktop's printout with the subject's label left off: From / Sent / To / Cc, then the
  subject alone under them, names the production.
- A masthead's production house ('HARBOURSIDE PRODUCTION HOUSE  CALL SHEET') is the company,
  not the title under it.
- A sentence's verb between a label and its value ('Nearest A&E is ...') is no part of the
  value; a phone cut from its brackets leaves no bracket behind.
"""

from __future__ import annotations

import pytest

from pipeline.extract.reader.email_header import email_header
from pipeline.extract.reader.model import Line, PageText, Word
from pipeline.extract.reader.title import company_name
from pipeline.extract.reader.values import without_phones
from tests.fixtures.callsheets import Row, column, render
from tests.unit.extract.drawn import read_day

SURE = 0.85


# --- a label said twice across a slash ---------------------------------------------------


def _three_columns(location: str, base: str, hospital: str) -> dict:
    """Three place columns side by side, each headed by a bilingual label, the addresses
    under them."""
    rows: list[Row] = [
        (40, 40, "Nordlys Drama AS", 9),
        (40, 66, "STORMFJELL", 18),
        (40, 96, "Date: Tuesday 10 March 2026", 9),
        (40, 110, "Crew Call: 7:30 AM", 9),
        (40, 140, location, 8),
        (220, 140, base, 8),
        (400, 140, hospital, 8),
        (40, 154, "Stary Browar", 9),
        (220, 154, "Parking P3, ul. Kolejowa", 9),
        (400, 154, "Szpital Miejski", 9),
        (40, 166, "ul. Półwiejska 42", 9),
        (220, 166, "61-888 Poznań", 9),
        (400, 166, "ul. Szwajcarska 3", 9),
        (40, 178, "61-888 Poznań", 9),
        (400, 178, "61-285 Poznań", 9),
    ]
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize(
    ("location", "base", "hospital"),
    [
        ("LOCATION / LIEU", "UNIT BASE / BASE", "HOSPITAL / HÔPITAL"),
        ("LOCATION / LOKACJA", "UNIT BASE / BAZA", "HOSPITAL / SZPITAL"),
        ("LOCATION / LOCACIÓN", "UNIT BASE / CAMPAMENTO", "HOSPITAL / URGENCIAS"),
        ("LLEOLIAD / LOCATION", "UNIT BASE", "HOSPITAL / YSBYTY"),
    ],
)
def test_a_label_said_twice_heads_the_column_under_it(
    location: str, base: str, hospital: str
) -> None:
    day = _three_columns(location, base, hospital)
    assert "Półwiejska 42" in day["location"]
    assert day["field_confidence"]["location"] >= SURE
    assert all(p["name"] not in ("LIEU", "LOKACJA", "LOCACIÓN") for p in day["locations"])
    assert day["hospital"]["name"] == "Szpital Miejski"


def _sun_row(text: str) -> dict:
    rows: list[Row] = [
        (40, 40, "Pohjoisvalo Oy", 9),
        (40, 66, "KUURA", 18),
        (40, 96, "Date: Tuesday 10 March 2026", 9),
        (40, 110, "Crew Call: 7:30", 9),
        (40, 124, "Location: Vanha Satama, Satamakatu 4, 00160 Helsinki", 9),
        (40, 138, text, 9),
    ]
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize("text", ["SUNRISE / LEVER 6h41", "Sunrise / Amanecer 6:41"])
def test_a_time_label_said_twice_reads_its_time_surely(text: str) -> None:
    day = _sun_row(text)
    assert day["sunrise"] == "06:41"
    assert day["field_confidence"]["sunrise"] >= SURE


def test_two_fields_across_a_slash_stay_two() -> None:
    """'SUNRISE / SUNSET 6:41 / 18:12': the label after the slash is another field's."""
    day = _sun_row("SUNRISE / SUNSET 6:41 / 18:12")
    assert (day["sunrise"], day["sunset"]) == ("06:41", "18:12")


def test_a_value_after_a_slash_stays_the_value() -> None:
    """'Location / Studio 4 ...': a word running on into a number is the value, no gloss."""
    rows: list[Row] = [
        (40, 40, "Pohjoisvalo Oy", 9),
        (40, 66, "KUURA", 18),
        (40, 96, "Date: Tuesday 10 March 2026", 9),
        (40, 110, "Crew Call: 7:30", 9),
        (40, 124, "Location / Studio 4, Satamakatu 4, 00160 Helsinki", 9),
    ]
    day = read_day(render(rows))
    assert "Studio 4" in day["location"]


def test_the_next_heading_said_in_two_languages_bounds_the_cell() -> None:
    """'LUOGO DELLE RIPRESE / LOCATION    BASE / PARCHEGGIO / UNIT BASE': the next column's
    heading opens with its first language's words; they are no value of the label before."""
    rows: list[Row] = [
        (40, 40, "Laguna Film Srl", 9),
        (40, 66, "ACQUA ALTA", 18),
        (40, 96, "Data / Date: martedì 10 marzo 2026", 9),
        (40, 110, "Convocazione troupe / Crew call: 7:30", 9),
        (40, 140, "LUOGO DELLE RIPRESE / LOCATION", 8),
        (205, 140, "BASE / PARCHEGGIO / UNIT BASE", 8),
        (430, 140, "OSPEDALE / HOSPITAL", 8),
        (40, 154, "Palazzo Grassi", 9),
        (205, 154, "Tronchetto, Isola Nuova", 9),
        (430, 154, "Ospedale Civile", 9),
        (40, 166, "Campo San Samuele 3231", 9),
        (205, 166, "30135 Venezia", 9),
        (430, 166, "Campo SS. Giovanni e Paolo", 9),
        (40, 178, "30124 Venezia", 9),
        (430, 178, "30122 Venezia", 9),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert "Campo San Samuele 3231" in day["location"]
    assert "BASE" not in day["location"]


def test_a_row_of_labels_in_two_languages_still_ends_the_cell_above() -> None:
    """'Loges / Cantine / Parking' under a set label whose value is across the gap: a row of
    labels (its first words a label's other language), not words of the set's value."""
    rows: list[Row] = [
        (40, 40, "Films de la Saône SAS", 9),
        (40, 66, "LE DERNIER PONT", 18),
        (40, 96, "Date : mardi 10 mars 2026", 9),
        (40, 110, "Rendez-vous équipe 07h30", 9),
        (40, 140, "Décor", 9),
        (210, 140, "Musée des Confluences", 9),
        (210, 152, "86 Quai Perrache, 69002 Lyon", 9),
        (40, 166, "Loges / Cantine / Parking", 9),
        (210, 166, "Place Carnot, 69002 Lyon", 9),
        (40, 180, "Hôpital le plus proche", 9),
        (210, 180, "Hôpital Saint-Joseph Saint-Luc", 9),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert "86 Quai Perrache" in day["location"]
    assert "Loges" not in day["location"]


# --- Outlook desktop's print with no 'Subject:' label ------------------------------------


def _outlook(block: list[str], subject: str | None, body: list[str]) -> dict:
    rows: list[Row] = [(40, 40, "Marta Kowal", 13)]
    rows += column(*block, x=40, top=66, size=9, step=13)
    top = 66 + 13 * len(block) + 8
    if subject is not None:
        rows.append((40, top, subject, 11))
        top += 22
    rows += column(*body, x=40, top=top, size=10, step=14)
    return read_day(render(rows, unicode_font=True))


BLOCK = [
    "From: Dan Roe <dan@quarryfilms.co.uk>",
    "Sent: 09 March 2026 18:02",
    "To: Slate Quarry unit",
    "Cc: Marta Kowal",
]
BODY = [
    "Hello everyone,",
    "Plans for Tuesday 10 March 2026 below. Call time is 6:45am at the old mill:",
    "Dinorwig Mill, Llanberis LL55 4TY",
    "Thanks, Dan",
]


@pytest.mark.parametrize(
    ("block", "subject", "title"),
    [
        (BLOCK, "SLATE QUARRY - call for Tuesday", "SLATE QUARRY"),
        (BLOCK[:3], "Unit move: SLATE QUARRY day 4", "SLATE QUARRY"),
        (BLOCK, "Subject: SLATE QUARRY - call for Tuesday", "SLATE QUARRY"),
    ],
)
def test_the_line_under_outlooks_block_is_the_subject(
    block: list[str], subject: str, title: str
) -> None:
    day = _outlook(block, subject, BODY)
    assert day["production"] == title
    assert day["call_time"] == "06:45"
    assert day["shooting_date"] == "2026-03-10"


def _page(*texts: str) -> PageText:
    lines = []
    for i, text in enumerate(texts):
        top = 40.0 + 14 * i
        words, x = [], 40.0
        for w in text.split():
            words.append(Word(w, x, x + 6 * len(w), top, top + 9, 9.0))
            x += 6 * len(w) + 3
        lines.append(Line(tuple(words), 0))
    return PageText(tuple(lines), 612.0, 792.0)


@pytest.mark.parametrize(
    "first",
    [
        "Hi all,",  # a greeting opens the body
        "Call is 6:45am tomorrow at the mill.",  # a sentence
        "Please see the plan below:",
        "Importance: High",
    ],
)
def test_the_body_under_outlooks_block_is_no_subject(first: str) -> None:
    page = _page(*BLOCK, first, "Dinorwig Mill, Llanberis LL55 4TY", "Thanks, Dan")
    assert email_header([page]) is None


def test_a_subject_under_the_block_is_read() -> None:
    page = _page(*BLOCK, "SLATE QUARRY - call for Tuesday", "Hi all,", "Thanks, Dan")
    header = email_header([page])
    assert header is not None
    assert header.subject == "SLATE QUARRY - call for Tuesday"


def test_no_block_no_subject() -> None:
    """A From line alone is no header: the line under it is not taken for a subject."""
    page = _page("From: Dan Roe <dan@quarryfilms.co.uk>", "SLATE QUARRY", "Hi all,", "Dan")
    assert email_header([page]) is None


# --- a production house's masthead ------------------------------------------------------


def _masthead(company: str, title: str) -> dict:
    rows: list[Row] = [
        (36, 40, company, 17),
        (36, 56, "8 Quay Street, Bristol BS1 4DB  ·  0117 555 0100", 8),
        (36, 82, title, 16),
        (36, 104, "Client: Severn Dairy  ·  Director: Ana Silva", 8),
        (40, 130, "Date: Thursday 22 October 2026", 9),
        (40, 144, "Crew Call: 7:30 AM", 9),
        (40, 158, "Location: Bristol Old Vic, King Street, Bristol BS1 4ED", 9),
    ]
    return read_day(render(rows))


@pytest.mark.parametrize(
    "company",
    ["HARBOURSIDE PRODUCTION HOUSE  CALL SHEET", "Severn Film House", "QUAYSIDE MEDIA HOUSE"],
)
def test_a_production_house_is_no_title(company: str) -> None:
    assert _masthead(company, "SALT LINES")["production"] == "SALT LINES"


def test_a_house_in_a_title_is_still_the_title() -> None:
    """'BLEAK HOUSE' over a small company line: a house that makes no films is a title."""
    rows: list[Row] = [
        (36, 40, "Dickensian Pictures Ltd", 9),
        (36, 70, "BLEAK HOUSE", 18),
        (40, 100, "Date: Thursday 22 October 2026", 9),
        (40, 114, "Crew Call: 7:30 AM", 9),
        (40, 128, "Location: Bristol Old Vic, King Street, Bristol BS1 4ED", 9),
    ]
    assert read_day(render(rows))["production"] == "BLEAK HOUSE"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Northumberland Film House", True),
        ("Quayside Post House", True),
        ("Bleak House", False),
        ("The Glass House", False),
        ("Round House", False),
    ],
)
def test_company_house_names(text: str, company: bool) -> None:
    assert company_name(text) is company


# --- a sentence's verb and a phone's bracket -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Nearest A&E is Royal Gwent Hospital, Cardiff Road, Newport NP20 2UB.", "Royal Gwent"),
        ("Nearest hospital is Morriston Hospital, Heol Maes Eglwys, Swansea SA6 6NL.", "Morriston"),
    ],
)
def test_a_linking_verb_is_no_part_of_the_value(sentence: str, name: str) -> None:
    rows: list[Row] = [
        (40, 40, "TIDEWATER", 16),
        (40, 70, "Date: Thursday 22 October 2026", 9),
        (40, 84, "Crew Call: 7:30 AM", 9),
        (40, 98, "Location: Newport Market, High Street, Newport NP20 1FX", 9),
        (40, 112, sentence, 9),
    ]
    hospital = read_day(render(rows))["hospital"]
    assert hospital["name"].startswith(name)


def test_a_label_with_its_colon_keeps_its_value() -> None:
    """'Hospital: Is...' never happens; a value after a colon is left whole ('Base: Island
    Car Park' keeps 'Island')."""
    rows: list[Row] = [
        (40, 40, "TIDEWATER", 16),
        (40, 70, "Date: Thursday 22 October 2026", 9),
        (40, 84, "Crew Call: 7:30 AM", 9),
        (40, 98, "Location: Newport Market, High Street, Newport NP20 1FX", 9),
        (40, 112, "Unit Base: Island Car Park, Usk Way, Newport NP20 2JS", 9),
    ]
    assert read_day(render(rows))["base_location"].startswith("Island Car Park")


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Acre Street, Huddersfield HD3 3EA (01484 342000).", "Acre Street, Huddersfield HD3 3EA"),
        ("Oxford Rd, Manchester M13 9WL (0161) 276 1234", "Oxford Rd, Manchester M13 9WL"),
        ("Main St (rear entrance) 01632 960123", "Main St (rear entrance)"),
    ],
)
def test_a_phone_cut_leaves_no_bracket(text: str, left: str) -> None:
    assert without_phones(text, "GB") == left
