"""Seventy-eighth held-out set: call sheets as a crew member in Vancouver, Los Angeles, New York,
Atlanta, Albuquerque or Toronto receives them, in towns not yet in the corpus (`fresh77_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh77"). Vancouver series episodic sheets with a CREW CALL / SHOOTING CALL
grid, a Weather / Sunrise / Sunset box and SET 1 / SET 2 / BASECAMP / CREW PARKING / NEAREST
HOSPITAL rows under DGC BC / IATSE 891 / Teamsters 155 / UBCP-ACTRA (Steveston, Ladner, Port
Moody); Los Angeles commercial production companies' landscape one-pagers with JOB #, CLIENT /
AGENCY, a big CALL box, a Thomas Guide page, a schedule and a crew list by department (El
Segundo, Simi Valley, Palmdale); New York indie features with the nearest subway, trucks /
holding and the MOME permit (Greenpoint, Red Hook, Nyack); Georgia streaming-series sheets with
a shaded left rail of the day's facts and a COMPANY MOVE strip between LOCATION 1 and LOCATION 2
(Marietta, Conyers, Griffin); New Mexico westerns with wrangler and livestock calls, the ranch's
directions and elevation (Galisteo, Placitas, Los Lunas); Toronto lifestyle renovation series
shoot days at homeowners' houses (Stouffville, Oakville, Port Credit). Three near misses, all
`other`: a moving company's move-day confirmation, a realtor's open-house and listing-shoot
schedule and a school field trip itinerary.

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
    hospital_lines,
    label_rows,
    page,
    sheet_maker,
    time_or,
    titled_notes,
)
from tests.corpus.fresh_skeletons import Day, family, footer, near_miss_page, near_misses
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date

P: dict[str, Place] = {
    # (1) Vancouver series episodic (DGC BC / IATSE 891), Lower Mainland towns
    "steveston": _p(
        "ca",
        "Britannia Shipyards National Historic Site",
        "5180 Westwater Dr",
        "Richmond, BC V7E 6P3",
        49.1236,
        -123.1727,
        "America/Vancouver",
        "Richmond Hospital",
        "7000 Westminster Hwy",
        "Richmond, BC V6X 1A2",
        "(604) 278-9711",
        "Garry Point Park lot, 12011 7th Ave",
        "Richmond, BC V7E 3H8",
    ),
    "ladner": _p(
        "ca",
        "Delta Museum and Archives",
        "4858 Delta St",
        "Delta, BC V4K 2T8",
        49.0894,
        -123.0826,
        "America/Vancouver",
        "Delta Hospital",
        "5800 Mountain View Blvd",
        "Delta, BC V4K 3V6",
        "(604) 946-1121",
        "Ladner Leisure Centre lot, 4600 Clarence Taylor Cres",
        "Delta, BC V4K 3W3",
    ),
    "port_moody": _p(
        "ca",
        "Rocky Point Park",
        "2800 Murray St",
        "Port Moody, BC V3H 1X2",
        49.2808,
        -122.8497,
        "America/Vancouver",
        "Eagle Ridge Hospital",
        "475 Guildford Way",
        "Port Moody, BC V3H 3W9",
        "(604) 461-2022",
        "Port Moody Recreation Complex, 300 Ioco Rd",
        "Port Moody, BC V3H 2V7",
    ),
    # (2) Los Angeles commercial production company one-pagers
    "el_segundo": _p(
        "us",
        "El Segundo Recreation Park",
        "401 Sheldon St",
        "El Segundo, CA 90245",
        33.9225,
        -118.4090,
        "America/Los_Angeles",
        "Cedars-Sinai Marina del Rey Hospital",
        "4650 Lincoln Blvd",
        "Marina del Rey, CA 90292",
        "(310) 823-8911",
        "City Hall lot, 350 Main St",
        "El Segundo, CA 90245",
    ),
    "simi_valley": _p(
        "us",
        "Corriganville Park",
        "7001 Smith Rd",
        "Simi Valley, CA 93063",
        34.2661,
        -118.6553,
        "America/Los_Angeles",
        "Adventist Health Simi Valley",
        "2975 N Sycamore Dr",
        "Simi Valley, CA 93065",
        "(805) 955-6000",
        "Rancho Santa Susana Community Park, 5005 Los Angeles Ave",
        "Simi Valley, CA 93063",
    ),
    "palmdale": _p(
        "us",
        "Palmdale Amphitheater",
        "2723 Rancho Vista Blvd",
        "Palmdale, CA 93551",
        34.5997,
        -118.1466,
        "America/Los_Angeles",
        "Palmdale Regional Medical Center",
        "38600 Medical Center Dr",
        "Palmdale, CA 93551",
        "(661) 382-5000",
        "Pelona Vista Park, 37000 Tierra Subida Ave",
        "Palmdale, CA 93551",
    ),
    # (3) New York indie features
    "greenpoint": _p(
        "us",
        "Peter Pan Donut & Pastry Shop",
        "727 Manhattan Ave",
        "Brooklyn, NY 11222",
        40.7259,
        -73.9520,
        "America/New_York",
        "NYC Health + Hospitals/Woodhull",
        "760 Broadway",
        "Brooklyn, NY 11206",
        "(718) 963-8000",
        "West St between Kent St & Greenpoint Ave",
        "Brooklyn, NY 11222",
    ),
    "red_hook": _p(
        "us",
        "Valentino Pier",
        "Ferris St & Coffey St",
        "Brooklyn, NY 11231",
        40.6778,
        -74.0187,
        "America/New_York",
        "NewYork-Presbyterian Brooklyn Methodist Hospital",
        "506 6th St",
        "Brooklyn, NY 11215",
        "(718) 780-3000",
        "Van Brunt St at Reed St",
        "Brooklyn, NY 11231",
    ),
    "nyack": _p(
        "us",
        "Edward Hopper House",
        "82 N Broadway",
        "Nyack, NY 10960",
        41.0937,
        -73.9181,
        "America/New_York",
        "Montefiore Nyack Hospital",
        "160 N Midland Ave",
        "Nyack, NY 10960",
        "(845) 348-2000",
        "Artopee Way municipal lot",
        "Nyack, NY 10960",
    ),
    # (4) Georgia streaming series, metro Atlanta and south of it
    "marietta": _p(
        "us",
        "Earl Smith Strand Theatre",
        "117 N Park Sq NE",
        "Marietta, GA 30060",
        33.9533,
        -84.5496,
        "America/New_York",
        "Wellstar Kennestone Hospital",
        "677 Church St NE",
        "Marietta, GA 30060",
        "(770) 793-5000",
        "Cobb Civic Center, 548 S Marietta Pkwy SE",
        "Marietta, GA 30060",
    ),
    "conyers": _p(
        "us",
        "Georgia International Horse Park",
        "1996 Centennial Olympic Pkwy NE",
        "Conyers, GA 30013",
        33.6547,
        -83.9656,
        "America/New_York",
        "Piedmont Rockdale Hospital",
        "1412 Milstead Ave NE",
        "Conyers, GA 30012",
        "(770) 918-3000",
        "Horse Park Lot C, Centennial Olympic Pkwy",
        "Conyers, GA 30013",
    ),
    "griffin": _p(
        "us",
        "Spalding County Courthouse",
        "132 E Solomon St",
        "Griffin, GA 30223",
        33.2467,
        -84.2640,
        "America/New_York",
        "Wellstar Spalding Regional Hospital",
        "601 S 8th St",
        "Griffin, GA 30224",
        "(770) 228-2721",
        "Griffin Welcome Center lot, 143 N Hill St",
        "Griffin, GA 30223",
    ),
    # (5) New Mexico westerns, Albuquerque / Santa Fe crews
    "galisteo": _p(
        "us",
        "Cerro Pelon Ranch",
        "County Rd 42",
        "Galisteo, NM 87540",
        35.4000,
        -105.9500,
        "America/Denver",
        "CHRISTUS St. Vincent Regional Medical Center",
        "455 St Michaels Dr",
        "Santa Fe, NM 87505",
        "(505) 983-3361",
        "Hwy 41 pull-off at County Rd 42",
        "Galisteo, NM 87540",
    ),
    "placitas": _p(
        "us",
        "Diamond Tail Ranch",
        "Diamond Tail Rd",
        "Placitas, NM 87043",
        35.3300,
        -106.3600,
        "America/Denver",
        "UNM Sandoval Regional Medical Center",
        "3001 Broadmoor Blvd NE",
        "Rio Rancho, NM 87144",
        "(505) 994-7000",
        "Placitas Community Library lot, 453 Hwy 165",
        "Placitas, NM 87043",
    ),
    "los_lunas": _p(
        "us",
        "Luna Mansion",
        "110 W Main St",
        "Los Lunas, NM 87031",
        34.8064,
        -106.7325,
        "America/Denver",
        "UNM Hospital",
        "2211 Lomas Blvd NE",
        "Albuquerque, NM 87106",
        "(505) 272-2111",
        "Daniel Fernandez Park, 1101 Luchetti Blvd",
        "Los Lunas, NM 87031",
    ),
    # (6) Toronto lifestyle renovation series, homeowners' houses in the GTA
    "stouffville": _p(
        "ca",
        "the Okafor house",
        "38 Edward St",
        "Stouffville, ON L4A 1A5",
        43.9705,
        -79.2450,
        "America/Toronto",
        "Markham Stouffville Hospital",
        "381 Church St",
        "Markham, ON L3P 7P3",
        "(905) 472-7000",
        "Stouffville GO station lot, 6176 Main St",
        "Stouffville, ON L4A 1B8",
    ),
    "oakville": _p(
        "ca",
        "the Brennan-Lau house",
        "211 Chisholm St",
        "Oakville, ON L6K 3J3",
        43.4420,
        -79.6700,
        "America/Toronto",
        "Oakville Trafalgar Memorial Hospital",
        "3001 Hospital Gate",
        "Oakville, ON L6M 0L8",
        "(905) 845-2571",
        "Oakville Centennial Pool lot, 120 Navy St",
        "Oakville, ON L6J 2Z4",
    ),
    "port_credit": _p(
        "ca",
        "the Kowalczyk house",
        "74 Wesley Ave",
        "Mississauga, ON L5H 2M6",
        43.5510,
        -79.5860,
        "America/Toronto",
        "Trillium Health Partners - Mississauga Hospital",
        "100 Queensway W",
        "Mississauga, ON L5B 1B8",
        "(905) 848-7100",
        "Port Credit Memorial Park lot, 32 Park St E",
        "Mississauga, ON L5G 1L4",
    ),
}


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    _, m, h12, ap = clock(hhmm)
    forms = {
        "us_caps_a": f"{h12}:{m:02d}{ap[0]}",  # "6:30A"
        "us_tight": f"{h12}:{m:02d}{ap}",  # "6:30AM"
        "us_dots": f"{h12}:{m:02d} {ap[0].lower()}.m.",  # "6:30 a.m." (Canadian press style)
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "caps_long": f"{d:%A}, {d:%B} {d.day}, {d.year}".upper(),  # "TUESDAY, MARCH 16, 2027"
        "dash": f"{d:%a} {d.month}-{d.day}-{d:%y}",  # "Tue 3-16-27"
        "ca_day_mon": f"{d:%A} {d.day} {d:%B} {d.year}",  # "Tuesday 16 March 2027"
        "ca_iso_wd": f"{d:%a} {d.isoformat()}",  # "Tue 2027-03-16" (Canadian ISO form)
        "dotted": f"{d:%a}. {d:%b}. {d.day}, {d.year}",  # "Tue. Mar. 16, 2027"
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh77")
_table = partial(head_table, size=7.5, lead=12)
_family = partial(family, _sheet, P)


def _white(c: Canvas) -> None:
    c.pdf.set_text_color(255, 255, 255)


def _black(c: Canvas) -> None:
    c.pdf.set_text_color(0, 0, 0)


def _rows(
    c: Canvas, x: float, y: float, right: float, rows: list[tuple[str, str]], lw: float
) -> float:
    """Ruled label / value rows, the label in a shaded column `lw` wide; returns the y under."""
    for lab, val in rows:
        fill(c, x, y, lw, 15, 225)
        c.box(x, y, right - x, 15, 0.5)
        c.text(x + 4, y + 10.5, lab, 7.5, bold=True)
        fit(c, x + lw + 5, y + 10.5, val, 8.5, right - x - lw - 10)
        y += 15
    return y


# --- (1) Vancouver series episodic: CREW CALL / SHOOTING CALL grid, SET 1 / SET 2 rows ----------


@_family(
    "bc_episodic_crew_shoot_grid",
    "Vancouver series episodic call sheet, letter: the company over a grey DGC BC / IATSE 891 / "
    "TEAMSTERS 155 / UBCP-ACTRA line, the series title centred over the episode, 'Day 7 of 9' "
    "and the date flush right; a 2 x 2 grid CREW CALL / SHOOTING CALL / BREAKFAST / LUNCH beside "
    "a Weather / Sunrise / Sunset box; ruled SET 1 / SET 2 / BASECAMP / CREW PARKING / NEAREST "
    "HOSPITAL rows; SET / SC / DESCRIPTION / D/N / PGS / CAST / LOC and cast tables; an Actsafe "
    "safety footer",
    name="episodic_{key}",
)
def _episodic(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", "helvetica", margin=30.0)
    c.text(x0, 40, g["company"], 9, bold=True)
    grey_text(c, x0, 51, "DGC BC · IATSE 891 · TEAMSTERS 155 · UBCP/ACTRA", 6.5)
    centre(c, 44, title.upper(), 17)
    centre(c, 58, g["episode"], 9, bold=False)
    c.right(right, 40, g["day_of"], 10, bold=True)
    c.right(right, 52, day_text(day, g["date_style"]), 8.5)
    c.hline(x0, right, 64, 1.2)
    shoot = add_minutes(call, g["shoot"])
    grid = [
        ("CREW CALL", hm(call, t), 15),
        ("SHOOTING CALL", hm(shoot, t), 15 if g.get("big_shoot") else 11),
        ("BREAKFAST", g["breakfast"], 9),
        ("LUNCH", f"{hm(add_minutes(call, g['lunch']), t)} (hot)", 9),
    ]
    w = 130.0
    for i, (lab, val, size) in enumerate(grid):
        bx, by = x0 + (i % 2) * w, 72 + (i // 2) * 34
        c.box(bx, by, w, 34, 1.2 if i == 0 else 0.6)
        c.text(bx + 5, by + 10, lab, 7, bold=True)
        c.text(bx + 5, by + 27, val, size, bold=i < 2)
    wx = x0 + 2 * w + 10
    c.box(wx, 72, right - wx, 68, 0.6)
    c.text(wx + 5, 83, "Weather / Sunrise / Sunset", 7.5, bold=True)
    c.text(wx + 5, 98, g["weather"], 8.5)
    c.text(wx + 5, 112, f"Sunrise {hm(rise, t)}     Sunset {hm(fall, t)}", 8.5)
    c.text(wx + 5, 126, g["rain"], 8)
    rows = [
        ("SET 1", f"{p.name}, {p.street}, {p.city} - {g['set']}"),
        ("SET 2", g["set2"]),
        ("BASECAMP", f"{p.base_street}, {p.base_city}"),
        ("CREW PARKING", g["parking"]),
        (
            "NEAREST HOSPITAL",
            f"{p.hospital} (24 hr Emergency), {p.hospital_street}, {p.hospital_city}  "
            f"{p.hospital_phone}",
        ),
    ]
    y = _rows(c, x0, 150, right, rows, 92)
    y = _table(
        c,
        x0,
        y + 18,
        ["SET", "SC", "DESCRIPTION", "D/N", "PGS", "CAST", "LOC"],
        [0, 30, 62, 330, 372, 412, 470],
        g["scenes"],
        right,
        ruled=True,
    )
    cast = [
        (
            n,
            a,
            ch,
            hm(add_minutes(call, o - 75), t),
            hm(add_minutes(call, o - 60), t),
            hm(add_minutes(call, o), t),
        )
        for n, a, ch, o in g["cast"]
    ]
    y = _table(
        c,
        x0,
        y + 6,
        ["#", "CAST", "CHARACTER", "P/U", "H/MU/WARD", "ON SET"],
        [0, 24, 170, 320, 380, 460],
        cast,
        right,
        ruled=True,
    )
    titled_notes(c, x0, y + 8, "NOTES", 8.5, g["notes"], 8, right - x0, 10.5)
    footer(
        c,
        "SAFETY FIRST - Actsafe: report every incident to the 1st AD. WorkSafeBC rules apply. "
        "No visitors without production approval.",
        x0,
    )
    return c.output()


def _episodic_sheets() -> list[Sheet]:
    return [
        _episodic(
            "steveston",
            "Cannery Row Road",
            D(2027, 3, 16),
            "06:30",
            {
                "time_style": "military",
                "date_style": "us_long",
                "company": "Fraser Mouth Productions Inc.",
                "episode": "Episode 104 - 'Low Water'",
                "day_of": "Day 7 of 9",
                "shoot": 60,
                "breakfast": "Walk-in from 0600",
                "lunch": 360,
                "weather": "Showers, High 10°C / Low 5°C, wind SW 20 km/h",
                "rain": "Rain gear for all; tents at SET 1",
                "set": "the boat works and the boardwalk",
                "set2": "Steveston Harbour Authority wharf, 12740 Trites Rd (walk 10 min)",
                "parking": "Garry Point Park lot - shuttle to set every 10 min from 0600",
                "scenes": [
                    ("1", "12", "EXT. BOAT WORKS - NIKO FINDS THE HULL", "D3", "2 1/8", "1,4", "1"),
                    ("1", "14", "INT. BOAT WORKS - LOFT", "D3", "1 3/8", "1,2", "1"),
                    ("2", "19", "EXT. FISHERMAN'S WHARF - CATCH SALE", "D3", "1 6/8", "2,5", "2"),
                ],
                "cast": [
                    ("1", "Daniel Kwan", "Niko Sato", 0),
                    ("2", "Leah Dumont", "Margie Ross", 90),
                    ("4", "Owen Price", "Sgt. Harlan", 30),
                    ("5", "Sunita Gill", "Priya", 300),
                ],
                "notes": [
                    "Working around live fishing boats at SET 2: stay behind the cones and "
                    "follow the wharf manager. Picture vehicles to the wharf by 1100.",
                ],
            },
        ),
        _episodic(
            "ladner",
            "Cannery Row Road",
            D(2027, 3, 24),
            "07:00",
            {
                "time_style": "us",
                "date_style": "ca_iso_wd",
                "company": "Fraser Mouth Productions Inc.",
                "episode": "Episode 106 - 'Dyke Road'",
                "day_of": "Day 4 of 9",
                "shoot": 60,
                "breakfast": "6:30 AM at basecamp",
                "lunch": 360,
                "weather": "Cloudy, sunny breaks, High 11°C / Low 4°C",
                "rain": "20% chance of showers after 3 PM",
                "set": "the museum front steps and the village street",
                "set2": "Ladner Harbour Park, 5170 River Rd (company move 2:00 PM)",
                "parking": "Ladner Leisure Centre lot (east end); no parking on Delta St",
                "scenes": [
                    (
                        "1",
                        "31",
                        "EXT. MUSEUM - STEPS - MAYOR'S SPEECH",
                        "D5",
                        "2 4/8",
                        "1,3,6",
                        "1",
                    ),
                    ("1", "32", "EXT. DELTA ST - PARADE", "D5", "1/8", "1,3", "1"),
                    ("2", "40", "EXT. HARBOUR - FLOAT HOMES", "D5", "1 2/8", "1,2", "2"),
                ],
                "cast": [
                    ("1", "Daniel Kwan", "Niko Sato", 0),
                    ("2", "Leah Dumont", "Margie Ross", 300),
                    ("3", "Marcus Bell", "Mayor Doyle", 30),
                    ("6", "Gwen Tait", "Reporter", 60),
                ],
                "notes": [
                    "60 BG for the parade: holding at the Ladner Pioneer Library hall. "
                    "Traffic control on Delta St 7:30 AM - 1:00 PM (Delta police on site).",
                ],
            },
        ),
        _episodic(
            "port_moody",
            "Cannery Row Road",
            D(2027, 4, 6),
            "07:00",
            {
                "time_style": "us",
                "date_style": "dotted",
                # HARD: the SHOOTING CALL box is printed as big and bold as the CREW CALL box,
                # an hour later (expected the crew call, 07:00)
                "big_shoot": True,
                "company": "Fraser Mouth Productions Inc.",
                "episode": "Episode 107 - 'Inlet'",
                "day_of": "Day 1 of 9",
                "shoot": 60,
                "breakfast": "6:30 AM (grab & go)",
                "lunch": 360,
                "weather": "Sunny periods, High 13°C / Low 6°C",
                "rain": "Dry; UV 3",
                "set": "the pier and the waterfront trail",
                "set2": "Old Orchard Park, 600 Alderside Rd (company move after lunch)",
                "parking": "Rec Complex west lot - do not use the Rocky Point Park lot",
                "scenes": [
                    ("1", "3", "EXT. ROCKY POINT PIER - DAWN RUN", "D1", "1 1/8", "1", "1"),
                    ("1", "5", "EXT. WATERFRONT TRAIL - NIKO & MARGIE", "D1", "2 5/8", "1,2", "1"),
                    ("2", "9", "EXT. OLD ORCHARD BEACH", "D1", "1 4/8", "2,7", "2"),
                ],
                "cast": [
                    ("1", "Daniel Kwan", "Niko Sato", 0),
                    ("2", "Leah Dumont", "Margie Ross", 60),
                    ("7", "Ray Chen", "Kayak Guide", 330),
                ],
                "notes": [
                    "Park stays open to the public: PAs hold walkers on the trail for takes only. "
                    "Burrard Inlet is tidal - no one on the mud flats.",
                ],
            },
        ),
    ]


# --- (2) LA commercial production company one-pager, landscape -------------------------------


@_family(
    "us_la_commercial_job_onepager",
    "Los Angeles commercial production company's one-page call sheet, landscape letter: a black "
    "band with the company reversed out and 'CALL SHEET' / 'JOB #'; a row PROJECT / CLIENT / "
    "AGENCY / DIRECTOR; three columns: the day (date, shoot day, a big CALL box, Weather / "
    "Sunrise / Sunset, LOCATION with cross streets and Thomas Guide page, CREW PARKING, the "
    "nearest ER), a SCHEDULE, a crew list by department with calls; a SAG-AFTRA footer",
    name="tvc_{key}",
)
def _tvc(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", "helvetica", margin=28.0, orientation="L")
    fill(c, x0, 24, right - x0, 30, 20)
    _white(c)
    c.text(x0 + 8, 44, g["company"].upper(), 13, bold=True)
    c.right(right - 8, 37, "CALL SHEET", 10, bold=True)
    c.right(right - 8, 49, f"JOB # {g['job']}", 8)
    _black(c)
    heads = [("PROJECT", title), ("CLIENT", g["client"]), ("AGENCY", g["agency"])]
    heads.append(("DIRECTOR", g["director"]))
    w = (right - x0) / 4
    for i, (lab, val) in enumerate(heads):
        c.text(x0 + i * w, 70, lab, 6.5, bold=True)
        fit(c, x0 + i * w, 82, val, 9.5, w - 8, bold=i == 0)
    c.hline(x0, right, 88, 0.8)
    # column 1: the day
    cw = 250.0
    c.text(x0, 104, day_text(day, g["date_style"]), 10, bold=True)
    c.text(x0, 116, g["day_of"], 8.5)
    c.box(x0, 124, cw, 48, 1.5)
    c.text(x0 + 6, 136, "CREW CALL", 7.5, bold=True)
    c.text(x0 + 6, 162, hm(call, t), 22, bold=True)
    c.text(x0 + 130, 140, f"Talent: {hm(add_minutes(call, g['talent']), t)}", 8)
    c.text(x0 + 130, 153, f"1st shot: {hm(add_minutes(call, g['shot']), t)}", 8)
    c.text(x0 + 130, 166, f"Est. wrap: {hm(add_minutes(call, g['wrap']), t)}", 8)
    c.box(x0, 180, cw, 40, 0.5)
    c.text(x0 + 6, 191, "WEATHER / SUNRISE / SUNSET", 6.5, bold=True)
    c.text(x0 + 6, 203, g["weather"], 8)
    c.text(x0 + 6, 214, f"Sunrise {hm(rise, t)} / Sunset {hm(fall, t)}", 8)
    blocks: list[tuple[str, list[str]]] = [
        ("LOCATION", [p.name, p.street, p.city, g["set"], g["cross"]]),
        ("CREW PARKING", [p.base_street, p.base_city, g["parking"]]),
    ]
    er = ("NEAREST ER (24 HR)", hospital_lines(p))
    if g.get("urgent"):
        blocks.append(("NEAREST URGENT CARE (NOT 24 HR)", g["urgent"]))
    blocks.append(er)
    y = 228
    for head, lines in blocks:
        h = 14 + 10 * len(lines)
        c.box(x0, y, cw, h, 0.5)
        c.text(x0 + 6, y + 10, head, 6.5, bold=True)
        for i, ln in enumerate(lines):
            fit(c, x0 + 6, y + 21 + 10 * i, ln, 8, cw - 12)
        y += h + 5
    # column 2: schedule
    sx = x0 + cw + 14
    sched = [(hm(add_minutes(call, o), t), what) for o, what in g["schedule"]]
    _table(c, sx, 106, ["TIME", "SCHEDULE"], [0, 52], sched, sx + 220, ruled=True)
    # column 3: crew by department
    kx = sx + 234
    rows = [(dept, pos, name, hm(add_minutes(call, o), t)) for dept, pos, name, o in g["crew"]]
    _table(
        c, kx, 106, ["DEPT", "POSITION", "NAME", "CALL"], [0, 40, 110, 186], rows, right, ruled=True
    )
    footer(
        c,
        f"{g['contract']} · No social media posts from set · Set cell (1st AD): {g['ad_cell']}",
        x0,
    )
    return c.output()


def _crew(grip_pre: int = 0) -> list[tuple[str, str, str, int]]:
    return [
        ("PROD", "Exec Producer", "Dana Whitlock", 0),
        ("PROD", "Line Producer", "Marco Ibarra", -30),
        ("PROD", "1st AD", "Keisha Moore", 0),
        ("PROD", "2nd AD", "Tyler Braun", -30),
        ("CAM", "DP", "Anders Lund", 0),
        ("CAM", "1st AC", "Gabe Ruiz", 0),
        ("G&E", "Gaffer", "Luis Ortega", grip_pre),
        ("G&E", "Key Grip", "Sean Tully", grip_pre),
        ("ART", "Prop Master", "Nina Park", -30),
        ("HMU", "Key MUA", "Renee Cho", -15),
        ("WARD", "Stylist", "Ava Lindqvist", -15),
        ("CRAFT", "Catering", "Taqueria Rosa", -60),
    ]


def _tvc_sheets() -> list[Sheet]:
    return [
        _tvc(
            "el_segundo",
            "Sunpeak Solar 'Saturday League'",
            D(2027, 5, 11),
            "06:00",
            {
                "time_style": "us_letter",
                "date_style": "us_long",
                "company": "Hollis & Vine Films",
                "job": "HV-2417",
                "client": "Sunpeak Solar",
                "agency": "Marrow & Finch",
                "director": "Jules Okafor",
                "day_of": "Shoot Day 1 of 2",
                "talent": 60,
                "shot": 120,
                "wrap": 720,
                "weather": "Marine layer, clearing by noon. High 71°F",
                "set": "the Little League diamond and the bleachers",
                "cross": "X-streets: Sheldon St & Grand Ave · TG 732-H5",
                "parking": "Shuttle to set every 15 min; do NOT park on Sheldon St",
                "schedule": [
                    (0, "Crew call / breakfast"),
                    (60, "Talent call (HMU trailer)"),
                    (120, "1st shot: SC 1 - bleachers"),
                    (300, "SC 2 - the dugout"),
                    (360, "Lunch (1 hr)"),
                    (420, "SC 3 - the game, 2 cameras"),
                    (720, "Est. wrap"),
                ],
                "crew": _crew(),
                "contract": "SAG-AFTRA Commercials Contract",
                "ad_cell": "(310) 555-0147",
            },
        ),
        _tvc(
            "simi_valley",
            "Trailhead Outfitters 'Ridge'",
            D(2027, 9, 22),
            "06:30",
            {
                "time_style": "us",
                "date_style": "dash",
                # HARD: an urgent care (not 24 hr) block sits above the nearest ER's (expected
                # the ER, Adventist Health Simi Valley)
                "urgent": [
                    "Simi Valley Urgent Care",
                    "1200 Sycamore Dr (closes 8 PM)",
                    "Simi Valley, CA 93065",
                ],
                "company": "Wildermuth Content Co.",
                "job": "WCC-0934",
                "client": "Trailhead Outfitters",
                "agency": "in-house (Trailhead Creative)",
                "director": "Bea Sandoval",
                "day_of": "Shoot Day 2 of 2",
                "talent": 45,
                "shot": 90,
                "wrap": 750,
                "weather": "Sunny, hot. High 94°F - shade & water at set",
                "set": "the rock trail above the old movie ranch",
                "cross": "X-streets: Smith Rd & Kuehner Dr · TG 499-F2",
                "parking": "Park by the tennis courts; 4x4 shuttle to set",
                "schedule": [
                    (0, "Crew call / breakfast at parking"),
                    (45, "Talent call"),
                    (90, "1st shot: hiker on the ridge"),
                    (330, "Lunch"),
                    (390, "Product table top in the shade"),
                    (690, "Magic hour: ridge silhouette"),
                    (750, "Est. wrap"),
                ],
                "crew": _crew(),
                "contract": "SAG-AFTRA Commercials Contract",
                "ad_cell": "(818) 555-0162",
            },
        ),
        _tvc(
            "palmdale",
            "Corvane EV 'Quiet Mile'",
            D(2027, 11, 3),
            "05:30",
            {
                "time_style": "us_caps_a",
                "date_style": "caps_long",
                "company": "Hollis & Vine Films",
                "job": "HV-2455",
                "client": "Corvane Motors",
                "agency": "Marrow & Finch",
                "director": "Jules Okafor",
                "day_of": "Shoot Day 1 of 1",
                "talent": 90,
                "shot": 105,
                "wrap": 690,
                "weather": "Clear, windy. High 68°F / Low 41°F",
                "set": "the amphitheater lawn and the service road",
                "cross": "X-streets: Rancho Vista Blvd & Tierra Subida Ave · TG 4195-J2",
                "parking": "Crew park at Pelona Vista Park, north lot",
                "schedule": [
                    (0, "Crew call / breakfast"),
                    (90, "Talent call"),
                    (105, "1st shot: sunrise drive-by (car only)"),
                    (240, "Interior car work, process trailer"),
                    (360, "Lunch"),
                    (420, "Amphitheater stage, car reveal"),
                    (690, "Est. wrap"),
                ],
                "crew": _crew(-60),
                "contract": "SAG-AFTRA Commercials Contract · Precision driver on set",
                "ad_cell": "(310) 555-0147",
            },
        ),
    ]


# --- (3) New York indie feature: subway, trucks, holding, MOME permit --------------------------


@_family(
    "us_ny_indie_subway_trucks",
    "New York indie feature call sheet, letter, in Times: the title centred over 'a ... "
    "production', 'Day 12 of 21' and the date; a ruled CALLS box (GENERAL CREW CALL, SHOOTING "
    "CALL, BREAKFAST walking, LUNCH) beside a Weather / Sunrise / Sunset box; a four-cell row "
    "LOCATION (with the nearest subway) / TRUCKS / HOLDING / NEAREST HOSPITAL; the MOME permit "
    "line; scenes and cast tables; notes",
    name="nyindie_{key}",
)
def _nyindie(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", "times", margin=36.0)
    centre(c, 48, title.upper(), 20)
    centre(c, 63, g["company"], 10, bold=False)
    c.text(x0, 84, g["day_of"], 10, bold=True)
    c.right(right, 84, day_text(day, g["date_style"]), 10, bold=True)
    c.hline(x0, right, 90, 0.8)
    calls = [
        ("GENERAL CREW CALL", hm(call, t)),
        ("SHOOTING CALL", hm(add_minutes(call, g["shoot"]), t)),
        ("BREAKFAST", f"{hm(add_minutes(call, -30), t)} (walking)"),
        ("LUNCH", f"{hm(add_minutes(call, g['lunch']), t)} (1 hr)"),
    ]
    cw = 300.0
    c.box(x0, 98, cw, 70, 0.8)
    for i, (lab, val) in enumerate(calls):
        yy = 113 + 16 * i
        c.text(x0 + 6, yy, lab, 9, bold=True)
        c.text(x0 + 140, yy, val, 12 if i == 0 else 10, bold=i == 0)
    wx = x0 + cw + 10
    c.box(wx, 98, right - wx, 70, 0.8)
    c.text(wx + 6, 111, "Weather / Sunrise / Sunset", 9, bold=True)
    c.text(wx + 6, 127, g["weather"], 9)
    c.text(wx + 6, 142, f"Sunrise: {hm(rise, t)}", 9)
    c.text(wx + 6, 157, f"Sunset: {hm(fall, t)}", 9)
    set_cell = ("LOCATION", [p.name, p.street, p.city, g["set"], f"Subway: {g['subway']}"])
    trucks = ("TRUCKS / BASECAMP", [p.base_street, p.base_city, g["trucks"]])
    cells = [set_cell, trucks]
    if g.get("trucks_first"):
        cells = [trucks, set_cell]
    cells += [("HOLDING", g["holding"]), ("NEAREST HOSPITAL", hospital_lines(p))]
    cx = x0
    for (head, lines), share in zip(cells, (0.26, 0.22, 0.18, 0.34), strict=True):
        w = (right - x0) * share
        c.box(cx, 176, w, 86, 0.6)
        c.text(cx + 4, 187, head, 8, bold=True)
        for k, ln in enumerate(lines):
            fit(c, cx + 4, 200 + 11 * k, ln, 8.5, w - 8)
        cx += w
    c.text(x0, 276, f"{g['permit']} - posted on every truck. {g['parking']}", 8.5)
    y = _table(
        c,
        x0,
        298,
        ["SC", "SET", "D/N", "PGS", "CAST", "LOCATION"],
        [0, 30, 250, 290, 330, 390],
        g["scenes"],
        right,
        ruled=True,
    )
    cast = [
        (n, a, ch, st, hm(add_minutes(call, o - 60), t), hm(add_minutes(call, o), t))
        for n, a, ch, st, o in g["cast"]
    ]
    y = _table(
        c,
        x0,
        y + 8,
        ["#", "CAST", "CHARACTER", "STATUS", "HMU", "SET"],
        [0, 22, 160, 300, 370, 450],
        cast,
        right,
        ruled=True,
    )
    titled_notes(c, x0, y + 8, "NOTES", 10, g["notes"], 9, right - x0, 11.5)
    footer(c, f"{title} · {g['company']} · SAG-AFTRA Ultra Low Budget · please recycle", x0)
    return c.output()


def _nyindie_sheets() -> list[Sheet]:
    return [
        _nyindie(
            "greenpoint",
            "Crullers",
            D(2027, 10, 12),
            "07:00",
            {
                "time_style": "us",
                "date_style": "us_long",
                "company": "a Newtown Creek Pictures production",
                "day_of": "Day 12 of 21",
                "shoot": 60,
                "lunch": 360,
                "weather": "Partly cloudy, 62°F / 51°F",
                "set": "the counter and the back kitchen",
                "subway": "G to Nassau Av",
                "trucks": "Trucks in by 6:00 AM",
                "holding": ["St. Anthony's parish hall", "862 Manhattan Ave", "(BG + cast)"],
                "permit": "MOME PERMIT # 2027-1012-4471",
                "parking": "No crew parking: take transit.",
                "scenes": [
                    ("22", "INT. DONUT SHOP - COUNTER", "D6", "2 2/8", "1, 2", "Peter Pan"),
                    ("23", "INT. DONUT SHOP - BACK KITCHEN", "D6", "1 5/8", "1, 4", "Peter Pan"),
                    ("24", "EXT. MANHATTAN AVE", "D6", "3/8", "1", "Outside shop"),
                ],
                "cast": [
                    ("1", "Tessa Marchetti", "Dot", "W", 0),
                    ("2", "Aaron Feld", "Stosh", "SW", 60),
                    ("4", "Gloria Reyes", "Mrs. Kowal", "SWF", 180),
                ],
                "notes": [
                    "Shop stays open to customers between takes: lock-ups at both ends of "
                    "the block. Quiet on the sidewalk; neighbors have been letter-dropped.",
                ],
            },
        ),
        _nyindie(
            "red_hook",
            "Crullers",
            D(2027, 10, 19),
            "15:00",
            {
                "time_style": "us_lower",
                "date_style": "us_short",
                "company": "a Newtown Creek Pictures production",
                "day_of": "Day 17 of 21",
                "shoot": 60,
                "lunch": 360,
                "weather": "Clear, breezy, 58°F / 47°F",
                "set": "the pier rail and the lawn",
                "subway": "F/G to Smith-9 Sts, then B61 bus",
                "trucks": "Trucks park from 1:00 pm",
                "holding": ["Red Hook Rec Center annex", "155 Bay St", "(BG only)"],
                "permit": "MOME PERMIT # 2027-1019-4503",
                "parking": "Alternate side parking in effect: check the signs.",
                "scenes": [
                    ("61", "EXT. PIER - SUNSET - DOT & STOSH", "D/N 9", "2 4/8", "1, 2", "Pier"),
                    (
                        "62",
                        "EXT. PIER - NIGHT - STATUE OF LIBERTY VIEW",
                        "N9",
                        "1 6/8",
                        "1",
                        "Pier",
                    ),
                ],
                "cast": [
                    ("1", "Tessa Marchetti", "Dot", "W", 0),
                    ("2", "Aaron Feld", "Stosh", "W", 30),
                ],
                "notes": [
                    "Sunset at the pier is the shot: be rolling by 5:45 pm. Pier is public - "
                    "PAs hold the entrance on Coffey St for takes only.",
                ],
            },
        ),
        _nyindie(
            "nyack",
            "Crullers",
            D(2027, 10, 26),
            "07:30",
            {
                "time_style": "us",
                "date_style": "us_ordinal",
                # HARD: the TRUCKS / BASECAMP cell comes first in the row, the LOCATION cell
                # second (expected the set, 82 N Broadway)
                "trucks_first": True,
                "company": "a Newtown Creek Pictures production",
                "day_of": "Day 20 of 21",
                "shoot": 60,
                "lunch": 360,
                "weather": "Rain ending by 10 AM, 55°F / 44°F",
                "set": "the front parlor and the garden",
                "subway": "n/a (Metro-North + shuttle)",
                "trucks": "Basecamp opens 6:30 AM",
                "holding": ["Nyack Center", "58 Depew Ave", "(cast + BG)"],
                "permit": "VILLAGE OF NYACK FILM PERMIT # NYK-27-118",
                "parking": "Crew parking at the Artopee Way lot.",
                "scenes": [
                    ("88", "INT. AUNT ROSE'S HOUSE - PARLOR", "D12", "3 1/8", "1, 4, 6", "Hopper"),
                    ("90", "EXT. AUNT ROSE'S GARDEN", "D12", "1 2/8", "1, 6", "Hopper"),
                ],
                "cast": [
                    ("1", "Tessa Marchetti", "Dot", "W", 0),
                    ("4", "Gloria Reyes", "Mrs. Kowal", "W", 60),
                    ("6", "Harold Pine", "Uncle Vin", "SWF", 90),
                ],
                "notes": [
                    "Museum house: no food or drink inside, soft soles only. The art stays on "
                    "the walls - art department handles any moves with museum staff.",
                ],
            },
        ),
    ]


# --- (4) Georgia streaming series: left rail of the day's facts, COMPANY MOVE strip ------------


@_family(
    "us_ga_streaming_rail_company_move",
    "Georgia streaming-series call sheet, letter: a shaded left rail with DATE, EPISODE, DAY, "
    "CREW CALL, SHOOTING CALL, LUNCH, Weather / Sunrise / Sunset, BASECAMP and CREW PARKING; on "
    "the right the title and platform, then LOCATION 1 with its scenes, a black COMPANY MOVE "
    "strip with the move's time, LOCATION 2 with its scenes, a NEAREST HOSPITAL box, cast "
    "times and notes (heat, lightning)",
    name="ga_{key}",
)
def _ga(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", "sans", margin=24.0)
    rw = 150.0
    fill(c, x0, 24, rw, 744, 232)
    rail = [
        ("DATE", [day_text(day, g["date_style"])]),
        ("EPISODE", [g["episode"]]),
        ("DAY", [g["day_of"]]),
        ("CREW CALL", [hm(call, t)]),
        ("SHOOTING CALL", [hm(add_minutes(call, g["shoot"]), t)]),
        ("LUNCH", [hm(add_minutes(call, g["lunch"]), t)]),
        (
            "WEATHER / SUNRISE / SUNSET",
            [*g["weather"].split(", "), f"Rise {hm(rise, t)}", f"Set {hm(fall, t)}"],
        ),
        ("BASECAMP", [*p.base_street.split(", "), p.base_city]),
        ("CREW PARKING", g["parking"]),
    ]
    y = 44
    for lab, lines in rail:
        c.text(x0 + 8, y, lab, 6.5, bold=True)
        y += 13
        for ln in lines:
            big = lab == "CREW CALL"
            fit(c, x0 + 8, y + (6 if big else 0), ln, 16 if big else 8.5, rw - 16, bold=big)
            y += 22 if big else 11
        y += 9
    mx = x0 + rw + 14
    c.text(mx, 46, title.upper(), 18, bold=True)
    grey_text(c, mx, 60, g["company"], 8)
    c.hline(mx, right, 68, 1.0)
    heads = ["SC", "SET", "D/N", "PGS", "CAST"]
    xs = [0, 28, 250, 290, 330]

    def location(y: float, label: str, lines: list[str], scenes: list[tuple[str, ...]]) -> float:
        c.text(mx, y, label, 9, bold=True)
        for i, ln in enumerate(lines):
            fit(c, mx + 82, y + 11 * i, ln, 8.5, right - mx - 82)
        return _table(c, mx, y + 11 * len(lines) + 8, heads, xs, scenes, right, ruled=True)

    loc1 = [f"{p.name}, {p.street}", p.city, g["set"]]
    y = location(86, "LOCATION 1", loc1, g["scenes1"])
    fill(c, mx, y - 4, right - mx, 18, 30)
    _white(c)
    c.text(
        mx + 6,
        y + 9,
        f"COMPANY MOVE - {hm(add_minutes(call, g['move']), t)} - {g['move_note']}",
        9,
        bold=True,
    )
    _black(c)
    y = location(y + 34, "LOCATION 2", g["loc2"], g["scenes2"])
    hosp = [("NEAREST HOSPITAL", hospital_lines(p))]
    if g.get("hosp2"):
        hosp = [
            ("NEAREST HOSPITAL - LOC 1", hospital_lines(p)),
            ("NEAREST HOSPITAL - LOC 2", g["hosp2"]),
        ]
    w = (right - mx) / len(hosp)
    for i, (head, lines) in enumerate(hosp):
        c.box(mx + i * w, y + 4, w, 62, 0.8)
        c.text(mx + i * w + 6, y + 16, head, 7.5, bold=True)
        for k, ln in enumerate(lines):
            fit(c, mx + i * w + 6, y + 29 + 10 * k, ln, 8.5, w - 12)
    cast = [
        (n, a, ch, hm(add_minutes(call, o - 60), t), hm(add_minutes(call, o), t))
        for n, a, ch, o in g["cast"]
    ]
    y = _table(
        c, mx, y + 86, ["#", "CAST", "CHARACTER", "HMU", "SET"], [0, 22, 150, 280, 340], cast, right
    )
    titled_notes(c, mx, y + 6, "NOTES", 9, g["notes"], 8, right - mx, 10.5)
    footer(c, f"{title} · {g['company']} · CONFIDENTIAL - do not post", mx)
    return c.output()


def _ga_sheets() -> list[Sheet]:
    return [
        _ga(
            "marietta",
            "Kennesaw Line",
            D(2027, 6, 8),
            "07:00",
            {
                "time_style": "us_caps_a",
                "date_style": "us_long",
                "company": "Chattahoochee Road Productions for Streamline+",
                "episode": "203 'Reserve'",
                "day_of": "Day 5 of 10",
                "shoot": 60,
                "lunch": 360,
                "weather": "Hot & humid, T-storms after 4P, High 91°F",
                "parking": ["Cobb Civic Center, rear lot", "(shuttle to set)"],
                "set": "the theatre lobby and the marquee",
                "scenes1": [
                    ("14", "INT. STRAND THEATRE - LOBBY", "D4", "2 1/8", "1, 3"),
                    ("15", "EXT. STRAND - MARQUEE", "D4", "5/8", "1"),
                ],
                "move": 420,
                "move_note": "LOC 2: Marietta Square (walk, 3 min)",
                "loc2": ["Glover Park, Marietta Square, Marietta, GA 30060", "the gazebo"],
                "scenes2": [("18", "EXT. GLOVER PARK - GAZEBO", "D4", "1 6/8", "1, 2, 5")],
                "cast": [
                    ("1", "Cara Whitfield", "Det. June Hale", 0),
                    ("2", "Omar Jefferies", "Dale Pruitt", 450),
                    ("3", "Leigh Ann Boyd", "Marlene", 30),
                    ("5", "Tony Vasquez", "Officer Ruiz", 480),
                ],
                "notes": [
                    "Heat plan: water and shade tents at both locations, cooling bus at LOC 2. "
                    "Lightning within 8 miles = all exterior work stops.",
                ],
            },
        ),
        _ga(
            "conyers",
            "Kennesaw Line",
            D(2027, 6, 15),
            "06:30",
            {
                "time_style": "us",
                "date_style": "us_short",
                # HARD: two hospital boxes side by side, one for each location (expected LOC 1's,
                # Piedmont Rockdale Hospital)
                "hosp2": [
                    "Piedmont Newton Hospital",
                    "5126 Hospital Dr NE",
                    "Covington, GA 30014",
                    "(770) 786-7053",
                ],
                "company": "Chattahoochee Road Productions for Streamline+",
                "episode": "204 'Open Country'",
                "day_of": "Day 1 of 10",
                "shoot": 60,
                "lunch": 360,
                "weather": "Sunny, High 93°F, heat index 101°F",
                "parking": ["Horse Park Lot C", "(walk to LOC 1)"],
                "set": "the equestrian arena and the barns",
                "scenes1": [
                    ("4", "EXT. ARENA - TRAINING", "D1", "2 3/8", "1, 4"),
                    ("6", "INT. BARN B - TACK ROOM", "D1", "1 1/8", "1, 4, 8"),
                ],
                "move": 390,
                "move_note": "LOC 2: Cook Rd farmhouse (drive 12 min)",
                "loc2": ["Private farm, 2290 Cook Rd", "Social Circle, GA 30025 (signs from I-20)"],
                "scenes2": [("9", "EXT. FARMHOUSE PORCH - DUSK", "D1", "1 4/8", "1, 2")],
                "cast": [
                    ("1", "Cara Whitfield", "Det. June Hale", 0),
                    ("2", "Omar Jefferies", "Dale Pruitt", 420),
                    ("4", "Rae Dunning", "Cassie Tate", 30),
                    ("8", "Buddy Sloan", "Barn Manager", 150),
                ],
                "notes": [
                    "Live horses at LOC 1: no loud noise, no running, follow the barn manager. "
                    "Heat index over 100°F: mandatory water breaks every hour.",
                ],
            },
        ),
        _ga(
            "griffin",
            "Kennesaw Line",
            D(2027, 6, 22),
            "07:00",
            {
                "time_style": "us_caps_a",
                "date_style": "dotted",
                "company": "Chattahoochee Road Productions for Streamline+",
                "episode": "205 'Verdict'",
                "day_of": "Day 6 of 10",
                "shoot": 60,
                "lunch": 360,
                "weather": "Partly cloudy, High 89°F",
                "parking": ["Welcome Center lot", "and the Solomon St deck (level 2)"],
                "set": "the courtroom and the front steps",
                "scenes1": [
                    ("31", "INT. COURTROOM 2 - VERDICT", "D8", "3 2/8", "1, 2, 3, 6"),
                    ("33", "EXT. COURTHOUSE STEPS - PRESS", "D8", "1 1/8", "1, 6"),
                ],
                "move": 420,
                "move_note": "LOC 2: Hill St diner (drive 4 min)",
                "loc2": ["Hill Street Diner, 230 S Hill St", "Griffin, GA 30223"],
                "scenes2": [("35", "INT. DINER - BOOTH", "N8", "1 3/8", "1, 3")],
                "cast": [
                    ("1", "Cara Whitfield", "Det. June Hale", 0),
                    ("2", "Omar Jefferies", "Dale Pruitt", 0),
                    ("3", "Leigh Ann Boyd", "Marlene", 60),
                    ("6", "Walt Emmons", "Judge Carver", 30),
                ],
                "notes": [
                    "Courthouse is closed to the public for us; county deputies on site. "
                    "80 BG in the courtroom - holding in the jury assembly room.",
                ],
            },
        ),
    ]


# --- (5) New Mexico western: wrangler and livestock calls, ranch directions, elevation ---------


@_family(
    "us_nm_western_wrangler_ranch",
    "New Mexico western feature call sheet, letter, in Courier as the AD's template types it: "
    "the title and 'CALL SHEET' centred, the day and the date; a CALLS list (CREW CALL, "
    "SHOOTING CALL, WRANGLERS / LIVESTOCK pre-calls) beside a boxed Weather / Sunrise / Sunset "
    "/ ELEVATION block; RANCH / SET with the road directions and gate code, BASECAMP and the "
    "NEAREST HOSPITAL; scenes, cast with a HORSE column, LIVESTOCK; safety notes (snakes, "
    "lightning, American Humane rep)",
    name="western_{key}",
)
def _western(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", "courier", margin=36.0)
    centre(c, 44, title.upper(), 16)
    centre(c, 58, f"CALL SHEET - {g['company']}", 9, bold=False)
    c.text(x0, 80, g["day_of"], 10, bold=True)
    c.right(right, 80, day_text(day, g["date_style"]), 10, bold=True)
    c.hline(x0, right, 86, 1.0)
    calls = [("CREW CALL", hm(call, t))]
    calls += [(lab, hm(add_minutes(call, o), t)) for lab, o in g["calls"]]
    y = 102
    for lab, val in calls:
        c.text(x0, y, f"{lab}:", 9, bold=True)
        c.text(x0 + 170, y, val, 11 if lab == "CREW CALL" else 9, bold=lab == "CREW CALL")
        y += 13
    wx = x0 + 290
    c.box(wx, 92, right - wx, 62, 0.8)
    c.text(wx + 6, 104, "WEATHER / SUNRISE / SUNSET", 8, bold=True)
    c.text(wx + 6, 117, g["weather"], 8)
    c.text(wx + 6, 129, f"SUNRISE {hm(rise, t)}  SUNSET {hm(fall, t)}", 8)
    c.text(wx + 6, 141, f"ELEVATION {g['elevation']} - HYDRATE", 8)
    y = max(y, 160) + 6
    rows = [
        ("RANCH / SET", f"{p.name}, {p.street}, {p.city} - {g['set']}"),
        ("DIRECTIONS", g["directions"]),
        ("BASECAMP", f"{p.base_street}, {p.base_city}"),
        (
            "NEAREST HOSPITAL",
            f"{p.hospital}, {p.hospital_street}, {p.hospital_city} {p.hospital_phone}",
        ),
    ]
    y = label_rows(c, x0, y, right, rows, 8, 118, 13, suffix=":", rule_drop=4)
    c.text(x0, y + 2, f"NEAREST HOSPITAL DRIVE TIME: {g['drive']}", 8)
    y = _table(
        c,
        x0,
        y + 22,
        ["SC", "SET", "D/N", "PGS", "CAST"],
        [0, 30, 320, 370, 420],
        g["scenes"],
        right,
        ruled=True,
    )
    cast = [
        (n, a, ch, horse, hm(add_minutes(call, o - 60), t), hm(add_minutes(call, o), t))
        for n, a, ch, horse, o in g["cast"]
    ]
    y = _table(
        c,
        x0,
        y + 6,
        ["#", "CAST", "CHARACTER", "HORSE", "MU/WARD", "SET"],
        [0, 20, 140, 260, 380, 460],
        cast,
        right,
        ruled=True,
    )
    y = _table(
        c,
        x0,
        y + 6,
        ["LIVESTOCK", "HEAD", "WRANGLER", "ON SET"],
        [0, 180, 230, 420],
        [(a, n, w, hm(add_minutes(call, o), t)) for a, n, w, o in g["livestock"]],
        right,
        ruled=True,
    )
    titled_notes(c, x0, y + 6, "SAFETY", 9, g["notes"], 8, right - x0, 10.5)
    footer(
        c, f"{title} - IATSE Local 480 / Teamsters Local 492 - NM Film Office permit on file", x0
    )
    return c.output()


def _western_sheets() -> list[Sheet]:
    return [
        _western(
            "galisteo",
            "Dry Creek Reckoning",
            D(2027, 9, 14),
            "06:00",
            {
                "time_style": "us",
                "date_style": "caps_long",
                "company": "Turquoise Trail Pictures",
                "day_of": "DAY 18 OF 40",
                "calls": [
                    ("WRANGLERS PRE-CALL", -60),
                    ("LIVESTOCK ON SET", 30),
                    ("SHOOTING CALL", 75),
                    ("LUNCH", 390),
                ],
                "weather": "Sunny, 84°F / 52°F, wind 10 mph",
                "elevation": "6,050 ft",
                "set": "the western street and the livery",
                "directions": "I-25 N to exit 290, US-285 S, NM-41 S to Galisteo, "
                "L on CR 42, 2.1 mi to the ranch gate (code 4127)",
                "drive": "40 min",
                "scenes": [
                    ("56", "EXT. MAIN STREET - RIDERS ARRIVE", "D14", "2 4/8", "1, 2, 5"),
                    ("57", "INT. LIVERY STABLE", "D14", "1 3/8", "1, 5"),
                ],
                "cast": [
                    ("1", "Wade Harlan", "Eli Rooker", "Dusty (bay)", 30),
                    ("2", "Inez Baca", "Rosa Chavez", "-", 120),
                    ("5", "Cole Pruett", "Marshal Greer", "Smoke (grey)", 30),
                ],
                "livestock": [
                    ("Riding horses (picture)", "8", "Jesse Montoya", 30),
                    ("Mules", "2", "Jesse Montoya", 90),
                    ("Wagon team (2) + buckboard", "1", "Ray Lucero", 120),
                ],
                "notes": [
                    "Rattlesnake season: boots and long pants only, snake wrangler sweeps the "
                    "set at crew call. American Humane safety rep on set for all animal work.",
                ],
            },
        ),
        _western(
            "placitas",
            "Dry Creek Reckoning",
            D(2027, 9, 23),
            "06:30",
            {
                "time_style": "military",
                "date_style": "us_numeric",
                "company": "Turquoise Trail Pictures",
                "day_of": "DAY 25 OF 40",
                "calls": [
                    ("WRANGLERS PRE-CALL", -60),
                    ("SHOOTING CALL", 60),
                    ("LIVESTOCK ON SET", 60),
                    ("LUNCH", 360),
                ],
                "weather": "Clear, 81°F / 55°F",
                "elevation": "5,900 ft",
                "set": "the homestead and the arroyo",
                "directions": "I-25 N to exit 242, NM-165 E 4 mi, R on Diamond Tail Rd, "
                "follow DTR signs to the homestead",
                "drive": "25 min",
                "scenes": [
                    ("71", "EXT. ROOKER HOMESTEAD - CORRAL", "D19", "2 1/8", "1, 2"),
                    ("72", "EXT. ARROYO - AMBUSH", "D19", "1 7/8", "1, 5, 9"),
                ],
                "cast": [
                    ("1", "Wade Harlan", "Eli Rooker", "Dusty (bay)", 0),
                    ("2", "Inez Baca", "Rosa Chavez", "Juniper (paint)", 30),
                    ("5", "Cole Pruett", "Marshal Greer", "Smoke (grey)", 180),
                    ("9", "Ned Tafoya", "Outlaw #1", "Red (sorrel)", 180),
                ],
                "livestock": [
                    ("Riding horses (picture)", "6", "Jesse Montoya", 60),
                    ("Cattle (corral)", "12", "Ray Lucero", 60),
                ],
                "notes": [
                    "Blank-fire day in the arroyo: armorer's safety meeting at 0800, ear "
                    "protection for all. Monsoon lightning: 30-30 rule, shelter in the vans.",
                ],
            },
        ),
        _western(
            "los_lunas",
            "Dry Creek Reckoning",
            D(2027, 10, 5),
            "16:00",
            {
                "time_style": "us",
                "date_style": "us_long",
                # HARD: a night shoot called in the afternoon (4:00 PM), wrap after midnight
                # (expected 16:00)
                "company": "Turquoise Trail Pictures",
                "day_of": "DAY 33 OF 40 (NIGHTS)",
                "calls": [
                    ("WRANGLERS PRE-CALL", -60),
                    ("SHOOTING CALL", 120),
                    ("1ST MEAL", 300),
                    ("EST. WRAP", 660),
                ],
                "weather": "Clear, cool night, 77°F / 46°F",
                "elevation": "4,850 ft",
                "set": "the mansion porch and the carriage house",
                "directions": "I-25 S to exit 203, NM-6 W 1.5 mi, mansion on the R at Main St",
                "drive": "30 min",
                "scenes": [
                    ("94", "EXT. CATTLEMAN'S MANSION - PORCH - NIGHT", "N23", "2 6/8", "1, 2, 7"),
                    ("95", "INT. CARRIAGE HOUSE - NIGHT", "N23", "1 2/8", "1, 7"),
                ],
                "cast": [
                    ("1", "Wade Harlan", "Eli Rooker", "Dusty (bay)", 120),
                    ("2", "Inez Baca", "Rosa Chavez", "-", 120),
                    ("7", "Harlan Voss", "Col. Ashby", "-", 180),
                ],
                "livestock": [
                    ("Riding horses (picture)", "3", "Jesse Montoya", 120),
                    ("Carriage team (2) + carriage", "1", "Ray Lucero", 150),
                ],
                "notes": [
                    "Night work: hi-vis on the road side, headlamps for the walk to the carriage "
                    "house. Horses off set by 0100 (American Humane).",
                ],
            },
        ),
    ]


# --- (6) Toronto lifestyle renovation series: a shoot day at the homeowners' house -------------


@_family(
    "on_lifestyle_reno_homeowner_day",
    "Toronto lifestyle renovation series shoot-day sheet, letter, in DejaVu: the series and the "
    "episode over a coloured rule ('SHOOT DAY 3 of 5'); label rows SHOOT DATE, HOMEOWNERS, "
    "LOCATION (the homeowners' house), CREW CALL, HOST CALL, TRADES ON SITE, PARKING, Weather / "
    "Sunrise / Sunset, NEAREST EMERGENCY; a TIME / SEGMENT / WHO / NOTES running order; notes "
    "on releases and the reveal",
    name="reno_{key}",
)
def _reno(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", "sans", margin=40.0)
    if g.get("episode_big"):
        c.text(x0, 44, f"{title} · {g['season']}", 10, bold=True)
        c.text(x0, 72, g["episode"], 18, bold=True)
    else:
        c.text(x0, 54, title, 20, bold=True)
        c.text(x0, 70, f"{g['season']} · {g['episode']}", 10)
    c.right(right, 44, g["shoot_day"], 11, bold=True)
    c.right(right, 56, g["company"], 8)
    c.pdf.set_fill_color(0, 122, 120)
    c.pdf.rect(x0, 80, right - x0, 3, style="F")
    rows = [
        ("SHOOT DATE", day_text(day, g["date_style"])),
        ("HOMEOWNERS", g["owners"]),
        ("LOCATION", f"{p.name}, {p.street}, {p.city}"),
        ("WE'RE SHOOTING", g["set"]),
        ("CREW CALL", hm(call, t)),
        ("HOST CALL", f"{hm(add_minutes(call, g['host']), t)} ({g['host_name']})"),
        ("TRADES ON SITE", hm(add_minutes(call, g["trades"]), t)),
        ("PARKING", f"{p.base_street}, {p.base_city} - {g['parking']}"),
        ("WEATHER", f"{g['weather']} · Sunrise {hm(rise, t)} · Sunset {hm(fall, t)}"),
        (
            "NEAREST EMERGENCY",
            f"{p.hospital}, {p.hospital_street}, {p.hospital_city} · {p.hospital_phone}",
        ),
    ]
    y = label_rows(c, x0, 102, right, rows, 8.5, 120, 15, rule_drop=5)
    y = _table(
        c,
        x0,
        y + 14,
        ["TIME", "SEGMENT", "WHO", "NOTES"],
        [0, 62, 230, 350],
        [(hm(add_minutes(call, o), t), s, w, n) for o, s, w, n in g["plan"]],
        right,
        ruled=True,
        lead=14,
    )
    titled_notes(c, x0, y + 8, "Please note", 9.5, g["notes"], 8.5, right - x0, 11.5)
    footer(c, f"{title} · {g['company']} · Producer: {g['producer']}", x0)
    return c.output()


def _reno_sheets() -> list[Sheet]:
    return [
        _reno(
            "stouffville",
            "Home Front",
            D(2027, 4, 20),
            "07:30",
            {
                "time_style": "us",
                "date_style": "ca_day_mon",
                # HARD: the episode's name is printed big and the series' name small above it
                # (expected the series, Home Front)
                "episode_big": True,
                "season": "Season 3",
                "episode": "Ep. 307 'The Edward Street Kitchen'",
                "shoot_day": "SHOOT DAY 3 of 5",
                "company": "Maple & Main Media for HGTV Canada",
                "owners": "Ngozi & Chidi Okafor (kids at school all day)",
                "set": "the kitchen (demo) and the back deck",
                "host": 60,
                "host_name": "Jenna Ruiz, HMU at 7:45 AM",
                "trades": 30,
                "parking": "no crew cars on Edward St",
                "weather": "Cloudy, 12°C",
                "plan": [
                    (0, "Crew call, load in, cover floors", "All crew", "Side door only"),
                    (60, "Host intro - kitchen before", "Jenna, homeowners", "2 cameras"),
                    (120, "Demo day: cabinets out", "Jenna, trades", "Safety glasses"),
                    (270, "Lunch", "", "Craft on the deck"),
                    (330, "OTF: homeowners on the deck", "Ngozi, Chidi", "Lav mics"),
                    (450, "B-roll, wrap out", "Cam 2", "Out by 3:30 PM"),
                ],
                "notes": [
                    "Releases for anyone on camera (neighbours too). Homeowners do not see the "
                    "design boards: keep them in the producer's van.",
                ],
                "producer": "Sam Whitmore 416-555-0188",
            },
        ),
        _reno(
            "oakville",
            "Home Front",
            D(2027, 5, 11),
            "08:00",
            {
                "time_style": "us_dots",
                "date_style": "us_long",
                "season": "Season 3",
                "episode": "Ep. 309 'Chisholm Street Basement'",
                "shoot_day": "SHOOT DAY 5 of 5 - REVEAL",
                "company": "Maple & Main Media for HGTV Canada",
                "owners": "Aisling Brennan & Kevin Lau",
                "set": "the finished basement and the front porch",
                "host": 30,
                "host_name": "Jenna Ruiz",
                "trades": -60,
                "parking": "shuttle from 7:30 a.m.",
                "weather": "Sunny, 19°C",
                "plan": [
                    (0, "Crew call, final dress", "Crew, design team", "Homeowners away"),
                    (120, "Reveal - homeowners arrive", "Jenna, homeowners", "ONE TAKE: 3 cams"),
                    (210, "Reveal OTFs", "Homeowners", "Front porch"),
                    (270, "Lunch", "", ""),
                    (330, "Room beauty shots", "Cam 1, gimbal", "Lights off at 4"),
                ],
                "notes": [
                    "Reveal is one take: no one in the basement but the camera team. Trades "
                    "finish the touch-ups and leave by 8:30 a.m.",
                ],
                "producer": "Sam Whitmore 416-555-0188",
            },
        ),
        _reno(
            "port_credit",
            "Home Front",
            D(2027, 6, 1),
            "07:00",
            {
                "time_style": "h24",
                "date_style": "ca_iso_wd",
                "season": "Season 3",
                "episode": "Ep. 311 'Wesley Avenue Bungalow'",
                "shoot_day": "SHOOT DAY 1 of 5",
                "company": "Maple & Main Media for HGTV Canada",
                "owners": "Tomasz & Ewa Kowalczyk",
                "set": "the bungalow's main floor and the front yard",
                "host": 60,
                "host_name": "Jenna Ruiz",
                "trades": 120,
                "parking": "free Sunday-Thursday; display the Home Front dash card",
                "weather": "Mixed sun and cloud, 21°C",
                "plan": [
                    (0, "Crew call, walk-through", "Crew", "Shoe covers"),
                    (60, "Meet the homeowners", "Jenna, homeowners", "Front yard"),
                    (150, "Before tour, wish list", "Jenna, homeowners", "Main floor"),
                    (300, "Lunch", "", ""),
                    (360, "Design meeting", "Jenna, designer", "Dining room"),
                ],
                "notes": [
                    "Day 1 = before footage: nothing moves until the before tour is shot. "
                    "The family's dog stays with the neighbours today.",
                ],
                "producer": "Sam Whitmore 416-555-0188",
            },
        ),
    ]


# --- near misses: papers that send people to an address at a time but plan no shoot ------------


Body = tuple[
    list[tuple[str, str]],
    tuple[list[str], list[float], list[tuple[str, ...]]],
    tuple[str, list[str]],
]


_nm_page = partial(near_miss_page, paper="letter", margin=44.0, top=52, label_width=130)


def _movers() -> bytes:
    """A moving company's move-day confirmation: crew arrival window, truck, stops, elevator."""
    return _nm_page(
        (
            "BURRARD INLET MOVERS LTD.",
            "Licensed & insured · Coquitlam, BC",
            "MOVE DAY CONFIRMATION",
        ),
        (
            [
                ("Customer", "R. & S. Mahal  (604) 555-0123"),
                ("Move date", "Friday, July 30, 2027"),
                ("Crew arrival", "8:00 - 9:00 AM (3 movers, 26 ft truck)"),
                ("Rate", "$189/hr + 1 hr travel; 3 hr minimum"),
            ],
            (
                ["STOP", "ADDRESS", "ELEVATOR BOOKED", "NOTES"],
                [0, 40, 250, 360],
                [
                    ("1", "1503-110 Brew St, Port Moody", "8:00 AM - 12:00 PM", "Pads on walls"),
                    ("2", "Storage locker 214, Golden Dr", "-", "Pick up 6 boxes"),
                    ("3", "2281 Kelly Ave, Port Coquitlam", "house", "Piano to basement"),
                ],
            ),
            (
                "Before we arrive",
                [
                    "Book the service elevator with your strata and reserve the loading bay. "
                    "Please have everything boxed and labelled; we do not move plants or "
                    "propane tanks. A camera crew filming your move? Tell us 48 hours ahead.",
                ],
            ),
        ),
    )


