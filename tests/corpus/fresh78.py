"""Seventy-ninth held-out set: call sheets as a crew member in the UK, Ireland, Australia or New
Zealand receives them, in towns not yet in the corpus (`fresh78_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh78"). UK high-end TV drama unit call sheets from a Movie Magic /
Setkeeper-style template: call sheet number, UNIT CALL box, Sunrise / Sunset / Weather, LOCATION /
UNIT BASE / NEAREST A&E cells, scenes, artists' P/UP - M/UP - COST - ON SET, crew (Seaham,
Saltburn-by-the-Sea, Skegness); UK commercials on an APA-style production company sheet: client,
agency, director, 'CALL TIME 7.30am on location', a running order and the APA / Film Safety
footer (Littlehampton, Seaford, Folkestone); Irish features under Screen Ireland with UNIT BASE,
UNIT CALL, nearest Emergency Department and a Garda permit line (Kenmare, Dungarvan, Ballina);
Australian drama series on an SPA / MEAA-style sheet: CREW CALL, a Weather / First Light /
Sunrise / Sunset / Last Light strip, LOCATION / UNIT BASE / NEAREST HOSPITAL (ED) and a
SafeWork note (Mudgee, Kiama, Castlemaine); New Zealand features with ScreenSafe hazard notes,
LOCATION / UNIT BASE / NEAREST HOSPITAL and '7.30am' times (Raglan, Matamata, Arrowtown); UK
factual small-crew one-page itineraries (Hay-on-Wye, Crickhowell, Ilfracombe). Three near
misses, all `other`: an NHS day-surgery admission letter, a hot-air balloon flight confirmation
and a primary school's photo day schedule.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from zoneinfo import ZoneInfo

from astral import Observer
from astral.sun import sun

from tests.corpus.draw import centre
from tests.corpus.formats import add_minutes
from tests.corpus.fresh_common import (
    boxed_cells,
    clock,
    date_or,
    fill,
    grey_text,
    head_table,
    hospital_lines,
    label_rows,
    page,
    sheet_maker,
    time_or,
    timed_rows,
    titled_notes,
)
from tests.corpus.fresh_skeletons import Day, family, footer, near_miss_page, near_misses
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date

P: dict[str, Place] = {
    # (1) UK high-end TV drama, North East England and Lincolnshire coast
    "seaham": _p(
        "uk",
        "Seaham Harbour Marina",
        "North Dock",
        "Seaham SR7 7EE",
        54.8387,
        -1.3295,
        "Europe/London",
        "Sunderland Royal Hospital",
        "Kayll Road",
        "Sunderland SR4 7TP",
        "0191 565 6256",
        "Terrace Green car park, North Terrace",
        "Seaham SR7 7EU",
    ),
    "saltburn": _p(
        "uk",
        "Saltburn Pier",
        "Lower Promenade",
        "Saltburn-by-the-Sea TS12 1HQ",
        54.5848,
        -0.9737,
        "Europe/London",
        "The James Cook University Hospital",
        "Marton Road",
        "Middlesbrough TS4 3BW",
        "01642 850850",
        "Cat Nab car park, Saltburn Bank",
        "Saltburn-by-the-Sea TS12 1HH",
    ),
    "skegness": _p(
        "uk",
        "Skegness Pier",
        "Grand Parade",
        "Skegness PE25 2UE",
        53.1436,
        0.3450,
        "Europe/London",
        "Pilgrim Hospital",
        "Sibsey Road",
        "Boston PE21 9QS",
        "01205 364801",
        "Tower Esplanade car park",
        "Skegness PE25 3HH",
    ),
    # (2) UK commercial, Sussex and Kent coast
    "littlehampton": _p(
        "uk",
        "East Beach Cafe",
        "Sea Road",
        "Littlehampton BN17 5GB",
        50.8030,
        -0.5366,
        "Europe/London",
        "Worthing Hospital",
        "Lyndhurst Road",
        "Worthing BN11 2DH",
        "01903 205111",
        "Coastguard Road car park",
        "Littlehampton BN17 5LL",
    ),
    "seaford": _p(
        "uk",
        "Splash Point",
        "The Esplanade",
        "Seaford BN25 1JL",
        50.7696,
        0.1094,
        "Europe/London",
        "Eastbourne District General Hospital",
        "Kings Drive",
        "Eastbourne BN21 2UD",
        "0300 131 4500",
        "The Salts car park, The Causeway",
        "Seaford BN25 2RH",
    ),
    "folkestone": _p(
        "uk",
        "The Harbour Arm",
        "Folkestone Harbour",
        "Folkestone CT20 1QH",
        51.0786,
        1.1903,
        "Europe/London",
        "William Harvey Hospital",
        "Kennington Road, Willesborough",
        "Ashford TN24 0LZ",
        "01233 633331",
        "Marine Parade car park",
        "Folkestone CT20 1PX",
    ),
    # (3) Irish feature, Munster and Connacht
    "kenmare": _p(
        "ie",
        "Kenmare Pier",
        "Pier Road",
        "Kenmare, Co. Kerry",
        51.8790,
        -9.5830,
        "Europe/Dublin",
        "University Hospital Kerry",
        "Rathass",
        "Tralee, Co. Kerry",
        "066 718 4000",
        "Fair Green car park",
        "Kenmare, Co. Kerry",
    ),
    "dungarvan": _p(
        "ie",
        "Dungarvan Castle",
        "Castle Street",
        "Dungarvan, Co. Waterford",
        52.0880,
        -7.6180,
        "Europe/Dublin",
        "University Hospital Waterford",
        "Dunmore Road",
        "Waterford X91 ER8E",
        "051 848 000",
        "Davitt's Quay car park",
        "Dungarvan, Co. Waterford",
    ),
    "ballina": _p(
        "ie",
        "Ballina Quay",
        "The Quay Road",
        "Ballina, Co. Mayo",
        54.1290,
        -9.1410,
        "Europe/Dublin",
        "Mayo University Hospital",
        "Westport Road",
        "Castlebar, Co. Mayo F23 H529",
        "094 902 1733",
        "Belleek Woods car park, Belleek Road",
        "Ballina, Co. Mayo",
    ),
    # (4) Australian drama series, regional NSW and Victoria
    "mudgee": _p(
        "au",
        "Mudgee Railway Station",
        "Inglis Street",
        "Mudgee NSW 2850",
        -32.5990,
        149.5880,
        "Australia/Sydney",
        "Mudgee Hospital",
        "Meares Street",
        "Mudgee NSW 2850",
        "(02) 6378 6222",
        "Mudgee Showground, Douro Street",
        "Mudgee NSW 2850",
    ),
    "kiama": _p(
        "au",
        "Kiama Lighthouse",
        "Blowhole Point Road",
        "Kiama NSW 2533",
        -34.6720,
        150.8630,
        "Australia/Sydney",
        "Shellharbour Hospital",
        "15-17 Madigan Boulevard",
        "Mount Warrigal NSW 2528",
        "(02) 4295 2500",
        "Kiama Showground, Bong Bong Street",
        "Kiama NSW 2533",
    ),
    "castlemaine": _p(
        "au",
        "Castlemaine Botanical Gardens",
        "Walker Street",
        "Castlemaine VIC 3450",
        -37.0580,
        144.2130,
        "Australia/Melbourne",
        "Bendigo Hospital",
        "100 Barnard Street",
        "Bendigo VIC 3550",
        "(03) 5454 6000",
        "Camp Reserve, Forest Street",
        "Castlemaine VIC 3450",
    ),
    # (5) New Zealand feature / series, Waikato and Otago
    "raglan": _p(
        "nz",
        "Raglan Wharf",
        "Wallis Street",
        "Raglan 3225",
        -37.8030,
        174.8760,
        "Pacific/Auckland",
        "Waikato Hospital",
        "Pembroke Street",
        "Hamilton 3204",
        "07 839 8899",
        "Kopua Domain, Marine Parade",
        "Raglan 3225",
    ),
    "matamata": _p(
        "nz",
        "Firth Tower Historical Museum",
        "Tower Road",
        "Matamata 3400",
        -37.8040,
        175.7780,
        "Pacific/Auckland",
        "Waikato Hospital",
        "Pembroke Street",
        "Hamilton 3204",
        "07 839 8899",
        "Matamata Domain, Firth Street",
        "Matamata 3400",
    ),
    "arrowtown": _p(
        "nz",
        "Arrowtown Chinese Settlement",
        "Buckingham Street",
        "Arrowtown 9302",
        -44.9400,
        168.8300,
        "Pacific/Auckland",
        "Lakes District Hospital",
        "20 Douglas Street, Frankton",
        "Queenstown 9300",
        "03 441 0015",
        "Jack Reid Park, Centennial Avenue",
        "Arrowtown 9302",
    ),
    # (6) UK factual / entertainment, small crew: Welsh borders and North Devon
    "hay": _p(
        "uk",
        "Hay Castle",
        "Oxford Road",
        "Hay-on-Wye HR3 5DG",
        52.0740,
        -3.1260,
        "Europe/London",
        "Hereford County Hospital",
        "Union Walk",
        "Hereford HR1 2ER",
        "01432 355444",
        "Oxford Road car park",
        "Hay-on-Wye HR3 5AE",
    ),
    "crickhowell": _p(
        "uk",
        "Crickhowell Bridge",
        "Bridge Street",
        "Crickhowell NP8 1AR",
        51.8580,
        -3.1380,
        "Europe/London",
        "The Grange University Hospital",
        "Caerleon Road, Llanfrechfa",
        "Cwmbran NP44 8YN",
        "01633 493100",
        "Beaufort Street car park",
        "Crickhowell NP8 1AD",
    ),
    "ilfracombe": _p(
        "uk",
        "Ilfracombe Harbour",
        "The Quay",
        "Ilfracombe EX34 9EQ",
        51.2100,
        -4.1140,
        "Europe/London",
        "North Devon District Hospital",
        "Raleigh Park",
        "Barnstaple EX31 4JB",
        "01271 322577",
        "Pier car park, The Quay",
        "Ilfracombe EX34 9EQ",
    ),
}


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "uk_am": f"{h12}.{m:02d}{ap.lower()}",  # "7.30am" (UK / NZ commercials and features)
        "uk_dot24": f"{h:02d}.{m:02d}",  # "07.30"
        "au_am": f"{h12}:{m:02d}am" if h < 12 else f"{h12}:{m:02d}pm",  # "7:30am"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "caps_uk": f"{d:%A} {d.day} {d:%B} {d.year}".upper(),  # "TUESDAY 16 MARCH 2027"
        "slash": f"{d:%a} {d:%d/%m/%Y}",  # "Tue 16/03/2027"
        "comma": f"{d:%A}, {d.day} {d:%B} {d.year}",  # "Tuesday, 16 March 2027"
        "ga_en": f"{_GA_WD[d.weekday()]} {d.day} {_GA_MON[d.month - 1]} {d.year} / "
        f"{d:%A} {d.day} {d:%B} {d.year}",  # Irish over English, a Gaeltacht sheet
    }
    return date_or(forms, d, style)


_GA_WD = ["Dé Luain", "Dé Máirt", "Dé Céadaoin", "Déardaoin", "Dé hAoine", "Dé Sathairn"]
_GA_WD += ["Dé Domhnaigh"]
_GA_MON = ["Eanáir", "Feabhra", "Márta", "Aibreán", "Bealtaine", "Meitheamh", "Iúil"]
_GA_MON += ["Lúnasa", "Meán Fómhair", "Deireadh Fómhair", "Samhain", "Nollaig"]

_sheet = sheet_maker("fresh78")
_table = partial(head_table, size=7.5, lead=12, ruled=True)
_family = partial(family, _sheet, P)


def _calls(call: str, t: str, rows: list[tuple[str, int]]) -> list[tuple[str, str]]:
    """(label, minutes from the crew call) as (label, time written in style t)."""
    return [(lab, hm(add_minutes(call, off), t)) for lab, off in rows]


def _cast(call: str, t: str, cast: list[tuple[str, str, str, int]], steps: list[int]):
    """Artists' rows: number, artist, character, then a time per step from their own offset."""
    return [(n, a, ch, *(hm(add_minutes(call, o + s), t) for s in steps)) for n, a, ch, o in cast]


