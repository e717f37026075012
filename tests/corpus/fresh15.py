"""Sixteenth held-out set: conventions no earlier set covers (`fresh15_`).

Built without reading the reader (`pipeline/extract/`) and without running it on these sheets:
each family follows a real-world convention (CONVENTIONS.md, "fresh15"). US / Canadian /
Australian sheets whose hospital is one row of an "EMERGENCY SERVICES" table beside the police and
fire stations, UK / Irish / New Zealand sheets whose set is printed only in the scene table's
LOCATION column with a "MAP" link under it, Polish TV-series sheets whose call is one line of a
"ZBIÓRKI" list per department, and UK commercials whose times sit in a narrow right column
("0700 HRS") with sunrise and sunset only in a small footer. Three near misses (a table read
notice, a location fee invoice, a Polish health-and-safety induction notice) must read as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.corpus.draw import Canvas, black, grey, measure
from tests.corpus.formats import add_minutes, ordinal, pl_weekday
from tests.corpus.fresh_common import clock, date_or, expect, fill, sheet_maker, time_or
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # emergency services tables: Austin, Ottawa, Brisbane
    "austin": _p(
        "us",
        "Texas State Capitol",
        "1100 Congress Ave",
        "Austin, TX 78701",
        30.2747,
        -97.7404,
        "America/Chicago",
        "Dell Seton Medical Center",
        "1500 Red River St",
        "Austin, TX 78701",
        "(512) 324-7000",
        "1201 San Jacinto Blvd",
        "Austin, TX 78701",
    ),
    "ottawa": _p(
        "ca",
        "National Arts Centre",
        "1 Elgin St",
        "Ottawa, ON K1P 5W1",
        45.4233,
        -75.6942,
        "America/Toronto",
        "The Ottawa Hospital - Civic Campus",
        "1053 Carling Ave",
        "Ottawa, ON K1Y 4E9",
        "(613) 722-7000",
        "Lot 4, 111 Lisgar St",
        "Ottawa, ON K2P 0C2",
    ),
    "brisbane": _p(
        "eu",
        "Brisbane City Hall",
        "64 Adelaide St",
        "Brisbane City QLD 4000",
        -27.4689,
        153.0235,
        "Australia/Brisbane",
        "Royal Brisbane and Women's Hospital",
        "Butterfield St",
        "Herston QLD 4029",
        "(07) 3646 8111",
        "King George Square car park, Ann St",
        "Brisbane City QLD 4000",
    ),
    # set only in the scene table's LOCATION column: Edinburgh, Dublin, Wellington
    "edinburgh": _p(
        "uk",
        "The Signet Library",
        "Parliament Square",
        "Edinburgh EH1 1RF",
        55.9494,
        -3.1909,
        "Europe/London",
        "Royal Infirmary of Edinburgh",
        "51 Little France Crescent",
        "Edinburgh EH16 4SA",
        "0131 536 1000",
        "Market St",
        "Edinburgh EH1 1DF",
    ),
    "dublin": _p(
        "uk",
        "Trinity College Dublin",
        "College Green",
        "Dublin 2, D02 PN40",
        53.3438,
        -6.2546,
        "Europe/Dublin",
        "St James's Hospital",
        "James's St",
        "Dublin 8, D08 NHY1",
        "01 410 3000",
        "Pearse St",
        "Dublin 2, D02 VR66",
    ),
    "wellington": _p(
        "eu",
        "Old St Paul's",
        "34 Mulgrave St",
        "Thorndon, Wellington 6011",
        -41.2773,
        174.7790,
        "Pacific/Auckland",
        "Wellington Regional Hospital",
        "49 Riddiford St",
        "Newtown, Wellington 6021",
        "04 385 5999",
        "Pipitea St",
        "Thorndon, Wellington 6011",
    ),
    # Polish TV series with a ZBIÓRKI list: Łódź, Gdańsk, Lublin
    "lodz": _p(
        "pl",
        "Pałac Izraela Poznańskiego",
        "ul. Ogrodowa 15",
        "91-065 Łódź",
        51.7784,
        19.4470,
        "Europe/Warsaw",
        "Uniwersytecki Szpital Kliniczny im. WAM",
        "ul. Żeromskiego 113",
        "90-549 Łódź",
        "+48 42 639 35 00",
        "ul. Drewnowska 58",
        "91-002 Łódź",
    ),
    "gdansk": _p(
        "pl",
        "Dwór Artusa",
        "ul. Długi Targ 43/44",
        "80-831 Gdańsk",
        54.3486,
        18.6537,
        "Europe/Warsaw",
        "Uniwersyteckie Centrum Kliniczne",
        "ul. Dębinki 7",
        "80-952 Gdańsk",
        "+48 58 727 05 05",
        "ul. Podwale Przedmiejskie 30",
        "80-824 Gdańsk",
    ),
    "lublin": _p(
        "pl",
        "Zamek Lubelski",
        "ul. Zamkowa 9",
        "20-117 Lublin",
        51.2506,
        22.5722,
        "Europe/Warsaw",
        "Samodzielny Publiczny Szpital Kliniczny nr 4",
        "ul. Jaczewskiego 8",
        "20-954 Lublin",
        "+48 81 724 41 00",
        "al. Tysiąclecia 1",
        "20-121 Lublin",
    ),
    # UK commercials with the sun in the footer: London, Manchester, Bristol
    "london": _p(
        "uk",
        "Somerset House",
        "Strand",
        "London WC2R 1LA",
        51.5110,
        -0.1172,
        "Europe/London",
        "St Thomas' Hospital",
        "Westminster Bridge Rd",
        "London SE1 7EH",
        "020 7188 7188",
        "Lancaster Place",
        "London WC2E 7EN",
    ),
    "manchester": _p(
        "uk",
        "Manchester Central Library",
        "St Peter's Square",
        "Manchester M2 5PD",
        53.4781,
        -2.2445,
        "Europe/London",
        "Manchester Royal Infirmary",
        "Oxford Rd",
        "Manchester M13 9WL",
        "0161 276 1234",
        "Great Northern car park, Watson St",
        "Manchester M3 4EE",
    ),
    "bristol": _p(
        "uk",
        "SS Great Britain",
        "Great Western Dockyard",
        "Bristol BS1 6TY",
        51.4491,
        -2.6084,
        "Europe/London",
        "Bristol Royal Infirmary",
        "Upper Maudlin St",
        "Bristol BS2 8HW",
        "0117 923 0000",
        "Cumberland Rd",
        "Bristol BS1 6XW",
    ),
}


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, _ = clock(hhmm)
    forms = {
        "A": f"{h12}:{m:02d}{'A' if h < 12 else 'P'}",  # "7:00A"
        "hrs": f"{h:02d}{m:02d} HRS",  # "0700 HRS"
        "dotam": f"{h12}.{m:02d}{'am' if h < 12 else 'pm'}",  # "7.30am"
        "am": (f"{h12}" if m == 0 else f"{h12}:{m:02d}") + ("am" if h < 12 else "pm"),  # "7am"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "uk_caps": f"{d:%A} {ordinal(d.day)} {d:%B} {d.year}".upper(),
        "us_caps": f"{d:%A}, {d:%B} {d.day}, {d.year}".upper(),
        "dmy_slash": f"{d:%A} {d:%d/%m/%Y}",
        "pl_dots_wd": f"{d:%d.%m.%Y} ({pl_weekday(d)})",  # "12.05.2026 (wtorek)"
        "pl_short_wd": f"{pl_weekday(d, True)} {d.day}.{d.month:02d}.{d.year}",
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh15")


# --- emergency services: the hospital is one row beside the police and the fire station -------


def _emerg(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas(g["page"], "helvetica")
        W = c.width
        c.text(36, 42, title, 18, bold=True)
        c.text(36, 56, g["company"], 8.5)
        c.text(36, 67, g["credits"], 7.5)
        c.right(W - 36, 42, "CALL SHEET", 12, bold=True)
        c.right(W - 36, 56, day_text(day, g["date_style"]), 9, bold=True)
        c.right(W - 36, 67, f"Shoot day {g['n']} of {g['of']}", 8)
        c.hline(36, W - 36, 76, 1.2)
        # call box left, times right
        c.box(36, 86, 170, 54, 1.0)
        c.text(44, 100, g["call_label"], 8.5, bold=True)
        c.text(44, 126, hm(call, t), 22, bold=True)
        times = [
            ("Breakfast", add_minutes(call, -30)),
            ("Shooting call", add_minutes(call, 45)),
            ("Lunch", add_minutes(call, 360)),
            ("Est. wrap", add_minutes(call, 660)),
        ]
        y = 96.0
        for label, hhmm in times:
            c.text(222, y, label, 8.5)
            c.text(300, y, hm(hhmm, t), 8.5)
            y += 12
        c.text(370, 96, f"Sunrise {hm(rise, t)}", 8.5)
        c.text(370, 108, f"Sunset {hm(fall, t)}", 8.5)
        fit(c, 370, 120, g["weather"], 8, W - 36 - 370)
        y = 160.0
        c.text(36, y, "SET", 8.5, bold=True)
        c.text(300, y, "CREW PARKING", 8.5, bold=True)
        for n, line in enumerate([g["set"], p.name, p.street, p.city]):
            fit(c, 36, y + 12 + 11 * n, line, 8.5, 250, bold=n == 0)
        for n, line in enumerate([p.base_street, p.base_city, g["park_note"]]):
            fit(c, 300, y + 12 + 11 * n, line, 8.5, W - 336)
        # HARD: the hospital is one row of a three-row services table, police and fire beside it
        y = 228.0
        fill(c, 36, y - 10, W - 72, 14, 30)
        c.pdf.set_text_color(255, 255, 255)
        c.text(40, y, g["emerg_head"], 8.5, bold=True)
        black(c)
        cols = [36.0, 130.0, 300.0, 460.0, W - 36]
        heads = ["SERVICE", "NAME", "ADDRESS", "PHONE"]
        y += 4
        rows = [
            (g["er_label"], p.hospital, p.hospital_address, p.hospital_phone),
            ("POLICE", g["police"][0], g["police"][1], g["police"][2]),
            ("FIRE", g["fire"][0], g["fire"][1], g["fire"][2]),
        ]
        c.grid(36, y, [cols[i + 1] - cols[i] for i in range(4)], [13.0] + [24.0] * 3)
        for i, h in enumerate(heads):
            c.text(cols[i] + 3, y + 10, h, 7, bold=True)
        for r, row in enumerate(rows):
            yr = y + 13 + 24 * r
            for i, v in enumerate(row):
                w = cols[i + 1] - cols[i] - 6
                if i in (1, 2) and measure(c, v, 8) > w:
                    words = v.split(", ") if i == 2 else v.split(" - ")
                    fit(c, cols[i] + 3, yr + 10, words[0] + ("," if i == 2 else ""), 8, w)
                    rest = ", ".join(words[1:]) if i == 2 else " - ".join(words[1:])
                    fit(c, cols[i] + 3, yr + 20, rest, 8, w)
                else:
                    fit(c, cols[i] + 3, yr + 14, v, 8, w, bold=i == 0)
        c.text(36, y + 100, g["emerg_note"], 8)
        # scenes
        y += 124
        fill(c, 36, y - 10, W - 72, 13, 215)
        for head, x in [("SC", 36), ("SET / DESCRIPTION", 70), ("D/N", 340), ("PGS", 380)]:
            c.text(x + 2, y, head, 7.5, bold=True)
        c.text(430, y, "CAST", 7.5, bold=True)
        for row in g["scenes"]:
            y += 14
            for x, v in zip([38, 72, 342, 382, 432], row, strict=True):
                fit(c, x, y, v, 8, 260 if x == 72 else W - 36 - x if x == 432 else 36)
            c.hline(36, W - 36, y + 4, 0.3)
        y += 24
        c.text(36, y, "CAST", 8.5, bold=True)
        for x, head in [(250, "P/U"), (310, "HMU"), (370, "SET")]:
            c.text(x, y, head, 7.5, bold=True)
        for n, name in enumerate(g["cast"]):
            y += 12
            c.text(40, y, name, 8)
            c.text(250, y, hm(add_minutes(call, -30 + 10 * n), t), 8)
            c.text(310, y, hm(add_minutes(call, -15 + 10 * n), t), 8)
            c.text(370, y, hm(add_minutes(call, 45), t), 8)
        y += 24
        c.text(36, y, "NOTES", 8.5, bold=True)
        for line in g["notes"]:
            y += 12
            fit(c, 40, y, line, 8, W - 80)
        return c.output()

    return _sheet(
        f"emerg_{key}",
        "emergency_services",
        "hospital as one row of an EMERGENCY SERVICES table with police and fire",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _emerg_sheets() -> list[Sheet]:
    return [
        _emerg(
            "austin",
            "LONE STAR LEDGER",
            D(2026, 4, 14),
            "07:00",
            {
                "page": "letter",
                "time": "us",
                "company": "Pecan Street Pictures LLC · 801 E 5th St, Austin, TX 78702",
                "credits": "Director: Lupe Garza · Producer: Dean Whitaker · 1st AD: Kim Oyelaran",
                "date_style": "us_long",
                "n": 11,
                "of": 30,
                "call_label": "GENERAL CREW CALL",
                "weather": "Sunny, high 84°F, low 63°F",
                "set": "INT. SENATE CHAMBER / EXT. SOUTH STEPS",
                "park_note": "Capitol Visitors Parking Garage, level 3",
                "emerg_head": "EMERGENCY SERVICES (nearest to set) - DIAL 911",
                "er_label": "HOSPITAL (ER)",
                "police": ("Austin Police Dept. HQ", "715 E 8th St, Austin, TX 78701", "311"),
                "fire": ("AFD Fire Station 1", "401 E 5th St, Austin, TX 78701", "911"),
                "emerg_note": "Set medic: Rosa Vela, (512) 555-0190. AED at the south entrance.",
                "scenes": [
                    ("31", "INT. SENATE CHAMBER - the filibuster begins", "D", "3 1/8", "1,2,5"),
                    ("32", "INT. SENATE CHAMBER - midnight vote", "N", "1 4/8", "1,2"),
                    ("40", "EXT. SOUTH STEPS - press conference", "D", "2/8", "1,5,9"),
                ],
                "cast": [
                    "1. JUNE HALE - Maya Torres",
                    "2. SEN. COX - Bill Ames",
                    "5. AIDE - Ty Lo",
                ],
                "notes": [
                    "Capitol security screening at the north entrance: allow 20 minutes.",
                    "No filming of security posts. Badges worn at all times.",
                ],
            },
        ),
        _emerg(
            "ottawa",
            "THE LONG WINTER",
            D(2026, 2, 10),
            "07:30",
            {
                "page": "letter",
                "time": "h24",
                "company": "Rideau Lantern Films Inc. · 200 Elgin St, Ottawa, ON K2P 1L5",
                "credits": "Director: Élise Tremblay · Producer: Owen MacLeod",
                "date_style": "us_caps",
                "n": 6,
                "of": 24,
                "call_label": "CREW CALL",
                "weather": "Snow flurries, -9°C / -17°C",
                "set": "INT. SOUTHAM HALL LOBBY",
                "park_note": "Crew parking by pass only, Lot 4",
                "emerg_head": "EMERGENCY SERVICES - CALL 911 FIRST",
                "er_label": "HOSPITAL (ER)",
                "police": (
                    "Ottawa Police Service",
                    "474 Elgin St, Ottawa, ON K2P 2J6",
                    "613-236-1222",
                ),
                "fire": ("Ottawa Fire Station 11", "424 Metcalfe St, Ottawa, ON K2P 2C4", "911"),
                "emerg_note": "Set medic on site from crew call. Cold-weather tent at base.",
                "scenes": [
                    ("12", "INT. SOUTHAM HALL LOBBY - Nora waits for the car", "N", "1 2/8", "1,4"),
                    ("13", "INT. LOBBY BAR - Nora and Gil argue", "N", "2 5/8", "1,3"),
                    ("17A", "INT. LOBBY - empty, dawn", "D", "1/8", "-"),
                ],
                "cast": ["1. NORA - Claire Gagnon", "3. GIL - Sam Dubois", "4. DRIVER - Ray Kwan"],
                "notes": [
                    "Dress for the cold: exterior doors open for the car scenes.",
                    "Green room on level 2. No food in the lobby.",
                ],
            },
        ),
        _emerg(
            "brisbane",
            "RIVER CITY",
            D(2026, 9, 15),
            "06:30",
            {
                "page": "A4",
                "time": "am",
                "company": "Mango Lane Productions Pty Ltd · 40 Edward St, Brisbane City QLD 4000",
                "credits": "Director: Hamish Doyle · Producer: Ngaire Walsh",
                "date_style": "uk_plain",
                "n": 3,
                "of": 18,
                "call_label": "UNIT CALL",
                "weather": "Fine, 27°C / 15°C, UV very high",
                "set": "INT. MAIN AUDITORIUM & CLOCK TOWER FOYER",
                "park_note": "Unit vehicles only; crew use Roma St car park",
                "emerg_head": "EMERGENCY SERVICES - CALL 000",
                "er_label": "HOSPITAL (ED)",
                "police": (
                    "Brisbane City Police Stn",
                    "200 Roma St, Brisbane City QLD 4000",
                    "131 444",
                ),
                "fire": ("Kemp Place Fire Station", "15 Kemp Pl, Fortitude Valley QLD 4006", "000"),
                "emerg_note": "First aid: Tash Reid (unit medic), 0400 555 017. Sunscreen at base.",
                "scenes": [
                    ("8", "INT. MAIN AUDITORIUM - the council meeting", "D", "3 3/8", "1,2,6"),
                    ("9", "INT. CLOCK TOWER FOYER - Leila slips out", "D", "5/8", "2"),
                    ("21", "INT. MAIN AUDITORIUM - empty after the vote", "D", "1/8", "1"),
                ],
                "cast": ["1. MAYOR - Rhys Kelly", "2. LEILA - Ana Petrovic", "6. CLERK - Jo Tan"],
                "notes": [
                    "Heritage building: no tape on the timber floors, soft wheels on all dollies.",
                    "Quiet on the clock tower stair from 10am (public tours).",
                ],
            },
        ),
    ]


# --- the set only in the scene table's LOCATION column, with a MAP link -----------------------


def _sceneloc(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", g["font"], "L")
        W = c.width
        c.text(30, 40, title, 17, bold=True)
        c.text(30, 54, g["company"], 8)
        c.text(30, 65, g["credits"], 7.5)
        c.right(W - 30, 40, f"CALL SHEET {g['no']}", 12, bold=True)
        c.right(W - 30, 54, day_text(day, g["date_style"]), 9, bold=True)
        c.right(W - 30, 65, f"Day {g['n']} of {g['of']}", 8)
        c.hline(30, W - 30, 74, 1.2)
        # a row of small ruled boxes: call, times, sun, weather
        boxes = [
            (g["call_label"], hm(call, t), True),
            ("BREAKFAST", hm(add_minutes(call, -30), t), False),
            ("TURNOVER", hm(add_minutes(call, 60), t), False),
            ("LUNCH", hm(add_minutes(call, 330), t), False),
            ("WRAP", hm(add_minutes(call, 630), t), False),
            ("SUNRISE", hm(rise, t), False),
            ("SUNSET", hm(fall, t), False),
        ]
        bw = (W - 60 - 150) / len(boxes)
        for n, (label, value, bold) in enumerate(boxes):
            x = 30 + n * bw
            c.box(x, 82, bw, 34, 1.2 if bold else 0.5)
            fit(c, x + 4, 92, label, 6.5, bw - 8, bold=True)
            fit(c, x + 4, 110, value, 13 if bold else 10, bw - 8, bold=bold)
        c.box(W - 30 - 150, 82, 150, 34)
        c.text(W - 176, 92, "WEATHER", 6.5, bold=True)
        fit(c, W - 176, 106, g["weather"], 8, 142)
        # HARD: the set's address is printed only in the scene table's LOCATION column
        y = 136.0
        cols = [("SC", 30), ("SET", 62), ("D/N", 300), ("PGS", 332), ("CAST", 372)]
        cols += [("LOCATION", 440)]
        fill(c, 30, y - 10, W - 60, 14, 40)
        c.pdf.set_text_color(255, 255, 255)
        for head, x in cols:
            c.text(x + 3, y, head, 7.5, bold=True)
        black(c)
        y0 = y + 4
        for row in g["scenes"]:
            y += 16
            for (_, x), v in zip(cols[:-1], row, strict=True):
                fit(c, x + 3, y, v, 8.5, 230 if x == 62 else 60)
            c.hline(30, 440, y + 6, 0.3)
        y1 = max(y + 6, y0 + 70)
        c.box(30, y0, W - 60, y1 - y0, 0.6)
        c.vline(440, y0, y1)
        lx = 446.0
        for n, line in enumerate([p.name, p.street, p.city]):
            fit(c, lx, y0 + 14 + 12 * n, line, 9, W - 30 - lx - 6, bold=n == 0)
        c.pdf.set_text_color(20, 60, 200)
        c.text(lx, y0 + 14 + 12 * 3 + 4, f"MAP: {g['map']}", 8)
        black(c)
        # the rest: unit base, hospital, cast
        y = y1 + 26
        c.text(30, y, g["base_label"], 8.5, bold=True)
        for n, line in enumerate([p.base_street, p.base_city, g["base_note"]]):
            fit(c, 30, y + 12 + 11 * n, line, 8.5, 230)
        c.text(290, y, g["er_label"], 8.5, bold=True)
        lines = [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]
        for n, line in enumerate(lines):
            fit(c, 290, y + 12 + 11 * n, line, 8.5, 230)
        c.text(560, y, "CAST", 8.5, bold=True)
        c.text(720, y, "CALL", 7.5, bold=True)
        for n, name in enumerate(g["cast"]):
            fit(c, 560, y + 12 + 11 * n, name, 8, 150)
            c.text(720, y + 12 + 11 * n, hm(add_minutes(call, -20 + 10 * n), t), 8)
        y += 70
        c.text(30, y, "NOTES", 8.5, bold=True)
        for line in g["notes"]:
            y += 12
            fit(c, 34, y, line, 8, W - 68)
        return c.output()

    extra = f"{g['set_words']} MAP: {g['map']}"
    return _sheet(
        f"sceneloc_{key}",
        "scene_location",
        "set printed only in the scene table's LOCATION column with a MAP link",
        make,
        expect(p, title, day, call, extra),
    )


def _sceneloc_sheets() -> list[Sheet]:
    return [
        _sceneloc(
            "edinburgh",
            "THE ADVOCATE",
            D(2026, 10, 6),
            "08:00",
            {
                "font": "helvetica",
                "time": "h24",
                "company": "Canongate Lantern Films Ltd · 12 Leith Walk, Edinburgh EH6 5AA",
                "credits": "Director: Fiona Baird · Producer: Callum Reid · 1st AD: Aisha Malik",
                "no": "No. 14",
                "date_style": "uk_long",
                "n": 14,
                "of": 40,
                "call_label": "UNIT CALL",
                "weather": "Showers, 13°C, wind SW 25 mph",
                "scenes": [
                    ("44", "INT. UPPER LIBRARY - Ewan finds the ledger", "D", "2 1/8", "1,4"),
                    ("45", "INT. LOWER LIBRARY - the advocates' dinner", "N", "3 2/8", "1,2,4,7"),
                    ("46", "INT. STAIRCASE - Ewan and Mairi", "D", "4/8", "1,2"),
                ],
                "set_words": "INT. UPPER LIBRARY LOWER STAIRCASE",
                "map": "https://maps.app.goo.gl/Sg7Lib4Edn",
                "base_label": "UNIT BASE",
                "base_note": "Facilities on Market St, 5 min walk up the Mound steps",
                "er_label": "NEAREST A&E",
                "cast": ["1. EWAN - Rory Fraser", "2. MAIRI - Kate Lindsay", "4. LORD ST CLAIR"],
                "notes": [
                    "Parliament Square is public: keep the library doors clear for visitors.",
                    "No food or drink in the libraries. Soft shoes on the upper floor.",
                ],
            },
        ),
        _sceneloc(
            "dublin",
            "THE LONG ROOM",
            D(2026, 6, 18),
            "07:30",
            {
                "font": "sans",
                "time": "military",
                "company": "Liffey Lantern Productions DAC · 21 Fenian St, Dublin 2",
                "credits": "Director: Siobhán Keane · Producer: Darragh Nolan",
                "no": "#9",
                "date_style": "dmy_slash",
                "n": 9,
                "of": 26,
                "call_label": "CREW CALL",
                "weather": "Dry, bright spells, 19°C",
                "scenes": [
                    ("23", "EXT. FRONT SQUARE - the graduation", "D", "2 6/8", "1,2,3"),
                    ("24", "EXT. CAMPANILE - Niamh waits", "D", "3/8", "2"),
                    ("27", "INT. EXAM HALL - the results", "D", "1 5/8", "1,2,8"),
                ],
                "set_words": "EXT. FRONT SQUARE CAMPANILE INT. EXAM HALL",
                "map": "https://goo.gl/maps/TcdFrontSq26",
                "base_label": "UNIT BASE / PARKING",
                "base_note": "Enter by the Pearse St gate; passes on dashboards",
                "er_label": "NEAREST A&E (24 HRS)",
                "cast": ["1. CIARA - Aoife Byrne", "2. NIAMH - Róisín Walsh", "3. DEAN - Pat Ryan"],
                "notes": [
                    "Tourists on Front Square all day: marshals at the arch from 0700.",
                    "Exam Hall is a listed interior: no gaffer tape on panelling.",
                ],
            },
        ),
        _sceneloc(
            "wellington",
            "THE VESTRY",
            D(2026, 3, 24),
            "07:00",
            {
                "font": "helvetica",
                "time": "dotam",
                "company": "Harbour Lantern Films Ltd · 5 Cuba St, Te Aro, Wellington 6011",
                "credits": "Director: Mere Tawhiri · Producer: James Fenton",
                "no": "#4",
                "date_style": "uk_plain",
                "n": 4,
                "of": 20,
                "call_label": "UNIT CALL",
                "weather": "Fine, northerly 40 km/h, 21°C",
                "scenes": [
                    ("10", "INT. NAVE - the wedding rehearsal", "D", "3 1/8", "1,2,5"),
                    ("11", "INT. VESTRY - Hemi and the vicar", "D", "1 2/8", "2,6"),
                    ("15", "EXT. CHURCH GATE - the rain scene (rain towers)", "D", "6/8", "1,2"),
                ],
                "set_words": "INT. NAVE VESTRY EXT. CHURCH GATE",
                "map": "https://maps.app.goo.gl/OldStPauls34",
                "base_label": "UNIT BASE",
                "base_note": "Pipitea St (cones out from 6am); crew park at Thorndon Quay",
                "er_label": "NEAREST HOSPITAL (ED)",
                "cast": ["1. ANNA - Lucy Grey", "2. HEMI - Tama Ngata", "5. MOTHER - Joy Lee"],
                "notes": [
                    "Heritage church: no nails, no tape, soft wheels only.",
                    "Rain towers on the gate at 2pm: wet-weather gear for all exterior crew.",
                ],
            },
        ),
    ]


# --- Polish TV series, Google Docs style: symbol bullets and a ZBIÓRKI list ------------------


def _serial(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        c.text(56, 56, f"SERIAL „{title}”", 16, bold=True)
        c.text(56, 72, g["episodes"], 10)
        c.text(56, 86, g["company"], 8)
        c.right(W - 56, 56, f"DZIEŃ ZDJĘCIOWY {g['n']}", 11, bold=True)
        c.right(W - 56, 72, day_text(day, g["date_style"]), 10, bold=True)
        c.hline(56, W - 56, 96, 0.6)
        y = 118.0
        # HARD: the crew call is one line of the ZBIÓRKI list, after earlier department calls
        c.text(56, y, "ZBIÓRKI", 11, bold=True)
        rows = [
            ("Produkcja / lokacje", add_minutes(call, -90), False),
            ("Charakteryzacja i fryzjerzy", add_minutes(call, -60), False),
            ("Kostiumy", add_minutes(call, -45), False),
            ("Catering (śniadanie od)", add_minutes(call, -45), False),
            ("Oświetlenie / grip (pre-light)", add_minutes(call, -30), False),
            (g["crew_row"], call, True),
            ("Dźwięk", call, False),
            ("Statyści (w holdingu)", add_minutes(call, 30), False),
        ]
        for label, hhmm, bold in rows:
            y += 15
            c.text(62, y, "●", 6)
            c.text(74, y, label, 9, bold=bold)
            c.text(260, y, hm(hhmm, t), 9, bold=bold)
        # Docs-style fact list with symbol bullets
        x = 320.0
        yy = 118.0
        facts = [
            ("☀", f"Wschód słońca {hm(rise, t)}"),
            ("☾", f"Zachód słońca {hm(fall, t)}"),
            ("☁", g["weather"]),
            ("☕", f"Obiad {hm(add_minutes(call, 360), t)}"),
            ("★", f"Planowane zakończenie {hm(add_minutes(call, 660), t)}"),
        ]
        for sym, text in facts:
            c.text(x, yy, sym, 10)
            fit(c, x + 16, yy, text, 9, W - 56 - x - 16)
            yy += 15
        y = max(y, yy) + 26
        c.text(56, y, "➤", 10)
        c.text(72, y, "PLAN", 10, bold=True)
        for n, line in enumerate([g["set"], p.name, p.street, p.city]):
            fit(c, 72, y + 14 + 12 * n, line, 9, 230, bold=n == 0)
        c.text(320, y, "⚑", 10)
        c.text(336, y, "BAZA / PARKING", 10, bold=True)
        for n, line in enumerate([p.base_street, p.base_city, g["base_note"]]):
            fit(c, 336, y + 14 + 12 * n, line, 9, W - 56 - 336)
        y += 72
        c.text(56, y, "✚", 10)
        c.text(72, y, g["er_label"], 10, bold=True)
        lines = [p.hospital, f"{p.hospital_street}, {p.hospital_city}", f"tel. {p.hospital_phone}"]
        for n, line in enumerate(lines):
            fit(c, 72, y + 14 + 12 * n, line, 9, W - 128)
        y += 62
        c.text(56, y, "SCENY", 11, bold=True)
        for row in g["scenes"]:
            y += 14
            c.text(62, y, "●", 6)
            fit(c, 74, y, row, 9, W - 130)
        y += 26
        c.text(56, y, "OBSADA", 11, bold=True)
        for n, name in enumerate(g["cast"]):
            y += 14
            c.text(62, y, "●", 6)
            c.text(74, y, name, 9)
            c.text(300, y, f"charakt. {hm(add_minutes(call, -40 + 10 * n), t)}", 9)
        y += 26
        c.text(56, y, "⚠", 10)
        c.text(72, y, "UWAGI", 10, bold=True)
        for line in g["notes"]:
            y += 14
            fit(c, 72, y, line, 9, W - 128)
        return c.output()

    return _sheet(
        f"serial_{key}",
        "pl_serial_docs",
        "Polish TV series in Google Docs style with symbol bullets and a ZBIÓRKI list",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _serial_sheets() -> list[Sheet]:
    return [
        _serial(
            "lodz",
            "Fabrykanci",
            D(2026, 5, 12),
            "07:00",
            {
                "episodes": "odc. 212, 213, 215",
                "company": "Manufaktura Seriali sp. z o.o. · ul. Piotrkowska 102, 90-004 Łódź",
                "n": 47,
                "date_style": "pl_weekday_genitive",
                "time": "h24",
                "crew_row": "Ekipa zdjęciowa (wszyscy pozostali)",
                "weather": "zachmurzenie umiarkowane, 17°C",
                "set": "WNĘTRZE: SALON BALOWY / KLATKA SCHODOWA",
                "base_note": "wozy techniczne od 5:30, ekipa parkuje na parkingu Manufaktury",
                "er_label": "NAJBLIŻSZY SZPITAL (SOR)",
                "scenes": [
                    "212/14 - SALON BALOWY - Zofia i Adam, kłótnia o spadek (D) - 2 3/8 str.",
                    "213/3 - KLATKA SCHODOWA - Adam schodzi z listem (D) - 4/8 str.",
                    "215/21 - SALON BALOWY - bal, 30 statystów (W) - 3 1/8 str.",
                ],
                "cast": ["ZOFIA - Anna Kubiak", "ADAM - Michał Zieliński", "HRABINA - Ewa Duda"],
                "notes": [
                    "Pałac jest muzeum: obuwie zmienne, bez taśmy na parkietach.",
                    "Zakaz palenia na dziedzińcu. Zdjęcia z planu tylko za zgodą produkcji.",
                ],
            },
        ),
        _serial(
            "gdansk",
            "Motława",
            D(2026, 8, 25),
            "06:30",
            {
                "episodes": "odc. 48-50 (sezon 3)",
                "company": "Bałtycka Fabryka Obrazu sp. z o.o. · ul. Grunwaldzka 82, 80-244 Gdańsk",
                "n": 19,
                "date_style": "pl_dots_wd",
                "time": "dot",
                "crew_row": "EKIPA (zbiórka ogólna)",
                "weather": "słonecznie, 24°C, wiatr 15 km/h",
                "set": "WN. WIELKA HALA / PLENER: DŁUGI TARG",
                "base_note": "baza i catering na parkingu, wjazd od 5:00",
                "er_label": "SZPITAL - SOR",
                "scenes": [
                    "48/7 - WIELKA HALA - przyjęcie u konsula (D) - 2 6/8 str.",
                    "49/2 - DŁUGI TARG - pościg wśród turystów (D) - 1 2/8 str.",
                    "50/11 - WIELKA HALA - po przyjęciu, pusto (D) - 3/8 str.",
                ],
                "cast": ["MAREK - Piotr Lewandowski", "OLGA - Natalia Bąk", "KONSUL - Jan Sikora"],
                "notes": [
                    "Plener na Długim Targu: ruch pieszy, ochrona od 6.00.",
                    "Wielka Hala: zakaz jedzenia i picia, tylko miękkie koła.",
                ],
            },
        ),
        _serial(
            "lublin",
            "Koziołek",
            D(2026, 10, 14),
            "08:00",
            {
                "episodes": "odc. 7 i 8",
                "company": "Studio Filmowe Lublin sp. z o.o. · ul. Narutowicza 25, 20-016 Lublin",
                "n": 5,
                "date_style": "pl_short_wd",
                "time": "h24",
                "crew_row": "Ekipa techniczna - zbiórka na planie",
                "weather": "pochmurno, możliwy deszcz, 11°C",
                "set": "WNĘTRZE: KAPLICA TRÓJCY ŚW. / DZIEDZINIEC",
                "base_note": "parking dla ekipy przy al. Tysiąclecia (karty na szybę)",
                "er_label": "NAJBLIŻSZY SOR",
                "scenes": [
                    "7/12 - DZIEDZINIEC - przyjazd karety (D) - 1 4/8 str.",
                    "7/13 - KAPLICA - ślub Heleny (D) - 2 2/8 str.",
                    "8/2 - DZIEDZINIEC - Helena ucieka (D) - 5/8 str.",
                ],
                "cast": ["HELENA - Maja Wrona", "JERZY - Tomasz Kruk", "KSIĄDZ - Adam Wolski"],
                "notes": [
                    "Kaplica: freski, zakaz dotykania ścian, lampy tylko na statywach.",
                    "Kareta i konie od 9:00 (pan Nowak, 600 555 014).",
                ],
            },
        ),
    ]


# --- UK commercials: times in a narrow right column, sunrise / sunset in the footer ------------


def _advert(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", g["font"])
        W = c.width
        R = W - 40  # right edge of the narrow time column
        c.text(40, 44, g["prodco"], 9, bold=True)
        c.text(40, 55, g["prodco_addr"], 7)
        c.right(R, 44, "CALL SHEET", 13, bold=True)
        c.right(R, 57, day_text(day, g["date_style"]), 9, bold=True)
        c.hline(40, R, 64, 1.0)
        c.text(40, 86, title, 17, bold=True)
        info = [
            ("CLIENT", g["client"]),
            ("AGENCY", g["agency"]),
            ("JOB NO.", g["job"]),
            ("DIRECTOR", g["director"]),
            ("PRODUCER", g["producer"]),
        ]
        y = 104.0
        for label, value in info:
            c.text(40, y, label, 7.5, bold=True)
            c.text(110, y, value, 8.5)
            y += 11
        # HARD: every time sits in a narrow right-aligned column at the margin
        c.vline(R - 62, 162, 312, 0.4)
        c.text(40, 172, "SCHEDULE", 9, bold=True)
        c.right(R, 172, "TIME", 7, bold=True)
        rows = [
            ("Production & art dept in", add_minutes(call, -60), False),
            ("Hair, make-up & wardrobe", add_minutes(call, -30), False),
            ("Breakfast on location", add_minutes(call, -30), False),
            (g["call_label"], call, True),
            ("Agency & client arrive", add_minutes(call, 45), False),
            ("First shot", add_minutes(call, 60), False),
            ("Lunch", add_minutes(call, 330), False),
            ("Camera wrap (est.)", add_minutes(call, 600), False),
            ("Location clear", add_minutes(call, 660), False),
        ]
        y = 172.0
        for label, hhmm, bold in rows:
            y += 15
            c.text(46, y, label, 9, bold=bold)
            c.right(R, y, hm(hhmm, t), 9, bold=bold)
            c.hline(40, R, y + 4, 0.2)
        y += 30
        c.text(40, y, "LOCATION", 9, bold=True)
        c.text(300, y, "UNIT BASE / PARKING", 9, bold=True)
        for n, line in enumerate([g["set"], p.name, p.street, p.city]):
            fit(c, 46, y + 13 + 11 * n, line, 9, 240, bold=n == 0)
        for n, line in enumerate([p.base_street, p.base_city, g["base_note"]]):
            fit(c, 306, y + 13 + 11 * n, line, 9, R - 306)
        y += 66
        c.text(40, y, g["er_label"], 9, bold=True)
        lines = [p.hospital, p.hospital_address, p.hospital_phone]
        for n, line in enumerate(lines):
            fit(c, 46, y + 13 + 11 * n, line, 9, 260)
        c.text(300, y, "KEY CONTACTS", 9, bold=True)
        for n, line in enumerate(g["contacts"]):
            fit(c, 306, y + 13 + 11 * n, line, 8.5, R - 306)
        y += 62
        c.text(40, y, "SHOT LIST", 9, bold=True)
        for n, shot in enumerate(g["shots"]):
            fit(c, 46, y + 13 + 11 * n, f"{n + 1}. {shot}", 8.5, R - 46)
        y += 13 + 11 * len(g["shots"]) + 16
        c.text(40, y, "TALENT", 9, bold=True)
        for n, name in enumerate(g["talent"]):
            c.text(46, y + 13 + 11 * n, name, 8.5)
            c.right(R, y + 13 + 11 * n, hm(add_minutes(call, -30 + 15 * n), t), 8.5)
        # HARD: sunrise and sunset only in a small grey footer line
        H = float(c.pdf.h)
        c.hline(40, R, H - 44, 0.3)
        grey(c, 90)
        foot = f"Rise {hm(rise, t)} / Set {hm(fall, t)}   ·   {g['weather']}   ·   {g['footer']}"
        fit(c, 40, H - 34, foot, 6.5, R - 40)
        black(c)
        return c.output()

    return _sheet(
        f"advert_{key}",
        "commercial_footer",
        "UK commercial with times in a narrow right column and the sun in the footer",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _advert_sheets() -> list[Sheet]:
    return [
        _advert(
            "london",
            "MORNING LIGHT",
            D(2026, 11, 3),
            "07:00",
            {
                "font": "helvetica",
                "time": "hrs",
                "prodco": "FOXGLOVE FILMS LTD",
                "prodco_addr": "14 Greek St, London W1D 4DP · 020 7946 0321",
                "date_style": "uk_caps",
                "client": "Halcyon Tea Co.",
                "agency": "Marlow & Finch",
                "job": 'FF-2611 (1 x 60", 2 x 20")',
                "director": "Imogen Hart",
                "producer": "Sam Okafor",
                "call_label": "UNIT CALL",
                "set": "River Terrace & Fountain Court",
                "base_note": "Unit vehicles only; crew by public transport (Temple)",
                "er_label": "NEAREST A&E",
                "contacts": ["Producer: Sam Okafor 07700 900412", "Loc. manager: Ben Ashe"],
                "shots": [
                    "Wide: the fountains at dawn light, steam from the cup",
                    "Mid: Grace pours tea on the terrace",
                    "Pack shot: tin on the balustrade (table top at 1500 HRS)",
                ],
                "talent": ["GRACE - Lola Bennett", "WAITER - Theo Marsh"],
                "weather": "Overcast, 10°C",
                "footer": "Call sheet v2, issued 2 Nov 2026 18:00",
            },
        ),
        _advert(
            "manchester",
            "BOOKED IN",
            D(2026, 6, 9),
            "08:00",
            {
                "font": "sans",
                "time": "A",
                "prodco": "REDBRICK PICTURE COMPANY",
                "prodco_addr": "Hope Mill, 113 Pollard St, Manchester M4 7JA",
                "date_style": "eu_abbrev",
                "client": "Leafline Libraries App",
                "agency": "Northern Quarter Creative",
                "job": 'RPC-118 / 1 x 30"',
                "director": "Kwame Asante",
                "producer": "Holly Brennan",
                "call_label": "CREW CALL",
                "set": "Reading Room (Level 1) & Entrance Hall",
                "base_note": "Crew parking at your own cost; tram stop St Peter's Square",
                "er_label": "NEAREST A&E",
                "contacts": ["Producer: Holly Brennan 07700 900518", "1st AD: Jo Pike"],
                "shots": [
                    "Top shot: the reading room dome, students at the desks",
                    "Mid: Priya finds the book, phone in hand",
                    "End frame: logo over the entrance hall",
                ],
                "talent": ["PRIYA - Nadia Shah", "LIBRARIAN - Ted Holt", "EXTRAS x 12"],
                "weather": "Sunny spells, 21°C",
                "footer": "Library open to the public from 9:00A: keep walkways clear",
            },
        ),
        _advert(
            "bristol",
            "SHIPSHAPE",
            D(2026, 9, 22),
            "06:30",
            {
                "font": "helvetica",
                "time": "am",
                "prodco": "HARBOURSIDE FILMS",
                "prodco_addr": "Paintworks, Bath Rd, Bristol BS4 3EH",
                "date_style": "dmy_slash",
                "client": "Brunel Building Society",
                "agency": "Wild Harbour",
                "job": 'HF-0926 / TVC 1 x 40"',
                "director": "Ellie Moss",
                "producer": "Dev Patel",
                "call_label": "CREW CALL",
                "set": "Weather deck & dry dock",
                "base_note": "Unit base on Cumberland Rd lay-by, cones out from 5am",
                "er_label": "NEAREST A&E",
                "contacts": ["Producer: Dev Patel 07700 900633", "Site contact: Mary Cole"],
                "shots": [
                    "Drone: the ship in the dock at sunrise (CAA permit on file)",
                    "Mid: the couple on the weather deck",
                    "Close: hands on the wheel, brass detail",
                ],
                "talent": ["HUSBAND - Mark Dyer", "WIFE - Alice Ng"],
                "weather": "Clear, 15°C",
                "footer": "All crew: hi-vis in the dry dock",
            },
        ),
    ]


# --- near misses: a date, a time and an address, but no call sheet ----------------------------


def _table_read() -> bytes:
    """A cast table read notice for the Austin series: date, time, room; no crew call."""
    c = Canvas("letter", "helvetica")
    W = c.width
    c.text(54, 60, "LONE STAR LEDGER", 16, bold=True)
    c.text(54, 78, "Pecan Street Pictures LLC", 9)
    c.right(W - 54, 60, "TABLE READ - EPISODES 103 & 104", 11, bold=True)
    c.hline(54, W - 54, 88, 1.0)
    rows = [
        ("DATE", "Friday, April 10, 2026"),
        ("TIME", "Doors 9:30 AM · Read begins 10:00 AM sharp · ends approx. 1:00 PM"),
        ("WHERE", "Production office, Stage Room B, 801 E 5th St, Austin, TX 78702"),
        ("PARKING", "Street parking on E 5th St; validation at the front desk"),
        ("WHO", "Series regulars, guest cast for 103-104, writers, director, producers"),
    ]
    y = 116.0
    for label, value in rows:
        c.text(54, y, label, 9, bold=True)
        fit(c, 140, y, value, 9.5, W - 194)
        y += 18
    y += 10
    c.text(54, y, "Please read the latest drafts (blue pages, 4/6) before the session.", 9.5)
    y += 16
    c.text(54, y, "Lunch is provided after the read. Closed session: no guests, no recording.", 9.5)
    y += 30
    c.text(54, y, "CAST ATTENDING", 9, bold=True)
    for name in ["Maya Torres (June Hale)", "Bill Ames (Sen. Cox)", "Ty Lo (Aide)"]:
        y += 14
        c.text(60, y, name, 9)
    y += 30
    c.text(54, y, "RSVP to the writers' assistant by Wednesday, April 8: (512) 555-0144.", 9)
    return c.output()


def _invoice() -> bytes:
    """A location fee invoice from the Bristol venue: dates, times and addresses; no call."""
    c = Canvas("A4", "helvetica")
    W = c.width
    c.text(40, 52, "SS Great Britain Trust - Filming & Events", 12, bold=True)
    c.text(40, 66, "Great Western Dockyard, Bristol BS1 6TY · VAT Reg. GB 123 4567 89", 8)
    c.right(W - 40, 52, "INVOICE", 18, bold=True)
    c.right(W - 40, 70, "Invoice no. FE-2026-0412", 9)
    c.right(W - 40, 82, "Invoice date: 29/09/2026", 9)
    c.text(40, 110, "Bill to:", 8.5, bold=True)
    for n, line in enumerate(["Harbourside Films", "Paintworks, Bath Rd", "Bristol BS4 3EH"]):
        c.text(40, 123 + 11 * n, line, 9)
    c.text(320, 110, "Your ref.: HF-0926 / Wild Harbour", 8.5)
    c.text(320, 123, "Filming date: Tuesday 22/09/2026", 8.5)
    c.text(320, 134, "Access 05:00 - clear by 18:00", 8.5)
    y = 180.0
    fill(c, 40, y - 11, W - 80, 15, 220)
    for h, x in [("DESCRIPTION", 44), ("QTY", 360), ("RATE", 410), ("AMOUNT", 480)]:
        c.text(x, y, h, 8, bold=True)
    items = [
        ("Location fee: weather deck and dry dock (full day)", "1", "2,400.00", "2,400.00"),
        ("Early access before 07:00 (per hour)", "2", "150.00", "300.00"),
        ("Duty manager and security (12 hours)", "12", "32.00", "384.00"),
        ("Drone permission admin fee", "1", "75.00", "75.00"),
    ]
    for row in items:
        y += 16
        for x, v in zip([44, 360, 410, 480], row, strict=True):
            fit(c, x, y, v, 8.5, 300 if x == 44 else 60)
        c.hline(40, W - 40, y + 5, 0.3)
    y += 26
    for label, value in [
        ("Subtotal", "3,159.00"),
        ("VAT 20%", "631.80"),
        ("TOTAL DUE", "3,790.80"),
    ]:
        c.text(400, y, label, 9, bold=label == "TOTAL DUE")
        c.right(W - 40, y, f"£{value}", 9, bold=label == "TOTAL DUE")
        y += 14
    y += 20
    c.text(40, y, "Payment terms: 30 days. Sort code 12-34-56, account 12345678.", 8.5)
    return c.output()


def _bhp() -> bytes:
    """A Polish health-and-safety induction notice for the Łódź series crew: no crew call."""
    c = Canvas("A4", "sans")
    W = c.width
    c.text(50, 60, "SZKOLENIE BHP I PPOŻ. DLA EKIPY", 14, bold=True)
    c.text(50, 76, "Serial „Fabrykanci” · Manufaktura Seriali sp. z o.o.", 9)
    c.hline(50, W - 50, 86, 0.8)
    rows = [
        ("Termin", "poniedziałek, 4 maja 2026, godz. 10:00-12:00"),
        ("Miejsce", "sala konferencyjna biura produkcji, ul. Piotrkowska 102, 90-004 Łódź"),
        ("Prowadzący", "inż. Tadeusz Wójcik, specjalista BHP"),
        ("Kogo dotyczy", "wszyscy nowi członkowie ekipy przed pierwszym dniem zdjęciowym"),
    ]
    y = 112.0
    for label, value in rows:
        c.text(50, y, label, 9, bold=True)
        fit(c, 150, y, value, 9, W - 200)
        y += 17
    y += 14
    c.text(50, y, "Program:", 9, bold=True)
    for line in [
        "1. Zasady pracy na planie i w obiektach zabytkowych",
        "2. Praca na wysokości, podnośniki, rusztowania",
        "3. Ochrona przeciwpożarowa, drogi ewakuacyjne, gaśnice",
        "4. Pierwsza pomoc, numer alarmowy 112",
    ]:
        y += 15
        c.text(58, y, line, 9)
    y += 28
    c.text(50, y, "Po szkoleniu podpisanie karty szkolenia wstępnego. Prosimy zabrać dowód.", 9)
    y += 15
    c.text(50, y, "Nieobecność należy zgłosić kierownikowi produkcji (tel. 600 555 021).", 9)
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet("other_table_read", "near_miss", "cast table read notice", _table_read, OTHER),
        _sheet("other_invoice", "near_miss", "location fee invoice", _invoice, OTHER),
        _sheet("other_bhp", "near_miss", "Polish health-and-safety induction", _bhp, OTHER),
    ]


def sheets() -> list[Sheet]:
    return [
        *_emerg_sheets(),
        *_sceneloc_sheets(),
        *_serial_sheets(),
        *_advert_sheets(),
        *_other_sheets(),
    ]
