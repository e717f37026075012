"""Seventy-first held-out set: Polish call sheets in layouts the corpus lacks, in towns of
Kujawsko-Pomorskie, Warmińsko-Mazurskie, Opolskie, Lubuskie, Świętokrzyskie and Podkarpackie
not yet in the corpus (`fresh70_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh70"). A TV daily soap's 'plan zdjęciowy' for two units side by side,
I EKIPA / II EKIPA, each with its own call and set (Golub-Dobrzyń, Brodnica, Ciechocinek); a
documentary's 'plan dnia' typed in a word processor as numbered points, its date with a
Roman-numeral or genitive month (Orneta, Pasłęk, Giżycko); a feature's 'dzienny plan pracy'
with a tear-off-calendar date block (Krapkowice, Byczyna, Niemodlin); a commercial house's
one-page sheet with a drawn map, a pin and the set's GPS coordinates, times written both
'7.30' and '7:30' (Sulechów, Świebodzin, Lubsko); a plan printed two A5 pages to one landscape
A4 sheet (Opatów, Bałtów, Pińczów); a student film's form typed into boxes with tick boxes
(Odrzykoń, Lesko, Rymanów-Zdrój). Three near misses, all `other`: a commune's waste
collection timetable, a village meeting notice and a polling station commission's duty plan.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.corpus.draw import Canvas, black, centre
from tests.corpus.formats import PL_GENITIVE, PL_WEEKDAYS, ROMAN, add_minutes
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
    # (1) Kujawsko-Pomorskie daily soap, two units
    "golub": _p(
        "pl",
        "Zamek w Golubiu",
        "ul. PTTK 13",
        "87-400 Golub-Dobrzyń",
        53.1107,
        19.0530,
        "Europe/Warsaw",
        "Szpital Specjalistyczny w Brodnicy",
        "ul. Wiejska 9",
        "87-300 Brodnica",
        "56 491 30 00",
        "parking pod zamkiem, ul. Zamkowa",
        "87-400 Golub-Dobrzyń",
    ),
    "brodnica": _p(
        "pl",
        "Wieża Zamkowa",
        "ul. Zamkowa 1",
        "87-300 Brodnica",
        53.2580,
        19.3990,
        "Europe/Warsaw",
        "Szpital Specjalistyczny w Brodnicy",
        "ul. Wiejska 9",
        "87-300 Brodnica",
        "56 491 30 00",
        "Duży Rynek (parking techniczny)",
        "87-300 Brodnica",
    ),
    "ciechocinek": _p(
        "pl",
        "Tężnie solankowe",
        "ul. Tężniowa 1",
        "87-720 Ciechocinek",
        52.8770,
        18.7870,
        "Europe/Warsaw",
        "Wojewódzki Szpital Specjalistyczny we Włocławku",
        "ul. Wienieckiego 49",
        "87-800 Włocławek",
        "54 412 90 00",
        "parking przy Parku Zdrojowym, ul. Zdrojowa",
        "87-720 Ciechocinek",
    ),
    # (2) Warmińsko-Mazurskie documentary plan dnia, numbered points
    "orneta": _p(
        "pl",
        "Kościół św. Jana Chrzciciela",
        "ul. Kościelna 1",
        "11-130 Orneta",
        54.1150,
        20.1340,
        "Europe/Warsaw",
        "Wojewódzki Szpital Zespolony w Elblągu",
        "ul. Królewiecka 146",
        "82-300 Elbląg",
        "55 230 60 00",
        "parking przy Rynku",
        "11-130 Orneta",
    ),
    "paslek": _p(
        "pl",
        "Zamek w Pasłęku",
        "pl. św. Wojciecha 5",
        "14-400 Pasłęk",
        54.0600,
        19.6580,
        "Europe/Warsaw",
        "Wojewódzki Szpital Zespolony w Elblągu",
        "ul. Królewiecka 146",
        "82-300 Elbląg",
        "55 230 60 00",
        "dziedziniec zamkowy (za zgodą MGOK)",
        "14-400 Pasłęk",
    ),
    "gizycko": _p(
        "pl",
        "Twierdza Boyen",
        "ul. Turystyczna 1",
        "11-500 Giżycko",
        54.0330,
        21.7640,
        "Europe/Warsaw",
        "Szpital w Giżycku",
        "ul. Warszawska 41",
        "11-500 Giżycko",
        "87 429 88 00",
        "parking przy bramie głównej twierdzy",
        "11-500 Giżycko",
    ),
    # (3) Opolskie feature dzienny plan pracy, tear-off calendar date
    "krapkowice": _p(
        "pl",
        "Ratusz w Krapkowicach",
        "ul. Rynek 1",
        "47-300 Krapkowice",
        50.4750,
        17.9650,
        "Europe/Warsaw",
        "Szpital Wojewódzki w Opolu",
        "ul. Kośnego 53",
        "45-372 Opole",
        "77 443 30 00",
        "parking przy ul. Prudnickiej",
        "47-300 Krapkowice",
    ),
    "byczyna": _p(
        "pl",
        "Ratusz w Byczynie",
        "ul. Rynek 1",
        "46-220 Byczyna",
        51.1130,
        18.2130,
        "Europe/Warsaw",
        "Szpital Powiatowy w Kluczborku",
        "ul. Sienkiewicza 26",
        "46-200 Kluczbork",
        "77 417 25 00",
        "plac przy Bramie Polskiej",
        "46-220 Byczyna",
    ),
    "niemodlin": _p(
        "pl",
        "Zamek w Niemodlinie",
        "ul. Zamkowa 1",
        "49-100 Niemodlin",
        50.6420,
        17.6180,
        "Europe/Warsaw",
        "Szpital Wojewódzki w Opolu",
        "ul. Kośnego 53",
        "45-372 Opole",
        "77 443 30 00",
        "parking przy ul. Bohaterów Powstań Śląskich",
        "49-100 Niemodlin",
    ),
    # (4) Lubuskie commercial one-pager with a map and GPS coordinates
    "sulechow": _p(
        "pl",
        "Ratusz w Sulechowie",
        "pl. Ratuszowy 1",
        "66-100 Sulechów",
        52.0840,
        15.6240,
        "Europe/Warsaw",
        "Szpital Uniwersytecki w Zielonej Górze",
        "ul. Zyty 26",
        "65-046 Zielona Góra",
        "68 329 61 00",
        "parking przy ul. Handlowej",
        "66-100 Sulechów",
    ),
    "swiebodzin": _p(
        "pl",
        "Pomnik Chrystusa Króla",
        "ul. Sobieskiego 2",
        "66-200 Świebodzin",
        52.2550,
        15.5170,
        "Europe/Warsaw",
        "Szpital Uniwersytecki w Zielonej Górze",
        "ul. Zyty 26",
        "65-046 Zielona Góra",
        "68 329 61 00",
        "parking dla autokarów, ul. Sobieskiego",
        "66-200 Świebodzin",
    ),
    "lubsko": _p(
        "pl",
        "Ratusz w Lubsku",
        "pl. Wolności 1",
        "68-300 Lubsko",
        51.7880,
        14.9700,
        "Europe/Warsaw",
        "Szpital Na Wyspie w Żarach",
        "ul. Pszenna 2",
        "68-200 Żary",
        "68 470 71 00",
        "parking przy ul. Kopernika",
        "68-300 Lubsko",
    ),
    # (5) Świętokrzyskie plan printed two A5 pages to one landscape A4
    "opatow": _p(
        "pl",
        "Kolegiata św. Marcina",
        "ul. Kościuszki 1",
        "27-500 Opatów",
        50.8000,
        21.4250,
        "Europe/Warsaw",
        "Zespół Opieki Zdrowotnej w Ostrowcu Świętokrzyskim",
        "ul. Szymanowskiego 11",
        "27-400 Ostrowiec Świętokrzyski",
        "41 247 09 00",
        "plac przy Bramie Warszawskiej",
        "27-500 Opatów",
    ),
    "baltow": _p(
        "pl",
        "JuraPark Bałtów",
        "Bałtów 8a",
        "27-423 Bałtów",
        51.0170,
        21.5470,
        "Europe/Warsaw",
        "Zespół Opieki Zdrowotnej w Ostrowcu Świętokrzyskim",
        "ul. Szymanowskiego 11",
        "27-400 Ostrowiec Świętokrzyski",
        "41 247 09 00",
        "parking P2 przy kasach",
        "27-423 Bałtów",
    ),
    "pinczow": _p(
        "pl",
        "Synagoga w Pińczowie",
        "ul. Klasztorna 6",
        "28-400 Pińczów",
        50.5200,
        20.5280,
        "Europe/Warsaw",
        "Wojewódzki Szpital Zespolony w Kielcach",
        "ul. Grunwaldzka 45",
        "25-736 Kielce",
        "41 367 13 01",
        "parking przy ul. Pałacowej",
        "28-400 Pińczów",
    ),
    # (6) Podkarpackie student film form typed into boxes
    "odrzykon": _p(
        "pl",
        "Zamek Kamieniec",
        "Odrzykoń 1a",
        "38-406 Odrzykoń",
        49.7500,
        21.7720,
        "Europe/Warsaw",
        "Wojewódzki Szpital Podkarpacki w Krośnie",
        "ul. Korczyńska 57",
        "38-400 Krosno",
        "13 437 81 00",
        "parking pod zamkiem",
        "38-406 Odrzykoń",
    ),
    "lesko": _p(
        "pl",
        "Synagoga w Lesku",
        "ul. Berka Joselewicza 16",
        "38-600 Lesko",
        49.4700,
        22.3310,
        "Europe/Warsaw",
        "Samodzielny Publiczny Zespół Opieki Zdrowotnej w Sanoku",
        "ul. 800-lecia 26",
        "38-500 Sanok",
        "13 465 60 00",
        "parking przy ul. Parkowej",
        "38-600 Lesko",
    ),
    "rymanow": _p(
        "pl",
        "Park Zdrojowy",
        "ul. Zdrojowa 1",
        "38-481 Rymanów-Zdrój",
        49.5530,
        21.8530,
        "Europe/Warsaw",
        "Wojewódzki Szpital Podkarpacki w Krośnie",
        "ul. Korczyńska 57",
        "38-400 Krosno",
        "13 437 81 00",
        "parking przy pijalni wód",
        "38-481 Rymanów-Zdrój",
    ),
}

PL_MONTHS_NOM = ["STYCZEŃ", "LUTY", "MARZEC", "KWIECIEŃ", "MAJ", "CZERWIEC", "LIPIEC"]
PL_MONTHS_NOM += ["SIERPIEŃ", "WRZESIEŃ", "PAŹDZIERNIK", "LISTOPAD", "GRUDZIEŃ"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m = (int(x) for x in hhmm.split(":"))
    forms = {
        "colon": f"{h}:{m:02d}",  # "7:30"
        "godz": f"godz. {h}.{m:02d}",  # "godz. 7.30"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    wd = PL_WEEKDAYS[d.weekday()]
    forms = {
        "roman_r": f"{d.day}.{ROMAN[d.month - 1]}.{d.year} r.",  # "12.XI.2026 r."
        "wd_roman": f"{wd}, {d.day}.{ROMAN[d.month - 1]}.{d.year} r.",
        "genitive_r": f"{d.day} {PL_GENITIVE[d.month - 1]} {d.year} r.",
        "wd_genitive_r": f"{wd}, {d.day} {PL_GENITIVE[d.month - 1]} {d.year} r.",
        "dots_wd": f"{d:%d.%m.%Y} ({wd})",
        "dots_r": f"{d:%d.%m.%Y} r.",
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh70")
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


def _white(c: Canvas) -> None:
    c.pdf.set_text_color(255, 255, 255)


def _scenes(c: Canvas, x: float, y: float, right: float, rows: list[tuple[str, ...]]) -> float:
    return _table(
        c,
        x,
        y,
        ["SC.", "OBIEKT / SCENA", "P/N", "STR.", "OBSADA"],
        [0, 34, 290, 330, 375],
        rows,
        right,
    )


# --- (1) daily soap: I EKIPA / II EKIPA side by side -------------------------------------------


@_family(
    "pl_serial_dwie_ekipy",
    "Kujawsko-Pomorskie TV daily soap 'PLAN ZDJĘCIOWY nr n', A4: house left, SERIAL „...” and "
    "episodes centred, the date under a rule; two columns side by side, 'I EKIPA (główna)' and "
    "'II EKIPA (inserty / plenery)', each with Zbiórka, Miejsce zdjęć, Baza, Obiad, Koniec and "
    "its own scenes; shared strip of Wschód / Zachód słońca and SZPITAL (SOR) across the foot",
    name="soap_{key}",
)
def _soap(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=32.0)
    c.text(x0, 42, g["company"], 9, bold=True)
    c.right(right, 42, f"PLAN ZDJĘCIOWY nr {g['n']}", 11, bold=True)
    centre(c, 66, f"SERIAL „{title}”", 16)
    grey_text(c, x0, 84, g["episodes"], 8.5)
    c.right(right, 84, day_text(day, g["date_style"]), 10, bold=True)
    c.hline(x0, right, 90, 1.0)
    half = (right - x0 - 12) / 2
    xr = x0 + half + 12
    units = [
        ("I EKIPA (główna)", x0, call, [p.name, p.street, p.city, g["set"]], g["base"]),
        ("II EKIPA (inserty / plenery)", xr, g["u2_call"], g["u2_place"], g["u2_base"]),
    ]
    y_end = 0.0
    for head, x, ucall, place, base in units:
        fill(c, x, 98, half, 18, 30)
        _white(c)
        c.text(x + 6, 111, head, 10, bold=True)
        black(c)
        c.text(x + 6, 134, "Zbiórka ekipy", 8, bold=True)
        c.text(x + 90, 136, hm(ucall, t), 16, bold=True)
        wrap = g["wrap"] if x == x0 else g.get("u2_wrap", g["wrap"])
        rows = _times(ucall, [("Obiad", g["lunch"]), ("Koniec zdjęć", wrap)], t)
        yy = label_rows(c, x + 6, 154, x + half - 4, rows, 8.5, 84, 12)
        yy = _block(c, x, yy, half, "MIEJSCE ZDJĘĆ", place)
        yy = _block(c, x, yy + 4, half, "BAZA / PARKING", [base])
        scenes = g["scenes"] if x == x0 else g["u2_scenes"]
        yy = _table(c, x, yy + 16, ["SC.", "SCENA", "OBSADA"], [0, 36, 150], scenes, x + half)
        y_end = max(y_end, yy)
    y = y_end + 6
    c.box(x0, y, right - x0, 46, 0.8)
    c.text(x0 + 6, y + 13, f"Wschód słońca {hm(rise, t)}   Zachód słońca {hm(fall, t)}", 8.5)
    c.text(x0 + 6, y + 27, "SZPITAL (SOR):", 8.5, bold=True)
    fit(c, x0 + 88, y + 27, ", ".join(hospital_lines(p)), 8.5, right - x0 - 90)
    c.text(x0 + 6, y + 40, f"Pogoda: {g['weather']}", 8.5)
    titled_notes(c, x0, y + 66, "UWAGI", 9, g["notes"], 8, right - x0, 11)
    footer(c, g["footer"], x0)
    return c.output()


def _soap_sheets() -> list[Sheet]:
    return [
        _soap(
            "golub",
            "Zamek nad Drwęcą",
            D(2026, 11, 17),
            "07:00",
            {
                "time_style": "h24",
                "date_style": "pl_weekday_genitive",
                "company": "Drwęca Film sp. z o.o.",
                "n": "214",
                "episodes": "odc. 411, 412, 414",
                "lunch": 330,
                "wrap": 660,
                "set": "dziedziniec i sala rycerska",
                "base": "parking pod zamkiem, ul. Zamkowa, 87-400 Golub-Dobrzyń",
                "u2_call": "09:00",
                "u2_wrap": 420,
                "u2_place": [
                    "bulwar nad Drwęcą",
                    "ul. Bulwarowa, Golub-Dobrzyń",
                    "przejazdy, inserty",
                ],
                "u2_base": "przy I ekipie",
                "scenes": [
                    ("411/7", "INT. SALA RYCERSKA", "1, 3, 8"),
                    ("412/2", "EXT. DZIEDZINIEC", "1, 2"),
                ],
                "u2_scenes": [
                    ("414/1", "EXT. BULWAR - przejazd", "5"),
                    ("411/9", "inserty: most", "-"),
                ],
                "weather": "pochmurno, 5°C",
                "notes": ["Zamek otwarty dla zwiedzających od 9:00: cisza na dziedzińcu."],
                "footer": "Drwęca Film · Zamek nad Drwęcą · plan nr 214",
            },
        ),
        _soap(
            "brodnica",
            "Zamek nad Drwęcą",
            D(2027, 4, 20),
            "07:30",
            {
                "time_style": "dot",
                "date_style": "dots_wd",
                "company": "Drwęca Film sp. z o.o.",
                "n": "251",
                "episodes": "odc. 468, 469",
                "lunch": 300,
                "wrap": 630,
                "set": "wieża i mury",
                # HARD: the second unit's call (6.00, sunrise plates) is earlier and printed as
                # large as the main unit's; the sheet's call is I EKIPA's 7.30
                "base": "Duży Rynek (parking techniczny), 87-300 Brodnica",
                "u2_call": "06:00",
                "u2_place": [
                    "Jezioro Niskie Brodno, pomost",
                    "ul. Przykop, Brodnica",
                    "wschód słońca",
                ],
                "u2_base": "bus produkcji pod wieżą",
                "scenes": [
                    ("468/4", "INT. WIEŻA - SCHODY", "2, 4"),
                    ("469/1", "EXT. MURY", "2, 4, 7"),
                ],
                "u2_scenes": [("469/0", "EXT. JEZIORO - świt", "-")],
                "weather": "słonecznie, 11°C",
                "notes": ["Wejście na wieżę tylko z kierownikiem planu (max 12 osób)."],
                "footer": "Drwęca Film · Zamek nad Drwęcą · plan nr 251",
            },
        ),
        _soap(
            "ciechocinek",
            "Uzdrowisko",
            D(2026, 9, 15),
            "08:00",
            {
                "time_style": "h24",
                "date_style": "roman_r",
                "company": "TeleVista Kujawy",
                "n": "88",
                "episodes": "odc. 1203-1206",
                "lunch": 300,
                "wrap": 600,
                "set": "tężnia nr 1 i fontanna Grzybek",
                "base": "parking przy Parku Zdrojowym, ul. Zdrojowa, 87-720 Ciechocinek",
                "u2_call": "10:00",
                "u2_wrap": 480,
                "u2_place": ["Park Zdrojowy", "ul. Zdrojowa, Ciechocinek", "przebitki, kuracjusze"],
                "u2_base": "przy I ekipie",
                "scenes": [
                    ("1203/5", "EXT. TĘŻNIA", "1, 6"),
                    ("1204/3", "EXT. GRZYBEK", "1, 2, 6"),
                ],
                "u2_scenes": [("1206/8", "EXT. PARK - ławki", "9")],
                "weather": "słonecznie, 19°C",
                "notes": ["Kuracjusze na deptaku: nie blokujemy przejścia pod tężnią."],
                "footer": "TeleVista Kujawy · Uzdrowisko · plan 88",
            },
        ),
    ]


# --- (2) documentary plan dnia typed as numbered points ----------------------------------------


@_family(
    "pl_dok_plan_dnia_punkty",
    "Warmińsko-Mazurskie documentary 'PLAN DNIA' typed in a word processor, A4 serif: the house "
    "and place/date line right ('Olsztyn, 10.XI.2026 r.'), the title centred; numbered points "
    "1. Termin (Roman-numeral or genitive month), 2. Zbiórka, 3. Miejsce zdjęć, 4. Rozmówcy, "
    "5. Przebieg dnia (times as 'godz. 7.30'), 6. Parking, 7. Bezpieczeństwo (SOR), 8. Słońce",
    name="dok_{key}",
)
def _dok(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "serif", margin=62.0)
    c.text(x0, 60, g["company"], 10, bold=True)
    grey_text(c, x0, 72, g["company_line"], 8)
    c.right(right, 60, g["written"], 9.5)
    centre(c, 112, "PLAN DNIA ZDJĘCIOWEGO", 13)
    centre(c, 128, f"film dokumentalny „{title}”", 11, bold=False)
    w = right - x0 - 20
    y = 160.0
    points = [
        ("Termin", [f"{day_text(day, g['date_style'])}, {g['day_of']}"]),
        ("Zbiórka", [f"{hm(call, t)} - {g['meet']}"]),
        ("Miejsce zdjęć", [f"{p.name}, {p.street}, {p.city} ({g['set']})"]),
        ("Rozmówcy", g["people"]),
        ("Przebieg dnia", [f"{hm(add_minutes(call, o), t)} - {what}" for o, what in g["plan"]]),
        ("Parking", [f"{p.base_street}, {p.base_city}"]),
        (
            "Bezpieczeństwo",
            [
                f"najbliższy SOR: {p.hospital}, {p.hospital_street}, {p.hospital_city}, "
                f"tel. {p.hospital_phone}"
            ],
        ),
        ("Słońce", [f"wschód {hm(rise, t)}, zachód {hm(fall, t)}"]),
    ]
    for n, (head, lines) in enumerate(points, 1):
        c.text(x0, y, f"{n}.", 10.5)
        c.text(x0 + 20, y, f"{head}:", 10.5, bold=True)
        y += 14
        for ln in lines:
            y = paragraph(c, x0 + 20, y, ln, 10.5, w, 14)
        y += 6
    titled_notes(c, x0, y + 6, "Uwagi", 10.5, g["notes"], 10, right - x0, 13)
    c.right(right, 760, g["signed"], 9.5)
    return c.output()


def _dok_sheets() -> list[Sheet]:
    return [
        _dok(
            "orneta",
            "Organy z Ornety",
            D(2026, 11, 12),
            "08:00",
            {
                "time_style": "godz",
                "date_style": "wd_roman",
                "company": "Warmia Doc Studio",
                "company_line": "ul. Prosta 12, 10-029 Olsztyn · biuro@warmiadoc.pl",
                "written": "Olsztyn, 10.XI.2026 r.",
                "day_of": "dzień zdjęciowy 2 z 5",
                "meet": "ekipa pod wejściem głównym kościoła",
                "set": "chór i organy",
                "people": ["ks. proboszcz (wywiad, 10.00-11.00)", "p. organista (gra, 13.00)"],
                "plan": [
                    (-60, "wyjazd z Olsztyna (bus)"),
                    (0, "rozładunek, światło na chórze"),
                    (120, "wywiad z proboszczem"),
                    (240, "obiad"),
                    (300, "gra organisty"),
                ],
                "notes": [
                    "W kościele zimno (ok. 8°C) - ciepłe ubrania. Msza o 18.00: kończymy 17.30."
                ],
                "signed": "Kierownik produkcji: Anna Gryglas, tel. 600 100 214",
            },
        ),
        _dok(
            "paslek",
            "Ostatni kowal",
            D(2027, 3, 18),
            "07:30",
            {
                "time_style": "dot",
                "date_style": "wd_genitive_r",
                "company": "Warmia Doc Studio",
                "company_line": "ul. Prosta 12, 10-029 Olsztyn · biuro@warmiadoc.pl",
                "written": "Olsztyn, dnia 15 marca 2027 r.",
                "day_of": "dzień 1 z 3",
                "meet": "pod bramą zamku (od strony parkingu)",
                "set": "kuźnia pokazowa na dziedzińcu",
                "people": ["p. Henryk Zaręba, kowal (cały dzień)"],
                "plan": [
                    (0, "zbiórka, rozładunek"),
                    (60, "rozpalanie paleniska"),
                    (180, "kucie podkowy"),
                    (300, "obiad"),
                    (360, "wywiad"),
                ],
                "notes": ["Iskry z paleniska: statywy min. 3 m od kowadła."],
                "signed": "Kierownik produkcji: Anna Gryglas",
            },
        ),
        _dok(
            "gizycko",
            "Twierdza na wodzie",
            D(2026, 10, 6),
            "06:30",
            {
                "time_style": "godz",
                "date_style": "roman_r",
                "company": "Mazury Dokument",
                "company_line": "ul. Olsztyńska 5, 11-500 Giżycko",
                # HARD: the letter's own date (5.X.2026) is also a Roman-numeral date and is
                # printed first, top right; the shooting date is point 1's 6.X.2026
                "written": "Giżycko, 5.X.2026 r.",
                "day_of": "dzień zdjęciowy 4",
                "meet": "ekipa przy bramie głównej twierdzy",
                "set": "wały i kanał Łuczański",
                "people": ["p. dr Marek Sas, historyk (wywiad na wałach)"],
                "plan": [
                    (0, "świt nad kanałem (dron)"),
                    (150, "wywiad na wałach"),
                    (270, "obiad"),
                    (330, "wnętrza koszar"),
                ],
                "notes": ["Lot drona zgłoszony w DroneRadar; zgoda zarządcy twierdzy w teczce."],
                "signed": "Producent: Piotr Kordas, tel. 505 300 711",
            },
        ),
    ]


# --- (3) feature dzienny plan pracy with a tear-off calendar date --------------------------------


@_family(
    "pl_fabula_kartka_kalendarza",
    "Opolskie feature 'DZIENNY PLAN PRACY nr n', A4: a tear-off calendar block top left (the "
    "weekday over a red-ruled day number in 40 pt and the month in the nominative with the "
    "year, 'LISTOPAD 2026'), the title in „quotes” and the house right, 'dzień zdjęciowy n/m'; "
    "a ruled two-column grid of label cells (ZBIÓRKA EKIPY bold, charakteryzacja, obiad, koniec, "
    "MIEJSCE ZDJĘĆ, BAZA, SZPITAL (SOR), wschód / zachód); scenes; cast; notes",
    name="kal_{key}",
)
def _kal(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "helvetica", margin=36.0)
    c.box(x0, 30, 96, 100, 1.2)
    fill(c, x0, 30, 96, 20, 200)
    c.text(x0 + 8, 44, PL_WEEKDAYS[day.weekday()].upper(), 9, bold=True)
    c.pdf.set_draw_color(190, 30, 30)
    c.hline(x0 + 6, x0 + 90, 54, 1.5)
    c.pdf.set_draw_color(0, 0, 0)
    c.text(x0 + 16, 102, str(day.day), 44, bold=True)
    c.text(x0 + 8, 122, f"{PL_MONTHS_NOM[day.month - 1]} {day.year}", 9, bold=True)
    c.text(x0 + 116, 48, "DZIENNY PLAN PRACY", 16, bold=True)
    c.text(x0 + 116, 66, f"nr {g['n']} · dzień zdjęciowy {g['n']}/{g['of']}", 10)
    c.text(x0 + 116, 90, f"„{title}”", 15, bold=True)
    grey_text(c, x0 + 116, 106, g["company"], 8.5)
    grey_text(c, x0 + 116, 120, g["crew_line"], 8)
    rows = [
        ("ZBIÓRKA EKIPY", hm(call, t)),
        *_times(call, g["times"], t),
        ("MIEJSCE ZDJĘĆ", f"{p.name}, {p.street}, {p.city}"),
        ("", g["set"]),
        ("BAZA", f"{p.base_street}, {p.base_city}"),
        ("SZPITAL (SOR)", f"{p.hospital}, {p.hospital_street}, {p.hospital_city}"),
        ("", f"tel. {p.hospital_phone}"),
        ("WSCHÓD / ZACHÓD", f"{hm(rise, t)} / {hm(fall, t)}"),
        ("POGODA", g["weather"]),
    ]
    y = 146.0
    lab_w = 110
    for i, (lab, val) in enumerate(rows):
        if lab:
            fill(c, x0, y, lab_w, 16, 230)
        c.box(x0, y, lab_w, 16, 0.4)
        c.box(x0 + lab_w, y, right - x0 - lab_w, 16, 0.4)
        c.text(x0 + 4, y + 11, lab, 8, bold=True)
        fit(
            c,
            x0 + lab_w + 4,
            y + 11.5,
            val,
            10 if i == 0 else 8.5,
            right - x0 - lab_w - 8,
            bold=i == 0,
        )
        y += 16
    y = _scenes(c, x0, y + 22, right, g["scenes"])
    y = _table(
        c,
        x0,
        y + 2,
        ["NR", "AKTOR / AKTORKA", "POSTAĆ", "CHARAKT.", "NA PLANIE"],
        [0, 30, 190, 330, 400],
        [
            (n, a, r, hm(add_minutes(call, o), t), hm(add_minutes(call, o + 60), t))
            for n, a, r, o in g["cast"]
        ],
        right,
    )
    titled_notes(c, x0, y + 6, "UWAGI", 9, g["notes"], 8, right - x0, 11)
    footer(c, g["footer"], x0)
    return c.output()


def _kal_sheets() -> list[Sheet]:
    return [
        _kal(
            "krapkowice",
            "Most na Odrze",
            D(2026, 11, 24),
            "07:00",
            {
                "time_style": "h24",
                "n": "9",
                "of": "32",
                "company": "Odra Pictures sp. z o.o. · ul. Piastowska 14, 45-082 Opole",
                "crew_line": "reż. Jan Kałuża · II reż. Ewa Mróz · kier. planu Adam Kusz",
                "times": [("Charakteryzacja", -60), ("Obiad", 360), ("Koniec zdjęć", 660)],
                "set": "rynek i wnętrze ratusza (sala sesyjna)",
                "weather": "mgła rano, 4°C",
                "scenes": [
                    ("31", "INT. RATUSZ - SALA SESYJNA", "D", "2 3/8", "1, 2, 5"),
                    ("33", "EXT. RYNEK", "D", "1 1/8", "1, 5"),
                ],
                "cast": [
                    ("1", "Tomasz Brzoza", "Konrad", -60),
                    ("2", "Iga Sowa", "Lena", -30),
                    ("5", "Roman Duda", "burmistrz", 60),
                ],
                "notes": ["Rynek zamknięty dla ruchu 6:00-19:00 (zgoda UM Krapkowice)."],
                "footer": "Odra Pictures · Most na Odrze · DPP 9",
            },
        ),
        _kal(
            "byczyna",
            "Most na Odrze",
            D(2027, 5, 13),
            "06:30",
            {
                "time_style": "dot",
                "n": "21",
                "of": "32",
                "company": "Odra Pictures sp. z o.o. · ul. Piastowska 14, 45-082 Opole",
                "crew_line": "reż. Jan Kałuża · II reż. Ewa Mróz · kier. planu Adam Kusz",
                # HARD: the make-up call 5.30 is printed in the row under the bold ZBIÓRKA EKIPY
                # 6.30 and is earlier than it; the crew call is 6.30
                "times": [("Charakteryzacja", -60), ("Obiad", 330), ("Koniec zdjęć", 630)],
                "set": "mury obronne i Brama Polska",
                "weather": "słonecznie, 17°C",
                "scenes": [
                    ("58", "EXT. MURY OBRONNE", "D", "1 6/8", "1, 3"),
                    ("59", "EXT. BRAMA POLSKA", "D", "4/8", "1, 3, 6"),
                ],
                "cast": [
                    ("1", "Tomasz Brzoza", "Konrad", -60),
                    ("3", "Maja Wrzos", "Hanna", -30),
                    ("6", "Ludwik Pyka", "strażnik", 90),
                ],
                "notes": ["Koncert na rynku o 19:00: plan i baza uprzątnięte do 18:00."],
                "footer": "Odra Pictures · Most na Odrze · DPP 21",
            },
        ),
        _kal(
            "niemodlin",
            "Hrabina",
            D(2026, 9, 9),
            "08:00",
            {
                "time_style": "h24",
                "n": "4",
                "of": "24",
                "company": "Studio Prószków · Prószków, ul. Zamkowa 10",
                "crew_line": "reż. Alicja Bednorz · II reż. Kamil Szot",
                "times": [("Charakteryzacja", -90), ("Obiad", 330), ("Koniec zdjęć", 600)],
                "set": "sala balowa i klatka schodowa zamku",
                "weather": "przelotny deszcz, 15°C",
                "scenes": [
                    ("12", "INT. ZAMEK - SALA BALOWA", "N", "3 1/8", "1, 2, 4"),
                    ("14", "INT. ZAMEK - SCHODY", "D", "6/8", "2"),
                ],
                "cast": [
                    ("1", "Zofia Gaj", "hrabina", -90),
                    ("2", "Olaf Wnuk", "Fryderyk", -45),
                    ("4", "Nina Kret", "pokojówka", 0),
                ],
                "notes": ["Zabytkowe posadzki: wózki tylko na płytach, obuwie ochronne."],
                "footer": "Studio Prószków · Hrabina · DPP 4",
            },
        ),
    ]


# --- (4) commercial one-pager with a drawn map, pin and GPS coordinates --------------------------


def _map(c: Canvas, x: float, y: float, w: float, h: float, roads: list[tuple[float, ...]]) -> None:
    """A printed map screenshot: grey ground, white roads, a red pin at the centre."""
    fill(c, x, y, w, h, 232)
    c.pdf.set_draw_color(255, 255, 255)
    for x1, y1, x2, y2 in roads:
        c.pdf.set_line_width(5)
        c.pdf.line(x + x1 * w, y + y1 * h, x + x2 * w, y + y2 * h)
    c.pdf.set_draw_color(0, 0, 0)
    c.box(x, y, w, h, 0.6)
    c.pdf.set_fill_color(200, 30, 30)
    cx, cy = x + w / 2, y + h / 2
    c.pdf.ellipse(cx - 6, cy - 18, 12, 12, style="F")
    c.pdf.polygon([(cx - 5, cy - 10), (cx + 5, cy - 10), (cx, cy)], style="F")
    c.pdf.set_fill_color(255, 255, 255)


@_family(
    "pl_reklama_mapa_gps",
    "Lubuskie commercial production house one-page 'CALL SHEET / PLAN ZDJĘCIOWY', A4: a dark "
    "band with the house and the spot; Klient / Agencja / Reżyser / Data zdjęć; a big crew call "
    "box 'ZBIÓRKA EKIPY'; a drawn map with a red pin left ('PIN:' and the set's GPS coordinates "
    "under it), the address, parking and hospital right; a timetable whose times mix '7.30' and "
    "'7:30' (typed by different people); contacts",
    name="tvc_{key}",
)
def _tvc(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "helvetica", margin=34.0)
    fill(c, 0, 0, c.width, 62, 35)
    _white(c)
    c.text(x0, 30, g["company"], 13, bold=True)
    c.text(x0, 47, "CALL SHEET / PLAN ZDJĘCIOWY", 9)
    c.right(right, 30, f"„{title}”", 13, bold=True)
    c.right(right, 47, g["spot"], 9)
    black(c)
    info = [
        ("Klient", g["client"]),
        ("Agencja", g["agency"]),
        ("Reżyser", g["director"]),
        ("Data zdjęć", day_text(day, g["date_style"])),
    ]
    label_rows(c, x0, 86, x0 + 330, info, 9, 70, 14, suffix=":")
    c.box(x0 + 350, 74, right - x0 - 350, 56, 1.6)
    c.text(x0 + 360, 90, "ZBIÓRKA EKIPY", 9, bold=True)
    c.text(x0 + 360, 120, hm(call, t), 24, bold=True)
    mw = 250
    _map(c, x0, 146, mw, 170, g["roads"])
    c.text(x0, 330, f"PIN: {p.lat:.4f} N, {p.lon:.4f} E", 8.5, bold=True)
    grey_text(c, x0, 342, "(wklej w nawigację; wjazd od strony parkingu)", 7.5)
    bx = x0 + mw + 12
    y = _block(
        c, bx, 146, right - bx, "LOKALIZACJA / LOCATION", [p.name, p.street, p.city, g["set"]]
    )
    y = _block(c, bx, y + 4, right - bx, "PARKING / BAZA", [p.base_street, p.base_city])
    y = _block(c, bx, y + 4, right - bx, "SZPITAL (SOR) / HOSPITAL", hospital_lines(p))
    c.text(
        bx, y + 14, f"Wschód / sunrise {hm(rise, 'dot')}   Zachód / sunset {hm(fall, 'colon')}", 8.5
    )
    y = max(y + 30, 360.0)
    rows = [(hm(add_minutes(call, o), st), what) for o, st, what in g["schedule"]]
    y = _table(c, x0, y, ["GODZ.", "HARMONOGRAM"], [0, 60], rows, right)
    y = _table(
        c, x0, y + 4, ["FUNKCJA", "IMIĘ I NAZWISKO", "TELEFON"], [0, 150, 330], g["contacts"], right
    )
    titled_notes(c, x0, y + 6, "UWAGI", 9, g["notes"], 8, right - x0, 11)
    footer(c, g["footer"], x0)
    return c.output()


_ROADS_A = [(0.0, 0.55, 1.0, 0.45), (0.45, 0.0, 0.55, 1.0), (0.1, 0.1, 0.5, 0.5)]
_ROADS_B = [(0.0, 0.3, 1.0, 0.7), (0.3, 1.0, 0.7, 0.0)]


def _tvc_sheets() -> list[Sheet]:
    return [
        _tvc(
            "sulechow",
            "Winnica Lubuska",
            D(2026, 10, 8),
            "07:30",
            {
                "time_style": "dot",
                "date_style": "dots_wd",
                "company": "Zielona Klatka Production",
                "spot": 'TVC 30" + 15" · dzień 1/2',
                "client": "Winnice Środkowego Nadodrza",
                "agency": "Grono Creative",
                "director": "Kacper Wilk",
                "set": "podcienia ratusza i rynek",
                "roads": _ROADS_A,
                "schedule": [
                    (-30, "colon", "śniadanie (catering przy bazie)"),
                    (0, "dot", "zbiórka ekipy, rozładunek"),
                    (90, "colon", "pierwsze ujęcie"),
                    (330, "dot", "obiad"),
                    (600, "colon", "koniec zdjęć"),
                ],
                "contacts": [
                    ("Producent", "Marta Lis", "601 222 310"),
                    ("Kierownik planu", "Igor Hass", "602 404 118"),
                ],
                "notes": ["Dzień targowy: stragany do 13:00 - pierwsze ujęcia od strony ratusza."],
                "footer": "Zielona Klatka Production · ul. Kupiecka 8, 65-058 Zielona Góra",
            },
        ),
        _tvc(
            "swiebodzin",
            "Światło",
            D(2027, 6, 2),
            "05:30",
            {
                "time_style": "colon",
                "date_style": "wd_genitive_r",
                "company": "Zielona Klatka Production",
                "spot": 'TVC 20" · dzień 1/1',
                "client": "Lubuska Energia",
                "agency": "Watt & Co.",
                "director": "Ola Kwiecień",
                "set": "plac przed pomnikiem (wschód słońca)",
                "roads": _ROADS_B,
                # HARD: the timetable's first line is the base call at 4.45 (typed as '4.45'),
                # before the boxed crew call 5:30
                "schedule": [
                    (-45, "dot", "baza: kamera, światło (pre-call)"),
                    (0, "colon", "zbiórka ekipy na placu"),
                    (30, "dot", "ujęcie wschodu słońca"),
                    (300, "colon", "obiad"),
                    (480, "dot", "koniec zdjęć"),
                ],
                "contacts": [
                    ("Producent", "Marta Lis", "601 222 310"),
                    ("II reżyser", "Bartek Sroka", "600 909 412"),
                ],
                "notes": ["Pielgrzymki od 9:00: nie filmujemy twarzy bez zgody."],
                "footer": "Zielona Klatka Production · ul. Kupiecka 8, 65-058 Zielona Góra",
            },
        ),
        _tvc(
            "lubsko",
            "Rower na wieś",
            D(2026, 9, 22),
            "08:00",
            {
                "time_style": "colon",
                "date_style": "pl_dots",
                "company": "Łużyce Film",
                "spot": 'spot społeczny 30"',
                "client": "Gmina Lubsko",
                "agency": "-",
                "director": "Filip Grad",
                "set": "plac przed ratuszem",
                "roads": _ROADS_A,
                "schedule": [
                    (0, "colon", "zbiórka ekipy"),
                    (60, "dot", "próba z rowerzystami"),
                    (300, "colon", "obiad"),
                    (540, "dot", "koniec zdjęć"),
                ],
                "contacts": [("Producentka", "Iwona Krzak", "698 120 404")],
                "notes": ["Rowery dostarcza wypożyczalnia o 7.30 - odbiór przy ratuszu."],
                "footer": "Łużyce Film · Lubsko",
            },
        ),
    ]


# --- (5) plan printed two A5 pages to one landscape A4 sheet -----------------------------------


@_family(
    "pl_plan_2na1_a5",
    "Świętokrzyskie 'PLAN ZDJĘCIOWY' printed two A5 pages to one landscape A4 sheet (the "
    "printer's 2-up): two framed half pages side by side, each with its own header line and "
    "'str. 1/2' / 'str. 2/2' at the foot; page 1: title, date, the times list (Zbiórka ekipy "
    "among others), scenes; page 2: MIEJSCE ZDJĘĆ, BAZA, SZPITAL (SOR), słońce, kontakty, uwagi",
    name="a5_{key}",
)
def _a5(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c = Canvas("A4", "sans", orientation="L")
    pw = c.width / 2
    for k in range(2):
        c.box(k * pw + 14, 14, pw - 28, c.pdf.h - 28, 0.4)
        grey_text(c, k * pw + 24, 30, f"{g['company']} · {title}", 6.5)
        grey_text(c, k * pw + pw - 70, c.pdf.h - 22, f"str. {k + 1}/2", 7)
    x0, right = 30.0, pw - 30
    c.text(x0, 58, "PLAN ZDJĘCIOWY", 15, bold=True)
    c.text(x0, 78, f"„{title}”", 12, bold=True)
    c.text(x0, 96, f"{day_text(day, g['date_style'])} · {g['day_of']}", 9.5)
    c.hline(x0, right, 104, 0.8)
    rows = [(lab, val) for lab, val in _times(call, g["times"], t)]
    y = label_rows(c, x0, 122, right, rows, 9.5, 130, 15, rule_drop=4)
    y = _table(
        c, x0, y + 12, ["SC.", "SCENA", "P/N", "STR."], [0, 30, 250, 290], g["scenes"], right
    )
    x0, right = pw + 30.0, 2 * pw - 30
    y = _block(c, x0, 46, right - x0, "MIEJSCE ZDJĘĆ", [p.name, p.street, p.city, g["set"]])
    y = _block(c, x0, y + 5, right - x0, "BAZA / PARKING", [p.base_street, p.base_city])
    y = _block(c, x0, y + 5, right - x0, "SZPITAL (SOR)", hospital_lines(p))
    c.text(x0, y + 16, f"Wschód słońca: {hm(rise, t)}    Zachód słońca: {hm(fall, t)}", 9)
    y = _table(c, x0, y + 36, ["FUNKCJA", "OSOBA", "TEL."], [0, 120, 240], g["contacts"], right)
    titled_notes(c, x0, y + 6, "UWAGI", 9, g["notes"], 8, right - x0, 11)
    return c.output()


def _a5_sheets() -> list[Sheet]:
    return [
        _a5(
            "opatow",
            "Podziemia",
            D(2026, 11, 5),
            "07:00",
            {
                "time_style": "h24",
                "date_style": "pl_weekday_genitive",
                "company": "Kadr Świętokrzyski",
                "day_of": "dzień zdjęciowy 6/18",
                "times": [
                    ("Charakteryzacja", -60),
                    ("Zbiórka ekipy", 0),
                    ("Obiad", 330),
                    ("Koniec zdjęć", 630),
                ],
                "set": "kolegiata i wejście do podziemi",
                "scenes": [
                    ("22", "INT. KOLEGIATA - NAWA", "D", "1 4/8"),
                    ("23", "EXT. PRZED KOLEGIATĄ", "D", "5/8"),
                ],
                "contacts": [
                    ("Kierownik planu", "Jacek Cygan", "604 200 118"),
                    ("II reżyser", "Ala Młot", "601 700 415"),
                ],
                "notes": ["Msze o 7.00 i 18.00: w kolegiacie cisza, sprzęt za prezbiterium."],
            },
        ),
        _a5(
            "baltow",
            "Dino-Wakacje",
            D(2027, 7, 14),
            "06:00",
            {
                "time_style": "dot",
                "date_style": "dots_r",
                "company": "Kadr Świętokrzyski",
                "day_of": "dzień 2/4",
                # HARD: the list opens with the production's 5.00 call before the crew's 6.00
                "times": [
                    ("Zbiórka produkcji", -60),
                    ("Zbiórka ekipy", 0),
                    ("Obiad", 300),
                    ("Koniec zdjęć", 600),
                ],
                "set": "ścieżka dinozaurów przed otwarciem parku",
                "scenes": [
                    ("5", "EXT. ŚCIEŻKA DINOZAURÓW", "D", "2 2/8"),
                    ("7", "EXT. KAMIENIOŁOM", "D", "1"),
                ],
                "contacts": [("Kierownik planu", "Jacek Cygan", "604 200 118")],
                "notes": [
                    "Park otwarty od 10:00: ujęcia z dziećmi po 10:00 wyłącznie w strefie B."
                ],
            },
        ),
        _a5(
            "pinczow",
            "Podziemia",
            D(2027, 3, 9),
            "08:00",
            {
                "time_style": "h24",
                "date_style": "roman_r",
                "company": "Kadr Świętokrzyski",
                "day_of": "dzień zdjęciowy 14/18",
                "times": [
                    ("Zbiórka ekipy", 0),
                    ("Kostiumy / charakt.", 15),
                    ("Obiad", 300),
                    ("Koniec zdjęć", 600),
                ],
                "set": "sala modlitwy i dziedziniec synagogi",
                "scenes": [
                    ("61", "INT. SYNAGOGA - SALA", "D", "2"),
                    ("62", "EXT. DZIEDZINIEC", "D", "3/8"),
                ],
                "contacts": [("Kierownik planu", "Jacek Cygan", "604 200 118")],
                "notes": ["Polichromie: bez lamp przy ścianach, tylko LED na statywach."],
            },
        ),
    ]


# --- (6) student film form typed into boxes --------------------------------------------------


def _tick(c: Canvas, x: float, y: float, label: str, on: bool) -> float:
    """A tick box with its label; returns the x after it."""
    c.box(x, y - 8, 9, 9, 0.6)
    if on:
        c.text(x + 1.5, y, "X", 8, bold=True)
    return x + 14 + c.text(x + 13, y, label, 8) + 10


def _form_box(
    c: Canvas,
    x: float,
    y: float,
    w: float,
    h: float,
    label: str,
    lines: list[str],
    size: float = 10,
) -> None:
    """A form field: a thin box with a small grey caption top left, the typed value in mono."""
    c.box(x, y, w, h, 0.5)
    grey_text(c, x + 3, y + 8, label, 6)
    for i, ln in enumerate(lines):
        fit(c, x + 5, y + 21 + 12 * i, ln, size, w - 10, family="mono")


@_family(
    "pl_etiuda_formularz_kratki",
    "Podkarpackie film-school etiuda 'KARTA PLANU ZDJĘCIOWEGO', a printed form filled in on a "
    "computer, A4: school and 'Wydział Radia i Telewizji' lines, 'ETIUDA' and the form's "
    "number; boxed fields with small grey captions (tytuł etiudy, data zdjęć, godzina zbiórki, "
    "adres obiektu, parking, najbliższy SOR, wschód / zachód), the values typed in mono; tick "
    "boxes for wnętrze / plener and dzień / noc; a boxed harmonogram; signatures",
    name="form_{key}",
)
def _form(spec: Day) -> bytes:
    _, p, rise, fall, t, _, title, day, call, g = spec
    c, x0, right = page("A4", "sans", margin=40.0)
    c.text(x0, 44, g["school"], 9, bold=True)
    grey_text(c, x0, 56, g["faculty"], 8)
    c.right(right, 44, "KARTA PLANU ZDJĘCIOWEGO", 11, bold=True)
    c.right(right, 56, f"formularz P-3 · nr {g['n']}", 8)
    c.hline(x0, right, 64, 0.8)
    w = right - x0
    half = (w - 8) / 2
    _form_box(c, x0, 74, w, 30, "Tytuł etiudy", [title], 12)
    _form_box(c, x0, 108, half, 30, "Opiekun / reżyser", [g["who"]])
    _form_box(c, x0 + half + 8, 108, half, 30, "Dzień zdjęciowy", [g["day_of"]])
    _form_box(c, x0, 142, half, 30, "Data zdjęć", [day_text(day, g["date_style"])])
    _form_box(c, x0 + half + 8, 142, half, 30, "Godzina zbiórki ekipy", [hm(call, t)], 12)
    _form_box(
        c, x0, 176, w, 54, "Obiekt / adres obiektu", [p.name, f"{p.street}, {p.city}", g["set"]]
    )
    y = 246.0
    x = _tick(c, x0, y, "wnętrze", g["int"])
    x = _tick(c, x, y, "plener", not g["int"])
    x = _tick(c, x + 20, y, "dzień", g["day"])
    _tick(c, x, y, "noc", not g["day"])
    _form_box(c, x0, 256, half, 42, "Parking / baza", [p.base_street, p.base_city])
    _form_box(
        c,
        x0 + half + 8,
        256,
        half,
        42,
        "Wschód / zachód słońca",
        [f"{hm(rise, t)} / {hm(fall, t)}"],
    )
    _form_box(
        c,
        x0,
        302,
        w,
        54,
        "Najbliższy SOR (nazwa, adres, telefon)",
        [p.hospital, f"{p.hospital_street}, {p.hospital_city}", p.hospital_phone],
    )
    c.box(x0, 364, w, 16 + 13 * len(g["plan"]), 0.5)
    grey_text(c, x0 + 3, 372, "Harmonogram dnia (godzina - czynność)", 6)
    for i, (o, what) in enumerate(g["plan"]):
        c.text(x0 + 5, 386 + 13 * i, f"{hm(add_minutes(call, o), t)}  {what}", 9.5, family="mono")
    y = 364 + 16 + 13 * len(g["plan"]) + 8
    _form_box(
        c, x0, y, w, 18 + 12 * len(g["cast"]), "Obsada (imię i nazwisko - rola)", g["cast"], 9
    )
    c.hline(x0, x0 + 180, 770, 0.5)
    c.text(x0, 781, "podpis kierownika produkcji", 7)
    c.hline(right - 180, right, 770, 0.5)
    c.text(right - 180, 781, "podpis opiekuna etiudy", 7)
    return c.output()


_SCHOOL = "Szkoła Filmowa Karpaty w Krośnie"
_FACULTY = "Wydział Realizacji Filmowej i Telewizyjnej · ul. Rynek 14, 38-400 Krosno"


def _form_sheets() -> list[Sheet]:
    return [
        _form(
            "odrzykon",
            "Zemsta w Kamieńcu",
            D(2026, 10, 17),
            "07:30",
            {
                "time_style": "dot",
                "date_style": "pl_dots",
                "school": _SCHOOL,
                "faculty": _FACULTY,
                "n": "14/2026",
                "who": "Marek Osika / Julia Stec",
                "day_of": "1 z 2",
                "set": "dziedziniec górnego zamku",
                "int": False,
                "day": True,
                "plan": [
                    (0, "zbiórka na parkingu"),
                    (30, "wyjście na zamek"),
                    (300, "obiad"),
                    (540, "koniec zdjęć"),
                ],
                "cast": ["Kacper Jurek - Papkin", "Oliwia Sas - Klara"],
            },
        ),
        _form(
            "lesko",
            "Szabas",
            D(2027, 2, 11),
            "09:00",
            {
                "time_style": "colon",
                "date_style": "wd_genitive_r",
                "school": _SCHOOL,
                "faculty": _FACULTY,
                "n": "3/2027",
                "who": "Marek Osika / Daniel Wierzba",
                "day_of": "2 z 3",
                "set": "galeria i sala główna",
                "int": True,
                "day": True,
                "plan": [
                    (0, "zbiórka przed synagogą"),
                    (60, "światło"),
                    (270, "obiad"),
                    (480, "koniec zdjęć"),
                ],
                "cast": ["Jakub Lew - rabin", "Ewa Kruk - Sara"],
            },
        ),
        _form(
            "rymanow",
            "Kuracja",
            D(2027, 5, 26),
            "19:30",
            {
                "time_style": "h24",
                "date_style": "dots_wd",
                "school": _SCHOOL,
                "faculty": _FACULTY,
                "n": "22/2027",
                "who": "Marek Osika / Hanna Bober",
                "day_of": "1 z 1",
                "set": "aleja przy pijalni",
                "int": False,
                "day": False,
                # HARD: a night shoot (tick box 'noc'): the crew call is 19:30 and the
                # harmonogram runs past midnight to 02:00; the date is the evening's
                "plan": [
                    (0, "zbiórka przy pijalni"),
                    (90, "zdjęcia (po zmroku)"),
                    (270, "posiłek"),
                    (390, "koniec zdjęć"),
                ],
                "cast": ["Piotr Grab - kuracjusz"],
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
    """A near miss: heading lines over a rule, then fresh_skeletons.notice's body."""
    c, x0, right = page("A4", "sans", margin=42.0)
    c.text(x0, 50, head[0], 12, bold=True)
    grey_text(c, x0, 63, head[1], 8.5)
    c.right(right, 50, head[2], 10, bold=True)
    c.hline(x0, right, 71, 1.0)
    facts, table_rows, notes = body
    notice(
        c,
        x0,
        right,
        94,
        facts,
        table_rows,
        notes,
        table=head_table,
        facts_look=(9, 130, 14),
        size=8.5,
        lead=14,
        ruled=True,
    )
    return c.output()


