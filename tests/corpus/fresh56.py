"""Fifty-seventh held-out set: everyday call sheets from the UK and Western / Northern Europe in
the forms and languages their crews use, in towns not yet in the corpus (`fresh56_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh56"). UK plain grids with DATE | CREW CALL | SET LOCATION in one row of
boxes and "Hospital:" / "Police:" lines a few millimetres under them (Alnwick, Knaresborough,
Bridport); UK unit call sheets with numbered sets, a unit base and two hospitals (Berwick-upon-
Tweed, Dunfermline, Helmsley); German and Austrian Tagesdispos ("Drehtag 14 von 32",
"Treffpunkt Team", "Motiv", "Basis", "Krankenhaus"; Lüneburg, Regensburg, Innsbruck); Dutch and
Flemish callsheets ("Verzamelen crew", "Draaidag", "Ziekenhuis"; Deventer, Dordrecht, Kortrijk);
Nordic sheets in Danish, Norwegian and Swedish with "kl. 07.30" times (Helsingør, Ålesund,
Visby) and French, Belgian and Swiss feuilles de service ("Rendez-vous équipe", "PAT", "Cantine",
"7h30"; Colmar, Tournai, Neuchâtel). Three near misses, all `other`: a football club's away-match
travel plan, a touring theatre company's get-in / get-out schedule for a venue and a vintage car
rally's road book.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.corpus.draw import centre
from tests.corpus.formats import add_minutes
from tests.corpus.fresh_common import (
    clock,
    date_or,
    fill,
    grey_text,
    head_table,
    label_rows,
    page,
    paragraph,
    paragraphs,
    ruled_cells,
    sheet_maker,
    time_or,
    titled_notes,
)
from tests.corpus.fresh_skeletons import (
    DA_WD,
    DE_WD_LONG,
    FR_MON,
    FR_WD,
    NL_WD,
    NL_WD_LONG,
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
    # (1) UK plain grids with hospital / police lines: Alnwick, Knaresborough, Bridport
    "barter": _p(
        "uk",
        "Barter Books",
        "Alnwick Station, Wagonway Road",
        "Alnwick NE66 2NP",
        55.4110,
        -1.7020,
        "Europe/London",
        "Alnwick Infirmary (Urgent Treatment Centre)",
        "Infirmary Drive",
        "Alnwick NE66 2NS",
        "01665 626700",
        "Greenwell Road car park",
        "Alnwick NE66 1HB",
    ),
    "shipton": _p(
        "uk",
        "Mother Shipton's Cave",
        "Prophecy Lodge, High Bridge",
        "Knaresborough HG5 8DD",
        54.0090,
        -1.4730,
        "Europe/London",
        "Harrogate District Hospital",
        "Lancaster Park Road",
        "Harrogate HG2 7SX",
        "01423 885959",
        "Conyngham Hall car park, Harrogate Road",
        "Knaresborough HG5 9AY",
    ),
    "bac": _p(
        "uk",
        "Bridport Arts Centre",
        "9 South Street",
        "Bridport DT6 3NR",
        50.7320,
        -2.7570,
        "Europe/London",
        "Dorset County Hospital",
        "Williams Avenue",
        "Dorchester DT1 2JY",
        "01305 251150",
        "St Michael's Lane car park",
        "Bridport DT6 3RD",
    ),
    # (2) UK unit call sheets with numbered sets: Berwick-upon-Tweed, Dunfermline, Helmsley
    "barracks": _p(
        "uk",
        "Berwick Barracks",
        "The Parade",
        "Berwick-upon-Tweed TD15 1DF",
        55.7700,
        -2.0010,
        "Europe/London",
        "Borders General Hospital",
        "Huntlyburn",
        "Melrose TD6 9BS",
        "01896 826000",
        "Castlegate car park, Railway Street",
        "Berwick-upon-Tweed TD15 1NF",
    ),
    "dunabbey": _p(
        "uk",
        "Dunfermline Abbey",
        "St Margaret Street",
        "Dunfermline KY12 7PE",
        56.0700,
        -3.4640,
        "Europe/London",
        "Victoria Hospital",
        "Hayfield Road",
        "Kirkcaldy KY2 5AH",
        "01592 643355",
        "Glen Bridge car park, Glen Bridge",
        "Dunfermline KY12 7QY",
    ),
    "helmsley": _p(
        "uk",
        "Helmsley Castle",
        "Castlegate",
        "Helmsley YO62 5AB",
        54.2460,
        -1.0630,
        "Europe/London",
        "York Hospital",
        "Wigginton Road",
        "York YO31 8HE",
        "01904 631313",
        "Cleveland Way car park, Buckingham Square",
        "Helmsley YO62 5DN",
    ),
    # (3) German / Austrian Tagesdispos: Lüneburg, Regensburg, Innsbruck
    "rathaus": _p(
        "de",
        "Rathaus Lüneburg",
        "Am Ochsenmarkt 1",
        "21335 Lüneburg",
        53.2510,
        10.4110,
        "Europe/Berlin",
        "Städtisches Klinikum Lüneburg",
        "Bögelstraße 1",
        "21339 Lüneburg",
        "04131 770",
        "Parkplatz Sülzwiesen, Sülzwiesen",
        "21335 Lüneburg",
    ),
    "emmeram": _p(
        "de",
        "Schloss Thurn und Taxis",
        "Emmeramsplatz 5",
        "93047 Regensburg",
        49.0150,
        12.0940,
        "Europe/Berlin",
        "Krankenhaus Barmherzige Brüder",
        "Prüfeninger Straße 86",
        "93049 Regensburg",
        "0941 3690",
        "Dultplatz, Am Protzenweiher",
        "93059 Regensburg",
    ),
    "dachl": _p(
        "at",
        "Goldenes Dachl",
        "Herzog-Friedrich-Straße 15",
        "6020 Innsbruck",
        47.2686,
        11.3933,
        "Europe/Vienna",
        "Klinik Innsbruck (LKH Universitätskliniken)",
        "Anichstraße 35",
        "6020 Innsbruck",
        "+43 50 504-0",
        "Tiefgarage Congress, Rennweg 3",
        "6020 Innsbruck",
    ),
    # (4) Dutch / Flemish callsheets: Deventer, Dordrecht, Kortrijk
    "waag": _p(
        "nl",
        "Museum De Waag",
        "Brink 56",
        "7411 BT Deventer",
        52.2510,
        6.1600,
        "Europe/Amsterdam",
        "Deventer Ziekenhuis",
        "Nico Bolkesteinlaan 75",
        "7416 SE Deventer",
        "0570 53 53 53",
        "Parkeerterrein Worp, Worpplantsoen",
        "7419 AA Deventer",
    ),
    "vangijn": _p(
        "nl",
        "Huis Van Gijn",
        "Nieuwe Haven 29",
        "3311 AP Dordrecht",
        51.8130,
        4.6660,
        "Europe/Amsterdam",
        "Albert Schweitzer ziekenhuis",
        "Albert Schweitzerplaats 25",
        "3318 AT Dordrecht",
        "078 654 11 11",
        "Parkeergarage Spuiboulevard, Spuiboulevard 260",
        "3311 GR Dordrecht",
    ),
    "broel": _p(
        "be",
        "Broeltorens",
        "Broelkaai 6",
        "8500 Kortrijk",
        50.8300,
        3.2650,
        "Europe/Brussels",
        "AZ Groeninge campus Kennedylaan",
        "President Kennedylaan 4",
        "8500 Kortrijk",
        "056 63 63 63",
        "Parking Broeltorens, Verzetskaai",
        "8500 Kortrijk",
    ),
    # (5) Nordic sheets: Helsingør, Ålesund, Visby
    "kronborg": _p(
        "dk",
        "Kronborg Slot",
        "Kronborg 2C",
        "3000 Helsingør",
        56.0390,
        12.6210,
        "Europe/Copenhagen",
        "Nordsjællands Hospital Hillerød",
        "Dyrehavevej 29",
        "3400 Hillerød",
        "48 29 48 29",
        "P-plads Kulturhavn, Allégade 2",
        "3000 Helsingør",
    ),
    "jugend": _p(
        "no",
        "Jugendstilsenteret",
        "Apotekergata 16",
        "6004 Ålesund",
        62.4720,
        6.1520,
        "Europe/Oslo",
        "Ålesund sjukehus",
        "Åsehaugen 5",
        "6017 Ålesund",
        "70 10 50 00",
        "Parkering Skateflukaia, Skateflukaia",
        "6002 Ålesund",
    ),
    "gotmus": _p(
        "se",
        "Gotlands Museum",
        "Strandgatan 14",
        "621 56 Visby",
        57.6400,
        18.2930,
        "Europe/Stockholm",
        "Visby lasarett",
        "Sjukhusvägen 1",
        "621 84 Visby",
        "0498-26 80 00",
        "Parkering Kruttornet, Skeppsbron",
        "621 57 Visby",
    ),
    # (6) French / Belgian / Swiss feuilles de service: Colmar, Tournai, Neuchâtel
    "unterlinden": _p(
        "fr",
        "Musée Unterlinden",
        "Place Unterlinden",
        "68000 Colmar",
        48.0800,
        7.3550,
        "Europe/Paris",
        "Hôpital Louis Pasteur",
        "39 avenue de la Liberté",
        "68000 Colmar",
        "03 89 12 40 00",
        "Parking Lacarre, rue de la Cavalerie",
        "68000 Colmar",
    ),
    "cathedrale": _p(
        "be",
        "Cathédrale Notre-Dame de Tournai",
        "Place de l'Évêché 1",
        "7500 Tournai",
        50.6060,
        3.3890,
        "Europe/Brussels",
        "CHwapi site Notre-Dame",
        "Avenue Delmée 9",
        "7500 Tournai",
        "069 25 81 11",
        "Parking de la Grand-Place, rue de la Tête d'Or",
        "7500 Tournai",
    ),
    "collegiale": _p(
        "ch",
        "Collégiale de Neuchâtel",
        "Rue de la Collégiale 3",
        "2000 Neuchâtel",
        46.9930,
        6.9290,
        "Europe/Zurich",
        "Hôpital Pourtalès (RHNe)",
        "Rue de la Maladière 45",
        "2000 Neuchâtel",
        "032 713 30 00",
        "Parking du Port, Place du Port",
        "2000 Neuchâtel",
    ),
}

DE_WD = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September"]
DE_MON += ["Oktober", "November", "Dezember"]
AT_MON = ["Jänner", *DE_MON[1:]]
NL_MON = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus"]
NL_MON += ["september", "oktober", "november", "december"]
SV_WD = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
NO_MON = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september"]
NO_MON += ["oktober", "november", "desember"]
DA_MON = [*NO_MON[:2], "marts", *NO_MON[3:11], "december"]
SV_MON = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti"]
SV_MON += ["september", "oktober", "november", "december"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "uk": f"{h:02d}{m:02d}",  # "0730"
        "uk_colon": f"{h:02d}:{m:02d}",  # "07:30"
        "uk_dot": f"{h12}.{m:02d}{ap.lower()}",  # "7.30am"
        "de_uhr": f"{h:02d}:{m:02d} Uhr",  # "07:30 Uhr"
        "de_dot": f"{h}.{m:02d} Uhr",  # "7.30 Uhr"
        "at": f"{h:02d}.{m:02d}",  # "07.30"
        "nl": f"{h:02d}:{m:02d}",  # "07:30"
        "nl_u": f"{h}.{m:02d} u",  # "7.30 u" (Flemish)
        "kl": f"kl. {h:02d}.{m:02d}",  # "kl. 07.30"
        "nordic": f"{h:02d}.{m:02d}",  # "07.30"
        "fr": f"{h}h{m:02d}",  # "7h30"
        "fr0": f"{h:02d}h{m:02d}",  # "07h30"
        "ch": f"{h:02d}:{m:02d}",
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    wd, mi = d.weekday(), d.month - 1
    forms = {
        "uk_long": f"{d:%A} {d.day} {d:%B} {d.year}",  # "Thursday 10 December 2026"
        "uk_short": f"{d:%a} {d:%d/%m/%y}",  # "Thu 10/12/26"
        "uk_caps": f"{d:%A %d %B %Y}".upper(),  # "THURSDAY 10 DECEMBER 2026"
        "de": f"{DE_WD[wd]}, {d:%d.%m.%Y}",  # "Do., 10.12.2026"
        "de_long": f"{DE_WD_LONG[wd]}, {d.day}. {DE_MON[mi]} {d.year}",
        "at_long": f"{DE_WD_LONG[wd]}, {d.day}. {AT_MON[mi]} {d.year}",  # "Montag, 11. Jänner"
        "nl": f"{NL_WD[wd]} {d.day} {NL_MON[mi]} {d.year}",  # "do 10 december 2026"
        "nl_long": f"{NL_WD_LONG[wd]} {d.day} {NL_MON[mi]} {d.year}",
        "be_nl": f"{NL_WD_LONG[wd]} {d:%d/%m/%Y}",  # "donderdag 10/12/2026"
        "da": f"{DA_WD[wd]} d. {d.day}. {DA_MON[mi]} {d.year}",  # "torsdag d. 10. december"
        "no": f"{DA_WD[wd]} {d.day}. {NO_MON[mi]} {d.year}",  # "torsdag 10. desember 2026"
        "sv": f"{SV_WD[wd]} {d.day} {SV_MON[mi]} {d.year}",  # "torsdag 10 december 2026"
        "sv_iso": f"{SV_WD[wd].capitalize()} {d.isoformat()}",  # "Torsdag 2026-12-10"
        "fr": f"{FR_WD[wd]} {d.day} {FR_MON[mi]} {d.year}",  # "jeudi 10 décembre 2026"
        "fr_caps": f"{FR_WD[wd]} {d.day} {FR_MON[mi]} {d.year}".upper(),
        "fr_num": f"{FR_WD[wd].capitalize()} {d:%d.%m.%Y}",  # Swiss "Jeudi 10.12.2026"
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh56")
_table = partial(head_table, size=7.5, lead=12)
_family = partial(family, _sheet, P)
_day_tables = partial(family_tables, _table, hm)


# --- (1) UK plain grids: DATE | CREW CALL | SET LOCATION boxes, hospital lines under them ------


@_family(
    "uk_grid_hospital_lines",
    "UK plain call sheet, A4: company and 'CALL SHEET', the title, credits and day; one row "
    "of three ruled boxes DATE | CREW CALL | SET LOCATION with labels above their values; a "
    "few millimetres under them left-aligned 'Hospital: name, street, town postcode "
    "(phone)', 'Police: ...' and 'Parking: ...' lines; a row of boxes of breakfast, first "
    "shot, lunch, wrap and sun; scenes, numbered cast, crew; notes",
    name="uk_{key}",
)
def _uk_grid(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", g["font"], margin=36.0)
    c.text(x0, 42, g["company"], 9, bold=True)
    c.right(right, 42, "CALL SHEET", 12, bold=True)
    c.text(x0, 68, title, 20, bold=True)
    c.text(x0, 82, g["credits"], 8)
    c.right(right, 82, g["day_n"], 8)
    y = 94.0
    widths = [0.27, 0.18, 0.55]
    w = right - x0
    xx = x0
    cells = [
        ("DATE", [day_text(day, g["date_style"])], 10),
        ("CREW CALL", [hm(call, t), *g.get("call_note", [])], 16),
        ("SET LOCATION", [p.name, f"{p.street}, {p.city}", g["set"]], 9),
    ]
    for frac, (lab, lines, size) in zip(widths, cells, strict=True):
        cw = w * frac
        c.box(xx, y, cw, 56, 0.8)
        c.text(xx + 5, y + 10, lab, 7, bold=True)
        yy = y + 14 + size
        for i, ln in enumerate(lines):
            s = size if i == 0 else 8
            fit(c, xx + 5, yy, ln, s, cw - 10, bold=lab == "CREW CALL" and i == 0)
            yy += s + 3
        xx += cw
    # a few millimetres under the boxes: hospital, police and parking, left-aligned
    y += 56 + 14
    lines = [
        f"Hospital: {p.hospital}, {p.hospital_street}, {p.hospital_city}  ({p.hospital_phone})",
        f"Police: {g['police']}",
        f"Parking: {p.base_street}, {p.base_city}",
    ]
    for ln in lines:
        fit(c, x0, y, ln, 8.5, w)
        y += 12
    y += 8
    # the day's other times in a second row of boxes
    times = [
        ("BREAKFAST", hm(add_minutes(call, g["breakfast"]), t)),
        ("FIRST SHOT", hm(add_minutes(call, g["first"]), t)),
        ("LUNCH", hm(add_minutes(call, g["lunch"]), t)),
        ("EST. WRAP", hm(add_minutes(call, g["wrap"]), t)),
        ("SUNRISE", hm(rise, t)),
        ("SUNSET", hm(fall, t)),
    ]
    tw = w / len(times)
    for i, (lab, val) in enumerate(times):
        c.box(x0 + i * tw, y, tw, 28, 0.4)
        c.text(x0 + i * tw + 4, y + 9, lab, 6.5, bold=True)
        c.text(x0 + i * tw + 4, y + 22, val, 9)
    y += 44
    _day_tables(
        c,
        x0,
        y,
        right,
        spec,
        scenes=(["SC", "DESCRIPTION", "D/N", "PGS", "CAST"], [0, 30, 320, 360, 410]),
        cast=(["#", "ARTIST", "CHARACTER", "P/UP", "H/MU", "ON SET"], [0, 20, 150, 270, 340, 420]),
        steps=[-75, -60, 0],
        numbered=True,
        crew=(["DEPT", "NAME", "MOBILE", "CALL"], [0, 110, 260, 400]),
        notes=("NOTES", 8.5, 7.5, 10),
    )
    footer(c, g["footer"], x0)
    return c.output()


def _uk_grid_sheets() -> list[Sheet]:
    return [
        _uk_grid(
            "barter",
            "The Station Bookshop",
            D(2026, 12, 10),
            "08:00",
            {
                "font": "helvetica",
                "time_style": "uk",
                "date_style": "uk_long",
                "company": "COQUET VALLEY FILMS LTD",
                "credits": "Director: Morven Tait  ·  Producer: Alec Robson  ·  1st AD: Jo Fenwick",
                "day_n": "Day 4 of 12",
                "set": "the main hall and the old waiting room",
                "police": "Alnwick Police Station, Prudhoe Street, Alnwick NE66 1UW  (101)",
                "breakfast": -45,
                "first": 60,
                "lunch": 300,
                "wrap": 600,
                "scenes": [
                    (
                        "8",
                        "INT. BOOKSHOP - the model railway, Ada finds the letter",
                        "D",
                        "2",
                        "1, 2",
                    ),
                    ("9", "INT. WAITING ROOM - Ada and Tom by the fire", "D", "1 4/8", "1, 3"),
                    ("11", "EXT. STATION FORECOURT - the van arrives", "D", "5/8", "3, SA"),
                ],
                "cast": [
                    ("Rhona Hedley", "ADA", 0),
                    ("Will Charlton", "TOM", 60),
                    ("Sanjay Pillai", "DRIVER", 180),
                ],
                "crew": [
                    ("Production", "Alec Robson", "07700 900 311", 0),
                    ("Camera", "Ellie Dodds", "07700 900 422", 0),
                    ("Locations", "Kieran Bell", "07700 900 533", -60),
                ],
                "notes": [
                    "The shop stays open: we work around customers in the main hall from 0900. "
                    "No food or drink near the stock. Quiet on the railway when the train runs.",
                ],
                "footer": "Coquet Valley Films  ·  The Station Bookshop  ·  Call sheet 4",
            },
        ),
        _uk_grid(
            "shipton",
            "Petrified",
            D(2026, 12, 15),
            "07:30",
            {
                "font": "sans",
                "time_style": "uk_colon",
                "date_style": "uk_short",
                "company": "NIDD GORGE PRODUCTIONS",
                "credits": "Director: Fern Ackroyd  ·  Producer: Nadeem Shah",
                "day_n": "Shoot day 2 / 6",
                "set": "the Petrifying Well and the riverside path",
                "police": "Harrogate Police Station, Beckwith Head Road, Harrogate HG3 1FR",
                "breakfast": -30,
                "first": 75,
                "lunch": 330,
                "wrap": 570,
                "scenes": [
                    ("3", "EXT. PETRIFYING WELL - the hanging teddy bears", "D", "1 2/8", "1"),
                    ("4", "EXT. RIVERSIDE PATH - Ursula's walk", "D", "7/8", "1, 2"),
                ],
                "cast": [("Greta Lund", "URSULA", 0), ("Olu Bakare", "GUIDE", 90)],
                "crew": [
                    ("Production", "Nadeem Shah", "07700 900 744", 0),
                    ("DoP", "Harvey Lister", "07700 900 855", 0),
                    ("Sound", "Meg Holroyd", "07700 900 966", 0),
                ],
                "notes": [
                    "The path by the well is wet and steep: proper boots. Estate staff open "
                    "the gates at 07:00; all vehicles out of the lodge drive by 07:45.",
                ],
                "footer": "Nidd Gorge Productions  ·  Petrified  ·  Day 2",
            },
        ),
        _uk_grid(
            "bac",
            "West Bay Nights",
            D(2026, 12, 18),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "uk",
                "date_style": "uk_caps",
                "company": "BRIT VALLEY PICTURES",
                "credits": "Director: Kit Hamlyn  ·  Producer: Rosa Leggett  ·  1st AD: Ned Cox",
                "day_n": "Day 9",
                # HARD: a smaller rigging-crew call under the crew call in its box
                "call_note": ["(rigging crew 0630)"],
                "set": "the theatre and the green room",
                "police": "Bridport Police Station, Tannery Road, Bridport DT6 3QX",
                "breakfast": -30,
                "first": 90,
                "lunch": 330,
                "wrap": 630,
                "scenes": [
                    ("41", "INT. THEATRE - the talent night, Dawn sings", "N", "3", "1, 2, 4"),
                    ("42", "INT. GREEN ROOM - after the show", "N", "1 1/8", "1, 2"),
                ],
                "cast": [
                    ("Keeley Marsh", "DAWN", 0),
                    ("Joe Symes", "GARY", 45),
                    ("Pat Hounsell", "COMPERE", 90),
                ],
                "crew": [
                    ("Production", "Rosa Leggett", "07700 900 187", 0),
                    ("Gaffer", "Tony Loder", "07700 900 276", -60),
                    ("Art Dept", "Sally Crabb", "07700 900 365", -60),
                ],
                "notes": [
                    "We are a night-for-day interior: blacks on every window by 0900. The "
                    "cinema below is open from 1400 - no noise on the stairs after that.",
                ],
                "footer": "Brit Valley Pictures  ·  West Bay Nights  ·  Call sheet 9",
            },
        ),
    ]


# --- (2) UK unit call sheets with numbered sets, a unit base and two hospitals --------------


@_family(
    "uk_unit_numbered_sets",
    "UK unit call sheet, A4: company and office, 'CALL SHEET No. n' and the day; the title "
    "in capitals and the date centred; a strip of boxes with the unit / crew call heavier "
    "then breakfast, unit move, lunch, wrap, sunrise, sunset; a LOCATIONS table with a "
    "shaded label column: SET 1 / SET 2 (or Location 1 / 2 / 3), 'Unit Base / Crew "
    "Parking', 'Hospital #1' (A&E) and 'Hospital #2' (minor injuries), notes right; a "
    "TIME / WHERE / WHAT movement order; scenes with their set number; cast; notes",
    name="uk_{key}",
)
def _uk_sets(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", g["font"], margin=30.0)
    w = right - x0
    c.text(x0, 40, g["company"], 8.5, bold=True)
    grey_text(c, x0, 50, g["office"], 7)
    c.right(right, 40, f"CALL SHEET No. {g['n']}", 10, bold=True)
    c.right(right, 50, g["day_n"], 7.5)
    centre(c, 76, title.upper(), 18)
    centre(c, 92, day_text(day, g["date_style"]), 10.5)
    y = 102.0
    strip = [
        (g["call_label"], hm(call, t)),
        *[(lab, hm(add_minutes(call, off), t)) for lab, off in g["times"]],
        ("SUNRISE", hm(rise, t)),
        ("SUNSET", hm(fall, t)),
    ]
    sw = w / len(strip)
    for i, (lab, val) in enumerate(strip):
        big = i == 0
        c.box(x0 + i * sw, y, sw, 34, 1.6 if big else 0.5)
        fit(c, x0 + i * sw + 4, y + 10, lab, 6.8, sw - 8, bold=True)
        c.text(x0 + i * sw + 4, y + 27, val, 13 if big else 9.5, bold=big)
    y += 50
    c.text(x0, y, "LOCATIONS", 9, bold=True)
    y += 6
    first, *more = g["set_labels"]
    rows: list[tuple[str, list[str], str]] = [
        (first, [p.name, p.street, p.city, g["set"]], g["set1_note"]),
        *[(lab, lines, note) for lab, (lines, note) in zip(more, g["more"], strict=True)],
        (g["base_label"], [p.base_street, p.base_city], g["base_note"]),
        (
            g["hosp_labels"][0],
            [p.hospital, p.hospital_street, p.hospital_city, f"Tel {p.hospital_phone}"],
            "24hr A&E",
        ),
        (g["hosp_labels"][1], g["hosp2"], "Minor injuries only"),
    ]
    for lab, lines, note in rows:
        h = 8 + 10 * len(lines)
        fill(c, x0, y, 118, h, 228)
        c.box(x0, y, w, h, 0.4)
        c.vline(x0 + 118, y, y + h, 0.4)
        c.vline(right - 150, y, y + h, 0.4)
        c.text(x0 + 4, y + 12, lab, 8, bold=True)
        for k, ln in enumerate(lines):
            fit(c, x0 + 124, y + 12 + 10 * k, ln, 8, w - 118 - 160)
        paragraph(c, right - 146, y + 12, note, 7.2, 142, 9)
        y += h
    y += 16
    _day_tables(
        c,
        x0,
        y,
        right,
        spec,
        timed=(["TIME", "WHERE", "WHAT"], [0, 54, 140]),
        scenes=(["SC", "SET", "D/N", "PGS", "CAST", "LOC"], [0, 30, 300, 340, 390, 460]),
        cast=(["#", "ARTISTE", "CHARACTER", "P/UP", "M/U", "ON SET"], [0, 20, 150, 270, 340, 420]),
        steps=[-90, -70, 0],
        numbered=True,
        notes=("NOTES", 8.5, 7.5, 10),
    )
    footer(c, g["footer"], x0)
    return c.output()


def _uk_sets_sheets() -> list[Sheet]:
    return [
        _uk_sets(
            "barracks",
            "The Border Reivers",
            D(2026, 12, 9),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "uk",
                "date_style": "uk_long",
                "company": "TWEEDMOUTH TELEVISION LTD",
                "office": "Production office: 41 Bridge Street, Berwick-upon-Tweed TD15 1ES",
                "n": "17",
                "day_n": "Block 2  ·  Day 17 of 44",
                "call_label": "UNIT CALL",
                "times": [
                    ("BREAKFAST", -45),
                    ("UNIT MOVE", 270),
                    ("LUNCH", 330),
                    ("EST. WRAP", 630),
                ],
                "set_labels": ["SET 1", "SET 2"],
                "set": "parade ground and the Clock Block",
                "set1_note": "Sc 22, 23, 25. Am only: we hand the barracks back at 1230.",
                "more": [
                    (
                        ["Berwick Quay (Quay Walls)", "Quay Walls", "Berwick-upon-Tweed TD15 1HB"],
                        "Sc 27, 28. Pm. 5 min walk from SET 1; trucks stay at base.",
                    ),
                ],
                "base_label": "Unit Base / Crew Parking",
                "base_note": "Catering, costume, make-up and honeywagons. Crew cars top deck.",
                "hosp_labels": ["Hospital #1", "Hospital #2"],
                "hosp2": ["Berwick Infirmary", "Infirmary Square", "Berwick-upon-Tweed TD15 1LT"],
                "schedule": [
                    (-45, "BASE", "Breakfast"),
                    (0, "SET 1", "Unit call on the parade ground"),
                    (270, "MOVE", "UNIT MOVE to SET 2 on foot; kit by van"),
                    (330, "BASE", "Lunch"),
                    (390, "SET 2", "First shot on the Quay Walls"),
                ],
                "scenes": [
                    ("22", "EXT. PARADE GROUND - the muster", "D4", "2 1/8", "1, 2, SA", "1"),
                    ("23", "INT. CLOCK BLOCK - the quartermaster", "D4", "1", "2, 5", "1"),
                    ("27", "EXT. QUAY WALLS - Wat looks to Scotland", "D4", "6/8", "1", "2"),
                ],
                "cast": [
                    ("Lachlan Armstrong", "WAT", 0),
                    ("Isla Elliot", "MEG", 30),
                    ("Hamish Kerr", "QUARTERMASTER", 60),
                ],
                "notes": [
                    "English Heritage site: no stands on the lawns, soft feet inside. "
                    "Quay Walls stay open to the public: marshals at each end during takes.",
                ],
                "footer": "Tweedmouth Television  ·  The Border Reivers  ·  Call sheet 17",
            },
        ),
        _uk_sets(
            "dunabbey",
            "Malcolm's Tower",
            D(2026, 12, 16),
            "08:00",
            {
                "font": "sans",
                "time_style": "uk_colon",
                "date_style": "uk_short",
                "company": "GLEN BRIDGE FILMS",
                "office": "Carnegie Conference Centre, Halbeath Road, Dunfermline KY11 8DY",
                "n": "8",
                "day_n": "Day 8 of 22",
                "call_label": "CREW CALL",
                "times": [("BREAKFAST", -30), ("LUNCH", 300), ("UNIT MOVE", 360), ("WRAP", 600)],
                "set_labels": ["Location 1", "Location 2", "Location 3"],
                "set": "the nave and the Bruce's grave",
                "set1_note": "Sc 31-33. Abbey closed to visitors for us until 13:00.",
                "more": [
                    (
                        [
                            "Pittencrieff Park (Malcolm's Tower)",
                            "Pittencrieff Street",
                            "Dunfermline KY12 8QH",
                        ],
                        "Sc 35. After lunch. Park open to public.",
                    ),
                    (
                        [
                            "Andrew Carnegie Birthplace Museum",
                            "Moodie Street",
                            "Dunfermline KY12 7PL",
                        ],
                        "Sc 36 if time: interior, 6 crew max.",
                    ),
                ],
                "base_label": "Unit Base / Crew Parking",
                "base_note": "Base and catering on the top level; walk to Location 1 via Kirkgate.",
                # HARD: the minor-injuries unit in town is listed second, under a different
                # label from the A&E in Kirkcaldy
                "hosp_labels": ["Nearest A&E", "Hospital #2"],
                "hosp2": ["Queen Margaret Hospital", "Whitefield Road", "Dunfermline KY12 0SU"],
                "schedule": [
                    (-30, "BASE", "Breakfast"),
                    (0, "LOC 1", "Crew call in the nave"),
                    (300, "BASE", "Lunch"),
                    (360, "MOVE", "Unit move to Location 2 (10 min walk)"),
                    (480, "LOC 3", "Location 3 if time"),
                ],
                "scenes": [
                    ("31", "INT. ABBEY NAVE - the coronation", "D2", "3 2/8", "1, 2, 3", "1"),
                    ("33", "INT. ABBEY - THE BRUCE'S GRAVE", "D2", "6/8", "1", "1"),
                    ("35", "EXT. MALCOLM'S TOWER - the ruins", "D2", "1 1/8", "1, 4", "2"),
                ],
                "cast": [
                    ("Eilidh Robertson", "MARGARET", 0),
                    ("Calum Baird", "MALCOLM", 0),
                    ("Fraser Mowat", "BISHOP", 60),
                ],
                "notes": [
                    "Church of Scotland: no filming during the lunchtime prayers (12:30 - "
                    "12:45). Location 2 is a public park: dog walkers welcome, no cables across "
                    "the paths.",
                ],
                "footer": "Glen Bridge Films  ·  Malcolm's Tower  ·  Call sheet 8",
            },
        ),
        _uk_sets(
            "helmsley",
            "Rye Dale",
            D(2027, 1, 12),
            "07:45",
            {
                "font": "helvetica",
                "time_style": "uk",
                "date_style": "uk_caps",
                "company": "DUNCOMBE PARK PICTURES",
                "office": "The Old Vicarage, Bondgate, Helmsley YO62 5BW",
                "n": "3",
                "day_n": "Day 3 of 18",
                "call_label": "UNIT CALL",
                "times": [("BREAKFAST", -45), ("LUNCH", 315), ("UNIT MOVE", 375), ("WRAP", 555)],
                "set_labels": ["SET 1", "SET 2"],
                "set": "the keep and the west range",
                "set1_note": "Sc 4, 6. Frost likely: grips salt the bridge at 0700.",
                "more": [
                    (
                        ["Rievaulx Abbey", "Rievaulx", "Helmsley YO62 5LB"],
                        "Sc 9. 3 miles NW on the B1257; unit move after lunch.",
                    ),
                ],
                "base_label": "Unit Base / Crew Parking",
                "base_note": "Pay and display: the production has the permits, on your dash.",
                "hosp_labels": ["Hospital #1", "Hospital #2"],
                "hosp2": ["Malton Community Hospital", "Middlecave Road", "Malton YO17 7NG"],
                "schedule": [
                    (-45, "BASE", "Breakfast"),
                    (0, "SET 1", "Unit call at the castle gate"),
                    (315, "BASE", "Lunch"),
                    (375, "MOVE", "UNIT MOVE to SET 2, Rievaulx (15 min)"),
                    (420, "SET 2", "First shot, the nave arches"),
                ],
                "scenes": [
                    ("4", "EXT. CASTLE KEEP - the siege lifts", "D1", "1 5/8", "1, 2", "1"),
                    ("6", "INT. WEST RANGE - Agnes and the steward", "D1", "2", "1, 3", "1"),
                    ("9", "EXT. RIEVAULX - the monks at vespers", "D1", "1", "2, SA", "2"),
                ],
                "cast": [
                    ("Beth Suddaby", "AGNES", 0),
                    ("Tom Featherstone", "ROGER", 30),
                    ("Daniel Oyelaran", "STEWARD", 90),
                ],
                "notes": [
                    "Both sets are English Heritage: hard hats in the keep, no smoke "
                    "machines at Rievaulx. Sunset 1606: the Rievaulx shot is tight.",
                ],
                "footer": "Duncombe Park Pictures  ·  Rye Dale  ·  Call sheet 3",
            },
        ),
    ]


# --- (3) German / Austrian Tagesdispo: Treffpunkt Team, Motiv, Basis, Krankenhaus ------------


@_family(
    "de_at_tagesdispo",
    "German / Austrian Tagesdispo, A4: company and office, 'TAGESDISPO' and 'Drehtag 14 "
    "von 32' right; the title, credits, the date ('Do., 10.12.2026', 'Dienstag, 12. Jänner "
    "2027'); ruled label rows (Maske, Treffpunkt Team with its place, Drehbeginn, "
    "Mittagspause, Drehschluss, Sonnenaufgang / -untergang, Wetter); Motiv, Basis / Parken "
    "and Krankenhaus as three boxes or as label and lines; Bild, Darsteller and Team tables "
    "('07:30 Uhr', '7.30 Uhr', '07.30'); Hinweise",
)
def _de(spec: Day) -> bytes:
    _, p, rise, fall, t, layout, title, day, call, g = spec
    c, x0, right = page("A4", g["font"], margin=34.0)
    w = right - x0
    c.text(x0, 40, g["company"], 9, bold=True)
    grey_text(c, x0, 50, g["office"], 7)
    c.right(right, 42, "TAGESDISPO", 15, bold=True)
    c.right(right, 55, g["day_n"], 9)
    c.hline(x0, right, 62, 1.2)
    c.text(x0, 86, title, 19, bold=True)
    c.text(x0, 100, g["credits"], 8)
    c.right(right, 86, day_text(day, g["date_style"]), 11, bold=True)
    y = 122.0
    rows = [
        (lab, f"{hm(add_minutes(call, off), t)}  {what}".rstrip()) for lab, off, what in g["before"]
    ]
    rows.append(("Treffpunkt Team", f"{hm(call, t)}  {g['meet']}"))
    rows += [
        (lab, f"{hm(add_minutes(call, off), t)}  {what}".rstrip()) for lab, off, what in g["after"]
    ]
    rows += [
        ("Sonnenaufgang / -untergang", f"{hm(rise, t)} / {hm(fall, t)}"),
        ("Wetter", g["weather"]),
    ]
    y = label_rows(c, x0, y, right, rows, 8.5, 150, 13, rule_drop=4) + 8
    motiv = [p.name, p.street, p.city, g["set"]]
    basis = [g["base_name"], p.base_street, p.base_city]
    kh = [p.hospital, p.hospital_street, p.hospital_city, f"Tel. {p.hospital_phone}"]
    if layout == "boxes":
        bw = w / 3
        blocks = [
            (g["motiv_label"], motiv),
            ("Basis / Parken", basis),
            ("Krankenhaus (Notaufnahme)", kh),
        ]
        ruled_cells(c, x0, y, bw, blocks, 62, 0.6, label_size=7.5, size=8, lead=10.5)
        y += 78
    else:
        for head, lines in [
            (g["motiv_label"], motiv),
            ("Basis / Parken", basis),
            ("Nächstes Krankenhaus", kh),
        ]:
            c.text(x0, y, head, 8.5, bold=True)
            y = paragraphs(c, x0 + 150, y, lines, 8.5, w - 150, 11) + 4
            c.hline(x0, right, y - 7, 0.3)
        y += 10
    y = _day_tables(
        c,
        x0,
        y,
        right,
        spec,
        style=g["table_style"],
        scenes=(["Bild", "Motiv / Inhalt", "T/N", "I/A", "Rollen"], [0, 34, 320, 352, 384]),
        cast=(
            ["Rolle", "Darsteller/in", "Abholung", "Maske", "am Set"],
            [0, 110, 240, 320, 400],
        ),
        steps=[-70, -55, 0],
        crew=(["Abteilung", "Name", "Telefon", "Treffpunkt"], [0, 110, 250, 390]),
    )
    titled_notes(c, x0, y + 4, "Hinweise", 8.5, g["notes"], 7.5, w, 10)
    footer(c, g["footer"], x0)
    return c.output()


def _de_sheets() -> list[Sheet]:
    return [
        _de(
            "rathaus",
            "Salz und Silber",
            D(2026, 12, 10),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "de_uhr",
                "table_style": "nl",
                "date_style": "de",
                "layout": "stacked",
                "company": "Ilmenau Filmproduktion GmbH",
                "office": "Heiligengeiststraße 9, 21335 Lüneburg  ·  Tel. 04131 228 190",
                "day_n": "Drehtag 14 von 32",
                "credits": "Regie: Svenja Harms  ·  Produktion: Jörn Petersen  ·  "
                "Regieassistenz: Lale Demir",
                "before": [("Maske / Kostüm", -45, "in der Basis")],
                "meet": "am Motiv, Eingang Ochsenmarkt",
                "after": [
                    ("Drehbeginn", 60, ""),
                    ("Mittagspause", 330, "(60 Min.)"),
                    ("Drehschluss (geplant)", 630, ""),
                ],
                "weather": "bedeckt, 3 °C, Nieselregen am Nachmittag",
                "motiv_label": "Motiv 1",
                "set": "Fürstensaal und Große Ratsstube",
                "base_name": "Basis: Catering, Maske, Kostüm",
                "scenes": [
                    ("44", "Fürstensaal - Ratssitzung, Anna widerspricht", "T", "I", "1, 3, 5"),
                    ("45", "Große Ratsstube - Anna und Brandt allein", "T", "I", "1, 2"),
                    ("47", "Marktplatz vor dem Rathaus - Abfahrt", "T", "A", "2, K"),
                ],
                "cast": [
                    ("ANNA", "Merle Jansen", 0),
                    ("BRANDT", "Henrik Voss", 60),
                    ("BÜRGERMEISTER", "Klaus Oltmann", 90),
                ],
                "crew": [
                    ("Produktion", "Jörn Petersen", "0171 555 2190", 0),
                    ("Kamera", "Ida Brockmann", "0160 555 7743", 0),
                    ("Licht", "Timo Wulf", "0152 555 3308", -60),
                ],
                "notes": [
                    "Das Rathaus ist ab 10:00 für Führungen geöffnet: Fürstensaal bleibt "
                    "geschlossen, leise auf den Fluren. Keine Stative auf dem Parkett ohne "
                    "Filzgleiter.",
                ],
                "footer": "Ilmenau Filmproduktion  ·  Salz und Silber  ·  Dispo DT 14",
            },
        ),
        _de(
            "emmeram",
            "Die Fürstin",
            D(2026, 12, 17),
            "07:30",
            {
                "font": "sans",
                "time_style": "de_dot",
                "table_style": "at",
                "date_style": "de_long",
                "layout": "boxes",
                "company": "Donaulicht Film GmbH",
                "office": "Keplerstraße 2, 93047 Regensburg",
                "day_n": "Drehtag 6 von 24",
                "credits": "Regie: Benedikt Aigner  ·  Herstellungsleitung: Carola Huber",
                "before": [("Maske / Kostüm", -60, "Basis")],
                "meet": "Basis (Dultplatz), Shuttle zum Motiv",
                "after": [
                    ("Drehbeginn", 75, "Kreuzgang"),
                    ("Mittagspause", 300, ""),
                    ("Drehschluss", 600, ""),
                ],
                "weather": "trocken, sonnig, -2 °C",
                "motiv_label": "Motiv",
                "set": "Kreuzgang und Thronsaal",
                "base_name": "Basis, Catering und Technik",
                "scenes": [
                    ("12", "Kreuzgang - die Fürstin beim Spaziergang", "T", "A", "1"),
                    ("13", "Thronsaal - Empfang der Gesandten", "T", "I", "1, 2, 4, K"),
                ],
                "cast": [("FÜRSTIN", "Theresa Lechner", 0), ("KANZLER", "Wolfgang Riedl", 45)],
                "crew": [
                    ("Produktion", "Carola Huber", "0170 555 8812", 0),
                    ("Kamera", "Jonas Pfeiffer", "0176 555 2234", 0),
                    ("Ton", "Sabine Kraus", "0151 555 6671", 0),
                ],
                "notes": [
                    "Schlossführungen laufen weiter: Wege freihalten. Im Thronsaal nur "
                    "LED-Licht, keine Wärmequellen. Shuttle ab Basis alle 15 Minuten.",
                ],
                "footer": "Donaulicht Film  ·  Die Fürstin  ·  Tagesdispo DT 6",
            },
        ),
        _de(
            "dachl",
            "Föhn",
            D(2027, 1, 12),
            "07:15",
            {
                "font": "helvetica",
                "time_style": "at",
                "table_style": "at",
                "date_style": "at_long",
                "layout": "boxes",
                "company": "Inntal Film GmbH",
                "office": "Maria-Theresien-Straße 18, 6020 Innsbruck  ·  +43 512 555 410",
                "day_n": "Drehtag 3 von 21",
                "credits": "Regie: Magdalena Hörtnagl  ·  Produktion: Florian Mair",
                # HARD: the technical crew meets 45 minutes before the team's Treffpunkt
                "before": [
                    ("Treffpunkt Technik", -45, "Tiefgarage Congress"),
                    ("Maske / Kostüm", -30, "Basis"),
                ],
                "meet": "Altstadt, vor dem Goldenen Dachl",
                "after": [
                    ("Drehbeginn", 60, ""),
                    ("Mittagessen", 300, "Basis"),
                    ("Drehende", 540, ""),
                ],
                "weather": "Föhn, klar, 9 °C, Böen bis 70 km/h",
                "motiv_label": "Motiv",
                "set": "Prunkerker und Herzog-Friedrich-Straße",
                "base_name": "Basis (Garage, Ebene -1)",
                "scenes": [
                    (
                        "7",
                        "Herzog-Friedrich-Straße - Vroni läuft durch die Altstadt",
                        "T",
                        "A",
                        "1, K",
                    ),
                    ("8", "Prunkerker - Blick auf den Platz", "T", "I", "1, 2"),
                ],
                "cast": [("VRONI", "Anna Kofler", 0), ("SEPP", "Lukas Gruber", 60)],
                "crew": [
                    ("Produktion", "Florian Mair", "+43 664 555 1201", 0),
                    ("Kamera", "Eva Strasser", "+43 676 555 3490", -45),
                    ("Licht", "Martin Pichler", "+43 650 555 7782", -45),
                ],
                "notes": [
                    "Bei Föhnsturm keine Hochstative und keine Drohne. Die Altstadt bleibt "
                    "für Fußgänger offen: Ordner an beiden Enden der Straße.",
                ],
                "footer": "Inntal Film  ·  Föhn  ·  Tagesdispo DT 3",
            },
        ),
    ]


# --- (4) Dutch / Flemish callsheets: Verzamelen crew, Draaidag, Locatie, Ziekenhuis -----------


@_family(
    "nl_be_callsheet",
    "Dutch / Flemish callsheet, A4: a dark band with the company, 'CALLSHEET' and 'Draaidag "
    "5 van 18'; the title and credits; a boxed left column of times ('Verzamelen crew' / "
    "'Verzameling ploeg' at 16 pt among ontbijt, eerste draai, lunch, einde draaidag, "
    "zonsopkomst, zonsondergang; '07:30' or '7.30 u'); right of it the date ('do 10 "
    "december 2026', 'donderdag 14/01/2027'), Locatie, Parkeren / basis and Ziekenhuis "
    "(SEH) / Dichtstbijzijnde spoed as label and lines, '112'; scenes, cast, crew; notes",
)
def _nl(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    lab = g["labels"]
    c, x0, right = page("A4", g["font"], margin=32.0)
    w = right - x0
    fill(c, x0, 30, w, 40, 35)
    c.pdf.set_text_color(255, 255, 255)
    c.text(x0 + 10, 50, g["company"], 10, bold=True)
    c.text(x0 + 10, 62, g["office"], 7)
    c.right(right - 10, 50, g["kind"], 13, bold=True)
    c.right(right - 10, 62, g["day_n"], 8)
    c.pdf.set_text_color(0, 0, 0)
    c.text(x0, 96, title, 20, bold=True)
    c.text(x0, 110, g["credits"], 8)
    # left: the day's times in a column; right: date, location, parking, hospital
    col = 170.0
    y = 132.0
    c.box(x0, y - 12, col, 232, 0.6)
    c.text(x0 + 8, y, lab["times"], 8, bold=True)
    y += 18
    rows = [(a, add_minutes(call, off)) for a, off in g["before"]]
    rows.append((lab["call"], call))
    rows += [(a, add_minutes(call, off)) for a, off in g["after"]]
    rows += [(lab["rise"], rise), (lab["set"], fall)]
    for a, v in rows:
        big = a == lab["call"]
        c.text(x0 + 8, y, a, 7.5, bold=big)
        c.text(x0 + 8, y + (17 if big else 11), hm(v, t), 16 if big else 9.5, bold=big)
        y += 32 if big else 23
    mx = x0 + col + 16
    y = 132.0
    c.text(mx, y, lab["date"], 8, bold=True)
    c.text(mx + 112, y, day_text(day, g["date_style"]), 10, bold=True)
    y += 20
    for head, lines in [
        (lab["loc"], [p.name, p.street, p.city, g["set"]]),
        (lab["base"], [p.base_street, p.base_city, g["base_note"]]),
        (
            lab["hosp"],
            [p.hospital, p.hospital_street, p.hospital_city, f"tel. {p.hospital_phone}"],
        ),
    ]:
        c.text(mx, y, head, 8, bold=True)
        y = paragraphs(c, mx + 112, y, lines, 8.5, right - mx - 112, 11) + 6
        c.hline(mx, right, y - 8, 0.3)
    c.text(mx, y + 4, lab["emergency"], 8, bold=True)
    y = 132.0 + 232
    y = _day_tables(
        c,
        x0,
        y,
        right,
        spec,
        style=g["table_style"],
        scenes=(["Sc.", lab["scene"], "D/N", "Pag.", "Cast"], [0, 30, 330, 370, 410]),
        cast=(["Rol", "Acteur", "Ophalen", "Grime", "Op set"], [0, 110, 240, 320, 400]),
        steps=[-75, -60, 0],
        crew=([lab["dept"], "Naam", "Telefoon", lab["crew_call"]], [0, 110, 250, 390]),
    )
    titled_notes(c, x0, y + 4, lab["notes"], 8.5, g["notes"], 7.5, w, 10)
    footer(c, g["footer"], x0)
    return c.output()


NL_LABELS = {
    "times": "TIJDEN",
    "call": "Verzamelen crew",
    "rise": "Zonsopkomst",
    "set": "Zonsondergang",
    "date": "Datum",
    "loc": "Locatie",
    "base": "Parkeren / basis",
    "hosp": "Ziekenhuis (SEH)",
    "emergency": "Noodgeval: 112",
    "scene": "Omschrijving",
    "dept": "Afdeling",
    "crew_call": "Aanwezig",
    "notes": "Opmerkingen",
}
BE_LABELS = {
    **NL_LABELS,
    "call": "Verzameling ploeg",
    "rise": "Zonsopgang",
    "loc": "Draailocatie",
    "base": "Basis / parking",
    "hosp": "Dichtstbijzijnde spoed",
    "emergency": "Noodnummer: 112",
    "crew_call": "Calltijd",
    "notes": "Info",
}


def _nl_sheets() -> list[Sheet]:
    return [
        _nl(
            "waag",
            "De Koopmansdochter",
            D(2026, 12, 10),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "nl",
                "table_style": "nl",
                "date_style": "nl",
                "labels": NL_LABELS,
                "company": "IJsselfilm B.V.",
                "office": "Bergstraat 21, 7411 EN Deventer",
                "kind": "CALLSHEET",
                "day_n": "Draaidag 5 van 18",
                "credits": "Regie: Femke Bosman  ·  Productie: Ruben Kleinjan  ·  1e RA: Sanne Vos",
                "before": [("Ontbijt", -30)],
                "after": [("Eerste draai", 60), ("Lunch", 300), ("Einde draaidag", 600)],
                "set": "de benedenzaal en de zolder",
                "base_note": "Catering, grime en kostuum in de bus",
                "scenes": [
                    ("21", "BIN. WAAG BENEDENZAAL - Geertje weegt de lading", "D", "1 4/8", "1, 2"),
                    ("22", "BIN. WAAG ZOLDER - de verborgen brief", "D", "6/8", "1"),
                    ("24", "BUI. BRINK - de markt", "D", "1", "1, 3, fig."),
                ],
                "cast": [
                    ("GEERTJE", "Lotte Hendriks", 0),
                    ("JACOB", "Daan Meijer", 60),
                    ("KOOPMAN", "Henk Oosterhuis", 120),
                ],
                "crew": [
                    ("Productie", "Ruben Kleinjan", "06 5555 1021", 0),
                    ("Camera", "Noor de Graaf", "06 5555 3042", 0),
                    ("Licht", "Bas Wolters", "06 5555 7093", -60),
                ],
                "notes": [
                    "Het museum is vandaag gesloten voor publiek. Geen statieven op de "
                    "houten vloer zonder vilt. Fietsen niet tegen de Waag zetten.",
                ],
                "footer": "IJsselfilm  ·  De Koopmansdochter  ·  Callsheet DD 5",
            },
        ),
        _nl(
            "vangijn",
            "Getij",
            D(2026, 12, 15),
            "08:00",
            {
                "font": "sans",
                "time_style": "nl",
                "table_style": "nl",
                "date_style": "nl_long",
                "labels": NL_LABELS,
                "company": "Merwede Media",
                "office": "Voorstraat 188, 3311 ER Dordrecht",
                "kind": "CALLSHEET",
                "day_n": "Draaidag 11",
                "credits": "Regie: Joost van Wijk  ·  Productie: Esra Yilmaz",
                # HARD: the boat crew's time on the Nieuwe Haven comes before the crew call
                "before": [("Bootploeg Nieuwe Haven", -60), ("Ontbijt", -30)],
                "after": [("Eerste draai", 75), ("Lunch", 330), ("Einde draaidag", 600)],
                "set": "de salon, de keuken en de kade",
                "base_note": "Niveau -1, uitrijkaarten bij productie",
                "scenes": [
                    ("40", "BIN. HUIS VAN GIJN SALON - het diner", "A", "2 2/8", "1, 2, 3"),
                    ("43", "BUI. NIEUWE HAVEN - de sloep vertrekt", "D", "7/8", "2, 4"),
                ],
                "cast": [
                    ("MARIJKE", "Iris de Bruijn", 0),
                    ("TEUN", "Youssef Amrani", 30),
                    ("SCHIPPER", "Kees Verhoeven", 150),
                ],
                "crew": [
                    ("Productie", "Esra Yilmaz", "06 5555 2277", 0),
                    ("Camera", "Thijs Mulder", "06 5555 4488", 0),
                    ("Varen", "Wim Schouten", "06 5555 6611", -60),
                ],
                "notes": [
                    "Op de kade zwemvesten voor iedereen die de sloep in gaat. In het museum "
                    "geen eten of drinken; catering in de tuinkamer.",
                ],
                "footer": "Merwede Media  ·  Getij  ·  Callsheet",
            },
        ),
        _nl(
            "broel",
            "Leie",
            D(2027, 1, 14),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "nl_u",
                "table_style": "nl_u",
                "date_style": "be_nl",
                "labels": BE_LABELS,
                "company": "Groeningefilm bv",
                "office": "Grote Markt 54, 8500 Kortrijk  ·  BTW BE 0555.123.456",
                "kind": "DAGPLANNING",
                "day_n": "Draaidag 7 / 25",
                "credits": "Regie: Lien Vandewalle  ·  Productie: Pieter Debaene",
                "before": [("Ontbijt", -45)],
                "after": [("Eerste opname", 60), ("Middagmaal", 330), ("Einde draaidag", 630)],
                "set": "de kaai en de zuidertoren",
                "base_note": "Honeywagon en catering aan de kaai",
                "scenes": [
                    ("15", "EXT. BROELKAAI - Ward aan het water", "D", "1 3/8", "1"),
                    ("16", "INT. ZUIDERTOREN - het oude atelier", "D", "2", "1, 2"),
                ],
                "cast": [("WARD", "Jens Deprez", 0), ("ELS", "Hanne Vanhoutte", 45)],
                "crew": [
                    ("Productie", "Pieter Debaene", "0470 55 12 34", 0),
                    ("Camera", "Sofie Claeys", "0485 55 67 89", 0),
                    ("Geluid", "Bert Lambrecht", "0496 55 43 21", 0),
                ],
                "notes": [
                    "De Broelbrug blijft open voor fietsers: geen kabels over het fietspad. "
                    "Parkeerkaarten voor de ploeg liggen bij productie.",
                ],
                "footer": "Groeningefilm  ·  Leie  ·  Dagplanning DD 7",
            },
        ),
    ]


# --- (5) Nordic sheets: Danish Dagsplan, Norwegian Innkalling, Swedish callsheet ---------------


@_family(
    "nordic_dagsplan",
    "Nordic call sheet, A4: company, 'CALLSHEET / DAGSPLAN' (Danish), 'INNKALLING' "
    "(Norwegian) or 'CALLSHEET' (Swedish) right; the title and credits; a ruled two-column "
    "table with shaded labels: date ('torsdag d. 10. december 2026', 'Tisdag "
    "2027-01-19'), shooting day, make-up, the crew call (Mødetid crew / Oppmøte crew / "
    "Samlingstid) with where, first shot, lunch, wrap, sun, the location, base / parking "
    "and the nearest A&E with 112 / 113; times 'kl. 07.30'; a timed plan, cast, crew; notes",
)
def _nordic(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    lab = g["labels"]
    c, x0, right = page("A4", g["font"], margin=40.0)
    w = right - x0
    c.text(x0, 46, g["company"], 8.5, bold=True)
    c.right(right, 46, lab["kind"], 12, bold=True)
    c.text(x0, 74, title, 21, bold=True)
    c.text(x0, 88, g["credits"], 8)
    c.hline(x0, right, 96, 0.8)
    y = 106.0
    rows: list[tuple[str, list[str]]] = [
        (lab["date"], [day_text(day, g["date_style"])]),
        (lab["day"], [g["day_n"]]),
        *[(a, [hm(add_minutes(call, off), t)]) for a, off in g["before"]],
        (lab["call"], [f"{hm(call, t)}  {g['meet']}"]),
        *[(a, [hm(add_minutes(call, off), t)]) for a, off in g["after"]],
        (lab["sun"], [f"{hm(rise, t)} / {hm(fall, t)}"]),
        (lab["loc"], [p.name, p.street, p.city, g["set"]]),
        (lab["base"], [p.base_street, p.base_city]),
        (
            lab["hosp"],
            [
                p.hospital,
                f"{p.hospital_street}, {p.hospital_city}",
                f"{lab['tel']} {p.hospital_phone}  ·  {lab['emergency']}",
            ],
        ),
    ]
    lw = 150.0
    for a, lines in rows:
        h = 6 + 11 * len(lines)
        fill(c, x0, y, lw, h, 232)
        c.box(x0, y, w, h, 0.3)
        big = a == lab["call"]
        c.text(x0 + 5, y + 11, a, 8.5, bold=True)
        for k, ln in enumerate(lines):
            fit(c, x0 + lw + 6, y + 11 + 11 * k, ln, 9.5 if big else 8.5, w - lw - 12, bold=big)
        y += h
    y += 18
    _day_tables(
        c,
        x0,
        y,
        right,
        spec,
        style="nordic",
        timed=([lab["time"], lab["what"]], [0, 60]),
        cast=([lab["role"], lab["actor"], lab["makeup"], lab["on_set"]], [0, 120, 260, 360]),
        steps=[-60, 0],
        crew=([lab["dept"], lab["name"], lab["phone"], lab["call"]], [0, 110, 250, 380]),
        notes=(lab["notes"], 8.5, 7.5, 10),
    )
    footer(c, g["footer"], x0)
    return c.output()


DA = {
    "kind": "CALLSHEET / DAGSPLAN",
    "date": "Dato",
    "day": "Optagedag",
    "call": "Mødetid crew",
    "sun": "Solopgang / solnedgang",
    "loc": "Location",
    "base": "Base / parkering",
    "hosp": "Nærmeste skadestue",
    "tel": "Tlf.",
    "emergency": "Alarm 112",
    "time": "Tid",
    "what": "Hvad",
    "role": "Rolle",
    "actor": "Skuespiller",
    "makeup": "Sminke",
    "on_set": "På set",
    "dept": "Afdeling",
    "name": "Navn",
    "phone": "Telefon",
    "notes": "Bemærkninger",
}
NO = {
    "kind": "INNKALLING",
    "date": "Dato",
    "day": "Opptaksdag",
    "call": "Oppmøte crew",
    "sun": "Soloppgang / solnedgang",
    "loc": "Lokasjon",
    "base": "Base / parkering",
    "hosp": "Nærmeste sykehus (akutt)",
    "tel": "Tlf.",
    "emergency": "Ambulanse 113",
    "time": "Tid",
    "what": "Hva",
    "role": "Rolle",
    "actor": "Skuespiller",
    "makeup": "Sminke",
    "on_set": "På sett",
    "dept": "Avdeling",
    "name": "Navn",
    "phone": "Telefon",
    "notes": "Merknader",
}
SV = {
    "kind": "CALLSHEET",
    "date": "Datum",
    "day": "Inspelningsdag",
    "call": "Samlingstid",
    "sun": "Soluppgång / solnedgång",
    "loc": "Inspelningsplats",
    "base": "Bas / parkering",
    "hosp": "Närmaste akutmottagning",
    "tel": "Tel.",
    "emergency": "Larm 112",
    "time": "Tid",
    "what": "Vad",
    "role": "Roll",
    "actor": "Skådespelare",
    "makeup": "Smink",
    "on_set": "På plats",
    "dept": "Avdelning",
    "name": "Namn",
    "phone": "Telefon",
    "notes": "Övrigt",
}


def _nordic_sheets() -> list[Sheet]:
    return [
        _nordic(
            "kronborg",
            "Hamlets Skygge",
            D(2026, 12, 10),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "kl",
                "date_style": "da",
                "labels": DA,
                "company": "Øresund Film ApS",
                "credits": "Instruktør: Mette Kjærgaard  ·  Producent: Rasmus Holm",
                "day_n": "6 af 20",
                "before": [("Sminke / kostume", -45)],
                "meet": "ved Kronborgs hovedport",
                "after": [("Første optagelse", 60), ("Frokost", 300), ("Forventet slut", 570)],
                "set": "riddersalen og kasematterne",
                "schedule": [
                    (-45, "Sminke og kostume i basen"),
                    (0, "Mødetid crew, sikkerhedsbriefing"),
                    (60, "Sc. 18 Riddersalen"),
                    (300, "Frokost"),
                    (360, "Sc. 21 Kasematterne (kun 8 crew)"),
                ],
                "cast": [("HAMLET", "Frederik Lund", 0), ("OFELIA", "Ida Bech", 60)],
                "crew": [
                    ("Produktion", "Rasmus Holm", "+45 20 55 12 34", 0),
                    ("Foto", "Signe Dahl", "+45 31 55 67 89", 0),
                    ("Lys", "Mikkel Brandt", "+45 40 55 43 21", -60),
                ],
                "notes": [
                    "Slottet er åbent for gæster fra kl. 11.00: vi holder riddersalen lukket. "
                    "Kasematterne er kolde og fugtige - varmt tøj og pandelampe.",
                ],
                "footer": "Øresund Film  ·  Hamlets Skygge  ·  Dagsplan 6",
            },
        ),
        _nordic(
            "jugend",
            "Bybrannen",
            D(2026, 12, 15),
            "08:30",
            {
                "font": "sans",
                "time_style": "kl",
                "date_style": "no",
                "labels": NO,
                "company": "Brosundet Film AS",
                "credits": "Regi: Ingrid Aasen  ·  Produsent: Eirik Vik",
                "day_n": "11 av 28",
                "before": [("Sminke / kostyme", -60), ("Frokost", -30)],
                "meet": "i basen, gangavstand til settet",
                "after": [("Første opptak", 75), ("Lunsj", 300), ("Ferdig", 480)],
                "set": "apoteket og trappehuset",
                "schedule": [
                    (-30, "Frokost i basen"),
                    (0, "Oppmøte crew"),
                    (75, "Sc. 33 Apoteket"),
                    (300, "Lunsj"),
                    (360, "Sc. 35 Trappehuset, mørkt ute"),
                ],
                "cast": [("MARTHA", "Sigrid Rønneberg", 0), ("APOTEKER", "Knut Brekke", 60)],
                "crew": [
                    ("Produksjon", "Eirik Vik", "+47 915 55 123", 0),
                    ("Foto", "Hanne Solheim", "+47 922 55 456", 0),
                    ("Lyd", "Ola Myklebust", "+47 934 55 789", 0),
                ],
                "notes": [
                    "Museet holder stengt for publikum. Kort dag: sola går ned tidlig, "
                    "utescener er flyttet. Husk brodder, det er glatt i Apotekergata.",
                ],
                "footer": "Brosundet Film  ·  Bybrannen  ·  Innkalling dag 11",
            },
        ),
        _nordic(
            "gotmus",
            "Ringmuren",
            D(2027, 1, 19),
            "08:00",
            {
                "font": "helvetica",
                "time_style": "nordic",
                "date_style": "sv_iso",
                "labels": SV,
                "company": "Gutefilm AB",
                "credits": "Regi: Linnea Klintberg  ·  Producent: Oskar Hägg",
                "day_n": "4 av 15",
                # HARD: the boat from Nynäshamn's arrival and the rigging crew come before the
                # Samlingstid
                "before": [("Färjan från Nynäshamn", -105), ("Riggning (ljus)", -60)],
                "meet": "på museets gård",
                "after": [("Första tagning", 60), ("Lunch", 300), ("Beräknat slut", 540)],
                "set": "Bildstenshallen och museets gård",
                "schedule": [
                    (-105, "Färjan anländer, bilar till basen"),
                    (0, "Samlingstid, säkerhetsgenomgång"),
                    (60, "Sc. 9 Bildstenshallen"),
                    (300, "Lunch"),
                    (360, "Sc. 11 Gården, skymning"),
                ],
                "cast": [("ELSA", "Moa Lindqvist", 0), ("KURATORN", "Per Gahnström", 90)],
                "crew": [
                    ("Produktion", "Oskar Hägg", "070-555 12 34", 0),
                    ("Foto", "Tove Ek", "073-555 56 78", 0),
                    ("Ljus", "Anton Hellgren", "076-555 90 12", -60),
                ],
                "notes": [
                    "Museet är stängt på tisdagar: vi har huset för oss själva. Inga "
                    "stativ på bildstenarnas sockel. Färjan tillbaka kl. 17.45.",
                ],
                "footer": "Gutefilm  ·  Ringmuren  ·  Callsheet dag 4",
            },
        ),
    ]


# --- (6) French / Belgian / Swiss feuilles de service: RDV équipe, PAT, cantine -------------


@_family(
    "fr_feuille_de_service",
    "French / Belgian / Swiss feuille de service, A4: company and office, 'Jour 8 / 35' "
    "right; 'FEUILLE DE SERVICE', the title in guillemets, credits and the date centred "
    "('jeudi 10 décembre 2026', 'Mardi 19.01.2027'); ruled boxes of HMC, RENDEZ-VOUS "
    "ÉQUIPE (heavier), PAT, cantine, fin de journée prévue, lever / coucher du soleil "
    "('7h30', '07h30', '07:30'); DÉCOR, ADRESSE DE TOURNAGE, parking / cantine / loges and "
    "HÔPITAL LE PLUS PROCHE as label and lines; séquences, comédiens, équipe; remarques",
)
def _fr(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", g["font"], margin=34.0)
    w = right - x0
    c.text(x0, 40, g["company"], 8.5, bold=True)
    grey_text(c, x0, 50, g["office"], 7)
    c.right(right, 40, g["day_n"], 9, bold=True)
    centre(c, 76, "FEUILLE DE SERVICE", 15)
    centre(c, 98, f"« {title} »", 18)
    centre(c, 112, g["credits"], 8, bold=False)
    centre(c, 128, day_text(day, g["date_style"]), 11)
    y = 140.0
    cells = [(a, hm(add_minutes(call, off), t)) for a, off in g["before"]]
    cells.append(("RENDEZ-VOUS ÉQUIPE", hm(call, t)))
    cells += [(a, hm(add_minutes(call, off), t)) for a, off in g["after"]]
    cells += [("LEVER DU SOLEIL", hm(rise, t)), ("COUCHER DU SOLEIL", hm(fall, t))]
    per = 4
    cw = w / per
    for i, (a, v) in enumerate(cells):
        xx = x0 + (i % per) * cw
        yy = y + (i // per) * 32
        big = a == "RENDEZ-VOUS ÉQUIPE"
        c.box(xx, yy, cw, 32, 1.5 if big else 0.4)
        fit(c, xx + 4, yy + 10, a, 6.8, cw - 8, bold=True)
        c.text(xx + 4, yy + 26, v, 13 if big else 10, bold=big)
    y += 32 * ((len(cells) + per - 1) // per) + 18
    for head, lines in [
        ("DÉCOR", [g["set"]]),
        ("ADRESSE DE TOURNAGE", [p.name, f"{p.street}, {p.city}"]),
        (g["base_label"], [p.base_street, p.base_city, g["base_note"]]),
        (
            "HÔPITAL LE PLUS PROCHE",
            [
                p.hospital,
                f"{p.hospital_street}, {p.hospital_city}",
                f"Tél. {p.hospital_phone}  ·  Urgences {g['sos']}",
            ],
        ),
    ]:
        c.text(x0, y, head, 8, bold=True)
        y = paragraphs(c, x0 + 140, y, lines, 8.5, w - 140, 11) + 5
        c.hline(x0, right, y - 8, 0.3)
    y += 10
    y = _day_tables(
        c,
        x0,
        y,
        right,
        spec,
        scenes=(["SÉQ.", "DÉCOR / RÉSUMÉ", "J/N", "INT/EXT", "RÔLES"], [0, 34, 320, 356, 410]),
        cast=(["RÔLE", "COMÉDIEN(NE)", "PICK-UP", "HMC", "PAT"], [0, 110, 240, 320, 400]),
        steps=[-80, -60, 0],
        crew=(["POSTE", "NOM", "TÉLÉPHONE", "CONVOCATION"], [0, 120, 260, 390]),
    )
    titled_notes(c, x0, y + 4, "REMARQUES", 8.5, g["notes"], 7.5, w, 10)
    footer(c, g["footer"], x0)
    return c.output()


def _fr_sheets() -> list[Sheet]:
    return [
        _fr(
            "unterlinden",
            "Le Retable",
            D(2026, 12, 10),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "fr",
                "date_style": "fr",
                "company": "LAUCH PRODUCTIONS SAS",
                "office": "12 rue des Marchands, 68000 Colmar  ·  03 89 55 21 40",
                "day_n": "Jour 8 / 35",
                "credits": "Réalisation : Claire Muller  ·  Production : Antoine Schaeffer  ·  "
                "1er assistant : Hugo Weber",
                "before": [("HMC", -60)],
                "after": [("PAT", 60), ("CANTINE", 330), ("FIN DE JOURNÉE PRÉVUE", 660)],
                "set": "le cloître et la chapelle du Retable d'Issenheim",
                "base_label": "PARKING / CANTINE / LOGES",
                "base_note": "Loges et HMC dans la salle paroissiale voisine",
                "sos": "15 / 112",
                "scenes": [
                    ("27", "Cloître - Marthe retrouve le carnet", "J", "EXT", "1, 2"),
                    ("28", "Chapelle - devant le Retable", "J", "INT", "1, 3"),
                    ("30", "Cloître - la nuit tombe", "N", "EXT", "1"),
                ],
                "cast": [
                    ("MARTHE", "Juliette Koenig", 0),
                    ("LE CONSERVATEUR", "Paul Roth", 60),
                    ("ÉLISE", "Nadia Benali", 120),
                ],
                "crew": [
                    ("Régie", "Luc Haller", "06 55 12 34 56", -60),
                    ("Chef opérateur", "Inès Marchal", "06 55 98 76 54", 0),
                    ("Chef électro", "Yann Ritter", "06 55 45 67 89", -60),
                ],
                "notes": [
                    "Le musée est fermé au public le mardi mais pas le jeudi : tournage dans "
                    "le cloître seulement avant 10h et après 17h. Aucun projecteur à moins de "
                    "3 m du Retable.",
                ],
                "footer": "Lauch Productions  ·  Le Retable  ·  Feuille de service J8",
            },
        ),
        _fr(
            "cathedrale",
            "Les Cinq Clochers",
            D(2026, 12, 16),
            "08:00",
            {
                "font": "sans",
                "time_style": "fr0",
                "date_style": "fr_caps",
                "company": "Escaut Films SRL",
                "office": "Rue de l'Yser 14, 7500 Tournai  ·  TVA BE 0555.987.654",
                "day_n": "Jour 12 / 30",
                "credits": "Réalisation : Manon Delvaux  ·  Production : Grégoire Lemaire",
                "before": [("HMC", -75)],
                "after": [("PAT", 75), ("REPAS", 300), ("FIN DE JOURNÉE PRÉVUE", 600)],
                "set": "la nef romane et le transept",
                "base_label": "PARKING / CANTINE",
                "base_note": "Cantine sous tente, Grand-Place côté beffroi",
                "sos": "112",
                "scenes": [
                    ("51", "Nef - la messe de minuit", "N", "INT", "1, 2, 4, fig."),
                    ("52", "Transept - Baptiste sous l'échafaudage", "J", "INT", "2"),
                ],
                "cast": [("ANNE", "Camille Dufrasne", 0), ("BAPTISTE", "Maxime Verhaegen", 30)],
                "crew": [
                    ("Régie", "Olivier Dubois", "0475 55 12 34", -60),
                    ("Image", "Sarah Leclercq", "0486 55 56 78", 0),
                    ("Son", "Thomas Wattiez", "0497 55 90 12", 0),
                ],
                "notes": [
                    "Chantier de restauration en cours : casque obligatoire dans le transept. "
                    "Figuration (60) convoquée à 10h00 au parking de la Grand-Place.",
                ],
                "footer": "Escaut Films  ·  Les Cinq Clochers  ·  Feuille de service J12",
            },
        ),
        _fr(
            "collegiale",
            "Le Lac gelé",
            D(2027, 1, 19),
            "07:45",
            {
                "font": "helvetica",
                "time_style": "ch",
                "date_style": "fr_num",
                "company": "Littoral Films Sàrl",
                "office": "Rue du Seyon 8, 2000 Neuchâtel  ·  032 555 40 12",
                "day_n": "Jour de tournage 5 / 22",
                "credits": "Réalisation : Léa Perrenoud  ·  Production : Marc Jeanneret",
                # HARD: the loading of the lighting truck at the base comes before the crew's
                # rendez-vous
                "before": [("CHARGEMENT CAMION", -90), ("HMC", -45)],
                "after": [("PAT", 60), ("CANTINE", 315), ("FIN DE JOURNÉE PRÉVUE", 585)],
                "set": "la Collégiale et la terrasse du château",
                "base_label": "PARKING / LOGES",
                "base_note": "Loges au Port, navette vers la Collégiale",
                "sos": "144 / 112",
                "scenes": [
                    ("14", "Collégiale - le concert d'orgue", "J", "INT", "1, 3"),
                    ("15", "Terrasse du château - vue sur le lac", "J", "EXT", "1, 2"),
                ],
                "cast": [("SOLANGE", "Aurélie Vuilleumier", 0), ("L'ORGANISTE", "Jean Cuche", 60)],
                "crew": [
                    ("Régie", "Pascal Matthey", "079 555 12 34", -90),
                    ("Image", "Noémie Favre", "078 555 56 78", 0),
                    ("Électro", "Raphaël Jacot", "076 555 90 12", -90),
                ],
                "notes": [
                    "Collégiale ouverte aux visiteurs à partir de 10:00 : silence pendant les "
                    "prises. Verglas probable sur la rue de la Collégiale, crampons conseillés.",
                ],
                "footer": "Littoral Films  ·  Le Lac gelé  ·  Feuille de service J5",
            },
        ),
    ]


# --- near misses: they call people to a place at a time, but no one is shooting -------------


def _away_travel_plan() -> bytes:
    """A football club's away-match travel plan: meet, coach, meal, warm-up, kick-off, squad."""
    c, x0, right = page("A4", "helvetica", margin=40.0)
    w = right - x0
    c.text(x0, 48, "LINLITHGOW ROSE FC", 14, bold=True)
    c.text(x0, 62, "FIRST TEAM  ·  AWAY TRAVEL PLAN", 10, bold=True)
    c.right(right, 48, "Issued by the Club Secretary", 8)
    c.right(right, 60, "Thu 10 Dec 2026", 8)
    c.hline(x0, right, 70, 1.2)
    y = label_rows(
        c,
        x0,
        88,
        right,
        [
            ("Fixture", "Scottish Cup Round 3: Brora Rangers v Linlithgow Rose"),
            ("Date", "Saturday 12 December 2026  ·  Kick-off 15:00"),
            ("Venue", "Dudgeon Park, Dudgeon Drive, Brora KW9 6QA"),
            ("Meet", "07:00 sharp, Prestonfield car park, Braehead Road, Linlithgow EH49 6HF"),
            ("Coach", "Harte's Coaches, 49-seater, driver Jim (07700 900 614)"),
            ("Dress", "Club tracksuit, black shoes. Boots and shin pads in your own bag."),
        ],
        8.5,
        70,
        13,
        suffix=":",
    )
    y = _table(
        c,
        x0,
        y + 8,
        ["TIME", "WHERE", "WHAT"],
        [0, 54, 250],
        [
            ("07:00", "Prestonfield", "Players and staff meet, kit hamper loaded"),
            ("07:15", "Prestonfield", "Coach departs (no later - we will not wait)"),
            ("09:45", "House of Bruar, Pitlochry", "Comfort stop, 20 minutes"),
            ("12:15", "Golspie", "Pre-match meal, Sutherland Arms"),
            ("13:30", "Dudgeon Park", "Arrive, pitch walk, team sheet to referee by 14:00"),
            ("14:20", "Dudgeon Park", "Warm-up (Rose TV film the warm-up for socials)"),
            ("15:00", "Dudgeon Park", "KICK-OFF"),
            ("17:15", "Dudgeon Park", "Coach departs for Linlithgow (approx. 21:45 back)"),
        ],
        right,
        size=8.5,
        lead=14,
        ruled=True,
    )
    y = _table(
        c,
        x0,
        y + 6,
        ["SQUAD (16)", "", "STAFF", ""],
        [0, 130, 260, 390],
        [
            ("1 Ross Gilmour", "11 Kyle Wardrop", "Manager", "Gary Waddell"),
            ("2 Sean Hutton", "12 Dean Brady", "Assistant", "Ally Pettigrew"),
            ("4 Conor Baxter", "14 Liam Coyle", "Physio", "Kerry Hislop"),
            ("6 Jamie Kane", "16 Aaron Muir", "Kit man", "Bobby Crichton"),
            ("8 Fraser Dow", "GK Callum Pratt", "Media", "Rose TV crew (2)"),
        ],
        right,
        size=8,
        lead=12,
    )
    titled_notes(
        c,
        x0,
        y + 6,
        "NOTES",
        9,
        [
            "Anyone who cannot travel must tell the manager by 18:00 Friday. Supporters' bus "
            "leaves the Four Marys at 07:30. Nearest A&E to the ground: Raigmore Hospital, "
            "Inverness (the physio carries the first-aid bag and the defibrillator).",
            "If the pitch inspection at 10:00 fails, the coach turns back at Pitlochry: keep "
            "your phone on.",
        ],
        8,
        w,
        11,
    )
    return c.output()


