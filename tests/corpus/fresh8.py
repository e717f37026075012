"""Ninth held-out set: the sheets an English- or Polish-speaking crew member receives (`fresh8_`).

Built without reading the reader (`pipeline/extract/`): each family follows a documented
real-world convention (CONVENTIONS.md, "fresh8"). A US indie feature typed in a word-processor
template (a ruled header table with the crew call, department call times below), a UK drama
sheet ("Unit Call", "Breakfast from", "Unit Base", "Nearest A&E" with postcodes), an Australian
TVC sheet (client, agency, key number, a strip of calls with labels above), a Polish "plan
zdjęciowy" from another production house ("Godzina zbiórki", "Lokalizacja", "Baza techniczna",
"Szpital dyżurny"), minimal music-video / documentary sheets (call, address, contact only), days
with two sets and a company move, and sheets whose breakfast and shooting call are printed beside
(or above) the crew call. Three near-miss documents (a location scout report, a crew
availability check, an equipment rental quote) print dates, times and addresses and must read
as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.corpus.draw import Canvas, black, centre, grey, measure
from tests.corpus.formats import PL_GENITIVE, add_minutes, date_text, pl_weekday, time_text
from tests.corpus.fresh7 import hm as hm7
from tests.corpus.fresh_common import expect_set, sheet_maker
from tests.corpus.places import PLACES, Place, _p
from tests.corpus.sheet import Sheet, call_sheet, fit

D = dt.date
OTHER = {"document_type": "other"}

FRESH8: dict[str, Place] = {
    # United States
    "providence": _p(
        "us",
        "Providence Athenaeum",
        "251 Benefit St",
        "Providence, RI 02903",
        41.8266,
        -71.4066,
        "America/New_York",
        "Rhode Island Hospital",
        "593 Eddy St",
        "Providence, RI 02903",
        "(401) 444-4000",
        "Providence Place Garage, 1 Providence Pl",
        "Providence, RI 02903",
    ),
    "tucson": _p(
        "us",
        "Hotel Congress",
        "311 E Congress St",
        "Tucson, AZ 85701",
        32.2223,
        -110.9665,
        "America/Phoenix",
        "Banner - University Medical Center Tucson",
        "1625 N Campbell Ave",
        "Tucson, AZ 85719",
        "(520) 694-0111",
        "Convention Center Lot A, 260 S Church Ave",
        "Tucson, AZ 85701",
    ),
    "cleveland": _p(
        "us",
        "West Side Market",
        "1979 W 25th St",
        "Cleveland, OH 44113",
        41.4846,
        -81.7034,
        "America/New_York",
        "MetroHealth Medical Center",
        "2500 MetroHealth Dr",
        "Cleveland, OH 44109",
        "(216) 778-7800",
        "Market Square lot, 1900 Lorain Ave",
        "Cleveland, OH 44113",
    ),
    "memphis": _p(
        "us",
        "Sun Studio",
        "706 Union Ave",
        "Memphis, TN 38103",
        35.1393,
        -90.0377,
        "America/Chicago",
        "Regional One Health",
        "877 Jefferson Ave",
        "Memphis, TN 38103",
        "(901) 545-7100",
        "Lot behind the studio, Marshall Ave",
        "Memphis, TN 38103",
    ),
    # United Kingdom
    "liverpool": _p(
        "uk",
        "St George's Hall",
        "St George's Pl",
        "Liverpool L1 1JJ",
        53.4088,
        -2.9800,
        "Europe/London",
        "Royal Liverpool University Hospital",
        "Mount Vernon St",
        "Liverpool L7 8YE",
        "0151 706 2000",
        "Lime Street car park, Lord Nelson St",
        "Liverpool L3 5QB",
    ),
    "brighton": _p(
        "uk",
        "Royal Pavilion",
        "4-5 Pavilion Buildings",
        "Brighton BN1 1EE",
        50.8225,
        -0.1372,
        "Europe/London",
        "Royal Sussex County Hospital",
        "Eastern Rd",
        "Brighton BN2 5BE",
        "01273 696955",
        "Madeira Drive coach park, Madeira Dr",
        "Brighton BN2 1EN",
    ),
    "sheffield": _p(
        "uk",
        "Kelham Island Museum",
        "Alma St",
        "Sheffield S3 8RY",
        53.3891,
        -1.4725,
        "Europe/London",
        "Northern General Hospital",
        "Herries Rd",
        "Sheffield S5 7AU",
        "0114 243 4343",
        "Kelham Island car park, Russell St",
        "Sheffield S3 8RW",
    ),
    # Australia ("suburb STATE postcode", no comma)
    "bondi": _p(
        "au",
        "Bondi Icebergs",
        "1 Notts Ave",
        "Bondi Beach NSW 2026",
        -33.8949,
        151.2743,
        "Australia/Sydney",
        "St Vincent's Hospital Sydney",
        "390 Victoria St",
        "Darlinghurst NSW 2010",
        "(02) 8382 1111",
        "Bondi Pavilion car park, Queen Elizabeth Dr",
        "Bondi Beach NSW 2026",
    ),
    "brisbane": _p(
        "au",
        "Howard Smith Wharves",
        "5 Boundary St",
        "Brisbane City QLD 4000",
        -27.4622,
        153.0355,
        "Australia/Brisbane",
        "Royal Brisbane and Women's Hospital",
        "Butterfield St",
        "Herston QLD 4029",
        "(07) 3646 8111",
        "Riverside car park, 123 Eagle St",
        "Brisbane City QLD 4000",
    ),
    "perth": _p(
        "au",
        "Indiana Cottesloe",
        "99 Marine Pde",
        "Cottesloe WA 6011",
        -31.9939,
        115.7510,
        "Australia/Perth",
        "Sir Charles Gairdner Hospital",
        "Hospital Ave",
        "Nedlands WA 6009",
        "(08) 6457 3333",
        "Napier St car park, Napier St",
        "Cottesloe WA 6011",
    ),
    # Poland
    "lublin": _p(
        "pl",
        "Centrum Spotkania Kultur",
        "pl. Teatralny 1",
        "20-029 Lublin",
        51.2477,
        22.5486,
        "Europe/Warsaw",
        "Samodzielny Publiczny Szpital Kliniczny Nr 4",
        "ul. Kazimierza Jaczewskiego 8",
        "20-954 Lublin",
        "81 724 40 00",
        "parking, al. Racławickie 18",
        "20-037 Lublin",
    ),
    "katowice": _p(
        "pl",
        "Muzeum Śląskie",
        "ul. Tadeusza Dobrowolskiego 1",
        "40-205 Katowice",
        50.2640,
        19.0354,
        "Europe/Warsaw",
        "Górnośląskie Centrum Medyczne",
        "ul. Ziołowa 45/47",
        "40-635 Katowice",
        "32 359 80 00",
        "parking Strefy Kultury, ul. Olimpijska 10",
        "40-101 Katowice",
    ),
    "torun": _p(
        "pl",
        "Dom Kopernika",
        "ul. Kopernika 15/17",
        "87-100 Toruń",
        53.0083,
        18.6034,
        "Europe/Warsaw",
        "Wojewódzki Szpital Zespolony im. L. Rydygiera",
        "ul. Św. Józefa 53-59",
        "87-100 Toruń",
        "56 679 31 00",
        "parking, Bulwar Filadelfijski",
        "87-100 Toruń",
    ),
}
P = {**PLACES, **FRESH8}


def hm(hhmm: str, style: str) -> str:
    """fresh7's time forms plus the lower-case "7:30am"."""
    return time_text(hhmm, "us_lower") if style == "us_lower" else hm7(hhmm, style)


