# ruff: noqa: RUF001, RUF003
"""Sixtieth held-out set: call sheets of service and local productions from South Africa, India,
Malaysia and the Philippines, Greece / Cyprus / Turkey, Latin America and Brazil, Jordan and
Morocco, in the forms and languages their crews use, in towns not yet in the corpus (`fresh59_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh59"). South African service sheets with a boxed UNIT CALL, '07h00' times,
a '+27' hospital line and a unit base (Simon's Town, Soweto, Pretoria); Indian Hindi-English
sheets with a shift, a unit call, romanised Hindi labels and six-digit PIN codes (Udaipur,
Jodhpur, Mysuru); Malaysian and Philippine sheets with 'Call time', 'Standby' and 'Pack-up' in a
shaded side column (Ipoh, Melaka, Vigan); Greek, Cypriot and Turkish co-production sheets with
bilingual labels (Nafplio, Paphos, Bodrum); Colombian, Mexican and Brazilian bilingual service
sheets, HOJA DE LLAMADO / ORDEM DO DIA (Cartagena, Oaxaca, Paraty); Jordanian and Moroccan
service sheets with a desert unit move by 4x4 convoy (Aqaba, Madaba, Merzouga). Three near
misses, all `other`: an Indian free eye camp's duty schedule, a Philippine election duty order for
a polling centre and a Red Sea dive centre's boat-day briefing.

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
    paragraphs,
    ruled_cells,
    sheet_maker,
    time_or,
    titled_notes,
)
from tests.corpus.fresh_skeletons import (
    ES_MON,
    ES_WD,
    FR_MON,
    FR_WD,
    PT_MON,
    PT_WD,
    Day,
    family,
    family_tables,
    footer,
    near_misses,
    notice,
    worded_tables,
)
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date

P: dict[str, Place] = {
    # (1) South African service sheets: Simon's Town, Soweto, Pretoria
    "boulders": _p(
        "za",
        "Boulders Beach",
        "Kleintuin Road",
        "Simon's Town 7975",
        -34.1975,
        18.4510,
        "Africa/Johannesburg",
        "False Bay Hospital",
        "Main Road",
        "Fish Hoek 7975",
        "+27 21 782 1121",
        "Seaforth Beach car park, Seaforth Road",
        "Simon's Town 7975",
    ),
    "vilakazi": _p(
        "za",
        "Mandela House",
        "8115 Vilakazi Street",
        "Orlando West, Soweto 1804",
        -26.2385,
        27.9085,
        "Africa/Johannesburg",
        "Chris Hani Baragwanath Academic Hospital",
        "26 Chris Hani Road",
        "Diepkloof, Soweto 1864",
        "+27 11 933 8000",
        "Orlando Stadium parking, Mooki Street",
        "Orlando East, Soweto 1804",
    ),
    "union": _p(
        "za",
        "Union Buildings",
        "Government Avenue",
        "Arcadia, Pretoria 0083",
        -25.7404,
        28.2119,
        "Africa/Johannesburg",
        "Steve Biko Academic Hospital",
        "Malherbe Street",
        "Capital Park, Pretoria 0084",
        "+27 12 354 1000",
        "Arcadia Park parking, Stanza Bopape Street",
        "Arcadia, Pretoria 0083",
    ),
    # (2) Indian Hindi-English sheets: Udaipur, Jodhpur, Mysuru
    "citypalace": _p(
        "in",
        "City Palace",
        "City Palace Complex, Old City",
        "Udaipur, Rajasthan 313001",
        24.5764,
        73.6835,
        "Asia/Kolkata",
        "Maharana Bhupal Government Hospital",
        "Hospital Road, Chetak Circle",
        "Udaipur, Rajasthan 313001",
        "0294 252 8811",
        "Fateh Sagar parking, Rani Road",
        "Udaipur, Rajasthan 313004",
    ),
    "mehrangarh": _p(
        "in",
        "Mehrangarh Fort",
        "The Fort Road, Sodagaran Mohalla",
        "Jodhpur, Rajasthan 342006",
        26.2979,
        73.0186,
        "Asia/Kolkata",
        "Mathura Das Mathur Hospital",
        "Shastri Nagar",
        "Jodhpur, Rajasthan 342003",
        "0291 263 6204",
        "Jaswant Thada parking, Fort Road",
        "Jodhpur, Rajasthan 342006",
    ),
    "ambavilas": _p(
        "in",
        "Mysore Palace (Amba Vilas)",
        "Sayyaji Rao Road, Agrahara",
        "Mysuru, Karnataka 570001",
        12.3052,
        76.6552,
        "Asia/Kolkata",
        "K. R. Hospital",
        "Irwin Road",
        "Mysuru, Karnataka 570001",
        "0821 242 3300",
        "Palace north gate parking, Albert Victor Road",
        "Mysuru, Karnataka 570001",
    ),
    # (3) Malaysian / Philippine sheets: Ipoh, Melaka, Vigan
    "ipohstation": _p(
        "my",
        "Ipoh Railway Station",
        "Jalan Panglima Bukit Gantang Wahab",
        "30000 Ipoh, Perak",
        4.5975,
        101.0739,
        "Asia/Kuala_Lumpur",
        "Hospital Raja Permaisuri Bainun",
        "Jalan Raja Ashman Shah",
        "30450 Ipoh, Perak",
        "+60 5-208 5000",
        "Padang Ipoh car park, Jalan Sultan Idris Shah",
        "30000 Ipoh, Perak",
    ),
    "stadthuys": _p(
        "my",
        "Stadthuys",
        "Jalan Gereja, Bandar Hilir",
        "75000 Melaka",
        2.1944,
        102.2491,
        "Asia/Kuala_Lumpur",
        "Hospital Melaka",
        "Jalan Mufti Haji Khalil",
        "75400 Melaka",
        "+60 6-289 2344",
        "Dataran Pahlawan car park, Jalan Merdeka",
        "75000 Melaka",
    ),
    "crisologo": _p(
        "ph",
        "Calle Crisologo heritage row",
        "Mena Crisologo Street",
        "Vigan City, 2700 Ilocos Sur",
        17.5747,
        120.3869,
        "Asia/Manila",
        "Gabriela Silang General Hospital",
        "Tamag",
        "Vigan City, 2700 Ilocos Sur",
        "(077) 722 2290",
        "Plaza Burgos parking, Burgos Street",
        "Vigan City, 2700 Ilocos Sur",
    ),
    # (4) Greek / Cypriot / Turkish co-productions: Nafplio, Paphos, Bodrum
    "palamidi": _p(
        "gr",
        "Palamidi Fortress",
        "Palamidi Castle Road",
        "Nafplio 211 00",
        37.5615,
        22.8075,
        "Europe/Athens",
        "General Hospital of Nafplio",
        "Asklipiou Street",
        "Nafplio 211 00",
        "+30 27520 98100",
        "Arvanitia car park, Arvanitia",
        "Nafplio 211 00",
    ),
    "paphoscastle": _p(
        "cy",
        "Paphos Castle",
        "Apostolou Pavlou Avenue",
        "Kato Paphos 8046",
        34.7540,
        32.4060,
        "Asia/Nicosia",
        "Paphos General Hospital",
        "Neophytou Nikolaide",
        "Anavargos 8026, Paphos",
        "+357 26 803100",
        "Harbour car park, Poseidonos Avenue",
        "Kato Paphos 8042",
    ),
    "bodrumkale": _p(
        "tr",
        "Bodrum Kalesi",
        "Kale Caddesi, Çarşı Mahallesi",
        "48400 Bodrum/Muğla",
        37.0318,
        27.4294,
        "Europe/Istanbul",
        "Bodrum Devlet Hastanesi",
        "Konacık Mahallesi, Atatürk Bulvarı",
        "48400 Bodrum/Muğla",
        "+90 252 313 1420",
        "Marina otoparkı, Neyzen Tevfik Caddesi",
        "48400 Bodrum/Muğla",
    ),
    # (5) Latin American / Brazilian service sheets: Cartagena, Oaxaca, Paraty
    "sanfelipe": _p(
        "co",
        "Castillo San Felipe de Barajas",
        "Carrera 17, Pie del Cerro",
        "Cartagena de Indias, Bolívar",
        10.4227,
        -75.5394,
        "America/Bogota",
        "Hospital Universitario del Caribe",
        "Calle 29 #50-50, Zaragocilla",
        "Cartagena de Indias, Bolívar",
        "+57 605 669 9100",
        "Parqueadero Chambacú, Avenida Pedro de Heredia",
        "Cartagena de Indias, Bolívar",
    ),
    "santodomingo": _p(
        "mx",
        "Templo de Santo Domingo de Guzmán",
        "Calle Macedonio Alcalá s/n, Centro",
        "68000 Oaxaca de Juárez, Oax.",
        17.0655,
        -96.7233,
        "America/Mexico_City",
        "Hospital General Dr. Aurelio Valdivieso",
        "Calle Porfirio Díaz 400, Reforma",
        "68050 Oaxaca de Juárez, Oax.",
        "+52 951 515 1300",
        "Estacionamiento El Llano, Avenida Juárez",
        "68000 Oaxaca de Juárez, Oax.",
    ),
    "santarita": _p(
        "br",
        "Igreja de Santa Rita",
        "Largo de Santa Rita, Centro Histórico",
        "Paraty - RJ, 23970-000",
        -23.2196,
        -44.7136,
        "America/Sao_Paulo",
        "Hospital Municipal Hugo Miranda",
        "Rua Doutor Derly Ellena, Pontal",
        "Paraty - RJ, 23970-000",
        "+55 24 3371 1623",
        "Estacionamento do Pontal, Avenida Roberto Silveira",
        "Paraty - RJ, 23970-000",
    ),
    # (6) Jordanian / Moroccan service sheets with a desert unit move: Aqaba, Madaba, Merzouga
    "aqabafort": _p(
        "jo",
        "Aqaba Fort (Mamluk Castle)",
        "King Hussein Street, Old Town",
        "Aqaba 77110",
        29.5220,
        35.0030,
        "Asia/Amman",
        "Princess Haya Military Hospital",
        "Al-Hashemi Street",
        "Aqaba 77110",
        "+962 3 201 4111",
        "Corniche car park, King Hussein Street",
        "Aqaba 77110",
    ),
    "stgeorge": _p(
        "jo",
        "St George's Church (Madaba Map)",
        "Talal Street",
        "Madaba 17110",
        31.7186,
        35.7936,
        "Asia/Amman",
        "Al Nadeem Hospital",
        "King Abdullah II Street",
        "Madaba 17110",
        "+962 5 324 4701",
        "Madaba Visitor Centre parking, Abu Bakr Al-Seddeq Street",
        "Madaba 17110",
    ),
    "srji": _p(
        "ma",
        "Dayet Srji (lac de Merzouga)",
        "Route de Taouz, Hassi Labied",
        "52202 Merzouga",
        31.1450,
        -4.0170,
        "Africa/Casablanca",
        "Hôpital Régional Moulay Ali Cherif",
        "Avenue Moulay Ali Cherif",
        "52000 Errachidia",
        "+212 535 57 24 32",
        "Parking Auberge, Hassi Labied",
        "52202 Merzouga",
    ),
}

AF_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
HI_WD = ["Somvaar", "Mangalvaar", "Budhvaar", "Guruvaar", "Shukravaar", "Shanivaar", "Ravivaar"]
MS_WD = ["Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu", "Ahad"]
MS_MON = ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September"]
MS_MON += ["Oktober", "November", "Disember"]
EL_WD = ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"]
EL_MON = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου"]
EL_MON += ["Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
TR_WD = ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"]
TR_MON = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül"]
TR_MON += ["Ekim", "Kasım", "Aralık"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "za": f"{h:02d}h{m:02d}",  # South African "07h00"
        "za_colon": f"{h:02d}:{m:02d}",
        "in": f"{h12}:{m:02d} {ap}",  # "7:00 AM"
        "in_dot": f"{h12}.{m:02d} {ap.lower()}",  # "7.00 am"
        "hrs": f"{h:02d}{m:02d} hrs",  # Malaysian "0700 hrs"
        "ph": f"{h12}:{m:02d} {ap}",  # "5:00 AM"
        "ph_h": f"{h:02d}{m:02d}H",  # Philippine "0500H"
        "gr": f"{h:02d}:{m:02d}",
        "tr": f"{h:02d}.{m:02d}",  # Turkish "07.00"
        "es": f"{h12}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}",  # Colombian "6:30 a.m."
        "mx": f"{h:02d}:{m:02d} hrs",  # Mexican "06:30 hrs"
        "br": f"{h}h{m:02d}",  # Brazilian "7h00"
        "jo": f"{h:02d}:{m:02d}",
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    wd, mi = d.weekday(), d.month - 1
    forms = {
        "za": f"{AF_WD[wd]}, {d.day} {d:%B} {d.year}",  # "Tuesday, 15 December 2026"
        "za_iso": f"{d:%a} {d.isoformat()}",  # "Tue 2026-12-15" (SA's own standard form)
        "in": f"{d:%d/%m/%Y} ({d:%A} / {HI_WD[wd]})",  # "15/12/2026 (Tuesday / Mangalvaar)"
        "in_mon": f"{d.day:02d}-{d:%b}-{d.year} ({HI_WD[wd]})",  # "15-Dec-2026 (Mangalvaar)"
        "in_dot": f"{d:%d.%m.%y}, {d:%A}",  # "15.12.26, Tuesday"
        "my": f"{d.day} {MS_MON[mi]} {d.year} ({MS_WD[wd]})",  # "15 Disember 2026 (Selasa)"
        "my_num": f"{d:%d/%m/%Y} ({d:%a})",  # "15/12/2026 (Tue)"
        "ph": f"{d:%A}, {d:%B} {d.day}, {d.year}",  # "Tuesday, December 15, 2026"
        "gr": f"{EL_WD[wd]} {d.day} {EL_MON[mi]} {d.year} / {d:%d/%m/%Y}",
        "cy": f"{d:%A} {d.day} {d:%B} {d.year} ({EL_WD[wd]} {d:%d/%m})",
        "tr": f"{d.day} {TR_MON[mi]} {d.year} {TR_WD[wd]}",  # "15 Aralık 2026 Salı"
        "es": f"{ES_WD[wd]} {d.day} de {ES_MON[mi]} de {d.year}",  # "martes 15 de diciembre ..."
        "es_en": f"{ES_WD[wd].capitalize()} {d:%d/%m/%Y} · {d:%A}",
        "pt": f"{PT_WD[wd]}, {d.day} de {PT_MON[mi]} de {d.year}",
        "jo": f"{d:%A} {d.day} {d:%B} {d.year}",
        "jo_short": f"{d:%a} {d:%d.%m.%Y}",
        "ma": f"{FR_WD[wd]} {d.day} {FR_MON[mi]} {d.year} / {d:%A}",
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh59")
_table = partial(head_table, size=7.5, lead=12)
_family = partial(family, _sheet, P)
_day_tables = partial(family_tables, _table, hm)
_tables = partial(worded_tables, _day_tables)


# --- (1) South African service sheets: boxed UNIT CALL, '07h00', +27 hospital line -----------

ZA_HEADS = {
    "scenes": (["SC", "SET / SYNOPSIS", "D/N", "PGS", "CAST"], [0, 30, 330, 365, 410]),
    "cast": (["ARTIST", "CHARACTER", "PICK-UP", "MU / WARD", "ON SET"], [0, 120, 240, 320, 410]),
    "steps": [-80, -60, 0],
    "crew": (["DEPT", "NAME", "CELL", "CALL"], [0, 110, 260, 410]),
    "notes": "GENERAL NOTES / SAFETY",
}


@_family(
    "za_service_unit_call",
    "South African service-production call sheet, A4: a black band with the service "
    "company and 'CALL SHEET 5'; the title, credits, date ('Tuesday, 15 December 2026', 'Tue "
    "2026-12-17') and shoot day; the UNIT CALL in a heavy box ('07h00') beside label rows of "
    "breakfast, shooting call, lunch, wrap, sun and weather; LOCATION, UNIT BASE and NEAREST "
    "HOSPITAL (24HR TRAUMA UNIT) boxes with '+27' numbers; an emergency line (10177, medic "
    "on set); scenes, cast, crew; notes",
    name="za_{key}",
)
def _za(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", g["font"], margin=32.0)
    w = right - x0
    fill(c, x0, 30, w, 24, 40)
    c.pdf.set_text_color(255, 255, 255)
    c.text(x0 + 8, 47, g["company"], 10, bold=True)
    c.right(right - 8, 47, f"CALL SHEET {g['n']}", 11, bold=True)
    c.pdf.set_text_color(0, 0, 0)
    c.text(x0, 80, title, 20, bold=True)
    c.text(x0, 94, g["credits"], 8)
    c.right(right, 80, day_text(day, g["date_style"]), 10.5, bold=True)
    c.right(right, 94, g["day_n"], 8.5)
    y = 106.0
    # the unit call in a heavy box on the left, the day's other times beside it
    c.box(x0, y, 130, 60, 1.6)
    c.text(x0 + 8, y + 14, "UNIT CALL", 9, bold=True)
    c.text(x0 + 8, y + 44, hm(call, t), 24, bold=True)
    for i, ln in enumerate(g.get("call_note", [])):
        c.text(x0 + 8, y + 56 + i * 9, ln, 6.5)
    rows = [(lab, hm(add_minutes(call, off), t)) for lab, off in g["times"]]
    rows += [("Sunrise / Sunset", f"{hm(rise, t)} / {hm(fall, t)}"), ("Weather", g["weather"])]
    label_rows(c, x0 + 145, y + 12, right, rows, 8, 95, 11)
    y += 76
    bw = w / 3
    blocks = [
        ("LOCATION", [p.name, p.street, p.city, g["set"]]),
        ("UNIT BASE / CREW PARKING", [p.base_street, p.base_city, g["base_note"]]),
        (
            "NEAREST HOSPITAL (24HR TRAUMA UNIT)",
            [p.hospital, p.hospital_street, p.hospital_city, f"Tel {p.hospital_phone}"],
        ),
    ]
    ruled_cells(c, x0, y, bw, blocks, 60, 0.6, label_size=7, size=8, lead=10.5)
    y += 66
    fit(c, x0, y + 8, g["emergency"], 7.5, w)
    y = _tables(c, x0, y + 26, right, spec, ZA_HEADS)
    footer(c, g["footer"], x0)
    return c.output()


def _za_sheets() -> list[Sheet]:
    return [
        _za(
            "boulders",
            "Penguin Weather",
            D(2026, 12, 15),
            "06:30",
            {
                "font": "helvetica",
                "time_style": "za",
                "table_style": "za",
                "date_style": "za",
                "n": "#05",
                "company": "FALSE BAY LINE PRODUCTIONS (PTY) LTD  ·  for Hartwell Pictures (UK)",
                "credits": "Director: Imogen Pryce  ·  Line producer: Thabo Mokoena  ·  1st AD: "
                "Riaan du Plessis",
                "day_n": "Shoot day 5 of 18",
                "times": [
                    ("Breakfast", -45),
                    ("Shooting call", 60),
                    ("Lunch", 330),
                    ("Est. wrap", 630),
                ],
                "weather": "Sunny, SE wind 35 km/h, 17-24 °C",
                "set": "the boardwalk and Foxy Beach",
                "base_note": "Unit vehicles only; crew shuttle every 20 min",
                "emergency": "EMERGENCY: ambulance 10177 · SAPS 10111 · Set medic (ILS): Lindiwe "
                "Khumalo +27 82 555 0141 · NSRI Simon's Town +27 82 990 5965",
                "scenes": [
                    ("14", "EXT. BOARDWALK - Nell counts the penguins", "D", "1 3/8", "1, 2"),
                    ("15", "EXT. FOXY BEACH - the ranger's warning", "D", "6/8", "1, 3"),
                    ("17", "EXT. FOXY BEACH - storm coming in", "D", "1", "1, 2, 3"),
                ],
                "cast": [
                    ("Harriet Lowe", "NELL", 0),
                    ("Sipho Ndlovu", "RANGER DAVID", 60),
                    ("Anja Botha", "MARIE", 90),
                ],
                "crew": [
                    ("Production", "Thabo Mokoena", "+27 82 555 0101", 0),
                    ("Camera", "Warren Jacobs", "+27 83 555 0122", 0),
                    ("Locations", "Yusuf Adams", "+27 84 555 0133", -60),
                ],
                "notes": [
                    "SANParks rules: no drones, stay on the boardwalk, 3 m from the birds at all "
                    "times. Sunblock and hats: the UV index is 11+. Baboon alert in the car park: "
                    "no food left in open vehicles.",
                ],
                "footer": "False Bay Line Productions  ·  Penguin Weather  ·  Call sheet 05",
            },
        ),
        _za(
            "vilakazi",
            "Orlando Nights",
            D(2026, 12, 17),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "za",
                "table_style": "za_colon",
                "date_style": "za_iso",
                "n": "#11",
                "company": "KASI LIGHT FILMS  ·  Johannesburg",
                "credits": "Director: Lerato Sithole  ·  Producer: Bongani Zulu  ·  1st AD: Naledi "
                "Mahlangu",
                "day_n": "Day 11 / 24",
                "times": [
                    ("Breakfast", -30),
                    ("Shooting call", 75),
                    ("Lunch", 345),
                    ("Est. wrap", 660),
                ],
                "weather": "Afternoon thunderstorms 60%, 16-27 °C",
                "set": "the front yard and Vilakazi Street outside",
                "base_note": "Trucks park on Mooki Street side",
                "emergency": "EMERGENCY: ambulance 10177 · Orlando SAPS +27 11 527 3700 · "
                "Set medic: Kagiso Molefe +27 72 555 0188",
                "scenes": [
                    ("32", "EXT. VILAKAZI ST - the taxi drops Zodwa", "D", "4/8", "2"),
                    ("33", "EXT. FRONT YARD - Mama Dlamini waits", "D", "1 2/8", "1, 2"),
                ],
                "cast": [("Thandeka Nkosi", "ZODWA", 0), ("Gugu Mthembu", "MAMA DLAMINI", 45)],
                "crew": [
                    ("Production", "Bongani Zulu", "+27 82 555 0207", 0),
                    ("Grip & Electric", "Pieter Venter", "+27 83 555 0218", -30),
                    ("Security", "Sello Radebe", "+27 71 555 0229", -90),
                ],
                "notes": [
                    "Vilakazi Street stays open to tourists: the locations team runs soft holds "
                    "only. Storm plan: cover set is the front room (scene 34) if lightning is "
                    "within 10 km.",
                ],
                "footer": "Kasi Light Films  ·  Orlando Nights  ·  Call sheet 11",
            },
        ),
        _za(
            "union",
            "The Terraces",
            D(2027, 1, 12),
            "07:00",
            {
                "font": "sans",
                "time_style": "za",
                "table_style": "za",
                "date_style": "za",
                "n": "#02",
                "company": "JACARANDA SERVICES (PTY) LTD  ·  for Nordlys Film (Norway)",
                "credits": "Director: Ola Haugen  ·  Service producer: Marelize Pretorius",
                "day_n": "Shoot day 2 of 9",
                # HARD: the security and drivers' pre-call printed in the unit-call box, under
                # the unit call
                "call_note": ["Security & unit drivers 05h00"],
                "times": [
                    ("Breakfast", -30),
                    ("Shooting call", 90),
                    ("Lunch", 360),
                    ("Est. wrap", 660),
                ],
                "weather": "Hot, 19-31 °C, UV 12",
                "set": "the south lawns and the Nelson Mandela statue terrace",
                "base_note": "Accreditation at the east gate",
                "emergency": "EMERGENCY: ambulance 10177 · Sunnyside SAPS +27 12 441 2800 · Set "
                "medic (ALS): Ruan Steyn +27 82 555 0311",
                "scenes": [
                    ("5", "EXT. SOUTH LAWNS - Kari arrives for the ceremony", "D", "1", "1, 4"),
                    ("6", "EXT. STATUE TERRACE - Kari and Tumi talk", "D", "2 1/8", "1, 2"),
                ],
                "cast": [
                    ("Ingrid Solberg", "KARI", 0),
                    ("Tumelo Mabena", "TUMI", 30),
                    ("Elsabe Kruger", "PROTOCOL OFFICER", 120),
                ],
                "crew": [
                    ("Production", "Marelize Pretorius", "+27 82 555 0322", 0),
                    ("Camera", "Andile Cele", "+27 83 555 0333", 0),
                    ("Unit", "Johan Smit", "+27 84 555 0344", -120),
                ],
                "notes": [
                    "Government precinct: ID on you at all times, no filming of guard posts. "
                    "Water points at base every 30 min, shade tents on the terrace.",
                ],
                "footer": "Jacaranda Services  ·  The Terraces  ·  Call sheet 02",
            },
        ),
    ]


# --- (2) Indian Hindi-English sheets: shift, unit call, PIN codes ----------------------------

IN_HEADS = {
    "scenes": (["Sc.", "Scene / Drishya", "D/N", "I/E", "Artists"], [0, 30, 320, 352, 384]),
    "cast": (["Artist / Kalakar", "Role", "Pick-up", "Make-up", "On set"], [0, 120, 230, 320, 410]),
    "steps": [-90, -60, 0],
    "crew": (["Department", "Name", "Mobile", "Reporting"], [0, 110, 250, 400]),
    "notes": "Notes / Zaroori soochna",
}


@_family(
    "in_hindi_english_shift",
    "Indian Hindi-English call sheet as shared on the unit's WhatsApp group, A4: the "
    "production house centred over its office, 'CALL SHEET - Day 12', 'Film: <title>' and "
    "credits; ruled label rows with romanised Hindi ('Date / Tarikh: 15/12/2026 (Tuesday / "
    "Mangalvaar)', 'Shift: 1st shift 7 AM - 7 PM', 'Unit call / Call time', first shot, lunch, "
    "pack-up, 'Location' with a six-digit PIN code, Set, Parking, 'Nearest hospital', "
    "Ambulance 108, sun); scenes, artists ('Kalakar'), crew; notes in Hinglish",
    name="in_{key}",
)
def _in(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", g["font"], margin=34.0)
    centre(c, 40, g["company"], 11)
    centre(c, 52, g["office"], 7.5, bold=False)
    c.hline(x0, right, 58, 0.8)
    centre(c, 80, f"CALL SHEET  -  {g['day_n']}", 12)
    centre(c, 100, f"Film: {title}", 16)
    centre(c, 113, g["credits"], 8, bold=False)
    rows = [("Date / Tarikh", day_text(day, g["date_style"])), ("Shift", g["shift"])]
    rows += [(lab, hm(add_minutes(call, off), t)) for lab, off in g.get("before", [])]
    rows += [("Unit call / Call time", hm(call, t))]
    rows += [(lab, hm(add_minutes(call, off), t)) for lab, off in g["after"]]
    rows += [
        ("Location", f"{p.name}, {p.street}, {p.city}"),
        ("Set", g["set"]),
        ("Parking / Unit vehicles", f"{p.base_street}, {p.base_city}"),
        ("Nearest hospital", f"{p.hospital}, {p.hospital_street}, {p.hospital_city}"),
        ("Hospital phone", f"{p.hospital_phone}  ·  Ambulance 108"),
        ("Sunrise / Sunset", f"{hm(rise, t)} / {hm(fall, t)}"),
    ]
    y = label_rows(c, x0, 136, right, rows, 8.5, 130, 13, suffix=" :", rule_drop=4)
    y = _tables(c, x0, y + 10, right, spec, IN_HEADS)
    footer(c, g["footer"], x0)
    return c.output()


def _in_sheets() -> list[Sheet]:
    return [
        _in(
            "citypalace",
            "Jheel Kinare",
            D(2026, 12, 15),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "in",
                "table_style": "in",
                "date_style": "in",
                "company": "PICHOLA TALKIES PVT. LTD.",
                "office": "Office: 14 Shakti Nagar, Udaipur 313001  ·  "
                "Prod. office +91 98290 55501",
                "day_n": "Day 12",
                "credits": "Director: Aarav Mehta  ·  Producer: Kavita Rathore  ·  Chief AD: "
                "Rohan Bhatt",
                "shift": "1st shift (7 AM - 7 PM)",
                "after": [("First shot", 60), ("Lunch break", 330), ("Pack-up", 720)],
                "set": "Mor Chowk and the Zenana Mahal corridor",
                "scenes": [
                    ("42", "Meera enters Mor Chowk, peacock mosaic", "D", "I", "1, 3"),
                    ("43", "Meera and Raghav in the Zenana Mahal corridor", "D", "I", "1, 2"),
                    ("45", "Guide's tour group passes behind", "D", "I", "4, JA"),
                ],
                "cast": [
                    ("Ananya Singh", "MEERA", 0),
                    ("Vikram Chauhan", "RAGHAV", 60),
                    ("Suresh Paliwal", "GUIDE", 120),
                ],
                "crew": [
                    ("Direction", "Rohan Bhatt", "+91 98290 55512", 0),
                    ("Camera", "Farhan Qureshi", "+91 98290 55523", 0),
                    ("Production", "Dinesh Joshi", "+91 98290 55534", -30),
                ],
                "notes": [
                    "Sabhi unit members time pe report karein. Palace museum opens to visitors "
                    "at 9:30 AM: no cables across the visitor route, no shoes inside the Mahal.",
                    "Junior artists (JA) report to the production desk at the north gate.",
                ],
                "footer": "Pichola Talkies  ·  Jheel Kinare  ·  Call sheet Day 12",
            },
        ),
        _in(
            "mehrangarh",
            "Rann ki Dhool",
            D(2026, 12, 18),
            "06:30",
            {
                "font": "sans",
                "time_style": "in_dot",
                "table_style": "in_dot",
                "date_style": "in_mon",
                "company": "SUNCITY MOTION PICTURES",
                "office": "Production office: Hotel Ratanada, Jodhpur 342011  ·  +91 94141 55601",
                "day_n": "Day 7 (Schedule 2)",
                "credits": "Director: Ishaan Rawat  ·  Line producer: Pooja Bhandari",
                "shift": "Double shift (6.30 am - 10.30 pm)",
                # HARD: the generator and lights crew's earlier call printed as a row above the
                # unit call
                "before": [("Generator / Lights call", -60)],
                "after": [("First shot", 90), ("Lunch break", 360), ("Pack-up", 960)],
                "set": "Jhanki Mahal and the ramparts by the Chamunda temple",
                "scenes": [
                    ("18", "Rani watches the caravan from the ramparts", "D", "E", "1"),
                    ("19", "Rani and Kesar in Jhanki Mahal", "D", "I", "1, 2"),
                    ("26", "Ramparts - night watch", "N", "E", "2, 5"),
                ],
                "cast": [
                    ("Radhika Sharma", "RANI", 0),
                    ("Kesar Choudhary", "KESAR", 90),
                    ("Manoj Bishnoi", "PEHREDAR", 480),
                ],
                "crew": [
                    ("Direction", "Sameer Khan", "+91 94141 55612", 0),
                    ("Lights / Gaffer", "Babulal Meghwal", "+91 94141 55623", -60),
                    ("Art", "Neha Vyas", "+91 94141 55634", -30),
                ],
                "notes": [
                    "Fort trust permission is for the Jhanki Mahal and the east ramparts only. "
                    "Paani ki bottles har floor pe. Night shift dinner at 8.00 pm at the base.",
                ],
                "footer": "Suncity Motion Pictures  ·  Rann ki Dhool  ·  Day 7",
            },
        ),
        _in(
            "ambavilas",
            "Dasara Diaries",
            D(2027, 1, 8),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "in",
                "table_style": "in",
                "date_style": "in_dot",
                "company": "CHAMUNDI HILLS ENTERTAINMENT LLP",
                "office": "Jayalakshmipuram, Mysuru 570012  ·  +91 99000 55701",
                "day_n": "Day 3",
                "credits": "Director: Nandini Rao  ·  Producer: Karthik Gowda  ·  1st AD: Anil "
                "Shetty",
                "shift": "1st shift (7:30 AM - 7:30 PM)",
                "after": [("First shot", 75), ("Lunch break", 330), ("Pack-up", 720)],
                "set": "the Durbar Hall and the Kalyana Mantapa",
                "scenes": [
                    ("7", "Durbar Hall - Divya's guided walk", "D", "I", "1, 2"),
                    ("8", "Kalyana Mantapa - the wedding rehearsal", "D", "I", "1, 3, JA"),
                ],
                "cast": [("Divya Hegde", "DIVYA", 0), ("Prakash Urs", "APPA", 60)],
                "crew": [
                    ("Direction", "Anil Shetty", "+91 99000 55712", 0),
                    ("Camera", "Raghu Prasad", "+91 99000 55723", 0),
                    ("Sound", "Mohammed Irfan", "+91 99000 55734", 0),
                ],
                "notes": [
                    "Palace board rules: no tripods on the mosaic floors, rubber feet only. "
                    "Lunch at the base tent; sabhi log ID card saath rakhein.",
                ],
                "footer": "Chamundi Hills Entertainment  ·  Dasara Diaries  ·  Day 3",
            },
        ),
    ]


# --- (3) Malaysian / Philippine sheets: Call time, Standby, Pack-up in a shaded side column ---

SEA_HEADS = {
    "scenes": (["SC", "SCENE", "D/N", "INT/EXT", "CAST"], [0, 28, 240, 272, 318]),
    "cast": (["TALENT", "ROLE", "CALL", "HMUA", "STANDBY"], [0, 90, 170, 230, 290]),
    "steps": [-60, -30, 30],
    "crew": (["DEPT", "NAME", "CONTACT", "CALL"], [0, 70, 160, 290]),
    "notes": "REMINDERS",
}


@_family(
    "my_ph_standby_sidebar",
    "Malaysian / Philippine call sheet, A4: a shaded side column with the date ('15 Disember "
    "2026 (Selasa)', 'Tuesday, December 15, 2026'), the day, CALL TIME large, then shoot, "
    "'STANDBY' / lunch / 'PACK-UP' and sun ('0700 hrs', '5:00 AM'), NEAREST HOSPITAL, its "
    "phone and emergency numbers; the company, title and 'CALL SHEET' across the top; "
    "LOCATION and HOLDING / PARKING; scenes, talent with call, HMUA and standby; crew; "
    "reminders",
)
def _sea(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", g["font"], margin=28.0)
    side = 150.0
    fill(c, x0, 28, side, c.pdf.h - 60, 225)
    c.text(x0 + side + 14, 48, g["company"], 9, bold=True)
    c.text(x0 + side + 14, 74, title, 19, bold=True)
    c.text(x0 + side + 14, 88, g["credits"], 7.5)
    c.right(right, 48, "CALL SHEET", 12, bold=True)
    sx = x0 + 8
    rows = [(lab, hm(add_minutes(call, off), t)) for lab, off in g.get("before", [])]
    rows += [("CALL TIME", hm(call, t))]
    rows += [(lab, hm(add_minutes(call, off), t)) for lab, off in g["after"]]
    rows += [("SUNRISE", hm(rise, t)), ("SUNSET", hm(fall, t))]
    c.text(sx, 50, "DATE", 7, bold=True)
    yy = paragraphs(c, sx, 62, [day_text(day, g["date_style"])], 9, side - 16, 11)
    c.text(sx, yy + 2, g["day_n"], 8)
    yy += 22
    for lab, val in rows:
        c.text(sx, yy, lab, 7, bold=True)
        big = lab == "CALL TIME"
        c.text(sx, yy + (17 if big else 11), val, 16 if big else 9, bold=big)
        yy += 30 if big else 22
    yy += 6
    for head, lines in [
        ("NEAREST HOSPITAL", [p.hospital, p.hospital_street, p.hospital_city]),
        ("HOSPITAL TEL.", [p.hospital_phone]),
        ("EMERGENCY", [g["emergency"]]),
    ]:
        c.text(sx, yy, head, 7, bold=True)
        yy = paragraphs(c, sx, yy + 11, lines, 8, side - 16, 10) + 6
    mx = x0 + side + 14
    y = 108.0
    for head, lines in [
        ("LOCATION", [p.name, f"{p.street}, {p.city}", g["set"]]),
        ("HOLDING / PARKING", [f"{p.base_street}, {p.base_city}"]),
    ]:
        c.text(mx, y, head, 7.5, bold=True)
        y = paragraphs(c, mx, y + 12, lines, 8.5, right - mx, 11) + 6
    y = _tables(c, mx, y + 6, right, spec, SEA_HEADS)
    footer(c, g["footer"], x0)
    return c.output()


def _sea_sheets() -> list[Sheet]:
    return [
        _sea(
            "ipohstation",
            "Kopi Kampung",
            D(2026, 12, 15),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "hrs",
                "table_style": "hrs",
                "date_style": "my",
                "company": "KINTA VALLEY PICTURES SDN BHD",
                "credits": "Director: Lim Wei Jie  ·  Producer: Nurul Aisyah",
                "day_n": "Shoot day 4 of 10",
                "after": [("FIRST SHOT", 75), ("LUNCH", 300), ("PACK-UP", 660)],
                "set": "the platform and the old booking hall",
                "emergency": "Ambulance / Polis 999",
                "scenes": [
                    ("12", "Ah Seng waits for the last train", "D", "EXT", "1"),
                    ("13", "Booking hall - Mei Ling's letter", "D", "INT", "1, 2"),
                ],
                "cast": [("Tan Kok Leong", "AH SENG", 0), ("Siti Zulaikha", "MEI LING", 60)],
                "crew": [
                    ("Prod", "Nurul Aisyah", "+60 12-555 0101", 0),
                    ("Camera", "Arun Pillai", "+60 12-555 0112", 0),
                    ("Locations", "Hafiz Rahman", "+60 12-555 0123", -45),
                ],
                "notes": [
                    "KTM staff escort on the platform at all times; trains pass at 0935 and "
                    "1410 - hold the roll. Bawa payung: afternoon rain expected.",
                ],
                "footer": "Kinta Valley Pictures  ·  Kopi Kampung  ·  Call sheet 4",
            },
        ),
        _sea(
            "stadthuys",
            "Red Square Detective",
            D(2026, 12, 19),
            "08:00",
            {
                "font": "helvetica",
                "time_style": "hrs",
                "table_style": "hrs",
                "date_style": "my_num",
                "company": "BANDAR HILIR FILMS",
                "credits": "Director: Farid Kamil  ·  Producer: Jessie Ong  ·  1st AD: Ravi",
                "day_n": "Day 2",
                "after": [("STANDBY TALENT", 45), ("LUNCH", 300), ("PACK-UP", 600)],
                "set": "the courtyard and the clock tower steps",
                "emergency": "999 · Balai Polis Bandar Hilir 06-285 1999",
                "scenes": [
                    ("3", "Inspector Daud at the clock tower", "D", "EXT", "1, 3"),
                    ("4", "Stadthuys courtyard - the missing guide", "D", "EXT", "1, 2"),
                ],
                "cast": [
                    ("Azman Yusof", "INSP. DAUD", 0),
                    ("Grace Lee", "WINNIE", 30),
                    ("Muthu Kumar", "TRISHAW MAN", 90),
                ],
                "crew": [
                    ("Prod", "Jessie Ong", "+60 16-555 0201", 0),
                    ("1st AD", "Ravi Chandran", "+60 16-555 0212", 0),
                    ("Grip", "Zul Ariffin", "+60 16-555 0223", -30),
                ],
                "notes": [
                    "Museum opens 0900: keep the square clear for visitors between takes. "
                    "Trishaws booked 1000-1300 only.",
                ],
                "footer": "Bandar Hilir Films  ·  Red Square Detective  ·  Day 2",
            },
        ),
        _sea(
            "crisologo",
            "Kalesa",
            D(2027, 1, 9),
            "05:00",
            {
                "font": "helvetica",
                "time_style": "ph",
                "table_style": "ph",
                "date_style": "ph",
                "company": "ILOCOS NORTE STUDIOS INC.",
                "credits": "Direk: Paolo Agbayani  ·  Line producer: Carmina Reyes",
                "day_n": "Shooting day 6",
                # HARD: the production and art department's 'ingress' comes before the call time
                "before": [("INGRESS (PROD / ART)", -90)],
                "after": [("STANDBY TALENTS", 60), ("LUNCH", 390), ("PACK-UP", 780)],
                "set": "the cobblestone street and the ancestral house facade",
                "emergency": "911 · Vigan PNP (077) 722 2040",
                "scenes": [
                    ("21", "Lola Idang's kalesa ride at dawn", "D", "EXT", "1, 2"),
                    ("22", "Ancestral house - Marco knocks", "D", "EXT", "2, 3"),
                ],
                "cast": [
                    ("Rosario Valdez", "LOLA IDANG", 0),
                    ("Jerome Santos", "MARCO", 60),
                    ("Bea Tolentino", "ANNA", 120),
                ],
                "crew": [
                    ("Prod", "Carmina Reyes", "0917 555 0301", 0),
                    ("Camera", "Jun Villanueva", "0917 555 0312", 0),
                    ("Art", "Mica Ramos", "0917 555 0323", -90),
                ],
                "notes": [
                    "Calle Crisologo is closed to vehicles: kalesa drivers paid by the hour, "
                    "horses rested at 9:00 AM. Bring raincoats; meal stubs from the PA.",
                ],
                "footer": "Ilocos Norte Studios  ·  Kalesa  ·  Call sheet day 6",
            },
        ),
    ]


# --- (4) Greek / Cypriot / Turkish co-production sheets with bilingual labels ----------------

GR = {
    "head": "ΦΥΛΛΟ ΓΥΡΙΣΜΑΤΟΣ / CALL SHEET",
    "date": "Ημερομηνία / Date",
    "call": "Προσέλευση συνεργείου / Crew call",
    "loc": "Τοποθεσία / Location",
    "base": "Βάση / Unit base",
    "hosp": "Νοσοκομείο / Nearest hospital",
    "sun": "Ανατολή / Δύση - Sunrise / Sunset",
    "heads": {
        "scenes": (
            ["Σκηνή / Sc", "Περιγραφή / Description", "Μ/Ν", "Ρόλοι / Cast"],
            [0, 50, 330, 370],
        ),
        "cast": (["Ηθοποιός / Actor", "Ρόλος / Role", "Μακιγιάζ", "Γύρισμα"], [0, 130, 260, 380]),
        "steps": [-60, 0],
        "crew": (["Τμήμα / Dept", "Όνομα / Name", "Τηλ. / Tel.", "Ώρα / Call"], [0, 120, 260, 400]),
        "notes": "Σημειώσεις / Notes",
    },
}
TR = {
    "head": "GÜNLÜK ÇALIŞMA PLANI / CALL SHEET",
    "date": "Tarih / Date",
    "call": "Ekip toplanma / Crew call",
    "loc": "Mekan / Location",
    "base": "Üs / Unit base",
    "hosp": "En yakın hastane / Hospital",
    "sun": "Gün doğumu / batımı - Sunrise / Sunset",
    "heads": {
        "scenes": (["Sahne / Sc", "Açıklama / Description", "G/G", "Oyuncular"], [0, 50, 330, 370]),
        "cast": (["Oyuncu / Actor", "Rol / Role", "Makyaj", "Set"], [0, 130, 260, 380]),
        "steps": [-60, 0],
        "crew": (["Departman", "İsim / Name", "Tel.", "Saat / Call"], [0, 120, 260, 400]),
        "notes": "Notlar / Notes",
    },
}
CY = {**GR, "head": "CALL SHEET / ΦΥΛΛΟ ΓΥΡΙΣΜΑΤΟΣ", "call": "Crew call / Προσέλευση"}


@_family(
    "gr_cy_tr_coproduction",
    "Greek, Cypriot and Turkish co-production call sheet, A4, bilingual labels: the company "
    "and its co-producers, 'ΦΥΛΛΟ ΓΥΡΙΣΜΑΤΟΣ / CALL SHEET' or 'GÜNLÜK ÇALIŞMA PLANI / CALL "
    "SHEET'; the title centred; three boxes of the date ('Τρίτη 15 Δεκεμβρίου 2026 / "
    "15/12/2026', '15 Aralık 2026 Salı'), the crew call ('Προσέλευση συνεργείου / Crew "
    "call', 'Ekip toplanma') and sun; location, base and hospital boxes; two columns of "
    "times; scenes, cast, crew in both languages; notes",
)
def _med(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    words = g["words"]
    c, x0, right = page("A4", "sans", margin=34.0)
    w = right - x0
    c.text(x0, 40, g["company"], 8.5, bold=True)
    grey_text(c, x0, 50, g["coprod"], 7)
    c.right(right, 42, words["head"], 11, bold=True)
    c.right(right, 54, g["day_n"], 8)
    c.hline(x0, right, 60, 1.0)
    centre(c, 86, title, 19)
    centre(c, 100, g["credits"], 8, bold=False)
    y = 114.0
    if "issued" in g:
        c.right(right, y - 2, g["issued"], 7)
    bw = w / 3
    top = [
        (words["date"], [day_text(day, g["date_style"]), g["day_n"]]),
        (words["call"], [hm(call, t)]),
        (words["sun"], [f"{hm(rise, t)} / {hm(fall, t)}", g["weather"]]),
    ]
    for i, (head, lines) in enumerate(top):
        c.box(x0 + i * bw, y + 4, bw, 44, 0.7)
        fit(c, x0 + i * bw + 4, y + 14, head, 7, bw - 8, bold=True)
        size = 17 if i == 1 else 8.5
        for k, ln in enumerate(lines):
            fit(
                c,
                x0 + i * bw + 4,
                y + 30 + k * 11 + (4 if i == 1 else 0),
                ln,
                size,
                bw - 8,
                bold=i == 1,
            )
    y += 56
    blocks = [
        (words["loc"], [p.name, p.street, p.city, g["set"]]),
        (words["base"], [p.base_street, p.base_city]),
        (words["hosp"], [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]),
    ]
    ruled_cells(c, x0, y, bw, blocks, 62, 0.6, label_size=7, size=8, lead=10.5)
    y += 78
    rows = [(lab, hm(add_minutes(call, off), t)) for lab, off in g["times"]]
    label_rows(c, x0, y, right, rows[:2], 8, 150, 11)
    label_rows(c, x0 + w / 2, y, right, rows[2:], 8, 150, 11)
    y = _tables(c, x0, y + 30, right, spec, words["heads"])
    footer(c, g["footer"], x0)
    return c.output()


def _med_sheets() -> list[Sheet]:
    return [
        _med(
            "palamidi",
            "The Last Bastion",
            D(2026, 12, 16),
            "07:30",
            {
                "words": GR,
                "time_style": "gr",
                "table_style": "gr",
                "date_style": "gr",
                "company": "ARGOLIDA FILMS IKE",
                "coprod": "A Greek-Italian co-production with Lupa Rossa Film (Roma)",
                "credits": "Σκηνοθεσία / Director: Eleni Karamanou  ·  Παραγωγός: Nikos Spanos",
                "day_n": "Ημέρα / Day 8 of 22",
                "weather": "Αίθριος / Clear, 8-15 °C",
                "set": "the Agios Andreas bastion and the upper gate",
                "times": [
                    ("Πρωινό / Breakfast", -30),
                    ("Πρώτο πλάνο / First shot", 75),
                    ("Γεύμα / Lunch", 330),
                    ("Λήξη / Wrap", 600),
                ],
                "scenes": [
                    ("31", "EXT. BASTION - Kolokotronis' men look out", "D", "1, 4, 5"),
                    ("32", "EXT. UPPER GATE - Sofia runs the message", "D", "2"),
                ],
                "cast": [
                    ("Yannis Diamantis", "ANDREAS", 0),
                    ("Marina Koutsou", "SOFIA", 45),
                    ("Luca Ferri", "CAPITANO", 90),
                ],
                "crew": [
                    ("Παραγωγή / Prod.", "Nikos Spanos", "+30 694 555 0101", 0),
                    ("Κάμερα / Camera", "Stelios Vlachos", "+30 694 555 0112", 0),
                    ("Ήχος / Sound", "Dimitra Papadaki", "+30 694 555 0123", 0),
                ],
                "notes": [
                    "Η Εφορεία Αρχαιοτήτων is on set all day: no rigging on the walls, rubber "
                    "feet only. 999 steps from the town - crew shuttle from Arvanitia car park.",
                ],
                "footer": "Argolida Films  ·  The Last Bastion  ·  Call sheet 8",
            },
        ),
        _med(
            "paphoscastle",
            "Harbour of Aphrodite",
            D(2026, 12, 19),
            "07:00",
            {
                "words": CY,
                "time_style": "gr",
                "table_style": "gr",
                "date_style": "cy",
                "company": "PAFOS BLUE PRODUCTIONS LTD",
                "coprod": "Cyprus-UK co-production with Selwood Pictures (Bristol)",
                "credits": "Director: Andreas Christou  ·  Producer: Rachel Osei",
                "day_n": "Day 3 of 12",
                "weather": "Sunny, W wind 4 Bf, 14-19 °C",
                "set": "the harbour breakwater and the castle gate",
                "times": [
                    ("Breakfast / Πρωινό", -30),
                    ("First shot / Πρώτο πλάνο", 60),
                    ("Lunch / Γεύμα", 330),
                    ("Wrap / Λήξη", 630),
                ],
                "scenes": [
                    ("9", "EXT. BREAKWATER - the fishing boats come in", "D", "1, 2"),
                    ("10", "EXT. CASTLE GATE - Eleni and Tom argue", "D", "1, 3"),
                ],
                "cast": [
                    ("Christina Georgiou", "ELENI", 0),
                    ("Tom Haddon", "TOM", 30),
                    ("Michalis Ioannou", "FISHERMAN", 90),
                ],
                "crew": [
                    ("Production", "Rachel Osei", "+357 99 555 011", 0),
                    ("Camera", "Marios Neofytou", "+357 99 555 022", 0),
                    ("Port liaison", "Savvas Kyriakou", "+357 99 555 033", -60),
                ],
                "notes": [
                    "Cyprus Ports Authority permit: the breakwater stays open to fishermen. "
                    "Emergency 112 / 199. Tides and wind checked at 06:00 by the 1st AD.",
                ],
                "footer": "Pafos Blue Productions  ·  Harbour of Aphrodite  ·  Day 3",
            },
        ),
        _med(
            "bodrumkale",
            "Sünger Avcıları",
            D(2027, 1, 14),
            "08:00",
            {
                "words": TR,
                "time_style": "tr",
                "table_style": "tr",
                "date_style": "tr",
                "company": "HALİKARNAS FİLM YAPIM A.Ş.",
                "coprod": "Türk-Yunan ortak yapımı / Turkish-Greek co-production with Kos Light",
                "credits": "Yönetmen / Director: Deniz Aksoy  ·  Yapımcı / Producer: Kerem Yıldız",
                "day_n": "Çekim günü / Day 5 of 15",
                # HARD: the date the sheet was issued (the day before) printed above the date box
                "issued": "Yayın tarihi / Issued: 13.01.2027 21.30",
                "weather": "Parçalı bulutlu / Partly cloudy, 9-16 °C",
                "set": "the English Tower and the Underwater Archaeology halls",
                "times": [
                    ("Kahvaltı / Breakfast", -30),
                    ("İlk çekim / First shot", 75),
                    ("Öğle yemeği / Lunch", 300),
                    ("Paket / Wrap", 600),
                ],
                "scenes": [
                    ("14", "INT. ENGLISH TOWER - the sponge divers' feast", "N", "1, 2, 6"),
                    ("15", "INT. SHIPWRECK HALL - Nikos finds the amphora", "D", "2"),
                ],
                "cast": [
                    ("Emre Kaya", "HASAN", 0),
                    ("Petros Lambrou", "NIKOS", 30),
                    ("Zeynep Arslan", "AYŞE", 90),
                ],
                "crew": [
                    ("Yapım / Prod.", "Kerem Yıldız", "+90 532 555 0101", 0),
                    ("Kamera", "Murat Demir", "+90 532 555 0112", 0),
                    ("Sanat / Art", "Elif Şahin", "+90 532 555 0123", -60),
                ],
                "notes": [
                    "Müze Müdürlüğü izni: the castle is closed to visitors until 12.00 only. "
                    "Acil / Emergency 112. No open flame in the halls - the feast uses LED "
                    "candles.",
                ],
                "footer": "Halikarnas Film Yapım  ·  Sünger Avcıları  ·  Çekim günü 5",
            },
        ),
    ]


# --- (5) Latin American / Brazilian bilingual service sheets -----------------------------------

ES = {
    "head": "HOJA DE LLAMADO / CALL SHEET",
    "call": "LLAMADO GENERAL / GENERAL CALL",
    "loc": "LOCACIÓN / LOCATION",
    "base": "BASE / PARQUEADERO - UNIT BASE",
    "hosp": "HOSPITAL MÁS CERCANO / NEAREST HOSPITAL",
    "sun": "Amanecer / Sunrise",
    "set_sun": "Atardecer / Sunset",
    "heads": {
        "scenes": (
            ["ESC / SC", "DESCRIPCIÓN / DESCRIPTION", "D/N", "PERSONAJES"],
            [0, 48, 320, 356],
        ),
        "cast": (
            ["ACTOR / ACTRESS", "PERSONAJE", "RECOGIDA", "MAQUILLAJE", "SET"],
            [0, 120, 230, 310, 400],
        ),
        "steps": [-75, -60, 0],
        "crew": (["DEPTO / DEPT", "NOMBRE / NAME", "CELULAR", "LLAMADO"], [0, 120, 260, 400]),
        "notes": "NOTAS / NOTES",
    },
}
MX = {**ES, "base": "BASE / ESTACIONAMIENTO - UNIT BASE"}
PT = {
    "head": "ORDEM DO DIA / CALL SHEET",
    "call": "CHAMADA GERAL / GENERAL CALL",
    "loc": "LOCAÇÃO / LOCATION",
    "base": "BASE / ESTACIONAMENTO - UNIT BASE",
    "hosp": "HOSPITAL MAIS PRÓXIMO / NEAREST HOSPITAL",
    "sun": "Nascer do sol / Sunrise",
    "set_sun": "Pôr do sol / Sunset",
    "heads": {
        "scenes": (["CENA / SC", "DESCRIÇÃO / DESCRIPTION", "D/N", "ELENCO"], [0, 48, 320, 356]),
        "cast": (
            ["ELENCO / CAST", "PERSONAGEM", "TRANSPORTE", "MAQUIAGEM", "SET"],
            [0, 120, 230, 310, 400],
        ),
        "steps": [-75, -60, 0],
        "crew": (["DEPTO / DEPT", "NOME / NAME", "CELULAR", "CHAMADA"], [0, 120, 260, 400]),
        "notes": "OBSERVAÇÕES / NOTES",
    },
}


@_family(
    "latam_br_bilingual_service",
    "Colombian, Mexican and Brazilian bilingual service-production sheet, A4: the service "
    "company over its client, 'HOJA DE LLAMADO / CALL SHEET' or 'ORDEM DO DIA / CALL SHEET'; "
    "a grey band with the title and the date ('martes 15 de diciembre de 2026', 'terça-feira, "
    "15 de dezembro de 2026'); the general call boxed ('LLAMADO GENERAL / GENERAL CALL', "
    "'6:30 a.m.', '06:30 hrs', '7h00') beside label rows of times and sun; location, base "
    "and hospital boxes; scenes, cast, crew with bilingual heads; notes",
)
def _latam(spec: Day) -> bytes:
    _, p, rise, fall, t, layout, title, day, call, g = spec
    words = g["words"]
    c, x0, right = page("A4", g["font"], margin=32.0)
    w = right - x0
    c.text(x0, 42, g["company"], 9, bold=True)
    grey_text(c, x0, 52, g["client"], 7)
    c.right(right, 44, words["head"], 12, bold=True)
    c.right(right, 56, g["day_n"], 8)
    fill(c, x0, 64, w, 34, 230)
    c.text(x0 + 8, 86, title, 18, bold=True)
    c.right(right - 8, 86, day_text(day, g["date_style"]), 9.5, bold=True)
    c.text(x0, 112, g["credits"], 8)
    y = 122.0
    c.box(x0, y, 200, 50, 1.2)
    c.text(x0 + 6, y + 12, words["call"], 7.5, bold=True)
    c.text(x0 + 6, y + 40, hm(call, t), 22, bold=True)
    times = [(lab, hm(add_minutes(call, off), t)) for lab, off in g["times"]]
    times += [(words["sun"], hm(rise, t)), (words["set_sun"], hm(fall, t))]
    label_rows(c, x0 + 215, y + 9, right, times, 7.5, 130, 9.5)
    y += 64
    loc = (words["loc"], [p.name, p.street, p.city, g["set"]])
    base = (words["base"], [p.base_street, p.base_city, g["base_note"]])
    hosp = (words["hosp"], [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone])
    # HARD (layout "base_first"): the unit base's block comes before the location's
    blocks = [base, loc, hosp] if layout == "base_first" else [loc, base, hosp]
    ruled_cells(c, x0, y, w / 3, blocks, 62, 0.6, label_size=6.5, size=8, lead=10.5)
    y = _tables(c, x0, y + 80, right, spec, words["heads"])
    footer(c, g["footer"], x0)
    return c.output()


def _latam_sheets() -> list[Sheet]:
    return [
        _latam(
            "sanfelipe",
            "La Muralla",
            D(2026, 12, 15),
            "06:30",
            {
                "words": ES,
                "font": "helvetica",
                # HARD: the unit base's block printed first, left of the location's
                "layout": "base_first",
                "time_style": "es",
                "table_style": "es",
                "date_style": "es",
                "company": "CARIBE SERVICE PRODUCTIONS S.A.S.",
                "client": "Servicio de producción para / for Blackwater Films (Los Angeles)",
                "day_n": "Día de rodaje / Shoot day 6 de 14",
                "credits": "Director: Sam Whitaker  ·  Productora de servicio: Valentina "
                "Ospina  ·  1er AD: Camilo Restrepo",
                "times": [
                    ("Desayuno / Breakfast", -45),
                    ("Primer plano / First shot", 75),
                    ("Almuerzo / Lunch", 330),
                    ("Fin / Wrap", 630),
                ],
                "set": "the upper battery and the tunnels' entrance",
                "base_note": "Camerinos y catering / trailers and catering",
                "scenes": [
                    ("21", "EXT. UPPER BATTERY - Jack meets the smuggler", "D", "1, 4"),
                    ("22", "INT. TUNNELS - the chase", "D", "1, 2, 4"),
                ],
                "cast": [
                    ("Daniel Crane", "JACK", 0),
                    ("Mariana Cuesta", "LUCÍA", 45),
                    ("Andrés Palacios", "EL MONO", 90),
                ],
                "crew": [
                    ("Producción", "Valentina Ospina", "+57 310 555 0101", 0),
                    ("Cámara", "Felipe Mejía", "+57 310 555 0112", 0),
                    ("Locaciones", "Jhon Barrios", "+57 310 555 0123", -60),
                ],
                "notes": [
                    "Calor extremo / extreme heat: hydration every 30 min, sombra en base. "
                    "Emergencias 123. The fort opens to tourists at 8:00 a.m.: keep the path "
                    "clear.",
                ],
                "footer": "Caribe Service Productions  ·  La Muralla  ·  Llamado 6",
            },
        ),
        _latam(
            "santodomingo",
            "Mezcal Blues",
            D(2026, 12, 18),
            "07:00",
            {
                "words": MX,
                "font": "helvetica",
                "time_style": "mx",
                "table_style": "mx",
                "date_style": "es_en",
                "company": "ANTEQUERA FILM SERVICES S.A. DE C.V.",
                "client": "Production services for Northlight Pictures (Toronto)",
                "day_n": "Día 4 / Day 4 of 11",
                "credits": "Director: Claire Dubois  ·  Line producer: Itzel Martínez",
                "times": [
                    ("Desayuno / Breakfast", -30),
                    ("Primer plano / First shot", 60),
                    ("Comida / Lunch", 360),
                    ("Fin / Wrap", 660),
                ],
                "set": "the atrium and the Andador Turístico in front",
                "base_note": "Camiones en Calle Berriozábal / trucks",
                "scenes": [
                    ("11", "EXT. ATRIUM - the procession passes", "D", "1, 2, BG"),
                    ("12", "EXT. ANDADOR - Ana sells the last bottles", "D", "2"),
                ],
                "cast": [("Ximena Ruiz", "ANA", 0), ("Owen Clarke", "PETER", 60)],
                "crew": [
                    ("Producción", "Itzel Martínez", "+52 951 555 0101", 0),
                    ("Cámara", "Tomás Hernández", "+52 951 555 0112", 0),
                    ("Sonido", "Lupita Cruz", "+52 951 555 0123", 0),
                ],
                "notes": [
                    "Permiso INAH: no lights on the church facade, no drone. Emergencias 911. "
                    "Altitude 1,550 m: water and sunscreen at base.",
                ],
                "footer": "Antequera Film Services  ·  Mezcal Blues  ·  Llamado día 4",
            },
        ),
        _latam(
            "santarita",
            "Maré Alta",
            D(2027, 1, 11),
            "07:00",
            {
                "words": PT,
                "font": "helvetica",
                "time_style": "br",
                "table_style": "br",
                "date_style": "pt",
                "company": "COSTA VERDE PRODUÇÕES LTDA.",
                "client": "Prestação de serviço para / service for Fjord & Co (Copenhagen)",
                "day_n": "Diária 3 de 8",
                "credits": "Direção / Director: Mads Holm  ·  Produtora: Juliana Bastos",
                "times": [
                    ("Café da manhã / Breakfast", -30),
                    ("1º plano / First shot", 75),
                    ("Almoço / Lunch", 330),
                    ("Encerramento / Wrap", 600),
                ],
                "set": "the church steps and the flooded street at high tide",
                "base_note": "Vans e camarins / vans and dressing rooms",
                "scenes": [
                    ("8", "EXT. SANTA RITA - the tide floods the street", "D", "1, 2"),
                    ("9", "EXT. CHURCH STEPS - Sofie waits for Caio", "D", "1"),
                ],
                "cast": [("Sofie Berg", "SOFIE", 0), ("Caio Nascimento", "CAIO", 60)],
                "crew": [
                    ("Produção", "Juliana Bastos", "+55 24 99555 0101", 0),
                    ("Câmera", "Rafael Souza", "+55 24 99555 0112", 0),
                    ("Locação", "Beto Carvalho", "+55 24 99555 0123", -60),
                ],
                "notes": [
                    "Maré alta / high tide at 10h40: the street floods - galochas para todos. "
                    "SAMU 192. Cobblestones are slippery when wet.",
                ],
                "footer": "Costa Verde Produções  ·  Maré Alta  ·  Diária 3",
            },
        ),
    ]


# --- (6) Jordanian / Moroccan service sheets with a desert unit move --------------------------

JO_HEADS = {
    "scenes": (["SC", "SET", "D/N", "PGS", "CAST"], [0, 28, 330, 362, 400]),
    "cast": (["ARTIST", "CHARACTER", "P/UP", "MU", "ON SET"], [0, 120, 240, 320, 400]),
    "steps": [-75, -60, 0],
    "crew": (["DEPT", "NAME", "MOBILE", "CALL"], [0, 110, 250, 400]),
    "notes": "NOTES",
}
MA_HEADS = {
    "scenes": (["SÉQ / SC", "DÉCOR / SET", "J/N", "PGS", "RÔLES"], [0, 40, 330, 362, 400]),
    "cast": (["COMÉDIEN / ARTIST", "RÔLE", "PICK-UP", "HMC", "PAT"], [0, 120, 240, 320, 400]),
    "steps": [-75, -60, 0],
    "crew": (["DÉPT / DEPT", "NOM / NAME", "TÉL.", "CONVOC."], [0, 110, 250, 400]),
    "notes": "NOTES / REMARQUES",
}


@_family(
    "jo_ma_desert_unit_move",
    "Jordanian / Moroccan service-production call sheet, A4 (Morocco's labels in French and "
    "English): the service company and office, 'CALL SHEET' or 'FEUILLE DE SERVICE / CALL "
    "SHEET' and the day; the title and date; a strip of boxed times with CREW CALL among "
    "them and sun; SET 1 (the town set), SET 2 - DESERT UNIT with GPS and no street, and "
    "NEAREST HOSPITAL boxes; a grey 'UNIT MOVE 13:30 - 4x4 convoy to the desert set' band and "
    "the base; scenes, cast, crew; notes",
)
def _mena(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    fr = g["lang"] == "fr"
    c, x0, right = page("A4", g["font"], margin=32.0)
    w = right - x0
    c.text(x0, 40, g["company"], 9, bold=True)
    grey_text(c, x0, 50, g["office"], 7)
    c.right(right, 42, "FEUILLE DE SERVICE / CALL SHEET" if fr else "CALL SHEET", 12, bold=True)
    c.right(right, 54, g["day_n"], 8)
    c.hline(x0, right, 60, 1.4)
    c.text(x0, 84, title, 19, bold=True)
    c.right(right, 84, day_text(day, g["date_style"]), 10, bold=True)
    c.text(x0, 98, g["credits"], 8)
    # the day's times across a strip of boxes, the crew call among them
    strip = [(lab, hm(add_minutes(call, off), t)) for lab, off in g.get("before", [])]
    strip += [("ÉQUIPE / CREW CALL" if fr else "CREW CALL", hm(call, t))]
    strip += [(lab, hm(add_minutes(call, off), t)) for lab, off in g["after"]]
    strip += [("SUNRISE", hm(rise, t)), ("SUNSET", hm(fall, t))]
    sw = w / len(strip)
    for i, (lab, val) in enumerate(strip):
        c.box(x0 + i * sw, 108, sw, 34, 0.5)
        fit(c, x0 + i * sw + 3, 118, lab, 6, sw - 6, bold=True)
        c.text(x0 + i * sw + 3, 136, val, 11, bold="CREW CALL" in lab)
    y = 152.0
    set1 = "SET 1 / DÉCOR 1" if fr else "SET 1"
    set2 = "SET 2 (DESERT UNIT) / DÉCOR 2" if fr else "SET 2 - DESERT UNIT"
    blocks = [
        (set1, [p.name, p.street, p.city, g["set"]]),
        (set2, g["desert"]),
        (
            "HÔPITAL / NEAREST HOSPITAL" if fr else "NEAREST HOSPITAL",
            [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
        ),
    ]
    ruled_cells(c, x0, y, w / 3, blocks, 62, 0.6, label_size=7, size=8, lead=10.5)
    y += 70
    move = g["move"]
    fill(c, x0, y, w, 16, 200)
    fit(
        c,
        x0 + 6,
        y + 11.5,
        f"UNIT MOVE  {hm(add_minutes(call, move[0]), t)}  -  {move[1]}",
        8.5,
        w - 12,
        bold=True,
    )
    fit(c, x0, y + 30, f"Base: {p.base_street}, {p.base_city}  ·  {g['base_note']}", 8, w)
    y = _tables(c, x0, y + 48, right, spec, MA_HEADS if fr else JO_HEADS)
    footer(c, g["footer"], x0)
    return c.output()


def _mena_sheets() -> list[Sheet]:
    return [
        _mena(
            "aqabafort",
            "Sand and Steel",
            D(2026, 12, 16),
            "07:00",
            {
                "lang": "en",
                "font": "helvetica",
                "time_style": "jo",
                "table_style": "jo",
                "date_style": "jo",
                "company": "RED SEA LINE PRODUCTION CO.",
                "office": "Service production for Halden Pictures (London)  ·  Amman office +962 "
                "6 555 0100",
                "day_n": "Shoot day 9 of 20",
                "credits": "Director: Tom Ashby  ·  Service producer: Rania Haddad  ·  1st AD: "
                "Omar Khalil",
                "after": [("FIRST SHOT", 75), ("LUNCH", 330), ("WRAP", 690)],
                "set": "the fort gate and the Arab Revolt flag plaza",
                "desert": [
                    "Wadi Rum, Um Sabatah dunes",
                    "GPS 29.5560, 35.4020",
                    "No street: follow the yellow route signs",
                ],
                "move": (390, "4x4 convoy from the fort to Set 2 (Wadi Rum), 70 min"),
                "base_note": "Honey wagons, costume and catering",
                "scenes": [
                    ("40", "EXT. FORT GATE - Harding meets Sheikh Auda", "D", "1 4/8", "1, 2"),
                    ("41", "EXT. FLAG PLAZA - the telegram", "D", "5/8", "1"),
                    ("55", "EXT. DUNES (SET 2) - the car breaks down", "D", "1", "1, 3"),
                ],
                "cast": [
                    ("Edward Lyle", "HARDING", 0),
                    ("Khaled Nasser", "SHEIKH AUDA", 45),
                    ("Lina Saadeh", "NOOR", 360),
                ],
                "crew": [
                    ("Production", "Rania Haddad", "+962 79 555 0111", 0),
                    ("Transport", "Mahmoud Zawaideh", "+962 79 555 0122", -60),
                    ("Medic (ALS)", "Samer Awad", "+962 79 555 0133", 0),
                ],
                "notes": [
                    "Convoy drivers only on the sand: no private cars past the Rum visitor "
                    "centre. Medic and ambulance travel with the convoy. Civil Defence 911.",
                ],
                "footer": "Red Sea Line Production  ·  Sand and Steel  ·  Day 9",
            },
        ),
        _mena(
            "stgeorge",
            "The Mosaic Road",
            D(2026, 12, 21),
            "07:00",
            {
                "lang": "en",
                "font": "helvetica",
                "time_style": "jo",
                "table_style": "jo",
                "date_style": "jo_short",
                "company": "PETRA GATE FILM SERVICES",
                "office": "For Mistral Films (Paris)  ·  Office: Jabal Amman, +962 6 555 0200",
                "day_n": "Day 3 of 7",
                "credits": "Director: Julien Marchand  ·  Service producer: Zaid Al-Masri",
                # HARD: the crew bus from the Amman hotels leaves before the crew call, first in
                # the strip
                "before": [("BUS FROM AMMAN HOTELS", -90)],
                "after": [("FIRST SHOT", 60), ("LUNCH", 300)],
                "set": "the nave and the mosaic map floor",
                "desert": [
                    "Mukawir desert road (Machaerus)",
                    "GPS 31.5690, 35.6240",
                    "Meet the 4x4s at the Mukawir turn",
                ],
                "move": (330, "convoy to Set 2 (Mukawir desert), 45 min; sunset shot"),
                "base_note": "Catering in the Visitor Centre garden",
                "scenes": [
                    ("12", "INT. CHURCH - Claire kneels by the map", "D", "1", "1, 2"),
                    ("13", "INT. NAVE - the priest's story", "D", "1 2/8", "2, 4"),
                    ("30", "EXT. DESERT ROAD (SET 2) - sunset drive", "D", "3/8", "1"),
                ],
                "cast": [
                    ("Claire Morel", "CLAIRE", 0),
                    ("Nabil Shami", "FATHER ELIAS", 30),
                    ("Rami Touqan", "DRIVER", 300),
                ],
                "crew": [
                    ("Production", "Zaid Al-Masri", "+962 79 555 0211", 0),
                    ("Camera", "Yazan Qasem", "+962 79 555 0222", 0),
                    ("Transport", "Ahmad Shdeifat", "+962 79 555 0233", -90),
                ],
                "notes": [
                    "Church open for prayer: silence and covered shoulders, no lights on the "
                    "mosaic. Desert unit: water, hats, radios on channel 3.",
                ],
                "footer": "Petra Gate Film Services  ·  The Mosaic Road  ·  Day 3",
            },
        ),
        _mena(
            "srji",
            "Le Lac Fantôme",
            D(2027, 1, 13),
            "07:30",
            {
                "lang": "fr",
                "font": "helvetica",
                "time_style": "jo",
                "table_style": "jo",
                "date_style": "ma",
                "company": "TAFILALET FILM SERVICES SARL",
                "office": "Prestataire pour / service for Sunhill Media (Berlin)  ·  "
                "+212 661 55 01 00",
                "day_n": "Jour / Day 5 sur 12",
                "credits": "Réalisatrice / Director: Hanna Vogt  ·  Régie: Youssef Ait Ali",
                "after": [("PAT / FIRST SHOT", 60), ("DÉJEUNER / LUNCH", 300), ("FIN / WRAP", 600)],
                "set": "the east shore and the flamingo flats",
                "desert": [
                    "Erg Chebbi, the high dune",
                    "GPS 31.1290, -3.9760",
                    "Piste from Hassi Labied, 4x4 only",
                ],
                "move": (360, "convoi 4x4 / 4x4 convoy to Décor 2 (Erg Chebbi), 30 min"),
                "base_note": "Cantine et loges / catering and dressing rooms",
                "scenes": [
                    ("17", "EXT. LAC - Lena films the flamingos", "J", "1", "1"),
                    ("18", "EXT. RIVE EST - Hamid's warning", "J", "6/8", "1, 2"),
                    ("25", "EXT. ERG CHEBBI (DÉCOR 2) - the storm", "J", "4/8", "1, 2"),
                ],
                "cast": [("Lena Krüger", "LENA", 0), ("Hamid Oubella", "HAMID", 45)],
                "crew": [
                    ("Régie / Prod.", "Youssef Ait Ali", "+212 661 55 01 11", 0),
                    ("Caméra", "Jonas Weber", "+212 661 55 01 22", 0),
                    ("Médecin", "Dr Karima Bennani", "+212 661 55 01 33", 0),
                ],
                "notes": [
                    "Le lac est saisonnier: do not drive on the wet flats. Urgences 150 / "
                    "Gendarmerie 177. The medic follows the convoy to Erg Chebbi.",
                ],
                "footer": "Tafilalet Film Services  ·  Le Lac Fantôme  ·  Jour 5",
            },
        ),
    ]


# --- near misses: papers that call people to a place at a time but plan no shoot ------------


def _eye_camp_schedule() -> bytes:
    """A charitable trust's free eye camp: doctors' and volunteers' reporting times, the school
    hall with its PIN code, the referral hospital; a camera crew is only a local TV's visit."""
    c, x0, right = page("A4", "helvetica", margin=40.0)
    centre(c, 46, "SRI AUROBINDO NAGAR SEVA TRUST", 13)
    centre(c, 60, "FREE EYE CAMP (NETRA SHIVIR) - DUTY SCHEDULE", 10)
    centre(c, 72, "Sunday, 20/12/2026  ·  Camp No. 14", 8.5, bold=False)
    c.hline(x0, right, 80, 1.0)
    notice(
        c,
        x0,
        right,
        98,
        [
            ("Venue", "Government Higher Secondary School hall, Mission Street, Puducherry 605001"),
            (
                "Reporting time",
                "Doctors 8:00 AM  ·  Volunteers 7:00 AM  ·  Registration opens 8:30 AM",
            ),
            ("Camp timing", "9:00 AM - 4:00 PM (patients by token only)"),
            ("Referral hospital", "JIPMER, Dhanvantari Nagar, Puducherry 605006 (cataract cases)"),
            ("Ambulance", "108  ·  Camp coordinator Mr. S. Ravi +91 94433 55101"),
        ],
        (
            ["TIME", "DESK", "IN CHARGE", "VOLUNTEERS"],
            [0, 70, 220, 350],
            [
                ("7:00 AM", "Hall set-up, chairs, banners", "K. Murugan", "NSS unit (12)"),
                ("8:30 AM", "Registration & tokens", "Lakshmi Devi", "4"),
                ("9:00 AM", "Vision test (Snellen chart)", "Optometrist P. Anand", "3"),
                ("9:30 AM", "Doctor's examination", "Dr. R. Venkatesan", "2"),
                ("11:00 AM", "Spectacles distribution", "Rotary Club", "3"),
                ("1:00 PM", "Lunch for volunteers (packed)", "Canteen", "-"),
                ("3:30 PM", "Cataract patients' bus to JIPMER", "S. Ravi", "2"),
            ],
        ),
        (
            "Instructions",
            [
                "All volunteers wear the trust T-shirt and ID card. Puducherry Doordarshan will "
                "shoot a short news item at 11:00 AM: the coordinator answers their questions, "
                "patients are not filmed without consent.",
                "Diabetic patients are asked to bring their sugar report. Drinking water at the "
                "school gate.",
            ],
        ),
        table=_table,
        facts_look=(8.5, 105, 13),
        suffix=" :",
        gaps=(8, 6),
        notes_look=(9, 8, 11),
        size=8.5,
        lead=14,
        ruled=True,
    )
    return c.output()