# --- (1) UK high-end TV drama: Movie Magic / Setkeeper-style unit call sheet, A4 ---------------


@_family(
    "uk_ne_hetv_unit_callsheet",
    "UK high-end TV drama unit call sheet, A4, Movie Magic / Setkeeper-style: company and "
    "production office left, the series title centred over the episode / block, 'CALL SHEET No.' "
    "and the date right; three boxes: UNIT CALL (big) with breakfast and shooting call, "
    "Sunrise / Sunset / Weather, key contacts; LOCATION / UNIT BASE / NEAREST A&E cells; "
    "SC / SET / D/N / PAGES / CAST / SYNOPSIS; artists P/UP / M/UP / COST / ON SET; notes",
    name="hetv_{key}",
)
def _hetv(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("a4", "helvetica", margin=28.0)
    c.text(x0, 36, g["company"], 9, bold=True)
    grey_text(c, x0, 47, g["office"], 6.5)
    centre(c, 40, title.upper(), 18)
    centre(c, 54, g["episode"], 8.5, bold=False)
    c.right(right, 36, f"CALL SHEET No. {g['number']}", 10, bold=True)
    c.right(right, 48, day_text(day, g["date_style"]), 8.5)
    c.right(right, 59, g["day_of"], 8)
    c.hline(x0, right, 66, 1.2)
    w = (right - x0) / 3
    c.box(x0, 72, w, 62, 1.4)
    c.text(x0 + 6, 84, "UNIT CALL", 8, bold=True)
    c.text(x0 + 6, 104, hm(call, t), 18, bold=True)
    for i, (lab, val) in enumerate(_calls(call, t, g["calls"])):
        fit(c, x0 + 6, 115 + i * 8, f"{lab}: {val}", 7, w - 10)
    c.box(x0 + w, 72, w, 62, 0.6)
    c.text(x0 + w + 6, 84, "SUNRISE / SUNSET / WEATHER", 7.5, bold=True)
    c.text(x0 + w + 6, 99, f"Sunrise {hm(rise, t)}   Sunset {hm(fall, t)}", 8.5)
    fit(c, x0 + w + 6, 112, g["weather"], 8, w - 12)
    fit(c, x0 + w + 6, 124, g["wind"], 7.5, w - 12)
    c.box(x0 + 2 * w, 72, w, 62, 0.6)
    c.text(x0 + 2 * w + 6, 84, "KEY CONTACTS", 7.5, bold=True)
    for i, line in enumerate(g["contacts"]):
        fit(c, x0 + 2 * w + 6, 97 + i * 10, line, 7.5, w - 12)
    blocks = [
        ("LOCATION", [p.name, p.street, p.city, g["set"]]),
        ("UNIT BASE", [p.base_street, p.base_city, g["base_note"]]),
        ("NEAREST A&E", hospital_lines(p)),
    ]
    boxed_cells(c, x0, 140, w, blocks, 62, size=8)
    y = _table(
        c,
        x0,
        218,
        ["SC", "SET", "D/N", "PAGES", "CAST", "SYNOPSIS"],
        [0, 30, 220, 258, 300, 350],
        g["scenes"],
        right,
    )
    y = _table(
        c,
        x0,
        y + 8,
        ["NO", "ARTIST", "CHARACTER", "P/UP", "M/UP", "COST", "ON SET"],
        [0, 26, 150, 270, 330, 390, 450],
        _cast(call, t, g["cast"], [-90, -75, -30, 0]),
        right,
    )
    y = titled_notes(c, x0, y + 8, "NOTES", 8.5, g["notes"], 8, right - x0, 10.5)
    footer(c, g["footer"], x0)
    return c.output()


def _hetv_sheets() -> list[Sheet]:
    office = "Prod. Office: Hudson Quay, Middlesbrough · 01642 555 0190"
    contacts = [
        "Producer: Helen Carr 07700 900412",
        "1st AD: Tom Rutherford 07700 900133",
        "Loc Mgr: Ann Liddle 07700 900871",
        "Unit Mgr: Dev Sahota 07700 900562",
    ]
    base = {
        "company": "Cold Shore Films Ltd",
        "office": office,
        "contacts": contacts,
        "footer": "Please do not forward this call sheet. Issued via Setkeeper. Screen Skills "
        "trainees report to the 2nd AD on arrival.",
    }
    return [
        _hetv(
            "seaham",
            "The Glass Coast",
            D(2026, 5, 12),
            "07:30",
            {
                **base,
                "time_style": "military",
                "date_style": "uk_long",
                "number": "14",
                "episode": "Episode 3 · Block 2",
                "day_of": "Day 14 of 58",
                "calls": [("Breakfast on base", -45), ("Shooting call", 60), ("Lunch", 360)],
                "weather": "Sunny intervals, 14°C",
                "wind": "Wind NE 18 mph - cold on the pier",
                "set": "the marina pontoons and the lighthouse",
                "base_note": "Honeywagons and catering",
                "scenes": [
                    ("22", "EXT. MARINA - PONTOONS", "D4", "2 1/8", "1, 3", "Cath finds the boat"),
                    ("23", "EXT. LIGHTHOUSE - NORTH PIER", "D4", "1 4/8", "1", "She calls Joe"),
                    ("31", "INT. HARBOUR OFFICE", "D5", "2", "1, 2, 5", "The ledger"),
                ],
                "cast": [
                    ("1", "Niamh Welsh", "Cath Robson", 0),
                    ("2", "Paul Dinsdale", "Joe Robson", 240),
                    ("3", "Remi Okoye", "DS Malik", 30),
                    ("5", "Jean Armitage", "Mrs Bell", 300),
                ],
                "notes": [
                    "Working near water: life jackets for anyone on the pontoons (safety boat "
                    "from 0800). Marina tenants have right of way; no unit vehicles on North Dock.",
                ],
            },
        ),
        _hetv(
            "saltburn",
            "The Glass Coast",
            D(2026, 9, 22),
            "08:00",
            {
                **base,
                "time_style": "h24",
                "date_style": "caps_uk",
                "number": "41",
                "episode": "Episode 5 · Block 3",
                "day_of": "Day 41 of 58",
                "calls": [("Breakfast on base", -30), ("Shooting call", 75), ("Lunch", 330)],
                "weather": "Cloudy, showers later, 15°C",
                "wind": "Wind W 12 mph; high tide 13:42",
                "set": "the pier deck and the cliff lift",
                "base_note": "Crew parking: Cat Nab top level",
                "scenes": [
                    ("48", "EXT. SALTBURN PIER - DECK", "D9", "3 2/8", "1, 2", "Joe's confession"),
                    ("49", "EXT. CLIFF LIFT - CAR", "D9", "1 1/8", "1", "Cath rides up alone"),
                ],
                "cast": [
                    ("1", "Niamh Welsh", "Cath Robson", 0),
                    ("2", "Paul Dinsdale", "Joe Robson", 15),
                ],
                "notes": [
                    "The pier stays open to the public: marshals at both ends, lock-offs for "
                    "takes only. Cliff lift booked 10:00-12:00 with the operator on board.",
                ],
            },
        ),
        _hetv(
            "skegness",
            "The Glass Coast",
            D(2026, 11, 3),
            "16:30",
            {
                **base,
                "time_style": "military",
                "date_style": "uk_plain",
                # HARD: a night shoot called in the afternoon (1630), wrap after 0300
                # (expected 16:30)
                "number": "52 (NIGHTS)",
                "episode": "Episode 6 · Block 3",
                "day_of": "Night 3 of 4",
                "calls": [("Hot meal on base", -30), ("Shooting call", 90), ("Est. wrap", 660)],
                "weather": "Clear and cold, 6°C",
                "wind": "Frost after midnight; gritting on Grand Parade",
                "set": "the pier arcade and the beach steps",
                "base_note": "Unit base open from 1500",
                "scenes": [
                    ("57", "EXT. PIER ARCADE - NIGHT", "N12", "2 5/8", "1, 3", "The chase"),
                    ("58", "EXT. BEACH STEPS - NIGHT", "N12", "1", "1, 3, 8", "Malik's arrest"),
                ],
                "cast": [
                    ("1", "Niamh Welsh", "Cath Robson", 30),
                    ("3", "Remi Okoye", "DS Malik", 30),
                    ("8", "Carl Brightwell", "Denny", 150),
                ],
                "notes": [
                    "Night work: hi-vis on the beach, no one below the tide line after 2200. "
                    "Rest break 2230 on base. Taxis home for anyone over 11 hours.",
                ],
            },
        ),
    ]


# --- (2) UK commercial: an APA-member production company's call sheet, A4 ---------------------


@_family(
    "uk_se_commercial_apa_sheet",
    "UK commercial call sheet from an APA-member production company, A4: the company's name "
    "large with its Soho address, 'CALL SHEET - SHOOT DAY n OF n' right; a two-column grid "
    "PROJECT / CLIENT / AGENCY / JOB NO. / DIRECTOR / PRODUCER / DOP / DATE; a black band "
    "'CALL TIME ... ON LOCATION'; LOCATION (with what3words), PARKING, WEATHER / SUN, NEAREST "
    "A&E rows; a TIME / ACTIVITY running order; a crew list DEPT / ROLE / NAME / MOBILE / "
    "CALL; an APA / Film Safety footer",
    name="tvc_{key}",
)
def _tvc(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("a4", "sans", margin=36.0)
    c.text(x0, 46, g["company"], 16, bold=True)
    grey_text(c, x0, 58, "14 Greek Street, London W1D 4DH · +44 (0)20 7946 0321", 7)
    c.right(right, 42, "CALL SHEET", 12, bold=True)
    c.right(right, 55, g["shoot_day"], 8.5)
    c.hline(x0, right, 66, 0.8)
    pairs = [
        ("PROJECT", title),
        ("CLIENT", g["client"]),
        ("AGENCY", g["agency"]),
        ("JOB NO.", g["job"]),
        ("DIRECTOR", g["director"]),
        ("PRODUCER", g["producer"]),
        ("DOP", g["dop"]),
        ("DATE", day_text(day, g["date_style"])),
    ]
    half = (right - x0) / 2
    label_rows(c, x0, 82, x0 + half - 8, pairs[0::2], 8.5, 66, 13)
    label_rows(c, x0 + half, 82, right, pairs[1::2], 8.5, 66, 13)
    y = 140
    if g.get("travel"):
        c.text(x0, y, g["travel"], 10, bold=True)
        y += 10
    fill(c, x0, y, right - x0, 26, 20)
    c.pdf.set_text_color(255, 255, 255)
    c.text(x0 + 8, y + 18, f"CALL TIME: {hm(call, t)} ON LOCATION", 14, bold=True)
    c.right(right - 8, y + 17, f"Est. wrap {hm(add_minutes(call, g['wrap']), t)}", 9)
    c.pdf.set_text_color(0, 0, 0)
    rows = [
        ("LOCATION", f"{p.name}, {p.street}, {p.city} ({g['set']})"),
        ("what3words", g["w3w"]),
        ("PARKING", f"{p.base_street}, {p.base_city} - {g['parking']}"),
        ("WEATHER", f"{g['weather']}  ·  Sunrise {hm(rise, t)}  ·  Sunset {hm(fall, t)}"),
        (
            "NEAREST A&E",
            f"{p.hospital}, {p.hospital_street}, {p.hospital_city} · {p.hospital_phone}",
        ),
    ]
    y = label_rows(c, x0, y + 44, right, rows, 8.5, 76, 14, rule_drop=4)
    y = _table(
        c,
        x0,
        y + 10,
        ["TIME", "ACTIVITY"],
        [0, 70],
        timed_rows(g["schedule"], call, partial(hm, style=t)),
        right,
    )
    crew = [(*r[:4], hm(add_minutes(call, r[4]), t)) for r in g["crew"]]
    y = _table(
        c,
        x0,
        y + 8,
        ["DEPT", "ROLE", "NAME", "MOBILE", "CALL"],
        [0, 80, 190, 310, 420],
        crew,
        right,
    )
    titled_notes(c, x0, y + 8, "Notes", 9, g["notes"], 8, right - x0, 10.5)
    footer(
        c,
        "APA member. Film Safety: every accident or near miss to the producer. No social media "
        "posts from set.",
        x0,
    )
    return c.output()


def _tvc_crew(extra: list[tuple[str, str, str, str, int]]) -> list[tuple[str, str, str, str, int]]:
    return [
        ("Production", "Producer", "Ruth Ainsworth", "07700 900201", -30),
        ("Production", "Runner", "Kit Palmer", "07700 900299", -45),
        ("Camera", "DOP", "Marek Zielinski", "07700 900310", 0),
        ("Camera", "1st AC", "Bea Holloway", "07700 900311", 0),
        *extra,
    ]


def _tvc_sheets() -> list[Sheet]:
    company = "Longshore Pictures"
    return [
        _tvc(
            "littlehampton",
            "Tidewell Ferries 'Crossing'",
            D(2026, 6, 16),
            "06:30",
            {
                "time_style": "uk_am",
                "date_style": "uk_long",
                "company": company,
                "shoot_day": "SHOOT DAY 1 OF 2",
                "client": "Tidewell Ferries",
                "agency": "Harbour & Vane",
                "job": "LP-2611",
                "director": "Ines Carvalho",
                "producer": "Ruth Ainsworth",
                "dop": "Marek Zielinski",
                "wrap": 660,
                "set": "the café terrace and the beach",
                "w3w": "///petal.harbour.sunny",
                "parking": "pay & display, receipts to production",
                "weather": "Sunny, 21°C",
                "schedule": [
                    (0, "Crew call, breakfast at the café"),
                    (60, "Shot 1: family on the terrace"),
                    (180, "Shot 2: beach walk to the groynes"),
                    (330, "Lunch"),
                    (390, "Shots 3-4: pack shot and end frame"),
                ],
                "crew": _tvc_crew([("Art", "Designer", "Fern Oduya", "07700 900420", -60)]),
                "notes": [
                    "Beach is public: no closing it. Agency and client arrive 9.00am, video "
                    "village in the café's side room.",
                ],
            },
        ),
        _tvc(
            "seaford",
            "Tidewell Ferries 'Crossing'",
            D(2026, 6, 17),
            "07:00",
            {
                "time_style": "uk_am",
                "date_style": "slash",
                "company": company,
                "shoot_day": "SHOOT DAY 2 OF 2",
                "client": "Tidewell Ferries",
                "agency": "Harbour & Vane",
                "job": "LP-2611",
                "director": "Ines Carvalho",
                "producer": "Ruth Ainsworth",
                "dop": "Marek Zielinski",
                "wrap": 630,
                "set": "the chalk cliffs and the sea wall",
                "w3w": "///cliffs.ladder.quiet",
                "parking": "crew cars in the west end",
                "weather": "Bright, breezy, 19°C",
                "schedule": [
                    (0, "Crew call, safety briefing (cliff edge)"),
                    (45, "Shot 5: drone over the sea wall"),
                    (150, "Shot 6: dog on the esplanade"),
                    (300, "Lunch"),
                    (360, "Shot 7: sunset end frame (weather permitting)"),
                ],
                "crew": _tvc_crew([("Drone", "Pilot (CAA)", "Sam Reddy", "07700 900501", -30)]),
                "notes": [
                    "Stay 5 m back from the cliff edge at Splash Point: falls are frequent. "
                    "Dog and handler call 9.00am.",
                ],
            },
        ),
        _tvc(
            "folkestone",
            "Marlow Cider 'First Light'",
            D(2027, 3, 9),
            "08:00",
            {
                "time_style": "uk_am",
                "date_style": "eu_abbrev",
                # HARD: a travel call (the minibus from Soho at 5.45am) printed bold above the
                # call-time band (expected the call on location, 8.00am)
                "travel": "TRAVEL: minibus leaves Soho Square 5.45am sharp",
                "company": company,
                "shoot_day": "SHOOT DAY 1 OF 1",
                "client": "Marlow Cider Co.",
                "agency": "Brook Lane",
                "job": "LP-2704",
                "director": "Toby Ferrand",
                "producer": "Ruth Ainsworth",
                "dop": "Marek Zielinski",
                "wrap": 600,
                "set": "the harbour arm's lighthouse end",
                "w3w": "///harbour.lamps.spring",
                "parking": "unit vehicles by the Harbour Station steps",
                "weather": "Cloudy, 10°C",
                "schedule": [
                    (0, "Crew call on location, breakfast"),
                    (90, "Shot 1: friends at the lighthouse bar"),
                    (240, "Lunch"),
                    (300, "Shot 2: the toast, magic hour backup"),
                ],
                "crew": _tvc_crew([("Food", "Home economist", "Lara Penhale", "07700 900640", 30)]),
                "notes": [
                    "Alcohol is a prop: Challenge 25 applies to all cast; no drinking on set. "
                    "The Harbour Arm opens to the public at noon.",
                ],
            },
        ),
    ]


# --- (3) Irish feature: Screen Ireland-funded, UNIT CALL list and a Sun / Tide box, A4 ----------


@_family(
    "ie_feature_unit_base_garda",
    "Irish feature film call sheet, A4 in Times: 'Screen Ireland / Fís Éireann' in grey over the "
    "company, the title centred, CALL SHEET # and date; a list UNIT CALL / BREAKFAST / "
    "SHOOTING CALL / LUNCH / EST. WRAP beside a ruled SUNRISE / SUNSET / WEATHER / HIGH WATER "
    "box; LOCATION, UNIT BASE, NEAREST A&E (Emergency Department) and GARDA PERMIT rows; scenes; "
    "cast; SIPTU / Irish Equity footer",
    name="ie_{key}",
)
def _ie(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("a4", "times", margin=40.0)
    grey_text(c, x0, 36, "Screen Ireland · Fís Éireann", 7.5)
    c.text(x0, 48, g["company"], 9, bold=True)
    centre(c, 72, title, 20)
    c.right(right, 36, f"CALL SHEET #{g['number']}", 10, bold=True)
    fit(c, x0, 92, day_text(day, g["date_style"]), 10, right - x0, bold=True)
    c.right(right, 92, g["day_of"], 9)
    c.hline(x0, right, 98, 0.8)
    calls = [("UNIT CALL", hm(call, t)), *_calls(call, t, g["calls"])]
    for i, (lab, val) in enumerate(calls):
        size = 12 if i == 0 else 9.5
        c.text(x0, 116 + i * 15, lab, size, bold=True)
        c.text(x0 + 110, 116 + i * 15, val, size, bold=i == 0)
    bx = x0 + 260
    c.box(bx, 104, right - bx, 74, 0.6)
    box = [
        ("SUNRISE", hm(rise, t)),
        ("SUNSET", hm(fall, t)),
        ("WEATHER", g["weather"]),
        ("HIGH WATER", g["tide"]),
    ]
    label_rows(c, bx + 6, 118, right - 6, box, 9, 70, 15)
    hospital = f"{p.hospital} (Emergency Department), {p.hospital_street}, {p.hospital_city}"
    rows = [
        ("LOCATION", f"{p.name}, {p.street}, {p.city}"),
        ("SET", g["set"]),
        ("UNIT BASE", f"{p.base_street}, {p.base_city}"),
        *g.get("before_ae", []),
        ("NEAREST A&E", f"{hospital} · {p.hospital_phone}"),
        ("GARDA PERMIT", g["garda"]),
    ]
    y = label_rows(c, x0, 200, right, rows, 9, 95, 15, rule_drop=4)
    y = _table(
        c,
        x0,
        y + 12,
        ["SC", "SET / DESCRIPTION", "D/N", "PGS", "CAST"],
        [0, 34, 330, 370, 420],
        g["scenes"],
        right,
    )
    y = _table(
        c,
        x0,
        y + 8,
        ["#", "CAST", "CHARACTER", "PICK UP", "H/MU", "ON SET"],
        [0, 22, 150, 280, 350, 420],
        _cast(call, t, g["cast"], [-75, -45, 0]),
        right,
    )
    titled_notes(c, x0, y + 8, "NOTES", 10, g["notes"], 9, right - x0, 11.5)
    footer(c, "Crew engaged under the SIPTU agreement; cast under Irish Equity / FÓRSA.", x0)
    return c.output()


def _ie_sheets() -> list[Sheet]:
    company = "Bád Beag Films Ltd"
    return [
        _ie(
            "kenmare",
            "The Low Tide Hour",
            D(2026, 8, 4),
            "07:00",
            {
                "time_style": "h24",
                "date_style": "comma",
                "company": company,
                "number": "9",
                "day_of": "Day 9 of 28",
                "calls": [("BREAKFAST", -30), ("SHOOTING CALL", 60), ("LUNCH", 330)],
                "weather": "Mild, showers, 17°C",
                "tide": "11:52 (3.4 m)",
                "set": "the pier steps and the slipway",
                "garda": "Kenmare Garda Station notified; Pier Road stop/go 08:00-12:00",
                "scenes": [
                    ("31", "EXT. KENMARE PIER - THE BOAT COMES IN", "D6", "2 3/8", "1, 4"),
                    ("32", "EXT. SLIPWAY - NORA AND DAN", "D6", "1 5/8", "1, 2"),
                ],
                "cast": [
                    ("1", "Aoife Moran", "Nora", 0),
                    ("2", "Cathal Brennan", "Dan", 90),
                    ("4", "Séamus Ó Dálaigh", "The Skipper", 30),
                ],
                "notes": [
                    "The pier is working: trawlers land catch from 10:00; follow the harbour "
                    "master. Life jackets on the slipway.",
                ],
            },
        ),
        _ie(
            "dungarvan",
            "The Low Tide Hour",
            D(2026, 10, 15),
            "08:00",
            {
                "time_style": "h24",
                # HARD: the date in Irish before the English (a Waterford Gaeltacht crew's
                # sheet): 'Déardaoin 15 Deireadh Fómhair 2026 / Thursday 15 October 2026'
                "date_style": "ga_en",
                "company": company,
                "number": "22",
                "day_of": "Day 22 of 28",
                "calls": [("BREAKFAST", -45), ("SHOOTING CALL", 60), ("LUNCH", 360)],
                "weather": "Dry, bright spells, 13°C",
                "tide": "15:10 (3.9 m)",
                "set": "the castle courtyard and the harbour wall",
                "garda": "Dungarvan Garda Station: Castle Street closed 09:00-16:00",
                "scenes": [
                    ("58", "EXT. CASTLE COURTYARD - THE AUCTION", "D14", "3 1/8", "1, 3, 6"),
                    ("60", "EXT. HARBOUR WALL - NORA ALONE", "D14", "6/8", "1"),
                ],
                "cast": [
                    ("1", "Aoife Moran", "Nora", 0),
                    ("3", "Úna Kiely", "Bríd", 30),
                    ("6", "Declan Foley", "The Auctioneer", 60),
                ],
                "notes": [
                    "OPW site: no rigging to the castle walls, no food in the courtyard. "
                    "40 SAs: holding in the Old Market House.",
                ],
            },
        ),
        _ie(
            "ballina",
            "The Low Tide Hour",
            D(2027, 2, 17),
            "07:30",
            {
                "time_style": "uk_dot24",
                "date_style": "uk_long",
                "company": company,
                "number": "27",
                "day_of": "Day 27 of 28",
                "calls": [("BREAKFAST", -30), ("SHOOTING CALL", 45), ("LUNCH", 330)],
                "weather": "Cold, wintry showers, 6°C",
                "tide": "09:38 (3.6 m)",
                "set": "the quay wall and the River Moy bank",
                "before_ae": [
                    ("NEAREST DOCTOR", "Ballina Primary Care Centre (GP, no A&E), Ardnaree"),
                ],
                "garda": "Ballina Garda Station; Quay Road traffic management by Mayo Co. Co.",
                "scenes": [
                    ("88", "EXT. BALLINA QUAY - DAWN", "D19", "1 4/8", "1, 2"),
                    ("89", "EXT. RIVER MOY - SALMON WEIR", "D19", "2 2/8", "1, 2, 7"),
                ],
                "cast": [
                    ("1", "Aoife Moran", "Nora", 0),
                    ("2", "Cathal Brennan", "Dan", 0),
                    ("7", "Mick Gallagher", "Ghillie", 120),
                ],
                "notes": [
                    "River bank is slippery: waders and life jackets for anyone within 2 m of "
                    "the Moy. Fishery permission from Inland Fisheries Ireland on file.",
                ],
            },
        ),
    ]


# --- (4) Australian drama series: SPA / MEAA-style call sheet with a sun and fire strip, A4 -----


def _first_last_light(p: Place, day: D) -> tuple[str, str]:
    """Civil dawn and dusk (first and last light) as astral gives them, HH:MM local."""
    s = sun(Observer(p.lat, p.lon), date=day, tzinfo=ZoneInfo(p.tz))
    half = dt.timedelta(seconds=30)
    return (s["dawn"] + half).strftime("%H:%M"), (s["dusk"] + half).strftime("%H:%M")


@_family(
    "au_drama_series_fire_strip",
    "Australian drama series call sheet, A4 in DejaVu Condensed: a dark band with the series "
    "reversed out and 'CALL SHEET · EP n · DAY n', an SPA / MEAA line under it; a strip of "
    "cells (FIRST LIGHT,) SUNRISE / SUNSET (/ LAST LIGHT) / WEATHER / FIRE DANGER; a big CREW "
    "CALL box beside BREAKFAST / FIRST SHOT / LUNCH / EST. WRAP; LOCATION / UNIT BASE / "
    "NEAREST HOSPITAL (ED) cells; scenes; cast; a SafeWork / WorkSafe note",
    name="au_{key}",
)
def _au(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("a4", "condensed", margin=30.0)
    fill(c, x0, 24, right - x0, 34, 35)
    c.pdf.set_text_color(255, 255, 255)
    c.text(x0 + 10, 47, title.upper(), 16, bold=True)
    c.right(right - 10, 39, "CALL SHEET", 9, bold=True)
    c.right(right - 10, 51, g["ep_day"], 8.5)
    c.pdf.set_text_color(0, 0, 0)
    grey_text(c, x0, 68, f"{g['company']} · SPA member · Crew under the MEAA agreement", 7)
    c.right(right, 68, day_text(day, g["date_style"]), 9, bold=True)
    strip = [("SUNRISE", hm(rise, t)), ("SUNSET", hm(fall, t))]
    if g.get("light"):
        dawn, dusk = _first_last_light(p, day)
        strip = [("FIRST LIGHT", hm(dawn, t)), strip[0], strip[1], ("LAST LIGHT", hm(dusk, t))]
    strip += [("WEATHER", g["weather"]), ("FIRE DANGER", g["fire"])]
    ws = [1.0] * (len(strip) - 2) + [2.2, 1.3]
    unit = (right - x0) / sum(ws)
    x = x0
    for (lab, val), wk in zip(strip, ws, strict=True):
        c.box(x, 76, wk * unit, 30, 0.5)
        c.text(x + 4, 86, lab, 6.5, bold=True)
        fit(c, x + 4, 100, val, 8.5, wk * unit - 8)
        x += wk * unit
    c.box(x0, 114, 150, 58, 1.5)
    c.text(x0 + 6, 126, "CREW CALL", 8, bold=True)
    c.text(x0 + 6, 158, hm(call, t), 22, bold=True)
    label_rows(c, x0 + 164, 126, right, _calls(call, t, g["calls"]), 8.5, 80, 13)
    w = (right - x0) / 3
    blocks = [
        ("LOCATION", [p.name, p.street, p.city, g["set"]]),
        ("UNIT BASE / CREW PARKING", [p.base_street, p.base_city, g["base_note"]]),
        ("NEAREST HOSPITAL (ED)", hospital_lines(p)),
    ]
    boxed_cells(c, x0, 180, w, blocks, 62, size=8)
    y = _table(
        c,
        x0,
        258,
        ["SC", "SET", "D/N", "PGS", "CAST", "NOTES"],
        [0, 30, 230, 268, 306, 366],
        g["scenes"],
        right,
    )
    y = _table(
        c,
        x0,
        y + 8,
        ["ID", "ARTIST", "CHARACTER", "P/UP", "HMU", "WARDROBE", "ON SET"],
        [0, 22, 140, 260, 320, 380, 450],
        _cast(call, t, g["cast"], [-80, -60, -25, 0]),
        right,
    )
    titled_notes(c, x0, y + 8, "SAFETY & NOTES", 9, g["notes"], 8.5, right - x0, 11)
    footer(c, g["footer"], x0)
    return c.output()


def _au_calls(shot: int, wrap: int) -> list[tuple[str, int]]:
    """An Australian sheet's calls beside CREW CALL, minutes from it."""
    return [("BREAKFAST", -30), ("FIRST SHOT", shot), ("LUNCH", 360), ("EST. WRAP", wrap)]


def _au_sheets() -> list[Sheet]:
    company = "Red Gum Screen Pty Ltd"
    nsw = "Report every incident to the 1st AD. SafeWork NSW: 13 10 50. Sun-smart: hats, SPF50+."
    return [
        _au(
            "mudgee",
            "Dry Creek",
            D(2026, 3, 10),
            "06:00",
            {
                "time_style": "military",
                "date_style": "uk_plain",
                "company": company,
                "ep_day": "EP 2 · DAY 11 OF 48",
                "calls": [
                    ("BREAKFAST", -30),
                    ("FIRST SHOT", 60),
                    ("LUNCH", 360),
                    ("EST. WRAP", 660),
                ],
                "weather": "Sunny, 31°C, NW winds",
                "fire": "HIGH",
                "set": "the platform and the goods shed",
                "base_note": "Gate 2 off Douro St",
                "scenes": [
                    ("14", "EXT. MUDGEE STATION - PLATFORM", "D3", "2 2/8", "1, 2", "Train prop"),
                    ("15", "INT. GOODS SHED", "D3", "1 6/8", "1, 5", "Smoke"),
                ],
                "cast": [
                    ("1", "Kirra Walsh", "Jess Doyle", 0),
                    ("2", "Liam O'Rourke", "Tom Doyle", 60),
                    ("5", "Dennis Karras", "Stationmaster", 120),
                ],
                "notes": [
                    "Heat: water on set all day, shade tents at the platform. Smoke in the goods "
                    "shed: SFX supervisor briefing at 0645; no naked flame (HIGH fire danger).",
                ],
                "footer": nsw,
            },
        ),
        _au(
            "kiama",
            "Dry Creek",
            D(2026, 7, 21),
            "07:00",
            {
                "time_style": "au_am",
                "date_style": "slash",
                "company": company,
                "ep_day": "EP 5 · DAY 30 OF 48",
                "calls": [
                    ("BREAKFAST", -30),
                    ("FIRST SHOT", 75),
                    ("LUNCH", 360),
                    ("EST. WRAP", 630),
                ],
                "weather": "Fine, cool, 16°C, S swell",
                "fire": "NO RATING",
                "set": "the lighthouse lawn and the blowhole platform",
                "base_note": "Enter from Bong Bong St",
                "scenes": [
                    ("61", "EXT. KIAMA LIGHTHOUSE - LAWN", "D12", "2 4/8", "1, 3", ""),
                    ("62", "EXT. BLOWHOLE - PLATFORM", "D12", "1 1/8", "1", "Swell watch"),
                ],
                "cast": [
                    ("1", "Kirra Walsh", "Jess Doyle", 0),
                    ("3", "Mei Tanaka", "Dr Lin", 45),
                ],
                "notes": [
                    "Big southerly swell: no one past the blowhole barrier, safety officer calls "
                    "the takes. Whale-watchers have the public viewing area.",
                ],
                "footer": nsw,
            },
        ),
        _au(
            "castlemaine",
            "Dry Creek",
            D(2027, 4, 13),
            "07:30",
            {
                "time_style": "au_am",
                "date_style": "comma",
                # HARD: FIRST LIGHT and LAST LIGHT cells flank SUNRISE / SUNSET in the strip
                # (expected the sunrise and sunset)
                "light": True,
                "company": company,
                "ep_day": "EP 7 · DAY 41 OF 48",
                "calls": [
                    ("BREAKFAST", -30),
                    ("FIRST SHOT", 60),
                    ("LUNCH", 360),
                    ("EST. WRAP", 600),
                ],
                "weather": "Partly cloudy, 19°C",
                "fire": "MODERATE",
                "set": "the lake pavilion and the fernery",
                "base_note": "Oval car park, enter Forest St",
                "scenes": [
                    ("83", "EXT. BOTANICAL GARDENS - LAKE PAVILION", "D17", "3", "1, 2, 4", ""),
                    ("84", "EXT. FERNERY - PATH", "D17", "7/8", "2", "Drone"),
                ],
                "cast": [
                    ("1", "Kirra Walsh", "Jess Doyle", 0),
                    ("2", "Liam O'Rourke", "Tom Doyle", 0),
                    ("4", "Grace Mbeki", "Anna", 90),
                ],
                "notes": [
                    "Gardens stay open: crowd control at the lake paths. Drone (CASA licensed "
                    "pilot) after lunch only, Mount Alexander Shire permit on file.",
                ],
                "footer": "Report every incident to the 1st AD. WorkSafe Victoria: 13 23 60.",
            },
        ),
    ]


# --- (5) New Zealand feature: SPADA-style sheet with ScreenSafe hazards, A4 ----------------------


@_family(
    "nz_feature_screensafe_hazards",
    "New Zealand feature / series call sheet, A4 in Helvetica: company 'in association with the "
    "NZ Film Commission' left, title centred, DAY n OF n and the date right; (a PRE-CALLS list;) "
    "a calls column UNIT CALL / CAST / SHOOTING CALL / LUNCH / WRAP (EST) beside a MetService "
    "forecast, Sunrise, Sunset box; LOCATION / UNIT BASE / NEAREST HOSPITAL rows with 111; a "
    "HAZARD / CONTROL table (ScreenSafe); scenes; cast; karakia and notes",
    name="nz_{key}",
)
def _nz(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("a4", "helvetica", margin=34.0)
    c.text(x0, 40, g["company"], 9, bold=True)
    grey_text(c, x0, 51, "in association with the NZ Film Commission", 7)
    centre(c, 46, title, 18)
    c.right(right, 40, g["day_of"], 10, bold=True)
    c.right(right, 52, day_text(day, g["date_style"]), 8.5)
    c.hline(x0, right, 60, 1.0)
    y = 78
    if g.get("pre"):
        c.text(x0, y, "PRE-CALLS", 9, bold=True)
        pre = "   ".join(f"{lab} {val}" for lab, val in _calls(call, t, g["pre"]))
        fit(c, x0 + 70, y, pre, 10, right - x0 - 70, bold=True)
        y += 16
    calls = [("UNIT CALL", hm(call, t)), *_calls(call, t, g["calls"])]
    label_rows(c, x0, y + 4, x0 + 240, calls, 9.5, 100, 14)
    c.box(x0 + 260, y - 8, right - x0 - 260, 70, 0.6)
    fc = [
        ("Forecast", g["weather"]),
        ("Sunrise", hm(rise, t)),
        ("Sunset", hm(fall, t)),
        ("Source", "MetService"),
    ]
    label_rows(c, x0 + 266, y + 6, right - 6, fc, 8.5, 60, 14)
    y += 84
    rows = [
        ("LOCATION", f"{p.name}, {p.street}, {p.city} - {g['set']}"),
        ("UNIT BASE", f"{p.base_street}, {p.base_city}"),
        (
            "NEAREST HOSPITAL",
            f"{p.hospital} (ED), {p.hospital_street}, {p.hospital_city} · {p.hospital_phone}",
        ),
        ("EMERGENCY", "Dial 111 - then tell the 1st AD and the safety supervisor"),
    ]
    y = label_rows(c, x0, y, right, rows, 8.5, 100, 15, rule_drop=4)
    y = _table(c, x0, y + 10, ["HAZARD", "CONTROL"], [0, 150], g["hazards"], right)
    y = _table(
        c,
        x0,
        y + 8,
        ["SC", "SET", "D/N", "PGS", "CAST"],
        [0, 32, 300, 350, 400],
        g["scenes"],
        right,
    )
    y = _table(
        c,
        x0,
        y + 8,
        ["#", "CAST", "CHARACTER", "P/UP", "MU/HAIR", "ON SET"],
        [0, 22, 150, 280, 350, 420],
        _cast(call, t, g["cast"], [-70, -50, 0]),
        right,
    )
    titled_notes(c, x0, y + 8, "NOTES", 9, g["notes"], 8.5, right - x0, 11)
    footer(c, "ScreenSafe: every crew member may stop work they believe unsafe.", x0)
    return c.output()


def _nz_sheets() -> list[Sheet]:
    company = "Kōwhai Road Films Ltd"
    return [
        _nz(
            "raglan",
            "Whaingaroa",
            D(2026, 1, 20),
            "06:30",
            {
                "time_style": "uk_am",
                "date_style": "uk_plain",
                "company": company,
                "day_of": "DAY 6 OF 30",
                "calls": [("CAST", 30), ("SHOOTING CALL", 60), ("LUNCH", 360), ("WRAP (EST)", 660)],
                "weather": "Fine, 24°C, light SW",
                "set": "the wharf and the footbridge",
                "hazards": [
                    ("Working at the wharf edge", "Lifejackets; edge marked; safety boat"),
                    ("Public on the footbridge", "Marshals each end; no closure"),
                    ("Sun", "SPF50+, shade, water"),
                ],
                "scenes": [
                    ("12", "EXT. RAGLAN WHARF - FISH AND CHIPS", "D4", "2 1/8", "1, 2"),
                    ("13", "EXT. FOOTBRIDGE - JUMPERS", "D4", "1 3/8", "2, 6"),
                ],
                "cast": [
                    ("1", "Hana Tuhoe", "Mere", 0),
                    ("2", "Jack Fenwick", "Ben", 30),
                    ("6", "Tama Rāwiri", "Nephew", 120),
                ],
                "notes": [
                    "Karakia at unit base on call. Kids jumping off the footbridge are "
                    "locals: no direction from crew; our stunt performer jumps only with the "
                    "boat in place.",
                ],
            },
        ),
        _nz(
            "matamata",
            "Whaingaroa",
            D(2026, 4, 15),
            "07:30",
            {
                "time_style": "uk_am",
                "date_style": "slash",
                # HARD: a PRE-CALLS line printed bold above the calls (art 5.30am, wardrobe
                # 6.00am, make-up 6.30am) (expected the unit call, 7.30am)
                "pre": [("Art dept", -120), ("Wardrobe", -90), ("Make-up", -60)],
                "company": company,
                "day_of": "DAY 21 OF 30",
                "calls": [("CAST", 0), ("SHOOTING CALL", 75), ("LUNCH", 360), ("WRAP (EST)", 660)],
                "weather": "Cloudy, 18°C, showers clearing",
                "set": "the tower and the settler cottage",
                "hazards": [
                    ("Heritage building: tower stairs", "Max 4 people on the stairs; no rigging"),
                    ("Period vehicle (1920s)", "Driver only; cones around it when parked"),
                ],
                "scenes": [
                    ("44", "EXT. FIRTH TOWER - 1925", "D11", "2 5/8", "1, 3"),
                    ("45", "INT. SETTLER COTTAGE - KITCHEN", "D11", "1 4/8", "1, 3, 4"),
                ],
                "cast": [
                    ("1", "Hana Tuhoe", "Mere", 0),
                    ("3", "Ruth Kingi", "Nan", 30),
                    ("4", "Peter Blackwood", "Mr Firth", 60),
                ],
                "notes": [
                    "Museum closed to the public today. Period costume: no phones on the "
                    "tower; wardrobe trailer by the cottage.",
                ],
            },
        ),
        _nz(
            "arrowtown",
            "Whaingaroa",
            D(2026, 7, 8),
            "08:00",
            {
                "time_style": "us",
                "date_style": "caps_uk",
                "company": company,
                "day_of": "DAY 28 OF 30",
                "calls": [("CAST", 30), ("SHOOTING CALL", 90), ("LUNCH", 330), ("WRAP (EST)", 570)],
                "weather": "Frost then fine, -3°C to 8°C",
                "set": "the miners' huts and the river track",
                "hazards": [
                    ("Ice on paths and the river track", "Grit, crampons for crew on the track"),
                    ("Cold", "Thermals, warming tent, hot drinks at base"),
                    ("Arrow River", "No one in the water; 3 m from the edge"),
                ],
                "scenes": [
                    ("71", "EXT. CHINESE SETTLEMENT - HUTS - 1880s", "D14", "2 2/8", "1, 8"),
                    ("72", "EXT. ARROW RIVER TRACK", "D14", "1 1/8", "8"),
                ],
                "cast": [
                    ("1", "Hana Tuhoe", "Mere", 60),
                    ("8", "Li Wei", "Ah Lum", 0),
                ],
                "notes": [
                    "DOC heritage site: nothing fixed to the huts, stay on the tracks. Short "
                    "day: sun off the huts by 3:30 PM.",
                ],
            },
        ),
    ]


# --- (6) UK factual / entertainment: a small crew's one-page filming itinerary, A4 ---------------


@_family(
    "uk_factual_crew_itinerary",
    "UK factual / entertainment small-crew filming itinerary, A4 in DejaVu: the series over "
    "'FILMING ITINERARY - Day n', the indie's name right; label rows DATE, CREW (names and "
    "roles), MEET, LOCATION, PARKING, CONTRIBUTOR, SUN, NEAREST A&E; a TIME / WHAT / WHERE "
    "schedule; a contacts line and risk-assessment note; often no scenes or cast at all",
    name="factual_{key}",
)
def _factual(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("a4", "sans", margin=44.0)
    c.text(x0, 56, title, 17, bold=True)
    c.text(x0, 72, f"FILMING ITINERARY - {g['day_of']}", 10)
    c.right(right, 56, g["company"], 9, bold=True)
    grey_text(c, right - 150, 68, "for Channel 4 Factual", 7.5)
    c.hline(x0, right, 80, 0.6)
    rows = [
        ("DATE", day_text(day, g["date_style"])),
        ("CREW", g["crew"]),
        ("MEET", f"{hm(call, t)} at the location ({g['meet']})"),
        ("LOCATION", f"{p.name}, {p.street}, {p.city}"),
        ("FILMING", g["set"]),
        ("PARKING", f"{p.base_street}, {p.base_city}"),
        ("CONTRIBUTOR", g["contributor"]),
        ("SUN", f"Sunrise {hm(rise, t)} / Sunset {hm(fall, t)} · {g['weather']}"),
        ("NEAREST A&E", f"{p.hospital}, {p.hospital_street}, {p.hospital_city}"),
        ("", f"Tel {p.hospital_phone} · {g['drive']}"),
    ]
    y = label_rows(c, x0, 102, right, rows, 9, 95, 16, rule_drop=5)
    y = _table(
        c,
        x0,
        y + 12,
        ["TIME", "WHAT", "WHERE"],
        [0, 60, 300],
        timed_rows(g["schedule"], call, partial(hm, style=t)),
        right,
        lead=14,
    )
    titled_notes(c, x0, y + 10, "Contacts & risk", 10, g["notes"], 8.5, right - x0, 11.5)
    footer(c, f"{title} · {g['company']} · risk assessment signed off by the exec", x0)
    return c.output()


def _factual_sheets() -> list[Sheet]:
    company = "Fieldhouse TV"
    crew = "Priya Lal (SP/D), Owen Price (cam), Jas Kaur (sound), presenter Gwyn Morgan"
    return [
        _factual(
            "hay",
            "Small Town Secrets",
            D(2026, 5, 28),
            "09:00",
            {
                "time_style": "uk_am",
                "date_style": "uk_long",
                "company": company,
                "day_of": "Day 1",
                "crew": crew,
                "meet": "castle gate",
                "set": "the castle's book yard and the tower",
                "contributor": "Hay Castle Trust's curator, 10.00am interview",
                "weather": "Warm, sunny spells",
                "drive": "35 min by road",
                "schedule": [
                    (0, "Meet, recce, release forms", "Castle gate"),
                    (60, "Sit-down: curator", "Castle hall"),
                    (150, "Presenter walk and talk", "Honesty bookshop"),
                    (240, "Lunch", "Town"),
                    (300, "GVs of the town", "Broad Street"),
                ],
                "notes": [
                    "Priya 07700 900117 (SP/D). Public filming in the town: wear the lanyards, "
                    "releases for anyone framed up. Castle tower: max 3 of us at the top.",
                ],
            },
        ),
        _factual(
            "crickhowell",
            "Small Town Secrets",
            D(2026, 5, 29),
            "08:30",
            {
                "time_style": "h24",
                "date_style": "eu_abbrev",
                "company": company,
                "day_of": "Day 2",
                "crew": crew,
                "meet": "east end of the bridge",
                "set": "the river bank and the old bridge",
                "contributor": "Local historian Alun Rees, walk and talk 09:30",
                "weather": "Cloud, showers",
                "drive": "40 min by road",
                "schedule": [
                    (0, "Meet, rig radio mics", "Bridge"),
                    (60, "Walk and talk: Alun and Gwyn", "Bridge Street"),
                    (180, "Drone: the bridge's arches", "River bank"),
                    (270, "Lunch", "Beaufort St"),
                    (330, "Pick-ups, GVs", "High Street"),
                ],
                "notes": [
                    "Priya 07700 900117. River Usk: no wading for shots; drone (Owen, A2 CofC) "
                    "only with the bank clear.",
                ],
            },
        ),
        _factual(
            "ilfracombe",
            "Small Town Secrets",
            D(2027, 10, 12),
            "07:45",
            {
                "time_style": "military",
                "date_style": "slash",
                "company": company,
                "day_of": "Day 6",
                "crew": crew,
                "meet": "by Verity on the pier",
                "set": "the harbour slipway and Verity",
                "contributor": "Lundy ferry skipper, 0830 before sailing",
                "weather": "Breezy, 14°C",
                "drive": "25 min by road",
                "schedule": [
                    (0, "Meet, rig", "Pier"),
                    (45, "Interview: the skipper", "Ferry gangway"),
                    (105, "Presenter piece to camera", "Verity statue"),
                    (225, "Lunch", "Harbour"),
                    (285, "Low tide GVs (low water 1342)", "Slipway"),
                ],
                "notes": [
                    "Priya 07700 900117. Slipway is weedy at low tide: boots with grip. "
                    "Harbour master aware (letter on file).",
                ],
            },
        ),
    ]


# --- near misses: papers that send someone to an address at a time but plan no shoot -------------


_nm_page = partial(near_miss_page, paper="a4", margin=46.0, top=56, label_width=120)


def _day_surgery() -> bytes:
    """An NHS hospital's day-surgery admission letter: arrival time, fasting, what to bring."""
    return _nm_page(
        (
            "University Hospitals Sussex NHS Foundation Trust",
            "Worthing Hospital · Day Surgery Unit · Lyndhurst Road, Worthing BN11 2DH",
            "ADMISSION LETTER",
        ),
        (
            [
                ("Patient", "Mr J. Ellery · NHS no. 943 476 5919"),
                ("Procedure", "Left knee arthroscopy (day case)"),
                ("Date", "Tuesday 9 March 2027"),
                ("Arrive", "7.00am at the Day Surgery Unit, 1st floor"),
                ("Consultant", "Ms R. Adeyemi"),
            ],
            (
                ["WHEN", "WHAT", "NOTES"],
                [0, 110, 300],
                [
                    ("From 2.30am", "Nothing to eat", "Clear water until 6.00am"),
                    ("7.00am", "Arrive, check-in", "Bring your medicines"),
                    ("About 1.00pm", "Discharge", "An adult must collect you"),
                ],
            ),
            (
                "Please",
                [
                    "If you cannot attend, call the booking team on 01903 205111 ext. 84410. "
                    "Do not drive for 24 hours. Car park B is nearest the Day Surgery Unit.",
                ],
            ),
        ),
    )


def _balloon() -> bytes:
    """A hot-air balloon company's flight confirmation: dawn meeting point, weather call."""
    return _nm_page(
        (
            "WAIKATO SKYWARD BALLOONS",
            "CAA Part 115 operator · Hamilton, New Zealand",
            "FLIGHT CONFIRMATION",
        ),
        (
            [
                ("Booking", "SKY-4471 · 2 passengers (Mr & Mrs Tane)"),
                ("Flight date", "Saturday 20 March 2027 (sunrise flight)"),
                ("Meet", "6.15am, Hamilton Lake Domain car park, Innes Common"),
                ("Weather call", "We text you at 5.15am: GO or POSTPONED"),
            ],
            (
                ["TIME", "WHAT", "WHERE"],
                [0, 80, 280],
                [
                    ("6.15am", "Meet the pilot, safety briefing", "Innes Common"),
                    ("6.45am", "Inflation: help hold the envelope", "Launch field"),
                    ("7.00am", "Lift-off, about 1 hour aloft", "Over the Waikato River"),
                    ("8.30am", "Champagne breakfast, certificates", "Landing site"),
                ],
            ),
            (
                "Good to know",
                [
                    "Wear flat closed shoes and layers; no children under 6. Your photos and "
                    "a GoPro film of the flight are emailed within 48 hours.",
                ],
            ),
        ),
    )


def _photo_day() -> bytes:
    """A primary school's photo day schedule: class slots, sibling photos, what to wear."""
    return _nm_page(
        (
            "ST BRIGID'S NATIONAL SCHOOL",
            "Shelbourne Street, Kenmare, Co. Kerry",
            "SCHOOL PHOTO DAY",
        ),
        (
            [
                ("Date", "Wednesday 15 September 2027"),
                ("Photographer", "Lakeside Studios (set up in the hall from 8.15am)"),
                ("Sibling photos", "8.30 - 9.10am, before class"),
                ("Orders", "Online proofs, code on the card sent home"),
            ],
            (
                ["TIME", "CLASS", "TEACHER"],
                [0, 90, 260],
                [
                    ("9.15am", "Junior & Senior Infants", "Ms Lynch / Mr Daly"),
                    ("10.00am", "1st & 2nd Class", "Mrs O'Shea"),
                    ("11.15am", "3rd & 4th Class", "Mr Kearney"),
                    ("12.00pm", "5th & 6th Class (group + individual)", "Ms Walsh"),
                ],
            ),
            (
                "Reminders",
                [
                    "Full school uniform, hair tied back. Children whose parents opted out of "
                    "photos stay in class with the SNA.",
                ],
            ),
        ),
    )


def _other_sheets() -> list[Sheet]:
    docs = [
        (
            "near_miss_day_surgery_admission_letter",
            "a Sussex NHS trust's day-surgery admission letter, A4: trust, hospital and unit, "
            "'ADMISSION LETTER', patient, procedure, date, arrive 7.00am; a ruled WHEN / WHAT / "
            "NOTES table (fasting, check-in, discharge); notes on cancelling and driving",
            _day_surgery,
        ),
        (
            "near_miss_balloon_flight_confirmation",
            "a Waikato hot-air balloon operator's flight confirmation, A4: booking, a sunrise "
            "flight, meet 6.15am at a car park, a 5.15am weather call; a ruled TIME / WHAT / "
            "WHERE table; notes on shoes, children and a GoPro film",
            _balloon,
        ),
        (
            "near_miss_school_photo_day",
            "a Kerry national school's photo day schedule, A4: date, photographer set up from "
            "8.15am, sibling photos; a ruled TIME / CLASS / TEACHER table; reminders on uniform "
            "and opt-outs",
            _photo_day,
        ),
    ]
    return near_misses(_sheet, docs)


def sheets() -> list[Sheet]:
    return [
        *_hetv_sheets(),
        *_tvc_sheets(),
        *_ie_sheets(),
        *_au_sheets(),
        *_nz_sheets(),
        *_factual_sheets(),
        *_other_sheets(),
    ]
