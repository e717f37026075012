"""Twenty-second held-out set: new variants of the sheets users send most (`fresh21_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets: each
family follows a documented convention (CONVENTIONS.md, "fresh21"). A Vancouver / Montreal
commercial company's one-page template with numbered cells ("1. DATE", "2. CREW CALL", value
in the cell below its label), a Polish regional "dzienny plan pracy", a Polish e-mailed plan
with a revision mark ("WERSJA 2", "ZMIANA"), a UK branded-content sheet with a plain DATE |
UNIT CALL | LOCATION grid and a "Nearest A&E" line under it, a spreadsheet "Print to PDF"
export with narrow wrapped columns and merged header cells, and an Australian / NZ TV drama
sheet with "Unit Base", "Crew Parking" and "Nearest Hospital". Three near misses (a household
"callsheet", a budget top sheet, a screenplay excerpt) must read as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one
a family); most sheets are ordinary.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.corpus.draw import Canvas, black, centre, grey, struck
from tests.corpus.formats import ROMAN, add_minutes, pl_weekday
from tests.corpus.fresh_common import clock, date_or, expect, fill, sheet_maker, time_or, wrap
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, cell, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # Canadian commercial one-pagers: Vancouver, North Vancouver, Montreal
    "vancouver": _p(
        "ca",
        "Dr. Sun Yat-Sen Classical Chinese Garden",
        "578 Carrall St",
        "Vancouver, BC V6B 5K2",
        49.2797,
        -123.1040,
        "America/Vancouver",
        "Mount Saint Joseph Hospital",
        "3080 Prince Edward St",
        "Vancouver, BC V5T 3N4",
        "(604) 874-1141",
        "180 Keefer St",
        "Vancouver, BC V6A 1X4",
    ),
    "northvan": _p(
        "ca",
        "Lonsdale Quay Market",
        "123 Carrie Cates Ct",
        "North Vancouver, BC V7M 3K7",
        49.3100,
        -123.0830,
        "America/Vancouver",
        "Lions Gate Hospital",
        "231 E 15th St",
        "North Vancouver, BC V7L 2L7",
        "(604) 988-3131",
        "125 Victory Ship Way",
        "North Vancouver, BC V7L 0B2",
    ),
    "montreal": _p(
        "ca",
        "Marché Atwater",
        "138 Av. Atwater",
        "Montréal, QC H4C 2H6",
        45.4800,
        -73.5770,
        "America/Toronto",
        "Montreal General Hospital",
        "1650 Av. Cedar",
        "Montréal, QC H3G 1A4",
        "(514) 934-1934",
        "2595 Rue Saint-Patrick",
        "Montréal, QC H3K 1B4",
    ),
    # Polish regional daily plans: Kraków, Gdańsk, Wrocław
    "krakow": _p(
        "pl",
        "Muzeum Manggha",
        "ul. Marii Konopnickiej 26",
        "30-302 Kraków",
        50.0510,
        19.9320,
        "Europe/Warsaw",
        "Szpital Miejski Specjalistyczny im. G. Narutowicza",
        "ul. Prądnicka 35-37",
        "31-202 Kraków",
        "12 257 80 00",
        "ul. Ludwinowska 1",
        "30-331 Kraków",
    ),
    "gdansk": _p(
        "pl",
        "Muzeum II Wojny Światowej",
        "pl. Władysława Bartoszewskiego 1",
        "80-862 Gdańsk",
        54.3560,
        18.6600,
        "Europe/Warsaw",
        "Szpital im. Mikołaja Kopernika",
        "ul. Nowe Ogrody 1-6",
        "80-803 Gdańsk",
        "58 764 01 00",
        "ul. Wałowa 27",
        "80-858 Gdańsk",
    ),
    "wroclaw": _p(
        "pl",
        "Panorama Racławicka",
        "ul. Jana Ewangelisty Purkyniego 11",
        "50-155 Wrocław",
        51.1100,
        17.0440,
        "Europe/Warsaw",
        "Wojewódzki Szpital Specjalistyczny we Wrocławiu",
        "ul. Henryka Michała Kamieńskiego 73a",
        "51-124 Wrocław",
        "71 327 00 00",
        "ul. Kardynała Stefana Wyszyńskiego 3",
        "50-307 Wrocław",
    ),
    # Polish e-mailed plans with a revision: Łódź, Zamość, Sandomierz
    "lodz": _p(
        "pl",
        "Muzeum Kinematografii",
        "pl. Zwycięstwa 1",
        "90-312 Łódź",
        51.7600,
        19.4700,
        "Europe/Warsaw",
        "Szpital im. dr. Władysława Biegańskiego",
        "ul. Kniaziewicza 1/5",
        "91-347 Łódź",
        "42 251 60 00",
        "ul. Targowa 61/63",
        "90-323 Łódź",
    ),
    "zamosc": _p(
        "pl",
        "Ratusz w Zamościu",
        "Rynek Wielki 13",
        "22-400 Zamość",
        50.7170,
        23.2530,
        "Europe/Warsaw",
        "Szpital Wojewódzki im. Papieża Jana Pawła II",
        "al. Jana Pawła II 10",
        "22-400 Zamość",
        "84 677 33 33",
        "ul. Partyzantów 3",
        "22-400 Zamość",
    ),
    "sandomierz": _p(
        "pl",
        "Zamek Królewski w Sandomierzu",
        "ul. Zamkowa 12",
        "27-600 Sandomierz",
        50.6780,
        21.7450,
        "Europe/Warsaw",
        "Szpital Specjalistyczny Ducha Świętego",
        "ul. Schinzla 13",
        "27-600 Sandomierz",
        "15 815 20 11",
        "ul. Mickiewicza 34",
        "27-600 Sandomierz",
    ),
    # UK branded content: Cheltenham, Chester, Worcester
    "cheltenham": _p(
        "uk",
        "The Wilson",
        "Clarence St",
        "Cheltenham GL50 3JT",
        51.9020,
        -2.0770,
        "Europe/London",
        "Cheltenham General Hospital",
        "Sandford Rd",
        "Cheltenham GL53 7AN",
        "0300 422 2222",
        "Royal Well Rd",
        "Cheltenham GL50 3DN",
    ),
    "chester": _p(
        "uk",
        "Chester Town Hall",
        "Northgate St",
        "Chester CH1 2HJ",
        53.1915,
        -2.8920,
        "Europe/London",
        "Countess of Chester Hospital",
        "Liverpool Rd",
        "Chester CH2 1UL",
        "01244 365000",
        "Frodsham St",
        "Chester CH1 3JJ",
    ),
    "worcester": _p(
        "uk",
        "The Commandery",
        "Sidbury",
        "Worcester WR1 2HU",
        52.1890,
        -2.2180,
        "Europe/London",
        "Worcestershire Royal Hospital",
        "Charles Hastings Way",
        "Worcester WR5 1DD",
        "01905 763333",
        "Copenhagen St",
        "Worcester WR1 2HB",
    ),
    # spreadsheet exports: Cincinnati, Charleston, Toowoomba
    "cincinnati": _p(
        "us",
        "Cincinnati Music Hall",
        "1241 Elm St",
        "Cincinnati, OH 45202",
        39.1100,
        -84.5190,
        "America/New_York",
        "University of Cincinnati Medical Center",
        "234 Goodman St",
        "Cincinnati, OH 45219",
        "(513) 584-1000",
        "1400 Central Pkwy",
        "Cincinnati, OH 45202",
    ),
    "charleston": _p(
        "us",
        "Gibbes Museum of Art",
        "135 Meeting St",
        "Charleston, SC 29401",
        32.7790,
        -79.9310,
        "America/New_York",
        "MUSC Health University Medical Center",
        "171 Ashley Ave",
        "Charleston, SC 29425",
        "(843) 792-2300",
        "34 St Philip St",
        "Charleston, SC 29401",
    ),
    "toowoomba": _p(
        "au",
        "Empire Theatre",
        "54 Neil St",
        "Toowoomba City QLD 4350",
        -27.5610,
        151.9520,
        "Australia/Brisbane",
        "Toowoomba Hospital",
        "Pechey St",
        "South Toowoomba QLD 4350",
        "(07) 4616 6000",
        "Russell St",
        "Toowoomba City QLD 4350",
    ),
    # Australian / NZ TV dramas: Newcastle, Launceston, Nelson
    "newcastle": _p(
        "au",
        "Newcastle Museum",
        "6 Workshop Way",
        "Newcastle NSW 2300",
        -32.9240,
        151.7650,
        "Australia/Sydney",
        "John Hunter Hospital",
        "Lookout Rd",
        "New Lambton Heights NSW 2305",
        "(02) 4921 3000",
        "Honeysuckle Dr",
        "Newcastle NSW 2300",
    ),
    "launceston": _p(
        "au",
        "Queen Victoria Museum at Inveresk",
        "2 Invermay Rd",
        "Invermay TAS 7248",
        -41.4270,
        147.1390,
        "Australia/Hobart",
        "Launceston General Hospital",
        "274-280 Charles St",
        "Launceston TAS 7250",
        "(03) 6777 6777",
        "Forster St",
        "Invermay TAS 7248",
    ),
    "nelson": _p(
        "nz",
        "The Suter Art Gallery",
        "208 Bridge St",
        "Nelson 7010",
        -41.2740,
        173.2880,
        "Pacific/Auckland",
        "Nelson Hospital",
        "98 Waimea Rd",
        "Nelson South, Nelson 7010",
        "03 546 1800",
        "Trafalgar St",
        "Nelson 7010",
    ),
}


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    _h, m, h12, ap = clock(hhmm)
    forms = {
        "a": f"{h12}:{m:02d}{ap[0]}",  # Canadian commercial "7:00A"
        "au_dot": f"{h12}.{m:02d}{ap.lower()}",  # Australian "7.00am"
        "au_colon": f"{h12}:{m:02d}{ap.lower()}",
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    wd4 = {"Tue": "Tues", "Thu": "Thurs"}.get(f"{d:%a}", f"{d:%a}")
    forms = {
        "ca_tues": f"{wd4} {d:%b} {d.day}, {d.year}",  # "Tues Nov 3, 2026"
        "pl_roman_wd": f"{pl_weekday(d)} {d.day}.{ROMAN[d.month - 1]}.{d.year}",
        "pl_dots2": f"{d:%d.%m.%Y}",  # "12.11.2026"
        "au_long": f"{d:%A} {d.day} {d:%B} {d.year}",
        "au_short": f"{d:%a} {d.day} {d:%b} {d.year}",
        "au_slash": f"{d:%d/%m/%y}",
        "au_num4": f"{d.day}/{d.month}/{d.year}",  # day first
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh21")


def _lines(c: Canvas, x: float, y: float, lines: list[str], size: float, lead: float) -> float:
    for ln in lines:
        c.text(x, y, ln, size)
        y += lead
    return y


# --- (1) Canadian commercial one-pager: numbered cells, value below label ----------------------


def _ca(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        x0 = 36.0
        c.text(x0, 46, g["company"], 15, bold=True)
        c.text(x0, 60, g["company_line"], 7.5)
        c.right(W - x0, 46, "CALL SHEET", 15, bold=True)
        c.right(W - x0, 60, f"Job # {g['job']}", 8)
        c.hline(x0, W - x0, 70, 1.2)
        c.text(x0, 88, f"PROJECT: {title}", 10, bold=True)
        c.text(x0, 101, f"CLIENT: {g['client']}    AGENCY: {g['agency']}", 8)
        c.text(x0, 113, f"DIRECTOR: {g['director']}    PRODUCER: {g['producer']}", 8)
        cw = (W - 2 * x0) / 3
        rows = [
            [
                ("1. DATE", [day_text(day, g["date_style"]), g["day_of"]]),
                ("2. CREW CALL", g.get("call_lines", [hm(call, t)])),
                ("3. LOCATION", [p.name, p.street, p.city, g["set"]]),
            ],
            [
                ("4. PARKING / BASECAMP", [p.base_street, p.base_city, g["parking"]]),
                (
                    "5. NEAREST HOSPITAL",
                    [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
                ),
                ("6. WEATHER", [g["weather"], f"Sunrise {hm(rise, t)}", f"Sunset {hm(fall, t)}"]),
            ],
            [
                ("7. BREAKFAST", [hm(add_minutes(call, -30), t) + " (on set)"]),
                ("8. LUNCH", [hm(add_minutes(call, 360), t)]),
                ("9. EST. WRAP", [hm(add_minutes(call, 660), t)]),
            ],
        ]
        heights = [70.0, 62.0, 36.0]
        y = 126.0
        c.grid(x0, y, [cw, cw, cw], heights)
        for row, h in zip(rows, heights, strict=True):
            for i, (lab, vals) in enumerate(row):
                big = lab == "2. CREW CALL"
                cell(c, x0 + i * cw, y, cw, lab, vals, size=14 if big and len(vals) == 1 else 8)
            y += h
        y += 22
        c.text(x0, y, "SCHEDULE", 9, bold=True)
        for tm, what in g["schedule"]:
            y += 12
            c.text(x0 + 4, y, hm(add_minutes(call, tm), t), 8)
            c.text(x0 + 70, y, what, 8)
        y += 24
        c.text(x0, y, "TALENT", 9, bold=True)
        for name, role, off in g["talent"]:
            y += 12
            c.text(x0 + 4, y, name, 8)
            c.text(x0 + 160, y, role, 8)
            c.text(x0 + 320, y, f"Call {hm(add_minutes(call, off), t)}", 8)
        y += 24
        c.text(x0, y, "CREW", 9, bold=True)
        for k, (pos, name, off) in enumerate(g["crew"]):
            yy = y + 12 * (k // 2 + 1)
            xx = x0 + 4 + (k % 2) * 270
            c.text(xx, yy, f"{pos}: {name}", 8)
            c.text(xx + 180, yy, hm(add_minutes(call, off), t), 8)
        grey(c)
        c.text(x0, 750, g["footer"], 6.5)
        black(c)
        return c.output()

    return _sheet(
        f"ca_{key}",
        "ca_numbered",
        "Canadian commercial one-pager: numbered cells (1. DATE, 2. CREW CALL, 3. LOCATION), "
        "value below label",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _ca_crew() -> list[tuple[str, str, int]]:
    return [
        ("1st AD", "Noor Haddad", 0),
        ("DOP", "Kai Lindqvist", 0),
        ("Gaffer", "Rosa Ng", -30),
        ("Key Grip", "Dev Malhotra", -30),
        ("Art Director", "Sloane Picard", -60),
        ("HMU", "Ivy Tremblay", -60),
        ("Wardrobe", "Jun Park", -60),
        ("Sound", "Marc-Olivier Roy", 0),
    ]


def _ca_sheets() -> list[Sheet]:
    return [
        _ca(
            "vancouver",
            "JADE TEA - WINTER BLEND",
            D(2026, 11, 3),
            "07:00",
            {
                "time": "a",
                "company": "False Creek Pictures Inc.",
                "company_line": "300 - 1238 Homer St, Vancouver BC · office 604-555-0148",
                "job": "FCP-2611",
                "client": "Jade Tea Co.",
                "agency": "Rain City Creative",
                "director": "Mei Tanaka",
                "producer": "Owen Farrell",
                "date_style": "mon_slash_yy",
                "day_of": "Day 1 of 2",
                "set": "Courtyard and scholar's study",
                "parking": "Crew parking in the Keefer St lot",
                "weather": "Rain, 9°C",
                "schedule": [
                    (0, "Crew call / load in"),
                    (90, "First shot: courtyard pour"),
                    (240, "Study interior"),
                ],
                "talent": [("Lena Choi", "Host", 60), ("Sam Beaudry", "Guest", 120)],
                "crew": _ca_crew(),
                "footer": "Garden is open to the public from 10:00A. No haze. Quiet on the rocks.",
            },
        ),
        _ca(
            "northvan",
            "SEABUS SEASON PASS",
            D(2026, 9, 22),
            "06:30",
            {
                "time": "us",
                "company": "Burrard Inlet Films Ltd.",
                "company_line": "88 Esplanade W, North Vancouver BC · 604-555-0191",
                "job": "BIF-0412",
                "client": "Harbour Transit",
                "agency": "Lions Bay Agency",
                "director": "Callum Reyes",
                "producer": "Priya Sandhu",
                "date_style": "ca_tues",
                "day_of": "Shoot day 1 of 1",
                "set": "Market atrium and pier",
                "parking": "Basecamp at the Shipyards lot",
                "weather": "Sunny, 17°C",
                "schedule": [(0, "Crew call"), (60, "Pier sunrise plate"), (180, "Atrium")],
                "talent": [("Ana Folau", "Commuter", 30)],
                "crew": _ca_crew(),
                "footer": "Market opens 9:00 AM: keep walkways clear. Film permit on set.",
            },
        ),
        _ca(
            "montreal",
            "FROMAGERIE DU COIN",
            D(2026, 10, 15),
            "07:30",
            {
                "time": "a",
                "company": "Productions Lachine inc.",
                "company_line": "4200 Rue Saint-Ambroise, Montréal QC · 514-555-0127",
                "job": "PL-26-088",
                "client": "Fromagerie du Coin",
                "agency": "Agence Mile End",
                "director": "Élodie Gagnon",
                "producer": "Luc Bergeron",
                "date_style": "mon_slash_yy",
                "day_of": "Day 2 of 3",
                # HARD: the crew call cell also prints the earlier HMU / wardrobe call under it
                # (expected: the crew call, 7:30A)
                "call_lines": ["7:30A", "HMU / Wardrobe 6:30A"],
                "set": "Cheese counter and market hall",
                "parking": "Unit parking Rue Saint-Patrick",
                "weather": "Cloudy, 11°C",
                "schedule": [(0, "Crew call"), (90, "Counter hero"), (270, "Hall wide")],
                "talent": [("Jeanne Dubois", "Fromagère", -60), ("Rémi Caron", "Client", 60)],
                "crew": _ca_crew(),
                "footer": "Market vendors open at 7:00A: load in by the Rue Saint-Ambroise side.",
            },
        ),
    ]


# --- (2) Polish regional "dzienny plan pracy" ---------------------------------------------------


def _pl(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        x0 = 40.0
        fill(c, x0, 30, W - 2 * x0, 30, 225)
        c.text(x0 + 6, 50, f"DZIENNY PLAN PRACY nr {g['nr']}", 13, bold=True)
        c.right(W - x0 - 6, 50, title, 12, bold=True)
        c.text(x0, 76, g["company"], 8)
        if "sent" in g:
            c.right(W - x0, 76, g["sent"], 7.5)
        c.text(x0, 96, day_text(day, g["date_style"]), 12, bold=True)
        c.right(W - x0, 96, g["day_of"], 10, bold=True)
        rows = [
            ("Zbiórka produkcji", hm(add_minutes(call, -60), t)),
            ("Zbiórka ekipy", hm(call, t)),
            ("Śniadanie", hm(add_minutes(call, -30), t)),
            ("Obiad", hm(add_minutes(call, 330), t)),
            ("Planowane zakończenie", hm(add_minutes(call, 600), t)),
        ]
        y = 124.0
        lw = 130.0
        c.grid(x0, y - 12, [lw, 120], [16.0] * len(rows))
        for lab, val in rows:
            c.text(x0 + 4, y, lab, 8.5, bold=True)
            c.text(x0 + lw + 4, y, val, 8.5)
            y += 16
        rx = x0 + lw + 140
        c.text(rx, 124, "Wschód / zachód słońca", 8.5, bold=True)
        c.text(rx, 138, f"{hm(rise, t)} / {hm(fall, t)}", 8.5)
        c.text(rx, 160, "Pogoda", 8.5, bold=True)
        c.text(rx, 174, g["weather"], 8.5)
        y += 14
        blocks = [
            ("Miejsce zdjęć", [p.name, p.address, g["set"]]),
            ("Baza", [p.base, g["base_note"]]),
            ("Szpital", [p.hospital, p.hospital_address, f"tel. {p.hospital_phone}"]),
        ]
        for lab, vals in blocks:
            c.text(x0, y, lab, 9, bold=True)
            for v in vals:
                fit(c, x0 + 110, y, v, 9, W - 2 * x0 - 110)
                y += 12
            y += 6
        y += 8
        fill(c, x0, y - 10, W - 2 * x0, 14, 225)
        c.text(x0 + 3, y, "SCENY", 8, bold=True)
        xs = [0, 40, 300, 350, 400]
        y += 13
        for h, dx in zip(["Sc.", "Opis", "P/N", "Str.", "Obsada"], xs, strict=True):
            c.text(x0 + 3 + dx, y, h, 7.5, bold=True)
        for row in g["scenes"]:
            y += 13
            for v, dx in zip(row, xs, strict=True):
                fit(c, x0 + 3 + dx, y, v, 8, 250 if dx == 40 else 45 if dx < 400 else 110)
        y += 26
        fill(c, x0, y - 10, W - 2 * x0, 14, 225)
        c.text(x0 + 3, y, "OBSADA", 8, bold=True)
        for actor, role, off in g["cast"]:
            y += 13
            c.text(x0 + 3, y, actor, 8)
            c.text(x0 + 150, y, role, 8)
            c.text(x0 + 300, y, f"charakteryzacja {hm(add_minutes(call, off), t)}", 8)
        y += 26
        c.text(x0, y, "Uwagi:", 8, bold=True)
        for ln in wrap(c, g["notes"], 8, W - 2 * x0 - 40):
            c.text(x0 + 40, y, ln, 8)
            y += 11
        c.text(x0, 800, f"Kierownik produkcji: {g['kp']}", 7.5)
        return c.output()

    return _sheet(
        f"pl_{key}",
        "pl_dpp",
        "Polish regional dzienny plan pracy: ruled time box, Miejsce zdjęć / Baza / Szpital",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _pl_sheets() -> list[Sheet]:
    return [
        _pl(
            "krakow",
            "OGRÓD WIŚNI",
            D(2026, 11, 12),
            "07:00",
            {
                "time": "dot",
                "nr": 14,
                "company": "Wawel Film Studio sp. z o.o. · ul. Dietla 50, 31-039 Kraków",
                "date_style": "pl_weekday_genitive",
                "day_of": "Dzień zdjęciowy 14/30",
                "weather": "pochmurno, 6°C",
                "set": "sala wystawowa i taras nad Wisłą",
                "base_note": "kampery i catering na parkingu",
                "scenes": [
                    ("41", "Hana oprowadza gości po wystawie", "D", "2", "1, 3"),
                    ("42", "Taras: rozmowa z Tomkiem", "D", "1 3/8", "1, 2"),
                ],
                "cast": [("Aiko Nowak", "Hana", -90), ("Piotr Wilk", "Tomek", -30)],
                "notes": "Muzeum otwarte dla zwiedzających od 10.00. Zakaz dymu w salach.",
                "kp": "Agnieszka Sowa, tel. 600 555 014",
            },
        ),
        _pl(
            "gdansk",
            "PORT",
            D(2026, 9, 3),
            "06:30",
            {
                "time": "h24",
                "nr": 5,
                "company": "Bałtyk Film sp. z o.o. · ul. Ogarna 90, 80-826 Gdańsk",
                "date_style": "pl_dots2",
                "day_of": "Dzień 5 z 24",
                "weather": "słonecznie, 19°C, wiatr NW",
                "set": "hol główny i plac przed muzeum",
                "base_note": "baza techniczna, wjazd od ul. Wałowej",
                "scenes": [
                    ("12", "Plac: demonstracja", "D", "3", "1-4, stat."),
                    ("13", "Hol: Marta szuka brata", "D", "1", "2"),
                ],
                "cast": [("Marta Lis", "Marta", -60), ("Igor Kret", "Janek", 30)],
                "notes": "40 statystów: zbiórka w bazie, kostiumy od 5.30.",
                "kp": "Jacek Brzoza, tel. 601 555 022",
            },
        ),
        _pl(
            "wroclaw",
            "ODRA",
            D(2026, 11, 19),
            "08:00",
            {
                "time": "dot",
                "nr": 9,
                "company": "Odra Pictures sp. z o.o. · ul. Ruska 46, 50-079 Wrocław",
                # HARD: the sent date and hour stand above the shooting date, which is printed
                # with a Roman-numeral month (expected: 19.XI.2026)
                "sent": "wysłano: 17.11.2026, godz. 21.40",
                "date_style": "pl_roman_wd",
                "day_of": "Dzień zdjęciowy 9/20",
                "weather": "mgła rano, 4°C",
                "set": "rotunda i hol wejściowy",
                "base_note": "autobus ekipy przy ul. Kardynała Wyszyńskiego",
                "scenes": [
                    ("20", "Rotunda: przewodnik i wycieczka", "D", "2 2/8", "1, 5"),
                    ("21", "Hol: spotkanie po latach", "D", "1 4/8", "1, 2"),
                ],
                "cast": [("Olga Dąb", "Ewa", -60), ("Marek Sowiński", "Adam", 0)],
                "notes": "Dzień zamknięty dla zwiedzających. Obuwie ochronne w rotundzie.",
                "kp": "Kinga Mroczek, tel. 602 555 031",
            },
        ),
    ]


# --- (3) Polish e-mailed plan with a revision ("WERSJA 2", "ZMIANA") ---------------------------


def _rev(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "mono")
        W = c.width
        x0 = 50.0
        s = 9.0
        lead = 13.0
        y = 50.0
        for lab, val in [
            ("Od:", g["from"]),
            ("Do:", "ekipa@lista.example"),
            ("Data:", g["sent"]),
            ("Temat:", f"{title} - PLAN ZDJĘĆ dzień {g['n']} - WERSJA 2 (ZMIANA)"),
        ]:
            c.text(x0, y, lab, s, bold=True)
            fit(c, x0 + 55, y, val, s, W - 2 * x0 - 55)
            y += lead
        c.hline(x0, W - x0, y - 6, 0.4)
        y += 10
        y = _lines(c, x0, y, ["Cześć,", g["intro"]], s, lead) + 6
        c.text(x0, y, f"*** WERSJA 2 *** {g['change']}", s, bold=True)
        y += lead * 1.6
        c.text(x0, y, f"{title}", 11, bold=True)
        y += lead
        c.text(x0, y, f"DZIEŃ ZDJĘCIOWY {g['n']} z {g['of']}", s)
        y += lead
        c.text(x0, y, f"DATA ZDJĘĆ: {day_text(day, g['date_style'])}", s, bold=True)
        y += lead * 1.5
        rows: list[tuple[str, Any]] = [
            ("ZBIÓRKA PRODUKCJI:", hm(add_minutes(call, -45), t)),
            ("ZBIÓRKA EKIPY:", g.get("call_old")),
            ("OBIAD:", g.get("lunch_old")),
            ("MIEJSCE ZDJĘĆ:", f"{p.name}, {p.address}"),
            ("", g["set"]),
            ("BAZA / PARKING:", p.base),
            ("SZPITAL:", f"{p.hospital}, {p.hospital_address}, tel. {p.hospital_phone}"),
            ("WSCHÓD SŁOŃCA:", hm(rise, t)),
            ("ZACHÓD SŁOŃCA:", hm(fall, t)),
        ]
        for lab, val in rows:
            c.text(x0, y, lab, s, bold=True)
            vx = x0 + 130
            if lab == "ZBIÓRKA EKIPY:":
                new = hm(call, t)
                if val:  # the superseded call struck through, the new one after it
                    w = struck(c, vx, y, val, s)
                    c.text(vx + w + 10, y, f"{new}  <- ZMIANA", s, bold=True)
                else:
                    c.text(vx, y, new, s)
            elif lab == "OBIAD:":
                lunch = hm(add_minutes(call, 300), t)
                c.text(vx, y, f"{lunch}{f'  (było {val})' if val else ''}", s)
            else:
                lines = wrap(c, val, s, W - x0 - vx)
                for k, ln in enumerate(lines):
                    c.text(vx, y + k * lead, ln, s)
                y += lead * (len(lines) - 1)
            y += lead
        y += lead
        c.text(x0, y, "SCENY:", s, bold=True)
        for sc in g["scenes"]:
            y += lead
            c.text(x0 + 20, y, sc, s)
        y += lead * 2
        c.text(x0, y, "OBSADA:", s, bold=True)
        for a in g["cast"]:
            y += lead
            c.text(x0 + 20, y, a, s)
        y += lead * 2
        y = _lines(c, x0, y, ["Pozdrawiam,", g["sign"]], s, lead)
        return c.output()

    return _sheet(
        f"rev_{key}",
        "pl_revision",
        "Polish e-mailed typed plan, WERSJA 2 with the changed value marked",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _rev_sheets() -> list[Sheet]:
    return [
        _rev(
            "lodz",
            "TAŚMA",
            D(2026, 10, 8),
            "08:00",
            {
                "time": "dot",
                "n": 6,
                "of": 18,
                "from": "Ewa Pająk <kierownik.produkcji@tasma-film.example>",
                "sent": "wt., 6 paź 2026, 22:14",
                "intro": "w załączeniu i poniżej plan na czwartek po zmianie godzin.",
                "change": "przesunięta zbiórka ekipy",
                # HARD: the old crew call is printed struck through before the new one
                # (expected: the new call, 8.00)
                "call_old": "7.00",
                "date_style": "pl_weekday_genitive",
                "set": "sala kinowa i foyer na parterze",
                "scenes": ["sc. 30 - foyer, premiera (D)", "sc. 31 - sala kinowa, projekcja (N)"],
                "cast": ["Zofia Kręt - Irena (charakteryzacja 7.00)", "Adam Bór - Olek (8.30)"],
                "sign": "Ewa Pająk, kierownik produkcji, tel. 603 555 044",
            },
        ),
        _rev(
            "zamosc",
            "RYNEK",
            D(2026, 8, 27),
            "07:00",
            {
                "time": "h24",
                "n": 3,
                "of": 12,
                "from": "Produkcja Roztocze Film <produkcja@roztocze.example>",
                "sent": "wtorek, 25 sierpnia 2026 19:05",
                "intro": "wersja 2 planu na czwartek: zmienia się tylko godzina obiadu.",
                "change": "OBIAD przesunięty",
                "lunch_old": "12:30",
                "date_style": "pl_dots_short",
                "set": "sala obrad i schody ratusza",
                "scenes": ["sc. 7 - schody ratusza, ślub (D)", "sc. 8 - sala obrad (D)"],
                "cast": ["Hanna Grad - Lena (06:00)", "Tymon Raj - Bartek (07:30)"],
                "sign": "Maciej Kos, II reżyser",
            },
        ),
        _rev(
            "sandomierz",
            "OJCIEC I SYN",
            D(2026, 6, 16),
            "06:00",
            {
                "time": "dot",
                "n": 11,
                "of": 15,
                "from": "Ola Zięba <ola@wisla-film.example>",
                "sent": "pon., 15 cze 2026, 21:02",
                "intro": "poprawiona wersja: doszła scena 44, reszta bez zmian.",
                "change": "dopisana sc. 44",
                "date_style": "pl_roman",
                "set": "dziedziniec zamkowy i krużganek",
                "scenes": [
                    "sc. 43 - dziedziniec, świt (D)",
                    "sc. 44 - krużganek (D) - NOWA",
                ],
                "cast": ["Jerzy Kamień - ojciec (5.00)", "Kuba Las - syn (5.30)"],
                "sign": "Ola Zięba, asystentka kierownika produkcji",
            },
        ),
    ]


# --- (4) UK branded content: plain DATE | UNIT CALL | LOCATION grid, A&E line below -------------


def _uk(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "helvetica")
        W = c.width
        x0 = 42.0
        c.text(x0, 48, g["company"], 12, bold=True)
        c.text(x0, 61, g["company_line"], 7.5)
        c.right(W - x0, 48, "CALL SHEET", 12, bold=True)
        c.right(W - x0, 61, g["version"], 7.5)
        c.text(x0, 92, title, 14, bold=True)
        c.text(x0, 106, f"Brand: {g['brand']}   ·   Agency: {g['agency']}   ·   {g['kind']}", 8)
        widths = [150.0, 100.0, W - 2 * x0 - 250]
        y = 122.0
        c.grid(x0, y, widths, [16.0, 56.0])
        for h, dx in zip(["DATE", "UNIT CALL", "LOCATION"], [0, 150, 250], strict=True):
            c.text(x0 + dx + 4, y + 11, h, 8, bold=True)
        c.text(x0 + 4, y + 30, day_text(day, g["date_style"]), 8.5)
        c.text(x0 + 4, y + 42, g["day_of"], 8)
        c.text(x0 + 154, y + 32, hm(call, t), 14, bold=True)
        if "call_note" in g:
            c.text(x0 + 154, y + 46, g["call_note"], 7)
        _lines(c, x0 + 254, y + 28, [p.name, p.address, g["set"]], 8, 10)
        y += 72 + 12
        c.text(x0, y, f"Nearest A&E: {p.hospital}, {p.hospital_address} - {p.hospital_phone}", 8)
        y += 24
        c.text(x0, y, "Unit base / parking:", 8, bold=True)
        c.text(x0 + 90, y, f"{p.base}. {g['base_note']}", 8)
        y += 12
        c.text(x0, y, f"Sunrise {hm(rise, t)}  ·  Sunset {hm(fall, t)}  ·  {g['weather']}", 8)
        y += 26
        fill(c, x0, y - 10, W - 2 * x0, 14, 230)
        c.text(x0 + 3, y, "SCHEDULE", 8, bold=True)
        for off, what in g["schedule"]:
            y += 13
            c.text(x0 + 3, y, hm(add_minutes(call, off), t), 8)
            c.text(x0 + 60, y, what, 8)
        y += 26
        fill(c, x0, y - 10, W - 2 * x0, 14, 230)
        c.text(x0 + 3, y, "TALENT", 8, bold=True)
        for name, role, off in g["talent"]:
            y += 13
            c.text(x0 + 3, y, name, 8)
            c.text(x0 + 150, y, role, 8)
            c.text(x0 + 300, y, f"Pick up {hm(add_minutes(call, off), t)}", 8)
        y += 26
        fill(c, x0, y - 10, W - 2 * x0, 14, 230)
        c.text(x0 + 3, y, "CREW", 8, bold=True)
        for k, (pos, name) in enumerate(g["crew"]):
            yy = y + 13 * (k // 2 + 1)
            c.text(x0 + 3 + (k % 2) * 255, yy, f"{pos}  {name}", 8)
        grey(c)
        c.text(
            x0, 800, "Hi-vis on the street at all times. Report any accident to the producer.", 7
        )
        black(c)
        return c.output()

    return _sheet(
        f"uk_{key}",
        "uk_branded",
        "UK branded-content sheet: DATE | UNIT CALL | LOCATION grid, Nearest A&E line below",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _uk_crew() -> list[tuple[str, str]]:
    return [
        ("Producer", "Hattie Quinn 07700 900311"),
        ("Director", "Rob Ashdown"),
        ("1st AD", "Femi Adebayo 07700 900412"),
        ("DoP", "Cerys Lloyd"),
        ("Gaffer", "Dan Pike"),
        ("Sound", "Ollie Marsh"),
        ("HMU", "Zara Khan"),
        ("Runner", "Alfie Boyce"),
    ]


def _uk_sheets() -> list[Sheet]:
    return [
        _uk(
            "cheltenham",
            "GOLD CUP GIN - RACE WEEK",
            D(2026, 11, 17),
            "08:00",
            {
                "time": "military",
                "company": "Cotswold Edge Films Ltd",
                "company_line": "Studio 3, Montpellier Walk, Cheltenham · 01242 555 019",
                "version": "v2 - issued 16/11/26",
                "brand": "Gold Cup Gin",
                "agency": "Regency Social",
                "kind": "Branded content: 3 x 30s social",
                "date_style": "uk_long",
                "day_of": "Day 1 of 1",
                "set": "Gallery 3 and the café",
                "base_note": "Vans on Royal Well Rd, no parking outside the museum",
                "weather": "Showers, 8°C",
                "schedule": [
                    (0, "Unit call, load in"),
                    (60, "Set 1: gallery cocktail"),
                    (240, "Lunch"),
                    (300, "Set 2: café"),
                ],
                "talent": [("Isla Monroe", "Bartender", -60), ("Kwame Osei", "Guest", 0)],
                "crew": _uk_crew(),
            },
        ),
        _uk(
            "chester",
            "ROWS & RIVER - CHRISTMAS",
            D(2026, 12, 1),
            "07:30",
            {
                "time": "military",
                "company": "Dee Street Productions",
                "company_line": "12 Watergate St, Chester · 01244 555 062",
                "version": "Final",
                "brand": "Chester BID",
                "agency": "in-house",
                "kind": "Tourism film, 60s + cutdowns",
                "date_style": "uk_short",
                "day_of": "Day 2 of 2",
                # HARD: a breakfast time sits in the unit call cell under the call
                # (expected: 0730)
                "call_note": "(Breakfast from 0700)",
                "set": "Assembly Room and Town Hall steps",
                "base_note": "Unit base in Frodsham St car park",
                "weather": "Dry, cold, 3°C",
                "schedule": [(0, "Unit call"), (90, "Steps, choir"), (300, "Assembly Room")],
                "talent": [("Chester Cathedral choir (12)", "Choir", 30)],
                "crew": _uk_crew(),
            },
        ),
        _uk(
            "worcester",
            "PORCELAIN & PEARS",
            D(2026, 9, 29),
            "07:00",
            {
                "time": "h24",
                "company": "Severn Side Media",
                "company_line": "The Hive, Sawmill Walk, Worcester · 01905 555 088",
                "version": "v1",
                "brand": "Worcester Pear Co.",
                "agency": "Malvern & Moss",
                "kind": "Branded documentary short",
                "date_style": "uk_plain",
                "day_of": "Day 3 of 4",
                "set": "Great Hall and Tudor garden",
                "base_note": "Unit base in Copenhagen St car park",
                "weather": "Bright, 15°C",
                "schedule": [(0, "Unit call"), (45, "Garden GVs"), (210, "Great Hall interview")],
                "talent": [("Dr Ruth Penney", "Contributor", 120)],
                "crew": _uk_crew(),
            },
        ),
    ]


# --- (5) spreadsheet "Print to PDF": narrow wrapped cells, merged header cells ------------------


def _xls(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas(g["page"], "sans", orientation="L")
        W = c.width
        x0 = 30.0
        vw = (W - 2 * x0 - 4 * 62.0) / 4  # label and value columns alternate
        cols = [62.0, vw] * 4
        xs = [x0 + sum(cols[:i]) for i in range(len(cols) + 1)]
        size = 7.0
        lead = 8.5
        y = 30.0
        # merged header row: title across all columns
        c.box(x0, y, W - 2 * x0, 22)
        c.text(x0 + 4, y + 15, f"{title} - CALL SHEET", 11, bold=True)
        c.right(W - x0 - 4, y + 15, g["company"], 8)
        y += 22
        # merged section heads: SCHEDULE over cols 0-3, CONDITIONS over 4-7
        c.box(x0, y, xs[4] - x0, 13)
        c.box(xs[4], y, xs[8] - xs[4], 13)
        fill(c, x0 + 0.5, y + 0.5, xs[8] - x0 - 1, 12, 215)
        c.box(x0, y, xs[4] - x0, 13)
        c.box(xs[4], y, xs[8] - xs[4], 13)
        c.text(x0 + 3, y + 10, "SCHEDULE", 7, bold=True)
        c.text(xs[4] + 3, y + 10, "CONDITIONS", 7, bold=True)
        y += 13

        def row(cells: list[Any], bold_cols: tuple[int, ...] = (0, 2, 4, 6)) -> None:
            """One sheet row; a cell given as a list keeps its typed line breaks (Alt+Enter)."""
            nonlocal y
            wrapped = []
            for i, v in enumerate(cells):
                parts = v if isinstance(v, list) else [v]
                lines = [ln for part in parts for ln in wrap(c, part, size, cols[i] - 5)]
                wrapped.append(lines)
            h = max(len(w) for w in wrapped) * lead + 4
            c.grid(x0, y, cols, [h])
            for i, lines in enumerate(wrapped):
                for k, ln in enumerate(lines):
                    c.text(xs[i] + 2.5, y + 8.5 + k * lead, ln, size, bold=i in bold_cols)
            y += h

        def merged(label: str, value: str) -> None:
            """A label cell and one value cell merged across the rest of the row."""
            nonlocal y
            c.grid(x0, y, [cols[0], xs[8] - xs[1]], [12.5])
            c.text(x0 + 2.5, y + 8.5, label, size, bold=True)
            c.text(xs[1] + 2.5, y + 8.5, value, size)
            y += 12.5

        row(
            [
                "DATE",
                day_text(day, g["date_style"]),
                "CREW CALL",
                hm(call, t),
                "SUNRISE",
                hm(rise, t),
                "WEATHER",
                g["weather"],
            ]
        )
        row(
            [
                "DAY",
                g["day_of"],
                "SHOOTING CALL",
                hm(add_minutes(call, 60), t),
                "SUNSET",
                hm(fall, t),
                "LUNCH",
                hm(add_minutes(call, 360), t),
            ]
        )
        y += 8
        c.box(x0, y, xs[8] - x0, 13)
        fill(c, x0 + 0.5, y + 0.5, xs[8] - x0 - 1, 12, 215)
        c.text(x0 + 3, y + 10, "LOCATIONS", 7, bold=True)
        y += 13
        row(
            [
                "LOCATION",
                [p.name, p.street, p.city],
                "SET",
                g["set"],
                "PARKING",
                [p.base_street, p.base_city],
                "NOTES",
                g["parking"],
            ]
        )
        merged("HOSPITAL", f"{p.hospital}, {p.hospital_address}, {p.hospital_phone}")
        y += 8
        heads = ["SC", "SET / DESCRIPTION", "D/N", "PGS", "CAST", "LOC", "NOTES", ""]
        row(heads, tuple(range(8)))
        for sc in g["scenes"]:
            row(list(sc), ())
        y += 8
        row(["CAST", "ROLE", "PICK UP", "MU/WARD", "ON SET", "", "", ""], tuple(range(8)))
        for name, role, off in g["cast"]:
            row(
                [
                    name,
                    role,
                    hm(add_minutes(call, off - 30), t),
                    hm(add_minutes(call, off), t),
                    hm(add_minutes(call, off + 60), t),
                    "",
                    "",
                    "",
                ],
                (),
            )
        grey(c)
        c.text(x0, y + 16, f"Sheet1 · printed {g['printed']}", 6)
        black(c)
        return c.output()

    return _sheet(
        f"xls_{key}",
        "xls_export",
        "spreadsheet Print to PDF: narrow wrapped cells, merged header and section cells",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _xls_sheets() -> list[Sheet]:
    return [
        _xls(
            "cincinnati",
            "QUEEN CITY NIGHTS",
            D(2026, 10, 20),
            "07:00",
            {
                "page": "letter",
                "time": "us",
                "company": "Over-the-Rhine Films LLC",
                "date_style": "us_long",
                "day_of": "4 of 12",
                "weather": "Partly cloudy, 61°F / 44°F",
                "set": "Springer Auditorium stage and lobby",
                "parking": "Crew parking in the Central Pkwy surface lot",
                "scenes": [
                    ("18", "INT. MUSIC HALL STAGE - rehearsal", "D", "2 1/8", "1, 2", "1", "", ""),
                    (
                        "19",
                        "INT. LOBBY - intermission fight",
                        "N",
                        "1 4/8",
                        "1, 3",
                        "1",
                        "BG 40",
                        "",
                    ),
                ],
                "cast": [("Nia Brooks", "JUNE", 0), ("Caleb Voss", "EMMETT", 60)],
                "printed": "10/19/2026 9:12 PM",
            },
        ),
        _xls(
            "charleston",
            "LOWCOUNTRY",
            D(2026, 3, 10),
            "06:30",
            {
                "page": "letter",
                "time": "us_lower",
                "company": "Tidewater Pictures",
                "date_style": "us_numeric",
                "day_of": "Day 2 of 6",
                "weather": "Humid, 72°F, 20% rain",
                "set": "Rotunda gallery and garden",
                "parking": "Basecamp at the St Philip St lot",
                "scenes": [
                    ("7", "INT. GIBBES ROTUNDA - the auction", "D", "3", "1-4", "1", "", ""),
                    ("9", "EXT. MUSEUM GARDEN - the deal", "D", "1", "1, 2", "1", "", ""),
                ],
                "cast": [("Laurel Hayes", "MAGNOLIA", 0), ("Otis Grant", "BEAU", 90)],
                "printed": "3/9/2026 10:48 PM",
            },
        ),
        _xls(
            "toowoomba",
            "RANGE COUNTRY",
            D(2026, 11, 24),
            "07:00",
            {
                "page": "A4",
                "time": "au_colon",
                "company": "Darling Downs Screen Pty Ltd",
                # HARD: an Australian day-first numeric date (expected: 24 November)
                "date_style": "au_num4",
                "day_of": "Day 6 of 20",
                "weather": "Fine, 29°C",
                "set": "Main auditorium and foyer",
                "parking": "Crew parking Russell St, enter via the loading dock",
                "scenes": [
                    (
                        "22",
                        "INT. EMPIRE THEATRE - the eisteddfod",
                        "D",
                        "2 4/8",
                        "1, 4",
                        "1",
                        "",
                        "",
                    ),
                    ("23", "INT. FOYER - Mum finds Jess", "D", "6/8", "1, 2", "1", "", ""),
                ],
                "cast": [("Jess Whitlam", "KIRRA", 0), ("Sharon Poole", "MUM", 60)],
                "printed": "23/11/2026 8:05 pm",
            },
        ),
    ]


# --- (6) Australian / NZ TV drama: Unit Base, Crew Parking, Nearest Hospital --------------------


def _anz(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "helvetica")
        W = c.width
        x0 = 40.0
        centre(c, 44, title, 16)
        centre(c, 58, f"{g['episode']}  ·  {g['company']}", 8, bold=False)
        c.hline(x0, W - x0, 68, 0.8)
        c.text(x0, 88, day_text(day, g["date_style"]), 11, bold=True)
        c.text(x0, 102, g["day_of"], 9)
        bx = W - x0 - 150
        c.box(bx, 76, 150, 40, 1.2)
        c.text(bx + 8, 90, "UNIT CALL", 8, bold=True)
        c.text(bx + 8, 110, hm(call, t), 16, bold=True)
        c.text(x0, 128, f"Sunrise {hm(rise, g['sun'])}   Sunset {hm(fall, g['sun'])}", 8.5)
        c.text(x0 + 200, 128, f"Weather: {g['weather']}", 8.5)
        y = 152.0
        if "side_by_side" in g:
            # HARD: LOCATION and UNIT BASE in two columns on the same baselines
            mid = x0 + (W - 2 * x0) / 2
            c.text(x0, y, "LOCATION 1", 8.5, bold=True)
            c.text(mid, y, "UNIT BASE", 8.5, bold=True)
            left = [p.name, p.street, p.city, g["set"]]
            right = [p.base_street, p.base_city, g["base_note"], ""]
            for k, (a, b) in enumerate(zip(left, right, strict=True)):
                c.text(x0, y + 12 * (k + 1), a, 8.5)
                if b:
                    c.text(mid, y + 12 * (k + 1), b, 8.5)
            y += 12 * 5 + 8
            c.text(x0, y, "Crew Parking:", 8.5, bold=True)
            c.text(x0 + 90, y, g["parking"], 8.5)
            y += 14
        else:
            for lab, val in [
                ("Location:", f"{p.name}, {p.address}"),
                ("", g["set"]),
                ("Unit Base:", f"{p.base} ({g['base_note']})"),
                ("Crew Parking:", g["parking"]),
            ]:
                c.text(x0, y, lab, 8.5, bold=True)
                fit(c, x0 + 90, y, val, 8.5, W - 2 * x0 - 90)
                y += 14
        hosp = f"{p.hospital}, {p.hospital_address}, {p.hospital_phone}"
        if g.get("hospital_foot"):
            hy = 790.0
        else:
            hy = y
            y += 14
        c.text(x0, hy, "Nearest Hospital:", 8.5, bold=True)
        c.text(x0 + 90, hy, hosp, 8.5)
        c.text(x0, y, "Emergency:", 8.5, bold=True)
        c.text(x0 + 90, y, g["emergency"], 8.5)
        y += 26
        fill(c, x0, y - 10, W - 2 * x0, 14, 220)
        for h, dx in zip(["SC", "SET", "D/N", "PGS", "CAST"], [0, 40, 300, 340, 380], strict=True):
            c.text(x0 + 3 + dx, y, h, 7.5, bold=True)
        for sc in g["scenes"]:
            y += 13
            for v, dx in zip(sc, [0, 40, 300, 340, 380], strict=True):
                c.text(x0 + 3 + dx, y, v, 8)
        y += 26
        fill(c, x0, y - 10, W - 2 * x0, 14, 220)
        for h, dx in zip(
            ["ARTIST", "CHARACTER", "P/UP", "M/U", "ON SET"], [0, 130, 260, 320, 380], strict=True
        ):
            c.text(x0 + 3 + dx, y, h, 7.5, bold=True)
        for name, role, off in g["cast"]:
            y += 13
            vals = [
                name,
                role,
                hm(add_minutes(call, off - 45), t),
                hm(add_minutes(call, off), t),
                hm(add_minutes(call, off + 75), t),
            ]
            for v, dx in zip(vals, [0, 130, 260, 320, 380], strict=True):
                c.text(x0 + 3 + dx, y, v, 8)
        y += 26
        c.text(x0, y, "Meals:", 8.5, bold=True)
        c.text(
            x0 + 90,
            y,
            f"Breakfast {hm(add_minutes(call, -30), t)} at Unit Base · "
            f"Lunch {hm(add_minutes(call, 330), t)}",
            8.5,
        )
        return c.output()

    return _sheet(
        f"anz_{key}",
        "anz_drama",
        "Australian / NZ TV drama sheet: UNIT CALL box, Unit Base, Crew Parking, Nearest Hospital",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _anz_sheets() -> list[Sheet]:
    return [
        _anz(
            "newcastle",
            "STEEL CITY",
            D(2026, 11, 10),
            "07:00",
            {
                "time": "military",
                "sun": "au_dot",
                "episode": "Series 2, Episode 4",
                "company": "Hunter River Television Pty Ltd",
                "date_style": "au_long",
                "day_of": "Shoot Day 17 of 45",
                "weather": "Sunny, 27°C, NE sea breeze",
                "set": "Great Hall and the blacksmith's shop",
                "base_note": "trucks, wardrobe and catering",
                "parking": "Honeysuckle Dr public car park, level 2 (bring your pass)",
                "emergency": "000 · Unit medic on set",
                "scenes": [
                    ("4/21", "INT. GREAT HALL - the strike meeting", "D", "2 3/8", "1, 2, 5"),
                    ("4/22", "INT. BLACKSMITH SHOP - Mick forges", "D", "1 1/8", "2"),
                ],
                "cast": [("Tash Moretti", "ROSE", 0), ("Mick Halloran", "DES", 45)],
            },
        ),
        _anz(
            "launceston",
            "THE TAMAR",
            D(2026, 12, 8),
            "07:30",
            {
                "time": "au_dot",
                "sun": "au_dot",
                "episode": "Episode 6",
                "company": "Cataract Gorge Films",
                "date_style": "au_short",
                "day_of": "Day 22 of 30",
                "side_by_side": True,
                "weather": "Cloudy, 18°C",
                "set": "Railway workshops gallery",
                "base_note": "Forster St entrance",
                "parking": "Inveresk precinct car park (north)",
                "emergency": "000 · Medic: Ben 0400 555 104",
                "scenes": [
                    ("6/30", "INT. WORKSHOP - the old engine", "D", "1 6/8", "1, 3"),
                    ("6/31", "INT. GALLERY - Annie's exhibition", "D", "2", "1, 2, 4"),
                ],
                "cast": [("Annie Kerr", "ANNIE", 0), ("Lachlan Byrne", "TOM", 90)],
                "hospital_foot": True,
            },
        ),
        _anz(
            "nelson",
            "TASMAN BAY",
            D(2026, 2, 17),
            "06:30",
            {
                "time": "military",
                "sun": "au_colon",
                "episode": "Season 1 · Ep 3",
                "company": "Kaiteriteri Pictures Ltd",
                "date_style": "au_slash",
                "day_of": "Day 8 of 26",
                "weather": "Fine, 24°C",
                "set": "Upstairs gallery and the Queens Gardens edge",
                "base_note": "catering and make-up trucks",
                "parking": "Crew park at Trafalgar Centre, walk 5 min",
                "emergency": "111 · Unit medic on set",
                "scenes": [
                    ("3/11", "INT. SUTER GALLERY - the painting", "D", "2", "1, 2"),
                    ("3/12", "EXT. QUEENS GARDENS - Hemi waits", "D", "4/8", "3"),
                ],
                "cast": [("Aroha Ngata", "MERE", 0), ("Hemi Walker", "HEMI", 60)],
            },
        ),
    ]


# --- near misses --------------------------------------------------------------------------------


def _household() -> bytes:
    """A family's weekly planner titled "callsheet": chores and pick-ups with times."""
    c = Canvas("A4", "helvetica", orientation="L")
    W = c.width
    c.text(40, 44, "THE OKAFOR-NOWAK HOUSE CALLSHEET", 16, bold=True)
    c.text(40, 60, "Week of Monday 16 November 2026 · 14 Birch Lane · fridge copy", 9)
    days = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]
    cw = (W - 80 - 70) / 7
    c.grid(40, 76, [70.0] + [cw] * 7, [16.0, 44.0, 44.0, 44.0, 44.0])
    for i, d in enumerate(days):
        c.text(40 + 70 + i * cw + 4, 88, d, 8, bold=True)
    rows = [
        ("Wake up", ["6:45", "6:45", "6:45", "6:45", "6:45", "8:30", "9:00"]),
        ("School run", ["Dad 8:10", "Mum 8:10", "Dad 8:10", "Mum 8:10", "Dad 8:10", "-", "-"]),
        (
            "Chores",
            ["bins out", "hoover", "laundry", "dog walk", "bathroom", "garden", "meal prep"],
        ),
        ("Pick-up", ["swim 17:30", "3:15", "piano 16:00", "3:15", "3:15", "footy 10:00", "-"]),
    ]
    y = 92.0
    for lab, vals in rows:
        c.text(44, y + 18, lab, 8, bold=True)
        for i, v in enumerate(vals):
            fit(c, 40 + 70 + i * cw + 4, y + 18, v, 8, cw - 8)
        y += 44
    c.text(40, y + 30, "Dinner: 18:30 sharp. Screens off 20:00. Grandma arrives Saturday 11:00.", 9)
    return c.output()


