"""Thirty-ninth held-out set: the kinds of sheets crews are sent, from tenth makers, in cities
not yet in the corpus (`fresh38_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh38"). A Toronto-style commercial house's one-page template from Barrie,
Brampton and Cobourg (bands of numbered label cells, "1. DATE", "2. CREW CALL", "3. LOCATION",
each value in the grid cell under its label; "Oct 9/26", "Fri. Oct. 9, 2026"; Canadian postal
codes), Polish "PLAN ZDJĘCIOWY" lists typed in Word from Gniezno, Bochnia and Cieszyn (a
revision, "wersja 2" / "POPRAWIONY", several times: zbiórka produkcji, zbiórka ekipy / wejście
na plan, obiad, jutrzejsza zbiórka; the sent date beside the shooting date), crew e-mails
printed to PDF from Outlook and Gmail with no "Subject:" label (Huddersfield, Gainesville,
Chico; the call in a sentence, the address on its own line), UK drama unit call sheets from
Bradford, Eastbourne and Doncaster ("UNIT CALL 07:00", "Shooting Day 14 of 42", "Tuesday 13th
October 2026", sun in the header, several sets, "Unit Base / Crew Parking", "Nearest A&E"),
spreadsheet exports from Bakersfield, Champaign and Bundaberg (merged header cells, gridlines,
column letters and row numbers at the edge on two, the file name in the print header on one)
and US documentary / reality field-shoot one-pagers from Cheyenne, Dubuque and Hilo ("SHOOT
DATE", "CALL TIME", "MEET AT", "LOCATION ADDRESS", "7:30a", "0730 hrs"). Three near misses (a
production budget summary over four pages, a screenplay excerpt, a household weekly planner
titled "Family call sheet") must read as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one
a family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from tests.corpus.draw import Canvas, black, centre, grey, measure
from tests.corpus.formats import PL_GENITIVE, add_minutes, ordinal, pl_weekday
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
    wrap,
)
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # (1) Canadian commercial template, numbered labels over values: Barrie, Brampton, Cobourg
    "maclaren": _p(
        "ca",
        "MacLaren Art Centre",
        "37 Mulcaster St",
        "Barrie, ON L4M 3M2",
        44.3894,
        -79.6869,
        "America/Toronto",
        "Royal Victoria Regional Health Centre",
        "201 Georgian Dr",
        "Barrie, ON L4M 6M2",
        "(705) 728-9090",
        "Collier St parkade, 35 Collier St",
        "Barrie, ON L4M 1G5",
    ),
    "pama": _p(
        "ca",
        "Peel Art Gallery Museum + Archives",
        "9 Wellington St E",
        "Brampton, ON L6W 1Y1",
        43.6858,
        -79.7592,
        "America/Toronto",
        "Brampton Civic Hospital",
        "2100 Bovaird Dr E",
        "Brampton, ON L6R 3J7",
        "(905) 494-2120",
        "Market Square lot, 41 George St S",
        "Brampton, ON L6Y 2E1",
    ),
    "victoriahall": _p(
        "ca",
        "Victoria Hall",
        "55 King St W",
        "Cobourg, ON K9A 2M2",
        43.9593,
        -78.1677,
        "America/Toronto",
        "Northumberland Hills Hospital",
        "1000 DePalma Dr",
        "Cobourg, ON K9A 5W6",
        "(905) 372-6811",
        "Covert St municipal lot, 20 Covert St",
        "Cobourg, ON K9A 2L6",
    ),
    # (2) Polish PLAN ZDJĘCIOWY typed in Word: Gniezno, Bochnia, Cieszyn
    "muzeumgniezno": _p(
        "pl",
        "Muzeum Początków Państwa Polskiego",
        "ul. Kostrzewskiego 1",
        "62-200 Gniezno",
        52.5393,
        17.5827,
        "Europe/Warsaw",
        "Szpital Pomnik Chrztu Polski",
        "ul. św. Jana 9",
        "62-200 Gniezno",
        "+48 61 428 98 00",
        "ul. Kostrzewskiego (parking nad Jeziorem Jelonek)",
        "62-200 Gniezno",
    ),
    "kopalniabochnia": _p(
        "pl",
        "Kopalnia Soli Bochnia",
        "ul. Campi 15",
        "32-700 Bochnia",
        49.9686,
        20.4300,
        "Europe/Warsaw",
        "Szpital Powiatowy im. bł. Marty Wieckiej",
        "ul. Krakowska 31",
        "32-700 Bochnia",
        "+48 14 615 37 00",
        "ul. Solna (parking przy szybie Campi)",
        "32-700 Bochnia",
    ),
    "zamekcieszyn": _p(
        "pl",
        "Zamek Cieszyn",
        "ul. Zamkowa 3abc",
        "43-400 Cieszyn",
        49.7505,
        18.6270,
        "Europe/Warsaw",
        "Szpital Śląski w Cieszynie",
        "ul. Bielska 4",
        "43-400 Cieszyn",
        "+48 33 852 00 00",
        "ul. Zamkowa (parking pod Wzgórzem Zamkowym)",
        "43-400 Cieszyn",
    ),
    # (3) crew e-mails printed to PDF, no Subject: label: Huddersfield, Gainesville, Chico
    "lbt": _p(
        "uk",
        "Lawrence Batley Theatre",
        "Queen Street",
        "Huddersfield HD1 2SP",
        53.6465,
        -1.7790,
        "Europe/London",
        "Huddersfield Royal Infirmary",
        "Acre Street",
        "Huddersfield HD3 3EA",
        "01484 342000",
        "Southgate car park, Southgate",
        "Huddersfield HD1 6DW",
    ),
    "hippodrome": _p(
        "us",
        "Hippodrome Theatre",
        "25 SE 2nd Pl",
        "Gainesville, FL 32601",
        29.6497,
        -82.3237,
        "America/New_York",
        "UF Health Shands Hospital",
        "1600 SW Archer Rd",
        "Gainesville, FL 32610",
        "(352) 265-0111",
        "SE Depot Ave garage, 105 SE 3rd St",
        "Gainesville, FL 32601",
    ),
    "senator": _p(
        "us",
        "Senator Theatre",
        "517 Main St",
        "Chico, CA 95928",
        39.7277,
        -121.8370,
        "America/Los_Angeles",
        "Enloe Medical Center",
        "1531 Esplanade",
        "Chico, CA 95926",
        "(530) 332-7300",
        "Municipal lot, 2nd St & Flume St",
        "Chico, CA 95928",
    ),
    # (4) UK drama unit call sheets: Bradford, Eastbourne, Doncaster
    "cartwright": _p(
        "uk",
        "Cartwright Hall",
        "Lister Park",
        "Bradford BD9 4NS",
        53.8080,
        -1.7720,
        "Europe/London",
        "Bradford Royal Infirmary",
        "Duckworth Lane",
        "Bradford BD9 6RJ",
        "01274 542200",
        "Lister Park car park, Emm Lane",
        "Bradford BD9 4NS",
    ),
    "towner": _p(
        "uk",
        "Towner Eastbourne",
        "College Road",
        "Eastbourne BN21 4JJ",
        50.7640,
        0.2790,
        "Europe/London",
        "Eastbourne District General Hospital",
        "Kings Drive",
        "Eastbourne BN21 2UD",
        "0300 131 4500",
        "Congress Theatre coach park, Compton Street",
        "Eastbourne BN21 4BP",
    ),
    "cusworth": _p(
        "uk",
        "Cusworth Hall",
        "Cusworth Lane",
        "Doncaster DN5 7TU",
        53.5390,
        -1.1690,
        "Europe/London",
        "Doncaster Royal Infirmary",
        "Armthorpe Road",
        "Doncaster DN2 5LT",
        "01302 366666",
        "Cusworth Hall visitor car park, Cusworth Lane",
        "Doncaster DN5 7TU",
    ),
    # (5) spreadsheet exports with gridlines: Bakersfield, Champaign, Bundaberg
    "foxbakersfield": _p(
        "us",
        "Fox Theater",
        "2001 H St",
        "Bakersfield, CA 93301",
        35.3750,
        -119.0210,
        "America/Los_Angeles",
        "Kern Medical",
        "1700 Mount Vernon Ave",
        "Bakersfield, CA 93306",
        "(661) 326-2000",
        "20th St surface lot, 1900 20th St",
        "Bakersfield, CA 93301",
    ),
    "virginia": _p(
        "us",
        "Virginia Theatre",
        "203 W Park Ave",
        "Champaign, IL 61820",
        40.1170,
        -88.2450,
        "America/Chicago",
        "Carle Foundation Hospital",
        "611 W Park St",
        "Urbana, IL 61801",
        "(217) 383-3311",
        "Hill Street parking deck, 106 N Hill St",
        "Champaign, IL 61820",
    ),
    "hinkler": _p(
        "au",
        "Hinkler Hall of Aviation",
        "214 Mount Perry Road",
        "North Bundaberg QLD 4670",
        -24.8430,
        152.3420,
        "Australia/Brisbane",
        "Bundaberg Hospital",
        "Bourbong Street",
        "Bundaberg West QLD 4670",
        "(07) 4150 2222",
        "Botanic Gardens car park, Mount Perry Road",
        "North Bundaberg QLD 4670",
    ),
    # (6) US documentary / reality field shoots: Cheyenne, Dubuque, Hilo
    "oldwest": _p(
        "us",
        "Cheyenne Frontier Days Old West Museum",
        "4610 Carey Ave",
        "Cheyenne, WY 82001",
        41.1600,
        -104.8250,
        "America/Denver",
        "Cheyenne Regional Medical Center",
        "214 E 23rd St",
        "Cheyenne, WY 82001",
        "(307) 634-2273",
        "Frontier Park lot, Carey Ave",
        "Cheyenne, WY 82001",
    ),
    "rivermuseum": _p(
        "us",
        "National Mississippi River Museum & Aquarium",
        "350 E 3rd St",
        "Dubuque, IA 52001",
        42.4960,
        -90.6600,
        "America/Chicago",
        "MercyOne Dubuque Medical Center",
        "250 Mercy Dr",
        "Dubuque, IA 52001",
        "(563) 589-8000",
        "Port of Dubuque parking ramp, 251 Bell St",
        "Dubuque, IA 52001",
    ),
    "tsunami": _p(
        "us",
        "Pacific Tsunami Museum",
        "130 Kamehameha Ave",
        "Hilo, HI 96720",
        19.7250,
        -155.0880,
        "Pacific/Honolulu",
        "Hilo Medical Center",
        "1190 Waianuenue Ave",
        "Hilo, HI 96720",
        "(808) 932-3000",
        "Mooheau Bandstand lot, Kamehameha Ave",
        "Hilo, HI 96720",
    ),
}

CA_MON = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct."]
CA_MON += ["Nov.", "Dec."]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "pl": f"{h}:{m:02d}",  # "7:00"
        "pl_dot": f"{h}.{m:02d}",  # "7.00"
        "am": f"{h12}:{m:02d}{ap.lower()}",  # "6:45am"
        "a": f"{h12}:{m:02d}{ap[0].lower()}",  # "7:30a"
        "hrs": f"{h:02d}{m:02d} hrs",  # "0730 hrs"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    pl_month = PL_GENITIVE[d.month - 1]
    forms = {
        "ca_slash": f"{d:%b} {d.day}/{d:%y}",  # "Oct 9/26"
        "ca_wd_slash": f"{d:%a} {d:%b} {d.day}/{d:%y}",  # "Fri Oct 9/26"
        "ca_dot": f"{d:%a}. {CA_MON[d.month - 1]} {d.day}, {d.year}",  # "Fri. Oct. 9, 2026"
        "pl_long_r": f"{pl_weekday(d)}, {d.day} {pl_month} {d.year} r.",
        "pl_gen": f"{d.day} {pl_month} {d.year}",  # "9 października 2026"
        "pl_dots_r": f"{d:%d.%m.%Y} r.",  # "09.10.2026 r."
        "uk_ordinal": f"{d:%A} {ordinal(d.day)} {d:%B} {d.year}",  # "Tuesday 13th October 2026"
        "uk_ordinal_caps": f"{d:%A} {ordinal(d.day)} {d:%B} {d.year}".upper(),
        "us_long": f"{d:%A}, {d:%B} {d.day}, {d.year}",
        "us_wd_short": f"{d:%a} {d.month}/{d.day}/{d:%y}",  # "Fri 10/16/26"
        "au_long": f"{d:%A} {d.day} {d:%B} {d.year}",
        "us_caps": f"{d:%A} {d.month}/{d.day}/{d:%y}".upper(),  # "FRIDAY 10/9/26"
        "us_abbr": f"{d:%a}, {d:%b} {d.day}, {d.year}",  # "Fri, Oct 9, 2026"
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh38")
_para = paragraph
_table = functools.partial(head_table, size=8, lead=12.5)


# --- (1) Canadian commercial template: numbered labels, each value in the cell below -----------


def _canum(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time_style"]

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        x0 = 36.0
        right = W - x0
        # the house's header: wordmark and address left, CALL SHEET and the job right
        c.text(x0, 48, g["company"], 17, bold=True)
        grey(c, 95)
        c.text(x0, 61, g["company_addr"], 7.5)
        black(c)
        c.right(right, 46, "CALL SHEET", 15, bold=True)
        c.right(right, 60, g["job"], 8.5)
        c.hline(x0, right, 68, 1.6)
        c.text(x0, 90, title.upper(), 16, bold=True)
        c.text(x0, 104, g["credits"], 8.5)
        cells: dict[str, tuple[str, list[str]]] = {
            "date": ("DATE", [day_text(day, g["date_style"])]),
            "precall": ("PRE-CALL", g.get("precall", [])),
            "call": ("CREW CALL", [hm(call, t)]),
            "location": ("LOCATION", [p.name, p.street, p.city, g["set"]]),
            "shoot": ("SHOOTING CALL", [hm(add_minutes(call, 60), t)]),
            "lunch": ("LUNCH", [hm(add_minutes(call, 330), t)]),
            "wrap": ("EST. WRAP", [hm(add_minutes(call, 660), t)]),
            "parking": ("PARKING", [p.base_street, p.base_city]),
            "sun": ("SUNRISE / SUNSET", [f"{hm(rise, t)} / {hm(fall, t)}"]),
            "weather": ("WEATHER", g["weather"]),
            "hospital": (
                "NEAREST HOSPITAL",
                [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
            ),
            "producer": ("PRODUCER", g["producer"]),
            "director": ("DIRECTOR", g["director"]),
            "client": ("CLIENT / AGENCY", g["client"]),
        }
        cols = g["cols"]
        cw = (right - x0) / cols
        y = 118.0
        order = g["order"]
        for band in range(0, len(order), cols):
            keys = order[band : band + cols]
            lines = max(len(cells[k][1]) for k in keys)
            vh = 10.5 * lines + 10
            c.grid(x0, y, [cw] * len(keys), [14.0, vh])
            for i, k in enumerate(keys):
                n = order.index(k) + 1
                lab, vals = cells[k]
                xx = x0 + i * cw
                if g["shade"]:
                    fill(c, xx + 0.4, y + 0.4, cw - 0.8, 13.2, g["shade"])
                fit(c, xx + 4, y + 10, f"{n}. {lab}", 7.5, cw - 8, bold=True)
                yy = y + 14 + 12
                for v in vals:
                    big = k == "call"
                    fit(c, xx + 4, yy + (3 if big else 0), v, 12 if big else 8.5, cw - 8, bold=big)
                    yy += 10.5
            y += 14 + vh
        y += 22
        c.text(x0, y + 2, "SCHEDULE", 9, bold=True)
        y = _table(
            c,
            x0,
            y + 16,
            ["TIME", "ACTIVITY"],
            [0, 80],
            [(hm(add_minutes(call, o), t), w) for o, w in g["plan"]],
            right,
            ruled=True,
        )
        c.text(x0, y + 2, "CREW", 9, bold=True)
        y = _table(
            c,
            x0,
            y + 16,
            ["POSITION", "NAME", "CELL", "CALL"],
            [0, 150, 300, 430],
            crew_times(g["crew"], call, functools.partial(hm, style=t)),
            right,
            ruled=True,
        )
        c.text(x0, y + 2, "TALENT", 9, bold=True)
        y = _table(
            c,
            x0,
            y + 16,
            ["NAME", "ROLE", "CALL", "HAIR / MAKEUP", "ON SET"],
            [0, 150, 280, 350, 440],
            [
                (
                    a,
                    b,
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o + 15), t),
                    hm(add_minutes(call, o + 75), t),
                )
                for a, b, o in g["talent"]
            ],
            right,
            ruled=True,
        )
        _para(c, x0, y, g["notes"], 8, right - x0, 10.5)
        grey(c, 120)
        c.text(x0, c.pdf.h - 22, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"canum_{key}",
        "ca_numbered_bands",
        "Toronto-style commercial one-pager: bands of numbered label cells ('1. DATE', '2. CREW "
        "CALL', '3. LOCATION') with each value in the grid cell below its label; 'Oct 9/26', "
        "'Fri. Oct. 9, 2026'; Canadian postal codes",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _canum_sheets() -> list[Sheet]:
    return [
        _canum(
            "maclaren",
            "First Frost",
            D(2026, 10, 9),
            "07:00",
            {
                "time_style": "us",
                "date_style": "ca_dot",
                "cols": 4,
                "shade": 215,
                "company": "KEMPENFELT FILM CO.",
                "company_addr": "90 Collier St, Suite 3, Barrie, ON L4M 1H2  ·  705-555-0114",
                "job": "Job #KF-2618  ·  Day 1 of 2",
                "credits": "Client: Simcoe Outdoor Co.  ·  Agency: Northbay Creative  ·  :30 / :15",
                "order": [
                    "date",
                    "call",
                    "location",
                    "shoot",
                    "lunch",
                    "wrap",
                    "parking",
                    "sun",
                    "hospital",
                    "weather",
                    "producer",
                    "director",
                ],
                "set": "Gallery 1 and the courtyard",
                "weather": ["Sunny", "High 13°C / Low 4°C", "POP 10%"],
                "producer": ["Tessa Moreau", "705-555-0121"],
                "director": ["Ian Achterberg", "705-555-0132"],
                "client": [],
                "plan": [
                    (0, "Crew call, load in via Mulcaster St dock"),
                    (60, "Setup 1: Gallery 1, product on plinth"),
                    (330, "Lunch (Gallery lobby)"),
                    (390, "Setup 2: courtyard, walk and talk"),
                    (660, "Est. wrap"),
                ],
                "crew": [
                    ("Producer", "Tessa Moreau", "705-555-0121", 0),
                    ("1st AD", "Marco Ruiz", "705-555-0143", -15),
                    ("DOP", "Hanna Sirola", "705-555-0154", 0),
                    ("Gaffer", "Devon Clarke", "705-555-0165", -30),
                ],
                "talent": [
                    ("Aisha Grant", "Hiker", 30),
                    ("Ben Okonjo", "Friend", 60),
                ],
                "notes": "Gallery open to the public from 11:00 AM: keep Gallery 1's doors "
                "closed. No crew parking on Mulcaster St.",
                "footer": "Kempenfelt Film Co.  ·  First Frost  ·  Call sheet v1",
            },
        ),
        _canum(
            "pama",
            "Main Street Mornings",
            D(2026, 10, 15),
            "06:30",
            {
                "time_style": "a",
                "date_style": "ca_slash",
                "cols": 2,
                "shade": 0,
                "company": "ETOBICOKE CREEK PICTURES",
                "company_addr": "220 Queen St W, Brampton, ON L6X 1A9  ·  905-555-0180",
                "job": "Prod. #ECP-0942  ·  Shoot day 2 of 3",
                "credits": "Client: Peel Community Credit Union  ·  Director: Nadia Khoury",
                "order": [
                    "date",
                    "call",
                    "location",
                    "parking",
                    "shoot",
                    "lunch",
                    "hospital",
                    "sun",
                    "client",
                    "weather",
                ],
                "set": "Archives reading room and the 1867 jail cells",
                "weather": ["Cloudy, 11°C"],
                "producer": [],
                "director": [],
                "client": ["Peel Community Credit Union", "Agency: Fairground Co."],
                "plan": [
                    (0, "Crew call, breakfast truck on George St"),
                    (75, "Scene 1: reading room"),
                    (300, "Lunch"),
                    (360, "Scene 2: jail cells"),
                ],
                "crew": [
                    ("Producer", "Harjit Sandhu", "905-555-0191", 0),
                    ("1st AD", "Leah Brandt", "905-555-0102", -15),
                    ("DOP", "Felipe Ramos", "905-555-0113", 0),
                ],
                "talent": [
                    ("Grace Lindo", "Teller", 60),
                    ("Omar Haddad", "Customer", 90),
                ],
                "notes": "Archives: no food or drink past the reading room doors. Clean set.",
                "footer": "Etobicoke Creek Pictures  ·  Main Street Mornings",
            },
        ),
        _canum(
            "victoriahall",
            "Harbour Light",
            D(2026, 10, 22),
            "07:30",
            {
                "time_style": "us",
                "date_style": "ca_wd_slash",
                "cols": 3,
                "shade": 225,
                "company": "NORTHUMBERLAND FILM HOUSE",
                "company_addr": "14 Division St, Cobourg, ON K9A 3N9  ·  905-555-0166",
                "job": "Job NFH-26-118  ·  Day 1 of 1",
                "credits": "Client: Lakeshore Dairy  ·  Agency: Pier Nine  ·  Director: Clara Voss",
                # HARD: a numbered PRE-CALL cell with earlier times comes before CREW CALL
                "precall": ["G&E / Grip 6:00 AM", "Art dept 6:30 AM"],
                "order": [
                    "date",
                    "precall",
                    "call",
                    "location",
                    "parking",
                    "hospital",
                    "shoot",
                    "lunch",
                    "wrap",
                    "sun",
                    "weather",
                    "producer",
                ],
                "set": "Concert hall and the old courtroom",
                "weather": ["Showers, 9°C", "Wind W 25 km/h"],
                "producer": ["Russell Tait", "905-555-0177"],
                "director": [],
                "client": [],
                "plan": [
                    (-90, "G&E / Grip pre-call"),
                    (0, "Crew call"),
                    (90, "First shot: concert hall wide"),
                    (330, "Lunch"),
                    (390, "Old courtroom"),
                ],
                "crew": [
                    ("Producer", "Russell Tait", "905-555-0177", 0),
                    ("Gaffer", "Wen Li", "905-555-0188", -90),
                    ("Art Director", "Paula Ng", "905-555-0199", -60),
                    ("1st AD", "Sam Oduya", "905-555-0100", 0),
                ],
                "talent": [
                    ("Cora Bell", "Mother", 30),
                    ("Jack Ferris", "Son", 30),
                ],
                "notes": "Victoria Hall is a heritage building: no tape on the walls, floor "
                "protection everywhere. Load in through the Second St door.",
                "footer": "Northumberland Film House  ·  Harbour Light",
            },
        ),
    ]


# --- (2) Polish PLAN ZDJĘCIOWY typed in Word: a revision, several times, the sent date ----------


def _plan(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time_style"]
    tomorrow = day + dt.timedelta(days=1 if day.weekday() < 4 else 3)
    show_sun = g.get("sun", True)

    def make() -> bytes:
        c = Canvas("A4", "serif")
        W = c.width
        x0 = 62.0
        right = W - x0
        size = 10.5
        lead = 15.0
        grey(c, 90)
        c.text(x0, 40, g["company"], 8)
        c.right(right, 40, g["sent"], 8)
        black(c)
        y = 78.0
        if g["style"] == "plain":
            centre(c, y, "PLAN ZDJĘCIOWY", 16)
            y += 18
            centre(c, y, g["revision"], 10.5)
            y += 26
        else:
            c.text(x0, y, "PLAN ZDJĘCIOWY", 15, bold=True)
            w = measure(c, g["revision"], 10, bold=True)
            c.box(right - w - 12, y - 14, w + 12, 20, 1.2)
            c.right(right - 6, y, g["revision"], 10, bold=True)
            y += 26
        if g.get("fix"):
            # HARD: the revision note names the old gathering time before the new one
            y = _para(c, x0, y, g["fix"], size, right - x0, lead, bold=True) + 6
        head = [
            ("Tytuł:", f"„{title}”"),
            ("Data zdjęć:", day_text(day, g["date_style"])),
            ("Dzień zdjęciowy:", g["day_of"]),
            ("Reżyser:", g["director"]),
            ("Kierownik produkcji:", g["pm"]),
        ]
        times = [
            ("Zbiórka produkcji", hm(add_minutes(call, -60), t)),
            ("Zbiórka ekipy / wejście na plan", hm(call, t)),
            ("Charakteryzacja", hm(add_minutes(call, 15), t)),
            ("Pierwszy klaps", hm(add_minutes(call, 75), t)),
            ("Obiad", hm(add_minutes(call, 330), t)),
            ("Planowany koniec zdjęć", hm(add_minutes(call, 630), t)),
        ]
        if show_sun:
            times.append(("Wschód / zachód słońca", f"{hm(rise, t)} / {hm(fall, t)}"))
        n = 0
        if g["style"] == "numbered":
            n += 1
            c.text(x0, y, f"{n}. Informacje ogólne", size + 0.5, bold=True)
            y += lead
        for lab, val in head:
            c.text(x0 + (14 if g["style"] == "numbered" else 0), y, lab, size, bold=True)
            c.text(x0 + 150, y, val, size)
            y += lead
        y += 8
        if g["style"] == "numbered":
            n += 1
            c.text(x0, y, f"{n}. Godziny", size + 0.5, bold=True)
        else:
            c.text(x0, y, "GODZINY", size, bold=True)
        y += lead
        if g["style"] == "table":
            c.grid(x0, y - 11, [230.0, 90.0], [15.0] * len(times))
            for lab, val in times:
                bold = lab.startswith("Zbiórka ekipy")
                c.text(x0 + 5, y, lab, size - 0.5, bold=bold)
                c.text(x0 + 235, y, val, size - 0.5, bold=bold)
                y += 15
            y += 8
        else:
            for lab, val in times:
                bold = lab.startswith("Zbiórka ekipy")
                c.text(x0 + 14, y, f"\u2013  {lab}:", size, bold=bold)
                c.text(x0 + 250, y, val, size, bold=bold)
                y += lead
            y += 6
        blocks = [
            ("Miejsce zdjęć", [p.name, f"{p.street}, {p.city}", f"Plan: {g['set']}"]),
            ("Baza / parking", [p.base_street, p.base_city]),
            (
                "Najbliższy szpital (SOR)",
                [p.hospital, f"{p.hospital_street}, {p.hospital_city}", f"tel. {p.hospital_phone}"],
            ),
        ]
        for lab, lines in blocks:
            if g["style"] == "numbered":
                n += 1
                c.text(x0, y, f"{n}. {lab}", size + 0.5, bold=True)
            else:
                c.text(x0, y, lab.upper(), size, bold=True)
            y += lead
            for ln in lines:
                c.text(x0 + 14, y, ln, size)
                y += lead
            y += 6
        c.text(x0, y, "Numer alarmowy: 112", size)
        y += lead + 8
        c.text(x0, y, "SCENY", size, bold=True)
        y += lead
        for sc in g["scenes"]:
            y = _para(c, x0 + 14, y, sc, size, right - x0 - 14, lead)
        y += 8
        c.text(x0, y, "OBSADA", size, bold=True)
        y += lead
        for who, role, o in g["cast"]:
            c.text(
                x0 + 14,
                y,
                f"{who} ({role}) \u2013 charakteryzacja {hm(add_minutes(call, o), t)}",
                size,
            )
            y += lead
        y += 8
        nxt = (
            f"JUTRZEJSZA ZBIÓRKA: {day_text(tomorrow, g['next_style'])}, "
            f"{hm(g['next_call'], t)}, {g['next_place']}"
        )
        y = _para(c, x0, y, nxt, size, right - x0, lead, bold=True)
        y += 6
        _para(c, x0, y, g["notes"], size - 1, right - x0, lead - 2)
        grey(c, 110)
        c.text(x0, c.pdf.h - 30, g["footer"], 7.5)
        c.right(right, c.pdf.h - 30, "Strona 1 z 1", 7.5)
        black(c)
        return c.output()

    return _sheet(
        f"plan_{key}",
        "pl_word_plan",
        "Polish PLAN ZDJĘCIOWY typed in Word: a revision ('wersja 2', 'POPRAWIONY'), zbiórka "
        "produkcji / zbiórka ekipy / obiad / jutrzejsza zbiórka, the sent date besides the "
        "shooting date ('9 października 2026', '09.10.2026 r.')",
        make,
        expect(
            p,
            title,
            day,
            call,
            f"Plan: {g['set']}",
            sun=(rise, fall) if show_sun else (None, None),
        ),
    )


def _plan_sheets() -> list[Sheet]:
    return [
        _plan(
            "muzeumgniezno",
            "Pierwsza Stolica",
            D(2026, 10, 9),
            "07:00",
            {
                "style": "plain",
                "time_style": "pl",
                "date_style": "pl_long_r",
                "next_style": "pl_long_r",
                "company": "Lednica Film Sp. z o.o., ul. Chrobrego 18, 62-200 Gniezno",
                "sent": "Wysłano: 8 października 2026, 20:15",
                "revision": "wersja 2 (POPRAWIONY)",
                "day_of": "3 z 9",
                "director": "Marta Kujawa",
                "pm": "Tomasz Nowicki, tel. 601 555 210",
                "set": "sala ekspozycji stałej i dziedziniec",
                "scenes": [
                    "sc. 14 \u2013 WNĘTRZE. SALA EKSPOZYCJI \u2013 DZIEŃ (Anna, Kustosz)",
                    "sc. 15 \u2013 PLENER. DZIEDZINIEC \u2013 DZIEŃ (Anna)",
                ],
                "cast": [("Julia Mazur", "Anna", 15), ("Roman Kos", "Kustosz", 90)],
                "next_call": "07:30",
                "next_place": "Katedra Gnieźnieńska, ul. Łaskiego 9 (baza bez zmian)",
                "notes": "Uwagi: muzeum otwarte dla zwiedzających od 10:00 \u2013 sala "
                "ekspozycji do tego czasu zamknięta. Ciepłe ubrania na dziedziniec.",
                "footer": "Pierwsza Stolica \u2013 plan zdjęciowy, dzień 3, wersja 2",
            },
        ),
        _plan(
            "kopalniabochnia",
            "Sól Ziemi",
            D(2026, 10, 14),
            "08:00",
            {
                "style": "numbered",
                "sun": False,
                "time_style": "pl_dot",
                "date_style": "pl_dots_r",
                "next_style": "pl_dots_r",
                "company": "Raba Studio s.c., ul. Kazimierza Wielkiego 5, 32-700 Bochnia",
                "sent": "Data wysłania: 12.10.2026 r.",
                "revision": "wersja 2",
                "day_of": "1 z 4",
                "director": "Kamil Zając",
                "pm": "Ewa Lis, tel. 602 555 311",
                "set": "komora Ważyn, poziom August",
                "scenes": [
                    "sc. 3 \u2013 WNĘTRZE. KOMORA WAŻYN \u2013 DZIEŃ",
                    "sc. 4 \u2013 WNĘTRZE. CHODNIK \u2013 DZIEŃ",
                ],
                "cast": [("Piotr Wilk", "Górnik", 0), ("Oliwia Hajduk", "Przewodniczka", 45)],
                "next_call": "08:00",
                "next_place": "szyb Campi (jak dziś)",
                "notes": "Uwagi: zjazd szybem Campi grupami po 10 osób, kaski i latarki od "
                "kopalni. Temperatura pod ziemią ok. 14°C.",
                "footer": "Sól Ziemi \u2013 plan zdjęciowy nr 1 (wersja 2)",
            },
        ),
        _plan(
            "zamekcieszyn",
            "Trzy Brzegi",
            D(2026, 10, 20),
            "07:00",
            {
                "style": "table",
                "time_style": "pl",
                "date_style": "pl_gen",
                "next_style": "pl_gen",
                "company": "Olza Pictures, ul. Głęboka 21, 43-400 Cieszyn",
                "sent": "Wysłano: poniedziałek, 19 października 2026, 21:40",
                "revision": "POPRAWIONY",
                "fix": "POPRAWIONY: zbiórka ekipy przesunięta z 7:30 na 7:00 (wschód słońca).",
                "day_of": "5 z 12",
                "director": "Zofia Cieślar",
                "pm": "Adam Sikora, tel. 603 555 412",
                "set": "Rotunda i Wieża Piastowska",
                "scenes": [
                    "sc. 22 \u2013 PLENER. ROTUNDA \u2013 ŚWIT",
                    "sc. 23 \u2013 PLENER. WIEŻA PIASTOWSKA \u2013 DZIEŃ",
                ],
                "cast": [("Hanna Kubik", "Eliza", -15), ("Jan Mrózek", "Książę", 60)],
                "next_call": "08:00",
                "next_place": "Teatr im. A. Mickiewicza, pl. Teatralny 1",
                "notes": "Uwagi: wzgórze zamkowe otwarte dla spacerowiczów \u2013 ekipa ochrony od "
                "6:30. Sprzęt wnosimy od ul. Zamkowej.",
                "footer": "Trzy Brzegi \u2013 plan zdjęciowy, dzień 5 \u2013 POPRAWIONY",
            },
        ),
    ]


# --- (3) crew e-mails printed to PDF with no Subject: label ------------------------------------


def _mail(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    show_hosp = g.get("hospital", True)
    ctx = {
        "title": title,
        "date": day_text(day, g["date_style"]),
        "call": hm(call, g["time_style"]),
        "set": g["set"],
        "base": p.base,
        "hosp": f"{p.hospital}, {p.hospital_street}, {p.hospital_city} ({p.hospital_phone})",
        "lunch": hm(add_minutes(call, 330), g["time_style"]),
    }

    def make() -> bytes:
        c = Canvas("letter" if g["kind"] != "outlook" else "A4", "helvetica")
        W = c.width
        x0 = 54.0
        right = W - x0
        grey(c, 90)
        c.text(24, 18, g["print_stamp"], 7)
        c.right(W - 24, 18, g["print_title"], 7)
        black(c)
        y = 60.0
        if g["kind"] == "outlook":
            # Outlook's memo print: the mailbox owner's name over a thick rule, the header block,
            # then the subject as a bold line with no label
            c.text(x0, y, g["owner"], 13, bold=True)
            c.hline(x0, right, y + 7, 2.2)
            y += 26
            for lab, val in [
                ("From:", g["from"]),
                ("Sent:", g["sent"]),
                ("To:", g["to"]),
                ("Cc:", g["cc"]),
            ]:
                c.text(x0, y, lab, 9.5, bold=True)
                c.text(x0 + 60, y, val, 9.5)
                y += 13
            y += 8
            c.text(x0, y, g["subject"], 11, bold=True)
            y += 26
        elif g["kind"] == "gmail":
            c.text(x0, y, "Gmail", 14, bold=True)
            c.right(right, y, g["owner"], 9)
            c.hline(x0, right, y + 8, 0.6)
            y += 36
            c.text(x0, y, g["subject"], 15, bold=True)
            y += 14
            grey(c, 100)
            c.text(x0, y, "1 message", 8.5)
            black(c)
            c.hline(x0, right, y + 7, 0.4)
            y += 24
            c.text(x0, y, g["from"], 9.5, bold=True)
            c.right(right, y, g["sent"], 9)
            y += 13
            c.text(x0, y, f"To: {g['to']}", 9)
            y += 28
        else:
            # Outlook on the web: the subject as the first big line, the sender under initials
            c.text(x0, y, g["subject"], 16)
            y += 30
            fill(c, x0, y - 16, 26, 26, 200)
            c.text(x0 + 5, y + 1, g["initials"], 10, bold=True)
            c.text(x0 + 36, y - 5, g["from"], 10, bold=True)
            grey(c, 90)
            c.text(x0 + 36, y + 8, g["sent"], 8.5)
            c.text(x0 + 36, y + 20, f"To: {g['to']}", 8.5)
            black(c)
            y += 48
        for para in g["body"]:
            if not show_hosp and "{hosp}" in para:
                continue
            if para.startswith("@"):
                # the address on a line of its own
                for ln in para[1:].format(**ctx).split("|"):
                    c.text(x0, y, ln.format(**ctx), 10.5)
                    y += 14
                y += 8
                continue
            y = _para(c, x0, y, para.format(**ctx), 10.5, right - x0, 14) + 8
        grey(c, 90)
        c.text(24, c.pdf.h - 16, g["print_foot"], 7)
        c.right(W - 24, c.pdf.h - 16, "1/1", 7)
        black(c)
        return c.output()

    return _sheet(
        f"mail_{key}",
        "crew_mail_no_subject",
        "crew e-mail printed to PDF with no 'Subject:' label (Outlook memo: From / Sent / To then "
        "the subject in bold; Gmail: the subject as the first big line and '1 message'), the call "
        "in a sentence ('Call is 7:00am at ...'), the address on its own line",
        make,
        expect(p, title, day, call, "", sun=(None, None), hospital="" if show_hosp else None),
    )


def _mail_sheets() -> list[Sheet]:
    return [
        _mail(
            "lbt",
            "The Colne Valley",
            D(2026, 10, 15),
            "07:00",
            {
                "kind": "outlook",
                "time_style": "am",
                "date_style": "uk_plain",
                "print_stamp": "",
                "print_title": "",
                "print_foot": "",
                "owner": "Priya Shah",
                "from": "Ollie Brennan <ollie@holmefirthpictures.co.uk>",
                "sent": "14 October 2026 17:48",
                "to": "Colne Valley crew",
                "cc": "Priya Shah",
                "subject": "THE COLNE VALLEY - tomorrow's call",
                "set": "",
                "body": [
                    "Hi all,",
                    "Quick one for tomorrow, {date}. Call is {call} at the stage door of the "
                    "Lawrence Batley Theatre:",
                    "@Lawrence Batley Theatre|Queen Street, Huddersfield HD1 2SP",
                    "Parking is in the Southgate car park (tickets will be refunded). Breakfast "
                    "in the bar from 6:30am, lunch about {lunch}.",
                    "Nearest A&E is {hosp}.",
                    "Full call sheet to follow tonight. Thanks, Ollie (production coordinator)",
                ],
            },
        ),
        _mail(
            "hippodrome",
            "Mangrove",
            D(2026, 10, 9),
            "07:00",
            {
                "kind": "gmail",
                "time_style": "military",
                "date_style": "us_abbr",
                "print_stamp": "10/8/26, 8:03 PM",
                "print_title": "Gmail - MANGROVE Friday",
                "print_foot": "https://mail.google.com/mail/u/0/?ik=3f2a&view=pt&search=all",
                "owner": "Jordan Kemp <jordan.kemp.grip@gmail.com>",
                "subject": "MANGROVE Friday",
                "from": "Marisol Vega <marisol@swampcityfilms.com>",
                "sent": "Thu, Oct 8, 2026 at 7:42 PM",
                "to": "mangrove-crew@googlegroups.com",
                "set": "",
                "body": [
                    "Hey team!",
                    "{title} is back on for {date}: crew call {call} at the Hippodrome, load "
                    "in through the stage door on SE 2nd Pl.",
                    "@Hippodrome Theatre|25 SE 2nd Pl|Gainesville, FL 32601",
                    "Park in the SE Depot Ave garage ({base}), NOT on 2nd Pl. Lunch around "
                    "{lunch}.",
                    "Closest ER: {hosp}.",
                    "See everyone Friday - M.",
                ],
            },
        ),
        _mail(
            "senator",
            "Orchard Street",
            D(2026, 10, 22),
            "06:30",
            {
                "kind": "owa",
                "hospital": False,
                "time_style": "h24",
                "date_style": "us_long",
                "print_stamp": "10/21/2026",
                "print_title": "Mail - Sam Reyes - Outlook",
                "print_foot": "https://outlook.office.com/mail/inbox/id/AAQkAGI2",
                "subject": "tmrw - Orchard Street day 2",
                "initials": "DW",
                "from": "Dana Whitfield <dana@buttecountyfilms.com>",
                "sent": "Wed 10/21/2026 6:02 PM",
                "to": "Orchard Street Crew",
                "set": "",
                # HARD: the day is only "tomorrow (Thursday the 22nd)", the month and year are
                # the sent line's
                "body": [
                    "Hi everyone,",
                    "Day 2 of {title}: crew call {call} tomorrow (Thursday the 22nd) at the "
                    "Senator, same as today.",
                    "@Senator Theatre|517 Main St, Chico, CA 95928",
                    "Parking at the municipal lot ({base}). Lunch {lunch}.",
                    "Thanks! Dana",
                ],
            },
        ),
    ]


# --- (4) UK drama unit call sheets: UNIT CALL, Shooting Day n of m, several sets -----------------


def _unit(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "h24"

    def make() -> bytes:
        c = Canvas("A4", "helvetica")
        W = c.width
        x0 = 34.0
        right = W - x0
        top = 34.0
        third = (right - x0) / 3
        # header: company left, title centre, date and sun right
        yy = top + 10
        for i, ln in enumerate(g["company"]):
            fit(c, x0, yy, ln, 10 if i == 0 else 7.5, third - 8, bold=i == 0)
            yy += 11
        cx = x0 + third
        mid = cx + third / 2
        ty = top + 14
        for txt, size, bold in [
            (title.upper(), 15, True),
            (f"CALL SHEET No. {g['no']}", 9.5, True),
            (g["day_of"], 9.5, False),
        ]:
            w = min(measure(c, txt, size, bold=bold), third + 10)
            fit(c, mid - w / 2, ty, txt, size, third + 10, bold=bold)
            ty += 15
        ry = top + 10
        for txt, bold in [
            (day_text(day, g["date_style"]), True),
            (f"Sunrise {hm(rise, t)}   Sunset {hm(fall, t)}", False),
            *[(w, False) for w in g["weather"]],
        ]:
            c.right(right, ry, txt, 9 if bold else 8, bold=bold)
            ry += 12
        y = top + 62
        c.hline(x0, right, y, 1.2)
        y += 8
        if g["layout"] == "table":
            c.box(x0, y, right - x0, 26, 1.4)
            c.text(x0 + 10, y + 18, f"UNIT CALL {hm(call, t)}", 15, bold=True)
            rest = "   ".join(
                [
                    f"Breakfast {hm(add_minutes(call, -45), t)}",
                    f"Rehearse {hm(add_minutes(call, 15), t)}",
                    f"Lunch {hm(add_minutes(call, 330), t)}",
                    f"Wrap {hm(add_minutes(call, 660), t)}",
                ]
            )
            c.right(right - 10, y + 17, rest, 8.5)
            y += 44
            y = _table(
                c,
                x0,
                y,
                ["SET", "LOCATION", "ADDRESS"],
                [0, 170, 330],
                [
                    (g["set"], p.name, p.address),
                    *g["sets2"],
                ],
                right,
                ruled=True,
            )
        else:
            half = (right - x0 - 12) / 2
            c.box(x0, y, half, 48, 1.4)
            c.text(x0 + 10, y + 20, "UNIT CALL", 10, bold=True)
            c.text(x0 + 10, y + 42, hm(call, t), 20, bold=True)
            xx = x0 + half + 12
            c.box(xx, y, half, 48, 0.5)
            ty = y + 13
            for lab, o in [("Breakfast", -30), ("Turnover", 60), ("Lunch", 300), ("Wrap", 630)]:
                c.text(xx + 8, ty, lab, 8.5)
                c.text(xx + 90, ty, hm(add_minutes(call, o), t), 8.5)
                ty += 10.5
            y += 64
            for k, (head, lines) in enumerate(
                [("SET 1", [g["set"], p.name, p.street, p.city]), *g["blocks2"]]
            ):
                bx = x0 + (k % 2) * (half + 12)
                fill(c, bx, y, half, 13, 40)
                c.pdf.set_text_color(255, 255, 255)
                c.text(bx + 4, y + 10, head, 8, bold=True)
                black(c)
                ly = y + 25
                for ln in lines:
                    fit(c, bx + 4, ly, ln, 8.5, half - 8, bold=ln == lines[0])
                    ly += 11
                if k % 2 == 1:
                    y += 13 + 11 * 4 + 12
            if len(g["blocks2"]) % 2 == 0:
                y += 13 + 11 * 4 + 12
        # base and A&E side by side
        half = (right - x0 - 12) / 2
        c.text(x0, y, "UNIT BASE / CREW PARKING", 8.5, bold=True)
        c.text(x0 + half + 12, y, g.get("ae_label", "NEAREST A&E"), 8.5, bold=True)
        ly = y + 12
        for ln in [*g["base_lines"], p.base_street, p.base_city]:
            fit(c, x0, ly, ln, 8.5, half)
            ly += 11
        ly = y + 12
        for ln in [
            *g.get("minor", []),
            p.hospital,
            p.hospital_street,
            p.hospital_city,
            f"Tel: {p.hospital_phone}",
        ]:
            fit(c, x0 + half + 12, ly, ln, 8.5, half)
            ly += 11
        y = ly + 16
        y = _table(
            c,
            x0,
            y,
            ["SC", "SET / SYNOPSIS", "D/N", "PGS", "CAST", "SET"],
            [0, 30, 290, 330, 370, 450],
            g["scenes"],
            right,
            ruled=True,
        )
        y = _table(
            c,
            x0,
            y,
            ["No.", "ARTIST", "CHARACTER", "P/UP", "M/UP & COST.", "ON SET"],
            [0, 26, 150, 280, 340, 440],
            cast_times(
                g["cast"], call, functools.partial(hm, style=t), (-45, 0, 75), numbered=True
            ),
            right,
            ruled=True,
        )
        for ln in g["notes"]:
            y = _para(c, x0, y, ln, 8, right - x0, 10.5)
        grey(c, 110)
        c.text(x0, c.pdf.h - 20, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"unit_{key}",
        "uk_drama_unit",
        "UK drama unit call sheet: 'UNIT CALL 07:00', 'Shooting Day 14 of 42', 'Tuesday 13th "
        "October 2026', sunrise / sunset in the header, several sets (the first primary), 'Unit "
        "Base / Crew Parking', 'Nearest A&E'",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _unit_sheets() -> list[Sheet]:
    return [
        _unit(
            "cartwright",
            "The Wool Exchange",
            D(2026, 10, 13),
            "07:00",
            {
                "layout": "table",
                "no": "14",
                "day_of": "Shooting Day 14 of 42",
                "date_style": "uk_ordinal",
                "company": ["Aire Valley Drama Ltd", "Salts Mill, Victoria Road", "Shipley BD18"],
                "weather": ["Light rain, 11°C"],
                "set": "Int. Manor Gallery",
                "sets2": [
                    ("Ext. Lake Path", "Lister Park (boating lake)", "Lister Park, Bradford"),
                ],
                "base_lines": ["Unit base: Lister Park car park, Emm Lane entrance"],
                # HARD: a minor injuries unit is listed above the A&E under the same heading
                "ae_label": "NEAREST A&E / MINOR INJURIES",
                "minor": ["Minor injuries: St Luke's Hospital, Little Horton Lane (08:00-20:00)"],
                "scenes": [
                    (
                        "41",
                        "Int. Manor Gallery - Edith finds the letter",
                        "D",
                        "2 3/8",
                        "1, 3",
                        "1",
                    ),
                    (
                        "42",
                        "Int. Manor Gallery - Harold confronts Edith",
                        "D",
                        "1 6/8",
                        "1, 2",
                        "1",
                    ),
                    ("57", "Ext. Lake Path - the walk back", "D", "7/8", "1", "2"),
                ],
                "cast": [
                    ("Fiona Marsh", "EDITH", 0),
                    ("Daniel Okoro", "HAROLD", 30),
                    ("Alice Pym", "MAID", 90),
                ],
                "notes": [
                    "Cartwright Hall is open to the public from 10:00: quiet on the ground floor.",
                    "No vehicles beyond the Emm Lane gate. Walkie channel 1 unit, 2 production.",
                ],
                "footer": "The Wool Exchange  ·  Call Sheet 14  ·  Aire Valley Drama Ltd",
            },
        ),
        _unit(
            "towner",
            "Beachy Head",
            D(2026, 10, 20),
            "07:30",
            {
                "layout": "blocks",
                "no": "9",
                "day_of": "Shooting Day 9 of 30",
                "date_style": "uk_ordinal_caps",
                "company": ["Seven Sisters Films", "Grove Road, Eastbourne BN21 4TL"],
                "weather": ["Sunny spells, 14°C", "Wind SW 18 mph"],
                "set": "Int. Gallery & Café",
                "blocks2": [
                    (
                        "SET 2",
                        [
                            "Ext. Bandstand",
                            "Eastbourne Bandstand",
                            "Grand Parade",
                            "Eastbourne BN21 3AD",
                        ],
                    ),
                ],
                "base_lines": ["Unit base & crew parking:"],
                "scenes": [
                    ("12", "Int. Gallery - Rose meets Tom", "D", "2 1/8", "1, 2", "1"),
                    ("13", "Int. Café - Rose alone", "D", "5/8", "1", "1"),
                    ("30", "Ext. Bandstand - the concert", "D", "1 4/8", "1, 2, 5", "2"),
                ],
                "cast": [
                    ("Lily Hart", "ROSE", 0),
                    ("Sam Ellery", "TOM", 45),
                    ("Bill Cato", "CONDUCTOR", 240),
                ],
                "notes": [
                    "Company move to the Bandstand after lunch. Towner opens at 10:00: café "
                    "scenes first.",
                ],
                "footer": "Beachy Head  ·  Call Sheet No. 9  ·  Seven Sisters Films",
            },
        ),
        _unit(
            "cusworth",
            "Railway Children of the Don",
            D(2026, 10, 29),
            "08:00",
            {
                "layout": "blocks",
                "no": "22",
                "day_of": "Shooting Day 22 of 40",
                "date_style": "uk_ordinal",
                "company": ["Don Valley Pictures", "Priory Place, Doncaster DN1 1BP"],
                "weather": ["Overcast, 10°C"],
                "set": "Int. Great Hall & Chapel",
                "blocks2": [
                    ("SET 2", ["Ext. Terrace", "Cusworth Hall (as Set 1)", "", ""]),
                    (
                        "SET 3",
                        [
                            "Int. Minster Nave",
                            "Doncaster Minster",
                            "Church Street",
                            "Doncaster DN1 1RD",
                        ],
                    ),
                ],
                "base_lines": ["Base: visitor car park (trucks on the lower field)"],
                "scenes": [
                    ("88", "Int. Great Hall - the dance", "N", "3 2/8", "1, 2, 4", "1"),
                    ("89", "Int. Chapel - Mary prays", "N", "6/8", "2", "1"),
                    ("90", "Ext. Terrace - dawn", "D", "4/8", "1", "2"),
                    ("102", "Int. Minster Nave - the wedding", "D", "2", "1, 2, 3, 4", "3"),
                ],
                "cast": [
                    ("Ruby Fenwick", "MARY", 0),
                    ("Tom Abara", "GEORGE", 15),
                    ("Ken Mills", "VICAR", 300),
                    ("Joan Pell", "MRS WADE", 30),
                ],
                "notes": [
                    "Chapel: no more than 12 crew inside. Minster from 14:00 (Set 3), travel "
                    "15 mins, unit base stays at Cusworth.",
                ],
                "footer": "Railway Children of the Don  ·  Call Sheet 22",
            },
        ),
    ]


# --- (5) spreadsheet exports: merged header cells, gridlines, letters and row numbers ----------

Cell = tuple[str, int, str]  # text, columns spanned, flags: b bold, h shaded, d dark, c centred


def _grid_rows(
    c: Canvas,
    x: float,
    y: float,
    widths: list[float],
    rows: list[list[Cell]],
    rh: float,
    *,
    numbers: int | None = None,
) -> float:
    """Spreadsheet rows with merged cells ruled as gridlines; row numbers at the left edge from
    `numbers` if given. Returns the y under the last row."""
    for r, row in enumerate(rows):
        if numbers is not None:
            fill(c, x - 22, y, 22, rh, 232)
            c.box(x - 22, y, 22, rh, 0.3)
            grey(c, 90)
            c.right(x - 4, y + rh - 4, str(numbers + r), 7)
            black(c)
        col = 0
        for text, span, flags in row:
            cx = x + sum(widths[:col])
            w = sum(widths[col : col + span])
            if "d" in flags:
                fill(c, cx, y, w, rh, 45)
                c.pdf.set_text_color(255, 255, 255)
            elif "h" in flags:
                fill(c, cx, y, w, rh, 220)
            c.pdf.set_draw_color(150, 150, 150)
            c.box(cx, y, w, rh, 0.3)
            c.pdf.set_draw_color(0, 0, 0)
            if text:
                size = 10 if "d" in flags else 8
                if "c" in flags:
                    tw = min(measure(c, text, size, bold="b" in flags), w - 6)
                    fit(c, cx + (w - tw) / 2, y + rh - 4.5, text, size, w - 6, bold="b" in flags)
                else:
                    fit(c, cx + 3, y + rh - 4.5, text, size, w - 6, bold="b" in flags)
            black(c)
            col += span
        y += rh
    return y


def _xls(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time_style"]

    def make() -> bytes:
        c = Canvas(g["page"], "helvetica")
        W = c.width
        heads = g.get("headings", False)
        x0 = 54.0 if heads else 36.0
        right = W - 36.0
        n = 6
        widths = [(right - x0) / n] * n
        grey(c, 80)
        for pos, txt in g["print_header"]:
            if pos == "l":
                c.text(24, 20, txt, 7.5)
            elif pos == "c":
                c.text((W - measure(c, txt, 7.5)) / 2, 20, txt, 7.5)
            else:
                c.right(W - 24, 20, txt, 7.5)
        black(c)
        y = 40.0
        rh = 16.0
        if heads:
            fill(c, x0 - 22, y, 22, 12, 232)
            c.box(x0 - 22, y, 22, 12, 0.3)
            for i, letter in enumerate("ABCDEF"):
                cx = x0 + sum(widths[:i])
                fill(c, cx, y, widths[i], 12, 232)
                c.box(cx, y, widths[i], 12, 0.3)
                grey(c, 90)
                c.text(cx + widths[i] / 2 - 2.5, y + 9, letter, 7)
                black(c)
            y += 12
        vals = {
            "date": day_text(day, g["date_style"]),
            "call": hm(call, t),
            "shoot": hm(add_minutes(call, 60), t),
            "lunch": hm(add_minutes(call, 330), t),
            "wrap": hm(add_minutes(call, 660), t),
            "rise": hm(rise, t),
            "fall": hm(fall, t),
        }
        rows: list[list[Cell]] = [
            [(title.upper(), 6, "dbc")],
            [(g["company"], 3, "b"), ("CALL SHEET", 3, "bc")],
        ]
        for spec in g["rows"]:
            row: list[Cell] = []
            for text, span, flags in spec:
                row.append((text.format(**vals, p=p, set=g["set"]), span, flags))
            rows.append(row)
        rows.append([("", 6, "")])
        rows.append([("SCHEDULE", 6, "hb")])
        rows.append([("TIME", 1, "hb"), ("ACTIVITY", 5, "hb")])
        rows += [[(hm(add_minutes(call, o), t), 1, ""), (w, 5, "")] for o, w in g["plan"]]
        rows.append([("", 6, "")])
        rows.append([("DEPT", 2, "hb"), ("NAME", 2, "hb"), ("PHONE", 1, "hb"), ("CALL", 1, "hb")])
        rows += [
            [(a, 2, ""), (b, 2, ""), (ph, 1, ""), (hm(add_minutes(call, o), t), 1, "")]
            for a, b, ph, o in g["crew"]
        ]
        _grid_rows(c, x0, y, widths, rows, rh, numbers=1 if heads else None)
        grey(c, 80)
        for pos, txt in g["print_footer"]:
            if pos == "l":
                c.text(24, c.pdf.h - 16, txt, 7.5)
            elif pos == "c":
                c.text((W - measure(c, txt, 7.5)) / 2, c.pdf.h - 16, txt, 7.5)
            else:
                c.right(W - 24, c.pdf.h - 16, txt, 7.5)
        black(c)
        return c.output()

    return _sheet(
        f"xls_{key}",
        "sheet_export_gridlines",
        "spreadsheet export (Google Sheets / Excel print to PDF): merged header cells, gridlines, "
        "label / value cells; column letters and row numbers at the edge on two, the file name in "
        "the print header on one",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _xls_sheets() -> list[Sheet]:
    return [
        _xls(
            "foxbakersfield",
            "Oildale Nights",
            D(2026, 10, 9),
            "07:00",
            {
                "page": "letter",
                "headings": True,
                "time_style": "us",
                "date_style": "us_long",
                # HARD: the browser's print header carries the print date, two days earlier
                "print_header": [("l", "10/7/26, 4:12 PM"), ("c", "Oildale Nights - Call Sheet")],
                "print_footer": [
                    ("l", "https://docs.google.com/spreadsheets/d/1qR7xK/edit#gid=0"),
                    ("r", "1/1"),
                ],
                "company": "Kern River Pictures",
                "set": "Auditorium and the marquee",
                "rows": [
                    [("DATE", 1, "hb"), ("{date}", 3, "b"), ("DAY", 1, "hb"), ("2 of 6", 1, "")],
                    [
                        ("CREW CALL", 1, "hb"),
                        ("{call}", 1, "b"),
                        ("SHOOTING", 1, "hb"),
                        ("{shoot}", 1, ""),
                        ("LUNCH", 1, "hb"),
                        ("{lunch}", 1, ""),
                    ],
                    [("LOCATION", 1, "hb"), ("{p.name}", 5, "")],
                    [("ADDRESS", 1, "hb"), ("{p.street}, {p.city}", 5, "")],
                    [("SET", 1, "hb"), ("{set}", 5, "")],
                    [("PARKING", 1, "hb"), ("{p.base_street}, {p.base_city}", 5, "")],
                    [("HOSPITAL", 1, "hb"), ("{p.hospital}, {p.hospital_street}", 5, "")],
                    [("", 1, "hb"), ("{p.hospital_city}  {p.hospital_phone}", 5, "")],
                    [
                        ("SUNRISE", 1, "hb"),
                        ("{rise}", 1, ""),
                        ("SUNSET", 1, "hb"),
                        ("{fall}", 1, ""),
                        ("WEATHER", 1, "hb"),
                        ("Clear, 84°F", 1, ""),
                    ],
                ],
                "plan": [
                    (0, "Crew call, load in at the H St doors"),
                    (60, "Shooting: auditorium"),
                    (330, "Lunch"),
                    (390, "Marquee exteriors"),
                ],
                "crew": [
                    ("Producer", "Alma Ortega", "661-555-0110", 0),
                    ("1st AD", "Brett Kohl", "661-555-0121", -15),
                    ("DP", "Inez Salazar", "661-555-0132", 0),
                    ("Gaffer", "Ray Dunn", "661-555-0143", -30),
                ],
            },
        ),
        _xls(
            "virginia",
            "Prairie Signal",
            D(2026, 10, 16),
            "06:45",
            {
                "page": "letter",
                "headings": False,
                "time_style": "h24",
                "date_style": "us_wd_short",
                "print_header": [("c", "PrairieSignal_CallSheet_v3.xlsx")],
                "print_footer": [("c", "Page 1")],
                "company": "Boneyard Creek Media LLC",
                "set": "Stage, house and the projection booth",
                "rows": [
                    [
                        ("Date", 1, "hb"),
                        ("{date}", 2, "b"),
                        ("Crew Call", 1, "hb"),
                        ("{call}", 2, "b"),
                    ],
                    [
                        ("Shoot Call", 1, "hb"),
                        ("{shoot}", 2, ""),
                        ("Est. Wrap", 1, "hb"),
                        ("{wrap}", 2, ""),
                    ],
                    [("Location", 1, "hb"), ("{p.name}, {p.street}, {p.city}", 5, "")],
                    [("Set", 1, "hb"), ("{set}", 5, "")],
                    [("Parking", 1, "hb"), ("{p.base_street}, {p.base_city}", 5, "")],
                    [
                        ("Nearest ER", 1, "hb"),
                        ("{p.hospital}, {p.hospital_street}, {p.hospital_city}", 5, ""),
                    ],
                    [
                        ("Sunrise", 1, "hb"),
                        ("{rise}", 2, ""),
                        ("Sunset", 1, "hb"),
                        ("{fall}", 2, ""),
                    ],
                ],
                "plan": [
                    (0, "Crew call"),
                    (75, "Stage: band performance"),
                    (330, "Lunch (lobby)"),
                    (390, "Projection booth"),
                ],
                "crew": [
                    ("Producer", "Kendra Voss", "217-555-0154", 0),
                    ("Director", "Theo Marsh", "217-555-0165", 0),
                    ("Sound", "Yusuf Adeyemi", "217-555-0176", -15),
                ],
            },
        ),
        _xls(
            "hinkler",
            "Rum City",
            D(2026, 10, 23),
            "06:30",
            {
                "page": "A4",
                "headings": True,
                "time_style": "am",
                "date_style": "au_long",
                "print_header": [],
                "print_footer": [("l", "Sheet1"), ("r", "Page 1 of 1")],
                "company": "Burnett Heads Productions Pty Ltd",
                "set": "Hangar floor and Bert Hinkler's house",
                "rows": [
                    [("SHOOT DATE", 2, "hb"), ("{date}", 4, "b")],
                    [("CREW CALL", 2, "hb"), ("{call}", 4, "b")],
                    [
                        ("FIRST SHOT", 2, "hb"),
                        ("{shoot}", 1, ""),
                        ("LUNCH", 2, "hb"),
                        ("{lunch}", 1, ""),
                    ],
                    [("LOCATION", 2, "hb"), ("{p.name}", 4, "")],
                    [("", 2, "h"), ("{p.street}, {p.city}", 4, "")],
                    [("SET", 2, "hb"), ("{set}", 4, "")],
                    [("UNIT BASE", 2, "hb"), ("{p.base_street}", 4, "")],
                    [("HOSPITAL (ED)", 2, "hb"), ("{p.hospital}, {p.hospital_street}", 4, "")],
                    [("", 2, "h"), ("{p.hospital_city}  {p.hospital_phone}", 4, "")],
                    [
                        ("SUNRISE", 2, "hb"),
                        ("{rise}", 1, ""),
                        ("SUNSET", 2, "hb"),
                        ("{fall}", 1, ""),
                    ],
                ],
                "plan": [
                    (0, "Crew call, unit base"),
                    (60, "Hangar: aircraft reveal"),
                    (300, "Lunch"),
                    (360, "Hinkler House interiors"),
                ],
                "crew": [
                    ("Producer", "Shelley Gough", "0412 555 410", 0),
                    ("1st AD", "Mick Tran", "0412 555 421", -15),
                    ("DOP", "Ana Ruiz", "0412 555 432", 0),
                ],
            },
        ),
    ]


# --- (6) US documentary / reality field shoots: SHOOT DATE, CALL TIME, MEET AT -----------------


def _field(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time_style"]
    show_sun = g.get("sun", True)

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        x0 = 50.0
        right = W - x0
        c.text(x0, 50, g["company"], 9, bold=True)
        c.right(right, 50, "FIELD SHOOT CALL SHEET", 12, bold=True)
        c.hline(x0, right, 57, 1.0)
        c.text(x0, 82, title.upper(), 18, bold=True)
        c.text(x0, 96, g["episode"], 9.5)
        y = 122.0
        rows = [
            ("SHOOT DATE", day_text(day, g["date_style"])),
            ("CALL TIME", hm(call, t)),
            ("MEET AT", g["meet"]),
            ("LOCATION", p.name),
            ("LOCATION ADDRESS", p.address),
            ("SCENE / STORY", g["set"]),
            ("ON-SITE CONTACT", g["contact"]),
            ("SUBJECT(S)", g["subjects"]),
        ]
        if show_sun:
            rows.append(("SUNRISE / SUNSET", f"{hm(rise, t)} / {hm(fall, t)}"))
        rows.append(("NEAREST HOSPITAL", f"{p.hospital}, {p.hospital_address}"))
        rows.append(("", p.hospital_phone))
        if g["layout"] == "list":
            for lab, val in rows:
                c.text(x0, y, f"{lab}:" if lab else "", 9, bold=True)
                fit(c, x0 + 130, y, val, 10, right - x0 - 130, bold=lab == "CALL TIME")
                y += 16
        else:
            lw = 120.0
            c.grid(x0, y - 12, [lw, right - x0 - lw], [17.0] * len(rows))
            for lab, val in rows:
                if lab:
                    fill(c, x0 + 0.5, y - 11.5, lw - 1, 16, 225)
                c.text(x0 + 5, y, lab, 8.5, bold=True)
                fit(c, x0 + lw + 5, y, val, 9.5, right - x0 - lw - 10, bold=lab == "CALL TIME")
                y += 17
        y += 14
        c.text(x0, y, "CREW", 9.5, bold=True)
        y = _table(
            c,
            x0,
            y + 14,
            ["ROLE", "NAME", "CELL", "CALL"],
            [0, 130, 290, 420],
            crew_times(g["crew"], call, functools.partial(hm, style=t)),
            right,
        )
        c.text(x0, y, "SCHEDULE", 9.5, bold=True)
        y = _table(
            c,
            x0,
            y + 14,
            ["TIME", "WHAT", "WHERE"],
            [0, 70, 330],
            [(hm(add_minutes(call, o), t), w, wh) for o, w, wh in g["plan"]],
            right,
        )
        c.text(x0, y, "GEAR", 9.5, bold=True)
        y = _para(c, x0, y + 14, g["gear"], 9, right - x0, 12) + 8
        c.text(x0, y, "NOTES", 9.5, bold=True)
        y = _para(c, x0, y + 14, g["notes"], 9, right - x0, 12)
        grey(c, 120)
        c.text(x0, c.pdf.h - 22, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"field_{key}",
        "us_doc_field",
        "US documentary / reality field-shoot one-pager: SHOOT DATE, CALL TIME, MEET AT, "
        "LOCATION ADDRESS, SUBJECT(S), NEAREST HOSPITAL; '7:30a', '0730 hrs'",
        make,
        expect(
            p,
            title,
            day,
            call,
            g["set"],
            sun=(rise, fall) if show_sun else (None, None),
        ),
    )


def _field_sheets() -> list[Sheet]:
    return [
        _field(
            "oldwest",
            "Rodeo Road",
            D(2026, 10, 9),
            "07:30",
            {
                "layout": "list",
                "time_style": "a",
                "date_style": "us_long",
                "company": "HIGH PLAINS UNSCRIPTED",
                "episode": 'Ep. 203 "The Last Go-Round"  ·  Field Unit B',
                "meet": "Museum front lot (on location)",
                "set": "Carriage hall interview; arena B-roll",
                "contact": "Lena Ortiz, museum events, 307-555-0188",
                "subjects": "Cody Rawlins (bronc rider), Mae Rawlins (his mother)",
                "crew": [
                    ("Field Producer", "Jess Albrecht", "307-555-0110", 0),
                    ("Shooter", "Ty Nakamura", "307-555-0121", 0),
                    ("Audio", "Rosa Beck", "307-555-0132", 0),
                    ("PA", "Luke Fenn", "307-555-0143", -30),
                ],
                "plan": [
                    (0, "Crew call, load in", "Front lot"),
                    (60, "Sit-down interview: Cody & Mae", "Carriage hall"),
                    (240, "Lunch", "Crew van"),
                    (300, "B-roll: arena and chutes", "Frontier Park arena"),
                ],
                "gear": "FX6 kit x2, 2 wireless lavs + boom, 2x LED panels, slider, drone "
                "(Part 107: Ty).",
                "notes": "Releases for everyone on camera. Museum opens at 9:00a: interview "
                "set up before then.",
                "footer": "High Plains Unscripted  ·  Rodeo Road  ·  confidential",
            },
        ),
        _field(
            "rivermuseum",
            "Big River Keepers",
            D(2026, 10, 15),
            "07:30",
            {
                "layout": "grid",
                "sun": False,
                "time_style": "hrs",
                "date_style": "us_caps",
                "company": "DRIFTLESS DOCS",
                "episode": "Episode 4  ·  Shoot 2 of 3  ·  Documentary series",
                "meet": "Main entrance, river side (lobby)",
                "set": "Aquarium feeding and the dredge boat",
                "contact": "Marcus Hale, aquarist, 563-555-0190",
                "subjects": "Dr. Ellen Park (curator), Marcus Hale",
                "crew": [
                    ("Director/Producer", "Noor Qureshi", "563-555-0101", 0),
                    ("DP", "Caleb Stroud", "563-555-0112", 0),
                    ("Sound", "Gia Moreno", "563-555-0123", 0),
                ],
                "plan": [
                    (0, "Call, gear check", "Lobby"),
                    (30, "Feeding: Marcus", "Main aquarium"),
                    (180, "Interview: Dr. Park", "Board room"),
                    (300, "Lunch", "Café"),
                    (360, "Dredge boat William M. Black", "Dock"),
                ],
                "gear": "C300 Mk III, 24-70, 70-200, wide prime, 3 lavs, Sennheiser 416, "
                "Aputure 300d + 2 tubes.",
                "notes": "Closed-toe shoes on the boat. Aquarium glass: no lights against it.",
                "footer": "Driftless Docs  ·  Big River Keepers  ·  Call sheet",
            },
        ),
        _field(
            "tsunami",
            "Wave Chasers",
            D(2026, 10, 21),
            "06:15",
            {
                "layout": "grid",
                "time_style": "a",
                "date_style": "us_abbr",
                "company": "MAUNA KEA REALITY LLC",
                "episode": "Season 2, Ep. 7  ·  Hilo field day",
                # HARD: the crew meets at the hotel at call and convoys to the location
                "meet": "Grand Naniloa Hotel lobby, 93 Banyan Dr (convoy to location)",
                "set": "Exhibit hall and the bayfront",
                "contact": "Keoni Kahale, museum, 808-555-0177",
                "subjects": "Auntie Lei Kamaka (1960 survivor), the Chasers cast",
                "crew": [
                    ("Showrunner", "Brooke Dalton", "808-555-0140", 0),
                    ("Story Producer", "Manu Alapa", "808-555-0151", 0),
                    ("Camera A", "Jon Reyes", "808-555-0162", 0),
                    ("Audio", "Kai Moana", "808-555-0173", 0),
                ],
                "plan": [
                    (0, "Meet at hotel, convoy", "Grand Naniloa lobby"),
                    (30, "Arrive, set up", "Pacific Tsunami Museum"),
                    (90, "Interview: Auntie Lei", "Exhibit hall"),
                    (300, "Lunch", "Ken's House of Pancakes"),
                    (360, "Cast walk and talk", "Bayfront"),
                ],
                "gear": "2x FX9, gimbal, 4 lavs, boom, 2 GoPros for the van, rain covers.",
                "notes": "Afternoon showers likely: rain covers on everything. Respect the "
                "survivor stories: no sound effects on set.",
                "footer": "Mauna Kea Reality LLC  ·  Wave Chasers S2",
            },
        ),
    ]


# --- near misses: share call-sheet words, are not call sheets ----------------------------------


def _budget() -> bytes:
    """A commercial's budget summary over four pages: a top sheet, then account details."""
    c = Canvas("letter", "helvetica")
    W = c.width
    x0 = 48.0
    right = W - x0
    c.text(x0, 50, "PRODUCTION BUDGET SUMMARY", 15, bold=True)
    c.right(right, 50, "Kempenfelt Film Co.", 9, bold=True)
    c.hline(x0, right, 58, 1.0)
    y = 82.0
    for lab, val in [
        ("Project:", "First Frost (:30 / :15)"),
        ("Client / Agency:", "Simcoe Outdoor Co. / Northbay Creative"),
        ("Prep days:", "3 (Oct 5/26 - Oct 7/26)"),
        ("Shoot days:", "2 (Fri. Oct. 9, 2026 and Sat. Oct. 10, 2026), 10 hr days"),
        ("Wrap / post:", "Oct 13/26 - Oct 30/26"),
        ("Locations:", "MacLaren Art Centre, 37 Mulcaster St, Barrie, ON"),
        ("Bid date:", "Sept. 18, 2026  ·  Revision 2"),
    ]:
        c.text(x0, y, lab, 9, bold=True)
        c.text(x0 + 110, y, val, 9)
        y += 13
    y += 12
    accounts = [
        ("A", "Pre-production & wrap crew", "18,400.00"),
        ("B", "Shooting crew labour", "46,250.00"),
        ("C", "Location & travel", "9,800.00"),
        ("D", "Props, wardrobe, animals", "6,150.00"),
        ("E", "Studio rental & expenses", "0.00"),
        ("F", "Art department labour", "7,900.00"),
        ("G", "Equipment rental", "21,300.00"),
        ("H", "Film stock / media & lab", "1,200.00"),
        ("I", "Talent & talent expenses", "12,750.00"),
        ("J", "Editorial & post", "24,000.00"),
        ("K", "Insurance", "2,900.00"),
        ("L", "Production fee (12%)", "18,078.00"),
    ]
    y = _table(c, x0, y, ["ACCT", "DESCRIPTION", "ESTIMATE (CAD)"], [0, 50, 380], accounts, right)
    c.text(x0 + 250, y, "GRAND TOTAL (CAD)", 10, bold=True)
    c.right(right, y, "168,728.00", 10, bold=True)
    y += 24
    _para(
        c,
        x0,
        y,
        "HST extra. Weather day at 50% of shooting crew labour. Budget valid 30 "
        "days from the bid date.",
        8.5,
        right - x0,
        11,
    )
    c.text(x0, c.pdf.h - 24, "Budget summary  ·  Page 1 of 4", 7)
    details = [
        (
            "B. SHOOTING CREW LABOUR",
            [
                ("B1", "Director", "2 days", "6,000.00"),
                ("B2", "1st AD", "2 days + 1 prep", "2,850.00"),
                ("B3", "DOP", "2 days + 1 prep", "5,400.00"),
                ("B4", "Gaffer", "2 days", "1,600.00"),
                ("B5", "Key grip", "2 days", "1,500.00"),
                ("B6", "Hair & makeup", "2 days", "1,300.00"),
            ],
        ),
        (
            "C. LOCATION & TRAVEL",
            [
                ("C1", "Location fee: MacLaren Art Centre", "2 days", "5,000.00"),
                ("C2", "Police / paid duty", "8 hrs", "900.00"),
                ("C3", "Parking permits (Collier St)", "2 days", "400.00"),
                ("C4", "Catering (40 pax)", "2 days", "3,500.00"),
            ],
        ),
        (
            "G. EQUIPMENT RENTAL",
            [
                ("G1", "Camera package", "2 days", "9,800.00"),
                ("G2", "Lighting & grip package", "2 days", "8,200.00"),
                ("G3", "Grip truck & generator", "2 days", "3,300.00"),
            ],
        ),
    ]
    for n, (head, rows) in enumerate(details, 2):
        c.new_page()
        c.text(x0, 50, "First Frost  -  Budget detail", 12, bold=True)
        c.hline(x0, right, 58, 0.8)
        c.text(x0, 82, head, 10, bold=True)
        _table(c, x0, 100, ["LINE", "ITEM", "UNITS", "AMOUNT"], [0, 40, 300, 400], rows, right)
        c.text(x0, c.pdf.h - 24, f"Budget summary  ·  Page {n} of 4", 7)
    return c.output()


