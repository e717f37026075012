"""Twenty-eighth held-out set: the issue's kinds, from makers not yet in the corpus (`fresh27_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets: the call
sheets crew members get most, each family a different maker and convention (CONVENTIONS.md,
"fresh27"). A Montreal / Calgary commercial production company's one-page grid (small-caps
labels above their values in ruled cells, some numbered "1 DATE", "3 LOCATION", dates "Wed. Mar.
4/26" / "MAR 4/26", calls "7:30a", a "LOCATION 2" cell on one), a Polish "plan zdjęciowy" from a
Kraków / Wrocław series (genitive and Roman-numeral months, "Zbiórka ekipy", "Obiekt", "Miejsce
zdjęć", "Baza", "Szpital", obiad, tomorrow's call, "Wysłano: ..."), a Manchester / Bristol /
Cardiff drama unit call sheet ("UNIT CALL", "UNIT BASE / CREW PARKING", what3words, postcodes,
"NEAREST A&E" as name over address, HMU and costume pre-calls), a US indie feature made in Excel
and printed landscape (three boxes on top: title, GENERAL CREW CALL, date / weather / sun; scenes;
"NEAREST HOSPITAL" at the foot; "Shoot Day 6 of 18"), an Australian / New Zealand TVC one-pager
(client / agency / job no., "CREW CALL", "LOCATION", "UNIT BASE", "NEAREST HOSPITAL", "Thu 5
March 2026", "0700") and a Google Docs / Word student short sheet ("Call Time:", "Location:",
"Nearest ER:", "Date: 3/14/26", a simple two-column table). Three near misses (a budget top
sheet, a family "call sheet" week planner, a location release form) must read as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one
a family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.corpus.draw import Canvas, black, centre, grey, measure
from tests.corpus.formats import PL_GENITIVE, ROMAN, add_minutes, pl_weekday
from tests.corpus.fresh_common import (
    clock,
    date_or,
    expect,
    fill,
    paragraph,
    sheet_maker,
    time_or,
)
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, cell, fit

D = dt.date
OTHER = {"document_type": "other"}
NO_SUN = (None, None)

P: dict[str, Place] = {
    # Montreal / Calgary commercial grid: Jardin botanique, Habitat 67, Confluence Historic Site
    "jardin": _p(
        "ca",
        "Jardin botanique de Montréal",
        "4101 Rue Sherbrooke E",
        "Montréal, QC H1X 2B2",
        45.5600,
        -73.5630,
        "America/Toronto",
        "Hôpital Maisonneuve-Rosemont",
        "5415 Boul de l'Assomption",
        "Montréal, QC H1T 2M4",
        "(514) 252-3400",
        "4777 Av Pierre-De Coubertin",
        "Montréal, QC H1V 1B3",
    ),
    "habitat": _p(
        "ca",
        "Habitat 67",
        "2600 Av Pierre-Dupuy",
        "Montréal, QC H3C 3R6",
        45.4998,
        -73.5436,
        "America/Toronto",
        "Montreal General Hospital",
        "1650 Av Cedar",
        "Montréal, QC H3G 1A4",
        "(514) 934-1934",
        "2200 Av Pierre-Dupuy",
        "Montréal, QC H3C 3R4",
    ),
    "confluence": _p(
        "ca",
        "Confluence Historic Site & Parkland",
        "750 9 Ave SE",
        "Calgary, AB T2G 5E1",
        51.0453,
        -114.0453,
        "America/Edmonton",
        "Peter Lougheed Centre",
        "3500 26 Ave NE",
        "Calgary, AB T1Y 6J4",
        "(403) 943-4555",
        "801 8 Ave SE",
        "Calgary, AB T2G 0M2",
    ),
    # Polish series, plan zdjęciowy: Kraków, Wrocław
    "inzynierii": _p(
        "pl",
        "Muzeum Inżynierii i Techniki",
        "ul. św. Wawrzyńca 15",
        "31-060 Kraków",
        50.0497,
        19.9465,
        "Europe/Warsaw",
        "Szpital Uniwersytecki w Krakowie",
        "ul. Macieja Jakubowskiego 2",
        "30-688 Kraków",
        "+48 12 400 10 00",
        "ul. Dajwór 21",
        "31-052 Kraków",
    ),
    "kopiec": _p(
        "pl",
        "Kopiec Kościuszki",
        "al. Waszyngtona 1",
        "30-204 Kraków",
        50.0549,
        19.8930,
        "Europe/Warsaw",
        "Szpital Miejski Specjalistyczny im. Gabriela Narutowicza",
        "ul. Prądnicka 35-37",
        "31-202 Kraków",
        "+48 12 257 80 00",
        "ul. Księcia Józefa 56",
        "30-206 Kraków",
    ),
    "swiebodzki": _p(
        "pl",
        "Dworzec Świebodzki",
        "pl. Orląt Lwowskich 20",
        "53-605 Wrocław",
        51.1105,
        17.0198,
        "Europe/Warsaw",
        "4. Wojskowy Szpital Kliniczny z Polikliniką",
        "ul. Rudolfa Weigla 5",
        "50-981 Wrocław",
        "+48 261 660 000",
        "ul. Podwale 1",
        "53-605 Wrocław",
    ),
    # UK drama unit call sheets: Manchester, Bristol, Cardiff
    "gaskell": _p(
        "uk",
        "Elizabeth Gaskell's House",
        "84 Plymouth Grove",
        "Manchester M13 9LW",
        53.4641,
        -2.2196,
        "Europe/London",
        "Manchester Royal Infirmary",
        "Oxford Rd",
        "Manchester M13 9WL",
        "0161 276 1234",
        "Hathersage Rd",
        "Manchester M13 0JA",
    ),
    "arnos": _p(
        "uk",
        "Arnos Vale Cemetery",
        "Bath Rd",
        "Bristol BS4 3EW",
        51.4424,
        -2.5741,
        "Europe/London",
        "Bristol Royal Infirmary",
        "Upper Maudlin St",
        "Bristol BS2 8HW",
        "0117 923 0000",
        "Feeder Rd",
        "Bristol BS2 0SB",
    ),
    "insole": _p(
        "uk",
        "Insole Court",
        "Fairwater Rd",
        "Cardiff CF5 2LN",
        51.4956,
        -3.2226,
        "Europe/London",
        "University Hospital of Wales",
        "Heath Park Way",
        "Cardiff CF14 4XW",
        "029 2074 7747",
        "Western Ave",
        "Cardiff CF5 2YB",
    ),
    # US indie feature, Excel to PDF: Atlanta, Austin, New Orleans
    "oakland": _p(
        "us",
        "Historic Oakland Cemetery",
        "248 Oakland Ave SE",
        "Atlanta, GA 30312",
        33.7486,
        -84.3726,
        "America/New_York",
        "Grady Memorial Hospital",
        "80 Jesse Hill Jr Dr SE",
        "Atlanta, GA 30303",
        "(404) 616-1000",
        "190 Memorial Dr SE",
        "Atlanta, GA 30312",
    ),
    "laguna": _p(
        "us",
        "Laguna Gloria",
        "3809 W 35th St",
        "Austin, TX 78703",
        30.3134,
        -97.7733,
        "America/Chicago",
        "St. David's Medical Center",
        "919 E 32nd St",
        "Austin, TX 78705",
        "(512) 476-7111",
        "3500 Jefferson St",
        "Austin, TX 78731",
    ),
    "longue": _p(
        "us",
        "Longue Vue House and Gardens",
        "7 Bamboo Rd",
        "New Orleans, LA 70124",
        29.9769,
        -90.1219,
        "America/Chicago",
        "University Medical Center New Orleans",
        "2000 Canal St",
        "New Orleans, LA 70112",
        "(504) 702-3000",
        "5 Metairie Rd",
        "New Orleans, LA 70124",
    ),
    # Australian / New Zealand TVC one-pagers: Melbourne, Auckland
    "lunapark": _p(
        "au",
        "Luna Park Melbourne",
        "18 Lower Esplanade",
        "St Kilda VIC 3182",
        -37.8679,
        144.9768,
        "Australia/Melbourne",
        "The Alfred",
        "55 Commercial Rd",
        "Melbourne VIC 3004",
        "(03) 9076 2000",
        "Cavell St",
        "St Kilda VIC 3182",
    ),
    "rippon": _p(
        "au",
        "Rippon Lea Estate",
        "192 Hotham St",
        "Elsternwick VIC 3185",
        -37.8786,
        145.0011,
        "Australia/Melbourne",
        "Monash Medical Centre",
        "246 Clayton Rd",
        "Clayton VIC 3168",
        "(03) 9594 6666",
        "Gladstone Pde",
        "Elsternwick VIC 3185",
    ),
    "silo": _p(
        "nz",
        "Silo Park",
        "Beaumont St",
        "Wynyard Quarter, Auckland 1010",
        -36.8432,
        174.7565,
        "Pacific/Auckland",
        "Auckland City Hospital",
        "2 Park Rd",
        "Grafton, Auckland 1023",
        "09 367 0000",
        "Halsey St",
        "Wynyard Quarter, Auckland 1010",
    ),
    # Google Docs / Word student shorts: Chicago, Vancouver, Portland
    "garfield": _p(
        "us",
        "Garfield Park Conservatory",
        "300 N Central Park Ave",
        "Chicago, IL 60624",
        41.8863,
        -87.7173,
        "America/Chicago",
        "Mount Sinai Hospital",
        "1500 S Fairfield Ave",
        "Chicago, IL 60608",
        "(773) 542-2000",
        "N Hamlin Blvd",
        "Chicago, IL 60624",
    ),
    "jericho": _p(
        "ca",
        "Jericho Beach Park",
        "3941 Point Grey Rd",
        "Vancouver, BC V6R 1B3",
        49.2722,
        -123.1949,
        "America/Vancouver",
        "Vancouver General Hospital",
        "920 W 10th Ave",
        "Vancouver, BC V5Z 1M9",
        "(604) 875-4111",
        "W 4th Ave and Discovery St",
        "Vancouver, BC V6R 4K5",
    ),
    "lansu": _p(
        "us",
        "Lan Su Chinese Garden",
        "239 NW Everett St",
        "Portland, OR 97209",
        45.5253,
        -122.6731,
        "America/Los_Angeles",
        "Legacy Good Samaritan Medical Center",
        "1015 NW 22nd Ave",
        "Portland, OR 97210",
        "(503) 413-7711",
        "NW 3rd Ave and Davis St",
        "Portland, OR 97209",
    ),
}

# the Montreal / Calgary template's weekday abbreviations ("Wed. Mar. 4/26")
CA_WEEKDAYS = ["Mon.", "Tues.", "Wed.", "Thurs.", "Fri.", "Sat.", "Sun."]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "pl_colon": f"{h}:{m:02d}",  # Polish "7:00"
        "us_caps": f"{h12}:{m:02d} {ap}",
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "ca_short": f"{CA_WEEKDAYS[d.weekday()]} {d:%b}. {d.day}/{d:%y}",  # "Wed. Mar. 4/26"
        "ca_caps": f"{d:%b}".upper() + f" {d.day}/{d:%y}",  # "MAR 4/26"
        "ca_wd_caps": f"{d:%a}".upper() + " " + f"{d:%b}".upper() + f" {d.day}/{d:%y}",
        "pl_wd_gen": f"{pl_weekday(d)}, {d.day} {PL_GENITIVE[d.month - 1]} {d.year}",
        "pl_roman_wd": f"{d.day}.{ROMAN[d.month - 1]}.{d.year} ({pl_weekday(d)})",
        "anz_long": f"{d:%a} {d.day} {d:%B} {d.year}",  # "Thu 5 March 2026"
        "anz_full": f"{d:%A} {d.day} {d:%B} {d.year}",  # "Thursday 5 March 2026"
        "us_slash_yy": f"{d.month}/{d.day}/{d:%y}",  # "3/14/26"
        "us_wd_slash_yy": f"{d:%A} {d.month}/{d.day}/{d:%y}",  # "Saturday 3/14/26"
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh27")


def _table(
    c: Canvas,
    x: float,
    y: float,
    widths: list[float],
    heads: list[str],
    rows: list[tuple[str, ...]],
    *,
    size: float = 8.0,
    lead: float = 12.0,
    shade: int | None = 220,
    ruled: bool = True,
) -> float:
    """A table with a (shaded) head row, every cell ruled when `ruled`; returns y under it."""
    right = x + sum(widths)
    if shade is not None:
        fill(c, x, y, right - x, lead, shade)
    xx = x
    for h, w in zip(heads, widths, strict=True):
        fit(c, xx + 2.5, y + lead - 3.5, h, size - 0.5, w - 5, bold=True)
        xx += w
    yy = y + lead
    for row in rows:
        xx = x
        for v, w in zip(row, widths, strict=True):
            fit(c, xx + 2.5, yy + lead - 3.5, v, size, w - 5)
            xx += w
        yy += lead
    if ruled:
        c.grid(x, y, widths, [lead] * (len(rows) + 1))
    else:
        c.hline(x, right, y + lead, 0.4)
    return yy


# --- (1) Montreal / Calgary commercial company grid: small-caps numbered labels above values ----


def _ca(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "us_letter"

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        x0 = 30.0
        right = W - x0
        full = right - x0
        c.text(x0, 44, g["company"], 15, bold=True)
        grey(c, 90)
        c.text(x0, 56, g["company_addr"], 7)
        black(c)
        c.right(right, 42, "CALL SHEET", 17, bold=True)
        c.right(right, 55, f"JOB NO. {g['job']}  ·  DAY {g['shoot_day']}", 7.5)
        c.hline(x0, right, 64, 1.4)

        def row(y: float, items: list[tuple[str, list[str], float]], h: float) -> float:
            x = x0
            for lab, lines, frac in items:
                w = full * frac
                c.box(x, y, w, h, 0.5)
                cell(c, x, y, w, lab, lines, label_size=6.0, size=9.0)
                x += w
            return y + h

        y = 72.0
        y = row(
            y,
            [
                ("PRODUCTION", [title], 0.4),
                ("CLIENT", [g["client"]], 0.3),
                ("AGENCY", [g["agency"]], 0.3),
            ],
            30,
        )
        y = row(
            y,
            [
                ("1 DATE", [day_text(day, g["date_style"])], 0.25),
                ("2 CREW CALL", [hm(call, t)], 0.2),
                ("SHOOTING CALL", [hm(add_minutes(call, 60), t)], 0.2),
                ("SUNRISE / SUNSET", [f"{hm(rise, t)} / {hm(fall, t)}"], 0.35),
            ],
            30,
        )
        y = row(
            y,
            [
                ("3 LOCATION", [p.name, p.street, p.city, g["set"]], 0.4),
                ("4 UNIT BASE / PARKING", [p.base_street, p.base_city, g["parking"]], 0.3),
                ("WEATHER", [g["weather"], f"High {g['high']} / Low {g['low']}"], 0.3),
            ],
            62,
        )
        if g.get("loc2"):
            # HARD: a second set ("LOCATION 2", a company move after lunch) under the first
            name2, street2, city2, note2 = g["loc2"]
            y = row(
                y,
                [
                    ("LOCATION 2", [name2, street2, city2, note2], 0.7),
                    ("MOVE", [hm(add_minutes(call, 390), t), "unit move, 15 min"], 0.3),
                ],
                62,
            )
        y = row(
            y,
            [
                (
                    "5 NEAREST HOSPITAL",
                    [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
                    0.4,
                ),
                ("DIRECTOR", [g["director"]], 0.2),
                ("PRODUCER", [g["producer"], g["producer_phone"]], 0.2),
                ("1ST AD", [g["ad"], g["ad_phone"]], 0.2),
            ],
            62,
        )
        y += 20
        c.text(x0, y, "6 SCHEDULE", 8, bold=True)
        y = _table(
            c,
            x0,
            y + 5,
            [60, 60, full - 220, 100],
            ["TIME", "SHOT", "DESCRIPTION", "TALENT"],
            [(hm(add_minutes(call, o), t), s, d, tl) for o, s, d, tl in g["schedule"]],
            size=8,
            lead=13,
            shade=None,
        )
        y += 16
        c.text(x0, y, "7 CREW", 8, bold=True)
        _table(
            c,
            x0,
            y + 5,
            [130, 150, 130, full - 410],
            ["POSITION", "NAME", "CELL", "CALL"],
            [(a, b, ph, hm(add_minutes(call, o), t)) for a, b, ph, o in g["crew"]],
            size=8,
            lead=13,
            shade=None,
        )
        grey(c, 110)
        c.text(x0, c.pdf.h - 24, g["footer"], 6.5)
        black(c)
        return c.output()

    return _sheet(
        f"ca_{key}",
        "ca_numbered_grid",
        "Montreal / Calgary commercial company grid: numbered small-caps labels over values",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _ca_sheets() -> list[Sheet]:
    mtl = {
        "company": "PAPIER CISEAUX PRODUCTIONS",
        "company_addr": "5445 Av de Gaspé, suite 402, Montréal, QC H2T 3B2  ·  514 555-0142",
        "director": "Élodie Marchand",
        "producer": "Simon Gagné",
        "producer_phone": "514 555-0163",
        "ad": "Karim Haddad",
        "ad_phone": "514 555-0171",
        "footer": "Papier Ciseaux - feuille de service / call sheet  ·  Sans fumée sur le plateau",
    }
    crew_mtl = [
        ("Production Manager", "Julie Tremblay", "514 555-0118", -30),
        ("DOP", "Marc-André Roy", "514 555-0122", 0),
        ("Gaffer", "Luc Bergeron", "514 555-0129", -30),
        ("Key Grip", "Patrick Côté", "514 555-0135", -30),
        ("HMU", "Nadia Belkacem", "514 555-0140", -45),
        ("Stylist", "Anne-Sophie Lavoie", "514 555-0147", -45),
    ]
    return [
        _ca(
            "jardin",
            "Verdure Tea - Spring",
            D(2026, 3, 4),
            "07:30",
            {
                **mtl,
                "date_style": "ca_short",
                "job": "PC-2611",
                "shoot_day": "1 OF 2",
                "client": "Maison Verdure Inc.",
                "agency": "Maison Bleue Créatif",
                "set": "Main Exhibition Greenhouse",
                "parking": "Crew parking lot P3, passes at the gate",
                "weather": "Light snow, clearing PM",
                "high": "-1°C",
                "low": "-9°C",
                "schedule": [
                    (60, "1", "Steam off the cup, orchids behind", "Hand model"),
                    (150, "2-3", "Woman walks the greenhouse path", "Woman"),
                    (270, "", "Lunch", ""),
                    (315, "4", "Pack shot, table top", ""),
                    (480, "", "Wrap", ""),
                ],
                "crew": crew_mtl,
            },
        ),
        _ca(
            "habitat",
            "Borealis Bank - Home",
            D(2026, 3, 11),
            "07:00",
            {
                **mtl,
                "date_style": "ca_caps",
                "job": "PC-2614",
                "shoot_day": "1 OF 1",
                "client": "Banque Borealis",
                "agency": "Atelier Nord",
                "set": "Unit 14, terrace level",
                "parking": "Trucks on Av Pierre-Dupuy shoulder",
                "weather": "Sunny, windy by the river",
                "high": "3°C",
                "low": "-6°C",
                # HARD: a second numbered location cell (after lunch) under the first
                "loc2": (
                    "Parc de la Cité-du-Havre",
                    "Av Pierre-Dupuy",
                    "Montréal, QC H3C 3R4",
                    "River lookout, exterior",
                ),
                "schedule": [
                    (60, "1", "Couple at the window, skyline", "Woman, Man"),
                    (180, "2", "Keys on the counter, close", "Man"),
                    (300, "", "Lunch", ""),
                    (405, "3", "River lookout walk (Location 2)", "Woman, Man"),
                    (540, "", "Wrap", ""),
                ],
                "crew": crew_mtl,
            },
        ),
        _ca(
            "confluence",
            "Prairie Fuel Co-op - Roots",
            D(2026, 3, 18),
            "06:45",
            {
                "company": "TALL GRASS PICTURES LTD.",
                "company_addr": "1240 Kensington Rd NW, Calgary, AB T2N 3P7  ·  403 555-0119",
                "director": "Reid Kowalchuk",
                "producer": "Dana Lefebvre",
                "producer_phone": "403 555-0126",
                "ad": "Shawn Redcrow",
                "ad_phone": "403 555-0133",
                "footer": "Tall Grass Pictures - CS v2  ·  Dress for the cold: outdoor all day",
                "date_style": "ca_wd_caps",
                "job": "TG-0418",
                "shoot_day": "2 OF 2",
                "client": "Prairie Fuel Co-op",
                "agency": "Foothill & Co.",
                "set": "Hunt House and the river path",
                "parking": "Crew parking east lot, 9 Ave SE",
                "weather": "Chinook, clear skies",
                "high": "12°C",
                "low": "-2°C",
                "schedule": [
                    (60, "1", "Rancher at the Hunt House door", "Rancher"),
                    (165, "2", "Family on the river path, drone", "Family of 4"),
                    (300, "", "Lunch", ""),
                    (345, "3", "Truck on 9 Ave, tracking", "Rancher"),
                    (510, "", "Wrap", ""),
                ],
                "crew": [
                    ("Production Manager", "Brenda Sato", "403 555-0141", -30),
                    ("DOP", "Kyle Munro", "403 555-0147", 0),
                    ("Drone Op", "Jesse Nakamura", "403 555-0152", 0),
                    ("Gaffer", "Tom Bighorn", "403 555-0158", -30),
                    ("HMU", "Priya Sandhu", "403 555-0163", -45),
                    ("Wardrobe", "Colette Fournier", "403 555-0169", -45),
                ],
            },
        ),
    ]


# --- (2) Polish "plan zdjęciowy" for a Kraków / Wrocław series ---------------------------------


def _pl(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]
    nxt = day + dt.timedelta(days=1)

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        x0 = 40.0
        right = W - x0
        c.text(x0, 46, g["company"], 9, bold=True)
        c.right(right, 46, f"Wysłano: {g['sent']}", 8)
        centre(c, 74, "PLAN ZDJĘCIOWY", 17)
        centre(c, 92, f"serial „{title}”  ·  {g['episodes']}", 10.5, bold=False)
        c.text(x0, 118, f"Dzień zdjęciowy {g['shoot_day']}", 10, bold=True)
        c.right(right, 118, day_text(day, g["date_style"]), 11, bold=True)
        c.hline(x0, right, 126, 1.0)
        y = 146.0
        col2 = x0 + 250
        left = [
            ("Zbiórka ekipy:", hm(call, t)),
            ("Gotowość na planie:", hm(add_minutes(call, 75), t)),
            ("Obiad:", hm(add_minutes(call, 330), t)),
            ("Planowany koniec:", hm(add_minutes(call, 660), t)),
        ]
        rightcol = [
            ("Produkcja:", hm(add_minutes(call, -60), t)),
            ("Charakteryzacja / kostiumy:", hm(add_minutes(call, -45), t)),
            ("Wschód słońca:", hm(rise, t)),
            ("Zachód słońca:", hm(fall, t)),
        ]
        for i, ((la, va), (lb, vb)) in enumerate(zip(left, rightcol, strict=True)):
            yy = y + i * 15
            c.text(x0, yy, la, 10, bold=i == 0)
            c.text(x0 + 130, yy, va, 10 if i else 13, bold=i == 0)
            c.text(col2 + 20, yy, lb, 9)
            c.text(col2 + 165, yy, vb, 9)
        y += 4 * 15 + 6
        c.hline(x0, right, y, 0.5)
        y += 18
        for lab, lines in [
            ("Obiekt:", [p.name]),
            ("Miejsce zdjęć:", [f"{p.street}, {p.city}", g["set"]]),
            ("Baza:", [f"{p.base_street}, {p.base_city}", g["base_note"]]),
            ("Szpital:", [p.hospital, f"{p.hospital_street}, {p.hospital_city}", p.hospital_phone]),
        ]:
            c.text(x0, y, lab, 9.5, bold=True)
            for k, ln in enumerate(lines):
                c.text(x0 + 95, y, ln, 9.5, bold=k == 0 and lab == "Obiekt:")
                y += 12.5
            y += 4
        c.text(x0, y, f"Pogoda: {g['weather']}  ·  Numer alarmowy 112", 8.5)
        y += 18
        c.text(x0, y, "SCENY", 10, bold=True)
        y = _table(
            c,
            x0,
            y + 5,
            [40, 150, 40, 165, 80, 40],
            ["Sc.", "Obiekt / wnętrze", "P/N", "Opis", "Postacie", "Str."],
            g["scenes"],
            size=8,
            lead=13,
        )
        y += 16
        c.text(x0, y, "OBSADA", 10, bold=True)
        y = _table(
            c,
            x0,
            y + 5,
            [140, 120, 90, 90, 75],
            ["Aktor", "Rola", "Charakt.", "Kostium", "Na planie"],
            [
                (
                    a,
                    r,
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o + 30), t),
                    hm(add_minutes(call, o + 75), t),
                )
                for a, r, o in g["cast"]
            ],
            size=8,
            lead=13,
        )
        y += 18
        nt = hm(g["next_call"], t)
        fill(c, x0, y - 11, right - x0, 30, 232)
        c.text(x0 + 4, y, f"JUTRO: {day_text(nxt, 'pl_wd_gen')}", 9.5, bold=True)
        c.text(x0 + 4, y + 13, f"Zbiórka ekipy {nt}  ·  Obiekt: {g['next_place']}", 8.5)
        grey(c, 110)
        c.text(x0, c.pdf.h - 30, f"II reżyser: {g['ad']}  ·  Kierownik produkcji: {g['pm']}", 7.5)
        black(c)
        return c.output()

    return _sheet(
        f"pl_{key}",
        "pl_plan_zdjeciowy",
        "Polish series 'plan zdjęciowy' (Kraków / Wrocław): Zbiórka ekipy, Obiekt, Baza, Szpital",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _pl_sheets() -> list[Sheet]:
    krk = {
        "company": "Wawel Media Sp. z o.o.  ·  ul. Józefińska 14, 30-529 Kraków",
        "ad": "Magdalena Ptak 600 555 214",
        "pm": "Tomasz Zięba 600 555 387",
        "episodes": "odc. 7-8",
    }
    return [
        _pl(
            "inzynierii",
            "Linia 8",
            D(2026, 3, 12),
            "07:00",
            {
                **krk,
                "time": "pl_colon",
                "date_style": "pl_roman",
                # HARD: the sent date in the same Roman-numeral form sits above the shooting date
                "sent": "11.III.2026, 19:40",
                "shoot_day": "14 / 42",
                "set": "hala zajezdni tramwajowej",
                "base_note": "wozy techniczne i catering na parkingu",
                "weather": "pochmurno, 4°C",
                "scenes": [
                    ("21", "Zajezdnia - hala", "P", "Ola znajduje stary bilet", "Ola, Kuba", "2/8"),
                    (
                        "22",
                        "Zajezdnia - warsztat",
                        "P",
                        "Kłótnia z majstrem",
                        "Kuba, Majster",
                        "1 4/8",
                    ),
                    ("34", "Zajezdnia - tramwaj", "N", "Pocałunek w wagonie", "Ola, Kuba", "6/8"),
                ],
                "cast": [
                    ("Zofia Wróbel", "Ola", -30),
                    ("Marcin Lis", "Kuba", 0),
                    ("Henryk Sowa", "Majster", 120),
                ],
                "next_call": "06:30",
                "next_place": "Kładka Bernatka, Kraków",
            },
        ),
        _pl(
            "kopiec",
            "Linia 8",
            D(2026, 3, 17),
            "06:30",
            {
                **krk,
                "time": "dot",
                "date_style": "pl_roman_wd",
                "sent": "16 marca 2026, 18:05",
                "shoot_day": "17 / 42",
                "set": "wał kopca i ścieżka na szczyt",
                "base_note": "parking przy forcie, wjazd od al. Waszyngtona",
                "weather": "słonecznie, wiatr, 6°C",
                "scenes": [
                    (
                        "40",
                        "Kopiec - szczyt",
                        "P",
                        "Ola i ojciec patrzą na miasto",
                        "Ola, Ojciec",
                        "1 2/8",
                    ),
                    ("41", "Kopiec - ścieżka", "P", "Kuba biegnie pod górę", "Kuba", "3/8"),
                ],
                "cast": [
                    ("Zofia Wróbel", "Ola", -30),
                    ("Andrzej Kruk", "Ojciec", -30),
                    ("Marcin Lis", "Kuba", 90),
                ],
                "next_call": "07:00",
                "next_place": "Muzeum Inżynierii i Techniki",
            },
        ),
        _pl(
            "swiebodzki",
            "Odra nocą",
            D(2026, 4, 8),
            "08:00",
            {
                "company": "Oderfilm Sp. z o.o.  ·  ul. Ruska 46, 50-079 Wrocław",
                "ad": "Kamila Nowicka 601 555 908",
                "pm": "Rafał Górski 601 555 432",
                "episodes": "odc. 3",
                "time": "h24",
                "date_style": "pl_genitive",
                "sent": "6.04.2026",
                "shoot_day": "5 / 36",
                "set": "hala dworca, peron 1",
                "base_note": "baza na placu, catering w namiocie",
                "weather": "deszcz przelotny, 11°C",
                "scenes": [
                    (
                        "12",
                        "Dworzec - hala",
                        "P",
                        "Komisarz przesłuchuje świadka",
                        "Wolska, Świadek",
                        "2",
                    ),
                    ("13", "Dworzec - peron", "P", "Pościg, kaskader", "Wolska, Dubler", "4/8"),
                    ("15", "Dworzec - kasa", "P", "Zdjęcie z monitoringu", "Wolska", "3/8"),
                ],
                "cast": [
                    ("Ewa Dąbrowska", "Komisarz Wolska", -30),
                    ("Piotr Jasiński", "Świadek", 0),
                ],
                "next_call": "08:00",
                "next_place": "Hydropolis, ul. Na Grobli 17",
            },
        ),
    ]


# --- (3) UK drama unit call sheet: UNIT CALL, UNIT BASE / CREW PARKING, what3words, NEAREST A&E --


def _uk(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "h24"
    nxt = day + dt.timedelta(days=1)

    def make() -> bytes:
        c = Canvas("A4", g["font"])
        W = c.width
        x0 = 34.0
        right = W - x0
        full = right - x0
        c.text(x0, 42, g["company"], 8.5, bold=True)
        c.text(x0, 53, g["company_addr"], 7)
        c.right(right, 42, f"UNIT CALL SHEET No. {g['no']}", 9, bold=True)
        c.right(right, 53, g["day_of"], 8)
        centre(c, 80, title.upper(), 18)
        centre(c, 95, g["episode"], 9.5, bold=False)
        centre(c, 112, day_text(day, g["date_style"]), 11)
        y = 124.0
        boxes: list[tuple[str, str, float]] = []
        if g.get("precall_box"):
            # HARD: the HMU / costume pre-call box stands left of the unit call box
            boxes.append(("HMU / COSTUME PRE-CALL", hm(add_minutes(call, -90), t), 0.3))
            boxes.append(("UNIT CALL", hm(call, t), 0.3))
            boxes.append(("SHOOTING CALL", hm(add_minutes(call, 45), t), 0.4))
        else:
            boxes.append(("UNIT CALL", hm(call, t), 0.4))
            boxes.append(("SHOOTING CALL", hm(add_minutes(call, 45), t), 0.3))
            boxes.append(("EST. WRAP", hm(add_minutes(call, 660), t), 0.3))
        x = x0
        for lab, val, frac in boxes:
            w = full * frac
            c.box(x, y, w, 38, 1.0 if lab == "UNIT CALL" else 0.5)
            fit(c, x + 5, y + 11, lab, 7, w - 10, bold=True)
            c.text(x + 5, y + 31, val, 16 if lab == "UNIT CALL" else 12, bold=True)
            x += w
        y += 38
        info = [
            f"Pre-calls: HMU {hm(add_minutes(call, -90), t)}  ·  Costume "
            f"{hm(add_minutes(call, -75), t)}  ·  Camera & sparks {hm(add_minutes(call, -30), t)}",
            f"Breakfast at base from {hm(add_minutes(call, -60), t)}  ·  Lunch "
            f"{hm(add_minutes(call, 330), t)} (1 hr)  ·  Sunrise {hm(rise, t)}  ·  Sunset "
            f"{hm(fall, t)}  ·  {g['weather']}",
        ]
        c.box(x0, y, full, 30, 0.5)
        for k, ln in enumerate(info):
            fit(c, x0 + 5, y + 12 + k * 12, ln, 8, full - 10)
        y += 30
        hw = full / 3
        blocks = [
            ("LOCATION", [p.name, p.street, p.city, g["set"], f"what3words: ///{g['w3w_loc']}"]),
            (
                "UNIT BASE / CREW PARKING",
                [p.base_street, p.base_city, g["base_note"], f"what3words: ///{g['w3w_base']}"],
            ),
            (
                "NEAREST A&E",
                [p.hospital, f"{p.hospital_street}, {p.hospital_city}", p.hospital_phone],
            ),
        ]
        for i, (lab, lines) in enumerate(blocks):
            c.box(x0 + i * hw, y, hw, 76, 0.5)
            cell(c, x0 + i * hw, y, hw, lab, lines, label_size=7, size=8, lead=11)
        y += 76 + 18
        c.text(x0, y, "SCENES", 9, bold=True)
        y = _table(
            c,
            x0,
            y + 4,
            [32, 170, 32, 36, 70, full - 340],
            ["SC", "SET", "D/N", "PGS", "CAST", "SYNOPSIS"],
            g["scenes"],
            size=7.5,
            lead=12,
            shade=200,
        )
        y += 14
        c.text(x0, y, "ARTISTS", 9, bold=True)
        y = _table(
            c,
            x0,
            y + 4,
            [22, 110, 90, 52, 52, 52, full - 378],
            ["No.", "ARTIST", "CHARACTER", "P/UP", "HMU", "COSTUME", "ON SET"],
            [
                (
                    n,
                    a,
                    ch,
                    hm(add_minutes(call, o - 20), t),
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o + 40), t),
                    hm(add_minutes(call, o + 75), t),
                )
                for n, a, ch, o in g["cast"]
            ],
            size=7.5,
            lead=12,
            shade=200,
        )
        y += 14
        c.text(x0, y, "DEPARTMENT NOTES", 9, bold=True)
        y += 12
        for ln in g["notes"]:
            y = paragraph(c, x0, y, ln, 7.5, full, 10)
        y += 8
        fill(c, x0, y, full, 14, 210)
        c.text(
            x0 + 4,
            y + 10,
            f"ADVANCE SCHEDULE - {day_text(nxt, g['date_style'])}  ·  UNIT CALL "
            f"{hm(g['next_call'], t)}  ·  {g['next_place']}",
            7.5,
            bold=True,
        )
        grey(c, 100)
        c.text(x0, c.pdf.h - 22, g["footer"], 6.5)
        black(c)
        return c.output()

    return _sheet(
        f"uk_{key}",
        "uk_unit_call",
        "UK drama unit call sheet (Manchester / Bristol / Cardiff): UNIT CALL, UNIT BASE, A&E",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _uk_sheets() -> list[Sheet]:
    return [
        _uk(
            "gaskell",
            "The Mill Girls",
            D(2026, 3, 5),
            "08:00",
            {
                "font": "helvetica",
                "company": "RED BRICK DRAMA LTD",
                "company_addr": "Production Office: 3 Hulme St, Manchester M15 6JJ  ·  "
                "0161 555 0182",
                "no": "12",
                "day_of": "Day 12 of 48",
                "episode": "Block 2 - Episodes 3 & 4",
                "date_style": "uk_long",
                "set": "INT. Drawing room and garden",
                "w3w_loc": "famous.bridge.lined",
                "base_note": "Crew parking on the Hathersage Rd side, shuttle to set",
                "w3w_base": "pasta.stone.shades",
                "weather": "Showers, 9°C",
                # HARD: an HMU / costume pre-call box left of the unit call box
                "precall_box": True,
                "scenes": [
                    (
                        "31",
                        "INT. GASKELL HOUSE - DRAWING ROOM",
                        "D",
                        "2 3/8",
                        "1, 2, 4",
                        "Ada reads the letter aloud",
                    ),
                    (
                        "32",
                        "INT. GASKELL HOUSE - HALL",
                        "D",
                        "4/8",
                        "1, 3",
                        "Tom waits with his cap",
                    ),
                    (
                        "35",
                        "EXT. GASKELL HOUSE - GARDEN",
                        "D",
                        "1 1/8",
                        "1, 2",
                        "The sisters argue",
                    ),
                ],
                "cast": [
                    ("1", "Holly Ashworth", "ADA", -60),
                    ("2", "Grace Ormerod", "MARY", -60),
                    ("3", "Liam Pickering", "TOM", 30),
                    ("4", "Denise Holt", "MRS GASKELL", 90),
                ],
                "notes": [
                    "ART: period letters x 3 (hero + 2 spares). COSTUME: rain covers for "
                    "garden scene.",
                    "LOCATIONS: house is a museum - soft shoes inside, no food or drink beyond the "
                    "kitchen, floor protection down by 07:30.",
                ],
                "next_call": "07:30",
                "next_place": "Victoria Park, Manchester - EXT. Park",
                "footer": "Red Brick Drama Ltd - please recycle this call sheet - no "
                "unauthorised photography",
            },
        ),
        _uk(
            "arnos",
            "Quiet Earth",
            D(2026, 3, 19),
            "07:30",
            {
                "font": "sans",
                "company": "HARBOURSIDE PICTURES",
                "company_addr": "Production Office: Paintworks, Bath Rd, Bristol BS4 3EH  ·  "
                "0117 555 0127",
                "no": "21",
                "day_of": "Day 21 of 40",
                "episode": "Episode 5",
                "date_style": "uk_plain",
                "set": "EXT. Anglican Chapel and the lower paths",
                "w3w_loc": "crown.tulip.rocket",
                "base_note": "Unit base in the Feeder Rd lot, crew parking beside it",
                "w3w_base": "glow.magic.spoon",
                "weather": "Bright, cold start, 7°C",
                "scenes": [
                    (
                        "52",
                        "EXT. ARNOS VALE - CHAPEL STEPS",
                        "D",
                        "1 5/8",
                        "1, 5",
                        "Funeral arrives",
                    ),
                    ("53", "EXT. ARNOS VALE - LOWER PATH", "D", "6/8", "1", "Jess walks alone"),
                    (
                        "54",
                        "EXT. ARNOS VALE - GATES",
                        "D",
                        "3/8",
                        "1, 6",
                        "DS Carr waits by the car",
                    ),
                ],
                "cast": [
                    ("1", "Niamh Kelly", "JESS", -60),
                    ("5", "Ruth Ogunleye", "VICAR", 0),
                    ("6", "Owen Price", "DS CARR", 180),
                ],
                "notes": [
                    "SA: 30 mourners (black, no logos), report to base 06:45 for costume.",
                    "The cemetery is open to the public: lock-offs on the lower path, be "
                    "respectful.",
                ],
                "next_call": "08:00",
                "next_place": "Temple Meads (Brunel's Old Station) - INT. Hall",
                "footer": "Harbourside Pictures - crew welfare: 0117 555 0199",
            },
        ),
        _uk(
            "insole",
            "Tide Country",
            D(2026, 4, 2),
            "07:00",
            {
                "font": "condensed",
                "company": "CWMNI CYSGOD CYF",
                "company_addr": "Production Office: 9 Bute Crescent, Cardiff CF10 5AN  ·  "
                "029 2055 0141",
                "no": "7",
                "day_of": "Day 7 of 30",
                "episode": "Episodes 1 & 2",
                "date_style": "uk_short",
                "set": "INT. Library, EXT. front lawn",
                "w3w_loc": "ladder.bright.pines",
                "base_note": "Unit base and crew parking in the Western Ave lay-by",
                "w3w_base": "melt.orange.teeth",
                "weather": "Cloudy, 10°C",
                "scenes": [
                    ("8", "INT. INSOLE COURT - LIBRARY", "D", "3", "1, 2", "The will is read"),
                    ("9", "EXT. INSOLE COURT - LAWN", "D", "7/8", "2", "Cerys leaves in anger"),
                ],
                "cast": [
                    ("1", "Rhodri Evans", "GWYN", -30),
                    ("2", "Siân Morgan", "CERYS", -60),
                ],
                "notes": [
                    "SOUND: Fairwater Rd traffic - wild tracks at lunch. Welsh and English "
                    "dialogue.",
                ],
                "next_call": "07:00",
                "next_place": "Penarth Pier, Penarth - EXT. Pier",
                "footer": "Cwmni Cysgod Cyf - call sheet / taflen alw",
            },
        ),
    ]


# --- (4) US indie feature made in Excel, printed landscape: three boxes on top ------------------


def _us(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "us"
    nxt = day + dt.timedelta(days=1)

    def make() -> bytes:
        c = Canvas("letter", "condensed", "L")
        W = c.width
        x0 = 24.0
        right = W - x0
        full = right - x0
        bw = full / 3
        top = 24.0
        bh = 92.0
        for i in range(3):
            c.box(x0 + i * bw, top, bw, bh, 0.8)
        # left box: title and the people
        x = x0 + 5
        c.text(x, top + 18, title, 14, bold=True)
        c.text(x, top + 30, g["company"], 7)
        yy = top + 44
        for lab, val in g["people"]:
            c.text(x, yy, lab, 6.5, bold=True)
            c.text(x + 62, yy, val, 6.5)
            yy += 9.5
        # centre box: general crew call
        mx = x0 + bw
        lab = "GENERAL CREW CALL"
        c.text(mx + (bw - measure(c, lab, 9, bold=True)) / 2, top + 16, lab, 9, bold=True)
        ct = hm(call, t)
        c.text(mx + (bw - measure(c, ct, 24, bold=True)) / 2, top + 46, ct, 24, bold=True)
        for k, ln in enumerate(
            [
                f"Breakfast {hm(add_minutes(call, -30), t)}  ·  Shooting Call "
                f"{hm(add_minutes(call, 60), t)}",
                f"Lunch {hm(add_minutes(call, 360), t)}  ·  "
                f"Est. Wrap {hm(add_minutes(call, 720), t)}",
                f"Shoot Day {g['shoot_day']}  ·  Call Sheet #{g['cs_no']}",
            ]
        ):
            c.text(mx + (bw - measure(c, ln, 7)) / 2, top + 62 + k * 10, ln, 7)
        # right box: date, weather, sun
        rx = x0 + 2 * bw + 5
        c.text(rx, top + 18, day_text(day, g["date_style"]), 11, bold=True)
        yy = top + 34
        for lab, val in [
            ("Weather:", g["weather"]),
            ("High / Low:", g["hilo"]),
            ("Sunrise:", hm(rise, t)),
            ("Sunset:", hm(fall, t)),
            ("Rain chance:", g["rain"]),
        ]:
            c.text(rx, yy, lab, 7, bold=True)
            c.text(rx + 60, yy, val, 7)
            yy += 10
        # location row
        y = top + bh + 4
        widths = [full * 0.36, full * 0.32, full * 0.32]
        c.grid(x0, y, widths, [58])
        cell(
            c,
            x0,
            y,
            widths[0],
            "SET LOCATION",
            [p.name, p.street, p.city, g["set"]],
            size=7.5,
            lead=10,
        )
        cell(
            c,
            x0 + widths[0],
            y,
            widths[1],
            "BASECAMP / CREW PARKING",
            [p.base_street, p.base_city, g["parking"]],
            size=7.5,
            lead=10,
        )
        cell(c, x0 + widths[0] + widths[1], y, widths[2], "NOTES", g["notes"], size=7, lead=9.5)
        y += 66
        y = _table(
            c,
            x0,
            y,
            [34, 250, 34, 40, 70, full - 428],
            ["SC", "SET / DESCRIPTION", "D/N", "PGS", "CAST", "LOCATION"],
            g["scenes"],
            size=7,
            lead=11,
            shade=205,
        )
        y += 6
        y = _table(
            c,
            x0,
            y,
            [24, 130, 110, 60, 60, 60, full - 444],
            ["#", "CAST", "CHARACTER", "P/U", "MU/HAIR", "ON SET", "REMARKS"],
            [
                (
                    n,
                    a,
                    ch,
                    hm(add_minutes(call, o - 15), t),
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o + 60), t),
                    rem,
                )
                for n, a, ch, o, rem in g["cast"]
            ],
            size=7,
            lead=11,
            shade=205,
        )
        if g.get("advance"):
            # HARD: tomorrow's advance schedule, with its own date and crew call, above the foot
            y += 6
            adv_call, adv_rows = g["advance"]
            fill(c, x0, y, full, 11, 170)
            c.text(
                x0 + 3,
                y + 8,
                f"ADVANCE SCHEDULE - {day_text(nxt, g['date_style'])} - Crew Call "
                f"{hm(adv_call, t)}",
                7,
                bold=True,
            )
            y = _table(
                c,
                x0,
                y + 11,
                [34, 250, 34, 40, 70, full - 428],
                ["SC", "SET", "D/N", "PGS", "CAST", "LOCATION"],
                adv_rows,
                size=7,
                lead=11,
                shade=None,
            )
        # foot: nearest hospital
        fy = c.pdf.h - 40
        c.box(x0, fy, full, 22, 0.8)
        c.text(x0 + 4, fy + 14, "NEAREST HOSPITAL:", 8, bold=True)
        c.text(
            x0 + 90,
            fy + 14,
            f"{p.hospital}  -  {p.hospital_street}, {p.hospital_city}  -  {p.hospital_phone}",
            8,
        )
        c.right(right - 4, fy + 14, "EMERGENCY: 911", 8, bold=True)
        return c.output()

    return _sheet(
        f"us_{key}",
        "us_excel_feature",
        "US indie feature Excel sheet printed landscape: title / GENERAL CREW CALL / date boxes",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _us_sheets() -> list[Sheet]:
    return [
        _us(
            "oakland",
            "Peach Street Ghosts",
            D(2026, 3, 12),
            "07:00",
            {
                "company": "Magnolia Light Films LLC",
                "people": [
                    ("Director", "Tasha Greene"),
                    ("Producer", "Marcus Bell (404) 555-0134"),
                    ("UPM", "Lena Ortiz (404) 555-0151"),
                    ("1st AD", "Dre Watkins (404) 555-0168"),
                    ("2nd AD", "Kim Tran (404) 555-0176"),
                ],
                "shoot_day": "6 of 18",
                "cs_no": "6",
                "date_style": "us_long",
                "weather": "Partly cloudy",
                "hilo": "68°F / 49°F",
                "rain": "10%",
                "set": "Bell Tower and the Victorian section",
                "parking": "Crew park at 190 Memorial Dr lot; shuttle every 15 min",
                "notes": [
                    "Cemetery stays open to visitors.",
                    "No vehicles on the paths.",
                    "Closed-toe shoes, layers.",
                ],
                "scenes": [
                    (
                        "14",
                        "EXT. CEMETERY - BELL TOWER - Ruth meets the caretaker",
                        "D",
                        "2 1/8",
                        "1, 4",
                        "Oakland Cem.",
                    ),
                    (
                        "15",
                        "EXT. CEMETERY - VICTORIAN ROW - the family plot",
                        "D",
                        "1 3/8",
                        "1, 2",
                        "Oakland Cem.",
                    ),
                    (
                        "17",
                        "EXT. CEMETERY - GATE - Ruth leaves, dusk",
                        "D",
                        "4/8",
                        "1",
                        "Oakland Cem.",
                    ),
                ],
                "cast": [
                    ("1", "Imani Brooks", "Ruth", -30, ""),
                    ("2", "Carl Whitfield", "Uncle Roy", 60, ""),
                    ("4", "Jo Ann Pruitt", "Caretaker", 0, "Own wardrobe fitting"),
                ],
            },
        ),
        _us(
            "laguna",
            "Lake Austin Blues",
            D(2026, 3, 24),
            "06:30",
            {
                "company": "Bat Bridge Pictures",
                "people": [
                    ("Director", "Wes Calloway"),
                    ("Producer", "Renata Salas (512) 555-0119"),
                    ("1st AD", "Jimmy Pham (512) 555-0127"),
                    ("2nd AD", "Ashley Dunn (512) 555-0138"),
                ],
                "shoot_day": "11 of 22",
                "cs_no": "11",
                "date_style": "us_short",
                "weather": "Sunny, breezy",
                "hilo": "79°F / 58°F",
                "rain": "0%",
                "set": "Driscoll Villa terrace and the lagoon dock",
                "parking": "Crew parking at 3500 Jefferson St; NO parking on 35th St",
                "notes": ["Museum grounds: no stakes in lawn.", "Boat safety meeting at call."],
                "scenes": [
                    (
                        "42",
                        "EXT. VILLA TERRACE - Nora's toast",
                        "D",
                        "2",
                        "1, 3, 5",
                        "Laguna Gloria",
                    ),
                    (
                        "43",
                        "EXT. LAGOON DOCK - Nora and Eli on the boat",
                        "D",
                        "1 4/8",
                        "1, 2",
                        "Laguna Gloria",
                    ),
                ],
                "cast": [
                    ("1", "Sadie Reyes", "Nora", -30, ""),
                    ("2", "Beau Lindqvist", "Eli", 30, "Swim double on hold"),
                    ("3", "Marisol Vega", "Aunt Tess", 60, ""),
                    ("5", "Dale Hutchins", "Pastor", 60, ""),
                ],
                # HARD: tomorrow's advance schedule with its own date and crew call
                "advance": (
                    "07:30",
                    [("44", "INT. NORA'S CAR - driving (process)", "N", "5/8", "1", "Stage 2")],
                ),
            },
        ),
        _us(
            "longue",
            "Bayou Saint John",
            D(2026, 4, 14),
            "08:00",
            {
                "company": "Second Line Features",
                "people": [
                    ("Director", "Camille Batiste"),
                    ("Producer", "Theo Landry (504) 555-0148"),
                    ("1st AD", "Rosa Menard (504) 555-0157"),
                ],
                "shoot_day": "3 of 15",
                "cs_no": "3",
                "date_style": "us_ordinal",
                "weather": "Humid, scattered storms PM",
                "hilo": "84°F / 69°F",
                "rain": "40%",
                "set": "Main house drawing room and the Spanish Court",
                "parking": "Basecamp on Metairie Rd lot; crew vans to set",
                "notes": ["Rain cover: INT. drawing room scenes.", "Lightning: 30 min hold rule."],
                "scenes": [
                    (
                        "8",
                        "INT. LONGUE VUE - DRAWING ROOM - the inheritance",
                        "D",
                        "3 2/8",
                        "1, 2, 3",
                        "Longue Vue",
                    ),
                    (
                        "9",
                        "EXT. SPANISH COURT - fountain, Adele alone",
                        "D",
                        "6/8",
                        "2",
                        "Longue Vue",
                    ),
                    ("11", "EXT. SPANISH COURT - storm breaks", "D", "5/8", "1, 2", "Longue Vue"),
                ],
                "cast": [
                    ("1", "Lucien Broussard", "Henri", 0, ""),
                    ("2", "Adaeze Moreau", "Adele", -30, ""),
                    ("3", "Gwen Thibodeaux", "Mme. Roux", 90, "Wig fitting at MU"),
                ],
            },
        ),
    ]


# --- (5) Australian / New Zealand TVC one-pager: client / agency / job no., 24-hour "0700" -------


def _anz(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "military"

    def make() -> bytes:
        c = Canvas("A4", "helvetica")
        W = c.width
        x0 = 40.0
        right = W - x0
        full = right - x0
        fill(c, 0, 0, W, 70, 30)
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0, 38, g["company"], 16, bold=True)
        c.text(x0, 54, g["company_addr"], 7.5)
        c.right(right, 38, "CALL SHEET", 16, bold=True)
        c.right(right, 54, day_text(day, g["date_style"]), 9.5, bold=True)
        black(c)
        y = 92.0
        for i, (lab, val) in enumerate(
            [
                ("CLIENT", g["client"]),
                ("AGENCY", g["agency"]),
                ("PRODUCT", title),
                ("JOB NO.", g["job"]),
                ("DIRECTOR", g["director"]),
                ("PRODUCER", g["producer"]),
            ]
        ):
            xx = x0 + (i % 2) * full / 2
            yy = y + (i // 2) * 14
            c.text(xx, yy, lab, 7.5, bold=True)
            c.text(xx + 70, yy, val, 9)
        y += 3 * 14 + 2
        if g.get("prelight"):
            # HARD: a pre-light line (the day before, with its own times) above the crew call
            pl_day, pl_from, pl_to = g["prelight"]
            c.text(
                x0,
                y + 4,
                f"PRE-LIGHT: {day_text(pl_day, g['date_style'])} {hm(pl_from, t)}-{hm(pl_to, t)} "
                "(gaffer, best boy, key grip only)",
                8,
            )
            y += 12
        c.box(x0, y, full, 44, 1.2)
        c.text(x0 + 8, y + 18, "CREW CALL", 11, bold=True)
        c.text(x0 + 8, y + 37, hm(call, t), 18, bold=True)
        mid = x0 + 150
        for k, (lab, val) in enumerate(
            [
                ("Talent call", hm(add_minutes(call, 60), t)),
                ("First shot", hm(add_minutes(call, 75), t)),
                ("Lunch", hm(add_minutes(call, 330), t)),
                ("Est. wrap", hm(add_minutes(call, 660), t)),
            ]
        ):
            xx = mid + (k % 2) * 150
            yy = y + 17 + (k // 2) * 15
            c.text(xx, yy, lab, 8.5, bold=True)
            c.text(xx + 62, yy, val, 8.5)
        y += 44
        c.text(
            x0,
            y + 14,
            f"Sunrise {hm(rise, t)}  |  Sunset {hm(fall, t)}  |  {g['weather']}",
            8.5,
        )
        y += 26
        colw = full / 3
        blocks = [
            ("LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("UNIT BASE", [p.base_street, p.base_city, g["base_note"]]),
            (
                "NEAREST HOSPITAL",
                [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
            ),
        ]
        for i, (lab, lines) in enumerate(blocks):
            xx = x0 + i * colw
            c.text(xx, y + 8, lab, 8.5, bold=True)
            c.hline(xx, xx + colw - 10, y + 12, 0.6)
            yy = y + 24
            for ln in lines:
                fit(c, xx, yy, ln, 8.5, colw - 12)
                yy += 11
        y += 24 + 4 * 11 + 4
        c.text(x0, y, f"Emergency: {g['emergency']}  ·  Set medic: {g['medic']}", 8)
        y += 18
        c.text(x0, y, "SCHEDULE", 9.5, bold=True)
        y = _table(
            c,
            x0,
            y + 4,
            [50, 260, full - 310],
            ["TIME", "WHAT", "TALENT / NOTES"],
            [(hm(add_minutes(call, o), t), a, b) for o, a, b in g["schedule"]],
            size=8,
            lead=12.5,
            shade=None,
            ruled=False,
        )
        y += 12
        c.text(x0, y, "CREW", 9.5, bold=True)
        rows = [(a, b, ph, hm(add_minutes(call, o), t)) for a, b, ph, o in g["crew"]]
        _table(
            c,
            x0,
            y + 4,
            [120, 140, 120, full - 380],
            ["ROLE", "NAME", "MOBILE", "CALL"],
            rows,
            size=8,
            lead=12.5,
            shade=235,
        )
        grey(c, 110)
        c.text(x0, c.pdf.h - 26, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"anz_{key}",
        "anz_tvc",
        "Australian / New Zealand TVC one-pager: CLIENT / AGENCY / JOB NO., CREW CALL 0700",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _anz_sheets() -> list[Sheet]:
    mel = {
        "company": "SOUTHERLY FILMS",
        "company_addr": "Level 2, 45 Gipps St, Collingwood VIC 3066  ·  (03) 9555 0141",
        "emergency": "000",
        "footer": "Southerly Films Pty Ltd - ABN 11 222 333 444 - sunscreen and water at base",
    }
    crew_mel = [
        ("1st AD", "Bec Holloway", "0400 555 121", 0),
        ("DOP", "Tran Nguyen", "0400 555 134", 0),
        ("Gaffer", "Shane O'Dea", "0400 555 147", -30),
        ("Key Grip", "Mick Rossi", "0400 555 152", -30),
        ("Art Director", "Lauren Pike", "0400 555 168", -60),
        ("HMU", "Kiri Walsh", "0400 555 173", 15),
    ]
    return [
        _anz(
            "lunapark",
            "Sunny Boy Ice Blocks - Summer's Last",
            D(2026, 3, 5),
            "07:00",
            {
                **mel,
                "date_style": "anz_long",
                "client": "Coastal Dairy Co.",
                "agency": "Long Weekend Creative",
                "job": "SF-26-031",
                "director": "Jonno Blake",
                "producer": "Sarah Kwan 0400 555 109",
                "set": "Scenic Railway platform and front entrance",
                "base_note": "Trucks and catering in the Cavell St car park",
                "weather": "Fine, 27°C, northerly",
                "medic": "Aimee (0400 555 190)",
                "schedule": [
                    (0, "Crew call, breakfast at base", ""),
                    (75, "Shot 1: kids run through the mouth entrance", "Kids x 4"),
                    (180, "Shot 2: Scenic Railway, onboard cams", "Family"),
                    (330, "Lunch", ""),
                    (375, "Shot 3: product hero, melt, table top", ""),
                    (660, "Wrap", ""),
                ],
                "crew": crew_mel,
            },
        ),
        _anz(
            "rippon",
            "Hearth Insurance - Home Truths",
            D(2026, 3, 26),
            "06:30",
            {
                **mel,
                "date_style": "anz_full",
                "client": "Hearth Insurance",
                "agency": "Paper Moon Agency",
                "job": "SF-26-044",
                "director": "Ingrid Sørensen",
                "producer": "Sarah Kwan 0400 555 109",
                "set": "Ballroom and the fernery",
                "base_note": "Unit base on Gladstone Pde, crew parking in the estate's west lot",
                "weather": "Cloudy, 19°C",
                "medic": "Raj (0400 555 195)",
                "schedule": [
                    (0, "Crew call", ""),
                    (75, "Shot 1: dinner party in the ballroom", "Couple, guests x 6"),
                    (210, "Shot 2: grandma in the fernery", "Grandma"),
                    (330, "Lunch", ""),
                    (380, "Shot 3: doorway, the storm (rain towers)", "Couple"),
                    (660, "Wrap", ""),
                ],
                "crew": crew_mel,
            },
        ),
        _anz(
            "silo",
            "Kōwhai Bank - Harbour Days",
            D(2026, 3, 13),
            "07:00",
            {
                "company": "KAHURANGI FILMS",
                "company_addr": "12 Drake St, Freemans Bay, Auckland 1011  ·  09 555 0134",
                "emergency": "111",
                "footer": "Kahurangi Films Ltd - slip, slop, slap: sunscreen at the unit base",
                "date_style": "eu_abbrev",
                "client": "Kōwhai Bank",
                "agency": "Tūī & Tern",
                "job": "KF-2607",
                "director": "Mere Tapsell",
                "producer": "Ben Harcourt 021 555 0177",
                "set": "Silo 6 forecourt and the waterfront steps",
                "base_note": "Trucks on Halsey St, crew parking Wynyard Central",
                "weather": "Sunny, 23°C, light nor'easter",
                "medic": "Hemi (021 555 0182)",
                # HARD: a pre-light line the day before, with its own times, above the crew call
                "prelight": (D(2026, 3, 12), "14:00", "18:00"),
                "schedule": [
                    (0, "Crew call, coffee cart", ""),
                    (75, "Shot 1: skaters on the forecourt", "Skaters x 3"),
                    (195, "Shot 2: family on the steps, harbour behind", "Family"),
                    (330, "Lunch", ""),
                    (390, "Shot 3: phone close-ups, app screens", "Hand model"),
                    (600, "Wrap", ""),
                ],
                "crew": [
                    ("1st AD", "Aroha Ngata", "021 555 0111", 0),
                    ("DOP", "Sam Fletcher", "021 555 0124", 0),
                    ("Gaffer", "Tane Wiremu", "021 555 0135", -30),
                    ("Grip", "Jack Mills", "021 555 0146", -30),
                    ("HMU", "Lucy Chen", "021 555 0159", 15),
                ],
            },
        ),
    ]


# --- (6) Google Docs / Word call sheet for a student or micro-budget short ----------------------


def _doc(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("letter", g["font"])
        W = c.width
        x0 = 72.0  # a word processor's one-inch margins
        right = W - x0
        full = right - x0
        y = 84.0
        c.text(x0, y, title, 20, bold=True)
        y += 20
        c.text(x0, y, g["subtitle"], 11)
        y += 26
        lead = 15.0
        lines: list[tuple[str, str]] = [
            ("Date:", day_text(day, g["date_style"])),
            ("Call Time:", hm(call, t) + g.get("call_note", "")),
            ("Location:", f"{p.name}, {p.address}"),
            ("Set:", g["set"]),
            ("Parking:", f"{g['parking']} ({p.base_street})"),
        ]
        if g.get("sun"):
            lines.append(("Sunrise / Sunset:", f"{hm(rise, t)} / {hm(fall, t)}"))
        lines += [
            ("Weather:", g["weather"]),
            ("Nearest ER:", f"{p.hospital}, {p.hospital_address} {p.hospital_phone}"),
        ]
        for lab, val in lines:
            w = c.text(x0, y, lab, 11, bold=True)
            y = paragraph(c, x0 + w + 5, y, val, 11, full - w - 5, lead)
        if g.get("tomorrow"):
            # HARD: day two's date, call and place follow today's lines in the same words
            d2, c2, place2 = g["tomorrow"]
            y += 4
            y = paragraph(
                c,
                x0,
                y,
                f"Day 2 is {day_text(d2, g['date_style'])}: Call Time {hm(c2, t)} at {place2}.",
                11,
                full,
                lead,
            )
        y += 10
        y = paragraph(c, x0, y, g["message"], 11, full, lead)
        y += 8
        c.text(x0, y, "Schedule", 13, bold=True)
        y += 18
        for o, what in g["schedule"]:
            c.text(x0 + 14, y, "•", 11)
            paragraph(c, x0 + 28, y, f"{hm(add_minutes(call, o), t)} - {what}", 11, full - 28, lead)
            y += lead
        y += 10
        c.text(x0, y, "Cast & Crew", 13, bold=True)
        y += 8
        rows = [(a, b) for a, b in g["people"]]
        _table(
            c,
            x0,
            y,
            [full * 0.45, full * 0.55],
            ["Role", "Name / Phone"],
            rows,
            size=10,
            lead=16,
            shade=None,
        )
        return c.output()

    return _sheet(
        f"doc_{key}",
        "docs_student_short",
        "Google Docs / Word student short sheet: 'Call Time:', 'Location:', 'Nearest ER:'",
        make,
        expect(p, title, day, call, g["set"], sun=None if g.get("sun") else NO_SUN),
    )


def _doc_sheets() -> list[Sheet]:
    return [
        _doc(
            "garfield",
            "Greenhouse Effect",
            D(2026, 3, 14),
            "08:00",
            {
                "font": "helvetica",
                "time": "us",
                "subtitle": "Call Sheet - Day 1 of 2  |  "
                "West Loop Film School, Advanced Production II",
                "date_style": "us_slash_yy",
                "set": "Fern Room and the Desert House",
                "parking": "Free street parking on Central Park Ave",
                "weather": "Cloudy, 38°F outside (warm inside!)",
                "sun": True,
                # HARD: day two's date, call and place follow today's lines in the same words
                "tomorrow": (D(2026, 3, 15), "09:00", "Maya's apartment, 2232 N Kedzie Blvd"),
                "message": "Hi all! Please be on time - the conservatory opens to the public at "
                "10:00 AM and we must be quiet in the Fern Room after that. Bring a water bottle.",
                "schedule": [
                    (0, "Crew call, load in through the east service door"),
                    (60, "Scene 3 - Maya waters the ferns"),
                    (180, "Scene 5 - Maya and Jonah in the Desert House"),
                    (270, "Lunch (pizza, veggie option)"),
                    (480, "Wrap and load out"),
                ],
                "people": [
                    ("Director", "Priya Raman (312) 555-0142"),
                    ("Producer", "Luis Ortega (312) 555-0159"),
                    ("DP", "Hannah Kowalski (312) 555-0166"),
                    ("Sound", "Devon Price (312) 555-0173"),
                    ("Maya", "Aisha Turner"),
                    ("Jonah", "Sam Whitaker"),
                ],
            },
        ),
        _doc(
            "jericho",
            "Low Tide",
            D(2026, 4, 11),
            "07:30",
            {
                "font": "times",
                "time": "us_lower",
                "subtitle": "CALL SHEET  -  a film school second-year short",
                "date_style": "us_wd_slash_yy",
                "set": "the beach by the sailing centre",
                "parking": "Pay parking in the Jericho lot",
                "weather": "Showers clearing, 11°C",
                "sun": True,
                "message": "Dress warm and bring rain gear. Golden hour is the money shot, so we "
                "will hold the last setup for sunset. Snacks by the van all day.",
                "schedule": [
                    (0, "Crew call at the parking lot"),
                    (45, "Sc. 1 - Ren walks the tide line"),
                    (210, "Sc. 2 - the argument on the logs"),
                    (300, "Lunch"),
                    (420, "Sc. 4 - sunset, wide"),
                ],
                "people": [
                    ("Director", "Kenji Mori (604) 555-0131"),
                    ("Producer / 1st AD", "Olivia Chen (604) 555-0146"),
                    ("Camera", "Noah Sidhu (604) 555-0152"),
                    ("Ren", "Tessa Kwan"),
                    ("Dad", "Gord MacLeod"),
                ],
            },
        ),
        _doc(
            "lansu",
            "Koi",
            D(2026, 3, 28),
            "09:00",
            {
                "font": "serif",
                "time": "us",
                "subtitle": "micro-budget short  -  Call Sheet (v2)",
                "date_style": "us_numeric",
                "set": "Courtyard and the Scholar's Study",
                "parking": "Smart Park garage",
                "weather": "Rain likely, 54°F",
                "message": "The garden has given us 9 to 1 only, before the public opens the "
                "study. Quiet voices, no tripods on the pebble mosaics, spreaders on.",
                "schedule": [
                    (0, "Call, gear in through the staff gate"),
                    (30, "Sc. 2 - the koi pond, close-ups"),
                    (120, "Sc. 3 - Wen and her grandfather in the study"),
                    (240, "Wrap and out by 1 PM"),
                ],
                "people": [
                    ("Writer / Director", "Lily Zhao (503) 555-0118"),
                    ("Camera", "Max Feld (503) 555-0127"),
                    ("Sound", "Bree Olson (503) 555-0134"),
                    ("Wen", "Grace Liu"),
                    ("Grandfather", "Peter Huang"),
                ],
            },
        ),
    ]


# --- near misses: share call-sheet words, are not call sheets ----------------------------------


def _budget_top_sheet() -> bytes:
    """A feature's budget top sheet over two pages: accounts and totals, a 'Shoot days' line."""
    c = Canvas("letter", "helvetica")
    W = c.width
    x0 = 50.0
    right = W - x0
    full = right - x0
    c.text(x0, 56, "BUDGET TOP SHEET", 15, bold=True)
    c.right(right, 56, "Magnolia Light Films LLC", 9, bold=True)
    y = 80.0
    for lab, val in [
        ("Title:", "Peach Street Ghosts"),
        ("Budget dated:", "January 12, 2026 (locked draft 3)"),
        ("Prep:", "4 weeks from February 9, 2026"),
        ("Shoot days:", "18 (Atlanta, GA; 5-day weeks, 12-hour days)"),
        ("Post:", "16 weeks"),
        ("Union status:", "SAG-AFTRA Low Budget Agreement; non-union crew"),
    ]:
        c.text(x0, y, lab, 9.5, bold=True)
        c.text(x0 + 95, y, val, 9.5)
        y += 13
    y += 10
    accts = [
        ("1100", "Story & Rights", "15,000"),
        ("1200", "Producers", "60,000"),
        ("1300", "Director", "45,000"),
        ("1400", "Cast", "142,500"),
        ("", "TOTAL ABOVE-THE-LINE", "262,500"),
        ("2000", "Production Staff", "58,400"),
        ("2100", "Extra Talent", "12,600"),
        ("2200", "Set Design & Construction", "31,000"),
        ("2500", "Set Operations (Grip)", "27,900"),
        ("2600", "Special Effects", "6,500"),
        ("2700", "Set Dressing & Props", "24,300"),
        ("2900", "Wardrobe", "18,200"),
        ("3100", "Makeup & Hair", "14,800"),
        ("3200", "Lighting", "33,100"),
        ("3300", "Camera", "46,700"),
        ("3400", "Production Sound", "17,900"),
        ("3500", "Transportation", "29,600"),
        ("3600", "Locations", "38,250"),
        ("3700", "Catering & Craft Service", "21,600"),
        ("", "TOTAL PRODUCTION", "380,850"),
        ("4500", "Editorial", "48,000"),
        ("4700", "Music", "20,000"),
        ("4800", "Post Sound", "32,000"),
        ("4900", "Color & Finishing", "26,000"),
        ("", "TOTAL POST-PRODUCTION", "126,000"),
    ]
    _table(
        c,
        x0,
        y,
        [60, full - 160, 100],
        ["ACCT #", "CATEGORY", "TOTAL ($)"],
        accts,
        size=9,
        lead=14,
        shade=215,
    )
    c.new_page()
    c.text(x0, 56, "BUDGET TOP SHEET (cont.)  -  Peach Street Ghosts", 12, bold=True)
    y = 80.0
    y = _table(
        c,
        x0,
        y,
        [60, full - 160, 100],
        ["ACCT #", "CATEGORY", "TOTAL ($)"],
        [
            ("6500", "Insurance", "18,400"),
            ("6600", "Legal & Accounting", "22,000"),
            ("6700", "Publicity & Festivals", "9,500"),
            ("", "TOTAL OTHER", "49,900"),
            ("", "Contingency (10%)", "81,925"),
            ("", "Fringes (payroll, SAG P&H)", "64,300"),
            ("", "GRAND TOTAL", "965,475"),
        ],
        size=9,
        lead=14,
        shade=215,
    )
    y += 20
    paragraph(
        c,
        x0,
        y,
        "Assumptions: 18 shoot days at 12 hours with one 6th day; locations budgeted at "
        "$2,125 per shoot day average; cast per SAG-AFTRA Low Budget day rates; Georgia "
        "production tax credit (30%) not deducted above. Prepared by Lena Ortiz, UPM.",
        9,
        full,
        12,
    )
    return c.output()