def _odpady() -> bytes:
    """A commune's waste collection timetable: bins out by a time, days per street group."""
    return _nm_page(
        (
            "GMINA ŚWIECIE - ODBIÓR ODPADÓW KOMUNALNYCH",
            "ul. Wojska Polskiego 124, 86-100 Świecie",
            "HARMONOGRAM 2027 r.",
        ),
        (
            [
                ("Rejon", "III - Przechowo, Morsk, Sulnówko"),
                ("Pojemniki", "wystawić przed posesję do godz. 6:00 w dniu odbioru"),
                ("PSZOK", "ul. Sulnowska 2, pn.-pt. 8:00-18:00, sob. 8:00-14:00"),
                ("Informacja", "Urząd Miejski, pok. 12, tel. 52 333 23 70"),
            ],
            (
                ["MIESIĄC", "ZMIESZANE", "PAPIER / PLASTIK", "SZKŁO", "BIO"],
                [0, 80, 170, 290, 360],
                [
                    ("styczeń", "7, 21", "14", "28", "-"),
                    ("luty", "4, 18", "11", "25", "-"),
                    ("marzec", "4, 18", "11", "25", "26"),
                    ("kwiecień", "1, 15, 29", "8", "22", "9, 23"),
                ],
            ),
            (
                "Uwagi",
                [
                    "Odpady wielkogabarytowe: zbiórka 13 kwietnia, wystawić do 6:00. Film "
                    "instruktażowy o segregacji na stronie gminy."
                ],
            ),
        ),
    )