def _election_duty_order() -> bytes:
    """A Philippine election board's duty order: report to the polling centre at 5:00 AM."""
    c, x0, right = page("A4", "helvetica", margin=46.0)
    w = right - x0
    centre(c, 50, "Republic of the Philippines", 9, bold=False)
    centre(c, 62, "OFFICE OF THE ELECTION OFFICER - LAOAG CITY, ILOCOS NORTE", 10)
    centre(c, 84, "DUTY ORDER No. 2027-118", 13)
    y = paragraphs(
        c,
        x0,
        110,
        [
            "TO: The Electoral Board Members and Support Staff, Clustered Precinct 0042",
            "SUBJECT: Reporting time and assignments, Barangay elections, Monday, May 10, 2027",
        ],
        9,
        w,
        13,
    )
    y = label_rows(
        c,
        x0,
        y + 10,
        right,
        [
            (
                "Polling centre",
                "Laoag City Central Elementary School, F. R. Castro Avenue, Laoag City 2900",
            ),
            ("Call time", "5:00 AM sharp (sign the attendance sheet at the DESO desk)"),
            ("Voting hours", "6:00 AM - 3:00 PM"),
            (
                "Medical",
                "Nearest hospital: Gov. Roque B. Ablan Sr. Memorial Hospital, P. Gomez "
                "Street, Laoag City (077) 772 0353",
            ),
            ("PNP assistance", "Laoag City Police Station, Hotline 166"),
        ],
        8.5,
        100,
        13,
        suffix=":",
    )
    y = _table(
        c,
        x0,
        y + 8,
        ["NAME", "ASSIGNMENT", "ROOM", "CONTACT"],
        [0, 140, 290, 350],
        [
            ("Ma. Teresa Bautista", "Chairperson", "Gr. 4-A", "0917 555 0401"),
            ("Rodel Pascua", "Poll clerk", "Gr. 4-A", "0917 555 0412"),
            ("Jocelyn Agcaoili", "Third member", "Gr. 4-A", "0917 555 0423"),
            ("Noel Ramos", "DESO technical support", "Library", "0917 555 0434"),
            ("Cristy Domingo", "Support staff (queue, PWD lane)", "Gate", "0917 555 0445"),
        ],
        right,
        size=8.5,
        lead=14,
        ruled=True,
    )
    titled_notes(
        c,
        x0,
        y + 6,
        "Reminders",
        9,
        [
            "Bring your COMELEC ID and this order. Media (TV and radio crews) may take footage "
            "only outside the classroom. Meals and honoraria are released after the canvass.",
            "For strict compliance.",
        ],
        8.5,
        w,
        11,
    )
    signature = "ATTY. MARIFE D. CORPUZ, Election Officer IV"
    c.right(right, y + 80, signature, 9, bold=True)
    return c.output()