def _screenplay() -> bytes:
    """Two pages of a screenplay in Courier: scene headings, action and dialogue."""
    c = Canvas("letter", "courier")
    x0 = 108.0
    size = 12.0
    lead = 12.0
    pages = [
        [
            ("h", "FADE IN:"),
            ("", ""),
            ("h", "INT. HIPPODROME THEATRE - STAGE DOOR - NIGHT"),
            ("", ""),
            (
                "a",
                "Rain on the brick. MARISOL (40s), headset round her neck, reads a folded "
                "call sheet under the exit sign.",
            ),
            ("", ""),
            ("c", "MARISOL"),
            ("d", "Crew call is seven. Seven. Not seven-thirty, not 'around seven'."),
            ("", ""),
            ("c", "JORDAN (O.S.)"),
            ("d", "Which door?"),
            ("", ""),
            ("c", "MARISOL"),
            ("d", "Stage door. SE Second Place. Same as every Friday since 1987."),
            ("", ""),
            ("a", "JORDAN (20s), soaked, steps into the light carrying a sandbag."),
            ("", ""),
            ("h", "EXT. DOWNTOWN GAINESVILLE - CONTINUOUS"),
            ("", ""),
            ("a", "The marquee flickers. A bus hisses past."),
        ],
        [
            ("h", "INT. HIPPODROME THEATRE - AUDITORIUM - LATER"),
            ("", ""),
            ("a", "Empty seats. A ghost light burns centre stage."),
            ("", ""),
            ("c", "JORDAN"),
            ("d", "You ever think about quitting?"),
            ("", ""),
            ("c", "MARISOL"),
            ("d", "Every wrap. Never at call."),
            ("", ""),
            ("a", "She pockets the call sheet and kills the work lights."),
            ("", ""),
            ("h", "CUT TO:"),
        ],
    ]
    for n, page in enumerate(pages, 1):
        if n > 1:
            c.new_page()
        c.right(c.width - 72, 48, f"{n}.", size)
        y = 90.0
        for kind, txt in page:
            if kind == "a":
                for ln in wrap(c, txt, size, 430):
                    c.text(x0, y, ln, size)
                    y += lead
                continue
            if kind == "d":
                for ln in wrap(c, txt, size, 250):
                    c.text(x0 + 72, y, ln, size)
                    y += lead
                continue
            xx = x0 + 158 if kind == "c" else x0
            if txt == "CUT TO:":
                xx = x0 + 330
            c.text(xx, y, txt, size)
            y += lead
    return c.output()


