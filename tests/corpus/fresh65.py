"""Sixty-sixth held-out set: English-language call sheets from the UK, Ireland, Australia, New
Zealand and South Africa in layouts the corpus lacks, in towns not yet in the corpus
(`fresh65_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh65"). English regional unit call sheets whose NEAREST A&E block prints
the hospital's name over two lines (Bamburgh, Whitehaven, Beaumaris); Highlands and Islands
plain grids (DATE | CREW CALL | SET LOCATION) with a left-aligned 'Hospital:' line a few
millimetres under them (Portree, Callanish, Glenfinnan); Northern Irish sheets exported from a
spreadsheet, every value in a ruled cell with column letters and row numbers (Enniskillen,
Portstewart, Strangford); west of Ireland one-liner email sheets ('Call 0730 at ...') on a
printed e-mail (Liscannor, Achill, Roundstone); ANZ TVC sheets whose title trails 'Shoot Day 2
of 3 · Thursday' with 'Crew call 6:45am' (Broome, Akaroa, Strahan); KwaZulu-Natal and Eastern
Cape service sheets in a two-column list with '06h30' and a 'CASUALTY' line (Ballito,
Umhlanga, Jeffreys Bay). Three near misses, all `other`: a lifeboat station's exercise
schedule, a sheepdog trial's running order and a surf life-saving carnival's marshal roster.

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
from tests.corpus.fresh_skeletons import Day, family, footer, near_misses
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date

P: dict[str, Place] = {
    # (1) English / Welsh unit call sheets, NEAREST A&E over two lines
    "bamburgh": _p(
        "uk",
        "Bamburgh Castle",
        "Links Road",
        "Bamburgh NE69 7DF",
        55.6090,
        -1.7099,
        "Europe/London",
        "Northumbria Specialist Emergency Care Hospital",
        "Northumbria Way",
        "Cramlington NE23 6NZ",
        "0344 811 8111",
        "The Grove car park, Front Street",
        "Bamburgh NE69 7BP",
    ),
    "whitehaven": _p(
        "uk",
        "The Beacon Museum",
        "West Strand",
        "Whitehaven CA28 7LY",
        54.5497,
        -3.5943,
        "Europe/London",
        "West Cumberland Hospital",
        "Homewood Road, Hensingham",
        "Whitehaven CA28 8JG",
        "01946 693181",
        "Bardywell Lane car park",
        "Whitehaven CA28 7JP",
    ),
    "beaumaris": _p(
        "uk",
        "Beaumaris Castle",
        "Castle Street",
        "Beaumaris LL58 8AP",
        53.2647,
        -4.0897,
        "Europe/London",
        "Ysbyty Gwynedd",
        "Penrhosgarnedd",
        "Bangor LL57 2PW",
        "03000 84 84 84",
        "The Green car park, Alma Street",
        "Beaumaris LL58 8BY",
    ),
    # (2) Highlands and Islands plain grids
    "portree": _p(
        "uk",
        "Portree Harbour",
        "Quay Street",
        "Portree, Isle of Skye IV51 9DE",
        57.4124,
        -6.1920,
        "Europe/London",
        "Broadford Hospital",
        "Broadford",
        "Isle of Skye IV49 9AA",
        "01471 822491",
        "Somerled Square",
        "Portree IV51 9EH",
    ),
    "callanish": _p(
        "uk",
        "Calanais Standing Stones",
        "Calanais Visitor Centre",
        "Callanish, Isle of Lewis HS2 9DY",
        58.1975,
        -6.7452,
        "Europe/London",
        "Western Isles Hospital",
        "MacAulay Road",
        "Stornoway HS1 2AF",
        "01851 704704",
        "Visitor centre overflow car park",
        "Callanish HS2 9DY",
    ),
    "glenfinnan": _p(
        "uk",
        "Glenfinnan Monument",
        "Glenfinnan Visitor Centre, A830",
        "Glenfinnan PH37 4LT",
        56.8718,
        -5.4383,
        "Europe/London",
        "Belford Hospital",
        "Belford Road",
        "Fort William PH33 6BS",
        "01397 702481",
        "Glenfinnan Station car park",
        "Glenfinnan PH37 4LT",
    ),
    # (3) Northern Irish spreadsheet exports
    "enniskillen": _p(
        "uk",
        "Enniskillen Castle",
        "Castle Barracks",
        "Enniskillen BT74 7HL",
        54.3440,
        -7.6420,
        "Europe/London",
        "South West Acute Hospital",
        "124 Irvinestown Road",
        "Enniskillen BT74 6DN",
        "028 6638 2000",
        "Lakeland Forum car park, Broadmeadow",
        "Enniskillen BT74 7EF",
    ),
    "portstewart": _p(
        "uk",
        "Portstewart Strand",
        "118 Strand Road",
        "Portstewart BT55 7PG",
        55.1722,
        -6.7440,
        "Europe/London",
        "Causeway Hospital",
        "4 Newbridge Road",
        "Coleraine BT52 1HS",
        "028 7032 7032",
        "Strand dunes car park",
        "Portstewart BT55 7PG",
    ),
    "strangford": _p(
        "uk",
        "Castle Ward",
        "Park Road",
        "Strangford, Downpatrick BT30 7LS",
        54.3704,
        -5.5840,
        "Europe/London",
        "Ulster Hospital",
        "Upper Newtownards Road",
        "Dundonald BT16 1RH",
        "028 9048 4511",
        "Castle Ward farmyard car park",
        "Strangford BT30 7LS",
    ),
    # (4) West of Ireland one-liner email sheets
    "liscannor": _p(
        "ie",
        "Cliffs of Moher Visitor Experience",
        "R478, Lislorkan North",
        "Liscannor, Co. Clare V95 KN9T",
        52.9719,
        -9.4265,
        "Europe/Dublin",
        "University Hospital Limerick",
        "St Nessan's Road, Dooradoyle",
        "Limerick V94 F858",
        "061 301111",
        "Visitor Experience coach park",
        "Liscannor, Co. Clare",
    ),
    "achill": _p(
        "ie",
        "Keem Strand",
        "Keem Road, Dooagh",
        "Achill Island, Co. Mayo",
        53.9683,
        -10.1950,
        "Europe/Dublin",
        "Mayo University Hospital",
        "Westport Road",
        "Castlebar, Co. Mayo F23 H529",
        "094 902 1733",
        "Dooagh village green",
        "Achill Island, Co. Mayo",
    ),
    "roundstone": _p(
        "ie",
        "Roundstone Harbour",
        "Main Street",
        "Roundstone, Co. Galway H91 E2T6",
        53.3954,
        -9.9180,
        "Europe/Dublin",
        "University Hospital Galway",
        "Newcastle Road",
        "Galway H91 YR71",
        "091 524222",
        "Pier car park, Michael Killeen Park",
        "Roundstone, Co. Galway",
    ),
    # (5) ANZ TVC sheets
    "broome": _p(
        "au",
        "Cable Beach",
        "Cable Beach Road West",
        "Cable Beach WA 6726",
        -17.9335,
        122.2100,
        "Australia/Perth",
        "Broome Hospital",
        "28 Robinson Street",
        "Broome WA 6725",
        "(08) 9194 2222",
        "Cable Beach Road East overflow lot",
        "Cable Beach WA 6726",
    ),
    "akaroa": _p(
        "nz",
        "Akaroa Main Wharf",
        "Beach Road",
        "Akaroa 7520",
        -43.8053,
        172.9680,
        "Pacific/Auckland",
        "Christchurch Hospital",
        "2 Riccarton Avenue",
        "Christchurch Central 8011",
        "03 364 0640",
        "Akaroa Recreation Ground, Rue Jolie",
        "Akaroa 7520",
    ),
    "strahan": _p(
        "au",
        "Strahan Wharf",
        "The Esplanade",
        "Strahan TAS 7468",
        -42.1530,
        145.3270,
        "Australia/Hobart",
        "West Coast District Hospital",
        "60 Orr Street",
        "Queenstown TAS 7467",
        "(03) 6471 3100",
        "Risby Cove car park, The Esplanade",
        "Strahan TAS 7468",
    ),
    # (6) KwaZulu-Natal / Eastern Cape service sheets
    "ballito": _p(
        "za",
        "Ballito Main Beach",
        "Compensation Beach Road",
        "Ballito 4420",
        -29.5390,
        31.2240,
        "Africa/Johannesburg",
        "Netcare Alberlito Hospital",
        "Alberlito Way",
        "Ballito 4420",
        "032 946 6700",
        "Ballito Lifestyle Centre, Link Road",
        "Ballito 4420",
    ),
    "umhlanga": _p(
        "za",
        "Umhlanga Lighthouse",
        "Lighthouse Road",
        "Umhlanga Rocks 4319",
        -29.7260,
        31.0880,
        "Africa/Johannesburg",
        "Netcare uMhlanga Hospital",
        "323 Umhlanga Rocks Drive",
        "Umhlanga 4320",
        "031 560 5500",
        "Chartwell Drive parking",
        "Umhlanga Rocks 4319",
    ),
    "jbay": _p(
        "za",
        "Supertubes Beach",
        "Pepper Street",
        "Jeffreys Bay 6330",
        -34.0310,
        24.9320,
        "Africa/Johannesburg",
        "Netcare Greenacres Hospital",
        "Cape Road, Greenacres",
        "Gqeberha 6045",
        "041 390 7000",
        "Supertubes car park, Pepper Street",
        "Jeffreys Bay 6330",
    ),
}


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "uk": f"{h:02d}:{m:02d}",
        "uk_mil": f"{h:02d}{m:02d}",  # "0730"
        "uk_dot": f"{h12}.{m:02d}{ap.lower()}",  # "7.30am"
        "anz": f"{h12}:{m:02d}{ap.lower()}",  # "6:45am"
        "za": f"{h:02d}h{m:02d}",  # "06h30"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "uk_ord": f"{d:%A} {ordinal(d.day)} {d:%B} {d.year}",
        "uk_abbr": f"{d:%a} {d.day} {d:%b} {d:%y}",  # "Tue 9 Mar 27"
        "slash": f"{d:%d/%m/%Y}",
        "ie": f"{d:%A} {d.day} {d:%B}",  # the e-mail's own year is in its Sent line
        "anz": f"{d:%A} {d.day} {d:%B} {d.year}",
        "za": f"{d:%A}, {d.day} {d:%B} {d.year}",
        "za_iso": f"{d:%a} {d.isoformat()}",
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh65")
_table = partial(head_table, size=7.5, lead=12)
_family = partial(family, _sheet, P)


def _times(call: str, rows: list[tuple[str, int]], t: str) -> list[tuple[str, str]]:
    """(label, minutes from the call) rows as (label, time written in style t)."""
    return [(lab, hm(add_minutes(call, off), t)) for lab, off in rows]


def _schedule(c: Canvas, x0: float, y: float, right: float, spec: Day, heads: list[str]) -> float:
    """The day's running order: (minutes from the call, what) rows under `heads`."""
    rows = [(hm(add_minutes(spec.call, o), spec.t), what) for o, what in spec.g["schedule"]]
    return _table(c, x0, y, heads, [0, 70], rows, right)


