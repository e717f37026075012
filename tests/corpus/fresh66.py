"""Sixty-seventh held-out set: US Mountain West and Atlantic Canadian call sheets in layouts the
corpus lacks, in towns not yet in the corpus (`fresh66_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh66"). Call-sheet-app exports with a three-column top (contacts / title
over a GENERAL CREW CALL box / date and "Day 3 of 12") and a full-width weather strip carrying
sunrise and sunset (Sandpoint, Red Lodge, Ouray); film-school handbook templates filled in on
ruled form lines ("Shoot Date: November 9th, 2027", "Crew Call: 7am") with a safety checklist
(Wolfville, Annapolis Royal, Baddeck); unscripted series call e-mails printed from a web mail
client, the day's facts as bullets ("CREW CALL: 0630") and the year only in the sent line
(Driggs, Saratoga, Torrey); landscape music-video one-pagers with a black artist panel on the
left ("CREW CALL 7am") (Truth or Consequences, Silver City, Kanab); Atlantic Canadian union
episodic sheets with three equal boxes BREAKFAST | CREW CALL | SHOOTING CALL in "0700" (Digby,
Pictou, Bonavista); commercial production-company sheets with AGENCY / CLIENT / PRODUCTION CO.
blocks and a department call list (Whitefish, Leadville, Shediac). Three near misses, all
`other`: a rodeo's performance and slack schedule, a ski patrol's daily duty roster and a
lobster boat's Dumping Day crew plan.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.corpus.draw import Canvas, black, centre, grey, measure
from tests.corpus.formats import add_minutes, ordinal
from tests.corpus.fresh_common import (
    boxed_cells,
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
)
from tests.corpus.fresh_skeletons import Day, family, footer, near_misses, notice
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date

P: dict[str, Place] = {
    # (1) call-sheet-app exports with a weather strip: Sandpoint ID, Red Lodge MT, Ouray CO
    "sandpoint": _p(
        "us",
        "Panida Theater",
        "300 N 1st Ave",
        "Sandpoint, ID 83864",
        48.2770,
        -116.5531,
        "America/Los_Angeles",
        "Bonner General Health",
        "520 N 3rd Ave",
        "Sandpoint, ID 83864",
        "(208) 263-1441",
        "Farmin Park, 3rd Ave & Main St",
        "Sandpoint, ID 83864",
    ),
    "redlodge": _p(
        "us",
        "The Pollard Hotel",
        "2 N Broadway Ave",
        "Red Lodge, MT 59068",
        45.1863,
        -109.2469,
        "America/Denver",
        "Beartooth Billings Clinic",
        "2525 N Broadway Ave",
        "Red Lodge, MT 59068",
        "(406) 446-2345",
        "Carbon County Fairgrounds, 1 Hwy 212",
        "Red Lodge, MT 59068",
    ),
    "ouray": _p(
        "us",
        "Beaumont Hotel",
        "505 Main St",
        "Ouray, CO 81427",
        38.0228,
        -107.6714,
        "America/Denver",
        "Montrose Regional Health",
        "800 S 3rd St",
        "Montrose, CO 81401",
        "(970) 249-2211",
        "Ouray Hot Springs Pool lot, 1220 Main St",
        "Ouray, CO 81427",
    ),
    # (2) film-school handbook fill-in templates: Wolfville, Annapolis Royal, Baddeck NS
    "wolfville": _p(
        "ca",
        "University Hall, Acadia University",
        "15 University Ave",
        "Wolfville, NS B4P 2R6",
        45.0880,
        -64.3660,
        "America/Halifax",
        "Valley Regional Hospital",
        "150 Exhibition St",
        "Kentville, NS B4N 5E3",
        "(902) 678-7381",
        "Acadia Festival Theatre lot, 504 Main St",
        "Wolfville, NS B4P 1E3",
    ),
    "annapolis": _p(
        "ca",
        "Fort Anne National Historic Site",
        "323 St George St",
        "Annapolis Royal, NS B0S 1A0",
        44.7414,
        -65.5187,
        "America/Halifax",
        "Soldiers Memorial Hospital",
        "462 Main St",
        "Middleton, NS B0S 1P0",
        "(902) 825-3411",
        "Annapolis Royal Historic Gardens lot, 441 St George St",
        "Annapolis Royal, NS B0S 1A0",
    ),
    "baddeck": _p(
        "ca",
        "Alexander Graham Bell National Historic Site",
        "559 Chebucto St",
        "Baddeck, NS B0E 1B0",
        46.1036,
        -60.7437,
        "America/Halifax",
        "Victoria County Memorial Hospital",
        "30 Old Margaree Rd",
        "Baddeck, NS B0E 1B0",
        "(902) 295-2112",
        "Baddeck public wharf lot, Water St",
        "Baddeck, NS B0E 1B0",
    ),
    # (3) unscripted call e-mails with bullets: Driggs ID, Saratoga WY, Torrey UT
    "driggs": _p(
        "us",
        "Spud Drive-In Theater",
        "2175 S Hwy 33",
        "Driggs, ID 83422",
        43.7060,
        -111.1110,
        "America/Boise",
        "Teton Valley Health Care",
        "120 E Howard Ave",
        "Driggs, ID 83422",
        "(208) 354-2383",
        "Driggs City Center lot, 60 S Main St",
        "Driggs, ID 83422",
    ),
    "saratoga": _p(
        "us",
        "Saratoga Hot Springs Resort",
        "601 E Pic Pike Rd",
        "Saratoga, WY 82331",
        41.4547,
        -106.8036,
        "America/Denver",
        "Memorial Hospital of Carbon County",
        "2221 W Elm St",
        "Rawlins, WY 82301",
        "(307) 324-2221",
        "Saratoga Lake campground lot, Lake Rd",
        "Saratoga, WY 82331",
    ),
    "torrey": _p(
        "us",
        "Capitol Reef Visitor Center",
        "16 Scenic Dr",
        "Torrey, UT 84775",
        38.2913,
        -111.2616,
        "America/Denver",
        "Sevier Valley Hospital",
        "1000 N Main St",
        "Richfield, UT 84701",
        "(435) 893-4100",
        "Fruita campground day-use lot, Scenic Dr",
        "Torrey, UT 84775",
    ),
    # (4) landscape music-video one-pagers: Truth or Consequences NM, Silver City NM, Kanab UT
    "tor_c": _p(
        "us",
        "Geronimo Springs Museum",
        "211 Main St",
        "Truth or Consequences, NM 87901",
        33.1284,
        -107.2528,
        "America/Denver",
        "Sierra Vista Hospital",
        "800 E 9th Ave",
        "Truth or Consequences, NM 87901",
        "(575) 894-2111",
        "Ralph Edwards Park, 300 S Cedar St",
        "Truth or Consequences, NM 87901",
    ),
    "silvercity": _p(
        "us",
        "The Murray Hotel",
        "200 W Broadway St",
        "Silver City, NM 88061",
        32.7717,
        -108.2755,
        "America/Denver",
        "Gila Regional Medical Center",
        "1313 E 32nd St",
        "Silver City, NM 88061",
        "(575) 538-4000",
        "Big Ditch Park lot, 101 E Broadway St",
        "Silver City, NM 88061",
    ),
    "kanab": _p(
        "us",
        "Parry Lodge",
        "89 E Center St",
        "Kanab, UT 84741",
        37.0475,
        -112.5262,
        "America/Denver",
        "Kane County Hospital",
        "355 N Main St",
        "Kanab, UT 84741",
        "(435) 644-5811",
        "Kanab City Park lot, 20 N 100 E",
        "Kanab, UT 84741",
    ),
    # (5) Atlantic Canadian union episodic, three boxes: Digby NS, Pictou NS, Bonavista NL
    "digby": _p(
        "ca",
        "Digby Pines Golf Resort and Spa",
        "103 Shore Rd",
        "Digby, NS B0V 1A0",
        44.6167,
        -65.7650,
        "America/Halifax",
        "Digby General Hospital",
        "75 Warwick St",
        "Digby, NS B0V 1A0",
        "(902) 245-2501",
        "Digby Scallop Days grounds, Water St",
        "Digby, NS B0V 1A0",
    ),
    "pictou": _p(
        "ca",
        "Hector Heritage Quay",
        "33 Caladh Ave",
        "Pictou, NS B0K 1H0",
        45.6776,
        -62.7085,
        "America/Halifax",
        "Aberdeen Hospital",
        "835 East River Rd",
        "New Glasgow, NS B2H 3S6",
        "(902) 752-7600",
        "deCoste Centre lot, 85 Water St",
        "Pictou, NS B0K 1H0",
    ),
    "bonavista": _p(
        "ca",
        "Ryan Premises National Historic Site",
        "10 Ryans Hill",
        "Bonavista, NL A0C 1B0",
        48.6525,
        -53.1130,
        "America/St_Johns",
        "Bonavista Peninsula Health Centre",
        "22 Hospital Rd",
        "Bonavista, NL A0C 1B0",
        "(709) 468-7881",
        "Bonavista Town Hall lot, Church St",
        "Bonavista, NL A0C 1B0",
    ),
    # (6) commercial company sheets with agency / client blocks: Whitefish MT, Leadville CO,
    # Shediac NB
    "whitefish": _p(
        "us",
        "Whitefish Depot",
        "500 Depot St",
        "Whitefish, MT 59937",
        48.4128,
        -114.3370,
        "America/Denver",
        "Logan Health Whitefish",
        "1600 Hospital Way",
        "Whitefish, MT 59937",
        "(406) 863-3500",
        "O'Shaughnessy Center lot, 1 Central Ave",
        "Whitefish, MT 59937",
    ),
    "leadville": _p(
        "us",
        "Tabor Opera House",
        "308 Harrison Ave",
        "Leadville, CO 80461",
        39.2497,
        -106.2920,
        "America/Denver",
        "St. Vincent Health",
        "822 W 4th St",
        "Leadville, CO 80461",
        "(719) 486-0230",
        "Lake County Courthouse lot, 505 Harrison Ave",
        "Leadville, CO 80461",
    ),
    "shediac": _p(
        "ca",
        "Parlee Beach Provincial Park",
        "45 Parlee Beach Rd",
        "Shediac, NB E4P 5N1",
        46.2381,
        -64.5123,
        "America/Moncton",
        "The Moncton Hospital",
        "135 MacBeath Ave",
        "Moncton, NB E1C 6Z8",
        "(506) 857-5111",
        "Parlee Beach overflow lot P3, Parlee Beach Rd",
        "Shediac, NB E4P 5N1",
    ),
}


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "a_short": f"{h12}:{m:02d}{ap[0]}",  # "7:00A"
        "mil": f"{h:02d}{m:02d}",  # "0700"
        "am": f"{h12}{ap.lower()}" if m == 0 else f"{h12}:{m:02d}{ap.lower()}",  # "7am"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "us_ord_plain": f"{d:%B} {ordinal(d.day)}, {d.year}",  # "November 9th, 2027"
        "wd_md": f"{d:%A} {d.month}/{d.day}",  # the e-mail's year is in its sent line
        "wd_ord": f"{d:%A}, {d:%B} {ordinal(d.day)}, {d.year}",
        "slash": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "ca_long": f"{d:%A}, {d:%B} {d.day}, {d.year}",
    }
    return date_or(forms, d, style)


def sent_line(d: D, hhmm: str) -> str:
    """A web mail client's sent stamp: 'Tue, Jun 15, 2027, 6:42 PM'."""
    return f"{d:%a}, {d:%b} {d.day}, {d.year}, {hm(hhmm, 'us')}"


