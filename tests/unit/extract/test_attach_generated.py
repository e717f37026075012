"""Seeded random sheets: labels, rivals and layouts vary; core fields must be right or reviewed.

Each sheet mixes the crew call, date and set with the values that compete with them on real
sheets (other people's calls, meals, tomorrow's call, the date the sheet was sent or revised),
in random order, in one or two columns, in English or Polish; or a numbered grid with values in
the cell below each label, left-aligned or centred, with a hospital line run under it.
"""

from __future__ import annotations

import functools
import random
from typing import Any

import pytest
from fpdf import FPDF

from pipeline.extract import extract_document
from tests.fixtures import callsheets as C

SAFE = 0.85
CORE = ("call_time", "shooting_date", "location")
EN = {
    "date": ["Date", "Shoot Date", "Shooting Date"],
    "call": ["Crew Call", "General Crew Call", "Unit Call", "General Call", "Crew Call Time"],
    "loc": ["Set Location", "Location", "Shoot Location", "Location 1", "SET #1"],
    "hosp": ["Nearest Hospital", "Hospital", "Nearest A&E"],
    "rivals": ["Production Call: 6:00", "Lunch: 12:30", "Est. Wrap: 18:00", "Breakfast: 6:15",
               "Talent Call: 8:15", "Call (cast): 8:30", "Tomorrow's Crew Call: 6:45",
               "Camera Call: 6:30", "Shooting Call: 8:00"],
    "dates": ["Sent: 14/03/2026", "Issued: 13/03/2026", "Version 2 - 12/03/2026"],
    "call_values": ["7:00 AM", "07:00", "7:00A"],
    "date_values": ["Monday 16 March 2026", "16/03/2026", "March 16, 2026"],
    "address": "52 Grove Rd, London E3 5TB",
    "hospital": "Royal London Hospital, Whitechapel Rd, London E1 1FR",
}  # fmt: skip
PL = {
    "date": ["Data", "Data zdjęć"],
    "call": ["Zbiórka", "Zbiórka ekipy", "Call ekipy", "Godzina zbiórki"],
    "loc": ["Obiekt zdjęciowy", "Lokacja", "Miejsce zdjęć", "Lokacja 1", "Lokalizacja"],
    "hosp": ["Najbliższy szpital", "Szpital"],
    "rivals": ["Zbiórka produkcji: 6:00", "Obiad: 13:00", "Start zdjęć: 8:00",
               "Koniec zdjęć: 18:00", "Śniadanie: 6:15", "Zbiórka obsady: 8:15",
               "Jutro zbiórka: 6:45", "Charakteryzacja: 6:30"],
    "dates": ["Data wysłania: 14.03.2026", "Wersja z dnia 13.03.2026"],
    "call_values": ["7:00", "07:00", "7.00"],
    "date_values": ["16.03.2026", "16 marca 2026", "poniedziałek, 16.03.2026"],
    "address": "ul. Piotrkowska 104, 90-425 Łódź",
    "hospital": "Szpital im. Kopernika, ul. Pabianicka 62, 93-513 Łódź",
}  # fmt: skip


@functools.cache
def _measure() -> FPDF:
    pdf = FPDF(unit="pt")
    pdf.add_page()
    pdf.add_font("DejaVu", "", str(C.DEJAVU))
    return pdf


def _width(text: str, size: float) -> float:
    pdf = _measure()
    pdf.set_font("DejaVu", size=size)
    return pdf.get_string_width(text)


def _label_list(rng: random.Random) -> tuple[list[C.Row], dict[str, str]]:
    v = rng.choice([EN, PL])
    size = rng.choice([8, 9, 10])
    sep = rng.choice([": ", ":  ", " "])
    lines = [
        rng.choice(v["date"]) + sep + rng.choice(v["date_values"]),
        rng.choice(v["call"]) + sep + rng.choice(v["call_values"]),
        rng.choice(v["loc"]) + sep + v["address"],
        rng.choice(v["hosp"]) + sep + v["hospital"],
        *rng.sample(v["rivals"], rng.randint(1, 4)),
        *rng.sample(v["dates"], rng.randint(0, 2)),
    ]
    rng.shuffle(lines)
    right_x = max(320, 60 + max(_width(t, size) for t in lines[::2]))
    two_col = rng.random() < 0.5 and right_x + max(_width(t, size) for t in lines[1::2]) < 600
    rows: list[C.Row] = [(30, 40, "CALL SHEET", 16), (30, 60, "BRICK LANE BLUES", 12)]
    y = 90.0
    for i, text in enumerate(lines):
        x = right_x if two_col and i % 2 else 30
        rows.append((x, y, text, size))
        if not two_col or i % 2:
            y += size + 6
    want = {"call_time": "07:00", "shooting_date": "2026-03-16", "location": v["address"]}
    return rows, want


