"""Held-out families: layouts and vocabulary the reader was not improved against.

Each family follows a documented convention (CONVENTIONS.md, "Held-out families"): header-band
templates (StudioBinder / call-sheet apps), a left label column (Movie Magic / EP style),
Australian and New Zealand sheets, commercial one-pagers, music videos, student-film forms,
and a few German "Dispo" / French "feuille de service" sheets. Expected values come from the
same table the page is printed from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from tests.corpus.draw import Canvas
from tests.corpus.formats import PL_WEEKDAYS, add_minutes, date_text, ordinal, time_text
from tests.corpus.places import PLACES, Place, _p
from tests.corpus.sheet import Sheet, call_sheet, fit

D = dt.date

HOLD: dict[str, Place] = {
    "sydney": _p(
        "au",
        "Carriageworks",
        "245 Wilson St",
        "Eveleigh NSW 2015",
        -33.8935,
        151.1925,
        "Australia/Sydney",
        "Royal Prince Alfred Hospital",
        "50 Missenden Rd",
        "Camperdown NSW 2050",
        "(02) 9515 6111",
        "1 Codrington St",
        "Darlington NSW 2008",
    ),
    "melbourne": _p(
        "au",
        "Docklands Studios Melbourne",
        "476 Docklands Dr",
        "Docklands VIC 3008",
        -37.8150,
        144.9370,
        "Australia/Melbourne",
        "Royal Melbourne Hospital",
        "300 Grattan St",
        "Parkville VIC 3050",
        "(03) 9342 7000",
        "Harbour Esplanade",
        "Docklands VIC 3008",
    ),
    "wellington": _p(
        "nz",
        "Te Papa Tongarewa",
        "55 Cable St",
        "Te Aro, Wellington 6011",
        -41.2905,
        174.7820,
        "Pacific/Auckland",
        "Wellington Regional Hospital",
        "49 Riddiford St",
        "Newtown, Wellington 6021",
        "(04) 385 5999",
        "Jervois Quay",
        "Wellington 6011",
    ),
    "chicago": _p(
        "us",
        "Cinespace Chicago",
        "2621 W 15th Pl",
        "Chicago, IL 60608",
        41.8610,
        -87.6930,
        "America/Chicago",
        "Mount Sinai Hospital",
        "1500 S Fairfield Ave",
        "Chicago, IL 60608",
        "(773) 542-2000",
        "2600 W 16th St",
        "Chicago, IL 60608",
    ),
    "austin": _p(
        "us",
        "Austin Studios",
        "1901 E 51st St",
        "Austin, TX 78723",
        30.3050,
        -97.7000,
        "America/Chicago",
        "Dell Seton Medical Center",
        "1500 Red River St",
        "Austin, TX 78701",
        "(512) 324-7000",
        "1800 E 51st St",
        "Austin, TX 78723",
    ),
    "glasgow": _p(
        "uk",
        "The Barras",
        "244 Gallowgate",
        "Glasgow G4 0TT",
        55.8550,
        -4.2360,
        "Europe/London",
        "Glasgow Royal Infirmary",
        "84 Castle St",
        "Glasgow G4 0SF",
        "0141 211 4000",
        "Bain St",
        "Glasgow G40 2LA",
    ),
    "munich": _p(
        "de",
        "Bavaria Studios",
        "Bavariafilmplatz 7",
        "82031 Grünwald",
        48.0680,
        11.5350,
        "Europe/Berlin",
        "Klinikum Harlaching",
        "Sanatoriumsplatz 2",
        "81545 München",
        "+49 89 6210 0",
        "Geiselgasteigstr. 120",
        "82031 Grünwald",
    ),
    "hamburg": _p(
        "de",
        "Speicherstadt Block W",
        "Am Sandtorkai 30",
        "20457 Hamburg",
        53.5440,
        9.9890,
        "Europe/Berlin",
        "Asklepios Klinik St. Georg",
        "Lohmühlenstr. 5",
        "20099 Hamburg",
        "+49 40 181885 0",
        "Kehrwieder 2",
        "20457 Hamburg",
    ),
    "lyon": _p(
        "fr",
        "Institut Lumière",
        "25 Rue du Premier Film",
        "69008 Lyon",
        45.7450,
        4.8700,
        "Europe/Paris",
        "Hôpital Édouard Herriot",
        "5 Place d'Arsonval",
        "69003 Lyon",
        "+33 4 72 11 73 11",
        "Place Ambroise Courtois",
        "69008 Lyon",
    ),
}


def place(key: str) -> Place:
    return HOLD.get(key) or PLACES[key]


DE_WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August"]
DE_MONTHS += ["September", "Oktober", "November", "Dezember"]
FR_WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"]
FR_MONTHS += ["septembre", "octobre", "novembre", "décembre"]


def dtext(d: dt.date, style: str) -> str:
    """The corpus's date forms plus the held-out ones (all print the true weekday)."""
    extra = {
        "dmy_slash": f"{d:%d/%m/%Y}",  # AU/NZ numeric, no weekday
        "wd_dmy_slash": f"{d:%a} {d:%d/%m/%Y}",  # "Wed 04/03/2026"
        "us_abbrev": f"{d:%a}, {d:%b} {d.day}, {d.year}",  # "Fri, Nov 14, 2025"
        "wd_iso": f"{d:%A} {d.isoformat()}",
        "us_ordinal_short": f"{d:%a} {d:%b} {ordinal(d.day)}",  # no year
        "de_long": f"{DE_WEEKDAYS[d.weekday()]}, {d.day}. {DE_MONTHS[d.month - 1]} {d.year}",
        "fr_long": f"{FR_WEEKDAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month - 1]} {d.year}",
        "pl_wd_dots": f"{PL_WEEKDAYS[d.weekday()]} {d:%d.%m.%Y}",
    }
    return extra[style] if style in extra else date_text(d, style)


