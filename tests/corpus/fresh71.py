"""Seventy-second held-out set: UK and Irish call sheets in layouts the corpus lacks, in towns of
the Scottish Highlands and islands, the Yorkshire Dales, Cornwall, the Antrim coast and Cumbria
not yet in the corpus (`fresh71_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh71"). High-end TV drama two-page unit call sheets, a UNIT BASE / CREW
PARKING / LOCATION row each with its own '///what3words' line on page 1, cast, transport and
the A&E on page 2 (Plockton, Ullapool, Dornoch); factual series' self-shooting PD shoot-day
sheets with a lone-working check-in plan (Hawes, Grassington, Reeth); commercial call sheets
with an AGENCY / CLIENT block and a big CALL TIME box (Padstow, Fowey, Port Isaac); Northern
Irish feature sheets with a MOVEMENT ORDER table (Ballycastle, Cushendall, Carnlough); Gaelic /
English bilingual sheets for BBC ALBA (Tobermory, Tarbert, Lochmaddy); BFI NETWORK short film
call sheets laid out landscape (Coniston, Cockermouth, Ulverston). Three near misses, all
`other`: a shinty fixture card, a fell race's runners' instructions and a livestock mart's
sale timetable.

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
    # (1) Highland high-end TV drama, two-page unit call sheets with what3words
    "plockton": _p(
        "uk",
        "Plockton Harbour",
        "Harbour Street",
        "Plockton IV52 8TN",
        57.3346,
        -5.6476,
        "Europe/London",
        "Dr MacKinnon Memorial Hospital",
        "High Road",
        "Broadford, Isle of Skye IV49 9AA",
        "01471 822491",
        "Plockton station yard, Station Road",
        "Plockton IV52 8TN",
    ),
    "ullapool": _p(
        "uk",
        "Ullapool Harbour",
        "Shore Street",
        "Ullapool IV26 2UR",
        57.8958,
        -5.1592,
        "Europe/London",
        "Raigmore Hospital",
        "Old Perth Road",
        "Inverness IV2 3UJ",
        "01463 704000",
        "Ullapool High School car park, Mill Street",
        "Ullapool IV26 2UN",
    ),
    "dornoch": _p(
        "uk",
        "Dornoch Cathedral",
        "Cathedral Square",
        "Dornoch IV25 3SJ",
        57.8806,
        -4.0286,
        "Europe/London",
        "Raigmore Hospital",
        "Old Perth Road",
        "Inverness IV2 3UJ",
        "01463 704000",
        "Dornoch Links car park, Golf Road",
        "Dornoch IV25 3LW",
    ),
    # (2) Yorkshire Dales factual series, self-shooting PD's shoot-day sheets
    "hawes": _p(
        "uk",
        "Dales Countryside Museum",
        "Station Yard",
        "Hawes DL8 3NT",
        54.3040,
        -2.1960,
        "Europe/London",
        "Darlington Memorial Hospital",
        "Hollyhurst Road",
        "Darlington DL3 6HX",
        "01325 380100",
        "National Park car park, Gayle Lane",
        "Hawes DL8 3RA",
    ),
    "grassington": _p(
        "uk",
        "Grassington National Park Centre",
        "Hebden Road",
        "Grassington BD23 5LB",
        54.0700,
        -1.9990,
        "Europe/London",
        "Airedale General Hospital",
        "Skipton Road, Steeton",
        "Keighley BD20 6TD",
        "01535 652511",
        "National Park Centre car park",
        "Grassington BD23 5LB",
    ),
    "reeth": _p(
        "uk",
        "Swaledale Museum",
        "The Green",
        "Reeth DL11 6QT",
        54.3890,
        -1.9440,
        "Europe/London",
        "Darlington Memorial Hospital",
        "Hollyhurst Road",
        "Darlington DL3 6HX",
        "01325 380100",
        "Reeth Green (honesty box)",
        "Reeth DL11 6SZ",
    ),
    # (3) Cornish commercials, AGENCY / CLIENT block and CALL TIME box
    "padstow": _p(
        "uk",
        "Padstow Harbour",
        "North Quay",
        "Padstow PL28 8AF",
        50.5420,
        -4.9380,
        "Europe/London",
        "Royal Cornwall Hospital",
        "Treliske",
        "Truro TR1 3LJ",
        "01872 250000",
        "Link Road car park",
        "Padstow PL28 8BL",
    ),
    "fowey": _p(
        "uk",
        "Readymoney Cove",
        "Readymoney Road",
        "Fowey PL23 1JH",
        50.3300,
        -4.6400,
        "Europe/London",
        "Royal Cornwall Hospital",
        "Treliske",
        "Truro TR1 3LJ",
        "01872 250000",
        "Readymoney car park, Tower Park",
        "Fowey PL23 1JD",
    ),
    "port_isaac": _p(
        "uk",
        "Port Isaac Harbour",
        "The Platt",
        "Port Isaac PL29 3RH",
        50.5930,
        -4.8300,
        "Europe/London",
        "Royal Cornwall Hospital",
        "Treliske",
        "Truro TR1 3LJ",
        "01872 250000",
        "Port Isaac top car park, New Road",
        "Port Isaac PL29 3SB",
    ),
    # (4) Northern Irish feature sheets with a MOVEMENT ORDER
    "ballycastle": _p(
        "uk",
        "Ballycastle Marina",
        "Bayview Road",
        "Ballycastle BT54 6BT",
        55.2050,
        -6.2420,
        "Europe/London",
        "Causeway Hospital",
        "4 Newbridge Road",
        "Coleraine BT52 1HS",
        "028 7032 7032",
        "Quay Road car park",
        "Ballycastle BT54 6BH",
    ),
    "cushendall": _p(
        "uk",
        "The Curfew Tower",
        "Mill Street",
        "Cushendall BT44 0RR",
        55.0810,
        -6.0640,
        "Europe/London",
        "Antrim Area Hospital",
        "45 Bush Road",
        "Antrim BT41 2RL",
        "028 9442 4000",
        "Legge Green, Coast Road",
        "Cushendall BT44 0SS",
    ),
    "carnlough": _p(
        "uk",
        "Carnlough Harbour",
        "Harbour Road",
        "Carnlough BT44 0EU",
        54.9930,
        -5.9880,
        "Europe/London",
        "Antrim Area Hospital",
        "45 Bush Road",
        "Antrim BT41 2RL",
        "028 9442 4000",
        "Town Hall car park, Harbour Road",
        "Carnlough BT44 0EU",
    ),
    # (5) Gaelic / English bilingual sheets (BBC ALBA), Mull and the Outer Hebrides
    "tobermory": _p(
        "uk",
        "Tobermory Pier",
        "Main Street",
        "Tobermory, Isle of Mull PA75 6NU",
        56.6230,
        -6.0650,
        "Europe/London",
        "Lorn and Islands Hospital",
        "Glengallan Road",
        "Oban PA34 4HH",
        "01631 567500",
        "Aros car park, Ledaig",
        "Tobermory PA75 6NR",
    ),
    "tarbert": _p(
        "uk",
        "Isle of Harris Distillery",
        "Main Street",
        "Tarbert, Isle of Harris HS3 3DJ",
        57.8980,
        -6.8010,
        "Europe/London",
        "Western Isles Hospital",
        "MacAulay Road",
        "Stornoway HS1 2AF",
        "01851 704704",
        "Ferry terminal car park, Pier Road",
        "Tarbert HS3 3DG",
    ),
    "lochmaddy": _p(
        "uk",
        "Taigh Chearsabhagh",
        "Pier Road",
        "Lochmaddy, North Uist HS6 5AA",
        57.5970,
        -7.1620,
        "Europe/London",
        "Uist and Barra Hospital",
        "Balivanich",
        "Isle of Benbecula HS7 5LA",
        "01870 603603",
        "Lochmaddy ferry car park",
        "Lochmaddy HS6 5AA",
    ),
    # (6) Cumbrian BFI NETWORK short films, landscape sheets
    "coniston": _p(
        "uk",
        "Coniston Boating Centre",
        "Lake Road",
        "Coniston LA21 8AN",
        54.3650,
        -3.0680,
        "Europe/London",
        "Furness General Hospital",
        "Dalton Lane",
        "Barrow-in-Furness LA14 4LF",
        "01229 870870",
        "Boating Centre car park",
        "Coniston LA21 8AN",
    ),
    "cockermouth": _p(
        "uk",
        "Wordsworth House",
        "Main Street",
        "Cockermouth CA13 9RX",
        54.6630,
        -3.3640,
        "Europe/London",
        "West Cumberland Hospital",
        "Homewood Road, Hensingham",
        "Whitehaven CA28 8JG",
        "01946 693181",
        "Wakefield Road car park",
        "Cockermouth CA13 0HR",
    ),
    "ulverston": _p(
        "uk",
        "Ulverston Market Hall",
        "New Market Street",
        "Ulverston LA12 7LJ",
        54.1950,
        -3.0920,
        "Europe/London",
        "Furness General Hospital",
        "Dalton Lane",
        "Barrow-in-Furness LA14 4LF",
        "01229 870870",
        "Gill car park, The Gill",
        "Ulverston LA12 7BJ",
    ),
}

UK_WD = ["Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun"]
GD_WD = ["Diluain", "Dimàirt", "Diciadain", "Diardaoin", "Dihaoine", "Disathairne", "Didòmhnaich"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "uk": f"{h:02d}:{m:02d}",  # "07:30"
        "uk_mil": f"{h:02d}{m:02d}",  # "0730"
        "uk_dot": f"{h12}.{m:02d}{ap.lower()}",  # "7.30am"
        "uk_short": f"{h12}{'.' + f'{m:02d}' if m else ''}{ap.lower()}",  # "8am", "7.30am"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "uk_weds": f"{UK_WD[d.weekday()]} {ordinal(d.day)} {d:%b} {d.year}",
        "slash": f"{d:%d/%m/%Y}",  # "14/10/2026"
        "dots": f"{d:%d.%m.%Y}",
        "gd_dots": f"{GD_WD[d.weekday()]} / {d:%A}  {d:%d.%m.%Y}",
        "short_dash": f"{d:%a} {d.day}-{d:%b}-{d:%y}",  # "Sat 3-Oct-26"
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh71")
_table = partial(head_table, size=7.5, lead=12)
_family = partial(family, _sheet, P)


def _block(
    c: Canvas, x: float, y: float, w: float, head: str, lines: list[str], size: float = 8.5
) -> float:
    """A boxed block: bold heading, then its lines; returns the y under the box."""
    h = 16 + 11 * len(lines)
    c.box(x, y, w, h, 0.6)
    c.text(x + 5, y + 11, head, 7.5, bold=True)
    for i, ln in enumerate(lines):
        fit(c, x + 5, y + 23 + 11 * i, ln, size, w - 10)
    return y + h


def _white(c: Canvas) -> None:
    c.pdf.set_text_color(255, 255, 255)


def _black(c: Canvas) -> None:
    c.pdf.set_text_color(0, 0, 0)


def _hospital(p: Place) -> list[str]:
    return [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]


# --- (1) HETV two-page unit call sheet: UNIT BASE / CREW PARKING / LOCATION, what3words ---------


@_family(
    "uk_hetv_two_page_w3w",
    "Scottish Highland high-end TV drama unit call sheet on two A4 pages: page 1 the company, "
    "the title centred, 'CALL SHEET No. 23' and 'Shooting Day 23 of 62'; a ruled row UNIT CALL "
    "/ BREAKFAST / LUNCH / EST. WRAP / SUNRISE / SUNSET; three boxes UNIT BASE, CREW PARKING, "
    "LOCATION each with an address and a '///what3words' line; SC / SET / D/N / PGS / CAST; "
    "page 2 'CALL SHEET No. 23 - page 2': cast times, transport, NEAREST A&E, notes",
    name="hetv_{key}",
)
def _hetv(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "helvetica", margin=32.0)
    c.text(x0, 42, g["company"], 9, bold=True)
    grey_text(c, x0, 54, g["for"], 7.5)
    centre(c, 48, title.upper(), 18)
    c.right(right, 42, f"CALL SHEET No. {g['n']}", 10, bold=True)
    c.right(right, 54, g["day_of"], 8.5)
    c.text(x0, 78, day_text(day, g["date_style"]), 12, bold=True)
    c.right(right, 78, f"Director: {g['director']}   1st AD: {g['ad']}", 8)
    heads = ["UNIT CALL", "BREAKFAST", "LUNCH", "EST. WRAP", "SUNRISE", "SUNSET"]
    vals = [
        hm(call, t),
        hm(add_minutes(call, g["breakfast"]), t),
        hm(add_minutes(call, g["lunch"]), t),
        hm(add_minutes(call, g["wrap"]), t),
        hm(rise, t),
        hm(fall, t),
    ]
    w = (right - x0) / 6
    for i, (hd, v) in enumerate(zip(heads, vals, strict=True)):
        c.box(x0 + i * w, 86, w, 38, 1.4 if i == 0 else 0.6)
        c.text(x0 + i * w + 5, 97, hd, 7, bold=True)
        c.text(x0 + i * w + 5, 117, v, 14 if i == 0 else 11, bold=i == 0)
    w3 = (right - x0 - 12) / 3
    blocks = [
        ("UNIT BASE", [p.base_street, p.base_city, g["w3w_base"], g["base_note"]]),
        ("CREW PARKING", [g["parking"], g["w3w_park"], g["park_note"]]),
        ("LOCATION", [p.name, p.street, p.city, g["set"], g["w3w_loc"]]),
    ]
    ys = [_block(c, x0 + i * (w3 + 6), 134, w3, hd, ln) for i, (hd, ln) in enumerate(blocks)]
    y = max(ys) + 12
    c.text(x0, y, f"Weather: {g['weather']}", 8.5)
    y = _table(
        c,
        x0,
        y + 16,
        ["SC", "SET", "D/N", "PGS", "CAST"],
        [0, 36, 300, 345, 390],
        g["scenes"],
        right,
    )
    if not g.get("ae_page2"):
        _block(c, x0, y + 6, 260, "NEAREST A&E", _hospital(p))
    footer(c, f"{title} · Call Sheet {g['n']} · page 1 of 2 · PRIVATE & CONFIDENTIAL", x0)
    c.new_page()
    c.text(x0, 42, f"{title.upper()} - CALL SHEET No. {g['n']} - page 2", 11, bold=True)
    c.hline(x0, right, 48, 1.0)
    rows = [
        (
            n,
            a,
            ch,
            hm(add_minutes(call, o - 30), t),
            hm(add_minutes(call, o), t),
            hm(add_minutes(call, o + 60), t),
        )
        for n, a, ch, o in g["cast"]
    ]
    y = _table(
        c,
        x0,
        68,
        ["#", "ARTIST", "CHARACTER", "P/UP", "H/MU", "ON SET"],
        [0, 24, 170, 320, 380, 440],
        rows,
        right,
    )
    c.text(x0, y + 8, "TRANSPORT", 9, bold=True)
    y = _table(
        c,
        x0,
        y + 22,
        ["DRIVER", "VEHICLE", "PICK UP", "FROM", "TO"],
        [0, 90, 170, 230, 380],
        [(d, v, hm(add_minutes(call, o), t), f, to) for d, v, o, f, to in g["transport"]],
        right,
    )
    if g.get("ae_page2"):
        y = _block(c, x0, y + 8, 260, "NEAREST A&E (24 HR)", _hospital(p))
    titled_notes(c, x0, y + 18, "NOTES", 9, g["notes"], 8, right - x0, 10)
    footer(c, f"{title} · Call Sheet {g['n']} · page 2 of 2", x0)
    return c.output()


def _hetv_sheets() -> list[Sheet]:
    return [
        _hetv(
            "plockton",
            "The Salt Road",
            D(2027, 5, 18),
            "07:00",
            {
                "time_style": "uk",
                "date_style": "uk_long",
                "company": "Lochcarron Pictures Ltd",
                "for": "for BBC Scotland / BBC One",
                "n": "23",
                "day_of": "Shooting Day 23 of 62",
                "director": "Fiona Matheson",
                "ad": "Calum Reid",
                "breakfast": -45,
                "lunch": 330,
                "wrap": 660,
                "w3w_base": "///ferry.lamps.gravel",
                "base_note": "Catering, costume, make-up, honeywagons",
                "parking": "Plockton Primary School playing field (by kind permission)",
                "w3w_park": "///rowing.pines.stays",
                "park_note": "Walk to set 8 mins. No crew cars on Harbour St.",
                "set": "the harbour wall and the boat slip",
                "w3w_loc": "///tidal.spoon.harbour",
                "weather": "Bright spells, 13°C, SW 10 mph",
                "scenes": [
                    ("41", "EXT. HARBOUR WALL - MORNING", "D9", "2 1/8", "1, 3"),
                    ("42", "EXT. BOAT SLIP", "D9", "1 4/8", "1, 3, 7"),
                    ("58", "INT. CREEL BOAT 'MORAG' - MOORED", "D12", "6/8", "3"),
                ],
                "cast": [
                    ("1", "Kirsty Munro", "Ailsa Grant", 0),
                    ("3", "Euan Ross", "Donnie Grant", 30),
                    ("7", "Marion Lyle", "Mrs MacRae", 180),
                ],
                "transport": [
                    ("Alec", "Unit minibus", -30, "Plockton Hotel", "Unit base"),
                    ("Sheena", "Artist car 1", -60, "Balmacara", "Unit base"),
                ],
                "notes": [
                    "Tide: low water 11:40. The slip is weedy: boots with grip only. Boat "
                    "work under the marine co-ordinator; life-jackets for all on the pontoon.",
                ],
            },
        ),
        _hetv(
            "ullapool",
            "The Salt Road",
            D(2027, 6, 2),
            "07:30",
            {
                "time_style": "uk_mil",
                "date_style": "uk_weds",
                # HARD: page 1 has no hospital; the NEAREST A&E block is on page 2 only
                "ae_page2": True,
                "company": "Lochcarron Pictures Ltd",
                "for": "for BBC Scotland / BBC One",
                "n": "34",
                "day_of": "Shooting Day 34 of 62",
                "director": "Fiona Matheson",
                "ad": "Calum Reid",
                "breakfast": -30,
                "lunch": 300,
                "wrap": 630,
                "w3w_base": "///market.crofts.beacon",
                "base_note": "Base opens 0630. Drivers report to the unit manager",
                "parking": "Leisure centre overflow car park, Quay Street",
                "w3w_park": "///anchor.quiet.shelves",
                "park_note": "Shuttle to set 0700-0800",
                "set": "the ferry pier and the fish market",
                "w3w_loc": "///nets.hauled.boxes",
                "weather": "Overcast, 12°C, showers after 1500",
                "scenes": [
                    ("77", "EXT. FERRY PIER - ARRIVAL", "D15", "1 5/8", "1, 2, 5"),
                    ("79", "INT. FISH MARKET", "D15", "2 2/8", "2, 5, 9"),
                ],
                "cast": [
                    ("1", "Kirsty Munro", "Ailsa Grant", 30),
                    ("2", "Andrew Lockhart", "Ian Baird", 0),
                    ("5", "Rhona Sim", "DS Kate Paton", 60),
                ],
                "transport": [
                    ("Alec", "Unit minibus", -30, "Caledonian Hotel", "Unit base"),
                    ("Donald", "Artist car 2", -45, "Morefield", "Unit base"),
                ],
                "notes": [
                    "CalMac sailings 0930 and 1730: no filming on the linkspan while the "
                    "ferry is alongside. The harbour master has the final word on the pier.",
                ],
            },
        ),
        _hetv(
            "dornoch",
            "The Salt Road",
            D(2027, 6, 21),
            "06:30",
            {
                "time_style": "uk",
                "date_style": "slash",
                "company": "Lochcarron Pictures Ltd",
                "for": "for BBC Scotland / BBC One",
                "n": "48",
                "day_of": "Shooting Day 48 of 62",
                "director": "Jamie Fraser",
                "ad": "Calum Reid",
                "breakfast": -45,
                "lunch": 330,
                "wrap": 660,
                "w3w_base": "///links.golfer.dunes",
                "base_note": "Catering in the marquee",
                "parking": "Dornoch Academy car park, Evelix Road",
                "w3w_park": "///school.benches.runs",
                "park_note": "Minibus from 0600",
                "set": "the nave and the cathedral green",
                "w3w_loc": "///stone.bells.window",
                "weather": "Sunny, 17°C",
                "scenes": [
                    ("102", "INT. CATHEDRAL - NAVE - WEDDING", "D21", "3 1/8", "1, 2, 3, 5"),
                    ("103", "EXT. CATHEDRAL GREEN", "D21", "1", "1, 3"),
                ],
                "cast": [
                    ("1", "Kirsty Munro", "Ailsa Grant", 0),
                    ("2", "Andrew Lockhart", "Ian Baird", 0),
                    ("3", "Euan Ross", "Donnie Grant", 30),
                    ("5", "Rhona Sim", "DS Kate Paton", 120),
                ],
                "transport": [
                    ("Alec", "Unit minibus", -30, "Dornoch Hotel", "Unit base"),
                ],
                "notes": ["60 SAs for the wedding: holding in the Carnegie Courthouse."],
            },
        ),
    ]


# --- (2) factual series: self-shooting PD's shoot-day sheet ------------------------------------


@_family(
    "uk_factual_self_shoot_pd",
    "Yorkshire Dales factual series shoot-day sheet written by a self-shooting producer/"
    "director, A4 in DejaVu: series and episode over a rule, 'SHOOT DAY' and the date; label "
    "rows PD/SS (who shoots), Contributor, Call, Location, Parking, Kit; a TIME / WHAT / WHERE "
    "running order; a LONE WORKING box (check-in times with the office, the A&E); notes",
    name="pd_{key}",
)
def _pd(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=40.0)
    c.text(x0, 46, title, 15, bold=True)
    grey_text(c, x0, 60, g["ep"], 8.5)
    c.right(right, 46, g["company"], 8.5, bold=True)
    c.hline(x0, right, 68, 0.8)
    c.text(x0, 88, f"SHOOT DAY - {day_text(day, g['date_style'])}", 11, bold=True)
    rows = [
        ("PD/SS", g["pd"]),
        ("Contributor", g["contrib"]),
        ("Call", g["call_text"]),
        ("Location", f"{p.name}, {p.street}, {p.city}"),
        ("Filming", g["set"]),
        ("Parking", f"{p.base_street}, {p.base_city}"),
        ("Kit", g["kit"]),
        ("Sun", f"up {hm(rise, t)} / down {hm(fall, t)}"),
    ]
    y = label_rows(c, x0, 108, right, rows, 9, 85, 14, suffix=":")
    y = _table(
        c,
        x0,
        y + 10,
        ["TIME", "WHAT", "WHERE"],
        [0, 60, 330],
        [(hm(add_minutes(call, o), t), w, wh) for o, w, wh in g["plan"]],
        right,
        ruled=True,
    )
    checks = ", ".join(hm(add_minutes(call, o), t) for o in g["checks"])
    lines = [
        f"Check in with the office ({g['office']}) at {checks} and at wrap.",
        "No signal at the location: text from the village before going up.",
        f"Nearest A&E: {p.hospital}, {p.hospital_street}, {p.hospital_city}",
        f"Tel {p.hospital_phone}",
    ]
    y = _block(c, x0, y + 10, right - x0, "LONE WORKING", lines, 8.5)
    titled_notes(c, x0, y + 18, "Notes", 9, g["notes"], 8, right - x0, 11)
    footer(c, g["footer"], x0)
    return c.output()


def _pd_sheets() -> list[Sheet]:
    return [
        _pd(
            "hawes",
            "Dales Year",
            D(2026, 10, 14),
            "08:00",
            {
                "time_style": "uk",
                "date_style": "uk_plain",
                "ep": "Series 3 · Ep 4 'Back End' · for Channel 5",
                "company": "Wensley Films",
                "pd": "Hannah Scaife (self-shooting, FX6 + radio mics)",
                "contrib": "Bill Metcalfe, cheesemaker (07700 900461)",
                "call_text": "08:00 at the museum entrance",
                "set": "the ropemaker's yard and the old station platform",
                "kit": "FX6, 2 x radio mics, drone (Hannah A2 CofC), tripod",
                "plan": [
                    (0, "Meet Bill, walk-round, release form", "Museum entrance"),
                    (30, "Interview 1 (seated)", "Ropemaker's yard"),
                    (120, "GVs and drone (permission: museum)", "Old station platform"),
                    (240, "Lunch", "Hawes market place"),
                ],
                "checks": [0, 240],
                "office": "Claire 07700 900470",
                "notes": ["Market day (Tues) is busy: avoid the main street for GVs."],
                "footer": "Wensley Films · Dales Year S3 · shoot days Oct 2026",
            },
        ),
        _pd(
            "grassington",
            "Dales Year",
            D(2026, 11, 3),
            "08:00",
            {
                "time_style": "uk_dot",
                "date_style": "uk_weds",
                "ep": "Series 3 · Ep 5 'Dickensian' · for Channel 5",
                "company": "Wensley Films",
                "pd": "Tom Pickles (self-shooting, C300 II); AP Ruth Lund on sound",
                "contrib": "Grassington Dickensian committee (Jane, 07700 900512)",
                # HARD: the call is written in a sentence, with an earlier leaving time
                "call_text": "leave Threshfield 7.15am, meet Jane 8.00am in the centre foyer",
                "set": "the centre's exhibition room and the square",
                "kit": "C300 II, 2 x lav, boom, small LED panel",
                "plan": [
                    (0, "Meet Jane, walk the square", "Centre foyer"),
                    (45, "Interview (Jane)", "Exhibition room"),
                    (180, "Stalls setting up: actuality", "Grassington square"),
                    (300, "Wrap at the centre", "Centre foyer"),
                ],
                "checks": [0, 180],
                "office": "Claire 07700 900470",
                "notes": ["Costumed volunteers: get a release from each before filming."],
                "footer": "Wensley Films · Dales Year S3 · shoot days Nov 2026",
            },
        ),
        _pd(
            "reeth",
            "Dales Year",
            D(2027, 3, 9),
            "09:00",
            {
                "time_style": "uk",
                "date_style": "slash",
                "ep": "Series 3 · Ep 9 'Lambing' · for Channel 5",
                "company": "Wensley Films",
                "pd": "Hannah Scaife (self-shooting, FX6)",
                "contrib": "Helen Alderson, curator (07700 900593)",
                "call_text": "09:00 at the museum",
                "set": "the lead mining room and Reeth Green",
                "kit": "FX6, lav, Zoom F6, LED panel, ND",
                "plan": [
                    (0, "Meet Helen; recce the mining room", "Museum"),
                    (60, "Interview (standing)", "Lead mining room"),
                    (180, "GVs of the green and the Swale bridge", "Reeth Green"),
                ],
                "checks": [0, 180],
                "office": "Mark 07700 900481",
                "notes": ["Museum opens to the public at 10:30: interview before then."],
                "footer": "Wensley Films · Dales Year S3 · shoot days Mar 2027",
            },
        ),
    ]


# --- (3) commercial: AGENCY / CLIENT block, CALL TIME big box -----------------------------------


@_family(
    "uk_commercial_agency_call_box",
    "Cornish commercial call sheet, A4: the production company's black band with 'CALL SHEET' "
    "and the job number; the spot's title and the date; an AGENCY / CLIENT block (agency, "
    "creative, agency producer; client, brand, contact) beside a big boxed 'CALL TIME' with "
    "the time large; LOCATION, UNIT BASE and HOSPITAL boxes; a time-based SCHEDULE "
    "(TIME / SHOT / DESCRIPTION / TALENT); CREW table; notes",
    name="ad_{key}",
)
def _ad(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "helvetica", margin=34.0)
    fill(c, x0, 28, right - x0, 30, 20)
    _white(c)
    c.text(x0 + 8, 48, g["company"].upper(), 12, bold=True)
    c.right(right - 8, 48, f"CALL SHEET · JOB {g['job']}", 10, bold=True)
    _black(c)
    c.text(x0, 82, title, 16, bold=True)
    c.text(x0, 98, g["spot"], 9)
    c.right(right, 82, day_text(day, g["date_style"]), 11, bold=True)
    lines = [
        f"AGENCY: {g['agency']}",
        f"Creatives: {g['creatives']}",
        f"Agency producer: {g['agency_prod']}",
        f"CLIENT: {g['client']}",
        f"Client contact: {g['client_contact']}",
    ]
    _block(c, x0, 108, 330, "AGENCY / CLIENT", lines, 8.5)
    bx = x0 + 345
    c.box(bx, 108, right - bx, 71, 2.0)
    c.text(bx + 10, 124, "CALL TIME", 10, bold=True)
    c.text(bx + 10, 160, hm(call, t), 30, bold=True)
    c.text(bx + 10, 173, g["call_note"], 7)
    w3 = (right - x0 - 12) / 3
    blocks = [
        ("LOCATION", [p.name, p.street, p.city, g["set"]]),
        ("UNIT BASE / PARKING", [p.base_street, p.base_city, g["base_note"]]),
        ("HOSPITAL (A&E)", _hospital(p)),
    ]
    ys = [_block(c, x0 + i * (w3 + 6), 190, w3, hd, ln) for i, (hd, ln) in enumerate(blocks)]
    y = max(ys) + 14
    c.text(
        x0,
        y,
        f"Sunrise {hm(rise, t)}  ·  Sunset {hm(fall, t)}  ·  Weather {g['weather']}",
        8.5,
    )
    y = _table(
        c,
        x0,
        y + 16,
        ["TIME", "SHOT", "DESCRIPTION", "TALENT"],
        [0, 50, 100, 400],
        [(hm(add_minutes(call, o), t), s, d, tl) for o, s, d, tl in g["schedule"]],
        right,
    )
    y = _table(
        c,
        x0,
        y + 8,
        ["ROLE", "NAME", "MOBILE", "CALL"],
        [0, 140, 290, 400],
        [(r, n, m, hm(add_minutes(call, o), t)) for r, n, m, o in g["crew"]],
        right,
    )
    titled_notes(c, x0, y + 8, "NOTES", 9, g["notes"], 8, right - x0, 10)
    footer(c, f"{g['company']} · Job {g['job']} · Confidential: do not forward", x0)
    return c.output()


def _ad_sheets() -> list[Sheet]:
    return [
        _ad(
            "padstow",
            "Harbour Lights",
            D(2027, 4, 22),
            "06:30",
            {
                "time_style": "uk",
                "date_style": "uk_long",
                "company": "Camel Estuary Films",
                "job": "CEF-0417",
                "spot": '1 x 30" and 1 x 10" TVC, cinema and online',
                "agency": "Salt & Pepper Creative, Bristol",
                "creatives": "Ned Hall / Ama Owusu",
                "agency_prod": "Lucy Pender 07700 900611",
                "client": "Kernow Dairy (Clotted Cream)",
                "client_contact": "Sam Trewin, brand manager",
                "call_note": "Agency & client on set 08:30",
                "set": "the quay steps and the harbour gates",
                "base_note": "Pay & display: unit permit on the dash",
                "weather": "Sunny intervals, 11°C",
                "schedule": [
                    (0, "-", "Unit call, breakfast van on Link Road", ""),
                    (60, "1", "Wide: boats at dawn light, quay steps", "-"),
                    (120, "2", "Family with scones on the quay", "Mum, Dad, 2 kids"),
                    (240, "3", "Packshot on the harbour wall", "-"),
                ],
                "crew": [
                    ("Director", "Joss Tremayne", "07700 900620", 0),
                    ("DoP", "Mira Keast", "07700 900621", 0),
                    ("Producer", "Becky Lugg", "07700 900622", -30),
                ],
                "notes": ["Harbour gates open 2 hours either side of high water."],
            },
        ),
        _ad(
            "fowey",
            "Fowey Blue",
            D(2026, 9, 15),
            "07:00",
            {
                "time_style": "uk_mil",
                "date_style": "slash",
                "company": "Lantic Bay Productions",
                "job": "LBP-2608",
                "spot": '2 x 20" social, 1 x 6" bumper',
                "agency": "Tamar Creative, Plymouth",
                "creatives": "Jo Stephens",
                "agency_prod": "Kit Rowe 07700 900631",
                "client": "Fowey Harbour Gin Co.",
                "client_contact": "Penny Rashleigh",
                "call_note": "Client arrives 0930",
                "set": "the beach and the blockhouse ruin",
                "base_note": "Walk down 10 mins with kit trolleys",
                "weather": "Fair, 17°C, sea calm",
                "schedule": [
                    (0, "-", "Crew call at the car park; walk down", ""),
                    (90, "1", "Paddleboarder at the cove", "Talent A"),
                    (180, "2", "G&T on the blockhouse steps", "Talent A, B"),
                ],
                "crew": [
                    ("Director", "Ellie Mabe", "07700 900640", 0),
                    ("DoP", "Rob Hocking", "07700 900641", 0),
                ],
                "notes": ["Cove is public: be polite and keep a walkway clear."],
            },
        ),
        _ad(
            "port_isaac",
            "A Proper Job",
            D(2027, 3, 24),
            "07:30",
            {
                "time_style": "uk_dot",
                "date_style": "uk_weds",
                "company": "Camel Estuary Films",
                "job": "CEF-0502",
                "spot": '1 x 40" TVC (regional)',
                "agency": "Atlantic Brand Co., Truro",
                "creatives": "Dan Spargo / Hal Roskilly",
                "agency_prod": "Tasha Vine 07700 900651",
                "client": "South West Building Society",
                "client_contact": "Mel Angove, marketing",
                "call_note": "Agency & client 9.00am at base",
                "set": "the slipway and Fore Street",
                "base_note": "Village is narrow: unit vehicles stay at base",
                "weather": "Bright, 10°C, breezy",
                "schedule": [
                    (0, "-", "Crew call, walk down to the Platt", ""),
                    (60, "1", "Fisherman unloads crab pots on the slipway", "Talent A"),
                    (150, "2", "Couple walk up Fore Street", "Talent B, C"),
                ],
                "crew": [
                    ("Director", "Joss Tremayne", "07700 900620", 0),
                    ("1st AD", "Nia Penrose", "07700 900660", -15),
                ],
                "notes": ["Residents' cars may not be blocked on Roscarrock Hill."],
            },
        ),
    ]


# --- (4) Northern Irish feature: MOVEMENT ORDER table ------------------------------------------


@_family(
    "ni_feature_movement_order",
    "Northern Irish (Antrim coast) feature call sheet, A4: title and 'supported by Northern "
    "Ireland Screen' left, 'DAY 12 OF 35' and the date right over a double rule; label rows "
    "UNIT CALL, SHOOTING CALL, LUNCH, WRAP, SUNRISE, SUNSET; LOCATION and UNIT BASE blocks; a "
    "boxed MOVEMENT ORDER (TIME / FROM / TO / VEHICLES / NOTES, route by road number); SC / "
    "SET / D/N / PGS; NEAREST A&E block; notes",
    name="mo_{key}",
)
def _mo(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "helvetica", margin=36.0)
    c.text(x0, 46, title.upper(), 17, bold=True)
    grey_text(c, x0, 60, g["company"], 8)
    c.right(right, 44, g["day_of"], 10, bold=True)
    c.right(right, 60, day_text(day, g["date_style"]), 10, bold=True)
    c.hline(x0, right, 68, 1.0)
    c.hline(x0, right, 71, 0.4)
    rows = [
        ("UNIT CALL", hm(call, t)),
        ("SHOOTING CALL", hm(add_minutes(call, g["shoot"]), t)),
        ("LUNCH", hm(add_minutes(call, g["lunch"]), t)),
        ("WRAP", hm(add_minutes(call, g["wrap"]), t)),
        ("SUNRISE", hm(rise, t)),
        ("SUNSET", hm(fall, t)),
    ]
    label_rows(c, x0, 92, x0 + 200, rows, 9, 95, 14)
    bx = x0 + 215
    y = _block(c, bx, 80, right - bx, "LOCATION", [p.name, p.street, p.city, g["set"]])
    _block(c, bx, y + 4, right - bx, "UNIT BASE", [p.base_street, p.base_city])
    y = 200.0
    c.text(x0, y, "MOVEMENT ORDER", 10, bold=True)
    grey_text(c, x0 + 110, y, g["route"], 7.5)
    y = _table(
        c,
        x0,
        y + 14,
        ["TIME", "FROM", "TO", "VEHICLES", "NOTES"],
        [0, 45, 160, 275, 370],
        [(hm(add_minutes(call, o), t), f, to, v, n) for o, f, to, v, n in g["moves"]],
        right,
        ruled=True,
    )
    y = _table(
        c,
        x0,
        y + 8,
        ["SC", "SET", "D/N", "PGS", "CAST"],
        [0, 34, 300, 345, 390],
        g["scenes"],
        right,
    )
    y = _block(c, x0, y + 6, 260, "NEAREST A&E", _hospital(p))
    titled_notes(c, x0, y + 16, "NOTES", 9, g["notes"], 8, right - x0, 10)
    footer(c, g["footer"], x0)
    return c.output()


def _mo_sheets() -> list[Sheet]:
    return [
        _mo(
            "ballycastle",
            "Rathlin Sound",
            D(2026, 9, 8),
            "07:00",
            {
                "time_style": "uk",
                "date_style": "uk_long",
                "company": "Glens Film Ltd · supported by Northern Ireland Screen",
                "day_of": "DAY 12 OF 35",
                "shoot": 60,
                "lunch": 360,
                "wrap": 660,
                "set": "the marina pontoons and the ferry slip",
                "route": "Route: A2 Coast Road; unit signs 'RS' from Ballycastle Diamond",
                "moves": [
                    (0, "Unit base", "Marina", "Camera, grip, sparks", "Park on Bayview Rd"),
                    (30, "Marine Hotel", "Unit base", "Minibus 1", "Cast 1, 4"),
                    (300, "Marina", "Unit base", "All", "Lunch at base"),
                ],
                "scenes": [
                    ("34", "EXT. MARINA PONTOONS", "D", "2 2/8", "1, 4"),
                    ("35", "EXT. FERRY SLIP - RATHLIN FERRY", "D", "1 1/8", "1, 2, 4"),
                ],
                "notes": ["Rathlin ferry departs 10:30 and 12:00: the slip is live."],
                "footer": "Glens Film Ltd · Rathlin Sound · Call Sheet 12",
            },
        ),
        _mo(
            "cushendall",
            "Rathlin Sound",
            D(2026, 9, 17),
            "07:30",
            {
                "time_style": "uk_mil",
                "date_style": "uk_weds",
                "company": "Glens Film Ltd · supported by Northern Ireland Screen",
                "day_of": "DAY 19 OF 35",
                "shoot": 60,
                "lunch": 330,
                "wrap": 630,
                "set": "the tower's street front and the village square",
                "route": "Route: A2 from Ballycastle via Cushendun; no trucks on the B92",
                # HARD: the movement order opens with the trucks leaving the old base at 0650,
                # before the 0730 unit call
                "moves": [
                    (-40, "Ballycastle base", "Legge Green", "Trucks, honeywagons", "A2 south"),
                    (0, "Legge Green", "Mill Street", "Camera, grip", "Walk 3 mins"),
                    (45, "Cushendall hotel", "Legge Green", "Minibus 1", "Cast 1, 2"),
                ],
                "scenes": [
                    ("52", "EXT. CURFEW TOWER - STREET", "D", "1 4/8", "1, 2"),
                    ("53", "EXT. VILLAGE SQUARE", "D", "1 6/8", "1, 2, 6"),
                ],
                "notes": ["Road management on Mill Street by the PSNI-approved TM crew."],
                "footer": "Glens Film Ltd · Rathlin Sound · Call Sheet 19",
            },
        ),
        _mo(
            "carnlough",
            "Rathlin Sound",
            D(2026, 10, 1),
            "07:00",
            {
                "time_style": "uk",
                "date_style": "slash",
                "company": "Glens Film Ltd · supported by Northern Ireland Screen",
                "day_of": "DAY 29 OF 35",
                "shoot": 45,
                "lunch": 360,
                "wrap": 660,
                "set": "the harbour and the limestone bridge",
                "route": "Route: A2 Coast Road from Cushendall (20 mins)",
                "moves": [
                    (0, "Town Hall car park", "Harbour", "All", "On foot"),
                    (15, "Londonderry Arms", "Harbour", "Minibus 1", "Cast 3"),
                ],
                "scenes": [
                    ("80", "EXT. HARBOUR - BOATS COME IN", "D", "2", "3, 5"),
                    ("82", "EXT. LIMESTONE BRIDGE", "D", "7/8", "3"),
                ],
                "notes": ["Fishermen land at 10:00: keep the harbour edge clear."],
                "footer": "Glens Film Ltd · Rathlin Sound · Call Sheet 29",
            },
        ),
    ]


# --- (5) Gaelic / English bilingual sheet for BBC ALBA ------------------------------------------


@_family(
    "scot_gaelic_english_bilingual",
    "Hebridean / Mull drama call sheet for BBC ALBA with Gaelic / English headings, A4: the "
    "company and 'do BBC ALBA / for BBC ALBA' left, the title centred, 'DUILLEAG-GAIRM / CALL "
    "SHEET' right; a grey band 'LATHA 6 / DAY 6' with the date as 'Dimàirt / Tuesday 09.11.2027'; "
    "two columns of label rows GAIRM SGIOBA / CREW CALL, BIADH / BREAKFAST, LÒN / LUNCH, "
    "CRÌOCH / WRAP, ÈIRIGH NA GRÈINE / SUNRISE, LAIGHE NA GRÈINE / SUNSET; boxes ÀITE / "
    "LOCATION, BONN AN AONAID / UNIT BASE, OSPADAL / HOSPITAL (A&E); SEALLADH / SCENE table; "
    "NOTAICHEAN / NOTES",
    name="gd_{key}",
)
def _gd(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=34.0)
    c.text(x0, 42, g["company"], 9, bold=True)
    grey_text(c, x0, 54, "do BBC ALBA / for BBC ALBA", 8)
    centre(c, 48, title, 17)
    c.right(right, 42, "DUILLEAG-GAIRM / CALL SHEET", 9, bold=True)
    c.right(right, 54, f"Àir. / No. {g['n']}", 8)
    fill(c, x0, 64, right - x0, 22, 60)
    _white(c)
    c.text(x0 + 8, 79, f"LATHA {g['n']} / DAY {g['n']} of {g['of']}", 11, bold=True)
    c.right(right - 8, 79, day_text(day, "gd_dots"), 10, bold=True)
    _black(c)
    rows = [
        ("GAIRM SGIOBA / CREW CALL", hm(call, t)),
        ("BIADH-MAIDNE / BREAKFAST", hm(add_minutes(call, g["breakfast"]), t)),
        ("LÒN / LUNCH", hm(add_minutes(call, g["lunch"]), t)),
        ("CRÌOCH / WRAP", hm(add_minutes(call, g["wrap"]), t)),
        ("ÈIRIGH NA GRÈINE / SUNRISE", hm(rise, t)),
        ("LAIGHE NA GRÈINE / SUNSET", hm(fall, t)),
    ]
    label_rows(c, x0, 106, x0 + 250, rows, 8.5, 160, 14)
    bx = x0 + 265
    y = _block(c, bx, 94, right - bx, "ÀITE / LOCATION", [p.name, p.street, p.city, g["set"]])
    y = _block(c, bx, y + 4, right - bx, "BONN AN AONAID / UNIT BASE", [p.base_street, p.base_city])
    hosp = [g["hosp_gd"], *_hospital(p)] if g.get("hosp_gd") else _hospital(p)
    y = _block(c, bx, y + 4, right - bx, "OSPADAL / HOSPITAL (A&E)", hosp)
    y = _table(
        c,
        x0,
        y + 16,
        ["SEALLADH / SC", "SUIDHEACHADH / SET", "L/O - D/N", "DUILL. / PGS", "CLEASAICHEAN / CAST"],
        [0, 70, 290, 345, 400],
        g["scenes"],
        right,
        heads_to_column=True,
    )
    titled_notes(c, x0, y + 8, "NOTAICHEAN / NOTES", 9, g["notes"], 8, right - x0, 10)
    footer(c, g["footer"], x0)
    return c.output()


def _gd_sheets() -> list[Sheet]:
    return [
        _gd(
            "tobermory",
            "Caolas nan Ròn",
            D(2027, 5, 11),
            "07:30",
            {
                "time_style": "uk",
                "company": "Sgoth Media Ltd",
                "n": "6",
                "of": "24",
                "breakfast": -30,
                "lunch": 330,
                "wrap": 630,
                "set": "the pier head and the harbour front",
                "scenes": [
                    ("18", "EXT. CEANN A' CHIDHE / PIER HEAD", "L / D", "2 1/8", "1, 2"),
                    ("19", "EXT. AGHAIDH A' CHALA / HARBOUR FRONT", "L / D", "1 3/8", "1, 4"),
                ],
                "notes": [
                    "Tha am bàt-aiseig a' falbh aig 11:00. / The Kilchoan ferry leaves at "
                    "11:00: keep the slip clear.",
                ],
                "footer": "Sgoth Media · Caolas nan Ròn · dìomhair / confidential",
            },
        ),
        _gd(
            "tarbert",
            "Caolas nan Ròn",
            D(2027, 6, 8),
            "08:00",
            {
                "time_style": "uk_mil",
                "company": "Sgoth Media Ltd",
                "n": "15",
                "of": "24",
                "breakfast": -45,
                "lunch": 300,
                "wrap": 600,
                "set": "the still house and the canteen",
                # HARD: the hospital box prints the Gaelic name over the English one
                "hosp_gd": "Ospadal nan Eilean Siar",
                "scenes": [
                    ("44", "INT. TAIGH-STAILE / STILL HOUSE", "L / D", "1 7/8", "2, 3"),
                    ("45", "INT. TAIGH-BÌDH / CANTEEN", "L / D", "1", "2, 3, 5"),
                ],
                "notes": [
                    "Tha turasan aig 11:00 agus 14:00. / Distillery tours at 11:00 and 14:00: "
                    "quiet on set when a tour passes.",
                ],
                "footer": "Sgoth Media · Caolas nan Ròn · dìomhair / confidential",
            },
        ),
        _gd(
            "lochmaddy",
            "Caolas nan Ròn",
            D(2027, 6, 22),
            "07:00",
            {
                "time_style": "uk",
                "company": "Sgoth Media Ltd",
                "n": "21",
                "of": "24",
                "breakfast": -30,
                "lunch": 360,
                "wrap": 660,
                "set": "the gallery and the shore path",
                "scenes": [
                    ("70", "INT. GAILEARAIDH / GALLERY", "L / D", "2 2/8", "1, 6"),
                    ("72", "EXT. SLIGHE A' CHLADAICH / SHORE PATH", "L / D", "1 1/8", "1"),
                ],
                "notes": [
                    "Aiseag aig 09:45. / The ferry arrives 09:45: unit vehicles wait "
                    "in the ferry car park until it has unloaded.",
                ],
                "footer": "Sgoth Media · Caolas nan Ròn · dìomhair / confidential",
            },
        ),
    ]


# --- (6) BFI NETWORK short film: landscape one-page sheet ---------------------------------------


@_family(
    "uk_bfi_network_short_landscape",
    "Cumbrian short film call sheet for a BFI NETWORK-funded short, A4 landscape: the title, "
    "'A short film · BFI NETWORK / Film Hub North' and the funders' line left, 'Day 2 of 4' and "
    "the date right; left column label rows Call, Shooting, Lunch, Wrap, Sunrise, Sunset, "
    "Location, Parking, Nearest A&E, Producer; right column SCHEDULE (TIME / SC / WHAT / "
    "WHO) and a CAST & CREW list (role, name, call); notes at the foot",
    name="short_{key}",
)
def _short(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=32.0, orientation="L")
    c.text(x0, 44, title, 20, bold=True)
    grey_text(c, x0, 58, g["kind"], 8.5)
    grey_text(c, x0, 70, g["funders"], 7.5)
    c.right(right, 44, g["day_of"], 10, bold=True)
    c.right(right, 58, day_text(day, g["date_style"]), 10, bold=True)
    c.hline(x0, right, 78, 0.8)
    mid = x0 + 330
    c.vline(mid - 12, 86, c.pdf.h - 70, 0.4)
    rows = [
        ("Call", g["call_text"]),
        ("Shooting", hm(add_minutes(call, g["shoot"]), t)),
        ("Lunch", hm(add_minutes(call, g["lunch"]), t)),
        ("Wrap", hm(add_minutes(call, g["wrap"]), t)),
        ("Sunrise", hm(rise, t)),
        ("Sunset", hm(fall, t)),
    ]
    y = label_rows(c, x0, 98, mid - 20, rows, 9, 70, 14)
    y = _block(c, x0, y + 2, mid - 20 - x0, "Location", [p.name, p.street, p.city, g["set"]])
    y = _block(c, x0, y + 4, mid - 20 - x0, "Parking", [p.base_street, p.base_city])
    y = _block(c, x0, y + 4, mid - 20 - x0, "Nearest A&E", _hospital(p))
    c.text(x0, y + 14, f"Producer: {g['producer']}", 8.5)
    c.text(mid, 98, "SCHEDULE", 9.5, bold=True)
    y = _table(
        c,
        mid,
        112,
        ["TIME", "SC", "WHAT", "WHO"],
        [0, 50, 80, 300],
        [(hm(add_minutes(call, o), t), sc, w, who) for o, sc, w, who in g["plan"]],
        right,
    )
    c.text(mid, y + 8, "CAST & CREW", 9.5, bold=True)
    y = _table(
        c,
        mid,
        y + 22,
        ["ROLE", "NAME", "CALL"],
        [0, 110, 260],
        [(r, n, hm(add_minutes(call, o), t)) for r, n, o in g["people"]],
        right,
    )
    titled_notes(c, mid, y + 10, "Notes", 9, g["notes"], 8, right - mid, 10)
    footer(c, g["footer"], x0)
    return c.output()


def _short_sheets() -> list[Sheet]:
    return [
        _short(
            "coniston",
            "Bluebird Summer",
            D(2026, 8, 22),
            "08:00",
            {
                "time_style": "uk_short",
                "date_style": "uk_long",
                "kind": "A short film · BFI NETWORK / Film Hub North",
                "funders": "Made with National Lottery funding via BFI NETWORK",
                "day_of": "Day 2 of 4",
                # HARD: the call cell gives breakfast first, then the call
                "call_text": "breakfast from 7.30am, call 8am",
                "shoot": 60,
                "lunch": 300,
                "wrap": 600,
                "set": "the jetty and the tea room terrace",
                "producer": "Ruth Hartley 07700 900701",
                "plan": [
                    (0, "-", "Call, safety briefing (water)", "All"),
                    (60, "4", "Jess on the jetty, the launch leaves", "Jess, Grandad"),
                    (180, "6", "Tea room terrace", "Jess, Mum"),
                ],
                "people": [
                    ("Director", "Ade Coward", 0),
                    ("DoP", "Lou Bell", -30),
                    ("Jess (lead)", "Amber Dixon", 30),
                ],
                "notes": ["Life-jackets for everyone on the jetty. Lake is cold: no swimming."],
                "footer": "Bluebird Summer · BFI NETWORK short · Coniston",
            },
        ),
        _short(
            "cockermouth",
            "The Reading Room",
            D(2026, 10, 10),
            "09:00",
            {
                "time_style": "uk",
                "date_style": "short_dash",
                "kind": "A short film · BFI NETWORK / Film Hub North",
                "funders": "Made with National Lottery funding via BFI NETWORK",
                "day_of": "Day 1 of 3",
                "call_text": "09:00 at the garden gate",
                "shoot": 60,
                "lunch": 270,
                "wrap": 540,
                "set": "the library and the kitchen garden",
                "producer": "Kieran Wilson 07700 900712",
                "plan": [
                    (0, "-", "Call, load in via the garden gate", "Crew"),
                    (60, "1", "Ellen in the library", "Ellen"),
                    (180, "3", "Kitchen garden, rain bars", "Ellen, Tom"),
                ],
                "people": [
                    ("Director", "Sophie Armstrong", 0),
                    ("DoP", "Josh Telford", 0),
                    ("Ellen", "Niamh Carr", 30),
                ],
                "notes": ["National Trust house: cotton gloves for any props on the shelves."],
                "footer": "The Reading Room · BFI NETWORK short · Cockermouth",
            },
        ),
        _short(
            "ulverston",
            "Stan's Shoes",
            D(2027, 2, 20),
            "08:30",
            {
                "time_style": "uk_dot",
                "date_style": "slash",
                "kind": "A short film · BFI NETWORK / Film Hub North",
                "funders": "Made with National Lottery funding via BFI NETWORK",
                "day_of": "Day 3 of 3",
                "call_text": "8.30am at the market hall side door",
                "shoot": 60,
                "lunch": 300,
                "wrap": 570,
                "set": "the cobbler's stall and the hall floor",
                "producer": "Gemma Postlethwaite 07700 900723",
                "plan": [
                    (0, "-", "Call, dress the cobbler's stall", "Art, camera"),
                    (60, "7", "Stan mends the shoes", "Stan"),
                    (210, "9", "Market packs up", "Stan, stallholders"),
                ],
                "people": [
                    ("Director", "Will Fell", 0),
                    ("Stan", "Geoff Birkett", 45),
                ],
                "notes": ["Saturday market runs until 16:00: work round the traders."],
                "footer": "Stan's Shoes · BFI NETWORK short · Ulverston",
            },
        ),
    ]


# --- near misses: papers that call people to a place at a time but plan no shoot ------------


Body = tuple[
    list[tuple[str, str]],
    tuple[list[str], list[float], list[tuple[str, ...]]],
    tuple[str, list[str]],
]


_nm_page = partial(near_miss_page, paper="A4", margin=42.0, top=50)


def _shinty() -> bytes:
    """A shinty club's fixture card: throw-up times, opponents, pitches; one tie is on TV."""
    return _nm_page(
        ("KINLOCHSHIEL CAMANACHD CLUB", "Balmacara Square, Balmacara IV40 8DJ", "FIXTURES 2027"),
        (
            [
                ("Season", "March - October 2027 (National Division)"),
                ("Players meet", "1 hour before throw-up at the clubhouse"),
                ("Secretary", "Iain Finlayson 07700 900815"),
                ("Pitch", "Balmacara, Kyle of Lochalsh"),
            ],
            (
                ["DATE", "THROW-UP", "OPPONENTS", "VENUE"],
                [0, 90, 170, 370],
                [
                    ("Sat 20 Mar", "14:00", "Lovat", "Home"),
                    ("Sat 27 Mar", "14:00", "Skye Camanachd", "Away"),
                    ("Sat 10 Apr", "13:00", "Glenurquhart (MacTavish Cup)", "Home"),
                    ("Sat 24 Apr", "14:30", "Beauly", "Away"),
                ],
            ),
            (
                "Notes",
                [
                    "The MacTavish Cup tie is live on BBC ALBA: throw-up moved to 13:00. "
                    "Stewards report at 12:00; season tickets at the gate.",
                ],
            ),
        ),
    )


