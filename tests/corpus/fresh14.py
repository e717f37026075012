"""Fifteenth held-out set: conventions no earlier set covers (`fresh14_`).

Built without reading the reader (`pipeline/extract/`) and without running it on these sheets:
each family follows a real-world convention (CONVENTIONS.md, "fresh14"). Movie Magic / EP style
sheets whose crew call is only a row ("ALL CREW", "UNIT", "GENERAL CREW") of a department call
table listed in arrival order, Word templates that print every value first and its label after
it at the right margin, Polish spreadsheet exports whose values sit in a merged cell two rows
under their label, night shoots dated over two dates ("NIGHT OF FRIDAY 13 / SATURDAY 14 MARCH
2026"), studio-lot sheets whose set is a stage behind a gate, and call-sheet app exports whose
facts carry drawn icons instead of labels. Three near misses (a crew weekly timecard, a location
risk assessment, a Polish casting schedule) must read as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.corpus.draw import Canvas, black, centre, grey, measure
from tests.corpus.formats import add_minutes, ordinal
from tests.corpus.fresh_common import clock, date_or, expect, fill, sheet_maker, time_or
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # department-call sheets: Belfast, New Orleans, Calgary
    "belfast": _p(
        "uk",
        "Titanic Belfast",
        "1 Olympic Way",
        "Queen's Road, Belfast BT3 9EP",
        54.6081,
        -5.9099,
        "Europe/London",
        "Royal Victoria Hospital",
        "274 Grosvenor Rd",
        "Belfast BT12 6BA",
        "028 9024 0503",
        "Hamilton Rd",
        "Belfast BT3 9DT",
    ),
    "nola": _p(
        "us",
        "Gallier Hall",
        "545 St Charles Ave",
        "New Orleans, LA 70130",
        29.9493,
        -90.0705,
        "America/Chicago",
        "University Medical Center New Orleans",
        "2000 Canal St",
        "New Orleans, LA 70112",
        "(504) 702-3000",
        "1000 Convention Center Blvd",
        "New Orleans, LA 70130",
    ),
    "calgary": _p(
        "ca",
        "Calgary Central Library",
        "800 3 St SE",
        "Calgary, AB T2G 2E7",
        51.0455,
        -114.0553,
        "America/Edmonton",
        "Foothills Medical Centre",
        "1403 29 St NW",
        "Calgary, AB T2N 2T9",
        "(403) 944-1110",
        "1410 Olympic Way SE",
        "Calgary, AB T2G 0E8",
    ),
    # value-first Word templates: Cork (Eircode), Adelaide, Halifax
    "cork": _p(
        "uk",
        "Cork City Gaol",
        "Convent Ave",
        "Sunday's Well, Cork T23 VX25",
        51.9017,
        -8.4947,
        "Europe/Dublin",
        "Cork University Hospital",
        "Wilton",
        "Cork T12 DC4A",
        "021 454 6400",
        "Sunday's Well Rd",
        "Cork T23 F6Y8",
    ),
    "adelaide": _p(
        "eu",
        "Adelaide Arcade",
        "112 Rundle Mall",
        "Adelaide SA 5000",
        -34.9226,
        138.6021,
        "Australia/Adelaide",
        "Royal Adelaide Hospital",
        "Port Rd",
        "Adelaide SA 5000",
        "(08) 7074 0000",
        "Rymill Park, East Tce",
        "Adelaide SA 5000",
    ),
    "halifax": _p(
        "ca",
        "Halifax Seaport Farmers' Market",
        "1209 Marginal Rd",
        "Halifax, NS B3H 4P8",
        44.6417,
        -63.5666,
        "America/Halifax",
        "Halifax Infirmary",
        "1796 Summer St",
        "Halifax, NS B3H 3A7",
        "(902) 473-2700",
        "1215 Marginal Rd",
        "Halifax, NS B3H 4P8",
    ),
    # Polish spreadsheet exports: Toruń, Olsztyn, Rzeszów
    "torun": _p(
        "pl",
        "Ratusz Staromiejski",
        "Rynek Staromiejski 1",
        "87-100 Toruń",
        53.0102,
        18.6047,
        "Europe/Warsaw",
        "Wojewódzki Szpital Zespolony im. L. Rydygiera",
        "ul. św. Józefa 53-59",
        "87-100 Toruń",
        "+48 56 679 30 00",
        "Bulwar Filadelfijski",
        "87-100 Toruń",
    ),
    "olsztyn": _p(
        "pl",
        "Zamek Kapituły Warmińskiej",
        "ul. Zamkowa 2",
        "10-074 Olsztyn",
        53.7771,
        20.4743,
        "Europe/Warsaw",
        "Wojewódzki Szpital Specjalistyczny w Olsztynie",
        "ul. Żołnierska 18",
        "10-561 Olsztyn",
        "+48 89 538 62 00",
        "pl. Jana Pawła II 1",
        "10-101 Olsztyn",
    ),
    "rzeszow": _p(
        "pl",
        "Zamek Lubomirskich",
        "ul. Zamkowa 3",
        "35-032 Rzeszów",
        50.0328,
        22.0010,
        "Europe/Warsaw",
        "Kliniczny Szpital Wojewódzki nr 1 im. F. Chopina",
        "ul. Szopena 2",
        "35-055 Rzeszów",
        "+48 17 866 40 00",
        "al. Cieplińskiego 4",
        "35-010 Rzeszów",
    ),
    # night shoots over two dates: Glasgow, Baltimore, Hobart
    "glasgow": _p(
        "uk",
        "Kelvingrove Art Gallery and Museum",
        "Argyle St",
        "Glasgow G3 8AG",
        55.8686,
        -4.2906,
        "Europe/London",
        "Queen Elizabeth University Hospital",
        "1345 Govan Rd",
        "Glasgow G51 4TF",
        "0141 201 1100",
        "Kelvin Way",
        "Glasgow G3 7TA",
    ),
    "baltimore": _p(
        "us",
        "Lexington Market",
        "400 W Lexington St",
        "Baltimore, MD 21201",
        39.2918,
        -76.6215,
        "America/New_York",
        "University of Maryland Medical Center",
        "22 S Greene St",
        "Baltimore, MD 21201",
        "(410) 328-8667",
        "333 W Camden St",
        "Baltimore, MD 21201",
    ),
    "hobart": _p(
        "eu",
        "Salamanca Arts Centre",
        "77 Salamanca Pl",
        "Battery Point TAS 7004",
        -42.8870,
        147.3330,
        "Australia/Hobart",
        "Royal Hobart Hospital",
        "48 Liverpool St",
        "Hobart TAS 7000",
        "(03) 6166 8308",
        "Princes Wharf 1, Castray Esp",
        "Battery Point TAS 7004",
    ),
    # studio lots: the set is a stage behind a gate
    "pinewood": _p(
        "uk",
        "Pinewood Studios",
        "Pinewood Rd",
        "Iver Heath SL0 0NH",
        51.5490,
        -0.5350,
        "Europe/London",
        "Wexham Park Hospital",
        "Wexham St",
        "Slough SL2 4HL",
        "0300 615 5000",
        "North Car Park, Pinewood Rd",
        "Iver Heath SL0 0NH",
    ),
    "ardmore": _p(
        "uk",
        "Ardmore Studios",
        "Herbert Rd",
        "Bray, Co. Wicklow A98 VX52",
        53.1960,
        -6.1180,
        "Europe/Dublin",
        "St Vincent's University Hospital",
        "Elm Park",
        "Dublin 4, D04 T6F4",
        "01 221 4000",
        "Upper car park, Herbert Rd",
        "Bray, Co. Wicklow A98 VX52",
    ),
    "fox": _p(
        "eu",
        "Fox Studios Australia",
        "38 Driver Ave",
        "Moore Park NSW 2021",
        -33.8920,
        151.2240,
        "Australia/Sydney",
        "St Vincent's Hospital Sydney",
        "390 Victoria St",
        "Darlinghurst NSW 2010",
        "(02) 8382 1111",
        "Bent St car park, Driver Ave",
        "Moore Park NSW 2021",
    ),
    # app exports with icons: Nashville, Newcastle, Winnipeg
    "nashville": _p(
        "us",
        "Ryman Auditorium",
        "116 Rep. John Lewis Way N",
        "Nashville, TN 37219",
        36.1612,
        -86.7785,
        "America/Chicago",
        "Vanderbilt University Medical Center",
        "1211 Medical Center Dr",
        "Nashville, TN 37232",
        "(615) 322-5000",
        "201 Rep. John Lewis Way S",
        "Nashville, TN 37203",
    ),
    "newcastle": _p(
        "uk",
        "Newcastle Castle",
        "Castle Garth",
        "Newcastle upon Tyne NE1 1RQ",
        54.9695,
        -1.6107,
        "Europe/London",
        "Royal Victoria Infirmary",
        "Queen Victoria Rd",
        "Newcastle upon Tyne NE1 4LP",
        "0191 233 6161",
        "Quayside",
        "Newcastle upon Tyne NE1 3DX",
    ),
    "winnipeg": _p(
        "ca",
        "The Forks Market",
        "1 Forks Market Rd",
        "Winnipeg, MB R3C 4L9",
        49.8870,
        -97.1306,
        "America/Winnipeg",
        "Health Sciences Centre",
        "820 Sherbrook St",
        "Winnipeg, MB R3A 1R9",
        "(204) 787-3661",
        "25 Forks Market Rd",
        "Winnipeg, MB R3C 4S8",
    ),
}

PL_MON3 = ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, _ = clock(hhmm)
    ap = "a" if h < 12 else "p"
    forms = {
        "a": f"{h12}{ap}" if m == 0 else f"{h12}:{m:02d}{ap}",  # "7a", "7:30a"
        "dotam": f"{h12}.{m:02d}{'am' if h < 12 else 'pm'}",  # "7.30am"
        "dot2": f"{h:02d}.{m:02d}",  # "07.30"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "xl": f"{d:%a} {d.day}-{d:%b}-{d:%y}",  # Excel's d-mmm-yy: "Tue 12-May-26"
        "pl_xl": f"{d.day}-{PL_MON3[d.month - 1]}-{d:%y}",  # "16-wrz-26"
        "us_ord_noyear_year": f"{d:%A}, {d:%B} {ordinal(d.day)}, {d.year}",
        "uk_caps": f"{d:%A} {ordinal(d.day)} {d:%B} {d.year}".upper(),
        "uk_abbr": f"{d:%a} {ordinal(d.day)} {d:%b} {d.year}",  # "Mon 9th Nov 2026"
        "app": f"{d:%a}, {d:%b} {d.day}, {d.year}",  # "Thu, Mar 12, 2026"
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh14")


# --- department calls: the crew call is a row of a department call table ---------------------


def _dept(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas(g["page"], "helvetica")
        W = c.width
        # header: company and credits left, "CALL SHEET" centred, date block right
        c.text(36, 40, g["company"], 8.5, bold=True)
        c.text(36, 52, g["office"], 7)
        c.text(36, 72, title, 16, bold=True)
        c.text(36, 86, g["credits"], 7.5)
        centre(c, 40, "CALL SHEET", 12)
        centre(c, 54, f"Day {g['n']} of {g['of']}", 8.5, bold=False)
        # HARD: the header prints only the shooting call; the crew call is a table row
        centre(c, 70, f"SHOOTING CALL {hm(add_minutes(call, 60), t)}", 10)
        c.right(W - 36, 40, day_text(day, g["date_style"]), 10, bold=True)
        c.right(W - 36, 53, f"Sunrise {hm(rise, t)}   Sunset {hm(fall, t)}", 8)
        c.right(W - 36, 65, g["weather"], 8)
        c.right(W - 36, 77, f"Lunch {hm(add_minutes(call, 360), t)}", 8)
        c.hline(36, W - 36, 96, 1.2)
        # scene strip table
        y = 112.0
        cols = [("SC.", 36), ("SET / DESCRIPTION", 70), ("D/N", 330), ("PGS", 365)]
        cols += [("CAST", 400), ("LOC", 470)]
        fill(c, 36, y - 10, W - 72, 13, 215)
        for head, x in cols:
            c.text(x + 2, y, head, 7.5, bold=True)
        for row in g["scenes"]:
            y += 14
            for (_, x), cell in zip(cols, row, strict=True):
                fit(c, x + 2, y, cell, 8, 250 if x == 70 else 60)
            c.hline(36, W - 36, y + 4, 0.3)
        # places left, department calls right
        y += 28
        lx, lw = 36.0, 250.0
        blocks = [
            ("LOC 1 - SET", [g["set"], p.name, p.street, p.city]),
            ("CREW PARKING / BASECAMP", [p.base_street, p.base_city, g["park_note"]]),
            ("NEAREST HOSPITAL", [p.hospital, p.hospital_street, p.hospital_city]),
        ]
        yy = y
        for head, lines in blocks:
            c.text(lx, yy, head, 8, bold=True)
            c.hline(lx, lx + lw, yy + 3, 0.6)
            for line in lines:
                yy += 11
                fit(c, lx + 4, yy, line, 8.5, lw - 8)
            yy += 20
        c.text(lx, yy, f"Hospital phone: {p.hospital_phone}", 8)
        rx, rw = 320.0, W - 36 - 320.0
        c.text(rx, y, g["table_head"], 8.5, bold=True)
        ry = y + 8
        rows = g["depts"](call)
        c.grid(rx, ry, [rw - 70, 70], [14.0] * (len(rows) + 1))
        fill(c, rx + 0.5, ry + 0.5, rw - 1, 13, 225)
        c.text(rx + 4, ry + 10, "DEPARTMENT", 7.5, bold=True)
        c.text(rx + rw - 66, ry + 10, "CALL", 7.5, bold=True)
        for n, (dept, hhmm, bold) in enumerate(rows):
            yr = ry + 14 * (n + 1) + 10
            fit(c, rx + 4, yr, dept, 8, rw - 78, bold=bold)
            c.text(rx + rw - 66, yr, hm(hhmm, t), 8.5, bold=bold)
        y = max(yy, ry + 14 * (len(rows) + 1)) + 28
        c.text(36, y, "NOTES", 8.5, bold=True)
        for line in g["notes"]:
            y += 12
            fit(c, 40, y, line, 8, W - 80)
        # page 2: cast and crew with individual calls (the back of the sheet)
        c.new_page()
        c.text(36, 40, f"{title} - Day {g['n']} of {g['of']}", 10, bold=True)
        c.right(W - 36, 40, day_text(day, g["date_style"]), 9)
        y = 66.0
        c.text(36, y, "CAST", 8.5, bold=True)
        for x, head in [(230, "P/U"), (290, "HMU"), (350, "ON SET")]:
            c.text(x, y, head, 7.5, bold=True)
        for n, name in enumerate(g["cast"]):
            y += 12
            c.text(40, y, name, 8)
            c.text(230, y, hm(add_minutes(call, -30 + 10 * n), t), 8)
            c.text(290, y, hm(add_minutes(call, -15 + 10 * n), t), 8)
            c.text(350, y, hm(add_minutes(call, 60), t), 8)
        y += 26
        c.text(36, y, "CREW", 8.5, bold=True)
        c.text(350, y, "CALL", 7.5, bold=True)
        for role, name, when in g["crew"]:
            y += 12
            c.text(40, y, role, 8)
            c.text(190, y, name, 8)
            c.text(350, y, when if ":" not in when else hm(when, t), 8)
        return c.output()

    return _sheet(
        f"dept_{key}",
        "dept_calls",
        "department call table with the crew call as a row",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _dept_rows(first: str, label: str) -> Any:
    """Departments in the order they arrive; `label` names the general call's row."""

    def rows(call: str) -> list[tuple[str, str, bool]]:
        return [
            ("Production / Locations", add_minutes(call, -90), False),
            ("Catering (breakfast from)", add_minutes(call, -60), False),
            (first, add_minutes(call, -60), False),
            ("Wardrobe", add_minutes(call, -45), False),
            ("Grip / Electric (pre-rig)", add_minutes(call, -30), False),
            ("Camera", add_minutes(call, -15), False),
            (label, call, True),
            ("Sound", call, False),
            ("Background (holding)", add_minutes(call, 30), False),
        ]

    return rows


