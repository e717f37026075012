"""Polish sheets: 'plan zdjęciowy' (typed list) and 'dzienny plan pracy' (ruled grid).

Both print several times (zbiórka produkcji, zbiórka ekipy, obiad, zbiórka jutro) and two
dates (the shooting date and 'Data wysłania', the day it was sent); only the crew call
('Zbiórka ekipy' / 'Zbiórka') and the shooting date are the day's facts.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.corpus.draw import Canvas
from tests.corpus.formats import add_minutes, date_text, pl_weekday, time_text
from tests.corpus.places import PL_TITLES, PLACES, Place
from tests.corpus.sheet import Sheet, call_sheet, cell, fit

D = dt.date

PLAN = [
    dict(
        key="lodz",
        title=PL_TITLES[0],
        day=D(2025, 11, 14),
        call="07:00",
        ds="pl_genitive",
        ts="dot",
        family="sans",
        call_label="Zbiórka ekipy",
    ),
    dict(
        key="warszawa",
        title=PL_TITLES[1],
        day=D(2025, 11, 3),
        call="06:30",
        ds="pl_dots_short",
        ts="h24",
        family="serif",
        call_label="Zbiórka",
    ),
    dict(
        key="krakow",
        title=PL_TITLES[2],
        day=D(2026, 4, 22),
        call="08:00",
        ds="pl_roman",
        ts="dot",
        family="condensed",
        call_label="ZBIÓRKA EKIPY",
    ),
]


def _plan(i: int) -> Sheet:
    g: dict[str, Any] = PLAN[i]
    p: Place = PLACES[g["key"]]
    rise, fall = p.sun(g["day"])
    ts, call = g["ts"], g["call"]
    sent = g["day"] - dt.timedelta(days=1 + i)

    def t(minutes: int) -> str:
        return time_text(add_minutes(call, minutes), ts)

    def make() -> bytes:
        c = Canvas("A4", g["family"])
        x = 36.0
        c.text(x, 44, "PLAN ZDJĘCIOWY", 16, bold=True)
        c.right(c.width - 36, 44, f"Data wysłania: {date_text(sent, 'pl_dots')}", 8)
        c.text(x, 66, f"Tytuł: {g['title']}", 11)
        c.right(c.width - 36, 66, f"Dzień zdjęciowy {4 + i} z {22 + i}", 10)
        c.text(x, 84, f"Data: {pl_weekday(g['day'])}, {date_text(g['day'], g['ds'])}", 10)
        rows = [
            (f"Zbiórka produkcji: {t(-60)}", False),
            (f"{g['call_label']}: {time_text(call, ts)}", True),
            (f"Charakteryzacja / kostiumy: {t(-30)}", False),
            (f"Obiad: {t(360)}", False),
            (f"Planowane zakończenie zdjęć: {t(660)}", False),
        ]
        y = 106.0
        for text, bold in rows:
            c.text(x, y, text, 10.5 if bold else 10, bold=bold)
            y += 14
        y += 8
        for text in [
            f"Miejsce zdjęć: {p.name}, {p.address}",
            f"Baza: {p.base}",
            f"Najbliższy szpital: {p.hospital}, {p.hospital_address}, tel. {p.hospital_phone}",
            f"Wschód słońca: {time_text(rise, ts)}   Zachód słońca: {time_text(fall, ts)}",
        ]:
            fit(c, x, y, text, 10, c.width - 72)
            y += 14
        c.text(x, y + 16, "DRABINKA", 11, bold=True)
        c.text(x, y + 32, "12 WN. MIESZKANIE ANNY DZIEŃ 1 2/8 1, 3", 10)
        c.text(x, y + 46, "13 PL. PODWÓRKO NOC 3/8 1", 10)
        c.text(x, y + 74, f"Zbiórka jutro: {t(60)}", 10, bold=True)
        c.text(x, y + 90, "Kierownik planu: Jan Kowalski, tel. +48 601 234 567", 9)
        return c.output()

    exp = call_sheet(g["title"], g["day"], call, p)
    return Sheet(
        f"polish_plan_{i}", "polish_plan", f"plan zdjęciowy list, date {g['ds']}", make, exp
    )


DPP = [
    dict(
        key="gdansk",
        title=PL_TITLES[3],
        day=D(2025, 11, 14),
        call="07:00",
        ds="pl_roman",
        ts="h24",
        family="sans",
        revision=False,
    ),
    dict(
        key="warszawa",
        title=PL_TITLES[4],
        day=D(2025, 11, 3),
        call="06:00",
        ds="pl_dots_short",
        ts="dot",
        family="condensed",
        revision=True,
    ),
    dict(
        key="lodz",
        title=PL_TITLES[2],
        day=D(2026, 3, 11),
        call="07:30",
        ds="pl_weekday_genitive",
        ts="h24",
        family="serif",
        revision=False,
    ),
]


def _dpp(i: int) -> Sheet:
    g: dict[str, Any] = DPP[i]
    p: Place = PLACES[g["key"]]
    rise, fall = p.sun(g["day"])
    ts, call = g["ts"], g["call"]
    sent = g["day"] - dt.timedelta(days=1)

    def t(minutes: int) -> str:
        return time_text(add_minutes(call, minutes), ts)

    def make() -> bytes:
        c = Canvas("A4", g["family"])
        x, w = 30.0, c.width - 60
        c.text(x, 42, f"DZIENNY PLAN PRACY nr {15 + i}", 14, bold=True)
        c.text(x, 60, g["title"], 18, bold=True)
        if g["revision"]:
            c.right(x + w, 42, "WERSJA 2 - ZMIANA GODZIN", 9, bold=True)
        c.right(x + w, 60, f"Data wysłania: {date_text(sent, 'pl_dots')}, godz. 21:40", 8)
        cw = w / 4
        c.grid(x, 72, [cw] * 4, [38, 62, 34])
        date_value = date_text(g["day"], g["ds"])
        if g["ds"] != "pl_weekday_genitive":
            date_value = f"{pl_weekday(g['day'], short=True)} {date_value}"
        cell(c, x, 72, cw, "DATA ZDJĘĆ", [date_value], size=9.5)
        cell(c, x + cw, 72, cw, "ZBIÓRKA PRODUKCJI", [t(-45)], size=9.5)
        cell(c, x + 2 * cw, 72, cw, "ZBIÓRKA EKIPY", [time_text(call, ts)], size=9.5)
        cell(c, x + 3 * cw, 72, cw, "DZIEŃ ZDJĘCIOWY", [f"{11 + i} / {30 + i}"], size=9.5)
        cell(c, x, 110, cw, "MIEJSCE ZDJĘĆ", [p.name, p.street, p.city], size=8)
        cell(c, x + cw, 110, cw, "BAZA", [p.base_street, p.base_city], size=8)
        cell(
            c,
            x + 2 * cw,
            110,
            cw,
            "SZPITAL",
            [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
            size=7.5,
        )
        cell(c, x + 3 * cw, 110, cw, "POGODA", ["pochmurno, 6°C", "wiatr 12 km/h"], size=8)
        cell(c, x, 172, cw, "WSCHÓD SŁOŃCA", [time_text(rise, ts)], size=9)
        cell(c, x + cw, 172, cw, "ZACHÓD SŁOŃCA", [time_text(fall, ts)], size=9)
        cell(c, x + 2 * cw, 172, cw, "OBIAD", [t(330)], size=9)
        cell(c, x + 3 * cw, 172, cw, "ZBIÓRKA JUTRO", [t(60)], size=9)
        c.text(x, 232, "SCENY", 10, bold=True)
        c.text(x, 248, "21 WN. BIURO REDAKCJI DZIEŃ 1 5/8 2, 4", 9)
        c.text(x, 262, "23 PL. ULICA NOC 4/8 2", 9)
        return c.output()

    exp = call_sheet(g["title"], g["day"], call, p)
    layout = "dzienny plan pracy grid" + (", revision" if g["revision"] else "")
    return Sheet(f"polish_dpp_{i}", "polish_dpp", layout, make, exp)


def sheets() -> list[Sheet]:
    return [_plan(i) for i in range(len(PLAN))] + [_dpp(i) for i in range(len(DPP))]
