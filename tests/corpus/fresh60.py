# ruff: noqa: RUF001, RUF002, RUF003
"""Sixty-first held-out set: kinds of production not yet in the corpus, in English-speaking
markets, in towns not yet in the corpus (`fresh60_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh60"). US unscripted / reality field call sheets with a crew call, a later
talent call, a load-in and OTF interviews, the field producers' cells (Eureka Springs, Bar
Harbor, Lake Havasu City); fashion / e-commerce stills studio days with a crew call for the
studio team, model calls per look, HMU and a loft building's suite number (Pawtucket, Lewiston,
Manchester NH); live sports outside-broadcast crew sheets with a truck park, a crew call before
'on air' and a crew gate (Tuscaloosa, Stoke-on-Trent, Ames); Hawaiʻi / Puerto Rico / US Virgin
Islands sheets with ʻokina and kahakō and Puerto Rican bilingual labels (Kīlauea, Fajardo,
Christiansted); night shoots and split days whose crew call is in the evening and whose wrap is
after midnight, the shooting date being the call's day (Deadwood, Wheeling, Kalgoorlie);
documentary travel sheets with one day's programme inside a multi-day trip itinerary, the sheet
saying which day is today (Dingle, Churchill, Stanley). Three near misses, all `other`: a US
court's juror reporting instructions, a hurricane shelter volunteer activation notice and a
county fair's 4-H livestock show check-in schedule.

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
    paragraphs,
    ruled_cells,
    sheet_maker,
    time_or,
    titled_notes,
)
from tests.corpus.fresh_skeletons import (
    ES_MON,
    ES_WD,
    Day,
    family,
    family_tables,
    footer,
    near_misses,
    notice,
)
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date

P: dict[str, Place] = {
    # (1) US unscripted field sheets: Eureka Springs, Bar Harbor, Lake Havasu City
    "crescent": _p(
        "us",
        "1886 Crescent Hotel & Spa",
        "75 Prospect Ave",
        "Eureka Springs, AR 72632",
        36.4086,
        -93.7378,
        "America/Chicago",
        "Eureka Springs Hospital",
        "24 Norris St",
        "Eureka Springs, AR 72632",
        "(479) 253-7400",
        "Pine Mountain Village lot, 2075 E Van Buren",
        "Eureka Springs, AR 72632",
    ),
    "townpier": _p(
        "us",
        "Bar Harbor Town Pier",
        "1 West St",
        "Bar Harbor, ME 04609",
        44.3921,
        -68.2040,
        "America/New_York",
        "MDI Hospital",
        "10 Wayman Ln",
        "Bar Harbor, ME 04609",
        "(207) 288-5081",
        "Athletic Field lot, Park St",
        "Bar Harbor, ME 04609",
    ),
    "londonbridge": _p(
        "us",
        "London Bridge (Bridgewater Channel)",
        "1340 McCulloch Blvd N",
        "Lake Havasu City, AZ 86403",
        34.4716,
        -114.3475,
        "America/Phoenix",
        "Havasu Regional Medical Center",
        "101 Civic Center Ln",
        "Lake Havasu City, AZ 86403",
        "(928) 855-8185",
        "Rotary Park lot, 1400 S Smoketree Ave",
        "Lake Havasu City, AZ 86403",
    ),
    # (2) fashion / e-commerce stills studios: Pawtucket, Lewiston, Manchester NH
    "hopeartiste": _p(
        "us",
        "Hope Artiste Village",
        "1005 Main St, Suite 1210",
        "Pawtucket, RI 02860",
        41.8893,
        -71.3935,
        "America/New_York",
        "The Miriam Hospital",
        "164 Summit Ave",
        "Providence, RI 02906",
        "(401) 793-2500",
        "Rear lot off Esten Ave (loading dock 3)",
        "Pawtucket, RI 02860",
    ),
    "batesmill": _p(
        "us",
        "Bates Mill Complex",
        "35 Canal St, Suite 304",
        "Lewiston, ME 04240",
        44.0958,
        -70.2181,
        "America/New_York",
        "Central Maine Medical Center",
        "300 Main St",
        "Lewiston, ME 04240",
        "(207) 795-0111",
        "Chestnut St parking garage",
        "Lewiston, ME 04240",
    ),
    "millyard": _p(
        "us",
        "Millyard Studios",
        "175 Canal St, Suite 402",
        "Manchester, NH 03101",
        42.9928,
        -71.4660,
        "America/New_York",
        "Elliot Hospital",
        "1 Elliot Way",
        "Manchester, NH 03103",
        "(603) 669-5300",
        "Arms Park lot, Arms St",
        "Manchester, NH 03101",
    ),
    # (3) live sports outside broadcasts: Tuscaloosa, Stoke-on-Trent, Ames
    "bryantdenny": _p(
        "us",
        "Bryant-Denny Stadium",
        "920 Paul W Bryant Dr",
        "Tuscaloosa, AL 35401",
        33.2083,
        -87.5504,
        "America/Chicago",
        "DCH Regional Medical Center",
        "809 University Blvd E",
        "Tuscaloosa, AL 35401",
        "(205) 759-7111",
        "TV compound, Wallace Wade Ave",
        "Tuscaloosa, AL 35401",
    ),
    "bet365": _p(
        "uk",
        "bet365 Stadium",
        "Stanley Matthews Way",
        "Stoke-on-Trent ST4 4EG",
        52.9884,
        -2.1755,
        "Europe/London",
        "Royal Stoke University Hospital",
        "Newcastle Road",
        "Stoke-on-Trent ST4 6QG",
        "01782 715444",
        "OB compound, West Stand car park",
        "Stoke-on-Trent ST4 4EG",
    ),
    "jacktrice": _p(
        "us",
        "Jack Trice Stadium",
        "1800 S 4th St",
        "Ames, IA 50011",
        42.0140,
        -93.6358,
        "America/Chicago",
        "Mary Greeley Medical Center",
        "1111 Duff Ave",
        "Ames, IA 50010",
        "(515) 239-2011",
        "Lot S3 (TV compound), S 4th St",
        "Ames, IA 50011",
    ),
    # (4) Hawaiʻi / Puerto Rico / US Virgin Islands: Kīlauea, Fajardo, Christiansted
    "kilauea": _p(
        "us",
        "Kīlauea Point National Wildlife Refuge",
        "3580 Kīlauea Rd",
        "Kīlauea, HI 96754",
        22.2317,
        -159.4020,
        "Pacific/Honolulu",
        "Wilcox Medical Center",
        "3-3420 Kūhiō Hwy",
        "Līhuʻe, HI 96766",
        "(808) 245-1100",
        "Kīlauea Neighborhood Center lot, 2460 Keneke St",
        "Kīlauea, HI 96754",
    ),
    "elfaro": _p(
        "us",
        "Reserva Natural Cabezas de San Juan (El Faro)",
        "Carr. 987 Km 6.0",
        "Fajardo, PR 00738",
        18.3818,
        -65.6183,
        "America/Puerto_Rico",
        "HIMA San Pablo Fajardo",
        "404 Av. General Valero",
        "Fajardo, PR 00738",
        "(787) 863-0505",
        "Puerto del Rey Marina, Carr. 3 Km 51.4",
        "Fajardo, PR 00738",
    ),
    "christiansvaern": _p(
        "us",
        "Fort Christiansvaern",
        "Hospital Street",
        "Christiansted, St. Croix, VI 00820",
        17.7472,
        -64.7025,
        "America/St_Thomas",
        "Governor Juan F. Luis Hospital & Medical Center",
        "4007 Estate Diamond Ruby",
        "Christiansted, VI 00820",
        "(340) 778-6311",
        "King's Wharf parking, Christiansted Boardwalk",
        "Christiansted, VI 00820",
    ),
    # (5) night shoots and split days: Deadwood, Wheeling, Kalgoorlie
    "saloon10": _p(
        "us",
        "Old Style Saloon No. 10",
        "657 Main St",
        "Deadwood, SD 57732",
        44.3771,
        -103.7290,
        "America/Denver",
        "Monument Health Lead-Deadwood Hospital",
        "61 Charles St",
        "Deadwood, SD 57732",
        "(605) 717-6000",
        "Welcome Center lot, 501 Main St",
        "Deadwood, SD 57732",
    ),
    "capitoltheatre": _p(
        "us",
        "Capitol Theatre",
        "1015 Main St",
        "Wheeling, WV 26003",
        40.0689,
        -80.7223,
        "America/New_York",
        "Wheeling Hospital",
        "1 Medical Park",
        "Wheeling, WV 26003",
        "(304) 243-3000",
        "Heritage Port lot, 1000 Water St",
        "Wheeling, WV 26003",
    ),
    "exchange": _p(
        "au",
        "Exchange Hotel",
        "135 Hannan St",
        "Kalgoorlie WA 6430",
        -30.7485,
        121.4660,
        "Australia/Perth",
        "Kalgoorlie Health Campus",
        "Piccadilly St",
        "Kalgoorlie WA 6430",
        "(08) 9080 5888",
        "Town Hall car park, Wilson St",
        "Kalgoorlie WA 6430",
    ),
    # (6) documentary travel sheets: Dingle, Churchill, Stanley
    "dinglepier": _p(
        "ie",
        "Dingle Marina pier",
        "Strand Street",
        "Dingle, Co. Kerry V92",
        52.1391,
        -10.2735,
        "Europe/Dublin",
        "University Hospital Kerry",
        "Ratass",
        "Tralee, Co. Kerry V92 NX94",
        "+353 66 718 4000",
        "Harbour car park, The Mall",
        "Dingle, Co. Kerry V92",
    ),
    "itsanitaq": _p(
        "ca",
        "Itsanitaq Museum",
        "242 La Vérendrye Ave",
        "Churchill, MB R0B 0E0",
        58.7679,
        -94.1640,
        "America/Winnipeg",
        "Churchill Health Centre",
        "162 La Vérendrye Ave",
        "Churchill, MB R0B 0E0",
        "(204) 675-8318",
        "Town Centre Complex lot, 180 La Vérendrye Ave",
        "Churchill, MB R0B 0E0",
    ),
    "christchurch": _p(
        "fk",
        "Christ Church Cathedral (Whalebone Arch)",
        "Ross Road",
        "Stanley, Falkland Islands FIQQ 1ZZ",
        -51.6921,
        -57.8589,
        "Atlantic/Stanley",
        "King Edward VII Memorial Hospital",
        "St Mary's Walk",
        "Stanley, Falkland Islands FIQQ 1ZZ",
        "+500 28000",
        "Jetty Centre car park, Ross Road",
        "Stanley, Falkland Islands FIQQ 1ZZ",
    ),
}


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "us_ap": f"{h12}:{m:02d}{ap[0].lower()}",  # "6:30a", a reality production office's
        "us_sp": f"{h12}:{m:02d} {ap}",  # "6:30 AM"
        "us_dot": f"{h12}:{m:02d} {ap[0].lower()}.m.",  # "6:30 a.m."
        "uk": f"{h:02d}:{m:02d}",
        "ob": f"{h:02d}{m:02d}",  # broadcast rundown "1430"
        "pr": f"{h12}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}",  # "6:30 a.m."
        "au": f"{h12}.{m:02d}{ap.lower()}",  # "6.30pm"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    wd, mi = d.weekday(), d.month - 1
    forms = {
        "us": f"{d:%A}, {d:%B} {d.day}, {d.year}",  # "Tuesday, November 17, 2026"
        "us_short": f"{d:%a} {d.month}/{d.day}/{d:%y}",  # "Tue 11/17/26"
        "us_abbr": f"{d:%a}, {d:%b} {d.day}, {d.year}",  # "Tue, Nov 17, 2026"
        "uk": f"{d:%A} {d.day} {d:%B} {d.year}",  # "Tuesday 17 November 2026"
        "pr": f"{ES_WD[wd]} {d.day} de {ES_MON[mi]} de {d.year} / {d:%A}, {d:%B} {d.day}",
        "au": f"{d:%a} {d.day} {d:%b} {d.year}",  # "Tue 17 Nov 2026"
        "uk_short_fk": f"{d:%a} {d:%d/%m/%Y}",  # "Wed 20/01/2027"
        "ie": f"{d:%A} {d.day} {d:%B} {d.year}",
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh60")
_table = partial(head_table, size=7.5, lead=12)
_family = partial(family, _sheet, P)
_day_tables = partial(family_tables, _table, hm)


def _hosp(p: Place) -> str:
    return f"{p.hospital}, {p.hospital_street}, {p.hospital_city}  ·  {p.hospital_phone}"


# --- (1) US unscripted / reality field sheets: crew call, talent call, load-in, OTFs ---------

RE_HEADS = {
    "timed": (["TIME", "WHAT", "WHO / WHERE"], [0, 60, 300]),
    "crew": (["POSITION", "NAME", "CELL", "CALL"], [0, 130, 290, 420]),
}


@_family(
    "us_reality_field",
    "US unscripted (reality) field call sheet, letter: the network and episode over the "
    "show's title, 'FIELD CALL SHEET' and the date; CREW CALL with load-in before it and the "
    "talent call, OTF interviews and wrap after it (a strip of boxes or ruled label rows); "
    "LOCATION / CREW PARKING / NEAREST HOSPITAL (ER) boxes; sun, weather and the field "
    "producers' cells; a TIME / WHAT / WHO schedule of beats and OTFs; crew with calls; notes",
    name="re_{key}",
)
def _reality(spec: Day) -> bytes:
    _, p, rise, fall, t, layout, title, day, call, g = spec
    c, x0, right = page("letter", g["font"], margin=36.0)
    w = right - x0
    c.text(x0, 44, g["network"], 8, bold=True)
    c.right(right, 44, g["episode"], 8)
    c.text(x0, 68, title, 19, bold=True)
    c.text(x0, 82, g["company"], 8)
    c.right(right, 68, "FIELD CALL SHEET", 12, bold=True)
    c.right(right, 82, day_text(day, g["date_style"]), 9.5, bold=True)
    c.hline(x0, right, 90, 1.2)
    y = 106.0
    strip = [(lab, add_minutes(call, off)) for lab, off in g.get("before", [])]
    strip += [("CREW CALL", call)]
    strip += [(lab, add_minutes(call, off)) for lab, off in g["after"]]
    if layout == "boxes":
        bw = w / len(strip)
        for i, (lab, at) in enumerate(strip):
            c.box(x0 + i * bw, y, bw, 40, 1.4 if lab == "CREW CALL" else 0.5)
            fit(c, x0 + i * bw + 5, y + 12, lab, 7, bw - 10, bold=True)
            c.text(x0 + i * bw + 5, y + 32, hm(at, t), 14, bold=lab == "CREW CALL")
        y += 56
    else:
        rows = [(lab.title() if lab != "CREW CALL" else lab, hm(at, t)) for lab, at in strip]
        y = label_rows(c, x0, y + 4, x0 + 250, rows, 9, 110, 13, rule_drop=3) + 6
    blocks = [
        ("LOCATION / SET", [p.name, p.street, p.city, g["set"]]),
        ("CREW PARKING / BASE", [p.base_street, p.base_city, g["base_note"]]),
        (
            "NEAREST HOSPITAL (ER)",
            [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
        ),
    ]
    ruled_cells(c, x0, y, w / 3, blocks, 56, 0.6, label_size=7, size=8, lead=10.5)
    y += 70
    sun = f"Sunrise {hm(rise, t)}  ·  Sunset {hm(fall, t)}  ·  {g['weather']}"
    c.text(x0, y, sun, 8)
    fit(c, x0, y + 12, "FIELD PRODUCERS: " + g["producers"], 8, w, bold=True)
    y = _day_tables(
        c,
        x0,
        y + 32,
        right,
        spec,
        timed=RE_HEADS["timed"],
        crew=RE_HEADS["crew"],
        notes=("NOTES / SAFETY", 9, 8, 11),
    )
    footer(c, g["footer"], x0)
    return c.output()


def _reality_sheets() -> list[Sheet]:
    return [
        _reality(
            "crescent",
            "Ozark Flip Kings",
            D(2026, 11, 17),
            "07:00",
            {
                "font": "helvetica",
                "layout": "boxes",
                "time_style": "us_ap",
                "date_style": "us",
                "network": "HGTV-STYLE NETWORK PILOT  ·  NOT FOR DISTRIBUTION",
                "episode": 'Ep. 104 "The Haunted Suite"  ·  Shoot day 6 of 9',
                "company": "Limestone Creek Entertainment  ·  Showrunner: Dana Whitlock",
                "after": [("TALENT CALL", 90), ("OTF #1", 150), ("LUNCH", 330), ("EST. WRAP", 660)],
                "set": "room 218 and the fourth-floor landing",
                "base_note": "Crew van loop every 15 min to the hotel",
                "weather": "Clear, 41-63 °F",
                "producers": "Marisol Vance (479) 555-0141  ·  Trey Huckaby (479) 555-0152",
                "schedule": [
                    (0, "Crew call, load-in through the service entrance", "All crew"),
                    (60, "Lock-off cams rigged in room 218", "Cam / audio"),
                    (90, "Talent call: Bo & Jolene Pruitt, wire up", "Lobby"),
                    (150, "OTF #1 (Bo) in the library", "Library"),
                    (210, "Reveal beat: the suite's wallpaper comes off", "Room 218"),
                    (330, "Lunch", "Crystal Dining Room"),
                    (600, "ITM sit-down interviews", "Conservatory"),
                ],
                "crew": [
                    ("Field Producer", "Marisol Vance", "(479) 555-0141", 0),
                    ("DP / Cam A", "Ricky Osei", "(479) 555-0163", 0),
                    ("Audio", "Lena Farrow", "(479) 555-0174", 0),
                    ("PA (talent)", "Cody Breck", "(479) 555-0185", 60),
                ],
                "notes": [
                    "Hotel stays open to guests: no cables across the lobby, quiet on the fourth "
                    "floor before 9:00a. Release forms for any guest in frame (PA has them).",
                ],
                "footer": "Limestone Creek Entertainment  ·  Ozark Flip Kings  ·  Field call sheet",
            },
        ),
        _reality(
            "townpier",
            "Lobster Boat Brides",
            D(2026, 11, 20),
            "05:30",
            {
                "font": "sans",
                "layout": "rows",
                "time_style": "us_sp",
                "date_style": "us_short",
                "network": "DOCUSERIES  ·  SEASON 2",
                "episode": "Ep. 207  ·  Day 11",
                "company": "Fog Bell Media LLC  ·  EP: Nora Kittredge",
                "after": [
                    ("Talent call", 30),
                    ("Boat departs", 60),
                    ("OTFs on the pier", 420),
                    ("Wrap", 600),
                ],
                "set": "the float and the Hattie Mae at slip 4",
                "base_note": "Holding in the Harbormaster's office",
                "weather": "Overcast, NW 15 kt, 38-46 °F",
                "producers": "Jess Tupper (207) 555-0108  ·  Sam Alley (207) 555-0119",
                "schedule": [
                    (0, "Crew call on the pier, GoPros and lavs", "Pier"),
                    (30, "Talent call: Kayla & Rob, wire up", "Harbormaster"),
                    (60, "Hattie Mae departs: hauling traps", "Cam B + audio aboard"),
                    (300, "Back at the dock, unload", "Float"),
                    (420, "OTFs on the pier (Kayla, then Rob)", "Pier end"),
                ],
                "crew": [
                    ("Field Producer", "Jess Tupper", "(207) 555-0108", 0),
                    ("Shooter / Cam A", "Dev Patel", "(207) 555-0120", 0),
                    ("Audio", "Maggie Oakes", "(207) 555-0131", 0),
                    ("Safety / boat", "Capt. Earl Lunt", "(207) 555-0142", -30),
                ],
                "notes": [
                    "PFDs on at all times on the float and aboard. Cam B rides with the captain's "
                    "OK only; seas over 4 ft and we shoot the dock scenes instead.",
                ],
                "footer": "Fog Bell Media  ·  Lobster Boat Brides  ·  Ep. 207",
            },
        ),
        _reality(
            "londonbridge",
            "Havasu Heat",
            D(2026, 12, 2),
            "06:30",
            {
                "font": "helvetica",
                "layout": "boxes",
                "time_style": "us_ap",
                "date_style": "us_abbr",
                "network": "CABLE DATING COMPETITION  ·  CONFIDENTIAL",
                "episode": "Ep. 3  ·  Field day 4",
                # HARD: the camera and G&E load-in is printed first in the strip, an hour before
                # the crew call
                "before": [("LOAD-IN (CAM / G&E)", -60)],
                "after": [("TALENT CALL", 120), ("OTFs", 240), ("WRAP", 600)],
                "company": "Dry Heat Productions  ·  Supervising producer: Reggie Salas",
                "set": "the bridge walkway and the channel beach",
                "base_note": "Cast holding at the Nautical Inn",
                "weather": "Sunny, 52-71 °F",
                "producers": "Tamsin Cole (928) 555-0117  ·  Hector Ruiz (928) 555-0128",
                "schedule": [
                    (-60, "Load-in: camera carts and G&E", "Rotary Park lot"),
                    (0, "Crew call, safety meeting", "Bridge, west end"),
                    (120, "Talent call: the six singles, wire up", "Nautical Inn"),
                    (180, "Group date: paddle boards under the bridge", "Channel beach"),
                    (240, "OTFs, one by one", "Tent on the beach"),
                ],
                "crew": [
                    ("Field Producer", "Tamsin Cole", "(928) 555-0117", 0),
                    ("Cam Op", "Wes Draper", "(928) 555-0139", -60),
                    ("Water safety", "Kim Alvarado", "(928) 555-0140", 0),
                ],
                "notes": [
                    "Lifeguard in the water with any cast on boards. Shade and water at the tent; "
                    "no cast talk between takes of the OTFs.",
                ],
                "footer": "Dry Heat Productions  ·  Havasu Heat  ·  Ep. 3",
            },
        ),
    ]


# --- (2) fashion / e-commerce stills studio days: crew call, model calls per look, HMU -------

ST_HEADS = {
    "timed": (["TIME", "LOOK / SET-UP", "MODEL", "SHOTS"], [0, 60, 300, 420]),
    "crew": (["ROLE", "NAME", "PHONE", "CALL"], [0, 130, 290, 420]),
}


@_family(
    "stills_studio_looks",
    "fashion / e-commerce stills studio call sheet, letter: the studio over 'CALL SHEET' (a "
    "grey band or centred), the shoot's title, client, date and shoot day; label rows with "
    "the crew call for the studio team, first shot and wrap, the studio's loft building with "
    "its suite number, the set (cyc or set-up), load-in, nearest ER and daylight; a MODELS "
    "table with agency, HMU call, on set and looks; a look-by-look schedule; crew; notes",
    name="st_{key}",
)
def _stills(spec: Day) -> bytes:
    _, p, rise, fall, t, layout, title, day, call, g = spec
    c, x0, right = page("letter", g["font"], margin=40.0)
    w = right - x0
    if layout == "band":
        fill(c, x0, 30, w, 28, 225)
        c.text(x0 + 8, 49, g["studio"], 11, bold=True)
        c.right(right - 8, 49, "CALL SHEET", 11, bold=True)
    else:
        centre(c, 44, g["studio"], 11)
        centre(c, 56, "PHOTO CALL SHEET", 9, bold=False)
    c.text(x0, 86, title, 17, bold=True)
    c.text(x0, 99, g["client"], 8.5)
    c.right(right, 86, day_text(day, g["date_style"]), 10, bold=True)
    c.right(right, 99, g["shoot_day"], 8.5)
    rows = [(lab, hm(add_minutes(call, off), t)) for lab, off in g.get("before", [])]
    rows += [("Crew call", hm(call, t))]
    rows += [(lab, hm(add_minutes(call, off), t)) for lab, off in g["after"]]
    rows += [
        ("Studio", f"{p.name}, {p.street}, {p.city}"),
        ("Set", g["set"]),
        ("Load-in / parking", f"{p.base_street}, {p.base_city}"),
        ("Nearest ER", _hosp(p)),
        ("Daylight", f"Sunrise {hm(rise, t)}  ·  Sunset {hm(fall, t)}"),
    ]
    y = label_rows(c, x0, 122, right, rows, 8.5, 105, 13, rule_drop=4)
    c.text(x0, y + 6, "MODELS", 9, bold=True)
    models = [
        (n, a, hm(add_minutes(call, o), t), hm(add_minutes(call, o + 60), t), looks)
        for n, a, o, looks in g["models"]
    ]
    y = _table(
        c,
        x0,
        y + 20,
        ["MODEL", "AGENCY", "HMU CALL", "ON SET", "LOOKS"],
        [0, 120, 240, 320, 400],
        models,
        right,
    )
    y = _day_tables(
        c,
        x0,
        y + 4,
        right,
        spec,
        timed=ST_HEADS["timed"],
        crew=ST_HEADS["crew"],
        notes=("NOTES", 9, 8, 11),
    )
    footer(c, g["footer"], x0)
    return c.output()


def _stills_sheets() -> list[Sheet]:
    return [
        _stills(
            "hopeartiste",
            "Tidewater Supply Co. Spring '27 E-Com",
            D(2026, 11, 18),
            "08:00",
            {
                "font": "helvetica",
                "layout": "band",
                "time_style": "us_sp",
                "date_style": "us",
                "studio": "MILLRACE STUDIO  ·  E-COMMERCE & CATALOG",
                "client": "Client: Tidewater Supply Co.  ·  Photographer: Ana Sousa",
                "shoot_day": "Day 2 of 3  ·  on-figure",
                "after": [("First shot", 90), ("Lunch", 270), ("Wrap", 540)],
                "set": "cyc A (white) and the flat-lay table",
                "models": [
                    ("Imani Brooks", "Maggie Inc.", 30, "1-6"),
                    ("Theo Lindqvist", "Dynasty Models", 60, "7-11"),
                ],
                "schedule": [
                    (0, "Crew call: lighting cyc A, tethering", "-", "-"),
                    (90, "Looks 1-3: outerwear, front / back / detail", "Imani", "18"),
                    (180, "Looks 4-6: knitwear", "Imani", "18"),
                    (300, "Looks 7-11: men's shirting", "Theo", "30"),
                    (450, "Flat lays: accessories", "-", "24"),
                ],
                "crew": [
                    ("Photographer", "Ana Sousa", "(401) 555-0121", 0),
                    ("Digi tech", "Marcus Bell", "(401) 555-0132", 0),
                    ("Stylist", "Priya Nandakumar", "(401) 555-0143", -30),
                    ("HMU", "Jo Albright", "(401) 555-0154", 0),
                ],
                "notes": [
                    "Freight elevator to the 12th floor from dock 3. Samples are tagged by look: "
                    "steam before the model's call. Selects in Capture One by end of each look.",
                ],
                "footer": "Millrace Studio  ·  Tidewater Supply Co.  ·  Spring '27",
            },
        ),
        _stills(
            "batesmill",
            "North Fork Knitwear Lookbook AW27",
            D(2026, 12, 3),
            "09:00",
            {
                "font": "sans",
                "layout": "centred",
                "time_style": "us_dot",
                "date_style": "us_abbr",
                "studio": "CANAL LIGHT PHOTOGRAPHY",
                "client": "Client: North Fork Knitwear  ·  Art director: Elise Moreau",
                "shoot_day": "Single day  ·  lookbook + e-com",
                # HARD: the models' HMU call is printed first, half an hour before the crew call
                "before": [("Models in HMU", -30)],
                "after": [("First look on set", 60), ("Lunch", 240), ("Wrap", 510)],
                "set": "the brick wall set by the north windows",
                "models": [
                    ("Sadie Ouellette", "Click Boston", -30, "1-5"),
                    ("Amara Diallo", "Maggie Inc.", -30, "6-9"),
                ],
                "schedule": [
                    (60, "Look 1: cable crew-neck, brick wall", "Sadie", "12"),
                    (120, "Looks 2-5: cardigans", "Sadie", "36"),
                    (300, "Looks 6-9: dresses and wraps", "Amara", "40"),
                    (450, "Pairs: both models, hero image", "Both", "10"),
                ],
                "crew": [
                    ("Photographer", "Owen Gagnon", "(207) 555-0161", 0),
                    ("1st assistant", "Bea Thibodeau", "(207) 555-0172", -30),
                    ("HMU", "Rosalind Pike", "(207) 555-0183", -45),
                ],
                "notes": [
                    "Daylight set: the windows face north, so expect flat light after 2:30 p.m. "
                    "Models bring nude undergarments and clean hair.",
                ],
                "footer": "Canal Light Photography  ·  North Fork Knitwear  ·  AW27",
            },
        ),
        _stills(
            "millyard",
            "Granite State Outfitters Holiday E-Com",
            D(2027, 1, 7),
            "07:30",
            {
                "font": "helvetica",
                "layout": "band",
                "time_style": "us_sp",
                "date_style": "us_short",
                "studio": "MILLYARD STUDIOS  ·  STUDIO 4",
                "client": "Client: Granite State Outfitters  ·  Producer: Carla Dube",
                "shoot_day": "Day 1 of 2",
                "after": [("First shot", 75), ("Lunch", 300), ("Wrap", 570)],
                "set": "cyc B (grey seamless) and the ghost-mannequin station",
                "models": [
                    ("Noah Vachon", "Model Club", 15, "1-8"),
                    ("Leah Kim", "Maggie Inc.", 45, "9-16"),
                ],
                "schedule": [
                    (75, "Looks 1-8: men's parkas, front / back / detail", "Noah", "48"),
                    (330, "Looks 9-16: women's fleece", "Leah", "48"),
                    (480, "Ghost mannequin: gloves and hats", "-", "30"),
                ],
                "crew": [
                    ("Photographer", "Gil Arsenault", "(603) 555-0110", 0),
                    ("Digi tech", "Mina Shah", "(603) 555-0121", 0),
                    ("Wardrobe", "Tess Boucher", "(603) 555-0132", -30),
                ],
                "notes": [
                    "Suite 402 is on the 4th floor: load via the Canal St freight door. Heat in "
                    "the mill is low before 8 AM, dress warm.",
                ],
                "footer": "Millyard Studios  ·  Granite State Outfitters  ·  Holiday e-com",
            },
        ),
    ]


# --- (3) live sports outside broadcasts: truck park, crew call before on air, crew gate ------

OB_HEADS = {
    "timed": (["TIME", "ITEM", "NOTES"], [0, 60, 260]),
    "crew": (["POSITION", "NAME", "MOBILE", "CALL"], [0, 130, 290, 420]),
}


@_family(
    "ob_sports_crew",
    "live sports outside-broadcast crew call sheet: a black band with the broadcaster, 'CREW "
    "CALL SHEET · OUTSIDE BROADCAST' and the OB unit; the programme's title, the fixture, "
    "date and kick-off; a strip of boxes led by CREW CALL, then ESU / fax check / rehearsal / "
    "ON AIR / off air; VENUE, CREW ENTRY (stadium gate) and NEAREST A&E / ER boxes; a rundown "
    "of the day from crew call to off air; crew with calls; engineering and safety notes",
    name="ob_{key}",
)
def _ob(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    size = "A4" if p.region == "uk" else "letter"
    c, x0, right = page(size, g["font"], margin=34.0)
    w = right - x0
    fill(c, x0, 28, w, 34, 30)
    c.pdf.set_text_color(255, 255, 255)
    c.text(x0 + 8, 44, g["broadcaster"], 9, bold=True)
    c.text(x0 + 8, 56, "CREW CALL SHEET  ·  OUTSIDE BROADCAST", 8)
    c.right(right - 8, 50, g["unit"], 10, bold=True)
    c.pdf.set_text_color(0, 0, 0)
    c.text(x0, 86, title, 17, bold=True)
    c.text(x0, 99, g["event"], 8.5)
    c.right(right, 86, day_text(day, g["date_style"]), 10, bold=True)
    c.right(right, 99, g["kickoff"], 8.5)
    y = 114.0
    if g.get("truck_park"):
        c.text(x0, y + 4, g["truck_park"], 8.5, bold=True)
        y += 16
    pairs = [("CREW CALL", hm(call, t))]
    pairs += [(lab, hm(add_minutes(call, off), t)) for lab, off in g["after"]]
    bw = w / len(pairs)
    for i, (lab, val) in enumerate(pairs):
        c.box(x0 + i * bw, y, bw, 36, 1.2 if i == 0 else 0.4)
        fit(c, x0 + i * bw + 4, y + 11, lab, 6.5, bw - 8, bold=True)
        c.text(x0 + i * bw + 4, y + 29, val, 13, bold=i == 0)
    y += 46
    blocks = [
        ("VENUE", [p.name, p.street, p.city, g["set"]]),
        ("CREW ENTRY / PARKING", [g["gate"], p.base_street, p.base_city]),
        (
            "NEAREST A&E / ER",
            [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
        ),
    ]
    ruled_cells(c, x0, y, w / 3, blocks, 56, 0.6, label_size=7, size=8, lead=10.5)
    y += 68
    c.text(x0, y, f"Sunrise {hm(rise, t)}  ·  Sunset {hm(fall, t)}  ·  {g['weather']}", 8)
    y = _day_tables(
        c,
        x0,
        y + 18,
        right,
        spec,
        timed=OB_HEADS["timed"],
        crew=OB_HEADS["crew"],
        notes=("ENGINEERING / SAFETY NOTES", 9, 8, 11),
    )
    footer(c, g["footer"], x0)
    return c.output()


def _ob_sheets() -> list[Sheet]:
    return [
        _ob(
            "bryantdenny",
            "SEC Saturday Night Football",
            D(2026, 11, 21),
            "10:00",
            {
                "font": "helvetica",
                "time_style": "us_sp",
                "date_style": "us",
                "broadcaster": "SOUTHERN SPORTS NETWORK",
                "unit": "MOBILE UNIT 12 (53' A/B)",
                "event": "Alabama vs. Mississippi State  ·  Bryant-Denny Stadium",
                "kickoff": "Kickoff 6:45 PM CT",
                "after": [
                    ("ESU", 30),
                    ("FAX CHECK", 300),
                    ("REHEARSAL", 420),
                    ("ON AIR", 510),
                    ("OFF AIR (EST.)", 750),
                ],
                "set": "the press box level 3 and the north end zone camera platform",
                "gate": "Crew entrance: Gate 11 (credential check)",
                "weather": "Clear, 48-66 °F",
                "schedule": [
                    (0, "Crew call, safety briefing at the truck", "TV compound"),
                    (30, "ESU: cameras, cable runs, RF", "Per engineering plan"),
                    (300, "Fax check / camera meeting", "B unit"),
                    (420, "Rehearsal, talent on set", "Set on the concourse"),
                    (510, "ON AIR: pre-game show", "Kickoff +75 min"),
                ],
                "crew": [
                    ("Producer", "Dale Whitfield", "(205) 555-0101", 0),
                    ("Director", "Kirsten Moody", "(205) 555-0112", 0),
                    ("EIC", "Ray Castellanos", "(205) 555-0123", -120),
                    ("A1", "Tommy Greer", "(205) 555-0134", 0),
                ],
                "notes": [
                    "Credentials on a lanyard at all times; no crew on the field side of the "
                    "hedge after the teams come out. Hard hats for the cable runs in the rafters.",
                ],
                "footer": "Southern Sports Network  ·  Mobile Unit 12  ·  Tuscaloosa",
            },
        ),
        _ob(
            "bet365",
            "Championship Live",
            D(2026, 12, 12),
            "08:30",
            {
                "font": "sans",
                "time_style": "uk",
                "date_style": "uk",
                "broadcaster": "NORTHSIDE BROADCAST FACILITIES",
                "unit": "OB UNIT 'SCANNER 4'",
                "event": "Stoke City v Sheffield Wednesday  ·  EFL Championship",
                "kickoff": "Kick-off 15:00",
                "after": [("ESU", 30), ("LINE-UP", 300), ("ON AIR", 345), ("OFF AIR", 480)],
                "set": "the gantry, West Stand, and the tunnel position",
                "gate": "Crew entrance: Gate 6, West Stand (passes)",
                "weather": "Cold, showers, 3-7 °C",
                "schedule": [
                    (0, "Crew call, safety brief in the scanner", "OB compound"),
                    (30, "ESU: gantry cameras, RF, commentary", "Rigging plan v3"),
                    (240, "Fax / camera line-up", "Scanner 4"),
                    (345, "ON AIR: build-up", "Kick-off 15:00"),
                    (480, "Off air, de-rig", "Compound clear by 20:00"),
                ],
                "crew": [
                    ("Producer", "Sian Whitworth", "07700 900141", 0),
                    ("Director", "Gareth Lomas", "07700 900152", 0),
                    ("EIC", "Dev Parmar", "07700 900163", -90),
                    ("Rigging lead", "Col Birtles", "07700 900174", -90),
                ],
                "notes": [
                    "Working at height on the gantry: harness, two-person rule. Stewards control "
                    "the tunnel; no crew pitch-side without a pitch bib.",
                ],
                "footer": "Northside Broadcast Facilities  ·  Championship Live  ·  Scanner 4",
            },
        ),
        _ob(
            "jacktrice",
            "Big 12 Saturday",
            D(2026, 11, 28),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "ob",
                "date_style": "us_abbr",
                "broadcaster": "PRAIRIE SPORTS PRODUCTIONS",
                "unit": "TRUCK: GLOBAL 7",
                "event": "Iowa State vs. Kansas State  ·  Jack Trice Stadium",
                "kickoff": "Kickoff 1400 CT",
                # HARD: the truck park is the day before, printed with its own date above the
                # crew call strip
                "truck_park": "TRUCK PARK / POWER: Fri 11/27/26, 1300 (Lot S3)",
                "after": [("ESU", 30), ("FAX", 240), ("ON AIR", 390), ("OFF AIR", 600)],
                "set": "the press box camera positions and the south end zone",
                "gate": "Crew entrance: Gate 4 (east side)",
                "weather": "Wind NW 20 mph, 28-39 °F",
                "schedule": [
                    (0, "Crew call at the truck", "Lot S3"),
                    (30, "ESU: 12 hard cams, 2 RF", "Cable runs per plan"),
                    (240, "FAX check", "Global 7"),
                    (390, "ON AIR", "Pre-game 30 min"),
                    (600, "Off air (est.), strike", "Trucks out by 2000"),
                ],
                "crew": [
                    ("Producer", "Jake Lindgren", "(515) 555-0108", 0),
                    ("TD", "Nina Ferris", "(515) 555-0119", 0),
                    ("Cam 1 (high 50)", "Ty Osborne", "(515) 555-0120", 30),
                ],
                "notes": [
                    "Cold weather: heaters in the camera towers, hand warmers in the truck. "
                    "Parking passes on the dashboard in Lot S3.",
                ],
                "footer": "Prairie Sports Productions  ·  Big 12 Saturday  ·  Global 7",
            },
        ),
    ]


# --- (4) Hawaiʻi / Puerto Rico / US Virgin Islands: ʻokina, kahakō, bilingual labels --------

IS_HEADS = {
    "scenes": (["SC", "SET / DESCRIPTION", "D/N", "PGS", "CAST"], [0, 30, 320, 360, 410]),
    "cast": (["CAST", "CHARACTER", "P/U", "HMU", "SET"], [0, 120, 240, 320, 410]),
    "steps": [-60, -45, 0],
    "crew": (["DEPT", "NAME", "CELL", "CALL"], [0, 120, 280, 420]),
}


@_family(
    "hi_pr_vi_islands",
    "US island call sheet (Hawaiʻi, Puerto Rico, US Virgin Islands), letter: the company "
    "and office, 'CALL SHEET' (or 'HOJA DE LLAMADO / CALL SHEET') and the day, the centred "
    "title, credits and date (bilingual in Puerto Rico); the crew call in a heavy box beside "
    "rows of times, sun and weather; location, base and hospital boxes with Hawaiian names "
    "in ʻokina and kahakō or Spanish labels; scenes, cast, crew; notes",
    name="is_{key}",
)
def _isle(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    lab = g["labels"]
    c, x0, right = page("letter", g["font"], margin=34.0)
    w = right - x0
    c.text(x0, 44, g["company"], 10, bold=True)
    grey_text(c, x0, 56, g["office"], 7.5)
    c.right(right, 44, lab["sheet"], 11, bold=True)
    c.right(right, 56, g["day_n"], 8)
    c.hline(x0, right, 62, 0.8)
    centre(c, 86, title, 18)
    centre(c, 99, g["credits"], 8, bold=False)
    centre(c, 114, day_text(day, g["date_style"]), 10)
    y = 126.0
    c.box(x0, y, 150, 50, 1.4)
    c.text(x0 + 8, y + 13, lab["call"], 8, bold=True)
    c.text(x0 + 8, y + 40, hm(call, t), 20, bold=True)
    rows = [(k, hm(add_minutes(call, off), t)) for k, off in g["after"]]
    rows += [(lab["sun"], f"{hm(rise, t)} / {hm(fall, t)}"), (lab["weather"], g["weather"])]
    label_rows(c, x0 + 165, y + 11, right, rows, 8, 120, 10.5)
    y += 62
    blocks = [
        (lab["loc"], [p.name, p.street, p.city, g["set"]]),
        (lab["base"], [p.base_street, p.base_city, g["base_note"]]),
        (lab["hosp"], [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]),
    ]
    ruled_cells(c, x0, y, w / 3, blocks, 58, 0.6, label_size=7, size=8, lead=10.5)
    y = _day_tables(
        c,
        x0,
        y + 76,
        right,
        spec,
        scenes=IS_HEADS["scenes"],
        cast=IS_HEADS["cast"],
        steps=IS_HEADS["steps"],
        crew=IS_HEADS["crew"],
        notes=(lab["notes"], 9, 8, 11),
    )
    footer(c, g["footer"], x0)
    return c.output()


EN_LABELS = {
    "sheet": "CALL SHEET",
    "call": "GENERAL CREW CALL",
    "sun": "Sunrise / Sunset",
    "weather": "Weather",
    "loc": "LOCATION",
    "base": "BASECAMP / CREW PARKING",
    "hosp": "NEAREST HOSPITAL (ER)",
    "notes": "NOTES",
}
PR_LABELS = {
    "sheet": "HOJA DE LLAMADO / CALL SHEET",
    "call": "LLAMADO GENERAL / CREW CALL",
    "sun": "Salida / puesta del sol",
    "weather": "Tiempo / Weather",
    "loc": "LOCACIÓN / LOCATION",
    "base": "BASE / ESTACIONAMIENTO",
    "hosp": "HOSPITAL MÁS CERCANO / ER",
    "notes": "NOTAS / NOTES",
}


def _isle_sheets() -> list[Sheet]:
    return [
        _isle(
            "kilauea",
            "Nēnē Season",
            D(2026, 12, 8),
            "06:00",
            {
                "font": "sans",
                "labels": EN_LABELS,
                "time_style": "us_sp",
                "date_style": "us",
                "company": "MOKIHANA PICTURES LLC",
                "office": "Office: 4-1101 Kūhiō Hwy, Kapaʻa, HI 96746  ·  (808) 555-0190",
                "day_n": "Day 9 of 20",
                "credits": "Director: Keola Kahananui  ·  Producer: Leilani Akana  ·  1st AD: "
                "Brent Okada",
                "after": [("Shooting call", 60), ("Lunch", 360), ("Est. wrap", 660)],
                "weather": "Trade showers, ENE 15-20 mph, 71-79 °F",
                "set": "the lighthouse lawn and the Mōkōlea Point overlook",
                "base_note": "Shuttle to the refuge gate every 20 min",
                "scenes": [
                    ("21", "EXT. LIGHTHOUSE LAWN - Malia counts the nēnē", "D", "1 2/8", "1"),
                    ("22", "EXT. MŌKŌLEA OVERLOOK - Kai's apology", "D", "2", "1, 2"),
                ],
                "cast": [("Kapua Nāone", "MALIA", 0), ("Ikaika Long", "KAI", 60)],
                "crew": [
                    ("Production", "Leilani Akana", "(808) 555-0191", 0),
                    ("Camera", "Ryan Fujimoto", "(808) 555-0192", 0),
                    ("Cultural advisor", "Kumu Pualani Kealoha", "(808) 555-0193", 0),
                ],
                "notes": [
                    "USFWS refuge: stay on the paths, 50 ft from nesting birds; the refuge opens "
                    "to visitors at 10:00 AM. Mālama ʻāina: pack out everything.",
                ],
                "footer": "Mokihana Pictures  ·  Nēnē Season  ·  Day 9",
            },
        ),
        _isle(
            "elfaro",
            "La Bahía Brilla",
            D(2026, 12, 14),
            "16:00",
            {
                "font": "helvetica",
                "labels": PR_LABELS,
                "time_style": "pr",
                "date_style": "pr",
                "company": "COQUÍ FILMS, LLC",
                "office": "Calle Loíza 1820, San Juan, PR 00911  ·  (787) 555-0140",
                "day_n": "Día / Day 4 de 15",
                "credits": "Directora: Amanda Colón  ·  Productor: Javier Rosado  ·  1er AD: Luis "
                "Ortiz",
                # HARD: a split day: the crew call is in the afternoon for the bioluminescent
                # bay after dark
                "after": [
                    ("Primera toma / First shot", 60),
                    ("Cena / Dinner", 240),
                    ("Recogida / Wrap", 540),
                ],
                "weather": "Parcialmente nublado / partly cloudy, 73-83 °F",
                "set": "el faro y la laguna Grande / the lighthouse and Laguna Grande",
                "base_note": "Kayaks en el muelle 7 / kayaks at dock 7",
                "scenes": [
                    ("33", "EXT. EL FARO - Sofía sube la escalera", "D", "6/8", "1"),
                    ("34", "EXT. LAGUNA GRANDE - the glowing water", "N", "1 4/8", "1, 2"),
                ],
                "cast": [("Gabriela Santiago", "SOFÍA", 0), ("Andrés Vélez", "TOMÁS", 120)],
                "crew": [
                    ("Producción", "Javier Rosado", "(787) 555-0141", 0),
                    ("Cámara", "Nelson Rivera", "(787) 555-0142", 0),
                    ("Seguridad acuática", "Marta Cruz", "(787) 555-0143", 60),
                ],
                "notes": [
                    "Sin luces blancas en la laguna después del atardecer / no white lights on "
                    "the lagoon after sunset. Chalecos salvavidas obligatorios. Emergencias 911.",
                ],
                "footer": "Coquí Films  ·  La Bahía Brilla  ·  Día 4",
            },
        ),
        _isle(
            "christiansvaern",
            "Salt River Crossing",
            D(2027, 1, 11),
            "06:30",
            {
                "font": "helvetica",
                "labels": EN_LABELS,
                "time_style": "us_sp",
                "date_style": "us_abbr",
                "company": "CRUZAN BAY PRODUCTIONS",
                "office": "Office: 53 King St, Christiansted, VI 00820  ·  (340) 555-0170",
                "day_n": "Day 6 of 18",
                "credits": "Director: Marcus Hendricks  ·  Producer: Claudette Petersen",
                "after": [("Shooting call", 60), ("Lunch", 330), ("Est. wrap", 630)],
                "weather": "Sunny, E 10-15 mph, 75-84 °F",
                "set": "the ramparts and the yellow courtyard",
                "base_note": "Catering under the boardwalk tent",
                "scenes": [
                    ("8", "EXT. FORT RAMPARTS - the governor's arrival, 1848", "D", "2", "1, 3"),
                    ("9", "EXT. COURTYARD - Anna hides the letter", "D", "7/8", "2"),
                ],
                "cast": [
                    ("Desmond James", "GOV. VON SCHOLTEN", 0),
                    ("Aaliyah Francis", "ANNA", 45),
                    ("Kofi Mensah", "BUDDHOE", 90),
                ],
                "crew": [
                    ("Production", "Claudette Petersen", "(340) 555-0171", 0),
                    ("Camera", "Pete Larsen", "(340) 555-0172", 0),
                    ("Locations (NPS)", "Renée Benjamin", "(340) 555-0173", -60),
                ],
                "notes": [
                    "National Park Service site: no nails, no tape on the walls, drinks only in "
                    "the courtyard tent. Sunblock and water: heat index 95 °F by noon.",
                ],
                "footer": "Cruzan Bay Productions  ·  Salt River Crossing  ·  Day 6",
            },
        ),
    ]


# --- (5) night shoots and split days: evening crew call, wrap after midnight ----------------

NI_HEADS = {
    "scenes": (["SC", "SET / SYNOPSIS", "D/N", "PGS", "CAST"], [0, 30, 320, 360, 410]),
    "cast": (["CAST", "CHARACTER", "P/U", "MU/WARD", "SET"], [0, 120, 240, 320, 410]),
    "steps": [-75, -60, 0],
    "crew": (["DEPT", "NAME", "CELL", "CALL"], [0, 120, 280, 420]),
}


@_family(
    "night_split_day",
    "night-shoot call sheet: the title and credits, the company, shoot day and the date of "
    "the call (or 'Friday night / Saturday morning'), a grey 'NIGHT SHOOT' banner; label rows "
    "with the evening CREW CALL, shooting call, 'lunch' after dark, the wrap after midnight "
    "with the next morning's date, sunset before sunrise and weather; a LOCATION box; unit "
    "base and nearest ER lines; scenes (N), cast with pick-ups, crew; night-work notes",
    name="ni_{key}",
)
def _night(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    nxt = day + dt.timedelta(days=1)
    c, x0, right = page("A4" if p.region == "au" else "letter", g["font"], margin=34.0)
    w = right - x0
    c.text(x0, 46, title, 20, bold=True)
    c.text(x0, 60, g["credits"], 8)
    c.right(right, 40, g["company"], 8.5, bold=True)
    c.right(right, 52, g["day_n"], 8.5)
    head = g.get("head") or day_text(day, g["date_style"])
    c.right(right, 66, head, 10, bold=True)
    c.hline(x0, right, 74, 1.0)
    fill(c, x0, 82, w, 16, 210)
    c.text(x0 + 6, 94, g["banner"], 9, bold=True)
    rows = [
        ("CREW CALL", hm(call, t)),
        *[(k, hm(add_minutes(call, off), t)) for k, off in g["after"]],
        (
            "Wrap (est.)",
            f"{hm(add_minutes(call, g['wrap']), t)}{g['wrap_word']}"
            f"{day_text(nxt, g['next_style'])}",
        ),
        ("Sunset / Sunrise", f"{hm(fall, t)} / {hm(rise, t)}"),
        ("Weather", g["weather"]),
    ]
    y = label_rows(c, x0, 116, x0 + 300, rows, 8.5, 90, 12.5, rule_drop=3)
    c.box(x0 + 310, 106, right - x0 - 310, y - 110, 0.6)
    fit(c, x0 + 316, 118, "LOCATION", 7, 200, bold=True)
    for i, ln in enumerate([p.name, p.street, p.city, g["set"]]):
        fit(c, x0 + 316, 130 + i * 10.5, ln, 8, right - x0 - 322)
    y += 4
    c.text(x0, y, "UNIT BASE: " + f"{p.base_street}, {p.base_city}", 8)
    fit(c, x0, y + 12, "NEAREST ER (24 HR): " + _hosp(p), 8, w, bold=True)
    y = _day_tables(
        c,
        x0,
        y + 32,
        right,
        spec,
        scenes=NI_HEADS["scenes"],
        cast=NI_HEADS["cast"],
        steps=NI_HEADS["steps"],
        crew=NI_HEADS["crew"],
        notes=("NIGHT WORK NOTES", 9, 8, 11),
    )
    footer(c, g["footer"], x0)
    return c.output()


def _night_sheets() -> list[Sheet]:
    return [
        _night(
            "saloon10",
            "Gulch Law",
            D(2026, 11, 19),
            "17:00",
            {
                "font": "helvetica",
                "time_style": "us_sp",
                "date_style": "us",
                "next_style": "us_short",
                "wrap_word": " on ",
                "company": "BLACK HILLS PICTURE CO.",
                "credits": "Director: Wyatt Ames  ·  Producer: Ruth Eagle Heart  ·  1st AD: Cal "
                "Dunning",
                "day_n": "Shoot day 14 of 30  ·  NIGHTS 3/5",
                "banner": "NIGHT SHOOT  ·  SPLIT DAY  ·  TURNAROUND 12 HRS",
                "after": [("Shooting call", 75), ("Lunch (hot meal)", 360)],
                "wrap": 690,
                "weather": "Clear and cold, low 19 °F, wind 10 mph",
                "set": "the saloon floor and Main Street outside",
                "scenes": [
                    ("61", "INT. SALOON - the card game turns", "N", "2 1/8", "1, 2, 4"),
                    ("62", "EXT. MAIN ST - Hickok walks out", "N", "4/8", "1"),
                    ("64", "EXT. MAIN ST - the posse rides in", "N", "1", "2, 3, BG"),
                ],
                "cast": [
                    ("Nathan Cole", "HICKOK", 0),
                    ("Jenna Marsh", "KITTY", 30),
                    ("Ben Two Eagles", "DEPUTY CROW", 120),
                ],
                "crew": [
                    ("Production", "Ruth Eagle Heart", "(605) 555-0117", 0),
                    ("Gaffer", "Hank Sorensen", "(605) 555-0128", -60),
                    ("Wrangler", "Dusty Pratt", "(605) 555-0139", -90),
                ],
                "notes": [
                    "Main Street closed 7:00 PM - 3:00 AM by city permit. Balloon lights only on "
                    "the street side; residents' windows are blacked. Drowsy driving: crash "
                    "rooms at the Franklin Hotel for anyone who needs one after wrap.",
                ],
                "footer": "Black Hills Picture Co.  ·  Gulch Law  ·  Night 3",
            },
        ),
        _night(
            "capitoltheatre",
            "The Last Jamboree",
            D(2026, 12, 4),
            "18:00",
            {
                "font": "sans",
                "time_style": "us_dot",
                "date_style": "us_abbr",
                "next_style": "us_abbr",
                "wrap_word": ", ",
                # HARD: the header gives the night as two days, the call's day first
                "head": "FRIDAY NIGHT 12/4 / SATURDAY MORNING 12/5",
                "company": "OHIO VALLEY FILMWORKS",
                "credits": "Director: Della Prentice  ·  Producer: Sam Kovach",
                "day_n": "Day 8 of 22",
                "banner": "NIGHT SHOOT  ·  CREW CALL IS FRIDAY EVENING",
                "after": [("Shooting call", 60), ("Meal", 390)],
                "wrap": 660,
                "weather": "Rain ending by 9 p.m., 34-41 °F",
                "set": "the stage, the balcony and the Main St marquee",
                "scenes": [
                    ("40", "INT. STAGE - the last set of the night", "N", "3", "1, 2, BG"),
                    ("41", "EXT. MARQUEE - Loretta under the lights", "N", "5/8", "1"),
                ],
                "cast": [("Carly Jo Ridge", "LORETTA", 0), ("Amos Whitt", "BILLY RAY", 60)],
                "crew": [
                    ("Production", "Sam Kovach", "(304) 555-0102", 0),
                    ("Sound", "Jules Ferro", "(304) 555-0113", 0),
                    ("Background", "Tina Barr", "(304) 555-0124", -30),
                ],
                "notes": [
                    "150 background in the house from 8:00 p.m.; hot meal at 12:30 a.m. in the "
                    "lobby. Marquee lit 9:00 p.m. - 2:00 a.m. only.",
                ],
                "footer": "Ohio Valley Filmworks  ·  The Last Jamboree  ·  Night call sheet",
            },
        ),
        _night(
            "exchange",
            "Golden Mile",
            D(2027, 1, 14),
            "19:30",
            {
                "font": "helvetica",
                "time_style": "au",
                "date_style": "au",
                "next_style": "au",
                "wrap_word": " ",
                "company": "RED DIRT FILMS PTY LTD",
                "credits": "Director: Mia Rennie  ·  Producer: Tom Ashdown  ·  1st AD: Priya Nair",
                "day_n": "Day 17 of 28  ·  Nights",
                "banner": "NIGHT SHOOT  ·  DATE BELOW IS THE CALL DAY",
                "after": [("Shooting call", 60), ("Meal break", 330)],
                "wrap": 600,
                "weather": "Fine, 31 °C at call, 19 °C overnight",
                "set": "the front bar and the Hannan St verandah",
                "scenes": [
                    ("88", "INT. FRONT BAR - the skimpy's shift ends", "N", "1 3/8", "1, 2"),
                    ("90", "EXT. VERANDAH - Jack loses the nugget", "N", "6/8", "2, 3"),
                ],
                "cast": [
                    ("Ella Brannigan", "SHAY", 0),
                    ("Liam Hough", "JACK", 30),
                    ("Ray Tjapaltjarri", "OLD PETE", 90),
                ],
                "crew": [
                    ("Production", "Tom Ashdown", "0400 555 101", 0),
                    ("Gaffer", "Sione Taufa", "0400 555 112", -60),
                    ("Security", "Dean Cooper", "0400 555 123", -30),
                ],
                "notes": [
                    "Pub trades until 11.00pm: we hold the front bar only. Fatigue plan: no crew "
                    "drives home after wrap without a 30 min break; taxi vouchers from the AD.",
                ],
                "footer": "Red Dirt Films  ·  Golden Mile  ·  Nights",
            },
        ),
    ]


# --- (6) documentary travel sheets: today's programme inside a multi-day trip itinerary -----

TR_HEADS = {
    "timed": (["TIME", "PROGRAMME", "WHERE / WHO"], [0, 60, 300]),
    "crew": (["ROLE", "NAME", "MOBILE", "CALL"], [0, 120, 280, 420]),
}


@_family(
    "doc_travel_itinerary",
    "documentary travel call sheet: the film's title and company, 'DAILY SCHEDULE / CALL "
    "SHEET' and 'TODAY: Day 3 of 6' with the date; today's programme (hotel lobby or crew "
    "call, departure, filming, return; the location, vehicles, nearest hospital, sun) and a "
    "timed programme; crew; the whole trip's itinerary as a ruled DAY / DATE / PLACE / "
    "TRAVEL / OVERNIGHT table with today's row marked TODAY (above or below the programme); "
    "notes",
    name="tr_{key}",
)
def _travel(spec: Day) -> bytes:
    _, p, rise, fall, t, layout, title, day, call, g = spec
    today = g["today"]
    first = day - dt.timedelta(days=today - 1)

    def itinerary(c: Canvas, x0: float, y: float, right: float) -> float:
        rows = []
        for n, (where, travel, night) in enumerate(g["trip"], 1):
            d = first + dt.timedelta(days=n - 1)
            mark = f"{n}  TODAY" if n == today else str(n)
            rows.append((mark, day_text(d, g["trip_style"]), where, travel, night))
        c.text(x0, y, g["trip_head"], 9, bold=True)
        return head_table(
            c,
            x0,
            y + 16,
            ["DAY", "DATE", "PLACE", "TRAVEL", "OVERNIGHT"],
            [0, 46, 150, 290, 420],
            rows,
            right,
            size=7.5,
            lead=12,
            ruled=True,
        )

    c, x0, right = page("A4" if p.region in ("ie", "fk") else "letter", g["font"], margin=36.0)
    w = right - x0
    c.text(x0, 46, title, 18, bold=True)
    c.text(x0, 59, g["company"], 8)
    c.right(right, 46, "DAILY SCHEDULE / CALL SHEET", 10, bold=True)
    today_line = g.get("today_line") or (
        f"TODAY: Day {today} of {len(g['trip'])}  ·  {day_text(day, g['date_style'])}"
    )
    c.right(right, 59, today_line, 9, bold=True)
    c.hline(x0, right, 66, 1.0)
    y = 84.0
    if layout == "trip_first":
        y = itinerary(c, x0, y, right) + 8
    c.text(x0, y, g["prog_head"], 10, bold=True)
    rows = [(g["call_label"], hm(call, t))]
    rows += [(k, hm(add_minutes(call, off), t)) for k, off in g["after"]]
    rows += [
        ("Location", f"{p.name}, {p.street}, {p.city}"),
        ("Filming", g["set"]),
        ("Vehicles", f"{p.base_street}, {p.base_city}"),
        ("Nearest hospital", _hosp(p)),
        ("Sun", f"rise {hm(rise, t)}  ·  set {hm(fall, t)}  ·  {g['weather']}"),
    ]
    y = label_rows(c, x0, y + 16, right, rows, 8.5, 150, 12.5, rule_drop=3)
    y = _day_tables(
        c,
        x0,
        y + 10,
        right,
        spec,
        timed=TR_HEADS["timed"],
        crew=TR_HEADS["crew"],
    )
    if layout != "trip_first":
        y = itinerary(c, x0, y + 6, right)
    paragraphs(c, x0, y + 4, g["notes"], 8, w, 11)
    footer(c, g["footer"], x0)
    return c.output()


def _travel_sheets() -> list[Sheet]:
    return [
        _travel(
            "dinglepier",
            "The Last Blasket Voices",
            D(2026, 11, 24),
            "07:15",
            {
                "font": "helvetica",
                "layout": "programme_first",
                "time_style": "uk",
                "date_style": "ie",
                "trip_style": "au",
                "today": 3,
                "company": "Currach Films Teo.  ·  for RTÉ / TG4  ·  Dir: Aoife Ní Shé",
                "prog_head": "TODAY'S PROGRAMME",
                "call_label": "Crew call (hotel lobby)",
                "after": [
                    ("Depart for the pier", 15),
                    ("Boat to the islands", 105),
                    ("Back at the pier", 480),
                ],
                "set": "the pier and the Blasket ferry slip",
                "weather": "Showers, SW 25 km/h, 8-11 °C",
                "schedule": [
                    (0, "Lobby call, kit into the vans", "Dingle Skellig Hotel"),
                    (45, "GVs of the harbour, Micheál's interview", "Marina pier"),
                    (105, "Ferry to Great Blasket (weather permitting)", "Ferry slip"),
                    (480, "Back at the pier, pick-ups", "Marina pier"),
                ],
                "crew": [
                    ("Director", "Aoife Ní Shé", "+353 87 555 0101", 0),
                    ("Camera", "Dara Keane", "+353 87 555 0112", 0),
                    ("Sound", "Fionn Walsh", "+353 87 555 0123", 0),
                ],
                "trip_head": "TRIP ITINERARY (5 DAYS)",
                "trip": [
                    ("Dublin - Dingle", "Drive 5 h", "Dingle Skellig Hotel"),
                    ("Dunquin, Slea Head", "Van", "Dingle Skellig Hotel"),
                    ("Dingle pier, Great Blasket", "Ferry", "Dingle Skellig Hotel"),
                    ("Ballyferriter", "Van", "Dingle Skellig Hotel"),
                    ("Dingle - Dublin", "Drive 5 h", "-"),
                ],
                "notes": [
                    "If the ferry is cancelled we swap with Day 4 (Ballyferriter interviews). "
                    "Lifejackets on the ferry; drone only with the skipper's OK.",
                ],
                "footer": "Currach Films  ·  The Last Blasket Voices  ·  Day 3 of 5",
            },
        ),
        _travel(
            "itsanitaq",
            "On the Bay Ice",
            D(2026, 11, 10),
            "08:00",
            {
                "font": "sans",
                "layout": "trip_first",
                "time_style": "us_sp",
                "date_style": "us_abbr",
                "trip_style": "us_short",
                "today": 4,
                "company": "Boreal Frame Documentary Inc.  ·  Producer: Janelle Okimaw",
                "prog_head": "DAY 4 PROGRAMME",
                "call_label": "Crew call (lodge)",
                "after": [("Tundra buggy departs", 60), ("Back in town", 540)],
                "set": "the carving collection and the museum's front room",
                "weather": "-14 °C, wind chill -26, light snow",
                "schedule": [
                    (0, "Crew call, batteries warmed", "Lazy Bear Lodge"),
                    (15, "Interview: the museum curator", "Front room"),
                    (60, "Tundra buggy to the coast (bear watch)", "Polar Bear Alert guide"),
                    (540, "Back in town, data wrangle", "Lodge"),
                ],
                "crew": [
                    ("Director", "Janelle Okimaw", "(204) 555-0144", 0),
                    ("DP", "Marc-André Roy", "(204) 555-0155", 0),
                    ("Bear guard", "Simeon Kablutsiak", "(204) 555-0166", -15),
                ],
                "trip_head": "TRIP ITINERARY",
                "trip": [
                    ("Winnipeg - Churchill", "Calm Air 11:20", "Lazy Bear Lodge"),
                    ("Churchill, Cape Merry", "Van", "Lazy Bear Lodge"),
                    ("Wapusk (tundra buggy)", "Buggy", "Lazy Bear Lodge"),
                    ("Itsanitaq Museum, coast", "Van + buggy", "Lazy Bear Lodge"),
                    ("Churchill - Winnipeg", "Calm Air 17:45", "-"),
                    ("Winnipeg", "-", "-"),
                ],
                "notes": [
                    "Polar bear season: never walk outside town after dark, the guard leads every "
                    "exterior. Bear alert line 204-675-2327.",
                ],
                "footer": "Boreal Frame Documentary  ·  On the Bay Ice  ·  Day 4",
            },
        ),
        _travel(
            "christchurch",
            "Islands at the Edge",
            D(2027, 1, 20),
            "08:30",
            {
                "font": "helvetica",
                "layout": "trip_first",
                "time_style": "uk",
                "date_style": "uk",
                "trip_style": "uk_short_fk",
                "today": 5,
                # HARD: the header names today only as 'Day 5'; the date is the itinerary row
                # marked TODAY
                "today_line": "TODAY = DAY 5 (see itinerary)",
                "company": "Southern Ocean Pictures Ltd  ·  Series producer: Hattie Grant",
                "prog_head": "DAY 5 - STANLEY",
                "call_label": "Unit call (hotel lobby)",
                "after": [("Filming starts", 30), ("Lunch", 240), ("Wrap", 510)],
                "set": "the whalebone arch and the cathedral's west door",
                "weather": "Bright, W 30 kt gusts, 9-14 °C",
                "schedule": [
                    (0, "Unit call, Land Rovers loaded", "Malvina House"),
                    (30, "Interview: the Dean at the arch", "Cathedral"),
                    (150, "GVs of Ross Road and the jetty", "Jetty Centre"),
                    (300, "Interview: Falklands Museum archivist", "Museum"),
                ],
                "crew": [
                    ("Director", "Hattie Grant", "+500 55101", 0),
                    ("Camera", "Owen Price", "+500 55112", 0),
                    ("Fixer", "Lucy Biggs", "+500 55123", -30),
                ],
                "trip_head": "ITINERARY: FALKLANDS SHOOT (7 DAYS)",
                "trip": [
                    ("RAF Brize Norton - MPA", "Airbridge", "In flight"),
                    ("Mount Pleasant - Stanley", "Road 1 h", "Malvina House"),
                    ("Volunteer Point", "4x4 3 h", "Malvina House"),
                    ("Gypsy Cove", "Land Rover", "Malvina House"),
                    ("Stanley", "Walk", "Malvina House"),
                    ("Sea Lion Island", "FIGAS Islander", "Sea Lion Lodge"),
                    ("Stanley - MPA", "Road 1 h", "-"),
                ],
                "notes": [
                    "Minefield signs on the Stanley common are still there: stay on marked paths. "
                    "FIGAS times are confirmed the evening before on the radio.",
                ],
                "footer": "Southern Ocean Pictures  ·  Islands at the Edge  ·  Day 5 of 7",
            },
        ),
    ]


# --- near misses: papers that call people to a place at a time but plan no shoot ------------


def _juror_instructions() -> bytes:
    """A US county court's juror reporting instructions: report at 8:00 AM to the jury assembly
    room; parking, security, the court's address; no shoot at all (cameras are forbidden)."""
    c, x0, right = page("letter", "helvetica", margin=48.0)
    w = right - x0
    centre(c, 56, "CIRCUIT COURT OF BARRON COUNTY", 13)
    centre(c, 70, "Office of the Clerk of Court  ·  Jury Management", 9, bold=False)
    centre(c, 92, "JUROR REPORTING INSTRUCTIONS", 12)
    y = paragraphs(
        c,
        x0,
        116,
        [
            "You have been summoned for jury service. Please read these instructions and keep "
            "them with your summons. Juror No. 0417  ·  Panel B",
        ],
        9,
        w,
        13,
    )
    y = label_rows(
        c,
        x0,
        y + 8,
        right,
        [
            ("Report date", "Monday, January 11, 2027"),
            ("Report time", "8:00 AM (doors open 7:30 AM; late jurors may be reassigned)"),
            ("Report to", "Jury Assembly Room, 2nd floor, Barron County Justice Center"),
            ("Address", "1420 State Hwy 25 N, Barron, WI 54812"),
            ("Parking", "Free juror parking in the north lot; show this sheet at the gate"),
            ("Call-in line", "After 5:00 PM the day before: (715) 555-0199 for your panel"),
            ("Dismissal", "Usually by 4:30 PM; lunch 12:00 - 1:15 PM (on your own)"),
        ],
        9,
        100,
        14,
        suffix=":",
    )
    titled_notes(
        c,
        x0,
        y + 10,
        "Please note",
        10,
        [
            "All visitors pass through security screening. Cameras, recording devices and "
            "photography are not permitted in any courtroom; phones must be silenced.",
            "Dress in business casual: no shorts, hats or tank tops. If you need an "
            "accommodation under the ADA, call the Jury Office at least 5 days before.",
            "Failure to appear may result in a fine. Employers may not penalize you for jury "
            "service (Wis. Stat. § 756.255).",
        ],
        8.5,
        w,
        12,
    )
    c.right(right, c.pdf.h - 60, "Clerk of Circuit Court", 9, bold=True)
    return c.output()