# --- (1) English / Welsh unit call sheets: UNIT CALL, UNIT BASE, CREW PARKING, NEAREST A&E -----


@_family(
    "uk_unit_call_ae_two_line",
    "English / Welsh regional drama unit call sheet, A4: production, episode and 'CALL SHEET "
    "No.' over a rule; a left column of UNIT CALL (large), breakfast, rehearse, lunch, wrap, "
    "sunrise and sunset; a right column of boxed blocks LOCATION, UNIT BASE, CREW PARKING and "
    "NEAREST A&E whose hospital name runs over two lines (name / 'Emergency Department', or a "
    "long name broken in two); scenes; safety notes",
    name="uk_{key}",
)
def _uk(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "helvetica", margin=36.0)
    c.text(x0, 50, title.upper(), 18, bold=True)
    c.text(x0, 64, g["episode"], 9)
    c.right(right, 50, f"CALL SHEET No. {g['n']}", 11, bold=True)
    c.right(right, 64, day_text(day, g["date_style"]), 9.5)
    c.hline(x0, right, 72, 1.2)
    c.text(x0, 96, "UNIT CALL", 9, bold=True)
    c.text(x0, 122, hm(call, t), 26, bold=True)
    rows = [*_times(call, g["times"], t), ("Sunrise", hm(rise, t)), ("Sunset", hm(fall, t))]
    label_rows(c, x0, 144, x0 + 200, rows, 8.5, 80, 13)
    bx, bw = x0 + 230, right - x0 - 230
    name_lines = g.get("hospital_lines", [p.hospital, "Emergency Department"])
    blocks = [
        ("LOCATION", [p.name, p.street, p.city, g["set"]]),
        ("UNIT BASE", [p.base_street, p.base_city]),
        ("CREW PARKING", [g["parking"]]),
        ("NEAREST A&E", [*name_lines, p.hospital_street, p.hospital_city, p.hospital_phone]),
    ]
    y = 84.0
    for head, lines in blocks:
        h = 16 + 11 * len(lines)
        c.box(bx, y, bw, h, 0.6)
        c.text(bx + 5, y + 11, head, 7.5, bold=True)
        for i, ln in enumerate(lines):
            fit(c, bx + 5, y + 23 + 11 * i, ln, 8.5, bw - 10)
        y += h + 4
    y = _table(
        c,
        x0,
        y + 18,
        ["SC", "SET", "D/N", "PGS", "CAST"],
        [0, 30, 300, 340, 390],
        g["scenes"],
        right,
    )
    titled_notes(c, x0, y + 6, "SAFETY / NOTES", 8.5, g["notes"], 7.5, right - x0, 10)
    footer(c, g["footer"], x0)
    return c.output()


