"""Twenty-seventh held-out set: commercials and short shoots from independent companies
(`fresh26_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets: the
one-page sheets users receive most often (CONVENTIONS.md, "fresh26"). A Toronto commercial
production company's template (logo text top left, "CALL SHEET" top right, a ruled grid whose
labels sit in grey strips over the value cells, "Tues. Nov. 17/26" dates, "7:00a" calls), a New
York commercial sheet (client / agency / job number, a "CREW CALL" box, "SHOOT LOCATION",
"NEAREST HOSPITAL", a "Weather: ... Sunrise ... Sunset ..." line), a Polish commercial "call
sheet" in Polish by a Warsaw production service ("Data zdjęć", "Godzina zbiórki",
"Lokalizacja", "Szpital"), a London short film sheet made in Google Sheets (general info left,
location info right, interleaved key / value cells), a Los Angeles student film sheet (a big
friendly heading, "CALL TIME", "LOCATION (address)", "PARKING", "NEAREST HOSPITAL") and a
Dublin / Glasgow commercial one-liner sheet ("Call 0730 @ ... Unit base ... Nearest A&E ...").
Three near misses (a camera rental quote, a casting session schedule for extras, a
post-production delivery schedule) must read as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one
a family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from tests.corpus.draw import Canvas, black, grey, measure, struck
from tests.corpus.formats import PL_GENITIVE, add_minutes, pl_weekday
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
    # Toronto commercial template: Power Plant, ROM, Bluffer's Park
    "powerplant": _p(
        "ca",
        "The Power Plant Contemporary Art Gallery",
        "231 Queens Quay W",
        "Toronto, ON M5J 2G8",
        43.6387,
        -79.3822,
        "America/Toronto",
        "St. Michael's Hospital",
        "36 Queen St E",
        "Toronto, ON M5B 1W8",
        "(416) 360-4000",
        "235 Queens Quay W",
        "Toronto, ON M5J 2G8",
    ),
    "rom": _p(
        "ca",
        "Royal Ontario Museum",
        "100 Queens Park",
        "Toronto, ON M5S 2C6",
        43.6677,
        -79.3948,
        "America/Toronto",
        "Toronto General Hospital",
        "200 Elizabeth St",
        "Toronto, ON M5G 2C4",
        "(416) 340-4800",
        "75 Queens Park",
        "Toronto, ON M5S 2C5",
    ),
    "bluffers": _p(
        "ca",
        "Bluffer's Park",
        "1 Brimley Rd S",
        "Toronto, ON M1M 3W3",
        43.7071,
        -79.2312,
        "America/Toronto",
        "Scarborough General Hospital",
        "3050 Lawrence Ave E",
        "Toronto, ON M1P 2V5",
        "(416) 438-2911",
        "7 Brimley Rd S",
        "Toronto, ON M1M 3W3",
    ),
    # New York commercial: Brooklyn Bridge Park, Industry City, the Morgan Library
    "pier1": _p(
        "us",
        "Brooklyn Bridge Park, Pier 1",
        "102 Furman St",
        "Brooklyn, NY 11201",
        40.7020,
        -73.9965,
        "America/New_York",
        "The Brooklyn Hospital Center",
        "121 DeKalb Ave",
        "Brooklyn, NY 11201",
        "(718) 250-8000",
        "360 Furman St",
        "Brooklyn, NY 11201",
    ),
    "industrycity": _p(
        "us",
        "Industry City",
        "220 36th St",
        "Brooklyn, NY 11232",
        40.6555,
        -74.0070,
        "America/New_York",
        "NYU Langone Hospital - Brooklyn",
        "150 55th St",
        "Brooklyn, NY 11220",
        "(718) 630-7000",
        "274 36th St",
        "Brooklyn, NY 11232",
    ),
    "morgan": _p(
        "us",
        "The Morgan Library & Museum",
        "225 Madison Ave",
        "New York, NY 10016",
        40.7492,
        -73.9813,
        "America/New_York",
        "NYC Health + Hospitals/Bellevue",
        "462 First Ave",
        "New York, NY 10016",
        "(212) 562-4141",
        "36th St between Madison and Park Ave",
        "New York, NY 10016",
    ),
    # Warsaw commercial, production service: Koneser, Łazienki, Fabryka Norblina
    "koneser": _p(
        "pl",
        "Centrum Praskie Koneser",
        "pl. Konesera 1",
        "03-736 Warszawa",
        52.2548,
        21.0446,
        "Europe/Warsaw",
        "Szpital Praski p.w. Przemienienia Pańskiego",
        "al. Solidarności 67",
        "03-401 Warszawa",
        "+48 22 555 10 00",
        "ul. Ząbkowska 27/31",
        "03-736 Warszawa",
    ),
    "lazienki": _p(
        "pl",
        "Łazienki Królewskie",
        "ul. Agrykoli 1",
        "00-460 Warszawa",
        52.2151,
        21.0355,
        "Europe/Warsaw",
        "Centralny Szpital Kliniczny MSWiA",
        "ul. Wołoska 137",
        "02-507 Warszawa",
        "+48 47 722 12 00",
        "ul. Myśliwiecka 4",
        "00-459 Warszawa",
    ),
    "norblin": _p(
        "pl",
        "Fabryka Norblina",
        "ul. Żelazna 51/53",
        "00-841 Warszawa",
        52.2327,
        20.9910,
        "Europe/Warsaw",
        "Szpital Wolski im. dr Anny Gostyńskiej",
        "ul. Kasprzaka 17",
        "01-211 Warszawa",
        "+48 22 389 40 00",
        "ul. Prosta 36",
        "00-838 Warszawa",
    ),
    # London short film, Google Sheets: Leighton House, Hackney Empire, Brockwell Lido
    "leighton": _p(
        "uk",
        "Leighton House",
        "12 Holland Park Rd",
        "London W14 8LZ",
        51.4986,
        -0.2030,
        "Europe/London",
        "Charing Cross Hospital",
        "Fulham Palace Rd",
        "London W6 8RF",
        "020 3311 1234",
        "Melbury Rd",
        "London W14 8LN",
    ),
    "hackney": _p(
        "uk",
        "Hackney Empire",
        "291 Mare St",
        "London E8 1EJ",
        51.5455,
        -0.0553,
        "Europe/London",
        "Homerton University Hospital",
        "Homerton Row",
        "London E9 6SR",
        "020 8510 5555",
        "Reading Ln",
        "London E8 1GQ",
    ),
    "brockwell": _p(
        "uk",
        "Brockwell Lido",
        "Dulwich Rd",
        "London SE24 0PA",
        51.4531,
        -0.1063,
        "Europe/London",
        "King's College Hospital",
        "Denmark Hill",
        "London SE5 9RS",
        "020 3299 9000",
        "Norwood Rd",
        "London SE24 9AA",
    ),
    # Los Angeles student film: Bradbury Building, Watts Towers, Venice Beach
    "bradbury": _p(
        "us",
        "The Bradbury Building",
        "304 S Broadway",
        "Los Angeles, CA 90013",
        34.0505,
        -118.2479,
        "America/Los_Angeles",
        "Good Samaritan Hospital",
        "1225 Wilshire Blvd",
        "Los Angeles, CA 90017",
        "(213) 977-2121",
        "333 S Spring St",
        "Los Angeles, CA 90013",
    ),
    "watts": _p(
        "us",
        "Watts Towers Arts Center",
        "1765 E 107th St",
        "Los Angeles, CA 90002",
        33.9388,
        -118.2413,
        "America/Los_Angeles",
        "Martin Luther King Jr. Community Hospital",
        "1680 E 120th St",
        "Los Angeles, CA 90059",
        "(424) 338-8000",
        "1727 E 107th St",
        "Los Angeles, CA 90002",
    ),
    "venice": _p(
        "us",
        "Venice Beach Recreation Center",
        "1800 Ocean Front Walk",
        "Venice, CA 90291",
        33.9850,
        -118.4726,
        "America/Los_Angeles",
        "UCLA Medical Center, Santa Monica",
        "1250 16th St",
        "Santa Monica, CA 90404",
        "(424) 259-6000",
        "2100 Ocean Front Walk",
        "Venice, CA 90291",
    ),
    # Dublin / Glasgow commercial one-liners: Croke Park, Dublin Castle, Glasgow Necropolis
    "croke": _p(
        "ie",
        "Croke Park",
        "Jones' Road",
        "Dublin 3, D03 P6K7",
        53.3607,
        -6.2511,
        "Europe/Dublin",
        "Mater Misericordiae University Hospital",
        "Eccles St",
        "Dublin 7, D07 R2WY",
        "01 803 2000",
        "Clonliffe Rd",
        "Dublin 3",
    ),
    "dublincastle": _p(
        "ie",
        "Dublin Castle",
        "Dame St",
        "Dublin 2, D02 X8X8",
        53.3429,
        -6.2674,
        "Europe/Dublin",
        "St. James's Hospital",
        "James's St",
        "Dublin 8, D08 NHY1",
        "01 410 3000",
        "Ship St Great",
        "Dublin 8",
    ),
    "necropolis": _p(
        "uk",
        "Glasgow Necropolis",
        "Castle St",
        "Glasgow G4 0UZ",
        55.8626,
        -4.2318,
        "Europe/London",
        "Glasgow Royal Infirmary",
        "84 Castle St",
        "Glasgow G4 0SF",
        "0141 211 4000",
        "Wishart St",
        "Glasgow G31 2HX",
    ),
}

# Toronto template weekday abbreviations ("Tues. Nov. 17/26")
CA_WEEKDAYS = ["Mon.", "Tues.", "Wed.", "Thurs.", "Fri.", "Sat.", "Sun."]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "pl_colon": f"{h}:{m:02d}",  # Polish "7:00"
        "bare_am": f"{h12}{ap.lower()}" if not m else f"{h12}:{m:02d}{ap.lower()}",  # "7am"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "ca_short": f"{CA_WEEKDAYS[d.weekday()]} {d:%b}. {d.day}/{d:%y}",  # "Tues. Nov. 17/26"
        "ca_plain": f"{d:%b} {d.day}/{d:%y}",  # "Nov 17/26"
        "ca_wd_plain": f"{d:%a} {d:%b} {d.day}/{d:%y}",  # "Sat Oct 24/26"
        "pl_dots_wd": f"{d:%d.%m.%Y} ({pl_weekday(d)})",  # "14.11.2026 (sobota)"
        "pl_wd_gen": f"{pl_weekday(d)}, {d.day} {PL_GENITIVE[d.month - 1]} {d.year}",
        "gs_slash": f"{d:%d/%m/%Y}",  # Google Sheets' UK default "14/11/2026"
        "gs_wd": f"{d:%a} {d.day} {d:%b} {d.year}",  # "Sat 14 Nov 2026"
        "us_wd_slash": f"{d:%A} {d.month}/{d.day}/{d:%y}",  # "Saturday 11/14/26"
        "us_wd_full": f"{d:%A} {d.month}/{d.day}/{d.year}",  # "Saturday 11/14/2026"
        "ie_short": f"{d:%a} {d.day} {d:%b} {d.year}",  # "Tue 10 Nov 2026"
        "ie_dots": f"{d:%a} {d:%d.%m.%y}",  # "Tue 10.11.26"
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh26")


# This set's tables: fresh_common.head_table in its own size, shade and lead.
_rows = partial(head_table, size=8.0, shade=225, lead=12.5, head_rule=0.3)


# --- (1) Toronto commercial company template: grey label strips over value cells ---------------


def _to(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "us_letter"

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        x0 = 32.0
        right = W - x0
        cw = (right - x0) / 3
        # logo text: a boxed wordmark, the company's line under it
        lw = measure(c, g["logo"], 17, bold=True)
        c.box(x0, 26, lw + 14, 28, 1.4)
        c.text(x0 + 7, 46, g["logo"], 17, bold=True)
        grey(c, 100)
        c.text(x0, 66, g["company_line"], 7)
        black(c)
        c.right(right, 46, "CALL SHEET", 20, bold=True)
        c.right(right, 60, f"Job {g['job']}", 8)

        def band(y: float, items: list[tuple[str, list[str], int]], h: float) -> float:
            """A grey label strip row, then a ruled row of value cells under it."""
            x = x0
            for lab, lines, span in items:
                w = cw * span
                fill(c, x, y, w, 11, 205)
                c.box(x, y, w, 11, 0.4)
                fit(c, x + 3, y + 8.2, lab, 6.5, w - 6, bold=True)
                c.box(x, y + 11, w, h, 0.4)
                yy = y + 11 + 12
                for k, ln in enumerate(lines):
                    fit(c, x + 4, yy, ln, 9.5 if k == 0 else 8.5, w - 8, bold=k == 0)
                    yy += 11.5
                x += w
            return y + 11 + h

        y = 80.0
        y = band(
            y,
            [
                ("PRODUCTION", [title], 1),
                ("CLIENT", [g["client"]], 1),
                ("AGENCY", [g["agency"]], 1),
            ],
            20,
        )
        date_items: list[tuple[str, list[str], int]] = [
            ("SHOOT DATE", [day_text(day, g["date_style"])], 1)
        ]
        if g.get("rain_date"):
            # HARD: a RAIN DATE cell (two days later) stands beside the shoot date
            date_items = [
                ("SHOOT DATE", [day_text(day, g["date_style"])], 1),
                ("RAIN DATE", [day_text(day + dt.timedelta(days=2), g["date_style"])], 1),
            ]
        y = band(
            y + 6,
            [
                *date_items,
                ("CREW CALL", [hm(call, t)], 1),
                *(
                    []
                    if g.get("rain_date")
                    else [("SUNRISE / SUNSET", [f"{hm(rise, t)} / {hm(fall, t)}"], 1)]
                ),
            ],
            20,
        )
        if g.get("rain_date"):
            y = band(
                y + 6,
                [
                    ("SUNRISE / SUNSET", [f"{hm(rise, t)} / {hm(fall, t)}"], 1),
                    ("WEATHER", [g["weather"]], 2),
                ],
                20,
            )
        else:
            y = band(y + 6, [("WEATHER", [g["weather"]], 3)], 20)
        y = band(
            y + 6,
            [
                ("LOCATION", [p.name, p.street, p.city, g["set"]], 2),
                ("PARKING", [p.base_street, g["parking"]], 1),
            ],
            56,
        )
        y = band(
            y + 6,
            [
                (
                    "NEAREST HOSPITAL",
                    [p.hospital, f"{p.hospital_street}, {p.hospital_city}", p.hospital_phone],
                    2,
                ),
                ("PRODUCER", [g["producer"], g["producer_phone"]], 1),
            ],
            44,
        )
        y += 24
        c.text(x0, y, "SCHEDULE", 10, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["TIME", "ACTIVITY", "TALENT"],
            [0, 70, 400],
            [(hm(add_minutes(call, o), t), a, b) for o, a, b in g["schedule"]],
            right,
            size=8.5,
            lead=13,
        )
        y += 6
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
        c.text(x0, c.pdf.h - 26, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"to_{key}",
        "toronto_strips",
        "Toronto commercial company template: grey label strips over value cells, 'Nov 17/26'",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _to_sheets() -> list[Sheet]:
    base = {
        "logo": "HALF/LIGHT",
        "company_line": "Half Light Films Inc.  ·  1100 Lansdowne Ave, Toronto, ON M6H 3Z5",
        "producer": "Carmen Dutra",
        "producer_phone": "(416) 555-0188",
        "footer": "Half Light Films - CS template 2026  ·  No smoking or vaping on location",
    }
    return [
        _to(
            "powerplant",
            "Glacier Water Sparkle",
            D(2026, 11, 17),
            "07:00",
            {
                **base,
                "date_style": "ca_short",
                "job": "HL-2619",
                "client": "Glacier Springs Beverage Co.",
                "agency": "Bellwood North",
                "weather": "Overcast, 4°C, wind off the lake",
                "set": "Gallery 2 and the lakefront terrace",
                "parking": "Trucks on Queens Quay lay-by",
                "schedule": [
                    (60, "Shot 1: bottle on the terrace rail, lake behind", "Hand model"),
                    (180, "Shot 2-3: gallery walk-through", "Woman, Man"),
                    (330, "Lunch", ""),
                    (390, "Shot 4: pour, slow motion", ""),
                ],
                "crew": [
                    ("Producer", "Carmen Dutra", "(416) 555-0188", -30),
                    ("1st AD", "Wes Abara", "(416) 555-0191", -15),
                    ("DOP", "Nadia Rahimi", "(647) 555-0103", 0),
                    ("Key Grip", "Tom Kowal", "(647) 555-0110", 0),
                ],
            },
        ),
        _to(
            "rom",
            "Future Of Learning",
            D(2026, 10, 29),
            "06:30",
            {
                **base,
                "date_style": "ca_plain",
                "job": "HL-2611",
                "client": "Northway Credit Union",
                "agency": "Fathom & Fern",
                "weather": "Sunny, 9°C",
                "set": "Dinosaur gallery, 2nd floor",
                "parking": "Green P lot, Bedford Rd",
                "schedule": [
                    (90, "Shot 1: kid under the T. rex, wide", "Kid"),
                    (270, "Lunch", ""),
                    (330, "Shot 2: parent and kid, tablet close-ups", "Kid, Parent"),
                ],
                "crew": [
                    ("Producer", "Carmen Dutra", "(416) 555-0188", -30),
                    ("1st AD", "Iggy Laurent", "(416) 555-0129", -15),
                    ("DOP", "Hugh McAdam", "(416) 555-0136", 0),
                ],
            },
        ),
        _to(
            "bluffers",
            "Trailhead Boots",
            D(2026, 10, 24),
            "07:30",
            {
                **base,
                "date_style": "ca_wd_plain",
                "job": "HL-2607",
                "client": "Trailhead Outfitters",
                "agency": "direct",
                "weather": "Clear, 8°C",
                "set": "the beach path under the bluffs",
                # HARD: a RAIN DATE cell (two days later) stands next to the SHOOT DATE cell
                "rain_date": True,
                "parking": "Upper lot; trucks at the marina gate",
                "schedule": [
                    (45, "Shot 1: sunrise hike, boots in the sand", "Hiker"),
                    (240, "Lunch", ""),
                    (300, "Shot 2-3: bluff walk, drone", "Hiker, Dog"),
                ],
                "crew": [
                    ("Producer", "Carmen Dutra", "(416) 555-0188", -30),
                    ("1st AD", "Wes Abara", "(416) 555-0191", -15),
                    ("Drone op", "Ravi Pillai", "(905) 555-0147", 30),
                ],
            },
        ),
    ]


# --- (2) New York commercial: client / agency / job #, CREW CALL box, SHOOT LOCATION -----------


def _ny(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        x0 = 40.0
        right = W - x0
        c.text(x0, 50, g["company"], 14, bold=True)
        c.text(x0, 63, g["company_addr"], 7.5)
        c.right(right, 50, "CALL SHEET", 14, bold=True)
        c.right(right, 63, day_text(day, g["date_style"]), 9.5, bold=True)
        c.hline(x0, right, 72, 1.0)
        y = 90.0
        for lab, val in [
            ("CLIENT:", g["client"]),
            ("AGENCY:", g["agency"]),
            ("PROJECT:", title),
            ("JOB #:", g["job"]),
            ("DIRECTOR:", g["director"]),
        ]:
            c.text(x0, y, lab, 8.5, bold=True)
            fit(c, x0 + 62, y, val, 9.5, 220)
            y += 13
        # the call box(es) on the right
        boxes = [("CREW CALL", hm(call, t))]
        if g.get("precall"):
            # HARD: a G&E pre-call box (an hour earlier) stands left of the CREW CALL box
            boxes.insert(0, ("G&E PRE-CALL", hm(add_minutes(call, -60), t)))
        bw = 110.0
        bx = right - bw * len(boxes)
        for k, (lab, val) in enumerate(boxes):
            xx = bx + k * bw
            main = lab == "CREW CALL"
            c.box(xx, 82, bw, 62, 1.6 if main else 0.6)
            c.text(xx + (bw - measure(c, lab, 9, bold=True)) / 2, 98, lab, 9, bold=True)
            sz = 20 if main else 14
            c.text(xx + (bw - measure(c, val, sz, bold=True)) / 2, 128, val, sz, bold=True)
        y = max(y, 150.0) + 10
        c.text(
            x0,
            y,
            f"Weather: {g['weather']}    Sunrise {hm(rise, t)}    Sunset {hm(fall, t)}",
            9,
        )
        y += 8
        c.hline(x0, right, y, 0.5)
        y += 18
        half = (right - x0) / 2
        blocks = [
            ("SHOOT LOCATION", [p.name, p.street, p.city, g["set"]]),
            (
                "NEAREST HOSPITAL",
                [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
            ),
        ]
        for k, (lab, lines) in enumerate(blocks):
            xx = x0 + k * half
            c.text(xx, y, lab, 10, bold=True)
            yy = y + 14
            for ln in lines:
                fit(c, xx, yy, ln, 9.5, half - 12)
                yy += 12
        y += 14 + 12 * 4 + 10
        c.text(x0, y, "PARKING / HOLDING", 10, bold=True)
        y += 14
        y = paragraph(c, x0, y, f"{p.base}. {g['parking']}", 9, right - x0, 12) + 10
        c.text(x0, y, "SCHEDULE", 10, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["TIME", "SHOT / ACTIVITY", "TALENT"],
            [0, 70, 400],
            [(hm(add_minutes(call, o), t), a, b) for o, a, b in g["schedule"]],
            right,
        )
        y += 6
        c.text(x0, y, "TALENT", 10, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["NAME", "ROLE", "CALL", "WARDROBE / HMU"],
            [0, 150, 300, 380],
            [(a, b, hm(add_minutes(call, o), t), n) for a, b, o, n in g["talent"]],
            right,
        )
        y += 6
        c.text(x0, y, "CREW", 10, bold=True)
        _rows(
            c,
            x0,
            y + 14,
            ["POSITION", "NAME", "PHONE"],
            [0, 150, 300],
            g["crew"],
            right,
        )
        grey(c, 120)
        c.text(x0, c.pdf.h - 26, "Set medic on site. Emergency: 911. " + g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"ny_{key}",
        "ny_commercial",
        "New York commercial sheet: client / agency / job #, CREW CALL box, SHOOT LOCATION",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _ny_sheets() -> list[Sheet]:
    return [
        _ny(
            "pier1",
            "Skyline Sip",
            D(2026, 11, 2),
            "07:00",
            {
                "time": "us",
                "date_style": "us_long",
                "company": "Two Rivers Content",
                "company_addr": "55 Washington St, Brooklyn, NY 11201  ·  (718) 555-0160",
                "client": "Harbor Roast Coffee",
                "agency": "Kettle & Sparrow",
                "job": "TRC-26-114",
                "director": "Ines Calloway",
                "weather": "Partly cloudy, 54°F / 41°F",
                "set": "Granite prospect steps, skyline view",
                "parking": "Trucks on Furman St. Crew: Pier 5 lot, permits at the production van.",
                "schedule": [
                    (45, "Shot 1: sunrise skyline, cup in frame", "Hand model"),
                    (150, "Shot 2: couple on the steps", "Couple"),
                    (300, "Lunch", ""),
                    (360, "Shot 3-4: pack shots, steam", ""),
                ],
                "talent": [
                    ("Dana Whitlock", "Woman", 30, "Own denim, HMU light"),
                    ("Marco Esposito", "Man", 30, "Navy coat provided"),
                    ("Sue Park", "Hand model", -15, "Nails at 6:45 AM"),
                ],
                "crew": [
                    ("Producer", "Alex Brenner", "(917) 555-0171"),
                    ("1st AD", "Trish Ngata", "(917) 555-0182"),
                    ("DP", "Omar Haddad", "(646) 555-0193"),
                ],
                "footer": "TRC call sheet v2",
            },
        ),
        _ny(
            "industrycity",
            "Made Here",
            D(2026, 12, 8),
            "08:00",
            {
                "time": "us",
                "date_style": "us_short",
                "company": "Gowanus Light Co.",
                "company_addr": "543 Union St, Brooklyn, NY 11215",
                "client": "Ferrous Tools",
                "agency": "in-house",
                "job": "GLC-0412",
                "director": "Sam Oyelaran",
                "weather": "Cold, clear, 38°F",
                "set": "Building 2, 6th floor workshop",
                # HARD: a "G&E PRE-CALL 7:00 AM" box stands left of the "CREW CALL 8:00 AM" box
                "precall": True,
                "parking": "Loading dock on 36th St; crew parking in the Courtyard 1-2 lot.",
                "schedule": [
                    (60, "Shot 1: welder at the bench", "Welder"),
                    (240, "Lunch", ""),
                    (300, "Shot 2-3: product hero, tool roll", ""),
                ],
                "talent": [
                    ("Reggie Mills", "Welder", 0, "Own boots"),
                    ("Ana Soto", "Apprentice", 60, "Coveralls provided"),
                ],
                "crew": [
                    ("Producer", "Jen Falk", "(347) 555-0124"),
                    ("Gaffer", "Ike Brown", "(347) 555-0135"),
                    ("DP", "Lise Aune", "(347) 555-0146"),
                ],
                "footer": "GLC - Made Here - call sheet",
            },
        ),
        _ny(
            "morgan",
            "Quiet Pages",
            D(2026, 10, 20),
            "06:00",
            {
                "time": "us_letter",
                "date_style": "us_ordinal",
                "company": "Canal Street Pictures",
                "company_addr": "100 Lafayette St, New York, NY 10013",
                "client": "Lumen E-Readers",
                "agency": "Wexley Partners",
                "job": "CSP-2288",
                "director": "Priya Venkat",
                "weather": "Rain likely, 58°F",
                "set": "East Room library, balcony level",
                "parking": "Holding in the museum's Gilbert Court. No parking on Madison.",
                "schedule": [
                    (90, "Shot 1: reader in the East Room, wide", "Reader"),
                    (270, "Lunch", ""),
                    (330, "Shot 2: device close-ups", ""),
                ],
                "talent": [
                    ("Keisha Bello", "Reader", 30, "Cream knit, provided"),
                ],
                "crew": [
                    ("Producer", "Roy Stamos", "(212) 555-0157"),
                    ("1st AD", "Wendy Lau", "(212) 555-0168"),
                ],
                "footer": "CSP / Lumen / call sheet",
            },
        ),
    ]


# --- (3) Warsaw commercial by a production service, in Polish ----------------------------------


def _pl(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        x0 = 44.0
        right = W - x0
        c.text(x0, 52, g["company"], 11, bold=True)
        c.text(x0, 64, g["company_addr"], 7.5)
        c.right(right, 54, "CALL SHEET", 18, bold=True)
        c.hline(x0, right, 74, 1.0)
        y = 96.0
        if g.get("issued"):
            # HARD: the issue date (two days earlier) stands above the shooting date
            c.right(
                right, y - 4, f"Data wydania: {day_text(day - dt.timedelta(days=2), 'pl_dots')}", 8
            )
        c.text(x0, y, f"Projekt: {title}", 13, bold=True)
        y += 16
        c.text(x0, y, f"Klient: {g['client']}   ·   Agencja: {g['agency']}", 9)
        y += 13
        c.text(x0, y, f"Reżyser: {g['director']}   ·   Producent: {g['producer']}", 9)
        y += 22
        rows = [
            ("Data zdjęć", day_text(day, g["date_style"])),
            ("Godzina zbiórki", hm(call, t)),
            ("Śniadanie", hm(add_minutes(call, -30), t)),
            ("Pierwszy klaps", hm(add_minutes(call, 60), t)),
            ("Obiad", hm(add_minutes(call, 330), t)),
            ("Planowany koniec", hm(add_minutes(call, 600), t)),
            ("Wschód / zachód słońca", f"{hm(rise, t)} / {hm(fall, t)}"),
            ("Pogoda", g["weather"]),
        ]
        for lab, val in rows:
            strong = lab in ("Data zdjęć", "Godzina zbiórki")
            fill(c, x0, y, 150, 16, 232)
            c.box(x0, y, 150, 16, 0.4)
            c.box(x0 + 150, y, right - x0 - 150, 16, 0.4)
            c.text(x0 + 5, y + 11.5, lab, 8.5, bold=True)
            fit(c, x0 + 156, y + 11.5, val, 9.5, right - x0 - 162, bold=strong)
            y += 16
        y += 22
        for lab, lines in [
            ("LOKALIZACJA", [p.name, p.street, p.city, g["set"]]),
            ("BAZA / PARKING", [f"{p.base_street}, {p.base_city}", g["parking"]]),
            ("SZPITAL (SOR)", [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]),
        ]:
            c.text(x0, y, lab, 10, bold=True)
            c.hline(x0, right, y + 3, 0.4)
            y += 16
            for ln in lines:
                c.text(x0 + 8, y, ln, 9.5)
                y += 12.5
            y += 8
        c.text(x0, y, "Numer alarmowy: 112", 9, bold=True)
        y += 20
        c.text(x0, y, "HARMONOGRAM", 10, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["Godz.", "Ujęcie / opis", "Obsada"],
            [0, 60, 380],
            [(hm(add_minutes(call, o), t), a, b) for o, a, b in g["schedule"]],
            right,
        )
        y += 6
        c.text(x0, y, "EKIPA", 10, bold=True)
        _rows(
            c,
            x0,
            y + 14,
            ["Funkcja", "Imię i nazwisko", "Telefon"],
            [0, 150, 330],
            g["crew"],
            right,
        )
        return c.output()

    return _sheet(
        f"pl_{key}",
        "pl_warsaw_service",
        "Warsaw production service commercial call sheet in Polish: Data zdjęć, Godzina zbiórki",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _pl_sheets() -> list[Sheet]:
    base = {
        "company": "Vistula Production Service sp. z o.o.",
        "company_addr": "ul. Chmielna 73, 00-801 Warszawa  ·  +48 22 555 41 20",
    }
    return [
        _pl(
            "koneser",
            "Smak Pragi",
            D(2026, 11, 14),
            "07:00",
            {
                **base,
                "time": "pl_colon",
                "date_style": "pl_dots_wd",
                "client": "Browar Wschodni",
                "agency": "Kreatywni.pl",
                "director": "Michał Zawada",
                "producer": "Agata Lis",
                "weather": "pochmurno, 5°C",
                "set": "dziedziniec i hala rektyfikacji",
                "parking": "samochody techniczne od ul. Nieporęckiej",
                "schedule": [
                    (60, "Ujęcie 1: dziedziniec, plan ogólny", "Para"),
                    (180, "Ujęcie 2-3: bar, nalewanie", "Barman"),
                    (330, "Obiad", ""),
                    (390, "Packshot", ""),
                ],
                "crew": [
                    ("Producent", "Agata Lis", "+48 601 555 210"),
                    ("Kierownik planu", "Paweł Kot", "+48 602 555 311"),
                    ("Operator", "Igor Wrona", "+48 603 555 412"),
                ],
            },
        ),
        _pl(
            "lazienki",
            "Jesień w Parku",
            D(2026, 10, 14),
            "06:30",
            {
                **base,
                "time": "h24",
                "date_style": "pl_wd_gen",
                "client": "Bank Mazowsze",
                "agency": "Ogród Agency",
                "director": "Zuzanna Rak",
                "producer": "Tomasz Bąk",
                "weather": "słonecznie, 11°C",
                "set": "Pałac na Wyspie, taras północny",
                "parking": "wjazd od ul. Myśliwieckiej, przepustki u kierownika planu",
                "schedule": [
                    (30, "Ujęcie 1: mgła nad stawem, świt", ""),
                    (120, "Ujęcie 2: spacer z psem", "Kobieta, pies"),
                    (330, "Obiad", ""),
                ],
                "crew": [
                    ("Producent", "Tomasz Bąk", "+48 604 555 513"),
                    ("Kierownik planu", "Ola Stec", "+48 605 555 614"),
                ],
            },
        ),
        _pl(
            "norblin",
            "Miasto Nocą",
            D(2026, 12, 3),
            "08:00",
            {
                **base,
                "time": "h24",
                "date_style": "pl_dots",
                "client": "Elektro-Mobil",
                "agency": "Szkło & Stal",
                "director": "Kuba Fijał",
                "producer": "Ewa Domańska",
                "weather": "mróz, -3°C",
                "set": "hala Walcowni, poziom 0",
                # HARD: "Data wydania" (the issue date, two days earlier) above the title
                "issued": True,
                "parking": "parking podziemny P-1, wjazd od ul. Prostej",
                "schedule": [
                    (60, "Ujęcie 1: auto w hali, plan ogólny", ""),
                    (240, "Ujęcie 2: kierowca, zbliżenia", "Kierowca"),
                    (330, "Obiad", ""),
                ],
                "crew": [
                    ("Producent", "Ewa Domańska", "+48 606 555 715"),
                    ("Kierownik planu", "Adam Pietras", "+48 607 555 816"),
                    ("Operator", "Leon Gąsior", "+48 608 555 917"),
                ],
            },
        ),
    ]


# --- (4) London short film in Google Sheets: general info left, location info right ------------


def _gs(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        x0 = 30.0
        right = W - x0
        cols = [x0, x0 + 90, x0 + 268, x0 + 358, right]
        c.pdf.set_draw_color(190, 190, 190)
        # title rows merged across the sheet
        fill(c, x0, 30, right - x0, 30, 40)
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0 + 6, 51, f"{title.upper()}  -  CALL SHEET", 14, bold=True)
        black(c)
        c.text(x0 + 4, 74, g["sub"], 8.5)
        y = 86.0
        fill(c, x0, y, cols[2] - x0, 16, 205)
        fill(c, cols[2], y, right - cols[2], 16, 205)
        c.text(x0 + 4, y + 11.5, "GENERAL INFO", 8.5, bold=True)
        c.text(cols[2] + 4, y + 11.5, "LOCATION INFO", 8.5, bold=True)
        y += 16
        call_val = hm(call, t)
        if g.get("cast_call"):
            # HARD: the cast call shares the Call Time cell after the crew call
            call_val = f"{hm(call, t)} crew / {hm(add_minutes(call, 90), t)} cast"
        left = [
            ("Production", title),
            ("Director", g["director"]),
            ("Producer", g["producer"]),
            ("Date", day_text(day, g["date_style"])),
            ("Call Time", call_val),
            ("Lunch", hm(add_minutes(call, 330), t)),
            ("Est. Wrap", hm(add_minutes(call, 600), t)),
            ("Weather", g["weather"]),
            ("Sunrise", hm(rise, t)),
            ("Sunset", hm(fall, t)),
        ]
        right_col = [
            ("Location", p.name),
            ("Address", p.street),
            ("City / Postcode", p.city),
            ("Set", g["set"]),
            ("Parking", g["parking"]),
            ("Nearest Tube", g["tube"]),
            ("Nearest A&E", p.hospital),
            ("A&E Address", p.hospital_address),
            ("A&E Phone", p.hospital_phone),
            ("Emergency", "999"),
        ]
        for (lk, lv), (rk, rv) in zip(left, right_col, strict=True):
            for k in range(4):
                c.box(cols[k], y, cols[k + 1] - cols[k], 16, 0.3)
            fill(c, cols[0] + 0.3, y + 0.3, cols[1] - cols[0] - 0.6, 15.4, 240)
            fill(c, cols[2] + 0.3, y + 0.3, cols[3] - cols[2] - 0.6, 15.4, 240)
            c.text(cols[0] + 4, y + 11.5, lk, 8, bold=True)
            fit(c, cols[1] + 4, y + 11.5, lv, 8.5, cols[2] - cols[1] - 8)
            c.text(cols[2] + 4, y + 11.5, rk, 8, bold=True)
            fit(c, cols[3] + 4, y + 11.5, rv, 8.5, cols[4] - cols[3] - 8)
            y += 16
        y += 22
        fill(c, x0, y - 11, right - x0, 16, 205)
        c.text(x0 + 4, y + 0.5, "SCHEDULE", 8.5, bold=True)
        y += 16
        xs = [x0, x0 + 60, x0 + 110, x0 + 400, right]
        for row in [("Time", "Sc.", "Description", "Cast"), *g["scenes"]]:
            for k in range(4):
                c.box(xs[k], y - 11.5, xs[k + 1] - xs[k], 16, 0.3)
            vals = list(row)
            if row[0] != "Time":
                vals[0] = hm(add_minutes(call, int(row[0])), t)
            for k, v in enumerate(vals):
                fit(c, xs[k] + 4, y, v, 8.5, xs[k + 1] - xs[k] - 8, bold=row[0] == "Time")
            y += 16
        y += 20
        fill(c, x0, y - 11, right - x0, 16, 205)
        c.text(x0 + 4, y + 0.5, "CAST & CREW", 8.5, bold=True)
        y += 16
        for row in [("Role", "Name", "Phone", "Call"), *g["people"]]:
            vals = list(row)
            if row[0] != "Role":
                vals[3] = hm(add_minutes(call, int(row[3])), t)
            for k in range(4):
                c.box(cols[k], y - 11.5, cols[k + 1] - cols[k], 16, 0.3)
                fit(
                    c,
                    cols[k] + 4,
                    y,
                    vals[k],
                    8.5,
                    cols[k + 1] - cols[k] - 8,
                    bold=row[0] == "Role",
                )
            y += 16
        c.pdf.set_draw_color(0, 0, 0)
        grey(c, 130)
        c.text(x0, c.pdf.h - 24, g["tab"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"gs_{key}",
        "london_gsheets_short",
        "London short film sheet in Google Sheets: General info left, Location info right",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _gs_sheets() -> list[Sheet]:
    return [
        _gs(
            "leighton",
            "The Arab Hall",
            D(2026, 11, 21),
            "08:00",
            {
                "time": "h24",
                "date_style": "gs_slash",
                "sub": "Short film  ·  Kestrel Lane Films  ·  Day 1 of 2",
                "director": "Yasmin Haddad",
                "producer": "Ollie Price",
                "weather": "Cloudy, 9°C",
                "set": "Arab Hall and the staircase",
                "parking": "Pay & display on Melbury Rd",
                "tube": "High Street Kensington",
                "scenes": [
                    ("60", "3", "INT. ARAB HALL - Leila and the tiles", "Leila"),
                    ("210", "4", "INT. STAIRCASE - the letter", "Leila, Sami"),
                    ("390", "7", "INT. STUDIO - painting", "Sami"),
                ],
                "people": [
                    ("Leila", "Noor Karim", "07700 900123", "30"),
                    ("Sami", "Idris Bakr", "07700 900234", "120"),
                    ("DoP", "Hattie Long", "07700 900345", "0"),
                    ("Sound", "Kwame Asante", "07700 900456", "0"),
                ],
                "tab": "Sheet: Day 1  ·  The Arab Hall call sheet (Google Sheets)",
            },
        ),
        _gs(
            "hackney",
            "Second House",
            D(2026, 10, 31),
            "09:00",
            {
                "time": "h24",
                "date_style": "gs_wd",
                "sub": "Short film  ·  Mare Street Collective  ·  single day",
                "director": "Ciaran Doyle",
                "producer": "Mei Lin",
                "weather": "Dry, 12°C",
                "set": "Auditorium, stalls and stage",
                # HARD: the Call Time cell holds the crew call and the later cast call
                "cast_call": True,
                "parking": "None - please use public transport",
                "tube": "Hackney Central (Overground)",
                "scenes": [
                    ("60", "1", "INT. STAGE - empty house, ghost light", ""),
                    ("150", "2", "INT. STALLS - the audition", "Rosa, Tam"),
                    ("390", "5", "INT. STAGE - curtain call", "Rosa"),
                ],
                "people": [
                    ("Rosa", "Bea Fenwick", "07700 900567", "90"),
                    ("Tam", "Jide Ola", "07700 900678", "90"),
                    ("DoP", "Marta Ruiz", "07700 900789", "0"),
                ],
                "tab": "Sheet: CALLSHEET  ·  Second House",
            },
        ),
        _gs(
            "brockwell",
            "Cold Water",
            D(2026, 12, 12),
            "07:30",
            {
                "time": "h24",
                "date_style": "uk_short",
                "sub": "Short film  ·  Herne Hill Pictures",
                "director": "Ffion Rees",
                "producer": "Dev Chauhan",
                "weather": "Frost, 2°C, sunny spells",
                "set": "Pool deck and the changing rooms",
                "parking": "Brockwell Park car park off Norwood Rd",
                "tube": "Brixton (Victoria line) / Herne Hill rail",
                "scenes": [
                    ("30", "1", "EXT. POOL DECK - the first swim", "June"),
                    ("180", "2", "INT. CHANGING ROOMS - warming up", "June, Ade"),
                ],
                "people": [
                    ("June", "Helen Marsh", "07700 900890", "0"),
                    ("Ade", "Tunde Bakare", "07700 900901", "120"),
                    ("Safety swimmer", "Rob Hale", "07700 900912", "0"),
                ],
                "tab": "Sheet: Call Sheet  ·  COLD WATER  ·  v3",
            },
        ),
    ]


# --- (5) Los Angeles student film: big friendly heading, CALL TIME, LOCATION (address) --------


def _la(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        x0 = 60.0
        right = W - x0
        tw = right - x0
        head = g["heading"]
        c.text((W - measure(c, head, 24, bold=True)) / 2, 70, head, 24, bold=True)
        sub = f'"{title}"  -  {g["school"]}'
        c.text((W - measure(c, sub, 12)) / 2, 92, sub, 12)
        c.hline(x0, right, 104, 2.0)
        y = 130.0

        def line(lab: str, val: str, size: float = 12) -> None:
            nonlocal y
            w = c.text(x0, y, lab, size, bold=True)
            y = paragraph(c, x0 + w + 6, y, val, size, tw - w - 6, size + 4) + 4

        line("DATE:", day_text(day, g["date_style"]), 13)
        if g.get("pushed"):
            # HARD: the old call time is struck through, the new one follows it
            w = c.text(x0, y, "CALL TIME:", 15, bold=True)
            w2 = struck(c, x0 + w + 8, y, hm(add_minutes(call, -60), t), 15)
            c.text(x0 + w + w2 + 16, y, f"{hm(call, t)}  (pushed 1 hr!)", 15, bold=True)
            y += 24
        else:
            line("CALL TIME:", hm(call, t), 15)
            y += 4
        line("LOCATION (address):", f"{p.name}, {p.address}")
        line("SET:", g["set"])
        line("PARKING:", g["parking"])
        line("SUNRISE / SUNSET:", f"{hm(rise, t)} / {hm(fall, t)}")
        line("WEATHER:", g["weather"])
        y += 8
        c.text(x0, y, "THE DAY", 14, bold=True)
        y += 18
        for o, txt in g["plan"]:
            c.text(x0 + 10, y, f"{hm(add_minutes(call, o), t)}   {txt}", 11)
            y += 15
        y += 10
        c.text(x0, y, "WHO'S WHO", 14, bold=True)
        y += 18
        for who in g["who"]:
            c.text(x0 + 10, y, who, 11)
            y += 15
        y += 12
        c.text(x0, y, "NEAREST HOSPITAL:", 12, bold=True)
        y += 16
        c.text(x0, y, p.hospital, 11)
        y += 15
        c.text(x0, y, f"{p.hospital_address}  ·  {p.hospital_phone}", 11)
        y += 22
        paragraph(c, x0, y, g["bye"], 10.5, tw, 14)
        return c.output()

    return _sheet(
        f"la_{key}",
        "la_student_film",
        "Los Angeles student film sheet: big friendly heading, CALL TIME, LOCATION (address)",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _la_sheets() -> list[Sheet]:
    return [
        _la(
            "bradbury",
            "Iron Lace",
            D(2026, 11, 14),
            "07:00",
            {
                "time": "us",
                "date_style": "us_wd_slash",
                "heading": "WE'RE SHOOTING!! CALL SHEET",
                "school": "CTPR 480 thesis  ·  Director: Maya Chen",
                "set": "the atrium and 3rd floor balcony",
                "parking": "Pershing Square garage, 532 S Olive St ($12 day). Please carpool!",
                "weather": "Sunny, 74°F",
                "plan": [
                    (0, "Crew call, load in through the Broadway door"),
                    (60, "Sc. 4 - atrium wide, the elevator"),
                    (300, "Lunch (pizza!)"),
                    (360, "Sc. 6 - balcony, the handoff"),
                    (600, "Wrap + load out (everyone helps)"),
                ],
                "who": [
                    "Director: Maya Chen (213) 555-0114",
                    "Producer: Luis Ortega (213) 555-0125",
                    "DP: Jordan Fry",
                    "1st AD: Bree Wallace",
                ],
                "bye": "Bring water, closed-toe shoes and a jacket. Thank you for helping us!",
            },
        ),
        _la(
            "watts",
            "Glass and Tile",
            D(2026, 10, 24),
            "08:00",
            {
                "time": "us",
                "date_style": "us_wd_full",
                "heading": "Hi crew! Here's our CALL SHEET",
                "school": "LMU SFTV senior thesis",
                "set": "the courtyard, east side of the towers",
                "parking": "Street parking on E 107th St and Willowbrook Ave",
                "weather": "Clear, 79°F",
                # HARD: the old call (an hour earlier) is struck through, the new one follows
                "pushed": True,
                "plan": [
                    (60, "Sc. 2 - grandma and the mosaic"),
                    (270, "Lunch"),
                    (330, "Sc. 3 - kids on bikes"),
                ],
                "who": [
                    "Director: Andre Wilkins (310) 555-0136",
                    "Producer: Tasha Greene (310) 555-0147",
                    "DP: Kenji Mori",
                ],
                "bye": "Sunscreen! Hats! We'll have snacks all day. Love you all.",
            },
        ),
        _la(
            "venice",
            "Boardwalk Kings",
            D(2026, 12, 5),
            "06:30",
            {
                "time": "bare_am",
                "date_style": "us_wd_slash",
                "heading": "BOARDWALK KINGS - CALL SHEET",
                "school": "UCLA TFT Project 2",
                "set": "basketball courts and the skate park edge",
                "parking": "Venice Beach lot at the end of Venice Blvd ($15). Arrive early!",
                "weather": "Marine layer, 63°F",
                "plan": [
                    (30, "Sunrise shots at the courts"),
                    (240, "Breakfast burritos / lunch"),
                    (300, "Skate park edge, handheld"),
                ],
                "who": [
                    "Director: Theo Park (424) 555-0158",
                    "Producer: Gabi Santos (424) 555-0169",
                    "DP: Ruth Ansel",
                ],
                "bye": "Layers - it's cold at 6:30am by the water. Thank you!",
            },
        ),
    ]


# --- (6) Dublin / Glasgow commercial one-liner sheet: everything in a few dense lines ----------


def _ol(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "military"

    def make() -> bytes:
        c = Canvas("A4", "helvetica")
        W = c.width
        x0 = 40.0
        right = W - x0
        tw = right - x0
        c.text(x0, 50, f"{g['company']}  |  {title}  |  Job {g['job']}", 11, bold=True)
        c.right(right, 50, "CALL SHEET", 11, bold=True)
        c.hline(x0, right, 58, 0.8)
        y = 78.0
        lines = [
            f"{day_text(day, g['date_style'])}  |  Call {hm(call, t)} @ {p.name}, {p.address}"
            f" ({g['set']})",
            f"Unit base: {p.base}. {g['base_note']}",
            f"Nearest A&E: {p.hospital}, {p.hospital_address}, tel {p.hospital_phone}",
            f"SR {hm(rise, t)} / SS {hm(fall, t)}  |  {g['weather']}  |  "
            f"Breakfast {hm(add_minutes(call, -30), t)}  |  Lunch {hm(add_minutes(call, 330), t)}"
            f"  |  Wrap {hm(add_minutes(call, 600), t)}",
            g["people"],
        ]
        for ln in lines:
            y = paragraph(c, x0, y, ln, 9.5, tw, 13) + 5
        if g.get("next"):
            # HARD: tomorrow's one-liner (another date, call and place) follows today's
            nd, ncall, nplace = g["next"]
            y += 4
            y = (
                paragraph(
                    c,
                    x0,
                    y,
                    f"NEXT DAY: {day_text(nd, g['date_style'])}  |  Call {hm(ncall, t)} @ {nplace}",
                    9,
                    tw,
                    12,
                )
                + 5
            )
        y += 10
        c.text(x0, y, "SHOTS", 9.5, bold=True)
        y += 13
        for o, txt in g["shots"]:
            y = paragraph(c, x0, y, f"{hm(add_minutes(call, o), t)}  {txt}", 9, tw, 12)
        y += 10
        c.text(x0, y, "CREW", 9.5, bold=True)
        y += 13
        paragraph(c, x0, y, g["crew"], 9, tw, 12)
        return c.output()

    return _sheet(
        f"ol_{key}",
        "ie_scot_oneliner",
        "Dublin / Glasgow commercial one-liner sheet: 'Call 0730 @ ... Unit base ... A&E ...'",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _ol_sheets() -> list[Sheet]:
    return [
        _ol(
            "croke",
            "Hill 16 Roar",
            D(2026, 11, 10),
            "07:30",
            {
                "company": "Liffey Reel",
                "job": "LR-2640",
                "date_style": "ie_short",
                "set": "Hogan Stand, pitch side",
                "base_note": "Catering truck and HMU in the Clonliffe car park.",
                "weather": "Showers, 9°C",
                "people": "Dir: Aoife Brennan  |  Prod: Shane Quigley 087 555 0142  |  "
                "1st AD: Niamh Cullen 086 555 0153",
                "shots": [
                    (45, "Sh 1: empty stand, fans' scarves, wide"),
                    (150, "Sh 2-3: fan family, close-ups"),
                    (330, "Lunch"),
                    (390, "Sh 4: pack shot on the terrace"),
                ],
                "crew": "DoP Cian Lally  ·  Gaffer Ray Noonan  ·  Sound Orla Daly  ·  "
                "HMU Grace Fahy  ·  Stylist Tara Moloney  ·  Runner Eoin Kiely",
            },
        ),
        _ol(
            "dublincastle",
            "Castle Yard",
            D(2026, 12, 1),
            "08:00",
            {
                "company": "Green Door Productions",
                "job": "GD-118",
                "date_style": "ie_dots",
                "set": "Upper Yard and the State Apartments",
                "base_note": "Trucks via the Palace St gate.",
                "weather": "Dry, cold, 4°C",
                "people": "Dir: Kevin Dunne  |  Prod: Róisín Hayes 085 555 0164",
                # HARD: tomorrow's call line (another date, call and place) follows today's
                "next": (
                    D(2026, 12, 2),
                    "07:00",
                    "The Printworks, Dublin Castle, Dame St, Dublin 2",
                ),
                "shots": [
                    (60, "Sh 1: Upper Yard, carriage arrives"),
                    (240, "Sh 2: State Apartments corridor, steadicam"),
                    (330, "Lunch"),
                ],
                "crew": "DoP Sinéad Walsh  ·  Steadicam Paddy Corr  ·  Sound Mick Ward  ·  "
                "Art Dept Fionn Byrne",
            },
        ),
        _ol(
            "necropolis",
            "Stone Angels",
            D(2026, 10, 27),
            "07:00",
            {
                "company": "Clydeside Motion",
                "job": "CM-0931",
                "date_style": "uk_short",
                "set": "upper terrace by the John Knox monument",
                "base_note": "Meet at the Cathedral Square gates.",
                "weather": "Low cloud, drizzle, 8°C",
                "people": "Dir: Fraser McLeod  |  Prod: Kirsty Boyd 07700 900521",
                "shots": [
                    (60, "Sh 1: mist over the monuments, drone"),
                    (180, "Sh 2: walker on the path, long lens"),
                    (330, "Lunch"),
                ],
                "crew": "DoP Ailsa Grant  ·  Drone Calum Ross  ·  Sound Jamie Reid",
            },
        ),
    ]


# --- near misses: share call-sheet words, are not call sheets ----------------------------------


def _rental_quote() -> bytes:
    """A camera rental quote: pickup and return dates and times, the rental house address."""
    c = Canvas("letter", "helvetica")
    W = c.width
    x0 = 50.0
    right = W - x0
    c.text(x0, 56, "NORTHSIDE CAMERA RENTALS", 15, bold=True)
    c.text(x0, 70, "88 Bathurst St, Toronto, ON M5V 2P6  ·  (416) 555-0177", 8.5)
    c.right(right, 56, "RENTAL QUOTE", 14, bold=True)
    c.right(right, 70, "Quote # Q-44821", 9)
    c.hline(x0, right, 80, 0.8)
    y = 102.0
    for lab, val in [
        ("Client:", "Half Light Films Inc. (Carmen Dutra)"),
        ("Job:", "HL-2619 Glacier Water Sparkle"),
        ("Pickup:", "Monday, Nov. 16/26 at 10:00a (prep bay 2)"),
        ("Return:", "Wednesday, Nov. 18/26 by 10:00a"),
        ("Rental days:", "1 shoot day (2-day week: pickup and return days free)"),
    ]:
        c.text(x0, y, lab, 9.5, bold=True)
        c.text(x0 + 90, y, val, 9.5)
        y += 14
    y += 10
    y = _rows(
        c,
        x0,
        y,
        ["QTY", "ITEM", "DAY RATE", "DAYS", "TOTAL"],
        [0, 40, 330, 410, 450],
        [
            ("1", "ARRI Alexa Mini LF body", "$1,350.00", "1", "$1,350.00"),
            ("1", "Signature Prime set (6 lenses)", "$1,200.00", "1", "$1,200.00"),
            ("1", "Teradek Bolt 6 XT kit", "$250.00", "1", "$250.00"),
            ("4", "Codex 1TB media", "$60.00", "1", "$240.00"),
            ("1", "OConnor 2575 head + sticks", "$175.00", "1", "$175.00"),
        ],
        right,
        size=9,
        lead=14,
    )
    y += 6
    for lab, val in [("Subtotal", "$3,215.00"), ("HST 13%", "$417.95"), ("TOTAL", "$3,632.95")]:
        c.right(right - 90, y, lab, 9.5, bold=lab == "TOTAL")
        c.right(right, y, val, 9.5, bold=lab == "TOTAL")
        y += 14
    y += 16
    paragraph(
        c,
        x0,
        y,
        "Quote valid 14 days. A certificate of insurance naming Northside Camera Rentals as loss "
        "payee is required before pickup. Camera prep can be booked from 8:00a the day before.",
        8.5,
        right - x0,
        11.5,
    )
    return c.output()


def _casting_session() -> bytes:
    """A casting session schedule for extras: date, time slots, the casting studio's address."""
    c = Canvas("A4", "sans")
    W = c.width
    x0 = 50.0
    right = W - x0
    c.text(x0, 60, "Background casting session", 16, bold=True)
    c.text(x0, 78, "Skyline Sip (commercial)  ·  Harbor Roast Coffee  ·  Two Rivers Content", 9.5)
    c.hline(x0, right, 88, 0.8)
    y = 110.0
    for lab, val in [
        ("Date:", "Thursday, October 22, 2026"),
        ("Where:", "Big Apple Casting Studio, 630 9th Ave, Suite 802, New York, NY 10036"),
        ("Bring:", "photo ID, your sizes, two outfit options (autumn casual, no logos)"),
    ]:
        w = c.text(x0, y, lab, 10, bold=True)
        y = paragraph(c, x0 + w + 6, y, val, 10, right - x0 - w - 6, 13) + 2
    y += 12
    y = _rows(
        c,
        x0,
        y,
        ["TIME SLOT", "GROUP", "LOOK"],
        [0, 110, 260],
        [
            ("10:00 AM - 10:30 AM", "Commuters (20s-30s)", "coat, scarf, takeaway cup"),
            ("10:30 AM - 11:00 AM", "Commuters (40s-50s)", "business casual"),
            ("11:00 AM - 11:30 AM", "Joggers", "running gear"),
            ("11:30 AM - 12:00 PM", "Parents with strollers", "weekend casual"),
            ("1:00 PM - 2:00 PM", "Callbacks (by e-mail only)", ""),
        ],
        right,
        size=9,
        lead=14,
    )
    y += 16
    paragraph(
        c,
        x0,
        y,
        "Please sign in at the front desk and wait in the hallway until your group is called. "
        "Selected background will hear from us by Monday with the shoot details.",
        9.5,
        right - x0,
        12.5,
    )
    return c.output()