def _dive_boat_briefing() -> bytes:
    """A Red Sea dive centre's boat-day briefing: meet at the jetty, two dives, the chamber."""
    c, x0, right = page("A4", "helvetica", margin=40.0)
    w = right - x0
    fill(c, x0, 30, w, 30, 60)
    c.pdf.set_text_color(255, 255, 255)
    c.text(x0 + 8, 50, "CORAL GARDEN DIVERS - AQABA", 13, bold=True)
    c.right(right - 8, 50, "BOAT DAY BRIEFING", 11, bold=True)
    c.pdf.set_text_color(0, 0, 0)
    notice(
        c,
        x0,
        right,
        80,
        [
            ("Date", "Friday 18 December 2026"),
            ("Meet", "07:30 at the dive centre, South Beach Road, Aqaba 77110"),
            ("Boat", "MV 'Yasmina', departs the jetty 08:15 (no later)"),
            ("Sites", "Cedar Pride wreck (dive 1), Japanese Garden (dive 2)"),
            ("Back on shore", "approx. 15:00"),
            (
                "Emergency",
                "Hyperbaric chamber: Princess Haya Military Hospital, Aqaba · Boat "
                "radio VHF 16 · Civil Defence 911",
            ),
        ],
        (
            ["TIME", "WHAT", "WHO"],
            [0, 60, 330],
            [
                ("07:30", "Check-in, waivers, logbooks, kit fitting", "All divers"),
                ("08:00", "Tanks and kit loaded, nitrox analysed", "Crew"),
                ("08:15", "Boat departs", "Captain Ayman"),
                ("09:00", "Dive 1 briefing, buddy check, 25 m max", "Guide: Salma"),
                ("11:30", "Lunch on board (vegetarian available)", "-"),
                ("12:45", "Dive 2 briefing, 18 m max", "Guide: Hani"),
                ("14:30", "Return to jetty, rinse tanks", "Crew"),
            ],
        ),
        (
            "Please note",
            [
                "No flying within 24 hours of your last dive. Underwater photographers: cameras in "
                "the rinse tank only, please. Our video guide can film your dive for 35 JOD.",
                "Seasickness tablets at the front desk. Cancel by 18:00 the day before.",
            ],
        ),
        table=_table,
        suffix="",
        gaps=(8, 6),
        size=8.5,
        lead=14,
        ruled=True,
    )
    return c.output()