def _open_house() -> bytes:
    """A realtor's weekend open houses and a listing photo / video shoot."""
    return _nm_page(
        (
            "LAKESHORE LIVING REALTY",
            "Brokerage · 14 Lakeshore Rd E, Mississauga",
            "OPEN HOUSE WEEKEND",
        ),
        (
            [
                ("Weekend", "Saturday May 15 & Sunday May 16, 2027"),
                ("Agent on duty", "Priya Natarajan (905) 555-0144"),
                ("Listing shoot", "Friday 10:00 AM: photos, drone and a video walk-through"),
                ("Sign pick-up", "Office, Friday after 4:00 PM"),
            ],
            (
                ["LISTING", "ADDRESS", "SAT", "SUN"],
                [0, 60, 270, 370],
                [
                    ("W5587", "19 Elizabeth St N, Mississauga", "2:00 - 4:00 PM", "-"),
                    ("W5601", "402-65 Port St E, Mississauga", "-", "1:00 - 3:00 PM"),
                    ("W5613", "7 Ann St, Mississauga", "2:00 - 4:00 PM", "2:00 - 4:00 PM"),
                ],
            ),
            (
                "Reminders",
                [
                    "Sign-in sheet at the door for every visitor. Shoe covers at each house. "
                    "Sellers out of the house for the listing shoot, lights on, blinds open.",
                ],
            ),
        ),
    )


