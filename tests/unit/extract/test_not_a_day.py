"""Paperwork about a shooting day that calls no one to work it is 'other' (issue 15): a party
invitation, a weather forecast, a blank call sheet template. Each is drawn on a page of its
own, in layouts and languages the corpus does not have; next to each, the call sheet it must
not swallow. Rows are (x, baseline y, text, size) in points on an A4 page."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.extract import extract_document
from pipeline.extract.reader.classify import verdict
from tests.fixtures.callsheets import Row, column, render


def _page(rows: list[Row]) -> bytes:
    return render(rows, unicode_font=True, page="A4")


def _lines(*texts: str, x: float = 60, top: float = 80, size: float = 11) -> list[Row]:
    return column(*texts, x=x, top=top, size=size, step=20)


def _read(rows: list[Row]) -> dict[str, Any]:
    return extract_document(_page(rows)).to_json()


def _skipped(result: dict[str, Any], reason: str) -> None:
    assert result["document_type"] == "other"
    assert result["days"] == []
    assert result["reason"] == reason


# --- invitations ----------------------------------------------------------------------------

_PARTY_PL = _lines(
    "ZAPROSZENIE",
    "Impreza na zakończenie zdjęć do serialu „Rodzina Nowaków”",
    "Sobota, 20 czerwca 2026, od 20:00 do białego rana",
    "Klub Niebo, ul. Nowy Świat 21, 00-029 Warszawa",
    "Bar 20:00-22:00, DJ, pokaz wpadek z planu o 21:30",
    "Zapraszamy całą ekipę i obsadę z osobą towarzyszącą.",
    "Potwierdź obecność do 15 czerwca: biuro produkcji, tel. +48 22 555 01 70",
)


def test_a_polish_crew_party_invitation_is_other() -> None:
    # Given a date, start times and a club's address, but an invitation and an RSVP, no call
    _skipped(_read(_PARTY_PL), "not a call sheet: looks like an invitation")


def test_a_german_wrap_party_invitation_in_two_columns_is_other() -> None:
    # Given the facts in a label column, the way a flyer lays them out
    rows = [
        (60, 70, "EINLADUNG ZUR DREHSCHLUSSFEIER", 18),
        (60, 100, "„Nordlicht“ - wir feiern das Ende der Dreharbeiten!", 11),
        *[
            (x, 140 + 20 * i, text, 10)
            for i, pair in enumerate(
                [
                    ("Wann", "Freitag, 17. Juli 2026, ab 19:30 Uhr"),
                    ("Wo", "Bar Zentral, Wiener Str. 12, 10999 Berlin"),
                    ("Programm", "Buffet, Getränke, DJ ab 22:00"),
                    ("Begleitperson", "herzlich willkommen"),
                    ("U.A.w.g.", "bis 10. Juli an das Produktionsbüro"),
                ]
            )
            for x, text in zip((60, 180), pair, strict=True)
        ],
    ]
    _skipped(_read(rows), "not a call sheet: looks like an invitation")


def test_a_call_sheet_that_announces_the_wrap_party_stays_a_call_sheet() -> None:
    # Given a last day's sheet: its crew call and set, and the party in its notes
    rows = _lines(
        'CALL SHEET - "HIGH DESERT" - DAY 42 OF 42',
        "Date: Friday, April 3, 2026",
        "Crew Call: 7:00 AM",
        "Location: Vasquez Rocks, 10700 Escondido Canyon Rd, Agua Dulce, CA 91350",
        "Nearest Hospital: Henry Mayo Newhall, 23845 McBean Pkwy, Valencia, CA 91355",
        "WRAP PARTY tomorrow 8:00 PM at The Bungalow, Santa Monica. Open bar, DJ, gag reel.",
        "You're invited with one guest - RSVP to the office by tonight.",
    )
    result = _read(rows)
    assert result["document_type"] == "call_sheet"
    assert result["days"][0]["call_time"] == "07:00"


# --- weather forecasts ----------------------------------------------------------------------


def test_a_polish_multi_day_forecast_with_a_location_label_is_other() -> None:
    # Given a forecast for the set ("Lokalizacja" with its address), a day per row, sunrise
    rows = [
        *_lines(
            "PROGNOZA POGODY - zdjęcia plenerowe",
            "Lokalizacja: Molo w Sopocie, ul. Bohaterów Monte Cassino 1, 81-767 Sopot",
            "Wschód słońca 04:31, zachód 21:14",
            "Dzień Temperatura Wiatr Opady Zachmurzenie",
            "pon 15.06.2026 18°C W 12 km/h 10% małe",
            "wt 16.06.2026 21°C SW 8 km/h 0% brak",
            "śr 17.06.2026 16°C N 25 km/h 70% duże",
        ),
        (60, 240, "Aktualizacja codziennie o 18:00.", 9),
    ]
    _skipped(_read(rows), "not a call sheet: looks like a weather forecast")


def test_a_call_sheet_with_a_weather_box_stays_a_call_sheet() -> None:
    # Given a sheet whose weather box is as long as a small forecast
    rows = _lines(
        "CALL SHEET - LOW TIDE - DAY 3",
        "Thursday 20 August 2026",
        "Unit Call 06:30",
        "Set: Edinburgh Castle Esplanade, Castlehill, Edinburgh EH1 2NG",
        "WEATHER FORECAST: haar clearing by 10:00; temp 11°C rising to 18°C",
        "Wind W 12 mph, gusts 20 mph. Rain 10%. Cloud low early. Visibility 200 m at 06:00.",
        "Humidity 80%. Sunrise 05:51 Sunset 20:44",
    )
    assert _read(rows)["document_type"] == "call_sheet"


# --- blank templates ------------------------------------------------------------------------


def test_a_blank_polish_template_with_dotted_leaders_and_a_letterhead_is_other() -> None:
    # Given the production company's address printed at its head and every field a leader
    rows = _lines(
        "Studio Filmowe Kadr Sp. z o.o., ul. Chełmska 21, 00-724 Warszawa",
        "DZIENNY PLAN PRACY nr ........",
        "Tytuł: ..............................   Data: ........................",
        "Zbiórka ekipy: ........   Początek zdjęć: ........",
        "Lokalizacja: ................................................",
        "Baza / parking: ..........................................",
        "Najbliższy szpital: ......................................",
        "Wschód słońca: ........   Zachód słońca: ........",
        "Sc.   Obiekt   D/N   Str.   Obsada",
    )
    _skipped(_read(rows), "not a call sheet: a blank template (no date or time filled in)")


def test_a_blank_template_of_labels_in_empty_cells_is_other() -> None:
    # Given labels alone, each over an empty cell (no colons, no blanks drawn in the text)
    labels = [
        ("CALL SHEET", 60, 60),
        ("PRODUCTION", 60, 100),
        ("DATE", 300, 100),
        ("CREW CALL", 60, 160),
        ("SHOOTING CALL", 300, 160),
        ("SET LOCATION", 60, 220),
        ("UNIT BASE", 300, 220),
        ("NEAREST HOSPITAL", 60, 280),
        ("SUNRISE", 300, 280),
        ("SUNSET", 420, 280),
    ]
    rows = [(x, y, text, 9) for text, x, y in labels]
    _skipped(_read(rows), "not a call sheet: a blank template (no date or time filled in)")


def test_a_template_with_its_date_and_call_filled_in_is_a_call_sheet() -> None:
    # Given the same form with only the day's date and crew call typed in: a day to work
    rows = _lines(
        "CALL SHEET",
        "DATE: 14/04/2026",
        "CREW CALL: 07:00",
        "SET LOCATION: ______________________",
        "NEAREST HOSPITAL: ______________________",
    )
    assert _read(rows)["document_type"] == "call_sheet"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "INVITATION\nSoirée de fin de tournage « Les Marées »\nSamedi 4 juillet 2026 à 20h00\n"
            "Le Comptoir, 12 rue de la Roquette, 75011 Paris\nCocktail, DJ\n"
            "RSVP avant le 30 juin",
            "an invitation",
        ),
        (
            "INVITACIÓN\nFiesta de fin de rodaje\nSábado 4 de julio de 2026, 21:00\n"
            "Sala Equis, Calle del Duque de Alba 4, 28012 Madrid\nBarra libre y DJ\n"
            "Confirma asistencia antes del 30 de junio",
            "an invitation",
        ),
        (
            "WETTERBERICHT Drehort Hamburg Hafen, 18.09.2026\nSonnenaufgang 06:52\n"
            "08:00 12°C Wind NW 20 km/h Regen 40%\n12:00 15°C Wind NW 25 km/h Regen 60%\n"
            "16:00 14°C Wind W 20 km/h Regen 30%\nBewölkung stark, Böen bis 50 km/h",
            "a weather forecast",
        ),
    ],
)
def test_invitations_and_forecasts_in_other_languages_are_other(text: str, kind: str) -> None:
    found = verdict(text, has_schedule_days=False)
    assert (found.kind, found.looks_like) == ("other", kind)


def test_a_minimal_summons_beside_a_forecast_stays_a_call_sheet() -> None:
    # Given a documentary's one-liner call and the weather it expects
    text = (
        "Thursday 20 August 2026\nMeet 0830 at the Esplanade, Castlehill, Edinburgh EH1 2NG\n"
        "Forecast: 06:00 11°C fog; 09:00 13°C low cloud; 12:00 17°C sunny\n"
        "Wind W 11 mph, rain 5%, visibility 20 km"
    )
    assert verdict(text, has_schedule_days=False).kind == "call_sheet"


def test_a_sheet_calling_its_crew_at_a_bare_24_hour_time_is_not_blank() -> None:
    # Given no date and no time with a colon, but a crew call at "0630": a day, to review
    text = (
        "CALL SHEET - LOW TIDE - DAY 3\nUNIT CALL 0630\n"
        "Set: The Old Granary, Welsh Back, Bristol BS1 4SP\n"
        "Nearest Hospital: Bristol Royal Infirmary, Upper Maudlin St, Bristol BS2 8HW"
    )
    assert verdict(text, has_schedule_days=False).kind == "call_sheet"
