# ruff: noqa: RUF001  (Polish sheets: the en dash is how the typist wrote it)
"""Tenth held-out set: templates an English- or Polish-speaking crew receives (`fresh9_`).

Built without reading the reader (`pipeline/extract/`): each family follows a documented
real-world convention (CONVENTIONS.md, "fresh9"). A Canadian commercial sheet from a
production-company template (numbered cells, value under the label), a US studio TV episode
sheet (a header box with "Crew Call", "Shooting Call", "Basecamp", "Nearest Hospital / Urgent
Care", "7:00A", a crew list on page 2), a UK feature "UNIT CALL SHEET" (pre-calls, "Unit Call",
"Unit Base", "Nearest A&E", postcodes, right-aligned values), a Polish "Plan zdjęciowy" with
inline "Zbiórka ekipy:", "Plan:", "Baza:", "Szpital:", an Irish / Scottish drama sheet with
shaded section bars, a German-English coproduction sheet with both languages on every label,
and indie / student sheets typed in a word processor as paragraphs and bullet lists. Three near
misses (a wrap party invitation, a blank call sheet template, a shooting-day weather report)
must read as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.corpus.draw import Canvas, black, centre, grey, measure
from tests.corpus.formats import add_minutes, date_text, pl_weekday, time_text
from tests.corpus.fresh_common import expect_set, sheet_maker
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # Canada
    "toronto": _p(
        "ca",
        "Distillery Historic District",
        "55 Mill St",
        "Toronto, ON M5A 3C4",
        43.6503,
        -79.3596,
        "America/Toronto",
        "St. Michael's Hospital",
        "36 Queen St E",
        "Toronto, ON M5B 1W8",
        "(416) 360-4000",
        "Cherry St lot, 373 Cherry St",
        "Toronto, ON M5A 3L3",
    ),
    "vancouver": _p(
        "ca",
        "Science World",
        "1455 Quebec St",
        "Vancouver, BC V6A 3Z7",
        49.2734,
        -123.1038,
        "America/Vancouver",
        "Vancouver General Hospital",
        "920 W 10th Ave",
        "Vancouver, BC V5Z 1M9",
        "(604) 875-4111",
        "Creekside Park lot, 1455 Quebec St",
        "Vancouver, BC V6A 3Z7",
    ),
    "hamilton": _p(
        "ca",
        "Dundurn Castle",
        "610 York Blvd",
        "Hamilton, ON L8R 3H1",
        43.2694,
        -79.8846,
        "America/Toronto",
        "Hamilton General Hospital",
        "237 Barton St E",
        "Hamilton, ON L8L 2X2",
        "(905) 521-2100",
        "Hamilton Cemetery lot, 777 York Blvd",
        "Hamilton, ON L8R 2A6",
    ),
    # United States
    "burbank": _p(
        "us",
        "Warner Bros. Studios, Stage 16",
        "4000 Warner Blvd",
        "Burbank, CA 91522",
        34.1490,
        -118.3370,
        "America/Los_Angeles",
        "Providence Saint Joseph Medical Center",
        "501 S Buena Vista St",
        "Burbank, CA 91505",
        "(818) 843-5111",
        "Gate 4 lot, 3400 W Riverside Dr",
        "Burbank, CA 91505",
    ),
    "queens": _p(
        "us",
        "Silvercup Studios, Stage 6",
        "42-22 22nd St",
        "Long Island City, NY 11101",
        40.7520,
        -73.9420,
        "America/New_York",
        "Mount Sinai Queens",
        "25-10 30th Ave",
        "Astoria, NY 11102",
        "(718) 932-1000",
        "Vernon Blvd lot, 43-01 Vernon Blvd",
        "Long Island City, NY 11101",
    ),
    "albuquerque": _p(
        "us",
        "Albuquerque Studios, Stage 5",
        "5650 University Blvd SE",
        "Albuquerque, NM 87106",
        35.0340,
        -106.6170,
        "America/Denver",
        "UNM Hospital",
        "2211 Lomas Blvd NE",
        "Albuquerque, NM 87106",
        "(505) 272-2111",
        "Mesa del Sol lot, 5700 University Blvd SE",
        "Albuquerque, NM 87106",
    ),
    "austin": _p(
        "us",
        "Zilker Park, Great Lawn",
        "2100 Barton Springs Rd",
        "Austin, TX 78746",
        30.2669,
        -97.7729,
        "America/Chicago",
        "St. David's Medical Center",
        "919 E 32nd St",
        "Austin, TX 78705",
        "(512) 476-7111",
        "Zilker lot, 2201 Barton Springs Rd",
        "Austin, TX 78746",
    ),
    # United Kingdom and Ireland
    "oxford": _p(
        "uk",
        "Radcliffe Camera",
        "Radcliffe Sq",
        "Oxford OX1 3BG",
        51.7534,
        -1.2540,
        "Europe/London",
        "John Radcliffe Hospital",
        "Headley Way",
        "Oxford OX3 9DU",
        "0300 304 7777",
        "Oxpens Rd car park, Oxpens Rd",
        "Oxford OX1 1RX",
    ),
    "york": _p(
        "uk",
        "York Minster",
        "Deangate",
        "York YO1 7HH",
        53.9620,
        -1.0819,
        "Europe/London",
        "York Hospital",
        "Wigginton Rd",
        "York YO31 8HE",
        "01904 631313",
        "Bootham Row car park, Bootham Row",
        "York YO30 7BP",
    ),
    "bath": _p(
        "uk",
        "The Royal Crescent",
        "16 Royal Cres",
        "Bath BA1 2LR",
        51.3870,
        -2.3680,
        "Europe/London",
        "Royal United Hospital",
        "Combe Park",
        "Bath BA1 3NG",
        "01225 428331",
        "Charlotte Street car park, Charlotte St",
        "Bath BA1 2NE",
    ),
    "leeds": _p(
        "uk",
        "Leeds Corn Exchange",
        "Call Ln",
        "Leeds LS1 7BR",
        53.7960,
        -1.5410,
        "Europe/London",
        "Leeds General Infirmary",
        "Great George St",
        "Leeds LS1 3EX",
        "0113 243 2799",
        "Criterion Place car park, Swinegate",
        "Leeds LS1 4AG",
    ),
    "dublin": _p(
        "ie",
        "Dublin Castle",
        "Dame St",
        "Dublin 2, D02 X8X8",
        53.3429,
        -6.2674,
        "Europe/Dublin",
        "St James's Hospital",
        "James's St",
        "Dublin 8, D08 NHY1",
        "01 410 3000",
        "Ship Street Great car park",
        "Dublin 8, D08 A2C3",
    ),
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
        "Kelvin Hall car park, Bunhouse Rd",
        "Glasgow G3 8AW",
    ),
    "edinburgh": _p(
        "uk",
        "Edinburgh Castle Esplanade",
        "Castlehill",
        "Edinburgh EH1 2NG",
        55.9486,
        -3.1999,
        "Europe/London",
        "Royal Infirmary of Edinburgh",
        "51 Little France Cres",
        "Edinburgh EH16 4SA",
        "0131 536 1000",
        "Castle Terrace car park, Castle Ter",
        "Edinburgh EH1 2EW",
    ),
    # Poland
    "wroclaw": _p(
        "pl",
        "Hala Stulecia",
        "ul. Wystawowa 1",
        "51-618 Wrocław",
        51.1069,
        17.0773,
        "Europe/Warsaw",
        "Uniwersytecki Szpital Kliniczny",
        "ul. Borowska 213",
        "50-556 Wrocław",
        "71 733 11 10",
        "parking przy Pergoli, ul. Wystawowa 1",
        "51-618 Wrocław",
    ),
    "poznan": _p(
        "pl",
        "Stary Browar",
        "ul. Półwiejska 42",
        "61-888 Poznań",
        52.4010,
        16.9270,
        "Europe/Warsaw",
        "Szpital Miejski im. Józefa Strusia",
        "ul. Szwajcarska 3",
        "61-285 Poznań",
        "61 873 90 00",
        "parking Stary Browar, ul. Kopernika 1",
        "61-888 Poznań",
    ),
    "szczecin": _p(
        "pl",
        "Filharmonia im. Mieczysława Karłowicza",
        "ul. Małopolska 48",
        "70-515 Szczecin",
        53.4310,
        14.5530,
        "Europe/Warsaw",
        "Szpital Wojewódzki im. M. Kopernika",
        "ul. Arkońska 4",
        "71-455 Szczecin",
        "91 813 90 00",
        "parking, pl. Solidarności",
        "70-515 Szczecin",
    ),
    "krakow": _p(
        "pl",
        "Kino Pod Baranami",
        "Rynek Główny 27",
        "31-010 Kraków",
        50.0614,
        19.9366,
        "Europe/Warsaw",
        "Szpital Uniwersytecki w Krakowie",
        "ul. Jakubowskiego 2",
        "30-688 Kraków",
        "12 400 20 00",
        "parking, ul. Powiśle 1",
        "31-101 Kraków",
    ),
    # Germany
    "berlin": _p(
        "eu",
        "Flughafen Tempelhof, Hangar 4",
        "Platz der Luftbrücke 5",
        "12101 Berlin",
        52.4800,
        13.3900,
        "Europe/Berlin",
        "Vivantes Klinikum Am Urban",
        "Dieffenbachstraße 1",
        "10967 Berlin",
        "030 130 220",
        "Parkplatz Columbiadamm 10",
        "12101 Berlin",
    ),
    "hamburg": _p(
        "eu",
        "Speicherstadt, Kehrwieder",
        "Am Sandtorkai 30",
        "20457 Hamburg",
        53.5430,
        9.9890,
        "Europe/Berlin",
        "Asklepios Klinik St. Georg",
        "Lohmühlenstraße 5",
        "20099 Hamburg",
        "040 181 885 0",
        "Parkhaus Speicherstadt, Am Sandtorkai 6",
        "20457 Hamburg",
    ),
    "munich": _p(
        "eu",
        "Bavaria Filmstadt, Halle 12",
        "Bavariafilmplatz 7",
        "82031 Geiselgasteig",
        48.0680,
        11.5480,
        "Europe/Berlin",
        "Klinikum Harlaching",
        "Sanatoriumsplatz 2",
        "81545 München",
        "089 6210 0",
        "Parkplatz P3, Bavariafilmplatz 3",
        "82031 Geiselgasteig",
    ),
}

DE_WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MON = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the studio "7:00A" and the Irish "8.00am"."""
    if style == "studio":
        return time_text(hhmm, "us_letter").upper()  # "7:00A"
    if style == "dot_am":
        h, m = (int(x) for x in hhmm.split(":"))
        return f"{h % 12 or 12}.{m:02d}{'am' if h < 12 else 'pm'}"
    if style == "uhr":
        return f"{hhmm} Uhr"
    return time_text(hhmm, style)


