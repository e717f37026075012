"""Fifty-fifth held-out set: North American production-company templates in towns not yet in
the corpus (`fresh54_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh54"). Ontario commercial one-pagers whose numbered labels run down the
columns ("1. DATE" ... "6. LUNCH", then "7. CLIENT" at the top of the next column) with each
value in the cell under its label and dates like "Mar 16/27" (Port Hope, Elora,
Niagara-on-the-Lake); British Columbia series unit call sheets with a two-column header (Crew
Call / Shooting Call / Est. Wrap left; Location, Unit Base / Crew Parking, Nearest Hospital
right) and BC postcodes (Squamish, Fort Langley, New Westminster); US commercial
production-service sheets with the studio-zone / distant-location line, GENERAL CREW CALL,
Basecamp and a weather strip (Santa Clarita CA, Palm Springs CA, Boulder City NV); landscape
spreadsheet "Save as PDF" exports with gridlines, merged cells, "7:30:00 AM" times and, on one,
every glyph placed on its own so the text layer splits words (Port Townsend WA, Walla Walla
WA, Bisbee AZ); US episodic / indie sheets where the crew call competes with the shooting
call, lunch, the advance schedule's call and the issue date (Senoia GA, Covington GA, Natchez
MS); Mexican and Texas border bilingual "HOJA DE LLAMADO / CALL SHEET" sheets with
"LLAMADO / CALL", "LOCACIÓN", "HOSPITAL MÁS CERCANO", "Col. ..., C.P." addresses and
"07:00 hrs" (Playas de Rosarito, Tepoztlán, Laredo TX). Three near misses, all `other`: a
church choir's concert call schedule, a high-school marching band's competition-day itinerary
and a trade-show booth staffing rota.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
import random
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
    hospital_lines,
    label_rows,
    page,
    paragraph,
    paragraphs,
    ruled_cells,
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
    # (1) Ontario numbered-column commercials: Port Hope, Elora, Niagara-on-the-Lake
    "capitol": _p(
        "ca",
        "Capitol Theatre",
        "20 Queen St",
        "Port Hope, ON L1A 2Y8",
        43.9510,
        -78.2930,
        "America/Toronto",
        "Northumberland Hills Hospital",
        "1000 DePalma Dr",
        "Cobourg, ON K9A 5W6",
        "(905) 372-6811",
        "Jack Burger Sports Complex, 62 McCaul St",
        "Port Hope, ON L1A 3A6",
    ),
    "eloramill": _p(
        "ca",
        "Elora Mill Hotel & Spa",
        "77 Mill St W",
        "Elora, ON N0B 1S0",
        43.6830,
        -80.4310,
        "America/Toronto",
        "Groves Memorial Community Hospital",
        "131 Frederick Campbell St",
        "Fergus, ON N1M 0H7",
        "(519) 843-2010",
        "Elora Gorge Conservation Area, 7400 Wellington Rd 21",
        "Elora, ON N0B 1S0",
    ),
    "fortgeorge": _p(
        "ca",
        "Fort George National Historic Site",
        "51 Queens Parade",
        "Niagara-on-the-Lake, ON L0S 1J0",
        43.2510,
        -79.0600,
        "America/Toronto",
        "Marotta Family Hospital (Niagara Health)",
        "1200 Fourth Ave",
        "St. Catharines, ON L2S 0A9",
        "(905) 378-4647",
        "Shaw Festival Theatre lot, 10 Queens Parade",
        "Niagara-on-the-Lake, ON L0S 1J0",
    ),
    # (2) BC series unit sheets: Squamish, Fort Langley, New Westminster
    "gondola": _p(
        "ca",
        "Sea to Sky Gondola",
        "36800 Highway 99",
        "Squamish, BC V8B 0B6",
        49.6760,
        -123.1560,
        "America/Vancouver",
        "Squamish General Hospital",
        "38140 Behrner Dr",
        "Squamish, BC V8B 0J3",
        "(604) 892-5211",
        "Squamish Adventure Centre, 38551 Loggers Ln",
        "Squamish, BC V8B 0H2",
    ),
    "fortlangley": _p(
        "ca",
        "Fort Langley National Historic Site",
        "23433 Mavis Ave",
        "Langley, BC V1M 2R5",
        49.1680,
        -122.5730,
        "America/Vancouver",
        "Langley Memorial Hospital",
        "22051 Fraser Hwy",
        "Langley, BC V3A 4H4",
        "(604) 534-4121",
        "Fort Langley Community Hall lot, 9167 Glover Rd",
        "Langley, BC V1M 2R6",
    ),
    "rivermarket": _p(
        "ca",
        "River Market",
        "810 Quayside Dr",
        "New Westminster, BC V3M 6B9",
        49.2010,
        -122.9120,
        "America/Vancouver",
        "Royal Columbian Hospital",
        "330 E Columbia St",
        "New Westminster, BC V3L 3W7",
        "(604) 520-4253",
        "Westminster Pier Park lot, 1 Sixth St",
        "New Westminster, BC V3M 6Z6",
    ),
    # (3) US commercial production service: Santa Clarita, Palm Springs, Boulder City
    "melody": _p(
        "us",
        "Melody Ranch Studios",
        "24715 Oak Creek Ave",
        "Santa Clarita, CA 91321",
        34.3790,
        -118.5220,
        "America/Los_Angeles",
        "Henry Mayo Newhall Hospital",
        "23845 McBean Pkwy",
        "Valencia, CA 91355",
        "(661) 253-8000",
        "William S. Hart Park lot, 24151 Newhall Ave",
        "Santa Clarita, CA 91321",
    ),
    "tramway": _p(
        "us",
        "Palm Springs Aerial Tramway, Valley Station",
        "1 Tram Way",
        "Palm Springs, CA 92262",
        33.8370,
        -116.6140,
        "America/Los_Angeles",
        "Desert Regional Medical Center",
        "1150 N Indian Canyon Dr",
        "Palm Springs, CA 92262",
        "(760) 323-6511",
        "Palm Springs Visitor Center, 2901 N Palm Canyon Dr",
        "Palm Springs, CA 92262",
    ),
    "boulderdam": _p(
        "us",
        "Boulder Dam Hotel",
        "1305 Arizona St",
        "Boulder City, NV 89005",
        35.9780,
        -114.8340,
        "America/Los_Angeles",
        "Boulder City Hospital",
        "901 Adams Blvd",
        "Boulder City, NV 89005",
        "(702) 293-4111",
        "Bicentennial Park, 1001 Colorado St",
        "Boulder City, NV 89005",
    ),
    # (4) spreadsheet exports: Port Townsend, Walla Walla, Bisbee
    "fortworden": _p(
        "us",
        "Fort Worden Historical State Park",
        "200 Battery Way",
        "Port Townsend, WA 98368",
        48.1360,
        -122.7660,
        "America/Los_Angeles",
        "Jefferson Healthcare",
        "834 Sheridan St",
        "Port Townsend, WA 98368",
        "(360) 385-2200",
        "Haines Place Park & Ride, 440 12th St",
        "Port Townsend, WA 98368",
    ),
    "whitman": _p(
        "us",
        "Marcus Whitman Hotel",
        "6 W Rose St",
        "Walla Walla, WA 99362",
        46.0690,
        -118.3400,
        "America/Los_Angeles",
        "Providence St. Mary Medical Center",
        "401 W Poplar St",
        "Walla Walla, WA 99362",
        "(509) 897-3320",
        "Walla Walla County Fairgrounds, 363 Orchard St",
        "Walla Walla, WA 99362",
    ),
    "copperqueen": _p(
        "us",
        "Copper Queen Hotel",
        "11 Howell Ave",
        "Bisbee, AZ 85603",
        31.4420,
        -109.9160,
        "America/Phoenix",
        "Copper Queen Community Hospital",
        "101 Cole Ave",
        "Bisbee, AZ 85603",
        "(520) 432-5383",
        "Bisbee Visitor Center lot, 478 N Dart Rd",
        "Bisbee, AZ 85603",
    ),
    # (5) US episodic / indie with an advance schedule: Senoia, Covington, Natchez
    "veranda": _p(
        "us",
        "The Veranda Historic Inn",
        "252 Seavy St",
        "Senoia, GA 30276",
        33.3020,
        -84.5540,
        "America/New_York",
        "Piedmont Newnan Hospital",
        "745 Poplar Rd",
        "Newnan, GA 30265",
        "(770) 400-1000",
        "Seavy Street Park lot, 60 Seavy St",
        "Senoia, GA 30276",
    ),
    "courthouse": _p(
        "us",
        "Newton County Historic Courthouse",
        "1124 Clark St",
        "Covington, GA 30014",
        33.5970,
        -83.8600,
        "America/New_York",
        "Piedmont Newton Hospital",
        "5126 Hospital Dr NE",
        "Covington, GA 30014",
        "(770) 786-7053",
        "Legion Field, 3150 Washington St",
        "Covington, GA 30014",
    ),
    "stanton": _p(
        "us",
        "Stanton Hall",
        "401 High St",
        "Natchez, MS 39120",
        31.5610,
        -91.4010,
        "America/Chicago",
        "Merit Health Natchez",
        "54 Seargent Prentiss Dr",
        "Natchez, MS 39120",
        "(601) 443-2100",
        "Natchez Visitor Center lot, 640 S Canal St",
        "Natchez, MS 39120",
    ),
    # (6) Mexican / border bilingual: Playas de Rosarito, Tepoztlán, Laredo
    "bajastudios": _p(
        "mx",
        "Baja Studios",
        "Carretera Libre Tijuana-Ensenada Km 32.8",
        "Col. Popotla, C.P. 22710, Playas de Rosarito, B.C.",
        32.2950,
        -117.0330,
        "America/Tijuana",
        "Hospital Ángeles Tijuana",
        "Av. Paseo de los Héroes 10999, Zona Urbana Río",
        "C.P. 22010, Tijuana, B.C.",
        "(664) 635 1800",
        "Estacionamiento Popotla, Calle Popotla s/n",
        "Col. Popotla, C.P. 22710, Playas de Rosarito, B.C.",
    ),
    "exconvento": _p(
        "mx",
        "Ex Convento de la Natividad",
        "Av. Revolución de 1910 s/n",
        "Barrio de la Santísima, C.P. 62520, Tepoztlán, Mor.",
        18.9850,
        -99.0990,
        "America/Mexico_City",
        "Hospital General de Cuernavaca Dr. José G. Parres",
        "Av. Domingo Diez s/n, Col. Lomas de la Selva",
        "C.P. 62270, Cuernavaca, Mor.",
        "(777) 311 2209",
        "Estacionamiento El Tepozteco, Av. 5 de Mayo",
        "Col. Centro, C.P. 62520, Tepoztlán, Mor.",
    ),
    "laposada": _p(
        "us",
        "La Posada Hotel",
        "1000 Zaragoza St",
        "Laredo, TX 78040",
        27.5030,
        -99.5070,
        "America/Chicago",
        "Laredo Medical Center",
        "1700 E Saunders St",
        "Laredo, TX 78041",
        "(956) 796-5000",
        "Laredo College, Fort McIntosh lot, West End Washington St",
        "Laredo, TX 78040",
    ),
}

ES_WD = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto"]
ES_MON += ["septiembre", "octubre", "noviembre", "diciembre"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "ca_dots": f"{h12}:{m:02d} {ap[0].lower()}.m.",  # "6:30 a.m."
        "xl": f"{h12}:{m:02d}:00 {ap}",  # "7:30:00 AM"
        "mx": f"{h:02d}:{m:02d} hrs",  # "07:00 hrs"
        "bc": f"{h:02d}:{m:02d}",  # "07:00"
        "ep": f"{h12}:{m:02d}{ap[0]}",  # "7:00A"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "ca_caps": f"{d:%a} {d:%b} {d.day}/{d:%y}".upper(),  # "TUE MAR 16/27"
        "bc": f"{d:%a}, {d:%b} {d.day}, {d.year}",  # "Tue, Feb 23, 2027"
        "mx_long": f"{ES_WD[d.weekday()]} {d.day} de {ES_MON[d.month - 1]} de {d.year}",
        "mx_num": f"{d:%d/%m/%Y}",  # "18/02/2027"
        "ep": f"{d:%a} {d.month}/{d.day}/{d:%y}",  # "Tue 3/9/27"
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh54")
_table = partial(head_table, size=7.5, lead=12)


def _footer(c: Canvas, text: str, x: float = 30) -> None:
    grey_text(c, x, c.pdf.h - 20, text, 7, 120)


# --- (1) Ontario commercial one-pagers: numbered labels down the columns, values below ----------


def _num_cell(
    c: Canvas,
    x: float,
    y: float,
    w: float,
    h: float,
    label: str,
    lines: list[str],
    *,
    big: bool = False,
) -> None:
    """A ruled cell: a shaded band with the numbered label, its value lines under it."""
    c.box(x, y, w, h, 0.5)
    fill(c, x + 0.5, y + 0.5, w - 1, 11, 222)
    fit(c, x + 3, y + 9, label, 6.8, w - 6, bold=True)
    yy = y + (26 if big else 22)
    for ln in lines:
        fit(c, x + 4, yy, ln, 12.5 if big else 8.6, w - 8, bold=big)
        yy += 10.5


def _ca_num(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("letter", g["font"], margin=30.0)
        c.text(x0, 40, g["company"], 13, bold=True)
        grey_text(c, x0, 51, g["office"], 7)
        c.right(right, 40, "CALL SHEET", 18, bold=True)
        c.right(right, 52, f"JOB # {g['job']}   ·   {g['version']}", 7.5)
        c.hline(x0, right, 60, 1.2)
        c.text(x0, 76, "PROJECT:", 8, bold=True)
        c.text(x0 + 48, 76, title, 11, bold=True)
        at = partial(add_minutes, call)
        cols: list[list[tuple[str, list[str], float]]] = [
            [
                ("DATE", [day_text(day, g["date_style"])], 32),
                ("SHOOT DAY", [g["day_of"]], 32),
                ("CREW CALL", [hm(call, t)], 40),
                ("TALENT CALL", [hm(at(g["talent"]), t)], 32),
                ("BREAKFAST", [f"{hm(at(-30), t)} (walking)"], 32),
                ("LUNCH", [hm(at(g["lunch"]), t)], 0),
            ],
            [
                ("CLIENT", [g["client"]], 32),
                ("AGENCY", [g["agency"]], 32),
                ("DIRECTOR / DOP", [g["director"]], 32),
                ("SET LOCATION", [p.name, p.street, p.city, g["set"]], 74),
                ("UNIT PARKING", [p.base_street, p.base_city], 0),
            ],
            [
                ("SUNRISE / SUNSET", [f"{hm(rise, t)} / {hm(fall, t)}"], 32),
                ("WEATHER", [g["weather"]], 32),
                ("NEAREST HOSPITAL", hospital_lines(p), 62),
                ("EMERGENCY", ["911 · then call the PM", g["pm"]], 44),
                (*g["extra"], 0),
            ],
        ]
        w = (right - x0) / 3
        top, depth = 86.0, 236.0
        n = 1
        for k, col in enumerate(cols):
            y = top
            for lab, lines, h in col:
                hh = h or top + depth - y
                label = g["num"].format(n=n, lab=lab)
                _num_cell(c, x0 + k * w, y, w, hh, label, lines, big=lab == "CREW CALL")
                y += hh
                n += 1
        y = top + depth + 18
        written = partial(hm, style=t)
        c.text(x0, y, g["num"].format(n=n, lab="SCHEDULE"), 8, bold=True)
        y = _table(
            c,
            x0,
            y + 14,
            ["TIME", "SHOT / ACTIVITY", "TALENT", "NOTES"],
            [0, 60, 290, 380],
            timed_rows(g["schedule"], call, written),
            right,
        )
        n += 1
        c.text(x0, y + 2, g["num"].format(n=n, lab="CREW"), 8, bold=True)
        y = _table(
            c,
            x0,
            y + 16,
            ["POSITION", "NAME", "CELL", "CALL"],
            [0, 130, 280, 420],
            crew_times(g["crew"], call, written),
            right,
        )
        n += 1
        titled_notes(
            c, x0, y + 4, g["num"].format(n=n, lab="NOTES"), 8, g["notes"], 7.5, right - x0, 10
        )
        _footer(c, g["footer"], x0)
        return c.output()

    return _sheet(
        f"on_{key}",
        "on_numbered_columns",
        "Ontario commercial one-pager, letter: company and office left, 'CALL SHEET' and job # "
        "right, 'PROJECT:' and the title under the rule; a three-column grid whose numbered "
        "labels run DOWN each column ('1. DATE' ... "
        "'6. LUNCH', then '7. CLIENT' at the top of the next), each label in a shaded band with "
        "its value in the cell under it ('Mar 16/27', 'TUE MAR 24/27'); SET LOCATION, UNIT "
        "PARKING, NEAREST HOSPITAL as cells; numbered SCHEDULE, CREW and NOTES",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _on_sheets() -> list[Sheet]:
    return [
        _ca_num(
            "capitol",
            "Kawartha Dairy 'Main Street Sundae'",
            D(2027, 3, 16),
            "06:30",
            {
                "font": "helvetica",
                "time_style": "us",
                "date_style": "mon_slash_yy",
                "num": "{n}. {lab}",
                "company": "LAKESHORE & QUEEN FILMS INC.",
                "office": "401 Richmond St W, Suite 214, Toronto, ON M5V 3A8  ·  (416) 555-0148",
                "job": "LQ-2703",
                "version": "v3 FINAL",
                "day_of": "1 of 2",
                "talent": 75,
                "lunch": 360,
                "client": "Kawartha Dairy",
                "agency": "Cobalt North",
                "director": "Anika Bose / Marc Tremblay",
                "set": "Lobby, marquee and Walton St sidewalk",
                "weather": "Cloudy, high 4°C, low -3°C",
                "pm": "Dana Whitlock (416) 555-0193",
                "extra": (
                    "PARKING NOTES",
                    ["No trucks on Queen St;", "crew cars at the", "complex, shuttle"],
                ),
                "schedule": [
                    (0, "Crew call, load in via the Walton St doors", "", ""),
                    (
                        90,
                        "Shot 1: marquee wide, the family arrives",
                        "Family (4)",
                        "Street lock-up",
                    ),
                    (210, "Shot 2-4: lobby, the sundae bar", "Family, Server", ""),
                    (360, "Lunch", "", "Catering in the lobby"),
                    (420, "Shot 5: sidewalk, dusk look", "Family", "Condor"),
                ],
                "crew": [
                    ("Producer", "Dana Whitlock", "(416) 555-0193", 0),
                    ("1st AD", "Ravi Sandhu", "(647) 555-0127", -15),
                    ("Gaffer", "Owen McAllister", "(905) 555-0164", -30),
                    ("Food Stylist", "Lise Gauthier", "(416) 555-0181", -60),
                ],
                "notes": [
                    "Heritage theatre: no tape on the plaster, soft feet on all stands. Paid-duty "
                    "officer on Walton St from 0800. Town of Port Hope film permit #FP-27-014 "
                    "with the PM.",
                ],
                "footer": "Lakeshore & Queen Films  ·  Kawartha Dairy  ·  Call sheet v3",
            },
        ),
        _ca_num(
            "eloramill",
            "Wellington Mutual 'Gorge'",
            D(2027, 3, 24),
            "07:00",
            {
                "font": "sans",
                "time_style": "ca_dots",
                "date_style": "ca_caps",
                "num": "{n:02d}  {lab}",
                "company": "GRAND RIVER PICTURE CO.",
                "office": "12 Wyndham St N, Guelph, ON N1H 4E5  ·  519-555-0112",
                "job": "GRP-0411",
                "version": "Issued Mar 22",
                "day_of": "2 of 2",
                "talent": 90,
                "lunch": 330,
                "client": "Wellington Mutual Insurance",
                "agency": "Blackbird & Vine",
                "director": "Jonah Friesen / Tova Lind",
                "set": "Mill terrace and the Grand River lookout",
                "weather": "Sun and cloud, 7°C / -1°C",
                "pm": "Claire Abernethy 519-555-0139",
                "extra": (
                    "WALKIE CHANNELS",
                    ["1 Production  2 AD", "3 Camera  4 Grip/Elec", "8 Transport"],
                ),
                "schedule": [
                    (0, "Crew call at unit parking, shuttle to the mill", "", ""),
                    (75, "Terrace: couple on the bench", "Couple", "Hotel guests around us"),
                    (180, "Lookout over the gorge, drone", "Couple", "Drone op: R. Patel"),
                    (330, "Lunch at the mill's back room", "", ""),
                    (390, "Pickups, product stills", "", ""),
                ],
                "crew": [
                    ("Producer", "Claire Abernethy", "519-555-0139", 0),
                    ("1st AD", "Sam Okonkwo", "519-555-0150", -15),
                    ("DOP", "Tova Lind", "416-555-0176", 0),
                    ("Drone Op", "Rohan Patel", "905-555-0117", -30),
                ],
                "notes": [
                    "The hotel stays open: hold the lobby for guests, no equipment through the "
                    "front doors. Ice on the gorge trail: cleats from the truck. GRCA permit on "
                    "file for the conservation area.",
                ],
                "footer": "Grand River Picture Co.  ·  Wellington Mutual  ·  Call sheet",
            },
        ),
        _ca_num(
            "fortgeorge",
            "Niagara Parks 'Living History'",
            D(2027, 4, 7),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "us_lower",
                "date_style": "us_long",
                "num": "{n}) {lab}",
                "company": "BROCK & BUTLER PRODUCTIONS",
                "office": "88 Queen St, Niagara-on-the-Lake, ON L0S 1J0  ·  905-555-0161",
                "job": "BB-27-09",
                "version": "Rev. 2",
                "day_of": "1 of 1",
                "talent": 60,
                "lunch": 330,
                "client": "Niagara Parks Commission",
                "agency": "direct",
                "director": "Hollis Grant / Mei Tanaka",
                "set": "Parade square, blockhouse and the officers' quarters",
                "weather": "Showers, 11°C / 4°C",
                "pm": "Bea Lachance 905-555-0188",
                # HARD: a weather date with its own (later) date in the grid
                "extra": (
                    "WEATHER DATE",
                    [
                        day_text(D(2027, 4, 8), "mon_slash_yy"),
                        "same calls if we",
                        "move: PM confirms 6pm",
                    ],
                ),
                "schedule": [
                    (0, "Crew call, parade square", "", ""),
                    (
                        60,
                        "Musket drill, wide and tight",
                        "Re-enactors (12)",
                        "Parks Canada liaison",
                    ),
                    (210, "Blockhouse interior", "Officer, Child", "Low light kit"),
                    (330, "Lunch", "", "Navy Hall"),
                    (390, "Officers' quarters", "Officer", ""),
                ],
                "crew": [
                    ("Producer", "Bea Lachance", "905-555-0188", 0),
                    ("1st AD", "Tomás Reyes", "905-555-0102", -15),
                    ("Armourer", "Gord Pellerin", "289-555-0125", -60),
                    ("Wardrobe", "Nadia Osei", "905-555-0146", -45),
                ],
                "notes": [
                    "Blank firing: armourer's safety talk at the square before the first shot. "
                    "Parks Canada staff lead all moves inside the fort; stay off the earthworks.",
                ],
                "footer": "Brock & Butler Productions  ·  Niagara Parks  ·  Call sheet Rev. 2",
            },
        ),
    ]


# --- (2) BC series unit sheets: a two-column header --------------------------------------------


def _bc(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("letter", g["font"], margin=30.0)
        c.text(x0, 36, g["company"], 8.5, bold=True)
        grey_text(c, x0, 46, g["office"], 6.8)
        c.right(right, 36, g["network"], 8.5, bold=True)
        c.right(right, 46, g["day_of"], 7.5)
        centre(c, 70, title.upper(), 20)
        centre(c, 84, g["episode"], 9, bold=False)
        centre(c, 97, g["credits"], 7.2, bold=False)
        c.hline(x0, right, 104, 1.4)
        mid = x0 + (right - x0) * 0.44
        at = partial(add_minutes, call)
        rows = [
            ("Date", day_text(day, g["date_style"])),
            ("Crew Call", hm(call, t)),
            ("Shooting Call", hm(at(g["shooting"]), t)),
            ("Breakfast", f"{hm(at(-45), t)} - {hm(at(-5), t)} at base"),
            ("Lunch", hm(at(g["lunch"]), t)),
            ("Est. Wrap", hm(at(g["wrap"]), t)),
            ("Sunrise / Sunset", f"{hm(rise, t)} / {hm(fall, t)}"),
            ("Weather", g["weather"]),
        ]
        y = 120.0
        for lab, val in rows:
            big = lab == "Crew Call"
            y += 5 if big else 0
            c.text(x0, y, f"{lab}:", 8.5 if not big else 10, bold=True)
            fit(c, x0 + 84, y, val, 12 if big else 8.5, mid - x0 - 92, bold=big)
            if big:
                c.box(x0 + 80, y - 13, 74, 18, 1.2)
            y += 17 if big else 13
        c.vline(mid, 110, y - 4, 0.4)
        yy = 120.0
        for head, lines in [
            ("LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("UNIT BASE / CREW PARKING", [p.base_street, p.base_city, g["base_note"]]),
            (
                "NEAREST HOSPITAL",
                [p.hospital, f"{p.hospital_street}, {p.hospital_city}", p.hospital_phone],
            ),
        ]:
            c.text(mid + 10, yy, head, 7.5, bold=True)
            yy = paragraphs(c, mid + 10, yy + 11, lines, 8.2, right - mid - 14, 10) + 4
        y = max(y, yy) + 2
        c.hline(x0, right, y - 6, 1.0)
        written = partial(hm, style=t)
        y = _table(
            c,
            x0,
            y + 8,
            ["SC.", "SET / DESCRIPTION", "D/N", "PGS", "CAST", "LOC"],
            [0, 32, 300, 345, 385, 450],
            g["scenes"],
            right,
        )
        y = _table(
            c,
            x0,
            y + 2,
            ["#", "CAST", "CHARACTER", "P/U", "H/MU", "SET"],
            [0, 20, 150, 290, 360, 430],
            cast_times(g["cast"], call, written, [-90, -75, 0], numbered=True),
            right,
        )
        y = _table(
            c,
            x0,
            y + 2,
            ["DEPARTMENT", "NOTES", "CALL"],
            [0, 120, 430],
            crew_times(g["crew"], call, written),
            right,
        )
        titled_notes(c, x0, y + 4, "SAFETY / NOTES", 8.5, g["notes"], 7.5, right - x0, 10)
        _footer(c, g["footer"], x0)
        return c.output()

    return _sheet(
        f"bc_{key}",
        "bc_series_two_column",
        "British Columbia series unit call sheet, letter: company and production office top "
        "left, network and 'Day n of m' right; the series title centred with the episode and "
        "credits; a two-column header: Date ('Tue, Feb 23, 2027'), Crew Call boxed, Shooting "
        "Call, Breakfast, Lunch, Est. Wrap, sun and weather as label rows on the left, LOCATION, "
        "UNIT BASE / CREW PARKING and NEAREST HOSPITAL as headed blocks on the right; scenes "
        "with a LOC column, cast with P/U, H/MU and set, departments, safety notes",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _bc_sheets() -> list[Sheet]:
    return [
        _bc(
            "gondola",
            "Highline",
            D(2027, 2, 23),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "bc",
                "date_style": "bc",
                "company": "Stawamus Rock Productions Inc.",
                "office": "Production office: 1200 Welch St, North Vancouver, BC V7P 1B3",
                "network": "CTV / Crave",
                "day_of": "Day 6 of 9 (Ep. 104)",
                "episode": 'Episode 104 "Whiteout"',
                "credits": "Director: Kiran Dhaliwal  ·  Producers: Mark Laidlaw, Sienna Cho  ·  "
                "1st AD: Pete Okamura",
                "shooting": 60,
                "lunch": 360,
                "wrap": 720,
                "weather": "Flurries, -2°C / 3°C, winds at the summit",
                "set": "Summit Lodge deck and the Sky Pilot suspension bridge",
                "base_note": "Crew shuttle to the base terminal every 15 min",
                "scenes": [
                    (
                        "14",
                        "EXT. SUMMIT LODGE DECK - Maddie finds the radio",
                        "D4",
                        "1 6/8",
                        "1, 3",
                        "1",
                    ),
                    ("15", "EXT. SUSPENSION BRIDGE - the crossing", "D4", "2 1/8", "1, 2, 3", "1"),
                    ("22pt", "INT. GONDOLA CABIN - descent", "D4", "4/8", "2", "1"),
                ],
                "cast": [
                    ("Hannah Moreau", "MADDIE", 0),
                    ("Jesse Redcloud", "TY", 45),
                    ("Aaron Vos", "CAL", 90),
                ],
                "crew": [
                    ("Transport", "Shuttle from Adventure Centre", -45),
                    ("Rigging Grip", "Bridge rigging, harnesses", -90),
                    ("Locations", "Gondola ops liaison", -60),
                ],
                "notes": [
                    "Gondola opens to the public at 10:00: all crew and gear up on the staff "
                    "cabins before 09:30. Harnesses for anyone on the bridge rigging. Cold-weather "
                    "gear mandatory. Wildlife: report any bear sightings to Locations.",
                ],
                "footer": "Highline  ·  Stawamus Rock Productions  ·  "
                "DGC BC / IATSE 891 / Teamsters 155",
            },
        ),
        _bc(
            "fortlangley",
            "The Brigade",
            D(2027, 3, 3),
            "06:45",
            {
                "font": "sans",
                "time_style": "us",
                "date_style": "us_long",
                "company": "Kwantlen Crossing Films Ltd.",
                "office": "Production office: 4190 Lougheed Hwy, Burnaby, BC V5C 6A8",
                "network": "CBC / Gem",
                "day_of": "Day 11 of 16",
                "episode": 'Episode 3 "Factor\'s House"',
                "credits": "Director: Celeste Marchand  ·  Producer: Dev Sahota  ·  "
                "1st AD: Lori Quan",
                "shooting": 75,
                "lunch": 360,
                "wrap": 690,
                "weather": "Rain, 6°C / 9°C",
                "set": "Big House, the storehouse and the palisade gate",
                "base_note": "Background holding in the hall",
                "scenes": [
                    (
                        "31",
                        "INT. BIG HOUSE - the chief factor's dinner",
                        "N2",
                        "2 3/8",
                        "1, 2, 4",
                        "1",
                    ),
                    (
                        "33",
                        "EXT. PALISADE GATE - the brigade arrives",
                        "D3",
                        "1 4/8",
                        "1, 3, BG",
                        "1",
                    ),
                ],
                "cast": [
                    ("Ruth Nakamura", "ELSPETH", 0),
                    ("Luc Gagnon", "FRANÇOIS", 30),
                    ("Tom Joe", "SIMON", 60),
                ],
                "crew": [
                    ("Art Dept", "Candles and period dressing", -60),
                    ("Wardrobe / BG", "Background fittings in the hall", -90),
                    ("SPFX", "Rain bars at the gate", -45),
                ],
                "notes": [
                    "Parks Canada site: no vehicles inside the palisade, period-correct only in "
                    "frame. Muddy: boots and rain gear. Hot drinks at the hall all day.",
                ],
                "footer": "The Brigade  ·  Kwantlen Crossing Films  ·  Call sheet",
            },
        ),
        _bc(
            "rivermarket",
            "Sapperton",
            D(2027, 3, 11),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "bc",
                "date_style": "bc",
                "company": "Royal City Television Inc.",
                "office": "Production office: 620 Front St, New Westminster, BC V3M 3B2",
                "network": "Global",
                "day_of": "Day 4 of 8 (Ep. 207)",
                "episode": 'Episode 207 "Low Tide"',
                "credits": "Director: Aaron Whitehorse  ·  Producer: Jill Sato  ·  "
                "1st AD: Manny Rios",
                "shooting": 60,
                "lunch": 330,
                "wrap": 660,
                "weather": "Overcast, 7°C / 11°C",
                "set": "The food hall and the quay boardwalk",
                # HARD: the shuttle from crew parking starts before the crew call
                "base_note": "Crew shuttle from parking starts 06:50",
                "scenes": [
                    ("8", "INT. RIVER MARKET - FOOD HALL - Dani's stall", "D2", "2", "1, 2", "1"),
                    ("9", "EXT. QUAY BOARDWALK - the handoff", "D2", "1 2/8", "1, 3", "1"),
                    ("12", "EXT. FRASER RIVER - tugboat POV", "D2", "3/8", "-", "1"),
                ],
                "cast": [
                    ("Priya Venkat", "DANI", 0),
                    ("Marcus Holt", "RENNER", 60),
                    ("Elle Boateng", "JO", 120),
                ],
                "crew": [
                    ("Marine", "Safety boat on the river", -60),
                    ("Locations", "Market tenants' briefing", -45),
                ],
                "notes": [
                    "The market is open from 10:00: keep the food hall aisles clear. Quay "
                    "boardwalk shared with the public; PA lock-ups at both ends.",
                ],
                "footer": "Sapperton  ·  Royal City Television  ·  Call sheet #4",
            },
        ),
    ]


# --- (3) US commercial production service: zone line, GENERAL CREW CALL, weather strip -----------


def _svc(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("letter", g["font"], margin=28.0)
        fill(c, x0, 26, right - x0, 40, 30)
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0 + 10, 44, g["company"], 13, bold=True)
        c.text(x0 + 10, 57, "PRODUCTION SERVICES", 7.5)
        c.right(right - 10, 44, "CALL SHEET", 15, bold=True)
        c.right(right - 10, 57, f"Job {g['job']}", 7.5)
        black(c)
        w = right - x0
        # production facts left, the general crew call right
        label_rows(
            c,
            x0,
            84,
            x0 + w * 0.62,
            [
                ("Project", title),
                ("Client", g["client"]),
                ("Agency", g["agency"]),
                ("Production Co.", g["prodco"]),
                ("Director", g["director"]),
                ("Date", day_text(day, g["date_style"])),
                ("Shoot Day", g["day_of"]),
            ],
            8.5,
            80,
            12.5,
        )
        bx = x0 + w * 0.64
        c.box(bx, 72, right - bx, 92, 1.8)
        c.text(bx + 10, 88, "GENERAL CREW CALL", 9, bold=True)
        c.text(bx + 10, 118, hm(call, t), 26, bold=True)
        at = partial(add_minutes, call)
        c.text(bx + 10, 136, f"Talent call {hm(at(g['talent']), t)}", 8.5)
        c.text(bx + 10, 148, f"Shooting call {hm(at(g['shooting']), t)}", 8.5)
        c.text(bx + 10, 160, f"Lunch {hm(at(g['lunch']), t)}  ·  Wrap {hm(at(g['wrap']), t)}", 8.5)
        # zone line
        y = 180.0
        fill(c, x0, y - 10, w, 15, 235)
        fit(c, x0 + 6, y, g["zone"], 8, w - 12, bold=True)
        # weather strip
        y += 14
        strip = [
            ("SUNRISE", hm(rise, t)),
            ("SUNSET", hm(fall, t)),
            ("HIGH", g["high"]),
            ("LOW", g["low"]),
            ("WIND", g["wind"]),
            ("PRECIP", g["precip"]),
            ("CONDITIONS", g["sky"]),
        ]
        sw = w / len(strip)
        for i, (lab, val) in enumerate(strip):
            c.box(x0 + i * sw, y, sw, 28, 0.4)
            c.text(x0 + i * sw + 4, y + 9, lab, 6.3, bold=True)
            fit(c, x0 + i * sw + 4, y + 22, val, 9, sw - 8)
        y += 40
        bw = w / 3
        blocks = [
            ("LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("BASECAMP / CREW PARKING", [p.base_street, p.base_city, g["base_note"]]),
            ("NEAREST HOSPITAL", hospital_lines(p)),
        ]
        ruled_cells(c, x0, y, bw, blocks, 62, 0.6, label_size=7, size=7.8, lead=10.5)
        y += 78
        written = partial(hm, style=t)
        y = _table(
            c,
            x0,
            y,
            ["TIME", "SCHEDULE", "NOTES"],
            [0, 70, 340],
            timed_rows(g["schedule"], call, written),
            right,
        )
        y = _table(
            c,
            x0,
            y + 2,
            ["TALENT", "ROLE", "PICK-UP", "HMU", "ON SET"],
            [0, 130, 260, 340, 420],
            cast_times(g["cast"], call, written, [-45, -30, 30]),
            right,
        )
        y = _table(
            c,
            x0,
            y + 2,
            ["POSITION", "NAME", "CELL", "CALL"],
            [0, 130, 280, 420],
            crew_times(g["crew"], call, written),
            right,
        )
        titled_notes(c, x0, y + 4, "SAFETY", 8.5, g["notes"], 7.5, right - x0, 10)
        _footer(c, g["footer"], x0)
        return c.output()

    return _sheet(
        f"svc_{key}",
        "us_commercial_service",
        "US commercial production-service call sheet, letter: a black band with the service "
        "company, 'PRODUCTION SERVICES', 'CALL SHEET' and the job; project, client, agency, "
        "the production company being serviced, director, date, shoot day as label rows; "
        "GENERAL CREW CALL at 26 pt in a heavy box with talent, shooting call, lunch, wrap; a "
        "shaded studio-zone / distant-location line; a weather strip (sunrise, sunset, high, "
        "low, wind, precip, conditions); LOCATION, BASECAMP / CREW PARKING, NEAREST HOSPITAL "
        "boxes; schedule, talent, crew; safety",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _svc_sheets() -> list[Sheet]:
    return [
        _svc(
            "melody",
            "Ridgeline Trucks 'Main Street Showdown'",
            D(2027, 3, 4),
            "06:00",
            {
                "font": "helvetica",
                "time_style": "us",
                "date_style": "us_long",
                "company": "CANYON COUNTRY SERVICES",
                "job": "CCS-2731",
                "client": "Ridgeline Trucks",
                "agency": "Halvorsen Kline (Chicago)",
                "prodco": "Northstar Films (Minneapolis)",
                "director": "Greta Lindahl",
                "day_of": "1 of 2",
                "talent": 60,
                "shooting": 90,
                "lunch": 360,
                "wrap": 720,
                "zone": "STUDIO ZONE: inside the 30-mile zone. Report to location; no mileage.",
                "high": "71°F",
                "low": "44°F",
                "wind": "W 5-10 mph",
                "precip": "0%",
                "sky": "Sunny",
                "set": "Western town: Main Street, saloon and livery",
                "base_note": "Crew parking in the back lot; shuttle",
                "schedule": [
                    (0, "General crew call, breakfast at basecamp", ""),
                    (90, "Shooting call: truck drive-through, Main St", "Picture car + tow rig"),
                    (240, "Saloon porch, the farmer and the dog", "Animal handler on set"),
                    (360, "Lunch (1 hr)", ""),
                    (420, "Livery: the product reveal", "Magic hour prep after 5:30 PM"),
                ],
                "cast": [
                    ("Wade Holloway", "Farmer", 0),
                    ("Ana Cruz", "Daughter", 0),
                    ("Biscuit", "Dog", 60),
                ],
                "crew": [
                    ("Line Producer", "Jill Navarro", "(661) 555-0110", 0),
                    ("1st AD", "Corey Bancroft", "(818) 555-0121", -15),
                    ("Picture Car Coord.", "Dom Esparza", "(661) 555-0132", -60),
                    ("Animal Handler", "Rita Voss", "(805) 555-0143", 0),
                ],
                "notes": [
                    "Picture car driving on Main St: nobody in the street during takes, follow "
                    "the 1st AD's lock-up calls. Rattlesnakes are active: stay on cleared paths.",
                ],
                "footer": "Canyon Country Services  ·  Santa Clarita  ·  Call sheet v2",
            },
        ),
        _svc(
            "tramway",
            "Solbrise Sunscreen 'Up Above'",
            D(2027, 3, 18),
            "06:30",
            {
                "font": "sans",
                "time_style": "us_lower",
                "date_style": "us_short",
                "company": "SAN JACINTO PRODUCTION SERVICE",
                "job": "SJPS-0318",
                "client": "Solbrise GmbH",
                "agency": "Kranz & Vogel (Hamburg)",
                "prodco": "Helle Film (Berlin)",
                "director": "Jonas Albrecht",
                "day_of": "2 of 3",
                "talent": 45,
                "shooting": 90,
                "lunch": 360,
                "wrap": 690,
                # HARD: the distant-location line gives the hotel van's time before the crew call
                "zone": "DISTANT LOCATION: outside the 30-mile zone. Hotel van departs the "
                "Ace Hotel lobby 5:45am; per diem paid Friday.",
                "high": "82°F",
                "low": "56°F",
                "wind": "NW 10-20 mph",
                "precip": "0%",
                "sky": "Clear",
                "set": "Valley Station platform and the desert trailhead",
                "base_note": "Trucks and honeywagon in the north lot",
                "schedule": [
                    (0, "General crew call at the Valley Station", ""),
                    (90, "Shooting call: boarding the rotating car", "Tram staff escort"),
                    (240, "Trailhead, the hiker's pause", "Heat protocol: shade + water"),
                    (360, "Lunch", "Catering at basecamp"),
                    (420, "Platform, golden hour", ""),
                ],
                "cast": [("Lena Brandt", "Hiker", 0), ("Marco Diaz", "Friend", 30)],
                "crew": [
                    ("Service Producer", "Alma Reyes", "(760) 555-0150", 0),
                    ("1st AD", "Kyle Brennan", "(323) 555-0161", -15),
                    ("Key Grip", "Luis Ortega", "(760) 555-0172", -30),
                    ("Medic", "Dana Fox", "(760) 555-0183", -30),
                ],
                "notes": [
                    "Heat: water every hour, shade tents at the trailhead. The tramway runs "
                    "for the public from 10am: we shoot between public cars only.",
                ],
                "footer": "San Jacinto Production Service  ·  Helle Film / Solbrise  ·  Call sheet",
            },
        ),
        _svc(
            "boulderdam",
            "Mesa Federal Credit Union 'Hometown'",
            D(2027, 3, 26),
            "06:00",
            {
                "font": "helvetica",
                "time_style": "us",
                "date_style": "us_ordinal",
                "company": "LAKE MEAD LOCATIONS & PRODUCTION",
                "job": "LM-1144",
                "client": "Mesa Federal Credit Union",
                "agency": "Sandstone Creative (Phoenix)",
                "prodco": "Arroyo Pictures (Los Angeles)",
                "director": "Terrence Oduya",
                "day_of": "1 of 1",
                "talent": 60,
                "shooting": 75,
                "lunch": 360,
                "wrap": 660,
                "zone": "LOCAL HIRE: Las Vegas crew, report to location. LA crew: distant "
                "location, "
                "hotel per production memo.",
                "high": "74°F",
                "low": "50°F",
                "wind": "SW 5 mph",
                "precip": "10%",
                "sky": "Partly cloudy",
                "set": "Hotel lobby, the front porch and Arizona St",
                "base_note": "Shuttle to the hotel every 10 min",
                "schedule": [
                    (0, "General crew call, breakfast at basecamp", ""),
                    (75, "Lobby: the teller and the young couple", "Hotel guests held"),
                    (210, "Porch and Arizona St, the parade float", "BG (20)"),
                    (360, "Lunch", ""),
                    (420, "Product supers, stills", ""),
                ],
                "cast": [
                    ("Keisha Monroe", "Teller", 0),
                    ("Paul Haddad", "Husband", 30),
                    ("Ivy Chen", "Wife", 30),
                ],
                "crew": [
                    ("Service Producer", "Nate Kowalski", "(702) 555-0114", 0),
                    ("1st AD", "Sofia Marin", "(702) 555-0125", -15),
                    ("Locations", "Eddie Tran", "(702) 555-0136", -60),
                ],
                "notes": [
                    "Boulder City permit: street holds on Arizona St only between takes. "
                    "No gambling is shown or mentioned (city ordinance); no smoking on the porch.",
                ],
                "footer": "Lake Mead Locations & Production  ·  Arroyo Pictures  ·  Call sheet",
            },
        ),
    ]


# --- (4) spreadsheet "Save as PDF" exports: gridlines, merged cells, glyph-by-glyph text ---------


def _xl(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        rng = random.Random(g["seed"])
        c = Canvas("letter", g["font"], orientation="L")
        x0, right = 36.0, c.width - 36
        cw = (right - x0) / 12
        rh = 15.0

        def put(
            x: float, y: float, text: str, size: float, width: float, *, bold: bool, label: bool
        ) -> None:
            split = g["label_split"] if label else g["value_split"]
            if split:
                c.letters(x, y, text, size, rng, split=split)
            else:
                fit(c, x, y, text, size, width, bold=bold)

        def row(y: float, cells: list[tuple[int, str, str]], h: float = rh) -> float:
            """Cells (span in columns, text, kind: label / value / head / title) on one row."""
            c.pdf.set_draw_color(185, 185, 185)
            c.hline(x0, right, y, 0.3)
            c.hline(x0, right, y + h, 0.3)
            x = x0
            for span, text, kind in cells:
                w = span * cw
                if kind in ("label", "head"):
                    fill(c, x + 0.3, y + 0.3, w - 0.6, h - 0.6, g["shade"])
                elif kind == "title":
                    c.pdf.set_fill_color(*g["band"])
                    c.pdf.rect(x, y, w, h, style="F")
                c.vline(x, y, y + h, 0.3)
                if kind == "title":
                    c.pdf.set_text_color(255, 255, 255)
                    c.text(x + 6, y + h - 8, text, 13, bold=True)
                    black(c)
                else:
                    put(
                        x + 3,
                        y + h - 4.5,
                        text,
                        8,
                        w - 6,
                        bold=kind != "value",
                        label=kind != "value",
                    )
                x += w
            c.vline(right, y, y + h, 0.3)
            c.pdf.set_draw_color(0, 0, 0)
            return y + h

        at = partial(add_minutes, call)
        # the call row: two labels, each with its time in minutes after the day's crew call
        (first, first_off), (second, second_off) = g["call_row"]
        y = row(28.0, [(12, f"{title.upper()} - CALL SHEET", "title")], 26)
        facts = [
            ("Production Co.", g["company"], "Date", day_text(day, g["date_style"])),
            ("Director", g["director"], "Shoot Day", g["day_of"]),
            (first, hm(at(first_off), t), second, hm(at(second_off), t)),
            ("Breakfast", hm(at(-30), t), "Lunch", hm(at(g["lunch"]), t)),
            ("Sunrise", hm(rise, t), "Sunset", hm(fall, t)),
        ]
        for a, b, k, v in facts:
            y = row(y, [(2, a, "label"), (4, b, "value"), (2, k, "label"), (4, v, "value")])
        for lab, val in [
            ("Weather", g["weather"]),
            ("Location", p.name),
            ("Address", p.address),
            ("Set", g["set"]),
            ("Parking / Basecamp", p.base),
        ]:
            y = row(y, [(2, lab, "label"), (10, val, "value")])
        y = row(
            y,
            [
                (2, "Nearest Hospital", "label"),
                (7, f"{p.hospital}, {p.hospital_address}", "value"),
                (1, "Phone", "label"),
                (2, p.hospital_phone, "value"),
            ],
        )
        y += rh
        y = row(
            y,
            [
                (1, "Sc", "head"),
                (5, "Set / Description", "head"),
                (1, "D/N", "head"),
                (1, "Pgs", "head"),
                (2, "Cast", "head"),
                (2, "Notes", "head"),
            ],
        )
        for sc, desc, dn, pgs, cast, note in g["scenes"]:
            y = row(
                y,
                [
                    (1, sc, "value"),
                    (5, desc, "value"),
                    (1, dn, "value"),
                    (1, pgs, "value"),
                    (2, cast, "value"),
                    (2, note, "value"),
                ],
            )
        y += rh
        y = row(
            y,
            [
                (3, "Department", "head"),
                (3, "Name", "head"),
                (3, "Phone", "head"),
                (3, "Call", "head"),
            ],
        )
        for dept, name, phone, off in g["crew"]:
            y = row(
                y,
                [
                    (3, dept, "value"),
                    (3, name, "value"),
                    (3, phone, "value"),
                    (3, hm(at(off), t), "value"),
                ],
            )
        grey(c, 120)
        c.text(x0, c.pdf.h - 22, g["tab"], 7)
        c.right(right, c.pdf.h - 22, "Page 1 of 1", 7)
        black(c)
        return c.output()

    return _sheet(
        f"xl_{key}",
        "spreadsheet_export_landscape",
        "a spreadsheet exported with 'Save as PDF', landscape letter: light grey gridlines on "
        "every cell, a coloured title row merged across twelve columns, shaded label cells "
        "with values merged across four or ten columns ('Thursday, March 12, 2026', "
        "'4/2/2026'; '7:30:00 AM', '07:30'), hospital and phone on one row, scenes and crew "
        "blocks, the tab name and 'Page 1 of 1' at the foot; on some every glyph is placed on "
        "its own with uneven gaps, so words split in the text layer",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _xl_sheets() -> list[Sheet]:
    return [
        _xl(
            "fortworden",
            "Quiet Battery",
            D(2026, 3, 12),
            "07:30",
            {
                "font": "helvetica",
                "seed": 5401,
                "label_split": 0.35,
                "value_split": 0.3,
                "shade": 228,
                "band": (31, 78, 121),
                "time_style": "xl",
                "date_style": "us_long",
                "company": "Strait Line Pictures LLC",
                "director": "Noor Haddad",
                "day_of": "3 of 12",
                "call_row": (("Crew Call", 0), ("Shooting Call", 60)),
                "lunch": 360,
                "weather": "Showers, 52°F / 41°F, wind S 15 mph",
                "set": "Battery Kinzie and the officers' row porches",
                "scenes": [
                    (
                        "41",
                        "EXT. BATTERY KINZIE - the tunnels",
                        "D",
                        "2 2/8",
                        "1, 2",
                        "Fog machine",
                    ),
                    (
                        "42",
                        "INT. GUN EMPLACEMENT - flashlight search",
                        "D",
                        "1 5/8",
                        "1",
                        "Low light",
                    ),
                    ("45", "EXT. OFFICERS' ROW - porch goodbye", "D", "6/8", "1, 3", ""),
                ],
                "crew": [
                    ("Producer", "Lena Park", "360-555-0117", 0),
                    ("1st AD", "Jordan Ames", "206-555-0128", -15),
                    ("DP", "Marcus Ueda", "206-555-0139", 0),
                    ("Gaffer", "Tess Grady", "360-555-0140", -30),
                ],
                "tab": "CallSheet_Day3",
            },
        ),
        _xl(
            "whitman",
            "Harvest Moon Supper Club",
            D(2026, 4, 2),
            "07:30",
            {
                "font": "helvetica",
                "seed": 5402,
                "label_split": 0.0,
                "value_split": 0.0,
                "shade": 236,
                "band": (56, 118, 29),
                "time_style": "h24",
                "date_style": "us_numeric",
                "company": "Blue Mountain Media Co.",
                "director": "Rosa Delgado",
                "day_of": "2 of 4",
                # HARD: the grip / electric pre-call sits on the same row, left of the crew call
                "call_row": (("Pre-Call (G/E)", -60), ("General Crew Call", 0)),
                "lunch": 330,
                "weather": "Sunny, 64°F / 39°F",
                "set": "The lobby bar and the Rose St ballroom",
                "scenes": [
                    (
                        "7",
                        "INT. LOBBY BAR - the winemakers' toast",
                        "N",
                        "1 4/8",
                        "1, 2, 4",
                        "BG 15",
                    ),
                    ("8", "INT. BALLROOM - the supper club", "N", "3", "1-5", "BG 40"),
                ],
                "crew": [
                    ("Producer", "Caleb Mendez", "509-555-0151", 0),
                    ("1st AD", "Harper Quist", "509-555-0162", -15),
                    ("Key Grip", "Wyatt Boyle", "509-555-0173", -60),
                    ("Gaffer", "June Albers", "509-555-0184", -60),
                ],
                "tab": "Day 2",
            },
        ),
        _xl(
            "copperqueen",
            "Lavender Pit",
            D(2026, 4, 16),
            "06:30",
            {
                "font": "helvetica",
                "seed": 5403,
                "label_split": 0.3,
                "value_split": 0.0,
                "shade": 226,
                "band": (153, 51, 0),
                "time_style": "us",
                "date_style": "us_long",
                "company": "Mule Pass Films",
                "director": "Eli Bustamante",
                "day_of": "5 of 15",
                "call_row": (("Crew Call", 0), ("Shooting Call", 60)),
                "lunch": 360,
                "weather": "Sunny, 78°F / 49°F",
                "set": "Room 315, the hotel stairs and Howell Ave",
                "scenes": [
                    ("19", "INT. COPPER QUEEN - ROOM 315 - the ghost story", "D", "2", "1, 2", ""),
                    ("20", "INT. HOTEL STAIRS - the chase", "D", "1", "1, 2", "Steadicam"),
                    ("24", "EXT. HOWELL AVE - morning walk", "D", "5/8", "1", "Street hold"),
                ],
                "crew": [
                    ("Producer", "Maya Lucero", "520-555-0105", 0),
                    ("1st AD", "Ben Crandall", "520-555-0116", -15),
                    ("Steadicam", "Ollie Fenn", "602-555-0127", 0),
                    ("Locations", "Tina Redhouse", "520-555-0138", -45),
                ],
                "tab": "Sheet1",
            },
        ),
    ]


# --- (5) US episodic / indie: crew call among shooting call, lunch, advance and issue date ------


def _ep(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)
    nxt = day + dt.timedelta(days=g.get("next_in", 1))

    def advance(c: Canvas, x0: float, y: float, right: float) -> float:
        fill(c, x0, y - 10, right - x0, 14, 40)
        c.pdf.set_text_color(255, 255, 255)
        head = (
            f"ADVANCE SCHEDULE  -  {day_text(nxt, g['date_style']).upper()}  -  "
            f"CREW CALL {hm(g['next_call'], g['time_style'])}"
        )
        fit(c, x0 + 5, y, head, 8.5, right - x0 - 10, bold=True)
        black(c)
        y = _table(
            c,
            x0,
            y + 16,
            ["SC.", "SET", "D/N", "PGS", "CAST", "LOCATION"],
            [0, 32, 250, 290, 330, 390],
            g["advance"],
            right,
        )
        return y

    def make() -> bytes:
        c, x0, right = page("letter", g["font"], margin=28.0)
        w = right - x0
        # three header columns: company, the title, the calls
        c.text(x0, 36, g["company"], 8, bold=True)
        y = paragraphs(c, x0, 46, g["company_lines"], 6.8, w * 0.3, 8.5)
        centre(c, 42, title.upper(), 17)
        centre(c, 56, "CALL SHEET", 10)
        centre(c, 68, g["episode"], 8, bold=False)
        centre(c, 79, g["day_of"], 8, bold=False)
        bx = right - 150
        c.box(bx, 26, 150, 66, 1.2)
        at = partial(add_minutes, call)
        c.text(bx + 8, 40, "CREW CALL", 8, bold=True)
        c.text(bx + 8, 62, hm(call, t), 20, bold=True)
        c.text(bx + 8, 76, f"Shooting call: {hm(at(g['shooting']), t)}", 7.5)
        c.text(bx + 8, 87, f"Lunch: {hm(at(g['lunch']), t)}", 7.5)
        y = 106.0
        c.hline(x0, right, y - 9, 0.8)
        c.text(x0, y, "DATE:", 8.5, bold=True)
        c.text(x0 + 34, y, day_text(day, g["date_style"]), 10, bold=True)
        c.right(right, y, f"Issued: {g['issued']}", 7.5)
        y += 13
        fit(
            c,
            x0,
            y,
            f"Sunrise {hm(rise, t)}   Sunset {hm(fall, t)}   Weather: {g['weather']}",
            8,
            w,
        )
        y += 8
        c.hline(x0, right, y, 0.8)
        y += 4
        bw = w / 3
        blocks = [
            ("SET LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("BASECAMP / CREW PARKING", [p.base_street, p.base_city, g["base_note"]]),
            ("NEAREST HOSPITAL", hospital_lines(p)),
        ]
        ruled_cells(c, x0, y, bw, blocks, 60, 0.5, label_size=7, size=7.8, lead=10.5)
        y += 76
        if g.get("advance_first"):
            y = advance(c, x0, y, right) + 4
        written = partial(hm, style=t)
        y = _table(
            c,
            x0,
            y,
            ["SC.", "SET / DESCRIPTION", "D/N", "PGS", "CAST"],
            [0, 32, 330, 370, 420],
            g["scenes"],
            right,
        )
        y = _table(
            c,
            x0,
            y + 2,
            ["#", "CAST", "CHARACTER", "STATUS", "P/U", "H/MU/W", "ON SET"],
            [0, 18, 130, 240, 300, 370, 450],
            [
                (n, a, b, s, *rest)
                for (n, a, b, *rest), s in zip(
                    cast_times(g["cast"], call, written, [-75, -60, 0], numbered=True),
                    g["status"],
                    strict=True,
                )
            ],
            right,
        )
        y = _table(
            c,
            x0,
            y + 2,
            ["DEPT", "NOTES", "CALL"],
            [0, 110, 440],
            crew_times(g["crew"], call, written),
            right,
        )
        if not g.get("advance_first"):
            y = advance(c, x0, y + 10, right)
        titled_notes(c, x0, y + 4, "NOTES", 8.5, g["notes"], 7.5, w, 10)
        _footer(c, g["footer"], x0)
        return c.output()

    return _sheet(
        f"ep_{key}",
        "us_episodic_advance",
        "US episodic / indie call sheet, letter: company and producers left, the title, "
        "'CALL SHEET', episode and day centred, a CREW CALL box top right with the shooting "
        "call and lunch under it; a DATE line with 'Issued:' (the day before) flush right; sun "
        "and weather; SET LOCATION, BASECAMP / CREW PARKING, NEAREST HOSPITAL boxes; scenes, "
        "cast with status, P/U, H/MU/W and on set, departments; a black ADVANCE SCHEDULE bar "
        "with the next day's date and crew call over its scenes",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _ep_sheets() -> list[Sheet]:
    return [
        _ep(
            "veranda",
            "Kudzu County",
            D(2027, 3, 9),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "ep",
                "date_style": "us_long",
                "company": "RED CLAY TELEVISION, LLC",
                "company_lines": [
                    "75 Main St, Senoia, GA 30276",
                    "EPs: Dwayne Hollis, Marisa Quon",
                    "UPM: Kerry Ashby",
                ],
                "episode": 'Episode 205 "Dry County"',
                "day_of": "Day 14 of 22",
                "shooting": 45,
                "lunch": 360,
                "issued": "Mon 3/8/27 6:40 PM",
                "weather": "Partly cloudy, 68°F / 47°F",
                "set": "The inn's front porch and the parlor",
                "base_note": "Trucks on Seavy St, crew parking in the lot",
                "scenes": [
                    (
                        "18",
                        "EXT. BOARDING HOUSE - PORCH - Lyle comes calling",
                        "D",
                        "2 1/8",
                        "1, 3",
                    ),
                    ("19", "INT. BOARDING HOUSE - PARLOR - the deal", "D", "3", "1, 2, 3"),
                ],
                "cast": [
                    ("Corbin Hale", "LYLE", 0),
                    ("Denise Okafor", "MISS ADA", 30),
                    ("Travis Pruitt", "SHERIFF", 60),
                ],
                "status": ["W", "W", "SW"],
                "crew": [
                    ("Grip / Elec", "Porch rig, 12x12 overhead", -60),
                    ("Props", "Mason jars, the ledger", -30),
                ],
                "next_call": "06:00",
                "advance": [
                    (
                        "23",
                        "EXT. MAIN STREET - the parade",
                        "D",
                        "2 4/8",
                        "1-4, BG",
                        "Main St, Senoia",
                    ),
                    ("24", "INT. HARDWARE STORE - Ada buys rope", "D", "1", "2", "Main St, Senoia"),
                ],
                "notes": [
                    "Working inn: guests upstairs, quiet on the stairs. Town of Senoia permit "
                    "for Seavy St parking on file.",
                ],
                "footer": "Kudzu County  ·  Red Clay Television  ·  Episode 205  ·  Day 14",
            },
        ),
        _ep(
            "courthouse",
            "Porch Light",
            D(2027, 3, 17),
            "08:00",
            {
                "font": "sans",
                "time_style": "us",
                "date_style": "ep",
                "company": "MAGNOLIA ROW PICTURES",
                "company_lines": [
                    "1112 Monticello St, Covington, GA 30014",
                    "Producers: June Carver, Abe Lindqvist",
                ],
                "episode": "Indie feature",
                "day_of": "Day 9 of 20",
                "shooting": 60,
                "lunch": 360,
                "issued": "Tue 3/16/27, 8:15 PM (v2)",
                "weather": "Sunny, 72°F / 50°F",
                "set": "Courtroom 2 and the square's east steps",
                "base_note": "Holding in the Legion Field clubhouse",
                "scenes": [
                    ("44", "INT. COURTROOM - the verdict", "D", "3 2/8", "1, 2, 5, BG"),
                    ("47", "EXT. COURTHOUSE STEPS - the press", "D", "1 1/8", "1, 5, BG"),
                ],
                "cast": [
                    ("Leah Whitcomb", "NORA", 0),
                    ("Jamal Price", "DEACON", 30),
                    ("Bill Ashe", "JUDGE", 60),
                ],
                "status": ["W", "W", "SWF"],
                "crew": [
                    ("Camera", "B camera for the verdict", -15),
                    ("BG Wrangler", "40 BG at holding", -60),
                ],
                "next_call": "15:00",
                "next_in": 2,
                "advance": [
                    (
                        "52",
                        "EXT. DRIVE-IN - NIGHT - the first date",
                        "N",
                        "2 6/8",
                        "1, 2",
                        "Starlight Drive-In",
                    ),
                ],
                "notes": [
                    "Thursday is a company day off; Friday is a split day (see advance). The "
                    "square stays open to the public: PAs on the steps.",
                ],
                "footer": "Porch Light  ·  Magnolia Row Pictures  ·  Call sheet v2",
            },
        ),
        _ep(
            "stanton",
            "Bluff City",
            D(2027, 4, 13),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "ep",
                "date_style": "us_long",
                "company": "UNDER-THE-HILL PRODUCTIONS",
                "company_lines": [
                    "200 N Commerce St, Natchez, MS 39120",
                    "Producer: Celia Boudreaux",
                    "Line Producer: Ray Tillman",
                ],
                "episode": 'Episode 107 "High Water"',
                "day_of": "Day 5 of 9",
                "shooting": 60,
                "lunch": 360,
                "issued": "Mon 4/12/27",
                "weather": "Humid, 81°F / 63°F, storms after 4P",
                "set": "The double parlors and the gardens",
                "base_note": "Shuttle from the visitor center",
                # HARD: the advance bar, with tomorrow's earlier call, comes before today's scenes
                "advance_first": True,
                "scenes": [
                    (
                        "31",
                        "INT. STANTON HALL - DOUBLE PARLORS - the ball",
                        "N",
                        "2 5/8",
                        "1, 2, 4, BG",
                    ),
                    ("33", "EXT. GARDENS - the proposal", "D", "1 2/8", "1, 2"),
                ],
                "cast": [
                    ("Camille Deveraux", "LOUISA", 0),
                    ("Ned Harrow", "BEAU", 30),
                    ("Jo Tate", "AUNT FAY", 90),
                ],
                "status": ["W", "W", "W"],
                "crew": [
                    ("Art Dept", "Ballroom candles (LED)", -60),
                    ("Wardrobe", "Hoop skirts for BG", -90),
                ],
                "next_call": "05:30",
                "advance": [
                    (
                        "40",
                        "EXT. NATCHEZ UNDER-THE-HILL - DAWN - the landing",
                        "D",
                        "1 4/8",
                        "1, 3",
                        "Silver St",
                    ),
                    (
                        "41",
                        "EXT. RIVERBOAT - the card game",
                        "D",
                        "2",
                        "1, 3, 5",
                        "Silver St landing",
                    ),
                ],
                "notes": [
                    "Stanton Hall is a museum house: gloves for anyone touching dressing, no "
                    "food past the front hall. Storms likely after 4P: weather cover in the "
                    "gardens.",
                ],
                "footer": "Bluff City  ·  Under-the-Hill Productions  ·  Episode 107",
            },
        ),
    ]


# --- (6) Mexican / border bilingual: HOJA DE LLAMADO / CALL SHEET -----------------------------


def _bi(es: str, en: str) -> str:
    return f"{es} / {en}"


def _mx(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("letter", g["font"], margin=30.0)
        w = right - x0
        c.text(x0, 40, g["company"], 12, bold=True)
        grey_text(c, x0, 51, g["office"], 7)
        c.right(right, 40, "HOJA DE LLAMADO / CALL SHEET", 12, bold=True)
        c.right(right, 52, g["folio"], 7.5)
        c.hline(x0, right, 60, 1.2)
        label_rows(
            c,
            x0,
            76,
            right,
            [
                (_bi("PROYECTO", "PROJECT"), title),
                (_bi("CLIENTE", "CLIENT"), g["client"]),
                (_bi("DIRECTOR", "DIRECTOR"), g["director"]),
                (_bi("FECHA", "DATE"), g["date_line"](day)),
            ],
            8,
            130,
            12,
        )
        # the times strip: Spanish label over English, value under
        at = partial(add_minutes, call)
        strip = [
            ("LLAMADO", "CALL", hm(call, t)),
            ("DESAYUNO", "BREAKFAST", hm(at(-45), t)),
            ("1er SHOT", "FIRST SHOT", hm(at(g["first"]), t)),
            ("COMIDA", "LUNCH", hm(at(g["lunch"]), t)),
            ("FIN APROX.", "EST. WRAP", hm(at(g["wrap"]), t)),
            ("AMANECER", "SUNRISE", hm(rise, t)),
            ("ATARDECER", "SUNSET", hm(fall, t)),
        ]
        y = 130.0
        sw = w / len(strip)
        for i, (es, en, val) in enumerate(strip):
            heavy = es == "LLAMADO"
            c.box(x0 + i * sw, y, sw, 44, 1.6 if heavy else 0.4)
            c.text(x0 + i * sw + 4, y + 10, es, 7, bold=True)
            grey_text(c, x0 + i * sw + 4, y + 18, en, 6, 110)
            fit(c, x0 + i * sw + 4, y + 36, val, 12 if heavy else 9, sw - 8, bold=heavy)
        y += 56
        bw = w / 3
        blocks = [
            (_bi("LOCACIÓN", "LOCATION"), [p.name, p.street, p.city, g["set"]]),
            (_bi("BASE / ESTACIONAMIENTO", "UNIT BASE / PARKING"), [p.base_street, p.base_city]),
            (_bi("HOSPITAL MÁS CERCANO", "NEAREST HOSPITAL"), hospital_lines(p)),
        ]
        ruled_cells(c, x0, y, bw, blocks, 64, 0.6, label_size=6.8, size=7.6, lead=10)
        y += 80
        written = partial(hm, style=t)
        y = _table(
            c,
            x0,
            y,
            [
                _bi("DEPARTAMENTO", "DEPARTMENT"),
                _bi("RESPONSABLE", "HEAD"),
                _bi("CEL.", "CELL"),
                _bi("LLAMADO", "CALL"),
            ],
            [0, 150, 300, 420],
            crew_times(g["crew"], call, written),
            right,
        )
        y = _table(
            c,
            x0,
            y + 2,
            [
                _bi("TALENTO", "TALENT"),
                _bi("PERSONAJE", "ROLE"),
                _bi("MAQ.", "HMU"),
                _bi("A SET", "ON SET"),
            ],
            [0, 150, 300, 420],
            cast_times(g["cast"], call, written, [-45, 15]),
            right,
        )
        y = _table(
            c,
            x0,
            y + 2,
            [_bi("HORA", "TIME"), _bi("ACTIVIDAD", "ACTIVITY"), _bi("NOTAS", "NOTES")],
            [0, 80, 340],
            timed_rows(g["schedule"], call, written),
            right,
        )
        titled_notes(c, x0, y + 4, "NOTAS / NOTES", 8.5, g["notes"], 7.5, w, 10)
        _footer(c, g["footer"], x0)
        return c.output()

    return _sheet(
        f"mx_{key}",
        "mx_bilingual_strip",
        "Mexican / Texas border bilingual 'HOJA DE LLAMADO / CALL SHEET', letter: company and "
        "folio; PROYECTO / PROJECT, CLIENTE / CLIENT, DIRECTOR, FECHA / DATE ('jueves 18 de "
        "febrero de 2027 / Thursday, February 18, 2027', '05/03/2027') as label rows; a strip of "
        "seven cells, Spanish label over English in grey over the value, LLAMADO / CALL boxed "
        "heavy ('06:30 hrs', '7:00 AM'); LOCACIÓN, BASE / ESTACIONAMIENTO, HOSPITAL MÁS CERCANO "
        "boxes with 'Col. ..., C.P. 22710' lines; department calls, talent, timed schedule",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _mx_sheets() -> list[Sheet]:
    return [
        _mx(
            "bajastudios",
            "Cerveza Marea 'Ola Grande'",
            D(2027, 2, 18),
            "06:30",
            {
                "font": "helvetica",
                "time_style": "mx",
                "date_line": lambda d: f"{day_text(d, 'mx_long')} / {day_text(d, 'us_long')}",
                "company": "PACÍFICO NORTE PRODUCCIONES",
                "office": "Blvd. Benito Juárez 2000, Col. Centro, C.P. 22700, "
                "Playas de Rosarito, B.C.",
                "folio": "Folio PNP-0218  ·  Versión 2",
                "client": "Cervecería Marea / agencia: Brava (CDMX)",
                "director": "Ximena Olvera",
                "first": 90,
                "lunch": 360,
                "wrap": 720,
                "set": "Tanque 2 (exterior) y foro 4",
                "crew": [
                    ("Producción", "Rodrigo Zamora", "664 555 0112", 0),
                    ("Cámara", "Paola Ibarra", "664 555 0123", 0),
                    ("Tanque / buzos", "Héctor Luna", "661 555 0134", -30),
                    ("Arte", "Fernanda Ríos", "664 555 0145", -60),
                ],
                "cast": [("Diego Salas", "Surfista", 30), ("Mariana Lugo", "Amiga", 60)],
                "schedule": [
                    (0, "Llamado general / general call", "Desayuno en base"),
                    (90, "Tanque 2: la ola, plano abierto", "Buzos de seguridad en el agua"),
                    (360, "Comida / lunch", ""),
                    (420, "Foro 4: producto, macro", ""),
                ],
                "notes": [
                    "Acceso por la caseta principal con INE. Gafete visible en todo momento. "
                    "Access through the main gate with ID; badges on at all times.",
                ],
                "footer": "Pacífico Norte Producciones  ·  Cerveza Marea  ·  Hoja de llamado v2",
            },
        ),
        _mx(
            "exconvento",
            "Mezcal Nube Alta",
            D(2027, 3, 5),
            "07:00",
            {
                "font": "sans",
                "time_style": "mx",
                "date_line": lambda d: f"{day_text(d, 'mx_num')}  ({day_text(d, 'mx_long')})",
                "company": "TEPOZ FILMS S.A. DE C.V.",
                "office": "Av. Álvaro Obregón 120, Col. Roma Norte, C.P. 06700, Cuauhtémoc, CDMX",
                "folio": "Folio TF-27-031",
                "client": "Mezcalera Nube Alta",
                "director": "Emiliano Cortés",
                "first": 60,
                "lunch": 330,
                "wrap": 660,
                "set": "El claustro y la huerta",
                # HARD: department calls before the general call, one of them boxed as the first row
                "crew": [
                    ("Producción / locación", "Luz Arellano", "55 5555 0156", -90),
                    ("Eléctricos / tramoya", "Julio Peña", "55 5555 0167", -60),
                    ("LLAMADO GENERAL", "todo el equipo / all crew", "", 0),
                    ("Maquillaje / HMU", "Renata Solís", "55 5555 0178", -30),
                ],
                "cast": [("Tomás Aguirre", "Mezcalero", 0), ("Itzel Ramos", "Nieta", 30)],
                "schedule": [
                    (0, "Llamado general, desayuno en el estacionamiento", ""),
                    (60, "Claustro: las manos y el jarro", "INAH presente"),
                    (330, "Comida / lunch", "Mercado de Tepoztlán"),
                    (390, "Huerta: atardecer", "Hora mágica"),
                ],
                "notes": [
                    "Monumento histórico (INAH): nada clavado ni pegado en muros; sin humo. "
                    "Historic monument: nothing fixed to the walls, no smoke.",
                ],
                "footer": "Tepoz Films  ·  Mezcal Nube Alta  ·  Hoja de llamado",
            },
        ),
        _mx(
            "laposada",
            "H-E-B 'Dos Laredos'",
            D(2027, 3, 25),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "us",
                "date_line": lambda d: f"{day_text(d, 'us_long')} / {day_text(d, 'mx_long')}",
                "company": "RÍO BRAVO FILM SERVICES",
                "office": "1402 Matamoros St, Laredo, TX 78040  ·  (956) 555-0101",
                "folio": "Job RB-2711",
                "client": "H-E-B / Cortez Agency (San Antonio)",
                "director": "Selena Garza",
                "first": 75,
                "lunch": 360,
                "wrap": 660,
                "set": "The courtyard, San Agustín Plaza side",
                "crew": [
                    ("Producción / Production", "Art Villarreal", "(956) 555-0112", 0),
                    ("Cámara / Camera", "Mónica Treviño", "(956) 555-0123", 0),
                    ("Vestuario / Wardrobe", "Yolanda Peña", "(210) 555-0134", -45),
                ],
                "cast": [("Rubén Castañeda", "Abuelo", 30), ("Lucía Ochoa", "Nieta", 30)],
                "schedule": [
                    (0, "Llamado / crew call, breakfast at base", ""),
                    (75, "Courtyard, la familia en la mesa", "Hotel guests held"),
                    (360, "Comida / lunch", ""),
                    (420, "San Agustín Plaza, el paseo", "City permit #FP-0325"),
                ],
                "notes": [
                    "Hotel open: keep the lobby clear. Hydrate: 88°F expected. Mantenerse "
                    "hidratados; no cruzar con equipo al puente internacional.",
                ],
                "footer": "Río Bravo Film Services  ·  H-E-B 'Dos Laredos'  ·  Call sheet",
            },
        ),
    ]


# --- near misses -------------------------------------------------------------------------------


def _choir_concert_call() -> bytes:
    """A cathedral choir's concert call schedule: call, warm-up, robing, procession, concert."""
    c, x0, right = page("letter", "times", margin=48.0)
    centre(c, 56, "CATHEDRAL CHOIR OF ST. JOHN THE EVANGELIST", 13)
    centre(
        c,
        72,
        "Handel: Messiah (Part I & Easter portions)  ·  Concert Call Schedule",
        10,
        bold=False,
    )
    c.hline(x0, right, 82, 0.8)
    label_rows(
        c,
        x0,
        102,
        right,
        [
            ("Date", "Saturday, March 27, 2027"),
            ("Venue", "St. John's Cathedral, 802 N Jackson St, Milwaukee, WI 53202"),
            ("Choir call", "5:15 PM in the choir room (lower level), in concert black"),
            ("Parking", "Diocesan lot on Van Buren St; show your choir badge"),
            ("Director", "Dr. Anne-Marie Kessler (414) 555-0133"),
        ],
        10,
        90,
        15,
        suffix=":",
    )
    _table(
        c,
        x0,
        192,
        ["TIME", "WHAT", "WHO", "WHERE"],
        [0, 70, 280, 380],
        [
            (
                "3:00 PM",
                "Risers and chairs set; livestream camera crew sets up",
                "Stage crew, AV",
                "Nave",
            ),
            ("4:30 PM", "Orchestra call and tuning", "Orchestra", "Chancel"),
            ("5:15 PM", "Choir call, sign-in, folders out", "All singers", "Choir room"),
            (
                "5:30 PM",
                "Warm-up and spot rehearsal: choruses 4, 12, 44",
                "Choir, soloists",
                "Nave",
            ),
            ("6:45 PM", "Robing; soloists to the sacristy", "All", "Choir room"),
            ("7:15 PM", "Line up for the procession (west doors)", "Choir", "Narthex"),
            ("7:30 PM", "CONCERT", "Everyone", ""),
            ("9:30 PM", "Approx. end; return robes, folders to the librarian", "All", "Choir room"),
        ],
        right,
        size=9,
        lead=16,
        ruled=True,
    )
    titled_notes(
        c,
        x0,
        352,
        "Reminders",
        10.5,
        [
            "No perfume or cologne. Bring water in a clear bottle (no colored drinks in the loft). "
            "Phones off and left in the choir room. If you are ill, call the choir office by noon "
            "so we can rebalance the sections.",
            "The concert is livestreamed: stand still during the applause, eyes on the director. "
            "Tickets at the door $20 / students free. Reception in the parish hall afterwards.",
        ],
        9.5,
        right - x0,
        13,
    )
    return c.output()


