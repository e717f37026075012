"""Sheets with traps crews meet: a title line carrying more text, a two-line hospital name,
a sunset printed 'AM' for 'PM', and several sets in one day (the first is the primary one)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.corpus.draw import Canvas
from tests.corpus.formats import add_minutes, date_text, time_text
from tests.corpus.places import PLACES, Place
from tests.corpus.sheet import Sheet, call_sheet

D = dt.date

MESSY = [
    # the title line runs on: "Shoot Day 2 of 3 · Thursday ..."; the sunset reads "8:24 AM"
    dict(
        key="bow",
        title="HARBOUR LIGHTS",
        day=D(2025, 8, 14),
        call="07:00",
        ts="us",
        family="helvetica",
        trail="Shoot Day 2 of 3 · {date}",
        ds="uk_plain",
        hospital2="Emergency Department",
        am_sunset=True,
        sets=[("Warehouse 4", "Fish Island", "London E3 2NJ")],
    ),
    # a night shoot whose title line ends with the call; three sets
    dict(
        key="atlanta",
        title="NIGHT MARKET",
        day=D(2026, 6, 19),
        call="17:30",
        ts="us",
        family="times",
        trail="{call}",
        ds="us_long",
        hospital2="Emergency Room",
        am_sunset=False,
        sets=[
            ("Piedmont Park", "1320 Monroe Dr NE", "Atlanta, GA 30306"),
            ("Krog Street Tunnel", "1 Krog St NE", "Atlanta, GA 30307"),
        ],
    ),
    # 'Day 4/12' and the call on the title line; 12-hour times with the sunset typed AM
    dict(
        key="manchester",
        title="THE QUIET ROOM",
        day=D(2026, 2, 17),
        call="07:00",
        ts="us",
        family="sans",
        trail="Day 4/12 · Call {call}",
        ds="uk_long",
        hospital2="Accident & Emergency",
        am_sunset=True,
        sets=[("Mayfield Depot", "11 Baring St", "Manchester M1 2PY")],
    ),
]


def _messy(i: int) -> Sheet:
    g: dict[str, Any] = MESSY[i]
    p: Place = PLACES[g["key"]]
    rise, fall = p.sun(g["day"])
    ts, call = g["ts"], g["call"]
    printed_sunset = time_text(fall, ts)
    if g["am_sunset"]:
        printed_sunset = printed_sunset.replace("PM", "AM")

    def make() -> bytes:
        c = Canvas("A4" if p.region == "uk" else "letter", g["family"])
        x = 32.0
        width = c.text(x, 46, g["title"], 18, bold=True)
        trail = g["trail"].format(date=date_text(g["day"], g["ds"]), call=time_text(call, ts))
        c.text(x + width + 14, 46, trail, 11)  # same baseline as the title
        c.text(x, 66, f"Date: {date_text(g['day'], g['ds'])}", 10)
        y = 86.0
        for text in [
            f"Crew Call: {time_text(call, ts)}",
            f"Shooting Call: {time_text(add_minutes(call, 60), ts)}",
            f"Meal: {time_text(add_minutes(call, 360), ts)}",
            f"Sunrise: {time_text(rise, ts)}    Sunset: {printed_sunset}",
        ]:
            c.text(x, y, text, 10)
            y += 14
        y += 8
        all_sets = [(p.name, p.street, p.city), *g["sets"]]
        for k, (name, street, city) in enumerate(all_sets, start=1):
            c.text(x, y, f"SET {k}:" if len(all_sets) > 1 else "Set Location:", 10, bold=True)
            c.text(x + 90, y, f"{name}, {street}, {city}", 10)
            y += 14
        c.text(x, y, f"Unit Base: {p.base}", 10)
        y += 22
        c.text(x, y, "Nearest Hospital", 10, bold=True)
        for line in [p.hospital, g["hospital2"], p.hospital_address, p.hospital_phone]:
            y += 13
            c.text(x + 12, y, line, 10)
        c.text(x, y + 34, "SCENES", 10, bold=True)
        c.text(x, y + 50, "31 EXT. MARKET STALLS - NIGHT 2 1/8 1, 2, 6", 9)
        c.text(x, y + 64, "32 INT. VAN - NIGHT 5/8 2", 9)
        return c.output()

    exp = call_sheet(g["title"], g["day"], call, p, sun=(rise, fall))
    traps = ["title carries trailing text", f"two-line hospital ({g['hospital2']})"]
    if g["am_sunset"]:
        traps.append("sunset typed AM")
    if g["sets"] and len(g["sets"]) > 1:
        traps.append(f"{len(g['sets']) + 1} sets")
    return Sheet(f"messy_header_{i}", "messy_header", "; ".join(traps), make, exp)


def sheets() -> list[Sheet]:
    return [_messy(i) for i in range(len(MESSY))]
