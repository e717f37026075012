"""Thirty-seventh held-out set: the issue's kinds from eighth makers, in cities not yet in the
corpus (`fresh36_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh36"). UK TV drama unit-call grids from Ipswich, Newport and Paisley (DATE |
UNIT CALL | SET LOCATION ruled over a row of values, "Tuesday 13th October 2026", a left-aligned
"Hospital: ..." line a few millimetres under the grid), Australian / New Zealand TVC sheets from
Mackay, Port Macquarie and Palmerston North (a big CALL TIME box, "Crew call 0630 for 0700 shoot",
a sun block, UNIT BASE, "NEAREST HOSPITAL (24HR ED)"), Dutch and Flemish dagplanningen from
Leeuwarden, Nijmegen and Mechelen ("Draaidag 3 van 15", "vrijdag 9 oktober 2026", "Verzameltijd",
"Locatie", "Ziekenhuis (SEH)", "zonsopkomst / zonsondergang"), Polish plans typed in Word from
Leszno, Inowrocław and Ostrołęka (a ruled header table, "wersja 2", "poprawka", "9 października
2026 r." or "21.10.2026"), crew texts and e-mails printed to PDF from Oamaru, Namur and Ithaca
("Tomorrow 14/10: call 7.30, loc: ...", "Call 07h30 @ unit base", "call 7:30a"), and US indie
feature sheets from Pensacola, Lubbock and Olympia ("Shoot Day 4 of 18", general crew call and
shooting call, numbered locations, a hospital with its ER and an urgent care both listed). Three
near misses (a catering order, a crew timesheet, a location scout report) must read as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from tests.corpus.draw import Canvas, black, centre, grey
from tests.corpus.formats import PL_GENITIVE, add_minutes, ordinal, pl_weekday
from tests.corpus.fresh_common import (
    cast_times,
    clock,
    crew_times,
    date_or,
    expect,
    fill,
    head_table,
    paragraph,
    sheet_maker,
    time_or,
    wrap,
)
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date
OTHER = {"document_type": "other"}

NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]

P: dict[str, Place] = {
    # (1) UK TV drama unit-call grids: Ipswich, Newport, Paisley
    "christchurch": _p(
        "uk",
        "Christchurch Mansion",
        "Soane Street",
        "Ipswich IP4 2BE",
        52.0627,
        1.1553,
        "Europe/London",
        "Ipswich Hospital",
        "Heath Road",
        "Ipswich IP4 5PD",
        "01473 712233",
        "Christchurch Park, Westerfield Road gate car park",
        "Ipswich IP4 2XT",
    ),
    "tredegar": _p(
        "uk",
        "Tredegar House",
        "Pencarn Way",
        "Newport NP10 8YW",
        51.5617,
        -3.0322,
        "Europe/London",
        "The Grange University Hospital",
        "Caerleon Road, Llanfrechfa",
        "Cwmbran NP44 8YN",
        "01633 493100",
        "Tredegar House coach park, Pencarn Way",
        "Newport NP10 8YW",
    ),
    "paisleyabbey": _p(
        "uk",
        "Paisley Abbey",
        "Abbey Close",
        "Paisley PA1 1JG",
        55.8452,
        -4.4222,
        "Europe/London",
        "Royal Alexandra Hospital",
        "Corsebar Road",
        "Paisley PA2 9PN",
        "0141 887 9111",
        "Abercorn Street multi-storey car park",
        "Paisley PA3 4AB",
    ),
    # (2) Australian / New Zealand TVC sheets: Mackay, Port Macquarie, Palmerston North
    "bluewater": _p(
        "au",
        "Bluewater Lagoon",
        "River Street",
        "Mackay QLD 4740",
        -21.1405,
        149.1885,
        "Australia/Brisbane",
        "Mackay Base Hospital",
        "475 Bridge Road",
        "West Mackay QLD 4740",
        "(07) 4885 6000",
        "Caneland Park car park, Mangrove Road",
        "Mackay QLD 4740",
    ),
    "tackingpoint": _p(
        "au",
        "Tacking Point Lighthouse",
        "Lighthouse Road",
        "Port Macquarie NSW 2444",
        -31.4750,
        152.9378,
        "Australia/Sydney",
        "Port Macquarie Base Hospital",
        "Wrights Road",
        "Port Macquarie NSW 2444",
        "(02) 5524 2000",
        "Lighthouse Beach car park, Matthew Flinders Drive",
        "Port Macquarie NSW 2444",
    ),
    "temanawa": _p(
        "nz",
        "Te Manawa",
        "326 Main Street",
        "Palmerston North 4410",
        -40.3571,
        175.6090,
        "Pacific/Auckland",
        "Palmerston North Hospital",
        "50 Ruahine Street",
        "Palmerston North 4414",
        "(06) 356 9169",
        "Central Energy Trust Arena car park, Cuba Street",
        "Palmerston North 4410",
    ),
    # (3) Dutch / Flemish dagplanning: Leeuwarden, Nijmegen, Mechelen
    "friesmuseum": _p(
        "eu",
        "Fries Museum",
        "Wilhelminaplein 92",
        "8911 BS Leeuwarden",
        53.2006,
        5.7948,
        "Europe/Amsterdam",
        "Medisch Centrum Leeuwarden",
        "Henri Dunantweg 2",
        "8934 AD Leeuwarden",
        "058 286 6666",
        "Parkeergarage Oldehoofsterkerkhof",
        "8911 DH Leeuwarden",
    ),
    "valkhof": _p(
        "eu",
        "Museum Het Valkhof",
        "Kelfkensbos 59",
        "6511 TB Nijmegen",
        51.8468,
        5.8703,
        "Europe/Amsterdam",
        "Radboudumc",
        "Geert Grooteplein Zuid 10",
        "6525 GA Nijmegen",
        "024 361 1111",
        "Parkeergarage Keizer Karelplein",
        "6511 NH Nijmegen",
    ),
    "dossin": _p(
        "eu",
        "Kazerne Dossin",
        "Goswin de Stassartstraat 153",
        "2800 Mechelen",
        51.0325,
        4.4747,
        "Europe/Brussels",
        "AZ Sint-Maarten",
        "Liersesteenweg 435",
        "2800 Mechelen",
        "015 89 10 10",
        "Parking Kathedraal, Vijfhoek",
        "2800 Mechelen",
    ),
    # (4) Polish plans typed in Word: Leszno, Inowrocław, Ostrołęka
    "ratuszleszno": _p(
        "pl",
        "Ratusz w Lesznie",
        "Rynek 1",
        "64-100 Leszno",
        51.8408,
        16.5747,
        "Europe/Warsaw",
        "Wojewódzki Szpital Zespolony w Lesznie",
        "ul. Jana Kiepury 45",
        "64-100 Leszno",
        "+48 65 525 31 00",
        "ul. Słowiańska (parking miejski)",
        "64-100 Leszno",
    ),
    "kasprowicz": _p(
        "pl",
        "Muzeum im. Jana Kasprowicza",
        "ul. Solankowa 33",
        "88-100 Inowrocław",
        52.7866,
        18.2537,
        "Europe/Warsaw",
        "Szpital Wielospecjalistyczny im. dr. Ludwika Błażka",
        "ul. Poznańska 97",
        "88-100 Inowrocław",
        "+48 52 354 55 00",
        "ul. Świętokrzyska (parking przy Parku Solankowym)",
        "88-100 Inowrocław",
    ),
    "kurpiowska": _p(
        "pl",
        "Muzeum Kultury Kurpiowskiej",
        "ul. Piłsudskiego 8",
        "07-410 Ostrołęka",
        53.0833,
        21.5720,
        "Europe/Warsaw",
        "Mazowiecki Szpital Specjalistyczny im. dr. Józefa Psarskiego",
        "al. Jana Pawła II 120A",
        "07-410 Ostrołęka",
        "+48 29 765 21 00",
        "pl. gen. Józefa Bema (parking)",
        "07-410 Ostrołęka",
    ),
    # (5) memos and one-liners: Oamaru, Namur, Ithaca
    "operahouse": _p(
        "nz",
        "Oamaru Opera House",
        "94 Thames Street",
        "Oamaru 9400",
        -45.0977,
        170.9706,
        "Pacific/Auckland",
        "Oamaru Hospital",
        "8 Steward Street",
        "Oamaru 9400",
        "(03) 433 0290",
        "Itchen Street car park",
        "Oamaru 9400",
    ),
    "citadelle": _p(
        "eu",
        "Citadelle de Namur",
        "Route Merveilleuse 64",
        "5000 Namur",
        50.4606,
        4.8605,
        "Europe/Brussels",
        "CHR Sambre et Meuse",
        "Avenue Albert Ier 185",
        "5000 Namur",
        "+32 81 72 61 11",
        "Parking Terra Nova, Route Merveilleuse",
        "5000 Namur",
    ),
    "cinemapolis": _p(
        "us",
        "Cinemapolis",
        "120 E Green St",
        "Ithaca, NY 14850",
        42.4381,
        -76.4969,
        "America/New_York",
        "Cayuga Medical Center",
        "101 Dates Dr",
        "Ithaca, NY 14850",
        "(607) 274-4011",
        "Green Street Garage, 110 E Green St",
        "Ithaca, NY 14850",
    ),
    # (6) US indie features: Pensacola, Lubbock, Olympia
    "saenger": _p(
        "us",
        "Saenger Theatre",
        "118 S Palafox Pl",
        "Pensacola, FL 32502",
        30.4109,
        -87.2153,
        "America/Chicago",
        "Ascension Sacred Heart Pensacola",
        "5151 N 9th Ave",
        "Pensacola, FL 32504",
        "(850) 416-7000",
        "Jefferson Street Garage, 30 S Jefferson St",
        "Pensacola, FL 32502",
    ),
    "buddyholly": _p(
        "us",
        "Buddy Holly Center",
        "1801 Crickets Ave",
        "Lubbock, TX 79401",
        33.5846,
        -101.8432,
        "America/Chicago",
        "University Medical Center",
        "602 Indiana Ave",
        "Lubbock, TX 79415",
        "(806) 775-8200",
        "Depot District lot, 19th St & Buddy Holly Ave",
        "Lubbock, TX 79401",
    ),
    "capitol": _p(
        "us",
        "Washington State Capitol",
        "416 Sid Snyder Ave SW",
        "Olympia, WA 98504",
        47.0358,
        -122.9048,
        "America/Los_Angeles",
        "Providence St. Peter Hospital",
        "413 Lilly Rd NE",
        "Olympia, WA 98506",
        "(360) 491-9480",
        "Visitor lot, 11th Ave SW & Water St",
        "Olympia, WA 98501",
    ),
}


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "nl_uur": f"{h:02d}.{m:02d} uur",  # "07.30 uur"
        "pl": f"{h}:{m:02d}",  # "7:30"
        "text_dot": f"{h12}.{m:02d}",  # "7.30" in a crew text
        "us_a": f"{h12}:{m:02d}{ap[0].lower()}",  # "7:30a"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "uk_tv": f"{d:%A} {ordinal(d.day)} {d:%B} {d.year}",  # "Tuesday 13th October 2026"
        "au_long": f"{d:%A} {d.day} {d:%B} {d.year}",
        "au_short": f"{d:%a} {d.day:02d}/{d.month:02d}/{d:%y}",  # "Tue 20/10/26"
        "nl_long": f"{NL_DAYS[d.weekday()]} {d.day} {NL_MONTHS[d.month - 1]} {d.year}",
        "nl_short": f"{NL_DAYS[d.weekday()][:2]} {d.day:02d}-{d.month:02d}-{d.year}",
        "pl_gen_r": f"{d.day} {PL_GENITIVE[d.month - 1]} {d.year} r.",
        "pl_gen_wd": f"{pl_weekday(d)}, {d.day} {PL_GENITIVE[d.month - 1]} {d.year} r.",
        "pl_dots0": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "us_long": f"{d:%A}, {d:%B} {d.day}, {d.year}",
        "us_abbrev": f"{d:%a}, {d:%b} {d.day}, {d.year}",
        "mon_slash_yy": f"{d:%a} {d:%b} {d.day}/{d:%y}",  # "Wed Oct 14/26"
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh36")
_para = paragraph
_table = head_table


# --- (1) UK TV drama unit-call grids: DATE | UNIT CALL | SET LOCATION, hospital line under -----


def _grid(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "military"

    def make() -> bytes:
        c = Canvas("A4", "helvetica")
        W = c.width
        x0 = 40.0
        right = W - x0
        c.text(x0, 44, g["company"], 9, bold=True)
        grey(c, 100)
        c.text(x0, 55, g["company_addr"], 7.5)
        black(c)
        c.right(right, 44, f"CALL SHEET {g['no']}", 13, bold=True)
        c.right(right, 58, g["block"], 8.5)
        c.text(x0, 86, title.upper(), 20, bold=True)
        c.text(x0, 101, g["credits"], 8)
        # the grid: three heads, a row of values under them
        y = 116.0
        widths = [150.0, 90.0, right - x0 - 240.0]
        heads = ["DATE", "UNIT CALL", "SET LOCATION"]
        c.grid(x0, y, widths, [16.0, 58.0])
        xx = x0
        for w, h in zip(widths, heads, strict=True):
            fill(c, xx + 0.5, y + 0.5, w - 1, 15, 225)
            c.text(xx + 5, y + 11.5, h, 8, bold=True)
            xx += w
        vy = y + 32
        c.text(x0 + 5, vy, day_text(day, "uk_tv"), 9.5, bold=True)
        c.text(x0 + 5, vy + 13, g["day_of"], 8)
        c.text(x0 + widths[0] + 8, vy + 6, hm(call, t), 18, bold=True)
        lx = x0 + widths[0] + widths[1] + 5
        for k, ln in enumerate([p.name, p.street, p.city, g["set"]]):
            fit(c, lx, vy - 4 + 12 * k, ln, 8.5, widths[2] - 10, bold=k == 0)
        y += 74
        # a few millimetres under the grid, left-aligned
        y += 12
        fit(
            c,
            x0,
            y,
            f"Hospital: {p.hospital}, {p.hospital_street}, {p.hospital_city}{g['hosp_note']}",
            8.5,
            right - x0,
        )
        y += 20
        for lab, val in [
            ("Unit base:", f"{p.base_street}, {p.base_city} ({g['base_note']})"),
            ("Breakfast:", f"{hm(add_minutes(call, -45), t)} - {hm(add_minutes(call, -5), t)}"),
            (
                "Rehearse / shoot:",
                f"{hm(add_minutes(call, 15), t)} / {hm(add_minutes(call, 45), t)}",
            ),
            ("Lunch:", f"{hm(add_minutes(call, 330), t)} (one hour, at base)"),
            ("Wrap:", f"{hm(add_minutes(call, 660), t)} (camera wrap)"),
            ("Sunrise / Sunset:", f"{hm(rise, t)} / {hm(fall, t)}"),
            ("Weather:", g["weather"]),
        ]:
            c.text(x0, y, lab, 8.5, bold=True)
            c.text(x0 + 92, y, val, 8.5)
            y += 12
        y += 12
        y = _table(
            c,
            x0,
            y,
            ["SC", "SET / DESCRIPTION", "D/N", "PAGES", "CAST"],
            [0, 32, 320, 362, 410],
            g["scenes"],
            right,
            size=8.5,
            lead=13,
        )
        y += 4
        y = _table(
            c,
            x0,
            y,
            ["NO.", "ARTIST", "CHARACTER", "P/UP", "M/UP", "ON SET"],
            [0, 28, 160, 290, 360, 440],
            cast_times(g["cast"], call, partial(hm, style=t), (0, 25, 95), numbered=True),
            right,
            size=8.5,
            lead=13,
        )
        y += 6
        _para(c, x0, y, g["notes"], 8.5, right - x0, 11)
        grey(c, 110)
        c.text(x0, c.pdf.h - 26, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"grid_{key}",
        "uk_tv_grid",
        "UK TV drama unit-call sheet: DATE | UNIT CALL | SET LOCATION grid over a row of values, "
        "'Tuesday 13th October 2026', a left-aligned 'Hospital:' line a few mm under it",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _grid_sheets() -> list[Sheet]:
    return [
        _grid(
            "christchurch",
            "Orwell Street",
            D(2026, 10, 13),
            "07:30",
            {
                "company": "Gipping Valley Television Ltd",
                "company_addr": "Neptune Quay, Ipswich IP4 1AX  ·  01473 555 0140",
                "no": "23",
                "block": "Block 3  ·  Episodes 5 & 6",
                "credits": "Director: Harriet Lowe   Producer: Sam Okafor   1st AD: Callum Reeve",
                "day_of": "Day 23 of 48",
                "set": "Tudor kitchen and the long gallery",
                "hosp_note": "",
                "base_note": "trucks, honeywagon, catering",
                "weather": "Light cloud, 13°C, SW 10 mph, dry until 1600",
                "scenes": [
                    ("5/14", "INT. MANSION KITCHEN - DAY", "D", "2 3/8", "1, 3"),
                    ("5/15", "INT. LONG GALLERY - DAY", "D", "1 1/8", "1, 2"),
                    ("6/02", "INT. MANSION KITCHEN - DAY", "D", "6/8", "3"),
                ],
                "cast": [
                    ("Olivia Marsh", "JUNE", -90),
                    ("Kwame Asante", "DS FROST", -60),
                    ("Penny Hale", "MRS DALE", 30),
                ],
                "notes": "Mansion open to the public from 1000: no crew in the Tudor rooms "
                "before unit call. Soft shoes only on the gallery floor.",
                "footer": "Orwell Street  ·  Call Sheet 23  ·  Gipping Valley Television",
            },
        ),
        _grid(
            "tredegar",
            "Usk Tide",
            D(2026, 10, 22),
            "07:00",
            {
                "company": "Caerleon Road Pictures",
                "company_addr": "Chartist Tower, Upper Dock Street, Newport NP20 1DW",
                "no": "31",
                "block": "Block 4  ·  Episode 7",
                "credits": "Director: Bethan Hughes   Producer: Iwan Price   1st AD: Ffion Rees",
                # HARD: the A&E hospital is in Cwmbran; the sheet warns off the nearer Royal Gwent
                "hosp_note": " (A&E) - NOT the Royal Gwent (no A&E)",
                "day_of": "Day 31 of 50",
                "set": "Great hall, the stables and the orangery",
                "base_note": "unit vehicles, costume, make-up",
                "weather": "Rain clearing by 1100, 11°C, W 15 mph",
                "scenes": [
                    ("7/21", "INT. GREAT HALL - DAY", "D", "3", "1, 2, 4"),
                    ("7/22", "EXT. STABLE YARD - DAY", "D", "1 4/8", "2"),
                ],
                "cast": [
                    ("Sion Jenkins", "GARETH", -75),
                    ("Mali Evans", "CERYS", -60),
                    ("Robert Teague", "LORD MORGAN", 45),
                ],
                "notes": "National Trust rules: no food or drink in the house. Horses on site "
                "from 0900, wranglers' instructions apply in the stable yard.",
                "footer": "Usk Tide  ·  Call Sheet 31  ·  Caerleon Road Pictures",
            },
        ),
        _grid(
            "paisleyabbey",
            "The Weavers",
            D(2026, 11, 2),
            "08:00",
            {
                "company": "Renfrew Street Films",
                "company_addr": "Abbey Mill Business Centre, Seedhill Road, Paisley PA1 1TJ",
                "no": "9",
                "block": "Block 1  ·  Episodes 1 & 2",
                "credits": "Director: Ailsa Munro   Producer: Graeme Kerr   1st AD: Rory Baird",
                "hosp_note": "",
                "day_of": "Day 9 of 40",
                "set": "Nave, cloister and the choir",
                "base_note": "level 2, dining bus and trucks",
                "weather": "Overcast, 8°C, showers from 1300",
                "scenes": [
                    ("1/30", "INT. ABBEY NAVE - DAY", "D", "2 2/8", "1, 2"),
                    ("1/31", "EXT. CLOISTER - DAY", "D", "1", "1"),
                    ("2/04", "INT. ABBEY CHOIR - DAY", "D", "1 5/8", "2, 5"),
                ],
                "cast": [
                    ("Kirsty Blane", "JESSIE", -90),
                    ("Andrew Moffat", "REV. LAING", -45),
                ],
                "notes": "Abbey services at 1200: full quiet on set 1155-1230. Choir stalls "
                "are not to be moved.",
                "footer": "The Weavers  ·  Call Sheet 9  ·  Renfrew Street Films",
            },
        ),
    ]


# --- (2) Australian / New Zealand TVC: a big CALL TIME box, sun block, UNIT BASE, 24HR ED ------


def _tvc(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "military"
    shoot = add_minutes(call, 30)

    def make() -> bytes:
        c = Canvas("A4", "helvetica")
        W = c.width
        x0 = 36.0
        right = W - x0
        fill(c, x0, 30, right - x0, 40, 40)
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0 + 10, 48, g["company"], 11, bold=True)
        c.text(x0 + 10, 61, g["company_addr"], 7.5)
        c.right(right - 10, 48, "TVC CALL SHEET", 13, bold=True)
        c.right(right - 10, 61, day_text(day, g["date_style"]), 9)
        black(c)
        c.text(x0, 96, title, 18, bold=True)
        y = 112.0
        for lab, val in [
            ("Client:", g["client"]),
            ("Agency:", g["agency"]),
            ("Job no.:", g["job"]),
            ("Director:", g["director"]),
            ("Producer:", g["producer"]),
        ]:
            c.text(x0, y, lab, 8.5, bold=True)
            c.text(x0 + 58, y, val, 8.5)
            y += 11.5
        bx = W - 236
        if g.get("split_cell"):
            # HARD: "Crew call" alone in a head cell, its time in the cell below
            cw = [50.0, 50.0, 50.0, 50.0]
            c.grid(bx, 92, cw, [16.0, 30.0])
            for i, (lab, val) in enumerate(
                [
                    ("Crew call", hm(call, t)),
                    ("Shoot", hm(shoot, t)),
                    ("Lunch", hm(add_minutes(call, 330), t)),
                    ("Wrap", hm(add_minutes(call, 630), t)),
                ]
            ):
                cx = bx + sum(cw[:i])
                fill(c, cx + 0.5, 92.5, cw[i] - 1, 15, 225)
                fit(c, cx + 4, 103.5, lab, 7.5, cw[i] - 8, bold=True)
                c.text(cx + 5, 126, val, 13 if i == 0 else 10, bold=i == 0)
            c.text(bx, 154, f"Talent call {hm(add_minutes(call, 30), t)} at unit base", 8)
        else:
            c.box(bx, 86, 200, 74, 1.6)
            c.text(bx + 10, 102, "CALL TIME", 10, bold=True)
            c.text(bx + 10, 134, hm(call, t), 28, bold=True)
            c.text(bx + 10, 152, f"Crew call {hm(call, t)} for {hm(shoot, t)} shoot", 8.5)
        y = 182.0
        third = (right - x0 - 16) / 3
        blocks = [
            ("LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("UNIT BASE", [p.base_street, p.base_city, g["base_note"]]),
            (
                "NEAREST HOSPITAL (24HR ED)",
                [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
            ),
        ]
        for i, (head, lines) in enumerate(blocks):
            bx2 = x0 + i * (third + 8)
            fill(c, bx2, y, third, 14, 200)
            fit(c, bx2 + 4, y + 10.5, head, 8, third - 8, bold=True)
            yy = y + 26
            for k, ln in enumerate(lines):
                fit(c, bx2 + 4, yy, ln, 8.5, third - 8, bold=k == 0)
                yy += 11
            c.box(bx2, y, third, 70, 0.5)
        y += 86
        c.box(x0, y, right - x0, 36, 0.5)
        c.text(x0 + 6, y + 13, "SUN & WEATHER", 8, bold=True)
        c.text(
            x0 + 6,
            y + 27,
            f"Sunrise {hm(rise, t)}   Sunset {hm(fall, t)}   {g['weather']}",
            8.5,
        )
        c.right(right - 6, y + 13, f"Emergency {g['emergency']}", 8, bold=True)
        y += 56
        y = _table(
            c,
            x0,
            y,
            ["TIME", "SHOT / ACTION", "TALENT", "NOTES"],
            [0, 50, 300, 400],
            [(hm(add_minutes(call, o), t), a, b, n) for o, a, b, n in g["schedule"]],
            right,
            size=8.5,
            lead=13,
        )
        y += 4
        y = _table(
            c,
            x0,
            y,
            ["ROLE", "NAME", "MOBILE", "CALL"],
            [0, 130, 290, 420],
            crew_times(g["crew"], call, partial(hm, style=t)),
            right,
            size=8.5,
            lead=12.5,
        )
        y += 6
        _para(c, x0, y, g["notes"], 8, right - x0, 10.5)
        return c.output()

    return _sheet(
        f"tvc_{key}",
        "anz_tvc_box",
        "Australian / NZ TVC sheet, A4: a big CALL TIME box, 'Crew call 0630 for 0700 shoot', "
        "LOCATION / UNIT BASE / NEAREST HOSPITAL (24HR ED), a sun & weather strip",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _tvc_sheets() -> list[Sheet]:
    return [
        _tvc(
            "bluewater",
            "Sugar Coast Summer",
            D(2026, 10, 15),
            "06:30",
            {
                "company": "Pioneer River Films Pty Ltd",
                "company_addr": "Level 1, 44 Wood Street, Mackay QLD 4740  ·  (07) 5550 1180",
                "date_style": "au_long",
                "client": "Mackay Isaac Tourism",
                "agency": "Reefside Creative",
                "job": "PRF-2641 (30s + 15s)",
                "director": "Tegan Walsh",
                "producer": "Liam O'Dwyer",
                "set": "Lagoon edge, waterslide and the boardwalk",
                "base_note": "catering tent, wardrobe & HMU van",
                "weather": "Sunny, 21°C to 29°C, UV 11 (extreme)",
                "emergency": "000",
                "schedule": [
                    (30, "Wide: family arrives at the lagoon", "Family of 4", "Golden light"),
                    (120, "Waterslide POV, GoPro", "Kids x2", "Lifeguard on deck"),
                    (300, "Boardwalk ice-cream close-ups", "Family of 4", ""),
                ],
                "crew": [
                    ("Producer", "Liam O'Dwyer", "0412 555 101", 0),
                    ("1st AD", "Shannon Pike", "0412 555 112", 0),
                    ("DOP", "Marco Ruiz", "0412 555 123", 0),
                    ("Gaffer", "Dean Tully", "0412 555 134", -30),
                    ("HMU", "Ruby Anand", "0412 555 145", -45),
                ],
                "notes": "Slip-slop-slap: sunscreen and hats at all times. Lagoon stays open to "
                "the public; lifeguards' directions apply.",
            },
        ),
        _tvc(
            "tackingpoint",
            "Coastal Drive",
            D(2026, 10, 20),
            "06:00",
            {
                "company": "Hastings Point Productions",
                "company_addr": "12 Short Street, Port Macquarie NSW 2444  ·  (02) 5550 2291",
                "date_style": "au_short",
                "client": "Mid North Coast Motors",
                "agency": "Tidal & Co.",
                "job": "HPP-1020",
                "director": "Nick Alderton",
                "producer": "Jess Kwan",
                "set": "Lighthouse lawn and the headland lookout",
                "base_note": "trucks and honey wagon",
                "weather": "Fine, 15°C to 24°C, NE 15 km/h",
                "emergency": "000",
                "schedule": [
                    (30, "Hero car arrives at the lighthouse at sunrise", "Driver", "Low sun"),
                    (150, "Drone: headland reveal", "-", "CASA-approved operator"),
                    (360, "Interior car dialogue, lookout", "Couple", ""),
                ],
                "crew": [
                    ("Producer", "Jess Kwan", "0423 555 201", 0),
                    ("DOP", "Ollie Brandt", "0423 555 212", 0),
                    ("Drone Op", "Kiri Hale", "0423 555 223", 0),
                    ("Precision driver", "Mick Fenn", "0423 555 234", 30),
                ],
                "notes": "Lighthouse grounds are Crown land: permit in the unit base. Keep the "
                "walking track clear for the public.",
            },
        ),
        _tvc(
            "temanawa",
            "Open Doors",
            D(2026, 11, 6),
            "07:00",
            {
                "split_cell": True,
                "company": "Manawatū Pictures Ltd",
                "company_addr": "85 The Square, Palmerston North 4410  ·  (06) 555 0170",
                "date_style": "au_long",
                "client": "Te Manawa Museums Trust",
                "agency": "Square One Agency",
                "job": "MP-1106",
                "director": "Anahera Kingi",
                "producer": "Ben Fowler",
                "set": "Science gallery and the atrium",
                "base_note": "cast holding and catering",
                "weather": "Cloudy, 11°C to 18°C, W 25 km/h",
                "emergency": "111",
                "schedule": [
                    (30, "Atrium wide: doors open", "Family", ""),
                    (150, "Science gallery: kids at the exhibits", "Kids x3", "Chaperone on set"),
                    (330, "Lunch", "-", ""),
                ],
                "crew": [
                    ("Producer", "Ben Fowler", "021 555 301", 0),
                    ("DOP", "Sione Tupou", "021 555 312", 0),
                    ("Art Director", "Hana Reid", "021 555 323", -60),
                    ("Sound", "Josh Meikle", "021 555 334", 0),
                ],
                "notes": "Museum open from 10:00 - quiet in the galleries. Children's chaperone "
                "and licences with the producer.",
            },
        ),
    ]


# --- (3) Dutch / Flemish dagplanning: Draaidag 3 van 15, Verzameltijd, Ziekenhuis (SEH) ----------


def _dag(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time_style"]

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        x0 = 44.0
        right = W - x0
        c.text(x0, 46, g["company"], 9, bold=True)
        c.right(right, 46, f"verstuurd: {g['sent']}", 8)
        centre(c, 80, "CALLSHEET / DAGPLANNING", 14)
        centre(c, 100, f"„{title}”", 16)
        centre(c, 116, g["credits"], 8.5, bold=False)
        y = 138.0
        c.box(x0, y, right - x0, 30, 1.0)
        c.text(x0 + 8, y + 19, g["day_of"], 11, bold=True)
        c.right(right - 8, y + 19, day_text(day, g["date_style"]), 11, bold=True)
        y += 50
        half = (right - x0 - 14) / 2
        # TIJDEN left, LOCATIE right
        c.text(x0, y, "TIJDEN", 9, bold=True)
        c.hline(x0, x0 + half, y + 4, 0.6)
        yy = y + 18
        rows = [
            *g["pre_rows"],
            (g.get("call_label", "Verzameltijd"), call, True),
            ("Eerste opname", add_minutes(call, 60), False),
            ("Lunch", add_minutes(call, 330), False),
            ("Einde draaidag", add_minutes(call, 630), False),
        ]
        for lab, tm, bold in rows:
            c.text(x0, yy, lab, 9, bold=bold)
            c.text(x0 + 150, yy, hm(tm, t), 9.5 if bold else 9, bold=bold)
            yy += 13
        c.text(x0, yy + 4, f"zonsopkomst / zonsondergang: {hm(rise, t)} / {hm(fall, t)}", 8.5)
        c.text(x0, yy + 17, f"Weer: {g['weather']}", 8.5)
        lx = x0 + half + 14
        c.text(lx, y, "LOCATIE", 9, bold=True)
        c.hline(lx, right, y + 4, 0.6)
        yy2 = y + 18
        for k, ln in enumerate([p.name, p.street, p.city, g["set"]]):
            fit(c, lx, yy2, ln, 9, half, bold=k == 0)
            yy2 += 12
        yy2 += 6
        c.text(lx, yy2, "Parkeren / basis", 8.5, bold=True)
        yy2 += 12
        for ln in [p.base_street, p.base_city]:
            fit(c, lx, yy2, ln, 8.5, half)
            yy2 += 11
        y = max(yy + 30, yy2) + 14
        c.box(x0, y, right - x0, 44, 0.6)
        c.text(x0 + 6, y + 13, g["hosp_head"], 8.5, bold=True)
        c.text(x0 + 6, y + 26, p.hospital, 9, bold=True)
        c.text(
            x0 + 6,
            y + 38,
            f"{p.hospital_street}, {p.hospital_city}  ·  tel. {p.hospital_phone}",
            8.5,
        )
        c.right(right - 6, y + 13, "Alarmnummer 112", 8.5, bold=True)
        y += 64
        y = _table(
            c,
            x0,
            y,
            ["SC.", "OMSCHRIJVING", "D/N", "PAG.", "CAST"],
            [0, 34, 300, 340, 390],
            g["scenes"],
            right,
            size=8.5,
            lead=13,
        )
        y += 4
        y = _table(
            c,
            x0,
            y,
            ["FUNCTIE", "NAAM", "TELEFOON", "AANWEZIG"],
            [0, 130, 290, 410],
            crew_times(g["crew"], call, partial(hm, style=t)),
            right,
            size=8.5,
            lead=12.5,
        )
        y += 6
        _para(c, x0, y, f"Opmerkingen: {g['notes']}", 8.5, right - x0, 11)
        return c.output()

    return _sheet(
        f"dag_{key}",
        "nl_dagplanning",
        "Dutch / Flemish callsheet - dagplanning, A4: 'Draaidag 3 van 15', 'vrijdag 9 oktober "
        "2026', TIJDEN with Verzameltijd, LOCATIE, Ziekenhuis (SEH), zonsopkomst / zonsondergang",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _dag_sheets() -> list[Sheet]:
    return [
        _dag(
            "friesmuseum",
            "Het Elfde Uur",
            D(2026, 10, 9),
            "07:30",
            {
                "time_style": "h24",
                "company": "Wadden Film B.V.",
                "sent": "do 8 oktober 2026, 19:10",
                "credits": "Regie: Sietske de Vries   Productie: Jelle Hoekstra",
                "day_of": "Draaidag 3 van 15",
                "date_style": "nl_long",
                "pre_rows": [("Grime & kostuum", "06:45", False)],
                "weather": "bewolkt, 12°C, wind ZW 4",
                "set": "Mata Hari-zaal en de hal",
                "hosp_head": "ZIEKENHUIS (SEH)",
                "scenes": [
                    ("12", "BI. MUSEUMZAAL - DAG", "D", "2 3/8", "1, 2"),
                    ("13", "BI. HAL - DAG", "D", "1", "1"),
                ],
                "crew": [
                    ("1e regieassistent", "Marit Bakker", "06 5550 1201", 0),
                    ("Cameraman", "Douwe Postma", "06 5550 1212", 0),
                    ("Grime", "Anouk Visser", "06 5550 1223", -45),
                    ("Opnameleider", "Ruben Smit", "06 5550 1234", -30),
                ],
                "notes": "Museum open vanaf 11.00: geen ploeg in de publieksruimten daarna.",
            },
        ),
        _dag(
            "valkhof",
            "Waalbrug",
            D(2026, 10, 27),
            "08:00",
            {
                "time_style": "nl_uur",
                "company": "Lindenberg Producties",
                "sent": "maandag 26 oktober 2026",
                "credits": "Regie: Thijs Verhoeven   Productie: Esra Yilmaz",
                "day_of": "DRAAIDAG 7 / 20",
                "date_style": "nl_long",
                # HARD: the cast's earlier gathering time sits right above the crew's
                "pre_rows": [("Verzameltijd cast (grime)", "07:00", False)],
                "call_label": "Verzameltijd crew",
                "weather": "regen in de ochtend, 10°C",
                "set": "Romeinse zaal en het dakterras",
                "hosp_head": "ZIEKENHUIS (SEH)",
                "scenes": [
                    ("31", "BI. ROMEINSE ZAAL - DAG", "D", "3", "1, 4"),
                    ("33", "BU. DAKTERRAS - DAG", "D", "1 2/8", "1"),
                ],
                "crew": [
                    ("1e regieassistent", "Koen Jansen", "06 5550 2201", 0),
                    ("Cameravrouw", "Lotte Willems", "06 5550 2212", 0),
                    ("Geluid", "Bas Hendriks", "06 5550 2223", 0),
                ],
                "notes": "Dakterras alleen met begeleiding van de museumbeveiliging.",
            },
        ),
        _dag(
            "dossin",
            "De Dijlezonen",
            D(2026, 11, 12),
            "07:00",
            {
                "time_style": "h24",
                "company": "Dijleland Films bvba",
                "sent": "wo 11-11-2026, 20:30",
                "credits": "Regie: Lien Peeters   Productie: Wouter Claes",
                "day_of": "Draaidag 11 van 30",
                "date_style": "nl_short",
                "pre_rows": [("Ontbijt", "06:30", False)],
                "weather": "mist, later opklaringen, 7°C",
                "set": "Inkomhal en de binnenkoer",
                "hosp_head": "DICHTSTBIJZIJNDE ZIEKENHUIS (SPOED)",
                "scenes": [
                    ("48", "BI. INKOMHAL - DAG", "D", "1 6/8", "2, 3"),
                    ("49", "BU. BINNENKOER - DAG", "D", "2", "2"),
                ],
                "crew": [
                    ("1ste regieassistent", "Jana Maes", "0475 55 01 01", 0),
                    ("D.O.P.", "Pieter Goossens", "0475 55 01 12", 0),
                    ("Kostuum", "Sara Wuyts", "0475 55 01 23", -60),
                ],
                "notes": "Gedenkplaats: stilte en respect. Geen opnames in de kazematten.",
            },
        ),
    ]


# --- (4) Polish plans typed in Word: a header table, wersja 2, poprawka -------------------------


def _word(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time_style"]

    def make() -> bytes:
        c = Canvas("A4", "serif")
        W = c.width
        x0 = 57.0  # Word's 2 cm margins
        right = W - x0
        c.text(x0, 48, g["company"], 9)
        c.right(right, 48, g["version_top"], 9)
        centre(c, 82, "PLAN ZDJĘCIOWY", 15)
        centre(c, 100, f"„{title}”", 13, bold=False)
        # the header table: label cells left, values right, every cell ruled
        y = 116.0
        rows = [
            ("Data zdjęć", day_text(day, g["date_style"])),
            ("Dzień zdjęciowy", g["day_of"]),
            ("Zbiórka ekipy", f"{hm(call, t)} {g['call_note']}"),
            ("Wersja", g["version"]),
            ("Reżyser", g["director"]),
            ("Kierownik produkcji", g["producer"]),
        ]
        if g.get("revisions_first"):
            # HARD: the revision log, with its own earlier dd.mm.yyyy dates and times, heads
            # the table above the shooting date
            rows = [("Poprawki", g["revisions"]), *rows]
        lw = 130.0
        rh = 17.0
        c.grid(x0, y, [lw, right - x0 - lw], [rh] * len(rows))
        for i, (lab, val) in enumerate(rows):
            fill(c, x0 + 0.5, y + i * rh + 0.5, lw - 1, rh - 1, 235)
            c.text(x0 + 5, y + i * rh + 12, lab, 9.5, bold=True)
            fit(
                c,
                x0 + lw + 5,
                y + i * rh + 12,
                val,
                9.5,
                right - x0 - lw - 10,
                bold=lab == "Zbiórka ekipy",
            )
        y += rh * len(rows) + 22
        for lab, lines in [
            ("Miejsce zdjęć:", [f"{p.name}, {p.street}, {p.city}", g["set"]]),
            ("Baza / parking:", [f"{p.base_street}, {p.base_city}"]),
            (
                "Szpital (SOR):",
                [p.hospital, f"{p.hospital_street}, {p.hospital_city}, tel. {p.hospital_phone}"],
            ),
        ]:
            c.text(x0, y, lab, 10, bold=True)
            for ln in lines:
                fit(c, x0 + 110, y, ln, 10, right - x0 - 110)
                y += 13
            y += 5
        c.text(x0, y, f"Wschód słońca: {hm(rise, t)}   Zachód słońca: {hm(fall, t)}", 10)
        y += 13
        c.text(
            x0,
            y,
            f"Gotowość do zdjęć: {hm(add_minutes(call, 60), t)}   Obiad: "
            f"{hm(add_minutes(call, 330), t)}   Koniec: {hm(add_minutes(call, 600), t)}",
            10,
        )
        y += 13
        c.text(x0, y, f"Pogoda: {g['weather']}", 10)
        y += 20
        y = _table(
            c,
            x0,
            y,
            ["SC.", "OBIEKT / OPIS", "P/N", "STR.", "OBSADA"],
            [0, 34, 290, 330, 370],
            g["scenes"],
            right,
            size=9,
            lead=13,
            ruled=True,
        )
        y += 4
        y = _table(
            c,
            x0,
            y,
            ["FUNKCJA", "IMIĘ I NAZWISKO", "TELEFON", "ZBIÓRKA"],
            [0, 130, 290, 400],
            crew_times(g["crew"], call, partial(hm, style=t)),
            right,
            size=9,
            lead=13,
            ruled=True,
        )
        y += 8
        if not g.get("revisions_first"):
            _para(c, x0, y, f"Poprawki: {g['revisions']}", 9, right - x0, 12)
        grey(c, 120)
        c.text(x0, c.pdf.h - 30, g["file"], 7)
        c.right(right, c.pdf.h - 30, "Strona 1 z 1", 7)
        black(c)
        return c.output()

    return _sheet(
        f"word_{key}",
        "pl_word_table",
        "Polish plan zdjęciowy typed in Word: a ruled header table (Data zdjęć, Zbiórka ekipy, "
        "Wersja), 'wersja 2', 'poprawka', '9 października 2026 r.' or '21.10.2026'",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _word_sheets() -> list[Sheet]:
    return [
        _word(
            "ratuszleszno",
            "Rynek Pod Lipami",
            D(2026, 10, 9),
            "07:00",
            {
                "time_style": "pl",
                "company": "Leszczyńska Wytwórnia Filmowa",
                "version_top": "wersja 2 (poprawka)",
                "date_style": "pl_gen_wd",
                "day_of": "3 z 15",
                "call_note": "(wejście od ul. Wolności)",
                "version": "2 - poprawka z 07.10.2026, godz. 20:15",
                "director": "Ewelina Kaczor",
                "producer": "Artur Wesołowski",
                "set": "sala sesyjna i wieża ratuszowa",
                "weather": "pogodnie, 14°C, wiatr słaby",
                "scenes": [
                    ("7", "WN. SALA SESYJNA - DZIEŃ", "D", "2 4/8", "1, 2"),
                    ("9", "WN. WIEŻA - DZIEŃ", "D", "1", "2"),
                ],
                "crew": [
                    ("II reżyser", "Joanna Pietrzak", "601 555 710", 0),
                    ("Operator", "Michał Zając", "602 555 721", 0),
                    ("Charakteryzacja", "Klaudia Sobczak", "603 555 732", -60),
                ],
                "revisions": "wersja 2: dodana scena 9 (wieża), zmiana obsady sceny 7.",
                "file": "Plan_zdjeciowy_dzien03_v2.docx",
            },
        ),
        _word(
            "kasprowicz",
            "Solanki",
            D(2026, 10, 21),
            "07:30",
            {
                "time_style": "h24",
                "company": "Kujawy Film Studio",
                "version_top": "Inowrocław, 19.10.2026",
                "date_style": "pl_dots0",
                "day_of": "8 z 22",
                "call_note": "(parking przy muzeum)",
                "version": "wersja 2",
                "director": "Tadeusz Wróbel",
                "producer": "Anna Grabowska",
                "set": "gabinet poety i ogród",
                "weather": "mgła rano, 9°C",
                "scenes": [
                    ("24", "WN. GABINET - DZIEŃ", "D", "3", "1"),
                    ("25", "PL. OGRÓD - DZIEŃ", "D", "1 2/8", "1, 3"),
                ],
                "crew": [
                    ("II reżyser", "Piotr Lewandowski", "604 555 810", 0),
                    ("Operator", "Marta Kubacka", "605 555 821", 0),
                    ("Scenografia", "Oskar Duda", "606 555 832", -90),
                ],
                "revisions": "poprawka: obiad przesunięty, nowy numer telefonu II reżysera.",
                "file": "PZ_Solanki_08_poprawka.docx",
            },
        ),
        _word(
            "kurpiowska",
            "Puszcza Zielona",
            D(2026, 11, 18),
            "08:00",
            {
                "revisions_first": True,
                "time_style": "pl",
                "company": "Narew Media",
                "version_top": "wersja 2",
                "date_style": "pl_gen_r",
                "day_of": "12 z 18",
                "call_note": "(cała ekipa)",
                "version": "2",
                "director": "Bogdan Mikołajczyk",
                "producer": "Izabela Kurek",
                "set": "sala etnograficzna i dziedziniec",
                "weather": "zachmurzenie, 3°C",
                "scenes": [
                    ("40", "WN. SALA ETNOGRAFICZNA - DZIEŃ", "D", "2", "1, 2, 4"),
                    ("41", "PL. DZIEDZINIEC - DZIEŃ", "D", "7/8", "2"),
                ],
                "crew": [
                    ("II reżyser", "Kinga Sadowska", "607 555 910", 0),
                    ("Operator", "Damian Czerwiński", "608 555 921", 0),
                    ("Kostiumy", "Weronika Bąk", "609 555 932", -60),
                ],
                "revisions": "wersja 1: 14.11.2026, 18:30; wersja 2 (poprawka): 16.11.2026, 21:05",
                "file": "plan_dzien12_wersja2.docx",
            },
        ),
    ]


# --- (5) crew texts and e-mails printed to PDF ---------------------------------------------------


def _bubble(c: Canvas, x: float, y: float, text: str, width: float, level: int) -> float:
    """A message bubble (grey box) round a wrapped text from top y; returns the y under it."""
    lines = wrap(c, text, 10, width - 20)
    h = 14 * len(lines) + 10
    fill(c, x, y, width, h, level)
    yy = y + 16
    for ln in lines:
        c.text(x + 10, yy, ln, 10)
        yy += 14
    return y + h + 10


def _text(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time_style"]
    show_hosp = g.get("hospital", True)
    rise_txt = hm(rise, g["sun_style"])
    if g.get("sunrise_typo"):
        # HARD: the sunrise typed with "p" for the morning (the almanac's time expected)
        rise_txt = rise_txt.replace("a", "p")
    ctx = {
        "title": title,
        "date": day_text(day, g["date_style"]),
        "call": hm(call, t),
        "loc": f"{p.name}, {p.street}, {p.city}",
        "set": g["set"],
        "base": f"{p.base_street}, {p.base_city}",
        "rise": rise_txt,
        "fall": hm(fall, g["sun_style"]) + g.get("pm", ""),
        "hosp": f"{p.hospital}, {p.hospital_street}, {p.hospital_city} ({p.hospital_phone})",
        "lunch": hm(add_minutes(call, 330), t),
        "wrap": hm(add_minutes(call, 600), t),
    }

    def make() -> bytes:
        c = Canvas("A4", "helvetica")
        W = c.width
        x0 = 56.0
        right = W - x0
        grey(c, 90)
        c.text(24, 18, g["print_stamp"], 7)
        c.right(W - 24, 18, g["app"], 7)
        black(c)
        y = 56.0
        if g["kind"] == "sms":
            centre(c, y, g["thread"], 12)
            grey(c, 110)
            centre(c, y + 14, g["members"], 8, bold=False)
            black(c)
            y += 40
            for who, stamp, msg, mine in g["messages"]:
                grey(c, 110)
                c.text(x0 if not mine else x0 + 120, y, f"{who}  ·  {stamp}", 7.5)
                black(c)
                bx = x0 if not mine else x0 + 120
                y = _bubble(
                    c, bx, y + 5, msg.format(**ctx), right - x0 - 120, 228 if not mine else 205
                )
        else:
            c.text(x0, y, g["subject"], 14, bold=True)
            c.hline(x0, right, y + 10, 0.4)
            y += 28
            for lab, val in [("From:", g["from"]), ("To:", g["to"]), ("Sent:", g["sent"])]:
                c.text(x0, y, lab, 9, bold=True)
                c.text(x0 + 45, y, val, 9)
                y += 12
            c.hline(x0, right, y, 0.4)
            y += 22
            for para in g["body"]:
                if not show_hosp and "{hosp}" in para:
                    continue
                y = _para(c, x0, y, para.format(**ctx), 10, right - x0, 14) + 8
        grey(c, 90)
        c.text(24, c.pdf.h - 16, g["print_foot"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"text_{key}",
        "crew_text_memo",
        "crew text / e-mail printed to PDF: 'Tomorrow 14/10: call 7.30, loc: ...', 'Call 07h30 @ "
        "unit base', 'call 7:30a'; the set's address in the message",
        make,
        expect(p, title, day, call, g["set"], hospital="" if show_hosp else None),
    )


def _text_sheets() -> list[Sheet]:
    return [
        _text(
            "operahouse",
            "Tide Line",
            D(2026, 10, 14),
            "07:30",
            {
                "kind": "sms",
                "hospital": False,
                "time_style": "text_dot",
                "sun_style": "text_dot",
                "pm": "pm",
                "date_style": "uk_short",
                "print_stamp": "13/10/2026, 18:20",
                "app": "Messages",
                "print_foot": "Exported from Messages - Tide Line crew",
                "thread": "Tide Line crew",
                "members": "Mere, Josh, Aroha, Finn, Lucy, +6",
                "set": "stage and the fly tower",
                "messages": [
                    (
                        "Mere (producer)",
                        "Tue 13 Oct 2026, 6:12 pm",
                        "Evening all! {title} tomorrow 14/10: call {call}, loc: {loc} "
                        "({set}). Park in the {base}.",
                        False,
                    ),
                    (
                        "Mere (producer)",
                        "Tue 13 Oct 2026, 6:13 pm",
                        "Lunch {lunch}, wrap approx {wrap}. Sunrise {rise}am, sunset {fall}. "
                        "Bring warm layers, the fly tower is freezing.",
                        False,
                    ),
                    ("Josh", "Tue 13 Oct 2026, 6:20 pm", "Sweet as, see you at 7.30", True),
                ],
            },
        ),
        _text(
            "citadelle",
            "The Meuse Line",
            D(2026, 11, 5),
            "07:30",
            {
                "kind": "mail",
                "time_style": "h",
                "sun_style": "h",
                "date_style": "uk_plain",
                "print_stamp": "04/11/2026 21:02",
                "app": "Gmail",
                "print_foot": "https://mail.google.com/mail/u/0/#inbox",
                "subject": "The Meuse Line - Thursday call",
                "from": "Camille Dubois <camille@sambreproductions.be>",
                "to": "Crew list",
                "sent": "Wed 4 Nov 2026, 20:58",
                "set": "the casemates and the Terra Nova terrace",
                "body": [
                    "Hi everyone,",
                    "{title}, {date}. Call {call} @ unit base ({base}), then we walk up together.",
                    "Set: {loc} - {set}.",
                    "Shooting from 08h30, lunch {lunch}, wrap {wrap}. Sunrise {rise}, sunset "
                    "{fall}.",
                    "Nearest A&E (urgences): {hosp}. Emergency 112.",
                    "Bonne soirée, Camille",
                ],
            },
        ),
        _text(
            "cinemapolis",
            "Last Show",
            D(2026, 9, 24),
            "07:30",
            {
                "kind": "mail",
                "sunrise_typo": True,
                "time_style": "us_a",
                "sun_style": "us_a",
                "date_style": "us_short",
                "print_stamp": "9/23/26, 8:19 PM",
                "app": "Gmail - tmrw: LAST SHOW call 7:30a",
                "print_foot": "https://mail.google.com/mail/u/0/#inbox",
                "subject": "tmrw: LAST SHOW call 7:30a",
                "from": "Dana Whitfield <dana@gorgesfilmco.com>",
                "to": "last-show-crew@googlegroups.com",
                "sent": "Wed, Sep 23, 2026 at 8:14 PM",
                "set": "auditorium 2 and the lobby",
                "body": [
                    "Hey all -",
                    "{title} tomorrow, {date}: general call {call} at {loc} ({set}).",
                    "Parking: {base}. Lunch {lunch}, wrap {wrap}.",
                    "sunrise {rise} / sunset {fall}",
                    "ER: {hosp}.",
                    "thx! - Dana (2nd AD)",
                ],
            },
        ),
    ]


# --- (6) US indie features: Shoot Day 4 of 18, numbered locations, hospital ER + urgent care ----


def _feat(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "us"

    def make() -> bytes:
        c = Canvas("letter", g["font"])
        W = c.width
        x0 = 36.0
        right = W - x0
        fill(c, x0, 30, right - x0, 92, 238)
        y = 46.0
        c.text(x0 + 8, y, g["company"], 9.5, bold=True)
        for lab, val in g["contacts"]:
            y += 11.5
            c.text(x0 + 8, y, f"{lab}: {val}", 7.5)
        centre(c, 58, title.upper(), 17)
        centre(c, 76, g["day_of"], 10, bold=False)
        centre(c, 92, day_text(day, g["date_style"]), 10)
        bx = right - 150
        fill(c, bx, 36, 142, 80, 255)
        c.box(bx, 36, 142, 80, 0.8)
        c.text(bx + 8, 50, "GENERAL CREW CALL", 8.5, bold=True)
        c.text(bx + 8, 76, hm(call, t), 20, bold=True)
        c.text(bx + 8, 94, f"Shooting call {hm(add_minutes(call, 60), t)}", 8.5)
        c.text(bx + 8, 107, "Breakfast 30 min before call", 7)
        y = 140.0
        strip = [
            ("Sunrise", hm(rise, t)),
            ("Sunset", hm(fall, t)),
            ("Lunch", hm(add_minutes(call, 360), t)),
            ("Est. Wrap", hm(add_minutes(call, 720), t)),
            ("Weather", g["weather"]),
        ]
        sx = x0
        for lab, val in strip:
            c.text(sx, y, lab.upper(), 7, bold=True)
            c.text(sx, y + 12, val, 8.5)
            sx += 82 if lab != "Est. Wrap" else 78
        y += 32
        c.text(x0, y, "LOCATIONS", 9.5, bold=True)
        y += 6
        locs = [
            ("1", [p.name, p.street, p.city, g["set"]], g["loc1_when"]),
            ("2", g["loc2"], g["loc2_when"]),
        ]
        for num, lines, when in locs:
            fill(c, x0, y, 22, 50, 60)
            c.pdf.set_text_color(255, 255, 255)
            c.text(x0 + 7, y + 30, num, 14, bold=True)
            black(c)
            yy = y + 12
            for k, ln in enumerate(lines):
                fit(c, x0 + 30, yy, ln, 8.5, 260, bold=k == 0)
                yy += 11
            c.text(x0 + 310, y + 12, when, 8, bold=True)
            c.text(x0 + 310, y + 24, f"Parking: {g['parking'][int(num) - 1]}", 7.5)
            c.hline(x0, right, y + 54, 0.3)
            y += 60
        y += 6
        half = (right - x0 - 12) / 2
        c.box(x0, y, half, 62, 0.8)
        c.box(x0 + half + 12, y, half, 62, 0.4)
        c.text(x0 + 6, y + 12, g["er_head"], 8, bold=True)
        for k, ln in enumerate([p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]):
            fit(c, x0 + 6, y + 24 + 11 * k, ln, 8.5, half - 12, bold=k == 0)
        ux = x0 + half + 18
        c.text(ux, y + 12, "URGENT CARE (non-emergency, minor injuries)", 8, bold=True)
        for k, ln in enumerate(g["urgent"]):
            fit(c, ux, y + 24 + 11 * k, ln, 8.5, half - 12, bold=k == 0)
        y += 80
        y = _table(
            c,
            x0,
            y,
            ["SC", "SET / DESCRIPTION", "D/N", "PGS", "CAST", "LOC"],
            [0, 30, 300, 340, 380, 460],
            g["scenes"],
            right,
            size=8.5,
            lead=13,
        )
        y += 4
        y = _table(
            c,
            x0,
            y,
            ["#", "CAST", "CHARACTER", "PICKUP", "H/MU", "ON SET"],
            [0, 20, 150, 280, 360, 440],
            cast_times(g["cast"], call, partial(hm, style=t), (0, 20, 80), numbered=True),
            right,
            size=8.5,
            lead=13,
        )
        y += 6
        _para(c, x0, y, g["notes"], 8, right - x0, 10.5)
        grey(c, 120)
        c.text(x0, c.pdf.h - 24, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"feat_{key}",
        "us_indie_feature",
        "US indie feature sheet (StudioBinder-like / Google Docs): 'Shoot Day 4 of 18', general "
        "crew call and shooting call, numbered locations, hospital ER and an urgent care both",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _feat_sheets() -> list[Sheet]:
    return [
        _feat(
            "saenger",
            "Palafox Nights",
            D(2026, 10, 8),
            "07:00",
            {
                "font": "helvetica",
                "company": "Seville Quarter Pictures",
                "contacts": [
                    ("Producer", "Rachel Pruitt (850) 555-0114"),
                    ("Director", "Marcus Bell"),
                    ("1st AD", "Tina Okafor (850) 555-0127"),
                ],
                "day_of": "Shoot Day 4 of 18",
                "date_style": "us_long",
                "weather": "Sunny, 78°F / 66°F",
                "set": "Main auditorium and the stage door alley",
                "loc1_when": "Crew call - all day (sc. 21, 22)",
                "loc2": [
                    "Plaza Ferdinand VII",
                    "100 S Palafox St",
                    "Pensacola, FL 32502",
                    "Fountain and benches",
                ],
                "loc2_when": "Company move after lunch (sc. 30)",
                "parking": ["Jefferson Street Garage, 30 S Jefferson St", "street, metered"],
                "er_head": "NEAREST HOSPITAL (ER, 24 HRS)",
                "urgent": [
                    "Baptist Urgent Care - Downtown",
                    "41 N Jefferson St",
                    "Pensacola, FL 32502",
                    "Open 8 AM - 8 PM",
                ],
                "scenes": [
                    ("21", "INT. SAENGER - AUDITORIUM - DAY", "D", "2 4/8", "1, 2", "1"),
                    ("22", "EXT. STAGE DOOR ALLEY - DAY", "D", "1", "2", "1"),
                    ("30", "EXT. PLAZA FERDINAND - DAY", "D", "1 2/8", "1, 3", "2"),
                ],
                "cast": [
                    ("Dana Reyes", "LOU", -30),
                    ("Tom Haskell", "BENNY", 0),
                    ("Irene Cho", "MAE", 240),
                ],
                "notes": "Theatre staff on site: no gaffer tape on the historic plaster. Company "
                "move at lunch - walkers, no vehicles on Palafox.",
                "footer": "Palafox Nights  ·  Day 4 of 18  ·  made with a call sheet app",
            },
        ),
        _feat(
            "buddyholly",
            "Hub City",
            D(2026, 10, 14),
            "06:30",
            {
                "font": "helvetica",
                "company": "Caprock Lane Films",
                "contacts": [
                    ("Producer", "Jesse Ortega (806) 555-0133"),
                    ("Director", "Kayla Brandt"),
                    ("UPM", "Ron Whitaker (806) 555-0145"),
                ],
                "day_of": "Shoot Day 9 of 22",
                # HARD: the date with a two-digit year after a slash
                "date_style": "mon_slash_yy",
                "weather": "Clear, 81°F / 52°F, wind S 15 mph",
                "set": "Gallery, the glasses sculpture and the front plaza",
                "loc1_when": "Crew call (sc. 44-46)",
                "loc2": [
                    "Cactus Theater",
                    "1812 Buddy Holly Ave",
                    "Lubbock, TX 79401",
                    "Lobby and marquee",
                ],
                "loc2_when": "After lunch (sc. 47)",
                "parking": ["Depot District lot, 19th St & Buddy Holly Ave", "same lot"],
                "er_head": "NEAREST HOSPITAL / EMERGENCY ROOM",
                "urgent": [
                    "Covenant Urgent Care",
                    "4010 22nd Pl",
                    "Lubbock, TX 79410",
                    "Walk-in, 8 AM - 8 PM",
                ],
                "scenes": [
                    ("44", "INT. MUSEUM GALLERY - DAY", "D", "2", "1, 2", "1"),
                    ("46", "EXT. FRONT PLAZA - DAY", "D", "1 3/8", "1", "1"),
                    ("47", "INT. THEATER LOBBY - DAY", "D", "1 1/8", "2, 4", "2"),
                ],
                "cast": [
                    ("Cody Vance", "EARL", -30),
                    ("Lupe Santos", "ROSIE", 0),
                ],
                "notes": "Museum closed to the public for our day. Wind advisory: sandbags on "
                "every stand.",
                "footer": "Hub City  ·  Call Sheet  ·  Day 9 of 22",
            },
        ),
        _feat(
            "capitol",
            "Capitol Lake",
            D(2026, 10, 27),
            "07:30",
            {
                "font": "sans",
                "company": "Budd Inlet Productions",
                "contacts": [
                    ("Producer", "Megan Cho (360) 555-0151"),
                    ("Director", "Eli Nakamura"),
                    ("1st AD", "Rosa Delgado (360) 555-0162"),
                ],
                "day_of": "Shoot Day 4 of 18",
                "date_style": "us_abbrev",
                "weather": "Showers, 54°F / 44°F",
                "set": "Rotunda, north steps and the reception room",
                "loc1_when": "Crew call - morning (sc. 12, 13)",
                "loc2": [
                    "Olympia Farmers Market",
                    "700 Capitol Way N",
                    "Olympia, WA 98501",
                    "Produce stalls",
                ],
                "loc2_when": "Afternoon (sc. 15)",
                "parking": ["Visitor lot, 11th Ave SW & Water St", "market lot, north end"],
                "er_head": "HOSPITAL (EMERGENCY DEPT.)",
                "urgent": [
                    "Providence Urgent Care - Olympia",
                    "3425 Pacific Ave SE",
                    "Olympia, WA 98501",
                    "Daily 8 AM - 8 PM",
                ],
                "scenes": [
                    ("12", "INT. CAPITOL - ROTUNDA - DAY", "D", "2 2/8", "1, 2", "1"),
                    ("13", "EXT. NORTH STEPS - DAY", "D", "6/8", "1", "1"),
                    ("15", "EXT. FARMERS MARKET - DAY", "D", "1 4/8", "1, 3", "2"),
                ],
                "cast": [
                    ("Nora Whitley", "JUNE", -45),
                    ("Sam Iverson", "TED", 0),
                    ("Priya Raman", "ANIKA", 270),
                ],
                "notes": "Capitol tours continue: keep the rotunda's east side open. Permit "
                "copies with the 2nd AD.",
                "footer": "Capitol Lake - Call Sheet - Day 4 (Google Docs)",
            },
        ),
    ]


# --- near misses: share call-sheet words, are not call sheets ----------------------------------


def _catering() -> bytes:
    """A caterer's order sheet for a shoot day: delivery times, headcounts, menu, quantities."""
    c = Canvas("A4", "helvetica")
    W = c.width
    x0 = 40.0
    right = W - x0
    c.text(x0, 48, "ORWELL KITCHEN CO. - LOCATION CATERING", 12, bold=True)
    c.text(x0, 61, "Unit 4, Ransomes Europark, Ipswich IP3 9SJ  ·  01473 555 0188", 8)
    c.right(right, 48, "ORDER CONFIRMATION #OK-4471", 10, bold=True)
    c.hline(x0, right, 70, 0.8)
    y = 92.0
    for lab, val in [
        ("Client:", "Gipping Valley Television Ltd - Orwell Street"),
        ("Service date:", "Tuesday 13th October 2026"),
        ("Delivery to:", "Unit base, Christchurch Park, Westerfield Road gate, Ipswich IP4 2XT"),
        ("Contact on the day:", "Location manager, 07700 900 318"),
    ]:
        c.text(x0, y, lab, 9.5, bold=True)
        c.text(x0 + 115, y, val, 9.5)
        y += 14
    y += 10
    y = _table(
        c,
        x0,
        y,
        ["SERVICE", "READY BY", "HEADS", "MENU", "QTY", "PRICE"],
        [0, 70, 130, 180, 400, 450],
        [
            (
                "Breakfast",
                "0645",
                "62",
                "Bacon / vegan sausage rolls, porridge, fruit",
                "62",
                "£310.00",
            ),
            ("Tea break", "1030", "62", "Flapjacks, tea & coffee urns", "2 urns", "£95.00"),
            (
                "Lunch",
                "1300",
                "70",
                "Chicken tagine / squash tagine, couscous, salad",
                "70",
                "£805.00",
            ),
            ("Afternoon", "1600", "62", "Sandwich platters, cake", "8 platters", "£240.00"),
        ],
        right,
        size=8.5,
        lead=13,
    )
    y += 10
    c.text(x0, y, "Dietary:", 9.5, bold=True)
    _para(
        c,
        x0 + 60,
        y,
        "9 vegetarian, 6 vegan, 3 gluten-free, 1 nut allergy (labelled).",
        9.5,
        right - x0 - 60,
        12,
    )
    y += 28
    for lab, val in [("Subtotal", "£1,450.00"), ("VAT 20%", "£290.00"), ("TOTAL", "£1,740.00")]:
        c.text(x0 + 330, y, lab, 9.5, bold=lab == "TOTAL")
        c.right(right, y, val, 9.5, bold=lab == "TOTAL")
        y += 13
    y += 16
    _para(
        c,
        x0,
        y,
        "Final numbers by 1200 the day before, please. Payment 14 days from invoice.",
        9,
        right - x0,
        12,
    )
    return c.output()


