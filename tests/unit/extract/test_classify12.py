"""A table read notice and a safety induction or training notice are 'other'; a call sheet that
mentions a read-through or a safety briefing in its notes stays a call sheet. Each page is drawn
in other wording than the corpus's notices (tests/corpus/fresh15.py). Rows are (x, baseline y,
text, size) in points on A4."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.extract import extract_document
from tests.fixtures.callsheets import Row, column, render


def _read(rows: list[Row]) -> dict[str, Any]:
    return extract_document(render(rows, unicode_font=True, page="A4")).to_json()


def _lines(*texts: str, top: float = 70, size: float = 10) -> list[Row]:
    return column(*texts, x=50, top=top, size=size, step=16)


def _other(rows: list[Row], kind: str) -> None:
    result = _read(rows)
    assert result["document_type"] == "other"
    assert result["days"] == []
    assert result["reason"] == f"not a call sheet: looks like {kind}"


# --- table reads ----------------------------------------------------------------------------


def test_an_english_read_through_notice_is_other() -> None:
    # Given a read-through notice: the day, the hours, the room with its address, the cast
    rows = _lines(
        "FULL CAST READ-THROUGH - 'THE QUIET COAST' BLOCK 2",
        "Tuesday 14 September 2027, 10:30 - 13:30",
        "Rehearsal Rooms, 12 Dock Road, Leith, Edinburgh EH6 6QA",
        "Script reading of episodes 3 and 4 with the director and producers.",
        "Please bring the latest draft; tea and coffee from 10:00.",
        "RSVP to the script coordinator by Friday.",
    )
    _other(rows, "a table read")


def test_a_german_leseprobe_is_other() -> None:
    # Given a German Leseprobe: the day, the hours, the room, who reads
    rows = _lines(
        "LESEPROBE - „Die stille Küste“ Folgen 5 und 6",
        "Donnerstag, 9. September 2027, 10:00 - 14:00 Uhr",
        "Produktionsbüro, Raum 3, Schönhauser Allee 36, 10435 Berlin",
        "Drehbuchlesung mit Ensemble, Regie und Redaktion",
        "Bitte die aktuelle Drehbuchfassung mitbringen.",
    )
    _other(rows, "a table read")


def test_a_spanish_lectura_de_guion_is_other() -> None:
    rows = _lines(
        "LECTURA DE GUION - «La costa callada» capítulos 1 y 2",
        "Lunes 6 de septiembre de 2027, 11:00 - 14:00",
        "Oficina de producción, Calle de Alcalá 120, 28009 Madrid",
        "Lectura italiana con todo el reparto, dirección y guion.",
    )
    _other(rows, "a table read")


# --- safety inductions and training -----------------------------------------------------------


def test_an_english_site_induction_notice_is_other() -> None:
    # Given a safety induction: the day, the hours, the room, the programme
    rows = _lines(
        "HEALTH & SAFETY INDUCTION FOR ALL NEW CREW",
        "Monday 13 September 2027, 09:00 - 11:00",
        "Studio 4 meeting room, Pinewood Road, Iver SL0 0NH",
        "1. Working at height and scaffold towers",
        "2. Manual handling",
        "3. Fire extinguishers and escape routes",
        "Attendance is mandatory; sign the training record on the day.",
    )
    _other(rows, "a safety induction or training")


def test_a_french_safety_training_is_other() -> None:
    rows = _lines(
        "FORMATION SÉCURITÉ INCENDIE - équipe « La Côte »",
        "Mercredi 8 septembre 2027, 14h00 - 16h30",
        "Bureau de production, 12 rue Oberkampf, 75011 Paris",
        "Formateur : Paul Girard",
        "1. Extincteurs et issues de secours",
        "2. Travail en hauteur",
        "3. Gestes et postures",
        "Présence obligatoire, feuille d'émargement sur place.",
    )
    _other(rows, "a safety induction or training")


def test_a_polish_workplace_instruction_is_other() -> None:
    # Given a Polish "instruktaż stanowiskowy" for the electricians: the day, the hours, the
    # place, who leads it
    rows = _lines(
        "INSTRUKTAŻ STANOWISKOWY - PION ELEKTRYCZNY",
        "wtorek, 7 września 2027, godz. 8:00-9:30",
        "magazyn sprzętu, ul. Kolejowa 5, 01-217 Warszawa",
        "Prowadzący: mgr inż. Anna Nowak",
        "Tematy: praca na wysokości, drogi ewakuacyjne, gaśnice.",
        "Obecność obowiązkowa.",
    )
    _other(rows, "a safety induction or training")


# --- call sheets that mention one -------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        (
            "Notes: read-through of ep. 4 after wrap in the production office,",
            "latest draft on the portal; cast attending listed below.",
        ),
        (
            "SAFETY: safety briefing at unit base 07:45. Working at height on the scaffold,",
            "fire extinguishers at each stage door, escape routes marked. Training record on set.",
        ),
    ],
)
def test_a_call_sheet_mentioning_a_read_through_or_a_safety_briefing_stays_a_call_sheet(
    note: tuple[str, ...],
) -> None:
    # Given a call sheet whose notes mention a read-through or the safety briefing
    rows = _lines(
        "THE QUIET COAST - CALL SHEET",
        "Date: Wednesday 15 September 2027",
        "Crew call: 07:30",
        "Location: Portobello Promenade, Edinburgh EH15 2DX",
        "Nearest hospital: Royal Infirmary, 51 Little France Cres, Edinburgh EH16 4SA",
        "Sunrise 06:52  Sunset 19:31",
        *note,
    )
    result = _read(rows)
    assert result["document_type"] == "call_sheet"
    day = result["days"][0]
    assert (day["shooting_date"], day["call_time"]) == ("2027-09-15", "07:30")