def ttext(hhmm: str, style: str) -> str:
    h, m = (int(x) for x in hhmm.split(":"))
    extra = {
        "au": f"{h % 12 or 12}.{m:02d}{'am' if h < 12 else 'pm'}",  # "7.30am"
        "de": f"{h:02d}:{m:02d} Uhr",
    }
    return extra[style] if style in extra else time_text(hhmm, style)


CREW = [
    ("Director", "Ana Ruiz", "555-0142"),
    ("Producer", "Tom Becker", "555-0187"),
    ("1st AD", "Priya Nair", "555-0123"),
    ("2nd AD", "Leo Grant", "555-0199"),
    ("DP", "Mika Sato", "555-0166"),
    ("Gaffer", "Sam Okafor", "555-0110"),
    ("Key Grip", "Jo Marsh", "555-0171"),
    ("Sound Mixer", "Ivy Chen", "555-0135"),
    ("HMU", "Rae Doyle", "555-0158"),
    ("Wardrobe", "Nils Berg", "555-0104"),
    ("Locations", "Ola Nowak", "555-0176"),
    ("PA", "Ben Ode", "555-0182"),
]


def crew_page(c: Canvas, title: str, *, calls: list[str]) -> None:
    """A second page: the crew list with phones and individual calls (rivals for the call)."""
    c.new_page()
    c.text(36, 44, f"{title} - CREW LIST (page 2 of 2)", 11, bold=True)
    c.text(36, 66, "POSITION", 8, bold=True)
    c.text(170, 66, "NAME", 8, bold=True)
    c.text(320, 66, "PHONE", 8, bold=True)
    c.text(440, 66, "CALL", 8, bold=True)
    for k, (role, name, phone) in enumerate(CREW):
        y = 82 + 14 * k
        c.text(36, y, role, 8.5)
        c.text(170, y, name, 8.5)
        c.text(320, y, phone, 8.5)
        c.text(440, y, calls[k % len(calls)], 8.5)


def hospital_lines(p: Place, n: int) -> list[str]:
    """The hospital as 1, 2 or 3 lines."""
    if n == 1:
        return [f"{p.hospital}, {p.hospital_address}  {p.hospital_phone}"]
    if n == 2:
        return [p.hospital, f"{p.hospital_address}  {p.hospital_phone}"]
    return [p.hospital, p.hospital_address, p.hospital_phone]


# --- holdout_header_band: three boxes across the top, the general call in the centre --------

