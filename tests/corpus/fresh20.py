"""Twenty-first held-out set: call sheets made from free public templates (`fresh20_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets: each
family follows a template that small productions, students, commercials and freelancers fill
in (CONVENTIONS.md, "fresh20"). A Vertex42-style Excel template exported to PDF (ruled cells,
labels left of values, small print), a Google Docs free template (plain headings and tables), a
designed Canva / Adobe Express style sheet (coloured blocks, rounded cards, icons as text), a
StudioBinder-style free PDF template (logo box, "GENERAL CREW CALL" centre box, weather and sun
box, location cards with parking and nearest hospital), a Wrapbook / Boords / Milanote-style
one-page template (Key info, Schedule, Locations, Contacts stacked) and a Celtx-style export.
US, UK, Canadian and Australian sets. Three near misses (a casting call, an equipment rental
pick-up confirmation, a catering order confirmation) must read as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one
a family); most sheets are ordinary.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.corpus.draw import Canvas, black, grey, measure
from tests.corpus.formats import add_minutes
from tests.corpus.fresh_common import (
    clock,
    date_or,
    expect,
    fill,
    head_table,
    sheet_maker,
    time_or,
    wrap,
)
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # Excel template (US): Fort Wayne, Galveston, Mobile
    "fortwayne": _p(
        "us",
        "Embassy Theatre",
        "125 W Jefferson Blvd",
        "Fort Wayne, IN 46802",
        41.0780,
        -85.1405,
        "America/Indiana/Indianapolis",
        "Parkview Regional Medical Center",
        "11109 Parkview Plaza Dr",
        "Fort Wayne, IN 46845",
        "(260) 266-1000",
        "200 E Main St",
        "Fort Wayne, IN 46802",
    ),
    "galveston": _p(
        "us",
        "Moody Mansion",
        "2618 Broadway Ave J",
        "Galveston, TX 77550",
        29.3010,
        -94.7930,
        "America/Chicago",
        "UTMB John Sealy Hospital",
        "301 University Blvd",
        "Galveston, TX 77555",
        "(409) 772-1011",
        "2500 Sealy St",
        "Galveston, TX 77550",
    ),
    "mobile": _p(
        "us",
        "Bragg-Mitchell Mansion",
        "1906 Spring Hill Ave",
        "Mobile, AL 36607",
        30.6920,
        -88.0870,
        "America/Chicago",
        "USA Health University Hospital",
        "2451 USA Medical Center Dr",
        "Mobile, AL 36617",
        "(251) 471-7000",
        "1800 Dauphin St",
        "Mobile, AL 36604",
    ),
    # Google Docs template (Canada): Kingston, Saskatoon, Fredericton
    "kingston": _p(
        "ca",
        "Fort Henry",
        "1 Fort Henry Dr",
        "Kingston, ON K7K 5G8",
        44.2310,
        -76.4600,
        "America/Toronto",
        "Kingston General Hospital",
        "76 Stuart St",
        "Kingston, ON K7L 2V7",
        "(613) 548-3232",
        "209 Ontario St",
        "Kingston, ON K7L 2Z1",
    ),
    "saskatoon": _p(
        "ca",
        "Remai Modern",
        "102 Spadina Cres E",
        "Saskatoon, SK S7K 0L3",
        52.1260,
        -106.6650,
        "America/Regina",
        "Royal University Hospital",
        "103 Hospital Dr",
        "Saskatoon, SK S7N 0W8",
        "(306) 655-1000",
        "241 2nd Ave S",
        "Saskatoon, SK S7K 1K8",
    ),
    "fredericton": _p(
        "ca",
        "Beaverbrook Art Gallery",
        "703 Queen St",
        "Fredericton, NB E3B 1C4",
        45.9610,
        -66.6370,
        "America/Moncton",
        "Dr. Everett Chalmers Regional Hospital",
        "700 Priestman St",
        "Fredericton, NB E3B 5N5",
        "(506) 452-5400",
        "King St",
        "Fredericton, NB E3B 1E3",
    ),
    # Canva-style designed template (Australia): Townsville, Launceston, Bendigo
    "townsville": _p(
        "au",
        "Museum of Tropical Queensland",
        "70-102 Flinders St",
        "Townsville City QLD 4810",
        -19.2580,
        146.8210,
        "Australia/Brisbane",
        "Townsville University Hospital",
        "100 Angus Smith Dr",
        "Douglas QLD 4814",
        "(07) 4433 1111",
        "Ogden St",
        "Townsville City QLD 4810",
    ),
    "launceston": _p(
        "au",
        "QVMAG at Inveresk",
        "2 Invermay Rd",
        "Invermay TAS 7248",
        -41.4230,
        147.1400,
        "Australia/Hobart",
        "Launceston General Hospital",
        "274-280 Charles St",
        "Launceston TAS 7250",
        "(03) 6777 6777",
        "Lindsay St",
        "Invermay TAS 7248",
    ),
    "bendigo": _p(
        "au",
        "Bendigo Art Gallery",
        "42 View St",
        "Bendigo VIC 3550",
        -36.7580,
        144.2770,
        "Australia/Melbourne",
        "Bendigo Hospital",
        "100 Barnard St",
        "Bendigo VIC 3550",
        "(03) 5454 6000",
        "Hargreaves St",
        "Bendigo VIC 3550",
    ),
    # StudioBinder-style free PDF template (US): Huntsville, Bozeman, Peoria
    "huntsville": _p(
        "us",
        "Burritt on the Mountain",
        "3101 Burritt Dr SE",
        "Huntsville, AL 35801",
        34.7270,
        -86.5500,
        "America/Chicago",
        "Huntsville Hospital",
        "101 Sivley Rd SW",
        "Huntsville, AL 35801",
        "(256) 265-1000",
        "500 Church St NW",
        "Huntsville, AL 35801",
    ),
    "bozeman": _p(
        "us",
        "Museum of the Rockies",
        "600 W Kagy Blvd",
        "Bozeman, MT 59717",
        45.6600,
        -111.0450,
        "America/Denver",
        "Bozeman Health Deaconess Regional Medical Center",
        "915 Highland Blvd",
        "Bozeman, MT 59715",
        "(406) 414-5000",
        "1105 S 7th Ave",
        "Bozeman, MT 59715",
    ),
    "peoria": _p(
        "us",
        "Peoria Riverfront Museum",
        "222 SW Washington St",
        "Peoria, IL 61602",
        40.6890,
        -89.5890,
        "America/Chicago",
        "OSF HealthCare Saint Francis Medical Center",
        "530 NE Glen Oak Ave",
        "Peoria, IL 61637",
        "(309) 655-2000",
        "Water St lot",
        "Peoria, IL 61602",
    ),
    # Wrapbook / Boords style one-page template (UK): Chester, Worcester, Stirling
    "chester": _p(
        "uk",
        "Chester Cathedral",
        "St Werburgh St",
        "Chester CH1 2DY",
        53.1920,
        -2.8900,
        "Europe/London",
        "Countess of Chester Hospital",
        "Liverpool Rd",
        "Chester CH2 1UL",
        "01244 365000",
        "Little Roodee car park, Castle Dr",
        "Chester CH1 2LB",
    ),
    "worcester": _p(
        "uk",
        "Worcester Cathedral",
        "College Yard",
        "Worcester WR1 2LA",
        52.1890,
        -2.2200,
        "Europe/London",
        "Worcestershire Royal Hospital",
        "Charles Hastings Way",
        "Worcester WR5 1DD",
        "01905 763333",
        "Copenhagen St car park",
        "Worcester WR1 2HB",
    ),
    "stirling": _p(
        "uk",
        "Stirling Castle",
        "Castle Esplanade",
        "Stirling FK8 1EJ",
        56.1240,
        -3.9470,
        "Europe/London",
        "Forth Valley Royal Hospital",
        "Stirling Rd",
        "Larbert FK5 4WR",
        "01324 566000",
        "Castleview car park, Castle Wynd",
        "Stirling FK8 1EG",
    ),
    # Celtx-style export: Carlisle (UK), Cairns (Australia), Charlottetown (Canada)
    "carlisle": _p(
        "uk",
        "Tullie House Museum",
        "Castle St",
        "Carlisle CA3 8TP",
        54.8950,
        -2.9390,
        "Europe/London",
        "Cumberland Infirmary",
        "Newtown Rd",
        "Carlisle CA2 7HY",
        "01228 523444",
        "Devonshire Walk car park",
        "Carlisle CA3 8UF",
    ),
    "cairns": _p(
        "au",
        "Cairns Art Gallery",
        "40 Abbott St",
        "Cairns City QLD 4870",
        -16.9230,
        145.7780,
        "Australia/Brisbane",
        "Cairns Hospital",
        "165 The Esplanade",
        "Cairns North QLD 4870",
        "(07) 4226 0000",
        "Shields St",
        "Cairns City QLD 4870",
    ),
    "charlottetown": _p(
        "ca",
        "Confederation Centre of the Arts",
        "145 Richmond St",
        "Charlottetown, PE C1A 1J1",
        46.2350,
        -63.1270,
        "America/Halifax",
        "Queen Elizabeth Hospital",
        "60 Riverside Dr",
        "Charlottetown, PE C1A 8T5",
        "(902) 894-2111",
        "110 Pownal St",
        "Charlottetown, PE C1A 3W6",
    ),
}


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    _h, m, h12, ap = clock(hhmm)
    forms = {
        "au_dot": f"{h12}.{m:02d}{ap.lower()}",  # Australian "7.30am"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "au_long": f"{d:%A} {d.day} {d:%B} {d.year}",  # "Tuesday 14 April 2026"
        "au_short": f"{d:%a} {d:%d/%m/%y}",
        "ca_iso": f"{d:%A}, {d.isoformat()}",  # "Thursday, 2026-05-14"
        "month_first": f"{d:%B} {d.day}, {d.year} ({d:%A})",
        "abbr": f"{d:%a}, {d:%b} {d.day}, {d.year}",  # "Tue, Apr 14, 2026"
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh20")


# --- Excel template exported to PDF (Vertex42 style): label cells left of values ---------------


def _xl(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        x0 = 36.0
        cw = (W - 2 * x0) / 4  # four spreadsheet columns: label, value, label, value
        c.text(x0, 50, "CALL SHEET", 18, bold=True)
        c.right(W - x0, 50, g["company"], 9, bold=True)
        grey(c)
        c.right(W - x0, 61, g["office"], 7)
        black(c)
        c.hline(x0, W - x0, 66, 1.2)

        def rows(y: float, items: list[tuple[str, str, str, str]]) -> float:
            rh = 13.0
            for a, b, cc, dd in items:
                for k, (lab, val) in enumerate([(a, b), (cc, dd)]):
                    xx = x0 + 2 * k * cw
                    fill(c, xx, y, cw, rh, 225)
                    c.box(xx, y, cw, rh, 0.3)
                    c.box(xx + cw, y, cw, rh, 0.3)
                    fit(c, xx + 3, y + 9.5, lab, 7, cw - 6, bold=True)
                    fit(c, xx + cw + 3, y + 9.5, val, 7, cw - 6)
                y += rh
            return y

        y = rows(
            74,
            [
                ("Production", title, "Date", day_text(day, g["date_style"])),
                ("Director", g["director"], "Shoot Day", g["day_of"]),
                ("Producer", g["producer"], "Weather", g["weather"]),
                *[tuple(v.format(call=hm(call, t)) for v in r) for r in g["time_rows"]],
                ("Lunch", g["lunch"], "Sunrise / Sunset", f"{hm(rise, t)} / {hm(fall, t)}"),
            ],
        )
        y += 10
        c.text(x0, y, "LOCATION", 8, bold=True)
        y = rows(
            y + 4,
            [
                ("Set", p.name, "Address", p.address),
                ("Notes", g["set"], "Parking", f"{p.base_street}, {p.base_city}"),
                ("Nearest Hospital", p.hospital, "Hospital Address", p.hospital_address),
                ("Hospital Phone", p.hospital_phone, "Emergency", "911"),
            ],
        )
        y += 18
        y = head_table(
            c,
            x0,
            y,
            ["Time", "Scene", "Description", "D/N", "Pages", "Cast"],
            [0, 50, 90, 330, 370, 420],
            g["scenes"],
            W - x0,
            ruled=True,
        )
        y = head_table(
            c,
            x0,
            y + 6,
            ["#", "Cast", "Role", "Pick Up", "Makeup", "On Set"],
            [0, 20, 150, 280, 350, 420],
            [
                (
                    str(n),
                    a,
                    r,
                    hm(add_minutes(call, o - 30), t),
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o + 60), t),
                )
                for n, (a, r, o) in enumerate(g["cast"], 1)
            ],
            W - x0,
            ruled=True,
        )
        y = head_table(
            c,
            x0,
            y + 6,
            ["Position", "Name", "Phone", "Call"],
            [0, 130, 270, 400],
            [(pos, n, ph, hm(add_minutes(call, o), t)) for pos, n, ph, o in g["crew"]],
            W - x0,
            ruled=True,
        )
        grey(c)
        c.text(x0, 760, "Call Sheet Template © Vertex42-style spreadsheet export", 6)
        c.right(W - x0, 760, "Page 1 of 1", 6)
        black(c)
        return c.output()

    return _sheet(
        f"xl_{key}",
        "excel_template",
        "Excel call sheet template exported to PDF: ruled label / value cells, small print",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _xl_crew(call_phone: str) -> list[tuple[str, str, str, int]]:
    return [
        ("1st AD", "Corey Lindqvist", f"{call_phone}-0141", 0),
        ("DP", "Amara Boateng", f"{call_phone}-0142", 0),
        ("Gaffer", "Luis Ybarra", f"{call_phone}-0143", -30),
        ("Sound Mixer", "Hana Kobayashi", f"{call_phone}-0144", 0),
        ("HMU", "Desiree Fontaine", f"{call_phone}-0145", -60),
        ("PA", "Jonah Whitfield", f"{call_phone}-0146", -30),
    ]


def _xl_sheets() -> list[Sheet]:
    return [
        _xl(
            "fortwayne",
            "MARQUEE LIGHTS",
            D(2026, 4, 14),
            "07:00",
            {
                "time": "us",
                "company": "Three Rivers Film Collective",
                "office": "Fort Wayne, IN · (260) 555-0128",
                "date_style": "us_long",
                "director": "Priya Castellano",
                "producer": "Glen Ackerman",
                "day_of": "2 of 4",
                "weather": "Partly cloudy 64°/45°",
                "time_rows": [
                    ("Crew Call", "{call}", "Shooting Call", "8:00 AM"),
                ],
                "lunch": "1:00 PM",
                "set": "Main auditorium, stage and Indiana Hotel ballroom",
                "scenes": [
                    ("8:00 AM", "12", "INT. THEATRE - Ruth's audition", "D", "2 1/8", "1, 2"),
                    ("10:30 AM", "14", "INT. BALLROOM - the rehearsal", "D", "1 5/8", "1, 3"),
                    ("2:00 PM", "17", "INT. STAGE - opening night", "N", "2", "1-4"),
                ],
                "cast": [
                    ("Noelle Bright", "RUTH", 0),
                    ("Sam Okonkwo", "WALT", 60),
                    ("Greta Hale", "MAE", 120),
                ],
                "crew": _xl_crew("(260) 555"),
            },
        ),
        _xl(
            "galveston",
            "SALT & IRON",
            D(2026, 9, 22),
            "06:30",
            {
                "time": "us_lower",
                "company": "Gulf Light Studio LLC",
                "office": "Galveston, TX · 409-555-0170",
                "date_style": "us_numeric",
                "director": "Tomas Reyes",
                "producer": "Karin Voss",
                "day_of": "Day 1 of 3",
                "weather": "Humid, 86°/76°, 20% storms",
                # HARD: one spreadsheet row holds three times; the crew call is the labelled one
                "time_rows": [
                    ("Breakfast", "6:00am", "General Call", "{call}"),
                    ("Shooting Call", "7:30am", "Est. Wrap", "5:30pm"),
                ],
                "lunch": "12:30pm",
                "set": "Front hall, library and second-floor bedrooms",
                "scenes": [
                    ("7:30am", "3", "INT. MANSION HALL - the reading", "D", "1 6/8", "1, 2"),
                    ("10:00am", "5", "INT. LIBRARY - Ada finds the ledger", "D", "1", "1"),
                ],
                "cast": [("Ada Whitlock", "ADA", 0), ("Ray Delacroix", "UNCLE BEN", 90)],
                "crew": _xl_crew("409-555"),
            },
        ),
        _xl(
            "mobile",
            "AZALEA TRAIL",
            D(2026, 3, 5),
            "08:00",
            {
                "time": "us_letter",
                "company": "Bayfront Pictures",
                "office": "Mobile, AL · 251-555-0162",
                "date_style": "us_short",
                "director": "Celeste Monroe",
                "producer": "Dale Pruitt",
                "day_of": "3 of 3",
                "weather": "Sunny 71°/52°",
                "time_rows": [("Call Time", "{call}", "Wrap", "6:00p")],
                "lunch": "1:30p",
                "set": "Parlor, porch and rear garden",
                "scenes": [
                    ("8:45a", "21", "EXT. PORCH - the proposal", "D", "1 2/8", "1, 2"),
                    ("11:00a", "22", "INT. PARLOR - after the party", "D", "2", "1-3"),
                ],
                "cast": [
                    ("Mira Castell", "LOUISE", 0),
                    ("Benji Laroque", "HENRY", 45),
                    ("Opal Dean", "AUNT ROSE", 120),
                ],
                "crew": _xl_crew("251-555"),
            },
        ),
    ]


# --- Google Docs free template: plain headings, two-column tables -----------------------------


def _gd(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        x0 = 72.0  # a word processor's one-inch margins
        right = W - x0
        c.text(x0, 88, "Call Sheet", 24)
        c.text(x0, 110, title, 14, bold=True)
        grey(c, 90)
        c.text(x0, 126, g["company"], 10)
        black(c)
        y = 152.0
        for lab, val in [
            ("Date:", day_text(day, g["date_style"])),
            ("Shoot day:", g["day_of"]),
            (g["call_label"], hm(call, t)),
            ("Wrap (est.):", hm(add_minutes(call, 600), t)),
            ("Sunrise / sunset:", f"{hm(rise, t)} / {hm(fall, t)}"),
            ("Weather:", g["weather"]),
        ]:
            w = c.text(x0, y, lab, 10.5, bold=True)
            c.text(x0 + w + 4, y, val, 10.5)
            y += 15

        def heading(y: float, text: str) -> float:
            c.text(x0, y, text, 13, bold=True)
            return y + 14

        def two_col(y: float, rows: list[tuple[str, str]], lw: float = 130) -> float:
            for lab, val in rows:
                lines = wrap(c, val, 9.5, right - x0 - lw - 10)
                h = 6 + 12 * len(lines)
                c.box(x0, y, lw, h, 0.4)
                c.box(x0 + lw, y, right - x0 - lw, h, 0.4)
                c.text(x0 + 5, y + 12, lab, 9.5, bold=True)
                for k, ln in enumerate(lines):
                    c.text(x0 + lw + 5, y + 12 + 12 * k, ln, 9.5)
                y += h
            return y

        y = heading(y + 12, "Location")
        rows = [
            (g.get("loc1_label", "Location"), f"{p.name}, {p.address}"),
            ("Set", g["set"]),
            ("Parking", f"{p.base_street}, {p.base_city}. {g['parking']}"),
        ]
        rows += g.get("loc2_rows", [])
        y = two_col(y, rows)
        y = heading(y + 20, "Nearest hospital")
        y = two_col(y, [("Emergency", f"{p.hospital}, {p.hospital_address}, {p.hospital_phone}")])
        y = heading(y + 20, "Schedule")
        y = two_col(y, [(hm(tm, t), act) for tm, act in g["schedule"]], 80)
        y = heading(y + 20, "Contacts")
        y = two_col(y, g["contacts"], 130)
        return c.output()

    return _sheet(
        f"gd_{key}",
        "gdocs_template",
        "Google Docs free call sheet template: plain headings, label lines, two-column tables",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _gd_contacts() -> list[tuple[str, str]]:
    return [
        ("Director", "Mei Lin Tran · 613-555-0107"),
        ("Producer", "Owen Bergeron · 613-555-0113"),
        ("1st AD", "Sadie Okafor · 613-555-0119"),
    ]


def _gd_sheets() -> list[Sheet]:
    return [
        _gd(
            "kingston",
            "The Limestone Watch",
            D(2026, 6, 9),
            "07:30",
            {
                "time": "us",
                "company": "Queen's Film & Media student production",
                "date_style": "us_long",
                "day_of": "Day 2 of 5",
                "call_label": "Call time:",
                "weather": "Sunny, high 24°C",
                "set": "Upper fort parade square and casemates",
                "parking": "Free parking in the lower lot, walk up the hill.",
                "schedule": [
                    ("07:30", "Crew call, unload gear"),
                    ("08:30", "Scene 4: the sentry's night watch (day for night)"),
                    ("12:30", "Lunch"),
                    ("13:15", "Scene 6: the letter on the ramparts"),
                    ("17:30", "Wrap and load out"),
                ],
                "contacts": _gd_contacts(),
            },
        ),
        _gd(
            "saskatoon",
            "Prairie Static",
            D(2026, 8, 20),
            "08:00",
            {
                "time": "h24",
                "company": "Bridge City Shorts",
                "date_style": "ca_iso",
                "day_of": "Day 3 of 4",
                "call_label": "Crew call:",
                "weather": "Clear, 27°C, wind 20 km/h",
                "loc1_label": "Location 1",
                "set": "Lobby, gallery 4 and riverside terrace",
                "parking": "Crew park on the street, meters free before 9.",
                # HARD: a second location (afternoon company move) with its own address
                "loc2_rows": [
                    (
                        "Location 2 (after lunch)",
                        "Saskatoon Farmers' Market, 414 Avenue B S, Saskatoon, SK S7M 1M8",
                    ),
                ],
                "schedule": [
                    ("08:00", "Crew call at Location 1"),
                    ("08:45", "Sc. 9, 10: gallery"),
                    ("12:30", "Lunch, then company move to Location 2"),
                    ("14:00", "Sc. 12: the market stall"),
                    ("18:00", "Wrap"),
                ],
                "contacts": _gd_contacts(),
            },
        ),
        _gd(
            "fredericton",
            "Tidewater Girls",
            D(2026, 10, 15),
            "07:00",
            {
                "time": "us_lower",
                "company": "Wolastoq Pictures (commercial spot)",
                "date_style": "month_first",
                "day_of": "Day 1 of 1",
                "call_label": "General call:",
                "weather": "Overcast, 11°C, showers after 3pm",
                "set": "Main gallery and front steps on Queen St",
                "parking": "Crew parking behind the Legislative Assembly.",
                "schedule": [
                    ("07:00", "General call"),
                    ("07:45", "Shot 1-4: front steps"),
                    ("11:30", "Lunch"),
                    ("12:15", "Shot 5-9: gallery interiors"),
                    ("16:00", "Wrap"),
                ],
                "contacts": _gd_contacts(),
            },
        ),
    ]


# --- Canva / Adobe Express style designed template: coloured blocks, rounded cards, icons -------


def _card(c: Canvas, x: float, y: float, w: float, h: float, rgb: tuple[int, int, int]) -> None:
    c.pdf.set_fill_color(*rgb)
    c.pdf.rect(x, y, w, h, style="F", round_corners=True, corner_radius=8)


def _cv(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]
    accent = g["accent"]

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        x0 = 30.0
        c.pdf.set_fill_color(*accent)
        c.pdf.rect(0, 0, W, 110, style="F")
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0, 42, "CALL SHEET", 11, bold=True)
        fit(c, x0, 80, title, 30, W - 2 * x0, bold=True)
        c.text(x0, 98, g["company"], 9)
        black(c)
        # three rounded cards: date, call time, shoot day
        cw = (W - 2 * x0 - 20) / 3
        y = 126.0
        for k, (icon, lab, val, size) in enumerate(
            [
                ("⚑", "DATE", day_text(day, g["date_style"]), 10),
                ("◷", g["call_label"], hm(call, t), 20),
                ("✦", "SHOOT DAY", g["day_of"], 12),
            ]
        ):
            xx = x0 + k * (cw + 10)
            _card(c, xx, y, cw, 62, g["tint"])
            c.text(xx + 10, y + 18, f"{icon} {lab}", 8, bold=True)
            fit(c, xx + 10, y + 46, val, size, cw - 20, bold=True)
        # sun and weather strip
        y += 76
        _card(c, x0, y, W - 2 * x0, 30, (245, 245, 245))
        sun = f"☀ Sunrise {hm(rise, t)}     ☾ Sunset {hm(fall, t)}     {g['weather']}"
        c.text(x0 + 12, y + 19, sun, 9)
        # location and hospital cards side by side
        y += 44
        half = (W - 2 * x0 - 10) / 2
        _card(c, x0, y, half, 96, g["tint"])
        c.text(x0 + 10, y + 18, "⌂ LOCATION", 8, bold=True)
        for k, line in enumerate([p.name, p.street, p.city, g["set"]]):
            fit(c, x0 + 10, y + 34 + 13 * k, line, 9.5, half - 20, bold=k == 0)
        hx = x0 + half + 10
        _card(c, hx, y, half, 96, (253, 226, 226))
        c.text(hx + 10, y + 18, "✚ NEAREST HOSPITAL", 8, bold=True)
        for k, line in enumerate(
            [p.hospital, p.hospital_street, p.hospital_city, f"☎ {p.hospital_phone}"]
        ):
            fit(c, hx + 10, y + 34 + 13 * k, line, 9.5, half - 20, bold=k == 0)
        y += 110
        c.text(x0, y, "⚐ PARKING", 8, bold=True)
        fit(c, x0 + 70, y, f"{p.base_street}, {p.base_city} · {g['parking']}", 9, W - 2 * x0 - 70)
        # run of day
        y += 24
        c.text(x0, y, "RUN OF DAY", 12, bold=True)
        y += 8
        for tm, what in g["schedule"]:
            y += 18
            _card(c, x0, y - 13, 64, 18, accent)
            c.pdf.set_text_color(255, 255, 255)
            c.text(x0 + 8, y, hm(tm, t), 9, bold=True)
            black(c)
            c.text(x0 + 76, y, what, 9.5)
        y += 30
        c.text(x0, y, "TEAM", 12, bold=True)
        for k, (role, name, ph) in enumerate(g["team"]):
            xx = x0 + (k % 2) * (half + 10)
            yy = y + 18 + (k // 2) * 30
            c.text(xx, yy, role.upper(), 7, bold=True)
            c.text(xx, yy + 12, f"{name} · {ph}", 9)
        return c.output()

    return _sheet(
        f"cv_{key}",
        "canva_design",
        "Canva / Adobe Express style designed call sheet: colour header, rounded cards, icons",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _cv_team() -> list[tuple[str, str, str]]:
    return [
        ("Director", "Jess Nguyen", "0412 555 018"),
        ("Producer", "Liam Tancred", "0413 555 044"),
        ("DOP", "Aroha Kerr", "0414 555 072"),
        ("Talent", "Mia Fontana", "0415 555 091"),
    ]


def _cv_sheets() -> list[Sheet]:
    return [
        _cv(
            "townsville",
            "Reef Ready",
            D(2026, 7, 14),
            "06:30",
            {
                "time": "us_lower",
                "accent": (0, 128, 128),
                "tint": (214, 240, 238),
                "company": "Saltwater Creative · tourism commercial",
                "date_style": "au_long",
                "call_label": "CALL TIME",
                "day_of": "1 of 2",
                "weather": "Fine, 25°C",
                "set": "Aquarium tunnel and foyer",
                "parking": "Ute and gear van in the loading bay",
                "schedule": [
                    ("06:30", "Crew call · load in"),
                    ("07:30", "Talent on set"),
                    ("08:00", "First shot: the tunnel walk"),
                    ("12:00", "Lunch (catered)"),
                    ("15:30", "Wrap"),
                ],
                "team": _cv_team(),
            },
        ),
        _cv(
            "launceston",
            "Tamar Mornings",
            D(2026, 11, 10),
            "07:30",
            {
                # HARD: Australian dot times ("7.30am") throughout, the call in a coloured card
                "time": "au_dot",
                "accent": (196, 90, 40),
                "tint": (251, 232, 219),
                "company": "Kanamaluka Content Co. · brand film",
                "date_style": "au_short",
                "call_label": "CALL",
                "day_of": "2 of 3",
                "weather": "Showers, 16°C",
                "set": "Railway workshops gallery and courtyard",
                "parking": "Free parking on site, enter from Lindsay St",
                "schedule": [
                    ("07:30", "Crew call"),
                    ("08:30", "Shoot: courtyard walk & talk"),
                    ("12:30", "Lunch"),
                    ("13:15", "Shoot: gallery interviews"),
                    ("17:00", "Wrap"),
                ],
                "team": _cv_team(),
            },
        ),
        _cv(
            "bendigo",
            "Goldfields Glow",
            D(2026, 3, 17),
            "08:00",
            {
                "time": "us",
                "accent": (92, 60, 160),
                "tint": (232, 226, 246),
                "company": "View Street Films · student short",
                "date_style": "au_long",
                "call_label": "CREW CALL",
                "day_of": "4 of 5",
                "weather": "Sunny, 27°C",
                "set": "Gallery foyer and the Victorian room",
                "parking": "Street parking on Hargreaves St, 2P",
                "schedule": [
                    ("08:00", "Crew call"),
                    ("09:00", "Sc 11: the portrait"),
                    ("13:00", "Lunch"),
                    ("14:00", "Sc 12-13: foyer"),
                    ("18:30", "Wrap"),
                ],
                "team": _cv_team(),
            },
        ),
    ]


# --- StudioBinder-style free PDF template: logo box, GENERAL CREW CALL, location cards ---------


def _sb(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        x0 = 30.0
        # left: logo box and the people
        c.box(x0, 26, 60, 60, 0.8)
        c.text(x0 + (60 - measure(c, g["logo"], 14, bold=True)) / 2, 62, g["logo"], 14, bold=True)
        c.text(x0 + 70, 38, title, 13, bold=True)
        for k, line in enumerate(g["people"]):
            fit(c, x0 + 70, 51 + 10 * k, line, 7, 130)
        # centre: the general crew call box
        cx = 232.0
        cw = 150.0
        c.box(cx, 26, cw, 82, 1.0)
        lab = "GENERAL CREW CALL"
        c.text(cx + (cw - measure(c, lab, 8, bold=True)) / 2, 40, lab, 8, bold=True)
        s = hm(call, t)
        c.text(cx + (cw - measure(c, s, 24, bold=True)) / 2, 70, s, 24, bold=True)
        for k, line in enumerate(
            [f"Breakfast {g['breakfast']}", f"Lunch {g['lunch']}", f"Shooting call {g['shoot']}"]
        ):
            c.text(cx + (cw - measure(c, line, 7)) / 2, 84 + 9 * k, line, 7)
        # right: date, day and the weather / sun box
        rx = cx + cw + 12
        c.text(rx, 36, day_text(day, g["date_style"]), 9, bold=True)
        c.text(rx, 48, g["day_of"], 8)
        c.box(rx, 54, W - x0 - rx, 54, 0.5)
        c.text(rx + 5, 66, g["weather"], 8)
        c.text(rx + 5, 80, f"Sunrise {hm(rise, t)}", 8)
        c.text(rx + 5, 92, f"Sunset {hm(fall, t)}", 8)
        grey(c)
        c.text(rx + 5, 103, g["forecast"], 6.5)
        black(c)
        # location cards
        y = 124.0
        cards = [("LOCATION 1", p.name, [p.street, p.city], g["set"]), *g.get("more", [])]
        cw2 = (W - 2 * x0 - 10 * (len(cards))) / (len(cards) + 1)
        for k, (head, name, addr, note) in enumerate(cards):
            xx = x0 + k * (cw2 + 10)
            fill(c, xx, y, cw2, 14, 40)
            c.pdf.set_text_color(255, 255, 255)
            c.text(xx + 5, y + 10, head, 7.5, bold=True)
            black(c)
            c.box(xx, y, cw2, 92, 0.5)
            for j, line in enumerate([name, *addr, note]):
                fit(c, xx + 5, y + 26 + 10 * j, line, 7.5, cw2 - 10, bold=j == 0)
            c.text(xx + 5, y + 72, "Parking:", 7, bold=True)
            fit(c, xx + 40, y + 72, g["parking"], 7, cw2 - 45)
        hx = x0 + len(cards) * (cw2 + 10)
        fill(c, hx, y, cw2, 14, 40)
        c.pdf.set_text_color(255, 255, 255)
        c.text(hx + 5, y + 10, "NEAREST HOSPITAL", 7.5, bold=True)
        black(c)
        c.box(hx, y, cw2, 92, 0.5)
        for j, line in enumerate(
            [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]
        ):
            fit(c, hx + 5, y + 26 + 10 * j, line, 7.5, cw2 - 10, bold=j == 0)
        y += 112
        y = head_table(
            c,
            x0,
            y,
            ["SCENE", "SET & DESCRIPTION", "CAST", "D/N", "PAGES", "LOC"],
            [0, 40, 280, 350, 390, 440],
            g["scenes"],
            W - x0,
        )
        y = head_table(
            c,
            x0,
            y + 6,
            ["ID", "TALENT", "CHARACTER", "CALL", "HMU", "ON SET"],
            [0, 24, 150, 280, 350, 420],
            [
                (
                    str(n),
                    a,
                    r,
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o + 15), t),
                    hm(add_minutes(call, o + 75), t),
                )
                for n, (a, r, o) in enumerate(g["cast"], 1)
            ],
            W - x0,
        )
        y = head_table(
            c,
            x0,
            y + 6,
            ["DEPARTMENT", "POSITION", "NAME", "PHONE", "CALL"],
            [0, 90, 200, 320, 440],
            [(d, pos, n, ph, hm(add_minutes(call, o), t)) for d, pos, n, ph, o in g["crew"]],
            W - x0,
        )
        grey(c)
        c.text(x0, 770, "Made with a free call sheet template", 6)
        black(c)
        return c.output()

    return _sheet(
        f"sb_{key}",
        "studiobinder_template",
        "StudioBinder-style free PDF template: logo box, GENERAL CREW CALL box, sun box, "
        "location cards with parking, hospital card",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _sb_crew() -> list[tuple[str, str, str, str, int]]:
    return [
        ("Production", "Producer", "Alana Brooks", "555-0150", 0),
        ("Production", "1st AD", "Mateo Quinn", "555-0151", -15),
        ("Camera", "DP", "Shay Whitaker", "555-0152", 0),
        ("Camera", "1st AC", "Ruben Holt", "555-0153", -30),
        ("G&E", "Gaffer", "Kimi Arroyo", "555-0154", -30),
        ("Sound", "Sound Mixer", "Cal Petrov", "555-0155", 0),
    ]


def _sb_sheets() -> list[Sheet]:
    return [
        _sb(
            "huntsville",
            "ROCKET SUMMER",
            D(2026, 5, 19),
            "07:00",
            {
                "time": "us",
                "logo": "RSP",
                "people": [
                    "Director: Hollis Grant",
                    "Producer: Alana Brooks 555-0150",
                    "1st AD: Mateo Quinn 555-0151",
                ],
                "breakfast": "6:30 AM",
                "lunch": "12:30 PM",
                "shoot": "8:00 AM",
                "date_style": "us_long",
                "day_of": "Day 2 of 6",
                "weather": "☀ Sunny 84° / 63°",
                "forecast": "0% precip · wind 5 mph",
                "set": "Historic village, barn and overlook",
                "parking": "Upper lot by the barn; no parking on Burritt Dr",
                "scenes": [
                    ("7", "EXT. OVERLOOK - the launch viewing", "1, 2, 3", "D", "2 2/8", "1"),
                    ("9", "INT. BARN - the model rocket", "1, 2", "D", "1 4/8", "1"),
                ],
                "cast": [("Eli Sutton", "BUDDY", 0), ("Lacey Marr", "JUNE", 30)],
                "crew": _sb_crew(),
            },
        ),
        _sb(
            "bozeman",
            "BONE COUNTRY",
            D(2026, 9, 9),
            "07:30",
            {
                "time": "us",
                "logo": "BC",
                "people": [
                    "Director: Wren Halvorsen",
                    "Producer: Alana Brooks 555-0150",
                    "UPM: Dutch Kimball 555-0160",
                ],
                "breakfast": "7:00 AM",
                "lunch": "1:00 PM",
                "shoot": "8:30 AM",
                "date_style": "abbr",
                "day_of": "Day 5 of 9",
                "weather": "☀ Clear 75° / 44°",
                "forecast": "10% precip · wind 12 mph",
                "set": "Dinosaur hall and loading dock",
                "parking": "Lot 12 off S 7th Ave; shuttle to the museum",
                # HARD: a second location card with its own address beside the first
                "more": [
                    (
                        "LOCATION 2",
                        "Gallatin History Museum",
                        ["317 W Main St", "Bozeman, MT 59715"],
                        "Jail cells, after lunch",
                    )
                ],
                "scenes": [
                    ("22", "INT. DINOSAUR HALL - the T. rex skull", "1, 4", "D", "2", "1"),
                    ("23", "EXT. LOADING DOCK - the crate", "1, 2", "D", "6/8", "1"),
                    ("31", "INT. OLD JAIL - the interview", "2, 4", "D", "1 3/8", "2"),
                ],
                "cast": [
                    ("Nora Gaines", "DR. ELLIS", 0),
                    ("Jasper Roan", "TUCKER", 30),
                    ("Faye Lind", "SHERIFF", 240),
                ],
                "crew": _sb_crew(),
            },
        ),
        _sb(
            "peoria",
            "RIVER CITY BLUES",
            D(2026, 10, 27),
            "07:30",
            {
                "time": "us_letter",
                "logo": "RCB",
                "people": [
                    "Director: Ozzie Marsh",
                    "Producer: Alana Brooks 555-0150",
                    "Client: Illinois River Bank",
                ],
                "breakfast": "7:00a",
                "lunch": "12:30p",
                "shoot": "8:30a",
                "date_style": "us_ordinal",
                "day_of": "Day 1 of 1",
                "weather": "☁ Cloudy 58° / 41°",
                "forecast": "40% precip after 4p",
                "set": "Atrium, planetarium lobby and riverfront plaza",
                "parking": "Water St lot, spaces 1-20 reserved for crew",
                "scenes": [
                    ("1", "INT. ATRIUM - family visit (spot A)", "1, 2, 3", "D", "-", "1"),
                    ("2", "EXT. RIVERFRONT - the handshake (spot B)", "1, 4", "D", "-", "1"),
                ],
                "cast": [
                    ("Dana Pike", "MOM", 0),
                    ("Leo Pike", "KID", 30),
                    ("Gus Harmon", "BANKER", 120),
                ],
                "crew": _sb_crew(),
            },
        ),
    ]


# --- Wrapbook / Boords / Milanote style one-page template: stacked sections -------------------


def _op(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "helvetica")
        W = c.width
        x0 = 48.0
        c.text(x0, 60, title, 20, bold=True)
        grey(c, 100)
        c.text(x0, 76, f"Call sheet · {g['company']}", 9)
        black(c)

        def section(y: float, name: str) -> float:
            c.text(x0, y, name, 11, bold=True)
            c.hline(x0, W - x0, y + 5, 0.6)
            return y + 20

        def kv(y: float, rows: list[tuple[str, str]], lw: float = 110) -> float:
            for lab, val in rows:
                grey(c, 95)
                c.text(x0, y, lab, 9)
                black(c)
                fit(c, x0 + lw, y, val, 9, W - 2 * x0 - lw)
                y += 14
            return y

        y = section(106, "Key info")
        y = kv(
            y,
            [
                ("Shoot date", day_text(day, g["date_style"])),
                ("Shoot day", g["day_of"]),
                ("Call time", g["call_text"].format(call=hm(call, t))),
                ("Wrap", hm(add_minutes(call, 600), t)),
                ("Sunrise", hm(rise, t)),
                ("Sunset", hm(fall, t)),
                ("Weather", g["weather"]),
            ],
        )
        y = section(y + 12, "Schedule")
        y = kv(y, [(hm(tm, t), what) for tm, what in g["schedule"]], 60)
        y = section(y + 12, "Locations")
        y = kv(
            y,
            [
                ("Set", f"{p.name}, {p.address}"),
                ("Details", g["set"]),
                ("Unit base / parking", f"{p.base_street}, {p.base_city}"),
            ]
            + (
                [("Nearest A&E", f"{p.hospital}, {p.hospital_address} · {p.hospital_phone}")]
                if not g.get("hospital_foot")
                else []
            ),
        )
        y = section(y + 12, "Contacts")
        y = kv(y, g["contacts"])
        if g.get("hospital_foot"):
            y = section(y + 12, "Safety")
            y = kv(
                y,
                [
                    ("Nearest A&E", f"{p.hospital}, {p.hospital_address}"),
                    ("Phone", p.hospital_phone),
                    ("Emergency", "999"),
                ],
            )
        grey(c)
        c.text(x0, 810, "Made with a free one-page call sheet template", 6.5)
        black(c)
        return c.output()

    return _sheet(
        f"op_{key}",
        "onepage_template",
        "Wrapbook / Boords / Milanote style one-page template: Key info, Schedule, Locations, "
        "Contacts sections stacked",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _op_contacts() -> list[tuple[str, str]]:
    return [
        ("Producer", "Imogen Hartley · 07700 900311"),
        ("Director", "Callum Reid · 07700 900322"),
        ("Runner", "Priya Shah · 07700 900333"),
    ]


def _op_sheets() -> list[Sheet]:
    return [
        _op(
            "chester",
            "Rows & Walls",
            D(2026, 5, 12),
            "08:00",
            {
                "time": "h24",
                "company": "Deva Motion (music video)",
                "date_style": "uk_long",
                "day_of": "1 of 2",
                "call_text": "{call}",
                "weather": "Bright spells, 17°C",
                "set": "Cloister garth and refectory",
                "schedule": [
                    ("08:00", "Crew call, kit in via the cloister door"),
                    ("09:00", "Performance set-ups in the refectory"),
                    ("13:00", "Lunch"),
                    ("14:00", "Cloister garth: band walk"),
                    ("18:00", "Wrap"),
                ],
                "contacts": _op_contacts(),
            },
        ),
        _op(
            "worcester",
            "The Tower Bells",
            D(2026, 9, 29),
            "08:30",
            {
                "time": "military",
                "company": "Severnside Films (short)",
                "date_style": "uk_short",
                "day_of": "3 of 4",
                # HARD: crew and talent calls together on the one "Call time" line
                "call_text": "Crew {call} · Talent 1000",
                "weather": "Cloudy, 14°C",
                "set": "Crypt, nave and chapter house",
                "schedule": [
                    ("08:30", "Crew call"),
                    ("10:00", "Talent call"),
                    ("10:30", "Sc 7: the crypt"),
                    ("13:30", "Lunch"),
                    ("18:30", "Wrap"),
                ],
                "contacts": _op_contacts(),
                "hospital_foot": True,
            },
        ),
        _op(
            "stirling",
            "Castle Rock",
            D(2026, 6, 16),
            "07:00",
            {
                "time": "us_lower",
                "company": "Forthside Productions (branded content)",
                "date_style": "uk_plain",
                "day_of": "2 of 2",
                "call_text": "{call}",
                "weather": "Showers, 15°C, windy on the esplanade",
                "set": "Great Hall, Queen Anne Garden and esplanade",
                "schedule": [
                    ("07:00", "Crew call at the esplanade"),
                    ("08:00", "Drone and wides before opening"),
                    ("12:30", "Lunch"),
                    ("13:15", "Great Hall interiors"),
                    ("17:00", "Wrap"),
                ],
                "contacts": _op_contacts(),
            },
        ),
    ]


# --- Celtx-style export: header table, scenes, cast, and a LOCATIONS table ---------------------


def _cx(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas(g["page"], "helvetica")
        W = c.width
        x0 = 36.0
        c.text(x0, 46, title, 16, bold=True)
        c.right(W - x0, 46, "Call Sheet", 16)
        c.hline(x0, W - x0, 54, 0.8)
        half = (W - 2 * x0) / 2
        c.grid(x0, 60, [90, half - 90, 90, half - 90], [14, 14, 14, 14])
        left = [
            ("Production Co.", g["company"]),
            ("Director", g["director"]),
            ("Producer", g["producer"]),
            ("Weather", g["weather"]),
        ]
        right = [
            ("Date", day_text(day, g["date_style"])),
            ("General Call", hm(call, t)),
            ("Shoot Day", g["day_of"]),
            ("Sunrise/Sunset", f"{hm(rise, t)} / {hm(fall, t)}"),
        ]
        for k, ((la, va), (lb, vb)) in enumerate(zip(left, right, strict=True)):
            yy = 60 + 14 * k + 10
            c.text(x0 + 3, yy, la, 7.5, bold=True)
            fit(c, x0 + 93, yy, va, 7.5, half - 96)
            c.text(x0 + half + 3, yy, lb, 7.5, bold=True)
            fit(c, x0 + half + 93, yy, vb, 7.5 if k != 1 else 9, half - 96, bold=k == 1)
        y = 140.0
        c.text(x0, y, "SCENES", 9, bold=True)
        y = head_table(
            c,
            x0,
            y + 14,
            ["Scene", "Heading", "Cast", "Pages", "Location"],
            [0, 40, 260, 340, 390],
            g["scenes"],
            W - x0,
            shade=230,
        )
        c.text(x0, y, "CAST", 9, bold=True)
        y = head_table(
            c,
            x0,
            y + 14,
            ["Actor", "Character", "Call", "Notes"],
            [0, 130, 260, 330],
            [(a, r, hm(add_minutes(call, o), t), n) for a, r, o, n in g["cast"]],
            W - x0,
            shade=230,
        )
        c.text(x0, y, "LOCATIONS", 9, bold=True)
        # one row: set, address, parking, hospital (wrapped within its column, as Celtx does)
        cols = [0, 110, 230, 340]
        y += 14
        fill(c, x0, y - 9, W - 2 * x0, 12, 230)
        for h, dx in zip(["Location", "Address", "Parking", "Nearest Hospital"], cols, strict=True):
            c.text(x0 + 3 + dx, y, h, 7, bold=True)
        cells = [
            [p.name, g["set"]],
            [p.street, p.city],
            [p.base_street, p.base_city],
            [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
        ]
        for i, lines in enumerate(cells):
            x1 = cols[i + 1] if i + 1 < len(cols) else W - 2 * x0
            yy = y + 12
            for line in lines:
                for ln in wrap(c, line, 7.5, x1 - cols[i] - 6):
                    c.text(x0 + 3 + cols[i], yy, ln, 7.5)
                    yy += 10
        y += 60
        c.hline(x0, W - x0, y, 0.3)
        y += 18
        c.text(x0, y, "NOTES", 9, bold=True)
        for line in g["notes"]:
            y += 11
            c.text(x0 + 4, y, line, 7.5)
        grey(c)
        c.text(x0, y + 30, "Generated by Celtx-style production software", 6)
        black(c)
        return c.output()

    return _sheet(
        f"cx_{key}",
        "celtx_export",
        "Celtx-style call sheet export: two-column header table with General Call, scenes, "
        "cast, one-row LOCATIONS table with the hospital in its last column",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _cx_sheets() -> list[Sheet]:
    return [
        _cx(
            "carlisle",
            "Border Reivers",
            D(2026, 2, 11),
            "19:30",
            {
                "page": "A4",
                # HARD: a night shoot, General Call 19:30 in 24-hour form after sunset
                "time": "h24",
                "company": "Eden Valley Films",
                "director": "Fergus Armstrong",
                "producer": "Nell Graham",
                "weather": "Clear, -1°C overnight",
                "date_style": "uk_long",
                "day_of": "6 of 12",
                "set": "Museum gardens and the Roman gallery",
                "scenes": [
                    ("31", "EXT. MUSEUM GARDENS - NIGHT", "1, 2", "1 4/8", "Tullie House"),
                    ("33", "INT. ROMAN GALLERY - NIGHT", "1, 3", "2", "Tullie House"),
                ],
                "cast": [
                    ("Rory Bell", "WAT", 30, "Costume at base"),
                    ("Isla Routledge", "MEG", 60, ""),
                    ("Tam Elliot", "KINMONT", 90, "Stunt rehearsal 21:00"),
                ],
                "notes": [
                    "Hot food at unit base from 19:00.",
                    "Est. wrap 05:30. Taxis home for all crew.",
                ],
            },
        ),
        _cx(
            "cairns",
            "Wet Season",
            D(2026, 8, 4),
            "07:30",
            {
                "page": "A4",
                "time": "us",
                "company": "Trinity Inlet Pictures",
                "director": "Kalani Moss",
                "producer": "Ruth Pengelly",
                "weather": "Fine, 27°C",
                "date_style": "au_long",
                "day_of": "2 of 7",
                "set": "Gallery 1 and the Abbott St frontage",
                "scenes": [
                    ("4", "INT. GALLERY - DAY", "1, 2", "2 2/8", "Cairns Art Gallery"),
                    ("5", "EXT. ABBOTT ST - DAY", "2", "4/8", "Cairns Art Gallery"),
                ],
                "cast": [
                    ("Tahlia Brandt", "ROSE", 30, ""),
                    ("Nick Kaur", "DEV", 90, "Driving scene later"),
                ],
                "notes": ["Sunscreen and water on set. Stinger season: no swimming."],
            },
        ),
        _cx(
            "charlottetown",
            "Island Time",
            D(2026, 7, 8),
            "07:00",
            {
                "page": "letter",
                "time": "us",
                "company": "Red Sands Media",
                "director": "Maren Gallant",
                "producer": "Ian MacPhee",
                "weather": "Sunny, 23°C",
                "date_style": "us_long",
                "day_of": "1 of 3",
                "set": "Memorial Hall stage and lobby",
                "scenes": [
                    ("1", "INT. THEATRE STAGE - DAY", "1, 2, 3", "3", "Confederation Centre"),
                    ("2", "INT. LOBBY - DAY", "1", "1", "Confederation Centre"),
                ],
                "cast": [
                    ("Anne Doucette", "KATE", 30, ""),
                    ("Liam Arsenault", "GIL", 60, ""),
                    ("Joy Campbell", "DIRECTOR", 120, ""),
                ],
                "notes": ["Theatre matinee at 2 PM: quiet on stage by 1:30 PM."],
            },
        ),
    ]


# --- near misses --------------------------------------------------------------------------------


def _casting() -> bytes:
    """An open casting call for a fictional feature: dates, "call time", address, roles."""
    c = Canvas("letter", "helvetica")
    W = c.width
    c.text(54, 70, "OPEN CASTING CALL", 22, bold=True)
    c.text(54, 92, 'Feature film "ROCKET SUMMER" · Non-union · Paid', 11)
    c.hline(54, W - 54, 102, 1.0)
    y = 128.0
    for lab, val in [
        ("Date", "Saturday, April 18, 2026"),
        ("Call time", "10:00 AM - 4:00 PM (sign-in closes at 3:30 PM)"),
        ("Where", "Huntsville Public Library, 915 Monroe St, Huntsville, AL 35801"),
        ("Shoot dates", "May 18 - May 23, 2026, Huntsville area"),
        ("Bring", "Headshot and resume; sides are emailed on sign-up"),
    ]:
        c.text(54, y, f"{lab}:", 10, bold=True)
        c.text(150, y, val, 10)
        y += 16
    y += 14
    c.text(54, y, "ROLES", 12, bold=True)
    for role, desc in [
        ("BUDDY (12-14)", "Curious, builds model rockets. Lead."),
        ("JUNE (12-14)", "Buddy's best friend, fearless. Lead."),
        ("MR. PAXTON (50s)", "The retired engineer next door. Supporting."),
        ("Background", "Townspeople of all ages for the launch-day crowd."),
    ]:
        y += 16
        c.text(64, y, role, 10, bold=True)
        c.text(200, y, desc, 10)
    y += 30
    for ln in wrap(
        c,
        "Minors must be accompanied by a parent or guardian. Callbacks will be held the "
        "following week; selected actors will be contacted by email. No phone calls please.",
        10,
        W - 108,
    ):
        c.text(54, y, ln, 10)
        y += 13
    return c.output()


def _rental() -> bytes:
    """An equipment rental pick-up confirmation: order, pick-up date and time, address, items."""
    c = Canvas("letter", "helvetica")
    W = c.width
    c.text(40, 54, "Maritime Grip & Camera Rentals", 14, bold=True)
    c.text(40, 68, "88 Water St, Charlottetown, PE C1A 1A5 · (902) 555-0199", 8)
    c.right(W - 40, 54, "PICK-UP CONFIRMATION", 12, bold=True)
    c.right(W - 40, 68, "Order #MGC-20417", 9)
    y = 104.0
    for lab, val in [
        ("Customer", "Red Sands Media"),
        ("Job", "Island Time"),
        ("Pick-up", "Tuesday, July 7, 2026 at 3:00 PM"),
        ("Return", "Friday, July 10, 2026 by 10:00 AM"),
        ("Pick-up address", "Loading door at rear, 88 Water St, Charlottetown"),
    ]:
        c.text(40, y, lab, 9, bold=True)
        c.text(150, y, val, 9)
        y += 14
    y += 12
    y = head_table(
        c,
        40,
        y,
        ["Qty", "Item", "Days", "Rate", "Total"],
        [0, 40, 330, 380, 450],
        [
            ("1", "Camera package A (body, 3 primes, support)", "3", "$450.00", "$1,350.00"),
            ("1", "LED panel kit (4 heads, stands)", "3", "$120.00", "$360.00"),
            ("2", 'C-stand 40" with arm', "3", "$12.00", "$72.00"),
            ("1", "Grip truck 1-ton", "3", "$275.00", "$825.00"),
        ],
        W - 40,
    )
    y += 8
    c.right(W - 40, y, "Subtotal $2,607.00   HST 15% $391.05   Total $2,998.05", 9, bold=True)
    y += 30
    for ln in wrap(
        c,
        "Please bring a valid certificate of insurance and photo ID. Equipment is checked out "
        "with you at pick-up; late returns are charged a full day.",
        9,
        W - 80,
    ):
        c.text(40, y, ln, 9)
        y += 12
    return c.output()


def _catering() -> bytes:
    """A catering order confirmation for a shoot day: delivery date and time, address, menu."""
    c = Canvas("A4", "helvetica")
    c.text(50, 60, "Roodee Kitchen Catering", 16, bold=True)
    c.text(50, 74, "Unit 3, Sealand Rd, Chester CH1 4LQ · 01244 555 610", 8)
    c.text(50, 110, "ORDER CONFIRMATION", 13, bold=True)
    y = 134.0
    for lab, val in [
        ("Order no.", "RK-5521"),
        ("Client", "Deva Motion, Rows & Walls"),
        ("Delivery date", "Tuesday 12th May 2026"),
        ("Breakfast delivery", "07:30"),
        ("Lunch service", "13:00 (hot buffet)"),
        ("Deliver to", "Chester Cathedral, St Werburgh St, Chester CH1 2DY (cloister door)"),
        ("Headcount", "32 crew, 6 cast; 4 vegetarian, 2 gluten-free"),
    ]:
        c.text(50, y, lab, 9.5, bold=True)
        c.text(170, y, val, 9.5)
        y += 15
    y += 12
    c.text(50, y, "Menu", 11, bold=True)
    for item in [
        "Bacon and veggie sausage rolls, fruit, tea & coffee urns",
        "Lunch: chicken chasseur, mushroom stroganoff, rice, greens, bread",
        "Afternoon: tray bakes and fruit",
    ]:
        y += 15
        c.text(60, y, f"- {item}", 9.5)
    y += 30
    c.text(50, y, "Total £874.00 + VAT. Payment 14 days from invoice.", 9.5)
    y += 14
    c.text(50, y, "Changes to numbers by 12:00 the day before, please.", 9.5)
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet("other_casting_call", "near_miss", "open casting call notice", _casting, OTHER),
        _sheet(
            "other_rental_pickup",
            "near_miss",
            "equipment rental pick-up confirmation",
            _rental,
            OTHER,
        ),
        _sheet(
            "other_catering_order",
            "near_miss",
            "catering order confirmation for a shoot day",
            _catering,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_xl_sheets(),
        *_gd_sheets(),
        *_cv_sheets(),
        *_sb_sheets(),
        *_op_sheets(),
        *_cx_sheets(),
        *_other_sheets(),
    ]