def _band_competition_itinerary() -> bytes:
    """A high-school marching band's competition-day itinerary: call, buses, warm-up, show."""
    c, x0, right = page("letter", "helvetica", margin=40.0)
    c.text(x0, 50, "CEDAR RIDGE HIGH SCHOOL MARCHING TIMBERWOLVES", 13, bold=True)
    c.text(x0, 66, "Competition Day Itinerary  ·  Bands of America San Antonio Super Regional", 9.5)
    c.right(right, 50, "Fri. Oct. 22 - Sat. Oct. 23, 2027", 8.5, bold=True)
    c.hline(x0, right, 74, 1.0)
    y = paragraph(
        c,
        x0,
        92,
        "Students: band call is 5:30 AM at the band hall, 2801 Cedar Ridge Dr, Round Rock, TX "
        "78681, in show shirts and black shorts; uniforms travel on the truck. Pit crew and "
        "uniform parents: see your crew times below. Performance venue: Alamodome, 100 Montana "
        "St, San Antonio, TX 78203 (bus lot C).",
        9,
        right - x0,
        12,
    )
    _table(
        c,
        x0,
        y + 8,
        ["TIME", "WHAT", "WHO", "NOTES"],
        [0, 62, 270, 370],
        [
            ("5:00 AM", "Equipment truck load", "Pit crew parents", "Props first"),
            ("5:30 AM", "Band call, attendance by section", "All students", "Section leaders"),
            ("6:15 AM", "Buses depart (4 buses + truck)", "Everyone", "Bus lists posted"),
            ("8:45 AM", "Arrive Alamodome, unload", "Pit crew", "Lot C"),
            ("10:40 AM", "Warm-up (outdoor lot)", "Band", "Full show run"),
            ("11:45 AM", "Gate; prelims performance 12:00 PM", "Band", "Pit crew on field"),
            ("1:00 PM", "Lunch (box lunches) and stands", "All", ""),
            ("6:30 PM", "Finals announcement / finals 8:15 PM", "Band", "If advanced"),
            ("11:30 PM", "Approx. return to CRHS", "All", "Parents pick up"),
        ],
        right,
        size=8.5,
        lead=15,
        ruled=True,
    )
    titled_notes(
        c,
        x0,
        y + 176,
        "REMINDERS",
        9.5,
        [
            "Nurse on bus 1 with medications. Chaperones: 1 per 12 students, radios channel 3. "
            "Video crew (parent boosters) films from the upper deck: no tripods in the aisles. "
            "Questions: Mr. Hector Ybarra, director of bands, (512) 555-0190.",
        ],
        8.5,
        right - x0,
        11.5,
    )
    return c.output()