BAND = [
    dict(key="chicago", title="WINTER ORCHARD", day=D(2026, 1, 22), call="07:30", ts="us_letter",
         ds="us_ordinal", label="GENERAL CREW CALL", hosp=3, page2=True),
    dict(key="vancouver", title="THE LONG ACRE", day=D(2025, 11, 20), call="06:45", ts="us",
         ds="us_short", label="CREW CALL", hosp=2, page2=False),
    dict(key="bow", title="BLUE HOUR", day=D(2026, 4, 16), call="08:00", ts="h24",
         ds="uk_long", label="Crew Call", hosp=1, page2=True),
]  # fmt: skip


def _band(g: dict[str, Any], p: Place, c: Canvas, rise: str, fall: str) -> None:
    ts, call = g["ts"], g["call"]
    w = c.width - 60
    bw = w / 3
    c.box(30, 30, bw, 96)
    c.box(30 + bw, 30, bw, 96, 1.5)
    c.box(30 + 2 * bw, 30, bw, 96)
    # left: title, company, key contacts
    fit(c, 36, 50, g["title"], 15, bw - 12, bold=True)
    c.text(36, 64, "Lantern House Pictures", 8)
    c.text(36, 80, "Director: Ana Ruiz", 7.5)
    c.text(36, 92, "Producer: Tom Becker  555-0187", 7.5)
    c.text(36, 104, "1st AD: Priya Nair  555-0123", 7.5)
    # centre: the general call, label above, value large
    cx = 30 + bw
    c.text(cx + 10, 48, g["label"], 9, bold=True)
    c.text(cx + 10, 82, ttext(call, ts), 26, bold=True)
    c.text(cx + 10, 100, f"Shooting Call {ttext(add_minutes(call, 60), ts)}", 7.5)
    c.text(cx + 10, 112, f"Breakfast {ttext(add_minutes(call, -30), ts)}", 7.5)
    # right: date, day, weather, sun
    rx = 30 + 2 * bw + 8
    c.right(30 + w - 8, 48, dtext(g["day"], g["ds"]), 9, bold=True)
    c.right(30 + w - 8, 62, "Day 6 of 18", 8)
    c.text(rx, 80, "Weather: Cloudy, 40% rain", 7.5)
    c.text(rx, 92, "High 41° / Low 29°", 7.5)
    c.text(rx, 104, f"Sunrise {ttext(rise, ts)}", 7.5)
    c.text(rx, 116, f"Sunset {ttext(fall, ts)}", 7.5)
    # locations in three columns, headings above
    y = 150
    c.hline(30, 30 + w, y - 12, 1)
    for k, (head, lines) in enumerate(
        [
            ("LOCATION", [p.name, p.street, p.city]),
            ("PARKING / BASECAMP", [p.base_street, p.base_city]),
            ("NEAREST HOSPITAL", hospital_lines(p, g["hosp"])),
        ]
    ):
        c.text(36 + k * bw, y, head, 8, bold=True)
        for j, line in enumerate(lines):
            fit(c, 36 + k * bw, y + 14 + 11 * j, line, 8, bw - 12)
    y = 212
    c.hline(30, 30 + w, y - 12, 1)
    c.text(36, y, "SC", 8, bold=True)
    c.text(70, y, "SET / DESCRIPTION", 8, bold=True)
    c.text(360, y, "CAST", 8, bold=True)
    c.text(420, y, "PGS", 8, bold=True)
    for k, row in enumerate(
        [("12", "INT. BARN - DAY - Lena finds the letter", "1, 2", "2 1/8"),
         ("14", "EXT. ORCHARD - DAY - the first frost", "1", "6/8")]
    ):  # fmt: skip
        for x, v in zip((36, 70, 360, 420), row, strict=True):
            c.text(x, y + 14 * (k + 1), v, 8)
    c.text(36, y + 60, "NOTES: Closed set after lunch. Layers and boots; the orchard is muddy.", 8)
    if g["page2"]:
        crew_page(c, g["title"], calls=[ttext(add_minutes(call, m), ts) for m in (-30, 0, 30)])


# --- holdout_label_column: Movie Magic / EP style, labels in a left column -------------------