def _field_trip() -> bytes:
    """A school field trip itinerary: bus times, stops, chaperones, permission slips."""
    return _nm_page(
        (
            "MESA VISTA ELEMENTARY - 4TH GRADE",
            "Albuquerque Public Schools",
            "FIELD TRIP ITINERARY",
        ),
        (
            [
                ("Trip", "Petroglyph National Monument and the ABQ BioPark"),
                ("Date", "Thursday, April 22, 2027"),
                ("Bus departs", "8:15 AM from the front loop (students in class by 7:45 AM)"),
                ("Teacher lead", "Ms. Gallegos, school office (505) 555-0176"),
            ],
            (
                ["TIME", "STOP", "WHERE", "GROUP"],
                [0, 70, 220, 400],
                [
                    ("9:00 AM", "Boca Negra Canyon walk", "Unser Blvd NW", "All"),
                    ("11:30 AM", "Lunch (sack lunch)", "Tingley Beach picnic area", "All"),
                    ("12:30 PM", "BioPark Aquarium", "2601 Central Ave NW", "Groups A-D"),
                    ("2:15 PM", "Bus returns", "Front loop", "Pick-up 2:45 PM"),
                ],
            ),
            (
                "Please",
                [
                    "Signed permission slips by April 16. Closed-toe shoes, hat, water bottle. "
                    "Chaperones may take photos of their own child only; the park ranger may "
                    "film the talk for the park's education page.",
                ],
            ),
        ),
    )