def _timesheet() -> bytes:
    """A crew member's weekly timesheet: dates, in / out times, meal breaks, hours, signatures."""
    c = Canvas("letter", "helvetica")
    W = c.width
    x0 = 40.0
    right = W - x0
    c.text(x0, 50, "WEEKLY CREW TIMESHEET", 15, bold=True)
    c.right(right, 50, "Week ending Sat 10/10/2026", 9.5)
    c.hline(x0, right, 58, 0.8)
    y = 80.0
    for lab, val in [
        ("Production:", "Palafox Nights"),
        ("Company:", "Seville Quarter Pictures, 25 W Government St, Pensacola, FL 32502"),
        ("Name:", "Luis Ferreira"),
        ("Department / position:", "Grip / Best Boy Grip"),
        ("Rate:", "$42.00 / hr, OT x1.5 after 8, x2 after 12"),
    ]:
        c.text(x0, y, lab, 9.5, bold=True)
        c.text(x0 + 130, y, val, 9.5)
        y += 13
    y += 10
    y = _table(
        c,
        x0,
        y,
        ["DATE", "CALL / IN", "MEAL OUT", "MEAL IN", "WRAP / OUT", "HOURS", "OT"],
        [0, 90, 160, 230, 300, 380, 440],
        [
            ("Mon 10/5/2026", "6:30 AM", "12:30 PM", "1:00 PM", "7:12 PM", "12.2", "4.0"),
            ("Tue 10/6/2026", "7:00 AM", "1:00 PM", "1:30 PM", "6:48 PM", "11.3", "3.3"),
            ("Wed 10/7/2026", "7:00 AM", "1:00 PM", "1:30 PM", "7:30 PM", "12.0", "4.0"),
            ("Thu 10/8/2026", "6:30 AM", "12:30 PM", "1:00 PM", "6:42 PM", "11.7", "3.7"),
            ("Fri 10/9/2026", "8:00 AM", "2:00 PM", "2:30 PM", "9:06 PM", "12.6", "4.1"),
        ],
        right,
        size=8.5,
        lead=13,
    )
    y += 8
    c.text(x0, y, "TOTAL HOURS 59.8   ·   OT HOURS 19.1   ·   MEAL PENALTIES 0", 9.5, bold=True)
    y += 40
    for who in ["Employee signature", "Department head", "Production accountant"]:
        c.hline(x0, x0 + 200, y, 0.5)
        c.text(x0, y + 12, who, 8.5)
        c.hline(x0 + 260, x0 + 380, y, 0.5)
        c.text(x0 + 260, y + 12, "Date", 8.5)
        y += 40
    return c.output()