COLUMN = [
    dict(key="austin", title="LAST TRAIN HOME", day=D(2026, 3, 12), call="07:00", ts="military",
         ds="us_numeric", label="Call Time", hosp=3),
    dict(key="toronto2", title="PAPER KITES", day=D(2025, 11, 14), call="06:30", ts="us",
         ds="mon_slash_yy", label="CALL", hosp=2),
    dict(key="lodz", title="GREY MORNING", day=D(2026, 5, 19), call="07:30", ts="dot",
         ds="pl_dots", label="Unit Call", hosp=3),
]  # fmt: skip


def _column(g: dict[str, Any], p: Place, c: Canvas, rise: str, fall: str) -> None:
    ts, call = g["ts"], g["call"]
    c.text(40, 44, g["title"], 16, bold=True)
    c.right(c.width - 40, 44, "CALL SHEET #9", 10, bold=True)
    c.hline(40, c.width - 40, 52, 1)
    c.vline(130, 60, 330)
    rows: list[tuple[str, list[str]]] = [
        ("Date", [dtext(g["day"], g["ds"])]),
        ("Shoot Day", ["9 of 24"]),
        (g["label"], [ttext(call, ts)]),
        ("Shooting Call", [ttext(add_minutes(call, 75), ts)]),
        ("Lunch", [ttext(add_minutes(call, 360), ts)]),
        ("Est. Wrap", [ttext(add_minutes(call, 720), ts)]),
        ("Set", [p.name, p.address]),
        ("Parking", [p.base]),
        ("Hospital", hospital_lines(p, g["hosp"])),
        ("Sunrise / Sunset", [f"{ttext(rise, ts)} / {ttext(fall, ts)}"]),
        ("Weather", ["Sunny, high 22, low 11, wind 10 km/h"]),
    ]
    y = 72.0
    for label, lines in rows:
        c.right(122, y, label, 8.5, bold=True)  # right-aligned against the rule
        for j, line in enumerate(lines):
            c.text(140, y + 11 * j, line, 9)
        y += 11 * len(lines) + 7
    c.text(40, y + 20, "SCENE  SET                              D/N  PAGES  CAST", 8, bold=True)
    c.text(40, y + 34, "23     INT. STATION CAFE                D    1 4/8  1, 4", 8)
    c.text(40, y + 46, "24     EXT. PLATFORM 2                  D    3/8    1", 8)
    c.text(40, y + 70, "Advance: Day 10 - EXT. RAIL YARD - Call 06:00", 8)


# --- holdout_au_nz: Australian / New Zealand sheets --------------------------------------------

AU = [
    dict(key="sydney", title="SALT & PINE", day=D(2026, 3, 4), call="07:30", ts="au",
         ds="wd_dmy_slash", label="Unit Call", hosp=2),
    dict(key="melbourne", title="IRON BRIDGE", day=D(2026, 3, 19), call="07:00", ts="military",
         ds="uk_long", label="General Crew Call", hosp=3),
    dict(key="wellington", title="MIDNIGHT FERRY", day=D(2026, 2, 17), call="06:15", ts="us_lower",
         ds="dmy_slash", label="Crew Call:", hosp=1),
]  # fmt: skip


