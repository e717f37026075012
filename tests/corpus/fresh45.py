"""Forty-sixth held-out set: six kinds of North American (US and Canadian, English) call sheet the
corpus has not had, in cities not yet in the corpus (`fresh45_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh45"). A university film-school production office's template from
Greenville, Hoboken and Grand Forks (a boxed CREW CALL beside the date, a numbered LOCATIONS table
whose rows are the set, crew parking and the nearest hospital), documentary shoot schedules from
Kenora, Juneau and Gananoque with an INTERVIEW SUBJECT block (the subject's own arrival and
interview times beside the crew's), corporate event-video coverage sheets from convention
centres in Houston, Jacksonville and Hershey (landscape; LOAD-IN / CREW CALL / DOORS / GENERAL
SESSION boxes in a row, the venue, the room and the loading dock), stand-alone SECOND UNIT call
sheets from Key West, Galena and Kenosha (a black 2ND UNIT band, the main unit's call printed for
reference), two-page sheets from Harrisburg, Jersey City and Hot Springs whose page 1 is a cover
with the call in a big box and whose page 2 holds the location, hospital and sun, and aerial
(drone) unit sheets from Grand Junction, Great Falls and Green Bay (14 CFR Part 107, the take-off
and landing zone, a flight window, civil twilight beside the sun). Three near misses, all
`other`: a production sound report, a SAG-AFTRA Exhibit G performers' time report and a
documentary appearance release.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from astral import Observer
from astral.sun import dawn

from tests.corpus.draw import Canvas, black, centre, grey
from tests.corpus.formats import add_minutes, ordinal
from tests.corpus.fresh_common import (
    clock,
    date_or,
    expect,
    fill,
    grey_text,
    head_table,
    hospital_lines,
    label_grid,
    page,
    paragraph,
    paragraphs,
    ruled_cells,
    sheet_basics,
    sheet_maker,
    time_or,
    titled_notes,
    wrap,
)
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # (1) university film-school production office template: Greenville, Hoboken, Grand Forks
    "peace": _p(
        "us",
        "Peace Center",
        "300 S Main St",
        "Greenville, SC 29601",
        34.8465,
        -82.4010,
        "America/New_York",
        "Prisma Health Greenville Memorial Hospital",
        "701 Grove Rd",
        "Greenville, SC 29605",
        "(864) 455-7000",
        "Broad Street lot, 101 W Broad St",
        "Greenville, SC 29601",
    ),
    "hobokenmuseum": _p(
        "us",
        "Hoboken Historical Museum",
        "1301 Hudson St",
        "Hoboken, NJ 07030",
        40.7527,
        -74.0267,
        "America/New_York",
        "Hoboken University Medical Center",
        "308 Willow Ave",
        "Hoboken, NJ 07030",
        "(201) 418-1000",
        "Garage D, 215 Hudson St",
        "Hoboken, NJ 07030",
    ),
    "fritz": _p(
        "us",
        "Chester Fritz Auditorium",
        "3475 University Ave",
        "Grand Forks, ND 58202",
        47.9225,
        -97.0750,
        "America/Chicago",
        "Altru Hospital",
        "1200 S Columbia Rd",
        "Grand Forks, ND 58201",
        "(701) 780-5000",
        "Lot V1, 3500 University Ave",
        "Grand Forks, ND 58202",
    ),
    # (2) documentary shoot schedule with an interview subject block: Kenora, Juneau, Gananoque
    "lakewoods": _p(
        "ca",
        "Lake of the Woods Museum",
        "300 Main St S",
        "Kenora, ON P9N 3X5",
        49.7665,
        -94.4880,
        "America/Winnipeg",
        "Lake of the Woods District Hospital",
        "21 Sylvan St W",
        "Kenora, ON P9N 3W7",
        "(807) 468-9861",
        "Harbourfront lot, Bay St",
        "Kenora, ON P9N 3X5",
    ),
    "alaskamuseum": _p(
        "us",
        "Alaska State Museum",
        "395 Whittier St",
        "Juneau, AK 99801",
        58.3020,
        -134.4180,
        "America/Juneau",
        "Bartlett Regional Hospital",
        "3260 Hospital Dr",
        "Juneau, AK 99801",
        "(907) 796-8900",
        "Centennial Hall lot, 101 Egan Dr",
        "Juneau, AK 99801",
    ),
    "playhouse": _p(
        "ca",
        "Thousand Islands Playhouse",
        "185 South St",
        "Gananoque, ON K7G 1A5",
        44.3268,
        -76.1610,
        "America/Toronto",
        "Kingston General Hospital",
        "76 Stuart St",
        "Kingston, ON K7L 2V7",
        "(613) 548-3232",
        "Town Hall lot, 30 King St E",
        "Gananoque, ON K7G 1E9",
    ),
    # (3) corporate event-video coverage: Houston, Jacksonville, Hershey
    "grb": _p(
        "us",
        "George R. Brown Convention Center",
        "1001 Avenida De Las Americas",
        "Houston, TX 77010",
        29.7522,
        -95.3580,
        "America/Chicago",
        "St. Joseph Medical Center",
        "1401 St Joseph Pkwy",
        "Houston, TX 77002",
        "(713) 757-1000",
        "Loading dock C, 1800 Rusk St",
        "Houston, TX 77010",
    ),
    "prime": _p(
        "us",
        "Prime F. Osborn III Convention Center",
        "1000 Water St",
        "Jacksonville, FL 32204",
        30.3275,
        -81.6700,
        "America/New_York",
        "UF Health Jacksonville",
        "655 W 8th St",
        "Jacksonville, FL 32209",
        "(904) 244-0411",
        "North dock, W Bay St entrance",
        "Jacksonville, FL 32204",
    ),
    "hersheylodge": _p(
        "us",
        "Hershey Lodge",
        "325 University Dr",
        "Hershey, PA 17033",
        40.2785,
        -76.6705,
        "America/New_York",
        "Penn State Health Milton S. Hershey Medical Center",
        "500 University Dr",
        "Hershey, PA 17033",
        "(717) 531-8521",
        "Convention Center dock, West Lot",
        "Hershey, PA 17033",
    ),
    # (4) stand-alone second-unit call sheets: Key West, Galena, Kenosha
    "hemingway": _p(
        "us",
        "Ernest Hemingway Home and Museum",
        "907 Whitehead St",
        "Key West, FL 33040",
        24.5512,
        -81.8006,
        "America/New_York",
        "Lower Keys Medical Center",
        "5900 College Rd",
        "Key West, FL 33040",
        "(305) 294-5531",
        "Mallory Square lot, 400 Wall St",
        "Key West, FL 33040",
    ),
    "granthome": _p(
        "us",
        "Ulysses S. Grant Home",
        "500 Bouthillier St",
        "Galena, IL 61036",
        42.4175,
        -90.4240,
        "America/Chicago",
        "Midwest Medical Center",
        "1 Medical Center Dr",
        "Galena, IL 61036",
        "(815) 777-1340",
        "Depot lot, 101 Bouthillier St",
        "Galena, IL 61036",
    ),
    "kenoshamuseum": _p(
        "us",
        "Kenosha Public Museum",
        "5500 1st Ave",
        "Kenosha, WI 53140",
        42.5860,
        -87.8170,
        "America/Chicago",
        "Froedtert South Kenosha Medical Center",
        "6308 8th Ave",
        "Kenosha, WI 53143",
        "(262) 656-2011",
        "HarborPark lot, 56th St and 1st Ave",
        "Kenosha, WI 53140",
    ),
    # (5) page 1 a cover with the call in a big box: Harrisburg, Jersey City, Hot Springs
    "capitol": _p(
        "us",
        "Pennsylvania State Capitol",
        "501 N 3rd St",
        "Harrisburg, PA 17120",
        40.2645,
        -76.8836,
        "America/New_York",
        "UPMC Harrisburg",
        "111 S Front St",
        "Harrisburg, PA 17101",
        "(717) 782-3131",
        "Riverfront lot, N Front St at State St",
        "Harrisburg, PA 17101",
    ),
    "crrnj": _p(
        "us",
        "Central Railroad of New Jersey Terminal",
        "1 Audrey Zapp Dr",
        "Jersey City, NJ 07305",
        40.7077,
        -74.0330,
        "America/New_York",
        "Jersey City Medical Center",
        "355 Grand St",
        "Jersey City, NJ 07302",
        "(201) 915-2000",
        "Liberty State Park lot 4, Morris Pesin Dr",
        "Jersey City, NJ 07305",
    ),
    "fordyce": _p(
        "us",
        "Fordyce Bathhouse",
        "369 Central Ave",
        "Hot Springs, AR 71901",
        34.5135,
        -93.0535,
        "America/Chicago",
        "CHI St. Vincent Hot Springs",
        "300 Werner St",
        "Hot Springs, AR 71913",
        "(501) 622-1000",
        "Exchange Street parking deck, 128 Exchange St",
        "Hot Springs, AR 71901",
    ),
    # (6) aerial (drone) unit sheets: Grand Junction, Great Falls, Green Bay
    "colonias": _p(
        "us",
        "Las Colonias Park",
        "925 Struthers Ave",
        "Grand Junction, CO 81501",
        39.0570,
        -108.5560,
        "America/Denver",
        "St. Mary's Medical Center",
        "2635 N 7th St",
        "Grand Junction, CO 81501",
        "(970) 298-2273",
        "Amphitheater lot, Struthers Ave",
        "Grand Junction, CO 81501",
    ),
    "giantsprings": _p(
        "us",
        "Giant Springs State Park",
        "4803 Giant Springs Rd",
        "Great Falls, MT 59405",
        47.5345,
        -111.2300,
        "America/Denver",
        "Benefis Hospitals",
        "1101 26th St S",
        "Great Falls, MT 59405",
        "(406) 455-5000",
        "Hatchery lot, Giant Springs Rd",
        "Great Falls, MT 59405",
    ),
    "baybeach": _p(
        "us",
        "Bay Beach Wildlife Sanctuary",
        "1660 E Shore Dr",
        "Green Bay, WI 54302",
        44.5330,
        -87.9800,
        "America/Chicago",
        "Bellin Hospital",
        "744 S Webster Ave",
        "Green Bay, WI 54301",
        "(920) 433-3500",
        "Nature Center lot, 1660 E Shore Dr",
        "Green Bay, WI 54302",
    ),
}


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "us_dots": f"{h12}:{m:02d} {ap[0]}.{ap[1]}.".lower(),  # "7:30 a.m."
        "us_a": f"{h12}:{m:02d}{ap[0]}",  # "7:30A"
        "us_short": f"{h12}{ap[0].lower()}" if m == 0 else f"{h12}:{m:02d}{ap[0].lower()}",
        "hrs": f"{h:02d}{m:02d} hrs",  # "0730 hrs"
        "h24": f"{h:02d}:{m:02d}",
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "us_slash": f"{d:%a} {d.month}/{d.day}/{d:%y}",  # "Thu 11/19/26"
        "us_ord_plain": f"{d:%B} {ordinal(d.day)}, {d.year}",  # "November 19th, 2026"
        "us_caps": f"{d:%A}, {d:%B} {d.day}, {d.year}".upper(),
        "ca_abbr": f"{d:%a}. {d:%b}. {d.day}, {d.year}",  # "Thu. Nov. 12, 2026"
        "ca_iso": f"{d:%A} {d.isoformat()}",  # "Thursday 2026-11-12"
        "us_dash": f"{d:%m-%d-%Y} ({d:%a})",  # "11-19-2026 (Thu)"
    }
    return date_or(forms, d, style)


def civil_dawn(p: Place, d: D) -> str:
    """Morning civil twilight (sun 6 degrees below the horizon) as HH:MM local, as an almanac."""
    t = dawn(Observer(p.lat, p.lon), date=d, tzinfo=ZoneInfo(p.tz), depression=6)
    return (t + dt.timedelta(seconds=30)).strftime("%H:%M")


_sheet = sheet_maker("fresh45")
_para = paragraph
_table = partial(head_table, size=8, lead=12.5)


def _footer(c: Canvas, text: str) -> None:
    grey_text(c, 36, c.pdf.h - 22, text, 7, 120)


def _boxed(c: Canvas, x: float, y: float, w: float, h: float, label: str, value: str, size: float):
    """A ruled box with a small bold label at the top and a big value centred under it."""
    c.box(x, y, w, h, 1.2)
    c._font(label, 7.5, True, None)
    c.text(x + (w - c.pdf.get_string_width(label)) / 2, y + 11, label, 7.5, bold=True)
    c._font(value, size, True, None)
    vw = c.pdf.get_string_width(value)
    while vw > w - 8 and size > 8:
        size -= 1
        c._font(value, size, True, None)
        vw = c.pdf.get_string_width(value)
    c.text(x + (w - vw) / 2, y + h - (h - 11 - size * 0.72) / 2, value, size, bold=True)


# --- (1) university film-school production office template: boxed CREW CALL, numbered LOCATIONS


def _school(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)
    written = partial(hm, style=t)

    def make() -> bytes:
        c, x0, right = page("letter", g["font"], margin=36.0)
        # the school's masthead
        c.text(x0, 40, g["school"], 11, bold=True)
        grey(c, 90)
        c.text(x0, 52, g["office"], 7.5)
        black(c)
        c.right(right, 40, "CALL SHEET", 16, bold=True)
        c.right(right, 52, f"Production # {g['prod_no']}  ·  {g['course']}", 7.5)
        c.hline(x0, right, 58, 1.2)
        fit(c, x0, 80, f"\u201c{title}\u201d", 17, 330, bold=True)
        c.text(x0, 93, g["kind"], 8.5)
        # the boxed crew call at the left, the day's facts beside it
        _boxed(c, x0, 104, 150, 58, "CREW CALL", written(call), 24)
        facts = [
            ("DATE", day_text(day, g["date_style"])),
            ("SHOOT DAY", g["day_of"]),
            ("TALENT CALL", written(add_minutes(call, g["talent"]))),
            ("DIRECTOR", g["director"]),
            ("PRODUCER", g["producer"]),
            ("1st AD", g["ad"]),
            ("FACULTY ADVISOR", g["advisor"]),
        ]
        fx = x0 + 166
        for i, (lab, val) in enumerate(facts):
            xx = fx + (i % 2) * 170
            yy = 114 + (i // 2) * 13
            c.text(xx, yy, lab, 6.5, bold=True)
            fit(c, xx + 80, yy, val, 8, 88)
        keys = {"Director": g["director"], "Producer": g["producer"], "1st AD": g["ad"]}
        c.hline(x0, right, 170, 0.6)
        # the numbered LOCATIONS table: the set, (a move), parking, the hospital
        rows = [("1", "SET", p.name, p.address, g["set"])]
        rows += g.get("extra_rows", [])
        n = len(rows)
        rows += [
            (str(n + 1), "CREW PARKING", g["parking_name"], p.base, g["parking_note"]),
            (str(n + 2), "NEAREST HOSPITAL", p.hospital, p.hospital_address, p.hospital_phone),
        ]
        c.text(x0, 186, "LOCATIONS", 9, bold=True)
        y = _table(
            c,
            x0,
            200,
            ["#", "", "NAME", "ADDRESS", "NOTES"],
            [0, 16, 106, 246, 390],
            rows,
            right,
            size=7.5,
            ruled=True,
        )
        y += 4
        c.text(x0, y, "SUNRISE", 7, bold=True)
        c.text(x0 + 42, y, written(rise), 8)
        c.text(x0 + 110, y, "SUNSET", 7, bold=True)
        c.text(x0 + 148, y, written(fall), 8)
        c.text(x0 + 220, y, "WEATHER", 7, bold=True)
        fit(c, x0 + 262, y, g["weather"], 8, right - x0 - 262)
        y += 18
        y = _table(
            c,
            x0,
            y,
            ["SC", "DESCRIPTION", "D/N", "PGS", "CAST", "LOC #"],
            [0, 30, 300, 340, 380, 470],
            g["scenes"],
            right,
            size=7.5,
        )
        y = _table(
            c,
            x0,
            y,
            ["#", "CAST", "ROLE", "CALL", "ON SET"],
            [0, 16, 150, 300, 380],
            [
                (str(i), a, r, written(add_minutes(call, o)), written(add_minutes(call, o + 45)))
                for i, (a, r, o) in enumerate(g["cast"], 1)
            ],
            right,
            size=7.5,
        )
        y = _table(
            c,
            x0,
            y,
            ["POSITION", "NAME", "PHONE", "CALL"],
            [0, 120, 290, 400],
            [
                (a, keys.get(a, b), f"({g['area']}) {ph}", written(add_minutes(call, o)))
                for a, b, ph, o in g["crew"]
            ],
            right,
            size=7.5,
            lead=11.5,
        )
        titled_notes(c, x0, y, "SAFETY", 8, g["notes"], 7.5, right - x0, 9.5, gap=11)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"school_{key}",
        "us_film_school_office",
        "US university film-school production office template, letter: the school and its "
        "production office top left, CALL SHEET with production number and course top right; the "
        "film's title in quotes; a boxed CREW CALL at the left beside DATE / SHOOT DAY / TALENT "
        "CALL / DIRECTOR / PRODUCER / 1st AD / FACULTY ADVISOR; a ruled numbered LOCATIONS table "
        "(1 SET, then CREW PARKING and NEAREST HOSPITAL rows); sun and weather line; scenes with "
        f"a LOC # column, cast, crew with calls, safety notes; {g['day_of']}",
        make,
        expect(p, title, day, call, g["set"]),
    )


_SCHOOL_CREW = [
    ("Director", "Ava Lindqvist", "555-0141", 0),
    ("Producer", "Marcus Oyelaran", "555-0177", -30),
    ("1st AD", "Priya Raman", "555-0102", -15),
    ("DP", "Jonah Whitfield", "555-0163", 0),
    ("Gaffer", "Tess Moreau", "555-0129", 0),
    ("Sound Mixer", "Dev Castillo", "555-0188", 15),
    ("Art Director", "Hana Ito", "555-0155", -30),
]


def _school_sheets() -> list[Sheet]:
    return [
        _school(
            "peace",
            "Lantern Hours",
            D(2026, 10, 24),
            "08:00",
            {
                "font": "helvetica",
                "time_style": "us",
                "date_style": "us_long",
                "school": "DEPARTMENT OF CINEMA & MEDIA ARTS",
                "area": "864",
                "office": "Production Office  ·  Room 114, Fine Arts Center  ·  (864) 555-0100",
                "prod_no": "F26-017",
                "course": "CMA 420 Advanced Production",
                "kind": "Advanced Production thesis short  ·  Digital, 4K",
                "day_of": "Day 2 of 4",
                "talent": 60,
                "director": "Ava Lindqvist",
                "producer": "Marcus Oyelaran",
                "ad": "Priya Raman",
                "advisor": "Prof. Dana Whitlock",
                "set": "backstage corridor and the Gunter Theater lobby",
                "parking_name": "Student / crew lot",
                "parking_note": "Park on level 1 only; carpool",
                "weather": "Sunny, 72°F / 49°F",
                "scenes": [
                    ("4", "INT. THEATER CORRIDOR - Nell finds the lantern", "D", "1 2/8", "1", "1"),
                    ("5", "INT. LOBBY - Nell and Sam argue", "D", "2 4/8", "1, 2", "1"),
                    ("9", "INT. LOBBY - after the show", "N", "6/8", "2", "1"),
                ],
                "cast": [("Keira Dunn", "NELL", 0), ("Theo Banks", "SAM", 90)],
                "crew": _SCHOOL_CREW,
                "notes": [
                    "12-hour turnaround between wrap and call for all cast and crew. Meal break "
                    "at 6 hours. No stunts, weapons or open flame without an approved safety plan.",
                    "Campus Safety (non-emergency) (864) 555-0199. In an emergency call 911 "
                    "first, then the Production Office.",
                ],
                "footer": "CMA Production Office  ·  call sheets go to cast, crew and faculty by "
                "6 PM the day before",
            },
        ),
        _school(
            "hobokenmuseum",
            "Ferry Weather",
            D(2026, 11, 7),
            "07:30",
            {
                "font": "sans",
                "time_style": "us_lower",
                "date_style": "us_ord_plain",
                "school": "SCHOOL OF FILM & TELEVISION",
                "area": "201",
                "office": "Production Office  ·  Edwin A. Stevens Hall, Rm 12  ·  (201) 555-0112",
                "prod_no": "2026-FA-09",
                "course": "FTV 310 Intermediate Narrative",
                "kind": "Intermediate narrative short  ·  16mm",
                "day_of": "Day 1 of 3",
                "talent": 90,
                "director": "Rafael Quintero",
                "producer": "Imogen Park",
                "ad": "Luca Benedetti",
                "advisor": "Prof. Sandra Kowal",
                "set": "main gallery and the shipyard room",
                # HARD: a company move to a second numbered location before parking and hospital
                "extra_rows": [
                    (
                        "2",
                        "COMPANY MOVE 2:00pm",
                        "Pier A Park",
                        "Frank Sinatra Dr, Hoboken, NJ 07030",
                        "sc. 12, 13 (exterior)",
                    )
                ],
                "parking_name": "Crew parking",
                "parking_note": "Permits from the producer",
                "weather": "Clouds, 55°F / 43°F, light wind",
                "scenes": [
                    ("3", "INT. MUSEUM GALLERY - Ines hides the ticket", "D", "1 6/8", "1", "1"),
                    ("7", "INT. SHIPYARD ROOM - the old photograph", "D", "1 1/8", "1, 3", "1"),
                    ("12", "EXT. PIER - the ferry leaves", "D", "6/8", "1, 2", "2"),
                    ("13", "EXT. PIER - Ines alone", "D", "3/8", "1", "2"),
                ],
                "cast": [
                    ("Nadia Ferreira", "INES", 0),
                    ("Owen Blake", "CARLO", 210),
                    ("Rosa Mendel", "AUNT VERA", 30),
                ],
                "crew": _SCHOOL_CREW,
                "notes": [
                    "Film stock and camera from the equipment cage at 6:30am (Stevens Hall "
                    "basement). Museum opens to the public at 2pm: clear the gallery by 1:30pm.",
                    "Emergencies: call 911, then Campus Police (201) 555-0150 and the Production "
                    "Office.",
                ],
                "footer": "School of Film & Television  ·  Production Office copy",
            },
        ),
        _school(
            "fritz",
            "The Long Plain",
            D(2026, 11, 14),
            "09:00",
            {
                "font": "helvetica",
                "time_style": "us_letter",
                "date_style": "us_slash",
                "school": "DEPARTMENT OF COMMUNICATION  ·  FILM PRODUCTION",
                "area": "701",
                "office": "Production Office  ·  O'Kelly Hall 201  ·  (701) 555-0133",
                "prod_no": "DOC/NAR 26-4",
                "course": "COMM 465 Senior Film Project",
                "kind": "Senior film project  ·  narrative",
                "day_of": "Day 3 of 3",
                "talent": 30,
                "director": "Elise Haugen",
                "producer": "Carter Olsen",
                "ad": "Maya Tollefson",
                "advisor": "Dr. Paul Kjelstad",
                "set": "the stage, the green room and the loading door",
                "parking_name": "Visitor lot",
                "parking_note": "Plug-ins for the grip truck",
                "weather": "Snow showers, 28°F / 14°F",
                "scenes": [
                    ("20", "INT. AUDITORIUM STAGE - the audition", "D", "3 1/8", "1, 2, 4", "1"),
                    ("21", "INT. GREEN ROOM - Ruth waits", "D", "1 0/8", "1", "1"),
                    ("24", "EXT. LOADING DOOR - snow", "D", "4/8", "1, 2", "1"),
                ],
                "cast": [
                    ("Greta Lund", "RUTH", 0),
                    ("Noah Pederson", "MR. DALE", 30),
                    ("Ivy Chen", "ACCOMPANIST", 60),
                ],
                "crew": _SCHOOL_CREW,
                "notes": [
                    "Cold-weather day: dress in layers, warming room is the green room. Extension "
                    "cords outside on the mats only.",
                    "University Police (701) 555-0170; in an emergency dial 911 first.",
                ],
                "footer": "Film Production  ·  Senior Film Project call sheet",
            },
        ),
    ]


# --- (2) documentary shoot schedule with an INTERVIEW SUBJECT block -------------------------


def _doc(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)
    written = partial(hm, style=t)

    def make() -> bytes:
        c, x0, right = page("letter", g["font"], margin=40.0)
        c.text(x0, 44, title.upper(), 18, bold=True)
        c.text(x0, 58, g["company"], 8.5)
        c.right(right, 44, g["heading"], 10, bold=True)
        c.right(right, 58, day_text(day, g["date_style"]), 9)
        c.hline(x0, right, 66, 1.4)
        # logistics at the left
        split = x0 + 290
        rows: list[tuple[str, list[str]]] = [
            ("Date", [day_text(day, g["date_style"])]),
            (g["call_label"], [written(call)]),
            ("Location", [p.name, p.street, p.city]),
            ("Interview room", [g["set"]]),
            ("Parking", [p.base, g["parking_note"]]),
            ("Nearest hospital", [p.hospital, p.hospital_address, p.hospital_phone]),
            ("Sunrise / sunset", [f"{written(rise)} / {written(fall)}"]),
            ("Weather", [g["weather"]]),
        ]
        y = 86.0
        for lab, lines in rows:
            c.text(x0, y, lab, 8, bold=True)
            bold = lab == g["call_label"]
            for ln in lines:
                for part in wrap(c, ln, 8.5, split - x0 - 100, bold=bold):
                    c.text(x0 + 92, y, part, 8.5, bold=bold)
                    y += 11
            y += 3
        # the interview subject block at the right
        bx = split + 6
        bw = right - bx
        fill(c, bx, 74, bw, 16, 60)
        grey(c, 255)
        c.text(bx + 6, 86, "INTERVIEW SUBJECT", 9, bold=True)
        black(c)
        sy = 74 + 16
        c.box(bx, 74, bw, 214, 0.8)
        c.box(bx + 8, sy + 8, 58, 70, 0.4)
        grey(c, 150)
        c.text(bx + 20, sy + 46, "photo", 7)
        black(c)
        fit(c, bx + 74, sy + 20, g["subject"], 11, bw - 80, bold=True)
        yy = sy + 32
        for ln in g["subject_role"]:
            fit(c, bx + 74, yy, ln, 7.5, bw - 80)
            yy += 9.5
        yy = sy + 92
        arrive = written(add_minutes(call, g["arrive"]))
        start = written(add_minutes(call, g["arrive"] + 30))
        end = written(add_minutes(call, g["arrive"] + 30 + g["length"]))
        big = g.get("big_arrival", False)
        for lab, val in [
            ("Arrives", arrive),
            ("Interview", f"{start} - {end}"),
            ("Release", g["release"]),
            ("Contact via", g["contact"]),
        ]:
            c.text(bx + 8, yy, lab, 7.5, bold=True)
            # HARD (one sheet): the subject's arrival printed large in the block
            size = 15 if big and lab == "Arrives" else 8.5
            fit(c, bx + 70, yy, val, size, bw - 76, bold=big and lab == "Arrives")
            yy += 12 if size < 10 else 18
        yy += 4
        c.text(bx + 8, yy, "Pre-interview notes", 7.5, bold=True)
        yy += 10
        for ln in g["subject_notes"]:
            yy = _para(c, bx + 8, yy, ln, 7.5, bw - 16, 9.5)
        y = max(y, 300.0) + 6
        c.text(x0, y, "RUN OF DAY", 9, bold=True)
        y = _table(
            c,
            x0,
            y + 14,
            ["TIME", "WHAT", "WHO"],
            [0, 64, 330],
            [(written(add_minutes(call, o)), what, who) for o, what, who in g["run"]],
            right,
        )
        y = _table(
            c,
            x0,
            y,
            ["ROLE", "NAME", "CELL", "E-MAIL"],
            [0, 110, 250, 350],
            g["crew"],
            right,
        )
        c.text(x0, y, "KIT", 8.5, bold=True)
        _para(c, x0 + 30, y, g["kit"], 7.5, right - x0 - 30, 9.5)
        _footer(
            c, f"{title}  ·  {g['heading']}  ·  confidential: do not share the subject's details"
        )
        return c.output()

    return _sheet(
        f"doc_{key}",
        "na_doc_interview_subject",
        "North American documentary shoot schedule, letter: the film's title and company left, "
        "the shoot day and date right; a label / value logistics column at the left (Date, "
        "CREW CALL / Crew call / Call, Location over three lines, Interview room, Parking, "
        "Nearest hospital, sun, weather) beside a boxed INTERVIEW SUBJECT block with a photo "
        "box, name and role, the subject's arrival and interview times, release and notes; RUN "
        f"OF DAY with the time first, crew, kit; {g['heading']}",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _doc_sheets() -> list[Sheet]:
    return [
        _doc(
            "lakewoods",
            "Ice Roads North",
            D(2026, 11, 12),
            "08:00",
            {
                "font": "helvetica",
                "time_style": "us",
                "date_style": "ca_abbr",
                "company": "Muskeg Lake Films Inc.  ·  for broadcast, 2027",
                "heading": "SHOOT SCHEDULE - DAY 3 OF 5",
                "call_label": "CREW CALL",
                "set": "the archive reading room, second floor",
                "parking_note": "Van backs up to the Main St door for the load-in",
                "weather": "Flurries, -4°C / -11°C",
                "subject": "Marlene Kakegamic",
                "subject_role": ["Ice-road driver, 31 seasons", "Grassy Narrows / Kenora"],
                "arrive": 120,
                "length": 90,
                "release": "Signed at the pre-interview (10/28)",
                "contact": "Producer only (Jess)",
                "subject_notes": [
                    "Prefers to be filmed seated; bring her late husband's logbook into frame "
                    "only if she offers it. No questions about the 2019 accident.",
                ],
                "run": [
                    (0, "Crew call, load in by the Main St door", "All crew"),
                    (30, "Light the reading room (2 setups: A interview, B b-roll)", "DP, gaffer"),
                    (120, "Marlene arrives; coffee, mic, release copy", "Producer, sound"),
                    (150, "INTERVIEW", "Director, DP, sound"),
                    (240, "Lunch at the museum (catered)", "All"),
                    (300, "B-roll: logbooks, photos, the harbourfront", "DP, AC"),
                    (420, "Wrap, load out", "All crew"),
                ],
                "crew": [
                    ("Director", "Ray Ducharme", "(807) 555-0190", "ray@muskeglake.ca"),
                    ("Producer", "Jess Whitecloud", "(807) 555-0114", "jess@muskeglake.ca"),
                    ("DP", "Anika Sorensen", "(204) 555-0173", "anika@lensnorth.ca"),
                    ("Sound", "Pierre Lavoie", "(204) 555-0128", "pierre@sonlac.ca"),
                ],
                "kit": "FX6 x2, 24-70 / 85 / 35, two Aputure 600d, lav + boom, logbook slider, "
                "hard drives x3, release forms.",
            },
        ),
        _doc(
            "alaskamuseum",
            "Tongass Voices",
            D(2026, 10, 29),
            "08:30",
            {
                "font": "sans",
                "time_style": "us_letter",
                "date_style": "us_slash",
                "company": "Gastineau Channel Pictures  ·  a feature documentary",
                "heading": "SHOOT SCHEDULE - DAY 2",
                "call_label": "Crew call",
                "set": "the Tlingit clan house gallery (closed to the public until 1p)",
                "parking_note": "Walk up Whittier St, 4 min",
                "weather": "Rain, 44°F / 39°F, wind SE 15",
                # HARD: the subject's arrival printed large in the subject block
                "big_arrival": True,
                "subject": "Harold Jack Sr.",
                "subject_role": ["Carver and clan elder", "Juneau"],
                "arrive": 60,
                "length": 75,
                "release": "To sign on the day (2 copies)",
                "contact": "His daughter Lena, (907) 555-0131",
                "subject_notes": [
                    "Ask before filming any regalia; the museum's curator will handle objects. "
                    "He may speak in Lingít first and then translate: let it run.",
                ],
                "run": [
                    (0, "Crew call at the staff entrance, security sign-in", "All crew"),
                    (20, "Light the gallery, two-camera interview", "DP, gaffer"),
                    (60, "Harold arrives (Lena drives him)", "Producer"),
                    (90, "INTERVIEW", "Director, A / B cam, sound"),
                    (180, "Lunch", "All"),
                    (240, "Objects b-roll with the curator", "DP"),
                    (330, "Wrap", "All crew"),
                ],
                "crew": [
                    ("Director", "Sophie Carle", "(907) 555-0160", "sophie@gastineau.film"),
                    ("Producer", "Ben Iyall", "(907) 555-0117", "ben@gastineau.film"),
                    ("DP", "Tom Hollis", "(907) 555-0152", "tom@hollisfilm.com"),
                    ("Sound", "Gwen Sato", "(907) 555-0109", "gwen@satosound.com"),
                ],
                "kit": "C300 III x2, zooms, Astera tubes, rain covers, two lavs and a boom, "
                "release forms, gloves for objects.",
            },
        ),
        _doc(
            "playhouse",
            "Summer Stock",
            D(2026, 11, 19),
            "09:00",
            {
                "font": "helvetica",
                "time_style": "h24",
                "date_style": "ca_iso",
                "company": "Frontenac Documentary Co.  ·  CBC Docs POV (working title)",
                "heading": "SHOOT SCHEDULE - DAY 4 OF 6",
                "call_label": "Call",
                "set": "the Springer Theatre auditorium, seats row F",
                "parking_note": "Playhouse lot is closed for the season: use the town lot",
                "weather": "Overcast, 3°C / -2°C",
                "subject": "Gwen Ashdown",
                "subject_role": ["Founding artistic director, 1982-2004"],
                "arrive": 90,
                "length": 120,
                "release": "Signed (e-mail copy on file)",
                "contact": "Direct, (613) 555-0149",
                "subject_notes": [
                    "Hard of hearing on the left: the director sits to her right. She has "
                    "asked for a break after an hour.",
                ],
                "run": [
                    (0, "Call at the stage door, load in", "All crew"),
                    (30, "Light the auditorium and the stage b-roll", "DP, gaffer"),
                    (90, "Gwen arrives", "Producer"),
                    (120, "INTERVIEW (break after 60 min)", "Director, DP, sound"),
                    (270, "Lunch", "All"),
                    (330, "B-roll: empty house, posters, the river dock", "DP"),
                    (450, "Wrap", "All crew"),
                ],
                "crew": [
                    ("Director", "Nathan Osei", "(613) 555-0101", "nathan@frontenacdocs.ca"),
                    ("Producer", "Claire Dumont", "(613) 555-0186", "claire@frontenacdocs.ca"),
                    ("DP", "Yuki Barrett", "(416) 555-0123", "yuki@barrettdp.ca"),
                    ("Sound", "Sam Leblanc", "(613) 555-0147", "sam@leblancaudio.ca"),
                ],
                "kit": "FX9, 35 / 50 / 85 primes, 2 SkyPanels, lav + boom, teleprompter-free "
                "eyeline rig, release forms.",
            },
        ),
    ]


# --- (3) corporate event-video coverage: landscape, LOAD-IN / CREW CALL / DOORS boxes --------


def _event(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)
    written = partial(hm, style=t)

    def make() -> bytes:
        c, x0, right = page("letter", g["font"], margin=30.0, orientation="L")
        fill(c, x0, 22, right - x0, 40, 35)
        grey(c, 255)
        fit(c, x0 + 10, 42, title, 16, 430, bold=True)
        c.text(x0 + 10, 55, f"Client: {g['client']}", 8)
        c.right(right - 10, 42, "VIDEO COVERAGE CALL SHEET", 11, bold=True)
        c.right(right - 10, 55, day_text(day, g["date_style"]), 9, bold=True)
        black(c)
        c.text(x0, 76, g["vendor"], 8, bold=True)
        c.right(right, 76, g["day_of"], 8)
        boxes = [(lab, written(add_minutes(call, o))) for lab, o in g["boxes"]]
        bw = (right - x0 - 8 * (len(boxes) - 1)) / len(boxes)
        for i, (lab, val) in enumerate(boxes):
            _boxed(c, x0 + i * (bw + 8), 84, bw, 46, lab, val, 20 if lab == "CREW CALL" else 16)
        cw = (right - x0) / 3
        cells = [
            ("VENUE", [p.name, p.street, p.city, g["set"]]),
            (g["dock_label"], [p.base_street, p.base_city, g["dock_note"]]),
            (
                "NEAREST HOSPITAL (ER)",
                hospital_lines(p),
            ),
        ]
        ruled_cells(c, x0, 138, cw, cells, 62, 0.6, label_size=7, size=8, lead=10.5)
        y = 214.0
        parts = []
        if g["sun"]:
            parts.append(f"Sunrise {written(rise)}   Sunset {written(fall)}")
        parts += [f"Credentials: {g['badges']}", f"Dress: {g['dress']}"]
        fit(c, x0, y, "     ·     ".join(parts), 8, right - x0)
        y += 16
        y = _table(
            c,
            x0,
            y,
            ["TIME", "SESSION / ACTIVITY", "ROOM", "COVERAGE", "NOTES"],
            [0, 70, 330, 470, 590],
            [(written(add_minutes(call, o)), a, b, cov, n) for o, a, b, cov, n in g["run"]],
            right,
        )
        y = _table(
            c,
            x0,
            y,
            ["POSITION", "NAME", "CELL", "CALL", "POSITION", "NAME", "CELL", "CALL"],
            [0, 90, 200, 280, 366, 456, 566, 646],
            [
                tuple(
                    v
                    for a, b, ph, o in pair
                    for v in (a, b, ph, written(add_minutes(call, o)) if a else "")
                )
                for pair in zip(g["crew"][::2], [*g["crew"][1::2], ("", "", "", 0)], strict=False)
            ],
            right,
            lead=11.5,
        )
        paragraphs(c, x0, y, g["notes"], 7.5, right - x0, 9.5)
        _footer(c, f"{g['vendor']}  ·  {title}  ·  questions to the producer, not the client")
        return c.output()

    return _sheet(
        f"event_{key}",
        "us_event_video_landscape",
        "US corporate event-video coverage call sheet, letter landscape: a dark band with the "
        "event, the client, VIDEO COVERAGE CALL SHEET and the date; a row of equal boxes (LOAD-IN "
        "/ CREW CALL / DOORS / GENERAL SESSION or KEYNOTE) with their times; VENUE (name, street, "
        "city, hall and room), LOADING DOCK / CREW PARKING and NEAREST HOSPITAL (ER) cells; a "
        "sun / credentials / dress line; session coverage by time and room; crew two to a row; "
        f"{g['day_of']}",
        make,
        expect(p, title, day, call, g["set"], sun=None if g["sun"] else (None, None)),
    )


def _event_sheets() -> list[Sheet]:
    return [
        _event(
            "grb",
            "Gulf Coast Energy Transition Summit 2026",
            D(2026, 11, 10),
            "06:30",
            {
                "font": "helvetica",
                "time_style": "us",
                "date_style": "us_caps",
                "client": "Bayou Grid Partners (events team)",
                "vendor": "Third Ward Media Group - event video",
                "day_of": "Show day 1 of 2",
                # HARD: the earlier LOAD-IN box comes first, the same size as the crew call's
                "boxes": [
                    ("LOAD-IN", -60),
                    ("CREW CALL", 0),
                    ("DOORS", 90),
                    ("GENERAL SESSION", 150),
                ],
                "set": "General Assembly Hall A, Level 3",
                "dock_label": "LOADING DOCK / CREW PARKING",
                "dock_note": "Dock C: 30 min unload, then park in the garage",
                "sun": True,
                "badges": "pick up at Exhibitor Services, Hall A foyer",
                "dress": "all black, closed shoes",
                "run": [
                    (-60, "Load-in: camera carts, jib and switcher", "Hall A dock", "-", ""),
                    (0, "Crew call, safety walk, comms check", "Hall A", "All", ""),
                    (90, "Doors open", "Hall A", "Cam 3 wide", "crowd b-roll"),
                    (150, "Opening keynote", "Hall A", "Cam 1-3, jib", "IMAG + record"),
                    (240, "Panel: grids after 2030", "Hall A", "Cam 1-2", ""),
                    (330, "Lunch / exhibit floor b-roll", "Hall B", "Handheld", ""),
                    (420, "Breakouts", "Rooms 310-320", "Cam 4", "record only"),
                    (600, "Wrap, strike to dock", "Hall A", "All", ""),
                ],
                "crew": [
                    ("Producer", "Alana Cruz", "(713) 555-0110", -30),
                    ("Director / TD", "Kevin Ngo", "(713) 555-0181", 0),
                    ("Cam 1", "Lisa Arnaud", "(713) 555-0142", 0),
                    ("Cam 2", "Derek Fulton", "(713) 555-0137", 0),
                    ("Jib", "Omar Haddad", "(713) 555-0125", -60),
                    ("A1", "Brianna Cole", "(713) 555-0166", 0),
                    ("Utility", "Jesse Ward", "(713) 555-0153", -60),
                ],
                "notes": [
                    "Do not film the press area or attendees with a red lanyard. The hall's "
                    "rigging is the venue's: no clamps on the truss.",
                ],
            },
        ),
        _event(
            "prime",
            "Ribault Health Leadership Forum",
            D(2026, 12, 3),
            "07:00",
            {
                "font": "sans",
                "time_style": "us_a",
                "date_style": "us_slash",
                "client": "First Coast Health Alliance",
                "vendor": "St. Johns River Video Co.",
                "day_of": "Single day",
                "boxes": [("CREW CALL", 0), ("DOORS", 60), ("KEYNOTE", 120)],
                "set": "Exhibit Hall C and Meeting Room 14",
                "dock_label": "LOADING DOCK",
                "dock_note": "Crew parks in the Lee St garage after unloading",
                "sun": True,
                "badges": "Registration desk, lobby",
                "dress": "business casual, black polo for camera ops",
                "run": [
                    (0, "Crew call, build cameras in Hall C", "Hall C", "All", ""),
                    (60, "Doors / registration", "Lobby", "Cam 2", "arrivals b-roll"),
                    (120, "Keynote", "Hall C", "Cam 1-2", "record + stream"),
                    (210, "Testimonial interviews", "Room 14", "Cam 3", "3 x 10 min"),
                    (300, "Lunch", "Hall C", "-", ""),
                    (360, "Awards", "Hall C", "Cam 1-2", ""),
                    (480, "Wrap", "Hall C", "All", ""),
                ],
                "crew": [
                    ("Producer", "Dana Whitt", "(904) 555-0132", -15),
                    ("Cam 1", "Rico Alvarez", "(904) 555-0177", 0),
                    ("Cam 2", "Melanie Cho", "(904) 555-0115", 0),
                    ("Cam 3 / interviews", "Grant Bishop", "(904) 555-0190", 60),
                    ("Audio", "Faye Okonjo", "(904) 555-0158", 0),
                ],
                "notes": [
                    "The interview room must be quiet by 9:30A: gaffer tape the door sign. "
                    "Releases for each interviewee go to the producer.",
                ],
            },
        ),
        _event(
            "hersheylodge",
            "Keystone Dairy Cooperative Annual Meeting",
            D(2026, 11, 19),
            "06:45",
            {
                "font": "helvetica",
                "time_style": "us_lower",
                "date_style": "us_ordinal",
                "client": "Keystone Dairy Cooperative",
                "vendor": "Swatara Creek Productions",
                "day_of": "Day 2 of 2",
                "boxes": [("CREW CALL", 0), ("DOORS", 75), ("GENERAL SESSION", 105)],
                "set": "Great American Hall, Aztec / Mayan room",
                "dock_label": "LOADING DOCK / CREW PARKING",
                "dock_note": "Crew park in the West Lot, far rows",
                "sun": False,
                "badges": "from the producer at the dock",
                "dress": "black, no logos",
                "run": [
                    (
                        0,
                        "Crew call, check cameras left from day 1",
                        "Great American Hall",
                        "All",
                        "",
                    ),
                    (75, "Doors", "Foyer", "Cam 2", "b-roll"),
                    (105, "General session: board report", "Great American Hall", "Cam 1-2", ""),
                    (225, "Member votes", "Great American Hall", "Cam 1", "lock-off"),
                    (285, "Lunch", "Foyer", "-", ""),
                    (345, "Youth awards", "Great American Hall", "Cam 1-2", "stills too"),
                    (465, "Strike and load-out", "Dock", "All", ""),
                ],
                "crew": [
                    ("Producer", "Hal Brenneman", "(717) 555-0104", -15),
                    ("Cam 1", "Tara Yoder", "(717) 555-0168", 0),
                    ("Cam 2", "Miguel Santos", "(717) 555-0139", 0),
                    ("Audio", "Rachel Hoover", "(717) 555-0122", 0),
                ],
                "notes": [
                    "Day 2: gear stayed in the room overnight under hotel security; check the "
                    "seals before powering up.",
                ],
            },
        ),
    ]


# --- (4) stand-alone SECOND UNIT call sheets: a black 2ND UNIT band, the main unit for reference


def _second(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)
    written = partial(hm, style=t)

    def make() -> bytes:
        c, x0, right = page("letter", g["font"], margin=34.0)
        fill(c, x0, 24, right - x0, 26, 0)
        grey(c, 255)
        c.text(x0 + 10, 42, g["band"], 14, bold=True)
        c.right(right - 10, 42, g["day_of"], 10, bold=True)
        black(c)
        fit(c, x0, 72, title.upper(), 18, 300, bold=True)
        c.text(x0, 85, g["company"], 8)
        c.text(x0, 96, f"2nd Unit Director: {g['director']}   ·   2nd Unit 1st AD: {g['ad']}", 8)
        c.right(right, 72, day_text(day, g["date_style"]), 10, bold=True)
        c.right(right, 85, f"Sunrise {written(rise)}  ·  Sunset {written(fall)}", 8)
        c.right(right, 96, g["weather"], 8)
        _boxed(c, x0, 106, 190, 56, g["call_label"], written(call), 24)
        main = f"{g['main_label']} {written(add_minutes(call, g['main']))}"
        if g.get("main_boxed"):
            # HARD: the main unit's call in a box of the same size beside the 2nd unit's
            ref = written(add_minutes(call, g["main"]))
            _boxed(c, x0 + 200, 106, 190, 56, "MAIN UNIT CALL", ref, 24)
            fit(c, x0 + 400, 124, g["main_where"], 8, right - x0 - 400)
        else:
            yy = 122.0
            for ln in [f"{main}", g["main_where"], "See the main unit call sheet."]:
                fit(c, x0 + 204, yy, ln, 8.5, right - x0 - 204, bold=ln == main)
                yy += 12
        cw = (right - x0) / 3
        cells = [
            ("2ND UNIT LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("BASECAMP / PARKING", [p.base_street, p.base_city, g["base_note"]]),
            (
                "NEAREST HOSPITAL",
                hospital_lines(p),
            ),
        ]
        ruled_cells(c, x0, 172, cw, cells, 62, 0.6, label_size=7, size=8, lead=10.5)
        y = 252.0
        c.text(x0, y, "SHOT LIST", 9, bold=True)
        y = _table(
            c,
            x0,
            y + 14,
            ["SC", "SHOT", "RIG / LENS", "DBL / CAR", "NOTES"],
            [0, 34, 250, 350, 450],
            g["shots"],
            right,
            ruled=True,
        )
        y = _table(
            c,
            x0,
            y,
            ["2ND UNIT CREW", "NAME", "CALL", "", "NAME", "CALL"],
            [0, 100, 200, 272, 372, 472],
            [
                (a, b, written(add_minutes(call, o)), a2, b2, written(add_minutes(call, o2)))
                for (a, b, o), (a2, b2, o2) in zip(g["crew"][::2], g["crew"][1::2], strict=True)
            ],
            right,
            lead=11.5,
        )
        titled_notes(c, x0, y, "NOTES", 8.5, g["notes"], 7.5, right - x0, 9.5, gap=11)
        _footer(c, f"{title}  ·  2nd unit call sheet  ·  issued by the 2nd unit 2nd AD")
        return c.output()

    return _sheet(
        f"second_{key}",
        "us_second_unit_sheet",
        "US stand-alone second-unit call sheet, letter: a black band (SECOND UNIT / 2ND UNIT / "
        "SPLINTER UNIT and its day), the title, company, 2nd unit director and 1st AD, date, sun "
        "and weather; a boxed 2ND UNIT CALL beside the main unit's call for reference; 2ND UNIT "
        "LOCATION, BASECAMP / PARKING and NEAREST HOSPITAL cells; a ruled shot list (inserts, "
        f"drive-bys, doubles); 2nd unit crew two to a row; notes; {g['day_of']}",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _second_sheets() -> list[Sheet]:
    crew = [
        ("2nd Unit DP", "Carla Medina", 0),
        ("A Cam 1st AC", "Jason Pike", 0),
        ("Key Grip", "Luis Baptiste", -30),
        ("Gaffer", "Nora Fitch", -30),
        ("Picture Cars", "Wade Tanner", -60),
        ("Stunt Coord.", "Rhea Dolan", 30),
    ]
    return [
        _second(
            "hemingway",
            "Six-Toed Summer",
            D(2026, 11, 5),
            "06:30",
            {
                "font": "helvetica",
                "time_style": "us",
                "date_style": "us_long",
                "band": "SECOND UNIT",
                "day_of": "2nd Unit Day 2 of 4",
                "company": "Conch Republic Pictures LLC",
                "director": "Reggie Alston",
                "ad": "Mara Quist",
                "weather": "Partly cloudy, 82°F / 73°F",
                "call_label": "2ND UNIT CALL",
                "main_label": "Main unit crew call",
                "main": 90,
                "main_where": "Main unit at Fort Zachary Taylor (sc. 40-44)",
                "set": "the garden, the pool and the Whitehead St wall",
                "base_note": "Shuttle to the house every 15 min",
                "shots": [
                    (
                        "38",
                        "Cats on the porch steps, dawn light",
                        "Alexa Mini, 100mm",
                        "-",
                        "wrangler",
                    ),
                    ("38A", "Insert: typewriter keys", "Probe lens", "Hand dbl", ""),
                    (
                        "41",
                        "Drive-by on Whitehead St",
                        "Car mount, 24mm",
                        "'64 Impala",
                        "police hold",
                    ),
                    ("45", "Pool at dusk (establishing)", "Slider, 35mm", "-", "after 5 PM"),
                ],
                "crew": crew,
                "notes": [
                    "The museum stays open: no cables across the tour path. Police traffic hold "
                    "for the drive-by 8:00-9:00 AM only.",
                ],
            },
        ),
        _second(
            "granthome",
            "Lead Mine Road",
            D(2026, 10, 22),
            "07:00",
            {
                "font": "sans",
                "time_style": "us_a",
                "date_style": "us_slash",
                "band": "2ND UNIT",
                "day_of": "DAY 9  ·  2ND UNIT DAY 1",
                "company": "Jo Daviess Films",
                "director": "Pam Kettering",
                "ad": "Eli Sorensen",
                "weather": "Clear, 61°F / 40°F",
                "call_label": "2ND UNIT CREW CALL",
                "main_label": "MAIN UNIT",
                # HARD: the main unit's (later) call boxed the same size beside the 2nd unit's
                "main_boxed": True,
                "main": 60,
                "main_where": "Main unit: DeSoto House ballroom",
                "set": "the front lawn, the porch and Bouthillier St",
                "base_note": "Honeywagon on the depot lot",
                "shots": [
                    (
                        "12",
                        "Carriage arrives, wide from the hill",
                        "Crane, 18mm",
                        "Carriage",
                        "horses",
                    ),
                    ("12A", "Insert: hooves on gravel", "Low mode, 50mm", "-", ""),
                    ("15", "Porch, doubles for Grant and Julia", "Dolly, 40mm", "2 doubles", ""),
                ],
                "crew": crew,
                "notes": [
                    "Horses on set from 8:00A: quiet around the animals, no drones. Historic "
                    "site: nothing fixed to the house.",
                ],
            },
        ),
        _second(
            "kenoshamuseum",
            "Harbor Lights",
            D(2026, 11, 17),
            "08:00",
            {
                "font": "helvetica",
                "time_style": "military",
                "date_style": "us_dash",
                "band": "SPLINTER UNIT",
                "day_of": "Splinter day 1 of 1",
                "company": "Lakeshore Road Productions",
                "director": "Colin Marsh (2nd unit dir.)",
                "ad": "Dina Ruiz",
                "weather": "Wind off the lake, 44°F / 33°F",
                "call_label": "SPLINTER UNIT CALL",
                "main_label": "Main unit call",
                "main": -60,
                "main_where": "Main unit at the Southport lighthouse (sc. 60-63)",
                "set": "the Dinosaur Discovery gallery and the lakefront steps",
                "base_note": "Crew park on the north end",
                "shots": [
                    ("61", "Exhibits after hours (b-roll)", "Steadicam, 25mm", "-", ""),
                    ("62", "Insert: the brass key", "Macro, 100mm", "Hand dbl", ""),
                    ("64", "Lakefront steps, storm waves", "Sticks, 200mm", "-", "safety line"),
                ],
                "crew": crew,
                "notes": [
                    "Lake-edge work: life vests for anyone within 10 ft of the water. Museum "
                    "security escorts the crew after 1700.",
                ],
            },
        ),
    ]


# --- (5) page 1 a cover with the call in a big box, the details on page 2 --------------------


def _cover(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)
    written = partial(hm, style=t)

    def make() -> bytes:
        c, x0, right = page("letter", g["font"], margin=40.0)
        W = c.width
        # page 1: the cover
        centre(c, 70, g["company"].upper(), 10)
        centre(c, 84, "presents", 8.5, bold=False)
        centre(c, 150, title.upper(), 30)
        centre(c, 172, g["kind"], 11, bold=False)
        centre(c, 222, "CALL SHEET", 20)
        centre(c, 246, day_text(day, g["date_style"]), 13)
        centre(c, 264, g["day_of"], 10, bold=False)
        shoot = add_minutes(call, g["shooting"])
        if g.get("two_boxes"):
            # HARD: the shooting call boxed first, as big as the crew call beside it
            bw = 200.0
            bx = (W - 2 * bw - 16) / 2
            _boxed(c, bx, 290, bw, 90, "SHOOTING CALL", written(shoot), 34)
            _boxed(c, bx + bw + 16, 290, bw, 90, g["call_label"], written(call), 34)
        else:
            bw = 300.0
            bx = (W - bw) / 2
            _boxed(c, bx, 290, bw, 90, g["call_label"], written(call), 40)
            centre(c, 398, f"Shooting call {written(shoot)}", 11, bold=False)
        centre(c, 430, g["overleaf"], 10, bold=False)
        y = 600.0
        for ln in g["contacts"]:
            centre(c, y, ln, 9, bold=False)
            y += 13
        grey(c, 110)
        y += 20
        for ln in [
            "CONFIDENTIAL. This call sheet and the information in it are for cast and crew "
            "only. Do not post, forward or photograph.",
        ]:
            _para(c, x0 + 40, y, ln, 7.5, right - x0 - 80, 10)
        black(c)
        # page 2: the details
        c.new_page()
        c.text(x0, 44, title.upper(), 13, bold=True)
        c.text(x0, 56, g["company"], 8)
        c.right(right, 44, day_text(day, g["date_style"]), 10, bold=True)
        c.right(right, 56, f"{g['day_of']}  ·  {g['call_label'].title()} {written(call)}", 8)
        c.hline(x0, right, 63, 1.0)
        cw = (right - x0) / 3
        cells = [
            (g["loc_label"], [p.name, p.street, p.city, g["set"]]),
            ("BASECAMP / CREW PARKING", [p.base_street, p.base_city, g["base_note"]]),
            (
                "NEAREST HOSPITAL",
                hospital_lines(p),
            ),
        ]
        ruled_cells(c, x0, 72, cw, cells, 64, 0.6, label_size=7, size=8, lead=10.5)
        line = (
            f"Sunrise {written(rise)}   Sunset {written(fall)}   Weather {g['weather']}   "
            f"Breakfast {written(add_minutes(call, -30))}   Lunch {written(add_minutes(call, 360))}"
        )
        fit(c, x0, 152, line, 8.5, right - x0)
        y = _table(
            c,
            x0,
            172,
            ["SC.", "SET / DESCRIPTION", "CAST", "D/N", "PGS"],
            [0, 36, 330, 420, 470],
            g["scenes"],
            right,
            ruled=True,
        )
        y = _table(
            c,
            x0,
            y,
            ["#", "CAST", "CHARACTER", "P/U", "H/MU", "SET"],
            [0, 18, 140, 270, 340, 410],
            [
                (
                    str(n),
                    a,
                    b,
                    written(add_minutes(call, o - 30)),
                    written(add_minutes(call, o)),
                    written(add_minutes(call, o + 60)),
                )
                for n, (a, b, o) in enumerate(g["cast"], 1)
            ],
            right,
            ruled=True,
        )
        y = _table(
            c,
            x0,
            y,
            ["DEPT", "NAME", "CALL", "DEPT", "NAME", "CALL"],
            [0, 90, 200, 266, 356, 466],
            [
                (a, b, written(add_minutes(call, o)), a2, b2, written(add_minutes(call, o2)))
                for (a, b, o), (a2, b2, o2) in zip(g["crew"][::2], g["crew"][1::2], strict=True)
            ],
            right,
            lead=11.5,
        )
        paragraphs(c, x0, y, g["notes"], 7.5, right - x0, 9.5)
        _footer(c, f"{title}  ·  call sheet page 2 of 2")
        return c.output()

    return _sheet(
        f"cover_{key}",
        "us_cover_call_box",
        "US two-page call sheet whose page 1 is a cover: company, 'presents', the title at 30 pt, "
        "the kind of production, CALL SHEET, the date and day, the call in a big centred box with "
        "the shooting call under it, 'details overleaf', the ADs' contacts and a confidentiality "
        "notice; page 2: the title, date and call again, location / basecamp / hospital cells, a "
        f"sun, weather and meals line, scenes, cast, crew; {g['day_of']}",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _cover_sheets() -> list[Sheet]:
    crew = [
        ("1st AD", "Noel Garner", -15),
        ("2nd AD", "Sasha Brooks", -45),
        ("DP", "Vera Lindholm", 0),
        ("Gaffer", "Ike Mahoney", 0),
        ("Key Grip", "Bo Sterling", 0),
        ("Sound", "Amir Haddad", 0),
        ("Props", "June Ostrowski", -30),
        ("Wardrobe", "Lila Ferrante", -60),
    ]
    return [
        _cover(
            "capitol",
            "The Commonwealth",
            D(2026, 11, 9),
            "07:00",
            {
                "font": "times",
                "time_style": "us",
                "date_style": "us_long",
                "company": "Susquehanna Street Films",
                "kind": "a feature film",
                "day_of": "Day 6 of 22",
                "call_label": "GENERAL CREW CALL",
                "shooting": 60,
                "overleaf": "Location, hospital and schedule overleaf (page 2)",
                "contacts": [
                    "1st AD Noel Garner (717) 555-0120   ·   2nd AD Sasha Brooks (717) 555-0188",
                    "Production office (717) 555-0100",
                ],
                "loc_label": "SET LOCATION",
                "set": "the rotunda and the Senate corridor",
                "base_note": "Crew shuttle from 6:15 AM",
                "weather": "Cloudy, 51°F / 36°F",
                "scenes": [
                    ("31", "INT. CAPITOL ROTUNDA - the governor's walk", "1, 3, BG", "D", "2 2/8"),
                    ("32", "INT. SENATE CORRIDOR - Halloran is cornered", "1, 2", "D", "1 5/8"),
                    ("35", "INT. ROTUNDA STAIRS - the leak", "2", "D", "4/8"),
                ],
                "cast": [
                    ("Diane Mercer", "GOV. HALLORAN", 0),
                    ("Paul Yates", "AIDE KRAMER", 30),
                    ("Ruth Adeyemi", "REPORTER", 90),
                ],
                "crew": crew,
                "notes": [
                    "The Capitol is a working building: tours pass the rotunda at 10:00 and "
                    "2:00. Capitol Police escort all equipment.",
                ],
            },
        ),
        _cover(
            "crrnj",
            "Platform Nine",
            D(2026, 10, 20),
            "06:00",
            {
                "font": "helvetica",
                "time_style": "us_lower",
                "date_style": "us_ordinal",
                "company": "Communipaw Pictures",
                "kind": "Limited series  ·  Episode 3 \u201cThe Last Ferry\u201d",
                "day_of": "Day 14 of 48",
                "call_label": "CREW CALL",
                "shooting": 75,
                "overleaf": "All details on page 2",
                "contacts": [
                    "1st AD Noel Garner (201) 555-0120   ·   2nd AD Sasha Brooks (201) 555-0188",
                ],
                "loc_label": "LOCATION",
                "set": "the waiting room and the train shed platforms",
                "base_note": "Basecamp and crew parking together",
                "weather": "Sunny, 63°F / 50°F",
                "scenes": [
                    (
                        "3/12",
                        "INT. TERMINAL WAITING ROOM - 1917 - the crowd",
                        "1, 4, BG",
                        "D",
                        "3 1/8",
                    ),
                    ("3/14", "EXT. TRAIN SHED - Mae runs for the ferry", "1", "D", "1 0/8"),
                ],
                "cast": [
                    ("Cora Lindell", "MAE", 0),
                    ("Ezra Stone", "THE CONDUCTOR", 60),
                ],
                "crew": crew,
                "notes": [
                    "Park service rules: no smoking anywhere in the park, vehicles on the "
                    "marked lots only. 150 BG in holding at the Liberty Science Center tent.",
                ],
            },
        ),
        _cover(
            "fordyce",
            "Spa City",
            D(2026, 12, 10),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "us_a",
                "date_style": "us_slash",
                "company": "Ouachita Lane Entertainment",
                "kind": "Pilot",
                "day_of": "Day 3 of 12",
                "call_label": "GENERAL CREW CALL",
                # HARD: the shooting call boxed first on the cover, as big as the crew call
                "two_boxes": True,
                "shooting": 60,
                "overleaf": "Details overleaf",
                "contacts": ["2nd AD Sasha Brooks (501) 555-0188"],
                "loc_label": "SET",
                "set": "the men's bath hall and the gymnasium",
                "base_note": "Trucks on Exchange St after 9P",
                "weather": "Drizzle, 52°F / 40°F",
                "scenes": [
                    ("7", "INT. BATHHOUSE - 1931 - the deal in the steam", "1, 2", "D", "2 3/8"),
                    ("8", "INT. GYMNASIUM - the boxer trains", "3", "D", "1 1/8"),
                    ("10", "INT. BATH HALL - Lucky is warned", "1, 3", "D", "7/8"),
                ],
                "cast": [
                    ("Frank DiNapoli", "LUCKY", 0),
                    ("Abel Moreno", "SHERIFF HALE", 60),
                    ("Jace Tillman", "KID BRODY", 30),
                ],
                "crew": crew,
                "notes": [
                    "National Park Service property: nothing on the tile, no haze without the "
                    "ranger's sign-off. Steam is a practical effect: SFX only.",
                ],
            },
        ),
    ]


# --- (6) aerial (drone) unit sheets: Part 107, take-off / landing zone, civil twilight -------


def _aerial(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    twilight = civil_dawn(p, day)
    t = g["time_style"]
    written = partial(hm, style=t)

    def make() -> bytes:
        c, x0, right = page("letter", g["font"], margin=36.0)
        c.text(x0, 42, g["unit"], 15, bold=True)
        c.text(x0, 55, f"{title}  ·  {g['company']}", 9)
        c.right(right, 42, "sUAS OPERATIONS", 9, bold=True)
        c.right(right, 55, "14 CFR Part 107  ·  " + g["waiver"], 8)
        c.hline(x0, right, 62, 1.2)
        window = f"{written(g['window'][0])} - {written(g['window'][1])}"
        if g.get("twilight_first"):
            # HARD: civil twilight and sunrise share one cell, the twilight first
            sun_cells = [
                ("MORNING TWILIGHT / SUNRISE", f"{written(twilight)} / {written(rise)}"),
                ("SUNSET", written(fall)),
            ]
        else:
            sun_cells = [
                ("SUNRISE", written(rise)),
                ("SUNSET", written(fall)),
                ("CIVIL TWILIGHT (AM)", written(twilight)),
            ]
        cells = [
            ("DATE", day_text(day, g["date_style"])),
            (g["call_label"], written(call)),
            ("FLIGHT WINDOW", window),
            *sun_cells,
            ("AIRSPACE", g["airspace"]),
            ("LAANC / AUTH #", g["auth"]),
            ("MAX ALTITUDE", g["max_alt"]),
        ]
        cw = (right - x0) / 3
        y = 70.0
        for i, (lab, val) in enumerate(cells):
            col = i % 3
            row = i // 3
            xx = x0 + col * cw
            yy = y + row * 36
            c.box(xx, yy, cw, 36, 0.6)
            c.text(xx + 4, yy + 10, lab, 6.5, bold=True)
            big = lab == g["call_label"]
            fit(c, xx + 4, yy + 28, val, 15 if big else 10, cw - 8, bold=big)
        y += 36 * ((len(cells) + 2) // 3) + 10
        bw = (right - x0) / 3
        boxes = [
            ("TAKE-OFF / LANDING ZONE (TOLZ)", [p.name, p.street, p.city, g["set"]]),
            ("CREW PARKING", [p.base_street, p.base_city, g["park_note"]]),
            (
                "NEAREST HOSPITAL",
                hospital_lines(p),
            ),
        ]
        ruled_cells(c, x0, y, bw, boxes, 64, 0.6, label_size=7, size=8, lead=10.5)
        y += 82
        c.text(x0, y, "FLIGHT PLAN", 9, bold=True)
        y = _table(
            c,
            x0,
            y + 14,
            ["FLT", "TIME", "SHOT", "ALT (AGL)", "AIRCRAFT", "NOTES"],
            [0, 30, 100, 330, 400, 470],
            [
                (str(n), written(tm), shot, alt, ac, note)
                for n, (tm, shot, alt, ac, note) in enumerate(g["flights"], 1)
            ],
            right,
            ruled=True,
        )
        y = _table(
            c,
            x0,
            y,
            ["ROLE", "NAME", "CERT / NOTE", "CELL", "CALL"],
            [0, 110, 230, 390, 470],
            [(a, b, cert, ph, written(add_minutes(call, o))) for a, b, cert, ph, o in g["crew"]],
            right,
            lead=11.5,
        )
        titled_notes(c, x0, y, "SAFETY BRIEF", 8.5, g["notes"], 7.5, right - x0, 9.5, gap=11)
        _footer(c, f"{title}  ·  aerial unit  ·  RPIC has final say on every flight")
        return c.output()

    return _sheet(
        f"aerial_{key}",
        "us_aerial_drone_unit",
        "US aerial (drone) unit call sheet, letter: the unit and title left, 'sUAS OPERATIONS' "
        "and '14 CFR Part 107' right; a ruled grid of label cells (DATE, CREW CALL at 15 pt, "
        "FLIGHT WINDOW, SUNRISE, SUNSET, CIVIL TWILIGHT (AM), AIRSPACE, LAANC / AUTH #, MAX "
        "ALTITUDE); TAKE-OFF / LANDING ZONE (TOLZ), CREW PARKING and NEAREST HOSPITAL cells; a "
        "ruled flight plan (flight, time, shot, altitude, aircraft); crew with Part 107 "
        f"certificates and calls; a safety brief; {g['unit']}",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _aerial_sheets() -> list[Sheet]:
    return [
        _aerial(
            "colonias",
            "River Run",
            D(2026, 11, 19),
            "05:45",
            {
                "font": "helvetica",
                "time_style": "us",
                "date_style": "us_slash",
                "unit": "AERIAL UNIT CALL SHEET",
                "company": "Mesa Verde Creative for Canyon Outfitters",
                "waiver": "no waiver needed",
                "call_label": "CREW CALL",
                "window": ("06:33", "09:00"),
                "airspace": "Class D (GJT) - LAANC",
                "auth": "LAANC GJT-4471-26",
                "max_alt": "200 ft AGL",
                "set": "TOLZ on the river terrace lawn, east of the amphitheater",
                "park_note": "Park facing out; no vehicles on the lawn",
                "flights": [
                    (
                        "06:35",
                        "Dawn reveal over the Colorado River",
                        "150 ft",
                        "Inspire 3",
                        "twilight lights on",
                    ),
                    ("07:10", "Rafts launch, top-down", "120 ft", "Inspire 3", "talent on river"),
                    ("07:45", "FPV through the river trail", "30 ft", "FPV 5in", "closed trail"),
                    ("08:30", "Wide of the Monument from the river", "200 ft", "Inspire 3", ""),
                ],
                "crew": [
                    ("RPIC", "Tyler Greaves", "Part 107 #4321987", "(970) 555-0144", 0),
                    ("Visual Observer", "Ana Ruiz", "VO", "(970) 555-0108", 0),
                    ("Camera Op (gimbal)", "Cole Brandt", "", "(970) 555-0161", 0),
                    ("FPV Pilot", "Jenna Marks", "Part 107 #4410652", "(970) 555-0192", 60),
                    ("Producer", "Will Ortega", "", "(970) 555-0119", -15),
                ],
                "notes": [
                    "No flights over people not in the production. Anti-collision lights on "
                    "for every flight before sunrise. Wind limit 20 mph sustained.",
                ],
            },
        ),
        _aerial(
            "giantsprings",
            "Big Sky Water",
            D(2026, 10, 15),
            "06:30",
            {
                "font": "sans",
                "time_style": "us_a",
                "date_style": "us_ord_plain",
                "unit": "DRONE UNIT - CALL SHEET",
                "company": "Electric City Films",
                "waiver": "107.39 waiver on file",
                # HARD: morning civil twilight and sunrise share one cell, the twilight first
                "twilight_first": True,
                "call_label": "CREW CALL",
                "window": ("07:20", "10:30"),
                "airspace": "Class G",
                "auth": "not required (Class G)",
                "max_alt": "400 ft AGL",
                "set": "TOLZ at the river's edge picnic area below the spring",
                "park_note": "Gate opens 6:15A for the crew",
                "flights": [
                    ("07:45", "Sunrise over the Missouri, orbit", "250 ft", "Mavic 3 Cine", ""),
                    ("08:10", "The spring pools, top-down", "80 ft", "Mavic 3 Cine", "no visitors"),
                    (
                        "09:00",
                        "Rainbow Dam from downstream",
                        "300 ft",
                        "Inspire 3",
                        "dam security ok",
                    ),
                ],
                "crew": [
                    ("RPIC", "Lane Hofer", "Part 107 #3987124", "(406) 555-0170", 0),
                    ("Visual Observer", "Kara Wells", "VO", "(406) 555-0136", 0),
                    ("Camera Op", "Shane Doyle", "", "(406) 555-0115", 0),
                    ("Producer", "Molly Rusch", "", "(406) 555-0181", -30),
                ],
                "notes": [
                    "State park rules: flights from the TOLZ only, park staff notified. Ops "
                    "over the fish hatchery are not allowed.",
                ],
            },
        ),
        _aerial(
            "baybeach",
            "Flyway",
            D(2026, 10, 27),
            "06:15",
            {
                "font": "helvetica",
                "time_style": "military",
                "date_style": "us_caps",
                "unit": "AERIAL UNIT",
                "company": "Fox River Documentary Co.",
                "waiver": "LAANC",
                "call_label": "UNIT CALL",
                "window": ("07:00", "09:30"),
                "airspace": "Class C (GRB) shelf",
                "auth": "LAANC GRB-20261027-02",
                "max_alt": "100 ft AGL",
                "set": "TOLZ at the pond overlook lawn",
                "park_note": "Nature Center lot, spaces by the fence",
                "flights": [
                    (
                        "07:05",
                        "Geese lift off the pond (long lens only)",
                        "100 ft",
                        "Mavic 3 Pro",
                        "keep 300 ft off",
                    ),
                    ("07:45", "Shoreline of the bay", "100 ft", "Mavic 3 Pro", ""),
                    ("08:40", "Sanctuary paths, low and slow", "60 ft", "Mavic 3 Pro", ""),
                ],
                "crew": [
                    ("RPIC", "Dale Kowalczyk", "Part 107 #4098335", "(920) 555-0127", 0),
                    ("Visual Observer", "Nina Sorensen", "VO", "(920) 555-0175", 0),
                    ("Wildlife adviser", "Dr. Amy Roth", "sanctuary staff", "(920) 555-0140", 30),
                    ("Director", "Ben Falk", "", "(920) 555-0111", 0),
                ],
                "notes": [
                    "Wildlife first: abort any flight that flushes birds. Sanctuary staff can "
                    "stop operations at any time.",
                ],
            },
        ),
    ]


# --- near misses: share call-sheet words, are not call sheets -------------------------------


def _sound_report() -> bytes:
    """A production sound report: roll, date, location, timecode and the take-by-take log."""
    c, x0, right = page("letter", "helvetica", margin=34.0)
    c.text(x0, 42, "SOUND REPORT", 16, bold=True)
    c.right(right, 42, "Roll SR-014  ·  Sheet 1 of 2", 9)
    c.hline(x0, right, 49, 1.0)
    hdr = [
        ("Production", "The Commonwealth"),
        ("Date", "11/09/2026"),
        ("Location", "PA State Capitol, Harrisburg"),
        ("Mixer", "Amir Haddad"),
        ("Boom", "Jo Whelan"),
        ("Recorder", "Sound Devices 888"),
        ("Sample rate", "48 kHz / 24 bit"),
        ("Timecode", "23.976 ND, free run TOD"),
    ]
    label_grid(c, x0, 66, right, hdr, 2, 13, (7.5, 8.5), 70)
    c.text(x0, 130, "Tracks: 1 Mix L  2 Boom  3 Lav Halloran  4 Lav Kramer  5 Lav Reporter", 8)
    _table(
        c,
        x0,
        150,
        ["FILE", "SCENE", "TAKE", "TC START", "LENGTH", "CIRCLE", "NOTES"],
        [0, 50, 100, 140, 230, 290, 340],
        [
            ("T001", "31", "1", "07:58:12", "02:41", "", "tone + slate"),
            ("T002", "31", "2", "08:04:37", "02:55", "(2)", ""),
            ("T003", "31", "3", "08:11:02", "03:02", "(3)", "tour group in bg at end"),
            ("T004", "32", "1", "09:26:44", "01:48", "", "HVAC on, wild line after"),
            ("T005", "32", "WT1", "09:31:10", "00:22", "", "wild line: 'not in this building'"),
            ("T006", "32", "2", "09:40:03", "01:51", "(2)", "HVAC off"),
            ("T007", "RT", "-", "10:02:00", "01:00", "", "room tone, rotunda"),
        ],
        right,
        size=8.5,
        lead=15,
        ruled=True,
    )
    _para(
        c,
        x0,
        290,
        "Notes to post: lav 4 rustle on T002 after 01:30; use the boom. Poly WAV, metadata "
        "entered. Card A to DIT at lunch, card B stays with the mixer.",
        8.5,
        right - x0,
        12,
    )
    c.text(x0, 340, "Mixer signature: ______________________", 8.5)
    return c.output()


def _exhibit_g() -> bytes:
    """A SAG-AFTRA Exhibit G performers' production time report: one row a performer."""
    c, x0, right = page("letter", "helvetica", margin=26.0, orientation="L")
    centre(c, 36, "SCREEN ACTORS GUILD - AMERICAN FEDERATION OF TELEVISION AND RADIO ARTISTS", 9)
    centre(c, 52, "PERFORMERS PRODUCTION TIME REPORT  (EXHIBIT G)", 13)
    hdr = [
        ("Picture", "Spa City (Pilot)"),
        ("Production Co.", "Ouachita Lane Entertainment"),
        ("Date", "12/10/2026"),
        ("Shooting location", "Fordyce Bathhouse, 369 Central Ave, Hot Springs, AR"),
        ("Prod. No.", "OLE-101"),
        ("Day off?", "No"),
    ]
    label_grid(c, x0, 72, right, hdr, 3, 13, (7, 8), 86)
    _table(
        c,
        x0,
        110,
        [
            "CAST",
            "CHARACTER",
            "W/H",
            "REPORT ON SET",
            "DISMISS ON SET",
            "1st MEAL OUT",
            "1st MEAL IN",
            "TRAVEL",
            "STUNT ADJ.",
            "FORCED CALL",
            "SIGNATURE",
        ],
        [0, 90, 170, 200, 260, 320, 375, 430, 480, 535, 595],
        [
            ("Frank DiNapoli", "LUCKY", "W", "7:00A", "6:12P", "1:00P", "1:30P", "-", "", "", ""),
            (
                "Abel Moreno",
                "SHERIFF HALE",
                "W",
                "8:00A",
                "4:40P",
                "1:00P",
                "1:30P",
                "-",
                "",
                "",
                "",
            ),
            ("Jace Tillman", "KID BRODY", "W", "7:30A", "3:05P", "1:00P", "1:30P", "-", "", "", ""),
            ("Mo Greer", "STUNT DBL", "W", "9:00A", "2:30P", "1:00P", "1:30P", "-", "$350", "", ""),
        ],
        right,
        size=7.5,
        lead=18,
        ruled=True,
        heads_to_column=True,
    )
    _para(
        c,
        x0,
        230,
        "Performers: check your times before you sign. Times are actual, not scheduled. Copies to "
        "the Union within 15 business days of the completion of photography.",
        8,
        right - x0,
        11,
    )
    c.text(x0, 270, "Production executive: ____________________   2nd AD: Sasha Brooks", 8)
    return c.output()


