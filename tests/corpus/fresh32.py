"""Thirty-third held-out set: the issue's hard kinds from fifth makers not yet in the corpus
(`fresh32_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh32"). One-page commercial call sheets from a Canadian production company
template (Kamloops, Guelph, Red Deer: numbered labels "1. DATE", "4. SET LOCATION", each value in
the grid cell below its label, dates "Dec 4/26" / "Thu Dec 4/26"), Polish "dzienny plan pracy" /
"plan zdjęciowy" sheets from a Koszalin / Elbląg / Siedlce production house (production call,
crew "zbiórka", "obiad", tomorrow's call, a "wysłano" date before the shooting date; genitive or
Roman-numeral months), UK plain grids (DATE | CREW CALL | SET LOCATION) with a "Hospital: ..."
line under the grid, its name sometimes on two lines (Wolverhampton, Harrogate, Middlesbrough),
Australian spreadsheet exports with labels in one column and values in the next, some letter-
spaced (Bunbury, Rockhampton, Albury), US indie feature sheets whose title line carries "Shoot
Day 2 of 3 · Thursday" and whose hospital block wraps the name (Syracuse, Scranton, Grand Rapids;
one prints sunset with an AM typo), and short English advance one-liners from Aalborg, Uppsala
and Athlone ("Call 0730 @ ...", "7.30", "07h30", "7:30a"). Three near misses (a family week
planner titled "callsheet", a production budget top sheet of two pages, a post-production
delivery schedule) must read as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one
a family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
import random
from functools import partial
from typing import Any

from tests.corpus.draw import Canvas, black, centre, grey
from tests.corpus.formats import PL_GENITIVE, ROMAN, add_minutes, ordinal, pl_weekday
from tests.corpus.fresh_common import (
    clock,
    date_or,
    expect,
    fill,
    head_table,
    paragraph,
    sheet_maker,
    time_or,
)
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # (1) Canadian numbered grids: Kamloops, Guelph, Red Deer
    "kamloopsmuseum": _p(
        "ca",
        "Kamloops Museum & Archives",
        "207 Seymour St",
        "Kamloops, BC V2C 2E7",
        50.6787,
        -120.3380,
        "America/Vancouver",
        "Royal Inland Hospital",
        "311 Columbia St",
        "Kamloops, BC V2C 2T1",
        "(250) 374-5111",
        "Riverside Park lot, Lorne St",
        "Kamloops, BC V2C 1W3",
    ),
    "guelphmuseum": _p(
        "ca",
        "Guelph Civic Museum",
        "52 Norfolk St",
        "Guelph, ON N1H 4H8",
        43.5460,
        -80.2515,
        "America/Toronto",
        "Guelph General Hospital",
        "115 Delhi St",
        "Guelph, ON N1E 4J4",
        "(519) 822-5350",
        "Baker St municipal lot",
        "Guelph, ON N1H 4G1",
    ),
    "reddeermuseum": _p(
        "ca",
        "Red Deer Museum + Art Gallery",
        "4525 47A Ave",
        "Red Deer, AB T4N 6Z6",
        52.2675,
        -113.8115,
        "America/Edmonton",
        "Red Deer Regional Hospital Centre",
        "3942 50A Ave",
        "Red Deer, AB T4N 4E7",
        "(403) 343-4422",
        "Recreation Centre lot, 4501 47A Ave",
        "Red Deer, AB T4N 6Z6",
    ),
    # (2) Polish plans: Koszalin, Elbląg, Siedlce
    "muzeumkoszalin": _p(
        "pl",
        "Muzeum w Koszalinie",
        "ul. Młyńska 37-39",
        "75-420 Koszalin",
        54.1892,
        16.1789,
        "Europe/Warsaw",
        "Szpital Wojewódzki im. Mikołaja Kopernika",
        "ul. T. Chałubińskiego 7",
        "75-581 Koszalin",
        "+48 94 348 80 00",
        "parking przy ul. Młyńskiej",
        "75-420 Koszalin",
    ),
    "muzeumelblag": _p(
        "pl",
        "Muzeum Archeologiczno-Historyczne w Elblągu",
        "Bulwar Zygmunta Augusta 11",
        "82-300 Elbląg",
        54.1561,
        19.3967,
        "Europe/Warsaw",
        "Wojewódzki Szpital Zespolony w Elblągu",
        "ul. Królewiecka 146",
        "82-300 Elbląg",
        "+48 55 239 56 00",
        "parking przy ul. Wodnej",
        "82-300 Elbląg",
    ),
    "ratuszsiedlce": _p(
        "pl",
        "Ratusz Jacek - Muzeum Regionalne",
        "ul. Józefa Piłsudskiego 1",
        "08-110 Siedlce",
        52.1676,
        22.2900,
        "Europe/Warsaw",
        "Mazowiecki Szpital Wojewódzki im. św. Jana Pawła II",
        "ul. Poniatowskiego 26",
        "08-110 Siedlce",
        "+48 25 640 33 00",
        "parking przy ul. Floriańskiej",
        "08-110 Siedlce",
    ),
    # (3) UK plain grids: Wolverhampton, Harrogate, Middlesbrough
    "wolvesgallery": _p(
        "uk",
        "Wolverhampton Art Gallery",
        "Lichfield St",
        "Wolverhampton WV1 1DU",
        52.5866,
        -2.1264,
        "Europe/London",
        "New Cross Hospital",
        "Wolverhampton Rd",
        "Wolverhampton WV10 0QP",
        "01902 307999",
        "Civic Centre car park, St Peter's Square",
        "Wolverhampton WV1 1SH",
    ),
    "pumproom": _p(
        "uk",
        "Royal Pump Room Museum",
        "Crown Place",
        "Harrogate HG1 2RY",
        53.9935,
        -1.5440,
        "Europe/London",
        "Harrogate District Hospital",
        "Lancaster Park Rd",
        "Harrogate HG2 7SX",
        "01423 885959",
        "Jubilee car park, Union St",
        "Harrogate HG1 1BS",
    ),
    "mima": _p(
        "uk",
        "Middlesbrough Institute of Modern Art",
        "Centre Square",
        "Middlesbrough TS1 2AZ",
        54.5745,
        -1.2350,
        "Europe/London",
        "The James Cook University Hospital",
        "Marton Rd",
        "Middlesbrough TS4 3BW",
        "01642 850850",
        "Town Hall car park, Albert Rd",
        "Middlesbrough TS1 2QJ",
    ),
    # (4) Australian spreadsheet exports: Bunbury, Rockhampton, Albury
    "bunburygallery": _p(
        "au",
        "Bunbury Regional Art Gallery",
        "64 Wittenoom St",
        "Bunbury WA 6230",
        -33.3271,
        115.6370,
        "Australia/Perth",
        "Bunbury Hospital",
        "Bussell Hwy",
        "Bunbury WA 6230",
        "(08) 9722 1000",
        "Stirling St car park",
        "Bunbury WA 6230",
    ),
    "rockyart": _p(
        "au",
        "Rockhampton Museum of Art",
        "220 Quay St",
        "Rockhampton City QLD 4700",
        -23.3790,
        150.5120,
        "Australia/Brisbane",
        "Rockhampton Hospital",
        "Canning St",
        "The Range QLD 4700",
        "(07) 4920 6211",
        "Quay Lane car park",
        "Rockhampton City QLD 4700",
    ),
    "alburylibrary": _p(
        "au",
        "Albury LibraryMuseum",
        "553 Kiewa St",
        "Albury NSW 2640",
        -36.0800,
        146.9160,
        "Australia/Sydney",
        "Albury Wodonga Health - Albury Campus",
        "201 Borella Rd",
        "East Albury NSW 2640",
        "(02) 6058 4444",
        "QEII Square car park, Dean St",
        "Albury NSW 2640",
    ),
    # (5) US indie features: Syracuse, Scranton, Grand Rapids
    "landmarksyr": _p(
        "us",
        "Landmark Theatre",
        "362 S Salina St",
        "Syracuse, NY 13202",
        43.0470,
        -76.1517,
        "America/New_York",
        "Upstate University Hospital",
        "750 E Adams St",
        "Syracuse, NY 13210",
        "(315) 464-5611",
        "Warren St garage, 333 S Warren St",
        "Syracuse, NY 13202",
    ),
    "steamtown": _p(
        "us",
        "Steamtown National Historic Site",
        "350 Cliff St",
        "Scranton, PA 18503",
        41.4075,
        -75.6710,
        "America/New_York",
        "Geisinger Community Medical Center",
        "1800 Mulberry St",
        "Scranton, PA 18510",
        "(570) 703-8000",
        "Lackawanna Ave lot",
        "Scranton, PA 18503",
    ),
    "grpm": _p(
        "us",
        "Grand Rapids Public Museum",
        "272 Pearl St NW",
        "Grand Rapids, MI 49504",
        42.9654,
        -85.6770,
        "America/Detroit",
        "Corewell Health Butterworth Hospital",
        "100 Michigan St NE",
        "Grand Rapids, MI 49503",
        "(616) 391-1774",
        "Government Center ramp, 303 Monroe Ave NW",
        "Grand Rapids, MI 49503",
    ),
    # (6) Nordic / Irish one-liners: Aalborg, Uppsala, Athlone
    "utzon": _p(
        "eu",
        "Utzon Center",
        "Slotspladsen 4",
        "9000 Aalborg",
        57.0495,
        9.9267,
        "Europe/Copenhagen",
        "Aalborg University Hospital",
        "Hobrovej 18-22",
        "9000 Aalborg",
        "+45 97 66 00 00",
        "Kjellerups Torv parking",
        "9000 Aalborg",
    ),
    "ukk": _p(
        "eu",
        "Uppsala Konsert & Kongress",
        "Vaksala torg 1",
        "753 31 Uppsala",
        59.8597,
        17.6468,
        "Europe/Stockholm",
        "Akademiska sjukhuset",
        "Sjukhusvägen",
        "751 85 Uppsala",
        "+46 18 611 00 00",
        "Vaksala torg garage",
        "753 31 Uppsala",
    ),
    "athlonecastle": _p(
        "ie",
        "Athlone Castle",
        "Castle St",
        "Athlone, Co. Westmeath N37 A6D3",
        53.4230,
        -7.9420,
        "Europe/Dublin",
        "Portiuncula University Hospital",
        "Dunlo St",
        "Ballinasloe, Co. Galway H53 T971",
        "+353 90 964 8200",
        "Athlone Town Centre car park, Grace Rd",
        "Athlone N37 A6D3",
    ),
}


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "us_a": f"{h12}:{m:02d}{ap[0].lower()}",  # "7:30a"
        "dot_pad": f"{h:02d}.{m:02d}",  # "07.30"
        "au": f"{h12}:{m:02d} {ap.lower()}",  # "7:30 am"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "ca_slash": f"{d:%b} {d.day}/{d:%y}",  # "Dec 4/26"
        "ca_dow_slash": f"{d:%a} {d:%b} {d.day}/{d:%y}",  # "Thu Dec 4/26"
        "pl_gen_wd": f"{pl_weekday(d)}, {d.day} {PL_GENITIVE[d.month - 1]} {d.year} r.",
        "pl_roman_dot": f"{d.day}.{ROMAN[d.month - 1]}.{d.year} r.",
        "pl_gen_short": f"{d.day} {PL_GENITIVE[d.month - 1]}",
        "uk_call": f"{d:%A} {ordinal(d.day)} {d:%B} {d.year}",
        "uk_short_caps": f"{d:%a} {d.day} {d:%b} {d.year}".upper(),
        "au_long": f"{d:%A}, {d.day} {d:%B} {d.year}",
        "au_numeric": f"{d:%d/%m/%Y}",
        "au_short": f"{d:%a} {d.day}/{d.month}/{d.year}",
        "us_dow_long": f"{d:%A}",
        "eu_short": f"{d:%a} {d.day} {d:%b}",
        "eu_long": f"{d:%A} {d.day} {d:%B} {d.year}",
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh32")


_para = paragraph


# A shaded head row, heads shrunk to their columns, ruled rows under it; returns y under it.
_rows = partial(head_table, size=8.0, shade=225, lead=12.5, head_rule=0.3, heads_to_column=True)


# --- (1) Canadian numbered grids: Kamloops, Guelph, Red Deer ------------------------------------


def _ca(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "us"

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        x0 = 36.0
        right = W - x0
        c.text(x0, 42, g["company"], 13, bold=True)
        grey(c, 90)
        c.text(x0, 54, g["company_addr"], 7.5)
        black(c)
        c.right(right, 42, "CALL SHEET", 16, bold=True)
        c.right(right, 56, g["job"], 8.5)
        c.hline(x0, right, 64, 1.2)
        cw = (right - x0) / 3
        # numbered labels; each value sits in the cell under its label
        cells = [
            [
                ("1. DATE", [day_text(day, g["date_style"])]),
                ("2. PRODUCTION", [title]),
                ("3. CLIENT / AGENCY", [g["client"]]),
            ],
            g["call_row"](lambda v: hm(v, t), call),
            [
                ("7. SET LOCATION", [p.name, p.street, p.city, g["set"]]),
                ("8. PARKING / BASECAMP", [p.base_street, p.base_city]),
                (
                    "9. NEAREST HOSPITAL",
                    [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
                ),
            ],
            [
                ("10. SUNRISE / SUNSET", [f"{hm(rise, t)} / {hm(fall, t)}"]),
                ("11. WEATHER", [g["weather"]]),
                ("12. EST. WRAP", [hm(add_minutes(call, 600), t)]),
            ],
        ]
        y = 78.0
        for row in cells:
            n = max(len(v) for _, v in row)
            vh = 8 + 11 * n
            for i in range(len(row)):
                fill(c, x0 + i * cw, y, cw, 13, 215)
            c.grid(x0, y, [cw, cw, cw], [13, vh])
            for i, (lab, vals) in enumerate(row):
                fit(c, x0 + i * cw + 4, y + 9.5, lab, 7.5, cw - 8, bold=True)
                for k, v in enumerate(vals):
                    fit(c, x0 + i * cw + 4, y + 13 + 12 + 11 * k, v, 9, cw - 8, bold=k == 0)
            y += 13 + vh + 8
        y += 8
        c.text(x0, y, "SCHEDULE", 10, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["TIME", "SHOT / ACTIVITY", "TALENT"],
            [0, 70, 380],
            [(hm(add_minutes(call, o), t), a, b) for o, a, b in g["plan"]],
            right,
            size=8.5,
            lead=13,
        )
        y += 4
        c.text(x0, y, "KEY CONTACTS", 10, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["ROLE", "NAME", "CELL"],
            [0, 140, 330],
            g["crew"],
            right,
            size=8.5,
            lead=13,
        )
        grey(c, 110)
        c.text(x0, c.pdf.h - 28, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"grid_{key}",
        "ca_numbered_grid",
        "Canadian commercial one-pager: numbered labels, each value in the cell below, "
        "'Dec 4/26' dates",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _plain_calls(hm_: Any, call: str) -> list[tuple[str, list[str]]]:
    return [
        ("4. CREW CALL", [hm_(call)]),
        ("5. TALENT CALL", [hm_(add_minutes(call, 60))]),
        ("6. FIRST SHOT", [hm_(add_minutes(call, 90))]),
    ]


def _precall_calls(hm_: Any, call: str) -> list[tuple[str, list[str]]]:
    # HARD: the G&E pre-call, earlier, comes first in the row, in a cell of the same shape
    return [
        ("4. PRE-CALL (G&E)", [hm_(add_minutes(call, -60))]),
        ("5. CREW CALL", [hm_(call)]),
        ("6. TALENT CALL", [hm_(add_minutes(call, 45))]),
    ]


def _ca_sheets() -> list[Sheet]:
    return [
        _ca(
            "kamloopsmuseum",
            "Thompson Valley Credit Union - Roots",
            D(2026, 12, 4),
            "07:00",
            {
                "company": "SAGEBRUSH PICTURE CO.",
                "company_addr": "450 Lansdowne St, Suite 210, Kamloops, BC V2C 1Y3 · 250-555-0148",
                "job": "Job # SB-2641  ·  Day 1 of 1",
                "date_style": "ca_dow_slash",
                "client": "Thompson Valley CU / Northgrain Creative",
                "call_row": _plain_calls,
                "set": "Main gallery, second floor",
                "weather": "Cloudy, -3°C / 1°C, flurries PM",
                "plan": [
                    (0, "Crew call, unload, breakfast on set", "-"),
                    (90, "Shot 1: archive drawers, slider", "Grandmother, Grandson"),
                    (210, "Shot 2-4: gallery walk-and-talk", "Grandmother, Grandson"),
                    (330, "Lunch (30 min)", "-"),
                    (360, "Shot 5: product card insert, tabletop", "-"),
                ],
                "crew": [
                    ("Director", "Jess Tallman", "250-555-0101"),
                    ("Producer", "Ravi Dhillon", "250-555-0102"),
                    ("DOP", "Marc Lévesque", "250-555-0103"),
                    ("PM", "Kelsey Ng", "250-555-0104"),
                ],
                "footer": "Sagebrush Picture Co.  ·  call sheet template v3  ·  no visitors on set",
            },
        ),
        _ca(
            "guelphmuseum",
            "Riverbend Dairy - Morning Pour",
            D(2026, 11, 19),
            "06:30",
            {
                "company": "SPEED RIVER FILMS",
                "company_addr": "40 Wyndham St N, Guelph, ON N1H 4E6  ·  519-555-0177",
                "job": "Job # SRF-0918  ·  Day 2 of 2",
                "date_style": "ca_slash",
                "client": "Riverbend Dairy / Ferncliff Agency",
                "call_row": _plain_calls,
                "set": "Chapel hall and the front steps",
                "weather": "Sunny, 2°C / 8°C, wind W 15 km/h",
                "plan": [
                    (0, "Crew call, coffee in the lobby", "-"),
                    (90, "Shot 7: pour, macro, 1000 fps", "Hand model"),
                    (180, "Shot 8: family table, dolly", "Mom, Dad, Kid"),
                    (300, "Lunch", "-"),
                    (330, "Shot 9: front steps, golden hour prep", "Kid"),
                ],
                "crew": [
                    ("Director", "Alanna Pierce", "519-555-0111"),
                    ("Producer", "Tom Varga", "519-555-0112"),
                    ("DOP", "Hugo Barros", "519-555-0113"),
                    ("1st AD", "Simone Okoye", "519-555-0114"),
                ],
                "footer": "Speed River Films  ·  please return radios at wrap",
            },
        ),
        _ca(
            "reddeermuseum",
            "Parkland Energy - Open House",
            D(2027, 1, 14),
            "08:00",
            {
                "company": "GAETZ AVENUE PRODUCTIONS",
                "company_addr": "4922 Ross St, Red Deer, AB T4N 1X7  ·  403-555-0190",
                "job": "Job # GA-1107  ·  Day 1 of 1",
                "date_style": "ca_dow_slash",
                "client": "Parkland Energy / Chinook Brand House",
                "call_row": _precall_calls,
                "set": "Lobby and the west gallery",
                "weather": "Clear, -18°C / -9°C, wind chill -25",
                "plan": [
                    (-60, "G&E pre-call, power and heaters", "-"),
                    (0, "Crew call, breakfast in the lobby", "-"),
                    (120, "Shot 1: open-house wide, jib", "Host, 6 extras"),
                    (300, "Lunch", "-"),
                    (330, "Shot 2-3: interviews, two cameras", "Host, Engineer"),
                ],
                "crew": [
                    ("Director", "Brett Lindgren", "403-555-0121"),
                    ("Producer", "Amira Haddad", "403-555-0122"),
                    ("DOP", "Cody Ferris", "403-555-0123"),
                    ("Gaffer", "Jules Tremblay", "403-555-0124"),
                ],
                "footer": "Gaetz Avenue Productions  ·  cold-weather gear mandatory",
            },
        ),
    ]


# --- (2) Polish plans: Koszalin, Elbląg, Siedlce ------------------------------------------------


def _pl(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time_style"]
    nxt = day + dt.timedelta(days=1)

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        x0 = 40.0
        right = W - x0
        c.text(x0, 40, "BAŁTYK-WSCHÓD FILM sp. z o.o.", 10, bold=True)
        grey(c, 90)
        c.text(x0, 51, "ul. Zwycięstwa 12, 75-037 Koszalin  ·  tel. +48 94 555 02 10", 7.5)
        black(c)
        c.right(right, 40, f"wysłano: {g['sent']}", 8)
        centre(c, 82, g["heading"], 14)
        centre(c, 99, f"„{title}”", 12, bold=True)
        centre(c, 113, g["credits"], 8, bold=False)
        y = 140.0
        c.text(x0, y, f"Data zdjęć: {day_text(day, g['date_style'])}", 11, bold=True)
        c.right(right, y, g["dz"], 9)
        y += 22
        for lab, val in [
            ("Wyjazd produkcji / lokacja:", hm(add_minutes(call, -75), t)),
            ("Zbiórka ekipy (na planie):", hm(call, t)),
            ("Gotowość do zdjęć:", hm(add_minutes(call, 60), t)),
            ("Obiad:", hm(add_minutes(call, 330), t)),
            ("Planowane zakończenie:", hm(add_minutes(call, 630), t)),
            ("Wschód / zachód słońca:", f"{hm(rise, t)} / {hm(fall, t)}"),
            ("Pogoda:", g["weather"]),
        ]:
            c.text(x0, y, lab, 9, bold=lab.startswith("Zbiórka"))
            c.text(x0 + 170, y, val, 9.5, bold=lab.startswith("Zbiórka"))
            y += 13.5
        y += 10
        c.text(x0, y, "OBIEKT:", 9, bold=True)
        c.text(x0 + 70, y, f"{p.name}, {p.street}, {p.city}", 9)
        c.text(x0 + 70, y + 12, g["set"], 8.5)
        y += 30
        c.text(x0, y, "BAZA:", 9, bold=True)
        c.text(x0 + 70, y, f"{p.base_street}, {p.base_city}", 9)
        y += 18
        c.text(x0, y, "SZPITAL:", 9, bold=True)
        c.text(x0 + 70, y, f"{p.hospital}, {p.hospital_street}, {p.hospital_city}", 9)
        c.text(x0 + 70, y + 12, f"tel. {p.hospital_phone}  ·  alarmowy 112", 8.5)
        y += 34
        c.text(x0, y, "SCENY", 10, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["SC.", "OBIEKT / OPIS", "P/N", "STR.", "OBSADA"],
            [0, 34, 320, 360, 400],
            g["scenes"],
            right,
            size=8,
            lead=12.5,
        )
        y += 4
        c.text(x0, y, "OBSADA", 10, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["Aktor", "Postać", "Charakteryzacja", "Na planie"],
            [0, 140, 260, 380],
            [
                (a, b, hm(add_minutes(call, o), t), hm(add_minutes(call, o + 60), t))
                for a, b, o in g["cast"]
            ],
            right,
            size=8,
            lead=12.5,
        )
        y += 6
        fill(c, x0, y - 10, right - x0, 28, 235)
        c.text(
            x0 + 6,
            y + 2,
            f"JUTRO ({day_text(nxt, 'pl_gen_short')}): zbiórka "
            f"{hm(g['tomorrow'], t)}, {g['tomorrow_where']}",
            9,
            bold=True,
        )
        c.text(x0 + 6, y + 13, "Plan na jutro zostanie wysłany po zakończeniu dnia.", 8)
        y += 34
        _para(c, x0, y, g["uwagi"], 8, right - x0, 11)
        grey(c, 110)
        c.text(
            x0, c.pdf.h - 26, "Bałtyk-Wschód Film  ·  plan pracy dla ekipy  ·  nie udostępniać", 7
        )
        black(c)
        return c.output()

    return _sheet(
        f"plan_{key}",
        "pl_plan",
        "Polish dzienny plan pracy / plan zdjęciowy: production, crew, lunch and tomorrow's "
        "times, a sent date before the shooting date, genitive or Roman month",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _pl_sheets() -> list[Sheet]:
    return [
        _pl(
            "muzeumkoszalin",
            "Sól ziemi",
            D(2026, 10, 15),
            "08:00",
            {
                "sent": "14.10.2026, 19:40",
                "heading": "DZIENNY PLAN PRACY nr 7",
                "credits": "reż. Anna Wrześniak  ·  kierownik produkcji: Piotr Grabowski  ·  "
                "II reż. Ewa Nowicka",
                "date_style": "pl_gen_wd",
                "time_style": "dot",
                "dz": "dzień zdjęciowy 7 / 24",
                "weather": "zachmurzenie, 9-13°C, wiatr zach. 20 km/h",
                "set": "sala młyńska i dziedziniec",
                "scenes": [
                    ("21", "WNĘTRZE. MŁYN - SALA", "D", "2 3/8", "1, 2"),
                    ("22", "PLENER. DZIEDZINIEC", "D", "1 1/8", "1, 3"),
                    ("25", "WNĘTRZE. MŁYN - KORYTARZ", "D", "4/8", "2"),
                ],
                "cast": [
                    ("Marta Kielar", "HELENA", -45),
                    ("Jan Sobczak", "TOMASZ", -15),
                    ("Olga Pietrzak", "ZOFIA", 90),
                ],
                "tomorrow": "07:30",
                "tomorrow_where": "ten sam obiekt",
                "uwagi": "Uwagi: na dziedzińcu obowiązuje zakaz wjazdu samochodów; rozładunek od "
                "ul. Młyńskiej do 7.30. Catering w sali konferencyjnej muzeum.",
            },
        ),
        _pl(
            "muzeumelblag",
            "Port zimowy",
            D(2026, 11, 24),
            "07:00",
            {
                "sent": "poniedziałek, 23 listopada 2026, 21:05",
                "heading": "PLAN ZDJĘCIOWY - DZIEŃ 12",
                "credits": "reż. Krzysztof Malec  ·  producent: Agata Lis  ·  II reż. Bartek Żak",
                "date_style": "pl_gen_wd",
                "time_style": "h24",
                "dz": "dzień 12 z 30",
                "weather": "deszcz ze śniegiem, 1-4°C",
                "set": "nabrzeże przy muzeum i magazyn",
                "scenes": [
                    ("40", "PLENER. NABRZEŻE - ŚWIT", "D", "1", "1"),
                    ("41", "WNĘTRZE. MAGAZYN", "D", "3 2/8", "1, 2, 4"),
                ],
                "cast": [
                    ("Igor Makowski", "ROMAN", -60),
                    ("Natalia Bąk", "IRENA", -30),
                    ("Leon Wójcik", "CELNIK", 120),
                ],
                "tomorrow": "06:30",
                "tomorrow_where": "Stare Miasto, ul. Stary Rynek",
                "uwagi": "Uwagi: ciepłe ubrania, kalosze. Grzejniki w namiocie bazy. Parking "
                "tylko dla pojazdów technicznych.",
            },
        ),
        _pl(
            "ratuszsiedlce",
            "Lato w ratuszu",
            D(2026, 9, 8),
            "09:00",
            {
                # HARD: the sent line gives a full earlier date in words, the shooting date has a
                # Roman-numeral month
                "sent": "niedziela, 6 września 2026, 20:15",
                "heading": "DZIENNY PLAN PRACY nr 3",
                "credits": "reż. Magdalena Ryba  ·  kierownik produkcji: Adam Kruk",
                "date_style": "pl_roman_dot",
                "time_style": "dot",
                "dz": "dzień zdjęciowy 3 / 15",
                "weather": "słonecznie, 14-24°C",
                "set": "sala sesyjna na piętrze i wieża",
                "scenes": [
                    ("8", "WNĘTRZE. SALA SESYJNA", "D", "2 4/8", "1, 2, 3"),
                    ("9", "WNĘTRZE. WIEŻA", "D", "6/8", "2"),
                    ("12", "PLENER. SKWER PRZED RATUSZEM", "D", "1 3/8", "1, 3"),
                ],
                "cast": [
                    ("Weronika Sowa", "BURMISTRZOWA", -60),
                    ("Paweł Dudek", "SEKRETARZ", 0),
                    ("Zuzanna Kos", "DZIEWCZYNKA", 150),
                ],
                "tomorrow": "08:30",
                "tomorrow_where": "ten sam obiekt",
                "uwagi": "Uwagi: w ratuszu obowiązuje obuwie zmienne. Osoba małoletnia na planie "
                "od 11.30 do 15.30 z opiekunem.",
            },
        ),
    ]


# --- (3) UK plain grids: Wolverhampton, Harrogate, Middlesbrough --------------------------------


def _uk(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "h24"

    def make() -> bytes:
        c = Canvas("A4", "helvetica")
        W = c.width
        x0 = 40.0
        right = W - x0
        c.text(x0, 46, g["company"], 9, bold=True)
        centre(c, 74, title.upper(), 16)
        centre(c, 90, f"CALL SHEET {g['no']}", 10)
        y = 104.0
        widths = [130.0, 90.0, right - x0 - 220]
        c.grid(x0, y, widths, [15, 50])
        xs = [x0, x0 + widths[0], x0 + widths[0] + widths[1]]
        for x, lab in zip(xs, ["DATE", "CREW CALL", "SET LOCATION"], strict=True):
            c.text(x + 4, y + 11, lab, 8, bold=True)
        fit(c, xs[0] + 4, y + 30, day_text(day, g["date_style"]), 9, widths[0] - 8)
        c.text(xs[1] + 4, y + 32, hm(call, t), 13, bold=True)
        for k, ln in enumerate([p.name, f"{p.street}, {p.city}", g["set"]]):
            fit(c, xs[2] + 4, y + 27 + 11 * k, ln, 9, widths[2] - 8)
        # the hospital line, left-aligned a few millimetres under the grid
        y += 65 + 12
        lines = g["hospital_lines"](p)
        c.text(x0, y, "Hospital:", 9, bold=True)
        for k, ln in enumerate(lines):
            c.text(x0 + 46, y + 11 * k, ln, 9)
        y += 11 * len(lines) + 10
        for lab, val in [
            ("Unit base:", f"{p.base_street}, {p.base_city}"),
            ("Sunrise / Sunset:", f"{hm(rise, t)} / {hm(fall, t)}"),
            ("Breakfast:", f"{hm(add_minutes(call, -45), t)} at base"),
            ("Lunch:", hm(add_minutes(call, 300), t)),
            ("Est. wrap:", hm(add_minutes(call, 600), t)),
            ("Weather:", g["weather"]),
        ]:
            c.text(x0, y, lab, 9, bold=True)
            c.text(x0 + 90, y, val, 9)
            y += 12.5
        y += 12
        y = _rows(
            c,
            x0,
            y,
            ["SC", "SET", "D/N", "PGS", "CAST"],
            [0, 34, 320, 360, 410],
            g["scenes"],
            right,
            size=8.5,
            lead=13,
        )
        y += 4
        y = _rows(
            c,
            x0,
            y,
            ["#", "ARTIST", "CHARACTER", "P/UP", "M/U", "ON SET"],
            [0, 20, 150, 280, 350, 420],
            [
                (
                    str(i + 1),
                    a,
                    b,
                    hm(add_minutes(call, o - 30), t),
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o + 75), t),
                )
                for i, (a, b, o) in enumerate(g["cast"])
            ],
            right,
            size=8.5,
            lead=13,
        )
        grey(c, 110)
        c.text(x0, c.pdf.h - 28, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"grid_{key}",
        "uk_plain_grid",
        "UK plain grid (DATE | CREW CALL | SET LOCATION) with a left-aligned Hospital line "
        "under it, the name sometimes on two lines",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _uk_sheets() -> list[Sheet]:
    return [
        _uk(
            "wolvesgallery",
            "Black Country Blues",
            D(2026, 10, 6),
            "08:00",
            {
                "company": "Dudley Road Films Ltd",
                "no": "No. 5",
                "date_style": "uk_call",
                "hospital_lines": lambda p: [
                    f"{p.hospital}, {p.hospital_street}, {p.hospital_city} ({p.hospital_phone})"
                ],
                "set": "Georgian gallery, ground floor",
                "weather": "Showers, 10°C / 15°C",
                "scenes": [
                    ("14", "INT. GALLERY - DAY", "D", "2 2/8", "1, 2"),
                    ("15", "INT. GALLERY OFFICE - DAY", "D", "1", "2, 3"),
                ],
                "cast": [
                    ("Amrit Sohal", "DEV", -30),
                    ("Claire Beddow", "JUNE", 0),
                    ("Ollie Stokes", "GUARD", 120),
                ],
                "footer": "Black Country Blues  ·  Call Sheet No. 5  ·  Dudley Road Films Ltd",
            },
        ),
        _uk(
            "pumproom",
            "The Waters",
            D(2026, 11, 12),
            "07:30",
            {
                "company": "Stray Meadow Productions",
                "no": "No. 9",
                "date_style": "uk_short_caps",
                "hospital_lines": lambda p: [
                    "Harrogate District",
                    f"Hospital, {p.hospital_street}, {p.hospital_city}, {p.hospital_phone}",
                ],
                "set": "Pump room and the well chamber",
                "weather": "Fog clearing, 4°C / 9°C",
                "scenes": [
                    ("31", "INT. PUMP ROOM - DAY (1893)", "D", "3", "1, 2, 4"),
                    ("33", "INT. WELL CHAMBER - DAY", "D", "5/8", "1"),
                ],
                "cast": [
                    ("Harriet Vane", "MRS ASHBY", -45),
                    ("Tobias Crane", "DR LOWE", -15),
                    ("Mia Fenwick", "MAID", 60),
                ],
                "footer": "The Waters  ·  Call Sheet No. 9  ·  Stray Meadow Productions",
            },
        ),
        _uk(
            "mima",
            "Transporter",
            D(2026, 9, 17),
            "07:00",
            {
                "company": "Tees Bank Pictures",
                "no": "No. 2",
                "date_style": "uk_call",
                # HARD: the hospital's name is broken over two lines mid-name, the second line
                # running on into the street
                "hospital_lines": lambda p: [
                    "The James Cook University",
                    f"Hospital, {p.hospital_street}, {p.hospital_city}",
                    f"A&E: {p.hospital_phone}",
                ],
                "set": "Gallery 1 and the Centre Square steps",
                "weather": "Bright, 11°C / 18°C, breezy",
                "scenes": [
                    ("5", "EXT. CENTRE SQUARE - DAY", "D", "1 4/8", "1, 2"),
                    ("6", "INT. GALLERY 1 - DAY", "D", "2", "1, 2, 3"),
                ],
                "cast": [
                    ("Dean Harker", "MICK", -30),
                    ("Sian Pryce", "LOU", -30),
                    ("Abdul Rahman", "CURATOR", 90),
                ],
                "footer": "Transporter  ·  Call Sheet No. 2  ·  Tees Bank Pictures",
            },
        ),
    ]


# --- (4) Australian spreadsheet exports: Bunbury, Rockhampton, Albury ---------------------------


def _au(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time_style"]

    def make() -> bytes:
        rng = random.Random(g["seed"])
        c = Canvas("A4", "helvetica")
        W = c.width
        x0 = 36.0
        right = W - x0
        lw, rh = 130.0, 15.0
        vw = right - x0 - lw
        # the sheet as exported: a column of labels, a column of values, every cell ruled
        rows = [
            ("PRODUCTION", title),
            ("COMPANY", g["company"]),
            ("DATE", day_text(day, g["date_style"])),
            ("DAY", g["day_of"]),
            ("CREW CALL", hm(call, t)),
            ("FIRST SHOT", hm(add_minutes(call, 75), t)),
            ("LUNCH", hm(add_minutes(call, 330), t)),
            ("EST WRAP", hm(add_minutes(call, 630), t)),
            ("LOCATION", p.name),
            ("ADDRESS", p.address),
            ("SET", g["set"]),
            ("UNIT BASE", p.base),
            ("HOSPITAL", p.hospital),
            ("HOSPITAL ADDRESS", f"{p.hospital_address}  {p.hospital_phone}"),
            ("SUNRISE", hm(rise, t)),
            ("SUNSET", hm(fall, t)),
            ("WEATHER", g["weather"]),
        ]
        y = 40.0
        c.text(x0, y - 8, g["file"], 7)
        c.grid(x0, y, [lw, vw], [rh] * len(rows))
        for k, (lab, val) in enumerate(rows):
            base = y + rh * k + 11
            c.letters(x0 + 4, base, lab, 8, rng, split=g["label_split"])
            if lab in g["spaced"]:
                c.letters(x0 + lw + 4, base, val, 9, rng, split=g["value_split"])
            else:
                fit(c, x0 + lw + 4, base, val, 9, vw - 8)
        y += rh * len(rows) + 20
        heads = ["SC", "INT/EXT", "SET", "D/N", "PAGES", "CAST"]
        widths = [30.0, 50.0, 220.0, 40.0, 50.0, right - x0 - 390]
        c.grid(x0, y, widths, [rh] * (len(g["scenes"]) + 1))
        xs = [x0 + sum(widths[:i]) for i in range(len(widths))]
        for x, h in zip(xs, heads, strict=True):
            c.text(x + 3, y + 11, h, 7.5, bold=True)
        for k, row in enumerate(g["scenes"]):
            for x, w, v in zip(xs, widths, row, strict=True):
                fit(c, x + 3, y + rh * (k + 1) + 11, v, 8, w - 6)
        y += rh * (len(g["scenes"]) + 1) + 20
        heads = ["ROLE", "NAME", "MOBILE", "CALL"]
        widths = [120.0, 150.0, 120.0, right - x0 - 390]
        c.grid(x0, y, widths, [rh] * (len(g["crew"]) + 1))
        xs = [x0 + sum(widths[:i]) for i in range(len(widths))]
        for x, h in zip(xs, heads, strict=True):
            c.text(x + 3, y + 11, h, 7.5, bold=True)
        for k, (a, b, ph, o) in enumerate(g["crew"]):
            for x, w, v in zip(xs, widths, [a, b, ph, hm(add_minutes(call, o), t)], strict=True):
                fit(c, x + 3, y + rh * (k + 1) + 11, v, 8, w - 6)
        grey(c, 120)
        c.text(x0, c.pdf.h - 24, f"{g['file']}  ·  Page 1 of 1", 7)
        black(c)
        return c.output()

    return _sheet(
        f"export_{key}",
        "spreadsheet_export",
        "Australian spreadsheet export: label column and value column, every cell ruled, some "
        "words letter-spaced",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _au_sheets() -> list[Sheet]:
    return [
        _au(
            "bunburygallery",
            "Saltwater Kids",
            D(2026, 11, 26),
            "06:30",
            {
                "seed": 3201,
                "file": "SWK_callsheet_D04.xlsx",
                "company": "Leschenault Screen Pty Ltd",
                "date_style": "au_long",
                "time_style": "au",
                "day_of": "Day 4 of 12",
                "set": "Gallery 2 and the chapel",
                "weather": "Sunny, 15-27°C, sea breeze SW 25 km/h",
                "label_split": 0.3,
                "value_split": 0.0,
                "spaced": ("WEATHER", "SET"),
                "scenes": [
                    ("12", "INT", "GALLERY 2", "D", "2 1/8", "1, 2"),
                    ("13", "INT", "CHAPEL", "D", "1 3/8", "1, 3"),
                ],
                "crew": [
                    ("Director", "Kate Brennan", "0412 555 101", 0),
                    ("Producer", "Sam Whitely", "0412 555 102", 0),
                    ("DOP", "Luca Moretti", "0412 555 103", 0),
                    ("Gaffer", "Nick Tan", "0412 555 104", -45),
                ],
            },
        ),
        _au(
            "rockyart",
            "Capricorn Line",
            D(2026, 8, 20),
            "07:00",
            {
                "seed": 3202,
                "file": "Capricorn Line - Call Sheet Day 9.numbers",
                "company": "Fitzroy River Pictures",
                "date_style": "au_short",
                "time_style": "h24",
                "day_of": "Day 9 of 20",
                "set": "Riverside foyer and the Quay St terrace",
                "weather": "Fine, 13-26°C",
                "label_split": 0.2,
                "value_split": 0.0,
                "spaced": ("WEATHER",),
                "scenes": [
                    ("30", "INT", "FOYER", "D", "1 5/8", "1"),
                    ("31", "EXT", "QUAY ST TERRACE", "D", "2", "1, 2, 4"),
                ],
                "crew": [
                    ("Director", "Nell Darcy", "0407 555 201", 0),
                    ("1st AD", "Raj Pillai", "0407 555 202", 0),
                    ("DOP", "Ben Okafor", "0407 555 203", 0),
                    ("Unit Manager", "Tess Harlow", "0407 555 204", -60),
                ],
            },
        ),
        _au(
            "alburylibrary",
            "Border Town",
            D(2026, 10, 22),
            "06:45",
            {
                "seed": 3203,
                "file": "BorderTown_CS_Day3.ods",
                "company": "Murray Crossing Films",
                "date_style": "au_numeric",
                "time_style": "au",
                "day_of": "Day 3 of 15",
                "set": "Museum floor and the Kiewa St entrance",
                "weather": "Showers, 9-19°C",
                "label_split": 0.4,
                # HARD: the crew call value itself is letter-spaced, with wide gaps
                "value_split": 0.6,
                "spaced": ("CREW CALL", "WEATHER"),
                "scenes": [
                    ("7", "INT", "MUSEUM FLOOR", "D", "3", "1, 2, 3"),
                    ("8", "EXT", "KIEWA ST ENTRANCE", "D", "6/8", "2"),
                ],
                "crew": [
                    ("Director", "Fiona Kerr", "0418 555 301", 0),
                    ("Producer", "Dom Nguyen", "0418 555 302", 0),
                    ("DOP", "Aisha Karim", "0418 555 303", 0),
                    ("Grip", "Jack Doyle", "0418 555 304", -30),
                ],
            },
        ),
    ]


# --- (5) US indie features: Syracuse, Scranton, Grand Rapids ------------------------------------


def _us(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "us"

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        x0 = 36.0
        right = W - x0
        c.text(x0, 38, g["company"], 8.5, bold=True)
        grey(c, 90)
        c.text(x0, 48, g["company_addr"], 7.5)
        black(c)
        # the title line carries the day count and weekday after the title
        w = c.text(x0, 76, title.upper(), 18, bold=True)
        c.text(x0 + w + 10, 76, f"{g['tail']} · {day_text(day, 'us_dow_long')}", 10)
        c.text(x0, 90, g["credits"], 8)
        c.right(right, 38, "CALL SHEET", 13, bold=True)
        c.right(right, 52, day_text(day, "us_long"), 9.5, bold=True)
        c.box(x0, 102, 150, 46, 1.2)
        c.text(x0 + 8, 116, "GENERAL CREW CALL", 8, bold=True)
        c.text(x0 + 8, 140, hm(call, t), 20, bold=True)
        sunset = g["sunset_print"](fall) if "sunset_print" in g else hm(fall, t)
        y = 112.0
        for lab, val in [
            ("Shooting Call", hm(add_minutes(call, 60), t)),
            ("Lunch", hm(add_minutes(call, 360), t)),
            ("Sunrise", hm(rise, t)),
            ("Sunset", sunset),
        ]:
            c.text(x0 + 170, y, lab, 8.5, bold=True)
            c.text(x0 + 250, y, val, 8.5)
            y += 11
        c.text(x0 + 340, 112, "Weather", 8.5, bold=True)
        _para(c, x0 + 340, 123, g["weather"], 8, right - x0 - 340, 10)
        y = 166.0
        half = (right - x0 - 8) / 2
        nh = len(g["hospital_lines"])
        blocks = [
            (x0, y, half, "SET LOCATION", [p.name, p.street, p.city, g["set"]], 1),
            (x0 + half + 8, y, half, "BASECAMP / CREW PARKING", [p.base_street, p.base_city], 1),
            (
                x0,
                y + 86,
                right - x0,
                "NEAREST HOSPITAL",
                [*g["hospital_lines"], f"{p.hospital_address}  ·  {p.hospital_phone}"],
                nh,
            ),
        ]
        # the hospital block spans the page: its name wraps over two lines in bold
        for x, yy, w, head, lines, bold_lines in blocks:
            fill(c, x, yy, w, 13, 50)
            c.pdf.set_text_color(255, 255, 255)
            c.text(x + 4, yy + 9.5, head, 7.5, bold=True)
            black(c)
            for k, ln in enumerate(lines):
                fit(c, x + 4, yy + 25 + 11 * k, ln, 8.5, w - 8, bold=k < bold_lines)
            c.box(x, yy, w, 14 + 11 * len(lines) + 4, 0.5)
        y += 86 + 14 + 11 * (nh + 1) + 4
        y += 22
        y = _rows(
            c,
            x0,
            y,
            ["SC", "SET / DESCRIPTION", "D/N", "PGS", "CAST"],
            [0, 36, 330, 370, 410],
            g["scenes"],
            right,
            size=8.5,
            lead=13,
        )
        y += 6
        y = _rows(
            c,
            x0,
            y,
            ["#", "CAST", "CHARACTER", "P/U", "H/MU", "SET"],
            [0, 20, 150, 290, 360, 430],
            [
                (
                    str(i + 1),
                    a,
                    b,
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o + 15), t),
                    hm(add_minutes(call, o + 75), t),
                )
                for i, (a, b, o) in enumerate(g["cast"])
            ],
            right,
            size=8.5,
            lead=13,
        )
        y += 6
        y = _rows(
            c,
            x0,
            y,
            ["POSITION", "NAME", "CALL"],
            [0, 150, 330],
            [(a, b, hm(add_minutes(call, o), t)) for a, b, o in g["crew"]],
            right,
            size=8.5,
            lead=12.5,
        )
        grey(c, 110)
        c.text(x0, c.pdf.h - 28, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"feature_{key}",
        "us_feature",
        "US indie feature sheet: day count and weekday after the title, a hospital name on two "
        "lines",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _am_typo(fall: str) -> str:
    # HARD: the sunset is printed with "AM" where "PM" was meant
    _, m, h12, _ = clock(fall)
    return f"{h12}:{m:02d} AM"


def _us_sheets() -> list[Sheet]:
    return [
        _us(
            "landmarksyr",
            "Lake Effect",
            D(2026, 10, 8),
            "07:00",
            {
                "company": "Salina Street Pictures LLC",
                "company_addr": "120 E Washington St, Syracuse, NY 13202 · (315) 555-0131",
                "tail": "Shoot Day 2 of 3",
                "credits": "Director: Gwen Hollis   Producer: Tariq Amin   1st AD: Lou Ferraro",
                "weather": "Cloudy, 48°F / 61°F, 30% showers after 3 PM.",
                "hospital_lines": ["Upstate University", "Hospital"],
                "set": "Auditorium and the mezzanine lobby",
                "scenes": [
                    ("18", "INT. THEATRE AUDITORIUM - DAY", "D", "2 4/8", "1, 2"),
                    ("19", "INT. MEZZANINE LOBBY - DAY", "D", "1 2/8", "1, 3"),
                ],
                "cast": [
                    ("Nora Blaisdell", "MAGGIE", -60),
                    ("Eli Fontaine", "RAY", -30),
                    ("Carmen Ruiz", "USHER", 120),
                ],
                "crew": [
                    ("1st AD", "Lou Ferraro", 0),
                    ("DP", "Ines Kowal", 0),
                    ("Gaffer", "Pete Marsh", -30),
                    ("Sound Mixer", "Dee Harmon", 0),
                ],
                "footer": "Lake Effect  ·  Call Sheet  ·  Salina Street Pictures LLC",
            },
        ),
        _us(
            "steamtown",
            "Anthracite",
            D(2026, 6, 18),
            "06:00",
            {
                "company": "Electric City Films",
                "company_addr": "409 Lackawanna Ave, Scranton, PA 18503  ·  (570) 555-0119",
                "tail": "Shoot Day 11 of 19",
                "credits": "Director: Frank Mazur   Producer: Leah Stein   1st AD: Corey Banks",
                "weather": "Sunny, 62°F / 84°F, humid.",
                "hospital_lines": ["Geisinger Community", "Medical Center"],
                "set": "Roundhouse and the turntable yard",
                # HARD: sunset printed "8:4x AM" for PM; expected: astral's evening time
                "sunset_print": _am_typo,
                "scenes": [
                    ("52", "INT. ROUNDHOUSE - DAY", "D", "3", "1, 2, 5"),
                    ("54", "EXT. TURNTABLE YARD - DAY", "D", "1 6/8", "1, 2"),
                ],
                "cast": [
                    ("Walt Zielinski", "EDDIE", -45),
                    ("June Prescott", "MARY", -45),
                    ("Hank Doyle", "FOREMAN", 60),
                ],
                "crew": [
                    ("1st AD", "Corey Banks", 0),
                    ("DP", "Sol Navarro", 0),
                    ("Key Grip", "Mick Roane", -30),
                    ("Locations", "Dana Pike", -60),
                ],
                "footer": "Anthracite  ·  Call Sheet  ·  Electric City Films",
            },
        ),
        _us(
            "grpm",
            "Furniture City",
            D(2026, 9, 3),
            "08:00",
            {
                "company": "Grand River Motion Co.",
                "company_addr": "60 Monroe Center St NW, Grand Rapids, MI 49503  ·  (616) 555-0166",
                "tail": "Shoot Day 5 of 16",
                "credits": "Director: Hana Vos   Producer: Greg DeYoung   1st AD: Tasha Bell",
                "weather": "Partly sunny, 64°F / 79°F.",
                "hospital_lines": ["Corewell Health", "Butterworth Hospital"],
                "set": "Streets of Old Grand Rapids gallery",
                "scenes": [
                    ("23", "INT. OLD STREET GALLERY - DAY", "D", "2 1/8", "1, 4"),
                    ("24", "INT. MUSEUM ATRIUM - DAY", "D", "1", "1, 2"),
                ],
                "cast": [
                    ("Piet Vanderlaan", "HENK", -60),
                    ("Rosa Ibarra", "ELENA", -30),
                    ("Kyle Bos", "GUIDE", 90),
                ],
                "crew": [
                    ("1st AD", "Tasha Bell", 0),
                    ("DP", "Ari Strom", 0),
                    ("Gaffer", "Jen Wu", -30),
                    ("Art Director", "Lars Moen", -90),
                ],
                "footer": "Furniture City  ·  Call Sheet  ·  Grand River Motion Co.",
            },
        ),
    ]


# --- (6) Nordic / Irish one-liners: Aalborg, Uppsala, Athlone -----------------------------------


def _one(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time_style"]

    def make() -> bytes:
        c = Canvas("A4", "helvetica")
        W = c.width
        x0 = 50.0
        right = W - x0
        c.text(x0, 56, g["company"], 9, bold=True)
        c.right(right, 56, g["kind"], 9)
        c.text(x0, 86, f"{title} - {day_text(day, g['date_style'])}", 15, bold=True)
        c.hline(x0, right, 94, 0.6)
        y = 116.0
        for ln in g["before"]:
            c.text(x0, y, ln[0].format(hm(ln[1], t)), 10)
            y += 15
        c.text(x0, y, f"Call {hm(call, t)} @ {p.name}, {p.address}", 11, bold=True)
        y += 15
        c.text(x0, y, f"Set: {g['set']}", 10)
        y += 20
        for ln in [
            f"Shooting {hm(add_minutes(call, 60), t)}, lunch {hm(add_minutes(call, 300), t)}, "
            f"wrap approx. {hm(add_minutes(call, 540), t)}",
            f"Sunrise {hm(rise, t)}, sunset {hm(fall, t)}. {g['weather']}",
            f"Parking: {p.base}",
            f"Nearest A&E: {p.hospital}, {p.hospital_address}, {p.hospital_phone}",
            f"Emergency: {g['emergency']}",
        ]:
            y = _para(c, x0, y, ln, 10, right - x0, 14)
        y += 10
        y = _para(c, x0, y, g["note"], 9.5, right - x0, 13)
        y += 14
        c.text(x0, y, g["sign"], 9.5)
        return c.output()

    return _sheet(
        f"oneliner_{key}",
        "nordic_ie_oneliner",
        "Nordic / Irish short advance sheet in English: 'Call 0730 @ <address>' with '7.30', "
        "'07h30', '7:30a' time forms",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _one_sheets() -> list[Sheet]:
    return [
        _one(
            "utzon",
            "North Wind",
            D(2026, 12, 10),
            "07:30",
            {
                "company": "Limfjord Film ApS",
                "kind": "ADVANCE CALL",
                "date_style": "eu_long",
                "time_style": "military",
                "before": [],
                "set": "Main hall and the harbour terrace",
                "weather": "Overcast, 2°C, wind W 9 m/s.",
                "emergency": "112",
                "note": "Short day, small crew (12). Catering in the Utzon Center cafe. Full call "
                "sheet follows tonight.",
                "sign": "Mette, production - +45 20 55 01 30",
            },
        ),
        _one(
            "ukk",
            "The Quiet Year",
            D(2026, 11, 5),
            "07:30",
            {
                "company": "Fyris Bild AB",
                "kind": "Short call sheet",
                "date_style": "eu_long",
                "time_style": "h",
                "before": [],
                "set": "Stora salen, stage and the foyer",
                "weather": "Light snow, -1°C.",
                "emergency": "112",
                "note": "Concert hall staff will meet us at the goods entrance on Vaksala torg. "
                "Bring ID for the access list.",
                "sign": "Johan, production manager - +46 70 555 01 88",
            },
        ),
        _one(
            "athlonecastle",
            "Shannon Crossing",
            D(2026, 9, 24),
            "07:30",
            {
                "company": "Midlands Reel Ltd",
                "kind": "ADVANCE - DAY 6",
                "date_style": "eu_long",
                "time_style": "us_a",
                # HARD: a hotel pickup, earlier, comes first in the same time form
                "before": [("Pickup {} at the Sheraton, Gleeson St, for cast", "06:45")],
                "set": "Keep, visitor centre and the river walls",
                "weather": "Mild, 12-17°C, showers.",
                "emergency": "112 / 999",
                "note": "Castle opens to the public at 10:00; keep the courtyard clear and cables "
                "taped. Tea and breakfast rolls on set from 7:15a.",
                "sign": "Aoife, 2nd AD - 087 555 0142",
            },
        ),
    ]


# --- near misses: share call-sheet words, are not call sheets ----------------------------------


def _household() -> bytes:
    """A family week planner saved as 'callsheet': days, times, school and club addresses."""
    c = Canvas("A4", "helvetica", "L")
    W = c.width
    x0 = 30.0
    right = W - x0
    c.text(x0, 42, "The Marsh family callsheet", 18, bold=True)
    c.text(
        x0, 58, "Week of Monday 7 December 2026  ·  stuck on the fridge, updated Sunday night", 9
    )
    days = ["Mon 7", "Tue 8", "Wed 9", "Thu 10", "Fri 11", "Sat 12", "Sun 13"]
    cw = (right - x0) / 7
    y = 76.0
    c.grid(x0, y, [cw] * 7, [16, 300])
    for i, d in enumerate(days):
        c.text(x0 + i * cw + 4, y + 12, d, 9, bold=True)
    plans = [
        ["7:15 wake-up call", "8:20 school run", "Oakfield Primary,", "12 Mill Lane", "16:30 swim"],
        [
            "8:20 school run",
            "10:00 dentist (Mum)",
            "Riverside Dental,",
            "4 High St",
            "18:00 Scouts",
        ],
        ["8:20 school run", "15:30 pick-up Grandma", "19:00 bins out!"],
        ["8:20 school run", "17:00 football", "Meadow Park pitch 2", "Call Dad if late"],
        ["8:20 school run", "Pizza night", "20:00 film"],
        [
            "9:30 parkrun",
            "11:00 party: Leo (7)",
            "Jump Zone, Unit 3",
            "Retail Park",
            "pick-up 13:00",
        ],
        ["Lunch at Nan's 13:00", "Homework check", "Lights out 20:00"],
    ]
    for i, items in enumerate(plans):
        for k, ln in enumerate(items):
            fit(c, x0 + i * cw + 4, y + 34 + 14 * k, ln, 8.5, cw - 8)
    y += 336
    c.text(x0, y, "Shopping: milk, bread, batteries (smoke alarm), wrapping paper", 9)
    c.text(x0, y + 14, "Phone list: Mum 07700 900123 · Dad 07700 900456 · Nan 01632 960789", 9)
    return c.output()


def _budget() -> bytes:
    """A production budget top sheet and a detail page: accounts, totals, shoot days."""
    c = Canvas("letter", "helvetica")
    W = c.width
    x0 = 50.0
    right = W - x0
    c.text(x0, 56, "LAKE EFFECT", 16, bold=True)
    c.text(x0, 72, "Budget Top Sheet  ·  Draft 3  ·  Salina Street Pictures LLC", 9)
    c.right(right, 56, "Budget dated 08/14/2026", 9)
    y = 96.0
    for lab, val in [
        ("Prep:", "09/08/2026 - 09/30/2026"),
        ("Principal photography:", "10/07/2026 - 10/30/2026 (18 shoot days, 10-hr days)"),
        ("Locations:", "Syracuse, NY (Landmark Theatre, 362 S Salina St + 6 others)"),
        ("Union / guild:", "SAG-AFTRA Low Budget Agreement; non-union crew"),
    ]:
        c.text(x0, y, lab, 9, bold=True)
        c.text(x0 + 130, y, val, 9)
        y += 13
    y += 10
    rows = [
        ("1100", "Story & Rights", "1", "$25,000"),
        ("1200", "Producers", "2", "$60,000"),
        ("1300", "Director", "3", "$45,000"),
        ("1400", "Cast", "4", "$182,500"),
        ("", "TOTAL ABOVE-THE-LINE", "", "$312,500"),
        ("2000", "Production Staff", "5", "$96,400"),
        ("2100", "Camera", "6", "$74,200"),
        ("2200", "Set Lighting & Grip", "7", "$68,900"),
        ("2300", "Locations", "8", "$41,000"),
        ("2400", "Transportation", "9", "$28,750"),
        ("", "TOTAL PRODUCTION", "", "$309,250"),
        ("3000", "Editorial", "10", "$52,000"),
        ("3100", "Music", "11", "$20,000"),
        ("3200", "Post Sound", "12", "$31,000"),
        ("", "TOTAL POST", "", "$103,000"),
        ("", "Contingency 10%", "", "$72,475"),
        ("", "GRAND TOTAL", "", "$797,225"),
    ]
    y = _rows(
        c,
        x0,
        y,
        ["ACCT #", "CATEGORY", "PAGE", "TOTAL"],
        [0, 60, 330, 400],
        rows,
        right,
        size=9,
        lead=14,
    )
    c.new_page()
    c.text(x0, 56, "LAKE EFFECT  ·  Budget Detail  ·  Draft 3", 12, bold=True)
    y = 84.0
    rows = [
        ("2101", "Director of Photography", "18 days + 5 prep", "$850/day", "$19,550"),
        ("2102", "1st AC", "18 days + 2 prep", "$450/day", "$9,000"),
        ("2103", "Camera package rental", "4 weeks", "$6,500/wk", "$26,000"),
        ("2301", "Landmark Theatre site fee", "3 days", "$3,000/day", "$9,000"),
        ("2302", "Location manager", "6 weeks", "$1,800/wk", "$10,800"),
        ("2401", "Production vans", "5 weeks", "$1,150/wk", "$5,750"),
    ]
    _rows(
        c,
        x0,
        y,
        ["ACCT", "DESCRIPTION", "AMOUNT", "RATE", "TOTAL"],
        [0, 50, 240, 350, 430],
        rows,
        right,
        size=9,
        lead=14,
    )
    c.right(right, c.pdf.h - 30, "Page 2 of 2", 8)
    return c.output()


def _post() -> bytes:
    """A post-production delivery and edit schedule: dates, session times, the facility."""
    c = Canvas("A4", "helvetica")
    W = c.width
    x0 = 40.0
    right = W - x0
    c.text(x0, 52, "POST-PRODUCTION SCHEDULE", 15, bold=True)
    c.text(
        x0,
        66,
        "Black Country Blues  ·  Dudley Road Films Ltd  ·  Post supervisor: Nadia Qureshi",
        9,
    )
    c.right(right, 52, "v4 - 30 Nov 2026", 9)
    c.hline(x0, right, 74, 0.8)
    y = 96.0
    rows = [
        ("Mon 30 Nov 2026", "10:00", "Editor's cut screening", "Cutting room 2"),
        ("Fri 11 Dec 2026", "14:00", "Director's cut screening", "Cutting room 2"),
        ("Fri 8 Jan 2027", "11:00", "Producers' notes", "Online"),
        ("Fri 22 Jan 2027", "-", "PICTURE LOCK", "-"),
        ("Mon 25 Jan 2027", "09:30", "Grade (5 days)", "Suite A"),
        ("Mon 1 Feb 2027", "09:30", "Dub / final mix (4 days)", "Dubbing stage 1"),
        ("Fri 12 Feb 2027", "12:00", "QC and deliverables to broadcaster", "-"),
    ]
    y = _rows(
        c,
        x0,
        y,
        ["DATE", "TIME", "STAGE", "ROOM"],
        [0, 110, 160, 390],
        rows,
        right,
        size=9,
        lead=14,
    )
    y += 8
    for ln in [
        "Facility: Canalside Post, Unit 4, Broad Street Basin, Wolverhampton WV1 1QY",
        "Bookings: 01902 555 0147  ·  parking in the basin car park, badge at reception",
        "Sessions start on the hour given; please arrive 15 minutes early for review notes.",
    ]:
        c.text(x0, y, ln, 9)
        y += 13
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "near_miss_household_planner",
            "near_miss",
            "a family week planner titled 'callsheet': days, times, school and club addresses",
            _household,
            OTHER,
        ),
        _sheet(
            "near_miss_budget",
            "near_miss",
            "production budget top sheet and a detail page: accounts, totals, shoot dates",
            _budget,
            OTHER,
        ),
        _sheet(
            "near_miss_post_schedule",
            "near_miss",
            "post-production delivery / edit schedule: dates, session times, the facility",
            _post,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_ca_sheets(),
        *_pl_sheets(),
        *_uk_sheets(),
        *_au_sheets(),
        *_us_sheets(),
        *_one_sheets(),
        *_other_sheets(),
    ]
