"""Sixty-ninth held-out set: UK and Irish call sheets in layouts the corpus lacks, in towns of
East Anglia, the English Midlands, mid-Wales and the Irish midlands not yet in the corpus
(`fresh68_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh68"). Continuing-drama location unit sheets with a row of UNIT CALL /
ON SET / BREAKFAST FROM boxes and a separate RVP (rendezvous point) block beside the unit base
(Lavenham, Wells-next-the-Sea, Aldeburgh); children's drama location sheets with a CHILDREN -
LICENSED HOURS table and a CHAPERONES block (Oakham, Southwell, Bridgnorth); corporate video
one-page schedules typed into a Word table (Loughborough, Market Harborough, Matlock); music
video sheets with a department PRE-CALL / CALL table (Machynlleth, Aberaeron, Welshpool);
documentary 'shoot schedule' e-mails printed from a webmail, their location postcode first
(Brancaster Staithe, Orford, Cley); Irish feature sheets with Irish / English section headings
and a 'LÁ 3 / DAY 3' band (Birr, Kilbeggan, Strokestown). Three near misses, all `other`: a
bell tower's quarter-peal rota, a canal lock stoppage schedule and a point-to-point race card.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.corpus.draw import Canvas, black, centre
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
from tests.corpus.fresh_skeletons import Day, family, footer, near_misses, notice
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date

P: dict[str, Place] = {
    # (1) East Anglian continuing-drama location unit sheets with an RVP
    "lavenham": _p(
        "uk",
        "Lavenham Guildhall",
        "Market Place",
        "Lavenham, Sudbury CO10 9QZ",
        52.1077,
        0.7963,
        "Europe/London",
        "West Suffolk Hospital",
        "Hardwick Lane",
        "Bury St Edmunds IP33 2QZ",
        "01284 713000",
        "Lavenham Village Hall, Church Street",
        "Lavenham CO10 9QT",
    ),
    "wells": _p(
        "uk",
        "Wells Quay",
        "The Quay",
        "Wells-next-the-Sea NR23 1AU",
        52.9547,
        0.8533,
        "Europe/London",
        "Queen Elizabeth Hospital",
        "Gayton Road",
        "King's Lynn PE30 4ET",
        "01553 613613",
        "Beach Road car park",
        "Wells-next-the-Sea NR23 1DR",
    ),
    "aldeburgh": _p(
        "uk",
        "Moot Hall",
        "Market Cross Place",
        "Aldeburgh IP15 5DS",
        52.1520,
        1.6027,
        "Europe/London",
        "Ipswich Hospital",
        "Heath Road",
        "Ipswich IP4 5PD",
        "01473 712233",
        "Fort Green car park",
        "Aldeburgh IP15 5DE",
    ),
    # (2) Midlands children's drama sheets with LICENSED HOURS and CHAPERONES
    "oakham": _p(
        "uk",
        "Rutland County Museum",
        "Catmose Street",
        "Oakham LE15 6HW",
        52.6705,
        -0.7271,
        "Europe/London",
        "Peterborough City Hospital",
        "Bretton Gate",
        "Peterborough PE3 9GZ",
        "01733 678000",
        "Catmose Sports Centre car park, Huntsmans Drive",
        "Oakham LE15 6RP",
    ),
    "southwell": _p(
        "uk",
        "Southwell Minster",
        "Church Street",
        "Southwell NG25 0HD",
        53.0770,
        -0.9550,
        "Europe/London",
        "King's Mill Hospital",
        "Mansfield Road",
        "Sutton-in-Ashfield NG17 4JL",
        "01623 622515",
        "Southwell Leisure Centre, Bishops Drive",
        "Southwell NG25 0AS",
    ),
    "bridgnorth": _p(
        "uk",
        "Severn Valley Railway, Bridgnorth Station",
        "Hollybush Road",
        "Bridgnorth WV16 5DT",
        52.5323,
        -2.4256,
        "Europe/London",
        "Princess Royal Hospital",
        "Apley Castle",
        "Telford TF1 6TF",
        "01952 641222",
        "Innage Lane car park",
        "Bridgnorth WV16 4HP",
    ),
    # (3) Midlands corporate video one-page Word schedules
    "loughborough": _p(
        "uk",
        "Charnwood Museum",
        "Granby Street",
        "Loughborough LE11 3DU",
        52.7700,
        -1.2040,
        "Europe/London",
        "Leicester Royal Infirmary",
        "Infirmary Square",
        "Leicester LE1 5WW",
        "0300 303 1573",
        "Granby Street car park",
        "Loughborough LE11 3DU",
    ),
    "harborough": _p(
        "uk",
        "The Old Grammar School",
        "Church Square",
        "Market Harborough LE16 7NB",
        52.4776,
        -0.9209,
        "Europe/London",
        "Kettering General Hospital",
        "Rothwell Road",
        "Kettering NN16 8UZ",
        "01536 492000",
        "Commons car park, Welland Park Road",
        "Market Harborough LE16 9DR",
    ),
    "matlock": _p(
        "uk",
        "County Hall",
        "Smedley Street",
        "Matlock DE4 3AG",
        53.1395,
        -1.5530,
        "Europe/London",
        "Chesterfield Royal Hospital",
        "Chesterfield Road, Calow",
        "Chesterfield S44 5BL",
        "01246 277271",
        "County Hall visitor car park, Bank Road",
        "Matlock DE4 3NN",
    ),
    # (4) mid-Wales music video sheets with department pre-calls
    "machynlleth": _p(
        "uk",
        "Y Plas",
        "Heol Maengwyn",
        "Machynlleth SY20 8ER",
        52.5902,
        -3.8476,
        "Europe/London",
        "Bronglais General Hospital",
        "Caradog Road",
        "Aberystwyth SY23 1ER",
        "01970 623131",
        "Y Plas rear car park",
        "Machynlleth SY20 8ER",
    ),
    "aberaeron": _p(
        "uk",
        "Aberaeron Harbour",
        "Quay Parade",
        "Aberaeron SA46 0BT",
        52.2432,
        -4.2603,
        "Europe/London",
        "Bronglais General Hospital",
        "Caradog Road",
        "Aberystwyth SY23 1ER",
        "01970 623131",
        "South Beach car park",
        "Aberaeron SA46 0DB",
    ),
    "welshpool": _p(
        "uk",
        "Welshpool & Llanfair Light Railway",
        "Raven Square",
        "Welshpool SY21 7LT",
        52.6580,
        -3.1610,
        "Europe/London",
        "Royal Shrewsbury Hospital",
        "Mytton Oak Road",
        "Shrewsbury SY3 8XQ",
        "01743 261000",
        "Church Street long-stay car park",
        "Welshpool SY21 7DR",
    ),
    # (5) East Anglian documentary shoot-schedule e-mails, postcode first
    "brancaster": _p(
        "uk",
        "Brancaster Staithe Harbour",
        "Main Road",
        "Brancaster Staithe PE31 8BW",
        52.9660,
        0.6640,
        "Europe/London",
        "Queen Elizabeth Hospital",
        "Gayton Road",
        "King's Lynn PE30 4ET",
        "01553 613613",
        "Harbour car park (pay at the hut)",
        "Brancaster Staithe PE31 8BW",
    ),
    "orford": _p(
        "uk",
        "Orford Quay",
        "Quay Street",
        "Orford, Woodbridge IP12 2NU",
        52.0930,
        1.5350,
        "Europe/London",
        "Ipswich Hospital",
        "Heath Road",
        "Ipswich IP4 5PD",
        "01473 712233",
        "Quay Street car park",
        "Orford IP12 2NU",
    ),
    "cley": _p(
        "uk",
        "Cley Marshes Visitor Centre",
        "Coast Road",
        "Cley next the Sea NR25 7SA",
        52.9560,
        1.0540,
        "Europe/London",
        "Norfolk and Norwich University Hospital",
        "Colney Lane",
        "Norwich NR4 7UY",
        "01603 286286",
        "Visitor centre car park (NWT members' end)",
        "Cley next the Sea NR25 7SA",
    ),
    # (6) Irish midlands feature sheets, Irish / English headings
    "birr": _p(
        "ie",
        "Birr Castle Demesne",
        "Rosse Row",
        "Birr, Co. Offaly R42 V513",
        53.0960,
        -7.9130,
        "Europe/Dublin",
        "Midland Regional Hospital Tullamore",
        "Arden Road",
        "Tullamore, Co. Offaly R35 NY51",
        "057 932 1501",
        "Emmet Square",
        "Birr, Co. Offaly",
    ),
    "kilbeggan": _p(
        "ie",
        "Kilbeggan Distillery",
        "Main Street",
        "Kilbeggan, Co. Westmeath N91 W67N",
        53.3690,
        -7.5020,
        "Europe/Dublin",
        "Regional Hospital Mullingar",
        "Longford Road",
        "Mullingar, Co. Westmeath N91 NA43",
        "044 934 0221",
        "Kilbeggan Racecourse car park, Loughnagore",
        "Kilbeggan, Co. Westmeath",
    ),
    "strokestown": _p(
        "ie",
        "Strokestown Park",
        "Bawn Street",
        "Strokestown, Co. Roscommon F42 H282",
        53.7760,
        -8.1030,
        "Europe/Dublin",
        "Sligo University Hospital",
        "The Mall",
        "Sligo F91 H684",
        "071 917 1111",
        "Strokestown Park coach park",
        "Strokestown, Co. Roscommon",
    ),
}

UK_WD = ["Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun"]
GA_WD = ["Dé Luain", "Dé Máirt", "Dé Céadaoin", "Déardaoin", "Dé hAoine", "Dé Sathairn"]
GA_WD += ["Dé Domhnaigh"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "uk": f"{h:02d}:{m:02d}",  # "07:30"
        "uk_mil": f"{h:02d}{m:02d}",  # "0730"
        "uk_dot": f"{h12}.{m:02d}{ap.lower()}",  # "7.30am"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "uk_weds": f"{UK_WD[d.weekday()]} {ordinal(d.day)} {d:%b} {d.year}",  # "Weds 10th Nov 2027"
        "uk_weds_noyear": f"{UK_WD[d.weekday()]} {ordinal(d.day)} {d:%b}",
        "slash_yy": f"{d:%d/%m/%y}",  # "10/11/27"
        "dots": f"{d:%d.%m.%Y}",  # "10.11.2027"
        "wd_dots": f"{d:%A} {d:%d.%m.%Y}",
        "ga_dots": f"{GA_WD[d.weekday()]} / {d:%A}  {d:%d.%m.%Y}",
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh68")
_table = partial(head_table, size=7.5, lead=12)
_family = partial(family, _sheet, P)


def _times(call: str, rows: list[tuple[str, int]], t: str) -> list[tuple[str, str]]:
    """(label, minutes from the call) rows as (label, time written in style t)."""
    return [(lab, hm(add_minutes(call, off), t)) for lab, off in rows]


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


# --- (1) continuing drama location unit: UNIT CALL / ON SET / BREAKFAST FROM boxes, RVP --------


@_family(
    "uk_cont_drama_rvp",
    "East Anglian continuing-drama location unit daily call sheet, A4: production company and "
    "'DAILY CALL SHEET' left, episode block and 'Day 4 of 10' right; the date over a row of "
    "five boxes UNIT CALL / ON SET / BREAKFAST FROM / LUNCH / WRAP (time large in each); "
    "LOCATION and UNIT BASE at the left, RVP (crew rendezvous, minibus to set) and NEAREST A&E "
    "at the right; sunrise / sunset; SC / SET / D/N / PGS / CAST; artists' pick-ups; notes",
    name="rvp_{key}",
)
def _rvp(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "helvetica", margin=34.0)
    c.text(x0, 44, g["company"], 9, bold=True)
    grey_text(c, x0, 56, "Continuing Drama · Location Unit", 8)
    centre(c, 50, title.upper(), 17)
    c.right(right, 44, g["block"], 8.5)
    c.right(right, 56, g["day_of"], 8.5, bold=True)
    c.text(x0, 82, "DAILY CALL SHEET", 12, bold=True)
    c.right(right, 82, day_text(day, g["date_style"]), 11, bold=True)
    c.hline(x0, right, 88, 1.0)
    heads = ["UNIT CALL", "ON SET", "BREAKFAST FROM", "LUNCH", "WRAP (EST.)"]
    offs = [0, g["on_set"], g["breakfast"], g["lunch"], g["wrap"]]
    w = (right - x0) / 5
    for i, (head, off) in enumerate(zip(heads, offs, strict=True)):
        bx = x0 + i * w
        c.box(bx, 96, w, 46, 0.8 if i else 1.6)
        c.text(bx + 6, 108, head, 7.5, bold=True)
        c.text(bx + 6, 134, hm(add_minutes(call, off), t), 18 if i else 20, bold=True)
    half = (right - x0 - 10) / 2
    xr = x0 + half + 10
    y1 = _block(c, x0, 152, half, "LOCATION", [p.name, p.street, p.city, g["set"]])
    y1 = _block(
        c,
        x0,
        y1 + 4,
        half,
        "UNIT BASE (trucks, costume, make-up, catering)",
        [p.base_street, p.base_city],
    )
    rvp = [g["rvp"], g["rvp_note"]]
    y2 = _block(c, xr, 152, half, "RVP (crew & cast rendezvous)", rvp)
    y2 = _block(
        c,
        xr,
        y2 + 4,
        half,
        "NEAREST A&E",
        [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
    )
    y = max(y1, y2) + 16
    c.text(x0, y, f"Sunrise {hm(rise, t)}   Sunset {hm(fall, t)}   Weather: {g['weather']}", 8.5)
    y = _table(
        c,
        x0,
        y + 18,
        ["SC", "SET", "D/N", "PGS", "CAST"],
        [0, 34, 300, 340, 385],
        g["scenes"],
        right,
    )
    rows = [
        (
            n,
            a,
            ch,
            hm(add_minutes(call, o), t),
            hm(add_minutes(call, o + 20), t),
            hm(add_minutes(call, o + 75), t),
        )
        for n, a, ch, o in g["cast"]
    ]
    y = _table(
        c,
        x0,
        y + 4,
        ["NO.", "ARTIST", "CHARACTER", "P/UP", "M/U", "ON SET"],
        [0, 34, 160, 290, 350, 410],
        rows,
        right,
    )
    titled_notes(c, x0, y + 6, "NOTES", 8.5, g["notes"], 7.5, right - x0, 10)
    footer(c, g["footer"], x0)
    return c.output()


def _rvp_sheets() -> list[Sheet]:
    return [
        _rvp(
            "lavenham",
            "Weavers Row",
            D(2026, 11, 10),
            "07:30",
            {
                "time_style": "uk",
                "date_style": "uk_long",
                "company": "Stour Valley Television",
                "block": "Block 71 · Eps 2143-2146",
                "day_of": "Day 4 of 10",
                "on_set": 45,
                "breakfast": -45,
                "lunch": 330,
                "wrap": 630,
                "set": "the Guildhall and Market Place",
                # HARD: the RVP's minibus time (06:50) is earlier than the unit call and is
                # printed in its own box; the call is the UNIT CALL box's 07:30
                "rvp": "Lavenham Church car park, Church Street CO10 9SA",
                "rvp_note": "Minibus to set every 10 mins from 06:50. NO crew cars at location.",
                "weather": "Bright, cold, 7°C, light W wind",
                "scenes": [
                    ("2143/12", "EXT. MARKET PLACE - GUILDHALL STEPS", "D1", "1 2/8", "1, 4"),
                    ("2144/7", "INT. GUILDHALL - MEETING ROOM", "D2", "2 3/8", "1, 2, 6"),
                    ("2146/3", "EXT. MARKET PLACE", "D4", "4/8", "2, 6"),
                ],
                "cast": [
                    ("1", "Helen Marsh", "Ruth Aldous", -15),
                    ("2", "Kwame Osei", "Dan Fenn", 30),
                    ("4", "Maureen Tye", "Gwen Aldous", -15),
                    ("6", "Ollie Brand", "Jack Fenn", 120),
                ],
                "notes": [
                    "Market Place closed to traffic 07:00-18:00 under the Babergh permit. "
                    "Residents' letters drop Friday. Keep the Guildhall porch clear for "
                    "National Trust visitors from 11:00.",
                ],
                "footer": "Stour Valley Television · Weavers Row · Confidential",
            },
        ),
        _rvp(
            "wells",
            "Weavers Row",
            D(2027, 3, 16),
            "07:00",
            {
                "time_style": "uk_mil",
                "date_style": "uk_weds",
                "company": "Stour Valley Television",
                "block": "Block 84 · Eps 2191-2194",
                "day_of": "Day 2 of 10",
                "on_set": 60,
                "breakfast": -30,
                "lunch": 300,
                "wrap": 600,
                "set": "the quayside and the granary front",
                "rvp": "Stearman's Yard, Freeman Street NR23 1BQ",
                "rvp_note": "Walk to set (5 mins); crew parking at the Beach Road car park.",
                "weather": "Showers, 9°C, WNW 20 mph on the quay",
                "scenes": [
                    ("2191/4", "EXT. THE QUAY - WHELK SHED", "D1", "1 4/8", "3, 5"),
                    ("2192/9", "EXT. QUAYSIDE - GRANARY", "D1", "6/8", "3"),
                ],
                "cast": [
                    ("3", "Priya Lall", "Sunita Rae", -30),
                    ("5", "Tom Gedge", "Billy Cox", 60),
                ],
                "notes": [
                    "High water 1004: no working on the quay edge without a life-jacket. The "
                    "harbour master's launch is on channel 12.",
                ],
                "footer": "Stour Valley Television · Weavers Row · Confidential",
            },
        ),
        _rvp(
            "aldeburgh",
            "Shingle Street",
            D(2026, 9, 29),
            "08:00",
            {
                "time_style": "uk",
                "date_style": "slash_yy",
                "company": "Alde Pictures for ITV",
                "block": "Series 4 · Block 3 · Eps 9-10",
                "day_of": "Day 7 of 12",
                "on_set": 30,
                "breakfast": -60,
                "lunch": 300,
                "wrap": 660,
                "set": "the Moot Hall and the beach",
                "rvp": "Thorpeness Road lay-by (north end)",
                "rvp_note": "Shuttle every 15 mins from 07:15. Artists collected from the hotel.",
                "weather": "Sunny spells, 16°C",
                "scenes": [
                    ("9/22", "INT. MOOT HALL - COUNCIL CHAMBER", "D3", "2 1/8", "1, 2, 3"),
                    ("10/4", "EXT. BEACH BELOW MOOT HALL", "D5", "1 6/8", "1, 7"),
                ],
                "cast": [
                    ("1", "Rosalind Keyes", "Cllr. Eve Hollis", -30),
                    ("2", "Ade Bankole", "Mark Sayer", 0),
                    ("7", "Lily Cattermole", "Tess Hollis", 240),
                ],
                "notes": ["Fishermen's huts on the beach are private: do not move tackle."],
                "footer": "Alde Pictures · Shingle Street S4 · Call sheet 7",
            },
        ),
    ]


# --- (2) children's drama: CHILDREN - LICENSED HOURS and CHAPERONES ------------------------


@_family(
    "uk_childrens_licensed_hours",
    "English Midlands children's drama location call sheet, A4: a grey band with the title and "
    "'CALL SHEET 12' over a block / broadcaster line; left label rows Date, Unit call, "
    "children's call, lunch, wrap, sunrise, sunset; right LOCATION and NEAREST A&E boxes; a "
    "'CHILDREN - LICENSED HOURS' table (child, age, licensing LA, arrive, on set from, max "
    "hours, latest finish, chaperone); a CHAPERONES block with the chaperone room and the "
    "tutor; scenes; notes",
    name="kids_{key}",
)
def _kids(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=34.0)
    fill(c, x0, 30, right - x0, 34, 225)
    c.text(x0 + 8, 53, title, 16, bold=True)
    c.right(right - 8, 46, f"CALL SHEET {g['n']}", 11, bold=True)
    c.right(right - 8, 58, g["series"], 7.5)
    grey_text(c, x0, 78, g["company"], 8)
    rows = [
        ("Date", day_text(day, g["date_style"])),
        ("Unit call", hm(call, t)),
        *_times(call, g["times"], t),
        ("Sunrise", hm(rise, t)),
        ("Sunset", hm(fall, t)),
    ]
    label_rows(c, x0, 100, x0 + 230, rows, 9, 90, 14)
    bx = x0 + 250
    y = _block(c, bx, 88, right - bx, "LOCATION", [p.name, p.street, p.city, g["set"]])
    _block(
        c,
        bx,
        y + 4,
        right - bx,
        "NEAREST A&E",
        [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
    )
    y = 232.0
    c.text(x0, y, "CHILDREN - LICENSED HOURS", 9.5, bold=True)
    kids = [
        (
            name,
            age,
            la,
            hm(add_minutes(call, o), t),
            hm(add_minutes(call, o + 60), t),
            hrs,
            hm(add_minutes(call, o + mins), t),
            chap,
        )
        for name, age, la, o, hrs, mins, chap in g["children"]
    ]
    y = _table(
        c,
        x0,
        y + 16,
        ["CHILD (CHARACTER)", "AGE", "LICENCE LA", "ARRIVE", "ON SET", "MAX", "LATEST", "CHAP."],
        [0, 150, 185, 265, 315, 365, 405, 455],
        kids,
        right,
        ruled=True,
    )
    c.text(x0, y + 4, "CHAPERONES", 9.5, bold=True)
    y = label_rows(c, x0, y + 18, right, g["chaperones"], 8.5, 110, 12)
    y = _table(
        c,
        x0,
        y + 10,
        ["SC", "SET", "D/N", "PGS", "CAST"],
        [0, 30, 300, 340, 385],
        g["scenes"],
        right,
    )
    titled_notes(c, x0, y + 6, "NOTES", 8.5, g["notes"], 7.5, right - x0, 10)
    footer(c, g["footer"], x0)
    return c.output()


def _kids_sheets() -> list[Sheet]:
    return [
        _kids(
            "oakham",
            "The Rutland Runaways",
            D(2027, 5, 12),
            "08:00",
            {
                "time_style": "uk",
                "date_style": "uk_weds",
                "n": "12",
                "series": "Series 2 · Block 2 · for CBBC",
                "company": "Catmose Kids Ltd · Production office 01572 000 412",
                "set": "the museum's riding school gallery",
                "times": [("Children's call", 60), ("Lunch", 300), ("Wrap", 570)],
                "children": [
                    ("Evie Long (Maisie)", "11", "Leicestershire", 60, "5h", 420, "JC"),
                    ("Zain Ahmed (Kit)", "12", "Rutland", 60, "5h", 420, "JC"),
                    ("Rosa Birch (Pip)", "8", "Lincolnshire", 120, "3h", 300, "SH"),
                ],
                "chaperones": [
                    ("Jenny Cole (JC)", "Licensed chaperone, Rutland CC  07700 900713"),
                    ("Sue Hart (SH)", "Licensed chaperone, Leics CC  07700 900728"),
                    ("Chaperone room", "Museum education room, ground floor"),
                    ("Tutor", "Mr D. Pask, 10:30-13:00 in the education room"),
                ],
                "scenes": [
                    ("14", "INT. MUSEUM - RIDING SCHOOL GALLERY", "D", "2 2/8", "1, 2, 3"),
                    ("15", "EXT. MUSEUM FORECOURT", "D", "5/8", "1, 2"),
                ],
                "notes": [
                    "Children's hours are logged by the chaperones: ADs check before "
                    "any overrun. Rosa wraps by 15:00 at the latest."
                ],
                "footer": "Catmose Kids · The Rutland Runaways S2",
            },
        ),
        _kids(
            "southwell",
            "Minster Mysteries",
            D(2026, 10, 21),
            "08:00",
            {
                "time_style": "uk_mil",
                # HARD: the date has no year; the year is only in the series line beside it
                "date_style": "uk_weds_noyear",
                "n": "5",
                "series": "Block 1 · Autumn 2026 · for CBBC",
                "company": "Trent Side Productions · Office 01636 000 519",
                "set": "the chapter house and the cloister",
                "times": [("Children's call", 30), ("Lunch", 270), ("Wrap", 540)],
                "children": [
                    ("Harry Ng (Ollie)", "10", "Nottinghamshire", 30, "4.5h", 390, "AB"),
                    ("Maya Doyle (Bea)", "13", "Derbyshire", 30, "5h", 420, "AB"),
                ],
                "chaperones": [
                    ("Angela Booth (AB)", "Licensed chaperone, Notts CC  07700 900804"),
                    ("Chaperone room", "Minster Centre, Church Street"),
                    ("Tutor", "Mrs K. Lowe, 09:00-11:30"),
                ],
                "scenes": [
                    ("6", "INT. CHAPTER HOUSE", "D", "1 7/8", "1, 2"),
                    ("8", "EXT. CLOISTER", "D", "6/8", "2, 5"),
                ],
                "notes": ["Evensong 17:30: the Minster is closed to the unit from 17:00."],
                "footer": "Trent Side Productions · Minster Mysteries",
            },
        ),
        _kids(
            "bridgnorth",
            "Steam Gang",
            D(2027, 6, 8),
            "07:30",
            {
                "time_style": "uk_dot",
                "date_style": "uk_plain",
                "n": "18",
                "series": "Series 1 · Block 4 · for CBeebies",
                "company": "Hollybush Pictures · Office 01746 000 366",
                "set": "platform 1 and the engine shed yard",
                "times": [("Children's call", 90), ("Lunch", 330), ("Wrap", 600)],
                "children": [
                    ("Ava Price (Dot)", "7", "Shropshire", 90, "3h", 330, "MW"),
                    ("Leo Bishop (Sid)", "9", "Staffordshire", 90, "4.5h", 360, "MW"),
                    ("Noor Shah (Ruby)", "9", "Wolverhampton", 120, "4.5h", 390, "PT"),
                ],
                "chaperones": [
                    ("Maggie Ward (MW)", "Licensed chaperone  07700 900917"),
                    ("Pat Tranter (PT)", "Licensed chaperone  07700 900932"),
                    ("Chaperone room", "The Railwayman's Arms snug (booked)"),
                ],
                "scenes": [
                    ("31", "EXT. PLATFORM 1 - ENGINE ARRIVES", "D", "1 3/8", "1, 2, 3"),
                    ("33", "EXT. ENGINE SHED YARD", "D", "1", "1, 3"),
                ],
                "notes": [
                    "No child within 2 m of the platform edge when an engine moves. "
                    "SVR safety officer on set."
                ],
                "footer": "Hollybush Pictures · Steam Gang",
            },
        ),
    ]


# --- (3) corporate video: a one-page schedule typed into a Word table -----------------------


def _word_grid(
    c: Canvas, x: float, y: float, right: float, rows: list[tuple[str, str]], lab_w: float
) -> float:
    """A Word 'Table Grid' of label / value rows, labels in shaded cells; returns the y under."""
    h = 16.0
    for lab, val in rows:
        fill(c, x, y, lab_w, h, 232)
        c.box(x, y, lab_w, h, 0.4)
        c.box(x + lab_w, y, right - x - lab_w, h, 0.4)
        c.text(x + 4, y + 11, lab, 8.5, bold=True)
        fit(c, x + lab_w + 4, y + 11, val, 8.5, right - x - lab_w - 8)
        y += h
    return y


@_family(
    "uk_corporate_word_table",
    "English Midlands corporate video one-page shoot schedule typed into a Word document, A4: "
    "the video company's name and 'Shoot Call Sheet' over a rule; a Table Grid of label / value "
    "rows with shaded label cells (Client, Project, Shoot date, Crew call, Contributors, Venue, "
    "Address, Parking, On-site contact, Nearest A&E, Sunrise / sunset); 'Running order' and "
    "'Crew' tables; Word's footer with the file name and 'Page 1 of 1'",
    name="corp_{key}",
)
def _corp(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=56.0)
    c.text(x0, 58, g["company"], 14, bold=True)
    grey_text(c, x0, 71, g["company_line"], 7.5)
    c.right(right, 58, "Shoot Call Sheet", 13)
    c.hline(x0, right, 80, 1.2)
    rows = [
        ("Client", g["client"]),
        ("Project", title),
        ("Shoot date", day_text(day, g["date_style"])),
        (
            "Crew call",
            g.get("call_text", "{call}").format(
                call=hm(call, t), start=hm(add_minutes(call, 30), t)
            ),
        ),
        ("Contributors", g["contributors"]),
        ("Venue", f"{p.name} ({g['set']})"),
        ("Address", f"{p.street}, {p.city}"),
        ("Parking", f"{p.base_street}, {p.base_city}"),
        ("On-site contact", g["contact"]),
        (
            "Nearest A&E",
            f"{p.hospital}, {p.hospital_street}, {p.hospital_city} ({p.hospital_phone})",
        ),
        ("Sunrise / sunset", f"{hm(rise, t)} / {hm(fall, t)}"),
    ]
    y = _word_grid(c, x0, 92, right, rows, 110)
    c.text(x0, y + 22, "Running order", 11, bold=True)
    sched = [(hm(add_minutes(call, o), t), what, who) for o, what, who in g["schedule"]]
    y = _table(
        c,
        x0,
        y + 40,
        ["Time", "Activity", "Where / who"],
        [0, 60, 300],
        sched,
        right,
        ruled=True,
        shade=232,
    )
    c.text(x0, y + 8, "Crew", 11, bold=True)
    y = _table(
        c,
        x0,
        y + 26,
        ["Role", "Name", "Mobile"],
        [0, 130, 300],
        g["crew"],
        right,
        ruled=True,
        shade=232,
    )
    grey_text(c, x0, c.pdf.h - 28, g["file"], 7)
    c.right(right, c.pdf.h - 28, "Page 1 of 1", 7)
    return c.output()


def _corp_sheets() -> list[Sheet]:
    return [
        _corp(
            "loughborough",
            "Made in Charnwood - partner stories",
            D(2026, 11, 18),
            "08:30",
            {
                "time_style": "uk",
                "date_style": "uk_plain",
                "company": "Soar Valley Video",
                "company_line": "Corporate film · events · training  |  hello@soarvalley.example",
                "client": "Charnwood Borough Council (Economic Development)",
                "contributors": "3 business owners, 10:00 / 11:30 / 14:00 (20 mins each)",
                "set": "first-floor gallery",
                "contact": "Beth Ormond, museum front desk 01509 000 950",
                "schedule": [
                    (0, "Crew call, load in via the park gate", "Museum rear door"),
                    (60, "Interview set lit, sound check", "Gallery"),
                    (90, "Interview 1 (Allsop Engineering)", "Gallery"),
                    (180, "Interview 2 (The Bell Foundry)", "Gallery"),
                    (270, "Lunch (own arrangements)", "-"),
                    (330, "Interview 3, then GVs in Queen's Park", "Gallery / park"),
                    (480, "Load out", "Museum rear door"),
                ],
                "crew": [
                    ("Producer / director", "Nadia Shaw", "07700 900140"),
                    ("Camera", "Rob Elson", "07700 900152"),
                    ("Sound", "Gita Mistry", "07700 900167"),
                ],
                "file": "CallSheet_CharnwoodPartners_v2.docx",
            },
        ),
        _corp(
            "harborough",
            "Harborough Heritage Trail",
            D(2027, 2, 24),
            "07:30",
            {
                "time_style": "uk_dot",
                "date_style": "uk_weds",
                # HARD: the call cell reads 'arrive 7.30am for an 8.00am start'; the call is
                # the crew's arrival, 7.30am
                "call_text": "Crew arrive {call} for an {start} start",
                "company": "Welland Media",
                "company_line": "Video for business  ·  01858 000 271",
                "client": "Harborough District Council Tourism",
                "contributors": "Local historian (9.30am), town crier (11am)",
                "set": "the schoolroom upstairs and Church Square",
                "contact": "Keith Gamble, caretaker 07700 900278",
                "schedule": [
                    (30, "Set up in the schoolroom", "Upstairs"),
                    (120, "Historian piece to camera", "Schoolroom"),
                    (210, "Town crier, Church Square", "Outside"),
                    (300, "Lunch", "Three Swans"),
                    (360, "Drone over St Dionysius (permission held)", "Church Square"),
                    (450, "Wrap", "-"),
                ],
                "crew": [
                    ("Producer", "Sam Okafor", "07700 900281"),
                    ("Shooting director", "Jo Freer", "07700 900293"),
                    ("Drone pilot (GVC)", "Alan Moss", "07700 900299"),
                ],
                "file": "Welland Media - Heritage Trail call sheet FINAL.docx",
            },
        ),
        _corp(
            "matlock",
            "Working for Derbyshire - recruitment film",
            D(2026, 9, 15),
            "08:00",
            {
                "time_style": "uk",
                "date_style": "dots",
                "company": "Derwent Edge Films",
                "company_line": "Corporate & public sector video",
                "client": "Derbyshire County Council HR",
                "contributors": "6 staff interviews (15 mins each) from 09:30",
                "set": "the council chamber and the first-floor corridor",
                "contact": "Reception, County Hall 01629 000 580",
                "schedule": [
                    (0, "Crew call, sign in at reception", "Main entrance"),
                    (90, "Staff interviews 1-3", "Council chamber"),
                    (240, "Lunch", "Staff canteen"),
                    (300, "Staff interviews 4-6, walking shots", "Corridor"),
                    (480, "Wrap", "-"),
                ],
                "crew": [
                    ("Director", "Hannah Lees", "07700 900344"),
                    ("DoP", "Imran Patel", "07700 900358"),
                ],
                "file": "DCC recruitment - call sheet.docx",
            },
        ),
    ]


# --- (4) music video: department PRE-CALL / CALL table -----------------------------------------


@_family(
    "wales_music_video_dept_calls",
    "mid-Wales music video call sheet, A4: the artist and the track in quotes large left, "
    "'MUSIC VIDEO · SHOOT DAY' and the date right; a boxed GENERAL CREW CALL (one sheet: only "
    "in the table); a DEPARTMENT / HOD / PRE-CALL / CALL / NOTES table (make-up and lighting "
    "pre-called); LOCATION, PARKING / UNIT BASE and NEAREST A&E boxes in a row; sunrise / "
    "sunset; a TIME / SET-UP / SECTION shot schedule; notes",
    name="mv_{key}",
)
def _mv(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "helvetica", margin=34.0)
    c.text(x0, 50, g["artist"].upper(), 20, bold=True)
    c.text(x0, 70, f"'{title}'", 14)
    c.right(right, 46, "MUSIC VIDEO · SHOOT DAY 1 OF 1", 9, bold=True)
    c.right(right, 60, day_text(day, g["date_style"]), 10)
    grey_text(c, x0, 86, f"{g['company']} · Director: {g['director']} · Label: {g['label']}", 8)
    y = 98.0
    if not g.get("no_box"):
        c.box(right - 170, 70, 170, 22, 1.4)
        c.text(right - 164, 85, f"GENERAL CREW CALL  {hm(call, t)}", 10, bold=True)
    rows = [
        (
            dept,
            hod,
            hm(add_minutes(call, pre), t) if pre is not None else "-",
            hm(add_minutes(call, off), t),
            note,
        )
        for dept, hod, pre, off, note in g["depts"]
    ]
    y = _table(
        c,
        x0,
        y + 12,
        ["DEPARTMENT", "HOD", "PRE-CALL", "CALL", "NOTES"],
        [0, 110, 220, 290, 350],
        rows,
        right,
        ruled=True,
    )
    w = (right - x0) / 3
    blocks = [
        ("LOCATION", [p.name, p.street, p.city, g["set"]]),
        ("PARKING / UNIT BASE", [p.base_street, p.base_city, g["parking_note"]]),
        ("NEAREST A&E", [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]),
    ]
    for i, (head, lines) in enumerate(blocks):
        _block(c, x0 + i * w, y, w - 4, head, lines, 8)
    y += 16 + 11 * 4 + 14
    c.text(x0, y, f"Sunrise {hm(rise, t)}  ·  Sunset {hm(fall, t)}  ·  {g['weather']}", 8.5)
    shots = [(hm(add_minutes(call, o), t), a, b) for o, a, b in g["shots"]]
    y = _table(c, x0, y + 18, ["TIME", "SET-UP", "SECTION / LYRIC"], [0, 60, 300], shots, right)
    titled_notes(c, x0, y + 6, "NOTES", 8.5, g["notes"], 7.5, right - x0, 10)
    footer(c, g["footer"], x0)
    return c.output()


def _mv_sheets() -> list[Sheet]:
    return [
        _mv(
            "machynlleth",
            "Tywydd Teg",
            D(2026, 8, 19),
            "08:00",
            {
                "time_style": "uk",
                "date_style": "uk_long",
                "artist": "Cwsg",
                "company": "Dyfi Films",
                "director": "Elin Haf",
                "label": "Recordiau Gwyn",
                "set": "the ballroom and the front lawn",
                "parking_note": "Trucks on the rear drive only",
                "weather": "Dry, 19°C",
                "depts": [
                    ("Production", "Rhodri Lewis", None, 0, "Unit base open 07:30"),
                    ("Camera", "Mali Price", None, 0, "Alexa Mini + Technocrane"),
                    ("Lighting", "Gruff Rees", -60, 0, "Pre-rig ballroom"),
                    ("Art dept", "Sian Morgan", -90, 0, "Dress ballroom"),
                    ("Hair & make-up", "Nia Jones", -60, 0, "Band in chairs 08:00"),
                    ("Wardrobe", "Catrin Ellis", None, 0, ""),
                    ("Band (4)", "-", None, 60, "Collected from the Wynnstay"),
                ],
                "shots": [
                    (90, "Wide, band in the ballroom (playback)", "Verse 1 / chorus"),
                    (210, "Singles, close-ups", "Verse 2"),
                    (300, "Lunch", "-"),
                    (360, "Front lawn, crane", "Middle eight / last chorus"),
                    (570, "Wrap", "-"),
                ],
                "notes": ["Playback at full volume only with the doors shut (neighbours)."],
                "footer": "Dyfi Films · Cwsg 'Tywydd Teg'",
            },
        ),
        _mv(
            "aberaeron",
            "Harbour Lights Out",
            D(2027, 7, 6),
            "06:30",
            {
                "time_style": "uk_mil",
                "date_style": "slash_yy",
                "artist": "The Mackerel Sky",
                "company": "Ceredigion Creative",
                "director": "Huw Bevan",
                "label": "Sound Dyke Records",
                "set": "the harbour wall and the quay",
                "parking_note": "Crew cars overflow to the Memorial Hall",
                "weather": "Clear, golden hour 0530",
                "depts": [
                    ("Production", "Lowri Hughes", None, 0, ""),
                    ("Camera", "Tom Ashe", -30, 0, "Sunrise plates at 0530"),
                    ("Grip", "Dewi Lloyd", None, 0, "Track on the quay"),
                    ("Hair & make-up", "Ffion Grey", -45, 0, ""),
                    ("Wardrobe", "Beca Ward", None, 0, ""),
                    ("Artist", "-", None, 30, "Walk from the Harbourmaster"),
                ],
                "shots": [
                    (45, "Track along the quay, singer", "Verse 1"),
                    (150, "Band on the harbour wall", "Chorus"),
                    (300, "Lunch", "-"),
                    (360, "Boat shots (skipper: R. Evans)", "Bridge"),
                    (540, "Wrap", "-"),
                ],
                "notes": ["Life-jackets for everyone on the boat. Tide times at base."],
                "footer": "Ceredigion Creative · The Mackerel Sky",
            },
        ),
        _mv(
            "welshpool",
            "Narrow Gauge",
            D(2026, 11, 11),
            "07:30",
            {
                "time_style": "uk_dot",
                "date_style": "uk_weds",
                # HARD: no GENERAL CREW CALL box; the call is the CALL column every crew
                # department shares (7.30am), with make-up and art pre-called earlier
                "no_box": True,
                "artist": "Kite Season",
                "company": "Hafren Pictures",
                "director": "Anwen Pryce",
                "label": "independent",
                "set": "the station yard and the carriage shed",
                "parking_note": "Unit vans: Raven Square yard (booked)",
                "weather": "Cold, overcast",
                "depts": [
                    ("Production", "Ioan Roberts", None, 0, ""),
                    ("Camera", "Kate Dunn", None, 0, "16mm, 6 rolls"),
                    ("Lighting", "Jac Owen", None, 0, ""),
                    ("Art dept", "Meg Rowe", -60, 0, "Dress carriage shed"),
                    ("Hair & make-up", "Erin Vaughan", -45, 0, ""),
                    ("Band (3)", "-", None, 90, "Train leaves 11am: do not be late"),
                ],
                "shots": [
                    (60, "Carriage shed, band performance", "Verse 1 / 2"),
                    (210, "On the 11am train (footplate pass)", "Chorus"),
                    (300, "Lunch", "-"),
                    (360, "Station yard, dusk", "Outro"),
                    (540, "Wrap", "-"),
                ],
                "notes": ["W&LR staff direct all movement in the yard: follow their lead."],
                "footer": "Hafren Pictures · Kite Season 'Narrow Gauge'",
            },
        ),
    ]


# --- (5) documentary shoot schedule e-mail, printed from a webmail; postcode first -----------


@_family(
    "uk_doc_email_postcode_first",
    "East Anglian documentary 'shoot schedule' e-mail printed from a webmail, A4: the browser's "
    "print line (date, page title), the mail's subject, the sender and sent date, 'to' line; the "
    "body 'SHOOT SCHEDULE - <day>', 'LOCATION: <postcode> - <place>, <street>, <town>', 'Crew "
    "call: ...', a timetable of time / what lines (a travel departure before the call), "
    "parking, 'Nearest A&E: ...', sunrise and sunset, a signature; the page URL in the footer",
    name="doc_{key}",
)
def _doc(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "helvetica", margin=40.0)
    grey_text(c, 22, 18, g["printed"], 7, 90)
    grey_text(c, 250, 18, f"Mail - {g['subject']}", 7, 90)
    c.text(x0, 48, "Mail", 14, bold=True)
    grey_text(c, right - 140, 48, g["me"], 8, 90)
    c.hline(x0, right, 56, 0.4)
    c.text(x0, 78, g["subject"], 13)
    grey_text(c, x0, 92, "1 message", 8, 110)
    c.hline(x0, right, 98, 0.4)
    c.text(x0, 114, g["sender"], 9, bold=True)
    c.right(right, 114, g["sent"], 8.5)
    grey_text(c, x0, 126, f"To: {g['to']}", 8.5, 90)
    y = 150.0
    lines = [
        g["hello"],
        "",
        f"SHOOT SCHEDULE - {day_text(day, g['date_style'])}",
        f"{title} ({g['kind']})",
        "",
        f"LOCATION: {p.city.split()[-2]} {p.city.split()[-1]} - {p.name}, {p.street}, "
        f"{' '.join(p.city.split()[:-2])}",
        f"({g['set']})",
        f"Crew call: {hm(call, t)} {g['call_where']}",
        "",
    ]
    for ln in lines:
        c.text(x0, y, ln, 9.5, bold=ln.startswith("SHOOT"))
        y += 13
    for o, what in g["timetable"]:
        c.text(x0, y, hm(add_minutes(call, o), t), 9.5)
        c.text(x0 + 60, y, what, 9.5)
        y += 13
    tail = [
        "",
        f"Parking: {p.base_street}, {p.base_city}",
        f"Nearest A&E: {p.hospital}, {p.hospital_street}, {p.hospital_city} ({p.hospital_phone})",
        f"Sunrise {hm(rise, t)}, sunset {hm(fall, t)}. {g['extra']}",
        "",
        *g["sign"],
    ]
    for ln in tail:
        fit(c, x0, y, ln, 9.5, right - x0)
        y += 13
    grey_text(c, 22, c.pdf.h - 14, g["url"], 7, 90)
    grey_text(c, c.width - 40, c.pdf.h - 14, "1/1", 7, 90)
    return c.output()


def _doc_sheets() -> list[Sheet]:
    return [
        _doc(
            "brancaster",
            "Saltmarsh",
            D(2027, 1, 27),
            "07:30",
            {
                "time_style": "uk_dot",
                "date_style": "uk_weds",
                "kind": "obs doc for BBC Four, ep 2",
                "printed": "26/01/2027, 18:12",
                "subject": "Saltmarsh - shoot schedule Weds",
                "me": "cam.ops@example.co.uk",
                "sender": "Harriet Lowe <harriet@burnhamdocs.example>",
                "sent": "Tue 26 Jan 2027, 17:58",
                "to": "Sol Reyes; Fran Abbott",
                "hello": "Hi both, here's Wednesday. Mussel boats go out on the tide so we "
                "can't be late!",
                "set": "the staithe hard and the mussel sheds",
                "call_where": "at the harbour car park (by the sailing club)",
                # HARD: the timetable opens with the 6.00am departure from Norwich, before the
                # crew call (7.30am), which is given in its own line above
                "timetable": [
                    (-90, "Leave Norwich (kit van from Fran's)"),
                    (0, "Crew call, kit check, radio mics on the skipper"),
                    (30, "Boats out with the tide, filming from the second boat"),
                    (240, "Back in, interview in the mussel shed"),
                    (330, "Lunch at the Jolly Sailors"),
                    (390, "GVs of the marsh at low water"),
                    (510, "Wrap"),
                ],
                "extra": "Waders and dry bags please.",
                "sign": ["Thanks,", "Harriet", "Series Producer, Burnham Docs Ltd"],
                "url": "https://mail.example.com/mail/u/0/?view=pt&th=18d4f0a2c1&search=all",
            },
        ),
        _doc(
            "orford",
            "The Ness",
            D(2026, 10, 7),
            "08:00",
            {
                "time_style": "uk_mil",
                "date_style": "uk_long",
                "kind": "feature doc, shoot block 3",
                "printed": "06/10/2026, 19:40",
                "subject": "Re: The Ness - Wednesday shoot schedule",
                "me": "sound@example.co.uk",
                "sender": "Joe Pettit <joe@alde-ore-films.example>",
                "sent": "Tue 6 Oct 2026, 19:21",
                "to": "Tash Kemp; Oli Grange; Bea Mayhew",
                "hello": "All, final schedule for tomorrow below.",
                "set": "the quay and the National Trust ferry to Orford Ness",
                "call_where": "on the quay",
                "timetable": [
                    (0, "Crew call, load the NT ferry"),
                    (30, "Cross to the Ness, walk to the pagodas"),
                    (150, "Interview with the warden at the lighthouse site"),
                    (270, "Packed lunch on the Ness"),
                    (330, "Last ferry back, GVs of the castle keep"),
                    (480, "Wrap"),
                ],
                "extra": "The Ness has no toilets after the info building.",
                "sign": ["Cheers", "Joe Pettit - Producer", "07700 900622"],
                "url": "https://mail.example.com/mail/u/1/?view=pt&th=192a7be5d0&search=all",
            },
        ),
        _doc(
            "cley",
            "Birders",
            D(2027, 9, 14),
            "06:00",
            {
                "time_style": "uk",
                "date_style": "dots",
                "kind": "Channel 4 obs doc, day 9",
                "printed": "13.09.2027, 20:05",
                "subject": "Birders day 9 - Tues shoot schedule",
                "me": "ap@example.co.uk",
                "sender": "Ros Eke <ros@northnorfolkfilms.example>",
                "sent": "Mon 13 Sep 2027, 19:47",
                "to": "Ade Green; Lucy Thwaite",
                "hello": "Morning team (well, evening!) - early one tomorrow for the waders.",
                "set": "the hides on the reserve and the East Bank",
                "call_where": "at the visitor centre",
                "timetable": [
                    (0, "Crew call, coffee in the visitor centre"),
                    (30, "Bishop's Hide with the warden (dawn count)"),
                    (180, "East Bank walk-and-talk with Mo"),
                    (300, "Lunch"),
                    (360, "Windmill GVs, drone (NWT permission)"),
                    (480, "Wrap"),
                ],
                "extra": "Muted colours in the hides, please.",
                "sign": ["Ros", "Producer/Director"],
                "url": "https://mail.example.com/mail/u/0/?view=pt&th=1932cc08ab&search=all",
            },
        ),
    ]


# --- (6) Irish midlands feature: Irish / English headings, a 'LÁ 3 / DAY 3' band --------------


@_family(
    "ie_midlands_la_band",
    "Irish midlands feature call sheet (Screen Ireland style), A4: the company and 'with the "
    "support of Fís Éireann / Screen Ireland' left, the title centred; a black band with 'LÁ 3 "
    "/ DAY 3 of 24' and the date ('Dé Máirt / Tuesday 10.11.2026'); six boxes with Irish / "
    "English headings AMANNA / TIMES (Glao criú / Crew call, breakfast, lunch, wrap), SUÍOMH / "
    "LOCATION, BONN AONAID / UNIT BASE, ROINN ÉIGEANDÁLA / EMERGENCY DEPT., GRIAN / SUN and "
    "AIMSIR / WEATHER; RADHARCANNA / SCENES; notes",
    name="ie_{key}",
)
def _ie(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "helvetica", margin=36.0)
    c.text(x0, 42, g["company"], 9, bold=True)
    grey_text(c, x0, 53, "with the support of Fís Éireann / Screen Ireland", 7.5)
    centre(c, 78, title, 20)
    fill(c, x0, 88, right - x0, 22, 20)
    _white(c)
    c.text(x0 + 8, 104, f"LÁ {g['n']} / DAY {g['n']} of {g['of']}", 12, bold=True)
    c.right(right - 8, 104, day_text(day, g["date_style"]), 10, bold=True)
    black(c)
    w = (right - x0 - 8) / 2
    times = [("Glao criú / Crew call", hm(call, t)), *_times(call, g["times"], t)]
    boxes = [
        ("AMANNA / TIMES", [f"{lab}   {val}" for lab, val in times]),
        ("SUÍOMH / LOCATION", [p.name, p.street, p.city, g["set"]]),
        ("BONN AONAID / UNIT BASE", [p.base_street, p.base_city, g["base_note"]]),
        (
            "ROINN ÉIGEANDÁLA / EMERGENCY DEPT.",
            [
                *g.get("hospital_ga", []),
                p.hospital,
                p.hospital_street,
                p.hospital_city,
                p.hospital_phone,
            ],
        ),
        (
            "GRIAN / SUN",
            [f"Éirí na gréine / Sunrise  {hm(rise, t)}", f"Luí na gréine / Sunset  {hm(fall, t)}"],
        ),
        ("AIMSIR / WEATHER", [g["weather"]]),
    ]
    y = 120.0
    for i in range(0, 6, 2):
        y1 = _block(c, x0, y, w, *boxes[i])
        y2 = _block(c, x0 + w + 8, y, w, *boxes[i + 1])
        y = max(y1, y2) + 6
    y = _table(
        c,
        x0,
        y + 14,
        ["RADH. / SC", "SUÍOMH / SET", "L/O - D/N", "LCH / PGS", "FOIREANN / CAST"],
        [0, 54, 290, 350, 410],
        g["scenes"],
        right,
    )
    titled_notes(c, x0, y + 6, "NÓTAÍ / NOTES", 8.5, g["notes"], 7.5, right - x0, 10)
    footer(c, g["footer"], x0)
    return c.output()


def _ie_sheets() -> list[Sheet]:
    return [
        _ie(
            "birr",
            "The Great Telescope",
            D(2026, 11, 17),
            "07:30",
            {
                "time_style": "uk",
                "date_style": "ga_dots",
                "company": "Camcor Films Teo.",
                "n": "3",
                "of": "24",
                "times": [
                    ("Bricfeasta / Breakfast", -30),
                    ("Lón / Lunch", 330),
                    ("Críoch / Wrap", 630),
                ],
                "set": "the telescope lawn and the castle moat bridge",
                "base_note": "Catering in the Birr Theatre car park",
                # HARD: the Irish name of the hospital is printed over the English one
                "hospital_ga": ["Ospidéal Réigiúnach Lár na Tíre, Tulach Mhór"],
                "weather": "Fog clearing by 11:00, 8°C",
                "scenes": [
                    ("14", "EXT. TELESCOPE LAWN - 1845", "D", "2 4/8", "1, 3"),
                    ("15", "EXT. MOAT BRIDGE", "D", "7/8", "1, 2"),
                ],
                "notes": [
                    "Demesne open to the public: marshals at the gates. No drones over "
                    "the castle (family in residence)."
                ],
                "footer": "Camcor Films Teo. · The Great Telescope · Call sheet 3",
            },
        ),
        _ie(
            "kilbeggan",
            "Angel's Share",
            D(2027, 8, 17),
            "08:00",
            {
                "time_style": "uk_mil",
                "date_style": "dots",
                "company": "Brosna Pictures",
                "n": "11",
                "of": "30",
                "times": [
                    ("Bricfeasta / Breakfast", -45),
                    ("Lón / Lunch", 300),
                    ("Críoch / Wrap", 600),
                ],
                "set": "the wheel house and the still house",
                "base_note": "Unit vehicles via the Loughnagore entrance",
                "weather": "Showers, 14°C",
                "scenes": [
                    ("42", "INT. STILL HOUSE", "D", "1 6/8", "2, 4"),
                    ("44", "EXT. MILL RACE - WATER WHEEL", "D", "1 1/8", "2"),
                ],
                "notes": ["Distillery tours run 10:00-16:00: quiet on set when groups pass."],
                "footer": "Brosna Pictures · Angel's Share",
            },
        ),
        _ie(
            "strokestown",
            "The Famine Road",
            D(2027, 4, 21),
            "06:45",
            {
                "time_style": "uk_dot",
                "date_style": "wd_dots",
                "company": "Sliabh Bán Productions",
                "n": "18",
                "of": "26",
                "times": [
                    ("Bricfeasta / Breakfast", -30),
                    ("Lón / Lunch", 330),
                    ("Críoch / Wrap", 660),
                ],
                "set": "the walled garden and the stable yard",
                "base_note": "Honeywagons by the old ice house",
                "weather": "Bright, 12°C, wind NW",
                "scenes": [
                    ("61", "EXT. WALLED GARDEN", "D", "2 1/8", "1, 5, 6"),
                    ("63", "INT. STABLE YARD - FORGE", "D", "1 3/8", "5"),
                ],
                "notes": [
                    "Roscommon University Hospital has an injury unit only: for an "
                    "emergency go to Sligo (ED) as above."
                ],
                "footer": "Sliabh Bán Productions · The Famine Road",
            },
        ),
    ]


# --- near misses: papers that call people to a place at a time but plan no shoot ------------


Body = tuple[
    list[tuple[str, str]],
    tuple[list[str], list[float], list[tuple[str, ...]]],
    tuple[str, list[str]],
]


def _nm_page(head: tuple[str, str, str], body: Body) -> bytes:
    """A near miss: heading lines over a rule, then fresh_skeletons.notice's body."""
    c, x0, right = page("A4", "helvetica", margin=42.0)
    c.text(x0, 50, head[0], 13, bold=True)
    grey_text(c, x0, 63, head[1], 8.5)
    c.right(right, 50, head[2], 10, bold=True)
    c.hline(x0, right, 71, 1.0)
    facts, table_rows, notes = body
    notice(
        c,
        x0,
        right,
        94,
        facts,
        table_rows,
        notes,
        table=head_table,
        facts_look=(9, 120, 14),
        size=8.5,
        lead=14,
        ruled=True,
    )
    return c.output()


