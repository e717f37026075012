"""UK unit call sheets: 'Unit Call', 'Unit Base', 'Nearest A&E', postcodes, 24-hour times."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.corpus.draw import Canvas
from tests.corpus.formats import add_minutes, date_text, time_text
from tests.corpus.places import PLACES, Place
from tests.corpus.sheet import Sheet, call_sheet

D = dt.date

UK = [
    dict(
        key="strand",
        title="THE CROWN JEWELS",
        day=D(2025, 11, 11),
        call="08:00",
        ts="h24",
        ds="uk_long",
        family="helvetica",
        style="list",
        set_label="Location 1",
    ),
    dict(
        key="manchester",
        title="NORTHERN LIGHTS",
        day=D(2026, 2, 17),
        call="07:30",
        ts="military",
        ds="uk_short",
        family="times",
        style="boxed",
        set_label="Main Unit",
    ),
    dict(
        key="bristol",
        title="GLASS HARBOUR",
        day=D(2025, 7, 8),
        call="06:00",
        ts="h24",
        ds="uk_plain",
        family="serif",
        style="blocks",
        set_label="SET",
    ),
]


def _uk(i: int) -> Sheet:
    g: dict[str, Any] = UK[i]
    p: Place = PLACES[g["key"]]
    rise, fall = p.sun(g["day"])
    ts, call = g["ts"], g["call"]

    def t(minutes: int) -> str:
        return time_text(add_minutes(call, minutes), ts)

    def make() -> bytes:
        c = Canvas("A4", g["family"])
        x = 34.0
        c.text(x, 44, g["title"], 18, bold=True)
        c.text(x, 62, f"Call Sheet No. {9 + i}", 10)
        c.right(c.width - 34, 62, f"Day {9 + i} of {40 + i}", 10)
        c.text(x, 82, f"Date: {date_text(g['day'], g['ds'])}", 10)
        if g["style"] == "boxed":
            c.box(c.width - 184, 72, 150, 40)
            c.text(c.width - 176, 86, "UNIT CALL", 8, bold=True)
            c.text(c.width - 176, 105, time_text(call, ts), 16, bold=True)
        y = 104.0
        lines = [
            f"Production Call: {t(-60)}",
            f"Make-up / Costume pre-call: {t(-90)}",
            f"Breakfast: {t(-45)} - {t(-5)} at Unit Base",
        ]
        if g["style"] != "boxed":
            lines.append(f"UNIT CALL: {time_text(call, ts)}")
        lines += [f"Lunch: {t(330)}", f"Est. Wrap: {t(660)}"]
        for text in lines:
            c.text(x, y, text, 10, bold=text.startswith("UNIT"))
            y += 14
        y += 10
        if g["style"] == "blocks":
            for label, value in [
                (g["set_label"], [p.name, p.address]),
                ("Unit Base", [p.base]),
                ("Nearest A&E", [p.hospital, p.hospital_address, p.hospital_phone]),
            ]:
                c.text(x, y, label, 10, bold=True)
                for k, v in enumerate(value):
                    c.text(x + 110, y + 13 * k, v, 10)
                y += 13 * len(value) + 8
        else:
            for text in [
                f"{g['set_label']}: {p.name}, {p.address}",
                f"Unit Base: {p.base}",
                f"Nearest A&E: {p.hospital}, {p.hospital_address}, Tel {p.hospital_phone}",
            ]:
                c.text(x, y, text, 9.5)
                y += 14
        c.text(x, y + 4, f"Sunrise {time_text(rise, ts)}   Sunset {time_text(fall, ts)}", 10)
        c.text(x, y + 34, "SC 41 INT. GALLERY - DAY 2 3/8 1, 3", 10)
        c.text(x, y + 48, "SC 42 EXT. COURTYARD - NIGHT 6/8 2", 10)
        return c.output()

    exp = call_sheet(g["title"], g["day"], call, p)
    return Sheet(
        f"uk_unit_call_{i}", "uk_unit_call", f"UK unit call sheet, {g['style']}", make, exp
    )


def sheets() -> list[Sheet]:
    return [_uk(i) for i in range(len(UK))]
