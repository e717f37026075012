"""Sixty-third held-out set: a world mix of call-sheet layouts the corpus lacks, in towns not yet
in the corpus (`fresh62_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh62"). Israeli English sheets with transliterated Hebrew labels, a
Sunday-Thursday week and DD/MM/YY dates (Akko, Caesarea, Safed); Thai and Vietnamese service
sheets in English with local words, the Thai ones printing the Buddhist-era year beside the
Gregorian one (Ayutthaya, Chiang Rai, Hue); Nigerian, Ghanaian and Senegalese sheets, the
Dakar one in French (Calabar, Cape Coast, Gorée); Argentine, Chilean and Peruvian 'orden de
rodaje' / 'plan de rodaje diario' with a citación per department (Tigre, Puerto Varas,
Arequipa); Danish, Latvian and Lithuanian sheets laid out as one long LABEL | VALUE | NOTE table
(Ribe, Kuldīga, Trakai); US indie one-pagers made in Canva or Google Docs with a title banner,
text icons, values in rounded boxes and a weather strip (Eureka Springs, Lockhart,
Apalachicola). Three near misses, all `other`: a Kenyan safari lodge's game-drive briefing, a
Ghanaian census enumerators' field-day assignment and an Argentine removal firm's work order.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from tests.corpus.draw import Canvas, centre
from tests.corpus.formats import add_minutes
from tests.corpus.fresh_common import (
    clock,
    date_or,
    fill,
    grey_text,
    head_table,
    label_rows,
    page,
    ruled_cells,
    sheet_maker,
    time_or,
    titled_notes,
)
from tests.corpus.fresh_skeletons import (
    DA_WD,
    ES_MON,
    ES_WD,
    FR_MON,
    FR_WD,
    Day,
    family,
    family_tables,
    footer,
    near_misses,
    notice,
    offset_times,
    worded_tables,
)
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date

P: dict[str, Place] = {
    # (1) Israeli sheets: Akko, Caesarea, Safed
    "akko": _p(
        "il",
        "Akko Old City sea wall",
        "HaHagana Street",
        "Akko 2400000",
        32.9205,
        35.0665,
        "Asia/Jerusalem",
        "Galilee Medical Center",
        "Route 89, Sderot Ben Tzvi",
        "Nahariya 2210001",
        "+972 4 910 7107",
        "Akko port car park, Salah ad-Din Street",
        "Akko 2400000",
    ),
    "caesarea": _p(
        "il",
        "Caesarea National Park (Roman theatre)",
        "Rehov HaNamal",
        "Caesarea 3088900",
        32.4966,
        34.8907,
        "Asia/Jerusalem",
        "Hillel Yaffe Medical Center",
        "HaShalom Street",
        "Hadera 3810101",
        "+972 4 630 4304",
        "Caesarea harbour car park, south gate",
        "Caesarea 3088900",
    ),
    "tzfat": _p(
        "il",
        "Safed Artists' Colony",
        "Rehov Yud Zayin",
        "Safed 1320000",
        32.9646,
        35.4960,
        "Asia/Jerusalem",
        "Ziv Medical Center",
        "Derech HaRambam",
        "Safed 1311001",
        "+972 4 682 8811",
        "Kikar HaMeginim parking, Jerusalem Street",
        "Safed 1320000",
    ),
    # (2) Thai / Vietnamese service sheets: Ayutthaya, Chiang Rai, Hue
    "mahathat": _p(
        "th",
        "Wat Mahathat",
        "Naresuan Road, Tha Wasukri",
        "Phra Nakhon Si Ayutthaya 13000",
        14.3569,
        100.5677,
        "Asia/Bangkok",
        "Phra Nakhon Si Ayutthaya Hospital",
        "46/1 U Thong Road, Ho Rattanachai",
        "Phra Nakhon Si Ayutthaya 13000",
        "+66 35 211 888",
        "Bueng Phra Ram car park, Pa Thon Road",
        "Phra Nakhon Si Ayutthaya 13000",
    ),
    "rongkhun": _p(
        "th",
        "Wat Rong Khun (White Temple)",
        "Phahonyothin Road, Pa O Don Chai",
        "Mueang Chiang Rai 57000",
        19.8244,
        99.7633,
        "Asia/Bangkok",
        "Chiangrai Prachanukroh Hospital",
        "1039 Sathan Phayaban Road, Wiang",
        "Mueang Chiang Rai 57000",
        "+66 53 910 600",
        "Temple coach park, Phahonyothin Road",
        "Mueang Chiang Rai 57000",
    ),
    "ngomon": _p(
        "vn",
        "Hoàng thành Huế (Imperial City, Ngọ Môn gate)",
        "23 Tháng 8 Street, Thuận Hòa",
        "Huế, Thừa Thiên Huế",
        16.4673,
        107.5785,
        "Asia/Ho_Chi_Minh",
        "Hue Central Hospital (Bệnh viện Trung ương Huế)",
        "16 Lê Lợi, Vĩnh Ninh",
        "Huế, Thừa Thiên Huế",
        "+84 234 3822 325",
        "Phu Van Lau parking, Lê Duẩn Street",
        "Huế, Thừa Thiên Huế",
    ),
    # (3) Nigerian / Ghanaian / Senegalese sheets: Calabar, Cape Coast, Gorée
    "marina": _p(
        "ng",
        "Calabar Marina Resort",
        "Marina Road, off Edgerley Road",
        "Calabar 540001, Cross River State",
        4.9480,
        8.3170,
        "Africa/Lagos",
        "University of Calabar Teaching Hospital",
        "Calabar-Itu Road, Moore Road",
        "Calabar 540271, Cross River State",
        "+234 803 700 4211",
        "Old Residency Museum grounds, Consulate Hill",
        "Calabar 540001",
    ),
    "capecoast": _p(
        "gh",
        "Cape Coast Castle",
        "Victoria Road",
        "Cape Coast, Central Region",
        5.1033,
        -1.2413,
        "Africa/Accra",
        "Cape Coast Teaching Hospital",
        "Interberton Road, Abura",
        "Cape Coast, Central Region",
        "+233 33 213 4105",
        "Victoria Park, Commercial Street",
        "Cape Coast, Central Region",
    ),
    "goree": _p(
        "sn",
        "Maison des Esclaves",
        "Rue Saint-Germain",
        "Île de Gorée, Dakar",
        14.6669,
        -17.3986,
        "Africa/Dakar",
        "Hôpital Principal de Dakar",
        "1 Avenue Nelson Mandela",
        "Dakar-Plateau",
        "+221 33 839 50 50",
        "Gare maritime de Dakar, Boulevard de la Libération",
        "Dakar-Plateau",
    ),
    # (4) Argentine / Chilean / Peruvian ordenes de rodaje: Tigre, Puerto Varas, Arequipa
    "tigre": _p(
        "ar",
        "Museo de Arte Tigre",
        "Paseo Victorica 972",
        "B1648 Tigre, Buenos Aires",
        -34.4176,
        -58.5725,
        "America/Argentina/Buenos_Aires",
        "Hospital Magdalena V. de Martínez",
        "Avenida Hipólito Yrigoyen 1757",
        "B1617 General Pacheco, Buenos Aires",
        "+54 11 4736 2000",
        "Estacionamiento Puerto de Frutos, Sarmiento 160",
        "B1648 Tigre, Buenos Aires",
    ),
    "puertovaras": _p(
        "cl",
        "Iglesia del Sagrado Corazón",
        "San Francisco 401",
        "Puerto Varas, Región de Los Lagos",
        -41.3175,
        -72.9862,
        "America/Santiago",
        "Hospital de Puerto Montt",
        "Los Aromos 65",
        "Puerto Montt, Región de Los Lagos",
        "+56 65 236 2000",
        "Costanera Vicente Pérez Rosales, estacionamiento muelle",
        "Puerto Varas, Región de Los Lagos",
    ),
    "santacatalina": _p(
        "pe",
        "Monasterio de Santa Catalina",
        "Calle Santa Catalina 301",
        "Cercado, Arequipa 04001",
        -16.3953,
        -71.5369,
        "America/Lima",
        "Hospital Regional Honorio Delgado",
        "Avenida Daniel Alcides Carrión 505",
        "Arequipa 04001",
        "+51 54 231 818",
        "Playa de estacionamiento, Calle Ayacucho 200",
        "Cercado, Arequipa 04001",
    ),
    # (5) Danish / Latvian / Lithuanian long tables: Ribe, Kuldīga, Trakai
    "ribe": _p(
        "dk",
        "Ribe Domkirke",
        "Torvet 15",
        "6760 Ribe",
        55.3275,
        8.7610,
        "Europe/Copenhagen",
        "Sydvestjysk Sygehus Esbjerg",
        "Finsensgade 35",
        "6700 Esbjerg",
        "+45 79 18 20 00",
        "Parkering Sct. Nicolaj Gade",
        "6760 Ribe",
    ),
    "kuldiga": _p(
        "lv",
        "Ventas rumba",
        "Mālkalnes prospekts 2",
        "Kuldīga, LV-3301",
        56.9686,
        21.9786,
        "Europe/Riga",
        "Kuldīgas slimnīca",
        "Aizputes iela 22",
        "Kuldīga, LV-3301",
        "+371 633 22 450",
        "Pilsētas dārza stāvvieta, Pils iela",
        "Kuldīga, LV-3301",
    ),
    "trakai": _p(
        "lt",
        "Trakų salos pilis (Trakai Island Castle)",
        "Karaimų g. 43A",
        "LT-21142 Trakai",
        54.6522,
        24.9336,
        "Europe/Vilnius",
        "Trakų ligoninė",
        "Vytauto g. 89",
        "LT-21120 Trakai",
        "+370 528 51 350",
        "Automobilių stovėjimo aikštelė, Karaimų g. 53",
        "LT-21142 Trakai",
    ),
    # (6) US indie one-pagers: Eureka Springs, Lockhart, Apalachicola
    "crescent": _p(
        "us",
        "1886 Crescent Hotel",
        "75 Prospect Ave",
        "Eureka Springs, AR 72632",
        36.4087,
        -93.7396,
        "America/Chicago",
        "Eureka Springs Hospital",
        "24 Norris St",
        "Eureka Springs, AR 72632",
        "(479) 253-7400",
        "Basin Spring Park lot, 2 Spring St",
        "Eureka Springs, AR 72632",
    ),
    "lockhart": _p(
        "us",
        "Caldwell County Courthouse",
        "110 S Main St",
        "Lockhart, TX 78644",
        29.8847,
        -97.6703,
        "America/Chicago",
        "Ascension Seton Edgar B. Davis",
        "130 Hays St",
        "Luling, TX 78648",
        "(830) 875-7000",
        "Lockhart City Park lot, 400 Carver St",
        "Lockhart, TX 78644",
    ),
    "apalach": _p(
        "us",
        "Apalachicola Riverfront Park",
        "1 Water St",
        "Apalachicola, FL 32320",
        29.7252,
        -84.9826,
        "America/New_York",
        "Weems Memorial Hospital",
        "135 Avenue G",
        "Apalachicola, FL 32320",
        "(850) 653-8853",
        "Battery Park lot, 1 Bay Ave",
        "Apalachicola, FL 32320",
    ),
}

HE_WD = ["Yom Sheni", "Yom Shlishi", "Yom Revi'i", "Yom Chamishi", "Yom Shishi", "Shabbat"]
HE_WD += ["Yom Rishon"]
TH_WD = ["Wan Chan", "Wan Angkhan", "Wan Phut", "Wan Pharuehat", "Wan Suk", "Wan Sao"]
TH_WD += ["Wan Athit"]
VI_WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
DA_MON = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september"]
DA_MON += ["oktober", "november", "december"]
LV_WD = ["pirmdiena", "otrdiena", "trešdiena", "ceturtdiena", "piektdiena", "sestdiena"]
LV_WD += ["svētdiena"]
LV_MON = ["janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts"]
LV_MON += ["septembris", "oktobris", "novembris", "decembris"]
LT_WD = ["pirmadienis", "antradienis", "trečiadienis", "ketvirtadienis", "penktadienis"]
LT_WD += ["šeštadienis", "sekmadienis"]
LT_MON = ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos"]
LT_MON += ["rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "il": f"{h:02d}:{m:02d}",
        "th": f"{h:02d}.{m:02d} hrs",  # Thai "06.30 hrs"
        "th_colon": f"{h:02d}:{m:02d}",
        "vn": f"{h}h{m:02d}",  # Vietnamese "6h30"
        "ng": f"{h12}:{m:02d}{ap.lower()}",  # Nigerian "7:00am"
        "ng_short": f"{h12}{ap}" if m == 0 else f"{h12}:{m:02d}{ap}",  # "7AM"
        "gh": f"{h12}:{m:02d} {ap.lower()}",  # Ghanaian "6:30 am"
        "fr": f"{h}h{m:02d}",  # "7h30"
        "ar": f"{h:02d}:{m:02d} hs",  # Argentine "07:00 hs"
        "cl": f"{h:02d}:{m:02d} hrs",  # Chilean "07:30 hrs"
        "pe": f"{h12}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}",  # Peruvian "6:30 a.m."
        "nordic": f"{h:02d}.{m:02d}",  # Danish "07.30"
        "baltic": f"{h:02d}:{m:02d}",
        "us": f"{h12}:{m:02d} {ap}",
        "us_short": f"{h12}:{m:02d}{ap[0].lower()}",  # "6:30a"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    wd, mi = d.weekday(), d.month - 1
    forms = {
        "il": f"{HE_WD[wd]} ({d:%A}) {d:%d/%m/%y}",  # "Yom Rishon (Sunday) 13/12/26"
        "il_num": f"{HE_WD[wd]}, {d:%d/%m/%y}",  # "Yom Revi'i, 06/01/27"
        "il_dot": f"{d:%d.%m.%y} | {HE_WD[wd]}",  # "14.01.27 | Yom Chamishi"
        "th": f"{d:%A} ({TH_WD[wd]}) {d.day} {d:%B} {d.year + 543} / {d.year}",
        "th_short": f"{TH_WD[wd]} {d.day} {d:%b} {d.year + 543} ({d.year})",
        "vn": f"{VI_WD[wd]}, ngày {d.day} tháng {d.month} năm {d.year} ({d:%a} {d:%d/%m/%Y})",
        "ng": f"{d:%A} {d.day}{_th(d.day)} {d:%B}, {d.year}",  # "Tuesday 15th December, 2026"
        "gh": f"{d:%A}, {d:%d/%m/%Y}",
        "fr": f"{FR_WD[wd]} {d.day} {FR_MON[mi]} {d.year}",
        "ar": f"{ES_WD[wd].capitalize()} {d.day} de {ES_MON[mi]} de {d.year}",
        "cl": f"{ES_WD[wd].capitalize()} {d:%d-%m-%Y}",
        "pe": f"{ES_WD[wd]} {d:%d/%m/%Y}",
        "da": f"{DA_WD[wd]} d. {d.day}. {DA_MON[mi]} {d.year}",
        "lv": f"{d.year}. gada {d.day}. {LV_MON[mi]}, {LV_WD[wd]}",
        "lt": f"{d.year} m. {LT_MON[mi]} {d.day} d., {LT_WD[wd]}",
        "us": f"{d:%A}, {d:%B} {d.day}, {d.year}",
        "us_caps": f"{d:%a} {d:%b} {d.day}".upper() + f" · {d.year}",
    }
    return date_or(forms, d, style)


def _th(n: int) -> str:
    """An English ordinal's ending: 1st, 2nd, 3rd, 15th."""
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