def _uk_sheets() -> list[Sheet]:
    return [
        _uk(
            "bamburgh",
            "The Lindisfarne Tides",
            D(2026, 9, 22),
            "07:00",
            {
                "time_style": "uk",
                "date_style": "uk_ord",
                "n": "14",
                "episode": "Episode 3 · Block 2 · Producer: Ailsa Robson",
                "set": "the castle ramparts and the beach below",
                "parking": "Beach dunes car park (crew only, passes on dash)",
                # HARD: the long hospital name is broken over two lines in the A&E box
                "hospital_lines": ["Northumbria Specialist", "Emergency Care Hospital"],
                "times": [("Breakfast", -45), ("Rehearse", 30), ("Lunch", 330), ("Wrap", 630)],
                "scenes": [
                    ("21", "EXT. CASTLE RAMPARTS", "D", "2/8", "1, 3"),
                    ("23", "EXT. BAMBURGH BEACH", "D", "1 4/8", "1, 2"),
                ],
                "notes": ["Tide tables posted at base: beach scenes before the 13:10 high tide."],
                "footer": "Holy Island Films Ltd · Call sheet is confidential",
            },
        ),
        _uk(
            "whitehaven",
            "Harbour Lights",
            D(2027, 3, 11),
            "07:30",
            {
                "time_style": "uk_mil",
                "date_style": "uk_plain",
                "n": "6",
                "episode": "Series 2 · Ep 4 · Director: Gethin Pryce",
                "set": "the museum foyer and the harbour steps",
                "parking": "Bardywell Lane, top level (shuttle to set)",
                "times": [("Breakfast", -30), ("Rehearse", 15), ("Lunch", 300), ("Wrap", 600)],
                "scenes": [
                    ("7", "INT. MUSEUM FOYER", "D", "3/8", "2"),
                    ("9", "EXT. HARBOUR STEPS", "D", "1 1/8", "1, 2, 5"),
                ],
                "notes": ["Hi-vis on the quay at all times. Harbour master on channel 12."],
                "footer": "West Strand Pictures · Harbour Lights S2",
            },
        ),
        _uk(
            "beaumaris",
            "Menai",
            D(2026, 10, 6),
            "08:00",
            {
                "time_style": "uk",
                "date_style": "uk_short",
                "n": "22",
                "episode": "Episode 5 · Bilingual unit · Cyfarwyddwr: Non Eleri",
                "set": "the inner ward and the moat",
                "parking": "Castle Street, coned bays by the pier",
                "times": [("Breakfast", -45), ("Rehearse", 30), ("Lunch", 300), ("Wrap", 660)],
                "scenes": [
                    ("40", "EXT. CASTLE INNER WARD", "D", "2 2/8", "1, 4"),
                    ("41", "EXT. MOAT", "D", "4/8", "4"),
                ],
                "notes": ["Cadw staff on site: no rigging to the walls. Arwyddion Cymraeg first."],
                "footer": "Cwmni Afon · Menai",
            },
        ),
    ]


# --- (2) Highlands and Islands plain grids with a 'Hospital:' line under them ----------------