def _zebranie() -> bytes:
    """A village meeting notice: first and second term, the agenda; the meeting is recorded."""
    return _nm_page(
        ("SOŁECTWO CZARNORZEKI", "Gmina Korczyna, powiat krośnieński", "OGŁOSZENIE"),
        (
            [
                ("Zebranie wiejskie", "czwartek, 18 lutego 2027 r."),
                ("I termin", "godz. 18:00, świetlica wiejska, Czarnorzeki 12"),
                ("II termin", "godz. 18:15 (bez względu na liczbę obecnych)"),
                ("Zwołuje", "Sołtys wsi Czarnorzeki"),
            ],
            (
                ["PKT", "PORZĄDEK OBRAD", "KTO"],
                [0, 40, 360],
                [
                    ("1", "Otwarcie zebrania, wybór przewodniczącego", "sołtys"),
                    ("2", "Fundusz sołecki na 2028 r.", "sołtys"),
                    ("3", "Remont drogi do Prządek", "wójt"),
                    ("4", "Wolne wnioski", "mieszkańcy"),
                ],
            ),
            (
                "Uwagi",
                [
                    "Zebranie jest nagrywane na potrzeby protokołu. Prosimy o zabranie "
                    "dowodu osobistego (lista obecności)."
                ],
            ),
        ),
    )


