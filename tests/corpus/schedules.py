"""One-liners (multi-day shooting schedules): scene strips grouped by day breaks."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.corpus.draw import Canvas
from tests.corpus.formats import date_text, ordinal, pl_weekday, time_text
from tests.corpus.sheet import Sheet

D = dt.date
SCENES = [
    ("INT.", "KITCHEN", "DAY", "1 2/8", "1, 2"),
    ("EXT.", "HARBOUR WALL", "NIGHT", "4/8", "1"),
    ("INT.", "FERRY CABIN", "DAY", "2 1/8", "2, 3"),
    ("EXT.", "CAR PARK", "DUSK", "3/8", "4"),
    ("INT.", "POLICE STATION", "DAY", "1 5/8", "1, 3, 5"),
]
PL_SCENES = [
    ("WN.", "MIESZKANIE ANNY", "DZIEŃ", "1 2/8", "1, 2"),
    ("PL.", "PODWÓRKO", "NOC", "4/8", "1"),
    ("WN.", "TRAMWAJ", "DZIEŃ", "2/8", "3"),
]

ONE = [
    dict(
        title="SALT & PINE",
        start=D(2026, 3, 16),
        n=3,
        style="end_of_day",
        family="helvetica",
        calls=[None, "06:00", None],
    ),
    dict(
        title="IRON BRIDGE",
        start=D(2025, 11, 4),
        n=4,
        style="movie_magic",
        family="courier",
        calls=[None, None, None, None],
    ),
    dict(
        title="Cicha Noc",
        start=D(2025, 11, 17),
        n=3,
        style="polish",
        family="sans",
        calls=[None, None, None],
    ),
    dict(
        title="THE LONG ACRE",
        start=D(2026, 5, 5),
        n=3,
        style="uk_header",
        family="times",
        calls=["08:00", "07:00", "08:00"],
    ),
]


def _one_liner(i: int) -> Sheet:
    g: dict[str, Any] = ONE[i]
    days = [g["start"] + dt.timedelta(days=k) for k in range(g["n"])]

    def make() -> bytes:
        c = Canvas("letter", g["family"])
        heading = "HARMONOGRAM ZDJĘĆ" if g["style"] == "polish" else "ONE-LINE SCHEDULE"
        c.text(40, 40, g["title"], 16, bold=True)
        c.text(40, 58, heading, 10)
        y, sc = 86.0, 1
        scenes = PL_SCENES if g["style"] == "polish" else SCENES
        for k, day in enumerate(days):
            call = g["calls"][k]
            if g["style"] == "uk_header":
                c.text(
                    40,
                    y,
                    f"DAY {k + 1} - {day:%A} {ordinal(day.day)} {day:%B %Y} - "
                    f"Unit Call {time_text(call, 'h24')}",
                    10,
                    bold=True,
                )
                y += 16
            elif call:
                c.text(200, y, f"Crew Call: {time_text(call, 'us')}", 10)
                y += 16
            for _ in range(2 if k % 2 else 3):
                ie, where, dn, pages, cast = scenes[sc % len(scenes)]
                c.text(40, y, f"{sc} {ie} {where} {dn} {pages} pgs. {cast}", 9)
                y += 15
                sc += 1
            if g["style"] == "end_of_day":
                c.text(
                    120,
                    y,
                    f"--- END OF DAY {k + 1} -- {date_text(day, 'us_long')} -- 3 pgs. ---",
                    10,
                )
            elif g["style"] == "movie_magic":
                c.text(
                    40,
                    y,
                    f"End Day # {k + 1} {date_text(day, 'us_long')} -- Total Pages: {3 + k} 2/8",
                    9,
                    bold=True,
                )
            elif g["style"] == "polish":
                c.text(
                    40,
                    y,
                    f"KONIEC DNIA ZDJĘCIOWEGO {k + 1} - {pl_weekday(day)}, "
                    f"{date_text(day, 'pl_genitive')} - 3 2/8 str.",
                    9,
                    bold=True,
                )
            y += 26
        return c.output()

    exp = {
        "document_type": "shooting_schedule",
        "production": g["title"],
        "days": [
            {"shooting_date": d.isoformat(), "call_time": call}
            for d, call in zip(days, g["calls"], strict=True)
        ],
    }
    return Sheet(f"one_liner_{i}", "one_liner", f"one-liner, {g['style']}", make, exp)


def sheets() -> list[Sheet]:
    return [_one_liner(i) for i in range(len(ONE))]
