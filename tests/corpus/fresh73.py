"""Seventy-fourth held-out set: Polish call sheets in layouts the corpus lacks, in towns of
Pomorskie, Wielkopolskie, Zachodniopomorskie / Śląskie / Małopolskie, Mazowieckie, Lubelskie
and Małopolskie not yet in the corpus (`fresh73_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh73"). A streaming series' sheet laid out as tiles, each with its Polish
label over a small grey English one, 'Call ekipy / Crew call' (Kartuzy, Kościerzyna,
Władysławowo); a plan exported from a scheduling program, a field grid over coloured scene strips
and a day-break strip, its date '09/03/27' (Kórnik, Rogalin, Śrem); a TV entertainment show's
'dyspozycja nagraniowa' for a talk show recorded on tour, times '08h00' (Kołobrzeg, Ustroń,
Krynica-Zdrój); a film-school etiuda's 'dyspozycja' typed in a word processor with the minutes
raised small ('godz. 7³⁰') and dates '9 III 2027' (Czersk, Sierpc, Opinogóra); a feature backed
by a regional film fund, a landscape 'dzienny plan pracy' with two or three objects a day and
the moves between them (Nałęczów, Janowiec, Zwierzyniec); a revised plan, 'WERSJA 2
(NIEBIESKA)', its changed lines barred in the margin and tagged 'ZMIANA' (Niepołomice, Wadowice,
Lanckorona). Three near misses, all `other`: a parish's pastoral visit (kolęda) plan, a county's
pharmacy duty rota and a spa patient's treatment card.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.corpus.draw import Canvas, black, centre, grey
from tests.corpus.formats import PL_GENITIVE, PL_WEEKDAYS, PL_WEEKDAYS_SHORT, ROMAN, add_minutes
from tests.corpus.fresh_common import (
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
)
from tests.corpus.fresh_skeletons import Day, family, footer, near_misses, notice
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date

P: dict[str, Place] = {
    # (1) Kashubian streaming series, Polish / English label tiles
    "kartuzy": _p(
        "pl",
        "Kolegiata w Kartuzach (dawny klasztor kartuzów)",
        "ul. Klasztorna 5",
        "83-300 Kartuzy",
        54.3340,
        18.1990,
        "Europe/Warsaw",
        "Szpital Specjalistyczny w Kartuzach",
        "ul. Floriana Ceynowy 7",
        "83-300 Kartuzy",
        "58 685 46 00",
        "parking nad Jeziorem Klasztornym, ul. Klasztorna",
        "83-300 Kartuzy",
    ),
    "koscierzyna": _p(
        "pl",
        "Skansen Parowozownia Kościerzyna",
        "ul. Towarowa 7",
        "83-400 Kościerzyna",
        54.1215,
        17.9790,
        "Europe/Warsaw",
        "Szpital Specjalistyczny w Kościerzynie",
        "ul. Alojzego Piechowskiego 36",
        "83-400 Kościerzyna",
        "58 686 03 00",
        "plac przy dworcu PKP, ul. Dworcowa",
        "83-400 Kościerzyna",
    ),
    "wladyslawowo": _p(
        "pl",
        "Dom Rybaka",
        "ul. gen. Józefa Hallera 19",
        "84-120 Władysławowo",
        54.7905,
        18.4070,
        "Europe/Warsaw",
        "Szpital Specjalistyczny im. F. Ceynowy w Wejherowie",
        "ul. dr. Alojzego Jagalskiego 10",
        "84-200 Wejherowo",
        "58 572 70 00",
        "parking przy porcie, ul. Portowa",
        "84-120 Władysławowo",
    ),
    # (2) Wielkopolska feature, plan exported from a scheduling program
    "kornik": _p(
        "pl",
        "Zamek w Kórniku",
        "ul. Zamkowa 5",
        "62-035 Kórnik",
        52.2440,
        17.0880,
        "Europe/Warsaw",
        "Wielospecjalistyczny Szpital Miejski im. J. Strusia",
        "ul. Szwajcarska 3",
        "61-285 Poznań",
        "61 873 90 00",
        "parking przy Arboretum, ul. Parkowa",
        "62-035 Kórnik",
    ),
    "rogalin": _p(
        "pl",
        "Pałac w Rogalinie",
        "ul. Arciszewskiego 2",
        "62-022 Rogalin",
        52.2345,
        16.9340,
        "Europe/Warsaw",
        "Szpital Kliniczny im. H. Święcickiego",
        "ul. Przybyszewskiego 49",
        "60-355 Poznań",
        "61 869 11 00",
        "parking przy kościele św. Marcelina",
        "62-022 Rogalin",
    ),
    "srem": _p(
        "pl",
        "Ratusz w Śremie",
        "pl. 20 Października 1",
        "63-100 Śrem",
        52.0890,
        17.0150,
        "Europe/Warsaw",
        "Szpital Średzki Serca Jezusowego",
        "ul. Żwirki i Wigury 10",
        "63-000 Środa Wielkopolska",
        "61 285 47 00",
        "parking przy ul. Mickiewicza",
        "63-100 Śrem",
    ),
    # (3) TV entertainment talk show recorded on tour
    "kolobrzeg": _p(
        "pl",
        "Regionalne Centrum Kultury - sala widowiskowa",
        "ul. Łopuskiego 12",
        "78-100 Kołobrzeg",
        54.1760,
        15.5760,
        "Europe/Warsaw",
        "Regionalny Szpital w Kołobrzegu",
        "ul. Łopuskiego 31",
        "78-100 Kołobrzeg",
        "94 35 30 300",
        "parking RCK od ul. Dubois",
        "78-100 Kołobrzeg",
    ),
    "ustron": _p(
        "pl",
        "Amfiteatr im. Stanisława Hadyny",
        "Rynek 2a",
        "43-450 Ustroń",
        49.7215,
        18.8130,
        "Europe/Warsaw",
        "Szpital Śląski w Cieszynie",
        "ul. Bielska 4",
        "43-400 Cieszyn",
        "33 852 00 00",
        "parking przy amfiteatrze, ul. Partyzantów",
        "43-450 Ustroń",
    ),
    "krynica": _p(
        "pl",
        "Pijalnia Główna - sala koncertowa",
        "al. Nowotarskiego 9",
        "33-380 Krynica-Zdrój",
        49.4210,
        20.9570,
        "Europe/Warsaw",
        "Szpital Specjalistyczny im. J. Śniadeckiego",
        "ul. Młyńska 10",
        "33-300 Nowy Sącz",
        "18 442 08 00",
        "parking przy Pijalni, ul. Kraszewskiego",
        "33-380 Krynica-Zdrój",
    ),
    # (4) film-school etiuda typed with raised minutes
    "czersk": _p(
        "pl",
        "Zamek Książąt Mazowieckich w Czersku",
        "ul. Świerkowa 14",
        "05-530 Czersk",
        51.9580,
        21.2370,
        "Europe/Warsaw",
        "Szpital św. Anny w Piasecznie",
        "ul. Mickiewicza 39",
        "05-500 Piaseczno",
        "22 735 55 00",
        "parking pod zamkiem, ul. Świerkowa",
        "05-530 Czersk",
    ),
    "sierpc": _p(
        "pl",
        "Muzeum Wsi Mazowieckiej",
        "ul. Narutowicza 64",
        "09-200 Sierpc",
        52.8700,
        19.6610,
        "Europe/Warsaw",
        "Szpital Wojewódzki w Płocku",
        "ul. Medyczna 19",
        "09-400 Płock",
        "24 364 60 00",
        "parking muzealny przy bramie głównej",
        "09-200 Sierpc",
    ),
    "opinogora": _p(
        "pl",
        "Muzeum Romantyzmu w Opinogórze",
        "ul. Zygmunta Krasińskiego 9",
        "06-406 Opinogóra Górna",
        52.9060,
        20.7230,
        "Europe/Warsaw",
        "Specjalistyczny Szpital Wojewódzki w Ciechanowie",
        "ul. Powstańców Wielkopolskich 2",
        "06-400 Ciechanów",
        "23 673 03 00",
        "parking przy kościele, ul. Krasińskiego",
        "06-406 Opinogóra Górna",
    ),
    # (5) regional-fund feature, several objects a day
    "naleczow": _p(
        "pl",
        "Pałac Małachowskich",
        "ul. Armatnia 3",
        "24-150 Nałęczów",
        51.2860,
        22.2160,
        "Europe/Warsaw",
        "Szpital Specjalistyczny w Puławach",
        "ul. Józefa Bema 1",
        "24-100 Puławy",
        "81 450 20 00",
        "parking przy Parku Zdrojowym, ul. Lipowa",
        "24-150 Nałęczów",
    ),
    "janowiec": _p(
        "pl",
        "Zamek w Janowcu",
        "ul. Lubelska 20",
        "24-123 Janowiec",
        51.3220,
        21.8940,
        "Europe/Warsaw",
        "Szpital Specjalistyczny w Puławach",
        "ul. Józefa Bema 1",
        "24-100 Puławy",
        "81 450 20 00",
        "parking pod zamkiem, ul. Lubelska",
        "24-123 Janowiec",
    ),
    "zwierzyniec": _p(
        "pl",
        "Browar Zwierzyniec",
        "ul. Browarna 7",
        "22-470 Zwierzyniec",
        50.6140,
        22.9740,
        "Europe/Warsaw",
        "Szpital Wojewódzki im. Papieża Jana Pawła II w Zamościu",
        "al. Jana Pawła II 10",
        "22-400 Zamość",
        "84 677 33 33",
        "parking przy Kościółku na Wodzie, ul. Partyzantów",
        "22-470 Zwierzyniec",
    ),
    # (6) revised plan, WERSJA 2 with ZMIANA marks
    "niepolomice": _p(
        "pl",
        "Zamek Królewski w Niepołomicach",
        "ul. Zamkowa 2",
        "32-005 Niepołomice",
        50.0360,
        20.2170,
        "Europe/Warsaw",
        "Szpital Specjalistyczny im. S. Żeromskiego",
        "os. Na Skarpie 66",
        "31-913 Kraków",
        "12 622 90 00",
        "parking przy Puszczy, ul. Akacjowa",
        "32-005 Niepołomice",
    ),
    "wadowice": _p(
        "pl",
        "Dom Rodzinny Jana Pawła II",
        "ul. Kościelna 7",
        "34-100 Wadowice",
        49.8830,
        19.4930,
        "Europe/Warsaw",
        "Szpital Powiatowy w Wadowicach",
        "ul. Karmelicka 5",
        "34-100 Wadowice",
        "33 872 12 00",
        "parking przy ul. Lwowskiej",
        "34-100 Wadowice",
    ),
    "lanckorona": _p(
        "pl",
        "Rynek w Lanckoronie",
        "Rynek 1",
        "34-143 Lanckorona",
        49.8450,
        19.7160,
        "Europe/Warsaw",
        "Szpital Powiatowy w Wadowicach",
        "ul. Karmelicka 5",
        "34-100 Wadowice",
        "33 872 12 00",
        "parking pod Górą Lanckorońską, ul. Zamkowa",
        "34-143 Lanckorona",
    ),
}

EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August"]
EN_MON += ["September", "October", "November", "December"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m = (int(x) for x in hhmm.split(":"))
    forms = {
        "colon": f"{h}:{m:02d}",  # "7:30"
        "godz_dot": f"godz. {h}.{m:02d}",  # "godz. 7.30"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    wd = PL_WEEKDAYS[d.weekday()]
    forms = {
        "wd_genitive": f"{wd}, {d.day} {PL_GENITIVE[d.month - 1]} {d.year}",  # no "r."
        "en_long": f"{d:%A}, {d.day} {EN_MON[d.month - 1]} {d.year}",
        "dots_r": f"{d.day}.{d.month:02d}.{d.year} r.",  # "9.03.2027 r."
        "roman_sp": f"{d.day} {ROMAN[d.month - 1]} {d.year}",  # "9 III 2027"
        "slash_yy": f"{d:%d/%m/%y}",  # "09/03/27"
        "slash_yy_wd": f"{d:%d/%m/%y} ({PL_WEEKDAYS_SHORT[d.weekday()]})",
        "wd_genitive_r": f"{wd}, {d.day} {PL_GENITIVE[d.month - 1]} {d.year} r.",
        "wd_dots": f"{wd} {d.day}.{d.month:02d}.{d.year}",
        "wd_short_dots": f"{PL_WEEKDAYS_SHORT[d.weekday()]} {d.day}.{d.month:02d}.{d.year}",
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh73")
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


def _rgb(c: Canvas, x: float, y: float, w: float, h: float, rgb: tuple[int, int, int]) -> None:
    """A coloured box with no border."""
    c.pdf.set_fill_color(*rgb)
    c.pdf.rect(x, y, w, h, style="F")


def _white(c: Canvas) -> None:
    c.pdf.set_text_color(255, 255, 255)


# --- (1) streaming series: tiles with a Polish label over a grey English one --------------------


def _tile(
    c: Canvas, x: float, y: float, w: float, h: float, labels: tuple[str, str], value: str
) -> None:
    """A tile: the Polish label bold, the English one small and grey under it, the value large."""
    c.box(x, y, w, h, 0.5)
    c.text(x + 5, y + 11, labels[0], 7.5, bold=True)
    grey_text(c, x + 5, y + 19, labels[1], 6, 130)
    fit(c, x + 5, y + h - 7, value, 13, w - 10, bold=True)


def _wide_tile(
    c: Canvas, x: float, y: float, w: float, labels: tuple[str, str], lines: list[str]
) -> float:
    """A tile for an address: the two labels, then its lines; returns the y under it."""
    h = 26 + 11 * len(lines)
    c.box(x, y, w, h, 0.5)
    c.text(x + 5, y + 11, labels[0], 7.5, bold=True)
    grey_text(c, x + 5, y + 19, labels[1], 6, 130)
    for i, ln in enumerate(lines):
        fit(c, x + 5, y + 32 + 11 * i, ln, 8.5, w - 10)
    return y + h


@_family(
    "pl_streaming_kafle_pl_en",
    "Kashubian streaming series' daily sheet, A4 DejaVu: 'SERIAL ORYGINALNY / ORIGINAL SERIES' "
    "and the platform grey over the title; EP. and DZIEŃ / DAY right; the date in Polish over "
    "English; two rows of four tiles each with a bold Polish label over a small grey English one "
    "(Call ekipy / Crew call, Śniadanie / Breakfast, Pierwsze ujęcie / First shot, Obiad / Lunch, "
    "Planowany koniec / Est. wrap, Wschód / Sunrise, Zachód / Sunset, Pogoda / Weather); three "
    "address tiles PLAN / SET, BAZA / UNIT BASE, SOR / A&E; scenes and cast with PL / EN heads",
    name="stream_{key}",
)
def _stream(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=34.0)
    grey_text(c, x0, 40, f"SERIAL ORYGINALNY / ORIGINAL SERIES · {g['platform']}", 7.5)
    c.text(x0, 64, title, 20, bold=True)
    c.right(right, 42, f"ODC. / EP. {g['ep']}", 9, bold=True)
    c.right(right, 56, f"DZIEŃ / DAY {g['day_of']}", 9, bold=True)
    c.text(x0, 84, day_text(day, "wd_genitive"), 11, bold=True)
    grey_text(c, x0, 96, day_text(day, "en_long"), 8.5, 120)
    c.right(right, 84, g["company"], 8)
    c.hline(x0, right, 104, 1.0)
    tiles = [
        (("Call ekipy", "Crew call"), hm(call, t)),
        (("Śniadanie", "Breakfast"), hm(add_minutes(call, g["breakfast"]), t)),
        (("Pierwsze ujęcie", "First shot"), hm(add_minutes(call, g["shoot"]), t)),
        (("Obiad", "Lunch"), hm(add_minutes(call, g["lunch"]), t)),
        (("Planowany koniec", "Est. wrap"), hm(add_minutes(call, g["wrap"]), t)),
        (("Wschód słońca", "Sunrise"), hm(rise, t)),
        (("Zachód słońca", "Sunset"), hm(fall, t)),
        (("Pogoda", "Weather"), g["weather"]),
    ]
    w = (right - x0) / 4
    for i, (labels, value) in enumerate(tiles):
        _tile(c, x0 + (i % 4) * w, 112 + (i // 4) * 46, w, 46, labels, value)
    w3 = (right - x0 - 12) / 3
    blocks = [
        (("PLAN", "SET"), [p.name, p.street, p.city, g["set"]]),
        (("BAZA / PARKING", "UNIT BASE / PARKING"), [p.base_street, p.base_city, g["base_note"]]),
        (("SOR", "HOSPITAL (A&E)"), [*g.get("medic", []), *hospital_lines(p)]),
    ]
    ys = [
        _wide_tile(c, x0 + i * (w3 + 6), 214, w3, labels, lines)
        for i, (labels, lines) in enumerate(blocks)
    ]
    y = max(ys) + 18
    y = _table(
        c,
        x0,
        y,
        ["SC.", "OBIEKT / SET", "P/N · D/N", "STR. / PGS", "OBSADA / CAST"],
        [0, 34, 280, 340, 395],
        g["scenes"],
        right,
    )
    rows = [
        (n, a, ch, hm(add_minutes(call, o), t), hm(add_minutes(call, o + 60), t))
        for n, a, ch, o in g["cast"]
    ]
    y = _table(
        c,
        x0,
        y + 6,
        ["NR / #", "AKTOR / ARTIST", "POSTAĆ / CHARACTER", "CHARAKT. / HMU", "NA PLANIE / ON SET"],
        [0, 40, 190, 330, 420],
        rows,
        right,
    )
    titled_notes(c, x0, y + 6, "UWAGI / NOTES", 9, g["notes"], 8, right - x0, 11)
    footer(c, g["footer"], x0)
    return c.output()


def _stream_sheets() -> list[Sheet]:
    common = {
        "time_style": "colon",
        "platform": "Fala+",
        "company": "Bursztyn Studio sp. z o.o. dla Fala+",
    }
    return [
        _stream(
            "kartuzy",
            "Cisza nad Klasztornym",
            D(2027, 3, 9),
            "07:30",
            {
                **common,
                "ep": "104-105",
                "day_of": "23/60",
                "breakfast": -30,
                "shoot": 60,
                "lunch": 330,
                "wrap": 630,
                "weather": "+6°C, mżawka",
                "set": "wirydarz i refektarz",
                "base_note": "catering, charakteryzacja, kostiumy / HMU, wardrobe",
                "scenes": [
                    ("41", "WN. REFEKTARZ / INT. REFECTORY", "D", "2 1/8", "1, 3"),
                    ("42", "PL. WIRYDARZ / EXT. CLOISTER", "D", "1 4/8", "1, 3, 6"),
                    ("57", "WN. KOLEGIATA / INT. CHURCH", "D", "6/8", "3"),
                ],
                "cast": [
                    ("1", "Agata Kreft", "Marta Lipska", 0),
                    ("3", "Tomasz Bieszk", "ks. Roman", 30),
                    ("6", "Ewa Szulc", "Hanka", 150),
                ],
                "notes": [
                    "Kolegiata czynna dla zwiedzających od 10:00: w kościele pracujemy po "
                    "cichu. / The church opens to visitors at 10:00: keep noise down inside.",
                ],
                "footer": "Bursztyn Studio · Cisza nad Klasztornym · poufne / confidential",
            },
        ),
        _stream(
            "koscierzyna",
            "Cisza nad Klasztornym",
            D(2027, 3, 17),
            "08:00",
            {
                **common,
                "ep": "106",
                "day_of": "29/60",
                "breakfast": -45,
                "shoot": 60,
                "lunch": 300,
                "wrap": 600,
                "weather": "+8°C, pochm.",
                "set": "hala parowozowni i obrotnica",
                "base_note": "catering w sali wystawowej / catering in the exhibition hall",
                "scenes": [
                    ("63", "WN. HALA PAROWOZOWNI / INT. ENGINE SHED", "D", "2 3/8", "1, 2"),
                    ("64", "PL. OBROTNICA / EXT. TURNTABLE", "D", "1", "1, 2, 8"),
                ],
                "cast": [
                    ("1", "Agata Kreft", "Marta Lipska", 30),
                    ("2", "Michał Wenta", "Kuba Lipski", 0),
                    ("8", "Jerzy Formela", "maszynista / driver", 120),
                ],
                "notes": [
                    "Parowóz pod parą od 9:00, strefa bezpieczeństwa wyznaczona taśmą. / The "
                    "locomotive is in steam from 9:00: keep behind the tape.",
                ],
                "footer": "Bursztyn Studio · Cisza nad Klasztornym · poufne / confidential",
            },
        ),
        _stream(
            "wladyslawowo",
            "Cisza nad Klasztornym",
            D(2027, 4, 6),
            "06:30",
            {
                **common,
                "ep": "107-108",
                "day_of": "41/60",
                "breakfast": -30,
                "shoot": 45,
                "lunch": 330,
                "wrap": 660,
                "weather": "+9°C, wiatr NW",
                "set": "nabrzeże i wieża widokowa",
                # HARD: the hospital tile opens with the set medic before the SOR
                "medic": ["Ratownik na planie: Piotr Konkol, 601 220 417"],
                "base_note": "baza przy porcie / unit base by the harbour",
                "scenes": [
                    ("80", "PL. NABRZEŻE / EXT. QUAY", "D", "1 5/8", "1, 2, 4"),
                    ("81", "WN. WIEŻA WIDOKOWA / INT. TOWER", "D", "1 2/8", "2, 4"),
                    ("85", "PL. PORT / EXT. HARBOUR", "D", "4/8", "4"),
                ],
                "cast": [
                    ("1", "Agata Kreft", "Marta Lipska", 60),
                    ("2", "Michał Wenta", "Kuba Lipski", 0),
                    ("4", "Dorota Necel", "Ola", 30),
                ],
                "notes": [
                    "Kutry wychodzą o 7:00: nie blokujemy nabrzeża. / Fishing boats sail at "
                    "7:00: keep the quay clear.",
                ],
                "footer": "Bursztyn Studio · Cisza nad Klasztornym · poufne / confidential",
            },
        ),
    ]


# --- (2) plan exported from a scheduling program: field grid, coloured strips, day break --------

_PROGRAM = "PlanZdjęć Pro 4.2"
_STRIP = {
    "WN/D": (255, 255, 255),
    "PL/D": (255, 243, 150),
    "WN/N": (170, 200, 240),
    "PL/N": (150, 215, 160),
}


def _fields(c: Canvas, x: float, y: float, right: float, pairs: list[tuple[str, str]]) -> float:
    """The export's field grid: three columns of grey caption and value cells; returns the y
    under the grid."""
    w = (right - x) / 3
    for i, (cap, val) in enumerate(pairs):
        xx = x + (i % 3) * w
        yy = y + (i // 3) * 24
        c.box(xx, yy, w, 24, 0.3)
        grey_text(c, xx + 4, yy + 8, cap, 6, 120)
        fit(c, xx + 4, yy + 19, val, 8.5, w - 8)
    return y + ((len(pairs) + 2) // 3) * 24


@_family(
    "pl_eksport_programu_paski",
    "Wielkopolska feature's day plan exported from a scheduling program, A4: a grey title bar "
    "with the program's name and 'Raport: Plan dnia'; the project's title; a field grid of grey "
    "captions over values (Dzień zdjęciowy, Data '09/03/27 (wt)', Zbiórka ekipy, Pierwsze "
    "ujęcie, Obiad, Koniec, Wschód, Zachód, Obiekt, Adres, Baza, Szpital (SOR)); the day's scenes "
    "as coloured strips (white WN/D, yellow PL/D, blue WN/N, green PL/N) and a black day-break "
    "strip 'KONIEC DNIA n'; cast calls; the footer 'Wygenerowano: ...'",
    name="export_{key}",
)
def _export(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "helvetica", margin=30.0)
    fill(c, x0, 24, right - x0, 18, 225)
    c.text(x0 + 5, 36, f"{_PROGRAM} · Raport: Plan dnia (call sheet)", 8, bold=True)
    c.right(right - 5, 36, g["project_code"], 8)
    c.text(x0, 64, title.upper(), 16, bold=True)
    grey_text(c, x0, 76, g["company"], 8)
    pairs = [
        ("Dzień zdjęciowy", g["day_of"]),
        ("Data", day_text(day, "slash_yy_wd")),
        ("Zbiórka ekipy", hm(call, t)),
        ("Pierwsze ujęcie", hm(add_minutes(call, g["shoot"]), t)),
        ("Obiad", hm(add_minutes(call, g["lunch"]), t)),
        ("Koniec zdjęć", hm(add_minutes(call, g["wrap"]), t)),
        ("Wschód słońca", hm(rise, t)),
        ("Zachód słońca", hm(fall, t)),
        ("Reżyser / II reżyser", g["directors"]),
        ("Obiekt", p.name),
        ("Adres obiektu", f"{p.street}, {p.city}"),
        ("Plan", g["set"]),
        ("Baza / parking", f"{p.base_street}, {p.base_city}"),
        ("Kierownik planu", g["manager"]),
        ("Pogoda", g["weather"]),
        ("Szpital (SOR)", p.hospital),
        ("Adres SOR", f"{p.hospital_street}, {p.hospital_city}"),
        ("Tel. SOR", p.hospital_phone),
    ]
    y = _fields(c, x0, 86, right, pairs) + 18
    c.text(x0, y, "SCENY DNIA", 9, bold=True)
    y += 6
    for sc, kind, setting, dd, pgs, cast in g["strips"]:
        _rgb(c, x0, y, right - x0, 16, _STRIP[kind])
        c.box(x0, y, right - x0, 16, 0.3)
        c.text(x0 + 4, y + 11, f"Sc. {sc}", 8, bold=True)
        c.text(x0 + 50, y + 11, kind, 8)
        fit(c, x0 + 88, y + 11, setting, 8, 250)
        c.text(x0 + 345, y + 11, dd, 8)
        c.text(x0 + 380, y + 11, f"{pgs} str.", 8)
        fit(c, x0 + 440, y + 11, f"obsada: {cast}", 8, right - x0 - 444)
        y += 16
    fill(c, x0, y, right - x0, 16, 20)
    _white(c)
    c.text(x0 + 4, y + 11, f"KONIEC DNIA {g['day_of'].split()[0]} · {g['day_pages']} str.", 8.5)
    black(c)
    y += 34
    rows = [
        (n, a, ch, hm(add_minutes(call, o - 60), t), hm(add_minutes(call, o), t))
        for n, a, ch, o in g["cast"]
    ]
    y = _table(
        c,
        x0,
        y,
        ["NR", "AKTOR", "POSTAĆ", "CHARAKTERYZACJA", "NA PLANIE"],
        [0, 30, 180, 330, 430],
        rows,
        right,
    )
    titled_notes(c, x0, y + 4, "Uwagi", 8.5, g["notes"], 8, right - x0, 10)
    footer(c, f"Wygenerowano: {g['generated']} · {_PROGRAM} · str. 1/1", x0)
    return c.output()


def _export_sheets() -> list[Sheet]:
    common = {
        "time_style": "h24",
        "company": "Warta Film sp. z o.o. · ul. Półwiejska 14, 61-888 Poznań",
        "project_code": "Projekt: WRZOS_2027",
        "directors": "Anna Kubiak / Jacek Nowicki",
        "manager": "Bartosz Frąckowiak 602 315 880",
    }
    return [
        _export(
            "kornik",
            "Biała Dama",
            D(2027, 3, 9),
            "07:30",
            {
                **common,
                "day_of": "14 z 32",
                "day_pages": "4 5/8",
                "shoot": 75,
                "lunch": 330,
                "wrap": 630,
                "set": "sala mauretańska i biblioteka",
                "weather": "+7°C, pochmurno",
                # HARD: the footer's export date (the evening before) is the page's only other
                # date
                "generated": "08/03/27 17:42",
                "strips": [
                    ("23", "WN/D", "ZAMEK - SALA MAURETAŃSKA", "D4", "2 1/8", "1, 2, 5"),
                    ("24", "WN/D", "ZAMEK - BIBLIOTEKA", "D4", "1 4/8", "1, 5"),
                    ("31", "PL/D", "DZIEDZINIEC ZAMKOWY", "D6", "1", "2, 7"),
                ],
                "cast": [
                    ("1", "Joanna Zięba", "Teofila", 0),
                    ("2", "Marek Olejnik", "Działyński", 30),
                    ("5", "Beata Skiba", "guwernantka", 90),
                ],
                "notes": ["Muzeum otwarte od 10:00: sala mauretańska zamknięta dla zwiedzających."],
            },
        ),
        _export(
            "rogalin",
            "Biała Dama",
            D(2027, 3, 23),
            "08:00",
            {
                **common,
                "day_of": "24 z 32",
                "day_pages": "3 7/8",
                "shoot": 60,
                "lunch": 300,
                "wrap": 600,
                "set": "galeria obrazów i dęby w parku",
                "weather": "+10°C, słonecznie",
                "generated": "22/03/27 20:05",
                "strips": [
                    ("44", "WN/D", "PAŁAC - GALERIA OBRAZÓW", "D9", "1 6/8", "1, 3"),
                    ("45", "PL/D", "PARK - DĘBY ROGALIŃSKIE", "D9", "1 3/8", "1, 3, 4"),
                    ("52", "PL/N", "PARK - ALEJA (NOC ZA DNIA)", "N10", "6/8", "3"),
                ],
                "cast": [
                    ("1", "Joanna Zięba", "Teofila", 30),
                    ("3", "Paweł Grześkowiak", "ogrodnik", 0),
                    ("4", "Lena Musiał", "Zosia", 120),
                ],
                "notes": ["Dęby są pomnikami przyrody: żadnego sprzętu opartego o pnie."],
            },
        ),
        _export(
            "srem",
            "Biała Dama",
            D(2027, 4, 13),
            "06:45",
            {
                **common,
                "day_of": "31 z 32",
                "day_pages": "4 1/8",
                "shoot": 60,
                "lunch": 330,
                "wrap": 660,
                "set": "sala sesyjna i rynek",
                "weather": "+14°C, przelotny deszcz",
                "generated": "12/04/27 18:30",
                "strips": [
                    ("70", "PL/D", "RYNEK - JARMARK", "D14", "2", "1, 2, 6"),
                    ("71", "WN/D", "RATUSZ - SALA SESYJNA", "D14", "1 4/8", "2, 6"),
                    ("73", "WN/N", "RATUSZ - KORYTARZ", "N14", "5/8", "1"),
                ],
                "cast": [
                    ("1", "Joanna Zięba", "Teofila", 60),
                    ("2", "Marek Olejnik", "Działyński", 0),
                    ("6", "Roman Pietrzak", "burmistrz", 0),
                ],
                "notes": ["Rynek zamknięty dla ruchu 6:00-16:00 (zgoda Urzędu Miejskiego)."],
            },
        ),
    ]


# --- (3) TV entertainment: 'dyspozycja nagraniowa' for a talk show on tour ----------------------


@_family(
    "pl_tv_rozrywka_dyspozycja_nagraniowa",
    "TV entertainment talk show's 'DYSPOZYCJA NAGRANIOWA' for recordings on tour, A4 DejaVu: "
    "the channel and the producer left, the show's name large, 'Nagranie odc. n-m' and the "
    "date right; a row of ruled boxes Call ekipy (heavy, large), Próba kamerowa, Wejście "
    "publiczności, Nagranie, Koniec in '08h00' form; MIEJSCE NAGRANIA, WOZY / PARKING, SZPITAL "
    "(SOR) blocks; sun line; a rundown GODZ. / BLOK / TREŚĆ / GOŚCIE / REALIZACJA; the crew by "
    "department with calls; UWAGI",
    name="tv_{key}",
)
def _tv(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=32.0)
    c.text(x0, 40, g["channel"], 9, bold=True)
    grey_text(c, x0, 52, g["producer"], 7.5)
    c.text(x0, 80, "DYSPOZYCJA NAGRANIOWA", 10, bold=True)
    c.text(x0, 102, f"„{title}”", 20, bold=True)
    c.right(right, 40, g["episodes"], 10, bold=True)
    c.right(right, 54, day_text(day, g["date_style"]), 10, bold=True)
    c.right(right, 80, g["tour"], 8)
    c.hline(x0, right, 112, 1.2)
    boxes = [("Call ekipy", hm(call, t))]
    if "truck_call" in g:
        # HARD: the OB truck's call, earlier and boxed the same, comes first
        boxes.insert(0, ("Call wozu realizacyjnego", hm(g["truck_call"], t)))
    boxes += [
        ("Próba kamerowa", hm(add_minutes(call, g["rehearsal"]), t)),
        ("Wejście publiczności", hm(add_minutes(call, g["audience"]), t)),
        ("Nagranie", hm(add_minutes(call, g["record"]), t)),
        ("Koniec", hm(add_minutes(call, g["wrap"]), t)),
    ]
    w = (right - x0) / len(boxes)
    for i, (lab, val) in enumerate(boxes):
        heavy = lab == "Call ekipy" or lab.startswith("Call wozu")
        c.box(x0 + i * w, 120, w, 40, 1.6 if heavy else 0.5)
        fit(c, x0 + i * w + 5, 132, lab, 7.5, w - 10, bold=True)
        c.text(x0 + i * w + 5, 153, val, 15 if heavy else 12, bold=heavy)
    w3 = (right - x0 - 12) / 3
    blocks = [
        ("MIEJSCE NAGRANIA", [p.name, p.street, p.city, g["set"]]),
        ("WOZY / PARKING EKIPY", [p.base_street, p.base_city, g["base_note"]]),
        ("SZPITAL (SOR)", hospital_lines(p)),
    ]
    ys = [_block(c, x0 + i * (w3 + 6), 170, w3, hd, ln) for i, (hd, ln) in enumerate(blocks)]
    y = max(ys) + 14
    c.text(x0, y, f"Wschód słońca {hm(rise, t)} · zachód słońca {hm(fall, t)}", 8)
    y = _table(
        c,
        x0,
        y + 18,
        ["GODZ.", "BLOK", "TREŚĆ", "GOŚCIE / PROWADZĄCA", "REALIZACJA"],
        [0, 50, 100, 280, 410],
        [(hm(add_minutes(call, o), t), b, tr, gs, r) for o, b, tr, gs, r in g["rundown"]],
        right,
    )
    y = _table(
        c,
        x0,
        y + 4,
        ["PION", "OSOBY", "CALL"],
        [0, 110, 420],
        [(d, who, hm(add_minutes(call, o), t)) for d, who, o in g["crew"]],
        right,
    )
    titled_notes(c, x0, y + 4, "UWAGI", 9, g["notes"], 8, right - x0, 11)
    footer(c, g["footer"], x0)
    return c.output()


def _tv_sheets() -> list[Sheet]:
    common = {
        "time_style": "h",
        "channel": "TV Kraj · Program rozrywkowy",
        "producer": "produkcja: Studio Lato sp. z o.o., ul. Chełmska 21, 00-724 Warszawa",
        "tour": "trasa „Kasia w trasie” 2027",
        "footer": "Studio Lato · „Kasia i goście” · dyspozycja wewnętrzna",
    }
    return [
        _tv(
            "kolobrzeg",
            "Kasia i goście",
            D(2027, 6, 14),
            "08:00",
            {
                **common,
                "date_style": "wd_dots",
                "episodes": "Nagranie odc. 31-32",
                "truck_call": "06:00",
                "rehearsal": 180,
                "audience": 330,
                "record": 390,
                "wrap": 660,
                "set": "sala widowiskowa, scena główna",
                "base_note": "wóz realizacyjny i agregat od strony rampy",
                "rundown": [
                    (0, "-", "Call ekipy, montaż dekoracji", "-", "światło, scena"),
                    (180, "-", "Próba kamerowa", "dublerzy", "5 kamer + steadicam"),
                    (390, "1", "Odc. 31: otwarcie, rozmowa", "Kasia, gość 1", "live-to-tape"),
                    (480, "2", "Odc. 32: kuchnia na scenie", "Kasia, gość 2", "live-to-tape"),
                ],
                "crew": [
                    ("Realizacja", "reż. Igor Sowa, wydawca Ola Brandt", 0),
                    ("Kamery", "5 operatorów, steadicam", 60),
                    ("Dźwięk", "Tomasz Rej + 2", 0),
                    ("Charakteryzacja", "Nina Kos, Ewa Lis", 240),
                ],
                "notes": [
                    "Publiczność 300 osób: wpuszczamy od 13h30 przez wejście od ul. Dubois. "
                    "Zgody na wizerunek zbiera produkcja przy wejściu."
                ],
            },
        ),
        _tv(
            "ustron",
            "Kasia i goście",
            D(2027, 7, 5),
            "09:00",
            {
                **common,
                "date_style": "wd_genitive_r",
                "episodes": "Nagranie odc. 35-36",
                "rehearsal": 240,
                "audience": 420,
                "record": 480,
                "wrap": 780,
                "set": "scena pod zadaszeniem i widownia",
                "base_note": "wozy od ul. Partyzantów, catering w namiocie",
                "rundown": [
                    (0, "-", "Call ekipy, okablowanie", "-", "scena, agregat"),
                    (240, "-", "Próba kamerowa, próba zespołu", "zespół", "6 kamer, dźwig"),
                    (480, "1", "Odc. 35: goście z Beskidów", "Kasia, 2 gości", "live-to-tape"),
                    (600, "2", "Odc. 36: muzyczny", "Kasia, zespół", "live-to-tape"),
                ],
                "crew": [
                    ("Realizacja", "reż. Igor Sowa, wydawca Ola Brandt", 0),
                    ("Kamery", "6 operatorów, dźwig", 60),
                    ("Światło", "Marek Holeksa + 3", 0),
                    ("Charakteryzacja", "Nina Kos, Ewa Lis", 300),
                ],
                "notes": [
                    "Amfiteatr pod gołym niebem: w razie deszczu nagranie przesunięte o godzinę, "
                    "decyzja wydawcy do 14h00."
                ],
            },
        ),
        _tv(
            "krynica",
            "Kasia i goście",
            D(2027, 8, 23),
            "10:00",
            {
                **common,
                "date_style": "dots_r",
                "episodes": "Nagranie odc. 41",
                "rehearsal": 180,
                "audience": 330,
                "record": 390,
                "wrap": 600,
                "set": "sala koncertowa, estrada",
                "base_note": "wozy od ul. Kraszewskiego, zgoda uzdrowiska",
                "rundown": [
                    (0, "-", "Call ekipy, montaż", "-", "estrada"),
                    (180, "-", "Próba kamerowa", "dublerzy", "4 kamery"),
                    (390, "1", "Odc. 41: wieczór operetkowy", "Kasia, soliści", "live-to-tape"),
                ],
                "crew": [
                    ("Realizacja", "reż. Hanna Wolny, wydawca Ola Brandt", 0),
                    ("Kamery", "4 operatorów", 60),
                    ("Dźwięk", "Tomasz Rej + 2", 0),
                ],
                "notes": [
                    "Kuracjusze w pijalni do 16h00: montaż bez wiercenia, kable pod chodnikami."
                ],
            },
        ),
    ]


# --- (4) film-school etiuda: 'dyspozycja' typed with raised minutes ------------------------------


def _raised(c: Canvas, x: float, y: float, hhmm: str, size: float, *, bold: bool = False) -> float:
    """'godz. 7' then the minutes small and raised, as a word processor's superscript prints
    them ('godz. 7³⁰'); returns the width drawn."""
    h, m = (int(v) for v in hhmm.split(":"))
    w = c.text(x, y, f"godz. {h}", size, bold=bold)
    w += c.text(x + w + 0.5, y - size * 0.38, f"{m:02d}", size * 0.62, bold=bold)
    return w + 0.5


def _raised_line(
    c: Canvas, x: float, y: float, lead: str, hhmm: str, tail: str, size: float
) -> None:
    """A typed line: `lead`, the raised time, then `tail`."""
    w = c.text(x, y, lead, size, bold=True) if lead else 0.0
    w += _raised(c, x + w + (3 if lead else 0), y, hhmm, size)
    c.text(x + w + (6 if lead else 3), y, tail, size)


_AFIT = "AKADEMIA FILMU I TELEWIZJI w Warszawie"


@_family(
    "pl_etiuda_indeks_gorny",
    "Film-school etiuda's 'DYSPOZYCJA na dzień zdjęciowy nr n' typed in a word processor, A4 "
    "DejaVu Serif: the school's name and the year's course centred over a rule; the etiuda's "
    "title and 'dnia 9 III 2027 r. (wtorek)'; the day as typed lines, every time with its "
    "minutes raised small ('godz. 7³⁰'): Zbiórka ekipy, Obiekt (address), Dojazd i parking, "
    "Najbliższy SOR, Wschód / zachód słońca, then the day's plan of timed lines and the cast; "
    "two signature lines, opiekun artystyczny and kierownik produkcji",
    name="etiuda_{key}",
)
def _etiuda(spec: Day) -> bytes:
    _, p, rise, fall, _, _, title, day, call, g = spec
    c, x0, right = page("A4", "serif", margin=56.0)
    centre(c, 52, _AFIT, 12)
    centre(c, 66, g["course"], 9, bold=False)
    c.hline(x0, right, 74, 0.8)
    centre(c, 100, f"DYSPOZYCJA na dzień zdjęciowy nr {g['n']}", 13)
    centre(c, 118, f"etiuda: „{title}”", 11, bold=False)
    wd = PL_WEEKDAYS[day.weekday()]
    centre(c, 134, f"dnia {day_text(day, 'roman_sp')} r. ({wd})", 10.5, bold=False)
    y = 164.0
    if "bus" in g:
        # HARD: the bus leaving the school comes first, an hour and more before the call
        _raised_line(c, x0, y, "Wyjazd busa:", g["bus"], "spod Akademii", 10)
        y += 18
    _raised_line(c, x0, y, "Zbiórka ekipy:", call, f"na obiekcie ({g['meet']})", 10)
    y += 18
    c.text(x0, y, "Obiekt:", 10, bold=True)
    for ln in [p.name, f"{p.street}, {p.city}", g["set"]]:
        c.text(x0 + 100, y, ln, 10)
        y += 14
    y += 4
    c.text(x0, y, "Parking:", 10, bold=True)
    c.text(x0 + 100, y, f"{p.base_street}, {p.base_city}", 10)
    y += 18
    c.text(x0, y, "Najbliższy SOR:", 10, bold=True)
    c.text(x0 + 100, y, p.hospital, 10)
    c.text(x0 + 100, y + 14, f"{p.hospital_street}, {p.hospital_city}, tel. {p.hospital_phone}", 10)
    y += 32
    w = c.text(x0, y, "Wschód słońca:", 10, bold=True)
    w += _raised(c, x0 + w + 4, y, rise, 10) + 4
    w += c.text(x0 + w + 10, y, "zachód słońca:", 10, bold=True) + 10
    _raised(c, x0 + w + 4, y, fall, 10)
    y += 28
    c.text(x0, y, "Plan dnia", 11, bold=True)
    y += 16
    for off, what in g["plan"]:
        _raised(c, x0 + 10, y, add_minutes(call, off), 10)
        c.text(x0 + 80, y, what, 10)
        y += 15
    y += 10
    c.text(x0, y, "Obsada", 11, bold=True)
    y += 16
    for actor, role, off in g["cast"]:
        c.text(x0 + 10, y, f"{actor} ({role})", 10)
        _raised(c, x0 + 250, y, add_minutes(call, off), 10)
        y += 15
    y += 8
    y = paragraph(c, x0, y + 6, g["note"], 9.5, right - x0, 13)
    c.hline(x0, x0 + 190, y + 50, 0.5)
    c.text(x0, y + 62, f"opiekun artystyczny: {g['tutor']}", 8.5)
    c.hline(right - 190, right, y + 50, 0.5)
    c.text(right - 190, y + 62, f"kierownik produkcji: {g['pm']}", 8.5)
    return c.output()


def _etiuda_sheets() -> list[Sheet]:
    common = {
        "time_style": "h24",
        "course": "Wydział Reżyserii · etiuda fabularna II roku · semestr letni 2026/2027",
    }
    return [
        _etiuda(
            "czersk",
            "Wieża",
            D(2027, 3, 9),
            "07:30",
            {
                **common,
                "n": "2",
                "meet": "przy kasie zamku",
                "set": "baszta południowa i dziedziniec",
                "plan": [
                    (0, "zbiórka, rozładunek, próba"),
                    (60, "sc. 3, 4 - baszta"),
                    (240, "obiad (bufet przy kasie)"),
                    (300, "sc. 6 - dziedziniec"),
                    (480, "koniec zdjęć"),
                ],
                "cast": [
                    ("Zofia Jaros", "Hela", 30),
                    ("Antoni Bryk", "ojciec", 120),
                ],
                "note": "Zamek otwarty dla zwiedzających od 10.00: na dziedzińcu pracujemy "
                "między grupami. Ciepłe ubrania, na murach wieje.",
                "tutor": "prof. Jan Morawiec",
                "pm": "Kinga Lis (II rok)",
            },
        ),
        _etiuda(
            "sierpc",
            "Przednówek",
            D(2027, 5, 18),
            "07:30",
            {
                **common,
                "n": "1",
                "bus": "05:45",
                "meet": "przy chałupie z Rochowa",
                "set": "chałupa, kuźnia i sad",
                "plan": [
                    (0, "zbiórka, ustawienie światła w chałupie"),
                    (45, "sc. 1, 2 - izba"),
                    (210, "sc. 5 - kuźnia"),
                    (300, "obiad (karczma muzealna)"),
                    (360, "sc. 7 - sad"),
                    (540, "koniec zdjęć, powrót busem"),
                ],
                "cast": [
                    ("Weronika Skoczek", "Jadwiga", 0),
                    ("Stanisław Pyrzyk", "kowal", 150),
                ],
                "note": "Muzeum udostępnia kuźnię z kowalem-przewodnikiem: ogień tylko przy nim. "
                "Bus wraca spod bramy o 17.30.",
                "tutor": "dr Marta Gawlik",
                "pm": "Filip Zając (II rok)",
            },
        ),
        _etiuda(
            "opinogora",
            "List do Delfiny",
            D(2027, 10, 12),
            "08:00",
            {
                **common,
                "course": "Wydział Reżyserii · etiuda fabularna II roku · semestr zimowy 2027/2028",
                "n": "3",
                "meet": "przy bramie parku",
                "set": "salon, gabinet i park",
                "plan": [
                    (0, "zbiórka, przygotowanie salonu"),
                    (60, "sc. 2, 3 - salon"),
                    (240, "obiad"),
                    (300, "sc. 8 - park, aleja grabowa"),
                    (450, "koniec zdjęć"),
                ],
                "cast": [
                    ("Mikołaj Tarnas", "Zygmunt", 0),
                    ("Iga Wolska", "Delfina", 60),
                ],
                "note": "Eksponaty muzealne tylko w bawełnianych rękawiczkach, w obecności "
                "kustosza. Park zamykany o 16.00.",
                "tutor": "prof. Jan Morawiec",
                "pm": "Olga Marczak (II rok)",
            },
        ),
    ]


# --- (5) regional-fund feature: landscape day plan with several objects ------------------------


@_family(
    "pl_fundusz_kilka_obiektow",
    "Lubelskie feature co-financed by a regional film fund, 'DZIENNY PLAN PRACY nr n' on A4 "
    "landscape: the title, the fund's credit line and the house left, the date right; a left "
    "column of ruled label rows (Zbiórka ekipy, Charakteryzacja, Obiad, Koniec zdjęć, Wschód, "
    "Zachód, Baza / parking, Szpital SOR); on the right the day's objects side by side, each a "
    "box 'OBIEKT n' with its hours, address and scenes, a 'PRZEJAZD' arrow line between them; "
    "cast and UWAGI at the foot",
    name="fund_{key}",
)
def _fund(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=30.0, orientation="L")
    c.text(x0, 40, f"DZIENNY PLAN PRACY nr {g['n']}", 10, bold=True)
    c.text(x0, 64, f"„{title}”", 18, bold=True)
    grey_text(c, x0, 78, g["fund"], 8)
    grey_text(c, x0, 89, g["company"], 7.5)
    c.right(right, 40, day_text(day, g["date_style"]), 11, bold=True)
    c.right(right, 56, g["day_of"], 9)
    c.hline(x0, right, 96, 1.0)
    mid = x0 + 230
    rows = [
        ("Zbiórka ekipy", hm(call, t)),
        ("Charakteryzacja", hm(add_minutes(call, g["hmu"]), t)),
        ("Obiad", hm(add_minutes(call, g["lunch"]), t)),
        ("Koniec zdjęć", hm(add_minutes(call, g["wrap"]), t)),
        ("Wschód słońca", hm(rise, t)),
        ("Zachód słońca", hm(fall, t)),
    ]
    y = label_rows(c, x0, 116, mid - 14, rows, 9, 100, 16, rule_drop=4)
    y = _block(c, x0, y + 2, mid - 14 - x0, "BAZA / PARKING", [p.base_street, p.base_city])
    y = _block(c, x0, y + 6, mid - 14 - x0, "SZPITAL (SOR)", hospital_lines(p))
    c.text(x0, y + 16, f"Kierownik planu: {g['manager']}", 8)
    objs = [
        (
            f"OBIEKT 1 · {hm(call, t)}-{hm(add_minutes(call, g['move']), t)}",
            [p.name, p.street, p.city, g["set"]],
            g["scenes"],
        ),
    ]
    for k, (start, end, lines, scenes) in enumerate(g["others"], 2):
        objs.append(
            (
                f"OBIEKT {k} · {hm(add_minutes(call, start), t)}-{hm(add_minutes(call, end), t)}",
                lines,
                scenes,
            )
        )
    w = (right - mid - 10 * (len(objs) - 1)) / len(objs)
    ybot = 0.0
    for i, (head, lines, scenes) in enumerate(objs):
        x = mid + i * (w + 10)
        fill(c, x, 104, w, 16, 60)
        _white(c)
        fit(c, x + 5, 116, head, 9, w - 10, bold=True)
        black(c)
        yy = 134.0
        for ln in lines:
            fit(c, x + 5, yy, ln, 8.5, w - 10)
            yy += 11
        yy += 6
        for sc in scenes:
            fit(c, x + 5, yy, sc, 8, w - 10)
            yy += 11
        ybot = max(ybot, yy)
    for i in range(len(objs)):
        c.box(mid + i * (w + 10), 104, w, ybot - 104, 0.6)
    for i, mv in enumerate(g["moves"]):
        fit(c, mid + i * (w + 10) + 5, ybot + 14, f"→ PRZEJAZD {mv}", 8, w + 5, bold=True)
    y = ybot + 34
    y = _table(
        c,
        mid,
        y,
        ["AKTOR", "POSTAĆ", "CHARAKT.", "NA PLANIE", "OBIEKT"],
        [0, 130, 250, 320, 390],
        [
            (a, ch, hm(add_minutes(call, o + g["hmu"]), t), hm(add_minutes(call, o), t), ob)
            for a, ch, o, ob in g["cast"]
        ],
        right,
    )
    titled_notes(c, mid, y + 4, "UWAGI", 9, g["notes"], 8, right - mid, 11)
    footer(c, g["footer"], x0)
    return c.output()


def _fund_sheets() -> list[Sheet]:
    common = {
        "time_style": "dot",
        "fund": "Film współfinansowany przez Lubelski Fundusz Filmowy",
        "company": "Wyżyna Film sp. z o.o. · ul. Peowiaków 12, 20-007 Lublin",
        "footer": "Wyżyna Film · „Dom pod lipami” · plan wewnętrzny, nie rozpowszechniać",
    }
    return [
        _fund(
            "naleczow",
            "Dom pod lipami",
            D(2027, 3, 9),
            "07:30",
            {
                **common,
                "date_style": "wd_genitive",
                "n": "8",
                "day_of": "dzień 8 z 30",
                "hmu": -60,
                "move": 240,
                "lunch": 270,
                "wrap": 600,
                "set": "sala balowa i taras",
                "manager": "Rafał Ciupa 603 118 204",
                "scenes": ["sc. 12 WN. SALA BALOWA - D", "sc. 13 PL. TARAS - D"],
                "others": [
                    (
                        300,
                        600,
                        ["Pijalnia Wód Mineralnych", "Park Zdrojowy, Nałęczów", "kolumnada"],
                        ["sc. 20 WN. PIJALNIA - D", "sc. 21 PL. ALEJA PARKOWA - D"],
                    ),
                ],
                "moves": ["11.30 pieszo przez park (sprzęt: melex)"],
                "cast": [
                    ("Karolina Sęk", "Maria", 0, "1, 2"),
                    ("Adam Koziej", "doktor Nowak", 60, "1"),
                    ("Lidia Mach", "kuracjuszka", 300, "2"),
                ],
                "notes": ["W Parku Zdrojowym cisza dla kuracjuszy: bez agregatu w alei."],
            },
        ),
        _fund(
            "janowiec",
            "Dom pod lipami",
            D(2027, 4, 20),
            "06:45",
            {
                **common,
                "date_style": "dots_r",
                "n": "21",
                "day_of": "dzień 21 z 30",
                "hmu": -45,
                "move": 240,
                "lunch": 285,
                "wrap": 630,
                "set": "dziedziniec i krużganki",
                "manager": "Rafał Ciupa 603 118 204",
                "scenes": ["sc. 44 PL. DZIEDZINIEC - D", "sc. 45 WN. KRUŻGANEK - D"],
                "others": [
                    (
                        330,
                        480,
                        # HARD: the second object prints its own call for the late cast
                        [
                            "Przystań promowa na Wiśle",
                            "ul. Nadwiślańska, Janowiec",
                            "zbiórka obsady obiektu 2: 12.00",
                        ],
                        ["sc. 50 PL. PROM - D"],
                    ),
                    (
                        510,
                        630,
                        ["Dworek w Janowcu", "ul. Lubelska, Janowiec", "weranda"],
                        ["sc. 52 PL. WERANDA - D/WIECZÓR"],
                    ),
                ],
                "moves": ["10.45 busami (10 min)", "14.45 pieszo"],
                "cast": [
                    ("Karolina Sęk", "Maria", 0, "1, 2, 3"),
                    ("Witold Rzepa", "przewoźnik", 315, "2"),
                ],
                "notes": [
                    "Prom kursuje co 30 min: ujęcia na promie tylko w kursach 12.30 i 13.00."
                ],
            },
        ),
        _fund(
            "zwierzyniec",
            "Dom pod lipami",
            D(2027, 5, 11),
            "07:00",
            {
                **common,
                "date_style": "wd_genitive",
                "n": "26",
                "day_of": "dzień 26 z 30",
                "hmu": -60,
                "move": 270,
                "lunch": 300,
                "wrap": 660,
                "set": "warzelnia i piwnice",
                "manager": "Edyta Wójcik 605 417 990",
                "scenes": ["sc. 60 WN. WARZELNIA - D", "sc. 61 WN. PIWNICE - D"],
                "others": [
                    (
                        330,
                        660,
                        ["Kościółek na Wodzie", "ul. Partyzantów, Zwierzyniec", "groble i staw"],
                        ["sc. 66 PL. GROBLA - D", "sc. 67 PL. STAW - D"],
                    ),
                ],
                "moves": ["11.30 samochodami (5 min)"],
                "cast": [
                    ("Karolina Sęk", "Maria", 0, "1, 2"),
                    ("Adam Koziej", "doktor Nowak", 330, "2"),
                ],
                "notes": ["Browar pracuje: w warzelni kaski i buty z podnoskiem."],
            },
        ),
    ]


# --- (6) revised plan: WERSJA 2 (NIEBIESKA), changed lines barred and tagged ZMIANA -------------


def _zmiana(c: Canvas, x0: float, right: float, y: float, on: bool) -> None:
    """The revision marks of a changed line: a black bar in the left margin and a small
    'ZMIANA' tag in the right margin."""
    if not on:
        return
    fill(c, x0 - 14, y - 10, 4, 13, 0)
    fill(c, right + 4, y - 9, 36, 11, 0)
    _white(c)
    c.text(right + 6, y - 1, "ZMIANA", 6.5, bold=True)
    black(c)


@_family(
    "pl_wersja_zmiana_margines",
    "Małopolska feature's revised 'PLAN ZDJĘCIOWY', A4: a pale blue band 'WERSJA 2 (NIEBIESKA)' "
    "with the time it was issued and 'zastępuje wersję 1'; a key 'zmiany oznaczono kreską na "
    "marginesie i napisem ZMIANA'; ruled label rows (Data, Zbiórka ekipy, Charakteryzacja, "
    "Obiad, Koniec, Miejsce zdjęć, Baza, Szpital SOR, Wschód / zachód), the changed ones barred "
    "in the left margin and tagged ZMIANA in the right; scenes with changed rows marked; a "
    "'ZMIANY W TEJ WERSJI' list",
    name="rev_{key}",
)
def _rev(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=52.0)
    right -= 10
    _rgb(c, x0, 26, right - x0, 34, (200, 222, 245))
    c.text(x0 + 6, 41, f"PLAN ZDJĘCIOWY nr {g['n']} · WERSJA 2 (NIEBIESKA)", 11, bold=True)
    c.text(x0 + 6, 54, g["issued"], 8)
    c.text(x0, 84, f"„{title}”", 17, bold=True)
    grey_text(c, x0, 97, g["company"], 8)
    c.right(right, 84, g["day_of"], 9, bold=True)
    grey(c, 90)
    c.text(x0, 114, "Zmiany oznaczono kreską na marginesie i napisem ZMIANA.", 7.5)
    black(c)
    changed = set(g["changed"])
    rows = [
        ("date", "Data", day_text(day, g["date_style"])),
        ("call", "Zbiórka ekipy", hm(call, t)),
        ("hmu", "Charakteryzacja", hm(add_minutes(call, g["hmu"]), t)),
        ("lunch", "Obiad", hm(add_minutes(call, g["lunch"]), t)),
        ("wrap", "Koniec zdjęć", hm(add_minutes(call, g["wrap"]), t)),
        ("set", "Miejsce zdjęć", f"{p.name}, {p.street}, {p.city}"),
        ("set2", "", g["set"]),
        ("base", "Baza / parking", f"{p.base_street}, {p.base_city}"),
        ("hosp", "Szpital (SOR)", f"{p.hospital}, {p.hospital_street}, {p.hospital_city}"),
        ("hosp2", "", f"tel. {p.hospital_phone}"),
        ("sun", "Wschód / zachód", f"{hm(rise, t)} / {hm(fall, t)}"),
    ]
    y = 136.0
    for key, lab, val in rows:
        on = key in changed
        c.text(x0, y, lab, 9, bold=True)
        fit(c, x0 + 110, y, val, 11 if key == "call" else 9, right - x0 - 112, bold=on)
        c.hline(x0, right, y + 4, 0.2)
        _zmiana(c, x0, right, y, on)
        y += 16
    y += 14
    c.text(x0, y, "SCENY", 9.5, bold=True)
    y += 14
    y0 = y
    y = _table(
        c,
        x0,
        y,
        ["SC.", "OBIEKT", "P/N", "STR.", "OBSADA"],
        [0, 36, 290, 330, 375],
        [row[:5] for row in g["scenes"]],
        right,
    )
    for i, row in enumerate(g["scenes"]):
        _zmiana(c, x0, right, y0 + 12 * (i + 1), row[5] == "Z")
    titled_notes(c, x0, y + 6, "ZMIANY W TEJ WERSJI", 9.5, g["changes"], 8.5, right - x0, 12)
    footer(c, g["footer"], x0)
    return c.output()


def _rev_sheets() -> list[Sheet]:
    common = {
        "time_style": "dot",
        "company": "Krakowska Wytwórnia Filmów „Lajkonik” · ul. Zabłocie 23, 30-701 Kraków",
        "footer": "Lajkonik · „Sól i popiół” · wersja 2 obowiązuje, wersję 1 proszę zniszczyć",
    }
    return [
        _rev(
            "niepolomice",
            "Sól i popiół",
            D(2027, 3, 9),
            "08:00",
            {
                **common,
                "date_style": "wd_short_dots",
                "n": "12",
                "day_of": "dzień 12 z 36",
                "issued": "wydano 8.03.2027, godz. 19.10 · zastępuje wersję 1 z 6.03.2027",
                "hmu": -60,
                "lunch": 300,
                "wrap": 600,
                "set": "dziedziniec arkadowy i sala pod Kogutami",
                "changed": ["call", "hmu", "set2"],
                "scenes": [
                    ("31", "PL. DZIEDZINIEC ARKADOWY", "D", "1 6/8", "1, 2", "Z"),
                    ("32", "WN. SALA POD KOGUTAMI", "D", "2", "1, 2, 4", ""),
                    ("35", "WN. SIENI ZAMKOWA", "D", "4/8", "4", "Z"),
                ],
                "changes": [
                    "Zbiórka przesunięta na 8.00 (dostęp do zamku od 7.30).",
                    "Dodana sc. 35 (sień), sc. 31 na dziedzińcu zamiast w ogrodzie.",
                ],
            },
        ),
        _rev(
            "wadowice",
            "Sól i popiół",
            D(2027, 4, 14),
            "07:30",
            {
                **common,
                "date_style": "wd_dots",
                "n": "27",
                "day_of": "dzień 27 z 36",
                "issued": "wydano 13.04.2027, godz. 21.40 · zastępuje wersję 1",
                "hmu": -45,
                "lunch": 300,
                "wrap": 630,
                "set": "kamienica od podwórza i brama",
                "changed": ["call", "wrap", "base"],
                "scenes": [
                    ("61", "PL. PODWÓRZE KAMIENICY", "D", "1 2/8", "1, 3", ""),
                    ("62", "PL. BRAMA", "D", "6/8", "3", "Z"),
                ],
                "changes": [
                    # HARD: the superseded call is quoted in the list of changes
                    "Zbiórka ekipy 7.30 zamiast 6.30 (poprzednia godzina nieaktualna).",
                    "Baza przeniesiona na parking przy ul. Lwowskiej.",
                ],
            },
        ),
        _rev(
            "lanckorona",
            "Sól i popiół",
            D(2027, 5, 4),
            "06:30",
            {
                **common,
                "date_style": "wd_genitive_r",
                "n": "33",
                "day_of": "dzień 33 z 36",
                "issued": "wydano 3.05.2027, godz. 17.55 · zastępuje wersję 1",
                "hmu": -60,
                "lunch": 330,
                "wrap": 660,
                "set": "drewniane podcienia i pierzeja zachodnia",
                "changed": ["lunch", "set2"],
                "scenes": [
                    ("77", "PL. RYNEK - PODCIENIA", "D", "2 1/8", "1, 2, 5", "Z"),
                    ("78", "WN. DOM SZEWCA", "D", "1", "2, 5", ""),
                ],
                "changes": [
                    "Obiad o 12.00 w Domu Ludowym (catering nie dojedzie na rynek).",
                    "Sc. 77 pod podcieniami pierzei zachodniej.",
                ],
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
    """A near miss: heading lines over a rule, its title centred, then fresh_skeletons.notice's
    body."""
    c, x0, right = page("A4", "serif", margin=46.0)
    c.text(x0, 50, head[0], 12, bold=True)
    grey_text(c, x0, 63, head[1], 8.5)
    c.hline(x0, right, 71, 1.0)
    centre(c, 96, head[2], 12)
    facts, table_rows, notes = body
    notice(
        c,
        x0,
        right,
        124,
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


def _koleda() -> bytes:
    """A parish's pastoral visit (kolęda) plan: streets by day, the start time, the priest."""
    return _nm_page(
        (
            "PARAFIA ŚW. STANISŁAWA BM W KRASNOBRODZIE",
            "ul. Sanktuaryjna 2, 22-440 Krasnobród",
            "WIZYTA DUSZPASTERSKA 2026/2027",
        ),
        (
            [
                ("Początek odwiedzin", "pn.-pt. od godz. 15.00, w soboty od 9.00"),
                ("Ministranci", "zbiórka w zakrystii 14.30, w komżach"),
                ("Zgłoszenia", "kancelaria parafialna, tel. 84 660 70 12"),
                ("Kolęda dodatkowa", "sobota 16 stycznia 2027, od 9.00"),
            ],
            (
                ["DZIEŃ", "GODZ.", "ULICE", "KSIĄDZ"],
                [0, 110, 160, 390],
                [
                    ("pon. 28 grudnia", "15.00", "Sanktuaryjna, Kościuszki 1-40", "ks. proboszcz"),
                    ("wt. 29 grudnia", "15.00", "Partyzantów, Lelewela", "ks. Paweł"),
                    ("śr. 30 grudnia", "15.00", "Podklasztor, Zielona", "ks. proboszcz"),
                    ("sob. 2 stycznia", "9.00", "Hutki, Wólka Husińska", "ks. Paweł"),
                ],
            ),
            (
                "Uwagi",
                [
                    "Prosimy przygotować krzyż, świece i wodę święconą. Msza św. za mieszkańców "
                    "odwiedzanych ulic o 18.00; transmisja w internecie na stronie parafii."
                ],
            ),
        ),
    )