def _shelter_activation() -> bytes:
    """A hurricane shelter's volunteer activation notice: report for the night shift, the
    school's address, the shelter manager; no film."""
    c, x0, right = page("letter", "helvetica", margin=44.0)
    w = right - x0
    fill(c, x0, 30, w, 30, 200)
    c.text(x0 + 8, 50, "ST. CROIX EMERGENCY SHELTER VOLUNTEERS", 12, bold=True)
    c.right(right - 8, 50, "ACTIVATION NOTICE", 11, bold=True)
    y = paragraphs(
        c,
        x0,
        82,
        [
            "Tropical Storm Watch upgraded to Hurricane Warning for the US Virgin Islands. The "
            "general population shelter below opens at 12:00 PM. You are activated for the "
            "shift shown; confirm by text to your team lead.",
        ],
        9,
        w,
        13,
    )
    notice(
        c,
        x0,
        right,
        y + 8,
        [
            ("Shelter", "Central High School gymnasium, Estate Kingshill, St. Croix, VI 00850"),
            ("Date", "Saturday, September 18, 2027"),
            ("Report time", "Day shift 11:00 AM  ·  Night shift 7:00 PM (briefing at 6:45 PM)"),
            ("Shelter manager", "Ms. Yvette Hodge (340) 555-0261"),
            ("Medical", "Gov. Juan F. Luis Hospital (340) 778-6311  ·  VITEMA 911"),
        ],
        (
            ["SHIFT", "STATION", "VOLUNTEER", "PHONE"],
            [0, 90, 230, 360],
            [
                ("11:00 AM", "Registration desk", "Carmen Joseph", "(340) 555-0272"),
                ("11:00 AM", "Cots and blankets", "Elvin Francis", "(340) 555-0283"),
                ("7:00 PM", "Registration desk", "Dion Richards", "(340) 555-0294"),
                ("7:00 PM", "Pet area (crated pets only)", "Sharon Lake", "(340) 555-0205"),
                ("7:00 PM", "Overnight watch", "Roy Christopher", "(340) 555-0216"),
            ],
        ),
        (
            "Bring",
            [
                "Your volunteer ID, a flashlight, 3 days of medication, water bottle. No media "
                "inside the sleeping area: news crews are met at the front door by the manager.",
            ],
        ),
        table=head_table,
        facts_look=(8.5, 105, 13),
        gaps=(10, 6),
        size=8.5,
        lead=14,
        ruled=True,
    )
    return c.output()


