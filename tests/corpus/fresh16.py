"""Seventeenth held-out set: the call sheets crews receive most often (`fresh16_`).

Built without reading the reader (`pipeline/extract/`) and without running it on these sheets:
each family follows a common real-world form (CONVENTIONS.md, "fresh16"). A template-builder
export (logo box, a big "General Crew Call", two pages), a Movie Magic / Entertainment Partners
style grid (one sheet a pink revised page), a web-app export in cards (Australia, Canada), a
Google Sheets export with gridlines and merged cells, a UK unit call sheet (unit base, crew
parking, nearest A&E) and a Polish "dzienny plan pracy" with its "zbiórka ekipy". Three near
misses (a weekly one-line schedule, a crew deal memo, a Polish post-production "harmonogram")
must read as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built; most sheets
are ordinary.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.corpus.draw import Canvas, black, grey, measure, struck
from tests.corpus.formats import add_minutes, ordinal, pl_weekday
from tests.corpus.fresh_common import clock, date_or, expect, sheet_maker, time_or
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # template-builder exports: Minneapolis, Salt Lake City, Milwaukee
    "minneapolis": _p(
        "us",
        "Minneapolis Institute of Art",
        "2400 3rd Ave S",
        "Minneapolis, MN 55404",
        44.9585,
        -93.2738,
        "America/Chicago",
        "Hennepin County Medical Center",
        "701 Park Ave",
        "Minneapolis, MN 55415",
        "(612) 873-3000",
        "2501 Stevens Ave",
        "Minneapolis, MN 55404",
    ),
    "saltlake": _p(
        "us",
        "Salt Lake City and County Building",
        "451 S State St",
        "Salt Lake City, UT 84111",
        40.7594,
        -111.8863,
        "America/Denver",
        "University of Utah Hospital",
        "50 N Medical Dr",
        "Salt Lake City, UT 84132",
        "(801) 581-2121",
        "210 E 400 S",
        "Salt Lake City, UT 84111",
    ),
    "milwaukee": _p(
        "us",
        "Milwaukee Art Museum",
        "700 N Art Museum Dr",
        "Milwaukee, WI 53202",
        43.0400,
        -87.8971,
        "America/Chicago",
        "Froedtert Hospital",
        "9200 W Wisconsin Ave",
        "Milwaukee, WI 53226",
        "(414) 805-3000",
        "910 E Michigan St",
        "Milwaukee, WI 53202",
    ),
    # Movie Magic / EP style grids: Kansas City, Boise, Regina
    "kansascity": _p(
        "us",
        "Union Station Kansas City",
        "30 W Pershing Rd",
        "Kansas City, MO 64108",
        39.0849,
        -94.5859,
        "America/Chicago",
        "University Health Truman Medical Center",
        "2301 Holmes St",
        "Kansas City, MO 64108",
        "(816) 404-1000",
        "2450 Grand Blvd",
        "Kansas City, MO 64108",
    ),
    "boise": _p(
        "us",
        "Idaho State Capitol",
        "700 W Jefferson St",
        "Boise, ID 83702",
        43.6178,
        -116.1997,
        "America/Boise",
        "St. Luke's Boise Medical Center",
        "190 E Bannock St",
        "Boise, ID 83712",
        "(208) 381-2222",
        "245 S Capitol Blvd",
        "Boise, ID 83702",
    ),
    "regina": _p(
        "ca",
        "Saskatchewan Legislative Building",
        "2405 Legislative Dr",
        "Regina, SK S4S 0B3",
        50.4327,
        -104.6157,
        "America/Regina",
        "Regina General Hospital",
        "1440 14th Ave",
        "Regina, SK S4P 0W5",
        "(306) 766-4444",
        "2900 Wascana Dr",
        "Regina, SK S4S 0B3",
    ),
    # web-app exports: Canberra, Gold Coast, Kelowna
    "canberra": _p(
        "eu",
        "National Library of Australia",
        "Parkes Pl W",
        "Canberra ACT 2600",
        -35.2965,
        149.1295,
        "Australia/Sydney",
        "Canberra Hospital",
        "Yamba Dr",
        "Garran ACT 2605",
        "(02) 5124 0000",
        "Commonwealth Place car park, Parkes Pl",
        "Parkes ACT 2600",
    ),
    "goldcoast": _p(
        "eu",
        "Home of the Arts (HOTA)",
        "135 Bundall Rd",
        "Surfers Paradise QLD 4217",
        -28.0030,
        153.4180,
        "Australia/Brisbane",
        "Gold Coast University Hospital",
        "1 Hospital Blvd",
        "Southport QLD 4215",
        "(07) 5687 0000",
        "Carey St",
        "Surfers Paradise QLD 4217",
    ),
    "kelowna": _p(
        "ca",
        "Kelowna Art Gallery",
        "1315 Water St",
        "Kelowna, BC V1Y 9R3",
        49.8897,
        -119.4960,
        "America/Vancouver",
        "Kelowna General Hospital",
        "2268 Pandosy St",
        "Kelowna, BC V1Y 1T2",
        "(250) 862-4000",
        "1360 Ellis St",
        "Kelowna, BC V1Y 1Z8",
    ),
    # spreadsheet exports: Omaha, Tulsa, Nottingham
    "omaha": _p(
        "us",
        "Joslyn Art Museum",
        "2200 Dodge St",
        "Omaha, NE 68102",
        41.2606,
        -95.9458,
        "America/Chicago",
        "Nebraska Medical Center",
        "4350 Dewey Ave",
        "Omaha, NE 68105",
        "(402) 552-2000",
        "2410 Davenport St",
        "Omaha, NE 68102",
    ),
    "tulsa": _p(
        "us",
        "Philbrook Museum of Art",
        "2727 S Rockford Rd",
        "Tulsa, OK 74114",
        36.1230,
        -95.9693,
        "America/Chicago",
        "Hillcrest Medical Center",
        "1120 S Utica Ave",
        "Tulsa, OK 74104",
        "(918) 579-1000",
        "2601 S Rockford Rd",
        "Tulsa, OK 74114",
    ),
    "nottingham": _p(
        "uk",
        "Wollaton Hall",
        "Wollaton Park",
        "Nottingham NG8 2AE",
        52.9484,
        -1.2090,
        "Europe/London",
        "Queen's Medical Centre",
        "Derby Rd",
        "Nottingham NG7 2UH",
        "0115 924 9924",
        "Wollaton Rd",
        "Nottingham NG8 2AE",
    ),
    # UK unit call sheets: Norwich, Exeter, Inverness
    "norwich": _p(
        "uk",
        "Norwich Cathedral",
        "65 The Close",
        "Norwich NR1 4DH",
        52.6319,
        1.3010,
        "Europe/London",
        "Norfolk and Norwich University Hospital",
        "Colney Ln",
        "Norwich NR4 7UY",
        "01603 286286",
        "Bishopgate",
        "Norwich NR1 4AA",
    ),
    "exeter": _p(
        "uk",
        "Royal Albert Memorial Museum",
        "Queen St",
        "Exeter EX4 3RX",
        50.7254,
        -3.5315,
        "Europe/London",
        "Royal Devon and Exeter Hospital",
        "Barrack Rd",
        "Exeter EX2 5DW",
        "01392 411611",
        "Bampfylde St",
        "Exeter EX1 2AQ",
    ),
    "inverness": _p(
        "uk",
        "Inverness Castle",
        "Castle Wynd",
        "Inverness IV2 3EG",
        57.4766,
        -4.2257,
        "Europe/London",
        "Raigmore Hospital",
        "Old Perth Rd",
        "Inverness IV2 3UJ",
        "01463 704000",
        "Bught Rd",
        "Inverness IV3 5SS",
    ),
    # Polish daily plans: Opole, Bydgoszcz, Kielce
    "opole": _p(
        "pl",
        "Filharmonia Opolska",
        "ul. Krakowska 24",
        "45-075 Opole",
        50.6702,
        17.9278,
        "Europe/Warsaw",
        "Uniwersytecki Szpital Kliniczny w Opolu",
        "al. Witosa 26",
        "45-401 Opole",
        "+48 77 452 07 00",
        "ul. Piastowska 19",
        "45-081 Opole",
    ),
    "bydgoszcz": _p(
        "pl",
        "Opera Nova",
        "ul. Focha 5",
        "85-070 Bydgoszcz",
        53.1247,
        18.0024,
        "Europe/Warsaw",
        "Szpital Uniwersytecki nr 1 im. dr. A. Jurasza",
        "ul. Skłodowskiej-Curie 9",
        "85-094 Bydgoszcz",
        "+48 52 585 40 00",
        "ul. Grodzka 17",
        "85-109 Bydgoszcz",
    ),
    "kielce": _p(
        "pl",
        "Pałac Biskupów Krakowskich",
        "pl. Zamkowy 1",
        "25-010 Kielce",
        50.8700,
        20.6270,
        "Europe/Warsaw",
        "Wojewódzki Szpital Zespolony",
        "ul. Grunwaldzka 45",
        "25-736 Kielce",
        "+48 41 367 13 00",
        "ul. Zamkowa 3",
        "25-009 Kielce",
    ),
}


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, _ = clock(hhmm)
    forms = {
        "A": f"{h12}:{m:02d}{'A' if h < 12 else 'P'}",  # "7:00A"
        "dotam": f"{h12}.{m:02d}{'am' if h < 12 else 'pm'}",  # "7.30am"
        "pl": f"{h}:{m:02d}",  # "7:00"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "uk_ord_caps": f"{d:%A} {ordinal(d.day)} {d:%B} {d.year}".upper(),
        "au": f"{d:%A}, {d.day} {d:%B} {d.year}",
        "us_dash": f"{d:%a} {d.month}-{d.day}-{d:%y}",  # "Tue 4-14-26"
        "pl_wd_dots": f"{pl_weekday(d)} {d:%d.%m.%Y}",
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh16")
_exp = expect


def _fill(c: Canvas, x: float, y: float, w: float, h: float, rgb: tuple[int, int, int]) -> None:
    c.pdf.set_fill_color(*rgb)
    c.pdf.rect(x, y, w, h, style="F")


def _rows(c: Canvas, x: float, y: float, rows: list[tuple[str, ...]], xs: list[float], **kw: Any):
    """Draw table rows at column offsets `xs` from x, fitting each value to its column."""
    size = kw.get("size", 8)
    right = kw.get("right", c.width - 36)
    for row in rows:
        for i, v in enumerate(row):
            x1 = x + xs[i + 1] if i + 1 < len(xs) else right
            fit(c, x + xs[i] + 2, y, v, size, x1 - x - xs[i] - 4, bold=kw.get("bold", False))
        c.hline(x, right, y + 4, 0.3)
        y += kw.get("lead", 13)
    return y


# --- template-builder export: logo box, big General Crew Call, second page -----------------


def _builder(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        # logo box and company, left
        _fill(c, 36, 36, 62, 62, g["logo_rgb"])
        c.pdf.set_text_color(255, 255, 255)
        c.text(44, 74, g["logo"], 18, bold=True)
        black(c)
        c.text(106, 50, g["company"], 9, bold=True)
        for n, line in enumerate(g["company_lines"]):
            c.text(106, 62 + 10 * n, line, 7.5)
        # title and call, centre
        cw = measure(c, title, 16, bold=True)
        c.text((W - cw) / 2, 52, title, 16, bold=True)
        c.box(W / 2 - 80, 60, 160, 52, 1.2)
        lab = g["call_label"]
        c.text(W / 2 - measure(c, lab, 8, bold=True) / 2, 73, lab, 8, bold=True)
        big = hm(call, t)
        c.text(W / 2 - measure(c, big, 20, bold=True) / 2, 98, big, 20, bold=True)
        sub = f"Shooting call {hm(add_minutes(call, 60), t)}"
        c.text(W / 2 - measure(c, sub, 7.5) / 2, 108, sub, 7.5)
        # date, weather, sun, right
        c.right(W - 36, 46, day_text(day, g["date_style"]), 9, bold=True)
        c.right(W - 36, 58, f"Day {g['n']} of {g['of']}", 8)
        c.right(W - 36, 72, g["weather"], 8)
        c.right(W - 36, 84, f"Sunrise {hm(rise, t)}", 8)
        c.right(W - 36, 96, f"Sunset {hm(fall, t)}", 8)
        c.hline(36, W - 36, 122, 0.8)
        # three blocks: contacts | locations | hospital and parking
        y = 138.0
        cols = [36.0, 200.0, 400.0]
        for x, head in zip(cols, ["KEY CONTACTS", "LOCATIONS", "NEAREST HOSPITAL"], strict=True):
            c.text(x, y, head, 8, bold=True)
        for n, line in enumerate(g["contacts"]):
            fit(c, 36, y + 13 + 11 * n, line, 7.5, 156)
        loc = [f"1. {g['set']}", p.name, p.street, p.city]
        if g.get("second"):
            # HARD: a second location under the first, each numbered
            s = g["second"]
            loc += ["", f"2. {s[0]}", s[1], s[2], s[3]]
        for n, line in enumerate(loc):
            fit(c, 200, y + 13 + 11 * n, line, 7.5, 192, bold=n == 0 or line.startswith("2. "))
        hosp = [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]
        for n, line in enumerate(hosp):
            fit(c, 400, y + 13 + 11 * n, line, 7.5, W - 436)
        c.text(400, y + 66, "PARKING", 8, bold=True)
        for n, line in enumerate([p.base_street, p.base_city, g["park_note"]]):
            fit(c, 400, y + 79 + 11 * n, line, 7.5, W - 436)
        # schedule strip
        y = 260.0
        _fill(c, 36, y - 10, W - 72, 14, (235, 235, 235))
        c.text(40, y, "SCHEDULE", 8, bold=True)
        sched = [
            ("Crew breakfast", add_minutes(call, -30)),
            ("Crew call", call),
            ("Shooting call", add_minutes(call, 60)),
            ("Lunch", add_minutes(call, 360)),
            ("Est. wrap", add_minutes(call, 690)),
        ]
        y += 14
        for n, (label, hhmm) in enumerate(sched):
            x = 36 + (W - 72) / 5 * n
            c.text(x, y, label, 7.5, bold=True)
            c.text(x, y + 11, hm(hhmm, t), 8.5)
        # scenes
        y += 36
        _fill(c, 36, y - 10, W - 72, 14, (235, 235, 235))
        heads = ["SCENE", "SET & DESCRIPTION", "D/N", "PAGES", "CAST", "LOC"]
        xs = [0.0, 44.0, 330.0, 364.0, 410.0, 500.0]
        for h, x in zip(heads, xs, strict=True):
            c.text(38 + x, y, h, 7.5, bold=True)
        y = _rows(c, 36, y + 14, g["scenes"], xs)
        y += 10
        c.text(36, y, "NOTES", 8, bold=True)
        for line in g["notes"]:
            y += 11
            fit(c, 40, y, line, 7.5, W - 80)
        grey(c)
        c.text(36, 770, g["footer"], 6.5)
        c.right(W - 36, 770, "Page 1 of 2", 6.5)
        black(c)
        # page 2: cast and crew calls
        c.new_page()
        c.text(36, 46, f"{title} - Day {g['n']} of {g['of']}", 10, bold=True)
        c.right(W - 36, 46, day_text(day, g["date_style"]), 8.5)
        y = 72.0
        _fill(c, 36, y - 10, W - 72, 14, (235, 235, 235))
        xs = [0.0, 24.0, 170.0, 300.0, 360.0, 420.0]
        for h, x in zip(["#", "CAST", "CHARACTER", "PICKUP", "HMU", "ON SET"], xs, strict=True):
            c.text(38 + x, y, h, 7.5, bold=True)
        rows = [
            (
                str(n + 1),
                a,
                ch,
                hm(add_minutes(call, 20 + 15 * n), t),
                hm(add_minutes(call, 40 + 15 * n), t),
                hm(add_minutes(call, 60), t),
            )
            for n, (a, ch) in enumerate(g["cast"])
        ]
        y = _rows(c, 36, y + 14, rows, xs)
        y += 14
        _fill(c, 36, y - 10, W - 72, 14, (235, 235, 235))
        for h, x in zip(
            ["DEPARTMENT", "POSITION", "NAME", "CALL"], [0, 110, 250, 420], strict=True
        ):
            c.text(38 + x, y, h, 7.5, bold=True)
        crew = [
            (d, pos, name, hm(add_minutes(call, off), t) if off is not None else "O/C")
            for d, pos, name, off in g["crew"]
        ]
        _rows(c, 36, y + 14, crew, [0.0, 110.0, 250.0, 420.0])
        grey(c)
        c.text(36, 770, g["footer"], 6.5)
        c.right(W - 36, 770, "Page 2 of 2", 6.5)
        black(c)
        return c.output()

    return _sheet(
        f"builder_{key}",
        "template_export",
        "template-builder export: logo box, big General Crew Call, contacts/locations/hospital",
        make,
        _exp(p, title, day, call, "1. " + g["set"]),
    )


_CREW_US = [
    ("Production", "1st AD", "Dana Kowal", 0),
    ("Production", "2nd AD", "Eli Brooks", -30),
    ("Camera", "DP", "Marco Ruiz", 0),
    ("Camera", "1st AC", "Jen Park", -15),
    ("Grip & Electric", "Gaffer", "Sam Oduya", -15),
    ("Sound", "Mixer", "Pat Lindqvist", 0),
    ("Hair & Make-up", "Key HMU", "Ivy Chen", -30),
    ("Locations", "Location Manager", "Rob Hale", None),
]


def _builder_sheets() -> list[Sheet]:
    return [
        _builder(
            "minneapolis",
            "NORTH OF NOWHERE",
            D(2026, 5, 12),
            "07:00",
            {
                "time": "us",
                "logo": "NN",
                "logo_rgb": (30, 60, 110),
                "company": "Loon Lake Films",
                "company_lines": ["1300 Nicollet Mall", "Minneapolis, MN 55403"],
                "call_label": "GENERAL CREW CALL",
                "date_style": "us_long",
                "n": 8,
                "of": 24,
                "weather": "Partly cloudy, 68°F / 49°F",
                "contacts": [
                    "Director: Hanna Lund",
                    "Producer: Craig Olson (612) 555-0142",
                    "1st AD: Dana Kowal (612) 555-0177",
                    "UPM: Tom Reyes (612) 555-0130",
                ],
                "set": "Museum Galleries (2nd floor)",
                "second": None,
                "park_note": "Crew lot behind the church, enter from 25th St",
                "scenes": [
                    ("14", "INT. GALLERY - Anna finds the letter", "D", "2 3/8", "1, 3", "1"),
                    ("15", "INT. GALLERY STAIRS - the argument", "D", "1 1/8", "1, 2", "1"),
                    ("22", "INT. MUSEUM OFFICE - phone call", "D", "5/8", "2", "1"),
                ],
                "notes": [
                    "Museum is open to the public from 10:00 AM: quiet on the 2nd floor.",
                    "No food or drink in the galleries; craft services in the loading dock.",
                ],
                "cast": [("Greta Vance", "ANNA"), ("Luis Ortega", "KARL"), ("Mae Boyd", "GUIDE")],
                "crew": _CREW_US,
                "footer": "Exported from the production's call sheet builder - do not forward",
            },
        ),
        _builder(
            "saltlake",
            "SALT & IRON",
            D(2026, 9, 15),
            "06:30",
            {
                "time": "us",
                "logo": "S&I",
                "logo_rgb": (140, 40, 30),
                "company": "Wasatch Front Pictures",
                "company_lines": ["150 S State St, Suite 400", "Salt Lake City, UT 84111"],
                "call_label": "GENERAL CREW CALL",
                "date_style": "us_ordinal",
                "n": 3,
                "of": 18,
                "weather": "Sunny, 84°F / 58°F",
                "contacts": [
                    "Director: Owen Pratt",
                    "Producer: Liz Carver (801) 555-0104",
                    "1st AD: Nico Sand (801) 555-0161",
                ],
                "set": "City & County Building - Council Chambers",
                # HARD: two numbered locations, the second with its own venue and address
                "second": (
                    "Washington Square (lawn)",
                    "Washington Square Park",
                    "400 S State St",
                    "Company move at 1:30 PM",
                ),
                "park_note": "Library Square garage, level P2; validate at craft",
                "scenes": [
                    ("31", "INT. COUNCIL CHAMBERS - the vote", "D", "3 2/8", "1, 2, 4", "1"),
                    ("33", "INT. MAYOR'S OFFICE - Ruth alone", "D", "1 4/8", "1", "1"),
                    ("40", "EXT. SQUARE LAWN - the rally", "D", "2 1/8", "1, 2, 6", "2"),
                ],
                "notes": [
                    "Company move to Loc. 2 at 1:30 PM: the walk is 3 minutes, gear on carts.",
                    "Building security check-in at the east doors with photo ID.",
                ],
                "cast": [("Ruth Ames", "RUTH"), ("Dale Kimura", "MAYOR"), ("Jo Beck", "CLERK")],
                "crew": _CREW_US,
                "footer": "Exported from the production's call sheet builder - do not forward",
            },
        ),
        _builder(
            "milwaukee",
            "LAKEFRONT",
            D(2026, 10, 6),
            "08:00",
            {
                "time": "us_lower",
                "logo": "LF",
                "logo_rgb": (20, 110, 90),
                "company": "Brew City Media",
                "company_lines": ["207 E Buffalo St", "Milwaukee, WI 53202"],
                "call_label": "CREW CALL",
                "date_style": "us_short",
                "n": 12,
                "of": 20,
                "weather": "Windy, 58°F, 20% rain",
                "contacts": [
                    "Director: Priya Nair",
                    "Producer: Gus Weber (414) 555-0119",
                    "1st AD: Kat Nowak (414) 555-0188",
                ],
                "set": "Windhover Hall & the Burke Brise Soleil",
                "second": None,
                "park_note": "O'Donnell Park structure, levels 2-3 reserved",
                "scenes": [
                    ("52", "INT. WINDHOVER HALL - the wedding toast", "N", "2 6/8", "1-5", "1"),
                    ("53", "EXT. BRISE SOLEIL - wings open", "D", "4/8", "1, 2", "1"),
                ],
                "notes": [
                    "Brise Soleil opens at 10:00am and closes at 5:00pm: drone shot at 10:05am.",
                    "Wardrobe: formal wear for background, fitting in the holding room.",
                ],
                "cast": [("Ana Ruiz", "BRIDE"), ("Ben Hart", "GROOM"), ("Lee Fox", "BEST MAN")],
                "crew": _CREW_US,
                "footer": "Exported from the production's call sheet builder - do not forward",
            },
        ),
    ]


# --- Movie Magic / Entertainment Partners style grid ---------------------------------------


def _mm_crew_page(c: Canvas, title: str, day: D, call: str, g: dict[str, Any]) -> None:
    """Page 2 of a Movie Magic style sheet: crew by department, call in the last column."""
    W, t = c.width, g["time"]
    c.new_page()
    if g.get("revised"):
        _fill(c, 0, 0, W, 792, (252, 222, 232))
    c.text(36, 40, f"{title}  -  {day_text(day, g['date_style'])}", 9, bold=True)
    y = 52.0
    depts = g["crew"]
    c.grid(36, y, [150.0, 160.0, 120.0, W - 72 - 430], [12.0] + [13.0] * len(depts))
    for h, x in zip(["POSITION", "NAME", "PHONE", "CALL"], [0, 150, 310, 430], strict=True):
        c.text(38 + x, y + 9, h, 7, bold=True)
    yy = y + 21
    for pos, name, phone, off in depts:
        val = hm(add_minutes(call, off), t) if isinstance(off, int) else off
        for x, v in zip([0, 150, 310, 430], [pos, name, phone, val], strict=True):
            fit(c, 38 + x, yy, v, 7, 146)
        yy += 13


def _mm(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        y0 = 30.0
        if g.get("revised"):
            # HARD: a pink revised page, the old crew call struck through beside the new one
            _fill(c, 0, 0, W, 792, (252, 222, 232))
            c.text(36, 24, g["revised"], 9, bold=True)
            y0 = 34.0
        c.grid(36, y0, [180.0, W - 72 - 360, 180.0], [96.0])
        # left: company and producers
        c.text(40, y0 + 12, g["company"], 8, bold=True)
        for n, line in enumerate(g["office"]):
            fit(c, 40, y0 + 23 + 10 * n, line, 7, 172)
        # centre: title, call
        cx = 36 + 180 + (W - 72 - 360) / 2
        c.text(cx - measure(c, title, 13, bold=True) / 2, y0 + 16, title, 13, bold=True)
        lab = "CALL SHEET"
        c.text(cx - measure(c, lab, 8) / 2, y0 + 27, lab, 8)
        cl = f"{g['call_label']} {hm(call, t)}"
        if g.get("old_call"):
            old = hm(g["old_call"], t)
            w = measure(c, cl, 11, bold=True) + measure(c, old, 9) + 8
            x = cx - w / 2
            c.text(x, y0 + 48, cl, 11, bold=True)
            struck(c, x + measure(c, cl, 11, bold=True) + 8, y0 + 48, old, 9)
        else:
            c.text(cx - measure(c, cl, 11, bold=True) / 2, y0 + 48, cl, 11, bold=True)
        for n, (lab2, off) in enumerate([("Shooting Call", 60), ("Lunch", 360)]):
            s = f"{lab2}: {hm(add_minutes(call, off), t)}"
            c.text(cx - measure(c, s, 7.5) / 2, y0 + 62 + 10 * n, s, 7.5)
        # right: day, date, sun, weather
        rx = W - 36 - 176
        c.text(rx, y0 + 12, f"Day {g['n']} of {g['of']}", 8.5, bold=True)
        c.text(rx, y0 + 24, day_text(day, g["date_style"]), 8.5)
        c.text(rx, y0 + 38, f"Sunrise: {hm(rise, t)}", 7.5)
        c.text(rx, y0 + 48, f"Sunset: {hm(fall, t)}", 7.5)
        fit(c, rx, y0 + 60, g["weather"], 7.5, 170)
        fit(c, rx, y0 + 72, "Rain cover: " + g["cover"], 7, 170)
        # location row: set location | crew parking / basecamp | nearest hospital
        y = y0 + 96
        c.grid(36, y, [180.0, W - 72 - 360, 180.0], [12.0, 52.0])
        for x, h in zip(
            [40, 220, W - 212],
            ["SET LOCATION", "CREW PARKING / BASECAMP", "NEAREST HOSPITAL"],
            strict=True,
        ):
            c.text(x, y + 9, h, 7, bold=True)
        for n, line in enumerate([p.name, p.street, p.city, g["set"]]):
            fit(c, 40, y + 22 + 10 * n, line, 7.5, 172, bold=n == 0)
        for n, line in enumerate([p.base_street, p.base_city, g["park_note"]]):
            fit(c, 220, y + 22 + 10 * n, line, 7.5, W - 72 - 368)
        for n, line in enumerate(
            [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]
        ):
            fit(c, W - 212, y + 22 + 10 * n, line, 7.5, 172)
        # scenes grid
        y += 76
        xs = [0.0, 40.0, 300.0, 340.0, 380.0, 460.0]
        c.grid(
            36, y, [40.0, 260.0, 40.0, 40.0, 80.0, W - 72 - 460], [12.0] + [16.0] * len(g["scenes"])
        )
        for h, x in zip(["SC.", "SET / DESCRIPTION", "D/N", "PGS", "CAST", "LOC"], xs, strict=True):
            c.text(38 + x, y + 9, h, 7, bold=True)
        yy = y + 24
        for row in g["scenes"]:
            for i, v in enumerate(row):
                w = (xs[i + 1] if i + 1 < len(xs) else W - 72) - xs[i] - 4
                fit(c, 38 + xs[i], yy, v, 7.5, w)
            yy += 16
        # cast grid
        y = yy + 8
        heads = ["#", "CAST", "CHARACTER", "STATUS", "PICKUP", "MU/WARD", "SET", "REMARKS"]
        xs2 = [0.0, 18.0, 130.0, 230.0, 270.0, 320.0, 370.0, 420.0]
        widths = [xs2[i + 1] - xs2[i] for i in range(7)] + [W - 72 - 420]
        c.grid(36, y, widths, [12.0] + [14.0] * len(g["cast"]))
        for h, x in zip(heads, xs2, strict=True):
            c.text(38 + x, y + 9, h, 7, bold=True)
        yy = y + 22
        for n, (actor, role, rem) in enumerate(g["cast"]):
            vals = [
                str(n + 1),
                actor,
                role,
                "W",
                hm(add_minutes(call, 15 * n), t),
                hm(add_minutes(call, 20 + 15 * n), t),
                hm(add_minutes(call, 60), t),
                rem,
            ]
            for i, v in enumerate(vals):
                fit(c, 38 + xs2[i], yy, v, 7, widths[i] - 4)
            yy += 14
        y = yy + 10
        c.text(36, y, "SPECIAL INSTRUCTIONS", 7.5, bold=True)
        for line in g["notes"]:
            y += 10
            fit(c, 40, y, line, 7, W - 80)
        grey(c)
        c.text(36, 768, "All calls subject to change. No forced calls without UPM approval.", 6.5)
        c.right(W - 36, 768, g["ad_line"], 6.5)
        black(c)
        _mm_crew_page(c, title, day, call, g)
        return c.output()

    return _sheet(
        f"mm_{key}",
        "mm_grid",
        "Movie Magic / EP style three-box header, ruled grids, crew page",
        make,
        _exp(p, title, day, call, g["set"]),
    )


def _mm_crew(phone: str) -> list[tuple[str, str, str, Any]]:
    return [
        ("1st Assistant Director", "Ray Doyle", f"{phone}-0101", 0),
        ("2nd Assistant Director", "Mia Santos", f"{phone}-0102", -45),
        ("Director of Photography", "Alan Croft", f"{phone}-0103", 0),
        ("A Camera Operator", "Kim Ivers", f"{phone}-0104", 0),
        ("Gaffer", "Joe Tran", f"{phone}-0105", -30),
        ("Key Grip", "Bo Lindgren", f"{phone}-0106", -30),
        ("Production Sound Mixer", "Ada Morse", f"{phone}-0107", 0),
        ("Costume Designer", "Rhea Dunn", f"{phone}-0108", "O/C"),
        ("Key Make-up", "Tess Alvarez", f"{phone}-0109", -60),
        ("Location Manager", "Hal Greer", f"{phone}-0110", "Pre-call"),
        ("Catering", "Plains Kitchen Co.", f"{phone}-0111", -90),
    ]


def _mm_sheets() -> list[Sheet]:
    return [
        _mm(
            "kansascity",
            "THE LONG PLATFORM",
            D(2026, 4, 21),
            "07:00",
            {
                "time": "A",
                "company": "Grand Terminal Productions, LLC",
                "office": [
                    "2345 Grand Blvd, Suite 900",
                    "Kansas City, MO 64108",
                    "Office (816) 555-0200",
                    "Producers: Walt Becker, Nina Shaw",
                    "Director: Aaron Pell",
                ],
                "call_label": "CREW CALL:",
                "date_style": "us_short",
                "n": 17,
                "of": 40,
                "weather": "AM showers, High 66° Low 51°",
                "cover": "Sc. 88 INT. Grand Hall",
                "set": "Grand Hall & Platform 1",
                "park_note": "Crown Center lot B, shuttle every 10 min",
                "scenes": [
                    ("61", "EXT. PLATFORM 1 - Ellie misses the train", "D", "1 2/8", "1, 4", "1"),
                    ("62", "INT. GRAND HALL - under the clock", "D", "2 5/8", "1, 2", "1"),
                    ("88", "INT. GRAND HALL - the reunion (cover)", "N", "3/8", "1, 2, 4", "1"),
                ],
                "cast": [
                    ("Clare Dunmore", "ELLIE", "Pickup at hotel"),
                    ("Reggie Shaw", "THOMAS", "Drive self"),
                    ("Ivy Marsh", "CONDUCTOR", "Drive self"),
                ],
                "notes": [
                    "Amtrak platform escort required: stay behind the yellow line at all times.",
                    "Background: 40 commuters, 1940s wardrobe, report to holding at 6:00A.",
                ],
                "ad_line": "1st AD: Ray Doyle (816) 555-0101",
                "crew": _mm_crew("(816) 555"),
            },
        ),
        _mm(
            "boise",
            "CAPITOL GAINS",
            D(2026, 7, 14),
            "06:00",
            {
                "time": "A",
                "company": "Treasure Valley Pictures",
                "office": [
                    "404 S 8th St, Suite 250",
                    "Boise, ID 83702",
                    "Office (208) 555-0300",
                    "Producer: Sofia Lind",
                    "Director: Mark Tully",
                ],
                "call_label": "CREW CALL:",
                "date_style": "us_dash",
                "n": 5,
                "of": 22,
                # HARD: the whole page is pink and the old crew call is struck out
                "revised": "REVISED CALL SHEET - PINK - 7/13 9:40P - CREW CALL 30 MIN EARLIER",
                "old_call": "06:30",
                "weather": "Clear, High 93° Low 62°",
                "cover": "none",
                "set": "Rotunda & Senate Chamber",
                "park_note": "Capitol Terrace garage, 4th floor only",
                "scenes": [
                    ("9", "INT. ROTUNDA - the press scrum", "D", "2 1/8", "1, 3, 5", "1"),
                    ("10", "INT. SENATE CHAMBER - the deal", "D", "3 4/8", "1, 2", "1"),
                    ("12", "EXT. CAPITOL STEPS - sunset exit", "D", "6/8", "1", "1"),
                ],
                "cast": [
                    ("Jon Ellery", "SEN. PAGE", "Drive self"),
                    ("Amara Cole", "TESS", "Pickup 5:15A"),
                    ("Will Hagen", "REPORTER", "Drive self"),
                ],
                "notes": [
                    "Heat: water on every cart, cooling tent by basecamp.",
                    "Capitol opens to visitors at 8:00A: no equipment in the rotunda walkways.",
                ],
                "ad_line": "1st AD: Ray Doyle (208) 555-0101",
                "crew": _mm_crew("(208) 555"),
            },
        ),
        _mm(
            "regina",
            "PRAIRIE LIGHTS",
            D(2026, 8, 19),
            "07:30",
            {
                "time": "us",
                "company": "Queen City Films Inc.",
                "office": [
                    "1881 Scarth St, 5th Floor",
                    "Regina, SK S4P 4K9",
                    "Office (306) 555-0400",
                    "Producer: Bree Lavoie",
                    "Director: Tom Sikorski",
                ],
                "call_label": "GENERAL CREW CALL",
                "date_style": "us_long",
                "n": 2,
                "of": 15,
                "weather": "Sunny, High 27°C Low 12°C",
                "cover": "Sc. 20 INT. Library",
                "set": "Legislative Library & Front Lawn",
                "park_note": "Wascana Centre lot C, north of the building",
                "scenes": [
                    ("4", "INT. LEGISLATIVE LIBRARY - the archive", "D", "2 2/8", "1, 2", "1"),
                    ("5", "EXT. FRONT LAWN - picnic", "D", "1 4/8", "1, 2, 3", "1"),
                    ("20", "INT. LIBRARY - night research (cover)", "N", "7/8", "1", "1"),
                ],
                "cast": [
                    ("Elise Moreau", "JUNE", "Drive self"),
                    ("Sam Redcloud", "DANIEL", "Pickup at hotel"),
                    ("Ola Petrenko", "ARCHIVIST", "Drive self"),
                ],
                "notes": [
                    "Guided tours run all day: crew passes must be visible.",
                    "Geese on the lawn: no feeding, please.",
                ],
                "ad_line": "1st AD: Ray Doyle (306) 555-0101",
                "crew": _mm_crew("(306) 555"),
            },
        ),
    ]


# --- web-app export: cards, a "Call" pill, hospital in the location list ---------------------


def _app(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "helvetica")
        W = c.width
        _fill(c, 0, 0, W, 78, g["band"])
        c.pdf.set_text_color(255, 255, 255)
        c.text(30, 34, title, 17, bold=True)
        c.text(30, 50, g["company"], 8.5)
        c.text(30, 64, day_text(day, g["date_style"]), 9.5, bold=True)
        # the call pill
        c.pdf.set_fill_color(255, 255, 255)
        c.pdf.rect(W - 170, 20, 140, 42, style="F", round_corners=True, corner_radius=8)
        black(c)
        c.text(W - 160, 36, g["call_label"], 8, bold=True)
        c.text(W - 160, 56, hm(call, t), 17, bold=True)

        # cards
        def card(x: float, y: float, w: float, h: float, head: str) -> None:
            c.pdf.set_draw_color(190, 190, 190)
            c.pdf.rect(x, y, w, h, round_corners=True, corner_radius=5)
            c.pdf.set_draw_color(0, 0, 0)
            c.text(x + 8, y + 14, head, 8, bold=True)

        cw = (W - 70) / 3
        card(30, 92, cw, 74, "WEATHER")
        for n, line in enumerate([g["weather"], f"Sunrise {hm(rise, t)}", f"Sunset {hm(fall, t)}"]):
            fit(c, 38, 116 + 12 * n, line, 8, cw - 16)
        card(35 + cw, 92, cw, 74, "SCHEDULE")
        sched = [
            ("Crew call", call),
            ("First shot", add_minutes(call, 75)),
            ("Lunch", add_minutes(call, 330)),
            ("Wrap", add_minutes(call, 600)),
        ]
        for n, (lab, hhmm) in enumerate(sched):
            c.text(43 + cw, 116 + 12 * n, lab, 8)
            c.right(27 + 2 * cw, 116 + 12 * n, hm(hhmm, t), 8)
        card(40 + 2 * cw, 92, cw, 74, "CONTACTS")
        for n, line in enumerate(g["contacts"]):
            fit(c, 48 + 2 * cw, 116 + 12 * n, line, 7.5, cw - 16)
        # locations card: numbered pins, the hospital last
        y = 180.0
        card(30, y, W - 60, 128, "LOCATIONS")
        pins = [
            ("1", "Set", [p.name, p.address, g["set"]]),
            ("2", g["base_label"], [p.base_street, p.base_city, g["base_note"]]),
            ("3", "Nearest hospital", [p.hospital, p.hospital_address, p.hospital_phone]),
        ]
        x = 38.0
        pw = (W - 76) / 3
        for num, lab, lines in pins:
            _fill(c, x, y + 22, 14, 14, g["band"])
            c.pdf.set_text_color(255, 255, 255)
            c.text(x + 4, y + 33, num, 8, bold=True)
            black(c)
            c.text(x + 20, y + 33, lab, 8, bold=True)
            yy = y + 50
            for line in lines:
                # addresses wrap at their comma the way the app wraps them
                parts = [line] if measure(c, line, 8) < pw - 10 else line.split(", ", 1)
                for part in parts:
                    fit(c, x, yy, part, 8, pw - 10)
                    yy += 11
            x += pw
        c.text(38, y + 120, "Open in maps: tap a pin in the app", 6.5)
        # scenes
        y = 324.0
        c.text(30, y, "SCENES", 9, bold=True)
        xs = [0.0, 36.0, 290.0, 330.0, 380.0]
        for h, x in zip(["#", "Description", "D/N", "Pages", "Cast"], xs, strict=True):
            grey(c)
            c.text(32 + x, y + 14, h, 7.5, bold=True)
        black(c)
        y = _rows(c, 30, y + 28, g["scenes"], xs, right=W - 30, lead=14)
        # crew by department
        y += 10
        c.text(30, y, "CREW", 9, bold=True)
        y += 14
        half = (W - 60) / 2
        for n, (dept, name, off) in enumerate(g["crew"]):
            x = 30 + half * (n % 2)
            yy = y + 13 * (n // 2)
            fit(c, x, yy, f"{dept} - {name}", 7.5, half - 60)
            c.right(x + half - 10, yy, hm(add_minutes(call, off), t), 7.5)
        grey(c)
        c.text(30, 815, g["footer"], 6.5)
        black(c)
        return c.output()

    return _sheet(
        f"app_{key}",
        "webapp_cards",
        "web-app export: coloured band, call pill, cards, numbered location pins",
        make,
        _exp(p, title, day, call, g["set"]),
    )


def _app_crew() -> list[tuple[str, str, int]]:
    return [
        ("1st AD", "Mel Harper", 0),
        ("2nd AD", "Josh Tan", -30),
        ("DOP", "Ines Falk", 0),
        ("1st AC", "Raj Patel", -15),
        ("Gaffer", "Lachlan Byrne", -15),
        ("Key Grip", "Sione Vaka", -15),
        ("Sound Recordist", "Beth Nguyen", 0),
        ("Costume", "Gabi Rossi", -45),
        ("Make-up", "Tara Quinn", -45),
        ("Unit Manager", "Col Dwyer", -60),
    ]


def _app_sheets() -> list[Sheet]:
    return [
        _app(
            "canberra",
            "THE READING ROOM",
            D(2026, 3, 10),
            "07:30",
            {
                "time": "h24",
                "band": (25, 70, 120),
                "company": "Capital Hill Films Pty Ltd",
                "date_style": "au",
                "call_label": "CREW CALL",
                "weather": "Fine, 28° / 13°",
                "contacts": [
                    "Producer: Kate Walsh 0412 555 019",
                    "1st AD: Mel Harper 0413 555 022",
                    "Unit: Col Dwyer 0414 555 031",
                ],
                "set": "Main Reading Room, Level 4",
                "base_label": "Unit base & crew parking",
                "base_note": "Use the lower level only, permits on dash",
                "scenes": [
                    ("7", "INT. READING ROOM - Nell requests the map", "D", "2 1/8", "1, 2"),
                    ("8", "INT. STACKS - the missing folio", "D", "1 3/8", "1"),
                    ("11", "EXT. LAKE FORESHORE - walk and talk", "D", "5/8", "1, 3"),
                ],
                "crew": _app_crew(),
                "footer": "Call sheet v2 · published 9 Mar 2026 17:45 · page 1/1",
            },
        ),
        _app(
            "goldcoast",
            "SURF CITY SOUND",
            D(2026, 6, 23),
            "06:15",
            {
                "time": "us_lower",
                "band": (0, 120, 130),
                "company": "Broadbeach Screen Co.",
                "date_style": "eu_abbrev",
                "call_label": "CALL",
                "weather": "Sunny, 22° / 12°",
                "contacts": [
                    "Producer: Jaz Cooper 0421 555 071",
                    "1st AD: Mel Harper 0413 555 022",
                    "Safety: Reece Ho 0422 555 076",
                ],
                "set": "Outdoor stage & lawn",
                "base_label": "Unit base",
                "base_note": "Trucks on Carey St from 5:00am, cones in place",
                "scenes": [
                    ("21", "EXT. OUTDOOR STAGE - soundcheck at dawn", "D", "1 4/8", "1, 2, 4"),
                    ("22", "EXT. LAWN - the crowd arrives", "D", "2/8", "1, BG"),
                    ("25", "INT. GREEN ROOM - the contract", "D", "1 6/8", "2, 4"),
                ],
                "crew": _app_crew(),
                "footer": "Call sheet v1 · published 22 Jun 2026 16:10 · page 1/1",
            },
        ),
        _app(
            "kelowna",
            "ORCHARD ROAD",
            D(2026, 9, 29),
            "08:00",
            {
                "time": "us",
                "band": (120, 50, 90),
                "company": "Okanagan Lake Pictures Ltd.",
                "date_style": "us_long",
                "call_label": "CREW CALL",
                "weather": "Cloudy, 17°C / 6°C",
                "contacts": [
                    "Producer: Dev Sandhu 250-555-0112",
                    "1st AD: Mel Harper 250-555-0114",
                    "Locations: Paige Roy 250-555-0120",
                ],
                "set": "Gallery lobby & main hall",
                "base_label": "Crew parking",
                "base_note": "Library Parkade, top deck, passes from the PA",
                "scenes": [
                    ("33", "INT. GALLERY LOBBY - opening night", "N", "2 5/8", "1, 2, 3"),
                    ("34", "INT. MAIN HALL - the painting", "N", "1 2/8", "1, 3"),
                ],
                "crew": _app_crew(),
                "footer": "Call sheet v3 · published 28 Sep 2026 19:02 · page 1/1",
            },
        ),
    ]


# --- Google Sheets / Excel export: gridlines everywhere, merged label cells ----------------


def _gs(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("letter", g["font"], "L")
        W = c.width
        x0, cw, rh = 30.0, (W - 60) / 8, 15.0
        c.pdf.set_draw_color(200, 200, 200)
        rows = 30
        c.grid(x0, 30, [cw] * 8, [rh] * rows)
        c.pdf.set_draw_color(0, 0, 0)

        def at(col: int, row: int, text: str, span: int = 1, **kw: Any) -> None:
            if span > 1:  # a merged cell: white out the inner gridlines
                _fill(
                    c,
                    x0 + cw * col + 0.4,
                    30 + rh * row + 0.4,
                    cw * span - 0.8,
                    rh - 0.8,
                    (255, 255, 255),
                )
            fit(
                c,
                x0 + cw * col + 3,
                30 + rh * row + 11,
                text,
                kw.pop("size", 8),
                cw * span - 6,
                **kw,
            )

        _fill(c, x0 + 0.4, 30.4, cw * 8 - 0.8, rh * 2 - 0.8, g["head_rgb"])
        at(0, 0, title, 5, size=14, bold=True)
        at(5, 0, "CALL SHEET", 3, size=11, bold=True)
        at(0, 1, g["company"], 5)
        at(5, 1, f"Day {g['n']} of {g['of']}", 3)
        # left block: label | value (value merged over three cells)
        left = [
            ("DATE", day_text(day, g["date_style"])),
            (g["call_label"], hm(call, t)),
            ("BREAKFAST", hm(add_minutes(call, -30), t)),
            ("LUNCH", hm(add_minutes(call, 330), t)),
            ("EST. WRAP", hm(add_minutes(call, 660), t)),
            ("LOCATION", p.name),
            ("", p.address),
            ("SET", g["set"]),
            ("PARKING", p.base),
        ]
        for n, (lab, val) in enumerate(left):
            if lab:
                at(0, 3 + n, lab, bold=True)
            at(1, 3 + n, val, 3, bold=lab == g["call_label"])
        # right block
        sun_cell = f"{hm(rise, t)} / {hm(fall, t)}"
        right = [
            ("DIRECTOR", g["director"]),
            ("PRODUCER", g["producer"]),
            ("1st AD", g["ad"]),
            ("WEATHER", g["weather"]),
            # HARD (mild): sunrise and sunset share one merged cell under one label
            ("SUNRISE / SUNSET", sun_cell),
            (g["er_label"], p.hospital),
            ("", p.hospital_address),
            ("", p.hospital_phone),
        ]
        for n, (lab, val) in enumerate(right):
            if lab:
                at(4, 3 + n, lab, bold=True)
            at(5, 3 + n, val, 3)
        # scenes
        r = 14
        _fill(c, x0 + 0.4, 30 + rh * r + 0.4, cw * 8 - 0.8, rh - 0.8, (217, 217, 217))
        for col, h in enumerate(["SCENE", "DESCRIPTION", "", "", "D/N", "PAGES", "CAST", "TIME"]):
            if h:
                at(col, r, h, bold=True)
        for n, (sc, desc, dn, pg, cast, off) in enumerate(g["scenes"]):
            rr = r + 1 + n
            at(0, rr, sc)
            at(1, rr, desc, 3)
            at(4, rr, dn)
            at(5, rr, pg)
            at(6, rr, cast)
            at(7, rr, hm(add_minutes(call, off), t))
        r += 2 + len(g["scenes"])
        _fill(c, x0 + 0.4, 30 + rh * r + 0.4, cw * 8 - 0.8, rh - 0.8, (217, 217, 217))
        for col, h in enumerate(["CAST", "CHARACTER", "CALL", "", "CREW", "ROLE", "CALL", ""]):
            if h:
                at(col, r, h, bold=True)
        for n, (actor, role) in enumerate(g["cast"]):
            at(0, r + 1 + n, actor)
            at(1, r + 1 + n, role)
            at(2, r + 1 + n, hm(add_minutes(call, 30 + 15 * n), t))
        for n, (name, role, off) in enumerate(g["crew"]):
            at(4, r + 1 + n, name)
            at(5, r + 1 + n, role)
            at(6, r + 1 + n, hm(add_minutes(call, off), t))
        r += 2 + max(len(g["cast"]), len(g["crew"]))
        at(0, r, "NOTES", bold=True)
        at(1, r, g["note"], 7)
        return c.output()

    return _sheet(
        f"gs_{key}",
        "gsheet_export",
        "Google Sheets / Excel export, landscape: gridlines, merged cells, label / value",
        make,
        _exp(p, title, day, call, g["set"]),
    )


def _gs_sheets() -> list[Sheet]:
    return [
        _gs(
            "omaha",
            "DODGE STREET",
            D(2026, 5, 27),
            "07:00",
            {
                "font": "helvetica",
                "time": "us",
                "head_rgb": (207, 226, 243),
                "company": "Cornhusker Creative (student thesis, UNO)",
                "date_style": "us_numeric",
                "n": 2,
                "of": 5,
                "call_label": "CREW CALL",
                "set": "Atrium & east galleries",
                "director": "Maddie Kerr",
                "producer": "Isaac Hamm",
                "ad": "Tess Novak (402) 555-0166",
                "weather": "Thunderstorms PM, 79°F",
                "er_label": "NEAREST HOSPITAL",
                "scenes": [
                    ("3", "INT. ATRIUM - Jess waits for her father", "D", "1 5/8", "1, 2", 60),
                    ("4", "INT. EAST GALLERY - the portrait", "D", "2 2/8", "1, 2", 150),
                    ("6", "EXT. MUSEUM STEPS - goodbye", "D", "4/8", "1", 420),
                ],
                "cast": [("Jess Amani", "JESS"), ("Ron Pike", "FATHER")],
                "crew": [
                    ("Tess Novak", "1st AD", 0),
                    ("Leo Cruz", "DP", 0),
                    ("Ana Ortiz", "Sound", 15),
                ],
                "note": "No tape on the walls, no food past the atrium. Rain plan: inside.",
            },
        ),
        _gs(
            "tulsa",
            "ROUTE 66 BLUES",
            D(2026, 10, 13),
            "06:45",
            {
                "font": "helvetica",
                "time": "us_lower",
                "head_rgb": (252, 229, 205),
                "company": "Red Dirt Pictures LLC",
                "date_style": "us_long",
                "n": 4,
                "of": 9,
                "call_label": "GENERAL CALL",
                "set": "Villa terrace & formal gardens",
                "director": "Cal Whitehorse",
                "producer": "Dee Barnes",
                "ad": "Rick Yoon (918) 555-0190",
                "weather": "Sunny, 77°F / 55°F",
                "er_label": "HOSPITAL",
                "scenes": [
                    ("18", "EXT. VILLA TERRACE - the band rehearses", "D", "2 4/8", "1, 2, 3", 75),
                    ("19", "EXT. FORMAL GARDENS - Ray's song", "D", "1 3/8", "1", 240),
                    ("21", "EXT. GARDENS - magic hour kiss", "D", "3/8", "1, 2", 600),
                ],
                "cast": [("Ray Dalton", "RAY"), ("Lila Moss", "JUNE"), ("Otis Hale", "DRUMMER")],
                "crew": [
                    ("Rick Yoon", "1st AD", 0),
                    ("Nora Pratt", "DP", 0),
                    ("Vic Allen", "Gaffer", -15),
                ],
                "note": "Museum opens to visitors 9:00am: gear stays on the service road.",
            },
        ),
        _gs(
            "nottingham",
            "THE LONG GALLERY",
            D(2026, 11, 10),
            "08:00",
            {
                "font": "helvetica",
                "time": "h24",
                "head_rgb": (217, 234, 211),
                "company": "Trent Side Films Ltd",
                "date_style": "uk_plain",
                "n": 6,
                "of": 12,
                "call_label": "UNIT CALL",
                "set": "Prospect Room & the Salon",
                "director": "Aisha Karim",
                "producer": "Jon Whitby",
                "ad": "Gemma Rowe 07700 900412",
                "weather": "Overcast, 9°C, showers",
                "er_label": "NEAREST A&E",
                "scenes": [
                    ("40", "INT. PROSPECT ROOM - the map is found", "D", "2 1/8", "1, 4", 60),
                    ("41", "INT. SALON - dinner with the earl", "N", "3 3/8", "1, 2, 4, 5", 240),
                ],
                "cast": [("Evie Shaw", "MARGARET"), ("Tom Hale", "EARL"), ("Ravi Dutt", "FOOTMAN")],
                "crew": [
                    ("Gemma Rowe", "1st AD", 0),
                    ("Finn Ross", "DoP", 0),
                    ("Alice Mok", "Costume", -60),
                ],
                "note": "Hall open to the public: lanyards at all times. Deer in the park.",
            },
        ),
    ]


# --- UK unit call sheet: unit call box, unit base, crew parking, nearest A&E ---------------


def _uk(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "helvetica")
        W = c.width
        c.text(36, 44, g["company"], 8.5, bold=True)
        for n, line in enumerate(g["office"]):
            c.text(36, 55 + 9 * n, line, 7)
        tw = measure(c, title, 15, bold=True)
        c.text((W - tw) / 2, 46, title, 15, bold=True)
        sub = f"CALL SHEET No. {g['no']}"
        c.text((W - measure(c, sub, 9)) / 2, 60, sub, 9)
        dt_s = day_text(day, g["date_style"])
        c.text((W - measure(c, dt_s, 9, bold=True)) / 2, 73, dt_s, 9, bold=True)
        # unit call box, right
        c.box(W - 160, 32, 124, 50, 1.2)
        c.text(W - 152, 46, g["call_label"], 8.5, bold=True)
        c.text(W - 152, 72, hm(call, t), 20, bold=True)
        c.hline(36, W - 36, 92, 1.0)
        # two columns
        half = (W - 72) / 2
        lx, rx = 36.0, 36 + half + 10
        y = 108.0
        left = [
            (
                g["loc_label"],
                [g["set"], p.name, p.street, p.city, f"Grid ref / what3words: {g['w3w']}"],
            ),
            ("UNIT BASE", [p.base_street, p.base_city, g["base_note"]]),
            ("CREW PARKING", g["parking"]),
        ]
        if g.get("second"):
            # HARD: a second location after a unit move, printed under the first
            left.insert(
                1, ("LOCATION 2 (unit move " + hm(g["second"][0], t) + ")", list(g["second"][1:]))
            )
        yy = y
        for head, lines in left:
            c.text(lx, yy, head, 8, bold=True)
            for line in lines:
                yy += 10.5
                fit(c, lx + 4, yy, line, 8, half - 10)
            yy += 16
        right = [
            (
                "NEAREST A&E",
                [p.hospital, p.hospital_street, p.hospital_city, f"Tel: {p.hospital_phone}"],
            ),
            ("UNIT MEDIC", [g["medic"]]),
            (
                "WEATHER",
                [g["weather"], f"Sunrise {hm(rise, t)}   Sunset {hm(fall, t)}"],
            ),
            (
                "TIMINGS",
                [
                    f"Breakfast from {hm(add_minutes(call, -45), t)} at unit base",
                    f"Rehearse / shoot {hm(add_minutes(call, 30), t)}",
                    f"Lunch {hm(add_minutes(call, 330), t)} (1 hour)",
                    f"Wrap {hm(add_minutes(call, 600), t)}",
                ],
            ),
        ]
        yr = y
        for head, lines in right:
            c.text(rx, yr, head, 8, bold=True)
            for line in lines:
                yr += 10.5
                fit(c, rx + 4, yr, line, 8, half - 14)
            yr += 16
        c.vline(36 + half + 4, 100, max(yy, yr) - 6, 0.4)
        y = max(yy, yr) + 4
        c.hline(36, W - 36, y - 8, 1.0)
        # scenes
        _fill(c, 36, y - 2, W - 72, 13, (225, 225, 225))
        xs = [0.0, 34.0, 290.0, 330.0, 370.0, 440.0]
        for h, x in zip(
            ["SC", "SET / SYNOPSIS", "D/N", "PGS", "ARTISTES", "NOTES"], xs, strict=True
        ):
            c.text(38 + x, y + 8, h, 7, bold=True)
        y = _rows(c, 36, y + 22, g["scenes"], xs)
        y += 8
        c.text(36, y, "ARTISTES", 8, bold=True)
        xs2 = [0.0, 130.0, 240.0, 300.0, 360.0, 420.0]
        y += 12
        for h, x in zip(
            ["ARTISTE", "CHARACTER", "P/UP", "M/UP", "COST.", "ON SET"], xs2, strict=True
        ):
            c.text(38 + x, y, h, 7, bold=True)
        rows = [
            (
                a,
                ch,
                hm(add_minutes(call, -60 + 15 * n), t),
                hm(add_minutes(call, -30 + 15 * n), t),
                hm(add_minutes(call, 15 * n), t),
                hm(add_minutes(call, 30), t),
            )
            for n, (a, ch) in enumerate(g["cast"])
        ]
        y = _rows(c, 36, y + 12, rows, xs2)
        y += 8
        c.text(36, y, "HEALTH & SAFETY", 8, bold=True)
        for line in g["safety"]:
            y += 10
            fit(c, 40, y, line, 7.5, W - 80)
        grey(c)
        c.text(
            36, 812, "Please do not share this call sheet or post set photos on social media.", 6.5
        )
        black(c)
        return c.output()

    return _sheet(
        f"uk_{key}",
        "uk_unit",
        "UK unit call sheet: UNIT CALL box, two columns (location/base/parking | A&E/sun)",
        make,
        _exp(p, title, day, call, f"{g['set']} Grid ref / what3words: {g['w3w']}"),
    )


def _uk_sheets() -> list[Sheet]:
    return [
        _uk(
            "norwich",
            "THE CLOISTER",
            D(2026, 3, 18),
            "08:00",
            {
                "time": "h24",
                "company": "Wensum Pictures Ltd",
                "office": ["Production office: 1 Elm Hill, Norwich NR3 1HN", "Tel: 01603 555 210"],
                "no": 9,
                "date_style": "uk_long",
                "call_label": "UNIT CALL",
                "loc_label": "LOCATION",
                "set": "INT./EXT. CLOISTERS",
                "w3w": "///chimes.lantern.quiet",
                "base_note": "Catering and honeywagons in the Lower Close",
                "parking": [
                    "Crew park at the Riverside car park (paid, receipts to accounts)",
                    "Car share where possible, 10 min walk to set",
                ],
                "medic": "Jill Abbott 07700 900155",
                "weather": "Light rain clearing, 11°C",
                "scenes": [
                    ("23", "EXT. CLOISTERS - Brother Aldo's vigil", "N", "1 2/8", "1, 2", "Rain"),
                    ("24", "INT. CLOISTERS - confession", "D", "2 4/8", "1, 3", ""),
                    ("27", "INT. CHAPTER HOUSE - the verdict", "D", "1 6/8", "1-4", "SFX"),
                ],
                "cast": [
                    ("Hugh Marlow", "ALDO"),
                    ("Freya Dunn", "SISTER ANNE"),
                    ("Bo Carter", "BISHOP"),
                ],
                "safety": [
                    "Rain machine in use on sc. 23: slip hazards on the cloister flagstones.",
                    "Cathedral services at 12:30: complete silence, no filming.",
                ],
            },
        ),
        _uk(
            "exeter",
            "THE CURATOR",
            D(2026, 6, 9),
            "07:30",
            {
                "time": "military",
                "company": "Longbrook Street Films",
                "office": ["Unit 4, Haven Banks, Exeter EX2 8DP", "Tel: 01392 555 731"],
                "no": 21,
                "date_style": "uk_ord_caps",
                "call_label": "UNIT CALL",
                "loc_label": "LOCATION 1",
                "set": "Museum galleries (World Cultures)",
                "w3w": "///fossil.grain.ember",
                "second": ("14:00", "Rougemont Gardens", "Castle St", "Exeter EX4 3PU"),
                "base_note": "Unit base in the Princesshay service yard, enter off Bampfylde St",
                "parking": [
                    "Crew parking: Triangle car park, Bampfylde St (permits issued)",
                    "No parking on Queen St",
                ],
                "medic": "Ed Shore 07700 900289",
                "weather": "Sunny intervals, 19°C",
                "scenes": [
                    ("5", "INT. GALLERY - the curator's tour", "D", "3 1/8", "1, 2", ""),
                    ("6", "INT. STORE ROOM - the forged piece", "D", "1 4/8", "1", ""),
                    ("9", "EXT. ROUGEMONT GARDENS - the handover", "D", "1 1/8", "1, 4", "Loc 2"),
                ],
                "cast": [
                    ("Niamh Cole", "DR. ROSE"),
                    ("Ade Bello", "MARCUS"),
                    ("Pip Hale", "GUARD"),
                ],
                "safety": [
                    "Museum open to the public: corridors clear, kit in the staging area.",
                    "Unit move at 1400: walking route via Castle St, runners will guide.",
                ],
            },
        ),
        _uk(
            "inverness",
            "THE GLEN ROAD",
            D(2026, 9, 2),
            "07:00",
            {
                "time": "dotam",
                "company": "Moray Firth Productions",
                "office": [
                    "Production office: 12 Academy St, Inverness IV1 1JN",
                    "Tel: 01463 555 900",
                ],
                "no": 4,
                "date_style": "uk_plain",
                "call_label": "CREW CALL",
                "loc_label": "SET / LOCATION",
                "set": "EXT. CASTLE ESPLANADE",
                "w3w": "///heather.stone.river",
                "base_note": "Bught Park car park, north end, signed 'GLEN ROAD'",
                "parking": ["Crew parking at unit base, minibus to set every 15 mins"],
                "medic": "Morag Fraser 07700 900377",
                "weather": "Bright, breezy, 15°C",
                "scenes": [
                    ("12", "EXT. CASTLE ESPLANADE - Iain's return", "D", "2 2/8", "1, 2", "Drone"),
                    ("13", "EXT. RIVER NESS BANK - the quarrel", "D", "1 5/8", "1, 2", ""),
                ],
                "cast": [("Callum Reid", "IAIN"), ("Isla Grant", "MAIRI")],
                "safety": [
                    "Drone operations (CAA-approved pilot) from 9.00am: listen for the AD's call.",
                    "River bank: lifejackets for anyone within 2 m of the water.",
                ],
            },
        ),
    ]


# --- Polish daily plan from a film house: "zbiórka ekipy" in the header table --------------


def _pl(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        c.box(36, 30, 90, 40, 0.8)
        c.text(44, 54, g["logo"], 11, bold=True)
        c.text(136, 44, g["house"], 8.5, bold=True)
        c.text(136, 55, g["house_addr"], 7)
        c.right(W - 36, 44, g["doc_title"], 12, bold=True)
        c.right(W - 36, 58, f"dzień zdjęciowy {g['n']} z {g['of']}", 8)
        quoted = f"„{title}”"  # the title in Polish quotes; the production is the bare title
        tw = measure(c, quoted, 14, bold=True)
        c.text((W - tw) / 2, 92, quoted, 14, bold=True)
        c.text((W - measure(c, g["kind"], 8)) / 2, 104, g["kind"], 8)
        # header table: label | value, two columns
        y = 116.0
        half = (W - 72) / 2
        rows_l = [
            ("Data", day_text(day, g["date_style"])),
            (g["call_label"], hm(call, t)),
            ("Gotowość do zdjęć", hm(add_minutes(call, 60), t)),
            ("Obiad", hm(add_minutes(call, 360), t)),
            ("Planowany koniec", hm(add_minutes(call, 660), t)),
        ]
        rows_r = [
            ("Wschód słońca", hm(rise, t)),
            ("Zachód słońca", hm(fall, t)),
            ("Pogoda", g["weather"]),
            ("Reżyser", g["director"]),
            ("II reżyser", g["ad"]),
        ]
        c.grid(36, y, [90.0, half - 90, 90.0, half - 90], [15.0] * 5)
        for n, ((la, va), (lb, vb)) in enumerate(zip(rows_l, rows_r, strict=True)):
            yy = y + 11 + 15 * n
            fit(c, 39, yy, la, 7.5, 84, bold=True)
            fit(c, 129, yy, va, 8, half - 96, bold=la == g["call_label"])
            fit(c, 39 + half, yy, lb, 7.5, 84, bold=True)
            fit(c, 129 + half, yy, vb, 8, half - 96)
        # places
        y += 92
        blocks = [
            ("MIEJSCE ZDJĘĆ", [g["set"], p.name, p.street, p.city]),
            ("BAZA / PARKING", [p.base_street, p.base_city, g["base_note"]]),
            (
                "NAJBLIŻSZY SZPITAL (SOR)",
                [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
            ),
        ]
        bw = (W - 72) / 3
        for n, (head, lines) in enumerate(blocks):
            x = 36 + bw * n
            c.box(x, y - 12, bw, 70, 0.5)
            fit(c, x + 4, y, head, 7.5, bw - 8, bold=True)
            for k, line in enumerate(lines):
                fit(c, x + 4, y + 12 + 11 * k, line, 7.5, bw - 8)
        # scenes
        y += 76
        c.text(36, y, "PLAN ZDJĘĆ", 9, bold=True)
        xs = [0.0, 40.0, 250.0, 300.0, 345.0, 390.0]
        y += 12
        _fill(c, 36, y - 9, W - 72, 12, (225, 225, 225))
        for h, x in zip(
            ["Obraz", "Miejsce / treść", "W/P", "D/N", "Str.", "Obsada"], xs, strict=True
        ):
            c.text(38 + x, y, h, 7, bold=True)
        y = _rows(c, 36, y + 13, g["scenes"], xs)
        # cast, departments
        y += 8
        c.text(36, y, "OBSADA", 9, bold=True)
        for n, (actor, role) in enumerate(g["cast"]):
            y += 11
            c.text(40, y, f"{actor} ({role})", 7.5)
            c.text(250, y, f"charakteryzacja {hm(add_minutes(call, 15 * n), t)}", 7.5)
            c.text(400, y, f"na planie {hm(add_minutes(call, 60), t)}", 7.5)
        y += 18
        c.text(36, y, "PIONY", 9, bold=True)
        for dept, off in g["depts"]:
            y += 11
            c.text(40, y, dept, 7.5)
            c.text(250, y, hm(add_minutes(call, off), t), 7.5)
        y += 18
        c.text(36, y, "UWAGI", 9, bold=True)
        for line in g["notes"]:
            y += 11
            fit(c, 40, y, line, 7.5, W - 80)
        grey(c)
        c.text(36, 812, g["footer"], 6.5)
        black(c)
        return c.output()

    return _sheet(
        f"pl_{key}",
        "pl_dpp",
        "Polish daily plan: logo box, ruled two-column header, three place boxes",
        make,
        _exp(p, title, day, call, g["set"]),
    )


def _pl_sheets() -> list[Sheet]:
    return [
        _pl(
            "opole",
            "CISZA W SALI",
            D(2026, 4, 15),
            "07:00",
            {
                "time": "pl",
                "logo": "ODRA",
                "house": "Odra Film Studio sp. z o.o.",
                "house_addr": "ul. Ozimska 48, 45-368 Opole",
                "doc_title": "DZIENNY PLAN PRACY nr 11",
                "n": 11,
                "of": 28,
                "kind": "film fabularny",
                "date_style": "pl_weekday_genitive",
                "call_label": "Zbiórka ekipy",
                "weather": "pochmurno, 14°C",
                "director": "Marta Wilk",
                "ad": "Paweł Nowicki, 600 555 114",
                "set": "Sala koncertowa i foyer",
                "base_note": "Wozy techniczne od 6:00, parking płatny",
                "scenes": [
                    ("34", "Sala koncertowa - próba orkiestry", "W", "D", "2 3/8", "1, 2, 5"),
                    ("35", "Foyer - rozmowa w przerwie", "W", "D", "1 1/8", "1, 3"),
                    ("41", "Sala koncertowa - koncert", "W", "N", "3", "1-5, stat. 80"),
                ],
                "cast": [("Anna Kowal", "Ewa"), ("Jerzy Bąk", "Dyrygent"), ("Ola Sowa", "Zosia")],
                "depts": [
                    ("Kamera", 0),
                    ("Światło", -30),
                    ("Dźwięk", 0),
                    ("Kostiumy", -60),
                    ("Charakteryzacja", -60),
                ],
                "notes": [
                    "Filharmonia czynna dla widzów od 17:00: zdjęcia w sali do 16:30.",
                    "Statyści: stroje wieczorowe własne.",
                ],
                "footer": "Odra Film Studio · plan może ulec zmianie · kierownik planu 600 555 120",
            },
        ),
        _pl(
            "bydgoszcz",
            "OSTATNIA ARIA",
            D(2026, 11, 4),
            "08:30",
            {
                "time": "h24",
                "logo": "B/F",
                "house": "Brda Film sp. z o.o.",
                "house_addr": "ul. Gdańska 26, 85-006 Bydgoszcz",
                "doc_title": "PLAN ZDJĘCIOWY",
                "n": 5,
                "of": 20,
                "kind": "serial telewizyjny, odc. 3 i 4",
                "date_style": "pl_dots",
                "call_label": "Zbiórka",
                "weather": "mgła rano, 6°C",
                "director": "Tomasz Lis",
                "ad": "Kasia Rudnik, 601 555 207",
                "set": "Scena główna, kulisy",
                "base_note": "Baza przy bramie technicznej od ul. Grodzkiej",
                "scenes": [
                    ("3/12", "Kulisy - spóźniona primadonna", "W", "D", "1 4/8", "1, 2"),
                    ("3/13", "Scena główna - próba generalna", "W", "D", "2 6/8", "1-4"),
                    ("4/2", "Bulwar nad Brdą - spacer", "P", "D", "7/8", "1, 3"),
                ],
                "cast": [("Irena Wolska", "Primadonna"), ("Adam Lewicki", "Reżyser opery")],
                "depts": [("Kamera", 0), ("Oświetlenie", -45), ("Dźwięk", 0), ("Scenografia", -90)],
                "notes": [
                    "Opera prowadzi próby do 11:00: w kulisach cisza.",
                    "Zmiana planu na bulwar o 15:00 (pieszo).",
                ],
                "footer": "Brda Film · wersja 2 z 3.11.2026 · kierownik produkcji: 601 555 200",
            },
        ),
        _pl(
            "kielce",
            "BISKUPI OGRÓD",
            D(2026, 7, 21),
            "06:00",
            {
                "time": "pl",
                "logo": "KFS",
                "house": "Kielecka Fabryka Snów",
                "house_addr": "ul. Sienkiewicza 21, 25-007 Kielce",
                "doc_title": "DZIENNY PLAN PRACY",
                "n": 2,
                "of": 14,
                "kind": "film kostiumowy",
                "date_style": "pl_wd_dots",
                "call_label": "Zbiórka ekipy na planie",
                "weather": "słonecznie, 27°C",
                "director": "Roman Gajda",
                "ad": "Ewelina Sroka, 602 555 318",
                "set": "Ogród włoski i dziedziniec",
                "base_note": "Parking dla ekipy za muzeum, wjazd od ul. Zamkowej",
                "scenes": [
                    ("7", "Ogród włoski - biskup przy fontannie", "P", "D", "1 5/8", "1, 2"),
                    ("8", "Dziedziniec - przybycie posła", "P", "D", "2", "1-3, konie"),
                    ("15", "Sala Senatorska - narada", "W", "D", "2 2/8", "1, 2, 4"),
                ],
                "cast": [
                    ("Witold Rak", "Biskup"),
                    ("Marek Zych", "Poseł"),
                    ("Julia Baran", "Dama"),
                ],
                "depts": [("Kamera", 0), ("Światło", -30), ("Kostiumy", -90), ("Koniarze", -60)],
                "notes": [
                    "Upał: woda i parasole dla obsady w kostiumach.",
                    "Konie na dziedzińcu od 8:00, prosimy o ciszę.",
                ],
                "footer": "Kielecka Fabryka Snów · kierownik planu: 602 555 300",
            },
        ),
    ]


# --- near misses: dates, times and addresses, but no single shooting day --------------------


def _one_line() -> bytes:
    """A weekly one-line schedule for the Minneapolis feature: five days, no call sheet."""
    c = Canvas("letter", "helvetica", "L")
    W = c.width
    c.text(36, 40, "NORTH OF NOWHERE - ONE-LINE SCHEDULE, WEEK 2", 13, bold=True)
    c.text(
        36,
        54,
        "Loon Lake Films · 1300 Nicollet Mall, Minneapolis, MN 55403 · White draft 4/30/26",
        8,
    )
    y = 80.0
    days = [
        (
            "Mon 5/11/26",
            "Day 7",
            "EXT. LAKE HARRIET BANDSHELL",
            "4200 W Lake Harriet Pkwy",
            "7:00 AM",
        ),
        ("Tue 5/12/26", "Day 8", "INT. MUSEUM GALLERIES", "2400 3rd Ave S", "7:00 AM"),
        (
            "Wed 5/13/26",
            "Day 9",
            "INT. ANNA'S APARTMENT (stage 2)",
            "Stage: 1111 Broadway St NE",
            "8:00 AM",
        ),
        ("Thu 5/14/26", "Day 10", "EXT. STONE ARCH BRIDGE", "100 Portland Ave", "5:30 AM"),
        ("Fri 5/15/26", "Day 11", "INT. DINER (split day)", "3701 Lyndale Ave S", "11:00 AM"),
    ]
    for d, n, set_, addr, call in days:
        _fill(c, 36, y - 10, W - 72, 14, (230, 230, 230))
        c.text(40, y, f"{n} - {d}", 9, bold=True)
        c.text(300, y, f"Est. crew call {call}", 8.5)
        y += 14
        for sc in [f"Sc. {10 + len(set_) % 7}, {20 + len(addr) % 9}  {set_}", f"Address: {addr}"]:
            c.text(52, y, sc, 8.5)
            y += 12
        c.text(52, y, f"Pages: {len(set_) % 4 + 2} 3/8", 8)
        y += 18
    c.text(
        36,
        y,
        "END OF WEEK 2 - Total pages 19 4/8. Times are estimates; see each day's call sheet.",
        8.5,
        bold=True,
    )
    return c.output()


def _deal_memo() -> bytes:
    """A crew deal memo for the Kansas City feature: start date, call, rate, office address."""
    c = Canvas("letter", "helvetica")
    W = c.width
    c.text(54, 56, "CREW DEAL MEMO", 16, bold=True)
    c.text(54, 72, "THE LONG PLATFORM · Grand Terminal Productions, LLC", 9)
    c.text(54, 84, "2345 Grand Blvd, Suite 900, Kansas City, MO 64108", 8.5)
    c.hline(54, W - 54, 94, 1.0)
    rows = [
        ("Name", "Joe Tran"),
        ("Position", "Gaffer"),
        ("Department", "Electric"),
        ("Start date", "Monday, March 23, 2026 (prep)"),
        ("Shoot dates", "April 6, 2026 - May 29, 2026 (40 days)"),
        ("Rate", "$58.00 / hr, 12 hr guarantee, 1.5x after 8, 2x after 12"),
        ("Kit rental", "$350.00 / week"),
        ("Work week", "5 days, typically 7:00 AM - 7:00 PM; nights as scheduled"),
        ("Report to", "Production office at 9:00 AM on the start date for paperwork"),
        ("Union", "IATSE Local 31"),
    ]
    y = 120.0
    for lab, val in rows:
        c.text(54, y, lab, 9, bold=True)
        fit(c, 170, y, val, 9, W - 224)
        y += 18
    y += 20
    c.text(
        54,
        y,
        "Per diem, mileage and box rentals per production policy. Payroll: weekly, direct deposit.",
        8.5,
    )
    y += 50
    for x, lab in [(54, "Employee signature / date"), (320, "Producer signature / date")]:
        c.hline(x, x + 220, y, 0.6)
        c.text(x, y + 12, lab, 8)
    return c.output()


def _harmonogram() -> bytes:
    """A Polish post-production schedule for the Bydgoszcz series: weeks and studios, no call."""
    c = Canvas("A4", "sans")
    W = c.width
    c.text(40, 56, "HARMONOGRAM POSTPRODUKCJI", 14, bold=True)
    c.text(40, 72, "Serial „Ostatnia aria”, odc. 1-6 · Brda Film sp. z o.o.", 9)
    c.text(40, 84, "ul. Gdańska 26, 85-006 Bydgoszcz · stan na 20.11.2026", 8)
    c.hline(40, W - 40, 94, 0.8)
    rows = [
        (
            "Montaż offline",
            "23.11-18.12.2026",
            "pon.-pt. 9:00-17:00",
            "Montażownia Brda, ul. Gdańska 26",
        ),
        ("Kolaudacja odc. 1-3", "21.12.2026", "godz. 11:00", "sala projekcyjna, ul. Gdańska 26"),
        (
            "Zgranie dźwięku",
            "4-15.01.2027",
            "10:00-18:00",
            "Studio Fonia, ul. Dworcowa 63, Bydgoszcz",
        ),
        ("Korekcja barwna", "11-22.01.2027", "9:00-19:00", "Kolor Lab, ul. Chłodna 51, Warszawa"),
        ("Napisy i kopie emisyjne", "25-29.01.2027", "-", "zdalnie"),
        ("Odbiór przez nadawcę", "5.02.2027", "godz. 12:00", "TVP, ul. Woronicza 17, Warszawa"),
    ]
    y = 118.0
    xs = [40, 170, 270, 370]
    _fill(c, 40, y - 10, W - 80, 14, (225, 225, 225))
    for h, x in zip(["Etap", "Termin", "Godziny", "Miejsce"], xs, strict=True):
        c.text(x + 2, y, h, 8, bold=True)
    for row in rows:
        y += 18
        for i, (x, v) in enumerate(zip(xs, row, strict=True)):
            w = (xs[i + 1] if i + 1 < len(xs) else W - 40) - x - 6
            fit(c, x + 2, y, v, 8, w)
        c.hline(40, W - 40, y + 5, 0.3)
    y += 30
    c.text(
        40,
        y,
        "Uwagi: terminy kolaudacji mogą się zmienić; potwierdzenie e-mailem tydzień wcześniej.",
        8,
    )
    return c.output()


ONE_LINE = {
    "document_type": "shooting_schedule",
    "production": "NORTH OF NOWHERE",
    "days": [
        {"shooting_date": f"2026-05-{d}", "call_time": call}
        for d, call in [
            ("11", "07:00"),
            ("12", "07:00"),
            ("13", "08:00"),
            ("14", "05:30"),
            ("15", "11:00"),
        ]
    ],
}


def _other_sheets() -> list[Sheet]:
    return [
        # Built as a near miss, but a one-line schedule with each day's date and call is what
        # the corpus calls a shooting schedule (CONVENTIONS.md, `one_liner`): scored as one
        # (its family kept: every family has three documents).
        _sheet("one_line_week2", "near_miss", "weekly one-line schedule", _one_line, ONE_LINE),
        _sheet("other_deal_memo", "near_miss", "crew deal memo", _deal_memo, OTHER),
        _sheet(
            "other_harmonogram", "near_miss", "Polish post-production schedule", _harmonogram, OTHER
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_builder_sheets(),
        *_mm_sheets(),
        *_app_sheets(),
        *_gs_sheets(),
        *_uk_sheets(),
        *_pl_sheets(),
        *_other_sheets(),
    ]