def _get_in_get_out() -> bytes:
    """A touring theatre company's get-in / get-out schedule for one venue."""
    c, x0, right = page("A4", "sans", margin=40.0)
    c.text(x0, 46, "FELL & FOUNDRY THEATRE  ·  UK TOUR SPRING 2027", 9, bold=True)
    c.text(x0, 68, "The Ironmaster's Wife", 18, bold=True)
    c.text(x0, 84, "GET-IN / GET-OUT SCHEDULE  ·  WEEK 6", 10, bold=True)
    c.right(right, 46, "v3  ·  4 Jan 2027", 8)
    c.hline(x0, right, 92, 1.0)
    notice(
        c,
        x0,
        right,
        110,
        [
            ("Venue", "Theatre Royal, 6 Westgate Street, Bury St Edmunds IP33 1QR"),
            ("Get-in", "Via the scene dock on Crown Street; 1 x 7.5 t truck, 1 x van"),
            ("Venue contacts", "Technical manager Dan Pryke 01284 555 019"),
            ("Company", "CSM Abi Trott 07700 900 871  ·  Production LX Ravi Sen"),
            ("Local crew", "4 x stage, 2 x LX, 1 x sound (venue to book)"),
            ("Parking", "Ram Meadow car park, Cotton Lane: permits from stage door"),
        ],
        (
            ["DAY", "TIME", "CALL", "WHO", "NOTES"],
            [0, 66, 130, 280, 360],
            [
                (
                    "Mon 11 Jan",
                    "08:00",
                    "Crew call: get-in, unload",
                    "All + local crew",
                    "Truck at dock 07:45",
                ),
                ("Mon 11 Jan", "09:30", "Fit-up: set, flown pieces", "Stage", "Flys: 3 bars"),
                ("Mon 11 Jan", "13:00", "LX focus", "LX", "Rig from venue plan"),
                ("Mon 11 Jan", "18:00", "Sound check, tech top-ups", "Sound / cast", ""),
                ("Tue 12 Jan", "14:00", "Cast call: spacing + dress", "Cast, CSM", ""),
                ("Tue 12 Jan", "19:30", "OPENING performance", "All", "Half 18:55"),
                (
                    "Sat 16 Jan",
                    "22:15",
                    "Crew call: GET-OUT after the show",
                    "All + local crew",
                    "Truck departs 02:00",
                ),
            ],
        ),
        (
            "NOTES FOR THE VENUE",
            [
                "Haze and one flash effect in Act 2: please isolate the detectors from the half. "
                "Nearest A&E: West Suffolk Hospital, Hardwick Lane, Bury St Edmunds IP33 2QZ. "
                "Next venue: Stephen Joseph Theatre, Scarborough, get-in Mon 18 Jan 08:00.",
            ],
        ),
        table=_table,
        notes_look=(9, 8, 11),
        size=8,
        lead=14,
        ruled=True,
    )
    return c.output()


