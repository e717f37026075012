"""Sixty-fourth held-out set: North American mainstream production templates in layouts the
corpus lacks, in Great Plains, Mountain West, Midwest, Prairie and Atlantic Canadian towns not yet
in the corpus (`fresh63_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh63"). Commercial one-pagers whose numbered labels ("1. DATE", "2. CREW
CALL") head grid cells with the value in the cell below (Hutchinson, North Platte, Spearfish);
TV series sheets read row by row across two interleaved label / value columns (Twin Falls,
Thermopolis, Buffalo WY); agency templates with a coloured band whose title line runs on ("SHOOT
DAY 2 OF 3 · THURSDAY") (Moose Jaw, Lower Fort Garry, Waterton); Excel / Google Sheets PDF exports
with gridlines, column letters, row numbers and merged cells (Saint Andrews NB, Summerside,
Corner Brook); multi-set days with SET #1 / SET #2 / UNIT BASE / CREW PARKING / BASECAMP rows in
one locations table, the primary set first (La Crosse, Decorah, Baraboo); typed sheets in the
North American short forms ("Oct 14/27", "0730", "7:30a") (Bismarck, Dodge City, Fort Macleod).
Three near misses, all `other`: a curling club's bonspiel draw schedule, a sugar-beet
co-operative's piling-station harvest schedule and a ranch's spring branding-day plan.

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
    page,
    sheet_maker,
    time_or,
)
from tests.corpus.fresh_skeletons import Day, family, family_tables, footer, near_misses, notice
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date

P: dict[str, Place] = {
    # (1) numbered grid commercial one-pagers: Hutchinson KS, North Platte NE, Spearfish SD
    "cosmosphere": _p(
        "us",
        "Cosmosphere",
        "1100 N Plum St",
        "Hutchinson, KS 67501",
        38.0650,
        -97.9208,
        "America/Chicago",
        "Hutchinson Regional Medical Center",
        "1701 E 23rd Ave",
        "Hutchinson, KS 67502",
        "(620) 665-2000",
        "Kansas State Fairgrounds, Lot C, 2000 N Poplar St",
        "Hutchinson, KS 67502",
    ),
    "scoutsrest": _p(
        "us",
        "Buffalo Bill Ranch State Historical Park",
        "2921 Scouts Rest Ranch Rd",
        "North Platte, NE 69101",
        41.1550,
        -100.7790,
        "America/Chicago",
        "Great Plains Health",
        "601 W Leota St",
        "North Platte, NE 69101",
        "(308) 568-8000",
        "Cody Park lot, 1400 N Jeffers St",
        "North Platte, NE 69101",
    ),
    "hatchery": _p(
        "us",
        "D.C. Booth Historic National Fish Hatchery",
        "423 Hatchery Cir",
        "Spearfish, SD 57783",
        44.4875,
        -103.8578,
        "America/Denver",
        "Monument Health Spearfish Hospital",
        "1440 N Main St",
        "Spearfish, SD 57783",
        "(605) 644-4000",
        "Spearfish City Park lot, Canyon St",
        "Spearfish, SD 57783",
    ),
    # (2) TV series, two interleaved columns: Twin Falls ID, Thermopolis WY, Buffalo WY
    "shoshone": _p(
        "us",
        "Shoshone Falls Park",
        "4155 Shoshone Falls Grade",
        "Twin Falls, ID 83301",
        42.5953,
        -114.4008,
        "America/Boise",
        "St. Luke's Magic Valley Medical Center",
        "801 Pole Line Rd W",
        "Twin Falls, ID 83301",
        "(208) 814-1000",
        "College of Southern Idaho, Lot 4, 315 Falls Ave",
        "Twin Falls, ID 83301",
    ),
    "hotsprings": _p(
        "us",
        "Hot Springs State Park (State Bath House)",
        "538 N Park St",
        "Thermopolis, WY 82443",
        43.6535,
        -108.1955,
        "America/Denver",
        "Hot Springs Health",
        "150 E Arapahoe St",
        "Thermopolis, WY 82443",
        "(307) 864-3121",
        "Hot Springs County Fairgrounds lot, Fairgrounds Rd",
        "Thermopolis, WY 82443",
    ),
    "occidental": _p(
        "us",
        "The Occidental Hotel",
        "10 N Main St",
        "Buffalo, WY 82834",
        44.3483,
        -106.6989,
        "America/Denver",
        "Johnson County Healthcare Center",
        "497 W Lott St",
        "Buffalo, WY 82834",
        "(307) 684-5521",
        "Johnson County Fairgrounds, 177 Fairgrounds Rd",
        "Buffalo, WY 82834",
    ),
    # (3) agency band with a run-on title: Moose Jaw SK, Lower Fort Garry MB, Waterton AB
    "tunnels": _p(
        "ca",
        "Tunnels of Moose Jaw",
        "18 Main St N",
        "Moose Jaw, SK S6H 0V9",
        50.3929,
        -105.5346,
        "America/Regina",
        "Dr. F.H. Wigmore Regional Hospital",
        "55 Diefenbaker Dr",
        "Moose Jaw, SK S6J 0C2",
        "(306) 694-0200",
        "Crescent Park lot, Fairford St E",
        "Moose Jaw, SK S6H 0V9",
    ),
    "fortgarry": _p(
        "ca",
        "Lower Fort Garry National Historic Site",
        "5925 Hwy 9",
        "St. Andrews, MB R1A 4A8",
        50.1122,
        -96.9307,
        "America/Winnipeg",
        "Selkirk Regional Health Centre",
        "120 Easton Dr",
        "Selkirk, MB R1A 2M2",
        "(204) 482-5800",
        "Visitor centre overflow lot, Hwy 9",
        "St. Andrews, MB R1A 4A8",
    ),
    "waterton": _p(
        "ca",
        "Prince of Wales Hotel",
        "Prince of Wales Rd",
        "Waterton Park, AB T0K 2M0",
        49.0522,
        -113.9134,
        "America/Edmonton",
        "Cardston Health Centre",
        "144 2 St W",
        "Cardston, AB T0K 0K0",
        "(403) 653-5234",
        "Waterton townsite day-use lot, Mount View Rd",
        "Waterton Park, AB T0K 2M0",
    ),
    # (4) spreadsheet exports: Saint Andrews NB, Summerside PE, Corner Brook NL
    "algonquin": _p(
        "ca",
        "The Algonquin Resort",
        "184 Adolphus St",
        "Saint Andrews, NB E5B 1T7",
        45.0766,
        -67.0497,
        "America/Moncton",
        "Charlotte County Hospital",
        "4 Garden St",
        "St. Stephen, NB E3L 2L9",
        "(506) 465-4444",
        "Market Wharf lot, Water St",
        "Saint Andrews, NB E5B 1T7",
    ),
    "piping": _p(
        "ca",
        "College of Piping and Celtic Performing Arts",
        "619 Water St E",
        "Summerside, PE C1N 4H8",
        46.3990,
        -63.7770,
        "America/Halifax",
        "Prince County Hospital",
        "65 Roy Boates Ave",
        "Summerside, PE C1N 6M8",
        "(902) 438-4200",
        "Credit Union Place lot, 511 Notre Dame St",
        "Summerside, PE C1N 1T2",
    ),
    "glynmill": _p(
        "ca",
        "Glynmill Inn",
        "1B Cobb Ln",
        "Corner Brook, NL A2H 2V3",
        48.9496,
        -57.9486,
        "America/St_Johns",
        "Western Memorial Regional Hospital",
        "1 Brookfield Ave",
        "Corner Brook, NL A2H 6J7",
        "(709) 637-5000",
        "Margaret Bowater Park lot, O'Connell Dr",
        "Corner Brook, NL A2H 2V3",
    ),
    # (5) multi-set days: La Crosse WI, Decorah IA, Baraboo WI
    "hixon": _p(
        "us",
        "Hixon House",
        "429 N 7th St",
        "La Crosse, WI 54601",
        43.8163,
        -91.2474,
        "America/Chicago",
        "Gundersen Lutheran Medical Center",
        "1900 South Ave",
        "La Crosse, WI 54601",
        "(608) 782-7300",
        "300 Harborview Plaza",
        "La Crosse, WI 54601",
    ),
    "vesterheim": _p(
        "us",
        "Vesterheim National Norwegian-American Museum",
        "520 W Water St",
        "Decorah, IA 52101",
        43.3033,
        -91.7905,
        "America/Chicago",
        "Winneshiek Medical Center",
        "901 Montgomery St",
        "Decorah, IA 52101",
        "(563) 382-2911",
        "2527 Old Stage Rd",
        "Decorah, IA 52101",
    ),
    "circusworld": _p(
        "us",
        "Circus World Museum",
        "550 Water St",
        "Baraboo, WI 53913",
        43.4697,
        -89.7390,
        "America/Chicago",
        "SSM Health St. Clare Hospital - Baraboo",
        "707 14th St",
        "Baraboo, WI 53913",
        "(608) 356-1400",
        "700 Washington Ave",
        "Baraboo, WI 53913",
    ),
    # (6) typed short forms: Bismarck ND, Dodge City KS, Fort Macleod AB
    "capitol": _p(
        "us",
        "North Dakota State Capitol",
        "600 E Boulevard Ave",
        "Bismarck, ND 58505",
        46.8208,
        -100.7827,
        "America/Chicago",
        "Sanford Medical Center Bismarck",
        "300 N 7th St",
        "Bismarck, ND 58501",
        "(701) 323-6000",
        "Capitol lot E, N 4th St",
        "Bismarck, ND 58505",
    ),
    "boothill": _p(
        "us",
        "Boot Hill Museum",
        "500 W Wyatt Earp Blvd",
        "Dodge City, KS 67801",
        37.7528,
        -100.0236,
        "America/Chicago",
        "Western Plains Medical Complex",
        "3001 Avenue A",
        "Dodge City, KS 67801",
        "(620) 225-8400",
        "Civic Center lot, 2100 1st Ave",
        "Dodge City, KS 67801",
    ),
    "nwmp": _p(
        "ca",
        "Fort Museum of the North West Mounted Police",
        "219 Jerry Potts Blvd",
        "Fort Macleod, AB T0L 0Z0",
        49.7245,
        -113.4097,
        "America/Edmonton",
        "Fort Macleod Health Centre",
        "744 26 St",
        "Fort Macleod, AB T0L 0Z0",
        "(403) 553-5311",
        "Town arena lot, 2nd Ave",
        "Fort Macleod, AB T0L 0Z0",
    ),
}


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's ("us", "us_letter", "military"...) plus this set's."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "us_a": f"{h12}:{m:02d}{ap[0].lower()}",  # "7:30a"
        "us_caps_a": f"{h12}:{m:02d}{ap[0]}",  # "7:30A"
        "mil_h": f"{h:02d}{m:02d}h",  # Canadian "0730h"
        "mil_hrs": f"{h:02d}{m:02d} hrs",  # "0730 hrs"
        "us_dot": f"{h12}:{m:02d} {ap[0].lower()}.m.",  # "7:30 a.m."
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's ("us_long", "mon_slash_yy"...) plus this set's."""
    forms = {
        "caps": f"{d:%A}, {d:%B} {d.day}, {d.year}".upper(),  # "THURSDAY, OCTOBER 14, 2027"
        "wd_mon_yy": f"{d:%a} {d:%b} {d.day}/{d:%y}",  # "Thu Oct 14/27"
        "mon_yy_wd": f"{d:%b} {d.day}/{d:%y} ({d:%A})",  # "Oct 14/27 (Thursday)"
        "ca_iso": f"{d.isoformat()} ({d:%a})",  # "2027-10-14 (Thu)"
        "us_dash": f"{d:%a} {d.month:02d}-{d.day:02d}-{d:%y}",  # "Thu 10-14-27"
        "abbr": f"{d:%a}, {d:%b} {d.day}, {d.year}",  # "Thu, Oct 14, 2027"
        "num_full": f"{d:%A} {d.month}/{d.day}/{d.year}",  # "Thursday 10/14/2027"
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh63")
_table = partial(head_table, size=7.5, lead=12)
_family = partial(family, _sheet, P)
_day_tables = partial(family_tables, _table, hm)

SCENES = (["SC", "SET / DESCRIPTION", "D/N", "PGS", "CAST"], [0, 34, 320, 360, 405])
SHOTS = (["#", "SHOT / SETUP", "TIME", "NOTES", "TALENT"], [0, 34, 260, 320, 430])
CAST = (["#", "TALENT / CAST", "ROLE", "P/U", "H/MU/WD", "SET"], [0, 16, 150, 270, 340, 420])
CREW = (["DEPT", "NAME", "PHONE", "CALL"], [0, 110, 260, 420])


def _tables(
    c: Canvas, x: float, y: float, right: float, spec: Day, *, shots: bool = False
) -> float:
    """The day's scenes (or a commercial's shots), cast and crew, notes under them."""
    return _day_tables(
        c,
        x,
        y,
        right,
        spec,
        scenes=SHOTS if shots else SCENES,
        cast=CAST,
        steps=[-60, -45, 0],
        numbered=True,
        crew=CREW,
        notes=(spec.g.get("notes_head", "NOTES"), 8.5, 7.5, 10),
    )


def _crew(*rows: tuple[str, str, int]) -> list[tuple[str, str, str, int]]:
    """Crew rows (dept, name, minutes from call) with 555 phone numbers."""
    return [(d, n, f"555-01{30 + i:02d}", off) for i, (d, n, off) in enumerate(rows)]


def _cell_value(c: Canvas, x: float, y: float, w: float, lines: list[str], size: float) -> None:
    """A grid cell's value lines under its label, shrunk to the cell's width."""
    for i, ln in enumerate(lines):
        fit(c, x + 5, y + i * (size + 2.5), ln, size if i == 0 else size - 1, w - 10, bold=i == 0)


# --- (1) commercial one-pager: numbered labels over the value's cell --------------------------


@_family(
    "plains_numbered_grid",
    "US commercial production company one-pager, Letter: the company's logo line and job "
    "number, the spot title; a ruled grid of numbered label cells ('1. DATE', '2. CREW CALL', "
    "'3. SHOOTING CALL', '4. SET LOCATION', '5. PARKING / BASECAMP', '6. NEAREST HOSPITAL', "
    "'7. SUNRISE', '8. SUNSET', '9. WEATHER'), each value in the cell BELOW its label row; shots, "
    "talent, crew",
    name="ks_ne_sd_{key}",
)
def _grid(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", g["font"], margin=34.0)
    w = right - x0
    c.text(x0, 50, g["company"], 15, bold=True)
    grey_text(c, x0, 62, g["company_line"], 7.5)
    c.right(right, 50, "CALL SHEET", 15, bold=True)
    c.right(right, 62, g["job"], 8)
    c.hline(x0, right, 70, 1.2)
    c.text(x0, 92, title, 17, bold=True)
    c.right(right, 92, g["client"], 9)
    cells = [
        ("DATE", [day_text(day, g["date_style"])]),
        ("CREW CALL", [hm(call, t), *g.get("call_note", [])]),
        ("SHOOTING CALL", [hm(add_minutes(call, g["shoot"]), t)]),
        ("SET LOCATION", [p.name, p.street, p.city, *g["set_lines"]]),
        ("PARKING / BASECAMP", [p.base_street, p.base_city]),
        ("NEAREST HOSPITAL", [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]),
        ("SUNRISE", [hm(rise, t)]),
        ("SUNSET", [hm(fall, t)]),
        ("WEATHER", [g["weather"]]),
    ]
    if g.get("order") == "hospital_last":
        cells = cells[:4] + cells[6:9] + cells[4:6]
    # the template numbers its cells in reading order, whatever the order of the facts
    cells = [(f"{i}. {lab}", vals) for i, (lab, vals) in enumerate(cells, 1)]
    cw = w / 3
    y = 104.0
    for r in range(3):
        row = cells[r * 3 : r * 3 + 3]
        deep = max(len(v) for _, v in row)
        vh = 10 + deep * 11
        for i, (lab, vals) in enumerate(row):
            cx = x0 + i * cw
            fill(c, cx, y, cw, 13, g["shade"])
            c.box(cx, y, cw, 13, 0.6)
            c.text(cx + 5, y + 9.5, lab, 7.5, bold=True)
            c.box(cx, y + 13, cw, vh, 0.6)
            _cell_value(c, cx, y + 13 + 12, cw, vals, 9.5 if deep > 1 else 12)
        y += 13 + vh
    y = _tables(c, x0, y + 20, right, spec, shots=True)
    footer(c, g["footer"], x0)
    return c.output()


def _grid_sheets() -> list[Sheet]:
    common = {"font": "helvetica", "notes_head": "PRODUCTION NOTES"}
    return [
        _grid(
            "cosmosphere",
            "Prairie Orbit Credit Union :30",
            D(2026, 4, 22),
            "07:00",
            {
                **common,
                "time_style": "us",
                "date_style": "us_long",
                "company": "WHEATLINE PICTURES",
                "company_line": "Commercial production  ·  Wichita, KS  ·  wheatline.example",
                "job": "Job #WL-2611  ·  Day 1 of 2",
                "client": "Client: Prairie Orbit CU  /  Agency: Flint Hills Creative",
                "shoot": 90,
                "set": "Hall of Space Museum, lower level",
                "set_lines": ["Hall of Space Museum, lower level"],
                "weather": "Sunny, 58-74°F, S wind 15 mph",
                "shade": 225,
                "scenes": [
                    ("1", "Wide: family walks past Apollo 13 capsule", "8:30", "dolly", "1, 2"),
                    ("2", "Close: kid's face lit by the screen", "10:00", "slider", "2"),
                    ("3", "Product: phone app on the SR-71 rail", "13:30", "tabletop", "-"),
                ],
                "cast": [("Dana Whitfield", "MOM", 0), ("Eli Navarro", "KID (minor)", 30)],
                "crew": _crew(
                    ("Producer", "Carla Benning", 0),
                    ("Director", "Mitch Arlen", 0),
                    ("DP", "Ravi Castellano", -30),
                    ("Studio teacher", "Joan Petty", 30),
                ),
                "notes": [
                    "Minor on set: studio teacher present, 9.5 h max on site. Museum open to the "
                    "public from 10:00: keep the lower-level walkway clear."
                ],
                "footer": "Wheatline Pictures  ·  Prairie Orbit :30  ·  Call sheet 1/2",
            },
        ),
        _grid(
            "scoutsrest",
            "Union Pacific 'Heartland' :60",
            D(2026, 6, 10),
            "05:30",
            {
                **common,
                "font": "sans",
                "time_style": "us_a",
                "date_style": "num_full",
                "company": "BIG SKY FORGE",
                "company_line": "Production services  ·  Omaha, NE",
                "job": "PO 4471-B  ·  Shoot day 2 of 3",
                "client": "Agency: Loup & Platte  ·  Brand: Heartland Rail",
                "shoot": 60,
                "set": "Scout's Rest mansion porch and barn",
                "set_lines": ["Scout's Rest mansion porch and barn"],
                "weather": "Clear, 61-88°F, light wind",
                "shade": 200,
                "order": "hospital_last",
                "scenes": [
                    ("4", "Sunrise: horse and rider past the barn", "5:50", "magic hour", "3"),
                    ("5", "Porch: grandfather reads the letter", "9:00", "A+B cams", "1, 3"),
                    ("6", "Barn loft: kids find the model train", "11:30", "practicals", "2"),
                ],
                "cast": [
                    ("Walt Hennessey", "GRANDFATHER", 30),
                    ("Tess Ambrose", "GRANDDAUGHTER", 60),
                    ("Cole Bradley", "RIDER", -15),
                ],
                "crew": _crew(
                    ("Producer", "Nora Kessel", 0),
                    ("1st AD", "Danny Ruhl", -15),
                    ("Wrangler", "Buck Thorson", -60),
                    ("Gaffer", "Lena Moritz", 0),
                ),
                "notes": [
                    "State park rules: no smoking in the barn, vehicles stay on gravel. Livestock "
                    "on set from 05:00: wrangler has right of way."
                ],
                "footer": "Big Sky Forge  ·  Heartland :60  ·  Day 2",
            },
        ),
        _grid(
            "hatchery",
            "Black Hills Outfitters 'Cold Water'",
            D(2026, 9, 17),
            "06:45",
            {
                **common,
                "time_style": "us_lower",
                "date_style": "abbr",
                "company": "TIMBERLINE CONTENT CO.",
                "company_line": "Rapid City, SD  ·  (605) 555-0144",
                "job": "Job 26-118  ·  1 day",
                "client": "Client: Black Hills Outfitters  (direct)",
                # HARD: the crew-call cell also prints the riggers' earlier call under the call
                "call_note": ["Riggers / locations 5:15am"],
                "shoot": 75,
                "set": "Hatchery ponds and the Booth House lawn",
                "set_lines": ["Hatchery ponds and the Booth House lawn"],
                "weather": "Patchy fog early, 44-70°F",
                "shade": 235,
                "scenes": [
                    ("1", "Fly-cast over the trout pond, fog", "8:00", "long lens", "1"),
                    ("2", "Underwater viewing window: trout", "10:30", "housing", "-"),
                    ("3", "Jacket hero on the Booth House lawn", "13:00", "steadicam", "1, 2"),
                ],
                "cast": [("Jessa Lind", "ANGLER", 15), ("Marcus Two Bulls", "GUIDE", 45)],
                "crew": _crew(
                    ("Producer", "Hal Brekke", 0),
                    ("Director / DP", "Aimee Soto", 0),
                    ("Location mgr", "Pete Vang", -45),
                ),
                "notes": [
                    "US Fish & Wildlife site: stay off the raceway walls, no hands in the ponds. "
                    "Dress warm, it is 44°F at call."
                ],
                "footer": "Timberline Content Co.  ·  Cold Water  ·  Call sheet",
            },
        ),
    ]


# --- (2) TV series: two interleaved label / value columns read row by row --------------------


def _pairs(c: Canvas, x: float, y: float, right: float, rows: list, size: float) -> float:
    """Rows of two (label, value) pairs: left label and value, right label and value, a thin
    rule under each row; a None pair leaves its half empty. Returns the y under the last."""
    half = (right - x) / 2
    for left, rgt in rows:
        for dx, pair in ((0.0, left), (half, rgt)):
            if pair is None:
                continue
            lab, val = pair
            if lab:
                c.text(x + dx, y, lab, size - 1, bold=True)
            fit(c, x + dx + 92, y, val, size, half - 98)
        c.hline(x, right, y + 3.5, 0.2)
        y += size + 5
    return y


@_family(
    "mtn_tv_two_column",
    "US TV series call sheet, Letter: the series and episode title centred over 'CALL SHEET' "
    "and credits; a block read row by row across two interleaved columns (left DATE / DAY / "
    "SET #1 with its address lines / BASECAMP, right CREW CALL / SHOOTING CALL / SUNRISE / "
    "SUNSET / WEATHER / NEAREST HOSPITAL with its lines), each row ruled; scenes, cast, crew",
    name="id_wy_{key}",
)
def _tv(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", g["font"], margin=36.0)
    centre(c, 50, title, 18)
    centre(c, 64, g["episode"], 10, bold=False)
    centre(c, 80, "CALL SHEET", 12)
    grey_text(c, x0, 96, g["credits"], 7.5)
    c.hline(x0, right, 102, 1.0)
    hosp = [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]
    left = [
        ("DATE", day_text(day, g["date_style"])),
        ("DAY", g["day_n"]),
        ("SET #1", p.name),
        ("", p.street),
        ("", p.city),
        ("", g["set"]),
        ("BASECAMP", p.base_street),
        ("", p.base_city),
    ]
    right_col = [
        ("CREW CALL", hm(call, t)),
        ("SHOOTING CALL", hm(add_minutes(call, g["shoot"]), t)),
        ("SUNRISE", hm(rise, t)),
        ("SUNSET", hm(fall, t)),
        ("WEATHER", g["weather"]),
        ("NEAREST HOSPITAL", hosp[0]),
        ("", hosp[1]),
        ("", f"{hosp[2]}  {hosp[3]}"),
    ]
    if g.get("lunch_first"):
        # HARD: the right column opens with the meal times, the crew call only on row three
        right_col = [
            ("BREAKFAST", hm(add_minutes(call, -30), t)),
            ("LUNCH", hm(add_minutes(call, 360), t)),
        ]
        right_col += [("CREW CALL", hm(call, t)), ("SUNRISE", hm(rise, t)), ("SUNSET", hm(fall, t))]
        right_col += [("NEAREST HOSPITAL", hosp[0]), ("", hosp[1]), ("", f"{hosp[2]}  {hosp[3]}")]
    y = _pairs(c, x0, 118, right, list(zip(left, right_col, strict=True)), g["size"])
    y = _tables(c, x0, y + 14, right, spec)
    footer(c, g["footer"], x0)
    return c.output()


def _tv_sheets() -> list[Sheet]:
    return [
        _tv(
            "shoshone",
            "Snake River Rising",
            D(2026, 5, 19),
            "06:00",
            {
                "font": "helvetica",
                "time_style": "us",
                "date_style": "us_long",
                "size": 9,
                "episode": 'Episode 104 "Below the Rim"',
                "credits": "Exec. producers: Ruth Calloway, Dev Anand  ·  Director: Lisa "
                "Marchetti  ·  UPM: Glenn Sato  ·  1st AD: Owen Pike",
                "day_n": "Day 7 of 9 (Ep. 104)",
                "shoot": 75,
                "set": "South rim overlook and the boat ramp",
                "weather": "Sunny, 48-71°F, gusts 20 mph",
                "scenes": [
                    ("18", "EXT. OVERLOOK - Jack spots the raft", "D", "1 4/8", "1, 2"),
                    ("19", "EXT. BOAT RAMP - the sheriff arrives", "D", "2/8", "1, 3"),
                    ("22", "EXT. OVERLOOK - argument at the rail", "D", "1 2/8", "1, 2, 3"),
                ],
                "cast": [
                    ("Brandon Keyes", "JACK", 0),
                    ("Mia Ortega", "KELSEY", 15),
                    ("Ray Dunn", "SHERIFF", 90),
                ],
                "crew": _crew(
                    ("UPM", "Glenn Sato", 0),
                    ("Camera", "Haley Brooks", 0),
                    ("Transpo", "Vic Lund", -90),
                ),
                "notes": [
                    "Canyon road single lane: shuttle from basecamp every 15 min. Harness "
                    "required within 6 ft of the rim."
                ],
                "footer": "Snake River Rising  ·  Ep. 104  ·  Call sheet Day 7",
            },
        ),
        _tv(
            "hotsprings",
            "Bighorn County",
            D(2026, 10, 6),
            "07:30",
            {
                "font": "times",
                "time_style": "us_caps_a",
                "date_style": "caps",
                "size": 9.5,
                "episode": 'Season 2, Episode 6 "Mineral Water"',
                "credits": "Showrunner: Cass Whitley  ·  Director: Tomas Reyes  ·  1st AD: "
                "Dee Hammond",
                "day_n": "Ep. 206 · Day 4 of 8",
                "shoot": 90,
                "set": "Bath House terraces and swinging bridge",
                "weather": "Partly cloudy, 38-64°F",
                "scenes": [
                    ("31", "EXT. TERRACES - steam at dawn, Annie alone", "D", "6/8", "1"),
                    ("32", "INT. BATH HOUSE - Wade confesses", "D", "2 1/8", "1, 4"),
                ],
                "cast": [("Harper Lane", "ANNIE", 0), ("Duke Mercer", "WADE", 60)],
                "crew": _crew(
                    ("UPM", "Rita Klein", 0),
                    ("Sound", "Bo Larsen", 0),
                    ("Locations", "Jim Eckert", -60),
                ),
                "notes": [
                    "Travertine terraces are fragile: stay on the boardwalk. Bath House "
                    "open to the public after 12:00: hold the lobby only."
                ],
                "footer": "Bighorn County  ·  206  ·  Day 4",
            },
        ),
        _tv(
            "occidental",
            "Powder River",
            D(2027, 3, 16),
            "08:00",
            {
                "font": "helvetica",
                "time_style": "us_lower",
                "date_style": "abbr",
                "size": 9,
                "lunch_first": True,
                "episode": 'Episode 3 "The Saloon Floor"',
                "credits": "Creator: Jody Fenwick  ·  Director: Sam Ochoa  ·  1st AD: Carrie "
                "Vo  ·  2nd AD: Nate Ball",
                "day_n": "Day 11 of 40",
                "shoot": 60,
                "set": "Saloon and hotel lobby, ground floor",
                "weather": "Snow showers, 21-35°F",
                "scenes": [
                    ("40", "INT. SALOON - card game, Ned wins big", "N", "2", "1, 2, 5"),
                    ("41", "INT. HOTEL LOBBY - the letter at the desk", "D", "7/8", "3"),
                ],
                "cast": [
                    ("Ford Maddox", "NED", 0),
                    ("June Carraway", "LIZZIE", 30),
                    ("Abe Tallman", "CLERK", 120),
                ],
                "crew": _crew(
                    ("UPM", "Kim Beck", 0), ("Art", "Sara Moen", -60), ("Grip", "Lyle Ortiz", 0)
                ),
                "notes": [
                    "Historic hotel: felt pads on every stand, no tape on the bar. Roads "
                    "icy: chains in all unit vehicles."
                ],
                "footer": "Powder River  ·  Ep. 3  ·  Day 11",
            },
        ),
    ]


# --- (3) agency template: coloured band, title line running on --------------------------------


def _card(
    c: Canvas, x: float, y: float, w: float, h: float, head: str, lines: list, tint: tuple
) -> None:
    """A card with a tinted head strip and its lines (bold first) under it."""
    c.pdf.set_fill_color(*tint)
    c.pdf.rect(x, y, w, 14, style="F")
    c.pdf.set_text_color(255, 255, 255)
    c.text(x + 6, y + 10, head, 8, bold=True)
    c.pdf.set_text_color(0, 0, 0)
    c.box(x, y, w, h, 0.5)
    for i, ln in enumerate(lines):
        fit(c, x + 6, y + 26 + i * 11, ln, 8.5, w - 12, bold=i == 0)


@_family(
    "prairie_agency_band",
    "Canadian agency / branded call sheet, Letter: a full-width coloured band with the agency "
    "and client; the title on one baseline with trailing text ('SHOOT DAY 2 OF 3 · "
    "THURSDAY'); WHEN / WHERE / SAFETY cards (date, crew call, talent call, sun; location, "
    "parking; nearest hospital with emergency, 911); a timed RUN OF SHOW, talent, crew",
    name="sk_mb_ab_{key}",
)
def _band(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", g["font"], margin=36.0)
    w = right - x0
    tint = g["tint"]
    c.pdf.set_fill_color(*tint)
    c.pdf.rect(0, 0, c.width, 58, style="F")
    c.pdf.set_text_color(255, 255, 255)
    c.text(x0, 28, g["agency"], 14, bold=True)
    c.text(x0, 44, g["tagline"], 8)
    c.right(right, 28, "CALL SHEET", 12, bold=True)
    c.right(right, 44, g["client"], 8)
    c.pdf.set_text_color(0, 0, 0)
    run_on = g["run_on"].format(wd=day.strftime("%A").upper())
    x = x0 + c.text(x0, 84, title, 16, bold=True)
    fit(c, x + 8, 84, run_on, 11, right - x - 8, bold=g.get("run_on_bold", False))
    c.hline(x0, right, 92, 0.8)
    cw = (w - 16) / 3
    when = [
        day_text(day, g["date_style"]),
        f"Crew call: {hm(call, t)}",
        f"Talent call: {hm(add_minutes(call, g['talent']), t)}",
        f"Sunrise {hm(rise, t)}  ·  Sunset {hm(fall, t)}",
        g["weather"],
    ]
    where = [p.name, p.street, p.city, g["set"], f"Parking: {p.base_street}"]
    safety = [
        p.hospital,
        p.hospital_street,
        p.hospital_city,
        f"ER {p.hospital_phone}",
        "Emergency: 911",
    ]
    cards = [("WHEN", when), ("WHERE", where), ("SAFETY / NEAREST ER", safety)]
    if g.get("safety_first"):
        cards = [cards[2], cards[0], cards[1]]
    for i, (head, lines) in enumerate(cards):
        _card(c, x0 + i * (cw + 8), 102, cw, 82, head, lines, tint)
    _tables(c, x0, 206, right, spec, shots=True)
    footer(c, g["footer"], x0)
    return c.output()


def _band_sheets() -> list[Sheet]:
    return [
        _band(
            "tunnels",
            "SaskTel 'Underground'",
            D(2026, 7, 16),
            "08:00",
            {
                "font": "helvetica",
                "time_style": "us",
                "date_style": "us_long",
                "tint": (196, 64, 32),
                "agency": "NORTHFIELD & CO.",
                "tagline": "Brand films  ·  Regina, SK",
                "client": "Client: SaskTel  ·  Job NF-0712",
                "run_on": "·  SHOOT DAY 2 OF 3 · {wd}",
                "talent": 60,
                "set": "Chicago Connection tunnels, lower passage",
                "weather": "Sunny, 14-29°C",
                "scenes": [
                    ("1", "Walk-and-talk through the tunnel bar", "9:30", "gimbal", "1, 2"),
                    ("2", "Phone glows in the dark passage", "11:00", "macro", "1"),
                    ("3", "Exit up the stairs to Main St", "14:30", "crane", "1, 2"),
                ],
                "cast": [("Amara Okafor", "LEAD", 0), ("Jonah Riel", "FRIEND", 30)],
                "crew": _crew(
                    ("Agency producer", "Tessa Lam", 0),
                    ("Director", "Gord Paulsen", 0),
                    ("1st AD", "Mei Chen", -15),
                ),
                "notes": [
                    "Tunnels are 10°C: bring a layer. Tour groups pass every 40 min: "
                    "lock-ups at each end."
                ],
                "footer": "Northfield & Co.  ·  SaskTel Underground  ·  Day 2 of 3",
            },
        ),
        _band(
            "fortgarry",
            "Manitoba Hydro 'Stone Fort'",
            D(2026, 8, 27),
            "06:30",
            {
                "font": "sans",
                "time_style": "us_a",
                "date_style": "abbr",
                "tint": (20, 90, 140),
                "agency": "RED RIVER CREATIVE",
                "tagline": "Winnipeg  ·  redriver.example",
                "client": "Manitoba Hydro  ·  :30 + :15 cutdown",
                "run_on": "— Shoot Day 1 of 1 · {wd}",
                "talent": 45,
                "safety_first": True,
                "set": "Big House veranda and the riverbank",
                "weather": "Clear, 12-27°C, mosquitoes",
                "scenes": [
                    ("1", "Dawn: interpreter lights the lamp", "6:45", "magic hour", "1"),
                    ("2", "Kids run the stone wall", "9:00", "drone (permit)", "2, 3"),
                ],
                "cast": [
                    ("Ellen Bouchard", "INTERPRETER", 0),
                    ("Ty Kaur", "KID 1", 60),
                    ("Ava Monias", "KID 2", 60),
                ],
                "crew": _crew(
                    ("Producer", "Luc Gagnon", 0),
                    ("DP", "Ari Feld", -15),
                    ("Parks liaison", "Wendy Sinclair", -30),
                ),
                "notes": [
                    "Parks Canada site: no stakes in the ground, drone only over the "
                    "riverbank with the liaison present."
                ],
                "footer": "Red River Creative  ·  Stone Fort  ·  Call sheet",
            },
        ),
        _band(
            "waterton",
            "Travel Alberta 'Wind Lake'",
            D(2026, 6, 24),
            "05:00",
            {
                "font": "helvetica",
                "time_style": "us_lower",
                "date_style": "caps",
                "tint": (40, 110, 70),
                "agency": "CHINOOK BRAND STUDIO",
                "tagline": "Lethbridge  ·  Banff",
                "client": "Client: Travel Alberta  ·  Job 26-44",
                # HARD: the run-on text after the title carries the day's company move time
                "run_on": "SHOOT DAY 3 OF 3 · {wd} · MOVE TO TOWNSITE 1:30pm",
                "run_on_bold": True,
                "talent": 30,
                "set": "Hotel bluff lawn over Upper Waterton Lake",
                "weather": "Windy, 9-21°C, gusts 60 km/h",
                "scenes": [
                    ("7", "Sunrise: hotel on the bluff, wide", "5:20", "two cams", "-"),
                    ("8", "Couple at the lawn rail, wind in hair", "7:30", "long lens", "1, 2"),
                ],
                "cast": [("Noor Haddad", "TRAVELLER", 0), ("Kyle Redcrow", "TRAVELLER", 0)],
                "crew": _crew(
                    ("Agency", "Dana Price", 0),
                    ("Director", "Ben Kurz", 0),
                    ("Grip", "Rob Tait", -30),
                ),
                "notes": [
                    "Bears in the townsite: no food left out, bear spray with every team. "
                    "Wind over 70 km/h stands the grip crew down."
                ],
                "footer": "Chinook Brand Studio  ·  Wind Lake  ·  Day 3 of 3",
            },
        ),
    ]


# --- (4) spreadsheet exports: gridlines, column letters, merged cells ------------------------


@_family(
    "atlantic_sheet_export",
    "Excel / Google Sheets call sheet exported to PDF, Letter: every cell ruled in light grey "
    "gridlines, the title and company in merged cells across the top, LABEL | VALUE | LABEL | "
    "VALUE rows (Date, Crew Call, Shooting Call, Sunrise, Sunset, Location, Parking, Nearest "
    "Hospital), addresses in merged cells; with or without the A B C column letters and row "
    "numbers printed; a scene rows block and crew rows below",
    name="nb_pe_nl_{key}",
)
def _xls(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", g["font"], margin=30.0)
    heads = g.get("headings", False)
    gx = x0 + (18 if heads else 0)
    cols = [88, 150, 88, right - gx - 326]
    rh = 15.0
    rows: list[list[str]] = [
        [title],
        [g["company"]],
        ["Date", day_text(day, g["date_style"]), "Call Sheet #", g["n"]],
        *([[g["precall"][0], hm(g["precall"][1], t)]] if "precall" in g else []),
        ["Crew Call", hm(call, t), "Shooting Call", hm(add_minutes(call, g["shoot"]), t)],
        ["Sunrise", hm(rise, t), "Sunset", hm(fall, t)],
        ["Location", p.name],
        ["", p.address],
        ["Set", g["set"]],
        ["Parking", p.base],
        ["Nearest Hospital", f"{p.hospital}, {p.hospital_address}  {p.hospital_phone}"],
        ["Weather", g["weather"], "Lunch", hm(add_minutes(call, 360), t)],
        ["", "", "", ""],
        ["Sc.", "Description", "Cast", "Pages"],
        *[[a, b, d, e] for a, b, _, e, d in g["scenes"]],
        ["", "", "", ""],
        ["Dept", "Name", "Phone", "Call"],
        *[[d, n, ph, hm(add_minutes(call, off), t)] for d, n, ph, off in g["crew"]],
    ]
    facts_end = rows.index(["", "", "", ""])  # label / value pairs end at the first blank row
    y0 = 40.0
    c.pdf.set_draw_color(190, 190, 190)
    if heads:
        xx = gx
        for i, w in enumerate(cols):
            fill(c, xx, y0 - rh, w, rh, 232)
            c.box(xx, y0 - rh, w, rh, 0.3)
            c.text(xx + w / 2 - 3, y0 - 4, "ABCD"[i], 7.5)
            xx += w
    for r, row in enumerate(rows):
        y = y0 + r * rh
        if heads:
            fill(c, x0, y, 18, rh, 232)
            c.box(x0, y, 18, rh, 0.3)
            c.text(x0 + 3, y + 10.5, str(r + 1), 6.5)
        # short rows are merged cells: A:D for the two title rows, else B:D
        merged = [sum(cols)] if r < 2 else [cols[0], sum(cols[1:])]
        spans = merged if len(row) < 4 else cols
        xx = gx
        for i, w in enumerate(spans):
            c.box(xx, y, w, rh, 0.3)
            text = row[i] if i < len(row) else ""
            bold = (
                r < 2
                or (i % 2 == 0 and len(row) == 4 and r < facts_end)
                or (len(row) == 2 and i == 0)
            )
            bold = bold or row[0] in ("Sc.", "Dept")
            size = 13 if r == 0 else 8
            fit(c, xx + 3, y + 11 if r else y + 12, text, size, w - 6, bold=bold)
            xx += w
    c.pdf.set_draw_color(0, 0, 0)
    grey_text(c, x0, c.pdf.h - 20, g["footer"], 7)
    return c.output()


def _xls_sheets() -> list[Sheet]:
    return [
        _xls(
            "algonquin",
            "The Summer People",
            D(2026, 8, 11),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "us",
                "date_style": "us_long",
                "headings": True,
                "company": "Fundy Tide Films Inc.  ·  Saint John, NB  ·  Producer: Claire LeBlanc",
                "n": "14",
                "shoot": 60,
                "set": "Ballroom and the south veranda",
                "weather": "Fog to sun, 14-23°C",
                "scenes": [
                    ("44", "INT. BALLROOM - the engagement toast", "D", "2 3/8", "1, 2, 4"),
                    ("45", "EXT. VERANDA - Margot slips away", "D", "5/8", "2"),
                ],
                "crew": _crew(
                    ("Production", "Claire LeBlanc", 0),
                    ("Camera", "Yves Arsenault", 0),
                    ("Locations", "Sean Doucet", -60),
                ),
                "footer": "The Summer People - CS14.xlsx  ·  Page 1 of 1",
            },
        ),
        _xls(
            "piping",
            "Island Reel",
            D(2026, 9, 29),
            "08:30",
            {
                "font": "sans",
                "time_style": "h24",
                "date_style": "ca_iso",
                "company": "Red Sands Media  ·  Charlottetown  ·  PM: Heather MacLeod",
                "n": "3",
                "shoot": 45,
                "set": "Main stage and the rehearsal hall",
                "weather": "Showers, 11-17°C",
                "scenes": [
                    ("9", "INT. MAIN STAGE - the pipe band tunes up", "D", "1 1/8", "1, 3"),
                    ("10", "INT. REHEARSAL HALL - step dance lesson", "D", "1 4/8", "2, 3"),
                ],
                "crew": _crew(
                    ("Production", "Heather MacLeod", 0),
                    ("Sound", "Angus Gallant", -15),
                    ("Art", "Rae Perry", -45),
                ),
                "footer": "Island Reel call sheet  ·  Google Sheets export",
            },
        ),
        _xls(
            "glynmill",
            "Humber Valley",
            D(2027, 2, 9),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "military",
                "date_style": "mon_yy_wd",
                "company": "Rock & Kettle Productions  ·  St. John's, NL",
                "n": "22",
                # HARD: a pre-call row for grip and electric (0600) sits above the crew call row
                "precall": ("Pre-Call G/E", "06:00"),
                "shoot": 60,
                "set": "Tudor dining room and the front lawn",
                "weather": "Snow, -9 to -3°C",
                "scenes": [
                    ("61", "INT. DINING ROOM - Gerald's last supper", "N", "3", "1, 2, 5"),
                    ("62", "EXT. FRONT LAWN - headlights in the snow", "N", "4/8", "1"),
                ],
                "crew": _crew(
                    ("Production", "Maura Kavanagh", 0),
                    ("Grip", "Dwayne Pardy", -30),
                    ("Transport", "Gus Rideout", -60),
                ),
                "footer": "HUMBER VALLEY - Call Sheet 22 - Sheet1",
            },
        ),
    ]


# --- (5) multi-set days: one LOCATIONS table, SET #1 first -----------------------------------

LOC_HEADS = (["", "LOCATION", "ADDRESS", "NOTES"], [0, 78, 232, 418])


@_family(
    "midwest_multi_set_table",
    "US feature call sheet, Letter: title and company top left, a boxed GENERAL CREW CALL top "
    "right over the date, day count and sun; one ruled LOCATIONS table whose rows are SET #1 "
    "(the primary set), SET #2 (after the company move), UNIT BASE, CREW PARKING and BASECAMP "
    "(or a subset), each with the place, the address and a note; a NEAREST HOSPITAL (ER) line "
    "under it; scenes with the set number, cast, crew",
    name="wi_ia_{key}",
)
def _multi(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", g["font"], margin=34.0)
    c.text(x0, 48, title, 18, bold=True)
    c.text(x0, 62, g["company"], 8.5)
    grey_text(c, x0, 74, g["credits"], 7.5)
    bx = right - 170
    c.box(bx, 30, 170, 46, 1.4)
    centre_x = bx + 85
    lab = "GENERAL CREW CALL"
    c.text(centre_x - c.pdf.get_string_width(lab) / 2 - 8, 42, lab, 8, bold=True)
    c.right(bx + 130, 68, hm(call, t), 20, bold=True)
    c.right(right, 90, day_text(day, g["date_style"]), 9.5, bold=True)
    c.right(right, 102, f"{g['day_n']}  ·  Sunrise {hm(rise, t)}  ·  Sunset {hm(fall, t)}", 8)
    c.hline(x0, right, 110, 1.0)
    s2_name, s2_addr, s2_note = g["set2"]
    rows = [
        ("SET #1", p.name, p.address, g["set"]),
        ("SET #2", s2_name, s2_addr, s2_note),
        ("UNIT BASE", g["base_name"], p.base, g["base_note"]),
        ("CREW PARKING", g["park_name"], g["park_addr"], g["park_note"]),
    ]
    if g.get("basecamp"):
        rows.append(("BASECAMP", *g["basecamp"]))
    heads, xs = LOC_HEADS
    fill(c, x0, 116, right - x0, 13, 40)
    c.pdf.set_text_color(255, 255, 255)
    c.text(x0 + 3, 125.5, "LOCATIONS", 8, bold=True)
    for h, dx in zip(heads[1:], xs[1:], strict=True):
        c.text(x0 + 3 + dx, 125.5, h, 7.5, bold=True)
    c.pdf.set_text_color(0, 0, 0)
    y = 129.0
    for row in rows:
        c.box(x0, y, right - x0, 16, 0.4)
        for i, (text, dx) in enumerate(zip(row, xs, strict=True)):
            x1 = xs[i + 1] if i + 1 < len(xs) else right - x0
            fit(c, x0 + 3 + dx, y + 11, text, 8, x1 - dx - 6, bold=i == 0)
        y += 16
    y += 14
    lw = c.text(x0, y, "NEAREST HOSPITAL (ER):", 8.5, bold=True) + 6
    hosp = f"{p.hospital}, {p.hospital_address}  ·  {p.hospital_phone}"
    fit(c, x0 + lw, y, hosp, 8.5, right - x0 - lw)
    y += 12
    c.text(x0, y, g["move"], 8.5, bold=True)
    y = _tables(c, x0, y + 20, right, spec)
    footer(c, g["footer"], x0)
    return c.output()


def _multi_sheets() -> list[Sheet]:
    return [
        _multi(
            "hixon",
            "The Lumber Baron's Daughter",
            D(2026, 5, 28),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "us",
                "date_style": "us_long",
                "company": "Coulee Region Pictures LLC",
                "credits": "Director: Anneliese Vogt  ·  Producer: Mark Halvorsen  ·  1st AD: "
                "Tricia Lang",
                "day_n": "Day 9 of 24",
                "set": "Parlor and front porch (AM)",
                "set2": (
                    "Riverside Park",
                    "410 Veterans Memorial Dr, La Crosse, WI 54601",
                    "Levee path (PM)",
                ),
                "base_name": "La Crosse Center",
                "base_note": "Trucks, trailers, catering",
                "park_name": "Cass St ramp",
                "park_addr": "Cass St & 3rd St S, La Crosse, WI 54601",
                "park_note": "Shuttle to set every 15 min",
                "move": "*** 1:00 PM LUNCH - COMPANY MOVE TO SET #2 ***",
                "scenes": [
                    ("12", "INT. PARLOR - the will is read  (SET #1)", "D", "2 2/8", "1, 2, 3"),
                    ("13", "EXT. PORCH - Clara waits for the mail  (SET #1)", "D", "4/8", "1"),
                    ("27", "EXT. LEVEE - the steamboat passes  (SET #2)", "D", "1 1/8", "1, 4"),
                ],
                "cast": [
                    ("Greta Sorensen", "CLARA", 0),
                    ("Henry Vail", "ATTORNEY", 30),
                    ("Paul Ebert", "UNCLE", 30),
                ],
                "crew": _crew(
                    ("UPM", "Mark Halvorsen", 0),
                    ("Camera", "Jules Moreau", 0),
                    ("Locations", "Becca Thiel", -60),
                ),
                "notes": [
                    "Hixon House is a museum: cotton gloves for every hand prop, 6 crew max "
                    "in the parlor."
                ],
                "footer": "Coulee Region Pictures  ·  Call sheet Day 9",
            },
        ),
        _multi(
            "vesterheim",
            "Driftless",
            D(2026, 10, 14),
            "06:30",
            {
                "font": "sans",
                "time_style": "us_a",
                "date_style": "caps",
                "company": "Upper Iowa Films",
                "credits": "Director: Kari Nyhus  ·  Producer: Sam Delacroix  ·  UPM: Lynn Ahrens",
                "day_n": "Day 3 of 18",
                "set": "Main gallery, Norwegian house",
                "set2": (
                    "Dunning's Spring Park",
                    "Ice Cave Rd, Decorah, IA 52101",
                    "Waterfall (after lunch)",
                ),
                "base_name": "Winneshiek County Fairgrounds",
                "base_note": "Base, catering, honeywagons",
                "park_name": "Water St public lot",
                "park_addr": "W Water St & Court St, Decorah, IA 52101",
                "park_note": "Walk 3 min to set",
                "basecamp": (
                    "Luther College lot C",
                    "700 College Dr, Decorah, IA 52101",
                    "Cast trailers",
                ),
                "move": "*** 12:30P LUNCH · COMPANY MOVE TO SET #2 ***",
                "scenes": [
                    ("5", "INT. GALLERY - Ingrid finds the rosemaling chest", "D", "1 6/8", "1, 2"),
                    ("34", "EXT. WATERFALL - the boys dare each other", "D", "1", "3, 4"),
                ],
                "cast": [
                    ("Sigrid Moen", "INGRID", 0),
                    ("Oliver Haugen", "ERIK", 15),
                    ("Tate Berg", "BOY 1", 240),
                    ("Max Lo", "BOY 2", 240),
                ],
                "crew": _crew(
                    ("UPM", "Lynn Ahrens", 0),
                    ("Grip", "Rick Schultz", -15),
                    ("Transpo", "Dale Fjelstad", -60),
                ),
                "notes": [
                    "Minors after lunch at SET #2: tutor on set. Wet rocks at the falls: "
                    "boots with grip."
                ],
                "footer": "Upper Iowa Films  ·  Driftless  ·  Day 3",
            },
        ),
        _multi(
            "circusworld",
            "Big Top Winter",
            D(2027, 1, 21),
            "08:00",
            {
                "font": "helvetica",
                "time_style": "us_lower",
                "date_style": "abbr",
                "company": "Sauk Prairie Entertainment",
                "credits": "Director: Rudy Castellanos  ·  Producer: Nina Brandt  ·  1st AD: "
                "Cole Wick",
                "day_n": "Day 15 of 30",
                "set": "Ringlingville winter quarters barns",
                "set2": (
                    "Al. Ringling Theatre",
                    "136 4th Ave, Baraboo, WI 53913",
                    "Lobby only (night)",
                ),
                "base_name": "Sauk County Fairgrounds",
                "base_note": "Base and catering tent",
                # HARD: the crew-parking row's note prints an earlier shuttle time than the call
                "park_name": "Baraboo High School lot",
                "park_addr": "1201 Draper St, Baraboo, WI 53913",
                "park_note": "First shuttle 6:45am",
                "move": "*** 2:00 pm LUNCH — COMPANY MOVE TO SET #2 ***",
                "scenes": [
                    ("50", "INT. ELEPHANT BARN - Mae trains the pony act", "D", "2", "1, 2"),
                    ("51", "INT. RINGLING THEATRE LOBBY - premiere night", "N", "1 3/8", "1, 3"),
                ],
                "cast": [
                    ("Maeve Collins", "MAE", 0),
                    ("Jory Banks", "RINGMASTER", 60),
                    ("Lucille Orr", "MRS. RINGLING", 330),
                ],
                "crew": _crew(
                    ("UPM", "Nina Brandt", 0),
                    ("Wrangler", "Tom Krueger", -90),
                    ("Electric", "Paz Ortega", -30),
                ),
                "notes": [
                    "Barns unheated, -12°C at call: warming tent at base. Animals on set "
                    "09:00-12:00: quiet on the bell."
                ],
                "footer": "Sauk Prairie Entertainment  ·  Big Top Winter  ·  Day 15",
            },
        ),
    ]


# --- (6) typed sheets in the North American short forms ---------------------------------------


def _leader(c: Canvas, x: float, y: float, label: str, value: str, size: float, width: int) -> None:
    """A typed 'LABEL....... value' line, the dots filling the label to `width` characters."""
    c.text(x, y, f"{label} ".ljust(width, ".") + f" {value}", size)


@_family(
    "plains_typed_short_forms",
    "Typed one-page call sheet in Courier, Letter (a Word file from a small regional crew): "
    "'PRODUCTION:' and 'CALL SHEET #', then dotted-leader lines DATE ('Thu Oct 14/27', 'Oct "
    "14/27 (Thursday)', 'Thu 10-14-27'), CREW CALL ('0730', '0730h', '7:30 a.m.'), SHOOTING "
    "CALL, SUNRISE, SUNSET, LUNCH; SET / ADDRESS / PARKING / HOSPITAL lines; a typed scene list "
    "and crew list with the same time form",
    name="nd_ks_ab_{key}",
)
def _typed(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", "courier", margin=48.0)
    size = 10.0
    c.text(x0, 54, f"PRODUCTION: {title}", 12, bold=True)
    c.right(right, 54, f"CALL SHEET #{g['n']}", 11, bold=True)
    c.text(x0, 68, g["company"], 9)
    c.hline(x0, right, 76, 0.8)
    lines = [
        ("DATE", day_text(day, g["date_style"])),
        ("DAY", g["day_n"]),
        ("CREW CALL", hm(call, t)),
        ("SHOOTING CALL", hm(add_minutes(call, g["shoot"]), t)),
        ("LUNCH", hm(add_minutes(call, 360), t)),
        ("SUNRISE", hm(rise, t)),
        ("SUNSET", hm(fall, t)),
        ("WEATHER", g["weather"]),
    ]
    if g.get("call_after_sun"):
        # HARD: sunrise and sunset typed above the crew call
        lines = [lines[0], lines[1], lines[5], lines[6], lines[2], lines[3], lines[4], lines[7]]
    y = 96.0
    for lab, val in lines:
        _leader(c, x0, y, lab, val, size, 18)
        y += 14
    y += 8
    place = [
        ("SET", p.name),
        ("", p.address),
        ("", g["set"]),
        ("PARKING", p.base),
        ("HOSPITAL", p.hospital),
        ("", f"{p.hospital_address}  {p.hospital_phone}"),
    ]
    for lab, val in place:
        if lab:
            _leader(c, x0, y, lab, "", size, 18)
        fit(c, x0 + 120, y, val, size, right - x0 - 120)
        y += 14
    c.hline(x0, right, y, 0.5)
    y += 16
    c.text(x0, y, "SCENES", size, bold=True)
    y += 14
    for sc, desc, dn, pgs, cast in g["scenes"]:
        fit(c, x0, y, f"{sc:>4}  {desc:<44} {dn:<2} {pgs:>6}  {cast}", 9, right - x0)
        y += 12
    y += 8
    c.text(x0, y, "CREW", size, bold=True)
    y += 14
    for dept, name, phone, off in g["crew"]:
        c.text(x0, y, f"{dept:<16}{name:<22}{phone:<16}{hm(add_minutes(call, off), t)}", 9)
        y += 12
    y += 8
    c.text(x0, y, "NOTES", size, bold=True)
    for i, note in enumerate(g["notes"]):
        fit(c, x0, y + 14 + i * 12, note, 9, right - x0)
    footer(c, g["footer"], x0)
    return c.output()


def _typed_sheets() -> list[Sheet]:
    return [
        _typed(
            "capitol",
            "Prairie Rose",
            D(2027, 10, 14),
            "07:30",
            {
                "font": "courier",
                "time_style": "military",
                "date_style": "wd_mon_yy",
                "n": "7",
                "company": "Missouri Slope Films - Bismarck, ND",
                "day_n": "7 of 15",
                "shoot": 60,
                "set": "Memorial Hall, ground floor",
                "weather": "Cloudy 41-55F, NW wind 20",
                "scenes": [
                    ("21", "INT. MEMORIAL HALL - the senator's speech", "D", "2 1/8", "1,2,6"),
                    ("22", "INT. CORRIDOR - Rose and the aide", "D", "6/8", "1,3"),
                ],
                "crew": _crew(
                    ("UPM", "Lars Engen", 0),
                    ("Camera", "Deb Ruud", 0),
                    ("Locations", "Troy Moe", -60),
                ),
                "notes": ["Capitol in session: badges at all times, no filming in the chambers."],
                "footer": "Prairie Rose - call sheet 7 - typed by 2nd AD",
            },
        ),
        _typed(
            "boothill",
            "Front Street",
            D(2026, 11, 5),
            "06:00",
            {
                "font": "courier",
                "time_style": "us_dot",
                "date_style": "mon_yy_wd",
                "n": "12",
                "company": "Arkansas River Pictures - Wichita, KS",
                "day_n": "12 of 20",
                "shoot": 90,
                "set": "Front Street replica and the Long Branch Saloon",
                "weather": "Sunny 38-66F",
                "scenes": [
                    ("60", "EXT. FRONT STREET - the drovers ride in", "D", "1 4/8", "2,4,5"),
                    ("61", "INT. LONG BRANCH - the marshal's warning", "D", "2", "1,2"),
                ],
                "crew": _crew(
                    ("UPM", "Joan Kimble", 0),
                    ("Wrangler", "Cody Ruiz", -90),
                    ("SFX", "Ned Pratt", -30),
                ),
                "notes": [
                    "Horses on set 07:30: wranglers call all animal moves. Museum open at 10:00."
                ],
                "footer": "Front Street - call sheet 12",
            },
        ),
        _typed(
            "nwmp",
            "Red Coats",
            D(2027, 5, 11),
            "07:00",
            {
                "font": "courier",
                "time_style": "mil_h",
                "date_style": "mon_slash_yy",
                "n": "4",
                "company": "Oldman River Productions - Fort Macleod, AB",
                "day_n": "4 of 22",
                "call_after_sun": True,
                "shoot": 60,
                "set": "Fort palisade and the parade square",
                "weather": "Sun/cloud 6-19C, W wind 40",
                "scenes": [
                    ("8", "EXT. PARADE SQUARE - the troop musters", "D", "1 5/8", "1,2,7"),
                    ("9", "EXT. PALISADE GATE - a rider at dusk", "D", "4/8", "3"),
                ],
                "crew": _crew(
                    ("PM", "Wes Boychuk", 0),
                    ("Camera", "Anik Roy", 0),
                    ("Wrangler", "Jace Many Guns", -60),
                ),
                "notes": ["Chinook wind: sandbags on every stand. Musical Ride horses on site."],
                "footer": "Red Coats - call sheet 4",
            },
        ),
    ]


# --- near misses: schedules with call-like times that are not a shooting day -------------------


def _near_miss(head: str, sub: str, date_line: str, facts, table_rows, notes) -> bytes:
    """A near miss on Letter: its heading, a date line, facts, a ruled table and notes."""
    c, x0, right = page("letter", "helvetica", margin=44.0)
    centre(c, 50, head, 14)
    centre(c, 65, sub, 9.5, bold=False)
    centre(c, 78, date_line, 9, bold=False)
    c.hline(x0, right, 86, 1.0)
    notice(
        c,
        x0,
        right,
        104,
        facts,
        table_rows,
        notes,
        table=_table,
        facts_look=(9, 120, 14),
        size=8.5,
        lead=14,
        ruled=True,
    )
    return c.output()


def _bonspiel_draw() -> bytes:
    """A curling club's bonspiel draw schedule: teams and sheets at draw times; a local TV crew
    is only mentioned."""
    return _near_miss(
        "DAUPHIN CURLING CLUB",
        "Men's Open Bonspiel - Draw Schedule",
        "Friday, January 22, 2027 - Sunday, January 24, 2027",
        [
            ("Rink", "Dauphin Curling Club, 4 sheets, upstairs lounge"),
            ("Check-in", "Skips check in by 6:30 PM Friday at the bar"),
            ("First draw", "Friday 7:00 PM (Draw 1)"),
            ("Entry", "$320 per team, 3 games guaranteed"),
            ("Banquet", "Saturday 6:00 PM, hall downstairs"),
        ],
        (
            ["DRAW", "TIME", "SHEET A", "SHEET B", "SHEET C"],
            [0, 50, 130, 260, 390],
            [
                ("1", "Fri 7:00 PM", "Kowalchuk v Sawchyn", "Dyck v Lamont", "Bird v Friesen"),
                ("2", "Sat 9:00 AM", "Hrynkiw v Dyck", "Kowalchuk v Bird", "Lamont v Sawchyn"),
                ("3", "Sat 12:00 PM", "Friesen v Hrynkiw", "Sawchyn v Bird", "Dyck v Kowalchuk"),
                ("4", "Sat 3:00 PM", "A event semi", "B event semi", "C event semi"),
                ("5", "Sun 10:00 AM", "A final", "B final", "C final"),
            ],
        ),
        (
            "Notes",
            [
                "8 ends, no extra ends in round robin. CKDM radio and a Dauphin TV news crew will "
                "film the A final; players who do not want to appear tell the draw master.",
                "Brooms must be approved synthetic heads. 50/50 draw at the banquet.",
            ],
        ),
    )


def _beet_piling_schedule() -> bytes:
    """A sugar-beet co-operative's harvest piling-station schedule: trucks, shifts, stations."""
    return _near_miss(
        "RED RIVER VALLEY BEET GROWERS CO-OP",
        "Harvest Piling Station Schedule - Week 2",
        "Week of Monday, October 5, 2026",
        [
            ("Station", "Hillsboro piling ground, 3 pilers, scale house on County Rd 11"),
            ("Start-up", "Scale house opens 6:00 AM; first trucks across the scale 6:30 AM"),
            ("Shift change", "6:00 PM; night crew safety meeting 5:45 PM"),
            ("Shutdown rule", "Beets over 55°F at 2:00 PM: harvest stops until readings drop"),
            ("Emergency", "911  ·  Sanford Hillsboro Medical Center (701) 555-0190"),
        ],
        (
            ["DAY", "SHIFT", "PILER", "OPERATOR", "TRUCKS / GROWERS"],
            [0, 70, 160, 230, 360],
            [
                ("Mon", "6:00 AM - 6:00 PM", "P1", "Gary Olstad", "Olstad Farms, Lindgren"),
                ("Mon", "6:00 PM - 6:00 AM", "P1", "Deb Haugen", "Kvamme Bros."),
                ("Tue", "6:00 AM - 6:00 PM", "P2", "Jim Rostad", "Nygaard, Pederson Farms"),
                ("Wed", "6:00 AM - 6:00 PM", "P3", "Amy Lura", "Lindgren, Solberg"),
            ],
        ),
        (
            "Reminders",
            [
                "Tare samples every 10th truck. The co-op's video team will film a piler for the "
                "annual meeting on Tuesday: stay clear of the boom while they set up.",
            ],
        ),
    )


def _branding_day() -> bytes:
    """A ranch's spring branding-day plan: neighbours' crew, times, pens; a photographer comes."""
    return _near_miss(
        "LAZY T CATTLE CO. - SPRING BRANDING",
        "Crew plan for neighbours and help",
        "Saturday, May 15, 2027",
        [
            ("Place", "Home corrals, 2140 Crazy Woman Creek Rd (4 mi west of the highway)"),
            ("Gather", "Riders saddled and at the north gate 5:30 AM; pairs in by 8:00 AM"),
            ("Branding", "Fires lit 8:00 AM; ropers rotate every 20 calves"),
            ("Dinner", "Noon at the house (beef on bun, pie)"),
            ("Vet", "Dr. Karen Ness on call (307) 555-0167"),
        ],
        (
            ["TIME", "JOB", "WHO"],
            [0, 80, 300],
            [
                ("5:30 AM", "Gather the east pasture", "Tom, Jess, Hank, the Moore boys"),
                ("8:00 AM", "Sort pairs, calves to the small pen", "Tom, Ray"),
                ("8:30 AM", "Rope and drag / wrestling teams", "Two ropers, four teams"),
                ("9:00 AM", "Vaccinate, brand, ear tag", "Karen (vet), Sue, Lynn"),
                ("1:00 PM", "Pairs back out, clean up", "Everyone"),
            ],
        ),
        (
            "Notes",
            [
                "Kids welcome on the fence only. A photographer from the stockgrowers' magazine "
                "will take pictures during the morning; tell her if you would rather not be in "
                "them.",
            ],
        ),
    )


def _other_sheets() -> list[Sheet]:
    docs = [
        (
            "near_miss_bonspiel_draw",
            "a Manitoba curling club's bonspiel draw schedule, Letter: the club, the event, the "
            "weekend's dates; check-in, first draw, entry and banquet facts; a DRAW / TIME / "
            "SHEET A-C table of teams; notes mentioning a TV news crew filming the final",
            _bonspiel_draw,
        ),
        (
            "near_miss_beet_piling_schedule",
            "a Red River Valley sugar-beet growers' co-op harvest piling-station schedule, Letter: "
            "the station, scale-house opening, shift change, temperature shutdown rule, "
            "emergency; a DAY / SHIFT / PILER / OPERATOR / TRUCKS table; a video team filming",
            _beet_piling_schedule,
        ),
        (
            "near_miss_branding_day",
            "a Wyoming ranch's spring branding-day crew plan, Letter: the corrals' address, "
            "gather, branding and dinner times, the vet; a TIME / JOB / WHO table; a magazine "
            "photographer taking pictures",
            _branding_day,
        ),
    ]
    return near_misses(_sheet, docs)


def sheets() -> list[Sheet]:
    return [
        *_grid_sheets(),
        *_tv_sheets(),
        *_band_sheets(),
        *_xls_sheets(),
        *_multi_sheets(),
        *_typed_sheets(),
        *_other_sheets(),
    ]