def _family_planner() -> bytes:
    """A household week planner titled 'Family Call Sheet': days, times, places."""
    c = Canvas("letter", "sans", "L")
    W = c.width
    x0 = 30.0
    right = W - x0
    full = right - x0
    c.text(x0, 46, "The Delgado Family Call Sheet", 20, bold=True)
    c.text(
        x0,
        64,
        "Week planner  ·  week of March 9, 2026  ·  Home: 2214 Cedar Bend Dr, Austin, TX 78758",
        9.5,
    )
    days = ["Mon 3/9", "Tue 3/10", "Wed 3/11", "Thu 3/12", "Fri 3/13", "Sat 3/14", "Sun 3/15"]
    cw = full / 7
    items = [
        ["6:45 AM wake-up", "7:30 AM school drop-off", "3:30 PM piano (Mia)", "Dinner: tacos"],
        ["7:30 AM drop-off", "5:30 PM soccer practice, Zilker Park, 2100 Barton Springs Rd"],
        ["7:30 AM drop-off", "3:15 PM dentist (Leo), 4:00 PM pick up dry cleaning"],
        ["7:30 AM drop-off", "6:00 PM PTA meeting", "Trash night!"],
        ["7:30 AM drop-off", "Early release 12:30 PM", "Movie night"],
        ["9:00 AM soccer game (call time 8:15 AM!)", "2:00 PM birthday party, 1100 Kinney Ave"],
        ["10:00 AM church", "Meal prep", "Lunches packed for Monday"],
    ]
    y = 84.0
    c.grid(x0, y, [cw] * 7, [18, 330])
    for i, (d, its) in enumerate(zip(days, items, strict=True)):
        xx = x0 + i * cw
        fill(c, xx + 0.5, y + 0.5, cw - 1, 17, 225)
        c.text(xx + 5, y + 13, d, 9.5, bold=True)
        yy = y + 34
        for it in its:
            yy = paragraph(c, xx + 5, yy, it, 8.5, cw - 10, 11) + 6
    y += 360
    c.text(
        x0, y, "Chores: Mia - dishes M/W/F  ·  Leo - laundry Tue/Sat  ·  Everyone - rooms Sunday", 9
    )
    c.text(
        x0,
        y + 14,
        "Emergency: Mom (512) 555-0104  ·  Dad (512) 555-0117  ·  Grandma (512) 555-0125",
        9,
    )
    return c.output()