def _au(g: dict[str, Any], p: Place, c: Canvas, rise: str, fall: str) -> None:
    ts, call = g["ts"], g["call"]
    x = 36.0
    c.text(x, 40, "Southern Light Productions Pty Ltd", 8)
    c.text(x, 62, g["title"], 18, bold=True)
    c.right(c.width - 36, 62, "Call Sheet 11  |  Day 11 of 32", 9)
    c.text(x, 84, dtext(g["day"], g["ds"]), 11, bold=True)
    y = 108.0
    left = [
        ("HMU / Wardrobe", ttext(add_minutes(call, -60), ts)),
        (g["label"].rstrip(":"), ttext(call, ts)),
        ("Shooting Call", ttext(add_minutes(call, 60), ts)),
        ("Lunch", ttext(add_minutes(call, 330), ts)),
        ("Est. Wrap", ttext(add_minutes(call, 630), ts)),
    ]
    right = [
        ("First Light", ttext(add_minutes(rise, -27), ts)),
        ("Sunrise", ttext(rise, ts)),
        ("Sunset", ttext(fall, ts)),
        ("Forecast", "Fine, 26° max, UV very high"),
    ]
    for k, (label, value) in enumerate(left):
        colon = ":" if g["label"].endswith(":") else ""
        bold = label.startswith(("Unit", "Gen", "Crew"))
        c.text(x, y + 14 * k, f"{label}{colon}", 9.5, bold=bold)
        c.text(x + 120, y + 14 * k, value, 9.5)
    for k, (label, value) in enumerate(right):
        c.text(330, y + 14 * k, label, 9.5)
        c.text(420, y + 14 * k, value, 9.5)
    y += 14 * len(left) + 16
    c.text(x, y, "LOCATION", 10, bold=True)
    c.text(x + 120, y, p.name, 9.5)
    c.text(x + 120, y + 12, p.street, 9.5)
    c.text(x + 120, y + 24, p.city, 9.5)
    y += 44
    c.text(x, y, "UNIT BASE", 10, bold=True)
    c.text(x + 120, y, f"{p.base_street}, {p.base_city}", 9.5)
    y += 22
    c.text(x, y, "NEAREST HOSPITAL", 10, bold=True)
    for j, line in enumerate(hospital_lines(p, g["hosp"])):
        c.text(x + 120, y + 12 * j, line, 9.5)
    y += 12 * g["hosp"] + 14
    c.text(x, y, "Emergency: 000 (AU) / 111 (NZ).  Sunscreen and hats on set at all times.", 8)
    c.text(x, y + 26, "SC 33  EXT. HARBOUR WALK - DAY   1 2/8   1, 3", 9)
    c.text(x, y + 40, "SC 35  INT. FERRY CABIN - DAY    4/8     1", 9)
    crew_page(c, g["title"], calls=[ttext(add_minutes(call, m), ts) for m in (-60, 0, 15)])


# --- holdout_commercial: production company one-pagers ---------------------------------------

COMMERCIAL = [
    dict(key="la", title="SUNDAY DRIVE", day=D(2025, 11, 14), call="07:00", ts="us",
         ds="us_abbrev", client="Pacific Auto Group", agency="Brightline"),
    dict(key="brooklyn", title="FRESH START", day=D(2026, 4, 23), call="06:00", ts="us_letter",
         ds="iso", client="Hudson Bagel Co.", agency="North & Ninth"),
    dict(key="toronto3", title="COLD BREW", day=D(2026, 1, 16), call="08:30", ts="us_lower",
         ds="mon_slash_yy", client="Lakeside Coffee", agency="Field Day"),
]  # fmt: skip


def _commercial(g: dict[str, Any], p: Place, c: Canvas, rise: str, fall: str) -> None:
    ts, call = g["ts"], g["call"]
    x, w = 30.0, c.width - 60
    c.text(x, 36, "HALF MOON FILMS  ·  1200 Production Way  ·  hello@halfmoon.example", 7)
    c.text(x, 64, f"{g['title']}  -  :30 / :15 TV", 18, bold=True)
    c.text(x, 80, f"CLIENT {g['client']}   AGENCY {g['agency']}   JOB # HM-{g['day']:%y}-07", 8)
    # big call box at top right, the value ABOVE its label
    c.box(x + w - 130, 44, 130, 52, 1.5)
    c.text(x + w - 120, 74, ttext(call, ts), 22, bold=True)
    c.text(x + w - 120, 88, "CREW CALL", 7, bold=True)
    c.right(x + w, 110, dtext(g["day"], g["ds"]), 10, bold=True)
    # key/value table: label cells left, values right-aligned in their cells
    rows = [
        ("Talent Call", [ttext(add_minutes(call, 90), ts)]),
        ("First Shot", [ttext(add_minutes(call, 120), ts)]),
        ("Lunch", [ttext(add_minutes(call, 360), ts)]),
        ("Wrap (est.)", [ttext(add_minutes(call, 660), ts)]),
        ("Sunrise", [ttext(rise, ts)]),
        ("Sunset", [ttext(fall, ts)]),
        ("Shoot Location", [p.name, p.address]),
        ("Crew Parking", [p.base]),
        ("Nearest ER", [p.hospital, f"{p.hospital_address} {p.hospital_phone}"]),
    ]
    y = 124.0
    vx1 = x + 380
    for label, lines in rows:
        h = 14 * len(lines) + 4
        c.box(x, y, 120, h)
        c.box(x + 120, y, 260, h)
        c.text(x + 4, y + 11, label, 8.5, bold=True)
        for j, line in enumerate(lines):
            c.right(vx1 - 4, y + 11 + 14 * j, line, 8.5)
        y += h
    c.text(x + 396, 136, "CONTACTS", 8, bold=True)
    for k, (role, name, phone) in enumerate(CREW[:8]):
        c.text(x + 396, 150 + 12 * k, f"{role}: {name}", 7)
        c.right(x + w, 150 + 12 * k, phone, 7)
    c.text(x, y + 24, "SCHEDULE", 9, bold=True)
    c.text(x, y + 38, f"{ttext(add_minutes(call, 120), ts)}  Shot 1 - hero drive-by", 8)
    c.text(x, y + 50, f"{ttext(add_minutes(call, 240), ts)}  Shot 2 - interior dialogue", 8)
    c.text(x, y + 74, "Client and agency on set from talent call. No social media posts.", 8)


