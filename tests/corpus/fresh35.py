"""Thirty-sixth held-out set: the kinds of sheets real crews receive, from seventh makers, in
cities not yet in the corpus (`fresh35_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh35"). Canadian commercial one-pagers from a production company's template
(Brandon, Brantford, Chilliwack: numbered labels "1. DATE", "2. CREW CALL", "3. LOCATION" in
shaded strips, each value in the ruled row below, "Fri Oct 9/26" / "Oct 9/26"), Polish "dzienny
plan pracy" grids (Grudziądz, Głogów, Gorzów Wielkopolski: "Godzina produkcji" and "Gotowość na
planie" beside "Zbiórka ekipy", "Obiad", "Jutrzejsza zbiórka", "Wysłano: ..."; "piątek, 9
października 2026" / "9.X.2026"), sheets whose call label has no colon and whose time sits at the
right margin across dot leaders or a wide gap (Dayton, Chichester, Grimsby), German and Austrian
"Tagesdisposition" sheets (Bamberg, Erfurt, Bregenz: "Drehtag 5 von 22", "Treffpunkt Team",
"Drehbeginn", "Motiv", "Basis", "Krankenhaus / Notaufnahme", "Sonnenaufgang / -untergang"),
spreadsheet exports with gridlines and merged headers (Gisborne, Flagstaff, Coffs Harbour:
"2026-10-09" / "09-Oct-26", "7:00a"), and US TV episodic sheets with two or three sets (Cedar
Rapids, Evansville, Billings: "SET #1", "SET #2" / "Location 2", BASECAMP / CREW PARKING, a
hospital block). Three near misses (a household weekly planner titled "Callsheet", a five-page
production budget, a post-production delivery schedule) must read as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one
a family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from tests.corpus.draw import Canvas, black, centre, grey, measure
from tests.corpus.formats import PL_GENITIVE, ROMAN, add_minutes, pl_weekday
from tests.corpus.fresh_common import (
    cast_times,
    clock,
    crew_times,
    date_or,
    expect,
    fill,
    head_table,
    paragraph,
    sheet_maker,
    time_or,
)
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # (1) Canadian numbered one-pagers: Brandon, Brantford, Chilliwack
    "dalyhouse": _p(
        "ca",
        "Daly House Museum",
        "122 18th St",
        "Brandon, MB R7A 5A4",
        49.8437,
        -99.9532,
        "America/Winnipeg",
        "Brandon Regional Health Centre",
        "150 McTavish Ave E",
        "Brandon, MB R7A 2B3",
        "(204) 578-4000",
        "Princess Ave public lot, 11th St & Princess Ave",
        "Brandon, MB R7A 0P2",
    ),
    "sanderson": _p(
        "ca",
        "Sanderson Centre for the Performing Arts",
        "88 Dalhousie St",
        "Brantford, ON N3T 2J2",
        43.1394,
        -80.2644,
        "America/Toronto",
        "Brantford General Hospital",
        "200 Terrace Hill St",
        "Brantford, ON N3R 1G9",
        "(519) 751-5544",
        "Market Centre parkade, 1 Market St S",
        "Brantford, ON N3T 2H3",
    ),
    "chilliwackcc": _p(
        "ca",
        "Chilliwack Cultural Centre",
        "9201 Corbould St",
        "Chilliwack, BC V2P 4A6",
        49.1579,
        -121.9514,
        "America/Vancouver",
        "Chilliwack General Hospital",
        "45600 Menholm Rd",
        "Chilliwack, BC V2P 1P7",
        "(604) 795-4141",
        "Five Corners lot, 46000 Yale Rd",
        "Chilliwack, BC V2P 2M1",
    ),
    # (2) Polish dzienny plan pracy: Grudziądz, Głogów, Gorzów Wielkopolski
    "muzeumlegi": _p(
        "pl",
        "Muzeum im. ks. dr. Władysława Łęgi",
        "ul. Wodna 3/5",
        "86-300 Grudziądz",
        53.4874,
        18.7505,
        "Europe/Warsaw",
        "Regionalny Szpital Specjalistyczny im. dr. Władysława Biegańskiego",
        "ul. Rydygiera 15/17",
        "86-300 Grudziądz",
        "+48 56 641 30 00",
        "ul. Spichrzowa (parking przy spichrzach)",
        "86-300 Grudziądz",
    ),
    "zamekglogow": _p(
        "pl",
        "Zamek Książąt Głogowskich",
        "ul. Brama Brzostowska 1",
        "67-200 Głogów",
        51.6636,
        16.0853,
        "Europe/Warsaw",
        "Głogowski Szpital Powiatowy",
        "ul. Kościuszki 15",
        "67-200 Głogów",
        "+48 76 837 33 00",
        "pl. Jana Pawła II (parking przy kolegiacie)",
        "67-200 Głogów",
    ),
    "osterwa": _p(
        "pl",
        "Teatr im. Juliusza Osterwy",
        "ul. Teatralna 5",
        "66-400 Gorzów Wielkopolski",
        52.7343,
        15.2392,
        "Europe/Warsaw",
        "Wielospecjalistyczny Szpital Wojewódzki",
        "ul. Franciszka Walczaka 42",
        "66-400 Gorzów Wielkopolski",
        "+48 95 733 10 00",
        "ul. Mickiewicza (parking miejski)",
        "66-400 Gorzów Wielkopolski",
    ),
    # (3) call label with no colon, the time at the right margin: Dayton, Chichester, Grimsby
    "victoriatheatre": _p(
        "us",
        "Victoria Theatre",
        "138 N Main St",
        "Dayton, OH 45402",
        39.7612,
        -84.1923,
        "America/New_York",
        "Miami Valley Hospital",
        "1 Wyoming St",
        "Dayton, OH 45409",
        "(937) 208-8000",
        "Dayton Arcade garage, 4 E 3rd St",
        "Dayton, OH 45402",
    ),
    "festivaltheatre": _p(
        "uk",
        "Chichester Festival Theatre",
        "Oaklands Park",
        "Chichester PO19 6AP",
        50.8431,
        -0.7781,
        "Europe/London",
        "St Richard's Hospital",
        "Spitalfield Lane",
        "Chichester PO19 6SE",
        "01243 788122",
        "Northgate car park",
        "Chichester PO19 1AN",
    ),
    "fishingheritage": _p(
        "uk",
        "Grimsby Fishing Heritage Centre",
        "Alexandra Dock",
        "Grimsby DN31 1UZ",
        53.5689,
        -0.0850,
        "Europe/London",
        "Diana, Princess of Wales Hospital",
        "Scartho Road",
        "Grimsby DN33 2BA",
        "03033 306999",
        "Riverhead Square multi-storey",
        "Grimsby DN31 1EH",
    ),
    # (4) German / Austrian Tagesdisposition: Bamberg, Erfurt, Bregenz
    "altesrathaus": _p(
        "eu",
        "Altes Rathaus Bamberg",
        "Obere Brücke 1",
        "96047 Bamberg",
        49.8915,
        10.8866,
        "Europe/Berlin",
        "Klinikum Bamberg",
        "Buger Straße 80",
        "96049 Bamberg",
        "0951 503-0",
        "Parkhaus Georgendamm, Georgendamm 6",
        "96047 Bamberg",
    ),
    "theatererfurt": _p(
        "eu",
        "Theater Erfurt",
        "Theaterplatz 1",
        "99084 Erfurt",
        50.9752,
        11.0197,
        "Europe/Berlin",
        "HELIOS Klinikum Erfurt",
        "Nordhäuser Straße 74",
        "99089 Erfurt",
        "0361 781-0",
        "Parkplatz Theaterplatz, Walkmühlstraße",
        "99084 Erfurt",
    ),
    "festspielhaus": _p(
        "eu",
        "Festspielhaus Bregenz",
        "Platz der Wiener Symphoniker 1",
        "6900 Bregenz",
        47.5049,
        9.7363,
        "Europe/Vienna",
        "Landeskrankenhaus Bregenz",
        "Carl-Pedenz-Straße 2",
        "6900 Bregenz",
        "+43 5574 401-0",
        "Parkplatz Seestadion, Strandweg",
        "6900 Bregenz",
    ),
    # (5) spreadsheet exports: Gisborne, Flagstaff, Coffs Harbour
    "tairawhiti": _p(
        "nz",
        "Tairāwhiti Museum",
        "10 Stout Street",
        "Gisborne 4010",
        -38.6641,
        178.0187,
        "Pacific/Auckland",
        "Gisborne Hospital",
        "421 Ormond Road",
        "Gisborne 4010",
        "(06) 869 0500",
        "Kelvin Park car park, Stout Street",
        "Gisborne 4010",
    ),
    "lowell": _p(
        "us",
        "Lowell Observatory",
        "1400 W Mars Hill Rd",
        "Flagstaff, AZ 86001",
        35.2029,
        -111.6646,
        "America/Phoenix",
        "Flagstaff Medical Center",
        "1200 N Beaver St",
        "Flagstaff, AZ 86001",
        "(928) 779-3366",
        "Thorpe Park lot, 191 N Thorpe Rd",
        "Flagstaff, AZ 86001",
    ),
    "bigbanana": _p(
        "au",
        "Big Banana Fun Park",
        "351 Pacific Highway",
        "Coffs Harbour NSW 2450",
        -30.2687,
        153.1360,
        "Australia/Sydney",
        "Coffs Harbour Health Campus",
        "345 Pacific Highway",
        "Coffs Harbour NSW 2450",
        "(02) 6656 7000",
        "Big Banana coach park, Pacific Highway",
        "Coffs Harbour NSW 2450",
    ),
    # (6) US TV episodic: Cedar Rapids, Evansville, Billings
    "paramountcr": _p(
        "us",
        "Paramount Theatre",
        "123 3rd Ave SE",
        "Cedar Rapids, IA 52401",
        41.9784,
        -91.6686,
        "America/Chicago",
        "UnityPoint Health - St. Luke's Hospital",
        "1026 A Ave NE",
        "Cedar Rapids, IA 52402",
        "(319) 369-7211",
        "Five Seasons parking ramp, 350 1st Ave NE",
        "Cedar Rapids, IA 52401",
    ),
    "reitzhome": _p(
        "us",
        "Reitz Home Museum",
        "112 Chandler Ave",
        "Evansville, IN 47713",
        37.9686,
        -87.5733,
        "America/Chicago",
        "Deaconess Midtown Hospital",
        "600 Mary St",
        "Evansville, IN 47710",
        "(812) 450-5000",
        "Riverside Dr lot at Chandler Ave",
        "Evansville, IN 47713",
    ),
    "mossmansion": _p(
        "us",
        "Moss Mansion",
        "914 Division St",
        "Billings, MT 59101",
        45.7794,
        -108.5157,
        "America/Denver",
        "Billings Clinic Hospital",
        "2800 10th Ave N",
        "Billings, MT 59101",
        "(406) 238-2500",
        "MetraPark lot D, 308 6th Ave N",
        "Billings, MT 59101",
    ),
}

DE_WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_WD_SHORT = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
DE_MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
AT_MONTHS = ["Jänner", *DE_MONTHS[1:]]  # Austrian: January is "Jänner"


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "pl": f"{h}:{m:02d}",  # "7:00"
        "de": f"{h:02d}:{m:02d} Uhr",  # "07:00 Uhr"
        "xl": f"{h12}:{m:02d}{ap[0].lower()}",  # "7:00a"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    wd = d.weekday()
    forms = {
        "ca_dow": f"{d:%a} {d:%b} {d.day}/{d:%y}",  # "Fri Oct 9/26"
        "ca_plain": f"{d:%b} {d.day}/{d:%y}",  # "Oct 9/26"
        "ca_thurs": f"{['Mon.', 'Tues.', 'Wed.', 'Thurs.', 'Fri.', 'Sat.', 'Sun.'][wd]} "
        f"{d:%b}. {d.day}/{d:%y}",  # "Thurs. Oct. 15/26"
        "pl_gen_wd": f"{pl_weekday(d)}, {d.day} {PL_GENITIVE[d.month - 1]} {d.year}",
        "pl_roman": f"{d.day}.{ROMAN[d.month - 1]}.{d.year}",  # "9.X.2026"
        "de_long": f"{DE_WEEKDAYS[wd]}, {d.day}. {DE_MONTHS[d.month - 1]} {d.year}",
        "de_short": f"{DE_WD_SHORT[wd]}, {d:%d.%m.%Y}",
        "at_long": f"{DE_WEEKDAYS[wd]}, {d.day}. {AT_MONTHS[d.month - 1]} {d.year}",
        "xl_dmy": f"{d:%d}-{d:%b}-{d:%y}",  # "09-Oct-26"
        "uk_plain_short": f"{d:%A} {d.day} {d:%B} {d.year}",
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh35")
_para = paragraph
_table = partial(head_table, size=8.0, shade=220, lead=12.5, heads_to_column=True)


def _strip(c: Canvas, x: float, y: float, w: float, label: str, shade: int = 215) -> None:
    """A shaded label strip 11 pt high at top y, its label in small bold capitals."""
    fill(c, x, y, w, 11, shade)
    fit(c, x + 3, y + 8.3, label, 6.8, w - 6, bold=True)


# --- (1) Canadian commercial one-pagers: numbered labels, each value in the row below ----------


def _ca(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time_style"]

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        x0 = 36.0
        right = W - x0
        c.box(x0, 30, 112, 26, 1.4)
        c.text(x0 + 8, 48, g["mark"], 12, bold=True)
        grey(c, 100)
        c.text(x0 + 122, 41, g["company"], 8, bold=True)
        c.text(x0 + 122, 51, g["company_addr"], 7)
        black(c)
        c.right(right, 42, "CALL SHEET", 15, bold=True)
        c.right(right, 55, f"Job {g['job_no']}  ·  {g['day_of']}", 8.5)
        c.hline(x0, right, 64, 0.8)
        c.text(x0, 88, title, 17, bold=True)
        c.text(x0, 102, f"Client: {g['client']}     Agency: {g['agency']}", 8.5)
        cw = (right - x0) / 3
        hosp = g.get("hospital_lines", [p.hospital])
        rows: list[list[tuple[str, list[str], bool]]] = [
            [
                ("1. DATE", [day_text(day, g["date_style"])], True),
                ("2. CREW CALL", [hm(call, t)], True),
                ("3. LOCATION", [p.name, p.street, p.city, g["set"]], False),
            ],
            [
                ("4. SHOOTING CALL", [hm(add_minutes(call, 60), t)], False),
                ("5. LUNCH", [hm(add_minutes(call, 360), t)], False),
                ("6. PARKING / BASECAMP", [p.base_street, p.base_city], False),
            ],
            [
                ("7. SUNRISE / SUNSET", [f"{hm(rise, t)} / {hm(fall, t)}"], False),
                ("8. WEATHER", [g["weather"]], False),
                (
                    "9. NEAREST HOSPITAL",
                    [*hosp, p.hospital_street, p.hospital_city, p.hospital_phone],
                    False,
                ),
            ],
            [
                ("10. EST. WRAP", [hm(add_minutes(call, 660), t)], False),
                ("11. PRODUCER", [g["producer"]], False),
                ("12. DIRECTOR", [g["director"]], False),
            ],
        ]
        y = 116.0
        for row in rows:
            n = max(len(v) for _, v, _ in row)
            h = 11 + 8 + 11 * n
            for i, (lab, vals, big) in enumerate(row):
                x = x0 + i * cw
                _strip(c, x, y, cw, lab)
                for k, v in enumerate(vals):
                    size = 11 if big else 8.5
                    nb = len(hosp) if lab.startswith("9.") else 1
                    fit(c, x + 4, y + 23 + 11 * k, v, size, cw - 8, bold=big or k < nb)
                c.box(x, y, cw, h, 0.5)
            y += h
        y += 20
        c.text(x0, y, "SCHEDULE", 9, bold=True)
        y = _table(
            c,
            x0,
            y + 14,
            ["TIME", "SHOT / DESCRIPTION", "TALENT"],
            [0, 70, 380],
            [(hm(add_minutes(call, o), t), a, b) for o, a, b in g["shots"]],
            right,
        )
        y += 6
        c.text(x0, y, "CREW", 9, bold=True)
        _table(
            c,
            x0,
            y + 14,
            ["POSITION", "NAME", "CELL", "CALL"],
            [0, 130, 300, 420],
            crew_times(g["crew"], call, partial(hm, style=t)),
            right,
        )
        grey(c, 110)
        c.text(x0, c.pdf.h - 28, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"ca_{key}",
        "ca_numbered_below",
        "Canadian commercial template: numbered label strips '1. DATE', '2. CREW CALL', "
        "'3. LOCATION', each value in the ruled row below; 'Fri Oct 9/26' / 'Oct 15/26'",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _ca_sheets() -> list[Sheet]:
    return [
        _ca(
            "dalyhouse",
            "Prairie Light",
            D(2026, 10, 9),
            "07:00",
            {
                "time_style": "us",
                "date_style": "ca_dow",
                "mark": "WHEAT/CITY",
                "company": "Wheat City Pictures Inc.",
                "company_addr": "1039 Princess Ave, Brandon, MB R7A 0P8  ·  (204) 555-0142",
                "job_no": "WC-2641",
                "day_of": "Day 1 of 1",
                "client": "Assiniboine Valley Co-op",
                "agency": "Tall Grass Creative",
                "set": "Parlour, dining room and the front porch",
                "weather": "Sunny, high 11°C, low 0°C",
                "producer": "Carla Dueck 204-555-0151",
                "director": "Ravi Menon 204-555-0163",
                "shots": [
                    (60, "Family arrives on the porch", "Family of 4"),
                    (150, "Dinner table: the pie reveal", "Family, Grandma"),
                    (330, "Lunch", ""),
                    (390, "Product close-ups in the parlour", "Hand model"),
                ],
                "crew": [
                    ("Producer", "Carla Dueck", "204-555-0151", 0),
                    ("Director", "Ravi Menon", "204-555-0163", 0),
                    ("DOP", "Jonah Friesen", "204-555-0174", 0),
                    ("Gaffer", "Lise Tremblay", "204-555-0185", -30),
                    ("HMU", "Anika Wiebe", "204-555-0196", -45),
                ],
                "footer": "Wheat City Pictures  ·  Prairie Light  ·  call sheet v1",
            },
        ),
        _ca(
            "sanderson",
            "Grand River Nights",
            D(2026, 10, 15),
            "08:00",
            {
                "time_style": "us_letter",
                "date_style": "ca_plain",
                "mark": "TELEPHONE CITY",
                "company": "Telephone City Films Ltd.",
                "company_addr": "75 Colborne St, Brantford, ON N3T 2G2  ·  (519) 555-0127",
                "job_no": "TCF-1015",
                "day_of": "Day 2 of 2",
                "client": "Grand Erie Tourism",
                "agency": "Bell Line Agency",
                "set": "Auditorium, stage and the stage door",
                "weather": "Cloudy, 9°C, showers late",
                "producer": "Owen Hill 519-555-0135",
                "director": "Maya Thomas 519-555-0148",
                "shots": [
                    (60, "Empty auditorium, work lights", ""),
                    (120, "Band on stage: wide and close", "Band (4)"),
                    (360, "Lunch", ""),
                    (420, "Stage door: fans wait", "Extras 12"),
                ],
                "crew": [
                    ("Producer", "Owen Hill", "519-555-0135", 0),
                    ("Director", "Maya Thomas", "519-555-0148", 0),
                    ("DOP", "Ty Gervais", "519-555-0159", 0),
                    ("Key Grip", "Dan Jamieson", "519-555-0160", -30),
                ],
                "footer": "Telephone City Films  ·  Grand River Nights  ·  please confirm receipt",
            },
        ),
        _ca(
            "chilliwackcc",
            "Valley Harvest",
            D(2026, 10, 22),
            "06:30",
            {
                "time_style": "us",
                "date_style": "ca_thurs",
                # HARD: the hospital's name wraps onto a second line in its narrow cell
                "hospital_lines": ["Chilliwack General", "Hospital"],
                "mark": "FRASER/FIELD",
                "company": "Fraser Field Productions",
                "company_addr": "45966 Yale Rd, Chilliwack, BC V2P 2M3  ·  (604) 555-0119",
                "job_no": "FF-2210",
                "day_of": "Day 1 of 1",
                "client": "Fraser Valley Growers",
                "agency": "Cheam & Co.",
                "set": "Main theatre lobby and the rooftop terrace",
                "weather": "Rain, 10°C, wind S 20 km/h",
                "producer": "Deb Sandhu 604-555-0128",
                "director": "Nico Baptiste 604-555-0137",
                "shots": [
                    (60, "Farmers' market set-up in the lobby", "Vendors 6"),
                    (180, "Chef tastes the corn", "Chef"),
                    (330, "Lunch", ""),
                    (390, "Terrace: toast at dusk (covered)", "Cast 5"),
                ],
                "crew": [
                    ("Producer", "Deb Sandhu", "604-555-0128", 0),
                    ("Director", "Nico Baptiste", "604-555-0137", 0),
                    ("DOP", "Erin Kwan", "604-555-0146", 0),
                    ("Art Director", "Pat Okafor", "604-555-0155", -60),
                ],
                "footer": "Fraser Field Productions  ·  Valley Harvest  ·  call sheet",
            },
        ),
    ]


# --- (2) Polish dzienny plan pracy: several times around the crew call, a sent date -----------


def _pl(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time_style"]
    tomorrow = day + dt.timedelta(days=1)

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        x0 = 40.0
        right = W - x0
        c.text(x0, 40, g["company"], 9, bold=True)
        grey(c, 100)
        c.text(x0, 50, g["company_addr"], 7)
        black(c)
        c.right(right, 40, f"Wysłano: {g['sent']}", 8)
        c.right(right, 50, g["version"], 7.5)
        centre(c, 82, f"DZIENNY PLAN PRACY nr {g['no']}", 13)
        if g.get("title_runs_on"):
            # HARD: the title line runs on with the day count on the same baseline
            line = f"„{title}”  -  dzień zdjęciowy {g['day_of']}"
            centre(c, 102, line, 14)
        else:
            centre(c, 102, f"„{title}”", 15)
            centre(c, 116, f"dzień zdjęciowy {g['day_of']}", 9, bold=False)
        centre(c, 130, g["credits"], 8, bold=False)
        y = 144.0
        half = (right - x0) / 2
        lab_w = 118.0
        pairs = [
            (("Data zdjęć", day_text(day, g["date_style"])), ("Dzień", g["day_of"])),
            (
                ("Godzina produkcji", hm(add_minutes(call, -60), t)),
                ("Zbiórka ekipy", hm(call, t)),
            ),
            (
                ("Charakteryzacja", hm(add_minutes(call, -30), t)),
                ("Gotowość na planie", hm(add_minutes(call, 75), t)),
            ),
            (
                ("Obiad", hm(add_minutes(call, 360), t)),
                ("Koniec zdjęć", hm(add_minutes(call, 600), t)),
            ),
            (("Wschód słońca", hm(rise, t)), ("Zachód słońca", hm(fall, t))),
        ]
        for left, rt in pairs:
            for i, (lab, val) in enumerate([left, rt]):
                x = x0 + i * half
                fill(c, x, y, lab_w, 18, 228)
                c.text(x + 4, y + 12.5, lab, 8.5, bold=True)
                big = lab == "Zbiórka ekipy"
                fit(c, x + lab_w + 6, y + 13, val, 11 if big else 9, half - lab_w - 10, bold=big)
                c.box(x, y, half, 18, 0.4)
            y += 18
        y += 8
        c.text(x0, y + 9, f"Pogoda: {g['weather']}", 8.5)
        y += 22
        third = (right - x0 - 12) / 3
        blocks = [
            ("OBIEKT ZDJĘCIOWY", [p.name, p.street, p.city, g["set"]]),
            ("BAZA / PARKING", [p.base_street, p.base_city, g["base_note"]]),
            ("SZPITAL (SOR)", [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]),
        ]
        for i, (head, lines) in enumerate(blocks):
            bx = x0 + i * (third + 6)
            fill(c, bx, y, third, 13, 60)
            c.pdf.set_text_color(255, 255, 255)
            c.text(bx + 4, y + 9.5, head, 8, bold=True)
            black(c)
            yy = y + 24
            for k, ln in enumerate(lines):
                fit(c, bx + 4, yy, ln, 8.5, third - 8, bold=k == 0)
                yy += 11
            c.box(bx, y, third, 64, 0.5)
        y += 80
        c.text(x0, y, "Numer alarmowy: 112", 8.5)
        y += 16
        y = _table(
            c,
            x0,
            y,
            ["SC.", "OBIEKT / OPIS", "P/N", "STR.", "OBSADA"],
            [0, 34, 300, 340, 380],
            g["scenes"],
            right,
            size=8.5,
            lead=13,
        )
        y += 4
        y = _table(
            c,
            x0,
            y,
            ["AKTOR", "ROLA", "CHARAKT.", "KOSTIUM", "NA PLANIE"],
            [0, 130, 250, 330, 410],
            cast_times(g["cast"], call, partial(hm, style=t), (0, 45, 75)),
            right,
            size=8.5,
            lead=13,
        )
        y += 8
        c.box(x0, y, right - x0, 30, 0.8)
        c.text(x0 + 6, y + 12, "JUTRZEJSZA ZBIÓRKA", 8.5, bold=True)
        c.text(
            x0 + 6,
            y + 24,
            f"{day_text(tomorrow, g['date_style'])}, godz. {hm(g['tomorrow_call'], t)}  -  "
            f"{g['tomorrow_place']}",
            8.5,
        )
        y += 44
        _para(c, x0, y, f"Uwagi: {g['notes']}", 8, right - x0, 10.5)
        return c.output()

    return _sheet(
        f"pl_{key}",
        "pl_dzienny_plan",
        "Polish dzienny plan pracy grid: Godzina produkcji beside Zbiórka ekipy, Gotowość na "
        "planie, Obiad, Jutrzejsza zbiórka, Wysłano: ...",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _pl_sheets() -> list[Sheet]:
    return [
        _pl(
            "muzeumlegi",
            "Spichrze",
            D(2026, 10, 9),
            "07:00",
            {
                "time_style": "pl",
                "date_style": "pl_gen_wd",
                "company": "Wisła Dolna Film Sp. z o.o.",
                "company_addr": "ul. Toruńska 21, 86-300 Grudziądz  ·  tel. +48 56 555 01 40",
                "sent": "czwartek, 8 października 2026, 19:20",
                "version": "wersja 1",
                "no": "5",
                "day_of": "5 z 22",
                "credits": "Reżyseria: Hanna Sobieraj   II reżyser: Piotr Kołodziej",
                "weather": "pochmurno, 11°C, wiatr W 20 km/h",
                "set": "sala gotycka i dziedziniec klasztoru",
                "base_note": "wozy techniczne, catering",
                "scenes": [
                    ("17", "WN. MUZEUM - SALA GOTYCKA - DZIEŃ", "D", "2 1/8", "1, 2"),
                    ("18", "PL. DZIEDZINIEC - DZIEŃ", "D", "7/8", "1, 3"),
                ],
                "cast": [
                    ("Zofia Marczak", "ALINA", -30),
                    ("Bartek Lis", "TOMEK", 0),
                ],
                "tomorrow_call": "06:30",
                "tomorrow_place": "Spichrze nad Wisłą, ul. Spichrzowa",
                "notes": "Muzeum otwarte od 10:00 - prosimy o ciszę na korytarzach.",
            },
        ),
        _pl(
            "zamekglogow",
            "Odrzańska Brama",
            D(2026, 10, 16),
            "08:00",
            {
                "time_style": "pl",
                "date_style": "pl_roman",
                "company": "Studio Odra Głogów",
                "company_addr": "ul. Rynek 10, 67-200 Głogów  ·  tel. +48 76 555 02 51",
                "sent": "14.X.2026, 21:05",
                "version": "wersja 2 (po próbie)",
                "no": "11",
                "day_of": "11 z 30",
                "credits": "Reżyseria: Wit Kamiński   Kierownik produkcji: Ola Duda",
                "weather": "słonecznie, 14°C",
                "set": "sala książęca i wieża zamkowa",
                "base_note": "charakteryzacja i kostiumy w autobusie",
                "scenes": [
                    ("41", "WN. ZAMEK - SALA KSIĄŻĘCA - DZIEŃ", "D", "3", "1, 2, 4"),
                    ("43", "PL. WIEŻA - DZIEŃ", "D", "1 2/8", "2"),
                ],
                "cast": [
                    ("Maria Olszewska", "KSIĘŻNA", -45),
                    ("Jerzy Cieślak", "KASZTELAN", -15),
                    ("Leon Wójcik", "PAŹ", 60),
                ],
                "tomorrow_call": "07:00",
                "tomorrow_place": "Kolegiata, Ostrów Tumski",
                "notes": "Wejście na wieżę tylko w kaskach. Obiad w namiocie przy bazie.",
            },
        ),
        _pl(
            "osterwa",
            "Zimna Warta",
            D(2026, 10, 23),
            "07:30",
            {
                "time_style": "pl",
                "date_style": "pl_gen_wd",
                "title_runs_on": True,
                "company": "Lubuska Fabryka Obrazu",
                "company_addr": "ul. Sikorskiego 3, 66-400 Gorzów Wielkopolski  ·  "
                "tel. +48 95 555 03 62",
                "sent": "wtorek, 20 października 2026",
                "version": "wersja 1",
                "no": "3",
                "day_of": "3 z 12",
                "credits": "Reżyseria: Ewa Ratajczak   Kierownik produkcji: Karol Bąk",
                "weather": "mgła rano, potem słońce, 9°C",
                "set": "scena i garderoby",
                "base_note": "wozy, catering, toalety",
                "scenes": [
                    ("7", "WN. TEATR - SCENA - DZIEŃ", "D", "2 4/8", "1, 2"),
                    ("9", "WN. GARDEROBA - DZIEŃ", "D", "1", "1"),
                ],
                "cast": [
                    ("Igor Nowak", "WARTA", -60),
                    ("Lena Pietrzak", "ZOSIA", -30),
                ],
                "tomorrow_call": "06:45",
                "tomorrow_place": "Bulwar nad Wartą, ul. Fabryczna",
                "notes": "Parking dla ekipy tylko na ul. Mickiewicza. Próba kaskaderska o 11:00.",
            },
        ),
    ]


# --- (3) the call label with no colon, its time at the right margin ----------------------------


def _lead_line(
    c: Canvas, x0: float, x1: float, y: float, lab: str, val: str, g: dict[str, Any]
) -> None:
    """A label at x0 and its value right-aligned at x1, joined by dot leaders or a bare gap."""
    size = g["size"]
    bold = lab in g["bold"]
    w = c.text(x0, y, lab, size, bold=bold)
    vw = measure(c, val, size, bold=bold)
    c.right(x1, y, val, size, bold=bold)
    if g["leaders"]:
        dot = measure(c, ". ", size)
        n = int((x1 - vw - 6 - (x0 + w + 6)) / dot)
        c.text(x0 + w + 6, y, ". " * n, size)


def _leader(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time_style"]

    def make() -> bytes:
        c = Canvas(g["page"], g["font"])
        W = c.width
        x0 = 54.0
        right = W - x0
        c.text(x0, 50, g["company"], 9, bold=True)
        c.right(right, 50, g["sheet_no"], 9)
        centre(c, 84, title.upper(), 17)
        centre(c, 100, g["kind"], 9.5, bold=False)
        centre(c, 116, f"{day_text(day, g['date_style'])}  -  {g['day_of']}", 10.5)
        c.hline(x0, right, 126, 0.6)
        col = x0 + 250  # the times run from the left margin to this column's right edge
        sunset = hm(fall, t)
        if g.get("sunset_am"):
            # HARD: the sunset printed "AM" for the evening; expected: astral's evening time
            _, m, h12, _ = clock(fall)
            sunset = f"{h12}:{m:02d} AM"
        y = 148.0
        for lab, val in [
            (g["labels"][0], hm(add_minutes(call, -45), t)),
            (g["labels"][1], hm(call, t)),
            (g["labels"][2], hm(add_minutes(call, 60), t)),
            (g["labels"][3], hm(add_minutes(call, 330), t)),
            (g["labels"][4], hm(add_minutes(call, 660), t)),
            ("Sunrise", hm(rise, t)),
            ("Sunset", sunset),
        ]:
            _lead_line(c, x0, col, y, lab, val, g)
            y += g["size"] + 6
        yy = 148.0
        c.text(col + 24, yy, "Weather", 8.5, bold=True)
        _para(c, col + 24, yy + 12, g["weather"], 8.5, right - col - 24, 11)
        c.text(col + 24, yy + 52, "Director", 8.5, bold=True)
        c.text(col + 24, yy + 64, g["director"], 8.5)
        c.text(col + 24, yy + 80, "Producer", 8.5, bold=True)
        c.text(col + 24, yy + 92, g["producer"], 8.5)
        y = max(y, yy + 100) + 12
        c.hline(x0, right, y - 10, 0.4)
        for head, lines in [
            (g["loc_head"], [p.name, p.street, p.city, g["set"]]),
            (g["base_head"], [p.base_street, p.base_city]),
            (g["hosp_head"], [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]),
        ]:
            c.text(x0, y, head, 9, bold=True)
            for k, ln in enumerate(lines):
                c.text(x0 + 130, y + 12 * k, ln, 9, bold=k == 0)
            y += 12 * len(lines) + 8
        y += 6
        y = _table(
            c,
            x0,
            y,
            ["SC", "SET / DESCRIPTION", "D/N", "PAGES", "CAST"],
            [0, 30, 300, 340, 390],
            g["scenes"],
            right,
            size=8.5,
            lead=13,
        )
        y += 4
        _table(
            c,
            x0,
            y,
            ["CAST", "CHARACTER", "PICK UP", "MAKE-UP", "ON SET"],
            [0, 120, 240, 320, 400],
            cast_times(g["cast"], call, partial(hm, style=t), (0, 20, 80)),
            right,
            size=8.5,
            lead=13,
        )
        grey(c, 110)
        c.text(x0, c.pdf.h - 28, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"leader_{key}",
        "call_far_right",
        "call label with no colon and its time at the right across dot leaders or a wide gap "
        "('GENERAL CREW CALL . . . . 7:00 AM', 'Crew Call      0730')",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _leader_sheets() -> list[Sheet]:
    return [
        _leader(
            "victoriatheatre",
            "Gem City",
            D(2026, 10, 9),
            "07:00",
            {
                "sunset_am": True,
                "page": "letter",
                "font": "helvetica",
                "time_style": "us",
                "date_style": "us_long",
                "size": 10,
                "leaders": True,
                "labels": [
                    "Breakfast",
                    "GENERAL CREW CALL",
                    "Shooting Call",
                    "Lunch",
                    "Est. Wrap",
                ],
                "bold": ["GENERAL CREW CALL"],
                "company": "Miami Valley Pictures LLC",
                "sheet_no": "Call Sheet #4",
                "kind": "Feature  ·  Director: Lena Ortiz",
                "day_of": "Day 4 of 20",
                "weather": "Partly cloudy, high 66°F, low 47°F, 10% rain",
                "director": "Lena Ortiz",
                "producer": "Marcus Bell (937) 555-0134",
                "loc_head": "SET LOCATION",
                "base_head": "CREW PARKING",
                "hosp_head": "NEAREST HOSPITAL",
                "set": "Stage, orchestra pit and the grand lobby",
                "scenes": [
                    ("23", "INT. THEATER STAGE - DAY", "D", "2 3/8", "1, 2"),
                    ("24", "INT. GRAND LOBBY - DAY", "D", "1 1/8", "1, 5"),
                ],
                "cast": [
                    ("Jada Brooks", "RUTH", -30),
                    ("Tom Keller", "WALT", 0),
                ],
                "footer": "Gem City  ·  Miami Valley Pictures  ·  Call Sheet #4",
            },
        ),
        _leader(
            "festivaltheatre",
            "Oaklands",
            D(2026, 10, 15),
            "07:30",
            {
                "page": "A4",
                "font": "times",
                "time_style": "military",
                "date_style": "uk_plain_short",
                "size": 11,
                "leaders": False,
                "labels": ["Breakfast", "Crew Call", "Shooting Call", "Lunch", "Wrap"],
                "bold": ["Crew Call"],
                "company": "South Downs Drama Ltd",
                "sheet_no": "Call Sheet 9",
                "kind": "Drama series  ·  Block 2",
                "day_of": "Day 9 of 40",
                "weather": "Sunny intervals, 15°C, W 12 mph",
                "director": "Imogen Price",
                "producer": "Tariq Shah 07700 900218",
                "loc_head": "Location",
                "base_head": "Unit base",
                "hosp_head": "Nearest A&E",
                "set": "Main auditorium and the stage door",
                "scenes": [
                    ("31", "INT. AUDITORIUM - DAY", "D", "3", "1, 3"),
                    ("33", "EXT. STAGE DOOR - DAY", "D", "5/8", "3"),
                ],
                "cast": [
                    ("Harriet Lowe", "MAGGIE", -60),
                    ("Sunil Rao", "DEV", -15),
                ],
                "footer": "Oaklands  ·  South Downs Drama  ·  Call Sheet 9",
            },
        ),
        _leader(
            "fishingheritage",
            "Dock Lights",
            D(2026, 10, 20),
            "07:00",
            {
                "page": "A4",
                "font": "helvetica",
                "time_style": "h24",
                "date_style": "uk_short",
                "size": 10,
                "leaders": True,
                "labels": ["Breakfast", "UNIT CALL", "Turnover", "Lunch", "Wrap"],
                "bold": ["UNIT CALL"],
                "company": "Humber Estuary Films",
                "sheet_no": "Call Sheet No. 2",
                "kind": "Single drama",
                "day_of": "Day 2 of 15",
                "weather": "Grey, 12°C, NE 18 mph",
                "director": "Kath Barker",
                "producer": "Jon Wade 07700 900361",
                "loc_head": "LOCATION",
                "base_head": "UNIT BASE",
                "hosp_head": "NEAREST A&E",
                "set": "Trawler Ross Tiger and the smokehouse",
                "scenes": [
                    ("12", "EXT. TRAWLER DECK - DAY", "D", "1 4/8", "1, 2"),
                    ("13", "INT. SMOKEHOUSE - DAY", "D", "2", "2"),
                ],
                "cast": [
                    ("Gary Hoult", "SKIPPER", -45),
                    ("Amy Dent", "LIZ", -30),
                ],
                "footer": "Dock Lights  ·  Humber Estuary Films  ·  Call Sheet No. 2",
            },
        ),
    ]


# --- (4) German / Austrian Tagesdisposition ----------------------------------------------------


def _dispo(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time_style"]

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        x0 = 40.0
        right = W - x0
        c.text(x0, 40, g["company"], 9, bold=True)
        grey(c, 100)
        c.text(x0, 50, g["company_addr"], 7)
        black(c)
        c.right(right, 40, f"TAGESDISPOSITION Nr. {g['no']}", 12, bold=True)
        c.right(right, 53, f"Drehtag {g['day_of']}", 9.5)
        c.hline(x0, right, 62, 1.0)
        centre(c, 88, f"„{title}“", 16)
        centre(c, 103, g["kind"], 9, bold=False)
        c.box(x0, 114, right - x0, 22, 0.8)
        c.text(x0 + 8, 129, day_text(day, g["date_style"]), 11, bold=True)
        c.right(right - 8, 129, f"Drehtag {g['day_of']}", 9.5)
        y = 154.0
        half = (right - x0) / 2
        times = [
            ("Maske / Kostüm", hm(add_minutes(call, -45), t)),
            ("Treffpunkt Team", hm(call, t)),
            ("Drehbeginn", hm(add_minutes(call, 60), t)),
            ("Mittagspause", hm(add_minutes(call, 330), t)),
            ("Drehschluss ca.", hm(add_minutes(call, 600), t)),
            ("Sonnenaufgang / -untergang", f"{hm(rise, 'h24')} / {hm(fall, 'h24')}"),
        ]
        c.text(x0, y, "ZEITEN", 9, bold=True)
        yy = y + 14
        for lab, val in times:
            big = lab == "Treffpunkt Team"
            c.text(x0, yy, lab, 9, bold=big)
            c.text(x0 + 140, yy, val, 10.5 if big else 9, bold=big)
            yy += 13
        xr = x0 + half + 10
        c.text(xr, y, "MOTIV", 9, bold=True)
        ly = y + 14
        for k, ln in enumerate([g["set"], p.name, p.street, p.city]):
            fit(c, xr, ly, ln, 9, right - xr, bold=k == 1)
            ly += 12
        ly += 4
        c.text(xr, ly, "BASIS / PARKEN", 9, bold=True)
        ly += 13
        for ln in [p.base_street, p.base_city]:
            fit(c, xr, ly, ln, 9, right - xr)
            ly += 12
        y = max(yy, ly) + 10
        fill(c, x0, y, right - x0, 50, 235)
        c.text(x0 + 6, y + 13, "KRANKENHAUS / NOTAUFNAHME", 9, bold=True)
        c.text(x0 + 6, y + 27, f"{p.hospital}, {p.hospital_street}, {p.hospital_city}", 9)
        c.text(x0 + 6, y + 40, f"Tel. {p.hospital_phone}   ·   Notruf {g['emergency']}", 9)
        y += 66
        c.text(x0, y, f"Wetter: {g['weather']}", 8.5)
        y += 16
        y = _table(
            c,
            x0,
            y,
            ["BILD", "MOTIV", "T/N", "SEITEN", "DARSTELLER"],
            [0, 36, 300, 340, 390],
            g["scenes"],
            right,
            size=8.5,
            lead=13,
        )
        y += 4
        y = _table(
            c,
            x0,
            y,
            ["DARSTELLER", "ROLLE", "ABHOLUNG", "MASKE", "AM SET"],
            [0, 120, 240, 320, 400],
            cast_times(g["cast"], call, partial(hm, style=t), (0, 15, 75)),
            right,
            size=8.5,
            lead=13,
        )
        y += 6
        _para(c, x0, y, f"Hinweise: {g['notes']}", 8.5, right - x0, 11)
        grey(c, 110)
        c.text(x0, c.pdf.h - 26, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"dispo_{key}",
        "de_at_dispo",
        "German / Austrian Tagesdisposition: 'Drehtag 5 von 22', Treffpunkt Team before "
        "Drehbeginn, MOTIV, BASIS / PARKEN, KRANKENHAUS / NOTAUFNAHME, sun times",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _dispo_sheets() -> list[Sheet]:
    return [
        _dispo(
            "altesrathaus",
            "Die Brückenwache",
            D(2026, 10, 9),
            "07:00",
            {
                "time_style": "de",
                "date_style": "de_long",
                "company": "Regnitz Filmproduktion GmbH",
                "company_addr": "Lange Straße 12, 96047 Bamberg  ·  Tel. 0951 555 0140",
                "no": "5",
                "day_of": "5 von 22",
                "kind": "Kinospielfilm  ·  Regie: Judith Hartmann",
                "set": "Ratsstube und Brückenbogen",
                "weather": "bewölkt, 12 °C, leichter Wind aus West",
                "emergency": "112",
                "scenes": [
                    ("14", "INNEN RATSSTUBE - TAG", "T", "2 2/8", "1, 2"),
                    ("15", "AUSSEN BRÜCKENBOGEN - TAG", "T", "1", "1, 3"),
                ],
                "cast": [
                    ("Lea Vogt", "MARTHA", -60),
                    ("Simon Brandl", "KASPAR", -30),
                ],
                "notes": "Brücke bleibt für Fußgänger offen. Ruhe am Set ab Drehbeginn.",
                "footer": "Regnitz Filmproduktion  ·  Dispo 5  ·  Stand 08.10.2026, 18:40",
            },
        ),
        _dispo(
            "theatererfurt",
            "Domstufen",
            D(2026, 10, 16),
            "06:30",
            {
                "time_style": "h24",
                "date_style": "de_short",
                "company": "Gera Thüringen Film GmbH",
                "company_addr": "Anger 7, 99084 Erfurt  ·  Tel. 0361 555 0171",
                "no": "12",
                "day_of": "12 von 30",
                "kind": "TV-Serie, Folge 3  ·  Regie: Malte Fricke",
                "set": "Großes Haus, Bühne und Foyer",
                "weather": "sonnig, 13 °C",
                "emergency": "112",
                "scenes": [
                    ("3/21", "INNEN BÜHNE - TAG", "T", "3", "1, 4"),
                    ("3/22", "INNEN FOYER - TAG", "T", "4/8", "4"),
                ],
                "cast": [
                    ("Nina Kühn", "JOHANNA", -45),
                    ("Ole Berger", "FELIX", 30),
                ],
                "notes": "Probe der Oper ab 15 Uhr: Bühne bis 14:30 räumen.",
                "footer": "Gera Thüringen Film  ·  Dispo 12",
            },
        ),
        _dispo(
            "festspielhaus",
            "Seebühne",
            D(2027, 1, 14),
            "08:00",
            {
                "time_style": "de",
                # HARD: Austrian month name "Jänner" for January
                "date_style": "at_long",
                "company": "Bodensee Film Wien-Bregenz GmbH",
                "company_addr": "Kornmarktstraße 8, 6900 Bregenz  ·  Tel. +43 5574 555 01",
                "no": "2",
                "day_of": "2 von 18",
                "kind": "Fernsehfilm  ·  Regie: Verena Gasser",
                "set": "Seefoyer und Werkstattbühne",
                "weather": "Nebel, -1 °C",
                "emergency": "144",
                "scenes": [
                    ("8", "INNEN SEEFOYER - TAG", "T", "2", "1, 2"),
                    ("9", "INNEN WERKSTATTBÜHNE - TAG", "T", "1 4/8", "2"),
                ],
                "cast": [
                    ("Anna Moosbrugger", "KATRIN", -60),
                    ("Lukas Fink", "ANDI", 0),
                ],
                "notes": "Zufahrt nur über den Strandweg. Hausordnung beachten.",
                "footer": "Bodensee Film  ·  Dispo 2  ·  Stand 13.01.2027",
            },
        ),
    ]


# --- (5) spreadsheet exports: gridlines, merged headers -----------------------------------------


def _xl(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time_style"]

    def make() -> bytes:
        c = Canvas(g["page"], "helvetica")
        W = c.width
        x0 = 36.0
        right = W - x0
        grey(c, 90)
        c.text(x0, 22, g["file"], 7)
        c.right(right, 22, "Sheet1", 7)
        black(c)
        rh = 15.0
        cols = 6
        cw = (right - x0) / cols
        # merged title row, dark
        y = 34.0
        fill(c, x0, y, right - x0, 22, 45)
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0 + 6, y + 15, f"{title.upper()} - CALL SHEET", 12, bold=True)
        black(c)
        y += 22
        # a merged company row
        c.box(x0, y, right - x0, rh, 0.3)
        c.text(x0 + 4, y + 11, g["company"], 8)
        y += rh
        # the times strip: a header row of labels, the values in the row below
        heads = ["Breakfast", "Crew Call", "Shooting", "Lunch", "Est. Wrap", "Sunrise / Sunset"]
        vals = [
            hm(add_minutes(call, -30), t),
            hm(call, t),
            hm(add_minutes(call, 60), t),
            hm(add_minutes(call, 330), t),
            hm(add_minutes(call, 630), t),
            f"{hm(rise, t)} / {hm(fall, t)}",
        ]
        for i in range(cols):
            fill(c, x0 + i * cw, y, cw, rh, 205)
            fit(c, x0 + i * cw + 4, y + 11, heads[i], 8, cw - 8, bold=True)
            fit(c, x0 + i * cw + 4, y + rh + 11, vals[i], 9, cw - 8, bold=i == 1)
        c.grid(x0, y, [cw] * cols, [rh, rh])
        y += 2 * rh + 10
        # key / value rows: label in column A, the value merged over B-F
        kv = [
            ("Production", title),
            ("Date", day_text(day, g["date_style"])),
            ("Shoot Day", g["day_of"]),
            ("Director", g["director"]),
            ("Location", p.name),
            ("Address", f"{p.street}, {p.city}"),
            ("Set", g["set"]),
            ("Parking", f"{p.base_street}, {p.base_city}"),
            ("Hospital", p.hospital),
            ("Hosp. Address", f"{p.hospital_street}, {p.hospital_city}"),
            ("Hosp. Phone", p.hospital_phone),
            ("Weather", g["weather"]),
        ]
        for i, (k, v) in enumerate(kv):
            if i % 2:
                fill(c, x0 + cw, y, right - x0 - cw, rh, 242)
            fill(c, x0, y, cw, rh, 225)
            fit(c, x0 + 4, y + 11, k, 8, cw - 8, bold=True)
            fit(c, x0 + cw + 4, y + 11, v, 8.5, right - x0 - cw - 8)
            y += rh
        c.grid(x0, y - rh * len(kv), [cw, right - x0 - cw], [rh] * len(kv))
        y += 10
        # schedule grid
        sh = ["Time", "Scene", "Description", "", "Cast", "Notes"]
        fill(c, x0, y, right - x0, rh, 205)
        for i, h in enumerate(sh):
            c.text(x0 + i * cw + 4, y + 11, h, 8, bold=True)
        rows = [(hm(add_minutes(call, o), t), a, b, "", d, e) for o, a, b, d, e in g["sched"]]
        for r, row in enumerate(rows):
            yy = y + rh * (r + 1)
            for i, v in enumerate(row):
                if i == 2:
                    fit(c, x0 + i * cw + 4, yy + 11, v, 8, 2 * cw - 8)
                elif i != 3:
                    fit(c, x0 + i * cw + 4, yy + 11, v, 8, cw - 8)
        c.grid(x0, y, [cw, cw, 2 * cw, cw, cw], [rh] * (len(rows) + 1))
        y += rh * (len(rows) + 1) + 10
        # crew grid
        fill(c, x0, y, right - x0, rh, 205)
        for i, h in enumerate(["Dept", "Position", "Name", "", "Phone", "Call"]):
            c.text(x0 + i * cw + 4, y + 11, h, 8, bold=True)
        crew = [(d, a, b, "", ph, hm(add_minutes(call, o), t)) for d, a, b, ph, o in g["crew"]]
        for r, row in enumerate(crew):
            yy = y + rh * (r + 1)
            for i, v in enumerate(row):
                if i != 3:
                    fit(c, x0 + i * cw + 4, yy + 11, v, 8, (2 if i == 2 else 1) * cw - 8)
        c.grid(x0, y, [cw, cw, 2 * cw, cw, cw], [rh] * (len(crew) + 1))
        grey(c, 90)
        c.text(x0, c.pdf.h - 18, g["file"], 7)
        c.right(right, c.pdf.h - 18, "Page 1 of 1", 7)
        black(c)
        return c.output()

    return _sheet(
        f"xl_{key}",
        "xlsx_export",
        "spreadsheet printed to PDF: gridlines, merged title, a times strip with Crew Call "
        "second, key / value rows; '2026-10-09' / '09-Oct-26', '7:00a'",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _xl_sheets() -> list[Sheet]:
    return [
        _xl(
            "tairawhiti",
            "First Light East",
            D(2026, 10, 9),
            "07:00",
            {
                "page": "A4",
                "time_style": "xl",
                "date_style": "iso",
                "file": "FirstLightEast_CallSheet_D3.xlsx",
                "company": "Tūranga Screen Ltd  ·  21 Peel Street, Gisborne 4010  ·  (06) 555 0148",
                "day_of": "3 of 8",
                "director": "Mereana Walker",
                "set": "Wyllie Cottage and the river gallery",
                "weather": "Fine, 17°C, NW 15 km/h",
                "sched": [
                    (60, "4", "Cottage kitchen: Aunty at the range", "Aunty", ""),
                    (180, "5", "River gallery interview", "Hone", "quiet please"),
                    (330, "-", "Lunch", "", ""),
                ],
                "crew": [
                    ("Prod", "Producer", "Aroha Smith", "021 555 0131", 0),
                    ("Cam", "DOP", "Sam Kereama", "021 555 0142", 0),
                    ("Sound", "Recordist", "Jo Brown", "021 555 0153", 0),
                    ("HMU", "Make-up", "Kiri Hughes", "021 555 0164", -30),
                ],
            },
        ),
        _xl(
            "lowell",
            "Mars Hill",
            D(2026, 10, 15),
            "06:30",
            {
                "page": "letter",
                "time_style": "xl",
                "date_style": "xl_dmy",
                # HARD: the file name in the print header carries an earlier date (the draft's)
                "file": "callsheet_v2_2026-10-13.xlsx",
                "company": "Ponderosa Frame Co.  ·  15 N Leroux St, Flagstaff, AZ 86001  ·  "
                "(928) 555-0127",
                "day_of": "2 of 5",
                "director": "Dee Yazzie",
                "set": "Rotunda library and the Clark telescope dome",
                "weather": "Clear, 38°F at call, high 64°F",
                "sched": [
                    (60, "7", "Rotunda: the logbook", "Vera", ""),
                    (150, "8", "Clark dome: opening the slit", "Vera, Sam", "no haze"),
                    (330, "-", "Lunch", "", ""),
                ],
                "crew": [
                    ("Prod", "Producer", "Hal Becker", "928-555-0131", 0),
                    ("Cam", "DP", "Rosa Tsosie", "928-555-0142", 0),
                    ("G/E", "Gaffer", "Mike Lund", "928-555-0153", -30),
                ],
            },
        ),
        _xl(
            "bigbanana",
            "Banana Coast",
            D(2026, 10, 22),
            "07:30",
            {
                "page": "A4",
                "time_style": "xl",
                "date_style": "xl_dmy",
                "file": "Banana Coast - Call Sheet.xlsx",
                "company": "Solitary Islands Media  ·  Harbour Drive, Coffs Harbour NSW 2450",
                "day_of": "1 of 2",
                "director": "Kate Nguyen",
                "set": "Plantation walk and the toboggan run",
                "weather": "Sunny, 24°C, NE 20 km/h",
                "sched": [
                    (60, "1", "Kids at the giant banana", "Family", ""),
                    (150, "2", "Toboggan run POV", "Teen 2", "rig check"),
                    (300, "-", "Lunch", "", ""),
                ],
                "crew": [
                    ("Prod", "Producer", "Ben Walsh", "0412 555 013", 0),
                    ("Cam", "DOP", "Ellie Chan", "0412 555 024", 0),
                    ("Grip", "Key Grip", "Tom Reid", "0412 555 035", -30),
                ],
            },
        ),
    ]


# --- (6) US TV episodic sheets with two or three sets -------------------------------------------


def _tv(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "us"

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        x0 = 32.0
        right = W - x0
        y = 36.0
        for ln in g["credits"]:
            c.text(x0, y, ln, 7.5)
            y += 9.5
        c.box(W / 2 - 70, 30, 140, 50, 1.4)
        centre(c, 44, "CREW CALL", 8.5)
        centre(c, 70, hm(call, t), 20)
        c.right(right, 38, day_text(day, "us_long"), 9, bold=True)
        c.right(right, 50, g["day_of"], 8.5)
        c.right(right, 62, f"Sunrise {hm(rise, t)}  Sunset {hm(fall, t)}", 8)
        c.right(right, 74, g["weather"], 8)
        c.hline(x0, right, 88, 0.8)
        centre(c, 108, f"“{title}”", 16)
        centre(c, 122, g["episode"], 9, bold=False)
        y = 136.0
        third = (right - x0 - 12) / 3
        sets = [("SET #1", [p.name, p.street, p.city, g["set"]])]
        for head, lines in g["more_sets"]:
            sets.append((head, lines))
        sets.append(("BASECAMP / CREW PARKING", [p.base_street, p.base_city, g["base_note"]]))
        for i, (head, lines) in enumerate(sets[:3]):
            bx = x0 + i * (third + 6)
            fill(c, bx, y, third, 12, 40)
            c.pdf.set_text_color(255, 255, 255)
            c.text(bx + 4, y + 9, head, 7.5, bold=True)
            black(c)
            for k, ln in enumerate(lines):
                fit(c, bx + 4, y + 23 + 11 * k, ln, 8.5, third - 8, bold=k == 0)
            c.box(bx, y, third, 62, 0.5)
        y += 70
        if len(sets) > 3:
            head, lines = sets[3]
            fill(c, x0, y, right - x0, 12, 40)
            c.pdf.set_text_color(255, 255, 255)
            c.text(x0 + 4, y + 9, head, 7.5, bold=True)
            black(c)
            c.text(x0 + 4, y + 23, "  ·  ".join(lines), 8.5)
            c.box(x0, y, right - x0, 30, 0.5)
            y += 38
        hosp = g.get("hospital_lines", [p.hospital])
        fill(c, x0, y, right - x0, 12, 200)
        c.text(x0 + 4, y + 9, "NEAREST HOSPITAL / ER", 7.5, bold=True)
        yy = y + 23
        for ln in hosp:
            c.text(x0 + 4, yy, ln, 9, bold=True)
            yy += 11
        for ln in [f"{p.hospital_street}, {p.hospital_city}", p.hospital_phone]:
            c.text(x0 + 4, yy, ln, 8.5)
            yy += 11
        c.box(x0, y, right - x0, yy - y, 0.5)
        y = yy + 12
        y = _table(
            c,
            x0,
            y,
            ["SC", "SET / DESCRIPTION", "D/N", "PGS", "CAST", "LOC"],
            [0, 30, 300, 340, 380, 470],
            g["scenes"],
            right,
            size=8,
            lead=12,
        )
        y += 4
        _table(
            c,
            x0,
            y,
            ["#", "CAST", "CHARACTER", "P/U", "H/MU", "SET"],
            [0, 18, 140, 280, 360, 440],
            cast_times(g["cast"], call, partial(hm, style=t), (0, 15, 75), numbered=True),
            right,
            size=8,
            lead=12,
        )
        grey(c, 110)
        c.text(x0, c.pdf.h - 24, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"tv_{key}",
        "us_tv_episodic",
        "US TV episodic sheet: centre CREW CALL box, SET #1 first with SET #2 / Location 2 (and "
        "SET #3), BASECAMP / CREW PARKING, NEAREST HOSPITAL / ER block",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _tv_sheets() -> list[Sheet]:
    return [
        _tv(
            "paramountcr",
            "Cedar Falls",
            D(2026, 10, 9),
            "07:00",
            {
                # HARD: the hospital's name wraps onto a second line in its block
                "hospital_lines": ["UnityPoint Health - St. Luke's", "Hospital"],
                "credits": [
                    "Five Seasons Television",
                    "Exec. Producers: Dana Kohl, Reggie Pratt",
                    "Director: Alicia Moreno",
                    "1st AD: Brett Sand  (319) 555-0147",
                ],
                "day_of": "Day 5 of 8  ·  Ep. 104",
                "weather": "Sunny, 68°F / 47°F",
                "episode": "Episode 104 “Encore”",
                "set": "Auditorium and the mezzanine",
                "more_sets": [
                    ("SET #2", ["Brucemore", "2160 Linden Dr SE", "Cedar Rapids, IA 52403"]),
                ],
                "base_note": "Trailers, catering, crew parking level 2",
                "scenes": [
                    ("12", "INT. PARAMOUNT AUDITORIUM - DAY", "D", "2 4/8", "1, 2", "SET #1"),
                    ("14", "INT. MEZZANINE - DAY", "D", "1 1/8", "2", "SET #1"),
                    ("", "*** LUNCH - COMPANY MOVE TO SET #2 ***", "", "", "", ""),
                    ("20", "EXT. BRUCEMORE GARDEN - DAY", "D", "1 6/8", "1, 3", "SET #2"),
                ],
                "cast": [
                    ("Jenna Holt", "CLAIRE", -60),
                    ("Marcus Reyes", "DEAN", -30),
                    ("Olive Hart", "JUNE", 240),
                ],
                "footer": "Cedar Falls  ·  Ep. 104  ·  Five Seasons Television",
            },
        ),
        _tv(
            "reitzhome",
            "River City",
            D(2026, 10, 15),
            "06:00",
            {
                "credits": [
                    "Ohio Bend Productions",
                    "Showrunner: Teresa Vaughn",
                    "Director: Kyle Hammond",
                    "1st AD: Nina Patel  (812) 555-0139",
                ],
                "day_of": "Day 3 of 8  ·  Ep. 203",
                "weather": "Cloudy, 64°F / 49°F",
                "episode": "Episode 203 “Paper Money”",
                "set": "Front parlor and the turret room",
                "more_sets": [
                    (
                        "Location 2",
                        ["Evansville Museum", "411 SE Riverside Dr", "Evansville, IN 47713"],
                    ),
                ],
                "base_note": "Basecamp and crew parking together",
                "scenes": [
                    ("31", "INT. MANSION PARLOR - DAY", "D", "3", "1, 2", "LOC 1"),
                    ("32", "INT. TURRET ROOM - DAY", "D", "7/8", "1", "LOC 1"),
                    ("", "*** COMPANY MOVE TO LOCATION 2 ***", "", "", "", ""),
                    ("35", "INT. MUSEUM GALLERY - DAY", "D", "1 2/8", "2, 4", "LOC 2"),
                ],
                "cast": [
                    ("Alana Price", "MAE", -45),
                    ("Derek Cole", "SHERIFF", 0),
                ],
                "footer": "River City  ·  Ep. 203  ·  Ohio Bend Productions",
            },
        ),
        _tv(
            "mossmansion",
            "High Plains",
            D(2026, 10, 22),
            "07:30",
            {
                "credits": [
                    "Yellowstone Rim Studios",
                    "Exec. Producer: Cal Brenner",
                    "Director: Sage Whitford",
                    "1st AD: Ron Ito  (406) 555-0152",
                ],
                "day_of": "Day 6 of 9  ·  Ep. 305",
                "weather": "Windy, 55°F / 33°F",
                "episode": "Episode 305 “The Rims”",
                "set": "Grand staircase and the Moorish parlor",
                "more_sets": [
                    (
                        "SET #2",
                        ["Western Heritage Center", "2822 Montana Ave", "Billings, MT 59101"],
                    ),
                    (
                        "SET #3",
                        ["Swords Rimrock Park", "Airport Rd", "Billings, MT 59105"],
                    ),
                ],
                "base_note": "Trucks and trailers on the east side",
                "scenes": [
                    ("5", "INT. MANSION STAIRCASE - DAY", "D", "1 4/8", "1, 2", "SET #1"),
                    ("6", "INT. MOORISH PARLOR - DAY", "D", "2", "1, 3", "SET #1"),
                    ("", "*** LUNCH - MOVE TO SET #2 ***", "", "", "", ""),
                    ("9", "INT. HERITAGE CENTER - DAY", "D", "1", "2", "SET #2"),
                    ("11", "EXT. RIMROCKS - DUSK", "N", "5/8", "1, 2", "SET #3"),
                ],
                "cast": [
                    ("Wyatt Cole", "HANK", -45),
                    ("Lucia Romero", "ANA", -15),
                ],
                "footer": "High Plains  ·  Ep. 305  ·  Yellowstone Rim Studios",
            },
        ),
    ]


# --- near misses: share call-sheet words, are not call sheets ----------------------------------


def _household() -> bytes:
    """A household weekly planner titled 'Callsheet': each day's times, places and chores."""
    c = Canvas("letter", "helvetica")
    W = c.width
    x0 = 48.0
    right = W - x0
    c.text(x0, 56, "Hollis House Callsheet", 20, bold=True)
    c.text(x0, 72, "Week of Oct 12  ·  who's where, when  ·  fridge copy", 9.5)
    y = 96.0
    days = [
        ("MON 10/12", ["6:45 AM wake-up call (kids)", "7:40 AM bus", "5:30 PM piano, 88 Elm St"]),
        ("TUE 10/13", ["7:40 AM bus", "4:00 PM dentist (Mia)", "Trash night"]),
        ("WED 10/14", ["7:40 AM bus", "6:00 PM soccer practice, Field 3", "Dad late call"]),
        ("THU 10/15", ["7:40 AM bus", "3:15 PM early release", "7:00 PM PTA at school"]),
        ("FRI 10/16", ["7:40 AM bus", "Pizza + movie night"]),
        ("SAT 10/17", ["9:00 AM soccer game (away)", "2:00 PM Grandma's birthday"]),
        ("SUN 10/18", ["10:00 AM pancakes", "Laundry", "8:30 PM lights out"]),
    ]
    for d, items in days:
        fill(c, x0, y, right - x0, 14, 225)
        c.text(x0 + 4, y + 10.5, d, 9, bold=True)
        y += 26
        for it in items:
            c.text(x0 + 14, y, f"•  {it}", 9.5)
            y += 13
        y += 6
    c.text(x0, y + 8, "Groceries: milk, eggs, apples, batteries. Call Aunt June back!", 9.5)
    return c.output()


