"""A notice of filming to residents and a fitting, rehearsal or casting schedule are 'other'; a
call sheet that mentions residents or a fitting stays a call sheet; a Georgian shooting-day plan
(Georgian script) is read: its labels, its postcode-and-town line and its dates ("12 მაისი
2026", "2026 წლის 14 ოქტომბრის", dative "14 ოქტომბერს"). Each page is drawn in other wording
than the corpus's sheets (tests/corpus/fresh12.py). Rows are (x, baseline y, text, size) in
points on A4."""

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


# --- notices to residents ------------------------------------------------------------------


def test_a_letter_to_neighbours_whose_contact_line_says_call_and_a_time_is_other() -> None:
    # Given a letter that names the street, the day, the hours and "call ... between 9:00 and
    # 17:00" (a verb, not a crew call)
    rows = _lines(
        "Harbour Light Films",
        "FILMING IN YOUR STREET",
        "Dear Resident,",
        "We are writing to let you know that our crew will be working on Elm Road, Bristol",
        "BS6 6AB on Thursday 4 June 2026 from 7:00 until 20:00 for a short film.",
        "Please do not park in the coned bays outside numbers 2 to 40 from 6:00 that morning.",
        "We apologise for any disruption and will keep noise to a minimum.",
        "If you have any concerns please call Sam Oduya, our location manager, on",
        "07700 900 611 between 9:00 and 17:00.",
        "Kind regards,",
        "Sam Oduya",
    )
    _other(rows, "a notice to residents")


def test_a_german_anwohnerinformation_is_other() -> None:
    # Given a German notice to the neighbours with the day, the hours and the street
    rows = _lines(
        "Spreefilm GmbH · Anwohnerinformation",
        "Liebe Anwohnerinnen und Anwohner,",
        "am Dienstag, 12. Mai 2026, werden wir von 7:00 bis 19:00 Uhr in der",
        "Bergmannstraße 20, 10961 Berlin, Szenen für eine Fernsehserie aufnehmen.",
        "Zwischen Nr. 10 und Nr. 30 gilt ab 5:00 Uhr ein Halteverbot.",
        "Für eventuelle Unannehmlichkeiten bitten wir um Ihr Verständnis.",
        "Bei Fragen erreichen Sie uns unter 030 1234 5678.",
        "Mit freundlichen Grüßen",
        "Ihr Produktionsteam",
    )
    _other(rows)


# --- fitting, rehearsal and casting schedules ---------------------------------------------


def test_a_wardrobe_fitting_list_with_times_first_is_other() -> None:
    # Given each actor's fitting, the time first, and the wardrobe's address
    rows = _lines(
        '"NIGHT FERRY" - WARDROBE FITTINGS',
        "Wardrobe, Studio 3, 12 Mill Lane, Manchester M4 5JW",
        "Wednesday 10 June 2026",
        "09:30 Ana Ruiz (MAYA) - first fit, 4 changes",
        "10:30 Tom Reyes (JONAH) - refit, coat alterations",
        "12:00 Li Wen (DR PARK) - first fit",
        "14:00 Background x 8 - 15 mins each",
        "Wardrobe supervisor: Jo Hale 07700 900 212",
    )
    _other(rows, "a fitting, rehearsal or casting schedule")


def test_a_rehearsal_schedule_is_other() -> None:
    # Given a week of rehearsals at a rehearsal room: a read-through, scene work, a fight
    rows = _lines(
        "NIGHT FERRY - REHEARSAL SCHEDULE",
        "Rehearsal room: St Anne's Hall, 55 Dean St, London W1D 6AF",
        "Mon 8 June 2026 10:00 Read-through, full cast",
        "Tue 9 June 2026 10:00 Sc 4, 7 - Ana, Tom",
        "Tue 9 June 2026 14:00 Fight rehearsal - Tom, stunt coordinator",
        "Wed 10 June 2026 10:00 Dance rehearsal - Ana",
        "Tea and coffee provided.",
    )
    _other(rows, "a fitting, rehearsal or casting schedule")