@_family(
    "scot_plain_grid_hospital_line",
    "Highlands and Islands drama plain grid, A4 portrait: the title and 'Call sheet' centred, "
    "a ruled three-column grid DATE | CREW CALL | SET LOCATION (the location cell in lines), a "
    "left-aligned 'Hospital: name, street, town, phone' line a few millimetres below it, a "
    "'Sunrise / Sunset' line, a ferry note, the running order and contacts",
    name="scot_{key}",
)
def _scot(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "times", margin=48.0)
    centre(c, 56, title, 20)
    centre(c, 72, f"Call sheet  ·  {g['company']}", 9.5, bold=False)
    y = 92.0
    widths = [130, 110, right - x0 - 240]
    c.grid(x0, y, widths, [18, 54])
    for i, head in enumerate(["DATE", "CREW CALL", "SET LOCATION"]):
        c.text(x0 + sum(widths[:i]) + 5, y + 12, head, 8.5, bold=True)
    c.text(x0 + 5, y + 34, day_text(day, g["date_style"]), 9.5)
    c.text(x0 + widths[0] + 5, y + 36, hm(call, t), 16, bold=True)
    lx = x0 + widths[0] + widths[1] + 5
    for i, ln in enumerate([p.name, p.street, p.city, g["set"]]):
        fit(c, lx, y + 30 + i * 10, ln, 8.5, widths[2] - 10)
    y += 72 + 12
    hosp = f"Hospital: {p.hospital}, {p.hospital_street}, {p.hospital_city} ({p.hospital_phone})"
    fit(c, x0, y, hosp, 9, right - x0)
    sunset = hm(fall, t).replace("PM", "AM") if g.get("sunset_typo") else hm(fall, t)
    c.text(x0, y + 14, f"Sunrise {hm(rise, t)}  /  Sunset {sunset}", 9)
    c.text(x0, y + 28, g["travel"], 9)
    y = _schedule(c, x0, y + 50, right, spec, ["TIME", "RUNNING ORDER"])
    rows = [(role, f"{name}  {phone}") for role, name, phone in g["contacts"]]
    label_rows(c, x0, y + 8, right, rows, 8.5, 100, 12)
    footer(c, g["footer"], x0)
    return c.output()


def _scot_sheets() -> list[Sheet]:
    return [
        _scot(
            "portree",
            "The Quiraing Letters",
            D(2026, 5, 19),
            "06:30",
            {
                "time_style": "uk",
                "date_style": "uk_plain",
                "company": "Sgiath Films",
                "set": "the pier and the coloured houses of Quay Street",
                "travel": "Crew staying at Uig: minibus leaves the Ferry Inn 05:50.",
                "schedule": [
                    (0, "Crew call, tea at the pier"),
                    (45, "Pier, sc 12-14"),
                    (300, "Lunch, Royal Hotel function room"),
                    (600, "Wrap"),
                ],
                "contacts": [
                    ("Producer", "Morag Nicolson", "07700 900311"),
                    ("Locations", "Calum MacLeod", "07700 900324"),
                ],
                "footer": "Sgiath Films · The Quiraing Letters · Day 4",
            },
        ),
        _scot(
            "callanish",
            "Stones of Lewis",
            D(2026, 11, 24),
            "08:15",
            {
                "time_style": "us",
                "date_style": "uk_short",
                "company": "Eilean Media",
                "set": "the stone circle and the avenue (north side)",
                "travel": "Unit travels from Stornoway: cars leave the Caladh Inn 07:30.",
                # HARD: the sunset is typed "AM" where the afternoon is meant
                "sunset_typo": True,
                "schedule": [
                    (0, "Crew call at the visitor centre"),
                    (30, "Circle, sc 3, 5"),
                    (240, "Lunch in the café"),
                    (420, "Wrap before dark"),
                ],
                "contacts": [
                    ("Producer", "Iain Morrison", "07700 900418"),
                    ("Safety", "Kirsty Macaulay", "07700 900422"),
                ],
                "footer": "Eilean Media · Stones of Lewis",
            },
        ),
        _scot(
            "glenfinnan",
            "The Jacobite Road",
            D(2027, 8, 3),
            "06:00",
            {
                "time_style": "uk_dot",
                "date_style": "slash",
                "company": "Lochaber Pictures",
                "set": "the monument and the loch shore",
                "travel": "Steam train passes 10.45am and 3.00pm: hold all takes.",
                "schedule": [
                    (0, "Crew call, breakfast in the station car park"),
                    (60, "Loch shore, sc 31"),
                    (330, "Lunch"),
                    (660, "Wrap"),
                ],
                "contacts": [
                    ("Producer", "Fiona Cameron", "07700 900512"),
                    ("1st AD", "Ewan Grant", "07700 900530"),
                ],
                "footer": "Lochaber Pictures · The Jacobite Road",
            },
        ),
    ]


# --- (3) Northern Irish spreadsheet exports: column letters, row numbers, ruled cells ---------


