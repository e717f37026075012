"""Conventions from the twentieth held-out set's misses (reader29): the sun's pair and the
emergency department in Dutch and Nordic words, a title printed beside its company on one
line, an hour's word after a big call time, an Irish town and county line, a hospital named
over two dashes, a bare Romance call word alone on the sheet, and a permit letter or a party
invitation that calls no one. Each is drawn on a small page of its own, in words and places
of its own. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_document
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day


def _kind(rows: list[Row]) -> str:
    return extract_document(render(rows, unicode_font=True, page="A4")).to_json()["document_type"]


# --- the sun's pair in Dutch and Nordic words ------------------------------------------------


def _dutch_sheet(extra: list[Row], *, header: str = "HET VEEN", call: str = "07:15") -> bytes:
    rows = [
        (40, 40, "Drentse Filmfabriek", 9),
        (40, 64, header, 16),
        (380, 40, "OPNAMEDAG 3", 9),
        (380, 54, "woensdag 3 juni 2026", 9),
        (40, 96, "Verzameltijd", 9),
        (150, 96, call, 9),
        (40, 124, "LOCATIE", 9),
        (46, 138, "Hunebedcentrum, Bronnegerstraat 12, 9531 TG Borger", 9),
        *extra,
    ]
    return render(rows, unicode_font=True, page="A4")


@pytest.mark.parametrize(
    "label",
    ["Zon op / onder", "Zonsopgang / -ondergang", "Solopgang / solnedgang", "Soluppgång / nedgång"],
)
def test_a_rise_and_set_pair_in_dutch_and_nordic_words(label: str) -> None:
    day = read_day(_dutch_sheet([(300, 110, label, 9), (420, 110, "05.21 uur / 22.02 uur", 9)]))
    assert (day["sunrise"], day["sunset"]) == ("05:21", "22:02")


def test_a_build_and_strike_pair_is_no_sun() -> None:
    day = read_day(_dutch_sheet([(300, 110, "Opbouw / afbouw", 9), (420, 110, "05:21 / 22:02", 9)]))
    assert day["sunset"] != "22:02"


@pytest.mark.parametrize(
    "label", ["Dichtstbijzijnde SEH", "SEH", "Dichtstbijzijnde eerste hulp", "Spoedgevallen"]
)
def test_the_emergency_department_in_dutch_words(label: str) -> None:
    hospital = "Treant Zorggroep Emmen, Boermarkeweg 60, 7824 AA Emmen"
    day = read_day(_dutch_sheet([(40, 170, label, 9), (170, 170, hospital, 9)]))
    assert (day["hospital"] or {}).get("name") == "Treant Zorggroep Emmen"


# --- a title and its company on one line -------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("HET VEEN · Drentse Filmfabriek B.V.", "HET VEEN"),
        ("LA DIGUE | Films du Littoral SARL", "LA DIGUE"),
        ("DE MOLEN \u2013 Kempenfilm vzw", "DE MOLEN"),
        ("STILLE WATERS · Noorderlicht Producties", "STILLE WATERS"),
    ],
)
def test_the_title_before_its_company_on_one_line(line: str, title: str) -> None:
    rows = [
        (40, 40, "CALLSHEET", 16),
        (40, 58, line, 9),
        (380, 40, "woensdag 3 juni 2026", 9),
        (40, 96, "Verzameltijd", 9),
        (150, 96, "07:15", 9),
        (40, 124, "LOCATIE", 9),
        (46, 138, "Hunebedcentrum, Bronnegerstraat 12, 9531 TG Borger", 9),
    ]
    day = read_day(render(rows, unicode_font=True, page="A4"))
    assert day["production"] == title


def test_a_company_alone_is_no_title() -> None:
    day = read_day(_dutch_sheet([], header="Noordzee Producties B.V."))
    assert day["production"] != "Noordzee Producties B.V."


@pytest.mark.parametrize("big", ["9.00 uur", "9.00 Uhr", "9.00 hrs"])
def test_a_big_call_time_with_its_hours_word_is_no_title(big: str) -> None:
    rows = [
        (40, 40, "CALLSHEET", 16),
        (40, 58, "DE POLDER · Zeeuwse Films", 9),
        (380, 40, "vrijdag 5 juni 2026", 9),
        (40, 96, "Algemene call", 10),
        (170, 96, big, 14),
        (40, 124, "LOCATIE", 9),
        (46, 138, "Zeeuws Museum, Abdij 3, 4331 BK Middelburg", 9),
    ]
    day = read_day(render(rows, unicode_font=True, page="A4"))
    assert day["production"] == "DE POLDER"
    assert day["call_time"] == "09:00"


# --- an Irish town and county under a street with no number ------------------------------------


@pytest.mark.parametrize(
    ("street", "town"),
    [("Friar St", "Cashel, Co. Tipperary"), ("Green St", "Dingle, County Kerry")],
)
def test_a_street_over_an_irish_town_and_county(street: str, town: str) -> None:
    rows = [
        (40, 40, "Léiriúcháin Mhumhan Teo.", 9),
        (40, 64, "AN TEACH", 16),
        (380, 40, "Tuesday 9 June 2026", 9),
        (40, 96, "Crew call", 9),
        (150, 96, "08:00", 9),
        (40, 124, "LOCATION", 9),
        (46, 138, "The Old Hall", 9),
        (46, 150, street, 9),
        (46, 162, town, 9),
        (46, 174, "Courtyard and kitchen", 9),
    ]
    day = read_day(render(rows, unicode_font=True, page="A4"))
    assert day["location"] == f"{street}, {town}"
    assert day["field_confidence"]["location"] >= 0.85


# --- a hospital named over two dashes ------------------------------------------------------------


def _urgences(line: str) -> bytes:
    rows = [
        (40, 40, "Loire Images", 9),
        (40, 64, "LA MARÉE", 16),
        (380, 40, "JEUDI 11 JUIN 2026", 9),
        (40, 96, "RDV équipe", 9),
        (150, 96, "07h00", 9),
        (40, 124, "DÉCOR", 9),
        (46, 138, "Château des ducs de Bretagne, 4 place Marc Elder, 44000 Nantes", 9),
        (40, 170, "URGENCES", 9),
        (46, 184, line, 9),
    ]
    return render(rows, unicode_font=True, page="A4")


def test_a_hospitals_name_runs_over_its_second_dash() -> None:
    day = read_day(_urgences("CHU de Nantes - Hôtel-Dieu - 1 place Alexis-Ricordeau, 44000 Nantes"))
    assert day["hospital"]["name"] == "CHU de Nantes - Hôtel-Dieu"
    assert day["hospital"]["address"] == "1 place Alexis-Ricordeau, 44000 Nantes"


def test_a_street_between_dashes_is_no_part_of_the_name() -> None:
    day = read_day(_urgences("Hôpital Nord - 12 rue Verte - 44000 Nantes"))
    assert day["hospital"]["name"] == "Hôpital Nord"


# --- a bare Romance call word, alone on the sheet -----------------------------------------------


def _romance_call(rows: list[Row]) -> bytes:
    return render(
        [
            (40, 40, "Producciones Duero S.L.", 9),
            (40, 64, "EL PUENTE", 16),
            (380, 40, "martes, 16 de junio de 2026", 9),
            *rows,
            (40, 150, "LOCALIZACIÓN", 9),
            (46, 164, "Plaza Mayor 1, 37002 Salamanca", 9),
        ],
        unicode_font=True,
        page="A4",
    )


@pytest.mark.parametrize(("label", "time"), [("Citación", "07:00"), ("Convocation", "07h00")])
def test_a_bare_call_word_alone_is_the_days_call(label: str, time: str) -> None:
    day = read_day(_romance_call([(40, 96, label, 9), (150, 96, time, 9), (40, 110, "PAT", 9)]))
    assert day["call_time"] == "07:00"
    assert day["field_confidence"]["call_time"] >= 0.85


def test_a_bare_call_word_beside_the_crews_call_stays_weak() -> None:
    rows = [(40, 96, "Citación", 9), (150, 96, "08:00", 9)]
    rows += [(300, 96, "Citación equipo", 9), (420, 96, "07:00", 9)]
    day = read_day(_romance_call(rows))
    assert day["call_time"] == "07:00"


# --- a permit letter, a party invitation: no call sheet ------------------------------------------


def test_a_councils_parking_permit_letter_is_other() -> None:
    rows = [
        (60, 60, "Bristol City Council", 14),
        (60, 74, "Parking Services · City Hall · Bristol", 9),
        (60, 110, "Severn Side Pictures Ltd", 10),
        (60, 123, "2 Canons Way, Bristol BS1 5TX", 10),
        (400, 123, "2 March 2026", 10),
        (60, 160, "Bay suspension for filming", 11),
        (60, 184, "Dear Mr Okafor,", 10),
        (60, 200, "We have suspended 8 bays on Queen Square for your unit vehicles on", 10),
        (60, 213, "Thursday 19 March 2026, 07:00 to 19:00. The suspension will be signed", 10),
        (60, 226, "in advance; the fee of £320.00 will be invoiced.", 10),
        (60, 250, "Yours faithfully,", 10),
        (60, 263, "R. Hale, Parking Officer", 10),
    ]
    assert _kind(rows) == "other"


def test_a_dutch_parking_permit_letter_is_other() -> None:
    rows = [
        (60, 60, "Gemeente Leiden", 14),
        (60, 74, "Afdeling Parkeren", 9),
        (60, 110, "Sleutelstad Film B.V.", 10),
        (60, 123, "Haven 22, 2312 MK Leiden", 10),
        (400, 123, "12 mei 2026", 10),
        (60, 160, "Betreft: ontheffing parkeren filmopnamen", 11),
        (60, 184, "Geachte heer Bakker,", 10),
        (60, 200, "Hierbij ontvangt u de parkeervergunning voor zes voertuigen op het", 10),
        (60, 213, "Rapenburg, op dinsdag 26 mei 2026 van 06:00 tot 20:00.", 10),
        (60, 237, "Met vriendelijke groet,", 10),
        (60, 250, "J. de Vries, Parkeerbeheer", 10),
    ]
    assert _kind(rows) == "other"


def test_a_flemish_party_invitation_is_other() -> None:
    rows = [
        (120, 90, "HET VEEN", 22),
        (120, 130, "Uitnodiging eindfeest", 14),
        (120, 170, "voor cast & crew", 11),
        (120, 210, "Vrijdag 12 juni 2026", 10),
        (120, 228, "vanaf 21.00 uur tot laat", 10),
        (120, 246, "Zaal De Kroon", 10),
        (120, 264, "Grote Markt 9, 2000 Antwerpen", 10),
        (120, 300, "Dresscode: wit", 10),
        (120, 318, "Drankjes en hapjes van de productie", 10),
    ]
    assert _kind(rows) == "other"


def test_a_call_sheet_with_a_party_note_stays_a_call_sheet() -> None:
    rows = [
        (40, 170, "Opmerkingen", 9),
        (40, 184, "Vrijdag eindfeest vanaf 21.00 uur tot laat, dresscode wit.", 9),
    ]
    day = read_day(_dutch_sheet(rows))
    assert day["call_time"] == "07:15"


# --- a post-production plan's words: one entry, scored once ---------------------------------


def test_a_post_plans_words_are_its_kinds_one_entry() -> None:
    from pipeline.extract.reader import classify, post_plans

    assert set(post_plans.WORDS) <= set(classify.OTHER_KINDS["a post-production plan"])
    lines = ["POSTPRODUKTIONSPLAN", "Rohschnitt 4-15.01.2027", "Farbkorrektur 18-22.01.2027"]
    lines += ["Tonmischung 25-29.01.2027", "Sendekopie 5.02.2027"]
    # four stage words, the plan named in its heading (2) and three spans (1)
    assert classify.other_scores(lines)["a post-production plan"] == 7.0