def _rally_road_book() -> bytes:
    """A vintage car rally's road book page: controls, due times, tulip instructions."""
    c, x0, right = page("A4", "helvetica", margin=36.0)
    c.text(x0, 46, "TWEED & CHEVIOT CLASSIC TRIAL 2027", 13, bold=True)
    c.text(x0, 62, "ROAD BOOK  ·  LEG 2  ·  Saturday 23 January 2027", 10, bold=True)
    c.right(right, 46, "Pre-1975 cars  ·  60 crews", 8)
    c.hline(x0, right, 70, 1.0)
    notice(
        c,
        x0,
        right,
        88,
        [
            ("Main control", "The Cobbles car park, Market Square, Wooler NE71 6BU"),
            ("Start", "Car 1 due at MTC 1 08:01, then one car a minute"),
            ("Crews", "Driver and navigator sign on 07:15 - 07:45, sealed timecards issued"),
            ("Marshals", "Report to your control by 07:30 (see marshal pack)"),
            ("Rally HQ", "07700 900 452  ·  Emergency: 999, then HQ"),
        ],
        (
            ["TOTAL km", "INTER km", "INSTRUCTION", "CONTROL", "DUE (car 1)"],
            [0, 56, 112, 340, 420],
            [
                ("0.00", "0.00", "MTC 1 out: Market Sq, R onto High St", "MTC 1", "08:01"),
                ("0.42", "0.42", "Bear L at fork, SP Kirknewton (B6351)", "", ""),
                ("9.87", "9.45", "Passage control at Kirknewton church gate", "PC 1", "08:17"),
                ("21.30", "11.43", "Regularity section 1 start, average 36 km/h", "RS 1", "08:36"),
                ("38.66", "17.36", "TC 2: Yetholm village green", "TC 2", "09:08"),
                ("52.10", "13.44", "Lunch halt: Kelso Racecourse (60 min)", "TC 3", "12:30"),
            ],
        ),
        (
            "NOTES",
            [
                "Early arrival at a time control is penalised: wait short of the control board. "
                "The photo crew and the club's video team will be at the Yetholm watersplash; do "
                "not stop for them. Finish: MTC 4, Wooler, from 16:15; results at the Tankerville "
                "Arms at 19:00.",
            ],
        ),
        table=_table,
        notes_look=(9, 8, 11),
        size=8,
        lead=14,
        ruled=True,
    )
    return c.output()