def _komisja() -> bytes:
    """A polling-station commission's duty plan for an election day."""
    return _nm_page(
        (
            "OBWODOWA KOMISJA WYBORCZA nr 3 w PASŁĘKU",
            "Szkoła Podstawowa nr 2, ul. Westerplatte 9",
            "PLAN PRACY KOMISJI",
        ),
        (
            [
                ("Wybory", "uzupełniające do Rady Miejskiej, niedziela 14 marca 2027 r."),
                ("Zbiórka członków", "godz. 6:00 w lokalu wyborczym (sala gimnastyczna)"),
                ("Głosowanie", "7:00-21:00"),
                ("Przewodnicząca", "Barbara Malec, tel. 605 112 903"),
            ],
            (
                ["DYŻUR", "GODZ.", "SKŁAD", "UWAGI"],
                [0, 60, 150, 330],
                [
                    ("I", "6:00-12:00", "Malec, Kos, Żuk", "otwarcie urny"),
                    ("II", "12:00-17:00", "Wąs, Pietras, Kos", ""),
                    ("III", "17:00-21:00", "Malec, Żuk, Wąs", "zamknięcie lokalu"),
                    ("wszyscy", "od 21:00", "cały skład", "liczenie głosów"),
                ],
            ),
            (
                "Uwagi",
                [
                    "Mężowie zaufania mogą rejestrować przebieg czynności komisji kamerą; "
                    "nie wolno nagrywać wyborców w lokalu."
                ],
            ),
        ),
    )


