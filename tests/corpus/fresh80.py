"""Eighty-first held-out set: call sheets as a crew member in the Pacific Northwest, Louisiana,
Quebec's Eastern Townships (in English), the Texas Hill Country, upstate New York / New England or
the Ohio Valley receives them, in towns not yet in the corpus (`fresh80_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh80"). Pacific Northwest indie features on a StudioBinder-style sheet: a
big GENERAL CREW CALL in the middle of the header, breakfast / lunch under it, weather and sun
on the right, LOCATION / PARKING / NEAREST HOSPITAL cells (Cannon Beach, Anacortes, Hood River);
Louisiana episodic sheets in the Movie Magic / Entertainment Partners manner: production office
left, title centred, CREW CALL / SHOOTING CALL right, scene and cast tables, a crew call grid on
page 2 (Natchitoches, Houma, Breaux Bridge); English-language Eastern Townships series sheets
exported from a digital call-sheet app: cards for the call, weather and sun, numbered location
pins, a schedule list (North Hatley, Knowlton, Stanstead); Texas Hill Country commercial
production company one-pagers with an AICP job block (Fredericksburg, Dripping Springs,
Kerrville); unscripted field shoots with a small crew and several stops in the day (Cooperstown,
Stowe, Rockport); student and micro-budget sheets made in Google Sheets (Maysville,
Gallipolis, Point Pleasant). Three near misses, all `other`: a middle school science fair's
judging schedule, an estate sale company's sale-weekend staff sheet and a town highway
department's winter storm plow-route assignment.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.corpus.draw import Canvas, centre
from tests.corpus.formats import add_minutes
from tests.corpus.fresh_common import (
    clock,
    date_or,
    fill,
    grey_text,
    head_table,
    label_rows,
    page,
    sheet_maker,
    time_or,
    titled_notes,
)
from tests.corpus.fresh_skeletons import Day, family, footer, near_miss_page, near_misses
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, cell, fit

D = dt.date

P: dict[str, Place] = {
    # (1) Pacific Northwest indie features (StudioBinder-style sheet)
    "cannon_beach": _p(
        "us",
        "Tolovana Beach State Recreation Site",
        "Hemlock St & Warren Way",
        "Cannon Beach, OR 97110",
        45.8717,
        -123.9611,
        "America/Los_Angeles",
        "Providence Seaside Hospital",
        "725 S Wahanna Rd",
        "Seaside, OR 97138",
        "(503) 717-7000",
        "City Park lot, 2nd St & Spruce St",
        "Cannon Beach, OR 97110",
    ),
    "anacortes": _p(
        "us",
        "W.T. Preston Sternwheeler",
        "703 R Ave",
        "Anacortes, WA 98221",
        48.5157,
        -122.6102,
        "America/Los_Angeles",
        "Island Hospital",
        "1211 24th St",
        "Anacortes, WA 98221",
        "(360) 299-1300",
        "Seafarers' Memorial Park lot, 601 Q Ave",
        "Anacortes, WA 98221",
    ),
    "hood_river": _p(
        "us",
        "Hood River Waterfront Park",
        "650 Portway Ave",
        "Hood River, OR 97031",
        45.7131,
        -121.5158,
        "America/Los_Angeles",
        "Providence Hood River Memorial Hospital",
        "810 12th St",
        "Hood River, OR 97031",
        "(541) 386-3911",
        "Port Marina lot, 1000 E Port Marina Dr",
        "Hood River, OR 97031",
    ),
    # (2) Louisiana episodic (Movie Magic / EP style; IATSE 478, Teamsters 270, DGA)
    "natchitoches": _p(
        "us",
        "Kaffie-Frederick General Mercantile",
        "758 Front St",
        "Natchitoches, LA 71457",
        31.7607,
        -93.0862,
        "America/Chicago",
        "Natchitoches Regional Medical Center",
        "501 Keyser Ave",
        "Natchitoches, LA 71457",
        "(318) 214-4200",
        "Natchitoches Events Center, 750 Second St",
        "Natchitoches, LA 71457",
    ),
    "houma": _p(
        "us",
        "Southdown Plantation House",
        "1208 Museum Dr",
        "Houma, LA 70360",
        29.5857,
        -90.7398,
        "America/Chicago",
        "Terrebonne General Health System",
        "8166 Main St",
        "Houma, LA 70360",
        "(985) 873-4141",
        "Houma-Terrebonne Civic Center, 346 Civic Center Blvd",
        "Houma, LA 70360",
    ),
    "breaux_bridge": _p(
        "us",
        "Cafe des Amis",
        "140 E Bridge St",
        "Breaux Bridge, LA 70517",
        30.2736,
        -91.8993,
        "America/Chicago",
        "St. Martin Hospital",
        "210 Champagne Blvd",
        "Breaux Bridge, LA 70517",
        "(337) 332-2178",
        "Parc Hardy lot, 112 Rees St",
        "Breaux Bridge, LA 70517",
    ),
    # (3) Eastern Townships series in English, a digital call-sheet app's PDF export
    "north_hatley": _p(
        "ca",
        "Manoir Hovey",
        "575 Chemin Hovey",
        "North Hatley, QC J0B 2C0",
        45.2772,
        -71.9640,
        "America/Toronto",
        "CHUS - Hôpital Fleurimont",
        "3001 12e Avenue N",
        "Sherbrooke, QC J1H 5N4",
        "(819) 346-1110",
        "Rue Main public lot, 3000 Chemin de la Rivière",
        "North Hatley, QC J0B 2C0",
    ),
    "knowlton": _p(
        "ca",
        "Brome County Museum",
        "130 Chemin Lakeside",
        "Lac-Brome, QC J0E 1V0",
        45.2163,
        -72.5141,
        "America/Toronto",
        "Brome-Missisquoi-Perkins Hospital",
        "950 Rue Principale",
        "Cowansville, QC J2K 1K3",
        "(450) 266-4342",
        "Lac-Brome Theatre lot, 9 Mount Echo Rd",
        "Lac-Brome, QC J0E 1V0",
    ),
    "stanstead": _p(
        "ca",
        "Haskell Free Library and Opera House",
        "1 Rue Church",
        "Stanstead, QC J0B 3E2",
        45.0057,
        -72.0981,
        "America/Toronto",
        "Hôpital Memphrémagog",
        "50 Rue Saint-Patrice E",
        "Magog, QC J1X 3X3",
        "(819) 843-2572",
        "Stanstead College lot, 450 Rue Dufferin",
        "Stanstead, QC J0B 3E2",
    ),
    # (4) Texas Hill Country commercial production company one-pagers (AICP)
    "fredericksburg": _p(
        "us",
        "Pioneer Museum",
        "325 W Main St",
        "Fredericksburg, TX 78624",
        30.2751,
        -98.8727,
        "America/Chicago",
        "Hill Country Memorial Hospital",
        "1020 S State Hwy 16",
        "Fredericksburg, TX 78624",
        "(830) 997-4353",
        "Marktplatz lot, 126 W Main St",
        "Fredericksburg, TX 78624",
    ),
    "dripping_springs": _p(
        "us",
        "Hamilton Pool Preserve",
        "24300 Hamilton Pool Rd",
        "Dripping Springs, TX 78620",
        30.3422,
        -98.1269,
        "America/Chicago",
        "Ascension Seton Hays",
        "6001 Kyle Pkwy",
        "Kyle, TX 78640",
        "(512) 504-5000",
        "Dripping Springs Ranch Park, 1042 Event Center Dr",
        "Dripping Springs, TX 78620",
    ),
    "kerrville": _p(
        "us",
        "Louise Hays Park",
        "202 Thompson Dr",
        "Kerrville, TX 78028",
        30.0466,
        -99.1394,
        "America/Chicago",
        "Peterson Regional Medical Center",
        "551 Hill Country Dr",
        "Kerrville, TX 78028",
        "(830) 896-4200",
        "Hill Country Youth Event Center, 3785 TX-27",
        "Kerrville, TX 78028",
    ),
    # (5) Unscripted field shoots, upstate New York / New England
    "cooperstown": _p(
        "us",
        "Fenimore Art Museum",
        "5798 State Hwy 80",
        "Cooperstown, NY 13326",
        42.7135,
        -74.9237,
        "America/New_York",
        "Bassett Medical Center",
        "1 Atwell Rd",
        "Cooperstown, NY 13326",
        "(607) 547-3456",
        "Doubleday Field lot, 1 Doubleday Ct",
        "Cooperstown, NY 13326",
    ),
    "stowe": _p(
        "us",
        "Trapp Family Lodge",
        "700 Trapp Hill Rd",
        "Stowe, VT 05672",
        44.4782,
        -72.7233,
        "America/New_York",
        "Copley Hospital",
        "528 Washington Hwy",
        "Morrisville, VT 05661",
        "(802) 888-8888",
        "Stowe Arena lot, 25 Weeks Hill Rd",
        "Stowe, VT 05672",
    ),
    "rockport": _p(
        "us",
        "Rockport Marine Park",
        "1 Pascal Ave",
        "Rockport, ME 04856",
        44.1858,
        -69.0748,
        "America/New_York",
        "Pen Bay Medical Center",
        "6 Glen Cove Dr",
        "Rockport, ME 04856",
        "(207) 921-8000",
        "Rockport Opera House lot, 6 Central St",
        "Rockport, ME 04856",
    ),
    # (6) Student / micro-budget sheets from Google Sheets, Ohio Valley
    "maysville": _p(
        "us",
        "Russell Theatre",
        "9 E 3rd St",
        "Maysville, KY 41056",
        38.6448,
        -83.7636,
        "America/New_York",
        "Meadowview Regional Medical Center",
        "989 Medical Park Dr",
        "Maysville, KY 41056",
        "(606) 759-5311",
        "Market St lot, 200 Market St",
        "Maysville, KY 41056",
    ),
    "gallipolis": _p(
        "us",
        "Gallipolis City Park",
        "349 1st Ave",
        "Gallipolis, OH 45631",
        38.8098,
        -82.2010,
        "America/New_York",
        "Holzer Medical Center",
        "100 Jackson Pike",
        "Gallipolis, OH 45631",
        "(740) 446-5000",
        "Ariel Opera House lot, 426 2nd Ave",
        "Gallipolis, OH 45631",
    ),
    "point_pleasant": _p(
        "us",
        "Mothman Museum",
        "400 Main St",
        "Point Pleasant, WV 25550",
        38.8444,
        -82.1372,
        "America/New_York",
        "Pleasant Valley Hospital",
        "2520 Valley Dr",
        "Point Pleasant, WV 25550",
        "(304) 675-4340",
        "Tu-Endie-Wei State Park lot, 1 Main St",
        "Point Pleasant, WV 25550",
    ),
}


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    _, m, h12, ap = clock(hhmm)
    forms = {
        "us_caps_a": f"{h12}:{m:02d}{ap[0]}",  # "7:00A"
        "short": f"{h12}{ap[0].lower()}" if m == 0 else f"{h12}:{m:02d}{ap[0].lower()}",  # "7a"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "slash_yy": f"{d.month}/{d.day}/{d:%y}",  # "9/14/27"
        "caps_long": f"{d:%A}, {d:%B} {d.day}, {d.year}".upper(),
        "abbr": f"{d:%a}, {d:%b} {d.day}, {d.year}",  # "Tue, Sep 14, 2027"
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh80")
_table = partial(head_table, size=7.5, lead=12, ruled=True)
_family = partial(family, _sheet, P)


def _written(t: str) -> partial[str]:
    return partial(hm, style=t)


# --- (1) Pacific Northwest indie feature, StudioBinder-style -----------------------------------


@_family(
    "pnw_indie_studiobinder_header",
    "Pacific Northwest indie feature call sheet in the StudioBinder manner, letter: company and "
    "producers left, a big centred GENERAL CREW CALL box with breakfast / lunch / shooting call "
    "under it, the title, the date and 'Day n of 18' right with weather, sunrise and sunset; "
    "LOCATION / PARKING / NEAREST HOSPITAL cells; SCENE / SET & DESCRIPTION / CAST / D/N / PGS "
    "scenes; # / CAST / CHARACTER / STATUS / PICKUP / HMU / ON SET cast; department calls; notes",
    name="indie_{key}",
)
def _indie(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    hmt = _written(t)
    c, x0, right = page("letter", "helvetica", margin=32.0)
    c.text(x0, 44, g["company"], 10, bold=True)
    for i, line in enumerate(g["people"]):
        c.text(x0, 57 + i * 10, line, 7.5)
    cx = c.width / 2 - 80
    c.box(cx, 30, 160, 66, 1.2)
    c.text(cx + 8, 42, "GENERAL CREW CALL", 7.5, bold=True)
    centre(c, 68, hmt(call), 24)
    if g.get("precall"):
        # HARD: a pre-call line inside the crew call box, an hour before the general call
        centre(c, 82, f"Talent / HMU pre-call {hmt(add_minutes(call, -60))}", 7, bold=False)
    else:
        centre(c, 82, f"Shooting call {hmt(add_minutes(call, 60))}", 7, bold=False)
    centre(
        c,
        92,
        f"Breakfast {hmt(add_minutes(call, -30))}  ·  Lunch {hmt(add_minutes(call, 360))}",
        7,
        bold=False,
    )
    c.right(right, 42, title.upper(), 13, bold=True)
    c.right(right, 55, day_text(day, g["date_style"]), 8.5)
    c.right(right, 66, g["day_of"], 8.5, bold=True)
    c.right(right, 78, g["weather"], 7.5)
    c.right(right, 89, f"Sunrise {hmt(rise)}  Sunset {hmt(fall)}", 7.5)
    w = (right - x0) / 3
    blocks = [
        ("1. LOCATION", [p.name, p.street, p.city, g["set"]]),
        ("PARKING / BASECAMP", [p.base_street, p.base_city, g["parking"]]),
        (
            "NEAREST HOSPITAL (ER)",
            [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
        ),
    ]
    for k, (head, lines) in enumerate(blocks):
        c.box(x0 + k * w, 106, w, 58, 0.6)
        cell(c, x0 + k * w, 106, w, head, lines, label_size=7, size=8)
    y = _table(
        c,
        x0,
        180,
        ["SCENE", "SET & DESCRIPTION", "CAST", "D/N", "PGS"],
        [0, 40, 330, 420, 470],
        g["scenes"],
        right,
    )
    cast = [
        (
            n,
            a,
            ch,
            st,
            hmt(add_minutes(call, o - 45)),
            hmt(add_minutes(call, o - 30)),
            hmt(add_minutes(call, o)),
        )
        for n, a, ch, st, o in g["cast"]
    ]
    y = _table(
        c,
        x0,
        y + 10,
        ["#", "CAST", "CHARACTER", "STATUS", "PICKUP", "HMU", "ON SET"],
        [0, 20, 130, 240, 300, 370, 440],
        cast,
        right,
    )
    crew = [(d, hmt(add_minutes(call, o))) for d, o in g["depts"]]
    half = (len(crew) + 1) // 2
    y0 = y + 10
    for col, rows in enumerate((crew[:half], crew[half:])):
        _table(
            c,
            x0 + col * (right - x0) / 2,
            y0,
            ["DEPARTMENT", "CALL"],
            [0, 170],
            rows,
            x0 + (col + 1) * (right - x0) / 2 - 6,
        )
    y = y0 + 12 * (half + 1) + 8
    titled_notes(c, x0, y + 6, "NOTES", 8.5, g["notes"], 8, right - x0, 10.5)
    footer(c, f"{title} · {g['company']} · no forced calls without UPM approval", x0)
    return c.output()


def _indie_sheets() -> list[Sheet]:
    depts = [
        ("Production / AD", -30),
        ("Camera", 0),
        ("Grip & Electric", 0),
        ("Sound", 15),
        ("Art / Props", -15),
        ("Wardrobe", -45),
        ("Hair & Make-up", -60),
        ("Craft / Catering", -60),
    ]
    return [
        _indie(
            "cannon_beach",
            "Low Tide Saints",
            D(2027, 7, 13),
            "06:00",
            {
                "time_style": "us",
                "date_style": "us_long",
                "company": "Haystack Pictures LLC",
                "people": [
                    "Producers: Mara Lindqvist, Joel Ocampo",
                    "Director: Tessa Byrne",
                    "UPM: Dee Harlan (503) 555-0131",
                ],
                "day_of": "Day 4 of 18",
                "weather": "Marine layer, clearing PM · 64°F / 52°F",
                "set": "the beach below Haystack Rock at low tide",
                "parking": "Crew cars here; shuttle van to the beach access",
                "scenes": [
                    (
                        "14",
                        "EXT. TOLOVANA BEACH - TIDEPOOLS - Nell finds the ring",
                        "1, 3",
                        "D2",
                        "2 1/8",
                    ),
                    ("15", "EXT. BEACH ACCESS STAIRS - Nell and Rafe argue", "1, 2", "D2", "1 4/8"),
                    ("22", "EXT. TOLOVANA BEACH - WATERLINE - the kite", "2, 3", "D3", "6/8"),
                ],
                "cast": [
                    ("1", "Annika Sorel", "Nell", "W", 0),
                    ("2", "Darius Webb", "Rafe", "W", 90),
                    ("3", "Lily Cho", "Junie (minor)", "SW", 30),
                ],
                "depts": depts,
                "notes": [
                    "Low tide 7:48 AM (-1.2 ft): tidepool scenes first, nothing after 10:30 AM. "
                    "Do not step on the marine garden; a Haystack Rock Awareness volunteer is on "
                    "set. "
                    "Studio teacher for Lily from call; minor's hours per Oregon BOLI.",
                ],
            },
        ),
        _indie(
            "anacortes",
            "Low Tide Saints",
            D(2027, 8, 24),
            "07:00",
            {
                "time_style": "us_caps_a",
                "date_style": "abbr",
                # HARD: a 'Talent / HMU pre-call' line an hour earlier inside the crew call box
                # (expected the general crew call, 07:00)
                "precall": True,
                "company": "Haystack Pictures LLC",
                "people": [
                    "Producers: Mara Lindqvist, Joel Ocampo",
                    "Director: Tessa Byrne",
                    "UPM: Dee Harlan (503) 555-0131",
                ],
                "day_of": "Day 12 of 18",
                "weather": "Sunny, light NW wind · 72°F / 55°F",
                "set": "the sternwheeler's deck and pilot house",
                "parking": "Q Ave lot; do not block the marina ramp",
                "scenes": [
                    (
                        "41",
                        "INT. STERNWHEELER - PILOT HOUSE - Rafe's confession",
                        "1, 2",
                        "D7",
                        "3 2/8",
                    ),
                    ("42", "EXT. STERNWHEELER - DECK - the toast", "1, 2, 4", "D7", "1 5/8"),
                ],
                "cast": [
                    ("1", "Annika Sorel", "Nell", "W", 0),
                    ("2", "Darius Webb", "Rafe", "W", 0),
                    ("4", "Frank Obi", "Captain Moss", "SWF", 180),
                ],
                "depts": depts,
                "notes": [
                    "Museum vessel: soft-soled shoes only on deck, no gaffer tape on the brass. "
                    "Maritime Heritage Center staff open the pilot house at 7:30A.",
                ],
            },
        ),
        _indie(
            "hood_river",
            "Low Tide Saints",
            D(2027, 9, 14),
            "07:30",
            {
                "time_style": "us",
                "date_style": "slash_yy",
                "company": "Haystack Pictures LLC",
                "people": [
                    "Producers: Mara Lindqvist, Joel Ocampo",
                    "Director: Tessa Byrne",
                    "UPM: Dee Harlan (503) 555-0131",
                ],
                "day_of": "Day 17 of 18",
                "weather": "Sunny, gusty W wind 20-25 mph · 78°F / 54°F",
                "set": "the swim beach and the kiteboard launch",
                "parking": "Marina lot east end; the Event Site is closed to crew cars",
                "scenes": [
                    (
                        "88",
                        "EXT. WATERFRONT PARK - SWIM BEACH - Nell's last swim",
                        "1",
                        "D16",
                        "1 6/8",
                    ),
                    ("89", "EXT. KITE LAUNCH - Rafe watches from the jetty", "2", "D16", "7/8"),
                    ("91", "EXT. WATERFRONT PARK - LAWN - the goodbye", "1, 2, 3", "D16", "2 3/8"),
                ],
                "cast": [
                    ("1", "Annika Sorel", "Nell", "W", 0),
                    ("2", "Darius Webb", "Rafe", "W", 60),
                    ("3", "Lily Cho", "Junie (minor)", "WF", 240),
                ],
                "depts": depts,
                "notes": [
                    "Water safety: two lifeguards and the safety kayak in the water for sc. 88. "
                    "Wind over 25 mph: cover set is the lawn (sc. 91) first.",
                ],
            },
        ),
    ]


# --- (2) Louisiana episodic, Movie Magic / EP style, crew grid on page 2 -----------------------


@_family(
    "la_episodic_ep_crew_grid",
    "Louisiana series episodic call sheet in the Movie Magic / Entertainment Partners manner, two "
    "pages letter: production office block left, title, episode and 'CALL SHEET' centred, date, "
    "'Day n of 14', CREW CALL and SHOOTING CALL right over sunrise / sunset and weather; a ruled "
    "row SET LOCATION / BASECAMP & CREW PARKING / NEAREST HOSPITAL; SET / SCENE / CAST / D/N / PGS "
    "scenes; CAST / CHARACTER / STATUS / PU / MU/WARD / SET cast; IATSE 478 / Teamsters 270 / "
    "DGA / SAG-AFTRA footer; page 2 a DEPT / POSITION / NAME / CALL crew grid",
    name="episodic_{key}",
)
def _episodic(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    hmt = _written(t)
    c, x0, right = page("letter", "helvetica", margin=30.0)
    for i, line in enumerate([g["company"], *g["office"]]):
        c.text(x0, 40 + i * 10, line, 8 if i else 9, bold=not i)
    centre(c, 44, title.upper(), 16)
    centre(c, 58, g["episode"], 9, bold=False)
    centre(c, 72, "CALL SHEET", 11)
    rx = right - 170
    c.box(rx, 30, 170, 92, 0.8)
    label_rows(
        c,
        rx + 5,
        42,
        right - 4,
        [
            ("DATE:", day_text(day, g["date_style"])),
            ("", g["day_of"]),
            ("CREW CALL:", hmt(call)),
            ("SHOOTING CALL:", hmt(add_minutes(call, g["shoot"]))),
            ("SUNRISE:", hmt(rise)),
            ("SUNSET:", hmt(fall)),
        ],
        7.5,
        74,
        12,
    )
    c.hline(x0, rx - 8, 98, 0.8)
    c.text(x0, 110, g["line"], 7.5, bold=True)
    c.text(x0, 121, f"WEATHER: {g['weather']}", 7.5)
    w = (right - x0) / 3
    blocks = [
        ("SET LOCATION", [p.name, p.street, p.city, g["set"]]),
        ("BASECAMP & CREW PARKING", [p.base_street, p.base_city, g["parking"]]),
        ("NEAREST HOSPITAL", [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]),
    ]
    for k, (head, lines) in enumerate(blocks):
        c.box(x0 + k * w, 130, w, 56, 0.6)
        cell(c, x0 + k * w, 130, w, head, lines, label_size=7, size=8)
    y = _table(
        c,
        x0,
        202,
        ["SET", "SCENE", "CAST", "D/N", "PGS"],
        [0, 290, 340, 420, 470],
        g["scenes"],
        right,
    )
    cast = [
        (n, a, ch, st, *(hmt(add_minutes(call, o + s)) for s in (-75, -60, 0)))
        for n, a, ch, st, o in g["cast"]
    ]
    y = _table(
        c,
        x0,
        y + 10,
        ["#", "CAST", "CHARACTER", "STATUS", "PU", "MU/WARD", "SET"],
        [0, 20, 140, 260, 320, 390, 460],
        cast,
        right,
    )
    titled_notes(c, x0, y + 10, "SPECIAL INSTRUCTIONS", 8.5, g["notes"], 8, right - x0, 10.5)
    footer(c, "IATSE LOCAL 478 · TEAMSTERS LOCAL 270 · DGA · SAG-AFTRA  ·  Page 1 of 2", x0)
    c.new_page()
    c.text(x0, 40, f"{title.upper()} - {g['episode']} - CREW CALLS", 10, bold=True)
    c.right(right, 40, day_text(day, g["date_style"]), 8.5)
    crew = [(d, pos, n, hmt(add_minutes(call, o))) for d, pos, n, o in g["crew"]]
    _table(c, x0, 60, ["DEPT", "POSITION", "NAME", "CALL"], [0, 100, 260, 440], crew, right)
    footer(c, f"{title} · {g['company']}  ·  Page 2 of 2", x0)
    return c.output()


_BAYOU_CREW = [
    ("PRODUCTION", "UPM", "Claire Thibodeaux", -60),
    ("AD", "1st AD", "Ronnie Guidry", -30),
    ("AD", "2nd AD", "Kim Arceneaux", -45),
    ("CAMERA", "DP", "Ivo Petrakis", 0),
    ("CAMERA", "A Cam Operator", "Jules Mouton", 0),
    ("G&E", "Gaffer", "Earl Landry", 0),
    ("G&E", "Key Grip", "Bo Hebert", 0),
    ("SOUND", "Mixer", "Tamsin Ruiz", 15),
    ("ART", "Set Decorator", "Pia Fontenot", -30),
    ("HMU", "Dept Head Make-up", "Lourdes Vaughn", -75),
    ("WARDROBE", "Costume Supervisor", "Grace LeBlanc", -75),
    ("TRANSPO", "Captain (Local 270)", "Dale Broussard", -90),
    ("LOCATIONS", "Location Manager", "Nate Savoie", -90),
    ("MEDIC", "Set Medic", "Rhonda Pitre, EMT-P", -30),
]


def _episodic_sheets() -> list[Sheet]:
    office = [
        "Production office: 2000 Dickory Ave",
        "Harahan, LA 70123",
        "(504) 555-0160",
    ]
    return [
        _episodic(
            "natchitoches",
            "Cane River Blue",
            D(2027, 1, 19),
            "07:00",
            {
                "time_style": "us",
                "date_style": "us_long",
                "company": "Red River Road Productions, LLC",
                "office": office,
                "episode": "Episode 103 'Front Street'",
                "day_of": "Day 5 of 14",
                "shoot": 75,
                "weather": "Cloudy, 58°F / 39°F",
                "line": (
                    "No forced calls. Louisiana Film Tax Credit production: sign in daily with "
                    "the 2nd AD."
                ),
                "set": "the mercantile's shop floor and the Front Street brick sidewalk",
                "parking": "Events Center north lot; shuttle to Front St",
                "scenes": [
                    (
                        "INT. MERCANTILE - SHOP FLOOR - Del buys the pocketknife",
                        "12",
                        "1, 4",
                        "D2",
                        "2 3/8",
                    ),
                    (
                        "EXT. FRONT STREET - BRICK SIDEWALK - the parade route",
                        "13",
                        "1, 2, 5",
                        "D2",
                        "1 7/8",
                    ),
                    ("EXT. CANE RIVER LAKE - RIVERBANK STEPS", "15", "2", "D2", "5/8"),
                ],
                "cast": [
                    ("1", "Cole Marchand", "Del Rachal", "W", 0),
                    ("2", "Nia Batiste", "Odile", "W", 60),
                    ("4", "Walt Kimbro", "Mr. Kaffie", "SW", 0),
                    ("5", "Jada Pierce", "Bandleader", "SWF", 120),
                ],
                "crew": _BAYOU_CREW,
                "notes": [
                    "Front St is open to traffic: the City of Natchitoches police detail holds "
                    "traffic for takes only. Shop stays open to customers between set-ups.",
                ],
            },
        ),
        _episodic(
            "houma",
            "Cane River Blue",
            D(2027, 2, 23),
            "16:30",
            {
                "time_style": "military",
                "date_style": "abbr",
                # HARD: a night shoot called at 1630, an hour before sunset, the wrap printed
                # as 0530 next morning in the notes (expected 16:30)
                "company": "Red River Road Productions, LLC",
                "office": office,
                "episode": "Episode 105 'Bayou Terrebonne'",
                "day_of": "Day 9 of 14 (NIGHTS)",
                "shoot": 90,
                "weather": "Humid, fog after midnight, 68°F / 54°F",
                "line": "NIGHT EXTERIORS. Turnaround: crew call tomorrow 1730.",
                "set": "the plantation house gallery and the oak alley",
                "parking": "Civic Center lot B; basecamp at the loading dock",
                "scenes": [
                    (
                        "EXT. SOUTHDOWN - GALLERY - NIGHT - the standoff",
                        "31",
                        "1, 3",
                        "N4",
                        "2 6/8",
                    ),
                    ("EXT. OAK ALLEY - NIGHT - headlights", "32", "1, 2, 3", "N4", "1 3/8"),
                    ("INT. SOUTHDOWN - PARLOR - NIGHT", "34", "2, 3", "N4", "1 1/8"),
                ],
                "cast": [
                    ("1", "Cole Marchand", "Del Rachal", "W", 0),
                    ("2", "Nia Batiste", "Odile", "W", 90),
                    ("3", "August Pellerin", "Sheriff Boudreaux", "W", 0),
                ],
                "crew": _BAYOU_CREW,
                "notes": [
                    "Estimated wrap 0530. Hot meal at 2230. Museum collection in the parlor: "
                    "no food, drink or haze inside. Fog machines outside only, fire watch on the "
                    "gallery.",
                ],
            },
        ),
        _episodic(
            "breaux_bridge",
            "Cane River Blue",
            D(2027, 3, 30),
            "06:30",
            {
                "time_style": "us",
                "date_style": "us_ordinal",
                "company": "Red River Road Productions, LLC",
                "office": office,
                "episode": "Episode 107 'Crawfish Capital'",
                "day_of": "Day 2 of 14",
                "shoot": 60,
                "weather": "Partly sunny, 79°F / 60°F, 20% PM storms",
                "line": "Zydeco band pre-record at 9:00 AM; playback on set all morning.",
                "set": "the cafe dining room and the Bridge St storefront",
                "parking": "Parc Hardy lot; no crew cars on Bridge St",
                "scenes": [
                    (
                        "INT. CAFE DES AMIS - DINING ROOM - zydeco breakfast",
                        "44",
                        "1, 2, 6",
                        "D8",
                        "3 1/8",
                    ),
                    ("EXT. BRIDGE STREET - STOREFRONT - Odile leaves", "45", "2", "D8", "4/8"),
                ],
                "cast": [
                    ("1", "Cole Marchand", "Del Rachal", "W", 30),
                    ("2", "Nia Batiste", "Odile", "W", 0),
                    ("6", "Remy Ardoin", "Accordion Player", "SWF", 60),
                ],
                "crew": _BAYOU_CREW,
                "notes": [
                    "40 BG in the dining room: holding in the Parc Hardy pavilion. "
                    "Lightning within 8 miles: exteriors stop, crew to the trucks.",
                ],
            },
        ),
    ]


# --- (3) Eastern Townships series in English: a digital call-sheet app's PDF export ------------


@_family(
    "qc_townships_digital_app_export",
    "English-language Eastern Townships series call sheet exported to PDF from a digital call-"
    "sheet app, letter in DejaVu: a coloured band with the production and 'Call Sheet · Day n'; "
    "an 'updated' stamp; four cards CREW CALL / DATE / WEATHER / SUN; a 'Locations' list with "
    "numbered pins (1 set, P parking, H hospital); a schedule list with times; a cast list with "
    "calls; department contacts; an export footer with page numbers",
    name="app_{key}",
)
def _app(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    hmt = _written(t)
    c, x0, right = page("letter", "sans", margin=36.0)
    c.pdf.set_fill_color(36, 62, 99)
    c.pdf.rect(0, 0, c.width, 58, style="F")
    c.pdf.set_text_color(255, 255, 255)
    c.text(x0, 30, title, 16, bold=True)
    c.text(x0, 46, f"{g['company']} · {g['episode']}", 8.5)
    c.right(right, 30, f"Call Sheet · {g['day_of']}", 11, bold=True)
    c.right(right, 46, g["stamp"], 7)
    c.pdf.set_text_color(0, 0, 0)
    w = (right - x0 - 24) / 4
    cards = [
        ("CREW CALL", hmt(call), 16),
        ("DATE", day_text(day, g["date_style"]), 9),
        ("WEATHER", g["weather"], 9),
        ("SUN", f"↑ {hmt(rise)}   ↓ {hmt(fall)}", 9),
    ]
    for i, (lab, val, size) in enumerate(cards):
        bx = x0 + i * (w + 8)
        fill(c, bx, 70, w, 44, 240)
        grey_text(c, bx + 8, 83, lab, 7)
        fit(c, bx + 8, 104, val, size, w - 14, bold=i == 0)
    c.text(x0, 136, "Locations", 11, bold=True)
    pins = [
        ("1", f"{p.name} — {g['set']}", f"{p.street}, {p.city}"),
        ("P", "Crew parking & basecamp", f"{p.base_street}, {p.base_city}"),
        (
            "H",
            f"Nearest hospital (ER 24h): {p.hospital}",
            f"{p.hospital_street}, {p.hospital_city} · {p.hospital_phone}",
        ),
    ]
    y = 154
    for pin, line1, line2 in pins:
        c.pdf.set_fill_color(36, 62, 99)
        c.pdf.ellipse(x0, y - 9, 12, 12, style="F")
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0 + 3.2, y, pin, 7, bold=True)
        c.pdf.set_text_color(0, 0, 0)
        fit(c, x0 + 20, y, line1, 9, right - x0 - 20, bold=True)
        fit(c, x0 + 20, y + 11, line2, 8.5, right - x0 - 20)
        y += 28
    c.text(x0, y + 8, "Schedule", 11, bold=True)
    y = _table(
        c,
        x0,
        y + 22,
        ["TIME", "", "SCENES / NOTES"],
        [0, 70, 140],
        [(hmt(add_minutes(call, o)), k, s) for o, k, s in g["schedule"]],
        right,
        ruled=False,
    )
    c.text(x0, y + 12, "Cast", 11, bold=True)
    cast = [
        (a, ch, hmt(add_minutes(call, o - 60)), hmt(add_minutes(call, o))) for a, ch, o in g["cast"]
    ]
    y = _table(
        c,
        x0,
        y + 26,
        ["NAME", "ROLE", "HMU", "ON SET"],
        [0, 150, 300, 380],
        cast,
        right,
        ruled=False,
    )
    titled_notes(c, x0, y + 12, "Notes", 11, g["notes"], 8.5, right - x0, 11)
    footer(c, f"{title} · {g['company']} · PDF export · Page 1 of 1", x0)
    return c.output()


def _app_sheets() -> list[Sheet]:
    return [
        _app(
            "north_hatley",
            "The Hatley Inn",
            D(2027, 9, 28),
            "07:30",
            {
                "time_style": "us",
                "date_style": "abbr",
                # HARD: the export's 'Updated' stamp, the evening before with its own time, sits
                # in the header above the date card (expected the 28th, 07:30)
                "stamp": "Updated Mon, Sep 27, 2027 9:42 PM",
                "company": "Massawippi Films inc.",
                "episode": "Ep. 2 'Fall Colours'",
                "day_of": "Day 6",
                "weather": "Sunny, 17°C / 6°C",
                "set": "the lakeside terrace and the library",
                "schedule": [
                    (0, "Crew", "Crew call, breakfast in the carriage house"),
                    (60, "Sc. 8, 9", "EXT. TERRACE - Hélène and Tom at breakfast"),
                    (240, "Sc. 11", "INT. LIBRARY - the guest book"),
                    (330, "Lunch", "Carriage house"),
                    (390, "Sc. 14", "EXT. DOCK - golden hour, wrap by sunset"),
                ],
                "cast": [
                    ("Maude Bellerose", "Hélène", 60),
                    ("Patrick Sloane", "Tom", 60),
                    ("Irene Kovač", "Mrs. Abbott", 240),
                ],
                "notes": [
                    "The inn is open: guests in the dining room all day. Quiet on the stairs. "
                    "ACTRA / AQTIS 514 IATSE agreements apply.",
                ],
            },
        ),
        _app(
            "knowlton",
            "The Hatley Inn",
            D(2027, 10, 12),
            "07:00",
            {
                "time_style": "h24",
                "date_style": "us_long",
                "stamp": "Updated Mon, Oct 11, 2027 6:15 PM",
                "company": "Massawippi Films inc.",
                "episode": "Ep. 4 'Loyalists'",
                "day_of": "Day 14",
                "weather": "Showers, 12°C / 4°C",
                "set": "the museum's old schoolhouse and the fire hall",
                "schedule": [
                    (0, "Crew", "Crew call at the museum"),
                    (60, "Sc. 22", "INT. SCHOOLHOUSE - Tom reads the letter"),
                    (210, "Sc. 23", "INT. FIRE HALL - the old engine"),
                    (330, "Lunch", "Theatre lobby"),
                    (390, "Sc. 25", "EXT. LAKESIDE RD - rain cover"),
                ],
                "cast": [
                    ("Patrick Sloane", "Tom", 60),
                    ("Gerald Finch", "Curator", 60),
                ],
                "notes": [
                    "Museum artefacts: handled by the museum's staff only. Rain cover: sc. 25 "
                    "moves under the theatre's porch.",
                ],
            },
        ),
        _app(
            "stanstead",
            "The Hatley Inn",
            D(2027, 6, 15),
            "08:00",
            {
                "time_style": "us",
                "date_style": "us_long",
                "stamp": "Updated Mon, Jun 14, 2027 8:05 PM",
                "company": "Massawippi Films inc.",
                "episode": "Ep. 1 'The Line'",
                "day_of": "Day 2",
                "weather": "Mixed sun and cloud, 24°C / 11°C",
                "set": "the reading room and the opera house stage",
                "schedule": [
                    (0, "Crew", "Crew call, load in by the Church St door"),
                    (90, "Sc. 3", "INT. READING ROOM - the border line on the floor"),
                    (300, "Lunch", "Stanstead College dining hall"),
                    (360, "Sc. 5", "INT. OPERA HOUSE - STAGE - rehearsal"),
                ],
                "cast": [
                    ("Maude Bellerose", "Hélène", 90),
                    ("Dale Whitcomb", "US Customs Officer", 360),
                ],
                "notes": [
                    "The building straddles the Canada-US border: stay on the Canadian side "
                    "unless the library staff say so. Passports with you. Library open 10-5.",
                ],
            },
        ),
    ]


# --- (4) Texas Hill Country commercial, production company one-pager (AICP) --------------------


@_family(
    "tx_hill_country_aicp_onepager",
    "Texas Hill Country commercial call sheet from an Austin production company, one page letter: "
    "company and address left, 'CALL SHEET' and the shoot date right; an AICP job block CLIENT / "
    "AGENCY / PRODUCT / JOB # / DIRECTOR / DP / EP / PRODUCER; a bold CREW CALL box beside "
    "AGENCY-CLIENT CALL, TALENT CALL, 1ST SHOT, LUNCH, EST. WRAP; LOCATION / PARKING / NEAREST "
    "ER cells; weather and sun; a TIME / SCHEDULE list and a crew list with calls; SAG-AFTRA "
    "Commercials Contract line",
    name="spot_{key}",
)
def _spot(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    hmt = _written(t)
    c, x0, right = page("letter", "helvetica", margin=34.0)
    c.text(x0, 44, g["company"].upper(), 14, bold=True)
    grey_text(c, x0, 56, g["address"], 7.5)
    c.right(right, 40, "CALL SHEET", 14, bold=True)
    c.right(
        right,
        54,
        f"SHOOT DATE: {day_text(day, g['date_style'])}{g.get('weather_day', '')}",
        8.5,
        bold=True,
    )
    c.hline(x0, right, 64, 1.5)
    job = [
        ("CLIENT", g["client"]),
        ("AGENCY", g["agency"]),
        ("PRODUCT", title),
        ("JOB #", g["job"]),
        ("DIRECTOR", g["director"]),
        ("DP", g["dp"]),
        ("EP", g["ep"]),
        ("PRODUCER", g["producer"]),
    ]
    half = (right - x0) / 2
    for i, (k, v) in enumerate(job):
        xx, yy = x0 + (i % 2) * half, 78 + (i // 2) * 12
        c.text(xx, yy, k, 7.5, bold=True)
        fit(c, xx + 60, yy, v, 8.5, half - 66)
    y = 78 + 4 * 12 + 2
    c.box(x0, y, 140, 62, 1.8)
    c.text(x0 + 8, y + 14, "CREW CALL", 9, bold=True)
    c.text(x0 + 8, y + 46, hmt(call), 24, bold=True)
    calls = [(lab, hmt(add_minutes(call, o))) for lab, o in g["calls"]]
    label_rows(c, x0 + 156, y + 12, x0 + 340, calls, 8, 100, 11.5)
    label_rows(
        c,
        x0 + 350,
        y + 12,
        right,
        [
            ("WEATHER", g["weather"]),
            ("SUNRISE", hmt(rise)),
            ("SUNSET", hmt(fall)),
            ("RAIN", g["rain"]),
        ],
        8,
        60,
        11.5,
    )
    y += 74
    w = (right - x0) / 3
    blocks = [
        ("LOCATION", [p.name, p.street, p.city, g["set"]]),
        ("CREW PARKING / BASECAMP", [p.base_street, p.base_city, g["parking"]]),
        ("NEAREST ER", [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]),
    ]
    for k, (head, lines) in enumerate(blocks):
        c.box(x0 + k * w, y, w, 58, 0.6)
        cell(c, x0 + k * w, y, w, head, lines, label_size=7, size=8)
    y += 76
    sched = [(hmt(add_minutes(call, o)), s) for o, s in g["schedule"]]
    _table(c, x0, y, ["TIME", "SCHEDULE"], [0, 60], sched, x0 + 260)
    crew = [(pos, n, hmt(add_minutes(call, o))) for pos, n, o in g["crew"]]
    y2 = _table(c, x0 + 272, y, ["POSITION", "NAME", "CALL"], [0, 95, 200], crew, right)
    y = max(y + 12 * (len(sched) + 1), y2)
    titled_notes(c, x0, y + 14, "NOTES", 9, g["notes"], 8, right - x0, 10.5)
    footer(
        c, "SAG-AFTRA Commercials Contract · AICP guidelines · NO SOCIAL MEDIA POSTS FROM SET", x0
    )
    return c.output()


_SPOT_CREW = [
    ("Line Producer", "Becca Alvarado", -30),
    ("1st AD", "Hank Tijerina", -15),
    ("DP", "Sofia Lund", 0),
    ("1st AC", "Marco Reyes", 0),
    ("Gaffer", "Travis Kuehn", 0),
    ("Key Grip", "Luis Orta", 0),
    ("Sound", "Nell Pruitt", 30),
    ("Art Director", "June Oberle", -60),
    ("HMU", "Aja Brooks", -30),
    ("Stylist", "Carmen Vela", -30),
    ("PA", "Zeke Dunn", -60),
]


def _spot_sheets() -> list[Sheet]:
    return [
        _spot(
            "fredericksburg",
            "Hill Country Peach Tea",
            D(2027, 4, 20),
            "06:00",
            {
                "time_style": "us_caps_a",
                "date_style": "us_long",
                "company": "Limestone & Light",
                "address": "1101 E 6th St, Austin, TX 78702 · (512) 555-0148",
                "client": "Pedernales Beverage Co.",
                "agency": "Yellow Rose Creative",
                "job": "LL-2714",
                "director": "Abel Castañeda",
                "dp": "Sofia Lund",
                "ep": "Renata Hoch",
                "producer": "Becca Alvarado",
                "calls": [
                    ("AGENCY / CLIENT", 120),
                    ("TALENT CALL", 30),
                    ("1ST SHOT", 90),
                    ("LUNCH", 360),
                    ("EST. WRAP", 720),
                ],
                "weather": "Sunny, 84°F / 58°F",
                "rain": "0%",
                "set": "the museum's Main Street porch and the Sunday house",
                "parking": "Marktplatz lot; client video village in the Vereins Kirche shade",
                "schedule": [
                    (0, "Crew call, breakfast burritos"),
                    (90, "1st shot: porch pour, hero can"),
                    (240, "Sunday house: family table"),
                    (360, "Lunch"),
                    (420, "Main St walk-and-sip"),
                    (600, "Magic hour: peach orchard plate"),
                ],
                "crew": _SPOT_CREW,
                "notes": [
                    "Museum grounds: no stakes in the lawn, sandbags only. Hero product handled "
                    "by the stylist only. Heat plan: shade tents and water at every set-up.",
                ],
            },
        ),
        _spot(
            "dripping_springs",
            "Hill Country Peach Tea",
            D(2027, 3, 9),
            "06:30",
            {
                "time_style": "us",
                "date_style": "slash_yy",
                # HARD: the weather day's date printed right after the shoot date
                # (expected the shoot date, 3/9/27)
                "weather_day": "   (WEATHER DAY: 3/10/27)",
                "company": "Limestone & Light",
                "address": "1101 E 6th St, Austin, TX 78702 · (512) 555-0148",
                "client": "Pedernales Beverage Co.",
                "agency": "Yellow Rose Creative",
                "job": "LL-2711",
                "director": "Abel Castañeda",
                "dp": "Sofia Lund",
                "ep": "Renata Hoch",
                "producer": "Becca Alvarado",
                "calls": [
                    ("AGENCY / CLIENT", 150),
                    ("TALENT CALL", 60),
                    ("1ST SHOT", 120),
                    ("LUNCH", 360),
                    ("EST. WRAP", 660),
                ],
                "weather": "Clear, 71°F / 45°F",
                "rain": "10%",
                "set": "the grotto and the pool's waterfall",
                "parking": "Ranch Park lot; preserve shuttle only (Travis County permit)",
                "schedule": [
                    (0, "Crew call at Ranch Park, shuttle in"),
                    (120, "1st shot: grotto, swimmers"),
                    (360, "Lunch at the trailhead"),
                    (420, "Waterfall pour, slow-mo"),
                    (600, "Wrap, carry out"),
                ],
                "crew": _SPOT_CREW,
                "notes": [
                    "Travis County Parks permit on set with the line producer. The trail is 1/4 "
                    "mile, steep: carts and backpacks only. Swimming talent with a lifeguard.",
                ],
            },
        ),
        _spot(
            "kerrville",
            "Hill Country Peach Tea",
            D(2027, 5, 18),
            "06:00",
            {
                "time_style": "military",
                "date_style": "us_long",
                "company": "Limestone & Light",
                "address": "1101 E 6th St, Austin, TX 78702 · (512) 555-0148",
                "client": "Pedernales Beverage Co.",
                "agency": "Yellow Rose Creative",
                "job": "LL-2719",
                "director": "Abel Castañeda",
                "dp": "Sofia Lund",
                "ep": "Renata Hoch",
                "producer": "Becca Alvarado",
                "calls": [
                    ("AGENCY / CLIENT", 120),
                    ("TALENT CALL", 45),
                    ("1ST SHOT", 90),
                    ("LUNCH", 360),
                    ("EST. WRAP", 720),
                ],
                "weather": "Hot, 91°F / 66°F",
                "rain": "30% after 4 PM",
                "set": "the Guadalupe River bank and the tubing launch",
                "parking": "Youth Event Center lot; vans to the park every 15 min",
                "schedule": [
                    (0, "Crew call, breakfast"),
                    (90, "River tubing, drone plate"),
                    (360, "Lunch under the pavilion"),
                    (420, "Picnic table: friends toast"),
                    (660, "Sunset silhouettes on the dam"),
                ],
                "crew": _SPOT_CREW,
                "notes": [
                    "Drone: Part 107 pilot, City of Kerrville notified. River water is cold "
                    "and moving: life jackets for everyone in the water.",
                ],
            },
        ),
    ]


# --- (5) Unscripted field shoot: small crew, several stops in the day -------------------------


@_family(
    "ne_unscripted_field_stops",
    "Unscripted series field-shoot call sheet from a New York production company, letter: show, "
    "episode and 'FIELD SHOOT' over the date; a line of CREW CALL / FIRST STOP / WRAP (est.); "
    "the crew (field producer, two shooters, audio, PA) with cell numbers; an ITINERARY table "
    "TIME / STOP / ADDRESS / WHAT WE'RE SHOOTING / CONTACT; a weather and sun line; the nearest "
    "ER to the first stop; gear and releases notes",
    name="field_{key}",
)
def _field(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    hmt = _written(t)
    c, x0, right = page("letter", "helvetica", margin=40.0)
    c.text(x0, 48, title, 18, bold=True)
    c.text(x0, 64, f"{g['episode']}  ·  FIELD SHOOT", 10)
    c.right(right, 48, day_text(day, g["date_style"]), 10, bold=True)
    c.right(right, 62, g["company"], 8)
    c.hline(x0, right, 72, 0.8)
    c.text(x0, 90, g.get("call_line", f"CREW CALL: {hmt(call)}"), 11, bold=True)
    c.right(right, 84, f"FIRST STOP: {hmt(add_minutes(call, g['stops'][0][0]))}", 8.5)
    c.right(right, 96, f"EST. WRAP: {hmt(add_minutes(call, g['wrap']))}", 8.5)
    c.text(x0, 104, f"Meet at: {g['meet']}", 8.5)
    c.text(x0 + 230, 104, f"Stop 1: {g['set']}", 8.5)
    c.text(x0, 120, "CREW", 9, bold=True)
    for i, (role, name, cell_no) in enumerate(g["crew"]):
        xx, yy = x0 + (i % 2) * 260, 132 + (i // 2) * 11
        c.text(xx, yy, f"{role}: {name}  {cell_no}", 8)
    y = 132 + ((len(g["crew"]) + 1) // 2) * 11 + 10
    stops = []
    for k, (o, stop, addr, what, who) in enumerate(g["stops"]):
        if k == 0:
            addr = f"{p.name}, {p.street}, {p.city}"
        stops.append((hmt(add_minutes(call, o)), stop, addr, what, who))
    y = _table(
        c,
        x0,
        y + 6,
        ["TIME", "STOP", "ADDRESS", "WHAT WE'RE SHOOTING", "CONTACT"],
        [0, 46, 76, 316, 440],
        stops,
        right,
        size=7,
        lead=13,
    )
    c.text(
        x0,
        y + 14,
        f"Weather: {g['weather']}   ·   Sunrise {hmt(rise)}   ·   Sunset {hmt(fall)}",
        8.5,
    )
    c.box(x0, y + 24, right - x0, 40, 0.8)
    c.text(x0 + 6, y + 36, "NEAREST ER (to Stop 1)", 8, bold=True)
    c.text(x0 + 6, y + 48, f"{p.hospital}, {p.hospital_street}, {p.hospital_city}", 8.5)
    c.text(x0 + 6, y + 59, f"{p.hospital_phone} · {g['er_drive']}", 8.5)
    c.text(x0, y + 80, f"Parking / vehicles: {p.base_street}, {p.base_city}", 8.5)
    titled_notes(c, x0, y + 98, "GEAR / RELEASES", 9, g["notes"], 8.5, right - x0, 11)
    footer(c, f"{title} · {g['company']} · questions to the field producer, not the talent", x0)
    return c.output()


def _field_crew(fp: str) -> list[tuple[str, str, str]]:
    return [
        ("Field Producer", fp, "(917) 555-0112"),
        ("Shooter A", "Dev Raman", "(917) 555-0127"),
        ("Shooter B", "Kit Larsen", "(646) 555-0193"),
        ("Audio", "Rosa Imbert", "(347) 555-0140"),
        ("PA / Driver", "Theo Marsh", "(917) 555-0175"),
    ]


def _field_sheets() -> list[Sheet]:
    return [
        _field(
            "cooperstown",
            "Small Town Big Table",
            D(2027, 6, 29),
            "07:00",
            {
                "time_style": "us",
                "date_style": "us_long",
                "company": "Brightfield Unscripted, NYC",
                "episode": "Ep. 205 'Hall of Fame Hot Dogs'",
                "meet": "Inn lobby, Main St (crew hotel)",
                "crew": _field_crew("Maya Goldfarb"),
                "wrap": 660,
                "set": "the museum's lawn and terrace",
                "stops": [
                    (60, "1", "", "Host open on the lawn; the lake view", "Museum events: Lisa"),
                    (
                        210,
                        "2",
                        "Doubleday Field, 1 Doubleday Ct",
                        "Hot dog cart, fans, B-roll",
                        "Vendor: Sal",
                    ),
                    (
                        330,
                        "3",
                        "Brewery Ommegang, 656 County Hwy 33",
                        "Lunch + brewer interview",
                        "Taproom mgr",
                    ),
                    (510, "4", "Otsego Lake boat launch", "Golden hour boat ride", "Captain Jim"),
                ],
                "weather": "Sunny, 79°F / 56°F",
                "er_drive": "5 min from Stop 1",
                "notes": [
                    "Appearance releases for every face: a PA stands with the clipboard. "
                    "Location releases signed for Stops 1-3; Stop 4 is public water. "
                    "Batteries: charge at lunch. No drone over the museum.",
                ],
            },
        ),
        _field(
            "stowe",
            "Small Town Big Table",
            D(2027, 1, 26),
            "07:30",
            {
                "time_style": "short",
                "date_style": "abbr",
                "company": "Brightfield Unscripted, NYC",
                "episode": "Ep. 209 'Maple and Snow'",
                "meet": "Green Mountain Inn parking, Main St",
                "crew": _field_crew("Owen Castellano"),
                "wrap": 570,
                "set": "the lodge's bakery and the ski trails",
                "stops": [
                    (30, "1", "", "Bakery: strudel with the pastry chef", "Lodge PR: Anna"),
                    (
                        180,
                        "2",
                        "Cold Hollow Cider Mill, 3600 Waterbury-Stowe Rd",
                        "Cider donuts",
                        "Owner",
                    ),
                    (300, "3", "Stowe Village, Main St", "Lunch, host walk", "-"),
                    (420, "4", "Sugarhouse on the Mountain Rd", "Sugar on snow", "Sugarmaker"),
                ],
                "weather": "Snow showers, 19°F / 4°F",
                "er_drive": "20 min from Stop 1 (Route 100 N)",
                "notes": [
                    "Cold weather: hand warmers and spare batteries in the inside pocket. "
                    "Snow tires on both vans. Releases for the bakery staff before we roll.",
                ],
            },
        ),
        _field(
            "rockport",
            "Small Town Big Table",
            D(2027, 8, 3),
            "04:30",
            {
                "time_style": "short",
                "date_style": "slash_yy",
                # HARD: a sunrise shoot: the call line reads 'CALL: 4:30a (SUNRISE SHOOT ...)',
                # not CREW CALL, the first stop at 4:45a beside it (expected the call, 04:30)
                "call_line": "CALL: 4:30a (SUNRISE SHOOT - on the float by first light)",
                "company": "Brightfield Unscripted, NYC",
                "episode": "Ep. 212 'Lobster at Dawn'",
                "meet": "Rockport Harbor, the town float",
                "crew": _field_crew("Maya Goldfarb"),
                "wrap": 600,
                "set": "the harbor float and the lobster boat",
                "stops": [
                    (15, "1", "", "Haul traps at sunrise on the Ellie Mae", "Capt. Ben"),
                    (270, "2", "Camden Harbor Park, Atlantic Ave, Camden", "Host stand-ups", "-"),
                    (360, "3", "Lobster pound, US-1, Rockport", "Lunch: steamers", "Owner: Deb"),
                    (480, "4", "Mount Battie summit road", "View, close", "Park ranger"),
                ],
                "weather": "Fog early, clearing, 74°F / 58°F",
                "er_drive": "6 min from Stop 1",
                "notes": [
                    "On the boat: life jackets on, one shooter + audio only; the B-cam stays on "
                    "the float. Everything waterproofed. Captain's release signed the day before.",
                ],
            },
        ),
    ]


# --- (6) Student / micro-budget sheet made in Google Sheets -----------------------------------


_ROW = 15.0


def _gs_row(
    c: Canvas,
    x0: float,
    y: float,
    cols: list[float],
    cells: tuple[str, ...],
    bold: bool = False,
    shade: int | None = None,
    h: float = _ROW,
) -> None:
    """One spreadsheet row `h` deep: light grid lines round each cell; a text runs on over the
    empty cells to its right, as Google Sheets prints an overflowing cell, else it is fitted."""
    if shade is not None:
        fill(c, x0, y, sum(cols), h, shade)
    c.pdf.set_draw_color(200, 200, 200)
    texts = list(cells) + [""] * (len(cols) - len(cells))
    x = x0
    for w in cols:
        c.box(x, y, w, h, 0.3)
        x += w
    c.pdf.set_draw_color(0, 0, 0)
    x = x0
    for i, (w, text) in enumerate(zip(cols, texts, strict=True)):
        if text:
            room = w
            for w2, nxt in zip(cols[i + 1 :], texts[i + 1 :], strict=True):
                if nxt:
                    break
                room += w2
            if room > w:
                fill(c, x + w - 1, y + 1, room - w, h - 2, 255 if shade is None else shade)
            fit(c, x + 3, y + h - 4.5, text, 8.5, room - 6, bold=bold)
        x += w


@_family(
    "ohv_student_google_sheets",
    "Student / micro-budget call sheet made in Google Sheets and printed to PDF, letter in Arial "
    "(Helvetica): light grey cell grid, a merged title row shaded yellow; two-column label / value "
    "cells (DATE, CALL TIME, LOCATION, ADDRESS, PARKING, NEAREST HOSPITAL, WEATHER, SUNRISE, "
    "SUNSET); SCHEDULE rows; CAST & CREW with roles, calls and phones; notes; once the export "
    "breaks onto a second page",
    name="gsheet_{key}",
)
def _gsheet(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    hmt = _written(t)
    c, x0, right = page("letter", "helvetica", margin=36.0)
    cols = [110.0, 150.0, 110.0, right - x0 - 370]
    grid = partial(_gs_row, c, x0, h=g.get("row", _ROW))
    step = g.get("row", _ROW)
    y = 36.0
    c.pdf.set_fill_color(255, 242, 204)
    c.pdf.rect(x0, y, right - x0, 22, style="F")
    c.text(x0 + 4, y + 15, f"{title.upper()} - CALL SHEET", 12, bold=True)
    c.right(right - 4, y + 15, g["course"], 8)
    y += 26
    facts = [
        ("DATE", day_text(day, g["date_style"]), "SHOOT DAY", g["day_of"]),
        ("CALL TIME", hmt(call), "WRAP (est.)", hmt(add_minutes(call, g["wrap"]))),
        ("LOCATION", p.name, "SET", g["set"]),
        ("ADDRESS", f"{p.street}, {p.city}", "", ""),
        ("PARKING", f"{p.base_street}, {p.base_city}", "", ""),
        ("WEATHER", g["weather"], "SUNRISE / SUNSET", f"{hmt(rise)} / {hmt(fall)}"),
        ("DIRECTOR", g["director"], "PRODUCER", g["producer"]),
    ]
    hospital_rows = [
        ("NEAREST HOSPITAL", p.hospital, "PHONE", p.hospital_phone),
        ("HOSPITAL ADDRESS", f"{p.hospital_street}, {p.hospital_city}", "", ""),
    ]
    if not g.get("spill"):
        facts += hospital_rows
    for cells in facts:
        grid(y, cols, cells)
        y += step
    y += step
    wide = [70.0, 250.0, right - x0 - 320]
    grid(y, wide, ("TIME", "SCHEDULE", "WHO"), bold=True, shade=230)
    y += step
    for o, what, who in g["schedule"]:
        grid(y, wide, (hmt(add_minutes(call, o)), what, who))
        y += step
    y += step
    crew_cols = [130.0, 130.0, 70.0, right - x0 - 330]
    grid(y, crew_cols, ("NAME", "ROLE", "CALL", "PHONE"), bold=True, shade=230)
    y += step
    for name, role, o, phone in g["people"]:
        grid(y, crew_cols, (name, role, hmt(add_minutes(call, o)), phone))
        y += step
    if g.get("spill"):
        # HARD: the export breaks onto page 2: the hospital rows and the notes print there
        c.new_page()
        y = 36.0
        for cells in hospital_rows:
            grid(y, cols, cells)
            y += step
    y += step
    grid(y, [right - x0], ("NOTES",), bold=True, shade=230)
    y += step
    for note in g["notes"]:
        grid(y, [right - x0], (note,))
        y += step
    return c.output()


def _gsheet_sheets() -> list[Sheet]:
    return [
        _gsheet(
            "maysville",
            "Last Reel at the Russell",
            D(2026, 12, 12),
            "08:00",
            {
                "time_style": "short",
                "date_style": "us_short",
                "course": "NKU EMB 490 Senior Project",
                "day_of": "2 of 4",
                "wrap": 600,
                "set": "the auditorium and the marquee",
                "weather": "Cloudy, 38°F / 26°F",
                "director": "Hannah Goetz",
                "producer": "Luis Amaya",
                "schedule": [
                    (0, "Load in, set up lights in the auditorium", "Everyone"),
                    (60, "Sc 3: projection booth, Abby threads the film", "Abby, Mr. Pruitt"),
                    (240, "Lunch (pizza, vegan option)", ""),
                    (300, "Sc 5: auditorium seats, the last show", "Abby, Jordan"),
                    (480, "Exterior marquee at dusk", "Camera, Abby"),
                ],
                "people": [
                    ("Hannah Goetz", "Director", 0, "(859) 555-0110"),
                    ("Luis Amaya", "Producer / 1st AD", -30, "(859) 555-0123"),
                    ("Keisha Ford", "DP", 0, "(513) 555-0188"),
                    ("Sam Whitt", "Gaffer / grip", 0, "(606) 555-0135"),
                    ("Tori Baird", "Sound", 30, "(859) 555-0162"),
                    ("Ellie Carver", "Abby (actor)", 30, "(606) 555-0147"),
                    ("Jordan Pike", "Jordan (actor)", 240, "(859) 555-0199"),
                ],
                "notes": [
                    "The theatre is heated only in the lobby: bring layers. Do not touch the "
                    "marquee letters.",
                    "Carpool from NKU Lot M at 6:45a. Gas money from Luis.",
                ],
            },
        ),
        _gsheet(
            "gallipolis",
            "River Days",
            D(2027, 4, 10),
            "07:00",
            {
                "time_style": "short",
                "date_style": "us_long",
                # HARD: the Google Sheets export spills onto a second page: the NEAREST HOSPITAL
                # rows print at the top of page 2 (expected Holzer Medical Center)
                "spill": True,
                "row": 21.0,
                "course": "Rio Grande COMM 3620",
                "day_of": "1 of 2",
                "wrap": 630,
                "set": "the bandstand and the riverbank",
                "weather": "Sunny, 68°F / 44°F",
                "director": "Marcus Lyle",
                "producer": "Bethany Cremeans",
                "schedule": [
                    (0, "Crew call at the bandstand, unload cars", "Everyone"),
                    (45, "Sc 1: sunrise light, Dot on the bench", "Dot"),
                    (150, "Sc 2: bandstand, the fight", "Dot, Ray"),
                    (300, "Lunch at the park shelter", ""),
                    (360, "Sc 4: riverbank, skipping stones", "Dot, Ray, Grandpa"),
                    (510, "Pickups / B-roll of the barges", "Camera"),
                ],
                "people": [
                    ("Marcus Lyle", "Director", 0, "(740) 555-0101"),
                    ("Bethany Cremeans", "Producer", -30, "(740) 555-0133"),
                    ("Caleb Sayre", "DP", 0, "(740) 555-0157"),
                    ("Nora Halley", "Sound / boom", 15, "(304) 555-0168"),
                    ("Gracie Wood", "Dot (actor)", 15, "(740) 555-0172"),
                    ("Anthony Riggs", "Ray (actor)", 120, "(740) 555-0184"),
                    ("Dale Roush", "Grandpa (actor)", 330, "(740) 555-0190"),
                    ("Ivy Brumfield", "Script / PA", 0, "(740) 555-0114"),
                    ("Ben Skidmore", "Grip / PA", 0, "(740) 555-0126"),
                    ("Hollie Sheets", "Hair & make-up", -15, "(740) 555-0138"),
                    ("Jacob Wells", "Wardrobe / props", 0, "(740) 555-0149"),
                    ("Maddie Clay", "BTS photos", 60, "(740) 555-0153"),
                    ("Tyler Frazee", "2nd camera", 120, "(740) 555-0161"),
                    ("Ruth Saunders", "Catering (Grandma)", 240, "(740) 555-0179"),
                ],
                "notes": [
                    "Park is public: we don't block the walkway. City park permit in the "
                    "producer's car.",
                    "Barges on the river: keep the boom out of the water.",
                ],
            },
        ),
        _gsheet(
            "point_pleasant",
            "Red Eyes Over the Ohio",
            D(2027, 10, 30),
            "18:00",
            {
                "time_style": "short",
                "date_style": "slash_yy",
                "course": "Marshall University DMA 470 (no-budget short)",
                "day_of": "3 of 3 (NIGHT)",
                "wrap": 360,
                "set": "the museum's front and the Main Street sidewalk",
                "weather": "Clear, cold, 52°F / 36°F",
                "director": "Priya Nair",
                "producer": "Cody Jividen",
                "schedule": [
                    (0, "Crew call, set up lights on Main St", "Everyone"),
                    (60, "Sc 7: museum window, the red eyes", "Kayla"),
                    (150, "Dinner (subs)", ""),
                    (210, "Sc 8: Main St sidewalk chase", "Kayla, Dev"),
                    (300, "Sc 9: the statue, final shot", "Kayla"),
                ],
                "people": [
                    ("Priya Nair", "Director", 0, "(304) 555-0109"),
                    ("Cody Jividen", "Producer / AD", -30, "(304) 555-0121"),
                    ("Zach Harless", "DP", 0, "(304) 555-0144"),
                    ("Megan Sayre", "Sound", 0, "(304) 555-0152"),
                    ("Kayla Burdette", "Jess (actor)", 30, "(304) 555-0166"),
                    ("Dev Chandra", "Stranger (actor)", 180, "(304) 555-0178"),
                ],
                "notes": [
                    "Night shoot: reflective vests on the sidewalk, someone watching traffic. "
                    "Museum owner OK'd the window until midnight.",
                    "Rides back to Huntington: Cody's van leaves at 12:30a.",
                ],
            },
        ),
    ]


# --- near misses: papers that send people to an address at a time but plan no shoot ------------


_nm_page = partial(near_miss_page, paper="letter", margin=44.0, top=54, label_width=120)


def _science_fair() -> bytes:
    """A middle school science fair's judging schedule: judges' check-in, rooms, rounds."""
    return _nm_page(
        (
            "FREDERICKSBURG MIDDLE SCHOOL",
            "Science Department · Fredericksburg ISD",
            "SCIENCE FAIR JUDGING",
        ),
        (
            [
                ("Date", "Thursday, February 11, 2027"),
                ("Judges check in", "7:30 AM, library (coffee and kolaches)"),
                ("Students set up", "7:00 AM - 7:45 AM in the gym; boards only, no open flames"),
                ("Coordinator", "Mrs. Weinheimer, (830) 555-0117"),
            ],
            (
                ["TIME", "ROUND", "ROOM", "CATEGORY"],
                [0, 70, 230, 330],
                [
                    ("8:00 AM", "Round 1 interviews", "Gym, rows A-F", "Life science"),
                    ("9:30 AM", "Round 2 interviews", "Gym, rows G-M", "Physical science"),
                    ("11:00 AM", "Scoring and ties", "Library", "All"),
                    ("6:00 PM", "Awards and public viewing", "Cafeteria", "Families welcome"),
                ],
            ),
            (
                "Notes for judges",
                [
                    "Score sheets in your folder; please do not discuss scores in front of "
                    "students. The yearbook club may take photos and a short video of the awards.",
                ],
            ),
        ),
    )


def _estate_sale() -> bytes:
    """An estate sale company's sale-weekend staff sheet: shifts, stations, the line at the door."""
    return _nm_page(
        (
            "HEIRLOOM & HEARTH ESTATE SALES",
            "Licensed, bonded & insured · Saratoga Springs, NY",
            "SALE WEEKEND STAFF SHEET",
        ),
        (
            [
                ("Sale", "The Van Alstyne estate, 14 Lake Ave, Ballston Spa"),
                ("Dates", "Fri 5/14/27 - Sun 5/16/27"),
                ("Staff arrive", "7:30 AM Friday (doors open 9:00 AM, numbers handed out at 8)"),
                ("Sale manager", "Donna Pratt (518) 555-0129"),
            ],
            (
                ["SHIFT", "STATION", "STAFF", "NOTES"],
                [0, 90, 210, 320],
                [
                    ("Fri 7:30-3", "Front door / numbers", "Carl, Jen", "20 in at a time"),
                    ("Fri 8:00-3", "Checkout (dining rm)", "Donna, Amir", "Cash, card, no checks"),
                    ("Sat 8:00-3", "Basement tools", "Pete", "Watch the stairs"),
                    ("Sun 9:00-2", "Half-price day", "All", "Haul-away 3:00 PM"),
                ],
            ),
            (
                "Reminders",
                [
                    "No early sales, no holds by phone. Photograph sold tags on furniture. "
                    "Family members take their items home Thursday night.",
                ],
            ),
        ),
    )


