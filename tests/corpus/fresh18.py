"""Nineteenth held-out set: everyday call sheets from six production worlds (`fresh18_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets: each
family follows a common real-world form (CONVENTIONS.md, "fresh18"). A US indie feature sheet a
2nd AD keeps in Excel (landscape, small type, a "GENERAL CREW CALL" box, "Sunrise 6:42a /
Sunset 7:58p", "NEAREST HOSPITAL" with its phone), a Canadian series sheet with bilingual
English / French labels, an Australian / New Zealand TVC sheet ("Crew call", "Unit base"), a UK
low-budget short typed in Google Docs as paragraphs, a Spanish "orden de rodaje" and a Polish
film-school "plan pracy" typed in a word processor. Three near misses (a catering order, a van
hire booking confirmation, a location recce report) must read as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one
a family); most sheets are ordinary.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.corpus.draw import Canvas, black, grey, measure
from tests.corpus.formats import add_minutes
from tests.corpus.fresh_common import clock, date_or, expect, fill, sheet_maker, time_or, wrap
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # US indie features in Excel: Little Rock, Des Moines, Wichita
    "littlerock": _p(
        "us",
        "Historic Arkansas Museum",
        "200 E 3rd St",
        "Little Rock, AR 72201",
        34.7470,
        -92.2680,
        "America/Chicago",
        "UAMS Medical Center",
        "4301 W Markham St",
        "Little Rock, AR 72205",
        "(501) 686-7000",
        "400 President Clinton Ave",
        "Little Rock, AR 72201",
    ),
    "desmoines": _p(
        "us",
        "Salisbury House",
        "4025 Tonawanda Dr",
        "Des Moines, IA 50312",
        41.5830,
        -93.6800,
        "America/Chicago",
        "Broadlawns Medical Center",
        "1801 Hickman Rd",
        "Des Moines, IA 50314",
        "(515) 282-2200",
        "4200 Grand Ave",
        "Des Moines, IA 50312",
    ),
    "wichita": _p(
        "us",
        "Century II Performing Arts Center",
        "225 W Douglas Ave",
        "Wichita, KS 67202",
        37.6850,
        -97.3420,
        "America/Chicago",
        "Wesley Medical Center",
        "550 N Hillside St",
        "Wichita, KS 67214",
        "(316) 962-2000",
        "300 N Main St",
        "Wichita, KS 67202",
    ),
    # Canadian bilingual series: Sherbrooke, Trois-Rivières, Moncton
    "sherbrooke": _p(
        "ca",
        "Musée des beaux-arts de Sherbrooke",
        "241 rue Dufferin",
        "Sherbrooke, QC J1H 4M3",
        45.4020,
        -71.8920,
        "America/Toronto",
        "Hôpital Fleurimont (CHUS)",
        "3001 12e Avenue N",
        "Sherbrooke, QC J1H 5N4",
        "819 346-1110",
        "155 rue King O",
        "Sherbrooke, QC J1H 1P5",
    ),
    "troisrivieres": _p(
        "ca",
        "Vieille prison de Trois-Rivières",
        "200 rue Laviolette",
        "Trois-Rivières, QC G9A 1T9",
        46.3470,
        -72.5440,
        "America/Toronto",
        "Hôpital Sainte-Marie (CHAUR)",
        "1991 boul. du Carmel",
        "Trois-Rivières, QC G8Z 3R9",
        "819 697-3333",
        "1500 rue Royale",
        "Trois-Rivières, QC G9A 4J9",
    ),
    "moncton": _p(
        "ca",
        "Capitol Theatre",
        "811 Main St",
        "Moncton, NB E1C 1E6",
        46.0890,
        -64.7770,
        "America/Moncton",
        "The Moncton Hospital",
        "135 MacBeath Ave",
        "Moncton, NB E1C 6Z8",
        "(506) 857-5111",
        "655 Main St",
        "Moncton, NB E1C 1E8",
    ),
    # Australian / New Zealand TVCs: Geelong, Ballarat, Dunedin
    "geelong": _p(
        "au",
        "Cunningham Pier",
        "10 Western Beach Rd",
        "Geelong VIC 3220",
        -38.1440,
        144.3610,
        "Australia/Melbourne",
        "University Hospital Geelong",
        "Bellerine St",
        "Geelong VIC 3220",
        "(03) 4215 0000",
        "Eastern Beach Rd",
        "Geelong VIC 3220",
    ),
    "ballarat": _p(
        "au",
        "Sovereign Hill",
        "39 Magpie St",
        "Ballarat VIC 3350",
        -37.5660,
        143.8520,
        "Australia/Melbourne",
        "Ballarat Base Hospital",
        "1 Drummond St N",
        "Ballarat VIC 3350",
        "(03) 5320 4000",
        "Bradshaw St",
        "Ballarat VIC 3350",
    ),
    "dunedin": _p(
        "nz",
        "Dunedin Railway Station",
        "22 Anzac Ave",
        "Dunedin 9016",
        -45.8750,
        170.5080,
        "Pacific/Auckland",
        "Dunedin Hospital",
        "201 Great King St",
        "Dunedin 9016",
        "03 474 0999",
        "Thomas Burns St",
        "Dunedin 9016",
    ),
    # UK low-budget shorts in Google Docs: Lincoln, Canterbury, Shrewsbury
    "lincoln": _p(
        "uk",
        "Lincoln Castle",
        "Castle Hill",
        "Lincoln LN1 3AA",
        53.2350,
        -0.5430,
        "Europe/London",
        "Lincoln County Hospital",
        "Greetwell Rd",
        "Lincoln LN2 5QY",
        "01522 512512",
        "Westgate",
        "Lincoln LN1 3BG",
    ),
    "canterbury": _p(
        "uk",
        "The Beaney House of Art & Knowledge",
        "18 High St",
        "Canterbury CT1 2RA",
        51.2795,
        1.0800,
        "Europe/London",
        "William Harvey Hospital",
        "Kennington Rd, Willesborough",
        "Ashford TN24 0LZ",
        "01233 633331",
        "Castle St",
        "Canterbury CT1 2PR",
    ),
    "shrewsbury": _p(
        "uk",
        "Shrewsbury Abbey",
        "Abbey Foregate",
        "Shrewsbury SY2 6BS",
        52.7070,
        -2.7440,
        "Europe/London",
        "Royal Shrewsbury Hospital",
        "Mytton Oak Rd",
        "Shrewsbury SY3 8XQ",
        "01743 261000",
        "Old Potts Way",
        "Shrewsbury SY3 7ET",
    ),
    # Spanish órdenes de rodaje: Zaragoza, Málaga, Bilbao
    "zaragoza": _p(
        "eu",
        "Palacio de la Aljafería",
        "C. de los Diputados s/n",
        "50004 Zaragoza",
        41.6565,
        -0.8968,
        "Europe/Madrid",
        "Hospital Universitario Miguel Servet",
        "P.º Isabel la Católica 1-3",
        "50009 Zaragoza",
        "+34 976 76 55 00",
        "Av. de Madrid 2",
        "50004 Zaragoza",
    ),
    "malaga": _p(
        "eu",
        "Mercado Central de Atarazanas",
        "C. Atarazanas 10",
        "29005 Málaga",
        36.7185,
        -4.4240,
        "Europe/Madrid",
        "Hospital Regional Universitario de Málaga",
        "Av. de Carlos Haya 84",
        "29010 Málaga",
        "+34 951 29 00 00",
        "Muelle Heredia 1",
        "29001 Málaga",
    ),
    "bilbao": _p(
        "eu",
        "Mercado de la Ribera",
        "C. de la Ribera 22",
        "48005 Bilbao",
        43.2555,
        -2.9235,
        "Europe/Madrid",
        "Hospital Universitario de Basurto",
        "Av. de Montevideo 18",
        "48013 Bilbao",
        "+34 944 00 60 00",
        "Muelle Marzana 3",
        "48003 Bilbao",
    ),
    # Polish film-school plans: Białystok, Płock, Tarnów
    "bialystok": _p(
        "pl",
        "Pałac Branickich",
        "ul. Kilińskiego 1",
        "15-089 Białystok",
        53.1310,
        23.1640,
        "Europe/Warsaw",
        "Uniwersytecki Szpital Kliniczny w Białymstoku",
        "ul. M. Skłodowskiej-Curie 24A",
        "15-276 Białystok",
        "+48 85 831 83 00",
        "ul. Mickiewicza 2",
        "15-222 Białystok",
    ),
    "plock": _p(
        "pl",
        "Muzeum Mazowieckie",
        "ul. Tumska 8",
        "09-402 Płock",
        52.5460,
        19.6860,
        "Europe/Warsaw",
        "Wojewódzki Szpital Zespolony w Płocku",
        "ul. Medyczna 19",
        "09-400 Płock",
        "+48 24 364 66 00",
        "ul. Kazimierza Wielkiego 1",
        "09-402 Płock",
    ),
    "tarnow": _p(
        "pl",
        "Ratusz w Tarnowie",
        "Rynek 1",
        "33-100 Tarnów",
        50.0125,
        20.9880,
        "Europe/Warsaw",
        "Szpital Wojewódzki im. św. Łukasza",
        "ul. Lwowska 178a",
        "33-100 Tarnów",
        "+48 14 631 51 00",
        "pl. Sobieskiego 4",
        "33-100 Tarnów",
    ),
}

FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
]  # fmt: skip
ES_WD = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MON = [
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "octubre", "noviembre", "diciembre",
]  # fmt: skip


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "qc": f"{h} h {m:02d}",  # Québec "7 h 30"
        "bare_am": f"{h12}{'' if m == 0 else f':{m:02d}'}{ap.lower()}",  # "8am", "7:30am"
        "es": f"{h:02d}:{m:02d} h",  # "07:30 h"
        "dotam": f"{h12}.{m:02d}{ap.lower()}",  # "7.30am"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "fr_long": f"{FR_WD[d.weekday()]} {d.day} {FR_MON[d.month - 1]} {d.year}",
        "es_long": f"{ES_WD[d.weekday()]}, {d.day} de {ES_MON[d.month - 1]} de {d.year}",
        "es_num": f"{ES_WD[d.weekday()].capitalize()} {d:%d/%m/%Y}",
        "au_short": f"{d:%a} {d.day}/{d.month}/{d:%y}",  # "Tue 14/4/26"
        "au_long": f"{d:%A} {d.day} {d:%B} {d.year}",
        "us_dash": f"{d:%a} {d.month}-{d.day}-{d:%y}".upper(),  # "TUE 5-12-26"
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh18")


def _cellbox(c: Canvas, x: float, y: float, w: float, h: float, label: str, lines: list[str],
             *, size: float = 7.0, shade: int = 205) -> None:  # fmt: skip
    """An Excel cell block: a shaded label strip and its lines, ruled round."""
    fill(c, x, y, w, 10, shade)
    c.text(x + 3, y + 7.5, label, 6.5, bold=True)
    for k, line in enumerate(lines):
        fit(c, x + 3, y + 19 + 9 * k, line, size, w - 6)
    c.box(x, y, w, h, 0.6)


# --- US indie feature: a 2nd AD's Excel sheet, landscape --------------------------------------


def _xl(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("letter", "helvetica", "L")
        W = c.width
        x0 = 24.0
        # header row: company and key people | title and crew call | date, day, weather
        c.grid(x0, 20, [230.0, W - 2 * x0 - 460, 230.0], [92.0])
        c.text(x0 + 4, 32, g["company"], 8, bold=True)
        for k, (lab, val) in enumerate(g["people"]):
            c.text(x0 + 4, 44 + 9 * k, lab, 6.5, bold=True)
            fit(c, x0 + 70, 44 + 9 * k, val, 6.5, 155)
        mid = x0 + 230
        mw = W - 2 * x0 - 460
        c.text(mid + (mw - measure(c, title, 15, bold=True)) / 2, 38, title, 15, bold=True)
        fill(c, mid + 30, 46, mw - 60, 40, 20)
        c.pdf.set_text_color(255, 255, 255)
        lab = g["call_label"]
        c.text(mid + (mw - measure(c, lab, 7.5, bold=True)) / 2, 56, lab, 7.5, bold=True)
        s = hm(call, t)
        c.text(mid + (mw - measure(c, s, 18, bold=True)) / 2, 79, s, 18, bold=True)
        black(c)
        rx = x0 + 230 + mw
        c.text(rx + 4, 32, day_text(day, g["date_style"]), 8.5, bold=True)
        c.text(rx + 4, 44, g["day_of"], 7.5)
        c.text(rx + 4, 56, f"Weather: {g['weather']}", 7)
        c.text(rx + 4, 66, f"Sunrise {hm(rise, t)} / Sunset {hm(fall, t)}", 7)
        c.text(rx + 4, 76, g["breakfast"], 7)
        c.text(rx + 4, 86, g["lunch"], 7)
        if g.get("shooting_box"):
            # HARD: a bold SHOOTING CALL an hour later under the date block
            c.text(rx + 4, 104, f"SHOOTING CALL {hm(add_minutes(call, 60), t)}", 9, bold=True)
        # location strip: set | parking / basecamp | hospital
        y = 120.0
        bw = (W - 2 * x0) / 3
        _cellbox(c, x0, y, bw, 58, "SET LOCATION", [p.name, p.street, p.city, g["set"]])
        _cellbox(c, x0 + bw, y, bw, 58, "CREW PARKING / BASECAMP",
                 [p.base_street, p.base_city, g["parking"]])  # fmt: skip
        _cellbox(c, x0 + 2 * bw, y, bw, 58, "NEAREST HOSPITAL",
                 [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone])  # fmt: skip
        # scenes
        y = 190.0
        cols = [("SC", 34), ("SET / DESCRIPTION", 300), ("D/N", 34), ("CAST", 80),
                ("PGS", 40), ("LOC", W - 2 * x0 - 488)]  # fmt: skip
        fill(c, x0, y, W - 2 * x0, 11, 205)
        xx = x0
        for h, w in cols:
            c.text(xx + 3, y + 8, h, 6.5, bold=True)
            xx += w
        y += 11
        for row in g["scenes"]:
            xx = x0
            for v, (_, w) in zip(row, cols, strict=True):
                fit(c, xx + 3, y + 8, v, 7, w - 6)
                xx += w
            c.grid(x0, y, [w for _, w in cols], [11.0])
            y += 11
        # cast and crew side by side
        y += 12
        half = (W - 2 * x0 - 10) / 2
        fill(c, x0, y, half, 11, 205)
        for h, dx in zip(["#", "CAST", "CHARACTER", "PU", "H/MU", "SET"],
                         [0, 16, 110, 200, 250, 300], strict=True):  # fmt: skip
            c.text(x0 + 3 + dx, y + 8, h, 6.5, bold=True)
        yy = y + 11
        for n, (actor, role, off) in enumerate(g["cast"], 1):
            vals = [str(n), actor, role, hm(add_minutes(call, off - 30), t),
                    hm(add_minutes(call, off), t), hm(add_minutes(call, off + 60), t)]  # fmt: skip
            for v, dx in zip(vals, [0, 16, 110, 200, 250, 300], strict=True):
                fit(c, x0 + 3 + dx, yy + 8, v, 7, 90)
            c.hline(x0, x0 + half, yy + 11, 0.3)
            yy += 11
        cx = x0 + half + 10
        fill(c, cx, y, half, 11, 205)
        for h, dx in zip(["DEPT", "POSITION", "NAME", "CALL"], [0, 60, 150, 280], strict=True):
            c.text(cx + 3 + dx, y + 8, h, 6.5, bold=True)
        yy2 = y + 11
        for dept, pos, name, off in g["crew"]:
            val = hm(add_minutes(call, off), t) if isinstance(off, int) else off
            for v, dx in zip([dept, pos, name, val], [0, 60, 150, 280], strict=True):
                fit(c, cx + 3 + dx, yy2 + 8, v, 7, 88)
            c.hline(cx, cx + half, yy2 + 11, 0.3)
            yy2 += 11
        y = max(yy, yy2) + 14
        c.text(x0, y, "NOTES:", 7, bold=True)
        for line in g["notes"]:
            fit(c, x0 + 34, y, line, 7, W - 2 * x0 - 40)
            y += 10
        grey(c)
        c.text(x0, 598, g["footer"], 6)
        black(c)
        return c.output()

    return _sheet(
        f"xl_{key}",
        "us_excel",
        "US indie feature, 2nd AD's Excel sheet in landscape: GENERAL CREW CALL box, cell strip",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _xl_crew() -> list[tuple[str, str, str, Any]]:
    return [
        ("PROD", "UPM", "Della Fry", "O/C"),
        ("AD", "1st AD", "Marco Quill", 0),
        ("AD", "2nd AD", "Tess Obi", -30),
        ("CAM", "DP", "Jin Park", 0),
        ("CAM", "1st AC", "Ruby Shaw", -30),
        ("G&E", "Gaffer", "Boone Tate", -30),
        ("G&E", "Key Grip", "Luis Mena", -30),
        ("SOUND", "Mixer", "Ola Berg", 0),
        ("ART", "Prod Designer", "Wren Hale", -60),
        ("HMU", "Key MUA", "Nia Cole", -60),
        ("WARD", "Costumer", "Ada Pine", -60),
    ]


def _xl_sheets() -> list[Sheet]:
    return [
        _xl(
            "littlerock",
            "THE FERRYMAN'S DAUGHTER",
            D(2026, 5, 12),
            "07:00",
            {
                "time": "us_letter",
                "company": "Rock Street Pictures LLC",
                "people": [
                    ("Director", "Hattie Greer"),
                    ("Producer", "Cal Whitlow"),
                    ("1st AD", "Marco Quill 501-555-0140"),
                    ("2nd AD", "Tess Obi 501-555-0141"),
                    ("Office", "501-555-0100"),
                ],
                "call_label": "GENERAL CREW CALL",
                "date_style": "us_short",
                "day_of": "Day 9 of 21",
                "weather": "Partly cloudy 84°/66°, 20% rain",
                "breakfast": "Breakfast 6:30a at basecamp",
                "lunch": "Lunch 1:00p (walkaway)",
                "set": "Plum Bayou Log House & museum yard",
                "parking": "Crew park in the lot behind the Clinton Center",
                "scenes": [
                    ("31", "EXT. LOG HOUSE - Nell waits for the ferry", "D", "1, 3", "1 2/8", "1"),
                    ("32", "INT. LOG HOUSE - the letter", "D", "1, 2", "2 4/8", "1"),
                    ("35", "EXT. MUSEUM YARD - the auction", "D", "1-4, BG", "1 6/8", "1"),
                ],
                "cast": [
                    ("Maddie Rowe", "NELL", 30),
                    ("Gus Pryor", "AMOS", 90),
                    ("Lorna Bay", "AUNT RUTH", 120),
                    ("Eli Stroud", "AUCTIONEER", 210),
                ],
                "crew": _xl_crew(),
                "notes": [
                    "Museum is open to the public 9a-5p: no kit in the galleries, quiet on the "
                    "grounds during tours.",
                    "Period wagons arrive 8:00a via the 3rd St gate. Animal wrangler on set.",
                ],
                "footer": "THE FERRYMAN'S DAUGHTER · Call Sheet #9 · no forced calls without "
                "UPM approval",
            },
        ),
        _xl(
            "desmoines",
            "PRAIRIE GOTHIC",
            D(2026, 9, 29),
            "06:30",
            {
                "time": "us_letter",
                "company": "Raccoon River Films",
                "people": [
                    ("Director", "Oskar Lindqvist"),
                    ("Producers", "Jo Amari, Pete Hale"),
                    ("1st AD", "Rhea Mann 515-555-0122"),
                    ("2nd AD", "Kip Dorsey 515-555-0123"),
                    ("Office", "515-555-0120"),
                ],
                "call_label": "GENERAL CREW CALL",
                "date_style": "us_long",
                "day_of": "Day 14 of 18",
                "weather": "Sunny, 71° / 50°",
                "breakfast": "Breakfast 6:00a",
                "lunch": "Lunch 12:30p at basecamp",
                "set": "Great Hall, library and south lawn",
                "parking": "Crew parking at 4200 Grand Ave lot, shuttle every 15 min",
                # HARD: a SHOOTING CALL in bold beside the date block, next to the crew call box
                "shooting_box": True,
                "scenes": [
                    ("58", "INT. GREAT HALL - the reading of the will", "D", "1, 2, 5", "3", "1"),
                    ("59", "INT. LIBRARY - Ida finds the key", "D", "2", "1 1/8", "1"),
                    ("61", "EXT. SOUTH LAWN - dusk croquet", "D", "1-5", "2 2/8", "1"),
                ],
                "cast": [
                    ("Vera Lund", "IDA", 0),
                    ("Clem Haskins", "ROLAND", 60),
                    ("Poppy Ames", "MRS. CARR", 60),
                    ("Ned Hollis", "JUDGE", 120),
                ],
                "crew": _xl_crew(),
                "notes": [
                    "House museum: cotton gloves for props in the library.",
                    "Golden hour on the south lawn from 6:20p.",
                ],
                "footer": "PRAIRIE GOTHIC · Call Sheet #14 · confidential",
            },
        ),
        _xl(
            "wichita",
            "AIR CAPITAL",
            D(2026, 3, 17),
            "08:00",
            {
                "time": "us",
                "company": "Plains Light Productions",
                "people": [
                    ("Director", "Dana Tulley"),
                    ("Producer", "Ray Ocampo"),
                    ("1st AD", "Sue Penner 316-555-0171"),
                    ("2nd AD", "Al Voss 316-555-0172"),
                ],
                "call_label": "GENERAL CREW CALL",
                "date_style": "us_dash",
                "day_of": "Shoot Day 3 of 20",
                "weather": "Windy, 58° / 37°",
                "breakfast": "Breakfast 7:30 AM",
                "lunch": "Lunch 2:00 PM",
                "set": "Concert hall stage and backstage corridor",
                "parking": "Garage at Main & 1st, validate at the stage door",
                "scenes": [
                    ("12", "INT. CONCERT HALL - the audition", "D", "1, 2", "2 5/8", "1"),
                    ("14", "INT. BACKSTAGE - Ben's panic", "D", "1", "7/8", "1"),
                    ("15", "INT. CONCERT HALL - empty seats", "N", "1, 3", "1 3/8", "1"),
                ],
                "cast": [
                    ("Benji Marsh", "BEN", 0),
                    ("Carla Ruiz", "MAESTRA", 90),
                    ("Teddy Wynn", "JANITOR", 240),
                ],
                "crew": _xl_crew(),
                "notes": [
                    "Orchestra rehearsal in the hall until 9:30 AM: we prep backstage first."
                ],
                "footer": "AIR CAPITAL · Call Sheet 3 · all calls subject to change",
            },
        ),
    ]


# --- Canadian series sheet with bilingual labels ------------------------------------------------


def _ca(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("letter", "sans")
        W = c.width
        x0 = 36.0
        c.text(x0, 40, g["company"], 9, bold=True)
        c.text(x0, 51, g["company_line"], 6.5)
        c.right(W - x0, 40, "FEUILLE DE SERVICE / CALL SHEET", 10, bold=True)
        c.right(W - x0, 52, g["ep"], 8)
        c.text(x0, 80, title, 17, bold=True)
        c.hline(x0, W - x0, 90, 1.2)
        dates = [day_text(day, g["date_style"])]
        if g.get("date_en"):
            dates.append(day_text(day, g["date_en"]))
        y = 108.0
        rows = [
            ("Date", " / ".join(dates)),
            ("Jour de tournage / Shoot day", g["day_of"]),
            (g["call_label"], hm(call, t)),
            ("Début de tournage / Shooting call", hm(add_minutes(call, 60), t)),
            ("Repas / Lunch", hm(add_minutes(call, 360), t)),
        ]
        for lab, val in rows:
            c.text(x0, y, lab, 8, bold=True)
            fit(c, x0 + 190, y, val, 9.5 if lab == g["call_label"] else 8.5, 170,
                bold=lab == g["call_label"])  # fmt: skip
            y += 14
        # right column: sun and weather
        rx = W / 2 + 90
        c.text(rx, 108, "Lever / coucher du soleil", 7.5, bold=True)
        c.text(rx, 118, "Sunrise / Sunset", 7.5, bold=True)
        c.text(rx, 131, f"{hm(rise, t)} / {hm(fall, t)}", 9)
        c.text(rx, 150, "Météo / Weather", 7.5, bold=True)
        fit(c, rx, 162, g["weather"], 8.5, W - x0 - rx)
        y += 8
        c.hline(x0, W - x0, y - 6, 0.5)
        blocks = [
            ("LIEU DE TOURNAGE / LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("STATIONNEMENT / PARKING", [p.base_street, p.base_city, g["parking"]]),
            ("HÔPITAL LE PLUS PROCHE / NEAREST HOSPITAL",
             [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]),
        ]  # fmt: skip
        bw = (W - 2 * x0) / 3
        for n, (head, lines) in enumerate(blocks):
            x = x0 + bw * n
            fit(c, x, y + 6, head, 7, bw - 8, bold=True)
            for k, line in enumerate(lines):
                fit(c, x, y + 19 + 11 * k, line, 8.5, bw - 10)
        y += 72
        fill(c, x0, y - 9, W - 2 * x0, 12, 215)
        xs = [0.0, 40.0, 300.0, 340.0, 390.0]
        for h, x in zip(["SC.", "DÉCOR / SET", "J/N", "PAGES", "RÔLES / CAST"], xs, strict=True):
            c.text(x0 + 3 + x, y, h, 7, bold=True)
        for row in g["scenes"]:
            y += 13
            for i, v in enumerate(row):
                x1 = xs[i + 1] if i + 1 < len(xs) else W - 2 * x0
                fit(c, x0 + 3 + xs[i], y, v, 8, x1 - xs[i] - 5)
            c.hline(x0, W - x0, y + 3, 0.2)
        y += 24
        fill(c, x0, y - 9, W - 2 * x0, 12, 215)
        for h, x in zip(["COMÉDIEN(NE) / CAST", "RÔLE", "ARRIVÉE", "MAQ. / H-MU", "PLATEAU / SET"],
                        [0, 150, 260, 330, 410], strict=True):  # fmt: skip
            c.text(x0 + 3 + x, y, h, 7, bold=True)
        for n, (actor, role) in enumerate(g["cast"]):
            y += 13
            vals = [
                actor,
                role,
                hm(add_minutes(call, 15 * n), t),
                hm(add_minutes(call, 15 * n + 15), t),
                hm(add_minutes(call, 75), t),
            ]
            for v, x in zip(vals, [0, 150, 260, 330, 410], strict=True):
                fit(c, x0 + 3 + x, y, v, 8, 100)
        y += 24
        c.text(x0, y, "NOTES / REMARQUES", 8, bold=True)
        for line in g["notes"]:
            for ln in wrap(c, line, 8, W - 2 * x0 - 8):
                y += 11
                c.text(x0 + 4, y, ln, 8)
        grey(c)
        c.text(x0, 770, g["footer"], 6.5)
        black(c)
        # page 2: crew list by department
        c.new_page()
        c.text(x0, 44, f"{title} - ÉQUIPE / CREW - {day_text(day, g['date_style'])}", 10,
               bold=True)  # fmt: skip
        y = 66.0
        for dept, people in g["crew"]:
            fill(c, x0, y - 9, W - 2 * x0, 12, 225)
            c.text(x0 + 3, y, dept, 7.5, bold=True)
            for pos, name, off in people:
                y += 11
                c.text(x0 + 8, y, pos, 7.5)
                c.text(x0 + 200, y, name, 7.5)
                c.text(x0 + 380, y, hm(add_minutes(call, off), t) if isinstance(off, int) else off,
                       7.5)  # fmt: skip
            y += 17
        return c.output()

    return _sheet(
        f"ca_{key}",
        "ca_bilingual",
        "Canadian series sheet with bilingual FR / EN labels, three blocks, crew on page 2",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _ca_crew() -> list[tuple[str, list[tuple[str, str, Any]]]]:
    return [
        ("PRODUCTION", [("Producteur / Producer", "Luc Bergeron", "O/C"),
                        ("Dir. de production / PM", "Annie Roy", -30)]),
        ("RÉALISATION / AD", [("1er assistant / 1st AD", "Kevin Ouellet", 0),
                              ("2e assistante / 2nd AD", "Mélanie Côté", -45)]),
        ("CAMÉRA / CAMERA", [("Dir. photo / DOP", "Samir Haddad", 0),
                             ("1er assistant caméra / 1st AC", "Julie Paré", -15)]),
        ("ÉCLAIRAGE / LX", [("Chef éclairagiste / Gaffer", "Denis Lévesque", -30)]),
        ("MACHINERIE / GRIP", [("Chef machiniste / Key grip", "Yan Gagnon", -30)]),
        ("SON / SOUND", [("Preneur de son / Mixer", "Émile Fortin", 0)]),
        ("COSTUMES / MAQUILLAGE", [("Costumes / Wardrobe", "Sophie Morin", -60),
                                   ("Maquillage / Make-up", "Lina Duval", -60)]),
    ]  # fmt: skip


def _ca_sheets() -> list[Sheet]:
    return [
        _ca(
            "sherbrooke",
            "LES HIVERS DE MARGOT",
            D(2026, 10, 7),
            "07:30",
            {
                # HARD: the date in French only, times in Québec form ("7 h 30")
                "time": "qc",
                "date_style": "fr_long",
                "company": "Productions Magog inc.",
                "company_line": "80 rue Wellington N, Sherbrooke QC · 819 555-0190",
                "ep": "Épisode 4 / Episode 4 · Feuille no 22",
                "day_of": "22 / 36",
                "call_label": "Appel général / General call",
                "weather": "Nuageux / Cloudy, 11 °C",
                "set": "Salles d'exposition, 2e étage",
                "parking": "Stationnement de l'équipe rue King, billets fournis",
                "scenes": [
                    ("4-12", "INT. MUSÉE - Margot et le gardien", "J", "2 3/8", "1, 4"),
                    ("4-13", "INT. MUSÉE - la toile volée", "J", "1 5/8", "1, 2, 4"),
                    ("4-20", "INT. ESCALIER - fuite", "N", "4/8", "2"),
                ],
                "cast": [
                    ("Élodie Marchand", "MARGOT"),
                    ("Patrice Nadeau", "ANTOINE"),
                    ("Raymond Giroux", "LE GARDIEN"),
                ],
                "notes": [
                    "Le musée est ouvert au public dès 10 h 00: silence dans les salles. / The "
                    "museum opens at 10 h 00: quiet in the galleries.",
                ],
                "crew": _ca_crew(),
                "footer": "Productions Magog inc. · document confidentiel / confidential",
            },
        ),
        _ca(
            "troisrivieres",
            "LA VIEILLE PRISON",
            D(2026, 6, 9),
            "06:00",
            {
                "time": "h",
                "date_style": "fr_long",
                "date_en": "us_long",
                "company": "Films Laviolette",
                "company_line": "1200 rue Notre-Dame Centre, Trois-Rivières QC · 819 555-0150",
                "ep": "Épisodes 2 & 3 / Episodes 2 & 3",
                "day_of": "Jour 7 de 30 / Day 7 of 30",
                "call_label": "Appel équipe / Crew call",
                "weather": "Ensoleillé / Sunny, 24 °C",
                "set": "Cellules du 2e étage et cour",
                "parking": "Stationnement rue Royale, navette / shuttle",
                "scenes": [
                    ("2-5", "INT. CELLULE 14 - premier soir", "N", "2", "1, 3"),
                    ("2-6", "EXT. COUR - promenade", "J", "1 4/8", "1-5, fig."),
                    ("3-1", "INT. CORRIDOR - la fouille", "J", "1 1/8", "1, 2"),
                ],
                "cast": [
                    ("Jacob Tremblay-Roy", "GILLES"),
                    ("Nadia Benali", "SŒUR ANNE"),
                    ("Marc-André Pilon", "LE GARDIEN-CHEF"),
                ],
                "notes": [
                    "Visites guidées jusqu'à 9 h: on prépare la cour en premier. / Guided "
                    "tours until 9 am: we prep the yard first."
                ],
                "crew": _ca_crew(),
                "footer": "Films Laviolette · ne pas diffuser / do not distribute",
            },
        ),
        _ca(
            "moncton",
            "TIDEWATER",
            D(2026, 8, 20),
            "07:00",
            {
                "time": "us",
                "date_style": "us_long",
                "date_en": "fr_long",
                "company": "Petitcodiac Pictures",
                "company_line": "140 Botsford St, Moncton NB · (506) 555-0133",
                "ep": "Episode 6 / Épisode 6",
                "day_of": "Day 31 of 44 / Jour 31 de 44",
                "call_label": "Crew call / Appel équipe",
                "weather": "Sunny / Ensoleillé, 25 °C",
                "set": "Auditorium and lobby / salle et hall",
                "parking": "Crew lot behind 655 Main St",
                "scenes": [
                    ("6-8", "INT. AUDITORIUM - the talent show", "D", "3 2/8", "1-4, BG"),
                    ("6-9", "INT. LOBBY - Josée and Ray", "D", "1", "2, 3"),
                ],
                "cast": [
                    ("Josée LeBlanc", "JOSÉE"),
                    ("Ray Cormier", "RAY"),
                    ("Anna Gallant", "MME DUGAS"),
                    ("Tim Bourque", "MC"),
                ],
                "notes": ["120 BG in holding at the church hall (Botsford St) from 8:00 AM."],
                "crew": _ca_crew(),
                "footer": "Petitcodiac Pictures · confidential / confidentiel",
            },
        ),
    ]


# --- Australian / New Zealand TVC ---------------------------------------------------------------


def _tvc(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "helvetica")
        W = c.width
        x0 = 40.0
        c.text(x0, 48, g["company"], 13, bold=True)
        c.text(x0, 60, g["company_line"], 7)
        c.right(W - x0, 46, "CALL SHEET", 16, bold=True)
        c.right(W - x0, 60, day_text(day, g["date_style"]), 9, bold=True)
        c.hline(x0, W - x0, 70, 1.5)
        y = 88.0
        job = [("Job", title), ("Client", g["client"]), ("Agency", g["agency"]),
               ("Director", g["director"]), ("Producer", g["producer"]),
               ("1st AD", g["ad"])]  # fmt: skip
        for n, (lab, val) in enumerate(job):
            c.text(x0, y + 12 * n, lab, 8, bold=True)
            fit(c, x0 + 60, y + 12 * n, val, 8.5, 230, bold=n == 0)
        bx = W - x0 - 200
        c.box(bx, 80, 200, 72, 1)
        times = [("Crew call", hm(call, t)), ("Talent call", hm(add_minutes(call, 60), t)),
                 ("First shot", hm(add_minutes(call, 90), t)),
                 ("Lunch", hm(add_minutes(call, 330), t)),
                 ("Est. wrap", hm(add_minutes(call, 600), t))]  # fmt: skip
        for n, (lab, val) in enumerate(times):
            big = n == 0
            c.text(bx + 8, 95 + 13 * n, lab, 9 if big else 8, bold=big)
            c.text(bx + 100, 95 + 13 * n, val, 9 if big else 8, bold=big)
        y = 172.0
        shoot = ("LOCATION", [p.name, p.street, p.city, g["set"]])
        base = ("UNIT BASE", [p.base_street, p.base_city, g["base_note"]])
        order = [base, shoot] if g.get("base_first") else [shoot, base]
        # HARD (base_first): the unit base, with its own full address, printed before the set
        half = (W - 2 * x0) / 2
        for n, (head, lines) in enumerate(order):
            x = x0 + half * n
            fill(c, x, y - 9, half - 6, 12, 225)
            c.text(x + 3, y, head, 7.5, bold=True)
            for k, line in enumerate(lines):
                fit(c, x + 3, y + 13 + 11 * k, line, 8.5, half - 12)
        y += 64
        fill(c, x0, y - 9, W - 2 * x0, 12, 225)
        c.text(x0 + 3, y, "SAFETY", 7.5, bold=True)
        y += 13
        c.text(x0 + 3, y, f"{g['hospital_label']} {p.hospital}, {p.hospital_address} · "
                          f"{p.hospital_phone}", 8)  # fmt: skip
        y += 11
        c.text(x0 + 3, y, f"Emergency {g['emergency']} · Unit medic: {g['medic']}", 8)
        y += 11
        fit(c, x0 + 3, y, f"Weather: {g['weather']}    Sunrise {hm(rise, t)}    "
                          f"Sunset {hm(fall, t)}", 8, W - 2 * x0 - 6)  # fmt: skip
        y += 22
        fill(c, x0, y - 9, W - 2 * x0, 12, 225)
        c.text(x0 + 3, y, "SCHEDULE", 7.5, bold=True)
        for off, what in g["schedule"]:
            y += 12
            c.text(x0 + 3, y, hm(add_minutes(call, off), t), 8, bold=True)
            fit(c, x0 + 60, y, what, 8, W - 2 * x0 - 64)
        y += 22
        fill(c, x0, y - 9, W - 2 * x0, 12, 225)
        for h, x in zip(["TALENT", "ROLE", "CALL", "H/MU", "ON SET"], [0, 140, 260, 320, 380],
                        strict=True):  # fmt: skip
            c.text(x0 + 3 + x, y, h, 7.5, bold=True)
        for name, role, off in g["talent"]:
            y += 12
            vals = [name, role, hm(add_minutes(call, off), t), hm(add_minutes(call, off + 15), t),
                    hm(add_minutes(call, off + 60), t)]  # fmt: skip
            for v, x in zip(vals, [0, 140, 260, 320, 380], strict=True):
                fit(c, x0 + 3 + x, y, v, 8, 115)
        y += 22
        fill(c, x0, y - 9, W - 2 * x0, 12, 225)
        for h, x in zip(["CREW", "NAME", "MOBILE", "CALL"], [0, 140, 260, 380], strict=True):
            c.text(x0 + 3 + x, y, h, 7.5, bold=True)
        for role, name, mob, off in g["crew"]:
            y += 11
            val = hm(add_minutes(call, off), t) if isinstance(off, int) else off
            for v, x in zip([role, name, mob, val], [0, 140, 260, 380], strict=True):
                fit(c, x0 + 3 + x, y, v, 7.5, 115)
        y += 20
        for line in g["notes"]:
            fit(c, x0, y, line, 7.5, W - 2 * x0)
            y += 10
        grey(c)
        c.text(x0, 815, g["footer"], 6.5)
        black(c)
        return c.output()

    return _sheet(
        f"tvc_{key}",
        "anz_tvc",
        "Australian / NZ TVC call sheet on A4: job block, crew call box, location and unit base",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _tvc_crew(mob: str) -> list[tuple[str, str, str, Any]]:
    return [
        ("Producer", "Kate Lawless", f"{mob} 101 201", "O/C"),
        ("1st AD", "Tom Nguyen", f"{mob} 101 202", 0),
        ("DOP", "Mick Fenner", f"{mob} 101 203", 0),
        ("Focus Puller", "Ash Patel", f"{mob} 101 204", -30),
        ("Gaffer", "Bec Hollis", f"{mob} 101 205", -30),
        ("Key Grip", "Shane Doyle", f"{mob} 101 206", -30),
        ("Art Director", "Priya Rao", f"{mob} 101 207", -90),
        ("Stylist", "Georgie Lamb", f"{mob} 101 208", -60),
        ("HMU", "Mel Carter", f"{mob} 101 209", -60),
        ("Runner", "Jack Ellery", f"{mob} 101 210", -45),
    ]


def _tvc_sheets() -> list[Sheet]:
    return [
        _tvc(
            "geelong",
            "Bayside Bank 'Home Loans' 2 x 30\"",
            D(2026, 2, 24),
            "06:00",
            {
                "time": "military",
                "date_style": "au_long",
                "company": "SALT WATER FILMS",
                "company_line": "Level 2, 60 Moorabool St, Geelong VIC 3220 · ABN 51 600 111 222",
                "client": "Bayside Bank",
                "agency": "Holloway & Finch (Melbourne)",
                "director": "Lachie Morrow",
                "producer": "Kate Lawless 0412 101 201",
                "ad": "Tom Nguyen 0412 101 202",
                "set": "Pier deck and the restaurant terrace",
                "base_note": "Trucks, catering and talent van on the foreshore car park",
                "hospital_label": "Nearest hospital (ED):",
                "emergency": "000",
                "medic": "Sal Grant 0412 101 299",
                "weather": "Fine, 19-28°C, gusty northerly",
                "schedule": [
                    (0, "Crew call, brekkie at unit base"),
                    (90, "Spot 1: couple on the pier at sunrise light"),
                    (330, "Lunch"),
                    (390, "Spot 2: terrace dinner (day for night)"),
                    (600, "Est. wrap, load out"),
                ],
                "talent": [
                    ("Chloe Barnett", "Wife", 30),
                    ("Dev Sharma", "Husband", 30),
                    ("Ollie (dog)", "Dog + handler", 120),
                ],
                "crew": _tvc_crew("0412"),
                "notes": [
                    "Pier open to the public: marshals at both ends, keep walkways clear.",
                    "Sunscreen and hats at the catering truck. No drone after 1000.",
                ],
                "footer": "Salt Water Films · Job SWF-2611 · do not share outside the crew",
            },
        ),
        _tvc(
            "ballarat",
            "GoldFields Energy 'Since 1851' 60\"",
            D(2026, 4, 14),
            "06:30",
            {
                "time": "us_lower",
                "date_style": "au_short",
                "company": "Eureka Pictures",
                "company_line": "12 Lydiard St N, Ballarat VIC 3350",
                "client": "GoldFields Energy",
                "agency": "Southbank Creative",
                "director": "Ingrid Sloane",
                "producer": "Kate Lawless 0433 101 201",
                "ad": "Tom Nguyen 0433 101 202",
                "set": "Main Street and the Red Hill Gully diggings",
                "base_note": "Unit base in the staff car park, enter via Bradshaw St gate",
                "hospital_label": "Nearest hospital:",
                "emergency": "000",
                "medic": "on set all day",
                "weather": "Cool, 8-17°C, showers clearing",
                "schedule": [
                    (0, "Crew call at unit base, safety briefing"),
                    (90, "Main Street: the coach arrives (period, 40 extras)"),
                    (330, "Lunch"),
                    (390, "Diggings: miners at the creek"),
                ],
                "talent": [
                    ("Harry Tait", "Miner", 0),
                    ("Ruby O'Neil", "Shopkeeper", 30),
                    ("40 x extras", "Townsfolk", 15),
                ],
                "crew": _tvc_crew("0433"),
                "notes": ["Park open to visitors from 10am: lock-offs at the Main Street ends."],
                "footer": "Eureka Pictures · Job EP-0426",
            },
        ),
        _tvc(
            "dunedin",
            'Southern Rail Holidays 30"',
            D(2026, 11, 3),
            "07:15",
            {
                "time": "h24",
                "date_style": "uk_short",
                "company": "Otago Film Co.",
                "company_line": "9 Vogel St, Dunedin 9016 · +64 3 555 0101",
                "client": "Southern Rail Holidays",
                "agency": "Kōwhai Creative (Auckland)",
                "director": "Aroha Tane",
                "producer": "Kate Lawless 021 101 201",
                "ad": "Tom Nguyen 021 101 202",
                "set": "Platform 1 and the booking hall",
                "base_note": "Unit base on the car park behind the station",
                "base_first": True,
                "hospital_label": "Nearest hospital (ED):",
                "emergency": "111",
                "medic": "Hemi Walker 021 101 299",
                "weather": "Showers, 9-15°C",
                "schedule": [
                    (0, "Crew call at unit base"),
                    (60, "Booking hall: family buys tickets"),
                    (300, "Lunch"),
                    (360, "Platform 1: the train departs (10 min window)"),
                ],
                "talent": [
                    ("Mereana Pohatu", "Mum", 15),
                    ("Sam Ellis", "Dad", 15),
                    ("Kiri Ellis", "Daughter (9)", 60),
                ],
                "crew": _tvc_crew("021"),
                "notes": [
                    "Train movement at 1400 is fixed: all kit off the platform edge by 1330.",
                    "Minor on set: chaperone and hours as per the child permit.",
                ],
                "footer": "Otago Film Co. · Job OFC-117",
            },
        ),
    ]


# --- UK low-budget short typed in Google Docs, paragraphs -------------------------------------


def _gd(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", g["font"])
        W = c.width
        x0 = 72.0
        tw = W - 2 * x0
        y = 76.0
        c.text(x0, y, f"{title} - Call Sheet", 18, bold=True)
        y += 18
        c.text(x0, y, g["sub"], 10)
        y += 26

        def para(text: str, *, bold: bool = False, size: float = 10.5) -> None:
            nonlocal y
            for ln in wrap(c, text, size, tw, bold=bold):
                c.text(x0, y, ln, size, bold=bold)
                y += size + 4
            y += 6

        def head(text: str) -> None:
            nonlocal y
            y += 4
            c.text(x0, y, text, 12, bold=True)
            y += 17

        para(g["hello"])
        head("When")
        para(f"{day_text(day, g['date_style'])}. {g['call_sentence'].format(hm(call, t))}")
        head("Where")
        para(f"{p.name}, {p.address}. {g['set_sentence']}")
        para(g["parking"])
        head("Schedule")
        for off, what in g["plan"]:
            para(f"{hm(add_minutes(call, off), t)} - {what}", size=10)
        if g.get("sun"):
            head("Light")
            para(f"Sunrise {hm(rise, t)}, sunset {hm(fall, t)}. {g['sun']}")
        head("Safety")
        para(f"{g['hospital_label']} {p.hospital}, {p.hospital_address}. "
             f"Tel {p.hospital_phone}. {g['safety']}")  # fmt: skip
        head("Food")
        para(g["food"])
        para(g["signoff"])
        if g.get("page2"):
            c.new_page()
            y = 76.0
            c.text(x0, y, "Cast & Crew", 14, bold=True)
            y += 22
            for name, role, ph, off in g["page2"]:
                c.text(x0, y, name, 10.5, bold=True)
                c.text(x0 + 140, y, role, 10.5)
                c.text(x0 + 270, y, ph, 10.5)
                c.text(x0 + 370, y, hm(add_minutes(call, off), t), 10.5)
                y += 16
        return c.output()

    return _sheet(
        f"gd_{key}",
        "uk_gdocs",
        "UK low-budget short typed in Google Docs: headings and paragraphs, no table",
        make,
        expect(p, title, day, call, g["set_words"], sun=None if g.get("sun") else (None, None)),
    )


def _gd_people(area: str) -> list[tuple[str, str, str, int]]:
    return [
        ("Freya Moss", "Director", f"{area} 555 011", 0),
        ("Callum Price", "Producer / 1st AD", f"{area} 555 012", -30),
        ("Isla Penrose", "DoP", f"{area} 555 013", 0),
        ("Raj Sandhu", "Sound", f"{area} 555 014", 0),
        ("Molly Dean", "Lead (JESS)", f"{area} 555 015", 30),
        ("Arthur Lane", "GRANDAD", f"{area} 555 016", 90),
    ]


def _gd_sheets() -> list[Sheet]:
    return [
        _gd(
            "lincoln",
            "THE SIEGE OF SMALL THINGS",
            D(2026, 5, 16),
            "08:00",
            {
                "font": "helvetica",
                "time": "h24",
                "date_style": "uk_long",
                "sub": "Short film · Day 2 of 3 · Steep Hill Films",
                "hello": "Hi everyone, thanks for a great first day! Here is everything for "
                "tomorrow. Please read it all and reply to say you've got it.",
                "call_sentence": "Crew call is {} at the castle's West Gate.",
                "set_sentence": "We are on the medieval wall walk and in the Victorian prison "
                "chapel.",
                "set_words": "",
                "parking": "Parking: the Westgate car park (pay and display, keep your ticket "
                "and we'll pay you back). Kit van can unload at the West Gate until 07:45.",
                "plan": [
                    (0, "crew call, set up on the wall walk"),
                    (60, "Sc 4, Jess and Grandad on the wall"),
                    (240, "lunch"),
                    (300, "Sc 7, prison chapel"),
                    (480, "wrap"),
                ],
                "sun": "The wall walk is in shade from about 7pm, so we wrap the exteriors "
                "before then.",
                "hospital_label": "Nearest A&E:",
                "safety": "First aider is Callum. Wall walk has railings but no running.",
                "food": "Breakfast rolls from 07:30 at the gate. Lunch is provided, tell Callum "
                "about any allergies.",
                "signoff": "Any problems call Callum on 07700 555012. See you tomorrow! Freya",
                "page2": _gd_people("07700"),
            },
        ),
        _gd(
            "canterbury",
            "PILGRIMS",
            D(2026, 7, 11),
            "09:00",
            {
                "font": "times",
                "time": "bare_am",
                "date_style": "uk_plain",
                "sub": "A short film by Nell Ashby · CALL SHEET · Day 1 of 2",
                "hello": "Hello all! Call sheet for Saturday below. It's a long one, sorry.",
                "call_sentence": "Call time for everyone is {} (cast times are at the bottom).",
                "set_sentence": "We're in the Front Room gallery and the reading room on the "
                "first floor.",
                "set_words": "",
                "parking": "Please don't drive into the city centre, it's pedestrianised. Use "
                "Castle Street car park (CT1 2PR) or the Park & Ride.",
                "plan": [
                    (0, "call, unload at the back door on Best Lane"),
                    (90, "Scene 1 - the tour group"),
                    (210, "lunch"),
                    (270, "Scenes 2 & 3 - reading room"),
                    (450, "wrap and load out (museum closes at 5pm)"),
                ],
                "sun": None,
                "hospital_label": "Nearest A&E is",
                "safety": "(Kent & Canterbury has no A&E, go to Ashford). Mobile first aid kit "
                "with Nell.",
                "food": "Tea and coffee all day. Lunch is a picnic in Westgate Gardens if it's "
                "dry.",
                "signoff": "Cast: Hannah 9:30am, Tobias 10am, Mr Pike 12pm. Nell 07700 555 211",
            },
        ),
        _gd(
            "shrewsbury",
            "BELLS",
            D(2026, 10, 24),
            "07:30",
            {
                "font": "helvetica",
                "time": "dotam",
                "date_style": "uk_long",
                "sub": "Short film (Severn Side Collective) · Day 3 of 3",
                "hello": "Morning! Last day tomorrow, thanks for sticking with us through the "
                "rain.",
                # HARD: the call sits in running prose after an earlier breakfast time, the date
                # has no year
                "call_sentence": "Breakfast is at the unit base from 7.00am, but we need "
                "everyone on set and ready to go for {}. The abbey opens to visitors at 10.",
                "set_sentence": "We're in the nave and the north aisle.",
                "set_words": "",
                "parking": "Park at Abbey Foregate car park (pay at the machine), the abbey has "
                "no parking of its own. Unit base is the church hall.",
                "plan": [
                    (0, "on set, light the nave"),
                    (60, "Sc 12 - the bell ringers' practice"),
                    (270, "lunch in the church hall"),
                    (330, "Sc 14 and 15 - north aisle, night look"),
                    (540, "wrap"),
                ],
                "sun": "Clocks go back tonight so it's dark early.",
                "hospital_label": "Nearest hospital with A&E:",
                "safety": "Tower stairs are closed to everyone except the ringers.",
                "food": "Hot lunch provided. Vegan options, tell Dan.",
                "signoff": "Any problems ring Dan on 07700 555 330. Last push, everyone!",
                "page2": _gd_people("07700"),
            },
        ),
    ]


# --- Spanish orden de rodaje -------------------------------------------------------------------


def _es(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        x0 = 36.0
        c.grid(x0, 28, [W - 2 * x0 - 160, 160.0], [62.0])
        c.text(x0 + 6, 46, g["company"], 8, bold=True)
        c.text(x0 + 6, 68, title, 16, bold=True)
        c.text(x0 + 6, 82, g["kind"], 8)
        rx = W - x0 - 154
        c.text(rx, 44, f"ORDEN DE RODAJE Nº {g['no']}", 9, bold=True)
        c.text(rx, 58, g["day_of"], 8.5)
        fit(c, rx, 72, day_text(day, g["date_style"]), 8.5, 148, bold=True)
        y = 110.0
        rows = [
            (g["call_label"], hm(call, t)),
            ("Citación actores", g["cast_call"]),
            ("Comienzo de rodaje", hm(add_minutes(call, 75), t)),
            ("Comida", hm(add_minutes(call, 360), t)),
            ("Fin previsto", hm(add_minutes(call, 600), t)),
        ]
        for n, (lab, val) in enumerate(rows):
            yy = y + 13 * n
            c.text(x0, yy, lab, 8.5, bold=True)
            c.text(x0 + 130, yy, val, 10 if n == 0 else 8.5, bold=n == 0)
        rx2 = W / 2 + 20
        info = [
            ("Director/a", g["director"]),
            ("Ayte. dirección", g["ad"]),
            ("Jefe de producción", g["jp"]),
            ("Orto / ocaso", f"{hm(rise, t)} / {hm(fall, t)}"),
            ("Previsión", g["weather"]),
        ]
        for n, (lab, val) in enumerate(info):
            yy = y + 13 * n
            c.text(rx2, yy, lab, 8, bold=True)
            fit(c, rx2 + 100, yy, val, 8.5, W - x0 - rx2 - 100)
        y += 80
        locs = [(g["loc_label"], [p.name, f"{p.street}, {p.city}", g["set"]])]
        if g.get("second"):
            # HARD: a second localización (after lunch) with its own address under the first
            locs.append(g["second"])
        locs += [
            ("Base / aparcamiento", [p.base, g["base_note"]]),
            ("Hospital más cercano (Urgencias)",
             [p.hospital, p.hospital_address, f"Tel. {p.hospital_phone}"]),
        ]  # fmt: skip
        for lab, lines in locs:
            fill(c, x0, y - 9, W - 2 * x0, 12, 225)
            c.text(x0 + 3, y, lab.upper(), 7.5, bold=True)
            for line in lines:
                y += 11
                fit(c, x0 + 8, y, line, 8.5, W - 2 * x0 - 12)
            y += 19
        fill(c, x0, y - 9, W - 2 * x0, 12, 200)
        xs = [0.0, 36.0, 66.0, 300.0, 336.0, 380.0]
        for h, x in zip(["Sec.", "I/E", "Decorado / acción", "D/N", "Pág.", "Personajes"], xs,
                        strict=True):  # fmt: skip
            c.text(x0 + 3 + x, y, h, 7.5, bold=True)
        for row in g["scenes"]:
            y += 13
            for i, v in enumerate(row):
                x1 = xs[i + 1] if i + 1 < len(xs) else W - 2 * x0
                fit(c, x0 + 3 + xs[i], y, v, 8, x1 - xs[i] - 5)
            c.hline(x0, W - x0, y + 3, 0.2)
        y += 24
        fill(c, x0, y - 9, W - 2 * x0, 12, 200)
        for h, x in zip(["Actor / actriz", "Personaje", "Recogida", "Maq./pelu.", "Plató"],
                        [0, 150, 260, 330, 410], strict=True):  # fmt: skip
            c.text(x0 + 3 + x, y, h, 7.5, bold=True)
        for n, (actor, role) in enumerate(g["cast"]):
            y += 12
            vals = [
                actor,
                role,
                hm(add_minutes(call, -15 + 15 * n), t),
                hm(add_minutes(call, 15 + 15 * n), t),
                hm(add_minutes(call, 75), t),
            ]
            for v, x in zip(vals, [0, 150, 260, 330, 410], strict=True):
                fit(c, x0 + 3 + x, y, v, 8, 100)
        y += 22
        c.text(x0, y, "EQUIPO TÉCNICO", 8, bold=True)
        for n, (dept, off) in enumerate(g["depts"]):
            x = x0 + (W - 2 * x0) / 2 * (n % 2)
            yy = y + 12 + 12 * (n // 2)
            c.text(x + 4, yy, dept, 8)
            c.text(x + 150, yy, hm(add_minutes(call, off), t), 8)
        y += 12 + 12 * ((len(g["depts"]) + 1) // 2) + 12
        c.text(x0, y, "OBSERVACIONES", 8, bold=True)
        for line in g["notes"]:
            for ln in wrap(c, line, 8, W - 2 * x0 - 8):
                y += 11
                c.text(x0 + 4, y, ln, 8)
        grey(c)
        c.text(x0, 812, g["footer"], 6.5)
        black(c)
        return c.output()

    return _sheet(
        f"es_{key}",
        "es_orden",
        "Spanish orden de rodaje on A4: boxed header, citaciones, localización rows, secuencias",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _es_depts() -> list[tuple[str, int]]:
    return [("Dirección", 0), ("Producción", -30), ("Cámara", 0), ("Eléctricos", -30),
            ("Maquinistas", -30), ("Sonido", 0), ("Vestuario", -60), ("Maquillaje y pelu.", -60),
            ("Arte", -90), ("Catering", -60)]  # fmt: skip


def _es_sheets() -> list[Sheet]:
    return [
        _es(
            "zaragoza",
            "El Último Rey Taifa",
            D(2026, 4, 21),
            "07:00",
            {
                "time": "h24",
                "date_style": "es_long",
                "company": "Ebro Audiovisual S.L.",
                "kind": "Largometraje",
                "no": 12,
                "day_of": "Día de rodaje 12 / 35",
                "call_label": "Citación equipo",
                "cast_call": "ver tabla",
                "director": "Marta Lasheras",
                "ad": "Iñigo Sanz 655 555 101",
                "jp": "Pilar Gimeno 655 555 102",
                "weather": "soleado, 22 °C, cierzo",
                "loc_label": "Localización",
                "set": "Patio de Santa Isabel y Salón Dorado",
                "base_note": "Camiones y catering en el parking de Av. de Madrid",
                "scenes": [
                    (
                        "41",
                        "I",
                        "Salón Dorado - el rey recibe al embajador",
                        "D",
                        "2 3/8",
                        "1, 2, 5",
                    ),
                    ("42", "E", "Patio de Santa Isabel - el jardín", "D", "1 4/8", "1, 3"),
                    ("47", "I", "Salón Dorado - la traición", "D", "1", "1-5"),
                ],
                "cast": [
                    ("Álvaro Benedí", "Rey"),
                    ("Nuria Cebrián", "Zaida"),
                    ("Óscar Lapuente", "Embajador"),
                ],
                "depts": _es_depts(),
                "notes": [
                    "Palacio abierto al público desde las 10:00: silencio en el patio.",
                    "Sede de las Cortes de Aragón: acreditación obligatoria en la puerta.",
                ],
                "footer": "Ebro Audiovisual S.L. · orden sujeta a cambios",
            },
        ),
        _es(
            "malaga",
            "Vidrieras",
            D(2026, 6, 30),
            "08:00",
            {
                "time": "es",
                "date_style": "es_num",
                "company": "Costa Luz Films",
                "kind": "Serie, episodio 5",
                "no": 27,
                "day_of": "Jornada 27 de 60",
                "call_label": "Citación general",
                "cast_call": "según tabla",
                "director": "Rocío Aranda",
                "ad": "Pablo Merino 622 555 201",
                "jp": "Carmen Vela 622 555 202",
                "weather": "despejado, 31 °C",
                "loc_label": "Localización 1 (mañana)",
                "set": "Puestos de pescado y la vidriera",
                "second": (
                    "Localización 2 (tarde)",
                    [
                        "Playa de la Malagueta",
                        "P.º Marítimo Pablo Ruiz Picasso, 29016 Málaga",
                        "traslado después de comer, 15:00 h",
                    ],
                ),
                "base_note": "Base en el Muelle Heredia, frente al mercado",
                "scenes": [
                    ("5/14", "I", "Mercado - Lola abre el puesto", "D", "1 6/8", "1, 2"),
                    ("5/15", "I", "Mercado - la vidriera rota", "D", "2", "1, 3, fig."),
                    ("5/22", "E", "Playa - la carta", "D", "1", "1"),
                ],
                "cast": [
                    ("Lucía Montes", "Lola"),
                    ("Diego Cortés", "Rafa"),
                    ("Amparo Ruiz", "Doña Pura"),
                ],
                "depts": _es_depts(),
                "notes": ["Mercado en funcionamiento hasta las 14:00: rodamos entre puestos."],
                "footer": "Costa Luz Films · no difundir",
            },
        ),
        _es(
            "bilbao",
            "Ría Abajo",
            D(2026, 11, 18),
            "07:30",
            {
                "time": "h24",
                "date_style": "es_long",
                "company": "Itsasadar Filmak",
                "kind": "Cortometraje",
                "no": 3,
                "day_of": "Día 3 de 4",
                "call_label": "Hora de citación",
                "cast_call": "08:30",
                "director": "Ane Etxeberria",
                "ad": "Jon Urrutia 688 555 301",
                "jp": "Maite Olabarria 688 555 302",
                "weather": "lluvia débil, 12 °C",
                "loc_label": "Localización",
                "set": "Planta baja, puestos del muelle",
                "base_note": "Furgonetas en Muelle Marzana, carga y descarga",
                "scenes": [
                    ("9", "I", "Mercado - Itziar busca a su hermano", "D", "1 2/8", "1"),
                    ("10", "I", "Mercado - el encuentro", "D", "2", "1, 2"),
                ],
                "cast": [("Itziar Goikoetxea", "Itziar"), ("Unai Zubiri", "Mikel")],
                "depts": _es_depts(),
                "notes": ["Paraguas y ropa de agua: la ría sube a las 11:40."],
                "footer": "Itsasadar Filmak · cortometraje de fin de máster",
            },
        ),
    ]


# --- Polish film-school plan pracy, typed in a word processor ---------------------------------


def _pl(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "serif")
        W = c.width
        x0 = 70.0
        tw = W - 2 * x0
        for k, line in enumerate(g["school"]):
            c.text((W - measure(c, line, 10)) / 2, 60 + 13 * k, line, 10)
        y = 60 + 13 * len(g["school"]) + 24
        head = f"PLAN PRACY NA {g['n']}. DZIEŃ ZDJĘCIOWY"
        c.text((W - measure(c, head, 14, bold=True)) / 2, y, head, 14, bold=True)
        y += 18
        s = f"etiuda „{title}”"
        c.text((W - measure(c, s, 12)) / 2, y, s, 12)
        y += 30
        rows = [
            ("Data:", day_text(day, g["date_style"])),
            (g["call_label"], g["call_text"].format(hm(call, t))),
            ("Miejsce zdjęć:", f"{p.name}, {p.address}"),
            ("Obiekt:", g["set"]),
        ]
        if g.get("sun"):
            rows.append(("Wschód / zachód słońca:", f"{hm(rise, t)} / {hm(fall, t)}"))
        rows += [
            ("Najbliższy szpital (SOR):",
             f"{p.hospital}, {p.hospital_address}, tel. {p.hospital_phone}"),
            ("Parking:", g["parking"]),
        ]  # fmt: skip
        for lab, val in rows:
            c.text(x0, y, lab, 10.5, bold=True)
            lines = wrap(c, val, 10.5, tw - 150)
            for k, ln in enumerate(lines):
                c.text(x0 + 150, y + 14 * k, ln, 10.5)
            y += 14 * len(lines) + 5
        y += 14
        c.text(x0, y, "Harmonogram:", 10.5, bold=True)
        for off, what in g["plan"]:
            y += 14
            c.text(x0 + 10, y, hm(add_minutes(call, off), t), 10.5)
            fit(c, x0 + 60, y, what, 10.5, tw - 60)
        y += 26
        c.text(x0, y, "Sceny:", 10.5, bold=True)
        for sc in g["scenes"]:
            y += 14
            fit(c, x0 + 10, y, sc, 10.5, tw - 10)
        y += 26
        c.text(x0, y, "Obsada:", 10.5, bold=True)
        for actor, role, off in g["cast"]:
            y += 14
            c.text(x0 + 10, y, f"{actor} ({role})", 10.5)
            c.text(x0 + 260, y, f"charakteryzacja {hm(add_minutes(call, off), t)}", 10.5)
        y += 26
        c.text(x0, y, "Ekipa:", 10.5, bold=True)
        for role, name, ph in g["crew"]:
            y += 14
            c.text(x0 + 10, y, role, 10.5)
            c.text(x0 + 150, y, name, 10.5)
            c.text(x0 + 290, y, ph, 10.5)
        y += 26
        c.text(x0, y, "Uwagi:", 10.5, bold=True)
        for note in g["notes"]:
            for ln in wrap(c, note, 10.5, tw - 10):
                y += 14
                c.text(x0 + 10, y, ln, 10.5)
        y += 30
        c.right(W - x0, y, g["sign"], 10)
        return c.output()

    return _sheet(
        f"pl_{key}",
        "pl_school",
        "Polish film-school 'plan pracy' typed in a word processor: centred heads, label lines",
        make,
        expect(p, title, day, call, g["set"], sun=None if g.get("sun") else (None, None)),
    )


def _pl_sheets() -> list[Sheet]:
    return [
        _pl(
            "bialystok",
            "Ogród Wersalu Podlasia",
            D(2026, 5, 20),
            "08:00",
            {
                "time": "dot",
                "date_style": "pl_weekday_genitive",
                "school": [
                    "Akademia Filmowa w Białymstoku",
                    "Kierunek: realizacja obrazu",
                    "II rok, etiuda fabularna",
                ],
                "n": 2,
                "call_label": "Zbiórka ekipy:",
                "call_text": "godz. {} na miejscu zdjęć",
                "set": "ogród francuski i dziedziniec pałacu",
                "sun": True,
                "parking": "ul. Mickiewicza 2 (parking przy Planetarium), bus z kamerą wjeżdża "
                "od ul. Kilińskiego",
                "plan": [
                    (0, "zbiórka, rozładunek"),
                    (60, "próba, światło"),
                    (90, "pierwszy klaps, sc. 3"),
                    (300, "obiad (catering)"),
                    (360, "sc. 5 i 6, dziedziniec"),
                    (540, "koniec zdjęć"),
                ],
                "scenes": [
                    "sc. 3 - PLENER / DZIEŃ - ogród, Ola i ojciec",
                    "sc. 5 - PLENER / DZIEŃ - dziedziniec, wycieczka",
                    "sc. 6 - PLENER / DZIEŃ - dziedziniec, pożegnanie",
                ],
                "cast": [("Zofia Kamińska", "Ola", 0), ("Tadeusz Wróbel", "ojciec", 30)],
                "crew": [
                    ("Reżyseria", "Karol Sidor", "600 555 101"),
                    ("Zdjęcia", "Iga Nowik", "600 555 102"),
                    ("Kierownik planu", "Bartek Moroz", "600 555 103"),
                    ("Dźwięk", "Ewa Lis", "600 555 104"),
                ],
                "notes": [
                    "Uniwersytet Medyczny prosi o ciszę pod oknami rektoratu.",
                    "Zgoda na zdjęcia u Bartka, w razie kontroli straży.",
                ],
                "sign": "kierownik produkcji: Bartek Moroz",
            },
        ),
        _pl(
            "plock",
            "Wzgórze",
            D(2026, 9, 12),
            "07:00",
            {
                "time": "h24",
                "date_style": "pl_dots",
                "school": ["Studium Filmowe w Płocku", "etiuda dokumentalno-fabularna"],
                "n": 1,
                "call_label": "Zbiórka:",
                "call_text": "{}",
                "set": "sala secesji, I piętro",
                "sun": False,
                "parking": "ul. Kazimierza Wielkiego 1, samochody ekipy tylko do rozładunku",
                "plan": [
                    (0, "zbiórka, wniesienie sprzętu"),
                    (90, "zdjęcia: sc. 1, 2"),
                    (300, "przerwa obiadowa"),
                    (360, "zdjęcia: sc. 4"),
                    (480, "zwijanie"),
                ],
                "scenes": [
                    "sc. 1 - WNĘTRZE / DZIEŃ - sala secesji, przewodniczka",
                    "sc. 2 - WNĘTRZE / DZIEŃ - sala secesji, dzieci",
                    "sc. 4 - WNĘTRZE / DZIEŃ - klatka schodowa",
                ],
                "cast": [
                    ("Helena Dąb", "przewodniczka", 0),
                    ("grupa szkolna (8 os.)", "dzieci", 60),
                ],
                "crew": [
                    ("Reżyseria", "Marta Żak", "501 555 201"),
                    ("Zdjęcia", "Piotr Gil", "501 555 202"),
                    ("Produkcja", "Ola Sęk", "501 555 203"),
                ],
                "notes": ["Muzeum otwarte od 10.00, pracujemy w zamkniętej sali."],
                "sign": "Ola Sęk, produkcja",
            },
        ),
        _pl(
            "tarnow",
            "Ratuszowa wieża",
            D(2026, 10, 3),
            "07:30",
            {
                "time": "dot",
                "date_style": "pl_genitive",
                "school": [
                    "Szkoła Filmowa im. K. Kieślowskiego (zajęcia wyjazdowe)",
                    "Pracownia reżyserii, III rok",
                ],
                "n": 4,
                # HARD: the crew meets at the school bus first (another address), then drives to
                # the set; the call is the zbiórka
                "call_label": "Zbiórka ekipy:",
                "call_text": "{} przy busie pod hotelem (pl. Sobieskiego 4), wyjazd na plan "
                "zaraz po zbiórce",
                "set": "wieża ratuszowa i sala rajców",
                "sun": True,
                "parking": "bus i samochód sprzętowy na pl. Sobieskiego 4",
                "plan": [
                    (0, "zbiórka, przejazd na Rynek"),
                    (30, "wniesienie sprzętu na wieżę"),
                    (120, "sc. 11 (wieża)"),
                    (330, "obiad"),
                    (390, "sc. 12, 14 (sala rajców)"),
                ],
                "scenes": [
                    "sc. 11 - WNĘTRZE / DZIEŃ - wieża, zegarmistrz",
                    "sc. 12 - WNĘTRZE / DZIEŃ - sala rajców, narada",
                    "sc. 14 - WNĘTRZE / NOC - sala rajców, pusta",
                ],
                "cast": [("Jan Pająk", "zegarmistrz", 15), ("Maria Lech", "burmistrzowa", 60)],
                "crew": [
                    ("Reżyseria", "Antek Bury", "692 555 301"),
                    ("Zdjęcia", "Nina Strug", "692 555 302"),
                    ("II reżyser", "Kuba Bąk", "692 555 303"),
                    ("Kierownik produkcji", "Lena Osa", "692 555 304"),
                ],
                "notes": [
                    "Wąskie schody na wieżę: tylko lekki sprzęt, statyw i jedna lampa.",
                    "Muzeum prosi o obuwie na miękkiej podeszwie.",
                ],
                "sign": "kierownik produkcji: Lena Osa",
            },
        ),
    ]


# --- near misses: times, dates and addresses, but not a shooting day's call sheet ------------


def _catering() -> bytes:
    """A crew lunch order form for the Lincoln short: delivery time, address, headcount, menu."""
    c = Canvas("A4", "helvetica")
    W = c.width
    c.text(50, 56, "Bailgate Kitchen - Event & Crew Catering", 13, bold=True)
    c.text(50, 69, "14 Bailgate, Lincoln LN1 3AE · 01522 555 700 · orders@bailgate.example", 8)
    c.text(50, 104, "ORDER FORM / CONFIRMATION  #BK-3381", 11, bold=True)
    rows = [
        ("Customer", "Steep Hill Films (Callum Price, 07700 555012)"),
        ("Event", "Film crew lunch - THE SIEGE OF SMALL THINGS"),
        ("Delivery date", "Saturday 16th May 2026"),
        ("Delivery time", "12:00 (please have ready by 11:45)"),
        ("Deliver to", "Lincoln Castle, West Gate, Castle Hill, Lincoln LN1 3AA"),
        ("Headcount", "14 (2 vegan, 1 gluten free, 1 nut allergy)"),
    ]
    y = 128.0
    for lab, val in rows:
        c.text(50, y, lab, 9, bold=True)
        c.text(160, y, val, 9)
        y += 15
    y += 12
    fill(c, 50, y - 10, W - 100, 14, 225)
    for h, x in zip(["Item", "Qty", "Each", "Total"], [0, 300, 360, 430], strict=True):
        c.text(54 + x, y, h, 8.5, bold=True)
    items = [("Hot jacket potatoes with fillings", "14", "£6.50", "£91.00"),
             ("Seasonal salad bowl", "4", "£4.00", "£16.00"),
             ("Tray bakes (assorted)", "14", "£2.20", "£30.80"),
             ("Tea & coffee urn, cups", "1", "£25.00", "£25.00")]  # fmt: skip
    for row in items:
        y += 15
        for v, x in zip(row, [0, 300, 360, 430], strict=True):
            c.text(54 + x, y, v, 9)
    y += 24
    c.right(W - 50, y, "Total £162.80 (inc. VAT) · payment on invoice, 14 days", 9, bold=True)
    y += 30
    for ln in wrap(
        c,
        "Please confirm final numbers by 5pm the day before. Cancellations under "
        "24 hours are charged in full. Crockery collected at 3pm.",
        9,
        W - 100,
    ):
        c.text(50, y, ln, 9)
        y += 13
    return c.output()


def _van_hire() -> bytes:
    """A van hire booking confirmation for the Ballarat TVC: pickup, return, branch address."""
    c = Canvas("A4", "helvetica")
    W = c.width
    fill(c, 0, 0, W, 56, 30)
    c.pdf.set_text_color(255, 255, 255)
    c.text(40, 36, "GOLDLINE VAN & TRUCK RENTALS", 14, bold=True)
    black(c)
    c.text(40, 92, "Booking confirmation", 15, bold=True)
    c.text(40, 108, "Reservation no. GL-778102 · confirmed 2 April 2026", 9)
    rows = [
        ("Hirer", "Eureka Pictures Pty Ltd (account 4471)"),
        ("Driver", "Jack Ellery, licence VIC 0412 xxx"),
        ("Vehicle", "4.5 t pantech with tail-lift (or similar), 2 x 3-seat cab"),
        ("Pick-up", "Mon 13/4/26, 7:00am"),
        ("Pick-up branch", "210 Main Rd, Ballarat VIC 3350 (ph 03 5555 0100)"),
        ("Return", "Wed 15/4/26 by 6:00pm, same branch, full tank"),
        ("Rate", "$189.00 per day + $0.35/km over 150 km/day"),
        ("Insurance", "Damage excess $5,500, reduction option declined"),
        ("Bond", "$1,000 pre-authorised on card ending 2231"),
    ]
    y = 140.0
    for lab, val in rows:
        c.text(40, y, lab, 9, bold=True)
        c.text(150, y, val, 9)
        y += 16
    y += 16
    for ln in wrap(
        c,
        "Please bring the driver's licence and the card used for the booking. "
        "Late returns are charged a further day. After-hours return: key drop at "
        "the branch gate. Roadside assistance 1800 555 010, 24 hours.",
        9,
        W - 80,
    ):
        c.text(40, y, ln, 9)
        y += 13
    return c.output()


def _recce() -> bytes:
    """A location recce report for the Spanish series: recce date, address, access, photos."""
    c = Canvas("A4", "sans")
    W = c.width
    c.text(40, 50, "INFORME DE LOCALIZACIÓN (SCOUTING)", 13, bold=True)
    c.text(40, 63, "Costa Luz Films · serie «Vidrieras» · departamento de localizaciones", 8)
    c.hline(40, W - 40, 70, 0.8)
    rows = [
        ("Localización", "Mercado Central de Atarazanas"),
        ("Dirección", "C. Atarazanas 10, 29005 Málaga"),
        ("Fecha de la visita", "martes, 2 de junio de 2026, 09:30 - 11:00"),
        ("Visitado por", "Hugo Reyes (localizaciones), Rocío Aranda (dirección)"),
        ("Contacto", "Administración del mercado, Sra. Pineda, 951 555 430"),
        ("Horario del mercado", "lunes a sábado 08:00 - 15:00"),
        ("Acceso", "carga y descarga por C. Sagasta antes de las 08:00"),
        ("Electricidad", "toma trifásica en el cuarto técnico, permiso necesario"),
        ("Aparcamiento", "Muelle Heredia (base posible), parking Camas a 5 min"),
        ("Urgencias", "Hospital Regional Universitario, Av. de Carlos Haya 84"),
    ]
    y = 92.0
    for lab, val in rows:
        c.text(40, y, lab, 8.5, bold=True)
        fit(c, 170, y, val, 8.5, W - 210)
        y += 14
    y += 14
    c.text(40, y, "FOTOS (carpeta compartida /Localizaciones/Atarazanas)", 9, bold=True)
    for n, what in enumerate(["puerta nazarí, exterior", "nave central, vista general",
                              "vidriera norte (contraluz mañana)", "puestos de pescado 12-18",
                              "acceso carga C. Sagasta", "cuarto técnico"], 1):  # fmt: skip
        y += 13
        c.text(50, y, f"IMG_{4100 + n}.jpg - {what}", 8.5)
    y += 24
    c.text(40, y, "VALORACIÓN", 9, bold=True)
    for ln in wrap(
        c,
        "Muy buena para las secuencias 5/14 y 5/15. Ruido alto hasta el cierre; "
        "luz de la vidriera óptima entre las 9 y las 11. Pendiente: permiso "
        "municipal y seguro. Propuesta de fechas: finales de junio.",
        8.5,
        W - 90,
    ):
        y += 12
        c.text(50, y, ln, 8.5)
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet("other_catering_order", "near_miss", "crew catering order form", _catering, OTHER),
        _sheet("other_van_hire", "near_miss", "van hire booking confirmation", _van_hire, OTHER),
        _sheet("other_recce_report", "near_miss", "Spanish location recce report", _recce,
               OTHER),
    ]  # fmt: skip


def sheets() -> list[Sheet]:
    return [
        *_xl_sheets(),
        *_ca_sheets(),
        *_tvc_sheets(),
        *_gd_sheets(),
        *_es_sheets(),
        *_pl_sheets(),
        *_other_sheets(),
    ]