def _other_sheets() -> list[Sheet]:
    docs = [
        (
            "near_miss_waste_collection_timetable",
            "a commune's waste collection timetable, A4: the commune, 'HARMONOGRAM 2027 r.', the "
            "district, 'wystawić do godz. 6:00', PSZOK hours; a MIESIĄC / ZMIESZANE / PAPIER / "
            "SZKŁO / BIO table; a note on an instructional film",
            _odpady,
        ),
        (
            "near_miss_village_meeting_notice",
            "a village meeting notice, A4: the sołectwo, 'OGŁOSZENIE', date, I and II term times, "
            "the agenda table; the meeting recorded for the minutes",
            _zebranie,
        ),
        (
            "near_miss_polling_commission_duty_plan",
            "a polling station commission's duty plan, A4: the commission, the election, members "
            "meet 6:00, voting 7:00-21:00; DYŻUR / GODZ. / SKŁAD / UWAGI; observers may record",
            _komisja,
        ),
    ]
    return near_misses(_sheet, docs)


def sheets() -> list[Sheet]:
    return [
        *_soap_sheets(),
        *_dok_sheets(),
        *_kal_sheets(),
        *_tvc_sheets(),
        *_a5_sheets(),
        *_form_sheets(),
        *_other_sheets(),
    ]