def _livestock_checkin() -> bytes:
    """A county fair's 4-H livestock show check-in schedule: barns, weigh-in times, show ring."""
    c, x0, right = page("letter", "helvetica", margin=42.0)
    w = right - x0
    centre(c, 46, "CARROLL COUNTY FAIR  ·  4-H & FFA LIVESTOCK", 13)
    centre(c, 60, "Check-in, Weigh-in & Show Schedule", 10, bold=False)
    centre(
        c, 72, "Carroll County Fairgrounds, 1200 Lake Dr, Mount Carroll, IL 61053", 8.5, bold=False
    )
    c.hline(x0, right, 80, 0.8)
    y = label_rows(
        c,
        x0,
        98,
        right,
        [
            ("Check-in day", "Tuesday, July 20, 2027"),
            ("Barns open", "6:00 AM  ·  all animals in place by 10:00 AM"),
            ("Health papers", "Vet check at the east gate, 6:00 - 10:00 AM (bring CVI)"),
            ("Superintendent", "Dale Brenneman (815) 555-0133"),
            ("First aid", "Fair office trailer; ambulance on grounds during shows"),
        ],
        8.5,
        100,
        13,
        suffix=":",
    )
    y = head_table(
        c,
        x0,
        y + 8,
        ["TIME", "SPECIES", "WHERE", "NOTES"],
        [0, 70, 190, 330],
        [
            ("6:00 AM", "Swine weigh-in", "Swine barn scale", "Tag and tattoo checked"),
            ("7:30 AM", "Beef weigh-in", "Cattle barn", "Halters required"),
            ("9:00 AM", "Sheep & goats", "Small animal barn", "Shorn sheep only"),
            ("1:00 PM", "Showmanship (juniors)", "Show ring", "White shirts"),
            ("6:30 PM", "Exhibitor meeting", "Show ring bleachers", "Parents welcome"),
        ],
        right,
        size=8.5,
        lead=14,
        ruled=True,
    )
    paragraphs(
        c,
        x0,
        y + 6,
        [
            "Photographer from the county paper will take champion photos after each class: "
            "exhibitors stay in show clothes until released. Stalls cleaned by 8:00 PM nightly.",
        ],
        8.5,
        w,
        12,
    )
    return c.output()


