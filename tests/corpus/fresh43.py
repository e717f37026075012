"""Forty-fourth held-out set: six kinds of call sheet sent to crews across the world, in cities
(P-Z) not yet in the corpus (`fresh43_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh43"). Polish feature "dzienny plan pracy" on a landscape grid from Tychy,
Puławy and Pszczyna ("czwartek, 15 października 2026", "ZBIÓRKA EKIPY 7:00", a right-hand
column of place, base and hospital), Czech "denní dispozice" from Zlín, Třebíč and Písek ("SRAZ
ŠTÁBU 7.00 hod." boxed at the right, "čtvrtek 15. října 2026", a time-first ČASOVÝ PLÁN), US
indie feature spreadsheet exports from Pueblo, Paducah and Sarasota (merged cells, gridlines, a
"GENERAL CREW CALL" cell in the middle of the header), UK plain grids from Penzance, Stockport and
Tewkesbury (DATE | UNIT CALL | LOCATION, a "Hospital:" line a few millimetres under the grid),
Chilean "hoja de citación" from Valparaíso, Viña del Mar and Temuco ("CITACIÓN GENERAL 07:30 hrs",
"colación", "Urgencia más cercana", SAMU 131) and Swedish / Danish callsheets from Ystad, Umeå and
Vejle ("Samling 07.30", "Mødetid kl. 7.30", "Närmaste akutmottagning", "Nærmeste
akutmodtagelse"). Three near misses, all `other`: a theatre's daily rehearsal schedule with
calls, a short film festival's call for entries and a TV studio audience ticket.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from tests.corpus.draw import black, centre, grey, measure
from tests.corpus.formats import add_minutes, pl_weekday
from tests.corpus.fresh_common import (
    boxed_cells,
    cast_times,
    clock,
    date_or,
    expect,
    fill,
    grey_text,
    head_table,
    hospital_lines,
    page,
    paragraph,
    paragraphs,
    sheet_basics,
    sheet_maker,
    stacked_tables,
    time_or,
    timed_rows,
    titled_notes,
)
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, cell, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # (1) Polish feature dzienny plan pracy, landscape grid: Tychy, Puławy, Pszczyna
    "browarium": _p(
        "pl",
        "Tyskie Browarium",
        "ul. Katowicka 9",
        "43-100 Tychy",
        50.1290,
        18.9930,
        "Europe/Warsaw",
        "Megrez Szpital Wojewódzki",
        "ul. Edukacji 102",
        "43-100 Tychy",
        "+48 32 325 50 00",
        "ul. Katowicka (parking przy Browarium)",
        "43-100 Tychy",
    ),
    "czartoryscy": _p(
        "pl",
        "Pałac Czartoryskich",
        "ul. Czartoryskich 6",
        "24-100 Puławy",
        51.4160,
        21.9650,
        "Europe/Warsaw",
        "Szpital Specjalistyczny w Puławach",
        "ul. Józefa Bema 1",
        "24-100 Puławy",
        "+48 81 886 43 31",
        "ul. Włostowicka (parking miejski)",
        "24-100 Puławy",
    ),
    "zamekpszczyna": _p(
        "pl",
        "Muzeum Zamkowe w Pszczynie",
        "ul. Brama Wybrańców 1",
        "43-200 Pszczyna",
        49.9790,
        18.9420,
        "Europe/Warsaw",
        "Szpital Joannitas w Pszczynie",
        "ul. Antoniego Dobrowolskiego 1",
        "43-200 Pszczyna",
        "+48 32 449 30 00",
        "ul. Katowicka (parking przy dworcu)",
        "43-200 Pszczyna",
    ),
    # (2) Czech denní dispozice: Zlín, Třebíč, Písek
    "batainstitut": _p(
        "eu",
        "Baťův institut",
        "Vavrečkova 7040",
        "760 01 Zlín",
        49.2215,
        17.6620,
        "Europe/Prague",
        "Krajská nemocnice T. Bati",
        "Havlíčkovo nábřeží 600",
        "760 01 Zlín",
        "+420 577 551 111",
        "parkoviště Zlínské kino, Tř. Tomáše Bati",
        "760 01 Zlín",
    ),
    "zadnisynagoga": _p(
        "eu",
        "Zadní synagoga",
        "Subakova 1/44",
        "674 01 Třebíč",
        49.2170,
        15.8810,
        "Europe/Prague",
        "Nemocnice Třebíč",
        "Purkyňovo náměstí 133/2",
        "674 01 Třebíč",
        "+420 568 809 111",
        "parkoviště u Podklášterského mostu, Podklášteří",
        "674 01 Třebíč",
    ),
    "prachenske": _p(
        "eu",
        "Prácheňské muzeum",
        "Velké náměstí 114",
        "397 01 Písek",
        49.3090,
        14.1460,
        "Europe/Prague",
        "Nemocnice Písek",
        "Karla Čapka 589",
        "397 01 Písek",
        "+420 382 772 111",
        "parkoviště Na Výstavišti, Budějovická",
        "397 01 Písek",
    ),
    # (3) US indie feature spreadsheet exports: Pueblo, Paducah, Sarasota
    "rosemount": _p(
        "us",
        "Rosemount Museum",
        "419 W 14th St",
        "Pueblo, CO 81003",
        38.2735,
        -104.6120,
        "America/Denver",
        "Parkview Medical Center",
        "400 W 16th St",
        "Pueblo, CO 81003",
        "(719) 584-4000",
        "Mineral Palace Park lot, 1600 N Santa Fe Ave",
        "Pueblo, CO 81003",
    ),
    "quiltmuseum": _p(
        "us",
        "National Quilt Museum",
        "215 Jefferson St",
        "Paducah, KY 42001",
        37.0870,
        -88.5980,
        "America/Chicago",
        "Baptist Health Paducah",
        "2501 Kentucky Ave",
        "Paducah, KY 42003",
        "(270) 575-2100",
        "Riverfront lot, Water St at Broadway",
        "Paducah, KY 42001",
    ),
    "ringling": _p(
        "us",
        "The Ringling",
        "5401 Bay Shore Rd",
        "Sarasota, FL 34243",
        27.3815,
        -82.5600,
        "America/New_York",
        "Sarasota Memorial Hospital",
        "1700 S Tamiami Trl",
        "Sarasota, FL 34239",
        "(941) 917-9000",
        "Ringling visitor lot B, Bay Shore Rd",
        "Sarasota, FL 34243",
    ),
    # (4) UK plain grid with a hospital line under it: Penzance, Stockport, Tewkesbury
    "jubileepool": _p(
        "uk",
        "Jubilee Pool",
        "Battery Road",
        "Penzance TR18 4FF",
        50.1145,
        -5.5330,
        "Europe/London",
        "Royal Cornwall Hospital",
        "Treliske",
        "Truro TR1 3LJ",
        "01872 250000",
        "Harbour car park, Wharf Road",
        "Penzance TR18 4AH",
    ),
    "hatworks": _p(
        "uk",
        "Hat Works Museum",
        "Wellington Road South",
        "Stockport SK3 0EU",
        53.4065,
        -2.1600,
        "Europe/London",
        "Stepping Hill Hospital",
        "Poplar Grove",
        "Stockport SK2 7JE",
        "0161 483 1010",
        "Heaton Lane car park, Heaton Lane",
        "Stockport SK4 1AQ",
    ),
    "tewkesburyabbey": _p(
        "uk",
        "Tewkesbury Abbey",
        "Church Street",
        "Tewkesbury GL20 5RZ",
        51.9905,
        -2.1605,
        "Europe/London",
        "Gloucestershire Royal Hospital",
        "Great Western Road",
        "Gloucester GL1 3NN",
        "0300 422 2222",
        "Gander Lane car park, Gander Lane",
        "Tewkesbury GL20 5TB",
    ),
    # (5) Chilean hoja de citación: Valparaíso, Viña del Mar, Temuco
    "baburizza": _p(
        "eu",
        "Palacio Baburizza",
        "Paseo Yugoslavo 176",
        "Cerro Alegre, Valparaíso",
        -33.0420,
        -71.6290,
        "America/Santiago",
        "Hospital Carlos Van Buren",
        "San Ignacio 725",
        "Valparaíso",
        "+56 32 236 4000",
        "Estacionamiento Plaza Sotomayor, Av. Errázuriz",
        "Valparaíso",
    ),
    "palaciorioja": _p(
        "eu",
        "Palacio Rioja",
        "Quillota 214",
        "Viña del Mar",
        -33.0220,
        -71.5530,
        "America/Santiago",
        "Hospital Dr. Gustavo Fricke",
        "Álvarez 1532",
        "Viña del Mar",
        "+56 32 257 7600",
        "Estacionamiento calle Von Schroeders",
        "Viña del Mar",
    ),
    "ferroviario": _p(
        "eu",
        "Museo Nacional Ferroviario Pablo Neruda",
        "Av. Barros Arana 565",
        "Temuco",
        -38.7290,
        -72.5760,
        "America/Santiago",
        "Hospital Dr. Hernán Henríquez Aravena",
        "Manuel Montt 115",
        "Temuco",
        "+56 45 255 9000",
        "Patio de maniobras del museo, acceso Av. Barros Arana",
        "Temuco",
    ),
    # (6) Swedish / Danish callsheets: Ystad, Umeå, Vejle
    "ystadsteater": _p(
        "eu",
        "Ystads Teater",
        "Sjömansgatan 13",
        "271 41 Ystad",
        55.4285,
        13.8230,
        "Europe/Stockholm",
        "Ystads lasarett",
        "Kristianstadsvägen 3",
        "271 33 Ystad",
        "0411-99 50 00",
        "Parkering Österportstorg, Österportstorg",
        "271 41 Ystad",
    ),
    "vaven": _p(
        "eu",
        "Väven",
        "Storgatan 46A",
        "903 26 Umeå",
        63.8245,
        20.2630,
        "Europe/Stockholm",
        "Norrlands universitetssjukhus",
        "Daniel Naezéns väg 1",
        "907 37 Umeå",
        "090-785 00 00",
        "P-hus Forum, Skolgatan",
        "903 26 Umeå",
    ),
    "vejlekunst": _p(
        "eu",
        "Vejle Kunstmuseum",
        "Flegborg 16",
        "7100 Vejle",
        55.7090,
        9.5330,
        "Europe/Copenhagen",
        "Kolding Sygehus",
        "Sygehusvej 24",
        "6000 Kolding",
        "76 36 20 00",
        "Parkering Sønderbrogade, Sønderbrogade",
        "7100 Vejle",
    ),
}

CZ_WD = ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"]
CZ_WD_SHORT = ["po", "út", "st", "čt", "pá", "so", "ne"]
CZ_MON = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna"]
CZ_MON += ["září", "října", "listopadu", "prosince"]
ES_WD = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto"]
ES_MON += ["septiembre", "octubre", "noviembre", "diciembre"]
SV_WD = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
SV_MON = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti"]
SV_MON += ["september", "oktober", "november", "december"]
DA_WD = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
DA_MON = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august"]
DA_MON += ["september", "oktober", "november", "december"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "pl": f"{h}:{m:02d}",  # "7:00"
        "cz_hod": f"{h}.{m:02d} hod.",  # "7.00 hod."
        "cz_dot": f"{h}.{m:02d}",  # "7.00"
        "us_short": f"{h12}:{m:02d}{ap[0]}",  # "7:00A"
        "uk_am": f"{h12}.{m:02d}{ap.lower()}",  # "8.00am"
        "cl_hrs": f"{h:02d}:{m:02d} hrs",  # "07:30 hrs"
        "cl_dot_hrs": f"{h:02d}.{m:02d} hrs",  # "07.30 hrs"
        "sv": f"{h:02d}.{m:02d}",  # "07.30"
        "sv_kl": f"kl. {h:02d}.{m:02d}",  # "kl. 07.30"
        "da_kl": f"kl. {h}.{m:02d}",  # "kl. 7.30"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    wd = d.weekday()
    forms = {
        "pl_dots_wd": f"{d.day:02d}.{d.month:02d}.{d.year} ({pl_weekday(d)})",
        "cz_long": f"{CZ_WD[wd]} {d.day}. {CZ_MON[d.month - 1]} {d.year}",
        "cz_short": f"{CZ_WD_SHORT[wd]} {d.day}. {d.month}. {d.year}",
        "cz_after": f"{d.day}. {CZ_MON[d.month - 1]} {d.year} ({CZ_WD[wd]})",
        "us_slash_wd": f"{d:%A}, {d.month}/{d.day}/{d.year}",  # "Thursday, 10/15/2026"
        "us_abbr": f"{d:%a} {d:%b} {d.day}, {d.year}",  # "Thu Oct 29, 2026"
        "es_long": f"{ES_WD[wd].capitalize()} {d.day} de {ES_MON[d.month - 1]} de {d.year}",
        "es_slash": f"{ES_WD[wd][:3]}. {d.day:02d}/{d.month:02d}/{d.year}",  # "jue. 22/10/2026"
        "sv_long": f"{SV_WD[wd]} {d.day} {SV_MON[d.month - 1]} {d.year}",
        "sv_iso_week": f"{d.isoformat()} (v. {d.isocalendar()[1]})",
        "da_long": f"{DA_WD[wd]} den {d.day}. {DA_MON[d.month - 1]} {d.year}",
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh43")
_para = paragraph
_table = head_table


# --- (1) Polish feature dzienny plan pracy on a landscape grid --------------------------------


def _pl(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, lay = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], orientation="L", margin=28.0)
        c.text(x0, 34, g["company"], 9, bold=True)
        grey_text(c, x0, 45, g["company_addr"], 7, 100)
        centre(c, 38, f"DZIENNY PLAN PRACY nr {g['no']}", 15)
        centre(c, 54, f"film fabularny „{title}”", 11, bold=False)
        c.right(right, 34, f"reż. {g['director']}", 8)
        c.right(right, 45, f"II reż. {g['ad']}", 8)
        y = 66.0
        date_s = day_text(day, g["date_style"])
        zb = hm(call, t)
        if lay == "grid":
            # one ruled row of five cells across the page
            ws = [230.0, 110.0, 130.0, 150.0]
            ws.append(right - x0 - sum(ws))
            heads = ["DATA", "DZIEŃ ZDJĘCIOWY", "ZBIÓRKA EKIPY", "WSCHÓD / ZACHÓD", "POGODA"]
            vals = [date_s, g["day_of"], zb, f"{hm(rise, t)} / {hm(fall, t)}", g["weather"]]
            c.grid(x0, y, ws, [40.0])
            xx = x0
            for w, h, v in zip(ws, heads, vals, strict=True):
                fit(c, xx + 4, y + 10, h, 7, w - 8, bold=True)
                big = h == "ZBIÓRKA EKIPY"
                fit(c, xx + 4, y + 31, v, 16 if big else 10, w - 8, bold=big)
                xx += w
            y += 54
        else:
            # label / value pairs run across one shaded strip, the call boxed at its end
            fill(c, x0, y, right - x0, 30, 225)
            pairs = [
                ("Data:", date_s),
                ("Dzień:", g["day_of"]),
                ("Wschód:", hm(rise, t)),
                ("Zachód:", hm(fall, t)),
            ]
            xx = x0 + 6
            for lab, val in pairs:
                xx += c.text(xx, y + 19, lab, 8.5, bold=True) + 4
                xx += c.text(xx, y + 19, val, 10) + 16
            box_w = 170.0
            c.box(right - box_w, y, box_w, 30, 1.2)
            c.text(right - box_w + 6, y + 19, g["call_label"], 8.5, bold=True)
            c.right(right - 6, y + 21, zb, 15, bold=True)
            y += 44
        # left: the day's timetable and scenes; right: place, base, hospital
        split = x0 + (right - x0) * 0.64
        lw = split - x0 - 10
        rows = timed_rows(g["timeline"], call, partial(hm, style=t))
        y1 = _table(
            c,
            x0,
            y + 10,
            ["GODZ.", "HARMONOGRAM DNIA"],
            [0, 60],
            rows,
            x0 + lw,
            size=9,
            lead=13,
            ruled=True,
        )
        y1 = _table(
            c,
            x0,
            y1 + 4,
            ["OBRAZ", "W/P", "P.D.", "OBIEKT / SCENA", "OBSADA", "STR."],
            [0, 44, 74, 104, 330, lw - 40],
            g["scenes"],
            x0 + lw,
            size=8.5,
            lead=12.5,
            ruled=True,
        )
        y1 = _table(
            c,
            x0,
            y1 + 4,
            ["AKTOR", "POSTAĆ", "TRANSPORT", "CHARAKT.", "NA PLANIE"],
            [0, 130, 250, 330, 410],
            cast_times(g["cast"], call, partial(hm, style=t), (-30, 0, 75)),
            x0 + lw,
            size=8.5,
            lead=12.5,
            ruled=True,
        )
        rw = right - split
        yr = y
        blocks = [
            ("MIEJSCE ZDJĘĆ", [p.name, p.street, p.city, f"Obiekt: {g['set']}"], 64),
            ("BAZA / PARKING", [p.base_street, p.base_city, g["base_note"]], 52),
            (
                "NAJBLIŻSZY SZPITAL (SOR)",
                [p.hospital, p.hospital_street, p.hospital_city, f"tel. {p.hospital_phone}"],
                64,
            ),
        ]
        for head, lines, h in blocks:
            c.box(split, yr, rw, h, 0.6)
            cell(c, split, yr, rw, head, lines, label_size=7.5, size=9)
            yr += h
        fill(c, split, yr + 6, rw, 18, 40)
        c.pdf.set_text_color(255, 255, 255)
        c.text(split + 6, yr + 19, "TELEFON ALARMOWY 112", 9, bold=True)
        black(c)
        yr += 40
        yr = titled_notes(c, split, yr, "UWAGI", 8.5, g["notes"], 8, rw, 10.5)
        y = max(y1, yr) + 2
        if g.get("tomorrow"):
            # HARD: tomorrow's plan in a strip at the foot, with its own date and zbiórka
            nd, ncall, nplace = g["tomorrow"]
            fill(c, x0, y, right - x0, 16, 235)
            c.text(
                x0 + 6,
                y + 11.5,
                f"PLAN NA JUTRO: {day_text(nd, 'pl_weekday_genitive')}  ·  zbiórka "
                f"{hm(ncall, t)}  ·  {nplace}",
                8.5,
                bold=True,
            )
            y += 26
        grey_text(c, x0, c.pdf.h - 18, g["footer"], 7, 120)
        return c.output()

    return _sheet(
        f"pl_{key}",
        "pl_dpp_landscape",
        "Polish feature 'dzienny plan pracy' on a landscape A4 grid: a ruled row of header cells "
        "or a shaded strip with the zbiórka boxed at its end, 'czwartek, 15 października 2026', "
        "a timetable, scenes and cast on the left, place / base / SOR hospital on the right; "
        f"layout '{lay}'",
        make,
        expect(p, title, day, call, f"Obiekt: {g['set']}"),
    )


def _pl_sheets() -> list[Sheet]:
    return [
        _pl(
            "browarium",
            "Gorzki Słód",
            D(2026, 10, 15),
            "07:00",
            {
                "layout": "grid",
                "font": "sans",
                "time_style": "pl",
                "date_style": "pl_weekday_genitive",
                "company": "Studio Filmowe Kadr Śląsk sp. z o.o.",
                "company_addr": "ul. Armii Krajowej 40, 43-100 Tychy  ·  tel. 32 555 01 20",
                "no": "12",
                "director": "Marta Kędzior",
                "ad": "Paweł Lis",
                "day_of": "12 z 31",
                "weather": "pochmurno, 9°C, wiatr 15 km/h",
                "set": "warzelnia i sala degustacyjna",
                "base_note": "wozy techniczne, catering",
                "timeline": [
                    (0, "Zbiórka ekipy, śniadanie"),
                    (15, "Charakteryzacja i kostiumy: obsada wg rozpisu"),
                    (75, "Gotowość do zdjęć, próba"),
                    (300, "Obiad (60 min)"),
                    (660, "Planowany koniec zdjęć"),
                ],
                "scenes": [
                    ("41", "W", "D", "BROWAR - WARZELNIA", "Hanka, Ernest", "2 2/8"),
                    ("42", "W", "D", "BROWAR - SALA DEGUSTACYJNA", "Hanka, Zyga", "1 5/8"),
                    ("47", "W", "W", "BROWAR - KORYTARZ", "Ernest", "4/8"),
                ],
                "cast": [
                    ("Agnieszka Pyka", "HANKA", 15),
                    ("Robert Wanat", "ERNEST", 30),
                    ("Józef Kurek", "ZYGA", 120),
                ],
                "notes": [
                    "Browarium otwarte dla zwiedzających od 10:00: trasa turystyczna wyłączona z "
                    "planu, prosimy o ciszę przy kadziach.",
                ],
                "footer": "Gorzki Słód  ·  DPP nr 12  ·  Studio Filmowe Kadr Śląsk",
            },
        ),
        _pl(
            "czartoryscy",
            "Ogród Księżnej",
            D(2026, 10, 22),
            "06:30",
            {
                "layout": "strip",
                "font": "helvetica",
                "time_style": "dot",
                "date_style": "pl_dots_wd",
                "call_label": "ZBIÓRKA:",
                "company": "Wisła Film Production",
                "company_addr": "ul. Piłsudskiego 8, 24-100 Puławy  ·  tel. 81 555 02 77",
                "no": "7",
                "director": "Tomasz Zieliński",
                "ad": "Iga Sowa",
                "day_of": "7/24",
                "weather": "słonecznie, 11°C",
                "set": "Sala Gotycka i taras od strony parku",
                "base_note": "catering w oranżerii",
                "timeline": [
                    (0, "Zbiórka, ustawienie światła w Sali Gotyckiej"),
                    (30, "Charakteryzacja: Izabela, Adam"),
                    (90, "Zdjęcia: obraz 18"),
                    (330, "Obiad"),
                    (390, "Taras: obrazy 21, 22 (światło zachodzące)"),
                    (600, "Koniec dnia zdjęciowego"),
                ],
                "scenes": [
                    ("18", "W", "D", "PAŁAC - SALA GOTYCKA", "Izabela, Adam", "3"),
                    ("21", "P", "D", "PAŁAC - TARAS", "Izabela", "1 1/8"),
                    ("22", "P", "W", "PAŁAC - TARAS, ZMIERZCH", "Izabela, Adam", "6/8"),
                ],
                "cast": [
                    ("Joanna Maj", "IZABELA", 30),
                    ("Krzysztof Dąb", "ADAM", 60),
                ],
                "notes": [
                    "Zabytkowe posadzki: statywy tylko na podkładkach. Taras od 16:00 zamknięty "
                    "dla zwiedzających.",
                ],
                "footer": "Ogród Księżnej  ·  dzienny plan pracy nr 7  ·  Wisła Film Production",
            },
        ),
        _pl(
            "zamekpszczyna",
            "Ostatni Bal",
            D(2026, 11, 5),
            "07:30",
            {
                "layout": "grid",
                "font": "helvetica",
                "time_style": "h24",
                "date_style": "pl_weekday_genitive",
                "company": "Żubr Pictures sp. z o.o.",
                "company_addr": "ul. Piastowska 12, 43-200 Pszczyna  ·  tel. 32 555 03 41",
                "no": "19",
                "director": "Ewa Grzybek",
                "ad": "Michał Olszówka",
                "day_of": "19 / 40",
                "weather": "mgła rano, 5°C",
                "set": "Sala Lustrzana i Wielka Jadalnia",
                "base_note": "autobus z hotelu wg rozpisu",
                "timeline": [
                    (0, "Zbiórka całej ekipy na zamku"),
                    (20, "Charakteryzacja, kostiumy (statyści w oficynie)"),
                    (90, "Próba balu, zdjęcia"),
                    (330, "Obiad w oficynie"),
                    (630, "Koniec zdjęć"),
                ],
                "scenes": [
                    (
                        "63",
                        "W",
                        "W",
                        "ZAMEK - SALA LUSTRZANA, BAL",
                        "Daisy, Jan, statyści",
                        "3 4/8",
                    ),
                    ("64", "W", "W", "ZAMEK - WIELKA JADALNIA", "Daisy, Jan", "1 2/8"),
                ],
                "cast": [
                    ("Natalia Orzeł", "DAISY", 0),
                    ("Bartosz Lach", "JAN", 45),
                ],
                "notes": [
                    "Muzeum zamknięte dla zwiedzających w czwartek. Buty z miękką podeszwą w "
                    "salach reprezentacyjnych.",
                ],
                "tomorrow": (D(2026, 11, 6), "08:00", "Park Zamkowy, Herbaciarnia"),
                "footer": "Ostatni Bal  ·  DPP nr 19  ·  Żubr Pictures",
            },
        ),
    ]


# --- (2) Czech denní dispozice ----------------------------------------------------------------


def _cz(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, lay = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", "sans", margin=40.0)
        c.text(x0, 46, f"DENNÍ DISPOZICE č. {g['no']}", 17, bold=True)
        c.text(x0, 64, f"{g['kind']} „{title}“", 11)
        grey_text(c, x0, 77, g["company"], 8, 90)
        bw = 150.0
        c.box(right - bw, 30, bw, 54, 1.4)
        lab = g["call_label"]
        c.text(right - bw + (bw - measure(c, lab, 8.5, bold=True)) / 2, 44, lab, 8.5, bold=True)
        big = hm(call, t)
        c.text(right - bw + (bw - measure(c, big, 20, bold=True)) / 2, 72, big, 20, bold=True)
        c.hline(x0, right, 92, 0.8)
        y = 110.0
        date_s = day_text(day, g["date_style"])
        if lay == "line":
            c.text(x0, y, f"Datum: {date_s}", 10.5, bold=True)
            c.right(right, y, f"Natáčecí den: {g['day_of']}", 10)
            y += 22
        else:
            half = (right - x0) / 2
            c.box(x0, y - 12, half, 30, 0.5)
            c.box(x0 + half, y - 12, half, 30, 0.5)
            cell(c, x0, y - 12, half, "DATUM", [date_s], label_size=7, size=10.5)
            cell(c, x0 + half, y - 12, half, "NATÁČECÍ DEN", [g["day_of"]], label_size=7, size=10.5)
            y += 36
        # the day's plan, time first
        c.text(x0, y, "ČASOVÝ PLÁN", 10, bold=True)
        y += 15
        for o, what in g["plan"]:
            c.text(x0, y, hm(add_minutes(call, o), t), 9.5, bold=o == 0)
            c.text(x0 + 80, y, what, 9.5, bold=o == 0)
            y += 13
        y += 10
        rows = [
            ("Místo natáčení:", [p.name, p.address]),
            ("Motiv:", [g["set"]]),
            ("Zázemí / parkování:", [p.base]),
            (
                g["hosp_label"],
                [f"{p.hospital}, {p.hospital_address}", f"tel. {p.hospital_phone}"],
            ),
            ("Východ / západ slunce:", [f"{hm(rise, t)} / {hm(fall, t)}"]),
            ("Počasí:", [g["weather"]]),
        ]
        for lab, vals in rows:
            c.text(x0, y, lab, 9, bold=True)
            for v in vals:
                fit(c, x0 + 185, y, v, 9.5, right - x0 - 185)
                y += 12.5
            y += 3
        c.text(x0, y, "Tísňová linka 112  ·  záchranná služba 155", 9, bold=True)
        y += 22
        y = stacked_tables(
            c,
            x0,
            y,
            right,
            [
                (
                    ["OBRAZ", "INT/EXT", "D/N", "MOTIV", "POSTAVY", "STR."],
                    [0, 44, 94, 126, 330, 440],
                    g["scenes"],
                ),
                (
                    ["HEREC / HEREČKA", "POSTAVA", "MASKA", "KOSTÝM", "NA PLACE"],
                    [0, 140, 250, 330, 410],
                    cast_times(g["cast"], call, partial(hm, style=t), (0, 45, 75)),
                ),
            ],
            gap=4,
            lead=12.5,
            size=8.5,
        )
        y = titled_notes(c, x0, y, "POZNÁMKY", 9, g["notes"], 8.5, right - x0, 11)
        grey_text(c, x0, c.pdf.h - 22, g["footer"], 7, 120)
        return c.output()

    return _sheet(
        f"cz_{key}",
        "cz_denni_dispozice",
        "Czech 'DENNÍ DISPOZICE č. n', A4: the sraz boxed at the top right ('SRAZ ŠTÁBU 7.00 "
        "hod.'), 'čtvrtek 15. října 2026', a time-first ČASOVÝ PLÁN, label rows Místo natáčení, "
        f"Motiv, Zázemí, Nejbližší nemocnice; layout '{lay}'",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _cz_sheets() -> list[Sheet]:
    return [
        _cz(
            "batainstitut",
            "Obuvníkova dcera",
            D(2026, 10, 15),
            "07:00",
            {
                "layout": "line",
                "time_style": "cz_hod",
                "date_style": "cz_long",
                "call_label": "SRAZ ŠTÁBU",
                "kind": "celovečerní film",
                "company": "Moravia Film Factory s.r.o., Štefánikova 167, 760 01 Zlín",
                "no": "14",
                "day_of": "14 / 38",
                "set": "výstavní patro budovy 14, tovární okna",
                "hosp_label": "Nejbližší nemocnice:",
                "weather": "zataženo, 8 °C",
                "plan": [
                    (0, "sraz štábu, snídaně"),
                    (15, "maska, kostým (dle rozpisu)"),
                    (90, "první klapka"),
                    (330, "oběd"),
                    (660, "předpokládaný konec natáčení"),
                ],
                "scenes": [
                    ("52", "INT", "D", "TOVÁRNA - DÍLNA", "Věra, Alois", "2 3/8"),
                    ("53", "INT", "D", "TOVÁRNA - KANCELÁŘ MISTRA", "Věra, mistr", "1 1/8"),
                ],
                "cast": [
                    ("Tereza Holubová", "VĚRA", 15),
                    ("Jan Kratochvíl", "ALOIS", 45),
                    ("Pavel Šindelář", "MISTR", 120),
                ],
                "notes": [
                    "Institut otevřen pro veřejnost od 10.00; kabely vést jen po zadním "
                    "schodišti. Oběd v kantýně v přízemí.",
                ],
                "footer": "Obuvníkova dcera  ·  denní dispozice č. 14  ·  Moravia Film Factory",
            },
        ),
        _cz(
            "zadnisynagoga",
            "Dům u řeky",
            D(2026, 10, 22),
            "07:30",
            {
                "layout": "cells",
                "time_style": "pl",
                "date_style": "cz_short",
                "call_label": "SRAZ",
                "kind": "televizní film",
                "company": "Vysočina Pictures a.s., Karlovo nám. 47, 674 01 Třebíč",
                "no": "6",
                "day_of": "6. natáčecí den z 21",
                "set": "hlavní sál a ženská galerie",
                "hosp_label": "Urgentní příjem (nemocnice):",
                "weather": "polojasno, 10 °C, vítr 20 km/h",
                # HARD: the hotel departure is the plan's first time, half an hour before sraz
                "plan": [
                    (-30, "odjezd minibusu od hotelu Atom"),
                    (0, "sraz štábu na místě"),
                    (30, "maska, kostým"),
                    (90, "natáčení obr. 33"),
                    (300, "oběd"),
                    (600, "konec natáčení, balení"),
                ],
                "scenes": [
                    ("33", "INT", "D", "SYNAGOGA - HLAVNÍ SÁL", "Ester, Karel", "3"),
                    ("34", "INT", "D", "SYNAGOGA - GALERIE", "Ester", "7/8"),
                ],
                "cast": [
                    ("Klára Nováková", "ESTER", 30),
                    ("Ondřej Beneš", "KAREL", 60),
                ],
                "notes": [
                    "Památka UNESCO: žádné lepení na stěny, světla jen na stojanech. Parkování "
                    "štábu u Podklášterského mostu.",
                ],
                "footer": "Dům u řeky  ·  dispozice 6  ·  Vysočina Pictures",
            },
        ),
        _cz(
            "prachenske",
            "Perlorodka",
            D(2026, 11, 5),
            "08:00",
            {
                "layout": "line",
                "time_style": "cz_dot",
                "date_style": "cz_after",
                "call_label": "SRAZ ŠTÁBU",
                "kind": "hraný film",
                "company": "Otava Film s.r.o., Alšovo nám. 35, 397 01 Písek",
                "no": "22",
                "day_of": "22/30",
                "set": "expozice Perlorodka a rytířský sál",
                "hosp_label": "Nemocnice:",
                "weather": "mlha, 4 °C",
                "plan": [
                    (0, "sraz štábu"),
                    (20, "maska, kostým: Lída, Vojta"),
                    (75, "zkouška, natáčení"),
                    (300, "oběd (restaurace na Velkém náměstí)"),
                    (570, "konec natáčení"),
                ],
                "scenes": [
                    ("70", "INT", "D", "MUZEUM - EXPOZICE", "Lída", "2"),
                    ("71", "INT", "D", "MUZEUM - RYTÍŘSKÝ SÁL", "Lída, Vojta", "1 6/8"),
                    ("75", "INT", "N", "MUZEUM - CHODBA", "Vojta", "4/8"),
                ],
                "cast": [
                    ("Lucie Dvořáková", "LÍDA", 20),
                    ("Vojtěch Marek", "VOJTA", 50),
                ],
                "notes": [
                    "Muzeum ve čtvrtek zavřeno. Vstup pro štáb zadním vchodem z nádvoří.",
                ],
                "footer": "Perlorodka  ·  denní dispozice  ·  Otava Film",
            },
        ),
    ]


# --- (3) US indie feature spreadsheet exports: merged cells, gridlines ------------------------


def _xl(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, lay = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("letter", "helvetica", margin=24.0)
        tw = right - x0
        c.pdf.set_draw_color(170, 170, 170)
        # row 1: the merged title cell
        c.box(x0, 24, tw, 34, 0.4)
        fill(c, x0 + 0.5, 24.5, tw - 1, 33, 235)
        centre(c, 47, title.upper(), 18)
        # row 2: company | crew call | date, each a merged block of cells
        y = 58.0
        col = [tw * 0.36, tw * 0.28, tw * 0.36]
        hh = 96.0
        xx = x0
        for w in col:
            c.box(xx, y, w, hh, 0.4)
            xx += w
        for k in range(1, 7):
            c.hline(x0, x0 + col[0], y + k * 13.7, 0.2)
            c.hline(x0 + col[0] + col[1], right, y + k * 13.7, 0.2)
        yy = y + 10
        for lab, val in g["people"]:
            c.text(x0 + 3, yy, lab, 7, bold=True)
            fit(c, x0 + 70, yy, val, 7.5, col[0] - 74)
            yy += 13.7
        cx = x0 + col[0]
        yy = y + 12
        if g.get("breakfast"):
            # HARD: a breakfast time in the same merged block, above the crew call
            s = f"WALKAWAY BREAKFAST {hm(add_minutes(call, -30), t)}"
            c.text(cx + (col[1] - measure(c, s, 7.5)) / 2, yy, s, 7.5)
            yy += 14
        fill(c, cx + 0.5, yy - 9, col[1] - 1, 13, 40)
        c.pdf.set_text_color(255, 255, 255)
        lab = g["call_label"]
        c.text(cx + (col[1] - measure(c, lab, 8, bold=True)) / 2, yy, lab, 8, bold=True)
        black(c)
        big = hm(call, t)
        c.text(cx + (col[1] - measure(c, big, 22, bold=True)) / 2, yy + 30, big, 22, bold=True)
        s = f"Shooting call {hm(add_minutes(call, 60), t)}"
        c.text(cx + (col[1] - measure(c, s, 7.5)) / 2, yy + 46, s, 7.5)
        rx = x0 + col[0] + col[1]
        facts = [
            ("DATE", day_text(day, g["date_style"])),
            ("DAY", g["day_of"]),
            ("SUNRISE", hm(rise, t)),
            ("SUNSET", hm(fall, t)),
            ("WEATHER", g["weather"]),
            ("LUNCH", hm(add_minutes(call, 360), t)),
            ("EST. WRAP", hm(add_minutes(call, 720), t)),
        ]
        yy = y + 10
        for lab, val in facts:
            c.text(rx + 3, yy, lab, 7, bold=True)
            fit(c, rx + 62, yy, val, 7.5 if lab != "DATE" else 8.5, col[2] - 66, bold=lab == "DATE")
            yy += 13.7
        y += hh
        # row 3: location | parking | hospital, merged across their columns
        w3 = tw / 3
        loc_lines = [p.name, p.street, p.city, g["set"]]
        park_lines = [p.base_street, p.base_city, g["park_note"]]
        hosp_lines = hospital_lines(p)
        for k, (head, lines) in enumerate(
            [
                (g["loc_label"], loc_lines),
                ("CREW PARKING / BASECAMP", park_lines),
                ("NEAREST HOSPITAL", hosp_lines),
            ]
        ):
            c.box(x0 + k * w3, y, w3, 64, 0.4)
            fill(c, x0 + k * w3 + 0.5, y + 0.5, w3 - 1, 10, 220)
            cell(c, x0 + k * w3, y, w3, head, lines, label_size=7, size=8)
        y += 78
        y = _table(
            c,
            x0,
            y,
            ["SC", "SET / DESCRIPTION", "D/N", "PGS", "CAST", "NOTES"],
            [0, 30, 250, 290, 330, 410],
            g["scenes"],
            right,
            size=7.5,
            lead=12,
            ruled=True,
            shade=220,
        )
        y = _table(
            c,
            x0,
            y + 4,
            ["#", "CAST", "CHARACTER", "STATUS", "PICK UP", "HMU", "ON SET"],
            [0, 20, 150, 270, 320, 390, 460],
            [
                (
                    str(n),
                    a,
                    b,
                    st,
                    hm(add_minutes(call, o - 30), t),
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o + 60), t),
                )
                for n, (a, b, st, o) in enumerate(g["cast"], 1)
            ],
            right,
            size=7.5,
            lead=12,
            ruled=True,
            shade=220,
        )
        c.box(x0, y - 6, tw, 40, 0.4)
        c.text(x0 + 3, y + 4, "NOTES", 7, bold=True)
        yy = y + 15
        yy = paragraphs(c, x0 + 3, yy, g["notes"], 7.5, tw - 6, 9.5)
        c.pdf.set_draw_color(0, 0, 0)
        grey(c, 130)
        c.text(x0, c.pdf.h - 16, g["tab"], 6.5)
        c.right(right, c.pdf.h - 16, "1 of 1", 6.5)
        black(c)
        return c.output()

    return _sheet(
        f"xl_{key}",
        "us_sheets_indie",
        "US indie feature call sheet exported from a spreadsheet, letter: a merged title cell, "
        "merged header blocks with a 'GENERAL CREW CALL' cell in the middle, grey gridlines, "
        f"location / parking / hospital cells, ruled scenes and cast; layout '{lay}'",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _xl_sheets() -> list[Sheet]:
    return [
        _xl(
            "rosemount",
            "Steel City Saints",
            D(2026, 10, 15),
            "07:00",
            {
                "layout": "google_sheets",
                "time_style": "us",
                "date_style": "us_slash_wd",
                "call_label": "GENERAL CREW CALL",
                "loc_label": "LOCATION",
                "people": [
                    ("PRODUCER", "Dana Whitfield (719) 555-0140"),
                    ("DIRECTOR", "Luis Archuleta"),
                    ("1ST AD", "Kim Otero (719) 555-0141"),
                    ("UPM", "Grant Sayers (719) 555-0142"),
                    ("COMPANY", "Arkansas Valley Pictures LLC"),
                    ("OFFICE", "301 N Main St, Pueblo, CO 81003"),
                ],
                "day_of": "Day 9 of 18",
                "weather": "Sunny, 68°F / 39°F",
                "set": "Third floor bedrooms and the music room",
                "park_note": "Shuttle to set every 15 min",
                "scenes": [
                    ("27", "INT. THORNE HOUSE - MUSIC ROOM", "D", "2 1/8", "1, 2", "Piano"),
                    ("28", "INT. THORNE HOUSE - NURSERY", "D", "1 4/8", "1, 4", ""),
                    ("31", "INT. THORNE HOUSE - HALL", "N", "6/8", "2", "Blackout"),
                ],
                "cast": [
                    ("Mara Quintana", "ROSA", "W", 0),
                    ("Ben Ashford", "ELI", "W", 30),
                    ("Dolores Vigil", "NANA", "SWF", 120),
                ],
                "notes": [
                    "Museum is a house museum: soft shoes above the ground floor, no food or "
                    "drink past the entry hall. Catering in the carriage house.",
                ],
                "tab": "Call Sheet - Day 9",
            },
        ),
        _xl(
            "quiltmuseum",
            "Patchwork Hearts",
            D(2026, 10, 22),
            "06:30",
            {
                "layout": "excel",
                "time_style": "us_short",
                "date_style": "us_numeric",
                "call_label": "GENERAL CREW CALL",
                "loc_label": "SET LOCATION",
                "breakfast": True,
                "people": [
                    ("PRODUCERS", "June Beasley, Ray Tolliver"),
                    ("DIRECTOR", "Anna Cobb"),
                    ("1ST AD", "Marcus Lyle (270) 555-0150"),
                    ("2ND AD", "Tess Ordway (270) 555-0151"),
                    ("PROD. CO.", "Four Rivers Films"),
                    ("OFFICE", "(270) 555-0152"),
                ],
                "day_of": "4 of 20",
                "weather": "Partly cloudy, hi 71 lo 50",
                "set": "Main gallery and the education room",
                "park_note": "Walk up Broadway to the museum",
                "scenes": [
                    ("12", "INT. MUSEUM - MAIN GALLERY", "D", "3", "1, 3", "Quilts: no touch"),
                    ("14", "INT. MUSEUM - CLASSROOM", "D", "1 2/8", "1, 2, 5", ""),
                ],
                "cast": [
                    ("Laurel Hicks", "JUNE", "W", 0),
                    ("Darnell Price", "OWEN", "W", 45),
                    ("Hattie Greer", "MRS. PRUITT", "SW", 90),
                ],
                "notes": [
                    "Gallery temperature and light levels are set by the museum: no HMIs "
                    "inside. Lunch at the riverfront pavilion.",
                ],
                "tab": "DAY 4",
            },
        ),
        _xl(
            "ringling",
            "Circus Winter",
            D(2026, 10, 29),
            "07:30",
            {
                "layout": "numbers",
                "time_style": "h24",
                "date_style": "us_abbr",
                "call_label": "GENERAL CREW CALL",
                "loc_label": "LOCATION 1",
                "people": [
                    ("PRODUCER", "Sofia Marchetti"),
                    ("DIRECTOR", "Ezra Bloom"),
                    ("1ST AD", "Nia Ford (941) 555-0160"),
                    ("UPM", "Carl Dade (941) 555-0161"),
                    ("COMPANY", "Gulfside Pictures Inc."),
                    ("OFFICE", "1990 Main St, Sarasota"),
                ],
                "day_of": "Day 15 of 22",
                "weather": "Humid, 84°F, storms after 4 PM",
                "set": "Ca' d'Zan terrace and the rose garden",
                "park_note": "Crew badges at the gatehouse",
                "scenes": [
                    ("88", "EXT. MANSION TERRACE", "D", "2 5/8", "1, 2", "Bay behind"),
                    ("90", "EXT. ROSE GARDEN", "D", "1 3/8", "2, 6", ""),
                ],
                "cast": [
                    ("Vera Lindqvist", "CLARA", "W", 0),
                    ("Tomas Reyes", "ANTONIO", "W", 30),
                ],
                "notes": [
                    "Grounds open to visitors at 10:00: keep the terrace walkway clear. Lightning "
                    "policy: stop work at the first strike within 8 miles.",
                ],
                "tab": "Circus Winter - DOOD / Call",
            },
        ),
    ]


# --- (4) UK plain grid: DATE | UNIT CALL | LOCATION, hospital line under ----------------------


def _uk(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, lay = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=42.0)
        centre(c, 48, "CALL SHEET", 16)
        centre(c, 66, title, 12)
        grey(c, 90)
        centre(c, 79, g["company"], 8, bold=False)
        black(c)
        c.text(x0, 100, g["sheet_no"], 8.5)
        c.right(right, 100, g["day_of"], 8.5)
        y = 110.0
        heads = ["DATE", "UNIT CALL", g["loc_head"]]
        vals = [day_text(day, g["date_style"]), hm(call, t), f"{p.name}, {p.address}"]
        ws = [150.0, 90.0]
        if g.get("tides"):
            # HARD: a fourth cell with the day's tide times beside the location
            heads.append("TIDES")
            vals.append(g["tides"])
            ws = [135.0, 65.0, right - x0 - 305, 105.0]
        else:
            ws.append(right - x0 - 240)
        c.grid(x0, y, ws, [16.0, 30.0])
        xx = x0
        for w, h, v in zip(ws, heads, vals, strict=True):
            fit(c, xx + 4, y + 11.5, h, 8, w - 8, bold=True)
            fit(c, xx + 4, y + 35, v, 10 if h != "UNIT CALL" else 12, w - 8, bold=h == "UNIT CALL")
            xx += w
        y += 46 + 12
        lw = c.text(x0, y, "Hospital:", 9, bold=True) + 5
        hosp = f"{p.hospital}, {p.hospital_address}  ({p.hospital_phone})"
        fit(c, x0 + lw, y, hosp, 9, right - x0 - lw)
        y += 13
        lw = c.text(x0, y, "Unit base / parking:", 9, bold=True) + 5
        fit(c, x0 + lw, y, p.base, 9, right - x0 - lw)
        y += 22
        times = [
            ("Breakfast", hm(add_minutes(call, -30), t)),
            ("Unit call", hm(call, t)),
            ("Rehearse / shoot", hm(add_minutes(call, 45), t)),
            ("Lunch", hm(add_minutes(call, 330), t)),
            ("Est. wrap", hm(add_minutes(call, 660), t)),
            ("Sunrise", hm(rise, t)),
            ("Sunset", hm(fall, t)),
        ]
        if lay == "two_col":
            half = (right - x0) / 2
            for i, (lab, val) in enumerate(times):
                xx = x0 + (i % 2) * half
                yy = y + (i // 2) * 13
                c.text(xx, yy, lab, 9)
                c.text(xx + 110, yy, val, 9)
            y += 4 * 13 + 10
        else:
            line = "   ·   ".join(f"{lab} {val}" for lab, val in times)
            y = _para(c, x0, y, line, 9, right - x0, 12) + 8
        c.text(x0, y, f"Set: {g['set']}", 9.5, bold=True)
        y += 18
        y = _table(
            c,
            x0,
            y,
            ["SC", "INT/EXT", "SET", "D/N", "PAGES", "ARTISTES"],
            [0, 30, 80, 320, 360, 410],
            g["scenes"],
            right,
            size=8.5,
            lead=13,
            ruled=lay == "two_col",
        )
        y += 4
        y = _table(
            c,
            x0,
            y,
            ["ARTISTE", "CHARACTER", "P/UP", "M/UP & COST.", "ON SET"],
            [0, 130, 240, 310, 410],
            cast_times(g["cast"], call, partial(hm, style=t), (-40, 0, 60)),
            right,
            size=8.5,
            lead=13,
            ruled=lay == "two_col",
        )
        y += 6
        y = titled_notes(c, x0, y, "Notes", 9, g["notes"], 8.5, right - x0, 11, gap=13)
        grey_text(c, x0, c.pdf.h - 24, g["footer"], 7, 120)
        return c.output()

    return _sheet(
        f"uk_{key}",
        "uk_grid_unit_call",
        "UK plain grid, A4: one ruled row DATE | UNIT CALL | LOCATION over its values, a "
        "'Hospital:' line a few millimetres under the grid, unit base, the day's times, scenes, "
        f"artistes; layout '{lay}'",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _uk_sheets() -> list[Sheet]:
    return [
        _uk(
            "jubileepool",
            "The Lido Keeper",
            D(2026, 10, 15),
            "08:00",
            {
                "layout": "run_in",
                "font": "helvetica",
                "time_style": "military",
                "date_style": "uk_long",
                "loc_head": "LOCATION",
                "company": "Mount's Bay Pictures Ltd  ·  Wharf Road, Penzance",
                "sheet_no": "Call sheet no. 11",
                "day_of": "Day 11 of 25",
                "tides": "HW 06:42  LW 12:55",
                "set": "the pool deck and the geothermal pool",
                "scenes": [
                    ("36", "EXT", "LIDO - POOL DECK", "D", "2 4/8", "1, 2"),
                    ("37", "EXT", "LIDO - GEOTHERMAL POOL", "D", "1 1/8", "1"),
                ],
                "cast": [
                    ("Kerenza Hocking", "MORWENNA", 0),
                    ("Tom Pascoe", "JACK", 40),
                    ("Ellen Rowe", "BRIDGET", 120),
                ],
                "notes": [
                    "Spray on the deck at high water: no cables on the seaward side before 09:00. "
                    "Lifeguard on set all day.",
                ],
                "footer": "The Lido Keeper  ·  Mount's Bay Pictures Ltd  ·  Call sheet 11",
            },
        ),
        _uk(
            "hatworks",
            "Mad as Hatters",
            D(2026, 10, 22),
            "07:30",
            {
                "layout": "two_col",
                "font": "sans",
                "time_style": "h24",
                "date_style": "uk_short",
                "loc_head": "LOCATION & POSTCODE",
                "company": "Mersey Square Productions for Channel 4",
                "sheet_no": "CS #6",
                "day_of": "Day 6/30",
                "set": "the machinery floor and the hat shop",
                "scenes": [
                    ("15", "INT", "HAT FACTORY - MACHINE FLOOR", "D", "2 3/8", "1, 3"),
                    ("16", "INT", "HAT SHOP", "D", "1 2/8", "2, 3"),
                    ("19", "INT", "HAT FACTORY - OFFICE", "N", "5/8", "1"),
                ],
                "cast": [
                    ("Saoirse Lund", "DOT", 0),
                    ("Kwame Osei", "ALBERT", 30),
                    ("Pat Breen", "MR HOLT", 90),
                ],
                "notes": [
                    "Working machinery is operated by museum staff only. Lunch in the Heaton "
                    "Lane car park unit base.",
                ],
                "footer": "Mad as Hatters  ·  CS 6  ·  Mersey Square Productions",
            },
        ),
        _uk(
            "tewkesburyabbey",
            "Bloody Meadow",
            D(2026, 11, 5),
            "07:00",
            {
                "layout": "run_in",
                "font": "times",
                "time_style": "uk_am",
                "date_style": "uk_plain",
                "loc_head": "LOCATION",
                "company": "Severn Vale Films Ltd",
                "sheet_no": "Call Sheet 18",
                "day_of": "Day 18 of 40",
                "set": "the nave and the abbey close",
                "scenes": [
                    ("54", "INT", "ABBEY - NAVE", "D", "3 1/8", "1, 2, 4"),
                    ("55", "EXT", "ABBEY CLOSE", "D", "1", "2"),
                ],
                "cast": [
                    ("Harriet Vane", "MARGARET", 0),
                    ("Owain Price", "EDMUND", 45),
                ],
                "notes": [
                    "Choral evensong at 17.30: the nave must be clear by 17.00. Flood warning "
                    "on Gander Lane: check the EA app before travelling.",
                ],
                "footer": "Bloody Meadow  ·  Severn Vale Films  ·  Call Sheet 18",
            },
        ),
    ]


# --- (5) Chilean hoja de citación -------------------------------------------------------------


def _cl(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, lay = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("letter", g["font"], margin=40.0)
        c.text(x0, 42, g["company"], 10, bold=True)
        grey_text(c, x0, 54, g["company_addr"], 7.5, 90)
        c.right(right, 42, "HOJA DE CITACIÓN", 12, bold=True)
        c.right(right, 55, f"Citación N° {g['no']}  ·  Jornada {g['day_of']}", 8.5)
        centre(c, 84, f"{g['kind']} “{title}”", 15)
        c.hline(x0, right, 94, 0.8)
        y = 104.0
        fill(c, x0, y, right - x0, 28, 25)
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0 + 10, y + 19, "CITACIÓN GENERAL", 12, bold=True)
        c.right(right - 10, y + 20, hm(call, t), 17, bold=True)
        black(c)
        y += 46
        date_s = day_text(day, g["date_style"])
        times = [
            ("Fecha", date_s),
            ("Citación producción y arte", hm(add_minutes(call, -60), t)),
            ("Maquillaje y vestuario", hm(add_minutes(call, 15), t)),
            ("Primer plano", hm(add_minutes(call, 90), t)),
            ("Colación", hm(add_minutes(call, 330), t)),
            ("Término de jornada", hm(add_minutes(call, 660), t)),
            ("Salida del sol", hm(rise, t)),
            ("Puesta del sol", hm(fall, t)),
            ("Pronóstico", g["weather"]),
        ]
        if lay == "two_col":
            half = (right - x0) / 2
            yl = y
            for lab, val in times:
                c.text(x0, yl, f"{lab}:", 9, bold=True)
                fit(c, x0 + 128, yl, val, 9.5, half - 136)
                yl += 13.5
            yr = y
            blocks = [
                ("LOCACIÓN", [p.name, p.street, p.city, f"Set: {g['set']}"]),
                ("BASE / ESTACIONAMIENTO", [p.base_street, p.base_city]),
            ]
            if g.get("mutual"):
                # HARD: the mutual's clinic for work accidents, before the emergency hospital
                blocks.append(("ACCIDENTES DEL TRABAJO (LEY 16.744)", g["mutual"]))
            blocks.append(
                (
                    "URGENCIA MÁS CERCANA",
                    [p.hospital, f"{p.hospital_street}, {p.hospital_city}", p.hospital_phone],
                )
            )
            for head, lines in blocks:
                c.text(x0 + half, yr, head, 8, bold=True)
                yr += 12
                for ln in lines:
                    fit(c, x0 + half, yr, ln, 9, half)
                    yr += 11.5
                yr += 6
            y = max(yl, yr) + 6
        else:
            for lab, val in times:
                c.text(x0, y, f"{lab}:", 9, bold=True)
                fit(c, x0 + 140, y, val, 9.5, right - x0 - 140)
                y += 13.5
            y += 8
            w3 = (right - x0) / 3
            blocks3 = [
                ("LOCACIÓN", [p.name, p.street, p.city, f"Set: {g['set']}"]),
                ("BASE / ESTACIONAMIENTO", [p.base_street, p.base_city]),
                ("URGENCIA MÁS CERCANA", hospital_lines(p)),
            ]
            boxed_cells(c, x0, y, w3, blocks3, 64, size=8.5)
            y += 80
        c.text(x0, y, "Emergencias: SAMU 131  ·  Bomberos 132  ·  Carabineros 133", 9, bold=True)
        y += 20
        y = stacked_tables(
            c,
            x0,
            y,
            right,
            [
                (
                    ["ESC.", "INT/EXT", "D/N", "DECORADO", "PERSONAJES", "PÁGS."],
                    [0, 34, 84, 116, 330, 460],
                    g["scenes"],
                ),
                (
                    ["ELENCO", "PERSONAJE", "CITACIÓN", "MAQ. / VEST.", "EN SET"],
                    [0, 140, 260, 340, 430],
                    cast_times(g["cast"], call, partial(hm, style=t), (0, 15, 75)),
                ),
            ],
            gap=4,
            lead=12.5,
            size=8.5,
        )
        y = titled_notes(c, x0, y, "OBSERVACIONES", 9, g["notes"], 8.5, right - x0, 11)
        grey_text(c, x0, c.pdf.h - 24, g["footer"], 7, 120)
        return c.output()

    return _sheet(
        f"cl_{key}",
        "cl_hoja_citacion",
        "Chilean 'HOJA DE CITACIÓN', letter: 'Citación N° n · Jornada n de m', a black "
        "'CITACIÓN GENERAL 07:30 hrs' bar, 'Jueves 15 de octubre de 2026', producción / "
        "maquillaje / colación / término times, LOCACIÓN, BASE, URGENCIA MÁS CERCANA, SAMU 131; "
        f"layout '{lay}'",
        make,
        expect(p, title, day, call, f"Set: {g['set']}"),
    )


def _cl_sheets() -> list[Sheet]:
    return [
        _cl(
            "baburizza",
            "Los Cerros",
            D(2026, 10, 15),
            "07:30",
            {
                "layout": "two_col",
                "font": "helvetica",
                "time_style": "cl_hrs",
                "date_style": "es_long",
                "kind": "Largometraje",
                "company": "Cerro Alegre Films SpA",
                "company_addr": "Almirante Montt 418, Valparaíso  ·  +56 9 5555 0142",
                "no": "8",
                "day_of": "8 de 24",
                "weather": "Nublado parcial, 14 °C, viento SO",
                "set": "salón principal y mirador",
                "mutual": [
                    "Mutual de Seguridad CChC, Av. Brasil 2350, Valparaíso",
                    "(solo accidentes laborales, con DIAT)",
                ],
                "scenes": [
                    ("24", "INT", "D", "PALACIO - SALÓN PRINCIPAL", "Inés, Bruno", "2 4/8"),
                    ("25", "EXT", "D", "PALACIO - MIRADOR", "Inés", "1 1/8"),
                ],
                "cast": [
                    ("Catalina Rojas", "INÉS", 0),
                    ("Matías Fuenzalida", "BRUNO", 30),
                    ("Rosa Tapia", "DOÑA ELENA", 120),
                ],
                "notes": [
                    "Museo abierto al público desde las 10:30: cables solo por el ala norte. "
                    "Subida al cerro por el Ascensor El Peral o Av. Almirante Montt.",
                ],
                "footer": "Los Cerros  ·  Hoja de citación N° 8  ·  Cerro Alegre Films SpA",
            },
        ),
        _cl(
            "palaciorioja",
            "Temporada Alta",
            D(2026, 10, 22),
            "08:00",
            {
                "layout": "boxes",
                "font": "sans",
                "time_style": "h24",
                "date_style": "es_slash",
                "kind": "Serie",
                "company": "Quinta Producciones Ltda.",
                "company_addr": "1 Norte 655, Viña del Mar  ·  +56 9 5555 0177",
                "no": "15",
                "day_of": "15 de 40",
                "weather": "Despejado, 19 °C",
                "set": "salón de baile y escalera",
                "scenes": [
                    ("5-12", "INT", "N", "PALACIO - SALÓN DE BAILE", "Alma, Rodrigo", "3"),
                    ("5-14", "INT", "D", "PALACIO - ESCALERA", "Alma", "6/8"),
                ],
                "cast": [
                    ("Antonia Vidal", "ALMA", 0),
                    ("Rodrigo Salinas", "PATRICIO", 60),
                ],
                "notes": [
                    "Pisos de parqué: uso de zapatos de goma y protección bajo los trípodes.",
                ],
                "footer": "Temporada Alta  ·  Ep. 5  ·  Quinta Producciones",
            },
        ),
        _cl(
            "ferroviario",
            "Tren al Sur",
            D(2026, 11, 5),
            "07:00",
            {
                "layout": "two_col",
                "font": "helvetica",
                "time_style": "cl_dot_hrs",
                "date_style": "es_long",
                "kind": "Largometraje",
                "company": "Araucanía Cine",
                "company_addr": "Av. Alemania 0671, Temuco  ·  +56 9 5555 0163",
                "no": "19",
                "day_of": "19 de 28",
                "weather": "Lluvia débil, 9 °C",
                "set": "casa de máquinas y andén del tren de Neruda",
                "scenes": [
                    ("61", "INT", "D", "CASA DE MÁQUINAS", "Pablo, Maquinista", "2"),
                    ("62", "EXT", "D", "ANDÉN", "Pablo, Laura", "1 5/8"),
                ],
                "cast": [
                    ("Diego Nahuelpán", "PABLO", 0),
                    ("Javiera Soto", "LAURA", 45),
                    ("Hugo Paillal", "MAQUINISTA", 60),
                ],
                "notes": [
                    "La locomotora no se mueve: humo solo con máquina de efectos. Ropa de lluvia "
                    "para todo el equipo.",
                ],
                "footer": "Tren al Sur  ·  Citación N° 19  ·  Araucanía Cine",
            },
        ),
    ]


# --- (6) Swedish / Danish callsheets ----------------------------------------------------------

NORDIC = {
    "sv": {
        "head": "CALLSHEET",
        "day": "INSPELNINGSDAG",
        "of": "av",
        "date": "Datum",
        "call": "Samling",
        "first": "Första tagning",
        "lunch": "Lunch",
        "wrap": "Beräknat slut",
        "rise": "Soluppgång",
        "set_": "Solnedgång",
        "weather": "Väder",
        "place": "INSPELNINGSPLATS",
        "base": "BAS / PARKERING",
        "hosp": "NÄRMASTE AKUTMOTTAGNING",
        "sos": "Nödnummer 112",
        "scenes": ["SCEN", "INT/EXT", "D/N", "MILJÖ", "ROLLER", "SIDOR"],
        "cast": ["SKÅDESPELARE", "ROLL", "HÄMTNING", "SMINK", "KLAR"],
        "notes": "ÖVRIGT",
    },
    "da": {
        "head": "CALLSHEET",
        "day": "OPTAGEDAG",
        "of": "af",
        "date": "Dato",
        "call": "Mødetid",
        "first": "Første optagelse",
        "lunch": "Frokost",
        "wrap": "Forventet slut",
        "rise": "Solopgang",
        "set_": "Solnedgang",
        "weather": "Vejr",
        "place": "OPTAGESTED",
        "base": "BASE / PARKERING",
        "hosp": "NÆRMESTE AKUTMODTAGELSE",
        "sos": "Alarm 112",
        "scenes": ["SCENE", "INT/EXT", "D/N", "MILJØ", "ROLLER", "SIDER"],
        "cast": ["SKUESPILLER", "ROLLE", "AFHENTNING", "MAKE-UP", "KLAR"],
        "notes": "ØVRIGT",
    },
}


def _nd(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, lay = sheet_basics(P[key], day, g)
    L = NORDIC[g["lang"]]

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=44.0)
        fill(c, x0, 30, right - x0, 24, 30)
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0 + 8, 47, f"{L['head']}  ·  {L['day']} {g['n']} {L['of']} {g['m']}", 11, bold=True)
        c.right(right - 8, 47, g["company"], 8.5)
        black(c)
        c.text(x0, 82, title, 20, bold=True)
        c.text(x0, 97, g["credits"], 8.5)
        y = 120.0
        times = [
            (L["date"], day_text(day, g["date_style"])),
            (L["call"], hm(call, t)),
            (L["first"], hm(add_minutes(call, 75), t)),
            (L["lunch"], hm(add_minutes(call, 300), t)),
            (L["wrap"], hm(add_minutes(call, 600), t)),
        ]
        sun = [
            (L["rise"], hm(rise, t)),
            (L["set_"], hm(fall, t)),
            (L["weather"], g["weather"]),
        ]
        half = (right - x0) / 2
        if lay == "panel":
            # times on the left, a boxed sun / weather panel on the right
            yl = y
            for lab, val in times:
                big = lab == L["call"]
                c.text(x0, yl, lab, 10 if big else 9.5, bold=big)
                c.text(x0 + 100, yl, val, 12 if big else 9.5, bold=big)
                yl += 16 if big else 14
            c.box(x0 + half + 20, y - 12, half - 20, 50, 0.6)
            yr = y
            for lab, val in sun:
                c.text(x0 + half + 28, yr, lab, 8.5, bold=True)
                fit(c, x0 + half + 110, yr, val, 8.5, half - 100)
                yr += 13
            y = max(yl, yr + 14) + 10
        else:
            # a ruled table of label / value rows over the whole width
            rows = times + sun
            c.grid(x0, y - 11, [120.0, right - x0 - 120], [15.0] * len(rows))
            for lab, val in rows:
                big = lab == L["call"]
                c.text(x0 + 4, y, lab, 9, bold=True)
                c.text(x0 + 124, y, val, 9.5, bold=big)
                y += 15
            y += 14
        blocks = [
            (L["place"], [p.name, p.address, g["set"]]),
            (L["base"], [p.base]),
            (L["hosp"], [p.hospital, p.hospital_address, p.hospital_phone]),
        ]
        for head, lines in blocks:
            c.text(x0, y, head, 9, bold=True)
            c.hline(x0, right, y + 3, 0.3)
            y += 15
            for ln in lines:
                fit(c, x0, y, ln, 9.5, right - x0)
                y += 12.5
            y += 6
        c.text(x0, y, L["sos"], 9, bold=True)
        y += 20
        y = stacked_tables(
            c,
            x0,
            y,
            right,
            [
                (L["scenes"], [0, 40, 90, 122, 330, 440], g["scenes"]),
                (
                    L["cast"],
                    [0, 140, 250, 330, 410],
                    cast_times(g["cast"], call, partial(hm, style=t), (-30, 0, 60)),
                ),
            ],
            gap=4,
            lead=12.5,
            size=8.5,
        )
        y = titled_notes(c, x0, y, L["notes"], 9, g["notes"], 8.5, right - x0, 11)
        return c.output()

    return _sheet(
        f"nd_{key}",
        "nordic_samling",
        "Swedish / Danish callsheet, A4: a black band 'CALLSHEET · INSPELNINGSDAG 12 av 30' / "
        "'OPTAGEDAG', Datum / Dato, Samling / Mødetid, sun and weather, INSPELNINGSPLATS / "
        "OPTAGESTED, BAS, NÄRMASTE AKUTMOTTAGNING / NÆRMESTE AKUTMODTAGELSE; "
        f"layout '{lay}'",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _nd_sheets() -> list[Sheet]:
    return [
        _nd(
            "ystadsteater",
            "Dimma över Österlen",
            D(2026, 10, 15),
            "07:30",
            {
                "lang": "sv",
                "layout": "panel",
                "font": "helvetica",
                "time_style": "sv",
                "date_style": "sv_long",
                "n": "12",
                "m": "30",
                "company": "Sandhammaren Film AB",
                "credits": "Regi: Linnea Holm  ·  Producent: Erik Sjöberg  ·  1:e ass: Amir Said",
                "weather": "Mulet, 10 °C, blåsigt",
                "set": "salongen och scenen",
                "scenes": [
                    ("44", "INT", "D", "TEATERN - SALONGEN", "Karin, Nils", "2 2/8"),
                    ("45", "INT", "D", "TEATERN - SCENEN", "Karin", "1 3/8"),
                    ("48", "INT", "N", "TEATERN - LOGE", "Nils, Sara", "5/8"),
                ],
                "cast": [
                    ("Maja Lindgren", "KARIN", 0),
                    ("Johan Ek", "NILS", 30),
                    ("Sara Berg", "SARA", 150),
                ],
                "notes": [
                    "Teatern är en k-märkt byggnad: inga tejpmärken på salongsgolvet. Lunch i "
                    "foajén.",
                ],
            },
        ),
        _nd(
            "vaven",
            "Norrsken",
            D(2026, 10, 22),
            "08:00",
            {
                "lang": "sv",
                "layout": "table",
                "font": "sans",
                "time_style": "sv_kl",
                # HARD: the date printed ISO with the week number after it
                "date_style": "sv_iso_week",
                "n": "5",
                "m": "22",
                "company": "Ume Älv Produktion AB",
                "credits": "Regi: Hanna Lundberg  ·  Producent: Olof Marklund",
                "weather": "Snöblandat regn, 1 °C",
                "set": "biblioteket plan 3 och foajén",
                "scenes": [
                    ("17", "INT", "D", "BIBLIOTEKET - LÄSSAL", "Elin, Viktor", "2"),
                    ("18", "INT", "D", "VÄVEN - FOAJÉ", "Elin", "1"),
                ],
                "cast": [
                    ("Elin Nordström", "ELIN", 0),
                    ("Viktor Sandberg", "VIKTOR", 45),
                ],
                "notes": [
                    "Biblioteket öppet för allmänheten: tyst på plan 3. Varma kläder till "
                    "exteriören efter lunch.",
                ],
            },
        ),
        _nd(
            "vejlekunst",
            "Fjordens Datter",
            D(2026, 11, 5),
            "07:30",
            {
                "lang": "da",
                "layout": "panel",
                "font": "helvetica",
                "time_style": "da_kl",
                "date_style": "da_long",
                "n": "9",
                "m": "26",
                "company": "Vejle Fjord Film ApS",
                "credits": "Instruktør: Mette Kjær  ·  Producer: Anders Holm  ·  1. ass: S. Lund",
                "weather": "Regn, 7 °C",
                "set": "udstillingssalen og gården",
                "scenes": [
                    ("29", "INT", "D", "MUSEET - UDSTILLINGSSAL", "Ida, Mads", "2 5/8"),
                    ("30", "EXT", "D", "MUSEET - GÅRDEN", "Ida", "1"),
                ],
                "cast": [
                    ("Ida Kristensen", "IDA", 0),
                    ("Mads Bech", "MADS", 30),
                ],
                "notes": [
                    "Museet har lukket for publikum om torsdagen. Kolding Sygehus har "
                    "akutmodtagelsen for Vejle: ca. 25 minutter i bil.",
                ],
            },
        ),
    ]


# --- near misses: share call-sheet words, are not call sheets ---------------------------------


def _rehearsal() -> bytes:
    """A theatre company's daily rehearsal schedule: who is called at what time, and where."""
    c, x0, right = page("A4", "helvetica", margin=50.0)
    c.text(x0, 50, "WRECKERS' MOON", 16, bold=True)
    c.text(x0, 66, "Penwith Players  ·  Daily Rehearsal Schedule  ·  Week 3", 10)
    c.right(right, 50, "Issued by Stage Management", 8)
    c.hline(x0, right, 74, 0.8)
    y = 96.0
    facts = [
        ("Date", "Thursday 15 October 2026"),
        ("Venue", "The Acorn, Parade Street, Penzance TR18 4BU (rehearsal studio, first floor)"),
        ("Director", "Tamsin Pascoe"),
        ("Stage manager", "Josh Trevail  07700 900561"),
    ]
    for lab, val in facts:
        c.text(x0, y, f"{lab}:", 9.5, bold=True)
        c.text(x0 + 90, y, val, 9.5)
        y += 14
    y += 10
    y = _table(
        c,
        x0,
        y,
        ["TIME", "REHEARSING", "CALLED"],
        [0, 70, 300],
        [
            ("10:00", "Warm-up and notes from Wednesday", "Full company"),
            ("10:30", "Act 1, sc. 3: the harbour", "Jenna, Will, Ezra, Sally"),
            ("12:00", "Act 1, sc. 4: songs (with MD)", "Ensemble"),
            ("13:00", "LUNCH", ""),
            ("14:00", "Act 2, sc. 1: the wreck (fight call)", "Will, Ezra, fight director"),
            ("16:00", "Run Act 1", "Full company"),
            ("18:00", "Finish", ""),
        ],
        right,
        size=9,
        lead=14,
        ruled=True,
    )
    y += 6
    c.text(x0, y, "Costume fittings (wardrobe, ground floor)", 9.5, bold=True)
    y += 14
    for ln in [
        "11:15  Sally Nance (Act 2 dress)",
        "14:30  Jenna Hosking (oilskins)",
    ]:
        c.text(x0, y, ln, 9)
        y += 12
    y += 10
    y = _para(
        c,
        x0,
        y,
        "Please be in the room and warmed up at your call time. Anyone not called until the "
        "afternoon may arrive at 13:45. Tomorrow's schedule will be sent by 19:00. Tech week "
        "begins Monday 26 October in the theatre.",
        9,
        right - x0,
        12,
    )
    return c.output()


