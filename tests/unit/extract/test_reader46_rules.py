"""Revised crew calls in the wordings crews print them (reader46): the call label a revision
widens ('AMENDED CALL TIME', 'UPDATED CALL', 'CALL NOW', 'Call is now', 'Crew call (revised):',
'Nowa godzina zbiórki', 'Zbiórka przesunięta na', 'Drehbeginn neu', 'Nouvelle heure de
convocation', 'Nueva hora de citación') is the day's call, sure when the old call is named as
the one replaced ('Prior call', 'Originally called', 'Crew call (original)', 'Poprzednia
zbiórka', 'Citación anterior') or struck through, in doubt when a crew call printed elsewhere
is not; a department's own call or a note that the call may change is no revision. Each is
drawn on a small page of its own. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

SURE = 0.85

_PLACE = {
    "en": [
        (40, 190, "Location: Blakeney Quay, 4 High St, Blakeney, Holt NR25 7NA", 9),
        (40, 206, "Sunrise 7:12 AM   Sunset 6:03 PM", 9),
        (40, 222, "Nearest hospital: Cromer Hospital, Mill Rd, Cromer NR27 0BQ", 9),
    ],
    "pl": [
        (40, 190, "Lokalizacja: ul. Piotrkowska 104, 90-926 Łódź", 9),
        (40, 206, "Wschód słońca 6:52   Zachód słońca 17:31", 9),
        (40, 222, "Szpital: Szpital im. Kopernika, ul. Pabianicka 62, 93-513 Łódź", 9),
    ],
    "de": [
        (40, 190, "Motiv: Alte Mälzerei, Hafenstraße 12, 20457 Hamburg", 9),
        (40, 206, "Sonnenaufgang 7:41   Sonnenuntergang 17:02", 9),
        (40, 222, "Krankenhaus: Asklepios Klinik St. Georg, Lohmühlenstraße 5, 20099 Hamburg", 9),
    ],
    "fr": [
        (40, 190, "Décor : Halle aux grains, 12 rue de la Halle, 69002 Lyon", 9),
        (40, 206, "Lever du soleil 7h58   Coucher du soleil 18h21", 9),
        (40, 222, "Hôpital : Hôpital Édouard Herriot, 5 place d'Arsonval, 69003 Lyon", 9),
    ],
    "es": [
        (40, 190, "Localización: Nave 4, Calle de Méndez Álvaro 56, 28045 Madrid", 9),
        (40, 206, "Salida del sol 8:21   Puesta del sol 18:55", 9),
        (40, 222, "Hospital: Hospital 12 de Octubre, Av. de Córdoba s/n, 28041 Madrid", 9),
    ],
}
_HEAD = {
    "en": ("Saltmarsh Pictures", "Heron Lane", "Wednesday 14 October 2026"),
    "pl": ("Fabryka Obrazu", "Cisza nad Wartą", "Środa, 14 października 2026"),
    "de": ("Elbfilm GmbH", "Nebelhafen", "Drehtag: Mittwoch, 14. Oktober 2026"),
    "fr": ("Films du Rhône", "Les Quais", "Date : mercredi 14 octobre 2026"),
    "es": ("Cierzo Films", "La Nave", "Fecha: miércoles 14 de octubre de 2026"),
}


def _sheet(lines: list[Row], lang: str = "en", strikes: tuple = ()) -> bytes:
    company, title, date = _HEAD[lang]
    rows: list[Row] = [(40, 40, company, 9), (40, 66, title, 18), (360, 40, date, 9)]
    return render(rows + lines + _PLACE[lang], unicode_font=lang != "en", lines=strikes)


def _beside(old: str, new: str) -> list[Row]:
    """The old call's line, the revision's line under it: each label with its value."""
    return [(40, 100, old, 9), (40, 120, new, 11)]


def _under(old: str, new_label: str, new: str) -> list[Row]:
    """The revision's label over its value, a grid cell's way."""
    return [(40, 100, old, 9), (40, 120, new_label, 11), (40, 136, new, 11)]


def _call(day: dict) -> tuple[str, float]:
    return day["call_time"], day["field_confidence"]["call_time"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Prior call: 7:30 AM", "Amended call time 6:45 AM"),
        ("Prior call: 7:30 AM", "UPDATED CALL 6:45 AM"),
        ("Originally called: 7:30 AM", "CALL NOW 6:45 AM"),
        ("Original call: 7:30 AM", "Call is now 6:45 AM"),
        ("Previous call: 0730", "New call time: 0645"),
        ("Old call 7:30 AM", "Call moved to 6:45 AM"),
        ("Crew call (original): 7:30 AM", "Crew call (amended): 6:45 AM"),
        ("Original unit call: 7.30am", "Unit call brought forward to 6.45am"),
        ("Crew call was: 7:30 AM", "Crew call is now: 6:45 AM"),
        ("Original call time: 7:30 AM", "Call time (revised) 6:45 AM"),
    ],
)
def test_revised_call_beside_its_label_is_sure(old: str, new: str) -> None:
    call, conf = _call(read_day(_sheet(_beside(old, new))))
    assert call == "06:45"
    assert conf >= SURE


@pytest.mark.parametrize(
    ("old", "label"),
    [
        ("Prior call: 7:30 AM", "AMENDED CALL TIME"),
        ("Previous call: 7:30 AM", "REVISED CALL"),
        ("Original crew call: 7:30 AM", "Changed crew call:"),
        ("Originally called: 7:30 AM", "CALL NOW"),
    ],
)
def test_revised_call_over_its_value_is_sure(old: str, label: str) -> None:
    call, conf = _call(read_day(_sheet(_under(old, label, "6:45 AM"))))
    assert call == "06:45"
    assert conf >= SURE


def _width(text: str, size: float) -> float:
    pdf = FPDF(unit="pt")
    pdf.set_font("Helvetica", size=size)
    return pdf.get_string_width(text)


def test_struck_old_call_gives_way_to_the_new_one() -> None:
    x0 = 40 + _width("Crew call: ", 10)
    x1 = 40 + _width("Crew call: 7:30 AM", 10)
    lines = [(40, 100, "Crew call: 7:30 AM", 10), (160, 100, "NEW CALL 6:45 AM", 10)]
    day = read_day(_sheet(lines, strikes=((x0 - 1, 96.5, x1 + 1, 96.5),)))
    call, conf = _call(day)
    assert call == "06:45", day["warnings"]
    assert conf >= SURE


def test_revision_in_a_box_beside_a_prior_call() -> None:
    lines = [
        (40, 100, "Prior call: 8:00 AM", 9),
        (330, 96, "REVISION 2 - PLEASE NOTE", 8),
        (330, 110, "Crew call is now 7:15 AM", 9),
        (330, 122, "Tide times changed; all else as before.", 8),
    ]
    box = ((322, 86, 560, 86), (322, 128, 560, 128), (322, 86, 322, 128), (560, 86, 560, 128))
    day = read_day(_sheet(lines, strikes=box))
    assert _call(day)[0] == "07:15", day["warnings"]
    assert _call(day)[1] >= SURE


@pytest.mark.parametrize(
    ("lang", "old", "new", "want"),
    [
        ("pl", "Poprzednia zbiórka: 7:30", "Nowa godzina zbiórki: 6:45", "06:45"),
        ("pl", "Zbiórka pierwotna: 7:30", "Zbiórka przesunięta na 6:45", "06:45"),
        ("de", "Ursprünglicher Arbeitsbeginn: 7:30", "Arbeitsbeginn neu: 6:45", "06:45"),
        ("de", "Bisheriger Arbeitsbeginn: 7:30", "Arbeitsbeginn geändert auf 6:45", "06:45"),
        ("fr", "Ancienne convocation : 7h30", "Nouvelle convocation : 6h45", "06:45"),
        ("fr", "Convocation initiale : 7h30", "Convocation (modifiée) : 6h45", "06:45"),
        ("es", "Citación anterior: 7:30", "Nueva hora de citación: 6:45", "06:45"),
        ("es", "Citación original: 7:30", "Citación (cambio): 6:45", "06:45"),
    ],
)
def test_revised_call_in_other_languages(lang: str, old: str, new: str, want: str) -> None:
    day = read_day(_sheet(_beside(old, new), lang))
    call, conf = _call(day)
    assert call == want, day["warnings"]
    assert conf >= SURE


@pytest.mark.parametrize("new", ["Amended call time 6:45 AM", "CALL NOW 6:45 AM", "New call: 0645"])
def test_generic_revision_beside_a_crew_call_not_named_replaced_is_doubted(new: str) -> None:
    # the old call is printed as the crew's, the new one under a generic call word: a person
    # says which holds
    call, conf = _call(read_day(_sheet(_beside("Crew call: 7:30 AM", new))))
    assert call == "06:45"
    assert conf < SURE


@pytest.mark.parametrize("new", ["Revised crew call: 6:45 AM", "Crew call is now 6:45 AM"])
def test_the_crew_calls_own_revision_settles_it(new: str) -> None:
    # as 'CREW CALL CHANGED TO 6:30' over 'CREW CALL 7:00' (reader42's precedent)
    call, conf = _call(read_day(_sheet(_beside("Crew call: 7:30 AM", new))))
    assert call == "06:45"
    assert conf >= SURE


def test_a_call_that_moved_by_an_amount_is_no_revised_label() -> None:
    # 'Call moved one hour later: ... until 8:30 AM': the time after is no new call
    lines = [
        (40, 100, "CREW CALL 8:00 AM (was 7:00 AM)", 10),
        (40, 116, "Call moved one hour later: the market runs until 8:30 AM.", 8),
    ]
    assert _call(read_day(_sheet(lines)))[0] == "08:00"


@pytest.mark.parametrize("old", ["Original call: 7:30 AM", "Originally called: 7:30 AM"])
def test_an_original_call_alone_is_doubted(old: str) -> None:
    # the revision's time was not read: the call the sheet says was replaced is never sure
    lines = [(40, 100, old, 9), (40, 120, "Lunch 12:30 PM", 9)]
    assert _call(read_day(_sheet(lines)))[1] < SURE


def test_a_departments_call_is_no_revision() -> None:
    lines = _beside("Camera call: 6:00 AM", "Crew call: 7:00 AM")
    assert _call(read_day(_sheet(lines))) == ("07:00", 1.0)
    lines = _beside("Crew call: 7:00 AM", "Camera call now 6:15 AM")
    assert _call(read_day(_sheet(lines)))[0] == "07:00"


@pytest.mark.parametrize("note", ["Call time may change", "New call time to follow"])
def test_a_note_without_a_time_changes_nothing(note: str) -> None:
    lines = [(40, 100, "Crew call: 7:30 AM", 9), (40, 120, note, 11)]
    call, conf = _call(read_day(_sheet(lines)))
    assert call == "07:30"
    assert conf >= SURE
