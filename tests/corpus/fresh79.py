"""Eightieth held-out set: Polish call sheets ("plan zdjęciowy", "dzienny plan pracy", "call
sheet", "dyspozycja na dzień zdjęciowy") as Polish crews receive them, in towns not yet in the
corpus (`fresh79_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh79"). Łódź Film School etiudy with a one-page PLAN ZDJĘCIOWY, ZBIÓRKA and
the opiekun's name (Łęczyca, Sieradz, Uniejów); TVP series DZIENNY PLAN PRACY with a boxed CALL
EKIPY, OBIEKT / BAZA / PARKING / SOR cells (Wasilków, Zabłudów, Knyszyn); Warsaw commercial
houses' call sheets in Polish production slang with klient / agencja and a crew list by dział
(Bolków, Złotoryja, Lwówek Śląski); Netflix Polska originals' bilingual PL / EN sheets
(Biskupiec, Jeziorany, Barczewo); TVN / Polsat daily series sheets 'DZIEŃ ZDJĘCIOWY 12/40' with
OBIEKT 1 / OBIEKT 2 and a przejazd (Chmielno, Szymbark, Sierakowice); PISF co-financed features'
DYSPOZYCJA NA DZIEŃ ZDJĘCIOWY in typewriter type, two pages (Iwonicz-Zdrój, Zagórz, Bircza).
Three near misses, all `other`: a forest district's tree-planting action for volunteers, a water
utility's meter-reading schedule and a parish's rabies-vaccination round for dogs.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.corpus.draw import Canvas, centre
from tests.corpus.formats import PL_WEEKDAYS, add_minutes
from tests.corpus.fresh_common import (
    boxed_cells,
    clock,
    date_or,
    fill,
    grey_text,
    head_table,
    label_rows,
    page,
    sheet_maker,
    time_or,
    titled_notes,
)
from tests.corpus.fresh_skeletons import Day, family, footer, near_miss_page, near_misses
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date

P: dict[str, Place] = {
    # (1) Łódź Film School etiudy, Łódzkie towns
    "leczyca": _p(
        "pl",
        "Zamek Królewski w Łęczycy",
        "ul. Zamkowa 1",
        "99-100 Łęczyca",
        52.0597,
        19.1995,
        "Europe/Warsaw",
        "Kutnowski Szpital Samorządowy",
        "ul. Kościuszki 52",
        "99-300 Kutno",
        "24 357 71 00",
        "parking przy ul. Zachodniej",
        "99-100 Łęczyca",
    ),
    "sieradz": _p(
        "pl",
        "Muzeum Okręgowe w Sieradzu",
        "ul. Dominikańska 2",
        "98-200 Sieradz",
        51.5953,
        18.7311,
        "Europe/Warsaw",
        "Wojewódzki Szpital Specjalistyczny w Sieradzu",
        "ul. Armii Krajowej 7",
        "98-200 Sieradz",
        "43 827 91 00",
        "parking przy ul. Kościuszki",
        "98-200 Sieradz",
    ),
    "uniejow": _p(
        "pl",
        "Zamek w Uniejowie",
        "ul. Zamkowa 3",
        "99-210 Uniejów",
        51.9717,
        18.7950,
        "Europe/Warsaw",
        "SP ZOZ w Turku",
        "ul. Poduchowne 1",
        "62-700 Turek",
        "63 280 52 00",
        "parking term przy ul. Pomorskiej",
        "99-210 Uniejów",
    ),
    # (2) TVP series in Podlaskie, Białystok crews
    "wasilkow": _p(
        "pl",
        "dom państwa Sokołowskich",
        "ul. Białostocka 14",
        "16-010 Wasilków",
        53.1990,
        23.2050,
        "Europe/Warsaw",
        "Uniwersytecki Szpital Kliniczny w Białymstoku",
        "ul. M. Skłodowskiej-Curie 24A",
        "15-276 Białystok",
        "85 831 80 00",
        "plac przy ul. Polnej 1",
        "16-010 Wasilków",
    ),
    "zabludow": _p(
        "pl",
        "Gminny Ośrodek Kultury",
        "Rynek 8",
        "16-060 Zabłudów",
        53.0140,
        23.3390,
        "Europe/Warsaw",
        "Wojewódzki Szpital Zespolony im. J. Śniadeckiego",
        "ul. M. Skłodowskiej-Curie 26",
        "15-278 Białystok",
        "85 748 82 00",
        "plac targowy, ul. Białostocka",
        "16-060 Zabłudów",
    ),
    "knyszyn": _p(
        "pl",
        "kąpielisko nad Zalewem Knyszyńskim",
        "ul. Mickiewicza 28",
        "19-120 Knyszyn",
        53.3130,
        22.9230,
        "Europe/Warsaw",
        "Uniwersytecki Szpital Kliniczny w Białymstoku",
        "ul. M. Skłodowskiej-Curie 24A",
        "15-276 Białystok",
        "85 831 80 00",
        "parking przy stadionie, ul. Mickiewicza",
        "19-120 Knyszyn",
    ),
    # (3) Warsaw commercial houses shooting in Dolnośląskie
    "bolkow": _p(
        "pl",
        "Zamek Bolków",
        "ul. Zamkowa 1",
        "59-420 Bolków",
        50.9222,
        16.0997,
        "Europe/Warsaw",
        "Specjalistyczny Szpital im. dra A. Sokołowskiego",
        "ul. A. Sokołowskiego 4",
        "58-309 Wałbrzych",
        "74 648 96 00",
        "Rynek, parking miejski",
        "59-420 Bolków",
    ),
    "zlotoryja": _p(
        "pl",
        "Ratusz w Złotoryi",
        "pl. Orląt Lwowskich 1",
        "59-500 Złotoryja",
        51.1264,
        15.9187,
        "Europe/Warsaw",
        "Wojewódzki Szpital Specjalistyczny w Legnicy",
        "ul. Iwaszkiewicza 5",
        "59-220 Legnica",
        "76 721 14 00",
        "parking przy ul. Hoffmana",
        "59-500 Złotoryja",
    ),
    "lwowek": _p(
        "pl",
        "Ratusz w Lwówku Śląskim",
        "Rynek 1",
        "59-600 Lwówek Śląski",
        51.1108,
        15.5860,
        "Europe/Warsaw",
        "Wojewódzkie Centrum Szpitalne Kotliny Jeleniogórskiej",
        "ul. Ogińskiego 6",
        "58-506 Jelenia Góra",
        "75 753 72 00",
        "parking przy ul. Jaśkiewicza",
        "59-600 Lwówek Śląski",
    ),
    # (4) Netflix Polska original, bilingual sheets, Warmia
    "biskupiec": _p(
        "pl",
        "dworzec kolejowy Biskupiec Reszelski",
        "ul. Kolejowa 2",
        "11-300 Biskupiec",
        53.8650,
        20.9570,
        "Europe/Warsaw",
        "Wojewódzki Szpital Specjalistyczny w Olsztynie",
        "ul. Żołnierska 18",
        "10-561 Olsztyn",
        "89 538 62 00",
        "plac przy ul. Dworcowej",
        "11-300 Biskupiec",
    ),
    "jeziorany": _p(
        "pl",
        "młyn nad Symsarną",
        "ul. Młyńska 3",
        "11-320 Jeziorany",
        53.9640,
        20.7520,
        "Europe/Warsaw",
        "Miejski Szpital Zespolony w Olsztynie",
        "ul. Niepodległości 44",
        "10-045 Olsztyn",
        "89 532 62 00",
        "plac przy ul. Kolejowej",
        "11-320 Jeziorany",
    ),
    "barczewo": _p(
        "pl",
        "Muzeum Feliksa Nowowiejskiego",
        "ul. Mickiewicza 13",
        "11-010 Barczewo",
        53.8310,
        20.6920,
        "Europe/Warsaw",
        "Wojewódzki Szpital Specjalistyczny w Olsztynie",
        "ul. Żołnierska 18",
        "10-561 Olsztyn",
        "89 538 62 00",
        "parking przy ul. Wojska Polskiego",
        "11-010 Barczewo",
    ),
    # (5) TVN / Polsat series in Kashubia, Gdańsk crews
    "chmielno": _p(
        "pl",
        "Muzeum Ceramiki Kaszubskiej Neclów",
        "ul. Gryfa Pomorskiego 65",
        "83-333 Chmielno",
        54.3470,
        18.1080,
        "Europe/Warsaw",
        "Szpital Specjalistyczny w Kartuzach",
        "ul. Floriana Ceynowy 7",
        "83-300 Kartuzy",
        "58 685 21 00",
        "parking przy plaży gminnej, ul. Gryfa Pomorskiego",
        "83-333 Chmielno",
    ),
    "szymbark": _p(
        "pl",
        "Centrum Edukacji i Promocji Regionu",
        "ul. Szymbarskich Zakładników 12",
        "83-315 Szymbark",
        54.2280,
        18.1000,
        "Europe/Warsaw",
        "Szpital Specjalistyczny w Kościerzynie",
        "ul. A. Piechowskiego 36",
        "83-400 Kościerzyna",
        "58 680 91 00",
        "parking autokarowy CEPR",
        "83-315 Szymbark",
    ),
    "sierakowice": _p(
        "pl",
        "Gminny Ośrodek Kultury",
        "ul. Kartuska 7",
        "83-340 Sierakowice",
        54.3450,
        17.8920,
        "Europe/Warsaw",
        "Szpital Specjalistyczny w Kartuzach",
        "ul. Floriana Ceynowy 7",
        "83-300 Kartuzy",
        "58 685 21 00",
        "parking przy hali sportowej, ul. Kubisza",
        "83-340 Sierakowice",
    ),
    # (6) PISF co-financed feature, Bieszczady foothills
    "iwonicz": _p(
        "pl",
        "Dom Zdrojowy",
        "ul. Zdrojowa 1",
        "38-440 Iwonicz-Zdrój",
        49.5680,
        21.7860,
        "Europe/Warsaw",
        "Wojewódzki Szpital Podkarpacki im. Jana Pawła II",
        "ul. Korczyńska 57",
        "38-400 Krosno",
        "13 437 81 00",
        "parking przy ul. Słonecznej",
        "38-440 Iwonicz-Zdrój",
    ),
    "zagorz": _p(
        "pl",
        "ruiny klasztoru Karmelitów Bosych",
        "ul. Klasztorna 2",
        "38-530 Zagórz",
        49.5180,
        22.2780,
        "Europe/Warsaw",
        "SP ZOZ w Sanoku",
        "ul. 800-lecia 26",
        "38-500 Sanok",
        "13 465 60 00",
        "plac przy stacji PKP, ul. Kolejowa",
        "38-530 Zagórz",
    ),
    "bircza": _p(
        "pl",
        "dwór w Birczy",
        "ul. Przemyska 14",
        "37-740 Bircza",
        49.6930,
        22.4780,
        "Europe/Warsaw",
        "Wojewódzki Szpital im. św. Ojca Pio w Przemyślu",
        "ul. Monte Cassino 18",
        "37-700 Przemyśl",
        "16 677 50 00",
        "plac przy Urzędzie Gminy, ul. Rynek",
        "37-740 Bircza",
    ),
}


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones Polish sheets print."""
    h, m, _, _ = clock(hhmm)
    forms = {
        "godz": f"godz. {h}:{m:02d}",  # "godz. 7:30"
        "dot0": f"{h:02d}.{m:02d}",  # "07.30"
        "plain": f"{h}:{m:02d}",  # "7:30"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones Polish sheets print."""
    forms = {
        "wd_dots": f"{PL_WEEKDAYS[d.weekday()]} {d:%d.%m.%Y}",  # "wtorek 14.09.2027"
        "dots0": f"{d:%d.%m.%Y}",  # "14.09.2027"
        "en_uk": f"{d:%A}, {d.day} {d:%B} {d.year}",  # "Tuesday, 14 September 2027"
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh79")
_table = partial(head_table, size=7.5, lead=12)
_family = partial(family, _sheet, P)


def _sun(rise: str, fall: str, t: str) -> str:
    return f"{hm(rise, t)} / {hm(fall, t)}"


def _sor(p: Place) -> str:
    return f"{p.hospital}, {p.hospital_street}, {p.hospital_city}, tel. {p.hospital_phone}"


def _scene_rows(call: str, t: str, rows: list[tuple[str, str, str, int]]) -> list[tuple[str, ...]]:
    """(scene, description, cast, minutes from the call) as printed rows with the time."""
    return [(hm(add_minutes(call, o), t), sc, opis, obs) for sc, opis, obs, o in rows]


# --- (1) Łódź Film School etiuda: one-page PLAN ZDJĘCIOWY -----------------------------------


@_family(
    "pl_lodz_school_etiuda_plan",
    "Łódź Film School (PWSFTviT) student etiuda's PLAN ZDJĘCIOWY, A4 in DejaVu Serif: the school "
    "and year of study in grey, the etiuda's title in quotes centred, 'PLAN ZDJĘCIOWY - dzień 2/4' "
    "and the date; label rows ZBIÓRKA, OBIEKT, PARKING, Wschód / zachód słońca, Pogoda, "
    "Najbliższy szpital / SOR; GODZ. / SC. / OPIS / OBSADA table; KONTAKTY; a tutor's line",
    name="etiuda_{key}",
)
def _etiuda(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("a4", "serif", margin=48.0)
    grey_text(c, x0, 50, "Szkoła Filmowa w Łodzi · " + g["year"], 8.5)
    c.right(right, 50, g["tutor"], 8.5)
    c.hline(x0, right, 58, 0.6)
    centre(c, 88, f"„{title}”", 18)
    centre(c, 108, f"PLAN ZDJĘCIOWY - dzień {g['day_of']}", 11)
    centre(c, 124, day_text(day, g["date_style"]), 10, bold=False)
    rows = [
        ("ZBIÓRKA", f"{hm(call, t)} - {g['meet']}"),
        ("OBIEKT", f"{p.name}, {p.street}, {p.city} ({g['set']})"),
        ("PARKING", f"{p.base_street}, {p.base_city}"),
        ("Wschód / zachód słońca", _sun(rise, fall, t)),
        ("Pogoda", g["weather"]),
        ("Najbliższy szpital / SOR", _sor(p)),
    ]
    y = label_rows(c, x0, 152, right, rows, 9, 130, 17, suffix=":", rule_drop=5)
    y = _table(
        c,
        x0,
        y + 14,
        ["GODZ.", "SC.", "OPIS", "OBSADA"],
        [0, 50, 80, 370],
        _scene_rows(call, t, g["scenes"]),
        right,
        ruled=True,
    )
    y = titled_notes(c, x0, y + 16, "KONTAKTY", 9, g["contacts"], 8.5, right - x0, 12)
    titled_notes(c, x0, y + 10, "UWAGI", 9, g["notes"], 8.5, right - x0, 12)
    footer(c, "Etiuda realizowana w ramach programu studiów. Prosimy o punktualność!", x0)
    return c.output()


def _etiuda_sheets() -> list[Sheet]:
    contacts = [
        "Reżyseria: Zofia Karpińska 600 100 201 · Zdjęcia: Bartek Lis 600 100 202 · "
        "Kierownik produkcji: Hubert Ostrowski 600 100 203",
    ]
    return [
        _etiuda(
            "leczyca",
            "Diabeł Boruta",
            D(2026, 4, 22),
            "07:00",
            {
                "time_style": "godz",
                "date_style": "pl_weekday_genitive",
                "year": "Wydział Reżyserii, etiuda II roku",
                "tutor": "opiekun: prof. Jerzy Wawrzyniak",
                "day_of": "2/4",
                "meet": "brama zamku, od strony fosy",
                "set": "dziedziniec i baszta",
                "weather": "pochmurno, 12°C, wiatr W 15 km/h",
                "scenes": [
                    ("4", "PL. DZIEDZINIEC - Kasia szuka brata", "Kasia, Tomek", 60),
                    ("5", "WN. BASZTA - legenda o Borucie", "Kasia, Przewodnik", 180),
                    ("7", "PL. FOSA - zmierzch", "Kasia", 420),
                ],
                "contacts": contacts,
                "notes": ["Zamek otwarty dla zwiedzających od 10:00 - nie blokujemy wejścia."],
            },
        ),
        _etiuda(
            "sieradz",
            "Ostatni seans",
            D(2026, 11, 17),
            "08:30",
            {
                "time_style": "plain",
                # HARD: the date only in Roman-numeral month form, no weekday ("17.XI.2026")
                "date_style": "pl_roman",
                "year": "Wydział Operatorski, etiuda III roku",
                "tutor": "opiekun: dr Anna Rzepecka",
                "day_of": "1/3",
                "meet": "wejście do muzeum od ul. Dominikańskiej",
                "set": "sala wystawowa na piętrze",
                "weather": "mgła rano, 4°C",
                "scenes": [
                    ("1", "WN. MUZEUM - nocny stróż zamyka sale", "Pan Edward", 90),
                    ("2", "WN. MUZEUM - projektor się włącza", "Pan Edward, Dziewczyna", 240),
                ],
                "contacts": contacts,
                "notes": [
                    "Eksponaty - nie dotykamy! Światło tylko LED, bez HMI w salach wystawowych.",
                ],
            },
        ),
        _etiuda(
            "uniejow",
            "Gorące źródła",
            D(2027, 7, 8),
            "05:30",
            {
                "time_style": "h24",
                "date_style": "pl_weekday_genitive",
                "year": "Wydział Reżyserii, etiuda dokumentalna I roku",
                "tutor": "opiekun: Marek Kosiński",
                "day_of": "3/4",
                "meet": "most na Warcie przy zamku",
                "set": "park zamkowy i nabrzeże Warty",
                "weather": "słonecznie, 27°C, upał po południu",
                "scenes": [
                    ("9", "PL. WARTA - świt nad rzeką", "-", 15),
                    ("10", "PL. PARK ZAMKOWY - kuracjusze", "naturszczycy", 150),
                    ("12", "PL. ZAMEK - wieczór", "-", 900),
                ],
                "contacts": contacts,
                "notes": ["Woda, czapki i krem z filtrem - zdjęcia w pełnym słońcu."],
            },
        ),
    ]


# --- (2) TVP series, Podlaskie: DZIENNY PLAN PRACY with boxed calls and cells ----------------


@_family(
    "pl_podlasie_tvp_dzienny_plan",
    "TVP series' DZIENNY PLAN PRACY, A4 in DejaVu Sans: a grey band with the series and 'serial "
    "dla TVP1', the producer; DZIEŃ ZDJĘCIOWY n/m and the date right; a row of boxes CALL EKIPY "
    "(big) / CHARAKTERYZACJA / OBIAD / Wschód / zachód słońca; OBIEKT / BAZA / PARKING / "
    "SOR cells; OBRAZ / ODC. / MIEJSCE / P/N / STR. / OBSADA; AKTOR / POSTAĆ / CHAR. / PLAN; "
    "UWAGI",
    name="tvp_{key}",
)
def _tvp(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("a4", "sans", margin=32.0)
    fill(c, x0, 28, right - x0, 44, 225)
    c.text(x0 + 8, 48, title.upper(), 16, bold=True)
    c.text(x0 + 8, 63, f"serial dla TVP1 · {g['company']}", 8)
    c.right(right - 8, 46, f"DZIEŃ ZDJĘCIOWY {g['day_of']}", 10, bold=True)
    c.right(right - 8, 62, day_text(day, g["date_style"]), 9)
    centre(c, 92, "DZIENNY PLAN PRACY", 12)
    boxes = [
        ("CALL EKIPY", hm(call, t), 18),
        ("CHARAKTERYZACJA", hm(add_minutes(call, g["hmu"]), t), 18 if g.get("big_hmu") else 11),
        ("OBIAD", hm(add_minutes(call, g["lunch"]), t), 11),
        ("Wschód / zachód słońca", _sun(rise, fall, t), 11),
    ]
    w = (right - x0) / 4
    for i, (lab, val, size) in enumerate(boxes):
        c.box(x0 + i * w, 102, w, 42, 1.2 if i == 0 else 0.5)
        c.text(x0 + i * w + 5, 113, lab, 7, bold=True)
        c.text(x0 + i * w + 5, 136, val, size, bold=size > 11)
    cells = [
        ("OBIEKT", [p.name, p.street, p.city, g["set"]]),
        ("BAZA / PARKING", [p.base_street, p.base_city, g["parking"]]),
        ("SOR", [p.hospital, p.hospital_street, p.hospital_city, f"tel. {p.hospital_phone}"]),
    ]
    boxed_cells(c, x0, 152, (right - x0) / 3, cells, 62, size=7.5)
    c.text(x0, 230, f"Pogoda: {g['weather']}", 8.5)
    y = _table(
        c,
        x0,
        248,
        ["OBRAZ", "ODC.", "MIEJSCE", "P/N", "STR.", "OBSADA"],
        [0, 42, 80, 330, 370, 410],
        g["scenes"],
        right,
        ruled=True,
    )
    cast = [
        (a, ch, hm(add_minutes(call, o - 60), t), hm(add_minutes(call, o), t))
        for a, ch, o in g["cast"]
    ]
    y = _table(c, x0, y + 10, ["AKTOR", "POSTAĆ", "CHAR.", "PLAN"], [0, 170, 330, 420], cast, right)
    titled_notes(c, x0, y + 14, "UWAGI", 9, g["notes"], 8, right - x0, 11)
    footer(c, "Plan może ulec zmianie - aktualizacje SMS od II reżysera. Palenie w bazie.", x0)
    return c.output()


def _tvp_sheets() -> list[Sheet]:
    return [
        _tvp(
            "wasilkow",
            "Sąsiedzi z Podlasia",
            D(2027, 9, 14),
            "07:00",
            {
                "time_style": "plain",
                "date_style": "pl_weekday_genitive",
                "company": "Narew Film sp. z o.o.",
                "day_of": "12/40",
                "hmu": -60,
                "lunch": 330,
                "set": "kuchnia, ganek i podwórko",
                "parking": "kampery i catering na placu",
                "weather": "słonecznie, 19°C, bez opadów",
                "scenes": [
                    ("23", "4", "WN. KUCHNIA SOKOŁOWSKICH", "D", "2 1/8", "1, 2, 5"),
                    ("24", "4", "PL. GANEK", "D", "1 3/8", "1, 3"),
                    ("31", "5", "PL. PODWÓRKO - TRAKTOR", "D", "1 4/8", "2, 3, 7"),
                ],
                "cast": [
                    ("Ewa Borowiec", "Halina", 0),
                    ("Piotr Zawadzki", "Stefan", 0),
                    ("Natalia Kruk", "Magda", 90),
                ],
                "notes": ["Traktor z kierowcą na obiekcie o 9:00. Pies gospodarzy w kojcu."],
            },
        ),
        _tvp(
            "zabludow",
            "Sąsiedzi z Podlasia",
            D(2027, 9, 21),
            "08:00",
            {
                "time_style": "h24",
                "date_style": "dots0",
                "company": "Narew Film sp. z o.o.",
                "day_of": "17/40",
                # HARD: the CHARAKTERYZACJA box, an hour before the call, is printed as big and
                # bold as CALL EKIPY (expected the crew call, 08:00)
                "big_hmu": True,
                "hmu": -60,
                "lunch": 360,
                "set": "sala widowiskowa i rynek",
                "parking": "wjazd od ul. Białostockiej",
                "weather": "zachmurzenie, 14°C, przelotny deszcz",
                "scenes": [
                    ("40", "6", "WN. DOM KULTURY - PRÓBA CHÓRU", "D", "2 6/8", "1, 4, 8"),
                    ("41", "6", "PL. RYNEK - JARMARK", "D", "1 2/8", "1, 2, 4"),
                ],
                "cast": [
                    ("Ewa Borowiec", "Halina", 0),
                    ("Jan Olszewski", "Dyrygent", 0),
                    ("Piotr Zawadzki", "Stefan", 240),
                ],
                "notes": ["30 os. statystów (jarmark) - zbiórka 9:00 w GOK, kostiumy na miejscu."],
            },
        ),
        _tvp(
            "knyszyn",
            "Sąsiedzi z Podlasia",
            D(2027, 6, 9),
            "06:30",
            {
                "time_style": "dot0",
                "date_style": "wd_dots",
                "company": "Narew Film sp. z o.o.",
                "day_of": "3/40",
                "hmu": -45,
                "lunch": 360,
                "set": "plaża i pomost",
                "parking": "tylko pojazdy produkcji",
                "weather": "pogodnie, 24°C",
                "scenes": [
                    ("7", "1", "PL. ZALEW - PORANNA KĄPIEL", "D", "1 5/8", "2, 6"),
                    ("9", "1", "PL. POMOST - KŁÓTNIA", "D", "2 1/8", "1, 2"),
                ],
                "cast": [
                    ("Natalia Kruk", "Magda", 0),
                    ("Ewa Borowiec", "Halina", 120),
                ],
                "notes": ["Ratownik WOPR na planie przez cały dzień. Kąpielisko otwarte od 10:00."],
            },
        ),
    ]


# --- (3) Warsaw commercial house, shooting in Dolnośląskie: CALL SHEET in production slang ---


def _white(c: Canvas) -> None:
    c.pdf.set_text_color(255, 255, 255)


def _black(c: Canvas) -> None:
    c.pdf.set_text_color(0, 0, 0)


@_family(
    "pl_dolnoslaskie_commercial_call",
    "Warsaw commercial production house's CALL SHEET, A4 in Helvetica / DejaVu: a black band "
    "with the house reversed out and 'CALL SHEET · dzień n'; PROJEKT / KLIENT / AGENCJA / "
    "REŻYSER row; a big CALL box beside the date, first shot and planned wrap; LOKACJA, "
    "PARKING / BAZA, SOR cells; HARMONOGRAM (GODZ. / CO); DZIAŁ / FUNKCJA / OSOBA / CALL / TEL.",
    name="reklama_{key}",
)
def _commercial(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("a4", "helvetica", margin=30.0)
    fill(c, x0, 26, right - x0, 34, 15)
    _white(c)
    c.text(x0 + 8, 48, g["house"], 14, bold=True)
    c.right(right - 8, 48, f"CALL SHEET · {g['day_of']}", 10, bold=True)
    _black(c)
    heads = [("PROJEKT", title), ("KLIENT", g["client"]), ("AGENCJA", g["agency"])]
    heads.append(("REŻYSER", g["director"]))
    w = (right - x0) / 4
    for i, (lab, val) in enumerate(heads):
        c.text(x0 + i * w, 76, lab, 6.5, bold=True)
        big = g.get("big_client") and lab == "KLIENT"
        fit(c, x0 + i * w, 92 if big else 89, val, 15 if big else 9.5, w - 8, bold=i < 2)
    c.hline(x0, right, 98, 0.8)
    c.box(x0, 106, 150, 56, 1.6)
    c.text(x0 + 6, 118, "CALL", 8, bold=True)
    c.text(x0 + 6, 152, hm(call, t), 26, bold=True)
    facts = [
        ("Data", day_text(day, g["date_style"])),
        ("Pierwsze ujęcie", hm(add_minutes(call, g["shot"]), t)),
        ("Planowany koniec", hm(add_minutes(call, g["wrap"]), t)),
        ("Wschód / zachód", _sun(rise, fall, t)),
        ("Pogoda", g["weather"]),
    ]
    label_rows(c, x0 + 165, 118, right, facts, 8.5, 90, 11.5, suffix=":")
    cells = [
        ("LOKACJA", [p.name, p.street, p.city, g["set"]]),
        ("PARKING / BAZA", [p.base_street, p.base_city, g["parking"]]),
        ("SOR (24 h)", [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]),
    ]
    boxed_cells(c, x0, 172, (right - x0) / 3, cells, 60, size=7.5)
    sched = [(hm(add_minutes(call, o), t), what) for o, what in g["schedule"]]
    _table(c, x0, 250, ["GODZ.", "HARMONOGRAM"], [0, 48], sched, x0 + 215, ruled=True)
    crew = [(d, f, n, hm(add_minutes(call, o), t), tel) for d, f, n, o, tel in g["crew"]]
    _table(
        c,
        x0 + 228,
        250,
        ["DZIAŁ", "FUNKCJA", "OSOBA", "CALL", "TEL."],
        [0, 42, 110, 188, 222],
        crew,
        right,
        ruled=True,
    )
    footer(c, "Zakaz publikacji zdjęć z planu (NDA klienta). Kask na rusztowaniach!", x0)
    return c.output()


def _crew(pre: int = 0) -> list[tuple[str, str, str, int, str]]:
    return [
        ("PROD", "Producent", "Kasia Mroczek", 0, "601 220 101"),
        ("PROD", "Kier. planu", "Adam Rutkowski", -30, "601 220 102"),
        ("AD", "I asystent", "Olga Mazur", 0, "601 220 103"),
        ("KAM", "Operator", "Witek Nowicki", 0, "601 220 104"),
        ("KAM", "I asyst. kam.", "Kuba Lach", -15, "601 220 105"),
        ("ŚWIATŁO", "Gaffer", "Rafał Zięba", pre, "601 220 106"),
        ("GRIP", "Key grip", "Darek Kot", pre, "601 220 107"),
        ("SCENO", "Scenograf", "Ula Sobczak", -60, "601 220 108"),
        ("CHAR.", "Charakt.", "Iza Pawlak", -30, "601 220 109"),
        ("KOST.", "Stylistka", "Marta Lis", -30, "601 220 110"),
        ("CATER.", "Catering", "Smaki Dolnego", -45, "601 220 111"),
    ]


def _commercial_sheets() -> list[Sheet]:
    return [
        _commercial(
            "bolkow",
            "Zamkowe Wakacje",
            D(2026, 8, 11),
            "05:30",
            {
                "time_style": "dot0",
                "date_style": "pl_weekday_genitive",
                "house": "PLATFORMA FILM",
                "day_of": "dzień 1/2",
                "client": "Sudeckie Wody",
                "agency": "Agencja Sowa",
                "director": "Michał Wrona",
                "shot": 75,
                "wrap": 720,
                "weather": "upał, 30°C, burze po 17:00",
                "set": "dziedziniec i mury zamku",
                "parking": "trucki pod bramą od 4.30",
                "schedule": [
                    (0, "call, śniadanie"),
                    (75, "ujęcie 1: rodzina na murach"),
                    (240, "ujęcie 3: packshot butelki"),
                    (330, "obiad"),
                    (390, "ujęcia 4-6: dziedziniec"),
                    (720, "koniec zdjęć"),
                ],
                "crew": _crew(-60),
            },
        ),
        _commercial(
            "zlotoryja",
            "Złoto w rodzinie",
            D(2026, 10, 6),
            "07:00",
            {
                "time_style": "h24",
                "date_style": "dots0",
                "house": "PLATFORMA FILM",
                "day_of": "dzień 1/1",
                # HARD: the client's brand is printed big and bold, the project small beside it
                # (expected the project, Złoto w rodzinie)
                "big_client": True,
                "client": "Bank Piastowski",
                "agency": "Grupa Kreatywna Wola",
                "director": "Agnieszka Buda",
                "shot": 90,
                "wrap": 660,
                "weather": "pochmurno, 11°C",
                "set": "sala rady i schody ratusza",
                "parking": "za ratuszem, 6 miejsc",
                "schedule": [
                    (0, "call, kawa"),
                    (90, "sc. 1: dziadek z wnuczką"),
                    (300, "obiad"),
                    (360, "sc. 2-3: schody ratusza"),
                    (660, "koniec zdjęć"),
                ],
                "crew": _crew(-30),
            },
        ),
        _commercial(
            "lwowek",
            "Piwo z Rynku",
            D(2027, 2, 16),
            "08:00",
            {
                "time_style": "godz",
                "date_style": "wd_dots",
                "house": "PLATFORMA FILM",
                "day_of": "dzień 2/2",
                "client": "Browar Lwówek",
                "agency": "Dom Mediowy Kopernik",
                "director": "Michał Wrona",
                "shot": 90,
                "wrap": 600,
                "weather": "mróz, -4°C, śnieg w nocy",
                "set": "rynek i podcienia",
                "parking": "bus ekipy przy rynku",
                "schedule": [
                    (0, "call, śniadanie"),
                    (90, "ujęcie 7: kufle na rynku"),
                    (300, "obiad"),
                    (360, "ujęcie 9: podcienia nocą"),
                    (600, "koniec zdjęć"),
                ],
                "crew": _crew(),
            },
        ),
    ]


# --- (4) Netflix Polska original, Warmia: bilingual PL / EN sheet ----------------------------


@_family(
    "pl_warmia_netflix_bilingual",
    "Netflix Polska original's bilingual PLAN ZDJĘCIOWY / CALL SHEET, A4 in DejaVu Sans: title "
    "and 'oryginalny serial Netflix' over the episode, the producer right; the date in Polish "
    "over English; two columns of label rows in both languages (Call ekipy / Crew call, Obiekt / "
    "Location, Baza / Basecamp, Parking, Wschód słońca / Sunrise, Zachód słońca / Sunset, "
    "Pogoda / Weather) beside a shaded box Najbliższy szpital (SOR) / Nearest hospital (ER); "
    "scenes; cast; a safety footer in both languages",
    name="netflix_{key}",
)
def _netflix(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("a4", "sans", margin=36.0)
    c.text(x0, 48, title.upper(), 18, bold=True)
    c.text(x0, 62, f"oryginalny serial Netflix · {g['episode']}", 8.5)
    c.right(right, 44, "PLAN ZDJĘCIOWY / CALL SHEET", 9, bold=True)
    c.right(right, 56, g["company"], 8)
    c.right(right, 68, g["day_of"], 8)
    c.hline(x0, right, 76, 1.4)
    c.text(x0, 94, day_text(day, "pl_weekday_genitive"), 11, bold=True)
    grey_text(c, x0, 106, day_text(day, "en_uk"), 9)
    rows = [
        ("Call ekipy / Crew call", hm(call, t)),
        ("Zdjęcia / Shooting", hm(add_minutes(call, g["shoot"]), t)),
        ("Obiekt / Location", f"{p.name}, {p.street}"),
        ("", f"{p.city} - {g['set']}"),
        ("Baza / Basecamp", f"{p.base_street}, {p.base_city}"),
        ("Parking", g["parking"]),
        ("Wschód słońca / Sunrise", hm(rise, t)),
        ("Zachód słońca / Sunset", hm(fall, t)),
        ("Pogoda / Weather", g["weather"]),
    ]
    mid = x0 + 330
    label_rows(c, x0, 126, mid - 10, rows, 8.5, 150, 14)
    fill(c, mid, 116, right - mid, 106, 232)
    c.box(mid, 116, right - mid, 106, 0.6)
    c.text(mid + 6, 130, "Najbliższy szpital (SOR)", 8, bold=True)
    c.text(mid + 6, 141, "Nearest hospital (ER)", 7.5)
    for i, ln in enumerate([p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]):
        fit(c, mid + 6, 158 + 12 * i, ln, 8, right - mid - 12)
    c.text(mid + 6, 214, "Alarmowy / Emergency: 112", 7.5, bold=True)
    y = _table(
        c,
        x0,
        272,
        ["SC.", "MIEJSCE / SET", "D/N", "STR. / PGS", "OBSADA / CAST"],
        [0, 34, 300, 340, 400],
        g["scenes"],
        right,
        ruled=True,
    )
    cast = [
        (n, a, ch, hm(add_minutes(call, o - 75), t), hm(add_minutes(call, o), t))
        for n, a, ch, o in g["cast"]
    ]
    y = _table(
        c,
        x0,
        y + 10,
        ["#", "AKTOR / CAST", "POSTAĆ / CHARACTER", "CHAR./HMU", "PLAN / SET"],
        [0, 22, 170, 330, 420],
        cast,
        right,
    )
    titled_notes(c, x0, y + 14, "UWAGI / NOTES", 9, g["notes"], 8, right - x0, 11)
    footer(
        c,
        "BHP / SAFETY: kamizelki odblaskowe przy drodze · hi-vis near the road · "
        "zgłaszaj każdy wypadek I asystentowi / report every incident to the 1st AD",
        x0,
    )
    return c.output()


def _netflix_sheets() -> list[Sheet]:
    cast = [
        ("1", "Maja Wilczek", "Inspektor Ewa Kroll", 0),
        ("2", "Tomasz Gajda", "Adam Nowik", 60),
    ]
    return [
        _netflix(
            "biskupiec",
            "Mazurskie Mgły",
            D(2026, 10, 27),
            "06:00",
            {
                "time_style": "plain",
                "company": "Jezioro Films sp. z o.o.",
                "episode": "odc. 3 / Ep. 3",
                "day_of": "Dzień / Day 21 z / of 48",
                "shoot": 75,
                "set": "peron i budynek dworca",
                "parking": "plac przy ul. Dworcowej - tylko ekipa / crew only",
                "weather": "mgła, 6°C / fog, 6°C",
                "scenes": [
                    ("14", "PL./EXT. PERON - PRZYJAZD", "D", "1 4/8", "1, 2"),
                    ("15", "WN./INT. POCZEKALNIA", "D", "2", "1, 2, 9"),
                ],
                "cast": cast,
                "notes": [
                    "Pociąg (retro) na torze bocznym od 8:00; PKP PLK nadzór na peronie / "
                    "the railway supervisor is on the platform all day.",
                ],
            },
        ),
        _netflix(
            "jeziorany",
            "Mazurskie Mgły",
            D(2026, 11, 4),
            "14:00",
            {
                # HARD: a split day called at 14:00 running into the night (expected 14:00)
                "time_style": "h24",
                "company": "Jezioro Films sp. z o.o.",
                "episode": "odc. 4 / Ep. 4",
                "day_of": "Dzień / Day 27 z / of 48",
                "shoot": 90,
                "set": "młyn i jaz na rzece",
                "parking": "łąka za młynem / field behind the mill",
                "weather": "deszcz, 5°C / rain, 5°C",
                "scenes": [
                    ("22", "PL./EXT. JAZ - ZMIERZCH", "N", "1 2/8", "1"),
                    ("23", "WN./INT. MŁYN - ZNALEZISKO", "N", "3 1/8", "1, 2"),
                ],
                "cast": cast,
                "notes": ["Nocne zdjęcia do 01:00, posiłek o 20:00 / hot meal at 20:00."],
            },
        ),
        _netflix(
            "barczewo",
            "Mazurskie Mgły",
            D(2027, 3, 10),
            "07:30",
            {
                "time_style": "plain",
                "company": "Jezioro Films sp. z o.o.",
                "episode": "odc. 6 / Ep. 6",
                "day_of": "Dzień / Day 40 z / of 48",
                "shoot": 60,
                "set": "salon z fortepianem",
                "parking": "ul. Wojska Polskiego, strefa płatna / paid zone",
                "weather": "przelotny śnieg, 1°C / snow showers, 1°C",
                "scenes": [
                    ("41", "WN./INT. SALON - PRZESŁUCHANIE", "D", "2 5/8", "1, 2, 5"),
                    ("42", "WN./INT. SIEŃ", "D", "6/8", "2"),
                ],
                "cast": cast,
                "notes": ["Muzeum czynne - cicho w korytarzach / museum open, quiet please."],
            },
        ),
    ]


# --- (5) TVN / Polsat daily series, Kashubia: spreadsheet grid, OBIEKT 1 / PRZEJAZD / OBIEKT 2


def _grid_rows(c: Canvas, x: float, y: float, right: float, rows: list[tuple[str, str]]) -> float:
    """An exported spreadsheet's two-column grid: label cell shaded, value cell plain."""
    for lab, val in rows:
        fill(c, x, y, 120, 14, 236)
        c.box(x, y, 120, 14, 0.4)
        c.box(x + 120, y, right - x - 120, 14, 0.4)
        c.text(x + 3, y + 10, lab, 7.5, bold=True)
        fit(c, x + 124, y + 10, val, 8, right - x - 128)
        y += 14
    return y


@_family(
    "pl_kaszuby_series_grid",
    "TVN / Polsat daily series' PLAN ZDJĘCIOWY exported from a spreadsheet, A4 in DejaVu Sans "
    "Condensed: the series and the broadcaster, 'DZIEŃ ZDJĘCIOWY 12/40' and the date in a "
    "header row; a ruled two-column grid (ZBIÓRKA where there is one, CALL EKIPY, PIERWSZY "
    "KLAPS, OBIAD, Wschód / zachód słońca, Pogoda, OBIEKT 1, Parking, Najbliższy szpital / SOR); "
    "OBIEKT 1 scenes; a black PRZEJAZD strip; OBIEKT 2 scenes; cast; UWAGI",
    name="serial_{key}",
)
def _series(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("a4", "condensed", margin=30.0)
    c.box(x0, 26, right - x0, 40, 1.0)
    c.text(x0 + 6, 44, title, 15, bold=True)
    c.text(x0 + 6, 59, g["broadcaster"], 8)
    c.right(right - 6, 42, f"DZIEŃ ZDJĘCIOWY {g['day_of']}", 11, bold=True)
    c.right(right - 6, 58, day_text(day, g["date_style"]), 9)
    centre(c, 84, "PLAN ZDJĘCIOWY", 11)
    rows = []
    if g.get("meet"):
        rows.append(("ZBIÓRKA (bus)", f"{hm(add_minutes(call, g['meet']), t)} - {g['hotel']}"))
    rows += [
        ("CALL EKIPY", f"{hm(call, t)} na obiekcie"),
        ("PIERWSZY KLAPS", hm(add_minutes(call, g["shoot"]), t)),
        ("OBIAD", hm(add_minutes(call, g["lunch"]), t)),
        ("Wschód / zachód słońca", _sun(rise, fall, t)),
        ("Pogoda", g["weather"]),
        ("OBIEKT 1", f"{p.name}, {p.street}, {p.city}"),
        ("Co kręcimy", g["set"]),
        ("Parking", f"{p.base_street}, {p.base_city}"),
        ("Najbliższy szpital / SOR", _sor(p)),
    ]
    y = _grid_rows(c, x0, 94, right, rows)
    heads = ["OBR.", "ODC.", "SCENA", "P/N", "STR.", "OBSADA"]
    xs = [0, 36, 72, 330, 366, 410]
    y = _table(c, x0, y + 18, heads, xs, g["scenes1"], right, ruled=True)
    fill(c, x0, y + 2, right - x0, 16, 25)
    c.pdf.set_text_color(255, 255, 255)
    fit(c, x0 + 6, y + 13, f"PRZEJAZD {g['move']}", 8.5, right - x0 - 12, bold=True)
    c.pdf.set_text_color(0, 0, 0)
    y = _table(c, x0, y + 34, heads, xs, g["scenes2"], right, ruled=True)
    cast = [(a, ch, hm(add_minutes(call, o), t)) for a, ch, o in g["cast"]]
    y = _table(c, x0, y + 10, ["AKTOR", "POSTAĆ", "GOTOWOŚĆ NA PLANIE"], [0, 170, 330], cast, right)
    titled_notes(c, x0, y + 14, "UWAGI", 9, g["notes"], 8, right - x0, 11)
    footer(c, "II reżyser: Kamila Drwęcka 605 300 400 · kier. planu: Rafał Bach 605 300 401", x0)
    return c.output()


def _series_sheets() -> list[Sheet]:
    return [
        _series(
            "chmielno",
            "Na Kaszubach",
            D(2026, 5, 19),
            "07:00",
            {
                "time_style": "plain",
                "date_style": "pl_weekday_genitive",
                "broadcaster": "serial codzienny TVN · Kaszëbë Film",
                "day_of": "12/40",
                "shoot": 60,
                "lunch": 330,
                "weather": "słonecznie, 18°C, wiatr od jeziora",
                "set": "pracownia garncarska i podwórze",
                "move": "13:00 - OBIEKT 2: plaża gminna nad Jeziorem Kłodno (5 min)",
                "scenes1": [
                    ("12", "210", "WN. PRACOWNIA - KOŁO GARNCARSKIE", "D", "2 2/8", "1, 3"),
                    ("13", "210", "PL. PODWÓRZE - DOSTAWA GLINY", "D", "1", "1, 3, 6"),
                ],
                "scenes2": [("18", "211", "PL. PLAŻA - ROWERY WODNE", "D", "1 6/8", "2, 4")],
                "cast": [
                    ("Joanna Lipska", "Gosia", 0),
                    ("Krzysztof Bieg", "Józef Necel", 30),
                    ("Alicja Reda", "Ola", 360),
                ],
                "notes": ["Garncarz (konsultant) na planie od 7:00 - koło obsługuje tylko on."],
            },
        ),
        _series(
            "szymbark",
            "Na Kaszubach",
            D(2026, 12, 2),
            "08:00",
            {
                "time_style": "h24",
                "date_style": "dots0",
                "broadcaster": "serial codzienny TVN · Kaszëbë Film",
                "day_of": "31/40",
                # HARD: a ZBIÓRKA row for the bus at the hotel, 45 minutes before the call, is
                # the grid's first row (expected the crew call on set, 08:00)
                "meet": -45,
                "hotel": "Hotel Kaszuby, Kartuzy (bus ekipy)",
                "shoot": 75,
                "lunch": 360,
                "weather": "zachmurzenie, 2°C, możliwy śnieg",
                "set": "dom do góry nogami i sala wystawowa",
                "move": "14:30 - OBIEKT 2: Wieżyca, wieża widokowa (10 min)",
                "scenes1": [
                    ("70", "245", "WN. DOM DO GÓRY NOGAMI - DZIECI", "D", "1 4/8", "2, 7, 8"),
                    ("71", "245", "WN. SALA - WYCIECZKA", "D", "1 1/8", "2"),
                ],
                "scenes2": [("74", "246", "PL. WIEŻA WIDOKOWA - ZMIERZCH", "D", "7/8", "1, 2")],
                "cast": [
                    ("Alicja Reda", "Ola", 0),
                    ("Joanna Lipska", "Gosia", 390),
                ],
                "notes": ["Dzieci (2) z opiekunem - praca do 14:00 (zgoda sądu rodzinnego)."],
            },
        ),
        _series(
            "sierakowice",
            "Na Kaszubach",
            D(2027, 1, 26),
            "09:00",
            {
                "time_style": "dot",
                "date_style": "wd_dots",
                "broadcaster": "serial codzienny TVN · Kaszëbë Film",
                "day_of": "38/40",
                "shoot": 60,
                "lunch": 330,
                "weather": "mróz, -6°C, słonecznie",
                "set": "sala widowiskowa i garderoby",
                "move": "15.00 - OBIEKT 2: kościół parafialny, ul. Kościelna (pieszo)",
                "scenes1": [
                    ("88", "251", "WN. SALA - JASEŁKA, PRÓBA", "D", "2 3/8", "1, 2, 3"),
                    ("89", "251", "WN. GARDEROBA - TREMA", "D", "1", "2"),
                ],
                "scenes2": [("90", "252", "PL. KOŚCIÓŁ - KOLĘDNICY", "N", "1 2/8", "1, 3")],
                "cast": [
                    ("Joanna Lipska", "Gosia", 0),
                    ("Krzysztof Bieg", "Józef Necel", 0),
                    ("Alicja Reda", "Ola", 60),
                ],
                "notes": ["Statyści (chór) zbiórka 10.00 w GOK. Ciepła herbata w bazie."],
            },
        ),
    ]


# --- (6) PISF co-financed feature, Bieszczady foothills: DYSPOZYCJA, typewriter, two pages ---


@_family(
    "pl_bieszczady_pisf_dyspozycja",
    "PISF co-financed feature's DYSPOZYCJA NA DZIEŃ ZDJĘCIOWY, two A4 pages in DejaVu Sans Mono: "
    "'film fabularny współfinansowany przez PISF', the title and the producer centred, 'DZIEŃ "
    "ZDJĘCIOWY NR n' and the date; numbered paragraphs 1. GODZINY (wyjazd z bazy, call, zdjęcia, "
    "obiad), 2. OBIEKT, 3. BAZA / PARKING, 4. SŁOŃCE, 5. SZPITAL (SOR); scenes; page 2: cast "
    "and crew calls (ZESPÓŁ), equipment and notes (the hospital moved there once)",
    name="dyspozycja_{key}",
)
def _dyspozycja(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("a4", "mono", margin=50.0)
    centre(c, 50, "film fabularny współfinansowany przez PISF", 8, bold=False)
    centre(c, 74, title.upper(), 15)
    centre(c, 90, g["company"], 8.5, bold=False)
    centre(c, 118, f"DYSPOZYCJA NA DZIEŃ ZDJĘCIOWY NR {g['day_no']}", 11)
    centre(c, 134, day_text(day, g["date_style"]), 9.5, bold=False)
    c.hline(x0, right, 142, 0.6)
    hours = [
        ("wyjazd z bazy", hm(add_minutes(call, -20), t)),
        ("CALL EKIPY", hm(call, t)),
        ("gotowość do zdjęć", hm(add_minutes(call, g["shoot"]), t)),
        ("obiad", hm(add_minutes(call, g["lunch"]), t)),
    ]
    c.text(x0, 164, "1. GODZINY", 9, bold=True)
    y = label_rows(c, x0 + 18, 178, right, hours, 8.5, 140, 12, suffix=":")
    blocks = [
        ("2. OBIEKT", [f"{p.name}, {p.street}, {p.city}", g["set"]]),
        ("3. BAZA / PARKING", [f"{p.base_street}, {p.base_city}", g["parking"]]),
        ("4. SŁOŃCE", [f"wschód {hm(rise, t)}, zachód {hm(fall, t)}; {g['weather']}"]),
    ]
    hospital = ("5. SZPITAL (SOR)", [_sor(p), "Numer alarmowy 112, GOPR Bieszczady 985"])
    if not g.get("sor_page2"):
        blocks.append(hospital)
    for head, lines in blocks:
        c.text(x0, y + 8, head, 9, bold=True)
        y += 22
        for ln in lines:
            fit(c, x0 + 18, y, ln, 8.5, right - x0 - 18)
            y += 12
    y = _table(
        c,
        x0,
        y + 14,
        ["OBR.", "MIEJSCE AKCJI", "P/N", "STR.", "OBSADA"],
        [0, 36, 290, 320, 360],
        g["scenes"],
        right,
        ruled=True,
    )
    footer(c, f"{title} · dyspozycja nr {g['day_no']} · strona 1/2", x0)
    c.new_page()
    c.text(x0, 50, "ZESPÓŁ - GODZINY WEZWANIA", 10, bold=True)
    crew = [(f, n, hm(add_minutes(call, o), t)) for f, n, o in g["crew"]]
    y = _table(c, x0, 68, ["FUNKCJA", "IMIĘ I NAZWISKO", "GODZ."], [0, 170, 380], crew, right)
    y = titled_notes(c, x0, y + 18, "SPRZĘT / TRANSPORT", 9, g["kit"], 8.5, right - x0, 12)
    if g.get("sor_page2"):
        c.text(x0, y + 14, hospital[0], 9, bold=True)
        y += 28
        for ln in hospital[1]:
            fit(c, x0 + 18, y, ln, 8.5, right - x0 - 18)
            y += 12
    titled_notes(c, x0, y + 14, "UWAGI", 9, g["notes"], 8.5, right - x0, 12)
    footer(c, f"{title} · dyspozycja nr {g['day_no']} · strona 2/2", x0)
    return c.output()


def _pisf_crew() -> list[tuple[str, str, int]]:
    return [
        ("Reżyser", "Wojciech Halny", 0),
        ("Operator obrazu", "Paweł Jastrząb", 0),
        ("Kierownik produkcji", "Grażyna Wolska", -30),
        ("II reżyser", "Kamil Sowa", -30),
        ("Mistrz oświetlenia", "Henryk Kula", -60),
        ("Scenograf", "Teresa Bukowska", -60),
        ("Charakteryzacja", "Ola Berezka", -45),
        ("Dźwięk", "Szymon Kret", 0),
        ("Kierowcy (2)", "Baza Sanok", -40),
    ]


def _dyspozycja_sheets() -> list[Sheet]:
    return [
        _dyspozycja(
            "iwonicz",
            "Uzdrowisko",
            D(2026, 6, 23),
            "06:00",
            {
                "time_style": "godz",
                "date_style": "pl_weekday_genitive",
                "company": "produkcja: Połonina Film sp. z o.o.",
                "day_no": "14",
                "shoot": 90,
                "lunch": 360,
                "set": "hol, pijalnia wód i taras",
                "parking": "wozy techniczne przy ul. Słonecznej, osobowe na parkingu uzdrowiska",
                "weather": "pogodnie, 24°C",
                "scenes": [
                    ("33", "WN. PIJALNIA WÓD - kuracjusze 1978", "D", "2 1/8", "1, 4"),
                    ("34", "PL. TARAS - dancing", "D", "1 5/8", "1, 2, 4"),
                ],
                "crew": _pisf_crew(),
                "kit": ["Dolly + 6 m toru, dźwig 7 m (od 10:00), agregat przy hali."],
                "notes": ["Kostiumy z epoki (1978) - zero telefonów w kieszeniach statystów."],
            },
        ),
        _dyspozycja(
            "zagorz",
            "Uzdrowisko",
            D(2026, 9, 29),
            "06:30",
            {
                "time_style": "dot",
                "date_style": "pl_dots",
                "company": "produkcja: Połonina Film sp. z o.o.",
                "day_no": "33",
                # HARD: the hospital (5. SZPITAL (SOR)) is printed on page 2, under the crew and
                # equipment (expected the Sanok hospital)
                "sor_page2": True,
                "shoot": 75,
                "lunch": 330,
                "set": "ruiny, mury obronne i wzgórze",
                "parking": "bus z bazy co 20 min, podjazd tylko dla wozu oświetlenia",
                "weather": "mgła do 9, potem słońce, 13°C",
                "scenes": [
                    ("51", "PL. RUINY KLASZTORU - spowiedź", "D", "2 4/8", "1, 3"),
                    ("52", "PL. MURY - ucieczka", "D", "1 1/8", "3"),
                ],
                "crew": _pisf_crew(),
                "kit": ["Steadicam, drony (zgoda PAŻP na ten dzień), quad dla transportu."],
                "notes": ["Strome podejście - obuwie trekkingowe obowiązkowe. Kleszcze!"],
            },
        ),
        _dyspozycja(
            "bircza",
            "Uzdrowisko",
            D(2027, 4, 13),
            "07:00",
            {
                "time_style": "godz",
                "date_style": "pl_weekday_genitive",
                "company": "produkcja: Połonina Film sp. z o.o.",
                "day_no": "3",
                "shoot": 60,
                "lunch": 360,
                "set": "dworski park i ganek",
                "parking": "plac przy Urzędzie Gminy; wozy w parku po uzgodnieniu",
                "weather": "przelotne opady, 9°C",
                "scenes": [
                    ("4", "PL. GANEK DWORU - powrót syna", "D", "2", "1, 2"),
                    ("6", "PL. PARK - pogrzeb psa", "D", "1 3/8", "1, 2, 5"),
                ],
                "crew": _pisf_crew(),
                "kit": ["Kran 5 m, deszczownice (rezerwa), 2 x HMI 18 kW."],
                "notes": ["Zwierzę na planie (pies) - opiekun zwierzęcia od 6:00."],
            },
        ),
    ]


# --- near misses: papers that send people to a place at a time but plan no shoot ---------------


_nm_page = partial(near_miss_page, paper="a4", margin=48.0, top=56, font="sans", label_width=140)


def _tree_planting() -> bytes:
    """A forest district's tree-planting action for volunteers: meeting point, plots, tools."""
    return _nm_page(
        (
            "NADLEŚNICTWO KNYSZYN",
            "Regionalna Dyrekcja Lasów Państwowych w Białymstoku",
            "AKCJA SADZENIA LASU",
        ),
        (
            [
                ("Termin", "sobota, 17 kwietnia 2027"),
                ("Zbiórka", "godz. 9:00, leśniczówka Grzybowszczyzna (parking przy drodze)"),
                ("Koordynator", "leśniczy Adam Grab, tel. 85 555 01 20"),
                ("Do posadzenia", "6 000 sadzonek sosny i dębu, 2,1 ha"),
            ],
            (
                ["GODZ.", "CO", "GDZIE", "KTO"],
                [0, 60, 250, 400],
                [
                    ("9:00", "instruktaż BHP, wydanie kosturów", "leśniczówka", "wszyscy"),
                    ("9:30", "sadzenie - oddział 112a", "1 km pieszo", "grupy 1-3"),
                    ("12:30", "ognisko, kiełbaski", "wiata leśna", "wszyscy"),
                    ("14:00", "zakończenie, zdjęcie grupowe", "wiata leśna", "wszyscy"),
                ],
            ),
            (
                "Prosimy",
                [
                    "Ubiór do pracy w lesie, rękawice, kalosze. Dzieci pod opieką dorosłych. "
                    "Lokalna telewizja nagra krótki materiał - powiedz leśniczemu, jeśli nie "
                    "chcesz być w kadrze.",
                ],
            ),
        ),
    )


def _meter_reading() -> bytes:
    """A water utility's meter-reading round: streets, days, hours, what to have ready."""
    return _nm_page(
        (
            "ZAKŁAD WODOCIĄGÓW",
            "i Kanalizacji Gminy Chmielno · ul. Gryfa Pomorskiego",
            "HARMONOGRAM ODCZYTÓW WODOMIERZY",
        ),
        (
            [
                ("Okres", "II kwartał 2027"),
                ("Inkasent", "Pan Robert Klein (legitymacja służbowa ze zdjęciem)"),
                ("Godziny", "pon.-pt. 8:00 - 15:00, czw. do 18:00"),
                ("Kontakt", "biuro obsługi klienta, tel. 58 555 02 30"),
            ],
            (
                ["TERMIN", "MIEJSCOWOŚĆ", "ULICE / NUMERY"],
                [0, 110, 250],
                [
                    ("14.06.2027", "Chmielno", "Gryfa Pomorskiego 1-80, Kartuska"),
                    ("15.06.2027", "Chmielno", "Leśna, Rybacka, Zamkowa"),
                    ("16.06.2027", "Przewóz", "cała miejscowość"),
                    ("17.06.2027", "Zawory", "cała miejscowość, Borzestowo"),
                ],
            ),
            (
                "Informacja",
                [
                    "Prosimy o udostępnienie studzienki wodomierzowej. W razie nieobecności "
                    "stan licznika można podać telefonicznie lub przesłać zdjęcie wodomierza "
                    "e-mailem do 20.06.2027.",
                ],
            ),
        ),
    )


def _rabies_round() -> bytes:
    """A vet's rabies-vaccination round for dogs, village by village."""
    return _nm_page(
        (
            "GABINET WETERYNARYJNY „AZOR”",
            "lek. wet. Beata Kowalik · Iwonicz-Zdrój",
            "SZCZEPIENIE PSÓW 2027",
        ),
        (
            [
                ("Szczepienie", "przeciw wściekliźnie, obowiązkowe dla psów od 3. miesiąca"),
                ("Koszt", "50 zł (szczepionka + wpis do książeczki)"),
                ("Zabrać", "książeczkę zdrowia psa, smycz, kaganiec"),
                ("Informacje", "tel. 13 555 03 40"),
            ],
            (
                ["DATA", "GODZ.", "MIEJSCOWOŚĆ", "MIEJSCE"],
                [0, 80, 170, 300],
                [
                    ("sob. 8.05.2027", "9:00 - 10:30", "Lubatowa", "przy remizie OSP"),
                    ("sob. 8.05.2027", "11:00 - 12:30", "Lubatówka", "przy sklepie"),
                    ("sob. 15.05.2027", "9:00 - 11:00", "Iwonicz", "plac przy kościele"),
                    ("sob. 15.05.2027", "11:30 - 13:00", "Iwonicz-Zdrój", "ul. Zdrojowa, parking"),
                ],
            ),
            (
                "Uwaga",
                [
                    "Psy agresywne wyłącznie w kagańcu. Szczepienie kotów na tych samych "
                    "punktach. Właściciel nieszczepionego psa podlega karze grzywny.",
                ],
            ),
        ),
    )


def _other_sheets() -> list[Sheet]:
    docs = [
        (
            "near_miss_tree_planting_action",
            "a Podlaskie forest district's tree-planting action for volunteers, A4: forest "
            "district, 'AKCJA SADZENIA LASU', date, meeting point at 9:00, coordinator; a ruled "
            "GODZ. / CO / GDZIE / KTO table; notes on clothing and local TV filming",
            _tree_planting,
        ),
        (
            "near_miss_water_meter_reading",
            "a Kashubian water utility's meter-reading schedule, A4: utility, 'HARMONOGRAM "
            "ODCZYTÓW WODOMIERZY', quarter, reader, hours; a ruled TERMIN / MIEJSCOWOŚĆ / ULICE "
            "table; a note on sending a photo of the meter",
            _meter_reading,
        ),
        (
            "near_miss_dog_rabies_vaccination",
            "a vet's rabies-vaccination round for dogs in the Krosno foothills, A4: surgery, "
            "'SZCZEPIENIE PSÓW 2027', przeciw wściekliźnie, cost, what to bring; a ruled DATA / "
            "GODZ. / MIEJSCOWOŚĆ / MIEJSCE table; notes",
            _rabies_round,
        ),
    ]
    return near_misses(_sheet, docs)


def sheets() -> list[Sheet]:
    return [
        *_etiuda_sheets(),
        *_tvp_sheets(),
        *_commercial_sheets(),
        *_netflix_sheets(),
        *_series_sheets(),
        *_dyspozycja_sheets(),
        *_other_sheets(),
    ]