def _apteki() -> bytes:
    """A county's night and holiday pharmacy duty rota."""
    return _nm_page(
        (
            "STAROSTWO POWIATOWE W BIŁGORAJU",
            "załącznik nr 2 do uchwały Rady Powiatu nr XII/88/2026",
            "HARMONOGRAM DYŻURÓW APTEK",
        ),
        (
            [
                ("Okres", "styczeń - marzec 2027, miasto Biłgoraj"),
                ("Dyżur nocny", "pn.-pt. od 20.00 do 8.00 dnia następnego"),
                ("Niedziele i święta", "od 8.00 do 8.00 dnia następnego"),
                ("Informacja", "na drzwiach każdej apteki, tel. 84 688 20 00"),
            ],
            (
                ["TYDZIEŃ", "APTEKA", "ADRES", "TELEFON"],
                [0, 100, 250, 400],
                [
                    ("4-10 I", "Apteka Pod Lwem", "ul. Kościuszki 19", "84 686 11 20"),
                    ("11-17 I", "Apteka Zdrowie", "ul. Komorowskiego 7", "84 686 30 44"),
                    ("18-24 I", "Apteka Centralna", "pl. Wolności 5", "84 686 52 10"),
                    ("25-31 I", "Apteka Przy Szpitalu", "ul. Bojarskiego 2", "84 686 77 01"),
                ],
            ),
            (
                "Uwagi",
                [
                    "Apteki mogą zamienić się dyżurami po zawiadomieniu starostwa nie później niż "
                    "48 godzin przed zmianą."
                ],
            ),
        ),
    )