def _fell_race() -> bytes:
    """A fell race's runners' instructions: registration, start, checkpoints, kit; the race
    is filmed by a drone for the results video."""
    return _nm_page(
        (
            "WASDALE HORSESHOE FELL RACE",
            "Start/finish: Wasdale Head Inn field, CA20 1EX",
            "RUNNERS' INSTRUCTIONS",
        ),
        (
            [
                ("Race date", "Saturday 12 June 2027"),
                ("Registration", "08:30-10:15 in the marquee (FRA rules, full kit)"),
                ("Start", "11:00 (mass start); cut-off at Esk Hause 14:00"),
                ("Race organiser", "Pete Tyson 07700 900842"),
            ],
            (
                ["CP", "CHECKPOINT", "GRID REF", "CUT-OFF"],
                [0, 40, 240, 380],
                [
                    ("1", "Pillar summit", "NY 171 121", "-"),
                    ("2", "Great Gable summit", "NY 211 104", "-"),
                    ("3", "Esk Hause", "NY 233 081", "14:00"),
                    ("4", "Scafell Pike summit", "NY 215 072", "-"),
                ],
            ),
            (
                "Notes",
                [
                    "Full body cover, map and compass, whistle and food are checked at "
                    "registration. A club member will film the start by drone for the "
                    "results video: tell registration if you do not wish to appear.",
                ],
            ),
        ),
    )