def _trade_show_booth_rota() -> bytes:
    """A trade-show booth staffing rota: booth, build, shifts by day, demos and contacts."""
    c, x0, right = page("letter", "sans", margin=36.0, orientation="L")
    c.text(x0, 44, "NAB SHOW 2027  ·  BOOTH C4521  ·  STAFFING ROTA", 14, bold=True)
    c.text(
        x0,
        60,
        "Halcyon Optics Inc.  ·  Las Vegas Convention Center, Central Hall, "
        "3150 Paradise Rd, Las Vegas, NV 89109",
        8.5,
    )
    c.right(right, 44, "v4 - updated Apr 2, 2027", 8)
    c.hline(x0, right, 68, 1.0)
    label_rows(
        c,
        x0,
        86,
        right,
        [
            (
                "Build",
                "Fri Apr 9, 8:00 AM - 5:00 PM (I&D crew + Doug, Priya); booth must be "
                "ready by 4:00 PM Sat",
            ),
            (
                "Show hours",
                "Sun Apr 11 - Tue Apr 13, 9:00 AM - 6:00 PM; Wed Apr 14, 9:00 AM - 2:00 PM",
            ),
            (
                "Staff call",
                "8:00 AM daily at the booth, badges on (exhibitor entrance, West Hall bridge)",
            ),
            ("Dismantle", "Wed Apr 14 from 2:00 PM: all hands until packed"),
        ],
        8.5,
        80,
        13,
        suffix=":",
    )
    _table(
        c,
        x0,
        150,
        ["SHIFT", "SUN APR 11", "MON APR 12", "TUE APR 13", "WED APR 14"],
        [0, 110, 250, 390, 530],
        [
            ("8:00 - 9:00 AM", "All: stand-up, demo check", "All", "All", "All"),
            (
                "9:00 AM - 1:30 PM",
                "Doug, Priya, Luis",
                "Marta, Ken, Luis",
                "Doug, Priya, Ana",
                "Ken, Ana",
            ),
            (
                "1:30 - 6:00 PM",
                "Marta, Ken, Ana",
                "Doug, Priya, Ana",
                "Marta, Luis, Ken",
                "Dismantle",
            ),
            ("Lens demo (live crew)", "11:00 AM, 3:00 PM", "11:00 AM, 3:00 PM", "11:00 AM", "-"),
            ("Customer dinner", "-", "7:30 PM, Lotus of Siam", "-", "-"),
        ],
        right,
        size=8.5,
        lead=15,
        ruled=True,
    )
    titled_notes(
        c,
        x0,
        268,
        "NOTES",
        9.5,
        [
            "The live demo uses a small camera crew (DP, 1st AC, gaffer from Vegas Crew Co.) and "
            "two models: they check in with Priya at 10:30 AM each demo day. Leads go in the "
            "scanner app, not on paper. Booth duty means standing, not sitting; no eating in the "
            "booth. Emergency: show security (702) 555-0117 or 911.",
        ],
        8.5,
        right - x0,
        11.5,
    )
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "near_miss_choir_concert_call",
            "near_miss",
            "a cathedral choir's concert call schedule, letter, Times: the choir and the work "
            "centred; date, venue (a street address), 'Choir call: 5:15 PM', parking, director "
            "as label rows; a ruled TIME / WHAT / WHO / WHERE table from the 3:00 PM risers and "
            "livestream camera crew set-up through the 7:30 PM concert; reminders",
            _choir_concert_call,
            OTHER,
        ),
        _sheet(
            "near_miss_band_competition_itinerary",
            "near_miss",
            "a high-school marching band's competition-day itinerary, letter: the band, the "
            "competition and dates; 'band call is 5:30 AM at the band hall' with the street "
            "address and the stadium's; a ruled table of truck load, band call, buses, warm-up, "
            "prelims, finals and return with who and notes; reminders with a parent video crew",
            _band_competition_itinerary,
            OTHER,
        ),
        _sheet(
            "near_miss_trade_show_booth_rota",
            "near_miss",
            "a trade-show booth staffing rota, landscape letter: show, booth and company, the "
            "convention center's address; build, show hours, 'Staff call: 8:00 AM daily', "
            "dismantle; a ruled grid of shifts by day with a live-crew lens demo and a "
            "customer dinner; notes naming a DP, 1st AC and gaffer",
            _trade_show_booth_rota,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_on_sheets(),
        *_bc_sheets(),
        *_svc_sheets(),
        *_xl_sheets(),
        *_ep_sheets(),
        *_mx_sheets(),
        *_other_sheets(),
    ]
