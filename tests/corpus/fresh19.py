"""Twentieth held-out set: everyday call sheets from six production worlds (`fresh19_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets: each
family follows a common real-world form (CONVENTIONS.md, "fresh19"). A US union TV episode sheet
in the Movie Magic / EP style ("CREW CALL" in the centre header box, "NEAREST HOSPITAL" in the
footer, an advance schedule on page 2), a UK feature "CALL SHEET No. 23" with unit base, crew
parking, what3words and "Unit call 0730", an Irish bilingual (Gaeilge / English) drama sheet, a
Dutch / Flemish "callsheet" for a "draaidag", a French "feuille de service" laid out as two
columns of boxes, and a South African series sheet. Three near misses (a crew parking permit
letter, a wrap party invitation, a health questionnaire) must read as `other`.

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
    # US union TV episodes: Macon, Roanoke, Duluth
    "macon": _p(
        "us",
        "Hay House",
        "934 Georgia Ave",
        "Macon, GA 31201",
        32.8430,
        -83.6330,
        "America/New_York",
        "Atrium Health Navicent The Medical Center",
        "777 Hemlock St",
        "Macon, GA 31201",
        "(478) 633-1000",
        "200 Cherry St",
        "Macon, GA 31201",
    ),
    "roanoke": _p(
        "us",
        "The Hotel Roanoke",
        "110 Shenandoah Ave NW",
        "Roanoke, VA 24016",
        37.2750,
        -79.9400,
        "America/New_York",
        "Carilion Roanoke Memorial Hospital",
        "1906 Belleview Ave SE",
        "Roanoke, VA 24014",
        "(540) 981-7000",
        "302 Norfolk Ave SW",
        "Roanoke, VA 24011",
    ),
    "duluth": _p(
        "us",
        "Glensheen Mansion",
        "3300 London Rd",
        "Duluth, MN 55804",
        46.8150,
        -92.0510,
        "America/Chicago",
        "Essentia Health St. Mary's Medical Center",
        "407 E 3rd St",
        "Duluth, MN 55805",
        "(218) 786-4000",
        "350 Harbor Dr",
        "Duluth, MN 55802",
    ),
    # UK features: Durham, Ludlow, Kendal
    "durham": _p(
        "uk",
        "Durham Cathedral",
        "The College",
        "Durham DH1 3EH",
        54.7733,
        -1.5765,
        "Europe/London",
        "University Hospital of North Durham",
        "North Rd",
        "Durham DH1 5TW",
        "0191 333 2333",
        "Sands car park, Freemans Pl",
        "Durham DH1 1SQ",
    ),
    "ludlow": _p(
        "uk",
        "Ludlow Castle",
        "Castle Square",
        "Ludlow SY8 1AY",
        52.3672,
        -2.7230,
        "Europe/London",
        "Hereford County Hospital",
        "Union Walk",
        "Hereford HR1 2ER",
        "01432 355444",
        "Smithfield car park, Lower Galdeford",
        "Ludlow SY8 1RZ",
    ),
    "kendal": _p(
        "uk",
        "Abbot Hall",
        "Kirkland",
        "Kendal LA9 5AL",
        54.3250,
        -2.7460,
        "Europe/London",
        "Royal Lancaster Infirmary",
        "Ashton Rd",
        "Lancaster LA1 4RP",
        "01524 65944",
        "Blackhall Rd",
        "Kendal LA9 4BU",
    ),
    # Irish bilingual dramas: Kilkenny, Sligo, Waterford
    "kilkenny": _p(
        "eu",
        "Kilkenny Castle",
        "The Parade",
        "Kilkenny, Co. Kilkenny",
        52.6505,
        -7.2495,
        "Europe/Dublin",
        "St Luke's General Hospital",
        "Freshford Rd",
        "Kilkenny, Co. Kilkenny",
        "056 778 5000",
        "Market Yard",
        "Kilkenny, Co. Kilkenny",
    ),
    "sligo": _p(
        "eu",
        "Sligo Abbey",
        "Abbey St",
        "Sligo, Co. Sligo",
        54.2705,
        -8.4690,
        "Europe/Dublin",
        "Sligo University Hospital",
        "The Mall",
        "Sligo, Co. Sligo",
        "071 917 1111",
        "Quay St car park",
        "Sligo, Co. Sligo",
    ),
    "waterford": _p(
        "eu",
        "Reginald's Tower",
        "The Quay",
        "Waterford, Co. Waterford",
        52.2605,
        -7.1055,
        "Europe/Dublin",
        "University Hospital Waterford",
        "Dunmore Rd",
        "Waterford, Co. Waterford",
        "051 848 000",
        "Bolton St",
        "Waterford, Co. Waterford",
    ),
    # Dutch / Flemish draaidagen: Utrecht, Haarlem, Leuven
    "utrecht": _p(
        "eu",
        "Centraal Museum",
        "Agnietenstraat 1",
        "3512 XA Utrecht",
        52.0835,
        5.1240,
        "Europe/Amsterdam",
        "UMC Utrecht",
        "Heidelberglaan 100",
        "3584 CX Utrecht",
        "088 755 5555",
        "Jaarbeursplein 6",
        "3521 AL Utrecht",
    ),
    "haarlem": _p(
        "eu",
        "Teylers Museum",
        "Spaarne 16",
        "2011 CH Haarlem",
        52.3802,
        4.6405,
        "Europe/Amsterdam",
        "Spaarne Gasthuis",
        "Boerhaavelaan 22",
        "2035 RC Haarlem",
        "023 224 0000",
        "Kinderhuissingel 1",
        "2013 AS Haarlem",
    ),
    "leuven": _p(
        "eu",
        "Abdij van Park",
        "Abdij van Park 7",
        "3001 Heverlee",
        50.8660,
        4.7160,
        "Europe/Brussels",
        "UZ Leuven Gasthuisberg",
        "Herestraat 49",
        "3000 Leuven",
        "+32 16 33 22 11",
        "Martelarenplein 20",
        "3000 Leuven",
    ),
    # French feuilles de service: Dijon, Rouen, Reims
    "dijon": _p(
        "eu",
        "Palais des ducs de Bourgogne",
        "Place de la Libération",
        "21000 Dijon",
        47.3220,
        5.0415,
        "Europe/Paris",
        "CHU Dijon Bourgogne",
        "14 rue Paul Gaffarel",
        "21000 Dijon",
        "03 80 29 30 31",
        "Place Suquet",
        "21000 Dijon",
    ),
    "rouen": _p(
        "eu",
        "Gros-Horloge",
        "Rue du Gros Horloge",
        "76000 Rouen",
        49.4410,
        1.0905,
        "Europe/Paris",
        "CHU de Rouen - Hôpital Charles-Nicolle",
        "1 rue de Germont",
        "76000 Rouen",
        "02 32 88 89 90",
        "Quai de la Bourse",
        "76000 Rouen",
    ),
    "reims": _p(
        "eu",
        "Palais du Tau",
        "2 place du Cardinal Luçon",
        "51100 Reims",
        49.2530,
        4.0345,
        "Europe/Paris",
        "CHU de Reims - Hôpital Robert Debré",
        "Avenue du Général Koenig",
        "51092 Reims",
        "03 26 78 78 78",
        "Boulevard de la Paix",
        "51100 Reims",
    ),
    # South African series: Stellenbosch, Durban, Knysna
    "stellenbosch": _p(
        "za",
        "Stellenbosch Village Museum",
        "18 Ryneveld St",
        "Stellenbosch, 7600",
        -33.9370,
        18.8620,
        "Africa/Johannesburg",
        "Mediclinic Stellenbosch",
        "Saffraan Ave",
        "Stellenbosch, 7600",
        "021 861 2000",
        "Bird St",
        "Stellenbosch, 7600",
    ),
    "durban": _p(
        "za",
        "Durban City Hall",
        "263 Anton Lembede St",
        "Durban, 4001",
        -29.8585,
        31.0250,
        "Africa/Johannesburg",
        "Netcare St Augustine's Hospital",
        "107 JB Marks Rd",
        "Durban, 4001",
        "031 268 5000",
        "Pixley Ka Seme St",
        "Durban, 4001",
    ),
    "knysna": _p(
        "za",
        "Thesen Island Harbour Town",
        "Long St, Thesen Island",
        "Knysna, 6571",
        -34.0450,
        23.0500,
        "Africa/Johannesburg",
        "Mediclinic Knysna",
        "Hunters Dr",
        "Knysna, 6571",
        "044 384 1083",
        "Waterfront Dr",
        "Knysna, 6571",
    ),
}

GA_WD = [
    "Dé Luain",
    "Dé Máirt",
    "Dé Céadaoin",
    "Déardaoin",
    "Dé hAoine",
    "Dé Sathairn",
    "Dé Domhnaigh",
]
GA_MON = [
    "Eanáir",
    "Feabhra",
    "Márta",
    "Aibreán",
    "Bealtaine",
    "Meitheamh",
    "Iúil",
    "Lúnasa",
    "Meán Fómhair",
    "Deireadh Fómhair",
    "Samhain",
    "Nollaig",
]
NL_WD = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_MON = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "vl": f"{h}u{m:02d}",  # Flemish "7u30"
        "nl": f"{h}.{m:02d} uur",  # Dutch "7.30 uur"
        "za": f"{h:02d}h{m:02d}",  # South African "06h30"
        "am": f"{h12}:{m:02d}{ap.lower()}",
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "ga": f"{GA_WD[d.weekday()]} {d.day} {GA_MON[d.month - 1]} {d.year}",
        "nl_long": f"{NL_WD[d.weekday()]} {d.day} {NL_MON[d.month - 1]} {d.year}",
        "nl_num": f"{NL_WD[d.weekday()][:2]} {d:%d-%m-%Y}",  # "di 14-04-2026"
        "fr_long": f"{FR_WD[d.weekday()].upper()} {d.day} {FR_MON[d.month - 1].upper()} {d.year}",
        "za": f"{d:%A}, {d.day} {d:%B} {d.year}",
        "uk_dots": f"{d:%A} {d:%d.%m.%y}",
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh19")


def _rows(
    c: Canvas,
    x: float,
    y: float,
    rows: list[tuple[str, str]],
    lw: float,
    size: float = 8.0,
    lead: float = 12.0,
    width: float = 200.0,
) -> float:
    """Label / value lines; returns the y under the last."""
    for lab, val in rows:
        c.text(x, y, lab, size, bold=True)
        fit(c, x + lw, y, val, size, width)
        y += lead
    return y


# --- US union TV episode: Movie Magic / EP style, advance schedule on page 2 -----------------


def _ep(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        x0 = 28.0
        # three header boxes: production | crew call | date
        bw = (W - 2 * x0) / 3
        c.grid(x0, 24, [bw, bw, bw], [96.0])
        c.text(x0 + 4, 36, g["company"], 7.5, bold=True)
        for k, line in enumerate(g["people"]):
            fit(c, x0 + 4, 47 + 9 * k, line, 6.5, bw - 8)
        mx = x0 + bw
        c.text(mx + (bw - measure(c, title, 12, bold=True)) / 2, 38, title, 12, bold=True)
        ep = g["episode"]
        c.text(mx + (bw - measure(c, ep, 7.5)) / 2, 49, ep, 7.5)
        c.text(mx + (bw - measure(c, "CREW CALL", 9, bold=True)) / 2, 66, "CREW CALL", 9, bold=True)
        s = hm(call, t)
        c.text(mx + (bw - measure(c, s, 20, bold=True)) / 2, 90, s, 20, bold=True)
        sc = f"Shooting Call: {hm(add_minutes(call, g.get('shoot_after', 45)), t)}"
        c.text(mx + (bw - measure(c, sc, 7.5)) / 2, 108, sc, 7.5)
        rx = x0 + 2 * bw + 4
        c.text(rx, 37, day_text(day, g["date_style"]), 8.5, bold=True)
        c.text(rx, 49, g["day_of"], 7.5)
        _rows(
            c,
            rx,
            62,
            [
                ("Sunrise:", hm(rise, t)),
                ("Sunset:", hm(fall, t)),
                ("Weather:", g["weather"]),
                ("Lunch:", g["lunch"]),
            ],
            44,
            7,
            10,
            bw - 54,
        )
        # scenes
        y = 140.0
        y = head_table(
            c,
            x0,
            y,
            ["SC", "SET / DESCRIPTION", "CAST", "D/N", "PGS", "LOCATION"],
            [0, 36, 270, 330, 365, 400],
            g["scenes"],
            W - x0,
        )
        # location block
        y += 6
        c.box(x0, y, W - 2 * x0, 50, 0.6)
        c.text(x0 + 4, y + 10, "LOCATION #1", 7, bold=True)
        for k, line in enumerate([p.name, p.street, p.city, g["set"]]):
            fit(c, x0 + 4, y + 21 + 9 * k, line, 7.5, bw - 8)
        c.text(x0 + bw + 4, y + 10, "CREW PARKING / BASECAMP", 7, bold=True)
        for k, line in enumerate([p.base_street, p.base_city, g["parking"]]):
            fit(c, x0 + bw + 4, y + 21 + 9 * k, line, 7.5, 2 * bw - 8)
        y += 66
        y = head_table(
            c,
            x0,
            y,
            ["#", "CAST", "CHARACTER", "STATUS", "P/U", "H/MU", "ON SET"],
            [0, 18, 130, 250, 300, 350, 400],
            [
                (
                    str(n),
                    a,
                    r,
                    st,
                    hm(add_minutes(call, o - 30), t),
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o + 60), t),
                )
                for n, (a, r, st, o) in enumerate(g["cast"], 1)
            ],
            W - x0,
        )
        y += 6
        c.text(x0, y, "SPECIAL INSTRUCTIONS", 7.5, bold=True)
        for line in g["notes"]:
            y += 10
            fit(c, x0 + 6, y, line, 7.5, W - 2 * x0 - 10)
        # footer: hospital
        fy = 730.0
        c.hline(x0, W - x0, fy - 12, 0.8)
        c.text(x0, fy, "NEAREST HOSPITAL:", 7.5, bold=True)
        c.text(x0 + 80, fy, f"{p.hospital}, {p.hospital_address}  {p.hospital_phone}", 7.5)
        grey(c)
        c.text(x0, fy + 14, "SAFETY FIRST. NO FORCED CALLS WITHOUT PRIOR APPROVAL OF THE UPM.", 6.5)
        black(c)
        # page 2: crew and advance schedule
        c.new_page()
        c.text(x0, 40, f"{title} - {ep} - page 2", 8, bold=True)
        y = head_table(
            c,
            x0,
            62,
            ["DEPT", "POSITION", "NAME", "CALL"],
            [0, 90, 220, 360],
            [
                (d, pos, n, hm(add_minutes(call, o), t) if isinstance(o, int) else o)
                for d, pos, n, o in g["crew"]
            ],
            W - x0,
        )
        y += 14
        c.text(x0, y, "ADVANCE SCHEDULE", 10, bold=True)
        nd = day + dt.timedelta(days=g.get("next_gap", 1))
        y += 16
        c.text(x0, y, f"{day_text(nd, g['date_style'])} - {g['adv_loc']}", 8, bold=True)
        y = head_table(
            c,
            x0,
            y + 14,
            ["SC", "SET / DESCRIPTION", "CAST", "D/N", "PGS"],
            [0, 36, 270, 330, 365],
            g["advance"],
            W - x0,
        )
        return c.output()

    return _sheet(
        f"ep_{key}",
        "us_episode",
        "US union TV episode, Movie Magic style: CREW CALL header box, hospital footer, "
        "advance schedule on page 2",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _ep_crew() -> list[tuple[str, str, str, Any]]:
    return [
        ("PRODUCTION", "UPM", "Gail Serrano", "O/C"),
        ("AD", "1st AD", "Reed Baptiste", 0),
        ("AD", "2nd AD", "Mona Lisk", -30),
        ("CAMERA", "DP", "Ike Hammond", 0),
        ("CAMERA", "A Cam Op", "Luz Ferrer", 0),
        ("GRIP", "Key Grip", "Otto Vance", -15),
        ("ELECTRIC", "Gaffer", "Dee Ortiz", -15),
        ("SOUND", "Mixer", "Abe Kowal", 0),
        ("HAIR/MU", "Dept Head MU", "Tia Brandt", -60),
        ("COSTUME", "Set Costumer", "Nan Oyelaran", -60),
        ("TRANSPO", "Captain", "Rudy Gale", -90),
    ]


def _ep_sheets() -> list[Sheet]:
    return [
        _ep(
            "macon",
            "PEACH STATE",
            D(2026, 4, 21),
            "07:00",
            {
                "time": "us",
                "company": "Ocmulgee Street Productions Inc.",
                "people": [
                    "Exec. Producers: Tamsin Roe, Andre Velez",
                    "Director: Lila Osei",
                    "Production Office: 478-555-0190",
                    "Closed set · Script: BLUE",
                    "Schedule: PINK",
                ],
                "episode": 'Ep. 104 "Cotton Avenue"',
                "date_style": "us_long",
                "day_of": "Day 3 of 8",
                "weather": "Sunny 81°/59°",
                "lunch": "1:00 PM",
                "set": "Front parlor, music room & stairhall",
                "parking": "Crew parking in the Cherry St deck, levels 3-4",
                "scenes": [
                    ("12", "INT. HAY HOUSE PARLOR - the engagement", "1, 2, 4", "D", "2 3/8", "#1"),
                    ("14", "INT. MUSIC ROOM - Vivian plays", "2", "D", "1 1/8", "#1"),
                    ("15pt", "INT. STAIRHALL - the argument", "1, 3", "N", "1 5/8", "#1"),
                ],
                "cast": [
                    ("Corinne Blake", "VIVIAN", "W", 0),
                    ("Darnell Hughes", "ELI", "W", 30),
                    ("June Archer", "MAMA ROSE", "SW", 90),
                    ("Theo Pratt", "CARSON", "W", 180),
                ],
                "notes": [
                    "Historic house: no tape on walls, booties in the parlor.",
                    "Piano tuner on set 8:00 AM.",
                ],
                "crew": _ep_crew(),
                "adv_loc": "Stage 2, Macon Film Studios",
                "advance": [
                    ("20", "INT. ROSE'S KITCHEN", "3, 4", "D", "2"),
                    ("22", "INT. ELI'S BEDROOM", "2", "N", "1 4/8"),
                ],
            },
        ),
        _ep(
            "roanoke",
            "STAR CITY",
            D(2026, 10, 6),
            "06:30",
            {
                "time": "us_lower",
                "company": "Blue Ridge Light Pictures",
                "people": [
                    "Executive Producer: Hal Mercer",
                    "Director: Pia Sandoval",
                    "Office: 540-555-0112",
                    "Script: GREEN 9/28",
                    "Schedule: YELLOW",
                ],
                "episode": "Episode 207",
                "date_style": "us_short",
                "day_of": "Day 5 of 7",
                "weather": "Cloudy 64°/47°, 30% showers",
                "lunch": "12:30pm",
                "set": "Ballroom, lobby and Regency Room",
                "parking": "Park at Norfolk Ave lot, walk over the pedestrian bridge",
                "scenes": [
                    ("31", "INT. HOTEL BALLROOM - the gala", "1-5, BG", "N", "3", "#1"),
                    ("33", "INT. HOTEL LOBBY - Cass checks in", "1", "D", "5/8", "#1"),
                ],
                "cast": [
                    ("Wes Holloway", "CASS", "W", 0),
                    ("Renee Marsh", "DELIA", "W", 60),
                    ("Paul Okafor", "DET. RYE", "W", 90),
                    ("Gina Tull", "CLERK", "SWF", 120),
                ],
                "notes": [
                    "Hotel is open: stay off the guest elevators.",
                    "60 BG report to holding in the Crystal Room 7:30am.",
                ],
                "crew": _ep_crew(),
                "adv_loc": "Mill Mountain Star overlook",
                "advance": [("40", "EXT. MILL MOUNTAIN STAR", "1, 2", "N", "2 2/8")],
            },
        ),
        _ep(
            "duluth",
            "NORTH SHORE",
            D(2026, 7, 15),
            "08:00",
            {
                "time": "us",
                "company": "Lakehead Television LLC",
                "people": [
                    "EPs: Mara Lindgren, Sol Abrams",
                    "Director: Kip Dahl",
                    "Prod. Office 218-555-0133",
                    "Script: WHITE",
                    "Closed set",
                ],
                "episode": 'Ep. 1.06 "Ore Boats"',
                "date_style": "us_ordinal",
                "day_of": "Shoot Day 4 of 8",
                "weather": "Fog early, 72°/55°",
                "lunch": "2:00 PM",
                "set": "Mansion library, gardener's cottage & lakeshore",
                "parking": "Crew shuttles from the Harbor Dr lot every 20 min",
                "shoot_after": 60,
                "scenes": [
                    ("44", "INT. LIBRARY - the will", "1, 2, 6", "D", "2 6/8", "#1"),
                    ("45", "EXT. LAKESHORE - Anna swims out", "2", "D", "1 2/8", "#1"),
                    ("47", "INT. COTTAGE - night visit", "2, 6", "N", "1", "#1"),
                ],
                "cast": [
                    ("Freya Nyland", "ANNA", "W", 0),
                    ("Marcus Belden", "KARL", "W", 60),
                    ("Ida Sorensen", "GRETA", "H", 0),
                    ("Ty Lambert", "GARDENER", "SWF", 150),
                ],
                # HARD: a splinter unit's earlier call (7:00 AM at the boathouse) in the notes
                "notes": [
                    "Splinter unit (water) call 7:00 AM at the boathouse.",
                    "Water safety and divers on set for sc. 45.",
                ],
                "crew": _ep_crew(),
                "adv_loc": "Aerial Lift Bridge, Canal Park",
                "next_gap": 3,
                "advance": [("50", "EXT. CANAL PARK - the ore boat", "1, 2", "D", "2")],
            },
        ),
    ]


# --- UK feature: "CALL SHEET No. 23", unit base, crew parking, what3words ---------------------


def _uk(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "helvetica")
        W = c.width
        x0 = 34.0
        c.text(x0, 44, title, 18, bold=True)
        c.text(x0, 58, g["company"], 8)
        c.right(W - x0, 40, f"CALL SHEET No. {g['no']}", 12, bold=True)
        c.right(W - x0, 54, day_text(day, g["date_style"]), 9)
        c.right(W - x0, 66, g["day_of"], 8)
        c.hline(x0, W - x0, 74, 1.0)
        fill(c, x0, 82, 170, 30, 30)
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0 + 8, 102, f"{g['call_label']} {hm(call, t)}", 13, bold=True)
        black(c)
        _rows(
            c,
            x0 + 190,
            92,
            [
                ("Breakfast", g["breakfast"]),
                ("Lunch", g["lunch"]),
                ("Est. wrap", hm(add_minutes(call, 660), t)),
            ],
            60,
            8,
            11,
            100,
        )
        sun = [("Sunrise", hm(rise, t)), ("Sunset", hm(fall, t)), ("Weather", g["weather"])]
        _rows(c, x0 + 370, 92, sun, 50, 8, 11, W - x0 - 420)
        y = 136.0
        blocks = [("LOCATION", [p.name, p.street, p.city, g["set"], f"w3w: ///{g['w3w']}"])]
        blocks.append(("UNIT BASE", [p.base_street, p.base_city, f"w3w: ///{g['base_w3w']}"]))
        blocks.append(("CREW PARKING", [g["parking"]]))
        bw = (W - 2 * x0) / 3
        for n, (head, lines) in enumerate(blocks):
            x = x0 + n * bw
            c.box(x, y - 10, bw, 70, 0.5)
            c.text(x + 4, y, head, 7.5, bold=True)
            yy = y + 12
            for line in lines:
                for ln in wrap(c, line, 8, bw - 10):
                    c.text(x + 4, yy, ln, 8)
                    yy += 10
        y += 76
        y = head_table(
            c,
            x0,
            y,
            ["SCENE", "SET", "D/N", "PAGES", "CAST"],
            [0, 44, 300, 340, 390],
            g["scenes"],
            W - x0,
        )
        y += 4
        y = head_table(
            c,
            x0,
            y,
            ["No.", "ARTIST", "CHARACTER", "P/UP", "MU/COST", "ON SET"],
            [0, 24, 140, 260, 320, 390],
            [
                (
                    str(n),
                    a,
                    r,
                    hm(add_minutes(call, o - 45), t),
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o + 75), t),
                )
                for n, (a, r, o) in enumerate(g["cast"], 1)
            ],
            W - x0,
        )
        y += 6
        c.text(x0, y, "NEAREST A&E", 8, bold=True)
        c.text(x0 + 70, y, f"{p.hospital}, {p.hospital_address}. Tel {p.hospital_phone}", 8)
        y += 16
        c.text(x0, y, "NOTES", 8, bold=True)
        for line in g["notes"]:
            for ln in wrap(c, line, 8, W - 2 * x0 - 70):
                c.text(x0 + 70, y, ln, 8)
                y += 10
        grey(c)
        c.text(x0, 812, f"{title} · Call Sheet {g['no']} · Private & confidential", 6.5)
        black(c)
        return c.output()

    return _sheet(
        f"uk_{key}",
        "uk_feature",
        "UK feature: CALL SHEET No. n, Unit call box, location / unit base / crew "
        "parking blocks with what3words",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _uk_sheets() -> list[Sheet]:
    return [
        _uk(
            "durham",
            "THE PRINCE BISHOPS",
            D(2026, 6, 2),
            "07:30",
            {
                "time": "military",
                "company": "Wear Valley Films Ltd for Northstar Pictures",
                "no": "23",
                "date_style": "uk_long",
                "day_of": "Day 23 of 38",
                "call_label": "UNIT CALL",
                "breakfast": "0645 at base",
                "lunch": "1300 (on set)",
                "weather": "Bright spells, 17°C",
                "set": "Nave, cloisters and Chapter House",
                "w3w": "ledge.stump.orbit",
                "base_w3w": "minus.harp.crate",
                "parking": "Crew park at Sands car park (base). No parking on Palace Green.",
                "scenes": [
                    ("57", "INT. CATHEDRAL NAVE - the sermon", "D", "2 1/8", "1, 2, 7"),
                    ("58", "INT. CLOISTERS - Agnes follows", "D", "1 3/8", "2"),
                    ("61", "INT. CHAPTER HOUSE - the vote", "D", "3", "1-6"),
                ],
                "cast": [
                    ("Rosalind Hay", "AGNES", 0),
                    ("Tom Ashworth", "BISHOP HATFIELD", 30),
                    ("Cecil Amadi", "PRIOR", 60),
                ],
                "notes": [
                    "Cathedral open for evensong at 1715: we must be clear of the nave.",
                    "Walking distance base to set 8 mins, via the Bailey.",
                ],
            },
        ),
        _uk(
            "ludlow",
            "MARCHES",
            D(2026, 8, 19),
            "08:00",
            {
                "time": "military",
                "company": "Teme Pictures / Border Lands Productions Ltd",
                "no": "9",
                "date_style": "uk_dots",
                "day_of": "Shooting day 9 of 30",
                "call_label": "UNIT CALL",
                "breakfast": "0715-0745 base",
                "lunch": "1330",
                "weather": "Warm, 23°C, light wind",
                "set": "Inner bailey and Great Hall",
                "w3w": "tiles.shaping.wiped",
                "base_w3w": "jumbo.crisp.lamps",
                "parking": "Smithfield car park, pay & display, claim on petty cash",
                "scenes": [
                    ("22", "EXT. INNER BAILEY - the muster", "D", "2", "1, 3, SA"),
                    ("23", "INT. GREAT HALL - the feast", "N", "2 4/8", "1-5"),
                ],
                "cast": [
                    ("Owain Price", "RHYS", 0),
                    ("Hattie Lowe", "JOAN", 0),
                    ("Bryn Tudor", "MORTIMER", 90),
                    ("Ellis Crane", "STEWARD", 120),
                ],
                "notes": [
                    "Horses and SA (40) at base from 0630.",
                    "Nearest A&E is in Hereford, 40 mins by road.",
                ],
            },
        ),
        _uk(
            "kendal",
            "FELL LIGHT",
            D(2026, 3, 11),
            "07:30",
            {
                "time": "military",
                "company": "Lakeland Screen Ltd",
                "no": "4",
                "date_style": "uk_short",
                "day_of": "Day 4 of 24",
                # HARD: "Unit call" is printed as words beside a tracking vehicle and pre-calls
                # at 0600 in the breakfast line; the box reads "Unit call 0730"
                "call_label": "Unit call",
                "breakfast": "Pre-calls 0600, breakfast 0630",
                "lunch": "1230",
                "weather": "Showers, 9°C",
                "set": "Gallery rooms and riverside lawn",
                "w3w": "chair.ropes.mango",
                "base_w3w": "gown.spins.fleet",
                "parking": "Westmorland Shopping Centre multi-storey, level 2 (tickets from base)",
                "scenes": [
                    ("8", "INT. ABBOT HALL GALLERY - the Romney", "D", "1 6/8", "1, 2"),
                    ("9", "EXT. RIVERSIDE LAWN - Tom leaves", "D", "4/8", "2"),
                ],
                "cast": [("Nell Garside", "KATE", 0), ("Joe Birkett", "TOM", 45)],
                "notes": ["Gallery staff escort us at all times; no food in the gallery rooms."],
            },
        ),
    ]


# --- Irish bilingual drama: Gaeilge / English labels -------------------------------------------


def _ie(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        x0 = 40.0
        c.text(x0, 46, g["company"], 9, bold=True)
        c.right(W - x0, 46, "BILEOG GHLAOCH / CALL SHEET", 10, bold=True)
        c.text(x0, 78, title, 16, bold=True)
        c.text(x0, 92, g["series"], 8.5)
        c.hline(x0, W - x0, 100, 0.8)
        dates = f"{day_text(day, 'ga')} / {day_text(day, g['date_style'])}"
        y = _rows(
            c,
            x0,
            118,
            [
                ("Dáta / Date", dates),
                ("Lá scannánaíochta / Shoot day", g["day_of"]),
                ("Glao foirne / Crew call", hm(call, t)),
                ("Bricfeasta / Breakfast", hm(add_minutes(call, -30), t)),
                ("Lón / Lunch", hm(add_minutes(call, 330), t)),
            ],
            165,
            8.5,
            14,
            205,
        )
        if g.get("sun_top", True):
            c.text(W - 180, 118, "Éirí / Sunrise", 8, bold=True)
            c.text(W - 90, 118, hm(rise, t), 8.5)
            c.text(W - 180, 132, "Luí / Sunset", 8, bold=True)
            c.text(W - 90, 132, hm(fall, t), 8.5)
            fit(c, W - 180, 146, g["weather"], 8, 140)
        y += 8
        c.text(x0, y, "SUÍOMH / LOCATION", 8, bold=True)
        c.text(W / 2 + 10, y, "BUNÁIT / UNIT BASE", 8, bold=True)
        for k, line in enumerate([p.name, p.street, p.city, g["set"]]):
            fit(c, x0, y + 13 + 11 * k, line, 9, W / 2 - x0 - 10)
        for k, line in enumerate([p.base_street, p.base_city, g["base_note"]]):
            fit(c, W / 2 + 10, y + 13 + 11 * k, line, 9, W / 2 - x0 - 10)
        y += 70
        y = head_table(
            c,
            x0,
            y,
            ["RADHARC / SC.", "SUÍOMH / SET", "L/O D/N", "LCH / PGS", "FOIREANN / CAST"],
            [0, 70, 290, 340, 390],
            g["scenes"],
            W - x0,
        )
        y += 4
        y = head_table(
            c,
            x0,
            y,
            [
                "AISTEOIR / ARTIST",
                "CARACHTAR / ROLE",
                "GLAO / CALL",
                "SMIDEADH / MU",
                "AR AN SEIT / ON SET",
            ],
            [0, 130, 250, 320, 400],
            [
                (
                    a,
                    r,
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o + 15), t),
                    hm(add_minutes(call, o + 75), t),
                )
                for a, r, o in g["cast"]
            ],
            W - x0,
        )
        y += 8
        c.text(x0, y, "OSPIDÉAL IS GAIRE / NEAREST HOSPITAL", 8, bold=True)
        for k, line in enumerate([p.hospital, p.hospital_address, p.hospital_phone]):
            c.text(x0, y + 12 + 11 * k, line, 8.5)
        y += 50
        if not g.get("sun_top", True):
            # the sun at the foot of the page, after the hospital
            c.text(
                x0,
                y,
                f"Éirí na gréine / Sunrise {hm(rise, t)}   ·   Luí na gréine / "
                f"Sunset {hm(fall, t)}   ·   {g['weather']}",
                8,
            )
            y += 16
        c.text(x0, y, "NÓTAÍ / NOTES", 8, bold=True)
        for line in g["notes"]:
            y += 11
            fit(c, x0, y, line, 8.5, W - 2 * x0)
        return c.output()

    return _sheet(
        f"ie_{key}",
        "ie_bilingual",
        "Irish bilingual drama sheet: Gaeilge / English labels, Irish and English date",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _ie_sheets() -> list[Sheet]:
    return [
        _ie(
            "kilkenny",
            "AN CAISLEÁN",
            D(2026, 5, 26),
            "08:00",
            {
                "time": "h24",
                "company": "Léiriúcháin Nore Teo.",
                "series": "Sraith 2, Eipeasóid 3 / Series 2, Episode 3",
                "date_style": "uk_plain",
                "day_of": "Lá 7 de 20 / Day 7 of 20",
                "weather": "Grianmhar / Sunny, 18°C",
                "set": "Picture gallery and Parade gates",
                "base_note": "Catering in the yard",
                "scenes": [
                    ("14", "INT. GAILEARAÍ / GALLERY - Nóra", "L/D", "2", "1, 2"),
                    ("15", "EXT. GEATAÍ / GATES - the arrival", "L/D", "1 2/8", "1-3"),
                ],
                "cast": [
                    ("Aoife Ní Bhriain", "NÓRA", 0),
                    ("Cathal Ó Dúill", "SEÁN", 30),
                    ("Máire Keane", "BEAN UÍ RIAIN", 90),
                ],
                "notes": [
                    "Castle open to visitors 09:30: keep the gallery door closed.",
                    "Wi-fi sa bhunáit / Wi-fi at base.",
                ],
            },
        ),
        _ie(
            "sligo",
            "CLOCH",
            D(2026, 9, 8),
            "07:30",
            {
                "time": "h24",
                "company": "Scannáin Bhinn Ghulbain Teo.",
                "series": "Scannán fada / Feature film",
                "date_style": "uk_long",
                "day_of": "Lá 12 de 25 / Day 12 of 25",
                "weather": "Scamallach / Cloudy, 14°C",
                "set": "Cloister and east window",
                "base_note": "Honeywagons on the quay",
                "sun_top": False,
                "scenes": [
                    ("33", "EXT. CLABHSTRA / CLOISTER - the burial", "L/D", "2 4/8", "1, 4"),
                    ("34", "INT. MAINISTIR / ABBEY - the vigil", "O/N", "1", "1"),
                ],
                "cast": [("Ruairí Mac Giolla", "DONNCHA", 0), ("Sinéad Hart", "EITHNE", 60)],
                "notes": ["OPW guide on site throughout. No rigging on the stonework."],
            },
        ),
        _ie(
            "waterford",
            "AN TÚR",
            D(2026, 4, 14),
            "09:00",
            {
                "time": "am",
                "company": "Déise Films Ltd",
                "series": "Gearrscannán / Short film",
                "date_style": "uk_short",
                "day_of": "Lá 2 de 4 / Day 2 of 4",
                "weather": "Gaofar / Windy, 11°C",
                "set": "Tower ground floor and quay steps",
                "base_note": "Base in the Bolton St car park",
                "scenes": [
                    ("5", "INT. TÚR / TOWER - the coins", "L/D", "1 4/8", "1, 2"),
                    ("6", "EXT. CÉ / QUAY - Ciarán runs", "L/D", "6/8", "1"),
                ],
                "cast": [("Ciarán Power", "CIARÁN", 0), ("Orla Walsh", "MAM", 45)],
                "notes": ["Museum opens at 10:00am; we have the ground floor until 1:00pm."],
            },
        ),
    ]


# --- Dutch / Flemish callsheet for a draaidag ---------------------------------------------------


def _nl(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "helvetica")
        W = c.width
        x0 = 36.0
        fill(c, 0, 0, W, 64, 235)
        c.text(x0, 30, "CALLSHEET", 16, bold=True)
        c.text(x0, 48, f"{title} · {g['company']}", 9)
        c.right(W - x0, 30, f"DRAAIDAG {g['dd']}", 13, bold=True)
        c.right(W - x0, 48, day_text(day, g["date_style"]), 9)
        y = 92.0
        c.text(x0, y, g["call_label"], 10, bold=True)
        c.text(x0 + 130, y, hm(call, t), 14, bold=True)
        y = _rows(
            c,
            x0,
            y + 18,
            [
                ("Ontbijt", hm(add_minutes(call, -30), t)),
                ("Eerste opname", hm(add_minutes(call, 60), t)),
                ("Lunch", hm(add_minutes(call, 300), t)),
                ("Verwacht einde", hm(add_minutes(call, 600), t)),
            ],
            130,
            8.5,
            12,
            120,
        )
        c.text(W / 2 + 40, 92, "Zon op / onder", 8.5, bold=True)
        c.text(W / 2 + 130, 92, f"{hm(rise, t)} / {hm(fall, t)}", 8.5)
        c.text(W / 2 + 40, 106, "Weer", 8.5, bold=True)
        fit(c, W / 2 + 130, 106, g["weather"], 8.5, W - x0 - W / 2 - 130)
        y += 8
        c.hline(x0, W - x0, y - 8, 0.5)
        c.text(x0, y + 4, "DRAAILOCATIE", 8.5, bold=True)
        for k, line in enumerate([p.name, p.street, p.city, g["set"]]):
            fit(c, x0 + 130, y + 4 + 11 * k, line, 9, W - 2 * x0 - 130)
        y += 52
        c.text(x0, y, "Parkeren / basis", 8.5, bold=True)
        c.text(x0 + 130, y, f"{p.base_street}, {p.base_city} ({g['parking']})", 8.5)
        y += 14
        c.text(x0, y, "Dichtstbijzijnde SEH", 8.5, bold=True)
        c.text(x0 + 130, y, f"{p.hospital}, {p.hospital_address}, tel. {p.hospital_phone}", 8.5)
        y += 24
        y = head_table(
            c,
            x0,
            y,
            ["SC", "OMSCHRIJVING", "D/N", "PAG.", "CAST"],
            [0, 36, 300, 340, 390],
            g["scenes"],
            W - x0,
        )
        y += 4
        y = head_table(
            c,
            x0,
            y,
            ["CAST", "ROL", "OPHALEN", "GRIME", "OP SET"],
            [0, 130, 240, 320, 400],
            [
                (
                    a,
                    r,
                    hm(add_minutes(call, o - 40), t),
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o + 60), t),
                )
                for a, r, o in g["cast"]
            ],
            W - x0,
        )
        y += 4
        y = head_table(
            c,
            x0,
            y,
            ["AFDELING", "NAAM", "TELEFOON", "CALL"],
            [0, 130, 260, 400],
            [(d, n, ph, hm(add_minutes(call, o), t)) for d, n, ph, o in g["crew"]],
            W - x0,
        )
        y += 6
        c.text(x0, y, "Opmerkingen", 8.5, bold=True)
        for line in g["notes"]:
            y += 11
            fit(c, x0, y, line, 8.5, W - 2 * x0)
        return c.output()

    return _sheet(
        f"nl_{key}",
        "nl_draaidag",
        "Dutch / Flemish callsheet: DRAAIDAG n banner, 'Crew call' line, SEH hospital",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _nl_crew(pre: str) -> list[tuple[str, str, str, int]]:
    return [
        ("Regie", "Femke de Wit", f"{pre} 11 22 33 01", 0),
        ("1e regieassistent", "Bram Jansen", f"{pre} 11 22 33 02", -15),
        ("Camera", "Sanne Bakker", f"{pre} 11 22 33 03", -30),
        ("Licht", "Joost Mulder", f"{pre} 11 22 33 04", -30),
        ("Geluid", "Ilse Peeters", f"{pre} 11 22 33 05", 0),
        ("Grime", "Noor Visser", f"{pre} 11 22 33 06", -60),
    ]


def _nl_sheets() -> list[Sheet]:
    return [
        _nl(
            "utrecht",
            "DE DOMTOREN",
            D(2026, 4, 14),
            "07:30",
            {
                "time": "h24",
                "company": "Vaartsche Rijn Films",
                "dd": "6",
                "date_style": "nl_long",
                "call_label": "Crew call",
                "weather": "Bewolkt, 12°C",
                "set": "Zaal 3 en de binnentuin",
                "parking": "P+R Jaarbeurs, kaart bij productie",
                "scenes": [
                    ("18", "INT. MUSEUMZAAL - de restauratie", "D", "2", "1, 2"),
                    ("19", "EXT. BINNENTUIN - Lotte belt", "D", "6/8", "1"),
                ],
                "cast": [("Lotte Verhoef", "ANNA", 0), ("Daan Smit", "PIETER", 45)],
                "crew": _nl_crew("06"),
                "notes": [
                    "Museum open vanaf 11.00 uur: stil werken in zaal 3.",
                    "Catering in de foyer, graag eigen beker meenemen.",
                ],
            },
        ),
        _nl(
            "haarlem",
            "SPAARNE",
            D(2026, 10, 20),
            "08:00",
            {
                "time": "nl",
                "company": "Kennemer Producties B.V.",
                "dd": "11",
                "date_style": "nl_num",
                "call_label": "Algemene call",
                "weather": "Regen, 13°C",
                "set": "Ovale Zaal en fossielenzaal",
                "parking": "garage Raaks, vergoed",
                "scenes": [
                    ("40", "INT. OVALE ZAAL - de lezing", "D", "2 4/8", "1-3, fig."),
                    ("41", "INT. FOSSIELENZAAL - het gesprek", "D", "1", "2, 3"),
                ],
                "cast": [
                    ("Eva Brouwer", "MARTHE", 0),
                    ("Sem de Graaf", "TEYLER", 30),
                    ("Jip Kok", "CONSERVATOR", 90),
                ],
                "crew": _nl_crew("06"),
                "notes": ["Figuratie (20) melden om 9.00 uur bij de basis."],
            },
        ),
        _nl(
            "leuven",
            "DE ABDIJ",
            D(2026, 6, 9),
            "07:00",
            {
                # HARD: Flemish "7u00" times and a Belgian SEH line with a +32 number
                "time": "vl",
                "company": "Dijlefilm vzw",
                "dd": "3",
                "date_style": "nl_long",
                "call_label": "Verzamelen crew",
                "weather": "Zonnig, 22°C",
                "set": "Abdijhoeve en de vijvers",
                "parking": "station Leuven, pendel om 6u30",
                "scenes": [
                    ("7", "EXT. VIJVERS - de vangst", "D", "1 2/8", "1, 2"),
                    ("8", "INT. ABDIJHOEVE - het ontbijt", "D", "2", "1-4"),
                ],
                "cast": [
                    ("Wout Claes", "BROEDER JAN", 0),
                    ("Lies Maes", "ELS", 45),
                    ("Ruben Goossens", "ABT", 120),
                ],
                "crew": _nl_crew("0470"),
                "notes": ["Wandelaars op het domein: niet afsluiten zonder steward."],
            },
        ),
    ]


# --- French feuille de service: two columns of boxes -------------------------------------------


def _fr(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "h"

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        x0 = 30.0
        c.text(x0, 40, "FEUILLE DE SERVICE", 14, bold=True)
        c.right(W - x0, 40, f"{title}", 14, bold=True)
        c.text(x0, 54, g["company"], 8)
        c.right(W - x0, 54, f"{day_text(day, 'fr_long')} · {g['jour']}", 8.5, bold=True)
        half = (W - 2 * x0 - 10) / 2
        lx, rx = x0, x0 + half + 10
        # left column: horaires; right column: décor
        y = 70.0
        c.box(lx, y, half, 110, 0.6)
        c.text(lx + 5, y + 12, "HORAIRES", 8, bold=True)
        _rows(
            c,
            lx + 5,
            y + 28,
            [
                (g["call_label"], hm(call, t)),
                ("PAT", hm(add_minutes(call, g.get("pat", 60)), t)),
                ("Déjeuner", hm(add_minutes(call, 330), t)),
                ("Fin prévue", hm(add_minutes(call, 600), t)),
                ("Lever / coucher", f"{hm(rise, t)} / {hm(fall, t)}"),
                ("Météo", g["weather"]),
            ],
            100,
            8.5,
            13,
            half - 110,
        )
        c.box(rx, y, half, 110, 0.6)
        c.text(rx + 5, y + 12, "DÉCOR", 8, bold=True)
        for k, line in enumerate([p.name, p.street, p.city, g["set"]]):
            fit(c, rx + 5, y + 28 + 12 * k, line, 9, half - 10)
        fit(c, rx + 5, y + 86, f"Cantine / loges : {p.base_street}, {p.base_city}", 7.5, half - 10)
        fit(c, rx + 5, y + 98, g["parking"], 7.5, half - 10)
        y += 126
        y = head_table(
            c,
            x0,
            y,
            ["SÉQ.", "DÉCOR / EFFET", "J/N", "INT/EXT", "PAGES", "RÔLES"],
            [0, 36, 280, 320, 370, 420],
            g["scenes"],
            W - x0,
        )
        y += 4
        y = head_table(
            c,
            x0,
            y,
            ["RÔLE", "COMÉDIEN", "PICK-UP", "HMC", "PAT"],
            [0, 110, 250, 330, 410],
            [
                (
                    r,
                    a,
                    hm(add_minutes(call, o - 30), t),
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o + 70), t),
                )
                for r, a, o in g["cast"]
            ],
            W - x0,
        )
        y += 4
        y = head_table(
            c,
            x0,
            y,
            ["POSTE", "NOM", "CONVOC."],
            [0, 150, 330],
            [(pos, n, hm(add_minutes(call, o), t)) for pos, n, o in g["crew"]],
            W - x0,
        )
        y += 8
        c.box(x0, y, W - 2 * x0, 40, 0.6)
        c.text(x0 + 5, y + 12, "URGENCES", 8, bold=True)
        c.text(x0 + 5, y + 25, f"{p.hospital} - {p.hospital_address}", 8.5)
        c.text(x0 + 5, y + 36, f"Tél. {p.hospital_phone} · SAMU 15 · Pompiers 18", 8.5)
        y += 56
        c.text(x0, y, "OBSERVATIONS", 8, bold=True)
        for line in g["notes"]:
            y += 11
            fit(c, x0, y, line, 8.5, W - 2 * x0)
        return c.output()

    return _sheet(
        f"fr_{key}",
        "fr_feuille",
        "French feuille de service: HORAIRES and DÉCOR boxes side by side, "
        "URGENCES box under the crew",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _fr_crew() -> list[tuple[str, str, int]]:
    return [
        ("Réalisatrice", "Claire Dumont", 0),
        ("1er assistant", "Julien Morel", -15),
        ("Chef opérateur", "Hugo Lefèvre", 0),
        ("Chef électricien", "Karim Benali", -30),
        ("Chef machiniste", "Paul Girard", -30),
        ("Ingénieur du son", "Lucie Martin", 0),
        ("Régie", "Nadia Roux", -60),
    ]


def _fr_sheets() -> list[Sheet]:
    return [
        _fr(
            "dijon",
            "LA MOUTARDE",
            D(2026, 5, 5),
            "08:00",
            {
                "company": "Côte d'Or Films SAS",
                "jour": "J 8/24",
                "call_label": "Convocation équipe",
                "weather": "Éclaircies, 19°",
                "set": "Salle des gardes et cour d'honneur",
                "parking": "Véhicules techniques place Suquet, pas de stationnement rue Rameau",
                "scenes": [
                    ("21", "Salle des gardes - le banquet", "J", "INT", "2", "1, 2, 5"),
                    ("22", "Cour d'honneur - l'arrivée du duc", "J", "EXT", "1 3/8", "1-6"),
                ],
                "cast": [
                    ("MARGUERITE", "Inès Carpentier", 0),
                    ("LE DUC", "Armand Vidal", 30),
                    ("L'INTENDANT", "Bruno Lacoste", 90),
                ],
                "crew": _fr_crew(),
                "notes": [
                    "Le musée ouvre à 10h00 : aucune circulation de matériel dans les salles.",
                    "Figuration (30) convoquée 07h30 à la cantine.",
                ],
            },
        ),
        _fr(
            "rouen",
            "L'HORLOGE",
            D(2026, 11, 17),
            "07:30",
            {
                "company": "Seine Productions",
                "jour": "J 15/30",
                "call_label": "RDV équipe",
                "weather": "Pluie faible, 9°",
                "set": "Arche et beffroi",
                "parking": "Stationnement équipe quai de la Bourse, badge régie",
                "scenes": [
                    ("48", "Arche - Jeanne sous la pluie", "J", "EXT", "1 1/8", "1"),
                    ("49", "Beffroi - le mécanisme", "J", "INT", "2 6/8", "1, 3"),
                ],
                "cast": [("JEANNE", "Maëlle Guérin", 0), ("L'HORLOGER", "Serge Péron", 60)],
                "crew": _fr_crew(),
                "notes": ["Rue piétonne : déchargement avant 08h00 uniquement."],
            },
        ),
        _fr(
            "reims",
            "LE SACRE",
            D(2026, 9, 23),
            "06:30",
            {
                # HARD: the PAT (prêt à tourner) is printed right under the crew call, an hour
                # and a half later, in the same box and type
                "company": "Champagne Images SARL",
                "jour": "J 3/12",
                "pat": 90,
                "call_label": "Convocation",
                "weather": "Beau temps, 21°",
                "set": "Salle du Tau et trésor",
                "parking": "Parking équipe boulevard de la Paix (navette)",
                "scenes": [
                    ("5", "Salle du Tau - le festin du sacre", "J", "INT", "3", "1-4, fig."),
                    ("6", "Trésor - le talisman", "J", "INT", "1", "2"),
                ],
                "cast": [
                    ("CHARLES", "Victor Antoine", 0),
                    ("YOLANDE", "Sarah Lemaire", 30),
                    ("L'ARCHEVÊQUE", "Gilles Fournier", 60),
                ],
                "crew": _fr_crew(),
                "notes": ["Objets du trésor manipulés uniquement par le personnel du monument."],
            },
        ),
    ]


# --- South African series sheet ----------------------------------------------------------------


def _za(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "helvetica")
        W = c.width
        x0 = 32.0
        c.text(x0, 42, g["company"], 10, bold=True)
        c.text(x0, 54, g["address"], 7)
        c.right(W - x0, 42, title, 15, bold=True)
        c.right(W - x0, 56, g["episode"], 8.5)
        c.grid(x0, 66, [(W - 2 * x0) / 4] * 4, [40.0])
        q = (W - 2 * x0) / 4
        cells = [
            ("DATE", day_text(day, "za")),
            ("SHOOT DAY", g["day_of"]),
            ("CALL TIME", hm(call, t)),
            ("SUNRISE / SUNSET", f"{hm(rise, t)} / {hm(fall, t)}"),
        ]
        for n, (lab, val) in enumerate(cells):
            c.text(x0 + q * n + 4, 76, lab, 6.5, bold=True)
            fit(
                c,
                x0 + q * n + 4,
                96,
                val,
                11 if lab == "CALL TIME" else 8.5,
                q - 8,
                bold=lab == "CALL TIME",
            )
        y = 124.0
        locs = [("LOCATION 1", [p.name, p.street, p.city, g["set"]])]
        if g.get("loc2"):
            locs.append(("LOCATION 2", g["loc2"]))
        locs.append(("UNIT BASE", [p.base_street, p.base_city, g["base_note"]]))
        bw = (W - 2 * x0) / len(locs)
        for n, (head, lines) in enumerate(locs):
            c.text(x0 + bw * n, y, head, 7.5, bold=True)
            for k, line in enumerate(lines):
                fit(c, x0 + bw * n, y + 12 + 10.5 * k, line, 8.5, bw - 8)
        y += 62
        c.text(x0, y, "Weather:", 8, bold=True)
        c.text(x0 + 48, y, g["weather"], 8)
        c.text(W / 2, y, "Lunch:", 8, bold=True)
        c.text(W / 2 + 36, y, hm(add_minutes(call, 360), t), 8)
        y += 22
        y = head_table(
            c,
            x0,
            y,
            ["SC", "SET", "D/N", "PGS", "CAST", "LOC"],
            [0, 34, 300, 340, 390, 470],
            g["scenes"],
            W - x0,
        )
        y += 4
        y = head_table(
            c,
            x0,
            y,
            ["ARTIST", "CHARACTER", "PICK-UP", "MAKE-UP", "ON SET"],
            [0, 130, 250, 330, 410],
            [
                (
                    a,
                    r,
                    hm(add_minutes(call, o - 45), t),
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o + 60), t),
                )
                for a, r, o in g["cast"]
            ],
            W - x0,
        )
        y += 4
        y = head_table(
            c,
            x0,
            y,
            ["DEPARTMENT", "NAME", "CELL", "CALL"],
            [0, 140, 280, 420],
            [(d, n, ph, hm(add_minutes(call, o), t)) for d, n, ph, o in g["crew"]],
            W - x0,
        )
        y += 8
        c.text(x0, y, "EMERGENCY", 8, bold=True)
        c.text(x0 + 70, y, f"Nearest hospital: {p.hospital}, {p.hospital_address}", 8)
        c.text(x0 + 70, y + 11, f"Tel {p.hospital_phone} · ER24 084 124 · SAPS 10111", 8)
        y += 30
        for line in g["notes"]:
            fit(c, x0, y, line, 8, W - 2 * x0)
            y += 11
        return c.output()

    return _sheet(
        f"za_{key}",
        "za_series",
        "South African series sheet: DATE / SHOOT DAY / CALL TIME / SUN strip, "
        "location and unit base columns, EMERGENCY line",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _za_crew() -> list[tuple[str, str, str, int]]:
    return [
        ("Director", "Thando Mokoena", "082 555 0101", 0),
        ("1st AD", "Riaan du Plessis", "083 555 0102", -15),
        ("DOP", "Lerato Khumalo", "072 555 0103", 0),
        ("Gaffer", "Pieter van Wyk", "084 555 0104", -30),
        ("Sound", "Ayesha Patel", "079 555 0105", 0),
        ("Unit manager", "Sipho Ndlovu", "082 555 0106", -60),
    ]


def _za_sheets() -> list[Sheet]:
    return [
        _za(
            "stellenbosch",
            "DIE WYNBOER",
            D(2026, 3, 24),
            "06:30",
            {
                "time": "za",
                "company": "Eikestad Films (Pty) Ltd",
                "address": "12 Plein St, Stellenbosch · 021 555 0180",
                "episode": "Season 1 · Episode 5",
                "day_of": "Day 18 of 40",
                "set": "Schreuderhuis and Blettermanhuis gardens",
                "base_note": "Unit vehicles on the Bird St side",
                "weather": "Hot, 31°C, SE wind",
                "scenes": [
                    ("5/12", "EXT. SCHREUDERHUIS - the harvest", "D", "2", "1, 2", "1"),
                    ("5/13", "INT. BLETTERMANHUIS - Ouma's kitchen", "D", "1 4/8", "2, 5", "1"),
                ],
                "cast": [
                    ("Marlize Botha", "ANNELIE", 0),
                    ("Kagiso Dube", "THABO", 30),
                    ("Elsa Nel", "OUMA", 90),
                ],
                "crew": _za_crew(),
                "notes": ["Load shedding stage 2 expected 10h00-12h30: genny on standby."],
            },
        ),
        _za(
            "durban",
            "CITY OF GOLDEN SAND",
            D(2026, 7, 28),
            "07:00",
            {
                "time": "am",
                "company": "Moses Mabhida Street Pictures",
                "address": "40 Margaret Mncadi Ave, Durban · 031 555 0190",
                "episode": 'Episode 3 "Heat"',
                "day_of": "Day 9 of 30",
                "set": "Council chamber and the foyer",
                "base_note": "Basecamp and catering opposite the Playhouse",
                # HARD: a second location with its own address beside the first (expected: 1)
                "loc2": [
                    "Durban Botanic Gardens",
                    "9A John Zikhali Rd",
                    "Durban, 4001",
                    "Orchid house (after lunch)",
                ],
                "weather": "Clear, 24°C",
                "scenes": [
                    ("14", "INT. COUNCIL CHAMBER - the vote", "D", "3", "1-4", "1"),
                    ("15", "EXT. GARDENS - Nandi alone", "D", "1 1/8", "2", "2"),
                ],
                "cast": [("Zanele Mthembu", "NANDI", 0), ("Vusi Cele", "COUNCILLOR DLAMINI", 60)],
                "crew": _za_crew(),
                "notes": ["Unit move to location 2 at 1:30pm, crew transport from basecamp."],
            },
        ),
        _za(
            "knysna",
            "LAGOON",
            D(2026, 11, 3),
            "08:00",
            {
                "time": "za",
                "company": "Garden Route Productions CC",
                "address": "Woodmill Lane, Knysna · 044 555 0175",
                "episode": "Pilot",
                "day_of": "Day 2 of 14",
                "set": "Jetty, boatshed and waterfront deck",
                "base_note": "Base at the Waterfront Dr lot",
                "weather": "Overcast, 19°C, light rain later",
                "scenes": [
                    ("3", "EXT. JETTY - the oyster boat", "D", "1 6/8", "1, 3", "1"),
                    ("4", "INT. BOATSHED - Kyle repairs the hull", "D", "2", "1", "1"),
                ],
                "cast": [("Kyle Jacobs", "DEAN", 0), ("Amy le Roux", "TESS", 45)],
                "crew": _za_crew(),
                "notes": [
                    "Boat marshal on set from 07h30. Life jackets for all crew on the jetty."
                ],
            },
        ),
    ]


# --- near misses --------------------------------------------------------------------------------


def _permit() -> bytes:
    """A council's crew parking permit letter for the Durham feature: dates, bays, conditions."""
    c = Canvas("A4", "times")
    W = c.width
    c.text(60, 60, "Durham County Council", 14, bold=True)
    c.text(60, 74, "Parking Services · County Hall · Durham", 9)
    c.text(60, 110, "Wear Valley Films Ltd", 10)
    c.text(60, 123, "Unit 4, Belmont Business Park, Durham", 10)
    c.right(W - 60, 110, "Ref: PS/FILM/2026/118", 10)
    c.right(W - 60, 123, "14 May 2026", 10)
    c.text(60, 160, "Temporary parking permit: filming", 11, bold=True)
    y = 184.0
    for para in [
        "Dear Ms Whitfield,",
        "Further to your application, I can confirm that we have reserved 12 bays in the Sands "
        "car park, Freemans Place, for production vehicles from Monday 1 June to Friday 5 June "
        "2026, 06:00 to 20:00 each day. The enclosed permits must be displayed on the dashboard.",
        "Vehicles must not block the access to the riverside path. Generators may not run "
        "before 07:00. The suspension of bays will be signed 48 hours in advance.",
        "The fee of £540.00 will be invoiced separately. Please contact me on 03000 26 0000 if "
        "your dates change.",
        "Yours sincerely,",
        "Alan Pybus, Parking Services Officer",
    ]:
        for ln in wrap(c, para, 10, W - 120):
            c.text(60, y, ln, 10)
            y += 13
        y += 8
    return c.output()


