"""A traffic management plan and a drone flight plan are 'other'; a call sheet that mentions a
road closure or the drone unit stays a call sheet. Each page is drawn in other wording than
the corpus's sheets (tests/corpus/fresh13.py). Rows are (x, baseline y, text, size) in points
on A4."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.extract import extract_document
from tests.fixtures.callsheets import Row, column, render


def _read(rows: list[Row]) -> dict[str, Any]:
    return extract_document(render(rows, unicode_font=True, page="A4")).to_json()


def _lines(*texts: str, top: float = 70, size: float = 10) -> list[Row]:
    return column(*texts, x=50, top=top, size=size, step=16)


def _other(rows: list[Row], kind: str | None = None) -> None:
    result = _read(rows)
    assert result["document_type"] == "other"
    assert result["days"] == []
    if kind is not None:
        assert result["reason"] == f"not a call sheet: looks like {kind}"


# --- drone flight plans ---------------------------------------------------------------------


def test_a_uas_operations_plan_with_a_date_a_site_and_a_hospital_is_other() -> None:
    # Given an aerial operations plan naming the day, the flying slots, the launch site and
    # the nearest hospital, with no one called anywhere
    rows = _lines(
        "UAS OPERATIONS PLAN - 'HARBOUR LIGHTS' AERIAL UNIT",
        "Date of operation: Friday 11 June 2027",
        "Flying slots 05:10 - 06:00 and 20:15 - 21:05",
        "Launch site: Harbour Car Park, Quay St, Falmouth TR11 3HH",
        "Remote pilot: A. Penrose   Visual observer: K. Moyle",
        "Maximum height 100 m, radius 400 m, wind limit 22 kt",
        "NOTAM filed; Culdrose ATZ clearance by phone before launch",
        "Lost link: return to home at 60 m",
        "Nearest hospital: Royal Cornwall Hospital, Treliske, Truro TR1 3LJ",
    )
    _other(rows, "a drone flight plan")


def test_a_french_drone_flight_plan_is_other() -> None:
    # Given a French drone plan: the télépilote, the flight zone, the maximum height
    rows = _lines(
        "PLAN DE VOL DRONE - tournage « Les Falaises »",
        "Date : mardi 8 juin 2027",
        "Créneau : 06h30 - 07h45",
        "Zone de vol : plage du Tréport, 76470 Le Tréport",
        "Télépilote : Luc Marchand · scénario S2",
        "Hauteur maximale 120 m, distance 200 m du public",
        "Espace aérien : classe G, déclaration DGAC n° 2027-0412",
        "Décollage et atterrissage depuis la digue",
    )
    _other(rows)


# --- traffic management plans -----------------------------------------------------------------


def test_a_road_closure_plan_with_timed_phases_is_other() -> None:
    # Given a road plan whose phases are timed rows (signs out, closure, reopening) and which
    # names the road by its number, the diversion and the marshals' positions
    rows = _lines(
        "ROAD CLOSURE AND DIVERSION PLAN - 'NIGHT RUN'",
        "Saturday 5 June 2027 · B4391 Bala to Llangynog",
        "05:30 Advance warning signs placed at the A494 junction",
        "06:00 Full closure between point A and point B",
        "06:00 Diversion via the A494 and B4393 signed",
        "18:00 Road reopened, signs removed",
        "Traffic marshals at point A and point B; emergency vehicles let through",
        "Approved by the highway authority (Gwynedd Council)",
    )
    _other(rows, "a traffic management plan")


def test_a_german_traffic_sign_plan_is_other() -> None:
    # Given a German Verkehrszeichenplan for a full closure with its diversion
    rows = _lines(
        "Verkehrszeichenplan - Dreharbeiten „Nachtzug“",
        "Datum: Donnerstag, 10. Juni 2027, 07:00 bis 19:00 Uhr",
        "Vollsperrung der Kastanienallee zwischen Nr. 12 und Nr. 40, 10435 Berlin",
        "Umleitung über die Schönhauser Allee, Beschilderung nach RSA",
        "Verkehrsrechtliche Anordnung der Straßenverkehrsbehörde liegt vor",
        "Absperrung durch Verkehrssicherung Nord GmbH",
    )
    _other(rows)


# --- call sheets that mention them ------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        (
            "DRONE UNIT: remote pilot J. Hale, flight window 06:45-07:30, NOTAM filed,",
            "take-off from the car park, max. height 120 m AGL.",
        ),
        (
            "Road closure on Mill Lane 07:00-19:00 under a traffic management plan;",
            "traffic marshals at both ends, diversion signed via the A40.",
        ),
    ],
)
def test_a_call_sheet_mentioning_a_drone_or_a_road_closure_stays_a_call_sheet(
    note: tuple[str, ...],
) -> None:
    # Given a call sheet whose notes describe the drone unit or the road closure
    rows = _lines(
        "HARBOUR LIGHTS - CALL SHEET",
        "Date: Friday 11 June 2027",
        "Crew call: 06:00",
        "Location: Harbour Car Park, Quay St, Falmouth TR11 3HH",
        "Nearest hospital: Royal Cornwall Hospital, Treliske, Truro TR1 3LJ",
        "Sunrise 05:02  Sunset 21:29",
        *note,
    )
    result = _read(rows)
    assert result["document_type"] == "call_sheet"
    day = result["days"][0]
    assert (day["shooting_date"], day["call_time"]) == ("2027-06-11", "06:00")