# --- holdout_music_video: artist / song, several locations, military times -------------------

MUSIC = [
    dict(key="glasgow", title="NEON TIDE", artist="The Lanterns", day=D(2026, 5, 14),
         call="09:00", ts="h24", ds="uk_short", label="Call Time",
         second=("St Luke's", "17 Bain St", "Glasgow G40 2JZ")),
    dict(key="krakow", title="ZIMNE ŚWIATŁO", artist="Mira K.", day=D(2026, 6, 2),
         call="10:00", ts="h24", ds="iso", label="CALL",
         second=("Kładka Bernatka", "Bulwar Podolski", "30-518 Kraków")),
    dict(key="la", title="DESERT RADIO", artist="Juniper Hale", day=D(2026, 8, 13),
         call="05:30", ts="military", ds="us_long", label="Crew Call",
         second=("Vasquez Rocks", "10700 W Escondido Canyon Rd", "Agua Dulce, CA 91350")),
]  # fmt: skip


def _music(g: dict[str, Any], p: Place, c: Canvas, rise: str, fall: str) -> None:
    ts, call = g["ts"], g["call"]
    cx = c.width / 2
    title = g["title"]
    c._font(title, 16, True, None)
    c.text(cx - c.pdf.get_string_width(title) / 2, 48, title, 16, bold=True)
    sub = f"{g['artist']}  -  MUSIC VIDEO CALL SHEET"
    c._font(sub, 9, False, None)
    c.text(cx - c.pdf.get_string_width(sub) / 2, 64, sub, 9)
    c.hline(36, c.width - 36, 74, 1)
    # a centred row of label/value pairs
    pairs = [
        ("DATE", dtext(g["day"], g["ds"])),
        (g["label"], ttext(call, ts)),
        ("ARTIST CALL", ttext(add_minutes(call, 120), ts)),
        ("WRAP", ttext(add_minutes(call, 720), ts)),
    ]
    cw = (c.width - 72) / 4
    for k, (label, value) in enumerate(pairs):
        c.text(40 + k * cw, 90, label, 7.5, bold=True)
        fit(c, 40 + k * cw, 106, value, 11, cw - 8, bold=True)
    c.hline(36, c.width - 36, 116, 0.5)
    y = 136.0
    name2, street2, city2 = g["second"]
    blocks = [
        ("LOCATION A (performance)", [p.name, p.street, p.city]),
        (f"LOCATION B (company move {ttext(add_minutes(call, 420), ts)})", [name2, street2, city2]),
        ("HOSPITAL", [p.hospital, p.hospital_address, p.hospital_phone]),
    ]
    for k, (label, lines) in enumerate(blocks):
        bx = 40 + k * (c.width - 72) / 3
        c.text(bx, y, label, 7.5, bold=True)
        for j, line in enumerate(lines):
            fit(c, bx, y + 13 + 11 * j, line, 8.5, (c.width - 72) / 3 - 10)
    y += 64
    c.text(40, y, f"SUNRISE {ttext(rise, ts)}   SUNSET {ttext(fall, ts)}   WEATHER: overcast", 8)
    c.text(40, y + 26, "SCHEDULE", 9, bold=True)
    for k, (t, what) in enumerate(
        [(0, "Load in, pre-light"), (120, "Artist in HMU"), (180, "Performance passes 1-6"),
         (300, "Lunch"), (420, "Company move to Location B"), (480, "Narrative set-ups")]
    ):  # fmt: skip
        c.text(40, y + 40 + 12 * k, f"{ttext(add_minutes(call, t), ts)}   {what}", 8)
    c.text(40, y + 126, "Playback: bring in-ear monitors. Haze in use at Location A.", 8)
    crew_page(c, g["title"], calls=[ttext(call, ts), ttext(add_minutes(call, 60), ts)])