def _quarter_peals() -> bytes:
    """A bell tower's quarter-peal rota: ringers meet in the ringing chamber at a time, a
    method and a conductor for each; a local TV crew is to film one."""
    return _nm_page(
        (
            "ST PETER & ST PAUL, LAVENHAM - BELLRINGERS",
            "Church Street, Lavenham CO10 9SA",
            "QUARTER PEAL ROTA",
        ),
        (
            [
                ("Period", "Advent and Christmas 2026"),
                ("Ringers meet", "18:30 in the ringing chamber (up the tower steps)"),
                ("Tower captain", "Graham Rush 07700 900915"),
                ("Bells", "8, tenor 21-0-11 in B flat"),
            ],
            (
                ["DATE", "METHOD", "CONDUCTOR", "BAND"],
                [0, 90, 260, 370],
                [
                    ("Tue 1 Dec", "1260 Grandsire Triples", "G. Rush", "Practice band A"),
                    ("Sun 13 Dec", "1280 Yorkshire S. Major", "J. Cobbold", "Sunday band"),
                    ("Thu 24 Dec", "1260 Stedman Triples", "G. Rush", "Invited"),
                    ("Thu 31 Dec", "Call changes, half-muffled", "M. Baines", "All"),
                ],
            ),
            (
                "Notes",
                [
                    "Look East may film the Christmas Eve quarter for a feature: ringers who do "
                    "not wish to be filmed tell Graham. Please sign the peal book after ringing.",
                ],
            ),
        ),
    )


