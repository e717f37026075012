# ruff: noqa: RUF001, RUF002  (Armenian letters and comma: the script is meant)
"""A traffic management plan and a drone flight plan are 'other'; a call sheet that mentions a
road closure or the drone unit stays a call sheet; an Armenian shooting-day plan (Armenian
script) is read: its labels, its street and town lines ("Մաշտոցի պող. 46" over "0009 ք.
Երևան") and its dates ("17 մարտի 2027 թ.", "2026 թ. հոկտեմբերի 14", "մարտի 17, 2027"). Each
page is drawn in other wording than the corpus's sheets (tests/corpus/fresh13.py). Rows are (x,
baseline y, text, size) in points on A4."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.extract import extract_document
from pipeline.extract.reader.dates import find_dates
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


# --- Armenian -------------------------------------------------------------------------------


def test_an_armenian_shooting_plan_with_other_labels() -> None:
    # Given a genitive date, a general call under the cast's call, a location heading over a
    # street and a code-first town line, and the nearest hospital on one line
    rows = [
        (40, 40, "«Լուսնի Ֆիլմ» · ՆԿԱՐԱՀԱՆՄԱՆ ՕՐՎԱ ՊԼԱՆ", 9),
        (400, 40, "Նկարահանման օր 4 / 20", 9),
        (200, 70, "ՔԱՄՈՒ ԵՐԳԸ", 16),
        (40, 100, "Ամսաթիվ՝ 17 մարտի 2027 թ., չորեքշաբթի", 9),
        (40, 118, "Դերասանների հավաք 05:45", 9),
        (40, 136, "Ընդհանուր կանչ 06:30", 9),
        (40, 154, "Արևածագ 06:41   Մայրամուտ 19:02", 9),
        (40, 184, "Լոկացիա", 9),
        (40, 198, "Հին շուկայի շենք", 9),
        (40, 212, "Մաշտոցի պող. 46", 9),
        (40, 226, "0009 ք. Երևան", 9),
        (40, 256, "Մոտակա հիվանդանոց", 9),
        (40, 270, "Նաիրի բժշկական կենտրոն, Պարոնյան փ. 21, Երևան 0015", 9),
        (40, 300, "Վաղը՝ ընդհանուր կանչ 07:00", 8),
    ]
    result = _read(rows)
    assert result["document_type"] == "call_sheet"
    day = result["days"][0]
    assert (day["shooting_date"], day["call_time"]) == ("2027-03-17", "06:30")
    assert day["location"].startswith("Մաշտոցի պող. 46")
    assert day["hospital"]["name"].startswith("Նաիրի բժշկական կենտրոն")
    assert (day["sunrise"], day["sunset"]) == ("06:41", "19:02")
    assert day["shooting_day"] == 4


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("17 մարտի 2027 թ.", "2027-03-17"),
        ("մարտի 17, 2027", "2027-03-17"),
        ("չորեքշաբթի, 17 մարտի 2027", "2027-03-17"),
        ("2026 թ. հոկտեմբերի 14, չորեքշաբթի", "2026-10-14"),
        ("3 օգոստոս, 2026", "2026-08-03"),
        ("1 հունվարի 2027", "2027-01-01"),
    ],
)
def test_armenian_dates(text: str, value: str) -> None:
    found = find_dates(text)
    assert [(p.value, p.quality) for p in found] == [(value, 1.0)]


def test_an_armenian_weekday_that_disagrees_lowers_the_date() -> None:
    # 17 March 2027 is a Wednesday, not a Monday (երկուշաբթի)
    (found,) = find_dates("երկուշաբթի, 17 մարտի 2027")
    assert found.value == "2027-03-17" and found.quality < 0.85


# --- method statements and flight risk assessments ---------------------------------------------


def test_an_effects_method_statement_is_other() -> None:
    # Given a method statement for a rain rig: the day, the hours, the site, how the work is
    # done and who is competent, with no one called anywhere
    rows = _lines(
        "METHOD STATEMENT - RAIN RIG, 'NIGHT RUN'",
        "Date: Wednesday 9 June 2027, rigging 08:00 - 12:00",
        "Site: Victoria Quay, Fremantle WA 6160",
        "Scope of works: two 12 m rain bars on 40 ft cranes over the quay",
        "Sequence of works: cranes set, bars flown, water supply tested, exclusion zone taped",
        "Competent person: SFX supervisor R. Tan; rescue plan held by the crane operator",
        "Hazards: wet surfaces, working at height; control measures: PPE, barriers",
        "Assessed by: R. Tan   Review date: 1 June 2027",
    )
    _other(rows)


def test_a_drone_flight_risk_assessment_is_other() -> None:
    # Given a risk assessment of the flights: hazards, ratings and controls for the drone
    rows = _lines(
        "DRONE FLIGHT RISK ASSESSMENT",
        "Date of flights: Tuesday 8 June 2027, 06:00 - 07:30",
        "Take-off site: Sandy Bay car park, Exmouth EX8 5BU",
        "Hazard: loss of control over the public   Likelihood 2 x Severity 4 = 8   Medium",
        "Hazard: bird strike   Likelihood 2 x Severity 2 = 4   Low",
        "Control measures: 50 m separation from the public, observer, return to home set",
        "Remote pilot: S. Ward (GVC)   Airspace: Class G, no NOTAM",
    )
    _other(rows)