def _wrap_party() -> bytes:
    """A wrap party invitation for the Utrecht series: date, time, venue, dress code."""
    c = Canvas("A5", "helvetica")
    W = c.width
    fill(c, 0, 0, W, 596, 25)
    c.pdf.set_text_color(255, 255, 255)
    for y, txt, size in [
        (90, "DE DOMTOREN", 22),
        (130, "IT'S A WRAP!", 16),
        (180, "Wrapfeest voor cast & crew", 11),
    ]:
        c.text((W - measure(c, txt, size, bold=True)) / 2, y, txt, size, bold=True)
    y = 240.0
    for line in [
        "Zaterdag 23 mei 2026",
        "vanaf 20.00 uur tot laat",
        "Café De Vrijheid",
        "Oudegracht 145, Utrecht",
        "",
        "Dresscode: jaren tachtig",
        "Bring your +1 · drankjes op de productie tot 23.00 uur",
        "Graag even laten weten of je komt: wrap@vaartscherijn.example",
    ]:
        if line:
            c.text((W - measure(c, line, 10)) / 2, y, line, 10)
        y += 18
    black(c)
    return c.output()


def _health() -> bytes:
    """A pre-shoot health questionnaire for the Stellenbosch series: questions and tick boxes."""
    c = Canvas("A4", "helvetica")
    W = c.width
    c.text(40, 50, "Eikestad Films (Pty) Ltd", 10, bold=True)
    c.text(40, 76, "CAST & CREW HEALTH DECLARATION", 14, bold=True)
    c.text(40, 92, "To be completed before your first day on set and handed to the unit medic.", 9)
    rows = [
        ("Name", ""),
        ("Department / role", ""),
        ("Date of first shoot day", ""),
        ("Emergency contact & phone", ""),
        ("Medical aid & number", ""),
    ]
    y = 124.0
    for lab, _ in rows:
        c.text(40, y, lab, 9, bold=True)
        c.hline(200, W - 40, y + 2, 0.4)
        y += 20
    y += 10
    qs = [
        "Do you have any allergies (food, insect stings, medication)?",
        "Do you carry an EpiPen or inhaler?",
        "Do you have a condition the medic should know about (diabetes, epilepsy, heart)?",
        "Have you had a fever, cough or loss of taste in the last 7 days?",
        "Are you comfortable working at heights or on water?",
    ]
    for q in qs:
        c.text(40, y, q, 9)
        c.text(W - 110, y, "YES [  ]   NO [  ]", 9)
        y += 18
    y += 12
    for ln in wrap(
        c,
        "Your answers are kept by the unit medic only and destroyed at wrap. "
        "Signature confirms the information is correct.",
        9,
        W - 80,
    ):
        c.text(40, y, ln, 9)
        y += 12
    y += 20
    c.text(40, y, "Signature ____________________     Date ____________", 9)
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "other_parking_permit",
            "near_miss",
            "council crew parking permit letter",
            _permit,
            OTHER,
        ),
        _sheet(
            "other_wrap_party", "near_miss", "wrap party invitation (Dutch)", _wrap_party, OTHER
        ),
        _sheet(
            "other_health_form", "near_miss", "cast & crew health declaration form", _health, OTHER
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_ep_sheets(),
        *_uk_sheets(),
        *_ie_sheets(),
        *_nl_sheets(),
        *_fr_sheets(),
        *_za_sheets(),
        *_other_sheets(),
    ]
