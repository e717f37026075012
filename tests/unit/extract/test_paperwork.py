"""Production paperwork that plans no day's work is 'other': a filming permit, a location
release, a risk assessment, a petty-cash report, a timesheet, an invoice or purchase order, an
insurance certificate, an NDA, a travel booking. Each is drawn on a page of its own, in English
and other languages; next to them, call sheets carrying a permit number, a risk note or a
signature line, which stay call sheets. Rows are (x, baseline y, text, size) in points on A4."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.extract import extract_document
from pipeline.extract.reader.classify import verdict
from tests.fixtures.callsheets import Row, column, render


def _page(rows: list[Row]) -> bytes:
    return render(rows, unicode_font=True, page="A4")


def _lines(*texts: str, x: float = 50, top: float = 70, size: float = 10) -> list[Row]:
    return column(*texts, x=x, top=top, size=size, step=18)


def _table(top: float, rows: list[tuple[str, ...]], xs: tuple[float, ...]) -> list[Row]:
    return [
        (x, top + 16 * i, cell, 9)
        for i, row in enumerate(rows)
        for x, cell in zip(xs, row, strict=True)
    ]


def _read(rows: list[Row]) -> dict[str, Any]:
    return extract_document(_page(rows)).to_json()


def _skipped(rows: list[Row], kind: str) -> None:
    result = _read(rows)
    assert result["document_type"] == "other"
    assert result["days"] == []
    assert result["reason"] == f"not a call sheet: looks like {kind}"


# --- drawn pages of each kind -----------------------------------------------------------------


def test_a_city_filming_permit_is_other() -> None:
    # Given the set's address, the day's date and the permitted hours, but no one called
    rows = _lines(
        "WESTMINSTER CITY COUNCIL - FILM OFFICE",
        "FILMING PERMIT",
        "Permit No. FO/2026/0412",
        "Permittee: Harbour Lights Productions Ltd",
        "Location: Lancaster Place, London WC2E 7EN",
        "Valid from 14/05/2026 to 15/05/2026",
        "Permitted hours: 07:00 - 19:00",
        "Conditions: no road closure; parking suspension bays 1-6 only;",
        "traffic management by an authorised contractor. Fee paid.",
    )
    _skipped(rows, "a filming permit")


def test_a_polish_road_occupation_permit_is_other() -> None:
    rows = _lines(
        "URZĄD MIASTA KRAKOWA - Zarząd Dróg Miasta Krakowa",
        "ZEZWOLENIE nr 12/2026 na zajęcie pasa drogowego",
        "Wnioskodawca: Studio Filmowe Kadr Sp. z o.o.",
        "Miejsce: ul. Floriańska 3, 31-019 Kraków",
        "Ważne od 02.06.2026 do 03.06.2026, w godz. 06:00-20:00",
        "Warunki: zachować przejście dla pieszych, oznakowanie wg projektu.",
    )
    _skipped(rows, "a filming permit")


def test_a_german_risk_assessment_with_its_rating_table_is_other() -> None:
    rows = [
        *_lines(
            "GEFÄHRDUNGSBEURTEILUNG - Drehort Hafen Hamburg",
            "Datum: 18.09.2026   Erstellt von: Aufnahmeleitung",
            "Drehort: Kaiserkai 1, 20457 Hamburg",
        ),
        *_table(
            140,
            [
                ("Gefährdung", "Wahrscheinlichkeit", "Schadensausmaß", "Schutzmaßnahmen"),
                ("Sturz ins Wasser", "mittel", "hoch", "Rettungswesten, Geländer"),
                ("Stolpern über Kabel", "hoch", "gering", "Kabelbrücken"),
                ("Verkehr an der Zufahrt", "gering", "hoch", "Absperrung, Warnwesten"),
            ],
            (50, 170, 290, 400),
        ),
        (50, 230, "Restrisiko: gering", 9),
    ]
    _skipped(rows, "a risk assessment")


def test_an_english_risk_assessment_is_other() -> None:
    text = (
        "LOCATION RISK ASSESSMENT\nProduction: Low Tide   Date: 20/08/2026\n"
        "Location: Castlehill, Edinburgh EH1 2NG\n"
        "Hazard | Who might be harmed | Likelihood | Severity | Control measures | Risk rating\n"
        "Uneven cobbles | Crew, cast | Medium | Low | Hi-vis, briefing | Low\n"
        "Vehicle movements | Crew | Low | High | Banksman | Medium\n"
        "Assessed by: J. Reid   Review date: 19/08/2026"
    )
    found = verdict(text, has_schedule_days=False)
    assert (found.kind, found.looks_like) == ("other", "a risk assessment")


def test_a_french_petty_cash_report_is_other() -> None:
    rows = [
        *_lines(
            "NOTE DE FRAIS - PETITE CAISSE",
            "Production : Les Marées   Régie   Semaine du 06/07/2026",
        ),
        *_table(
            120,
            [
                ("Date", "Justificatif", "Description", "Montant"),
                ("06/07/2026", "Reçu 0141", "Taxi régie", "23,50 €"),
                ("07/07/2026", "Reçu 0142", "Eau et café plateau", "41,20 €"),
                ("08/07/2026", "Reçu 0143", "Parking camion", "18,00 €"),
                ("", "", "Total", "82,70 €"),
            ],
            (50, 140, 240, 440),
        ),
        (50, 220, "Avance reçue : 200,00 €   Solde : 117,30 €", 9),
    ]
    _skipped(rows, "a petty-cash or expense report")


def test_a_spanish_timesheet_whose_column_says_call_is_other() -> None:
    # Given a week's rows, each a day with its call and wrap: worked, not planned
    rows = [
        *_lines(
            "HOJA DE HORAS - Semana del 13/04/2026", "Nombre: Lucía Ortega   Puesto: Eléctrica"
        ),
        *_table(
            110,
            [
                ("Fecha", "Call", "Wrap", "Total horas", "Horas extra"),
                ("lun 13/04", "07:00", "19:00", "11", "1"),
                ("mar 14/04", "07:00", "20:00", "12", "2"),
                ("mié 15/04", "08:00", "19:30", "10,5", "0,5"),
                ("jue 16/04", "07:30", "18:30", "10", "0"),
            ],
            (50, 150, 220, 290, 380),
        ),
        (50, 210, "Firma del trabajador: __________   Aprobado por: __________", 9),
    ]
    _skipped(rows, "a timesheet")


def test_an_italian_invoice_is_other() -> None:
    rows = [
        *_lines(
            "FATTURA n. 2026/118   Data: 12/05/2026",
            "Fornitore: Luci Roma S.r.l., Via Tiburtina 1020, 00156 Roma",
            "Cliente: Produzioni Aurora S.r.l.",
        ),
        *_table(
            140,
            [
                ("Descrizione", "Quantità", "Prezzo unitario", "Importo"),
                ("Noleggio HMI 18K", "2", "350,00", "700,00"),
                ("Generatore 100 kVA", "1", "420,00", "420,00"),
                ("Imponibile", "", "", "1.120,00"),
                ("IVA 22%", "", "", "246,40"),
            ],
            (50, 250, 330, 450),
        ),
        (50, 240, "Scadenza: 30 giorni   IBAN IT60 X054 2811 1010 0000 0123 456", 9),
    ]
    _skipped(rows, "an invoice or purchase order")


def test_an_insurance_certificate_is_other() -> None:
    text = (
        "CERTIFICATE OF INSURANCE\nNamed insured: Harbour Lights Productions Ltd\n"
        "Certificate holder: Westminster City Council\nInsurer: Hiscox Underwriting Ltd\n"
        "Policy No. PL-7730112   Policy period 01/01/2026 - 31/12/2026\n"
        "Public liability: £10,000,000 each occurrence\nEmployers liability: £10,000,000"
    )
    found = verdict(text, has_schedule_days=False)
    assert (found.kind, found.looks_like) == ("other", "an insurance certificate")


def test_an_nda_is_other() -> None:
    rows = _lines(
        "NON-DISCLOSURE AGREEMENT",
        "Between Harbour Lights Productions Ltd (the Disclosing Party)",
        "and the undersigned crew member (the Receiving Party), dated 01/05/2026.",
        "1. The Receiving Party shall not disclose any Confidential Information,",
        "including scripts, call sheets, locations and cast, to any third party.",
        "2. This agreement survives the end of the production.",
        "Signature: ______________________   Date: ____________",
    )
    _skipped(rows, "a non-disclosure agreement")


def test_a_polish_location_release_is_other() -> None:
    rows = _lines(
        "UMOWA UŻYCZENIA LOKALIZACJI",
        "zawarta 20.05.2026 w Warszawie pomiędzy:",
        "Właściciel: Anna Kowalska, ul. Mokotowska 12 m. 4, 00-561 Warszawa",
        "a Producentem: Studio Filmowe Kadr Sp. z o.o.",
        "Właściciel niniejszym udostępnia lokal w dniu 02.06.2026 w godz. 7:00-21:00.",
        "Strony zgodnie ustalają wynagrodzenie w kwocie 2 500 zł.",
        "Podpis właściciela: ______________   Podpis producenta: ______________",
    )
    _skipped(rows, "a location release or agreement")


def test_a_german_hotel_and_flight_booking_is_other() -> None:
    text = (
        "BUCHUNGSBESTÄTIGUNG\nBuchungsnummer: K7Q2ZP\nFlug LH 2031 München - Hamburg\n"
        "Abflug 17.09.2026 07:15 Terminal 2   Ankunft 08:25\n"
        "Hotelbuchung: Hotel Hafen Hamburg, Seewartenstraße 9, 20459 Hamburg\n"
        "Check-in 17.09.2026 ab 15:00, Check-out 20.09.2026 bis 11:00"
    )
    found = verdict(text, has_schedule_days=False)
    assert found.kind == "other"
    assert found.looks_like in ("a travel booking", "a travel itinerary")


# --- call sheets carrying the same paper stay call sheets -----------------------------------


def _sheet(*extra: str) -> list[Row]:
    return _lines(
        "CALL SHEET - HARBOUR LIGHTS - DAY 12 OF 30",
        "Date: Thursday 14 May 2026",
        "Unit Call: 07:00",
        "Location: Lancaster Place, London WC2E 7EN",
        "Nearest Hospital: St Thomas' Hospital, Westminster Bridge Rd, London SE1 7EH",
        *extra,
    )


@pytest.mark.parametrize(
    "extra",
    [
        (
            "FILMING PERMIT No. FO/2026/0412 valid from 14/05/2026 to 15/05/2026.",
            "Permit conditions: no road closure, parking suspension bays 1-6 only.",
            "Permittee: Harbour Lights Productions Ltd. Westminster City Council Film Office.",
        ),
        (
            "RISK ASSESSMENT: hazards - traffic, uneven cobbles. Control measures: banksman.",
            "Likelihood low, severity high, residual risk medium. PPE: hi-vis. Assessed by: JR.",
        ),
        (
            "All crew: sign the NDA and the location release below before filming.",
            "Signature: ______________________   Date: ____________",
            "The owner hereby grants the producer access to the premises.",
        ),
        (
            "Timesheets and petty cash receipts to the office by Friday.",
            "Petty cash float: £200.00. Expenses: receipts for taxi £23.50, parking £18.00.",
        ),
    ],
    ids=["permit", "risk", "signature", "timesheet-and-petty-cash"],
)
def test_a_call_sheet_carrying_paperwork_stays_a_call_sheet(extra: tuple[str, ...]) -> None:
    result = _read(_sheet(*extra))
    assert result["document_type"] == "call_sheet"
    assert result["days"][0]["call_time"] == "07:00"


def test_a_polish_call_sheet_with_a_permit_number_stays_a_call_sheet() -> None:
    text = (
        "DZIENNY PLAN PRACY nr 12\nData: 02.06.2026\nZbiórka ekipy: 7:00\n"
        "Lokalizacja: ul. Floriańska 3, 31-019 Kraków\n"
        "Zezwolenie nr 12/2026 na zajęcie pasa drogowego, ważne od 02.06.2026 do 03.06.2026.\n"
        "Warunki: zachować przejście dla pieszych. Wnioskodawca: Studio Filmowe Kadr."
    )
    assert verdict(text, has_schedule_days=False).kind == "call_sheet"


def test_a_call_sheet_with_an_advance_schedule_of_dated_calls_stays_a_call_sheet() -> None:
    # Given the next days' calls and wraps under today's sheet (rows like a timesheet's)
    text = (
        "CALL SHEET - DAY 12\nDate: 14/05/2026\nCrew Call: 07:00\n"
        "Location: Lancaster Place, London WC2E 7EN\nNearest Hospital: St Thomas' Hospital\n"
        "ADVANCE SCHEDULE\nFri 15/05/2026 call 07:00 wrap 19:00\n"
        "Sat 16/05/2026 call 08:00 wrap 20:00\nMon 18/05/2026 call 07:00 wrap 19:00\n"
        "Timesheets: total hours and overtime to the office, approved by the UPM."
    )
    assert verdict(text, has_schedule_days=False).kind == "call_sheet"


# --- paperwork that names the set, the day and a hospital as a call sheet does ---------------
# A permit grants a window on a day at the set's address; a risk assessment names the location,
# the filming date and the nearest hospital above its hazard table. Neither calls anyone: the
# parts they share with a call sheet (a location, a date, a hospital, hours) are no evidence
# against their own structure.


def test_a_spanish_risk_assessment_naming_the_set_date_and_hospital_is_other() -> None:
    rows = [
        *_lines(
            "EVALUACIÓN DE RIESGOS - «LA CASA DEL FARO»",
            "Localización: Faro de Cabo Mayor, Av. del Faro s/n, 39012 Santander",
            "Fecha de rodaje: martes 12 de mayo de 2026",
            "Hospital más cercano: Hospital Universitario Marqués de Valdecilla",
            "Campo base: aparcamiento del faro, Av. del Faro, Santander",
        ),
        *_table(
            170,
            [
                ("Peligro", "Afectados", "Medidas preventivas", "Nivel"),
                ("Borde del acantilado", "Equipo", "Vallado a 3 m, arnés", "Alto"),
                ("Viento fuerte", "Todos", "Parar la grúa > 40 km/h", "Medio"),
                ("Cables en el paso", "Todos", "Pasacables", "Bajo"),
            ],
            (50, 200, 290, 470),
        ),
    ]
    _skipped(rows, "a risk assessment")


def test_an_italian_risk_assessment_naming_the_set_date_and_hospital_is_other() -> None:
    rows = [
        *_lines(
            "VALUTAZIONE DEI RISCHI - SOPRALLUOGO SET",
            "Location: Villa Pignatelli, Riviera di Chiaia 200, 80121 Napoli",
            "Data riprese: 9 giugno 2026",
            "Ospedale più vicino: Ospedale Cardarelli, Via Antonio Cardarelli 9, Napoli",
            "Campo base: Piazza Vittoria, Napoli",
        ),
        *_table(
            170,
            [
                ("Pericolo", "Chi", "Misure di prevenzione", "Livello"),
                ("Scale in marmo", "Troupe", "Nastro antiscivolo", "Medio"),
                ("Lampade calde", "Elettricisti", "Guanti, distanza", "Basso"),
                ("Pubblico", "Tutti", "Transenne", "Alto"),
            ],
            (50, 200, 290, 470),
        ),
    ]
    _skipped(rows, "a risk assessment")


def test_a_german_street_filming_permit_with_its_hours_is_other() -> None:
    rows = _lines(
        "Bezirksamt Friedrichshain-Kreuzberg - Straßen- und Grünflächenamt",
        "Sondernutzungserlaubnis für Filmaufnahmen",
        "Produktion: Spreewelle Film GmbH - «Nachtfalter»",
        "Drehort: Oranienstraße 25, 10999 Berlin",
        "Datum: Mittwoch, 17.06.2026, 06:00 - 22:00 Uhr",
        "Abstellen von zwei Technikfahrzeugen, Haltverbot beidseitig.",
        "Gebühr: 65,00 EUR",
    )
    _skipped(rows, "a filming permit")


def test_a_spanish_street_filming_permit_with_its_hours_is_other() -> None:
    rows = _lines(
        "AYUNTAMIENTO DE SEVILLA - Oficina de Rodajes",
        "Ocupación de la vía pública para rodaje",
        "Producción: Guadalquivir Films S.L.",
        "Lugar: Calle Betis 41, 41010 Sevilla",
        "Fecha: 22/09/2026, de 07:00 a 21:00",
        "Reserva de estacionamiento para 3 vehículos técnicos.",
        "Tasa: 48,65 €",
    )
    _skipped(rows, "a filming permit")


def test_a_welsh_bilingual_filming_licence_is_other() -> None:
    rows = _lines(
        "CYNGOR GWYNEDD / GWYNEDD COUNCIL",
        "Trwydded ffilmio / Filming licence",
        "Cynhyrchiad / Production: Ffilmiau'r Fenai - «Y Bont»",
        "Lleoliad / Location: Y Maes, Caernarfon LL55 2NN",
        "Dyddiad / Date: 4 Mehefin 2026, o 08:00 tan 18:00",
        "Amodau / Conditions: dim cau ffordd / no road closure.",
    )
    _skipped(rows, "a filming permit")


# --- call sheets with a permit, a risk table, a hospital and a signature line ----------------


def test_a_running_order_day_with_permit_and_risk_notes_stays_a_call_sheet() -> None:
    # Given no crew-call label: the day is planned in timed rows, and a permit and a risk
    # table ride along
    rows = [
        *_lines(
            "SHOOT BRIEF - HARBOUR LIGHTS",
            "Date: Thursday 14 May 2026",
            "Location: Lancaster Place, London WC2E 7EN",
            "Nearest Hospital: St Thomas' Hospital, Westminster Bridge Rd, London SE1 7EH",
            "07:00 Unit base open, breakfast",
            "08:00 Rehearse and light scene 4",
            "12:30 Lunch",
            "Permit No. FO/2026/0412, permitted hours 07:00 - 19:00, conditions apply.",
            "Risk assessment: hazard - traffic, likelihood low, severity high, control measures",
            "Signature: ______________________",
        ),
        *_table(
            270,
            [("Hazard", "Control measures", "Risk"), ("Traffic", "Banksman", "High")],
            (50, 200, 400),
        ),
    ]
    result = _read(rows)
    assert result["document_type"] == "call_sheet"
    assert result["days"][0]["shooting_date"] == "2026-05-14"


def test_a_titled_call_sheet_whose_call_is_unlabelled_keeps_its_day_beside_a_risk_table() -> None:
    text = (
        "CALL SHEET - LA CASA DEL FARO\nFecha de rodaje: 12/05/2026\n"
        "Localización: Faro de Cabo Mayor, 39012 Santander\n"
        "Hospital más cercano: Hospital Universitario Marqués de Valdecilla\n"
        "EVALUACIÓN DE RIESGOS\nPeligro  Medidas preventivas  Nivel\n"
        "Borde del acantilado  Vallado, arnés  Alto\nViento fuerte  Parar la grúa  Medio\n"
        "Cables  Pasacables  Bajo"
    )
    assert verdict(text, has_schedule_days=False).kind == "call_sheet"


@pytest.mark.parametrize(
    "text",
    [
        "FEUILLE DE SERVICE - J12\nDate : jeudi 19 mars 2026\nConvocation équipe : 7h00\n"
        "Décor : 4 Rue Charles Dullin, 69002 Lyon\nHôpital : Hôpital Édouard Herriot\n"
        "Arrêté n° 2026/77 - autorisation de tournage sur le domaine public, de 6h00 à 20h00.\n"
        "Redevance acquittée. Stationnement des véhicules techniques autorisé.",
        "ORDEN DE RODAJE - DÍA 3\nFecha: 22/09/2026\nCitación equipo: 07:00\n"
        "Localización: Calle Betis 41, 41010 Sevilla\nHospital: Hospital Virgen del Rocío\n"
        "Evaluación de riesgos: peligro - tráfico; medidas preventivas: vallas. Nivel: Medio.\n"
        "Permiso de rodaje nº 2026/311, ocupación de la vía pública de 07:00 a 21:00.",
    ],
    ids=["fr-permit", "es-risk-and-permit"],
)
def test_a_call_sheet_quoting_its_permit_and_risks_stays_a_call_sheet(text: str) -> None:
    assert verdict(text, has_schedule_days=False).kind == "call_sheet"


def test_a_sheet_calling_each_person_at_a_time_stays_a_call_sheet_beside_its_permit() -> None:
    # Given no crew-call label and no title: each person's row ends with their call
    text = (
        "DRY RIVER - field unit\nDate: 08/04/2026\n"
        "Location: 5650 University Blvd SE, Albuquerque, NM 87106\n"
        "Nearest A&E: UNM Hospital, 2211 Lomas Blvd NE, Albuquerque\n"
        "Filming permit No. ABQ-2026-118, permitted hours 06:00 - 20:00. Fee paid.\n"
        "Permit conditions: no road closure. Issued by the City Film Office.\n"
        "Producer  Aoife Byrne  555-0160  06:30\nCamera  Dan Kerr  555-0161  07:00\n"
        "Sound  Ruth Mayo  555-0162  07:30"
    )
    assert verdict(text, has_schedule_days=False).kind == "call_sheet"


# --- incident reports and claims ---------------------------------------------------------------


def test_an_accident_report_from_the_set_is_other() -> None:
    # Given the set's address, the day, a time and the hospital, all of the accident's
    rows = _lines(
        "ACCIDENT REPORT - HARBOUR LIGHTS (Day 12)",
        "Date of accident: 14/05/2026   Time of accident: 11:20",
        "Place of incident: Lancaster Place, London WC2E 7EN",
        "Injured person: Sam Reid, electrician",
        "Nature of injury: sprained right ankle on cable ramp",
        "First aid given by the unit medic; taken to St Thomas' Hospital,",
        "Westminster Bridge Rd, London SE1 7EH",
        "Witnesses: gaffer, best boy",
        "RIDDOR reportable: no",
    )
    _skipped(rows, "an incident report or claim")


@pytest.mark.parametrize(
    "texts",
    [
        (
            "PROTOKÓŁ WYPADKU NA PLANIE",
            "Data zdarzenia: 02.06.2026, godz. 14:10",
            "Miejsce: ul. Floriańska 3, 31-019 Kraków",
            "Poszkodowany: asystent operatora",
            "Opis zdarzenia: upadek statywu, stłuczenie dłoni",
            "Świadkowie: operator, ostrzyciel",
        ),
        (
            "UNFALLMELDUNG / SCHADENSMELDUNG",
            "Datum: 12.03.2026, 15:45 Uhr",
            "Ort: Unter den Linden 6, 10117 Berlin",
            "Verletzte Person: Beleuchter, 34 Jahre",
            "Unfallhergang: Stolpern über Kabelbrücke",
            "Zeugen: Oberbeleuchter, Kameraassistenz",
        ),
    ],
)
def test_incident_reports_in_other_languages_are_other(texts: tuple[str, ...]) -> None:
    _skipped(_lines(*texts), "an incident report or claim")


def test_a_call_sheet_that_asks_for_incidents_to_be_reported_stays_a_call_sheet() -> None:
    rows = _lines(
        "HARBOUR LIGHTS - CALL SHEET",
        "Thursday 14 May 2026 - Day 12 of 30",
        "Crew Call: 07:00",
        "Location: Lancaster Place, London WC2E 7EN",
        "Nearest hospital: St Thomas' Hospital, Westminster Bridge Rd, London SE1 7EH",
        "Safety: report any incident to the 1st AD; an accident report is filed the same day.",
        "Witnesses to any incident: write a witness statement for the unit medic.",
    )
    assert _read(rows)["document_type"] == "call_sheet"


def test_an_incident_timed_line_by_line_is_still_other() -> None:
    # Given an insurance claim whose events are timed like a running order
    rows = _lines(
        "INCIDENT / CLAIM REPORT - Claim number CL-2026-0917",
        "Date of incident: Tuesday, 12 May 2026",
        "Location of incident: 1 Canal St, Manchester M1 3HE",
        "14:10 Ladder slipped while rigging the practical lamp",
        "14:20 First aid given by the set medic",
        "15:05 Taken to Manchester Royal Infirmary, Oxford Rd, Manchester M13 9WL",
        "Injured party: rigger; witnesses: gaffer, spark",
        "Estimated loss: £1,200 (lamp); deductible £250",
    )
    _skipped(rows, "an incident report or claim")
