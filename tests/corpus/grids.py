"""Ruled-grid templates: each label sits at the top of its cell and its value below it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.corpus.draw import Canvas
from tests.corpus.formats import add_minutes, date_text, time_text
from tests.corpus.places import PLACES, Place
from tests.corpus.sheet import Sheet, call_sheet, cell, fit

D = dt.date


def _row(
    c: Canvas, x: float, y: float, w: float, h: float, cells: list[tuple[str, list[str]]], **kw: Any
) -> None:
    cw = w / len(cells)
    c.grid(x, y, [cw] * len(cells), [h])
    for k, (label, lines) in enumerate(cells):
        cell(c, x + k * cw, y, cw, label, lines, **kw)


def _scenes(c: Canvas, x: float, y: float, rows: list[str], size: float = 8) -> None:
    c.text(x, y, "SCENES", size + 1, bold=True)
    for k, row in enumerate(rows):
        c.text(x, y + 14 * (k + 1), row, size)


# --- grid_above: generic template with numbered location labels ------------------------------

GRID = [
    dict(
        key="la",
        title="NORTHERN LIGHTS",
        day=D(2026, 3, 4),
        call="06:30",
        family="helvetica",
        page="letter",
        ds="us_long",
        ts="us",
        labels=("1. SET LOCATION", "2. CREW PARKING", "3. NEAREST HOSPITAL"),
        second=None,
        hosp2=None,
    ),
    dict(
        key="berlin",
        title="GLASS HARBOUR",
        day=D(2025, 10, 7),
        call="07:00",
        family="sans",
        page="A4",
        ds="eu_abbrev",
        ts="h24",
        labels=("SET #1", "SET #2", "Hospital #1"),
        second=("Kunsthaus Tacheles", "Auguststr. 24", "10117 Berlin"),
        hosp2=None,
    ),
    dict(
        key="atlanta",
        title="IRON BRIDGE",
        day=D(2026, 5, 21),
        call="05:45",
        family="times",
        page="letter",
        ds="us_numeric",
        ts="us_lower",
        labels=("Location 1", "Location 2", "Hospital #1"),
        second=("Piedmont Park", "1320 Monroe Dr NE", "Atlanta, GA 30306"),
        hosp2=(
            "Hospital #2",
            ["Northside Hospital", "1000 Johnson Ferry Rd NE", "Atlanta, GA 30342"],
        ),
    ),
]


def _grid_above(i: int) -> Sheet:
    g: dict[str, Any] = GRID[i]
    p: Place = PLACES[g["key"]]
    rise, fall = p.sun(g["day"])
    ts = g["ts"]

    def make() -> bytes:
        c = Canvas(g["page"], g["family"])
        x, w = 28 + 4 * i, c.width - 56 - 8 * i
        c.text(x, 46, g["title"], 18 + i, bold=True)
        c.right(x + w, 46, "CALL SHEET", 11, bold=True)
        _row(
            c,
            x,
            60,
            w,
            40,
            [
                ("DATE", [date_text(g["day"], g["ds"])]),
                ("CREW CALL", [time_text(g["call"], ts)]),
                ("SHOOTING CALL", [time_text(add_minutes(g["call"], 60), ts)]),
                ("DAY", [f"{3 + i} of {20 + i}"]),
            ],
            size=10,
        )
        second = g["second"] or (p.base_street, p.base_city)
        cells = [
            (g["labels"][0], [p.name, p.street, p.city]),
            (g["labels"][1], list(second)),
            (g["labels"][2], [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]),
        ]
        if g["hosp2"]:
            cells.append(g["hosp2"])
        _row(c, x, 100, w, 62, cells)
        _row(
            c,
            x,
            162,
            w,
            34,
            [
                ("SUNRISE", [time_text(rise, ts)]),
                ("SUNSET", [time_text(fall, ts)]),
                ("WEATHER", ["Partly cloudy 14°/8°" if g["family"] == "sans" else "Clear, 64F"]),
                ("LUNCH", [time_text(add_minutes(g["call"], 360), ts)]),
            ],
        )
        _scenes(c, x, 220, ["4 INT. KITCHEN - MORNING 1 3/8 1, 2", "7 EXT. STREET DAY 4/8 1"])
        return c.output()

    exp = call_sheet(g["title"], g["day"], g["call"], p)
    return Sheet(
        f"grid_above_{i}", "grid_above", f"labels above values, {g['labels'][0]!r}", make, exp
    )


# --- toronto_commercial: one-page commercial template, numbered labels, Canadian codes ------

TORONTO = [
    dict(
        key="toronto1",
        title="SUNDAY TABLE",
        day=D(2025, 11, 14),
        ds="mon_slash_yy",
        call="07:00",
        family="helvetica",
        client="Maple Leaf Foods",
    ),
    dict(
        key="toronto2",
        title="FIRST FROST",
        day=D(2025, 11, 20),
        ds="us_ordinal",
        call="06:45",
        family="condensed",
        client="Canadian Tire",
    ),
    dict(
        key="toronto3",
        title="NIGHT SHIFT",
        day=D(2026, 1, 9),
        ds="mon_slash_yy",
        call="08:15",
        family="sans",
        client="Tim Hortons",
    ),
]


def _toronto(i: int) -> Sheet:
    g: dict[str, Any] = TORONTO[i]
    p: Place = PLACES[g["key"]]
    rise, fall = p.sun(g["day"])

    def make() -> bytes:
        c = Canvas("letter", g["family"])
        x, w = 24.0, c.width - 48
        c.text(x, 34, "NORTHBOUND PICTURES INC.  |  512 Adelaide St W, Toronto, ON M5V 1T1", 7)
        c.text(x, 62, g["title"], 20, bold=True)
        c.text(x, 78, f"Client: {g['client']}    Job # 25-{114 + i}", 8)
        # the crew call boxed large at the top right, label above
        c.box(x + w - 150, 44, 150, 42)
        c.text(x + w - 144, 55, "CREW CALL", 7, bold=True)
        c.text(x + w - 144, 78, time_text(g["call"], "us_lower"), 18, bold=True)
        _row(
            c,
            x,
            96,
            w,
            36,
            [
                ("SHOOT DATE", [date_text(g["day"], g["ds"])]),
                ("TALENT CALL", [time_text(add_minutes(g["call"], 90), "us_lower")]),
                ("EST. WRAP", [time_text(add_minutes(g["call"], 660), "us_lower")]),
                ("WEATHER", ["-2°C  Light snow" if i == 1 else "4°C  Overcast"]),
            ],
            size=9,
        )
        _row(
            c,
            x,
            132,
            w,
            64,
            [
                ("1. SET LOCATION", [p.name, p.street, p.city]),
                ("2. CREW PARKING", [p.base_street, p.base_city, "Street parking only"]),
                (
                    "3. NEAREST HOSPITAL",
                    [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
                ),
            ],
            size=8,
        )
        _row(
            c,
            x,
            196,
            w,
            30,
            [
                ("SUNRISE", [time_text(rise, "us_lower")]),
                ("SUNSET", [time_text(fall, "us_lower")]),
                ("PRODUCER", ["Dana Whitfield 416-555-0142"]),
                ("DIRECTOR", ["Sam Okafor"]),
            ],
            size=8,
        )
        c.text(x, 250, "SCHEDULE", 9, bold=True)
        c.text(x, 264, f"{time_text(g['call'], 'us_lower')}  Crew call / load in", 8)
        c.text(
            x, 276, f"{time_text(add_minutes(g['call'], 120), 'us_lower')}  Shot 1 - hero table", 8
        )
        return c.output()

    exp = call_sheet(g["title"], g["day"], g["call"], p, hospital=p.hospital)
    return Sheet(
        f"toronto_commercial_{i}",
        "toronto_commercial",
        f"one-page commercial grid, date {g['ds']}",
        make,
        exp,
    )


# --- plain_grid_hospital: DATE | CREW CALL | SET LOCATION, then a 'Hospital:' line below -----

PLAIN = [
    dict(
        key="bow",
        title="BLUE HOUR",
        day=D(2025, 9, 18),
        call="07:30",
        ts="h24",
        ds="uk_plain",
        family="helvetica",
    ),
    dict(
        key="la",
        title="PAPER KITES",
        day=D(2026, 2, 10),
        call="06:00",
        ts="us",
        ds="us_numeric",
        family="times",
    ),
    dict(
        key="berlin",
        title="SALT & PINE",
        day=D(2025, 6, 3),
        call="08:00",
        ts="h24",
        ds="de_dots",
        family="sans",
    ),
]


def _plain(i: int) -> Sheet:
    g: dict[str, Any] = PLAIN[i]
    p: Place = PLACES[g["key"]]
    rise, fall = p.sun(g["day"])

    def make() -> bytes:
        c = Canvas("A4" if p.region != "us" else "letter", g["family"])
        x = 36.0
        widths = [120.0, 80.0, c.width - 72 - 200]
        c.text(x, 50, g["title"], 16, bold=True)
        c.text(
            x,
            66,
            f"Call Sheet  -  Sunrise {time_text(rise, g['ts'])}  Sunset {time_text(fall, g['ts'])}",
            9,
        )
        c.grid(x, 80, widths, [16, 18])
        heads = ["DATE", "CREW CALL", "SET LOCATION"]
        vals = [date_text(g["day"], g["ds"]), time_text(g["call"], g["ts"]), p.address]
        xx = x
        for w, head, val in zip(widths, heads, vals, strict=True):
            c.text(xx + 3, 92, head, 8, bold=True)
            fit(c, xx + 3, 108, val, 9, w - 6)
            xx += w
        # a few millimetres below the grid, left-aligned, running under the location column
        c.text(x, 128, f"Hospital: {p.hospital}, {p.hospital_address}", 9)
        c.text(x, 160, "1 INT. FLAT - LIVING ROOM DAY 1 2/8 1, 2", 9)
        return c.output()

    exp = call_sheet(g["title"], g["day"], g["call"], p)
    return Sheet(
        f"plain_grid_hospital_{i}",
        "plain_grid_hospital",
        "DATE|CREW CALL|SET LOCATION grid, Hospital line below",
        make,
        exp,
    )


def sheets() -> list[Sheet]:
    out = [_grid_above(i) for i in range(len(GRID))]
    out += [_toronto(i) for i in range(len(TORONTO))]
    out += [_plain(i) for i in range(len(PLAIN))]
    return out