def _call_for_entries() -> bytes:
    """A short film festival's call for entries: categories, deadlines, fees, festival dates."""
    c, x0, right = page("letter", "sans", margin=54.0)
    centre(c, 60, "GULF COAST SHORTS FESTIVAL 2027", 17)
    centre(c, 82, "CALL FOR ENTRIES", 13)
    centre(c, 98, "Festival: March 18 - 21, 2027  ·  Sarasota, Florida", 9.5, bold=False)
    c.hline(x0, right, 108, 0.8)
    y = 132.0
    c.text(x0, y, "Submissions open Thursday, October 15, 2026 on FilmFreeway.", 10, bold=True)
    y += 24
    y = _table(
        c,
        x0,
        y,
        ["DEADLINE", "DATE", "NARRATIVE / DOC", "STUDENT"],
        [0, 130, 280, 400],
        [
            ("Early bird", "November 30, 2026", "$25", "$10"),
            ("Regular", "December 31, 2026", "$35", "$15"),
            ("Late", "January 15, 2027, 11:59 PM ET", "$45", "$20"),
            ("Notification", "February 12, 2027", "", ""),
        ],
        right,
        size=9.5,
        lead=15,
        ruled=True,
    )
    y += 8
    c.text(x0, y, "Categories", 11, bold=True)
    y += 15
    for ln in [
        "Narrative short (under 30 minutes)",
        "Documentary short (under 40 minutes)",
        "Animation  ·  Florida filmmaker  ·  Student (with proof of enrolment)",
    ]:
        c.text(x0 + 10, y, f"- {ln}", 9.5)
        y += 13
    y += 10
    c.text(x0, y, "Rules", 11, bold=True)
    y += 15
    y = _para(
        c,
        x0,
        y,
        "Films completed after January 1, 2025. Non-English films must be subtitled in English. "
        "Private screener links only; selected films deliver a ProRes or H.264 file by March 1, "
        "2027. Fees are non-refundable. Screenings at the Sarasota Opera House, 61 N Pineapple "
        "Ave, Sarasota, FL 34236, and at partner venues downtown.",
        9.5,
        right - x0,
        13,
    )
    y += 10
    c.text(x0, y, "Questions: programming@gulfcoastshorts.example  ·  (941) 555-0199", 9)
    return c.output()