def _lock_stoppage() -> bytes:
    """A canal navigation authority's stoppage notice for lock maintenance: works hours, the
    locks closed, the towpath diversion; a contractor records the works on camera."""
    return _nm_page(
        (
            "GRAND UNION CANAL (LEICESTER LINE)",
            "Foxton Locks, Market Harborough LE16 7RA",
            "STOPPAGE NOTICE",
        ),
        (
            [
                ("Stoppage", "Foxton Locks (both staircases), lock gate replacement"),
                ("Dates", "Monday 11 January 2027 to Friday 12 February 2027"),
                ("Works hours", "07:30-17:00 Mon-Fri (site compound at the bottom lock)"),
                (
                    "Towpath",
                    "Closed at the top staircase weekdays; diversion via the inclined plane",
                ),
                ("Enquiries", "Customer services 0303 040 4040"),
            ],
            (
                ["WEEK", "LOCKS", "WORK", "TOWPATH"],
                [0, 80, 150, 380],
                [
                    ("11 Jan", "Bottom 5", "Drain down, fish rescue", "Open"),
                    ("18 Jan", "Top 5", "Crane out top gates", "Closed weekdays"),
                    ("25 Jan", "Top 5", "Fit new gates (oak)", "Closed weekdays"),
                    ("8 Feb", "All 10", "Refill, test, re-open", "Open"),
                ],
            ),
            (
                "Notes",
                [
                    "The gate contractor will film the crane lifts for its records; the public "
                    "viewing area at the top lock stays open. Moorings above the top lock are "
                    "suspended for the duration.",
                ],
            ),
        ),
    )