def _delivery_schedule() -> bytes:
    """A post-production delivery schedule: milestones with dates and times, a facility address."""
    c = Canvas("letter", "helvetica", "L")
    W = c.width
    x0 = 40.0
    right = W - x0
    c.text(x0, 50, "POST-PRODUCTION & DELIVERY SCHEDULE", 15, bold=True)
    c.right(right, 50, "Liffey Reel  ·  Hill 16 Roar  ·  LR-2640", 9.5, bold=True)
    c.text(x0, 64, "Edit and grade: Screen Scene, 41 Upper Mount St, Dublin 2, D02 PR89", 9)
    c.hline(x0, right, 72, 0.8)
    y = 94.0
    y = _rows(
        c,
        x0,
        y,
        ["DATE", "TIME", "MILESTONE", "WHO", "NOTES"],
        [0, 120, 190, 440, 560],
        [
            ("Wed 11 Nov 2026", "10:00", "Rushes ingest and sync", "Assistant editor", ""),
            ("Fri 13 Nov 2026", "16:00", "Editor's cut to agency", "Editor", "Vimeo link"),
            ("Tue 17 Nov 2026", "11:00", "Client cut review (in person)", "Agency / client", ""),
            ("Thu 19 Nov 2026", "09:30", "Picture lock", "Director", "Sign-off by e-mail"),
            ("Mon 23 Nov 2026", "10:00", "Grade session", "Colourist", "Suite 2"),
            ("Tue 24 Nov 2026", "14:00", "Sound mix and VO record", "Mixer", "VO at 14:00"),
            ("Thu 26 Nov 2026", "12:00", "Online, supers, legal", "Online editor", ""),
            ("Fri 27 Nov 2026", "17:00", "Delivery to broadcaster (Clearcast)", "Producer", ""),
        ],
        right,
        size=9,
        lead=15,
    )
    y += 12
    paragraph(
        c,
        x0,
        y,
        "Deliverables: 30s and 20s TV masters (ProRes 422 HQ, 25p), 15s and 6s social cuts "
        "(1:1 and 9:16), clean versions and stems. All times Irish time.",
        9,
        right - x0,
        12,
    )
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "other_rental_quote",
            "near_miss",
            "camera rental quote: pickup / return dates and times, the rental house address",
            _rental_quote,
            OTHER,
        ),
        _sheet(
            "other_casting_session",
            "near_miss",
            "background casting session schedule: date, time slots, the casting studio address",
            _casting_session,
            OTHER,
        ),
        _sheet(
            "other_delivery",
            "near_miss",
            "post-production delivery schedule: dated milestones with times, facility address",
            _delivery_schedule,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_to_sheets(),
        *_ny_sheets(),
        *_pl_sheets(),
        *_gs_sheets(),
        *_la_sheets(),
        *_ol_sheets(),
        *_other_sheets(),
    ]
