"""Label families of the languages crews print call sheets in (issue 15): Spanish, Italian,
Portuguese, Dutch, Swedish, Danish, Norwegian, Czech, Slovak and Québec French; each on a small
page of its own, in that language only, with the date written in that language."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.extract import extract_document
from tests.fixtures.callsheets import render

Row = tuple[float, float, str, float]

# language: (date as printed, crew call label, location label, hospital label, sunrise, sunset)
SHEETS = {
    "es": ("martes, 12 de mayo de 2026", "Citación general:", "Localización:",
           "Hospital más cercano:", "Salida del sol:", "Puesta del sol:"),
    "es-latam": ("martes 12 de mayo de 2026", "Llamado general:", "Locación:",
                 "Hospital más cercano:", "Amanecer:", "Puesta de sol:"),
    "it": ("martedì 12 maggio 2026", "Convocazione troupe:", "Luogo delle riprese:",
           "Pronto soccorso:", "Alba:", "Tramonto:"),
    "pt": ("terça-feira, 12 de maio de 2026", "Chamada geral:", "Local de filmagem:",
           "Hospital mais próximo:", "Nascer do sol:", "Pôr do sol:"),
    "nl": ("dinsdag 12 mei 2026", "Verzameltijd:", "Locatie:",
           "Dichtstbijzijnde ziekenhuis:", "Zonsopgang:", "Zonsondergang:"),
    "sv": ("tisdag 12 maj 2026", "Samling:", "Inspelningsplats:",
           "Närmaste sjukhus:", "Soluppgång:", "Solnedgång:"),
    "da": ("tirsdag 12. maj 2026", "Mødetid:", "Optagested:",
           "Nærmeste sygehus:", "Solopgang:", "Solnedgang:"),
    "no": ("tirsdag 12. mai 2026", "Oppmøte:", "Opptakssted:",
           "Nærmeste legevakt:", "Soloppgang:", "Solnedgang:"),
    "cs": ("úterý 12. května 2026", "Sraz štábu:", "Místo natáčení:",
           "Nejbližší nemocnice:", "Východ slunce:", "Západ slunce:"),
    "sk": ("utorok 12. mája 2026", "Zraz štábu:", "Miesto nakrúcania:",
           "Najbližšia nemocnica:", "Východ slnka:", "Západ slnka:"),
    "fr-ca": ("mardi 12 mai 2026", "Appel général:", "Lieu de tournage:",
              "Hôpital le plus proche:", "Lever du soleil:", "Coucher du soleil:"),
}  # fmt: skip


def _render(rows: list[Row]) -> bytes:
    return render(rows, unicode_font=True, page="a4")


def _sheet(date: str, call: str, place: str, hospital: str, rise: str, fall: str) -> list[Row]:
    """A one-page sheet: title, date, then 'Label:' cells with their values at a tab stop."""
    return [
        (40, 40, "EL FARO DEL NORTE", 18),
        (40, 64, date, 11),
        (40, 100, call, 10),
        (200, 100, "07:30", 10),
        (40, 120, place, 10),
        (200, 120, "Muelle de Poniente 4, 07012 Palma", 10),
        (40, 140, hospital, 10),
        (200, 140, "Policlínica Miramar, Camí de la Vileta 30, Palma", 10),
        (40, 160, rise, 10),
        (200, 160, "06:41", 10),
        (40, 180, fall, 10),
        (200, 180, "21:02", 10),
    ]


@pytest.mark.parametrize("language", sorted(SHEETS))
def test_a_sheet_in_its_own_language_reads(language: str) -> None:
    # Given a small call sheet labelled only in one language
    result: dict[str, Any] = extract_document(_render(_sheet(*SHEETS[language]))).to_json()
    # Then it is a call sheet, and each label owns its value
    assert result["document_type"] == "call_sheet"
    day = result["days"][0]
    assert day["shooting_date"] == "2026-05-12"
    assert day["call_time"] == "07:30"
    assert day["location"] is not None and day["location"].startswith("Muelle de Poniente")
    assert day["hospital"]["name"].startswith("Policlínica Miramar")
    assert (day["sunrise"], day["sunset"]) == ("06:41", "21:02")


@pytest.mark.parametrize(
    ("label", "other"),
    [
        ("Citación maquillaje:", "Citación general:"),
        ("Convocazione attori:", "Convocazione troupe:"),
        ("Sraz herců:", "Sraz štábu:"),
    ],
)
def test_a_department_call_is_not_the_crew_call(label: str, other: str) -> None:
    # Given a department's call above the crew's, in the same language
    rows = _sheet(*SHEETS["es"])
    rows[2] = (40, 100, other, 10)
    rows += [(40, 220, label, 10), (200, 220, "06:15", 10)]
    day = extract_document(_render(rows)).to_json()["days"][0]
    # Then the crew call is the crew's, not the department's
    assert day["call_time"] == "07:30"


def test_a_bilingual_label_owns_the_value_under_it_not_its_slash() -> None:
    # Given Québec's bilingual labels, "French / English", each over its value
    rows: list[Row] = [
        (40, 40, "FEUILLE DE SERVICE / CALL SHEET", 9),
        (40, 62, "LES GRANDS VENTS", 18),
        (400, 62, "mardi 12 mai 2026", 10),
        (40, 100, "Appel général", 10),
        (200, 100, "07:30", 10),
        (40, 140, "Lieu de tournage / Location", 8),
        (40, 153, "Marché Jean-Talon", 9.5),
        (40, 166, "7070, avenue Henri-Julien, Montréal", 9.5),
        (360, 140, "Hôpital le plus proche / Nearest hospital", 8),
        (360, 153, "Hôtel-Dieu de Montréal", 9.5),
        (360, 166, "3840, rue Saint-Urbain, Montréal", 9.5),
    ]
    day = extract_document(_render(rows)).to_json()["days"][0]
    # Then the place and the hospital are the lines under their labels, and the heading's own
    # slash does not make the title its value
    assert day["production"] == "LES GRANDS VENTS"
    assert day["location"] is not None and "Henri-Julien" in day["location"]
    assert day["hospital"]["name"] == "Hôtel-Dieu de Montréal"