def _zabiegi() -> bytes:
    """A spa patient's treatment card: the day's treatments, times and rooms."""
    return _nm_page(
        (
            "UZDROWISKO SZCZAWNICA - ZAKŁAD PRZYRODOLECZNICZY",
            "pl. Dietla 1, 34-460 Szczawnica",
            "KARTA ZABIEGÓW",
        ),
        (
            [
                ("Kuracjusz", "Halina Wrona, pok. 214 (Sanatorium „Nawojka”)"),
                ("Turnus", "nr 9/2027, 2-22 marca 2027 r."),
                ("Lekarz prowadzący", "lek. med. Adam Pyzik"),
                ("Zgłoszenie", "10 minut przed zabiegiem w rejestracji zakładu"),
            ],
            (
                ["DZIEŃ", "GODZ.", "ZABIEG", "GABINET"],
                [0, 80, 140, 380],
                [
                    ("wt. 9 III", "7.30", "inhalacja wodą Józefina", "inhalatorium 2"),
                    ("wt. 9 III", "8.15", "masaż klasyczny pleców", "gab. 11"),
                    ("wt. 9 III", "10.40", "kąpiel borowinowa", "borowiny, kab. 4"),
                    ("śr. 10 III", "7.30", "gimnastyka w grupie", "sala ćwiczeń"),
                ],
            ),
            (
                "Uwagi",
                [
                    "Nieobecność na zabiegu prosimy zgłaszać w rejestracji. Film instruktażowy "
                    "do ćwiczeń w domu w pokoju telewizyjnym."
                ],
            ),
        ),
    )


