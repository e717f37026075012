"""Forty-ninth held-out set: six kinds of call sheet from Nordic, Baltic and Central European
productions, in towns from L to N not yet in the corpus (`fresh48_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh48"). Finnish bilingual grids whose numbered labels sit in a shaded row
with each value in the cell below ("4. CREW CALL / KOKOONTUMINEN" over "klo 7.30": Lahti,
Lappeenranta, Mikkeli), Slovak "DENNÁ DISPOZÍCIA / CALL SHEET" days with two or three numbered
sets ("MIESTO 1 / SET 1", a unit move to set 2: Levoča, Nitra, Martin), Slovenian spreadsheet
exports printed with gridlines in landscape ("7:30:00", Maribor, Novo mesto, Nova Gorica),
Latvian revised sheets (REVISED / v2 / Rev. 2, the old call struck or listed under the changes:
Liepāja, Līgatne, Mežotne), Croatian two-column sheets (times left, places right: Motovun,
Našice, Makarska) and Baltic phone-typed calls (a message typed on a phone and printed, one of
them a one-liner day: Narva, Molėtai, Marijampolė). Three near misses, all `other`: a
freelancer's invoice for shoot days, a production meeting agenda and a child performer's
chaperone / performance licence record.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from tests.corpus.draw import Canvas, centre, struck
from tests.corpus.formats import add_minutes
from tests.corpus.fresh_common import (
    cast_times,
    clock,
    date_or,
    day_tables,
    expect,
    fill,
    grey_text,
    head_table,
    hospital_lines,
    label_grid,
    page,
    paragraph,
    paragraphs,
    ruled_cells,
    sheet_basics,
    sheet_maker,
    time_or,
    titled_notes,
)
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, cell, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # (1) Finnish bilingual numbered grids: Lahti, Lappeenranta, Mikkeli
    "sibelius": _p(
        "fi",
        "Sibeliustalo (Sibelius Hall)",
        "Ankkurikatu 7",
        "15140 Lahti",
        60.9880,
        25.6480,
        "Europe/Helsinki",
        "Päijät-Hämeen keskussairaala, Akuutti24",
        "Keskussairaalankatu 7",
        "15850 Lahti",
        "+358 3 819 11",
        "Satama-alueen pysäköinti, Satamakatu 2",
        "15140 Lahti",
    ),
    "linnoitus": _p(
        "fi",
        "Lappeenrannan linnoitus (Fortress)",
        "Kristiinankatu 15",
        "53900 Lappeenranta",
        61.0620,
        28.1850,
        "Europe/Helsinki",
        "Etelä-Karjalan keskussairaala",
        "Valto Käkelän katu 1",
        "53130 Lappeenranta",
        "+358 5 352 000",
        "Satamatori parking, Satamatie",
        "53900 Lappeenranta",
    ),
    "mikaeli": _p(
        "fi",
        "Mikaeli Concert and Congress Hall",
        "Sointukatu 1",
        "50100 Mikkeli",
        61.6880,
        27.2640,
        "Europe/Helsinki",
        "Mikkelin keskussairaala",
        "Porrassalmenkatu 35-37",
        "50100 Mikkeli",
        "+358 15 351 1",
        "Kalevankentän pysäköinti, Urheilukatu",
        "50100 Mikkeli",
    ),
    # (2) Slovak days with numbered sets: Levoča, Nitra, Martin (set 1 here, the others in SETS)
    "levoca": _p(
        "sk",
        "Radnica Levoča (Old Town Hall)",
        "Námestie Majstra Pavla 2",
        "054 01 Levoča",
        49.0260,
        20.5890,
        "Europe/Bratislava",
        "Nemocnica AGEL Levoča",
        "Probstnerova cesta 2",
        "054 01 Levoča",
        "+421 53 451 2311",
        "Parkovisko Košická brána, Košická ulica",
        "054 01 Levoča",
    ),
    "nitra": _p(
        "sk",
        "Nitriansky hrad",
        "Námestie Jána Pavla II. 7",
        "949 01 Nitra",
        48.3190,
        18.0870,
        "Europe/Bratislava",
        "Fakultná nemocnica Nitra",
        "Špitálska 6",
        "949 01 Nitra",
        "+421 37 654 5111",
        "Parkovisko pod hradom, Pri Synagóge",
        "949 01 Nitra",
    ),
    "martin": _p(
        "sk",
        "Múzeum slovenskej dediny",
        "Jahodnícke háje 3900",
        "036 01 Martin",
        49.0540,
        18.9500,
        "Europe/Bratislava",
        "Univerzitná nemocnica Martin",
        "Kollárova 2",
        "036 59 Martin",
        "+421 43 420 3111",
        "Parkovisko pri amfiteátri, Jahodnícke háje",
        "036 01 Martin",
    ),
    # (3) Slovenian spreadsheet exports: Maribor, Novo mesto, Nova Gorica
    "mbgrad": _p(
        "si",
        "Mariborski grad (Pokrajinski muzej Maribor)",
        "Grajska ulica 2",
        "2000 Maribor",
        46.5590,
        15.6480,
        "Europe/Ljubljana",
        "Univerzitetni klinični center Maribor",
        "Ljubljanska ulica 5",
        "2000 Maribor",
        "+386 2 321 10 00",
        "Parkirna hiša Tkalka, Tkalski prehod",
        "2000 Maribor",
    ),
    "dolenjski": _p(
        "si",
        "Dolenjski muzej",
        "Muzejska ulica 7",
        "8000 Novo mesto",
        45.8030,
        15.1690,
        "Europe/Ljubljana",
        "Splošna bolnišnica Novo mesto",
        "Šmihelska cesta 1",
        "8000 Novo mesto",
        "+386 7 391 61 00",
        "Parkirišče Loka, Kandijska cesta",
        "8000 Novo mesto",
    ),
    "kromberk": _p(
        "si",
        "Grad Kromberk (Goriški muzej)",
        "Grajska cesta 1",
        "5000 Nova Gorica",
        45.9610,
        13.6600,
        "Europe/Ljubljana",
        "Splošna bolnišnica dr. Franca Derganca Nova Gorica",
        "Ulica padlih borcev 13a",
        "5290 Šempeter pri Gorici",
        "+386 5 330 10 00",
        "Parkirišče pod gradom, Grajska cesta",
        "5000 Nova Gorica",
    ),
    # (4) Latvian revised sheets: Liepāja, Līgatne, Mežotne
    "dzintars": _p(
        "lv",
        "Koncertzāle Lielais dzintars",
        "Radio iela 8",
        "Liepāja, LV-3401",
        56.5110,
        21.0110,
        "Europe/Riga",
        "Liepājas reģionālā slimnīca",
        "Slimnīcas iela 25",
        "Liepāja, LV-3414",
        "+371 6340 3222",
        "Pludmales stāvlaukums, Peldu iela",
        "Liepāja, LV-3401",
    ),
    "bunkurs": _p(
        "lv",
        "Līgatnes padomju slepenais bunkurs",
        "Skaļupes, Līgatnes pagasts",
        "Cēsu novads, LV-4110",
        57.2300,
        25.0200,
        "Europe/Riga",
        "Cēsu klīnika",
        "Slimnīcas iela 9",
        "Cēsis, LV-4101",
        "+371 6410 3600",
        "Rehabilitācijas centra stāvlaukums, Skaļupes",
        "Līgatnes pagasts, LV-4110",
    ),
    "mezotne": _p(
        "lv",
        "Mežotnes pils (Mežotne Palace)",
        "Mežotnes pils, Mežotnes pagasts",
        "Bauskas novads, LV-3918",
        56.4380,
        24.0510,
        "Europe/Riga",
        "Bauskas slimnīca",
        "Dārza iela 7",
        "Bauska, LV-3901",
        "+371 6396 0800",
        "Pils parka stāvlaukums, Mežotnes pagasts",
        "Bauskas novads, LV-3918",
    ),
    # (5) Croatian two-column sheets: Motovun, Našice, Makarska
    "motovun": _p(
        "hr",
        "Motovun - gradske zidine (town walls)",
        "Trg Andrea Antico 1",
        "52424 Motovun",
        45.3360,
        13.8280,
        "Europe/Zagreb",
        "Opća bolnica Pula",
        "Zagrebačka ulica 30",
        "52100 Pula",
        "+385 52 376 000",
        "Parkiralište P2 ispod grada, Kanal",
        "52424 Motovun",
    ),
    "pejacevic": _p(
        "hr",
        "Dvorac Pejačević (Zavičajni muzej Našice)",
        "Pejačevićev trg 5",
        "31500 Našice",
        45.4900,
        18.0940,
        "Europe/Zagreb",
        "Opća županijska bolnica Našice",
        "Bana Jelačića 10",
        "31500 Našice",
        "+385 31 488 511",
        "Parkiralište kod perivoja, Ulica Kralja Tomislava",
        "31500 Našice",
    ),
    "franjevacki": _p(
        "hr",
        "Franjevački samostan Makarska",
        "Franjevački put 1",
        "21300 Makarska",
        43.2950,
        17.0170,
        "Europe/Zagreb",
        "KBC Split - Firule",
        "Spinčićeva 1",
        "21000 Split",
        "+385 21 556 111",
        "Parkiralište Kalalarga, Ulica Kralja Petra Krešimira IV.",
        "21300 Makarska",
    ),
    # (6) Baltic phone-typed calls: Narva, Molėtai, Marijampolė
    "narva": _p(
        "ee",
        "Narva linnus (Hermann Castle)",
        "Peterburi mnt 2",
        "20308 Narva",
        59.3760,
        28.2010,
        "Europe/Tallinn",
        "Narva Haigla",
        "Haigla 1",
        "20104 Narva",
        "+372 357 1835",
        "Narva Kreenholmi parkla, Joala 21",
        "20103 Narva",
    ),
    "moletai": _p(
        "lt",
        "Lietuvos etnokosmologijos muziejus",
        "Žvaigždžių g. 10",
        "Kulionių k., LT-33325 Molėtų r.",
        55.3170,
        25.5600,
        "Europe/Vilnius",
        "Molėtų ligoninė",
        "Vilniaus g. 27",
        "LT-33114 Molėtai",
        "+370 383 51 365",
        "Observatorijos aikštelė, Žvaigždžių g.",
        "LT-33325 Molėtų r.",
    ),
    "marijampole": _p(
        "lt",
        "Marijampolės dramos teatras",
        "Vytauto g. 29",
        "LT-68299 Marijampolė",
        54.5600,
        23.3540,
        "Europe/Vilnius",
        "Marijampolės ligoninė",
        "Palangos g. 1",
        "LT-68304 Marijampolė",
        "+370 343 55 222",
        "Turgaus aikštelė, Kauno g.",
        "LT-68113 Marijampolė",
    ),
}

# the other sets of the Slovak days (name, street, city): set 1 is the sheet's Place
SETS: dict[str, list[tuple[str, str, str]]] = {
    "levoca": [
        ("Bazilika Navštívenia Panny Márie", "Mariánska hora 1", "054 01 Levoča"),
        ("Košická brána (mestské hradby)", "Košická ulica 1", "054 01 Levoča"),
    ],
    "nitra": [
        ("Synagóga Nitra", "Pri synagóge 3", "949 01 Nitra"),
    ],
    "martin": [
        ("Národný cintorín v Martine", "Hurbanova 1", "036 01 Martin"),
        ("Slovenské národné múzeum (Etnografické múzeum)", "Malá hora 2", "036 01 Martin"),
    ],
}

FI_WD = ["ma", "ti", "ke", "to", "pe", "la", "su"]
SK_WD = ["pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa"]
SI_WD = ["ponedeljek", "torek", "sreda", "četrtek", "petek", "sobota", "nedelja"]
LV_WD = ["pirmdiena", "otrdiena", "trešdiena", "ceturtdiena", "piektdiena", "sestdiena"]
LV_WD += ["svētdiena"]
LV_MON = ["janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs"]
LV_MON += ["augusts", "septembris", "oktobris", "novembris", "decembris"]
HR_WD = ["ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja"]
HR_MON = ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja"]
HR_MON += ["kolovoza", "rujna", "listopada", "studenoga", "prosinca"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "fi_klo": f"klo {h}.{m:02d}",  # "klo 7.30"
        "fi": f"{h}.{m:02d}",  # "7.30"
        "sk": f"{h}:{m:02d}",  # "7:30"
        "sk_hod": f"{h}:{m:02d} hod.",  # "7:30 hod."
        "xls": f"{h}:{m:02d}:00",  # "7:30:00"
        "xls_pm": f"{h12}:{m:02d}:00 {ap}",  # "7:30:00 AM"
        "lv": f"{h:02d}:{m:02d}",  # "07:30"
        "hr": f"{h}.{m:02d} h",  # "7.30 h"
        "hr_col": f"{h:02d}:{m:02d}",  # "07:30"
        "phone": f"{h}:{m:02d}",  # "7:30"
        "phone_ap": f"{h12}:{m:02d}{ap.lower()}",  # "7:30am"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "fi": f"{FI_WD[d.weekday()]} {d.day}.{d.month}.{d.year}",  # "ti 10.11.2026"
        "fi_en": f"{d:%A} {d.day} {d:%B} {d.year}",  # "Tuesday 10 November 2026"
        "sk": f"{SK_WD[d.weekday()]} {d.day}. {d.month}. {d.year}",  # "utorok 10. 11. 2026"
        "sk_en": f"{d:%a} {d.day} {d:%b} {d.year}",  # "Tue 10 Nov 2026"
        "si_iso": d.isoformat(),  # "2026-11-11"
        "si_dot": f"{SI_WD[d.weekday()]}, {d.day}. {d.month}. {d.year}",
        "si_num": f"{d.day}.{d.month}.{d.year}",  # "11.11.2026"
        "lv": f"{d.year}. gada {d.day}. {LV_MON[d.month - 1]}, {LV_WD[d.weekday()]}",
        "lv_en": f"{d:%A}, {d.day} {d:%B} {d.year}",
        "lv_num": f"{d:%d.%m.%Y}",  # "12.11.2026"
        "hr": f"{HR_WD[d.weekday()]}, {d.day}. {HR_MON[d.month - 1]} {d.year}.",
        "hr_num": f"{d.day}.{d.month}.{d.year}.",  # "13.11.2026."
        "phone": f"{d:%a} {d.day}/{d.month}",  # "Mon 16/11"
        "phone_full": f"{d:%A} {d.day}.{d.month}.{d.year}",  # "Monday 16.11.2026"
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh48")
_para = paragraph
_table = partial(head_table, size=8, lead=12.5)


def _footer(c: Canvas, text: str) -> None:
    grey_text(c, 36, c.pdf.h - 22, text, 7, 120)


# --- (1) Finnish bilingual grid: numbered labels in a shaded row, each value in the cell below --


def _fi(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=30.0)
        c.text(x0, 40, g["company"], 9, bold=True)
        grey_text(c, x0, 51, g["office"], 7, 100)
        c.right(right, 40, "CALL SHEET / PÄIVÄTIEDOTE", 12, bold=True)
        c.right(right, 52, f"Issued / Julkaistu {g['issued']}", 7.5)
        c.hline(x0, right, 58, 1.0)
        centre(c, 80, title, 18)
        centre(c, 93, g["credits"], 8, bold=False)
        # the grid: rows of four numbered labels, each over a value cell
        cells: list[tuple[str, list[str]]] = [
            ("1. PÄIVÄMÄÄRÄ / DATE", [day_text(day, "fi"), day_text(day, "fi_en")]),
            ("2. KUVAUSPÄIVÄ / SHOOT DAY", [g["shoot_day"]]),
        ]
        cells += [(lab, [hm(add_minutes(call, off), t)]) for lab, off in g["before"]]
        cells.append((g["call_label"], [hm(call, t)]))
        cells += [(lab, [hm(add_minutes(call, off), t)]) for lab, off in g["after"]]
        cells += [
            ("AURINKO / SUNRISE - SUNSET", [f"{hm(rise, t)} - {hm(fall, t)}"]),
            ("SÄÄ / WEATHER", [g["weather"]]),
            ("KUVAUSPAIKKA / LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("TUKIKOHTA / UNIT BASE", [p.base_street, p.base_city, g["base_note"]]),
            ("LÄHIN PÄIVYSTYS / NEAREST A&E", [*hospital_lines(p), "Hätänumero / Emergency 112"]),
            ("HUOMENNA / TOMORROW", g["tomorrow"]),
        ]
        cols = 4
        w = (right - x0) / cols
        y = 106.0
        for r in range(0, len(cells), cols):
            row = cells[r : r + cols]
            deep = max(len(lines) for _, lines in row)
            h = 8 + deep * 10.5
            for i, (lab, lines) in enumerate(row):
                n = r + i + 1
                xx = x0 + i * w
                fill(c, xx, y, w, 13, 210)
                c.box(xx, y, w, 13, 0.4)
                head = lab if lab[0].isdigit() else f"{n}. {lab}"
                fit(c, xx + 3, y + 9.5, head, 6.8, w - 6, bold=True)
                c.box(xx, y + 13, w, h, 0.4)
                yy = y + 13 + 11
                big = lab == g["call_label"]
                for ln in lines:
                    fit(c, xx + 4, yy + (3 if big else 0), ln, 13 if big else 8, w - 8, bold=big)
                    yy += 10.5
            y += 13 + h + 4
        y += 10
        written = partial(hm, style=t)
        y = day_tables(
            _table,
            c,
            x0,
            y,
            right,
            g,
            call,
            written,
            scenes=(
                ["KOHT. / SC", "KUVAUSKOHDE / SET", "S/U", "P/Y", "NÄYTTELIJÄT / CAST", "SIV."],
                [0, 50, 300, 330, 360, 490],
            ),
            cast=(
                ["#", "NÄYTTELIJÄ / ARTIST", "ROOLI / ROLE", "NOUTO", "MASKI", "KUVAUKSIIN"],
                [0, 20, 160, 290, 370, 450],
            ),
            steps=[-60, -45, 30],
            numbered=True,
            crew=(
                ["OSASTO / DEPT", "NIMI / NAME", "PUH. / MOBILE", "KUTSU / CALL"],
                [0, 130, 270, 420],
            ),
            notes=("HUOM. / NOTES", 8.5, 7.8, 10.2),
            notes_drop=6,
        )
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"fi_{key}",
        "fi_numbered_grid",
        "Finnish bilingual call sheet on A4: company and issue date, the title centred; a grid "
        "of four columns whose numbered labels ('1. PÄIVÄMÄÄRÄ / DATE', "
        f"'{g['call_label']}') sit in a shaded row with each value in the cell BELOW; pre-calls "
        "before the call in the grid's order, meals, sun, weather, location, unit base, "
        "nearest A&E and tomorrow's call as cells; scenes, numbered cast, crew",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _fi_sheets() -> list[Sheet]:
    return [
        _fi(
            "sibelius",
            "Jäätyvä satama",
            D(2026, 11, 10),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "fi_klo",
                "company": "POHJOISVALO FILMS OY",
                "office": "Vesijärvenkatu 11 A, 15140 Lahti  ·  Y-tunnus 3012345-6",
                "issued": "9.11.2026 klo 18.20",
                "credits": "Ohjaaja / Director: Aino Lehtonen  ·  Tuottaja: Mikko Rautio  ·  "
                "1. AD: Sanna Virtanen",
                "shoot_day": "12 / 28",
                "before": [("3. MASKI & PUVUSTUS / HMU PRE-CALL", -60)],
                "call_label": "4. CREW CALL / KOKOONTUMINEN",
                "after": [
                    ("5. AAMIAINEN / BREAKFAST", -30),
                    ("6. ENSIMMÄINEN OTTO / FIRST SHOT", 75),
                    ("7. LOUNAS / LUNCH", 330),
                    ("8. ARVIOITU LOPETUS / EST. WRAP", 630),
                ],
                "weather": "Pilvistä, +3 °C, tuuli E 6 m/s",
                "set": "konserttisali ja lasikuisti",
                "base_note": "Kuorma-autot satamaan klo 6.00 mennessä",
                "tomorrow": ["ke 11.11.", "Crew call klo 8.00", "Sibeliustalo"],
                "scenes": [
                    ("22", "INT. KONSERTTISALI - HARJOITUS", "S", "P", "1, 2, 5", "2 3/8"),
                    ("23", "INT. LASIKUISTI / GLASS HALL", "S", "P", "1, 3", "1 1/8"),
                    ("40", "EXT. SATAMA / HARBOUR QUAY", "U", "P", "2", "4/8"),
                ],
                "cast": [
                    ("Laura Heikkinen", "ELINA", 0),
                    ("Joonas Salo", "MARKUS", 30),
                    ("Pirkko Nieminen", "KAPELLIMESTARI", 120),
                ],
                "crew": [
                    ("Tuotanto / Production", "Mikko Rautio", "+358 40 712 3344", -45),
                    ("Kamera / Camera", "Ville Koskinen", "+358 50 331 2090", 0),
                    ("Valo / Lighting", "Jari Mäkelä", "+358 44 908 1177", -60),
                ],
                "notes": [
                    "Sibeliustalo on auki yleisölle: kulku lastauslaiturin kautta. The "
                    "orchestra rehearses in the hall 13.00-15.00, no shooting there then.",
                ],
                "footer": "Pohjoisvalo Films  |  Jäätyvä satama  |  Päivätiedote 12",
            },
        ),
        _fi(
            "linnoitus",
            "The Salt Road",
            D(2026, 11, 17),
            "08:00",
            {
                "font": "sans",
                "time_style": "fi",
                "company": "KARJALA NORTH PRODUCTIONS LTD",
                "office": "Kauppakatu 40, 53100 Lappeenranta  ·  office +358 5 555 0199",
                "issued": "16.11.2026 19.05",
                "credits": "Director: Hannah Blake  ·  Line producer: Tuomas Hyvönen  ·  1st "
                "AD: Emma Lindqvist",
                "shoot_day": "Day 4 of 22",
                "before": [
                    ("3. PRE-CALL: ELECTRICS / SÄHKÖ", -90),
                    ("4. PRE-CALL: HMU / MASKI", -60),
                ],
                "call_label": "5. CREW CALL / KOKOONTUMINEN",
                "after": [
                    ("6. AAMIAINEN / BREAKFAST", -30),
                    ("7. LOUNAS / LUNCH", 360),
                    ("8. WRAP / LOPETUS", 660),
                ],
                "weather": "Pakkasta -4 °C, selkeää, tuuli N 3 m/s",
                "set": "ratsastusmaneesi ja vallit",
                "base_note": "Crew minibus from Hotel Lappee at 7.20",
                "tomorrow": ["ke 18.11.", "CREW CALL 7.30", "Linnoitus, sama paikka"],
                "scenes": [
                    ("7", "EXT. FORTRESS RAMPARTS - 1788", "U", "P", "1, 4", "1 5/8"),
                    ("8", "INT. RIDING HALL / MANEESI", "S", "P", "1, 2, 4", "2 6/8"),
                ],
                "cast": [
                    ("Oliver Grant", "CAPT. HALE", 0),
                    ("Iida Korhonen", "ANNA", 15),
                    ("Pekka Laine", "THE SUTLER", 150),
                ],
                "crew": [
                    ("Production", "Tuomas Hyvönen", "+358 40 210 4455", -30),
                    ("Camera", "Sam Okafor", "+44 7700 900871", 0),
                    ("Horses / Hevoset", "Kaisa Repo", "+358 50 447 2213", -120),
                ],
                "notes": [
                    "Horses arrive at the riding hall at 6.00; quiet on the ramparts while they "
                    "unload. Museum open to the public from 11.00 - marshals at the gate.",
                ],
                "footer": "Karjala North Productions  |  The Salt Road  |  Call sheet 4",
            },
        ),
        _fi(
            "mikaeli",
            "Talvisota: Kirjeet",
            D(2026, 11, 24),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "fi_klo",
                "company": "SAIMAA DOCUMENTARY OY",
                "office": "Porrassalmenkatu 21, 50100 Mikkeli",
                "issued": "23.11.2026 klo 17.40",
                "credits": "Ohjaaja / Director: Kalle Hämäläinen  ·  Tuottaja / Producer: "
                "Riikka Saarinen",
                "shoot_day": "6 / 9",
                # HARD: the grid's first time cell is the driver's pick-up at the hotel, an
                # hour before the call, under a label that also says CALL
                "before": [("3. KULJETUS / DRIVER CALL (HOTEL)", -60)],
                "call_label": "4. TYÖRYHMÄ / UNIT CALL",
                "after": [
                    ("5. AAMIAINEN / BREAKFAST", -20),
                    ("6. LOUNAS / LUNCH", 300),
                    ("7. LOPETUS / WRAP", 600),
                ],
                "weather": "Lumisadetta, -2 °C, tuuli SE 4 m/s",
                "set": "konserttisalin lämpiö ja takahuone",
                "base_note": "Pysäköinti vain merkityille paikoille",
                "tomorrow": ["ke 25.11.", "Unit call klo 9.00", "Päämajamuseo"],
                "scenes": [
                    ("14", "INT. LÄMPIÖ - LUKIJA / READER", "S", "P", "1", "-"),
                    ("15", "INT. TAKAHUONE - HAASTATTELU", "S", "P", "2", "-"),
                ],
                "cast": [
                    ("Eero Aho (lukija / reader)", "LUKIJA", 60),
                    ("Prof. Marja Rantanen", "HAASTATELTAVA", 240),
                ],
                "crew": [
                    ("Tuotanto", "Riikka Saarinen", "+358 40 555 8812", -30),
                    ("Kamera", "Antti Pulkkinen", "+358 45 120 7789", 0),
                    ("Ääni / Sound", "Heli Toivonen", "+358 50 903 4410", 0),
                ],
                "notes": [
                    "Konsertti illalla klo 19.00: kaikki kalusto ulos lämpiöstä klo 17.00 "
                    "mennessä. Radio mics only after 17.00.",
                ],
                "footer": "Saimaa Documentary  |  Talvisota: Kirjeet  |  jakso 3",
            },
        ),
    ]


# --- (2) Slovak DENNÁ DISPOZÍCIA: two or three numbered sets, set 1 the day's first and main ----


def _sk(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)
    others = SETS[key]

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=32.0)
        fill(c, x0, 28, right - x0, 26, 235)
        c.text(x0 + 8, 46, "DENNÁ DISPOZÍCIA / CALL SHEET", 13, bold=True)
        c.right(right - 8, 46, f"Natáčací deň / Shoot day {g['shoot_day']}", 9, bold=True)
        y = 76.0
        c.text(x0, y, title, 18, bold=True)
        c.right(right, y - 6, day_text(day, "sk"), 10, bold=True)
        c.right(right, y + 6, day_text(day, "sk_en"), 8.5)
        y += 14
        c.text(x0, y, g["credits"], 8)
        y += 8
        c.hline(x0, right, y, 0.8)
        y += 16
        # the times on one ruled strip: pre-call, the call large, meals, sun
        c.text(x0, y, "ZRAZ ŠTÁBU / CREW CALL", 8, bold=True)
        c.text(x0, y + 22, hm(call, t), 22, bold=True)
        xx = x0 + 150
        for lab, off in g["times"]:
            c.text(xx, y, lab, 7, bold=True)
            c.text(xx, y + 12, hm(add_minutes(call, off), t), 9)
            xx += 95
        c.text(x0 + 150, y + 30, f"Východ slnka / Sunrise {hm(rise, t)}", 7.5)
        c.text(x0 + 340, y + 30, f"Západ slnka / Sunset {hm(fall, t)}", 7.5)
        y += 44
        c.hline(x0, right, y, 0.4)
        y += 10
        # the numbered sets side by side, set 1 first
        sets = [(p.name, p.street, p.city), *others]
        w = (right - x0) / len(sets)
        for i, (name, street, city) in enumerate(sets):
            head = f"MIESTO {i + 1} / SET {i + 1}"
            if i:
                head += f" - presun / unit move {hm(add_minutes(call, g['moves'][i - 1]), t)}"
            lines = [name, street, city]
            if i == 0:
                lines.append(g["set"])
            lines += g["set_notes"][i]
            c.box(x0 + i * w, y, w, 92, 1.2 if i == 0 else 0.5)
            cell(c, x0 + i * w, y, w, head, lines, label_size=7.5, size=8)
        y += 98
        half = (right - x0) / 2
        blocks = [
            ("ZÁKLADŇA / UNIT BASE & PARKING", [p.base_street, p.base_city, g["base_note"]]),
            (
                g["hospital_head"],
                [*hospital_lines(p), "Tiesňová linka / Emergency 112 · záchranka 155"],
            ),
        ]
        ruled_cells(c, x0, y, half, blocks, 70, 0.6, label_size=7.5, size=8, lead=10.5)
        y += 86
        written = partial(hm, style=t)
        y = day_tables(
            _table,
            c,
            x0,
            y,
            right,
            g,
            call,
            written,
            scenes=(
                ["OBRAZ / SC", "MIESTO", "DEKORÁCIA / SET", "I/E", "D/N", "POSTAVY / CAST"],
                [0, 55, 95, 350, 380, 410],
            ),
            cast=(
                ["HEREC / ACTOR", "POSTAVA / ROLE", "ODVOZ / PICK-UP", "MASKA / HMU", "NA PLAC"],
                [0, 140, 260, 360, 450],
            ),
            steps=[-50, -30, 30],
            notes=("POZNÁMKY / NOTES", 8.5, 7.8, 10),
        )
        c.text(x0, y + 6, f"ZAJTRA / TOMORROW: {g['tomorrow']}", 8, bold=True)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"sk_{key}",
        "sk_numbered_sets",
        "Slovak 'DENNÁ DISPOZÍCIA / CALL SHEET' on A4, bilingual: the date in Slovak then "
        "English, 'ZRAZ ŠTÁBU / CREW CALL' large on a strip with pre-calls, meals and sun; "
        f"{len(others) + 1} numbered set boxes side by side ('MIESTO 1 / SET 1' first, the others "
        "with a unit-move time), each with its own address; base and hospital; scenes with a "
        "set number column, cast, tomorrow. Expected: set 1",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _sk_sheets() -> list[Sheet]:
    return [
        _sk(
            "levoca",
            "Majster Pavol",
            D(2026, 11, 11),
            "07:00",
            {
                "font": "sans",
                "time_style": "sk",
                "shoot_day": "15 / 34",
                "credits": "Réžia / Director: Marek Šulík  ·  Produkcia: Tatra Film Slovakia "
                "s.r.o.  ·  1. AD: Zuzana Kováčová",
                "times": [
                    ("MASKA / HMU", -45),
                    ("RAŇAJKY / BREAKFAST", -30),
                    ("OBED / LUNCH", 330),
                    ("KONIEC / WRAP", 660),
                ],
                "moves": [300, 480],
                "set": "veľká sieň a arkády radnice",
                "set_notes": [
                    ["Vstup z námestia, nakládka zozadu"],
                    ["Iba exteriér, kamera + zvuk"],
                    ["Súmrak / dusk shot"],
                ],
                "base_note": "Kamióny do 6:00, parkovanie štábu tu",
                "hospital_head": "NAJBLIŽŠIA NEMOCNICA / NEAREST HOSPITAL (SET 1)",
                "scenes": [
                    ("31", "1", "RADNICA - VEĽKÁ SIEŇ / GREAT HALL", "I", "D", "1, 2, 6"),
                    ("32", "1", "ARKÁDY RADNICE / ARCADES", "E", "D", "1, 6"),
                    ("58", "2", "MARIÁNSKA HORA - PÚŤ / PILGRIMAGE", "E", "D", "2, 40 kompars"),
                    ("59", "3", "KOŠICKÁ BRÁNA - SÚMRAK", "E", "N", "1"),
                ],
                "cast": [
                    ("Tomáš Maštalír", "MAJSTER PAVOL", 0),
                    ("Dana Droppová", "MAGDALÉNA", 15),
                    ("Juraj Hrčka", "RICHTÁR", 60),
                ],
                "notes": [
                    "Presun na SET 2 autobusom od radnice. Set 3 iba malý štáb (max. 8 ľudí). "
                    "Námestie zostáva otvorené pre chodcov.",
                ],
                "tomorrow": "štvrtok 12. 11. zraz 7:30, Radnica Levoča",
                "footer": "Tatra Film Slovakia  |  Majster Pavol  |  dispozícia č. 15",
            },
        ),
        _sk(
            "nitra",
            "Pribina",
            D(2026, 11, 18),
            "06:30",
            {
                "font": "helvetica",
                "time_style": "sk_hod",
                "shoot_day": "3 / 18",
                "credits": "Director: Jakub Horvát  ·  Produkcia: Ponitrie Pictures  ·  "
                "Line producer: Lenka Baranová",
                "times": [
                    ("SVETLÁ / ELECTRICS PRE-CALL", -60),
                    ("RAŇAJKY / BREAKFAST", -30),
                    ("OBED / LUNCH", 360),
                    ("KONIEC / WRAP", 690),
                ],
                "moves": [420],
                "set": "katedrála sv. Emeráma a nádvorie",
                "set_notes": [["Nádvorie, katedrála po 10:00"], ["Interiér, hlavná sála"]],
                "base_note": "Štáb parkuje pod hradom, nie na nádvorí",
                "hospital_head": "NEMOCNICA / HOSPITAL",
                "scenes": [
                    ("12", "1", "HRADNÉ NÁDVORIE / CASTLE COURTYARD", "E", "D", "1, 3"),
                    ("13", "1", "KATEDRÁLA / CATHEDRAL", "I", "D", "1, 2, 3"),
                    ("27", "2", "SYNAGÓGA - SÁLA / HALL", "I", "D", "2"),
                ],
                "cast": [
                    ("Milan Ondrík", "PRIBINA", 0),
                    ("Petra Vajdová", "HEDVIGA", 30),
                    ("Ľuboš Kostelný", "BISKUP", 90),
                ],
                "notes": [
                    "Bohoslužba v katedrále 8:00-9:00: ticho na nádvorí. Unit move to set 2 "
                    "on foot (600 m), equipment by van.",
                ],
                "tomorrow": "Thu 19 Nov, crew call 7:00 hod., Nitriansky hrad",
                "footer": "Ponitrie Pictures  |  Pribina  |  CS 3",
            },
        ),
        _sk(
            "martin",
            "Dedina pod horou",
            D(2026, 11, 25),
            "07:30",
            {
                "font": "sans",
                "time_style": "sk",
                "shoot_day": "21 / 30",
                "credits": "Réžia: Ivana Lehotská  ·  Produkcia: Turiec Film  ·  1. AD: "
                "Peter Gažík",
                # HARD: three set boxes, each a full address in the same town and post code,
                # the first unit move (11:00) before lunch; only set 1 is the day's location
                "times": [
                    ("KOSTÝMY / COSTUME PRE-CALL", -60),
                    ("RAŇAJKY / BREAKFAST", -30),
                    ("OBED / LUNCH", 300),
                    ("KONIEC / WRAP", 600),
                ],
                "moves": [210, 390],
                "set": "drevenica z Oravy a kostolík",
                "set_notes": [
                    ["Skanzen zatvorený pre verejnosť"],
                    ["Iba hrob Hviezdoslava, ticho"],
                    ["Archív, bez svetiel"],
                ],
                "base_note": "Catering v amfiteátri, 100 m od skanzenu",
                "hospital_head": "NEMOCNICA / HOSPITAL (ALL SETS)",
                "scenes": [
                    ("44", "1", "SKANZEN - DREVENICA / TIMBER HOUSE", "I", "D", "1, 2"),
                    ("45", "1", "SKANZEN - KOSTOLÍK / CHAPEL", "E", "D", "1, 2, 5"),
                    ("46", "2", "NÁRODNÝ CINTORÍN / CEMETERY", "E", "D", "2"),
                    ("47", "3", "MÚZEUM - ARCHÍV", "I", "D", "5"),
                ],
                "cast": [
                    ("Alexandra Palatínusová", "ANNA", 0),
                    ("Marián Mitaš", "JANKO", 15),
                    ("Emília Vášáryová", "STARÁ MATKA", 120),
                ],
                "notes": [
                    "Cesta do skanzenu je úzka: iba dodávky, kamióny zostávajú pri amfiteátri.",
                ],
                "tomorrow": "štvrtok 26. 11. zraz 8:00, Múzeum slovenskej dediny",
                "footer": "Turiec Film  |  Dedina pod horou  |  dispozícia č. 21",
            },
        ),
    ]


# --- (3) Slovenian spreadsheet export: every cell ruled thin, landscape, "7:30:00" -------------


def _xls_rows(
    c: Canvas, x: float, y: float, widths: list[float], rows: list[list[str]], h: float = 14
) -> float:
    """Spreadsheet rows printed with gridlines: each cell ruled 0.25, text in 7.5 pt; a cell
    written '*text' is bold. Returns the y under the last row."""
    for row in rows:
        xx = x
        for w, v in zip(widths, row, strict=False):
            c.box(xx, y, w, h, 0.25)
            if v:
                bold = v.startswith("*")
                fit(c, xx + 2.5, y + h - 4, v.lstrip("*"), 7.5, w - 4, bold=bold)
            xx += w
        y += h
    return y


def _si(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=24.0, orientation="L")
        # row 1: the sheet's tab name and the file name, as the print header shows them
        grey_text(c, x0, 18, f"{g['file']}  -  {g['tab']}", 6.5, 120)
        tw = right - x0
        widths = [tw * f for f in (0.13, 0.17, 0.13, 0.17, 0.13, 0.27)]
        dl = day_text(day, g["date_style"])
        v = partial(hm, style=t)
        # row 1: two merged cells, the sheet's name over two columns and the title over four
        c.box(x0, 28, widths[0] + widths[1], 20, 0.25)
        c.box(x0 + widths[0] + widths[1], 28, tw - widths[0] - widths[1], 20, 0.25)
        c.text(x0 + 3, 42, "DNEVNI RAZPORED / CALL SHEET", 9, bold=True)
        c.text(x0 + widths[0] + widths[1] + 3, 43, title, 12, bold=True)
        rows = [
            [
                "*Produkcija",
                g["company"],
                "*Režija / Dir.",
                g["director"],
                "*Izdano / Issued",
                g["issued"],
            ],
            [
                "*Datum / Date",
                dl,
                "*Snemalni dan",
                g["shoot_day"],
                "*Vreme / Weather",
                g["weather"],
            ],
            [
                "*Sklic ekipe / Crew call",
                v(call),
                "*Zajtrk / Breakfast",
                v(add_minutes(call, g["breakfast"])),
                "*Lokacija / Location",
                p.name,
            ],
            [
                f"*{g['pre_label']}",
                v(add_minutes(call, g["pre"])),
                "*Kosilo / Lunch",
                v(add_minutes(call, g["lunch"])),
                "*Naslov / Address",
                p.street,
            ],
            [
                "*Prvi posnetek",
                v(add_minutes(call, g["first"])),
                "*Konec / Wrap",
                v(add_minutes(call, g["wrap"])),
                "",
                p.city,
            ],
            ["*Sončni vzhod", v(rise), "*Sončni zahod", v(fall), "*Set", g["set"]],
            [
                "*Jutri / Tomorrow",
                g["tomorrow"],
                "",
                "",
                "*Baza / Parking",
                f"{p.base_street}, {p.base_city}",
            ],
            ["*Kontakt", g["contact"], "", "", "*Bolnišnica / Hospital", p.hospital],
            ["", "", "", "", "", p.hospital_street],
            ["", "", "", "", "", f"{p.hospital_city}  T: {p.hospital_phone}"],
            ["", "", "", "", "*Nujna pomoč", "112"],
        ]
        y = _xls_rows(c, x0, 48, widths, rows)
        y += 14
        sw = [tw * f for f in (0.06, 0.34, 0.06, 0.06, 0.2, 0.08, 0.2)]
        scene_rows = [
            ["*Prizor", "*Opis / Set", "*I/E", "*D/N", "*Igralci / Cast", "*Str.", "*Opombe"]
        ]
        scene_rows += [list(r) for r in g["scenes"]]
        y = _xls_rows(c, x0, y, sw, scene_rows)
        y += 14
        cw = [tw * f for f in (0.2, 0.2, 0.15, 0.15, 0.15, 0.15)]
        cast_rows = [
            [
                "*Igralec / Actor",
                "*Vloga / Role",
                "*Prevoz / Pick-up",
                "*Maska / HMU",
                "*Kostum",
                "*Na setu / On set",
            ]
        ]
        cast_rows += [list(r) for r in cast_times(g["cast"], call, v, [-60, -40, -20, 30])]
        y = _xls_rows(c, x0, y, cw, cast_rows)
        y += 14
        note_rows = [["*Opombe / Notes"], *([n] for n in g["notes"])]
        _xls_rows(c, x0, y, [tw], note_rows)
        grey_text(c, x0, c.pdf.h - 14, f"Page 1 of 1  ·  printed {g['printed']}", 6.5, 120)
        return c.output()

    return _sheet(
        f"si_{key}",
        "si_sheets_export",
        "Slovenian call sheet typed in a spreadsheet and printed with gridlines, A4 landscape: "
        "every cell ruled thin, label cells (bold) then value cells in three column pairs "
        "(production / date / crew call / pre-call / first shot / sun / tomorrow; breakfast / "
        "lunch / wrap; location over three rows, set, base, hospital over three rows); times "
        f"in the spreadsheet's '{hm(call, t)}'; the file and tab name as the print header; "
        "scenes, cast with four times, notes",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _si_sheets() -> list[Sheet]:
    return [
        _si(
            "mbgrad",
            "Grajski duhovi",
            D(2026, 11, 12),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "xls",
                "date_style": "si_dot",
                "file": "GD_dnevni_razpored_DAN09.xlsx",
                "tab": "DAN 9",
                "company": "Drava Film d.o.o.",
                "director": "Nina Kos",
                "issued": "11.11.2026 20:15",
                "shoot_day": "9 / 24",
                "weather": "Megla, 4 °C, brez padavin",
                "breakfast": -30,
                "pre_label": "Maska / HMU pre-call",
                "pre": -75,
                "lunch": 330,
                "first": 90,
                "wrap": 630,
                "set": "viteška dvorana in stopnišče",
                "tomorrow": "pet 13.11. ob 8:00:00",
                "contact": "Urša Horvat 041 552 118",
                "scenes": [
                    (
                        "18",
                        "INT. VITEŠKA DVORANA - PLES",
                        "I",
                        "D",
                        "1, 2, 4, stat. 20",
                        "2 1/8",
                        "koreograf ob 8:30",
                    ),
                    ("19", "INT. STOPNIŠČE", "I", "D", "1, 4", "6/8", ""),
                ],
                "cast": [
                    ("Jure Henigman", "GROF", 0),
                    ("Maruša Majer", "KATARINA", 15),
                    ("Tina Potočnik", "SLUŽKINJA", 90),
                ],
                "notes": [
                    "Muzej je zaprt za obiskovalce do 13:00. Tovornjaki razkladajo na "
                    "Grajskem trgu do 7:00.",
                ],
                "printed": "11.11.2026 20:17",
            },
        ),
        _si(
            "dolenjski",
            "Krka",
            D(2026, 11, 19),
            "08:00",
            {
                "font": "sans",
                "time_style": "xls_pm",
                "date_style": "si_iso",
                "file": "KRKA call sheets FINAL.xlsx",
                "tab": "Day 2",
                "company": "Bela Krajina Pictures (for Nordic Rain AB)",
                "director": "Elin Sandberg",
                "issued": "2026-11-18 18:00",
                "shoot_day": "2 of 12",
                "weather": "Dež / rain 8 °C, wind SW 15 km/h",
                "breakfast": -30,
                "pre_label": "Lights pre-call",
                "pre": -90,
                "lunch": 360,
                "first": 60,
                "wrap": 660,
                "set": "arheološka zbirka, situle",
                "tomorrow": "Fri 11/20 7:00:00 AM",
                "contact": "Luka Zupančič +386 40 118 902",
                "scenes": [
                    ("5", "INT. MUSEUM - SITULA ROOM", "I", "D", "1, 3", "1 4/8", "no haze"),
                    ("6", "INT. MUSEUM - STORE ROOM", "I", "D", "1", "3/8", ""),
                    ("7", "INT. CURATOR'S OFFICE", "I", "D", "1, 2", "2", ""),
                ],
                "cast": [
                    ("Ida Lindgren", "MAJA", 0),
                    ("Primož Pirnat", "THE CURATOR", 60),
                ],
                "notes": [
                    "Exhibits: gloves on, museum conservator present all day. Crew cars at "
                    "Loka parking only.",
                ],
                "printed": "2026-11-18 18:04",
            },
        ),
        _si(
            "kromberk",
            "Meja",
            D(2026, 11, 26),
            "06:45",
            {
                "font": "helvetica",
                "time_style": "xls",
                "date_style": "si_num",
                "file": "MEJA_DR_26-11.xlsx",
                "tab": "26.11.",
                "company": "Soča Produkcija d.o.o.",
                "director": "Matija Brecelj",
                "issued": "25.11.2026 19:30",
                "shoot_day": "17",
                # HARD: the pre-call row's label says "call" too, and its time (05:45) sits in
                # the same column, one row under the crew call
                "weather": "Burja, 6 °C, jasno",
                "breakfast": -15,
                "pre_label": "Transport call (hotel Perla)",
                "pre": -60,
                "lunch": 315,
                "first": 75,
                "wrap": 615,
                "set": "grajsko dvorišče in galerija",
                "tomorrow": "pet 27.11. ob 7:30:00",
                "contact": "Tjaša Mavrič 031 440 207",
                "scenes": [
                    ("61", "EXT. GRAJSKO DVORIŠČE - 1947", "E", "D", "1, 2, 3", "2 2/8", "burja!"),
                    ("62", "INT. GALERIJA", "I", "D", "2, 3", "1 1/8", ""),
                ],
                "cast": [
                    ("Gregor Bakovič", "ANTON", 0),
                    ("Lara Komar", "MILENA", 30),
                    ("Valter Dragan", "OFICIR", 60),
                ],
                "notes": [
                    "Burja do 80 km/h: vse stojala obtežena, nobenih balonov. Galerija je "
                    "odprta od 10:00.",
                ],
                "printed": "25.11.2026 19:33",
            },
        ),
    ]


# --- (4) Latvian revised sheets: REVISED / v2 / Rev. 2, the old call struck or listed ----------


def _lv(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)
    old = g["old_call"]

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=34.0)
        c.text(x0, 40, g["company"], 9, bold=True)
        grey_text(c, x0, 51, g["office"], 7, 100)
        c.right(right, 40, g["banner"], 12, bold=True)
        c.right(right, 53, g["issued"], 8)
        c.hline(x0, right, 60, 1.0)
        c.text(x0, 84, title, 19, bold=True)
        c.text(x0, 98, g["credits"], 8)
        c.right(right, 80, day_text(day, "lv"), 9.5, bold=True)
        c.right(right, 93, day_text(day, "lv_en"), 9)
        c.right(right, 106, f"Filmēšanas diena / Shoot day {g['shoot_day']}", 8.5)
        y = 118.0
        # the call box: the revised call, and on one sheet the old one struck beside it
        c.box(x0, y, 210, 64, 1.6)
        c.text(x0 + 8, y + 13, "KOPĒJĀ IERAŠANĀS / CREW CALL", 8, bold=True)
        if g["rev"] == "struck":
            w = struck(c, x0 + 8, y + 44, hm(old, t), 16)
            c.text(x0 + 18 + w, y + 44, hm(call, t), 24, bold=True)
            c.text(x0 + 8, y + 58, "REVISED - see changes", 7, bold=True)
        else:
            c.text(x0 + 8, y + 46, hm(call, t), 24, bold=True)
        xx = x0 + 222
        yy = y + 10
        for lab, off in g["times"]:
            c.text(xx, yy, lab, 7.5, bold=True)
            c.right(xx + 150, yy, hm(add_minutes(call, off), t), 8.5)
            yy += 11.5
        c.text(xx + 170, y + 10, "Saullēkts / Sunrise", 7.5, bold=True)
        c.right(right, y + 10, hm(rise, t), 8.5)
        c.text(xx + 170, y + 21.5, "Saulriets / Sunset", 7.5, bold=True)
        c.right(right, y + 21.5, hm(fall, t), 8.5)
        fit(c, xx + 170, y + 33, g["weather"], 7.5, right - xx - 170)
        y += 76
        if g["rev"] == "changes":
            c.box(x0, y, right - x0, 14 + 11 * len(g["changes"]), 1.0)
            c.text(x0 + 6, y + 11, "IZMAIŅAS KOPŠ v1 / CHANGES SINCE v1", 8, bold=True)
            for i, ch in enumerate(g["changes"]):
                c.text(x0 + 10, y + 23 + 11 * i, f"•  {ch}", 8)
            y += 22 + 11 * len(g["changes"])
        third = (right - x0) / 3
        blocks = [
            ("FILMĒŠANAS VIETA / LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("BĀZE / UNIT BASE & PARKING", [p.base_street, p.base_city, g["base_note"]]),
            ("TUVĀKĀ SLIMNĪCA / NEAREST HOSPITAL", [*hospital_lines(p), "Ātrā palīdzība 113"]),
        ]
        ruled_cells(c, x0, y, third, blocks, 72, 0.6, label_size=7.2, size=8, lead=10.5)
        y += 88
        written = partial(hm, style=t)
        y = day_tables(
            _table,
            c,
            x0,
            y,
            right,
            g,
            call,
            written,
            scenes=(
                ["AINA / SC", "DEKORĀCIJA / SET", "I/E", "D/N", "AKTIERI / CAST", "LPP."],
                [0, 50, 300, 330, 360, 480],
            ),
            cast=(
                ["AKTIERIS / ARTIST", "LOMA / ROLE", "PICK-UP", "GRIMS / HMU", "ON SET"],
                [0, 150, 280, 360, 440],
            ),
            steps=[-60, -40, 30],
            notes=("PIEZĪMES / NOTES", 8.5, 7.8, 10),
        )
        c.text(x0, y + 6, f"RĪT / TOMORROW: {g['tomorrow']}", 8, bold=True)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"lv_{key}",
        "lv_revised",
        "Latvian bilingual call sheet on A4, revised: the banner "
        f"'{g['banner']}' with its issue time; the crew call boxed left"
        + (" with the old call struck through beside the new one" if g["rev"] == "struck" else "")
        + (
            ", a box 'CHANGES SINCE v1' listing the old call and the new"
            if g["rev"] == "changes"
            else ""
        )
        + "; meals and pre-calls right, the date in Latvian then English; location, base and "
        "hospital cells; scenes, cast, notes (the notes may name the old call), tomorrow. "
        "Expected: the revised call",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _lv_sheets() -> list[Sheet]:
    return [
        _lv(
            "dzintars",
            "Dzintara krasts",
            D(2026, 11, 12),
            "08:00",
            {
                "font": "sans",
                "time_style": "lv",
                "rev": "struck",
                "old_call": "07:00",
                "banner": "CALL SHEET - REVISED",
                "issued": "Revised 11.11.2026 21:40 (v1: 11.11.2026 17:05)",
                "company": "KURZEMES KINO SIA",
                "office": "Graudu iela 36, Liepāja, LV-3401  ·  +371 2612 0044",
                "credits": "Režisore / Director: Linda Ozola  ·  Producents: Artūrs Bērziņš",
                "shoot_day": "8 / 26",
                "times": [
                    ("Grims / HMU pre-call", -60),
                    ("Brokastis / Breakfast", -30),
                    ("Pusdienas / Lunch", 330),
                    ("Beigas / Wrap", 630),
                ],
                "weather": "Lietus līdz 10:00, 6 °C, vējš W 9 m/s",
                "set": "lielā zāle un foajē",
                "base_note": "Furgoni pie Peldu ielas, ne uz Radio ielas",
                "scenes": [
                    ("33", "INT. LIELĀ ZĀLE - MĒĢINĀJUMS", "I", "D", "1, 2, 7", "2 6/8"),
                    ("34", "INT. FOAJĒ - STARPBRĪDIS", "I", "D", "1, 7, masu sk. 25", "1 2/8"),
                ],
                "cast": [
                    ("Agnese Cīrule", "KRISTĪNE", 0),
                    ("Kaspars Znotiņš", "DIRIĢENTS", 30),
                    ("Ēriks Vilsons", "ALBERTS", 120),
                ],
                "notes": [
                    "Call moved one hour later (rain until 10:00): ALL calls on this version "
                    "replace v1. Orchestra rehearses in the hall until 9:00.",
                ],
                "tomorrow": "piektdiena 13.11., crew call 07:30, Lielais dzintars",
                "footer": "Kurzemes Kino  |  Dzintara krasts  |  call sheet 8 v2",
            },
        ),
        _lv(
            "bunkurs",
            "Objekts 54",
            D(2026, 11, 19),
            "07:15",
            {
                "font": "helvetica",
                "time_style": "lv",
                "rev": "changes",
                "old_call": "06:30",
                "banner": "CALL SHEET v2",
                "issued": "v2 issued 18.11.2026 20:10",
                "company": "GAUJA PICTURES SIA",
                "office": "Rīgas iela 2, Cēsis, LV-4101",
                "credits": "Director: Jonas Eriksen  ·  Service producer: Ilze Kalniņa  ·  1st "
                "AD: Rūdolfs Liepa",
                "shoot_day": "3 / 15",
                "times": [
                    ("Lights pre-call", -75),
                    ("Breakfast", -30),
                    ("Lunch", 315),
                    ("Est. wrap", 600),
                ],
                "weather": "Mākoņains, 2 °C, underground a steady 12 °C",
                "set": "sakaru telpa un koridors, -9 m",
                "base_note": "Catering in the sanatorium canteen",
                "changes": [
                    "Crew call 06:30 -> 07:15 (bunker opens 07:00, not 06:00)",
                    "Sc. 12 moved to Day 4; sc. 14 added",
                    "Lunch now 12:30 (sanatorium canteen)",
                ],
                "scenes": [
                    ("11", "INT. BUNKER - RADIO ROOM - 1983", "I", "N", "1, 2", "2"),
                    ("14", "INT. BUNKER - CORRIDOR", "I", "N", "2, 4", "7/8"),
                ],
                "cast": [
                    ("Mads Holm", "VIKTOR", 0),
                    ("Inga Alsiņa", "RASMA", 30),
                    ("Gints Grāvelis", "MAJORS", 90),
                ],
                "notes": [
                    "No mobile signal below ground: walkies channel 4. Last visitors' tour "
                    "leaves at 16:00.",
                ],
                "tomorrow": "Fri 20.11., crew call 07:00, same location",
                "footer": "Gauja Pictures  |  Objekts 54  |  CS 3 v2 (replaces v1)",
            },
        ),
        _lv(
            "mezotne",
            "Hercogiene",
            D(2026, 11, 26),
            "06:45",
            {
                "font": "sans",
                "time_style": "lv",
                "rev": "footer",
                "old_call": "06:00",
                "banner": "CALL SHEET Rev. 2",
                "issued": "Rev. 2 · 25.11.2026 22:05",
                "company": "ZEMGALE FILM SIA",
                "office": "Kalna iela 15, Bauska, LV-3901",
                "credits": "Režisors: Andris Gauja  ·  Producente: Marta Lāce",
                "shoot_day": "19 / 32",
                "times": [
                    ("Kostīmi / Costume pre-call", -60),
                    ("Brokastis / Breakfast", -15),
                    ("Pusdienas / Lunch", 345),
                    ("Beigas / Wrap", 645),
                ],
                "weather": "Skaidrs, -3 °C, sarma",
                "set": "Kupola zāle un parka terase",
                "base_note": "Kemperi pie saimniecības ēkām",
                "scenes": [
                    ("70", "INT. KUPOLA ZĀLE - BALLE", "I", "D", "1, 3, 5, masu sk. 40", "3"),
                    ("71", "EXT. PARKA TERASE", "E", "D", "1, 5", "1"),
                ],
                "cast": [
                    ("Elīna Vāne", "HERCOGIENE", 0),
                    ("Jurijs Djakonovs", "GRĀFS", 30),
                    ("Ieva Segliņa", "KALPONE", 60),
                ],
                # HARD: the first version's call is printed only here, in the notes, after the
                # revised call at the top
                "notes": [
                    "Rev. 1 call 06:00 is cancelled: the palace opens the gates at 06:30. "
                    "Frost on the terrace until 9:00, gritting by the palace staff.",
                ],
                "tomorrow": "piektdiena 27.11., 07:00, Mežotnes pils",
                "footer": "Zemgale Film  |  Hercogiene  |  Rev. 2 - white pages replace Rev. 1",
            },
        ),
    ]


# --- (5) Croatian two-column sheet: times and people left, places right, a rule between ---------


def _hr(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=36.0)
        c.text(x0, 42, "DNEVNI PLAN SNIMANJA / CALL SHEET", 11, bold=True)
        c.right(right, 42, g["company"], 8.5, bold=True)
        c.text(x0, 68, title, 20, bold=True)
        c.right(right, 62, day_text(day, "hr"), 9.5, bold=True)
        c.right(right, 74, f"Snimateljski dan / Shoot day {g['shoot_day']}", 8.5)
        c.hline(x0, right, 82, 1.2)
        mid = (x0 + right) / 2
        c.vline(mid, 92, 560, 0.4)
        lw = mid - x0 - 12
        # left column: the call, times, cast, crew
        y = 104.0
        c.text(x0, y, g["call_label"], 8.5, bold=True)
        c.text(x0, y + 26, hm(call, t), 24, bold=True)
        y += 44
        for lab, off in g["times"]:
            c.text(x0, y, lab, 8, bold=True)
            c.right(mid - 12, y, hm(add_minutes(call, off), t), 8.5)
            y += 12
        c.text(x0, y, "Izlazak / zalazak sunca", 8, bold=True)
        c.right(mid - 12, y, f"{hm(rise, t)} / {hm(fall, t)}", 8.5)
        y += 20
        c.text(x0, y, "GLUMCI / CAST", 8.5, bold=True)
        y += 12
        for name, role, off in g["cast"]:
            fit(c, x0, y, f"{name} ({role})", 8, lw - 60)
            c.right(mid - 12, y, hm(add_minutes(call, off), t), 8)
            y += 11
        y += 10
        c.text(x0, y, "EKIPA / KEY CREW", 8.5, bold=True)
        y += 12
        for role, name, tel in g["crew"]:
            fit(c, x0, y, f"{role}: {name}, {tel}", 7.8, lw)
            y += 11
        y += 10
        c.text(x0, y, "SUTRA / TOMORROW", 8.5, bold=True)
        paragraph(c, x0, y + 12, g["tomorrow"], 8, lw, 10.5)
        # right column: location, base, hospital, weather, scenes
        rx = mid + 12
        rw = right - rx
        y = 104.0
        for head, lines in [
            ("LOKACIJA / LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("BAZA I PARKING / UNIT BASE", [p.base_street, p.base_city, g["base_note"]]),
            (g["hospital_head"], [*hospital_lines(p), *g["hospital_extra"]]),
        ]:
            c.text(rx, y, head, 8.5, bold=True)
            y += 12
            for ln in lines:
                fit(c, rx, y, ln, 8.2, rw)
                y += 10.5
            y += 10
        c.text(rx, y, "VRIJEME / WEATHER", 8.5, bold=True)
        fit(c, rx, y + 12, g["weather"], 8, rw)
        y += 32
        c.text(rx, y, "SCENE / SCENES", 8.5, bold=True)
        y += 12
        for sc, desc, dn, cast in g["scenes"]:
            c.text(rx, y, sc, 8, bold=True)
            fit(c, rx + 22, y, f"{desc}  ({dn})  {cast}", 7.8, rw - 22)
            y += 11
        y = max(y + 16, 580.0)
        titled_notes(c, x0, y, "NAPOMENE / NOTES", 8.5, g["notes"], 8, right - x0, 10.5)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"hr_{key}",
        "hr_two_column",
        "Croatian bilingual call sheet in two columns on A4 with a rule between them: left the "
        f"call ('{g['call_label']}') large, pre-calls, meals, sun, cast with their calls, key "
        "crew and tomorrow; right location, unit base, hospital, weather and scenes; the date in "
        "Croatian ('četvrtak, 12. studenoga 2026.'); notes across the foot",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _hr_sheets() -> list[Sheet]:
    return [
        _hr(
            "motovun",
            "Tartufar",
            D(2026, 11, 13),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "hr",
                "company": "ISTRA FILM d.o.o.",
                "shoot_day": "6 / 20",
                "call_label": "POZIV EKIPE / CREW CALL",
                "times": [
                    ("Šminka / HMU", -60),
                    ("Doručak / Breakfast", -30),
                    ("Prvi kadar / First shot", 90),
                    ("Ručak / Lunch", 330),
                    ("Kraj / Wrap", 630),
                ],
                "cast": [
                    ("Goran Bogdan", "MARIO", 0),
                    ("Lana Barić", "ELENA", 30),
                    ("Livio Badurina", "NONO", 150),
                ],
                "crew": [
                    ("Producent", "Ana Šverko", "+385 91 552 1180"),
                    ("1. AD", "Marko Ivančić", "+385 98 220 417"),
                    ("Lokacije", "Dario Kos", "+385 95 801 3344"),
                ],
                "tomorrow": "subota 14.11., poziv 8.00 h, šuma Motovun (Kotli)",
                "set": "bedemi i gradska loža",
                "base_note": "Shuttle kombijem do trga svakih 15 min",
                "hospital_head": "NAJBLIŽA BOLNICA / NEAREST HOSPITAL",
                "hospital_extra": ["Hitna 194 / 112"],
                "weather": "Magla ujutro, 9 °C, bura slaba",
                "scenes": [
                    ("24", "EXT. BEDEMI - POGLED NA MIRNU", "D", "1, 2"),
                    ("25", "EXT. GRADSKA LOŽA", "D", "1, 3"),
                    ("26", "INT. KONOBA - VEČER", "N", "1, 2, 3"),
                ],
                "notes": [
                    "Do grada se ne može kamionom: oprema kombijima od parkirališta P2. "
                    "Residents' cars pass at all times: hold traffic, don't stop it.",
                ],
                "footer": "Istra Film  |  Tartufar  |  dnevni plan 6",
            },
        ),
        _hr(
            "pejacevic",
            "Posljednja grofica",
            D(2026, 11, 20),
            "08:00",
            {
                "font": "sans",
                "time_style": "hr_col",
                "company": "SLAVONIJA PICTURES",
                "shoot_day": "11 / 25",
                # HARD: the left column opens with the bus from Osijek before the call label
                "call_label": "ZBOR EKIPE NA LOKACIJI / CALL ON LOCATION",
                "times": [
                    ("Autobus iz Osijeka / Bus from Osijek", -75),
                    ("Kostim / Costume", -45),
                    ("Doručak / Breakfast", -30),
                    ("Ručak / Lunch", 360),
                    ("Kraj / Wrap", 660),
                ],
                "cast": [
                    ("Mia Biondić", "DORA", 0),
                    ("Krešimir Mikić", "GROF TEODOR", 45),
                    ("Nataša Dorčić", "GUVERNANTA", 90),
                ],
                "crew": [
                    ("Producentica", "Ivana Babić", "+385 91 330 2204"),
                    ("Kamera", "Bojan Marić", "+385 98 771 0455"),
                ],
                "tomorrow": "subota 21.11., poziv 07:30, dvorac (isto)",
                "set": "salon i glazbena soba",
                "base_note": "Catering u perivoju, šator kod ulaza",
                "hospital_head": "BOLNICA / HOSPITAL",
                "hospital_extra": ["Hitni prijem 0-24 h"],
                "weather": "Oblačno, 5 °C",
                "scenes": [
                    ("40", "INT. SALON - 1913", "D", "1, 2, 3"),
                    ("41", "INT. GLAZBENA SOBA", "D", "1"),
                ],
                "notes": [
                    "Muzej je otvoren za posjetitelje od 9.00 h: snimamo samo u zatvorenim "
                    "sobama. Parquet floors: soft soles only.",
                ],
                "footer": "Slavonija Pictures  |  Posljednja grofica  |  CS 11",
            },
        ),
        _hr(
            "franjevacki",
            "Školjka",
            D(2026, 11, 27),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "hr",
                "company": "ADRIA SERVICE PRODUCTION",
                "shoot_day": "2 / 6",
                "call_label": "POZIV / UNIT CALL",
                "times": [
                    ("Doručak / Breakfast", -20),
                    ("Snimanje / Shooting", 60),
                    ("Ručak / Lunch", 300),
                    ("Kraj / Wrap", 540),
                ],
                "cast": [
                    ("Sophie Lambert", "CLAIRE", 0),
                    ("fra Ante Jukić (kao sebe)", "HIMSELF", 120),
                ],
                "crew": [
                    ("Service producer", "Tomislav Rados", "+385 91 447 0021"),
                    ("Fixer", "Ivan Perić", "+385 99 312 5588"),
                ],
                "tomorrow": "subota 28.11., poziv 6.30 h, Biokovo Skywalk",
                "set": "klaustar i Malakološki muzej",
                "base_note": "Kombiji na rivi, ne u samostanskoj ulici",
                "hospital_head": "NAJBLIŽA BOLNICA / NEAREST HOSPITAL",
                "hospital_extra": ["Hitna pomoć Makarska (Dom zdravlja): 194"],
                "weather": "Sunčano, 14 °C, jugo",
                "scenes": [
                    ("3", "INT. MALAKOLOŠKI MUZEJ - ŠKOLJKE", "D", "1, 2"),
                    ("4", "EXT. KLAUSTAR", "D", "1"),
                ],
                "notes": [
                    "Samostan: pristojna odjeća, bez glasne glazbe. Mass at 18.00 h: all "
                    "gear out of the cloister by 17.30 h.",
                ],
                "footer": "Adria Service Production for Atelier Mistral (Paris)  |  Školjka",
            },
        ),
    ]


# --- (6) Baltic phone-typed calls: a message typed on a phone, printed; one a one-liner day ------


def _phone(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)
    v = partial(hm, style=t)
    values = {
        "title": title,
        "day": day_text(day, g["date_style"]),
        "call": v(call),
        "name": p.name,
        "street": p.street,
        "city": p.city,
        "address": p.address,
        "base": p.base,
        "hospital": p.hospital,
        "hospital_address": p.hospital_address,
        "hospital_phone": p.hospital_phone,
        "rise": v(rise),
        "fall": v(fall),
        "set": g["set"],
        **{k: v(add_minutes(call, off)) for k, off in g["offsets"].items()},
    }

    def make() -> bytes:
        c, x0, right = page((360.0, 760.0), g["font"], margin=22.0)  # type: ignore[arg-type]
        # the messenger's header as printed from the phone: chat name, sender, sent time
        fill(c, 0, 0, c.width, 40, 235)
        c.text(x0, 18, g["chat"], 9.5, bold=True)
        grey_text(c, x0, 31, g["members"], 6.5, 110)
        y = 58.0
        grey_text(c, x0, y, g["sent"], 7, 110)
        y += 14
        for raw in g["lines"]:
            text = raw.format(**values)
            if not text:
                y += 7
                continue
            y = paragraph(c, x0, y, text, g["size"], right - x0, g["size"] + 3.5)
        y += 8
        for reply in g.get("replies", []):
            grey_text(c, x0 + 30, y, reply, 7.5, 90)
            y += 12
        return c.output()

    return _sheet(
        f"phone_{key}",
        "baltic_phone_text",
        "a call typed as a message on a phone and printed from the messenger (a narrow "
        "page): the chat's name and members, the sender's sent time, then free lines in "
        "English with the date, "
        f"call, place, base, hospital and times in the sender's order; {g['what']}",
        make,
        expect(p, title, day, call, g["set"], sun=(None if g.get("no_rise") else rise, fall)),
    )


def _phone_sheets() -> list[Sheet]:
    return [
        _phone(
            "narva",
            "Riverline",
            D(2026, 11, 16),
            "07:00",
            {
                "font": "sans",
                "time_style": "phone",
                "date_style": "phone",
                "size": 9,
                "chat": "RIVERLINE crew (EE unit)",
                "members": "Kertu, Andrei, Jaan, Olga, Tom, Siim + 31 others",
                "sent": "Kertu Tamm (1st AD) · 15.11.2026, 20:41",
                "set": "river terrace and the north tower",
                "offsets": {"hmu": -60, "breakfast": -30, "lunch": 330, "wrap": 630},
                "lines": [
                    "Hi all - {title} call sheet for tmrw, {day} (Day 7/20)",
                    "",
                    "CREW CALL {call}",
                    "HMU pre-call {hmu}, breakfast from {breakfast} at base",
                    "",
                    "SET: {name}, {street}, {city} ({set})",
                    "BASE/PARKING: {base} - NOT at the castle",
                    "",
                    "Lunch {lunch}, wrap ~{wrap}",
                    "Sunrise {rise} / sunset {fall}, +1 and sleet, dress warm",
                    "",
                    "Nearest hospital: {hospital}, {hospital_address}, {hospital_phone}",
                    "Passports on you: the river is the border, guards patrol the bank",
                    "",
                    "PDF call sheet on the drive, this is the short version. K.",
                ],
                "replies": ["Andrei: ok", "Tom: is the shuttle from the hotel still 6:20?"],
                "what": "pre-calls and meals, the border note, replies under it",
            },
        ),
        _phone(
            "moletai",
            "Putinas",
            D(2026, 11, 19),
            "15:30",
            {
                "font": "sans",
                "time_style": "phone",
                "date_style": "phone_full",
                "size": 9.5,
                "chat": "PUTINAS night unit",
                "members": "Rūta, Domas, Gabija, Lukas + 14 others",
                "sent": "Rūta (prod) · 18.11.2026, 22:05",
                "set": "observation tower and the hill",
                # HARD: the whole day on one line, an afternoon call for a night shoot, only
                # the sunset given
                "offsets": {"dinner": 240, "wrap": 660},
                "lines": [
                    "{title} / {day} / NIGHT SHOOT / call {call} @ {name}, {street}, {city} "
                    "({set}) / dinner {dinner} / wrap {wrap} / sunset {fall} / parking: "
                    "{base} / hospital: {hospital}, {hospital_address}",
                ],
                "replies": ["Domas: ok", "Gabija: thermal tent?", "Rūta: yes, 2 heaters"],
                "no_rise": True,
                "what": "a one-liner day: everything on one wrapped line split by slashes",
            },
        ),
        _phone(
            "marijampole",
            "Sūduvos vasara",
            D(2026, 11, 23),
            "08:00",
            {
                "font": "sans",
                "time_style": "phone",
                "date_style": "phone_full",
                "size": 9,
                "chat": "Sūduvos vasara - cast & crew",
                "members": "Aistė, Marius, Jonas, Eglė + 22 others",
                "sent": "Aistė (2nd AD) · 22.11.2026, 19:12",
                "set": "main stage and the scene dock",
                # HARD: the hotel pick-up comes first, on its own line, before the call
                "offsets": {"pickup": -45, "breakfast": -30, "lunch": 300, "wrap": 600},
                "lines": [
                    "Good evening! Tomorrow {day}, {title}, day 12",
                    "",
                    "Pick-up {pickup} from Hotel Sudavija (cast + camera)",
                    "Call time {call} at the theatre",
                    "{name}",
                    "{street}, {city}",
                    "Stage: {set}",
                    "",
                    "Breakfast {breakfast}, lunch {lunch}, wrap {wrap}",
                    "Crew parking: {base}",
                    "Hospital: {hospital}, {hospital_address} (tel {hospital_phone})",
                    "Sun {rise} - {fall}",
                ],
                "replies": ["Marius: got it, thx"],
                "what": "a hotel pick-up line before the call",
            },
        ),
    ]


# --- near misses: share call-sheet words, are not call sheets -------------------------------


def _invoice() -> bytes:
    """A freelance gaffer's invoice for shoot days: dates, day rate, the set's address, VAT."""
    c, x0, right = page("A4", "helvetica", margin=50.0)
    c.text(x0, 60, "Jari Mäkelä", 14, bold=True)
    grey_text(c, x0, 74, "Valaisumestari / Gaffer  ·  Rautatienkatu 19 B 12, 15110 Lahti", 8)
    grey_text(c, x0, 85, "Y-tunnus 2987654-1  ·  +358 44 908 1177  ·  jari.makela@example.fi", 8)
    c.right(right, 60, "LASKU / INVOICE", 16, bold=True)
    label_grid(
        c,
        right - 200,
        84,
        right,
        [("Laskun nro", "2026-041"), ("Päiväys", "27.11.2026"), ("Eräpäivä", "11.12.2026")],
        1,
        12,
        (8, 8.5),
        90,
    )
    y = 140.0
    c.text(x0, y, "Laskutettava / Bill to:", 8, bold=True)
    for i, ln in enumerate(
        ["Pohjoisvalo Films Oy", "Vesijärvenkatu 11 A", "15140 Lahti", "Y-tunnus 3012345-6"]
    ):
        c.text(x0, y + 12 + 11 * i, ln, 9)
    c.text(x0 + 260, y, "Tuotanto / Production:", 8, bold=True)
    c.text(x0 + 260, y + 12, "Jäätyvä satama (feature), PO 4471", 9)
    c.text(x0 + 260, y + 23, "Set: Sibeliustalo, Ankkurikatu 7, 15140 Lahti", 9)
    y += 72
    _table(
        c,
        x0,
        y,
        ["PVM / DATE", "KUVAUSPÄIVÄ / DAY", "KUVAUS / DESCRIPTION", "TUNNIT", "EUR"],
        [0, 80, 170, 340, 400],
        [
            ("9.11.2026", "Prep", "Pre-light, call 7.00-15.00", "8", "520,00"),
            ("10.11.2026", "Day 12", "Shoot, call 6.30, wrap 18.00 (ylityö 1 h)", "11", "780,00"),
            ("11.11.2026", "Day 13", "Shoot, call 8.00 - 18.30", "10", "715,00"),
            ("12.11.2026", "Wrap", "De-rig, Sibeliustalo", "6", "390,00"),
            ("", "", "Kilometrit / Mileage 84 km à 0,59", "", "49,56"),
        ],
        right,
        size=8.5,
        lead=15,
    )
    y += 110
    for lab, val in [
        ("Veroton yhteensä / Net", "2 454,56"),
        ("ALV 25,5 % / VAT", "625,91"),
        ("YHTEENSÄ / TOTAL EUR", "3 080,47"),
    ]:
        c.text(right - 230, y, lab, 9, bold=lab.startswith("YHT"))
        c.right(right, y, val, 9, bold=lab.startswith("YHT"))
        y += 14
    y += 20
    paragraphs(
        c,
        x0,
        y,
        [
            "Day rate 650,00 EUR / 10 h, overtime 65,00 EUR/h as agreed in the deal memo.",
            "Maksu tilille / Pay to: FI21 1234 5600 0007 85, viite 20260411. Viivästyskorko 8 %.",
        ],
        8.5,
        right - x0,
        12,
    )
    return c.output()


def _meeting_agenda() -> bytes:
    """A production meeting's agenda: date, time, room, attendees, numbered items."""
    c, x0, right = page("A4", "sans", margin=48.0)
    c.text(x0, 56, "PRODUCTION MEETING - AGENDA", 15, bold=True)
    c.text(x0, 72, "Majster Pavol  ·  Tatra Film Slovakia s.r.o.", 9)
    c.hline(x0, right, 80, 1.0)
    label_grid(
        c,
        x0,
        98,
        right,
        [
            ("Date:", "Thursday 5 November 2026"),
            ("Time:", "10:00 - 12:30"),
            ("Place:", "Radnica Levoča, meeting room 2nd floor"),
            ("Chair:", "Zuzana Kováčová (1st AD)"),
        ],
        2,
        14,
        (8.5, 9),
        44,
    )
    y = 140.0
    c.text(x0, y, "Attendees:", 9, bold=True)
    y = paragraph(
        c,
        x0 + 60,
        y,
        "Marek Šulík (Dir.), Lucia Benková (Prod.), Rastislav Hudec (DoP), Ivan Kollár (Gaffer), "
        "Mária Vrabcová (Costume), Eva Tóthová (HMU), Ján Pollák (Locations), Dr. Peter Kuna "
        "(Set medic)",
        9,
        right - x0 - 60,
        12,
    )
    y += 14
    items = [
        "Schedule: shoot day 1 is Monday 9 November; crew call 7:00 at the Town Hall, "
        "HMU pre-call 6:15. Confirm the first week's calls (7:00 / 7:30 / 7:00).",
        "Locations: Námestie Majstra Pavla 2 permit signed; the square stays open to "
        "pedestrians. Unit base at the Košická brána car park from 5:30.",
        "Safety: nearest hospital Nemocnica AGEL Levoča, Probstnerova cesta 2; set medic from "
        "day 1. Risk assessment for the bell tower to be circulated by Friday.",
        "Costume and HMU: 40 period extras on day 2, fittings 6-7 November.",
        "Catering: breakfast from 6:30, lunch 12:30 on the square (tent).",
        "AOB. Next meeting: Monday 16 November, 18:30, after wrap.",
    ]
    for i, it in enumerate(items, 1):
        c.text(x0, y, f"{i}.", 9.5, bold=True)
        y = paragraph(c, x0 + 18, y, it, 9.5, right - x0 - 18, 12.5) + 6
    y += 10
    grey_text(c, x0, y, "Please read the draft schedule v3 before the meeting.  - Z.K.", 8.5)
    return c.output()


