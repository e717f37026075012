# ruff: noqa: RUF001  (an en dash between two times: the character is meant)
"""Belgian bilingual call boxes the reader misread (reader59), drawn on small pages of their
own: a general-call label with its time set large beneath it, and beside it, in smaller type,
another caption's time ('Téléphérique / Kabelbaan 6h40'), which is not the call; and the sun's
word alone before the day's span of light ('Soleil / Zon 7h26 - 17h22'). Rows are (x, baseline
y, text, size) in points."""

from __future__ import annotations

import pytest

from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

SURE = 0.85


def _box(call_label: str, caption: str, early: str, call: str, sun: str) -> dict:
    rows: list[Row] = [
        (40, 40, "Studio Escaut sprl  -  CALL SHEET / FEUILLE DE SERVICE", 12),
        (40, 66, "Les Quais Gris", 16),
        (400, 66, "12.11.2026", 9),
        (40, 92, "Client / Klant   Maison Dufresne", 8),
        (46, 130, call_label, 8.5),
        (266, 130, caption, 7),
        (358, 130, early, 8),
        (412, 130, "1er plan / 1e shot", 7),
        (504, 130, "9h15", 8),
        (266, 142, "Lunch", 7),
        (358, 142, "13h30", 8),
        (46, 160, call, 22),
        (266, 156, sun, 7),
        (40, 196, "LIEU / LOCATIE", 7.5),
        (48, 210, "Hangar 26, Quai des Péniches 26, 1000 Bruxelles", 9),
    ]
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize(
    ("call_label", "caption", "early", "call", "expected"),
    [
        ("CONVOCATION / ALGEMENE CALL", "Navette / Shuttle", "6h50", "7h30", "07:30"),
        ("CALL PLOEG / CONVOCATION", "Laden / Chargement", "6u15", "8u00", "08:00"),
        ("CREW CALL / APPEL ÉQUIPE", "Grip prep", "6:00", "7:00", "07:00"),
    ],
)
def test_the_large_time_beneath_the_call_label_is_the_call(
    call_label: str, caption: str, early: str, call: str, expected: str
) -> None:
    day = _box(call_label, caption, early, call, "Soleil / Zon 7h40 - 17h05")
    assert day["call_time"] == expected
    assert day["field_confidence"]["call_time"] >= SURE


def test_a_time_in_the_labels_own_type_stays_the_call() -> None:
    """Negative: the time beside the label in the label's own size is its value."""
    rows: list[Row] = [
        (40, 40, "Studio Escaut sprl  -  CALL SHEET", 12),
        (40, 66, "Les Quais Gris", 16),
        (400, 66, "12.11.2026", 9),
        (46, 130, "CREW CALL / APPEL ÉQUIPE 6h45", 8.5),
        (46, 160, "Voir planning", 12),
        (40, 196, "LIEU / LOCATIE", 7.5),
        (48, 210, "Hangar 26, Quai des Péniches 26, 1000 Bruxelles", 9),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["call_time"] == "06:45"


@pytest.mark.parametrize(
    ("sun", "rise", "fall"),
    [
        ("Zon / Soleil 8u24 - 18u41", "08:24", "18:41"),
        ("Sun 6:12 - 19:40", "06:12", "19:40"),
        ("Sole / Sun 7.05 – 17.10", "07:05", "17:10"),
    ],
)
def test_the_suns_word_before_a_span_gives_rise_and_set(sun: str, rise: str, fall: str) -> None:
    day = _box("CONVOCATION / ALGEMENE CALL", "Navette / Shuttle", "6h50", "7h30", sun)
    assert (day["sunrise"], day["sunset"]) == (rise, fall)


@pytest.mark.parametrize(
    "line", ["Sun 9:00 - 13:00", "Soleil / Zon 13h00 - 18h00", "Sunday 7:00 - 19:00"]
)
def test_a_span_of_work_hours_is_not_the_sun(line: str) -> None:
    """Negatives: not a morning and an evening, or not the sun's word."""
    day = _box("CONVOCATION / ALGEMENE CALL", "Navette / Shuttle", "6h50", "7h30", line)
    assert day["sunrise"] is None
    assert day["sunset"] is None