def _plow_routes() -> bytes:
    """A town highway department's winter storm plow-route assignment: call-out, trucks, routes."""
    return _nm_page(
        (
            "TOWN OF STOWE HIGHWAY DEPARTMENT",
            "Public Works · Stowe, Vermont",
            "STORM CALL-OUT / PLOW ROUTES",
        ),
        (
            [
                ("Storm", "Nor'easter, 10-16 in. forecast, Tue 1/19/27 into Wed"),
                ("Call-out", "All drivers report 3:00 AM Tuesday to the town garage"),
                ("Salt / sand", "Pre-treat hills only; shed at 55% full"),
                ("Foreman", "Rick Demers, radio ch. 2 · (802) 555-0170"),
            ],
            (
                ["TRUCK", "DRIVER", "ROUTE", "PRIORITY"],
                [0, 60, 170, 380],
                [
                    ("T-4", "Gary M.", "Mountain Rd (Rte 108) to the resort", "1 - school bus"),
                    ("T-6", "Lena B.", "Village, Main St, School St", "1 - emergency"),
                    ("T-7", "Josh K.", "Moscow Rd, River Rd", "2"),
                    ("P-2", "Al F.", "Town lots, sidewalks", "3 - after 6:00 AM"),
                ],
            ),
            (
                "Drivers",
                [
                    "12-hour max then 8 hours off. Log every mailbox strike. The local news may "
                    "ride along on T-6 with the foreman's OK; keep your radio traffic clean.",
                ],
            ),
        ),
    )