def _budget() -> bytes:
    """A five-page production budget: a top sheet, then account detail pages."""
    c = Canvas("letter", "helvetica")
    W = c.width
    x0 = 50.0
    right = W - x0
    c.text(x0, 56, "GEM CITY", 16, bold=True)
    c.text(x0, 72, "Production Budget  ·  Top Sheet  ·  Miami Valley Pictures LLC", 9)
    c.right(right, 56, "Revised 08/31/2026", 9)
    y = 96.0
    for lab, val in [
        ("Prep:", "09/08/2026 - 10/02/2026"),
        ("Shoot:", "10/06/2026 - 10/31/2026  (20 days, 12-hr days)"),
        ("Wrap:", "11/02/2026 - 11/13/2026"),
        ("Locations:", "Dayton, OH (Victoria Theatre + 9 practical locations)"),
    ]:
        c.text(x0, y, lab, 9, bold=True)
        c.text(x0 + 90, y, val, 9)
        y += 13
    y += 10
    accounts = [
        ("1100", "Story & Rights", "$40,000"),
        ("1300", "Director", "$75,000"),
        ("1400", "Cast", "$260,000"),
        ("", "TOTAL ABOVE-THE-LINE", "$375,000"),
        ("2000", "Production Staff", "$118,000"),
        ("2100", "Camera", "$96,500"),
        ("2200", "Grip & Electric", "$88,200"),
        ("2300", "Locations", "$54,000"),
        ("2400", "Transportation", "$37,600"),
        ("", "TOTAL PRODUCTION", "$394,300"),
        ("3000", "Editorial", "$66,000"),
        ("3200", "Post Sound", "$38,000"),
        ("", "TOTAL POST", "$104,000"),
        ("", "GRAND TOTAL", "$873,300"),
    ]
    _table(c, x0, y, ["ACCT", "CATEGORY", "TOTAL"], [0, 60, 380], accounts, right, size=9, lead=14)
    details = [
        ("2000 PRODUCTION STAFF", [("2001", "UPM", "25 wks", "$2,400", "$60,000")]),
        ("2100 CAMERA", [("2101", "DP", "24 days", "$1,100", "$26,400")]),
        ("2300 LOCATIONS", [("2301", "Victoria Theatre fee", "4 days", "$3,500", "$14,000")]),
        ("2400 TRANSPORTATION", [("2401", "Cube trucks", "5 wks", "$1,400", "$7,000")]),
    ]
    for n, (head, rows) in enumerate(details, 2):
        c.new_page()
        c.text(x0, 56, f"GEM CITY  ·  Budget Detail  ·  {head}", 11, bold=True)
        body = [*rows] * 1 + [
            (f"{head[:2]}{k:02d}", f"Line item {k}", "1 allow", "$500", "$500")
            for k in range(2, 14)
        ]
        _table(
            c,
            x0,
            84,
            ["ACCT", "DESCRIPTION", "AMOUNT", "RATE", "TOTAL"],
            [0, 50, 260, 350, 430],
            body,
            right,
            size=9,
            lead=14,
        )
        c.right(right, c.pdf.h - 30, f"Page {n} of 5", 8)
    return c.output()


