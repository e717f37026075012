"""Eighteenth held-out set: everyday call sheets from small and mid-size productions (`fresh17_`).

Built without reading the reader (`pipeline/extract/`) and without running it on these sheets:
each family follows a common real-world form (CONVENTIONS.md, "fresh17"). A Google Docs / Word
template typed by an indie production (a two-column table, "Call Time:", "Location:", "Nearest
Hospital:"), a US music-video / commercial sheet (agency and client lines, "Crew Call 6:30A",
"Shoot Location" with a map link), a German "Tagesdisposition" ("Treffpunkt Team", "Motiv",
"Nächstes Krankenhaus"), an Irish / Scottish TV drama unit call sheet ("UNIT CALL 0700", unit
base, crew parking, nearest A&E), a one-page documentary / corporate shoot sheet ("Meet time",
contact list) and a Czech "denní dispozice". Three near misses (a location release agreement, a
crew travel itinerary, a German equipment rental quote) must read as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built; most sheets
are ordinary.
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
    # indie Google Docs / Word templates: Asheville, Chattanooga, Louisville
    "asheville": _p(
        "us",
        "The Orange Peel",
        "101 Biltmore Ave",
        "Asheville, NC 28801",
        35.5905,
        -82.5510,
        "America/New_York",
        "Mission Hospital",
        "509 Biltmore Ave",
        "Asheville, NC 28801",
        "(828) 213-1111",
        "164 Coxe Ave",
        "Asheville, NC 28801",
    ),
    "chattanooga": _p(
        "us",
        "Tivoli Theatre",
        "709 Broad St",
        "Chattanooga, TN 37402",
        35.0457,
        -85.3106,
        "America/New_York",
        "Erlanger Baroness Hospital",
        "975 E 3rd St",
        "Chattanooga, TN 37403",
        "(423) 778-7000",
        "1001 Market St",
        "Chattanooga, TN 37402",
    ),
    "louisville": _p(
        "us",
        "Conrad-Caldwell House Museum",
        "1402 St James Ct",
        "Louisville, KY 40208",
        38.2311,
        -85.7597,
        "America/Kentucky/Louisville",
        "University of Louisville Hospital",
        "530 S Jackson St",
        "Louisville, KY 40202",
        "(502) 562-3000",
        "1340 S 4th St",
        "Louisville, KY 40208",
    ),
    # music video / commercial: Clarksburg (CA), Knoxville, Madison
    "clarksburg": _p(
        "us",
        "The Old Sugar Mill",
        "35265 Willow Ave",
        "Clarksburg, CA 95612",
        38.4210,
        -121.5270,
        "America/Los_Angeles",
        "UC Davis Medical Center",
        "2315 Stockton Blvd",
        "Sacramento, CA 95817",
        "(916) 734-2011",
        "52910 Netherlands Rd",
        "Clarksburg, CA 95612",
    ),
    "knoxville": _p(
        "us",
        "Mill & Mine",
        "227 W Depot Ave",
        "Knoxville, TN 37917",
        35.9720,
        -83.9220,
        "America/New_York",
        "University of Tennessee Medical Center",
        "1924 Alcoa Hwy",
        "Knoxville, TN 37920",
        "(865) 305-9000",
        "200 W Jackson Ave",
        "Knoxville, TN 37902",
    ),
    "madison": _p(
        "us",
        "Monona Terrace",
        "1 John Nolen Dr",
        "Madison, WI 53703",
        43.0720,
        -89.3800,
        "America/Chicago",
        "UW Health University Hospital",
        "600 Highland Ave",
        "Madison, WI 53792",
        "(608) 263-6400",
        "30 W Mifflin St",
        "Madison, WI 53703",
    ),
    # German Tagesdispo: Leipzig, Dresden, Hannover
    "leipzig": _p(
        "eu",
        "Baumwollspinnerei",
        "Spinnereistraße 7",
        "04179 Leipzig",
        51.3330,
        12.3350,
        "Europe/Berlin",
        "Universitätsklinikum Leipzig",
        "Liebigstraße 20",
        "04103 Leipzig",
        "+49 341 97 109",
        "Saalfelder Str. 8",
        "04179 Leipzig",
    ),
    "dresden": _p(
        "eu",
        "Kunsthofpassage",
        "Görlitzer Str. 21",
        "01099 Dresden",
        51.0680,
        13.7540,
        "Europe/Berlin",
        "Universitätsklinikum Carl Gustav Carus",
        "Fetscherstraße 74",
        "01307 Dresden",
        "+49 351 458 0",
        "Königsbrücker Str. 15",
        "01099 Dresden",
    ),
    "hannover": _p(
        "eu",
        "Herrenhäuser Gärten",
        "Herrenhäuser Str. 4",
        "30419 Hannover",
        52.3910,
        9.6980,
        "Europe/Berlin",
        "KRH Klinikum Nordstadt",
        "Haltenhoffstraße 41",
        "30167 Hannover",
        "+49 511 970 0",
        "Alte Herrenhäuser Str. 2",
        "30419 Hannover",
    ),
    # Irish / Scottish TV drama units: Galway, Limerick, Dundee
    "galway": _p(
        "uk",
        "Galway City Museum",
        "Spanish Parade",
        "Galway H91 CX5P",
        53.2700,
        -9.0540,
        "Europe/Dublin",
        "University Hospital Galway",
        "Newcastle Rd",
        "Galway H91 YR71",
        "091 524 222",
        "Fairgreen Rd",
        "Galway H91 FT2K",
    ),
    "limerick": _p(
        "uk",
        "King John's Castle",
        "Nicholas St",
        "Limerick V94 FDN0",
        52.6695,
        -8.6260,
        "Europe/Dublin",
        "University Hospital Limerick",
        "St Nessan's Rd, Dooradoyle",
        "Limerick V94 F858",
        "061 301 111",
        "Merchant's Quay",
        "Limerick V94 EH90",
    ),
    "dundee": _p(
        "uk",
        "V&A Dundee",
        "1 Riverside Esplanade",
        "Dundee DD1 4EZ",
        56.4576,
        -2.9670,
        "Europe/London",
        "Ninewells Hospital",
        "James Arrott Dr",
        "Dundee DD2 1SY",
        "01382 660111",
        "Riverside Dr",
        "Dundee DD2 1UH",
    ),
    # documentary / corporate one-pagers: Boulder, Spokane, Burlington
    "boulder": _p(
        "us",
        "Boulder Dushanbe Teahouse",
        "1770 13th St",
        "Boulder, CO 80302",
        40.0155,
        -105.2770,
        "America/Denver",
        "Foothills Hospital",
        "4747 Arapahoe Ave",
        "Boulder, CO 80303",
        "(720) 854-7000",
        "1500 Pearl St",
        "Boulder, CO 80302",
    ),
    "spokane": _p(
        "us",
        "The Davenport Hotel",
        "10 S Post St",
        "Spokane, WA 99201",
        47.6573,
        -117.4240,
        "America/Los_Angeles",
        "Providence Sacred Heart Medical Center",
        "101 W 8th Ave",
        "Spokane, WA 99204",
        "(509) 474-3131",
        "808 W Main Ave",
        "Spokane, WA 99201",
    ),
    "burlington": _p(
        "us",
        "ECHO Leahy Center for Lake Champlain",
        "1 College St",
        "Burlington, VT 05401",
        44.4770,
        -73.2200,
        "America/New_York",
        "University of Vermont Medical Center",
        "111 Colchester Ave",
        "Burlington, VT 05401",
        "(802) 847-0000",
        "25 Cherry St",
        "Burlington, VT 05401",
    ),
    # Czech denní dispozice: Olomouc, Plzeň, Ostrava
    "olomouc": _p(
        "eu",
        "Arcidiecézní muzeum",
        "Václavské nám. 3",
        "779 00 Olomouc",
        49.5960,
        17.2600,
        "Europe/Prague",
        "Fakultní nemocnice Olomouc",
        "I. P. Pavlova 185/6",
        "779 00 Olomouc",
        "+420 588 441 111",
        "Dobrovského 2",
        "779 00 Olomouc",
    ),
    "plzen": _p(
        "eu",
        "Měšťanská beseda",
        "Kopeckého sady 13",
        "301 00 Plzeň",
        49.7440,
        13.3780,
        "Europe/Prague",
        "Fakultní nemocnice Plzeň",
        "alej Svobody 80",
        "323 00 Plzeň",
        "+420 377 401 111",
        "Husova 10",
        "301 00 Plzeň",
    ),
    "ostrava": _p(
        "eu",
        "Dolní oblast Vítkovice",
        "Ruská 2993",
        "703 00 Ostrava",
        49.8200,
        18.2770,
        "Europe/Prague",
        "Fakultní nemocnice Ostrava",
        "17. listopadu 1790/5",
        "708 52 Ostrava",
        "+420 597 371 111",
        "Místecká 3",
        "703 00 Ostrava",
    ),
}

DE_WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_WD_SHORT = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
CZ_WD = ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, _ = clock(hhmm)
    forms = {
        "A": f"{h12}:{m:02d}{'A' if h < 12 else 'P'}",  # "6:30A"
        "uhr": f"{h:02d}:{m:02d} Uhr",  # "07:00 Uhr"
        "cz": f"{h}:{m:02d}",  # "7:00"
        "bare12": f"{h12}:{m:02d}",  # "9:00" (am implied by the day)
        "dotam": f"{h12}.{m:02d}{'am' if h < 12 else 'pm'}",  # "7.30am"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "de_long": f"{DE_WD[d.weekday()]}, {d.day}. {_DE_MON[d.month - 1]} {d.year}",
        "de_short": f"{DE_WD_SHORT[d.weekday()]} {d:%d.%m.%y}",  # "Mi. 13.05.26"
        "de_full": f"{DE_WD[d.weekday()]}, {d:%d.%m.%Y}",
        "cz_long": f"{CZ_WD[d.weekday()]} {d.day}. {d.month}. {d.year}",  # "středa 6. 5. 2026"
        "cz_plain": f"{d.day}. {d.month}. {d.year}",
        "ie_long": f"{d:%A} {d.day} {d:%B} {d.year}",
        "us_caps": f"{d:%A}, {d:%B} {d.day}".upper() + f", {d.year}",
    }
    return date_or(forms, d, style)


_DE_MON = [
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember",
]  # fmt: skip

_sheet = sheet_maker("fresh17")


def _table(
    c: Canvas, x: float, y: float, widths: list[float], rows: list[list[str]], **kw: Any
) -> float:
    """A ruled word-processor table; each row as tall as its most wrapped cell. Returns y."""
    size, lead = kw.get("size", 9.0), kw.get("lead", 11.5)
    bold_first = kw.get("bold_first", True)
    for r, row in enumerate(rows):
        cells = [
            wrap(c, v, size, w - 8, bold=bold_first and i == 0) or [""]
            for i, (v, w) in enumerate(zip(row, widths, strict=True))
        ]
        h = max(len(ls) for ls in cells) * lead + 7
        if kw.get("shade_head") and r == 0:
            fill(c, x, y, sum(widths), h, 225)
        xx = x
        for i, (ls, w) in enumerate(zip(cells, widths, strict=True)):
            for k, line in enumerate(ls):
                b = (bold_first and i == 0) or (kw.get("shade_head") and r == 0)
                c.text(xx + 4, y + 4 + size + k * lead, line, size, bold=bool(b))
            xx += w
        c.grid(x, y, widths, [h])
        y += h
    return y


# --- indie Google Docs / Word template: a label / value table ---------------------------------


def _gdoc(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("letter", g["font"])
        W = c.width
        x0 = 54.0
        tw = measure(c, title, 18, bold=True)
        c.text((W - tw) / 2, 66, title, 18, bold=True)
        sub = g["subtitle"]
        c.text((W - measure(c, sub, 10)) / 2, 82, sub, 10)
        y = 100.0
        if g.get("revision"):
            # HARD: a typed revision note above the table; the table holds the new call
            c.pdf.set_text_color(200, 0, 0)
            for line in wrap(c, g["revision"], 9, W - 2 * x0, bold=True):
                c.text(x0, y + 6, line, 9, bold=True)
                y += 12
            black(c)
            y += 6
        loc = f"{p.name}, {p.address}"
        if g.get("set"):
            loc += f" ({g['set']})"
        rows = [
            ["Date:", day_text(day, g["date_style"])],
            [g["call_label"], hm(call, t)],
            ["Shooting Day:", g["shoot_day"]],
            ["Location:", loc],
            ["Parking:", g["parking"]],
            ["Nearest Hospital:", f"{p.hospital}, {p.hospital_address} · {p.hospital_phone}"],
            ["Weather:", g["weather"]],
            ["Sunrise / Sunset:", f"{hm(rise, t)} / {hm(fall, t)}"],
            ["Director:", g["director"]],
            ["Producer:", g["producer"]],
        ]
        y = _table(c, x0, y, [130.0, W - 2 * x0 - 130], rows)
        y += 22
        c.text(x0, y, "Schedule", 12, bold=True)
        y += 8
        sched = [["Time", "Scene", "Description", "Cast"]] + [
            [hm(add_minutes(call, off), t), sc, desc, cast] for off, sc, desc, cast in g["scenes"]
        ]
        y = _table(
            c, x0, y, [70.0, 50.0, W - 2 * x0 - 200, 80.0], sched, bold_first=False,
            shade_head=True,
        )  # fmt: skip
        y += 22
        c.text(x0, y, "Cast & Crew", 12, bold=True)
        y += 8
        people = [["Name", "Role", "Phone", "Call"]] + [
            [n, r, ph, hm(add_minutes(call, off), t)] for n, r, ph, off in g["people"]
        ]
        y = _table(
            c, x0, y, [150.0, 130.0, 120.0, W - 2 * x0 - 400], people, bold_first=False,
            shade_head=True,
        )  # fmt: skip
        y += 20
        for line in g["notes"]:
            for ln in wrap(c, line, 9, W - 2 * x0):
                c.text(x0, y, ln, 9)
                y += 12
        return c.output()

    return _sheet(
        f"gdoc_{key}",
        "gdoc_indie",
        "indie Google Docs / Word template: title, label / value table, schedule and cast tables",
        make,
        expect(p, title, day, call, f"({g['set']})" if g.get("set") else ""),
    )


def _gdoc_sheets() -> list[Sheet]:
    return [
        _gdoc(
            "asheville",
            "LAST CALL AT THE PEEL",
            D(2026, 4, 18),
            "09:00",
            {
                "font": "helvetica",
                "time": "us",
                "subtitle": "Call Sheet - a short film by Jess Harlan",
                "date_style": "us_long",
                "call_label": "Call Time:",
                "shoot_day": "Day 1 of 2",
                "set": "main room and bar",
                "parking": "Coxe Ave public deck, keep receipts",
                "weather": "Sunny, high 71°F",
                "director": "Jess Harlan (828) 555-0147",
                "producer": "Wyatt Boone (828) 555-0163",
                "scenes": [
                    (60, "1", "INT. BAR - Tina closes up", "Tina, Cole"),
                    (180, "2", "INT. MAIN ROOM - the empty stage", "Tina"),
                    (300, "-", "LUNCH", ""),
                    (360, "4", "INT. BAR - the last customer", "Tina, Cole, Mo"),
                ],
                "people": [
                    ("Jess Harlan", "Director", "(828) 555-0147", 0),
                    ("Wyatt Boone", "Producer", "(828) 555-0163", -30),
                    ("Rae Kim", "DP", "(828) 555-0171", 0),
                    ("Lou Serra", "Sound", "(828) 555-0178", 30),
                    ("Dani Price", "Tina", "(828) 555-0182", 15),
                    ("Cole Hart", "Cole", "(828) 555-0190", 60),
                ],
                "notes": [
                    "Venue has a show at 8:00 PM: we are out by 6:30 PM, no exceptions.",
                    "Bring a water bottle. Pizza for lunch, tell Wyatt about dietary needs.",
                ],
            },
        ),
        _gdoc(
            "chattanooga",
            "THE BALCONY",
            D(2026, 6, 6),
            "07:30",
            {
                "font": "times",
                "time": "us_lower",
                "subtitle": "CALL SHEET  |  Lookout Mountain Films",
                "date_style": "us_numeric",
                "call_label": "Call Time:",
                "shoot_day": "Day 3 of 4",
                "set": "",
                # HARD: a red typed revision note above the table names the old call
                "revision": "REVISED 6/5 10:15pm - call moved up from 8:00am to 7:30am because of "
                "the matinee load-in. Everything else the same.",
                "parking": "Market St garage across from the theatre",
                "weather": "Humid, 88°F, storms after 4pm",
                "director": "Andre Lyle (423) 555-0120",
                "producer": "Bea Castillo (423) 555-0133",
                "scenes": [
                    (45, "7", "INT. BALCONY - Marcus rehearses", "Marcus"),
                    (150, "8", "INT. BALCONY - the usher", "Marcus, June"),
                    (330, "11", "INT. LOBBY - intermission", "Marcus, June, BG"),
                ],
                "people": [
                    ("Andre Lyle", "Director", "(423) 555-0120", 0),
                    ("Bea Castillo", "Producer", "(423) 555-0133", -30),
                    ("Kofi Mensah", "DP", "(423) 555-0141", 0),
                    ("Elle Tran", "Gaffer", "(423) 555-0149", -15),
                    ("Marcus Dean", "Marcus", "(423) 555-0156", 15),
                    ("June Ober", "June", "(423) 555-0162", 90),
                ],
                "notes": ["Quiet in the house: the box office is open from 10:00am."],
            },
        ),
        _gdoc(
            "louisville",
            "ST. JAMES COURT",
            D(2026, 10, 17),
            "08:00",
            {
                "font": "helvetica",
                "time": "us",
                "subtitle": "Call Sheet (student production, Derby City Film Collective)",
                "date_style": "us_ordinal",
                "call_label": "Crew Call Time:",
                "shoot_day": "Day 2 of 3",
                "set": "parlor and front porch",
                "parking": "Street parking on S 4th St only (not on the court)",
                "weather": "Clear, 66°F / 45°F",
                "director": "Noor Haddad (502) 555-0118",
                "producer": "Sam Whitt (502) 555-0126",
                "scenes": [
                    (60, "12", "INT. PARLOR - the inheritance", "Ada, Vern"),
                    (200, "13", "EXT. FRONT PORCH - goodbye", "Ada"),
                    (390, "15", "INT. PARLOR - night (blacked out)", "Ada, Vern"),
                ],
                "people": [
                    ("Noor Haddad", "Director", "(502) 555-0118", 0),
                    ("Sam Whitt", "Producer / 1st AD", "(502) 555-0126", -30),
                    ("Jo Ellis", "Camera", "(502) 555-0131", 0),
                    ("Ana Lutz", "Ada", "(502) 555-0139", 30),
                    ("Vern Clay", "Vern", "(502) 555-0144", 60),
                ],
                "notes": ["Museum staff on site all day. No food in the parlor."],
            },
        ),
    ]


# --- US music-video / commercial: agency and client lines, Crew Call, map link --------------


def _mv(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        fill(c, 0, 0, W, 64, 20)
        c.pdf.set_text_color(255, 255, 255)
        c.text(36, 30, g["company"], 14, bold=True)
        c.text(36, 46, g["company_line"], 7.5)
        c.right(W - 36, 30, "CALL SHEET", 14, bold=True)
        c.right(W - 36, 46, day_text(day, g["date_style"]), 9)
        black(c)
        # job block: project, agency, client | crew call
        y = 88.0
        for n, (lab, val) in enumerate(
            [("PROJECT", title), ("AGENCY", g["agency"]), ("CLIENT", g["client"]),
             ("DIRECTOR", g["director"]), ("EP / PRODUCER", g["producer"])]
        ):  # fmt: skip
            c.text(36, y + 13 * n, lab, 7.5, bold=True)
            fit(c, 120, y + 13 * n, val, 9, 250, bold=n == 0)
        c.box(W - 200, 76, 164, 66, 1.5)
        c.text(W - 190, 94, "CREW CALL", 9, bold=True)
        c.text(W - 190, 124, hm(call, t), 24, bold=True)
        c.text(W - 190, 136, g["shoot_line"], 7)
        y = 160.0
        c.hline(36, W - 36, y, 1)
        # locations: one or two, each with a map link
        y += 16
        locs = [(g["loc_label"], p.name, p.address, g["set"], g["map"])]
        if g.get("second"):
            locs.append(g["second"])
        colw = (W - 72) / 3
        for n, (lab, name, addr, note, url) in enumerate(locs):
            x = 36 + colw * n
            c.text(x, y, lab, 8, bold=True)
            for k, line in enumerate([name, addr, note]):
                fit(c, x, y + 13 + 11 * k, line, 8.5, colw - 10)
            c.pdf.set_text_color(20, 70, 200)
            fit(c, x, y + 48, url, 7.5, colw - 10)
            black(c)
        x = 36 + colw * 2
        c.text(x, y, "NEAREST HOSPITAL / ER", 8, bold=True)
        for k, line in enumerate(
            [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]
        ):
            fit(c, x, y + 13 + 11 * k, line, 8.5, colw - 4)
        y += 74
        c.hline(36, W - 36, y, 0.5)
        y += 14
        info = [
            f"Parking: {p.base}",
            f"Weather: {g['weather']}",
            f"Sunrise {hm(rise, t)}  ·  Sunset {hm(fall, t)}",
        ]
        for line in info:
            fit(c, 36, y, line, 8.5, W - 72)
            y += 12
        y += 10
        fill(c, 36, y - 10, W - 72, 14, 230)
        c.text(40, y, "SCHEDULE", 8, bold=True)
        y += 14
        for off, what in g["schedule"]:
            c.text(40, y, hm(add_minutes(call, off), t), 8.5, bold=True)
            fit(c, 110, y, what, 8.5, W - 150)
            y += 12
        y += 10
        fill(c, 36, y - 10, W - 72, 14, 230)
        for h, x in zip(["DEPT", "POSITION", "NAME", "PHONE", "CALL"], [0, 80, 200, 330, 440],
                        strict=True):  # fmt: skip
            c.text(40 + x, y, h, 8, bold=True)
        y += 14
        for dept, pos, name, ph, off in g["crew"]:
            val = hm(add_minutes(call, off), t) if isinstance(off, int) else off
            for x, v in zip([0, 80, 200, 330, 440], [dept, pos, name, ph, val], strict=True):
                fit(c, 40 + x, y, v, 8, 115)
            c.hline(36, W - 36, y + 3, 0.2)
            y += 12
        y += 10
        c.text(36, y, "TALENT", 8, bold=True)
        for name, role, off in g["talent"]:
            y += 12
            c.text(40, y, f"{name} - {role}", 8.5)
            c.text(330, y, f"Call {hm(add_minutes(call, off), t)}", 8.5)
        grey(c)
        c.text(36, 770, g["footer"], 6.5)
        black(c)
        return c.output()

    return _sheet(
        f"mv_{key}",
        "mv_commercial",
        "US music-video / commercial sheet: dark band, agency / client block, CREW CALL box",
        make,
        expect(p, title, day, call, f"{g['set']} {g['map']}"),
    )


def _mv_crew(area: str) -> list[tuple[str, str, str, str, Any]]:
    return [
        ("PROD", "Line Producer", "Cass Monroe", f"({area}) 555-0101", 0),
        ("PROD", "1st AD", "Vic Lam", f"({area}) 555-0102", 0),
        ("CAM", "DP", "Rafa Ibarra", f"({area}) 555-0103", 0),
        ("CAM", "1st AC", "Tori Wu", f"({area}) 555-0104", -30),
        ("G&E", "Gaffer", "Dre Coleman", f"({area}) 555-0105", -30),
        ("G&E", "Key Grip", "Hank Pruitt", f"({area}) 555-0106", -30),
        ("ART", "Prod. Designer", "Lux Ferreira", f"({area}) 555-0107", -60),
        ("HMU", "Key HMU", "Sky Abara", f"({area}) 555-0108", -45),
        ("VTR", "DIT / Playback", "Omar Haddad", f"({area}) 555-0109", 30),
    ]


def _mv_sheets() -> list[Sheet]:
    return [
        _mv(
            "clarksburg",
            "HOLLOW GOLD (music video)",
            D(2026, 5, 16),
            "06:30",
            {
                "time": "A",
                "company": "FIELD DAY FILMS",
                "company_line": "1817 Capitol Ave, Sacramento, CA 95811 · (916) 555-0100",
                "date_style": "us_caps",
                "agency": "n/a (label direct)",
                "client": "Delta Lane Records",
                "director": "Mara Kessler",
                "producer": "Theo Grant",
                "shoot_line": "Shooting call 7:30A · Wrap est. 7:00P",
                "loc_label": "SHOOT LOCATION",
                "set": "Warehouse 3 and the loading dock",
                "map": "maps.google.com/?q=35265+Willow+Ave+Clarksburg",
                "weather": "Sunny, 82°F, wind 10 mph",
                "schedule": [
                    (0, "Crew call, breakfast burritos at craft"),
                    (60, "Band performance, wide and mids (Warehouse 3)"),
                    (240, "Lunch"),
                    (300, "Narrative inserts, loading dock"),
                    (690, "Golden hour: band on the dock, last looks"),
                ],
                "crew": _mv_crew("916"),
                "talent": [("The Tule Fog (4 pc band)", "Artist", 60), ("Rosa Vega", "Lead", 30)],
                "footer": "Field Day Films · closed set · no social media until release",
            },
        ),
        _mv(
            "knoxville",
            "SMOKY RIDGE TRUCKS - 'Built Here'",
            D(2026, 9, 22),
            "06:00",
            {
                "time": "us_letter",
                "company": "BRIGHT FORGE PRODUCTIONS",
                "company_line": "525 Henley St, Knoxville, TN 37902 · brightforge.example",
                "date_style": "us_long",
                "agency": "Tandem & Pike (Nashville)",
                "client": "Smoky Ridge Trucks",
                "director": "Wes Calloway",
                "producer": "Lena Ortiz",
                "shoot_line": "Agency / client call 8:00a",
                "loc_label": "SHOOT LOCATION 1",
                "set": "Event hall (studio side)",
                "map": "maps.google.com/?q=227+W+Depot+Ave+Knoxville",
                # HARD: a second location with its own address and map link beside the first
                "second": (
                    "SHOOT LOCATION 2 (after lunch)",
                    "World's Fair Park",
                    "963 World's Fair Park Dr, Knoxville, TN 37916",
                    "Lawn by the Sunsphere, trucks drive-on",
                    "maps.google.com/?q=Worlds+Fair+Park",
                ),
                "weather": "Partly cloudy, 79°F",
                "schedule": [
                    (0, "Crew call at Mill & Mine, load in"),
                    (120, "Agency / client at video village"),
                    (150, "Spot A: hero truck, studio side"),
                    (330, "Lunch, then company move to Location 2"),
                    (420, "Spot B: driving shots, World's Fair Park"),
                ],
                "crew": _mv_crew("865"),
                "talent": [("Grady Fox", "Dad", 60), ("Aya Bell", "Daughter", 90)],
                "footer": "Bright Forge Productions · confidential · do not forward to talent",
            },
        ),
        _mv(
            "madison",
            "LAKE EFFECT - 'Winterlight' (music video)",
            D(2026, 11, 14),
            "07:00",
            {
                "time": "us",
                "company": "ISTHMUS PICTURE CO.",
                "company_line": "14 W Mifflin St, Madison, WI 53703",
                "date_style": "us_short",
                "agency": "-",
                "client": "Lake Effect / North Shore Music",
                "director": "Jonah Reyes",
                "producer": "Kelsey Nguyen",
                "shoot_line": "Talent call 8:30 AM",
                "loc_label": "SHOOT LOCATION",
                "set": "Rooftop garden & community terrace",
                "map": "maps.google.com/?q=Monona+Terrace+Madison",
                "weather": "Cold, 34°F, chance of flurries",
                "schedule": [
                    (0, "Crew call, load in via the John Nolen Dr dock"),
                    (90, "Rooftop performance"),
                    (300, "Lunch (hot), lower lobby"),
                    (360, "Terrace: singer walking shots until dark"),
                ],
                "crew": _mv_crew("608"),
                "talent": [("Lake Effect", "Artist", 90), ("Ivy Sorensen", "Dancer", 60)],
                "footer": "Isthmus Picture Co. · dress warm · hand warmers at craft",
            },
        ),
    ]


# --- German Tagesdisposition ---------------------------------------------------------------


def _de(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        c.text(40, 44, g["company"], 9, bold=True)
        c.text(40, 55, g["company_line"], 7)
        c.right(W - 40, 44, "TAGESDISPOSITION", 13, bold=True)
        c.right(W - 40, 58, f"Drehtag {g['n']} von {g['of']}", 9)
        c.text(40, 84, f"„{title}”", 15, bold=True)
        c.text(40, 98, g["kind"], 8.5)
        c.hline(40, W - 40, 106, 1)
        half = (W - 80) / 2
        left = [
            ("Datum", day_text(day, g["date_style"])),
            (g["call_label"], hm(call, t)),
            ("Drehbeginn", hm(add_minutes(call, 60), t)),
            ("Mittagspause", hm(add_minutes(call, 360), t)),
            ("Drehende ca.", hm(add_minutes(call, 660), t)),
        ]
        right = [
            ("Regie", g["director"]),
            ("1. Regieassistenz", g["ad"]),
            ("Aufnahmeleitung", g["al"]),
            ("Wetter", g["weather"]),
            ("SA / SU", f"{hm(rise, t)} / {hm(fall, t)}"),
        ]
        y = 122.0
        for n, ((a, b), (cc, d)) in enumerate(zip(left, right, strict=True)):
            yy = y + 13 * n
            c.text(40, yy, a + ":", 8.5, bold=True)
            fit(c, 150, yy, b, 9, half - 114, bold=a == g["call_label"])
            c.text(40 + half, yy, cc + ":", 8.5, bold=True)
            fit(c, 150 + half, yy, d, 9, half - 114)
        y += 78
        c.hline(40, W - 40, y - 8, 0.5)
        blocks = [
            ("MOTIV", [g["set"], p.name, p.street, p.city]),
            ("BASIS / PARKEN", [p.base_street, p.base_city, g["base_note"]]),
            ("NÄCHSTES KRANKENHAUS", [p.hospital, p.hospital_street, p.hospital_city,
                                      f"Tel. {p.hospital_phone}"]),
        ]  # fmt: skip
        bw = (W - 80) / 3
        for n, (head, lines) in enumerate(blocks):
            x = 40 + bw * n
            c.text(x, y + 4, head, 8, bold=True)
            for k, line in enumerate(lines):
                fit(c, x, y + 17 + 11 * k, line, 8.5, bw - 8)
        y += 72
        fill(c, 40, y - 10, W - 80, 14, 220)
        xs = [0.0, 36.0, 70.0, 300.0, 340.0, 380.0]
        for h, x in zip(["Bild", "I/A", "Motiv / Inhalt", "T/N", "Min.", "Rollen"], xs,
                        strict=True):  # fmt: skip
            c.text(42 + x, y, h, 7.5, bold=True)
        y += 14
        for row in g["scenes"]:
            for i, v in enumerate(row):
                x1 = xs[i + 1] if i + 1 < len(xs) else W - 80
                fit(c, 42 + xs[i], y, v, 8, x1 - xs[i] - 4)
            c.hline(40, W - 40, y + 3, 0.2)
            y += 13
        y += 12
        c.text(40, y, "DARSTELLER", 8.5, bold=True)
        for h, x in zip(["Rolle", "Abholung", "Maske", "am Set"], [130, 240, 310, 380],
                        strict=True):  # fmt: skip
            c.text(40 + x, y, h, 7.5, bold=True)
        for n, (actor, role) in enumerate(g["cast"]):
            y += 12
            c.text(40, y, actor, 8)
            c.text(170, y, role, 8)
            c.text(280, y, hm(add_minutes(call, -30 + 15 * n), t), 8)
            c.text(350, y, hm(add_minutes(call, 15 * n), t), 8)
            c.text(420, y, hm(add_minutes(call, 60), t), 8)
        y += 20
        c.text(40, y, "TEAM", 8.5, bold=True)
        for n, (dept, off) in enumerate(g["depts"]):
            x = 40 + (W - 80) / 2 * (n % 2)
            yy = y + 12 + 12 * (n // 2)
            c.text(x, yy, dept, 8)
            c.text(x + 150, yy, hm(add_minutes(call, off), t), 8)
        y += 12 + 12 * ((len(g["depts"]) + 1) // 2) + 10
        c.text(40, y, "HINWEISE", 8.5, bold=True)
        for line in g["notes"]:
            y += 12
            fit(c, 44, y, line, 8, W - 88)
        grey(c)
        c.text(40, 810, g["footer"], 6.5)
        black(c)
        if g.get("vordispo"):
            # a Vordispo for the next day on page 2, as German dispos attach it
            c.new_page()
            nxt = day + dt.timedelta(days=1)
            c.text(40, 50, f"VORDISPO (unverbindlich) - {day_text(nxt, g['date_style'])}", 11,
                   bold=True)  # fmt: skip
            for k, line in enumerate(g["vordispo"]):
                fit(c, 40, 72 + 13 * k, line, 9, W - 80)
        return c.output()

    return _sheet(
        f"de_{key}",
        "de_dispo",
        "German Tagesdisposition: header, two label columns, Motiv / Basis / Krankenhaus",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _de_sheets() -> list[Sheet]:
    depts = [("Kamera", 0), ("Licht", -30), ("Ton", 0), ("Kostüm", -60), ("Maske", -60),
             ("Szenenbild", -90)]  # fmt: skip
    return [
        _de(
            "leipzig",
            "Die Halle am Kanal",
            D(2026, 5, 13),
            "07:00",
            {
                "time": "uhr",
                "company": "Pleiße Film GmbH",
                "company_line": "Karl-Heine-Str. 93, 04229 Leipzig · Tel. 0341 555 200",
                "n": 6,
                "of": 24,
                "kind": "Kinospielfilm",
                "date_style": "de_long",
                "call_label": "Treffpunkt Team",
                "director": "Lene Hartmann",
                "ad": "Jonas Beck, 0170 555 1201",
                "al": "Mia Schulz, 0170 555 1202",
                "weather": "heiter, 19 °C",
                "set": "Halle 14, Erdgeschoss",
                "base_note": "Technik und Catering auf dem Hof, Einfahrt Tor 2",
                "scenes": [
                    ("23", "I", "Halle 14 - Vernissage, Karl trifft Ines", "T", "3", "1, 2, BG"),
                    ("24", "I", "Atelier - der Streit", "T", "2", "1, 2"),
                    ("27", "A", "Hof - Abschied im Regen", "T", "1", "1, Regen"),
                ],
                "cast": [("Till Krämer", "Karl"), ("Nora Vogt", "Ines"), ("Ben Uhl", "Galerist")],
                "depts": depts,
                "notes": [
                    "Galeriebetrieb ab 11:00 Uhr: leise im Treppenhaus.",
                    "Regenmaschine ab 15:00 Uhr (Bild 27), Gummistiefel mitbringen.",
                ],
                "footer": "Pleiße Film GmbH · Dispo Stand 12.05.2026, 18:30 Uhr",
                "vordispo": [
                    "Treffpunkt Team ca. 08:00 Uhr, Motiv: Clara-Zetkin-Park (Außen)",
                    "Bilder 30, 31, 35 · Darsteller 1, 3",
                ],
            },
        ),
        _de(
            "dresden",
            "Hinterhof",
            D(2026, 8, 26),
            "06:30",
            {
                "time": "h24",
                "company": "Elbflorenz Pictures",
                "company_line": "Alaunstr. 36, 01099 Dresden · Tel. 0351 555 400",
                "n": 11,
                "of": 20,
                "kind": "Serie, Folge 4",
                "date_style": "de_short",
                "call_label": "Drehbeginn Team",
                "director": "Kai Böhme",
                "ad": "Sina Lorenz, 0171 555 2201",
                "al": "Paul Richter, 0171 555 2202",
                "weather": "sonnig, 27 °C",
                "set": "Hof der Elemente und Hof der Tiere",
                "base_note": "Basis im Parkhaus, 2. Ebene",
                "scenes": [
                    ("4/12", "A", "Hof der Elemente - Regenrinnen-Musik", "T", "2", "1, 3"),
                    ("4/13", "A", "Hof der Tiere - Verfolgung", "T", "2", "1, 2, Stunt"),
                    ("4/18", "I", "Café - Versöhnung", "T", "3", "1, 2"),
                ],
                "cast": [("Emma Seidel", "Lotte"), ("Rico Franke", "Jan")],
                "depts": depts,
                "notes": ["Passage bleibt für Passanten offen: Absperrung nur bei Klappe."],
                "footer": "Elbflorenz Pictures · bitte nicht weitergeben",
            },
        ),
        _de(
            "hannover",
            "Der Gärtner",
            D(2026, 7, 3),
            "05:45",
            {
                "time": "uhr",
                "company": "Leinewelle Filmproduktion",
                "company_line": "Limmerstr. 50, 30451 Hannover",
                "n": 2,
                "of": 18,
                "kind": "Fernsehfilm",
                "date_style": "de_full",
                "call_label": "Treffpunkt",
                "director": "Greta Lindner",
                "ad": "Ole Janssen, 0172 555 3301",
                "al": "Tina Wolf, 0172 555 3302",
                "weather": "klar, morgens 14 °C",
                "set": "Großer Garten, Parterre",
                "base_note": "Basis auf dem Parkplatz Herrenhausen, Zufahrt ab 5:00",
                "scenes": [
                    ("2", "A", "Großer Garten - Sonnenaufgang, Anton schneidet", "T", "2", "1"),
                    ("3", "A", "Parterre - die Fremde", "T", "3", "1, 2"),
                    ("9", "A", "Heckentheater - Probe", "T", "1", "1-4"),
                ],
                "cast": [("Ulf Brandt", "Anton"), ("Lea Kuhn", "Die Fremde")],
                "depts": depts,
                "notes": ["Garten öffnet um 9:00 Uhr für Besucher."],
                "footer": "Leinewelle Filmproduktion · Dispo Nr. 2",
            },
        ),
    ]


# --- Irish / Scottish TV drama unit call sheet ----------------------------------------------


def _ie(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "helvetica")
        W = c.width
        c.grid(36, 30, [170.0, W - 72 - 340, 170.0], [70.0])
        c.text(42, 46, g["company"], 8.5, bold=True)
        for n, line in enumerate(g["office"]):
            fit(c, 42, 58 + 9 * n, line, 7, 160)
        cx = 36 + 170 + (W - 72 - 340) / 2
        c.text(cx - measure(c, title, 14, bold=True) / 2, 50, title, 14, bold=True)
        s = f"{g['ep']}  ·  CALL SHEET {g['no']}"
        c.text(cx - measure(c, s, 8) / 2, 64, s, 8)
        s = day_text(day, g["date_style"])
        c.text(cx - measure(c, s, 9, bold=True) / 2, 80, s, 9, bold=True)
        rx = W - 36 - 164
        c.text(rx, 48, g["call_label"], 10, bold=True)
        c.text(rx, 76, hm(call, t), 22, bold=True)
        y = 116.0
        half = (W - 72) / 2
        sections_l = [
            ("LOCATION", [g["set"], p.name, p.street, p.city]),
            ("UNIT BASE", [p.base_street, p.base_city, g["base_note"]]),
            ("CREW PARKING", [g["parking"]]),
        ]
        sections_r = [
            ("SUNRISE / SUNSET", [f"Sunrise {hm(rise, t)}  /  Sunset {hm(fall, t)}", g["weather"]]),
            ("NEAREST A&E", [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]),
            ("BREAKFAST / LUNCH",
             [f"Breakfast at base {hm(add_minutes(call, -45), t)}",
              f"Lunch {hm(add_minutes(call, 330), t)} at base"]),
        ]  # fmt: skip
        for x, secs in ((36.0, sections_l), (36 + half + 8, sections_r)):
            yy = y
            for head, lines in secs:
                fill(c, x, yy - 9, half - 8, 12, 215)
                c.text(x + 3, yy, head, 7.5, bold=True)
                yy += 2
                for line in lines:
                    yy += 12
                    fit(c, x + 3, yy, line, 8, half - 14)
                yy += 19
            y_end = yy
        y = max(y_end, y + 150)
        fill(c, 36, y - 9, W - 72, 12, 215)
        xs = [0.0, 34.0, 280.0, 316.0, 356.0, 420.0]
        for h, x in zip(["SC", "SET / SYNOPSIS", "D/N", "PGS", "CAST", "NOTES"], xs, strict=True):
            c.text(39 + x, y, h, 7.5, bold=True)
        y += 14
        for row in g["scenes"]:
            for i, v in enumerate(row):
                x1 = xs[i + 1] if i + 1 < len(xs) else W - 72
                fit(c, 39 + xs[i], y, v, 8, x1 - xs[i] - 4)
            c.hline(36, W - 36, y + 3, 0.2)
            y += 13
        y += 12
        fill(c, 36, y - 9, W - 72, 12, 215)
        xs2 = [0.0, 120.0, 220.0, 280.0, 340.0, 400.0]
        for h, x in zip(["CAST", "CHARACTER", "P/UP", "MU/COST", "ON SET", "TRAVEL"], xs2,
                        strict=True):  # fmt: skip
            c.text(39 + x, y, h, 7.5, bold=True)
        for n, (actor, role, travel) in enumerate(g["cast"]):
            y += 12
            vals = [
                actor,
                role,
                hm(add_minutes(call, -60 + 15 * n), t),
                hm(add_minutes(call, -30 + 15 * n), t),
                hm(add_minutes(call, 45), t),
                travel,
            ]
            for i, v in enumerate(vals):  # fmt: skip
                fit(c, 39 + xs2[i], y, v, 8, 110)
        y += 20
        c.text(36, y, "PRODUCTION NOTES", 8, bold=True)
        for line in g["notes"]:
            y += 11
            fit(c, 40, y, line, 7.5, W - 80)
        grey(c)
        c.text(36, 812, g["footer"], 6.5)
        black(c)
        # page 2: crew calls
        c.new_page()
        c.text(36, 44, f"{title}  -  {g['ep']}  -  CREW CALLS", 10, bold=True)
        c.right(W - 36, 44, day_text(day, g["date_style"]), 8.5)
        y = 66.0
        for dept, rows in g["crew"]:
            fill(c, 36, y - 9, W - 72, 12, 225)
            c.text(39, y, dept, 7.5, bold=True)
            for pos, name, off in rows:
                y += 11
                c.text(44, y, pos, 7.5)
                c.text(200, y, name, 7.5)
                c.text(360, y, hm(add_minutes(call, off), t) if isinstance(off, int) else off,
                       7.5)  # fmt: skip
            y += 17
        return c.output()

    return _sheet(
        f"ie_{key}",
        "ie_unit",
        "Irish / Scottish TV drama unit call sheet: three-box header, UNIT CALL, A&E",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _ie_crew() -> list[tuple[str, list[tuple[str, str, Any]]]]:
    return [
        ("PRODUCTION", [("Producer", "Siobhán Carey", "O/C"), ("Line Producer", "Dec Moran", 0)]),
        ("ASSISTANT DIRECTORS", [("1st AD", "Ciara Nolan", 0), ("2nd AD", "Fergal Shaw", -60),
                                 ("3rd AD", "Aoife Byrne", -30)]),
        ("CAMERA", [("DoP", "Eamon Kerr", 0), ("A Cam Op", "Rory Quinn", 0),
                    ("1st AC", "Orla Daly", -15)]),
        ("ELECTRICAL", [("Gaffer", "Niall Reid", -30), ("Best Boy", "Kev Doyle", -30)]),
        ("SOUND", [("Sound Recordist", "Maeve Lynch", 0)]),
        ("COSTUME / MAKE-UP", [("Costume Sup.", "Gráinne Walsh", -75),
                               ("Make-up Sup.", "Una Brady", -75)]),
        ("LOCATIONS", [("Location Manager", "Paddy Flynn", "Pre-call"),
                       ("Unit Manager", "Tom Keane", -90)]),
    ]  # fmt: skip


def _ie_sheets() -> list[Sheet]:
    return [
        _ie(
            "galway",
            "THE CLADDAGH",
            D(2026, 3, 24),
            "07:00",
            {
                "time": "military",
                "company": "Corrib Television Ltd",
                "office": ["Unit 3, Galway Technology Park", "Parkmore, Galway", "091 555 230"],
                "ep": "Block 2, Ep 3 & 4",
                "no": 14,
                "date_style": "ie_long",
                "call_label": "UNIT CALL",
                "set": "EXT. SPANISH ARCH / INT. MUSEUM FOYER",
                "base_note": "Honeywagons and catering on the Fairgreen car park",
                "parking": "Crew parking at Fairgreen (unit base), 8 min walk to set",
                "weather": "Showers, 9°C, gusty",
                "scenes": [
                    ("3/14", "EXT. SPANISH ARCH - Nuala's busking", "D", "1 4/8", "1, 4", "Rain"),
                    ("3/15", "INT. MUSEUM FOYER - the hooker model", "D", "2 2/8", "1, 2", ""),
                    ("4/6", "EXT. QUAYSIDE - the row", "D", "1 1/8", "1, 2, 3", "Tide"),
                ],
                "cast": [
                    ("Caitríona Ní Bhriain", "NUALA", "Driver 1"),
                    ("Seán Ó Dálaigh", "JOHNNY", "Driver 2"),
                    ("Peig Fahy", "MAM", "Self drive"),
                ],
                "notes": [
                    "Quayside: high tide at 1340, no kit on the slipway after 1300.",
                    "Museum open to the public from 1000: keep corridors clear.",
                ],
                "crew": _ie_crew(),
                "footer": "Corrib Television · this call sheet is confidential",
            },
        ),
        _ie(
            "limerick",
            "TREATY STONES",
            D(2026, 6, 17),
            "06:00",
            {
                "time": "military",
                "company": "Shannonside Pictures",
                "office": ["The Hunt Museum Building, Rutland St", "Limerick", "061 555 410"],
                "ep": "Ep 2",
                "no": 22,
                "date_style": "uk_long",
                "call_label": "UNIT CALL",
                "set": "EXT. CASTLE COURTYARD",
                "base_note": "Unit base along the quay, power from the genny",
                "parking": "Crew park at Arthur's Quay car park (passes from the unit manager)",
                "weather": "Bright, 18°C",
                "scenes": [
                    (
                        "2/20",
                        "EXT. CASTLE COURTYARD - the siege reenactment",
                        "D",
                        "3",
                        "1-5",
                        "SFX",
                    ),
                    ("2/21", "EXT. BATTLEMENTS - Eoin and Kate", "D", "1 2/8", "1, 2", "Height"),
                ],
                "cast": [
                    ("Eoin Hartigan", "EOIN", "Self drive"),
                    ("Kate Mulcahy", "KATE", "Driver 1"),
                ],
                "notes": [
                    "Working at height on the battlements: harnesses, safety officer on set.",
                    "Cannon SFX from 1000: ear defenders at the SFX truck.",
                ],
                "crew": _ie_crew(),
                "footer": "Shannonside Pictures · do not post set photos",
            },
        ),
        _ie(
            "dundee",
            "RIVERSIDE",
            D(2026, 9, 8),
            "07:30",
            {
                "time": "dotam",
                "company": "Tay Street Productions",
                "office": ["Production Office: 1 Tay Sq", "Dundee DD1 1PB", "01382 555 600"],
                "ep": "Ep 5",
                "no": 31,
                "date_style": "uk_plain",
                "call_label": "CREW CALL",
                "set": "INT./EXT. MUSEUM HALL & TERRACE",
                "base_note": "Unit base at Riverside car park, west end",
                "parking": "Crew parking at unit base only. Shuttle from 0645.",
                "weather": "Overcast, 14°C",
                "scenes": [
                    ("5/8", "INT. MAIN HALL - the launch party", "N", "2 6/8", "1-4, BG", ""),
                    ("5/9", "EXT. TERRACE - Alasdair makes the call", "D", "1", "1", ""),
                ],
                "cast": [
                    ("Alasdair Reid", "ALASDAIR", "Self drive"),
                    ("Morven Cruickshank", "EILIDH", "Driver 1"),
                    ("Iain Doig", "FRASER", "Driver 2"),
                ],
                "notes": ["Museum open until 1700: night interior lit from 1730."],
                "crew": _ie_crew(),
                "footer": "Tay Street Productions · Call sheet 31",
            },
        ),
    ]


# --- documentary / corporate one-pager: meet time, contact list -----------------------------


def _doc(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("letter", g["font"])
        W = c.width
        x0 = 60.0
        c.text(x0, 60, g["client_head"], 9, bold=True)
        c.text(x0, 84, title, 16, bold=True)
        c.text(x0, 100, g["kind"], 9.5)
        c.hline(x0, W - x0, 110, 0.8)
        y = 132.0
        c.text(x0, y, day_text(day, g["date_style"]), 11, bold=True)
        y += 20
        c.text(x0, y, f"{g['call_label']} {hm(call, t)}", 12, bold=True)
        c.text(x0 + 220, y, g["meet_where"], 9)
        y += 26
        c.text(x0, y, "WHERE", 9, bold=True)
        for line in [p.name, p.address, g["set"]]:
            y += 12
            fit(c, x0 + 10, y, line, 9.5, W - 2 * x0 - 10)
        y += 22
        c.text(x0, y, "RUNNING ORDER", 9, bold=True)
        for off, what in g["order"]:
            y += 13
            c.text(x0 + 10, y, hm(add_minutes(call, off), t), 9.5)
            fit(c, x0 + 80, y, what, 9.5, W - 2 * x0 - 80)
        y += 22
        c.text(x0, y, "CONTACTS", 9, bold=True)
        for name, role, ph in g["contacts"]:
            y += 13
            c.text(x0 + 10, y, name, 9.5)
            c.text(x0 + 150, y, role, 9.5)
            c.text(x0 + 320, y, ph, 9.5)
        y += 22
        c.text(x0, y, "SAFETY", 9, bold=True)
        lines = [f"{g['er_label']} {p.hospital}, {p.hospital_address}, {p.hospital_phone}"]
        if g.get("sun"):
            lines.append(f"Sunrise {hm(rise, t)}, sunset {hm(fall, t)}. {g['sun']}")
        lines += g["safety"]
        for line in lines:
            for ln in wrap(c, line, 9.5, W - 2 * x0 - 10):
                y += 12.5
                c.text(x0 + 10, y, ln, 9.5)
        y += 22
        c.text(x0, y, "KIT", 9, bold=True)
        for ln in wrap(c, g["kit"], 9.5, W - 2 * x0 - 10):
            y += 12.5
            c.text(x0 + 10, y, ln, 9.5)
        return c.output()

    return _sheet(
        f"doc_{key}",
        "doc_onepager",
        "documentary / corporate one-pager: meet time, where, running order, contacts, safety",
        make,
        expect(p, title, day, call, g["set"], sun=None if g.get("sun") else (None, None)),
    )


def _doc_sheets() -> list[Sheet]:
    return [
        _doc(
            "boulder",
            "TEA ROUTES",
            D(2026, 4, 29),
            "08:30",
            {
                "font": "helvetica",
                "time": "us",
                "client_head": "SHOOT DAY INFO  ·  Flatiron Documentary Co.",
                "kind": "Documentary, interview + b-roll (1 day)",
                "date_style": "us_long",
                "call_label": "Meet time:",
                "meet_where": "at the front patio, we load in through the side door",
                "set": "Main dining room (closed to the public until 11)",
                "order": [
                    (0, "Load in, light the interview corner"),
                    (75, "Interview: Farrukh Nazarov (owner), 60 min"),
                    (150, "B-roll: ceiling, tea service, kitchen"),
                    (240, "Lunch on us at the teahouse"),
                    (300, "Wrap and load out"),
                ],
                "contacts": [
                    ("Hana Morales", "Producer", "(303) 555-0129"),
                    ("Pete Lund", "Camera", "(303) 555-0134"),
                    ("Ivy Chao", "Sound", "(303) 555-0142"),
                    ("Farrukh Nazarov", "Contributor", "(303) 555-0150"),
                ],
                "er_label": "Nearest ER:",
                "sun": None,
                "safety": ["Cables taped, no stands in the walkway once the doors open."],
                "kit": "FX6 kit, 2 x lav, boom, 2 x LED panels, slider. Park at Pearl St "
                "garage (1500 Pearl St), receipts to Hana.",
            },
        ),
        _doc(
            "spokane",
            "Davenport Hospitality Group - Brand Film",
            D(2026, 7, 29),
            "06:45",
            {
                "font": "times",
                "time": "us_lower",
                "client_head": "CORPORATE VIDEO · Inland Northwest Media for Davenport Hospitality",
                "kind": "Brand film and staff interviews",
                "date_style": "us_numeric",
                "call_label": "Crew meet:",
                "meet_where": "hotel loading dock off Sprague Ave",
                "set": "Lobby, ballroom and the Peacock Room",
                "order": [
                    (0, "Load in, lobby wides before guests are up"),
                    (105, "Interviews in the ballroom (GM, chef, concierge)"),
                    (285, "Lunch"),
                    (345, "Peacock Room b-roll, drone exterior if permitted"),
                    (480, "Wrap"),
                ],
                "contacts": [
                    ("Marisol Fry", "Producer", "(509) 555-0117"),
                    ("Derek Aune", "DP", "(509) 555-0121"),
                    ("Kelly Tran", "Client (marketing)", "(509) 555-0188"),
                ],
                "er_label": "Hospital:",
                "sun": "Exteriors after 6pm only.",
                "safety": ["Guests present: crew in black, no kit left in public areas."],
                "kit": "2 x FX9, Ronin, interview lights, drone (Part 107 pilot: Derek).",
            },
        ),
        _doc(
            "burlington",
            "Lake Champlain Water Lab",
            D(2026, 10, 9),
            "09:00",
            {
                "font": "helvetica",
                "time": "bare12",
                "client_head": "Green Mountain Story Works  ·  Call sheet",
                "kind": "Non-profit campaign video, school visit",
                # HARD: a 12-hour time with no am / pm ("9:00"), the day's other times too
                "date_style": "us_short",
                "call_label": "Meet time",
                "meet_where": "front steps, College St",
                "set": "Water lab classroom (2nd floor) and the boardwalk",
                "order": [
                    (0, "Meet, sign in at reception"),
                    (60, "Students arrive; classroom b-roll"),
                    (180, "Educator interview"),
                    (240, "Boardwalk shots, weather permitting"),
                ],
                "contacts": [
                    ("Willa Bent", "Producer / director", "(802) 555-0119"),
                    ("Jon Tasker", "Camera", "(802) 555-0127"),
                    ("Ruth Ames", "ECHO education lead", "(802) 555-0164"),
                ],
                "er_label": "Nearest hospital:",
                "sun": None,
                "safety": ["Minors on site: only film students with a signed release (list)."],
                "kit": "C70, 2 lavs, tripod, small LED. Parking: Cherry St garage, level 3.",
            },
        ),
    ]


# --- Czech denní dispozice ---------------------------------------------------------------------


def _cz(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        fill(c, 0, 0, W, 8, 60)
        c.text(40, 44, "DENNÍ DISPOZICE", 15, bold=True)
        c.text(40, 60, f"{g['kind']} „{title}”", 10)
        c.right(W - 40, 40, g["company"], 8.5, bold=True)
        c.right(W - 40, 51, g["company_line"], 7)
        c.right(W - 40, 66, f"natáčecí den {g['n']}/{g['of']}", 9, bold=True)
        c.hline(40, W - 40, 76, 1)
        # the date and call on one bold strip, as Czech dispos print them
        fill(c, 40, 84, W - 80, 24, 230)
        c.text(46, 100, day_text(day, g["date_style"]), 10, bold=True)
        s = f"{g['call_label']} {hm(call, t)}"
        c.right(W - 46, 100, s, 12, bold=True)
        y = 128.0
        rows = [
            ("Místo natáčení", [p.name, f"{p.street}, {p.city}", g["set"]]),
            ("Základna / parkování", [p.base, g["base_note"]]),
            ("Nejbližší nemocnice", [f"{p.hospital}, {p.hospital_address}",
                                     f"tel. {p.hospital_phone}"]),
            ("Východ / západ slunce", [f"{hm(rise, t)} / {hm(fall, t)}", g["weather"]]),
        ]  # fmt: skip
        if g.get("second"):
            # HARD: a second place (a move after lunch) printed as its own row under the first
            rows.insert(1, ("Místo natáčení 2", g["second"]))
        for lab, lines in rows:
            c.text(40, y, lab, 8.5, bold=True)
            for k, line in enumerate(lines):
                fit(c, 170, y + 12 * k, line, 9, W - 210)
            y += 12 * len(lines) + 8
            c.hline(40, W - 40, y - 8, 0.3)
        y += 10
        c.text(40, y, "HARMONOGRAM DNE", 9, bold=True)
        for off, what in g["order"]:
            y += 12
            c.text(46, y, hm(add_minutes(call, off), t), 8.5)
            fit(c, 100, y, what, 8.5, W - 140)
        y += 20
        fill(c, 40, y - 9, W - 80, 12, 220)
        xs = [0.0, 40.0, 70.0, 300.0, 340.0, 390.0]
        for h, x in zip(["Obraz", "I/E", "Děj", "D/N", "Str.", "Herci"], xs, strict=True):
            c.text(42 + x, y, h, 7.5, bold=True)
        for row in g["scenes"]:
            y += 13
            for i, v in enumerate(row):
                x1 = xs[i + 1] if i + 1 < len(xs) else W - 80
                fit(c, 42 + xs[i], y, v, 8, x1 - xs[i] - 4)
        y += 22
        c.text(40, y, "HERCI", 9, bold=True)
        for n, (actor, role) in enumerate(g["cast"]):
            y += 12
            c.text(46, y, f"{actor} ({role})", 8.5)
            c.text(260, y, f"maska {hm(add_minutes(call, 15 * n), t)}", 8.5)
            c.text(380, y, f"na place {hm(add_minutes(call, 75), t)}", 8.5)
        y += 20
        c.text(40, y, "ŠTÁB", 9, bold=True)
        for dept, name, off in g["crew"]:
            y += 12
            c.text(46, y, dept, 8.5)
            c.text(200, y, name, 8.5)
            c.text(380, y, hm(add_minutes(call, off), t), 8.5)
        y += 20
        c.text(40, y, "POZNÁMKY", 9, bold=True)
        for line in g["notes"]:
            y += 12
            fit(c, 46, y, line, 8.5, W - 90)
        grey(c)
        c.text(40, 812, g["footer"], 6.5)
        black(c)
        return c.output()

    return _sheet(
        f"cz_{key}",
        "cz_dispozice",
        "Czech denní dispozice: date and call strip, label rows, harmonogram, cast and crew",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _cz_crew() -> list[tuple[str, str, int]]:
    return [
        ("Režie", "Tereza Holubová", 0),
        ("Asistent režie", "Marek Šimek", -30),
        ("Kamera", "Ondřej Vávra", 0),
        ("Osvětlovači", "Libor Kříž", -30),
        ("Zvuk", "Jana Pokorná", 0),
        ("Kostýmy", "Eva Malá", -60),
        ("Maska", "Lucie Dvořáková", -60),
        ("Produkce", "Petr Beneš", -45),
    ]


def _cz_sheets() -> list[Sheet]:
    return [
        _cz(
            "olomouc",
            "Kanovník",
            D(2026, 5, 6),
            "07:00",
            {
                "time": "cz",
                "kind": "celovečerní film",
                "company": "Hanácký film s.r.o.",
                "company_line": "Horní nám. 5, 779 00 Olomouc",
                "n": 9,
                "of": 30,
                "date_style": "cz_long",
                "call_label": "Sraz štábu:",
                "set": "Zdeňkova síň a křížová chodba",
                "base_note": "Vozy techniky na nádvoří od 6:00",
                "weather": "polojasno, 17 °C",
                "order": [
                    (0, "sraz štábu, snídaně na základně"),
                    (75, "první klapka, obraz 41"),
                    (330, "oběd"),
                    (390, "obrazy 44, 45"),
                    (630, "předpokládaný konec"),
                ],
                "scenes": [
                    ("41", "I", "Zdeňkova síň - kanovník čte dopis", "D", "2", "1, 2"),
                    ("44", "I", "Křížová chodba - útěk", "D", "1 3/8", "1, 3"),
                    ("45", "I", "Křížová chodba - setkání", "D", "7/8", "1, 2, 3"),
                ],
                "cast": [
                    ("Jiří Macháček", "kanovník"),
                    ("Anna Krejčí", "Marie"),
                    ("Vít Novotný", "kaplan"),
                ],
                "crew": _cz_crew(),
                "notes": ["Muzeum otevřeno od 10:00, v chodbě ticho."],
                "footer": "Hanácký film s.r.o. · vedoucí produkce: 603 555 101",
            },
        ),
        _cz(
            "plzen",
            "Pivní baron",
            D(2026, 9, 16),
            "06:30",
            {
                "time": "h24",
                "kind": "televizní seriál, díl 3",
                "company": "Západočeská filmová s.r.o.",
                "company_line": "Americká 42, 301 00 Plzeň",
                "n": 4,
                "of": 16,
                "date_style": "cz_plain",
                "call_label": "SRAZ:",
                "set": "Velký sál a kavárna",
                "base_note": "Parkování štábu v Kopeckého sadech jen s povolenkou",
                "weather": "slunečno, 21 °C",
                "second": [
                    "Náměstí Republiky (exteriér)",
                    "nám. Republiky, 301 00 Plzeň",
                    "přejezd po obědě v 13:30",
                ],
                "order": [
                    (0, "sraz štábu"),
                    (60, "Velký sál - ples, obraz 3/12"),
                    (360, "oběd, poté přejezd na náměstí"),
                    (420, "Náměstí - obraz 3/15"),
                ],
                "scenes": [
                    ("3/12", "I", "Velký sál - ples sládků", "N", "3", "1-4, kompars 60"),
                    ("3/13", "I", "Kavárna - obchod", "D", "1 2/8", "1, 2"),
                    ("3/15", "E", "Náměstí - průvod", "D", "1", "1, 3, kompars"),
                ],
                "cast": [("Karel Roubal", "baron"), ("Klára Svobodová", "Hermína")],
                "crew": _cz_crew(),
                "notes": ["Kompars: kostýmy od 5:30 na základně."],
                "footer": "Západočeská filmová · dispozice v2",
            },
        ),
        _cz(
            "ostrava",
            "Vysoká pec",
            D(2026, 11, 11),
            "08:00",
            {
                "time": "cz",
                "kind": "studentský film FAMU",
                "company": "FAMU / Kopec Film",
                "company_line": "Smetanovo nábř. 2, 116 65 Praha 1",
                "n": 2,
                "of": 5,
                "date_style": "cz_long",
                "call_label": "Sraz štábu na místě:",
                "set": "Vysoká pec č. 1, vyhlídková plošina",
                "base_note": "Parkování P1 u Trojhalí",
                "weather": "mlha, 4 °C",
                "order": [
                    (0, "sraz, bezpečnostní instruktáž (povinná)"),
                    (60, "plošina - obraz 7"),
                    (300, "oběd v Trojhalí"),
                    (360, "interiér dmychárny - obraz 9"),
                ],
                "scenes": [
                    ("7", "E", "Plošina - otec a syn", "D", "2", "1, 2"),
                    ("9", "I", "Dmychárna - ticho", "D", "1", "1"),
                ],
                "cast": [("Radim Sikora", "otec"), ("Filip Bartoš", "Tomáš")],
                "crew": _cz_crew(),
                "notes": ["Přilby a reflexní vesty povinné, výška nad 50 m."],
                "footer": "FAMU · studentská produkce · produkce 604 555 202",
            },
        ),
    ]


# --- near misses: dates, times and addresses, but not one shooting day's call sheet ----------


def _release() -> bytes:
    """A location release agreement for the Asheville short: dates, hours, address, signatures."""
    c = Canvas("letter", "times")
    W = c.width
    c.text(72, 72, "LOCATION RELEASE AGREEMENT", 15, bold=True)
    body = (
        'This agreement is made on March 30, 2026 between The Orange Peel LLC ("Owner"), of '
        '101 Biltmore Ave, Asheville, NC 28801, and Blue Ridge Shorts LLC ("Producer"), for the '
        "short film LAST CALL AT THE PEEL. Owner grants Producer and its cast and crew the right "
        "to enter the property and photograph, film and record the interior (main room and bar) "
        "on April 18 and April 19, 2026, from 8:00 AM to 7:00 PM each day, with set-up from 7:00 "
        "AM, and to use the footage in the picture and its advertising in all media worldwide in "
        "perpetuity. Producer will carry general liability insurance of $1,000,000, name Owner "
        "as additional insured, leave the property in the condition it was found and pay a "
        "location fee of $750.00 per day. Owner confirms it has the authority to sign. Either "
        "party may reschedule with 48 hours' notice in case of weather or illness."
    )
    y = 100.0
    for ln in wrap(c, body, 10.5, W - 144):
        c.text(72, y, ln, 10.5)
        y += 15
    y += 40
    for x, lab in [(72, "Owner / authorised signatory, date"), (330, "Producer, date")]:
        c.hline(x, x + 210, y, 0.6)
        c.text(x, y + 13, lab, 9)
    return c.output()


def _itinerary() -> bytes:
    """A crew travel itinerary for the Galway drama: flights, hotel, pickup times."""
    c = Canvas("A4", "helvetica")
    W = c.width
    c.text(40, 50, "TRAVEL ITINERARY - THE CLADDAGH (Block 2)", 13, bold=True)
    c.text(40, 64, "Corrib Television Ltd · travel co-ordinator: Lisa Hynes 087 555 0199", 8.5)
    c.hline(40, W - 40, 72, 0.8)
    rows = [
        ("Traveller", "Eamon Kerr (DoP), Orla Daly (1st AC)"),
        ("Outbound", "Sun 22 March 2026 · EI 3722 Dublin 18:40 - Shannon 19:25"),
        ("Pickup", "Driver: Mick, 19:45 at Shannon arrivals, to Galway (1h 15)"),
        ("Hotel", "The g Hotel, Wellpark, Galway H91 E8X8 · check in 22/03, out 28/03"),
        ("Per diem", "€40 per day, paid on arrival"),
        ("Return", "Sat 28 March 2026 · EI 3729 Shannon 09:10 - Dublin 09:55"),
        ("Pickup", "07:30 from hotel reception"),
    ]
    y = 96.0
    for lab, val in rows:
        c.text(40, y, lab, 9, bold=True)
        fit(c, 140, y, val, 9, W - 180)
        y += 16
    y += 16
    c.text(40, y, "Please keep all receipts. Call sheets are sent each evening by the 2nd AD.", 8.5)
    return c.output()


def _angebot() -> bytes:
    """A German equipment rental quote for the Leipzig feature: rental period, pickup, prices."""
    c = Canvas("A4", "sans")
    W = c.width
    c.text(40, 50, "Lichtwerk Verleih GmbH", 12, bold=True)
    c.text(40, 62, "Torgauer Str. 231, 04347 Leipzig · Tel. 0341 555 700", 8)
    c.text(40, 100, "Pleiße Film GmbH", 9)
    c.text(40, 111, "Karl-Heine-Str. 93, 04229 Leipzig", 9)
    c.right(W - 40, 100, "ANGEBOT Nr. 2026-0412", 11, bold=True)
    c.right(W - 40, 114, "Leipzig, 20.04.2026", 9)
    c.text(40, 146, "Projekt: „Die Halle am Kanal“ (Kinospielfilm)", 9.5, bold=True)
    c.text(40, 160, "Mietzeitraum: 11.05.2026 - 05.06.2026 (Abholung 08.05., 10:00 Uhr)", 9)
    y = 186.0
    fill(c, 40, y - 10, W - 80, 14, 225)
    for h, x in zip(["Pos.", "Artikel", "Menge", "Tage", "EP €", "GP €"],
                    [0, 30, 290, 330, 370, 430], strict=True):  # fmt: skip
        c.text(42 + x, y, h, 8, bold=True)
    items = [
        ("1", "ARRI SkyPanel S60-C", "4", "20", "85,00", "6.800,00"),
        ("2", "Aputure 1200d Pro", "2", "20", "70,00", "2.800,00"),
        ("3", "Stromaggregat 30 kVA", "1", "20", "120,00", "2.400,00"),
        ("4", "Kabel- und Verteilerpaket", "1", "20", "45,00", "900,00"),
    ]
    for row in items:
        y += 14
        for x, v in zip([0, 30, 290, 330, 370, 430], row, strict=True):
            c.text(42 + x, y, v, 8.5)
    y += 24
    c.right(W - 40, y, "Netto 12.900,00 €  ·  zzgl. 19 % MwSt.", 9, bold=True)
    y += 30
    c.text(40, y, "Rückgabe bis 06.06.2026, 12:00 Uhr. Gültig 14 Tage. Es gelten unsere AGB.", 8.5)
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet("other_location_release", "near_miss", "location release agreement", _release,
               OTHER),
        _sheet("other_travel_itinerary", "near_miss", "crew travel itinerary", _itinerary, OTHER),
        _sheet("other_rental_quote", "near_miss", "German equipment rental quote", _angebot,
               OTHER),
    ]  # fmt: skip


def sheets() -> list[Sheet]:
    return [
        *_gdoc_sheets(),
        *_mv_sheets(),
        *_de_sheets(),
        *_ie_sheets(),
        *_doc_sheets(),
        *_cz_sheets(),
        *_other_sheets(),
    ]
