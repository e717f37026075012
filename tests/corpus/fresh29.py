"""Thirtieth held-out set: the issue's hard kinds, third makers: revisions, plain grids, exports
(`fresh29_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets: sheets a
crew member receives, each family from a different real maker or convention (CONVENTIONS.md,
"fresh29"). A Vancouver / Toronto commercial company's one-page template, REVISED (numbered
labels with the value in the grid cell below: "1. DATE", "2. CREW CALL", "4. SET LOCATION";
"Thurs. Apr. 9/26", "6:45a", a "REVISED" stamp with "REV 2" and its revision line), a Łódź /
Gdynia TV series' "DZIENNY PLAN PRACY" as a ruled label-left grid (production call before the
crew call, lunch, tomorrow's call, "Data wysłania" beside the shooting date, "ul." / "al."
addresses with "NN-NNN Miasto"), a UK corporate / branded content company's plain grid (one ruled
row DATE | CREW CALL | SET LOCATION with its values under it, then left-aligned "Hospital:" and
"Parking:" lines a few millimetres below), a US / Canadian spreadsheet "Print to PDF" export
(letter-spaced labels and values, per-glyph runs, narrow wrapped columns, merged header cells), a
US TV series sheet in the Movie Magic / EP style with two sets for the day (a company move after
lunch, "CREW CALL" in the centre box, "Day 3 of 12", basecamp, NEAREST HOSPITAL in the footer) and
an Irish / New Zealand factual crew's e-mail memo ("Hi all, here's the plan for Thursday 9 April",
"Meet 0730 at ...", a second meeting point for the drive, no grid). Three near misses (a 57-page
production budget with a "Shoot days" line on page 1, a post-production plan, a wedding "run of
show" titled "Call Sheet") must read as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one
a family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
import random
from functools import partial
from typing import Any

from tests.corpus.draw import Canvas, black, centre, grey, measure, struck
from tests.corpus.formats import PL_GENITIVE, PL_WEEKDAYS, add_minutes
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
    # Vancouver / Toronto revised commercial template: Hotel Europe, Massey Hall, Gooderham
    "europe": _p(
        "ca",
        "Hotel Europe (Flatiron building)",
        "43 Powell St",
        "Vancouver, BC V6A 1E9",
        49.2839,
        -123.1043,
        "America/Vancouver",
        "St. Paul's Hospital",
        "1081 Burrard St",
        "Vancouver, BC V6Z 1Y6",
        "(604) 682-2344",
        "150 Water St (Gastown parkade)",
        "Vancouver, BC V6B 1B2",
    ),
    "massey": _p(
        "ca",
        "Massey Hall",
        "178 Victoria St",
        "Toronto, ON M5B 1T7",
        43.6541,
        -79.3790,
        "America/Toronto",
        "St. Michael's Hospital",
        "36 Queen St E",
        "Toronto, ON M5B 1W8",
        "(416) 360-4000",
        "Dundas Square lot, 10 Dundas St E",
        "Toronto, ON M5B 2G9",
    ),
    "gooderham": _p(
        "ca",
        "Gooderham Building",
        "49 Wellington St E",
        "Toronto, ON M5E 1C9",
        43.6484,
        -79.3745,
        "America/Toronto",
        "St. Michael's Hospital",
        "36 Queen St E",
        "Toronto, ON M5B 1W8",
        "(416) 360-4000",
        "Esplanade lot, 30 The Esplanade",
        "Toronto, ON M5E 1A7",
    ),
    # Łódź / Gdynia dzienny plan pracy: Księży Młyn, Dar Pomorza, Muzeum Emigracji
    "ksiezy": _p(
        "pl",
        "Księży Młyn (Pałac Herbsta)",
        "ul. Przędzalniana 72",
        "90-338 Łódź",
        51.7580,
        19.4850,
        "Europe/Warsaw",
        "Uniwersytecki Szpital Kliniczny im. N. Barlickiego",
        "ul. Kopcińskiego 22",
        "90-153 Łódź",
        "+48 42 677 67 00",
        "ul. Księży Młyn 14",
        "90-345 Łódź",
    ),
    "dar": _p(
        "pl",
        "Dar Pomorza (Nabrzeże Pomorskie)",
        "al. Jana Pawła II 1",
        "81-345 Gdynia",
        54.5194,
        18.5510,
        "Europe/Warsaw",
        "Szpital św. Wincentego a Paulo",
        "ul. Wójta Radtkego 1",
        "81-348 Gdynia",
        "+48 58 726 00 00",
        "ul. Waszyngtona 1",
        "81-342 Gdynia",
    ),
    "emigracja": _p(
        "pl",
        "Muzeum Emigracji (Dworzec Morski)",
        "ul. Polska 1",
        "81-339 Gdynia",
        54.5333,
        18.5480,
        "Europe/Warsaw",
        "Szpital św. Wincentego a Paulo",
        "ul. Wójta Radtkego 1",
        "81-348 Gdynia",
        "+48 58 726 00 00",
        "ul. Rotterdamska 9",
        "81-337 Gdynia",
    ),
    # UK corporate / branded plain grid: Kings Place, Royal Armouries, Tramway
    "kingsplace": _p(
        "uk",
        "Kings Place",
        "90 York Way",
        "London N1 9AG",
        51.5355,
        -0.1221,
        "Europe/London",
        "University College Hospital",
        "235 Euston Rd",
        "London NW1 2BU",
        "020 3456 7890",
        "Goods Way",
        "London N1C 4UR",
    ),
    "armouries": _p(
        "uk",
        "Royal Armouries Museum",
        "Armouries Dr",
        "Leeds LS10 1LT",
        53.7918,
        -1.5325,
        "Europe/London",
        "Leeds General Infirmary",
        "Great George St",
        "Leeds LS1 3EX",
        "0113 243 2799",
        "Clarence Dock car park, Armouries Way",
        "Leeds LS10 1LT",
    ),
    "tramway": _p(
        "uk",
        "Tramway",
        "25 Albert Dr",
        "Glasgow G41 2PE",
        55.8380,
        -4.2690,
        "Europe/London",
        "Queen Elizabeth University Hospital",
        "1345 Govan Rd",
        "Glasgow G51 4TF",
        "0141 201 1100",
        "Pollokshields East station lot",
        "Glasgow G41 2PE",
    ),
    # US / Canadian spreadsheet exports: Mill City Museum, Pantages Playhouse, American Sign Museum
    "millcity": _p(
        "us",
        "Mill City Museum",
        "704 S 2nd St",
        "Minneapolis, MN 55401",
        44.9787,
        -93.2571,
        "America/Chicago",
        "Hennepin County Medical Center",
        "701 Park Ave",
        "Minneapolis, MN 55415",
        "(612) 873-3000",
        "Mill City Quarter lot, 300 Portland Ave S",
        "Minneapolis, MN 55401",
    ),
    "pantages": _p(
        "ca",
        "Pantages Playhouse Theatre",
        "180 Market Ave",
        "Winnipeg, MB R3B 0P7",
        49.8990,
        -97.1372,
        "America/Winnipeg",
        "Health Sciences Centre",
        "820 Sherbrook St",
        "Winnipeg, MB R3A 1R9",
        "(204) 774-6511",
        "Old Market Square lot, 133 King St",
        "Winnipeg, MB R3B 1J2",
    ),
    "signmuseum": _p(
        "us",
        "American Sign Museum",
        "1330 Monmouth Ave",
        "Cincinnati, OH 45225",
        39.1429,
        -84.5390,
        "America/New_York",
        "University of Cincinnati Medical Center",
        "234 Goodman St",
        "Cincinnati, OH 45219",
        "(513) 584-1000",
        "Camp Washington lot, 3000 Colerain Ave",
        "Cincinnati, OH 45225",
    ),
    # US TV series with two sets: Ponce City Market, Thalian Hall, Phipps Conservatory
    "ponce": _p(
        "us",
        "Ponce City Market",
        "675 Ponce de Leon Ave NE",
        "Atlanta, GA 30308",
        33.7726,
        -84.3655,
        "America/New_York",
        "Emory University Hospital Midtown",
        "550 Peachtree St NE",
        "Atlanta, GA 30308",
        "(404) 686-4411",
        "Historic Fourth Ward Park lot, 680 Dallas St NE",
        "Atlanta, GA 30308",
    ),
    "thalian": _p(
        "us",
        "Thalian Hall",
        "310 Chestnut St",
        "Wilmington, NC 28401",
        34.2367,
        -77.9460,
        "America/New_York",
        "Novant Health New Hanover Regional Medical Center",
        "2131 S 17th St",
        "Wilmington, NC 28401",
        "(910) 667-7000",
        "2nd St parking deck, 115 N 2nd St",
        "Wilmington, NC 28401",
    ),
    "phipps": _p(
        "us",
        "Phipps Conservatory and Botanical Gardens",
        "1 Schenley Park",
        "Pittsburgh, PA 15213",
        40.4390,
        -79.9470,
        "America/New_York",
        "UPMC Presbyterian",
        "200 Lothrop St",
        "Pittsburgh, PA 15213",
        "(412) 647-2345",
        "Schenley Oval lot, Overlook Dr",
        "Pittsburgh, PA 15213",
    ),
    # Irish / New Zealand factual crew memo: Kylemore Abbey, Glasnevin Cemetery, Zealandia
    "kylemore": _p(
        "ie",
        "Kylemore Abbey",
        "Pollacappul",
        "Connemara, Co. Galway, H91 VR90",
        53.5615,
        -9.8892,
        "Europe/Dublin",
        "University Hospital Galway",
        "Newcastle Rd",
        "Galway, H91 YR71",
        "091 524 222",
        "Galway Cathedral car park, Gaol Rd",
        "Galway, H91 A780",
    ),
    "glasnevin": _p(
        "ie",
        "Glasnevin Cemetery Museum",
        "Finglas Rd",
        "Glasnevin, Dublin 11, D11 XA32",
        53.3722,
        -6.2773,
        "Europe/Dublin",
        "Mater Misericordiae University Hospital",
        "Eccles St",
        "Dublin 7, D07 R2WY",
        "01 803 2000",
        "Prospect Square",
        "Glasnevin, Dublin 9",
    ),
    "zealandia": _p(
        "nz",
        "Zealandia Ecosanctuary",
        "53 Waiapu Rd",
        "Karori, Wellington 6012",
        -41.2903,
        174.7527,
        "Pacific/Auckland",
        "Wellington Regional Hospital",
        "49 Riddiford St",
        "Newtown, Wellington 6021",
        "04 385 5999",
        "Te Papa car park, Cable St",
        "Te Aro, Wellington 6011",
    ),
}

CA_WD = ["Mon.", "Tues.", "Wed.", "Thurs.", "Fri.", "Sat.", "Sun."]
CA_MON = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov."]
CA_MON.append("Dec.")


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "mm": f"{h12}:{m:02d}{ap[0]}",  # Movie Magic "6:45A"
        "pl_colon": f"{h}:{m:02d}",  # Polish "6:30"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        # "Thurs. Apr. 9/26"
        "ca_rev": f"{CA_WD[d.weekday()]} {CA_MON[d.month - 1]} {d.day}/{d:%y}",
        "pl_zero": f"{d:%d.%m.%Y}",  # "09.04.2026"
        "pl_wd_zero": f"{d:%d.%m.%Y} ({PL_WEEKDAYS[d.weekday()]})",
        "pl_gen": f"{d.day} {PL_GENITIVE[d.month - 1]} {d.year}",
        "xl": f"{d.month}/{d.day}/{d.year}",  # Excel's default "4/9/2026"
        "xl_long": f"{d:%A}, {d:%B} {d.day}, {d.year}",
        "ca_iso": d.isoformat(),
        "mm_top": f"{d:%A}, {d:%B} {d.day}, {d.year}",
        "mm_short": f"{d:%a} {d.month}/{d.day}/{d:%y}",
        "memo": f"{d:%A} {d.day} {d:%B}",  # "Thursday 9 April"
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh29")

# Tables as fresh26 draws them (fresh_common.head_table).
_rows = partial(head_table, size=8.0, shade=225, lead=12.5, head_rule=0.3)


def spaced(
    c: Canvas, x: float, y: float, text: str, size: float, sp: float, *, bold: bool = False
) -> float:
    """Text with a character spacing (the Tc operator), as spreadsheet exports letter-space it."""
    c._font(text, size, bold, None)
    c.pdf.set_char_spacing(sp)
    c.pdf.text(x, y, text)
    w = float(c.pdf.get_string_width(text))
    c.pdf.set_char_spacing(0)
    return w


# --- (1) Vancouver / Toronto commercial template, REVISED: numbered labels, value in the cell below


def _ca(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "us_letter"

    def make() -> bytes:
        c = Canvas("letter", g["font"])
        W = c.width
        x0 = 36.0
        right = W - x0
        c.box(x0, 30, 150, 34, 1.6)
        c.text(x0 + 10, 53, g["company"], 14, bold=True)
        grey(c, 90)
        c.text(x0, 76, g["company_addr"], 7.5)
        black(c)
        c.right(right, 46, "CALL SHEET", 20, bold=True)
        c.right(right, 60, f"Job # {g['job']}", 9)
        # the REVISED stamp, tilted, between the wordmark and the heading
        c.pdf.set_draw_color(180, 20, 20)
        c.pdf.set_text_color(180, 20, 20)
        with c.pdf.rotation(8, 300, 48):
            c.box(250, 28, 110, 38, 1.8)
            c.text(262, 48, "REVISED", 17, bold=True)
            c.text(283, 61, f"REV {g['rev']}", 9, bold=True)
        c.pdf.set_draw_color(0, 0, 0)
        black(c)
        y = 96.0
        c.text(x0, y, title, 15, bold=True)
        y += 13
        c.text(x0, y, f"Client: {g['client']}   |   Agency: {g['agency']}", 8.5)
        c.right(right, y, f"Director: {g['director']}   |   Producer: {g['producer']}", 8.5)
        y += 14
        fill(c, x0, y - 9, right - x0, 13, 245)
        c.text(x0 + 4, y, f"REV {g['rev']} ({g['rev_when']}): {g['rev_note']}", 8, bold=True)
        y += 10
        col = (right - x0) / 3
        # row 1: 1. DATE | 2. CREW CALL | 3. SHOOTING CALL
        h1 = 40.0
        for i in range(3):
            c.box(x0 + i * col, y, col, h1, 0.8)
        cell(c, x0, y, col, "1. DATE", [day_text(day, "ca_rev")], label_size=7, size=13)
        fit(c, x0 + col + 3, y + 10, "2. CREW CALL", 7, col - 6, bold=True)
        xx = x0 + col + 4
        if g.get("old_call"):
            # HARD: the old call struck through beside the new one
            xx += struck(c, xx, y + 31, hm(g["old_call"], t), 13) + 8
        c.text(xx, y + 31, hm(call, t), 16, bold=True)
        cell(
            c,
            x0 + 2 * col,
            y,
            col,
            "3. SHOOTING CALL",
            [hm(add_minutes(call, 75), t)],
            label_size=7,
            size=13,
        )
        y += h1
        # row 2: 4. SET LOCATION (two columns) | 5. UNIT BASE / PARKING
        h2 = 62.0
        c.box(x0, y, 2 * col, h2, 0.8)
        c.box(x0 + 2 * col, y, col, h2, 0.8)
        cell(
            c,
            x0,
            y,
            2 * col,
            "4. SET LOCATION",
            [p.name, p.street, p.city, g["set"]],
            label_size=7,
            size=9.5,
        )
        cell(
            c,
            x0 + 2 * col,
            y,
            col,
            "5. UNIT BASE / PARKING",
            [p.base_street, p.base_city, g["parking"]],
            label_size=7,
            size=8.5,
        )
        y += h2
        # row 3: 6. NEAREST HOSPITAL (two columns) | 7. SUNRISE / SUNSET
        h3 = 50.0
        c.box(x0, y, 2 * col, h3, 0.8)
        c.box(x0 + 2 * col, y, col, h3, 0.8)
        cell(
            c,
            x0,
            y,
            2 * col,
            "6. NEAREST HOSPITAL (EMERGENCY)",
            [p.hospital, p.hospital_address, p.hospital_phone],
            label_size=7,
            size=9,
        )
        cell(
            c,
            x0 + 2 * col,
            y,
            col,
            "7. SUNRISE / SUNSET",
            [f"{hm(rise, t)} / {hm(fall, t)}"],
            label_size=7,
            size=11,
        )
        y += h3
        # row 4: 8. WEATHER | 9. LUNCH | 10. EST. WRAP
        h4 = 36.0
        for i in range(3):
            c.box(x0 + i * col, y, col, h4, 0.8)
        cell(c, x0, y, col, "8. WEATHER", [g["weather"]], label_size=7, size=8.5)
        lunch = hm(add_minutes(call, 360), t)
        cell(c, x0 + col, y, col, "9. LUNCH", [lunch], label_size=7, size=11)
        wrap_t = hm(add_minutes(call, 660), t)
        cell(c, x0 + 2 * col, y, col, "10. EST. WRAP", [wrap_t], label_size=7, size=11)
        y += h4 + 20
        c.text(x0, y, "SCHEDULE", 10, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["TIME", "SHOT / DESCRIPTION", "TALENT", "NOTES"],
            [0, 60, 330, 430],
            [(hm(add_minutes(call, o), t), a, b, n) for o, a, b, n in g["schedule"]],
            right,
            size=8,
        )
        c.text(x0, y, "CREW", 10, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["POSITION", "NAME", "CELL", "CALL"],
            [0, 130, 290, 420],
            [(a, b, ph, hm(add_minutes(call, o), t)) for a, b, ph, o in g["crew"]],
            right,
            size=8,
        )
        c.text(x0, y, "TALENT", 10, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["ROLE", "NAME", "P/U", "H/MU", "ON SET"],
            [0, 130, 290, 360, 430],
            [
                (a, b, hm(add_minutes(call, o), t), hm(add_minutes(call, o + 15), t), s)
                for a, b, o, s in g["talent"]
            ],
            right,
            size=8,
        )
        nd = day + dt.timedelta(days=1)
        c.text(x0, y + 4, f"TOMORROW: {day_text(nd, 'ca_rev')} - {g['tomorrow']}", 8.5, bold=True)
        grey(c, 110)
        c.text(x0, c.pdf.h - 24, f"REV {g['rev']} supersedes all previous versions.", 7)
        c.right(right, c.pdf.h - 24, "No visitors on set without approval. Safety first.", 7)
        black(c)
        return c.output()

    return _sheet(
        f"ca_{key}",
        "ca_revised_numbered",
        "Vancouver / Toronto commercial template, REVISED: numbered labels, value below",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _ca_sheets() -> list[Sheet]:
    return [
        _ca(
            "europe",
            "Harbourline Bank - Small Wins",
            D(2026, 4, 9),
            "06:45",
            {
                "font": "helvetica",
                "company": "TIDEWATER",
                "company_addr": "Tidewater Pictures Inc., 315 Alexander St, Vancouver, BC V6A 1C4",
                "job": "TW-2611",
                "rev": 2,
                "rev_when": "Wed. Apr. 8/26, 9:40p",
                "rev_note": "crew call moved earlier for the dawn exterior; lunch updated.",
                # HARD: the old call struck through beside the new one in the CREW CALL cell
                "old_call": "07:15",
                "client": "Harbourline Credit Union",
                "agency": "Northshore & Co.",
                "director": "Maya Desrosiers",
                "producer": "Owen Takeda",
                "set": "Lobby and 3rd-floor corner suite",
                "parking": "Crew parking level P2; trucks on Powell St",
                "weather": "Showers, 9°C, wind SW 15 km/h",
                "schedule": [
                    (75, "Sc 1: exterior, the flatiron at dawn, wide", "Teller", "Rain cover"),
                    (180, "Sc 2: lobby, the cheque", "Teller, Customer", ""),
                    (360, "LUNCH", "", "Catering at base"),
                    (420, "Sc 3: corner suite, window light", "Customer", "Smoke"),
                ],
                "crew": [
                    ("Producer", "Owen Takeda", "604-555-0142", -30),
                    ("1st AD", "Priya Bains", "604-555-0173", -15),
                    ("DOP", "Luc Ferland", "604-555-0188", 0),
                    ("Gaffer", "Sam Oduya", "604-555-0121", -45),
                    ("Key Grip", "Jess Marchetti", "604-555-0165", -45),
                    ("HMU", "Ana Villanueva", "604-555-0109", -30),
                ],
                "talent": [
                    ("Teller", "Grace Lin", 0, "Sc 1, 2"),
                    ("Customer", "Darnell Hayes", 60, "Sc 2, 3"),
                ],
                "tomorrow": "wrap and returns, office 9:00a",
            },
        ),
        _ca(
            "massey",
            "Velvet Roast Coffee - Front Row",
            D(2026, 4, 16),
            "07:00",
            {
                "font": "sans",
                "company": "FOURTH WALL",
                "company_addr": "Fourth Wall Films, 401 Richmond St W, Suite 220, "
                "Toronto, ON M5V 3A8",
                "job": "FW-0412",
                "rev": 1,
                "rev_when": "Tues. Apr. 14/26, 6:15p",
                "rev_note": "talent call for the Usher added; parking now Dundas Square lot.",
                "client": "Velvet Roast Coffee Co.",
                "agency": "Maple & Brine",
                "director": "Ben Adeyemi",
                "producer": "Claire Fontaine",
                "set": "Auditorium, front rows and stage",
                "parking": "Trucks on Shuter St, crew cars Dundas Square lot",
                "weather": "Cloudy, 11°C",
                "schedule": [
                    (75, "Sh 1: the empty hall, crane wide", "", "Crane"),
                    (180, "Sh 2: the usher pours a cup in row A", "Usher", ""),
                    (360, "LUNCH", "", ""),
                    (420, "Sh 3: pack shot on stage", "", "Table-top"),
                ],
                "crew": [
                    ("Producer", "Claire Fontaine", "416-555-0190", -30),
                    ("1st AD", "Marco Bellini", "416-555-0155", -15),
                    ("DOP", "Hana Sato", "416-555-0137", 0),
                    ("Gaffer", "Rob McTavish", "416-555-0111", -60),
                    ("Art Director", "Yusuf Amin", "416-555-0148", -60),
                ],
                "talent": [("Usher", "Keira Walsh", 45, "Sh 2")],
                "tomorrow": "no shoot; edit begins Mon.",
            },
        ),
        _ca(
            "gooderham",
            "Alder Insurance - Corner Office",
            D(2026, 4, 21),
            "06:30",
            {
                "font": "helvetica",
                "company": "FOURTH WALL",
                "company_addr": "Fourth Wall Films, 401 Richmond St W, Suite 220, "
                "Toronto, ON M5V 3A8",
                "job": "FW-0419",
                "rev": 2,
                "rev_when": "Mon. Apr. 20/26, 8:05p",
                "rev_note": "schedule re-ordered (exterior first for the sun); crew list updated.",
                "client": "Alder Mutual Insurance",
                "agency": "Copperline Creative",
                "director": "Nadia Haddad",
                "producer": "Claire Fontaine",
                "set": "5th-floor point office (the flatiron's nose)",
                "parking": "Esplanade lot; no parking on Wellington St",
                "weather": "Sunny, 14°C",
                "schedule": [
                    (60, "Sh 1: exterior, the building's point from Front St", "", "Lock-off"),
                    (150, "Sh 2: the agent at the window", "Agent", ""),
                    (360, "LUNCH", "", ""),
                    (420, "Sh 3: the client signs", "Agent, Client", ""),
                ],
                "crew": [
                    ("Producer", "Claire Fontaine", "416-555-0190", -30),
                    ("1st AD", "Marco Bellini", "416-555-0155", -15),
                    ("DOP", "Tomasz Nowak", "416-555-0162", 0),
                    ("Gaffer", "Rob McTavish", "416-555-0111", -45),
                    ("Sound", "Dee Okafor", "416-555-0176", 0),
                ],
                "talent": [
                    ("Agent", "Lauren Price", 30, "Sh 2, 3"),
                    ("Client", "Hugh Barrett", 240, "Sh 3"),
                ],
                "tomorrow": "Wed. day 2 at Alder Mutual HQ, call 7:00a (separate sheet)",
            },
        ),
    ]


# --- (2) Łódź / Gdynia TV series "dzienny plan pracy": ruled label-left grid -----------------


def _pl(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "pl_colon"

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        x0 = 40.0
        right = W - x0
        c.text(x0, 40, g["company"], 9.5, bold=True)
        grey(c, 90)
        c.text(x0, 51, g["company_addr"], 7.5)
        black(c)
        c.right(right, 40, g["channel"], 9, bold=True)
        c.right(right, 51, f"Kierownik produkcji: {g['pm']}, tel. {g['pm_phone']}", 7.5)
        c.hline(x0, right, 58, 0.8)
        centre(c, 82, f"DZIENNY PLAN PRACY nr {g['dayno']}", 15)
        centre(c, 102, title, 17)
        centre(c, 116, g["episodes"], 9, bold=False)
        ndate = day + dt.timedelta(days=1)
        sent = [("Data wysłania", g["sent"])]
        shoot = [("Data zdjęć", day_text(day, g["date_style"]))]
        # HARD: the date the plan was sent stands above the shooting date, in the same form
        dates = sent + shoot if g.get("sent_first") else shoot + sent
        rows: list[tuple[str, list[str]]] = [
            *((a, [b]) for a, b in dates),
            ("Dzień zdjęciowy", [f"{g['dayno']} z {g['days']}"]),
            ("Zbiórka produkcji", [f"{hm(add_minutes(call, -45), t)} (produkcja, kierowcy)"]),
            ("Zbiórka ekipy", [hm(call, t)]),
            ("Gotowość do zdjęć", [hm(add_minutes(call, 75), t)]),
            ("Obiad", [f"{hm(add_minutes(call, 360), t)} \u2013 {hm(add_minutes(call, 405), t)}"]),
            ("Planowane zakończenie", [hm(add_minutes(call, 660), t)]),
            ("Obiekt zdjęciowy", [p.name, p.street, p.city, g["set"]]),
            ("Baza / parking", [f"{p.base_street}, {p.base_city}", g["base_note"]]),
            ("Szpital (SOR)", [p.hospital, p.hospital_address, f"tel. {p.hospital_phone}"]),
            ("Wschód / zachód słońca", [f"{hm(rise, t)} / {hm(fall, t)}"]),
            ("Pogoda", [g["weather"]]),
            (
                "Jutro",
                [
                    f"{PL_WEEKDAYS[ndate.weekday()]}, {day_text(ndate, g['date_style'])}"
                    f" \u2013 zbiórka {hm(g['tomorrow_call'], t)}",
                    g["tomorrow_set"],
                ],
            ),
        ]
        y = 130.0
        lw = 150.0
        for lab, lines in rows:
            h = 6 + 12.5 * len(lines)
            fill(c, x0, y, lw, h, 238)
            c.box(x0, y, lw, h, 0.5)
            c.box(x0 + lw, y, right - x0 - lw, h, 0.5)
            fit(c, x0 + 5, y + 12.5, lab, 9, lw - 10, bold=True)
            yy = y + 12.5
            big = lab == "Zbiórka ekipy"
            for k, ln in enumerate(lines):
                fit(
                    c,
                    x0 + lw + 6,
                    yy,
                    ln,
                    9.5,
                    right - x0 - lw - 12,
                    bold=big or (k == 0 and h > 20),
                )
                yy += 12.5
            y += h
        y += 22
        c.text(x0, y, "SCENY", 10.5, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["Sc.", "Obiekt / opis", "P/N", "Str.", "Obsada"],
            [0, 35, 300, 335, 370],
            g["scenes"],
            right,
            size=8.5,
        )
        c.text(x0, y, "OBSADA", 10.5, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["Rola", "Aktor", "Charakteryzacja", "Na planie"],
            [0, 120, 280, 400],
            [
                (a, b, hm(add_minutes(call, o), t), hm(add_minutes(call, o + 60), t))
                for a, b, o in g["cast"]
            ],
            right,
            size=8.5,
        )
        c.text(x0, y, "EKIPA \u2013 DYSPOZYCJE", 10.5, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["Pion", "Osoba", "Telefon", "Zbiórka"],
            [0, 130, 290, 420],
            [(a, b, ph, hm(add_minutes(call, o), t)) for a, b, ph, o in g["crew"]],
            right,
            size=8.5,
        )
        grey(c, 110)
        c.text(x0, c.pdf.h - 26, "Palenie tylko w wyznaczonych miejscach. Numer alarmowy: 112.", 7)
        c.right(right, c.pdf.h - 26, f"II reżyser: {g['ad']}", 7)
        black(c)
        return c.output()

    return _sheet(
        f"pl_{key}",
        "pl_plan_pracy_tv",
        "Łódź / Gdynia TV series dzienny plan pracy: ruled label-left grid, Data wysłania",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _pl_sheets() -> list[Sheet]:
    return [
        _pl(
            "ksiezy",
            "Przędza",
            D(2026, 4, 9),
            "06:30",
            {
                "company": "ŁÓDZKA GRUPA FILMOWA sp. z o.o.",
                "company_addr": "ul. Łąkowa 29, 90-554 Łódź  ·  biuro@lgf.example.pl",
                "channel": "Serial dla TVP2",
                "pm": "Agnieszka Wrona",
                "pm_phone": "+48 601 555 214",
                "dayno": 12,
                "days": 40,
                "episodes": "serial obyczajowy, odc. 7\u20138",
                "date_style": "pl_gen",
                "sent": "8 kwietnia 2026, godz. 20:15",
                "set": "wnętrze: sala balowa, parter",
                "base_note": "garderoba i charakteryzacja w budynku B",
                "weather": "zachmurzenie, 9°C, przelotny deszcz",
                "tomorrow_call": "07:00",
                "tomorrow_set": "Biała Fabryka, ul. Piotrkowska 282, 93-034 Łódź",
                "scenes": [
                    ("7/14", "Pałac \u2013 sala balowa, bal fabrykantów", "N", "3 2/8", "1, 2, 5"),
                    ("7/15", "Pałac \u2013 schody, rozmowa", "D", "1 4/8", "1, 3"),
                    ("8/02", "Pałac \u2013 gabinet, list", "D", "2", "2"),
                ],
                "cast": [
                    ("Helena", "Joanna Sikora", 0),
                    ("Karol", "Mateusz Lis", 30),
                    ("Fabrykant", "Wojciech Barański", 90),
                ],
                "crew": [
                    ("Kierownik planu", "Paweł Grad", "+48 602 555 310", -45),
                    ("II reżyser", "Ewa Kaczmarek", "+48 603 555 121", -15),
                    ("Operator", "Tomasz Zięba", "+48 604 555 877", 0),
                    ("Oświetlenie", "Rafał Nowicki", "+48 605 555 432", -60),
                    ("Scenografia", "Marta Olszewska", "+48 606 555 019", -60),
                ],
                "ad": "Ewa Kaczmarek",
            },
        ),
        _pl(
            "dar",
            "Kapitanat",
            D(2026, 4, 23),
            "07:00",
            {
                "company": "BAŁTYK FILM STUDIO sp. z o.o.",
                "company_addr": "ul. Świętojańska 45, 81-391 Gdynia  ·  "
                "produkcja@baltykfilm.example.pl",
                "channel": "Serial dla Polsat",
                "pm": "Krzysztof Bielski",
                "pm_phone": "+48 607 555 640",
                "dayno": 5,
                "days": 32,
                "episodes": "serial kryminalny, odc. 3",
                "date_style": "pl_zero",
                "sent": "22.04.2026, 19:40",
                # HARD: Data wysłania above Data zdjęć, both as dd.mm.yyyy
                "sent_first": True,
                "set": "pokład główny i mostek",
                "base_note": "wozy techniczne przy Skwerze Kościuszki",
                "weather": "słonecznie, 11°C, wiatr zachodni",
                "tomorrow_call": "06:45",
                "tomorrow_set": "Molo w Orłowie, ul. Orłowska, 81-522 Gdynia",
                "scenes": [
                    ("3/05", "Dar Pomorza \u2013 pokład, przesłuchanie", "D", "2 4/8", "1, 4"),
                    ("3/06", "Dar Pomorza \u2013 mostek", "D", "1 2/8", "1"),
                    ("3/11", "Nabrzeże \u2013 pościg", "D", "1", "1, 2, kaskader"),
                ],
                "cast": [
                    ("Komisarz Lena", "Katarzyna Mróz", 0),
                    ("Bosman", "Jerzy Wilk", 45),
                    ("Kadet", "Igor Szulc", 120),
                ],
                "crew": [
                    ("Kierownik planu", "Michał Rogala", "+48 608 555 201", -45),
                    ("II reżyser", "Natalia Kurek", "+48 609 555 377", -15),
                    ("Operator", "Adam Sowa", "+48 690 555 118", 0),
                    ("Koordynator kaskaderów", "Bartek Lew", "+48 691 555 904", 60),
                ],
                "ad": "Natalia Kurek",
            },
        ),
        _pl(
            "emigracja",
            "Kapitanat",
            D(2026, 4, 28),
            "06:45",
            {
                "company": "BAŁTYK FILM STUDIO sp. z o.o.",
                "company_addr": "ul. Świętojańska 45, 81-391 Gdynia  ·  "
                "produkcja@baltykfilm.example.pl",
                "channel": "Serial dla Polsat",
                "pm": "Krzysztof Bielski",
                "pm_phone": "+48 607 555 640",
                "dayno": 8,
                "days": 32,
                "episodes": "serial kryminalny, odc. 4",
                "date_style": "pl_wd_zero",
                "sent": "27.04.2026 (poniedziałek), 21:05",
                "set": "hala odpraw, antresola",
                "base_note": "parking przy Dworcu Morskim, wjazd od ul. Polskiej",
                "weather": "pochmurno, 10°C",
                "tomorrow_call": "07:30",
                "tomorrow_set": "Teatr Miejski, ul. Bema 26, 81-381 Gdynia",
                "scenes": [
                    ("4/02", "Dworzec Morski \u2013 hala, pasażerowie", "D", "2", "1, 3, statyści"),
                    ("4/09", "Antresola \u2013 spotkanie", "D", "1 6/8", "1, 2"),
                ],
                "cast": [
                    ("Komisarz Lena", "Katarzyna Mróz", 0),
                    ("Prokurator", "Anna Lisowska", 90),
                ],
                "crew": [
                    ("Kierownik planu", "Michał Rogala", "+48 608 555 201", -45),
                    ("II reżyser", "Natalia Kurek", "+48 609 555 377", -15),
                    ("Operator", "Adam Sowa", "+48 690 555 118", 0),
                    ("Statyści (40 os.)", "Iwona Piątek", "+48 692 555 250", 30),
                ],
                "ad": "Natalia Kurek",
            },
        ),
    ]


# --- (3) UK corporate / branded content plain grid: one ruled row, Hospital / Parking lines below


def _uk(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "h24"

    def make() -> bytes:
        c = Canvas("A4", g["font"])
        W = c.width
        x0 = 42.0
        right = W - x0
        r, gg, b = g["brand"]
        c.pdf.set_fill_color(r, gg, b)
        c.pdf.rect(0, 0, W, 54, style="F")
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0, 34, g["company"], 15, bold=True)
        c.right(right, 34, "CALL SHEET", 13, bold=True)
        black(c)
        y = 82.0
        c.text(x0, y, title, 15, bold=True)
        y += 15
        c.text(x0, y, f"Client: {g['client']}   ·   Producer: {g['producer']} ({g['phone']})", 9)
        y += 12
        c.text(x0, y, f"Director: {g['director']}   ·   Deliverables: {g['deliverables']}", 9)
        y += 22
        widths = [150.0, 100.0, right - x0 - 250.0]
        heads = ["DATE", "CREW CALL", "SET LOCATION"]
        fill(c, x0, y, right - x0, 16, 225)
        xx = x0
        for w, h in zip(widths, heads, strict=True):
            c.text(xx + 5, y + 11.5, h, 8.5, bold=True)
            xx += w
        loc = [p.name, p.street, p.city, g["set"]]
        vh = 8 + 12 * len(loc)
        c.hline(x0, right, y, 0.8)
        c.hline(x0, right, y + 16, 0.8)
        if not g.get("open_foot"):
            c.hline(x0, right, y + 16 + vh, 0.8)
        xx = x0
        for w in [0.0, *widths]:
            xx += w
            c.vline(xx, y, y + 16 + vh, 0.8)
        vy = y + 30
        c.text(x0 + 5, vy, day_text(day, g["date_style"]), 10)
        c.text(x0 + widths[0] + 5, vy, hm(call, t), 12, bold=True)
        for k, ln in enumerate(loc):
            c.text(x0 + widths[0] + widths[1] + 5, vy + 12 * k, ln, 10, bold=k == 0)
        # HARD: the grid has no foot rule and the Hospital line follows at the same size
        y = y + 16 + vh + (12 if g.get("open_foot") else 10)
        hosp = f"Hospital: {p.hospital}, {p.hospital_address} (A&E, {p.hospital_phone})"
        c.text(x0, y, hosp, 10 if g.get("open_foot") else 9)
        y += 12
        c.text(x0, y, f"Parking: {p.base_street}, {p.base_city}. {g['parking']}", 9)
        y += 26
        c.text(x0, y, "Timings", 11, bold=True)
        timings = [
            ("Crew call / load-in", hm(call, t)),
            ("Contributors arrive", hm(add_minutes(call, 90), t)),
            ("Lunch", hm(add_minutes(call, 300), t)),
            ("Wrap (out of building)", hm(add_minutes(call, 570), t)),
            ("Sunrise / sunset", f"{hm(rise, t)} / {hm(fall, t)}"),
        ]
        yy = y + 14
        for lab, val in timings:
            c.text(x0, yy, lab, 9)
            c.text(x0 + 170, yy, val, 9)
            yy += 12
        y = yy + 12
        c.text(x0, y, "Running order", 11, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["Time", "Item", "Who"],
            [0, 55, 360],
            [(hm(add_minutes(call, o), t), a, b) for o, a, b in g["running"]],
            right,
            size=8.5,
        )
        c.text(x0, y, "Crew & contributors", 11, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["Role", "Name", "Mobile"],
            [0, 150, 330],
            g["people"],
            right,
            size=8.5,
        )
        c.text(x0, y + 4, f"Next: {g['next']}", 9)
        grey(c, 120)
        c.text(x0, c.pdf.h - 26, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"uk_{key}",
        "uk_corporate_plain_grid",
        "UK corporate / branded plain grid: DATE | CREW CALL | SET LOCATION, Hospital line below",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _uk_sheets() -> list[Sheet]:
    return [
        _uk(
            "kingsplace",
            "Meridian Legal - Our People 2026",
            D(2026, 4, 9),
            "08:00",
            {
                "font": "helvetica",
                "brand": (24, 58, 110),
                "company": "BRIGHTLINE CONTENT",
                "client": "Meridian Legal LLP",
                "producer": "Hattie Coles",
                "phone": "07700 900412",
                "director": "Sunil Mehta",
                "deliverables": "1 x 90s hero, 4 x 20s cut-downs",
                "date_style": "uk_plain",
                "set": "Hall One foyer and level 5 meeting rooms",
                "parking": "No crew parking on York Way; kit drop at the loading bay only.",
                "running": [
                    (0, "Load in, set up interview 1 (level 5)", "Crew"),
                    (90, "Interview 1: Managing Partner", "R. Okoye"),
                    (180, "B-roll: foyer, canal terrace", "Crew"),
                    (300, "Lunch (Rotunda)", ""),
                    (360, "Interview 2: Trainee panel", "3 trainees"),
                ],
                "people": [
                    ("Producer", "Hattie Coles", "07700 900412"),
                    ("Director", "Sunil Mehta", "07700 900588"),
                    ("Camera", "Joe Tranter", "07700 900231"),
                    ("Sound", "Megan Price", "07700 900764"),
                    ("Client contact", "Rachel Okoye", "07700 900119"),
                ],
                "next": "Fri 10 April, edit day at Brightline, 4 Regent Studios, London E8",
                "footer": "Brightline Content Ltd · Registered in England 09876543",
            },
        ),
        _uk(
            "armouries",
            "Northfield Energy - Safety Induction",
            D(2026, 4, 15),
            "07:30",
            {
                "font": "sans",
                "brand": (0, 105, 92),
                "company": "Ridgeback Media",
                "client": "Northfield Energy plc",
                "producer": "Callum Firth",
                "phone": "07700 900833",
                "director": "Leah Booth",
                "deliverables": "1 x 6 min induction film",
                "date_style": "uk_long",
                # HARD: no foot rule under the value row; the Hospital line follows at 10 pt
                "open_foot": True,
                "set": "Hall of Steel and the Tiltyard",
                "parking": "Crew cars pay and display; vans reserved bays 1-3.",
                "running": [
                    (0, "Load in via goods lift", "Crew"),
                    (90, "Presenter pieces, Hall of Steel", "Presenter"),
                    (300, "Lunch", ""),
                    (360, "Tiltyard: demonstration scenes", "Presenter, 2 staff"),
                ],
                "people": [
                    ("Producer", "Callum Firth", "07700 900833"),
                    ("Director", "Leah Booth", "07700 900615"),
                    ("Camera", "Imran Shah", "07700 900347"),
                    ("Presenter", "Georgia Lamb", "via agent"),
                ],
                "next": "Thu 16 April, pick-ups at Northfield HQ, Wellington Pl, Leeds",
                "footer": "Ridgeback Media Ltd · 12 The Calls, Leeds LS2 7EH",
            },
        ),
        _uk(
            "tramway",
            "Clyde Housing - Voices",
            D(2026, 4, 22),
            "08:30",
            {
                "font": "helvetica",
                "brand": (120, 30, 60),
                "company": "SOUTHSIDE STORY",
                "client": "Clyde Housing Association",
                "producer": "Fiona Baird",
                "phone": "07700 900951",
                "director": "Kenny Doyle",
                "deliverables": "3 x 2 min testimonial films",
                "date_style": "uk_short",
                "set": "Tramway 4 (studio) and the Hidden Gardens",
                "parking": "Limited; crew please use the train (Pollokshields East).",
                "running": [
                    (0, "Set up studio interview", "Crew"),
                    (75, "Interview: tenant 1", "M. Reid"),
                    (165, "Interview: tenant 2", "J. Ahmed"),
                    (270, "Lunch", ""),
                    (330, "Hidden Gardens walk-and-talk", "Tenants 1 and 2"),
                ],
                "people": [
                    ("Producer", "Fiona Baird", "07700 900951"),
                    ("Director", "Kenny Doyle", "07700 900402"),
                    ("Camera", "Ailsa Munro", "07700 900278"),
                    ("Sound", "Pete Lyall", "07700 900590"),
                ],
                "next": "Thu 23 April, no shoot",
                "footer": "Southside Story CIC · Glasgow",
            },
        ),
    ]


# --- (4) spreadsheet "Print to PDF" export: letter-spaced runs, narrow wrapped columns, merges


def _xl(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "us"

    def make() -> bytes:
        c = Canvas("letter", g["font"])
        rng = random.Random(g["seed"])
        split = g.get("split", 0.0)
        x0 = 36.0
        cols = [64.0, 70.0, 66.0, 70.0, 66.0, 70.0, 66.0, 68.0]
        xs = [x0]
        for w in cols:
            xs.append(xs[-1] + w)
        right = xs[-1]
        grey(c, 120)
        c.text(x0, 22, g["file"], 7)
        black(c)

        def gridrow(y: float, h: float, merges: list[tuple[int, int]]) -> None:
            c.pdf.set_draw_color(190, 190, 190)
            c.hline(x0, right, y, 0.4)
            c.hline(x0, right, y + h, 0.4)
            for a, b in merges:
                c.vline(xs[a], y, y + h, 0.4)
                c.vline(xs[b + 1], y, y + h, 0.4)
            c.pdf.set_draw_color(0, 0, 0)

        def label(col: int, y: float, text: str, size: float = 7.5) -> None:
            # labels letter-spaced (Tc) as the export writes them
            spaced(c, xs[col] + 3, y, text, size, g["tc"], bold=True)

        def value(col: int, y: float, text: str, size: float = 8.5) -> None:
            # values drawn glyph by glyph, as some exports place each character
            c.letters(xs[col] + 3, y, text, size, rng, split=split)

        def wrapped(col: int, span: int, y: float, lines: list[str], size: float = 8) -> int:
            width = xs[col + span] - xs[col] - 6
            n = 0
            for ln in lines:
                for part in wrap(c, ln, size, width):
                    c.text(xs[col] + 3, y + n * (size + 2), part, size)
                    n += 1
            return n

        # merged title rows
        y = 36.0
        fill(c, x0, y, right - x0, 22, 40)
        c.pdf.set_text_color(255, 255, 255)
        tw = measure(c, title, 13, bold=True)
        c.text((x0 + right - tw) / 2, y + 15.5, title, 13, bold=True)
        black(c)
        y += 22
        fill(c, x0, y, right - x0, 16, 215)
        gridrow(y, 16, [(0, 3), (4, 7)])
        spaced(c, x0 + 4, y + 11.5, "CALL SHEET", 9, 2.0, bold=True)
        fit(c, xs[4] + 4, y + 11.5, g["company"], 8, xs[8] - xs[4] - 8, bold=True)
        y += 16
        # row: DATE | date (B-C) | CREW CALL | call | DAY | n of m (G-H)
        h = 20.0
        gridrow(y, h, [(0, 0), (1, 2), (3, 3), (4, 4), (5, 5), (6, 7)])
        label(0, y + 13, "DATE")
        value(1, y + 13, day_text(day, g["date_style"]))
        label(3, y + 13, "CREW CALL")
        c.letters(xs[4] + 3, y + 14, hm(call, t), 11, rng, split=split)
        label(5, y + 13, "SHOOT DAY")
        value(6, y + 13, f"{g['dayno']} of {g['days']}")
        y += h
        # row: LOCATION (wrapped in B-C) | PARKING (wrapped in F-H)
        loc = [p.name, p.street, p.city, g["set"]]
        h = 14 + 10 * max(len(loc) + 2, 5)
        gridrow(y, h, [(0, 0), (1, 3), (4, 4), (5, 7)])
        label(0, y + 12, "LOCATION")
        wrapped(1, 2, y + 12, loc, 8.5)
        label(4, y + 12, "PARKING /")
        label(4, y + 22, "BASECAMP")
        wrapped(5, 3, y + 12, [p.base_street, p.base_city, g["parking"]])
        y += h
        # row: NEAREST / HOSPITAL (wrapped) | hospital (B-D) | WEATHER | weather (F-H)
        h = 46.0
        gridrow(y, h, [(0, 0), (1, 3), (4, 4), (5, 7)])
        label(0, y + 12, "NEAREST")
        label(0, y + 22, "HOSPITAL")
        wrapped(1, 3, y + 12, [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone])
        label(4, y + 12, "WEATHER")
        wrapped(5, 3, y + 12, [g["weather"]])
        y += h
        # row: SUNRISE | v | SUNSET | v | LUNCH | v | WRAP | v
        h = 18.0
        gridrow(y, h, [(i, i) for i in range(8)])
        for i, (lab, val) in enumerate(
            [
                ("SUNRISE", hm(rise, t)),
                ("SUNSET", hm(fall, t)),
                ("LUNCH", hm(add_minutes(call, 360), t)),
                ("EST. WRAP", hm(add_minutes(call, 660), t)),
            ]
        ):
            label(2 * i, y + 12, lab, 7)
            value(2 * i + 1, y + 12, val, 8)
        y += h + 10
        # schedule block
        fill(c, x0, y, right - x0, 14, 215)
        gridrow(y, 14, [(0, 0), (1, 4), (5, 6), (7, 7)])
        for col, lab in [(0, "TIME"), (1, "SCENE / SHOT"), (5, "CAST"), (7, "PAGES")]:
            label(col, y + 10, lab, 7)
        y += 14
        for off, what, who, pages in g["schedule"]:
            lines = wrap(c, what, 8, xs[5] - xs[1] - 6)
            h = 6 + 10 * len(lines)
            gridrow(y, h, [(0, 0), (1, 4), (5, 6), (7, 7)])
            c.text(xs[0] + 3, y + 11, hm(add_minutes(call, off), t), 8)
            for k, ln in enumerate(lines):
                c.text(xs[1] + 3, y + 11 + 10 * k, ln, 8)
            fit(c, xs[5] + 3, y + 11, who, 8, xs[7] - xs[5] - 6)
            c.text(xs[7] + 3, y + 11, pages, 8)
            y += h
        y += 10
        fill(c, x0, y, right - x0, 14, 215)
        gridrow(y, 14, [(0, 1), (2, 3), (4, 5), (6, 6), (7, 7)])
        for col, lab in [(0, "POSITION"), (2, "NAME"), (4, "PHONE"), (6, "CALL"), (7, "NOTE")]:
            label(col, y + 10, lab, 7)
        y += 14
        for pos, name, phone, off, note in g["crew"]:
            gridrow(y, 14, [(0, 1), (2, 3), (4, 5), (6, 6), (7, 7)])
            fit(c, xs[0] + 3, y + 10, pos, 8, xs[2] - xs[0] - 6)
            fit(c, xs[2] + 3, y + 10, name, 8, xs[4] - xs[2] - 6)
            c.text(xs[4] + 3, y + 10, phone, 8)
            c.text(xs[6] + 3, y + 10, hm(add_minutes(call, off), t), 8)
            fit(c, xs[7] + 3, y + 10, note, 7, xs[8] - xs[7] - 6)
            y += 14
        y += 12
        c.text(x0, y, f"ADVANCE: {g['advance']}", 8)
        grey(c, 120)
        c.text(x0, c.pdf.h - 22, g["sheet_tab"], 7)
        c.right(right, c.pdf.h - 22, "Page 1 of 1", 7)
        black(c)
        return c.output()

    return _sheet(
        f"xl_{key}",
        "na_spreadsheet_export",
        "US / Canadian spreadsheet Print-to-PDF export: letter-spaced runs, narrow wrapped cells",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _xl_sheets() -> list[Sheet]:
    return [
        _xl(
            "millcity",
            "Gold Medal Morning",
            D(2026, 4, 9),
            "07:00",
            {
                "font": "helvetica",
                "seed": 2901,
                "tc": 1.2,
                "file": "GMM_CallSheet_Day1_v3.xlsx",
                "company": "Stone Arch Pictures LLC",
                "date_style": "xl_long",
                "dayno": 1,
                "days": 2,
                "set": "Flour Tower elevator and Baking Lab",
                "parking": "Crew: Mill City Quarter lot. Trucks on S 2nd St (permit).",
                "weather": "Partly cloudy, 48°F, wind NW 10 mph",
                "schedule": [
                    (
                        75,
                        "Sc 4: the Flour Tower ride, the family looks out",
                        "Mom, Dad, Kid",
                        "2/8",
                    ),
                    (
                        180,
                        "Sc 5: Baking Lab, the first loaf (product hero on the bench)",
                        "Kid",
                        "1",
                    ),
                    (360, "LUNCH (catering in the courtyard)", "", ""),
                    (420, "Sc 6: ruins courtyard, golden light", "All", "4/8"),
                ],
                "crew": [
                    ("Producer", "Dana Kowalczyk", "612-555-0134", -30, ""),
                    ("1st AD", "Marcus Lee", "612-555-0178", -15, ""),
                    ("DP", "Ingrid Halvorsen", "612-555-0102", 0, ""),
                    ("Gaffer", "Tony Ruiz", "612-555-0155", -60, "pre-rig"),
                    ("Key Grip", "Sean O'Neil", "612-555-0193", -60, "pre-rig"),
                    ("HMU", "Bree Adams", "612-555-0127", -30, ""),
                ],
                "advance": "Day 2, Fri 4/10/2026, call 7:30 AM, Stone Arch Bridge (see v1)",
                "sheet_tab": "Sheet: DAY 1",
            },
        ),
        _xl(
            "pantages",
            "Opening Night",
            D(2026, 4, 14),
            "08:00",
            {
                "font": "sans",
                "seed": 2902,
                "tc": 0.9,
                "file": "Opening Night - Call Sheet.numbers",
                "company": "Red River Films Ltd.",
                "date_style": "ca_iso",
                "dayno": 3,
                "days": 5,
                "set": "Main stage and orchestra pit",
                "parking": "Old Market Square lot; load-in via the Market Ave doors.",
                "weather": "Sunny, 6°C, low -3°C",
                "schedule": [
                    (
                        60,
                        "Sc 12: the stage manager calls places (backstage, wings)",
                        "Ruth",
                        "1 2/8",
                    ),
                    (200, "Sc 13: curtain up, the house from the stage", "Ruth, Ensemble", "6/8"),
                    (360, "LUNCH", "", ""),
                    (420, "Sc 15: orchestra pit, the conductor's hands", "Conductor", "3/8"),
                ],
                "crew": [
                    ("Producer", "Shauna Desjarlais", "204-555-0141", -30, ""),
                    ("1st AD", "Kevin Tran", "204-555-0166", -15, ""),
                    ("DOP", "Amara Okafor", "204-555-0119", 0, ""),
                    ("Gaffer", "Luc Gagnon", "204-555-0187", -45, ""),
                    ("Background", "Tess Friesen", "204-555-0150", 30, "30 BG"),
                ],
                "advance": "Day 4, 2026-04-15, call 8:00 AM, same location",
                "sheet_tab": "Call Sheet - Day 3",
            },
        ),
        _xl(
            "signmuseum",
            "Neon Saints",
            D(2026, 4, 25),
            "09:00",
            {
                "font": "helvetica",
                "seed": 2903,
                "tc": 1.6,
                # HARD: every label and value placed glyph by glyph with wide gaps in words
                "split": 0.3,
                "file": "NEON SAINTS callsheet (print).xlsx",
                "company": "Queen City Motion Co.",
                "date_style": "xl",
                "dayno": 2,
                "days": 3,
                "set": "Main gallery (Main Street of signs)",
                "parking": "Museum lot on Monmouth Ave; overflow on Colerain Ave.",
                "weather": "Rain, 58°F",
                "schedule": [
                    (90, "Sc 21: the sign restorer at work, neon shop window", "Eddie", "1 4/8"),
                    (210, "Sc 22: the argument under the Big Boy", "Eddie, June", "2"),
                    (360, "LUNCH", "", ""),
                    (420, "Sc 24: night look, tented gallery", "June", "5/8"),
                ],
                "crew": [
                    ("Producer", "Abby Schroeder", "513-555-0174", -30, ""),
                    ("1st AD", "Jamal Price", "513-555-0129", -15, ""),
                    ("DP", "Wen Li", "513-555-0160", 0, ""),
                    ("Gaffer", "Chris Becker", "513-555-0112", -60, "tenting"),
                ],
                "advance": "Day 3, 4/27/2026, call 6:00 PM (nights), Findlay Market",
                "sheet_tab": "Sheet1",
            },
        ),
    ]


# --- (5) US TV series sheet, Movie Magic / EP style: two sets, a company move after lunch ----


def _tv(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "mm"

    def make() -> bytes:
        c = Canvas("letter", g["font"])
        W = c.width
        x0 = 30.0
        right = W - x0
        # left: the show; centre: the call box; right: date, day, sun, weather
        c.text(x0, 40, title.upper(), 13, bold=True)
        c.text(x0, 53, g["episode"], 8.5)
        y = 64.0
        for ln in g["credits"]:
            c.text(x0, y, ln, 7)
            y += 9
        cx = W / 2 - 70
        c.box(cx, 28, 140, 74, 1.4)
        tw = measure(c, "CREW CALL", 10, bold=True)
        c.text(W / 2 - tw / 2, 44, "CREW CALL", 10, bold=True)
        big = hm(call, t)
        tw = measure(c, big, 24, bold=True)
        c.text(W / 2 - tw / 2, 72, big, 24, bold=True)
        c.text(cx + 10, 86, f"Shooting Call: {hm(add_minutes(call, 60), t)}", 7.5)
        c.text(cx + 10, 96, f"Breakfast: {hm(add_minutes(call, -30), t)}", 7.5)
        rx = right - 150
        c.text(rx, 40, day_text(day, "mm_top"), 8.5, bold=True)
        c.text(rx, 52, f"Day {g['dayno']} of {g['days']}", 10, bold=True)
        c.text(rx, 64, f"Sunrise: {hm(rise, t)}   Sunset: {hm(fall, t)}", 7.5)
        c.text(rx, 74, f"Weather: {g['weather']}", 7.5)
        c.text(rx, 84, f"Lunch: {hm(add_minutes(call, 360), t)}", 7.5)
        c.text(rx, 94, "Closed set. No forced calls w/o UPM approval.", 6.5)
        y = 116.0
        s2 = g["set2"]
        rows = [(*r, "LOC 1") for r in g["scenes1"]]
        rows.append(("*** LUNCH ***", "", "", "", "", ""))
        rows.append((f"*** COMPANY MOVE TO LOC 2: {s2[0]} ***", "", "", "", "", ""))
        rows += [(*r, "LOC 2") for r in g["scenes2"]]
        y = _rows(
            c,
            x0,
            y,
            ["SET / DESCRIPTION", "SCENES", "CAST", "D/N", "PAGES", "LOC"],
            [0, 290, 340, 420, 455, 500],
            rows,
            right,
            size=7.5,
            lead=12,
        )
        loc1 = ("LOC 1: " + p.name, [p.street, p.city, g["set"]])
        loc2 = ("LOC 2 (after lunch): " + s2[0], [s2[1], s2[2], s2[3]])
        base = ("BASECAMP / CREW PARKING", [p.base_street, p.base_city, g["base_note"]])
        if g.get("side_by_side"):
            # HARD: the two sets and basecamp in three boxes on the same baselines
            bw = (right - x0) / 3
            for i, (head, lines) in enumerate([loc1, loc2, base]):
                bx = x0 + i * bw
                c.box(bx, y, bw, 58, 0.6)
                fit(c, bx + 4, y + 11, head, 7.5, bw - 8, bold=True)
                for k, ln in enumerate(lines):
                    fit(c, bx + 4, y + 23 + 11 * k, ln, 8, bw - 8)
            y += 70
        else:
            for head, lines in [loc1, loc2, base]:
                c.box(x0, y, right - x0, 26, 0.6)
                fit(c, x0 + 4, y + 11, head, 8, 250, bold=True)
                c.text(x0 + 4, y + 22, ", ".join(lines[:2]), 8)
                fit(c, x0 + 270, y + 22, lines[2], 7.5, right - x0 - 274)
                y += 26
            y += 12
        y = _rows(
            c,
            x0,
            y,
            ["#", "CAST", "CHARACTER", "STATUS", "P/U", "H/MU", "ON SET"],
            [0, 20, 150, 270, 330, 390, 450],
            [
                (
                    str(i + 1),
                    a,
                    b,
                    st,
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o + 20), t),
                    hm(add_minutes(call, o + 80), t),
                )
                for i, (a, b, st, o) in enumerate(g["cast"])
            ],
            right,
            size=7.5,
            lead=12,
        )
        y = _rows(
            c,
            x0,
            y,
            ["DEPT", "NOTES"],
            [0, 90],
            g["notes"],
            right,
            size=7.5,
            lead=12,
        )
        nd = day + dt.timedelta(days=1)
        c.text(x0, y + 2, f"ADVANCE SCHEDULE - Day {g['dayno'] + 1}: {day_text(nd, 'mm_short')}", 8)
        c.text(x0, y + 13, g["advance"], 7.5)
        # footer: the nearest hospital, as the template prints it
        fy = c.pdf.h - 66
        c.box(x0, fy, right - x0, 44, 1.0)
        c.text(x0 + 5, fy + 12, "NEAREST HOSPITAL", 8, bold=True)
        fit(c, x0 + 5, fy + 24, p.hospital, 8, 300, bold=True)
        fit(c, x0 + 5, fy + 35, f"{p.hospital_address}  {p.hospital_phone}", 8, 300)
        c.text(x0 + 330, fy + 12, "UPM / 1st AD", 8, bold=True)
        upm, ad = g["upm"].split(" / ")
        fit(c, x0 + 330, fy + 24, upm, 8, right - x0 - 335)
        fit(c, x0 + 330, fy + 35, ad, 8, right - x0 - 335)
        return c.output()

    return _sheet(
        f"tv_{key}",
        "us_tv_two_sets",
        "US TV series sheet, Movie Magic / EP style: two sets, company move, hospital footer",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _tv_sheets() -> list[Sheet]:
    return [
        _tv(
            "ponce",
            "Peachtree Nights",
            D(2026, 4, 9),
            "07:00",
            {
                "font": "helvetica",
                "episode": 'Pilot - "The Night Market"',
                "credits": [
                    "Exec. Producers: Renee Walker, Tom Akers",
                    "Director: Luis Ortega   Producer: Dawn Price",
                    "Prod. Office: 1050 Hank Aaron Dr SE, Atlanta, GA 30315",
                ],
                "dayno": 3,
                "days": 12,
                "weather": "Sunny, H 78 / L 56",
                "set": "INT. food hall and rooftop",
                "base_note": "Trucks, honeywagon, catering; crew park level 2",
                "set2": (
                    "Jimmy Carter Presidential Library",
                    "441 John Lewis Freedom Pkwy NE",
                    "Atlanta, GA 30307",
                    "EXT. the lake path",
                ),
                "scenes1": [
                    ("INT. FOOD HALL - NIGHT MARKET STALLS", "4, 5", "1, 2, 4", "N", "2 3/8"),
                    ("EXT. ROOFTOP - SKYLINE", "9", "1, 3", "D", "1 1/8"),
                ],
                "scenes2": [
                    ("EXT. LAKE PATH - WALK AND TALK", "14", "1, 2", "D", "1 6/8"),
                ],
                "cast": [
                    ("Simone Clarke", "JUNE", "W", 0),
                    ("Andre Wills", "MARCUS", "W", 30),
                    ("Kelsey Marsh", "TINA", "SW", 90),
                    ("Ray Doyle", "OLD MAN", "SWF", 120),
                ],
                "notes": [
                    ("Camera", "Steadicam for sc 4; 2 cameras all day"),
                    ("Transpo", "Company move 20 min; shuttles from basecamp at lunch"),
                    ("Locations", "No crew in the market's east wing before 10:00A"),
                ],
                "advance": "INT. JUNE'S APARTMENT (stage 4), scs 18, 19, 22; call 7:30A",
                "upm": "UPM Gail Henson (404) 555-0187 / 1st AD Chris Moody (404) 555-0142",
            },
        ),
        _tv(
            "thalian",
            "Cape Fear Station",
            D(2026, 4, 15),
            "06:30",
            {
                "font": "sans",
                "episode": 'Episode 104 - "Curtain"',
                "credits": [
                    "Exec. Producers: Mara Quinn, Ike Duval",
                    "Director: Hollis Baker   Producer: Ann Tate",
                    "Prod. Office: 1223 N 23rd St, Wilmington, NC 28405",
                ],
                "dayno": 3,
                "days": 8,
                "weather": "Cloudy, H 71 / L 55, 30% rain",
                "set": "INT. theater auditorium and lobby",
                "base_note": "Basecamp on Princess St; crew park the deck",
                "set2": (
                    "Bellamy Mansion Museum",
                    "503 Market St",
                    "Wilmington, NC 28401",
                    "EXT. front porch",
                ),
                "scenes1": [
                    ("INT. THEATER - AUDITORIUM", "12, 13", "1, 2", "D", "3 2/8"),
                    ("INT. THEATER - LOBBY", "15", "2, 5", "D", "5/8"),
                ],
                "scenes2": [("EXT. MANSION - PORCH - DUSK", "18", "1, 3", "N", "1 4/8")],
                "cast": [
                    ("Jonah Pierce", "DET. REESE", "W", 0),
                    ("Alma Cortez", "LENA", "W", 30),
                    ("Paul Merritt", "DIRECTOR HALE", "W", 240),
                ],
                "notes": [
                    ("Art", "Period playbill inserts for sc 13"),
                    ("Transpo", "Company move after lunch, 5 min; walkers follow PAs"),
                ],
                "advance": "EXT. RIVERWALK, scs 20-23; call 6:30A",
                "upm": "UPM Reggie Scott (910) 555-0161 / 1st AD Paula Dunn (910) 555-0133",
            },
        ),
        _tv(
            "phipps",
            "Three Rivers General",
            D(2026, 4, 28),
            "07:30",
            {
                "font": "helvetica",
                "episode": 'Episode 107 - "Glasshouse"',
                "credits": [
                    "Exec. Producers: Nina Park, Hal Brenner",
                    "Director: Odette Sims   Producer: Greg Lutz",
                    "Prod. Office: 2 Lower Allen St, Pittsburgh, PA 15210",
                ],
                "dayno": 3,
                "days": 12,
                "weather": "Showers, H 62 / L 47",
                "set": "INT. Palm Court and Tropical Forest room",
                "base_note": "Trucks on Schenley Dr; crew shuttle from the Oval",
                # HARD: LOC 1, LOC 2 and basecamp in boxes on the same baselines
                "side_by_side": True,
                "set2": (
                    "Cathedral of Learning",
                    "4200 Fifth Ave",
                    "Pittsburgh, PA 15260",
                    "INT. Commons Room",
                ),
                "scenes1": [
                    ("INT. CONSERVATORY - PALM COURT", "7, 8", "1, 4", "D", "2 5/8"),
                    ("INT. CONSERVATORY - FOREST ROOM", "10", "1, 2, 4", "D", "1 2/8"),
                ],
                "scenes2": [("INT. CATHEDRAL - COMMONS ROOM", "16, 17", "2, 3", "D", "2")],
                "cast": [
                    ("Dana Whitfield", "DR. ROSS", "W", 0),
                    ("Eli Navarro", "DR. KANE", "W", 60),
                    ("Margo Sterling", "DEAN PRICE", "SW", 300),
                    ("Theo Banks", "GARDENER", "SWF", 0),
                ],
                "notes": [
                    ("Locations", "Humidity 80% in the Forest room; lens warmers"),
                    ("Transpo", "Company move 10 min; 2 shuttles at lunch"),
                ],
                "advance": "INT. HOSPITAL CORRIDOR (stage), scs 24-26; call 7:00A",
                "upm": "UPM Lynn Hart (412) 555-0117 / 1st AD Max Ferrante (412) 555-0166",
            },
        ),
    ]


# --- (6) Irish / New Zealand factual crew memo typed as an e-mail: Meet 0730 at ..., no grid --


def _memo(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "military"

    def make() -> bytes:
        c = Canvas("A4", g["font"])
        W = c.width
        x0 = 56.0
        width = W - 2 * x0
        y = 56.0
        grey(c, 90)
        for lab, val in [
            ("From:", g["from"]),
            ("Sent:", g["sent"]),
            ("To:", g["to"]),
            ("Subject:", f"{title}: plan for {day_text(day, 'uk_plain')}"),
        ]:
            c.text(x0, y, lab, 8.5, bold=True)
            c.text(x0 + 52, y, val, 8.5)
            y += 12
        black(c)
        c.hline(x0, W - x0, y - 4, 0.4)
        y += 18
        size, lead = 10.5, 14.5

        def para(text: str, gap: float = 8, **kw: Any) -> None:
            nonlocal y
            y = paragraph(c, x0, y, text, size, width, lead, **kw) + gap

        para("Hi all,")
        para(
            f"Here's the plan for {day_text(day, 'memo')}, day {g['dayno']} of {title} "
            f"({g['series']})."
        )
        para(f"Meet {hm(call, t)} at {p.base_street}, {p.base_city}. {g['meet_note']}", bold=True)
        para(g["second_meet"])
        para(f"We're filming at {p.name}, {p.street}, {p.city}: {g['set']}. {g['location_note']}")
        para("Rough running order:", 4)
        for off, what in g["order"]:
            c.text(x0 + 14, y, hm(add_minutes(call, off), t), size)
            c.text(x0 + 60, y, what, size)
            y += lead
        y += 8
        para(
            f"Sunrise is {hm(rise, 'h24')} and sunset {hm(fall, 'h24')}. {g['weather']} "
            "Bring layers and proper boots."
        )
        para(
            f"Nearest A&E: {p.hospital}, {p.hospital_address} ({p.hospital_phone}). "
            f"Emergency {g['emergency']}."
        )
        para(f"Who's who: {g['crew']}")
        nd = day + dt.timedelta(days=1)
        para(f"Tomorrow ({nd:%A} {nd.day} {nd:%B}): {g['tomorrow']}")
        para("Any problems, ring me.")
        para("Thanks,", 2)
        para(g["sign"], 2)
        grey(c, 100)
        para(g["signature"], 6)
        if g.get("quoted"):
            # HARD: the earlier plan quoted below the sign-off, another day and meet time
            od, ocall, oplace = g["quoted"]
            y += 6
            para(f"On {od:%a} {od.day} {od:%b} {od.year} at 17:02, {g['sign']} wrote:", 4)
            for ln in [
                f"> Hi all, provisional plan for {day_text(od + dt.timedelta(days=2), 'memo')}:",
                f"> Meet {hm(ocall, t)} at {oplace}.",
                "> More to follow once the abbey confirms access.",
            ]:
                c.text(x0 + 8, y, ln, 9.5)
                y += 13
        black(c)
        return c.output()

    return _sheet(
        f"memo_{key}",
        "ie_nz_factual_memo",
        "Irish / NZ factual crew memo typed as an e-mail: Meet 0730 at ..., second meeting point",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _memo_sheets() -> list[Sheet]:
    return [
        _memo(
            "kylemore",
            "Walled Gardens of the West",
            D(2026, 4, 9),
            "07:30",
            {
                "font": "serif",
                "from": "Aoife Brennan <aoife@curraghfilms.example.ie>",
                "sent": "Wednesday 8 April 2026 18:42",
                "to": "WGW crew",
                "dayno": 4,
                "series": "4 x 30' for RTÉ One",
                "meet_note": "Kit van and the crew car leave at 0745 sharp; we'll convoy out.",
                "second_meet": "If you're coming from Clifden, second meeting point for the "
                "drive is the Maam Cross lay-by at 0830; we'll pick you up there.",
                "set": "the Victorian walled garden and the head gardener's house",
                "location_note": "Park in the staff car park behind the visitor centre; the "
                "shuttle bus will bring kit down to the garden.",
                "order": [
                    (0, "Meet, load, convoy"),
                    (105, "Arrive Kylemore, set up in the garden"),
                    (150, "Interview: head gardener (walk and talk)"),
                    (330, "Lunch in the tea rooms"),
                    (390, "GVs, glasshouses, drone if the wind allows"),
                    (600, "Wrap, back to Galway"),
                ],
                "weather": "Showers clearing by midday, 11 degrees, breezy.",
                "emergency": "112 / 999",
                "crew": "Aoife (producer/director) 087 555 0142; Cian (camera) 086 555 0197; "
                "Róisín (sound) 085 555 0133; Marek (drone) 083 555 0171.",
                "tomorrow": "edit review in the office, 1000, no shoot.",
                "sign": "Aoife",
                "signature": "Aoife Brennan | Producer/Director | Curragh Films, Galway",
                # HARD: the earlier, provisional plan quoted under the sign-off
                "quoted": (D(2026, 4, 6), "08:00", "the Quay Street car park, Galway"),
            },
        ),
        _memo(
            "glasnevin",
            "The Dead Centre",
            D(2026, 4, 16),
            "07:30",
            {
                "font": "helvetica",
                "from": "Niall Kearney <niall@liffeyfactual.example.ie>",
                "sent": "Tue 14 Apr 2026 21:10",
                "to": "crew@liffeyfactual.example.ie",
                "dayno": 2,
                "series": "1 x 52' documentary for Virgin Media",
                "meet_note": "Grab a coffee, we head in together at 0800.",
                "second_meet": "Second meeting point for the drive to the graves: the museum "
                "reception on Finglas Rd at 0815, for anyone coming straight there.",
                "set": "O'Connell Tower, the crypts and the museum gallery",
                "location_note": "The tower climb is in the afternoon; lift for kit only.",
                "order": [
                    (0, "Meet at Prospect Square"),
                    (45, "Museum: set up in the gallery"),
                    (90, "Interview: the historian"),
                    (300, "Lunch"),
                    (360, "O'Connell Tower and the crypts, tour with the guide"),
                    (570, "Wrap"),
                ],
                "weather": "Dry, 12 degrees.",
                "emergency": "112 / 999",
                "crew": "Niall (director) 087 555 0108; Sinéad (PD) 086 555 0166; "
                "Tomás (camera) 085 555 0124.",
                "tomorrow": "Friday is the archive day, Pearse Street Library, meet 0930.",
                "sign": "Niall",
                "signature": "Niall Kearney | Director | Liffey Factual",
            },
        ),
        _memo(
            "zealandia",
            "Birdsong Returns",
            D(2026, 4, 22),
            "07:30",
            {
                "font": "sans",
                "from": "Hana Rāwiri <hana@tuiproductions.example.nz>",
                "sent": "Tuesday, 21 April 2026 7:55 pm",
                "to": "Birdsong crew",
                "dayno": 6,
                "series": "6 x 44' for TVNZ",
                "meet_note": "Van leaves 0745, please be on time; the gate opens for us at 0815.",
                "second_meet": "Second meeting point for the drive: Kelburn Park (top of the "
                "Cable Car) at 0755, for those of you walking up.",
                "set": "the lower lake, the dam and the kākā feeders",
                "location_note": "Sanctuary rules: check your bags for pests at the gate, "
                "no food on the tracks.",
                "order": [
                    (0, "Meet, load the van"),
                    (45, "Gate, bag check, walk in"),
                    (75, "Ranger interview at the lower lake"),
                    (270, "Lunch at the visitor centre"),
                    (330, "Kākā feeders, slow-mo"),
                    (540, "Wrap, out by the gate"),
                ],
                "weather": "Fine, northerly 25 km/h, 16 degrees.",
                "emergency": "111",
                "crew": "Hana (director) 021 555 0143; Tama (camera) 022 555 0178; "
                "Lucy (sound) 027 555 0119.",
                "tomorrow": "pick-ups at the Botanic Garden, meet 0800 at Te Papa again.",
                "sign": "Hana",
                "signature": "Hana Rāwiri | Series Director | Tūī Productions, Wellington",
            },
        ),
    ]


# --- near misses: share call-sheet words, are not call sheets ----------------------------------

BUDGET_PAGES = 57


def _budget() -> bytes:
    """A long production budget: a top sheet with "Shoot days" on page 1, then account lines."""
    c = Canvas("letter", "helvetica")
    W = c.width
    x0, right = 40.0, W - 40.0
    rng = random.Random(2957)
    groups = [
        ("1100", "Story & Rights"),
        ("1200", "Producers"),
        ("1300", "Director"),
        ("1400", "Cast"),
        ("2000", "Production Staff"),
        ("2100", "Extras"),
        ("2200", "Art Department"),
        ("2300", "Set Construction"),
        ("2500", "Set Dressing"),
        ("2600", "Property"),
        ("2700", "Wardrobe"),
        ("2800", "Make-up & Hair"),
        ("2900", "Electrical"),
        ("3000", "Camera"),
        ("3100", "Production Sound"),
        ("3200", "Transportation"),
        ("3300", "Locations"),
        ("3400", "Picture Vehicles"),
        ("3500", "Catering"),
        ("4500", "Editorial"),
        ("4600", "Music"),
        ("4700", "Post Sound"),
        ("4800", "Visual Effects"),
        ("6500", "Insurance"),
        ("6600", "General Expense"),
    ]
    items = [
        "Salary",
        "Prep",
        "Shoot",
        "Wrap",
        "Overtime allowance",
        "Holiday pay 4%",
        "Box / kit rental",
        "Purchases",
        "Rentals",
        "Mileage",
        "Per diem",
        "Fringe",
        "Loss & damage",
        "Supplies",
        "Courier",
    ]
    units = ["Weeks", "Days", "Allow", "Flat", "Hours"]
    c.text(x0, 50, "MAPLE LEAF LINE PRODUCTIONS INC.", 11, bold=True)
    c.text(x0, 64, "PRODUCTION BUDGET - TOP SHEET", 14, bold=True)
    c.text(x0, 84, 'Production: "Lakeshore" (feature)   Draft 4   12 March 2026', 9)
    c.text(x0, 97, "Shoot days: 28 (Prep 20 days / Wrap 10 days)   Locations: Toronto, Hamilton", 9)
    c.text(x0, 110, "Start of principal photography: Monday 11 May 2026 (estimated)", 9)
    c.text(x0, 123, "Currency: CAD   Fringes: 18% union, 14% non-union   Contingency 10%", 9)
    y = 148.0
    grand = 0
    totals = {}
    for code, name in groups:
        amt = rng.randrange(20, 900) * 1000
        totals[code] = amt
        grand += amt
        c.text(x0, y, code, 9)
        c.text(x0 + 50, y, name, 9)
        c.right(right, y, f"{amt:,}", 9)
        y += 13
    c.hline(x0, right, y - 8, 0.5)
    c.text(x0 + 50, y + 4, "Total above and below the line", 9, bold=True)
    c.right(right, y + 4, f"{grand:,}", 9, bold=True)
    c.text(x0 + 50, y + 18, "Contingency 10%", 9)
    c.right(right, y + 18, f"{grand // 10:,}", 9)
    c.text(x0 + 50, y + 32, "GRAND TOTAL", 10, bold=True)
    c.right(right, y + 32, f"{grand + grand // 10:,}", 10, bold=True)
    c.right(right, c.pdf.h - 24, f"Page 1 of {BUDGET_PAGES}", 7)
    for page in range(2, BUDGET_PAGES + 1):
        c.new_page()
        code, name = groups[(page - 2) % len(groups)]
        c.text(x0, 40, f"Lakeshore - Budget Draft 4 - Acct {code} {name}", 9, bold=True)
        y = 62.0
        for h, dx in [("Acct", 0), ("Description", 44), ("Amount", 270), ("Units", 320)]:
            c.text(x0 + dx, y, h, 8, bold=True)
        for h, dx in [("X", 370), ("Rate", 400), ("Subtotal", 470)]:
            c.text(x0 + dx, y, h, 8, bold=True)
        c.hline(x0, right, y + 3, 0.4)
        y += 15
        total = 0
        for k in range(44):
            n = rng.randrange(1, 30)
            rate = rng.randrange(5, 400) * 10
            x = rng.choice([1, 1, 1, 2])
            sub = n * rate * x
            total += sub
            c.text(x0, y, f"{code}-{k + 1:02d}", 7.5)
            c.text(x0 + 44, y, f"{rng.choice(items)} ({name.lower()})", 7.5)
            c.text(x0 + 270, y, str(n), 7.5)
            c.text(x0 + 320, y, rng.choice(units), 7.5)
            c.text(x0 + 370, y, str(x), 7.5)
            c.text(x0 + 400, y, f"{rate:,}.00", 7.5)
            c.right(right, y, f"{sub:,}.00", 7.5)
            y += 13.5
        c.hline(x0, right, y - 8, 0.4)
        c.text(x0 + 44, y + 4, f"Total for {code}", 8, bold=True)
        c.right(right, y + 4, f"{total:,}.00", 8, bold=True)
        c.right(right, c.pdf.h - 24, f"Page {page} of {BUDGET_PAGES}", 7)
    return c.output()


def _post_plan() -> bytes:
    """A post-production plan: edit, grade and mix dates with times at a facility's address."""
    c = Canvas("A4", "helvetica")
    W = c.width
    x0, right = 48.0, W - 48.0
    c.text(x0, 56, "POST-PRODUCTION SCHEDULE", 16, bold=True)
    c.text(x0, 74, "Meridian Legal - Our People 2026 (Brightline Content)", 10)
    c.text(x0, 88, "Version 2, issued Friday 10 April 2026", 8.5)
    c.text(x0, 114, "Facility: Northcut Post, 14 Dean Street, London W1D 3RS", 9.5, bold=True)
    c.text(x0, 127, "Reception 020 7946 0321   ·   Parking: none, use Q-Park Soho", 8.5)
    y = _rows(
        c,
        x0,
        154,
        ["Date", "Time", "Stage", "Room", "Who"],
        [0, 120, 190, 330, 400],
        [
            ("Mon 13 Apr 2026", "10:00", "Offline edit begins", "Edit 3", "Editor, director"),
            ("Fri 17 Apr 2026", "16:00", "First cut to client", "online", "Producer"),
            ("Wed 22 Apr 2026", "10:00", "Client feedback session", "Edit 3", "Client, producer"),
            ("Tue 28 Apr 2026", "17:00", "Picture lock", "Edit 3", "All sign-off"),
            ("Wed 29 Apr 2026", "09:30", "Conform / online", "Online 1", "Online editor"),
            ("Thu 30 Apr 2026", "10:00", "Grade", "Grade 2", "Colourist, DoP"),
            ("Fri 1 May 2026", "09:30", "Mix (stereo + loudness)", "Dub 1", "Mixer, director"),
            ("Tue 5 May 2026", "14:00", "QC and deliverables", "MCR", "Post supervisor"),
            ("Thu 7 May 2026", "12:00", "Delivery to client", "Aspera", "Post supervisor"),
        ],
        right,
        size=8.5,
        lead=16,
    )
    y += 10
    c.text(x0, y, "Deliverables", 11, bold=True)
    y = paragraph(
        c,
        x0,
        y + 15,
        "1 x 90s hero (ProRes 422 HQ, 25p, stereo -23 LUFS), 4 x 20s cut-downs for social "
        "(16:9, 1:1, 9:16), burnt-in subtitles and clean versions, SRT files.",
        9,
        right - x0,
        12.5,
    )
    c.text(x0, y + 10, "Contacts", 11, bold=True)
    y = _rows(
        c,
        x0,
        y + 25,
        ["Role", "Name", "Phone"],
        [0, 150, 300],
        [
            ("Post supervisor", "Ruth Akers", "07700 900642"),
            ("Editor", "Dev Malhotra", "07700 900318"),
            ("Colourist", "Ines Carvalho", "07700 900207"),
            ("Re-recording mixer", "Gareth Pugh", "07700 900855"),
        ],
        right,
        size=8.5,
    )
    return c.output()


