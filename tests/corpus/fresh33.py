"""Thirty-fourth held-out set: sheets made with everyday tools (`fresh33_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh33"). Call sheets as crews receive them from popular call-sheet apps and
office templates: an app-made sheet in the StudioBinder manner from Raleigh, Fort Worth and Baton
Rouge (a header band with the title, "Day X of Y" and the date, a central "GENERAL CREW CALL" box,
a weather / sunrise / sunset box, a locations table with set, address, parking and nearest
hospital columns, then scenes and cast), a clean SetHero-like export from Fresno, Anchorage and
Eugene (a contact block top left, "Crew Call" big, "Shooting Call", "Lunch", "Est. Wrap", a
location card with "Parking" and "Hospital" sub-rows), a screenplay-tool (Celtx-like) export from
Lethbridge, Kamloops and Nanaimo (strict boxed tables, small fonts, grey labels above values,
"DATE" and "CALL TIME" as table headings), a Google Sheets template export from Whanganui, New
Plymouth and Alice Springs (merged cells, a key / value column on the left, department calls on
the right: hair & makeup, camera, catering; expected: the general crew call), Word / Google Docs
memo-like sheets from Harrogate, Aberystwyth and St Andrews ("We are shooting at ...", "Crew call
is 7:00am", "Nearest A&E: ...", bold run-in labels), and weekend two-day packs from Honolulu,
Tallahassee and Amarillo (two pages, each a day with its own date, call and location; expected:
DAY 1's values, as fresh31's sheet packs). Three near misses (a crew contact list, an equipment
rental invoice, a shot list) must read as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one
a family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.corpus.draw import Canvas, black, centre, grey
from tests.corpus.formats import add_minutes, ordinal
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
    # (1) StudioBinder-style app sheets: Raleigh, Fort Worth, Baton Rouge
    "nccapitol": _p(
        "us",
        "North Carolina State Capitol",
        "1 E Edenton St",
        "Raleigh, NC 27601",
        35.7804,
        -78.6391,
        "America/New_York",
        "WakeMed Raleigh Campus",
        "3000 New Bern Ave",
        "Raleigh, NC 27610",
        "(919) 350-8000",
        "100 N Blount St lot",
        "Raleigh, NC 27601",
    ),
    "kimbell": _p(
        "us",
        "Kimbell Art Museum",
        "3333 Camp Bowie Blvd",
        "Fort Worth, TX 76107",
        32.7487,
        -97.3650,
        "America/Chicago",
        "John Peter Smith Hospital",
        "1500 S Main St",
        "Fort Worth, TX 76104",
        "(817) 702-3431",
        "Arch Adams St lot",
        "Fort Worth, TX 76107",
    ),
    "oldcapitol": _p(
        "us",
        "Louisiana's Old State Capitol",
        "100 North Blvd",
        "Baton Rouge, LA 70801",
        30.4471,
        -91.1890,
        "America/Chicago",
        "Our Lady of the Lake Regional Medical Center",
        "5000 Hennessy Blvd",
        "Baton Rouge, LA 70808",
        "(225) 765-6565",
        "River Rd lot at North Blvd",
        "Baton Rouge, LA 70801",
    ),
    # (2) SetHero-like exports: Fresno, Anchorage, Eugene
    "towertheatre": _p(
        "us",
        "Tower Theatre",
        "815 E Olive Ave",
        "Fresno, CA 93728",
        36.7575,
        -119.8013,
        "America/Los_Angeles",
        "Community Regional Medical Center",
        "2823 Fresno St",
        "Fresno, CA 93721",
        "(559) 459-6000",
        "N Wishon Ave lot behind the theatre",
        "Fresno, CA 93728",
    ),
    "heritagecenter": _p(
        "us",
        "Alaska Native Heritage Center",
        "8800 Heritage Center Dr",
        "Anchorage, AK 99504",
        61.2326,
        -149.7163,
        "America/Anchorage",
        "Providence Alaska Medical Center",
        "3200 Providence Dr",
        "Anchorage, AK 99508",
        "(907) 562-2211",
        "Visitor lot, Heritage Center Dr",
        "Anchorage, AK 99504",
    ),
    "hult": _p(
        "us",
        "Hult Center for the Performing Arts",
        "1 Eugene Center",
        "Eugene, OR 97401",
        44.0505,
        -123.0920,
        "America/Los_Angeles",
        "PeaceHealth Sacred Heart Medical Center at RiverBend",
        "3333 RiverBend Dr",
        "Springfield, OR 97477",
        "(541) 222-7300",
        "Overpark garage, 7th Ave & Olive St",
        "Eugene, OR 97401",
    ),
    # (3) Celtx-like screenplay-tool exports: Lethbridge, Kamloops, Nanaimo
    "galt": _p(
        "ca",
        "Galt Museum & Archives",
        "910 4 Ave S",
        "Lethbridge, AB T1J 0P6",
        49.6943,
        -112.8468,
        "America/Edmonton",
        "Chinook Regional Hospital",
        "960 19 St S",
        "Lethbridge, AB T1J 1W5",
        "(403) 388-6111",
        "Scenic Dr S lot",
        "Lethbridge, AB T1J 0P6",
    ),
    "kamloopsmuseum": _p(
        "ca",
        "Kamloops Museum & Archives",
        "207 Seymour St",
        "Kamloops, BC V2C 2E7",
        50.6783,
        -120.3355,
        "America/Vancouver",
        "Royal Inland Hospital",
        "311 Columbia St",
        "Kamloops, BC V2C 2T1",
        "(250) 374-5111",
        "Riverside Park lot, Lorne St",
        "Kamloops, BC V2C 1W3",
    ),
    "bastion": _p(
        "ca",
        "The Bastion",
        "98 Front St",
        "Nanaimo, BC V9R 5H7",
        49.1686,
        -123.9355,
        "America/Vancouver",
        "Nanaimo Regional General Hospital",
        "1200 Dufferin Cres",
        "Nanaimo, BC V9S 2B7",
        "(250) 755-7691",
        "Port Place lot, Front St",
        "Nanaimo, BC V9R 5H7",
    ),
    # (4) Google Sheets template exports: Whanganui, New Plymouth, Alice Springs
    "whanganuimuseum": _p(
        "nz",
        "Whanganui Regional Museum",
        "62 Ridgway St",
        "Whanganui 4500",
        -39.9330,
        175.0505,
        "Pacific/Auckland",
        "Whanganui Hospital",
        "100 Heads Rd, Gonville",
        "Whanganui 4501",
        "06 348 1234",
        "Queens Park car park, Ridgway St",
        "Whanganui 4500",
    ),
    "lenlye": _p(
        "nz",
        "Len Lye Centre",
        "42 Queen St",
        "New Plymouth 4310",
        -39.0580,
        174.0730,
        "Pacific/Auckland",
        "Taranaki Base Hospital",
        "23 David St, Westown",
        "New Plymouth 4310",
        "06 753 6139",
        "Gill St car park",
        "New Plymouth 4310",
    ),
    "telegraph": _p(
        "au",
        "Alice Springs Telegraph Station",
        "Herbert Heath Rd",
        "Alice Springs NT 0870",
        -23.6668,
        133.8877,
        "Australia/Darwin",
        "Alice Springs Hospital",
        "6 Gap Rd, The Gap",
        "Alice Springs NT 0870",
        "(08) 8951 7777",
        "Telegraph Station visitor car park",
        "Alice Springs NT 0870",
    ),
    # (5) Word / Google Docs memo sheets: Harrogate, Aberystwyth, St Andrews
    "royalhall": _p(
        "uk",
        "The Royal Hall",
        "Ripon Rd",
        "Harrogate HG1 2RD",
        53.9965,
        -1.5415,
        "Europe/London",
        "Harrogate District Hospital",
        "Lancaster Park Rd",
        "Harrogate HG2 7SX",
        "01423 885959",
        "Jubilee car park, Union St",
        "Harrogate HG1 1BS",
    ),
    "nlw": _p(
        "uk",
        "National Library of Wales",
        "Penglais Rd",
        "Aberystwyth SY23 3BU",
        52.4144,
        -4.0707,
        "Europe/London",
        "Bronglais General Hospital",
        "Caradog Rd",
        "Aberystwyth SY23 1ER",
        "01970 623131",
        "Library visitor car park, Penglais Rd",
        "Aberystwyth SY23 3BU",
    ),
    "standrews": _p(
        "uk",
        "St Andrews Cathedral",
        "The Pends",
        "St Andrews KY16 9QL",
        56.3400,
        -2.7870,
        "Europe/London",
        "Victoria Hospital",
        "Hayfield Rd",
        "Kirkcaldy KY2 5AH",
        "01592 643355",
        "Kinkell Braes car park, Abbey Walk",
        "St Andrews KY16 8NW",
    ),
    # (6) weekend two-day packs: Honolulu, Tallahassee, Amarillo
    "iolani": _p(
        "us",
        "Iolani Palace",
        "364 S King St",
        "Honolulu, HI 96813",
        21.3066,
        -157.8588,
        "Pacific/Honolulu",
        "The Queen's Medical Center",
        "1301 Punchbowl St",
        "Honolulu, HI 96813",
        "(808) 691-1000",
        "Palace grounds lot, Richards St",
        "Honolulu, HI 96813",
    ),
    "flcapitol": _p(
        "us",
        "Florida Historic Capitol Museum",
        "400 S Monroe St",
        "Tallahassee, FL 32301",
        30.4381,
        -84.2811,
        "America/New_York",
        "Tallahassee Memorial HealthCare",
        "1300 Miccosukee Rd",
        "Tallahassee, FL 32308",
        "(850) 431-1155",
        "Kleman Plaza garage, 200 W Madison St",
        "Tallahassee, FL 32301",
    ),
    "bigtexan": _p(
        "us",
        "The Big Texan Steak Ranch",
        "7701 I-40 Frontage Rd",
        "Amarillo, TX 79118",
        35.1930,
        -101.7530,
        "America/Chicago",
        "Northwest Texas Hospital",
        "1501 S Coulter St",
        "Amarillo, TX 79106",
        "(806) 354-1000",
        "Big Texan Motel lot",
        "Amarillo, TX 79118",
    ),
}


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    _, m, h12, ap = clock(hhmm)
    forms = {
        "sheets": f"{h12}:{m:02d} {ap.lower()}",  # "7:30 am"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "app": f"{d:%a}, {d:%b} {d.day}, {d.year}",  # "Sat, Oct 3, 2026"
        "upper": f"{d:%A}, {d:%B} {d.day}".upper(),  # "SATURDAY, OCTOBER 3"
        "celtx": f"{d:%a} {d:%b} {d.day} {d.year}",  # "Sat Sep 19 2026"
        "nz_sheet": f"{d:%a} {d.day} {d:%b} {d.year}",  # "Thu 12 Nov 2026"
        "au_slash": f"{d:%a} {d.day:02d}/{d.month:02d}/{d.year}",  # "Sat 17/10/2026"
        "memo": f"{d:%A} {ordinal(d.day)} {d:%B}",  # "Tuesday 15th September"
        "memo_year": f"{d:%A} {ordinal(d.day)} {d:%B} {d.year}",
        "pack": f"{d:%A} {d.month}/{d.day}/{d.year}",  # "Saturday 10/3/2026"
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh33")
_para = paragraph


# --- (1) StudioBinder-style app sheets: Raleigh, Fort Worth, Baton Rouge -------------------------


def _binder(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "us"

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        x0 = 30.0
        right = W - x0
        # header band
        fill(c, x0, 26, right - x0, 70, 238)
        c.text(x0 + 10, 46, g["company"], 8, bold=True)
        grey(c, 90)
        for i, ln in enumerate(g["people"]):
            c.text(x0 + 10, 58 + i * 10, ln, 7)
        black(c)
        c.right(right - 10, 46, title, 15, bold=True)
        c.right(right - 10, 62, g["day_of"], 9)
        c.right(right - 10, 76, day_text(day, "app"), 9, bold=True)
        # central call box
        bx = W / 2 - 85
        fill(c, bx, 34, 170, 56, 255)
        c.box(bx, 34, 170, 56, 0.8)
        centre(c, 48, "GENERAL CREW CALL", 8)
        centre(c, 74, hm(call, t), 22)
        grey(c, 100)
        centre(c, 85, g["call_note"], 6.5, bold=False)
        black(c)
        # weather box and times
        y = 108.0
        c.box(x0, y, 250, 54, 0.5)
        c.text(x0 + 8, y + 12, "WEATHER", 7, bold=True)
        c.text(x0 + 8, y + 26, g["weather"], 8.5)
        c.text(x0 + 8, y + 40, f"Sunrise {hm(rise, t)}", 8)
        c.text(x0 + 110, y + 40, f"Sunset {hm(fall, t)}", 8)
        c.box(x0 + 262, y, right - x0 - 262, 54, 0.5)
        yy = y + 12
        for lab, off in [("Breakfast", -30), ("Shooting Call", 60), ("Lunch", 360)]:
            c.text(x0 + 270, yy, lab, 8, bold=True)
            c.right(right - 8, yy, hm(add_minutes(call, off), t), 8)
            yy += 13
        c.text(x0 + 270, yy, "Est. Wrap", 8, bold=True)
        c.right(right - 8, yy, hm(add_minutes(call, 690), t), 8)
        # locations table
        y = 184.0
        c.text(x0, y, "LOCATIONS", 9, bold=True)
        rows = [
            (
                "1",
                g["set"],
                f"{p.name}, {p.street}, {p.city}",
                p.base_street,
                f"{p.hospital} {p.hospital_phone}",
            )
        ]
        for extra in g.get("move", []):
            rows.append(extra)
        y = head_table(
            c,
            x0,
            y + 16,
            ["#", "SET", "ADDRESS", "PARKING", "NEAREST HOSPITAL"],
            [0, 16, 120, 330, 420],
            rows,
            right,
            size=7.5,
            shade=225,
            lead=13,
            ruled=True,
        )
        grey(c, 90)
        c.text(x0, y, f"Hospital address: {p.hospital_street}, {p.hospital_city}", 7)
        black(c)
        y += 20
        y = head_table(
            c,
            x0,
            y,
            ["SCENE", "SET / DESCRIPTION", "D/N", "PAGES", "CAST"],
            [0, 44, 340, 380, 430],
            g["scenes"],
            right,
            size=8,
            lead=13,
        )
        y += 6
        head_table(
            c,
            x0,
            y,
            ["ID", "CAST", "CHARACTER", "H/MU", "ON SET"],
            [0, 24, 170, 330, 420],
            [
                (str(i + 1), a, b, hm(add_minutes(call, o), t), hm(add_minutes(call, o + 75), t))
                for i, (a, b, o) in enumerate(g["cast"])
            ],
            right,
            size=8,
            lead=13,
        )
        grey(c, 120)
        c.text(x0, c.pdf.h - 24, "Made with a call sheet app  ·  page 1 of 1", 6.5)
        black(c)
        return c.output()

    return _sheet(
        f"binder_{key}",
        "studiobinder_style",
        "app-made sheet: header band, central GENERAL CREW CALL box, weather box, locations table "
        "with parking and hospital columns, scenes, cast",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _binder_sheets() -> list[Sheet]:
    return [
        _binder(
            "nccapitol",
            "Oak City",
            D(2026, 10, 6),
            "07:00",
            {
                "company": "Sir Walter Pictures",
                "people": [
                    "Director: Maya Okafor",
                    "Producer: Tom Beasley (919) 555-0112",
                    "1st AD: Jess Whitt (919) 555-0147",
                ],
                "day_of": "Day 4 of 18",
                "call_note": "Crew parking opens 6:30 AM",
                "weather": "Sunny, 78° / 57°",
                "set": "Rotunda and Senate chamber",
                "scenes": [
                    ("12", "INT. ROTUNDA - DAY", "D", "2 2/8", "1, 2"),
                    ("13", "INT. SENATE CHAMBER - DAY", "D", "1 4/8", "1, 3"),
                    ("15", "EXT. CAPITOL STEPS - DAY", "D", "6/8", "2"),
                ],
                "cast": [("Renee Baptiste", "GOV. HALE", -60), ("Curtis Wynn", "AIDE", -30)],
            },
        ),
        _binder(
            "kimbell",
            "The Quiet Gallery",
            D(2026, 11, 10),
            "06:30",
            {
                "company": "Trinity Light Films",
                "people": [
                    "Director: Luis Cantu",
                    "Producer: Ashley Greer (817) 555-0170",
                    "1st AD: Raymond Poe (817) 555-0133",
                ],
                "day_of": "Day 9 of 22",
                "call_note": "Breakfast on the Arch Adams lot",
                "weather": "Clear, 66° / 44°",
                "set": "Louis Kahn vaults and the portico",
                "scenes": [
                    ("41", "INT. GALLERY VAULTS - DAY", "D", "3", "1, 2"),
                    ("42", "EXT. PORTICO - DAY", "D", "1 1/8", "1"),
                ],
                "cast": [("Nadia Fields", "CLAIRE", -45), ("Owen Stroud", "GUARD", 0)],
            },
        ),
        _binder(
            "oldcapitol",
            "Red Stick",
            D(2026, 3, 17),
            "07:30",
            {
                "company": "Bayou Lantern Productions",
                "people": [
                    "Director: Camille Thibodeaux",
                    "Producer: Andre Fontenot (225) 555-0161",
                    "1st AD: Kim Ledet (225) 555-0128",
                ],
                "day_of": "Day 2 of 15",
                "call_note": "Check in with security at the North Blvd gate",
                "weather": "Partly cloudy, 75° / 55°",
                "set": "Stained-glass dome hall",
                # HARD: a second row for the company move after lunch, with its own address and
                # parking; expected: the first location
                "move": [
                    (
                        "2",
                        "Levee walk (after lunch)",
                        "River Rd at Florida St, Baton Rouge, LA 70802",
                        "same lot",
                        "(as above)",
                    )
                ],
                "scenes": [
                    ("7", "INT. DOME HALL - DAY", "D", "2 5/8", "1, 2, 4"),
                    ("9", "INT. STAIRCASE - DAY", "D", "1", "1"),
                    ("22", "EXT. LEVEE - DAY", "D", "1 3/8", "2, 4"),
                ],
                "cast": [
                    ("Simone Hebert", "LOUISE", -60),
                    ("Jamal Pierre", "AUGUSTE", -30),
                    ("Grace Landry", "MADAME", 30),
                ],
            },
        ),
    ]


# --- (2) SetHero-like exports: Fresno, Anchorage, Eugene ------------------------------------------


def _hero(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g.get("time_style", "us_letter")

    def make() -> bytes:
        c = Canvas("letter", "sans")
        W = c.width
        x0 = 40.0
        right = W - x0
        # contact block top left
        c.text(x0, 44, g["company"], 9, bold=True)
        grey(c, 100)
        for i, ln in enumerate(g["contacts"]):
            c.text(x0, 57 + i * 10, ln, 7.5)
        black(c)
        # title and date centred
        centre(c, 48, title, 16)
        centre(c, 64, day_text(day, "us_long"), 9.5, bold=False)
        grey(c, 100)
        centre(c, 76, g["day_of"], 8, bold=False)
        black(c)
        # crew call big, top right
        c.right(right, 42, "Crew Call", 9, bold=True)
        c.right(right, 72, hm(call, t), 26, bold=True)
        c.hline(x0, right, 96, 0.4)
        # time strip
        y = 116.0
        cw = (right - x0) / 5
        for i, (lab, val) in enumerate(
            [
                ("Shooting Call", hm(add_minutes(call, 45), t)),
                ("Lunch", hm(add_minutes(call, 330), t)),
                ("Est. Wrap", hm(add_minutes(call, 660), t)),
                ("Sunrise", hm(rise, t)),
                ("Sunset", hm(fall, t)),
            ]
        ):
            grey(c, 110)
            c.text(x0 + i * cw, y, lab, 7)
            black(c)
            c.text(x0 + i * cw, y + 14, val, 11, bold=True)
        c.text(x0, y + 34, g["weather"], 8)
        # location card (no map)
        y = 170.0
        c.box(x0, y, right - x0, 84, 0.6)
        c.text(x0 + 10, y + 16, "Location 1", 7, bold=True)
        c.text(x0 + 10, y + 30, f"{p.name}  ·  {g['set']}", 10, bold=True)
        c.text(x0 + 10, y + 43, f"{p.street}, {p.city}", 9)
        c.hline(x0 + 10, right - 10, y + 51, 0.2)
        grey(c, 110)
        c.text(x0 + 10, y + 63, "Parking", 7.5)
        c.text(x0 + 10, y + 77, "Hospital", 7.5)
        black(c)
        c.text(x0 + 70, y + 63, f"{p.base_street}, {p.base_city}", 8.5)
        c.text(
            x0 + 70,
            y + 77,
            f"{p.hospital}, {p.hospital_street}, {p.hospital_city}  {p.hospital_phone}",
            8.5,
        )
        y = 280.0
        c.text(x0, y, "Schedule", 11, bold=True)
        y = head_table(
            c,
            x0,
            y + 18,
            ["Time", "Scene", "Description", "Cast", "Pages"],
            [0, 60, 110, 380, 450],
            [(hm(add_minutes(call, o), t), s, d, ca, pg) for o, s, d, ca, pg in g["schedule"]],
            right,
            size=8.5,
            shade=240,
            lead=14,
        )
        y += 8
        c.text(x0, y, "Cast", 11, bold=True)
        head_table(
            c,
            x0,
            y + 18,
            ["#", "Name", "Role", "Call", "Set"],
            [0, 20, 180, 340, 420],
            [
                (str(i + 1), a, b, hm(add_minutes(call, o), t), hm(add_minutes(call, o + 60), t))
                for i, (a, b, o) in enumerate(g["cast"])
            ],
            right,
            size=8.5,
            shade=240,
            lead=14,
        )
        grey(c, 130)
        c.text(x0, c.pdf.h - 22, f"{title} - Call Sheet - Exported {g['exported']}", 6.5)
        black(c)
        return c.output()

    return _sheet(
        f"hero_{key}",
        "sethero_style",
        "clean app export: contact block top left, Crew Call big top right, time strip, location "
        "card with Parking and Hospital sub-rows",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _hero_sheets() -> list[Sheet]:
    return [
        _hero(
            "towertheatre",
            "Marquee Nights",
            D(2026, 9, 23),
            "08:00",
            {
                "company": "Raisin Row Media",
                "contacts": [
                    "Producer: Priya Sandhu  (559) 555-0119",
                    "1st AD: Eddie Lucero  (559) 555-0186",
                    "Locations: Gabe Arroyo  (559) 555-0104",
                ],
                "day_of": "Shoot Day 3 of 10",
                "weather": "Sunny, high 91°F, low 60°F. Bring water.",
                "set": "lobby and auditorium",
                "schedule": [
                    (45, "8", "INT. LOBBY - Rosa sells the last tickets", "1, 2", "1 2/8"),
                    (150, "9", "INT. AUDITORIUM - the projector fails", "1, 3", "2"),
                    (420, "11", "EXT. MARQUEE - sign lights up", "2", "4/8"),
                ],
                "cast": [("Rosa Delgado", "ROSA", -30), ("Ken Ishii", "MR. TANAKA", 60)],
                "exported": "9/22/2026 6:14p",
            },
        ),
        _hero(
            "heritagecenter",
            "Long Light",
            D(2026, 5, 12),
            "07:00",
            {
                "company": "Chugach Frame Co.",
                "contacts": [
                    "Producer: Aaron Kalmakoff  (907) 555-0175",
                    "1st AD: Lila Tsosie  (907) 555-0122",
                    "PM: Brett Olsen  (907) 555-0141",
                ],
                "day_of": "Shoot Day 6 of 14",
                # HARD: May in Anchorage: the sunset prints as 10:33p, late enough to look like
                # a wrap time
                "weather": "Mild, 58°F / 40°F. Usable light until after 11p.",
                "set": "Lake Tiulana and the village sites",
                "schedule": [
                    (45, "30", "EXT. LAKE - Anna paddles at dawn light", "1", "1 4/8"),
                    (180, "31", "EXT. VILLAGE SITES - the elders' story", "1, 2, 4", "2 3/8"),
                    (420, "33", "INT. GATHERING PLACE - dance rehearsal", "2, 4", "1"),
                ],
                "cast": [
                    ("Anna Kashevaroff", "ANNA", -45),
                    ("Joe Nanouk", "GRANDFATHER", 30),
                    ("Marie Chythlook", "AUNTIE", 120),
                ],
                "exported": "5/11/2026 8:02p",
            },
        ),
        _hero(
            "hult",
            "Second Chair",
            D(2026, 2, 12),
            "09:00",
            {
                "company": "Willamette Room Films",
                "contacts": [
                    "Producer: Hannah Voss  (541) 555-0150",
                    "1st AD: Derek Ma  (541) 555-0169",
                    "Coordinator: Sage Holt  (541) 555-0137",
                ],
                "day_of": "Shoot Day 11 of 16",
                "weather": "Rain, 49°F / 38°F. Load in under the 7th Ave canopy.",
                "set": "Silva Concert Hall stage and green room",
                "schedule": [
                    (45, "54", "INT. CONCERT HALL - the audition", "1, 2", "3"),
                    (240, "55", "INT. GREEN ROOM - Jonah's nerves", "1", "1 1/8"),
                ],
                "cast": [("Jonah Reyes", "JONAH", -60), ("Ellen Park", "MAESTRA", 0)],
                "exported": "2/11/2026 5:40p",
            },
        ),
    ]


# --- (3) Celtx-like screenplay-tool exports: Lethbridge, Kamloops, Nanaimo ------------------------


def _cell(c: Canvas, x: float, y: float, w: float, h: float, label: str, value: str) -> None:
    """A boxed cell: a small grey label at the top, its value under it."""
    c.box(x, y, w, h, 0.5)
    grey(c, 120)
    fit(c, x + 3, y + 7, label, 5.5, w - 6)
    black(c)
    fit(c, x + 3, y + h - 4, value, 7.5, w - 6)


def _celtx(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "h24"

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        x0 = 36.0
        right = W - x0
        full = right - x0
        c.box(x0, 30, full, 22, 0.8)
        c.text(x0 + 6, 45, title.upper(), 12, bold=True)
        c.right(right - 6, 45, "CALL SHEET", 10, bold=True)
        # heading table: DATE | CALL TIME | DAY | DIRECTOR | PRODUCER
        heads = ["DATE", "CALL TIME", "SHOOT DAY", "DIRECTOR", "PRODUCER"]
        vals = [day_text(day, "celtx"), g["call_text"], g["day_of"], g["director"], g["producer"]]
        widths = [110, 110, 70, (full - 290) / 2, (full - 290) / 2]
        x = x0
        y = 52.0
        for w in widths:
            fill(c, x, y, w, 11, 220)
            x += w
        x = x0
        for h, v, w in zip(heads, vals, widths, strict=True):
            c.box(x, y, w, 11, 0.5)
            c.text(x + 3, y + 8, h, 6, bold=True)
            c.box(x, y + 11, w, 16, 0.5)
            fit(c, x + 3, y + 23, v, 8, w - 6, bold=h == "CALL TIME")
            x += w
        # boxed rows of label / value cells
        y = 86.0
        row1 = [
            ("LOCATION", f"{p.name}, {p.street}, {p.city}", full * 0.55),
            ("SET", g["set"], full * 0.45),
        ]
        row2 = [
            (
                "NEAREST HOSPITAL",
                f"{p.hospital}, {p.hospital_street}, {p.hospital_city}",
                full * 0.6,
            ),
            ("HOSPITAL PHONE", p.hospital_phone, full * 0.2),
            ("EMERGENCY", "911", full * 0.2),
        ]
        row3 = [
            ("PARKING", f"{p.base_street}, {p.base_city}", full * 0.4),
            ("SUNRISE", hm(rise, t), full * 0.12),
            ("SUNSET", hm(fall, t), full * 0.12),
            ("WEATHER", g["weather"], full * 0.36),
        ]
        row4 = [
            ("BREAKFAST", hm(add_minutes(call, -30), t), full / 4),
            ("FIRST SHOT", hm(add_minutes(call, 60), t), full / 4),
            ("LUNCH", hm(add_minutes(call, 360), t), full / 4),
            ("EST. WRAP", hm(add_minutes(call, 660), t), full / 4),
        ]
        for row in (row1, row2, row3, row4):
            x = x0
            for lab, val, w in row:
                _cell(c, x, y, w, 22, lab, val)
                x += w
            y += 22
        y += 16
        c.text(x0, y, "SCENES", 7, bold=True)
        y = head_table(
            c,
            x0,
            y + 12,
            ["SC", "SET", "D/N", "PAGES", "CAST", "LOCATION"],
            [0, 30, 220, 260, 310, 380],
            g["scenes"],
            right,
            size=7,
            shade=220,
            lead=11,
            ruled=True,
        )
        c.text(x0, y, "CAST", 7, bold=True)
        y = head_table(
            c,
            x0,
            y + 12,
            ["#", "ACTOR", "CHARACTER", "CALL TIME", "MAKEUP", "ON SET"],
            [0, 20, 160, 290, 370, 450],
            [
                (
                    str(i + 1),
                    a,
                    b,
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o + 10), t),
                    hm(add_minutes(call, o + 70), t),
                )
                for i, (a, b, o) in enumerate(g["cast"])
            ],
            right,
            size=7,
            shade=220,
            lead=11,
            ruled=True,
        )
        c.text(x0, y, "CREW", 7, bold=True)
        head_table(
            c,
            x0,
            y + 12,
            ["DEPARTMENT", "POSITION", "NAME", "PHONE", "CALL TIME"],
            [0, 90, 200, 330, 440],
            [(d, po, n, ph, hm(add_minutes(call, o), t)) for d, po, n, ph, o in g["crew"]],
            right,
            size=7,
            shade=220,
            lead=11,
            ruled=True,
        )
        grey(c, 140)
        c.text(x0, c.pdf.h - 20, "Generated by a screenwriting & production app", 6)
        black(c)
        return c.output()

    return _sheet(
        f"celtx_{key}",
        "celtx_style",
        "screenplay-tool export: boxed tables, small fonts, grey labels above values, DATE and "
        "CALL TIME as table headings",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _celtx_sheets() -> list[Sheet]:
    crew = [
        ("Camera", "DOP", "Ines Moreau", "(403) 555-0181", 0),
        ("Camera", "1st AC", "Paul Kwan", "(403) 555-0126", -30),
        ("Grip/Electric", "Gaffer", "Tyler Brandt", "(403) 555-0155", -30),
        ("Sound", "Mixer", "Corinne Baird", "(403) 555-0108", 0),
    ]
    return [
        _celtx(
            "galt",
            "Coulee Country",
            D(2026, 8, 22),
            "07:00",
            {
                "call_text": "07:00",
                "day_of": "5 of 12",
                "director": "Harjit Dhillon",
                "producer": "Megan Rusk (403) 555-0190",
                "weather": "Sunny, windy, 27°C / 12°C",
                "set": "museum gallery and the coulee viewpoint",
                "scenes": [
                    ("18", "INT. MUSEUM GALLERY", "D", "1 6/8", "1, 2", "Galt Museum"),
                    ("19", "EXT. COULEE VIEWPOINT", "D", "2", "1", "Galt Museum"),
                ],
                "cast": [("Tess Fairbairn", "JUNE", -45), ("Colin Day Chief", "ROY", 0)],
                "crew": crew,
            },
        ),
        _celtx(
            "kamloopsmuseum",
            "Tournament Capital",
            D(2026, 5, 9),
            "06:45",
            {
                "call_text": "06:45",
                "day_of": "2 of 8",
                "director": "Grace Liu",
                "producer": "Dev Sharma (250) 555-0143",
                "weather": "Clear, 24°C / 8°C",
                "set": "archives reading room",
                "scenes": [
                    ("3", "INT. ARCHIVES READING ROOM", "D", "2 4/8", "1, 3", "Museum"),
                    ("4", "INT. ARCHIVES STACKS", "D", "7/8", "1", "Museum"),
                ],
                "cast": [("Noah Pelletier", "SAM", -60), ("Evelyn Jack", "ARCHIVIST", -15)],
                "crew": crew,
            },
        ),
        _celtx(
            "bastion",
            "Harbour Lines",
            D(2026, 9, 19),
            "07:30",
            {
                # HARD: the CALL TIME cell holds two calls; the crew's comes first
                "call_text": "07:30 crew / 08:30 cast",
                "day_of": "9 of 20",
                "director": "Rowan Sinclair",
                "producer": "Amrit Gill (250) 555-0164",
                "weather": "Overcast, 17°C / 11°C",
                "set": "blockhouse and harbour steps",
                "scenes": [
                    ("61", "EXT. BLOCKHOUSE", "D", "1 3/8", "1, 2", "The Bastion"),
                    ("62", "EXT. HARBOUR STEPS", "D", "2 1/8", "2, 5", "The Bastion"),
                ],
                "cast": [("Mira Thompson", "KAY", 60), ("Leo Sampson", "FERRYMAN", 60)],
                "crew": crew,
            },
        ),
    ]


# --- (4) Google Sheets template exports: Whanganui, New Plymouth, Alice Springs -------------------


def _gsheet(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "sheets"

    def make() -> bytes:
        c = Canvas("A4", "helvetica")
        W = c.width
        x0 = 28.0
        right = W - x0
        full = right - x0
        row_h = 16.0
        # merged title row
        fill(c, x0, 28, full, 26, 60)
        c.pdf.set_text_color(255, 255, 255)
        centre(c, 46, f"{title.upper()}  -  CALL SHEET", 13)
        black(c)
        # left key/value column, right department calls
        kx, kw, vw = x0, 100.0, 190.0
        rx = x0 + kw + vw + 12
        y = 62.0
        left = [
            ("Production", title),
            ("Company", g["company"]),
            ("Date", day_text(day, g["date_style"])),
            ("Shoot day", g["day_of"]),
            ("Crew Call", hm(call, t)),
            ("Location", p.name),
            ("Address", f"{p.street}, {p.city}"),
            ("Set", g["set"]),
            ("Parking", p.base_street),
            ("Sunrise / Sunset", f"{hm(rise, t)} / {hm(fall, t)}"),
            ("Weather", g["weather"]),
            ("Nearest hospital", p.hospital),
            ("Hospital address", f"{p.hospital_street}, {p.hospital_city}"),
            ("Hospital phone", p.hospital_phone),
        ]
        for lab, val in left:
            fill(c, kx, y, kw, row_h, 230)
            c.box(kx, y, kw, row_h, 0.3)
            c.box(kx + kw, y, vw, row_h, 0.3)
            c.text(kx + 4, y + 11, lab, 8, bold=True)
            fit(c, kx + kw + 4, y + 11, val, 8.5, vw - 8, bold=lab == "Crew Call")
            y += row_h
        left_foot = y
        y = 62.0
        fill(c, rx, y, right - rx, row_h, 200)
        c.box(rx, y, right - rx, row_h, 0.3)
        c.text(rx + 4, y + 11, "DEPARTMENT CALLS", 8, bold=True)
        y += row_h
        for dept, off in g["depts"]:
            c.box(rx, y, right - rx - 70, row_h, 0.3)
            c.box(right - 70, y, 70, row_h, 0.3)
            c.text(rx + 4, y + 11, dept, 8.5)
            c.text(right - 66, y + 11, hm(add_minutes(call, off), t), 8.5)
            y += row_h
        y = max(left_foot, y) + 18
        fill(c, x0, y, full, row_h, 200)
        c.box(x0, y, full, row_h, 0.3)
        c.text(x0 + 4, y + 11, "SCHEDULE", 8, bold=True)
        y += row_h
        cols = [0, 60, 110, 380]
        for i, row in enumerate(
            [("Time", "Scene", "Description", "Cast")]
            + [(hm(add_minutes(call, o), t), s, d, ca) for o, s, d, ca in g["schedule"]]
        ):
            for j, v in enumerate(row):
                x1 = cols[j + 1] if j + 1 < len(cols) else full
                c.box(x0 + cols[j], y, x1 - cols[j], row_h, 0.3)
                fit(c, x0 + cols[j] + 4, y + 11, v, 8, x1 - cols[j] - 8, bold=i == 0)
            y += row_h
        y += 14
        c.box(x0, y, full, row_h * 2, 0.3)
        c.text(x0 + 4, y + 11, "Notes", 8, bold=True)
        fit(c, x0 + 60, y + 11, g["notes"], 8, full - 64)
        return c.output()

    return _sheet(
        f"gsheet_{key}",
        "google_sheets",
        "spreadsheet template export: merged title row, key / value column left, department "
        "calls right, schedule grid",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _gsheet_sheets() -> list[Sheet]:
    return [
        _gsheet(
            "whanganuimuseum",
            "River Road",
            D(2026, 11, 12),
            "08:00",
            {
                "company": "Awa Screen Ltd",
                "date_style": "nz_sheet",
                "day_of": "Day 3 of 9",
                "set": "Māori Court gallery",
                "weather": "Fine, 21° / 11°",
                "depts": [
                    ("Hair & Makeup", -75),
                    ("Wardrobe", -60),
                    ("Camera", -30),
                    ("Catering (breakfast)", -45),
                    ("Lunch", 330),
                ],
                "schedule": [
                    (60, "14", "Int. gallery - Hemi and the waka", "1, 2"),
                    (180, "15", "Int. gallery - the curator's office", "2, 3"),
                ],
                "notes": "No food or drink in the galleries. Museum staff escort at all times.",
            },
        ),
        _gsheet(
            "lenlye",
            "Kinetic",
            D(2026, 3, 4),
            "07:30",
            {
                "company": "Mountain & Sea Productions",
                "date_style": "nz_sheet",
                "day_of": "Day 1 of 4",
                "set": "gallery 1 and the mirror-steel façade",
                "weather": "Showers, 22° / 15°",
                "depts": [
                    ("Camera", -45),
                    ("Hair & Makeup", -60),
                    ("Art dept", -90),
                    ("Catering", -30),
                    ("Talent", 60),
                ],
                "schedule": [
                    (60, "2", "Ext. façade - opening titles", "-"),
                    (150, "3", "Int. gallery 1 - the fountain piece", "1"),
                ],
                "notes": "Gallery opens to the public at 10 am: cables off the walkways by then.",
            },
        ),
        _gsheet(
            "telegraph",
            "Red Centre",
            D(2026, 10, 17),
            "05:30",
            {
                "company": "Spinifex Pictures Pty Ltd",
                # HARD: an Australian day-first numeric date, "Sat 17/10/2026"
                "date_style": "au_slash",
                "day_of": "Day 6 of 12",
                "set": "station buildings and the waterhole",
                "weather": "Hot, 35° / 18°",
                "depts": [
                    ("Hair & Makeup", -60),
                    ("Camera", -30),
                    ("Catering (brekky)", -40),
                    ("Drivers depart hotel", -50),
                    ("Lunch", 300),
                ],
                "schedule": [
                    (30, "40", "Ext. waterhole - dawn", "1"),
                    (150, "41", "Int. telegraph office - the message", "1, 2"),
                ],
                "notes": "Hats and sunscreen. 3 L of water each. Snakes: stay on the tracks.",
            },
        ),
    ]


# --- (5) Word / Google Docs memo sheets: Harrogate, Aberystwyth, St Andrews ---------------------


def _run_in(c: Canvas, x: float, y: float, label: str, text: str, width: float) -> float:
    """A paragraph with a bold run-in label; returns the baseline after it."""
    w = c.text(x, y, label, 10.5, bold=True)
    return _para(c, x + w + 4, y, text, 10.5, width - w - 4, 14)


def _memo(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "us_lower"  # "7:00am"

    def make() -> bytes:
        c = Canvas("A4", "serif")
        W = c.width
        x0 = 64.0
        right = W - x0
        width = right - x0
        c.text(x0, 70, f"{title} - Call Sheet", 18, bold=True)
        c.text(x0, 88, f"{g['company']}  ·  {day_text(day, 'memo_year')}", 10)
        c.hline(x0, right, 96, 0.6)
        y = 122.0
        y = _para(c, x0, y, g["hi"], 10.5, width, 14) + 6
        y = _para(
            c,
            x0,
            y,
            f"We are shooting at {p.name}, {p.street}, {p.city} on "
            f"{day_text(day, 'memo')} ({g['set']}). {g['intro']}",
            10.5,
            width,
            14,
        )
        y += 8
        y = _para(
            c,
            x0,
            y,
            f"Crew call is {hm(call, t)}. {g['call_more']}",
            10.5,
            width,
            14,
        )
        y += 8
        for lab, text in [
            ("Parking:", f"{p.base_street}, {p.base_city}. {g['parking_note']}"),
            ("Schedule:", g["schedule"].format(*(hm(add_minutes(call, o), t) for o in g["offs"]))),
            (
                "Light:",
                f"Sunrise {hm(rise, 'h24')}, sunset {hm(fall, 'h24')}. {g['weather']}",
            ),
            (
                "Nearest A&E:",
                f"{p.hospital}, {p.hospital_street}, {p.hospital_city} ({p.hospital_phone}). "
                f"{g.get('ae_note', '')}".strip(),
            ),
            ("Contacts:", g["contacts"]),
        ]:
            y = _run_in(c, x0, y, lab, text, width) + 6
        y += 6
        y = _para(c, x0, y, g["closing"], 10.5, width, 14) + 10
        c.text(x0, y, g["sign"], 10.5)
        c.text(x0, y + 14, g["role"], 9.5)
        return c.output()

    return _sheet(
        f"memo_{key}",
        "word_template",
        "word-processor memo sheet: paragraphs, 'We are shooting at ...', 'Crew call is ...', bold "
        "run-in labels, Nearest A&E",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _memo_sheets() -> list[Sheet]:
    return [
        _memo(
            "royalhall",
            "The Spa Season",
            D(2026, 9, 15),
            "07:00",
            {
                "company": "Stray Dog Films",
                "hi": "Hi all,",
                "set": "the auditorium and the promenade bar",
                "intro": "It's our last day in Harrogate before we move to Whitby.",
                "call_more": "Breakfast is in the Royal Hall café from 6:30am.",
                "parking_note": "Pay and display; keep receipts for petty cash.",
                "schedule": "first shot {0}, lunch {1}, estimated wrap {2}.",
                "offs": [60, 360, 660],
                "weather": "Dry, 17°C.",
                "contacts": "Producer Fran Whitely 07700 900412, AD Sam Price 07700 900388.",
                "closing": "Thanks for a great week, everyone.",
                "sign": "Fran",
                "role": "Producer, Stray Dog Films",
            },
        ),
        _memo(
            "nlw",
            "Llyfr Coll",
            D(2026, 4, 21),
            "08:30",
            {
                "company": "Cwmni Penglais",
                "hi": "Bore da pawb / Good morning all,",
                "set": "the Gregynog reading room",
                "intro": "The library is open to readers, so please keep voices down in the "
                "corridors.",
                "call_more": "Sign in at the main reception with photo ID.",
                "parking_note": "Twelve spaces are held for us; the rest park on campus.",
                "schedule": "turnover {0}, lunch {1}, wrap by {2}.",
                "offs": [60, 300, 570],
                "weather": "Showers, 12°C.",
                "contacts": "Producer Elin Rhys 07700 900231, AD Huw Morgan 07700 900275.",
                "closing": "Diolch! Any problems, ring me.",
                "sign": "Elin",
                "role": "Cynhyrchydd / Producer",
            },
        ),
        _memo(
            "standrews",
            "Links",
            D(2026, 6, 3),
            "06:30",
            {
                "company": "Eden Estuary Pictures",
                "hi": "Morning team,",
                "set": "the ruined nave and St Rule's Tower",
                "intro": "Historic Environment Scotland's rules apply: no rigging on the stones.",
                "call_more": "Coffee from the truck at Kinkell Braes from 6am.",
                "parking_note": "Vans load at the Pends gate, then park up.",
                "schedule": "first shot {0}, lunch {1}, wrap {2}.",
                "offs": [45, 330, 630],
                "weather": "Bright, breezy, 14°C.",
                # HARD: the nearest A&E is in another town, and a minor-injuries unit in St
                # Andrews is named after it; expected: the A&E
                "ae_note": "For minor injuries only: St Andrews Community Hospital, Largo Rd.",
                "contacts": "Producer Kirsty Laing 07700 900158, AD Rob Haig 07700 900199.",
                "closing": "Layers and waterproofs, please - it's the east coast.",
                "sign": "Kirsty",
                "role": "Producer, Eden Estuary Pictures",
            },
        ),
    ]


# --- (6) weekend two-day packs: Honolulu, Tallahassee, Amarillo ---------------------------------


def _pack_page(
    c: Canvas,
    title: str,
    label: str,
    day: D,
    call: str,
    venue: tuple[str, str, str, str],
    sun: tuple[str, str],
    p: Place,
    g: dict[str, Any],
    scenes: list[tuple[str, ...]],
    page: str,
) -> None:
    W = c.width
    x0 = 40.0
    right = W - x0
    t = "us"
    c.text(x0, 44, title, 16, bold=True)
    c.text(x0, 58, g["company"], 8.5)
    fill(c, right - 170, 30, 170, 34, 30)
    c.pdf.set_text_color(255, 255, 255)
    c.right(right - 8, 44, label, 11, bold=True)
    c.right(right - 8, 58, day_text(day, "pack"), 9, bold=True)
    black(c)
    c.hline(x0, right, 72, 1.0)
    c.text(x0, 98, "CREW CALL", 10, bold=True)
    c.text(x0 + 80, 100, hm(call, t), 18, bold=True)
    c.text(x0 + 220, 92, f"Shooting Call  {hm(add_minutes(call, 60), t)}", 8.5)
    c.text(x0 + 220, 104, f"Lunch  {hm(add_minutes(call, 330), t)}", 8.5)
    c.text(x0 + 360, 92, f"Sunrise  {hm(sun[0], t)}", 8.5)
    c.text(x0 + 360, 104, f"Sunset  {hm(sun[1], t)}", 8.5)
    y = 130.0
    c.text(x0, y, "LOCATION", 8, bold=True)
    for i, ln in enumerate(venue):
        c.text(x0, y + 13 + i * 11, ln, 9, bold=i == 0)
    c.text(x0 + 270, y, "NEAREST HOSPITAL", 8, bold=True)
    for i, ln in enumerate([p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]):
        c.text(x0 + 270, y + 13 + i * 11, ln, 9, bold=i == 0)
    y += 70
    head_table(
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
    day2 = day + dt.timedelta(days=1)

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        _pack_page(
            c,
            title,
            "DAY 1 - SATURDAY",
            day,
            call,
            (p.name, p.street, p.city, g["set"]),
            p.sun(day),
            p,
            g,
            g["scenes"],
            "Weekend pack  ·  page 1 of 2",
        )
        c.text(40, 330, f"Crew parking: {p.base_street}, {p.base_city}", 8.5)
        c.text(40, 344, g["note"], 8.5)
        c.new_page()
        _pack_page(
            c,
            title,
            "DAY 2 - SUNDAY",
            day2,
            g["call2"],
            g["venue2"],
            p.sun(day2),
            p,
            g,
            g["scenes2"],
            "Weekend pack  ·  page 2 of 2",
        )
        return c.output()

    return _sheet(
        f"pack_{key}",
        "two_day_pack",
        "weekend two-day pack: page 1 DAY 1 (Saturday) with its date, call and location, page 2 "
        "DAY 2 (Sunday) with its own",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _pack_sheets() -> list[Sheet]:
    return [
        _pack(
            "iolani",
            "Kingdom Hours",
            D(2026, 10, 3),
            "07:00",
            {
                "company": "Kona Wind Pictures  ·  (808) 555-0131",
                "set": "throne room and lanai",
                "scenes": [
                    ("5", "INT. THRONE ROOM - DAY", "D", "2", "1, 2"),
                    ("6", "EXT. LANAI - DAY", "D", "1 2/8", "1"),
                ],
                "note": "Palace docents on set all day: no food inside, cotton gloves for props.",
                "call2": "08:00",
                "venue2": (
                    "Kapiolani Regional Park bandstand",
                    "2805 Monsarrat Ave",
                    "Honolulu, HI 96815",
                    "Bandstand and lawn",
                ),
                "scenes2": [("17", "EXT. BANDSTAND - DAY", "D", "3", "1, 2, 3")],
            },
        ),
        _pack(
            "flcapitol",
            "Seven Hills",
            D(2026, 4, 18),
            "07:30",
            {
                "company": "Red Hills Media  ·  (850) 555-0177",
                "set": "restored Senate chamber and the dome",
                "scenes": [
                    ("28", "INT. OLD SENATE - DAY", "D", "2 3/8", "1, 4"),
                    ("29", "INT. DOME STAIR - DAY", "D", "5/8", "4"),
                ],
                "note": "Museum open 10 AM-4 PM Saturday: hold the roll for visitors.",
                "call2": "09:00",
                "venue2": (
                    "Alfred B. Maclay Gardens State Park",
                    "3540 Thomasville Rd",
                    "Tallahassee, FL 32309",
                    "Walled garden",
                ),
                "scenes2": [("33", "EXT. WALLED GARDEN - DAY", "D", "2 6/8", "1, 2")],
            },
        ),
        _pack(
            "bigtexan",
            "Panhandle Lights",
            D(2026, 11, 14),
            "09:00",
            {
                "company": "Caprock Picture Co.  ·  (806) 555-0158",
                "set": "main dining room and the stage",
                "scenes": [
                    ("44", "INT. STEAKHOUSE - DAY", "D", "3 1/8", "1, 2, 5"),
                    ("45", "INT. STEAKHOUSE STAGE - DAY", "D", "1", "5"),
                ],
                "note": "Restaurant open: we hold the north half of the room till 5 PM.",
                # HARD: DAY 2 is a sunrise call, earlier than DAY 1's; expected: DAY 1's
                "call2": "06:15",
                "venue2": (
                    "Cadillac Ranch",
                    "13651 I-40 Frontage Rd",
                    "Amarillo, TX 79124",
                    "The ten cars, sunrise",
                ),
                "scenes2": [("50", "EXT. CADILLAC RANCH - DAWN", "D", "1 4/8", "1, 2")],
            },
        ),
    ]


# --- near misses: share call-sheet words, are not call sheets -------------------------------------


def _crew_list() -> bytes:
    """A crew contact list: departments, positions, names, phones, e-mails; no date or call."""
    c = Canvas("letter", "helvetica")
    W = c.width
    x0 = 40.0
    right = W - x0
    c.text(x0, 48, "CREW LIST", 16, bold=True)
    c.text(x0, 63, "Oak City  ·  Sir Walter Pictures  ·  rev. 3", 9)
    c.hline(x0, right, 72, 0.8)
    y = 92.0
    for dept, people in [
        (
            "PRODUCTION",
            [
                ("Producer", "Tom Beasley", "(919) 555-0112", "tom@sirwalterpics.com"),
                ("Line Producer", "Dana Royster", "(919) 555-0163", "dana@sirwalterpics.com"),
                ("Coordinator", "Kelly Pham", "(919) 555-0109", "office@sirwalterpics.com"),
            ],
        ),
        (
            "ASSISTANT DIRECTORS",
            [
                ("1st AD", "Jess Whitt", "(919) 555-0147", "jess.whitt@gmail.com"),
                ("2nd AD", "Marcus Cole", "(919) 555-0174", "mcole.ad@gmail.com"),
            ],
        ),
        (
            "CAMERA",
            [
                ("DP", "Ana Ferreira", "(919) 555-0191", "ana@ferreiradp.com"),
                ("1st AC", "Will Tate", "(919) 555-0125", "wtate.ac@gmail.com"),
            ],
        ),
        (
            "GRIP & ELECTRIC",
            [
                ("Gaffer", "Rob Lyles", "(919) 555-0138", "roblyles@outlook.com"),
                ("Key Grip", "Tasha Moore", "(919) 555-0156", "tmoore.grip@gmail.com"),
            ],
        ),
        (
            "LOCATIONS",
            [("Location Manager", "Glenn Hardy", "(919) 555-0102", "glenn@trianglelocs.com")],
        ),
    ]:
        c.text(x0, y, dept, 9, bold=True)
        y = head_table(
            c,
            x0,
            y + 14,
            ["POSITION", "NAME", "PHONE", "EMAIL"],
            [0, 130, 270, 370],
            people,
            right,
            size=8.5,
            lead=13,
        )
        y += 4
    grey(c, 120)
    c.text(x0, y + 6, "Please keep this list confidential. Updates to the coordinator.", 8)
    black(c)
    return c.output()


def _invoice() -> bytes:
    """An equipment rental invoice: pickup and return dates and times, items, totals."""
    c = Canvas("letter", "helvetica")
    W = c.width
    x0 = 48.0
    right = W - x0
    c.text(x0, 52, "PANHANDLE GRIP & LIGHTING", 14, bold=True)
    c.text(x0, 66, "2301 SE 10th Ave, Amarillo, TX 79102  ·  (806) 555-0119", 8.5)
    c.right(right, 52, "INVOICE", 16, bold=True)
    c.right(right, 68, "No. PGL-24817", 9)
    c.hline(x0, right, 78, 0.8)
    y = 100.0
    for lab, val in [
        ("Bill to:", "Caprock Picture Co. - Panhandle Lights (Acct 4471)"),
        ("Pickup:", "Friday, November 13, 2026 at 3:00 PM"),
        ("Return:", "Monday, November 16, 2026 by 10:00 AM"),
        ("Rental period:", "Weekend rate (1 day charge for Fri PM - Mon AM)"),
        ("Job site:", "The Big Texan Steak Ranch / Cadillac Ranch"),
    ]:
        c.text(x0, y, lab, 9.5, bold=True)
        c.text(x0 + 100, y, val, 9.5)
        y += 14
    y += 10
    y = head_table(
        c,
        x0,
        y,
        ["QTY", "ITEM", "RATE", "DAYS", "AMOUNT"],
        [0, 40, 330, 400, 450],
        [
            ("2", "ARRI SkyPanel S60-C kit", "$175.00", "1", "$350.00"),
            ("1", "Aputure 1200d Pro", "$150.00", "1", "$150.00"),
            ("6", 'C-stand 40" w/ arm', "$10.00", "1", "$60.00"),
            ("1", "Grip truck package (1-ton)", "$450.00", "1", "$450.00"),
            ("20", "Sandbags 25 lb", "$2.00", "1", "$40.00"),
        ],
        right,
        size=9,
        lead=14,
    )
    y += 6
    for lab, val in [
        ("Subtotal", "$1,050.00"),
        ("Sales tax 8.25%", "$86.63"),
        ("Damage waiver 10%", "$105.00"),
    ]:
        c.right(right - 90, y, lab, 9.5)
        c.right(right, y, val, 9.5)
        y += 14
    c.right(right - 90, y + 2, "TOTAL DUE", 10.5, bold=True)
    c.right(right, y + 2, "$1,241.63", 10.5, bold=True)
    y += 30
    _para(
        c,
        x0,
        y,
        "Payment due within 30 days. Late returns are billed at the daily rate per day. "
        "Equipment is checked in on return; missing or damaged items are charged at replacement.",
        8.5,
        right - x0,
        11.5,
    )
    return c.output()


def _shot_list() -> bytes:
    """A shot list / storyboard table: scene and shot numbers, framing, durations."""
    c = Canvas("letter", "helvetica", orientation="L")
    W = c.width
    x0 = 36.0
    right = W - x0
    c.text(x0, 44, "SHOT LIST", 16, bold=True)
    c.text(x0, 58, "Long Light  ·  Scenes 30-33  ·  Director: Aaron Kalmakoff  ·  DP: Nils Berg", 9)
    c.hline(x0, right, 66, 0.8)
    head_table(
        c,
        x0,
        86,
        ["SCENE", "SHOT", "DESCRIPTION", "SIZE", "MOVE", "LENS", "EST. DURATION", "NOTES"],
        [0, 46, 86, 330, 380, 450, 500, 590],
        [
            (
                "30",
                "A",
                "Anna pushes off from the shore",
                "WS",
                "Static",
                "24mm",
                "0:45",
                "dawn light",
            ),
            ("30", "B", "Paddle in the water", "ECU", "Static", "100mm", "0:20", ""),
            ("30", "C", "Anna's face, breath in the cold", "CU", "Handheld", "50mm", "0:30", ""),
            ("31", "A", "Elders gather at the village site", "WS", "Dolly in", "32mm", "1:10", ""),
            ("31", "B", "Grandfather begins the story", "MCU", "Static", "65mm", "2:00", "2 cams"),
            ("31", "C", "Listeners' reactions", "CU", "Slider", "85mm", "1:30", ""),
            ("33", "A", "Dancers warm up", "MS", "Steadicam", "35mm", "1:00", "playback"),
            ("33", "B", "Drum close-up", "ECU", "Static", "100mm", "0:15", ""),
        ],
        right,
        size=8.5,
        lead=15,
        ruled=True,
    )
    grey(c, 120)
    c.text(
        x0, c.pdf.h - 28, "Total est. screen time 7:30  ·  storyboard frames in the shared drive", 8
    )
    black(c)
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "near_miss_crew_list",
            "near_miss",
            "crew contact list: departments, positions, names, phones, e-mails",
            _crew_list,
            OTHER,
        ),
        _sheet(
            "near_miss_invoice",
            "near_miss",
            "equipment rental invoice: pickup and return dates and times, items, totals",
            _invoice,
            OTHER,
        ),
        _sheet(
            "near_miss_shot_list",
            "near_miss",
            "shot list table: scene and shot numbers, framing, estimated durations",
            _shot_list,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_binder_sheets(),
        *_hero_sheets(),
        *_celtx_sheets(),
        *_gsheet_sheets(),
        *_memo_sheets(),
        *_pack_sheets(),
        *_other_sheets(),
    ]