def _budget() -> bytes:
    """A two-page production budget top sheet: account codes and totals."""
    c = Canvas("letter", "helvetica")
    W = c.width
    c.text(40, 50, "HARBOUR LIGHTS - BUDGET TOP SHEET", 14, bold=True)
    c.text(40, 66, "Draft 3 · 20 shoot days · 4 locations · prepared 2 Nov 2026", 8.5)
    accts = [
        ("1100", "Story & rights", 45000),
        ("1200", "Producers", 180000),
        ("1300", "Director", 120000),
        ("1400", "Cast", 310000),
        ("2000", "Production staff", 96000),
        ("2100", "Extra talent", 22000),
        ("2200", "Set design & construction", 140000),
        ("2500", "Camera", 88000),
        ("2600", "Electric & grip", 74000),
        ("2800", "Locations (incl. permits, security, base camp)", 63000),
        ("2900", "Transportation", 52000),
        ("3200", "Catering / craft service", 41000),
        ("4000", "Post production", 160000),
        ("6500", "Insurance", 38000),
        ("6800", "Contingency 10%", 142900),
    ]
    y = 96.0
    c.text(40, y, "ACCT", 8, bold=True)
    c.text(90, y, "DESCRIPTION", 8, bold=True)
    c.right(W - 40, y, "TOTAL (USD)", 8, bold=True)
    for code, desc, amt in accts:
        y += 16
        c.text(40, y, code, 8.5)
        c.text(90, y, desc, 8.5)
        c.right(W - 40, y, f"{amt:,}", 8.5)
    y += 22
    c.hline(40, W - 40, y - 12, 0.8)
    c.text(90, y, "GRAND TOTAL", 9, bold=True)
    c.right(W - 40, y, f"{sum(a for _, _, a in accts):,}", 9, bold=True)
    c.new_page()
    c.text(40, 50, "2800 LOCATIONS - detail", 12, bold=True)
    y = 76.0
    for line, amt in [
        ("Site fees, 4 locations x 5 days", 30000),
        ("Permits and police (call time 6:00 AM daily)", 8500),
        ("Security, nights", 9600),
        ("Base camp rental and power", 11000),
        ("Nearest hospital standby medic, 20 days", 3900),
    ]:
        c.text(40, y, line, 8.5)
        c.right(W - 40, y, f"{amt:,}", 8.5)
        y += 16
    return c.output()