_sheet = sheet_maker("fresh8")


def _block(
    c: Canvas, x: float, y: float, w: float, head: str, lines: list[str], size: float
) -> float:
    """A heading with a rule under it and its lines; returns the y under the last line."""
    fit(c, x, y, head, size, w, bold=True)
    c.hline(x, x + w, y + 3, 0.4)
    y += size + 6
    for line in lines:
        fit(c, x, y, line, size, w)
        y += size + 3
    return y


# --- US indie feature: word-processor template, header table, department calls ----------------


def _us_indie(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("letter", g["font"])
        centre(c, 44, g["company"], 10)
        centre(c, 64, title, 20)
        centre(c, 78, f"Written & Directed by {g['director']}", 9, bold=False)
        # the header table of the template: three columns, three rows
        x0, widths, heights = 40.0, [190.0, 170.0, 172.0], [34.0, 34.0, 72.0]
        c.grid(x0, 92, widths, heights)
        xs = [x0, x0 + widths[0], x0 + widths[0] + widths[1]]
        ys = [92.0, 126.0, 160.0]
        cells = [
            (0, 0, "DATE", [date_text(day, g["date"])]),
            (0, 1, "CREW CALL", [hm(call, t)]),
            (0, 2, "SHOOT DAY", [g["day_no"]]),
            (1, 0, "SUNRISE / SUNSET", [f"{hm(rise, t)} / {hm(fall, t)}"]),
            (1, 1, "WEATHER", [g["weather"]]),
            (1, 2, "PRODUCTION OFFICE", [g["office"]]),
            (2, 0, "LOCATION", [g["set"], p.name, p.street, p.city]),
            (2, 1, "PARKING", [p.base_street, p.base_city, "No parking on set street"]),
            (2, 2, "NEAREST HOSPITAL", [p.hospital, p.hospital_street, p.hospital_city]),
        ]
        for r, col, label, lines in cells:
            x, y, w = xs[col] + 4, ys[r], widths[col] - 8
            if g["label_left"] and len(lines) == 1:
                lw = measure(c, f"{label}:", 7.5, bold=True)
                c.text(x, y + 21, f"{label}:", 7.5, bold=True)
                size = 12 if label == "CREW CALL" else 9
                fit(c, x + lw + 5, y + 21, lines[0], size, w - lw - 5, bold=label == "CREW CALL")
                continue
            c.text(x, y + 10, label, 7, bold=True)
            yy = y + 21
            for line in lines:
                size = 13 if label == "CREW CALL" else 8.5
                fit(c, x, yy, line, size, w, bold=label == "CREW CALL")
                yy += 10.5
        y = 252.0
        c.text(40, y, "DEPARTMENT CALL TIMES", 10, bold=True)
        c.hline(40, 572, y + 3)
        y += 16
        depts = g["depts"]
        half = (len(depts) + 1) // 2
        for n, (dept, off) in enumerate(depts):
            x = 40 if n < half else 310
            yy = y + (n % half) * 13
            c.text(x, yy, dept, 9)
            c.right(x + 220, yy, hm(add_minutes(call, off), t), 9)
        y += half * 13 + 18
        c.text(40, y, "SCHEDULE", 10, bold=True)
        c.hline(40, 572, y + 3)
        for label, off in g["sched"]:
            y += 13
            c.text(40, y, hm(add_minutes(call, off), t), 9)
            c.text(120, y, label, 9)
        y += 24
        c.text(40, y, "SCENES", 10, bold=True)
        c.hline(40, 572, y + 3)
        for line in g["scenes"]:
            y += 13
            c.text(40, y, line, 8.5, family="courier")
        y += 24
        c.text(40, y, "NOTES: " + g["note"], 8.5)
        return c.output()

    return _sheet(
        f"indie_{key}",
        "us_indie_header",
        "US indie header table",
        make,
        expect_set(p, title, day, call, g),
    )


def _us_indie_sheets() -> list[Sheet]:
    depts = [
        ("Production / PAs", -60),
        ("Catering (breakfast)", -75),
        ("Hair & Make-up", -45),
        ("Wardrobe", -45),
        ("Grip & Electric", -30),
        ("Camera", -30),
        ("Art Department", -30),
        ("Sound", 0),
        ("Script Supervisor", 0),
        ("Locations", -90),
    ]
    sched = [("Crew call", 0), ("Shooting call", 60), ("Lunch", 360), ("Est. wrap", 720)]
    return [
        _us_indie(
            "providence",
            "THE SALT ROAD",
            D(2026, 3, 10),
            "07:00",
            {
                "font": "times",
                "time": "am",
                "date": "us_long",
                "label_left": False,
                "company": "Narragansett Bay Films LLC",
                "director": "Celia Moran",
                "day_no": "Day 4 of 18",
                "weather": "Cloudy, 41°F / 33°F",
                "office": "(401) 555-0142",
                "set": "INT. READING ROOM",
                "depts": depts,
                "sched": sched,
                "scenes": [
                    "12  INT. READING ROOM - DAY   2 1/8  pgs  Cast 1, 3",
                    "13  INT. STACKS - DAY         1 4/8  pgs  Cast 1",
                ],
                "note": "Closed set after 11:00 AM. Walkies at the PA table by 6:45 AM.",
            },
        ),
        _us_indie(
            "tucson",
            "DRY CREEK",
            D(2026, 4, 16),
            "06:30",
            {
                "font": "helvetica",
                "time": "a",
                "date": "us_short",
                "label_left": True,
                "company": "Saguaro Lane Pictures",
                "director": "Dev Ramírez",
                "day_no": "Day 9 of 21",
                "weather": "Sunny, 88°F / 58°F",
                "office": "(520) 555-0188",
                "set": "INT. HOTEL LOBBY",
                "depts": depts[:8],
                "sched": sched,
                "scenes": ["31  INT. HOTEL LOBBY - DAY   3 2/8  pgs  Cast 2, 4, 5"],
                "note": "Hydrate. Sunscreen at the crafty table. Lobby bar is NOT a holding area.",
            },
        ),
        _us_indie(
            "cleveland",
            "LAKE EFFECT",
            D(2026, 5, 9),
            "07:30",
            {
                "font": "serif",
                "time": "us_lower",
                "date": "us_ordinal",
                "label_left": False,
                "company": "Erie Shore Productions",
                "director": "Hannah Kowalczyk",
                "day_no": "Day 2 of 15",
                "weather": "Showers, 62°F / 47°F",
                "office": "(216) 555-0117",
                "set": "INT. MARKET HALL",
                "depts": depts,
                "sched": sched,
                "scenes": [
                    "5   INT. MARKET HALL - DAY   1 6/8  pgs  Cast 1, 2",
                    "6   EXT. MARKET - DAY        0 5/8  pgs  Cast 2",
                ],
                "note": "Market is open to the public until 8:00 am; keep carts off the aisles.",
            },
        ),
    ]


# --- UK drama: Unit Call, Breakfast from, Unit Base, Nearest A&E --------------------------------


def _uk_drama(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", g["font"])
        c.text(40, 44, g["company"], 9, bold=True)
        c.text(40, 56, g["office"], 7.5)
        c.right(555, 44, g["sheet_no"], 12, bold=True)
        c.right(555, 60, g["date_text"], 10, bold=True)
        c.right(555, 74, g["day_no"], 9)
        c.text(40, 96, title, 20, bold=True)
        c.text(40, 112, g["episode"], 9.5)
        c.hline(40, 555, 122, 1.0)
        # times: label at the left, value right-aligned in a narrow column
        y = 142.0
        c.text(40, y, "TIMES", 9.5, bold=True)
        y += 16
        for label, off, note in g["times"]:
            bold = label.lower().startswith("unit call")
            c.text(40, y, label, 9.5, bold=bold)
            c.right(250, y, hm(add_minutes(call, off), t), 9.5, bold=bold)
            if note:
                c.text(258, y, note, 7.5)
            y += 14
        y += 8
        c.text(40, y, f"Sunrise {hm(rise, t)}   Sunset {hm(fall, t)}", 9)
        c.text(40, y + 13, f"Forecast: {g['weather']}", 9)
        # places down the right: label at the left, multi-line value after it
        ry = 142.0
        rows = [
            ("LOCATION", [g["set"], p.name, p.street, p.city]),
            ("UNIT BASE", [p.base_street, p.base_city, g["base_note"]]),
            ("NEAREST A&E", [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]),
        ]
        for label, lines in rows:
            c.text(340, ry, label, 8, bold=True)
            for line in lines:
                fit(c, 420, ry, line, 8.5, 135)
                ry += 11
            ry += 8
        y = max(y + 30, ry) + 10
        c.hline(40, 555, y - 10, 0.6)
        c.text(40, y, "SC", 8, bold=True)
        c.text(70, y, "SET / SYNOPSIS", 8, bold=True)
        c.text(380, y, "D/N", 8, bold=True)
        c.text(420, y, "PAGES", 8, bold=True)
        c.text(480, y, "CAST", 8, bold=True)
        for sc, setname, dn, pages, cast in g["scenes"]:
            y += 13
            c.text(40, y, sc, 8.5)
            c.text(70, y, setname, 8.5)
            c.text(380, y, dn, 8.5)
            c.text(420, y, pages, 8.5)
            c.text(480, y, cast, 8.5)
        y += 26
        c.text(40, y, "ARTISTE", 8, bold=True)
        c.text(200, y, "P/UP", 8, bold=True)
        c.text(260, y, "M/U & COST", 8, bold=True)
        c.text(340, y, "ON SET", 8, bold=True)
        for name, pu, mu in g["cast"]:
            y += 12
            c.text(40, y, name, 8.5)
            c.text(200, y, hm(add_minutes(call, pu), t), 8.5)
            c.text(260, y, hm(add_minutes(call, mu), t), 8.5)
            c.text(340, y, hm(add_minutes(call, 60), t), 8.5)
        grey(c)
        c.text(40, 805, g["footer"], 7.5)
        black(c)
        return c.output()

    return _sheet(
        f"uk_{key}", "uk_drama_ae", "UK drama unit call", make, expect_set(p, title, day, call, g)
    )


def _uk_drama_sheets() -> list[Sheet]:
    return [
        _uk_drama(
            "liverpool",
            "THE MERSEY LINE",
            D(2026, 3, 17),
            "08:00",
            {
                "font": "helvetica",
                "time": "mil",
                "company": "Liver Bird Drama Ltd",
                "office": "Production Office: 0151 555 0190 · Baltic Creative, Jamaica St, L1 0AH",
                "sheet_no": "CALL SHEET No. 12",
                "date_text": "Tuesday 17th March 2026",
                "day_no": "Day 12 of 40",
                "episode": "Episode 3 · Block 2 · Director: Nia Roberts",
                "times": [
                    ("Breakfast from", -60, "at Unit Base"),
                    ("Tracking vehicles", -30, ""),
                    ("Unit Call", 0, "(on set)"),
                    ("Rehearse / Shoot", 30, ""),
                    ("Lunch", 330, "60 mins at Unit Base"),
                    ("Camera Wrap", 630, ""),
                ],
                "weather": "Showers, 9°C",
                "set": "INT. GREAT HALL",
                "base_note": "5 min walk to set",
                "scenes": [
                    ("23", "INT. GREAT HALL - Verdict read out", "D4", "2 1/8", "1, 2, 5"),
                    ("24", "INT. CORRIDOR - Alice follows Frank", "D4", "0 6/8", "1, 3"),
                ],
                "cast": [("1. Alice - MARTHA QUINN", -90, -75), ("2. Frank - TOM ELLIS", -60, -45)],
                "footer": "No visitors to set without the 1st AD's permission. Emergency: 999.",
            },
        ),
        _uk_drama(
            "brighton",
            "WEST PIER",
            D(2026, 4, 22),
            "07:30",
            {
                "font": "times",
                "time": "h24",
                "company": "Downs & Weald Television",
                "office": "Production Office 01273 555 0133",
                "sheet_no": "CALL SHEET 19",
                "date_text": "Wed 22/04/26",
                "day_no": "Shooting Day 19 of 30",
                "episode": "Episodes 4 & 5 · Director: Sam Whitlock",
                "times": [
                    ("Breakfast from", -45, "(Unit Base, 06:45 - 07:15)"),
                    ("Unit Call", 0, "on set"),
                    ("Turnover", 45, ""),
                    ("Lunch", 300, ""),
                    ("Wrap", 600, "approx"),
                ],
                "weather": "Bright, breezy, 14°C",
                "set": "INT. BANQUETING ROOM",
                "base_note": "Minibus shuttle to set every 10 mins",
                "scenes": [
                    ("41", "INT. BANQUETING ROOM - Dinner", "N7", "3 0/8", "1, 4, 6"),
                ],
                "cast": [("4. Rosa - PRIYA DESAI", -75, -60), ("6. Max - OWEN HART", -45, -30)],
                "footer": "Please keep noise to a minimum: the Pavilion is open to visitors.",
            },
        ),
        _uk_drama(
            "sheffield",
            "STEEL CITY",
            D(2026, 5, 14),
            "07:45",
            {
                "font": "serif",
                "time": "mil",
                "company": "Don Valley Pictures",
                "office": "Office: 0114 555 0101",
                "sheet_no": "Call Sheet #7",
                "date_text": "Thursday 14 May 2026",
                "day_no": "Day 7/24",
                "episode": "Series 2 · Ep 1 · Director: Imogen Blake",
                "times": [
                    ("Make-up & Costume", -75, "Artistes as per schedule"),
                    ("Breakfast from", -45, "Unit Base"),
                    ("Unit Call", 0, ""),
                    ("Shooting Call", 60, ""),
                    ("Lunch", 330, ""),
                    ("Unit Wrap", 645, ""),
                ],
                "weather": "Sunny intervals, 16°C",
                "set": "INT. RIVER DON ENGINE HOUSE",
                "base_note": "Crew parking as directed by Locations",
                "scenes": [
                    ("8", "INT. ENGINE HOUSE - The engine restarts", "D2", "1 4/8", "1, 2"),
                    ("9", "EXT. MUSEUM YARD - Arrival", "D2", "0 7/8", "2"),
                ],
                "cast": [("1. Jack - LIAM BURKE", -90, -75), ("2. Dee - ANA SOUSA", -90, -70)],
                "footer": "Hi-vis required in the yard. Nearest A&E as above.",
            },
        ),
    ]


# --- Australian TVC: client, agency, key number, strip of calls --------------------------------


def _au_tvc(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "helvetica", orientation="L")
        w = c.width
        c.text(36, 40, g["company"], 10, bold=True)
        c.text(36, 52, g["company_line"], 7.5)
        c.right(w - 36, 40, "TVC CALL SHEET", 14, bold=True)
        c.right(w - 36, 56, g["date_text"], 10, bold=True)
        c.right(w - 36, 70, g["day_no"], 8.5)
        c.text(36, 84, title, 18, bold=True)
        rows = [
            ("Client", g["client"]),
            ("Agency", g["agency"]),
            ("Key number", g["key_no"]),
            ("Director", g["director"]),
        ]
        y = 102.0
        for label, value in rows:
            c.text(36, y, f"{label}:", 8, bold=True)
            c.text(100, y, value, 8)
            y += 11
        # strip of calls, label above value
        y = 156.0
        cols = g["strip"]
        cw = (w - 72) / len(cols)
        c.grid(36, y, [cw] * len(cols), [16, 26])
        for n, (label, off) in enumerate(cols):
            x = 36 + n * cw
            fit(c, x + 4, y + 11, label, 7.5, cw - 8, bold=True)
            c.text(
                x + 4, y + 35, hm(add_minutes(call, off), t), 13 if off == 0 else 11, bold=off == 0
            )
        # blocks across: location, unit base, hospital, sun
        y += 64
        bw = (w - 72 - 36) / 4
        xs = [36 + n * (bw + 12) for n in range(4)]
        _block(c, xs[0], y, bw, "LOCATION", [g["set"], p.name, p.street, p.city], 8.5)
        _block(c, xs[1], y, bw, "UNIT BASE / CREW PARKING", [p.base_street, p.base_city], 8.5)
        _block(
            c,
            xs[2],
            y,
            bw,
            "NEAREST HOSPITAL (24HR EMERGENCY)",
            [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone, "Emergency 000"],
            8.5,
        )
        _block(
            c,
            xs[3],
            y,
            bw,
            "SUN / WEATHER",
            [
                f"First light {hm(add_minutes(rise, -25), t)}",
                f"Sunrise {hm(rise, t)}",
                f"Sunset {hm(fall, t)}",
                g["weather"],
                "UV: Extreme - slip, slop, slap",
            ],
            8.5,
        )
        y += 100
        c.text(36, y, "SHOTS", 9, bold=True)
        c.hline(36, w - 36, y + 3)
        for line in g["shots"]:
            y += 12
            c.text(36, y, line, 8.5)
        y += 22
        c.text(36, y, "CONTACTS", 9, bold=True)
        c.hline(36, w - 36, y + 3)
        y += 12
        c.text(36, y, g["contacts"], 8)
        return c.output()

    return _sheet(
        f"tvc_{key}", "au_tvc", "Australian TVC", make, expect_set(p, title, day, call, g)
    )


def _au_tvc_sheets() -> list[Sheet]:
    strip = [
        ("PRODUCTION CALL", -30),
        ("CREW CALL", 0),
        ("TALENT CALL", 30),
        ("FIRST SHOT", 75),
        ("LUNCH", 330),
        ("EST. WRAP", 600),
    ]
    return [
        _au_tvc(
            "bondi",
            "SEA CHANGE",
            D(2026, 3, 13),
            "06:30",
            {
                "time": "us_lower",
                "company": "Saltwater Films Pty Ltd",
                "company_line": "ABN 51 824 753 556 · 12 Foveaux St, Surry Hills NSW 2010",
                "date_text": "Friday 13 March 2026",
                "day_no": "Shoot day 1 of 2",
                "client": "Coastal Mutual Bank",
                "agency": "Harbour & Vine",
                "key_no": "J801CMBSEA30A",
                "director": "Josh Tran",
                "strip": strip,
                "set": "EXT. OCEAN POOL",
                "weather": "Fine, 19-26°C, SE 15 km/h",
                "shots": [
                    "1. Swimmer laps, wide from the deck",
                    "2. Lifeguard tower, CU",
                    "3. Hero pack shot at the pool edge",
                ],
                "contacts": "Producer: Mel Howard 0412 555 018 · 1st AD: Ray Park 0413 555 220",
            },
        ),
        _au_tvc(
            "brisbane",
            "RIVER CITY RUN",
            D(2026, 4, 21),
            "07:00",
            {
                "time": "mil",
                "company": "Jacaranda Pictures Pty Ltd",
                "company_line": "Level 2, 30 Florence St, Teneriffe QLD 4005",
                "date_text": "Tue 21/04/26",
                "day_no": "Day 1 of 1",
                "client": "Brisbane Marathon Festival",
                "agency": "Maroon Creative",
                "key_no": "J214BMFRIV15B",
                "director": "Amy Leung",
                "strip": strip,
                "set": "EXT. WHARF BOARDWALK",
                "weather": "Partly cloudy, 18-27°C",
                "shots": ["1. Runners under the Story Bridge", "2. Finish-line drone wide"],
                "contacts": "EP: Kim Doyle 0400 555 771 · PM: Sal Nguyen 0401 555 304",
            },
        ),
        _au_tvc(
            "perth",
            "LONG WEEKEND",
            D(2026, 6, 8),
            "07:30",
            {
                "time": "am_low_dot",
                "company": "Indian Ocean Content",
                "company_line": "8 Parry St, Fremantle WA 6160",
                "date_text": "Monday, 8 June 2026",
                "day_no": "Shoot Day 2 of 2",
                "client": "WestRail Holidays",
                "agency": "Sandgroper & Co.",
                "key_no": "J377WRHLON30C",
                "director": "Nick Vella",
                "strip": strip,
                "set": "INT./EXT. BEACH CAFE",
                "weather": "Showers clearing, 13-19°C",
                "shots": ["1. Family arrives, cafe terrace", "2. Sunset toast (2nd unit)"],
                "contacts": "Producer: Tash Morris 0422 555 690",
            },
        ),
    ]


# --- Polish plan zdjęciowy: another production house's wording -------------------------------


def pl_date(d: D, style: str) -> str:
    wd = pl_weekday(d)
    return {
        "long": f"{wd}, {d.day} {PL_GENITIVE[d.month - 1]} {d.year}",  # wtorek, 17 marca 2026
        "num": f"{d:%d.%m.%Y} ({pl_weekday(d, short=True)})",  # 14.05.2026 (czw.)
        "r": f"{wd} {d.day}.{d.month:02d}.{d.year} r.",  # sobota 6.06.2026 r.
    }[style]


def _pl(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", g["font"])
        c.text(40, 44, g["company"], 9, bold=True)
        c.text(40, 56, g["company_line"], 7.5)
        c.right(555, 44, g["plan_no"], 12, bold=True)
        c.right(555, 58, g["day_no"], 9)
        c.text(40, 92, title, 20, bold=True)
        c.text(40, 106, g["sub"], 9)
        c.hline(40, 555, 116, 0.8)
        rows: list[tuple[str, list[str]]] = [
            ("Data zdjęć:", [pl_date(day, g["date"])]),
            ("Godzina zbiórki:", [f"{hm(call, t)} {g['call_note']}".strip()]),
            ("Lokalizacja:", [g["set"], p.name, p.street, p.city]),
            ("Baza techniczna:", [p.base_street, p.base_city]),
            (
                "Szpital dyżurny:",
                [
                    p.hospital,
                    f"{p.hospital_street}, {p.hospital_city}",
                    f"tel. {p.hospital_phone} · SOR całodobowo",
                ],
            ),
            ("Wschód / zachód słońca:", [f"{hm(rise, t)} / {hm(fall, t)}"]),
            ("Pogoda:", [g["weather"]]),
        ]
        y = 138.0
        if g["layout"] == "left":
            for label, lines in rows:
                c.text(40, y, label, 9.5, bold=True)
                for line in lines:
                    c.text(190, y, line, 9.5)
                    y += 13
                y += 5
        else:
            # two ruled columns, label above value
            col_w = 250.0
            yl, yr = y, y
            for n, (label, lines) in enumerate(rows):
                right = n in g["right_rows"]
                x = 305 if right else 40
                yy = yr if right else yl
                c.box(x, yy - 11, col_w, 16 + 12 * len(lines), 0.4)
                c.text(x + 4, yy, label.rstrip(":").upper(), 7, bold=True)
                for m, line in enumerate(lines):
                    fit(c, x + 4, yy + 12 + 12 * m, line, 9.5, col_w - 8)
                if right:
                    yr = yy + 22 + 12 * len(lines)
                else:
                    yl = yy + 22 + 12 * len(lines)
            y = max(yl, yr)
        y += 10
        c.text(40, y, "HARMONOGRAM DNIA", 10, bold=True)
        c.hline(40, 555, y + 3)
        for label, off in g["sched"]:
            y += 13
            c.text(40, y, label, 9)
            c.right(300, y, hm(add_minutes(call, off), t), 9)
        y += 24
        c.text(40, y, "SCENY", 10, bold=True)
        c.hline(40, 555, y + 3)
        for line in g["scenes"]:
            y += 13
            c.text(40, y, line, 8.5, family="mono")
        y += 24
        c.text(40, y, "OBSADA", 10, bold=True)
        c.hline(40, 555, y + 3)
        for name, off in g["cast"]:
            y += 13
            c.text(40, y, name, 9)
            c.right(300, y, f"charakteryzacja {hm(add_minutes(call, off), t)}", 9)
        grey(c)
        c.text(40, 805, g["footer"], 7.5)
        black(c)
        return c.output()

    return _sheet(
        f"pl_{key}",
        "pl_zbiorka",
        "Polish plan zdjęciowy (godzina zbiórki)",
        make,
        expect_set(p, title, day, call, g),
    )


def _pl_sheets() -> list[Sheet]:
    sched = [
        ("Charakteryzacja / kostiumy", -60),
        ("Śniadanie (baza)", -30),
        ("Zbiórka ekipy na planie", 0),
        ("Początek zdjęć", 60),
        ("Przerwa obiadowa", 330),
        ("Planowany koniec zdjęć", 660),
    ]
    return [
        _pl(
            "lublin",
            "OSTATNIE LATO",
            D(2026, 3, 17),
            "07:00",
            {
                "font": "helvetica",
                "time": "h_colon",
                "date": "long",
                "layout": "left",
                "company": "Wschodnie Studio Filmowe sp. z o.o.",
                "company_line": "ul. Narutowicza 4, 20-004 Lublin · biuro produkcji 81 555 01 20",
                "plan_no": "PLAN ZDJĘCIOWY NR 7",
                "day_no": "Dzień zdjęciowy 7 z 21",
                "sub": "film fabularny · reż. Marta Zielińska",
                "call_note": "(cała ekipa, na planie)",
                "set": "WN. FOYER",
                "weather": "pochmurno, 3-8°C",
                "sched": sched,
                "scenes": [
                    "14   WN. FOYER - DZIEŃ   2 1/8 str.   1, 2",
                    "15   WN. SALA - DZIEŃ   1 0/8 str.   2",
                ],
                "cast": [("1. Ewa - Joanna Kulig", -90), ("2. Adam - Piotr Adamczyk", -75)],
                "footer": (
                    "Jutro (dzień 8): godzina zbiórki 8:00, Stare Miasto. "
                    "Kierownik planu: 600 555 101"
                ),
            },
        ),
        _pl(
            "katowice",
            "CZARNE ZŁOTO",
            D(2026, 5, 14),
            "06:30",
            {
                "font": "sans",
                "time": "dot",
                "date": "num",
                "layout": "grid",
                "right_rows": {3, 4, 5},
                "company": "Silesia Film Works",
                "company_line": "ul. Mariacka 12, 40-014 Katowice",
                "plan_no": "PLAN ZDJĘCIOWY 15/30",
                "day_no": "dzień zdjęciowy 15",
                "sub": "serial · odc. 5 i 6 · reż. Tomasz Wrona",
                "call_note": "",
                "set": "WN. HALA WYSTAWOWA",
                "weather": "słonecznie, 14-22°C",
                "sched": sched,
                "scenes": ["5/31  WN. HALA WYSTAWOWA - DZIEŃ   3/8   1, 4"],
                "cast": [("1. Marek - Dawid Ogrodnik", -75), ("4. Ola - Magdalena Różczka", -90)],
                "footer": "Prosimy o punktualność. Parking wyłącznie w bazie technicznej.",
            },
        ),
        _pl(
            "torun",
            "PIERNIKOWY DOM",
            D(2026, 6, 6),
            "08:00",
            {
                "font": "serif",
                "time": "h24",
                "date": "r",
                "layout": "grid",
                "right_rows": {2, 3, 4},
                "company": "Wisła Media",
                "company_line": "ul. Szeroka 20, 87-100 Toruń",
                "plan_no": "PLAN ZDJĘCIOWY",
                "day_no": "Dzień 3 / 12",
                "sub": "film telewizyjny · reż. Aleksandra Nowak",
                "call_note": "(zbiórka w bazie)",
                "set": "WN. KAMIENICA",
                "weather": "przelotne opady, 15-21°C",
                "sched": sched,
                "scenes": [
                    "22   WN. KAMIENICA - DZIEŃ   1 4/8   3",
                    "23   PL. RYNEK - DZIEŃ   0 5/8   3, 5",
                ],
                "cast": [("3. Zosia - Maria Dębska", -90), ("5. Jan - Mateusz Kościukiewicz", -60)],
                "footer": "Kontakt: II reżyser 601 555 303 · producent 602 555 404",
            },
        ),
    ]


# --- minimal music-video / documentary sheets: call, address, contact ------------------------


def _minimal(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    t = g["time"]

    def make() -> bytes:
        c = Canvas(g.get("page", "letter"), g["font"])
        y = 70.0
        c.text(60, y, title, 22, bold=True)
        for line in g["head"]:
            y += 16
            c.text(60, y, line, 10)
        y += 30
        for label, lines in g["rows"](day, hm(call, t), p):
            c.text(60, y, label, 11, bold=True)
            for line in lines:
                c.text(170, y, line, 11)
                y += 15
            y += 10
        y += 10
        for line in g["foot"]:
            c.text(60, y, line, 9)
            y += 13
        return c.output()

    exp = call_sheet(
        title,
        day,
        call,
        p,
        hospital=g["hospital"](p),
        sun=(None, None),
        location_extra=g.get("set", "").split(),
    )
    return _sheet(f"min_{key}", "minimal_shoot", "minimal music video / documentary", make, exp)


def _minimal_sheets() -> list[Sheet]:
    return [
        _minimal(
            "memphis",
            "LOW WATER BLUES",
            D(2026, 3, 21),
            "10:00",
            {
                "font": "helvetica",
                "time": "am",
                "head": ["Ida Mae & The Levee - music video", "Dir. Kwame Jones"],
                "rows": lambda d, call, p: [
                    ("DATE", [date_text(d, "us_long")]),
                    ("CALL", [f"{call} (all crew)"]),
                    ("WHERE", [p.name, p.street, p.city]),
                    ("PARKING", ["Lot behind the studio (Marshall Ave side)"]),
                    ("CONTACT", ["Dana (producer) 901-555-0143"]),
                    ("NEAREST ER", [f"{p.hospital}, {p.hospital_street}"]),
                ],
                "hospital": lambda p: p.hospital,
                "foot": [
                    "Band load-in 9:00 AM. Lunch on site. Wrap by 8 PM.",
                    "Wear black. No logos.",
                ],
            },
        ),
        _minimal(
            "krakow",
            "OSTATNI FLISACY",
            D(2026, 4, 9),
            "09:30",
            {
                "font": "sans",
                "time": "h_colon",
                "page": "A4",
                "head": ["film dokumentalny - zdjęcia: wywiad z p. Henrykiem"],
                "rows": lambda d, call, p: [
                    ("Kiedy:", [pl_date(d, "long")]),
                    ("Zbiórka:", [call]),
                    ("Gdzie:", [f"{p.street}, {p.city}", "(kawiarnia na parterze)"]),
                    ("Kontakt:", ["Kasia (produkcja) 605 555 212"]),
                ],
                "set": "(kawiarnia na parterze)",
                "hospital": lambda p: None,
                "foot": ["Sprzęt: kamera A + 2 lampy LED, mikroporty x2.", "Koniec ok. 14:00."],
            },
        ),
        _minimal(
            "bristol",
            "THE BRIDGE KEEPERS",
            D(2026, 5, 27),
            "08:30",
            {
                "font": "times",
                "time": "mil",
                "page": "A4",
                "head": ["Observational documentary - Day 3 of 5", "Self-shooting PD: Rhys Morgan"],
                "rows": lambda d, call, p: [
                    ("Date", [date_text(d, "uk_plain")]),
                    ("Meet", [f"{call} at the observatory entrance"]),
                    ("Address", [p.name, p.street, p.city]),
                    ("Contact", ["Rhys 07700 900 412 / office 0117 555 0199"]),
                ],
                "hospital": lambda p: None,
                "foot": ["Interview at 1000 with the bridge master. Drone ops pending permit."],
            },
        ),
    ]


# --- two sets in one day: Location 1 (AM), Location 2 (PM), company move ---------------------


def _two_sets(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]
    loc2 = g["loc2"]

    def make() -> bytes:
        c = Canvas("letter", g["font"])
        c.text(40, 44, g["company"], 9, bold=True)
        c.text(40, 66, title, 19, bold=True)
        c.right(572, 44, "CALL SHEET", 12, bold=True)
        c.right(572, 60, g["date_text"], 10, bold=True)
        c.right(572, 74, g["day_no"], 9)
        c.box(40, 86, 532, 30, 1.0)
        c.text(50, 106, g["call_label"], 11, bold=True)
        c.right(562, 107, hm(call, t), 15, bold=True)
        c.text(40, 134, f"Sunrise {hm(rise, t)}  ·  Sunset {hm(fall, t)}  ·  {g['weather']}", 9)
        move = hm(add_minutes(call, g["move"]), t)
        one = [g["set"], p.name, p.street, p.city]
        one_rest = [
            ("PARKING", [p.base_street, p.base_city]),
            ("NEAREST HOSPITAL", [p.hospital, p.hospital_street, p.hospital_city]),
        ]
        two = [loc2["set"], loc2["name"], loc2["street"], loc2["city"]]
        two_rest = [("PARKING", loc2["parking"]), ("NEAREST HOSPITAL", loc2["hospital"])]
        y = 156.0
        if g["layout"] == "columns":
            for n, (head, lines, rest) in enumerate(
                [(g["head1"], one, one_rest), (g["head2"].format(move=move), two, two_rest)]
            ):
                x = 40 + n * 276
                yy = _block(c, x, y, 256, head, lines, 9)
                for label, rl in rest:
                    yy = _block(c, x, yy + 6, 256, label, rl, 9)
            y = 156 + 200
        elif g["layout"] == "stacked":
            for head, lines, rest in [
                (g["head1"], one, one_rest),
                (g["head2"].format(move=move), two, two_rest),
            ]:
                c.text(40, y, head, 10, bold=True)
                c.hline(40, 572, y + 3, 0.6)
                y += 15
                for line in lines:
                    c.text(50, y, line, 9)
                    y += 11
                for label, rl in rest:
                    c.text(50, y, f"{label.title()}: {', '.join(rl)}", 9)
                    y += 11
                y += 10
        else:  # table: rows of fields, a column per set
            widths, x0 = [110.0, 211.0, 211.0], 40.0
            rows = [
                ("", [g["head1"]], [g["head2"].format(move=move)]),
                ("SET", [g["set"]], [loc2["set"]]),
                (
                    "LOCATION",
                    [p.name, p.street, p.city],
                    [loc2["name"], loc2["street"], loc2["city"]],
                ),
                ("PARKING", [p.base_street, p.base_city], loc2["parking"]),
                (
                    "NEAREST HOSPITAL",
                    [p.hospital, p.hospital_street, p.hospital_city],
                    loc2["hospital"],
                ),
            ]
            heights = [8 + 11 * max(len(a), len(b)) for _, a, b in rows]
            c.grid(x0, y, widths, heights)
            yy = y
            for (label, a, b), h in zip(rows, heights, strict=True):
                c.text(x0 + 4, yy + 11, label, 7.5, bold=True)
                for col, lines in ((1, a), (2, b)):
                    for m, line in enumerate(lines):
                        fit(
                            c,
                            x0 + sum(widths[:col]) + 4,
                            yy + 11 + 11 * m,
                            line,
                            8.5,
                            widths[col] - 8,
                            bold=label == "",
                        )
                yy += h
            y = yy + 20
        c.text(40, y, "SCHEDULE", 9.5, bold=True)
        c.hline(40, 572, y + 3)
        for label, off in g["sched"]:
            y += 13
            c.text(40, y, hm(add_minutes(call, off), t), 9)
            c.text(110, y, label.format(move=move), 9)
        y += 24
        c.text(40, y, "SCENES", 9.5, bold=True)
        c.hline(40, 572, y + 3)
        for line in g["scenes"]:
            y += 13
            c.text(40, y, line, 8.5, family="courier")
        return c.output()

    return _sheet(
        f"two_{key}",
        "two_locations",
        "two sets and a company move",
        make,
        expect_set(p, title, day, call, g),
    )


def _two_sets_sheets() -> list[Sheet]:
    t3 = P["toronto3"]
    return [
        _two_sets(
            "toronto2",
            "NORTHBOUND",
            D(2026, 3, 24),
            "07:00",
            {
                "font": "helvetica",
                "time": "am",
                "layout": "columns",
                "company": "Lakeshore Road Films Inc.",
                "date_text": "Tuesday, March 24, 2026",
                "day_no": "Day 11 of 24",
                "call_label": "GENERAL CREW CALL (LOCATION 1)",
                "weather": "Flurries, -2°C / 3°C",
                "move": 330,
                "head1": "LOCATION 1 (AM)",
                "head2": "LOCATION 2 (PM) - COMPANY MOVE {move}",
                "set": "EXT. COBBLESTONE LANE",
                "loc2": {
                    "set": "INT. LOFT APARTMENT",
                    "name": t3.name,
                    "street": t3.street,
                    "city": t3.city,
                    "parking": [t3.base_street, t3.base_city],
                    "hospital": [t3.hospital, t3.hospital_street, t3.hospital_city],
                },
                "sched": [
                    ("Crew call - Location 1", 0),
                    ("Shooting call", 60),
                    ("Lunch (Location 1)", 300),
                    ("Company move to Location 2", 330),
                    ("Shooting call - Location 2", 420),
                    ("Est. wrap", 690),
                ],
                "scenes": [
                    "18  EXT. COBBLESTONE LANE - DAY   1 2/8  LOC 1",
                    "40  INT. LOFT APARTMENT - NIGHT   2 0/8  LOC 2",
                ],
            },
        ),
        _two_sets(
            "atlanta",
            "PEACHTREE",
            D(2026, 4, 28),
            "06:30",
            {
                "font": "times",
                "time": "a",
                "layout": "stacked",
                "company": "Magnolia Street Pictures",
                "date_text": "Tue 4/28/26",
                "day_no": "Shoot Day 6 of 20",
                "call_label": "CREW CALL",
                "weather": "Humid, 84°F",
                "move": 360,
                "head1": "LOCATION 1 - MORNING",
                "head2": "LOCATION 2 - AFTERNOON (company move at {move})",
                "set": "EXT. SWAN HOUSE LAWN",
                "loc2": {
                    "set": "EXT. PARK OVAL",
                    "name": "Piedmont Park Active Oval",
                    "street": "1320 Monroe Dr NE",
                    "city": "Atlanta, GA 30306",
                    "parking": ["Park Tavern lot, 500 10th St NE", "Atlanta, GA 30309"],
                    "hospital": [
                        "Emory University Hospital Midtown",
                        "550 Peachtree St NE",
                        "Atlanta, GA 30308",
                    ],
                },
                "sched": [
                    ("Crew call", 0),
                    ("Shooting call", 60),
                    ("Lunch", 300),
                    ("Company move", 360),
                    ("Shoot Location 2", 450),
                    ("Est. wrap", 720),
                ],
                "scenes": [
                    "7   EXT. SWAN HOUSE LAWN - DAY   2 3/8",
                    "22  EXT. PARK OVAL - DAY         1 1/8",
                ],
            },
        ),
        _two_sets(
            "bow",
            "EAST END TIDES",
            D(2026, 6, 16),
            "08:00",
            {
                "font": "serif",
                "time": "h24",
                "layout": "table",
                "company": "Limehouse Cut Productions",
                "date_text": "Tuesday 16th June 2026",
                "day_no": "Day 3 of 9",
                "call_label": "UNIT CALL (LOC 1)",
                "weather": "Sunny, 22°C",
                "move": 300,
                "head1": "LOC 1 (AM)",
                "head2": "LOC 2 (PM) - unit move {move}",
                "set": "INT. STUDIO 2",
                "loc2": {
                    "set": "EXT. RIVER TERRACE",
                    "name": "Somerset House",
                    "street": "Strand",
                    "city": "London WC2R 1LA",
                    "parking": ["Victoria Embankment", "London WC2N 6NS"],
                    "hospital": ["University College Hospital", "235 Euston Rd", "London NW1 2BU"],
                },
                "sched": [
                    ("Unit call", 0),
                    ("Turnover", 45),
                    ("Lunch", 270),
                    ("Unit move to Loc 2", 300),
                    ("Turnover Loc 2", 390),
                    ("Wrap", 630),
                ],
                "scenes": [
                    "14  INT. STUDIO 2 - DAY        1 5/8",
                    "15  EXT. RIVER TERRACE - DAY  2 2/8",
                ],
            },
        ),
    ]


# --- breakfast and shooting call printed beside the crew call --------------------------------


def _calls(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]
    bfast, shoot = add_minutes(call, g["bfast"]), add_minutes(call, g["shoot"])

    def make() -> bytes:
        c = Canvas("letter", g["font"])
        c.text(40, 44, g["company"], 9, bold=True)
        c.text(40, 68, title, 20, bold=True)
        c.text(40, 82, g["sub"], 9)
        c.right(572, 44, g["date_text"], 10, bold=True)
        c.right(572, 58, g["day_no"], 9)
        y = 100.0
        if g["layout"] == "strip":
            labels = [("BREAKFAST", bfast), (g["crew_label"], call), ("SHOOTING CALL", shoot)]
            bw = 532 / 3
            for n, (label, val) in enumerate(labels):
                x = 40 + n * bw
                c.box(x, y, bw, 44, 0.8)
                c.text(x + 8, y + 13, label, 8, bold=True)
                c.text(x + 8, y + 36, hm(val, t), 18, bold=True)
            y += 64
        else:
            # HARD: the shooting call is the big boxed time; crew call and breakfast in small
            # print under it
            c.box(372, y, 200, 50, 1.2)
            c.text(380, y + 14, "SHOOTING CALL", 9, bold=True)
            c.right(564, y + 42, hm(shoot, t), 24, bold=True)
            c.right(572, y + 64, f"{g['crew_label']}: {hm(call, t)}", 9)
            c.right(572, y + 76, f"Breakfast: {hm(bfast, t)}", 9)
            c.text(40, y + 20, f"Director: {g['director']}", 9)
            c.text(40, y + 32, f"1st AD: {g['ad']}", 9)
            y += 96
        c.text(40, y, f"SUNRISE {hm(rise, t)}    SUNSET {hm(fall, t)}    WEATHER {g['weather']}", 9)
        y += 22
        ry = _block(c, 40, y, 250, "SET", [g["set"], p.name, p.street, p.city], 9)
        ry = _block(c, 40, ry + 6, 250, "CREW PARKING", [p.base_street, p.base_city], 9)
        hy = _block(
            c,
            320,
            y,
            252,
            "NEAREST HOSPITAL",
            [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
            9,
        )
        y = max(ry, hy) + 14
        c.text(40, y, "ADVANCE NOTES", 9.5, bold=True)
        c.hline(40, 572, y + 3)
        for line in g["notes"]:
            y += 13
            c.text(40, y, line, 9)
        y += 24
        c.text(40, y, "SCENES", 9.5, bold=True)
        c.hline(40, 572, y + 3)
        for line in g["scenes"]:
            y += 13
            c.text(40, y, line, 8.5, family="courier")
        return c.output()

    return _sheet(
        f"calls_{key}",
        "crew_vs_shooting",
        "crew call beside shooting call",
        make,
        expect_set(p, title, day, call, g),
    )


def _calls_sheets() -> list[Sheet]:
    return [
        _calls(
            "vancouver",
            "GREY HARBOUR",
            D(2026, 2, 24),
            "06:30",
            {
                "font": "helvetica",
                "time": "am",
                "layout": "strip",
                "bfast": -30,
                "shoot": 60,
                "crew_label": "CREW CALL",
                "company": "Coast Mountain Pictures Ltd.",
                "sub": "Feature · Director: Lena Park",
                "date_text": "Tuesday, February 24, 2026",
                "day_no": "Day 14 of 32",
                "weather": "Rain, 6°C",
                "set": "INT. WAREHOUSE FLOOR",
                "notes": [
                    "Walking breakfast at the catering truck until crew call.",
                    "Rain gear mandatory for exterior rigging.",
                ],
                "scenes": ["52  INT. WAREHOUSE FLOOR - NIGHT   2 4/8"],
            },
        ),
        _calls(
            "la",
            "CANYON ROAD",
            D(2026, 5, 19),
            "07:00",
            {
                "font": "helvetica",
                "time": "a",
                "layout": "big_shoot",
                "bfast": -30,
                "shoot": 60,
                "crew_label": "Crew Call",
                "company": "Dry Wash Films",
                "sub": "Independent feature",
                "director": "Marisol Vega",
                "ad": "Dean Porter",
                "date_text": "Tue, May 19, 2026",
                "day_no": "Day 5 of 19",
                "weather": "Clear, 78°F / 60°F",
                "set": "EXT. OBSERVATORY TERRACE",
                "notes": [
                    "Shuttle from parking runs from 6:15a.",
                    "Public hours begin at noon; keep the east lawn clear.",
                ],
                "scenes": [
                    "19  EXT. OBSERVATORY TERRACE - DAY   1 7/8",
                    "20  EXT. LAWN - DAY                  0 4/8",
                ],
            },
        ),
        _calls(
            "manchester",
            "COTTONOPOLIS",
            D(2026, 9, 15),
            "07:45",
            {
                "font": "times",
                "time": "mil",
                "layout": "strip",
                "bfast": -45,
                "shoot": 75,
                "crew_label": "CREW CALL (ON SET)",
                "company": "Rochdale Canal Pictures",
                "sub": "Series 1 · Block 1 · Director: Hamid Rahman",
                "date_text": "Tuesday 15th September 2026",
                "day_no": "Day 2 of 36",
                "weather": "Overcast, 15°C",
                "set": "INT. CONCERT HALL BALCONY",
                "notes": [
                    "Breakfast served at Unit Base only.",
                    "Quiet on the balcony during rehearsal.",
                ],
                "scenes": ["3   INT. CONCERT HALL BALCONY - DAY   2 0/8"],
            },
        ),
    ]


# --- near misses ------------------------------------------------------------------------------


def _scout_report() -> bytes:
    """A location scout / recce report: an address, a date and time, access, power, a hospital."""
    c = Canvas("letter", "helvetica")
    c.text(50, 48, "LOCATION SCOUT REPORT", 15, bold=True)
    c.text(50, 64, "THE SALT ROAD - Narragansett Bay Films LLC", 10)
    c.right(560, 48, "Recce #3", 10, bold=True)
    rows = [
        ("Scouted", "Friday, February 20, 2026, 2:00 PM - 3:30 PM"),
        ("Scouted by", "Locations Manager Jo Carter; DP Luis Ortega"),
        ("Location", "Providence Athenaeum, 251 Benefit St, Providence, RI 02903"),
        ("Contact", "Facilities: Ann Blake (401) 555-0166"),
        ("Available dates", "March 9-13, 2026 (closed to public Mon/Tue)"),
        ("Access", "Loading via the rear door on Benefit St, 6:00 AM earliest"),
        ("Power", "2 x 20A circuits per floor; tie-in not permitted"),
        ("Parking", "Providence Place Garage; no trucks on Benefit St"),
        ("Sun path", "Reading room windows face west: sun from 2 PM"),
        ("Nearest hospital", "Rhode Island Hospital, 593 Eddy St (8 min)"),
        ("Fee", "$2,500 / day, holding $500 / day"),
        ("Recommendation", "Suitable for scenes 12-13; tech scout to follow"),
    ]
    y = 100.0
    for label, value in rows:
        c.text(50, y, label, 9.5, bold=True)
        c.text(170, y, value, 9.5)
        c.hline(50, 560, y + 4, 0.2)
        y += 19
    y += 16
    c.text(50, y, "PHOTOS: 24 attached (RR-01 to RR-24)", 9.5)
    return c.output()


def _availability_check() -> bytes:
    """A crew availability check / pencil sent by e-mail: a date, a likely call, a place."""
    c = Canvas("A4", "helvetica")
    y = 50.0
    for label, value in [
        ("From:", "Sophie Hale <sophie@merseylinedrama.co.uk>"),
        ("Sent:", "Monday 2 March 2026 11:14"),
        ("To:", "Camera crew list"),
        ("Subject:", "Availability check - THE MERSEY LINE - 17 March"),
    ]:
        c.text(40, y, label, 9.5, bold=True)
        c.text(100, y, value, 9.5)
        y += 14
    c.hline(40, 555, y)
    y += 22
    for line in [
        "Hi all,",
        "",
        "Are you available on Tuesday 17 March 2026 for one day of second unit?",
        "Unit call would likely be 0800 at St George's Hall, St George's Pl, Liverpool L1 1JJ,",
        "wrap around 1830. Rate as per the main unit deal.",
        "",
        "This is a light pencil only, NOT a confirmation. Please reply by Thursday 5 March.",
        "We will confirm or release by Friday, and the call sheet will follow the night before.",
        "",
        "Thanks,",
        "Sophie Hale",
        "Production Coordinator, Liver Bird Drama Ltd - 0151 555 0190",
    ]:
        c.text(40, y, line, 10)
        y += 15
    return c.output()


def _rental_quote() -> bytes:
    """An equipment rental quote: collection and return dates and times, an address, a total."""
    c = Canvas("A4", "helvetica")
    c.text(40, 48, "Kraków Camera Rental sp. z o.o.", 13, bold=True)
    c.text(40, 62, "ul. Dajwór 14, 31-052 Kraków · tel. 12 555 04 40 · wypozyczalnia@kcr.pl", 8.5)
    c.right(555, 48, "QUOTE Q-20417", 12, bold=True)
    c.right(555, 62, "Issued: 02.03.2026", 8.5)
    rows = [
        ("Client", "Wschodnie Studio Filmowe - OSTATNIE LATO"),
        ("Collection", "Monday 16.03.2026, 16:00, at our Kraków warehouse"),
        ("Shoot days", "17.03 - 18.03.2026 (2 days, weekend free)"),
        ("Return", "Thursday 19.03.2026 by 10:00"),
        ("Delivery", "optional: to pl. Teatralny 1, 20-029 Lublin, 06:30 (+ 900 PLN)"),
    ]
    y = 96.0
    for label, value in rows:
        c.text(40, y, label, 9.5, bold=True)
        c.text(140, y, value, 9.5)
        y += 15
    y += 14
    c.text(40, y, "ITEM", 9, bold=True)
    c.right(420, y, "DAYS", 9, bold=True)
    c.right(555, y, "NET PLN", 9, bold=True)
    c.hline(40, 555, y + 3)
    for item, days, net in [
        ("ARRI Alexa Mini LF body + 2 x media", "2", "3 600,00"),
        ("Cooke S4/i prime set (18-100 mm, 7 lenses)", "2", "2 800,00"),
        ("Lighting package B (2 x M18, 4 x SkyPanel S60)", "2", "2 400,00"),
        ("Grip truck 3.5 t with driver", "2", "1 900,00"),
    ]:
        y += 14
        c.text(40, y, item, 9)
        c.right(420, y, days, 9)
        c.right(555, y, net, 9)
    y += 22
    c.right(555, y, "Total net 10 700,00 PLN + VAT 23%", 10, bold=True)
    y += 26
    c.text(40, y, "Quote valid 14 days. Insurance certificate required before collection.", 8.5)
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet("other_scout_report", "near_miss", "location scout report", _scout_report, OTHER),
        _sheet(
            "other_availability_check",
            "near_miss",
            "crew availability check",
            _availability_check,
            OTHER,
        ),
        _sheet("other_rental_quote", "near_miss", "equipment rental quote", _rental_quote, OTHER),
    ]


def sheets() -> list[Sheet]:
    return [
        *_us_indie_sheets(),
        *_uk_drama_sheets(),
        *_au_tvc_sheets(),
        *_pl_sheets(),
        *_minimal_sheets(),
        *_two_sets_sheets(),
        *_calls_sheets(),
        *_other_sheets(),
    ]
