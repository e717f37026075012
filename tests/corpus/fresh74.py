"""Seventy-fifth held-out set: a MIXED set of the kind a crew member in Toronto, London or Warsaw
has forwarded to them, in Ontario, southern California / Nevada, London, Irish, Lublin /
Mazovian and Hel-peninsula towns not yet in the corpus (`fresh74_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh74"). Toronto production-company commercial sheets whose numbered labels
sit reversed out of black cells with each value in the white cell under it, LOCATION 1 /
LOCATION 2 / UNIT BASE / CREW PARKING cells and a NEAREST ER cell (Picton, Uxbridge,
Orangeville); US competition-show CHALLENGE DAY sheets with a contestant SEQUESTER box, SET #1 /
SET #2 / BASECAMP / CREW PARKING rows and a segment running order (Temecula, Pahrump, Twentynine
Palms); London commercials on a plain ruled grid with the nearest A&E on one line under it and a
crew list grouped by department with a CALL column (Walthamstow, Peckham, Deptford); Screen
Ireland-funded feature sheets with a Fís Éireann credit, a times column beside LOCATION 1 /
LOCATION 2 / UNIT BASE rows and an A&E / Garda / site-manager footer band (Cobh, Carlingford,
Lahinch); Polish 'dzienny plan pracy' sheets from a landscape three-panel template, ORGANIZACJA /
OBIEKTY / SCENY (Nałęczów, Janowiec, Kozienice); Polish series plans typed in Word as a
multi-level numbered outline, '1.', '2.1', 'a)' (Jastarnia, Władysławowo, Hel). Three near
misses, all `other`: a food bank's volunteer shift schedule, a car boot sale's sellers' sheet
and a school's matura exam timetable.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.corpus.draw import Canvas, centre
from tests.corpus.formats import PL_GENITIVE, ROMAN, add_minutes, ordinal, pl_weekday
from tests.corpus.fresh_common import (
    clock,
    date_or,
    fill,
    grey_text,
    head_table,
    hospital_lines,
    label_rows,
    page,
    paragraph,
    sheet_maker,
    time_or,
    titled_notes,
    wrap,
)
from tests.corpus.fresh_skeletons import Day, family, footer, near_miss_page, near_misses
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date

P: dict[str, Place] = {
    # (1) Toronto production-company commercial template, Ontario towns
    "picton": _p(
        "ca",
        "The Regent Theatre",
        "224 Main St",
        "Picton, ON K0K 2T0",
        44.0075,
        -77.1418,
        "America/Toronto",
        "Prince Edward County Memorial Hospital",
        "403 Main St E",
        "Picton, ON K0K 2T0",
        "(613) 476-2181",
        "Crystal Palace fairgrounds, 375 Main St E",
        "Picton, ON K0K 2T0",
    ),
    "uxbridge": _p(
        "ca",
        "Uxbridge Music Hall",
        "16 Main St S",
        "Uxbridge, ON L9P 1J8",
        44.1083,
        -79.1206,
        "America/Toronto",
        "Uxbridge Hospital (Oak Valley Health)",
        "4 Campbell Dr",
        "Uxbridge, ON L9P 1S4",
        "(905) 852-9771",
        "Elgin Park, 137 Franklin St",
        "Uxbridge, ON L9P 1J5",
    ),
    "orangeville": _p(
        "ca",
        "Orangeville Town Hall Opera House",
        "87 Broadway",
        "Orangeville, ON L9W 1K1",
        43.9194,
        -80.0943,
        "America/Toronto",
        "Headwaters Health Care Centre",
        "100 Rolling Hills Dr",
        "Orangeville, ON L9W 4X9",
        "(519) 941-2410",
        "Alder Recreation Centre, 275 Alder St",
        "Orangeville, ON L9W 5H6",
    ),
    # (2) US competition show, challenge days in southern California and Nevada
    "temecula": _p(
        "us",
        "Wilson Creek Winery",
        "35960 Rancho California Rd",
        "Temecula, CA 92591",
        33.5336,
        -117.0806,
        "America/Los_Angeles",
        "Temecula Valley Hospital",
        "31700 Temecula Pkwy",
        "Temecula, CA 92592",
        "(951) 331-2200",
        "Temecula Duck Pond, 28250 Ynez Rd",
        "Temecula, CA 92591",
    ),
    "pahrump": _p(
        "us",
        "Spring Mountain Motorsports Ranch",
        "3601 S Highway 160",
        "Pahrump, NV 89048",
        36.1590,
        -115.9560,
        "America/Los_Angeles",
        "Desert View Hospital",
        "360 S Lola Ln",
        "Pahrump, NV 89048",
        "(775) 751-7500",
        "Petrack Park, 150 N Highway 160",
        "Pahrump, NV 89060",
    ),
    "twentynine_palms": _p(
        "us",
        "Twentynine Palms Inn",
        "73950 Inn Ave",
        "Twentynine Palms, CA 92277",
        34.1290,
        -116.0420,
        "America/Los_Angeles",
        "Hi-Desert Medical Center",
        "6601 White Feather Rd",
        "Joshua Tree, CA 92252",
        "(760) 366-3711",
        "Luckie Park, 74325 Joe Davis Dr",
        "Twentynine Palms, CA 92277",
    ),
    # (3) London commercials: plain grid, A&E line, department CALL column
    "walthamstow": _p(
        "uk",
        "William Morris Gallery",
        "Lloyd Park, Forest Road",
        "London E17 4PP",
        51.5907,
        -0.0232,
        "Europe/London",
        "Whipps Cross University Hospital",
        "Whipps Cross Road, Leytonstone",
        "London E11 1NR",
        "020 8539 5522",
        "Walthamstow Town Hall car park, Forest Road",
        "London E17 4JF",
    ),
    "peckham": _p(
        "uk",
        "Peckham Levels",
        "95a Rye Lane",
        "London SE15 4TG",
        51.4696,
        -0.0689,
        "Europe/London",
        "King's College Hospital",
        "Denmark Hill",
        "London SE5 9RS",
        "020 3299 9000",
        "Choumert Grove car park, Choumert Grove",
        "London SE15 4RG",
    ),
    "deptford": _p(
        "uk",
        "The Albany",
        "Douglas Way",
        "London SE8 4AG",
        51.4762,
        -0.0262,
        "Europe/London",
        "University Hospital Lewisham",
        "Lewisham High Street",
        "London SE13 6LH",
        "020 8333 3000",
        "Frankham Street car park, Frankham Street",
        "London SE8 4RN",
    ),
    # (4) Screen Ireland-funded feature: Cork harbour, the Cooley peninsula, north Clare
    "cobh": _p(
        "ie",
        "Cobh Heritage Centre",
        "Deepwater Quay",
        "Cobh, Co. Cork",
        51.8497,
        -8.3000,
        "Europe/Dublin",
        "Cork University Hospital",
        "Wilton",
        "Cork T12 DC4A",
        "021 492 2000",
        "Cobh railway station car park, Lower Road",
        "Cobh, Co. Cork",
    ),
    "carlingford": _p(
        "ie",
        "Taaffe's Castle",
        "Newry Street",
        "Carlingford, Co. Louth",
        54.0428,
        -6.1877,
        "Europe/Dublin",
        "Our Lady of Lourdes Hospital",
        "Windmill Road",
        "Drogheda, Co. Louth A92 VW28",
        "041 983 7601",
        "Carlingford Marina car park, Greenore Road",
        "Carlingford, Co. Louth",
    ),
    "lahinch": _p(
        "ie",
        "Lahinch Seaworld",
        "The Promenade",
        "Lahinch, Co. Clare",
        52.9339,
        -9.3472,
        "Europe/Dublin",
        "University Hospital Limerick",
        "St Nessan's Road, Dooradoyle",
        "Limerick V94 F858",
        "061 301 111",
        "Lahinch Golf Club overflow car park, Liscannor Road",
        "Lahinch, Co. Clare",
    ),
    # (5) Polish 'dzienny plan pracy', landscape three-panel template, Lublin and Mazovia
    "naleczow": _p(
        "pl",
        "Pałac Małachowskich",
        "ul. Armii Krajowej 3",
        "24-140 Nałęczów",
        51.2866,
        22.2136,
        "Europe/Warsaw",
        "Szpital Specjalistyczny w Puławach (SOR)",
        "ul. Józefa Bema 1",
        "24-100 Puławy",
        "81 450 20 00",
        "parking przy Pijalni Wód, ul. Spacerowa",
        "24-140 Nałęczów",
    ),
    "janowiec": _p(
        "pl",
        "Zamek w Janowcu",
        "ul. Lubelska 20",
        "24-123 Janowiec",
        51.3246,
        21.8928,
        "Europe/Warsaw",
        "Szpital Specjalistyczny w Puławach (SOR)",
        "ul. Józefa Bema 1",
        "24-100 Puławy",
        "81 450 20 00",
        "parking pod zamkiem, ul. Lubelska",
        "24-123 Janowiec",
    ),
    "kozienice": _p(
        "pl",
        "Kozienicki Dom Kultury",
        "ul. Przemysłowa 15",
        "26-900 Kozienice",
        51.5830,
        21.5560,
        "Europe/Warsaw",
        "Mazowiecki Szpital Specjalistyczny w Radomiu (SOR)",
        "ul. Juliana Aleksandrowicza 5",
        "26-617 Radom",
        "48 361 30 00",
        "parking KDK, ul. Przemysłowa",
        "26-900 Kozienice",
    ),
    # (6) Polish series plan typed in Word as a numbered outline, the Hel peninsula
    "jastarnia": _p(
        "pl",
        "Port rybacki Jastarnia",
        "ul. Portowa 1",
        "84-140 Jastarnia",
        54.6990,
        18.6760,
        "Europe/Warsaw",
        "Szpital Specjalistyczny w Wejherowie (SOR)",
        "ul. Jagalskiego 10",
        "84-200 Wejherowo",
        "58 572 70 10",
        "parking przy dworcu PKP Jastarnia",
        "84-140 Jastarnia",
    ),
    "wladyslawowo": _p(
        "pl",
        "Dom Rybaka",
        "ul. Hallera 19",
        "84-120 Władysławowo",
        54.7930,
        18.4070,
        "Europe/Warsaw",
        "Szpital Specjalistyczny w Wejherowie (SOR)",
        "ul. Jagalskiego 10",
        "84-200 Wejherowo",
        "58 572 70 10",
        "parking przy porcie, ul. Portowa",
        "84-120 Władysławowo",
    ),
    "hel": _p(
        "pl",
        "Fokarium Stacji Morskiej UG",
        "ul. Morska 2",
        "84-150 Hel",
        54.6050,
        18.8000,
        "Europe/Warsaw",
        "Szpital Specjalistyczny w Wejherowie (SOR)",
        "ul. Jagalskiego 10",
        "84-200 Wejherowo",
        "58 572 70 10",
        "parking przy dworcu PKP Hel",
        "84-150 Hel",
    ),
}

UK_WD = ["Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "ca_a": f"{h12}:{m:02d}{ap[0].lower()}",  # "7:30a"
        "uk_dot": f"{h12}.{m:02d}{ap.lower()}",  # "7.30am"
        "ie_dot": f"{h:02d}.{m:02d}",  # "07.30"
        "pl_dot": f"{h}.{m:02d}",  # "7.30"
        "pl_h": f"{h}:{m:02d}",  # "7:30"
        "pl_hh": f"{h:02d}h{m:02d}",  # "07h30"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "ca_wd_slash": f"{d:%a} {d:%b} {d.day}/{d:%y}",  # "Tue Mar 9/27"
        "us_caps": f"{d:%A}, {d:%B} {ordinal(d.day)}".upper() + f" {d.year}",
        "uk_weds": f"{UK_WD[d.weekday()]} {ordinal(d.day)} {d:%B} {d.year}",
        "slash": f"{d:%d/%m/%Y}",
        "ie_short": f"{d:%a} {ordinal(d.day)} {d:%b} '{d:%y}",  # "Thu 9th Sep '27"
        "pl_wd_roman": f"{pl_weekday(d)} {d.day}.{ROMAN[d.month - 1]}.{d.year}",
        "pl_dots_lead": f"{d:%d.%m.%Y}",  # "09.03.2027"
        "pl_wd_gen": f"{pl_weekday(d)}, {d.day} {PL_GENITIVE[d.month - 1]} {d.year} r.",
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh74")
_table = partial(head_table, size=7.5, lead=12)
_family = partial(family, _sheet, P)


def _white(c: Canvas) -> None:
    c.pdf.set_text_color(255, 255, 255)


def _black(c: Canvas) -> None:
    c.pdf.set_text_color(0, 0, 0)


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


# --- (1) Toronto commercial: numbered labels reversed out of black, value in the cell below ----


def _rev_cells(
    c: Canvas, x: float, y: float, w: float, cells: list[tuple[str, list[str]]], h: float
) -> float:
    """A band of cells: each a black label strip ('04  CREW CALL' in white) over a white cell
    with its value lines; returns the y under the band."""
    cw = w / len(cells)
    for i, (lab, lines) in enumerate(cells):
        cx = x + i * cw
        fill(c, cx, y, cw, 13, 25)
        _white(c)
        fit(c, cx + 4, y + 9.5, lab, 7, cw - 8, bold=True)
        _black(c)
        c.box(cx, y, cw, 13 + h, 0.6)
        for k, ln in enumerate(lines):
            big = len(lines) == 1
            fit(c, cx + 5, y + 13 + (17 if big else 11 + 10.5 * k), ln, 11 if big else 8, cw - 10)
    return y + 13 + h


@_family(
    "ca_tvc_reversed_numbered_cells",
    "Toronto production-company commercial call sheet, Letter: the company's name and office "
    "line left, 'CALL SHEET' and the job number right; bands of numbered labels reversed out "
    "of black strips ('01  CLIENT', '04  SHOOT DATE', '05  CREW CALL', '07  SUNRISE') with each "
    "value in the white cell below; a band '09  LOCATION 1', '10  LOCATION 2', '11  UNIT BASE "
    "/ CREW PARKING'; '12  NEAREST ER' (and 'Hospital #2' where two are given); SCHEDULE and a "
    "crew list with calls; 'Mar 9/27' / 'Tue Mar 9/27' dates, '7:30 AM' / '7:30a' times",
    name="on_{key}",
)
def _tvc(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", "helvetica", margin=30.0)
    c.text(x0, 44, g["company"], 15, bold=True)
    grey_text(c, x0, 57, g["office"], 7.5)
    c.right(right, 42, "CALL SHEET", 16, bold=True)
    c.right(right, 56, f"Job # {g['job']}", 8.5)
    c.hline(x0, right, 64, 1.2)
    c.text(x0, 80, "PROJECT:", 8, bold=True)
    c.text(x0 + 48, 80, title, 12, bold=True)
    c.right(right, 80, g["spot"], 8)
    w = right - x0
    y = _rev_cells(
        c,
        x0,
        90,
        w,
        [
            ("01  CLIENT", [g["client"]]),
            ("02  AGENCY", [g["agency"]]),
            ("03  DIRECTOR", [g["director"]]),
            ("04  SHOOT DATE", [day_text(day, g["date_style"])]),
        ],
        26,
    )
    y = _rev_cells(
        c,
        x0,
        y + 4,
        w,
        [
            (g.get("call_label", "05  CREW CALL"), [g.get("call_text") or hm(call, t)]),
            ("06  BREAKFAST / LUNCH", [g["meals"]]),
            ("07  SUNRISE", [hm(rise, t)]),
            ("08  SUNSET", [hm(fall, t)]),
        ],
        26,
    )
    s2 = g["set2"]
    y = _rev_cells(
        c,
        x0,
        y + 4,
        w,
        [
            ("09  LOCATION 1", [p.name, p.street, p.city, g["set"]]),
            ("10  LOCATION 2", list(s2)),
            ("11  UNIT BASE / CREW PARKING", [*p.base.split(", ", 1), g["base_note"]]),
        ],
        48,
    )
    hosp = [("12  NEAREST ER", [f"{p.hospital}, {p.hospital_address} · {p.hospital_phone}"])]
    if g.get("hosp2"):
        hosp = [
            ("12  NEAREST ER · Hospital #1", [p.hospital, f"{p.hospital_address}"]),
            ("Hospital #2", list(g["hosp2"])),
        ]
    y = _rev_cells(c, x0, y + 4, w, hosp, 26 if len(hosp) == 2 else 22)
    y = _table(
        c,
        x0,
        y + 20,
        ["TIME", "SHOT / SCENE", "DESCRIPTION", "TALENT"],
        [0, 55, 140, 410],
        [(hm(add_minutes(call, o), t), s, d, tl) for o, s, d, tl in g["schedule"]],
        right,
        ruled=True,
    )
    y = _table(
        c,
        x0,
        y + 6,
        ["DEPT", "NAME", "CELL", "CALL"],
        [0, 120, 290, 440],
        [(r, n, m, hm(add_minutes(call, o), t)) for r, n, m, o in g["crew"]],
        right,
    )
    titled_notes(c, x0, y + 6, "NOTES", 8.5, g["notes"], 8, w, 10)
    footer(c, f"{g['company']} · {title} · Job {g['job']} · CONFIDENTIAL", x0)
    return c.output()


def _tvc_sheets() -> list[Sheet]:
    return [
        _tvc(
            "picton",
            "County Road Trip",
            D(2027, 5, 11),
            "07:00",
            {
                "time_style": "us",
                "date_style": "mon_slash_yy",
                "company": "Northbound Picture Co.",
                "office": "401 Richmond St W, Suite 220, Toronto, ON M5V 3A8 · 416-555-0182",
                "job": "NPC-2719",
                "spot": "1 x :30 / 1 x :15 TV + online",
                "client": "Ontario Tourism",
                "agency": "Forge & Field, Toronto",
                "director": "Marguerite Osei",
                "meals": "6:30 AM / 12:30 PM",
                "set": "the lobby, the stage and the Main St sidewalk",
                "set2": ("Sandbanks Provincial Park", "3004 County Rd 12", "Dunes beach (PM)"),
                "base_note": "Trucks on the north lot; crew parks east gate",
                "schedule": [
                    (0, "-", "Crew call, safety meeting at the theatre", ""),
                    (60, "1A", "Couple buy tickets in the lobby", "Talent A, B"),
                    (150, "2", "Main St sidewalk walk-and-talk", "Talent A, B"),
                    (330, "3", "Company move to LOCATION 2: dunes at golden hour", "Talent A, B"),
                ],
                "crew": [
                    ("Producer", "Devon Achterberg", "647-555-0131", -30),
                    ("1st AD", "Priya Lalonde", "647-555-0144", -15),
                    ("DOP", "Sam Kowalczyk", "416-555-0199", 0),
                ],
                "notes": ["Park permit for Sandbanks on the producer: day-use lot C only."],
            },
        ),
        _tvc(
            "uxbridge",
            "Small Town Saturday",
            D(2027, 3, 9),
            "06:30",
            {
                "time_style": "ca_a",
                "date_style": "ca_wd_slash",
                "company": "Lakeshore Content Inc.",
                "office": "1179 King St W, Unit 104, Toronto, ON M6K 3C5 · 416-555-0120",
                "job": "LC-0307",
                "spot": "2 x :15 digital",
                "client": "Durham Credit Union",
                "agency": "Holloway Brand Studio",
                "director": "Ian McTavish",
                # HARD: the call cell carries the crew call and the later shooting call together
                "call_label": "05  CREW CALL · SHOOT CALL",
                "call_text": "6:30a  ·  shoot 7:30a",
                "meals": "6:00a / 12:00p",
                "set": "the hall and the balcony",
                "set2": ("Uxbridge Library", "9 Toronto St S", "Reading room (PM)"),
                "base_note": "Shuttle to set 6:00a-7:00a",
                "schedule": [
                    (0, "-", "Crew call, load in via the stage door", ""),
                    (60, "1", "Choir rehearsal wide", "Choir (12)"),
                    (180, "2", "Balcony close-ups", "Talent A"),
                ],
                "crew": [
                    ("Producer", "Nadia Whitlock", "416-555-0133", -30),
                    ("1st AD", "Rob Ferreira", "416-555-0157", -15),
                    ("Gaffer", "Tomasz Wiśniewski", "647-555-0188", -30),
                ],
                "notes": ["Hall heating is off until 8:00a: dress warm."],
            },
        ),
        _tvc(
            "orangeville",
            "Main Street Makers",
            D(2026, 10, 15),
            "08:00",
            {
                "time_style": "us",
                "date_style": "us_long",
                "company": "Northbound Picture Co.",
                "office": "401 Richmond St W, Suite 220, Toronto, ON M5V 3A8 · 416-555-0182",
                "job": "NPC-2664",
                "spot": "1 x :60 brand film, cutdowns",
                "client": "Dufferin Makers Co-op",
                "agency": "direct to client",
                "director": "Lena Ruiz",
                "meals": "7:30 AM / 1:30 PM",
                "set": "the opera house stage and the Broadway steps",
                "set2": ("Island Lake Conservation Area", "673067 Hurontario St", "Boardwalk"),
                "base_note": "Crew park in the south lot",
                "hosp2": ("Orangeville Walk-In Clinic", "Broadway · (519) 555-0148"),
                "schedule": [
                    (0, "-", "Crew call at the opera house", ""),
                    (60, "1", "Makers' market set-up on stage", "Makers (6)"),
                    (240, "2", "Broadway steps portraits", "Makers (6)"),
                ],
                "crew": [
                    ("Producer", "Devon Achterberg", "647-555-0131", -30),
                    ("DOP", "Harriet Lam", "416-555-0165", 0),
                ],
                "notes": [
                    "Town hall office open to the public until 4:30 PM: keep the foyer clear."
                ],
            },
        ),
    ]


# --- (2) US competition show: CHALLENGE DAY, SEQUESTER box, SET #1 / SET #2 / BASECAMP --------


@_family(
    "us_competition_challenge_day",
    "US competition (reality) show CHALLENGE DAY call sheet, Letter: the network and series "
    "over the show's title, 'EP 104 · CHALLENGE DAY 7 OF 21' and the date; a black band with "
    "GENERAL CREW CALL; ruled rows SET #1 (challenge), SET #2 (judging / elimination), BASECAMP, "
    "CREW PARKING, each with place, address and note; NEAREST ER line; a boxed CONTESTANT "
    "SEQUESTER panel (wake-up, van, holding, no crew contact); a RUNNING ORDER of segments; "
    "department calls; '7:30a' / '0730' / '7:30 AM' times",
    name="cc_{key}",
)
def _comp(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("letter", "sans", margin=32.0)
    grey_text(c, x0, 40, g["network"], 8)
    c.text(x0, 60, title.upper(), 20, bold=True)
    c.right(right, 42, g["ep"], 9, bold=True)
    c.right(right, 58, day_text(day, g["date_style"]), 10, bold=True)
    c.hline(x0, right, 68, 1.0)
    y = 74.0
    if g.get("precall"):
        c.text(x0, y + 10, g["precall"], 8.5, bold=True)
        y += 14
    fill(c, x0, y, right - x0, 26, 15)
    _white(c)
    c.text(x0 + 8, y + 18, "GENERAL CREW CALL", 10, bold=True)
    c.text(x0 + 150, y + 19, hm(call, t), 15, bold=True)
    c.right(right - 8, y + 18, f"SUNRISE {hm(rise, t)}   SUNSET {hm(fall, t)}", 9)
    _black(c)
    y += 40
    s2 = g["set2"]
    base_name, _, base_street = p.base_street.partition(", ")
    rows = [
        ("SET #1", p.name, p.address, g["set"]),
        ("SET #2", *s2),
        ("BASECAMP", base_name, f"{base_street}, {p.base_city}", g["base_note"]),
        ("CREW PARKING", g["park_name"], g["park_addr"], g["park_note"]),
    ]
    xs = [0, 72, 235, 425]
    for row in rows:
        c.box(x0, y - 11, right - x0, 16, 0.4)
        for i, (v, dx) in enumerate(zip(row, xs, strict=True)):
            x1 = xs[i + 1] if i + 1 < len(xs) else right - x0
            fit(c, x0 + 4 + dx, y, v, 8, x1 - dx - 8, bold=i == 0)
        y += 16
    y += 6
    lw = c.text(x0, y, "NEAREST ER:", 8.5, bold=True) + 6
    fit(c, x0 + lw, y, f"{p.hospital}, {p.hospital_address} · {p.hospital_phone}", 8.5, 480)
    y += 10
    seq = [f"{lab}: {hm(add_minutes(call, o), t)}" for lab, o in g["sequester"]]
    seq.append(g["seq_note"])
    y = _block(c, x0, y, right - x0, "CONTESTANT SEQUESTER (talent team only)", seq, 8)
    y = _table(
        c,
        x0,
        y + 18,
        ["TIME", "SEGMENT", "WHERE", "WHO"],
        [0, 55, 300, 400],
        [(hm(add_minutes(call, o), t), s, wh, who) for o, s, wh, who in g["order"]],
        right,
        ruled=True,
    )
    y = _table(
        c,
        x0,
        y + 6,
        ["DEPARTMENT", "HEAD", "CALL"],
        [0, 180, 400],
        [(d, n, hm(add_minutes(call, o), t)) for d, n, o in g["depts"]],
        right,
    )
    titled_notes(c, x0, y + 6, "NOTES", 8.5, g["notes"], 8, right - x0, 10)
    footer(c, g["footer"], x0)
    return c.output()


def _comp_sheets() -> list[Sheet]:
    return [
        _comp(
            "temecula",
            "Crush Pad",
            D(2027, 9, 9),
            "07:30",
            {
                "time_style": "us_letter",
                "date_style": "us_ordinal",
                "network": "Vineland Unscripted for FOODLINE NETWORK · Season 2",
                "ep": "EP 204 · CHALLENGE DAY 7 OF 21",
                "set": "Barrel room challenge kitchen",
                "set2": (
                    "Old Town Temecula Community Theater",
                    "42051 Main St, Temecula, CA 92590",
                    "Judges' table / elimination (PM)",
                ),
                "base_note": "Catering, hair & make-up, wardrobe",
                "park_name": "Promenade mall lot P3",
                "park_addr": "40820 Winchester Rd, Temecula, CA 92591",
                "park_note": "Shuttle every 15 min",
                "sequester": [
                    ("Wake-up", -90),
                    ("Vans leave the hotel", -30),
                    ("Holding (winery library)", 30),
                ],
                "seq_note": "No crew contact with contestants. Phones stay with the talent team.",
                "order": [
                    (0, "Crew call, safety meeting", "Basecamp", "All"),
                    (60, "Challenge rehearsal with stand-ins", "SET #1", "Host, stand-ins"),
                    (120, "Challenge reveal + 90-min cook", "SET #1", "Host, 8 contestants"),
                    (360, "Judging & elimination", "SET #2", "Host, judges, 8 contestants"),
                ],
                "depts": [
                    ("Producers / story", "Kara Villanueva", -30),
                    ("Camera (8 ops)", "Desmond Ruiz", 0),
                    ("Culinary team", "Jo Amsel", -90),
                ],
                "notes": ["Heat plan in effect: water stations at SET #1 and basecamp."],
                "footer": "Vineland Unscripted · CRUSH PAD S2 · confidential: do not post",
            },
        ),
        _comp(
            "pahrump",
            "Full Throttle Garage",
            D(2027, 4, 17),
            "05:30",
            {
                "time_style": "military",
                "date_style": "us_short",
                "network": "Redline Media for TORQUE TV · Season 1",
                "ep": "EP 103 · CHALLENGE DAY 5 OF 16",
                # HARD: a pre-call line for the challenge team sits above the crew call band
                "precall": "PRE-CALL: Challenge build team 0415 at SET #1",
                "set": "Paddock garage and skid pad",
                "set2": (
                    "Pahrump Valley Winery",
                    "3810 Winery Rd, Pahrump, NV 89048",
                    "Elimination (sunset)",
                ),
                "base_note": "Holding tents, catering",
                "park_name": "Ranch overflow lot",
                "park_addr": "3601 S Highway 160 (gate 2), Pahrump, NV 89048",
                "park_note": "Wristbands at gate 2",
                "sequester": [("Wake-up", -60), ("Vans leave the hotel", -15)],
                "seq_note": "Contestants ride in van 2 only. Crew keep 20 ft.",
                "order": [
                    (0, "Crew call, track safety briefing", "SET #1", "All"),
                    (90, "Build challenge: 4-hour clock", "SET #1", "6 teams"),
                    (390, "Skid pad test runs", "SET #1", "6 teams, pro driver"),
                    (720, "Elimination at sunset", "SET #2", "Host, judges"),
                ],
                "depts": [
                    ("Challenge / build", "Rusty Okafor", -75),
                    ("Camera", "Lee Tran", 0),
                    ("Safety (track)", "Marisol Baca", -30),
                ],
                "notes": ["Hot track: no one crosses the pit wall without the safety officer."],
                "footer": "Redline Media · FULL THROTTLE GARAGE · confidential",
            },
        ),
        _comp(
            "twentynine_palms",
            "Desert Table",
            D(2026, 11, 5),
            "06:00",
            {
                "time_style": "us",
                "date_style": "us_caps",
                "network": "Mesa Lane Productions for HEARTH+ · Season 3",
                "ep": "EP 311 · CHALLENGE DAY 12 OF 20",
                "set": "Garden and pool deck outdoor kitchen",
                "set2": (
                    "Joshua Tree Retreat Center",
                    "59700 Twentynine Palms Hwy, Joshua Tree, CA 92252",
                    "Judging dome (PM)",
                ),
                "base_note": "Trailers, catering",
                "park_name": "Inn lower lot",
                "park_addr": "Inn Ave, Twentynine Palms, CA 92277",
                "park_note": "Carpool: 12 spaces",
                "sequester": [("Wake-up", -75), ("Vans leave the hotel", -30)],
                "seq_note": "Contestants hold in cabins 4-6 until called by the talent team.",
                "order": [
                    (0, "Crew call, safety & heat briefing", "Basecamp", "All"),
                    (90, "Open-fire challenge", "SET #1", "Host, 6 contestants"),
                    (420, "Judging & elimination", "SET #2", "Host, judges"),
                ],
                "depts": [
                    ("Producers / story", "Ben Alcott", -30),
                    ("Camera", "Ximena Ortiz", 0),
                ],
                "notes": ["National park is next door: no drone without the permit in hand."],
                "footer": "Mesa Lane Productions · DESERT TABLE S3 · confidential",
            },
        ),
    ]


# --- (3) London commercial: plain grid, A&E line under it, department CALL column -------------


@_family(
    "uk_ldn_commercial_dept_call_column",
    "London commercial call sheet, A4: the production company and 'CALL SHEET' over a thin "
    "rule; a plain ruled grid of label / value cells in two columns (Production, Job, Agency, "
    "Client, Director, Producer / Date, Unit Call, Location, Location 2, Unit Base, Weather, "
    "Sunrise / Sunset); one line 'Nearest A&E:' with the hospital under the grid; a crew list "
    "grouped by department (department name rows) with a CALL column; schedule and notes",
    name="ldn_{key}",
)
def _ldn(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "helvetica", margin=36.0)
    c.text(x0, 46, g["company"], 13, bold=True)
    grey_text(c, x0, 58, g["address"], 7.5)
    c.right(right, 46, "CALL SHEET", 14, bold=True)
    c.hline(x0, right, 66, 0.5)
    half = (right - x0) / 2
    left = [
        ("Production", title),
        ("Job no.", g["job"]),
        ("Agency", g["agency"]),
        ("Client", g["client"]),
        ("Director", g["director"]),
        ("Producer", g["producer"]),
    ]
    right_rows = [
        ("Date", day_text(day, g["date_style"])),
        ("Unit Call", g.get("call_text") or hm(call, t)),
        ("Location", f"{p.name}, {p.address}"),
        ("Location 2", g["set2"]),
        ("Unit Base", p.base),
        ("Sunrise / Sunset", f"{hm(rise, t)} / {hm(fall, t)}"),
    ]
    rh = 24.0
    top = 74.0
    for col, rows in enumerate((left, right_rows)):
        cx = x0 + col * half
        for i, (lab, val) in enumerate(rows):
            y = top + i * rh
            c.box(cx, y, 70, rh, 0.4)
            c.box(cx + 70, y, half - 70, rh, 0.4)
            c.text(cx + 4, y + 15, lab, 7.5, bold=True)
            parts = wrap(c, val, 8, half - 78)
            if len(parts) == 1:
                c.text(cx + 74, y + 15, val, 8.5)
            else:  # the cell wraps its text onto a second line, as a word processor does
                for k, ln in enumerate(parts[:2]):
                    fit(
                        c,
                        cx + 74,
                        y + 10 + 9.5 * k,
                        ln if k == 0 else " ".join(parts[1:]),
                        8,
                        half - 78,
                    )
    y = top + 6 * rh + 16
    c.text(x0, y, f"Set: {g['set']}", 8.5)
    y += 13
    lw = c.text(x0, y, "Nearest A&E:", 8.5, bold=True) + 5
    hosp = f"{p.hospital}, {p.hospital_address} ({p.hospital_phone})"
    fit(c, x0 + lw, y, hosp, 8.5, right - x0 - lw)
    y = _table(
        c,
        x0,
        y + 20,
        ["TIME", "SHOT", "ACTION", "CAST"],
        [0, 50, 100, 380],
        [(hm(add_minutes(call, o), t), s, d, tl) for o, s, d, tl in g["schedule"]],
        right,
    )
    fill(c, x0, y - 3, right - x0, 12, 215)
    heads = [("", 0), ("NAME", 130), ("ROLE", 250), ("MOBILE", 360), ("CALL", 450)]
    for h, dx in heads:
        c.text(x0 + 3 + dx, y + 6, h, 7, bold=True)
    y += 18
    for dept, people in g["crew"]:
        c.text(x0 + 3, y, dept.upper(), 7.5, bold=True)
        c.hline(x0, right, y + 3, 0.4)
        y += 11
        for name, role, mob, off in people:
            for v, (_, dx) in zip(
                ("", name, role, mob, hm(add_minutes(call, off), t)), heads, strict=True
            ):
                c.text(x0 + 3 + dx, y, v, 7.5)
            c.hline(x0, right, y + 3, 0.15)
            y += 11
        y += 3
    titled_notes(c, x0, y + 8, "Notes", 9, g["notes"], 8, right - x0, 10)
    footer(c, f"{g['company']} · {title} · {g['job']}", x0)
    return c.output()


def _ldn_sheets() -> list[Sheet]:
    return [
        _ldn(
            "walthamstow",
            "Pattern Language",
            D(2027, 3, 16),
            "07:30",
            {
                "time_style": "h24",
                "date_style": "uk_weds",
                "company": "Blackhorse Lane Films",
                "address": "Unit 4, 2 Sutherland Road Path, London E17 6BU · 020 7946 0311",
                "job": "BLF-1127",
                "agency": "Mother & Daughter, Shoreditch",
                "client": "Heal & Weave (homewares)",
                "director": "Kwame Asante",
                "producer": "Rosie Hartnell 07700 900131",
                "set": "the gallery rooms and the Lloyd Park moat",
                "set2": "Walthamstow Wetlands, 2 Forest Road, London N17 9NH (after lunch)",
                "schedule": [
                    (0, "-", "Unit call, breakfast at base", ""),
                    (60, "1", "Tracking shot through the wallpaper room", "Woman, 30s"),
                    (180, "2", "Moat bridge wide", "Woman, child"),
                    (330, "3", "Wetlands reedbeds (Location 2)", "Woman"),
                ],
                "crew": [
                    (
                        "Production",
                        [
                            ("Rosie Hartnell", "Producer", "07700 900131", -30),
                            ("Dev Mistry", "PM", "07700 900132", -60),
                        ],
                    ),
                    ("Camera", [("Anna Sobieska", "DoP", "07700 900133", 0)]),
                    ("Art", [("Gus Perrin", "Art director", "07700 900134", -90)]),
                ],
                "notes": ["Gallery opens to the public at 10:00: rooms 1-3 are ours until 13:00."],
            },
        ),
        _ldn(
            "peckham",
            "Rye Lane Rhythm",
            D(2026, 9, 22),
            "08:00",
            {
                "time_style": "military",
                "date_style": "slash",
                "company": "Copeland Yard Productions",
                "address": "133 Copeland Road, London SE15 3SN · 020 7946 0422",
                "job": "CYP-0922",
                "agency": "Southbank Social",
                "client": "Mint Music (streaming)",
                "director": "Temi Bankole",
                "producer": "Ollie Grant 07700 900241",
                # HARD: the unit call cell names an earlier art department pre-call first
                "call_text": "Art pre-call 0630 · UNIT CALL 0800",
                "set": "the multi-storey's level 5 roof and the stairwell",
                "set2": "Bellenden Road murals (afternoon)",
                "schedule": [
                    (0, "-", "Unit call", ""),
                    (60, "1", "Rooftop dancers at golden hour light rig", "Dancers x6"),
                    (240, "2", "Stairwell POV climb", "Lead"),
                ],
                "crew": [
                    ("Production", [("Ollie Grant", "Producer", "07700 900241", -30)]),
                    (
                        "Camera",
                        [
                            ("Sacha Wren", "DoP", "07700 900242", 0),
                            ("Femi Ade", "1st AC", "07700 900243", -15),
                        ],
                    ),
                    ("Art", [("Hattie Cole", "Designer", "07700 900244", -90)]),
                ],
                "notes": ["Lift to level 5 for kit only; crew use the stairs."],
            },
        ),
        _ldn(
            "deptford",
            "Second Helpings",
            D(2027, 6, 9),
            "07:00",
            {
                "time_style": "uk_dot",
                "date_style": "uk_plain",
                "company": "Creekside Pictures",
                "address": "Faircharm Studios, 8 Creekside, London SE8 3DX · 020 7946 0533",
                "job": "CP-2706",
                "agency": "Hatch & Co.",
                "client": "Foodshare UK",
                "director": "Maya Lindqvist",
                "producer": "Sunil Rao 07700 900351",
                "set": "the theatre café and the main hall",
                "set2": "Deptford Market Yard arches (PM)",
                "schedule": [
                    (0, "-", "Unit call, tech recce of the café", ""),
                    (90, "1", "Volunteers set the long table", "Cast x8"),
                    (300, "2", "Market Yard arches: market close", "Cast x3"),
                ],
                "crew": [
                    ("Production", [("Sunil Rao", "Producer", "07700 900351", -30)]),
                    ("Camera", [("Beth Odhiambo", "DoP", "07700 900352", 0)]),
                    ("Sound", [("Jules Hart", "Sound recordist", "07700 900353", 0)]),
                ],
                "notes": ["Theatre box office opens 12.00pm: keep the main doors clear."],
            },
        ),
    ]


# --- (4) Screen Ireland feature: times column beside the location rows, emergency band --------


@_family(
    "ie_feature_emergency_footer_band",
    "Irish feature call sheet for a Screen Ireland-funded film, A4: the title, 'Fís Éireann / "
    "Screen Ireland' and the company left, 'CALL SHEET No. 14' and 'Day 14 of 30' right; a "
    "left column of times (UNIT CALL, SHOOTING CALL, BREAKFAST, LUNCH, WRAP, SUNRISE, SUNSET) "
    "beside stacked rows LOCATION 1, LOCATION 2, UNIT BASE / CREW PARKING; SC / SET / D/N / "
    "PGS / CAST; cast times; an EMERGENCY band at the foot with the A&E, the Garda station and "
    "the site manager",
    name="ie_{key}",
)
def _ie(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=34.0)
    c.text(x0, 46, title.upper(), 18, bold=True)
    grey_text(c, x0, 60, "Fís Éireann / Screen Ireland · " + g["company"], 8)
    c.right(right, 42, f"CALL SHEET No. {g['n']}", 11, bold=True)
    c.right(right, 56, g["day_of"], 9)
    c.hline(x0, right, 68, 1.2)
    c.text(x0, 86, day_text(day, g["date_style"]), 12, bold=True)
    c.right(right, 86, f"Director: {g['director']} · Producer: {g['producer']}", 8)
    times = [
        ("UNIT CALL", hm(call, t)),
        ("SHOOTING CALL", hm(add_minutes(call, g["shoot"]), t)),
        ("BREAKFAST", g.get("breakfast_text") or hm(add_minutes(call, -30), t)),
        ("LUNCH", hm(add_minutes(call, g["lunch"]), t)),
        ("WRAP (est.)", hm(add_minutes(call, g["wrap"]), t)),
        ("SUNRISE", hm(rise, t)),
        ("SUNSET", hm(fall, t)),
    ]
    c.box(x0, 94, 170, 16 * len(times) + 8, 0.8)
    label_rows(c, x0 + 6, 108, x0 + 166, times, 8.5, 92, 16)
    bx = x0 + 180
    y = _block(c, bx, 94, right - bx, "LOCATION 1", [p.name, p.address, g["set"]])
    y = _block(c, bx, y + 3, right - bx, "LOCATION 2", list(g["set2"]))
    y = _block(c, bx, y + 3, right - bx, "UNIT BASE / CREW PARKING", [p.base, g["base_note"]])
    y = max(y, 94 + 16 * len(times) + 8) + 20
    y = _table(
        c,
        x0,
        y,
        ["SC", "SET", "D/N", "PGS", "CAST"],
        [0, 36, 300, 345, 395],
        g["scenes"],
        right,
    )
    y = _table(
        c,
        x0,
        y + 4,
        ["#", "ARTIST", "CHARACTER", "P/UP", "M/U", "ON SET"],
        [0, 24, 160, 300, 365, 430],
        [
            (
                n,
                a,
                ch,
                hm(add_minutes(call, o - 45), t),
                hm(add_minutes(call, o - 30), t),
                hm(add_minutes(call, o + 30), t),
            )
            for n, a, ch, o in g["cast"]
        ],
        right,
    )
    titled_notes(c, x0, y + 4, "NOTES", 9, g["notes"], 8, right - x0, 10)
    by = c.pdf.h - 110
    fill(c, x0, by, right - x0, 14, 40)
    _white(c)
    c.text(x0 + 6, by + 10, "EMERGENCY", 8.5, bold=True)
    _black(c)
    w3 = (right - x0) / 3
    blocks = [
        (g.get("ae_head", "NEAREST A&E (24 hr)"), hospital_lines(p)),
        ("GARDA STATION", list(g["garda"])),
        ("SITE MANAGER / MEDIC", list(g["site"])),
    ]
    for i, (hd, lines) in enumerate(blocks):
        c.box(x0 + i * w3, by + 14, w3, 58, 0.5)
        c.text(x0 + i * w3 + 5, by + 25, hd, 7, bold=True)
        for k, ln in enumerate(lines):
            fit(c, x0 + i * w3 + 5, by + 36 + 10 * k, ln, 7.5, w3 - 10)
    footer(c, g["footer"], x0)
    return c.output()


def _ie_sheets() -> list[Sheet]:
    return [
        _ie(
            "cobh",
            "The Emigrant's Ledger",
            D(2027, 9, 9),
            "07:00",
            {
                "time_style": "h24",
                "date_style": "uk_long",
                "company": "Spike Island Films Ltd",
                "n": "14",
                "day_of": "Day 14 of 30",
                "director": "Áine Ní Bhriain",
                "producer": "Cathal Mulcahy",
                "shoot": 60,
                "lunch": 360,
                "wrap": 660,
                "set": "the quay frontage and the ticket hall",
                "set2": ("St Colman's Cathedral steps", "Cathedral Place, Cobh (after lunch)"),
                "base_note": "Catering and honeywagons at the station end",
                "scenes": [
                    ("41", "EXT. DEEPWATER QUAY - TENDER BOARDING 1912", "D", "2 4/8", "1, 2"),
                    ("42", "INT. TICKET HALL", "D", "1 2/8", "1, 3"),
                    ("57", "EXT. CATHEDRAL STEPS (LOC. 2)", "D", "6/8", "2"),
                ],
                "cast": [
                    ("1", "Saoirse Kinsella", "Nora Hegarty", 0),
                    ("2", "Donal Creedon", "Michael Hegarty", 30),
                    ("3", "Fiona Lenihan", "Mrs Barry", 120),
                ],
                "notes": ["80 SAs in period dress: holding in the Sirius Arts Centre."],
                "garda": ("Cobh Garda Station", "Cobh, Co. Cork", "112 / 999"),
                "site": ("Site: Ger Twomey 087 555 0141", "Medic: Lisa Forde 087 555 0142"),
                "footer": "Spike Island Films · The Emigrant's Ledger · Call Sheet 14",
            },
        ),
        _ie(
            "carlingford",
            "The Emigrant's Ledger",
            D(2027, 9, 22),
            "07:30",
            {
                "time_style": "ie_dot",
                "date_style": "ie_short",
                "company": "Spike Island Films Ltd",
                "n": "23",
                "day_of": "Day 23 of 30",
                "director": "Áine Ní Bhriain",
                "producer": "Cathal Mulcahy",
                "shoot": 60,
                "lunch": 330,
                "wrap": 630,
                "set": "the castle lane and the Tholsel gate",
                "set2": ("King John's Castle", "Carlingford harbour side (PM)"),
                "base_note": "Minibus to set from 07.00",
                # HARD: the A&E box is headed 'Hospital #1 (A&E)', a second injury unit follows
                # in the notes
                "ae_head": "Hospital #1 (A&E)",
                "scenes": [
                    ("88", "EXT. CASTLE LANE - MARKET DAY", "D", "2", "1, 4"),
                    ("90", "EXT. THOLSEL GATE", "D", "1 1/8", "1"),
                ],
                "cast": [
                    ("1", "Saoirse Kinsella", "Nora Hegarty", 0),
                    ("4", "Eamon Brannigan", "The Pedlar", 60),
                ],
                "notes": [
                    "Hospital #2 (Injury Unit, not for serious injuries): Louth County "
                    "Hospital, Dublin Road, Dundalk.",
                ],
                "garda": ("Carlingford Garda Station", "Carlingford, Co. Louth", "112 / 999"),
                "site": ("Site: Niall Quigley 087 555 0173", "Medic: Orla Byrne 087 555 0174"),
                "footer": "Spike Island Films · The Emigrant's Ledger · Call Sheet 23",
            },
        ),
        _ie(
            "lahinch",
            "The Emigrant's Ledger",
            D(2027, 10, 5),
            "08:00",
            {
                "time_style": "uk_dot",
                "date_style": "slash",
                "company": "Spike Island Films Ltd",
                "n": "29",
                "day_of": "Day 29 of 30",
                "director": "Áine Ní Bhriain",
                "producer": "Cathal Mulcahy",
                "shoot": 45,
                "lunch": 330,
                "wrap": 600,
                "breakfast_text": "from 7.15am at base",
                "set": "the promenade wall and the beach slip",
                "set2": ("Liscannor pier", "Liscannor, Co. Clare (PM, low tide)"),
                "base_note": "Surf school traffic on the slip from 10.00am",
                "scenes": [
                    ("112", "EXT. PROMENADE - STORM", "D", "1 6/8", "1, 2"),
                    ("113", "EXT. BEACH SLIP", "D", "1", "2"),
                ],
                "cast": [
                    ("1", "Saoirse Kinsella", "Nora Hegarty", 0),
                    ("2", "Donal Creedon", "Michael Hegarty", 0),
                ],
                "notes": ["Rain towers on the promenade: wet-weather gear for all."],
                "garda": ("Ennistymon Garda Station", "Ennistymon, Co. Clare", "112 / 999"),
                "site": ("Site: Mairéad Considine 087 555 0191", "Medic: Tom Keane 087 555 0192"),
                "footer": "Spike Island Films · The Emigrant's Ledger · Call Sheet 29",
            },
        ),
    ]


# --- (5) Polish 'dzienny plan pracy', landscape three-panel template ---------------------------


@_family(
    "pl_dpp_trzy_panele_poziomo",
    "Polish 'dzienny plan pracy' from a landscape A4 template in three panels: the company "
    "and „title” over a rule, 'DZIENNY PLAN PRACY nr 12' and the date right; panel "
    "ORGANIZACJA (Data, Dzień zdjęciowy, Zbiórka ekipy, Śniadanie, Obiad, Zakończenie, Wschód, "
    "Zachód), panel OBIEKTY (Miejsce zdjęć 1, Miejsce zdjęć 2, Baza, Szpital (SOR)), panel "
    "SCENY (obraz / obiekt / P/N / aktorzy) with the cast's times under it; '9.III.2027', "
    "'09.03.2027' dates, '7.30' / '07:30' / '07h30' times",
    name="dpp_{key}",
)
def _dpp(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=28.0, orientation="L")
    c.text(x0, 38, g["company"], 9, bold=True)
    c.text(x0, 58, f"„{title}”", 17, bold=True)
    c.right(right, 38, f"DZIENNY PLAN PRACY nr {g['n']}", 12, bold=True)
    c.right(right, 56, day_text(day, g["date_style"]), 10, bold=True)
    c.hline(x0, right, 66, 1.0)
    pw = (right - x0 - 20) / 3
    xs = [x0, x0 + pw + 10, x0 + 2 * (pw + 10)]
    for i, head in enumerate(["ORGANIZACJA", "OBIEKTY", "SCENY"]):
        fill(c, xs[i], 74, pw, 16, 50)
        _white(c)
        c.text(xs[i] + 6, 86, head, 9, bold=True)
        _black(c)
        c.box(xs[i], 74, pw, c.pdf.h - 74 - 40, 0.6)
    rows = [
        ("Data", day_text(day, g.get("panel_date", "pl_dots_lead"))),
        ("Dzień zdjęciowy", g["day_of"]),
        ("Zbiórka ekipy", g.get("call_text") or hm(call, t)),
        ("Śniadanie", hm(add_minutes(call, -30), t)),
        ("Obiad", hm(add_minutes(call, g["lunch"]), t)),
        ("Zakończenie", hm(add_minutes(call, g["wrap"]), t)),
        ("Wschód słońca", hm(rise, t)),
        ("Zachód słońca", hm(fall, t)),
        ("Pogoda", g["weather"]),
    ]
    y = label_rows(c, xs[0] + 6, 106, xs[0] + pw - 6, rows, 8.5, 95, 16, rule_drop=4)
    c.text(xs[0] + 6, y + 6, "Kontakt", 8.5, bold=True)
    for k, ln in enumerate(g["contacts"]):
        fit(c, xs[0] + 6, y + 19 + 11 * k, ln, 8, pw - 12)
    ox = xs[1] + 6
    ow = pw - 12
    y = _block(c, ox, 98, ow, "MIEJSCE ZDJĘĆ 1", [p.name, p.street, p.city, g["set"]])
    y = _block(c, ox, y + 4, ow, "MIEJSCE ZDJĘĆ 2", list(g["set2"]))
    y = _block(c, ox, y + 4, ow, "BAZA / PARKING", [p.base_street, p.base_city])
    hosp = hospital_lines(p)
    if g.get("npl"):
        hosp = [*hosp, g["npl"]]
    _block(c, ox, y + 4, ow, "SZPITAL (SOR)", hosp)
    sx = xs[2] + 4
    y = _table(
        c,
        sx,
        106,
        ["OBR.", "OBIEKT", "P/N", "AKT."],
        [0, 28, 165, 195],
        g["scenes"],
        xs[2] + pw - 4,
        size=7,
    )
    y = _table(
        c,
        sx,
        y + 6,
        ["AKTOR", "POSTAĆ", "CHARAKT.", "PLAN"],
        [0, 75, 145, 200],
        [
            (a, ch, hm(add_minutes(call, o - 60), t), hm(add_minutes(call, o), t))
            for a, ch, o in g["cast"]
        ],
        xs[2] + pw - 4,
        size=7,
    )
    c.text(sx, y + 6, "Uwagi", 8.5, bold=True)
    yy = y + 18
    for note in g["notes"]:
        yy = paragraph(c, sx, yy, note, 7.5, pw - 10, 10)
    footer(c, g["footer"], x0)
    return c.output()


def _dpp_sheets() -> list[Sheet]:
    return [
        _dpp(
            "naleczow",
            "Wody uzdrowiskowe",
            D(2027, 3, 9),
            "07:30",
            {
                "time_style": "pl_dot",
                "date_style": "pl_wd_roman",
                "company": "Zdrój Film sp. z o.o.",
                "n": "12",
                "day_of": "12 / 28",
                "lunch": 330,
                "wrap": 630,
                "weather": "pochmurno, 6°C",
                "contacts": [
                    "Kierownik planu: Marta Zielińska 601 555 210",
                    "II reż.: Piotr Nowak",
                ],
                "set": "sala balowa i taras",
                "set2": (
                    "Park Zdrojowy \u2013 Pijalnia Wód",
                    "ul. Spacerowa, Nałęczów (po obiedzie)",
                ),
                # HARD: under the SOR hospital the box also gives the night GP in Nałęczów
                "npl": "Nocna i świąteczna pomoc: przychodnia, Nałęczów",
                "scenes": [
                    ("23", "PAŁAC \u2013 SALA BALOWA", "D", "1, 2, 5"),
                    ("24", "PAŁAC \u2013 TARAS", "D", "1, 2"),
                    ("31", "PIJALNIA (MZ 2)", "D", "2, 6"),
                ],
                "cast": [
                    ("Anna Kulesza", "Helena", 0),
                    ("Jan Borowski", "Doktor", 30),
                    ("Ewa Sadowska", "Kuracjuszka", 240),
                ],
                "notes": ["Kuracjusze w parku: zachować ciszę przy pijalni."],
                "footer": "Zdrój Film · „Wody uzdrowiskowe” · DPP 12",
            },
        ),
        _dpp(
            "janowiec",
            "Wody uzdrowiskowe",
            D(2027, 6, 12),
            "06:00",
            {
                "time_style": "h24",
                "date_style": "pl_dots_lead",
                "panel_date": "pl_roman",
                "company": "Zdrój Film sp. z o.o.",
                "n": "27",
                "day_of": "27 / 28",
                "lunch": 360,
                "wrap": 690,
                "weather": "słonecznie, 22°C",
                "contacts": [
                    "Kierownik planu: Marta Zielińska 601 555 210",
                    "Kierownik obiektu: Jacek Wróbel 602 555 311",
                ],
                "set": "dziedziniec i mury zamku",
                "set2": (
                    "Prom Janowiec \u2013 Kazimierz Dolny",
                    "przeprawa, brzeg janowiecki (PM)",
                ),
                "scenes": [
                    ("77", "ZAMEK \u2013 DZIEDZINIEC", "D", "1, 3"),
                    ("78", "ZAMEK \u2013 MURY", "D", "1"),
                    ("80", "PROM (MZ 2)", "D", "1, 3, 4"),
                ],
                "cast": [
                    ("Anna Kulesza", "Helena", 0),
                    ("Marek Lis", "Przewoźnik", 300),
                ],
                "notes": ["Zamek otwarty dla zwiedzających od 10:00."],
                "footer": "Zdrój Film · „Wody uzdrowiskowe” · DPP 27",
            },
        ),
        _dpp(
            "kozienice",
            "Elektrownia",
            D(2026, 11, 19),
            "08:00",
            {
                "time_style": "pl_hh",
                "date_style": "pl_weekday_genitive",
                "company": "Wisła Media sp. z o.o.",
                "n": "4",
                "day_of": "4 / 18",
                "lunch": 300,
                "wrap": 600,
                "weather": "mgła rano, 3°C",
                "contacts": ["Kierownik produkcji: Tomasz Kur 603 555 402"],
                "set": "sala widowiskowa i foyer",
                "set2": ("Puszcza Kozienicka, polana", "Garbatka-Letnisko (po obiedzie)"),
                "scenes": [
                    ("9", "DOM KULTURY \u2013 SALA WIDOWISKOWA", "N", "1, 2"),
                    ("10", "DOM KULTURY \u2013 FOYER", "D", "2, 7"),
                ],
                "cast": [
                    ("Krzysztof Baran", "Inżynier", 0),
                    ("Julia Mazur", "Zosia", 60),
                ],
                "notes": ["Próba orkiestry w KDK do 8h00: wejście od parkingu."],
                "footer": "Wisła Media · „Elektrownia” · DPP 4",
            },
        ),
    ]


# --- (6) Polish series plan typed in Word as a multi-level numbered outline --------------------


@_family(
    "pl_word_konspekt_wielopoziomowy",
    "Polish TV series day plan typed in Word in Times-like serif: the company and "
    "'PLAN ZDJĘĆ \u2013 DZIEŃ 15' centred, the series in „quotes”, then a multi-level numbered "
    "outline: '1. Termin' (the date), '2. Godziny' with '2.1 Zbiórka ekipy', "
    "'2.2 Charakteryzacja', '2.3 Obiad', '2.4 Koniec'; '3. Miejsce zdjęć' with 'a)' the "
    "primary set and 'b)' the second; '4. Baza'; '5. Szpital z SOR'; '6. Słońce'; "
    "'7. Sceny' and '8. Obsada' as indented lines; '9. Uwagi'; signed by the 2nd AD",
    name="wo_{key}",
)
def _outline(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "serif", margin=62.0)
    centre(c, 60, g["company"], 10, bold=False)
    centre(c, 82, f"PLAN ZDJĘĆ \u2013 DZIEŃ {g['n']}", 14)
    centre(c, 100, f"serial „{title}”, {g['ep']}", 11, bold=False)
    c.hline(x0, right, 110, 0.4)
    i1, i2 = x0 + 20, x0 + 42
    lines: list[tuple[float, str, bool]] = [
        (x0, f"1. Termin: {day_text(day, g['date_style'])}", True),
        (x0, "2. Godziny:", True),
        (i1, f"2.1 Zbiórka ekipy: {g.get('call_text') or hm(call, t)}", False),
        (i1, f"2.2 Charakteryzacja / kostiumy: od {hm(add_minutes(call, -45), t)}", False),
        (i1, f"2.3 Obiad: {hm(add_minutes(call, g['lunch']), t)}", False),
        (i1, f"2.4 Planowany koniec zdjęć: {hm(add_minutes(call, g['wrap']), t)}", False),
        (x0, "3. Miejsce zdjęć:", True),
        (i1, f"a) {p.name}, {p.street}, {p.city} \u2013 {g['set']}", False),
        (i1, f"b) {g['set2']}", False),
        (x0, f"4. Baza: {p.base_street}, {p.base_city}", True),
        (
            x0,
            f"5. Szpital z SOR: {p.hospital}, {p.hospital_street}, {p.hospital_city}, "
            f"tel. {p.hospital_phone}",
            True,
        ),
        (x0, f"6. Wschód słońca: {hm(rise, t)}, zachód: {hm(fall, t)}", True),
        (x0, "7. Sceny:", True),
    ]
    lines += [(i1, f"\u2013 sc. {n}: {d} ({w})", False) for n, d, w in g["scenes"]]
    lines.append((x0, "8. Obsada:", True))
    lines += [
        (i1, f"\u2013 {a} ({ch}): charakteryzacja {hm(add_minutes(call, o), t)}", False)
        for a, ch, o in g["cast"]
    ]
    lines.append((x0, "9. Uwagi:", True))
    y = 130.0
    for x, text, bold in lines:
        lw = 0.0
        if bold:
            lab, _, text = text.partition(":")
            lw = c.text(x, y, f"{lab}:", 10.5, bold=True) + 4
        # Word wraps a long item under its own text (a hanging indent)
        parts = wrap(c, text.strip(), 10.5, right - x - lw)
        for k, ln in enumerate(parts):
            c.text(x + lw, y + 13 * k, ln, 10.5)
        y += 13 * max(len(parts) - 1, 0) + 17
    for note in g["notes"]:
        y = paragraph(c, i2, y, note, 10, right - i2, 14)
    c.text(right - 170, y + 30, g["signed"], 10)
    c.text(right - 170, y + 44, "II reżyser", 9)
    return c.output()


def _outline_sheets() -> list[Sheet]:
    return [
        _outline(
            "jastarnia",
            "Mierzeja",
            D(2027, 7, 6),
            "06:30",
            {
                "time_style": "pl_h",
                "date_style": "pl_wd_gen",
                "company": "Bałtyk Serial Production sp. z o.o.",
                "n": "15",
                "ep": "odc. 5\u20136",
                "lunch": 330,
                "wrap": 630,
                "set": "nabrzeże i szopy rybackie",
                "set2": "plaża od strony zatoki, zejście nr 12 (po obiedzie)",
                "scenes": [
                    ("5/12", "nabrzeże, powrót kutra", "D"),
                    ("5/14", "szopa rybacka, naprawa sieci", "D"),
                    ("6/3", "plaża od zatoki (b)", "D"),
                ],
                "cast": [
                    ("Michał Konkel", "Staszek", 0),
                    ("Agata Dettlaff", "Ola", 60),
                ],
                "notes": ["Kuter wypływa o 11:00 \u2013 zdjęcia na pokładzie tylko przy nabrzeżu."],
                "signed": "Karolina Wenta",
            },
        ),
        _outline(
            "wladyslawowo",
            "Mierzeja",
            D(2027, 7, 14),
            "07:00",
            {
                "time_style": "pl_dot",
                "date_style": "pl_roman",
                "company": "Bałtyk Serial Production sp. z o.o.",
                "n": "21",
                "ep": "odc. 7",
                "lunch": 330,
                "wrap": 660,
                "set": "taras widokowy i hol",
                "set2": "Port Władysławowo, ul. Portowa (po obiedzie)",
                "scenes": [
                    ("7/2", "Dom Rybaka, hol", "D"),
                    ("7/4", "taras widokowy", "D"),
                    ("7/9", "port, wyładunek (b)", "D"),
                ],
                "cast": [
                    ("Agata Dettlaff", "Ola", 0),
                    ("Roman Szymański", "Bosman", 120),
                ],
                "notes": ["Taras otwarty dla turystów od 10.00 \u2013 ekipa ochrony na wejściu."],
                "signed": "Karolina Wenta",
            },
        ),
        _outline(
            "hel",
            "Mierzeja",
            D(2027, 8, 2),
            "07:30",
            {
                "time_style": "h24",
                "date_style": "pl_dots_lead",
                "company": "Bałtyk Serial Production sp. z o.o.",
                "n": "33",
                "ep": "odc. 10",
                "lunch": 300,
                "wrap": 600,
                # HARD: point 2.1 gives the crew call with the earlier departure from Jastarnia
                "call_text": "07:30 na miejscu (wyjazd busa z Jastarni 07:00)",
                "set": "basen fok i pawilon edukacyjny",
                "set2": "Cypel Helski, plaża przy Kopcu Kaszubów (wieczór)",
                "scenes": [
                    ("10/1", "fokarium, karmienie", "D"),
                    ("10/6", "cypel, zachód słońca (b)", "W"),
                ],
                "cast": [
                    ("Michał Konkel", "Staszek", 30),
                    ("Agata Dettlaff", "Ola", 30),
                ],
                "notes": ["Karmienie fok o 11:00 i 14:00 \u2013 tylko za zgodą opiekunów."],
                "signed": "Karolina Wenta",
            },
        ),
    ]


# --- near misses: schedule-like papers that plan no shoot ---------------------------------------


Body = tuple[
    list[tuple[str, str]],
    tuple[list[str], list[float], list[tuple[str, ...]]],
    tuple[str, list[str]],
]


def _nm_page(head: tuple[str, str, str], body: Body, font: str = "helvetica") -> bytes:
    return near_miss_page(head, body, paper="A4", margin=42.0, top=50, font=font)


def _food_bank() -> bytes:
    """A food bank's volunteer shift schedule: shifts, call-in times, the warehouse; a local TV
    crew will film one shift."""
    return _nm_page(
        ("QUINTE WEST COMMUNITY FOOD BANK", "12 Dundas St W, Trenton, ON", "VOLUNTEER SHIFTS"),
        (
            [
                ("Week of", "Monday, November 15, 2027"),
                ("Check in", "Sign in at the loading dock 10 min before your shift"),
                ("Coordinator", "Beth Van Allen 613-555-0126"),
                ("Dress", "Closed-toe shoes; hair tied back in the sorting room"),
            ],
            (
                ["DAY", "SHIFT", "STATION", "VOLUNTEERS"],
                [0, 90, 200, 360],
                [
                    ("Mon", "9:00 AM - 12:00 PM", "Sorting room", "Gail, Ray, 2 students"),
                    ("Tue", "1:00 PM - 4:00 PM", "Hamper packing", "Linda, Omar"),
                    ("Thu", "9:00 AM - 1:00 PM", "Client pick-up", "Deb, Pierre, Suki"),
                    ("Sat", "8:00 AM - 11:00 AM", "Holiday drive truck", "Scouts troop 4"),
                ],
            ),
            (
                "Notes",
                [
                    "A local news crew will film Thursday's pick-up for the holiday appeal: "
                    "clients are never on camera without signing the consent form.",
                ],
            ),
        ),
    )


def _car_boot() -> bytes:
    """A car boot sale's sellers' sheet: gates, pitches, arrival times, rules."""
    return _nm_page(
        ("HAINAULT SUNDAY CAR BOOT", "Romford Road field, Chigwell IG7", "SELLERS' INFORMATION"),
        (
            [
                ("Season", "Every Sunday, April to October 2027 (weather permitting)"),
                ("Sellers in", "from 6.30am via the north gate only"),
                ("Buyers in", "8.00am (early birds £2 from 7.00am)"),
                ("Organiser", "Dave Pike 07700 900464"),
            ],
            (
                ["PITCH", "SIZE", "PRICE", "ARRIVE BY"],
                [0, 90, 220, 330],
                [
                    ("Car", "1 car + table", "£10", "7.30am"),
                    ("Van", "1 van + 2 tables", "£15", "7.15am"),
                    ("Trader", "Van + gazebo", "£25", "7.00am"),
                ],
            ),
            (
                "Notes",
                [
                    "No food sellers without a council certificate. Anyone filming or taking "
                    "photos for social media must ask stallholders first.",
                ],
            ),
        ),
    )


def _matura() -> bytes:
    """A secondary school's matura exam timetable: dates, start times, rooms, invigilators."""
    return _nm_page(
        (
            "II Liceum Ogólnokształcące w Puławach",
            "ul. Zielona 1, 24-100 Puławy",
            "EGZAMIN MATURALNY 2027",
        ),
        (
            [
                ("Sesja", "maj 2027 \u2013 harmonogram dla zdających"),
                ("Zbiórka", "30 minut przed egzaminem przed salą, z dowodem osobistym"),
                ("Dyrektor", "mgr Iwona Szewczyk"),
                ("Uwaga", "telefony i smartwatche zostają w szatni"),
            ],
            (
                ["DATA", "GODZ.", "PRZEDMIOT", "SALA / ZESPÓŁ NADZORUJĄCY"],
                [0, 90, 150, 330],
                [
                    ("4.05.2027 (wt.)", "9:00", "język polski (p. podst.)", "sala gimn. / Zesp. 1"),
                    ("5.05.2027 (śr.)", "9:00", "matematyka (p. podst.)", "sala gimn. / Zesp. 2"),
                    ("6.05.2027 (czw.)", "9:00", "język angielski (p. podst.)", "s. 12, 14"),
                    ("10.05.2027 (pon.)", "14:00", "biologia (p. rozsz.)", "s. 21 / Zesp. 4"),
                ],
            ),
            (
                "Uwagi",
                [
                    "Wyniki 8 lipca 2027. Nagrywanie i fotografowanie w salach egzaminacyjnych "
                    "jest zabronione.",
                ],
            ),
        ),
        font="sans",
    )