def _other_sheets() -> list[Sheet]:
    docs = [
        (
            "near_miss_juror_reporting_instructions",
            "a US county circuit court's juror reporting instructions, letter: the court and "
            "'JUROR REPORTING INSTRUCTIONS'; juror number; report date and time, the jury "
            "assembly room, the justice center's address, parking, the call-in line, dismissal; "
            "notes forbidding cameras in courtrooms",
            _juror_instructions,
        ),
        (
            "near_miss_hurricane_shelter_activation",
            "a Virgin Islands hurricane shelter's volunteer activation notice, letter: a grey band "
            "with the volunteer group and 'ACTIVATION NOTICE'; the warning; shelter address, "
            "date, day and night shift report times, shelter manager, the hospital; a ruled "
            "SHIFT / STATION / VOLUNTEER / PHONE table; what to bring, news crews at the door",
            _shelter_activation,
        ),
        (
            "near_miss_livestock_show_checkin",
            "a county fair's 4-H and FFA livestock check-in, weigh-in and show schedule, letter: "
            "the fair and the fairgrounds' address; check-in day, barns open, vet check, the "
            "superintendent, first aid; a ruled TIME / SPECIES / WHERE / NOTES table; a note "
            "about the county paper's photographer",
            _livestock_checkin,
        ),
    ]
    return near_misses(_sheet, docs)


def sheets() -> list[Sheet]:
    return [
        *_reality_sheets(),
        *_stills_sheets(),
        *_ob_sheets(),
        *_isle_sheets(),
        *_night_sheets(),
        *_travel_sheets(),
        *_other_sheets(),
    ]
