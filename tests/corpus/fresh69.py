"""Seventieth held-out set: United States and Canadian call sheets in layouts the corpus lacks, in
towns of Tennessee and north Alabama, the Great Lakes, the Carolinas, the Gulf Coast, the
Canadian Prairies and British Columbia's interior not yet in the corpus (`fresh69_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh69"). Reality / unscripted series' call sheets printed from Google Sheets
with frozen header rows and coloured section bands (Tullahoma, Cookeville, Fort Payne); live
broadcast remotes' crew schedules with TRUCK CALL, CREW CALL and AIR (Oshkosh, Traverse City,
Sandusky); Carolinas union features' two-page sheets with a numbered SET list and BASECAMP /
CREW PARKING / NEAREST HOSPITAL blocks (Georgetown, Bluffton, Brevard); Gulf Coast commercials'
one-pagers with a timeline in 12-hour times with a/p suffixes (Fairhope, Ocean Springs, Biloxi);
Prairie documentary crews' text-heavy e-mail itineraries (Gimli, Swift Current, Steinbach); BC
interior student / indie features on a printed template filled in by hand (Revelstoke,
Penticton, Salmon Arm). Three near misses, all `other`: a Mardi Gras parade line-up, a sea turtle
nest patrol rota and a walleye tournament's launch and weigh-in schedule.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.corpus.draw import Canvas, black, centre, struck
from tests.corpus.formats import add_minutes
from tests.corpus.fresh_common import (
    clock,
    date_or,
    fill,
    grey_text,
    head_table,
    label_rows,
    page,
    paragraph,
    sheet_maker,
    time_or,
    titled_notes,
    wrap,
)
from tests.corpus.fresh_skeletons import Day, family, footer, near_misses
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date

P: dict[str, Place] = {
    # (1) Tennessee / north Alabama reality series, Google Sheets export with coloured bands
    "tullahoma": _p(
        "us",
        "Beechcraft Heritage Museum",
        "570 Old Shelbyville Hwy",
        "Tullahoma, TN 37388",
        35.38,
        -86.244,
        "America/Chicago",
        "Tennova Healthcare - Harton",
        "1801 N Jackson St",
        "Tullahoma, TN 37388",
        "(931) 393-3000",
        "Tullahoma Regional Airport lot, William Northern Blvd",
        "Tullahoma, TN 37388",
    ),
    "cookeville": _p(
        "us",
        "Cookeville Depot Museum",
        "116 W Broad St",
        "Cookeville, TN 38501",
        36.163,
        -85.505,
        "America/Chicago",
        "Cookeville Regional Medical Center",
        "1 Medical Center Blvd",
        "Cookeville, TN 38501",
        "(931) 528-2541",
        "Dogwood Park lot, 30 W Broad St",
        "Cookeville, TN 38501",
    ),
    "fortpayne": _p(
        "us",
        "Fort Payne Depot Museum",
        "105 5th St NE",
        "Fort Payne, AL 35967",
        34.444,
        -85.72,
        "America/Chicago",
        "DeKalb Regional Medical Center",
        "200 Medical Center Dr",
        "Fort Payne, AL 35968",
        "(256) 845-3150",
        "City Park lot, Gault Ave N",
        "Fort Payne, AL 35967",
    ),
    # (2) Great Lakes live broadcast remotes: truck call / crew call / air
    "oshkosh": _p(
        "us",
        "Menominee Nation Arena",
        "1212 S Main St",
        "Oshkosh, WI 54902",
        44.004,
        -88.54,
        "America/Chicago",
        "Ascension Mercy Hospital",
        "500 S Oakwood Rd",
        "Oshkosh, WI 54904",
        "(920) 223-2000",
        "Arena lot B, S Main St",
        "Oshkosh, WI 54902",
    ),
    "traverse": _p(
        "us",
        "Turtle Creek Stadium",
        "333 Stadium Dr",
        "Traverse City, MI 49684",
        44.761,
        -85.603,
        "America/Detroit",
        "Munson Medical Center",
        "1105 Sixth St",
        "Traverse City, MI 49684",
        "(231) 935-5000",
        "Stadium Dr service gate",
        "Traverse City, MI 49684",
    ),
    "sandusky": _p(
        "us",
        "Cedar Point",
        "1 Cedar Point Dr",
        "Sandusky, OH 44870",
        41.482,
        -82.683,
        "America/New_York",
        "Firelands Regional Medical Center",
        "1111 Hayes Ave",
        "Sandusky, OH 44870",
        "(419) 557-7400",
        "Cedar Point Marina lot, Cedar Point Dr",
        "Sandusky, OH 44870",
    ),
    # (3) Carolinas union feature, two pages, BASECAMP / CREW PARKING, numbered sets
    "georgetown": _p(
        "us",
        "Rice Museum",
        "633 Front St",
        "Georgetown, SC 29440",
        33.366,
        -79.283,
        "America/New_York",
        "Tidelands Georgetown Memorial Hospital",
        "606 Black River Rd",
        "Georgetown, SC 29440",
        "(843) 527-7000",
        "Georgetown County Library lot, 405 Cleland St",
        "Georgetown, SC 29440",
    ),
    "bluffton": _p(
        "us",
        "Church of the Cross",
        "110 Calhoun St",
        "Bluffton, SC 29910",
        32.231,
        -80.864,
        "America/New_York",
        "Hilton Head Hospital",
        "25 Hospital Center Blvd",
        "Hilton Head Island, SC 29926",
        "(843) 681-6122",
        "Oscar Frazier Park, 77 Shults Rd",
        "Bluffton, SC 29910",
    ),
    "brevard": _p(
        "us",
        "Brevard Music Center",
        "349 Andante Ln",
        "Brevard, NC 28712",
        35.247,
        -82.741,
        "America/New_York",
        "Transylvania Regional Hospital",
        "260 Hospital Dr",
        "Brevard, NC 28712",
        "(828) 884-9111",
        "Brevard College lot, 1 Brevard College Dr",
        "Brevard, NC 28712",
    ),
    # (4) Gulf Coast commercial one-pagers, 12-hour timeline with a / p
    "fairhope": _p(
        "us",
        "Fairhope Municipal Pier",
        "1 N Beach Rd",
        "Fairhope, AL 36532",
        30.523,
        -87.909,
        "America/Chicago",
        "Thomas Hospital",
        "750 Morphy Ave",
        "Fairhope, AL 36532",
        "(251) 928-2375",
        "Fairhope Civic Center, 161 N Section St",
        "Fairhope, AL 36532",
    ),
    "oceansprings": _p(
        "us",
        "Walter Anderson Museum of Art",
        "510 Washington Ave",
        "Ocean Springs, MS 39564",
        30.41,
        -88.827,
        "America/Chicago",
        "Ocean Springs Hospital",
        "3109 Bienville Blvd",
        "Ocean Springs, MS 39564",
        "(228) 818-1111",
        "Ocean Springs Civic Center, 1000 Porter Ave",
        "Ocean Springs, MS 39564",
    ),
    "biloxi": _p(
        "us",
        "Biloxi Lighthouse",
        "1050 Beach Blvd",
        "Biloxi, MS 39530",
        30.395,
        -88.901,
        "America/Chicago",
        "Merit Health Biloxi",
        "150 Reynoir St",
        "Biloxi, MS 39530",
        "(228) 432-1571",
        "Lighthouse Pier lot, Porter Ave",
        "Biloxi, MS 39530",
    ),
    # (5) Canadian Prairies documentary e-mail itineraries
    "gimli": _p(
        "ca",
        "New Iceland Heritage Museum",
        "94 1st Ave",
        "Gimli, MB R0C 1B0",
        50.633,
        -96.986,
        "America/Winnipeg",
        "Johnson Memorial Hospital",
        "120 6th Ave",
        "Gimli, MB R0C 1B0",
        "(204) 642-5116",
        "Gimli Harbour lot, Centre St",
        "Gimli, MB R0C 1B0",
    ),
    "swiftcurrent": _p(
        "ca",
        "Swift Current Museum",
        "44 Robert St W",
        "Swift Current, SK S9H 4M9",
        50.286,
        -107.796,
        "America/Regina",
        "Cypress Regional Hospital",
        "2004 Saskatchewan Dr",
        "Swift Current, SK S9H 5M8",
        "(306) 778-9400",
        "Chinook Parkway lot, Central Ave N",
        "Swift Current, SK S9H 0L1",
    ),
    "steinbach": _p(
        "ca",
        "Mennonite Heritage Village",
        "231 PTH 12 N",
        "Steinbach, MB R5G 1T8",
        49.548,
        -96.686,
        "America/Winnipeg",
        "Bethesda Regional Health Centre",
        "316 Henry St",
        "Steinbach, MB R5G 0P9",
        "(204) 326-6411",
        "Village visitor lot, PTH 12 N",
        "Steinbach, MB R5G 1T8",
    ),
    # (6) BC interior student / indie features on a hand-filled template
    "revelstoke": _p(
        "ca",
        "Revelstoke Railway Museum",
        "719 Track St W",
        "Revelstoke, BC V0E 2S0",
        50.999,
        -118.198,
        "America/Vancouver",
        "Queen Victoria Hospital",
        "1200 Newlands Rd",
        "Revelstoke, BC V0E 2S1",
        "(250) 837-2131",
        "Track St W gravel lot",
        "Revelstoke, BC V0E 2S0",
    ),
    "penticton": _p(
        "ca",
        "SS Sicamous Marine Heritage Park",
        "1099 Lakeshore Dr W",
        "Penticton, BC V2A 1B7",
        49.501,
        -119.606,
        "America/Vancouver",
        "Penticton Regional Hospital",
        "550 Carmi Ave",
        "Penticton, BC V2A 3G6",
        "(250) 492-4000",
        "Rose Garden lot, Lakeshore Dr W",
        "Penticton, BC V2A 1B7",
    ),
    "salmonarm": _p(
        "ca",
        "Salmon Arm Wharf",
        "751 Marine Park Dr NE",
        "Salmon Arm, BC V1E 2W7",
        50.704,
        -119.276,
        "America/Vancouver",
        "Shuswap Lake General Hospital",
        "601 10 St NE",
        "Salmon Arm, BC V1E 4N6",
        "(250) 833-3600",
        "Marine Park lot, Marine Park Dr NE",
        "Salmon Arm, BC V1E 2W7",
    ),
}


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "ap": f"{h12}:{m:02d}{ap[0].lower()}",  # "6:30a"
        "ap_short": f"{h12}{ap[0].lower()}" if m == 0 else f"{h12}:{m:02d}{ap[0].lower()}",
        "am_dot": f"{h12}:{m:02d} {ap[0].lower()}.m.",  # Canadian Press "7:30 a.m."
        "am_low": f"{h12}:{m:02d} {ap.lower()}",  # "7:30 am"
        "bcast": f"{h:02d}:{m:02d}",
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "gs": f"{d:%a}, {d:%b} {d.day}, {d.year}",  # Google Sheets "Tue, Oct 13, 2026"
        "caps": f"{d:%A}, {d:%B} {d.day}, {d.year}".upper(),
        "ca": f"{d:%A}, {d:%B} {d.day}, {d.year}",
        "slash_dow": f"{d:%a} {d.month}/{d.day}/{d.year}",
        "ca_iso": f"{d:%A} {d.isoformat()}",
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh69")
_table = partial(head_table, size=7.5, lead=12)
_family = partial(family, _sheet, P)


def _rgb(c: Canvas, x: float, y: float, w: float, h: float, rgb: tuple[int, int, int]) -> None:
    """A coloured box with no border (a spreadsheet's band, a highlighter)."""
    c.pdf.set_fill_color(*rgb)
    c.pdf.rect(x, y, w, h, style="F")


# --- (1) reality / unscripted series: Google Sheets export, frozen rows, coloured bands ---------


@_family(
    "us_reality_gsheet_bands",
    "Tennessee / north Alabama reality or unscripted series call sheet kept in Google Sheets "
    "and printed to PDF, letter landscape: frozen header rows (show, network, episode, date, "
    "shoot day) above the sheet's thick freeze line, then sections each under a coloured band "
    "(LOGISTICS yellow, TIMES blue, SCHEDULE green, CONTACTS grey) with every value in a thin "
    "ruled cell; 'CREW CALL' and 'TALENT CALL' side by side; NEAREST ER with its address; the "
    "sheet's name and 'Page 1 of 1' in the footer",
    name="reality_{key}",
)
def _reality(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c = Canvas("letter", "helvetica", orientation="L")
    x0, right, rh = 36.0, c.width - 36.0, 15.0
    w = right - x0
    cols = [0, 120, 330, 450, w]

    def row(y: float, cells: list[str], bold: tuple[int, ...] = (0, 2)) -> float:
        for i, v in enumerate(cells):
            c.box(x0 + cols[i], y, cols[i + 1] - cols[i], rh, 0.2)
            if v:
                fit(c, x0 + cols[i] + 3, y + 11, v, 8.5, cols[i + 1] - cols[i] - 6, bold=i in bold)
        return y + rh

    def band(y: float, text: str, rgb: tuple[int, int, int]) -> float:
        _rgb(c, x0, y, w, rh, rgb)
        c.box(x0, y, w, rh, 0.2)
        c.text(x0 + 3, y + 11, text, 8.5, bold=True)
        return y + rh

    _rgb(c, x0, 30, w, 2 * rh, (60, 64, 67))
    c.pdf.set_text_color(255, 255, 255)
    c.text(x0 + 4, 48, title.upper(), 14, bold=True)
    c.right(right - 4, 48, g["network"], 9, bold=True)
    black(c)
    y = row(30 + 2 * rh, ["DATE", day_text(day, g["date_style"]), "SHOOT DAY", g["day_n"]])
    y = row(y, ["EPISODE", g["episode"], "SHOWRUNNER", g["showrunner"]])
    c.hline(x0, right, y + 1, 2.2)  # the sheet's frozen rows end here
    y = band(y + 3, "TIMES", (207, 226, 243))
    # HARD: the talent call sits in the same row as the crew call and is the earlier time
    first = ["TALENT CALL", hm(g["talent"], t), "CREW CALL", hm(call, t)]
    if not g.get("talent_first"):
        first = ["CREW CALL", hm(call, t), "TALENT CALL", hm(g["talent"], t)]
    y = row(y, first)
    y = row(y, ["SUNRISE", hm(rise, t), "SUNSET", hm(fall, t)])
    y = row(y, ["LUNCH", hm(add_minutes(call, g["lunch"]), t), "EST. WRAP", hm(g["wrap"], t)])
    y = band(y + 6, "LOGISTICS", (255, 242, 204))
    y = row(y, ["LOCATION", p.name, "SET", g["set"]])
    y = row(y, ["ADDRESS", p.address, "PARKING", p.base])
    y = row(y, ["NEAREST ER", p.hospital, "ER ADDRESS", f"{p.hospital_address} {p.hospital_phone}"])
    y = band(y + 6, "SCHEDULE", (217, 234, 211))
    for off, what, who in g["schedule"]:
        y = row(y, [hm(add_minutes(call, off), t), what, "", who], bold=())
    y = band(y + 6, "CONTACTS", (230, 230, 230))
    for role, name, phone in g["contacts"]:
        y = row(y, [role, name, "CELL", phone], bold=(0,))
    grey_text(c, x0, c.pdf.h - 20, g["footer"], 7, 120)
    c.right(right, c.pdf.h - 20, "Page 1 of 1", 7)
    return c.output()


def _reality_sheets() -> list[Sheet]:
    return [
        _reality(
            "tullahoma",
            "Hangar Kings",
            D(2026, 10, 13),
            "07:00",
            {
                "time_style": "us",
                "date_style": "gs",
                "network": "HISTORIA CHANNEL · UNSCRIPTED",
                "day_n": "Day 6 of 14",
                "episode": "104 'Twin Beech Rebuild'",
                "showrunner": "Dana Whitfield",
                "talent": "08:00",
                "lunch": 300,
                "wrap": "18:00",
                "set": "the restoration hangar and the ramp",
                "schedule": [
                    (0, "Crew call, gear check, mics on cast", "All crew"),
                    (60, "OTF interviews in the hangar", "Cast 1-3"),
                    (180, "Engine pull, B-roll on the ramp", "Cam A, Cam B"),
                ],
                "contacts": [
                    ("Field producer", "Marcus Bell", "(615) 555-0142"),
                    ("Coordinator", "Tasha Greer", "(615) 555-0187"),
                ],
                "footer": "HANGAR KINGS - Call Sheets - Google Sheets  ·  tab: D6 10/13",
            },
        ),
        _reality(
            "cookeville",
            "Depot Pickers",
            D(2027, 4, 6),
            "08:30",
            {
                "time_style": "us",
                "date_style": "gs",
                "network": "SOUTHLINE TV",
                "day_n": "Day 2 of 9",
                "episode": "203 'The Caboose Deal'",
                "showrunner": "Brent Oakley",
                # HARD: talent called first, half an hour before the crew call in the same row
                "talent_first": True,
                "talent": "08:00",
                "lunch": 270,
                "wrap": "18:30",
                "set": "the depot platform and the red caboose",
                "schedule": [
                    (0, "Crew call, safety brief on the platform", "All crew"),
                    (45, "Walk and talk with the appraiser", "Cast 1, 2"),
                    (240, "Deal scene inside the depot", "Cast 1, 2, 4"),
                ],
                "contacts": [
                    ("Supervising prod.", "Keisha Hollins", "(931) 555-0110"),
                    ("PM", "Roy Delacruz", "(615) 555-0163"),
                ],
                "footer": "DEPOT PICKERS S2 CALL SHEET  ·  tab: TUE 4/6",
            },
        ),
        _reality(
            "fortpayne",
            "Sock Town Makeover",
            D(2026, 8, 25),
            "06:30",
            {
                "time_style": "us_lower",
                "date_style": "us_long",
                "network": "HEARTH & HOME NETWORK",
                "day_n": "Day 11 of 20",
                "episode": "Ep 7 'Depot Days'",
                "showrunner": "Ginny Tate",
                "talent": "07:30",
                "lunch": 330,
                "wrap": "17:30",
                "set": "the depot lawn and the freight room",
                "schedule": [
                    (0, "Crew call, load in at the freight room", "All crew"),
                    (90, "Reveal prep, hosts' walk-through", "Hosts"),
                    (360, "Reveal with the volunteers", "Hosts, town"),
                ],
                "contacts": [
                    ("Field producer", "Lacey Brandt", "(256) 555-0124"),
                    ("Safety", "Otis Marlow", "(256) 555-0171"),
                ],
                "footer": "Sock Town Makeover - Call Sheet - Google Sheets  ·  tab: DAY 11",
            },
        ),
    ]


# --- (2) Great Lakes live broadcast remotes: TRUCK CALL / CREW CALL / AIR ---------------------


@_family(
    "great_lakes_broadcast_remote",
    "Great Lakes live sports / event broadcast remote's crew schedule, letter: the network and "
    "the event over 'PRODUCTION SCHEDULE', the venue and date; a ruled timeline led by TRUCK "
    "CALL (park and power), then CREW CALL, fax / checks, meal, rehearsal, AIR and OFF AIR "
    "times with the time zone; VENUE, TRUCK COMPOUND and NEAREST ER blocks; a crew position "
    "list; a 'set-shoot-strike' note",
    name="remote_{key}",
)
def _remote(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", "helvetica", margin=40.0)
    w = right - x0
    c.text(x0, 48, g["network"], 10, bold=True)
    c.right(right, 48, "PRODUCTION SCHEDULE", 12, bold=True)
    c.hline(x0, right, 56, 1.5)
    c.text(x0, 80, title, 16, bold=True)
    c.text(x0, 96, f"{day_text(day, g['date_style'])}  ·  {g['mobile']}", 9.5)
    tz = g["tz"]
    rows = [
        ("TRUCK CALL", hm(g["truck"], t), "Park & power, cable"),
        ("CREW CALL", hm(call, t), "All crew report to the truck"),
        *[(lab, hm(add_minutes(call, off), t), note) for lab, off, note in g["times"]],
    ]
    y = _table(
        c,
        x0,
        122,
        ["EVENT", f"TIME ({tz})", "NOTES"],
        [0, 130, 230],
        [(a, b, n) for a, b, n in rows],
        right,
    )
    blocks = [
        ("VENUE", [p.name, p.address, g["set"]]),
        ("TRUCK COMPOUND", [p.base_street, p.base_city, g["power"]]),
        ("NEAREST ER", [p.hospital, p.hospital_address, p.hospital_phone]),
    ]
    bw = w / 3
    for i, (head, lines) in enumerate(blocks):
        c.box(x0 + i * bw, y, bw, 64, 0.5)
        c.text(x0 + i * bw + 5, y + 12, head, 7.5, bold=True)
        for k, ln in enumerate(lines):
            fit(c, x0 + i * bw + 5, y + 25 + 11 * k, ln, 8.5, bw - 10)
    c.text(x0, y + 82, f"Sunrise {hm(rise, t)}  ·  Sunset {hm(fall, t)}", 8.5)
    y = _table(c, x0, y + 104, ["POSITION", "NAME", "CELL"], [0, 150, 330], g["crew"], right)
    titled_notes(c, x0, y + 4, "NOTES", 8.5, g["notes"], 7.5, w, 10)
    footer(c, g["footer"], x0)
    return c.output()


def _remote_sheets() -> list[Sheet]:
    return [
        _remote(
            "oshkosh",
            "Wisconsin Herd vs. Iowa Wolves",
            D(2027, 1, 16),
            "13:00",
            {
                "time_style": "us",
                "date_style": "us_long",
                "network": "LAKESHORE SPORTS NETWORK",
                "mobile": "Mobile unit: LSN-2 (53' expando)",
                "tz": "CT",
                # HARD: the truck's call, hours earlier, leads the schedule above the crew call
                "truck": "09:00",
                "set": "courtside and the concourse stand-up position",
                "power": "Shore power: arena 400A, truck dock 2",
                "times": [
                    ("FAX / CHECKS", 120, "Cameras, comms, graphics"),
                    ("CREW MEAL", 180, "Hospitality room"),
                    ("AIR", 300, "Pre-game live"),
                    ("OFF AIR", 450, "Strike follows"),
                ],
                "crew": [
                    ("Producer", "Jen Kowalski", "(920) 555-0133"),
                    ("Director", "Tom Brandt", "(920) 555-0148"),
                    ("EIC", "Luis Ortega", "(414) 555-0102"),
                ],
                "notes": ["Set-shoot-strike: cable pulled by 10:30 PM. Credentials at door 4."],
                "footer": "Lakeshore Sports Network · Remote Ops",
            },
        ),
        _remote(
            "traverse",
            "Traverse City Pit Spitters vs. Kalkaska Loons",
            D(2026, 7, 11),
            "15:30",
            {
                "time_style": "ap",
                "date_style": "slash_dow",
                "network": "NORTHERN MICHIGAN SPORTS TV",
                "mobile": "Flypack + 2 ENG trucks",
                "tz": "ET",
                "truck": "12:30",
                "set": "the home dugout, first base camera well",
                "power": "Stadium tie-in, left field gate",
                "times": [
                    ("FAX / CHECKS", 90, "Comms check with master control"),
                    ("MEAL", 150, "Concourse picnic area"),
                    ("AIR", 225, "First pitch 7:05p"),
                    ("OFF AIR", 420, "Post-game hit"),
                ],
                "crew": [
                    ("Producer", "Abby Lindqvist", "(231) 555-0118"),
                    ("TD", "Rick Sayers", "(231) 555-0156"),
                ],
                "notes": ["Fireworks after the game: cameras 3 and 4 stay up."],
                "footer": "NMSTV · Pit Spitters remote",
            },
        ),
        _remote(
            "sandusky",
            "Opening Day Live from Cedar Point",
            D(2027, 5, 8),
            "05:00",
            {
                "time_style": "bcast",
                "date_style": "caps",
                "network": "WLKE LAKE ERIE NEWS",
                "mobile": "Live truck 7 (SNG) + backpack",
                "tz": "ET",
                "truck": "03:30",
                "set": "the front gate plaza and the midway",
                "power": "Generator on the truck",
                "times": [
                    ("LIVE SHOT TEST", 45, "IFB to the studio"),
                    ("AIR", 60, "Morning show hits every 30 min"),
                    ("OFF AIR", 300, "Last hit 10:00"),
                ],
                "crew": [
                    ("Field producer", "Megan Novak", "(419) 555-0121"),
                    ("Photog", "Darnell Hayes", "(419) 555-0179"),
                ],
                "notes": ["Park opens 10:00: all cable off the walkways by 09:30."],
                "footer": "WLKE · Lake Erie News remote",
            },
        ),
    ]


# --- (3) Carolinas union feature: two pages, numbered sets, BASECAMP / CREW PARKING ----------


@_family(
    "carolinas_union_two_page",
    "Georgia / Carolinas union feature call sheet, letter, two pages: page 1 a header of "
    "company, title, director and producers, a boxed GENERAL CREW CALL, date, 'Day 12 of 35', "
    "sunrise, sunset and weather; a numbered SET list ('1. EXT. ... (D)') and a row of blocks "
    "LOCATION #1, BASECAMP, CREW PARKING and NEAREST HOSPITAL (HARD: basecamp first, with its "
    "own address); page 2 the cast with pick-up, HMU and on-set times and the advance schedule",
    name="union_{key}",
)
def _union(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", "helvetica", margin=34.0)
    w = right - x0
    c.text(x0, 44, g["company"], 9, bold=True)
    grey_text(c, x0, 56, g["office"], 7.5)
    centre(c, 48, title.upper(), 17)
    centre(c, 62, f"Director: {g['director']}  ·  Producers: {g['producers']}", 8, bold=False)
    c.box(right - 150, 30, 150, 48, 1.2)
    c.text(right - 143, 43, "GENERAL CREW CALL", 7.5, bold=True)
    c.text(right - 143, 68, hm(call, t), 20, bold=True)
    c.hline(x0, right, 86, 1.0)
    c.text(x0, 102, day_text(day, g["date_style"]), 10, bold=True)
    c.text(x0 + 250, 102, g["day_n"], 10)
    c.right(right, 102, f"Sunrise {hm(rise, t)}  Sunset {hm(fall, t)}  {g['weather']}", 8)
    c.text(x0, 126, "SETS", 9, bold=True)
    y = 140.0
    for n, (s, dn, sc, pages) in enumerate(g["sets"], 1):
        c.text(x0, y, f"{n}. {s} ({dn})", 9)
        c.text(x0 + 330, y, f"Sc. {sc}", 9)
        c.text(x0 + 420, y, f"{pages} pgs", 9)
        y += 13
    y += 10
    bw = w / 4
    loc = ("LOCATION #1", [p.name, p.street, p.city, *wrap(c, g["set"], 8, bw - 8)])
    base = ("BASECAMP", [g["basecamp"][0], g["basecamp"][1]])
    park = ("CREW PARKING", [p.base_street, p.base_city, g["shuttle"]])
    hosp = ("NEAREST HOSPITAL", [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone])
    blocks = [base, loc, park, hosp] if g.get("base_first") else [loc, base, park, hosp]
    for i, (head, lines) in enumerate(blocks):
        c.box(x0 + i * bw, y, bw, 82, 0.6)
        fill(c, x0 + i * bw + 0.5, y + 0.5, bw - 1, 13, 220)
        c.text(x0 + i * bw + 4, y + 10, head, 7.5, bold=True)
        for k, ln in enumerate(lines):
            fit(c, x0 + i * bw + 4, y + 25 + 11 * k, ln, 8, bw - 8)
    y += 102
    rows = [(f"{n}", role, hm(add_minutes(call, off), t)) for n, role, off in g["dept"]]
    y = _table(c, x0, y, ["DEPT", "KEY", "CALL"], [0, 160, 330], rows, right)
    titled_notes(c, x0, y + 4, "SAFETY", 8.5, g["notes"], 7.5, w, 10)
    footer(c, f"{g['footer']}  ·  Page 1 of 2", x0)
    c.new_page()
    c.text(x0, 44, f"{title.upper()}  ·  {day_text(day, g['date_style'])}  ·  page 2", 9, bold=True)
    c.hline(x0, right, 52, 0.8)
    cast = [
        (str(n), who, role, *(hm(add_minutes(call, off + s), t) for s in (0, 15, 75)))
        for n, (who, role, off) in enumerate(g["cast"], 1)
    ]
    y = _table(
        c,
        x0,
        74,
        ["#", "CAST", "CHARACTER", "P/U", "HMU", "ON SET"],
        [0, 20, 150, 290, 350, 410],
        cast,
        right,
    )
    titled_notes(c, x0, y + 10, "ADVANCE SCHEDULE", 9, g["advance"], 8, w, 11)
    footer(c, f"{g['footer']}  ·  Page 2 of 2", x0)
    return c.output()


def _union_sheets() -> list[Sheet]:
    return [
        _union(
            "georgetown",
            "Black River Tide",
            D(2026, 11, 3),
            "06:30",
            {
                "time_style": "us",
                "date_style": "us_long",
                "company": "Winyah Bay Pictures LLC",
                "office": "Production office: 1001 Front St, Georgetown SC",
                "director": "Alana Price",
                "producers": "Wes Culler, June Ito",
                "day_n": "Day 12 of 35",
                "weather": "74°/58° clear",
                "set": "the museum galleries and the Front St clock tower",
                "basecamp": ["Georgetown County Library lot", "405 Cleland St, Georgetown, SC"],
                "shuttle": "Shuttle to set every 10 min",
                "sets": [
                    ("EXT. FRONT STREET - CLOCK TOWER", "D", "14", "2 3/8"),
                    ("INT. RICE MUSEUM - GALLERY", "D", "15, 16", "3 1/8"),
                    ("EXT. HARBORWALK", "D", "22", "1/8"),
                ],
                "dept": [("Camera", "Raul Ibanez", -30), ("Grip / Electric", "Cy Moss", -15)],
                "cast": [("Dana Wills", "Ruth", 0), ("Marcus Tell", "Eli", 60)],
                "advance": ["Wed 11/4: EXT. Hobcaw road, Sc. 30-33. Crew call 7:00 AM."],
                "notes": ["Traffic control on Front St 8 AM - 4 PM. Lock-ups on both corners."],
                "footer": "IATSE Local 491 · Black River Tide",
            },
        ),
        _union(
            "bluffton",
            "May River Summer",
            D(2027, 5, 18),
            "07:00",
            {
                "time_style": "us",
                "date_style": "us_ordinal",
                "company": "Lowcountry Light Films",
                "office": "Production office: Bluffton SC",
                "director": "Theo Grant",
                "producers": "Nadia Ruiz",
                "day_n": "Day 4 of 28",
                "weather": "86°/70° T-storms PM",
                # HARD: basecamp comes first on the row, with its own street address
                "base_first": True,
                "set": "the churchyard and the bluff over the May River",
                "basecamp": ["Oscar Frazier Park", "77 Shults Rd, Bluffton, SC 29910"],
                "shuttle": "Vans from 6:15 AM",
                "sets": [
                    ("EXT. CHURCHYARD - BLUFF", "D", "41", "1 6/8"),
                    ("INT. CHURCH - NAVE", "D", "42", "2 4/8"),
                ],
                "dept": [("Camera", "Hank Pruitt", -30), ("Sound", "Lila Chen", -15)],
                "cast": [("Ivy Monroe", "Sadie", 0), ("Caleb Ward", "Rev. Pope", 45)],
                "advance": ["Weds 5/19: INT. Oyster factory, Sc. 44-46. Crew call 7:30 AM."],
                "notes": ["Lightning within 8 miles: shelter in the parish hall."],
                "footer": "IATSE Local 491 · May River Summer",
            },
        ),
        _union(
            "brevard",
            "Pisgah Lights",
            D(2026, 9, 29),
            "07:30",
            {
                "time_style": "us",
                "date_style": "us_numeric",
                "company": "French Broad Features",
                "office": "Production office: Brevard NC",
                "director": "Colette Hayes",
                "producers": "Deacon Pratt",
                "day_n": "Day 19 of 32",
                "weather": "71°/49° sunny",
                "set": "the amphitheater stage and the lakeside practice cabins",
                "basecamp": ["Brevard College soccer lot", "1 Brevard College Dr, Brevard, NC"],
                "shuttle": "Walk 5 min to set",
                "sets": [
                    ("INT. AMPHITHEATER - STAGE", "D", "58", "3"),
                    ("EXT. PRACTICE CABINS", "D", "61", "4/8"),
                ],
                "dept": [("Camera", "Stu Barlow", -30), ("Art", "Mira Faye", -60)],
                "cast": [("Noor Patel", "Jess", 0), ("Gus Allen", "Marty", 30)],
                "advance": ["Wed 9/30: EXT. Looking Glass Falls, Sc. 63. Crew call 6:45 AM."],
                "notes": ["Bears seen near the cabins: no food left out at basecamp."],
                "footer": "IATSE Local 491 · Pisgah Lights",
            },
        ),
    ]


# --- (4) Gulf Coast commercial one-pagers: timeline in 12-hour a/p times ---------------------


@_family(
    "gulf_commercial_ap_timeline",
    "Gulf Coast commercial one-page call sheet, letter: production company logo line, the "
    "spot's title with client and agency, a right-hand box of date and 'CALL 6:30a'; a "
    "three-column strip LOCATION / PARKING / HOSPITAL; a timeline of 12-hour times with a and "
    "p suffixes ('7:15a Talent in HMU', '12:30p Lunch'); a short crew and talent list; sunrise "
    "and sunset in the same form",
    name="spot_{key}",
)
def _spot(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", "helvetica", margin=44.0)
    w = right - x0
    c.text(x0, 50, g["company"], 12, bold=True)
    grey_text(c, x0, 62, g["tagline"], 7.5)
    c.text(x0, 92, title, 15, bold=True)
    c.text(x0, 106, f"Client: {g['client']}   ·   Agency: {g['agency']}", 8.5)
    c.box(right - 170, 40, 170, 56, 0.8)
    c.text(right - 162, 54, day_text(day, g["date_style"]), 8.5, bold=True)
    c.text(right - 162, 82, f"CALL {hm(call, t)}", 17, bold=True)
    c.hline(x0, right, 118, 0.6)
    cols = [
        ("LOCATION", [p.name, p.street, p.city, g["set"]]),
        ("PARKING", [p.base_street, p.base_city, g["parking"]]),
        ("HOSPITAL", [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]),
    ]
    bw = w / 3
    for i, (head, lines) in enumerate(cols):
        c.text(x0 + i * bw, 134, head, 7.5, bold=True)
        for k, ln in enumerate(lines):
            fit(c, x0 + i * bw, 146 + 11 * k, ln, 8.5, bw - 8)
    c.text(x0, 204, f"Sunrise {hm(rise, t)}  ·  Sunset {hm(fall, t)}", 8.5)
    c.text(x0, 228, "TIMELINE", 9, bold=True)
    y = 244.0
    for off, what in g["timeline"]:
        c.right(x0 + 44, y, hm(add_minutes(call, off), t), 9, bold=True)
        c.text(x0 + 56, y, what, 9)
        y += 13
    y = _table(c, x0, y + 14, ["ROLE", "NAME", "PHONE"], [0, 150, 320], g["crew"], right)
    footer(c, g["footer"], x0)
    return c.output()


def _spot_sheets() -> list[Sheet]:
    return [
        _spot(
            "fairhope",
            "Sweet Bay Creamery 'First Light'",
            D(2026, 10, 22),
            "06:00",
            {
                "time_style": "ap",
                "date_style": "us_short",
                "company": "MOBILE BAY MOTION",
                "tagline": "Commercial production · Fairhope · Mobile",
                "client": "Sweet Bay Creamery",
                "agency": "Pelican & Pine",
                "set": "the end of the pier at sunrise",
                "parking": "Crew vans only on Beach Rd",
                "timeline": [
                    (0, "Crew call, coffee at the pier head"),
                    (30, "Talent in HMU"),
                    (45, "Rehearse the pour"),
                    (60, "Sunrise shot, hero cone"),
                    (360, "Lunch, Civic Center"),
                    (600, "Wrap"),
                ],
                "crew": [
                    ("Director", "Lyle Boudreaux", "(251) 555-0190"),
                    ("Producer", "Annie Kemp", "(251) 555-0117"),
                ],
                "footer": "Mobile Bay Motion LLC · Confidential",
            },
        ),
        _spot(
            "oceansprings",
            "Gulf Coast Credit Union 'Neighbors'",
            D(2027, 3, 9),
            "07:30",
            {
                "time_style": "ap",
                "date_style": "us_long",
                "company": "SALT MARSH CONTENT",
                "tagline": "Spots · Branded · Social",
                "client": "Gulf Coast Credit Union",
                "agency": "Bayou Bright",
                "set": "the museum's Little Room and the garden",
                "parking": "Civic Center back lot, walk 4 blocks",
                # HARD: the timeline opens with a pre-call before the crew call
                "timeline": [
                    (-45, "G&E pre-call"),
                    (0, "Crew call"),
                    (45, "Talent on set"),
                    (270, "Lunch"),
                    (570, "Wrap"),
                ],
                "crew": [
                    ("Director", "Renee Fontaine", "(228) 555-0134"),
                    ("1st AD", "Brady Cole", "(228) 555-0153"),
                ],
                "footer": "Salt Marsh Content · Ocean Springs MS",
            },
        ),
        _spot(
            "biloxi",
            "Coastline Seafood 'Catch of the Day'",
            D(2026, 6, 2),
            "05:45",
            {
                "time_style": "ap_short",
                "date_style": "slash_dow",
                "company": "BACK BAY FILMWORKS",
                "tagline": "Biloxi · New Orleans",
                "client": "Coastline Seafood Co.",
                "agency": "Crescent Works",
                "set": "the lighthouse median and the beach",
                "parking": "Passes on dash; no parking on Hwy 90",
                "timeline": [
                    (0, "Crew call"),
                    (45, "Talent call"),
                    (75, "Sunrise plate, lighthouse wide"),
                    (315, "Lunch"),
                    (555, "Wrap"),
                ],
                "crew": [
                    ("Director", "Jules Thibodeaux", "(228) 555-0109"),
                    ("PM", "Carla Nguyen", "(504) 555-0144"),
                ],
                "footer": "Back Bay Filmworks · Coastline Seafood",
            },
        ),
    ]


# --- (5) Prairie documentary e-mail itineraries ---------------------------------------------


@_family(
    "prairie_doc_email_itinerary",
    "Canadian Prairies documentary crew itinerary sent as an e-mail and printed, letter: From / "
    "Sent / To / Subject lines; paragraphs of travel, the day's plan with times in '7:30 a.m.' "
    "or '7:30 am' form inside sentences ('Crew call is 7:30 a.m. at ...'), the place's address, "
    "the nearest hospital with an emergency department in a sentence, sunrise and sunset, "
    "hotel and meals; the producer's signature with a company line",
    name="doc_{key}",
)
def _doc(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", "times", margin=60.0)
    w = right - x0
    head = [
        ("From", g["sender"]),
        ("Sent", g["sent"]),
        ("To", g["to"]),
        ("Subject", f"{title}: itinerary for {day_text(day, g['date_style'])}"),
    ]
    label_rows(c, x0, 60, right, head, 10, 56, 14, suffix=":")
    c.hline(x0, right, 118, 0.5)
    y = 142.0
    c.text(x0, y, g["hello"], 11)
    y += 20
    texts = [
        g["travel"],
        f"Crew call is {hm(call, t)} at {p.name}, {p.address}. We shoot {g['set']}. "
        + g["plan"].format(*(hm(add_minutes(call, o), t) for o in g["plan_times"])),
        f"Sunrise is {hm(rise, t)} and sunset {hm(fall, t)}.",
        f"Nearest emergency department: {p.hospital}, {p.hospital_address}, {p.hospital_phone}.",
        g["hotel"],
    ]
    for text in texts:
        y = paragraph(c, x0, y, text, 11, w, 15) + 8
    c.text(x0, y + 6, "Thanks everyone,", 11)
    c.text(x0, y + 22, g["sender"].split(" <")[0], 11, bold=True)
    grey_text(c, x0, y + 36, g["sig"], 9)
    return c.output()


def _doc_sheets() -> list[Sheet]:
    return [
        _doc(
            "gimli",
            "Saga Country",
            D(2026, 8, 1),
            "07:30",
            {
                "time_style": "am_dot",
                "date_style": "ca",
                "sender": "Freya Johnson <freya@northsagadocs.ca>",
                "sent": "Thursday, July 30, 2026 9:12 p.m.",
                "to": "Crew; Gimli contacts",
                "hello": "Hi all,",
                "travel": "Drive up from Winnipeg on Friday night; the rooms at the Lakeview "
                "are booked under North Saga. Gear van leaves the office at 5:45 a.m.",
                "set": "the museum's Viking gallery and the harbour seawall",
                "plan": "Interviews with the curator from {0}, lunch at {1}, then the seawall "
                "murals until about {2}.",
                "plan_times": [30, 270, 540],
                "hotel": "Meals: breakfast at the hotel, lunch brought in. Please keep receipts.",
                "sig": "North Saga Documentaries Inc. · Winnipeg, Manitoba",
            },
        ),
        _doc(
            "swiftcurrent",
            "Grain and Gravel",
            D(2027, 6, 15),
            "08:00",
            {
                "time_style": "am_low",
                "date_style": "ca",
                "sender": "Devon Tschetter <devon@opensky-media.ca>",
                "sent": "Sunday, June 13, 2027 7:40 pm",
                "to": "Grain and Gravel crew",
                # HARD: the travel paragraph's departure time comes before the crew call
                "hello": "Morning team,",
                "travel": "Tuesday we leave Regina at 5:00 am sharp from the office lot; it is "
                "a two and a half hour drive west on the Trans-Canada (no time change).",
                "set": "the museum's homestead room and the grain elevator photos",
                "plan": "Archive shoot from {0}, lunch at {1}, exteriors at the Chinook "
                "Pathway until {2}.",
                "plan_times": [15, 240, 480],
                "hotel": "Hotel: Days Inn, two to a room. Per diems on the card.",
                "sig": "Open Sky Media · Regina, Saskatchewan",
            },
        ),
        _doc(
            "steinbach",
            "Plain Threads",
            D(2026, 9, 21),
            "08:30",
            {
                "time_style": "am_dot",
                "date_style": "ca_iso",
                "sender": "Anneke Friesen <anneke@redriverdoc.ca>",
                "sent": "Friday, September 18, 2026 4:05 p.m.",
                "to": "crew list",
                "hello": "Hello everyone,",
                "travel": "Steinbach is 50 minutes south-east of Winnipeg on PTH 12. Carpool "
                "from the Bishop Grandin park-and-ride at 7:15 a.m.",
                "set": "the windmill and the village street of the museum",
                "plan": "Quilters' interview at {0}, lunch in the Livery Barn at {1}, windmill "
                "exteriors in late light until {2}.",
                "plan_times": [60, 240, 570],
                "hotel": "No overnight: we drive back after wrap.",
                "sig": "Red River Documentary Co-op · Winnipeg",
            },
        ),
    ]


# --- (6) BC interior student / indie features: a printed template filled in by hand --------


@_family(
    "bc_indie_hand_filled",
    "BC interior student or micro-budget feature on a printed blank call sheet template filled "
    "in by hand, letter: printed captions (PRODUCTION, DATE, CALL TIME, LOCATION, ADDRESS, "
    "NEAREST HOSPITAL, SUNRISE / SUNSET, SCENES) over ruled lines, the values written on the "
    "lines in another hand (a monospaced stand-in, blue ink); a value struck out and "
    "re-written where the plan changed; the film school or co-op's name in the footer",
    name="indie_{key}",
)
def _indie(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", "helvetica", margin=50.0)
    centre(c, 52, "CALL SHEET", 18)
    grey_text(c, x0, 66, g["template"], 7)

    def line(y: float, caption: str, value: str, x1: float = right, xs: float = x0) -> None:
        c.text(xs, y, caption, 7.5, bold=True)
        c.hline(xs + 100, x1, y + 2, 0.4)
        ink(xs + 104, y, value)

    def ink(x: float, y: float, value: str) -> None:
        c.pdf.set_text_color(25, 45, 140)
        fit(c, x, y - 1, value, 10.5, right - x - 4, family="courier")
        black(c)

    mid = x0 + (right - x0) / 2
    line(100, "PRODUCTION", title)
    line(124, "DATE", day_text(day, g["date_style"]), mid - 10)
    line(124, "SHOOT DAY", g["day_n"], right, mid + 10)
    c.text(x0, 148, "CALL TIME", 7.5, bold=True)
    c.hline(x0 + 100, mid - 10, 150, 0.4)
    xx = x0 + 104
    if g.get("was"):
        # HARD: the first call written is struck out and the new one written beside it
        c.pdf.set_text_color(25, 45, 140)
        xx += struck(c, xx, 147, hm(g["was"], t), 10.5, family="courier") + 8
        black(c)
    ink(xx, 148, hm(call, t))
    line(148, "WRAP (EST.)", hm(add_minutes(call, g["wrap"]), t), right, mid + 10)
    line(172, "LOCATION", p.name)
    line(196, "ADDRESS", p.address)
    line(220, "SET", g["set"])
    line(244, "PARKING", p.base)
    line(268, "NEAREST HOSPITAL", f"{p.hospital}, {p.hospital_street}")
    line(292, "", f"{p.hospital_city}  {p.hospital_phone}")
    line(316, "SUNRISE", hm(rise, t), mid - 10)
    line(316, "SUNSET", hm(fall, t), right, mid + 10)
    c.text(x0, 350, "SCENES", 9, bold=True)
    heads, xs = ["SC", "DESCRIPTION", "CAST", "PGS"], [0, 40, 330, 440]
    fill(c, x0, 356, right - x0, 14, 225)
    for h, dx in zip(heads, xs, strict=True):
        c.text(x0 + 3 + dx, 366, h, 7.5, bold=True)
    y = 386.0
    for r in g["scenes"]:
        c.hline(x0, right, y + 4, 0.3)
        for v, dx in zip(r, xs, strict=True):
            ink(x0 + 3 + dx, y, v)
        y += 20
    c.text(x0, y + 16, "NOTES", 9, bold=True)
    for k, n in enumerate(g["notes"]):
        c.hline(x0, right, y + 38 + 20 * k, 0.3)
        ink(x0 + 4, y + 36 + 20 * k, n)
    footer(c, g["footer"], x0)
    return c.output()


def _indie_sheets() -> list[Sheet]:
    return [
        _indie(
            "revelstoke",
            "Last Spike",
            D(2026, 9, 12),
            "08:00",
            {
                "time_style": "us_lower",
                "date_style": "us_numeric",
                "template": "Columbia Basin Film Co-op · blank call sheet v2",
                "day_n": "3 of 6",
                "wrap": 600,
                "set": "the CPR business car and the turntable",
                "scenes": [
                    ("4", "Ada finds the ledger in the car", "1, 2", "2"),
                    ("7", "Turntable chase", "1, 3", "1 4/8"),
                ],
                "notes": ["Museum opens 9am - quiet on set when tours pass"],
                "footer": "Columbia Basin Film Co-op · Revelstoke",
            },
        ),
        _indie(
            "penticton",
            "Sternwheeler",
            D(2027, 7, 24),
            "07:00",
            {
                "time_style": "us_lower",
                "date_style": "us_short",
                "template": "Okanagan College film club · call sheet template (print & fill)",
                "day_n": "5",
                # HARD: 8:00 struck out, 7:00 written beside it
                "was": "08:00",
                "wrap": 540,
                "set": "the upper deck and the wheelhouse of the SS Sicamous",
                "scenes": [
                    ("12", "Captain's log, wheelhouse", "2", "1 2/8"),
                    ("13", "Dance on the upper deck", "1, 2, 4", "3"),
                ],
                "notes": ["Bring water, it's 35 by noon. Sunscreen!"],
                "footer": "Okanagan student short · Penticton",
            },
        ),
        _indie(
            "salmonarm",
            "Grebe",
            D(2026, 5, 30),
            "06:00",
            {
                "time_style": "us",
                "date_style": "us_long",
                "template": "Shuswap Indie Film Society · CALL SHEET (blank)",
                "day_n": "1 of 12",
                "wrap": 660,
                "set": "the wharf end and the bird blind on the foreshore trail",
                "scenes": [
                    ("1", "Dawn, Nell on the wharf", "1", "4/8"),
                    ("2", "The grebes' dance, bird blind", "1, 2", "1"),
                ],
                "notes": ["Nesting season: no drone past the wharf, quiet voices"],
                "footer": "Shuswap Indie Film Society · Salmon Arm",
            },
        ),
    ]


# --- near misses: schedules that call people to a place but plan no shoot ---------------------


def _notice(
    head: tuple[str, str, str],
    facts: list[tuple[str, str]],
    table: tuple[list[str], list[float], list[tuple[str, ...]]],
    notes: tuple[str, list[str]],
) -> bytes:
    """A near miss: its heading lines, fact rows, a ruled table and notes."""
    c, x0, right = page("letter", "helvetica", margin=46.0)
    c.text(x0, 52, head[0], 13, bold=True)
    grey_text(c, x0, 65, head[1], 8.5)
    c.right(right, 52, head[2], 10, bold=True)
    c.hline(x0, right, 73, 1.0)
    y = label_rows(c, x0, 96, right, facts, 9, 130, 14, suffix=":")
    heads, xs, rows = table
    y = head_table(c, x0, y + 8, heads, xs, rows, right, size=8.5, lead=14, ruled=True)
    titled_notes(c, x0, y + 6, notes[0], 9, notes[1], 8.5, right - x0, 11)
    return c.output()


def _parade_lineup() -> bytes:
    """A Mardi Gras society's parade line-up: units' report times and staging, the route; a TV
    station's float is in the line."""
    return _notice(
        ("KREWE OF NEPTUNE'S REVELERS", "Biloxi, Mississippi", "PARADE LINE-UP"),
        [
            ("Parade date", "Saturday, February 6, 2027"),
            ("Units report", "10:00 a.m. at the staging area, Porter Ave and Howard Ave"),
            ("Step-off", "1:00 p.m. sharp from Howard Ave"),
            ("Route", "Howard Ave east, Lameuse St, Beach Blvd to the lighthouse"),
            ("Parade marshal", "Ray Dubuisson (228) 555-0166"),
        ],
        (
            ["UNIT", "ENTRY", "REPORT", "STAGING"],
            [0, 40, 280, 360],
            [
                ("1", "Biloxi Police motorcycle escort", "12:00p", "Porter Ave"),
                ("2", "King & Queen float", "10:00a", "Lot A"),
                ("3", "Biloxi High marching band", "11:30a", "Lot B"),
                ("4", "WXBL-TV news float with camera", "10:30a", "Lot A"),
            ],
        ),
        (
            "Notes",
            [
                "Throws only from floats; no glass on the route. Riders must wear masks. A "
                "television float films along the route for the evening news.",
            ],
        ),
    )


def _turtle_patrol() -> bytes:
    """A sea turtle nest patrol's volunteer rota: dawn walk times, beach zones, the coordinator;
    a documentary photographer joins one walk."""
    return _notice(
        (
            "HILTON HEAD - BLUFFTON SEA TURTLE PATROL",
            "Volunteer rota · nesting season",
            "DAWN WALK ROTA",
        ),
        [
            ("Week of", "Monday, June 7, 2027"),
            ("Walk starts", "6:00 a.m. at the beach access (before sunrise)"),
            ("Coordinator", "Peg Alston (843) 555-0129"),
            ("Permit", "SCDNR nest protection permit on the coordinator's clipboard"),
        ],
        (
            ["DAY", "ZONE", "WALKERS", "MEET AT"],
            [0, 90, 200, 380],
            [
                ("Mon", "Zone 1 (Coligny)", "Ann, Bev", "Coligny access"),
                ("Tue", "Zone 2 (Folly Field)", "Carl, Dee", "Folly Field access"),
                ("Wed", "Zone 3 (Mitchelville)", "Ed, Faye", "Mitchelville access"),
            ],
        ),
        (
            "Notes",
            [
                "Report false crawls and new nests by text. A nature photographer walks Zone 2 "
                "on Tuesday; no flash near hatchlings, ever.",
            ],
        ),
    )


def _walleye_tournament() -> bytes:
    """A walleye tournament's launch and weigh-in schedule: boat draw, flights, weigh-in times;
    the weigh-in is streamed by the club."""
    return _notice(
        ("LAKE ERIE WALLEYE CLASSIC", "Sandusky, Ohio", "LAUNCH & WEIGH-IN SCHEDULE"),
        [
            ("Date", "Saturday, May 22, 2027"),
            ("Check-in", "5:00 a.m. at the marina boat ramp, livewell inspection"),
            ("Launch", "6:00 a.m. by boat number, flights of 20"),
            ("Weigh-in", "3:00 p.m. at the marina stage (flight 1 first)"),
            ("Tournament director", "Gary Kessler (419) 555-0187"),
        ],
        (
            ["FLIGHT", "BOATS", "LAUNCH", "CHECK-IN BY"],
            [0, 70, 200, 320],
            [
                ("1", "1 - 20", "6:00 a.m.", "2:45 p.m."),
                ("2", "21 - 40", "6:15 a.m.", "3:00 p.m."),
                ("3", "41 - 60", "6:30 a.m.", "3:15 p.m."),
            ],
        ),
        (
            "Notes",
            [
                "Five-fish limit, 15-inch minimum. Life jackets on whenever the big motor is "
                "running. The club streams the weigh-in live on its page.",
            ],
        ),
    )


def _other_sheets() -> list[Sheet]:
    docs = [
        (
            "near_miss_mardi_gras_parade_lineup",
            "a Gulf Coast Mardi Gras society's parade line-up, letter: krewe, date, units' "
            "report time, step-off, route, parade marshal; a ruled UNIT / ENTRY / REPORT / "
            "STAGING table with a TV station's camera float; notes",
            _parade_lineup,
        ),
        (
            "near_miss_sea_turtle_patrol_rota",
            "a South Carolina sea turtle nest patrol's dawn walk rota, letter: patrol, week, "
            "walk start before sunrise, coordinator, permit; a ruled DAY / ZONE / WALKERS / "
            "MEET AT table; notes on a nature photographer",
            _turtle_patrol,
        ),
        (
            "near_miss_walleye_tournament_weigh_in",
            "a Lake Erie walleye tournament's launch and weigh-in schedule, letter: the "
            "tournament, date, check-in, launch, weigh-in, director; a ruled FLIGHT / BOATS / "
            "LAUNCH / CHECK-IN BY table; notes on the streamed weigh-in",
            _walleye_tournament,
        ),
    ]
    return near_misses(_sheet, docs)


def sheets() -> list[Sheet]:
    return [
        *_reality_sheets(),
        *_remote_sheets(),
        *_union_sheets(),
        *_spot_sheets(),
        *_doc_sheets(),
        *_indie_sheets(),
        *_other_sheets(),
    ]