def _numbered_grid(rng: random.Random) -> tuple[list[C.Row], dict[str, str]]:
    size = rng.choice([8, 9, 10, 11])
    label_size = size - rng.choice([0, 1, 2])
    widest = max(_width(t, size) for t in ("Tuesday, November 3, 2026", "Toronto Western Hospital"))
    col = max(rng.randint(150, 200), widest + 20)  # a grid's cells hold their text
    centred = rng.random() < 0.4
    numbered = rng.random() < 0.5
    case = str.upper if rng.random() < 0.5 else str.title
    rows: list[C.Row] = [(30, 40, "NORTHERN LIGHTS PRODUCTIONS", 16), (30, 58, "CALL SHEET", 10)]

    def cell(x: float, y: float, label: str, values: list[str]) -> None:
        lw = _width(label, label_size)
        rows.append((x, y, label, label_size))
        for k, value in enumerate(values, start=1):
            vx = x + lw / 2 - _width(value, size) / 2 if centred else x
            rows.append((max(vx, 5), y + k * (size + 4), value, size))

    first = [("Production", ["Maple Leaf Yogurt"]), ("Shoot Date", ["Tuesday, November 3, 2026"])]
    first.append(("Crew Call", [rng.choice(["7:00 AM", "07:00", "7:00A"])]))
    second = [
        (rng.choice(["Set Location", "Location", "Shoot Location"]),
         ["Casa Loma", "1 Austin Terrace", "Toronto, ON M5R 1X8"]),
        (rng.choice(["Unit Base / Crew Parking", "Basecamp", "Crew Parking"]),
         ["Green P Lot 215", "20 Spadina Rd", "Toronto, ON M5R 2S7"]),
        (rng.choice(["Nearest Hospital", "Hospital"]),
         ["Toronto Western Hospital", "399 Bathurst St", "Toronto, ON M5T 2S8"]),
    ]  # fmt: skip
    y = 90 + rng.randint(0, 20)
    for n, (label, values) in enumerate(first + second, start=1):
        row, i = divmod(n - 1, 3)
        y_row = y if row == 0 else y + 2 * (size + 4) + 20
        cell(30 + i * col, y_row, f"{n}. {case(label)}" if numbered else case(label), values)
    if rng.random() < 0.5:
        hospital = "Hospital: St Thomas' Hospital, Westminster Bridge Rd, London SE1 7EH"
        rows.append((30, y + 6 * (size + 4) + 20 + rng.randint(3, 12), hospital, size))
    want = {"call_time": "07:00", "shooting_date": "2026-11-03"}
    want["location"] = "1 Austin Terrace, Toronto, ON M5R 1X8"
    return rows, want


def _check(rows: list[C.Row], want: dict[str, str]) -> tuple[list[str], dict[str, Any]]:
    day = extract_document(C.render(rows, unicode_font=True)).to_json()["days"][0]
    return [k for k in CORE if day[k] != want[k]], day


@pytest.mark.skipif(not C.DEJAVU.exists(), reason="needs fonts-dejavu-core")
@pytest.mark.parametrize("build", [_label_list, _numbered_grid])
def test_generated_sheets_are_right_and_confident(build: Any) -> None:
    rng = random.Random(15)
    failures = []
    for n in range(30):
        rows, want = build(rng)
        wrong, day = _check(rows, want)
        if wrong or day["confidence"] < SAFE:
            failures.append((n, wrong, day["confidence"], day["warnings"]))
    assert not failures