def _other_sheets() -> list[Sheet]:
    docs = [
        (
            "near_miss_koleda_visit_plan",
            "a parish's pastoral visit (kolęda) plan, A4 serif: the parish, 'WIZYTA DUSZPASTERSKA "
            "2026/2027', visits from 15.00, altar servers meet 14.30; a DZIEŃ / GODZ. / ULICE / "
            "KSIĄDZ table; a note on the Mass for the streets streamed online",
            _koleda,
        ),
        (
            "near_miss_pharmacy_duty_rota",
            "a county's pharmacy duty rota, A4 serif: the starostwo, 'HARMONOGRAM DYŻURÓW APTEK', "
            "night duty 20.00-8.00; a TYDZIEŃ / APTEKA / ADRES / TELEFON table; a note on swaps",
            _apteki,
        ),
        (
            "near_miss_spa_treatment_card",
            "a spa patient's treatment card, A4 serif: the spa's treatment centre, 'KARTA "
            "ZABIEGÓW', patient, stay, doctor; a DZIEŃ / GODZ. / ZABIEG / GABINET table from 7.30; "
            "a note on an exercise film",
            _zabiegi,
        ),
    ]
    return near_misses(_sheet, docs)


def sheets() -> list[Sheet]:
    return [
        *_stream_sheets(),
        *_export_sheets(),
        *_tv_sheets(),
        *_etiuda_sheets(),
        *_fund_sheets(),
        *_rev_sheets(),
        *_other_sheets(),
    ]