def _screenplay() -> bytes:
    """A screenplay excerpt: a title page, then scene headings, action and dialogue."""
    c = Canvas("letter", "courier")
    W = c.width
    centre(c, 260, "TIDE TABLES", 14)
    centre(c, 290, "Written by", 11, bold=False)
    centre(c, 306, "Maren Holt", 11, bold=False)
    c.text(72, 700, "Draft 4 - 2 October 2026", 10)
    c.text(72, 714, "Contact: Coastline Agency, 555-0147", 10)
    c.new_page()
    c.right(W - 72, 50, "12.", 11)
    y = 90.0
    body = [
        ("h", "EXT. HARBOUR WALL - DAWN"),
        ("a", "Grey light. NORA (40s) sets a thermos on the wall and checks her watch: 6:10."),
        ("c", "NORA"),
        ("d", "He said crew call was seven."),
        ("a", "A van pulls up. SAMI (20s) jumps out with a call sheet in his teeth."),
        ("c", "SAMI"),
        ("d", "Location moved. Hospital car park, the old one on Quay Road."),
        ("h", "INT. VAN - CONTINUOUS"),
        ("a", "Cables, a coffee urn, a map of the coast with the set circled in red."),
        ("c", "NORA"),
        ("d", "Then we're late. Drive."),
    ]
    for kind, txt in body:
        if kind == "h":
            y += 12
            c.text(108, y, txt, 11, bold=True)
        elif kind == "a":
            for ln in wrap(c, txt, 11, W - 108 - 72):
                c.text(108, y, ln, 11)
                y += 13
            y -= 13
        elif kind == "c":
            c.text(252, y, txt, 11)
        else:
            c.text(180, y, txt, 11)
        y += 20
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "other_household",
            "near_miss",
            "household weekly planner titled CALLSHEET",
            _household,
            OTHER,
        ),
        _sheet(
            "other_budget", "near_miss", "production budget top sheet (2 pages)", _budget, OTHER
        ),
        _sheet(
            "other_screenplay",
            "near_miss",
            "screenplay excerpt with title page",
            _screenplay,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_ca_sheets(),
        *_pl_sheets(),
        *_rev_sheets(),
        *_uk_sheets(),
        *_xls_sheets(),
        *_anz_sheets(),
        *_other_sheets(),
    ]