def _race_card() -> bytes:
    """A point-to-point race card: declarations and first race times, the races, the course; the
    races are filmed for the stewards."""
    return _nm_page(
        ("LAOIS HUNT POINT-TO-POINT", "Ballacolla, Co. Laois", "RACE CARD"),
        (
            [
                ("Date", "Sunday 14 February 2027"),
                ("Declarations", "by 11:30 in the secretary's office"),
                ("First race", "13:30 (weigh-in 45 minutes before each race)"),
                ("Ambulance", "Two ambulances and a doctor on course"),
            ],
            (
                ["RACE", "TIME", "NAME", "DISTANCE"],
                [0, 50, 110, 390],
                [
                    ("1", "13:30", "4yo Maiden (geldings)", "3 miles"),
                    ("2", "14:00", "5yo Maiden", "3 miles"),
                    ("3", "14:30", "Open Lightweight", "3 miles"),
                    ("4", "15:00", "Winners of Two", "3 miles"),
                    ("5", "15:30", "6yo+ Maiden (mares)", "3 miles"),
                ],
            ),
            (
                "Notes",
                [
                    "All races are filmed for the stewards' patrol; riders must carry their "
                    "medical record book. Admission EUR 10, car park free.",
                ],
            ),
        ),
    )


def _other_sheets() -> list[Sheet]:
    docs = [
        (
            "near_miss_quarter_peal_rota",
            "a Suffolk bell tower's quarter-peal rota, A4: the tower, 'QUARTER PEAL ROTA', "
            "period, 'Ringers meet 18:30', tower captain, bells; a ruled DATE / METHOD / "
            "CONDUCTOR / BAND table; notes on a regional TV crew filming a quarter",
            _quarter_peals,
        ),
        (
            "near_miss_canal_lock_stoppage",
            "a canal lock maintenance stoppage notice, A4: canal and locks, 'STOPPAGE NOTICE', "
            "dates, 'Works hours 07:30-17:00', towpath diversion, enquiries; a ruled WEEK / "
            "LOCKS / WORK / TOWPATH table; notes on the contractor filming crane lifts",
            _lock_stoppage,
        ),
        (
            "near_miss_point_to_point_race_card",
            "an Irish point-to-point race card, A4: the hunt and course, 'RACE CARD', date, "
            "declarations, first race 13:30, ambulance; a ruled RACE / TIME / NAME / DISTANCE "
            "table; notes on the stewards' patrol film",
            _race_card,
        ),
    ]
    return near_misses(_sheet, docs)


def sheets() -> list[Sheet]:
    return [
        *_rvp_sheets(),
        *_kids_sheets(),
        *_corp_sheets(),
        *_mv_sheets(),
        *_doc_sheets(),
        *_ie_sheets(),
        *_other_sheets(),
    ]
