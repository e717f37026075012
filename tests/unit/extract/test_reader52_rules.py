"""Rules the fresh38 misses taught (reader52), drawn on small pages of their own in other
wordings: a call label given a second name across a slash ('Crew call / on set: 7:00',
'Zbiórka ekipy / wejście na plan: 7:00') owns the time after its colon; a minor injuries
unit's own line listed under 'NEAREST A&E / MINOR INJURIES' is not the hospital. Rows are
(x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

SURE = 0.85


def _lines(*texts: str, top: float = 40, step: float = 14) -> list[Row]:
    return [(40, top + step * n, t, 9) for n, t in enumerate(texts)]


def _pl_plan(*hours: str) -> dict:
    rows = _lines(
        "PLAN ZDJĘCIOWY",
        "Tytuł: „Zimna Woda”",
        "Data zdjęć: wtorek, 3 listopada 2026 r.",
        "GODZINY",
        *hours,
        "MIEJSCE ZDJĘĆ",
        "Hala Koszyki",
        "ul. Koszykowa 63, 00-667 Warszawa",
    )
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize(
    ("hours", "call"),
    [
        (
            ["\u2013 Zbiórka produkcji: 5:30", "\u2013 Zbiórka ekipy / wejście na plan: 6:45"],
            "06:45",
        ),
        (["Zbiórka ekipy / plan: 9.00", "Obiad: 14.00"], "09:00"),
        (["Crew call / on set: 7:15", "Lunch: 12:30"], "07:15"),
        (["Unit call / on location: 0800", "Wrap: 1900"], "08:00"),
    ],
)
def test_a_call_label_with_a_second_name_across_a_slash_owns_the_time(
    hours: list[str], call: str
) -> None:
    day = _pl_plan(*hours)
    assert day["call_time"] == call
    assert day["field_confidence"]["call_time"] >= SURE


@pytest.mark.parametrize(
    "hours",
    [
        ["Crew call / Lunch: 12:30"],  # another time's label across the slash
        ["Zbiórka ekipy / Obiad: 13:00"],
        ["Crew call / 2nd unit: 9:00"],  # a digit: no second name of the call
    ],
)
def test_a_slash_to_another_times_label_gives_no_call(hours: list[str]) -> None:
    day = _pl_plan(*hours)
    assert day["call_time"] is None or day["field_confidence"]["call_time"] < SURE


def _uk_medical(*lines: str) -> dict:
    rows = [
        *_lines(
            "THE GLASS HOUSE",
            "CALL SHEET No. 3",
            "Wednesday 14th October 2026",
            "UNIT CALL 08:00",
            "LOCATION: Saltaire Village Hall, Victoria Road, Shipley BD18 3LA",
        ),
        (40, 130, "NEAREST A&E / MINOR INJURIES", 9),
        *[(40, 144 + 12 * n, t, 9) for n, t in enumerate(lines)],
    ]
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (
            [
                "Minor injuries: Skipton General, Keighley Rd (08:00-20:00)",
                "Airedale General Hospital",
                "Skipton Road, Steeton BD20 6TD",
            ],
            "Airedale General Hospital",
        ),
        (
            [
                "Walk-in centre: Hillside Clinic, Mill Lane (9-5)",
                "Leeds General Infirmary",
                "Great George Street, Leeds LS1 3EX",
            ],
            "Leeds General Infirmary",
        ),
        (
            [
                "MIU - Eccleshill Treatment Centre",
                "Calderdale Royal Hospital",
                "Salterhebble Hill, Halifax HX3 0PW",
            ],
            "Calderdale Royal Hospital",
        ),
    ],
)
def test_a_minor_injuries_line_is_not_the_hospital(lines: list[str], name: str) -> None:
    day = _uk_medical(*lines)
    assert day["hospital"]["name"] == name


def test_a_hospital_alone_under_the_heading_is_read() -> None:
    """Negative: no unit for small injuries listed, the first line is the hospital's."""
    day = _uk_medical("Airedale General Hospital", "Skipton Road, Steeton BD20 6TD")
    assert day["hospital"]["name"] == "Airedale General Hospital"


def test_a_label_gloss_of_minor_injuries_is_no_name() -> None:
    from pipeline.extract.reader.label_gloss import hospital_label_words

    assert hospital_label_words("MINOR INJURIES")
    assert hospital_label_words("Minor Injuries Unit")
    assert not hospital_label_words("St Luke's Hospital")


_WEEK = "Mon 3/2   Tue 3/3   Wed 3/4   Thu 3/5   Fri 3/6   Sat 3/7   Sun 3/8"


@pytest.mark.parametrize(
    "lines",
    [
        [
            "THE NOWAK HOUSE CALL SHEET  week of 2 March",
            _WEEK,
            "UP 7:00a 7:00a 7:00a 7:00a 7:00a lie-in lie-in",
            "Swim lesson 5p (Tue), dentist Thu 4:15p, Kai's snack duty Sat",
            "Crew call 9a Saturday: Riverside pitch 2, 40 Mill Rd",
        ],
        [
            "Family call sheet - Week 10",
            "MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY",
            "Piano lesson 4pm, football practice 6pm, sleep in Sunday",
            "Call time 8:30 at the club: 12 Park Lane",
        ],
    ],
)
def test_a_households_week_is_other_whatever_its_title(lines: list[str]) -> None:
    from pipeline.extract.reader.classify import document_type

    assert document_type("\n".join(lines), False) == "other"


def test_a_shoot_week_with_one_household_word_stays_a_call_sheet() -> None:
    """Negative: a call sheet with a week strip and one family word (a scene's 'dentist')."""
    from pipeline.extract.reader.classify import document_type

    lines = [
        "CALL SHEET - DAY 4 OF 20",
        "Mon 3/2   Tue 3/3   Wed 3/4   Thu 3/5   Fri 3/6   Sat 3/7   Sun 3/8",
        "Date: Wednesday 4 March 2026",
        "Crew call: 07:00   Lunch 13:00   Wrap 19:00",
        "Location: Elm Street Dental, 14 Elm St, Leeds LS2 8AB (the dentist's waiting room)",
        "Nearest hospital: Leeds General Infirmary, Great George St, Leeds LS1 3EX",
    ]
    assert document_type("\n".join(lines), False) == "call_sheet"