def _chaperone_record() -> bytes:
    """A child performer's chaperone record with the performance licence's details."""
    c, x0, right = page("A4", "helvetica", margin=44.0)
    c.text(x0, 52, "CHILD PERFORMER - CHAPERONE DAILY RECORD", 13.5, bold=True)
    c.text(x0, 66, "and performance licence details (UK licence, filming abroad)", 8.5)
    c.hline(x0, right, 74, 1.0)
    label_grid(
        c,
        x0,
        92,
        right,
        [
            ("Child:", "Ella Whitfield (age 10)"),
            ("Production:", "Školjka"),
            ("Licence no.:", "LBH/CPL/2026/0419"),
            ("Issued by:", "London Borough of Hackney"),
            ("Valid:", "16.11.2026 - 04.12.2026"),
            ("Max. days:", "12 (abroad, s.25 CYPA 1963)"),
            ("Chaperone:", "Margaret Doyle (lic. LBC/CH/1187)"),
            ("Parent contact:", "+44 7700 900633"),
        ],
        2,
        14,
        (8.5, 9),
        70,
    )
    y = 160.0
    c.text(x0, y, "Place of performance: Franjevački samostan, Franjevački put 1, Makarska", 9)
    y += 18
    _table(
        c,
        x0,
        y,
        ["DATE", "ARRIVED", "ON SET", "BREAKS", "TUITION", "LEFT", "HOURS", "SIGNED"],
        [0, 70, 125, 185, 265, 330, 385, 435],
        [
            (
                "27.11.2026",
                "07:40",
                "09:00-10:30",
                "10:30-11:00",
                "11:00-14:00",
                "15:30",
                "4.5",
                "M.D.",
            ),
            ("28.11.2026", "", "", "", "", "", "", ""),
            ("29.11.2026", "", "", "", "", "", "", ""),
        ],
        right,
        size=8.5,
        lead=16,
        ruled=True,
    )
    y += 90
    paragraphs(
        c,
        x0,
        y,
        [
            "Limits for a child of 10: at most 5 hours at the place of performance, 3 hours "
            "performing, no more than 2.5 hours continuously; earliest 07:00, latest 19:00; "
            "a 12-hour break between days. Meals and rest breaks as logged above.",
            "The chaperone keeps this record with the licence and shows it to the local "
            "authority on request. Tutor: Sarah Kemp (3 hours a day on school days).",
        ],
        8.5,
        right - x0,
        11.5,
    )
    y += 90
    c.hline(x0, x0 + 200, y, 0.5)
    c.text(x0, y + 11, "Chaperone's signature", 8)
    c.hline(x0 + 260, right, y, 0.5)
    c.text(x0 + 260, y + 11, "Production (Adria Service Production)", 8)
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "near_miss_freelancer_invoice",
            "near_miss",
            "a freelance gaffer's invoice (Finnish / English) for prep, shoot and wrap days: "
            "invoice number and dates, bill-to the production company, the production and the "
            "set's address, a line per date with its call and wrap times, VAT, bank details",
            _invoice,
            OTHER,
        ),
        _sheet(
            "near_miss_meeting_agenda",
            "near_miss",
            "a production meeting agenda: date, time, place, chair, attendees; numbered items "
            "naming shoot day 1's date and crew call, the set's street, the unit base, the "
            "nearest hospital, breakfast and lunch",
            _meeting_agenda,
            OTHER,
        ),
        _sheet(
            "near_miss_chaperone_record",
            "near_miss",
            "a child performer's chaperone daily record with the performance licence's "
            "details: child, production, licence number and dates, the place of performance "
            "with its street, a log of arrival / on set / breaks / tuition times, hour limits",
            _chaperone_record,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_fi_sheets(),
        *_sk_sheets(),
        *_si_sheets(),
        *_lv_sheets(),
        *_hr_sheets(),
        *_phone_sheets(),
        *_other_sheets(),
    ]