def _other_sheets() -> list[Sheet]:
    docs = [
        (
            "near_miss_science_fair_judging",
            "a Texas middle school's science fair judging schedule, letter: school, 'SCIENCE FAIR "
            "JUDGING', date, judges check in 7:30 AM, student set-up, coordinator; a ruled TIME / "
            "ROUND / ROOM / CATEGORY table; notes for judges (the yearbook club filming awards)",
            _science_fair,
        ),
        (
            "near_miss_estate_sale_staff_sheet",
            "an upstate New York estate sale company's sale-weekend staff sheet, letter: company, "
            "sale address, dates, staff arrive 7:30 AM, sale manager; a ruled SHIFT / STATION / "
            "STAFF / NOTES table; reminders",
            _estate_sale,
        ),
        (
            "near_miss_plow_route_callout",
            "a Vermont town highway department's storm call-out and plow routes, letter: storm, "
            "drivers report 3:00 AM, salt, foreman; a ruled TRUCK / DRIVER / ROUTE / PRIORITY "
            "table; notes for drivers (a news crew may ride along)",
            _plow_routes,
        ),
    ]
    return near_misses(_sheet, docs)


def sheets() -> list[Sheet]:
    return [
        *_indie_sheets(),
        *_episodic_sheets(),
        *_app_sheets(),
        *_spot_sheets(),
        *_field_sheets(),
        *_gsheet_sheets(),
        *_other_sheets(),
    ]