def _dept_sheets() -> list[Sheet]:
    return [
        _dept(
            "nola",
            "CRESCENT CITY BLUES",
            D(2026, 3, 12),
            "07:00",
            {
                "page": "letter",
                "company": "Bayou Lantern Pictures LLC",
                "office": "1100 Tchoupitoulas St, New Orleans, LA 70130 · (504) 555-0142",
                "credits": "Director: Celeste Broussard · Producer: Marcus Thibodeaux",
                "n": 9,
                "of": 32,
                "date_style": "us_short",
                "time": "us",
                "weather": "Partly cloudy 74°F / 61°F",
                "set": "INT. MAYOR'S OFFICE / EXT. PORTICO",
                "park_note": "Shuttle to set every 10 min",
                "table_head": "DEPARTMENT CALLS (in order of arrival)",
                "depts": _dept_rows("Hair / Make-Up", "ALL CREW"),
                "scenes": [
                    (
                        "14",
                        "INT. MAYOR'S OFFICE - Ruth confronts the mayor",
                        "D",
                        "2 3/8",
                        "1,3",
                        "1",
                    ),
                    ("15", "EXT. GALLIER HALL PORTICO - press scrum", "D", "1 1/8", "1,3,7", "1"),
                    ("22A", "INT. HALLWAY - Ruth alone", "D", "3/8", "1", "1"),
                ],
                "notes": [
                    "All crew not listed above: ALL CREW call. Check your own call on the back.",
                    "Closed set in the office. No photos on the portico steps.",
                ],
                "cast": [
                    "1. RUTH - Dana Laveau",
                    "3. MAYOR - Hollis Grant",
                    "7. REPORTER - Kim Ardoin",
                ],
                "crew": [
                    ("1st AD", "Paul Hebert", "06:00"),
                    ("DP", "Tomas Rivera", "06:45"),
                    ("Gaffer", "Lee Dupre", "06:30"),
                    ("Key Grip", "Roy Fontenot", "06:30"),
                    ("Sound Mixer", "Ann Marino", "07:00"),
                    ("Script Supervisor", "Joy Landry", "per ALL CREW"),
                ],
            },
        ),
        _dept(
            "calgary",
            "CHINOOK",
            D(2026, 5, 12),
            "07:30",
            {
                "page": "letter",
                "company": "Foothills Lantern Media Inc.",
                "office": "1040 7 Ave SW, Calgary, AB T2P 3G9 · 403-555-0177",
                "credits": "Director: Amrit Sandhu · Producer: Claire Boucher",
                "n": 4,
                "of": 21,
                "date_style": "xl",
                "time": "military",
                "weather": "Sunny, high 18°C, wind W 20 km/h",
                "set": "INT. LIBRARY - READING ROOM, LEVEL 4",
                "park_note": "Crew parking: Lot B, passes on dash",
                "table_head": "CALL TIMES BY DEPARTMENT",
                "depts": _dept_rows("HMU", "UNIT (all other crew)"),
                "scenes": [
                    (
                        "31",
                        "INT. LIBRARY READING ROOM - Nora finds the map",
                        "D",
                        "1 4/8",
                        "2,5",
                        "1",
                    ),
                    ("32", "INT. LIBRARY STAIRS - chase", "D", "6/8", "2,5,9", "1"),
                ],
                "notes": [
                    "Library open to the public on levels 1-3 from 10:00: quiet on the stairs.",
                    "No tape on the wood floors; use the mats supplied by locations.",
                ],
                "cast": [
                    "2. NORA - Tess Whitehorse",
                    "5. BEN - Marco Lussier",
                    "9. GUARD - Ivan Petrov",
                ],
                "crew": [
                    ("1st AD", "Jody Olsen", "06:30"),
                    ("DOP", "Sunil Mehta", "07:00"),
                    ("Gaffer", "Rick Yee", "07:00"),
                    ("Sound", "Marie Côté", "07:30"),
                    ("Props", "Alex Kovac", "07:00"),
                ],
            },
        ),
        _dept(
            "belfast",
            "THE SLIPWAY",
            D(2026, 9, 16),
            "08:00",
            {
                "page": "A4",
                "company": "Lagan Light Productions Ltd",
                "office": "Unit 4, Science Park, Queen's Road, Belfast BT3 9DT · 028 9555 0190",
                "credits": "Director: Niamh McCann · Producer: Declan Hughes",
                "n": 17,
                "of": 40,
                "date_style": "uk_long",
                "time": "h24",
                "weather": "Showers, 15°C, SW 25 mph",
                "set": "EXT. SLIPWAYS / INT. GALLERY 3",
                "park_note": "Unit vehicles only; crew use the Odyssey car park",
                # HARD: the general call row reads "GENERAL CREW" among 8 other calls
                "table_head": "CALLS",
                "depts": _dept_rows("Make-up & Hair", "GENERAL CREW"),
                "scenes": [
                    (
                        "41",
                        "EXT. SLIPWAYS - Eamon walks the line of the old ship",
                        "D",
                        "1 2/8",
                        "1",
                        "1",
                    ),
                    ("42", "INT. GALLERY 3 - the drawing office", "D", "2 1/8", "1,4", "1"),
                    ("45pt", "EXT. SLIPWAYS - rain cover if needed", "D", "4/8", "4", "1"),
                ],
                "notes": [
                    "Building open to visitors from 09:00: keep cables off the public route.",
                    "High-vis on the slipways at all times. Cherry picker wind limit 30 mph.",
                ],
                "cast": ["1. EAMON - Ciaran Doherty", "4. GRACE - Orla Fitzgerald"],
                "crew": [
                    ("1st AD", "Sean Quinn", "07:15"),
                    ("DoP", "Aoife Brennan", "07:30"),
                    ("Gaffer", "Martin Kerr", "07:30"),
                    ("Sound Recordist", "Peter Magee", "08:00"),
                    ("Unit Manager", "Claire Boyd", "06:30"),
                ],
            },
        ),
    ]