def _wedding() -> bytes:
    """A wedding run of show titled "Call Sheet": times and a venue address, not a shoot."""
    c = Canvas("A4", "serif")
    W = c.width
    x0, right = 60.0, W - 60.0
    centre(c, 70, "CALL SHEET", 20)
    centre(c, 94, "Emma & Tom's Wedding", 15, bold=False)
    centre(c, 112, "Saturday 13 June 2026", 11, bold=False)
    centre(
        c, 128, "Hampton Manor, Shadowbrook Lane, Hampton-in-Arden, Solihull B92 0EN", 9, bold=False
    )
    y = 160.0
    c.text(x0, y, "Run of show", 12, bold=True)
    y = _rows(
        c,
        x0,
        y + 16,
        ["Time", "What", "Where", "Who"],
        [0, 50, 250, 360],
        [
            ("08:00", "Hair & make-up (bride + 4 bridesmaids)", "Bridal suite", "Glow Studio"),
            ("10:00", "Florist and stylist arrive", "Walled garden", "Petal & Stem"),
            ("11:30", "Photographer arrives, getting-ready photos", "Bridal suite", "J. Hale"),
            ("13:30", "Guests arrive, ushers seat", "Walled garden", "Ushers"),
            ("14:00", "Ceremony", "Walled garden", "Registrar"),
            ("14:45", "Drinks reception, canapés, lawn games", "Terrace", "Venue team"),
            ("16:30", "Wedding breakfast", "Peel Hall", "Venue team"),
            ("18:30", "Speeches", "Peel Hall", "Father of the bride, best man"),
            ("20:00", "Cake cutting and first dance", "Peel Hall", "DJ Marco"),
            ("21:30", "Evening food (pizza van)", "Courtyard", "Fired Up"),
            ("00:00", "Carriages", "Main drive", "Taxis booked"),
        ],
        right,
        size=8.5,
        lead=16,
    )
    y += 10
    c.text(x0, y, "Contacts on the day", 12, bold=True)
    y = _rows(
        c,
        x0,
        y + 16,
        ["Role", "Name", "Phone"],
        [0, 150, 300],
        [
            ("Venue coordinator", "Lucy Marsh", "07700 900514"),
            ("Wedding planner", "Priya Shah", "07700 900739"),
            ("Photographer", "Josh Hale", "07700 900286"),
            ("Videographer", "Amy Tran", "07700 900603"),
            ("DJ", "Marco Bianchi", "07700 900441"),
            ("Maid of honour", "Sophie Clarke", "07700 900172"),
        ],
        right,
        size=8.5,
    )
    paragraph(
        c,
        x0,
        y + 6,
        "Notes: confetti only in the walled garden; rain plan moves the ceremony to the "
        "Orangery. Please keep phones away during the vows (unplugged ceremony).",
        9.5,
        right - x0,
        13,
    )
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "other_budget",
            "near_miss",
            f"production budget, {BUDGET_PAGES} pages: a top sheet with 'Shoot days', accounts",
            _budget,
            OTHER,
        ),
        _sheet(
            "other_post_plan",
            "near_miss",
            "post-production plan: edit, grade, mix and delivery dates at a facility address",
            _post_plan,
            OTHER,
        ),
        _sheet(
            "other_wedding_run",
            "near_miss",
            "wedding run of show titled 'Call Sheet': times, venue address, contacts",
            _wedding,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_ca_sheets(),
        *_pl_sheets(),
        *_uk_sheets(),
        *_xl_sheets(),
        *_tv_sheets(),
        *_memo_sheets(),
        *_other_sheets(),
    ]
