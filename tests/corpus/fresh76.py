"""Seventy-seventh held-out set: Polish call sheets ('dzienny plan pracy', 'plan zdjęciowy',
'dyspozycja', 'call sheet') from six kinds of production, each on a layout the corpus lacks, with
days of several objects (OBIEKT I / OBIEKT II, OBIEKT 1 / 2, LOKACJA 1 / 2, the move between them
mid-day) and call cells holding more than one time (`fresh76_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh76"). A big studio's feature 'DZIENNY PLAN PRACY' in landscape with the
day's objects as columns left to right and the PRZENOSINY strip between them (Karpacz, Szklarska
Poręba, Kowary); a TVP daily series 'PLAN ZDJĘCIOWY' with a department by object matrix of times
(Zgierz, Pabianice, Ozorków); a Warsaw production house's commercial call sheet exported from a
16:9 slide deck (Konstancin-Jeziorna, Józefów, Milanówek); a Bieszczady documentary's day as one
itinerary table, GODZ. / GDZIE / CO / KTO (Ustrzyki Dolne, Cisna, Wetlina); a Katowice film
school etiuda printed from a Polish-locale spreadsheet, times '7:00:00' (Mikołów, Bieruń,
Siemianowice Śląskie); a music video's plan made in an online design tool, white on black
(Międzyzdroje, Dziwnów, Kamień Pomorski). Three near misses, all `other`: a scout camp's day
plan, a parish retreat's timetable and a shop's stocktaking schedule.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.corpus.draw import Canvas, centre, measure
from tests.corpus.formats import PL_GENITIVE, ROMAN, add_minutes, pl_weekday
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
)
from tests.corpus.fresh_skeletons import Day, family, footer, near_miss_page, near_misses
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date

_JG = (
    "Wojewódzkie Centrum Szpitalne Kotliny Jeleniogórskiej (SOR)",
    "ul. Ogińskiego 6",
    "58-506 Jelenia Góra",
    "75 753 72 00",
)
_ZG = (
    "Wojewódzki Specjalistyczny Szpital im. M. Skłodowskiej-Curie (SOR)",
    "ul. Parzęczewska 35",
    "95-100 Zgierz",
    "42 714 45 00",
)
_SANOK = (
    "SP ZOZ w Sanoku (SOR)",
    "ul. 800-lecia 26",
    "38-500 Sanok",
    "13 465 60 00",
)
_GRYF = (
    "Szpitale Regionalne w Gryficach (SOR)",
    "ul. Niechorska 27",
    "72-300 Gryfice",
    "91 384 42 01",
)


def _pl(name: str, street: str, city: str, lat: float, lon: float, hosp: tuple, base: str) -> Place:
    b_street, _, b_city = base.partition(" | ")
    return _p("pl", name, street, city, lat, lon, "Europe/Warsaw", *hosp, b_street, b_city)


P: dict[str, Place] = {
    # (1) big studio feature, the Karkonosze
    "karpacz": _pl(
        "Świątynia Wang",
        "ul. Na Śnieżkę 8",
        "58-540 Karpacz",
        50.7630,
        15.7420,
        _JG,
        "parking Biały Jar, ul. Karkonoska | 58-540 Karpacz",
    ),
    "szklarska": _pl(
        "Dom Carla i Gerharta Hauptmannów",
        "ul. 11 Listopada 23",
        "58-580 Szklarska Poręba",
        50.8275,
        15.5233,
        _JG,
        "parking przy dworcu PKP Szklarska Poręba Górna | 58-580 Szklarska Poręba",
    ),
    "kowary": _pl(
        "Sztolnie Kowary",
        "ul. Podgórze 55",
        "58-530 Kowary",
        50.7810,
        15.8360,
        _JG,
        "parking przy Parku Miniatur, ul. Zamkowa 9 | 58-530 Kowary",
    ),
    # (2) TVP daily series, around Łódź
    "zgierz": _pl(
        "Park Kulturowy Miasto Tkaczy",
        "ul. Rembowskiego 1",
        "95-100 Zgierz",
        51.8560,
        19.4050,
        _ZG,
        "parking przy Urzędzie Miasta, pl. Jana Pawła II | 95-100 Zgierz",
    ),
    "pabianice": _pl(
        "Muzeum Miasta Pabianic",
        "Stary Rynek 1",
        "95-200 Pabianice",
        51.6640,
        19.3550,
        (
            "Pabianickie Centrum Medyczne (SOR)",
            "ul. Jana Pawła II 68",
            "95-200 Pabianice",
            "42 225 40 00",
        ),
        "parking przy ul. Zamkowej | 95-200 Pabianice",
    ),
    "ozorkow": _pl(
        "Miejski Ośrodek Kultury",
        "ul. Wigury 4",
        "95-035 Ozorków",
        51.9630,
        19.2900,
        _ZG,
        "parking przy hali MOSiR, ul. Leśna | 95-035 Ozorków",
    ),
    # (3) Warsaw production house commercial, outside Warsaw
    "konstancin": _pl(
        "Villa La Fleur",
        "ul. Szymanowskiego 6",
        "05-520 Konstancin-Jeziorna",
        52.0860,
        21.1150,
        (
            "Szpital św. Anny w Piasecznie (SOR)",
            "ul. Mickiewicza 39",
            "05-500 Piaseczno",
            "22 735 15 00",
        ),
        "parking przy tężni, ul. Sienkiewicza | 05-520 Konstancin-Jeziorna",
    ),
    "jozefow": _pl(
        "Miejski Ośrodek Kultury w Józefowie",
        "ul. Kardynała Wyszyńskiego 1",
        "05-420 Józefów",
        52.1370,
        21.2350,
        (
            "Międzyleski Szpital Specjalistyczny (SOR)",
            "ul. Bursztynowa 2",
            "04-749 Warszawa",
            "22 473 50 00",
        ),
        "parking przy stacji PKP Józefów | 05-420 Józefów",
    ),
    "milanowek": _pl(
        "Willa Waleria",
        "ul. Kościuszki 46",
        "05-822 Milanówek",
        52.1230,
        20.6700,
        (
            "Szpital Zachodni im. św. Jana Pawła II (SOR)",
            "ul. Daleka 11",
            "05-825 Grodzisk Mazowiecki",
            "22 755 91 00",
        ),
        "parking przy stacji WKD Milanówek Grudów | 05-822 Milanówek",
    ),
    # (4) documentary, the Bieszczady
    "ustrzyki": _pl(
        "Muzeum Przyrodnicze BdPN",
        "ul. Bełska 7",
        "38-700 Ustrzyki Dolne",
        49.4300,
        22.5900,
        _SANOK,
        "pensjonat „Pod Żubrem”, ul. Fabryczna | 38-700 Ustrzyki Dolne",
    ),
    "cisna": _pl(
        "Stacja kolejki leśnej Majdan",
        "Majdan 17",
        "38-607 Cisna",
        49.2160,
        22.3250,
        _SANOK,
        "pensjonat „Pod Żubrem”, Ustrzyki Dolne | 38-700 Ustrzyki Dolne",
    ),
    "wetlina": _pl(
        "Stara Karczma",
        "Wetlina 1",
        "38-608 Wetlina",
        49.1470,
        22.4800,
        _SANOK,
        "parking pod Przełęczą Wyżną | 38-608 Wetlina",
    ),
    # (5) film-school etiuda, Katowice school, Silesian towns
    "mikolow": _pl(
        "Śląski Ogród Botaniczny",
        "ul. Sosnowa 5",
        "43-190 Mikołów",
        50.1700,
        18.9050,
        (
            "Górnośląskie Centrum Medyczne (SOR)",
            "ul. Ziołowa 45/47",
            "40-635 Katowice",
            "32 359 80 00",
        ),
        "parking ogrodu, ul. Sosnowa | 43-190 Mikołów",
    ),
    "bierun": _pl(
        "Kościół św. Walentego",
        "ul. św. Walentego 3",
        "43-150 Bieruń",
        50.0900,
        19.0930,
        (
            "Megrez Szpital Wojewódzki w Tychach (SOR)",
            "ul. Edukacji 102",
            "43-100 Tychy",
            "32 325 55 55",
        ),
        "parking przy Rynku | 43-150 Bieruń",
    ),
    "siemianowice": _pl(
        "Muzeum Miejskie",
        "ul. Szkolna 1",
        "41-100 Siemianowice Śląskie",
        50.3050,
        19.0300,
        (
            "Szpital Miejski w Siemianowicach Śląskich (SOR)",
            "ul. 1 Maja 9",
            "41-100 Siemianowice Śląskie",
            "32 765 01 00",
        ),
        "parking przy Parku Pszczelnik | 41-100 Siemianowice Śląskie",
    ),
    # (6) music video, the West Pomeranian coast
    "miedzyzdroje": _pl(
        "Promenada Gwiazd",
        "ul. Promenada Gwiazd 1",
        "72-500 Międzyzdroje",
        53.9280,
        14.4500,
        (
            "Szpital Miejski im. Jana Garduły w Świnoujściu (SOR)",
            "ul. Mieszka I 7",
            "72-600 Świnoujście",
            "91 326 66 00",
        ),
        "parking przy amfiteatrze, ul. Bohaterów Warszawy | 72-500 Międzyzdroje",
    ),
    "dziwnow": _pl(
        "Port Jachtowy Dziwnów",
        "ul. Mickiewicza 1A",
        "72-420 Dziwnów",
        54.0270,
        14.7700,
        _GRYF,
        "parking przy moście zwodzonym, ul. Mostowa | 72-420 Dziwnów",
    ),
    "kamien": _pl(
        "Katedra w Kamieniu Pomorskim",
        "pl. Katedralny 5",
        "72-400 Kamień Pomorski",
        53.9700,
        14.7740,
        _GRYF,
        "parking przy Bramie Wolińskiej, ul. Mickiewicza | 72-400 Kamień Pomorski",
    ),
}


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, _, _ = clock(hhmm)
    forms = {
        "pl_dot": f"{h}.{m:02d}",  # "7.30"
        "pl_h": f"{h}:{m:02d}",  # "7:30"
        "sheets": f"{h}:{m:02d}:00",  # a Polish-locale spreadsheet's time cell, "7:30:00"
        "pl_godz": f"godz. {h}.{m:02d}",  # "godz. 7.30"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    wd_s = pl_weekday(d, short=True)
    forms = {
        "pl_wd_gen_r": f"{pl_weekday(d)}, {d.day} {PL_GENITIVE[d.month - 1]} {d.year} r.",
        "pl_short_dots": f"{wd_s} {d.day}.{d.month:02d}.{d.year}",  # "pon. 12.10.2026"
        "pl_short_roman": f"{wd_s} {d.day}.{ROMAN[d.month - 1]}.{d.year}",  # "śr. 21.X.2026"
        "pl_roman_space": f"{d.day} {ROMAN[d.month - 1]} {d.year}",  # "12 X 2026"
        "pl_roman_space_wd": f"{d.day} {ROMAN[d.month - 1]} {d.year} ({wd_s})",
        "pl_dots_wd": f"{d:%d.%m.%Y} ({wd_s})",  # "13.10.2026 (wt.)"
        "pl_short_gen": f"{wd_s} {d.day} {PL_GENITIVE[d.month - 1]} {d.year}",
        "pl_no_year": f"{wd_s} {d.day}.{d.month:02d}",  # "pon. 12.10" (year printed elsewhere)
        "sheets_date": f"{d:%d.%m.%Y}",
        "pl_wd_gen": f"{pl_weekday(d)} {d.day} {PL_GENITIVE[d.month - 1]} {d.year}",
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh76")
_table = partial(head_table, size=7.5, lead=12)
_family = partial(family, _sheet, P)


def _white(c: Canvas) -> None:
    c.pdf.set_text_color(255, 255, 255)


def _black(c: Canvas) -> None:
    c.pdf.set_text_color(0, 0, 0)


# --- (1) big studio feature: the day's objects as columns, left to right ----------------------


@_family(
    "pl_fabula_obiekty_kolumnami",
    "Polish feature 'DZIENNY PLAN PRACY nr n' on a big studio's landscape A4 template: the "
    "studio's name and „title” left, number and date right; a ruled top band (ZBIÓRKA, "
    "WYJAZD Z BAZY, OBIAD, ZAKOŃCZENIE, WSCHÓD / ZACHÓD); the day's objects as columns left to "
    "right, each headed 'OBIEKT I · godz. 7.00\u201312.30' with its address, scenes and cast, a "
    "narrow grey 'PRZENOSINY' strip between them; BAZA and SZPITAL (SOR) in a band at the foot",
    name="dpp_{key}",
)
def _columns(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=26.0, orientation="L")
    c.text(x0, 34, g["studio"], 8.5, bold=True)
    grey_text(c, x0, 45, g["studio_line"], 7)
    c.text(x0, 66, f"„{title}”", 18, bold=True)
    c.right(right, 36, f"DZIENNY PLAN PRACY nr {g['n']}", 13, bold=True)
    c.right(right, 54, day_text(day, g["date_style"]), 11, bold=True)
    c.right(right, 68, f"dzień zdjęciowy {g['day_of']}", 8.5)
    c.hline(x0, right, 76, 1.2)
    band = [
        ("ZBIÓRKA", g.get("call_text") or f"ekipa {hm(call, t)}"),
        ("WYJAZD Z BAZY", hm(add_minutes(call, 15), t)),
        ("OBIAD", hm(add_minutes(call, g["lunch"]), t)),
        ("ZAKOŃCZENIE", hm(add_minutes(call, g["wrap"]), t)),
        ("WSCHÓD / ZACHÓD", f"{hm(rise, t)} / {hm(fall, t)}"),
    ]
    ws = [150, 110, 90, 100]
    ws.append(right - x0 - sum(ws))
    x = x0
    for (lab, val), w in zip(band, ws, strict=True):
        c.box(x, 82, w, 34, 0.6)
        c.text(x + 4, 91, lab, 6.5, bold=True)
        fit(c, x + 4, 108, val, 11 if lab == "ZBIÓRKA" else 10, w - 8, bold=lab == "ZBIÓRKA")
        x += w
    objs = g["objects"]
    strip = 46.0
    cw = (right - x0 - strip * (len(objs) - 1)) / len(objs)
    top, bottom = 124.0, c.pdf.h - 96
    x = x0
    for i, (head, hours, lines, scenes, cast) in enumerate(objs):
        if i:
            fill(c, x, top, strip, bottom - top, 225)
            move = g["moves"][i - 1]
            for k, ln in enumerate(["PRZE-", "NOSINY", *move]):
                fit(c, x + 3, top + 40 + 11 * k, ln, 6.5, strip - 6, bold=k < 2)
            x += strip
        c.box(x, top, cw, bottom - top, 0.6)
        fill(c, x, top, cw, 16, 40)
        _white(c)
        c.text(x + 5, top + 11.5, f"{head} · godz. {hours}", 8.5, bold=True)
        _black(c)
        yy = top + 30
        for ln in lines:
            fit(c, x + 5, yy, ln, 8.5, cw - 10)
            yy += 11
        yy = _table(
            c,
            x + 3,
            yy + 8,
            ["SC.", "OPIS", "P/N", "OBSADA"],
            [0, 24, 150, 175],
            scenes,
            x + cw - 3,
        )
        yy = _table(
            c,
            x + 3,
            yy + 2,
            ["AKTOR", "ROLA", "CHAR.", "PLAN"],
            [0, 80, 140, 180],
            [
                (a, r, hm(add_minutes(call, o - 60), t), hm(add_minutes(call, o), t))
                for a, r, o in cast
            ],
            x + cw - 3,
        )
        x += cw
    yb = bottom + 6
    half = (right - x0) / 2
    c.box(x0, yb, half, 52, 0.6)
    c.box(x0 + half, yb, half, 52, 0.6)
    c.text(x0 + 5, yb + 11, "BAZA (barobus, baletowozy, charakteryzacja)", 7, bold=True)
    c.text(x0 + 5, yb + 25, p.base_street, 8.5)
    c.text(x0 + 5, yb + 37, p.base_city, 8.5)
    c.text(x0 + half + 5, yb + 11, "SZPITAL (SOR)", 7, bold=True)
    for k, ln in enumerate([p.hospital, f"{p.hospital_street}, {p.hospital_city}"]):
        fit(c, x0 + half + 5, yb + 25 + 12 * k, ln, 8.5, half - 10)
    c.right(right - 5, yb + 11, f"tel. {p.hospital_phone}", 8)
    footer(c, g["footer"], x0)
    return c.output()


def _columns_sheets() -> list[Sheet]:
    crew = "Zdjęcia: Ł. Sowa · Reż.: Hanna Wilk · II reż.: Igor Pietrzak · Kier. planu: T. Gil"
    return [
        _columns(
            "karpacz",
            "Duch Śnieżki",
            D(2026, 10, 12),
            "07:00",
            {
                "time_style": "pl_dot",
                "date_style": "pl_wd_gen_r",
                "studio": "STUDIO FILMOWE KARKONOSZE",
                "studio_line": "ul. Wał Miedzeszyński 384, 03-994 Warszawa · " + crew,
                "n": "14",
                "day_of": "14 / 36",
                "lunch": 330,
                "wrap": 660,
                "set": "świątynia i dziedziniec",
                "objects": [
                    (
                        "OBIEKT I",
                        "7.00\u201312.30",
                        [
                            "Świątynia Wang",
                            "ul. Na Śnieżkę 8, 58-540 Karpacz",
                            "świątynia i dziedziniec",
                        ],
                        [
                            ("41", "Świątynia \u2013 wnętrze, msza", "D", "1, 3, 5"),
                            ("42", "Dziedziniec \u2013 rozmowa", "D", "1, 3"),
                        ],
                        [("Zofia Lorenc", "Anna", 0), ("Adam Kmita", "Pastor", 30)],
                    ),
                    (
                        "OBIEKT II",
                        "13.30\u201318.00",
                        [
                            "Schronisko Samotnia",
                            "Mała Kopa, Karpacz (dojazd ratrakiem)",
                            "jadalnia i taras",
                        ],
                        [
                            ("57", "Samotnia \u2013 jadalnia", "P", "1, 2"),
                            ("58", "Taras \u2013 zmierzch", "D", "1"),
                        ],
                        [("Zofia Lorenc", "Anna", 390), ("Michał Rutka", "Gospodarz", 390)],
                    ),
                ],
                "moves": [["12.30\u2013", "13.30", "ratrak", "i busy"]],
                "footer": "Studio Filmowe Karkonosze · „Duch Śnieżki” · DPP 14 · wersja 1",
            },
        ),
        _columns(
            "szklarska",
            "Duch Śnieżki",
            D(2026, 10, 21),
            "06:30",
            {
                "time_style": "pl_h",
                "date_style": "pl_short_roman",
                "studio": "STUDIO FILMOWE KARKONOSZE",
                "studio_line": "ul. Wał Miedzeszyński 384, 03-994 Warszawa · " + crew,
                "n": "21",
                "day_of": "21 / 36",
                "lunch": 360,
                "wrap": 690,
                "set": "pracownia i ogród",
                "objects": [
                    (
                        "OBIEKT I",
                        "6:30\u201310:30",
                        [
                            "Dom Carla i Gerharta Hauptmannów",
                            "ul. 11 Listopada 23",
                            "58-580 Szklarska Poręba",
                            "pracownia i ogród",
                        ],
                        [
                            ("63", "Pracownia pisarza", "D", "2, 4"),
                            ("64", "Ogród \u2013 poranek", "D", "2"),
                        ],
                        [("Jerzy Lasoń", "Pisarz", 0), ("Zofia Lorenc", "Anna", 60)],
                    ),
                    (
                        "OBIEKT II",
                        "11:30\u201314:00",
                        [
                            "Wodospad Kamieńczyka",
                            "szlak od ul. Kilińskiego",
                            "(sprzęt na nosiłkach)",
                        ],
                        [("66", "Wąwóz \u2013 pościg", "D", "1, 2")],
                        [("Zofia Lorenc", "Anna", 300)],
                    ),
                    (
                        "OBIEKT III",
                        "15:00\u201317:30",
                        ["Huta Julia", "ul. Jeleniogórska 18, Piechowice", "hala hutnicza"],
                        [("70", "Huta \u2013 wydmuchiwanie", "P", "2, 7")],
                        [("Jerzy Lasoń", "Pisarz", 510)],
                    ),
                ],
                "moves": [
                    ["10:30\u2013", "11:30", "busy"],
                    ["14:00\u2013", "15:00", "obiad", "w hucie"],
                ],
                "footer": "Studio Filmowe Karkonosze · „Duch Śnieżki” · DPP 21 · wersja 2",
            },
        ),
        _columns(
            "kowary",
            "Duch Śnieżki",
            D(2026, 11, 6),
            "07:00",
            {
                "time_style": "pl_dot",
                "date_style": "pl_short_dots",
                "studio": "STUDIO FILMOWE KARKONOSZE",
                "studio_line": "ul. Wał Miedzeszyński 384, 03-994 Warszawa · " + crew,
                "n": "31",
                "day_of": "31 / 36",
                "lunch": 300,
                "wrap": 600,
                # HARD: the ZBIÓRKA cell gives the crew call with the earlier make-up call after it
                "call_text": "ekipa 7.00, charakteryzacja 6.00",
                "set": "sztolnia nr 9 i hala",
                "objects": [
                    (
                        "OBIEKT I",
                        "7.00\u201311.30",
                        [
                            "Sztolnie Kowary",
                            "ul. Podgórze 55, 58-530 Kowary",
                            "sztolnia nr 9 i hala (10°C, kurtki!)",
                        ],
                        [
                            ("88", "Sztolnia \u2013 zawał", "N", "1, 6"),
                            ("89", "Hala \u2013 przesłuchanie", "N", "6, 8"),
                        ],
                        [("Zofia Lorenc", "Anna", 0), ("Paweł Dudek", "Sztygar", 0)],
                    ),
                    (
                        "OBIEKT II",
                        "12.30\u201317.00",
                        [
                            "Park Miniatur Zabytków Dolnego Śląska",
                            "ul. Zamkowa 9, Kowary",
                            "hala makiet",
                        ],
                        [("91", "Makieta Śnieżki", "D", "1")],
                        [("Zofia Lorenc", "Anna", 330)],
                    ),
                ],
                "moves": [["11.30\u2013", "12.30", "pieszo", "600 m"]],
                "footer": "Studio Filmowe Karkonosze · „Duch Śnieżki” · DPP 31 · wersja 1",
            },
        ),
    ]


# --- (2) TVP daily series: a department by object matrix of times -----------------------------


def _matrix(
    c: Canvas, x: float, y: float, right: float, heads: list[str], rows: list[tuple[str, ...]]
) -> float:
    """A ruled grid: a shaded head row, the first column bold; returns the y under it."""
    first = 130.0
    cw = (right - x - first) / (len(heads) - 1)
    xs = [x, *(x + first + cw * i for i in range(len(heads) - 1)), right]
    fill(c, x, y, right - x, 28, 215)
    for i, h in enumerate(heads):
        for k, part in enumerate(h.split("\n")):
            fit(
                c,
                xs[i] + 4,
                y + 11 + 10 * k,
                part,
                7.5 if k == 0 else 6.5,
                xs[i + 1] - xs[i] - 8,
                bold=k == 0,
            )
    yy = y + 28
    for row in rows:
        bold = row[0].startswith("ZBIÓRKA")
        if bold:
            fill(c, x, yy, right - x, 16, 238)
        for i, v in enumerate(row):
            fit(c, xs[i] + 4, yy + 11.5, v, 8.5, xs[i + 1] - xs[i] - 8, bold=bold or i == 0)
        yy += 16
        c.hline(x, right, yy, 0.3)
    c.box(x, y, right - x, yy - y, 0.7)
    for xv in xs[1:-1]:
        c.vline(xv, y, yy, 0.4)
    return yy


@_family(
    "pl_serial_tvp_macierz_pionow",
    "TVP daily series 'PLAN ZDJĘCIOWY', A4: 'TELEWIZJA POLSKA S.A. · Agencja Filmowa' and the "
    "producer, SERIAL „title”, 'blok 31 · odc. 2211\u20132215', 'dzień 4 bloku', the date over a "
    "rule; a ruled matrix of departments (ZBIÓRKA EKIPY shaded first, Charakteryzacja, "
    "Kostiumy, Zdjęcia / światło, Dźwięk, Scenografia, Gotowość na planie, Koniec) by object "
    "('OBIEKT 1' with its name under it, 'OBIEKT 2'), a time in each cell; the objects' "
    "addresses, baza and SOR as numbered lines under it; scenes and cast",
    name="serial_{key}",
)
def _tvp(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=36.0)
    c.text(x0, 40, "TELEWIZJA POLSKA S.A. · Agencja Filmowa", 8, bold=True)
    grey_text(c, x0, 51, f"producent wykonawczy: {g['house']}", 7.5)
    c.right(right, 40, "PLAN ZDJĘCIOWY", 14, bold=True)
    c.right(right, 54, f"nr {g['n']}", 9)
    centre(c, 84, f"SERIAL „{title}”", 16)
    centre(c, 100, g["block"], 9.5, bold=False)
    c.text(x0, 122, day_text(day, g["date_style"]), 12, bold=True)
    c.right(right, 122, f"Wschód {hm(rise, t)} · Zachód {hm(fall, t)}", 9)
    c.hline(x0, right, 130, 1.0)
    o2 = g["obj2"]
    heads = ["PION", f"OBIEKT 1\n{g['set_short']}", f"OBIEKT 2\n{o2[0]}"]
    rows = [
        ("ZBIÓRKA EKIPY", g.get("call_text") or hm(call, t), "\u2013"),
        *(
            (
                lab,
                hm(add_minutes(call, a), t),
                hm(add_minutes(call, b), t) if b is not None else "\u2013",
            )
            for lab, a, b in _tvp_matrix(g["split"], g["arr"], g["wrap"])
        ),
    ]
    y = _matrix(c, x0, 140, right, heads, rows)
    lines = [
        f"1. OBIEKT 1: {p.name}, {p.street}, {p.city} \u2013 {g['set']}",
        f"2. OBIEKT 2: {o2[0]}, {o2[1]}",
        f"3. Przenosiny: {g['move']}",
        f"4. Baza: {p.base_street}, {p.base_city}",
        f"5. SOR: {p.hospital}, {p.hospital_street}, {p.hospital_city}, tel. {p.hospital_phone}",
    ]
    y += 18
    for ln in lines:
        y = paragraph(c, x0, y, ln, 8.5, right - x0, 11.5) + 2
    y = _table(
        c,
        x0,
        y + 10,
        ["OBIEKT", "SC.", "ODC.", "OPIS", "P/N", "POSTACIE"],
        [0, 50, 90, 130, 330, 360],
        g["scenes"],
        right,
    )
    y = _table(
        c,
        x0,
        y + 2,
        ["AKTOR", "POSTAĆ", "CHARAKT.", "NA PLANIE"],
        [0, 150, 290, 390],
        [
            (a, r, hm(add_minutes(call, o - 45), t), hm(add_minutes(call, o), t))
            for a, r, o in g["cast"]
        ],
        right,
    )
    c.text(x0, y + 6, "Uwagi", 9, bold=True)
    paragraph(c, x0, y + 19, g["note"], 8.5, right - x0, 11)
    footer(c, f"TVP · {g['house']} · „{title}” · {g['block']}", x0)
    return c.output()


def _tvp_matrix(split: int, arr: int, wrap: int) -> list[tuple[str, int, int | None]]:
    """The matrix's department rows: minutes from the crew call at OBIEKT 1 and OBIEKT 2 (the
    move leaves at `split`, the unit is at OBIEKT 2 at `arr`, the day ends at `wrap`)."""
    return [
        ("Charakteryzacja / kostiumy", -45, arr),
        ("Zdjęcia / światło", 0, arr),
        ("Dźwięk", 15, arr),
        ("Gotowość na planie", 45, arr + 30),
        ("Obiad (catering)", split - 45, None),
        ("Koniec na obiekcie", split, wrap),
    ]


def _tvp_sheets() -> list[Sheet]:
    base = {"house": "Łódzka Wytwórnia Seriali sp. z o.o.", "wrap": 600}
    return [
        _tvp(
            "zgierz",
            "Kamienica przy Tkackiej",
            D(2026, 10, 12),
            "07:00",
            {
                **base,
                "time_style": "pl_h",
                "date_style": "pl_roman_space_wd",
                "n": "118",
                "block": "blok 31 · odc. 2211\u20132215 · dzień 4 bloku",
                "set": "dom tkacza nr 3 i podwórko",
                "set_short": "Miasto Tkaczy",
                "obj2": ("Kamienica ul. Długa 21", "95-100 Zgierz (klatka schodowa, II p.)"),
                "move": "11:00\u201312:00, busy spod Miasta Tkaczy",
                "split": 240,
                "arr": 300,
                "scenes": [
                    ("1", "14", "2211", "dom tkacza \u2013 kuchnia", "D", "Irena, Bolek"),
                    ("1", "22", "2213", "podwórko \u2013 pranie", "D", "Irena, Ala"),
                    ("2", "9", "2214", "klatka schodowa", "D", "Bolek, Dozorczyni"),
                ],
                "cast": [
                    ("Barbara Ostrowska", "Irena", 0),
                    ("Tomasz Lipa", "Bolek", 30),
                    ("Ewa Szmidt", "Dozorczyni", 300),
                ],
                "note": "Miasto Tkaczy otwarte dla zwiedzających od 10:00 \u2013 zdjęcia w domu "
                "nr 3 przy zamkniętych drzwiach.",
            },
        ),
        _tvp(
            "pabianice",
            "Kamienica przy Tkackiej",
            D(2026, 10, 13),
            "06:30",
            {
                **base,
                "time_style": "h24",
                "date_style": "pl_wd_gen_r",
                "n": "119",
                "block": "blok 31 · odc. 2211\u20132215 · dzień 5 bloku",
                "set": "sala dworska i dziedziniec",
                "set_short": "Muzeum Miasta",
                "obj2": ("Pabianicki Dom Kultury", "ul. Św. Jana 9, Pabianice (foyer)"),
                "move": "10:30\u201311:30, przejazd 1,5 km",
                "split": 240,
                "arr": 300,
                "scenes": [
                    ("1", "3", "2212", "dwór \u2013 ślub cywilny", "D", "Irena, Bolek, Ala"),
                    ("2", "17", "2215", "dom kultury \u2013 próba", "D", "Ala, Chór"),
                ],
                "cast": [
                    ("Barbara Ostrowska", "Irena", 0),
                    ("Alicja Rams", "Ala", 0),
                    ("Tomasz Lipa", "Bolek", 60),
                ],
                "note": "Statyści (20 os.) \u2013 zbiórka 7:30 przy wejściu od Zamkowej.",
            },
        ),
        _tvp(
            "ozorkow",
            "Kamienica przy Tkackiej",
            D(2026, 10, 14),
            "07:00",
            {
                **base,
                "time_style": "pl_h",
                "date_style": "pl_short_gen",
                "n": "120",
                "block": "blok 31 · odc. 2211\u20132215 · dzień 6 bloku",
                # HARD: the matrix's first row gives the crew call and the move's departure
                "call_text": "7:00 (wyjazd na ob. 2: 12:00)",
                "set": "sala widowiskowa",
                "set_short": "MOK Ozorków",
                "obj2": ("Jezioro Ozorkowskie", "ul. Leśna, Ozorków (pomost)"),
                "move": "12:00\u201312:45, busy spod MOK",
                "split": 300,
                "arr": 345,
                "scenes": [
                    ("1", "30", "2213", "MOK \u2013 zabawa andrzejkowa", "N", "wszyscy"),
                    ("2", "31", "2213", "pomost \u2013 rozmowa", "D", "Ala, Bolek"),
                ],
                "cast": [("Alicja Rams", "Ala", 0), ("Tomasz Lipa", "Bolek", 0)],
                "note": "Sala MOK wolna do 17:00; po 17:00 próba zespołu tańca.",
            },
        ),
    ]


# --- (3) Warsaw commercial: a call sheet exported from a 16:9 slide deck -----------------------


@_family(
    "pl_reklama_slajdy_16x9",
    "Warsaw production house commercial call sheet exported from a slide deck, 16:9 pages: "
    "slide 1 with the house's name, 'CALL SHEET · dzień zdjęciowy 1/2', the product and spot "
    "large, and four tiles KIEDY (date, 'CALL EKIPY' large with 'wyjazd z bazy' and "
    "'klient / agencja' times under it), GDZIE (SET 1 address, SET 2, BAZA with barobus and "
    "baletowozy), KTO (director, DOP, producer, kierownik planu), SOR; slide 2 the schedule",
    name="tvc_{key}",
)
def _deck(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c = Canvas((720, 405), "sans", "P")
    x0, right = 36.0, 684.0
    fill(c, 0, 0, 720, 405, 246)
    c.text(x0, 40, g["house"], 9, bold=True)
    grey_text(c, x0, 52, "ul. Puławska 61, 02-595 Warszawa · www.fotel-film.pl", 7)
    c.right(right, 40, "CALL SHEET", 9, bold=True)
    c.right(right, 52, "dzień zdjęciowy 1/1", 7.5)
    c.text(x0, 92, title, 26, bold=True)
    c.text(x0, 110, g["spot"], 10)
    tw = (right - x0 - 3 * 12) / 4
    ys = 128.0
    heads = ["KIEDY", "GDZIE", "KTO", "SOR / BEZPIECZEŃSTWO"]
    for i, head in enumerate(heads):
        tx = x0 + i * (tw + 12)
        c.pdf.set_fill_color(255, 255, 255)
        c.pdf.rect(tx, ys, tw, 236, style="F")
        fill(c, tx, ys, tw, 4, 30 if i else 200)
        c.text(tx + 10, ys + 22, head, 8, bold=True)
    tx = x0 + 10
    c.text(tx, ys + 42, day_text(day, g["date_style"]), 11, bold=True)
    c.text(tx, ys + 66, "CALL EKIPY", 7.5, bold=True)
    c.text(tx, ys + 96, hm(call, t), 30, bold=True)
    yy = ys + 118
    for ln in g["call_lines"]:
        fit(c, tx, yy, ln, 8, tw - 20)
        yy += 12
    yy += 6
    for ln in [
        f"wschód {hm(rise, t)} · zachód {hm(fall, t)}",
        f"wrap ok. {hm(add_minutes(call, g['wrap']), t)}",
    ]:
        fit(c, tx, yy, ln, 8, tw - 20)
        yy += 12
    tx = x0 + tw + 12 + 10
    blocks = [
        ("SET 1", [p.name, p.street, p.city, g["set"]]),
        ("SET 2", list(g["set2"])),
        ("BAZA · barobus · baletowozy", [p.base_street, p.base_city]),
    ]
    yy = ys + 42
    for head, lines in blocks:
        c.text(tx, yy, head, 7, bold=True)
        yy += 11
        for ln in lines:
            fit(c, tx, yy, ln, 8.5, tw - 20)
            yy += 10.5
        yy += 6
    tx = x0 + 2 * (tw + 12) + 10
    yy = ys + 42
    for lab, name in g["who"]:
        c.text(tx, yy, lab, 7, bold=True)
        fit(c, tx, yy + 11, name, 9, tw - 20)
        yy += 28
    tx = x0 + 3 * (tw + 12) + 10
    c.text(tx, ys + 42, "Najbliższy SOR", 7, bold=True)
    yy = ys + 54
    for ln in hospital_lines(p):
        fit(c, tx, yy, ln, 8.5, tw - 20)
        yy += 11
    yy += 10
    for ln in g["safety"]:
        yy = paragraph(c, tx, yy, ln, 8, tw - 20, 10.5)
    grey_text(c, x0, 390, f"{g['house']} · {title} · call sheet · 1/2", 7)
    c.new_page()
    fill(c, 0, 0, 720, 405, 246)
    c.text(x0, 44, "HARMONOGRAM DNIA", 18, bold=True)
    grey_text(c, x0, 58, f"{title} · {day_text(day, g['date_style'])}", 8)
    y = 84.0
    for off, what, where in g["schedule"]:
        c.text(x0, y, hm(add_minutes(call, off), t), 11, bold=True)
        c.text(x0 + 70, y, what, 10)
        grey_text(c, x0 + 360, y, where, 9)
        c.hline(x0, right, y + 6, 0.3)
        y += 22
    grey_text(c, x0, 390, f"{g['house']} · {title} · call sheet · 2/2", 7)
    return c.output()


_WHO = [
    ("Reżyser", "Kuba Sarnecki"),
    ("Operator", "Natalia Brzeska"),
    ("Producent", "Olga Tyszka 601 555 418"),
    ("Kierownik planu", "Rafał Gąsior 602 555 107"),
]


def _deck_sheets() -> list[Sheet]:
    return [
        _deck(
            "konstancin",
            "Mleczna Polana",
            D(2026, 10, 12),
            "07:00",
            {
                "time_style": "pl_h",
                "date_style": "pl_short_dots",
                "house": "FOTEL FILM",
                "spot": 'Mleczna Polana · jogurt naturalny · TVC 30" + 2 \u00d7 15" · '
                "klient: Mlekpol-Mazowsze",
                "wrap": 660,
                "call_lines": ["klient / agencja 9:00", "catering: barobus przy bazie"],
                "set": "salon i ogród zimowy",
                "set2": ("Tężnia solankowa, Park Zdrojowy", "ul. Sienkiewicza (po obiedzie)"),
                "who": _WHO,
                "safety": ["Dzieci na planie (2): opiekun + przerwy co 2 h."],
                "schedule": [
                    (0, "Call ekipy, śniadanie z barobusu", "SET 1"),
                    (120, "Klient / agencja na planie", "SET 1"),
                    (300, "Obiad", "baza"),
                    (360, "Przenosiny na tężnię", "SET 1 \u2192 SET 2"),
                    (420, "Ujęcia packshot plener", "SET 2"),
                    (660, "Wrap", "SET 2"),
                ],
            },
        ),
        _deck(
            "jozefow",
            "Sprint 5G",
            D(2026, 10, 22),
            "07:30",
            {
                "time_style": "pl_h",
                "date_style": "pl_short_roman",
                "house": "FOTEL FILM",
                "spot": 'Sprint 5G · kampania jesienna · TVC 20" + cutdowny social',
                "wrap": 630,
                # HARD: under the big call the tile lists the earlier departure from the base
                "call_lines": [
                    "wyjazd z bazy 6:45 (parking PKP)",
                    "gotowość na planie 8:30",
                    "klient / agencja 10:00",
                ],
                "set": "sala widowiskowa i hol",
                "set2": ("Bulwar nad Świdrem", "ul. Nadwiślańska, Józefów (od 14:00)"),
                "who": _WHO,
                "safety": ["Dron nad Świdrem: strefa zgłoszona w PAŻP, operator z licencją."],
                "schedule": [
                    (0, "Call ekipy", "SET 1"),
                    (60, "Gotowość na planie, pierwsze ujęcie", "SET 1"),
                    (300, "Obiad", "baza"),
                    (390, "Przenosiny nad Świder", "SET 1 \u2192 SET 2"),
                    (630, "Wrap", "SET 2"),
                ],
            },
        ),
        _deck(
            "milanowek",
            "Dom z duszą",
            D(2026, 11, 7),
            "08:00",
            {
                "time_style": "pl_h",
                "date_style": "pl_short_gen",
                "house": "FOTEL FILM",
                "spot": 'Dom z duszą · kredyt hipoteczny · TVC 30" · klient: Bank Mazowiecki',
                "wrap": 600,
                "call_lines": ["charakteryzacja talentów 7:00", "klient / agencja 10:00"],
                "set": "willa, salon i weranda",
                "set2": ("Willa Turczynek", "ul. Brzozowa, Milanówek (tylko plener)"),
                "who": _WHO,
                "safety": ["Zabytkowe wnętrza: filce pod statywy, zakaz jedzenia w willi."],
                "schedule": [
                    (0, "Call ekipy", "SET 1"),
                    (90, "Klient / agencja", "SET 1"),
                    (300, "Obiad", "baza"),
                    (360, "Przenosiny (plener)", "SET 2"),
                    (600, "Wrap", "SET 2"),
                ],
            },
        ),
    ]


# --- (4) Bieszczady documentary: the day as one itinerary table --------------------------------


@_family(
    "pl_dok_trasa_godz_gdzie_co_kto",
    "Polish documentary 'PLAN ZDJĘĆ' for a small crew on the road, A4: the foundation and "
    "broadcaster left, „title” and 'dzień 3 z 5' right, the date; three lines ZBIÓRKA (with "
    "'wyjazd'), NOCLEG and SOR, then the whole day as one ruled itinerary table GODZ. / GDZIE / "
    "CO / KTO, the objects written 'Obiekt 1', 'Obiekt 2' in it, the drives between as their "
    "own rows; equipment and phones below",
    name="dok_{key}",
)
def _trip(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=40.0)
    c.text(x0, 46, g["org"], 9, bold=True)
    grey_text(c, x0, 58, g["org_line"], 7.5)
    c.right(right, 46, f"„{title}”", 13, bold=True)
    c.right(right, 60, g["day_of"], 9)
    c.text(x0, 88, "PLAN ZDJĘĆ", 15, bold=True)
    c.text(x0 + 110, 88, day_text(day, g["date_style"]), 12)
    c.hline(x0, right, 96, 0.8)
    facts = []
    if not g.get("no_head_call"):
        facts.append(
            ("Zbiórka", f"{hm(call, t)} {g['meet']} \u2013 wyjazd {hm(add_minutes(call, 15), t)}")
        )
    facts += [
        ("Nocleg", f"{g['stay']}"),
        ("SOR", f"{p.hospital}, {p.hospital_street}, {p.hospital_city}, tel. {p.hospital_phone}"),
        ("Słońce", f"wschód {hm(rise, t)}, zachód {hm(fall, t)}"),
    ]
    y = label_rows(c, x0, 114, right, facts, 9, 62, 14, suffix=":")
    rows = []
    for off, where, what, who in g["trip"]:
        if where == "@1":
            where = f"Obiekt 1: {p.name}, {p.street}, {p.city}"
        rows.append((hm(add_minutes(call, off), t), where, what, who))
    y = _itinerary(c, x0, y + 8, right, rows)
    c.text(x0, y + 14, "Sprzęt", 9, bold=True)
    y = paragraph(c, x0, y + 27, g["kit"], 8.5, right - x0, 11)
    c.text(x0, y + 8, "Telefony", 9, bold=True)
    paragraph(c, x0, y + 21, g["phones"], 8.5, right - x0, 11)
    footer(c, f"{g['org']} · „{title}” · {g['day_of']}", x0)
    return c.output()


def _itinerary(c: Canvas, x: float, y: float, right: float, rows: list[tuple[str, ...]]) -> float:
    """The ruled GODZ. / GDZIE / CO / KTO table, GDZIE and CO wrapped in their columns."""
    from tests.corpus.fresh_common import wrap

    xs = [x, x + 44, x + 290, x + 435, right]
    fill(c, x, y, right - x, 16, 215)
    for i, h in enumerate(["GODZ.", "GDZIE", "CO", "KTO"]):
        c.text(xs[i] + 4, y + 11.5, h, 8, bold=True)
    yy = y + 16
    for row in rows:
        cells = [
            wrap(c, v, 8.5, xs[i + 1] - xs[i] - 8, bold=i == 0) or [""] for i, v in enumerate(row)
        ]
        n = max(len(v) for v in cells)
        move = row[1].lower().startswith("przejazd")
        if move:
            fill(c, x, yy, right - x, 11 * n + 6, 240)
        for i, lines in enumerate(cells):
            for k, ln in enumerate(lines):
                c.text(xs[i] + 4, yy + 11 + 11 * k, ln, 8.5, bold=i == 0)
        yy += 11 * n + 6
        c.hline(x, right, yy, 0.3)
    c.box(x, y, right - x, yy - y, 0.7)
    for xv in xs[1:-1]:
        c.vline(xv, y, yy, 0.4)
    return yy


def _trip_sheets() -> list[Sheet]:
    base = {
        "org": "Fundacja Filmowa „Połonina”",
        "org_line": "dla TVP Dokument · ul. Rynek 5, 38-700 Ustrzyki Dolne",
        "kit": "FX6 + 2 obiektywy, dron (operator: Marek), 2 \u00d7 tor radiowy, statyw, gimbal, "
        "zapas baterii na cały dzień (w terenie brak prądu).",
        "phones": "Reż. Dorota Haber 601 555 230 · prod. Kamil Fus 602 555 781 · "
        "BdPN dyżurny 13 461 00 00",
    }
    return [
        _trip(
            "ustrzyki",
            "Ostatni pasterze",
            D(2026, 10, 13),
            "06:30",
            {
                **base,
                "time_style": "pl_h",
                "date_style": "pl_wd_gen",
                "day_of": "dzień 3 z 5",
                "meet": "parking pensjonatu",
                "stay": "pensjonat „Pod Żubrem”, ul. Fabryczna, Ustrzyki Dolne",
                "set": "sala ekspozycji i zaplecze",
                "trip": [
                    (0, "pensjonat, parking", "zbiórka, załadunek", "cała ekipa"),
                    (
                        30,
                        "@1",
                        "wywiad z przyrodnikiem, sala ekspozycji i zaplecze",
                        "reż., operator, dźwięk",
                    ),
                    (210, "przejazd do Lutowisk (30 min)", "\u2013", "busy"),
                    (
                        240,
                        "Obiekt 2: bacówka na Otrycie, od Lutowisk pieszo",
                        "owce, dojenie, pasterz Jan",
                        "reż., operator, dźwięk, dron",
                    ),
                    (510, "przejazd do pensjonatu", "zgranie materiału", "asystent"),
                ],
            },
        ),
        _trip(
            "cisna",
            "Ostatni pasterze",
            D(2026, 10, 14),
            "07:00",
            {
                **base,
                "time_style": "pl_dot",
                "date_style": "pl_dots_wd",
                "day_of": "dzień 4 z 5",
                "meet": "pod pensjonatem",
                "stay": "pensjonat „Pod Żubrem”, Ustrzyki Dolne",
                "set": "peron i parowozownia",
                "trip": [
                    (0, "pensjonat, Ustrzyki Dolne", "zbiórka, wyjazd", "cała ekipa"),
                    (15, "przejazd do Majdanu (1 h)", "\u2013", "busy"),
                    (75, "@1", "odjazd kolejki, peron i parowozownia", "reż., operator, dźwięk"),
                    (
                        255,
                        "Obiekt 2: Balnica, przystanek kolejki",
                        "pasterz z owcami przy torach",
                        "operator, dron",
                    ),
                    (480, "przejazd do Ustrzyk", "\u2013", "busy"),
                ],
            },
        ),
        _trip(
            "wetlina",
            "Ostatni pasterze",
            D(2026, 10, 15),
            "05:30",
            {
                **base,
                "time_style": "pl_h",
                "date_style": "pl_roman_space",
                "day_of": "dzień 5 z 5",
                # HARD: no Zbiórka line at the head: the crew call is only the table's first row
                "no_head_call": True,
                "meet": "",
                "stay": "Stara Karczma, Wetlina (pokoje 3\u20135)",
                "set": "izba i ganek",
                "trip": [
                    (0, "Stara Karczma, ganek", "ZBIÓRKA EKIPY, kawa", "cała ekipa"),
                    (15, "@1", "świt, pasterz przy śniadaniu, izba i ganek", "reż., operator"),
                    (150, "przejazd pod Przełęcz Wyżną (15 min)", "\u2013", "bus"),
                    (
                        180,
                        "Obiekt 2: Połonina Wetlińska, szlak czerwony",
                        "spęd owiec, zdjęcia z drona",
                        "cała ekipa",
                    ),
                    (540, "przejazd do Wetliny", "koniec zdjęć", "bus"),
                ],
            },
        ),
    ]


# --- (5) Katowice film-school etiuda printed from a Polish-locale spreadsheet ---------------------


@_family(
    "pl_etiuda_arkusz_kalkulacyjny",
    "Katowice film school etiuda plan printed from a spreadsheet in a Polish locale, A4: grey "
    "gridlines, column letters A-E and row numbers printed in the margin, a merged coloured "
    "title row (school, 'etiuda II roku', „title”), label cells in column A and values in B-E; "
    "DATA '12.10.2026', times '7:00:00' as the spreadsheet shows them; OBIEKT 1 / OBIEKT 2 "
    "rows with 'godz.' spans, PRZENOSINY, SOR; then scene rows in the same grid",
    name="etiuda_{key}",
)
def _sheet_grid(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=40.0)
    grey_text(c, x0, 24, f"{g['file']} \u2013 Arkusz1", 7)
    cols = [x0 + 16, x0 + 136, x0 + 266, x0 + 366, x0 + 446, right]
    top, rh = 40.0, 17.0
    rows: list[tuple[str, ...]] = [
        (g["school"],),
        (f"etiuda {g['year']} · „{title}” · {g['term']}",),
        ("DZIEŃ ZDJĘCIOWY", g["day_of"], "", "", ""),
        ("DATA", day_text(day, g["date_style"]), "", "", ""),
        ("ZBIÓRKA EKIPY", hm(call, t), "", "", ""),
        ("CHARAKTERYZACJA", hm(add_minutes(call, -60), t), "", "", ""),
        ("OBIEKT 1", f"{p.name}, {p.street}, {p.city}", "", "", ""),
        ("", g["set"], "", "godz.", g["o1_hours"]),
        ("PRZENOSINY", g["move"], "", "", ""),
        ("OBIEKT 2", g["obj2"], "", "godz.", g["o2_hours"]),
        ("OBIAD", hm(add_minutes(call, g["lunch"]), t), "", "", ""),
        ("KONIEC", hm(add_minutes(call, g["wrap"]), t), "", "", ""),
        ("WSCHÓD / ZACHÓD", hm(rise, t), hm(fall, t), "", ""),
        ("SOR", p.hospital, "", "", ""),
        ("", f"{p.hospital_street}, {p.hospital_city}", "", "tel.", p.hospital_phone),
        ("PARKING", f"{p.base_street}, {p.base_city}", "", "", ""),
        ("", "", "", "", ""),
        ("SCENA", "OPIS", "OBIEKT", "P/N", "POSTACIE"),
        *g["scenes"],
        ("", "", "", "", ""),
        ("AKTOR", "POSTAĆ", "CHARAKT.", "NA PLANIE", "TEL."),
        *(
            (a, r, hm(add_minutes(call, o - 60), t), hm(add_minutes(call, o), t), ph)
            for a, r, o, ph in g["cast"]
        ),
        ("", "", "", "", ""),
        ("OPIEKUN", g["tutor"], "", "", ""),
        ("KIER. PRODUKCJI", g["producer"], "", "", ""),
    ]
    # column letters and row numbers, as printed with headings on
    fill(c, x0, top, right - x0, 12, 235)
    for i, letter in enumerate("ABCDE"):
        c.text((cols[i] + cols[i + 1]) / 2 - 2, top + 9, letter, 7)
    y = top + 12
    c.pdf.set_draw_color(190, 190, 190)
    for n, row in enumerate(rows, 1):
        fill(c, x0, y, 16, rh, 235)
        c.text(x0 + 3, y + 12, str(n), 6.5)
        hidden: set[int] = set()  # column borders a spilling text or a merged cell covers
        if n <= 2:
            fill(c, cols[0], y, right - cols[0], rh, 200 if n == 1 else 225)
            c.text(cols[0] + 4, y + 12.5, row[0], 9.5 if n == 1 else 8.5, bold=n == 1)
            hidden = {1, 2, 3, 4}
        else:
            head = row[0] in ("SCENA", "AKTOR")
            vals = [*row, "", "", "", ""][:5]
            for i, v in enumerate(vals):
                if not v:
                    continue
                bold = i == 0 or head
                j = i + 1
                while j < 5 and not vals[j]:
                    j += 1
                # a spreadsheet lets text run on over empty cells to its right
                need = measure(c, v, 8, bold=bold) + 6
                k = i + 1
                while k < j and cols[k] - cols[i] < need:
                    hidden.add(k)
                    k += 1
                fit(c, cols[i] + 3, y + 12, v, 8, cols[k] - cols[i] - 6, bold=bold)
        for k, xv in enumerate([x0, *cols]):
            if k - 1 not in hidden:
                c.vline(xv, y, y + rh, 0.3)
        c.hline(x0, right, y + rh, 0.3)
        y += rh
    c.hline(x0, right, top, 0.3)
    c.pdf.set_draw_color(0, 0, 0)
    grey_text(c, x0, c.pdf.h - 20, f"{g['file']} \u2013 strona 1 z 1", 7)
    return c.output()


def _grid_sheets() -> list[Sheet]:
    school = "Szkoła Filmowa im. Krzysztofa Kieślowskiego Uniwersytetu Śląskiego"
    return [
        _sheet_grid(
            "mikolow",
            "Szklarnia",
            D(2026, 10, 12),
            "07:00",
            {
                "time_style": "sheets",
                # HARD: the DATA cell has no year; the title row gives the academic year
                "date_style": "pl_no_year",
                "school": school,
                "year": "II roku",
                "term": "semestr zimowy 2026/27",
                "file": "Szklarnia_plan_dzien1",
                "day_of": "1 z 3",
                "set": "palmiarnia i szklarnie",
                "o1_hours": "7:00 \u2013 13:00",
                "move": "13:00 \u2013 14:00, auto kier. produkcji + bus szkoły",
                "obj2": "Rynek w Mikołowie, kamienica nr 12 (klatka)",
                "o2_hours": "14:00 \u2013 18:00",
                "lunch": 360,
                "wrap": 660,
                "scenes": [
                    ("3", "palmiarnia \u2013 podlewanie", "1", "D", "Marta, Ogrodnik"),
                    ("5", "szklarnia \u2013 kłótnia", "1", "D", "Marta, Olek"),
                    ("8", "klatka schodowa", "2", "N", "Olek"),
                ],
                "cast": [
                    ("Klaudia Pyka", "Marta", 0, "600 555 301"),
                    ("Szymon Mrozek", "Olek", 60, "600 555 302"),
                ],
                "tutor": "dr Roman Kania",
                "producer": "Weronika Bąk 600 555 300",
            },
        ),
        _sheet_grid(
            "bierun",
            "Szklarnia",
            D(2026, 10, 13),
            "08:00",
            {
                "time_style": "sheets",
                "date_style": "sheets_date",
                "school": school,
                "year": "II roku",
                "term": "semestr zimowy 2026/27",
                "file": "Szklarnia_plan_dzien2",
                "day_of": "2 z 3",
                "set": "kościółek i cmentarz przykościelny",
                "o1_hours": "8:00 \u2013 12:00",
                "move": "12:00 \u2013 12:30, pieszo przez Rynek",
                "obj2": "Rynek, Bieruń Stary (plener)",
                "o2_hours": "12:30 \u2013 17:00",
                "lunch": 300,
                "wrap": 600,
                "scenes": [
                    ("11", "kościółek \u2013 pogrzeb", "1", "D", "Marta, Olek, Ksiądz"),
                    ("12", "Rynek \u2013 targ", "2", "D", "Marta"),
                ],
                "cast": [
                    ("Klaudia Pyka", "Marta", 0, "600 555 301"),
                    ("Szymon Mrozek", "Olek", 0, "600 555 302"),
                    ("Henryk Pluta", "Ksiądz", 60, "600 555 303"),
                ],
                "tutor": "dr Roman Kania",
                "producer": "Weronika Bąk 600 555 300",
            },
        ),
        _sheet_grid(
            "siemianowice",
            "Szklarnia",
            D(2026, 10, 15),
            "09:00",
            {
                "time_style": "sheets",
                "date_style": "pl_short_dots",
                "school": school,
                "year": "II roku",
                "term": "semestr zimowy 2026/27",
                "file": "Szklarnia_plan_dzien3",
                "day_of": "3 z 3",
                "set": "sala wystaw, II piętro",
                "o1_hours": "9:00 \u2013 14:00",
                "move": "14:00 \u2013 14:30, busy",
                "obj2": "Park Pszczelnik, staw (plener)",
                "o2_hours": "14:30 \u2013 17:30",
                "lunch": 300,
                "wrap": 540,
                "scenes": [
                    ("14", "muzeum \u2013 wystawa", "1", "D", "Marta, Kustosz"),
                    ("15", "park \u2013 staw", "2", "D", "Marta, Olek"),
                ],
                "cast": [
                    ("Klaudia Pyka", "Marta", 0, "600 555 301"),
                    ("Szymon Mrozek", "Olek", 300, "600 555 302"),
                ],
                "tutor": "dr Roman Kania",
                "producer": "Weronika Bąk 600 555 300",
            },
        ),
    ]


# --- (6) music video: a design tool's dark one-page plan --------------------------------------


@_family(
    "pl_teledysk_ciemny_szablon",
    "Polish music video plan made in an online design tool, A4 white on near-black: the "
    "artist in large capitals, the song in „quotes”, 'TELEDYSK · PLAN ZDJĘĆ' and the date; a "
    "row of three rounded-looking grey tiles ZBIÓRKA (several times in one tile: 'zbiórka w "
    "bazie', 'wyjazd z bazy', 'gotowość na planie'), ARTYSTA (glam, na planie), KONIEC; "
    "'LOKACJA 1' and 'LOKACJA 2' blocks with an accent bar; SOR; a shot list",
    name="klip_{key}",
)
def _dark(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=40.0)
    fill(c, 0, 0, c.width, c.pdf.h, 18)
    _white(c)
    c.text(x0, 70, g["artist"], 30, bold=True)
    c.text(x0, 94, f"„{title}”", 15)
    c.right(right, 60, "TELEDYSK · PLAN ZDJĘĆ", 9, bold=True)
    c.right(right, 76, day_text(day, g["date_style"]), 11, bold=True)
    c.right(right, 92, g["house"], 8)
    c.pdf.set_fill_color(232, 64, 96)
    c.pdf.rect(x0, 108, 60, 3, style="F")
    tw = (right - x0 - 20) / 3
    tiles = [
        ("ZBIÓRKA", [*g["call_lines"]]),
        (
            "ARTYSTA",
            [
                f"glam {hm(add_minutes(call, g['artist_off'] - 60), t)}",
                f"na planie {hm(add_minutes(call, g['artist_off']), t)}",
            ],
        ),
        (
            "KONIEC",
            [hm(add_minutes(call, g["wrap"]), t), f"wschód {hm(rise, t)} / zachód {hm(fall, t)}"],
        ),
    ]
    for i, (head, lines) in enumerate(tiles):
        tx = x0 + i * (tw + 10)
        fill(c, tx, 126, tw, 78, 48)
        _white(c)
        c.text(tx + 10, 142, head, 7.5, bold=True)
        for k, ln in enumerate(lines):
            big = k == 0
            fit(
                c,
                tx + 10,
                166 + (0 if big else 14 + 12 * (k - 1)),
                ln,
                15 if big else 8.5,
                tw - 20,
                bold=big,
            )
    y = 226.0
    blocks = [
        ("LOKACJA 1", [p.name, f"{p.street}, {p.city}", g["set"]]),
        ("LOKACJA 2", list(g["loc2"])),
        ("BAZA / PARKING", [p.base_street, p.base_city]),
        (
            "SOR",
            [p.hospital, f"{p.hospital_street}, {p.hospital_city}", f"tel. {p.hospital_phone}"],
        ),
    ]
    for head, lines in blocks:
        c.pdf.set_fill_color(232, 64, 96)
        c.pdf.rect(x0, y - 9, 3, 12 + 12 * len(lines), style="F")
        _white(c)
        c.text(x0 + 10, y, head, 8, bold=True)
        for k, ln in enumerate(lines):
            fit(c, x0 + 10, y + 13 + 12 * k, ln, 9.5, right - x0 - 10)
        y += 26 + 12 * len(lines)
    c.text(x0, y + 6, "UJĘCIA", 8, bold=True)
    y += 22
    for when, shot, where in g["shots"]:
        c.text(x0, y, when, 9, bold=True)
        c.text(x0 + 60, y, shot, 9)
        c.right(right, y, where, 8)
        c.pdf.set_draw_color(80, 80, 80)
        c.hline(x0, right, y + 5, 0.3)
        c.pdf.set_draw_color(0, 0, 0)
        y += 18
    _white(c)
    c.text(x0, c.pdf.h - 30, g["contacts"], 7.5)
    _black(c)
    return c.output()


def _dark_sheets() -> list[Sheet]:
    house = "prod. Szum Pictures, Szczecin"
    contacts = "Reż. Iga Wolny 601 555 902 · Prod. Maks Broda 602 555 903 · DOP Leon Szyc"
    return [
        _dark(
            "miedzyzdroje",
            "Sól na rzęsach",
            D(2026, 10, 17),
            "07:00",
            {
                "time_style": "pl_h",
                "date_style": "pl_wd_gen",
                "artist": "MARA LIS",
                "house": house,
                "call_lines": ["7:00", "zbiórka w bazie (amfiteatr)", "gotowość na planie 7:45"],
                "artist_off": 120,
                "wrap": 600,
                "set": "promenada i molo",
                "loc2": (
                    "Woliński Park Narodowy \u2013 Gosań (klif)",
                    "dojście od ul. Gryfa Pomorskiego, Międzyzdroje (od 13:00)",
                ),
                "shots": [
                    ("8:00", "Mara idzie promenadą, steadicam", "L1"),
                    ("10:00", "taniec na molo, 2 kamery", "L1"),
                    ("14:00", "klif, dron + zbliżenia", "L2"),
                ],
                "contacts": contacts,
            },
        ),
        _dark(
            "dziwnow",
            "Sól na rzęsach",
            D(2026, 10, 18),
            "06:15",
            {
                "time_style": "pl_h",
                "date_style": "pl_short_roman",
                "artist": "MARA LIS",
                "house": house,
                # HARD: three times in one tile; the crew's call is the first
                "call_lines": [
                    "6:15 zbiórka w bazie",
                    "wyjazd z bazy 6:30",
                    "gotowość na planie 7:00 (przed wschodem!)",
                ],
                "artist_off": 45,
                "wrap": 540,
                "set": "falochron i keja",
                "loc2": ("Most zwodzony", "ul. Mostowa, Dziwnów (od 11:00)"),
                "shots": [
                    ("7:15", "świt na falochronie, dron", "L1"),
                    ("9:00", "keja, zbliżenia", "L1"),
                    ("11:00", "most w górę, szeroki plan", "L2"),
                ],
                "contacts": contacts,
            },
        ),
        _dark(
            "kamien",
            "Sól na rzęsach",
            D(2026, 10, 19),
            "09:00",
            {
                "time_style": "pl_h",
                "date_style": "pl_roman_space_wd",
                "artist": "MARA LIS",
                "house": house,
                "call_lines": ["9:00", "ekipa \u2013 parking przy Bramie Wolińskiej"],
                "artist_off": 90,
                "wrap": 540,
                "set": "nawa główna i wirydarz",
                "loc2": ("Wzgórze Wisielców", "ul. Wolińska, Kamień Pomorski (od 15:00)"),
                "shots": [
                    ("10:30", "organy, Mara w nawie", "L1"),
                    ("12:30", "wirydarz, ruch kamery", "L1"),
                    ("15:00", "zalew z góry, golden hour", "L2"),
                ],
                "contacts": contacts,
            },
        ),
    ]


# --- near misses: Polish schedule-like papers that plan no shoot -------------------------------


Body = tuple[
    list[tuple[str, str]],
    tuple[list[str], list[float], list[tuple[str, ...]]],
    tuple[str, list[str]],
]


def _nm_page(head: tuple[str, str, str], body: Body, font: str = "sans") -> bytes:
    return near_miss_page(head, body, paper="A4", margin=44.0, top=52, font=font)


def _scout_camp() -> bytes:
    """A scout troop's summer camp day plan: reveille, roll call, zbiórka, duties."""
    return _nm_page(
        (
            "12 Drużyna Harcerska „Wilki”",
            "obóz letni, Jezioro Wdzydze, lipiec 2026",
            "PLAN DNIA OBOZU",
        ),
        (
            [
                ("Turnus", "1\u201314 lipca 2026, podobóz „Las”"),
                ("Komendant", "phm. Agnieszka Struk, tel. 601 555 640"),
                ("Zbiórka", "na placu apelowym, w mundurach, z menażką"),
                ("Służba", "wg grafiku wart na tablicy przy stołówce"),
            ],
            (
                ["GODZ.", "PUNKT DNIA", "GDZIE", "UWAGI"],
                [0, 60, 220, 340],
                [
                    ("7:00", "pobudka, gimnastyka", "plaża", "w strojach sportowych"),
                    ("7:45", "apel poranny, podniesienie flagi", "plac apelowy", "zbiórka"),
                    ("8:15", "śniadanie", "stołówka", "służba kuchenna 7:30"),
                    ("9:30", "zajęcia zastępów", "las / jezioro", "kajaki tylko z ratownikiem"),
                    ("21:30", "ognisko, apel wieczorny", "krąg ogniskowy", "cisza nocna 22:00"),
                ],
            ),
            (
                "Uwagi",
                [
                    "W czwartek odwiedziny rodziców 15:00\u201318:00. Telewizja lokalna "
                    "nagra ognisko \u2013 tylko harcerze ze zgodą rodziców."
                ],
            ),
        ),
    )


