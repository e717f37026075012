"""Twenty-sixth held-out set: a crew member's inbox, makers not yet in the corpus (`fresh25_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets, weighted
to what real users send (CONVENTIONS.md, "fresh25"): a Vancouver TV series studio template with
numbered labels and each value in the ruled cell below its label ("Wed Oct 14/26"), a Polish
production house's typed "dzienny plan pracy" ("Zbiórka ekipy", "Miejsce zdjęć", "Baza",
"Najbliższy szpital"), a UK commercial's one-page grid (DATE | CREW CALL | SET LOCATION) with a
"Nearest A&E:" line under it, a spreadsheet export (LibreOffice Calc / Apple Numbers: ruled
cells, small type, wrapped cells, the tab name in the footer), an Australian feature's sheet
("Unit call 0630", "Unit base", dd/mm/yyyy) and a US reality series one-pager ("Crew call: 7a").
Three near misses (a location permit confirmation e-mail, a catering order confirmation, a
wrap party invitation) must read as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one
a family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from tests.corpus.draw import Canvas, black, grey, measure
from tests.corpus.formats import PL_GENITIVE, PL_WEEKDAYS, ROMAN, add_minutes
from tests.corpus.fresh_common import (
    clock,
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
from tests.corpus.sheet import Sheet, cell, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # Vancouver TV series, studio template
    "mov": _p(
        "ca",
        "Museum of Vancouver",
        "1100 Chestnut St",
        "Vancouver, BC V6J 3J9",
        49.2764,
        -123.1446,
        "America/Vancouver",
        "Vancouver General Hospital",
        "920 W 10th Ave",
        "Vancouver, BC V5Z 1M9",
        "(604) 875-4111",
        "1000 Chestnut St",
        "Vancouver, BC V6J 3J9",
    ),
    "burnaby": _p(
        "ca",
        "Burnaby Village Museum",
        "6501 Deer Lake Ave",
        "Burnaby, BC V5G 3T6",
        49.2410,
        -122.9610,
        "America/Vancouver",
        "Burnaby Hospital",
        "3935 Kincaid St",
        "Burnaby, BC V5G 2X6",
        "(604) 434-4211",
        "6450 Deer Lake Ave",
        "Burnaby, BC V5G 2J3",
    ),
    "orpheum": _p(
        "ca",
        "Orpheum Theatre",
        "601 Smithe St",
        "Vancouver, BC V6B 3L4",
        49.2800,
        -123.1205,
        "America/Vancouver",
        "St. Paul's Hospital",
        "1081 Burrard St",
        "Vancouver, BC V6Z 1Y6",
        "(604) 682-2344",
        "777 Pacific Blvd",
        "Vancouver, BC V6B 4Y8",
    ),
    # Polish production house, typed plan: Warszawa, Kraków, Łódź
    "praga": _p(
        "pl",
        "Muzeum Warszawskiej Pragi",
        "ul. Targowa 50/52",
        "03-733 Warszawa",
        52.2512,
        21.0367,
        "Europe/Warsaw",
        "Szpital Praski",
        "al. Solidarności 67",
        "03-401 Warszawa",
        "+48 22 555 10 00",
        "ul. Ząbkowska 27/31",
        "03-736 Warszawa",
    ),
    "schindler": _p(
        "pl",
        "Fabryka Emalia Oskara Schindlera",
        "ul. Lipowa 4",
        "30-702 Kraków",
        50.0475,
        19.9616,
        "Europe/Warsaw",
        "Szpital Uniwersytecki w Krakowie",
        "ul. Jakubowskiego 2",
        "30-688 Kraków",
        "+48 12 400 20 00",
        "ul. Zabłocie 20",
        "30-701 Kraków",
    ),
    "manufaktura": _p(
        "pl",
        "Manufaktura",
        "ul. Drewnowska 58",
        "91-002 Łódź",
        51.7795,
        19.4475,
        "Europe/Warsaw",
        "Wojewódzkie Wielospecjalistyczne Centrum Onkologii i Traumatologii im. M. Kopernika",
        "ul. Pabianicka 62",
        "93-513 Łódź",
        "+48 42 689 50 00",
        "ul. Ogrodowa 19",
        "91-065 Łódź",
    ),
    # UK commercial, one-page grid: London, Brighton, Bristol
    "battersea": _p(
        "uk",
        "Battersea Power Station",
        "Circus Road West",
        "London SW11 8DD",
        51.4817,
        -0.1447,
        "Europe/London",
        "St Thomas' Hospital",
        "Westminster Bridge Road",
        "London SE1 7EH",
        "020 7188 7188",
        "Kirtling Street",
        "London SW8 5BN",
    ),
    "brighton": _p(
        "uk",
        "Brighton Palace Pier",
        "Madeira Drive",
        "Brighton BN2 1TW",
        50.8159,
        -0.1370,
        "Europe/London",
        "Royal Sussex County Hospital",
        "Eastern Road",
        "Brighton BN2 5BE",
        "01273 696955",
        "Madeira Drive",
        "Brighton BN2 1EN",
    ),
    "ssgb": _p(
        "uk",
        "Brunel's SS Great Britain",
        "Great Western Dockyard",
        "Bristol BS1 6TY",
        51.4491,
        -2.6089,
        "Europe/London",
        "Bristol Royal Infirmary",
        "Upper Maudlin Street",
        "Bristol BS2 8HW",
        "0117 923 0000",
        "Cumberland Road",
        "Bristol BS1 6XW",
    ),
    # spreadsheet exports: Portland, Glasgow, Austin
    "powells": _p(
        "us",
        "Powell's City of Books",
        "1005 W Burnside St",
        "Portland, OR 97209",
        45.5231,
        -122.6814,
        "America/Los_Angeles",
        "Legacy Good Samaritan Medical Center",
        "1015 NW 22nd Ave",
        "Portland, OR 97210",
        "(503) 413-7711",
        "1000 NW Everett St",
        "Portland, OR 97209",
    ),
    "riverside": _p(
        "uk",
        "Riverside Museum",
        "100 Pointhouse Road",
        "Glasgow G3 8RS",
        55.8650,
        -4.3068,
        "Europe/London",
        "Queen Elizabeth University Hospital",
        "1345 Govan Road",
        "Glasgow G51 4TF",
        "0141 201 1100",
        "Pointhouse Road",
        "Glasgow G3 8RS",
    ),
    "bullock": _p(
        "us",
        "Bullock Texas State History Museum",
        "1800 Congress Ave",
        "Austin, TX 78701",
        30.2803,
        -97.7391,
        "America/Chicago",
        "Dell Seton Medical Center at The University of Texas",
        "1500 Red River St",
        "Austin, TX 78701",
        "(512) 324-7000",
        "1201 San Jacinto Blvd",
        "Austin, TX 78701",
    ),
    # Australian feature: Sydney, Melbourne
    "carriageworks": _p(
        "au",
        "Carriageworks",
        "245 Wilson St",
        "Eveleigh NSW 2015",
        -33.8940,
        151.1925,
        "Australia/Sydney",
        "Royal Prince Alfred Hospital",
        "50 Missenden Rd",
        "Camperdown NSW 2050",
        "(02) 9515 6111",
        "Locomotive St",
        "Eveleigh NSW 2015",
    ),
    "convent": _p(
        "au",
        "Abbotsford Convent",
        "1 St Heliers St",
        "Abbotsford VIC 3067",
        -37.8025,
        145.0040,
        "Australia/Melbourne",
        "St Vincent's Hospital Melbourne",
        "41 Victoria Pde",
        "Fitzroy VIC 3065",
        "(03) 9231 2211",
        "Clarke St",
        "Abbotsford VIC 3067",
    ),
    "reb": _p(
        "au",
        "Royal Exhibition Building",
        "9 Nicholson St",
        "Carlton VIC 3053",
        -37.8047,
        144.9717,
        "Australia/Melbourne",
        "The Royal Melbourne Hospital",
        "300 Grattan St",
        "Parkville VIC 3050",
        "(03) 9342 7000",
        "Rathdowne St",
        "Carlton VIC 3053",
    ),
    # US reality / documentary one-pagers: Nashville, Phoenix, Boston
    "cmhof": _p(
        "us",
        "Country Music Hall of Fame and Museum",
        "222 Rep. John Lewis Way S",
        "Nashville, TN 37203",
        36.1582,
        -86.7760,
        "America/Chicago",
        "Vanderbilt University Medical Center",
        "1211 Medical Center Dr",
        "Nashville, TN 37232",
        "(615) 322-5000",
        "501 Broadway",
        "Nashville, TN 37203",
    ),
    "heard": _p(
        "us",
        "Heard Museum",
        "2301 N Central Ave",
        "Phoenix, AZ 85004",
        33.4725,
        -112.0722,
        "America/Phoenix",
        "Banner University Medical Center Phoenix",
        "1111 E McDowell Rd",
        "Phoenix, AZ 85006",
        "(602) 839-2000",
        "2200 N Central Ave",
        "Phoenix, AZ 85004",
    ),
    "faneuil": _p(
        "us",
        "Faneuil Hall Marketplace",
        "4 S Market St",
        "Boston, MA 02109",
        42.3600,
        -71.0560,
        "America/New_York",
        "Massachusetts General Hospital",
        "55 Fruit St",
        "Boston, MA 02114",
        "(617) 726-2000",
        "1 Congress St",
        "Boston, MA 02114",
    ),
}


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "a": f"{h12}{ap[0].lower()}" if not m else f"{h12}:{m:02d}{ap[0].lower()}",  # "7a"
        "pl_godz": f"godz. {h}.{m:02d}",  # "godz. 6.30"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "van": f"{d:%a} {d:%b} {d.day}/{d:%y}",  # "Wed Oct 14/26"
        "van_long": f"{d:%A} {d:%b} {d.day}/{d:%y}",  # "Wednesday Oct 14/26"
        "pl_long": f"{PL_WEEKDAYS[d.weekday()]}, {d.day} {PL_GENITIVE[d.month - 1]} {d.year} r.",
        "pl_roman_wd": f"{d.day} {ROMAN[d.month - 1]} {d.year} ({PL_WEEKDAYS[d.weekday()]})",
        "au": f"{d:%A} {d:%d/%m/%Y}",  # "Tuesday 03/11/2026"
        "au_short": f"{d:%a} {d:%d/%m/%Y}",
        "uk_grid": f"{d:%a} {d.day} {d:%b} {d.year}",
        "us_nice": f"{d:%A}, {d:%B} {d.day}, {d.year}",
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh25")


# This set's tables: fresh_common.head_table in its own size, shade and lead.
_rows = partial(head_table, size=8.0, shade=225, head_rule=0.3)


# --- (1) Vancouver TV series, studio template: numbered labels, value in the cell below ---------


def _van(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        x0 = 30.0
        right = W - x0
        cw = (right - x0) / 3
        c.text(x0, 46, g["studio"], 8)
        c.text(x0, 66, title.upper(), 17, bold=True)
        c.text(x0, 80, f'Episode {g["ep"]}  "{g["ep_title"]}"', 9)
        c.right(right, 50, "CALL SHEET", 14, bold=True)
        c.right(right, 64, f"Day {g['n']} of {g['of']}", 9)
        c.right(right, 78, day_text(day, g["date_style"]), 10, bold=True)
        c.hline(x0, right, 88, 1.5)
        y = 96.0
        rows: list[list[tuple[str, list[str]]]] = [
            [
                ("1. DATE", [day_text(day, g["date_style"])]),
                ("2. CREW CALL", [hm(call, t), f"Shooting call {hm(add_minutes(call, 60), t)}"]),
                ("3. SUNRISE / SUNSET", [f"{hm(rise, t)} / {hm(fall, t)}", g["weather"]]),
            ],
            [
                ("4. SET", [g["set"]]),
                ("5. LOCATION", [p.name, p.street, p.city]),
                ("6. Crew Parking / Basecamp", [p.base_street, p.base_city, g["parking"]]),
            ],
            [
                ("7. NEAREST HOSPITAL", [p.hospital, p.hospital_street, p.hospital_city]),
                ("8. HOSPITAL PHONE", [p.hospital_phone, "Emergency: 911"]),
                ("9. SET MEDIC", [g["medic"]]),
            ],
        ]
        if g.get("move"):
            # HARD: a company move: a second location cell with its own address after lunch
            rows.append(
                [
                    ("10. LOCATION 2 (COMPANY MOVE)", g["move"]),
                    ("11. MOVE TIME", [hm(add_minutes(call, 390), t)]),
                    ("12. WALKIE CHANNELS", ["Ch 1 AD / Ch 2 Open"]),
                ]
            )
        for row in rows:
            h = 22 + 11 * max(len(v) for _, v in row)
            for k, (lab, val) in enumerate(row):
                c.box(x0 + k * cw, y, cw, h, 0.6)
                cell(c, x0 + k * cw, y, cw, lab, val, label_size=6.5, size=8.5)
            y += h
        y += 22
        c.text(x0, y, "SCENES", 10, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["SC", "SET / SYNOPSIS", "D/N", "PGS", "CAST"],
            [0, 36, 330, 380, 430],
            g["scenes"],
            right,
        )
        y += 6
        c.text(x0, y, "CAST", 10, bold=True)
        _rows(
            c,
            x0,
            y + 14,
            ["#", "ARTIST", "CHARACTER", "P/U", "H/MU", "SET"],
            [0, 24, 170, 320, 390, 460],
            [
                (str(k + 1), a, r, *[hm(add_minutes(call, o), t) for o in offs])
                for k, (a, r, offs) in enumerate(g["cast"])
            ],
            right,
        )
        grey(c, 120)
        c.text(x0, c.pdf.h - 26, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"van_{key}",
        "vancouver_series",
        "Vancouver TV series studio template: numbered labels, value in the cell below",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _van_sheets() -> list[Sheet]:
    cast = [
        ("Maya Trudel", "Det. Ivy Park", (-60, -45, 0)),
        ("Graham Kole", "Sgt. Abe Lunn", (-30, -15, 30)),
    ]
    return [
        _van(
            "mov",
            "Tidewater",
            D(2026, 10, 14),
            "07:00",
            {
                "time": "h24",
                "date_style": "van",
                "studio": "Lions Gate Crossing Productions Inc.  -  Season 2",
                "ep": "204",
                "ep_title": "Low Water",
                "n": 6,
                "of": 8,
                "weather": "Showers, 12°C",
                "set": "Planetarium lobby and gallery 3",
                "parking": "Vanier Park lot, east end",
                "medic": "Ron Aziz  604-555-0131",
                "scenes": [
                    ("18", "INT. MUSEUM LOBBY - Ivy meets the curator", "D", "2 1/8", "1, 3"),
                    ("19", "INT. GALLERY 3 - the empty case", "D", "1 4/8", "1, 2"),
                ],
                "cast": cast,
                "footer": "TIDEWATER S2  Ep 204  Call Sheet Day 6  -  Rev. white",
            },
        ),
        _van(
            "burnaby",
            "Tidewater",
            D(2026, 10, 27),
            "06:30",
            {
                "time": "us",
                "date_style": "van_long",
                "studio": "Lions Gate Crossing Productions Inc.  -  Season 2",
                "ep": "206",
                "ep_title": "Old Town",
                "n": 3,
                "of": 8,
                "weather": "Cloudy, 9°C",
                "set": "Village main street and tram barn",
                "parking": "Shadbolt Centre north lot",
                "medic": "Kim Beaulieu  604-555-0187",
                "scenes": [
                    ("7", "EXT. VILLAGE STREET - the tram arrives", "D", "1 6/8", "1, 2"),
                    ("9", "INT. TRAM BARN - Abe hides the case", "D", "2 0/8", "2"),
                ],
                "cast": cast,
                "footer": "TIDEWATER S2  Ep 206  Call Sheet Day 3",
            },
        ),
        _van(
            "orpheum",
            "Tidewater",
            D(2026, 11, 19),
            "08:00",
            {
                "time": "h24",
                "date_style": "van",
                "studio": "Lions Gate Crossing Productions Inc.  -  Season 2",
                "ep": "207",
                "ep_title": "Encore",
                "n": 5,
                "of": 8,
                "weather": "Rain, 8°C",
                "set": "Auditorium stage and fly gallery",
                "parking": "BC Place lot C",
                "medic": "Ron Aziz  604-555-0131",
                "move": ["Vancouver Art Gallery", "750 Hornby St", "Vancouver, BC V6Z 2H7"],
                "scenes": [
                    ("31", "INT. ORPHEUM STAGE - the rehearsal", "D", "3 1/8", "1, 2"),
                    ("35", "EXT. ART GALLERY STEPS - Ivy waits", "D", "6/8", "1"),
                ],
                "cast": cast,
                "footer": "TIDEWATER S2  Ep 207  Call Sheet Day 5  -  Rev. blue",
            },
        ),
    ]


# --- (2) Polish production house: a typed "dzienny plan pracy" ----------------------------------


def _pl(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        x0 = 56.0
        right = W - x0
        tw = right - x0
        c.text(x0, 52, g["house"], 8.5, bold=True)
        c.text(x0, 63, g["house_addr"], 7.5)
        c.right(right, 52, f"Dzień zdjęciowy {g['n']} / {g['of']}", 8.5)
        c.text(x0, 96, f"DZIENNY PLAN PRACY nr {g['n']}", 15, bold=True)
        c.text(x0, 114, f"Film: {title}", 11, bold=True)
        c.text(x0, 128, f"Reżyseria: {g['director']}", 9)
        c.hline(x0, right, 136, 0.6)
        y = 156.0
        lines: list[tuple[str, str]] = [
            ("Data:", day_text(day, g["date_style"])),
            ("Zbiórka ekipy:", g.get("call_line", hm(call, t))),
            ("Pierwsze ujęcie:", hm(add_minutes(call, 75), t)),
            ("Obiad:", hm(add_minutes(call, 360), t)),
            ("Wschód / zachód słońca:", f"{hm(rise, 'h24')} / {hm(fall, 'h24')}"),
            ("Miejsce zdjęć:", f"{p.name}, {p.address}"),
            ("Obiekt:", g["set"]),
            ("Baza:", f"{p.base}  ({g['base_note']})"),
            ("Parking:", g["parking"]),
            ("Najbliższy szpital:", f"{p.hospital}, {p.hospital_address}, tel. {p.hospital_phone}"),
        ]
        lw = 142.0
        for lab, val in lines:
            c.text(x0, y, lab, 9.5, bold=True)
            y = paragraph(c, x0 + lw, y, val, 9.5, tw - lw, 12.5)
            y += 3
        y += 12
        c.text(x0, y, "SCENY", 10, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["SC.", "OBIEKT / OPIS", "P/N", "STR.", "OBSADA"],
            [0, 36, 300, 340, 390],
            g["scenes"],
            right,
            size=8.5,
            lead=13,
        )
        y += 6
        c.text(x0, y, "OBSADA", 10, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["NR", "AKTOR", "POSTAĆ", "CHARAKT.", "NA PLANIE"],
            [0, 30, 170, 300, 380],
            [
                (str(k + 1), a, r, hm(add_minutes(call, o1), t), hm(add_minutes(call, o2), t))
                for k, (a, r, o1, o2) in enumerate(g["cast"])
            ],
            right,
            size=8.5,
            lead=13,
        )
        y += 10
        y = paragraph(c, x0, y, g["note"], 8.5, tw, 11)
        grey(c, 120)
        c.text(x0, c.pdf.h - 30, f"Kierownik produkcji: {g['pm']}", 7.5)
        black(c)
        return c.output()

    return _sheet(
        f"pl_{key}",
        "polish_plan",
        "Polish production house's typed dzienny plan pracy: label lines, Polish dates",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _pl_sheets() -> list[Sheet]:
    return [
        _pl(
            "praga",
            "Królowa Wisły",
            D(2026, 10, 21),
            "07:00",
            {
                "time": "h24",
                "date_style": "pl_long",
                "house": "Vistula Film Studio sp. z o.o.",
                "house_addr": "ul. Chełmska 21, 00-724 Warszawa",
                "director": "Agata Wróbel",
                "n": 9,
                "of": 32,
                "set": "Podwórko i mieszkanie na II piętrze",
                "base_note": "kampery, catering",
                "parking": "Parking przy ul. Kępnej, za bazą",
                "scenes": [
                    ("21", "PL. PODWÓRKO - Anna wraca z targu", "D", "2 4/8", "1, 2, 5"),
                    ("22", "WN. MIESZKANIE - list od brata", "D", "1 1/8", "1, 3"),
                ],
                "cast": [
                    ("Magdalena Kruk", "Anna", -60, 0),
                    ("Piotr Zając", "Stanisław", -30, 30),
                ],
                "note": "Zakaz dotykania eksponatów. Obuwie na miękkiej podeszwie obowiązkowe.",
                "pm": "Tomasz Lis, tel. 601 555 210",
            },
        ),
        _pl(
            "schindler",
            "Emalia",
            D(2026, 11, 10),
            "06:30",
            {
                "time": "dot",
                "date_style": "pl_roman_wd",
                "house": "Wawel Pictures S.A.",
                "house_addr": "ul. Józefińska 14, 30-529 Kraków",
                "director": "Jan Sowa",
                "n": 4,
                "of": 21,
                "set": "Hala produkcyjna i biuro dyrektora",
                "base_note": "garderoba, charakteryzacja",
                "parking": "ul. Zabłocie, pas wzdłuż torów",
                "scenes": [
                    ("8", "WN. HALA - praca przy prasach", "D", "3 0/8", "1, 2, 4"),
                    ("11", "WN. BIURO - rozmowa o listach", "D", "1 5/8", "1, 3"),
                ],
                "cast": [
                    ("Ewa Malinowska", "Helena", -45, 15),
                    ("Michał Kos", "Dyrektor", 0, 60),
                ],
                "note": "Muzeum otwarte dla zwiedzających od 9.00: cisza na planie.",
                "pm": "Karolina Baran, tel. 605 555 118",
            },
        ),
        _pl(
            "manufaktura",
            "Nici",
            D(2026, 12, 2),
            "07:30",
            {
                "time": "h24",
                "date_style": "pl_genitive",
                # HARD: the crew call line also names the time on set, half an hour later
                "call_line": "godz. 7.30 (baza), na planie 8.00",
                "house": "Kadr Łódź Produkcja",
                "house_addr": "ul. Łąkowa 29, 90-554 Łódź",
                "director": "Olga Nowicka",
                "n": 15,
                "of": 26,
                "set": "Rynek i dawna przędzalnia",
                "base_note": "catering od 7.00",
                "parking": "Parking P3 od ul. Karskiego",
                "scenes": [
                    ("40", "PL. RYNEK - spotkanie przy fontannie", "D", "1 2/8", "1, 2"),
                    ("41", "WN. PRZĘDZALNIA - maszyny stoją", "D", "2 3/8", "2, 3"),
                ],
                "cast": [
                    ("Zofia Lewandowska", "Róża", -30, 30),
                    ("Kamil Duda", "Staszek", 30, 90),
                ],
                "note": "Galeria czynna: prosimy nie blokować wejść dla klientów.",
                "pm": "Adam Pawlak, tel. 607 555 341",
            },
        ),
    ]


# --- (3) UK commercial one-page grid: DATE | CREW CALL | SET LOCATION, A&E line under it -------


def _ukc(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "helvetica", "L")
        W = c.width
        x0 = 36.0
        right = W - x0
        c.text(x0, 48, g["company"], 14, bold=True)
        c.text(x0, 61, g["company_addr"], 7.5)
        c.right(right, 46, "CALL SHEET", 16, bold=True)
        c.right(right, 60, f"Client: {g['client']}   Job: {title}", 9)
        c.hline(x0, right, 70, 1.0)
        widths = [150.0, 100.0, right - x0 - 150 - 100 - 190, 190.0]
        heads = ["DATE", "CREW CALL", "SET LOCATION", "WEATHER / SUN"]
        loc_lines = [p.name, p.address, *wrap(c, g["set"], 9, widths[2] - 10)]
        vals = [
            [day_text(day, g["date_style"])],
            [hm(call, t)],
            loc_lines,
            [g["weather"], f"Sunrise {hm(rise, t)}", f"Sunset {hm(fall, t)}"],
        ]
        y = 82.0
        hh = 16.0
        vh = 12.0 * max(len(v) for v in vals) + 10
        x = x0
        for w, h, v in zip(widths, heads, vals, strict=True):
            fill(c, x, y, w, hh, 30)
            c.pdf.set_text_color(255, 255, 255)
            c.text(x + 5, y + 11, h, 8.5, bold=True)
            black(c)
            c.box(x, y, w, hh + vh, 0.6)
            yy = y + hh + 13
            for k, ln in enumerate(v):
                fit(c, x + 5, yy, ln, 11 if (k == 0 and w < 160) else 9, w - 10, bold=k == 0)
                yy += 12
            x += w
        y += hh + vh
        c.hline(x0, right, y, 0.6)
        # a left-aligned A&E line a few mm below the grid
        y += 14
        c.text(x0, y, f"Nearest A&E: {p.hospital}, {p.hospital_address}. Tel {p.hospital_phone}", 9)
        y += 26
        c.text(x0, y, "SCHEDULE", 10, bold=True)
        yc = y
        y = _rows(
            c,
            x0,
            y + 14,
            ["TIME", "ACTIVITY"],
            [0, 70],
            [(hm(add_minutes(call, o), t), a) for o, a in g["schedule"]],
            x0 + 420,
        )
        cx = x0 + 440
        c.text(cx, yc, "CONTACTS", 10, bold=True)
        _rows(c, cx, yc + 14, ["ROLE", "NAME", "MOBILE"], [0, 90, 200], g["crew"], right)
        grey(c, 120)
        c.text(x0, c.pdf.h - 24, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"ukc_{key}",
        "uk_commercial_grid",
        "UK commercial one-page grid: DATE | CREW CALL | SET LOCATION, Nearest A&E line below",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _ukc_sheets() -> list[Sheet]:
    crew = [
        ("Producer", "Hattie Moss", "07700 900412"),
        ("1st AD", "Raj Bedi", "07700 900388"),
        ("Location Mgr", "Dan Fry", "07700 900127"),
    ]
    sched = [
        (-30, "Breakfast at base"),
        (0, "Crew call / unload"),
        (60, "First set-up"),
        (300, "Lunch"),
        (600, "Wrap"),
    ]
    return [
        _ukc(
            "battersea",
            "Spark Home Energy - Switch On",
            D(2026, 10, 29),
            "07:00",
            {
                "time": "h24",
                "date_style": "uk_grid",
                "company": "Quarry Lane Films",
                "company_addr": "14 Great Sutton Street, London EC1V 0BX",
                "client": "Spark Energy",
                "weather": "Overcast, 12°C",
                "set": "Turbine Hall A, north balcony",
                "schedule": sched,
                "crew": crew,
                "footer": "Quarry Lane Films  -  Spark 'Switch On'  -  30s + 10s cutdowns",
            },
        ),
        _ukc(
            "brighton",
            "Fenwick Crisps - Seaside",
            D(2026, 11, 4),
            "07:30",
            {
                "time": "military",
                "date_style": "uk_plain",
                "company": "Quarry Lane Films",
                "company_addr": "14 Great Sutton Street, London EC1V 0BX",
                "client": "Fenwick Snacks",
                "weather": "Bright, windy, 11°C",
                "set": "Pier deck by the helter skelter",
                "schedule": sched,
                "crew": crew,
                "footer": "Quarry Lane Films  -  Fenwick 'Seaside'",
            },
        ),
        _ukc(
            "ssgb",
            "Harbour Bank - First Home",
            D(2026, 12, 8),
            "08:00",
            {
                "time": "h24",
                "date_style": "uk_long",
                "company": "Quarry Lane Films",
                "company_addr": "14 Great Sutton Street, London EC1V 0BX",
                "client": "Harbour Bank",
                "weather": "Cold, light drizzle, 7°C",
                # HARD: the set notes wrap under the address inside the SET LOCATION cell
                "set": (
                    "Dry dock walkway and promenade deck. Access via the Dockyard Museum "
                    "entrance only; museum open to the public, no filming of visitors."
                ),
                "schedule": sched,
                "crew": crew,
                "footer": "Quarry Lane Films  -  Harbour Bank 'First Home'",
            },
        ),
    ]


# --- (4) spreadsheet export: LibreOffice Calc / Apple Numbers ----------------------------------


def _xs(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas(g["page"], g["font"])
        W = c.width
        x0 = 40.0
        right = W - x0
        size = 7.5
        lw = 110.0
        vw = right - x0 - lw
        c.pdf.set_draw_color(160, 160, 160)
        y = 44.0
        rows: list[tuple[str, str]] = [
            ("Production", title),
            ("Company", g["company"]),
            ("Shoot Day", f"{g['n']} of {g['of']}"),
            ("Date", day_text(day, g["date_style"])),
            ("Crew Call", hm(call, t)),
            ("Breakfast", hm(add_minutes(call, -30), t)),
            ("Location", p.name),
            ("Address", p.address),
            ("Set", g["set"]),
            ("Parking / Base", f"{p.base}. {g['parking']}"),
            ("Sunrise", hm(rise, t)),
            ("Sunset", hm(fall, t)),
            ("Weather", g["weather"]),
            ("Nearest Hospital", p.hospital),
            ("Hospital Address", f"{p.hospital_address}  {p.hospital_phone}"),
            ("Notes", g["notes"]),
        ]
        for lab, val in rows:
            lines = wrap(c, val, size, vw - 6)
            h = 11.0 * len(lines) + 3
            if g.get("shade"):
                fill(c, x0, y, lw, h, 236)
            c.box(x0, y, lw, h, 0.3)
            c.box(x0 + lw, y, vw, h, 0.3)
            c.text(x0 + 3, y + 9, lab, size, bold=g.get("bold_labels", False))
            yy = y + 9
            for ln in lines:
                c.text(x0 + lw + 3, yy, ln, size)
                yy += 11
            y += h
        y += 14
        xs = [0, 44, 300, 340, 390]
        heads = ["Scene", "Description", "D/N", "Pages", "Cast"]
        ws = [*[xs[i + 1] - xs[i] for i in range(len(xs) - 1)], right - x0 - xs[-1]]
        for row in [tuple(heads), *g["scenes"]]:
            for k, v in enumerate(row):
                c.box(x0 + xs[k], y, ws[k], 12, 0.3)
                fit(c, x0 + xs[k] + 3, y + 9, v, size, ws[k] - 6, bold=row[0] == "Scene")
            y += 12
        y += 14
        xs2 = [0, 130, 260, 330]
        ws2 = [130.0, 130.0, 70.0, right - x0 - 330]
        for row in [("Name", "Role", "Call", "Phone"), *g["crew"]]:
            vals = [
                row[0],
                row[1],
                row[2] if row[0] == "Name" else hm(add_minutes(call, int(row[2])), t),
                row[3],
            ]
            for k, v in enumerate(vals):
                c.box(x0 + xs2[k], y, ws2[k], 12, 0.3)
                fit(c, x0 + xs2[k] + 3, y + 9, v, size, ws2[k] - 6, bold=row[0] == "Name")
            y += 12
        c.pdf.set_draw_color(0, 0, 0)
        foot = g["tab"]
        c.text((W - measure(c, foot, 8)) / 2, c.pdf.h - 28, foot, 8)
        if g.get("page_no"):
            c.right(right, c.pdf.h - 28, "Page 1", 8)
        return c.output()

    return _sheet(
        f"xs_{key}",
        "spreadsheet_export",
        "spreadsheet export (LibreOffice Calc / Numbers): ruled cells, small type, tab in footer",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _xs_sheets() -> list[Sheet]:
    return [
        _xs(
            "powells",
            "Margin Notes",
            D(2026, 10, 16),
            "08:00",
            {
                "page": "letter",
                "font": "helvetica",
                "time": "us",
                "date_style": "us_long",
                "company": "Rose City Shorts",
                "n": 2,
                "of": 5,
                "set": "Rare Book Room and the Gold Room stacks",
                "parking": "Crew park at the Burnside garage, validate at the info desk",
                "weather": "Drizzle, 58°F",
                "notes": "Store open to the public from 10 AM: keep aisles clear.",
                "scenes": [("4", "INT. RARE BOOK ROOM - the note", "D", "2", "1, 2")],
                "crew": [("Lena Ortiz", "Director", "0", "(503) 555-0110")],
                "tab": "Call Sheet Day 2",
                "page_no": True,
            },
        ),
        _xs(
            "riverside",
            "The Last Tram",
            D(2026, 11, 24),
            "07:30",
            {
                "page": "A4",
                "font": "sans",
                "time": "h24",
                "date_style": "uk_plain",
                "company": "Clydeside Shorts Ltd",
                "n": 1,
                "of": 3,
                "set": "Main hall: the old Glasgow street and the tram stop",
                "parking": "Unit vehicles in the west coach park from 06:30",
                "weather": "Cold and dry, 4°C",
                "notes": "Museum opens 11:00: street set clear of kit by 10:45.",
                "scenes": [
                    ("1", "INT. OLD STREET - the last tram", "D", "2 2/8", "1, 2"),
                    ("2", "INT. TRAM STOP - Iain alone", "D", "1 1/8", "1"),
                ],
                "crew": [
                    ("Morag Reid", "Producer", "0", "07700 900555"),
                    ("Euan Blair", "DoP", "-30", "07700 900556"),
                ],
                "tab": "Sheet1",
                "shade": True,
                "bold_labels": True,
            },
        ),
        _xs(
            "bullock",
            "Lone Star Session",
            D(2026, 12, 10),
            "06:00",
            {
                "page": "letter",
                "font": "helvetica",
                "time": "us_lower",
                "date_style": "us_short",
                "company": "Pecan Street Media",
                "n": 3,
                "of": 4,
                "set": "Front plaza and the rotunda star (permit hours 6 AM to 9 AM only)",
                # HARD: the parking / base cell wraps to several lines in the small type
                "parking": (
                    "Crew parking in the museum garage on 18th St, "
                    "levels 2-3 only; trucks stage on 17th St by permit; talent holding in the "
                    "garage lobby; no vehicles on the plaza at any time."
                ),
                "weather": "Clear, 48°F",
                "notes": "Museum security escort on set. Badges required.",
                "scenes": [("12", "EXT. MUSEUM PLAZA - DAWN - the march", "D", "1", "1, 2, 3")],
                "crew": [
                    ("Rosa Medina", "Producer", "0", "(512) 555-0190"),
                    ("Tom Huang", "Gaffer", "-30", "(512) 555-0191"),
                ],
                "tab": "Day 3 (Bullock)",
                "page_no": True,
            },
        ),
    ]


# --- (5) Australian feature: Unit call, Unit base, dd/mm/yyyy, 0630 ------------------------------


def _au(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "military"

    def make() -> bytes:
        c = Canvas("A4", "helvetica")
        W = c.width
        x0 = 42.0
        right = W - x0
        tw = right - x0
        c.text(x0, 56, title.upper(), 18, bold=True)
        c.text(x0, 72, g["company"], 9)
        c.right(right, 52, "CALL SHEET", 12, bold=True)
        c.right(right, 66, f"Shoot Day {g['n']} of {g['of']}", 9)
        c.right(right, 80, day_text(day, g["date_style"]), 10, bold=True)
        c.hline(x0, right, 90, 1.0)
        # the unit call box, right; crew call details left
        bx = right - 150
        c.box(bx, 100, 150, 56, 1.0)
        c.text(bx + 10, 116, "UNIT CALL", 10, bold=True)
        c.text(bx + 10, 146, hm(call, t), 24, bold=True)
        y = 112.0
        for lab, val in [
            ("Breakfast", hm(add_minutes(call, -30), t)),
            ("Shooting call", hm(add_minutes(call, 60), t)),
            ("Sunrise / Sunset", f"{hm(rise, t)} / {hm(fall, t)}"),
            ("Forecast", g["weather"]),
        ]:
            c.text(x0, y, f"{lab}:", 9, bold=True)
            c.text(x0 + 90, y, val, 9)
            y += 13
        y = 180.0
        blocks = [
            ("LOCATION", [p.name, p.address, f"Set: {g['set']}"]),
            ("UNIT BASE", [p.base, g["base_note"]]),
            (
                "NEAREST HOSPITAL",
                [p.hospital, p.hospital_address, f"Ph: {p.hospital_phone}  (Emergency 000)"],
            ),
        ]
        for lab, lines in blocks:
            fill(c, x0, y - 10, tw, 14, 220)
            c.text(x0 + 4, y, lab, 9, bold=True)
            y += 16
            for ln in lines:
                c.text(x0 + 4, y, ln, 9.5)
                y += 12
            y += 10
        y += 6
        c.text(x0, y, "SCHEDULE", 10, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["SC", "SET", "D/N", "PGS", "CAST", "LOC"],
            [0, 30, 290, 330, 380, 440],
            g["scenes"],
            right,
        )
        y += 6
        c.text(x0, y, "CAST", 10, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["#", "ARTIST", "CHARACTER", "P/U", "M/U", "ON SET"],
            [0, 24, 160, 300, 360, 420],
            [
                (str(k + 1), a, r, *[hm(add_minutes(call, o), t) for o in offs])
                for k, (a, r, offs) in enumerate(g["cast"])
            ],
            right,
        )
        y += 10
        paragraph(c, x0, y, g["note"], 8.5, tw, 11)
        grey(c, 120)
        c.text(x0, c.pdf.h - 28, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"au_{key}",
        "australian_feature",
        "Australian feature call sheet: UNIT CALL box, Unit base, dd/mm/yyyy, 24-hour times",
        make,
        expect(p, title, day, call, f"Set: {g['set']}"),
    )


def _au_sheets() -> list[Sheet]:
    cast = [
        ("Ruby Tait", "Jess", (-75, -60, 0)),
        ("Sione Fale", "Marty", (-45, -30, 30)),
    ]
    return [
        _au(
            "carriageworks",
            "Red Dirt Road",
            D(2026, 10, 20),
            "06:30",
            {
                "date_style": "au",
                "company": "Harbourline Films Pty Ltd",
                "n": 8,
                "of": 30,
                "weather": "Fine, 24°C",
                "set": "Bay 17 workshop and the yard",
                "base_note": "Trucks and catering from 0530. No crew parking in Wilson St.",
                "scenes": [
                    ("33", "INT. WORKSHOP - Marty fixes the ute", "D", "2 2/8", "1, 2", "1"),
                    ("34", "EXT. YARD - Jess leaves", "D", "1 0/8", "1", "1"),
                ],
                "cast": cast,
                "note": "Smoke and haze in Bay 17 from 0900. Hi-vis in the yard at all times.",
                "footer": "RED DIRT ROAD  -  Call Sheet #8  -  Harbourline Films",
            },
        ),
        _au(
            "convent",
            "Red Dirt Road",
            D(2026, 11, 5),
            "07:00",
            {
                # HARD: "05/11/2026" reads as 11 May in US order; only the weekday decides it
                "date_style": "au_short",
                "company": "Harbourline Films Pty Ltd",
                "n": 19,
                "of": 30,
                "weather": "Showers, 17°C",
                "set": "Magdalen laundry and the cloister",
                "base_note": "Base in the Clarke St lot; shuttle every 10 min.",
                "scenes": [
                    ("61", "INT. LAUNDRY - Jess finds the letters", "D", "1 7/8", "1", "1"),
                    ("62", "EXT. CLOISTER - the argument", "D", "2 1/8", "1, 2", "1"),
                ],
                "cast": cast,
                "note": "Convent open to the public: keep the Sacred Heart courtyard clear.",
                "footer": "RED DIRT ROAD  -  Call Sheet #19  -  Harbourline Films",
            },
        ),
        _au(
            "reb",
            "Red Dirt Road",
            D(2026, 11, 26),
            "06:00",
            {
                "date_style": "au",
                "company": "Harbourline Films Pty Ltd",
                "n": 27,
                "of": 30,
                "weather": "Hot, 31°C",
                "set": "Great Hall floor and the dome stair",
                "base_note": "Base on Rathdowne St, Carlton Gardens side.",
                "scenes": [
                    ("88", "INT. GREAT HALL - the exam", "D", "3 0/8", "1, 2", "1"),
                ],
                "cast": cast,
                "note": "Heritage building: no tape on floors, no rigging from the dome.",
                "footer": "RED DIRT ROAD  -  Call Sheet #27  -  Harbourline Films",
            },
        ),
    ]


# --- (6) US reality / documentary series one-pager ---------------------------------------------


def _rl(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        x0 = 54.0
        right = W - x0
        tw = right - x0
        c.text(x0, 62, title, 18, bold=True)
        c.text(x0, 78, f"{g['network']}  -  Ep. {g['ep']}", 10)
        c.right(right, 62, "CALL SHEET", 11, bold=True)
        c.hline(x0, right, 88, 0.8)
        y = 110.0
        lines = [
            ("Shoot Date:", day_text(day, g["date_style"])),
            ("Crew call:", hm(call, t)),
            ("Talent call:", hm(add_minutes(call, 90), t)),
            ("Location:", f"{p.name}, {p.address}"),
            ("Where:", g["set"]),
            ("Parking:", f"{p.base}. {g['parking']}"),
            ("Sunrise / Sunset:", f"{hm(rise, 'us')} / {hm(fall, 'us')}"),
            ("Est. wrap:", hm(add_minutes(call, 600), t)),
        ]
        for lab, val in lines:
            w = c.text(x0, y, lab, 10.5, bold=True)
            y = paragraph(c, x0 + max(w, 105) + 4, y, val, 10.5, tw - 110, 13.5)
            y += 3
        y += 10
        c.text(x0, y, "Today's story", 11, bold=True)
        y += 15
        for b in g["beats"]:
            y = paragraph(c, x0 + 10, y, f"-  {b}", 10, tw - 10, 13)
        y += 10
        c.text(x0, y, "Crew", 11, bold=True)
        y += 15
        for who, role, ph in g["crew"]:
            c.text(x0 + 10, y, f"{role}: {who}  {ph}", 10)
            y += 13
        y += 10
        c.text(x0, y, "Nearest hospital:", 10.5, bold=True)
        y += 14
        c.text(x0, y, p.hospital, 10.5)
        y += 13
        c.text(x0, y, f"{p.hospital_address}  {p.hospital_phone}", 10.5)
        y += 22
        paragraph(c, x0, y, g["note"], 9, tw, 12)
        return c.output()

    return _sheet(
        f"rl_{key}",
        "us_reality_onepager",
        "US reality / documentary series one-pager: Crew call, Location:, Nearest hospital",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _rl_sheets() -> list[Sheet]:
    return [
        _rl(
            "cmhof",
            "Opry Road",
            D(2026, 10, 9),
            "09:00",
            {
                "time": "us",
                "date_style": "us_nice",
                "network": "Backroad Docs for CMT",
                "ep": "103",
                "set": "Hall of Fame rotunda and the Ford Theater stage",
                "parking": "Crew lot off Demonbreun St, east side",
                "beats": ["Jolene's first soundcheck", "Sit-down with her dad in the rotunda"],
                "crew": [
                    ("Kayla Reed", "Producer", "(615) 555-0134"),
                    ("Ben Ochoa", "DP", "(615) 555-0161"),
                ],
                "note": "Museum open from 9 AM: rotunda shots before the doors open.",
            },
        ),
        _rl(
            "heard",
            "Desert Makers",
            D(2026, 11, 13),
            "07:00",
            {
                # HARD: the crew call is "7a", the talent call "8:30a"
                "time": "a",
                "date_style": "us_short",
                "network": "Saguaro Pictures for PBS",
                "ep": "205",
                "set": "Courtyard and the Steele Auditorium",
                "parking": "Museum lot, crew spaces marked",
                "beats": ["Basket weaving demo", "Interview: the curator"],
                "crew": [
                    ("Dana Whitehorse", "Producer", "(602) 555-0122"),
                    ("Luis Pena", "Camera", "(602) 555-0148"),
                ],
                "note": "Museum opens at 9a. Shoot the courtyard before the gates open.",
            },
        ),
        _rl(
            "faneuil",
            "Hub City Eats",
            D(2026, 12, 15),
            "06:30",
            {
                "time": "us_lower",
                "date_style": "us_long",
                "network": "Harborlight Media for Food Network",
                "ep": "110",
                "set": "Quincy Market colonnade food stalls",
                "parking": "Crew parks at the Government Center garage",
                "beats": ["Chowder stall opens", "Host taste test at the counter"],
                "crew": [
                    ("Meg Sullivan", "Showrunner", "(617) 555-0177"),
                    ("Jay Park", "Shooter", "(617) 555-0183"),
                ],
                "note": "Cold morning: hand warmers at the cart. Release forms for every vendor.",
            },
        ),
    ]


# --- near misses -----------------------------------------------------------------------------


def _permit() -> bytes:
    """A location permit confirmation e-mail print: shoot date and address, no call sheet."""
    c = Canvas("letter", "helvetica")
    W = c.width
    x0 = 54.0
    right = W - x0
    y = 50.0
    grey(c, 110)
    c.text(x0, y, "Gmail - Film Permit Confirmation FP-26-04417", 8)
    c.right(right, y, "12/1/26, 3:14 PM", 8)
    black(c)
    y += 30
    c.text(x0, y, "Film Permit Confirmation FP-26-04417", 14, bold=True)
    y += 22
    for lab, val in [
        ("From:", "Film Office <filmpermits@vancouver.example>"),
        ("To:", "locations@tidewaterseries.example"),
        ("Date:", "Tue, Dec 1, 2026 at 3:14 PM"),
    ]:
        c.text(x0, y, lab, 9, bold=True)
        c.text(x0 + 40, y, val, 9)
        y += 12
    y += 14
    for par in [
        "Hello,",
        "Your film permit application has been approved. Please find the details below and "
        "keep a copy of this permit on site at all times.",
    ]:
        y = paragraph(c, x0, y, par, 10, right - x0, 13)
        y += 6
    for lab, val in [
        ("Production:", "Tidewater (Season 2)"),
        ("Filming date:", "Thursday, December 17, 2026"),
        ("Permitted hours:", "7:00 AM - 7:00 PM"),
        ("Address:", "750 Hornby St, Vancouver, BC V6Z 2H7"),
        ("Parking:", "Curb lane on Howe St, 6:00 AM - 8:00 PM"),
        ("Conditions:", "Pedestrian access kept open; no amplified sound before 9:00 AM."),
    ]:
        c.text(x0 + 10, y, lab, 10, bold=True)
        y = paragraph(c, x0 + 120, y, val, 10, right - x0 - 120, 13)
        y += 2
    y += 12
    y = paragraph(
        c,
        x0,
        y,
        "Notification letters must be delivered to affected residents and businesses at least "
        "48 hours before filming. Any change to the date or hours needs a permit amendment.",
        10,
        right - x0,
        13,
    )
    y += 12
    c.text(x0, y, "Regards,", 10)
    c.text(x0, y + 13, "Film Office, City of Vancouver", 10)
    return c.output()


def _catering() -> bytes:
    """A catering order confirmation for a shoot day: delivery time and address, an order."""
    c = Canvas("A4", "helvetica")
    W = c.width
    x0 = 50.0
    right = W - x0
    c.text(x0, 60, "Dockside Kitchen Catering", 16, bold=True)
    c.text(x0, 74, "Unit 4, Paintworks, Bath Road, Bristol BS4 3EH  ·  0117 555 0142", 8.5)
    c.right(right, 60, "ORDER CONFIRMATION", 11, bold=True)
    c.right(right, 74, "Order #DK-11872", 9)
    c.hline(x0, right, 84, 0.8)
    y = 108.0
    for lab, val in [
        ("Customer:", "Quarry Lane Films (Harbour Bank shoot)"),
        ("Event date:", "Tuesday 8 December 2026"),
        ("Delivery time:", "06:45 (breakfast), 12:45 (lunch)"),
        ("Deliver to:", "Cumberland Road, Bristol BS1 6XW  (unit base, white marquee)"),
        ("Contact on site:", "Raj Bedi, 07700 900388"),
    ]:
        c.text(x0, y, lab, 10, bold=True)
        c.text(x0 + 110, y, val, 10)
        y += 15
    y += 14
    y = _rows(
        c,
        x0,
        y,
        ["ITEM", "QTY", "UNIT", "TOTAL"],
        [0, 300, 360, 430],
        [
            ("Hot breakfast rolls (bacon / veggie)", "40", "£4.50", "£180.00"),
            ("Tea & coffee station (all day)", "1", "£95.00", "£95.00"),
            ("Hot lunch: chicken curry / dhal, rice", "40", "£11.00", "£440.00"),
            ("Afternoon cake platter", "2", "£38.00", "£76.00"),
        ],
        right,
        size=9,
        lead=14,
    )
    y += 4
    c.right(right, y, "Subtotal £791.00   VAT £158.20   Total £949.20", 10, bold=True)
    y += 30
    paragraph(
        c,
        x0,
        y,
        "Dietary requirements noted: 3 vegan, 2 gluten-free, 1 nut allergy (labelled). "
        "Cancellations within 48 hours are charged in full. Thank you for your order!",
        9,
        right - x0,
        12,
    )
    return c.output()


def _wrap_party() -> bytes:
    """A production's wrap party invitation: date, time, venue with address."""
    c = Canvas("letter", "helvetica")
    W = c.width
    y = 150.0
    for text, size, bold in [
        ("You're invited!", 14, False),
        ("RED DIRT ROAD", 30, True),
        ("WRAP PARTY", 22, True),
    ]:
        c.text((W - measure(c, text, size, bold=bold)) / 2, y, text, size, bold=bold)
        y += size + 16
    y += 20
    for text in [
        "Saturday, December 12, 2026",
        "7:00 PM until late",
        "The Corner Hotel",
        "57 Swan St, Richmond VIC 3121",
    ]:
        c.text((W - measure(c, text, 13)) / 2, y, text, 13)
        y += 19
    y += 24
    for text in [
        "Thank you to every one of you for 30 days of dust, heat and good humour.",
        "Drinks and food on the production until 10 PM. Bring your crew ID.",
        "Plus-ones welcome. RSVP to the production office by December 4.",
    ]:
        c.text((W - measure(c, text, 10)) / 2, y, text, 10)
        y += 15
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "other_permit",
            "near_miss",
            "location film permit confirmation e-mail print: filming date, hours, address",
            _permit,
            OTHER,
        ),
        _sheet(
            "other_catering",
            "near_miss",
            "catering order confirmation for a shoot day: delivery times and address",
            _catering,
            OTHER,
        ),
        _sheet(
            "other_wrap_party",
            "near_miss",
            "production wrap party invitation: date, time, venue and address",
            _wrap_party,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_van_sheets(),
        *_pl_sheets(),
        *_ukc_sheets(),
        *_xs_sheets(),
        *_au_sheets(),
        *_rl_sheets(),
        *_other_sheets(),
    ]