def _scout() -> bytes:
    """A location scout report: address, access, power, sun times, photo captions."""
    c = Canvas("A4", "helvetica")
    W = c.width
    x0 = 40.0
    right = W - x0
    c.text(x0, 48, "LOCATION SCOUT REPORT", 15, bold=True)
    c.right(right, 48, "Scouted: Mon 12 Oct 2026, 09:00-11:30", 9)
    c.hline(x0, right, 56, 0.8)
    y = 78.0
    for lab, val in [
        ("Project:", "Coastal Drive (TVC) - Hastings Point Productions"),
        ("Location:", "Sea Acres Rainforest Centre, 159 Pacific Drive, Port Macquarie NSW 2444"),
        ("Contact:", "Centre manager (NPWS), (02) 5550 2370"),
        ("Scout:", "Kiri Hale (locations)"),
        ("Sun:", "sunrise 06:12, sunset 18:57 (12 Oct); boardwalk in shade until ~10:00"),
        ("Access:", "Coach bays for 2 trucks; boardwalk 1.3 km, no vehicles; gates 09:00-16:30"),
        ("Power:", "one 15A outlet at the café; genny must stay in the car park"),
        ("Nearest hospital:", "Port Macquarie Base Hospital, Wrights Road (8 min)"),
        ("Fee / permit:", "NPWS filming permit, 10 working days; fee on application"),
    ]:
        c.text(x0, y, lab, 9.5, bold=True)
        y = _para(c, x0 + 100, y, val, 9.5, right - x0 - 100, 12) + 3
    y += 10
    pw = (right - x0 - 20) / 3
    for i, cap in enumerate(
        [
            "01 - boardwalk entry, looking east, 09:10",
            "02 - strangler fig, canopy gap, 09:40",
            "03 - café deck and car park, 11:05",
        ]
    ):
        px = x0 + i * (pw + 10)
        fill(c, px, y, pw, 100, 200)
        c.text(px, y + 114, cap, 7.5)
    y += 140
    _para(
        c,
        x0,
        y,
        "Verdict: suits the rainforest insert (shot 6) on a weekday morning before 10:00; the "
        "boardwalk is too narrow for a dolly. Recce with the DOP before confirming.",
        9.5,
        right - x0,
        12.5,
    )
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "near_miss_catering_order",
            "near_miss",
            "location caterer's order confirmation for a shoot day: ready-by times, heads, menu",
            _catering,
            OTHER,
        ),
        _sheet(
            "near_miss_crew_timesheet",
            "near_miss",
            "weekly crew timesheet: dates, call / meal / wrap times, hours, overtime, signatures",
            _timesheet,
            OTHER,
        ),
        _sheet(
            "near_miss_scout_report",
            "near_miss",
            "location scout report: address, access, power, sun times, photo captions",
            _scout,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_grid_sheets(),
        *_tvc_sheets(),
        *_dag_sheets(),
        *_word_sheets(),
        *_text_sheets(),
        *_feat_sheets(),
        *_other_sheets(),
    ]
