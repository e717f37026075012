"""Twenty-fifth held-out set: a crew member's inbox, everyday makers (`fresh24_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets: a
representative mix of what really arrives, weighted to the most common (CONVENTIONS.md,
"fresh24"). A US indie feature's call sheet made in Excel by the 2nd AD (landscape, the
three-box top: production left, "GENERAL CREW CALL" centre, date / weather right; scenes, cast,
"Nearest Hospital" at the foot), a UK TV drama "Unit Call Sheet" typed in Word ("UNIT CALL:
0800", LOCATION / UNIT BASE / CREW PARKING paragraphs with postcodes and what3words, "NEAREST
A&E"), a Toronto commercial company's ruled grid with values under labels ("Thursday, Nov.
12/26"), a Polish / English bilingual "CALL SHEET / PLAN ZDJĘCIOWY", a music video sheet typed
in Google Docs by a producer (friendly lines with "Call time:", "Address:", "Nearest ER:") and a
Mexican "ORDEN DE TRABAJO / HOJA DE LLAMADO" ("LLAMADO GENERAL", "LOCACIÓN", "HOSPITAL MÁS
CERCANO"). Three near misses (a weekly crew timesheet, a film festival screening schedule,
self-tape audition instructions) must read as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one
a family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from tests.corpus.draw import Canvas, black, grey, measure
from tests.corpus.formats import PL_GENITIVE, add_minutes
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
    # US indie feature, Excel: Lexington, Des Moines, Knoxville
    "lexington": _p(
        "us",
        "Ashland, the Henry Clay Estate",
        "120 Sycamore Rd",
        "Lexington, KY 40502",
        38.0285,
        -84.4825,
        "America/New_York",
        "UK Albert B. Chandler Hospital",
        "800 Rose St",
        "Lexington, KY 40536",
        "(859) 323-5000",
        "1500 Richmond Rd",
        "Lexington, KY 40502",
    ),
    "desmoines": _p(
        "us",
        "Hoyt Sherman Place",
        "1501 Woodland Ave",
        "Des Moines, IA 50309",
        41.5870,
        -93.6400,
        "America/Chicago",
        "MercyOne Des Moines Medical Center",
        "1111 6th Ave",
        "Des Moines, IA 50314",
        "(515) 247-3121",
        "1600 Pleasant St",
        "Des Moines, IA 50314",
    ),
    "knoxville": _p(
        "us",
        "Tennessee Theatre",
        "604 S Gay St",
        "Knoxville, TN 37902",
        35.9636,
        -83.9177,
        "America/New_York",
        "Fort Sanders Regional Medical Center",
        "1901 W Clinch Ave",
        "Knoxville, TN 37916",
        "(865) 541-1111",
        "500 W Church Ave",
        "Knoxville, TN 37902",
    ),
    # UK TV drama, Word: Beverley, Hexham, Lichfield
    "beverley": _p(
        "uk",
        "Beverley Minster",
        "Minster Yard North",
        "Beverley HU17 0DP",
        53.8393,
        -0.4247,
        "Europe/London",
        "Hull Royal Infirmary",
        "Anlaby Road",
        "Hull HU3 2JZ",
        "01482 875875",
        "Sow Hill Road",
        "Beverley HU17 8BG",
    ),
    "hexham": _p(
        "uk",
        "Hexham Abbey",
        "Beaumont Street",
        "Hexham NE46 3NB",
        54.9713,
        -2.1018,
        "Europe/London",
        "Northumbria Specialist Emergency Care Hospital",
        "Northumbria Way",
        "Cramlington NE23 6NZ",
        "0344 811 8111",
        "Wentworth Place",
        "Hexham NE46 1XB",
    ),
    "lichfield": _p(
        "uk",
        "Lichfield Cathedral",
        "19A The Close",
        "Lichfield WS13 7LD",
        52.6857,
        -1.8304,
        "Europe/London",
        "Queen's Hospital Burton",
        "Belvedere Road",
        "Burton upon Trent DE13 0RB",
        "01283 566333",
        "Beacon Street",
        "Lichfield WS13 7AA",
    ),
    # Toronto commercial, company template: Brick Works, Fort York, Aga Khan Museum
    "brickworks": _p(
        "ca",
        "Evergreen Brick Works",
        "550 Bayview Ave",
        "Toronto, ON M4W 3X8",
        43.6846,
        -79.3650,
        "America/Toronto",
        "Michael Garron Hospital",
        "825 Coxwell Ave",
        "Toronto, ON M4C 3E7",
        "(416) 461-8272",
        "1 Pottery Rd",
        "Toronto, ON M4K 2B5",
    ),
    "fortyork": _p(
        "ca",
        "Fort York National Historic Site",
        "250 Fort York Blvd",
        "Toronto, ON M5V 3K9",
        43.6389,
        -79.4033,
        "America/Toronto",
        "St. Joseph's Health Centre",
        "30 The Queensway",
        "Toronto, ON M6R 1B5",
        "(416) 530-6000",
        "100 Garrison Rd",
        "Toronto, ON M5V 3K9",
    ),
    "agakhan": _p(
        "ca",
        "Aga Khan Museum",
        "77 Wynford Dr",
        "Toronto, ON M3C 1K1",
        43.7253,
        -79.3321,
        "America/Toronto",
        "North York General Hospital",
        "4001 Leslie St",
        "Toronto, ON M2K 1E1",
        "(416) 756-6000",
        "1090 Don Mills Rd",
        "Toronto, ON M3C 3R6",
    ),
    # Polish feature, bilingual: Wałbrzych, Bielsko-Biała, Zielona Góra
    "ksiaz": _p(
        "pl",
        "Zamek Książ",
        "ul. Piastów Śląskich 1",
        "58-306 Wałbrzych",
        50.8420,
        16.2920,
        "Europe/Warsaw",
        "Specjalistyczny Szpital im. dra A. Sokołowskiego",
        "ul. A. Sokołowskiego 4",
        "58-309 Wałbrzych",
        "+48 74 648 97 00",
        "ul. Wrocławska 158",
        "58-306 Wałbrzych",
    ),
    "bielsko": _p(
        "pl",
        "Zamek Książąt Sułkowskich",
        "ul. Wzgórze 16",
        "43-300 Bielsko-Biała",
        49.8225,
        19.0446,
        "Europe/Warsaw",
        "Szpital Wojewódzki w Bielsku-Białej",
        "al. Armii Krajowej 101",
        "43-316 Bielsko-Biała",
        "+48 33 810 20 00",
        "ul. 3 Maja 11",
        "43-300 Bielsko-Biała",
    ),
    "zielona": _p(
        "pl",
        "Palmiarnia Zielonogórska",
        "ul. Wrocławska 12a",
        "65-427 Zielona Góra",
        51.9355,
        15.5062,
        "Europe/Warsaw",
        "Szpital Uniwersytecki im. Karola Marcinkowskiego",
        "ul. Zyty 26",
        "65-046 Zielona Góra",
        "+48 68 329 60 00",
        "ul. Botaniczna 50",
        "65-392 Zielona Góra",
    ),
    # music video, Google Docs: Manchester, Minneapolis, New Orleans
    "manchester": _p(
        "uk",
        "Band on the Wall",
        "25 Swan St",
        "Manchester M4 5JZ",
        53.4857,
        -2.2351,
        "Europe/London",
        "North Manchester General Hospital",
        "Delaunays Rd",
        "Manchester M8 5RB",
        "0161 624 0420",
        "Tariff St",
        "Manchester M1 2FF",
    ),
    "minneapolis": _p(
        "us",
        "First Avenue",
        "701 N 1st Ave",
        "Minneapolis, MN 55403",
        44.9786,
        -93.2760,
        "America/Chicago",
        "Abbott Northwestern Hospital",
        "800 E 28th St",
        "Minneapolis, MN 55407",
        "(612) 863-4000",
        "25 N 7th St",
        "Minneapolis, MN 55403",
    ),
    "neworleans": _p(
        "us",
        "Tipitina's",
        "501 Napoleon Ave",
        "New Orleans, LA 70115",
        29.9176,
        -90.1028,
        "America/Chicago",
        "Touro Infirmary",
        "1401 Foucher St",
        "New Orleans, LA 70115",
        "(504) 897-7011",
        "4400 Tchoupitoulas St",
        "New Orleans, LA 70115",
    ),
    # Mexican hoja de llamado: Coyoacán, Puebla, Guadalajara
    "coyoacan": _p(
        "mx",
        "Museo Casa de León Trotsky",
        "Av. Río Churubusco 410",
        "Col. Del Carmen, Coyoacán, 04100 Ciudad de México, CDMX",
        19.3553,
        -99.1634,
        "America/Mexico_City",
        "Hospital General Dr. Manuel Gea González",
        "Calz. de Tlalpan 4800",
        "Col. Sección XVI, Tlalpan, 14080 Ciudad de México, CDMX",
        "55 4000 3000",
        "Calle Berlín 10",
        "Col. Del Carmen, Coyoacán, 04100 Ciudad de México, CDMX",
    ),
    "puebla": _p(
        "mx",
        "Biblioteca Palafoxiana",
        "5 Oriente 5",
        "Centro, 72000 Puebla, Pue.",
        19.0425,
        -98.1978,
        "America/Mexico_City",
        "Hospital Universitario de Puebla",
        "Calle 13 Sur 2901",
        "Col. Volcanes, 72410 Puebla, Pue.",
        "222 229 5500",
        "Calle 3 Sur 701",
        "Centro, 72000 Puebla, Pue.",
    ),
    "guadalajara": _p(
        "mx",
        "Hospicio Cabañas",
        "Cabañas 8",
        "Centro, 44360 Guadalajara, Jal.",
        20.6767,
        -103.3376,
        "America/Mexico_City",
        "Hospital Civil de Guadalajara Fray Antonio Alcalde",
        "Hospital 278",
        "Col. El Retiro, 44280 Guadalajara, Jal.",
        "33 3614 5501",
        "Calz. Independencia Sur 50",
        "Centro, 44360 Guadalajara, Jal.",
    ),
}

ES_WEEKDAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
# Toronto template weekday abbreviations ("Thurs. Nov. 12/26")
CA_WEEKDAYS = ["Mon.", "Tues.", "Wed.", "Thurs.", "Fri.", "Sat.", "Sun."]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "hrs": f"{h:02d}:{m:02d} hrs",  # Mexican "07:00 hrs"
        "h_only": f"{h}h" if not m else f"{h}h{m:02d}",  # Mexican "7h", "6h30"
        "short_am": f"{h12}{ap.lower()}" if not m else f"{h12}:{m:02d}{ap.lower()}",  # "7am"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    mon = f"{d:%b}" + ("" if d.month == 5 else ".")
    wd_es = ES_WEEKDAYS[d.weekday()]
    forms = {
        "ca_long": f"{d:%A}, {mon} {d.day}/{d:%y}",  # "Thursday, Nov. 12/26"
        "ca_short": f"{CA_WEEKDAYS[d.weekday()]} {mon} {d.day}/{d:%y}",  # "Thurs. Nov. 12/26"
        "ca_bare": f"{mon} {d.day}/{d:%y}",  # "Nov. 12/26"
        "pl_en": f"{d.day} {PL_GENITIVE[d.month - 1]} {d.year} / {d:%A} {d.day} {d:%B} {d.year}",
        "us_nice": f"{d:%A}, {d:%B} {d.day}, {d.year}",
        "us_noyear_paren": f"{d:%a} {d.month}/{d.day}/{d.year}",  # "Sat 10/17/2026"
        "es_long": f"{ES_WEEKDAYS[d.weekday()]} {d.day} de {ES_MONTHS[d.month - 1]} de {d.year}",
        "es_num": f"{ES_WEEKDAYS[d.weekday()]} {d:%d/%m/%Y}",  # "jueves 22/10/2026"
        "es_plain": f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}",
        "es_abbr": f"{wd_es[:3]}. {d.day} {ES_MONTHS[d.month - 1][:3]}. {d.year}",  # "mar. 29 sep."
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh24")


# This set's tables: fresh_common.head_table in its own size, shade and lead.
_rows = partial(head_table, shade=225, head_rule=0.3)


# --- (1) US indie feature, Excel by the 2nd AD: three-box top, landscape ------------------------


def _xl(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("letter", "helvetica", "L")
        W = c.width
        x0 = 24.0
        right = W - x0
        top = 24.0
        bh = 112.0
        lw, cw = 262.0, 250.0
        cx = x0 + lw
        rx = cx + cw
        c.box(x0, top, right - x0, bh, 0.9)
        c.vline(cx, top, top + bh, 0.9)
        c.vline(rx, top, top + bh, 0.9)
        # left box: production
        c.text(x0 + 8, top + 20, title.upper(), 15, bold=True)
        yy = top + 36
        for line in [g["company"], *[f"{k}: {v}" for k, v in g["people"]]]:
            fit(c, x0 + 8, yy, line, 8, lw - 16)
            yy += 11
        # centre box: the general crew call
        lab = "GENERAL CREW CALL"
        c.text(cx + (cw - measure(c, lab, 11, bold=True)) / 2, top + 20, lab, 11, bold=True)
        big = hm(call, t)
        c.text(cx + (cw - measure(c, big, 28, bold=True)) / 2, top + 54, big, 28, bold=True)
        yy = top + 72
        for lab2, o in g["times"]:
            line = f"{lab2}: {hm(add_minutes(call, o), t)}"
            c.text(cx + (cw - measure(c, line, 8.5)) / 2, yy, line, 8.5)
            yy += 11
        # right box: date, day, weather, sun
        rw = right - rx
        c.text(rx + 8, top + 20, day_text(day, g["date_style"]), 10, bold=True)
        c.text(rx + 8, top + 34, f"Day {g['n']} of {g['of']}", 9)
        yy = top + 52
        for line in [
            f"Weather: {g['weather']}",
            f"Hi {g['hi']} / Lo {g['lo']}",
            f"Sunrise: {hm(rise, t)}",
            f"Sunset: {hm(fall, t)}",
        ]:
            fit(c, rx + 8, yy, line, 8.5, rw - 16)
            yy += 12
        # scenes
        y = top + bh + 20
        y = _rows(
            c,
            x0,
            y,
            ["SC", "SET / DESCRIPTION", "D/N", "PAGES", "CAST", "LOCATION"],
            [0, 40, 330, 370, 420, 500],
            [(*row, p.name) for row in g["scenes"]],
            right,
        )
        # location row, Excel style: label cells and value cells
        y += 2
        c.pdf.set_draw_color(150, 150, 150)
        cells = [
            ("LOCATION", f"{p.name}, {p.address}"),
            ("SET NOTES", g["set"]),
            ("PARKING / BASECAMP", p.base),
        ]
        for lab3, val in cells:
            fill(c, x0, y, 120, 15, 225)
            c.box(x0, y, 120, 15, 0.3)
            c.box(x0 + 120, y, right - x0 - 120, 15, 0.3)
            c.text(x0 + 4, y + 11, lab3, 7.5, bold=True)
            fit(c, x0 + 124, y + 11, val, 8.5, right - x0 - 130)
            y += 15
        c.pdf.set_draw_color(0, 0, 0)
        y += 20
        y = _rows(
            c,
            x0,
            y,
            ["#", "CAST", "CHARACTER", "STATUS", "PICKUP", "HMU", "ON SET", "NOTES"],
            [0, 24, 170, 320, 380, 440, 500, 560],
            [
                (str(k + 1), who, role, "W", *[hm(add_minutes(call, o), t) for o in offs], note)
                for k, (who, role, offs, note) in enumerate(g["cast"])
            ],
            right,
        )
        # the hospital at the foot, as its own Excel row
        y = max(y + 10, 520.0)
        c.pdf.set_draw_color(150, 150, 150)
        fill(c, x0, y, 120, 30, 225)
        c.box(x0, y, 120, 30, 0.3)
        c.box(x0 + 120, y, right - x0 - 120, 30, 0.3)
        c.pdf.set_draw_color(0, 0, 0)
        c.text(x0 + 4, y + 12, "Nearest Hospital", 8, bold=True)
        c.text(x0 + 124, y + 12, p.hospital, 9, bold=True)
        c.text(x0 + 124, y + 24, f"{p.hospital_address}   {p.hospital_phone}", 8.5)
        grey(c, 120)
        c.text(x0, 596, g["footer"], 7)
        c.right(right, 596, "Page 1 of 1", 7)
        black(c)
        return c.output()

    return _sheet(
        f"xl_{key}",
        "us_excel_indie",
        "US indie feature call sheet made in Excel: three-box top, landscape, hospital at foot",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _xl_sheets() -> list[Sheet]:
    return [
        _xl(
            "lexington",
            "Bluegrass Undertow",
            D(2026, 10, 13),
            "07:00",
            {
                "time": "us",
                "date_style": "us_long",
                "n": 12,
                "of": 24,
                "company": "Limestone Creek Films, LLC",
                "people": [
                    ("Director", "Callie Brooks"),
                    ("Producer", "Dev Ramani"),
                    ("1st AD", "Marcus Hale"),
                    ("2nd AD", "Tessa Kim  (859) 555-0142"),
                ],
                "times": [("Breakfast", -30), ("Shooting Call", 60), ("Lunch", 360)],
                "weather": "Partly cloudy, 10% rain",
                "hi": "68°F",
                "lo": "47°F",
                "set": "Mansion library and east lawn",
                "scenes": [
                    ("14", "INT. ESTATE LIBRARY - Ruth finds the deed", "D", "2 3/8", "1, 3"),
                    ("15", "EXT. EAST LAWN - Ruth and Wade argue", "D", "1 4/8", "1, 2"),
                    ("22", "INT. ESTATE HALLWAY - Wade alone", "D", "5/8", "2"),
                ],
                "cast": [
                    ("Hannah Ortiz", "Ruth", (-45, -30, 45), ""),
                    ("Cole Barrett", "Wade", (0, 15, 90), ""),
                    ("Jean Pruitt", "Aunt May", (150, 165, 240), "Drive self"),
                ],
                "footer": "Bluegrass Undertow - Call Sheet Day 12.xlsx",
            },
        ),
        _xl(
            "desmoines",
            "Cornfield Static",
            D(2026, 9, 24),
            "06:30",
            {
                "time": "us_letter",
                "date_style": "us_short",
                "n": 5,
                "of": 18,
                "company": "Raccoon River Pictures",
                "people": [
                    ("Director", "Anya Lindqvist"),
                    ("Producer", "Brent Coyle"),
                    ("1st AD", "Jojo Alvarez"),
                    ("2nd AD", "Pete Hanrahan  (515) 555-0181"),
                ],
                "times": [("Breakfast", -30), ("Shooting Call", 60), ("Lunch", 360)],
                "weather": "Sunny, breezy",
                "hi": "76°F",
                "lo": "55°F",
                "set": "Auditorium stage and balcony",
                "scenes": [
                    ("31", "INT. AUDITORIUM - the talent show", "D", "3 1/8", "1, 2, 4"),
                    ("32", "INT. BALCONY - Nora watches", "D", "6/8", "3"),
                ],
                "cast": [
                    ("Liv Sandoval", "Nora", (-30, -15, 60), ""),
                    ("Ray Moody", "Principal Ott", (30, 45, 120), ""),
                    ("Sam Greer", "Danny", (0, 15, 60), "Minor - tutor on set"),
                ],
                "footer": "CS_D05_CornfieldStatic_v2.xlsx",
            },
        ),
        _xl(
            "knoxville",
            "Gay Street Ghosts",
            D(2026, 11, 5),
            "16:30",
            {
                "time": "us",
                "date_style": "us_ordinal",
                "n": 19,
                "of": 22,
                "company": "Smoky Ridge Productions",
                "people": [
                    ("Director", "Lena Whitfield"),
                    ("Producer", "Omar Beck"),
                    ("1st AD", "Ginny Tran"),
                    ("2nd AD", "Rob Castle  (865) 555-0163"),
                ],
                # HARD: a night shoot: the crew call is in the afternoon, shooting after sunset
                "times": [("Shooting Call", 90), ("Lunch (hot meal)", 390), ("Est. Wrap", 720)],
                "weather": "Clear, cold",
                "hi": "61°F",
                "lo": "38°F",
                "set": "Marquee, lobby and orchestra stalls",
                "scenes": [
                    ("44", "EXT. THEATRE MARQUEE - NIGHT - the lights fail", "N", "1 2/8", "1, 2"),
                    ("45", "INT. LOBBY - NIGHT - the usher's story", "N", "2 6/8", "1, 3"),
                    ("47", "INT. ORCHESTRA STALLS - NIGHT - the empty seat", "N", "1 5/8", "1"),
                ],
                "cast": [
                    ("Miles Devane", "Eli", (15, 30, 90), ""),
                    ("Carla Jones", "Bess", (15, 30, 90), ""),
                    ("Walt Ingram", "The Usher", (150, 165, 240), ""),
                ],
                "footer": "GSG Call Sheet - Day 19 (NIGHTS).xlsx",
            },
        ),
    ]


# --- (2) UK TV drama Unit Call Sheet typed in Word: paragraphs, postcodes, what3words ----------


def _uk(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "helvetica")
        W = c.width
        x0 = 56.0
        right = W - x0
        tw = right - x0
        c.text(x0, 58, g["company"], 9)
        c.right(right, 58, f"Unit Call Sheet No. {g['n']}", 9, bold=True)
        head = title.upper()
        c.text((W - measure(c, head, 16, bold=True)) / 2, 86, head, 16, bold=True)
        lab = f"{g['episode']}  -  UNIT CALL SHEET"
        c.text((W - measure(c, lab, 11, bold=True)) / 2, 102, lab, 11, bold=True)
        line = f"{day_text(day, g['date_style'])}   -   Shooting Day {g['n']} of {g['of']}"
        c.text((W - measure(c, line, 10.5)) / 2, 120, line, 10.5)
        c.hline(x0, right, 130, 0.8)
        y = 150.0
        c.text(x0, y, f"UNIT CALL: {hm(call, t)}", 14, bold=True)
        y += 18
        for txt in g["pre"]:
            c.text(x0, y, txt, 9.5)
            y += 13
        c.text(
            x0,
            y,
            f"Sunrise: {hm(rise, 'h24')}     Sunset: {hm(fall, 'h24')}     Weather: {g['weather']}",
            9.5,
        )
        y += 22
        for lab2, name, addr, w3w, note in g["blocks"]:
            c.text(x0, y, f"{lab2}:", 10, bold=True)
            y += 13
            c.text(x0, y, name, 10)
            y += 13
            c.text(x0, y, addr, 10)
            y += 13
            c.text(x0, y, f"what3words: {w3w}", 9)
            y += 13
            if note:
                y = paragraph(c, x0, y, note, 9, tw, 12)
            y += 8
        c.text(x0, y, "NEAREST A&E:", 10, bold=True)
        y += 13
        c.text(x0, y, p.hospital, 10)
        y += 13
        c.text(x0, y, f"{p.hospital_address}   Tel: {p.hospital_phone}", 10)
        y += 13
        c.text(x0, y, "In an emergency dial 999. The unit medic is based at Unit Base.", 9)
        y += 22
        c.text(x0, y, "SCHEDULE", 10, bold=True)
        y += 14
        y = _rows(
            c,
            x0,
            y,
            ["SC", "SET", "D/N", "PGS", "ARTISTES"],
            [0, 36, 300, 350, 400],
            g["scenes"],
            right,
            size=8.5,
            lead=13,
        )
        y += 8
        c.text(x0, y, "ARTISTES", 10, bold=True)
        y += 14
        _rows(
            c,
            x0,
            y,
            ["NO.", "ARTISTE", "CHARACTER", "P/UP", "M/UP", "ON SET"],
            [0, 30, 170, 300, 350, 400],
            [
                (str(k + 1), who, role, *[hm(add_minutes(call, o), t) for o in offs])
                for k, (who, role, offs) in enumerate(g["cast"])
            ],
            right,
            size=8.5,
            lead=13,
        )
        grey(c, 120)
        c.text(x0, c.pdf.h - 30, g["footer"], 7.5)
        black(c)
        return c.output()

    first = g["blocks"][0]
    return _sheet(
        f"uk_{key}",
        "uk_word_unit",
        "UK TV drama Unit Call Sheet typed in Word: UNIT CALL line, location paragraphs, A&E",
        make,
        expect(p, title, day, call, f"what3words: {first[3]} {first[4]}"),
    )


def _uk_sheets() -> list[Sheet]:
    bev, hex_, lic = P["beverley"], P["hexham"], P["lichfield"]
    return [
        _uk(
            "beverley",
            "The Holderness Line",
            D(2026, 10, 13),
            "08:00",
            {
                "time": "military",
                "date_style": "uk_long",
                "company": "Spurn Head Television Ltd for Channel 4",
                "episode": "Episode 3",
                "n": 14,
                "of": 42,
                "pre": [
                    "Breakfast from 0715 at Unit Base",
                    "Make-up & Costume pre-calls: see Artistes below",
                    "Rehearse 0800  -  Turnover 0845",
                ],
                "weather": "Light cloud, 13°C",
                "blocks": [
                    (
                        "LOCATION 1",
                        bev.name,
                        bev.address,
                        "///lofty.coats.mirror",
                        "Nave and the north choir aisle. Please keep voices down.",
                    ),
                    ("UNIT BASE", "Sow Hill Road Car Park", bev.base, "///grips.zones.bench", ""),
                    (
                        "CREW PARKING",
                        "Beverley Racecourse (overflow)",
                        "York Road, Beverley HU17 8QZ",
                        "///ledge.moment.spoon",
                        "Minibus shuttle to set every 15 minutes from 0700.",
                    ),
                ],
                "scenes": [
                    ("23", "INT. MINSTER - NAVE", "D", "2 1/8", "1, 2"),
                    ("24", "INT. MINSTER - CHOIR AISLE", "D", "1 3/8", "1"),
                    ("27", "EXT. MINSTER YARD", "D", "6/8", "1, 3"),
                ],
                "cast": [
                    ("Ruth Calder", "DI Helen Wray", (-60, -45, 0)),
                    ("Tom Ashby", "Father Peel", (-15, 0, 45)),
                    ("Nia Osei", "DS Kay Lund", (120, 135, 180)),
                ],
                "footer": "HOLDERNESS LINE  Ep3  Unit Call Sheet 14  -  issued by 2nd AD",
            },
        ),
        _uk(
            "hexham",
            "Wall's End",
            D(2026, 9, 16),
            "07:30",
            {
                "time": "military",
                "date_style": "uk_plain",
                "company": "Tyne Gap Pictures for BBC Scotland & BBC One",
                "episode": "Block 2, Ep 4",
                "n": 22,
                "of": 50,
                "pre": [
                    "Breakfast 0645 - 0715 in the dining bus",
                    "Rushes / tech recce: 1st AD, DoP and Gaffer at 1830",
                ],
                "weather": "Showers clearing, 15°C",
                # HARD: a second location (after lunch) paragraph with its own postcode follows
                "blocks": [
                    (
                        "LOCATION 1",
                        hex_.name,
                        hex_.address,
                        "///stump.pillow.vivid",
                        "Crypt and the night stair. Small crew only in the crypt.",
                    ),
                    (
                        "LOCATION 2 (after lunch)",
                        "Hexham Old Gaol",
                        "Hallgate, Hexham NE46 3NH",
                        "///react.fields.grape",
                        "5 minutes' walk. Kit moves at lunch.",
                    ),
                    ("UNIT BASE", "Wentworth Car Park", hex_.base, "///spade.mouse.linen", ""),
                    (
                        "CREW PARKING",
                        "Wentworth Car Park (top level)",
                        hex_.base,
                        "///spade.mouse.linen",
                        "",
                    ),
                ],
                "scenes": [
                    ("41", "INT. ABBEY - CRYPT", "D", "1 6/8", "1, 2"),
                    ("42", "INT. ABBEY - NIGHT STAIR", "D", "7/8", "2"),
                    ("45", "INT. OLD GAOL - CELL", "D", "2 2/8", "1, 3"),
                ],
                "cast": [
                    ("Fraser Dunn", "Col Harker", (-45, -30, 15)),
                    ("Amy Ridley", "Jess Harker", (-45, -30, 15)),
                    ("Gordon Pike", "Warden", (210, 225, 270)),
                ],
                "footer": "Wall's End Block 2  -  Call Sheet 22",
            },
        ),
        _uk(
            "lichfield",
            "Three Spires",
            D(2026, 11, 18),
            "08:00",
            {
                "time": "h24",
                "date_style": "uk_short",
                "company": "Mercia Drama Ltd",
                "episode": "Episode 1",
                "n": 3,
                "of": 36,
                "pre": [
                    "Breakfast 07:15 - 07:45 at Unit Base",
                    "Camera / Sound / Electrical: on set 07:45",
                ],
                "weather": "Dry, cold, 6°C",
                "blocks": [
                    (
                        "LOCATION 1",
                        lic.name,
                        lic.address,
                        "///rather.bright.cones",
                        "West front and the Chapter House. Services at 12:30: hold sound.",
                    ),
                    ("UNIT BASE", "Beacon Park Car Park", lic.base, "///tribe.noses.shop", ""),
                    (
                        "CREW PARKING",
                        "Friary Car Park",
                        "The Friary, Lichfield WS13 6QG",
                        "///blows.comic.wishes",
                        "",
                    ),
                ],
                "scenes": [
                    ("3", "EXT. CATHEDRAL - WEST FRONT", "D", "1 1/8", "1"),
                    ("5", "INT. CHAPTER HOUSE", "D", "3 0/8", "1, 2, 4"),
                ],
                "cast": [
                    ("Priya Shah", "Canon Beth Moore", (-75, -60, 0)),
                    ("Neil Carver", "Dean Aldous", (-30, -15, 30)),
                ],
                "footer": "THREE SPIRES Ep1  Call Sheet 3  -  Word",
            },
        ),
    ]


# --- (3) Toronto commercial, company template: values under labels in a ruled grid -------------


def _to(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        x0 = 36.0
        right = W - x0
        cw = (right - x0) / 4
        c.text(x0, 48, g["company"].upper(), 13, bold=True)
        c.text(x0, 61, g["company_addr"], 7.5)
        c.right(right, 48, "CALL SHEET", 16, bold=True)
        c.right(right, 61, f"Job # {g['job']}", 8)
        c.hline(x0, right, 70, 1.2)

        def cells(y: float, h: float, items: list[tuple[str, list[str], int]]) -> float:
            """One ruled row: (label, value lines, columns spanned)."""
            x = x0
            for lab, lines, span in items:
                w = cw * span
                c.box(x, y, w, h, 0.5)
                fill(c, x + 0.5, y + 0.5, w - 1, 11, 232)
                fit(c, x + 3, y + 9, lab, 6.5, w - 6, bold=True)
                yy = y + 22
                for k, ln in enumerate(lines):
                    fit(c, x + 3, yy, ln, 9 if k == 0 else 8, w - 6, bold=k == 0 and g["bold"])
                    yy += 11
                x += w
            return y + h

        y = 80.0
        y = cells(
            y,
            36,
            [
                ("CLIENT", [g["client"]], 1),
                ("AGENCY", [g["agency"]], 1),
                ("PROJECT", [title], 1),
                ("DIRECTOR", [g["director"]], 1),
            ],
        )
        date_cells: list[tuple[str, list[str], int]] = [
            ("SHOOT DATE", [day_text(day, g["date_style"])], 1)
        ]
        if g.get("prelight"):
            # HARD: a pre-light date cell stands left of the shoot date cell
            date_cells = [
                ("PRE-LIGHT", [day_text(day - dt.timedelta(days=1), g["date_style"])], 1),
                *date_cells,
            ]
        y = cells(
            y,
            48,
            [
                *date_cells,
                ("CREW CALL", [hm(call, t), f"Breakfast {hm(add_minutes(call, -30), t)}"], 1),
                (
                    "WEATHER",
                    [g["weather"], f"Sunrise {hm(rise, t)}", f"Sunset {hm(fall, t)}"],
                    4 - len(date_cells) - 1,
                ),
            ],
        )
        y = cells(
            y,
            60,
            [
                ("LOCATION", [p.name, p.street, p.city, g["set"]], 2),
                ("PARKING / BASECAMP", [p.base, g["parking"]], 2),
            ],
        )
        y = cells(
            y,
            60,
            [
                (
                    "NEAREST HOSPITAL",
                    [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
                    2,
                ),
                ("PRODUCER", [g["producer"], g["producer_phone"]], 1),
                ("EMERGENCY", ["911", "Set medic: " + g["medic"]], 1),
            ],
        )
        y += 22
        c.text(x0, y, "SCHEDULE", 10, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["TIME", "SHOT / ACTIVITY", "TALENT"],
            [0, 70, 400],
            [(hm(add_minutes(call, o), t), a, b) for o, a, b in g["schedule"]],
            right,
            size=8.5,
            lead=13,
        )
        y += 8
        c.text(x0, y, "CREW", 10, bold=True)
        _rows(
            c,
            x0,
            y + 14,
            ["POSITION", "NAME", "CELL", "CALL"],
            [0, 140, 300, 430],
            [(a, b, ph, hm(add_minutes(call, o), t)) for a, b, ph, o in g["crew"]],
            right,
            size=8.5,
            lead=13,
        )
        grey(c, 120)
        c.text(x0, c.pdf.h - 28, "PLEASE NO SMOKING OR VAPING ON LOCATION  ·  " + g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"to_{key}",
        "toronto_grid",
        "Toronto commercial company template: ruled grid, value under label, 'Nov. 12/26' dates",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _to_sheets() -> list[Sheet]:
    base = {"bold": True, "time": "us_letter"}
    return [
        _to(
            "brickworks",
            "Maple Oat Crunch",
            D(2026, 11, 12),
            "07:00",
            {
                **base,
                "date_style": "ca_long",
                "company": "Northbound Pictures Inc.",
                "company_addr": "379 Adelaide St W, Toronto, ON M5V 1S5  ·  (416) 555-0120",
                "job": "NB-2641",
                "client": "Harvest Table Foods",
                "agency": "Lakeview & Grant",
                "director": "Mira Okafor",
                "weather": "Cloudy, 6°C",
                "set": "Kiln building, main hall",
                "parking": "Crew lot B off Pottery Rd",
                "producer": "Josh Tremblay",
                "producer_phone": "(416) 555-0133",
                "medic": "Kim Lee",
                "schedule": [
                    (60, "Shot 1: family breakfast wide", "Mom, Dad, Kid"),
                    (150, "Shot 2-3: pour, crunch inserts", "Hand model"),
                    (330, "Lunch", ""),
                    (390, "Shot 4: kid runs through the kiln hall", "Kid"),
                ],
                "crew": [
                    ("Producer", "Josh Tremblay", "(416) 555-0133", -30),
                    ("1st AD", "Dana Fox", "(416) 555-0147", -15),
                    ("DOP", "Raj Singh", "(416) 555-0152", 0),
                    ("Gaffer", "Luc Bergeron", "(416) 555-0168", 0),
                ],
                "footer": "Northbound Pictures - call sheet template v4",
            },
        ),
        _to(
            "fortyork",
            "Loonie Bank Winter",
            D(2026, 11, 26),
            "06:30",
            {
                **base,
                "date_style": "ca_short",
                "company": "Northbound Pictures Inc.",
                "company_addr": "379 Adelaide St W, Toronto, ON M5V 1S5  ·  (416) 555-0120",
                "job": "NB-2655",
                "client": "Loonie Bank",
                "agency": "Sixty-Six North",
                "director": "Ben Achterberg",
                "weather": "Flurries, -2°C",
                "set": "Parade ground and the blockhouse",
                "parking": "Trucks on Garrison Rd; crew at Exhibition lot",
                "producer": "Sara Moreau",
                "producer_phone": "(647) 555-0174",
                "medic": "Ann Chow",
                # HARD: a PRE-LIGHT date (the day before) stands left of the SHOOT DATE
                "prelight": True,
                "schedule": [
                    (60, "Shot 1: skater crosses the parade ground", "Skater"),
                    (300, "Lunch", ""),
                    (360, "Shot 2-4: blockhouse door, coins, card", "Couple"),
                ],
                "crew": [
                    ("Producer", "Sara Moreau", "(647) 555-0174", -30),
                    ("1st AD", "Ty Gagnon", "(647) 555-0181", -15),
                    ("DOP", "Imke Vos", "(647) 555-0195", 0),
                ],
                "footer": "Northbound Pictures - call sheet template v4",
            },
        ),
        _to(
            "agakhan",
            "Saffron Lane",
            D(2026, 10, 8),
            "08:00",
            {
                **base,
                "bold": False,
                "time": "us",
                "date_style": "ca_bare",
                "company": "Don Valley Content Co.",
                "company_addr": "15 Wertheim Crt, Richmond Hill, ON L4B 3H7",
                "job": "DV-118",
                "client": "Saffron Lane Grocers",
                "agency": "in-house",
                "director": "Farah Qureshi",
                "weather": "Sunny, 14°C",
                "set": "Courtyard and the reflecting pools",
                "parking": "P1 underground, validate at the desk",
                "producer": "Nate Cho",
                "producer_phone": "(905) 555-0102",
                "medic": "on call",
                "schedule": [
                    (45, "Shot 1: courtyard hero wide", "Chef"),
                    (240, "Lunch", ""),
                    (300, "Shot 2-3: pools, spice close-ups", "Chef, Kid"),
                ],
                "crew": [
                    ("Producer", "Nate Cho", "(905) 555-0102", -30),
                    ("DOP", "Ken Ishida", "(905) 555-0119", 0),
                    ("Art", "Maya Roy", "(905) 555-0127", -60),
                ],
                "footer": "DVCC call sheet",
            },
        ),
    ]


# --- (4) Polish feature, bilingual CALL SHEET / PLAN ZDJĘCIOWY ---------------------------------


def _pl(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        x0 = 40.0
        right = W - x0
        fill(c, x0, 30, right - x0, 46, 40)
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0 + 10, 45, "CALL SHEET / PLAN ZDJĘCIOWY", 9, bold=True)
        c.text(x0 + 10, 68, title, 17, bold=True)
        c.right(right - 10, 45, g["company"], 8.5)
        c.right(right - 10, 68, f"Dzień zdjęciowy / Shooting day {g['n']}/{g['of']}", 9)
        black(c)
        y = 94.0
        c.text(x0, y, "Data / Date:", 9, bold=True)
        c.text(x0 + 90, y, day_text(day, g["date_style"]), 10, bold=True)
        y += 14
        c.text(x0, y, f"Reżyser / Director: {g['director']}", 8.5)
        c.text(300, y, f"II reżyser / 1st AD: {g['ad']}", 8.5)
        y += 20
        rows = []
        if g.get("prod_call"):
            # HARD: the production call (earlier) is listed first, above the crew call
            rows.append(("Zbiórka produkcji / Production call", hm(add_minutes(call, -60), t)))
        rows += [
            ("Zbiórka / Crew call", hm(call, t)),
            ("Śniadanie / Breakfast", hm(add_minutes(call, -30), t)),
            ("Pierwsze ujęcie / First shot", hm(add_minutes(call, 75), t)),
            ("Obiad / Lunch", hm(add_minutes(call, 360), t)),
            ("Koniec / Est. wrap", hm(add_minutes(call, 660), t)),
        ]
        side = [
            ("Wschód / Sunrise", hm(rise, t)),
            ("Zachód / Sunset", hm(fall, t)),
            ("Pogoda / Weather", g["weather"]),
        ]
        top = y
        for k, (lab, val) in enumerate(rows):
            c.box(x0, top + 16 * k, 170, 16, 0.4)
            c.box(x0 + 170, top + 16 * k, 70, 16, 0.4)
            c.text(x0 + 4, top + 16 * k + 11, lab, 8, bold=lab.startswith("Zbiórka /"))
            c.text(x0 + 174, top + 16 * k + 11, val, 9, bold=lab.startswith("Zbiórka /"))
        sx = x0 + 270
        for k, (lab, val) in enumerate(side):
            c.box(sx, top + 16 * k, 110, 16, 0.4)
            c.box(sx + 110, top + 16 * k, right - sx - 110, 16, 0.4)
            c.text(sx + 4, top + 16 * k + 11, lab, 8)
            fit(c, sx + 114, top + 16 * k + 11, val, 8.5, right - sx - 118)
        y = top + 16 * max(len(rows), len(side)) + 24
        for lab, lines in [
            ("Lokacja / Location", [p.name, p.address, f"Plan / Set: {g['set']}"]),
            ("Baza / Unit base", [p.base, g["base_note"]]),
            ("Parking", [g["parking"]]),
            (
                "Szpital / Hospital",
                [
                    p.hospital,
                    p.hospital_address,
                    f"tel. {p.hospital_phone}  ·  numer alarmowy / emergency 112",
                ],
            ),
        ]:
            fill(c, x0, y - 10, right - x0, 14, 225)
            c.text(x0 + 4, y, lab, 9, bold=True)
            y += 15
            for ln in lines:
                c.text(x0 + 4, y, ln, 9)
                y += 12
            y += 10
        c.text(x0, y, "SCENY / SCENES", 9.5, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["Sc.", "Obiekt / Set", "D/N", "Str./Pgs", "Obsada / Cast"],
            [0, 34, 300, 340, 400],
            g["scenes"],
            right,
            size=8,
        )
        y += 6
        c.text(x0, y, "OBSADA / CAST", 9.5, bold=True)
        _rows(
            c,
            x0,
            y + 14,
            ["Nr", "Aktor / Actor", "Postać / Character", "Charakt. / HMU", "Plan / On set"],
            [0, 26, 170, 320, 400],
            [
                (str(k + 1), a, r, *[hm(add_minutes(call, o), t) for o in offs])
                for k, (a, r, offs) in enumerate(g["cast"])
            ],
            right,
            size=8,
        )
        return c.output()

    return _sheet(
        f"pl_{key}",
        "pl_bilingual",
        "Polish feature CALL SHEET / PLAN ZDJĘCIOWY, Polish / English labels",
        make,
        expect(p, title, day, call, f"Plan / Set: {g['set']}"),
    )


def _pl_sheets() -> list[Sheet]:
    return [
        _pl(
            "ksiaz",
            "Czarna Perła",
            D(2026, 10, 15),
            "07:00",
            {
                "time": "h24",
                "date_style": "pl_en",
                "company": "Sudety Film sp. z o.o.",
                "n": 7,
                "of": 28,
                "director": "Anna Wierzbicka",
                "ad": "Tomasz Gil",
                "weather": "pochmurno / cloudy, 9°C",
                "set": "Sala Maksymiliana, taras",
                "base_note": "catering, charakteryzacja, kostiumy",
                "parking": "Parking P2 przy zamku (karty parkingowe u kierownika planu)",
                "scenes": [
                    ("12", "WN. SALA MAKSYMILIANA", "D", "2 3/8", "1, 2"),
                    ("13", "PL. TARAS", "D", "1 1/8", "1"),
                ],
                "cast": [
                    ("Magdalena Sowa", "Daisy", (-75, 0)),
                    ("Piotr Lis", "Hans", (-30, 45)),
                ],
            },
        ),
        _pl(
            "bielsko",
            "Beskidzka Zima",
            D(2026, 11, 19),
            "08:00",
            {
                "time": "dot",
                "date_style": "pl_weekday_genitive",
                "company": "Góral Films",
                "n": 15,
                "of": 30,
                "director": "Jan Kubica",
                "ad": "Ewa Mróz",
                "weather": "śnieg / snow, -1°C",
                "set": "dziedziniec i sala balowa",
                # HARD: "Zbiórka produkcji / Production call" an hour earlier stands first
                "prod_call": True,
                "base_note": "kampery i catering",
                "parking": "Parking miejski ul. Wzgórze (strefa płatna)",
                "scenes": [
                    ("31", "PL. DZIEDZINIEC ZAMKU", "D", "1 4/8", "1, 3"),
                    ("32", "WN. SALA BALOWA", "D", "3 0/8", "1, 2, 3"),
                ],
                "cast": [
                    ("Karolina Nowak", "Zofia", (-60, 30)),
                    ("Marek Bielski", "Adam", (-30, 60)),
                    ("Irena Dudek", "Hrabina", (120, 210)),
                ],
            },
        ),
        _pl(
            "zielona",
            "Szklany Ogród",
            D(2026, 9, 9),
            "06:30",
            {
                "time": "h24",
                "date_style": "pl_dots",
                "company": "Lubuskie Studio Filmowe",
                "n": 2,
                "of": 21,
                "director": "Olga Kwiatkowska",
                "ad": "Bartek Szulc",
                "weather": "słonecznie / sunny, 21°C",
                "set": "palmiarnia, poziom górny",
                "base_note": "garderoba w autobusie",
                "parking": "ul. Botaniczna, przy wejściu do parku",
                "scenes": [
                    ("4", "WN. PALMIARNIA - POZIOM GÓRNY", "D", "2 0/8", "1"),
                    ("6", "PL. WINNE WZGÓRZE", "D", "1 2/8", "1, 2"),
                ],
                "cast": [
                    ("Natalia Wróbel", "Ola", (-60, 15)),
                    ("Kacper Zając", "Wiktor", (0, 75)),
                ],
            },
        ),
    ]


# --- (5) music video / small commercial typed in Google Docs by a producer ----------------------


def _gd(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        x0 = 72.0
        right = W - x0
        tw = right - x0
        y = 84.0
        c.text(x0, y, title, 20)
        y += 20
        grey(c, 90)
        c.text(x0, y, g["sub"], 11)
        black(c)
        y += 26
        y = paragraph(c, x0, y, g["hello"], 11, tw, 15) + 8
        lines: list[tuple[str, str]] = [("Date:", day_text(day, g["date_style"]))]
        if g.get("artist_first"):
            # HARD: the artist's later call is typed above the crew call line
            lines.append(("Artist call:", f"{hm(add_minutes(call, 180), t)} (straight to glam)"))
        lines += [
            ("Call time:", f"{hm(call, t)} {g['call_note']}"),
            ("Address:", f"{p.name}, {p.address}"),
            ("Parking:", g["parking"]),
            ("Sunrise / sunset:", f"{hm(rise, t)} / {hm(fall, t)}"),
            ("Wrap:", f"{hm(add_minutes(call, 600), t)}ish"),
        ]
        for lab, val in lines:
            w = c.text(x0, y, lab, 11, bold=True)
            y = paragraph(c, x0 + w + 4, y, val, 11, tw - w - 4, 15)
        y += 10
        c.text(x0, y, "Rough plan", 14)
        y += 18
        for o, txt in g["plan"]:
            c.text(x0 + 12, y, "•", 11)
            c.text(x0 + 26, y, f"{hm(add_minutes(call, o), t)} - {txt}", 11)
            y += 15
        y += 10
        c.text(x0, y, "Who's who", 14)
        y += 18
        for who in g["who"]:
            c.text(x0 + 12, y, "•", 11)
            c.text(x0 + 26, y, who, 11)
            y += 15
        y += 10
        w = c.text(x0, y, f"{g['er_label']}:", 11, bold=True)
        c.text(x0 + w + 4, y, p.hospital, 11)
        y += 15
        c.text(x0, y, f"{p.hospital_address} · {p.hospital_phone}", 11)
        y += 22
        paragraph(c, x0, y, g["bye"], 11, tw, 15)
        return c.output()

    return _sheet(
        f"gd_{key}",
        "gdocs_music_video",
        "music video sheet typed by a producer in Google Docs: friendly lines, clear labels",
        make,
        expect(p, title, day, call, ""),
    )


def _gd_sheets() -> list[Sheet]:
    return [
        _gd(
            "manchester",
            "Swan Street",
            D(2026, 10, 17),
            "08:00",
            {
                "time": "short_am",
                "date_style": "uk_plain",
                "sub": "Lowlight music video  ·  call sheet  ·  Saltwell Creative",
                "hello": "Hi all! Thanks so much for jumping on this one. Everything you need "
                "for Saturday is below. Any questions just message me (Ellie, 07700 900412).",
                "call_note": "for everyone (bacon butties from 7:30)",
                "parking": "Tariff St NCP, 3 mins' walk. Keep receipts, we'll pay you back.",
                "plan": [
                    (60, "band performance, main room"),
                    (240, "lunch"),
                    (300, "singer close-ups and bar scenes"),
                    (540, "last looks, wrap"),
                ],
                "who": [
                    "Director: Jonah Reid",
                    "DoP: Sal Mahmood",
                    "Producer: Ellie Grant",
                    "Band: Lowlight (4)",
                ],
                "er_label": "Nearest A&E",
                "bye": "See you there, bring layers, the room gets cold between takes!",
            },
        ),
        _gd(
            "minneapolis",
            "Northern Heat",
            D(2026, 9, 19),
            "07:00",
            {
                "time": "us_lower",
                "date_style": "us_nice",
                "sub": "Velvet Crows music video  ·  Lakes & Loons Media",
                "hello": "Hey team! Here's the plan for Saturday. It's a long one but the "
                "club has been amazing to us, so let's leave it spotless.",
                "call_note": "(crew)",
                # HARD: "Artist call: 10:00am" typed above "Call time: 7:00am (crew)"
                "artist_first": True,
                "parking": "Ramp A on N 1st Ave, $12 all day. Load in through the side door.",
                "plan": [
                    (60, "stage lighting + rehearsal with stand-ins"),
                    (180, "band arrives, performance passes"),
                    (300, "lunch"),
                    (360, "crowd scenes (extras at 1:00pm)"),
                ],
                "who": [
                    "Director: Jess Okoro",
                    "Producer: Mandy Cruz (612) 555-0144",
                    "Gaffer: Lou Penn",
                ],
                "er_label": "Nearest ER",
                "bye": "Thank you!! Snacks and coffee all day, real lunch at 12.",
            },
        ),
        _gd(
            "neworleans",
            "Uptown Saints",
            D(2026, 11, 14),
            "09:00",
            {
                "time": "us",
                "date_style": "us_short",
                "sub": "Mardi Static music video  ·  Crescent Reel Co.  ·  shoot info",
                "hello": "Hi y'all, thank you for being part of this! Quick sheet below. "
                "Text me if you're running late: Nia (504) 555-0131.",
                "call_note": "",
                "parking": "Street parking on Napoleon Ave and Tchoupitoulas St, mind the signs.",
                "plan": [
                    (60, "brass band on stage, wides"),
                    (210, "po-boys (lunch)"),
                    (270, "dancers, handheld"),
                ],
                "who": ["Director: Andre Batiste", "DP: Kelly Tran", "Producer: Nia Boudreaux"],
                "er_label": "Nearest ER",
                "bye": "Wear comfy shoes. Let's have fun!",
            },
        ),
    ]


# --- (6) Mexican orden de trabajo / hoja de llamado -------------------------------------------


def _mx(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("letter", "sans")
        W = c.width
        x0 = 40.0
        right = W - x0
        c.text(x0, 46, g["company"], 11, bold=True)
        c.text(x0, 58, g["company_addr"], 7)
        c.right(right, 46, "ORDEN DE TRABAJO / HOJA DE LLAMADO", 11, bold=True)
        c.right(right, 58, f"Llamado No. {g['n']}", 8)
        c.hline(x0, right, 66, 1.0)
        y = 86.0
        if g.get("issued"):
            # HARD: the issue date (the day before, letter style) precedes the shooting date
            c.right(
                right, y, f"{g['city']}, a {day_text(day - dt.timedelta(days=1), 'es_plain')}", 8.5
            )
            y += 16
        c.text(x0, y, f"Proyecto: {title}", 12, bold=True)
        y += 16
        c.text(x0, y, f"Fecha de llamado: {day_text(day, g['date_style'])}", 10)
        c.right(right, y, f"Día de filmación {g['n']} de {g['of']}", 10)
        y += 14
        c.text(x0, y, f"Director: {g['director']}   ·   1er AD: {g['ad']}", 8.5)
        y += 14
        fill(c, x0, y, right - x0, 42, 30)
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0 + 10, y + 27, "LLAMADO GENERAL", 14, bold=True)
        c.text(x0 + 190, y + 29, hm(call, t), 20, bold=True)
        black(c)
        y += 42
        rows = [
            ("Llamado a maquillaje y vestuario", hm(add_minutes(call, -45), t)),
            ("Desayuno", hm(add_minutes(call, -30), t)),
            ("Primer shot", hm(add_minutes(call, 75), t)),
            ("Comida", hm(add_minutes(call, 360), t)),
        ]
        side = [
            ("Salida del sol", hm(rise, t)),
            ("Puesta del sol", hm(fall, t)),
            ("Clima", g["weather"]),
        ]
        for k in range(max(len(rows), len(side))):
            yy = y + 15 * k
            if k < len(rows):
                c.box(x0, yy, 170, 15, 0.4)
                c.box(x0 + 170, yy, 80, 15, 0.4)
                c.text(x0 + 4, yy + 11, rows[k][0], 8)
                c.text(x0 + 174, yy + 11, rows[k][1], 8.5)
            if k < len(side):
                sx = x0 + 280
                c.box(sx, yy, 100, 15, 0.4)
                c.box(sx + 100, yy, right - sx - 100, 15, 0.4)
                c.text(sx + 4, yy + 11, side[k][0], 8)
                fit(c, sx + 104, yy + 11, side[k][1], 8.5, right - sx - 108)
        y += 15 * max(len(rows), len(side)) + 22
        for lab, lines in [
            ("LOCACIÓN", [p.name, p.street, p.city, f"Set: {g['set']}"]),
            ("ESTACIONAMIENTO / BASE", [p.base, g["parking"]]),
            (
                "HOSPITAL MÁS CERCANO",
                [p.hospital, p.hospital_street, p.hospital_city, f"Tel. {p.hospital_phone}"],
            ),
        ]:
            c.text(x0, y, lab, 9.5, bold=True)
            c.hline(x0, right, y + 3, 0.4)
            y += 15
            for ln in lines:
                c.text(x0 + 8, y, ln, 9)
                y += 12
            y += 8
        c.text(x0, y, "Emergencias: 911", 8.5, bold=True)
        y += 18
        c.text(x0, y, "ESCENAS", 9.5, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["Esc.", "Set / Descripción", "D/N", "Págs.", "Personajes"],
            [0, 36, 320, 360, 410],
            g["scenes"],
            right,
            size=8,
        )
        y += 4
        c.text(x0, y, "ELENCO", 9.5, bold=True)
        _rows(
            c,
            x0,
            y + 14,
            ["#", "Actor", "Personaje", "Llamado", "Maquillaje", "En set"],
            [0, 24, 170, 320, 380, 450],
            [
                (str(k + 1), a, r, *[hm(add_minutes(call, o), t) for o in offs])
                for k, (a, r, offs) in enumerate(g["cast"])
            ],
            right,
            size=8,
        )
        return c.output()

    return _sheet(
        f"mx_{key}",
        "mx_llamado",
        "Mexican orden de trabajo / hoja de llamado: LLAMADO GENERAL bar, LOCACIÓN, hospital",
        make,
        expect(p, title, day, call, f"Set: {g['set']}"),
    )


def _mx_sheets() -> list[Sheet]:
    return [
        _mx(
            "coyoacan",
            "La Casa Azul de Enfrente",
            D(2026, 10, 22),
            "07:00",
            {
                "time": "hrs",
                "date_style": "es_long",
                "company": "Ajolote Films S.A. de C.V.",
                "company_addr": "Av. Álvaro Obregón 130, Col. Roma Norte, 06700 CDMX",
                "n": 5,
                "of": 20,
                "director": "Lucía Garza",
                "ad": "Memo Herrera",
                "weather": "Soleado, 24°C",
                "set": "jardín y estudio",
                "parking": "Estacionamiento en Calle Berlín; camiones sobre Viena",
                "scenes": [
                    ("12", "EXT. JARDÍN - Elena lee la carta", "D", "1 4/8", "1, 2"),
                    ("13", "INT. ESTUDIO - la máquina de escribir", "D", "2 1/8", "1"),
                ],
                "cast": [
                    ("Sofía Treviño", "Elena", (-45, -45, 60)),
                    ("Mario Salas", "Don Ignacio", (30, 30, 120)),
                ],
            },
        ),
        _mx(
            "puebla",
            "Tinta de Talavera",
            D(2026, 11, 10),
            "06:00",
            {
                "time": "h_only",
                "date_style": "es_num",
                "company": "Cholula Cine",
                "company_addr": "Calle 16 de Septiembre 505, Centro, 72000 Puebla, Pue.",
                "n": 9,
                "of": 16,
                "director": "Renata Ibarra",
                "ad": "Quique Montes",
                "weather": "Despejado, 19°C",
                "set": "sala de lectura y escalera",
                "parking": "Camiones en Calle 3 Sur; crew en estacionamiento Catedral",
                "scenes": [
                    ("20", "INT. BIBLIOTECA - el monje y el mapa", "D", "2 0/8", "1, 3"),
                    ("21", "INT. ESCALERA - persecución", "D", "6/8", "1, 2"),
                ],
                "cast": [
                    ("Andrés Paz", "Fray Tomás", (-45, -45, 75)),
                    ("Julia Reyes", "Inés", (0, 0, 90)),
                    ("Beto Luna", "El Guardia", (60, 60, 150)),
                ],
            },
        ),
        _mx(
            "guadalajara",
            "Fuego en los Muros",
            D(2026, 9, 29),
            "07:30",
            {
                "time": "us_lower",
                "date_style": "es_abbr",
                "company": "Tapatía Producciones",
                "company_addr": "Av. Chapultepec Sur 120, Col. Americana, 44160 Guadalajara, Jal.",
                "n": 3,
                "of": 12,
                "director": "Diego Orozco",
                "ad": "Fernanda Ruiz",
                "weather": "Nublado, lluvia por la tarde, 27°C",
                "set": "capilla mayor y patio",
                # HARD: a letter-style issue line "Guadalajara, a ..." (the day before) on top
                "issued": True,
                "city": "Guadalajara, Jal.",
                "parking": "Base en Calz. Independencia; acceso por Cabañas",
                "scenes": [
                    ("7", "INT. CAPILLA - los murales", "D", "2 2/8", "1, 2"),
                    ("8", "EXT. PATIO - el incendio (efectos)", "D", "1 0/8", "1, 2, 3"),
                ],
                "cast": [
                    ("Camila Vega", "Rosa", (-30, -30, 60)),
                    ("Iván Solís", "Pintor", (0, 0, 90)),
                ],
            },
        ),
    ]


# --- near misses: share call-sheet words, are not call sheets ----------------------------------


def _timesheet() -> bytes:
    """A weekly crew timesheet: dates, in / meal / out times and the day's location."""
    c = Canvas("letter", "helvetica", "L")
    W = c.width
    x0 = 30.0
    right = W - x0
    c.text(x0, 44, "WEEKLY CREW TIMESHEET", 16, bold=True)
    c.right(right, 40, "Limestone Creek Films, LLC  ·  BLUEGRASS UNDERTOW", 9, bold=True)
    c.right(right, 52, "Payroll: Wrapbook  ·  Submit by Monday 10 AM", 8)
    c.hline(x0, right, 60, 0.8)
    y = 80.0
    for a, b in [
        ("Employee: Tessa Kim", "Position: 2nd Assistant Director"),
        ("Week ending: Saturday, October 17, 2026", "Rate: $3,250 / week (12 hr guarantee)"),
    ]:
        c.text(x0, y, a, 9.5)
        c.text(400, y, b, 9.5)
        y += 14
    y += 10
    rows = [
        (
            "Mon 10/12",
            "Ashland Estate, 120 Sycamore Rd, Lexington",
            "6:30 AM",
            "12:30 PM",
            "6:45 PM",
        ),
        (
            "Tue 10/13",
            "Ashland Estate, 120 Sycamore Rd, Lexington",
            "6:30 AM",
            "1:00 PM",
            "7:15 PM",
        ),
        ("Wed 10/14", "Stage 2, 1500 Richmond Rd, Lexington", "7:00 AM", "1:00 PM", "7:30 PM"),
        ("Thu 10/15", "Stage 2, 1500 Richmond Rd, Lexington", "7:00 AM", "1:30 PM", "8:00 PM"),
        ("Fri 10/16", "Keeneland, 4201 Versailles Rd, Lexington", "5:30 AM", "11:30 AM", "5:30 PM"),
        ("Sat 10/17", "-- day off --", "", "", ""),
    ]
    y = _rows(
        c,
        x0,
        y,
        ["DATE", "WORK LOCATION", "IN", "MEAL OUT", "MEAL IN", "OUT", "HOURS", "OT"],
        [0, 70, 330, 400, 470, 540, 610, 670],
        [
            (d, loc, i, mo, (add_pm(mo) if mo else ""), o, ("12.25" if i else ""), "")
            for d, loc, i, mo, o in rows
        ],
        right,
        size=8.5,
        lead=15,
    )
    y += 10
    c.text(x0, y, "Total hours: 61.5    Meal penalties: 1 (Thu)    Mileage: 42 mi", 9.5, bold=True)
    y += 40
    for k, lab in enumerate(["Employee signature / date", "Approved by (UPM) / date"]):
        xx = x0 + k * 360
        c.hline(xx, xx + 300, y, 0.5)
        c.text(xx, y + 12, lab, 8)
    return c.output()


