"""Sixty-fifth held-out set: Polish call sheets in layouts and wordings the corpus lacks, in
Polish towns not yet in the corpus (`fresh64_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh64"). A production office's typed "DYSPOZYCJA" letter with the issue
date ("Lidzbark Warmiński, dnia 13 października 2027 r.") above the day it is for, numbered
points and 'godz. 7:30' (Warmia: Lidzbark Warmiński, Dobre Miasto, Braniewo); a "DZIENNY PLAN
PRACY" whose times run as one strip of boxes across the page (zbiórka ekipy, gotowość na
planie, obiad, koniec, zbiórka jutro) under a big date box with a Roman-numeral month (Opole
region: Otmuchów, Prudnik, Moszna); a Polish-German co-production's bilingual plan with
Polish labels and English beside them (Lubusz: Słubice, Łagów, Żagań); a plan whose crew call
is only a bold row of the day's hour-by-hour HARMONOGRAM (Świętokrzyskie: Krzemionki near
Ostrowiec, Starachowice, Busko-Zdrój); a commercial's "CALL SHEET / PLAN ZDJĘCIOWY" in
advertising Polish ("call ekipy", "call agencji / klienta", "wyjazd z Warszawy", client,
agency and house) (Podlasie: Tykocin, Supraśl, Kruszyniany); a TV series' day plan with every
fact in a grey sidebar and the scenes beside it (Subcarpathia: Leżajsk, Lesko, Dukla). Three
near misses, all `other`: a kayak trip programme on the Krutynia, an angling club's
competition programme and a housing cooperative's chimney-sweep inspection schedule.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

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
    wrap,
)
from tests.corpus.fresh_skeletons import Day, family, family_tables, footer, near_misses, notice
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date


def _pl(*args: object) -> Place:
    """A Polish place: region "pl", Europe/Warsaw (name, street, city, lat, lon, hospital,
    its street, city and phone, the base's street and city)."""
    name, street, city, lat, lon, *rest = args
    return _p("pl", name, street, city, lat, lon, "Europe/Warsaw", *rest)


P: dict[str, Place] = {
    # (1) Warmia: typed dyspozycja letters
    "lidzbark": _pl(
        "Zamek Biskupów Warmińskich",
        "pl. Zamkowy 1",
        "11-100 Lidzbark Warmiński",
        54.1262,
        20.5803,
        "Wojewódzki Szpital Specjalistyczny w Olsztynie",
        "ul. Żołnierska 18",
        "10-561 Olsztyn",
        "tel. 89 538 63 00",
        "Parking przy ul. Hożej (plac targowy)",
        "11-100 Lidzbark Warmiński",
    ),
    "dobremiasto": _pl(
        "Kolegiata Najświętszego Zbawiciela i Wszystkich Świętych",
        "ul. Orła Białego 16",
        "11-040 Dobre Miasto",
        53.9877,
        20.3965,
        "Miejski Szpital Zespolony w Olsztynie",
        "ul. Niepodległości 44",
        "10-045 Olsztyn",
        "tel. 89 532 62 00",
        "Parking przy ul. Grunwaldzkiej (Biedronka)",
        "11-040 Dobre Miasto",
    ),
    "braniewo": _pl(
        "Bazylika św. Katarzyny Aleksandryjskiej",
        "ul. Kościelna 2",
        "14-500 Braniewo",
        54.3807,
        19.8220,
        "Szpital Miejski św. Jana Pawła II w Elblągu",
        "ul. Żeromskiego 22",
        "82-300 Elbląg",
        "tel. 55 230 62 00",
        "Parking przy ul. Gdańskiej (dworzec PKS)",
        "14-500 Braniewo",
    ),
    # (2) Opole region: DPP with a strip of times
    "otmuchow": _pl(
        "Zamek w Otmuchowie",
        "ul. Zamkowa 4",
        "48-385 Otmuchów",
        50.5049,
        17.1736,
        "Szpital Powiatowy w Nysie",
        "ul. Bohaterów Warszawy 34",
        "48-300 Nysa",
        "tel. 77 408 78 00",
        "Parking przy Rynku, ul. Krakowska",
        "48-385 Otmuchów",
    ),
    "prudnik": _pl(
        "Wieża Woka (zamek prudnicki)",
        "ul. Zamkowa 6",
        "48-200 Prudnik",
        50.3220,
        17.5770,
        "Prudnickie Centrum Medyczne",
        "ul. Szpitalna 14",
        "48-200 Prudnik",
        "tel. 77 406 70 00",
        "Parking przy ul. Kościuszki (za ratuszem)",
        "48-200 Prudnik",
    ),
    "moszna": _pl(
        "Zamek w Mosznej",
        "ul. Zamkowa 1",
        "47-370 Moszna",
        50.4406,
        17.7656,
        "Uniwersytecki Szpital Kliniczny w Opolu",
        "al. Witosa 26",
        "45-401 Opole",
        "tel. 77 452 07 00",
        "Parking zamkowy przy stadninie, ul. Zamkowa",
        "47-370 Moszna",
    ),
    # (3) Lubusz: Polish-German co-production, Polish with English beside
    "slubice": _pl(
        "Collegium Polonicum",
        "ul. Kościuszki 1",
        "69-100 Słubice",
        52.3490,
        14.5565,
        "Wielospecjalistyczny Szpital Wojewódzki w Gorzowie Wlkp.",
        "ul. Dekerta 1",
        "66-400 Gorzów Wielkopolski",
        "tel. 95 733 11 00",
        "Parking przy ul. Jedności Robotniczej (bulwar)",
        "69-100 Słubice",
    ),
    "lagow": _pl(
        "Zamek Joannitów w Łagowie",
        "ul. Kasztelańska 1",
        "66-220 Łagów",
        52.3336,
        15.2908,
        "Szpital Uniwersytecki w Zielonej Górze",
        "ul. Zyty 26",
        "65-046 Zielona Góra",
        "tel. 68 329 60 00",
        "Parking przy Bramie Polskiej, ul. Gościnna",
        "66-220 Łagów",
    ),
    "zagan": _pl(
        "Pałac Książęcy w Żaganiu",
        "ul. Szprotawska 4",
        "68-100 Żagań",
        51.6180,
        15.3208,
        "Szpital na Wyspie w Żarach",
        "ul. Pszenna 2",
        "68-200 Żary",
        "tel. 68 470 78 00",
        "Parking przy ul. Szprotawskiej (park pałacowy)",
        "68-100 Żagań",
    ),
    # (4) Świętokrzyskie: the call only in the hour-by-hour harmonogram
    "krzemionki": _pl(
        "Rezerwat Archeologiczny Krzemionki",
        "Sudół 135a",
        "27-400 Ostrowiec Świętokrzyski",
        50.9720,
        21.4940,
        "ZOZ w Ostrowcu Świętokrzyskim - Szpital",
        "ul. Szymanowskiego 11",
        "27-400 Ostrowiec Świętokrzyski",
        "tel. 41 247 75 00",
        "Parking muzealny przy wjeździe do rezerwatu",
        "27-400 Ostrowiec Świętokrzyski",
    ),
    "starachowice": _pl(
        "Muzeum Przyrody i Techniki",
        "ul. Wielkiego Pieca 1",
        "27-200 Starachowice",
        51.0470,
        21.0750,
        "Powiatowy Zakład Opieki Zdrowotnej w Starachowicach",
        "ul. Radomska 70",
        "27-200 Starachowice",
        "tel. 41 273 91 00",
        "Parking przy ul. Wielkiego Pieca (brama B)",
        "27-200 Starachowice",
    ),
    "busko": _pl(
        "Sanatorium Marconi",
        "ul. Rzewuskiego 1",
        "28-100 Busko-Zdrój",
        50.4660,
        20.7180,
        "Wojewódzki Szpital Zespolony w Kielcach",
        "ul. Grunwaldzka 45",
        "25-736 Kielce",
        "tel. 41 367 13 00",
        "Parking przy ul. Mickiewicza (park zdrojowy)",
        "28-100 Busko-Zdrój",
    ),
    # (5) Podlasie: commercials in advertising Polish
    "tykocin": _pl(
        "Wielka Synagoga w Tykocinie",
        "ul. Kozia 2",
        "16-080 Tykocin",
        53.2036,
        22.7756,
        "Wojewódzki Szpital Zespolony im. J. Śniadeckiego",
        "ul. M. Skłodowskiej-Curie 26",
        "15-950 Białystok",
        "tel. 85 748 84 00",
        "Parking przy Rynku, pl. Czarnieckiego",
        "16-080 Tykocin",
    ),
    "suprasl": _pl(
        "Monaster Zwiastowania Przenajświętszej Bogurodzicy",
        "ul. Klasztorna 1",
        "16-030 Supraśl",
        53.2097,
        23.3393,
        "Uniwersytecki Szpital Kliniczny w Białymstoku",
        "ul. M. Skłodowskiej-Curie 24A",
        "15-276 Białystok",
        "tel. 85 831 83 23",
        "Parking przy ul. Józefa Piłsudskiego (Arsenał)",
        "16-030 Supraśl",
    ),
    "kruszyniany": _pl(
        "Meczet w Kruszynianach",
        "Kruszyniany 57",
        "16-120 Krynki",
        53.1864,
        23.8032,
        "Szpital Ogólny w Sokółce",
        "ul. Szpitalna 3",
        "16-100 Sokółka",
        "tel. 85 711 09 00",
        "Parking przy Tatarskiej Jurcie, Kruszyniany 58",
        "16-120 Krynki",
    ),
    # (6) Subcarpathia: a TV series' day plan with a sidebar
    "lezajsk": _pl(
        "Bazylika i klasztor OO. Bernardynów",
        "ul. Klasztorna 3",
        "37-300 Leżajsk",
        50.2610,
        22.4185,
        "Szpital Powiatowy w Leżajsku",
        "ul. Leśna 22",
        "37-300 Leżajsk",
        "tel. 17 240 41 00",
        "Parking pod klasztorem, ul. Klasztorna",
        "37-300 Leżajsk",
    ),
    "lesko": _pl(
        "Synagoga w Lesku",
        "ul. Berka Joselewicza 16",
        "38-600 Lesko",
        49.4700,
        22.3300,
        "SPZOZ w Sanoku - Szpital Specjalistyczny",
        "ul. 800-lecia 26",
        "38-500 Sanok",
        "tel. 13 465 60 00",
        "Parking przy ul. Parkowej (zamek)",
        "38-600 Lesko",
    ),
    "dukla": _pl(
        "Pałac w Dukli (Muzeum Historyczne)",
        "ul. Trakt Węgierski 5",
        "38-450 Dukla",
        49.5550,
        21.6840,
        "Wojewódzki Szpital Podkarpacki w Krośnie",
        "ul. Korczyńska 57",
        "38-400 Krosno",
        "tel. 13 437 80 00",
        "Parking przy Rynku, ul. Kościuszki",
        "38-450 Dukla",
    ),
}

PL_WD = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
PL_WD_SHORT = ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."]
PL_MON_GEN = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca"]
PL_MON_GEN += ["sierpnia", "września", "października", "listopada", "grudnia"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the Polish ones this set prints."""
    h, m, _, _ = clock(hhmm)
    forms = {
        "colon": f"{h}:{m:02d}",  # "7:30"
        "dot": f"{h}.{m:02d}",  # "7.30"
        "zero": f"{h:02d}:{m:02d}",  # "07:30"
        "godz": f"godz. {h}:{m:02d}",  # "godz. 7:30"
        "godz_dot": f"godz. {h}.{m:02d}",  # "godz. 7.30"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the Polish ones this set prints."""
    wd, mi = d.weekday(), d.month - 1
    forms = {
        "gen": f"{d.day} {PL_MON_GEN[mi]} {d.year} r.",  # "14 października 2027 r."
        "wd_gen": f"{PL_WD[wd]}, {d.day} {PL_MON_GEN[mi]} {d.year} r.",
        "roman": f"{d.day}.{ROMAN[mi]}.{d.year}",  # "14.X.2027"
        "wd_roman": f"{PL_WD[wd]} {d.day}.{ROMAN[mi]}.{d.year}",
        "dot_r": f"{d.day}.{d.month:02d}.{d.year} r.",  # "3.11.2027 r."
        "wd_dot_r": f"{PL_WD[wd]}, {d.day}.{d.month:02d}.{d.year} r.",
        "short": f"{PL_WD_SHORT[wd]} {d:%d.%m.%Y}",  # "pt. 18.06.2027"
        "roman_short": f"{d.day}.{ROMAN[mi]}.{d.year} ({PL_WD_SHORT[wd]})",
        "en": f"{d:%A}, {d.day} {d:%B} {d.year}",
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh64")
_table = partial(head_table, size=7.5, lead=12)
_family = partial(family, _sheet, P)
_day_tables = partial(family_tables, _table, hm)


def _tables(c: Canvas, x0: float, y: float, right: float, spec: Day, heads: dict) -> float:
    """The day's scenes, cast and crew in the family's words (`heads`), its notes under them."""
    return _day_tables(
        c,
        x0,
        y,
        right,
        spec,
        style=spec.g["table_style"],
        scenes=heads["scenes"],
        cast=heads["cast"],
        steps=heads["steps"],
        crew=heads.get("crew"),
        notes=(heads["notes"], 8.5, 7.5, 10),
    )


def _times(call: str, rows: list[tuple[str, int]], t: str) -> list[tuple[str, str]]:
    """(label, minutes from the call) rows as (label, time as the sheet writes it)."""
    return [(lab, hm(add_minutes(call, off), t)) for lab, off in rows]


def _next_call(spec: Day) -> str:
    """Tomorrow's call as the sheet prints it: the next day's date and time (g["next"] =
    (days on, minutes from today's call))."""
    days, off = spec.g["next"]
    nxt = spec.day + dt.timedelta(days=days)
    return f"{day_text(nxt, spec.g['next_date'])}, {hm(add_minutes(spec.call, off), spec.t)}"


def _hospital(p: Place) -> list[str]:
    return [p.hospital, p.hospital_street, p.hospital_city, f"{p.hospital_phone} (SOR)"]


# --- (1) Warmia: the production office's typed DYSPOZYCJA letter ------------------------------

DY_HEADS = {
    "scenes": (["Obraz", "Obiekt / opis", "P/W", "D/N", "Obsada"], [0, 38, 330, 365, 400]),
    "cast": (["Aktor", "Postać", "Charakteryzacja", "Na planie"], [0, 130, 260, 370]),
    "steps": [-60, 0],
    "notes": "Uwagi",
}


@_family(
    "pl_dyspozycja_letter",
    "a Polish production office's typed letter, A4, serif: the company letterhead left, the "
    "town and issue date right ('Lidzbark Warmiński, dnia 13 października 2027 r.'), "
    "'DYSPOZYCJA nr 12' centred and 'na dzień zdjęciowy: czwartek, 14 października 2027 r.'; "
    "numbered points: zbiórka ekipy ('godz. 7:30', '6.45'), gotowość na planie, obiad, "
    "miejsce zdjęć, baza / parking, najbliższy SOR, wschód / zachód słońca, zbiórka jutro; "
    "sceny, obsada, uwagi; signed by the kierownik produkcji",
    name="dy_{key}",
)
def _dy(spec: Day) -> bytes:
    _, p, rise, fall, t, layout, title, day, call, g = spec
    c, x0, right = page("A4", "serif", margin=56.0)
    w = right - x0
    c.text(x0, 58, g["company"], 10.5, bold=True)
    for i, ln in enumerate(g["company_lines"]):
        grey_text(c, x0, 70 + i * 10, ln, 7.5, 90)
    issued = spec.day - dt.timedelta(days=g["issued_before"])
    c.right(right, 58, f"{g['town']}, dnia {day_text(issued, 'gen')}", 9.5)
    centre(c, 122, f"DYSPOZYCJA nr {g['n']}", 15)
    # HARD (braniewo): the shooting date only in the heading, in Roman numerals, under an issue
    # date in words
    centre(c, 138, f"na dzień zdjęciowy: {day_text(day, g['date_style'])}", 10.5, bold=False)
    centre(c, 152, f"film „{title}” - dzień zdjęciowy {g['day_n']}", 9, bold=False)
    y = 182.0
    points = [
        ("Zbiórka ekipy", f"{hm(call, t)} - {g['call_where']}"),
        *_times(call, g["times"], t),
        ("Miejsce zdjęć", f"{p.name}, {p.street}, {p.city} ({g['set']})"),
        ("Baza / parking", f"{p.base_street}, {p.base_city}. {g['base_note']}"),
        ("Najbliższy SOR", f"{p.hospital}, {p.hospital_street}, {p.hospital_city}"),
        ("", p.hospital_phone),
        ("Wschód / zachód słońca", f"{hm(rise, t)} / {hm(fall, t)}"),
        ("Zbiórka jutro", _next_call(spec)),
    ]
    if layout == "table":
        rows = [(lab, val) for lab, val in points if lab]
        rows[4] = (rows[4][0], f"{rows[4][1]}, {p.hospital_phone}")
        for i, (lab, val) in enumerate(rows, 1):
            c.box(x0, y - 10, w, 15, 0.4)
            c.vline(x0 + 150, y - 10, y + 5, 0.4)
            c.text(x0 + 4, y, f"{i}. {lab}", 8.5, bold=True)
            fit(c, x0 + 156, y, val, 8.5, w - 160)
            y += 15
    else:
        n = 0
        for lab, val in points:
            if lab:
                n += 1
                c.text(x0, y, f"{n}. {lab}:", 9.5, bold=True)
            lines = wrap(c, val, 9.5, w - 165)
            for k, ln in enumerate(lines):
                c.text(x0 + 165, y + k * 12, ln, 9.5)
            y += 12 * (len(lines) - 1) + 15
    y = _tables(c, x0, y + 16, right, spec, DY_HEADS)
    c.text(right - 170, y + 24, "Kierownik produkcji", 9)
    c.text(right - 170, y + 38, g["signed"], 9, bold=True)
    footer(c, g["footer"], x0)
    return c.output()


def _dy_sheets() -> list[Sheet]:
    return [
        _dy(
            "lidzbark",
            "Biskupi pierścień",
            D(2027, 10, 14),
            "07:30",
            {
                "time_style": "godz",
                "table_style": "colon",
                "date_style": "wd_gen",
                "n": "12",
                "town": "Lidzbark Warmiński",
                "issued_before": 1,
                "company": "WARMIA FILM Sp. z o.o.",
                "company_lines": ["ul. Kopernika 24, 10-512 Olsztyn", "NIP 739-38-12-447"],
                "day_n": "12 z 31",
                "call_where": "dziedziniec zamku (wejście od bramy południowej)",
                "times": [
                    ("Gotowość na planie", 60),
                    ("Obiad (catering w bazie)", 330),
                    ("Planowane zakończenie", 630),
                ],
                "set": "krużganki i refektarz",
                "base_note": "Wozy techniczne od godz. 6:00.",
                "next": (1, 30),
                "next_date": "wd_gen",
                "scenes": [
                    ("34", "Krużganki - biskup czyta list", "W", "D", "1, 4"),
                    ("35", "Refektarz - wieczerza", "W", "D", "1, 2, 3"),
                    ("38", "Dziedziniec - przyjazd posła", "P", "D", "2, 5"),
                ],
                "cast": [
                    ("Andrzej Kołodziej", "BISKUP", 0),
                    ("Marta Grzelak", "ZOFIA", 30),
                    ("Piotr Wasik", "POSEŁ", 120),
                ],
                "notes": [
                    "Zamek jest czynny dla zwiedzających od 9:00: w krużgankach pracujemy "
                    "cicho, kable tylko po matach. Palenie wyłącznie na parkingu.",
                ],
                "signed": "Joanna Ruszczyk",
                "footer": "Warmia Film · „Biskupi pierścień” · dyspozycja nr 12",
            },
        ),
        _dy(
            "dobremiasto",
            "Dzwony nad Łyną",
            D(2027, 4, 22),
            "06:45",
            {
                "layout": "table",
                "time_style": "dot",
                "table_style": "dot",
                "date_style": "dot_r",
                "n": "5/27",
                "town": "Olsztyn",
                "issued_before": 1,
                "company": "PRACOWNIA FILMOWA ŁYNA",
                "company_lines": ["ul. Staromiejska 9, 10-017 Olsztyn", "tel. 89 555 01 40"],
                "day_n": "5 z 27",
                "call_where": "przed kolegiatą",
                "times": [
                    ("Gotowość na planie", 75),
                    ("Obiad", 345),
                    ("Koniec dnia (plan.)", 645),
                ],
                "set": "nawa główna i wieża",
                "base_note": "Catering w namiocie przy parkingu.",
                "next": (1, 0),
                "next_date": "dot_r",
                "scenes": [
                    ("12", "Kolegiata - dzwonnik na wieży", "W", "D", "2"),
                    ("13", "Kolegiata - msza", "W", "D", "1, 2, 6"),
                ],
                "cast": [("Tomasz Bielawski", "DZWONNIK", 0), ("Ewa Sroka", "MATKA", 45)],
                "notes": ["Msza parafialna o 7.00: do 7.45 nie wnosimy sprzętu do nawy."],
                "signed": "Michał Lewandowski",
                "footer": "Pracownia Filmowa Łyna · „Dzwony nad Łyną” · DYSPOZYCJA 5/27",
            },
        ),
        _dy(
            "braniewo",
            "Wiatr od Zalewu",
            D(2026, 9, 5),
            "08:00",
            {
                "time_style": "godz_dot",
                "table_style": "dot",
                # HARD: the shooting date only as 'sobota 5.IX.2026' under an issue date in words
                "date_style": "wd_roman",
                "n": "3",
                "town": "Braniewo",
                "issued_before": 2,
                "company": "ZALEW PRODUKCJA s.c.",
                "company_lines": ["ul. Sienkiewicza 7, 14-500 Braniewo"],
                "day_n": "3 z 14",
                "call_where": "baza",
                "times": [
                    ("Gotowość do zdjęć", 90),
                    ("Obiad", 300),
                    ("Wyjazd z planu", 600),
                ],
                "set": "prezbiterium i ruiny wieży",
                "base_note": "Autobus produkcji odjeżdża na plan o pełnych godzinach.",
                "next": (2, -30),
                "next_date": "wd_roman",
                "scenes": [
                    ("7", "Bazylika - Hanna szuka brata", "W", "D", "1"),
                    ("9", "Przed bazyliką - rozmowa z księdzem", "P", "D", "1, 3"),
                ],
                "cast": [("Natalia Zięba", "HANNA", 0), ("Jerzy Morawiec", "KSIĄDZ", 60)],
                "notes": ["W niedzielę 6.IX. przerwa; następny dzień zdjęciowy w poniedziałek."],
                "signed": "Krzysztof Olech",
                "footer": "Zalew Produkcja · „Wiatr od Zalewu” · dyspozycja nr 3",
            },
        ),
    ]


# --- (2) Opole region: DZIENNY PLAN PRACY with a strip of times --------------------------------

DPP_HEADS = {
    "scenes": (["Obr.", "Obiekt", "W/P", "P/N", "Str.", "Obsada"], [0, 30, 300, 340, 380, 420]),
    "cast": (["Obsada", "Rola", "Zbiórka", "Charakt.", "Plan"], [0, 120, 240, 320, 410]),
    "steps": [-90, -60, 0],
    "crew": (["Pion", "Osoba", "Telefon", "Zbiórka"], [0, 110, 260, 410]),
    "notes": "UWAGI",
}


@_family(
    "pl_dpp_time_strip",
    "a Polish 'DZIENNY PLAN PRACY nr 17', A4: the title and house over a rule; a big date box "
    "top left ('10.VI.2027' over 'czwartek'), 'wysłano:' with the sent date and hour top right; "
    "the day's times as one strip of boxes across the page, label above the value (WYJAZD Z "
    "NYSY (BUS), CHARAKTERYZACJA or ZBIÓRKA OBSADY / ZBIÓRKA EKIPY in a heavy box / "
    "GOTOWOŚĆ NA PLANIE / OBIAD / KONIEC / ZBIÓRKA JUTRO; '6:00', '7.00'); MIEJSCE ZDJĘĆ, "
    "BAZA, SOR boxes; sun and weather line; sceny, "
    "obsada, piony, uwagi",
    name="dpp_{key}",
)
def _dpp(spec: Day) -> bytes:
    _, p, rise, fall, t, layout, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=30.0)
    w = right - x0
    c.text(x0, 44, f"DZIENNY PLAN PRACY nr {g['n']}", 14, bold=True)
    c.text(x0, 58, f"„{title}” · {g['company']}", 9)
    c.right(right, 44, f"wysłano: {g['sent']}", 7.5)
    c.right(right, 58, f"dzień zdjęciowy {g['day_n']}", 9, bold=True)
    c.hline(x0, right, 64, 1.0)
    c.box(x0, 72, 120, 50, 1.2)
    c.text(x0 + 8, 96, day_text(day, g["date_style"]), 16, bold=True)
    c.text(x0 + 8, 113, PL_WD[day.weekday()], 10)
    label_rows(
        c,
        x0 + 135,
        84,
        right,
        [("Reżyser", g["director"]), ("II reżyser", g["ad"]), ("Kier. planu", g["manager"])],
        8.5,
        70,
        12,
    )
    # the strip: label above value, the crew call in a heavy box
    strip = [
        *(_times(call, g["before"], t)),
        ("__CALL__", hm(call, t)),
        *_times(call, g["after"], t),
        ("ZBIÓRKA JUTRO", _next_call(spec)),
    ]
    y = 134.0
    per_row = len(strip) if layout != "two_rows" else (len(strip) + 1) // 2
    bw = w / per_row
    for i, (lab, val) in enumerate(strip):
        xx, yy = x0 + (i % per_row) * bw, y + (i // per_row) * 40
        heavy = lab == "__CALL__"
        c.box(xx, yy, bw, 40, 1.8 if heavy else 0.5)
        if heavy and g.get("call_label_lines"):
            # HARD (moszna): the crew call's label broken over two lines in a narrow box
            for k, ln in enumerate(g["call_label_lines"]):
                c.text(xx + 4, yy + 9 + k * 8, ln, 6.5, bold=True)
            fit(c, xx + 4, yy + 34, val, 13, bw - 8, bold=True)
            continue
        fit(c, xx + 4, yy + 11, g["call_label"] if heavy else lab, 6.5, bw - 8, bold=True)
        fit(c, xx + 4, yy + 30, val, 13 if heavy else 10, bw - 8, bold=heavy)
    y += ((len(strip) - 1) // per_row + 1) * 40 + 10
    blocks = [
        ("MIEJSCE ZDJĘĆ", [p.name, p.street, p.city, g["set"]]),
        ("BAZA / PARKING", [p.base_street, p.base_city, g["base_note"]]),
        ("NAJBLIŻSZY SZPITAL (SOR)", _hospital(p)),
    ]
    if g.get("hospital_lines"):
        # HARD (moszna): the hospital in its own box under the other two, its name broken over
        # two lines
        ruled_cells(c, x0, y, w / 2, blocks[:2], 54, 0.6, label_size=7, size=8, lead=10)
        y += 54
        c.box(x0, y, w, 62, 0.6)
        c.text(x0 + 4, y + 10, blocks[2][0], 7, bold=True)
        for k, ln in enumerate(g["hospital_lines"]):
            c.text(x0 + 4, y + 20 + k * 9, ln, 8)
        y += 62 + 14
    else:
        ruled_cells(c, x0, y, w / 3, blocks, 54, 0.6, label_size=7, size=8, lead=10)
        y += 54 + 14
    c.text(x0, y, f"Wschód słońca {hm(rise, t)}   ·   Zachód słońca {hm(fall, t)}", 8.5)
    c.right(right, y, f"Pogoda: {g['weather']}", 8.5)
    y = _tables(c, x0, y + 20, right, spec, DPP_HEADS)
    footer(c, g["footer"], x0)
    return c.output()


def _dpp_sheets() -> list[Sheet]:
    return [
        _dpp(
            "otmuchow",
            "Kwitnące migdały",
            D(2027, 6, 10),
            "06:00",
            {
                "time_style": "colon",
                "table_style": "colon",
                "date_style": "roman",
                "n": "17",
                "company": "Nysa Film Studio",
                "sent": "9.06.2027, 19:40",
                "day_n": "17/35",
                "director": "Agata Szulc",
                "ad": "Bartosz Fryc",
                "manager": "Rafał Kubica",
                "call_label": "ZBIÓRKA EKIPY",
                "before": [("WYJAZD Z NYSY (BUS)", -40)],
                "after": [
                    ("GOTOWOŚĆ NA PLANIE", 60),
                    ("OBIAD", 330),
                    ("PLANOWANY KONIEC", 660),
                ],
                "next": (1, 60),
                "next_date": "roman",
                "set": "dziedziniec i schody zamkowe",
                "base_note": "Wozy techniczne wjeżdżają od 5:00",
                "weather": "słonecznie, 14-26 °C, wiatr słaby",
                "scenes": [
                    ("41", "Zamek - schody, Lena ucieka", "P", "D", "1 2/8", "1, 2"),
                    ("42", "Dziedziniec - ślub", "P", "D", "2 4/8", "1-6"),
                ],
                "cast": [
                    ("Helena Mróz", "LENA", 0),
                    ("Kamil Dudek", "JAN", 30),
                    ("Irena Sowa", "BABCIA", 120),
                ],
                "crew": [
                    ("Produkcja", "Rafał Kubica", "602 555 117", -60),
                    ("Zdjęcia", "Szymon Lis", "605 555 218", 0),
                    ("Scenografia", "Olga Wrona", "608 555 319", -120),
                ],
                "notes": ["Zamek - hotel: goście śpią do 8:00, bez komend przez megafon."],
                "footer": "Nysa Film Studio · DPP nr 17 · „Kwitnące migdały”",
            },
        ),
        _dpp(
            "prudnik",
            "Tkacze",
            D(2026, 10, 20),
            "07:00",
            {
                "layout": "two_rows",
                "time_style": "dot",
                "table_style": "dot",
                "date_style": "roman",
                "n": "8",
                "company": "Fabryka Obrazu sp. z o.o.",
                "sent": "19.X.2026, godz. 20.15",
                "day_n": "8 z 22",
                "director": "Wojciech Krawiec",
                "ad": "Magdalena Pyka",
                "manager": "Sebastian Holik",
                "call_label": "ZBIÓRKA EKIPY NA PLANIE",
                "before": [("CHARAKTERYZACJA", -60)],
                "after": [("GOTOWOŚĆ", 75), ("OBIAD", 360), ("KONIEC ZDJĘĆ", 660)],
                "next": (1, 0),
                "next_date": "roman",
                "set": "wieża i mury przy ul. Zamkowej",
                "base_note": "Catering w sali OSP, ul. Kościuszki",
                "weather": "pochmurno, 6-12 °C, możliwa mżawka",
                "scenes": [
                    ("18", "Wieża - strajk tkaczy, noc wcześniej", "P", "D", "2", "1, 3, 4"),
                    ("19", "Mury - Józef i Anna", "P", "D", "6/8", "1, 2"),
                ],
                "cast": [("Adam Rygiel", "JÓZEF", 0), ("Klara Pietras", "ANNA", 45)],
                "crew": [
                    ("Produkcja", "Sebastian Holik", "511 555 402", -30),
                    ("Światło", "Leszek Gawron", "512 555 403", -30),
                ],
                "notes": ["Na murach tylko za barierką; asekuracja - kaskader K. Bąk."],
                "footer": "Fabryka Obrazu · „Tkacze” · DPP 8/22",
            },
        ),
        _dpp(
            "moszna",
            "Sto siedemdziesiąt wież",
            D(2027, 5, 15),
            "06:30",
            {
                "time_style": "colon",
                "table_style": "colon",
                "date_style": "roman",
                "n": "3",
                "company": "Opolska Grupa Filmowa",
                "sent": "14.05.2027 o 21:05",
                "day_n": "3/18",
                "director": "Nina Wawrzyk",
                "ad": "Paweł Stach",
                "manager": "Dorota Klimek",
                "call_label": "ZBIÓRKA EKIPY",
                "call_label_lines": ["ZBIÓRKA", "EKIPY"],
                "before": [("ZBIÓRKA OBSADY", -45)],
                "after": [("GOTOWOŚĆ", 60), ("OBIAD", 330), ("KONIEC", 630)],
                "next": (1, 30),
                "next_date": "roman",
                "set": "sala lustrzana i oranżeria",
                "base_note": "Agregat za stajniami",
                # HARD: the hospital's name broken over two lines of its box
                "hospital_lines": [
                    "Uniwersytecki Szpital",
                    "Kliniczny w Opolu",
                    "al. Witosa 26",
                    "45-401 Opole",
                    "tel. 77 452 07 00 (SOR)",
                ],
                "weather": "przelotne opady, 9-17 °C",
                "scenes": [
                    ("5", "Sala lustrzana - bal", "W", "N*", "3", "1-8"),
                    ("6", "Oranżeria - hrabina i ogrodnik", "W", "D", "1", "2, 5"),
                ],
                "cast": [("Julia Bednarz", "HRABINA", 0), ("Oskar Fijał", "OGRODNIK", 60)],
                "crew": [("Produkcja", "Dorota Klimek", "697 555 510", -60)],
                "notes": ["*Noc w dzień: okna sali lustrzanej zaciemnione od 6:00."],
                "footer": "Opolska Grupa Filmowa · DPP nr 3 · „Sto siedemdziesiąt wież”",
            },
        ),
    ]


# --- (3) Lubusz: a Polish-German co-production's plan, Polish with English beside -------------

BI_HEADS = {
    "scenes": (["Sc.", "Obiekt / Set", "W/P I/E", "D/N", "Obsada / Cast"], [0, 30, 300, 355, 400]),
    "cast": (["Aktor / Actor", "Rola / Role", "Charakt. / MU", "Plan / Set"], [0, 130, 260, 370]),
    "steps": [-60, 0],
    "crew": (["Pion / Dept", "Osoba / Name", "Tel.", "Zbiórka / Call"], [0, 110, 260, 400]),
    "notes": "Uwagi / Notes",
}


@_family(
    "pl_en_coproduction",
    "a Polish-German co-production's plan in Polish with English beside, A4: 'PLAN "
    "ZDJĘCIOWY / CALL SHEET nr 9', both houses; the date twice ('wtorek, 3.11.2026 r. / "
    "Tuesday, 3 November 2026'); label pairs 'Zbiórka ekipy / Crew call', 'Charakteryzacja / "
    "Hair & make-up', 'Gotowość na planie / Ready to shoot', 'Obiad / Lunch', 'Zbiórka jutro "
    "/ Tomorrow's call' as two columns or stacked (English in grey under the Polish); "
    "'Lokacja / Location', 'Baza / Unit base', 'SOR / A&E' boxes; sceny, obsada, piony",
    name="bi_{key}",
)
def _bi(spec: Day) -> bytes:
    _, p, rise, fall, t, layout, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=34.0)
    w = right - x0
    fill(c, x0, 30, w, 40, 225)
    c.text(x0 + 8, 48, f"PLAN ZDJĘCIOWY / CALL SHEET nr {g['n']}", 12, bold=True)
    c.text(x0 + 8, 62, g["houses"], 7.5)
    c.right(right - 8, 48, f"„{title}”", 13, bold=True)
    c.right(right - 8, 62, f"dzień / day {g['day_n']}", 8)
    y = 90.0
    c.text(x0, y, f"Data / Date: {day_text(day, g['date_style'])}", 10.5, bold=True)
    c.text(x0, y + 13, day_text(day, "en"), 8.5)
    grey_text(c, x0 + w * 0.6, y, f"wysłano / sent: {g['sent']}", 7.5)
    y += 32
    pairs = [
        ("Zbiórka ekipy", "Crew call", hm(call, t)),
        *((pl, en, hm(add_minutes(call, off), t)) for pl, en, off in g["times"]),
        ("Wschód / zachód słońca", "Sunrise / sunset", f"{hm(rise, t)} / {hm(fall, t)}"),
        ("Zbiórka jutro", "Tomorrow's call", _next_call(spec)),
    ]
    if layout == "stacked":
        for pl, en, val in pairs:
            c.text(x0, y, pl, 9, bold=True)
            grey_text(c, x0, y + 9, en, 7, 120)
            c.text(x0 + 170, y + 4, val, 10 if pl != "Zbiórka ekipy" else 12, bold=True)
            c.hline(x0, x0 + w * 0.62, y + 13, 0.2)
            y += 22
    else:
        for pl, en, val in pairs:
            c.text(x0, y, pl, 9, bold=True)
            c.text(x0 + 150, y, en, 8.5)
            c.text(x0 + 280, y, val, 9.5, bold=pl == "Zbiórka ekipy")
            c.hline(x0, right, y + 4, 0.2)
            y += 14
    y += 6
    blocks = [
        ("LOKACJA / LOCATION", [p.name, p.street, p.city, g["set"]]),
        ("BAZA / UNIT BASE", [p.base_street, p.base_city, g["base_note"]]),
        ("SOR / A&E", _hospital(p)),
    ]
    ruled_cells(c, x0, y, w / 3, blocks, 56, 0.6, label_size=7, size=7.5, lead=10)
    y = _tables(c, x0, y + 76, right, spec, BI_HEADS)
    footer(c, g["footer"], x0)
    return c.output()


def _bi_sheets() -> list[Sheet]:
    return [
        _bi(
            "slubice",
            "Most nad Odrą",
            D(2026, 11, 3),
            "07:30",
            {
                "time_style": "colon",
                "table_style": "colon",
                "date_style": "wd_dot_r",
                "n": "9",
                "houses": "Odra Film Sp. z o.o. (PL) · Oderland Filmproduktion GmbH (DE)",
                "day_n": "9/24",
                "sent": "2.11.2026, 20:30",
                "times": [
                    ("Charakteryzacja", "Hair & make-up", -60),
                    ("Gotowość na planie", "Ready to shoot", 60),
                    ("Obiad", "Lunch", 330),
                ],
                "next": (1, 0),
                "next_date": "dot_r",
                "set": "aula i hol główny",
                "base_note": "Wozy na bulwarze od 6:00 / trucks from 6:00",
                "scenes": [
                    ("21", "Aula - debata studentów", "W / I", "D", "1, 2, 5"),
                    ("22", "Hol - Ewa i Jonas", "W / I", "D", "1, 3"),
                ],
                "cast": [
                    ("Karolina Wróbel", "EWA", 0),
                    ("Lukas Brenner", "JONAS", 30),
                    ("Maciej Pach", "PROFESOR", 90),
                ],
                "crew": [
                    ("Produkcja / Production", "Anna Zawada", "+48 601 555 211", -30),
                    ("Kamera / Camera", "Felix Haas", "+49 151 555 0212", 0),
                ],
                "notes": [
                    "Dokumenty: ekipa niemiecka przechodzi mostem pieszo - dowód osobisty. "
                    "German crew walk across the bridge: bring ID.",
                ],
                "footer": "Odra Film / Oderland Filmproduktion · „Most nad Odrą” · CS 9",
            },
        ),
        _bi(
            "lagow",
            "Rycerze z jeziora",
            D(2027, 8, 19),
            "06:30",
            {
                "layout": "stacked",
                "time_style": "zero",
                "table_style": "zero",
                "date_style": "wd_gen",
                "n": "14",
                "houses": "Lubuskie Studio Filmowe · Spreewald Pictures GmbH · ZDF/ARTE",
                "day_n": "14 z 40",
                "sent": "18.08.2027 / 21:15",
                "times": [
                    ("Charakteryzacja i kostiumy", "Hair, make-up & costume", -75),
                    ("Gotowość na planie", "Ready to shoot", 75),
                    ("Obiad", "Lunch", 345),
                    ("Planowany koniec", "Est. wrap", 660),
                ],
                "next": (1, 30),
                "next_date": "wd_gen",
                "set": "wieża zamkowa i brzeg jeziora Trześniowskiego",
                "base_note": "Catering i kostiumy w Bramie Polskiej",
                "scenes": [
                    ("60", "Wieża - wartownik widzi łodzie", "P / E", "D", "4"),
                    ("61", "Brzeg jeziora - lądowanie", "P / E", "D", "1, 2, 4, 7"),
                ],
                "cast": [("Dawid Kania", "KONRAD", 0), ("Mia Schreiber", "ELSE", 45)],
                "crew": [
                    ("Produkcja / Production", "Iwona Baran", "+48 600 555 330", -45),
                    ("Woda / Water safety", "WOPR Łagów", "+48 601 100 100", -30),
                ],
                "notes": [
                    "Praca na wodzie: kamizelki obowiązkowe. Life jackets on the water at all "
                    "times.",
                ],
                "footer": "Lubuskie Studio Filmowe · Spreewald Pictures · CS 14",
            },
        ),
        _bi(
            "zagan",
            "Stalag",
            D(2027, 3, 9),
            "08:00",
            {
                "time_style": "dot",
                "table_style": "dot",
                "date_style": "roman_short",
                "n": "2",
                "houses": "Kresy Film (PL) · Lausitz Doku GmbH (DE) · co-produced with MDR",
                "day_n": "2/12",
                "sent": "8.III.2027 21.10",
                "times": [
                    ("Wyjazd busa z hotelu", "Shuttle leaves hotel", -30),
                    ("Gotowość na planie", "Ready to shoot", 60),
                    ("Obiad", "Lunch", 300),
                ],
                "next": (1, -30),
                "next_date": "roman_short",
                "set": "sala balowa i park pałacowy",
                "base_note": "Parking dla wozów technicznych od 7.00",
                "scenes": [
                    ("4", "Sala balowa - wywiad z historykiem", "W / I", "D", "-"),
                    ("5", "Park - ujęcia przebitkowe", "P / E", "D", "-"),
                ],
                "cast": [("dr Roman Kulig", "historyk (wywiad)", 120)],
                "crew": [
                    ("Produkcja / Production", "Beata Sikora", "+48 692 555 441", -30),
                    ("Dźwięk / Sound", "Jan Pohl", "+49 160 555 0442", 0),
                ],
                "notes": ["W sali balowej zakaz statywów bez podkładek. No tripods without pads."],
                "footer": "Kresy Film / Lausitz Doku · „Stalag” · CS 2",
            },
        ),
    ]


# --- (4) Świętokrzyskie: the crew call only as a bold row of the hour-by-hour HARMONOGRAM ------

HG_HEADS = {
    "scenes": (["Obraz", "Obiekt", "W/P", "D/N", "Str.", "Postacie"], [0, 36, 300, 340, 380, 420]),
    "cast": (["Aktor", "Postać", "Odbiór z hotelu", "Charakt.", "Plan"], [0, 110, 220, 320, 410]),
    "steps": [-90, -60, 0],
    "notes": "Uwagi produkcji",
}


@_family(
    "pl_harmonogram_call_row",
    "a Polish 'PLAN ZDJĘCIOWY' whose times are only an hour-by-hour HARMONOGRAM DNIA, A4: "
    "the title, 'dzień 9/21' and the date ('wtorek, 28.09.2027 r.', '12 maja 2026 r.'); a "
    "ruled GODZ. / CO / GDZIE table with the bus from Kielce, make-up, the crew call as a "
    "bold row ('7.00 ZBIÓRKA EKIPY - baza'), readiness on set, lunch, wrap and tomorrow's "
    "call; MIEJSCE ZDJĘĆ, BAZA and SOR as label rows; wschód / zachód; sceny, obsada",
    name="hg_{key}",
)
def _hg(spec: Day) -> bytes:
    _, p, rise, fall, t, layout, title, day, call, g = spec
    c, x0, right = page("A4", "helvetica", margin=36.0)
    w = right - x0
    c.text(x0, 46, f"PLAN ZDJĘCIOWY · „{title}”", 15, bold=True)
    c.right(right, 46, f"dzień {g['day_n']}", 10, bold=True)
    c.text(x0, 62, g["company"], 8.5)
    c.right(right, 62, day_text(day, g["date_style"]), 10.5, bold=True)
    c.hline(x0, right, 68, 0.8)
    facts = [
        ("Miejsce zdjęć", f"{p.name}, {p.street}, {p.city}"),
        ("Plan", g["set"]),
        ("Baza / parking", f"{p.base_street}, {p.base_city}"),
        ("SOR", f"{p.hospital}, {p.hospital_street}, {p.hospital_city}, {p.hospital_phone}"),
        ("Wschód / zachód", f"{hm(rise, t)} / {hm(fall, t)}"),
    ]
    y = 84.0
    if layout != "facts_after":
        y = label_rows(c, x0, y, right, facts, 8.5, 95, 12) + 8
    c.text(x0, y, "HARMONOGRAM DNIA", 10, bold=True)
    y += 8
    rows = [(hm(add_minutes(call, off), t), what, where) for off, what, where in g["plan"]]
    top = y
    for hhmm, what, where in rows:
        bold = what.upper().startswith(g["call_row"])
        if bold:
            fill(c, x0, y, w, 15, 230)
        c.text(x0 + 4, y + 11, hhmm, 9, bold=bold)
        c.text(x0 + 60, y + 11, what, 9, bold=bold)
        fit(c, x0 + 300, y + 11, where, 8.5, w - 304)
        y += 15
        c.hline(x0, right, y, 0.3)
    c.box(x0, top, w, y - top, 0.6)
    c.vline(x0 + 55, top, y, 0.3)
    c.vline(x0 + 295, top, y, 0.3)
    c.text(x0, y + 12, f"Jutro: {_next_call(spec)}", 8.5)
    y += 30
    if layout == "facts_after":
        y = label_rows(c, x0, y, right, facts, 8.5, 95, 12) + 8
    y = _tables(c, x0, y + 4, right, spec, HG_HEADS)
    footer(c, g["footer"], x0)
    return c.output()


def _hg_sheets() -> list[Sheet]:
    return [
        _hg(
            "krzemionki",
            "Krzemień pasiasty",
            D(2027, 9, 28),
            "07:00",
            {
                "time_style": "dot",
                "table_style": "dot",
                "date_style": "wd_dot_r",
                "day_n": "9/21",
                "company": "Świętokrzyska Fabryka Filmów · reż. Artur Nowak",
                "call_row": "ZBIÓRKA EKIPY",
                "plan": [
                    (-75, "wyjazd busa z Kielc", "Kielce, Dworzec Autobusowy"),
                    (-45, "charakteryzacja, kostiumy", "baza - kamper 1 i 2"),
                    (0, "ZBIÓRKA EKIPY", "baza (parking muzealny)"),
                    (60, "gotowość na planie", "kopalnia, szyb 7/610"),
                    (330, "obiad", "namiot cateringowy"),
                    (630, "planowany koniec zdjęć", "-"),
                ],
                "set": "szyb zejściowy i trasa podziemna",
                "next": (1, 0),
                "next_date": "wd_dot_r",
                "scenes": [
                    ("14", "Kopalnia - górnik z pochodnią", "W", "N*", "1", "1"),
                    ("15", "Łąka nad szybem - kobiety czekają", "P", "D", "1 4/8", "2, 3"),
                ],
                "cast": [("Grzegorz Pająk", "GÓRNIK", 0), ("Alicja Sęk", "MATKA", 60)],
                "notes": [
                    "W podziemiach 8 °C: ciepłe ubrania. Kaski obowiązkowe, wydaje muzeum.",
                ],
                "footer": "Świętokrzyska Fabryka Filmów · „Krzemień pasiasty” · dzień 9",
            },
        ),
        _hg(
            "starachowice",
            "Wielki piec",
            D(2026, 5, 12),
            "06:30",
            {
                "layout": "facts_after",
                "time_style": "colon",
                "table_style": "colon",
                "date_style": "gen",
                "day_n": "4 z 19",
                "company": "Kadr Kielce sp. z o.o. · serial fabularny",
                "call_row": "ZBIÓRKA EKIPY",
                # HARD: the production's own earlier zbiórka is bold-looking capitals too; the
                # crew call is the shaded row
                "plan": [
                    (-60, "ZBIÓRKA PRODUKCJI I SCENOGRAFII", "brama B"),
                    (-30, "charakteryzacja", "kontener przy hali"),
                    (0, "ZBIÓRKA EKIPY (wszystkie piony)", "baza, brama B"),
                    (75, "gotowość na planie", "hala wielkiego pieca"),
                    (360, "obiad", "stołówka muzeum"),
                    (660, "koniec zdjęć", "-"),
                ],
                "set": "hala wielkiego pieca i suwnica",
                "next": (1, 30),
                "next_date": "gen",
                "scenes": [
                    ("3", "Hala - spust surówki", "W", "D", "2", "1, 2, 4"),
                    ("4", "Suwnica - Marek i brygadzista", "W", "D", "1", "1, 3"),
                ],
                "cast": [
                    ("Łukasz Maj", "MAREK", 0),
                    ("Roman Szczygieł", "BRYGADZISTA", 30),
                ],
                "notes": ["Na terenie muzeum obowiązuje kask i kamizelka odblaskowa."],
                "footer": "Kadr Kielce · „Wielki piec” · plan zdjęciowy, dzień 4",
            },
        ),
        _hg(
            "busko",
            "Wody zdrojowe",
            D(2027, 2, 17),
            "08:30",
            {
                "time_style": "zero",
                "table_style": "zero",
                "date_style": "wd_gen",
                "day_n": "2/6",
                "company": "Studio Ponidzie · reklama uzdrowiska / film promocyjny",
                "call_row": "ZBIÓRKA EKIPY",
                "plan": [
                    (-60, "śniadanie", "restauracja sanatorium"),
                    (0, "ZBIÓRKA EKIPY", "hol sanatorium Marconi"),
                    (45, "gotowość na planie", "pijalnia i kolumnada"),
                    (270, "obiad", "restauracja sanatorium"),
                    (510, "koniec zdjęć", "-"),
                ],
                "set": "pijalnia wód i kolumnada",
                "next": (1, 0),
                "next_date": "wd_gen",
                "scenes": [
                    ("1", "Pijalnia - kuracjuszka z kubkiem", "W", "D", "-", "1"),
                    ("2", "Park zdrojowy - spacer", "P", "D", "-", "1, 2"),
                ],
                "cast": [("Zofia Kulesza", "KURACJUSZKA", 0), ("Henryk Sobota", "LEKARZ", 90)],
                "notes": ["Kuracjusze mają zabiegi do 12:00: w korytarzach cisza."],
                "footer": "Studio Ponidzie · „Wody zdrojowe” · plan dnia 2",
            },
        ),
    ]


# --- (5) Podlasie: a commercial's CALL SHEET / PLAN ZDJĘCIOWY in advertising Polish ----------

AD_HEADS = {
    "scenes": (["Ujęcie", "Opis", "Plan", "Obsada / produkt"], [0, 42, 300, 380]),
    "cast": (["Talent", "Rola", "Make-up", "Na planie"], [0, 130, 260, 370]),
    "steps": [-60, 0],
    "crew": (["Pion", "Osoba", "Telefon", "Call"], [0, 110, 260, 410]),
    "notes": "Uwagi / zasady na planie",
}


@_family(
    "pl_reklama_call_ekipy",
    "a Polish commercial's 'CALL SHEET / PLAN ZDJĘCIOWY', A4: client, agency, house and "
    "product in a ruled head; the date ('pt. 18.06.2027'); 'CALL EKIPY' in a black box ('5:30', "
    "'07:00') beside 'Wyjazd z Warszawy' (earlier), 'Catering / śniadanie', 'Call agencji / "
    "klienta' (later), 'Wrap'; LOKACJA, BAZA / PARKING, SOR side by side or stacked; "
    "wschód / zachód słońca for a golden-hour shot; ujęcia, talent, ekipa",
    name="ad_{key}",
)
def _ad(spec: Day) -> bytes:
    _, p, rise, fall, t, layout, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=32.0)
    w = right - x0
    c.text(x0, 44, "CALL SHEET / PLAN ZDJĘCIOWY", 16, bold=True)
    c.right(right, 44, g["house"], 10, bold=True)
    head = [
        ("Klient", g["client"]),
        ("Agencja", g["agency"]),
        ("Produkt / spot", title),
        ("Dzień zdjęciowy", g["day_n"]),
    ]
    for i, (lab, val) in enumerate(head):
        xx = x0 + (i % 2) * w / 2
        yy = 56 + (i // 2) * 18
        c.box(xx, yy, w / 2, 18, 0.4)
        c.text(xx + 4, yy + 12, f"{lab}:", 7.5, bold=True)
        fit(c, xx + 80, yy + 12, val, 9, w / 2 - 84, bold=lab == "Produkt / spot")
    y = 112.0
    c.text(x0, y, "Data:", 9)
    c.text(x0 + 34, y, day_text(day, g["date_style"]), 12, bold=True)
    grey_text(c, x0 + w * 0.55, y, f"wersja {g['version']}", 7.5)
    y += 12
    fill(c, x0, y, 150, 54, 25)
    c.pdf.set_text_color(255, 255, 255)
    c.text(x0 + 10, y + 16, "CALL EKIPY", 9, bold=True)
    c.text(x0 + 10, y + 44, hm(call, t), 24, bold=True)
    c.pdf.set_text_color(0, 0, 0)
    rows = [
        *_times(call, g["times"], t),
        ("Wschód / zachód słońca", f"{hm(rise, t)} / {hm(fall, t)}"),
    ]
    y = max(y + 66, label_rows(c, x0 + 165, y + 11, right, rows, 8.5, 140, 11))
    blocks = [
        ("LOKACJA", [p.name, p.street, p.city, g["set"]]),
        ("BAZA / PARKING", [p.base_street, p.base_city, g["base_note"]]),
        ("SOR - NAJBLIŻSZY SZPITAL", _hospital(p)),
    ]
    if layout == "stacked":
        for head_text, lines in blocks:
            c.text(x0, y + 10, head_text, 7.5, bold=True)
            fit(c, x0 + 140, y + 10, ", ".join(lines[:3]), 8.5, w - 140)
            if len(lines) > 3:
                c.text(x0 + 140, y + 20, lines[3], 8)
            c.hline(x0, right, y + 24, 0.3)
            y += 28
        y += 8
    else:
        ruled_cells(c, x0, y, w / 3, blocks, 56, 0.6, label_size=7, size=7.5, lead=10)
        y += 70
    y = _tables(c, x0, y + 8, right, spec, AD_HEADS)
    footer(c, g["footer"], x0)
    return c.output()


def _ad_sheets() -> list[Sheet]:
    return [
        _ad(
            "tykocin",
            "Mleko z Narwi",
            D(2027, 6, 18),
            "05:30",
            {
                "time_style": "colon",
                "table_style": "colon",
                "date_style": "short",
                "house": "Północ Film Production",
                "client": "Spółdzielnia Mleczarska Narew",
                "agency": "Brzask Agency",
                "day_n": "1/2",
                "version": "2 (17.06, 22:10)",
                "times": [
                    ("Wyjazd z Warszawy (bus)", -180),
                    ("Catering / śniadanie", -15),
                    ("Ujęcie o świcie - gotowość", 15),
                    ("Call agencji / klienta", 150),
                    ("Wrap (plan.)", 720),
                ],
                "set": "rynek, brzeg Narwi i most",
                "base_note": "Food truck i kampery na pl. Czarnieckiego",
                "scenes": [
                    ("1A", "Świt nad Narwią, mgła, krowy na łące", "brzeg", "-"),
                    ("2", "Rodzina przy stole, mleko w dzbanku", "rynek", "1, 2, 3, produkt"),
                ],
                "cast": [("Olga Malec", "MAMA", 0), ("Filip Zając", "SYN", 60)],
                "crew": [
                    ("Produkcja", "Kinga Urban", "600 555 701", -30),
                    ("DOP", "Mateusz Żak", "601 555 702", 0),
                    ("Agencja", "Laura Czajka", "602 555 703", 150),
                ],
                "notes": ["Zdjęcia na świcie: wschód słońca o podanej godzinie, bez opóźnień."],
                "footer": "Północ Film Production · Narew 30'' · call sheet v2",
            },
        ),
        _ad(
            "suprasl",
            "Supraślanka",
            D(2026, 8, 26),
            "07:00",
            {
                "layout": "stacked",
                "time_style": "zero",
                "table_style": "zero",
                "date_style": "wd_dot_r",
                "house": "Kadr i Klatka sp. z o.o.",
                "client": "Supraślanka S.A.",
                "agency": "Dobre Źródło Creative",
                "day_n": "1/1",
                "version": "1 (25.08.2026, 18:00)",
                "times": [
                    ("Wyjazd z Białegostoku", -45),
                    ("Śniadanie", -30),
                    ("Call klienta", 120),
                    ("Obiad", 330),
                    ("Wrap", 600),
                ],
                "set": "dziedziniec monasteru i brama",
                "base_note": "Bazę stawiamy od 6:00",
                "scenes": [
                    ("1", "Brama monasteru - butelka w dłoni", "brama", "1, produkt"),
                    ("3", "Dziedziniec - packshot na murku", "dziedziniec", "produkt"),
                ],
                "cast": [("Emilia Sadowska", "BOHATERKA", 0)],
                "crew": [
                    ("Produkcja", "Damian Kos", "690 555 801", -15),
                    ("Food / product stylist", "Iga Rogala", "691 555 802", -30),
                ],
                "notes": ["Na terenie monasteru skromny strój; zakaz palenia i dronów."],
                "footer": "Kadr i Klatka · Supraślanka · call sheet",
            },
        ),
        _ad(
            "kruszyniany",
            "Smaki Podlasia",
            D(2027, 9, 4),
            "09:00",
            {
                "time_style": "dot",
                "table_style": "dot",
                "date_style": "wd_gen",
                "house": "Wschodni Wiatr Produkcja",
                "client": "Podlaska Organizacja Turystyczna",
                "agency": "Mapa Studio",
                "day_n": "2/3",
                "version": "3 - zmiana godzin",
                "times": [
                    ("Wyjazd z hotelu (Krynki)", -20),
                    ("Catering", -10),
                    ("Call agencji", 90),
                    ("Obiad (kuchnia tatarska)", 300),
                    ("Wrap", 570),
                ],
                "set": "meczet, mizar i jurta",
                "base_note": "Kampery przy jurcie, prąd z agregatu",
                "scenes": [
                    ("5", "Meczet z zewnątrz - przewodnik", "meczet", "1"),
                    ("6", "Stół z pierekaczewnikiem", "jurta", "1, 2"),
                ],
                "cast": [("Adam Bogdanowicz", "PRZEWODNIK", 0), ("Dżenneta Ali", "GOSPODYNI", 60)],
                "crew": [("Produkcja", "Marek Tur", "605 555 901", -30)],
                "notes": ["Wnętrze meczetu tylko za zgodą gminy; obuwie zdejmujemy."],
                "footer": "Wschodni Wiatr Produkcja · Smaki Podlasia · call sheet v3",
            },
        ),
    ]


# --- (6) Subcarpathia: a TV series' day plan with every fact in a grey sidebar ----------------

SB_HEADS = {
    "scenes": (["Odc./obr.", "Obiekt", "W/P", "P/N", "Postacie"], [0, 50, 240, 270, 300]),
    "cast": (["Aktor", "Postać", "Charakt.", "Plan"], [0, 100, 200, 270]),
    "steps": [-60, 0],
    "crew": (["Pion", "Osoba", "Zbiórka"], [0, 90, 270]),
    "notes": "UWAGI",
}


@_family(
    "pl_serial_sidebar",
    "a Polish TV series' day plan, A4: a grey sidebar down the left with 'SERIAL', the title "
    "in quotes, 'odc. 14, 15', 'DZIEŃ 23/60', DATA ('wtorek 7.VII.2026', '26.05.2027 r.'), "
    "ZBIÓRKA EKIPY large ('7:00'), gotowość, obiad, koniec, LOKACJA, BAZA, SOR (hospital), "
    "wschód / zachód, pogoda; the scenes, cast, crew and notes in the main column beside it",
    name="sb_{key}",
)
def _sb(spec: Day) -> bytes:
    _, p, rise, fall, t, layout, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=24.0)
    side = 180.0
    fill(c, x0, 24, side, c.pdf.h - 60, 228)
    sx, sw = x0 + 8, side - 16
    y = 44.0
    c.text(sx, y, "SERIAL", 8, bold=True)
    fit(c, sx, y + 16, f"„{title}”", 13, sw, bold=True)
    c.text(sx, y + 30, g["episodes"], 8.5)
    c.text(sx, y + 42, f"DZIEŃ ZDJĘCIOWY {g['day_n']}", 8.5, bold=True)
    y += 62

    def block(head: str, lines: list[str], big: bool = False) -> None:
        nonlocal y
        c.text(sx, y, head, 6.5, bold=True)
        y += 12 if not big else 20
        for i, ln in enumerate(lines):
            fit(c, sx, y, ln, 16 if big and i == 0 else 7.5, sw, bold=big and i == 0)
            y += 9.5
        c.hline(sx, sx + sw, y - 4, 0.3)
        y += 8

    block("DATA", [day_text(day, g["date_style"])])
    block("ZBIÓRKA EKIPY", [hm(call, t), g["call_where"]], big=True)
    block("GODZINY", [f"{lab}: {val}" for lab, val in _times(call, g["times"], t)])
    sides = [
        ("LOKACJA", [p.name, p.street, p.city, g["set"]]),
        ("BAZA / PARKING", [p.base_street, p.base_city]),
        ("SOR", _hospital(p)),
    ]
    if layout == "hospital_last":
        sides = sides[:2]
    for head, lines in sides:
        block(head, lines)
    block("SŁOŃCE / POGODA", [f"wsch. {hm(rise, t)}   zach. {hm(fall, t)}", g["weather"]])
    block("JUTRO", [_next_call(spec)])
    mx = x0 + side + 12
    c.text(mx, 44, g["company"], 9, bold=True)
    c.right(right, 44, f"wysłano {g['sent']}", 7.5)
    c.hline(mx, right, 50, 0.8)
    yy = _tables(c, mx, 66, right, spec, SB_HEADS)
    if layout == "hospital_last":
        c.text(mx, yy + 6, "NAJBLIŻSZY SZPITAL - SOR", 8.5, bold=True)
        for i, ln in enumerate(_hospital(p)):
            c.text(mx, yy + 18 + i * 10, ln, 8)
    footer(c, g["footer"], mx)
    return c.output()


def _sb_sheets() -> list[Sheet]:
    return [
        _sb(
            "lezajsk",
            "Organista",
            D(2026, 7, 7),
            "07:00",
            {
                "time_style": "colon",
                "table_style": "colon",
                "date_style": "wd_roman",
                "episodes": "odc. 14, 15",
                "day_n": "23/60",
                "call_where": "baza pod klasztorem",
                "times": [("Gotowość", 60), ("Obiad", 330), ("Koniec", 660)],
                "set": "bazylika, chór z organami",
                "weather": "słonecznie, 17-28 °C",
                "next": (1, 0),
                "next_date": "wd_roman",
                "company": "Telewizja Rzeszów / Podkarpacka Fabryka Seriali",
                "sent": "6.07.2026, 20:05",
                "scenes": [
                    ("14/22", "Chór - próba organów", "W", "D", "1, 2"),
                    ("14/23", "Krużganek - ojciec Benedykt", "W", "D", "1, 3"),
                    ("15/4", "Przed bazyliką - festyn", "P", "D", "1-5"),
                ],
                "cast": [
                    ("Stefan Kurek", "TOMASZ", 0),
                    ("Jan Fila", "O. BENEDYKT", 60),
                ],
                "crew": [("Produkcja", "Renata Bis", -30), ("Dźwięk", "Igor Sala", 0)],
                "notes": ["Koncert organowy o 18:00: do 17:30 zwalniamy chór."],
                "footer": "Podkarpacka Fabryka Seriali · „Organista” · dzień 23",
            },
        ),
        _sb(
            "lesko",
            "Bieszczadzka poczta",
            D(2027, 5, 26),
            "06:00",
            {
                "layout": "hospital_last",
                "time_style": "dot",
                "table_style": "dot",
                "date_style": "dot_r",
                "episodes": "odc. 31",
                "day_n": "41/88",
                "call_where": "parking przy zamku",
                "times": [("Charakteryzacja", -45), ("Gotowość", 60), ("Obiad", 300)],
                "set": "wnętrze synagogi (galeria)",
                "weather": "zmiennie, 8-19 °C",
                "next": (1, 60),
                "next_date": "dot_r",
                "company": "San Film sp. z o.o.",
                "sent": "25.05.2027 o 19.30",
                "scenes": [("31/7", "Galeria - wystawa zdjęć", "W", "D", "2, 6")],
                "cast": [("Maria Cholewa", "LISTONOSZKA", 0), ("Ryszard Wit", "MALARZ", 90)],
                "crew": [("Produkcja", "Tadeusz Lach", -30)],
                "notes": ["Galeria czynna od 10.00 - do tego czasu kończymy wnętrza."],
                "footer": "San Film · „Bieszczadzka poczta” · odc. 31",
            },
        ),
        _sb(
            "dukla",
            "Przełęcz",
            D(2026, 10, 8),
            "07:30",
            {
                "time_style": "colon",
                "table_style": "colon",
                "date_style": "wd_gen",
                "episodes": "odc. 5, 6, 8",
                "day_n": "12/45",
                "call_where": "Rynek, przy pomniku",
                "times": [("Gotowość", 75), ("Obiad", 330), ("Koniec", 630)],
                "set": "sala balowa pałacu i park",
                "weather": "mgła rano, 5-13 °C",
                "next": (1, -30),
                "next_date": "wd_gen",
                "company": "Krośnieńska Grupa Filmowa",
                "sent": "7 października 2026, 21:40",
                "scenes": [
                    ("5/11", "Sala balowa - hrabia Mniszech", "W", "D", "1, 4"),
                    ("6/2", "Park - pojedynek", "P", "D", "1, 2"),
                ],
                "cast": [("Wiktor Zych", "HRABIA", 0), ("Bogdan Rak", "KAPITAN", 45)],
                "crew": [("Produkcja", "Patrycja Lis", -30), ("Pirotechnika", "Marek Ryś", -60)],
                "notes": ["Pojedynek: strzały ślepą amunicją, zatyczki do uszu u pirotechnika."],
                "footer": "Krośnieńska Grupa Filmowa · „Przełęcz” · dzień 12",
            },
        ),
    ]


# --- near misses: schedules of days that are not shooting days ---------------------------------

_nm_table = partial(head_table, size=8, lead=13, ruled=True)


def _kayak_trip() -> bytes:
    """A kayak rental's three-day trip programme on the Krutynia: meeting times, stages and a
    lunch stop, but a holiday, not a shoot."""
    c, x0, right = page("A4", "sans", margin=40.0)
    c.text(x0, 52, "STANICA KAJAKOWA SORKWITY", 9, bold=True)
    centre(c, 84, "PROGRAM SPŁYWU KAJAKOWEGO KRUTYNIĄ", 15)
    centre(
        c,
        100,
        "piątek 9 - niedziela 11 lipca 2027 r. · grupa nr 27/07 (22 osoby, 11 kajaków)",
        9,
        bold=False,
    )
    notice(
        c,
        x0,
        right,
        128,
        [
            ("Zbiórka", "piątek 9.07, godz. 9:00 - przystań w Sorkwitach, ul. Mazurska 10"),
            ("Wydanie kajaków", "9:30 (kamizelki, wiosła, worki wodoszczelne)"),
            ("Start etapu I", "10:00"),
            ("Ratownik / opiekun", "Paweł Gierszewski, tel. 600 555 811"),
            ("Pogotowie / WOPR", "112 · 601 100 100"),
        ],
        (
            ["DZIEŃ", "ETAP", "KM", "START", "POSTÓJ / NOCLEG"],
            [0, 80, 260, 300, 350],
            [
                ("piątek", "Sorkwity - Bienek", "14", "10:00", "obiad Bienek, nocleg pole"),
                ("sobota", "Bienek - Babięta", "12", "9:30", "nocleg stanica Babięta"),
                ("niedziela", "Babięta - Krutyń", "10", "9:00", "odbiór kajaków 15:00"),
            ],
        ),
        (
            "Ważne",
            [
                "Telefony i aparaty w workach wodoszczelnych. Zdjęcia z trasy chętnie "
                "opublikujemy na naszym profilu. Rezerwat Krutynia: zakaz kąpieli poza "
                "wyznaczonymi miejscami.",
            ],
        ),
        table=_nm_table,
        facts_look=(8.5, 125, 13),
    )
    footer(c, "Stanica Kajakowa Sorkwity · program spływu 27/07", x0)
    return c.output()


def _angling_contest() -> bytes:
    """An angling club's float-fishing competition programme: a draw, a start signal and
    weigh-in times at a lake, no camera anywhere."""
    c, x0, right = page("A4", "serif", margin=48.0)
    c.text(x0, 52, "Polski Związek Wędkarski · Koło nr 14 „Leszcz” Węgorzewo", 9, bold=True)
    c.right(right, 52, "Węgorzewo, dnia 20 sierpnia 2027 r.", 9)
    centre(c, 96, "REGULAMIN I PROGRAM", 14)
    centre(
        c,
        113,
        "Zawody spławikowe o Puchar Burmistrza - niedziela, 29 sierpnia 2027 r.",
        10,
        bold=False,
    )
    notice(
        c,
        x0,
        right,
        140,
        [
            ("Miejsce", "jezioro Święcajty, przystań Kal, Kal 1, 11-600 Węgorzewo"),
            ("Zbiórka zawodników", "godz. 6:00"),
            ("Losowanie stanowisk", "godz. 6:15"),
            ("Sędzia główny", "Zdzisław Pawlak"),
        ],
        (
            ["GODZ.", "PUNKT PROGRAMU"],
            [0, 70],
            [
                ("7:00", "sygnał: wejście na stanowiska, nęcenie"),
                ("7:15", "START zawodów"),
                ("11:15", "sygnał końcowy"),
                ("11:30", "ważenie ryb na stanowiskach"),
                ("13:00", "ogłoszenie wyników, wręczenie pucharów, grill"),
            ],
        ),
        (
            "Postanowienia",
            [
                "Obowiązuje siatka i zasada no kill dla karpia. Zawodnik bez ważnej karty "
                "wędkarskiej nie zostanie dopuszczony do losowania. Wpisowe 40 zł.",
            ],
        ),
        table=_nm_table,
        facts_look=(8.5, 125, 13),
    )
    c.text(right - 160, 520, "Zarząd Koła", 9)
    return c.output()


def _chimney_inspection() -> bytes:
    """A housing cooperative's chimney-sweep inspection schedule: dates, hours and addresses of
    blocks, a technician's visit, not a shooting day."""
    c, x0, right = page("A4", "helvetica", margin=40.0)
    c.text(x0, 50, "Spółdzielnia Mieszkaniowa „Zacisze” w Olecku", 10, bold=True)
    grey_text(c, x0, 62, "ul. Kolejowa 12, 19-400 Olecko · tel. 87 555 20 10", 8)
    c.right(right, 50, "Olecko, 2.03.2027 r.", 9)
    centre(c, 96, "OGŁOSZENIE", 15)
    centre(
        c,
        112,
        "Harmonogram okresowych przeglądów kominiarskich (przewody wentylacyjne i spalinowe)",
        9,
        bold=False,
    )
    notice(
        c,
        x0,
        right,
        140,
        [
            ("Wykonawca", "Zakład Kominiarski Mistrz Kominiarski Andrzej Sidor"),
            ("Godziny przeglądów", "8.00 - 15.00 (wtorki do 18.00)"),
            ("Kontakt", "tel. 87 555 20 44"),
        ],
        (
            ["DATA", "BUDYNEK", "KLATKI", "GODZ."],
            [0, 110, 300, 380],
            [
                ("wtorek 16.03.2027", "ul. Kolejowa 12", "I - IV", "8.00 - 18.00"),
                ("środa 17.03.2027", "ul. Kolejowa 14", "I - III", "8.00 - 15.00"),
                ("czwartek 18.03.2027", "ul. Orzeszkowej 3", "I - V", "8.00 - 15.00"),
            ],
        ),
        (
            "Prosimy",
            [
                "o udostępnienie lokali i odsunięcie mebli od kratek wentylacyjnych. W razie "
                "nieobecności prosimy o kontakt z administracją w celu ustalenia drugiego "
                "terminu. Przegląd jest obowiązkowy (Prawo budowlane, art. 62).",
            ],
        ),
        table=_nm_table,
        facts_look=(8.5, 125, 13),
    )
    c.text(right - 140, 480, "Zarząd Spółdzielni", 9)
    return c.output()


def _other_sheets() -> list[Sheet]:
    docs = [
        (
            "near_miss_kayak_trip_programme",
            "a Mazurian kayak rental's three-day trip programme on the Krutynia, A4: the "
            "stanica, 'PROGRAM SPŁYWU KAJAKOWEGO', dates, 'Zbiórka ... godz. 9:00' at the "
            "landing, kayak issue, start; a ruled DZIEŃ / ETAP / KM / START / NOCLEG table; a "
            "note on photos from the trip",
            _kayak_trip,
        ),
        (
            "near_miss_angling_competition",
            "an angling club's competition programme, A4, serif: the club, 'Węgorzewo, dnia 20 "
            "sierpnia 2027 r.', 'REGULAMIN I PROGRAM', the lake's address, 'Zbiórka zawodników "
            "godz. 6:00', the draw, a GODZ. / PUNKT PROGRAMU table; rules",
            _angling_contest,
        ),
        (
            "near_miss_chimney_sweep_schedule",
            "a housing cooperative's notice of chimney-sweep inspections, A4: the cooperative, "
            "date, 'Harmonogram okresowych przeglądów kominiarskich', hours, a ruled DATA / "
            "BUDYNEK / KLATKI / GODZ. table; a request to open the flats",
            _chimney_inspection,
        ),
    ]
    return near_misses(_sheet, docs)


def sheets() -> list[Sheet]:
    return [
        *_dy_sheets(),
        *_dpp_sheets(),
        *_bi_sheets(),
        *_hg_sheets(),
        *_ad_sheets(),
        *_sb_sheets(),
        *_other_sheets(),
    ]