def _retreat() -> bytes:
    """A parish retreat's timetable: masses, teachings, confessions."""
    return _nm_page(
        (
            "Parafia pw. św. Józefa w Wieluniu",
            "ul. Kościelna 4, 98-300 Wieluń",
            "REKOLEKCJE ADWENTOWE",
        ),
        (
            [
                ("Termin", "6\u20139 grudnia 2026 (niedziela\u2013środa)"),
                ("Prowadzi", "o. Bartłomiej Sowa OFM"),
                ("Spowiedź", "codziennie 30 min przed każdą Mszą św."),
                ("Kancelaria", "czynna 16:00\u201317:30"),
            ],
            (
                ["DZIEŃ", "GODZ.", "NABOŻEŃSTWO", "DLA KOGO"],
                [0, 110, 170, 350],
                [
                    ("niedziela 6.12", "10:30", "Msza św. z nauką", "wszyscy"),
                    ("poniedziałek 7.12", "8:00 i 18:00", "Msza św. z nauką", "dorośli"),
                    ("wtorek 8.12", "12:00", "nauka dla szkół", "SP 2, klasy IV\u2013VIII"),
                    ("środa 9.12", "18:00", "zakończenie, błogosławieństwo", "wszyscy"),
                ],
            ),
            (
                "Ogłoszenia",
                [
                    "Msze św. transmitowane na kanale parafii; prosimy nie filmować "
                    "z chóru bez zgody proboszcza."
                ],
            ),
        ),
    )