def _mart() -> bytes:
    """A livestock mart's sale timetable: booking-in times, the ring order, the auctioneers;
    sales are streamed online for remote bidders."""
    return _nm_page(
        ("ARMOY LIVESTOCK MART", "Ballymoney Road, Armoy, Co. Antrim", "SALE TIMETABLE"),
        (
            [
                ("Sale", "Autumn store lamb and ewe sale"),
                ("Date", "Tuesday 6 October 2026"),
                ("Booking-in", "from 07:00; all stock penned by 10:00"),
                ("Office", "028 0000 0417 (mart office)"),
            ],
            (
                ["TIME", "RING", "CLASS", "AUCTIONEER"],
                [0, 60, 120, 380],
                [
                    ("10:30", "1", "Store lambs (Blackface, Cheviot)", "D. McAllister"),
                    ("11:30", "2", "Breeding ewes (Texel x)", "J. Kane"),
                    ("13:00", "1", "Cull ewes and rams", "D. McAllister"),
                ],
            ),
            (
                "Notes",
                [
                    "Sales are streamed live on the mart's bidding website: online buyers "
                    "register by 09:00. Flock numbers and movement documents at booking-in.",
                ],
            ),
        ),
    )


def _other_sheets() -> list[Sheet]:
    docs = [
        (
            "near_miss_shinty_fixtures",
            "a Highland shinty club's fixture card, A4: club, 'FIXTURES 2027', season, players "
            "meet an hour before throw-up, secretary, pitch; a ruled DATE / THROW-UP / OPPONENTS "
            "/ VENUE table; notes on a cup tie live on BBC ALBA",
            _shinty,
        ),
        (
            "near_miss_fell_race_instructions",
            "a Cumbrian fell race's runners' instructions, A4: race, start / finish field, "
            "registration 08:30-10:15, start 11:00, organiser; a ruled CP / CHECKPOINT / GRID "
            "REF / CUT-OFF table; notes on kit and a drone filming the start",
            _fell_race,
        ),
        (
            "near_miss_livestock_mart_sale",
            "an Antrim livestock mart's sale timetable, A4: mart, 'SALE TIMETABLE', sale, date, "
            "booking-in from 07:00, office; a ruled TIME / RING / CLASS / AUCTIONEER table; "
            "notes on the sale streamed online",
            _mart,
        ),
    ]
    return near_misses(_sheet, docs)


def sheets() -> list[Sheet]:
    return [
        *_hetv_sheets(),
        *_pd_sheets(),
        *_ad_sheets(),
        *_mo_sheets(),
        *_gd_sheets(),
        *_short_sheets(),
        *_other_sheets(),
    ]