def _other_sheets() -> list[Sheet]:
    docs = [
        (
            "near_miss_eye_camp_duty_schedule",
            "an Indian charitable trust's free eye camp (netra shivir) duty schedule, A4: the "
            "trust, the date, the school hall with its PIN code, doctors' and volunteers' "
            "reporting times, the referral hospital and 108; a ruled TIME / DESK / IN CHARGE / "
            "VOLUNTEERS table; instructions mentioning a TV news crew's visit",
            _eye_camp_schedule,
        ),
        (
            "near_miss_election_duty_order",
            "a Philippine election officer's duty order, A4: the office, 'DUTY ORDER No.', to the "
            "electoral board of a clustered precinct; the polling centre's address, 'Call time: "
            "5:00 AM sharp', voting hours, the nearest hospital and the police; a ruled table of "
            "names, assignments and rooms; reminders mentioning TV crews; the officer's name",
            _election_duty_order,
        ),
        (
            "near_miss_dive_boat_briefing",
            "a Red Sea dive centre's boat-day briefing, A4: a dark band with the centre and "
            "'BOAT DAY BRIEFING'; date, meet time at the centre's address, the boat's departure, "
            "dive sites, the hyperbaric chamber's hospital; a ruled TIME / WHAT / WHO table; "
            "notes mentioning underwater cameras and a video guide",
            _dive_boat_briefing,
        ),
    ]
    return near_misses(_sheet, docs)


def sheets() -> list[Sheet]:
    return [
        *_za_sheets(),
        *_in_sheets(),
        *_sea_sheets(),
        *_med_sheets(),
        *_latam_sheets(),
        *_mena_sheets(),
        *_other_sheets(),
    ]