def add_pm(meal_out: str) -> str:
    """A half-hour meal: the meal-in time printed after a 12-hour meal-out time."""
    hh, rest = meal_out.split(":")
    mm, ap = rest.split()
    h24 = int(hh) % 12 + (12 if ap == "PM" else 0)
    _h, m, h12, ap2 = clock(add_minutes(f"{h24:02d}:{mm}", 30))
    return f"{h12}:{m:02d} {ap2}"


def _festival() -> bytes:
    """A film festival screening schedule: dates, times, venues with addresses."""
    c = Canvas("A4", "sans")
    W = c.width
    x0 = 44.0
    right = W - x0
    c.text(x0, 56, "NORTH SHORE INDEPENDENT FILM FESTIVAL 2026", 14, bold=True)
    c.text(x0, 72, "Screening schedule  ·  Thursday 5 - Sunday 8 November", 10)
    c.hline(x0, right, 82, 0.8)
    y = 100.0
    c.text(x0, y, "VENUES", 10, bold=True)
    y += 14
    for v in [
        "A  Tyneside Cinema, 10 Pilgrim St, Newcastle upon Tyne NE1 6QG",
        "B  Star and Shadow Cinema, Warwick St, Newcastle upon Tyne NE2 1BB",
        "C  Queen's Hall Arts, Beaumont St, Hexham NE46 3LS",
    ]:
        c.text(x0 + 8, y, v, 8.5)
        y += 12
    y += 12
    days = [
        (
            "Thursday 5 November 2026",
            [
                ("18:00", "A", "Opening night: The Holderness Line (ep. 1) + Q&A"),
                ("20:30", "B", "Shorts programme 1: Coast"),
            ],
        ),
        (
            "Friday 6 November 2026",
            [
                ("14:00", "C", "Wall's End (work in progress screening)"),
                ("17:30", "A", "Gay Street Ghosts"),
                ("20:00", "B", "Music video showcase"),
            ],
        ),
        (
            "Saturday 7 November 2026",
            [
                ("11:00", "A", "Filmmakers' breakfast panel: shooting on location"),
                ("15:00", "C", "Czarna Perła (PL, English subtitles)"),
                ("19:30", "A", "Festival centrepiece: Fuego en los Muros"),
            ],
        ),
        ("Sunday 8 November 2026", [("16:00", "A", "Awards and closing film")]),
    ]
    for d, items in days:
        fill(c, x0, y - 10, right - x0, 14, 228)
        c.text(x0 + 4, y, d, 9.5, bold=True)
        y += 16
        for time, v, what in items:
            c.text(x0 + 8, y, time, 9)
            c.text(x0 + 54, y, f"Venue {v}", 9)
            fit(c, x0 + 110, y, what, 9, right - x0 - 114)
            y += 13
        y += 8
    y += 6
    y = paragraph(
        c,
        x0,
        y,
        "Doors open 30 minutes before each screening. Pass holders: please arrive 15 minutes "
        "before start time. Accessible seating at all venues; call the box office on "
        "0191 555 0175.",
        8.5,
        right - x0,
        11,
    )
    return c.output()