@_family(
    "ni_spreadsheet_export",
    "Northern Irish call sheet exported from a spreadsheet (Excel / Google Sheets), A4 "
    "landscape: grey column letters A-F and row numbers, every value in its own thin-ruled "
    "cell: title, date, 'Crew Call', breakfast, lunch, wrap, location, address, parking, 'A&E' "
    "with the hospital and its address, sunrise and sunset; the sheet tab's name in the footer",
    name="ni_{key}",
)
def _ni(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c = Canvas("A4", "helvetica", orientation="L")
    x0, top, rh = 40.0, 40.0, 15.0
    widths = [110, 170, 110, 170, 90, 110]
    rows: list[list[str]] = [
        [title, "", "", g["company"], "", ""],
        ["Date", day_text(day, g["date_style"]), "Day", g["day_n"], "", ""],
        ["Crew Call", hm(call, t), "Breakfast", hm(add_minutes(call, -30), t), "", ""],
        ["Lunch", hm(add_minutes(call, 330), t), "Wrap", hm(add_minutes(call, 630), t), "", ""],
        ["Location", p.name, "Set", g["set"], "", ""],
        ["Address", p.street, "", p.city, "", ""],
        ["Parking", p.base_street, "", p.base_city, "", ""],
        ["A&E", p.hospital, "", p.hospital_address, "Tel", p.hospital_phone],
        ["Sunrise", hm(rise, t), "Sunset", hm(fall, t), "", ""],
        ["", "", "", "", "", ""],
        ["Time", "Scene", "Description", "", "Cast", ""],
        *[
            [hm(add_minutes(call, o), t), sc, what, "", cast, ""]
            for o, sc, what, cast in g["scenes"]
        ],
    ]
    fill(c, x0 - 22, top - 14, sum(widths) + 22, 14, 225)
    for i, w in enumerate(widths):
        cx = x0 + sum(widths[:i])
        grey_text(c, cx + w / 2 - 3, top - 4, "ABCDEF"[i], 7.5, 90)
    for r, row in enumerate(rows):
        y = top + r * rh
        fill(c, x0 - 22, y, 22, rh, 225)
        grey_text(c, x0 - 18, y + 11, str(r + 1), 7, 90)
        for i, v in enumerate(row):
            cx = x0 + sum(widths[:i])
            c.box(cx, y, widths[i], rh, 0.2)
            if v:
                bold = r == 0 or (i in (0, 2) and v in g["bold"])
                width = widths[i] - 6 if r else 300
                fit(c, cx + 3, y + 11, v, 12 if r == 0 else 8.5, width, bold=bold)
    footer(c, g["footer"], x0)
    return c.output()


NI_BOLD = {
    "Date",
    "Day",
    "Crew Call",
    "Breakfast",
    "Lunch",
    "Wrap",
    "Location",
    "Set",
    "Address",
    "Parking",
    "A&E",
    "Sunrise",
    "Sunset",
    "Time",
    "Description",
}


def _ni_sheets() -> list[Sheet]:
    return [
        _ni(
            "enniskillen",
            "Lough Erne",
            D(2026, 6, 16),
            "07:30",
            {
                "time_style": "uk",
                "date_style": "slash",
                "company": "Fermanagh Screen Ltd",
                "day_n": "Day 9 of 24",
                "set": "Watergate and the castle yard",
                "bold": NI_BOLD,
                "scenes": [
                    (30, "18", "Yard: Nuala arrives by boat", "1, 3"),
                    (180, "19", "Watergate: the argument", "1, 2"),
                ],
                "footer": "Lough Erne call sheet.xlsx  ·  Sheet: DAY 9",
            },
        ),
        _ni(
            "portstewart",
            "Salt on the Strand",
            D(2027, 4, 20),
            "06:45",
            {
                "time_style": "us",
                "date_style": "uk_abbr",
                "company": "North Coast Pictures",
                "day_n": "Shoot day 2",
                "set": "the dunes and the shoreline by the lifeguard hut",
                "bold": NI_BOLD,
                "scenes": [
                    (45, "5", "Shoreline: the swim", "2"),
                    (240, "6", "Dunes: Declan and Orla", "1, 2"),
                ],
                "footer": "Salt on the Strand - Call Sheets - Google Sheets  ·  tab: 20 Apr",
            },
        ),
        _ni(
            "strangford",
            "The Winter Court",
            D(2026, 2, 10),
            "08:00",
            {
                "time_style": "uk_mil",
                "date_style": "uk_plain",
                "company": "Lecale Drama Ltd",
                "day_n": "Day 31 of 40",
                "set": "the farmyard and the tower house",
                "bold": NI_BOLD,
                "scenes": [
                    (30, "112", "Farmyard: horses in", "4, 6"),
                    (210, "113", "Tower house: the oath", "1, 4"),
                ],
                "footer": "WINTER COURT CALLSHEET v3.xlsx  ·  Sheet1",
            },
        ),
    ]


# --- (4) West of Ireland one-liner email sheets ----------------------------------------------


@_family(
    "ie_email_one_liner",
    "West of Ireland short-form or documentary call sheet sent as an e-mail and printed: From / "
    "To / Sent / Subject header, a greeting, the day in one line ('Call 0730 at ...', the "
    "place and its Eircode), a few lines of plan, the nearest hospital with its ED in a "
    "sentence, sunrise and sunset in a sentence, and the sender's signature",
    name="ie_{key}",
)
def _ie(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "helvetica", margin=56.0)
    w = right - x0
    head = [
        ("From", g["sender"]),
        ("Sent", f"{g['sent']}"),
        ("To", "crew list"),
        ("Subject", f"{title} - {g['subject']}"),
    ]
    label_rows(c, x0, 60, right, head, 9, 60, 13, suffix=":")
    c.hline(x0, right, 116, 0.6)
    y = 138.0
    c.text(x0, y, "Hi all,", 10)
    one = f"{day_text(day, g['date_style'])}: Call {hm(call, t)} at {p.name}, {p.address}."
    lines = [one, *g["lines"].format(**{"set": g["set"]}).split("\n")]
    lines.append(
        f"Nearest hospital with an ED: {p.hospital}, {p.hospital_address} ({p.hospital_phone})."
    )
    lines.append(f"Sunrise {hm(rise, t)}, sunset {hm(fall, t)}. Park at {p.base}.")
    y += 22
    for ln in lines:
        y = titled_notes(c, x0, y - 12, "", 1, [ln], 10, w, 14, gap=12) + 6
    c.text(x0, y + 8, "Thanks,", 10)
    c.text(x0, y + 22, g["sender"].split(" <")[0], 10, bold=True)
    grey_text(c, x0, y + 36, g["sig"], 8.5)
    return c.output()


def _ie_sheets() -> list[Sheet]:
    return [
        _ie(
            "liscannor",
            "Edge of the Atlantic",
            D(2026, 9, 3),
            "07:30",
            {
                "time_style": "uk_mil",
                # HARD: the body's date has no year; the Sent line above it is the day before
                "date_style": "ie",
                "sent": "Wednesday 2 September 2026 18:42",
                "subject": "call tomorrow",
                "sender": "Siobhán Ó Loingsigh <siobhan@burrenfilms.ie>",
                "set": "the cliff path south of O'Brien's Tower",
                "lines": "We're on {set} all morning, drone from 09:00 if the wind allows.\n"
                "Lunch at the visitor centre café 13:00.",
                "sig": "Producer · Burren Films · 087 555 0142",
            },
        ),
        _ie(
            "achill",
            "Keem",
            D(2027, 6, 9),
            "05:45",
            {
                "time_style": "uk",
                "date_style": "uk_plain",
                "sent": "Tue 08/06/2027 21:15",
                "subject": "CALL SHEET Wed",
                "sender": "Pádraig Mac Giolla <padraig@westlight.ie>",
                "set": "the strand and the path above it",
                "lines": "Early one for the light: {set}.\n"
                "Bring wet gear, the road down to Keem is single track so car share.",
                "sig": "Westlight Productions · Achill Sound",
            },
        ),
        _ie(
            "roundstone",
            "The Curragh Makers",
            D(2026, 10, 15),
            "08:30",
            {
                "time_style": "uk_dot",
                "date_style": "uk_ord",
                "sent": "14 October 2026 at 19:03",
                "subject": "tomorrow's call",
                "sender": "Áine Conneely <aine@connemaradocs.ie>",
                "set": "the pier and the boat shed behind it",
                "lines": "Interviews in {set}, boats on the water after lunch.\n"
                "Tea and sandwiches from O'Dowd's at 1pm.",
                "sig": "Connemara Docs · sent from my phone",
            },
        ),
    ]


# --- (5) ANZ TVC sheets: 'Shoot Day 2 of 3 · Thursday' trailing the title, 'Crew call 6:45am' -


@_family(
    "anz_tvc_day_of_trailing",
    "Australian / New Zealand TV commercial call sheet, A4: agency, client and production "
    "company over a dark rule; the job title with 'Shoot Day 2 of 3 · Thursday' trailing it on "
    "the same baseline; the date; a times row 'Crew call 6:45am' / talent / first shot / "
    "lunch / wrap; LOCATION, PARKING and HOSPITAL (EMERGENCY) side by side; sun; shot list",
    name="anz_{key}",
)
def _anz(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "helvetica", margin=34.0)
    w = right - x0
    grey_text(c, x0, 40, f"Agency: {g['agency']}  ·  Client: {g['client']}", 8.5, 90)
    c.right(right, 40, g["company"], 9, bold=True)
    fill(c, x0, 46, w, 3, 30)
    tw = c.text(x0, 76, title, 17, bold=True)
    c.text(x0 + tw + 12, 76, f"Shoot Day {g['day_n']} · {day:%A}", 11)
    c.text(x0, 92, day_text(day, g["date_style"]), 10)
    times = [(f"Crew call {hm(call, t)}", True)]
    times += [(f"{lab} {hm(add_minutes(call, o), t)}", False) for lab, o in g["times"]]
    x = x0
    for text, bold in times:
        x += c.text(x, 114, text, 10 if bold else 8.5, bold=bold) + 16
    c.hline(x0, right, 122, 0.4)
    bw = w / 3
    cols = [
        ("LOCATION", [p.name, p.street, p.city, g["set"]]),
        ("PARKING / UNIT", [p.base_street, p.base_city]),
        (
            "HOSPITAL (EMERGENCY)",
            [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
        ),
    ]
    for i, (head, lines) in enumerate(cols):
        c.text(x0 + i * bw, 138, head, 7.5, bold=True)
        for k, ln in enumerate(lines):
            fit(c, x0 + i * bw, 150 + k * 11, ln, 8.5, bw - 8)
    c.text(x0, 206, f"First light / sunrise {hm(rise, t)}   ·   Sunset {hm(fall, t)}", 8.5)
    rows = [(hm(add_minutes(call, o), t), shot, note) for o, shot, note in g["shots"]]
    y = _table(c, x0, 230, ["TIME", "SHOT", "NOTES"], [0, 60, 300], rows, right)
    titled_notes(c, x0, y + 4, "NOTES", 8.5, g["notes"], 7.5, w, 10)
    footer(c, g["footer"], x0)
    return c.output()


def _anz_sheets() -> list[Sheet]:
    return [
        _anz(
            "broome",
            "Pearl Coast Tourism 'Stay Longer'",
            D(2026, 7, 16),
            "06:45",
            {
                "time_style": "anz",
                "date_style": "anz",
                "day_n": "2 of 3",
                "agency": "Salt & Spinifex",
                "client": "Tourism Western Australia",
                "company": "Red Dirt Films",
                "set": "the beach at the camel-train rocks",
                "times": [("Talent", 45), ("First shot", 75), ("Lunch", 330), ("Wrap", 660)],
                "shots": [
                    (75, "Camels along the shore", "low sun, long lens"),
                    (600, "Sunset wide", "hold for the camel silhouettes"),
                ],
                "notes": ["Saltwater crocodile warning signs: stay on the sand. Sunscreen!"],
                "footer": "Red Dirt Films Pty Ltd · ABN 51 000 000 000",
            },
        ),
        _anz(
            "akaroa",
            "Harbour Cheddar",
            D(2027, 2, 25),
            "07:15",
            {
                "time_style": "anz",
                "date_style": "uk_plain",
                "day_n": "1 of 2",
                "agency": "Bright Harbour",
                "client": "Banks Peninsula Dairy Co",
                "company": "Southern Reel Ltd",
                "set": "the wharf end and the fishing boats",
                "times": [("Talent", 60), ("First shot", 90), ("Lunch", 360), ("Wrap", 630)],
                "shots": [
                    (90, "Cheese board on the wharf", "hero pack"),
                    (240, "Boat arrives", "drone, CAA-approved"),
                ],
                "notes": ["Wharf stays open to the public: keep the walkway clear."],
                "footer": "Southern Reel Ltd · Ōtautahi Christchurch",
            },
        ),
        _anz(
            "strahan",
            "Wild West Coast Rail",
            D(2026, 11, 12),
            "05:30",
            {
                "time_style": "anz",
                "date_style": "iso",
                "day_n": "3 of 3",
                "agency": "Huon & Pine",
                "client": "Tourism Tasmania",
                "company": "King Billy Pictures",
                "set": "the wharf and the Gordon River cruise berth",
                "times": [("Talent", 30), ("First shot", 60), ("Lunch", 300), ("Wrap", 600)],
                "shots": [
                    (60, "Morning mist on Macquarie Harbour", "wide"),
                    (150, "Cruise boat departs", "tracking from the tender"),
                ],
                "notes": ["Cruise departs 8:30am sharp: we shoot it, we don't hold it."],
                "footer": "King Billy Pictures · lutruwita / Tasmania",
            },
        ),
    ]


# --- (6) KwaZulu-Natal / Eastern Cape service sheets: two-column list, '06h30', CASUALTY -----


@_family(
    "za_kzn_ec_two_column",
    "KwaZulu-Natal / Eastern Cape service production call sheet, A4: the service company "
    "centred with its CIPC number, 'CALL SHEET' and the date ('Tuesday, 8 December 2026'); two "
    "columns of label rows, times on the left ('Crew call 06h30', 'Shooting call', lunch, "
    "wrap, sunrise, sunset, tide) and places on the right (location, unit base, 'CASUALTY' "
    "with the private hospital and its number, NSRI and ER24 numbers); a scene table",
    name="za_{key}",
)
def _za(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "helvetica", margin=38.0)
    w = right - x0
    centre(c, 44, g["company"], 11)
    centre(c, 56, g["reg"], 7.5, bold=False)
    c.hline(x0, right, 64, 0.8)
    c.text(x0, 88, title, 16, bold=True)
    c.text(x0, 102, f"for {g['client']}", 8.5)
    c.right(right, 88, "CALL SHEET", 12, bold=True)
    c.right(right, 102, day_text(day, g["date_style"]), 9)
    left = [("Crew call", hm(call, t))]
    left += _times(call, g["times"], t)
    left += [("Sunrise", hm(rise, t)), ("Sunset", hm(fall, t)), ("Tide", g["tide"])]
    label_rows(c, x0, 128, x0 + 190, left, 9, 80, 14)
    mx = x0 + 210
    y = 128.0
    blocks = [
        ("LOCATION", [p.name, p.street, p.city, g["set"]]),
        ("UNIT BASE", [p.base]),
        ("CASUALTY", [p.hospital, p.hospital_address, f"Tel {p.hospital_phone}"]),
        ("EMERGENCY", ["ER24 084 124 · NSRI 112 from a cellphone"]),
    ]
    for head, lines in blocks:
        c.text(mx, y, head, 8, bold=True)
        for ln in lines:
            fit(c, mx + 70, y, ln, 8.5, right - mx - 70)
            y += 11
        y += 5
    y = max(y, 128 + 14 * len(left)) + 10
    y = _table(
        c, x0, y, ["SC", "DESCRIPTION", "D/N", "CAST"], [0, 40, 340, 380], g["scenes"], right
    )
    titled_notes(c, x0, y + 4, "NOTES", 8.5, g["notes"], 7.5, w, 10)
    footer(c, g["footer"], x0)
    return c.output()


def _za_sheets() -> list[Sheet]:
    return [
        _za(
            "ballito",
            "Dolphin Coast",
            D(2026, 12, 8),
            "06:30",
            {
                "time_style": "za",
                "date_style": "za",
                "company": "NORTH COAST FILM SERVICES (PTY) LTD",
                "reg": "Reg. 2014/123456/07 · Ballito · +27 32 555 0100",
                "client": "Brightwater Pictures (Germany)",
                "set": "the tidal pool and the promenade",
                "tide": "Low 08h12 · High 14h25",
                "times": [("Shooting call", 60), ("Lunch", 330), ("Wrap", 630)],
                "scenes": [
                    ("14", "Promenade: morning run", "D", "1, 2"),
                    ("15", "Tidal pool: the swim", "D", "2"),
                ],
                "notes": ["Lifeguards on duty from 08h00: film only in the flagged area."],
                "footer": "North Coast Film Services · Dolphin Coast · CS 12",
            },
        ),
        _za(
            "umhlanga",
            "Saltwater Summer",
            D(2027, 1, 19),
            "05:45",
            {
                "time_style": "za",
                "date_style": "za_iso",
                "company": "ZULULAND LINE PRODUCERS CC",
                "reg": "CK 2009/044321/23 · Durban · +27 31 555 0123",
                "client": "Fjord & Field (Norway)",
                "set": "the lighthouse lawn and the promenade below it",
                "tide": "High 06h40",
                "times": [("Shooting call", 45), ("Lunch", 360), ("Wrap", 660)],
                "scenes": [
                    ("3", "Lighthouse lawn: the proposal", "D", "1, 4"),
                    ("4", "Promenade: walk and talk", "D", "1, 4, 6"),
                ],
                "notes": ["Shark nets are serviced at dawn: no swimming before 07h00."],
                "footer": "Zululand Line Producers · Saltwater Summer",
            },
        ),
        _za(
            "jbay",
            "Perfect Right",
            D(2026, 7, 14),
            "07:00",
            {
                "time_style": "us",
                "date_style": "uk_plain",
                "company": "KOUGA COAST PRODUCTIONS",
                "reg": "Reg. 2019/554433/07 · Jeffreys Bay · +27 42 555 0199",
                "client": "Swell Media (Australia)",
                "set": "the point and the boardwalk",
                "tide": "Mid, pushing from 09h30",
                "times": [("Shooting call", 30), ("Lunch", 300), ("Wrap", 600)],
                "scenes": [
                    ("22", "The point: surf action", "D", "3, 5"),
                    ("23", "Boardwalk: interview", "D", "3"),
                ],
                "notes": ["Water safety jet-ski on standby. Wetsuits from the van at base."],
                "footer": "Kouga Coast Productions · Perfect Right",
            },
        ),
    ]


# --- near misses: papers that call people to a place at a time but plan no shoot ------------


def _notice(
    head: tuple[str, str, str],
    facts: list[tuple[str, str]],
    table: tuple[list[str], list[float], list[tuple[str, ...]]],
    notes: tuple[str, list[str]],
) -> bytes:
    """A near miss: its heading lines, fact rows, a ruled table and notes."""
    c, x0, right = page("A4", "helvetica", margin=42.0)
    c.text(x0, 50, head[0], 13, bold=True)
    grey_text(c, x0, 63, head[1], 8.5)
    c.right(right, 50, head[2], 10, bold=True)
    c.hline(x0, right, 71, 1.0)
    y = label_rows(c, x0, 94, right, facts, 9, 120, 14, suffix=":")
    heads, xs, rows = table
    y = head_table(c, x0, y + 8, heads, xs, rows, right, size=8.5, lead=14, ruled=True)
    titled_notes(c, x0, y + 6, notes[0], 9, notes[1], 8.5, right - x0, 11)
    return c.output()


def _lifeboat_exercise() -> bytes:
    """An RNLI-style station's exercise programme: crew muster times, the boat, the hospital
    for casualty care; a photographer comes for the station's newsletter."""
    return _notice(
        ("PORTREE LIFEBOAT STATION", "Quay Street, Portree IV51 9DE", "EXERCISE PROGRAMME"),
        [
            ("Date", "Sunday 14 June 2026"),
            ("Crew muster", "09:00 at the boathouse (pagers will NOT be set off)"),
            ("Launch", "09:30 Severn class, Sound of Raasay"),
            ("Casualty care", "Broadford Hospital, Isle of Skye IV49 9AA"),
            ("Coxswain", "Donald MacInnes 07700 900601"),
        ],
        (
            ["TIME", "EXERCISE", "CREW", "WHERE"],
            [0, 60, 260, 370],
            [
                ("09:30", "Tow with the Raasay ferry's RIB", "Boat crew A", "Sound of Raasay"),
                ("11:00", "Casualty recovery, stretcher", "Boat crew B", "Ben Tianavaig"),
                ("12:30", "Debrief and wash-down", "All", "Boathouse"),
            ],
        ),
        (
            "Notes",
            [
                "A photographer from the Lifeboat magazine will be on the quay; wear full kit "
                "with helmets for any photos. Tea and bacon rolls after.",
            ],
        ),
    )


def _sheepdog_trial() -> bytes:
    """A sheepdog trial's running order: handlers' walk-up times, the course, the judge; a
    local TV crew may film the final."""
    return _notice(
        ("BAMBURGH & DISTRICT SHEEPDOG TRIAL", "Glororum Farm, Bamburgh NE69 7AW", "RUNNING ORDER"),
        [
            ("Date", "Saturday 5th September 2026"),
            ("Handlers' briefing", "07:45 at the secretary's tent"),
            ("First run", "08:15 (open class), 400 yd outrun"),
            ("Judge", "Mr R. Armstrong, Alnwick"),
            ("First aid", "St John Ambulance on the field"),
        ],
        (
            ["RUN", "HANDLER", "DOG", "WALK-UP"],
            [0, 50, 220, 350],
            [
                ("1", "Tom Elliot", "Moss", "08:15"),
                ("2", "Jean Charlton", "Fly", "08:27"),
                ("3", "Alan Robson", "Cap", "08:39"),
                ("4", "Kirsty Dodd", "Nell", "08:51"),
            ],
        ),
        (
            "Notes",
            [
                "Dogs on leads off the course. A Border TV crew may film the final run: handlers "
                "who object tell the secretary. Tea tent opens 07:30.",
            ],
        ),
    )


def _surf_carnival_roster() -> bytes:
    """A surf life-saving carnival's marshal roster: officials' report times, the beach, the
    events; the club's videographer is one of the officials."""
    return _notice(
        (
            "CABLE BEACH SURF LIFE SAVING CLUB",
            "Cable Beach Road West, Cable Beach WA 6726",
            "CARNIVAL OFFICIALS ROSTER",
        ),
        [
            ("Date", "Sunday 19 July 2026"),
            ("Officials report", "6:45am at the clubhouse for the water safety briefing"),
            ("First event", "8:00am U14 board race"),
            ("Hospital", "Broome Hospital, 28 Robinson Street (water safety only)"),
            ("Referee", "Gail Thompson 0400 555 019"),
        ],
        (
            ["AREA", "OFFICIAL", "REPORT", "RADIO"],
            [0, 140, 300, 400],
            [
                ("Start / finish", "Dean Morris", "6:45am", "Ch 1"),
                ("Water safety IRB", "Leah Karpany", "6:30am", "Ch 2"),
                ("Judges' tower", "Sam Walker", "7:15am", "Ch 1"),
                ("Photo / video", "Priya Nair", "7:30am", "-"),
            ],
        ),
        (
            "Notes",
            [
                "Club videographer films finishes for the judges' review only. Hats and sunscreen; "
                "sausage sizzle from 11am.",
            ],
        ),
    )


def _other_sheets() -> list[Sheet]:
    docs = [
        (
            "near_miss_lifeboat_exercise_programme",
            "a Highland lifeboat station's exercise programme, A4: station, 'EXERCISE "
            "PROGRAMME', date, crew muster time, launch, casualty care hospital, coxswain; a "
            "ruled TIME / EXERCISE / CREW / WHERE table; notes on a magazine photographer",
            _lifeboat_exercise,
        ),
        (
            "near_miss_sheepdog_trial_running_order",
            "a Northumberland sheepdog trial's running order, A4: the trial and farm, date, "
            "handlers' briefing, first run, judge, first aid; a ruled RUN / HANDLER / DOG / "
            "WALK-UP table; notes mentioning a TV crew filming the final",
            _sheepdog_trial,
        ),
        (
            "near_miss_surf_carnival_officials_roster",
            "a Western Australian surf life-saving club's carnival officials roster, A4: club, "
            "date, 'Officials report 6:45am', first event, hospital, referee; a ruled AREA / "
            "OFFICIAL / REPORT / RADIO table; notes on the club videographer",
            _surf_carnival_roster,
        ),
    ]
    return near_misses(_sheet, docs)


def sheets() -> list[Sheet]:
    return [
        *_uk_sheets(),
        *_scot_sheets(),
        *_ni_sheets(),
        *_ie_sheets(),
        *_anz_sheets(),
        *_za_sheets(),
        *_other_sheets(),
    ]
