"""Rules reader81 added, drawn on small pages in wordings of their own (not fresh56's): the
French set's 'Adresse de tournage'; the Flemish crew's 'Verzameling ploeg'; a meridiem's letter
never opens a word ('08.00 på gården' is 08:00); a producer's credit in a staff line ('Regie: ...
· Produktion: <person>') is no title; a time label with its own time is a timetable's next row,
not the second line of the name above it; a second hospital ('Hospital 2', a minor injuries
unit) gives way to the nearest A&E. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.credit_lines import before_next_credit, person_name, producer_credited
from pipeline.extract.reader.times import find_time
from tests.fixtures.callsheets import Row, column, render
from tests.unit.extract.drawn import read_day

# --- French 'Adresse de tournage' --------------------------------------------------------------


def _feuille(place_rows: list[Row]) -> bytes:
    rows: list[Row] = [
        (40, 40, "Films du Quai SAS", 9),
        (40, 62, "FEUILLE DE SERVICE", 12),
        (40, 84, "« La Traversée »", 16),
        (40, 104, "lundi 8 mars 2027", 10),
        (40, 124, "Rendez-vous équipe", 9),
        (200, 124, "8h00", 9),
        *place_rows,
        (40, 260, "Hôpital le plus proche", 9),
        (200, 260, "Hôpital Saint-Joseph", 9),
        (200, 272, "26 boulevard de Louvain, 13008 Marseille", 9),
    ]
    return render(rows, unicode_font=True)


@pytest.mark.parametrize(
    ("label", "name", "street"),
    [
        ("ADRESSE DE TOURNAGE", "Villa Méditerranée", "1 esplanade du J4, 13002 Marseille"),
        ("Adresse de tournage", "Gare maritime", "23 quai de la Joliette, 13002 Marseille"),
    ],
)
def test_adresse_de_tournage_is_the_set(label: str, name: str, street: str) -> None:
    day = read_day(
        _feuille(
            [
                (40, 160, "DÉCOR", 9),
                (200, 160, "le hall et la terrasse", 9),
                (40, 176, label, 9),
                (200, 176, name, 9),
                (200, 188, street, 9),
            ]
        )
    )
    assert street.split(",")[0] in day["location"]
    assert label.lower() not in day["location"].lower()  # never the label's own words
    assert day["hospital"]["name"] == "Hôpital Saint-Joseph"


# --- Flemish 'Verzameling ploeg' ---------------------------------------------------------------


def _dagplanning(times: list[tuple[str, str]]) -> bytes:
    rows: list[Row] = [
        (40, 40, "Scheldefilm bv", 9),
        (40, 62, "DAGPLANNING", 12),
        (40, 84, "Het Veer", 16),
        (40, 104, "Datum maandag 8/03/2027", 10),
        (40, 236, "Draailocatie Veerhuis, Scheldekaai 12, 9000 Gent", 9),
    ]
    for n, (label, time) in enumerate(times):
        rows += [(40, 124 + 14 * n, label, 9), (200, 124 + 14 * n, time, 9)]
    return render(rows, unicode_font=True)


@pytest.mark.parametrize(
    ("times", "call"),
    [
        (
            [("Ontbijt", "6.15 u"), ("Verzameling ploeg", "7.00 u"), ("Eerste opname", "8.00 u")],
            "07:00",
        ),
        ([("Verzameling crew", "6.45 u"), ("Lunch", "12.30 u")], "06:45"),
        # the extras' gathering is not the crew's
        ([("Verzameling figuratie", "9.30 u"), ("Verzameling ploeg", "7.30 u")], "07:30"),
    ],
)
def test_verzameling_ploeg_is_the_crew_call(times: list[tuple[str, str]], call: str) -> None:
    assert read_day(_dagplanning(times))["call_time"] == call


# --- a meridiem's letter never opens a word ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("08.00 på museets gård", "08:00"),
        ("07:30 på basen", "07:30"),
        ("9.00 à la base", "09:00"),
        ("06.45 ägg och kaffe", "06:45"),
        # a meridiem still reads when nothing or a mark follows it
        ("7:30 pm.", "19:30"),
        ("6p", "18:00"),
        ("8 a.m. sharp", "08:00"),
        ("5pmish", "17:00"),
    ],
)
def test_meridiem_letter_must_end_its_word(text: str, value: str) -> None:
    found = find_time(text)
    assert found is not None and found.value == value


def test_hour_before_a_word_is_no_time() -> None:
    assert find_time("7 påbörjas") is None  # '7 p' + 'åbörjas': no meridiem, no minutes


# --- a producer's credit in a staff line is no title -------------------------------------------


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        (
            "Regie: Svenja Harms · Produktion: Jörn Petersen · Regieassistenz: Lale Demir",
            "produktion",
        ),
        ("Production : Antoine Schaeffer · Réalisation : Claire Muller", "production"),
        ("Regie: Lien Vandewalle | Productie: Pieter Debaene", "productie"),
        ("Director: Ana Ruiz • Production: Harbour Lights Films", "production"),
        ("Regi: Linnea Klintberg · Producent: Oskar Hägg", "producent"),
    ],
)
def test_producer_credited_in_a_staff_line(line: str, phrase: str) -> None:
    assert producer_credited(line, phrase)


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        # the work named, beside its director: a title
        ("Produktion: Salz und Silber · Regie: Svenja Harms", "produktion"),
        ("Production: The Long Road · Director: Ana Ruiz", "production"),
        ("Produktion: Die Fürstin · Regie: Benedikt Aigner", "produktion"),
        # no other credit beside it: a header's cells, not a staff line
        ("Produktion: Jörn Petersen · Datum: 10.12.2026", "produktion"),
        ("Produktion: Jörn Petersen", "produktion"),
        # a title label, never a role
        ("Titel: Jörn Petersen · Regie: Svenja Harms", "titel"),
    ],
)
def test_production_label_not_a_credit(line: str, phrase: str) -> None:
    assert not producer_credited(line, phrase)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Jörn Petersen", True),
        ("Anne de Vries", True),
        ("Jean-Luc Martin", True),
        ("Die Fürstin", False),
        ("Salz und Silber", False),
        ("Le Retable", False),
        ("Harms", False),
        ("Film 2027", False),
    ],
)
def test_person_name(text: str, person: bool) -> None:
    assert person_name(text) is person


@pytest.mark.parametrize(
    "staff",
    [
        # the credits spaced as cells, each after the last one's value
        "Regie: Marta Kühn  ·  Produktion: Ole Brandt  ·  Kamera: Piet Lange",
        "Regie: Marta Kühn  ·  Produktion: Ole Brandt",
        "Buch: Jan Hess  |  Regie: Marta Kühn  |  Produktion: Nordlicht Filmproduktion GmbH",
        "Regie: Marta Kühn · Produktion: Ole Brandt",
    ],
)
def test_staff_line_under_the_title_names_no_title(staff: str) -> None:
    rows: list[Row] = [
        (40, 40, "Elbfilm GmbH", 9),
        (400, 40, "TAGESDISPO", 10),
        (40, 70, "Nebelhorn", 18),
        (40, 88, staff, 9),
        (40, 104, "Mittwoch, 13. Januar 2027", 10),
        (40, 124, "Treffpunkt Team 07:30 Uhr", 9),
        (40, 140, "Motiv: Alter Hafen, Hafenstraße 4, 20359 Hamburg", 9),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["production"] == "Nebelhorn"
    assert day["call_time"] == "07:30"


@pytest.mark.parametrize(
    ("value", "own"),
    [
        ("Salz und Silber  ·  Regie: Svenja Harms", "Salz und Silber"),
        ("Salz und Silber ·", "Salz und Silber"),
        ("Harbour Lights | Director : Ana Ruiz", "Harbour Lights"),
        # a title's own separators, with no role after them, stay
        ("Rock · Paper · Scissors", "Rock · Paper · Scissors"),
        ("Hope | Day 2", "Hope | Day 2"),
    ],
)
def test_value_stops_at_the_next_credit(value: str, own: str) -> None:
    assert before_next_credit(value) == own


def test_work_named_in_a_staff_line_stays_the_title() -> None:
    """'Produktion: <the work>  ·  Regie: <person>': the label names the production."""
    rows: list[Row] = [
        (40, 40, "Elbfilm GmbH", 9),
        (400, 40, "TAGESDISPO", 10),
        (40, 70, "Drehtag 4 von 20", 12),
        (40, 88, "Produktion: Salz und Silber  ·  Regie: Marta Kühn", 9),
        (40, 104, "Mittwoch, 13. Januar 2027", 10),
        (40, 124, "Treffpunkt Team 07:30 Uhr", 9),
        (40, 140, "Motiv: Alter Hafen, Hafenstraße 4, 20359 Hamburg", 9),
    ]
    assert read_day(render(rows, unicode_font=True))["production"] == "Salz und Silber"


# --- a timed row is no name's second line ------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "call"),
    [
        ("Treffpunkt Technik", "Treffpunkt Team", "07:15"),
        ("Besammlung Technik", "Besammlung Team", "07:15"),
    ],
)
def test_timed_rows_under_one_label_each_own_their_time(first: str, second: str, call: str) -> None:
    rows: list[Row] = [
        (40, 40, "Bergfilm AG", 9),
        (40, 62, "TAGESDISPO", 12),
        (40, 84, "Gletscherlicht", 16),
        (40, 104, "Dienstag, 12. Januar 2027", 10),
        *column(first, "Maske / Kostüm", second, "Drehbeginn", x=40, top=124, size=9, step=12),
        *column("06.30", "06.45", "07.15", "08.15", x=190, top=124, size=9, step=12),
        *column("Werkhof", "Basis", "Dorfplatz, vor der Kirche", x=230, top=124, size=9, step=12),
        (40, 190, "Motiv: Dorfplatz 1, 3920 Zermatt", 9),
    ]
    assert read_day(render(rows, unicode_font=True))["call_time"] == call


# --- the nearest A&E before a second or minor-injuries hospital --------------------------------


def _uk(hospital_rows: list[Row]) -> bytes:
    rows: list[Row] = [
        (40, 40, "NORTH QUAY PICTURES", 9),
        (40, 62, "CALL SHEET No. 3", 10),
        (40, 84, "THE LANTERN", 16),
        (400, 84, "Tue 12/01/27", 10),
        (40, 110, "UNIT CALL", 9),
        (160, 110, "07:30", 9),
        (40, 130, "Location 1", 9),
        (160, 130, "Harbour Master's House, Quay Street, Whitby YO21 3PU", 9),
        *hospital_rows,
    ]
    return render(rows, unicode_font=True)


@pytest.mark.parametrize(
    ("rows", "name"),
    [
        (
            [
                (40, 160, "Nearest A&E", 9),
                *column(
                    "Scarborough Hospital",
                    "Woodlands Drive",
                    "Scarborough YO12 6QL",
                    x=160,
                    top=160,
                    size=9,
                    step=12,
                ),
                (40, 210, "Hospital 2", 9),
                *column(
                    "Whitby Community Hospital",
                    "Spring Hill",
                    "Whitby YO21 1DP",
                    x=160,
                    top=210,
                    size=9,
                    step=12,
                ),
                (400, 210, "Minor injuries only", 9),
            ],
            "Scarborough Hospital",
        ),
        (
            [
                (40, 160, "Nearest hospital", 9),
                *column(
                    "Whitby Community Hospital",
                    "Spring Hill",
                    "Whitby YO21 1DP",
                    x=160,
                    top=160,
                    size=9,
                    step=12,
                ),
                (400, 160, "Urgent treatment centre", 9),
                (40, 210, "Nearest A&E", 9),
                *column(
                    "Scarborough Hospital",
                    "Woodlands Drive",
                    "Scarborough YO12 6QL",
                    x=160,
                    top=210,
                    size=9,
                    step=12,
                ),
            ],
            "Scarborough Hospital",
        ),
        # a numbered first hospital stays first; one hospital alone is read whatever its note
        (
            [
                (40, 160, "Hospital 1", 9),
                *column(
                    "Scarborough Hospital",
                    "Woodlands Drive",
                    "Scarborough YO12 6QL",
                    x=160,
                    top=160,
                    size=9,
                    step=12,
                ),
                (40, 210, "Hospital 2", 9),
                *column(
                    "Whitby Community Hospital",
                    "Spring Hill",
                    "Whitby YO21 1DP",
                    x=160,
                    top=210,
                    size=9,
                    step=12,
                ),
            ],
            "Scarborough Hospital",
        ),
        (
            [
                (40, 160, "Nearest hospital", 9),
                *column(
                    "Whitby Community Hospital",
                    "Spring Hill",
                    "Whitby YO21 1DP",
                    x=160,
                    top=160,
                    size=9,
                    step=12,
                ),
                (400, 160, "Minor injuries unit", 9),
            ],
            "Whitby Community Hospital",
        ),
    ],
)
def test_nearest_ae_before_a_second_hospital(rows: list[Row], name: str) -> None:
    assert read_day(_uk(rows))["hospital"]["name"] == name