def _selftape() -> bytes:
    """Self-tape audition instructions: due date and time, an in-person callback address."""
    c = Canvas("letter", "helvetica")
    W = c.width
    x0 = 72.0
    right = W - x0
    y = 80.0
    c.text(x0, y, "SELF-TAPE INSTRUCTIONS", 16, bold=True)
    y += 18
    c.text(x0, y, "Project: SAFFRON LANE (commercial)  ·  Role: CHEF (lead)", 10)
    y += 14
    c.text(x0, y, "Casting: Maple & Birch Casting, Toronto", 10)
    y += 24
    for lab, val in [
        ("Tape due:", "Tuesday, September 29, 2026 by 5:00 PM ET"),
        ("Upload to:", "the link in your agent's e-mail (label: LASTNAME_FIRSTNAME_CHEF)"),
        ("Callbacks:", "Friday, October 2, 2026, 10:00 AM - 2:00 PM (by appointment)"),
        (
            "Callback address:",
            "Maple & Birch Casting, 401 Richmond St W, Suite 120, Toronto, ON M5V 3A8",
        ),
        ("Shoot dates:", "October 7-8, 2026 (hold), Toronto"),
    ]:
        w = c.text(x0, y, lab, 10, bold=True)
        y = paragraph(c, x0 + w + 5, y, val, 10, right - x0 - w - 5, 13)
        y += 2
    y += 12
    c.text(x0, y, "How to tape", 12, bold=True)
    y += 16
    for k, tip in enumerate(
        [
            "Slate first: name, height, city, agency. One take of the sides, one improv.",
            "Frame mid-shot, eye line just off camera, natural light or a soft key.",
            "Keep it under 2 minutes. Landscape, 1080p, no filters.",
            "Wardrobe: chef whites or a plain apron over a dark top.",
        ]
    ):
        y = paragraph(c, x0 + 10, y, f"{k + 1}. {tip}", 10, right - x0 - 10, 13)
        y += 3
    y += 12
    paragraph(
        c,
        x0,
        y,
        "This is not a booking. If you are booked, the production will send a call sheet with "
        "your call time and the location.",
        9.5,
        right - x0,
        12.5,
    )
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "other_timesheet",
            "near_miss",
            "weekly crew timesheet: dates, in / meal / out times and the day's location",
            _timesheet,
            OTHER,
        ),
        _sheet(
            "other_festival",
            "near_miss",
            "film festival screening schedule: dates, times, venue addresses",
            _festival,
            OTHER,
        ),
        _sheet(
            "other_selftape",
            "near_miss",
            "actor's self-tape audition instructions: due date, callback time and address",
            _selftape,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_xl_sheets(),
        *_uk_sheets(),
        *_to_sheets(),
        *_pl_sheets(),
        *_gd_sheets(),
        *_mx_sheets(),
        *_other_sheets(),
    ]