def _stocktaking() -> bytes:
    """A shop's stocktaking schedule: counting teams, zones, start times."""
    return _nm_page(
        (
            "Market „Pod Lipami” sp. j.",
            "ul. Kopernika 11, 95-060 Brzeziny",
            "HARMONOGRAM INWENTARYZACJI",
        ),
        (
            [
                ("Data spisu", "sobota, 2 stycznia 2027 r. (sklep zamknięty)"),
                ("Zbiórka", "6:00 na zapleczu \u2013 odprawa przewodniczącego komisji"),
                ("Komisja", "przew. Danuta Kmieć, członkowie: R. Gaj, E. Wrona"),
                ("Arkusze", "wydaje księgowość, zwrot do 16:00"),
            ],
            (
                ["ZESPÓŁ", "STREFA", "START", "OSOBY"],
                [0, 80, 260, 330],
                [
                    ("Z-1", "napoje, alkohol (regały 1\u20136)", "6:30", "Ola, Bartek"),
                    ("Z-2", "chemia, kosmetyki", "6:30", "Jola, Kamil"),
                    ("Z-3", "magazyn, chłodnia", "7:00", "Staszek, Iza"),
                    ("Z-4", "kasy, depozyt", "8:00", "kierownik zmiany"),
                ],
            ),
            (
                "Uwagi",
                [
                    "Spis z natury metodą podwójnego liczenia; monitoring nagrywa "
                    "salę sprzedaży przez cały czas spisu."
                ],
            ),
        ),
    )