def _audience_ticket() -> bytes:
    """A free studio audience ticket for a TV recording: date, queue and recording times."""
    c, x0, right = page("A4", "helvetica", margin=60.0)
    c.box(x0, 50, right - x0, 300, 1.2)
    fill(c, x0 + 1, 51, right - x0 - 2, 40, 30)
    c.pdf.set_text_color(255, 255, 255)
    c.text(x0 + 14, 77, "STUDIO AUDIENCE TICKET", 16, bold=True)
    c.right(right - 14, 77, "FREE - NOT FOR RESALE", 9, bold=True)
    black(c)
    y = 118.0
    c.text(x0 + 14, y, "Saturday Night at the Plaza", 18, bold=True)
    y += 18
    c.text(x0 + 14, y, "A variety show recording for television  ·  Series 2, Show 4", 9.5)
    y += 26
    for lab, val in [
        ("Recording date", "Thursday 19 November 2026"),
        ("Queue opens", "5.45pm (doors 6.30pm)"),
        ("Recording", "7.15pm - approx. 9.45pm"),
        ("Venue", "Stockport Plaza, Mersey Square, Stockport SK1 1SP"),
        ("Ticket holder", "Ms C. Whitehead  ·  2 seats  ·  Ref. SNP-4471"),
    ]:
        c.text(x0 + 14, y, lab, 9.5, bold=True)
        c.text(x0 + 130, y, val, 9.5)
        y += 16
    y += 10
    y = _para(
        c,
        x0 + 14,
        y,
        "Tickets are allocated on a first come, first seated basis and do not guarantee entry. "
        "Audience members must be 16 or over and bring photo ID. No photography during the "
        "recording. The recording may be filmed and you may appear in the broadcast.",
        8.5,
        right - x0 - 28,
        11,
    )
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "near_miss_rehearsal_schedule",
            "near_miss",
            "theatre company's daily rehearsal schedule: date, rehearsal venue, times with who is "
            "called, costume fittings",
            _rehearsal,
            OTHER,
        ),
        _sheet(
            "near_miss_call_for_entries",
            "near_miss",
            "short film festival call for entries: deadlines with dates and fees, categories, "
            "rules, festival dates and venue",
            _call_for_entries,
            OTHER,
        ),
        _sheet(
            "near_miss_audience_ticket",
            "near_miss",
            "TV studio audience ticket: recording date, queue / doors / recording times, venue "
            "address, conditions",
            _audience_ticket,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_pl_sheets(),
        *_cz_sheets(),
        *_xl_sheets(),
        *_uk_sheets(),
        *_cl_sheets(),
        *_nd_sheets(),
        *_other_sheets(),
    ]