def _post() -> bytes:
    """A post-production delivery schedule: due dates and times, items, formats, facility."""
    c = Canvas("A4", "helvetica")
    W = c.width
    x0 = 40.0
    right = W - x0
    c.text(x0, 52, "POST-PRODUCTION DELIVERY SCHEDULE", 14, bold=True)
    c.text(x0, 66, "Domstufen (TV-Serie, Folgen 1-6)  ·  Gera Thüringen Film GmbH", 9)
    c.right(right, 52, "Stand: 02.11.2026", 9)
    c.hline(x0, right, 74, 0.8)
    rows = [
        ("Fr. 27.11.2026", "10:00", "Rohschnitt Folge 1-2 (screening)", "Schnitt 1"),
        ("Fr. 11.12.2026", "14:00", "Feinschnitt Folge 1-3, Abnahme Redaktion", "Online"),
        ("Mo. 11.01.2027", "09:00", "Picture lock Folge 1-6", "-"),
        ("Di. 19.01.2027", "09:30", "Farbkorrektur (4 Tage)", "Grading A"),
        ("Mo. 25.01.2027", "09:30", "Mischung 5.1 (5 Tage)", "Mischstudio"),
        ("Fr. 12.02.2027", "12:00", "Abgabe: ProRes 4444 + IMF, Untertitel", "Sender"),
    ]
    y = _table(
        c,
        x0,
        96,
        ["DATUM", "ZEIT", "LIEFERUNG", "RAUM"],
        [0, 100, 150, 400],
        rows,
        right,
        size=9,
        lead=14,
    )
    y += 8
    for ln in [
        "Postproduktion: Kurpark Post GmbH, Löberstraße 4, 99096 Erfurt",
        "Kontakt: Post-Supervisor Jana Reuter, Tel. 0361 555 0199",
        "Lieferungen bis zur genannten Uhrzeit; Festplatten bitte beschriftet abgeben.",
    ]:
        c.text(x0, y, ln, 9)
        y += 13
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "near_miss_household_callsheet",
            "near_miss",
            "household weekly planner titled 'Callsheet': wake-up calls, bus times, addresses",
            _household,
            OTHER,
        ),
        _sheet(
            "near_miss_budget_five_pages",
            "near_miss",
            "five-page production budget: top sheet with prep / shoot / wrap dates, detail pages",
            _budget,
            OTHER,
        ),
        _sheet(
            "near_miss_post_delivery",
            "near_miss",
            "post-production delivery schedule: due dates with times, items, the facility",
            _post,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_ca_sheets(),
        *_pl_sheets(),
        *_leader_sheets(),
        *_dispo_sheets(),
        *_xl_sheets(),
        *_tv_sheets(),
        *_other_sheets(),
    ]