def _other_sheets() -> list[Sheet]:
    docs = [
        (
            "near_miss_food_bank_volunteer_shifts",
            "an Ontario food bank's volunteer shift schedule, A4: the food bank, 'VOLUNTEER "
            "SHIFTS', week of, check-in at the loading dock, coordinator; a ruled DAY / SHIFT / "
            "STATION / VOLUNTEERS table; a note on a news crew filming a pick-up",
            _food_bank,
        ),
        (
            "near_miss_car_boot_sellers_sheet",
            "an Essex-edge car boot sale's sellers' information, A4: sellers in from 6.30am, "
            "buyers 8.00am, organiser; a ruled PITCH / SIZE / PRICE / ARRIVE BY table; notes on "
            "food sellers and filming stallholders",
            _car_boot,
        ),
        (
            "near_miss_matura_exam_timetable",
            "a Polish secondary school's matura exam timetable, A4: school, 'EGZAMIN MATURALNY "
            "2027', zbiórka 30 minutes before, the head; a ruled DATA / GODZ. / PRZEDMIOT / "
            "SALA table; notes on results and no recording in the rooms",
            _matura,
        ),
    ]
    return near_misses(_sheet, docs)


def sheets() -> list[Sheet]:
    return [
        *_tvc_sheets(),
        *_comp_sheets(),
        *_ldn_sheets(),
        *_ie_sheets(),
        *_dpp_sheets(),
        *_outline_sheets(),
        *_other_sheets(),
    ]