_sheet = sheet_maker("fresh66")
_table = partial(head_table, size=7.5, lead=12)
_family = partial(family, _sheet, P)


def _times(call: str, rows: list[tuple[str, int]], t: str) -> list[tuple[str, str]]:
    """(label, minutes from the call) rows as (label, time written in style t)."""
    return [(lab, hm(add_minutes(call, off), t)) for lab, off in rows]


def _cast(spec: Day, t: str) -> list[tuple[str, ...]]:
    """The cast rows: number, artist, character, then pick-up / make-up / on set times."""
    rows = []
    for n, (artist, role, off) in enumerate(spec.g["cast"], 1):
        times = [hm(add_minutes(spec.call, off + s), t) for s in (0, 15, 60)]
        rows.append((str(n), artist, role, *times))
    return rows


# --- (1) call-sheet-app exports: three-column top, GENERAL CREW CALL box, weather strip ---------


@_family(
    "mtn_app_export_weather_strip",
    "US Mountain West call-sheet-app export (StudioBinder / SetHero style), letter: three "
    "columns across the top (company, office and key people with phones left; the title over a "
    "boxed GENERAL CREW CALL at 26 pt with breakfast, shooting call and lunch under it centre; "
    "the date 'Tue 11/9/27', 'Day 3 of 12' and 'Call Sheet #3' right); a full-width shaded "
    "weather strip (forecast, high / low, precipitation, sunrise, sunset as '7:12A'); three "
    "cards LOCATION 1 / PARKING & BASECAMP / NEAREST HOSPITAL; scenes, cast and notes tables",
    name="app_{key}",
)
def _app(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", "helvetica", margin=30.0)
    w = right - x0
    c.text(x0, 40, g["company"], 9.5, bold=True)
    grey_text(c, x0, 51, g["office"], 7)
    label_rows(c, x0, 66, x0 + 170, g["people"], 7, 52, 10)
    mid = x0 + w / 2
    centre(c, 44, title.upper(), 15)
    centre(c, 56, "CALL SHEET", 7.5, bold=False)
    bx, bw = mid - 80, 160.0
    if g.get("breakfast_above"):
        # HARD: breakfast printed above the crew call box in the box label's own size
        centre(c, 70, f"BREAKFAST {hm(add_minutes(call, -30), t)}", 8)
        top = 76.0
    else:
        top = 64.0
    c.box(bx, top, bw, 50, 1.2)
    centre(c, top + 12, "GENERAL CREW CALL", 8)
    centre(c, top + 40, hm(call, t), 26)
    under = " · ".join(f"{a} {b}" for a, b in _times(call, g["times"], t))
    centre(c, top + 62, under, 7.5, bold=False)
    c.right(right, 42, day_text(day, g["date_style"]), 10, bold=True)
    c.right(right, 56, g["day_n"], 9)
    c.right(right, 68, f"Call Sheet #{g['n']}", 8)
    c.right(right, 80, g["script"], 7)
    y = top + 74
    fill(c, x0, y, w, 20, 225)
    strip = [
        ("WEATHER", g["weather"]),
        ("HI / LO", g["hilo"]),
        ("PRECIP", g["precip"]),
        ("SUNRISE", hm(rise, t)),
        ("SUNSET", hm(fall, t)),
    ]
    cw = w / len(strip)
    for i, (lab, val) in enumerate(strip):
        c.text(x0 + 5 + i * cw, y + 13, lab, 6.5, bold=True)
        fit(c, x0 + 5 + i * cw + 40, y + 13, val, 8, cw - 46)
    y += 28
    blocks = [
        ("LOCATION 1", [p.name, p.street, p.city, g["set"]]),
        ("PARKING & BASECAMP", [p.base_street, p.base_city, g["parking"]]),
        ("NEAREST HOSPITAL", [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]),
    ]
    boxed_cells(c, x0, y, w / 3, blocks, 62, size=8)
    y += 80
    heads = ["SC", "SET / DESCRIPTION", "D/N", "PAGES", "CAST", "LOC"]
    y = _table(c, x0, y, heads, [0, 30, 320, 360, 410, 500], g["scenes"], right)
    heads = ["#", "CAST", "CHARACTER", "PICK UP", "H/MU", "ON SET"]
    y = _table(c, x0, y + 2, heads, [0, 20, 160, 300, 380, 460], _cast(spec, t), right)
    titled_notes(c, x0, y + 6, "NOTES", 8.5, g["notes"], 7.5, w, 10)
    footer(c, g["footer"], x0)
    return c.output()


def _app_sheets() -> list[Sheet]:
    return [
        _app(
            "sandpoint",
            "Long Bridge",
            D(2027, 11, 9),
            "07:00",
            {
                "time_style": "a_short",
                "date_style": "us_short",
                "company": "Pend Oreille Pictures LLC",
                "office": "Production office: 110 Main St, Suite 2, Sandpoint, ID",
                "people": [
                    ("Director", "Mara Quist (208) 555-0141"),
                    ("Producer", "Dev Holloway (208) 555-0177"),
                    ("1st AD", "Tess Arceneaux (208) 555-0109"),
                ],
                "day_n": "Day 3 of 12",
                "n": "3",
                "script": "Script: Blue rev. · Schedule: White",
                "times": [("Breakfast", -30), ("Shooting Call", 30), ("Lunch", 360)],
                "weather": "Cloudy, light snow",
                "hilo": "38° / 27°",
                "precip": "40%",
                "set": "the auditorium and the lobby",
                "parking": "Crew vans shuttle from 6:30A",
                "scenes": [
                    ("14", "INT. PANIDA THEATER - AUDITORIUM", "D", "2 3/8", "1, 2", "1"),
                    ("15", "INT. PANIDA THEATER - LOBBY", "D", "1/8", "2", "1"),
                    ("19", "INT. PANIDA THEATER - BOOTH", "N", "1 1/8", "1, 4", "1"),
                ],
                "cast": [("Lena Brightwater", "June", 30), ("Otis Kale", "Mr. Perry", 90)],
                "notes": ["Theater is heated; the booth is tight: camera, sound and 1st AD only."],
                "footer": "Pend Oreille Pictures · Long Bridge · Call Sheet #3 · CONFIDENTIAL",
            },
        ),
        _app(
            "redlodge",
            "Beartooth Pass",
            D(2027, 6, 22),
            "06:30",
            {
                "time_style": "a_short",
                "date_style": "us_short",
                "company": "High Line Films",
                "office": "Office: 17 S Broadway Ave, Red Lodge, MT",
                "people": [
                    ("Director", "Jonah Redfeather (406) 555-0120"),
                    ("Producer", "Carla Miyake (406) 555-0155"),
                    ("1st AD", "Sam Okafor (406) 555-0132"),
                ],
                "day_n": "Day 7 of 18",
                "n": "7",
                "script": "Script: Pink rev. · Schedule: Blue",
                "times": [("Breakfast", -30), ("Shooting Call", 45), ("Lunch", 360)],
                "weather": "Sunny, breezy",
                "hilo": "74° / 45°",
                "precip": "5%",
                "set": "the hotel dining room and the Broadway sidewalk",
                "parking": "Trucks on the fairgrounds; no parking on Broadway",
                "scenes": [
                    ("41", "INT. POLLARD HOTEL - DINING ROOM", "D", "1 6/8", "1, 3", "1"),
                    ("43", "EXT. BROADWAY - SIDEWALK", "D", "4/8", "1, 3, 5", "1"),
                ],
                "cast": [("Ada Whitcomb", "Nell", 30), ("Ruben Ortega", "Cal", 45)],
                "notes": ["Street lock-up 9:00A-11:00A under the city permit; PAs at each end."],
                "footer": "High Line Films · Beartooth Pass · Call Sheet #7",
            },
        ),
        _app(
            "ouray",
            "Switzerland of America",
            D(2027, 9, 14),
            "07:15",
            {
                "time_style": "a_short",
                "date_style": "us_short",
                "breakfast_above": True,
                "company": "Uncompahgre Pictures",
                "office": "Office: 320 6th Ave, Ouray, CO",
                "people": [
                    ("Director", "Ilse Brandvold (970) 555-0117"),
                    ("Producer", "Marcus Tan (970) 555-0163"),
                    ("1st AD", "Rosa Delgado (970) 555-0190"),
                ],
                "day_n": "Day 2 of 9",
                "n": "2",
                "script": "Script: White · Schedule: White",
                "times": [("Shooting Call", 45), ("Lunch", 360), ("Est. Wrap", 660)],
                "weather": "Clear, afternoon storms",
                "hilo": "68° / 39°",
                "precip": "30% after 2P",
                "set": "the hotel lobby and the balcony over Main St",
                "parking": "Park in the pool lot, walk up Main St",
                "scenes": [
                    ("8", "INT. BEAUMONT HOTEL - LOBBY", "D", "2/8", "1", "1"),
                    ("9", "EXT. BEAUMONT HOTEL - BALCONY", "D", "1 2/8", "1, 2", "1"),
                ],
                "cast": [("Willa Stroud", "Hattie", 45), ("Kenji Abe", "Lew", 75)],
                "notes": ["Lightning policy: exterior work stops at first thunder, 30 min hold."],
                "footer": "Uncompahgre Pictures · Switzerland of America · Call Sheet #2",
            },
        ),
    ]


# --- (2) film-school handbook templates filled in on ruled form lines ---------------------------


def _form_line(
    c: Canvas, x: float, y: float, x1: float, label: str, value: str, *, indent: float = 110
) -> None:
    """A template's form line: the label, then the typed value on a rule to x1."""
    c.text(x, y, f"{label}:", 8.5, bold=True)
    c.hline(x + indent - 4, x1, y + 2, 0.4)
    fit(c, x + indent, y - 1, value, 9, x1 - x - indent - 4, family="courier")


@_family(
    "atl_school_form_lines",
    "Atlantic Canadian film-school handbook call-sheet template, letter: the school's name "
    "and 'STUDENT PRODUCTION CALL SHEET' centred, 'Form P-7' right; ruled form lines filled in "
    "in Courier ('Shoot Date: November 9th, 2027', 'Crew Call: 7am', 'Talent Call:') in one "
    "and two columns; location, parking, nearest hospital and campus safety lines; a TIME / "
    "SCENE / DESCRIPTION / CAST schedule; a safety checklist of ticked boxes; sign-off lines",
    name="school_{key}",
)
def _school(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", "helvetica", margin=46.0)
    mid = (x0 + right) / 2
    centre(c, 46, g["school"], 11)
    centre(c, 60, "STUDENT PRODUCTION CALL SHEET", 13)
    c.right(right, 30, "Form P-7 (rev. 2026)", 7)
    c.hline(x0, right, 68, 1.0)
    y = 90.0
    _form_line(c, x0, y, right, "Production Title", title)
    y += 20
    _form_line(c, x0, y, mid - 10, "Course", g["course"], indent=50)
    _form_line(c, mid, y, right, "Instructor", g["instructor"], indent=60)
    y += 20
    _form_line(c, x0, y, mid - 10, "Director", g["director"], indent=50)
    _form_line(c, mid, y, right, "Producer", g["producer"], indent=60)
    y += 20
    _form_line(c, x0, y, mid - 10, "Shoot Date", day_text(day, g["date_style"]), indent=62)
    _form_line(c, mid, y, right, "Shoot Day", g["day_n"], indent=60)
    y += 20
    if g.get("one_call_line"):
        # HARD: crew and talent calls typed into the one 'Call Time' field
        talent = hm(add_minutes(call, g["talent"]), t)
        _form_line(c, x0, y, right, "Call Time", f"{hm(call, t)} (crew) / {talent} (cast)")
    else:
        _form_line(c, x0, y, mid - 10, "Crew Call", hm(call, t), indent=62)
        talent = hm(add_minutes(call, g["talent"]), t)
        _form_line(c, mid, y, right, "Talent Call", talent, indent=60)
    y += 20
    wrap_at = hm(add_minutes(call, g["wrap"]), t)
    _form_line(c, x0, y, mid - 10, "Wrap (max 10 hrs)", wrap_at, indent=90)
    sun = f"{hm(rise, t)} / {hm(fall, t)}"
    _form_line(c, mid, y, right, "Sunrise / Sunset", sun, indent=80)
    y += 20
    _form_line(c, x0, y, right, "Location Name", p.name)
    y += 20
    _form_line(c, x0, y, right, "Location Address", p.address)
    y += 20
    _form_line(c, x0, y, right, "Set / Area", g["set"])
    y += 20
    _form_line(c, x0, y, right, "Parking", p.base)
    y += 20
    _form_line(c, x0, y, right, "Nearest Hospital", p.hospital)
    y += 20
    _form_line(c, x0, y, right, "Hospital Address", f"{p.hospital_address} {p.hospital_phone}")
    y += 20
    _form_line(c, x0, y, right, "Campus Safety", g["safety"])
    y += 26
    rows = [(hm(add_minutes(call, o), t), sc, what, cast) for o, sc, what, cast in g["schedule"]]
    y = _table(c, x0, y, ["TIME", "SCENE", "DESCRIPTION", "CAST"], [0, 60, 110, 400], rows, right)
    c.text(x0, y + 4, "SAFETY CHECKLIST (initial each)", 8.5, bold=True)
    y += 18
    for done, item in g["checks"]:
        c.box(x0, y - 7, 8, 8, 0.5)
        if done:
            c.text(x0 + 1.5, y, "X", 7.5, bold=True)
        c.text(x0 + 14, y, item, 8)
        y += 12
    y += 22
    for i, lab in enumerate(["Producer signature", "Faculty approval"]):
        xx = x0 + i * (mid - x0 + 10)
        c.hline(xx, xx + 200, y, 0.5)
        c.text(xx, y + 10, lab, 7)
    footer(c, g["footer"], x0)
    return c.output()


def _school_sheets() -> list[Sheet]:
    return [
        _school(
            "wolfville",
            "The Dyke Lands",
            D(2027, 11, 9),
            "07:00",
            {
                "time_style": "am",
                "date_style": "us_ord_plain",
                "school": "MINAS BASIN SCHOOL OF SCREEN ARTS",
                "course": "FILM 3200 Advanced Drama",
                "instructor": "Prof. A. Comeau",
                "director": "Priya Landry",
                "producer": "Owen MacAskill",
                "day_n": "2 of 3",
                "talent": 90,
                "wrap": 600,
                "set": "the second-floor lecture theatre and the front steps",
                "safety": "Acadia Security (902) 555-0111 · Emergency 911",
                "schedule": [
                    (0, "-", "Crew call, safety meeting, load in", "-"),
                    (90, "4", "Lecture: Nora can't answer", "1, 2"),
                    (300, "-", "Lunch (30 min)", "-"),
                    (330, "6", "Front steps: the argument", "1, 3"),
                ],
                "checks": [
                    (True, "Location agreement signed and on file"),
                    (True, "Certificate of insurance sent to the location"),
                    (False, "Minors on set (none today)"),
                    (True, "First aid kit and fire extinguisher on set"),
                ],
                "footer": "Keep this form with your production binder · submit with Form P-9",
            },
        ),
        _school(
            "annapolis",
            "Port-Royal Winter",
            D(2027, 2, 20),
            "08:00",
            {
                "time_style": "am",
                "date_style": "wd_ord",
                "one_call_line": True,
                "school": "ANNAPOLIS VALLEY COLLEGE · SCREEN ARTS PROGRAM",
                "course": "SCRN 210 Short Fiction",
                "instructor": "Jean-Marc Doucet",
                "director": "Hazel Surette",
                "producer": "Liam Ogilvie",
                "day_n": "1 of 2",
                "talent": 60,
                "wrap": 540,
                "set": "the earthworks and the officers' quarters",
                "safety": "Program office (902) 555-0142 · Emergency 911",
                "schedule": [
                    (0, "-", "Crew call and load in at the parking lot", "-"),
                    (60, "1", "Ramparts: the lookout in snow", "1"),
                    (270, "-", "Lunch (30 min, warm-up room)", "-"),
                    (300, "3", "Officers' quarters: the letter", "1, 2"),
                ],
                "checks": [
                    (True, "Parks Canada filming permit on set"),
                    (True, "Cold-weather plan: warming tent and hot drinks"),
                    (True, "First aid kit and fire extinguisher on set"),
                ],
                "footer": "Screen Arts Program · call sheets due 48 hours before the shoot",
            },
        ),
        _school(
            "baddeck",
            "Kite Season",
            D(2027, 8, 4),
            "06:30",
            {
                "time_style": "am",
                "date_style": "us_ord_plain",
                "school": "CAPE BRETON FILM SCHOOL",
                "course": "MPRD 101 Production I",
                "instructor": "Moira Gillis",
                "director": "Ethan Boudreau",
                "producer": "Sadie MacNeil",
                "day_n": "3 of 3",
                "talent": 60,
                "wrap": 570,
                "set": "the exhibit hall and the lawn over the bay",
                "safety": "School office (902) 555-0168 · Emergency 911",
                "schedule": [
                    (0, "-", "Crew call, safety meeting", "-"),
                    (60, "12", "Lawn: flying the tetrahedral kite", "1, 4"),
                    (300, "-", "Lunch (30 min)", "-"),
                    (330, "13", "Exhibit hall: the model", "1"),
                ],
                "checks": [
                    (True, "Location agreement signed (Parks Canada)"),
                    (True, "Sunscreen and water for the lawn"),
                    (False, "Drone (not flying today)"),
                ],
                "footer": "Cape Breton Film School · Production I · submit with your wrap report",
            },
        ),
    ]


# --- (3) unscripted series call e-mails: bullets, the year only in the sent line ----------------


@_family(
    "mtn_unscripted_email_bullets",
    "US unscripted / reality series call e-mail printed from a web mail client, letter: the "
    "subject large ('CALL SHEET | Teton Valley Ranch Hands | Ep 106 | Wed 6/16'), the sender "
    "with the sent stamp ('Tue, Jun 15, 2027, 6:42 PM') right, 'to crew'; a greeting; bullets "
    "DATE / CREW CALL '0630' / LOCATION / SCENE / PARKING / NEAREST ER / SUNRISE-SUNSET / LUNCH; "
    "a time-block schedule as sub-bullets; contributors; sign-off",
    name="email_{key}",
)
def _email(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", "helvetica", margin=48.0)
    w = right - x0
    grey_text(c, x0, 30, f"Mail - {g['sender_name']} - Outlook", 7, 130)
    c.hline(x0, right, 36, 0.3)
    subject = f"CALL SHEET | {title} | {g['ep']} | {day_text(day, 'us_short')[:-3]}"
    y = paragraph(c, x0, 60, subject, 14, w, 17, bold=True)
    c.text(x0, y + 4, f"{g['sender_name']} <{g['sender']}>", 9, bold=True)
    sent = day - dt.timedelta(days=g.get("sent_before", 1))
    c.right(right, y + 4, sent_line(sent, g["sent_at"]), 8.5)
    grey_text(c, x0, y + 16, "to crew-list, producers", 8, 110)
    y += 44
    y = paragraph(c, x0, y, g["greeting"], 9.5, w, 13) + 6
    cast = ", ".join(g["contributors"])
    bullets = [
        ("DATE", f"{day_text(day, g['date_style'])} ({g['day_n']})"),
        ("CREW CALL", g.get("call_text", hm(call, t))),
        ("LOCATION", f"{p.name}, {p.address}"),
        ("SCENE", g["set"]),
        ("PARKING", p.base),
        ("NEAREST ER", f"{p.hospital}, {p.hospital_address}, {p.hospital_phone}"),
        ("SUNRISE / SUNSET", f"{hm(rise, t)} / {hm(fall, t)}"),
        ("LUNCH", f"{hm(add_minutes(call, g['lunch']), t)} (walkaway, catering at base)"),
        ("CONTRIBUTORS", cast),
    ]
    for lab, val in bullets:
        c.text(x0 + 8, y, "•", 10)
        lw = c.text(x0 + 20, y, f"{lab}:", 9.5, bold=True)
        fit(c, x0 + 24 + lw, y, val, 9.5, w - 30 - lw)
        y += 15
    y += 6
    c.text(x0, y, "Rough schedule:", 9.5, bold=True)
    y += 14
    for off, what in g["schedule"]:
        c.text(x0 + 20, y, "◦", 9)
        c.text(x0 + 32, y, f"{hm(add_minutes(call, off), t)}  {what}", 9)
        y += 13
    y += 8
    y = paragraph(c, x0, y, g["closing"], 9.5, w, 13) + 10
    c.text(x0, y, "Thanks!", 9.5)
    c.text(x0, y + 13, g["sender_name"], 9.5, bold=True)
    grey_text(c, x0, y + 25, g["signature"], 8, 110)
    return c.output()


def _email_sheets() -> list[Sheet]:
    return [
        _email(
            "driggs",
            "Teton Valley Ranch Hands",
            D(2027, 6, 16),
            "06:30",
            {
                "time_style": "mil",
                "date_style": "wd_md",
                "ep": "Ep 106",
                "day_n": "Day 3 of 12",
                "sender_name": "Kayla Brandt",
                "sender": "kayla.brandt@sagebrushunscripted.tv",
                "sent_at": "18:42",
                "greeting": "Hi all, here are tomorrow's details. Short day at the drive-in, "
                "then the family heads home; we follow them with the B-team only.",
                "set": "the family sets up the summer movie night at the screen",
                "lunch": 330,
                "contributors": ["the Halvorsen family (4)", "Dale (projectionist)"],
                "schedule": [
                    (0, "Crew call, camera and audio prep at base"),
                    (60, "Halvorsens arrive, OTF walk-in"),
                    (150, "Screen repair sequence"),
                    (330, "Lunch"),
                    (390, "ITMs with Dale in the booth"),
                ],
                "closing": "Bug spray and layers: it gets cold fast out there after sunset.",
                "signature": "Production Coordinator · Sagebrush Unscripted · (208) 555-0188",
            },
        ),
        _email(
            "saratoga",
            "Hot Water Hearts",
            D(2027, 10, 6),
            "07:00",
            {
                "time_style": "mil",
                "date_style": "wd_md",
                "ep": "Ep 203",
                "day_n": "Day 5 of 10",
                # HARD: the call was moved; the bullet keeps the prelim time in brackets
                "call_text": f"{hm('07:00', 'mil')} (moved from 0730 on the prelim)",
                "sender_name": "Marisol Vega",
                "sender": "mvega@platteriverprod.com",
                "sent_at": "20:15",
                "greeting": "Evening team. Updated call below: we lost the pool at 1600, so "
                "everything slides earlier.",
                "set": "the couples at the hot pools and the hobo pool by the river",
                "lunch": 330,
                "contributors": ["Jess & Tanner", "Rob & Alisha", "resort manager Kim"],
                "schedule": [
                    (0, "Crew call at base, mics on contributors"),
                    (45, "Arrivals at the resort, lobby OTF"),
                    (120, "Hot pools: couples' challenge"),
                    (330, "Lunch"),
                    (420, "River walk, sunset ITMs"),
                ],
                "closing": "Resort guests are around all day: release forms are with the PA.",
                "signature": "Coordinator · Platte River Productions · (307) 555-0133",
            },
        ),
        _email(
            "torrey",
            "Red Rock Rescue",
            D(2027, 9, 23),
            "06:00",
            {
                "time_style": "mil",
                "date_style": "wd_md",
                "ep": "Ep 108",
                "day_n": "Day 9 of 12",
                "sender_name": "Beau Christensen",
                "sender": "beau@slickrockmedia.com",
                "sent_at": "17:05",
                "greeting": "Hey crew, tomorrow is the visitor center and the Fruita orchards. "
                "Park service rules apply: stay on trail, no drones.",
                "set": "rangers brief the search team in front of the visitor center",
                "lunch": 360,
                "contributors": ["Ranger Kimball", "SAR team (6)", "the Begay brothers"],
                "schedule": [
                    (0, "Crew call at the day-use lot"),
                    (30, "Sunrise establishing shots"),
                    (90, "Briefing scene at the visitor center"),
                    (360, "Lunch"),
                    (420, "Orchard search follow"),
                ],
                "closing": "Cell service is spotty past the visitor center: walkies channel 3.",
                "signature": "Field Coordinator · Slickrock Media · (435) 555-0172",
            },
        ),
    ]


# --- (4) landscape music-video one-pagers with a black artist panel -----------------------------


@_family(
    "sw_mv_landscape_panel",
    "US Southwest music-video one-pager, landscape letter: a black panel down the left third "
    "(artist in capitals, the song in quotes, 'MUSIC VIDEO', director, producer, label, "
    "production company in white); on the right the date ('Saturday, October 9th, 2027'), a "
    "row of CREW CALL / ARTIST CALL / EST. WRAP in '7am' forms, LOCATION / PARKING / NEAREST ER "
    "side by side, a SUN line; a RUN OF SHOW table TIME / SETUP / SECTION / NOTES",
    name="mv_{key}",
)
def _mv(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c = Canvas("letter", "helvetica", orientation="L")
    pw = 240.0
    fill(c, 0, 0, pw, c.pdf.h, 20)
    c.pdf.set_text_color(255, 255, 255)
    fit(c, 28, 80, g["artist"].upper(), 20, pw - 40, bold=True)
    fit(c, 28, 110, f"“{title}”", 18, pw - 40, bold=True)
    c.text(28, 132, "MUSIC VIDEO", 10)
    y = 180.0
    for lab, val in g["credits"]:
        c.text(28, y, lab.upper(), 7, bold=True)
        c.text(28, y + 12, val, 9.5)
        y += 34
    black(c)
    x0, right = pw + 28, c.width - 28
    w = right - x0
    c.text(x0, 48, "CALL SHEET", 9, bold=True)
    c.text(x0, 68, day_text(day, g["date_style"]), 15, bold=True)
    c.right(right, 48, g["day_n"], 9)
    calls = [
        ("CREW CALL", hm(call, t)),
        ("ARTIST CALL", hm(add_minutes(call, g["artist_call"]), t)),
        ("EST. WRAP", hm(add_minutes(call, g["wrap"]), t)),
    ]
    if g.get("artist_first"):
        # HARD: the artist's later call leads the row, the crew call is second
        calls = [calls[1], calls[0], calls[2]]
    cw = w / 3
    for i, (lab, val) in enumerate(calls):
        c.box(x0 + i * cw, 80, cw - 6, 48, 0.8)
        c.text(x0 + i * cw + 8, 93, lab, 7.5, bold=True)
        c.text(x0 + i * cw + 8, 119, val, 20, bold=True)
    blocks = [
        ("LOCATION", [p.name, p.street, p.city, g["set"]]),
        ("PARKING", [p.base_street, p.base_city]),
        ("NEAREST ER", [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]),
    ]
    boxed_cells(c, x0, 140, w / 3, blocks, 62, size=8)
    c.text(x0, 220, f"SUN  rise {hm(rise, t)} · set {hm(fall, t)} · {g['weather']}", 8.5)
    rows = [(hm(add_minutes(call, o), t), a, b, n) for o, a, b, n in g["run"]]
    y = _table(c, x0, 240, ["TIME", "SETUP", "SECTION", "NOTES"], [0, 60, 220, 330], rows, right)
    titled_notes(c, x0, y + 4, "NOTES", 8.5, g["notes"], 7.5, w, 10)
    footer(c, g["footer"], x0)
    return c.output()


def _mv_sheets() -> list[Sheet]:
    return [
        _mv(
            "tor_c",
            "Hot Springs Radio",
            D(2027, 10, 9),
            "07:00",
            {
                "time_style": "am",
                "date_style": "wd_ord",
                "artist": "The Jornada Lights",
                "day_n": "1 day shoot",
                "credits": [
                    ("Director", "Inés Caballero"),
                    ("Producer", "Wade Lasko (575) 555-0124"),
                    ("Label", "Dry Lake Records"),
                    ("Production", "Sierra County Film Co."),
                ],
                "artist_call": 120,
                "wrap": 720,
                "set": "the museum's front room and Main St out front",
                "weather": "Sunny, 81° / 52°",
                "run": [
                    (0, "Load in, lighting", "-", "Museum opens at 10am: quiet"),
                    (150, "Performance wide", "Chorus 1", "playback"),
                    (300, "Lunch", "-", "Catering at the park"),
                    (360, "Main St walk", "Verse 2", "Steadicam, no lock-up"),
                ],
                "notes": ["Playback through the PA only, no amps: the museum is open."],
                "footer": "Sierra County Film Co. · Hot Springs Radio · v2",
            },
        ),
        _mv(
            "silvercity",
            "Copper Town Lullaby",
            D(2027, 4, 17),
            "08:00",
            {
                "time_style": "am",
                "date_style": "wd_ord",
                "artist": "Marisa Quintana",
                "day_n": "Day 1 of 2",
                "credits": [
                    ("Director", "Theo Birdsall"),
                    ("Producer", "Nina Castañeda (575) 555-0186"),
                    ("Label", "Mimbres Sound"),
                    ("Production", "Gila Reel Works"),
                ],
                "artist_call": 90,
                "wrap": 660,
                "set": "the hotel ballroom and the rooftop",
                "weather": "Clear and windy, 72° / 41°",
                "run": [
                    (0, "Load in ballroom", "-", "Elevator for carts only"),
                    (150, "Ballroom performance", "Verse 1 / Chorus", "two cams"),
                    (330, "Lunch", "-", "-"),
                    (390, "Rooftop golden hour", "Bridge", "wind: sandbag everything"),
                ],
                "notes": ["Hotel guests on floors 2-5: keep the lobby clear of gear."],
                "footer": "Gila Reel Works · Copper Town Lullaby · v1",
            },
        ),
        _mv(
            "kanab",
            "Little Hollywood",
            D(2027, 5, 15),
            "06:00",
            {
                "time_style": "am",
                "date_style": "wd_ord",
                "artist_first": True,
                "artist": "Coral Pink & the Dunes",
                "day_n": "1 day shoot",
                "credits": [
                    ("Director", "Bryce Halloran"),
                    ("Producer", "Luz Ferreira (435) 555-0157"),
                    ("Label", "Vermilion Cliffs Music"),
                    ("Production", "Kane County Pictures"),
                ],
                "artist_call": 150,
                "wrap": 690,
                "set": "the lodge's western cabins and the porch",
                "weather": "Sunny, 84° / 50°",
                "run": [
                    (0, "Load in, art dept dresses cabins", "-", "-"),
                    (180, "Porch performance", "Chorus", "playback"),
                    (330, "Lunch", "-", "Lodge restaurant"),
                    (390, "Cabin interiors", "Verse 2", "practicals only"),
                ],
                "notes": ["Lodge is open to guests; the west cabins are held for us all day."],
                "footer": "Kane County Pictures · Little Hollywood",
            },
        ),
    ]


# --- (5) Atlantic Canadian union episodic: BREAKFAST | CREW CALL | SHOOTING CALL boxes ----------


@_family(
    "atl_union_episodic_three_boxes",
    "Atlantic Canadian union episodic drama sheet, letter: the unions across the top (DGC "
    "Atlantic, IATSE 849 or 709, ACTRA, Teamsters 927), the company and office left, the series "
    "and episode centre, the long date and 'Shooting Day 3 of 12' right; three equal boxes "
    "BREAKFAST | CREW CALL | SHOOTING CALL in '0700' (a walking breakfast's range on one); a "
    "line of lunch, sunrise, sunset and weather; SET / UNIT BASE & CATERING / CREW PARKING / "
    "NEAREST HOSPITAL (ER) cells; scenes; cast with P/U, MU/WD and SET times",
    name="union_{key}",
)
def _union(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", "helvetica", margin=30.0)
    w = right - x0
    grey(c, 90)
    centre(c, 22, g["unions"], 6.5, bold=False)
    black(c)
    c.hline(x0, right, 28, 0.4)
    c.text(x0, 44, g["company"], 9, bold=True)
    grey_text(c, x0, 55, g["office"], 7)
    grey_text(c, x0, 65, g["people"], 7)
    centre(c, 46, title.upper(), 14)
    centre(c, 60, g["episode"], 9, bold=False)
    c.right(right, 44, day_text(day, g["date_style"]), 9, bold=True)
    c.right(right, 56, g["day_n"], 8.5)
    c.right(right, 67, f"Call Sheet #{g['n']}", 7.5)
    bw = w / 3
    boxes = [
        ("BREAKFAST", g.get("breakfast_text", hm(add_minutes(call, -30), t))),
        ("CREW CALL", hm(call, t)),
        ("SHOOTING CALL", hm(add_minutes(call, g["shoot"]), t)),
    ]
    for i, (lab, val) in enumerate(boxes):
        c.box(x0 + i * bw, 76, bw, 44, 1.0)
        mx = x0 + i * bw + bw / 2
        c.text(mx - measure(c, lab, 8, bold=True) / 2, 88, lab, 8, bold=True)
        c.text(mx - measure(c, val, 18, bold=True) / 2, 112, val, 18, bold=True)
    line = (
        f"LUNCH {hm(add_minutes(call, 360), t)}   ·   SUNRISE {hm(rise, t)}   ·   "
        f"SUNSET {hm(fall, t)}   ·   {g['weather']}"
    )
    c.text(x0, 136, line, 8.5)
    blocks = [
        ("SET", [p.name, p.street, p.city, g["set"]]),
        ("UNIT BASE & CATERING", [p.base_street, p.base_city]),
        ("CREW PARKING", [g["parking"]]),
        ("NEAREST HOSPITAL (ER)", [p.hospital, p.hospital_street, p.hospital_city]),
    ]
    boxed_cells(c, x0, 144, w / 4, blocks, 62, size=7.5)
    heads = ["SC", "SET", "D/N", "PGS", "CAST", "LOC"]
    y = _table(c, x0, 226, heads, [0, 30, 330, 370, 420, 500], g["scenes"], right)
    heads = ["#", "CAST", "CHARACTER", "P/U", "MU/WD", "SET"]
    y = _table(c, x0, y + 2, heads, [0, 20, 170, 310, 390, 470], _cast(spec, t), right)
    titled_notes(c, x0, y + 6, "DEPARTMENT NOTES", 8.5, g["notes"], 7.5, w, 10)
    footer(c, g["footer"], x0)
    return c.output()


def _union_sheets() -> list[Sheet]:
    nsu = "DGC ATLANTIC · IATSE LOCAL 849 · ACTRA MARITIMES · TEAMSTERS LOCAL 927"
    return [
        _union(
            "digby",
            "Fundy Crossing",
            D(2027, 11, 10),
            "07:00",
            {
                "time_style": "mil",
                "date_style": "ca_long",
                "unions": nsu,
                "company": "Annapolis Basin Productions Inc.",
                "office": "Office: 18 Water St, Digby NS · (902) 555-0102",
                "people": "Dir: Colette Amirault · 1st AD: Dwayne Cromwell",
                "episode": 'Episode 104 "Low Water"',
                "day_n": "Shooting Day 3 of 12",
                "n": "3",
                # HARD: a walking breakfast given as a range ending at the crew call
                "breakfast_text": f"{hm('06:30', 'mil')}-{hm('07:00', 'mil')} (walking)",
                "shoot": 45,
                "weather": "Overcast, 6°C, wind SW 25 km/h",
                "set": "the lodge's main lounge and the veranda",
                "parking": "Shore Rd gravel lot; shuttle every 15 min",
                "scenes": [
                    ("22", "INT. PINES LODGE - LOUNGE", "D", "2 4/8", "1, 2, 6", "1"),
                    ("24", "EXT. PINES LODGE - VERANDA", "D", "7/8", "1, 6", "1"),
                ],
                "cast": [("Roxanne Thibodeau", "Claire", -15), ("Adrian Sloane", "Peter", 30)],
                "notes": ["Grip: 12x12 on the veranda, wind plan. Hair/MU in the lodge annex."],
                "footer": "Annapolis Basin Productions · Fundy Crossing 104 · Call Sheet #3",
            },
        ),
        _union(
            "pictou",
            "The Hector Men",
            D(2027, 5, 19),
            "06:30",
            {
                "time_style": "mil",
                "date_style": "ca_long",
                "unions": nsu,
                "company": "Northumberland Strait Films Ltd.",
                "office": "Office: 40 Coleraine St, Pictou NS · (902) 555-0119",
                "people": "Dir: Fergus Chisholm · 1st AD: Anne-Marie Gallant",
                "episode": 'Episode 201 "Landfall"',
                "day_n": "Shooting Day 1 of 14",
                "n": "1",
                "shoot": 60,
                "weather": "Sunny, 14°C, light wind",
                "set": "the ship on the slip and the quay",
                "parking": "Crew parks at the deCoste Centre, walk to set",
                "scenes": [
                    ("3", "EXT. HECTOR - MAIN DECK", "D", "1 5/8", "1, 3, BG", "1"),
                    ("5", "EXT. QUAY - GANGWAY", "D", "4/8", "1, 2", "1"),
                ],
                "cast": [("Ewan Fraser", "John Ross", -30), ("Maeve Doyle", "Ann", 15)],
                "notes": ["Safety: harnesses on the deck above 1.2 m. Marine crew in charge."],
                "footer": "Northumberland Strait Films · The Hector Men 201 · Call Sheet #1",
            },
        ),
        _union(
            "bonavista",
            "Tickle Cove",
            D(2027, 8, 25),
            "07:30",
            {
                "time_style": "mil",
                "date_style": "ca_long",
                "unions": "DGC ATLANTIC · IATSE LOCAL 709 · ACTRA NEWFOUNDLAND/LABRADOR",
                "company": "Cape Bonavista Pictures Inc.",
                "office": "Office: 2 Campbell St, Bonavista NL · (709) 555-0147",
                "people": "Dir: Gerard Abbott · 1st AD: Cheryl Penney",
                "episode": 'Episode 306 "Merchant"',
                "day_n": "Shooting Day 8 of 10",
                "n": "8",
                "shoot": 30,
                "weather": "Fog clearing by noon, 16°C",
                "set": "the salt store and the merchant's shop",
                "parking": "Church St lot only; no parking on Ryans Hill",
                "scenes": [
                    ("31", "INT. MERCHANT'S SHOP", "D", "3/8", "2", "1"),
                    ("32", "INT. SALT STORE", "D", "2 1/8", "1, 2, 4", "1"),
                ],
                "cast": [("Brenda Keough", "Mrs. Ryan", 0), ("Alan Tizzard", "Skipper", 45)],
                "notes": ["Historic site: no tape on walls, no haze in the shop."],
                "footer": "Cape Bonavista Pictures · Tickle Cove 306 · Call Sheet #8",
            },
        ),
    ]


# --- (6) commercial company sheets: AGENCY / CLIENT / PRODUCTION CO. blocks ----------------------


@_family(
    "commercial_agency_client_blocks",
    "US / Canadian commercial production company call sheet, letter: the company's name large "
    "left, 'CALL SHEET' and 'Job #27-114' right, the date '11/09/2027'; the spot line "
    "('\"Title\" :30 / :15'); three ruled blocks AGENCY / CLIENT / PRODUCTION CO. with names, "
    "roles and phones; a bold 'GENERAL CREW CALL' line and a DEPARTMENT / NAME / CALL list "
    "(pre-calls above it on one, agency / client call after); LOCATION / PARKING / NEAREST "
    "HOSPITAL / SUN / WEATHER label rows; a shot list",
    name="spot_{key}",
)
def _spot(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", "helvetica", margin=36.0)
    w = right - x0
    c.text(x0, 50, g["company"], 17, bold=True)
    grey_text(c, x0, 62, g["company_line"], 7.5)
    c.right(right, 44, "CALL SHEET", 12, bold=True)
    c.right(right, 57, f"Job #{g['job']}", 8.5)
    c.right(right, 69, day_text(day, g["date_style"]), 10, bold=True)
    c.hline(x0, right, 76, 1.0)
    c.text(x0, 94, f"“{title}”  {g['lengths']}", 12, bold=True)
    bw = w / 3
    for i, (head, lines) in enumerate(g["blocks"]):
        c.box(x0 + i * bw, 104, bw, 70, 0.6)
        fill(c, x0 + i * bw + 0.5, 104.5, bw - 1, 12, 30)
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0 + i * bw + 5, 113, head, 7.5, bold=True)
        black(c)
        for k, ln in enumerate(lines):
            fit(c, x0 + i * bw + 5, 128 + k * 11, ln, 7.5, bw - 10)
    y = 196.0
    rows = [(d, n, hm(add_minutes(call, o), t)) for d, n, o in g.get("pre", [])]
    if rows:
        y = _table(c, x0, y, ["DEPARTMENT", "NAME", "CALL"], [0, 150, 330], rows, x0 + 420)
        y += 4
    c.text(x0, y + 4, "GENERAL CREW CALL", 11, bold=True)
    c.text(x0 + 170, y + 4, hm(call, t), 14, bold=True)
    y += 24
    rows = [(d, n, hm(add_minutes(call, o), t)) for d, n, o in g["depts"]]
    y = _table(c, x0, y, ["DEPARTMENT", "NAME", "CALL"], [0, 150, 330], rows, x0 + 420)
    facts = [
        ("LOCATION", f"{p.name}, {p.address}"),
        ("SET", g["set"]),
        ("PARKING", p.base),
        ("NEAREST HOSPITAL", f"{p.hospital}, {p.hospital_address} · {p.hospital_phone}"),
        ("SUNRISE / SUNSET", f"{hm(rise, t)} / {hm(fall, t)}"),
        ("WEATHER", g["weather"]),
    ]
    y = label_rows(c, x0, y + 8, right, facts, 8.5, 110, 13)
    rows = [(hm(add_minutes(call, o), t), s, d) for o, s, d in g["shots"]]
    y = _table(c, x0, y + 6, ["TIME", "SHOT", "DESCRIPTION"], [0, 60, 130], rows, right)
    titled_notes(c, x0, y + 4, "NOTES", 8.5, g["notes"], 7.5, w, 10)
    footer(c, g["footer"], x0)
    return c.output()


def _spot_sheets() -> list[Sheet]:
    return [
        _spot(
            "whitefish",
            "Next Stop, Glacier",
            D(2027, 11, 9),
            "06:30",
            {
                "time_style": "us",
                "date_style": "slash",
                "company": "BIG MOUNTAIN FILMWORKS",
                "company_line": "214 Central Ave, Whitefish MT 59937 · (406) 555-0100",
                "job": "27-114",
                "lengths": ":30 / :15",
                "blocks": [
                    (
                        "AGENCY",
                        [
                            "Cutbank & Crown, Denver",
                            "Agency Producer: Leah Strand (303) 555-0145",
                            "CD: Marco Rinaldi",
                            "AD: Joy Ekwueme",
                        ],
                    ),
                    (
                        "CLIENT",
                        [
                            "Empire Builder Rail Tours",
                            "Brand Manager: Cole Dawson",
                            "Marketing: Anya Petrov",
                        ],
                    ),
                    (
                        "PRODUCTION CO.",
                        [
                            "Big Mountain Filmworks",
                            "EP: Rachel Hume (406) 555-0101",
                            "Director: Soren Lindqvist",
                            "Producer: Gabe Whitley (406) 555-0128",
                        ],
                    ),
                ],
                # HARD: department pre-calls listed above the general crew call line
                "pre": [("Grip / Electric", "Tom Healy + 4", -60), ("Art Dept", "Nadia Ruiz", -45)],
                "depts": [
                    ("Camera", "Ben Acosta + 2", 0),
                    ("HMU / Wardrobe", "Iris Long + 2", 0),
                    ("Talent", "4 principals", 60),
                    ("Agency / Client", "see blocks above", 120),
                ],
                "set": "the depot platform and the waiting room",
                "weather": "Snow showers, 29°F / 18°F",
                "shots": [
                    (90, "1A", "Family steps off the train, wide"),
                    (180, "2", "Waiting room: the map"),
                    (330, "Lunch", "-"),
                ],
                "notes": ["Live railway: BNSF flagman on set; never cross the tracks."],
                "footer": "Big Mountain Filmworks · Job 27-114 · CONFIDENTIAL",
            },
        ),
        _spot(
            "leadville",
            "Two Miles High",
            D(2027, 7, 13),
            "07:00",
            {
                "time_style": "us",
                "date_style": "slash",
                "company": "CLOUD CITY CONTENT",
                "company_line": "120 E 7th St, Leadville CO 80461 · (719) 555-0110",
                "job": "27-061",
                "lengths": ":60 / :30",
                "blocks": [
                    (
                        "AGENCY",
                        [
                            "Timberline & Vale, Boulder",
                            "Agency Producer: Dani Okoro (720) 555-0188",
                            "CD: Hank Weller",
                        ],
                    ),
                    (
                        "CLIENT",
                        [
                            "Continental Divide Outfitters",
                            "VP Marketing: Lisa Marquez",
                        ],
                    ),
                    (
                        "PRODUCTION CO.",
                        [
                            "Cloud City Content",
                            "EP / Director: Wes Burkhardt",
                            "Producer: Tamsin Ahl (719) 555-0139",
                        ],
                    ),
                ],
                "depts": [
                    ("Camera / G&E", "Kai Renner + 5", 0),
                    ("Art / Props", "Sophie Darrow + 1", 0),
                    ("Talent", "2 principals, 6 BG", 90),
                    ("Agency / Client", "see blocks above", 120),
                ],
                "set": "the opera house stage and the balcony",
                "weather": "Sunny, 72°F / 41°F, storms after 2 PM",
                "shots": [
                    (120, "1", "Stage: climber's slideshow, wide"),
                    (210, "3", "Balcony reaction shots"),
                    (360, "Lunch", "-"),
                ],
                "notes": ["Altitude 10,152 ft: water on set all day, go slow on the stairs."],
                "footer": "Cloud City Content · Job 27-061",
            },
        ),
        _spot(
            "shediac",
            "Warmest Water North of Virginia",
            D(2027, 7, 27),
            "06:00",
            {
                "time_style": "us",
                "date_style": "ca_long",
                "company": "TIDEWATER CREATIVE",
                "company_line": "77 Main St, Moncton NB E1C 1B6 · (506) 555-0130",
                "job": "NB-2708",
                "lengths": ":30",
                "blocks": [
                    (
                        "AGENCY",
                        [
                            "Bay & Bridge Agency, Halifax",
                            "Agency Producer: Renée LeBlanc (902) 555-0177",
                            "CD: Paul Cormier",
                        ],
                    ),
                    (
                        "CLIENT",
                        [
                            "Shediac Bay Cottage Rentals",
                            "Brand Lead: Josée Arsenault",
                        ],
                    ),
                    (
                        "PRODUCTION CO.",
                        [
                            "Tidewater Creative",
                            "Director: Matthieu Robichaud",
                            "Producer: Hannah Steeves (506) 555-0131",
                        ],
                    ),
                ],
                "depts": [
                    ("Camera / Drone", "Luc Savoie + 2", 0),
                    ("Grip / Electric", "Dan Wry + 3", 0),
                    ("Talent", "family of four", 60),
                    ("Agency / Client", "see blocks above", 90),
                ],
                "set": "the boardwalk and the beach at low tide",
                "weather": "Sunny, 27°C, low tide 9:40 AM",
                "shots": [
                    (30, "1", "Sunrise over the sandbars (drone)"),
                    (90, "2", "Family on the boardwalk"),
                    (180, "4", "Kids in the warm shallows"),
                ],
                "notes": ["Drone flights under the park's SFOC; lifeguards' zone stays clear."],
                "footer": "Tidewater Creative · NB-2708",
            },
        ),
    ]


# --- near misses: papers that call people to a place at a time but plan no shoot ------------


_notice = partial(notice, table=partial(head_table, size=8.5, lead=14, ruled=True))


def _near_page(head: tuple[str, str, str]) -> tuple[Canvas, float, float]:
    """A near miss's page and its heading lines."""
    c, x0, right = page("letter", "helvetica", margin=46.0)
    c.text(x0, 52, head[0], 13, bold=True)
    grey_text(c, x0, 65, head[1], 8.5)
    c.right(right, 52, head[2], 10, bold=True)
    c.hline(x0, right, 73, 1.0)
    return c, x0, right


def _rodeo_slack() -> bytes:
    """A rodeo's performance and slack schedule: contestants' check-in, slack in the morning,
    the evening performances; the rodeo's livestream crew is one line."""
    c, x0, right = _near_page(
        (
            "LIVINGSTON ROUNDUP RODEO",
            "Park County Fairgrounds, 46 View Vista Dr, Livingston, MT 59047",
            "PERFORMANCE & SLACK SCHEDULE",
        )
    )
    _notice(
        c,
        x0,
        right,
        96,
        [
            ("Dates", "Friday, July 2 - Sunday, July 4, 2027"),
            ("Contestant check-in", "7:00 AM rodeo office, behind the chutes"),
            ("Slack", "Friday 8:00 AM (timed events not drawn into a performance)"),
            ("Performances", "7:45 PM nightly, grand entry 7:30 PM"),
            ("Medical", "Sports medicine trailer at the out-gate"),
        ],
        (
            ["WHEN", "EVENT", "ROUND", "ARENA"],
            [0, 110, 300, 400],
            [
                ("Fri 8:00 AM", "Tie-down roping, steer wrestling", "Slack", "Main"),
                ("Fri 11:30 AM", "Team roping", "Slack", "Main"),
                ("Fri 7:45 PM", "Bareback, saddle bronc, barrels", "Perf. 1", "Main"),
                ("Sat 7:45 PM", "Bull riding, breakaway", "Perf. 2", "Main"),
            ],
        ),
        (
            "Notes",
            [
                "Draw posted at the rodeo office Thursday 5:00 PM. The livestream crew films "
                "performances only, not slack. Stock contractor meeting 6:30 AM Friday.",
            ],
        ),
    )
    return c.output()


def _ski_patrol_roster() -> bytes:
    """A ski patrol's daily duty roster: patrollers' sign-in, posts, sweep; a resort marketing
    shoot is a line in the notes."""
    c, x0, right = _near_page(
        (
            "SNOWBOWL PEAK SKI PATROL",
            "Patrol Headquarters, Summit Hut · Dispatch channel 1",
            "DAILY DUTY ROSTER",
        )
    )
    _notice(
        c,
        x0,
        right,
        96,
        [
            ("Date", "Saturday, January 16, 2027"),
            ("Sign-in", "7:30 AM patrol room, avalanche beacon check"),
            ("Morning meeting", "7:45 AM: snowpack, closures, assignments"),
            ("Lifts open", "9:00 AM · Sweep 4:00 PM from the summit"),
            ("Patrol director", "Erik Solheim, ext. 301"),
        ],
        (
            ["PATROLLER", "POST", "DUTY", "RADIO"],
            [0, 130, 250, 400],
            [
                ("J. Harrow", "Summit Hut", "Avalanche control, route 3", "Ch 2"),
                ("M. Ochoa", "Base clinic", "First aid room", "Ch 1"),
                ("T. Nakai", "Ridge run", "Toboggan standby", "Ch 1"),
                ("R. Blaine", "Lower mountain", "Sweep lead", "Ch 3"),
            ],
        ),
        (
            "Notes",
            [
                "Control work on the bowl until 10:00 AM: keep it roped. The resort's marketing "
                "photographer rides with T. Nakai after 1:00 PM. Sweep radio check at 3:50 PM.",
            ],
        ),
    )
    return c.output()


def _dumping_day() -> bytes:
    """A lobster boat's Dumping Day crew plan: the crew's meeting at the wharf, setting traps;
    a TV news crew films the boats leaving."""
    c, x0, right = _near_page(
        (
            "F/V MISS KAYLEE · LFA 34",
            "Meteghan wharf, Meteghan, NS B0W 2J0 · skipper (902) 555-0191",
            "DUMPING DAY CREW PLAN",
        )
    )
    _notice(
        c,
        x0,
        right,
        96,
        [
            ("Opening", "Monday, November 29, 2027 (weather permitting, DFO call Sunday)"),
            ("Crew at the wharf", "4:30 AM, boots and survival suits on board"),
            ("Leave the wharf", "6:00 AM with the fleet, 7 a.m. earliest setting"),
            ("Traps", "375 in three loads, bait salted Saturday"),
            ("Skipper", "Réjean Comeau"),
        ],
        (
            ["LOAD", "TRAPS", "GROUNDS", "DEPTH"],
            [0, 100, 200, 380],
            [
                ("1", "140", "Off Cape St. Marys", "18 fathoms"),
                ("2", "120", "Mink Island shoal", "22 fathoms"),
                ("3", "115", "Back of the breakwater", "12 fathoms"),
            ],
        ),
        (
            "Notes",
            [
                "Safety drill Sunday 2:00 PM at the wharf. A TV news crew will film the fleet "
                "leaving from the breakwater: nobody goes aboard. Back for load 2 by 11:00 AM, "
                "load 3 by 3:00 PM.",
            ],
        ),
    )
    return c.output()


def _other_sheets() -> list[Sheet]:
    docs = [
        (
            "near_miss_rodeo_performance_slack",
            "a Montana rodeo's performance and slack schedule, letter: the rodeo and "
            "fairgrounds, dates, contestant check-in time, slack, performances, medical; a ruled "
            "WHEN / EVENT / ROUND / ARENA table; notes on the draw and a livestream crew",
            _rodeo_slack,
        ),
        (
            "near_miss_ski_patrol_duty_roster",
            "a ski patrol's daily duty roster, letter: the patrol, date, sign-in time, morning "
            "meeting, lifts and sweep, director; a ruled PATROLLER / POST / DUTY / RADIO table; "
            "notes on control work and a marketing photographer",
            _ski_patrol_roster,
        ),
        (
            "near_miss_lobster_dumping_day_plan",
            "a Nova Scotia lobster boat's Dumping Day crew plan, letter: boat and LFA, opening "
            "date, crew time at the wharf, leaving time, traps, skipper; a ruled LOAD / TRAPS / "
            "GROUNDS / DEPTH table; notes on a safety drill and a TV news crew",
            _dumping_day,
        ),
    ]
    return near_misses(_sheet, docs)


def sheets() -> list[Sheet]:
    return [
        *_app_sheets(),
        *_school_sheets(),
        *_email_sheets(),
        *_mv_sheets(),
        *_union_sheets(),
        *_spot_sheets(),
        *_other_sheets(),
    ]