def _other_sheets() -> list[Sheet]:
    docs = [
        (
            "near_miss_scout_camp_day_plan",
            "a scout troop's summer camp 'PLAN DNIA OBOZU', A4: troop, camp and month, "
            "turnus, komendant, 'Zbiórka' on the parade ground; a ruled GODZ. / PUNKT DNIA / "
            "GDZIE / UWAGI table; a note on local TV filming the campfire",
            _scout_camp,
        ),
        (
            "near_miss_parish_retreat_timetable",
            "a parish's advent retreat timetable ('REKOLEKCJE ADWENTOWE'), A4: dates, "
            "preacher, confessions; a ruled DZIEŃ / GODZ. / NABOŻEŃSTWO / DLA KOGO table; "
            "notes on the streamed masses and no filming from the choir",
            _retreat,
        ),
        (
            "near_miss_shop_stocktaking_schedule",
            "a shop's 'HARMONOGRAM INWENTARYZACJI', A4: date of the count, 'Zbiórka 6:00' at "
            "the back room, the commission; a ruled ZESPÓŁ / STREFA / START / OSOBY table; notes "
            "on double counting and the CCTV",
            _stocktaking,
        ),
    ]
    return near_misses(_sheet, docs)


def sheets() -> list[Sheet]:
    return [
        *_columns_sheets(),
        *_tvp_sheets(),
        *_deck_sheets(),
        *_trip_sheets(),
        *_grid_sheets(),
        *_dark_sheets(),
        *_other_sheets(),
    ]
