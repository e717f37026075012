"""Two-column sheets (columns share baselines) and spreadsheet exports (label cell, value cell)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from tests.corpus.draw import Canvas
from tests.corpus.formats import add_minutes, date_text, time_text
from tests.corpus.places import PLACES, Place
from tests.corpus.sheet import Sheet, call_sheet, fit

D = dt.date

# --- two_column: left and right columns interleave on the same baselines ----------------------

TWO = [
    dict(
        key="manchester",
        title="THE QUIET ROOM",
        day=D(2025, 10, 21),
        call="08:00",
        ts="h24",
        ds="uk_long",
        family="helvetica",
        swap=False,
        call_label="Unit Call",
    ),
    dict(
        key="vancouver",
        title="MIDNIGHT FERRY",
        day=D(2026, 4, 16),
        call="06:30",
        ts="us_lower",
        ds="us_long",
        family="times",
        swap=True,
        call_label="General Crew Call",
    ),
    dict(
        key="paris",
        title="WINTER ORCHARD",
        day=D(2025, 12, 2),
        call="07:30",
        ts="h",
        ds="eu_abbrev",
        family="sans",
        swap=False,
        call_label="Crew Call",
    ),
]


def _two_column(i: int) -> Sheet:
    g: dict[str, Any] = TWO[i]
    p: Place = PLACES[g["key"]]
    rise, fall = p.sun(g["day"])
    ts = g["ts"]

    def make() -> bytes:
        c = Canvas("A4" if p.region in ("uk", "eu") else "letter", g["family"])
        c.text(30, 42, g["title"], 17, bold=True)
        c.text(30, 60, "CALL SHEET", 10)
        c.right(c.width - 30, 60, f"Day {6 + i} of {28 + i}", 10)
        times = [
            f"Date: {date_text(g['day'], g['ds'])}",
            f"Production Call: {time_text(add_minutes(g['call'], -45), ts)}",
            f"{g['call_label']}: {time_text(g['call'], ts)}",
            f"Shooting Call: {time_text(add_minutes(g['call'], 60), ts)}",
            f"Lunch: {time_text(add_minutes(g['call'], 330), ts)}",
            f"Sunrise: {time_text(rise, ts)}",
            f"Sunset: {time_text(fall, ts)}",
        ]
        places = [
            "Set Location",
            p.name,
            p.address,
            "",
            "Nearest Hospital",
            p.hospital,
            p.hospital_address,
            p.hospital_phone,
            f"Crew Parking: {p.base}",
        ]
        left, right = (places, times) if g["swap"] else (times, places)
        xl, xr = 30.0, c.width / 2 + 10
        for k in range(max(len(left), len(right))):
            y = 92 + 14 * k
            if k < len(left) and left[k]:
                fit(c, xl, y, left[k], 9, xr - xl - 12)
            if k < len(right) and right[k]:
                fit(c, xr, y, right[k], 9, c.width - 30 - xr)
        c.text(30, 250, "SCENES", 10, bold=True)
        c.text(30, 266, "22 INT. HOTEL LOBBY - NIGHT 1 4/8 1, 4", 9)
        return c.output()

    exp = call_sheet(g["title"], g["day"], g["call"], p)
    return Sheet(
        f"two_column_{i}",
        "two_column",
        "left/right columns interleaved" + (" (places left)" if g["swap"] else ""),
        make,
        exp,
    )


# --- spreadsheet exports: label cell then value cell, a ruled grid ---------------------------

SHEETS = [
    dict(
        key="brooklyn",
        title="LAST TRAIN HOME",
        day=D(2025, 9, 9),
        call="07:00",
        ts="us",
        ds="us_short",
        family="helvetica",
        seed=1,
    ),
    dict(
        key="amsterdam",
        title="CANAL STREET",
        day=D(2026, 6, 12),
        call="06:00",
        ts="h24",
        ds="eu_abbrev",
        family="sans",
        seed=2,
    ),
    dict(
        key="bristol",
        title="THE LONG ACRE",
        day=D(2025, 11, 4),
        call="07:45",
        ts="h24",
        ds="uk_short",
        family="helvetica",
        seed=3,
    ),
    dict(
        key="la",
        title="SUNSET STRIP",
        day=D(2026, 1, 27),
        call="06:15",
        ts="us",
        ds="us_numeric",
        family="helvetica",
        seed=4,
    ),
    dict(
        key="prague",
        title="GOLDEN LANE",
        day=D(2025, 10, 15),
        call="07:00",
        ts="h24",
        ds="eu_abbrev",
        family="sans",
        seed=5,
    ),
    dict(
        key="strand",
        title="IRON BRIDGE",
        day=D(2026, 3, 24),
        call="08:00",
        ts="h24",
        ds="uk_long",
        family="helvetica",
        seed=6,
    ),
]


def _spreadsheet(i: int, letters: bool) -> Sheet:
    g: dict[str, Any] = SHEETS[i + (3 if letters else 0)]
    p: Place = PLACES[g["key"]]
    rise, fall = p.sun(g["day"])
    ts = g["ts"]
    rows = [
        ("DATE", date_text(g["day"], g["ds"]), "SHOOT DAY", f"{2 + i} of 5"),
        (
            "CREW CALL",
            time_text(g["call"], ts),
            "SHOOTING CALL",
            time_text(add_minutes(g["call"], 60), ts),
        ),
        ("LOCATION", p.name, "ADDRESS", p.address),
        ("PARKING", p.base, "HOSPITAL", p.hospital),
        (
            "BREAKFAST",
            time_text(add_minutes(g["call"], -30), ts),
            "HOSPITAL ADDRESS",
            p.hospital_address,
        ),
        ("SUNRISE", time_text(rise, ts), "SUNSET", time_text(fall, ts)),
        (
            "LUNCH",
            time_text(add_minutes(g["call"], 360), ts),
            "EST. WRAP",
            time_text(add_minutes(g["call"], 660), ts),
        ),
    ]

    def make() -> bytes:
        c = Canvas("letter", g["family"])
        rng = random.Random(g["seed"])
        widths = [78.0, 170.0, 92.0, 212.0]
        x0, y0, h = 30.0, 70.0, 17.0
        draw = (
            (lambda x, y, t, s: c.letters(x, y, t, s, rng, split=0.3 - 0.06 * i))
            if letters
            else (lambda x, y, t, s: c.text(x, y, t, s))
        )
        draw(x0 + 2, 50, g["title"], 16)
        draw(x0 + sum(widths[:3]) + 2, 50, "CALL SHEET", 12)
        c.grid(x0, y0, widths, [h] * len(rows))
        for r, row in enumerate(rows):
            xx = x0
            for w, text in zip(widths, row, strict=True):
                size = 7.5
                c._font(text, size, False, None)
                while c.pdf.get_string_width(text) * (1.4 if letters else 1) > w - 5:
                    size -= 0.5
                    c._font(text, size, False, None)
                draw(xx + 2.5, y0 + r * h + 12, text, size)
                xx += w
        draw(x0 + 2, y0 + len(rows) * h + 30, "SC 12  EXT. PARK - DAY  1 2/8  CAST 1, 2", 8)
        return c.output()

    exp = call_sheet(g["title"], g["day"], g["call"], p)
    family = "spreadsheet_letters" if letters else "spreadsheet"
    layout = "spreadsheet export, glyphs drawn one by one" if letters else "spreadsheet export"
    return Sheet(f"{family}_{i}", family, layout, make, exp)


def sheets() -> list[Sheet]:
    out = [_two_column(i) for i in range(len(TWO))]
    out += [_spreadsheet(i, letters=False) for i in range(3)]
    out += [_spreadsheet(i, letters=True) for i in range(3)]
    return out