def _location_release() -> bytes:
    """A location release form: property address, dates and hours of use, fee, signatures."""
    c = Canvas("letter", "times")
    W = c.width
    x0 = 66.0
    right = W - x0
    full = right - x0
    centre(c, 70, "LOCATION RELEASE AGREEMENT", 15)
    y = 100.0
    for lab, val in [
        ("Production company:", "Second Line Features LLC"),
        ("Production:", '"Bayou Saint John" (feature film)'),
        ("Property:", "1342 Moss St, New Orleans, LA 70119"),
        ("Owner / agent:", "Delphine Arceneaux"),
        (
            "Dates of use:",
            "April 20, 2026 (prep), April 21-22, 2026 (filming), April 23, 2026 (strike)",
        ),
        ("Hours:", "6:00 AM to 10:00 PM each day"),
        ("Fee:", "$2,400.00 total, payable on signature"),
    ]:
        c.text(x0, y, lab, 11, bold=True)
        y = paragraph(c, x0 + 130, y, val, 11, full - 130, 14) + 2
    y += 10
    for par in [
        "1. The Owner grants the Production Company and its employees, agents, contractors and "
        "suppliers the right to enter the Property with personnel and equipment, including "
        "props and temporary sets, for the purpose of photographing and recording scenes, and "
        "to use the name and address of the Property in the picture.",
        "2. The Production Company will leave the Property in as good condition as when it was "
        "received, reasonable wear and tear excepted, and will hold the Owner harmless from any "
        "claim arising from its use, under its general liability insurance (certificate "
        "attached).",
        "3. The Production Company and its licensees own all rights in the photography and "
        "recordings made on the Property and may use them in any media worldwide in perpetuity.",
        "4. Parking for up to four production vehicles on Moss St is subject to the City of New "
        "Orleans film permit (Film New Orleans permit no. FNO-2026-0388).",
    ]:
        y = paragraph(c, x0, y, par, 10.5, full, 13.5) + 7
    y += 24
    for who in ["Owner / authorised agent", "For Second Line Features LLC"]:
        c.hline(x0, x0 + 230, y, 0.6)
        c.hline(x0 + 270, right, y, 0.6)
        c.text(x0, y + 12, f"{who} (signature)", 9)
        c.text(x0 + 270, y + 12, "Date", 9)
        y += 50
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "other_budget_top",
            "near_miss",
            "feature budget top sheet over two pages: account totals, a 'Shoot days: 18' line",
            _budget_top_sheet,
            OTHER,
        ),
        _sheet(
            "other_family_planner",
            "near_miss",
            "household week planner titled 'Family Call Sheet': days, times, addresses",
            _family_planner,
            OTHER,
        ),
        _sheet(
            "other_location_release",
            "near_miss",
            "location release agreement: property address, dates and hours of use, signatures",
            _location_release,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_ca_sheets(),
        *_pl_sheets(),
        *_uk_sheets(),
        *_us_sheets(),
        *_anz_sheets(),
        *_doc_sheets(),
        *_other_sheets(),
    ]
