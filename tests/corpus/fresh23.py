"""Twenty-fourth held-out set: call sheets exported from call-sheet software (`fresh23_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets: each
family follows the PDF a crew member gets as an attachment from scheduling / call-sheet software
(CONVENTIONS.md, "fresh23"), not a free template. A SetHero-style export (project header with
"Call Sheet #14", a big "General Crew Call", a weather / sun column, location blocks with map-pin
text, "Nearest Hospital" with its distance, crew calls by department), a Yamdu / Assemble-style
European export in English on A4 ("Shooting Day 9/25", GPS coordinates, an "Emergency" block), a
Movie Magic Scheduling "Call Sheet" report (monospaced header lines "Date:", "Crew Call:",
"Shooting Call:" and a "Set / Location" table), a Studiovity / Filmustage-style mobile-first
export (one narrow column, text icons, sections stacked), a two-page export whose header strip
is repeated differently on page 2 (location map text and hospital on page 2) and a Google Sheets
template from an Australian / New Zealand commercial (merged cells, coloured header, "6:45am",
"Wed 14 Oct 2026"). Three near misses (a crew hotel booking confirmation, a site induction
sign-in sheet, a gear check-out / return form) must read as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one
a family); most sheets are ordinary.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from tests.corpus.draw import Canvas, black, grey
from tests.corpus.formats import add_minutes
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
    # SetHero-style export: Cleveland, Sudbury, Victoria
    "cleveland": _p(
        "us",
        "Playhouse Square",
        "1501 Euclid Ave",
        "Cleveland, OH 44115",
        41.5015,
        -81.6815,
        "America/New_York",
        "Cleveland Clinic Main Campus",
        "9500 Euclid Ave",
        "Cleveland, OH 44195",
        "(216) 444-2200",
        "1302 Chester Ave",
        "Cleveland, OH 44114",
    ),
    "sudbury": _p(
        "ca",
        "Science North",
        "100 Ramsey Lake Rd",
        "Sudbury, ON P3E 5S9",
        46.4707,
        -80.9975,
        "America/Toronto",
        "Health Sciences North",
        "41 Ramsey Lake Rd",
        "Sudbury, ON P3E 5J1",
        "(705) 523-7100",
        "245 Paris St",
        "Sudbury, ON P3E 3E1",
    ),
    "victoria": _p(
        "ca",
        "Royal BC Museum",
        "675 Belleville St",
        "Victoria, BC V8W 9W2",
        48.4197,
        -123.3676,
        "America/Vancouver",
        "Victoria General Hospital",
        "1 Hospital Way",
        "Victoria, BC V8Z 6R5",
        "(250) 727-4212",
        "700 Douglas St",
        "Victoria, BC V8W 2B5",
    ),
    # Yamdu / Assemble-style European export in English: Copenhagen, Ljubljana, Antwerp
    "copenhagen": _p(
        "eu",
        "Ny Carlsberg Glyptotek",
        "Dantes Plads 7",
        "1556 København V",
        55.6727,
        12.5724,
        "Europe/Copenhagen",
        "Bispebjerg Hospital",
        "Bispebjerg Bakke 23",
        "2400 København NV",
        "+45 38 63 50 00",
        "Tietgensgade 37",
        "1704 København V",
    ),
    "ljubljana": _p(
        "eu",
        "Ljubljana Castle",
        "Grajska planota 1",
        "1000 Ljubljana",
        46.0490,
        14.5086,
        "Europe/Ljubljana",
        "University Medical Centre Ljubljana",
        "Zaloška cesta 2",
        "1000 Ljubljana",
        "+386 1 522 50 50",
        "Krekov trg 10",
        "1000 Ljubljana",
    ),
    "antwerp": _p(
        "eu",
        "Rubenshuis",
        "Wapper 9-11",
        "2000 Antwerpen",
        51.2175,
        4.4107,
        "Europe/Brussels",
        "ZNA Stuivenberg",
        "Lange Beeldekensstraat 267",
        "2060 Antwerpen",
        "+32 3 217 71 11",
        "Kolveniersstraat 20",
        "2000 Antwerpen",
    ),
    # Movie Magic Scheduling call sheet report: Savannah, Santa Fe, Richmond
    "savannah": _p(
        "us",
        "Telfair Academy",
        "121 Barnard St",
        "Savannah, GA 31401",
        32.0790,
        -81.0950,
        "America/New_York",
        "Candler Hospital",
        "5353 Reynolds St",
        "Savannah, GA 31405",
        "(912) 819-6000",
        "301 W Oglethorpe Ave",
        "Savannah, GA 31401",
    ),
    "santafe": _p(
        "us",
        "Loretto Chapel",
        "207 Old Santa Fe Trail",
        "Santa Fe, NM 87501",
        35.6856,
        -105.9376,
        "America/Denver",
        "CHRISTUS St. Vincent Regional Medical Center",
        "455 St Michaels Dr",
        "Santa Fe, NM 87505",
        "(505) 983-3361",
        "216 W San Francisco St",
        "Santa Fe, NM 87501",
    ),
    "richmond": _p(
        "us",
        "The Jefferson Hotel",
        "101 W Franklin St",
        "Richmond, VA 23220",
        37.5446,
        -77.4466,
        "America/New_York",
        "VCU Medical Center",
        "1250 E Marshall St",
        "Richmond, VA 23298",
        "(804) 828-9000",
        "200 W Main St",
        "Richmond, VA 23220",
    ),
    # Studiovity / Filmustage-style mobile export: Chatsworth, Milwaukee, Memphis
    "chatsworth": _p(
        "uk",
        "Chatsworth House",
        "Chatsworth",
        "Bakewell DE45 1PP",
        53.2270,
        -1.6116,
        "Europe/London",
        "Chesterfield Royal Hospital",
        "Chesterfield Rd, Calow",
        "Chesterfield S44 5BL",
        "01246 277271",
        "Calton Lees Car Park",
        "Beeley DE4 2NX",
    ),
    "milwaukee": _p(
        "us",
        "Pabst Mansion",
        "2000 W Wisconsin Ave",
        "Milwaukee, WI 53233",
        43.0389,
        -87.9365,
        "America/Chicago",
        "Aurora Sinai Medical Center",
        "945 N 12th St",
        "Milwaukee, WI 53233",
        "(414) 219-2000",
        "1250 W Wisconsin Ave",
        "Milwaukee, WI 53233",
    ),
    "memphis": _p(
        "us",
        "Stax Museum of American Soul Music",
        "926 E McLemore Ave",
        "Memphis, TN 38106",
        35.1150,
        -90.0322,
        "America/Chicago",
        "Methodist University Hospital",
        "1265 Union Ave",
        "Memphis, TN 38104",
        "(901) 516-7000",
        "1115 College St",
        "Memphis, TN 38106",
    ),
    # two-page export: Coronado, Blackpool, Miami
    "coronado": _p(
        "us",
        "Hotel del Coronado",
        "1500 Orange Ave",
        "Coronado, CA 92118",
        32.6809,
        -117.1786,
        "America/Los_Angeles",
        "Sharp Coronado Hospital",
        "250 Prospect Pl",
        "Coronado, CA 92118",
        "(619) 522-3600",
        "1845 Strand Way",
        "Coronado, CA 92118",
    ),
    "blackpool": _p(
        "uk",
        "Blackpool Tower",
        "Promenade",
        "Blackpool FY1 4BJ",
        53.8159,
        -3.0553,
        "Europe/London",
        "Blackpool Victoria Hospital",
        "Whinney Heys Rd",
        "Blackpool FY3 8NR",
        "01253 300000",
        "Central Car Park, Bonny St",
        "Blackpool FY1 5AR",
    ),
    "miami": _p(
        "us",
        "Vizcaya Museum and Gardens",
        "3251 S Miami Ave",
        "Miami, FL 33129",
        25.7444,
        -80.2105,
        "America/New_York",
        "HCA Florida Mercy Hospital",
        "3663 S Miami Ave",
        "Miami, FL 33133",
        "(305) 854-4400",
        "3250 S Miami Ave",
        "Miami, FL 33129",
    ),
    # Google Sheets template, Australian / New Zealand commercial: Rotorua, Darwin, Wollongong
    "rotorua": _p(
        "nz",
        "Te Puia",
        "Hemo Road",
        "Tihiotonga, Rotorua 3040",
        -38.1630,
        176.2530,
        "Pacific/Auckland",
        "Rotorua Hospital",
        "Pukeroa Street",
        "Rotorua 3010",
        "(07) 348 1199",
        "Arawa Park, Fenton Street",
        "Rotorua 3010",
    ),
    "darwin": _p(
        "au",
        "Museum and Art Gallery of the Northern Territory",
        "19 Conacher St",
        "The Gardens NT 0820",
        -12.4422,
        130.8340,
        "Australia/Darwin",
        "Royal Darwin Hospital",
        "105 Rocklands Dr",
        "Tiwi NT 0810",
        "(08) 8922 8888",
        "Mindil Beach car park, Gilruth Ave",
        "The Gardens NT 0820",
    ),
    "wollongong": _p(
        "au",
        "Nan Tien Temple",
        "180 Berkeley Rd",
        "Berkeley NSW 2506",
        -34.4687,
        150.8552,
        "Australia/Sydney",
        "Wollongong Hospital",
        "348 Crown St",
        "Wollongong NSW 2500",
        "(02) 4222 5000",
        "2 Winnima Way",
        "Berkeley NSW 2506",
    ),
}


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    _h, m, h12, ap = clock(hhmm)
    forms = {
        "letter_upper": f"{h12}:{m:02d}{ap[0]}",  # Movie Magic "7:00A"
        "short_a": f"{h12}{ap[0].lower()}" if not m else f"{h12}:{m:02d}{ap[0].lower()}",  # "7a"
        "short_am": f"{h12}{ap.lower()}" if not m else f"{h12}:{m:02d}{ap.lower()}",  # "6am"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "abbr": f"{d:%a}, {d:%b} {d.day}, {d.year}",  # "Thu, Sep 24, 2026"
        "en_dots": f"{d:%A}, {d:%d.%m.%Y}",  # "Wednesday, 09.09.2026"
        "iso_wd": f"{d:%A} {d.isoformat()}",  # "Thursday 2026-11-05"
        "us_paren": f"{d.month}/{d.day}/{d.year} ({d:%A})",  # "10/20/2026 (Tuesday)"
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh23")


# This set's tables: fresh_common.head_table in its own size, shade and lead.
_table = partial(head_table, shade=220)


def _gps(p: Place) -> str:
    return f"{p.lat:.5f}, {p.lon:.5f}"


# --- SetHero-style export ----------------------------------------------------------------------


def _sh(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("letter", "sans")
        W = c.width
        x0 = 36.0
        right = W - x0
        c.pdf.set_fill_color(255, 94, 58)
        c.pdf.rect(0, 0, W, 6, style="F")
        c.text(x0, 42, title, 20, bold=True)
        grey(c, 100)
        c.text(x0, 57, f"{g['company']} · {g['kind']}", 8.5)
        black(c)
        c.right(right, 32, f"Call Sheet #{g['n']}", 11, bold=True)
        c.right(right, 46, day_text(day, g["date_style"]), 9)
        c.right(right, 58, f"Day {g['n']} of {g['of']}", 9)
        c.hline(x0, right, 68, 0.6)
        grey(c, 80)
        c.text(x0, 82, "   ·   ".join(f"{k}: {v}" for k, v in g["people"]), 7.5)
        black(c)
        # the call block: one big box, or (HARD) two boxes of the same size
        top = 94.0
        times = "   ·   ".join(f"{lab} {hm(add_minutes(call, o), t)}" for lab, o in g["times"])
        if g.get("two_boxes"):
            # HARD: a "Shooting Call" box of the same size stands LEFT of the crew call box
            bw = 165.0
            for k, (lab, val) in enumerate(
                [
                    ("Shooting Call", add_minutes(call, g["shoot_after"])),
                    ("General Crew Call", call),
                ]
            ):
                bx = x0 + k * bw
                c.box(bx, top, bw - 6, 66, 0.8)
                grey(c, 90)
                c.text(bx + 10, top + 16, lab, 9, bold=True)
                black(c)
                c.text(bx + 10, top + 50, hm(val, t), 26, bold=True)
        else:
            c.box(x0, top, 324, 66, 0.8)
            grey(c, 90)
            c.text(x0 + 12, top + 16, "General Crew Call", 9, bold=True)
            black(c)
            c.text(x0 + 12, top + 52, hm(call, t), 30, bold=True)
        fit(c, x0, top + 80, times, 8, 324)
        # right column: weather and sun
        rx = 386.0
        fill(c, rx, top, right - rx, 96, 242)
        c.text(rx + 10, top + 16, "Weather", 9, bold=True)
        yy = top + 32
        for line in [
            g["weather"],
            g["temps"],
            f"Sunrise   {hm(rise, t)}",
            f"Sunset    {hm(fall, t)}",
            g["precip"],
        ]:
            c.text(rx + 10, yy, line, 8.5)
            yy += 13
        # left column: location blocks, then the hospital
        y = top + 112
        lw = 324.0
        for k, loc in enumerate(g["locs"]):
            c.text(x0, y, f"Location {k + 1}", 10, bold=True)
            y += 14
            c.text(x0, y, f"➤ {loc['name']}", 9, bold=True)
            y += 12
            c.text(x0 + 12, y, loc["address"], 9)
            y += 12
            y = paragraph(c, x0 + 12, y, f"Set: {loc['set']}", 8.5, lw - 12, 11)
            grey(c, 110)
            c.text(x0 + 12, y, loc["pin"], 7.5)
            black(c)
            y += 12
            y = paragraph(c, x0 + 12, y, f"Parking: {loc['parking']}", 8.5, lw - 12, 11)
            y += 8
        c.text(x0, y, "Nearest Hospital", 10, bold=True)
        y += 14
        c.text(x0 + 12, y, f"✚ {p.hospital}", 9, bold=True)
        y += 12
        for line in [p.hospital_address, p.hospital_phone, g["distance"]]:
            c.text(x0 + 12, y, line, 8.5)
            y += 11
        # right column: crew calls by department
        ry = top + 112
        c.text(rx, ry, "Crew Calls", 10, bold=True)
        ry += 6
        for dept, people in g["crew"]:
            ry += 13
            fill(c, rx, ry - 9, right - rx, 12, 232)
            c.text(rx + 4, ry, dept, 8, bold=True)
            for role, name, o in people:
                ry += 11
                fit(c, rx + 4, ry, f"{role} · {name}", 7.5, 130)
                c.right(right - 2, ry, hm(add_minutes(call, o), t), 7.5)
        y = max(y, ry) + 22
        c.text(x0, y, "Schedule", 10, bold=True)
        y = _table(
            c,
            x0,
            y + 16,
            ["TIME", "SCENE", "SET / DESCRIPTION", "D/N", "PGS", "CAST"],
            [0, 60, 110, 380, 420, 460],
            [(hm(add_minutes(call, o), t), *rest) for o, *rest in g["scenes"]],
            right,
        )
        grey(c, 120)
        c.text(x0, c.pdf.h - 24, g["footer"], 7)
        c.right(right, c.pdf.h - 24, "Page 1 of 1", 7)
        black(c)
        return c.output()

    first = g["locs"][0]
    return _sheet(
        f"sh_{key}",
        "sethero_export",
        "SetHero-style call sheet export: big general crew call, weather column, location blocks",
        make,
        expect(p, title, day, call, f"{first['set']} {first['pin']}"),
    )


def _sh_loc(p: Place, set_: str, parking: str) -> dict[str, str]:
    return {
        "name": p.name,
        "address": p.address,
        "set": set_,
        "pin": f"Map: maps.google.com/?q={p.lat:.4f},{p.lon:.4f}",
        "parking": parking,
    }


def _sh_sheets() -> list[Sheet]:
    cle, sud, vic = P["cleveland"], P["sudbury"], P["victoria"]
    return [
        _sh(
            "cleveland",
            "Lakeshore Static",
            D(2026, 10, 13),
            "07:00",
            {
                "time": "us",
                "date_style": "us_long",
                "n": 14,
                "of": 22,
                "company": "Cuyahoga Light Pictures",
                "kind": "Feature",
                "people": [
                    ("Director", "Renata Obi"),
                    ("Producer", "Sam Hollis"),
                    ("1st AD", "Dee Marchetti (216) 555-0148"),
                ],
                "times": [("Breakfast", -30), ("Shooting Call", 60), ("Lunch", 360)],
                "weather": "Partly cloudy, wind W 12 mph",
                "temps": "High 61° / Low 47°",
                "precip": "Precipitation 20%",
                "locs": [
                    _sh_loc(
                        cle,
                        "State Theatre lobby and the GE Chandelier",
                        f"{cle.base} (garage, level 3)",
                    )
                ],
                "distance": "5.2 mi · 14 min drive",
                "crew": [
                    ("Camera", [("DP", "Ana Ruiz", -30), ("1st AC", "Jon Park", -30)]),
                    (
                        "Grip & Electric",
                        [("Gaffer", "Lou Brandt", -30), ("Key Grip", "T. Ames", -30)],
                    ),
                    ("Hair & Make-up", [("HMU Head", "Bea Colt", -60)]),
                    ("Sound", [("Mixer", "Raj Iyer", 0)]),
                ],
                "scenes": [
                    (60, "31", "INT. STATE THEATRE LOBBY - opening night", "N", "2 3/8", "1, 2"),
                    (240, "33", "INT. LOBBY STAIRS - Mara slips away", "N", "1", "1"),
                    (
                        420,
                        "47",
                        "EXT. EUCLID AVE - the chandelier from outside",
                        "N",
                        "6/8",
                        "2, 4",
                    ),
                ],
                "footer": "Published Mon Oct 12, 2026 at 6:14 PM · v2",
            },
        ),
        _sh(
            "sudbury",
            "Nickel Basin",
            D(2026, 9, 24),
            "07:00",
            {
                "time": "us",
                "date_style": "abbr",
                "n": 9,
                "of": 18,
                "company": "Greater Sudbury Film Co.",
                "kind": "Series · Ep. 104",
                "people": [
                    ("Director", "Claire Lafrenière"),
                    ("Producer", "Dev Anand"),
                    ("1st AD", "Mike Sokolowski (705) 555-0171"),
                ],
                # HARD: a same-size "Shooting Call 8:00 AM" box left of "General Crew Call"
                "two_boxes": True,
                "shoot_after": 60,
                "times": [("Breakfast", -30), ("Lunch", 330), ("Est. Wrap", 690)],
                "weather": "Sunny, light breeze",
                "temps": "High 18°C / Low 6°C",
                "precip": "Precipitation 0%",
                "locs": [
                    _sh_loc(sud, "Main floor exhibits and the Ramsey Lake boardwalk", sud.base)
                ],
                "distance": "0.6 km · 2 min drive",
                "crew": [
                    ("Camera", [("DOP", "Hélène Roy", -15), ("2nd AC", "Sam Li", -15)]),
                    ("Lighting", [("Gaffer", "Pete Kowal", -30)]),
                    ("Art", [("Set Dec", "Kira Moss", -60)]),
                    ("Locations", [("LM", "Tom Byrne", -90)]),
                ],
                "scenes": [
                    (60, "12", "INT. SCIENCE CENTRE - the rock wall", "D", "1 4/8", "1, 3"),
                    (210, "14", "EXT. BOARDWALK - Nadia calls home", "D", "1 2/8", "1"),
                    (390, "18", "INT. OBSERVATORY - night sky show", "D", "2", "1, 2, 5"),
                ],
                "footer": "Published Wed Sep 23, 2026 at 7:02 PM",
            },
        ),
        _sh(
            "victoria",
            "Inner Harbour",
            D(2026, 11, 3),
            "06:30",
            {
                "time": "us",
                "date_style": "us_ordinal",
                "n": 21,
                "of": 30,
                "company": "Salish Tide Productions",
                "kind": "Feature",
                "people": [
                    ("Director", "Jonah Whitfield"),
                    ("Producer", "Mina Cho"),
                    ("1st AD", "Ravi Bains (250) 555-0119"),
                ],
                "times": [("Breakfast", -30), ("Shooting Call", 75), ("Lunch", 360)],
                "weather": "Showers clearing by noon",
                "temps": "High 10°C / Low 5°C",
                "precip": "Precipitation 60%",
                "locs": [
                    _sh_loc(vic, "Old Town gallery and the Totem Hall", vic.base),
                    {
                        "name": "Fisherman's Wharf (after lunch)",
                        "address": "12 Erie St, Victoria, BC V8V 4X5",
                        "set": "Float homes and the fuel dock",
                        "pin": "Map: maps.google.com/?q=48.4227,-123.3835",
                        "parking": "Dallas Rd lot, crew shuttle from base at 12:15 PM",
                    },
                ],
                "distance": "7.9 km · 15 min drive",
                "crew": [
                    ("Camera", [("DP", "Isla Grant", -15), ("1st AC", "Ben Tsai", -15)]),
                    ("Grip & Electric", [("Gaffer", "Will Ng", -30)]),
                    ("Costume", [("Designer", "Pia Lund", -45)]),
                ],
                "scenes": [
                    (75, "52", "INT. OLD TOWN GALLERY - the ledger", "D", "1 6/8", "1, 2"),
                    (195, "54", "INT. TOTEM HALL - Ada alone", "D", "5/8", "2"),
                    (420, "60", "EXT. FISHERMAN'S WHARF - float homes", "D", "2 1/8", "1, 3"),
                ],
                "footer": "Published Mon Nov 2, 2026 at 8:40 PM",
            },
        ),
    ]


# --- Yamdu / Assemble-style European export in English ----------------------------------------


def _ym(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]
    gps = f"GPS: {_gps(p)}"

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        x0 = 40.0
        right = W - x0
        fill(c, 0, 0, W, 60, 236)
        c.text(x0, 24, g["company"], 8.5, bold=True)
        c.right(right, 26, "CALL SHEET", 14, bold=True)
        c.text(x0, 46, title, 16, bold=True)
        c.right(right, 46, f"Shooting Day {g['n']}/{g['of']}", 11, bold=True)
        c.text(x0, 80, day_text(day, g["date_style"]), 11, bold=True)
        grey(c, 90)
        c.right(right, 80, f"Director: {g['director']} · Producer: {g['producer']}", 7.5)
        black(c)
        # times left, conditions right, in one ruled box
        top = 92.0
        rows_l = [("Crew call", hm(call, t), True)]
        rows_l += [(lab, hm(add_minutes(call, o), t), False) for lab, o in g["times"]]
        rows_r = [
            ("Sunrise", hm(rise, t)),
            ("Sunset", hm(fall, t)),
            ("Weather", g["weather"]),
            ("Temperature", g["temp"]),
        ]
        n = max(len(rows_l), len(rows_r))
        c.box(x0, top, right - x0, 14 * n + 10, 0.5)
        mid = (x0 + right) / 2
        c.vline(mid, top, top + 14 * n + 10, 0.3)
        for k, (lab, val, bold) in enumerate(rows_l):
            yy = top + 16 + 14 * k
            c.text(x0 + 8, yy, lab, 9, bold=bold)
            c.text(x0 + 110, yy, val, 9, bold=bold)
        for k, (lab, val) in enumerate(rows_r):
            yy = top + 16 + 14 * k
            c.text(mid + 8, yy, lab, 9)
            fit(c, mid + 90, yy, val, 9, right - mid - 96)
        y = top + 14 * n + 34

        def block(y: float, head: str, lines: list[tuple[str, bool]]) -> float:
            fill(c, x0, y - 10, right - x0, 14, 214)
            c.text(x0 + 6, y, head, 8.5, bold=True)
            y += 15
            for line, bold in lines:
                y = paragraph(c, x0 + 6, y, line, 9, right - x0 - 12, 12, bold=bold)
            return y + 12

        loc = [
            (p.name, True),
            (p.address, False),
            (gps, False),
            (f"Set: {g['set']}", False),
        ]
        emerg = [
            (f"Hospital: {p.hospital}", True),
            (p.hospital_address, False),
            (f"Phone: {p.hospital_phone}", False),
        ]
        if g.get("hosp_gps"):
            emerg.append((f"GPS: {g['hosp_gps']}", False))
        emerg += [("Emergency number: 112", False), (f"Set medic: {g['medic']}", False)]
        base = [(f"{p.base}", False), (g["parking_note"], False)]
        order = [("LOCATION", loc), ("UNIT BASE / PARKING", base), ("EMERGENCY", emerg)]
        if g.get("emergency_first"):
            # HARD: the Emergency block (with the hospital's own GPS line) comes first
            order = [order[2], order[0], order[1]]
        for head, lines in order:
            y = block(y, head, lines)
        y = _table(
            c,
            x0,
            y + 4,
            ["SC.", "SET", "D/N", "PAGES", "CAST", "EST. TIME"],
            [0, 34, 300, 336, 380, 440],
            g["scenes"],
            right,
        )
        y = _table(
            c,
            x0,
            y + 4,
            ["#", "CAST", "ROLE", "PICK-UP", "MAKE-UP", "ON SET"],
            [0, 22, 140, 260, 330, 400],
            [
                (
                    str(k + 1),
                    a,
                    r,
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o + 20), t),
                    hm(add_minutes(call, o + 80), t),
                )
                for k, (a, r, o) in enumerate(g["cast"])
            ],
            right,
        )
        c.text(x0, y + 4, "Notes", 8.5, bold=True)
        y += 16
        for line in g["notes"]:
            y = paragraph(c, x0, y, line, 8, right - x0, 10.5)
        grey(c, 120)
        c.text(x0, c.pdf.h - 22, g["footer"], 7)
        c.right(right, c.pdf.h - 22, "1 / 1", 7)
        black(c)
        return c.output()

    return _sheet(
        f"ym_{key}",
        "yamdu_export",
        "Yamdu / Assemble-style European export in English: shooting day n/m, GPS, emergency",
        make,
        expect(p, title, day, call, f"{gps} Set: {g['set']}"),
    )


def _ym_sheets() -> list[Sheet]:
    return [
        _ym(
            "copenhagen",
            "The Salt Archive",
            D(2026, 10, 14),
            "07:00",
            {
                "time": "h24",
                "date_style": "uk_plain",
                "n": 9,
                "of": 25,
                "company": "Nordlys Film ApS",
                "director": "Ida Kjær",
                "producer": "Mads Holm",
                "times": [("Breakfast", -30), ("First shot", 75), ("Lunch", 330), ("Wrap", 660)],
                "weather": "Overcast, light rain",
                "temp": "11°C",
                "set": "Winter Garden and the French collection rooms",
                "parking_note": "Crew cars in the P-hus, trucks on Tietgensgade (permit in window)",
                "medic": "Jonas Berg, +45 20 55 01 44",
                "scenes": [
                    (
                        "21",
                        "INT. WINTER GARDEN - Astrid meets the curator",
                        "D",
                        "2 1/8",
                        "1, 3",
                        "1h45",
                    ),
                    ("22", "INT. FRENCH ROOMS - the missing label", "D", "1 3/8", "1", "1h15"),
                    ("25", "INT. STAIRWELL - phone call", "D", "4/8", "1, 2", "0h45"),
                ],
                "cast": [("Sofie Lind", "Astrid", 15), ("Henrik Dahl", "Curator", 45)],
                "notes": [
                    "No food or drink in the galleries. Museum opens to the public at 10:00."
                ],
                "footer": "Exported from the production's scheduling workspace · 13.10.2026 17:52",
            },
        ),
        _ym(
            "ljubljana",
            "Dragon Bridge",
            D(2026, 9, 9),
            "07:30",
            {
                "time": "h24",
                "date_style": "en_dots",
                "n": 4,
                "of": 20,
                "company": "Zmaj Film d.o.o.",
                "director": "Nika Kovač",
                "producer": "Luka Zupan",
                "times": [("Breakfast", -30), ("First shot", 60), ("Lunch", 330), ("Wrap", 690)],
                "weather": "Sunny",
                "temp": "24°C",
                "set": "Courtyard, chapel of St George and the Outlook Tower",
                "parking_note": "Vans at the funicular lower station; crew up by funicular",
                "medic": "Maja Horvat, +386 41 555 012",
                "scenes": [
                    ("8", "EXT. CASTLE COURTYARD - arrival", "D", "1 4/8", "1, 2", "1h30"),
                    ("9", "INT. CHAPEL - the fresco", "D", "2", "1", "2h00"),
                    ("11", "EXT. OUTLOOK TOWER - the city below", "D", "6/8", "1, 2", "1h00"),
                ],
                "cast": [("Ana Novak", "Vera", 0), ("Tomaž Kralj", "Marko", 60)],
                "notes": ["Castle open to visitors from 09:00; keep the courtyard path clear."],
                "footer": "Exported 08.09.2026 19:10 · version 3",
            },
        ),
        _ym(
            "antwerp",
            "Diamond Weather",
            D(2026, 11, 5),
            "08:00",
            {
                "time": "h24",
                "date_style": "iso_wd",
                "n": 17,
                "of": 32,
                "company": "Scheldt Pictures BV",
                "director": "Lotte Peeters",
                "producer": "Jan De Smet",
                "times": [("Breakfast", -30), ("First shot", 90), ("Lunch", 330), ("Wrap", 660)],
                "weather": "Cloudy, dry",
                "temp": "9°C",
                "set": "Studio, art room and the portico garden",
                # HARD: the Emergency block with the hospital's GPS line comes before Location
                "emergency_first": True,
                "hosp_gps": "51.22750, 4.42800",
                "parking_note": "Unit base in the Kolveniersstraat car park, level -2",
                "medic": "Sarah Wouters, +32 470 55 01 23",
                "scenes": [
                    ("40", "INT. RUBENS STUDIO - the commission", "D", "2 2/8", "1, 4", "2h00"),
                    ("41", "EXT. PORTICO GARDEN - Elise and Pieter", "D", "1 1/8", "1, 2", "1h15"),
                    ("43", "INT. ART ROOM - the forgery", "D", "1", "2", "1h00"),
                ],
                "cast": [("Elise Maes", "Elise", 30), ("Pieter Jacobs", "Pieter", 75)],
                "notes": ["Wapper is pedestrian: load in by hand trolley from Kolveniersstraat."],
                "footer": "Exported 2026-11-04 18:21",
            },
        ),
    ]


# --- Movie Magic Scheduling "Call Sheet" report --------------------------------------------------


def _mm(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]
    in_table = bool(g.get("loc_in_table"))

    def make() -> bytes:
        c = Canvas("letter", "courier")
        W = c.width
        x0 = 40.0
        right = W - x0
        c.text(x0, 42, title.upper(), 13, bold=True)
        c.right(right, 42, "Call Sheet", 13, bold=True)
        c.text(x0, 56, g["company"], 8.5)
        c.right(right, 56, f"Day {g['n']} of {g['of']}", 8.5)
        c.hline(x0, right, 64, 1.0)
        left = [
            ("Date:", day_text(day, g["date_style"])),
            ("Crew Call:", hm(call, t)),
            ("Shooting Call:", hm(add_minutes(call, g["shoot_after"]), t)),
            ("Lunch:", hm(add_minutes(call, 360), t)),
        ]
        rightcol = [
            ("Director:", g["director"]),
            ("Producer:", g["producer"]),
            ("Sunrise:", hm(rise, t)),
            ("Sunset:", hm(fall, t)),
            ("Weather:", g["weather"]),
        ]
        for k, (lab, val) in enumerate(left):
            yy = 80 + 12 * k
            c.text(x0, yy, lab, 8.5, bold=True)
            c.text(x0 + 96, yy, val, 8.5, bold=lab == "Crew Call:")
        for k, (lab, val) in enumerate(rightcol):
            yy = 80 + 12 * k
            c.text(330, yy, lab, 8.5, bold=True)
            fit(c, 400, yy, val, 8.5, right - 400)
        y = 80 + 12 * 5 + 4
        c.hline(x0, right, y, 0.6)
        y += 16
        c.text(x0, y, "Set / Location", 9, bold=True)
        y += 14
        if in_table:
            xs = [0, 34, 210, 240, 282, 316]
            heads = ["Sc.", "Set", "D/N", "Pages", "Cast", "Location"]
        else:
            xs = [0, 34, 330, 370, 420]
            heads = ["Sc.", "Set", "D/N", "Pages", "Cast"]
        fill(c, x0, y - 9, right - x0, 12, 225)
        for h, dx in zip(heads, xs, strict=True):
            c.text(x0 + 3 + dx, y, h, 7.5, bold=True)
        y += 4
        loc_lines = [p.name, p.street, p.city]
        for k, (sc, set_, dn, pg, cast, synopsis) in enumerate(g["scenes"]):
            y += 12
            row = [sc, set_, dn, pg, cast]
            for i, v in enumerate(row):
                x1 = xs[i + 1] if i + 1 < len(xs) else right - x0
                fit(c, x0 + 3 + xs[i], y, v, 7.5, x1 - xs[i] - 5)
            grey(c, 90)
            c.text(x0 + 37, y + 10, synopsis, 7)
            black(c)
            if in_table and k < len(loc_lines):
                # HARD: the set's address only here, one line per scene row, wrapped in the
                # Location column as the report prints it
                c.text(x0 + 3 + xs[5], y, loc_lines[k], 7.5)
            y += 10
            # the Location column is one cell down the rows: no rule through it
            c.hline(x0, x0 + xs[5] if in_table else right, y + 3, 0.2)
        y += 14
        fit(c, x0, y, f"Total Pages: {g['total']}", 8, 200, bold=True)
        y += 22
        if not in_table:
            c.text(x0, y, "Location:", 8.5, bold=True)
            c.text(x0 + 96, y, p.name, 8.5, bold=True)
            c.text(x0 + 96, y + 11, p.address, 8.5)
            c.text(x0 + 96, y + 22, g["set"], 8.5)
            y += 40
        c.text(x0, y, "Parking:", 8.5, bold=True)
        c.text(x0 + 96, y, p.base, 8.5)
        y += 18
        c.text(x0, y, "Nearest Hospital:", 8.5, bold=True)
        c.text(x0 + 110, y, p.hospital, 8.5)
        c.text(x0 + 110, y + 11, f"{p.hospital_address}  {p.hospital_phone}", 8.5)
        y += 34
        y = _table(
            c,
            x0,
            y,
            ["#", "Cast", "Character", "Status", "Pickup", "MU/Wardrobe", "On Set"],
            [0, 20, 150, 260, 310, 370, 450],
            [
                (
                    str(k + 1),
                    a,
                    r,
                    s,
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o + 15), t),
                    hm(add_minutes(call, o + 75), t),
                )
                for k, (a, r, s, o) in enumerate(g["cast"])
            ],
            right,
            size=7.5,
        )
        c.text(x0, y + 6, "Remarks:", 8, bold=True)
        y += 18
        for line in g["remarks"]:
            y = paragraph(c, x0 + 10, y, line, 7.5, right - x0 - 10, 10)
        c.hline(x0, right, c.pdf.h - 36, 0.4)
        c.text(x0, c.pdf.h - 24, g["printed"], 7)
        c.right(right, c.pdf.h - 24, "Page 1", 7)
        return c.output()

    extra = " ".join(s[1] for s in g["scenes"]) if in_table else g["set"]
    return _sheet(
        f"mm_{key}",
        "mms_report",
        "Movie Magic Scheduling call sheet report: Date / Crew Call / Shooting Call header lines",
        make,
        expect(p, title, day, call, extra),
    )


def _mm_sheets() -> list[Sheet]:
    return [
        _mm(
            "savannah",
            "Spanish Moss",
            D(2026, 10, 20),
            "07:00",
            {
                "time": "letter_upper",
                "date_style": "us_paren",
                "n": 12,
                "of": 30,
                "shoot_after": 60,
                "company": "Live Oak Pictures, LLC",
                "director": "Harriet Vance",
                "producer": "Cole Simmons",
                "weather": "Sunny 78/61",
                "set": "Rotunda gallery and the front steps on Telfair Square",
                "scenes": [
                    ("27", "INT. TELFAIR ROTUNDA", "D", "2 1/8", "1,3", "Eliza finds the letter"),
                    ("28", "EXT. TELFAIR SQUARE", "D", "7/8", "1", "The carriage waits"),
                    ("30", "INT. GALLERY", "D", "1 4/8", "1,2,5", "Auction preview"),
                ],
                "total": "4 4/8",
                "cast": [
                    ("Margaret Ellis", "Eliza", "W", 30),
                    ("Darnell Price", "Thomas", "W", 90),
                    ("June Hart", "Mrs. Lowe", "SWF", 120),
                ],
                "remarks": ["Museum closed to public until 12:00 PM. No open flames near artwork."],
                "printed": "Printed: 10/19/2026 5:41 PM",
            },
        ),
        _mm(
            "santafe",
            "Adobe Light",
            D(2026, 11, 10),
            "07:00",
            {
                "time": "military",
                "date_style": "us_long",
                "n": 6,
                "of": 24,
                "shoot_after": 75,
                "company": "Cerrillos Road Films",
                "director": "Tomas Arviso",
                "producer": "Beth Carrow",
                "weather": "Clear 52/27",
                "set": "Chapel nave and the spiral staircase",
                "scenes": [
                    ("14", "INT. CHAPEL - NAVE", "D", "1 6/8", "1,2", "The wedding rehearsal"),
                    ("15", "INT. CHAPEL - STAIRCASE", "D", "1", "2", "Sister Agnes climbs"),
                    ("19", "EXT. CHAPEL DOORS", "D", "4/8", "1,2,4", "Snow begins"),
                ],
                "total": "3 2/8",
                "cast": [
                    ("Lucia Benally", "Rosa", "W", 0),
                    ("Frances Ortiz", "Sister Agnes", "W", 45),
                    ("Will Carter", "Father Dunn", "SW", 105),
                ],
                "remarks": ["Cold morning: heaters at base. Chapel open to visitors after 1400."],
                "printed": "Printed: 11/9/2026 1912",
            },
        ),
        _mm(
            "richmond",
            "Marble Stair",
            D(2026, 11, 19),
            "07:30",
            {
                "time": "us",
                "date_style": "us_short",
                "n": 3,
                "of": 16,
                "shoot_after": 60,
                "company": "Fan District Films",
                "director": "Wendell Pryor",
                "producer": "Amy Tran",
                "weather": "Cloudy 55/40",
                # HARD: no Location line; the set's address is only in the table's Location column
                "loc_in_table": True,
                "set": "",
                "scenes": [
                    ("5", "INT. HOTEL - GRAND STAIRCASE", "D", "2", "1,2", "The descent"),
                    ("6", "INT. HOTEL - PALM COURT", "D", "1 2/8", "1", "Lemaire's statue"),
                    ("9", "INT. HOTEL - ROTUNDA", "D", "1 5/8", "1,3", "The toast"),
                ],
                "total": "4 7/8",
                "cast": [
                    ("Celia Moore", "Annabel", "W", 30),
                    ("Grant Hollis", "Mr. Beale", "SW", 90),
                    ("Nia Foster", "Clara", "W", 120),
                ],
                "remarks": [
                    "Hotel guests in the lobby: keep cables taped and the east doors clear."
                ],
                "printed": "Printed: 11/18/2026 6:05 PM",
            },
        ),
    ]


# --- Studiovity / Filmustage-style mobile-first export ------------------------------------------


def _mo(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas((320.0, 1080.0), "sans")
        W = c.width
        x0 = 18.0
        right = W - x0
        width = right - x0
        fill(c, 0, 0, W, 74, 34)
        c.pdf.set_text_color(255, 255, 255)
        fit(c, x0, 30, title, 15, width, bold=True)
        c.text(x0, 48, f"Call Sheet · Day {g['n']} of {g['of']}", 9)
        fit(c, x0, 63, g["company"], 7.5, width)
        black(c)
        y = 96.0

        def section(y: float, head: str) -> float:
            grey(c, 110)
            c.text(x0, y, head, 8, bold=True)
            black(c)
            return y + 15

        def rule(y: float) -> float:
            c.hline(x0, right, y, 0.3)
            return y + 16

        if g.get("personal"):
            # HARD: a per-recipient export: "Your call" in big type before the general crew call
            who, dept, o = g["personal"]
            fill(c, x0, y - 12, width, 58, 238)
            c.text(x0 + 8, y + 2, f"Hi {who}, your call", 8.5, bold=True)
            c.text(x0 + 8, y + 28, hm(add_minutes(call, o), t), 22, bold=True)
            c.text(x0 + 8, y + 41, dept, 8)
            y += 66
        y = section(y, "▸ DATE")
        c.text(x0, y, day_text(day, g["date_style"]), 11, bold=True)
        y = rule(y + 10)
        y = section(y, "◷ CREW CALL")
        c.text(x0, y + 10, hm(call, t), 20, bold=True)
        y += 26
        for lab, o in g["times"]:
            c.text(x0, y, f"{lab}  {hm(add_minutes(call, o), t)}", 8.5)
            y += 12
        y = rule(y)
        y = section(y, "☀ SUN & WEATHER")
        c.text(x0, y, f"Sunrise {hm(rise, t)}   ☾ Sunset {hm(fall, t)}", 9)
        c.text(x0, y + 13, f"☁ {g['weather']}", 9)
        y = rule(y + 24)
        y = section(y, "➤ LOCATION")
        y = paragraph(c, x0, y, p.name, 10.5, width, 13, bold=True)
        y = paragraph(c, x0, y, p.address, 9.5, width, 12)
        y = paragraph(c, x0, y, g["set"], 8.5, width, 11)
        grey(c, 110)
        c.text(x0, y, "Open in Maps >", 8)
        black(c)
        y = rule(y + 10)
        y = section(y, "● PARKING / BASE")
        y = paragraph(c, x0, y, p.base, 9, width, 12)
        y = paragraph(c, x0, y, g["parking_note"], 8, width, 10.5)
        y = rule(y)
        y = section(y, "⚕ NEAREST HOSPITAL")
        y = paragraph(c, x0, y, p.hospital, 10, width, 13, bold=True)
        y = paragraph(c, x0, y, p.hospital_address, 9, width, 12)
        c.text(x0, y, f"✆ {p.hospital_phone}", 9)
        c.text(x0, y + 12, g["distance"], 8)
        y = rule(y + 22)
        y = section(y, "✆ KEY CONTACTS")
        for role, name, phone in g["contacts"]:
            c.text(x0, y, f"{role} · {name}", 8.5)
            c.right(right, y, phone, 8.5)
            y += 12
        y = rule(y)
        y = section(y, "▸ SCHEDULE")
        for o, sc, text in g["scenes"]:
            c.text(x0, y, hm(add_minutes(call, o), t), 8.5, bold=True)
            c.text(x0 + 58, y, f"Sc. {sc}", 8.5)
            y = paragraph(c, x0 + 58, y + 11, text, 8, width - 58, 10.5)
            y += 4
        y = rule(y)
        y = section(y, "⚠ NOTES")
        for line in g["notes"]:
            y = paragraph(c, x0, y, line, 8, width, 10.5)
        grey(c, 130)
        c.text(x0, c.pdf.h - 20, g["footer"], 6.5)
        black(c)
        return c.output()

    return _sheet(
        f"mo_{key}",
        "mobile_export",
        "Studiovity / Filmustage-style mobile-first export: one narrow column of stacked sections",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _mo_sheets() -> list[Sheet]:
    return [
        _mo(
            "chatsworth",
            "The Long Gallery",
            D(2026, 10, 13),
            "07:30",
            {
                "time": "h24",
                "date_style": "eu_abbrev",
                "n": 5,
                "of": 18,
                "company": "Peak District Pictures Ltd",
                # HARD: the recipient's own call (06:45, hair and make-up) comes first and larger
                "personal": ("Marta", "Hair & Make-up · your department call", -45),
                "times": [("Breakfast", -30), ("Shooting call", 60), ("Lunch", 330)],
                "weather": "Cloudy, 12°C, wind 15 mph",
                "set": "Painted Hall, Great Stairs and the Sculpture Gallery",
                "parking_note": "Crew park in the lower field; follow the yellow UNIT signs.",
                "distance": "11.8 mi · 25 min",
                "contacts": [
                    ("1st AD", "Owen Price", "07700 900418"),
                    ("Prod. Manager", "Lena Shaw", "07700 900562"),
                    ("Locations", "Sam Ford", "07700 900733"),
                ],
                "scenes": [
                    (60, "7", "INT. PAINTED HALL - Lady Ashby receives the letter"),
                    (210, "8", "INT. GREAT STAIRS - the argument"),
                    (390, "12", "INT. SCULPTURE GALLERY - alone with the marble"),
                ],
                "notes": [
                    "Flat shoes only on the historic floors. House opens to visitors at 10:30."
                ],
                "footer": "Shared from the production app · generated 12/10/2026 20:14",
            },
        ),
        _mo(
            "milwaukee",
            "Brewer's Daughter",
            D(2026, 10, 8),
            "07:00",
            {
                "time": "short_a",
                "date_style": "us_long",
                "n": 11,
                "of": 20,
                "company": "Cream City Films",
                "times": [("Breakfast", -30), ("Shooting call", 60), ("Lunch", 360)],
                "weather": "Sunny, 64°/48°",
                "set": "Grand hall, dining room and the pavilion",
                "parking_note": "Street parking on W Wisconsin Ave is metered; use the lot.",
                "distance": "0.7 mi · 4 min",
                "contacts": [
                    ("1st AD", "Kris Nowak", "(414) 555-0102"),
                    ("UPM", "Dana Ruiz", "(414) 555-0137"),
                ],
                "scenes": [
                    (60, "33", "INT. MANSION GRAND HALL - Emma's engagement"),
                    (240, "34", "INT. DINING ROOM - the toast goes wrong"),
                    (420, "38", "EXT. PAVILION - Emma and the brewer"),
                ],
                "notes": ["Gloves for anyone handling the period furniture."],
                "footer": "Shared from the production app · generated 10/7/26 7:48p",
            },
        ),
        _mo(
            "memphis",
            "Soulsville",
            D(2026, 10, 27),
            "06:45",
            {
                "time": "us",
                "date_style": "us_numeric",
                "n": 2,
                "of": 12,
                "company": "McLemore Avenue Films",
                "times": [("Breakfast", -30), ("Shooting call", 75), ("Lunch", 345)],
                "weather": "Humid, 76°/58°, 10% rain",
                "set": "Studio A and the marquee on McLemore",
                "parking_note": "Trucks on College St only; no parking in front of the marquee.",
                "distance": "3.4 mi · 10 min",
                "contacts": [
                    ("1st AD", "Tasha Greene", "(901) 555-0176"),
                    ("Line Producer", "Bo Whitley", "(901) 555-0191"),
                ],
                "scenes": [
                    (75, "3", "INT. STUDIO A - first session"),
                    (225, "4", "EXT. MARQUEE - the line around the block"),
                    (405, "6", "INT. CONTROL ROOM - the playback"),
                ],
                "notes": [
                    "Museum tours run from 10:00 AM; keep Studio A doors closed while rolling."
                ],
                "footer": "Shared from the production app · generated 10/26/2026 9:02 PM",
            },
        ),
    ]


# --- Two-page export: schedule first, the day's facts repeated in a different strip on page 2 ----


def _tp(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t1, t2 = g["time"], g["time2"]

    def make() -> bytes:
        c = Canvas(g["page"], "helvetica")
        W = c.width
        x0 = 36.0
        right = W - x0
        # page 1: strip with date and call, then schedule and cast
        fill(c, x0, 24, right - x0, 62, 228)
        c.text(x0 + 8, 44, title.upper(), 15, bold=True)
        c.text(x0 + 8, 60, f"{g['company']} · Day {g['n']} of {g['of']}", 8.5)
        c.text(x0 + 8, 76, day_text(day, g["date_style"]), 9.5, bold=True)
        c.right(right - 8, 40, g["call_label"], 8, bold=True)
        c.right(right - 8, 62, hm(call, t1), 18, bold=True)
        c.right(right - 8, 78, f"Location: {p.name}", 8)
        y = 104.0
        c.text(x0, y, f"Sunrise {hm(rise, t1)}  ·  Sunset {hm(fall, t1)}  ·  {g['weather']}", 8.5)
        y += 22
        c.text(x0, y, "SHOOTING SCHEDULE", 10, bold=True)
        y = _table(
            c,
            x0,
            y + 16,
            ["TIME", "SC.", "SET / DESCRIPTION", "D/N", "PGS", "CAST"],
            [0, 56, 90, 360, 396, 440],
            [(hm(add_minutes(call, o), t1), *rest) for o, *rest in g["scenes"]],
            right,
            lead=14,
        )
        y += 10
        c.text(x0, y, "CAST", 10, bold=True)
        y = _table(
            c,
            x0,
            y + 16,
            ["#", "ARTIST", "CHARACTER", "PICK-UP", "HMU", "ON SET"],
            [0, 24, 160, 290, 360, 430],
            [
                (
                    str(k + 1),
                    a,
                    r,
                    hm(add_minutes(call, o), t1),
                    hm(add_minutes(call, o + 20), t1),
                    hm(add_minutes(call, o + 80), t1),
                )
                for k, (a, r, o) in enumerate(g["cast"])
            ],
            right,
            lead=14,
        )
        y += 10
        c.text(x0, y, "BACKGROUND & NOTES", 10, bold=True)
        y += 16
        for line in g["notes"]:
            y = paragraph(c, x0, y, line, 8.5, right - x0, 11)
        grey(c, 120)
        c.right(right, c.pdf.h - 22, "Page 1 of 2", 7)
        black(c)
        # page 2: the same facts in a one-line strip, then location with map text and hospital
        c.new_page()
        c.box(x0, 24, right - x0, 22, 0.8)
        strip = (
            f"{title.upper()}  ·  {day_text(day, g['date_style2'])}  ·  Day {g['n']}/{g['of']}"
            f"  ·  {g['call_label2']} {hm(call, t2)}"
        )
        fit(c, x0 + 8, 39, strip, 9, right - x0 - 16, bold=True)
        y = 70.0
        fill(c, x0, y - 11, right - x0, 15, 228)
        c.text(x0 + 6, y, "LOCATION & MAP", 9, bold=True)
        y += 17
        c.text(x0 + 6, y, p.name, 10, bold=True)
        c.text(x0 + 6, y + 13, p.address, 9.5)
        y = paragraph(c, x0 + 6, y + 26, f"Set: {g['set']}", 9, right - x0 - 12, 12)
        y = paragraph(c, x0 + 6, y, f"Map: {g['map']}", 8.5, right - x0 - 12, 11)
        y += 10
        fill(c, x0, y - 11, right - x0, 15, 228)
        c.text(x0 + 6, y, g["base_label"], 9, bold=True)
        y = paragraph(c, x0 + 6, y + 17, p.base, 9.5, right - x0 - 12, 12)
        y += 10
        fill(c, x0, y - 11, right - x0, 15, 228)
        c.text(x0 + 6, y, g["hosp_label"], 9, bold=True)
        y += 17
        c.text(x0 + 6, y, p.hospital, 10, bold=True)
        c.text(x0 + 6, y + 13, f"{p.hospital_address}  ·  {p.hospital_phone}", 9)
        c.text(x0 + 6, y + 26, g["hosp_note"], 8.5)
        y += 50
        c.text(x0, y, "CREW", 10, bold=True)
        y = _table(
            c,
            x0,
            y + 16,
            ["DEPARTMENT", "POSITION", "NAME", "PHONE", "CALL"],
            [0, 110, 230, 360, 450],
            [(d, pos, n, ph, hm(add_minutes(call, o), t2)) for d, pos, n, ph, o in g["crew"]],
            right,
            lead=13,
        )
        if g.get("advance"):
            # HARD: tomorrow's advance schedule with its own date, call and location
            adv = g["advance"]
            y += 14
            fill(c, x0, y - 11, right - x0, 15, 200)
            c.text(x0 + 6, y, f"ADVANCE SCHEDULE - {adv['date']}", 9, bold=True)
            y += 17
            for line in adv["lines"]:
                y = paragraph(c, x0 + 6, y, line, 8.5, right - x0 - 12, 11.5)
        grey(c, 120)
        c.right(right, c.pdf.h - 22, "Page 2 of 2", 7)
        black(c)
        return c.output()

    return _sheet(
        f"tp_{key}",
        "two_page_export",
        "two-page export: schedule and cast on page 1, location map text and hospital on page 2",
        make,
        expect(p, title, day, call, f"Set: {g['set']} Map: {g['map']}"),
    )


def _tp_sheets() -> list[Sheet]:
    return [
        _tp(
            "coronado",
            "Red Roof Summer",
            D(2026, 9, 15),
            "07:00",
            {
                "page": "letter",
                "time": "us",
                "time2": "letter_upper",
                "date_style": "us_long",
                "date_style2": "us_short",
                "call_label": "CREW CALL",
                "call_label2": "Crew Call",
                "n": 3,
                "of": 12,
                "company": "Silver Strand Pictures",
                "weather": "Sunny, 77°/66°",
                "scenes": [
                    (60, "9", "EXT. HOTEL BEACH - the lifeguard stand", "D", "1 4/8", "1, 2"),
                    (210, "10", "INT. CROWN ROOM - the reunion lunch", "D", "2 2/8", "1, 2, 3"),
                    (420, "14", "EXT. VICTORIAN VERANDA - goodbyes", "D", "7/8", "2"),
                ],
                "cast": [("Rosa Delgado", "June", 0), ("Evan Marsh", "Teddy", 45)],
                "notes": ["40 BG hotel guests, 1930s beachwear; holding in the Ocean Terrace."],
                "set": "Beach in front of the hotel, Crown Room and the west veranda",
                "map": "From the bridge take Orange Ave south; hotel entrance on the right "
                "past Adella Ave. Crew follow signs to the community centre lot.",
                "base_label": "BASECAMP / CREW PARKING",
                "hosp_label": "NEAREST HOSPITAL",
                "hosp_note": "Emergency Room open 24 hours · 1.0 mi, 4 min",
                "crew": [
                    ("Camera", "DP", "Luis Ortega", "(619) 555-0114", -30),
                    ("Grip", "Key Grip", "Hank Doyle", "(619) 555-0123", -30),
                    ("Production", "1st AD", "Priya Shah", "(619) 555-0167", -60),
                ],
            },
        ),
        _tp(
            "blackpool",
            "Illuminations",
            D(2026, 10, 21),
            "08:00",
            {
                "page": "A4",
                "time": "h24",
                "time2": "military",
                "date_style": "uk_plain",
                "date_style2": "uk_short",
                "call_label": "UNIT CALL",
                "call_label2": "Unit Call",
                "n": 8,
                "of": 20,
                "company": "Fylde Coast Films",
                "weather": "Breezy, showers, 12°C",
                "scenes": [
                    (60, "22", "INT. TOWER BALLROOM - the last dance", "D", "2 4/8", "1, 2"),
                    (240, "23", "INT. TOWER CIRCUS - Danny's audition", "D", "1 3/8", "2, 5"),
                    (450, "26", "EXT. PROMENADE - the lights come on", "N", "1", "1, 2"),
                ],
                "cast": [("Chloe Banks", "Jess", 0), ("Ryan Tate", "Danny", 30)],
                "notes": ["30 SAs in evening dress for the ballroom; costume call 0700."],
                "set": "Tower Ballroom, the circus ring and the Promenade outside",
                "map": "M55 to the end, follow Central Car Park signs; walk north along the "
                "Promenade to the Tower's side entrance on Bank Hey St.",
                "base_label": "UNIT BASE",
                "hosp_label": "NEAREST A&E",
                "hosp_note": "A&E open 24 hours · 2.6 miles, 10 min",
                "crew": [
                    ("Camera", "DoP", "Niamh Kerr", "07700 900211", -30),
                    ("Electrical", "Gaffer", "Phil Ash", "07700 900244", -45),
                    ("ADs", "1st AD", "Gary Lowe", "07700 900288", -60),
                ],
            },
        ),
        _tp(
            "miami",
            "Bay Glass",
            D(2026, 11, 17),
            "06:30",
            {
                "page": "letter",
                "time": "us",
                "time2": "military",
                "date_style": "us_ordinal",
                "date_style2": "us_numeric",
                "call_label": "GENERAL CALL",
                "call_label2": "General Call",
                "n": 15,
                "of": 26,
                "company": "Coconut Grove Films",
                "weather": "Sunny, 81°/70°",
                "scenes": [
                    (60, "44", "EXT. VIZCAYA GARDENS - the maze", "D", "1 5/8", "1, 3"),
                    (240, "45", "INT. MAIN HOUSE - the breakfast room", "D", "2", "1, 2"),
                    (420, "49", "EXT. STONE BARGE - sunset call", "D", "6/8", "2"),
                ],
                "cast": [("Marisol Vega", "Inés", 0), ("Theo Grant", "Cal", 60)],
                "notes": ["Gardens open to visitors at 9:30 AM; stay on the paths."],
                "set": "Formal gardens, main house breakfast room and the stone barge",
                "map": "US-1 to S Miami Ave, entrance opposite the Metrorail station; crew "
                "vehicles to the east lot.",
                "base_label": "CREW PARKING",
                "hosp_label": "NEAREST HOSPITAL",
                "hosp_note": "Emergency department open 24 hours · 0.5 mi, 3 min",
                "crew": [
                    ("Camera", "DP", "Andrés Peña", "(305) 555-0131", -30),
                    ("Electric", "Gaffer", "Mo Sadiq", "(305) 555-0142", -30),
                    ("Production", "1st AD", "Kelly Ruiz", "(305) 555-0158", -45),
                ],
                "advance": {
                    "date": "Wednesday, November 18, 2026",
                    "lines": [
                        "Crew Call 7:00 AM · Deering Estate, 16701 SW 72nd Ave, Palmetto Bay, "
                        "FL 33157",
                        "Sc. 51, 52, 55 · EXT. STONE HOUSE / EXT. BOAT BASIN · D · 4 2/8 pgs",
                    ],
                },
            },
        ),
    ]


# --- Google Sheets template export: Australian / New Zealand commercial -------------------------


def _gs(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "helvetica")
        W = c.width
        x0 = 28.0
        right = W - x0
        cols = [x0, x0 + 96, x0 + 270, x0 + 366, right]
        r, gg, b = g["colour"]
        y = 30.0

        def merged(y: float, h: float, text: str, *, colour: bool = False, size: float = 9):
            if colour:
                c.pdf.set_fill_color(r, gg, b)
                c.pdf.rect(x0, y, right - x0, h, style="F")
                c.pdf.set_text_color(255, 255, 255)
            c.box(x0, y, right - x0, h, 0.4)
            fit(c, x0 + 4, y + h - 6, text, size, right - x0 - 8, bold=True)
            black(c)
            return y + h

        def row(y: float, cells: list[str], h: float = 16.0, *, shade: bool = True):
            """Label / value / label / value cells; a value may be merged across (None)."""
            for k in range(4):
                if shade and k % 2 == 0 and cells[k] is not None:
                    fill(c, cols[k], y, cols[k + 1] - cols[k], h, 236)
            xs = list(cols)
            for k, v in enumerate(cells):
                if v is None:
                    continue
                span_end = k + 1
                while span_end < len(cells) and cells[span_end] is None:
                    span_end += 1
                x_a, x_b = xs[k], xs[span_end]
                c.box(x_a, y, x_b - x_a, h, 0.3)
                lines = v.split("\n")
                for i, ln in enumerate(lines):
                    fit(
                        c,
                        x_a + 3,
                        y + 11 + 11 * i,
                        ln,
                        7.5 if k % 2 == 0 else 8.5,
                        x_b - x_a - 6,
                        bold=k == 0 or (shade and k % 2 == 0),
                    )
            return y + h

        y = merged(y, 26, f"CALL SHEET  -  {title.upper()}", colour=True, size=13)
        y = merged(
            y,
            16,
            f"CLIENT: {g['client']}    AGENCY: {g['agency']}    PRODUCTION: {g['company']}",
            size=7.5,
        )
        rows: list[list[str | None]] = [
            ["DATE", day_text(day, g["date_style"]), "SHOOT DAY", g["shoot_day"]],
        ]
        if g.get("pre_call"):
            # HARD: a PRE-CALL row (HMU / wardrobe / art) sits above the crew call row
            rows.append(
                [
                    "PRE-CALL",
                    f"{hm(add_minutes(call, -60), t)}  HMU / Wardrobe / Art",
                    "BREAKFAST",
                    hm(add_minutes(call, -30), t),
                ]
            )
        rows += [
            ["CREW CALL", hm(call, t), "FIRST SHOT", hm(add_minutes(call, 60), t)],
            ["SUNRISE", hm(rise, t), "SUNSET", hm(fall, t)],
            ["WEATHER", g["weather"], "EST. WRAP", hm(add_minutes(call, 660), t)],
        ]
        for cells in rows:
            y = row(y, cells)  # type: ignore[arg-type]
        y += 8
        y = merged(y, 16, "LOCATION", colour=True)
        y = row(y, ["LOCATION", f"{p.name}\n{p.address}", None, None], 28)
        y = row(y, ["SET", g["set"], None, None])
        y = row(y, ["UNIT BASE / PARKING", p.base, None, None])
        y = row(
            y,
            [
                "NEAREST HOSPITAL",
                f"{p.hospital}\n{p.hospital_address}  {p.hospital_phone}",
                None,
                None,
            ],
            28,
        )
        y = row(y, ["EMERGENCY", g["emergency"], None, None])
        y += 8
        y = merged(y, 16, "SCHEDULE", colour=True)
        for o, text in g["schedule"]:
            y = row(y, [hm(add_minutes(call, o), t), text, None, None])
        y += 8
        y = merged(y, 16, "CREW", colour=True)
        for role, name, phone, o in g["crew"]:
            y = row(y, [role, name, phone, hm(add_minutes(call, o), t)], shade=False)
        grey(c, 120)
        c.text(x0, c.pdf.h - 20, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"gs_{key}",
        "gsheets_anz",
        "Google Sheets call sheet template export, AU / NZ commercial: merged cells, colour header",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _gs_sheets() -> list[Sheet]:
    return [
        _gs(
            "rotorua",
            "Geyser Flat",
            D(2026, 10, 14),
            "06:45",
            {
                "time": "us_lower",
                "date_style": "eu_abbrev",
                "colour": (0, 121, 107),
                "client": "Kōwhai Energy",
                "agency": "Tide & Ember",
                "company": "Long White Films",
                "shoot_day": "1 of 2",
                # HARD: the pre-call row comes before the crew call row
                "pre_call": True,
                "weather": "Fine, 17°C, light NE",
                "set": "Pōhutu geyser viewing terrace and the carving school",
                "emergency": "111",
                "schedule": [
                    (60, "Shot 1-4: family on the terrace, geyser behind"),
                    (300, "Lunch"),
                    (360, "Shot 5-8: carving school, product close-ups"),
                ],
                "crew": [
                    ("Director", "Hemi Walker", "021 555 0143", 0),
                    ("DOP", "Kate Bryce", "021 555 0167", 0),
                    ("1st AD", "Liam Te Rangi", "021 555 0188", -30),
                ],
                "footer": "Geyser Flat call sheet - Google Sheets",
            },
        ),
        _gs(
            "darwin",
            "Top End Ute",
            D(2026, 8, 19),
            "07:00",
            {
                "time": "us_lower",
                "date_style": "eu_abbrev",
                "colour": (191, 87, 0),
                "client": "Northline Motors",
                "agency": "Saltwater Creative",
                "company": "Mangrove Pictures",
                "shoot_day": "2 of 3",
                "weather": "Sunny, 31°C, dry season",
                "set": "Front lawn, the Maritime gallery and the car park drive",
                "emergency": "000",
                "schedule": [
                    (45, "Shot 1-3: ute arrives along the drive"),
                    (300, "Lunch"),
                    (360, "Shot 4-6: Maritime gallery, pearling luggers"),
                ],
                "crew": [
                    ("Director", "Bec Nguyen", "0412 555 018", 0),
                    ("Producer", "Jack Doolan", "0412 555 044", -30),
                    ("Gaffer", "Ari Sato", "0412 555 071", -15),
                ],
                "footer": "Top End Ute - call sheet v2 - Google Sheets",
            },
        ),
        _gs(
            "wollongong",
            "Coastline Bank",
            D(2026, 11, 25),
            "06:00",
            {
                "time": "short_am",
                "date_style": "eu_abbrev",
                "colour": (48, 63, 159),
                "client": "Coastline Community Bank",
                "agency": "Harbour & Co",
                "company": "Illawarra Picture Co",
                "shoot_day": "1 of 1",
                "weather": "Partly cloudy, 23°C",
                "set": "Main shrine courtyard and the pagoda path",
                "emergency": "000",
                "schedule": [
                    (60, "Shot 1-2: morning wide of the pagoda"),
                    (330, "Lunch"),
                    (390, "Shot 3-5: customer story, courtyard"),
                ],
                "crew": [
                    ("Director", "Tom Archer", "0423 555 102", 0),
                    ("DOP", "Sunny Park", "0423 555 119", -15),
                    ("Producer", "Gemma Hale", "0423 555 136", -30),
                ],
                "footer": "Coastline Bank TVC call sheet - Google Sheets",
            },
        ),
    ]


# --- near misses: share call-sheet words, are not call sheets ----------------------------------


def _hotel() -> bytes:
    """A crew hotel booking confirmation: hotel address, check-in / check-out dates and times."""
    c = Canvas("letter", "helvetica")
    W = c.width
    x0 = 54.0
    c.text(x0, 60, "BOOKING CONFIRMATION", 17, bold=True)
    c.right(W - x0, 54, "The Marshall House", 11, bold=True)
    c.right(W - x0, 67, "123 E Broughton St, Savannah, GA 31401", 8)
    c.right(W - x0, 78, "(912) 644-7896", 8)
    c.hline(x0, W - x0, 88, 1.0)
    y = 112.0
    for lab, val in [
        ("Confirmation no.", "MH-2026-884213"),
        ("Group", "SPANISH MOSS - Live Oak Pictures, LLC (crew block)"),
        ("Guest", "Cole Simmons + 11 rooms, rooming list attached"),
        ("Check-in", "Monday, October 19, 2026 from 3:00 PM"),
        ("Check-out", "Wednesday, October 21, 2026 by 11:00 AM"),
        ("Rooms", "12 x King, non-smoking"),
        ("Rate", "$189.00 per room per night + tax"),
        ("Parking", "Valet $32 / night; crew vans in the Liberty St garage"),
    ]:
        c.text(x0, y, lab, 10, bold=True)
        c.text(x0 + 130, y, val, 10)
        y += 15
    y += 10
    for para in [
        "Early check-out: the front desk opens at 5:00 AM for guests with early call times; "
        "grab-and-go breakfast bags can be ordered the night before.",
        "Cancellation: rooms may be released without charge until 72 hours before arrival.",
        "This confirmation is not a call sheet. Location, call times and the day's schedule come "
        "from the production office.",
    ]:
        y = paragraph(c, x0, y, para, 9.5, W - 2 * x0, 12.5) + 6
    return c.output()


def _induction() -> bytes:
    """A site induction / safety sign-in sheet: date, site address, times in and out."""
    c = Canvas("A4", "helvetica")
    W = c.width
    x0 = 36.0
    right = W - x0
    c.text(x0, 50, "SITE SAFETY INDUCTION & SIGN-IN SHEET", 14, bold=True)
    c.text(x0, 66, "Mangrove Pictures · TOP END UTE (TVC)", 9)
    y = 90.0
    for lab, val in [
        ("Site", "Museum and Art Gallery of the Northern Territory"),
        ("Site address", "19 Conacher St, The Gardens NT 0820"),
        ("Date", "Wed 19 Aug 2026"),
        ("Induction time", "6:30am, at the unit base (Mindil Beach car park)"),
        ("Inducted by", "Jack Doolan, Producer / COVID-safe officer"),
        ("First aid", "Set medic on site; nearest hospital Royal Darwin Hospital"),
    ]:
        c.text(x0, y, lab, 9, bold=True)
        c.text(x0 + 110, y, val, 9)
        y += 13
    y += 8
    y = paragraph(
        c,
        x0,
        y,
        "By signing I confirm I have been inducted, I have no COVID-19 symptoms, I know the "
        "emergency assembly point (front lawn) and I will sign out when I leave the site.",
        8.5,
        right - x0,
        11,
    )
    y += 10
    widths = [150, 130, 70, 70, right - x0 - 420]
    c.grid(x0, y, widths, [16] * 15)
    heads = ["NAME", "COMPANY / DEPT", "TIME IN", "TIME OUT", "SIGNATURE"]
    xx = x0
    for h, w in zip(heads, widths, strict=True):
        c.text(xx + 3, y + 11, h, 7.5, bold=True)
        xx += w
    entries = [
        ("Bec Nguyen", "Director", "6:25am", ""),
        ("Ari Sato", "Lighting", "6:31am", ""),
        ("Jo Maxwell", "Camera", "6:34am", ""),
        ("Pat Lee", "Catering", "6:02am", ""),
    ]
    for k, row in enumerate(entries):
        xx = x0
        for v, w in zip(row, widths, strict=False):
            c.text(xx + 3, y + 27 + 16 * k, v, 8)
            xx += w
    return c.output()


def _gear() -> bytes:
    """An equipment check-out / return form: dates, times, the rental house address."""
    c = Canvas("letter", "helvetica")
    W = c.width
    x0 = 40.0
    right = W - x0
    c.text(x0, 52, "EQUIPMENT CHECK-OUT / RETURN FORM", 15, bold=True)
    c.right(right, 46, "Forest City Camera & Grip", 10, bold=True)
    c.right(right, 58, "4500 Lorain Ave, Cleveland, OH 44102 · (216) 555-0190", 7.5)
    c.hline(x0, right, 68, 0.8)
    y = 90.0
    for a, b in [
        ("Production: LAKESHORE STATIC", "Order #: FC-10412"),
        ("Company: Cuyahoga Light Pictures", "Contact: Sam Hollis (216) 555-0110"),
        ("Check-out: Mon 10/12/2026 2:00 PM", "Return: Wed 10/14/2026 10:00 AM"),
        ("Picked up by: Jon Park (1st AC)", "Vehicle: 16' cube truck, OH plate JKL 4417"),
    ]:
        c.text(x0, y, a, 9)
        c.text(320, y, b, 9)
        y += 14
    y += 8
    y = _table(
        c,
        x0,
        y,
        ["QTY", "ITEM", "SERIAL", "OUT", "IN", "CONDITION"],
        [0, 34, 230, 330, 380, 430],
        [
            ("1", "ARRI Alexa Mini LF body", "LF-21877", "[x]", "[ ]", ""),
            ("1", "Signature Prime set (6)", "SP-0093", "[x]", "[ ]", ""),
            ("2", "Teradek Bolt 6 XT", "TB-5512/13", "[x]", "[ ]", ""),
            ("1", "Dana Dolly 12' kit", "DD-0418", "[x]", "[ ]", ""),
            ("6", 'C-stand 40"', "-", "[x]", "[ ]", ""),
        ],
        right,
    )
    y += 10
    for para in [
        "Late returns are charged a full day after 12:00 PM. Equipment checked in after the "
        "return time is the renter's responsibility until counted in.",
        "Renter confirms all items were tested at check-out. Damage and missing items are billed "
        "at replacement cost.",
    ]:
        y = paragraph(c, x0, y, para, 8.5, right - x0, 11) + 4
    y += 30
    for k, lab in enumerate(["Checked out by / time", "Returned by / time"]):
        xx = x0 + k * 270
        c.hline(xx, xx + 230, y, 0.5)
        c.text(xx, y + 12, lab, 8)
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "other_hotel_booking", "near_miss", "crew hotel booking confirmation", _hotel, OTHER
        ),
        _sheet(
            "other_site_induction",
            "near_miss",
            "site safety induction and sign-in sheet for a shoot",
            _induction,
            OTHER,
        ),
        _sheet(
            "other_gear_checkout",
            "near_miss",
            "camera and grip equipment check-out / return form",
            _gear,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_sh_sheets(),
        *_ym_sheets(),
        *_mm_sheets(),
        *_mo_sheets(),
        *_tp_sheets(),
        *_gs_sheets(),
        *_other_sheets(),
    ]
