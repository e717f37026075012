"""Fifty-third held-out set: six kinds of everyday North American call sheet (US and Canada), in
towns from G to M not yet in the corpus (`fresh52_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh52"). Quebec commercial sheets in French and English from a Montreal
company's template, a grid of labels each over its value with ISO dates and "7 h 30" times
(Longueuil, Lévis, Granby); US indie feature sheets typed in a word processor with a two-column
header and tab-aligned lines (Gettysburg, Lynchburg, Hattiesburg); US music-video and
branded-content one-pagers with a black title band and a run of the day (Hamtramck, Las Cruces,
Marfa); university student film sheets with the course, the instructor and a faculty-approval
line (Mankato, Laramie, Greensboro); Google Sheets exports with merged cells and a coloured
header band (Joplin, Moab, Marquette) and reality / documentary TV unit sheets with two or three
locations and a company move (Lunenburg, Medicine Hat, Grande Prairie). Three near misses, all
`other`: a stage production's tech-week schedule, a photo studio's booking confirmation and a
youth hockey tournament schedule.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from tests.corpus.draw import Canvas, black, centre, grey
from tests.corpus.formats import add_minutes
from tests.corpus.fresh_common import (
    cast_times,
    clock,
    crew_times,
    date_or,
    expect,
    fill,
    grey_text,
    head_table,
    label_grid,
    label_rows,
    page,
    sheet_basics,
    sheet_maker,
    time_or,
    timed_rows,
    titled_notes,
)
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # (1) Quebec commercial grid: Longueuil, Lévis, Granby
    "cocathedrale": _p(
        "ca",
        "Cocathédrale Saint-Antoine-de-Padoue",
        "150 rue Saint-Charles Ouest",
        "Longueuil (Québec) J4H 1C9",
        45.5372,
        -73.5105,
        "America/Toronto",
        "Hôpital Pierre-Boucher",
        "1333 boulevard Jacques-Cartier Est",
        "Longueuil (Québec) J4M 2A5",
        "450 468-8111",
        "Stationnement municipal, rue Saint-Sylvestre",
        "Longueuil (Québec) J4H 2W1",
    ),
    "fortslevis": _p(
        "ca",
        "Lieu historique national des Forts-de-Lévis",
        "41 chemin du Gouvernement",
        "Lévis (Québec) G6V 7V2",
        46.7935,
        -71.1525,
        "America/Toronto",
        "Hôtel-Dieu de Lévis",
        "143 rue Wolfe",
        "Lévis (Québec) G6V 3Z1",
        "418 835-7121",
        "Stationnement du Fort no 1, chemin du Gouvernement",
        "Lévis (Québec) G6V 7V2",
    ),
    "zoogranby": _p(
        "ca",
        "Zoo de Granby",
        "1050 boulevard David-Bouchard Nord",
        "Granby (Québec) J2G 5P3",
        45.4186,
        -72.7430,
        "America/Toronto",
        "Hôpital de Granby",
        "205 boulevard Leclerc Ouest",
        "Granby (Québec) J2G 1T7",
        "450 375-8000",
        "Stationnement P3 du Zoo, rue Bourget",
        "Granby (Québec) J2G 5P3",
    ),
    # (2) US indie feature, word processor: Gettysburg, Lynchburg, Hattiesburg
    "gettyhotel": _p(
        "us",
        "Gettysburg Hotel",
        "1 Lincoln Square",
        "Gettysburg, PA 17325",
        39.8309,
        -77.2311,
        "America/New_York",
        "WellSpan Gettysburg Hospital",
        "147 Gettys St",
        "Gettysburg, PA 17325",
        "(717) 334-9155",
        "Racehorse Alley Parking Garage, 35 Race Horse Alley",
        "Gettysburg, PA 17325",
    ),
    "academy": _p(
        "us",
        "Academy Center of the Arts",
        "600 Main St",
        "Lynchburg, VA 24504",
        37.4135,
        -79.1428,
        "America/New_York",
        "Lynchburg General Hospital",
        "1901 Tate Springs Rd",
        "Lynchburg, VA 24501",
        "(434) 200-3000",
        "Bluffwalk Parking Deck, 1000 Church St",
        "Lynchburg, VA 24504",
    ),
    "saenger": _p(
        "us",
        "Saenger Theater",
        "201 Forrest St",
        "Hattiesburg, MS 39401",
        31.3270,
        -89.2905,
        "America/Chicago",
        "Forrest General Hospital",
        "6051 US-49",
        "Hattiesburg, MS 39401",
        "(601) 288-7000",
        "Town Square Park lot, 100 Mobile St",
        "Hattiesburg, MS 39401",
    ),
    # (3) US music-video / branded one-pager: Hamtramck, Las Cruces, Marfa
    "hamstadium": _p(
        "us",
        "Hamtramck Stadium",
        "3201 Dan St",
        "Hamtramck, MI 48212",
        42.4012,
        -83.0552,
        "America/Detroit",
        "Henry Ford Hospital",
        "2799 W Grand Blvd",
        "Detroit, MI 48202",
        "(313) 916-2600",
        "Veterans Memorial Park lot, Joseph Campau Ave",
        "Hamtramck, MI 48212",
    ),
    "riogrande": _p(
        "us",
        "Rio Grande Theatre",
        "211 N Main St",
        "Las Cruces, NM 88001",
        32.3130,
        -106.7783,
        "America/Denver",
        "MountainView Regional Medical Center",
        "4311 E Lohman Ave",
        "Las Cruces, NM 88011",
        "(575) 556-7600",
        "City lot at Las Cruces Ave & Water St",
        "Las Cruces, NM 88001",
    ),
    "paisano": _p(
        "us",
        "Hotel Paisano",
        "207 N Highland Ave",
        "Marfa, TX 79843",
        30.3110,
        -104.0207,
        "America/Chicago",
        "Big Bend Regional Medical Center",
        "2600 TX-118",
        "Alpine, TX 79830",
        "(432) 837-3447",
        "Presidio County Courthouse lot, 300 N Highland Ave",
        "Marfa, TX 79843",
    ),
    # (4) student film: Mankato, Laramie, Greensboro
    "hubbard": _p(
        "us",
        "R.D. Hubbard House",
        "606 S Broad St",
        "Mankato, MN 56001",
        44.1594,
        -93.9990,
        "America/Chicago",
        "Mayo Clinic Health System - Mankato",
        "1025 Marsh St",
        "Mankato, MN 56001",
        "(507) 625-4031",
        "Lot 21 (student permit), Maywood Ave",
        "Mankato, MN 56001",
    ),
    "prison": _p(
        "us",
        "Wyoming Territorial Prison State Historic Site",
        "975 Snowy Range Rd",
        "Laramie, WY 82070",
        41.3117,
        -105.6108,
        "America/Denver",
        "Ivinson Memorial Hospital",
        "255 N 30th St",
        "Laramie, WY 82072",
        "(307) 742-2141",
        "Visitor lot off Snowy Range Rd",
        "Laramie, WY 82070",
    ),
    "blandwood": _p(
        "us",
        "Blandwood Museum",
        "447 W Washington St",
        "Greensboro, NC 27401",
        36.0697,
        -79.7964,
        "America/New_York",
        "Moses H. Cone Memorial Hospital",
        "1200 N Elm St",
        "Greensboro, NC 27401",
        "(336) 832-7000",
        "Greensboro Coliseum lot B, 1921 W Gate City Blvd",
        "Greensboro, NC 27403",
    ),
    # (5) Google Sheets export: Joplin, Moab, Marquette
    "muralpark": _p(
        "us",
        "Route 66 Mural Park",
        "604 S Main St",
        "Joplin, MO 64801",
        37.0852,
        -94.5132,
        "America/Chicago",
        "Freeman Hospital West",
        "1102 W 32nd St",
        "Joplin, MO 64804",
        "(417) 347-1111",
        "Joplin Public Library lot, 1901 E 20th St",
        "Joplin, MO 64804",
    ),
    "moabmuseum": _p(
        "us",
        "Moab Museum",
        "118 E Center St",
        "Moab, UT 84532",
        38.5734,
        -109.5494,
        "America/Denver",
        "Moab Regional Hospital",
        "450 W Williams Way",
        "Moab, UT 84532",
        "(435) 719-3500",
        "Swanny City Park lot, 400 N 100 W",
        "Moab, UT 84532",
    ),
    "historycenter": _p(
        "us",
        "Marquette Regional History Center",
        "145 W Spring St",
        "Marquette, MI 49855",
        46.5433,
        -87.3972,
        "America/Detroit",
        "UP Health System - Marquette",
        "850 W Baraga Ave",
        "Marquette, MI 49855",
        "(906) 449-3000",
        "Lower Harbor Park lot, 200 N Lakeshore Blvd",
        "Marquette, MI 49855",
    ),
    # (6) reality / doc unit sheet: Lunenburg, Medicine Hat, Grande Prairie
    "fisheries": _p(
        "ca",
        "Fisheries Museum of the Atlantic",
        "68 Bluenose Dr",
        "Lunenburg, NS B0J 2C0",
        44.3765,
        -64.3088,
        "America/Halifax",
        "Fishermen's Memorial Hospital",
        "14 High St",
        "Lunenburg, NS B0J 2C0",
        "(902) 634-8801",
        "Lunenburg Academy lot, 97 Kaulbach St",
        "Lunenburg, NS B0J 2C0",
    ),
    "medalta": _p(
        "ca",
        "Medalta in the Historic Clay District",
        "713 Medalta Ave SE",
        "Medicine Hat, AB T1A 3K9",
        50.0434,
        -110.6653,
        "America/Edmonton",
        "Medicine Hat Regional Hospital",
        "666 5th St SW",
        "Medicine Hat, AB T1A 4H6",
        "(403) 529-8000",
        "Clay District overflow lot, 703 Wood St SE",
        "Medicine Hat, AB T1A 3K9",
    ),
    "gpmuseum": _p(
        "ca",
        "Grande Prairie Museum",
        "10329 101 Ave",
        "Grande Prairie, AB T8V 0Y6",
        55.1727,
        -118.7975,
        "America/Edmonton",
        "Grande Prairie Regional Hospital",
        "11205 110 St",
        "Grande Prairie, AB T8V 2E8",
        "(825) 412-4000",
        "Muskoseepi Park lot, 102 St & 102 Ave",
        "Grande Prairie, AB T8V 0Y6",
    ),
}

FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.", "oct."]
FR_MON += ["nov.", "déc."]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "qc": f"{h} h {m:02d}",  # "7 h 30" (OQLF)
        "us": f"{h12}:{m:02d} {ap}",  # "7:30 AM"
        "us_lower": f"{h12}:{m:02d}{ap.lower()}",  # "7:30am"
        "us_dots": f"{h12}:{m:02d} {ap[0].lower()}.m.",  # "7:30 a.m."
        "h24": f"{h:02d}:{m:02d}",
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "iso": d.isoformat(),  # "2026-11-19"
        "qc_long": f"{FR_WD[d.weekday()]} {d.day} {FR_MON[d.month - 1]} {d.year}",
        "us_long": f"{d:%A}, {d:%B} {d.day}, {d.year}",  # "Thursday, November 19, 2026"
        "us_slash": f"{d.month}/{d.day}/{d.year}",  # "11/19/2026"
        "us_short": f"{d:%a} {d.month}/{d.day}/{d:%y}",  # "Sat 11/21/26"
        "us_abbr": f"{d:%a}, {d:%b} {d.day}, {d.year}",  # "Thu, Nov 19, 2026"
        "ca_mon": f"{d:%a} {d:%b} {d.day}, {d.year}",  # "Tue Nov 24, 2026"
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh52")
_table = partial(head_table, size=7.5, lead=12)


def _footer(c: Canvas, x: float, text: str) -> None:
    grey_text(c, x, c.pdf.h - 22, text, 7, 120)


# --- (1) Quebec commercial grid: bilingual labels above their values, ISO date, "7 h 30" -----


def _qc(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("letter", g["font"], margin=30.0)
        c.text(x0, 40, g["company"], 13, bold=True)
        grey_text(c, x0, 52, g["office"], 7)
        c.right(right, 40, "FEUILLE DE SERVICE / CALL SHEET", 11, bold=True)
        c.right(right, 52, f"Version {g['version']}  ·  envoyée le {g['sent']}", 7.5)
        c.hline(x0, right, 60, 1.0)
        # the grid: each label (French / English) in a shaded strip, its value under it
        cells = [
            ("CLIENT", g["client"]),
            ("PROJET / PROJECT", title),
            ("AGENCE / AGENCY", g["agency"]),
            ("DATE", day_text(day, "iso")),
            ("JOUR / DAY", day_text(day, "qc_long")),
            ("JOUR DE TOURNAGE / SHOOT DAY", g["day_n"]),
            (g["call_label"], hm(call, t)),
            *[(lab, hm(add_minutes(call, off), t)) for lab, off in g["times"]],
            ("LEVER / SUNRISE", hm(rise, t)),
            ("COUCHER / SUNSET", hm(fall, t)),
            ("MÉTÉO / WEATHER", g["weather"]),
            ("RÉALISATION / DIRECTOR", g["director"]),
        ]
        cols = 3
        w = (right - x0) / cols
        y = 70.0
        for i, (lab, val) in enumerate(cells):
            xx = x0 + (i % cols) * w
            yy = y + (i // cols) * 34
            fill(c, xx, yy, w, 11, 220)
            c.box(xx, yy, w, 32, 0.5)
            fit(c, xx + 3, yy + 8.5, lab, 6.5, w - 6, bold=True)
            fit(c, xx + 4, yy + 25, val, 10 if lab == g["call_label"] else 8.5, w - 8, bold=True)
        y += ((len(cells) + cols - 1) // cols) * 34 + 10
        blocks = [
            ("LIEU DE TOURNAGE / LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("STATIONNEMENT / PARKING", [p.base_street, p.base_city, g["parking_note"]]),
            (
                "HÔPITAL / HOSPITAL",
                [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
            ),
        ]
        for i, (lab, lines) in enumerate(blocks):
            xx = x0 + i * w
            fill(c, xx, y, w, 11, 220)
            c.box(xx, y, w, 66, 0.5)
            fit(c, xx + 3, y + 8.5, lab, 6.5, w - 6, bold=True)
            for k, ln in enumerate(lines):
                fit(c, xx + 4, y + 23 + k * 11, ln, 7.8, w - 8)
        y += 80
        written = partial(hm, style=t)
        y = _table(
            c,
            x0,
            y,
            ["SC.", "DESCRIPTION", "INT/EXT", "TALENT", "DURÉE / LENGTH"],
            [0, 30, 300, 350, 460],
            g["spots"],
            right,
        )
        y = _table(
            c,
            x0,
            y + 2,
            ["TALENT", "RÔLE / ROLE", "MAQ. / MAKE-UP", "PLATEAU / ON SET"],
            [0, 150, 300, 400],
            cast_times(g["cast"], call, written, [-30, 30]),
            right,
        )
        y = _table(
            c,
            x0,
            y + 2,
            ["POSTE / POSITION", "NOM / NAME", "CELL.", "APPEL / CALL"],
            [0, 150, 300, 430],
            crew_times(g["crew"], call, written),
            right,
        )
        titled_notes(c, x0, y + 6, "NOTES", 8, g["notes"], 7.5, right - x0, 10)
        _footer(c, x0, g["footer"])
        return c.output()

    return _sheet(
        f"qc_{key}",
        "qc_commercial_grid",
        "Quebec commercial call sheet from a Montreal company's template, letter: 'FEUILLE DE "
        "SERVICE / CALL SHEET' with the version and when it was sent, then a three-column grid "
        "of boxes, each a shaded bilingual label over its value (CLIENT, PROJET, DATE as "
        "YYYY-MM-DD, the French weekday date, the crew call and the day's other times as "
        "'7 h 30', sun, weather); location / parking / hospital boxes; spots, talent and crew "
        "tables with bilingual heads",
        make,
        expect(p, title, day, call, g["set"]),
    )


_QC_CREW = [
    ("Producteur / Producer", "Étienne Gagnon", "514 826-4410", -30),
    ("1er assistant / 1st AD", "Maude Bélanger", "514 909-1172", -30),
    ("Dir. photo / DOP", "Samuel Ouellet", "438 555-0192", 0),
    ("Chef électro / Gaffer", "Kevin Tremblay", "514 770-3388", -15),
]


def _qc_sheets() -> list[Sheet]:
    return [
        _qc(
            "cocathedrale",
            "Cœur de Village",
            D(2026, 11, 19),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "qc",
                "company": "BOREALE PRODUCTIONS INC.",
                "office": "5445 avenue de Gaspé, bureau 410, Montréal (Québec) H2T 3B2  ·  "
                "514 276-8800",
                "version": "2",
                "sent": "2026-11-18 à 17 h 45",
                "client": "Caisse Desjardins de Longueuil",
                "agency": "Agence Pigment",
                "day_n": "1 de 2",
                "call_label": "APPEL GÉNÉRAL / GENERAL CALL",
                "times": [
                    ("DÉJEUNER / BREAKFAST", -30),
                    ("DÎNER / LUNCH", 330),
                    ("FIN PRÉVUE / EST. WRAP", 630),
                ],
                "weather": "Nuageux, 3 °C",
                "director": "Julie Desrosiers",
                "set": "parvis et nef",
                "parking_note": "Camions: entrée par la rue Saint-Jean",
                "spots": [
                    ("1", "Chorale sur le parvis, plan large", "EXT", "1, 2, fig. 20", "30 s"),
                    ("2", "Nef - bougies, gros plans", "INT", "1", "15 s"),
                ],
                "cast": [("Rosalie Côté", "Mère", 0), ("Liam Nguyen", "Fils", 60)],
                "crew": _QC_CREW,
                "notes": [
                    "Église ouverte au culte à 12 h 00: silence complet de 11 h 45 à 12 h 30. "
                    "Aucun ruban adhésif sur la pierre."
                ],
                "footer": "Boréale Productions  |  Desjardins 'Cœur de Village'  |  V2",
            },
        ),
        _qc(
            "fortslevis",
            "Hiver Fort",
            D(2026, 12, 3),
            "08:00",
            {
                "font": "sans",
                "time_style": "qc",
                "company": "PRODUCTIONS FLEUVE NOIR",
                "office": "300 rue Saint-Paul, Québec (Québec) G1K 7R1",
                "version": "1",
                "sent": "2026-12-01 à 19 h 10",
                "client": "Sépaq / Parcs Canada",
                "agency": "Cossette Québec",
                "day_n": "1 de 1",
                # HARD: a pre-call for the truck crew sits in the box left of the general call
                "call_label": "APPEL GÉNÉRAL / GENERAL CALL",
                "times": [
                    ("PRÉ-APPEL CAMIONS / TRUCK PRE-CALL", -75),
                    ("DÎNER / LUNCH", 300),
                    ("FIN PRÉVUE / EST. WRAP", 600),
                ],
                "weather": "Neige légère, -6 °C",
                "director": "Mathieu Lévesque",
                "set": "remparts et poudrière",
                "parking_note": "Navette aux 20 min vers le fort",
                "spots": [
                    ("1", "Famille sur les remparts, drone", "EXT", "1, 2, 3", "30 s"),
                    ("2", "Poudrière - lanterne", "INT", "2", "6 s"),
                ],
                "cast": [
                    ("Annie Pelletier", "Mère", 0),
                    ("Noah Simard", "Enfant", 45),
                    ("Jacques Roy", "Guide", 90),
                ],
                "crew": _QC_CREW,
                "notes": [
                    "Bottes d'hiver et couches chaudes obligatoires. Drone autorisé par Parcs "
                    "Canada de 9 h 00 à 11 h 00 seulement."
                ],
                "footer": "Productions Fleuve Noir  |  Parcs 'Hiver Fort'  |  V1",
            },
        ),
        _qc(
            "zoogranby",
            "Les Nouveaux Voisins",
            D(2026, 11, 26),
            "06:45",
            {
                "font": "helvetica",
                "time_style": "qc",
                "company": "STUDIO MAPLE & MOUSSE",
                "office": "1 carré Westmount, bureau 1500, Westmount (Québec) H3Z 2P9",
                "version": "3",
                "sent": "2026-11-25 à 20 h 05",
                "client": "Zoo de Granby",
                "agency": "LG2",
                "day_n": "2 de 2",
                "call_label": "APPEL GÉNÉRAL / GENERAL CALL",
                "times": [
                    ("DÉJEUNER / BREAKFAST", -30),
                    ("DÎNER / LUNCH", 360),
                    ("FIN PRÉVUE / EST. WRAP", 660),
                ],
                "weather": "Ensoleillé, 1 °C",
                "director": "Noémie Fortin",
                "set": "pavillon des primates",
                "parking_note": "Accès livraison, porte 4",
                "spots": [
                    ("1", "Soigneuse et gorille, vitre", "INT", "1", "30 s"),
                    ("2", "Famille à l'entrée", "EXT", "2, 3, fig. 8", "15 s"),
                ],
                "cast": [("Camille Boucher", "Soigneuse", 0), ("Hugo Martel", "Père", 120)],
                "crew": _QC_CREW,
                "notes": [
                    "Aucun flash ni bruit fort près des enclos. Suivre les consignes du "
                    "soigneur en chef en tout temps."
                ],
                "footer": "Studio Maple & Mousse  |  Zoo de Granby  |  V3",
            },
        ),
    ]


# --- (2) US indie feature, typed in a word processor: a two-column header, tab stops --------


def _wp(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("letter", g["font"], margin=54.0)
        centre(c, 58, title.upper(), 18)
        centre(c, 74, g["tagline"], 9, bold=False)
        centre(c, 90, "CALL SHEET", 12)
        c.hline(x0, right, 98, 0.6)
        mid = x0 + (right - x0) / 2 + 10
        left = [
            ("Date:", day_text(day, "us_long")),
            (g["call_label"], hm(call, t)),
            *[(lab, hm(add_minutes(call, off), t)) for lab, off in g["times"]],
            ("Shoot Day:", g["day_n"]),
        ]
        right_rows = [
            ("Director:", g["director"]),
            ("Producer:", g["producer"]),
            ("1st AD:", g["ad"]),
            ("Sunrise / Sunset:", f"{hm(rise, t)} / {hm(fall, t)}"),
            ("Weather:", g["weather"]),
        ]
        yl = label_rows(c, x0, 114, mid - 10, left, 10, 92, 14)
        yr = label_rows(c, mid, 114, right, right_rows, 9, 86, 14)
        y = max(yl, yr) + 4
        c.hline(x0, right, y - 8, 0.6)
        c.text(x0, y + 4, "LOCATION", 10, bold=True)
        for k, ln in enumerate([p.name, p.street, p.city, g["set"]]):
            c.text(x0 + 92, y + 4 + k * 12, ln, 10)
        y += 56
        c.text(x0, y, "PARKING", 10, bold=True)
        c.text(x0 + 92, y, f"{p.base_street}, {p.base_city}", 10)
        y += 18
        c.text(x0, y, "HOSPITAL", 10, bold=True)
        c.text(x0 + 92, y, p.hospital, 10)
        c.text(x0 + 92, y + 12, f"{p.hospital_address}  {p.hospital_phone}", 10)
        y += 34
        c.text(x0, y, "SCENES", 10, bold=True)
        c.hline(x0, x0 + 44, y + 2, 0.5)
        y += 14
        for sc, setting, dn, pgs, who in g["scenes"]:
            c.text(x0, y, sc, 9.5)
            fit(c, x0 + 36, y, setting, 9.5, 250)
            c.text(x0 + 300, y, dn, 9.5)
            c.text(x0 + 340, y, pgs, 9.5)
            c.text(x0 + 390, y, who, 9.5)
            y += 13
        y += 8
        c.text(x0, y, "CAST", 10, bold=True)
        c.hline(x0, x0 + 30, y + 2, 0.5)
        c.text(x0 + 250, y, "Pick-up", 9, bold=True)
        c.text(x0 + 320, y, "H/MU", 9, bold=True)
        c.text(x0 + 380, y, "Set", 9, bold=True)
        y += 14
        for row in cast_times(g["cast"], call, partial(hm, style=t), [-45, -15, 45]):
            c.text(x0, y, f"{row[0]} ({row[1]})", 9.5)
            for k, v in enumerate(row[2:]):
                c.text(x0 + 250 + [0, 70, 130][k], y, v, 9.5)
            y += 13
        y += 8
        c.text(x0, y, "CREW", 10, bold=True)
        c.hline(x0, x0 + 32, y + 2, 0.5)
        y += 14
        for dept, name, phone, when in crew_times(g["crew"], call, partial(hm, style=t)):
            c.text(x0, y, dept, 9.5)
            c.text(x0 + 110, y, name, 9.5)
            c.text(x0 + 250, y, phone, 9.5)
            c.text(x0 + 380, y, when, 9.5)
            y += 13
        y += 8
        y = titled_notes(c, x0, y, "NOTES", 10, g["notes"], 9.5, right - x0, 12, gap=14)
        c.text(x0, y + 6, f"ADVANCE: {g['advance']}", 9.5, bold=True)
        centre(c, c.pdf.h - 36, g["footer"], 8, bold=False)
        return c.output()

    return _sheet(
        f"wp_{key}",
        "us_indie_word_processor",
        "US indie feature call sheet typed in a word processor, letter: the title, tagline and "
        "'CALL SHEET' centred, a two-column header (date spelled out, crew call and the day's "
        "times, shoot day on the left; director, producer, 1st AD, sun and weather on the "
        "right), then LOCATION / PARKING / HOSPITAL as label-and-indented lines, scenes, cast "
        "and crew as tab-aligned plain lines, notes and the advance",
        make,
        expect(p, title, day, call, g["set"]),
    )


_WP_CREW = [
    ("Producer", "Dana Whitfield", "(215) 555-0143", -30),
    ("Camera", "Arturo Reyes", "(917) 555-0178", 0),
    ("Sound", "Mei Tanaka", "(646) 555-0119", 0),
    ("Grip/Electric", "Bo Hensley", "(267) 555-0166", -30),
]


def _wp_sheets() -> list[Sheet]:
    return [
        _wp(
            "gettyhotel",
            "The Long Furlough",
            D(2026, 11, 16),
            "07:00",
            {
                "font": "times",
                "time_style": "us",
                "tagline": "A Cold Spring Pictures production",
                "call_label": "Crew Call:",
                "times": [("Breakfast:", -30), ("Lunch:", 360)],
                "day_n": "9 of 18",
                "director": "Owen Marsh",
                "producer": "Dana Whitfield",
                "ad": "Keisha Brandt  (717) 555-0134",
                "weather": "Overcast, high 47°F",
                "set": "lobby and ballroom (2nd floor)",
                "scenes": [
                    ("34", "INT. HOTEL LOBBY - DAY", "D", "2 1/8", "1, 3"),
                    ("35", "INT. BALLROOM - DAY", "D", "3 4/8", "1, 2, 4, BG 25"),
                ],
                "cast": [
                    ("Tessa Moore", "RUTH", 0),
                    ("Caleb Ames", "HENRY", 30),
                    ("Gloria Fenn", "MRS. ALLEN", 120),
                ],
                "crew": _WP_CREW,
                "notes": [
                    "Hotel is open to guests: keep the lobby walkway clear and all carts in the "
                    "service corridor. No smoking within 25 feet of any entrance."
                ],
                "advance": "Tue 11/17 - EXT. Seminary Ridge - Crew Call 6:30 AM",
                "footer": "Cold Spring Pictures LLC  |  The Long Furlough  |  Call Sheet #9",
            },
        ),
        _wp(
            "academy",
            "Hill City Blues",
            D(2026, 11, 20),
            "09:00",
            {
                "font": "times",
                "time_style": "us",
                "tagline": "Bluffwalk Films presents",
                # HARD: a general crew call and a later shooting call, side by side in the list
                "call_label": "General Crew Call:",
                "times": [("Shooting Call:", 60), ("Lunch:", 330)],
                "day_n": "4 of 15",
                "director": "Renee Calloway",
                "producer": "Marcus Dill",
                "ad": "Jonah Price  (434) 555-0107",
                "weather": "Sunny, high 58°F",
                "set": "Warner Auditorium stage and balcony",
                "scenes": [
                    ("12", "INT. THEATER STAGE - DAY", "D", "2 6/8", "1, 2"),
                    ("14", "INT. BALCONY - DAY", "D", "1 1/8", "2"),
                ],
                "cast": [("Ivy Sanders", "LOTTIE", 0), ("Dwayne Pike", "EARL", 45)],
                "crew": _WP_CREW,
                "notes": [
                    "Load in through the stage door on 6th St. The balcony rail is historic: "
                    "no clamps or tape."
                ],
                "advance": "Sat 11/21 - EXT. Riverside Park - Crew Call 7:00 AM",
                "footer": "Bluffwalk Films  |  Hill City Blues  |  Call Sheet #4",
            },
        ),
        _wp(
            "saenger",
            "Magnolia Reel",
            D(2026, 12, 2),
            "06:30",
            {
                "font": "times",
                "time_style": "us_dots",
                "tagline": "a Pine Belt Picture Co. feature",
                "call_label": "Crew Call:",
                "times": [("Breakfast:", -30), ("Lunch:", 360), ("Est. Wrap:", 690)],
                "day_n": "2 of 20",
                "director": "Lucien Broussard",
                "producer": "Hattie Lowe",
                "ad": "Sam Okafor  (601) 555-0188",
                "weather": "Partly cloudy, high 64°F",
                "set": "auditorium, lobby and projection booth",
                "scenes": [
                    ("3", "INT. SAENGER - AUDITORIUM - DAY", "D", "4 2/8", "1, 2, BG 60"),
                    ("5", "INT. PROJECTION BOOTH - DAY", "D", "7/8", "2"),
                ],
                "cast": [("Josie Hart", "MAE", 0), ("Terrence Byrd", "CLYDE", 60)],
                "crew": _WP_CREW,
                "notes": [
                    "Background report to holding in the lobby at 7:00 a.m. Period wardrobe: "
                    "no modern watches, phones stay in holding."
                ],
                "advance": "Thu 12/3 - INT. Hattiesburg Train Depot - Crew Call 7:00 a.m.",
                "footer": "Pine Belt Picture Co.  |  Magnolia Reel  |  Call Sheet No. 2",
            },
        ),
    ]


# --- (3) US music-video / branded-content one-pager: a black band, three boxes, a run of day --


def _mv(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("letter", g["font"], margin=36.0)
        fill(c, 0, 0, c.width, 74, 20)
        grey(c, 255)
        c.text(x0, 32, g["artist"], 10, bold=True)
        c.text(x0, 58, f'"{title}"', 22, bold=True)
        c.right(right, 32, g["kind"], 9, bold=True)
        c.right(right, 48, day_text(day, g["date_style"]), 11, bold=True)
        c.right(right, 62, g["prod_co"], 8)
        black(c)
        y = 88.0
        w = (right - x0) / 3
        # the call box, left
        c.box(x0, y, w - 6, 92, 1.4)
        c.text(x0 + 8, y + 14, g["call_label"], 8, bold=True)
        c.text(x0 + 8, y + 48, hm(call, t), 24, bold=True)
        c.text(x0 + 8, y + 66, f"Sunrise {hm(rise, t)}", 7.5)
        c.text(x0 + 8, y + 77, f"Sunset {hm(fall, t)}", 7.5)
        c.text(x0 + 8, y + 88, g["weather"], 7.5)
        for i, (lab, lines) in enumerate(
            [
                ("LOCATION", [p.name, p.street, p.city, g["set"]]),
                ("NEAREST ER", [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]),
            ],
            1,
        ):
            xx = x0 + i * w
            c.box(xx, y, w - 6, 92, 0.6)
            c.text(xx + 8, y + 14, lab, 8, bold=True)
            for k, ln in enumerate(lines):
                fit(c, xx + 8, y + 30 + k * 12, ln, 8.5, w - 22)
        y += 104
        c.text(x0, y, f"PARKING / LOAD-IN: {p.base_street}, {p.base_city}", 8, bold=True)
        y += 20
        c.text(x0, y, "RUN OF DAY", 10, bold=True)
        c.hline(x0, right, y + 4, 1.0)
        y += 18
        for when, what in timed_rows(g["run"], call, partial(hm, style=t)):
            c.text(x0, y, when, 9, bold=True)
            fit(c, x0 + 80, y, what, 9, right - x0 - 80)
            c.hline(x0, right, y + 4, 0.2)
            y += 14
        y += 14
        half = (right - x0) / 2
        c.text(x0, y, "TALENT", 10, bold=True)
        c.text(x0 + half, y, "CREW", 10, bold=True)
        c.hline(x0, right, y + 4, 1.0)
        yt = yc = y + 18
        for name, role, off in g["talent"]:
            fit(c, x0, yt, f"{name} - {role}", 8.5, half - 70)
            c.text(x0 + half - 60, yt, hm(add_minutes(call, off), t), 8.5, bold=True)
            yt += 13
        for role, name, phone, off in g["crew"]:
            fit(c, x0 + half, yc, f"{role}: {name}  {phone}", 8.5, half - 60)
            c.right(right, yc, hm(add_minutes(call, off), t), 8.5, bold=True)
            yc += 13
        y = max(yt, yc) + 10
        titled_notes(c, x0, y, "NOTES", 9, g["notes"], 8.5, right - x0, 11)
        _footer(c, x0, g["footer"])
        return c.output()

    return _sheet(
        f"mv_{key}",
        "us_music_video_one_pager",
        "US music-video / branded-content one-pager, letter: a black band across the top with "
        "the artist or brand, the title in quotes, the kind of job, the date and the company in "
        "white; three boxes (the call in big type with sun and weather, the location, the "
        "nearest ER); a parking line; a ruled 'RUN OF DAY' (time, what); talent and crew side by "
        "side with their calls; notes",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _mv_sheets() -> list[Sheet]:
    return [
        _mv(
            "hamstadium",
            "Ninth Inning Love",
            D(2026, 11, 14),
            "08:00",
            {
                "font": "helvetica",
                "time_style": "us_lower",
                "date_style": "us_abbr",
                "artist": "DELPHINE & THE DEEP CUTS",
                "kind": "MUSIC VIDEO - 1 DAY",
                "prod_co": "Poletown Motion Co.",
                "call_label": "CREW CALL",
                "weather": "Cloudy, 44°F, wind 12 mph",
                "set": "infield and grandstand",
                "run": [
                    (-30, "Crafty / breakfast burritos at base"),
                    (0, "Crew call - load in, build dolly track on 1st base line"),
                    (90, "Band in wardrobe, performance pass 1 (wide)"),
                    (300, "Lunch (30 min)"),
                    (480, "Golden hour - drone and Steadicam"),
                    (570, "Wrap, out by 6:30pm"),
                ],
                "talent": [
                    ("Delphine Okoro", "vocals", 60),
                    ("The Deep Cuts", "band", 60),
                    ("Extras (12)", "fans", 150),
                ],
                "crew": [
                    ("Producer", "Ana Lisowski", "(313) 555-0190", -30),
                    ("DP", "Reggie Banks", "(248) 555-0133", 0),
                    ("Gaffer", "Tomasz Nowak", "(313) 555-0157", -30),
                ],
                "notes": [
                    "Stadium field is natural grass: no vehicles past the fence, plywood under "
                    "every stand. Layers, it gets cold once the sun drops."
                ],
                "footer": "Poletown Motion Co.  |  Detroit, MI  |  one-pager v1",
            },
        ),
        _mv(
            "riogrande",
            "Chile Season",
            D(2026, 11, 21),
            "09:30",
            {
                "font": "helvetica",
                "time_style": "us",
                "date_style": "us_long",
                "artist": "HATCH VALLEY FOODS",
                "kind": "BRANDED CONTENT - SOCIAL",
                "prod_co": "Mesilla Creative",
                "call_label": "GENERAL CALL",
                "weather": "Sunny, 66°F",
                "set": "marquee, lobby and stage",
                "run": [
                    (0, "General call - load in through the alley door"),
                    (60, "Host intro at the marquee (street lock-up)"),
                    (150, "Stage: cooking demo, 3 camera"),
                    (270, "Lunch"),
                    (330, "Lobby interviews x4"),
                    (450, "Wrap"),
                ],
                "talent": [("Rosa Baca", "host", 30), ("Chef Isaac Trujillo", "chef", 90)],
                "crew": [
                    ("Producer", "Kelsey Romero", "(575) 555-0121", -15),
                    ("Camera A", "Luis Chavez", "(575) 555-0148", 0),
                    ("Audio", "Pam Griego", "(915) 555-0102", 0),
                ],
                "notes": [
                    "Street lock-up on Main St approved 10:30 AM - 11:30 AM only; PAs on both "
                    "corners. Brand approvals from the client on set."
                ],
                "footer": "Mesilla Creative  |  Las Cruces, NM  |  call sheet",
            },
        ),
        _mv(
            "paisano",
            "Desert Static",
            D(2026, 12, 5),
            "15:00",
            {
                "font": "helvetica",
                "time_style": "us_lower",
                "date_style": "us_abbr",
                "artist": "KILO WAYS",
                "kind": "MUSIC VIDEO - NIGHT SHOOT",
                "prod_co": "Trans-Pecos Pictures",
                # HARD: a night shoot: the crew call is in the afternoon, the wrap after midnight
                "call_label": "CREW CALL (NIGHT)",
                "weather": "Clear, 61°F falling to 34°F",
                "set": "courtyard and fountain",
                "run": [
                    (0, "Crew call - lighting pre-rig in the courtyard"),
                    (120, "Sunset plates from the roof"),
                    (240, "Dinner (hot meal)"),
                    (300, "Performance passes by the fountain"),
                    (540, "Hero shots, smoke and haze"),
                    (720, "Wrap (3:00am), hotel quiet hours apply"),
                ],
                "talent": [("Kilo Ways", "artist", 150), ("Marisol Vega", "lead", 150)],
                "crew": [
                    ("Producer", "Jordan Pike", "(512) 555-0175", -30),
                    ("DP", "Ines Carrillo", "(512) 555-0139", 0),
                    ("Key Grip", "Abe Duarte", "(432) 555-0111", 0),
                ],
                "notes": [
                    "Hotel guests in residence: no haze after 1:00am, generators parked on "
                    "Texas St. Nearest ER is 26 miles away in Alpine."
                ],
                "footer": "Trans-Pecos Pictures  |  Marfa, TX  |  night call",
            },
        ),
    ]


# --- (4) university student film: course, instructor, faculty approval, campus safety --------


def _st(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("letter", g["font"], margin=40.0)
        c.text(x0, 40, g["school"], 10, bold=True)
        grey_text(c, x0, 52, g["course"], 8)
        c.right(right, 40, "STUDENT PRODUCTION", 9, bold=True)
        c.right(right, 52, "CALL SHEET", 14, bold=True)
        c.hline(x0, right, 60, 0.8)
        c.text(x0, 84, title, 20, bold=True)
        c.text(x0, 98, f"Written & directed by {g['director']}  ·  Producer: {g['producer']}", 8.5)
        y = 112.0
        c.box(x0, y, right - x0, 64, 0.6)
        label_grid(
            c,
            x0 + 6,
            y + 14,
            right - 6,
            [
                ("DATE", day_text(day, g["date_style"])),
                ("CALL TIME", hm(call, t)),
                *[(lab, hm(add_minutes(call, off), t)) for lab, off in g["times"]],
                ("SUNRISE", hm(rise, t)),
                ("SUNSET", hm(fall, t)),
                ("DAY", g["day_n"]),
            ],
            3,
            14,
            (7.5, 8.5),
            62,
        )
        y += 76
        c.text(x0, y, "WHERE", 10, bold=True)
        y = label_rows(
            c,
            x0,
            y + 14,
            right,
            [
                ("Location", p.name),
                ("Address", p.address),
                ("Room / area", g["set"]),
                ("Parking", f"{p.base_street}, {p.base_city}"),
            ],
            8.5,
            80,
            12,
        )
        y += 6
        c.text(x0, y, "SAFETY", 10, bold=True)
        y = label_rows(
            c,
            x0,
            y + 14,
            right,
            [
                ("Hospital", p.hospital),
                ("", f"{p.hospital_address}  ·  {p.hospital_phone}"),
                ("Campus police", g["campus_police"]),
            ],
            8.5,
            80,
            12,
        )
        y += 6
        written = partial(hm, style=t)
        y = _table(
            c,
            x0,
            y,
            ["SCENE", "DESCRIPTION", "D/N", "PAGES", "CAST"],
            [0, 44, 300, 340, 400],
            g["scenes"],
            right,
        )
        y = _table(
            c,
            x0,
            y + 2,
            ["ACTOR", "CHARACTER", "CALL", "ON SET"],
            [0, 150, 300, 400],
            cast_times(g["cast"], call, written, [0, 45]),
            right,
        )
        y = _table(
            c,
            x0,
            y + 2,
            ["ROLE", "NAME", "PHONE", "CALL"],
            [0, 130, 270, 400],
            crew_times(g["crew"], call, written),
            right,
        )
        y = titled_notes(c, x0, y + 4, "REMINDERS", 9, g["notes"], 8, right - x0, 10)
        c.hline(x0, x0 + 200, y + 24, 0.5)
        c.text(x0, y + 34, f"Faculty approval: {g['instructor']}", 7.5)
        c.hline(right - 200, right, y + 24, 0.5)
        c.text(right - 200, y + 34, "Equipment checked out (cage #)", 7.5)
        return c.output()

    return _sheet(
        f"st_{key}",
        "us_student_film",
        "US university student film call sheet, letter: the school and course code at the top "
        "left, 'STUDENT PRODUCTION / CALL SHEET' right, the title big; a boxed three-column "
        "grid of DATE, CALL TIME, the day's other times, sun and day; WHERE (location, address, "
        "room, parking) and SAFETY (hospital, campus police) as label rows; scenes, actors and "
        "crew tables; reminders and a faculty-approval signature line",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _st_sheets() -> list[Sheet]:
    return [
        _st(
            "hubbard",
            "Parlor Games",
            D(2026, 11, 14),
            "08:00",
            {
                "font": "helvetica",
                "time_style": "us",
                "date_style": "us_abbr",
                "school": "Minnesota State University, Mankato",
                "course": "Department of Film & Media Studies  ·  FILM 340 Narrative Production",
                "director": "Abby Lindgren",
                "producer": "Tyler Vang",
                "instructor": "Prof. K. Halvorsen",
                "times": [("LUNCH", 300), ("WRAP", 540)],
                "day_n": "1 of 3",
                "set": "front parlor and main staircase",
                "campus_police": "MSU Security (507) 389-2111",
                "scenes": [
                    ("4", "INT. PARLOR - DAY", "D", "2 3/8", "1, 2"),
                    ("6", "INT. STAIRCASE - DAY", "D", "5/8", "2"),
                ],
                "cast": [("Greta Olson", "EDITH", 30), ("Marcus Lee", "WALTER", 60)],
                "crew": [
                    ("Director", "Abby Lindgren", "(507) 555-0112", 0),
                    ("DP", "Sam Kowalski", "(507) 555-0145", 0),
                    ("Sound", "Priya Nair", "(507) 555-0163", 0),
                ],
                "notes": [
                    "Historic house: shoe covers inside, no food past the kitchen. Museum staff "
                    "on site until 5:00 PM."
                ],
            },
        ),
        _st(
            "prison",
            "Cell Block Nine",
            D(2026, 11, 21),
            "09:00",
            {
                "font": "sans",
                "time_style": "us",
                # HARD: the date printed as 'Sat 11/21/26', a two-digit year
                "date_style": "us_short",
                "school": "University of Wyoming",
                "course": "Theatre & Dance / Film Studies  ·  FILM 4100 Advanced Production",
                "director": "Cody Hartwell",
                "producer": "Jenna Ruiz",
                "instructor": "Dr. M. Eckert",
                "times": [("LUNCH", 270), ("WRAP", 480)],
                "day_n": "2 of 2",
                "set": "1872 cell block and yard",
                "campus_police": "UWPD (307) 766-5179",
                "scenes": [
                    ("11", "INT. CELL BLOCK - DAY", "D", "3", "1, 2, 3"),
                    ("12", "EXT. PRISON YARD - DAY", "D", "1 2/8", "1"),
                ],
                "cast": [
                    ("Wade Tillman", "BUTCH", 0),
                    ("Nora Finch", "WARDEN'S WIFE", 90),
                    ("Eli Brandt", "GUARD", 90),
                ],
                "crew": [
                    ("Director", "Cody Hartwell", "(307) 555-0181", 0),
                    ("DP", "Maya Redhorse", "(307) 555-0127", 0),
                    ("Gaffer", "Luke Aoki", "(307) 555-0150", -30),
                ],
                "notes": [
                    "Site is closed to the public for the season; gate opened by staff at "
                    "8:45 AM. It will be cold: hand warmers in the van."
                ],
            },
        ),
        _st(
            "blandwood",
            "Italianate",
            D(2026, 12, 5),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "us",
                "date_style": "us_long",
                "school": "UNC Greensboro  ·  School of Theatre",
                "course": "MST 402 Senior Film Project",
                "director": "Jalen Whitaker",
                "producer": "Olivia Brenner",
                "instructor": "Prof. D. Alvarez",
                "times": [("LUNCH", 330), ("WRAP", 600)],
                "day_n": "3 of 4",
                "set": "dining room and cupola",
                "campus_police": "UNCG Police (336) 334-4444",
                "scenes": [
                    ("20", "INT. DINING ROOM - DAY", "D", "3 1/8", "1, 2, 3"),
                    ("21", "INT. CUPOLA - DAY", "D", "1", "1"),
                ],
                "cast": [("Keira Simmons", "ANNIE", 0), ("Bryce Holland", "GOV. MOREHEAD", 60)],
                "crew": [
                    ("Director", "Jalen Whitaker", "(336) 555-0172", 0),
                    ("DP", "Hana Choi", "(336) 555-0118", 0),
                    ("Art", "Rafael Diaz", "(336) 555-0193", -30),
                ],
                "notes": [
                    "Museum tours resume at 11:00 AM: keep gear out of the hall. Return all "
                    "gear to the cage by Monday 10:00 AM."
                ],
            },
        ),
    ]


# --- (5) Google Sheets export: a coloured band, merged value cells, light gridlines ----------


def _merged_row(
    c: Canvas, x: float, y: float, widths: list[float], row: list[tuple[str, int]], h: float
) -> None:
    """A spreadsheet row of (text, columns spanned) cells: a label cell (even) shaded, each cell
    boxed in light grey over its merged span."""
    xx = x
    col = 0
    for k, (val, span) in enumerate(row):
        w = sum(widths[col : col + span])
        if k % 2 == 0 and val:
            fill(c, xx, y, w, h, 238)
        c.pdf.set_draw_color(190, 190, 190)
        c.box(xx, y, w, h, 0.4)
        c.pdf.set_draw_color(0, 0, 0)
        if val:
            fit(c, xx + 3, y + h - 4, val, 8, w - 6, bold=k % 2 == 0)
        xx += w
        col += span


def _gs(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("letter", g["font"], margin=28.0)
        widths = [(right - x0) / 8] * 8
        rh = 15.0
        y = 32.0
        c.pdf.set_fill_color(*g["band"])
        c.pdf.rect(x0, y, right - x0, 26, style="F")
        grey(c, 255)
        c.text(x0 + 6, y + 18, f"{title.upper()}  -  CALL SHEET", 13, bold=True)
        c.right(right - 6, y + 18, g["company"], 8, bold=True)
        black(c)
        y += 26
        rows: list[list[tuple[str, int]]] = [
            [("Date", 1), (day_text(day, g["date_style"]), 3), ("Crew Call", 1), (hm(call, t), 3)],
            [
                ("Shoot Day", 1),
                (g["day_n"], 3),
                (g["times"][0][0], 1),
                (hm(add_minutes(call, g["times"][0][1]), t), 3),
            ],
            [
                ("Director", 1),
                (g["director"], 3),
                (g["times"][1][0], 1),
                (hm(add_minutes(call, g["times"][1][1]), t), 3),
            ],
            [
                ("Producer", 1),
                (g["producer"], 3),
                ("Sunrise", 1),
                (f"{hm(rise, t)}   Sunset {hm(fall, t)}", 3),
            ],
            [("Weather", 1), (g["weather"], 7)],
            [("", 8)],
            [("Location", 1), (p.name, 7)],
            [("Address", 1), (p.address, 7)],
            [("Set", 1), (g["set"], 7)],
            [("Parking", 1), (p.base, 7)],
            [
                ("Hospital", 1),
                (f"{p.hospital}  -  {p.hospital_address}", 5),
                ("Phone", 1),
                (p.hospital_phone, 1),
            ],
            [("", 8)],
        ]
        for row in rows:
            _merged_row(c, x0, y, widths, row, rh)
            y += rh
        written = partial(hm, style=t)
        for heads, body in (
            (["Scene", "Description", "D/N", "Pages", "Cast"], g["scenes"]),
            (
                ["Cast", "Role", "Pick Up", "HMU", "On Set"],
                cast_times(g["cast"], call, written, [-45, -30, 30]),
            ),
            (["Dept", "Name", "Phone", "Call"], crew_times(g["crew"], call, written)),
        ):
            spans = [1, 3, 1, 1, 2] if len(heads) == 5 else [2, 2, 2, 2]
            fill(c, x0, y, right - x0, rh, 215)
            xx = x0
            for h, s in zip(heads, spans, strict=True):
                c.text(xx + 3, y + rh - 4, h, 8, bold=True)
                xx += sum(widths[:s])
            y += rh
            for r in body:
                xx = x0
                for v, s in zip(r, spans, strict=True):
                    w = sum(widths[:s])
                    c.pdf.set_draw_color(190, 190, 190)
                    c.box(xx, y, w, rh, 0.4)
                    c.pdf.set_draw_color(0, 0, 0)
                    fit(c, xx + 3, y + rh - 4, v, 8, w - 6)
                    xx += w
                y += rh
            y += rh
        _merged_row(c, x0, y, widths, [("Notes", 1), (g["note"], 7)], rh * 2)
        grey_text(c, x0, c.pdf.h - 24, g["tab"], 7, 120)
        c.right(right, c.pdf.h - 24, "1", 7)
        return c.output()

    return _sheet(
        f"gs_{key}",
        "us_google_sheets_merged",
        "US call sheet exported from Google Sheets, letter: a coloured header band (the title "
        "and 'CALL SHEET', the company) over light grey gridlines without column letters; "
        "label cells shaded with their values in cells merged across three or seven columns "
        "(date as M/D/YYYY, crew call, the day's times, sun on one merged cell); location, "
        "address, set, parking and hospital one row each; scenes, cast and crew blocks; the "
        "tab name and page number",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _gs_sheets() -> list[Sheet]:
    return [
        _gs(
            "muralpark",
            "Mother Road Diner",
            D(2026, 11, 17),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "us",
                "date_style": "us_slash",
                "band": (52, 110, 180),
                "company": "Tri-State Reel Co.",
                "day_n": "5 of 12",
                "times": [("Breakfast", -30), ("Lunch", 360)],
                "director": "Gail Dempsey",
                "producer": "Ron Whitlock",
                "weather": "Clear, high 55°F, wind S 10 mph",
                "set": "mural wall and Main St sidewalk",
                "scenes": [
                    ("18", "EXT. MURAL PARK - DAY", "D", "1 4/8", "1, 2"),
                    ("19", "EXT. MAIN ST - DAY", "D", "2/8", "1, BG 10"),
                ],
                "cast": [("Lacey Wren", "JUNE", 0), ("Doyle Parker", "HANK", 30)],
                "crew": [
                    ("UPM", "Ron Whitlock", "(417) 555-0161", -30),
                    ("Camera", "Nick Ashby", "(417) 555-0187", 0),
                    ("Locations", "Trina Hale", "(417) 555-0120", -60),
                ],
                "note": "City permit #FP-2026-114 on the producer's truck. Sidewalk stays open: "
                "PAs hold pedestrians for takes only.",
                "tab": "Call Sheet - Day 5",
            },
        ),
        _gs(
            "moabmuseum",
            "Slickrock",
            D(2026, 11, 23),
            "07:30",
            {
                "font": "sans",
                "time_style": "us",
                "date_style": "us_long",
                "band": (20, 120, 90),
                "company": "Red Fin Pictures",
                "day_n": "3 of 8",
                "times": [("Lunch", 330), ("Est. Wrap", 630)],
                "director": "Toby Nakamura",
                "producer": "Shauna Moss",
                "weather": "Sunny, high 52°F",
                "set": "main gallery and back patio",
                "scenes": [
                    ("7", "INT. MUSEUM GALLERY - DAY", "D", "2", "1, 3"),
                    ("8", "EXT. PATIO - DAY", "D", "1 1/8", "1, 2"),
                ],
                "cast": [("Bree Calder", "MAGGIE", 0), ("Jonas Reid", "DR. PIKE", 60)],
                "crew": [
                    ("Producer", "Shauna Moss", "(435) 555-0138", -30),
                    ("DP", "Kai Evans", "(801) 555-0176", 0),
                    ("Sound", "Dee Walker", "(801) 555-0104", 0),
                ],
                "note": "Museum open 10am-3pm: gallery work before 10:00 AM, patio after. Bring "
                "water and sunscreen.",
                "tab": "CS 11.23",
            },
        ),
        _gs(
            "historycenter",
            "Ore Dock",
            D(2026, 12, 1),
            "08:00",
            {
                "font": "helvetica",
                "time_style": "us",
                "date_style": "us_slash",
                "band": (150, 40, 40),
                "company": "Superior Coast Films",
                "day_n": "7 of 10",
                "times": [("Lunch", 330), ("Est. Wrap", 600)],
                "director": "Nils Hakala",
                "producer": "Brenda Sola",
                "weather": "Snow showers, high 29°F",
                # HARD: the set row reads like a street (a floor and a room), under the address
                "set": "2nd floor reading room",
                "scenes": [
                    ("30", "INT. ARCHIVE READING ROOM - DAY", "D", "3 2/8", "1, 2"),
                    ("31", "INT. STAIRWELL - DAY", "D", "3/8", "2"),
                ],
                "cast": [("Liisa Maki", "ANNA", 0), ("Ray Doucette", "CAPT. BELL", 45)],
                "crew": [
                    ("UPM", "Brenda Sola", "(906) 555-0114", -30),
                    ("Camera", "Arvo Lind", "(906) 555-0182", 0),
                    ("Electric", "Pete Jarvi", "(906) 555-0149", -30),
                ],
                "note": "Snow tires on all vehicles. Archive materials handled by museum staff "
                "only, cotton gloves on set.",
                "tab": "Day 7 (12/1)",
            },
        ),
    ]


# --- (6) reality / documentary TV unit sheet: numbered locations and a company move ----------


def _doc(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("letter", g["font"], margin=34.0)
        c.text(x0, 40, g["network"], 8, bold=True)
        c.text(x0, 60, title, 18, bold=True)
        c.text(x0, 74, g["episode"], 9)
        c.right(right, 40, "UNIT CALL SHEET", 12, bold=True)
        c.right(right, 56, day_text(day, g["date_style"]), 10, bold=True)
        c.right(right, 70, g["day_n"], 8.5)
        c.hline(x0, right, 82, 1.2)
        y = 96.0
        c.text(x0, y, g["call_label"], 10, bold=True)
        c.text(x0 + 110, y, hm(call, t), 14, bold=True)
        c.text(x0 + 220, y, f"Sunrise {hm(rise, t)}  /  Sunset {hm(fall, t)}", 8.5)
        c.right(right, y, g["weather"], 8.5)
        y += 20
        # the locations, numbered, with the company move(s) between them
        locs = [
            (f"LOC 1 - {g['loc1_when']}", [p.name, p.street, p.city, g["set"]]),
            *g["more_locs"],
        ]
        w = (right - x0) / len(locs)
        for i, (lab, lines) in enumerate(locs):
            xx = x0 + i * w
            c.box(xx, y, w - 4, 64, 0.6)
            fill(c, xx, y, w - 4, 12, 210)
            fit(c, xx + 4, y + 9, lab, 7.5, w - 12, bold=True)
            for k, ln in enumerate(lines):
                fit(c, xx + 4, y + 24 + k * 11, ln, 8, w - 12)
        y += 76
        c.text(x0, y, f"UNIT BASE / PARKING: {p.base_street}, {p.base_city}", 8, bold=True)
        y += 12
        c.text(
            x0,
            y,
            f"NEAREST HOSPITAL: {p.hospital}, {p.hospital_address}  {p.hospital_phone}",
            8,
            bold=True,
        )
        y += 18
        y = _table(
            c,
            x0,
            y,
            ["TIME", "WHERE", "WHAT"],
            [0, 70, 170],
            timed_rows(g["schedule"], call, partial(hm, style=t)),
            right,
        )
        y = _table(
            c,
            x0,
            y + 2,
            ["CAST / PARTICIPANT", "WHO", "READY", "NOTES"],
            [0, 130, 260, 330],
            g["cast"],
            right,
        )
        y = _table(
            c,
            x0,
            y + 2,
            ["ROLE", "NAME", "CELL", "CALL"],
            [0, 130, 260, 400],
            crew_times(g["crew"], call, partial(hm, style=t)),
            right,
        )
        titled_notes(c, x0, y + 4, "PRODUCTION NOTES", 9, g["notes"], 8, right - x0, 10)
        _footer(c, x0, g["footer"])
        return c.output()

    return _sheet(
        f"doc_{key}",
        "ca_doc_unit_move",
        "Canadian reality / documentary TV unit call sheet, letter: the network, series and "
        "episode left, 'UNIT CALL SHEET', the date and shoot day right; the unit call in big "
        "type with sun and weather on one line; two or three numbered location boxes side by "
        "side (LOC 1 with its hours, then the company move's LOC 2 / LOC 3); base and nearest "
        "hospital lines; a TIME / WHERE / WHAT schedule with the company move; participants "
        "and crew",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _doc_sheets() -> list[Sheet]:
    return [
        _doc(
            "fisheries",
            "Salt & Spruce",
            D(2026, 11, 18),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "us",
                "date_style": "ca_mon",
                "network": "HGTV CANADA  ·  TIDEWATER MEDIA",
                "episode": "Season 2, Ep. 205 'The Schooner House'",
                "day_n": "Shoot Day 3 of 5",
                "call_label": "UNIT CALL",
                "weather": "Showers, 8°C, wind SW 30 km/h",
                "loc1_when": "7:00 AM - 11:30 AM",
                "set": "wharf and dory shop",
                "more_locs": [
                    (
                        "LOC 2 - 12:30 PM - WRAP",
                        ["Mahone Bay Centre", "45 School St", "Mahone Bay, NS B0J 2E0"],
                    ),
                ],
                "schedule": [
                    (0, "LOC 1", "Unit call, tech scout the wharf"),
                    (30, "LOC 1", "Host stand-ups, boat builder interview"),
                    (270, "MOVE", "COMPANY MOVE to LOC 2 (11 km, 15 min)"),
                    (330, "LOC 2", "Lunch, then homeowner reveal"),
                    (570, "LOC 2", "Wrap"),
                ],
                "cast": [
                    ("Host", "Meg Corkum", "7:30 AM", "HMU in the RV"),
                    ("Homeowners", "The Zwickers", "1:00 PM", "at LOC 2"),
                ],
                "crew": [
                    ("Showrunner", "Dara MacLeod", "(902) 555-0141", 0),
                    ("Field Producer", "Colin Rafuse", "(902) 555-0127", -30),
                    ("Shooter", "Anika Shaw", "(902) 555-0195", 0),
                ],
                "notes": [
                    "Museum is open: release forms for any member of the public on camera. "
                    "Life jackets on the wharf edge at all times."
                ],
                "footer": "Tidewater Media  |  Salt & Spruce S2  |  Unit call sheet",
            },
        ),
        _doc(
            "medalta",
            "Kiln Country",
            D(2026, 11, 24),
            "08:00",
            {
                "font": "sans",
                "time_style": "h24",
                "date_style": "ca_mon",
                "network": "CBC DOCS  ·  PRAIRIE LANTERN PRODUCTIONS",
                "episode": "Episode 3: 'Clay'",
                "day_n": "Day 6 of 14",
                "call_label": "CREW CALL",
                "weather": "Sunny, -4°C, chinook winds",
                "loc1_when": "08:00 - 12:00",
                "set": "beehive kilns and factory floor",
                "more_locs": [
                    (
                        "LOC 2 - 13:00 - 15:30",
                        [
                            "Saamis Tepee",
                            "Trans-Canada Hwy & South Railway St SE",
                            "Medicine Hat, AB",
                        ],
                    ),
                    (
                        "LOC 3 - 16:00 - WRAP",
                        [
                            "Esplanade Arts & Heritage Centre",
                            "401 1st St SE",
                            "Medicine Hat, AB T1A 8W2",
                        ],
                    ),
                ],
                "schedule": [
                    (0, "LOC 1", "Crew call, potter interview in kiln 4"),
                    (240, "MOVE", "COMPANY MOVE to LOC 2, lunch on the go"),
                    (300, "LOC 2", "Drone, walk-and-talk"),
                    (450, "MOVE", "COMPANY MOVE to LOC 3"),
                    (480, "LOC 3", "Archive shoot, wrap 18:00"),
                ],
                "cast": [
                    ("Subject", "Ruth Pankratz", "08:30", "potter"),
                    ("Subject", "Elder Joe Crowshoe", "13:30", "LOC 2 only"),
                ],
                "crew": [
                    ("Director", "Simone Labelle", "(403) 555-0166", 0),
                    ("DOP", "Gurpreet Sandhu", "(403) 555-0112", 0),
                    ("Sound", "Brent Ostrowski", "(587) 555-0188", 0),
                ],
                "notes": [
                    "Medalta's kilns are heritage structures: no lights inside kiln 2. Drone "
                    "flight plan filed with NAV CANADA (file no. on the producer)."
                ],
                "footer": "Prairie Lantern Productions  |  Kiln Country  |  Day 6",
            },
        ),
        _doc(
            "gpmuseum",
            "Peace Country Rescue",
            D(2026, 12, 2),
            "06:30",
            {
                "font": "helvetica",
                "time_style": "us",
                "date_style": "ca_mon",
                "network": "CITY TV  ·  NORTHERN ROAD TELEVISION",
                "episode": "Ep. 108 'First Freeze'",
                "day_n": "Shoot Day 11",
                # HARD: the unit call comes under a 'CALL @ LOC 1' label, beside a 'LOC 1' box
                # that holds an earlier kit-prep time
                "call_label": "CALL @ LOC 1",
                "weather": "Snow, -15°C, windchill -24",
                "loc1_when": "kit prep 5:45 AM",
                "set": "heritage village and the old schoolhouse",
                "more_locs": [
                    (
                        "LOC 2 - 1:00 PM",
                        ["Philip J. Currie Dinosaur Museum", "9301 100 Ave", "Wembley, AB T0H 3S0"],
                    ),
                ],
                "schedule": [
                    (-45, "LOC 1", "Kit prep, batteries warm in the van"),
                    (0, "LOC 1", "Unit call, crew briefing"),
                    (30, "LOC 1", "Rescue team arrival, follow-doc"),
                    (330, "MOVE", "COMPANY MOVE to LOC 2 (20 min west on Hwy 43)"),
                    (390, "LOC 2", "Interviews, wrap 5:00 PM"),
                ],
                "cast": [
                    ("Team lead", "Carla Moberly", "6:45 AM", "mic in the van"),
                    ("Rescuer", "Dale Ferguson", "6:45 AM", ""),
                ],
                "crew": [
                    ("Story Producer", "Kaitlyn Brooks", "(780) 555-0157", 0),
                    ("Shooter", "Manny Alves", "(780) 555-0110", -45),
                    ("Audio", "Lee Bergeron", "(780) 555-0146", -45),
                ],
                "notes": [
                    "Extreme cold: 20-minute warm-up rotations, vehicles idling at base. Nobody "
                    "drives alone on Hwy 43 after dark."
                ],
                "footer": "Northern Road Television  |  Peace Country Rescue  |  Unit call sheet",
            },
        ),
    ]


# --- near misses: share the words (call, date, address, crew) but are no shooting day --------


def _tech_week() -> bytes:
    c, x0, right = page("letter", "helvetica", margin=40.0)
    c.text(x0, 44, "MAJESTIC THEATER  ·  MAINSTAGE", 9, bold=True)
    c.text(x0, 66, "Our Town - TECH WEEK SCHEDULE", 16, bold=True)
    c.text(x0, 80, "Stage Manager: Erin Voss  ·  ASM: Theo Grant  ·  rev. 11/9/2026", 8)
    c.text(x0, 92, "Theater: 25 Carlisle St, Gettysburg, PA 17325 (load-in dock on the alley)", 8)
    rows = [
        ("Sat 11/14", "10:00 AM - 10:00 PM", "Load-in, hang & focus", "Crew call 9:30 AM"),
        ("Sun 11/15", "12:00 PM - 11:00 PM", "Cue-to-cue (lights & sound)", "Actors 11:30 AM"),
        ("Mon 11/16", "6:00 PM - 11:00 PM", "Tech run, no costumes", "Crew call 5:00 PM"),
        ("Tue 11/17", "6:00 PM - 11:00 PM", "Dress rehearsal 1", "Half hour 6:30 PM"),
        ("Wed 11/18", "6:00 PM - 11:00 PM", "Dress rehearsal 2 + photo call", "Half hour 6:30 PM"),
        ("Thu 11/19", "7:30 PM", "Preview (invited audience)", "Call 6:00 PM"),
        ("Fri 11/20", "7:30 PM", "OPENING NIGHT", "Call 6:00 PM"),
    ]
    y = head_table(
        c,
        x0,
        112,
        ["DATE", "HOURS", "WHAT", "CALL"],
        [0, 70, 190, 380],
        rows,
        right,
        size=8,
        lead=15,
        ruled=True,
    )
    titled_notes(
        c,
        x0,
        y + 8,
        "NOTES",
        9,
        [
            "Sign in on the callboard at every call. Half hour is called 60 minutes before "
            "curtain. Quick-change booth stage left; no food in the house during tech.",
            "Photo call Wednesday after dress: principals stay in costume. Strike follows the "
            "closing matinee on 12/6; all crew called.",
        ],
        8.5,
        right - x0,
        11,
    )
    return c.output()


def _studio_booking() -> bytes:
    c, x0, right = page("letter", "helvetica", margin=48.0)
    c.text(x0, 50, "NORTHLIGHT PHOTO STUDIO", 14, bold=True)
    grey_text(c, x0, 62, "180 Lincoln St, Lunenburg, NS B0J 2C0  ·  bookings desk", 8)
    c.right(right, 50, "BOOKING CONFIRMATION", 12, bold=True)
    c.right(right, 62, "Confirmation #NL-26-1187", 8)
    c.hline(x0, right, 70, 0.8)
    y = label_rows(
        c,
        x0,
        92,
        right,
        [
            ("Client", "Harbourside Knitwear (catalogue shoot)"),
            ("Booked by", "Jess Corkum, art producer"),
            ("Date", "Thursday, November 26, 2026"),
            ("Studio", "Studio B (cyc wall, 1,400 sq ft)"),
            ("Access", "8:00 AM - 6:00 PM (10-hour day rate)"),
            ("Load-in", "rear door, 8:00 AM; crew arrival from 8:00 AM"),
            ("Equipment", "Profoto 3-head kit, V-flats x4, white seamless"),
            ("Total", "$1,450.00 CAD + HST (deposit $500.00 received)"),
        ],
        9,
        100,
        16,
        rule_drop=4,
    )
    titled_notes(
        c,
        x0,
        y + 12,
        "STUDIO POLICIES",
        10,
        [
            "Overtime is billed at $165.00 per hour, in 30-minute increments. Paint the cyc back "
            "to white or a $200.00 repaint fee applies. Cancellations under 48 hours forfeit the "
            "deposit.",
            "Please reply to confirm your call time and the number of people on your crew so we "
            "can have the green room and parking passes ready.",
        ],
        9,
        right - x0,
        12,
    )
    return c.output()


def _hockey_tournament() -> bytes:
    c, x0, right = page("letter", "helvetica", margin=40.0)
    centre(c, 46, "PEACE COUNTRY U11 HOCKEY CLASSIC", 15)
    centre(
        c,
        62,
        "December 4-6, 2026  ·  Grande Prairie, AB  ·  Team schedule: GP Storm U11 A",
        9,
        bold=False,
    )
    rows = [
        ("Fri Dec 4", "5:15 PM", "6:15 PM", "Coca-Cola Centre, Rink 2", "vs Peace River Royals"),
        ("Sat Dec 5", "7:00 AM", "8:00 AM", "Eastlink Centre, Rink A", "vs Fort St. John Flyers"),
        ("Sat Dec 5", "1:30 PM", "2:30 PM", "Crosslink County Sportsplex", "vs Beaverlodge Kings"),
        ("Sun Dec 6", "9:00 AM", "10:00 AM", "Coca-Cola Centre, Rink 1", "Semi-final (TBD)"),
    ]
    y = head_table(
        c,
        x0,
        90,
        ["DATE", "DRESSING ROOM CALL", "PUCK DROP", "ARENA", "GAME"],
        [0, 70, 180, 250, 400],
        rows,
        right,
        size=8,
        lead=15,
        ruled=True,
    )
    titled_notes(
        c,
        x0,
        y + 8,
        "TEAM NOTES",
        10,
        [
            "Players in the dressing room fully dressed 1 hour before puck drop (call time "
            "above). Home jerseys for the first game, away for the rest.",
            "Team hotel: Podollan Inn, 10603 100 Ave. Team dinner Saturday 6:00 PM. Volunteer "
            "crew for the 50/50 table and timekeeping: sign up with the team manager.",
        ],
        9,
        right - x0,
        12,
    )
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "near_miss_tech_week_schedule",
            "near_miss",
            "a stage production's tech-week schedule, letter: the theatre and show, stage "
            "manager and revision date, a ruled table of dates (Sat 11/14), hours, what "
            "(load-in, cue-to-cue, dress, preview, opening) and crew / actor calls; notes on half "
            "hour and the photo call",
            _tech_week,
            OTHER,
        ),
        _sheet(
            "near_miss_photo_studio_booking",
            "near_miss",
            "a photo studio's booking confirmation, letter: the studio and confirmation number, "
            "client, date spelled out, studio, access hours 8:00 AM - 6:00 PM, load-in and crew "
            "arrival, equipment, total in CAD; overtime and cancellation policies",
            _studio_booking,
            OTHER,
        ),
        _sheet(
            "near_miss_hockey_tournament_schedule",
            "near_miss",
            "a youth hockey tournament's team schedule, letter: the tournament, dates and town, "
            "a ruled table of game dates, dressing-room call times, puck drops, arenas and "
            "opponents; team notes with the hotel's address and volunteer crew",
            _hockey_tournament,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_qc_sheets(),
        *_wp_sheets(),
        *_mv_sheets(),
        *_st_sheets(),
        *_gs_sheets(),
        *_doc_sheets(),
        *_other_sheets(),
    ]
