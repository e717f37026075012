# ruff: noqa: RUF001, RUF003
"""Fifty-sixth held-out set: Polish and Central / South-East European call sheets in towns not
yet in the corpus (`fresh55_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh55"). Polish "dzienny plan pracy" grids with the labels above their
values, an earlier "Zbiórka produkcji" beside "Zbiórka ekipy" and the date the sheet was sent
(Łańcut, Sanok, Biecz); Polish plans typed in a word processor with tomorrow's call on the same
page (Chełmno, Pułtusk, Reszel); Polish revisions that move the call in a sentence or a small
old / new table (Kazimierz Dolny, Żywiec, Paczków); Slovak, Slovenian and Croatian day plans with
their own labels and postcodes (Banská Štiavnica, Ptuj, Varaždin); Serbian (Latin) and Bulgarian
(Cyrillic) shooting plans in landscape (Novi Sad, Subotica, Plovdiv); an English co-production
template with the local words in brackets and a column of the day's times of which one is the
crew call (Pärnu, Piran, Kutná Hora). Three near misses, all `other`: a parish pilgrimage
programme, a volunteer fire brigade exercise order and a company integration trip plan.

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
    crew_times,
    date_or,
    expect,
    fill,
    grey_text,
    head_table,
    hospital_lines,
    label_rows,
    page,
    paragraph,
    paragraphs,
    ruled_cells,
    sheet_basics,
    sheet_maker,
    time_or,
    timed_rows,
    titled_notes,
)
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # (1) Polish DPP grids: Łańcut, Sanok, Biecz
    "lancut": _p(
        "pl",
        "Muzeum-Zamek w Łańcucie",
        "ul. Zamkowa 1",
        "37-100 Łańcut",
        50.0687,
        22.2336,
        "Europe/Warsaw",
        "Centrum Medyczne w Łańcucie",
        "ul. Paderewskiego 5",
        "37-100 Łańcut",
        "17 224 01 00",
        "Parking przy ul. Piłsudskiego",
        "37-100 Łańcut",
    ),
    "skansen": _p(
        "pl",
        "Muzeum Budownictwa Ludowego (Skansen)",
        "ul. Rybickiego 3",
        "38-500 Sanok",
        49.5735,
        22.2125,
        "Europe/Warsaw",
        "Samodzielny Publiczny Zespół Opieki Zdrowotnej w Sanoku",
        "ul. 800-lecia 26",
        "38-500 Sanok",
        "13 465 60 00",
        "Parking przy Arenie, ul. Mickiewicza 30",
        "38-500 Sanok",
    ),
    "biecz": _p(
        "pl",
        "Ratusz w Bieczu",
        "Rynek 1",
        "38-340 Biecz",
        49.7340,
        21.2590,
        "Europe/Warsaw",
        "Szpital Specjalistyczny im. H. Klimontowicza w Gorlicach",
        "ul. Węgierska 21",
        "38-300 Gorlice",
        "18 355 32 00",
        "Parking przy ul. Kazimierza Wielkiego",
        "38-340 Biecz",
    ),
    # (2) Polish typed plans: Chełmno, Pułtusk, Reszel
    "chelmno": _p(
        "pl",
        "Ratusz w Chełmnie",
        "Rynek 28",
        "86-200 Chełmno",
        53.3490,
        18.4240,
        "Europe/Warsaw",
        "Szpital Powiatowy w Chełmnie",
        "ul. Dworcowa 1",
        "86-200 Chełmno",
        "56 677 66 01",
        "Parking przy ul. Toruńskiej",
        "86-200 Chełmno",
    ),
    "pultusk": _p(
        "pl",
        "Zamek w Pułtusku (Dom Polonii)",
        "ul. Szkolna 11",
        "06-100 Pułtusk",
        52.7040,
        21.0850,
        "Europe/Warsaw",
        "Szpital w Pułtusku",
        "ul. Teofila Kwiatkowskiego 19",
        "06-102 Pułtusk",
        "23 306 72 00",
        "Parking przy ul. Rynek (od strony Narwi)",
        "06-100 Pułtusk",
    ),
    "reszel": _p(
        "pl",
        "Zamek Reszel",
        "ul. Podzamcze 3",
        "11-440 Reszel",
        54.0510,
        21.1470,
        "Europe/Warsaw",
        "Zespół Opieki Zdrowotnej w Kętrzynie",
        "ul. M. C. Skłodowskiej 2",
        "11-400 Kętrzyn",
        "89 751 43 02",
        "Parking przy ul. Kolejowej",
        "11-440 Reszel",
    ),
    # (3) Polish revisions: Kazimierz Dolny, Żywiec, Paczków
    "kazimierz": _p(
        "pl",
        "Rynek w Kazimierzu Dolnym (przy studni)",
        "Rynek 19",
        "24-120 Kazimierz Dolny",
        51.3220,
        21.9470,
        "Europe/Warsaw",
        "SP ZOZ w Puławach",
        "ul. Bema 1",
        "24-100 Puławy",
        "81 450 20 00",
        "Parking miejski, ul. Puławska 6",
        "24-120 Kazimierz Dolny",
    ),
    "zywiec": _p(
        "pl",
        "Muzeum Miejskie w Żywcu (Stary Zamek)",
        "ul. Zamkowa 2",
        "34-300 Żywiec",
        49.6870,
        19.1970,
        "Europe/Warsaw",
        "Szpital Powiatowy w Żywcu",
        "ul. Grunwaldzka 35",
        "34-300 Żywiec",
        "33 861 20 51",
        "Parking przy Parku Zamkowym, ul. Kościuszki",
        "34-300 Żywiec",
    ),
    "paczkow": _p(
        "pl",
        "Muzeum Gazownictwa w Paczkowie",
        "ul. Pocztowa 2",
        "48-370 Paczków",
        50.4640,
        17.0080,
        "Europe/Warsaw",
        "Szpital w Nysie",
        "ul. Bohaterów Warszawy 34",
        "48-300 Nysa",
        "77 406 00 00",
        "Parking przy Rynku, ul. Wojska Polskiego",
        "48-370 Paczków",
    ),
    # (4) Slovak / Slovenian / Croatian day plans: Banská Štiavnica, Ptuj, Varaždin
    "stiavnica": _p(
        "eu",
        "Starý zámok",
        "Starozámocká 11",
        "969 01 Banská Štiavnica",
        48.4490,
        18.9110,
        "Europe/Bratislava",
        "Nemocnica Banská Štiavnica",
        "Energetikov 2",
        "969 01 Banská Štiavnica",
        "045/694 41 11",
        "Parkovisko pri Nákupnom centre, Dolná ulica",
        "969 01 Banská Štiavnica",
    ),
    "ptuj": _p(
        "eu",
        "Ptujski grad",
        "Na Gradu 1",
        "2250 Ptuj",
        46.4210,
        15.8690,
        "Europe/Ljubljana",
        "Splošna bolnišnica Ptuj",
        "Potrčeva cesta 23",
        "2250 Ptuj",
        "02 749 10 00",
        "Parkirišče Mestni kino, Cvetkov trg",
        "2250 Ptuj",
    ),
    "varazdin": _p(
        "eu",
        "Stari grad Varaždin",
        "Šetalište Josipa Jurja Strossmayera 3",
        "42000 Varaždin",
        46.3090,
        16.3360,
        "Europe/Zagreb",
        "Opća bolnica Varaždin",
        "Ivana Meštrovića 1",
        "42000 Varaždin",
        "042 393 000",
        "Parkiralište kod Gradskog bazena, Zagrebačka ulica",
        "42000 Varaždin",
    ),
    # (5) Serbian (Latin) and Bulgarian (Cyrillic) plans: Novi Sad, Subotica, Plovdiv
    "tvrdjava": _p(
        "eu",
        "Petrovaradinska tvrđava",
        "Tvrđava 4",
        "21131 Petrovaradin",
        45.2520,
        19.8620,
        "Europe/Belgrade",
        "Klinički centar Vojvodine",
        "Hajduk Veljkova 1",
        "21000 Novi Sad",
        "021 484 3484",
        "Parking kod Muzeja grada, Podgrađe tvrđave",
        "21131 Petrovaradin",
    ),
    "subotica": _p(
        "eu",
        "Gradska kuća Subotica",
        "Trg slobode 1",
        "24000 Subotica",
        46.1000,
        19.6650,
        "Europe/Belgrade",
        "Opšta bolnica Subotica",
        "Izvorska 3",
        "24000 Subotica",
        "024 555 222",
        "Parking kod Sinagoge, Trg sinagoge",
        "24000 Subotica",
    ),
    "plovdiv": _p(
        "eu",
        "Античен театър",
        "ул. „Цар Ивайло“ 4",
        "4000 Пловдив",
        42.1470,
        24.7510,
        "Europe/Sofia",
        "УМБАЛ „Свети Георги“",
        "бул. „Пещерско шосе“ 66",
        "4002 Пловдив",
        "032 602 000",
        "Паркинг „Джумаята“, ул. „Райко Даскалов“",
        "4000 Пловдив",
    ),
    # (6) English co-production template with the local words in brackets
    "parnu": _p(
        "eu",
        "Pärnu Rannahoone",
        "Ranna pst 1",
        "80012 Pärnu",
        58.3760,
        24.4990,
        "Europe/Tallinn",
        "Pärnu Haigla",
        "Ristiku 1",
        "80010 Pärnu",
        "+372 447 3300",
        "Rannapark parking, Supeluse tn",
        "80012 Pärnu",
    ),
    "piran": _p(
        "eu",
        "Cerkev sv. Jurija",
        "Adamičeva ulica 2",
        "6330 Piran",
        45.5290,
        13.5680,
        "Europe/Ljubljana",
        "Splošna bolnišnica Izola",
        "Polje 40",
        "6310 Izola",
        "+386 5 660 60 00",
        "Garažna hiša Fornače, Fornače",
        "6330 Piran",
    ),
    "barbora": _p(
        "eu",
        "Chrám sv. Barbory",
        "Barborská",
        "284 01 Kutná Hora",
        49.9450,
        15.2630,
        "Europe/Prague",
        "Oblastní nemocnice Kolín",
        "Žižkova 146",
        "280 02 Kolín",
        "+420 321 756 111",
        "Parkoviště U Jezuitské koleje, Barborská",
        "284 01 Kutná Hora",
    ),
}

PL_WD = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
PL_MON = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia"]
PL_MON += ["września", "października", "listopada", "grudnia"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
SK_WD = ["pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa"]
SK_MON = ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta"]
SK_MON += ["septembra", "októbra", "novembra", "decembra"]
SI_WD = ["ponedeljek", "torek", "sreda", "četrtek", "petek", "sobota", "nedelja"]
HR_WD = ["ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja"]
HR_MON = ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja"]
HR_MON += ["kolovoza", "rujna", "listopada", "studenoga", "prosinca"]
RS_WD = ["ponedeljak", "utorak", "sreda", "četvrtak", "petak", "subota", "nedelja"]
RS_MON = ["januar", "februar", "mart", "april", "maj", "jun", "jul", "avgust", "septembar"]
RS_MON += ["oktobar", "novembar", "decembar"]
BG_WD = ["понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, _, _ = clock(hhmm)
    forms = {
        "pl": f"{h}:{m:02d}",  # "7:00"
        "pl_dot": f"{h:02d}.{m:02d}",  # "07.00"
        "pl_bare": f"{h}.{m:02d}",  # "7.00"
        "sk": f"{h}:{m:02d} h",  # "7:00 h"
        "si": f"{h}.{m:02d}",  # "7.00"
        "hr": f"{h}:{m:02d} h",  # "7:00 h"
        "rs": f"{h:02d}.{m:02d}",  # "07.00"
        "bg": f"{h}:{m:02d} ч.",  # "7:00 ч."
        "en": f"{h:02d}:{m:02d}",  # "07:00"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "pl_long": f"{PL_WD[d.weekday()]}, {d.day} {PL_MON[d.month - 1]} {d.year}",
        "pl_roman": f"{d.day}.{ROMAN[d.month - 1]}.{d.year}",  # "12.III.2026"
        "pl_num": f"{d:%d.%m.%Y}",  # "14.04.2026"
        "pl_num_wd": f"{d:%d.%m.%Y} ({PL_WD[d.weekday()]})",
        "pl_short": f"{d.day:02d}.{d.month:02d}.{d:%y}",  # "14.04.26"
        "sk_long": f"{SK_WD[d.weekday()]} {d.day}. {SK_MON[d.month - 1]} {d.year}",
        "si_num": f"{SI_WD[d.weekday()]}, {d.day}. {d.month}. {d.year}",  # "četrtek, 14. 5. 2026"
        "hr_long": f"{HR_WD[d.weekday()]}, {d.day}. {HR_MON[d.month - 1]} {d.year}.",
        "rs_num": f"{d.day}. {d.month}. {d.year}.",  # "12. 5. 2026."
        "rs_long": f"{RS_WD[d.weekday()]}, {d.day}. {RS_MON[d.month - 1]} {d.year}.",
        "bg_num": f"{d:%d.%m.%Y} г. ({BG_WD[d.weekday()]})",  # "12.05.2026 г. (вторник)"
        "en_long": f"{d:%A} {d.day} {d:%B %Y}",
        "en_iso": f"{d:%a} {d.isoformat()}",
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh55")
_table = partial(head_table, size=7.5, lead=12)


def _footer(c: Canvas, text: str, x: float = 34) -> None:
    grey_text(c, x, c.pdf.h - 20, text, 7, 120)


# --- (1) Polish "dzienny plan pracy" grids: labels above values, production call apart -------


def _grid_cells(
    c: Canvas, x: float, y: float, w: float, cells: list[tuple[str, str]], h: float, cols: int
) -> float:
    """Cells of (label above, value under), `cols` a row, each boxed; returns the y under them."""
    cw = w / cols
    for i, (lab, val) in enumerate(cells):
        xx = x + (i % cols) * cw
        yy = y + (i // cols) * h
        c.box(xx, yy, cw, h, 0.5)
        fill(c, xx + 0.5, yy + 0.5, cw - 1, 10, 225)
        fit(c, xx + 3, yy + 8.5, lab, 6.5, cw - 6, bold=True)
        fit(c, xx + 3, yy + h - 6, val, 10 if lab.startswith("Zbiórka ekipy") else 9, cw - 6)
    rows = (len(cells) + cols - 1) // cols
    return y + rows * h


def _dpp(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)
    written = partial(hm, style=t)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=28.0)
        c.text(x0, 36, g["company"], 9, bold=True)
        grey_text(c, x0, 46, g["office"], 7)
        c.right(right, 36, "DZIENNY PLAN PRACY", 13, bold=True)
        c.right(right, 48, f"DPP nr {g['n']}", 8)
        if g.get("sent_top"):
            c.right(right, 58, g["sent_top"], 7.5)
        c.hline(x0, right, 64, 1.2)
        centre(c, 86, f"„{title}”", 17)
        centre(c, 99, g["credits"], 7.5, bold=False)
        cells = [
            ("Data zdjęć", day_text(day, g["date_style"])),
            ("Dzień zdjęciowy", g["day_no"]),
            ("Zbiórka produkcji", written(add_minutes(call, g["prod"]))),
            ("Zbiórka ekipy", written(call)),
            ("Obiad", written(add_minutes(call, g["lunch"]))),
            ("Zakończenie (planowane)", written(add_minutes(call, g["wrap"]))),
            ("Wschód / Zachód słońca", f"{written(rise)} / {written(fall)}"),
            ("Pogoda", g["weather"]),
        ]
        y = _grid_cells(c, x0, 110, right - x0, cells, 30, 4) + 8
        w = (right - x0) / 3
        blocks = [
            ("MIEJSCE ZDJĘĆ", [p.name, p.street, p.city, g["set"]]),
            ("BAZA (catering, wozy, parking)", [p.base_street, p.base_city, g["base_note"]]),
            ("SZPITAL (SOR)", [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]),
        ]
        ruled_cells(c, x0, y, w, blocks, 62, 0.6, label_size=7, size=7.6, lead=10.5)
        y += 80
        y = _table(
            c,
            x0,
            y,
            ["SC.", "OBIEKT / OPIS", "P/N", "STR.", "OBSADA"],
            [0, 32, 320, 360, 410],
            g["scenes"],
            right,
        )
        y = _table(
            c,
            x0,
            y + 2,
            ["LP.", "AKTOR", "POSTAĆ", "TRANSPORT", "CHAR. / KOST.", "NA PLANIE"],
            [0, 24, 150, 260, 340, 440],
            cast_times(g["cast"], call, written, [-75, -60, 0], numbered=True),
            right,
        )
        y = _table(
            c,
            x0,
            y + 2,
            ["PION", "UWAGI", "GODZ."],
            [0, 120, 420],
            crew_times(g["crew"], call, written),
            right,
        )
        titled_notes(c, x0, y + 4, "UWAGI", 8.5, g["notes"], 7.5, right - x0, 10)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"dpp_{key}",
        "pl_dpp_grid",
        "Polish 'dzienny plan pracy', A4: company, 'DZIENNY PLAN PRACY' and its number, the "
        "title in „quotes” centred; a grid of shaded labels above their values: Data zdjęć, "
        "Dzień zdjęciowy n/N, Zbiórka produkcji (earlier), Zbiórka ekipy, Obiad, Zakończenie, "
        "Wschód / Zachód słońca, Pogoda; MIEJSCE ZDJĘĆ / BAZA / SZPITAL boxes; scenes, cast, "
        "departments; the date it was sent in the notes or footer",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _dpp_sheets() -> list[Sheet]:
    return [
        _dpp(
            "lancut",
            "Hrabina",
            D(2026, 3, 12),
            "07:00",
            {
                "font": "sans",
                "time_style": "pl",
                "date_style": "pl_long",
                "company": "PODKARPACKIE STUDIO FILMOWE sp. z o.o.",
                "office": "Biuro produkcji: ul. 3 Maja 14, 35-030 Rzeszów  ·  tel. 17 852 40 11",
                "n": "12",
                "credits": "Reżyseria: Magdalena Wójcik  ·  Producent: Tomasz Lis  ·  "
                "II reżyser: Anna Pawlak",
                "day_no": "12 / 40",
                "prod": -60,
                "lunch": 330,
                "wrap": 660,
                "weather": "pochmurno, 6°C",
                "set": "sala balowa i biblioteka",
                "base_note": "catering od 6:15",
                "scenes": [
                    ("41", "WN. SALA BALOWA - bal u hrabiny", "D", "2 4/8", "1, 2, 5"),
                    ("42", "WN. BIBLIOTEKA - list z Wiednia", "D", "1", "1, 3"),
                    ("44", "PL. DZIEDZINIEC - powóz odjeżdża", "D", "6/8", "2, 4"),
                ],
                "cast": [
                    ("Joanna Kulig", "HRABINA IZABELA", 0),
                    ("Marcin Dorociński", "KSIĄŻĘ", 45),
                    ("Ewa Wiśniewska", "MARSZAŁKOWA", 120),
                ],
                "crew": [
                    ("Scenografia", "dekoracja sali balowej", -90),
                    ("Oświetlenie", "podwieszenie świateł w sali", -60),
                    ("Charakteryzacja", "pełny skład w bazie", -75),
                ],
                "notes": [
                    "Zamek otwarty dla zwiedzających od 10:00 - obowiązuje obuwie zmienne na "
                    "parkietach. Zakaz jedzenia i picia w salach. Plan wysłano: środa, 11 marca "
                    "2026, 19:40 (kierownik produkcji).",
                ],
                "footer": "„Hrabina” · Podkarpackie Studio Filmowe · DPP 12 · "
                "data wysłania 11.03.2026",
            },
        ),
        _dpp(
            "skansen",
            "Cerkiew",
            D(2026, 3, 18),
            "06:30",
            {
                "font": "helvetica",
                "time_style": "pl_dot",
                "date_style": "pl_roman",
                "company": "SANOCKA GRUPA FILMOWA",
                "office": "ul. Jagiellońska 26, 38-500 Sanok  ·  biuro@sgf.pl",
                "n": "5",
                "credits": "Reżyseria: Jan Holoubek  ·  Kierownik produkcji: Beata Mazur",
                "day_no": "5 / 22",
                "prod": -45,
                "lunch": 360,
                "wrap": 690,
                "weather": "słonecznie, rano przymrozek -2°C",
                "set": "cerkiew z Rosolina i chałupa z Bieszczadów",
                "base_note": "wozy charakteryzacji i kostiumów",
                "scenes": [
                    ("8", "PL. CERKIEW - procesja", "D", "1 6/8", "1, 2, stat."),
                    ("9", "WN. CHAŁUPA - Nadia pakuje się", "D", "1 2/8", "1"),
                ],
                "cast": [
                    ("Agata Buzek", "NADIA", 0),
                    ("Andrzej Seweryn", "POP", 60),
                    ("Piotr Głowacki", "SOŁTYS", 90),
                ],
                "crew": [
                    ("Kamera", "sprawdzenie sprzętu w bazie", -45),
                    ("Statyści", "40 os., kostiumy w bazie", -60),
                ],
                "notes": [
                    "Skansen zamknięty dla zwiedzających do 14:00. Poruszamy się wyłącznie po "
                    "wyznaczonych ścieżkach. Ciepła odzież - cały dzień na zewnątrz.",
                ],
                "footer": "„Cerkiew” · Sanocka Grupa Filmowa · DPP 5 · wysłano 17.III.2026, 20:15",
            },
        ),
        _dpp(
            "biecz",
            "Kat z Biecza",
            D(2026, 3, 25),
            "08:00",
            {
                "font": "sans",
                "time_style": "pl",
                "date_style": "pl_long",
                "company": "FILMOWA SPÓŁDZIELNIA BESKID",
                "office": "ul. Kościuszki 3, 38-300 Gorlice",
                "n": "17",
                # HARD: the date and time the plan was sent sit in the header, above the grid
                "sent_top": "Data wysłania: wtorek, 24 marca 2026, 21:05",
                "credits": "Reżyseria: Łukasz Palkowski  ·  Producent: Monika Kowal",
                "day_no": "17 / 36",
                "prod": -90,
                "lunch": 300,
                "wrap": 600,
                "weather": "deszcz przelotny, 9°C",
                "set": "rynek i wieża ratuszowa",
                "base_note": "obiad w namiocie w bazie",
                "scenes": [
                    ("61", "PL. RYNEK - egzekucja na rynku", "D", "2", "1, 2, 3, stat."),
                    ("62", "WN. WIEŻA - kat przygotowuje się", "D", "7/8", "1"),
                ],
                "cast": [
                    ("Robert Więckiewicz", "KAT", 0),
                    ("Magdalena Boczarska", "WDOWA", 30),
                    ("Jacek Braciak", "RAJCA", 60),
                ],
                "crew": [
                    ("Produkcja", "zamknięcie rynku, ochrona", -90),
                    ("Pirotechnika", "próba dymu", -30),
                ],
                "notes": [
                    "Rynek zamknięty dla ruchu od 6:30 do 18:00 (zgoda UM Biecz). Mieszkańcy "
                    "wjeżdżają tylko od ul. Kromera.",
                ],
                "footer": "„Kat z Biecza” · FS Beskid · DPP 17",
            },
        ),
    ]


# --- (2) Polish plans typed in a word processor, tomorrow's call on the page -------------------


def _typed(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)
    written = partial(hm, style=t)
    tomorrow = day + dt.timedelta(days=1)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=56.0)
        y = 60.0
        c.text(x0, y, g["company"], 9)
        y += 26
        if g.get("warn_top"):
            c.text(x0, y, g["warn_top"], 10, bold=True)
            y += 20
        c.text(x0, y, f"PLAN ZDJĘCIOWY NA DZIEŃ {day_text(day, g['date_style'])}", 13, bold=True)
        y += 18
        c.text(x0, y, f"Film: „{title}”  ·  dzień zdjęciowy {g['day_no']}", 10)
        y += 24
        lines = [
            ("Zbiórka", f"{written(call)} {g['call_note']}"),
            ("Adres", f"{p.name}, {p.street}, {p.city}"),
            ("Plan", g["set"]),
            ("Parking / baza", f"{p.base_street}, {p.base_city}"),
            ("Śniadanie", f"od {written(add_minutes(call, -30))} w bazie"),
            ("Obiad", written(add_minutes(call, g["lunch"]))),
            ("Koniec dnia", f"ok. {written(add_minutes(call, g['wrap']))}"),
            ("Wschód / zachód", f"{written(rise)} / {written(fall)}"),
            ("Szpital", f"{p.hospital}, {p.hospital_street}, {p.hospital_city}"),
            ("", f"tel. {p.hospital_phone}"),
        ]
        for lab, val in lines:
            if lab:
                c.text(x0, y, f"{lab}:", 10.5, bold=True)
            fit(c, x0 + 118, y, val, 10.5, right - x0 - 118)
            y += 15
        y += 8
        c.text(x0, y, "Sceny:", 10.5, bold=True)
        y += 15
        for sc in g["scenes"]:
            c.text(x0 + 14, y, f"- {sc}", 10)
            y += 14
        y += 6
        c.text(x0, y, "Obsada:", 10.5, bold=True)
        y += 15
        for name, role, off in g["cast"]:
            c.text(
                x0 + 14,
                y,
                f"- {name} ({role}) - charakteryzacja {written(add_minutes(call, off))}",
                10,
            )
            y += 14
        y += 8
        y = paragraphs(c, x0, y, g["notes"], 10, right - x0, 14)
        y += 10
        c.text(x0, y, "Jutro:", 10.5, bold=True)
        fit(
            c,
            x0 + 50,
            y,
            f"{day_text(tomorrow, g['date_style'])}, zbiórka {written(g['next_call'])}, "
            f"{g['next_place']}",
            10.5,
            right - x0 - 50,
        )
        y += 26
        c.text(x0, y, g["signed"], 10)
        c.text(x0, y + 14, g["phone"], 10)
        return c.output()

    return _sheet(
        f"typed_{key}",
        "pl_typed_plan",
        "Polish plan typed in a word processor, A4 portrait with wide margins: company line, "
        "'PLAN ZDJĘCIOWY NA DZIEŃ date' in bold, film and shooting day, then lines of "
        "'Zbiórka:', 'Adres:', 'Plan:', 'Parking / baza:', breakfast, lunch, end of day, sun, "
        "hospital; scenes and cast as dashes; notes; 'Jutro:' with tomorrow's date, call and "
        "place; signed by the 2nd AD",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _typed_sheets() -> list[Sheet]:
    return [
        _typed(
            "chelmno",
            "Miasto zakochanych",
            D(2026, 4, 14),
            "07:00",
            {
                "font": "serif",
                "time_style": "pl",
                "date_style": "pl_num",
                "company": "Wisła Film sp. z o.o., ul. Szeroka 12, 87-100 Toruń",
                "day_no": "9",
                "call_note": "(przed ratuszem)",
                "set": "ratusz, sala rady i schody od strony rynku",
                "lunch": 330,
                "wrap": 630,
                "scenes": [
                    "sc. 22 - wn. sala rady, ślub cywilny (D)",
                    "sc. 23 - pl. schody ratusza, zdjęcie grupowe (D)",
                ],
                "cast": [("Maria Dębska", "Ola", 0), ("Mateusz Damięcki", "Kuba", 30)],
                "notes": [
                    "Ratusz jest czynnym muzeum - prosimy o ciszę w salach wystawowych. Statyści "
                    "(goście weselni) mają zbiórkę w bazie 30 min po ekipie.",
                ],
                "next_call": "06:30",
                "next_place": "Fara NMP, ul. Franciszkańska (msza ślubna)",
                "signed": "II reżyser: Karolina Nowak",
                "phone": "tel. 601 223 418",
            },
        ),
        _typed(
            "pultusk",
            "Narew",
            D(2026, 4, 21),
            "08:30",
            {
                "font": "helvetica",
                "time_style": "pl_bare",
                "date_style": "pl_num_wd",
                "company": "Mazowiecka Agencja Filmowa  ·  produkcja@maf.com.pl",
                "day_no": "3 z 18",
                "call_note": "na dziedzińcu zamku",
                "set": "dziedziniec zamkowy i taras nad Narwią",
                "lunch": 300,
                "wrap": 600,
                "scenes": [
                    "sc. 5 - pl. taras, rozmowa braci (D)",
                    "sc. 6 - pl. dziedziniec, przyjazd gości (D)",
                    "sc. 9 - wn. korytarz zamkowy (D)",
                ],
                "cast": [
                    ("Dawid Ogrodnik", "Staszek", 0),
                    ("Tomasz Schuchardt", "Wiktor", 20),
                    ("Kinga Preis", "matka", 90),
                ],
                "notes": [
                    "Hotel w zamku pracuje normalnie: nie blokujemy recepcji i windy. Sprzęt "
                    "wnosimy wejściem gospodarczym od strony parku.",
                ],
                "next_call": "07:00",
                "next_place": "Rynek w Pułtusku, przy wieży ratuszowej",
                "signed": "II reżyser: Paweł Szulc",
                "phone": "tel. 502 118 734",
            },
        ),
        _typed(
            "reszel",
            "Inkwizytor",
            D(2026, 4, 28),
            "09:00",
            {
                "font": "serif",
                "time_style": "pl",
                "date_style": "pl_num",
                "company": "Studio Warmia, ul. Dąbrowszczaków 10, 10-540 Olsztyn",
                # HARD: tomorrow's earlier call is announced above the day's title
                "warn_top": "UWAGA! JUTRO (środa 29.04) ZBIÓRKA WCZEŚNIEJ - 5:30!",
                "day_no": "14",
                "call_note": "(brama zamkowa od ul. Podzamcze)",
                "set": "lochy, wieża i krużganki",
                "lunch": 300,
                "wrap": 570,
                "scenes": [
                    "sc. 40 - wn. lochy, przesłuchanie (N w dzień, okna zaciemnione)",
                    "sc. 41 - pl. krużganki, ucieczka (D)",
                ],
                "cast": [
                    ("Jan Englert", "Inkwizytor", 0),
                    ("Zofia Wichłacz", "Barbara", 30),
                ],
                "notes": [
                    "W lochach zimno i wilgotno - kurtki dla ekipy w wozie produkcji. Zamek "
                    "prowadzi hotel: parkujemy tylko przy ul. Kolejowej.",
                ],
                "next_call": "05:30",
                "next_place": "jezioro Legińskie, pomost w Łężanach (świt)",
                "signed": "II reżyser: Marta Krawiec",
                "phone": "tel. 698 554 210",
            },
        ),
    ]


# --- (3) Polish revisions: the call moved in a sentence or an old / new table ----------------


def _revision(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)
    written = partial(hm, style=t)
    old = g["old_call"]

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=34.0)
        fill(c, x0, 28, right - x0, 30, 40)
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0 + 8, 48, f"PLAN ZDJĘCIOWY - WERSJA {g['ver']} / ZMIANA", 14, bold=True)
        c.right(right - 8, 48, g["company"], 8)
        c.pdf.set_text_color(0, 0, 0)
        c.text(x0, 78, f"„{title}”", 16, bold=True)
        c.right(right, 78, f"{day_text(day, g['date_style'])}  ·  dzień {g['day_no']}", 10)
        y = 98.0
        if g["form"] == "sentence":
            fill(c, x0, y - 11, right - x0, 34, 235)
            y = paragraph(
                c,
                x0 + 6,
                y,
                f"ZMIANA: zbiórka ekipy zostaje przesunięta z godz. {written(old)} na godz. "
                f"{written(call)}. {g['why']} Pozostałe godziny bez zmian poza podanymi niżej.",
                9.5,
                right - x0 - 12,
                12,
                bold=True,
            )
            y += 12
            rows = [("Zbiórka ekipy", written(call))]
        elif g["form"] == "table":
            c.text(x0, y, "ZMIANY W STOSUNKU DO WERSJI 1:", 9.5, bold=True)
            y = head_table(
                c,
                x0,
                y + 14,
                ["POZYCJA", "BYŁO (wersja 1)", "JEST (wersja 2)"],
                [0, 170, 330],
                [
                    ("Zbiórka ekipy", written(old), written(call)),
                    (
                        "Obiad",
                        written(add_minutes(old, g["lunch"])),
                        written(add_minutes(call, g["lunch"])),
                    ),
                    ("Kolejność scen", g["old_order"], g["new_order"]),
                ],
                right,
                size=8.5,
                lead=14,
                ruled=True,
            )
            y += 4
            rows = [("Zbiórka ekipy", written(call))]
        else:
            # HARD: the grid keeps the old call struck through beside the new one
            c.text(x0, y, "Zbiórka ekipy:", 11, bold=True)
            w = struck(c, x0 + 100, y, written(old), 11)
            c.text(x0 + 110 + w, y, f"→ {written(call)}  (zmiana!)", 11, bold=True)
            y += 18
            rows = []
        rows += [
            ("Zbiórka produkcji", written(add_minutes(call, -45))),
            ("Obiad", written(add_minutes(call, g["lunch"]))),
            ("Zakończenie", written(add_minutes(call, g["wrap"]))),
            ("Wschód / zachód słońca", f"{written(rise)} / {written(fall)}"),
            ("Miejsce zdjęć", f"{p.name}, {p.street}, {p.city}"),
            ("Obiekt", g["set"]),
            ("Baza / parking", f"{p.base_street}, {p.base_city}"),
            ("Szpital", f"{p.hospital}, {p.hospital_street}, {p.hospital_city}"),
            ("Tel. szpital", p.hospital_phone),
        ]
        y = label_rows(c, x0, y, right, rows, 9, 130, 14, suffix=":", rule_drop=4)
        y += 8
        y = _table(
            c,
            x0,
            y,
            ["SC.", "OPIS", "P/N", "OBSADA"],
            [0, 34, 360, 400],
            g["scenes"],
            right,
        )
        y = _table(
            c,
            x0,
            y + 2,
            ["AKTOR", "POSTAĆ", "CHARAKTERYZACJA", "NA PLANIE"],
            [0, 150, 280, 400],
            cast_times(g["cast"], call, written, [-60, 0]),
            right,
        )
        titled_notes(c, x0, y + 4, "UWAGI", 8.5, g["notes"], 8, right - x0, 11)
        _footer(c, f"Wersja {g['ver']} zastępuje wszystkie poprzednie  ·  {g['sent']}")
        return c.output()

    return _sheet(
        f"rev_{key}",
        "pl_revision",
        "Polish revised plan, A4: a black band 'PLAN ZDJĘCIOWY - WERSJA n / ZMIANA', title and "
        "date; the change stated in a shaded sentence ('przesunięta z ... na ...'), a BYŁO / JEST "
        "table or the old call struck beside the new; ruled label rows of the day's times, "
        "place, base and hospital; scenes, cast; notes",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _revision_sheets() -> list[Sheet]:
    return [
        _revision(
            "kazimierz",
            "Malarka",
            D(2026, 5, 6),
            "08:30",
            {
                "font": "sans",
                "time_style": "pl",
                "date_style": "pl_long",
                "company": "Lubelska Wytwórnia Filmowa",
                "ver": "2",
                "form": "sentence",
                "old_call": "07:00",
                "why": "Powód: zgoda konserwatora na zajęcie rynku dopiero od 8:00.",
                "day_no": "6 / 24",
                "lunch": 300,
                "wrap": 600,
                "set": "rynek i kamienica Przybyłów",
                "scenes": [
                    ("15", "PL. RYNEK - Hanna maluje przy studni", "D", "1, 2"),
                    ("16", "PL. KAMIENICA PRZYBYŁÓW - spotkanie", "D", "1, 3"),
                ],
                "cast": [("Magdalena Cielecka", "HANNA", 0), ("Bartosz Bielenia", "FELEK", 45)],
                "notes": [
                    "Rynek otwarty dla turystów: blokujemy tylko kadr, przejście od ul. "
                    "Senatorskiej wolne.",
                ],
                "sent": "wysłano 05.05.2026, 22:10",
            },
        ),
        _revision(
            "zywiec",
            "Browarnik",
            D(2026, 5, 13),
            "06:00",
            {
                "font": "helvetica",
                "time_style": "pl_dot",
                "date_style": "pl_roman",
                "company": "Beskidzka Fabryka Obrazu",
                "ver": "2",
                "form": "table",
                "old_call": "07:30",
                "old_order": "21, 22, 24",
                "new_order": "24, 21, 22",
                "day_no": "11 / 30",
                "lunch": 330,
                "wrap": 630,
                "set": "dziedziniec arkadowy Starego Zamku",
                "scenes": [
                    ("24", "PL. DZIEDZINIEC - świt, wóz z beczkami", "D", "1, 4"),
                    ("21", "WN. SALA ZAMKOWA - kontrakt", "D", "1, 2"),
                    ("22", "PL. ARKADY - kłótnia", "D", "2, 3"),
                ],
                "cast": [
                    ("Borys Szyc", "BROWARNIK", 0),
                    ("Aleksandra Konieczna", "ARCYKSIĘŻNA", 60),
                    ("Łukasz Simlat", "ZARZĄDCA", 30),
                ],
                "notes": [
                    "Sc. 24 przeniesiona na początek dnia (świt). Konie z zaprzęgiem na miejscu "
                    "o 5.30, trener: p. Gąsior.",
                ],
                "sent": "wysłano 12.V.2026 o 18.20",
            },
        ),
        _revision(
            "paczkow",
            "Mury",
            D(2026, 5, 20),
            "07:45",
            {
                "font": "sans",
                "time_style": "pl",
                "date_style": "pl_num_wd",
                "company": "Opolskie Studio Filmowe",
                "ver": "3",
                "form": "struck",
                "old_call": "07:00",
                "day_no": "4 / 15",
                "lunch": 315,
                "wrap": 600,
                "set": "hala retort i mury obronne przy Baszcie Wrocławskiej",
                "scenes": [
                    ("7", "WN. HALA RETORT - awaria", "D", "1, 2"),
                    ("8", "PL. MURY - pościg", "D", "1, 3, kaskader"),
                ],
                "cast": [("Arkadiusz Jakubik", "INŻYNIER", 0), ("Julia Kijowska", "LENA", 30)],
                "notes": [
                    "Pościg na murach tylko z koordynatorem kaskaderów. Kaski i uprzęże w wozie "
                    "technicznym. Wersja 2 (zbiórka 6:30) również nieaktualna.",
                ],
                "sent": "wysłano 19.05.2026, 21:30",
            },
        ),
    ]


# --- (4) Slovak / Slovenian / Croatian day plans ------------------------------------------------

LANG4 = {
    "sk": {
        "title": "DENNÝ PLÁN NATÁČANIA",
        "date": "Dátum",
        "day": "Natáčací deň",
        "call": "Zraz štábu",
        "mu": "Maskérňa",
        "lunch": "Obed",
        "wrap": "Koniec",
        "sun": "Východ / západ slnka",
        "loc": "MIESTO NATÁČANIA",
        "base": "ZÁKLADŇA / PARKOVANIE",
        "hosp": "NEMOCNICA",
        "scenes": ["OBR.", "POPIS", "I/E", "HERCI"],
        "cast": ["HEREC", "POSTAVA", "MASKA", "NA PLÁNE"],
        "notes": "POZNÁMKY",
    },
    "si": {
        "title": "DNEVNI PLAN SNEMANJA",
        "date": "Datum",
        "day": "Snemalni dan",
        "call": "Zbor ekipe",
        "mu": "Maska",
        "lunch": "Kosilo",
        "wrap": "Konec",
        "sun": "Sončni vzhod / zahod",
        "loc": "LOKACIJA",
        "base": "BAZA / PARKIRANJE",
        "hosp": "BOLNIŠNICA",
        "scenes": ["PRIZ.", "OPIS", "N/Z", "IGRALCI"],
        "cast": ["IGRALEC", "VLOGA", "MASKA", "NA SETU"],
        "notes": "OPOMBE",
    },
    "hr": {
        "title": "DNEVNA ZAPOVIJED - PLAN SNIMANJA",
        "date": "Datum",
        "day": "Snimajući dan",
        "call": "Okupljanje ekipe",
        "mu": "Maska",
        "lunch": "Ručak",
        "wrap": "Kraj",
        "sun": "Izlazak / zalazak sunca",
        "loc": "LOKACIJA",
        "base": "BAZA / PARKIRALIŠTE",
        "hosp": "BOLNICA (HITNA)",
        "scenes": ["SC.", "OPIS", "U/V", "GLUMCI"],
        "cast": ["GLUMAC", "ULOGA", "MASKA", "NA SETU"],
        "notes": "NAPOMENE",
    },
}


def _csee(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)
    written = partial(hm, style=t)
    L = LANG4[g["lang"]]

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=26.0)
        side = 150.0
        fill(c, x0, 26, side, c.pdf.h - 60, 232)
        c.text(x0 + 8, 46, g["company"], 8, bold=True)
        yy = 70.0
        times = [
            (L["date"], day_text(day, g["date_style"])),
            (L["day"], g["day_no"]),
            (L["mu"], written(add_minutes(call, -60))),
            (L["call"], written(call)),
            (L["lunch"], written(add_minutes(call, g["lunch"]))),
            (L["wrap"], written(add_minutes(call, g["wrap"]))),
            (L["sun"], f"{written(rise)} / {written(fall)}"),
        ]
        for lab, val in times:
            c.text(x0 + 8, yy, lab, 7, bold=True)
            big = lab == L["call"]
            fit(c, x0 + 8, yy + (16 if big else 12), val, 15 if big else 9, side - 16, bold=big)
            yy += 34 if big else 28
        c.text(x0 + 8, yy + 6, g["contacts_head"], 7, bold=True)
        yy += 18
        for ln in g["contacts"]:
            fit(c, x0 + 8, yy, ln, 7, side - 16)
            yy += 10
        mx = x0 + side + 14
        c.text(mx, 50, L["title"], 14, bold=True)
        c.text(mx, 72, title.upper(), 18, bold=True)
        c.text(mx, 86, g["credits"], 7.5)
        c.hline(mx, right, 94, 1.0)
        y = 102.0
        blocks = [
            (L["loc"], [p.name, p.street, p.city, g["set"]]),
            (L["base"], [p.base_street, p.base_city]),
        ]
        ruled_cells(c, mx, y, (right - mx) / 2, blocks, 58, 0.6, label_size=7, size=7.6, lead=10.5)
        y += 66
        ruled_cells(
            c,
            mx,
            y,
            right - mx,
            [
                (
                    L["hosp"],
                    [
                        f"{p.hospital}, {p.hospital_street}, {p.hospital_city}, "
                        f"tel. {p.hospital_phone}"
                    ],
                )
            ],
            28,
            0.6,
            label_size=7,
            size=7.6,
        )
        y += 46
        y = _table(c, mx, y, L["scenes"], [0, 30, 250, 290], g["scenes"], right)
        y = _table(
            c,
            mx,
            y + 2,
            L["cast"],
            [0, 120, 230, 310],
            cast_times(g["cast"], call, written, [-60, 0]),
            right,
        )
        titled_notes(c, mx, y + 6, L["notes"], 8.5, g["notes"], 7.8, right - mx, 10.5)
        return c.output()

    return _sheet(
        f"{g['lang']}_{key}",
        "csee_day_plan",
        "Slovak / Slovenian / Croatian day plan, A4 with a shaded left sidebar: date in the "
        "language's form, shooting day, make-up, the crew call large, lunch, wrap and sun, then "
        "contacts; on the right the plan's title in the language, the film, location and base "
        "boxes with the country's postcodes, the hospital, scenes, cast and notes",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _csee_sheets() -> list[Sheet]:
    return [
        _csee(
            "stiavnica",
            "Striebro",
            D(2026, 5, 13),
            "07:00",
            {
                "lang": "sk",
                "font": "sans",
                "time_style": "sk",
                "date_style": "sk_long",
                "company": "ŠTIAVNICA FILM s.r.o.",
                "day_no": "8 / 25",
                "lunch": 330,
                "wrap": 630,
                "contacts_head": "KONTAKTY",
                "contacts": [
                    "Réžia: Martin Šulík",
                    "Produkcia: Zuzana Bieliková",
                    "0905 412 377",
                    "Asist. réžie: Peter Kováč",
                    "0911 208 654",
                ],
                "credits": "Réžia: Martin Šulík  ·  Kamera: Martin Štrba",
                "set": "nádvorie a renesančné bašty",
                "scenes": [
                    ("18", "EXT. NÁDVORIE - príchod banských úradníkov", "E", "1, 2, 5"),
                    ("19", "INT. ZBROJNICA - Ondrej a Mária", "I", "1, 3"),
                ],
                "cast": [
                    ("Milan Ondrík", "ONDREJ", 0),
                    ("Zuzana Fialová", "MÁRIA", 45),
                    ("Ady Hajdu", "KOMORSKÝ GRÓF", 90),
                ],
                "notes": [
                    "Múzeum otvorené pre návštevníkov od 10:00: hlavnú bránu nechávame voľnú. "
                    "Statisti (20) majú zraz v základni o 7:30 h.",
                ],
            },
        ),
        _csee(
            "ptuj",
            "Grajska gospa",
            D(2026, 5, 14),
            "08:00",
            {
                "lang": "si",
                "font": "helvetica",
                "time_style": "si",
                "date_style": "si_num",
                "company": "DRAVA FILM d.o.o.",
                "day_no": "4 / 19",
                "lunch": 300,
                "wrap": 600,
                "contacts_head": "KONTAKTI",
                "contacts": [
                    "Režija: Urša Menart",
                    "Producentka: Ida Weiss",
                    "041 338 902",
                    "Asist. režije: Gal Vovk",
                    "031 774 215",
                ],
                "credits": "Režija: Urša Menart  ·  Direktor fotografije: Rok Kajzer",
                "set": "viteška dvorana in grajsko dvorišče",
                "scenes": [
                    ("11", "NOTR. VITEŠKA DVORANA - pogajanja", "N", "1, 2"),
                    ("12", "ZUN. DVORIŠČE - odhod kočije", "Z", "1, 2, 4"),
                ],
                "cast": [
                    ("Maša Derganc", "GROFICA", 0),
                    ("Jurij Drevenšek", "OSKRBNIK", 30),
                ],
                "notes": [
                    "Pokrajinski muzej Ptuj-Ormož: v zbirkah ni hrane ali pijače. Dostop s "
                    "tovornjaki samo po Grajski ulici do 7.30.",
                ],
            },
        ),
        _csee(
            "varazdin",
            "Grofica Erdődy",
            D(2026, 5, 15),
            "06:30",
            {
                "lang": "hr",
                "font": "sans",
                "time_style": "hr",
                "date_style": "hr_long",
                "company": "DRAVSKI FILM d.o.o.",
                "day_no": "12 / 35",
                "lunch": 330,
                "wrap": 660,
                "contacts_head": "KONTAKTI",
                "contacts": [
                    "Redatelj: Dalibor Matanić",
                    "Producentica: Ivana Ivišić",
                    "091 522 6180",
                    "Pomoćnik redatelja: Tin Horvat",
                    "098 330 417",
                ],
                "credits": "Redatelj: Dalibor Matanić  ·  Snimatelj: Branko Linta",
                "set": "kula stražarnica i opkop",
                "scenes": [
                    ("30", "VANJ. OPKOP - dolazak vojske", "V", "1, 3, stat."),
                    ("31", "UNUT. KULA - grofica piše pismo", "U", "1"),
                ],
                "cast": [
                    ("Alma Prica", "GROFICA", 0),
                    ("Goran Bogdan", "KAPETAN", 60),
                    ("Rakan Rushaidat", "PISAR", 90),
                ],
                # HARD: the castle's opening hours and the extras' earlier call are in the notes
                "notes": [
                    "Gradski muzej otvoren od 9:00 h. Statisti (vojnici, 30) okupljanje u "
                    "5:30 h u bazi radi kostima i maske; konji na lokaciji u 6:00 h.",
                ],
            },
        ),
    ]


# --- (5) Serbian (Latin) and Bulgarian (Cyrillic) plans in landscape ----------------------------

LANG5 = {
    "rs": {
        "title": "PLAN SNIMANJA",
        "date": "Datum snimanja",
        "day": "Snimajući dan",
        "call": "Poziv ekipe",
        "mu": "Šminka i kostim",
        "lunch": "Ručak",
        "wrap": "Kraj snimanja",
        "sun": "Izlazak / zalazak sunca",
        "loc": "Lokacija",
        "base": "Baza / parking",
        "hosp": "Najbliža bolnica",
        "sched": ["VREME", "AKTIVNOST"],
        "scenes": ["SC.", "OPIS", "E/I", "D/N", "GLUMCI"],
    },
    "bg": {
        "title": "ПЛАН ЗА СНИМАНЕ",
        "date": "Дата на снимане",
        "day": "Снимачен ден",
        "call": "Сбор на екипа",
        "mu": "Грим и костюми",
        "lunch": "Обяд",
        "wrap": "Край на снимачния ден",
        "sun": "Изгрев / залез",
        "loc": "Локация",
        "base": "База / паркинг",
        "hosp": "Болница",
        "sched": ["ЧАС", "ДЕЙНОСТ"],
        "scenes": ["СЦ.", "ОПИСАНИЕ", "ЕКС/ИНТ", "Д/Н", "АКТЬОРИ"],
    },
}


def _balkan(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)
    written = partial(hm, style=t)
    L = LANG5[g["lang"]]

    def make() -> bytes:
        c, x0, right = page("A4", "sans", margin=28.0, orientation="L")
        c.text(x0, 40, g["company"], 9, bold=True)
        c.right(right, 40, f"{L['title']}  №{g['n']}", 13, bold=True)
        c.text(x0, 64, title, 20, bold=True)
        c.right(right, 64, day_text(day, g["date_style"]), 11, bold=True)
        c.hline(x0, right, 72, 1.2)
        colw = (right - x0 - 24) / 3
        # column 1: the day's facts
        rows = [
            (L["date"], day_text(day, g["date_style"])),
            (L["day"], g["day_no"]),
            (L["call"], written(call)),
            (L["lunch"], written(add_minutes(call, g["lunch"]))),
            (L["wrap"], written(add_minutes(call, g["wrap"]))),
            (L["sun"], f"{written(rise)} / {written(fall)}"),
        ]
        label_rows(c, x0, 92, x0 + colw, rows, 8.5, 118, 15, rule_drop=4)
        # column 2: places
        x2 = x0 + colw + 12
        y = 92.0
        for head, lines in [
            (L["loc"], [p.name, p.street, p.city, g["set"]]),
            (L["base"], [p.base_street, p.base_city]),
            (L["hosp"], hospital_lines(p)),
        ]:
            c.text(x2, y, head, 8.5, bold=True)
            y += 11
            for ln in lines:
                fit(c, x2, y, ln, 8, colw)
                y += 10
            y += 6
        # column 3: the running order of the day
        x3 = x2 + colw + 12
        head_table(
            c,
            x3,
            92,
            L["sched"],
            [0, 50],
            timed_rows(g["schedule"], call, written),
            right,
            size=8,
            lead=13,
        )
        y = max(y, 250.0)
        _table(c, x0, y, L["scenes"], [0, 36, 420, 480, 530], g["scenes"], right)
        grey_text(c, x0, c.pdf.h - 22, g["footer"], 7.5)
        return c.output()

    return _sheet(
        f"{g['lang']}_{key}",
        "balkan_landscape",
        "Serbian (Latin) or Bulgarian (Cyrillic) plan, A4 landscape: company, the plan's title "
        "and number, the film and date; three columns: the day's facts as ruled label rows "
        "(date, day, crew call, lunch, wrap, sun), the location, base and hospital, and a "
        "timed running order of the day that opens with make-up before the call; scenes below",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _balkan_sheets() -> list[Sheet]:
    return [
        _balkan(
            "tvrdjava",
            "Sat na tvrđavi",
            D(2026, 5, 12),
            "07:30",
            {
                "lang": "rs",
                "time_style": "rs",
                "date_style": "rs_num",
                "company": "DUNAV FILM d.o.o. Novi Sad",
                "n": "7",
                "day_no": "7/28",
                "lunch": 330,
                "wrap": 630,
                "set": "sat (sahat-kula) i Gornji plato",
                "schedule": [
                    (-60, "Šminka i kostim (glumci 1, 2)"),
                    (0, "Poziv ekipe - Gornji plato"),
                    (45, "Prvi kadar, sc. 14"),
                    (330, "Ručak (baza)"),
                    (630, "Kraj snimanja"),
                ],
                "scenes": [
                    ("14", "EXT. SAHAT-KULA - Mila čeka", "E", "D", "1"),
                    ("15", "EXT. GORNJI PLATO - susret", "E", "D", "1, 2"),
                ],
                "footer": "Kontakt: pomoćnik reditelja Nikola Ilić, 063 412 885",
            },
        ),
        _balkan(
            "subotica",
            "Secesija",
            D(2026, 5, 20),
            "08:00",
            {
                "lang": "rs",
                "time_style": "rs",
                "date_style": "rs_long",
                "company": "PALIĆ PRODUKCIJA",
                "n": "3",
                "day_no": "3/16",
                "lunch": 300,
                "wrap": 600,
                "set": "Velika većnica i stepenište",
                "schedule": [
                    (-75, "Šminka - baza kod Sinagoge"),
                    (0, "Poziv ekipe - Gradska kuća, ulaz sa Trga slobode"),
                    (60, "Prvi kadar"),
                    (300, "Ručak"),
                    (600, "Kraj snimanja"),
                ],
                "scenes": [
                    ("5", "INT. VELIKA VEĆNICA - sednica", "I", "D", "1, 2, 3"),
                    ("6", "INT. STEPENIŠTE - Ilona silazi", "I", "D", "2"),
                ],
                "footer": "Kontakt: Jelena Kovač, 064 208 119  ·  Plan poslat 19. 5. 2026.",
            },
        ),
        _balkan(
            "plovdiv",
            "Тримонциум",
            D(2026, 5, 26),
            "06:30",
            {
                "lang": "bg",
                "time_style": "bg",
                "date_style": "bg_num",
                "company": "ФИЛМОВА КЪЩА „МАРИЦА“ ЕООД",
                "n": "9",
                "day_no": "9/30",
                "lunch": 360,
                "wrap": 660,
                "set": "сцената и горните редове",
                # HARD: the schedule opens with the horses and extras an hour before the call
                "schedule": [
                    (-90, "Коне и каскадьори на локация"),
                    (-60, "Грим и костюми - статисти (40)"),
                    (0, "Сбор на екипа - Античен театър"),
                    (60, "Първи кадър, сц. 22"),
                    (360, "Обяд"),
                    (660, "Край на снимачния ден"),
                ],
                "scenes": [
                    ("22", "ЕКС. ТЕАТЪР - гладиаторите излизат", "ЕКС", "Д", "1, 2, 4"),
                    ("23", "ЕКС. ГОРНИ РЕДОВЕ - императорът", "ЕКС", "Д", "3"),
                ],
                "footer": "Асистент-режисьор: Петър Георгиев, 0888 412 377",
            },
        ),
    ]


# --- (6) English co-production template, local words in brackets, a column of times -----------


def _coprod(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)
    written = partial(hm, style=t)
    b = g["br"]

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=30.0)
        c.text(x0, 38, g["company"], 10, bold=True)
        grey_text(c, x0, 48, g["partners"], 7)
        c.right(right, 38, f"CALL SHEET ({b['cs']})", 13, bold=True)
        c.right(right, 50, f"Day {g['day_no']}", 8)
        c.hline(x0, right, 56, 0.8)
        centre(c, 80, title.upper(), 18)
        centre(c, 95, f"{day_text(day, g['date_style'])} ({g['local_date']})", 10, bold=False)
        # the column of the day's times, the crew call one of them
        y = 114.0
        c.text(x0, y, f"TIMES ({b['times']})", 8.5, bold=True)
        y += 6
        rows = [(f"{lab} ({loc})", written(add_minutes(call, off))) for lab, loc, off in g["times"]]
        rows.append((f"Sunrise / Sunset ({b['sun']})", f"{written(rise)} / {written(fall)}"))
        for lab, val in rows:
            y += 14
            c.text(x0, y, lab, 8.5)
            c.right(x0 + 250, y, val, 9, bold=lab.startswith("Crew call"))
            c.hline(x0, x0 + 250, y + 3.5, 0.2)
        # places on the right
        xr = x0 + 270
        yy = 114.0
        for head, lines in [
            (f"LOCATION ({b['loc']})", [p.name, p.street, p.city, g["set"]]),
            (f"UNIT BASE ({b['base']})", [p.base_street, p.base_city]),
            (f"HOSPITAL ({b['hosp']})", hospital_lines(p)),
        ]:
            c.text(xr, yy, head, 8.5, bold=True)
            yy += 11
            for ln in lines:
                fit(c, xr, yy, ln, 8, right - xr)
                yy += 10
            yy += 6
        y = max(y, yy) + 16
        y = _table(
            c,
            x0,
            y,
            ["SC", "SET / DESCRIPTION", "D/N", "PGS", "CAST"],
            [0, 30, 330, 370, 420],
            g["scenes"],
            right,
        )
        y = _table(
            c,
            x0,
            y + 2,
            ["CAST", "CHARACTER", "PICK-UP", "HMU", "ON SET"],
            [0, 130, 260, 340, 420],
            cast_times(g["cast"], call, written, [-90, -75, 0]),
            right,
        )
        titled_notes(c, x0, y + 4, f"NOTES ({b['notes']})", 8.5, g["notes"], 7.8, right - x0, 10.5)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"coprod_{key}",
        "coprod_bilingual",
        "Central / Northern European co-production sheet in English with the local words in "
        "brackets, A4: company and partners, 'CALL SHEET (local)', title, date with the local "
        "date beside it; a ruled column of times (rigging pre-call, hair & make-up, crew call, "
        "first shot, lunch, wrap, sun) of which one is the crew call; LOCATION / UNIT BASE / "
        "HOSPITAL stacked on the right; scenes, cast, notes",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _coprod_sheets() -> list[Sheet]:
    return [
        _coprod(
            "parnu",
            "White Nights of Pärnu",
            D(2026, 6, 2),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "en",
                "date_style": "en_long",
                "local_date": "teisipäev, 2. juuni 2026",
                "company": "LÄÄNEMERI FILMS OÜ",
                "partners": "An Estonian-Finnish-Latvian co-production  ·  Rüütli 21, 80010 Pärnu",
                "br": {
                    "cs": "võttepäeva plaan",
                    "times": "ajad",
                    "sun": "päikesetõus / -loojang",
                    "loc": "võttepaik",
                    "base": "baas",
                    "hosp": "haigla",
                    "notes": "märkused",
                },
                "day_no": "6 of 24",
                "times": [
                    ("Rigging unit pre-call", "riggimine", -90),
                    ("Hair & make-up call", "grimm", -60),
                    ("Crew call", "võttegrupi kogunemine", 0),
                    ("First shot", "esimene kaader", 60),
                    ("Lunch", "lõuna", 330),
                    ("Est. wrap", "lõpp", 630),
                ],
                "set": "the veranda and the beach in front of it",
                "scenes": [
                    ("20", "EXT. BEACH - Kaisa swims at dawn", "D", "1 2/8", "1"),
                    ("21", "INT. RANNAHOONE VERANDA - the wedding toast", "D", "2 4/8", "1, 2, 3"),
                ],
                "cast": [
                    ("Ester Kuntu", "KAISA", 0),
                    ("Mikko Kouki", "JUHANI", 30),
                    ("Gatis Gāga", "ANDRIS", 60),
                ],
                "notes": [
                    "The beach is public: security at both ends of the set. Wetsuit and robes "
                    "for Ester in the costume van.",
                ],
                "footer": "White Nights of Pärnu  ·  Läänemeri Films  ·  Day 6",
            },
        ),
        _coprod(
            "piran",
            "The Salt Pans",
            D(2026, 6, 9),
            "06:00",
            {
                "font": "sans",
                "time_style": "en",
                "date_style": "en_iso",
                "local_date": "torek, 9. 6. 2026",
                "company": "ADRIA NORTH PICTURES",
                "partners": "Slovenian-Austrian-Italian co-production  ·  "
                "Tartinijev trg 7, 6330 Piran",
                "br": {
                    "cs": "dnevni plan snemanja",
                    "times": "časi",
                    "sun": "sončni vzhod / zahod",
                    "loc": "lokacija",
                    "base": "baza",
                    "hosp": "bolnišnica",
                    "notes": "opombe",
                },
                "day_no": "11 of 32",
                # HARD: the make-up call and the rigging pre-call both sit above the crew call,
                # and the 'Unit move' time is below it
                "times": [
                    ("Rigging unit pre-call", "predklic tehnike", -120),
                    ("Hair & make-up call", "maska", -75),
                    ("Crew call", "zbor ekipe", 0),
                    ("First shot", "prvi kader", 45),
                    ("Unit move to Tartinijev trg", "selitev", 240),
                    ("Lunch", "kosilo", 330),
                    ("Est. wrap", "konec", 660),
                ],
                "set": "the bell tower terrace and the church steps",
                "scenes": [
                    ("33", "EXT. BELL TOWER TERRACE - Nina looks out to sea", "D", "1", "1"),
                    ("34", "EXT. CHURCH STEPS - the procession", "D", "1 4/8", "1, 2, SA"),
                ],
                "cast": [
                    ("Nataša Barbara Gračner", "NINA", 0),
                    ("Tobias Moretti", "FRANZ", 45),
                ],
                "notes": [
                    "No vehicles in the old town: kit by electric cart from Fornače garage "
                    "from 0430. Mass at 0900 on Sunday only - no impact today.",
                ],
                "footer": "The Salt Pans  ·  Adria North Pictures  ·  Day 11",
            },
        ),
        _coprod(
            "barbora",
            "The Silver Town",
            D(2026, 6, 16),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "en",
                "date_style": "en_long",
                "local_date": "úterý 16. června 2026",
                "company": "BOHEMIA GATE FILMS s.r.o.",
                "partners": "Czech-German co-production  ·  Palackého nám. 377, 284 01 Kutná Hora",
                "br": {
                    "cs": "denní plán natáčení",
                    "times": "časy",
                    "sun": "východ / západ slunce",
                    "loc": "místo natáčení",
                    "base": "základna",
                    "hosp": "nemocnice",
                    "notes": "poznámky",
                },
                "day_no": "15 of 38",
                "times": [
                    ("Rigging unit pre-call", "příprava techniky", -90),
                    ("Hair & make-up call", "maskérna", -60),
                    ("Crew call", "sraz štábu", 0),
                    ("First shot", "první záběr", 60),
                    ("Lunch", "oběd", 300),
                    ("Est. wrap", "konec", 630),
                ],
                "set": "the nave and the ambulatory",
                "scenes": [
                    ("47", "INT. ST BARBARA NAVE - the miners' guild oath", "D", "2", "1, 2, 3"),
                    ("48", "INT. AMBULATORY - Jakub hides the ledger", "D", "6/8", "2"),
                ],
                "cast": [
                    ("Jiří Mádl", "JAKUB", 0),
                    ("Anna Geislerová", "MARKÉTA", 30),
                    ("August Diehl", "THE ASSAYER", 90),
                ],
                "notes": [
                    "Church closed to visitors until 1300. Soft shoes only on the floor; no "
                    "gaffer tape on the pews.",
                ],
                "footer": "The Silver Town  ·  Bohemia Gate Films  ·  Day 15",
            },
        ),
    ]


# --- near misses -------------------------------------------------------------------------------


def _pilgrimage() -> bytes:
    c, x0, right = page("A4", "serif", margin=50.0)
    centre(c, 56, "Parafia Rzymskokatolicka pw. Narodzenia NMP w Żywcu", 11)
    centre(
        c, 70, "ul. Zamkowa 1, 34-300 Żywiec  ·  kancelaria czynna pn-pt 9:00-11:00", 8, bold=False
    )
    c.hline(x0, right, 78, 0.6)
    centre(c, 104, "PIELGRZYMKA PARAFIALNA DO CZĘSTOCHOWY", 15)
    centre(c, 122, "sobota, 30 maja 2026", 11, bold=False)
    y = 150.0
    rows = [
        ("Zbiórka", "6:00 - parking przy kościele, ul. Zamkowa (prosimy o punktualność)"),
        (
            "Wyjazd",
            "6:15 - dwa autokary (Autokar 1: grupa różańcowa, Autokar 2: schola i młodzież)",
        ),
        ("Przyjazd", "ok. 9:30 - Jasna Góra, parking przy ul. 7 Kamienic"),
        ("Msza św.", "11:00 - Kaplica Matki Bożej (intencje zbieramy w autokarze)"),
        ("Obiad", "13:00 - Dom Pielgrzyma, ul. Wyszyńskiego 1/31, 42-225 Częstochowa"),
        ("Droga Krzyżowa", "15:00 - na Wałach Jasnogórskich"),
        ("Powrót", "wyjazd 17:30, przyjazd do Żywca ok. 21:00"),
    ]
    y = label_rows(c, x0, y, right, rows, 10, 110, 18, suffix=":", rule_drop=5)
    y += 10
    y = titled_notes(
        c,
        x0,
        y,
        "Informacje",
        11,
        [
            "Koszt: 110 zł (przejazd, obiad, ubezpieczenie). Zapisy w zakrystii po każdej Mszy św. "
            "do 24 maja. Prosimy zabrać dowód osobisty, wygodne obuwie, parasol i śpiewniki.",
            "Osoby starsze i chore: w razie potrzeby najbliższy szpital w Częstochowie - "
            "Miejski Szpital Zespolony, ul. Mirowska 15. Opiekun medyczny w Autokarze 1.",
            "Kierownik pielgrzymki: ks. Grzegorz Madej, tel. 604 118 273. Przewodnik: p. Anna "
            "Jurczak (Autokar 2).",
        ],
        10,
        right - x0,
        14,
    )
    c.text(x0, y + 20, "Szczęść Boże!  ·  ks. proboszcz", 10)
    return c.output()


def _fire_drill() -> bytes:
    c, x0, right = page("A4", "sans", margin=40.0)
    c.text(x0, 44, "OCHOTNICZA STRAŻ POŻARNA w Reszlu", 11, bold=True)
    c.text(x0, 56, "ul. Kolejowa 6, 11-440 Reszel  ·  KSRG", 8)
    c.right(right, 44, "Reszel, dnia 20.04.2026 r.", 9)
    centre(c, 90, "ROZKAZ NR 4/2026", 14)
    centre(c, 106, "w sprawie ćwiczeń gminnych jednostek OSP", 10, bold=False)
    y = 134.0
    rows = [
        ("Data ćwiczeń", "sobota, 25.04.2026"),
        ("Zbiórka druhów", "7:30 - remiza OSP Reszel, umundurowanie bojowe"),
        ("Wyjazd", "8:00 - GBA 2,5/16 i GLBA, kolumna"),
        ("Miejsce ćwiczeń", "Zamek Reszel, ul. Podzamcze 3 (ewakuacja z wieży, podawanie wody)"),
        ("Rozpoczęcie", "9:00 - zgłoszenie do KDR"),
        ("Posiłek", "13:00 - świetlica wiejska"),
        ("Zakończenie", "ok. 15:00, omówienie w remizie"),
        ("Wschód / zachód słońca", "5:12 / 19:56"),
        ("Zabezpieczenie medyczne", "ZRM Kętrzyn; SOR - ZOZ Kętrzyn, ul. M. C. Skłodowskiej 2"),
    ]
    y = label_rows(c, x0, y, right, rows, 9, 140, 16, suffix=":", rule_drop=4)
    y += 10
    y = head_table(
        c,
        x0,
        y,
        ["JEDNOSTKA", "SAMOCHÓD", "DOWÓDCA", "STAN", "ZBIÓRKA"],
        [0, 130, 230, 350, 420],
        [
            ("OSP Reszel", "GBA 2,5/16", "dh Marek Sowa", "6", "7:30"),
            ("OSP Święta Lipka", "GLBA", "dh Tomasz Rydz", "5", "7:15"),
            ("OSP Robawy", "GLM", "dh Józef Kania", "4", "7:00"),
        ],
        right,
        size=8.5,
        lead=14,
        ruled=True,
    )
    y = titled_notes(
        c,
        x0,
        y + 6,
        "Uwagi",
        10,
        [
            "Ćwiczenia mogą być nagrywane przez Starostwo Powiatowe na potrzeby materiału "
            "szkoleniowego. Obecność obowiązkowa; nieobecność zgłosić naczelnikowi do 23.04.",
        ],
        9,
        right - x0,
        13,
    )
    c.text(x0 + 300, y + 40, "Naczelnik OSP", 9)
    c.text(x0 + 300, y + 54, "dh Andrzej Wilk", 9, bold=True)
    return c.output()


def _integration_trip() -> bytes:
    c, x0, right = page("A4", "sans", margin=40.0, orientation="L")
    fill(c, 0, 0, c.width, 58, 30)
    c.pdf.set_text_color(255, 255, 255)
    c.text(x0, 36, "WYJAZD INTEGRACYJNY 2026  ·  Bieszczady / Sanok", 16, bold=True)
    c.right(right, 36, "Kodeks Software sp. z o.o.", 10)
    c.pdf.set_text_color(0, 0, 0)
    c.text(
        x0,
        82,
        "HARMONOGRAM - dzień 1: piątek, 12 czerwca 2026  ·  dzień 2: sobota, 13 czerwca",
        11,
        bold=True,
    )
    y = head_table(
        c,
        x0,
        106,
        ["GODZ.", "DZIEŃ 1 (piątek)", "MIEJSCE"],
        [0, 60, 420],
        [
            (
                "7:00",
                "Zbiórka uczestników, rozdanie identyfikatorów",
                "parking biura, ul. Hetmańska 40, Rzeszów",
            ),
            ("7:30", "Wyjazd autokarem", "-"),
            ("10:00", "Zwiedzanie z przewodnikiem", "Skansen, ul. Rybickiego 3, 38-500 Sanok"),
            ("13:00", "Obiad", "Karczma, Sanok"),
            ("15:00", "Warsztaty: nagrywamy firmowy filmik telefonem", "Arena Sanok"),
            ("19:00", "Kolacja i ognisko", "Hotel, Polańczyk"),
        ],
        right,
        size=8.5,
        lead=15,
    )
    y = head_table(
        c,
        x0,
        y + 8,
        ["GODZ.", "DZIEŃ 2 (sobota)", "MIEJSCE"],
        [0, 60, 420],
        [
            ("8:00", "Śniadanie", "Hotel"),
            ("9:30", "Spływ / rejs po Solinie", "przystań Polańczyk"),
            ("13:30", "Obiad", "Hotel"),
            ("15:00", "Wyjazd do Rzeszowa", "-"),
            ("18:00", "Planowany powrót", "parking biura"),
        ],
        right,
        size=8.5,
        lead=15,
    )
    paragraphs(
        c,
        x0,
        y + 16,
        [
            "Koordynator wyjazdu: Ewelina Zając (HR), tel. 512 330 411. Autokar: PKS Sanok, "
            "kierowca p. Marek. Zabierz: dowód, strój sportowy, kurtkę przeciwdeszczową.",
            "Wschód słońca w sobotę 4:24 - dla chętnych poranny spacer z fotografem. Lista "
            "pokoi w załączniku. Wyjazd finansowany z ZFŚS.",
        ],
        9,
        right - x0,
        13,
    )
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "near_miss_pilgrimage_programme",
            "near_miss",
            "a Polish parish pilgrimage programme, A4 serif: the parish and its address, "
            "'PIELGRZYMKA PARAFIALNA DO CZĘSTOCHOWY' and the date, ruled rows of Zbiórka 6:00 "
            "at the church's car park, departure, Mass, lunch (an address), the Way of the "
            "Cross and return; cost, a hospital, the leader's phone",
            _pilgrimage,
            OTHER,
        ),
        _sheet(
            "near_miss_fire_brigade_exercise",
            "near_miss",
            "a Polish volunteer fire brigade (OSP) exercise order, A4: the unit's letterhead, "
            "'ROZKAZ NR 4/2026', the exercise date, 'Zbiórka druhów 7:30', departure, the "
            "exercise place (a castle's street address), meal, end, sunrise / sunset, the "
            "nearest emergency department; a table of units with their muster times; "
            "a note that the exercise may be filmed",
            _fire_drill,
            OTHER,
        ),
        _sheet(
            "near_miss_integration_trip",
            "near_miss",
            "a company integration trip plan (wyjazd integracyjny), A4 landscape: a dark band, "
            "two day tables of times, activities and places (the 7:00 gathering at the office "
            "car park, a museum's street address, a phone-video workshop), the coordinator and "
            "a sunrise time",
            _integration_trip,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_dpp_sheets(),
        *_typed_sheets(),
        *_revision_sheets(),
        *_csee_sheets(),
        *_balkan_sheets(),
        *_coprod_sheets(),
        *_other_sheets(),
    ]