_sheet = sheet_maker("fresh62")
_table = partial(head_table, size=7.5, lead=12)
_family = partial(family, _sheet, P)
_day_tables = partial(family_tables, _table, hm)
_tables = partial(worded_tables, _day_tables)
_times = partial(offset_times, hm)
_notice = partial(notice, table=head_table, gaps=(8, 6), size=8.5, lead=14, ruled=True)


# --- (1) Israeli sheets: transliterated Hebrew labels, Sunday-Thursday, DD/MM/YY ---------------

IL_HEADS = {
    "scenes": (["Sc.", "Set / Description", "Yom/Layla", "Pages", "Cast"], [0, 30, 320, 375, 420]),
    "cast": (["Actor", "Role", "Pick-up", "Ipur (MU)", "On set"], [0, 120, 240, 320, 410]),
    "steps": [-75, -50, 0],
    "crew": (["Mahlaka / Dept", "Name", "Phone", "Call"], [0, 110, 250, 410]),
    "notes": "Hearot / Notes",
}


@_family(
    "il_hebrew_transliterated",
    "Israeli English call sheet with transliterated Hebrew labels, A4: the company over a "
    "rule, 'CALL SHEET · Daf Kriah 4', the title and credits; 'Ta'arikh / Date' as 'Yom "
    "Rishon (Sunday) 13/12/26' (DD/MM/YY, a Sunday-Thursday week), 'Sha'at hagaa / Crew "
    "call', meals, 'Zrichah / Sunrise', 'Shki'ah / Sunset'; Makom / Location, Chanayah / "
    "Parking, Beit cholim / Hospital with '+972' phones; MDA 101 line; scenes, cast, crew; "
    "layouts: label rows beside boxes, a right-to-left mirror, a grid of boxes",
    name="il_{key}",
)
def _il(spec: Day) -> bytes:
    _, p, rise, fall, t, layout, title, day, call, g = spec
    c, x0, right = page("A4", g["font"], margin=34.0)
    w = right - x0
    c.text(x0, 44, g["company"], 10, bold=True)
    c.right(right, 44, f"CALL SHEET · Daf Kriah {g['n']}", 10, bold=True)
    c.hline(x0, right, 52, 1.2)
    c.text(x0, 78, title, 19, bold=True)
    c.text(x0, 92, g["credits"], 8)
    rows = [
        ("Ta'arikh / Date", day_text(day, g["date_style"])),
        ("Yom tzilum / Shoot day", g["day_n"]),
        ("Sha'at hagaa / Crew call", hm(call, t)),
        *_times(call, t, g["times"]),
        ("Zrichah / Sunrise", hm(rise, t)),
        ("Shki'ah / Sunset", hm(fall, t)),
        ("Mezeg avir / Weather", g["weather"]),
    ]
    places = [
        ("Makom / Location", [p.name, p.street, p.city, g["set"]]),
        ("Chanayah / Parking & base", [p.base_street, p.base_city, g["base_note"]]),
        (
            "Beit cholim / Hospital (Miyun)",
            [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
        ),
    ]
    y = 110.0
    if layout == "rtl":
        # labels flush right, values set to their left, as the Hebrew original reads
        for lab, val in rows:
            c.right(right, y, lab, 8, bold=True)
            c.right(right - 135, y, val, 8.5)
            c.hline(x0 + 180, right, y + 4, 0.2)
            y += 13
        y += 6
        for head, lines in places:
            c.right(right, y, head, 8.5, bold=True)
            for i, ln in enumerate(lines):
                c.right(right - 150, y + i * 10, ln, 8)
            y += len(lines) * 10 + 6
        y += 4
    elif layout == "grid":
        bw = w / 4
        for i, (lab, val) in enumerate(rows):
            xx, yy = x0 + (i % 4) * bw, y + (i // 4) * 30
            c.box(xx, yy, bw, 30, 0.5)
            fit(c, xx + 4, yy + 10, lab, 6.5, bw - 8, bold=True)
            fit(c, xx + 4, yy + 23, val, 9 if i != 2 else 12, bw - 8, bold=i == 2)
        y += ((len(rows) + 3) // 4) * 30 + 8
        ruled_cells(c, x0, y, w / 3, places, 58, 0.6, label_size=7, size=8, lead=10)
        y += 72
    else:
        label_rows(c, x0, y, x0 + w * 0.55, rows, 8.5, 120, 13)
        for i, (head, lines) in enumerate(places):
            yy = y - 9 + i * 56
            c.box(x0 + w * 0.58, yy, w * 0.42, 52, 0.6)
            c.text(x0 + w * 0.58 + 4, yy + 10, head, 7, bold=True)
            for k, ln in enumerate(lines):
                fit(c, x0 + w * 0.58 + 4, yy + 20 + k * 8.5, ln, 7.5, w * 0.42 - 8)
        y += max(len(rows) * 13, 170) + 4
    fit(c, x0, y, g["emergency"], 7.5, w)
    y = _tables(c, x0, y + 18, right, spec, IL_HEADS)
    footer(c, g["footer"], x0)
    return c.output()


def _il_sheets() -> list[Sheet]:
    return [
        _il(
            "akko",
            "Salt on the Walls",
            D(2026, 12, 13),
            "06:30",
            {
                "font": "helvetica",
                "time_style": "il",
                "table_style": "il",
                "date_style": "il",
                "n": "#04",
                "company": "GALIL NORTH PRODUCTIONS LTD. · Haifa",
                "credits": "Director: Noa Ben-Ami  ·  Producer: Eitan Shalev  ·  1st AD: Yael "
                "Mizrahi",
                "day_n": "4 of 22 (week 1: Sun-Thu)",
                "times": [("Aruchat boker / Breakfast", -30), ("Aruchat tzohorayim / Lunch", 330)],
                "weather": "Clear, W wind 15 km/h, 13-20 °C",
                "set": "the sea wall walk and the fishermen's steps",
                "base_note": "Trucks on Salah ad-Din St from 05:00",
                "emergency": "EMERGENCY: Magen David Adom 101 · Police 100 · Set medic: Ronit "
                "Azoulay +972 52 555 0141 · Bomb shelter: port building, ground floor",
                "scenes": [
                    ("21", "EXT. SEA WALL - Maya watches the boys jump", "Y", "1 2/8", "1, 3"),
                    ("22", "EXT. FISHERMEN'S STEPS - Karim mends the net", "Y", "6/8", "2"),
                    ("24", "EXT. SEA WALL - the argument", "Y", "2", "1, 2"),
                ],
                "cast": [
                    ("Shira Levi", "MAYA", 0),
                    ("Adam Haddad", "KARIM", 45),
                    ("Dor Peretz", "BOY 1", 90),
                ],
                "crew": [
                    ("Hafaka / Prod.", "Eitan Shalev", "+972 52 555 0101", 0),
                    ("Tzilum / Camera", "Omer Katz", "+972 54 555 0122", 0),
                    ("Lokeishenim", "Samir Khoury", "+972 50 555 0133", -60),
                ],
                "notes": [
                    "Shabbat: no shoot Friday-Saturday; next call Yom Rishon 20/12/26. The sea "
                    "wall stays open to visitors: soft holds only, no cables on the walk.",
                ],
                "footer": "Galil North Productions  ·  Salt on the Walls  ·  Daf Kriah 04",
            },
        ),
        _il(
            "caesarea",
            "Theatre of Sand",
            D(2027, 1, 6),
            "07:00",
            {
                "font": "helvetica",
                "layout": "rtl",
                "time_style": "il",
                "table_style": "il",
                # HARD: the date is printed only as a Hebrew weekday and 06/01/27 (DD/MM/YY),
                # which a month-first reading takes for 1 June
                "date_style": "il_num",
                "n": "#09",
                "company": "SHARON COAST FILMS",
                "credits": "Director: Avi Dahan  ·  Line producer: Michal Oren",
                "day_n": "9 of 18",
                "times": [("Aruchat boker / Breakfast", -45), ("Aruchat tzohorayim / Lunch", 360)],
                "weather": "Partly cloudy, 11-18 °C",
                "set": "the theatre stage and the hippodrome",
                "base_note": "Crew shuttle from the harbour every 15 min",
                "emergency": "EMERGENCY: MDA 101 · Park ranger +972 4 626 7080 · Set medic: "
                "Gal Friedman +972 52 555 0208",
                "scenes": [
                    ("40", "EXT. ROMAN THEATRE - the rehearsal", "Y", "2 1/8", "1, 2"),
                    ("41", "EXT. HIPPODROME - Tamar runs", "Y", "4/8", "1"),
                ],
                "cast": [("Liron Amsalem", "TAMAR", 0), ("Yossi Ohana", "DIRECTOR GIL", 60)],
                "crew": [
                    ("Hafaka / Prod.", "Michal Oren", "+972 52 555 0211", 0),
                    ("Taura / Electric", "Idan Biton", "+972 54 555 0222", -30),
                    ("Sound", "Hila Navon", "+972 50 555 0233", 0),
                ],
                "notes": [
                    "National Parks Authority rules: no rigging on the ancient stones, rubber "
                    "feet on every stand. Park opens to visitors at 08:00.",
                ],
                "footer": "Sharon Coast Films  ·  Theatre of Sand  ·  Daf Kriah 09",
            },
        ),
        _il(
            "tzfat",
            "Blue Doors",
            D(2027, 1, 14),
            "07:30",
            {
                "font": "sans",
                "layout": "grid",
                "time_style": "il",
                "table_style": "il",
                "date_style": "il_dot",
                "n": "#15",
                "company": "KINNERET HOUSE PRODUCTIONS",
                "credits": "Director: Tamar Golan  ·  Producer: Nir Avraham  ·  1st AD: Rotem "
                "Segal",
                "day_n": "15 of 24",
                "times": [("Aruchat boker / Breakfast", -30), ("Aruchat tzohorayim / Lunch", 300)],
                "weather": "Cold, rain 40%, 4-10 °C",
                "set": "the gallery lane and the blue door courtyard",
                "base_note": "Narrow lanes: hand carts only past the steps",
                "emergency": "EMERGENCY: MDA 101 · Police 100 · Fire 102 · Set medic: Yonatan "
                "Barak +972 52 555 0311",
                "scenes": [
                    ("61", "EXT. GALLERY LANE - Ruth hangs the canvas", "Y", "1", "1"),
                    ("62", "EXT. COURTYARD - the painter's visit", "Y", "1 4/8", "1, 2"),
                ],
                "cast": [("Hadas Yaron", "RUTH", 0), ("Moshe Ivri", "THE PAINTER", 30)],
                "crew": [
                    ("Hafaka / Prod.", "Nir Avraham", "+972 52 555 0322", 0),
                    ("Omanut / Art", "Dana Levin", "+972 54 555 0333", -60),
                ],
                "notes": [
                    "Last shoot day of the week (Yom Chamishi): wrap by 17:00 for the drive "
                    "south before Shabbat. Rain cover: the gallery interior (sc. 64).",
                ],
                "footer": "Kinneret House Productions  ·  Blue Doors  ·  Daf Kriah 15",
            },
        ),
    ]


# --- (2) Thai / Vietnamese service sheets: Buddhist-era year beside the Gregorian one ------------

SEA_HEADS = {
    "scenes": (["Sc.", "Scene", "D/N", "Int/Ext", "Cast"], [0, 30, 320, 355, 405]),
    "cast": (["Talent", "Role", "Van pick-up", "HMU", "On set"], [0, 120, 240, 320, 410]),
    "steps": [-90, -60, 0],
    "crew": (["Dept", "Name (Khun)", "Mobile", "Call"], [0, 110, 250, 410]),
    "notes": "Notes",
}


@_family(
    "th_vn_service_local_words",
    "Thai and Vietnamese service call sheets in English with local words, A4: a black band "
    "with the service company, 'BAI KHIU / CALL SHEET' or 'LỊCH QUAY / CALL SHEET' and the "
    "title; a grey date strip ('Tuesday (Wan Angkhan) 15 December 2569 / 2026', the "
    "Buddhist-era year beside the Gregorian one; 'Thứ Năm, ngày 17 tháng 12 năm 2026'); "
    "crew call, meals, sun and weather as label rows or a shaded side column; location, "
    "base and hospital boxes ('Rong phayaban', 'Bệnh viện'); emergency line (1669, 115); "
    "scenes, talent, crew; notes",
    name="sea_{key}",
)
def _sea(spec: Day) -> bytes:
    _, p, rise, fall, t, layout, title, day, call, g = spec
    c, x0, right = page("A4", g["font"], margin=32.0)
    w = right - x0
    fill(c, x0, 28, w, 40, 30)
    c.pdf.set_text_color(255, 255, 255)
    c.text(x0 + 10, 45, g["company"], 10, bold=True)
    c.text(x0 + 10, 60, f"{g['head']}  ·  {title}", 13, bold=True)
    c.pdf.set_text_color(0, 0, 0)
    # the date strip: the local year printed large beside the Gregorian one
    fill(c, x0, 74, w, 22, 225)
    c.text(x0 + 8, 89, day_text(day, g["date_style"]), 11, bold=True)
    c.right(right - 8, 89, g["day_n"], 9)
    c.text(x0, 110, g["credits"], 8)
    y = 122.0
    rows = [*g.get("pre", []), (g["call_label"], hm(call, t))]
    rows += _times(call, t, g["times"])
    rows += [("Sunrise", hm(rise, t)), ("Sunset", hm(fall, t)), ("Weather", g["weather"])]
    blocks = [
        (g["loc_label"], [p.name, p.street, p.city, g["set"]]),
        (g["base_label"], [p.base_street, p.base_city, g["base_note"]]),
        (g["hosp_label"], [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]),
    ]
    if layout == "side":
        # times in a shaded column on the right, the place boxes stacked on the left
        cx = x0 + w * 0.57
        fill(c, cx, y, right - cx, len(rows) * 14 + 10, 235)
        label_rows(c, cx + 6, y + 13, right - 4, rows, 7.5, 116, 14)
        for i, (head, lines) in enumerate(blocks):
            c.box(x0, y + i * 56, w * 0.54, 52, 0.6)
            c.text(x0 + 4, y + i * 56 + 10, head, 7.5, bold=True)
            for k, ln in enumerate(lines):
                fit(c, x0 + 4, y + i * 56 + 21 + k * 9, ln, 8, w * 0.54 - 8)
        y += max(len(rows) * 14 + 10, 168) + 10
    else:
        y = label_rows(c, x0, y, right, rows, 8.5, 150, 13, rule_drop=4)
        ruled_cells(c, x0, y, w / 3, blocks, 60, 0.6, label_size=7, size=8, lead=10.5)
        y += 74
    fit(c, x0, y, g["emergency"], 7.5, w)
    y = _tables(c, x0, y + 18, right, spec, g.get("heads", SEA_HEADS))
    footer(c, g["footer"], x0)
    return c.output()


TH = {
    "head": "BAI KHIU / CALL SHEET",
    "call_label": "Crew call (khiu thim-ngan)",
    "loc_label": "LOCATION / Sathan thi thai",
    "base_label": "UNIT BASE / Thi chot rot",
    "hosp_label": "HOSPITAL / Rong phayaban",
}


def _sea_sheets() -> list[Sheet]:
    return [
        _sea(
            "mahathat",
            "The Buddha in the Tree",
            D(2026, 12, 15),
            "06:30",
            {
                **TH,
                "font": "helvetica",
                "time_style": "th",
                "table_style": "th_colon",
                "date_style": "th",
                "company": "OLD CAPITAL LINE PRODUCTIONS CO., LTD. · for Ferrante Film (Italy)",
                "day_n": "Shoot day 6 of 20",
                "credits": "Director: Marco Ferrante  ·  Thai line producer: Khun Pimchanok "
                "Srisuk  ·  1st AD: Khun Thanawat Boonmee",
                "times": [("Breakfast", -30), ("Shooting call", 60), ("Lunch", 330)],
                "weather": "Hot, sunny, 22-32 °C, UV 10",
                "set": "the stone Buddha head in the banyan roots and the prang courtyard",
                "base_note": "Vans and generator on the Bueng Phra Ram side",
                "emergency": "EMERGENCY: ambulance 1669 · Tourist police 1155 · Set medic: "
                "Khun Somchai +66 81 555 0141",
                "scenes": [
                    ("12", "EXT. BANYAN ROOTS - Lucia finds the head", "D", "Ext", "1"),
                    ("13", "EXT. PRANG COURTYARD - the monk's warning", "D", "Ext", "1, 2"),
                ],
                "cast": [("Giulia Rossi", "LUCIA", 0), ("Phra Anan (Krit Wongsa)", "MONK", 60)],
                "crew": [
                    ("Production", "Pimchanok Srisuk", "+66 81 555 0101", 0),
                    ("Camera", "Nattapong Sae-Lim", "+66 89 555 0122", 0),
                    ("Locations", "Chaiwat Ruangsri", "+66 86 555 0133", -60),
                ],
                "notes": [
                    "Temple rules: shoulders and knees covered, no one higher than the Buddha "
                    "head, no pointing feet at images. Fine Arts Department officer on set.",
                ],
                "footer": "Old Capital Line Productions  ·  The Buddha in the Tree  ·  Bai Khiu 06",
            },
        ),
        _sea(
            "rongkhun",
            "White Silence",
            D(2027, 1, 13),
            "05:30",
            {
                **TH,
                "font": "sans",
                "layout": "side",
                "time_style": "th_colon",
                "table_style": "th_colon",
                "date_style": "th_short",
                "company": "LANNA FRAME SERVICES · Chiang Mai",
                "day_n": "Day 3 / 8",
                "credits": "Director: Hana Kim (Seoul)  ·  Service producer: Khun Apinya Chaiyo",
                # HARD: the hotel van's earlier departure time stands first in the column,
                # above the crew call on set
                "pre": [("Van departs hotel", "04:45")],
                "times": [("Shooting call (sunrise)", 45), ("Lunch", 330), ("Est. wrap", 660)],
                "weather": "Cool morning mist, 12-27 °C",
                "set": "the bridge of rebirth and the golden hall",
                "base_note": "Opens to the public 08:00: crew passes from the office",
                "emergency": "EMERGENCY: 1669 · Tourist police 1155 · Set medic: Khun Wanida "
                "+66 81 555 0208",
                "scenes": [
                    ("3", "EXT. BRIDGE OF REBIRTH - Sora crosses at dawn", "D", "Ext", "1"),
                    ("4", "EXT. GOLDEN HALL - the guide's story", "D", "Ext", "1, 2"),
                ],
                "cast": [("Park Ji-woo", "SORA", 0), ("Anucha Inthawong", "GUIDE", 90)],
                "crew": [
                    ("Production", "Apinya Chaiyo", "+66 81 555 0211", 0),
                    ("Grip", "Surasak Kaewmanee", "+66 89 555 0222", -30),
                ],
                "notes": [
                    "Respect the temple: no drones, no filming inside the ubosot. Jackets for "
                    "the early call: 12 °C at sunrise.",
                ],
                "footer": "Lanna Frame Services  ·  White Silence  ·  Bai Khiu 03",
            },
        ),
        _sea(
            "ngomon",
            "The Perfume River",
            D(2026, 12, 17),
            "07:00",
            {
                "font": "sans",
                "head": "LỊCH QUAY / CALL SHEET",
                "call_label": "Giờ tập trung / Crew call",
                "loc_label": "ĐỊA ĐIỂM / LOCATION",
                "base_label": "BÃI ĐỖ XE / BASE",
                "hosp_label": "BỆNH VIỆN / HOSPITAL",
                "time_style": "vn",
                "table_style": "vn",
                "date_style": "vn",
                "company": "HƯƠNG GIANG MEDIA · service production for Lumen Pictures (Australia)",
                "day_n": "Ngày quay 9 / Day 9",
                "credits": "Director: Claire Whitfield  ·  Vietnamese producer: Nguyễn Thị Lan  ·"
                "  1st AD: Trần Minh Quân",
                "times": [("Ăn sáng / Breakfast", -30), ("Ăn trưa / Lunch", 330)],
                "weather": "Drizzle, 19-24 °C",
                "set": "the Ngọ Môn gate steps and the Thái Hòa palace yard",
                "base_note": "Xe đoàn đỗ bên sông / unit vehicles by the river",
                "emergency": "EMERGENCY: ambulance 115 · Police 113 · Set medic: Lê Văn Hùng "
                "+84 90 555 0311",
                "scenes": [
                    ("31", "EXT. NGỌ MÔN GATE - Anna meets the historian", "D", "Ext", "1, 2"),
                    ("32", "EXT. PALACE YARD - rain, the umbrellas", "D", "Ext", "1, 2, 3"),
                ],
                "cast": [
                    ("Sophie Grant", "ANNA", 0),
                    ("Phạm Quốc Bảo", "HISTORIAN", 45),
                    ("Hoàng Mai", "VENDOR", 90),
                ],
                "crew": [
                    ("Sản xuất / Prod.", "Nguyễn Thị Lan", "+84 90 555 0322", 0),
                    ("Quay phim / Camera", "Đỗ Hữu Phước", "+84 91 555 0333", 0),
                ],
                "notes": [
                    "Hue Monuments Conservation Centre permit on set. Rain cover: the gate "
                    "tower's upper hall (sc. 33). Áo mưa (raincoats) at the base tent.",
                ],
                "footer": "Hương Giang Media  ·  The Perfume River  ·  Lịch quay ngày 9",
            },
        ),
    ]


# --- (3) Nigerian / Ghanaian / Senegalese sheets: Nollywood-style, French in Dakar -------------

AF_HEADS = {
    "scenes": (["SCN", "DESCRIPTION", "D/N", "INT/EXT", "ARTISTES"], [0, 34, 320, 355, 405]),
    "cast": (["ARTISTE", "CHARACTER", "PICK-UP", "MAKE-UP", "ON SET"], [0, 120, 240, 320, 410]),
    "steps": [-90, -60, 0],
    "crew": (["DEPT", "NAME", "PHONE", "CALL"], [0, 110, 250, 410]),
    "notes": "PLEASE NOTE",
}
FR_HEADS = {
    "scenes": (["SÉQ.", "DÉCOR / RÉSUMÉ", "J/N", "INT/EXT", "RÔLES"], [0, 34, 320, 355, 405]),
    "cast": (["COMÉDIEN", "RÔLE", "RAMASSAGE", "MAQ.", "PLATEAU"], [0, 120, 240, 320, 410]),
    "steps": [-90, -60, 0],
    "crew": (["POSTE", "NOM", "TÉLÉPHONE", "CONVOC."], [0, 110, 250, 410]),
    "notes": "CONSIGNES",
}


@_family(
    "ng_gh_sn_nollywood",
    "West African call sheets: a Nollywood sheet typed centred in a word processor "
    "(production company, the title in quotes, 'CALL SHEET - DAY 6', 'DATE: Tuesday 15th "
    "December, 2026', 'CALL TIME:' rows, location, base, nearest hospital with '+234' "
    "number); a Ghanaian sheet with a row of time boxes (CALL TIME first, '6:30 am') over "
    "location, base and hospital boxes; a Senegalese 'FEUILLE DE SERVICE' in French "
    "('CONVOCATION ÉQUIPE 7h30', 'TRAVERSÉE', 'LEVER / COUCHER DU SOLEIL', Hôpital "
    "Principal, SAMU 1515); ARTISTES, crew; notes",
    name="af_{key}",
)
def _af(spec: Day) -> bytes:
    _, p, rise, fall, t, layout, title, day, call, g = spec
    lab = g["labels"]
    c, x0, right = page("A4", g["font"], margin=36.0)
    w = right - x0
    if layout == "whatsapp":
        # centred type as typed in a word processor and shared as a PDF
        centre(c, 46, g["company"], 13)
        centre(c, 62, f"'{title}'", 17)
        centre(c, 78, g["credits"], 8, bold=False)
        centre(c, 96, f"CALL SHEET - {g['day_n']}", 11)
        c.hline(x0, right, 104, 0.8)
        rows = [
            ("DATE", day_text(day, g["date_style"])),
            ("CALL TIME", _call_text(g, call, t)),
            *_times(call, t, g["times"]),
            ("LOCATION", f"{p.name}, {p.street}, {p.city}"),
            ("SET", g["set"]),
            ("BASE / PARKING", f"{p.base_street}, {p.base_city}"),
            ("NEAREST HOSPITAL", f"{p.hospital}, {p.hospital_street}, {p.hospital_city}"),
            ("HOSPITAL PHONE", p.hospital_phone),
            ("SUNRISE / SUNSET", f"{hm(rise, t)} / {hm(fall, t)}"),
            ("WEATHER", g["weather"]),
        ]
        y = label_rows(c, x0, 122, right, rows, 9, 120, 14, suffix=":")
    else:
        c.text(x0, 44, g["company"], 10, bold=True)
        c.right(right, 44, g["head"], 11, bold=True)
        c.hline(x0, right, 50, 1.0)
        c.text(x0, 76, title, 20, bold=True)
        c.text(x0, 90, g["credits"], 8)
        c.right(right, 76, day_text(day, g["date_style"]), 10, bold=True)
        c.right(right, 90, g["day_n"], 8.5)
        y = 100.0
        cells = [(lab["call"], hm(call, t))]
        cells += _times(call, t, g["times"])
        cells += [(lab["rise"], hm(rise, t)), (lab["fall"], hm(fall, t))]
        bw = w / len(cells)
        for i, (k, v) in enumerate(cells):
            c.box(x0 + i * bw, y, bw, 34, 1.2 if i == 0 else 0.5)
            fit(c, x0 + i * bw + 4, y + 11, k, 6.5, bw - 8, bold=True)
            fit(c, x0 + i * bw + 4, y + 28, v, 13 if i == 0 else 10, bw - 8, bold=i == 0)
        y += 42
        blocks = [
            (lab["loc"], [p.name, p.street, p.city, g["set"]]),
            (lab["base"], [p.base_street, p.base_city, g["base_note"]]),
            (lab["hosp"], [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]),
        ]
        ruled_cells(c, x0, y, w / 3, blocks, 60, 0.6, label_size=7, size=8, lead=10.5)
        y += 70
        fit(c, x0, y, f"{lab['weather']}: {g['weather']}", 8, w)
        y += 6
    fit(c, x0, y + 8, g["emergency"], 7.5, w)
    y = _tables(c, x0, y + 26, right, spec, g["heads"])
    footer(c, g["footer"], x0)
    return c.output()


AF_LABELS = {
    "call": "CALL TIME",
    "rise": "SUNRISE",
    "fall": "SUNSET",
    "loc": "LOCATION",
    "base": "BASE / PARKING",
    "hosp": "NEAREST HOSPITAL",
    "weather": "WEATHER",
}


def _af_sheets() -> list[Sheet]:
    return [
        _af(
            "marina",
            "Canoe Money",
            D(2026, 12, 15),
            "07:00",
            {
                "font": "helvetica",
                "layout": "whatsapp",
                "labels": AF_LABELS,
                "heads": AF_HEADS,
                "time_style": "ng",
                "table_style": "ng",
                "date_style": "ng",
                "company": "RIVERSIDE REELS NIGERIA LTD",
                "credits": "Director: Emeka Okafor  ·  Producer: Ini Bassey  ·  AD: Tunde Adeyemi",
                "day_n": "DAY 6",
                # HARD: the call written '7AM PROMPT' with no minutes, as unit WhatsApp
                # messages write it
                "call_text": "{call} PROMPT (artistes as below)",
                "times": [("FIRST SHOT", 90), ("LUNCH", 330), ("PACK UP", 720)],
                "set": "the jetty and the boardwalk restaurant",
                "weather": "Hot and humid, 24-32 °C, harmattan haze",
                "emergency": "EMERGENCY: 112 · Set nurse: Mrs. Eno Etim +234 803 555 0141 · "
                "Gen (generator) fuel: production office only",
                "scenes": [
                    ("18", "The deal at the jetty, Effiong arrives by boat", "D", "EXT", "1, 2"),
                    ("19", "Boardwalk restaurant: Adaeze counts the money", "D", "INT", "2, 3"),
                ],
                "cast": [
                    ("Chidi Nwosu", "EFFIONG", 0),
                    ("Ada Okon", "ADAEZE", 60),
                    ("Bassey Etuk", "BOATMAN", 90),
                ],
                "crew": [
                    ("Production", "Ini Bassey", "+234 803 555 0101", 0),
                    ("DOP", "Segun Alabi", "+234 805 555 0122", 0),
                    ("Continuity", "Ngozi Eze", "+234 806 555 0133", 0),
                ],
                "notes": [
                    "Artistes come with two changes of costume as discussed. No shoot will start "
                    "without the marina management's OK: the production manager signs in at "
                    "6:30am.",
                ],
                "footer": "Riverside Reels Nigeria  ·  Canoe Money  ·  Call sheet day 6",
            },
        ),
        _af(
            "capecoast",
            "Door of Return",
            D(2026, 12, 18),
            "06:30",
            {
                "font": "helvetica",
                "labels": AF_LABELS,
                "heads": AF_HEADS,
                "head": "CALL SHEET #08",
                "time_style": "gh",
                "table_style": "gh",
                "date_style": "gh",
                "company": "ADINKRA PICTURES GH · Accra",
                "credits": "Director: Kwame Mensah  ·  Producer: Akosua Boateng  ·  1st AD: "
                "Yaw Owusu",
                "day_n": "Day 8 of 15",
                "times": [("BREAKFAST", -30), ("LUNCH", 330), ("WRAP", 660)],
                "set": "the courtyard, the ramparts and the Door of No Return",
                "base_note": "Security at the castle gate checks crew IDs",
                "weather": "Sunny, sea breeze, 24-31 °C",
                "emergency": "EMERGENCY: ambulance 193 · Police 191 · Set medic: Esi Appiah "
                "+233 24 555 0208 · GMMB permit holder on set",
                "scenes": [
                    ("27", "EXT. RAMPARTS - Kofi looks out to sea", "D", "EXT", "1"),
                    ("28", "EXT. COURTYARD - the tour group, Abena's question", "D", "EXT", "1, 2"),
                ],
                "cast": [("Kojo Asante", "KOFI", 0), ("Abena Darko", "ABENA", 60)],
                "crew": [
                    ("Production", "Akosua Boateng", "+233 24 555 0211", 0),
                    ("Camera", "Kwesi Ofori", "+233 20 555 0222", 0),
                    ("Sound", "Efua Quaye", "+233 27 555 0233", 0),
                ],
                "notes": [
                    "Museum staff guide us through the dungeons: quiet and respect at all times. "
                    "Tourist visits continue from 9:00 am.",
                ],
                "footer": "Adinkra Pictures  ·  Door of Return  ·  Call sheet 08",
            },
        ),
        _af(
            "goree",
            "L'Île aux Voix",
            D(2027, 1, 19),
            "07:30",
            {
                "font": "helvetica",
                "labels": {
                    "call": "CONVOCATION ÉQUIPE",
                    "rise": "LEVER DU SOLEIL",
                    "fall": "COUCHER DU SOLEIL",
                    "loc": "DÉCOR / LIEU DE TOURNAGE",
                    "base": "RDV / TRAVERSÉE (chaloupe)",
                    "hosp": "HÔPITAL LE PLUS PROCHE",
                    "weather": "MÉTÉO",
                },
                "heads": FR_HEADS,
                "head": "FEUILLE DE SERVICE N° 4",
                "time_style": "fr",
                "table_style": "fr",
                "date_style": "fr",
                "company": "TERANGA FILMS SARL · Dakar",
                "credits": "Réalisation : Aïssatou Diop  ·  Production : Mamadou Ndiaye  ·  1er "
                "assistant : Ousmane Fall",
                "day_n": "Jour 4 sur 12",
                "times": [("CHALOUPE", -60), ("DÉJEUNER", 300), ("FIN PRÉVUE", 600)],
                "set": "l'escalier double et la porte du voyage sans retour",
                "base_note": "Chaloupe de 6h30 : équipe et matériel",
                "weather": "Ensoleillé, alizé 20 km/h, 19-26 °C",
                "emergency": "URGENCES : SAMU 1515 · Pompiers 18 · Infirmière plateau : Fatou "
                "Sarr +221 77 555 0311",
                "scenes": [
                    ("9", "EXT. ESCALIER - Awa monte vers la porte", "J", "EXT", "1"),
                    ("10", "INT. SALLE DES HOMMES - le conservateur", "J", "INT", "1, 2"),
                ],
                "cast": [("Mariama Sow", "AWA", 0), ("Cheikh Diallo", "LE CONSERVATEUR", 60)],
                "crew": [
                    ("Production", "Mamadou Ndiaye", "+221 77 555 0322", 0),
                    ("Image", "Ibrahima Faye", "+221 76 555 0333", 0),
                ],
                "notes": [
                    "Pas de voitures sur l'île : le matériel monte à la charrette depuis le "
                    "débarcadère. Dernière chaloupe retour 18h30.",
                ],
                "footer": "Teranga Films  ·  L'Île aux Voix  ·  Feuille de service 4",
            },
        ),
    ]


# --- (4) Argentine / Chilean / Peruvian orden de rodaje: a citación per department ---------------

OR_HEADS = {
    "scenes": (["ESC.", "DECORADO / SINOPSIS", "D/N", "INT/EXT", "PERS."], [0, 34, 320, 355, 405]),
    "cast": (
        ["ACTOR / ACTRIZ", "PERSONAJE", "BUSCAR", "MAQ./VEST.", "SET"],
        [0, 120, 240, 320, 410],
    ),
    "steps": [-90, -60, 0],
    "notes": "OBSERVACIONES",
}


@_family(
    "ar_cl_pe_orden_citaciones",
    "Argentine, Chilean and Peruvian 'ORDEN DE RODAJE' / 'PLAN DE RODAJE DIARIO', A4: the "
    "company, the document and 'Jornada 12 de 30' over a rule; the title centred in "
    "capitals, 'FECHA: Martes 15 de diciembre de 2026', a heavy box 'CITACIÓN GENERAL 07:00 "
    "hs'; a ruled ÁREA / CITACIÓN / NOTA table (a citación per department) beside label rows "
    "of sun, forecast and meals; LOCACIÓN, base and HOSPITAL / GUARDIA boxes; emergency "
    "(107 / SAMU 131 / 116); scenes, cast; observaciones",
    name="or_{key}",
)
def _orden(spec: Day) -> bytes:
    _, p, rise, fall, t, layout, title, day, call, g = spec
    c, x0, right = page("A4", g["font"], margin=34.0)
    w = right - x0
    c.text(x0, 42, g["company"], 9.5, bold=True)
    c.right(right, 42, g["doc"], 12, bold=True)
    c.right(right, 55, g["day_n"], 8.5)
    c.hline(x0, right, 62, 1.0)
    centre(c, 88, title.upper(), 18)
    centre(c, 102, g["credits"], 8, bold=False)
    c.text(x0, 124, "FECHA:", 9, bold=True)
    c.text(x0 + 48, 124, day_text(day, g["date_style"]), 9.5)
    # the general call in a heavy box on the right of the date line
    c.box(right - 180, 110, 180, 24, 1.5)
    c.text(right - 174, 126, g["call_label"], 8.5, bold=True)
    c.right(right - 6, 127, hm(call, t), 13, bold=True)
    y = 150.0
    cit = [(dept, hm(add_minutes(call, off), t), note) for dept, off, note in g["citas"]]
    lw = w * 0.46 if layout != "wide" else w
    y0 = y
    y = head_table(
        c,
        x0,
        y,
        ["ÁREA", "CITACIÓN", "NOTA"],
        [0, 95, 150],
        cit,
        x0 + lw,
        size=7.5,
        lead=12,
        ruled=True,
    )
    rows = [
        ("Salida del sol", hm(rise, t)),
        ("Puesta del sol", hm(fall, t)),
        ("Pronóstico", g["weather"]),
        *_times(call, t, g["times"]),
    ]
    if layout == "wide":
        y = label_rows(c, x0, y + 4, right, rows, 8, 110, 12)
        ry = y + 2
    else:
        label_rows(c, x0 + lw + 14, y0, right, rows, 8, 88, 12)
        ry = max(y, y0 + len(rows) * 12) + 4
    blocks = [
        ("LOCACIÓN", [p.name, p.street, p.city, g["set"]]),
        (g["base_label"], [p.base_street, p.base_city, g["base_note"]]),
        (
            "HOSPITAL / GUARDIA",
            [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
        ),
    ]
    ruled_cells(c, x0, ry, w / 3, blocks, 60, 0.6, label_size=7, size=8, lead=10.5)
    y = ry + 70
    fit(c, x0, y, g["emergency"], 7.5, w)
    y = _tables(c, x0, y + 18, right, spec, OR_HEADS)
    footer(c, g["footer"], x0)
    return c.output()


def _or_sheets() -> list[Sheet]:
    return [
        _orden(
            "tigre",
            "El Delta Quieto",
            D(2026, 12, 15),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "ar",
                "table_style": "ar",
                "date_style": "ar",
                "company": "RÍO DE LA PLATA CINE S.R.L.",
                "doc": "ORDEN DE RODAJE N° 12",
                "day_n": "Jornada 12 de 30",
                "credits": "Dirección: Lucía Ferreyra  ·  Jefe de producción: Martín Aguirre  ·  "
                "1er AD: Sofía Paz",
                "call_label": "CITACIÓN GENERAL",
                "citas": [
                    ("Producción", -60, "apertura del museo"),
                    ("Eléctricos", -30, "grupo electrógeno"),
                    ("Dirección", 0, ""),
                    ("Cámara", 0, ""),
                    ("Sonido", 0, ""),
                    ("Arte", -30, "ambientación salón"),
                    ("Maquillaje / Vestuario", -30, ""),
                ],
                "times": [("Desayuno", -30), ("Almuerzo", 330), ("Fin estimado", 660)],
                "weather": "Soleado, 19-29 °C, viento NE",
                "set": "el salón de baile y la escalinata al río",
                "base_label": "BASE / ESTACIONAMIENTO",
                "base_note": "Camiones sobre Sarmiento, lado río",
                "emergency": "EMERGENCIAS: SAME 107 · Policía 911 · Enfermera en set: Carla "
                "Giménez +54 9 11 5555 0141",
                "scenes": [
                    ("34", "INT. SALÓN DE BAILE - Elena baila sola", "D", "INT", "1"),
                    ("35", "EXT. ESCALINATA - llega la lancha de Julián", "D", "EXT", "1, 2"),
                ],
                "cast": [("Valeria Ruiz", "ELENA", 0), ("Tomás Ibarra", "JULIÁN", 60)],
                "notes": [
                    "El museo abre al público a las 12:00 hs: el salón se libera 11:30 hs. "
                    "Prohibido apoyar equipos sobre el parquet.",
                ],
                "footer": "Río de la Plata Cine  ·  El Delta Quieto  ·  Orden N° 12",
            },
        ),
        _orden(
            "puertovaras",
            "Volcán de Invierno",
            D(2027, 1, 12),
            "07:30",
            {
                "font": "helvetica",
                "layout": "wide",
                "time_style": "cl",
                "table_style": "cl",
                "date_style": "cl",
                "company": "PRODUCTORA LLANQUIHUE LTDA.",
                "doc": "PLAN DE RODAJE DIARIO",
                "day_n": "Día 5 de 14",
                "credits": "Dirección: Catalina Muñoz  ·  Producción ejecutiva: Felipe Soto",
                "call_label": "LLAMADO GENERAL",
                # HARD: the first citación in the table is production's 05:45, well before the
                # general call in the box
                "citas": [
                    ("Producción", -105, "permiso municipal, conos"),
                    ("Eléctricos / Grip", -60, "torre frente a la iglesia"),
                    ("Cámara", 0, ""),
                    ("Dirección", 0, ""),
                    ("Actores", 30, "ver tabla de elenco"),
                ],
                "times": [("Desayuno", -30), ("Colación", 330), ("Término estimado", 630)],
                "weather": "Nublado, lluvia 30%, 9-18 °C",
                "set": "la escalinata de la iglesia y el mirador al lago",
                "base_label": "BASE / ESTACIONAMIENTO",
                "base_note": "Catering bajo toldo en el muelle",
                "emergency": "EMERGENCIAS: SAMU 131 · Carabineros 133 · Paramédico en set: "
                "Rodrigo Vera +56 9 5555 0208",
                "scenes": [
                    ("18", "EXT. IGLESIA - Inés sube la escalinata", "D", "EXT", "1"),
                    ("19", "EXT. MIRADOR - el volcán tras la niebla", "D", "EXT", "1, 2"),
                ],
                "cast": [("Antonia Reyes", "INÉS", 0), ("Benjamín Rojas", "PADRE MATEO", 90)],
                "notes": [
                    "La parroquia tiene misa a las 12:00 hrs: silencio total de 11:45 a 13:00. "
                    "Ropa de lluvia para todo el equipo.",
                ],
                "footer": "Productora Llanquihue  ·  Volcán de Invierno  ·  Plan diario día 5",
            },
        ),
        _orden(
            "santacatalina",
            "Claustros",
            D(2027, 1, 14),
            "06:30",
            {
                "font": "sans",
                "time_style": "pe",
                "table_style": "pe",
                "date_style": "pe",
                "company": "MISTI PRODUCCIONES S.A.C.",
                "doc": "ORDEN DE RODAJE",
                "day_n": "Jornada 7",
                "credits": "Dirección: Gabriela Quispe  ·  Producción: Renzo Salazar",
                "call_label": "CITACIÓN EQUIPO",
                "citas": [
                    ("Producción", -45, ""),
                    ("Dirección / Cámara", 0, ""),
                    ("Luces", -30, "sillar: sin cinta"),
                    ("Vestuario", 0, "hábitos"),
                ],
                "times": [("Desayuno", -30), ("Almuerzo", 330), ("Fin de jornada", 660)],
                "weather": "Soleado, 11-24 °C, UV extremo",
                "set": "el claustro de los naranjos y la calle Toledo",
                "base_label": "BASE / PLAYA DE ESTACIONAMIENTO",
                "base_note": "Ingreso de equipo por la puerta de servicio",
                "emergency": "EMERGENCIAS: SAMU 106 · Bomberos 116 · Tópico en set: Pilar "
                "Huamán +51 955 550 311",
                "scenes": [
                    ("22", "EXT. CLAUSTRO DE LOS NARANJOS - Sor Teresa", "D", "EXT", "1"),
                    ("23", "EXT. CALLE TOLEDO - la carta escondida", "D", "EXT", "1, 2"),
                ],
                "cast": [("Mariana Vargas", "SOR TERESA", 0), ("Diego Cárdenas", "ANDRÉS", 45)],
                "notes": [
                    "Altura 2 335 m: agua y bloqueador para todos. El monasterio abre a "
                    "visitantes a las 9:00 a.m.",
                ],
                "footer": "Misti Producciones  ·  Claustros  ·  Orden de rodaje jornada 7",
            },
        ),
    ]


# --- (5) Danish / Latvian / Lithuanian sheets as one long LABEL | VALUE | NOTE table -----------

LONG = {
    "da": {
        "heads": ["FELT / LABEL", "VÆRDI / VALUE", "NOTE"],
        "date": "Dato / Date",
        "day": "Optagedag / Shoot day",
        "call": "Mødetid hold / Crew call",
        "loc": "Optagested / Location",
        "addr": "Adresse / Address",
        "set": "Motiv / Set",
        "base": "Base / Parkering",
        "hosp": "Skadestue / Nearest A&E",
        "hosp_addr": "Skadestue adresse",
        "hosp_tel": "Skadestue tlf.",
        "rise": "Solopgang / Sunrise",
        "fall": "Solnedgang / Sunset",
        "weather": "Vejr / Weather",
        "emergency": "Nødopkald / Emergency",
    },
    "lv": {
        "heads": ["LAUKS / LABEL", "VĒRTĪBA / VALUE", "PIEZĪME / NOTE"],
        "date": "Datums / Date",
        "day": "Filmēšanas diena",
        "call": "Komandas ierašanās / Crew call",
        "loc": "Filmēšanas vieta / Location",
        "addr": "Adrese / Address",
        "set": "Objekts / Set",
        "base": "Bāze / Stāvvieta",
        "hosp": "Slimnīca / Hospital",
        "hosp_addr": "Slimnīcas adrese",
        "hosp_tel": "Slimnīcas tālr.",
        "rise": "Saullēkts / Sunrise",
        "fall": "Saulriets / Sunset",
        "weather": "Laikapstākļi / Weather",
        "emergency": "Ārkārtas / Emergency",
    },
    "lt": {
        "heads": ["LAUKAS / LABEL", "REIKŠMĖ / VALUE", "PASTABA / NOTE"],
        "date": "Data / Date",
        "day": "Filmavimo diena",
        "call": "Komandos atvykimas / Crew call",
        "loc": "Filmavimo vieta / Location",
        "addr": "Adresas / Address",
        "set": "Objektas / Set",
        "base": "Bazė / Parkavimas",
        "hosp": "Ligoninė / Hospital",
        "hosp_addr": "Ligoninės adresas",
        "hosp_tel": "Ligoninės tel.",
        "rise": "Saulėtekis / Sunrise",
        "fall": "Saulėlydis / Sunset",
        "weather": "Orai / Weather",
        "emergency": "Skubi pagalba / Emergency",
    },
}


@_family(
    "dk_lv_lt_long_table",
    "Danish, Latvian and Lithuanian call sheets laid out as one long ruled table, A4: the "
    "title over a rule with the document ('DAGSPLAN / CALL SHEET', 'FILMĒŠANAS DIENAS "
    "PLĀNS', 'FILMAVIMO DIENOS PLANAS') and the company; a dark head row LABEL | VALUE | "
    "NOTE, then every fact a row with bilingual labels ('Mødetid hold / Crew call 07.30', "
    "'Komandas ierašanās / Crew call', date 'tirsdag d. 15. december 2026' / '2026. gada 16. "
    "decembris, trešdiena' / '2027 m. sausio 12 d., antradienis'), location, address, set, "
    "base, hospital, its address and phone, 112, sun, weather, people and cast with their "
    "times; plain, with grey section rows, or with section rows and zebra shading; a scenes "
    "table and notes",
    name="long_{key}",
)
def _long(spec: Day) -> bytes:
    _, p, rise, fall, t, layout, title, day, call, g = spec
    lab = LONG[g["lang"]]
    c, x0, right = page("A4", g["font"], margin=36.0)
    w = right - x0
    c.text(x0, 46, title, 18, bold=True)
    c.right(right, 40, g["doc"], 10, bold=True)
    c.right(right, 52, g["company"], 8)
    c.hline(x0, right, 58, 0.8)
    head: list[tuple[str, str, str]] = [
        (lab["date"], day_text(day, g["date_style"]), ""),
        (lab["day"], g["day_n"], ""),
        (lab["call"], hm(call, t), g["call_note"]),
    ]
    times = [(k, hm(add_minutes(call, off), t), n) for k, off, n in g["times"]]
    place = [
        (lab["loc"], p.name, ""),
        (lab["addr"], f"{p.street}, {p.city}", ""),
        (lab["set"], g["set"], ""),
        (lab["base"], f"{p.base_street}, {p.base_city}", g["base_note"]),
        (lab["hosp"], p.hospital, g["hosp_note"]),
        (lab["hosp_addr"], f"{p.hospital_street}, {p.hospital_city}", ""),
        (lab["hosp_tel"], p.hospital_phone, ""),
        (lab["emergency"], g["emergency"], ""),
    ]
    sky = [
        (lab["rise"], hm(rise, t), ""),
        (lab["fall"], hm(fall, t), ""),
        (lab["weather"], g["weather"], ""),
    ]
    people = [(k, v, n) for k, v, n in g["people"]]
    cast = [(f"{a} ({r})", hm(add_minutes(call, off), t), n) for a, r, off, n in g["cast"]]
    sections = [
        (g["sections"][0], head + times),
        (g["sections"][1], place),
        (g["sections"][2], sky),
        (g["sections"][3], people + cast),
    ]
    xs = [0.0, 150.0, 355.0]
    y = 76.0
    fill(c, x0, y, w, 16, 60)
    c.pdf.set_text_color(255, 255, 255)
    for h, dx in zip(lab["heads"], xs, strict=True):
        c.text(x0 + 4 + dx, y + 11.5, h, 7.5, bold=True)
    c.pdf.set_text_color(0, 0, 0)
    y += 16
    top = y
    n = 0
    for sec, rows in sections:
        if layout in ("sections", "sections_zebra"):
            fill(c, x0, y, w, 13, 200)
            c.text(x0 + 4, y + 9.5, sec, 7.5, bold=True)
            y += 13
        for k, v, note in rows:
            if layout == "sections_zebra" and n % 2:
                fill(c, x0, y, w, 13, 238)
            fit(c, x0 + 4, y + 9.5, k, 7.5, xs[1] - 8, bold=True)
            big = k == lab["call"]
            fit(c, x0 + 4 + xs[1], y + 9.5, v, 8.5 if big else 7.5, xs[2] - xs[1] - 8, bold=big)
            fit(c, x0 + 4 + xs[2], y + 9.5, note, 7, w - xs[2] - 8)
            c.hline(x0, right, y + 13, 0.2)
            y += 13
            n += 1
    c.box(x0, top - 16, w, y - top + 16, 0.6)
    for dx in xs[1:]:
        c.vline(x0 + dx, top - 16, y, 0.3)
    y += 16
    table = partial(head_table, size=7.5, lead=12, ruled=True)
    y = table(c, x0, y, g["scene_heads"], [0, 34, 330, 390], g["scenes"], right)
    titled_notes(c, x0, y + 4, g["notes_head"], 8.5, g["notes"], 7.5, w, 10)
    footer(c, g["footer"], x0)
    return c.output()


def _long_sheets() -> list[Sheet]:
    return [
        _long(
            "ribe",
            "Vadehavets Lys",
            D(2026, 12, 15),
            "07:30",
            {
                "lang": "da",
                "font": "helvetica",
                "layout": "plain",
                "time_style": "nordic",
                "date_style": "da",
                "doc": "DAGSPLAN / CALL SHEET nr. 7",
                "company": "Marsk Film ApS · Esbjerg",
                "day_n": "7 af 21",
                "call_note": "Hele holdet på Torvet",
                "times": [
                    ("Morgenmad / Breakfast", -30, "i sognegården"),
                    ("Første optagelse / First shot", 60, ""),
                    ("Frokost / Lunch", 300, "30 min"),
                    ("Forventet slut / Est. wrap", 570, ""),
                ],
                "set": "skibet og Borgertårnet",
                "base_note": "Lastbiler må holde 06.00-20.00",
                "hosp_note": "ca. 35 min i bil",
                "emergency": "112 · Set-samarit: Mette Holm +45 20 55 01 41",
                "weather": "Gråvejr, 2-6 °C, let regn",
                "people": [
                    ("Instruktør / Director", "Signe Lund", "+45 20 55 01 01"),
                    ("Produktionsleder", "Jens Kjær", "+45 20 55 01 12"),
                    ("1. ass. / 1st AD", "Ida Vestergaard", "+45 20 55 01 23"),
                ],
                "cast": [
                    ("Karen Bech", "ASTRID", 0, "hår/makeup 30 min"),
                    ("Mads Krogh", "PRÆSTEN", 60, ""),
                ],
                "sections": ["TID / TIME", "STED / PLACE", "LYS / LIGHT", "FOLK / PEOPLE"],
                "scene_heads": ["SC.", "MOTIV / INDHOLD", "D/N", "ROLLER"],
                "scenes": [
                    ("41", "INT. DOMKIRKEN, SKIBET - Astrid tænder lysene", "D", "1, 2"),
                    ("42", "INT. BORGERTÅRNET - udsigten over marsken", "D", "1"),
                ],
                "notes_head": "Bemærkninger / Notes",
                "notes": [
                    "Kirken har gudstjeneste kl. 10.00 onsdag: ingen optagelse i skibet 09.30-"
                    "11.00. Ingen tape på gravstenene i gulvet.",
                ],
                "footer": "Marsk Film  ·  Vadehavets Lys  ·  Dagsplan 7",
            },
        ),
        _long(
            "kuldiga",
            "Platākais Ūdenskritums",
            D(2026, 12, 16),
            "08:00",
            {
                "lang": "lv",
                "font": "sans",
                "layout": "sections_zebra",
                "time_style": "baltic",
                "date_style": "lv",
                "doc": "FILMĒŠANAS DIENAS PLĀNS Nr. 3",
                "company": "Kurzemes Kino SIA · Rīga",
                "day_n": "3. diena no 16",
                "call_note": "pie tilta",
                "times": [
                    ("Brokastis / Breakfast", -30, "bāzes teltī"),
                    ("Pusdienas / Lunch", 270, ""),
                    ("Beigas / Wrap", 480, "tumsa 16:00"),
                ],
                "set": "the waterfall bank and the old brick bridge",
                "base_note": "Furgoni pie pils dārza",
                "hosp_note": "10 min",
                "emergency": "112 · Mediķis: Inese Kalniņa +371 2955 0208",
                "weather": "Sniegs, -4 līdz 0 °C",
                "people": [
                    ("Režisors / Director", "Kārlis Ozols", "+371 2955 0211"),
                    ("Producente", "Līga Bērziņa", "+371 2955 0222"),
                ],
                "cast": [
                    ("Elza Kalēja", "MĀRA", 0, ""),
                    ("Andris Liepa", "ZVEJNIEKS", 45, "sausais tērps"),
                ],
                "sections": ["LAIKS / TIME", "VIETA / PLACE", "GAISMA / LIGHT", "CILVĒKI"],
                "scene_heads": ["AIN.", "OBJEKTS / SATURS", "D/N", "LOMAS"],
                "scenes": [
                    ("12", "EXT. RUMBA - Māra redz lecošās zivis", "D", "1"),
                    ("13", "EXT. ĶIEĢEĻU TILTS - zvejnieks", "D", "1, 2"),
                ],
                "notes_head": "Piezīmes / Notes",
                "notes": [
                    "Ledus uz akmeņiem: neviens neiet pie ūdenskrituma bez drošības virves. "
                    "Siltā telts bāzē visu dienu.",
                ],
                "footer": "Kurzemes Kino  ·  Platākais Ūdenskritums  ·  Plāns Nr. 3",
            },
        ),
        _long(
            "trakai",
            "Ežero Sargas",
            D(2027, 1, 12),
            "08:30",
            {
                "lang": "lt",
                "font": "sans",
                "layout": "sections",
                "time_style": "baltic",
                "date_style": "lt",
                "doc": "FILMAVIMO DIENOS PLANAS Nr. 11",
                "company": "Galvės Filmai UAB · Vilnius",
                "day_n": "11 iš 25",
                # HARD: the note beside the crew call prints two earlier calls (rigging and
                # boats) in the same row
                "call_note": "Apšvietimas 06:30, valtys 07:00",
                "times": [
                    ("Pusryčiai / Breakfast", -30, ""),
                    ("Pietūs / Lunch", 270, ""),
                    ("Pabaiga / Wrap", 480, ""),
                ],
                "set": "the castle courtyard and the frozen lake shore",
                "base_note": "Generatorius prie tilto",
                "hosp_note": "5 min",
                "emergency": "112 · Medikas: Rūta Petraitienė +370 612 55 031",
                "weather": "Giedra, -9 iki -3 °C",
                "people": [
                    ("Režisierius / Director", "Mantas Kazlauskas", "+370 612 55 011"),
                    ("Prodiuserė", "Eglė Jankauskaitė", "+370 612 55 022"),
                ],
                "cast": [
                    ("Gabija Vaitkutė", "ONA", 0, ""),
                    ("Tomas Žukauskas", "SARGAS", 60, "šarvai 60 min"),
                ],
                "sections": ["LAIKAS / TIME", "VIETA / PLACE", "ŠVIESA / LIGHT", "ŽMONĖS"],
                "scene_heads": ["SC.", "OBJEKTAS / TURINYS", "D/N", "VAIDMENYS"],
                "scenes": [
                    ("30", "EXT. PILIES KIEMAS - Ona bėga per sniegą", "D", "1"),
                    ("31", "EXT. EŽERO KRANTAS - sargas ant ledo", "D", "1, 2"),
                ],
                "notes_head": "Pastabos / Notes",
                "notes": [
                    "Ant ledo niekas neina be gelbėtojų leidimo. Muziejus atidaromas 10:00: "
                    "kieme tik iki 09:45.",
                ],
                "footer": "Galvės Filmai  ·  Ežero Sargas  ·  Dienos planas Nr. 11",
            },
        ),
    ]


# --- (6) US indie one-pagers made in Canva / Google Docs ------------------------------------------


def _rbox(c: Canvas, x: float, y: float, w: float, h: float, rgb: tuple[int, int, int]) -> None:
    """A rounded box filled with `rgb`, as a design tool draws a value's pill."""
    c.pdf.set_fill_color(*rgb)
    c.pdf.set_draw_color(*rgb)
    c.pdf.rect(x, y, w, h, style="DF", round_corners=True, corner_radius=7)
    c.pdf.set_draw_color(0, 0, 0)


@_family(
    "us_indie_canva_onepager",
    "US indie one-pagers, Letter: made in Canva (a full-width coloured title banner, the "
    "title in big capitals, 'CALL SHEET' and 'DAY 2 OF 6'; DATE / CREW CALL / SUNRISE / "
    "SUNSET in rounded pills with text icons ★ ◷ ☀; LOCATION, PARKING / BASECAMP, NEAREST "
    "HOSPITAL in rounded cards) or in Google Docs (a coloured title line and icon-led label "
    "rows); a weather strip of hour cells ('7:00a ☀ 41°F'); schedule, talent and crew "
    "tables; a '⚠ HEADS UP' note",
    name="us_{key}",
)
def _canva(spec: Day) -> bytes:
    _, p, rise, fall, t, layout, title, day, call, g = spec
    c, x0, right = page("Letter", "sans", margin=30.0)
    w = right - x0
    accent, soft = g["accent"], g["soft"]
    written = partial(hm, style=g["table_style"])
    if layout == "docs":
        # a Google Doc: a coloured title line, text icons as bullets, a plain table
        c.pdf.set_text_color(*accent)
        c.text(x0, 52, title, 26, bold=True)
        c.pdf.set_text_color(0, 0, 0)
        c.text(x0, 70, g["tagline"], 9)
        c.hline(x0, right, 78, 1.5)
        rows = [
            ("★ Date", day_text(day, g["date_style"])),
            ("◷ Crew call", hm(call, t)),
            ("➜ Location", f"{p.name}, {p.street}, {p.city} ({g['set']})"),
            ("▣ Parking", f"{p.base_street}, {p.base_city}"),
            ("✚ Hospital", f"{p.hospital}, {p.hospital_street}, {p.hospital_city}"),
            ("☎ ER phone", p.hospital_phone),
            ("☀ Sun", f"up {hm(rise, t)} · down {hm(fall, t)}"),
        ]
        y = label_rows(c, x0, 98, right, rows, 9.5, 105, 16)
    else:
        fill_rgb = accent
        c.pdf.set_fill_color(*fill_rgb)
        c.pdf.rect(0, 0, c.width, 92, style="F")
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0, 46, title.upper(), 28, bold=True)
        c.text(x0, 68, g["tagline"], 10)
        c.right(right, 46, "CALL SHEET", 12, bold=True)
        c.right(right, 68, g["day_n"], 10)
        c.pdf.set_text_color(0, 0, 0)
        y = 108.0
        pills = [
            ("★ DATE", day_text(day, g["date_style"])),
            ("◷ CREW CALL", hm(call, t)),
            ("☀ SUNRISE / SUNSET", f"{hm(rise, t)} / {hm(fall, t)}"),
        ]
        pw = (w - 20) / 3
        for i, (k, v) in enumerate(pills):
            xx = x0 + i * (pw + 10)
            _rbox(c, xx, y, pw, 48, soft)
            c.text(xx + 10, y + 15, k, 7.5, bold=True)
            fit(c, xx + 10, y + 37, v, 17 if i == 1 else 11, pw - 20, bold=i == 1)
        y += 60
        cards = [
            ("➜ LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("▣ PARKING / BASECAMP", [p.base_street, p.base_city, g["base_note"]]),
            (
                "✚ NEAREST HOSPITAL",
                [p.hospital, p.hospital_street, p.hospital_city, f"☎ {p.hospital_phone}"],
            ),
        ]
        for i, (k, lines) in enumerate(cards):
            xx = x0 + i * (pw + 10)
            _rbox(c, xx, y, pw, 70, (245, 245, 245))
            c.text(xx + 10, y + 14, k, 7.5, bold=True)
            for j, ln in enumerate(lines):
                fit(c, xx + 10, y + 28 + j * 11, ln, 8, pw - 20)
        y += 86
    # the weather strip: hour cells across the page
    strip = g["weather"]
    sw = w / len(strip)
    for i, (hh, deg, sky) in enumerate(strip):
        _rbox(c, x0 + i * sw + 2, y, sw - 4, 34, soft)
        c.text(x0 + i * sw + 8, y + 13, hm(hh, "us_short"), 7.5, bold=True)
        c.text(x0 + i * sw + 8, y + 27, f"{sky} {deg}°F", 9)
    y += 50
    sched = [(written(add_minutes(call, off)), what) for off, what in g["schedule"]]
    y = head_table(
        c,
        x0,
        y,
        ["TIME", "WHAT'S HAPPENING"],
        [0, 80],
        sched,
        right,
        size=8.5,
        lead=14,
        shade=230,
    )
    cast = [(a, r, written(add_minutes(call, off))) for a, r, off in g["cast"]]
    y = head_table(
        c,
        x0,
        y + 4,
        ["TALENT", "ROLE", "CALL"],
        [0, 200, 380],
        cast,
        right,
        size=8.5,
        lead=14,
        shade=230,
    )
    crew = [(k, n, ph) for k, n, ph in g["crew"]]
    y = head_table(
        c,
        x0,
        y + 4,
        ["CREW", "NAME", "CELL"],
        [0, 200, 380],
        crew,
        right,
        size=8.5,
        lead=14,
        shade=230,
    )
    titled_notes(c, x0, y + 6, "⚠ HEADS UP", 10, g["notes"], 8.5, w, 11)
    footer(c, g["footer"], x0)
    return c.output()


def _us_sheets() -> list[Sheet]:
    return [
        _canva(
            "crescent",
            "Room 218",
            D(2027, 1, 9),
            "08:00",
            {
                "time_style": "us",
                "table_style": "us",
                "date_style": "us",
                "accent": (92, 52, 140),
                "soft": (232, 222, 245),
                "tagline": "a short horror film by Dana Whitlock  ·  Ozark Lantern Films",
                "day_n": "DAY 2 OF 4",
                "set": "the fourth-floor hallway and Room 218",
                "base_note": "Shuttle up the hill every 20 min",
                "weather": [
                    ("08:00", 34, "☁"),
                    ("11:00", 42, "☁"),
                    ("14:00", 47, "☀"),
                    ("17:00", 40, "☀"),
                ],
                "schedule": [
                    (-30, "Breakfast burritos in the ballroom"),
                    (60, "Shooting call: hallway dolly shots"),
                    (300, "Lunch"),
                    (600, "Wrap, hotel walk-through with the manager"),
                ],
                "cast": [("Maya Torres", "JESS", 0), ("Caleb Price", "THE PORTER", 90)],
                "crew": [
                    ("Director", "Dana Whitlock", "(479) 555-0141"),
                    ("Producer / UPM", "Sam Oyelaran", "(479) 555-0152"),
                ],
                "notes": [
                    "The hotel stays open: quiet on floors 3 and 4 at all times, no gear in the "
                    "lobby. Guests may ask about the ghosts; please smile and keep walking.",
                ],
                "footer": "Ozark Lantern Films  ·  Room 218  ·  made with Canva",
            },
        ),
        _canva(
            "lockhart",
            "Brisket & Bail",
            D(2027, 1, 16),
            "07:00",
            {
                "layout": "docs",
                "time_style": "us",
                "table_style": "us",
                "date_style": "us",
                "accent": (190, 70, 30),
                "soft": (250, 228, 214),
                "tagline": "Indie comedy feature · Pecan Street Pictures · Director: Ruby Salas",
                "day_n": "Day 6",
                "set": "the courthouse steps and the square",
                "base_note": "",
                "weather": [
                    ("07:00", 39, "☀"),
                    ("10:00", 50, "☀"),
                    ("13:00", 61, "☀"),
                    ("16:00", 63, "☁"),
                    ("19:00", 52, "☁"),
                ],
                "schedule": [
                    (-30, "Breakfast tacos, base camp"),
                    (75, "First shot: the bail bondsman's pitch on the steps"),
                    (330, "Lunch (barbecue, of course)"),
                    (660, "Wrap"),
                ],
                "cast": [
                    ("Luis Garza", "HECTOR", 0),
                    ("Tammy Reed", "JUDGE PARKS", 120),
                    ("Kyle Benson", "DEPUTY", 60),
                ],
                "crew": [
                    ("Director", "Ruby Salas", "(512) 555-0208"),
                    ("1st AD", "Marcus Dean", "(512) 555-0219"),
                    ("Locations", "Jo Beth Hardy", "(512) 555-0230"),
                ],
                "notes": [
                    "County offices open Saturday morning: keep the north door clear. Water "
                    "and sunscreen at base camp.",
                ],
                "footer": "Pecan Street Pictures  ·  Brisket & Bail  ·  Google Docs",
            },
        ),
        _canva(
            "apalach",
            "Oyster Season",
            D(2027, 1, 23),
            "06:30",
            {
                "time_style": "us",
                "table_style": "us",
                "date_style": "us_caps",
                "accent": (20, 110, 120),
                "soft": (212, 238, 238),
                "tagline": "a documentary-style drama · Forgotten Coast Films",
                "day_n": "DAY 3 OF 5",
                "set": "the oyster boat dock and the net shed",
                "base_note": "Craft services under the pavilion",
                # HARD: the weather strip's first cell (5:00a) sits under the call pill, earlier
                # than the call
                "weather": [
                    ("05:00", 44, "☁"),
                    ("08:00", 49, "☀"),
                    ("11:00", 58, "☀"),
                    ("14:00", 63, "☀"),
                    ("17:00", 57, "☀"),
                ],
                "schedule": [
                    (-30, "Coffee and biscuits at the pavilion"),
                    (45, "Boats out: tonging on the bay"),
                    (330, "Lunch at the dock"),
                    (600, "Wrap, gear back to the shed"),
                ],
                "cast": [("Della Pruitt", "RAE", 0), ("Otis Gander", "UNCLE BO", 30)],
                "crew": [
                    ("Director / DP", "Wren Castillo", "(850) 555-0311"),
                    ("Boat captain", "Harlan Moss", "(850) 555-0322"),
                ],
                "notes": [
                    "Life jackets on the water, no exceptions. Boats leave the dock 15 min "
                    "after call: be on time or wave from the shore.",
                ],
                "footer": "Forgotten Coast Films  ·  Oyster Season  ·  made with Canva",
            },
        ),
    ]


# --- near misses: papers that call people to a place at a time but plan no shoot ------------


def _safari_briefing() -> bytes:
    """A safari lodge's game-drive briefing: wake-up and departure times, the vehicles, the
    park gate; photographers and camera bags are guests' luggage, not a shoot."""
    c, x0, right = page("A4", "helvetica", margin=40.0)
    w = right - x0
    fill(c, x0, 30, w, 30, 60)
    c.pdf.set_text_color(255, 255, 255)
    c.text(x0 + 10, 50, "OLOLAIMUTIEK MARA CAMP  ·  GUEST BRIEFING", 12, bold=True)
    c.pdf.set_text_color(0, 0, 0)
    c.text(x0, 84, "Full-day game drive & Mara River crossing", 15, bold=True)
    c.text(x0, 98, "Thursday 17 December 2026  ·  Narok County, Kenya", 9)
    _notice(
        c,
        x0,
        right,
        122,
        [
            ("Wake-up call", "5:15 am (tea and coffee brought to your tent)"),
            ("Meet", "5:45 am at the main mess tent, Talek side"),
            ("Departure", "6:00 am sharp: Land Cruisers 1-3"),
            ("Park gate", "Talek Gate, Maasai Mara National Reserve (conservation fee paid)"),
            ("Return", "about 6:30 pm, sundowners on the way"),
            ("Flying Doctors", "AMREF Flying Doctors +254 20 699 2299 (all guests covered)"),
        ],
        (
            ["VEHICLE", "GUIDE", "GUESTS", "TENTS"],
            [0, 90, 230, 380],
            [
                ("Cruiser 1", "Daniel Sankale", "Müller (4)", "1, 2"),
                ("Cruiser 2", "Joseph ole Ntimama", "Okoro, Lindqvist (5)", "3, 5"),
                ("Cruiser 3", "Mercy Kiptoo", "Photography group (4)", "6, 7"),
            ],
        ),
        (
            "Please note",
            [
                "Photographers: one camera bag per guest, beanbags are in every vehicle; please no "
                "drones in the reserve. Picnic breakfast and lunch are packed by the kitchen.",
                "Stay inside the vehicle at all times. Warm layers for the early start: "
                "12 °C at dawn.",
            ],
        ),
        facts_look=(9, 110, 14),
    )
    return c.output()


def _census_assignment() -> bytes:
    """A census district office's field-day assignment: enumerators report to the office at a
    time, then go to their enumeration areas; a TV crew only covers the launch."""
    c, x0, right = page("A4", "helvetica", margin=40.0)
    centre(c, 44, "GHANA STATISTICAL SERVICE", 12)
    centre(c, 58, "KOMENDA-EDINA-EGUAFO-ABIREM DISTRICT CENSUS OFFICE", 9)
    centre(c, 76, "ENUMERATION FIELD DAY - TEAM ASSIGNMENT", 11)
    c.hline(x0, right, 84, 1.0)
    _notice(
        c,
        x0,
        right,
        104,
        [
            ("Date", "Monday, 21/12/2026 (Day 3 of enumeration)"),
            ("Reporting time", "6:30 am at the District Office, Elmina"),
            ("Tablets", "Collect charged tablets and power banks from the IT desk by 7:00 am"),
            ("Field hours", "7:30 am - 5:00 pm; evening call-backs till 7:00 pm"),
            ("Supervisor", "Mr. Kobina Arthur +233 24 555 0177"),
        ],
        (
            ["TEAM", "ENUMERATION AREA", "ENUMERATORS", "VEHICLE"],
            [0, 55, 250, 400],
            [
                ("A", "Elmina Bantoma, EA 0412", "Ama Quansah, Kofi Eshun", "Pick-up 1"),
                ("B", "Elmina Sanka, EA 0415", "Yaa Amoah, Joseph Baidoo", "Pick-up 1"),
                ("C", "Komenda Zongo, EA 0421", "Abena Sam, Kwame Ansah", "Motorbike"),
                ("D", "Agona Abrem, EA 0433", "Efua Mensah, Isaac Nyarko", "Pick-up 2"),
            ],
        ),
        (
            "Reminders",
            [
                "Wear your census vest and ID card at all times. A GBC television crew will record "
                "Team A's first household interview for the evening news; the household's consent "
                "comes first.",
                "Report any refusals to the supervisor the same day. Do not leave tablets "
                "in vehicles.",
            ],
        ),
        facts_look=(9, 110, 14),
    )
    return c.output()


def _removal_work_order() -> bytes:
    """A removal firm's work order: the crew's presentation time at the client's address, the
    truck, the destination; the client will video the inventory, nothing more."""
    c, x0, right = page("A4", "helvetica", margin=40.0)
    c.text(x0, 46, "MUDANZAS DEL LITORAL S.R.L.", 13, bold=True)
    grey_text(c, x0, 58, "Avenida Cazón 1450, Tigre  ·  +54 11 4749 5500", 8, 110)
    c.right(right, 46, "ORDEN DE TRABAJO N° 2317", 11, bold=True)
    c.hline(x0, right, 66, 1.0)
    _notice(
        c,
        x0,
        right,
        88,
        [
            ("Fecha", "Viernes 18 de diciembre de 2026"),
            ("Presentación del personal", "07:30 hs en el domicilio de origen"),
            ("Origen", "Calle Liniers 540, 3° B, Olivos, Vicente López"),
            ("Destino", "Avenida Santa Fe 2210, 6° A, CABA"),
            ("Camión", "Furgón Mercedes 1114 · chofer Héctor Benítez"),
            ("Cliente", "Familia Domínguez · +54 9 11 5555 0101"),
        ],
        (
            ["HORA", "TAREA", "RESPONSABLE"],
            [0, 70, 330],
            [
                ("07:30 hs", "Embalaje de vajilla y cuadros", "Rubén Acosta"),
                ("09:00 hs", "Desarme de muebles y cama", "Luis Ortega"),
                ("10:30 hs", "Carga: ascensor reservado hasta 12:00", "Todo el equipo"),
                ("13:00 hs", "Descarga en destino y armado", "Rubén Acosta"),
            ],
        ),
        (
            "Observaciones",
            [
                "El cliente filmará el inventario con su teléfono antes de la carga; piano "
                "vertical: dos personas más a las 10:00 hs. Cobro del saldo contra entrega.",
            ],
        ),
        facts_look=(9, 140, 14),
    )
    return c.output()


def _other_sheets() -> list[Sheet]:
    docs = [
        (
            "near_miss_safari_game_drive_briefing",
            "a Kenyan safari camp's guest briefing for a full-day game drive, A4: a dark band with "
            "the camp, the date, wake-up call, meet and departure times, the park gate, AMREF "
            "Flying Doctors; a ruled VEHICLE / GUIDE / GUESTS / TENTS table; notes on "
            "photographers' camera bags",
            _safari_briefing,
        ),
        (
            "near_miss_census_enumerator_assignment",
            "a Ghanaian census district office's field-day team assignment, A4: the service "
            "and the district office centred, the date, 'Reporting time: 6:30 am', tablets, "
            "field hours, the supervisor; a ruled TEAM / ENUMERATION AREA / ENUMERATORS / VEHICLE "
            "table; reminders mentioning a TV crew",
            _census_assignment,
        ),
        (
            "near_miss_removal_work_order",
            "an Argentine removal firm's work order (orden de trabajo), A4: the firm, the order "
            "number, the date, 'Presentación del personal 07:30 hs', origin and destination "
            "addresses, the truck; a ruled HORA / TAREA / RESPONSABLE table; notes saying the "
            "client will film the inventory",
            _removal_work_order,
        ),
    ]
    return near_misses(_sheet, docs)


def sheets() -> list[Sheet]:
    return [
        *_il_sheets(),
        *_sea_sheets(),
        *_af_sheets(),
        *_or_sheets(),
        *_long_sheets(),
        *_us_sheets(),
        *_other_sheets(),
    ]


def _call_text(g: dict[str, Any], call: str, t: str) -> str:
    """The call as the sheet writes it; a WhatsApp-style '{call}' pattern gets the call in the
    unit's short form ('7AM', '6:30AM'), so a sheet redrawn with another call prints that call."""
    if "call_text" not in g:
        return hm(call, t)
    h, m = int(call[:2]), call[3:5]
    short = f"{h % 12 or 12}{'' if m == '00' else ':' + m}{'AM' if h < 12 else 'PM'}"
    return g["call_text"].format(call=short)