# --- value first, label after it at the right margin (a Word template's caption column) -------


def _after(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas(g["page"], g["font"])
        W = c.width
        x0, x1 = 56.0, c.width - 56
        centre(c, 50, title, 18)
        centre(c, 66, g["sub"], 9, bold=False)
        centre(c, 80, g["company"], 8, bold=False)
        c.hline(x0, x1, 90, 0.8)
        y = 110.0

        def row(values: list[str], label: str, *, bold: bool = False, size: float = 10) -> None:
            nonlocal y
            # HARD: the value comes first; its label is grey small caps at the right margin
            grey(c, 120)
            c.right(x1, y, label, 7, bold=True)
            black(c)
            lw = measure(c, label, 7, bold=True) + 16
            for line in values:
                fit(c, x0, y, line, size, x1 - x0 - lw, bold=bold)
                y += size + 3
            c.hline(x0, x1, y - size + 2, 0.25)
            y += 6

        def section(name: str) -> None:
            nonlocal y
            y += 6
            c.text(x0, y, name, 8.5, bold=True)
            y += 16

        row([day_text(day, g["date_style"])], g["labels"][0], bold=True, size=11)
        row([f"Day {g['n']} of {g['of']}"], g["labels"][1])
        section(g["sections"][0])
        row([hm(add_minutes(call, -60), t)], g["labels"][2])
        row([hm(add_minutes(call, -30), t)], g["labels"][3])
        row([hm(call, t) + g["call_note"]], g["labels"][4], bold=True, size=12)
        row([hm(add_minutes(call, 75), t)], g["labels"][5])
        row([hm(add_minutes(call, 330), t)], g["labels"][6])
        row([hm(add_minutes(call, 660), t)], g["labels"][7])
        row([f"{hm(rise, t)}  /  {hm(fall, t)}"], g["labels"][8])
        row([g["weather"]], g["labels"][9])
        section(g["sections"][1])
        row([g["set"], p.name, p.street, p.city], g["labels"][10])
        row([p.base_street, p.base_city, g["park_note"]], g["labels"][11])
        row([p.hospital, p.hospital_address, p.hospital_phone], g["labels"][12])
        section(g["sections"][2])
        for sc in g["scenes"]:
            fit(c, x0, y, sc, 9, x1 - x0)
            y += 13
        y += 10
        for line in g["notes"]:
            fit(c, x0, y, line, 8.5, x1 - x0)
            y += 12
        c.text(x0, c.pdf.h - 30, g["footer"], 7)
        c.right(W - 56, c.pdf.h - 30, "Page 1 of 1", 7)
        return c.output()

    return _sheet(
        f"after_{key}",
        "label_after",
        "value first, its label right-aligned after it",
        make,
        expect(p, title, day, call, g["set"]),
    )


_AFTER_EN = [
    "DATE",
    "SHOOT DAY",
    "HMU / COSTUME",
    "BREAKFAST",
    "CREW CALL",
    "FIRST SHOT",
    "LUNCH",
    "EST. WRAP",
    "SUNRISE / SUNSET",
    "WEATHER",
    "LOCATION",
    "UNIT BASE / PARKING",
    "NEAREST A&E",
]


def _after_sheets() -> list[Sheet]:
    return [
        _after(
            "cork",
            "STONE AND SALT",
            D(2026, 4, 15),
            "08:00",
            {
                "page": "A4",
                "font": "times",
                "sub": "Call Sheet No. 6 · Screen Ireland feature",
                "company": "Leeside Lantern Films DAC · 14 South Mall, Cork T12 RD43",
                "n": 6,
                "of": 24,
                "date_style": "uk_long",
                "time": "h24",
                "call_note": "  (at the gaol gate)",
                "labels": _AFTER_EN,
                "sections": ["TIMES", "PLACES", "SCENES"],
                "weather": "Bright spells, 12°C, light NW wind",
                "set": "West wing cells and the yard",
                "park_note": "Crew parking on Sunday's Well Rd only",
                "scenes": [
                    "Sc. 12  INT. CELL BLOCK - DAY  1 5/8 pgs  (1, 2)",
                    "Sc. 13  EXT. EXERCISE YARD - DAY  7/8 pg  (1, 2, 6)",
                ],
                "notes": [
                    "The gaol is open to visitors from 10:00; keep the west wing door shut.",
                    "Wet gear: the yard is cobbled and slippy.",
                ],
                "footer": "Issued 14/04/2026 18:45 by the 2nd AD",
            },
        ),
        _after(
            "adelaide",
            "THE ARCADE",
            D(2026, 5, 5),
            "07:30",
            {
                "page": "A4",
                "font": "helvetica",
                "sub": "Call sheet · Shoot day 3 of 15",
                "company": "Torrens Lane Pictures Pty Ltd · 18 Gilbert Pl, Adelaide SA 5000",
                "n": 3,
                "of": 15,
                "date_style": "uk_plain",
                "time": "dotam",
                "call_note": "",
                "labels": [
                    "Date",
                    "Shoot day",
                    "Hair & make-up",
                    "Breakfast",
                    "Unit call",
                    "First shot",
                    "Lunch",
                    "Wrap (est.)",
                    "Sunrise / sunset",
                    "Forecast",
                    "Location",
                    "Unit base",
                    "Nearest hospital (ED)",
                ],
                "sections": ["Times", "Where", "Scenes"],
                "weather": "Fine, 21°C, UV 4",
                "set": "Shopfronts 14-18 and the upper gallery",
                "park_note": "Trucks on East Tce from 6.00am; crew parking in Rymill Park",
                "scenes": [
                    "Sc 8  INT. ARCADE - GALLERY - DAY  2 pgs  (1, 3)",
                    "Sc 9  INT. WATCHMAKER'S SHOP - DAY  1 2/8 pgs  (3)",
                ],
                "notes": ["Arcade trading hours 9.00am - 5.30pm: no rigging in the walkway."],
                "footer": "Emergency 000 · Issued Mon 4 May 2026, 7.10pm",
            },
        ),
        _after(
            "halifax",
            "FOG BANK",
            D(2026, 3, 12),
            "07:00",
            {
                "page": "letter",
                "font": "serif",
                "sub": "CALL SHEET · Episode 104",
                "company": "Chebucto Head Productions Inc. · 5475 Spring Garden Rd, Halifax NS",
                "n": 11,
                "of": 28,
                "date_style": "us_ord_noyear_year",
                "time": "us",
                "call_note": "  on set",
                "labels": [*_AFTER_EN[:12], "NEAREST EMERGENCY"],
                "sections": ["SCHEDULE", "LOCATIONS", "SCENES"],
                "weather": "Fog early, 3°C, clearing by noon",
                "set": "Market floor and the pier-side windows",
                "park_note": "Crew parking: Pier 21 lot, 2nd row",
                "scenes": [
                    "Sc. 104/21  INT. MARKET - DAY  1 6/8 pgs  (1, 4)",
                    "Sc. 104/22  EXT. PIER - DAY  4/8 pg  (4)",
                ],
                "notes": ["Market closed to the public Thursdays until 10:00 AM."],
                "footer": "Issued Wednesday March 11, 2026 at 6:20 PM",
            },
        ),
    ]


# --- Polish spreadsheet export: the value in a merged cell two rows under its label ----------


def _pl_xls(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "sans", "L")
        W = c.width
        x0 = 30.0
        cw = (W - 2 * x0) / 6
        rh = 15.0

        def band(y: float, labels: list[str], values: list[list[str]], span: list[int]) -> float:
            """A label row, an empty row, then each value merged over two rows below it."""
            xs = [x0]
            for s in span:
                xs.append(xs[-1] + s * cw)
            n_lines = max(len(v) for v in values)
            vh = max(2 * rh, 11.0 * n_lines + 8)
            c.hline(x0, W - x0, y)
            c.hline(x0, W - x0, y + rh)
            c.hline(x0, W - x0, y + 2 * rh)
            c.hline(x0, W - x0, y + 2 * rh + vh)
            for x in xs:
                c.vline(x, y, y + 2 * rh + vh)
            # the empty row keeps the sheet's own column gridlines
            for x in [x0 + k * cw for k in range(7)]:
                c.vline(x, y + rh, y + 2 * rh, 0.2)
            for n, label in enumerate(labels):
                fill(c, xs[n] + 0.5, y + 0.5, xs[n + 1] - xs[n] - 1, rh - 1, 220)
                fit(c, xs[n] + 3, y + 10.5, label, 7.5, xs[n + 1] - xs[n] - 6, bold=True)
            for n, lines in enumerate(values):
                yy = y + 2 * rh + 12
                for k, line in enumerate(lines):
                    bold = g["bold_call"] == (n, k) and band_no[0] == 0
                    fit(c, xs[n] + 3, yy, line, 9, xs[n + 1] - xs[n] - 6, bold=bold)
                    yy += 11
            band_no[0] += 1
            return y + 2 * rh + vh

        band_no = [0]
        # the merged title rows
        c.box(x0, 28, W - 2 * x0, 34)
        fit(c, x0 + 6, 50, f"PLAN ZDJĘCIOWY nr {g['n']}  -  „{title}”", 15, W - 300, bold=True)
        c.right(W - x0 - 6, 42, g["company"], 8.5, bold=True)
        c.right(W - x0 - 6, 55, f"dzień zdjęciowy {g['n']} / {g['of']}", 8.5)
        y = 76.0
        y = band(
            y,
            [
                "DATA ZDJĘĆ",
                "ZBIÓRKA PRODUKCJI",
                g["call_label"],
                "CHARAKT. / KOSTIUM",
                "OBIAD",
                "KONIEC (plan.)",
            ],
            [
                g["date"](day),
                [hm(add_minutes(call, -60), t)],
                [hm(call, t), g["call_note"]],
                [hm(add_minutes(call, -45), t)],
                [hm(add_minutes(call, 360), t)],
                [hm(add_minutes(call, 660), t)],
            ],
            [1] * 6,
        )
        y += 14
        y = band(
            y,
            ["MIEJSCE ZDJĘĆ", "BAZA / PARKING", "SZPITAL (SOR)"],
            [
                [g["set"], p.name, p.street, p.city],
                [p.base_street, p.base_city, g["base_note"]],
                [p.hospital, p.hospital_street, p.hospital_city, f"tel. {p.hospital_phone}"],
            ],
            [2, 2, 2],
        )
        y += 14
        y = band(
            y,
            [
                "WSCHÓD SŁOŃCA",
                "ZACHÓD SŁOŃCA",
                "POGODA",
                "REŻYSER",
                "II REŻYSER",
                "KIER. PRODUKCJI",
            ],
            [
                [hm(rise, t)],
                [hm(fall, t)],
                [g["weather"]],
                [g["crew"][0]],
                [g["crew"][1]],
                [g["crew"][2]],
            ],
            [1] * 6,
        )
        y += 18
        c.text(x0, y, "SCENY", 9, bold=True)
        for sc in g["scenes"]:
            y += 13
            fit(c, x0 + 4, y, sc, 8.5, W - 2 * x0 - 8)
        y += 18
        c.text(x0, y, "UWAGI", 9, bold=True)
        for line in g["notes"]:
            y += 12
            fit(c, x0 + 4, y, line, 8.5, W - 2 * x0 - 8)
        c.text(x0, c.pdf.h - 20, g["sheet_tab"], 7)
        c.right(W - x0, c.pdf.h - 20, "Strona 1 z 1", 7)
        return c.output()

    return _sheet(
        f"pl_xls_{key}",
        "pl_merged",
        "spreadsheet export, value merged two rows under its label",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _pl_xls_sheets() -> list[Sheet]:
    return [
        _pl_xls(
            "torun",
            "Piernikowe Miasto",
            D(2026, 3, 12),
            "07:00",
            {
                "company": "Wiślana Produkcja Filmowa sp. z o.o.",
                "n": 7,
                "of": 26,
                "date": lambda d: [f"{d:%d.%m.%Y}", "(czwartek)"],
                "time": "h24",
                "call_label": "ZBIÓRKA EKIPY",
                "call_note": "(cała ekipa, na planie)",
                "bold_call": (2, 0),
                "set": "Sala Mieszczańska, I piętro",
                "base_note": "wjazd od ul. Łaziennej",
                "weather": "pochmurno, 6°C",
                "crew": ["Anna Zielińska", "Piotr Lewandowski", "Ewa Kaczmarek"],
                "scenes": [
                    "sc. 18  WN. RATUSZ - SALA - DZIEŃ  2 4/8 str.  (Hanna, Burmistrz)",
                    "sc. 19  WN. RATUSZ - KORYTARZ - DZIEŃ  6/8 str.  (Hanna)",
                ],
                "notes": ["Muzeum otwarte od 10:00 - sprzęt tylko w sali i na klatce B."],
                "sheet_tab": "Arkusz: DZIEŃ 7 · wydruk z Excela",
            },
        ),
        _pl_xls(
            "olsztyn",
            "Kapituła",
            D(2026, 5, 19),
            "06:30",
            {
                "company": "Warmia Film Studio sp. z o.o.",
                "n": 12,
                "of": 30,
                "date": lambda d: [d.isoformat(), "wtorek"],
                "time": "h24",
                "call_label": "ZBIÓRKA",
                "call_note": "ekipa techniczna",
                "bold_call": (2, 0),
                "set": "Dziedziniec i krużganki zamku",
                "base_note": "parking dla ekipy za ratuszem",
                "weather": "słonecznie, 17°C",
                "crew": ["Tomasz Wróbel", "Karolina Nowak", "Marek Szymański"],
                "scenes": [
                    "sc. 33  PL. ZAMEK - DZIEDZINIEC - DZIEŃ  1 6/8 str.  (Mikołaj, Kanonik)",
                    "sc. 34  PL. KRUŻGANKI - DZIEŃ  1 str.  (Mikołaj)",
                ],
                "notes": ["Zwiedzający od 9:00 - nie zastawiać wejścia do muzeum."],
                "sheet_tab": "Arkusz: PZ_12 · eksport Google Sheets",
            },
        ),
        _pl_xls(
            "rzeszow",
            "Zamkowa Góra",
            D(2026, 9, 16),
            "08:00",
            {
                "company": "Podkarpacka Grupa Filmowa sp. z o.o.",
                "n": 3,
                "of": 18,
                # HARD: Excel's d-mmm-yy in Polish, the weekday in the next line
                "date": lambda d: [day_text(d, "pl_xl"), "środa"],
                "time": "dot",
                "call_label": "ZBIÓRKA EKIPY",
                "call_note": "(w bazie)",
                "bold_call": (2, 0),
                "set": "Dziedziniec zamku, brama główna",
                "base_note": "baza techniczna na parkingu",
                "weather": "zmienne zachmurzenie, 14°C",
                "crew": ["Jan Kowalczyk", "Magda Pawlak", "Robert Dudek"],
                "scenes": [
                    "sc. 5  PL. BRAMA ZAMKU - DZIEŃ  1 2/8 str.  (Sędzia, Adwokat)",
                    "sc. 6  PL. DZIEDZINIEC - DZIEŃ  2/8 str.  (Sędzia)",
                ],
                "notes": ["Sąd pracuje normalnie: cisza na planie między 10.00 a 14.00."],
                "sheet_tab": "Arkusz: Plan dnia 3",
            },
        ),
    ]


# --- night shoots dated over two dates ---------------------------------------------------------


def _night(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    nxt = day + dt.timedelta(days=1)
    fall = p.sun(day)[1]
    rise = p.sun(nxt)[0]  # the morning after: the one a night crew needs
    t = g["time"]
    d1, d2 = day.strftime(g["wd"]), nxt.strftime(g["wd"])

    def make() -> bytes:
        c = Canvas(g["page"], "helvetica")
        W = c.width
        fill(c, 0, 24, W, 44, 20)
        c.pdf.set_text_color(255, 255, 255)
        c.text(36, 44, title, 16, bold=True)
        c.text(36, 59, g["company"], 8)
        c.right(W - 36, 44, g["banner"], 12, bold=True)
        c.right(W - 36, 59, f"Night {g['n']} of {g['of']}", 8.5)
        black(c)
        # HARD: the night is dated over two dates; the call is on the first
        centre(c, 94, g["date_line"](day, nxt), 13)
        centre(c, 110, g["sub"], 8.5, bold=False)
        y = 136.0
        x0, x1 = 36.0, 300.0
        c.text(x0, y, "TIMES", 9, bold=True)
        c.hline(x0, x1, y + 3, 0.8)
        rows = [
            (f"Unit base open ({d1})", add_minutes(call, -90), False),
            (f"Hot meal ({d1})", add_minutes(call, -45), False),
            (g["call_label"] + f" ({d1})", call, True),
            ("Rehearse / light", add_minutes(call, 30), False),
            ("Shooting call", add_minutes(call, 90), False),
            (f"Lunch ({d2})", add_minutes(call, 360), False),
            (f"Est. wrap ({d2})", add_minutes(call, 660), False),
        ]
        for label, hhmm, bold in rows:
            y += 15
            c.text(x0 + 2, y, label, 9, bold=bold)
            c.right(x1 - 2, y, hm(hhmm, t), 9.5 if bold else 9, bold=bold)
        y += 24
        c.text(x0, y, "DARKNESS", 9, bold=True)
        c.hline(x0, x1, y + 3, 0.8)
        y += 15
        c.text(x0 + 2, y, f"Sunset ({d1})", 9)
        c.right(x1 - 2, y, hm(fall, t), 9)
        y += 15
        c.text(x0 + 2, y, f"Sunrise ({d2})", 9)
        c.right(x1 - 2, y, hm(rise, t), 9)
        y += 15
        c.text(x0 + 2, y, "Forecast", 9)
        c.right(x1 - 2, y, g["weather"], 9)
        # places at the right
        rx, rw = 330.0, W - 36 - 330.0
        ry = 136.0
        blocks = [
            ("NIGHT LOCATION", [g["set"], p.name, p.street, p.city]),
            ("UNIT BASE / CREW PARKING", [p.base_street, p.base_city, g["base_note"]]),
            (g["hosp_label"], [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]),
        ]
        for head, lines in blocks:
            c.text(rx, ry, head, 9, bold=True)
            c.hline(rx, rx + rw, ry + 3, 0.8)
            for line in lines:
                ry += 12
                fit(c, rx + 2, ry, line, 8.5, rw - 4)
            ry += 22
        y = max(y, ry) + 16
        c.text(x0, y, "SCENES", 9, bold=True)
        c.hline(x0, W - 36, y + 3, 0.8)
        for sc in g["scenes"]:
            y += 13
            fit(c, x0 + 2, y, sc, 8.5, W - 76)
        y += 22
        c.text(x0, y, "NIGHT WORK NOTES", 9, bold=True)
        for line in g["notes"]:
            y += 12
            fit(c, x0 + 2, y, line, 8.5, W - 76)
        return c.output()

    return _sheet(
        f"night_{key}",
        "night_two_dates",
        "night shoot dated over two dates",
        make,
        expect(p, title, day, call, g["set"], sun=(rise, fall)),
    )


def _night_sheets() -> list[Sheet]:
    return [
        _night(
            "glasgow",
            "KELVIN AFTER DARK",
            D(2026, 3, 13),
            "18:00",
            {
                "page": "A4",
                "company": "Clydeside Lamp Films Ltd · 60 Berkeley St, Glasgow G3 7DS",
                "banner": "NIGHT CALL SHEET",
                "n": 3,
                "of": 8,
                "wd": "%a",
                "date_line": lambda a, b: (
                    f"NIGHT OF {a:%A} {a.day} / {b:%A} {b.day} {b:%B} {b.year}".upper()
                ),
                "sub": "Call Sheet No. 14 · Block 2",
                "time": "h24",
                "call_label": "UNIT CALL",
                "weather": "Dry, 4°C falling to 1°C",
                "set": "Main hall, organ gallery and the east stairs",
                "base_note": "Generators on Kelvin Way from 16:00",
                "hosp_label": "NEAREST A&E (24 HR)",
                "scenes": [
                    "Sc. 51  INT. MAIN HALL - NIGHT  2 3/8  (1, 2)",
                    "Sc. 52  INT. EAST STAIRS - NIGHT  5/8  (2)",
                    "Sc. 55  EXT. ARGYLE ST ENTRANCE - NIGHT  4/8  (1, 2, 5)",
                ],
                "notes": [
                    "Museum closes to the public at 17:00; we have the building until 07:00.",
                    "Transport home after wrap: taxis booked via the unit manager.",
                ],
            },
        ),
        _night(
            "baltimore",
            "THE LAST LEXINGTON",
            D(2026, 10, 16),
            "19:00",
            {
                "page": "letter",
                "company": "Chesapeake Night Pictures LLC · 1 E Pratt St, Baltimore, MD",
                "banner": "CALL SHEET - NIGHTS",
                "n": 2,
                "of": 5,
                "wd": "%a",
                "date_line": lambda a, b: (
                    f"{a:%a} {a.month}/{a.day} - {b:%a} {b.month}/{b.day}/{b:%y} (NIGHTS)"
                ),
                "sub": "Shoot Day 12 of 30",
                "time": "us",
                "call_label": "GENERAL CREW CALL",
                "weather": "Clear, 58°F / 44°F",
                "set": "East Market food hall",
                "base_note": "Crew shuttle from the Camden Yards lot every 15 min",
                "hosp_label": "NEAREST ER",
                "scenes": [
                    "Sc. 60  INT. EAST MARKET - NIGHT  1 7/8  (1, 4)",
                    "Sc. 61  EXT. LEXINGTON ST - NIGHT  1 2/8  (1, 4, 8)",
                ],
                "notes": [
                    "Market vendors close at 6:00 PM. Security walks the building at 2:00 AM.",
                    "Night premium applies after midnight. Sleep before you drive home.",
                ],
            },
        ),
        _night(
            "hobart",
            "WINTER FEAST",
            D(2026, 6, 19),
            "17:00",
            {
                "page": "A4",
                "company": "Derwent Light Pictures Pty Ltd · 33 Salamanca Sq, Battery Point TAS",
                "banner": "NIGHT SHOOT",
                "n": 1,
                "of": 3,
                "wd": "%a",
                "date_line": lambda a, b: f"{a:%a} {a.day} / {b:%a} {b.day} {b:%B} {b.year}",
                "sub": "Call sheet 22 · Festival sequence",
                "time": "dotam",
                "call_label": "Crew call",
                "weather": "Clear, 3°C, frost after 2.00am",
                "set": "Courtyard and the laneway stalls",
                "base_note": "Trucks on Castray Esp",
                "hosp_label": "NEAREST EMERGENCY DEPT",
                "scenes": [
                    "Sc 70  EXT. COURTYARD - NIGHT  2 pgs  (1, 3)",
                    "Sc 71  EXT. LANEWAY - NIGHT  1 pg  (3, 6)",
                ],
                "notes": ["Thermals and beanies: the waterfront wind drops it below zero."],
            },
        ),
    ]


# --- studio lot: the set is a stage behind a gate ------------------------------------------------


def _studio(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", g["font"])
        W = c.width
        c.text(36, 42, g["company"], 9, bold=True)
        c.text(36, 54, g["office"], 7)
        c.right(W - 36, 42, g["sheet_no"], 10, bold=True)
        c.right(W - 36, 55, day_text(day, g["date_style"]), 9)
        c.right(W - 36, 67, f"Day {g['n']} of {g['of']}", 8.5)
        centre(c, 92, title, 20)
        centre(c, 106, g["sub"], 8.5, bold=False)
        # the stage box: HARD, the set is a stage and a gate, the street only in the lot line
        y = 124.0
        c.box(36, y, W - 72, 58, 1.2)
        c.text(46, y + 20, g["stage"], 15, bold=True)
        c.text(46, y + 36, f"{p.name}, {p.street}, {p.city}", 9)
        c.text(46, y + 50, g["gate"], 8.5)
        c.right(W - 46, y + 20, f"{g['call_label']} {hm(call, t)}", 14, bold=True)
        c.right(W - 46, y + 36, g["call_note"], 8.5)
        y += 80
        x0, x1 = 36.0, 290.0
        c.text(x0, y, "TIMES", 9, bold=True)
        c.hline(x0, x1, y + 3)
        rows = [
            ("Construction / rigging (stage)", add_minutes(call, -120)),
            ("Make-up & hair (Block C)", add_minutes(call, -60)),
            ("Breakfast (restaurant)", add_minutes(call, -45)),
            ("Rehearse", add_minutes(call, 15)),
            ("Turnover", add_minutes(call, 60)),
            ("Lunch", add_minutes(call, 330)),
            ("Wrap", add_minutes(call, 660)),
        ]
        yy = y
        for label, hhmm in rows:
            yy += 14
            c.text(x0 + 2, yy, label, 8.5)
            c.right(x1 - 2, yy, hm(hhmm, t), 8.5)
        yy += 14
        c.text(x0 + 2, yy, "Sunrise / sunset (exteriors on the backlot)", 8)
        c.right(x1 - 2, yy, f"{hm(rise, t)} / {hm(fall, t)}", 8.5)
        rx, rw = 320.0, W - 36 - 320.0
        ry = y
        blocks = [
            ("ON THE LOT", g["lot"]),
            ("PARKING", [p.base_street, p.base_city, g["park_note"]]),
            (g["hosp_label"], [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]),
        ]
        for head, lines in blocks:
            c.text(rx, ry, head, 9, bold=True)
            c.hline(rx, rx + rw, ry + 3)
            for line in lines:
                ry += 12
                fit(c, rx + 2, ry, line, 8.5, rw - 4)
            ry += 20
        y = max(yy, ry) + 16
        c.text(36, y, "SCENES", 9, bold=True)
        c.hline(36, W - 36, y + 3)
        for sc in g["scenes"]:
            y += 13
            fit(c, 40, y, sc, 8.5, W - 80)
        y += 22
        c.text(36, y, "STUDIO NOTES", 9, bold=True)
        for line in g["notes"]:
            y += 12
            fit(c, 40, y, line, 8.5, W - 80)
        return c.output()

    return _sheet(
        f"studio_{key}",
        "studio_stage",
        "studio lot: stage number and gate",
        make,
        expect(p, title, day, call, g["stage"]),
    )


def _studio_sheets() -> list[Sheet]:
    return [
        _studio(
            "pinewood",
            "ORBITAL DECAY",
            D(2026, 11, 9),
            "08:00",
            {
                "font": "helvetica",
                "company": "Halcyon Drift Productions Ltd",
                "office": "Production office: Admin Block, Room 112, Pinewood Studios",
                "sheet_no": "CALL SHEET No. 34",
                "date_style": "uk_abbr",
                "n": 34,
                "of": 92,
                "sub": "Main Unit · Stage shoot",
                "stage": "Stage: 007 Stage",
                "gate": "Entry: Main Gate (drive-on passes at security); crew on foot via Gate 2",
                "call_label": "UNIT CALL",
                "call_note": "on stage",
                "time": "military",
                "lot": [
                    "Set: ISS module interior (on gimbal)",
                    "Construction also on R Stage: no access",
                    "Dailies: Theatre 7, 19:30",
                ],
                "park_note": "Crew parking passes on the dash",
                "hosp_label": "NEAREST A&E",
                "scenes": [
                    "Sc. 88  INT. MODULE - NIGHT (GIMBAL)  2 1/8  (1, 2)",
                    "Sc. 89  INT. MODULE - AIRLOCK - NIGHT  7/8  (2)",
                ],
                "notes": [
                    "Red light and bell on stage: no entry while rolling.",
                    "Studio speed limit 10 mph. Studio medic: Medical Centre, ext. 2222.",
                ],
            },
        ),
        _studio(
            "ardmore",
            "THE BOG QUEEN",
            D(2026, 2, 24),
            "07:30",
            {
                "font": "times",
                "company": "Wicklow Gap Films DAC",
                "office": "c/o Ardmore Studios, Herbert Rd, Bray · 01 555 0163",
                "sheet_no": "CALL SHEET #19",
                "date_style": "uk_long",
                "n": 19,
                "of": 45,
                "sub": "Series 1, Block 2 · Episodes 3 & 4",
                "stage": "Stage C",
                "gate": "Report through the front gate; drive-on list with security",
                "call_label": "CREW CALL",
                "call_note": "(on Stage C; breakfast in the canteen from 06:45)",
                "time": "h24",
                "lot": [
                    "Set: the crannog hall and chamber",
                    "Stage D: standby set (kitchen)",
                    "Workshops: E Block",
                ],
                "park_note": "No parking on the avenue",
                "hosp_label": "NEAREST EMERGENCY DEPT",
                "scenes": [
                    "Sc. 3/14  INT. CRANNOG HALL - NIGHT  2 4/8  (1, 3, 4)",
                    "Sc. 3/15  INT. CHAMBER - NIGHT  1  (1)",
                ],
                "notes": ["Smoke on stage from 09:00: asthma sufferers see the 2nd AD."],
            },
        ),
        _studio(
            "fox",
            "PACIFIC RELAY",
            D(2026, 8, 18),
            "07:00",
            {
                "font": "sans",
                "company": "Southern Relay Pictures Pty Ltd",
                "office": "Building 53, Fox Studios Australia · (02) 9555 0181",
                "sheet_no": "CALL SHEET 27",
                "date_style": "uk_plain",
                "n": 27,
                "of": 60,
                "sub": "Feature · Main unit",
                "stage": "Stage 6 (tank set)",
                "gate": "Entry: Gate A, Driver Ave - drive-on passes emailed; show photo ID",
                "call_label": "UNIT CALL",
                "call_note": "all crew on Stage 6",
                "time": "dotam",
                "lot": [
                    "Set: the control room (tank side)",
                    "Stage 4: pre-light for Thursday",
                    "Costume: Building 61",
                ],
                "park_note": "Crew parking level 2",
                "hosp_label": "NEAREST HOSPITAL",
                "scenes": [
                    "Sc 101  INT. CONTROL ROOM - DAY  1 5/8  (1, 2, 7)",
                    "Sc 102  INT. CONTROL ROOM - NIGHT  6/8  (2, 7)",
                ],
                "notes": ["Water safety crew on the tank side at all times. Emergency 000."],
            },
        ),
    ]


# --- app export: drawn icons instead of labels ---------------------------------------------------


def _icon(c: Canvas, kind: str, x: float, y: float) -> None:
    """A 12-pt icon with its top-left at (x, y), drawn with shapes only (no glyphs but 'P')."""
    pdf = c.pdf
    pdf.set_line_width(0.8)
    pdf.set_draw_color(60, 60, 60)
    pdf.set_fill_color(60, 60, 60)
    if kind == "calendar":
        pdf.rect(x, y + 1, 12, 11)
        pdf.rect(x, y + 1, 12, 3, style="F")
        for k in range(3):
            pdf.rect(x + 2 + 3 * k, y + 6, 1.6, 1.6, style="F")
    elif kind == "clock":
        pdf.ellipse(x, y, 12, 12)
        pdf.line(x + 6, y + 6, x + 6, y + 2.5)
        pdf.line(x + 6, y + 6, x + 9, y + 7)
    elif kind == "pin":
        pdf.polygon([(x + 2, y + 5), (x + 6, y + 12), (x + 10, y + 5)], style="F")
        pdf.ellipse(x + 2, y, 8, 8, style="F")
        pdf.set_fill_color(255, 255, 255)
        pdf.ellipse(x + 4.5, y + 2.5, 3, 3, style="F")
    elif kind == "parking":
        pdf.rect(x, y, 12, 12, style="F")
        c.pdf.set_text_color(255, 255, 255)
        c.text(x + 3, y + 10, "P", 9, bold=True, family="helvetica")
        black(c)
    elif kind == "hospital":
        pdf.set_fill_color(200, 30, 30)
        pdf.rect(x, y, 12, 12, style="F")
        pdf.set_fill_color(255, 255, 255)
        pdf.rect(x + 4.8, y + 2, 2.4, 8, style="F")
        pdf.rect(x + 2, y + 4.8, 8, 2.4, style="F")
    elif kind in ("sunup", "sundown"):
        # half a sun on the horizon, an arrow at its right
        pdf.set_fill_color(230, 160, 20)
        pdf.ellipse(x, y + 4, 9, 9, style="F")
        pdf.set_fill_color(255, 255, 255)
        pdf.rect(x - 0.5, y + 8.6, 10, 5, style="F")
        pdf.line(x - 1, y + 9, x + 13, y + 9)
        tip, base = (y + 1, y + 6) if kind == "sunup" else (y + 6, y + 1)
        pdf.set_fill_color(60, 60, 60)
        pdf.polygon([(x + 9.5, base), (x + 13, base), (x + 11.25, tip)], style="F")
    elif kind == "cloud":
        pdf.set_fill_color(150, 150, 150)
        pdf.ellipse(x, y + 5, 7, 6, style="F")
        pdf.ellipse(x + 3, y + 2, 7, 7, style="F")
        pdf.ellipse(x + 6, y + 5, 6, 6, style="F")
    pdf.set_draw_color(0, 0, 0)
    pdf.set_fill_color(0, 0, 0)


def _icons(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas(g["page"], "helvetica")
        W = c.width
        fill(c, 0, 0, W, 70, 240)
        c.text(36, 34, title, 18, bold=True)
        c.text(36, 50, g["company"], 8.5)
        c.text(36, 62, g["people"], 7.5)
        # the call card: the one value with a word beside it
        cx, cw = W - 36 - 170, 170.0
        c.box(cx, 14, cw, 50, 1)
        _icon(c, "clock", cx + 8, 20)
        grey(c, 90)
        c.text(cx + 26, 29, g["call_word"], 7, bold=True)
        black(c)
        c.text(cx + 26, 55, hm(call, t), 22, bold=True)
        # HARD: the facts below carry icons only, no labels
        y = 96.0
        lx = 36.0
        facts: list[tuple[str, list[str]]] = [
            ("calendar", [day_text(day, g["date_style"]), f"Day {g['n']} of {g['of']}"]),
            ("pin", [g["set"], p.name, p.street, p.city]),
            ("parking", [p.base_street, p.base_city, g["park_note"]]),
            ("hospital", [p.hospital, p.hospital_address, p.hospital_phone]),
        ]
        for kind, lines in facts:
            _icon(c, kind, lx, y - 10)
            for n, line in enumerate(lines):
                fit(c, lx + 20, y, line, 10 if n == 0 else 9, 250, bold=n == 0)
                y += 13
            y += 12
        # sun and weather: icons beside the values, on the right
        rx = 330.0
        ry = 96.0
        for kind, text in [
            ("sunup", hm(rise, t)),
            ("sundown", hm(fall, t)),
            ("cloud", g["weather"]),
        ]:
            _icon(c, kind, rx, ry - 10)
            fit(c, rx + 20, ry, text, 10, W - 36 - rx - 20)
            ry += 24
        # the day's other times, a small timeline with words (the app's "Schedule" card)
        ry += 8
        c.text(rx, ry, g["sched_head"], 8.5, bold=True)
        for hhmm, what in g["sched"](call):
            ry += 13
            c.text(rx, ry, hm(hhmm, t), 8.5)
            fit(c, rx + 52, ry, what, 8.5, W - 36 - rx - 52)
        y = max(y, ry) + 20
        c.hline(36, W - 36, y - 10, 0.4)
        c.text(36, y, g["scene_head"], 8.5, bold=True)
        for sc in g["scenes"]:
            y += 13
            fit(c, 40, y, sc, 8.5, W - 80)
        y += 20
        for line in g["notes"]:
            fit(c, 36, y, line, 8, W - 72)
            y += 11
        grey(c, 120)
        c.text(36, c.pdf.h - 24, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"icons_{key}",
        "icon_app",
        "app export with drawn icons for labels",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _sched(*rows: tuple[int, str]) -> Any:
    return lambda call: [(add_minutes(call, m), what) for m, what in rows]


def _icon_sheets() -> list[Sheet]:
    return [
        _icons(
            "nashville",
            "HONKY TONK HEART",
            D(2026, 3, 12),
            "07:00",
            {
                "page": "letter",
                "company": "Cumberland Lantern Films LLC",
                "people": "Dir. Lacey Whitfield · Prod. Owen Marsh · 1st AD Tasha Greer",
                "call_word": "CREW CALL",
                "time": "a",
                "date_style": "app",
                "n": 6,
                "of": 22,
                "set": "Stage and the pews, house left",
                "park_note": "Crew parking in the garage, level P2",
                "weather": "Sunny, 66° / 45°",
                "sched_head": "Schedule",
                "sched": _sched(
                    (-60, "Hair & makeup (trailers)"),
                    (-30, "Breakfast"),
                    (60, "First shot"),
                    (360, "Lunch"),
                    (690, "Wrap (est.)"),
                ),
                "scene_head": "Scenes",
                "scenes": [
                    "12  INT. RYMAN - STAGE - DAY  2 2/8  Cast 1, 2",
                    "13  INT. RYMAN - PEWS - DAY  5/8  Cast 2",
                ],
                "notes": ["Tours run on the balcony until 9a. Quiet in the lobby."],
                "footer": "Generated with a call sheet app · shared link · page 1",
            },
        ),
        _icons(
            "newcastle",
            "THE KEEP",
            D(2026, 10, 7),
            "08:00",
            {
                "page": "A4",
                "company": "Tyne Lantern Productions Ltd",
                "people": "Director Ruth Armstrong · Producer Gav Bell · 1st AD Leanne Kerr",
                "call_word": "UNIT CALL",
                "time": "military",
                "date_style": "uk_plain",
                "n": 2,
                "of": 12,
                "set": "The Great Hall and the roof walk",
                "park_note": "Unit base on the Quayside, shuttle up the hill",
                "weather": "Cloudy, 12°C",
                "sched_head": "Day",
                "sched": _sched(
                    (-60, "Make-up & costume"),
                    (-45, "Breakfast at base"),
                    (60, "Turnover"),
                    (330, "Lunch"),
                    (660, "Wrap"),
                ),
                "scene_head": "Scenes",
                "scenes": [
                    "Sc. 9  INT. GREAT HALL - DAY  1 4/8  (1, 3)",
                    "Sc. 11  EXT. ROOF WALK - DAY  1  (1)",
                ],
                "notes": ["The keep's stairs are narrow: kit goes up by hand, nothing over 20 kg."],
                "footer": "Exported from the scheduling app · Wed 07/10/2026",
            },
        ),
        _icons(
            "winnipeg",
            "RED RIVER RUN",
            D(2026, 6, 2),
            "07:30",
            {
                "page": "letter",
                "company": "Assiniboine Pictures Inc.",
                "people": "Dir. Sarah Lavallee · Prod. Danny Fehr · 1st AD Jun Park",
                "call_word": "GENERAL CALL",
                "time": "us",
                "date_style": "us_long",
                "n": 5,
                "of": 18,
                "set": "Market hall, north entrance",
                "park_note": "Crew parking: Forks parkade, level 3",
                "weather": "Sunny, 24°C / 11°C",
                "sched_head": "Today",
                "sched": _sched(
                    (-90, "Production / locations"),
                    (-60, "Hair & make-up"),
                    (75, "Shooting call"),
                    (360, "Lunch"),
                    (660, "Est. wrap"),
                ),
                "scene_head": "Scenes",
                "scenes": [
                    "Sc. 40  INT. MARKET HALL - DAY  1 3/8  (1, 2, 6)",
                    "Sc. 41  EXT. RIVERWALK - DAY  6/8  (1)",
                ],
                "notes": ["Market opens to the public at 9:00 AM: lock off the north entrance."],
                "footer": "Printed from the app · v3",
            },
        ),
    ]


# --- near misses ------------------------------------------------------------------------------


def _timecard() -> bytes:
    """A crew member's weekly timecard: dates, call and wrap per day, a set address."""
    c = Canvas("letter", "helvetica", "L")
    W = c.width
    c.text(30, 38, "CREW WEEKLY TIMECARD", 14, bold=True)
    c.text(30, 54, "Production: THE LAST LEXINGTON · Chesapeake Night Pictures LLC", 9)
    c.right(W - 30, 38, "Week ending Sat 10/17/2026", 9.5, bold=True)
    c.right(W - 30, 52, "Employee: Rosa Jimenez · Occupation: Best Boy Electric", 8.5)
    c.right(W - 30, 64, "Work location ZIP 21201 (400 W Lexington St, Baltimore)", 8.5)
    heads = ["DAY", "DATE", "CALL", "MEAL 1 OUT", "MEAL 1 IN", "WRAP", "HOURS", "NOTES"]
    xs = [30, 90, 170, 240, 320, 400, 470, 530]
    y = 92.0
    fill(c, 30, y - 11, W - 60, 15, 220)
    for x, h in zip(xs, heads, strict=True):
        c.text(x + 2, y, h, 8, bold=True)
    rows = [
        ("Sun", "10/11/26", "", "", "", "", "", "off"),
        (
            "Mon",
            "10/12/26",
            "7:00 AM",
            "1:00 PM",
            "1:30 PM",
            "6:48 PM",
            "11.3",
            "prep day, lamp order",
        ),
        ("Tue", "10/13/26", "7:00 AM", "12:54 PM", "1:24 PM", "7:30 PM", "12.0", ""),
        ("Wed", "10/14/26", "", "", "", "", "", "off (turnaround)"),
        ("Thu", "10/15/26", "7:00 PM", "1:00 AM", "1:30 AM", "6:12 AM", "10.7", "night 1"),
        ("Fri", "10/16/26", "7:00 PM", "1:06 AM", "1:36 AM", "7:24 AM", "11.9", "night 2, NDB"),
        ("Sat", "10/17/26", "", "", "", "", "", "off"),
    ]
    for row in rows:
        y += 16
        for x, v in zip(xs, row, strict=True):
            c.text(x + 2, y, v, 8.5)
        c.hline(30, W - 30, y + 5, 0.3)
    y += 28
    c.text(30, y, "Total hours 45.9 · Box rental $150 · Mileage 0", 9)
    y += 18
    c.text(30, y, "I certify the above hours are true.  Employee: ____________   Date: ________", 9)
    y += 16
    c.text(30, y, "Approved (UPM): ____________   Dept head: ____________", 9)
    c.text(
        30,
        c.pdf.h - 24,
        "Submit to payroll by Monday 12:00 PM. Late timecards are paid next cycle.",
        7,
    )
    return c.output()


def _risk_assessment() -> bytes:
    """A location risk assessment: site, date, hazards, nearest A&E; no calls."""
    c = Canvas("A4", "helvetica")
    W = c.width
    c.text(40, 48, "LOCATION RISK ASSESSMENT", 14, bold=True)
    c.text(40, 64, "Production: KELVIN AFTER DARK (Clydeside Lamp Films Ltd)", 9)
    c.right(W - 40, 48, "RA ref. KAD-LOC-07 v2", 8.5)
    rows = [
        ("Location", "Kelvingrove Art Gallery and Museum, Argyle St, Glasgow G3 8AG"),
        ("Dates covered", "Night of Friday 13 March 2026 (rig from 16:00)"),
        ("Assessed by / on", "Fraser Muir (Location Manager), recce Tue 03/03/26 10:00"),
        ("Nearest A&E", "Queen Elizabeth University Hospital, 1345 Govan Rd, Glasgow G51 4TF"),
        ("First aid", "Unit medic at base; museum first aider on duty until 17:00"),
    ]
    y = 92.0
    for label, value in rows:
        c.text(40, y, label, 8.5, bold=True)
        fit(c, 150, y, value, 8.5, W - 190)
        c.hline(40, W - 40, y + 5, 0.3)
        y += 17
    y += 14
    heads = [("HAZARD", 40), ("WHO", 220), ("RISK", 290), ("CONTROL MEASURES", 330)]
    fill(c, 40, y - 11, W - 80, 15, 220)
    for h, x in heads:
        c.text(x + 2, y, h, 8, bold=True)
    hazards = [
        (
            "Working at height (organ gallery)",
            "Electrics",
            "M",
            "MEWP trained only; harness; exclusion zone",
        ),
        ("Trailing cables on stone floors", "All", "M", "Cable ramps, mats, hi-vis marking"),
        ("Lone working after 02:00", "Security", "L", "Radio checks every 30 min"),
        ("Cold / fatigue on a night shoot", "All", "M", "Hot drinks, heated base, taxis home"),
        ("Public at the Argyle St door", "Public", "L", "Marshals; door closed between takes"),
    ]
    for row in hazards:
        y += 16
        for (_, x), v in zip(heads, row, strict=True):
            fit(c, x + 2, y, v, 8, 175 if x < 300 else W - 40 - x - 4)
        c.hline(40, W - 40, y + 5, 0.3)
    y += 30
    c.text(40, y, "Residual risk: LOW with controls in place.", 9, bold=True)
    y += 16
    c.text(40, y, "Signed (producer): ____________   Date: ____________", 9)
    return c.output()


def _casting() -> bytes:
    """A Polish casting session schedule: date, slots, address; no crew call."""
    c = Canvas("A4", "sans")
    W = c.width
    c.text(40, 48, "HARMONOGRAM CASTINGU", 14, bold=True)
    c.text(40, 64, "Film „Piernikowe Miasto” · Wiślana Produkcja Filmowa sp. z o.o.", 9)
    c.right(W - 40, 48, "Casting: Joanna Mazur", 8.5)
    rows = [
        ("Data", "sobota, 14 lutego 2026"),
        ("Miejsce", "Dwór Artusa, sala kameralna, Rynek Staromiejski 6, 87-100 Toruń"),
        ("Rejestracja", "od 9:30 w holu (prosimy o dowód osobisty)"),
        ("Role", "Hanna (25-30), Burmistrz (55-65), dzieci 8-10 lat"),
    ]
    y = 92.0
    for label, value in rows:
        c.text(40, y, label, 9, bold=True)
        fit(c, 140, y, value, 9, W - 180)
        y += 16
    y += 12
    fill(c, 40, y - 11, W - 80, 15, 220)
    for h, x in [("GODZ.", 40), ("OSOBA", 100), ("ROLA", 280), ("UWAGI", 380)]:
        c.text(x + 2, y, h, 8, bold=True)
    slots = [
        ("10:00", "Marta Wiśniewska", "Hanna", "scena 18, str. 3-4"),
        ("10:20", "Alicja Baran", "Hanna", "scena 18"),
        ("10:40", "Krzysztof Lis", "Burmistrz", "scena 19"),
        ("11:00", "Andrzej Sowa", "Burmistrz", "scena 19"),
        ("11:20", "przerwa", "", ""),
        ("11:40", "Zosia i Antek (z opiekunem)", "dzieci", "improwizacja"),
        ("12:30", "callbacki wg listy", "", "decyzja do 20 lutego"),
    ]
    for row in slots:
        y += 15
        for x, v in zip([40, 100, 280, 380], row, strict=True):
            fit(c, x + 2, y, v, 8.5, 170)
        c.hline(40, W - 40, y + 5, 0.3)
    y += 28
    c.text(40, y, "Materiały (sceny) w załączniku. Prosimy o punktualność.", 9)
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet("other_timecard", "near_miss", "crew weekly timecard", _timecard, OTHER),
        _sheet("other_risk", "near_miss", "location risk assessment", _risk_assessment, OTHER),
        _sheet("other_casting", "near_miss", "Polish casting schedule", _casting, OTHER),
    ]


def sheets() -> list[Sheet]:
    return [
        *_dept_sheets(),
        *_after_sheets(),
        *_pl_xls_sheets(),
        *_night_sheets(),
        *_studio_sheets(),
        *_icon_sheets(),
        *_other_sheets(),
    ]