def test_a_casting_session_schedule_is_other() -> None:
    # Given the actors seen for each role at a casting studio, and the callbacks
    rows = _lines(
        "CASTING SESSIONS - 'Night Ferry'",
        "Casting studio, 4 Poland St, London W1F 8PZ",
        "Thursday 21 May 2026",
        "10:00 Ana Ruiz - MAYA",
        "10:20 Bea Stone - MAYA",
        "10:40 Kit Lowe - JONAH",
        "11:00 Raj Patel - JONAH",
        "Callbacks on Tuesday 26 May 2026. Please learn the scenes sent.",
    )
    _other(rows, "a fitting, rehearsal or casting schedule")


@pytest.mark.parametrize(
    "note",
    [
        ("Costume fitting for Tom 14:00 at wardrobe after wrap.", "Please bring your boots."),
        ("Residents letter delivered to Elm Road.", "Please do not park in residents' bays."),
    ],
)
def test_a_call_sheet_mentioning_a_fitting_or_residents_stays_a_call_sheet(
    note: tuple[str, ...],
) -> None:
    # Given a call sheet whose notes mention a fitting or the neighbours
    rows = _lines(
        "NIGHT FERRY - CALL SHEET",
        "Date: Thursday 4 June 2026",
        "Crew call: 07:00",
        "Location: 22 Elm Road, Bristol BS6 6AB",
        "Nearest hospital: Bristol Royal Infirmary, Upper Maudlin St, Bristol BS2 8HW",
        "Sunrise 04:55  Sunset 21:24",
        *note,
    )
    result = _read(rows)
    assert result["document_type"] == "call_sheet"
    day = result["days"][0]
    assert (day["shooting_date"], day["call_time"]) == ("2026-06-04", "07:00")


# --- Georgian -------------------------------------------------------------------------------


def test_a_georgian_shooting_plan_with_other_labels() -> None:
    # Given a year-first genitive date, a crew call-up under the production office's call,
    # a location heading over a street and a postcode-and-town line, and the nearest clinic
    rows = [
        (40, 40, "მთის სტუდია · გადაღების გეგმა", 9),
        (400, 40, "გადაღების დღე 12 / 40", 9),
        (200, 70, "ბოლო ზამთარი", 16),
        (40, 100, "თარიღი: 2026 წლის 14 ოქტომბერი, ოთხშაბათი", 9),
        (40, 118, "პროდაქშენის შეკრება 05:30", 9),
        (40, 136, "ჯგუფის გამოძახება 06:30", 9),
        (40, 154, "მზის ამოსვლა 07:41   მზის ჩასვლა 18:35", 9),
        (40, 184, "ლოკაცია", 9),
        (40, 198, "ძველი აბანოები", 9),
        (40, 212, "ვაჟა-ფშაველას გამზ. 45", 9),
        (40, 226, "0177 თბილისი", 9),
        (40, 256, "უახლოესი საავადმყოფო", 9),
        (40, 270, "მთაწმინდის კლინიკა, ლერმონტოვის ქ. 3, 0105 თბილისი", 9),
        (40, 300, "ხვალ: ჯგუფის გამოძახება 07:00", 8),
    ]
    result = _read(rows)
    assert result["document_type"] == "call_sheet"
    day = result["days"][0]
    assert (day["shooting_date"], day["call_time"]) == ("2026-10-14", "06:30")
    assert day["location"].startswith("ვაჟა-ფშაველას გამზ. 45")
    assert day["hospital"]["name"].startswith("მთაწმინდის კლინიკა")
    assert (day["sunrise"], day["sunset"]) == ("07:41", "18:35")
    assert day["shooting_day"] == 12


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12 მარტი 2027", "2027-03-12"),
        ("პარასკევი, 12 მარტი 2027", "2027-03-12"),
        ("2026 წლის 14 ოქტომბრის", "2026-10-14"),
        ("ოთხშაბათს, 14 ოქტომბერს 2026 წ.", "2026-10-14"),
        ("3 აგვისტო, 2026", "2026-08-03"),
        ("1 იანვრის 2027", "2027-01-01"),
    ],
)
def test_georgian_dates(text: str, value: str) -> None:
    found = find_dates(text)
    assert [(p.value, p.quality) for p in found] == [(value, 1.0)]


def test_a_georgian_weekday_that_disagrees_lowers_the_date() -> None:
    # 12 March 2027 is a Friday, not a Monday (ორშაბათი)
    (found,) = find_dates("ორშაბათი, 12 მარტი 2027")
    assert found.value == "2027-03-12" and found.quality < 0.85
