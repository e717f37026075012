"""Thirty-second held-out set: days that test a reader's sanity checks, from makers not yet in
the corpus (`fresh31_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh31"). Night shoots and split days in Detroit, St. Louis and St. John's
(an afternoon or evening crew call, a wrap after midnight on the next date, "Est. Wrap"), revised
sheets from a Buffalo / Louisville / Cincinnati indie company ("REVISED v2", "AMENDED CALL", "CALL
PUSHED TO ..."; expected: the new call), multi-page sheet packs from Kansas City, Tucson and Omaha
(page 1 today's sheet, later pages the advance sheet for the next day with its own date and
call), a Gliwice production house's Polish "dzienny plan pracy" (a people table with makeup,
costume, "zbiórka" and "wyjazd" columns; genitive or Roman-numeral months), UK / Northern Irish
unit call sheets from Derry, Leicester and Nottingham ("UNIT CALL", "Breakfast from",
"Turnover", "Est. Wrap", a "UNIT BASE / CREW PARKING" block apart from "LOCATION"), and small-crew
documentary / corporate memos from Queenstown, Tauranga and Gqeberha ("When:", "Where:",
"Meet:", "Call:", "Shooting on Thursday the 14th of May"). Three near misses (a screenplay
excerpt with its title page, a location recce report, a catering order for a shoot day) must
read as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one
a family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from tests.corpus.draw import Canvas, black, centre, grey, struck
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
    # (1) night shoots: Detroit, St. Louis, St. John's
    "michcentral": _p(
        "us",
        "Michigan Central Station",
        "2001 15th St",
        "Detroit, MI 48216",
        42.3289,
        -83.0776,
        "America/Detroit",
        "Henry Ford Hospital",
        "2799 W Grand Blvd",
        "Detroit, MI 48202",
        "(313) 916-2600",
        "1400 Michigan Ave",
        "Detroit, MI 48216",
    ),
    "unionstl": _p(
        "us",
        "St. Louis Union Station",
        "1820 Market St",
        "St. Louis, MO 63103",
        38.6293,
        -90.2079,
        "America/Chicago",
        "SSM Health Saint Louis University Hospital",
        "1201 S Grand Blvd",
        "St. Louis, MO 63104",
        "(314) 257-8000",
        "2000 Clark Ave",
        "St. Louis, MO 63103",
    ),
    "therooms": _p(
        "ca",
        "The Rooms",
        "9 Bonaventure Ave",
        "St. John's, NL A1C 5P9",
        47.5677,
        -52.7106,
        "America/St_Johns",
        "Health Sciences Centre",
        "300 Prince Philip Dr",
        "St. John's, NL A1B 3V6",
        "(709) 777-6300",
        "Harbourside Park, Water St",
        "St. John's, NL A1C 1A1",
    ),
    # (2) revised sheets: Buffalo, Louisville, Cincinnati
    "buffalohall": _p(
        "us",
        "Buffalo City Hall",
        "65 Niagara Square",
        "Buffalo, NY 14202",
        42.8867,
        -78.8788,
        "America/New_York",
        "Buffalo General Medical Center",
        "100 High St",
        "Buffalo, NY 14203",
        "(716) 859-5600",
        "Court St lot at Franklin St",
        "Buffalo, NY 14202",
    ),
    "slugger": _p(
        "us",
        "Louisville Slugger Museum & Factory",
        "800 W Main St",
        "Louisville, KY 40202",
        38.2570,
        -85.7639,
        "America/Kentucky/Louisville",
        "UofL Health - UofL Hospital",
        "530 S Jackson St",
        "Louisville, KY 40202",
        "(502) 562-3000",
        "W Washington St lot",
        "Louisville, KY 40202",
    ),
    "musichall": _p(
        "us",
        "Cincinnati Music Hall",
        "1241 Elm St",
        "Cincinnati, OH 45202",
        39.1095,
        -84.5189,
        "America/New_York",
        "University of Cincinnati Medical Center",
        "234 Goodman St",
        "Cincinnati, OH 45219",
        "(513) 584-1000",
        "Washington Park garage, 1230 Race St",
        "Cincinnati, OH 45202",
    ),
    # (3) sheet packs: Kansas City, Tucson, Omaha
    "kcunion": _p(
        "us",
        "Union Station Kansas City",
        "30 W Pershing Rd",
        "Kansas City, MO 64108",
        39.0849,
        -94.5860,
        "America/Chicago",
        "University Health Truman Medical Center",
        "2301 Holmes St",
        "Kansas City, MO 64108",
        "(816) 404-1000",
        "Lot B, W Pershing Rd",
        "Kansas City, MO 64108",
    ),
    "congress": _p(
        "us",
        "Hotel Congress",
        "311 E Congress St",
        "Tucson, AZ 85701",
        32.2223,
        -110.9675,
        "America/Phoenix",
        "Banner - University Medical Center Tucson",
        "1625 N Campbell Ave",
        "Tucson, AZ 85719",
        "(520) 694-0111",
        "E Toole Ave lot",
        "Tucson, AZ 85701",
    ),
    "joslyn": _p(
        "us",
        "Joslyn Art Museum",
        "2200 Dodge St",
        "Omaha, NE 68102",
        41.2606,
        -95.9456,
        "America/Chicago",
        "Nebraska Medical Center",
        "4350 Dewey Ave",
        "Omaha, NE 68105",
        "(402) 552-2000",
        "N 24th St lot",
        "Omaha, NE 68102",
    ),
    # (4) Polish plans: Gliwice, Częstochowa, Radom
    "radiostacja": _p(
        "pl",
        "Radiostacja Gliwice",
        "ul. Tarnogórska 129",
        "44-102 Gliwice",
        50.3136,
        18.6886,
        "Europe/Warsaw",
        "Szpital Miejski nr 4 w Gliwicach",
        "ul. Zygmunta Starego 20",
        "44-100 Gliwice",
        "+48 32 330 43 00",
        "ul. Tarnogórska 125 (parking przy parku)",
        "44-102 Gliwice",
    ),
    "jasnagora": _p(
        "pl",
        "Sanktuarium Jasna Góra",
        "ul. o. A. Kordeckiego 2",
        "42-225 Częstochowa",
        50.8124,
        19.0973,
        "Europe/Warsaw",
        "Wojewódzki Szpital Specjalistyczny im. NMP",
        "ul. Bialska 104/118",
        "42-200 Częstochowa",
        "+48 34 367 30 00",
        "parking przy al. Jana Pawła II",
        "42-225 Częstochowa",
    ),
    "skansenradom": _p(
        "pl",
        "Muzeum Wsi Radomskiej",
        "ul. Szydłowiecka 30",
        "26-600 Radom",
        51.3781,
        21.1186,
        "Europe/Warsaw",
        "Mazowiecki Szpital Specjalistyczny",
        "ul. Aleksandrowicza 5",
        "26-617 Radom",
        "+48 48 361 30 00",
        "parking muzeum, ul. Szydłowiecka 30",
        "26-600 Radom",
    ),
    # (5) UK unit call sheets: Derry, Leicester, Nottingham
    "guildhall": _p(
        "uk",
        "The Guildhall",
        "Guildhall Square",
        "Derry BT48 6DQ",
        54.9966,
        -7.3193,
        "Europe/London",
        "Altnagelvin Area Hospital",
        "Glenshane Rd",
        "Derry BT47 6SB",
        "028 7134 5171",
        "Foyle Embankment car park, Queen's Quay",
        "Derry BT48 7AS",
    ),
    "demontfort": _p(
        "uk",
        "De Montfort Hall",
        "Granville Rd",
        "Leicester LE1 7RU",
        52.6259,
        -1.1262,
        "Europe/London",
        "Leicester Royal Infirmary",
        "Infirmary Square",
        "Leicester LE1 5WW",
        "0300 303 1573",
        "Victoria Park car park, University Rd",
        "Leicester LE1 7RH",
    ),
    "wollaton": _p(
        "uk",
        "Wollaton Hall",
        "Wollaton Park",
        "Nottingham NG8 2AE",
        52.9481,
        -1.2094,
        "Europe/London",
        "Queen's Medical Centre",
        "Derby Rd",
        "Nottingham NG7 2UH",
        "0115 924 9924",
        "Lime Tree Ave car park, Wollaton Park",
        "Nottingham NG8 2AE",
    ),
    # (6) documentary / corporate memos: Queenstown, Tauranga, Gqeberha
    "skyline": _p(
        "nz",
        "Skyline Queenstown gondola base",
        "53 Brecon St",
        "Queenstown 9300",
        -45.0312,
        168.6555,
        "Pacific/Auckland",
        "Lakes District Hospital",
        "20 Douglas St, Frankton",
        "Queenstown 9300",
        "03 441 0015",
        "Brecon St car park",
        "Queenstown 9300",
    ),
    "historicvillage": _p(
        "nz",
        "The Historic Village",
        "155 17th Ave West",
        "Tauranga 3112",
        -37.6926,
        176.1523,
        "Pacific/Auckland",
        "Tauranga Hospital",
        "375 Cameron Rd",
        "Tauranga 3112",
        "07 579 8000",
        "17th Ave West car park",
        "Tauranga 3112",
    ),
    "donkin": _p(
        "za",
        "Donkin Reserve",
        "Belmont Terrace",
        "Central, Gqeberha 6001",
        -33.9630,
        25.6190,
        "Africa/Johannesburg",
        "Livingstone Hospital",
        "Stanford Rd, Korsten",
        "Gqeberha 6020",
        "041 405 9111",
        "Belmont Terrace parking bays",
        "Central, Gqeberha 6001",
    ),
}


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "nz": f"{h12}.{m:02d}{ap.lower()}",  # "7.30am"
        "za": f"{h:02d}h{m:02d}",  # "07h30"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "us_dow_slash": f"{d:%a} {d.month}/{d.day}",  # "Sat 10/17" (wrap line)
        "us_full_upper": f"{d:%A}, {d:%B} {d.day}, {d.year}".upper(),
        "pl_gen_wd": f"{pl_weekday(d)}, {d.day} {PL_GENITIVE[d.month - 1]} {d.year} r.",
        "pl_roman_dot": f"{d.day}.{ROMAN[d.month - 1]}.{d.year} r.",
        "pl_roman_sp": f"{d.day} {ROMAN[d.month - 1]} {d.year} ({pl_weekday(d)})",
        "uk_call": f"{d:%A} {ordinal(d.day)} {d:%B} {d.year}",
        "sentence": f"{d:%A} the {ordinal(d.day)} of {d:%B} {d.year}",
        "sent": f"{d:%a} {d.day} {d:%b} {d.year}",
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh31")


_para = paragraph


# A shaded head row, heads shrunk to their columns, ruled rows under it; returns y under it.
_rows = partial(head_table, size=8.0, shade=225, lead=12.5, head_rule=0.3, heads_to_column=True)


def _block(c: Canvas, x: float, y: float, w: float, head: str, lines: list[str]) -> float:
    """A boxed block: a dark head strip with white words, lines under it; returns its foot."""
    fill(c, x, y, w, 12, 40)
    c.pdf.set_text_color(255, 255, 255)
    fit(c, x + 4, y + 9, head, 7.5, w - 8, bold=True)
    black(c)
    yy = y + 24
    for k, ln in enumerate(lines):
        fit(c, x + 4, yy, ln, 8.5, w - 8, bold=k == 0)
        yy += 11
    c.box(x, y, w, yy - y - 4, 0.5)
    return yy - 4


# --- (1) night shoots and split days: Detroit, St. Louis, St. John's ----------------------------


def _night(key: str, title: str, day: D, call: str, wrap_at: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "us"
    nxt = day + dt.timedelta(days=1)

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        x0 = 36.0
        right = W - x0
        c.text(x0, 40, g["company"], 9, bold=True)
        grey(c, 90)
        c.text(x0, 51, g["company_addr"], 7.5)
        black(c)
        c.text(x0, 74, title.upper(), 17, bold=True)
        c.text(x0, 88, g["credits"], 8)
        c.right(right, 40, "CALL SHEET", 15, bold=True)
        if g.get("split_header"):
            # HARD: a split day spans two dates in the header
            c.right(right, 56, f"{day_text(day, 'us_long')}", 9.5, bold=True)
            c.right(right, 68, f"(into {day_text(nxt, 'us_long')})", 8)
        else:
            c.right(right, 56, day_text(day, "us_full_upper"), 9.5, bold=True)
        c.right(right, 80, g["day_of"], 8.5)
        # the call box, centred
        bx = W / 2 - 80
        c.box(bx, 100, 160, 58, 1.4)
        centre(c, 116, g["call_label"], 9)
        centre(c, 142, hm(call, t), 22)
        c.text(bx + 8, 153, g["box_note"], 6.5)
        # right: times
        y = 108.0
        for lab, val in [
            ("Shooting Call", hm(add_minutes(call, 60), t)),
            ("Sunset", hm(fall, t)),
            ("Sunrise", hm(rise, t)),
            ("Lunch (Hot)", hm(add_minutes(call, 360), t)),
            ("Est. Wrap", f"{hm(wrap_at, t)} ({day_text(nxt, 'us_dow_slash')})"),
        ]:
            c.text(W - 200, y, lab, 8.5, bold=True)
            c.right(right, y, val, 8.5)
            y += 12
        # left: weather
        c.text(x0, 112, "Weather", 8.5, bold=True)
        _para(c, x0, 124, g["weather"], 8, 150, 10.5)
        y = 190.0
        cw = (right - x0 - 16) / 3
        _block(c, x0, y, cw, "SET LOCATION", [p.name, p.street, p.city, g["set"]])
        _block(c, x0 + cw + 8, y, cw, "CREW PARKING / BASECAMP", [p.base_street, p.base_city])
        _block(
            c,
            x0 + 2 * (cw + 8),
            y,
            cw,
            "NEAREST HOSPITAL (ER)",
            [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
        )
        y = 270.0
        c.text(x0, y, g["notes"], 8.5, bold=True)
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
        y += 8
        y = _rows(
            c,
            x0,
            y,
            ["#", "CAST", "CHARACTER", "P/U", "H/MU", "ON SET"],
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
        y += 8
        c.text(x0, y, "KEY CREW", 9, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
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
        f"night_{key}",
        "na_night_split",
        "US / Canadian night shoot or split day: evening call, wrap after midnight next date",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _night_sheets() -> list[Sheet]:
    return [
        _night(
            "michcentral",
            "Third Rail",
            D(2026, 10, 16),
            "17:00",
            "05:30",
            {
                "company": "Woodward Line Pictures LLC",
                "company_addr": "1555 Broadway St, Suite 300, Detroit, MI 48226  ·  (313) 555-0140",
                "credits": "Director: Dana Kowalczyk   Producer: Marcus Bell   1st AD: Ife Okafor",
                "day_of": "NIGHT 3 of 5  ·  Shoot Day 14 of 22",
                "call_label": "GENERAL CREW CALL",
                "box_note": "Nights: meals per schedule",
                "weather": "Clear, low 44°F, high 58°F. Wind NW 8 mph. Dress warm.",
                "set": "Grand concourse and the east platform",
                "notes": "NIGHT EXTERIORS - NO FORCED CALLS - WALKIES CH 1 PRODUCTION / CH 2 AD",
                "scenes": [
                    ("31", "EXT. STATION PLATFORM - NIGHT", "N", "2 3/8", "1, 2"),
                    ("32", "INT. GRAND CONCOURSE - NIGHT", "N", "1 4/8", "1, 2, 4"),
                    ("35", "EXT. ROOSEVELT PARK - NIGHT (dawn tail)", "N", "6/8", "2"),
                ],
                "cast": [
                    ("Renee Castillo", "JUNE", -60),
                    ("Theo Barnes", "WALT", -30),
                    ("Priya Nair", "OFFICER DEAN", 90),
                ],
                "crew": [
                    ("1st AD", "Ife Okafor", 0),
                    ("DP", "Sam Lindqvist", 0),
                    ("Gaffer", "Hector Ruiz", -60),
                    ("Key Grip", "Bo Adeyemi", -60),
                    ("Sound Mixer", "Lena Wirth", 0),
                ],
                "footer": "Third Rail - Call Sheet Night 3  ·  Turnaround: 12 hrs from wrap",
            },
        ),
        _night(
            "unionstl",
            "The Long Platform",
            D(2026, 9, 24),
            "18:00",
            "04:00",
            {
                "company": "Gateway Arch Films",
                "company_addr": "2800 Locust St, St. Louis, MO 63103  ·  (314) 555-0123",
                "credits": "Director: Owen Pruitt   Producer: Keisha Grant   1st AD: Mel Foster",
                "day_of": "Day 6 of 18  ·  NIGHT 1",
                "call_label": "CREW CALL",
                "box_note": "Est. wrap after midnight",
                "weather": "Partly cloudy, 61°F at call, dropping to 52°F. 10% rain.",
                "set": "Grand Hall and the train shed",
                "notes": "NIGHT WORK - FOLLOWING DAY IS A DAY OFF - PLEASE DRIVE SAFELY HOME",
                "scenes": [
                    ("12", "INT. GRAND HALL - NIGHT", "N", "3", "1, 3"),
                    ("13", "EXT. TRAIN SHED - NIGHT", "N", "1 2/8", "1, 2"),
                ],
                "cast": [
                    ("Aaron Whitlock", "GUS", -45),
                    ("Daria Moss", "ELLEN", -45),
                    ("Jimmy Cole", "CONDUCTOR", 120),
                ],
                "crew": [
                    ("1st AD", "Mel Foster", 0),
                    ("DP", "Carla Benitez", 0),
                    ("Gaffer", "Ross Tillman", -30),
                    ("Script Supervisor", "Nora Egan", 0),
                ],
                "footer": "The Long Platform  ·  Night Call Sheet  ·  Gateway Arch Films",
            },
        ),
        _night(
            "therooms",
            "Fog Signal",
            D(2026, 11, 3),
            "14:00",
            "02:00",
            {
                "company": "Narrows Pictures Inc.",
                "company_addr": "215 Water St, St. John's, NL A1C 6C9  ·  (709) 555-0172",
                "credits": "Director: Ciara Power   Producer: Liam Hynes   1st AD: Beth Walsh",
                "day_of": "SPLIT DAY  ·  Day 9 of 20",
                "split_header": True,
                "call_label": "CREW CALL (SPLIT)",
                "box_note": "Split day: 2 PM call, dinner 8 PM",
                "weather": "Fog patches, 7°C, wind SW 30 km/h gusting 50. Rain after 11 PM.",
                "set": "Atrium and the roof terrace over the harbour",
                "notes": "SPLIT DAY - DUSK THEN NIGHT - SECOND MEAL IN THE ATRIUM",
                "scenes": [
                    ("40", "EXT. ROOF TERRACE - DUSK", "D", "1 1/8", "1"),
                    ("41", "INT. ATRIUM - NIGHT", "N", "2 6/8", "1, 2, 5"),
                    ("44", "EXT. ROOF TERRACE - NIGHT", "N", "1", "2"),
                ],
                "cast": [
                    ("Maeve Kielly", "NELL", -60),
                    ("Kieran Dooley", "PATRICK", 0),
                    ("Sadie Murphy", "GUARD", 300),
                ],
                "crew": [
                    ("1st AD", "Beth Walsh", 0),
                    ("DOP", "Andre Poirier", 0),
                    ("Gaffer", "Shane Hickey", -30),
                    ("Location Manager", "Joanne Reid", -60),
                ],
                "footer": "Fog Signal  ·  Call Sheet  ·  Narrows Pictures Inc.",
            },
        ),
    ]


# --- (2) revised sheets: Buffalo, Louisville, Cincinnati ----------------------------------------


def _rev(key: str, title: str, day: D, call: str, old: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time_style"]

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        x0 = 40.0
        right = W - x0
        # the revision banner
        fill(c, x0, 26, right - x0, 20, 200)
        c.text(x0 + 6, 40, g["banner"], 11, bold=True)
        c.right(right - 6, 40, g["issued"], 8)
        c.text(x0, 72, g["company"], 10, bold=True)
        c.text(x0, 96, title, 18, bold=True)
        c.text(x0, 110, g["credits"], 8.5)
        c.right(right, 72, "CALL SHEET", 14, bold=True)
        c.right(right, 88, day_text(day, g["date_style"]), 10, bold=True)
        c.right(right, 100, g["day_of"], 8.5)
        y = 140.0
        c.box(x0, y - 16, right - x0, 52, 1.0)
        style = g["style"]
        if style == "was":
            c.text(x0 + 10, y, "CREW CALL", 11, bold=True)
            w = c.text(x0 + 110, y + 2, hm(call, t), 18, bold=True)
            c.text(x0 + 118 + w, y, f"(was {hm(old, t)})", 10)
            c.text(x0 + 10, y + 24, g["reason"], 8.5)
        elif style == "pushed":
            c.text(x0 + 10, y, "CREW CALL", 11, bold=True)
            w = struck(c, x0 + 110, y, hm(old, t), 12)
            c.text(x0 + 122 + w, y + 2, f"CALL PUSHED TO {hm(call, t)}", 14, bold=True)
            c.text(x0 + 10, y + 24, g["reason"], 8.5)
        else:
            # HARD: the old call is printed first, on its own line, not struck
            c.text(x0 + 10, y, f"Original call: {hm(old, t)}", 9.5)
            c.text(x0 + 10, y + 20, "AMENDED CALL:", 12, bold=True)
            c.text(x0 + 120, y + 21, hm(call, t), 16, bold=True)
            c.text(x0 + 260, y + 20, g["reason"], 8.5)
        y += 60
        for lab, val in [
            ("Breakfast", g["breakfast"]),
            ("Shooting Call", hm(add_minutes(call, 45), t)),
            ("Lunch", hm(add_minutes(call, 330), t)),
            ("Sunrise / Sunset", f"{hm(rise, t)} / {hm(fall, t)}"),
            ("Weather", g["weather"]),
        ]:
            c.text(x0, y, lab, 9, bold=True)
            c.text(x0 + 110, y, val, 9)
            y += 13
        y += 10
        half = (right - x0 - 10) / 2
        _block(c, x0, y, half, "LOCATION", [p.name, p.street, p.city, g["set"]])
        _block(
            c,
            x0 + half + 10,
            y,
            half,
            "NEAREST HOSPITAL",
            [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
        )
        y += 82
        c.text(x0, y, f"Parking: {p.base_street}, {p.base_city}", 8.5)
        y += 22
        y = _rows(
            c,
            x0,
            y,
            ["SC", "DESCRIPTION", "D/N", "CAST"],
            [0, 40, 360, 410],
            g["scenes"],
            right,
            size=8.5,
            lead=13,
        )
        y += 8
        y = _rows(
            c,
            x0,
            y,
            ["DEPT", "NAME", "PHONE", "CALL"],
            [0, 130, 290, 420],
            [(a, b, ph, hm(add_minutes(call, o), t)) for a, b, ph, o in g["crew"]],
            right,
            size=8.5,
            lead=13,
        )
        y += 10
        c.text(x0, y, g["changes"], 8, bold=True)
        return c.output()

    return _sheet(
        f"rev_{key}",
        "us_revised_call",
        "US revised call sheet: REVISED / v2 / AMENDED CALL, the new call (old one struck / 'was')",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _rev_sheets() -> list[Sheet]:
    base = {"company": "Lake Effect Media Co."}
    return [
        _rev(
            "buffalohall",
            "Snowbelt",
            D(2026, 5, 20),
            "08:00",
            "07:00",
            {
                **base,
                "style": "was",
                "time_style": "us",
                "banner": "REVISED CALL SHEET - v2",
                "issued": "v2 issued Tue 5/19/2026, 9:15 PM - supersedes v1",
                "credits": "Dir: Hanna Wozniak  ·  Prod: Terrence Hall  ·  1st AD: Ray Dunn",
                "date_style": "us_long",
                "day_of": "Day 4 of 9",
                "reason": "Call moved one hour later: council session runs until 8:30 AM.",
                "breakfast": "7:30 AM (walking)",
                "weather": "Sunny, 66°F, light breeze",
                "set": "Council chamber and the 28th-floor observation deck",
                "scenes": [
                    ("18", "INT. COUNCIL CHAMBER - DAY", "D", "1, 2, 6"),
                    ("19", "EXT. OBSERVATION DECK - DAY", "D", "1, 2"),
                ],
                "crew": [
                    ("Producer", "Terrence Hall", "(716) 555-0110", 0),
                    ("1st AD", "Ray Dunn", "(716) 555-0133", 0),
                    ("DP", "Ines Varga", "(716) 555-0161", 0),
                    ("Gaffer", "Tom Bielski", "(716) 555-0178", -30),
                ],
                "changes": "CHANGES IN v2: crew call, breakfast, lunch; sc. 20 moved to Day 5.",
            },
        ),
        _rev(
            "slugger",
            "Heartwood",
            D(2026, 6, 13),
            "09:30",
            "08:00",
            {
                **base,
                "style": "pushed",
                "time_style": "us",
                "banner": "REVISED  ·  REV 1",
                "issued": "Rev 1: Fri 6/12, 10:40 PM",
                "credits": "Dir: Cole Maddox  ·  Prod: Ada Fenwick  ·  1st AD: Luis Ortega",
                "date_style": "us_ordinal",
                "day_of": "Day 2 of 6",
                "reason": "Late museum closing Friday: factory floor not free before 9:00 AM.",
                "breakfast": "9:00 AM",
                "weather": "Humid, 84°F, storms after 5 PM",
                "set": "Factory floor and the bat vault",
                "scenes": [
                    ("7", "INT. BAT FACTORY - DAY", "D", "1, 3"),
                    ("8", "INT. BAT VAULT - DAY", "D", "1"),
                    ("11", "EXT. MAIN STREET - DAY", "D", "1, 2, 3"),
                ],
                "crew": [
                    ("Producer", "Ada Fenwick", "(502) 555-0142", 0),
                    ("1st AD", "Luis Ortega", "(502) 555-0157", 0),
                    ("DP", "Jo Pham", "(502) 555-0169", 0),
                    ("Sound", "Erin Kowal", "(502) 555-0181", 15),
                ],
                "changes": "All department calls push 90 minutes with the crew call.",
            },
        ),
        _rev(
            "musichall",
            "Overture",
            D(2026, 4, 27),
            "06:30",
            "07:00",
            {
                **base,
                "style": "amended",
                "time_style": "h24",
                "banner": "AMENDED CALL SHEET",
                "issued": "Amended Sun 26 Apr 2026 18:05",
                "credits": "Dir: Joelle Ames  ·  Prod: Victor Lin  ·  1st AD: Kate Rourke",
                "date_style": "us_long",
                "day_of": "Day 1 of 5",
                "reason": "Earlier call for the orchestra pit load-in.",
                "breakfast": "06:00",
                "weather": "Showers, 57°F",
                "set": "Springer Auditorium and the orchestra pit",
                "scenes": [
                    ("1", "INT. AUDITORIUM - DAY", "D", "1, 2"),
                    ("2", "INT. ORCHESTRA PIT - DAY", "D", "2, 4"),
                ],
                "crew": [
                    ("Producer", "Victor Lin", "(513) 555-0116", 0),
                    ("1st AD", "Kate Rourke", "(513) 555-0137", 0),
                    ("DP", "Abe Mensah", "(513) 555-0152", 0),
                    ("Key Grip", "Phil Dorsey", "(513) 555-0175", -30),
                ],
                "changes": "Amendment: crew call brought forward 30 min; everything else as v1.",
            },
        ),
    ]


# --- (3) multi-day sheet packs: Kansas City, Tucson, Omaha -------------------------------------


def _pack_page(
    c: Canvas,
    title: str,
    head: str,
    day: D,
    call: str,
    venue: tuple[str, str, str, str],
    sun: tuple[str, str],
    g: dict[str, Any],
    scenes: list[tuple[str, ...]],
    page: str,
    *,
    hospital: bool,
    p: Place | None = None,
) -> None:
    W = c.width
    x0 = 36.0
    right = W - x0
    t = "us"
    c.text(x0, 42, title, 16, bold=True)
    c.text(x0, 56, g["company"], 8.5)
    c.right(right, 42, head, 13, bold=True)
    c.right(right, 58, day_text(day, "us_long"), 10, bold=True)
    c.right(right, 70, g["day_of"].pop(0), 8.5)
    c.hline(x0, right, 80, 1.0)
    c.text(x0, 104, "CREW CALL", 10, bold=True)
    c.text(x0 + 80, 106, hm(call, t), 18, bold=True)
    c.text(x0 + 220, 100, f"Shooting Call  {hm(add_minutes(call, 60), t)}", 8.5)
    c.text(x0 + 220, 112, f"Lunch  {hm(add_minutes(call, 360), t)}", 8.5)
    c.text(x0 + 360, 100, f"Sunrise  {hm(sun[0], t)}", 8.5)
    c.text(x0 + 360, 112, f"Sunset  {hm(sun[1], t)}", 8.5)
    y = 136.0
    half = (right - x0 - 10) / 2
    _block(c, x0, y, half, "LOCATION", list(venue))
    if hospital and p is not None:
        _block(
            c,
            x0 + half + 10,
            y,
            half,
            "NEAREST HOSPITAL",
            [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
        )
    y += 80
    _rows(
        c,
        x0,
        y,
        ["SC", "SET", "D/N", "PGS", "CAST"],
        [0, 40, 330, 370, 420],
        scenes,
        right,
        size=8.5,
        lead=13,
    )
    grey(c, 110)
    c.right(right, c.pdf.h - 26, page, 7.5)
    black(c)


def _pack(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        g2 = {**g, "day_of": list(g["day_of"])}
        n = 1 + len(g["advance"])
        _pack_page(
            c,
            title,
            "CALL SHEET",
            day,
            call,
            (p.name, p.street, p.city, g["set"]),
            p.sun(day),
            g2,
            g["scenes"],
            f"Page 1 of {n}",
            hospital=True,
            p=p,
        )
        # today's crew and notes under the scenes
        x0 = 36.0
        right = c.width - x0
        y = 330.0
        c.text(x0, y, "CREW", 10, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["POSITION", "NAME", "CALL"],
            [0, 160, 340],
            [(a, b, hm(add_minutes(call, o), "us")) for a, b, o in g["crew"]],
            right,
            size=8.5,
            lead=13,
        )
        c.text(x0, y + 6, f"Basecamp / crew parking: {p.base_street}, {p.base_city}", 8.5)
        for i, (aday, acall, avenue, ascenes) in enumerate(g["advance"]):
            c.new_page()
            _pack_page(
                c,
                title,
                "ADVANCE SCHEDULE",
                aday,
                acall,
                avenue,
                p.sun(aday),
                g2,
                ascenes,
                f"Page {i + 2} of {n}",
                hospital=False,
            )
        return c.output()

    return _sheet(
        f"pack_{key}",
        "us_sheet_pack",
        "US feature sheet pack: page 1 today's sheet, later pages tomorrow's advance sheet",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _pack_sheets() -> list[Sheet]:
    return [
        _pack(
            "kcunion",
            "Westbound",
            D(2026, 9, 15),
            "07:00",
            {
                "company": "Crossroads Picture Company  ·  (816) 555-0190",
                "day_of": ["Day 7 of 24", "Day 8 of 24"],
                "set": "Grand Hall and the west waiting room",
                "scenes": [
                    ("22", "INT. GRAND HALL - DAY", "D", "2 1/8", "1, 2"),
                    ("23", "INT. WAITING ROOM - DAY", "D", "1 5/8", "1, 4"),
                ],
                "crew": [
                    ("1st AD", "Grace Holloway", 0),
                    ("DP", "Martin Osei", 0),
                    ("Gaffer", "Dale Kruger", -30),
                ],
                "advance": [
                    (
                        D(2026, 9, 16),
                        "06:30",
                        (
                            "The Nelson-Atkins Museum of Art",
                            "4525 Oak St",
                            "Kansas City, MO 64111",
                            "Sculpture park (shuttlecocks)",
                        ),
                        [("30", "EXT. SCULPTURE PARK - DAY", "D", "3", "1, 2, 3")],
                    )
                ],
            },
        ),
        _pack(
            "congress",
            "Dust Devils",
            D(2026, 3, 12),
            "06:00",
            {
                "company": "Sonoran Light Films  ·  (520) 555-0147",
                # HARD: two advance pages, each with its own date, call and location
                "day_of": ["Day 3 of 15", "Day 4 of 15", "Day 5 of 15"],
                "set": "Lobby bar and the rooftop",
                "scenes": [
                    ("9", "INT. HOTEL LOBBY - DAY", "D", "2", "1, 3"),
                    ("10", "EXT. HOTEL ROOFTOP - DAY", "D", "1 3/8", "1"),
                ],
                "crew": [
                    ("1st AD", "Rosa Delgado", 0),
                    ("DP", "Ken Ishida", 0),
                    ("Key Grip", "Wes Harlan", -30),
                ],
                "advance": [
                    (
                        D(2026, 3, 13),
                        "05:30",
                        (
                            "Mission San Xavier del Bac",
                            "1950 W San Xavier Rd",
                            "Tucson, AZ 85746",
                            "Courtyard and the east hill",
                        ),
                        [("14", "EXT. MISSION COURTYARD - DAWN", "D", "1 6/8", "1, 2")],
                    ),
                    (
                        D(2026, 3, 14),
                        "07:00",
                        (
                            "Sabino Canyon Recreation Area",
                            "5700 N Sabino Canyon Rd",
                            "Tucson, AZ 85750",
                            "Tram road, stop 2",
                        ),
                        [("16", "EXT. CANYON ROAD - DAY", "D", "2 4/8", "1, 3")],
                    ),
                ],
            },
        ),
        _pack(
            "joslyn",
            "Prairie Glass",
            D(2026, 8, 10),
            "08:00",
            {
                "company": "Platte River Pictures  ·  (402) 555-0126",
                "day_of": ["Day 11 of 20", "Day 12 of 20"],
                "set": "Fountain court and the north galleries",
                "scenes": [
                    ("51", "INT. FOUNTAIN COURT - DAY", "D", "2 2/8", "1, 2, 5"),
                    ("52", "INT. NORTH GALLERY - DAY", "D", "1", "2"),
                ],
                "crew": [
                    ("1st AD", "Nate Sorensen", 0),
                    ("DP", "Lupe Arroyo", 0),
                    ("Gaffer", "Eli Brandt", -45),
                ],
                "advance": [
                    (
                        D(2026, 8, 11),
                        "07:30",
                        (
                            "The Durham Museum",
                            "801 S 10th St",
                            "Omaha, NE 68108",
                            "Main concourse",
                        ),
                        [("55", "INT. TRAIN CONCOURSE - DAY", "D", "3 1/8", "1, 2")],
                    )
                ],
            },
        ),
    ]


# --- (4) Polish dzienny plan pracy: Gliwice production house ------------------------------------


def _pl(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time_style"]

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        x0 = 36.0
        right = W - x0
        c.text(x0, 40, "KADR POŁUDNIE sp. z o.o.", 10, bold=True)
        grey(c, 90)
        c.text(x0, 51, "ul. Zwycięstwa 36, 44-100 Gliwice  ·  tel. +48 32 555 01 40", 7.5)
        black(c)
        centre(c, 80, f"DZIENNY PLAN PRACY nr {g['nr']}", 14)
        centre(c, 97, f"„{title}”", 12, bold=True)
        centre(c, 111, g["credits"], 8, bold=False)
        y = 132.0
        rows = [
            ("Data zdjęć:", day_text(day, g["date_style"])),
            ("Dzień zdjęciowy:", g["dz"]),
            ("Zbiórka ekipy:", hm(call, t)),
            ("Gotowość do zdjęć:", hm(add_minutes(call, 75), t)),
            ("Obiad:", hm(add_minutes(call, 360), t)),
            ("Planowane zakończenie:", hm(add_minutes(call, 660), t)),
            ("Wschód / zachód słońca:", f"{hm(rise, t)} / {hm(fall, t)}"),
            ("Pogoda:", g["weather"]),
        ]
        lw = 130.0
        for lab, val in rows:
            fill(c, x0, y - 10, lw, 14, 225)
            c.box(x0, y - 10, right - x0, 14, 0.3)
            c.text(x0 + 4, y, lab, 8.5, bold=True)
            c.text(x0 + lw + 6, y, val, 9, bold=lab.startswith("Zbiórka"))
            y += 14
        y += 12
        half = (right - x0 - 10) / 2
        _block(c, x0, y, half, "OBIEKT ZDJĘCIOWY", [p.name, p.street, p.city, g["set"]])
        _block(
            c,
            x0 + half + 10,
            y,
            half,
            "SZPITAL (SOR)",
            [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
        )
        y += 82
        c.text(x0, y, f"Baza / parking: {p.base_street}, {p.base_city}", 8.5)
        c.text(x0, y + 12, "Numer alarmowy: 112", 8.5)
        y += 34
        c.text(x0, y, "SCENY", 10, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["SC.", "OBIEKT / OPIS", "P/N", "OBSADA"],
            [0, 34, 330, 370],
            g["scenes"],
            right,
            size=8,
            lead=12.5,
        )
        y += 6
        c.text(x0, y, "OBSADA I EKIPA - GODZINY", 10, bold=True)
        # every person's row carries times other than the crew call, most of them earlier
        heads = ["Imię i nazwisko", "Postać / funkcja", "Charakt.", "Kostium", "Zbiórka", "Wyjazd"]
        y = _rows(
            c,
            x0,
            y + 14,
            heads,
            [0, 120, 250, 320, 390, 450],
            [
                (
                    a,
                    b,
                    hm(add_minutes(call, mk), t) if mk is not None else "-",
                    hm(add_minutes(call, ks), t) if ks is not None else "-",
                    hm(add_minutes(call, zb), t),
                    hm(add_minutes(call, wy), t),
                )
                for a, b, mk, ks, zb, wy in g["people"]
            ],
            right,
            size=8,
            lead=12.5,
        )
        y += 8
        _para(c, x0, y, g["uwagi"], 8, right - x0, 11)
        grey(c, 110)
        c.text(x0, c.pdf.h - 26, "Kadr Południe  ·  plan pracy - wydruk dla ekipy", 7)
        black(c)
        return c.output()

    return _sheet(
        f"plan_{key}",
        "pl_plan_gliwice",
        "Gliwice production house's dzienny plan pracy: people table with makeup / costume / "
        "zbiórka / wyjazd times, genitive or Roman month",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _pl_sheets() -> list[Sheet]:
    return [
        _pl(
            "radiostacja",
            "Fale",
            D(2026, 10, 8),
            "07:00",
            {
                "nr": "5",
                "time_style": "h24",
                "date_style": "pl_gen_wd",
                "credits": "reż. Tomasz Brzeziński  ·  kierownik produkcji: Aneta Kulig",
                "dz": "5 z 21",
                "weather": "pochmurno, 11°C, wiatr 15 km/h",
                "set": "wieża i budynek nadajnika",
                "scenes": [
                    ("14", "WN. NADAJNIK - DZIEŃ", "D", "Ewa, Marek"),
                    ("15", "PL. WIEŻA - DZIEŃ", "D", "Marek"),
                ],
                "people": [
                    ("Joanna Lis", "Ewa", -90, -60, -105, -100),
                    ("Piotr Gaj", "Marek", -60, -30, -75, -70),
                    ("Kamil Żak", "operator kamery", None, None, -15, -10),
                    ("Beata Nowak", "charakteryzatorka", None, None, -120, -115),
                ],
                "uwagi": "Uwagi: wyjazd busa z bazy na plan, teren radiostacji zamknięty dla "
                "zwiedzających od 8:00; dźwięk w środku budynku bez generatora.",
            },
        ),
        _pl(
            "jasnagora",
            "Pielgrzym",
            D(2026, 10, 21),
            "06:30",
            {
                "nr": "11",
                "time_style": "dot",
                "date_style": "pl_roman_dot",
                "credits": "reż. Magdalena Wrona  ·  kierownik produkcji: Jerzy Sobczak",
                "dz": "11 z 18",
                "weather": "mgła rano, 8°C, bez opadów",
                "set": "wały i dziedziniec klasztoru",
                "scenes": [
                    ("40", "PL. WAŁY - ŚWIT", "D", "Antoni"),
                    ("41", "PL. DZIEDZINIEC - DZIEŃ", "D", "Antoni, Zofia"),
                ],
                "people": [
                    ("Stanisław Mróz", "Antoni", -75, -45, -90, -85),
                    ("Alicja Bąk", "Zofia", 30, 60, 15, 20),
                    ("Rafał Kuś", "kierownik planu", None, None, -30, -25),
                ],
                "uwagi": "Uwagi: zdjęcia w sanktuarium - cisza na planie podczas nabożeństw; "
                "obowiązuje strój stonowany.",
            },
        ),
        _pl(
            "skansenradom",
            "Zagroda",
            D(2026, 11, 2),
            "08:00",
            {
                "nr": "2",
                "time_style": "h24",
                # HARD: a Roman month with no dots; Zbiórka 2 h 15 min before the crew call
                "date_style": "pl_roman_sp",
                "credits": "reż. Olga Chmiel  ·  kierownik produkcji: Damian Pietrzak",
                "dz": "2 z 12",
                "weather": "deszcz przelotny, 6°C",
                "set": "chałupa z Kozłowa i wiatrak",
                "scenes": [
                    ("5", "WN. CHAŁUPA - DZIEŃ", "D", "Helena, Wojtek"),
                    ("6", "PL. WIATRAK - DZIEŃ", "D", "Wojtek"),
                    ("8", "PL. DROGA - DZIEŃ", "D", "Helena"),
                ],
                "people": [
                    ("Helena Krupa", "Helena", -105, -75, -120, -115),
                    ("Wojciech Sowa", "Wojtek", -90, -60, -105, -100),
                    ("Marta Gil", "kostiumograf", None, None, -135, -130),
                    ("Igor Pawlak", "operator", None, None, -30, -20),
                ],
                "uwagi": "Uwagi: obiekty drewniane - zakaz palenia i otwartego ognia, "
                "sprzęt oświetleniowy tylko na LED.",
            },
        ),
    ]


# --- (5) UK unit call sheets: Derry, Leicester, Nottingham --------------------------------------


def _uk(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "h24"

    def make() -> bytes:
        c = Canvas("A4", "helvetica")
        W = c.width
        x0 = 34.0
        right = W - x0
        c.text(x0, 40, g["company"], 9, bold=True)
        c.text(x0, 64, title.upper(), 18, bold=True)
        c.text(x0, 78, g["credits"], 8)
        c.right(right, 40, f"CALL SHEET No. {g['no']}", 12, bold=True)
        c.right(right, 56, day_text(day, "uk_call"), 10, bold=True)
        c.right(right, 68, g["day_of"], 8.5)
        c.hline(x0, right, 88, 1.0)
        # the time strip
        y = 110.0
        items = [
            ("Breakfast from", hm(add_minutes(call, -45), t)),
            ("UNIT CALL", hm(call, t)),
            ("Turnover", hm(add_minutes(call, 60), t)),
            ("Lunch", hm(add_minutes(call, 330), t)),
            ("Est. Wrap", hm(add_minutes(call, 660), t)),
        ]
        if g.get("breakfast_last"):
            # HARD: breakfast printed after the unit call, at the same size, with a crowd call
            items = [
                ("UNIT CALL", hm(call, t)),
                ("SA call", hm(add_minutes(call, -60), t)),
                ("Breakfast from", hm(add_minutes(call, -45), t)),
                ("Turnover", hm(add_minutes(call, 60), t)),
                ("Est. Wrap", hm(add_minutes(call, 630), t)),
            ]
        cw = (right - x0) / len(items)
        for i, (lab, val) in enumerate(items):
            xx = x0 + i * cw
            c.box(xx, y - 14, cw, 36, 0.6 if lab != "UNIT CALL" else 1.6)
            c.text(xx + 5, y - 3, lab, 7.5, bold=True)
            c.text(xx + 5, y + 15, val, 13 if lab == "UNIT CALL" else 11, bold=lab == "UNIT CALL")
        y += 40
        c.text(x0, y, f"Sunrise {hm(rise, t)}   Sunset {hm(fall, t)}", 8.5, bold=True)
        c.text(x0 + 200, y, f"Weather: {g['weather']}", 8.5)
        y += 14
        c.text(x0, y, g["day_type"], 8.5)
        y += 14
        half = (right - x0 - 10) / 2
        _block(c, x0, y, half, "LOCATION", [p.name, p.street, p.city, g["set"]])
        _block(
            c,
            x0 + half + 10,
            y,
            half,
            "UNIT BASE / CREW PARKING",
            [p.base_street, p.base_city, g["base_note"]],
        )
        y += 80
        _block(
            c,
            x0,
            y,
            right - x0,
            "NEAREST A&E",
            [p.hospital, f"{p.hospital_street}, {p.hospital_city}  ·  {p.hospital_phone}"],
        )
        y += 62
        y = _rows(
            c,
            x0,
            y,
            ["SC", "SET / SYNOPSIS", "D/N", "PGS", "CAST"],
            [0, 34, 320, 360, 400],
            g["scenes"],
            right,
            size=8,
            lead=12.5,
        )
        y += 6
        y = _rows(
            c,
            x0,
            y,
            ["#", "ARTIST", "CHARACTER", "P/UP", "M/U & COST", "ON SET"],
            [0, 18, 140, 260, 330, 430],
            [
                (
                    str(i + 1),
                    a,
                    b,
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o + 20), t),
                    hm(add_minutes(call, 60), t),
                )
                for i, (a, b, o) in enumerate(g["cast"])
            ],
            right,
            size=8,
            lead=12.5,
        )
        y += 6
        _para(c, x0, y, g["notes"], 8, right - x0, 11)
        grey(c, 110)
        c.text(x0, c.pdf.h - 26, f"{title}  ·  {g['company']}  ·  Not to be shared", 7)
        black(c)
        return c.output()

    return _sheet(
        f"unit_{key}",
        "uk_unit_call",
        "UK / NI unit call sheet: UNIT CALL, Breakfast from, Turnover, Est. Wrap, UNIT BASE / "
        "CREW PARKING block apart from LOCATION",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _uk_sheets() -> list[Sheet]:
    return [
        _uk(
            "guildhall",
            "The Walls",
            D(2026, 10, 22),
            "07:30",
            {
                "company": "Foyleside Drama Ltd",
                "credits": "Dir: Niamh Doherty  ·  Producer: Conor McCloskey  ·  1st AD: Orla Kerr",
                "no": "12",
                "day_of": "Day 12 of 30",
                "weather": "Showers, 10°C, wind W 20 mph",
                "day_type": "Semi-continuous day: lunch 30 min, rolling.",
                "set": "Main hall and the stained-glass stair",
                "base_note": "Catering and honeywagons on the embankment.",
                "scenes": [
                    ("44", "INT. GUILDHALL MAIN HALL - DAY", "D", "2 3/8", "1, 2, 7"),
                    ("45", "INT. GUILDHALL STAIR - DAY", "D", "4/8", "2"),
                ],
                "cast": [("Aoife Bradley", "MARY", -75), ("Declan Mullan", "SEAMUS", -60)],
                "notes": "Minibus from unit base to set every 15 minutes from breakfast. No "
                "vehicles on Guildhall Square after 07:00.",
            },
        ),
        _uk(
            "demontfort",
            "Saffron Lane",
            D(2026, 9, 8),
            "08:00",
            {
                "company": "Clocktower Films Ltd",
                "credits": "Director: Ravi Mistry  ·  Producer: Helen Shaw  ·  1st AD: Dev Patel",
                "no": "3",
                "day_of": "Day 3 of 24",
                "weather": "Sunny spells, 19°C",
                "day_type": "Standard day: lunch one hour.",
                "set": "Auditorium stage and the foyer",
                "base_note": "Crew parking on the second row; trucks on the front row.",
                "scenes": [
                    ("9", "INT. CONCERT HALL STAGE - DAY", "D", "3", "1, 3"),
                    ("10", "INT. FOYER - DAY", "D", "1 1/8", "1, 2"),
                ],
                "cast": [("Anika Joshi", "PRIYA", -90), ("Sam Oduya", "LEON", -45)],
                "notes": "Walk from unit base to set via the park gate (5 min). Hi-vis on the "
                "loading bay at all times.",
            },
        ),
        _uk(
            "wollaton",
            "Deer Park",
            D(2026, 11, 14),
            "07:00",
            {
                "company": "Trent Bridge Pictures Ltd",
                "credits": "Director: Megan Price  ·  Producer: Oliver Grant  ·  1st AD: Jo Hunt",
                "no": "19",
                "day_of": "Day 19 of 26",
                "breakfast_last": True,
                "weather": "Frost early, clear, 5°C",
                "day_type": "Continuous day: no official lunch, hot food on set from 12:00.",
                "set": "Great Hall and the south lawn",
                "base_note": "Supporting artists' holding in the Courtyard cafe.",
                "scenes": [
                    ("61", "EXT. SOUTH LAWN - DAY", "D", "1 4/8", "1, 4, SAs"),
                    ("62", "INT. GREAT HALL - DAY", "D", "2 2/8", "1, 2, 4"),
                ],
                "cast": [("Hattie Lowe", "ELIZA", -60), ("Ben Aldous", "MR FINCH", -30)],
                "notes": "Deer rut: stay on the paths and keep 50 m from the herd. Park gates "
                "open 06:00 for unit vehicles only.",
            },
        ),
    ]


# --- (6) documentary / corporate memos: Queenstown, Tauranga, Gqeberha ---------------------------


def _memo(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    t = g["time_style"]
    rise, fall = p.sun(day)
    show_sun = g.get("sun", True)

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        x0 = 56.0
        right = W - x0
        grey(c, 80)
        y = 50.0
        for lab, val in [
            ("From:", g["from"]),
            ("Sent:", g["sent"]),
            ("To:", g["to"]),
            ("Subject:", f"{title} - call sheet / shoot details"),
        ]:
            c.text(x0, y, lab, 8.5, bold=True)
            c.text(x0 + 52, y, val, 8.5)
            y += 12
        black(c)
        c.hline(x0, right, y - 4, 0.4)
        y += 14
        c.text(x0, y, g["hi"], 10)
        y += 20
        y = _para(c, x0, y, g["intro"].format(date=day_text(day, "sentence")), 10, right - x0, 14)
        y += 8
        for lab, val in [
            ("When:", f"{day_text(day, 'sentence')}, {g['when']}"),
            ("Where:", f"{p.name}, {p.street}, {p.city} ({g['set']})"),
            ("Meet:", g["meet"].format(t=hm(add_minutes(call, g["meet_off"]), t))),
            ("Call:", f"{hm(call, t)} {g['call_note']}"),
        ]:
            w = c.text(x0, y, lab, 10, bold=True)
            y = _para(c, x0 + max(w, 46) + 6, y, val, 10, right - x0 - 52, 13.5) + 3
        y += 8
        c.text(x0, y, "Rough plan", 10, bold=True)
        y += 14
        for off, what in g["plan"]:
            c.text(x0 + 8, y, hm(add_minutes(call, off), t), 9.5)
            c.text(x0 + 70, y, what, 9.5)
            y += 13
        y += 8
        if show_sun:
            c.text(x0, y, f"Sunrise {hm(rise, t)}, sunset {hm(fall, t)}. {g['weather']}", 9.5)
            y += 16
        y = _para(
            c,
            x0,
            y,
            f"Nearest hospital: {p.hospital}, {p.hospital_street}, {p.hospital_city}, "
            f"{p.hospital_phone} (emergency {g['emergency']}).",
            9.5,
            right - x0,
            13,
        )
        y += 8
        c.text(x0, y, "Who's who", 10, bold=True)
        y += 14
        for who in g["people"]:
            c.text(x0 + 8, y, who, 9.5)
            y += 13
        y += 10
        y = _para(c, x0, y, g["closing"], 10, right - x0, 14)
        y += 10
        c.text(x0, y, g["sign"], 10)
        c.text(x0, y + 13, g["sig2"], 8.5)
        return c.output()

    return _sheet(
        f"memo_{key}",
        "anz_za_doc_memo",
        "NZ / ZA small-crew documentary or corporate memo: When / Where / Meet / Call, the date "
        "in a sentence",
        make,
        expect(p, title, day, call, g["set"], sun=(rise, fall) if show_sun else (None, None)),
    )


def _memo_sheets() -> list[Sheet]:
    return [
        _memo(
            "skyline",
            "High Country Makers",
            D(2026, 5, 14),
            "07:30",
            {
                "time_style": "nz",
                "from": "Ngaio Tipene <ngaio@whiteboxfilms.co.nz>",
                "sent": "Tuesday, 12 May 2026 4:52 pm",
                "to": "Crew; Rhys Manning; Kate Ashby",
                "hi": "Kia ora team,",
                "intro": "Details for day two of the doco. Shooting on {date} at the gondola "
                "with the maintenance crew before the public arrive.",
                "when": "first cabin up at 8.30am",
                "set": "bottom terminal and the engine room",
                "meet": "{t} at the Brecon St car park, kit in the ute",
                "meet_off": -15,
                "call_note": "at the bottom terminal staff door",
                "plan": [
                    (0, "Load in, GVs of the first cabins"),
                    (60, "Interview: Rhys (engine room)"),
                    (180, "Ride-along with the maintenance crew"),
                    (300, "Lunch at the top"),
                ],
                "weather": "Cold and clear, 3°C at call.",
                "emergency": "111",
                "people": [
                    "Director / producer: Ngaio Tipene 021 555 0183",
                    "Camera: Kate Ashby  ·  Sound: Wiremu Hall",
                    "Contributor: Rhys Manning (maintenance lead)",
                ],
                "closing": "Dress warm, there's a lot of standing around in the engine room. "
                "Text me if you're running late.",
                "sign": "Ngā mihi, Ngaio",
                "sig2": "White Box Films  ·  Queenstown",
            },
        ),
        _memo(
            "historicvillage",
            "Bay Makers Series",
            D(2026, 6, 25),
            "08:30",
            {
                "time_style": "nz",
                "from": "Sam Whitcombe <sam@tidelineproductions.nz>",
                "sent": "Mon 22 Jun 2026 10:14 am",
                "to": "Client team; crew",
                "hi": "Hi everyone,",
                "intro": "Confirming the corporate shoot for the Bay Makers series: we're "
                "shooting on {date} with three of the village's small businesses.",
                "when": "8.30am to about 3.30pm",
                "set": "the Gallery Row shops and the old print shop",
                "meet": "{t} at the café on the village green for a quick briefing",
                "meet_off": -20,
                "call_note": "crew call at the print shop",
                "plan": [
                    (0, "Set up, B-roll of the village street"),
                    (60, "Interview 1: the printer"),
                    (150, "Interview 2: the jeweller"),
                    (240, "Lunch"),
                    (300, "Interview 3 and pickups"),
                ],
                "weather": "Showers clearing, 14°C.",
                "emergency": "111",
                "people": [
                    "Producer: Sam Whitcombe 027 555 0129",
                    "DOP: Arohanui Pere  ·  Sound: Luke Barrow",
                    "Client contact: Jenny Liu (Bay of Plenty Business Hub)",
                ],
                "closing": "Parking is free on 17th Ave West. Call me with any questions.",
                "sign": "Cheers, Sam",
                "sig2": "Tideline Productions  ·  Tauranga",
            },
        ),
        _memo(
            "donkin",
            "Windy City Voices",
            D(2026, 8, 5),
            "07:00",
            {
                "time_style": "za",
                "sun": True,
                "from": "Lindiwe Mbatha <lindiwe@baylinemedia.co.za>",
                "sent": "Sun 2 Aug 2026 19:40",
                "to": "Crew list",
                "hi": "Hi all,",
                "intro": "Here's the plan for the Nelson Mandela Bay episode. Shooting on "
                "{date}, starting with the sunrise over the bay from the lighthouse.",
                "when": "sunrise shoot, wrap by 14h00",
                "set": "the lighthouse and the pyramid",
                # HARD: the meet (half an hour earlier, at a hotel) comes before the call
                "meet": "{t} at the Radisson Blu, Marine Drive, Summerstrand: one car to the "
                "Donkin",
                "meet_off": -30,
                "call_note": "on location at the lighthouse",
                "plan": [
                    (0, "Sunrise timelapse and GVs"),
                    (90, "Walk and talk with Thabo along the reserve"),
                    (180, "Interview at the pyramid"),
                    (300, "Lunch in Central, then wrap"),
                ],
                "weather": "Windy (SW 40 km/h), 14°C.",
                "emergency": "10177",
                "people": [
                    "Producer: Lindiwe Mbatha 082 555 0148",
                    "Camera: Pieter Venter  ·  Sound: Asanda Ndlovu",
                    "Presenter: Thabo Mokoena",
                ],
                "closing": "Bring layers and a windbreaker - it's the Windy City for a reason.",
                "sign": "Thanks, Lindiwe",
                "sig2": "Bayline Media  ·  Gqeberha",
            },
        ),
    ]


# --- near misses: share call-sheet words, are not call sheets ----------------------------------


def _screenplay() -> bytes:
    """A screenplay excerpt: title page (draft date, contact address), then two scenes."""
    c = Canvas("letter", "courier")
    W = c.width
    centre(c, 260, "THIRD RAIL", 14)
    centre(c, 290, "Written by", 12, bold=False)
    centre(c, 306, "Dana Kowalczyk", 12, bold=False)
    centre(c, 340, "Shooting Draft - October 2, 2026", 12, bold=False)
    for i, ln in enumerate(
        [
            "Woodward Line Pictures LLC",
            "1555 Broadway St, Suite 300",
            "Detroit, MI 48226",
            "(313) 555-0140",
        ]
    ):
        c.text(72, 650 + i * 14, ln, 11)
    c.new_page()
    x = 108.0
    y = 72.0
    for kind, txt in [
        ("h", "31   EXT. MICHIGAN CENTRAL STATION - PLATFORM - NIGHT"),
        ("a", "Rain hammers the canopy. JUNE (30s) walks the platform, 7:00 PM by"),
        ("a", "the station clock, counting tracks. A freight horn, far off."),
        ("c", "JUNE"),
        ("d", "Call time was six. He's late."),
        ("c", "WALT (O.S.)"),
        ("d", "Nobody's late on a night shift."),
        ("a", "WALT (50s) steps out of the dark under the 15th Street sign."),
        ("h", "32   INT. GRAND CONCOURSE - NIGHT"),
        ("a", "Dust in the work lights. June and Walt cross the marble floor."),
        ("c", "WALT"),
        ("d", "Same time tomorrow. Midnight, the east stair."),
    ]:
        if kind == "h":
            c.text(x - 36, y, txt, 12, bold=True)
        elif kind == "a":
            c.text(x, y, txt, 12)
        elif kind == "c":
            c.text(x + 158, y, txt, 12)
        else:
            c.text(x + 72, y, txt, 12)
        y += 16 if kind != "h" else 24
    c.right(W - 72, 40, "Oct 2, 2026 - Shooting Draft   12.", 10)
    return c.output()


def _recce() -> bytes:
    """A location recce report: addresses, recce dates, contacts, notes."""
    c = Canvas("A4", "helvetica")
    W = c.width
    x0 = 40.0
    right = W - x0
    c.text(x0, 50, "LOCATION RECCE REPORT", 15, bold=True)
    c.text(x0, 64, "Deer Park  ·  Trent Bridge Pictures Ltd  ·  Locations: Sophie Ward", 9)
    c.hline(x0, right, 72, 0.8)
    y = 94.0
    for name, addr, date, notes in [
        (
            "Wollaton Hall (recced)",
            "Wollaton Park, Nottingham NG8 2AE",
            "Recce: Tue 6 Oct 2026, 10:00 with the director, DoP and 1st AD",
            "Great Hall works for sc 62; power from the courtyard; deer rut Oct-Nov.",
        ),
        (
            "Newstead Abbey (option)",
            "Ravenshead, Nottingham NG15 8NA",
            "Recce: Wed 7 Oct 2026, 14:00",
            "Lake terrace good for sc 70; long walk from the car park; fees TBC.",
        ),
        (
            "Nottingham Contemporary (rejected)",
            "Weekday Cross, Nottingham NG1 2GB",
            "Recce: Thu 8 Oct 2026, 09:30",
            "Too modern for the period; kept for the pick-up day.",
        ),
    ]:
        c.text(x0, y, name, 11, bold=True)
        y += 14
        c.text(x0 + 10, y, addr, 9.5)
        y += 13
        c.text(x0 + 10, y, date, 9.5)
        y += 13
        y = _para(c, x0 + 10, y, notes, 9.5, right - x0 - 10, 12.5)
        y += 6
        c.text(x0 + 10, y, "Parking: yes   Toilets: yes   Mobile signal: 4G   Access: step-free", 9)
        y += 22
    y += 6
    _para(
        c,
        x0,
        y,
        "Next step: tech recce for the chosen locations on Tue 20 Oct 2026, meet 09:00 at the "
        "Wollaton Hall stable yard. Photos and plans in the shared drive.",
        9.5,
        right - x0,
        12.5,
    )
    return c.output()


def _catering() -> bytes:
    """A catering order for a shoot day: delivery date and time, the set address, the menu."""
    c = Canvas("letter", "helvetica")
    W = c.width
    x0 = 50.0
    right = W - x0
    c.text(x0, 56, "RIVER CITY SET CATERING", 15, bold=True)
    c.text(x0, 70, "4100 Main St, Kansas City, MO 64111  ·  (816) 555-0163", 8.5)
    c.right(right, 56, "CATERING ORDER", 13, bold=True)
    c.right(right, 70, "Order # RC-20917", 9)
    c.hline(x0, right, 80, 0.8)
    y = 100.0
    for lab, val in [
        ("Client:", "Crossroads Picture Company - Westbound (Grace Holloway)"),
        ("Shoot day:", "Tuesday, September 15, 2026"),
        ("Deliver to:", "Union Station Kansas City, 30 W Pershing Rd, Kansas City, MO 64108"),
        ("Breakfast drop:", "6:15 AM (60 crew)"),
        ("Lunch served:", "1:00 PM (65 crew + 12 background)"),
    ]:
        c.text(x0, y, lab, 9.5, bold=True)
        c.text(x0 + 100, y, val, 9.5)
        y += 14
    y += 10
    y = _rows(
        c,
        x0,
        y,
        ["MEAL", "MENU", "QTY", "PRICE"],
        [0, 80, 360, 420],
        [
            ("Breakfast", "Burritos (egg / chorizo, veg), fruit, yogurt bar", "60", "$780.00"),
            ("Breakfast", "Coffee service, juice", "60", "$180.00"),
            ("Lunch", "KC barbecue: brisket, burnt ends, smoked jackfruit", "77", "$1,540.00"),
            ("Lunch", "Sides: slaw, beans, cornbread, salad", "77", "$385.00"),
            ("Craft", "Afternoon snack tray", "1", "$150.00"),
        ],
        right,
        size=9,
        lead=14,
    )
    y += 6
    c.right(right, y, "Total  $3,035.00 + tax", 10, bold=True)
    y += 24
    _para(
        c,
        x0,
        y,
        "Dietary: 4 vegan, 2 gluten-free, 1 nut allergy (labelled). Changes to numbers by 5:00 PM "
        "the day before. Tables and chairs by production.",
        9,
        right - x0,
        12,
    )
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "near_miss_screenplay",
            "near_miss",
            "screenplay excerpt with a title page (draft date, contact address), scene headings",
            _screenplay,
            OTHER,
        ),
        _sheet(
            "near_miss_recce",
            "near_miss",
            "location recce report: addresses, recce dates and times, notes",
            _recce,
            OTHER,
        ),
        _sheet(
            "near_miss_catering",
            "near_miss",
            "catering order for a shoot day: delivery date and times, the set address, menu",
            _catering,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_night_sheets(),
        *_rev_sheets(),
        *_pack_sheets(),
        *_pl_sheets(),
        *_uk_sheets(),
        *_memo_sheets(),
        *_other_sheets(),
    ]