def _other_sheets() -> list[Sheet]:
    docs = [
        (
            "near_miss_moving_company_confirmation",
            "a Lower Mainland moving company's move-day confirmation, letter: company, 'MOVE DAY "
            "CONFIRMATION', customer, move date, crew arrival window 8:00 - 9:00 AM, rate; a "
            "ruled STOP / ADDRESS / ELEVATOR BOOKED / NOTES table; notes on strata bookings",
            _movers,
        ),
        (
            "near_miss_open_house_weekend",
            "a Mississauga realtor's open-house weekend sheet, letter: brokerage, weekend, agent "
            "on duty, a listing photo / video shoot at 10:00 AM; a ruled LISTING / ADDRESS / SAT "
            "/ SUN table of open-house hours; reminders",
            _open_house,
        ),
        (
            "near_miss_field_trip_itinerary",
            "an Albuquerque elementary school's field trip itinerary, letter: trip, date, bus "
            "departs 8:15 AM, teacher lead; a ruled TIME / STOP / WHERE / GROUP table; notes on "
            "permission slips and a ranger filming the talk",
            _field_trip,
        ),
    ]
    return near_misses(_sheet, docs)


def sheets() -> list[Sheet]:
    return [
        *_episodic_sheets(),
        *_tvc_sheets(),
        *_nyindie_sheets(),
        *_ga_sheets(),
        *_western_sheets(),
        *_reno_sheets(),
        *_other_sheets(),
    ]