_sheet = sheet_maker("fresh9")


def _bar(c: Canvas, x: float, y: float, w: float, text: str, size: float = 8.5) -> None:
    """A grey shaded section bar with its heading in bold."""
    c.pdf.set_fill_color(215, 215, 215)
    c.pdf.rect(x, y - size - 2, w, size + 5, style="F")
    c.text(x + 4, y, text, size, bold=True)


# --- Canadian commercial: production-company template, numbered cells, value under label -------


def _ca(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("letter", g["font"])
        c.text(36, 40, g["company"], 14, bold=True)
        c.text(36, 52, g["company_line"], 7.5)
        c.right(576, 40, "CALL SHEET", 16, bold=True)
        c.right(576, 54, f"Job # {g['job']}  ·  Shoot Day {g['day_no']}", 8)
        c.hline(36, 576, 62, 1.2)
        # row of numbered cells: value below label
        widths = [150.0, 110.0, 140.0, 140.0]
        c.grid(36, 70, widths, [44.0])
        cells = [
            ("1. PROJECT", [title]),
            ("2. SHOOT DATE", [date_text(day, g["date"])]),
            ("3. CLIENT / AGENCY", [g["client"], g["agency"]]),
            ("4. DIRECTOR / DOP", [g["director"], g["dop"]]),
        ]
        x = 36.0
        for (label, lines), w in zip(cells, widths, strict=True):
            c.text(x + 4, 79, label, 6.5, bold=True)
            yy = 92.0
            for line in lines:
                fit(c, x + 4, yy, line, 9.5 if len(lines) == 1 else 8, w - 8, bold=len(lines) == 1)
                yy += 10
            x += w
        # calls: numbered cells, the crew call the widest and largest
        calls = [
            (f"5. {g['call_label']}", hm(call, t), 150.0, 20),
            ("6. TALENT CALL", hm(add_minutes(call, g["talent"]), t), 100.0, 11),
            ("7. FIRST SHOT", hm(add_minutes(call, 90), t), 95.0, 11),
            ("8. LUNCH", hm(add_minutes(call, 360), t), 95.0, 11),
            ("9. EST. WRAP", hm(add_minutes(call, 660), t), 100.0, 11),
        ]
        c.grid(36, 120, [w for _, _, w, _ in calls], [46.0])
        x = 36.0
        for label, value, w, size in calls:
            c.text(x + 4, 129, label, 6.5, bold=True)
            c.text(x + 4, 129 + 8 + size, value, size, bold=size > 11)
            x += w
        # places: numbered, multi-line values below the label
        blocks = [
            ("10. LOCATION", [g["set"], p.name, p.street, p.city], 190.0),
            ("11. CREW PARKING / TRUCKS", [p.base_street, p.base_city, g["park_note"]], 160.0),
            (
                "12. NEAREST HOSPITAL (EMERGENCY)",
                [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
                190.0,
            ),
        ]
        c.grid(36, 172, [w for _, _, w in blocks], [70.0])
        x = 36.0
        for label, lines, w in blocks:
            fit(c, x + 4, 181, label, 6.5, w - 8, bold=True)
            yy = 194.0
            for line in lines:
                fit(c, x + 4, yy, line, 8.5, w - 8)
                yy += 11
            x += w
        c.grid(36, 248, [180.0, 180.0, 180.0], [28.0])
        c.text(40, 257, "13. SUNRISE", 6.5, bold=True)
        c.text(40, 270, hm(rise, t), 9)
        c.text(220, 257, "14. SUNSET", 6.5, bold=True)
        c.text(220, 270, hm(fall, t), 9)
        c.text(400, 257, "15. WEATHER", 6.5, bold=True)
        c.text(400, 270, g["weather"], 9)
        y = 300.0
        c.text(36, y, "16. SCHEDULE", 9, bold=True)
        c.hline(36, 576, y + 3)
        for label, off in g["sched"]:
            y += 13
            c.text(40, y, hm(add_minutes(call, off), t), 8.5)
            c.text(110, y, label, 8.5)
        y += 24
        c.text(36, y, "17. CREW", 9, bold=True)
        c.hline(36, 576, y + 3)
        for n, (role, name, off) in enumerate(g["crew"]):
            yy = y + 13 + (n // 2) * 12
            x = 40 if n % 2 == 0 else 310
            c.text(x, yy, role, 8)
            c.text(x + 100, yy, name, 8)
            c.right(x + 260, yy, hm(add_minutes(call, off), t), 8)
        y += 13 + ((len(g["crew"]) + 1) // 2) * 12 + 14
        grey(c)
        c.text(36, y, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"ca_{key}",
        "ca_numbered",
        "Canadian numbered cells",
        make,
        expect_set(p, title, day, call, g),
    )


_CA_CREW = [
    ("Producer", "Dana Whitlock", -30),
    ("1st AD", "Marc Tremblay", -30),
    ("DOP", "Yuki Saito", 0),
    ("Gaffer", "Liam O'Connell", -30),
    ("Key Grip", "Ravi Patel", -30),
    ("HMU", "Sofia Reyes", -60),
    ("Wardrobe", "Claire Dubois", -60),
    ("Sound", "Ben Fraser", 0),
]
_CA_SCHED = [("Crew call", 0), ("Rehearsal / block", 60), ("First shot", 90), ("Lunch", 360)]


def _ca_sheets() -> list[Sheet]:
    return [
        _ca(
            "toronto",
            "MAPLE MORNINGS",
            D(2026, 3, 17),
            "07:00",
            {
                "font": "helvetica",
                "time": "us",
                "date": "mon_slash_yy",
                "company": "Northbound Pictures Inc.",
                "company_line": "401 Richmond St W, Suite 300, Toronto, ON M5V 3A8 · 416-555-0148",
                "job": "NB-2611",
                "day_no": "1 of 2",
                "client": "Laurentian Coffee Co.",
                "agency": "Hatch & Sons Agency",
                "director": "Ines Kowal",
                "dop": "Yuki Saito",
                "call_label": "CREW CALL",
                "talent": 60,
                "set": "Cobblestone lane at Trinity St",
                "park_note": "No trucks on Mill St before 6:00 AM",
                "weather": "Overcast, 4°C",
                "sched": _CA_SCHED,
                "crew": _CA_CREW,
                "footer": (
                    "Closed set. No visitors without the producer's approval. Safety "
                    "meeting at crew call."
                ),
            },
        ),
        _ca(
            "vancouver",
            "BRIGHT IDEAS",
            D(2026, 5, 6),
            "06:30",
            {
                "font": "sans",
                "time": "us_lower",
                "date": "us_long",
                "company": "Coastline Content Ltd.",
                "company_line": "1166 Alberni St, Vancouver, BC V6E 3Z3 · 604-555-0190",
                "job": "CC-0418",
                "day_no": "2 of 3",
                "client": "BC Hydro Futures",
                "agency": "Rainforest Creative",
                "director": "Aaron Lee",
                "dop": "Maya Singh",
                "call_label": "GENERAL CREW CALL",
                "talent": 45,
                "set": "Atrium under the dome",
                "park_note": "Truck load-in via Quebec St ramp",
                "weather": "Showers, 13°C",
                "sched": _CA_SCHED,
                "crew": _CA_CREW[:6],
                "footer": "Please bring rain gear. Hot breakfast at crafty from 6:00am.",
            },
        ),
        _ca(
            "hamilton",
            "THE LONG WEEKEND",
            D(2026, 6, 12),
            "07:30",
            {
                "font": "condensed",
                "time": "us",
                "date": "us_ordinal",
                "company": "Steeltown Films",
                "company_line": "21 King St W, Hamilton, ON L8P 4W7 · 905-555-0133",
                "job": "ST-26-044",
                "day_no": "1 of 1",
                "client": "Ontario Getaways",
                "agency": "North Arrow",
                "director": "Grace Mbeki",
                "dop": "Tom Hallett",
                "call_label": "CREW CALL",
                "talent": 60,
                "set": "Castle lawn and kitchen garden",
                "park_note": "Crew park in the cemetery lot only",
                "weather": "Sunny, 24°C",
                "sched": _CA_SCHED,
                "crew": _CA_CREW,
                "footer": "Sunscreen and water provided. Parks staff on site from 6:00 AM.",
            },
        ),
    ]


# --- US studio TV episode: header box, Shooting Call, Basecamp, Urgent Care, crew on page 2 ----


def _studio(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "studio"

    def make() -> bytes:
        c = Canvas("letter", g["font"], "L")
        W = c.width
        # top left: title, episode, credits, office
        c.text(30, 36, title, 15, bold=True)
        c.text(30, 49, f'Episode {g["ep"]}  "{g["ep_title"]}"', 9)
        y = 61.0
        for line in g["credits"]:
            c.text(30, y, line, 7.5)
            y += 9.5
        # top centre: the header box with the crew call
        bx = W / 2 - 110
        c.box(bx, 24, 220, 76, 1.4)
        centre(c, 40, "CREW CALL", 10)
        centre(c, 66, hm(call, t), 24)
        centre(c, 80, f"SHOOTING CALL: {hm(add_minutes(call, 60), t)}", 8, bold=False)
        centre(
            c,
            92,
            f"Breakfast {hm(add_minutes(call, -30), t)}  ·  Lunch {hm(add_minutes(call, 360), t)}",
            7.5,
            bold=False,
        )
        # top right: date and day
        c.right(W - 30, 36, date_text(day, g["date"]), 10, bold=True)
        c.right(W - 30, 50, g["day_no"], 10, bold=True)
        c.right(W - 30, 63, f"Sunrise {hm(rise, t)}   Sunset {hm(fall, t)}", 8)
        c.right(W - 30, 75, g["weather"], 8)
        c.right(W - 30, 87, "Script: BLUE 3/2   Schedule: WHITE", 7)
        # places across the page
        cols = [
            ("SET / LOCATION", [g["set"], p.name, p.street, p.city]),
            ("BASECAMP", [p.base_street, p.base_city, "Crew parking & catering"]),
            (
                "NEAREST HOSPITAL / URGENT CARE",
                [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
            ),
            ("NOTES", g["notes"]),
        ]
        w = (W - 60) / 4
        c.grid(30, 110, [w] * 4, [14.0, 56.0])
        for n, (label, lines) in enumerate(cols):
            x = 30 + n * w
            fit(c, x + 3, 120, label, 7, w - 6, bold=True)
            yy = 134.0
            for line in lines:
                fit(c, x + 3, yy, line, 7.5, w - 6)
                yy += 9.5
        # scenes
        y = 200.0
        heads = [
            ("SC", 30),
            ("SET / DESCRIPTION", 70),
            ("D/N", 360),
            ("PGS", 400),
            ("CAST", 450),
            ("LOC", 560),
        ]
        for text, x in heads:
            c.text(x, y, text, 7, bold=True)
        c.hline(30, W - 30, y + 3)
        for sc in g["scenes"]:
            y += 12
            for text, (_, x) in zip(sc, heads, strict=True):
                c.text(x, y, text, 7.5)
        y += 22
        c.text(30, y, "CAST", 7, bold=True)
        for text, x in [("CHARACTER", 150), ("P/U", 300), ("HMU", 360), ("ON SET", 420)]:
            c.text(x, y, text, 7, bold=True)
        c.hline(30, W - 30, y + 3)
        for n, (actor, role) in enumerate(g["cast"]):
            y += 12
            c.text(30, y, f"{n + 1}. {actor}", 7.5)
            c.text(150, y, role, 7.5)
            c.text(300, y, hm(add_minutes(call, -15 + 15 * n), t), 7.5)
            c.text(360, y, hm(add_minutes(call, 0 + 15 * n), t), 7.5)
            c.text(420, y, hm(add_minutes(call, 60 + 15 * n), t), 7.5)
        # page 2: crew list with individual calls
        c.new_page()
        c.text(30, 36, f"{title} - Ep. {g['ep']} - CREW LIST", 11, bold=True)
        c.right(W - 30, 36, date_text(day, g["date"]), 9)
        y = 56.0
        for n, (dept, role, name, off) in enumerate(g["crew"]):
            x = 30 if n < 14 else W / 2 + 10
            yy = y + (n % 14) * 12
            c.text(x, yy, dept, 7, bold=True)
            c.text(x + 80, yy, role, 7.5)
            c.text(x + 190, yy, name, 7.5)
            c.right(x + 340, yy, hm(add_minutes(call, off), t) if off is not None else "O/C", 7.5)
        return c.output()

    return _sheet(
        f"studio_{key}",
        "us_studio_tv",
        "US studio TV episode",
        make,
        expect_set(p, title, day, call, g),
    )


def _studio_crew() -> list[tuple[str, str, str, int | None]]:
    return [
        ("PRODUCTION", "UPM", "Karen Oduya", None),
        ("", "1st AD", "Joel Stein", -30),
        ("", "2nd AD", "Maria Lopes", -60),
        ("", "2nd 2nd AD", "Kim Tran", -60),
        ("CAMERA", "DP", "Rafael Ortiz", 0),
        ("", "A Cam Op", "Dee Walsh", 0),
        ("", "1st AC", "Sam Nguyen", -15),
        ("ELECTRIC", "Gaffer", "Owen Burke", -30),
        ("", "BBE", "Tasha Green", -30),
        ("GRIP", "Key Grip", "Luis Mendez", -30),
        ("", "Dolly Grip", "Pat Rooney", -15),
        ("SOUND", "Mixer", "Ari Cohen", 0),
        ("HAIR / MU", "Dept Head MU", "Nina Petrova", -90),
        ("", "Dept Head Hair", "Jay Brooks", -90),
        ("COSTUME", "Set Costumer", "Rosa Kim", -60),
        ("PROPS", "Prop Master", "Hank Miller", -30),
        ("SCRIPT", "Script Supervisor", "Leah Park", 0),
        ("LOCATIONS", "Key Asst Loc Mgr", "Dom Feeney", -120),
        ("CATERING", "Chef", "Marco Bianchi", -90),
        ("TRANSPO", "Captain", "Ray Dunn", -120),
        ("MEDIC", "Set Medic", "Alex Cho", -30),
    ]


def _studio_sheets() -> list[Sheet]:
    cast = [("Jordan Hale", "DET. CARVER"), ("Priya Nand", "DR. SHAH"), ("Mo Adeyemi", "REYES")]
    return [
        _studio(
            "burbank",
            "HIGH DESERT",
            D(2026, 3, 19),
            "07:00",
            {
                "font": "helvetica",
                "date": "us_long",
                "ep": "107",
                "ep_title": "Dry Lightning",
                "credits": [
                    "Exec. Producers: Ann Voss, Leo Grant",
                    "Director: Tamsin Reid",
                    "Prod. Office: (818) 555-0170",
                ],
                "day_no": "Day 12 of 15",
                "weather": "Sunny  78° / 54°",
                "set": "INT. PRECINCT BULLPEN",
                "notes": ["Closed set", "No open-toe shoes on stage", "Safety mtg at crew call"],
                "scenes": [
                    ("14", "INT. PRECINCT BULLPEN", "D2", "2 3/8", "1, 2", "Stg 16"),
                    ("15", "INT. INTERVIEW ROOM", "D2", "1 6/8", "1, 3", "Stg 16"),
                ],
                "cast": cast,
                "crew": _studio_crew(),
            },
        ),
        _studio(
            "queens",
            "FIVE BOROUGHS",
            D(2026, 4, 22),
            "06:30",
            {
                "font": "sans",
                "date": "us_short",
                "ep": "204",
                "ep_title": "Bridge and Tunnel",
                "credits": [
                    "Showrunner: Nadia Farouk",
                    "Director: Colm Byrne",
                    "Prod. Office: (718) 555-0123",
                ],
                "day_no": "Day 6 of 8",
                "weather": "Partly cloudy  61° / 47°",
                "set": "INT. DINER",
                "notes": ["Stage 6 elephant door", "Walkies at base", "Hot lunch at basecamp"],
                "scenes": [("22", "INT. DINER - BOOTH", "N1", "3", "2, 3", "Stg 6")],
                "cast": cast[1:],
                "crew": _studio_crew()[:16],
            },
        ),
        _studio(
            "albuquerque",
            "RED MESA",
            D(2026, 9, 15),
            "07:30",
            {
                "font": "condensed",
                "date": "us_ordinal",
                "ep": "103",
                "ep_title": "Caldera",
                "credits": [
                    "Exec. Producer: Ruth Yazzie",
                    "Director: Dan Ortega",
                    "Prod. Office: (505) 555-0166",
                ],
                "day_no": "Day 9 of 10",
                "weather": "Clear  84° / 58°",
                "set": "INT. RANCH HOUSE KITCHEN",
                "notes": ["High altitude: hydrate", "Shuttles from basecamp every 10 min"],
                "scenes": [
                    ("31", "INT. RANCH HOUSE KITCHEN", "D4", "2", "1, 2", "Stg 5"),
                    ("32", "INT. RANCH HOUSE HALL", "D4", "4/8", "2", "Stg 5"),
                ],
                "cast": cast,
                "crew": _studio_crew(),
            },
        ),
    ]


# --- UK feature UNIT CALL SHEET: pre-calls, unit call, unit base, A&E, right-aligned values -----


def _uk(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", g["font"])
        W = c.width
        centre(c, 40, g["company"], 9, bold=False)
        centre(c, 60, title, 18)
        centre(c, 78, f"UNIT CALL SHEET No. {g['no']}", 11)
        c.hline(36, W - 36, 86, 1)
        c.text(36, 102, date_text(day, g["date"]), 10, bold=True)
        c.right(W - 36, 102, g["day_no"], 10, bold=True)
        # left: times, label left, value right-aligned at x=250
        y = 126.0
        c.text(36, y, "PRE-CALLS", 8.5, bold=True)
        for label, off in g["pre"]:
            y += 12
            c.text(44, y, label, 8.5)
            c.right(250, y, hm(add_minutes(call, off), t), 8.5)
        y += 18
        c.text(36, y, "UNIT CALL", 11, bold=True)
        c.right(250, y, hm(call, t), 11, bold=True)
        y += 12
        grey(c)
        c.text(36, y, g["call_note"], 7.5)
        black(c)
        for label, off in [("Rehearse / Shoot", 30), ("Lunch (1 hr)", 330), ("Camera Wrap", 630)]:
            y += 13
            c.text(36, y, label, 8.5)
            c.right(250, y, hm(add_minutes(call, off), t), 8.5)
        y += 18
        c.text(36, y, "Sunrise", 8.5)
        c.right(250, y, hm(rise, t), 8.5)
        y += 12
        c.text(36, y, "Sunset", 8.5)
        c.right(250, y, hm(fall, t), 8.5)
        y += 12
        c.text(36, y, "Weather", 8.5)
        c.right(250, y, g["weather"], 8.5)
        # right column: places, label above multi-line value, at x=300
        y2 = 126.0
        for label, lines in [
            ("LOCATION", [g["set"], p.name, p.street, p.city]),
            ("UNIT BASE", [p.base_street, p.base_city, "Unit base is 5 mins walk from set"]),
            (
                "NEAREST A&E",
                [p.hospital, p.hospital_street, p.hospital_city, f"Tel: {p.hospital_phone}"],
            ),
        ]:
            c.text(300, y2, label, 8.5, bold=True)
            c.hline(300, W - 36, y2 + 3, 0.3)
            for line in lines:
                y2 += 12
                c.text(300, y2, line, 8.5)
            y2 += 20
        y = max(y, y2) + 14
        c.text(36, y, "SCENES", 9, bold=True)
        c.hline(36, W - 36, y + 3)
        for line in g["scenes"]:
            y += 13
            c.text(36, y, line, 8)
        y += 22
        c.text(36, y, "ARTISTES", 9, bold=True)
        for text, x in [("P/UP", 250), ("M/UP", 320), ("COSTUME", 390), ("ON SET", 470)]:
            c.text(x, y, text, 8, bold=True)
        c.hline(36, W - 36, y + 3)
        for n, name in enumerate(g["cast"]):
            y += 13
            c.text(36, y, name, 8)
            for k, x in enumerate([250, 320, 390, 470]):
                c.text(x, y, hm(add_minutes(call, -90 + 15 * n + 20 * k), t), 8)
        y += 24
        c.text(36, y, "NO UNAUTHORISED VISITORS. HI-VIS TO BE WORN AT UNIT BASE.", 8, bold=True)
        return c.output()

    return _sheet(
        f"uk_{key}",
        "uk_unit_feature",
        "UK feature unit call sheet",
        make,
        expect_set(p, title, day, call, g),
    )


def _uk_sheets() -> list[Sheet]:
    pre = [
        ("Make-up / Hair", -90),
        ("Costume", -75),
        ("Breakfast (Unit Base)", -60),
        ("Rigging electricians", -60),
    ]
    return [
        _uk(
            "oxford",
            "THE BODLEIAN AFFAIR",
            D(2026, 3, 24),
            "08:00",
            {
                "font": "times",
                "time": "military",
                "date": "uk_long",
                "company": "Isis Lane Films Ltd · 12 Walton St, Oxford OX1 2HG",
                "no": "14",
                "day_no": "Day 14 of 38",
                "pre": pre,  # HARD: four earlier times in the same column
                "call_note": "(on set, ready to shoot at 0830)",
                "weather": "Light rain, 9°C",
                "set": "EXT. RADCLIFFE SQUARE",
                "scenes": [
                    "41  EXT. RADCLIFFE SQUARE - DAY  1 3/8  Artistes 1, 4",
                    "42  EXT. CATTE ST - DAY  6/8  Artiste 1",
                ],
                "cast": ["1. Eleanor Hart", "4. James Okafor"],
            },
        ),
        _uk(
            "york",
            "MINSTER BELLS",
            D(2026, 5, 13),
            "07:30",
            {
                "font": "helvetica",
                "time": "h24",
                "date": "uk_short",
                "company": "Ouse Valley Pictures",
                "no": "6",
                "day_no": "Day 6 of 25",
                "pre": pre[:3],
                "call_note": "All departments on set",
                "weather": "Sunny spells, 16°C",
                "set": "INT. NAVE",
                "scenes": ["17  INT. NAVE - DAY  2 1/8  Artistes 2, 3, 5"],
                "cast": ["2. Ruth Akers", "3. Dev Sharma", "5. Callum Roe"],
            },
        ),
        _uk(
            "bath",
            "A SEASON IN BATH",
            D(2026, 10, 6),
            "07:45",
            {
                "font": "serif",
                "time": "military",
                "date": "uk_plain",
                "company": "Crescent Moon Productions Ltd",
                "no": "22",
                "day_no": "Day 22 of 30",
                "pre": pre,
                "call_note": "(at Unit Base; minibus to set at 0750)",
                "weather": "Cloudy, 14°C",
                "set": "EXT. THE CRESCENT LAWN",
                "scenes": [
                    "66  EXT. THE CRESCENT LAWN - DAY  3/8  Artistes 1, 2",
                    "67  INT. NO. 16 DRAWING ROOM - DAY  1 4/8",
                ],
                "cast": ["1. Harriet Vane", "2. Lord Ashby"],
            },
        ),
    ]


# --- Polish plan zdjęciowy: inline "Zbiórka ekipy:", "Plan:", "Baza:", "Szpital:" --------------


def _pl_date(d: D, style: str) -> str:
    if style == "weekday_dots":
        return f"{pl_weekday(d)}, {d:%d.%m.%Y}"  # "wtorek, 17.03.2026"
    if style == "dots_weekday":
        return f"{d:%d.%m.%Y} ({pl_weekday(d, short=True)})"
    return f"{pl_weekday(d)} {d.day}.{d.month:02d}.{d.year} r."


def _pl(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", g["font"])
        W = c.width
        c.text(40, 40, g["company"], 9, bold=True)
        c.text(40, 51, g["company_line"], 7)
        c.right(W - 40, 40, f"PLAN ZDJĘCIOWY nr {g['no']}", 11, bold=True)
        c.right(W - 40, 52, g["day_no"], 8.5)
        centre(c, 84, f"„{title}”", 18)
        centre(c, 98, g["kind"], 9, bold=False)
        c.hline(40, W - 40, 108, 0.8)
        y = 128.0
        # inline "label: value" paragraphs, several on one line
        line1 = f"Data: {_pl_date(day, g['date'])}"
        c.text(40, y, line1, 10, bold=True)
        y += 18
        x = 40.0
        x += c.text(x, y, "Zbiórka ekipy: ", 10, bold=True)
        x += c.text(x, y, f"{hm(call, t)} {g['call_where']}", 10)
        x += 22
        x += c.text(x, y, "Charakteryzacja: ", 9, bold=True)
        c.text(x, y, hm(add_minutes(call, -60), t), 9)
        y += 16
        x = 40.0
        x += c.text(x, y, "Śniadanie: ", 9, bold=True)
        x += c.text(x, y, f"{hm(add_minutes(call, -30), t)}", 9)
        x += 18
        x += c.text(x, y, "Obiad: ", 9, bold=True)
        x += c.text(x, y, hm(add_minutes(call, 360), t), 9)
        x += 18
        x += c.text(x, y, "Koniec zdjęć: ", 9, bold=True)
        c.text(x, y, hm(add_minutes(call, 660), t), 9)
        y += 16
        x = 40.0
        x += c.text(x, y, "Wschód słońca: ", 9, bold=True)
        x += c.text(x, y, hm(rise, t), 9)
        x += 18
        x += c.text(x, y, "Zachód słońca: ", 9, bold=True)
        x += c.text(x, y, hm(fall, t), 9)
        x += 18
        x += c.text(x, y, "Pogoda: ", 9, bold=True)
        c.text(x, y, g["weather"], 9)
        y += 26
        for label, value in [
            ("Plan:", f"{g['set']} – {p.name}, {p.street}, {p.city}"),
            ("Baza:", p.base),
            ("Szpital:", f"{p.hospital}, {p.hospital_address}, tel. {p.hospital_phone}"),
        ]:
            w = c.text(40, y, label, 10, bold=True)
            fit(c, 40 + w + 5, y, value, 9.5, W - 85 - w)
            y += 17
        y += 14
        c.text(40, y, "SCENY", 9, bold=True)
        c.hline(40, W - 40, y + 3)
        for line in g["scenes"]:
            y += 13
            c.text(40, y, line, 8.5)
        y += 22
        c.text(40, y, "OBSADA", 9, bold=True)
        c.hline(40, W - 40, y + 3)
        for n, line in enumerate(g["cast"]):
            y += 13
            c.text(40, y, line, 8.5)
            c.right(
                W - 40,
                y,
                (
                    f"charakt. {hm(add_minutes(call, -60 + 20 * n), t)}, na planie "
                    f"{hm(add_minutes(call, 30 + 20 * n), t)}"
                ),
                8.5,
            )
        y += 22
        c.text(40, y, "KONTAKT", 9, bold=True)
        c.hline(40, W - 40, y + 3)
        for line in g["contacts"]:
            y += 13
            c.text(40, y, line, 8.5)
        y += 24
        grey(c)
        c.text(40, y, g["footer"], 7.5)
        black(c)
        return c.output()

    return _sheet(
        f"pl_{key}",
        "pl_inline",
        "Polish inline plan zdjęciowy",
        make,
        expect_set(p, title, day, call, g),
    )


def _pl_sheets() -> list[Sheet]:
    contacts = [
        "Kierownik produkcji: Anna Zawada, 601 555 210",
        "II reżyser: Piotr Lis, 602 555 318",
        "Kierownik planu: Marta Gąsior, 603 555 402",
    ]
    return [
        _pl(
            "wroclaw",
            "Hala",
            D(2026, 3, 17),
            "07:00",
            {
                "font": "sans",
                "time": "h24",
                "date": "weekday_dots",
                "company": "Odra Film Sp. z o.o.",
                "company_line": "ul. Ruska 46, 50-079 Wrocław · biuro@odrafilm.pl",
                "no": "12",
                "day_no": "dzień zdjęciowy 12 z 30",
                "kind": "film fabularny · reż. Joanna Kubiak",
                "call_where": "(na planie, wejście od ul. Wystawowej)",
                "weather": "pochmurno, 6°C",
                "set": "WN. HALA GŁÓWNA",
                "scenes": [
                    "sc. 34  WN. HALA GŁÓWNA – DZIEŃ  2 str.",
                    "sc. 35  WN. KULUARY – DZIEŃ  5/8 str.",
                ],
                "cast": ["1. Ewa Wójcik – Hanna", "2. Tomasz Bielecki – Marek"],
                "contacts": contacts,
                "footer": (
                    "Zbiórka jutro (środa, 18.03.2026): 07:30. Plan zdjęciowy może ulec zmianie."
                ),
            },
        ),
        _pl(
            "poznan",
            "Browar",
            D(2026, 4, 29),
            "06:30",
            {
                "font": "serif",
                "time": "dot",
                "date": "dots_weekday",
                "company": "Warta Studio",
                "company_line": "ul. Święty Marcin 80/82, 61-809 Poznań",
                "no": "5",
                "day_no": "dzień 5 / 18",
                "kind": "serial, odc. 3 i 4",
                "call_where": "w bazie",
                "weather": "słonecznie, 15°C",
                "set": "PL. DZIEDZINIEC SZTUKI",
                "scenes": ["odc. 3 sc. 12  PL. DZIEDZINIEC – DZIEŃ  1 4/8 str."],
                "cast": ["1. Karolina Mazur – Ola"],
                "contacts": contacts[:2],
                "footer": "Prosimy o punktualność. Parking tylko dla pojazdów technicznych.",
            },
        ),
        _pl(
            "szczecin",
            "Fale",
            D(2026, 9, 8),
            "08:00",
            {
                "font": "helvetica",
                "time": "h24",
                "date": "weekday_r",
                "company": "Pomorska Grupa Filmowa",
                "company_line": "al. Jedności Narodowej 1, 70-405 Szczecin",
                "no": "21",
                "day_no": "dzień zdjęciowy 21/24",
                "kind": "film krótkometrażowy",
                "call_where": "cała ekipa, foyer",
                "weather": "przelotny deszcz, 17°C",
                "set": "WN. SALA KONCERTOWA",
                "scenes": [
                    "sc. 51  WN. SALA KONCERTOWA – WIECZÓR  3 str.",
                    "sc. 52  WN. FOYER – NOC  1 str.",
                ],
                "cast": ["1. Jan Nowicki – Dyrygent", "3. Lena Sowa – Iza"],
                "contacts": contacts,
                "footer": "Wersja 1. Zmiany plan zdjęciowy wysyła II reżyser.",
            },
        ),
    ]


# --- Irish / Scottish drama: shaded section bars, two columns of boxes --------------------------


def _celtic(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", g["font"])
        W = c.width
        c.text(36, 42, title, 18, bold=True)
        c.text(36, 56, g["series"], 9)
        c.text(36, 68, g["company"], 8)
        c.right(W - 36, 42, f"CALL SHEET {g['no']}", 12, bold=True)
        c.right(W - 36, 56, date_text(day, g["date"]), 9.5)
        c.right(W - 36, 68, g["day_no"], 9.5)
        half = (W - 72 - 12) / 2
        xl, xr = 36.0, 36 + half + 12
        _bar(c, xl, 92, half, "TIMES")
        y = 108.0
        rows = [
            ("Breakfast at base", add_minutes(call, -45)),
            ("Crew call", call),
            ("Rehearsal", add_minutes(call, 15)),
            ("Turnover", add_minutes(call, 60)),
            ("Lunch", add_minutes(call, 330)),
            ("Wrap", add_minutes(call, 600)),
        ]
        for label, v in rows:
            bold = label == "Crew call"
            c.text(xl + 4, y, label, 9, bold=bold)
            c.right(xl + half - 4, y, hm(v, t), 9, bold=bold)
            y += 12.5
        _bar(c, xr, 92, half, "DAYLIGHT & WEATHER")
        c.text(xr + 4, 108, f"Sunrise {hm(rise, t)}", 9)
        c.text(xr + 4, 120.5, f"Sunset {hm(fall, t)}", 9)
        c.text(xr + 4, 133, g["weather"], 9)
        y = max(y, 140) + 14
        _bar(c, xl, y, half, "LOCATION")
        _bar(c, xr, y, half, "UNIT BASE / PARKING")
        yy = y + 16
        for line in [g["set"], p.name, p.street, p.city]:
            c.text(xl + 4, yy, line, 9)
            yy += 11.5
        yb = y + 16
        for line in [p.base_street, p.base_city, g["base_note"]]:
            c.text(xr + 4, yb, line, 9)
            yb += 11.5
        y = yy + 16
        _bar(c, xl, y, W - 72, g["hosp_label"])
        yy = y + 16
        for line in [
            p.hospital,
            f"{p.hospital_street}, {p.hospital_city}",
            f"Phone {p.hospital_phone} · Emergency {g['emergency']}",
        ]:
            c.text(xl + 4, yy, line, 9)
            yy += 11.5
        y = yy + 14
        _bar(c, xl, y, W - 72, "SCENES")
        for line in g["scenes"]:
            y += 14
            c.text(xl + 4, y, line, 8.5)
        y += 22
        _bar(c, xl, y, W - 72, "CAST")
        for n, name in enumerate(g["cast"]):
            y += 14
            c.text(xl + 4, y, name, 8.5)
            c.right(
                W - 40,
                y,
                f"Pick up {hm(add_minutes(call, -75 + 15 * n), t)}"
                f" · On set {hm(add_minutes(call, 45 + 15 * n), t)}",
                8.5,
            )
        y += 24
        grey(c)
        c.text(36, y, g["footer"], 7.5)
        black(c)
        return c.output()

    return _sheet(
        f"celtic_{key}",
        "ie_scot_bars",
        "Irish / Scottish drama section bars",
        make,
        expect_set(p, title, day, call, g),
    )


def _celtic_sheets() -> list[Sheet]:
    return [
        _celtic(
            "dublin",
            "THE LIBERTIES",
            D(2026, 3, 10),
            "08:00",
            {
                "font": "helvetica",
                "time": "dot_am",
                "date": "uk_long",
                "series": "Series 2 · Block 1 · Episodes 1 & 2",
                "company": "Liffey Street Pictures DAC",
                "no": "No. 8",
                "day_no": "Day 8 of 45",
                "weather": "Showers, 8°C, wind SW 30 km/h",
                "set": "EXT. UPPER CASTLE YARD",
                "base_note": "Catering bus and honeywagons",
                "hosp_label": "NEAREST EMERGENCY DEPARTMENT",
                "emergency": "112 / 999",
                "scenes": [
                    "1/14  EXT. UPPER CASTLE YARD - DAY 2  2 1/8 pgs",
                    "2/07  EXT. SHIP ST GATE - DAY 2  4/8 pgs",
                ],
                "cast": ["Aoife Byrne (NORA)", "Cillian Walsh (TOM)"],
                "footer": (
                    "Gardaí on site for traffic control 0700-1900. No drones without clearance."
                ),
            },
        ),
        _celtic(
            "glasgow",
            "WEST END GIRLS",
            D(2026, 6, 2),
            "07:00",
            {
                "font": "condensed",
                "time": "h24",
                "date": "uk_short",
                "series": "Episode 4 of 6",
                "company": "Clydeside Drama Ltd",
                "no": "#19",
                "day_no": "Shoot day 19/32",
                "weather": "Bright, 15°C",
                "set": "INT. CENTRE HALL",
                "base_note": "Base opens 0600",
                "hosp_label": "NEAREST A&E",
                "emergency": "999",
                "scenes": [
                    "4/22  INT. CENTRE HALL - DAY  1 5/8 pgs",
                    "4/23  INT. ORGAN GALLERY - DAY  6/8 pgs",
                ],
                "cast": ["Kirsty Maclean (ISLA)", "Rab Duncan (FRASER)", "Amira Khan (LAYLA)"],
                "footer": "Museum open to the public from 1100: keep corridors clear.",
            },
        ),
        _celtic(
            "edinburgh",
            "CASTLE ROCK",
            D(2026, 8, 20),
            "06:45",
            {
                "font": "serif",
                "time": "military",
                "date": "uk_plain",
                "series": "Feature",
                "company": "Forth Bridge Films",
                "no": "No. 31",
                "day_no": "Day 31 of 40",
                "weather": "Haar clearing, 17°C",
                "set": "EXT. ESPLANADE",
                "base_note": "Festival traffic: allow 20 mins",
                "hosp_label": "NEAREST A&E (24 HOURS)",
                "emergency": "999",
                "scenes": ["88  EXT. ESPLANADE - DAWN  1 pg"],
                "cast": ["Fiona Reid (MARGARET)"],
                "footer": "Tattoo stands in place: no access to the east end.",
            },
        ),
    ]


# --- German-English coproduction: both languages on every label ---------------------------------


def _de_date(d: D) -> str:
    return f"{DE_WD[d.weekday()]}, {d.day}. {DE_MON[d.month - 1]} {d.year}"


def _copro(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", g["font"], "L")
        W = c.width
        c.text(30, 36, g["companies"], 8)
        c.text(30, 58, title, 20, bold=True)
        c.text(30, 72, g["subtitle"], 9)
        c.right(W - 30, 36, f"TAGESDISPOSITION / CALL SHEET Nr. {g['no']}", 11, bold=True)
        c.right(W - 30, 52, f"{_de_date(day)} / {date_text(day, 'uk_plain')}", 9)
        c.right(W - 30, 65, f"Drehtag / Shoot day {g['day_no']}", 9)
        c.hline(30, W - 30, 82, 1)
        # label column (German bold, English grey under it), value right of it
        rows = [
            ("Treffpunkt Maske / HMU call", add_minutes(call, -75)),
            ("Arbeitsbeginn Team / Crew call", call),
            ("Drehbeginn / Shooting call", add_minutes(call, 75)),
            ("Mittagspause / Lunch", add_minutes(call, 360)),
            ("Drehschluss / Wrap", add_minutes(call, 660)),
            ("Sonnenaufgang / Sunrise", rise),
            ("Sonnenuntergang / Sunset", fall),
        ]
        y = 104.0
        for label, v in rows:
            de, en = label.split(" / ")
            c.text(30, y, de, 9, bold=True)
            grey(c)
            c.text(30, y + 9, en, 7)
            black(c)
            c.right(330, y + 4, hm(v, t), 10, bold=en == "Crew call")
            c.hline(30, 330, y + 13, 0.2)
            y += 24
        # right: places in ruled boxes, label in both languages above value
        x, w = 360.0, W - 390
        y2 = 96.0
        for label, lines in [
            ("MOTIV / LOCATION", [g["set"], p.name, p.street, p.city]),
            ("BASIS & PARKEN / UNIT BASE & PARKING", [p.base_street, p.base_city]),
            (
                "NÄCHSTES KRANKENHAUS / NEAREST HOSPITAL",
                [
                    p.hospital,
                    f"{p.hospital_street}, {p.hospital_city}",
                    f"Tel. {p.hospital_phone} · Notruf / emergency 112",
                ],
            ),
        ]:
            h = 16 + 11 * len(lines)
            c.box(x, y2, w, h)
            c.text(x + 4, y2 + 10, label, 7.5, bold=True)
            yy = y2 + 22
            for line in lines:
                fit(c, x + 4, yy, line, 9, w - 8)
                yy += 11
            y2 += h + 8
        y = max(y, y2) + 12
        c.text(30, y, "BILDER / SCENES", 9, bold=True)
        c.hline(30, W - 30, y + 3)
        for line in g["scenes"]:
            y += 13
            c.text(30, y, line, 8.5)
        y += 20
        c.text(30, y, "DARSTELLER / CAST", 9, bold=True)
        c.hline(30, W - 30, y + 3)
        for n, line in enumerate(g["cast"]):
            y += 13
            c.text(30, y, line, 8.5)
            c.text(330, y, f"Abholung / pick-up {hm(add_minutes(call, -100 + 15 * n), t)}", 8.5)
        return c.output()

    return _sheet(
        f"copro_{key}",
        "de_en_copro",
        "German-English coproduction",
        make,
        expect_set(p, title, day, call, g),
    )


def _copro_sheets() -> list[Sheet]:
    return [
        _copro(
            "berlin",
            "THE LAST AIRLIFT",
            D(2026, 3, 18),
            "07:00",
            {
                "font": "helvetica",
                "time": "h24",
                "companies": (
                    "Spree Film GmbH in Koproduktion mit / in co-production with "
                    "Thames Reach Films Ltd"
                ),
                "subtitle": "Kinospielfilm / Feature film · Regie / Director: Katrin Albers",
                "no": "14",
                "day_no": "14 / 36",
                "set": "INT. HANGAR 4",
                "scenes": [
                    "Bild 41  INNEN HANGAR - TAG  2 3/8 S.",
                    "Bild 42  INNEN FUNKRAUM - TAG  1 S.",
                ],
                "cast": ["Jonas Richter (HANS)", "Emily Carter (RUTH)"],
            },
        ),
        _copro(
            "hamburg",
            "HARBOUR LIGHTS",
            D(2026, 5, 27),
            "06:30",
            {
                "font": "sans",
                "time": "uhr",
                "companies": "Elbe Pictures GmbH / Mersey Bay Productions Ltd",
                "subtitle": "TV-Serie / TV series · Folge / Episode 5",
                "no": "22",
                "day_no": "22 von / of 48",
                "set": "AUSSEN KAI / EXT. QUAYSIDE",
                "scenes": [
                    "5/14  AUSSEN KAI - MORGEN  1 4/8 S.",
                    "5/15  AUSSEN BRÜCKE - TAG  6/8 S.",
                ],
                "cast": ["Lena Vogt (MARIE)", "Tom Briggs (ALEX)", "Ole Hansen (KAPITÄN)"],
            },
        ),
        _copro(
            "munich",
            "ALPINE STATION",
            D(2026, 10, 14),
            "08:00",
            {
                "font": "condensed",
                "time": "h24",
                "companies": "Isar Bild GmbH & Co. KG with / mit Northern Peak Pictures",
                "subtitle": "Feature film / Kinofilm · Director / Regie: Stefan Moser",
                "no": "9",
                "day_no": "9 / 30",
                "set": "INNEN STATIONSHALLE / INT. STATION HALL",
                "scenes": ["Bild 12  INNEN STATIONSHALLE - NACHT  2 S."],
                "cast": ["Anna Berger (SOPHIE)", "David Hart (MILES)"],
            },
        ),
    ]


# --- indie / student: typed in a word processor, paragraphs and bullet lists -------------------


def _wp(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas(g["page"], g["font"])
        x, y = 72.0, 72.0
        size = 11.0
        lead = 15.0
        for kind, text in g["body"](p, day, call, rise, fall, t):
            if kind == "h1":
                c.text(x, y, text, 16, bold=True)
                y += 24
            elif kind == "h2":
                y += 6
                c.text(x, y, text, 12, bold=True)
                y += lead + 2
            elif kind == "p":
                # a flowing paragraph wrapped at the page margin
                words = text.split()
                line = ""
                for word in words:
                    trial = f"{line} {word}".strip()
                    if measure(c, trial, size) > c.width - 2 * x and line:
                        c.text(x, y, line, size)
                        y += lead
                        line = word
                    else:
                        line = trial
                if line:
                    c.text(x, y, line, size)
                    y += lead
                y += 6
            elif kind == "li":
                c.text(x + 10, y, "•", size)
                c.text(x + 24, y, text, size)
                y += lead
            elif kind == "gap":
                y += 8
        return c.output()

    return _sheet(
        f"wp_{key}",
        "wp_paragraphs",
        "word-processor paragraphs and bullets",
        make,
        expect_set(p, title, day, call, g),
    )


def _wp_austin(p: Place, day: D, call: str, rise: str, fall: str, t: str) -> list[tuple[str, str]]:
    return [
        ("h1", "BARTON SPRINGS - Call Sheet"),
        (
            "p",
            (
                f"Hi everyone! Here is everything for tomorrow, {date_text(day, 'us_long')}. "
                "This is Day 3 of 4 of our thesis short for the UT Austin RTF "
                "program."
            ),
        ),
        ("h2", "Times"),
        ("li", f"Gear pickup at the RTF cage: {hm(add_minutes(call, -90), t)} (Sam and Luis only)"),
        ("li", f"Crew call: {hm(call, t)}"),
        ("li", f"Talent call: {hm(add_minutes(call, 45), t)}"),
        ("li", f"Lunch: {hm(add_minutes(call, 300), t)} (tacos, vegetarian options)"),
        ("li", f"Wrap: {hm(add_minutes(call, 540), t)}"),
        ("li", f"Sunrise {hm(rise, t)}, sunset {hm(fall, t)}"),
        ("h2", "Where"),
        (
            "p",
            (
                f"We are shooting on the {p.name}, {p.street}, {p.city}. Meet "
                "at the big oak by the volleyball courts. Park in the Zilker "
                "lot across the road; parking is $5 so carpool if you can."
            ),
        ),
        ("h2", "Safety"),
        (
            "p",
            (
                f"Nearest hospital: {p.hospital}, {p.hospital_address}, {p.hospital_phone}. "
                "Call 911 in an emergency. It will be hot, so bring water, a "
                "hat and sunscreen."
            ),
        ),
        ("h2", "Contacts"),
        ("li", "Director: Jess Alvarez (512) 555-0131"),
        ("li", "Producer: Omar Diaz (512) 555-0177"),
    ]


def _wp_leeds(p: Place, day: D, call: str, rise: str, fall: str, t: str) -> list[tuple[str, str]]:
    return [
        ("h1", "CALL SHEET: THE DOME"),
        ("p", f"A Leeds Beckett graduation film. Shoot day 2 of 3, {date_text(day, 'uk_long')}."),
        (
            "p",
            (
                f"Crew call is {hm(call, t)} at the Corn Exchange ({p.street}, "
                f"{p.city}); please come to the Assembly Street entrance and sign "
                f"in with security. Cast are called for {hm(add_minutes(call, 60), t)}."
            ),
        ),
        ("h2", "The day"),
        ("li", f"{hm(add_minutes(call, -30), t)}  Tea, coffee and bacon rolls in the green room"),
        ("li", f"{hm(call, t)}  Crew call, safety briefing"),
        ("li", f"{hm(add_minutes(call, 90), t)}  First shot (scene 4, balcony)"),
        ("li", f"{hm(add_minutes(call, 300), t)}  Lunch"),
        ("li", f"{hm(add_minutes(call, 570), t)}  Wrap and get out by 1900"),
        ("p", f"Sunrise is {hm(rise, t)} and sunset {hm(fall, t)}, but we are inside all day."),
        ("h2", "Parking and safety"),
        (
            "p",
            (
                f"Park at {p.base}. Nearest A&E: {p.hospital}, {p.hospital_address} "
                "(0113 243 2799). First aider: Hannah."
            ),
        ),
    ]


def _wp_krakow(p: Place, day: D, call: str, rise: str, fall: str, t: str) -> list[tuple[str, str]]:
    return [
        ("h1", "KINO – plan zdjęć na jutro"),
        (
            "p",
            (
                f"Cześć! Jutro, {pl_weekday(day)} {day.day}.{day.month:02d}.{day.year}, "
                "kręcimy drugi dzień etiudy „Kino” (PWSFTviT, II rok)."
            ),
        ),
        (
            "p",
            (
                f"Zbiórka ekipy o {hm(call, t)} przed wejściem do {p.name}, {p.street}, "
                f"{p.city}. Aktorzy od {hm(add_minutes(call, 60), t)}."
            ),
        ),
        ("h2", "Harmonogram"),
        ("li", f"{hm(add_minutes(call, -45), t)} odbiór sprzętu z magazynu (Kuba, Ola)"),
        ("li", f"{hm(call, t)} zbiórka całej ekipy"),
        ("li", f"{hm(add_minutes(call, 90), t)} pierwsze ujęcie (sc. 3, sala kinowa)"),
        ("li", f"{hm(add_minutes(call, 330), t)} obiad"),
        ("li", f"{hm(add_minutes(call, 600), t)} koniec zdjęć"),
        ("p", f"Wschód słońca {hm(rise, t)}, zachód {hm(fall, t)}."),
        ("h2", "Bezpieczeństwo"),
        (
            "p",
            (
                f"Najbliższy szpital: {p.hospital}, {p.hospital_address}, tel. "
                f"{p.hospital_phone}. Numer alarmowy 112."
            ),
        ),
        ("p", f"Parking: {p.base}. Na Rynek nie wjeżdżamy."),
    ]


def _wp_sheets() -> list[Sheet]:
    return [
        _wp(
            "austin",
            "BARTON SPRINGS",
            D(2026, 4, 11),
            "07:00",
            {"font": "times", "page": "letter", "time": "us_lower", "body": _wp_austin},
        ),
        _wp(
            "leeds",
            "THE DOME",
            D(2026, 5, 16),
            "08:30",
            {"font": "helvetica", "page": "A4", "time": "h24", "body": _wp_leeds},
        ),
        _wp(
            "krakow",
            "Kino",
            D(2026, 11, 7),
            "09:00",
            {"font": "serif", "page": "A4", "time": "dot", "body": _wp_krakow},
        ),
    ]


# --- near misses ------------------------------------------------------------------------------


def _wrap_party() -> bytes:
    """A wrap party invitation: a date, a start time, a venue address, an RSVP."""
    c = Canvas("letter", "serif")
    centre(c, 120, "You're invited!", 30)
    centre(c, 170, "HIGH DESERT", 22)
    centre(c, 192, "SEASON 1 WRAP PARTY", 16)
    y = 250.0
    for line in [
        "Saturday, April 4, 2026",
        "8:00 PM until late",
        "The Bungalow, 101 Wilshire Blvd, Santa Monica, CA 90401",
        "Open bar 8:00 - 10:00 PM · DJ · Gag reel at 9:30 PM",
        "Cast, crew and one guest. Bring your crew badge.",
        "Rideshare codes will be sent the day before. Please don't drive.",
        "RSVP to the production office by Friday, March 27: (818) 555-0170",
    ]:
        centre(c, y, line, 12, bold=False)
        y += 24
    return c.output()


def _blank_template() -> bytes:
    """A call sheet template left blank: every label, no values (not a day anyone can work)."""
    c = Canvas("letter", "helvetica")
    c.text(36, 40, "PRODUCTION COMPANY:", 8, bold=True)
    c.text(36, 60, "TITLE:", 12, bold=True)
    c.right(576, 40, "CALL SHEET", 16, bold=True)
    c.right(576, 58, "DATE: ______________________", 9)
    c.right(576, 72, "DAY ____ OF ____", 9)
    c.box(230, 30, 150, 50, 1.2)
    centre(c, 46, "GENERAL CREW CALL", 9)
    centre(c, 70, "____:____ AM / PM", 11, bold=False)
    labels = [
        ("SHOOTING CALL", ""),
        ("BREAKFAST", ""),
        ("LUNCH", ""),
        ("EST. WRAP", ""),
        ("SUNRISE", ""),
        ("SUNSET", ""),
        ("WEATHER", ""),
    ]
    y = 110.0
    for label, _ in labels:
        c.text(36, y, f"{label}:", 9, bold=True)
        c.hline(130, 300, y + 2, 0.4)
        y += 16
    y2 = 110.0
    for label in ["SET LOCATION", "CREW PARKING / BASECAMP", "NEAREST HOSPITAL"]:
        c.box(320, y2 - 10, 256, 44)
        c.text(324, y2, label, 8, bold=True)
        y2 += 52
    y = max(y, y2) + 12
    c.text(36, y, "SC.    SET / DESCRIPTION    D/N    PAGES    CAST    LOCATION", 8, bold=True)
    c.grid(36, y + 6, [40.0, 200.0, 50.0, 60.0, 80.0, 110.0], [16.0] * 6)
    y += 120
    c.text(36, y, "CAST    CHARACTER    PICK UP    H/MU    ON SET    NOTES", 8, bold=True)
    c.grid(36, y + 6, [90.0, 110.0, 80.0, 80.0, 80.0, 100.0], [16.0] * 5)
    y += 110
    grey(c)
    c.text(
        36,
        y,
        "Template v3 - duplicate this page for each shoot day. Fill every field before sending.",
        7,
    )
    black(c)
    return c.output()


def _weather_report() -> bytes:
    """A shooting-day weather report: a date, a place, sunrise / sunset, hourly forecast."""
    c = Canvas("A4", "helvetica")
    c.text(40, 48, "SHOOT WEATHER BRIEFING", 15, bold=True)
    c.text(40, 64, "Prepared for CASTLE ROCK by Met Desk Ltd - issued 19/08/2026 16:00", 9)
    rows = [
        ("Forecast for", "Thursday 20 August 2026"),
        ("Area", "Edinburgh Castle Esplanade, Castlehill, Edinburgh EH1 2NG"),
        ("Sunrise / Sunset", "05:51 / 20:44"),
        ("Civil twilight", "05:08 / 21:27"),
        ("Summary", "Haar clearing by 10:00, then bright; light winds"),
    ]
    y = 96.0
    for label, value in rows:
        c.text(40, y, label, 9.5, bold=True)
        c.text(160, y, value, 9.5)
        y += 15
    y += 14
    for text, x in [
        ("TIME", 40),
        ("TEMP", 110),
        ("WIND", 170),
        ("RAIN %", 260),
        ("CLOUD", 330),
        ("VISIBILITY", 420),
    ]:
        c.text(x, y, text, 9, bold=True)
    c.hline(40, 555, y + 3)
    for hh, temp, wind, rain, cloud, vis in [
        ("06:00", "11°C", "SW 8 mph", "10", "Fog", "200 m"),
        ("09:00", "13°C", "SW 9 mph", "10", "Low cloud", "2 km"),
        ("12:00", "17°C", "W 11 mph", "5", "Sunny spells", "20 km"),
        ("15:00", "18°C", "W 12 mph", "5", "Sunny", "25 km"),
        ("18:00", "16°C", "W 9 mph", "10", "Fair", "25 km"),
    ]:
        y += 14
        for text, x in zip(
            [hh, temp, wind, rain, cloud, vis], [40, 110, 170, 260, 330, 420], strict=True
        ):
            c.text(x, y, text, 9)
    y += 26
    c.text(40, y, "Next update 05:00 on the day. Questions: met desk 0131 555 0142.", 8.5)
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet("other_wrap_party", "near_miss", "wrap party invitation", _wrap_party, OTHER),
        _sheet(
            "other_blank_template", "near_miss", "blank call sheet template", _blank_template, OTHER
        ),
        _sheet(
            "other_weather_report", "near_miss", "shoot weather briefing", _weather_report, OTHER
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_ca_sheets(),
        *_studio_sheets(),
        *_uk_sheets(),
        *_pl_sheets(),
        *_celtic_sheets(),
        *_copro_sheets(),
        *_wp_sheets(),
        *_other_sheets(),
    ]