def _other_sheets() -> list[Sheet]:
    docs = [
        (
            "near_miss_away_travel_plan",
            "a football club's away-match travel plan, A4: club, 'FIRST TEAM · AWAY TRAVEL "
            "PLAN', fixture, date and kick-off, the away ground's address, 'Meet 07:00 sharp' at "
            "a car park, the coach; a ruled TIME / WHERE / WHAT table (coach departs, comfort "
            "stop, pre-match meal, warm-up filmed by the club's TV, kick-off); squad and staff; "
            "notes with the nearest A&E",
            _away_travel_plan,
        ),
        (
            "near_miss_get_in_get_out",
            "a touring theatre company's get-in / get-out schedule for one venue, A4: the tour "
            "and show, 'GET-IN / GET-OUT SCHEDULE · WEEK 6', the venue's address, scene dock, "
            "contacts, local crew, parking; a ruled DAY / TIME / CALL / WHO table from 'Crew "
            "call: get-in' 08:00 Monday to the Saturday night get-out; notes with the nearest "
            "A&E and the next venue",
            _get_in_get_out,
        ),
        (
            "near_miss_rally_road_book",
            "a vintage car rally's road book, A4: the event, 'ROAD BOOK · LEG 2' and the date, "
            "main control's address, car 1's start, crews' sign-on and marshals' report times, "
            "Rally HQ and 999; a ruled table of total / intermediate km, instructions, controls "
            "and car 1's due times; notes mentioning a photo crew and video team",
            _rally_road_book,
        ),
    ]
    return near_misses(_sheet, docs)


def sheets() -> list[Sheet]:
    return [
        *_uk_grid_sheets(),
        *_uk_sets_sheets(),
        *_de_sheets(),
        *_nl_sheets(),
        *_nordic_sheets(),
        *_fr_sheets(),
        *_other_sheets(),
    ]