def _family() -> bytes:
    """A household's weekly planner titled 'Family call sheet': pick-ups, practices, addresses."""
    c = Canvas("letter", "helvetica", orientation="L")
    W = c.width
    x0 = 36.0
    right = W - x0
    c.text(x0, 46, "THE OKAFOR-BELL FAMILY CALL SHEET", 16, bold=True)
    c.right(right, 46, "Week of Oct 12 - Oct 18, 2026", 11, bold=True)
    c.hline(x0, right, 54, 1.2)
    days = ["MON 10/12", "TUE 10/13", "WED 10/14", "THU 10/15", "FRI 10/16", "SAT 10/17", "SUN"]
    cw = (right - x0 - 70) / 7
    c.grid(x0, 66, [70.0] + [cw] * 7, [16.0, 60.0, 60.0, 60.0, 60.0])
    for i, d in enumerate(days):
        c.text(x0 + 70 + i * cw + 4, 78, d, 8, bold=True)
    rows = [
        ("WAKE-UP", ["6:30a", "6:30a", "6:30a", "6:30a", "6:30a", "8:00a", "sleep in!"]),
        ("SCHOOL", ["Bus 7:22a", "Bus 7:22a", "Late start", "Bus 7:22a", "Bus 7:22a", "", ""]),
        (
            "AFTER",
            [
                "Soccer 4:30p",
                "Piano 5p",
                "Soccer 4:30p",
                "Dentist 3:15p",
                "Pizza!",
                "Game 9a",
                "Grandma",
            ],
        ),
        ("DINNER", ["Tacos", "Leftovers", "Pasta", "Soup", "Pizza", "BBQ", "Roast"]),
    ]
    for r, (lab, vals) in enumerate(rows):
        y = 66 + 16 + r * 60
        c.text(x0 + 4, y + 14, lab, 8, bold=True)
        for i, v in enumerate(vals):
            fit(c, x0 + 70 + i * cw + 4, y + 14, v, 8.5, cw - 8)
    y = 66 + 16 + 4 * 60 + 24
    c.text(x0, y, "WHERE", 10, bold=True)
    y += 14
    for ln in [
        "Soccer: Westside Park field 3, 1001 NW 34th St, Gainesville",
        "Dentist: Dr. Patel, 4140 NW 37th Pl, Suite C (Thu 3:15p, Dad picks up at 2:45p)",
        "Piano: Mrs. Lowe's house, 2210 NE 9th St",
        "Saturday game: call time 8:15a at the field (snack duty: us!)",
    ]:
        c.text(x0, y, ln, 9)
        y += 12
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "near_miss_budget_summary",
            "near_miss",
            "commercial production budget summary over four pages: top sheet with prep / shoot / "
            "wrap dates and a location, account details",
            _budget,
            OTHER,
        ),
        _sheet(
            "near_miss_screenplay",
            "near_miss",
            "screenplay excerpt (two pages, Courier): scene headings, action, dialogue that "
            "mentions a crew call",
            _screenplay,
            OTHER,
        ),
        _sheet(
            "near_miss_family_planner",
            "near_miss",
            "household weekly planner titled 'Family call sheet': wake-ups, bus times, "
            "practices, addresses",
            _family,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_canum_sheets(),
        *_plan_sheets(),
        *_mail_sheets(),
        *_unit_sheets(),
        *_xls_sheets(),
        *_field_sheets(),
        *_other_sheets(),
    ]