# --- holdout_student: fill-in form templates of film schools ---------------------------------

STUDENT = [
    dict(key="atlanta", title="THE KEY UNDER THE MAT", day=D(2026, 4, 11), call="08:00",
         ts="us_lower", ds="us_numeric"),
    dict(key="manchester", title="PAPER BOATS", day=D(2025, 10, 25), call="09:30",
         ts="h24", ds="dmy_slash"),
    dict(key="warszawa", title="OSTATNI TRAMWAJ", day=D(2026, 3, 21), call="08:00",
         ts="h24", ds="iso"),
]  # fmt: skip


def _student(g: dict[str, Any], p: Place, c: Canvas, rise: str, fall: str) -> None:
    ts, call = g["ts"], g["call"]
    c.text(50, 50, "CALL SHEET", 20, bold=True)
    c.text(50, 66, "Film Production I  -  Student Production Template", 8)
    rows = [
        ("Production Title:", g["title"]),
        ("Director:", "Maya Lind   (555) 010-4477"),
        ("Producer:", "Jonah Price   (555) 010-9921"),
        ("Date of Shoot:", dtext(g["day"], g["ds"])),
        ("Crew Call:", ttext(call, ts)),
        ("Cast Call:", ttext(add_minutes(call, 60), ts)),
        ("Location:", p.address),
        ("Location Contact:", "Site manager  (555) 010-3030"),
        ("Nearest Hospital:", f"{p.hospital} - {p.hospital_address}"),
        ("Sunrise:", ttext(rise, ts)),
        ("Sunset:", ttext(fall, ts)),
        ("Weather:", "Showers, 12°C"),
    ]
    y = 100.0
    for label, value in rows:
        c.text(50, y, label, 10, bold=True)
        fit(c, 170, y - 1, value, 10, c.width - 220)
        c.hline(168, c.width - 50, y + 3, 0.3)  # the form's fill-in rule
        y += 22
    c.text(50, y + 16, "Scenes: 3, 4, 7 (INT. FLAT - NIGHT)   Props: key, doormat, umbrella", 9)
    c.text(50, y + 32, "Bring your student ID. Equipment checkout from the cage by 6 pm.", 8)


# --- holdout_dispo_fr: German Dispo and French feuille de service (review expected) ---------

DISPO = [
    dict(key="munich", title="DAS STILLE HAUS", day=D(2026, 3, 18), call="07:00", lang="de",
         start="Arbeitsbeginn Team", shoot="Drehbeginn"),
    dict(key="hamburg", title="HAFENKINDER", day=D(2025, 10, 9), call="06:30", lang="de",
         start="Treffpunkt Team", shoot="Drehbeginn"),
    dict(key="lyon", title="LA DERNIÈRE SÉANCE", day=D(2026, 3, 19), call="07:30", lang="fr",
         start="Rendez-vous équipe", shoot="PAT"),
]  # fmt: skip


