"""Seventy-third held-out set: North American (United States and Canada) call sheets in layouts
the corpus lacks, in towns not yet in the corpus (`fresh72_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh72"). Multi-camera sitcom stage sheets for a five-day rehearse-and-tape
week (table read, camera blocking, tape night before an audience) at stages in Bethpage,
Glendale and Irving; Central Texas indie features under the SAG-AFTRA Ultra Low Budget
Agreement, a Google Docs grid with the values below the labels and a SAG-AFTRA status column
(Bastrop, Smithville, Wimberley); Atlantic Canadian documentary shoot-day sheets for CBC Docs
with the provincial fund's credit (Twillingate, Souris, Chéticamp); Spanish / English
"HOJA DE LLAMADO / CALL SHEET"s for a US Hispanic network series (Hialeah, McAllen,
Kissimmee); an ad agency's one-page "production schedule + call sheet" (Big Sur, Joshua Tree,
Page); national-park shoots under an NPS special use permit with a park monitor (Springdale,
Estes Park, Gatlinburg). Three near misses, all `other`: a food truck rally's vendor load-in
schedule, a Little League opening-day game schedule and an amateur radio club's ARRL Field Day
operating schedule.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.corpus.draw import Canvas, centre
from tests.corpus.formats import add_minutes, ordinal
from tests.corpus.fresh_common import (
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
    titled_notes,
)
from tests.corpus.fresh_skeletons import (
    ES_MON,
    ES_WD,
    Day,
    family,
    footer,
    near_miss_page,
    near_misses,
)
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, cell, fit

D = dt.date

P: dict[str, Place] = {
    # (1) multi-camera sitcom stage sheets
    "bethpage": _p(
        "us",
        "Gold Coast Studios",
        "1111 Stewart Ave",
        "Bethpage, NY 11714",
        40.7490,
        -73.4930,
        "America/New_York",
        "Northwell Plainview Hospital",
        "888 Old Country Rd",
        "Plainview, NY 11803",
        "(516) 719-3000",
        "Crew lot B, 1111 Stewart Ave",
        "Bethpage, NY 11714",
    ),
    "glendale": _p(
        "us",
        "East End Studios Glendale",
        "1233 S Glendale Ave",
        "Glendale, CA 91205",
        34.1340,
        -118.2550,
        "America/Los_Angeles",
        "Adventist Health Glendale",
        "1509 Wilson Terrace",
        "Glendale, CA 91206",
        "(818) 409-8000",
        "Galleria level 4, 100 W Broadway",
        "Glendale, CA 91210",
    ),
    "irving": _p(
        "us",
        "Mercury Studios",
        "6301 N O'Connor Blvd",
        "Irving, TX 75039",
        32.8890,
        -96.9440,
        "America/Chicago",
        "Baylor Scott & White Medical Center - Irving",
        "1901 N MacArthur Blvd",
        "Irving, TX 75061",
        "(972) 579-8100",
        "Crew lot, Building 2 (north gate)",
        "Irving, TX 75039",
    ),
    # (2) Central Texas SAG-AFTRA Ultra Low Budget indie features
    "bastrop": _p(
        "us",
        "Bastrop Opera House",
        "711 Spring St",
        "Bastrop, TX 78602",
        30.1105,
        -97.3153,
        "America/Chicago",
        "Ascension Seton Bastrop",
        "630 W State Hwy 71",
        "Bastrop, TX 78602",
        "(737) 881-4000",
        "Fisherman's Park lot, Willow St",
        "Bastrop, TX 78602",
    ),
    "smithville": _p(
        "us",
        "Smithville Railroad Park",
        "100 W 1st St",
        "Smithville, TX 78957",
        30.0085,
        -97.1594,
        "America/Chicago",
        "Ascension Seton Smithville",
        "1201 Hill Rd",
        "Smithville, TX 78957",
        "(512) 237-3214",
        "Rec Center lot, Royston St",
        "Smithville, TX 78957",
    ),
    "wimberley": _p(
        "us",
        "Blue Hole Regional Park",
        "100 Blue Hole Ln",
        "Wimberley, TX 78676",
        30.0009,
        -98.0891,
        "America/Chicago",
        "CHRISTUS Santa Rosa Hospital - San Marcos",
        "1301 Wonder World Dr",
        "San Marcos, TX 78666",
        "(512) 353-8979",
        "Community Center, 14068 Ranch Rd 12",
        "Wimberley, TX 78676",
    ),
    # (3) Atlantic Canadian documentary (CBC Docs, provincial funds)
    "twillingate": _p(
        "ca",
        "Long Point Lighthouse",
        "Long Point Rd",
        "Twillingate, NL A0G 4M0",
        49.6867,
        -54.7990,
        "America/St_Johns",
        "Notre Dame Bay Memorial Health Centre",
        "Hospital Rd",
        "Twillingate, NL A0G 4M0",
        "(709) 884-2131",
        "Twillingate Museum lot, Main St",
        "Twillingate, NL A0G 4M0",
    ),
    "souris": _p(
        "ca",
        "Souris Harbour",
        "Breakwater St",
        "Souris, PE C0A 2B0",
        46.3550,
        -62.2530,
        "America/Halifax",
        "Souris Hospital",
        "17 Knights Ave",
        "Souris, PE C0A 2B0",
        "(902) 687-7150",
        "Souris Town Hall lot, 75 Main St",
        "Souris, PE C0A 2B0",
    ),
    "cheticamp": _p(
        "ca",
        "Les Trois Pignons",
        "15584 Cabot Trail",
        "Chéticamp, NS B0E 1H0",
        46.6380,
        -60.9480,
        "America/Halifax",
        "Sacred Heart Community Health Centre",
        "15102 Cabot Trail",
        "Chéticamp, NS B0E 1H0",
        "(902) 224-1500",
        "Co-op lot, 15067 Cabot Trail",
        "Chéticamp, NS B0E 1H0",
    ),
    # (4) US Hispanic network series, Spanish / English
    "hialeah": _p(
        "us",
        "Hialeah Park",
        "100 E 32nd St",
        "Hialeah, FL 33013",
        25.8365,
        -80.2770,
        "America/New_York",
        "Hialeah Hospital",
        "651 E 25th St",
        "Hialeah, FL 33013",
        "(305) 693-6100",
        "Lote D / Lot D, E 4th Ave",
        "Hialeah, FL 33013",
    ),
    "mcallen": _p(
        "us",
        "Quinta Mazatlán",
        "600 Sunset Dr",
        "McAllen, TX 78503",
        26.1855,
        -98.2290,
        "America/Chicago",
        "McAllen Medical Center",
        "301 W Expressway 83",
        "McAllen, TX 78503",
        "(956) 632-4000",
        "700 Convention Center Blvd",
        "McAllen, TX 78501",
    ),
    "kissimmee": _p(
        "us",
        "Lakefront Park",
        "250 E Lakeshore Blvd",
        "Kissimmee, FL 34744",
        28.2890,
        -81.4040,
        "America/New_York",
        "AdventHealth Kissimmee",
        "2450 N Orange Blossom Trl",
        "Kissimmee, FL 34744",
        "(407) 846-4343",
        "Kissimmee Civic Center, 201 E Dakin Ave",
        "Kissimmee, FL 34741",
    ),
    # (5) ad agency production schedule + call sheet
    "big_sur": _p(
        "us",
        "Bixby Creek Bridge",
        "Old Coast Rd at Highway 1",
        "Big Sur, CA 93920",
        36.3715,
        -121.9017,
        "America/Los_Angeles",
        "Community Hospital of the Monterey Peninsula",
        "23625 Holman Hwy",
        "Monterey, CA 93940",
        "(831) 624-5311",
        "Andrew Molera State Park lot, Highway 1",
        "Big Sur, CA 93920",
    ),
    "joshua_tree": _p(
        "us",
        "Noah Purifoy Outdoor Desert Art Museum",
        "63030 Blair Ln",
        "Joshua Tree, CA 92252",
        34.1430,
        -116.3360,
        "America/Los_Angeles",
        "Hi-Desert Medical Center",
        "6601 White Feather Rd",
        "Joshua Tree, CA 92252",
        "(760) 366-3711",
        "Community Center, 6171 Sunburst St",
        "Joshua Tree, CA 92252",
    ),
    "page_az": _p(
        "us",
        "Horseshoe Bend Trailhead",
        "US-89 at milepost 545",
        "Page, AZ 86040",
        36.8790,
        -111.5100,
        "America/Phoenix",
        "Page Hospital",
        "501 N Navajo Dr",
        "Page, AZ 86040",
        "(928) 645-2424",
        "Chamber lot, 5 Lake Powell Blvd",
        "Page, AZ 86040",
    ),
    # (6) national-park shoots under an NPS special use permit
    "springdale": _p(
        "us",
        "Zion Canyon Visitor Center",
        "1 Zion Park Blvd",
        "Springdale, UT 84767",
        37.2000,
        -112.9870,
        "America/Denver",
        "Intermountain St. George Regional Hospital",
        "1380 E Medical Center Dr",
        "St. George, UT 84790",
        "(435) 251-1000",
        "Town of Springdale lot, 118 Lion Blvd",
        "Springdale, UT 84767",
    ),
    "estes_park": _p(
        "us",
        "Beaver Meadows Visitor Center",
        "1000 US Hwy 36",
        "Estes Park, CO 80517",
        40.3660,
        -105.5600,
        "America/Denver",
        "Estes Park Health",
        "555 Prospect Ave",
        "Estes Park, CO 80517",
        "(970) 586-2317",
        "Estes Park Visitor Center lot, 500 Big Thompson Ave",
        "Estes Park, CO 80517",
    ),
    "gatlinburg": _p(
        "us",
        "Sugarlands Visitor Center",
        "1420 Fighting Creek Gap Rd",
        "Gatlinburg, TN 37738",
        35.6850,
        -83.5360,
        "America/New_York",
        "LeConte Medical Center",
        "742 Middle Creek Rd",
        "Sevierville, TN 37862",
        "(865) 446-7000",
        "Gatlinburg Welcome Center lot, 1011 Banner Rd",
        "Gatlinburg, TN 37738",
    ),
}


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's ("us" 7:30 AM, "us_letter" 7:30a, "military" 0730,
    "h24" 07:30, "us_lower" 7:30am) plus the ones this set prints."""
    _h, m, h12, ap = clock(hhmm)
    forms = {
        "ca_dot": f"{h12}:{m:02d} {ap[0].lower()}.m.",  # "7:30 a.m."
        "us_short": f"{h12}{':' + f'{m:02d}' if m else ''}{ap[0].lower()}",  # "7a", "7:30a"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's ("us_short" Tue 3/9/27, "us_long", "mon_slash_yy"
    Mar 9/27, "us_numeric" 3/9/2027) plus the ones this set prints."""
    es = f"{ES_WD[d.weekday()]} {d.day} de {ES_MON[d.month - 1]} de {d.year}"
    forms = {
        "us_ord": f"{d:%B} {ordinal(d.day)}, {d.year}",  # "March 9th, 2027"
        "wd_us_ord": f"{d:%A}, {d:%B} {ordinal(d.day)}, {d.year}",
        "ca_iso_wd": f"{d:%a} {d.isoformat()}",  # "Tue 2027-03-09"
        "es_en": f"{es} / {d:%A}, {d:%B} {d.day}, {d.year}",
        "es_us_numeric": f"{ES_WD[d.weekday()]} {d.month}/{d.day}/{d:%y}",  # "martes 3/9/27"
        "es_long": es,
        "caps_dots": f"{d:%A}".upper() + f" {d.month}.{d.day}.{d:%y}",  # "TUESDAY 3.9.27"
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh72")
_table = partial(head_table, size=7.5, lead=12)
_family = partial(family, _sheet, P)


def _block(
    c: Canvas, x: float, y: float, w: float, head: str, lines: list[str], size: float = 8.5
) -> float:
    """A boxed block: bold heading, then its lines; returns the y under the box."""
    h = 16 + 11 * len(lines)
    c.box(x, y, w, h, 0.6)
    fit(c, x + 5, y + 11, head, 7.5, w - 10, bold=True)
    for i, ln in enumerate(lines):
        fit(c, x + 5, y + 23 + 11 * i, ln, size, w - 10)
    return y + h


def _white(c: Canvas) -> None:
    c.pdf.set_text_color(255, 255, 255)


def _black(c: Canvas) -> None:
    c.pdf.set_text_color(0, 0, 0)


def _cells(
    c: Canvas,
    x: float,
    y: float,
    right: float,
    cells: list[tuple[str, list[str]]],
    h: float,
    *,
    size: float = 10,
    label_size: float = 6.5,
) -> float:
    """A ruled row of equal cells, each a small label with its value lines under it (a Google
    Docs / Word table's look); returns the y under the row."""
    w = (right - x) / len(cells)
    for i, (lab, lines) in enumerate(cells):
        c.box(x + i * w, y, w, h, 0.5)
        cell(c, x + i * w, y, w, lab, lines, label_size=label_size, size=size)
    return y + h


# --- (1) multi-camera sitcom: stage sheet for a rehearse-and-tape week -------------------------


@_family(
    "us_multicam_stage_week",
    "US multi-camera sitcom stage call sheet, Letter: 'STAGE n' and the studio top left, the "
    "show's title centred with the episode, the week's day type right ('CAMERA BLOCKING / "
    "PRE-SHOOT', 'SHOW DAY - AUDIENCE TAPE', 'TABLE READ / REHEARSAL') and 'Day 4 of 5'; a "
    "row of boxes CREW CALL / CAST CALL / LUNCH / the day's marker (run-through, audience "
    "load-in) / SUNRISE - SUNSET; TODAY'S SCHEDULE (TIME / EVENT / SETS); numbered standing "
    "and swing SETS with their scenes; cast times; STUDIO / PARKING / NEAREST ER boxes; notes",
    name="stage_{key}",
)
def _stage(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", "helvetica", margin=34.0)
    c.text(x0, 40, f"STAGE {g['stage']}", 11, bold=True)
    grey_text(c, x0, 52, p.name, 8)
    centre(c, 42, title.upper(), 17)
    centre(c, 56, g["episode"], 9, bold=False)
    c.right(right, 40, g["day_type"], 9, bold=True)
    c.right(right, 52, g["day_of"], 8)
    c.hline(x0, right, 62, 1.2)
    c.text(x0, 80, day_text(day, g["date_style"]), 11, bold=True)
    c.right(right, 80, f"Director: {g['director']}   Stage Mgr: {g['sm']}", 8)
    marker, marker_off = g["marker"]
    heads = ["CREW CALL", "CAST CALL", "LUNCH", marker, "SUNRISE / SUNSET"]
    vals = [
        hm(call, t),
        hm(add_minutes(call, g["cast_call"]), t),
        hm(add_minutes(call, g["lunch"]), t),
        hm(add_minutes(call, marker_off), t),
        f"{hm(rise, t)} / {hm(fall, t)}",
    ]
    w = (right - x0) / 5
    for i, (hd, v) in enumerate(zip(heads, vals, strict=True)):
        c.box(x0 + i * w, 88, w, 36, 1.5 if i == 0 else 0.5)
        c.text(x0 + i * w + 5, 98, hd, 6.5, bold=True)
        fit(c, x0 + i * w + 5, 117, v, 13 if i == 0 else 9.5, w - 10, bold=i == 0)
    c.text(x0, 142, "TODAY'S SCHEDULE", 9, bold=True)
    y = _table(
        c,
        x0,
        156,
        ["TIME", "EVENT", "SETS"],
        [0, 70, 330],
        [(hm(add_minutes(call, o), t), ev, s) for o, ev, s in g["plan"]],
        right,
    )
    c.text(x0, y + 4, "SETS", 9, bold=True)
    y = _table(
        c,
        x0,
        y + 18,
        ["#", "SET", "SCENES", "PGS", "CAST"],
        [0, 24, 280, 360, 410],
        g["sets"],
        right,
    )
    rows = [
        (n, a, ch, hm(add_minutes(call, o), t), hm(add_minutes(call, o + 60), t))
        for n, a, ch, o in g["cast"]
    ]
    y = _table(
        c,
        x0,
        y + 4,
        ["#", "CAST", "CHARACTER", "HAIR/MU", "ON STAGE"],
        [0, 24, 170, 320, 400],
        rows,
        right,
    )
    w3 = (right - x0 - 12) / 3
    blocks = [
        ("STUDIO", [p.name, p.street, p.city, g["set"]]),
        ("CREW PARKING", [p.base_street, p.base_city, g["park_note"]]),
        ("NEAREST ER", hospital_lines(p)),
    ]
    ys = [_block(c, x0 + i * (w3 + 6), y + 2, w3, hd, ln) for i, (hd, ln) in enumerate(blocks)]
    titled_notes(c, x0, max(ys) + 16, "NOTES", 9, g["notes"], 8, right - x0, 10)
    footer(c, g["footer"], x0)
    return c.output()


def _stage_sheets() -> list[Sheet]:
    return [
        _stage(
            "bethpage",
            "Two Doors Down",
            D(2027, 3, 11),
            "08:00",
            {
                "time_style": "us",
                "date_style": "us_long",
                "stage": "5",
                "episode": 'Episode 104 "The Sublet"',
                "day_type": "CAMERA BLOCKING / PRE-SHOOT",
                "day_of": "Day 4 of 5",
                "director": "Gail Ostrowski",
                "sm": "Vinnie Caruso",
                "cast_call": 60,
                "lunch": 300,
                "marker": ("PRODUCER RUN-THRU", 510),
                # HARD: the schedule opens with the lighting pre-call, two hours before the
                # CREW CALL box's 8:00 AM
                "plan": [
                    (-120, "Electric / grip pre-call: relight the diner swing set", "3"),
                    (0, "Crew call; cameras up", "-"),
                    (60, "Cast call (hair / make-up)", "-"),
                    (120, "Camera blocking Act One", "1, 2"),
                    (300, "Lunch (1 hour)", "-"),
                    (360, "Camera blocking Act Two; pre-shoot sc. J (diner)", "3"),
                    (510, "Producer / network run-through", "ALL"),
                ],
                "sets": [
                    (
                        "1",
                        "INT. DEL GRECO APARTMENT - LIVING ROOM (standing)",
                        "A, C, E",
                        "9",
                        "1-4",
                    ),
                    ("2", "INT. DEL GRECO APARTMENT - KITCHEN (standing)", "B, G", "5 2/8", "1, 2"),
                    ("3", "INT. SAL'S DINER (swing)", "J", "4", "1, 3, 5"),
                ],
                "cast": [
                    ("1", "Dana Petrakis", "Angie", 60),
                    ("2", "Marcus Bell", "Theo", 60),
                    ("3", "Ruthie Kaplan", "Nonna", 90),
                    ("5", "Omar Haddad", "Sal", 300),
                ],
                "set": "Stage 5 apartment and diner sets",
                "park_note": "Show crew ID at the Stewart Ave gate",
                "notes": [
                    "Pre-shoot of scene J (diner) after lunch: no audience for this scene. "
                    "Network run-through 4:30 PM on stage; rewrites out by 7:00 PM.",
                ],
                "footer": "Two Doors Down · Stage 5 · Gold Coast Studios · Ep 104",
            },
        ),
        _stage(
            "glendale",
            "Parking Lot Pastor",
            D(2026, 10, 16),
            "10:00",
            {
                "time_style": "us_letter",
                "date_style": "us_short",
                "stage": "2",
                "episode": 'Episode 3 "Lot Sermon"',
                "day_type": "SHOW DAY - AUDIENCE TAPE",
                "day_of": "Day 5 of 5",
                "director": "Pam Whitcomb",
                "sm": "Jorge Ybarra",
                "cast_call": 60,
                "lunch": 240,
                "marker": ("AUDIENCE LOAD-IN", 420),
                "plan": [
                    (0, "Crew call", "-"),
                    (60, "Cast call; block and refresh", "1, 2"),
                    (240, "Lunch (2 hours)", "-"),
                    (360, "Warm-up comic; last looks", "-"),
                    (420, "Audience load-in (Stage 2 bleachers)", "-"),
                    (480, "SHOW: tape in sequence with pick-ups", "ALL"),
                ],
                "sets": [
                    ("1", "INT. CHURCH OFFICE (standing)", "A, D, F", "10 1/8", "1, 2, 4"),
                    ("2", "EXT. CHURCH PARKING LOT (swing)", "B, E", "6", "1-3"),
                ],
                "cast": [
                    ("1", "Ron Deluca", "Pastor Gene", 60),
                    ("2", "Keisha Franklin", "Bev", 60),
                    ("3", "Tomás Aguirre", "Lalo", 120),
                    ("4", "June Whitley", "Mrs. Park", 120),
                ],
                "set": "Stage 2 church office and lot sets",
                "park_note": "Shuttle to the stage door every 15 min",
                "notes": [
                    "Audience of 180: ushers from Audience Services. Stage doors closed from "
                    "5:00p. Curtain call and cast photo after the last pick-up.",
                ],
                "footer": "Parking Lot Pastor · Stage 2 · East End Studios Glendale · tape night",
            },
        ),
        _stage(
            "irving",
            "Y'all Come Back",
            D(2027, 1, 25),
            "09:30",
            {
                "time_style": "us_lower",
                "date_style": "us_ord",
                "stage": "A",
                "episode": 'Episode 208 "Homecoming Mum"',
                "day_type": "TABLE READ / REHEARSAL",
                "day_of": "Day 1 of 5",
                "director": "Lonnie Harwell",
                "sm": "Becca Tran",
                "cast_call": 30,
                "lunch": 210,
                "marker": ("RUN-THROUGH", 390),
                "plan": [
                    (0, "Crew call (reduced rehearsal crew)", "-"),
                    (30, "Cast call; production meeting", "-"),
                    (60, "Table read, Stage A rehearsal hall", "-"),
                    (120, "Rehearse on book", "1, 2"),
                    (210, "Lunch", "-"),
                    (390, "Run-through for writers", "ALL"),
                ],
                "sets": [
                    ("1", "INT. HALVORSEN HOUSE - DEN (standing)", "A, B, F", "11", "1-4"),
                    ("2", "INT. FOOTBALL FIELD PRESS BOX (swing)", "D", "3 4/8", "2, 6"),
                ],
                "cast": [
                    ("1", "Carla Jo Beasley", "Darlene", 30),
                    ("2", "Hank Moreau", "Coach Dale", 30),
                    ("4", "Tyler Okafor", "Jaylen", 30),
                    ("6", "Wendell Pruitt", "Announcer", 120),
                ],
                "set": "Stage A den and press box sets",
                "park_note": "North gate; badge at the guard shack",
                "notes": [
                    "Table read is closed: studio and network only. Swing set for the press "
                    "box goes up overnight; do not walk through the construction bay.",
                ],
                "footer": "Y'all Come Back · Stage A · Mercury Studios, Las Colinas · Ep 208",
            },
        ),
    ]


# --- (2) SAG-AFTRA Ultra Low Budget indie: Google Docs grid, values below labels ----------------


@_family(
    "us_sag_ulb_indie_grid",
    "Central Texas indie feature call sheet under the SAG-AFTRA Ultra Low Budget Agreement, "
    "Letter in DejaVu (a Google Docs table): the title centred over the company, producer and "
    "director; 'DAY 7 OF 18' right; a boxed line 'This production is a signatory to the "
    "SAG-AFTRA Ultra Low Budget Agreement' with the Exhibit G sign-out; ruled cells with small "
    "labels above the values (DATE / CREW CALL / SHOOTING CALL / LUNCH / EST. WRAP, then "
    "SUNRISE / SUNSET / WEATHER), LOCATION (a second location when the company moves) / "
    "BASECAMP / NEAREST ER; scenes; cast with a SAG-AFTRA STATUS column; notes",
    name="ulb_{key}",
)
def _ulb(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", "sans", margin=36.0)
    c.right(right, 38, g["day_of"], 10, bold=True)
    centre(c, 48, title, 18)
    centre(c, 62, g["company"], 8.5, bold=False)
    centre(c, 74, f"Producer: {g['producer']}   ·   Director: {g['director']}", 8, bold=False)
    c.box(x0, 82, right - x0, 26, 0.5)
    fill(c, x0 + 0.5, 82.5, right - x0 - 1, 25, 235)
    c.text(
        x0 + 6,
        93,
        "This production is a signatory to the SAG-AFTRA Ultra Low Budget Agreement.",
        8,
        bold=True,
    )
    c.text(x0 + 6, 104, "Performers: sign in and out on the Exhibit G with the 2nd AD.", 7.5)
    y = _cells(
        c,
        x0,
        114,
        right,
        [
            ("DATE", [day_text(day, g["date_style"])]),
            ("CREW CALL", [hm(call, t)]),
            ("SHOOTING CALL", [hm(add_minutes(call, g["shoot"]), t)]),
            ("LUNCH", [hm(add_minutes(call, g["lunch"]), t)]),
            ("EST. WRAP", [hm(add_minutes(call, g["wrap"]), t)]),
        ],
        34,
    )
    y = _cells(
        c,
        x0,
        y,
        right,
        [("SUNRISE", [hm(rise, t)]), ("SUNSET", [hm(fall, t)]), ("WEATHER", [g["weather"]])],
        30,
        size=9,
    )
    cells = [("LOCATION", [p.name, p.street, p.city, g["set"]])]
    if g.get("move"):
        cells.append(("COMPANY MOVE - LOCATION 2", g["move"]))
    cells += [
        ("BASECAMP / PARKING", [p.base_street, p.base_city]),
        ("NEAREST ER", hospital_lines(p)),
    ]
    y = _cells(c, x0, y, right, cells, 62, size=8)
    y = _table(
        c,
        x0,
        y + 16,
        ["SC", "SET / DESCRIPTION", "D/N", "PGS", "CAST"],
        [0, 36, 330, 370, 410],
        g["scenes"],
        right,
        ruled=True,
    )
    rows = [
        (n, a, ch, st, hm(add_minutes(call, o), t), hm(add_minutes(call, o + 45), t))
        for n, a, ch, st, o in g["cast"]
    ]
    y = _table(
        c,
        x0,
        y + 4,
        ["#", "CAST", "CHARACTER", "SAG-AFTRA STATUS", "CALL", "ON SET"],
        [0, 20, 150, 260, 390, 460],
        rows,
        right,
        ruled=True,
    )
    titled_notes(c, x0, y + 6, "NOTES", 9, g["notes"], 8, right - x0, 10)
    footer(c, g["footer"], x0)
    return c.output()


def _ulb_sheets() -> list[Sheet]:
    return [
        _ulb(
            "bastrop",
            "Lost Pines",
            D(2026, 11, 5),
            "07:00",
            {
                "time_style": "us_letter",
                "date_style": "us_short",
                "day_of": "DAY 7 OF 18",
                "company": "Colorado River Pictures LLC",
                "producer": "Tess Rubio (512) 555-0143",
                "director": "Eli Saldaña",
                "shoot": 60,
                "lunch": 360,
                "wrap": 720,
                "weather": "Sunny, H 74° / L 51°",
                "set": "the stage and the lobby",
                "scenes": [
                    ("31", "INT. OPERA HOUSE - STAGE - the audition", "D5", "3 1/8", "1, 2"),
                    ("32", "INT. OPERA HOUSE - LOBBY", "D5", "1 2/8", "1, 4"),
                ],
                "cast": [
                    ("1", "Janie Holcomb", "Ruby", "SAG-AFTRA", 0),
                    ("2", "Ray Villanueva", "Manny", "SAG-AFTRA", 30),
                    ("4", "Dot Prewitt", "Miss Olive", "SAG-E", 120),
                ],
                "notes": [
                    "Opera House staff on site from 6:30a. No food or drink in the house. "
                    "Background (8) report to basecamp at 9:00a.",
                ],
                "footer": "Lost Pines · SAG-AFTRA Ultra Low Budget · Bastrop, TX",
            },
        ),
        _ulb(
            "smithville",
            "Lost Pines",
            D(2026, 11, 12),
            "06:30",
            {
                "time_style": "us_short",
                "date_style": "us_ord",
                "day_of": "DAY 12 OF 18",
                "company": "Colorado River Pictures LLC",
                "producer": "Tess Rubio (512) 555-0143",
                "director": "Eli Saldaña",
                "shoot": 60,
                "lunch": 360,
                "wrap": 690,
                "weather": "Cloudy, H 66° / L 48°, rain after 5p",
                "set": "the depot platform and caboose",
                # HARD: a second location after lunch gets a cell of its own beside the first
                "move": [
                    "Riverbend Park boat ramp",
                    "Riverbend Rd",
                    "Smithville, TX 78957",
                    "move at 1:30p (10 min)",
                ],
                "scenes": [
                    ("44", "EXT. DEPOT PLATFORM - the train leaves", "D8", "2 4/8", "1, 2, 3"),
                    ("45", "INT. CABOOSE", "D8", "1", "1, 3"),
                    ("52", "EXT. RIVER BOAT RAMP (loc 2)", "D9", "1 6/8", "1, 2"),
                ],
                "cast": [
                    ("1", "Janie Holcomb", "Ruby", "SAG-AFTRA", 0),
                    ("2", "Ray Villanueva", "Manny", "SAG-AFTRA", 0),
                    ("3", "Cody Larue", "Conductor", "Non-union (Taft-Hartley)", 60),
                ],
                "notes": [
                    "Union Pacific trains pass without warning: stay 25 ft from the main line. "
                    "Picture car (1962 Ford) on the platform by 7:00a.",
                ],
                "footer": "Lost Pines · SAG-AFTRA Ultra Low Budget · Smithville, TX",
            },
        ),
        _ulb(
            "wimberley",
            "Cypress Water",
            D(2027, 5, 19),
            "07:30",
            {
                "time_style": "us",
                "date_style": "us_numeric",
                "day_of": "DAY 3 OF 15",
                "company": "Hill Country Misfits Film Co.",
                "producer": "Lupe Garza (830) 555-0190",
                "director": "Hayden Kirk",
                "shoot": 60,
                "lunch": 330,
                "wrap": 660,
                "weather": "Hot, H 88° / L 66°",
                "set": "the swimming hole and the rope swing",
                "scenes": [
                    ("12", "EXT. SWIMMING HOLE - the dare", "D2", "2 3/8", "1, 2, 5"),
                    ("14", "EXT. ROPE SWING", "D2", "1 1/8", "2, 5"),
                ],
                "cast": [
                    ("1", "Nell Atwater", "Josie", "SAG-AFTRA", 30),
                    ("2", "Davis Moon", "Kyle", "SAG-E", 30),
                    ("5", "Pilar Ocampo", "Marisol", "SAG-AFTRA", 90),
                ],
                "notes": [
                    "Park opens to swimmers at 10:00 AM: water scenes first. Lifeguard and "
                    "water safety on set at all times; sunscreen at craft services.",
                ],
                "footer": "Cypress Water · SAG-AFTRA Ultra Low Budget · Wimberley, TX",
            },
        ),
    ]


# --- (3) Atlantic Canadian documentary: CBC Docs / provincial fund shoot-day sheet ------------


@_family(
    "ca_atlantic_doc_cbc_fund",
    "Atlantic Canadian feature documentary shoot-day call sheet, Letter in Times: the company "
    "over 'in association with CBC Docs' and the provincial fund's line; the title and 'SHOOT "
    "DAY n - CALL SHEET'; label rows with the value beside the label (Date, Crew call, "
    "Subject(s), Location, Meet at, Sunrise / sunset, Tide, Nearest emergency, Producer on "
    "site); a ruled TIME / WHAT / WHERE plan; a crew list; releases and notes; the funders' "
    "credit line at the foot",
    name="doc_{key}",
)
def _doc(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", "times", margin=48.0)
    c.text(x0, 48, g["company"], 11, bold=True)
    grey_text(c, x0, 60, "in association with CBC Docs", 8.5)
    grey_text(c, x0, 71, g["fund"], 8)
    c.right(right, 48, f"SHOOT DAY {g['n']} - CALL SHEET", 10, bold=True)
    c.hline(x0, right, 78, 0.8)
    c.text(x0, 100, title, 18, bold=True)
    grey_text(c, x0, 114, g["logline"], 9)
    hosp = [f"{p.hospital}, {p.hospital_street}, {p.hospital_city} {p.hospital_phone}"]
    hosp += g.get("hosp_extra", [])
    rows = [
        ("Date", day_text(day, g["date_style"])),
        ("Crew call", g.get("call_text") or hm(call, t)),
        ("Subject(s)", g["subjects"]),
        ("Location", f"{p.name}, {p.street}, {p.city}"),
        ("Filming", g["set"]),
        ("Meet at", f"{p.base_street}, {p.base_city}"),
        ("Sunrise / sunset", f"{hm(rise, t)} / {hm(fall, t)}"),
        ("Tide", g["tide"]),
    ]
    y = label_rows(c, x0, 136, right, rows, 10, 110, 15, suffix=":")
    c.text(x0, y, "Nearest emergency:", 10, bold=True)
    for ln in hosp:
        fit(c, x0 + 110, y, ln, 10, right - x0 - 110)
        y += 13
    y = label_rows(
        c, x0, y + 2, right, [("Producer on site", g["producer"])], 10, 110, 15, suffix=":"
    )
    y = _table(
        c,
        x0,
        y + 8,
        ["TIME", "WHAT", "WHERE"],
        [0, 70, 320],
        [(hm(add_minutes(call, o), t), w, wh) for o, w, wh in g["plan"]],
        right,
        ruled=True,
    )
    c.text(x0, y + 4, "Crew", 10, bold=True)
    y = label_rows(c, x0, y + 18, right, g["crew"], 9, 110, 12)
    titled_notes(c, x0, y + 8, "Releases & notes", 10, g["notes"], 9, right - x0, 11)
    footer(c, g["credit"], x0)
    return c.output()


def _doc_sheets() -> list[Sheet]:
    return [
        _doc(
            "twillingate",
            "Iceberg Alley",
            D(2027, 6, 1),
            "05:30",
            {
                "time_style": "ca_dot",
                "date_style": "us_long",
                "company": "Kittiwake Pictures Inc.",
                "fund": "Produced with the participation of the Newfoundland and Labrador "
                "Film Development Corporation",
                "n": "3",
                "logline": "a feature documentary about the last iceberg harvesters of "
                "Notre Dame Bay",
                "subjects": "Capt. Wade Pardy and deckhand Shelley Roberts",
                "set": "the lighthouse headland and the lookout",
                "tide": "high 09:14, low 15:32",
                # HARD: two emergency lines, the nearest ER first, the trauma centre second
                "hosp_extra": [
                    "(major trauma: James Paton Memorial Regional Health Centre, Gander, 1 h 30)",
                ],
                "producer": "Krista Abbott (709) 555-0127",
                "plan": [
                    (0, "Crew call, load the van", "Museum lot"),
                    (
                        30,
                        "Berg at first light from the headland (drone if wind < 25 km/h)",
                        "Long Point",
                    ),
                    (150, "Sit-down with Capt. Pardy", "Lighthouse keeper's house"),
                    (300, "Lunch", "Crow Head"),
                ],
                "crew": [
                    ("Director", "Morgan Keats"),
                    ("DOP / drone", "Jamie Butt (RPAS advanced)"),
                    ("Sound", "Paula Hynes"),
                ],
                "notes": [
                    "Signed appearance releases for anyone on camera; location agreement with "
                    "the town for the headland. Fog can roll in fast: stay behind the rail.",
                ],
                "credit": "CBC Docs · Canada Media Fund · NLFDC · Kittiwake Pictures Inc.",
            },
        ),
        _doc(
            "souris",
            "Island Ferry",
            D(2026, 9, 22),
            "07:00",
            {
                "time_style": "military",
                "date_style": "mon_slash_yy",
                "company": "Red Sands Productions Ltd.",
                "fund": "Produced with the financial participation of Innovation PEI",
                "n": "5",
                "logline": "the Magdalen Islands ferry and the town that waits for it",
                "subjects": "Denise Chiasson (wharf manager), the MV Madeleine II crew",
                "set": "the wharf and the ferry ramp",
                "tide": "low 0812, high 1418",
                "producer": "Blair MacPhee (902) 555-0168",
                "plan": [
                    (0, "Crew call, safety briefing with the harbour authority", "Wharf office"),
                    (60, "Ferry loading, wide and details", "Ferry ramp"),
                    (180, "Interview: Denise", "Wharf office"),
                    (300, "Lunch", "Main St"),
                ],
                "crew": [
                    ("Director / camera", "Sarah Gallant"),
                    ("Sound", "Luc Arsenault"),
                ],
                "notes": [
                    "High-vis vests on the wharf at all times. No filming of passengers' faces "
                    "without a release: shoot wides from the breakwater.",
                ],
                "credit": "CBC Docs · Canada Media Fund · Innovation PEI · Red Sands Productions",
            },
        ),
        _doc(
            "cheticamp",
            "Crochetage",
            D(2027, 2, 9),
            "08:30",
            {
                "time_style": "h24",
                "date_style": "ca_iso_wd",
                "company": "Pointe-à-l'Église Films",
                "fund": "Produced with the participation of the Nova Scotia Film & Television "
                "Production Incentive Fund",
                "n": "2",
                "logline": "Acadian hooked-rug makers of Chéticamp, in their own words",
                "subjects": "Marie-Rose LeBlanc and the rug hookers' circle",
                "set": "the rug gallery and the workroom",
                "tide": "not needed today (indoors)",
                "producer": "Annick Aucoin (902) 555-0181",
                "plan": [
                    (0, "Crew call; set up in the workroom (museum closed Tuesdays)", "Workroom"),
                    (60, "The circle at work (French; subtitles later)", "Workroom"),
                    (210, "Lunch", "Co-op café"),
                    (270, "Gallery: Marie-Rose with the Elizabeth LeFort rugs", "Rug gallery"),
                ],
                "crew": [
                    ("Réalisatrice / director", "Annick Aucoin"),
                    ("Camera", "Paul Deveau"),
                    ("Son / sound", "Josée Boudreau"),
                ],
                "notes": [
                    "Releases in French and English. Cotton gloves for any rug we handle; the "
                    "gallery's conservator has the last word.",
                ],
                "credit": "CBC Docs · Canada Media Fund · Nova Scotia Film & Television "
                "Production Incentive Fund",
            },
        ),
    ]


# --- (4) US Hispanic network series: HOJA DE LLAMADO / CALL SHEET -----------------------------


@_family(
    "us_hispanic_tv_hoja_call",
    "US Spanish-language network series call sheet, Letter: a black band 'HOJA DE LLAMADO / "
    "CALL SHEET' and the network's studio; the title large, 'Capítulo 37 / Episode 37 · Día "
    "12 / Day 12'; 'Fecha / Date' with the date; a grid of bilingual labels above values "
    "(LLAMADO GENERAL / GENERAL CALL, PRIMERA TOMA / FIRST SHOT, ALMUERZO / LUNCH, SALIDA DEL "
    "SOL / SUNRISE, PUESTA DEL SOL / SUNSET, CLIMA / WEATHER); LOCACIÓN / LOCATION, BASE / "
    "BASECAMP, HOSPITAL MÁS CERCANO / NEAREST HOSPITAL boxes; ESC. / DECORADO / D/N / PÁGS. / "
    "PERSONAJES; cast; NOTAS / NOTES",
    name="hoja_{key}",
)
def _hoja(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", "helvetica", margin=32.0)
    fill(c, x0, 26, right - x0, 28, 15)
    _white(c)
    c.text(x0 + 8, 45, "HOJA DE LLAMADO / CALL SHEET", 12, bold=True)
    c.right(right - 8, 45, g["studio"], 8.5, bold=True)
    _black(c)
    c.text(x0, 80, title, 20, bold=True)
    c.text(x0, 95, g["episode"], 9)
    c.right(right, 80, f"Fecha / Date: {day_text(day, g['date_style'])}", 10, bold=True)
    c.right(right, 95, f"Dirección / Director: {g['director']}", 8.5)
    y = _cells(
        c,
        x0,
        104,
        right,
        [
            ("LLAMADO GENERAL / GENERAL CALL", [hm(call, t)]),
            ("PRIMERA TOMA / FIRST SHOT", [hm(add_minutes(call, g["shoot"]), t)]),
            ("ALMUERZO / LUNCH", [hm(add_minutes(call, g["lunch"]), t)]),
        ],
        34,
        size=12,
    )
    y = _cells(
        c,
        x0,
        y,
        right,
        [
            ("SALIDA DEL SOL / SUNRISE", [hm(rise, t)]),
            ("PUESTA DEL SOL / SUNSET", [hm(fall, t)]),
            ("CLIMA / WEATHER", [g["weather"]]),
        ],
        30,
        size=9.5,
    )
    w3 = (right - x0 - 12) / 3
    blocks = [
        ("LOCACIÓN / LOCATION", [p.name, p.street, p.city, g["set"]]),
        ("BASE / BASECAMP", [p.base_street, p.base_city, g["base_note"]]),
        ("HOSPITAL MÁS CERCANO / NEAREST HOSPITAL", hospital_lines(p)),
    ]
    ys = [_block(c, x0 + i * (w3 + 6), y + 8, w3, hd, ln) for i, (hd, ln) in enumerate(blocks)]
    y = _table(
        c,
        x0,
        max(ys) + 18,
        ["ESC.", "DECORADO / SET", "D/N", "PÁGS.", "PERSONAJES / CAST"],
        [0, 36, 300, 340, 390],
        g["scenes"],
        right,
    )
    rows = [
        (a, ch, hm(add_minutes(call, o), t), hm(add_minutes(call, o + 60), t))
        for a, ch, o in g["cast"]
    ]
    y = _table(
        c,
        x0,
        y + 4,
        ["ACTOR / CAST", "PERSONAJE / CHARACTER", "MAQ. / MAKE-UP", "EN SET / ON SET"],
        [0, 170, 340, 440],
        rows,
        right,
    )
    titled_notes(c, x0, y + 6, "NOTAS / NOTES", 9, g["notes"], 8, right - x0, 10)
    footer(c, g["footer"], x0)
    return c.output()


def _hoja_sheets() -> list[Sheet]:
    return [
        _hoja(
            "hialeah",
            "Corazón de Jockey",
            D(2027, 2, 16),
            "06:00",
            {
                "time_style": "us",
                "date_style": "es_en",
                "studio": "Estudios Sol Caribe · Miami",
                "episode": "Capítulo 37 / Episode 37  ·  Día 12 / Day 12",
                "director": "Maritza Ferrer",
                "shoot": 75,
                "lunch": 360,
                "weather": "Soleado / Sunny 79°F",
                "set": "the paddock and the grandstand",
                "base_note": "Catering y camerinos / catering and trailers",
                "scenes": [
                    ("37-4", "EXT. PADDOCK - AMANECER / DAWN", "D", "2 1/8", "Lucía, Rafa"),
                    ("37-9", "INT. TRIBUNA / GRANDSTAND", "D", "3", "Lucía, Don Aurelio"),
                ],
                "cast": [
                    ("Daniela Ruiz", "Lucía", 0),
                    ("Gustavo Peña", "Rafa", 15),
                    ("Héctor Lugo", "Don Aurelio", 180),
                ],
                "notes": [
                    "Los caballos llegan a las 7:00 AM con su entrenador. / Horses arrive at "
                    "7:00 AM with their trainer: no flashes, no running near the paddock.",
                ],
                "footer": "Corazón de Jockey · Capítulo 37 · confidencial / confidential",
            },
        ),
        _hoja(
            "mcallen",
            "Corazón de Jockey",
            D(2027, 3, 9),
            "07:00",
            {
                "time_style": "ca_dot",
                # HARD: a Spanish weekday with the date in US month/day order ('martes 3/9/27')
                "date_style": "es_us_numeric",
                "studio": "Estudios Sol Caribe · unidad Texas",
                "episode": "Capítulo 41 / Episode 41  ·  Día 15 / Day 15",
                "director": "Maritza Ferrer",
                "shoot": 60,
                "lunch": 330,
                "weather": "Despejado / Clear 82°F",
                "set": "the garden and the hacienda veranda",
                "base_note": "Convention Center, lote norte / north lot",
                "scenes": [
                    ("41-2", "EXT. JARDÍN / GARDEN", "D", "1 6/8", "Lucía, Amparo"),
                    ("41-3", "EXT. PORTAL DE LA HACIENDA / VERANDA", "D", "2 2/8", "Lucía, Rafa"),
                ],
                "cast": [
                    ("Daniela Ruiz", "Lucía", 0),
                    ("Carmen Olivo", "Amparo", 30),
                    ("Gustavo Peña", "Rafa", 120),
                ],
                "notes": [
                    "Quinta Mazatlán abre al público a las 8:00 a.m. / The park opens at "
                    "8:00 a.m.: keep the paths clear for visitors and birders.",
                ],
                "footer": "Corazón de Jockey · Capítulo 41 · unidad Texas",
            },
        ),
        _hoja(
            "kissimmee",
            "Corazón de Jockey",
            D(2027, 4, 22),
            "14:00",
            {
                "time_style": "h24",
                "date_style": "es_long",
                "studio": "Estudios Sol Caribe · Miami",
                "episode": "Capítulo 52 / Episode 52  ·  Día 21 / Day 21",
                "director": "Óscar Benítez",
                "shoot": 60,
                "lunch": 330,
                "weather": "Nublado / Cloudy 84°F",
                "set": "the boardwalk and the lakefront pier",
                "base_note": "Camerinos / trailers en el lote sur",
                "scenes": [
                    ("52-7", "EXT. MUELLE / PIER - ATARDECER / SUNSET", "D/N", "2", "Lucía, Rafa"),
                    ("52-8", "EXT. MALECÓN / BOARDWALK", "N", "1 4/8", "Rafa, Beto"),
                ],
                "cast": [
                    ("Daniela Ruiz", "Lucía", 60),
                    ("Gustavo Peña", "Rafa", 60),
                    ("Iván Soto", "Beto", 180),
                ],
                "notes": [
                    "Llamado tarde por la escena del atardecer. / Late call for the sunset "
                    "scene. Lightning: the 1st AD clears the pier when the alert sounds.",
                ],
                "footer": "Corazón de Jockey · Capítulo 52 · confidencial / confidential",
            },
        ),
    ]


# --- (5) ad agency: production schedule over the call sheet on one page ------------------------


@_family(
    "us_agency_schedule_plus_call",
    "US ad agency's one-page 'PRODUCTION SCHEDULE + CALL SHEET', Letter: the agency's name left, "
    "the document's title and job number right; Client / Brand / Spot / Production co. / "
    "Director rows; a PRODUCTION SCHEDULE table (MILESTONE / DATE / WHERE / WHO: PPM, tech "
    "scout, SHOOT, offline review, delivery); then CALL SHEET: the shoot date, a CALL TIMES "
    "table (crew, talent, agency, client), LOCATION / BASECAMP / NEAREST HOSPITAL boxes, "
    "sunrise and sunset, notes",
    name="agency_{key}",
)
def _agency(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", "helvetica", margin=36.0)
    c.text(x0, 44, g["agency"], 14, bold=True)
    grey_text(c, x0, 56, g["agency_line"], 7.5)
    c.right(right, 44, "PRODUCTION SCHEDULE + CALL SHEET", 10, bold=True)
    c.right(right, 56, f"Job # {g['job']}", 8.5)
    c.hline(x0, right, 63, 1.0)
    facts = [
        ("Client", g["client"]),
        ("Brand / spot", f"{title}  ({g['spot']})"),
        ("Production co.", g["prodco"]),
        ("Director", g["director"]),
    ]
    y = label_rows(c, x0, 80, right, facts, 8.5, 90, 12, suffix=":")
    c.text(x0, y + 4, "PRODUCTION SCHEDULE", 9.5, bold=True)
    sched = [(m, day_text(d, g["date_style"]), wh, who) for m, d, wh, who in g["schedule"]]
    y = _table(
        c,
        x0,
        y + 18,
        ["MILESTONE", "DATE", "WHERE", "WHO"],
        [0, 130, 240, 400],
        sched,
        right,
        ruled=True,
    )
    fill(c, x0, y - 2, right - x0, 20, 25)
    _white(c)
    c.text(x0 + 6, y + 12, "CALL SHEET", 11, bold=True)
    shoot_line = g.get("shoot_line") or f"Shoot day 1 of 1 - {day_text(day, g['date_style'])}"
    c.right(right - 6, y + 12, shoot_line, 9.5, bold=True)
    _black(c)
    rows = [(grp, hm(add_minutes(call, o), t), at) for grp, o, at in g["calls"]]
    y = _table(
        c,
        x0,
        y + 36,
        ["CALL TIMES", "CALL", "REPORT TO"],
        [0, 150, 230],
        rows,
        right,
    )
    w3 = (right - x0 - 12) / 3
    blocks = [
        ("LOCATION", [p.name, p.street, p.city, g["set"]]),
        ("BASECAMP / PARKING", [p.base_street, p.base_city, g["base_note"]]),
        ("NEAREST HOSPITAL", hospital_lines(p)),
    ]
    ys = [_block(c, x0 + i * (w3 + 6), y, w3, hd, ln) for i, (hd, ln) in enumerate(blocks)]
    y = max(ys) + 14
    c.text(x0, y, f"Sunrise {hm(rise, t)}   ·   Sunset {hm(fall, t)}   ·   {g['light']}", 8.5)
    titled_notes(c, x0, y + 18, "Notes", 9, g["notes"], 8, right - x0, 10)
    footer(c, g["footer"], x0)
    return c.output()


def _agency_sheets() -> list[Sheet]:
    return [
        _agency(
            "big_sur",
            "Halden Electric SUV",
            D(2027, 4, 13),
            "05:30",
            {
                "time_style": "us",
                "date_style": "us_short",
                "agency": "Marrow & Finch",
                "agency_line": "Advertising · 410 Townsend St, San Francisco, CA",
                "job": "HAL-27-014",
                "client": "Halden Motors North America",
                "spot": ':30 "Edge" and :15 cutdown',
                "prodco": "Longwater Films",
                "director": "Anika Brandt",
                "schedule": [
                    ("PPM", D(2027, 4, 6), "Zoom", "Agency, client, director"),
                    ("Tech scout", D(2027, 4, 9), "Big Sur", "Director, DP, 1st AD"),
                    ("SHOOT", D(2027, 4, 13), "Bixby Creek Bridge", "All"),
                    ("Offline review", D(2027, 4, 23), "Edit house, SF", "Agency"),
                    ("Delivery to client", D(2027, 5, 7), "-", "Agency producer"),
                ],
                "calls": [
                    ("Crew", 0, "Basecamp"),
                    ("Precision drivers / cars", 15, "Basecamp"),
                    ("Agency", 60, "Video village"),
                    ("Client", 90, "Video village"),
                ],
                "set": "the bridge deck and the north pullout",
                "base_note": "Catering and video village tents",
                "light": "Golden hour by 6:45 AM",
                "notes": [
                    "Caltrans encroachment permit: CHP traffic breaks of 5 minutes only. "
                    "Car-to-car rig on the bridge, no crew on the deck during runs.",
                ],
                "footer": "Marrow & Finch · Halden 'Edge' · confidential",
            },
        ),
        _agency(
            "joshua_tree",
            "Yucca Fizz Seltzer",
            D(2026, 10, 20),
            "06:00",
            {
                "time_style": "us_letter",
                "date_style": "us_ord",
                "agency": "Bright Static",
                "agency_line": "Creative agency · 1730 Abbot Kinney Blvd, Venice, CA",
                "job": "BS-2611",
                "client": "Mojave Beverage Co.",
                "spot": "3 x :15 social",
                "prodco": "Sunbleach Productions",
                "director": "Theo Marchetti",
                "schedule": [
                    ("PPM", D(2026, 10, 13), "Agency, Venice", "All"),
                    ("SHOOT", D(2026, 10, 20), "Joshua Tree", "All"),
                    ("First cut", D(2026, 10, 27), "Remote", "Agency"),
                    ("Final delivery", D(2026, 11, 3), "-", "Agency producer"),
                ],
                "calls": [
                    ("Crew", 0, "Community Center"),
                    ("Talent (3)", 60, "Wardrobe trailer"),
                    ("Agency", 90, "Video village"),
                    ("Client", 120, "Video village"),
                ],
                "set": "the sculpture garden and the desert lot",
                "base_note": "Shuttle to set every 20 min",
                "light": "Wind after 2:00p likely",
                "notes": [
                    "The museum's works are not props: nothing leans on, touches or hangs from "
                    "a sculpture. Water and shade at every position; heat breaks hourly.",
                ],
                "footer": "Bright Static · Mojave Beverage · Yucca Fizz social",
            },
        ),
        _agency(
            "page_az",
            "Canyon Trail Boots",
            D(2027, 4, 14),
            "04:45",
            {
                "time_style": "military",
                "date_style": "us_short",
                "agency": "Tallgrass Creative",
                "agency_line": "Agency · 2100 Larimer St, Denver, CO",
                "job": "TG-0427",
                "client": "Canyon Trail Outfitters",
                "spot": ":30 and stills",
                "prodco": "High Desert Pictures",
                "director": "Will Begay",
                "schedule": [
                    ("PPM", D(2027, 4, 7), "Zoom", "All"),
                    ("Travel / scout", D(2027, 4, 13), "Page", "Crew"),
                    ("SHOOT", D(2027, 4, 14), "Horseshoe Bend", "All"),
                    ("Offline review", D(2027, 4, 26), "Denver", "Agency"),
                ],
                # HARD: the call-sheet band gives no date: only the schedule's SHOOT row does
                "shoot_line": "Shoot day 1 of 1 (see SHOOT above)",
                "calls": [
                    ("Crew", 0, "Chamber lot"),
                    ("Talent (2 hikers)", 30, "Chamber lot"),
                    ("Agency / client", 60, "Trailhead"),
                ],
                "set": "the rim overlook and the trail",
                "base_note": "Vans to the trailhead; no trailers at the rim",
                "light": "Sunrise shot at the rim: be in position 30 min before",
                "notes": [
                    "City of Page and Glen Canyon NRA permits on file. Unfenced rim: "
                    "harnesses for anyone within 6 ft of the edge. No drones.",
                ],
                "footer": "Tallgrass Creative · Canyon Trail · Arizona time (no DST)",
            },
        ),
    ]


# --- (6) national park: NPS special use permit, park monitor ----------------------------------


@_family(
    "us_nps_permit_monitor",
    "US call sheet for filming in a national park under an NPS special use permit, Letter in "
    "DejaVu Condensed: the company and title, 'CALL SHEET' with the day, the permit number "
    "right; a shaded PERMIT box (park, permit no., permitted hours, crew limit, park monitor "
    "and radio channel); label rows beside their values (DATE, CREW CALL, STAGING AREA, FILMING "
    "SITE, SUNRISE, SUNSET, NEAREST ER); a TIME / WHAT / WHERE plan; RESOURCE PROTECTION rules; "
    "a contact list",
    name="nps_{key}",
)
def _nps(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", "condensed", margin=40.0)
    c.text(x0, 44, g["company"], 9, bold=True)
    c.text(x0, 66, title, 18, bold=True)
    c.text(x0, 80, f"CALL SHEET · {g['day_of']}", 10, bold=True)
    c.right(right, 44, f"NPS Special Use Permit {g['permit']}", 8.5, bold=True)
    c.right(right, 56, g["park"], 8.5)
    fill(c, x0, 90, right - x0, 62, 230)
    c.box(x0, 90, right - x0, 62, 0.6)
    c.text(x0 + 6, 102, "PERMIT", 8, bold=True)
    permit = [
        ("Permit", g["permit"] + (f"  ({g['valid']})" if g.get("valid") else "")),
        ("Permitted hours", g["hours"]),
        ("Park monitor", g["monitor"]),
    ]
    label_rows(c, x0 + 6, 115, right - 6, permit, 8.5, 90, 12, suffix=":")
    rows = [
        ("DATE", day_text(day, g["date_style"])),
        ("CREW CALL", hm(call, t)),
        ("STAGING AREA", f"{p.base_street}, {p.base_city}"),
        ("FILMING SITE", f"{p.name}, {p.street}, {p.city}"),
        ("", g["set"]),
        ("SUNRISE", hm(rise, t)),
        ("SUNSET", hm(fall, t)),
        ("NEAREST ER", f"{p.hospital}, {p.hospital_street}, {p.hospital_city}"),
        ("", p.hospital_phone),
    ]
    y = label_rows(c, x0, 172, right, rows, 9.5, 95, 14)
    y = _table(
        c,
        x0,
        y + 6,
        ["TIME", "WHAT", "WHERE"],
        [0, 60, 330],
        [(hm(add_minutes(call, o), t), w, wh) for o, w, wh in g["plan"]],
        right,
        ruled=True,
    )
    y = titled_notes(c, x0, y + 6, "RESOURCE PROTECTION", 9.5, g["rules"], 8.5, right - x0, 11)
    c.text(x0, y + 8, "CONTACTS", 9.5, bold=True)
    label_rows(c, x0, y + 22, right, g["contacts"], 8.5, 120, 12)
    footer(c, g["footer"], x0)
    return c.output()


def _nps_sheets() -> list[Sheet]:
    return [
        _nps(
            "springdale",
            "Red Rock Rising",
            D(2026, 11, 3),
            "06:30",
            {
                "time_style": "us",
                "date_style": "wd_us_ord",
                "company": "Slickrock Docs LLC for PBS",
                "day_of": "Day 2 of 3",
                "permit": "ZION-26-0317",
                "park": "Zion National Park",
                "hours": "6:00 AM - 6:00 PM; 12 persons max on site",
                "monitor": "Ranger D. Yazzie, radio ch. 4 (meets us at the staging area)",
                "set": "the Pa'rus Trail and the Watchman viewpoint",
                "plan": [
                    (0, "Crew call; monitor briefing", "Staging area"),
                    (45, "Shuttle to the visitor center (no private vehicles)", "Zion Park Blvd"),
                    (90, "Interview: geologist, Watchman light", "Watchman viewpoint"),
                    (240, "B-roll, walking shots on the Pa'rus Trail", "Pa'rus Trail"),
                ],
                "rules": [
                    "Stay on the trail; tripods on pavement only. No drones in the park "
                    "(36 CFR 1.5). Wildlife: 25 yards from deer, 100 yards from bighorn.",
                ],
                "contacts": [
                    ("Producer", "Jenna Whitaker (435) 555-0102"),
                    ("Park special uses", "Zion special park uses office"),
                ],
                "footer": "Red Rock Rising · Slickrock Docs · permit on set at all times",
            },
        ),
        _nps(
            "estes_park",
            "High Country",
            D(2027, 6, 8),
            "07:00",
            {
                "time_style": "military",
                "date_style": "us_short",
                "company": "Bright Elk Media",
                "day_of": "Day 1 of 2",
                # HARD: the permit box prints the permit's date range beside the sheet's date
                "permit": "ROMO-27-0094",
                "park": "Rocky Mountain National Park",
                "valid": "valid 6/7/27 - 6/9/27",
                "hours": "0600 - 1900; 15 persons max",
                "monitor": "Ranger K. Lindqvist, radio ch. 2",
                "set": "the meadow overlook and the visitor center plaza",
                "plan": [
                    (0, "Crew call, monitor briefing", "Staging area"),
                    (30, "Drive up in 2 vans (timed-entry passes on dash)", "US Hwy 36"),
                    (60, "Elk in the meadow, long lens from the overlook", "Meadow overlook"),
                    (240, "Host stand-up on the plaza", "Visitor center plaza"),
                ],
                "rules": [
                    "Elk calving season: 75 ft minimum from any elk, 120 ft from cows with "
                    "calves. No generators; battery power only.",
                ],
                "contacts": [
                    ("Producer", "Cole Hanrahan (970) 555-0133"),
                    ("Park monitor", "Ranger K. Lindqvist"),
                ],
                "footer": "High Country · Bright Elk Media · ROMO permit 27-0094",
            },
        ),
        _nps(
            "gatlinburg",
            "Smoky Mountain Stories",
            D(2026, 10, 27),
            "07:30",
            {
                "time_style": "us_lower",
                "date_style": "caps_dots",
                "company": "Laurel Holler Productions",
                "day_of": "Day 4 of 5",
                "permit": "GRSM-26-0551",
                "park": "Great Smoky Mountains National Park",
                "hours": "7:00am - 5:00pm; 10 persons max",
                "monitor": "Ranger P. Oakley, radio ch. 6",
                "set": "the nature trail and the Cataract Falls path",
                "plan": [
                    (0, "Crew call; parking tags on dash", "Staging area"),
                    (30, "Interview: the park's historian", "Visitor center porch"),
                    (150, "Fall color B-roll, Cataract Falls path", "Cataract Falls path"),
                    (270, "Lunch (pack it in, pack it out)", "Picnic area"),
                ],
                "rules": [
                    "Peak leaf season: all equipment off the trail by 12pm. Black bears: 50 "
                    "yards; food stays in the vans.",
                ],
                "contacts": [
                    ("Producer", "Ada McCarter (865) 555-0159"),
                    ("Park monitor", "Ranger P. Oakley"),
                ],
                "footer": "Smoky Mountain Stories · Laurel Holler Productions",
            },
        ),
    ]


# --- near misses: schedule-like papers that plan no shoot --------------------------------------


Body = tuple[
    list[tuple[str, str]],
    tuple[list[str], list[float], list[tuple[str, ...]]],
    tuple[str, list[str]],
]


_nm_page = partial(near_miss_page, paper="letter", margin=44.0, top=52)


def _food_trucks() -> bytes:
    """A food truck rally's vendor load-in schedule: arrival slots, pads, power; a local TV
    station films a segment."""
    return _nm_page(
        ("FIRST FRIDAY FOOD TRUCK RALLY", "Riverside Park, Grand Forks, ND", "VENDOR LOAD-IN"),
        (
            [
                ("Event", "Friday, June 4, 2027 - gates open to the public 5:00 PM"),
                ("Load-in", "2:00 PM - 4:00 PM by slot; trucks parked and level by 4:30 PM"),
                ("Event manager", "Kari Lindgren (701) 555-0164"),
                ("Power", "30A hookups on pads 1-12; generators on pads 13-20 only"),
            ],
            (
                ["SLOT", "PAD", "VENDOR", "MENU"],
                [0, 70, 110, 300],
                [
                    ("2:00 PM", "1", "Red River Tacos", "tacos, elote"),
                    ("2:20 PM", "2", "Walleye Wagon", "fish sandwiches"),
                    ("2:40 PM", "13", "Knoephla Kitchen", "soup, fleischkuechle"),
                    ("3:00 PM", "14", "Sweet Prairie Cones", "ice cream"),
                ],
            ),
            (
                "Notes",
                [
                    "Channel 8's evening news films a live segment at 5:15 PM by pad 1: "
                    "keep the pad clear. Grease and grey water to the marked bins only.",
                ],
            ),
        ),
    )


def _little_league() -> bytes:
    """A Little League's opening-day schedule: parade line-up, game times, fields, umpires."""
    return _nm_page(
        ("KENNEBEC VALLEY LITTLE LEAGUE", "Opening Day · Waterville, ME", "SATURDAY APRIL 24"),
        (
            [
                ("Check-in", "8:00 AM at the snack shack; teams in uniform"),
                ("Parade", "8:30 AM line-up on Upper Field, Majors first"),
                ("Ceremony", "9:15 AM anthem, first pitch by the mayor"),
                ("League president", "Mike Thibodeau (207) 555-0171"),
            ],
            (
                ["TIME", "FIELD", "GAME", "UMPIRE"],
                [0, 70, 170, 380],
                [
                    ("10:00 AM", "Upper", "Majors: Pirates vs Red Sox", "Dube / Carrier"),
                    ("10:00 AM", "Lower", "Minors: Tigers vs Cubs", "Pomerleau"),
                    ("12:30 PM", "Upper", "Majors: Orioles vs Yankees", "Dube / Carrier"),
                    ("12:30 PM", "Lower", "T-ball: Ducks vs Loons", "volunteer coach"),
                ],
            ),
            (
                "Notes",
                [
                    "Team photos 8:00-9:00 AM behind the Lower Field backstop. The local cable "
                    "channel records the ceremony; families who do not want their child filmed "
                    "tell the coach.",
                ],
            ),
        ),
    )


def _field_day() -> bytes:
    """An amateur radio club's ARRL Field Day operating schedule: stations, bands, operators."""
    return _nm_page(
        ("MAGIC VALLEY AMATEUR RADIO CLUB", "ARRL Field Day · Twin Falls, ID", "OPERATING PLAN"),
        (
            [
                ("Dates", "Sat June 26 - Sun June 27, 2027"),
                ("Set-up", "Saturday 8:00 AM: antennas up by 11:00 AM"),
                ("On the air", "Saturday 12:00 PM MDT for 24 hours (class 3A)"),
                ("Field Day chair", "Rob Eckhart (208) 555-0182"),
            ],
            (
                ["SHIFT", "STATION", "BAND / MODE", "OPERATORS"],
                [0, 110, 190, 320],
                [
                    ("12:00-4:00 PM", "1", "20 m SSB", "Rob, Linda"),
                    ("12:00-4:00 PM", "2", "40 m CW", "Gary"),
                    ("4:00-8:00 PM", "3", "FT8 / digital", "Shawn, Beth"),
                    ("8:00 PM-12:00 AM", "1", "80 m SSB", "Linda, Tom"),
                ],
            ),
            (
                "Notes",
                [
                    "Generator refuelling at 6:00 PM and midnight. The club's video of the "
                    "public information table is shot by members for the website.",
                ],
            ),
        ),
    )


def _other_sheets() -> list[Sheet]:
    docs = [
        (
            "near_miss_food_truck_load_in",
            "a food truck rally's vendor load-in schedule, Letter: rally, park, 'VENDOR "
            "LOAD-IN'; event, load-in window, manager, power rows; a ruled SLOT / PAD / VENDOR / "
            "MENU table; notes on a TV station's live segment",
            _food_trucks,
        ),
        (
            "near_miss_little_league_opening_day",
            "a Little League opening-day schedule, Letter: league, town, the date; check-in, "
            "parade, ceremony, president rows; a ruled TIME / FIELD / GAME / UMPIRE table; notes "
            "on team photos and the cable channel recording the ceremony",
            _little_league,
        ),
        (
            "near_miss_arrl_field_day_plan",
            "an amateur radio club's ARRL Field Day operating plan, Letter: club, 'OPERATING "
            "PLAN'; dates, set-up, on-the-air, chair rows; a ruled SHIFT / STATION / BAND / MODE "
            "/ OPERATORS table; notes on refuelling and the club's video",
            _field_day,
        ),
    ]
    return near_misses(_sheet, docs)


def sheets() -> list[Sheet]:
    return [
        *_stage_sheets(),
        *_ulb_sheets(),
        *_doc_sheets(),
        *_hoja_sheets(),
        *_agency_sheets(),
        *_nps_sheets(),
        *_other_sheets(),
    ]