def _appearance_release() -> bytes:
    """A documentary interviewee's appearance release: name, date, place, grant, signature."""
    c, x0, right = page("letter", "times", margin=72.0)
    centre(c, 72, "Muskeg Lake Films Inc.", 12)
    centre(c, 92, "APPEARANCE RELEASE", 15)
    centre(c, 108, "Documentary: \u201cIce Roads North\u201d (working title)", 10, bold=False)
    y = 140.0
    for k in [
        "Name: Marlene Kakegamic",
        "Date of interview: Thursday, November 12, 2026",
        "Place: Lake of the Woods Museum, 300 Main St S, Kenora, ON",
    ]:
        c.text(x0, y, k, 11)
        y += 17
    y += 10
    for para in [
        "For good and valuable consideration, receipt of which I acknowledge, I grant Muskeg "
        "Lake Films Inc., its licensees and assigns the right to record, photograph and film "
        "my appearance, voice and likeness in the interview given on the date above, and to use "
        "it, in whole or in part, in the documentary and in its promotion, in all media now "
        "known or later devised, throughout the world and in perpetuity.",
        "I understand that I will not be paid for my appearance, that the producer is not "
        "obliged to use the interview, and that the producer will tell me before broadcast if "
        "any part of the interview about my family is to be used.",
        "I confirm that I am 18 years of age or older and that I have read this release and "
        "understand it.",
    ]:
        y = _para(c, x0, y, para, 11, right - x0, 15) + 10
    y += 30
    for lab in ["Signature", "Witness (producer)", "Date"]:
        c.hline(x0 + 130, right, y, 0.5)
        c.text(x0, y - 2, lab, 10)
        y += 30
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "near_miss_sound_report",
            "near_miss",
            "a production sound report, letter: production, date, location town, mixer, boom, "
            "recorder, timecode; a ruled file / scene / take / TC start / length / circled take "
            "log with morning times; notes to post; signature",
            _sound_report,
            OTHER,
        ),
        _sheet(
            "near_miss_exhibit_g",
            "near_miss",
            "a SAG-AFTRA Exhibit G performers' production time report, letter landscape: "
            "picture, company, date, shooting location with street address; one row a performer "
            "with report / dismiss / meal times (7:00A, 8:00A ...) and signature blanks",
            _exhibit_g,
            OTHER,
        ),
        _sheet(
            "near_miss_appearance_release",
            "near_miss",
            "a documentary appearance release, letter, Times: company, title, the interviewee's "
            "name, the date and place of the interview (a museum's street address), the grant "
            "of rights in paragraphs, signature / witness / date lines",
            _appearance_release,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_school_sheets(),
        *_doc_sheets(),
        *_event_sheets(),
        *_second_sheets(),
        *_cover_sheets(),
        *_aerial_sheets(),
        *_other_sheets(),
    ]