def _dispo(g: dict[str, Any], p: Place, c: Canvas, rise: str, fall: str) -> None:
    de = g["lang"] == "de"
    call = g["call"]
    ts = "de" if de else "h"

    def t(m: int) -> str:
        return ttext(add_minutes(call, m), ts)

    x = 40.0
    c.text(x, 40, "Nordlicht Filmproduktion GmbH" if de else "Films du Rhône SAS", 8)
    c.text(x, 64, g["title"], 17, bold=True)
    head = "TAGESDISPOSITION Nr. 14" if de else "FEUILLE DE SERVICE N° 14"
    c.right(c.width - 40, 64, head, 10, bold=True)
    day = dtext(g["day"], "de_long" if de else "fr_long")
    c.text(x, 86, f"{'Drehtag 14 von 28' if de else 'Jour 14 sur 28'}   -   {day}", 10)
    times = (
        [("Maske / Kostüm", t(-60)), (g["start"], t(0)), (g["shoot"], t(90)),
         ("Mittagspause", t(360)), ("Drehschluss ca.", t(660))]
        if de
        else [("HMC", t(-60)), (g["start"], t(0)), (f"{g['shoot']} (prêt à tourner)", t(90)),
              ("Cantine", t(360)), ("Fin de journée", t(660))]
    )  # fmt: skip
    y = 112.0
    for label, value in times:
        c.text(x, y, label, 9.5, bold=label == g["start"])
        c.text(x + 170, y, value, 9.5)
        y += 14
    sun = (
        [("Sonnenaufgang", ttext(rise, ts)), ("Sonnenuntergang", ttext(fall, ts))]
        if de
        else [("Lever du soleil", ttext(rise, ts)), ("Coucher du soleil", ttext(fall, ts))]
    )
    for k, (label, value) in enumerate(sun):
        c.text(330, 112 + 14 * k, label, 9.5)
        c.text(440, 112 + 14 * k, value, 9.5)
    c.text(330, 140, "Wetter: bewölkt, 9 °C" if de else "Météo : nuageux, 11 °C", 9.5)
    y += 14
    blocks = (
        [("Motiv", [p.name, p.address]), ("Basis / Parken", [p.base]),
         ("Nächstes Krankenhaus", [p.hospital, p.hospital_address, p.hospital_phone])]
        if de
        else [("Décor", [p.name, p.address]), ("Loges / Cantine / Parking", [p.base]),
              ("Hôpital le plus proche", [p.hospital, p.hospital_address, p.hospital_phone])]
    )  # fmt: skip
    for label, lines in blocks:
        c.text(x, y, label, 9.5, bold=True)
        for j, line in enumerate(lines):
            c.text(x + 170, y + 12 * j, line, 9.5)
        y += 12 * len(lines) + 10
    c.text(x, y + 10, "Bild  Motiv                   T/N   Seiten  Rollen" if de
           else "Séq.  Décor                   J/N   Pages   Rôles", 8, bold=True)  # fmt: skip
    c.text(x, y + 24, "41    INT. KÜCHE              T     1 2/8   1, 3" if de
           else "41    INT. CUISINE            J     1 2/8   1, 3", 8)  # fmt: skip


FAMILIES: list[tuple[str, str, list[dict[str, Any]], Callable[..., None], str]] = [
    ("holdout_header_band", "header band, general call boxed in the centre", BAND, _band, "letter"),
    ("holdout_label_column", "left label column, values after a rule", COLUMN, _column, "letter"),
    ("holdout_au_nz", "Australian / NZ sheet", AU, _au, "A4"),
    ("holdout_commercial", "commercial one-pager, value above label", COMMERCIAL, _commercial,
     "letter"),
    ("holdout_music_video", "music video, two locations", MUSIC, _music, "A4"),
    ("holdout_student", "student fill-in form", STUDENT, _student, "letter"),
    ("holdout_dispo_fr", "German Dispo / French feuille de service", DISPO, _dispo, "A4"),
]  # fmt: skip


def _sheet(family: str, layout: str, i: int, g: dict[str, Any], draw: Callable[..., None],
           page: str) -> Sheet:  # fmt: skip
    p = place(g["key"])
    rise, fall = p.sun(g["day"])

    def make() -> bytes:
        c = Canvas(page, "helvetica")
        draw(g, p, c, rise, fall)
        return c.output()

    return Sheet(f"{family}_{i}", family, f"{layout} ({g['key']})", make,
                 call_sheet(g["title"], g["day"], g["call"], p))  # fmt: skip


def sheets() -> list[Sheet]:
    return [
        _sheet(family, layout, i, g, draw, page)
        for family, layout, table, draw, page in FAMILIES
        for i, g in enumerate(table)
    ]
