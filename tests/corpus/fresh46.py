"""Forty-seventh held-out set: six kinds of call sheet from the UK, Ireland and Poland in layouts
the corpus does not have yet, in towns not yet in the corpus (`fresh46_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh46"). Polish film-school etiuda plans on landscape A4 from Łowicz,
Piotrków Trybunalski and Nysa (school lines top left, a boxed panel at the right with DATA,
ZBIÓRKA, MIEJSCE and the hospital, a GODZ. / CO / KTO timeline under it); Polish-English
commercial call sheets from Mikołajki, Ostróda and Oleśnica (a band, four cards in a row DATA /
DATE, CREW CALL, LOKACJA / LOCATION, SZPITAL / HOSPITAL, a time-first TIMING list in mixed
Polish and English, dates like "19.XI.2026"); UK continuing-drama location days from
Macclesfield, Llanelli and Merthyr Tydfil (serial masthead, block and episodes, a LOCATION CALL
SHEET bar, the unit call in a tinted column beside scene strips with story days); Northern Irish
drama sheets from Lisburn, Newry and Portrush (a row of four boxes UNIT CALL / BREAKFAST / ON
SET / EST. WRAP, UNIT BASE and LOCATION side by side, a separate framed UNIT HOSPITAL block with
directions); Scottish low-budget shorts typed in Word from Peebles, Pitlochry and Motherwell (a
borderless label table in capitals, a numbered TODAY'S PLAN, WHO'S WHO); Irish landscape
two-panel sheets from Naas, Nenagh and Portlaoise (a logistics panel at the left, the schedule
and cast at the right). Three near misses, all `other`: a UK sound report, a Polish script
supervisor's continuity report and an Irish production purchase order.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from tests.corpus.draw import Canvas, black, centre, grey
from tests.corpus.formats import add_minutes, ordinal
from tests.corpus.fresh_common import (
    cast_times,
    clock,
    crew_times,
    date_or,
    expect,
    fill,
    grey_text,
    head_table,
    label_grid,
    page,
    paragraph,
    paragraphs,
    sheet_basics,
    sheet_maker,
    time_or,
)
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, cell, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # (1) Polish film-school etiudy, landscape: Łowicz, Piotrków Trybunalski, Nysa
    "lowicz": _p(
        "pl",
        "Muzeum w Łowiczu",
        "Stary Rynek 5/7",
        "99-400 Łowicz",
        52.1066,
        19.9437,
        "Europe/Warsaw",
        "Szpital Zespołu Opieki Zdrowotnej w Łowiczu",
        "ul. Ułańska 28",
        "99-400 Łowicz",
        "46 837 40 21",
        "Parking przy ul. Podrzecznej",
        "99-400 Łowicz",
    ),
    "piotrkow": _p(
        "pl",
        "Zamek Królewski w Piotrkowie",
        "Plac Zamkowy 4",
        "97-300 Piotrków Trybunalski",
        51.4063,
        19.6924,
        "Europe/Warsaw",
        "Szpital Wojewódzki im. Mikołaja Kopernika",
        "ul. Rakowska 15",
        "97-300 Piotrków Trybunalski",
        "44 648 03 00",
        "Parking przy ul. Zamurowej",
        "97-300 Piotrków Trybunalski",
    ),
    "nysa": _p(
        "pl",
        "Bazylika św. Jakuba i św. Agnieszki",
        "Plac Katedralny 7",
        "48-300 Nysa",
        50.4738,
        17.3337,
        "Europe/Warsaw",
        "Szpital Powiatowy w Nysie",
        "ul. Bohaterów Warszawy 34",
        "48-300 Nysa",
        "77 40 87 800",
        "Parking przy ul. Piastowskiej",
        "48-300 Nysa",
    ),
    # (2) Polish-English commercials: Mikołajki, Ostróda, Oleśnica
    "mikolajki": _p(
        "pl",
        "Hotel Gołębiewski Mikołajki",
        "Aleja Spacerowa 1",
        "11-730 Mikołajki",
        53.7980,
        21.5620,
        "Europe/Warsaw",
        "Szpital Powiatowy w Mrągowie",
        "ul. Wolności 12",
        "11-700 Mrągowo",
        "89 741 22 31",
        "Parking P2 hotelu, Aleja Spacerowa",
        "11-730 Mikołajki",
    ),
    "ostroda": _p(
        "pl",
        "Zamek w Ostródzie",
        "ul. Mickiewicza 22",
        "14-100 Ostróda",
        53.6965,
        19.9610,
        "Europe/Warsaw",
        "Szpital w Ostródzie S.A.",
        "ul. Władysława Jagiełły 1",
        "14-100 Ostróda",
        "89 646 06 00",
        "Parking przy ul. Mickiewicza (bulwar)",
        "14-100 Ostróda",
    ),
    "olesnica": _p(
        "pl",
        "Zamek Książąt Oleśnickich",
        "ul. Zamkowa 4",
        "56-400 Oleśnica",
        51.2105,
        17.3830,
        "Europe/Warsaw",
        "Zespół Opieki Zdrowotnej w Oleśnicy",
        "ul. Armii Krajowej 1",
        "56-400 Oleśnica",
        "71 798 25 00",
        "Parking przy Rynku, ul. Bankowa",
        "56-400 Oleśnica",
    ),
    # (3) UK continuing drama, location days: Macclesfield, Llanelli, Merthyr Tydfil
    "paradisemill": _p(
        "uk",
        "Paradise Mill",
        "Park Lane",
        "Macclesfield SK11 6TJ",
        53.2555,
        -2.1280,
        "Europe/London",
        "Macclesfield District General Hospital",
        "Victoria Road",
        "Macclesfield SK10 3BL",
        "01625 421000",
        "Christ Church car park, Great King Street",
        "Macclesfield SK11 6PN",
    ),
    "parchoward": _p(
        "uk",
        "Parc Howard Museum",
        "Felinfoel Road",
        "Llanelli SA15 3LJ",
        51.6960,
        -4.1560,
        "Europe/London",
        "Glangwili General Hospital",
        "Dolgwili Road",
        "Carmarthen SA31 2AF",
        "01267 235151",
        "Parc Howard lower car park, Penyfai Lane",
        "Llanelli SA15 4EN",
    ),
    "cyfarthfa": _p(
        "uk",
        "Cyfarthfa Castle",
        "Brecon Road",
        "Merthyr Tydfil CF47 8RE",
        51.7560,
        -3.3900,
        "Europe/London",
        "Prince Charles Hospital",
        "Gurnos Estate",
        "Merthyr Tydfil CF47 9DT",
        "01685 721721",
        "Cyfarthfa Park overflow car park, Brecon Road",
        "Merthyr Tydfil CF47 8RE",
    ),
    # (4) Northern Irish drama with a unit hospital block: Lisburn, Newry, Portrush
    "laganisland": _p(
        "uk",
        "Island Arts Centre",
        "Lagan Valley Island",
        "Lisburn BT27 4RL",
        54.5140,
        -6.0400,
        "Europe/London",
        "Royal Victoria Hospital",
        "274 Grosvenor Road",
        "Belfast BT12 6BA",
        "028 9024 0503",
        "Lagan Valley LeisurePlex car park, Governors Road",
        "Lisburn BT28 1LP",
    ),
    "newrytownhall": _p(
        "uk",
        "Newry Town Hall",
        "Bank Parade",
        "Newry BT35 6HP",
        54.1757,
        -6.3385,
        "Europe/London",
        "Daisy Hill Hospital",
        "5 Hospital Road",
        "Newry BT35 8DR",
        "028 3083 5000",
        "Buttercrane Quay car park, Buttercrane Quay",
        "Newry BT35 8HJ",
    ),
    "royalportrush": _p(
        "uk",
        "Royal Portrush Golf Club",
        "Dunluce Road",
        "Portrush BT56 8JQ",
        55.2040,
        -6.6350,
        "Europe/London",
        "Causeway Hospital",
        "4 Newbridge Road",
        "Coleraine BT52 1HS",
        "028 7032 7032",
        "Dunluce Centre car park, Sandhill Drive",
        "Portrush BT56 8BF",
    ),
    # (5) Scottish low-budget shorts typed in Word: Peebles, Pitlochry, Motherwell
    "eastgate": _p(
        "uk",
        "Eastgate Theatre",
        "Eastgate",
        "Peebles EH45 8AD",
        55.6520,
        -3.1860,
        "Europe/London",
        "Borders General Hospital",
        "Huntlyburn",
        "Melrose TD6 9BS",
        "01896 826000",
        "Kingsmeadows car park, Kingsmeadows Road",
        "Peebles EH45 9HR",
    ),
    "pitlochryft": _p(
        "uk",
        "Pitlochry Festival Theatre",
        "Port Na Craig",
        "Pitlochry PH16 5DR",
        56.7000,
        -3.7350,
        "Europe/London",
        "Perth Royal Infirmary",
        "Taymount Terrace",
        "Perth PH1 1NX",
        "01738 623311",
        "Festival Theatre upper car park, Port Na Craig",
        "Pitlochry PH16 5DR",
    ),
    "motherwellhall": _p(
        "uk",
        "Motherwell Concert Hall and Theatre",
        "Windmillhill Street",
        "Motherwell ML1 1AB",
        55.7895,
        -3.9905,
        "Europe/London",
        "University Hospital Wishaw",
        "50 Netherton Street",
        "Wishaw ML2 0DP",
        "01698 361100",
        "Civic Centre car park, Windmillhill Street",
        "Motherwell ML1 1AB",
    ),
    # (6) Irish landscape two-panel sheets: Naas, Nenagh, Portlaoise
    "naasrace": _p(
        "ie",
        "Naas Racecourse",
        "Tipper Road",
        "Naas, Co. Kildare",
        53.2020,
        -6.6470,
        "Europe/Dublin",
        "Naas General Hospital",
        "Craddockstown Road",
        "Naas, Co. Kildare",
        "045 849500",
        "Racecourse owners' car park, Tipper Road",
        "Naas, Co. Kildare",
    ),
    "nenaghcastle": _p(
        "ie",
        "Nenagh Castle",
        "Castle Street",
        "Nenagh, Co. Tipperary",
        52.8640,
        -8.1975,
        "Europe/Dublin",
        "University Hospital Limerick",
        "St Nessan's Road, Dooradoyle",
        "Limerick",
        "061 301111",
        "Nenagh Leisure Centre car park, Limerick Road",
        "Nenagh, Co. Tipperary",
    ),
    "dunamase": _p(
        "ie",
        "Dunamase Theatre",
        "Main Street",
        "Portlaoise, Co. Laois",
        53.0335,
        -7.2995,
        "Europe/Dublin",
        "Midland Regional Hospital Portlaoise",
        "Dublin Road",
        "Portlaoise, Co. Laois",
        "057 862 1364",
        "Lyster Square car park, off Main Street",
        "Portlaoise, Co. Laois",
    ),
}

PL_WD = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
PL_WD3 = ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."]
PL_MON = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia"]
PL_MON += ["września", "października", "listopada", "grudnia"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "pl_dot": f"{h}.{m:02d}",  # "7.30"
        "pl_colon": f"{h}:{m:02d}",  # "7:30"
        "pl_godz": f"godz. {h}.{m:02d}",  # "godz. 7.30"
        "uk_4": f"{h:02d}{m:02d}",  # "0730"
        "uk_colon": f"{h:02d}:{m:02d}",  # "07:30"
        "uk_am": f"{h12}.{m:02d}{ap.lower()}" if m else f"{h12}{ap.lower()}",  # "7.45am", "8am"
        "ie_am": f"{h12}.{m:02d}{ap.lower()}",  # "7.30am"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "pl_long": f"{PL_WD[d.weekday()]}, {d.day} {PL_MON[d.month - 1]} {d.year} r.",
        "pl_roman": f"{d.day}.{ROMAN[d.month - 1]}.{d.year}",  # "19.XI.2026"
        "pl_dots_wd": f"{d:%d.%m.%Y} ({PL_WD3[d.weekday()]})",  # "26.11.2026 (czw.)"
        "pl_roman_wd": f"{PL_WD[d.weekday()]} {d.day}.{ROMAN[d.month - 1]}.{d.year}",
        "uk_ord": f"{d:%A} {ordinal(d.day)} {d:%B} {d.year}",  # "Thursday 19th November 2026"
        "uk_short": f"{d:%a} {d:%d/%m/%y}",  # "Thu 26/11/26"
        "uk_plain": f"{d:%A} {d.day} {d:%B} {d.year}",  # "Thursday 3 December 2026"
        "uk_ord_short": f"{ordinal(d.day)} {d:%B} {d.year}",  # "3rd December 2026"
        "ie_dots": f"{d:%a} {d:%d.%m.%y}",  # "Thu 19.11.26"
        "ie_slash": f"{d:%A} {d:%d/%m/%Y}",  # "Thursday 26/11/2026"
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh46")
_para = paragraph
_table = partial(head_table, size=8, lead=12.5)


def _footer(c: Canvas, text: str) -> None:
    grey_text(c, 40, c.pdf.h - 22, text, 7, 120)


# --- (1) Polish film-school etiuda, landscape: school lines, a right panel, a timeline ---------


def _school(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", "sans", margin=34.0, orientation="L")
        panel_x = right - 250
        # the school's lines top left, small, then the etiuda and its title
        y = 40.0
        for ln in g["school"]:
            c.text(x0, y, ln, 8)
            y += 10
        y += 8
        c.text(x0, y, g["kind"], 9, bold=True)
        y += 20
        c.text(x0, y, f"„{title}”", 20, bold=True)
        y += 16
        c.text(x0, y, g["credits"], 8.5)
        y += 22
        c.text(x0, y, f"PLAN ZDJĘCIOWY nr {g['no']}", 13, bold=True)
        c.text(x0 + 200, y, g["day_of"], 9)
        # the panel at the right: DATA, ZBIÓRKA, MIEJSCE, BAZA, SZPITAL, SŁOŃCE
        py = 36.0
        rows = [
            ("DATA", [day_text(day, g["date_style"])], 11),
            (g["call_label"], [hm(call, t) + g["call_note"]], 16),
            ("MIEJSCE ZDJĘĆ", [p.name, p.street, p.city, g["set"]], 9),
            ("BAZA / PARKING", [p.base_street, p.base_city], 8.5),
            (
                "NAJBLIŻSZY SZPITAL (SOR)",
                [p.hospital, f"{p.hospital_street}, {p.hospital_city}", f"tel. {p.hospital_phone}"],
                8.5,
            ),
            ("WSCHÓD / ZACHÓD SŁOŃCA", [f"{hm(rise, t)} / {hm(fall, t)}"], 9),
        ]
        for lab, lines, size in rows:
            h = 14 + len(lines) * (size + 3)
            c.box(panel_x, py, 250, h, 0.8)
            fill(c, panel_x + 0.5, py + 0.5, 249, 10, 225)
            cell(c, panel_x, py, 250, lab, lines, label_size=7, size=size, lead=size + 3)
            py += h
        # the day's timeline: GODZ. | CO | KTO, under the title at the left
        y += 18
        written = partial(hm, style=t)
        rows2 = [(written(add_minutes(call, off)), what, who) for off, what, who in g["plan"]]
        _table(c, x0, y, ["GODZ.", "CO", "KTO"], [0, 50, 250], rows2, panel_x - 14, ruled=True)
        y = max(y + 12.5 * (len(rows2) + 2), py + 14)
        _table(
            c,
            x0,
            y,
            ["AKTOR / AKTORKA", "POSTAĆ", "CHARAKTERYZACJA", "NA PLANIE"],
            [0, 170, 320, 450],
            cast_times(g["cast"], call, written, (0, 60)),
            right,
            ruled=True,
        )
        y += 12.5 * (len(g["cast"]) + 2)
        c.text(x0, y, "UWAGI", 8.5, bold=True)
        _para(c, x0 + 50, y, g["notes"], 8, right - x0 - 50, 10.5)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"school_{key}",
        "pl_school_landscape",
        "Polish film-school etiuda plan on landscape A4: the school's lines top left, the kind "
        "and the title in „quotes”, 'PLAN ZDJĘCIOWY nr n'; a boxed panel at the right (DATA, "
        f"'{g['call_label']}', MIEJSCE ZDJĘĆ, BAZA, NAJBLIŻSZY SZPITAL (SOR), sun); a GODZ. / CO "
        "/ KTO timeline under the title and a cast table",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _school_sheets() -> list[Sheet]:
    return [
        _school(
            "lowicz",
            "Pasiaki",
            D(2026, 11, 12),
            "07:30",
            {
                "time_style": "pl_dot",
                "date_style": "pl_long",
                "school": [
                    "PAŃSTWOWA WYŻSZA SZKOŁA FILMOWA, TELEWIZYJNA I TEATRALNA",
                    "im. Leona Schillera w Łodzi",
                    "Wydział Reżyserii Filmowej i Telewizyjnej · rok II",
                ],
                "kind": "ETIUDA FABULARNA II ROKU (ćwiczenie 10-minutowe)",
                "credits": "reż. Zuzanna Pietrzak · zdj. Kacper Malinowski · opiekun: "
                "prof. Andrzej Wolski",
                "no": "2",
                "day_of": "dzień zdjęciowy 2 z 4",
                "call_label": "ZBIÓRKA EKIPY",
                "call_note": " (na miejscu)",
                "set": "sala etnograficzna, I piętro",
                "plan": [
                    (-60, "wyjazd busa spod szkoły (ul. Targowa 61/63)", "kierownik produkcji"),
                    (0, "zbiórka ekipy, śniadanie", "wszyscy"),
                    (30, "charakteryzacja i kostiumy", "Hanna, Ignacy"),
                    (90, "pierwszy klaps, sc. 4", "cała ekipa"),
                    (300, "obiad (catering)", "wszyscy"),
                    (540, "koniec zdjęć, zwijanie", "wszyscy"),
                ],
                "cast": [
                    ("Hanna Zielińska", "Babcia Józefa", 30),
                    ("Ignacy Krawczyk", "Wnuk Tomek", 45),
                ],
                "notes": "Muzeum: nie dotykamy eksponatów, buty zmieniamy przy wejściu. "
                "Sprzęt z wypożyczalni szkoły wraca w piątek do 10.00.",
                "footer": "PWSFTviT · etiuda „Pasiaki” · plan zdjęciowy nr 2 · wersja 1",
            },
        ),
        _school(
            "piotrkow",
            "Trybunał",
            D(2026, 11, 19),
            "08:00",
            {
                "time_style": "pl_colon",
                "date_style": "pl_roman_wd",
                "school": [
                    "PAŃSTWOWA WYŻSZA SZKOŁA FILMOWA, TELEWIZYJNA I TEATRALNA",
                    "im. Leona Schillera w Łodzi",
                    "Wydział Operatorski i Realizacji Telewizyjnej",
                ],
                "kind": "ETIUDA DYPLOMOWA (operatorska)",
                "credits": "reż. Michał Dudek · zdj. Ola Sikorska · kierownik produkcji: "
                "Patryk Nowicki",
                "no": "3",
                "day_of": "dzień 3/5",
                "call_label": "ZBIÓRKA",
                "call_note": " (cała ekipa, dziedziniec zamku)",
                "set": "sala gotycka i dziedziniec",
                "plan": [
                    (0, "zbiórka, kawa, rozładunek", "wszyscy"),
                    (30, "charakteryzacja", "Marta, Filip"),
                    (120, "gotowość do zdjęć, sc. 7", "cała ekipa"),
                    (330, "obiad", "wszyscy"),
                    (570, "zdjęcia nocne dziedziniec (sc. 9)", "kamera, światło"),
                    (660, "koniec dnia", "wszyscy"),
                ],
                "cast": [
                    ("Marta Lis", "Sędzina", 30),
                    ("Filip Gajewski", "Pisarz trybunalski", 60),
                ],
                "notes": "Zamek jest muzeum: światło tylko LED, bez statywów na posadzce bez "
                "podkładek. Parking dla busa uzgodniony z dyrekcją muzeum.",
                "footer": "Szkoła Filmowa w Łodzi · „Trybunał” · PZ 3",
            },
        ),
        _school(
            "nysa",
            "Śląski Rzym",
            D(2026, 11, 26),
            "07:00",
            {
                "time_style": "pl_godz",
                "date_style": "pl_dots_wd",
                "school": [
                    "Szkoła Filmowa im. Krzysztofa Kieślowskiego",
                    "Uniwersytetu Śląskiego w Katowicach",
                    "Kierunek: reżyseria · rok III",
                ],
                "kind": "ETIUDA FABULARNA III ROKU",
                "credits": "reż. Wiktoria Kaczmarek · zdj. Dominik Baran · opiekun: "
                "dr hab. Ewa Majewska",
                "no": "1",
                "day_of": "dzień zdjęciowy 1 z 3",
                # HARD: the panel prints the bus from Katowice under the call's own label
                "call_label": "ZBIÓRKA NA PLANIE",
                "call_note": " (wyjazd z Katowic 5.00)",
                "set": "nawa główna i kruchta",
                "plan": [
                    (0, "zbiórka na planie, śniadanie", "wszyscy"),
                    (45, "charakteryzacja, kostium", "Julia"),
                    (105, "pierwsze ujęcie, sc. 1", "cała ekipa"),
                    (300, "obiad w salce parafialnej", "wszyscy"),
                    (510, "koniec zdjęć (nabożeństwo 17.00)", "wszyscy"),
                ],
                "cast": [
                    ("Julia Wrona", "Agnieszka", 45),
                    ("ks. Marek (naturszczyk)", "Proboszcz", 120),
                ],
                "notes": "W bazylice obowiązuje cisza podczas zwiedzania; nie przesuwamy ławek "
                "bez zakrystiana. Bus wraca do Katowic po zwinięciu.",
                "footer": "Szkoła Filmowa im. K. Kieślowskiego · „Śląski Rzym” · plan nr 1",
            },
        ),
    ]


# --- (2) Polish-English commercial: a band, four cards, a time-first TIMING list ------------


def _reklama(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", "sans", margin=32.0)
        W = c.width
        c.pdf.set_fill_color(*g["rgb"])
        c.pdf.rect(0, 0, W, 70, style="F")
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0, 32, "CALL SHEET", 22, bold=True)
        c.right(right, 28, g["house"], 10, bold=True)
        c.right(right, 42, g["house_addr"], 7.5)
        c.text(x0, 56, f"Projekt: {title}  ·  {g['spot']}", 10)
        black(c)
        y = 88.0
        for lab, val in (
            ("Klient / Client", g["client"]),
            ("Agencja / Agency", g["agency"]),
            ("Reżyser / Director", g["director"]),
            ("Producent / Producer", g["producer"]),
        ):
            c.text(x0, y, lab, 7.5, bold=True)
            fit(c, x0 + 100, y, val, 8.5, 160)
            y += 12
        c.right(right, 88, g["day_of"], 9, bold=True)
        c.right(right, 102, f"Wschód / sunrise {hm(rise, t)} · zachód / sunset {hm(fall, t)}", 8)
        c.right(right, 116, g["weather"], 8)
        # four cards in a row
        y = 146.0
        cw = (right - x0 - 18) / 4
        cards = [
            ("DATA / DATE", [day_text(day, g["date_style"])], 12),
            ("CREW CALL", [hm(call, t), g["call_where"]], 18),
            ("LOKACJA / LOCATION", [p.name, p.street, p.city, g["set"]], 8),
            (
                "SZPITAL / HOSPITAL (SOR)",
                [p.hospital, p.hospital_street, p.hospital_city, f"tel. {p.hospital_phone}"],
                8,
            ),
        ]
        for i, (lab, lines, size) in enumerate(cards):
            cx = x0 + i * (cw + 6)
            c.pdf.set_fill_color(244, 244, 244)
            c.pdf.rect(cx, y, cw, 78, style="F", round_corners=True, corner_radius=6)
            c.pdf.set_text_color(*g["rgb"])
            c.text(cx + 7, y + 14, lab, 7, bold=True)
            black(c)
            yy = y + 16 + size
            for j, ln in enumerate(lines):
                sz = size if j == 0 else min(size, 8)
                fit(c, cx + 7, yy, ln, sz, cw - 14, bold=j == 0 and size > 10)
                yy += sz + 3
        y += 96
        c.text(x0, y, "Baza / unit base:", 8, bold=True)
        fit(c, x0 + 80, y, f"{p.base_street}, {p.base_city}", 8.5, right - x0 - 80)
        y += 20
        # the TIMING list: time first, mixed Polish and English
        c.pdf.set_text_color(*g["rgb"])
        c.text(x0, y, "TIMING", 11, bold=True)
        black(c)
        y += 14
        for off, what in g["timing"]:
            c.text(x0, y, hm(add_minutes(call, off), t), 9, bold=True)
            fit(c, x0 + 60, y, what, 9, right - x0 - 60)
            c.hline(x0, right, y + 3.5, 0.2)
            y += 14
        y += 10
        written = partial(hm, style=t)
        y = _table(
            c,
            x0,
            y,
            ["TALENT", "ROLA / ROLE", "PICK-UP", "MAKE-UP", "NA PLANIE / ON SET"],
            [0, 130, 250, 330, 410],
            cast_times(g["talent"], call, written, (-30, 0, 75)),
            right,
        )
        y += 4
        y = _table(
            c,
            x0,
            y,
            ["DZIAŁ / DEPT", "OSOBA", "TELEFON", "CALL"],
            [0, 130, 280, 410],
            crew_times(g["crew"], call, written),
            right,
        )
        y += 6
        _para(c, x0, y, g["notes"], 8, right - x0, 10.5)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"reklama_{key}",
        "pl_en_commercial_cards",
        "Polish-English commercial call sheet, A4: a coloured band with 'CALL SHEET', the house "
        "and 'Projekt:'; client / agency / director / producer in PL / EN; four rounded cards "
        "in a row (DATA / DATE, CREW CALL, LOKACJA / LOCATION, SZPITAL / HOSPITAL (SOR)); a "
        "time-first TIMING list in mixed Polish and English; talent and department tables",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _reklama_sheets() -> list[Sheet]:
    return [
        _reklama(
            "mikolajki",
            "Mazury Fresh",
            D(2026, 11, 19),
            "07:30",
            {
                "rgb": (18, 92, 140),
                "time_style": "pl_colon",
                "date_style": "pl_roman",
                "house": "NORTHLIGHT FILM SP. Z O.O.",
                "house_addr": "ul. Chełmska 21, 00-724 Warszawa · +48 22 841 20 90",
                "spot": 'TVC 30" + cut-downs 15" / 6"',
                "client": "Mleczarnia Warmia S.A.",
                "agency": "Saatchi & Ko Warszawa",
                "director": "Bartek Żurawski",
                "producer": "Agata Kowalczyk",
                "day_of": "Shooting day 1/2",
                "weather": "Pogoda: 3°C, zachmurzenie, wiatr 20 km/h",
                "call_where": "na planie / on set",
                "set": "taras nad jeziorem i lobby",
                "timing": [
                    (-30, "Śniadanie na bazie / breakfast at base"),
                    (0, "Crew call na planie, safety briefing"),
                    (45, "Talent w make-upie"),
                    (105, "Pierwsze ujęcie / first shot: sc. 1 taras"),
                    (330, "Lunch (catering na bazie), 45 min"),
                    (600, "Wrap (est.)"),
                ],
                "talent": [
                    ("Natalia Szulc", "Mama", 15),
                    ("Kuba Rogalski", "Syn (8 lat)", 60),
                ],
                "crew": [
                    ("Produkcja", "Agata Kowalczyk", "+48 601 220 418", -60),
                    ("Kamera", "Piotr Wasiak", "+48 602 331 907", 0),
                    ("Scenografia", "Iga Dąbrowska", "+48 603 772 104", -90),
                    ("Make-up", "Ola Czerwińska", "+48 604 118 562", -15),
                ],
                "notes": "Dziecko na planie: opiekun cały czas obecny, max 6 h pracy. Drone: "
                "zgoda PAŻP na godz. 10:00-12:00. Please keep the hotel lobby clear for guests.",
                "footer": "Northlight Film · Mazury Fresh · call sheet v2",
            },
        ),
        _reklama(
            "ostroda",
            "Zamek Chips",
            D(2026, 11, 26),
            "08:00",
            {
                "rgb": (150, 30, 45),
                "time_style": "pl_colon",
                "date_style": "pl_roman_wd",
                "house": "BURSZTYN PRODUCTION HOUSE",
                "house_addr": "ul. Grunwaldzka 186, 80-266 Gdańsk · +48 58 555 71 20",
                "spot": 'online spot 20"',
                "client": "Chrupek Sp. z o.o.",
                "agency": "Brand Nomads",
                "director": "Ola Jankowska",
                "producer": "Tomasz Wilk",
                "day_of": "Dzień zdjęciowy 1 z 1",
                "weather": "Pogoda: 5°C, przelotny deszcz",
                "call_where": "dziedziniec zamku",
                "set": "dziedziniec i sala rycerska",
                "timing": [
                    (0, "Crew call, kawa / coffee"),
                    (30, "Make-up & wardrobe talent"),
                    (90, "Standby / first shot"),
                    (300, "Lunch"),
                    (540, "Wrap"),
                ],
                "talent": [
                    ("Kamil Ostrowski", "Rycerz", 30),
                    ("Zofia Bielecka", "Influencerka", 60),
                ],
                "crew": [
                    ("Produkcja", "Tomasz Wilk", "+48 605 410 233", -45),
                    ("Kamera / grip", "Jan Sowa", "+48 606 901 344", 0),
                    ("Kostiumy", "Ewa Nowak", "+48 607 455 810", -30),
                ],
                "notes": "Zamek: zakaz używania dymu. In case of rain we move to the sala "
                "rycerska (wet weather cover).",
                "footer": "Bursztyn Production House · Zamek Chips · final",
            },
        ),
        _reklama(
            "olesnica",
            "Stara Szkoła Kawy",
            D(2026, 12, 3),
            "07:00",
            {
                "rgb": (40, 110, 70),
                "time_style": "pl_dot",
                "date_style": "pl_dots_wd",
                "house": "ODRA PICTURES",
                "house_addr": "ul. Ruska 46a, 50-079 Wrocław · +48 71 344 09 12",
                "spot": 'TVC 30"',
                "client": "Kawiarnie Słodowe",
                "agency": "Fabryka Idei Wrocław",
                "director": "Szymon Kruk",
                "producer": "Monika Adamczyk",
                "day_of": "Day 2 of 2",
                "weather": "Pogoda: 1°C, mgła rano",
                "call_where": "na dziedzińcu / courtyard",
                "set": "dziedziniec arkadowy",
                "timing": [
                    # HARD: a camera and grip pre-call before the crew call, first in the list
                    (-60, "Pre-call kamera / grip / elektryka"),
                    (0, "Crew call (cała ekipa)"),
                    (30, "Śniadanie"),
                    (120, "First shot"),
                    (330, "Obiad / lunch"),
                    (600, "Wrap"),
                ],
                "talent": [
                    ("Lena Gołąb", "Baristka", 30),
                    ("Henryk Pawlak", "Stały klient", 90),
                ],
                "crew": [
                    ("Produkcja", "Monika Adamczyk", "+48 608 212 907", -60),
                    ("Kamera", "Adam Bąk", "+48 609 330 118", -60),
                    ("Scenografia", "Kinga Lewandowska", "+48 600 771 245", -120),
                ],
                "notes": "Zamek udostępnia toalety w skrzydle wschodnim. Parking dla ciężarówki "
                "oświetleniowej tylko od strony ul. Zamkowej.",
                "footer": "Odra Pictures · Stara Szkoła Kawy · call sheet",
            },
        ),
    ]


# --- (3) UK continuing drama location day: masthead, block bar, tinted call column --------


def _soap(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", "helvetica", margin=30.0)
        centre(c, 44, title.upper(), 24)
        centre(c, 58, g["company"], 8, bold=False)
        fill(c, x0, 66, right - x0, 18, 60)
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0 + 6, 79, "LOCATION CALL SHEET", 10.5, bold=True)
        c.right(right - 6, 79, g["block"], 9, bold=True)
        black(c)
        # the tinted column at the left: date, unit call, times
        col = 150.0
        fill(c, x0, 92, col, 230, 232)
        y = 108.0
        c.text(x0 + 8, y, day_text(day, g["date_style"]), 9, bold=True)
        y += 14
        c.text(x0 + 8, y, g["day_of"], 8)
        y += 22
        c.text(x0 + 8, y, "UNIT CALL", 9, bold=True)
        y += 24
        c.text(x0 + 8, y, hm(call, t), 24, bold=True)
        y += 18
        for lab, off in g["times"]:
            c.text(x0 + 8, y, lab, 7.5, bold=True)
            c.right(x0 + col - 8, y, hm(add_minutes(call, off), t), 8.5)
            y += 12
        c.text(x0 + 8, y, "Sunrise", 7.5, bold=True)
        c.right(x0 + col - 8, y, hm(rise, t), 8.5)
        y += 12
        c.text(x0 + 8, y, "Sunset", 7.5, bold=True)
        c.right(x0 + col - 8, y, hm(fall, t), 8.5)
        y += 12
        c.text(x0 + 8, y, "Weather", 7.5, bold=True)
        c.right(x0 + col - 8, y, g["weather"], 8)
        # the right: location, base, A&E, then scene strips with story days
        mx = x0 + col + 12
        boxes = [
            ("LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("UNIT BASE", [p.base_street, p.base_city, g["base_note"]]),
            (
                "NEAREST A&E",
                [p.hospital, p.hospital_street, p.hospital_city, f"Tel: {p.hospital_phone}"],
            ),
        ]
        by = 92.0
        for lab, lines in boxes:
            c.box(mx, by, right - mx, 60, 0.5)
            cell(c, mx, by, right - mx, lab, lines, label_size=7.5, size=8.5, lead=11)
            by += 66
        y = 334.0
        for ep, sc, desc, storyday, cast in g["scenes"]:
            fill(c, x0, y, right - x0, 26, 245)
            c.box(x0, y, right - x0, 26, 0.3)
            c.text(x0 + 4, y + 11, f"Ep {ep}", 8, bold=True)
            c.text(x0 + 4, y + 22, f"Sc {sc}", 8)
            fit(c, x0 + 60, y + 11, desc, 8.5, 300)
            c.text(x0 + 60, y + 22, storyday, 7.5)
            fit(c, x0 + 370, y + 16, cast, 8, right - x0 - 374)
            y += 28
        y += 10
        written = partial(hm, style=t)
        y = _table(
            c,
            x0,
            y,
            ["ARTISTE", "CHARACTER", "P/UP", "M/UP & COST.", "ON SET"],
            [0, 140, 260, 330, 430],
            cast_times(g["cast"], call, written, (-45, 0, 90)),
            right,
        )
        y += 4
        paragraphs(c, x0, y, g["notes"], 8, right - x0, 10.5)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"soap_{key}",
        "uk_soap_location",
        "UK continuing-drama location day, A4: the serial's title centred large over the "
        "company, a dark 'LOCATION CALL SHEET' bar with block and episodes; a tinted left "
        "column (date, day of block, UNIT CALL at 24 pt, breakfast, rehearse / shoot, lunch, "
        "wrap, sun, weather); LOCATION, UNIT BASE, NEAREST A&E boxes at the right; scene strips "
        "by episode with story days; artistes table",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _soap_sheets() -> list[Sheet]:
    return [
        _soap(
            "paradisemill",
            "Silk Street",
            D(2026, 11, 12),
            "07:30",
            {
                "time_style": "uk_4",
                "date_style": "uk_ord",
                "company": "Bollin Valley Television for ITV  ·  Production office: Studio 3, "
                "Hurdsfield Road, Macclesfield SK10 2LE  ·  01625 614 200",
                "block": "BLOCK 14  ·  EPS 1403, 1404, 1406",
                "day_of": "Location day 3 of 5",
                "times": [
                    ("Breakfast on base", -45),
                    ("Rehearse / shoot", 30),
                    ("Lunch", 300),
                    ("Est. wrap", 600),
                ],
                "weather": "Dry, 7°C",
                "set": "weaving floor and the loom room",
                "base_note": "Catering bus, costume and make-up trucks",
                "scenes": [
                    (
                        "1403",
                        "12",
                        "INT. MILL - WEAVING FLOOR. Denise finds the ledger",
                        "SD 4 - Morning",
                        "1, 3, 7",
                    ),
                    (
                        "1404",
                        "31",
                        "INT. MILL - LOOM ROOM. Kieran confronts Denise",
                        "SD 6 - Afternoon",
                        "1, 4",
                    ),
                    (
                        "1406",
                        "8",
                        "EXT. PARK LANE. Tour group leaves the mill",
                        "SD 9 - Day",
                        "3, SA x 12",
                    ),
                ],
                "cast": [
                    ("Lorraine Hewitt", "1. Denise", 0),
                    ("Tom Ashworth", "4. Kieran", 60),
                    ("Priya Shah", "7. Meena", 90),
                ],
                "notes": [
                    "Paradise Mill is a working museum: looms are NOT to be touched. "
                    "Walkie channel 1 production, channel 2 ADs.",
                ],
                "footer": "Silk Street  ·  Block 14  ·  Location call sheet 3  ·  "
                "Issued 11/11/26 by 2nd AD",
            },
        ),
        _soap(
            "parchoward",
            "Ffordd y Parc",
            D(2026, 11, 19),
            "08:00",
            {
                "time_style": "uk_colon",
                "date_style": "uk_short",
                "company": "Cwmni Llanw for S4C  ·  Swyddfa Gynhyrchu / Production office: "
                "Stepney Street, Llanelli SA15 3TR  ·  01554 700 310",
                "block": "BLOC 6  ·  EPS 62, 63",
                "day_of": "Diwrnod lleoliad 2 / Location day 2",
                "times": [
                    ("Breakfast from", -30),
                    ("Shooting call", 60),
                    ("Lunch", 330),
                    ("Wrap", 600),
                ],
                "weather": "Showers, 9°C",
                "set": "the drawing room and the gardens",
                "base_note": "Base opens 07:00",
                # HARD: Llanelli's Prince Philip is a minor injuries unit; the A&E is Glangwili
                "scenes": [
                    (
                        "62",
                        "14",
                        "INT. PARC HOWARD - DRAWING ROOM. Megan's exhibition",
                        "SD 3 - Day",
                        "2, 5",
                    ),
                    (
                        "62",
                        "15",
                        "EXT. GARDENS. Megan and Dai argue by the fountain",
                        "SD 3 - Day",
                        "2, 6",
                    ),
                    (
                        "63",
                        "40",
                        "EXT. GARDENS. Funeral party arrives",
                        "SD 5 - Day",
                        "2, 5, 6, SA x 20",
                    ),
                ],
                "cast": [
                    ("Sian Pritchard", "2. Megan", 0),
                    ("Rhodri Evans", "6. Dai", 30),
                    ("Gwen Lloyd", "5. Nain", 120),
                ],
                "notes": [
                    "Prince Philip Hospital (Bryngwyn Mawr, Llanelli) is a minor injuries unit "
                    "only: for A&E go to Glangwili. Museum closed to the public today.",
                ],
                "footer": "Ffordd y Parc  ·  Bloc 6  ·  Taflen Alw / Call sheet",
            },
        ),
        _soap(
            "cyfarthfa",
            "Iron Valley",
            D(2026, 11, 26),
            "07:00",
            {
                "time_style": "uk_4",
                "date_style": "uk_plain",
                "company": "Taff Fechan Productions for BBC Wales  ·  Production office: "
                "Pentrebach Road, Merthyr Tydfil CF48 4TQ  ·  01685 350 660",
                "block": "BLOCK 3  ·  EPS 9, 10",
                "day_of": "Location day 1 of 4",
                "times": [
                    ("Breakfast on base", -30),
                    ("Rehearse / shoot", 45),
                    ("Lunch", 300),
                    ("Est. wrap", 630),
                ],
                "weather": "Cloudy, 6°C",
                "set": "the castle terrace and the ironmasters' hall",
                "base_note": "Minibus shuttle to set every 15 min",
                "scenes": [
                    (
                        "9",
                        "22",
                        "EXT. CASTLE TERRACE. Council press launch",
                        "SD 2 - Morning",
                        "1, 2, 8, SA x 15",
                    ),
                    ("9", "23", "INT. IRONMASTERS' HALL. Leaked letter", "SD 2 - Day", "1, 8"),
                    (
                        "10",
                        "5",
                        "INT. HALL - CORRIDOR. Gareth alone",
                        "SD 4 - Night (blacked out)",
                        "2",
                    ),
                ],
                "cast": [
                    ("Aled Morgan", "1. Cllr Price", 0),
                    ("Ffion Harries", "2. Gareth's wife", 30),
                    ("Owain Thomas", "8. Gareth", 60),
                ],
                "notes": [
                    "Terrace steps are wet in the mornings; wear boots. Park only in the "
                    "overflow car park, not on Brecon Road.",
                ],
                "footer": "Iron Valley  ·  Block 3  ·  Location call sheet 1",
            },
        ),
    ]


# --- (4) Northern Irish drama: four call boxes, base and location, a UNIT HOSPITAL block ----


def _ni(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", "sans", margin=32.0)
        c.text(x0, 40, g["company"], 9, bold=True)
        grey(c, 90)
        c.text(x0, 51, g["office"], 7.5)
        black(c)
        c.right(right, 40, f"CALL SHEET No. {g['no']}", 11, bold=True)
        c.right(right, 53, day_text(day, g["date_style"]), 9)
        c.right(right, 65, g["day_of"], 8.5)
        centre(c, 86, title, 20)
        centre(c, 100, g["credits"], 8, bold=False)
        # four boxes in a row
        y = 112.0
        bw = (right - x0) / 4
        boxes = [
            ("UNIT CALL", hm(call, t), g["call_where"]),
            ("BREAKFAST", g["breakfast"], "on base"),
            ("ON SET", hm(add_minutes(call, g["on_set"]), t), "rehearse / shoot"),
            ("EST. WRAP", hm(add_minutes(call, g["wrap"]), t), g["day_type"]),
        ]
        for i, (lab, val, sub) in enumerate(boxes):
            bx = x0 + i * bw
            c.box(bx, y, bw, 54, 1.2 if i == 0 else 0.5)
            c.text(bx + 6, y + 12, lab, 8, bold=True)
            c.text(bx + 6, y + 34, val, 17 if i == 0 else 13, bold=i == 0)
            fit(c, bx + 6, y + 47, sub, 7.5, bw - 12)
        y += 64
        c.text(x0, y, f"Sunrise {hm(rise, t)}   Sunset {hm(fall, t)}   Weather: {g['weather']}", 8)
        y += 12
        half = (right - x0) / 2
        for i, (lab, lines) in enumerate(
            (
                ("UNIT BASE", [p.base_street, p.base_city, g["base_note"]]),
                ("LOCATION", [p.name, p.street, p.city, g["set"]]),
            )
        ):
            c.box(x0 + i * half, y, half, 62, 0.5)
            cell(c, x0 + i * half, y, half, lab, lines, label_size=7.5, size=8.5, lead=11)
        y += 74
        # scenes
        written = partial(hm, style=t)
        y = _table(
            c,
            x0,
            y,
            ["SC", "SET / SYNOPSIS", "D/N", "PGS", "CAST"],
            [0, 30, 330, 370, 410],
            g["scenes"],
            right,
            ruled=True,
        )
        y = _table(
            c,
            x0,
            y,
            ["#", "ARTIST", "CHARACTER", "P/U", "MU/COST", "ON SET"],
            [0, 20, 150, 280, 340, 420],
            cast_times(g["cast"], call, written, (-60, -30, g["on_set"]), numbered=True),
            right,
        )
        y += 6
        # the separate unit hospital block, framed twice
        c.box(x0, y, right - x0, 92, 1.6)
        c.box(x0 + 3, y + 3, right - x0 - 6, 86, 0.4)
        fill(c, x0 + 3.5, y + 3.5, 120, 14, 200)
        c.text(x0 + 8, y + 14, "UNIT HOSPITAL", 9, bold=True)
        c.right(right - 8, y + 14, "EMERGENCY: 999", 9, bold=True)
        yy = y + 30
        c.text(x0 + 8, yy, p.hospital, 10, bold=True)
        c.text(x0 + 8, yy + 12, f"{p.hospital_street}, {p.hospital_city}", 8.5)
        c.text(x0 + 8, yy + 24, f"Emergency Department, open 24 hrs  ·  {p.hospital_phone}", 8.5)
        _para(c, x0 + 8, yy + 38, g["directions"], 7.5, right - x0 - 16, 9.5)
        y += 104
        paragraphs(c, x0, y, g["notes"], 8, right - x0, 10.5)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"ni_{key}",
        "ni_unit_hospital_block",
        "Northern Irish drama sheet, A4: company and office top left, 'CALL SHEET No. n', date "
        "and day of schedule top right, the title centred; four boxes in a row UNIT CALL (heavy) "
        "/ BREAKFAST / ON SET / EST. WRAP; sun and weather; UNIT BASE and LOCATION side by side; "
        "ruled scene and cast grids; a double-framed UNIT HOSPITAL block (A&E, address, 24 hrs, "
        "directions from base)",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _ni_sheets() -> list[Sheet]:
    return [
        _ni(
            "laganisland",
            "The Linen Hall",
            D(2026, 11, 12),
            "07:30",
            {
                "time_style": "uk_4",
                "date_style": "uk_ord",
                "company": "LAGAN BANK PICTURES LTD",
                "office": "Production office: 22 Bachelors Walk, Lisburn BT28 1XJ  ·  "
                "028 9266 0412",
                "no": "17",
                "day_of": "Day 17 of 40",
                "credits": "Director: Niamh Carson  ·  Producer: Conor McAleese  ·  1st AD: "
                "Ruth Gilmore",
                "call_where": "at unit base",
                "breakfast": "0645-0715",
                "on_set": 45,
                "wrap": 630,
                "day_type": "semi-continuous",
                "weather": "Overcast, 8°C, light rain after 3pm",
                "base_note": "Unit base opens 0600; minibus to set 0720",
                "set": "the studio theatre and the riverside terrace",
                "scenes": [
                    (
                        "34",
                        "INT. ARTS CENTRE - STUDIO THEATRE. Rehearsal breaks down",
                        "D",
                        "2 3/8",
                        "1, 2, 6",
                    ),
                    (
                        "35",
                        "EXT. RIVERSIDE TERRACE. Eamon smokes, watches the Lagan",
                        "D",
                        "4/8",
                        "2",
                    ),
                    (
                        "51",
                        "INT. STUDIO THEATRE. Opening night (SA x 30)",
                        "N",
                        "1 6/8",
                        "1, 2, 3, 6",
                    ),
                ],
                "cast": [
                    ("Orla Devlin", "Maeve", 0),
                    ("Ciarán Boyle", "Eamon", 15),
                    ("Grace Millar", "Siobhan", 120),
                ],
                # HARD: the nearer Lagan Valley Hospital is named only as the minor injuries unit
                "directions": "From base: left onto Governors Road, M1 towards Belfast, exit "
                "at Broadway, Grosvenor Road. About 20 min. Lagan Valley Hospital (Hillsborough "
                "Road) is a minor injuries unit only, 0830-2000.",
                "notes": [
                    "Closed set for sc. 51. No food or drink in the studio theatre.",
                ],
                "footer": "The Linen Hall  ·  Call sheet 17  ·  Lagan Bank Pictures",
            },
        ),
        _ni(
            "newrytownhall",
            "Border Lines",
            D(2026, 11, 19),
            "08:00",
            {
                "time_style": "uk_colon",
                "date_style": "uk_short",
                "company": "MOURNE GAP FILMS",
                "office": "Production office: The Quays, Albert Basin, Newry BT35 8QS  ·  "
                "028 3026 1190",
                "no": "6",
                "day_of": "Shooting day 6 of 24",
                "credits": "Director: Declan Hughes  ·  Producer: Aoife Magennis",
                "call_where": "on location",
                "breakfast": "07:15-07:45",
                "on_set": 30,
                "wrap": 600,
                "day_type": "10 + 1",
                "weather": "Dry, bright, 7°C",
                "base_note": "Honeywagon and catering on level 1",
                "set": "the council chamber and the Bank Parade steps",
                "scenes": [
                    (
                        "12",
                        "INT. TOWN HALL - COUNCIL CHAMBER. The vote",
                        "D",
                        "3 1/8",
                        "1, 4, 5, SA x 20",
                    ),
                    ("13", "EXT. BANK PARADE STEPS. Press scrum", "D", "6/8", "1, 4, SA x 10"),
                ],
                "cast": [
                    ("Seamus Quinn", "Cllr Doran", 0),
                    ("Bríd McKenna", "Una", 30),
                ],
                "directions": "From base: Buttercrane Quay, Monaghan Street, Hospital Road. "
                "About 8 min.",
                "notes": [
                    "The town hall is a working council building: passes from the 2nd AD.",
                ],
                "footer": "Border Lines  ·  Call sheet 6",
            },
        ),
        _ni(
            "royalportrush",
            "Causeway",
            D(2026, 11, 26),
            "07:00",
            {
                "time_style": "uk_4",
                "date_style": "uk_plain",
                "company": "NORTH STRAND PRODUCTIONS",
                "office": "Production office: 9 Kerr Street, Portrush BT56 8DG  ·  028 7082 2210",
                "no": "3",
                "day_of": "Day 3 of 18",
                "credits": "Director: Emma Stewart  ·  Producer: Ross McIlroy",
                "call_where": "at unit base",
                "breakfast": "0615-0645",
                "on_set": 60,
                "wrap": 570,
                "day_type": "continuous day",
                "weather": "Windy, showers, 7°C",
                "base_note": "Clubhouse access via the service gate",
                "set": "the clubhouse bar and the 5th green",
                "scenes": [
                    ("7", "EXT. 5TH GREEN. Tom's last round, the sea behind", "D", "1 4/8", "1, 2"),
                    ("8", "INT. CLUBHOUSE BAR. The bet", "D", "2", "1, 2, 3"),
                ],
                "cast": [
                    ("Jack Morrison", "Tom", 0),
                    ("Sinead Kerr", "Lorna", 45),
                    ("Billy Hamill", "Barman", 120),
                ],
                "directions": "From base: A2 Coleraine Road, Newbridge Road. About 12 min.",
                "notes": [
                    "Golf course open to members: hold the roll when a group plays through.",
                ],
                "footer": "Causeway  ·  Call sheet 3  ·  North Strand Productions",
            },
        ),
    ]


# --- (5) Scottish low-budget short typed in Word: a borderless label table, a plan ----------


def _word(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", "serif", margin=72.0)
        W = c.width
        centre(c, 70, title.upper(), 18)
        tw = c.pdf.get_string_width(title.upper())
        c.hline(W / 2 - tw / 2, W / 2 + tw / 2, 73, 0.8)
        centre(c, 90, g["sub"], 11, bold=False)
        centre(c, 106, f"CALL SHEET \u2013 {g['day_of']}", 12)
        y = 134.0
        rows = [
            ("DATE:", [day_text(day, g["date_style"])]),
            ("CALL TIME:", [hm(call, t) + g["call_note"]]),
            ("LOCATION:", [p.name, p.address, g["set"]]),
            ("PARKING:", [f"{p.base_street}, {p.base_city}"]),
            ("NEAREST A&E:", [p.hospital, f"{p.hospital_address} ({p.hospital_phone})"]),
            ("WEATHER:", [g["weather"]]),
            ("SUNRISE / SUNSET:", [f"{hm(rise, t)} / {hm(fall, t)}"]),
        ]
        for lab, lines in rows:
            c.text(x0, y, lab, 10.5, bold=True)
            for ln in lines:
                fit(c, x0 + 140, y, ln, 10.5, right - x0 - 140)
                y += 14
            y += 5
        y += 8
        c.text(x0, y, "TODAY'S PLAN", 11, bold=True)
        y += 16
        for i, (off, what) in enumerate(g["plan"], 1):
            y = _para(
                c,
                x0 + 14,
                y,
                f"{i}.  {hm(add_minutes(call, off), t)} \u2013 {what}",
                10,
                right - x0 - 14,
                13,
            )
        y += 8
        c.text(x0, y, "WHO'S WHO", 11, bold=True)
        y += 16
        for ln in g["who"]:
            c.text(x0 + 14, y, ln, 10)
            y += 13
        y += 8
        c.text(x0, y, "PLEASE BRING", 11, bold=True)
        y += 16
        y = _para(c, x0 + 14, y, g["bring"], 10, right - x0 - 14, 13)
        y += 10
        _para(c, x0, y, g["signoff"], 10, right - x0, 13)
        return c.output()

    return _sheet(
        f"word_{key}",
        "scot_word_short",
        "Scottish low-budget short typed in Word, A4 serif: the title in capitals centred and "
        "underlined, a subtitle, 'CALL SHEET - DAY n OF m' (en dash); a borderless table of bold "
        "capital "
        "labels (DATE:, CALL TIME:, LOCATION:, PARKING:, NEAREST A&E:, WEATHER:, SUNRISE / "
        "SUNSET:) with values at a tab; a numbered TODAY'S PLAN, WHO'S WHO, PLEASE BRING and a "
        "sign-off",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _word_sheets() -> list[Sheet]:
    return [
        _word(
            "eastgate",
            "The Tweed Runner",
            D(2026, 11, 19),
            "08:00",
            {
                "time_style": "uk_am",
                "date_style": "uk_ord",
                "sub": "a short film by Callum Reid  ·  Screen Scotland / BFI Network",
                "day_of": "DAY 2 OF 3",
                "call_note": " (all crew, stage door)",
                "set": "main auditorium and the stage door lane",
                "weather": "Cold and dry, 4°C",
                "plan": [
                    (0, "crew call, tea and bacon rolls in the green room"),
                    (45, "cast into costume and make-up"),
                    (90, "first shot: sc. 6, empty auditorium"),
                    (270, "lunch (soup and sandwiches, vegan options)"),
                    (510, "wrap and get-out; theatre locked at 6pm"),
                ],
                "who": [
                    "Callum Reid \u2013 director \u2013 07700 914 226",
                    "Isla Fraser \u2013 producer \u2013 07700 918 031",
                    "Euan Laing \u2013 DoP \u2013 07700 920 774",
                ],
                "bring": "Warm layers (the auditorium is unheated on dark days), a water "
                "bottle, your own mug.",
                "signoff": "Thanks everyone \u2013 see you tomorrow! Isla",
            },
        ),
        _word(
            "pitlochryft",
            "Salmon Ladder",
            D(2026, 11, 26),
            "07:45",
            {
                "time_style": "uk_am",
                "date_style": "uk_short",
                "sub": "a short film by Morven Stewart",
                "day_of": "DAY 1 OF 2",
                # HARD: a pick-up an hour earlier on the call's own line
                "call_note": " on location (pick-up from Perth station 6.45am)",
                "set": "foyer and the riverside walk",
                "weather": "Showers, 5°C",
                "plan": [
                    (0, "crew call, breakfast in the foyer café"),
                    (60, "first shot: sc. 2, the riverside walk"),
                    (255, "lunch"),
                    (480, "wrap"),
                ],
                "who": [
                    "Morven Stewart \u2013 director/producer \u2013 07700 930 118",
                    "Ali Hussain \u2013 camera \u2013 07700 934 402",
                    "Kirsty Munro \u2013 sound \u2013 07700 937 655",
                ],
                "bring": "Waterproofs and wellies. The riverside path is slippery.",
                "signoff": "Any problems call Morven. Thank you for giving your weekend!",
            },
        ),
        _word(
            "motherwellhall",
            "Ravenscraig",
            D(2026, 12, 3),
            "09:00",
            {
                "time_style": "uk_am",
                "date_style": "uk_ord_short",
                "sub": "a Lanarkshire Shorts film by Darren Kelly",
                "day_of": "DAY 3 OF 3",
                "call_note": "",
                "set": "the concert hall stage and dressing room 2",
                "weather": "Indoors all day",
                "plan": [
                    (0, "call, set up on stage"),
                    (60, "first shot: sc. 14, the audition"),
                    (240, "lunch"),
                    (450, "martini shot, then strike"),
                ],
                "who": [
                    "Darren Kelly \u2013 director \u2013 07700 941 302",
                    "Shona McLean \u2013 producer/1st AD \u2013 07700 942 517",
                ],
                "bring": "Soft-soled shoes for the stage, ID for the stage door.",
                "signoff": "Last day \u2013 wrap drinks after at the Civic bar. Shona",
            },
        ),
    ]


# --- (6) Irish landscape two-panel sheet: logistics left, schedule right --------------------


def _ie(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", "helvetica", margin=28.0, orientation="L")
        fill(c, x0, 26, right - x0, 32, 35)
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0 + 10, 47, title.upper(), 16, bold=True)
        c.right(right - 10, 40, g["company"], 9, bold=True)
        c.right(right - 10, 52, f"CALL SHEET {g['no']}  ·  {g['day_of']}", 8.5)
        black(c)
        # the left panel: logistics
        lw = 250.0
        c.box(x0, 66, lw, 470, 0.8)
        y = 82.0
        items = [
            ("DATE", [day_text(day, g["date_style"])], 10.5, True),
            (g["call_label"], [hm(call, t)], 20, True),
            ("LOCATION", [p.name, p.street, p.city, g["set"]], 8.5, False),
            ("UNIT BASE / PARKING", [p.base_street, p.base_city], 8.5, False),
            (
                "EMERGENCY DEPARTMENT",
                [p.hospital, p.hospital_street, p.hospital_city, f"Tel. {p.hospital_phone}"],
                8.5,
                False,
            ),
            ("GARDA STATION", [g["garda"]], 8.5, False),
            ("SUNRISE / SUNSET", [f"{hm(rise, t)} / {hm(fall, t)}"], 9, False),
        ]
        for lab, lines, size, bold in items:
            c.text(x0 + 8, y, lab, 7, bold=True)
            y += size + 3
            for ln in lines:
                fit(c, x0 + 8, y, ln, size, lw - 16, bold=bold)
                y += size + 3
            c.hline(x0 + 6, x0 + lw - 6, y - size + 2, 0.2)
            y += 8
        # the right panel: schedule and cast
        rx = x0 + lw + 14
        written = partial(hm, style=t)
        c.text(rx, 80, "SCHEDULE", 10, bold=True)
        rows = [(written(add_minutes(call, off)), what) for off, what in g["schedule"]]
        y2 = _table(c, rx, 96, ["TIME", "ACTIVITY"], [0, 70], rows, right, ruled=True)
        y2 = _table(
            c,
            rx,
            y2 + 4,
            ["SC", "DESCRIPTION", "D/N", "CAST"],
            [0, 30, 330, 370],
            g["scenes"],
            right,
        )
        _table(
            c,
            rx,
            y2 + 4,
            ["CAST", "CHARACTER", "PICK-UP", "HMU", "ON SET"],
            [0, 130, 250, 330, 410],
            cast_times(g["cast"], call, written, (-45, 0, 75)),
            right,
        )
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"ie_{key}",
        "ie_two_panel_landscape",
        "Irish landscape two-panel call sheet, A4: a dark band with the title, company and "
        "'CALL SHEET n · Day x of y'; a framed left panel of logistics (DATE, the call at 20 "
        "pt, LOCATION, UNIT BASE / PARKING, EMERGENCY DEPARTMENT, GARDA STATION, sun); the right "
        "panel a SCHEDULE of times, scenes and cast",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _ie_sheets() -> list[Sheet]:
    return [
        _ie(
            "naasrace",
            "Furlong",
            D(2026, 11, 12),
            "07:30",
            {
                "time_style": "uk_colon",
                "date_style": "uk_plain",
                "company": "Liffey Gate Films",
                "no": "9",
                "day_of": "Day 9 of 22",
                "call_label": "CREW CALL",
                "set": "the weigh room and the parade ring",
                "garda": "Naas Garda Station, Main Street South (045 884 300)",
                "schedule": [
                    (-30, "Breakfast at unit base"),
                    (0, "Crew call, safety briefing (horses on set)"),
                    (60, "First shot, sc. 21"),
                    (330, "Lunch"),
                    (630, "Wrap"),
                ],
                "scenes": [
                    ("21", "INT. WEIGH ROOM. Jockey weighs out light", "D", "1, 3"),
                    ("22", "EXT. PARADE RING. Owners watch the colt", "D", "2, 4, SA x 25"),
                ],
                "cast": [
                    ("Cathal Byrne", "Jockey Dan", 15),
                    ("Aisling Doyle", "Trainer Kate", 45),
                ],
                "footer": "Furlong  ·  Liffey Gate Films  ·  with the support of Fís Éireann / "
                "Screen Ireland",
            },
        ),
        _ie(
            "nenaghcastle",
            "The Keep",
            D(2026, 11, 19),
            "08:00",
            {
                "time_style": "uk_4",
                "date_style": "ie_dots",
                "company": "Ormond Pictures",
                "no": "4",
                "day_of": "Day 4 of 15",
                # HARD: Nenagh Hospital has a local injury unit; the ED is in Limerick
                "call_label": "UNIT CALL",
                "set": "the keep stairway and the castle yard",
                "garda": "Nenagh Garda Station, Kenyon Street (067 50450)",
                "schedule": [
                    (0, "Unit call, breakfast in the castle yard"),
                    (45, "Rehearse sc. 30"),
                    (90, "Shoot sc. 30 and 31"),
                    (330, "Lunch (Nenagh Arts Centre)"),
                    (600, "Wrap. Injury unit at Nenagh Hospital: minor injuries only"),
                ],
                "scenes": [
                    ("30", "INT. KEEP STAIRWAY. Niall climbs with a lamp", "N", "1"),
                    ("31", "EXT. CASTLE YARD. Siege dawn", "D", "1, 2, SA x 12"),
                ],
                "cast": [
                    ("Fionn O'Brien", "Niall", 0),
                    ("Méabh Ryan", "Gráinne", 60),
                ],
                "footer": "The Keep  ·  Ormond Pictures  ·  call sheet 4",
            },
        ),
        _ie(
            "dunamase",
            "Rock of Dunamase",
            D(2026, 11, 26),
            "07:00",
            {
                "time_style": "ie_am",
                "date_style": "ie_slash",
                "company": "Slieve Bloom Media",
                "no": "2",
                "day_of": "Day 2 of 6",
                "call_label": "CREW CALL",
                "set": "auditorium, the stage and the foyer",
                "garda": "Portlaoise Garda Station, Abbeyleix Road (057 867 4100)",
                "schedule": [
                    (0, "Crew call, tea and coffee in the foyer"),
                    (60, "First shot, sc. 5"),
                    (300, "Lunch"),
                    (540, "Wrap"),
                ],
                "scenes": [
                    ("5", "INT. THEATRE STAGE. Tech rehearsal chaos", "D", "1, 2, 5"),
                    ("6", "INT. FOYER. Box office queue", "D", "2, SA x 15"),
                ],
                "cast": [
                    ("Darragh Kelly", "Stage manager Mick", 0),
                    ("Roisin Walsh", "Director Sorcha", 30),
                ],
                "footer": "Rock of Dunamase  ·  Slieve Bloom Media  ·  Call sheet 2",
            },
        ),
    ]


# --- near misses: share call-sheet words, are not call sheets -------------------------------


def _sound_report() -> bytes:
    """A sound mixer's sound report: production, date, recorder, roll, scene / take / tracks."""
    c, x0, right = page("A4", "helvetica", margin=34.0)
    c.text(x0, 44, "SOUND REPORT", 17, bold=True)
    c.right(right, 44, "Sheet 1 of 2", 9)
    c.hline(x0, right, 52, 1.0)
    hdr = [
        ("Production", "Silk Street - Block 14"),
        ("Date", "12/11/2026"),
        ("Location", "Macclesfield"),
        ("Sound mixer", "Gareth Pugh"),
        ("Boom op.", "Lily Chan"),
        ("Recorder", "Sound Devices 888"),
        ("Roll / card", "S014"),
        ("Format", "BWF 48 kHz / 24 bit, 25 fps TC"),
    ]
    label_grid(c, x0, 70, right, hdr, 2, 14, (8, 8.5), 70)
    _table(
        c,
        x0,
        138,
        ["SCENE", "TAKE", "FILE", "TC START", "TRK 1", "TRK 2-3", "CIRCLE", "NOTES"],
        [0, 45, 80, 140, 210, 260, 320, 370],
        [
            ("12", "1", "S014T01", "09:12:04:10", "Mix", "Boom/Lav", "", "loom noise"),
            ("12", "2", "S014T02", "09:15:40:02", "Mix", "Boom/Lav", "(2)", ""),
            ("12", "3", "S014T03", "09:19:22:18", "Mix", "Boom/Lav", "(3)", "PRINT"),
            ("31", "1", "S014T04", "11:02:10:00", "Mix", "Lav/Lav", "", "plane overhead"),
            ("31", "2", "S014T05", "11:06:55:21", "Mix", "Lav/Lav", "(2)", ""),
            ("WT", "-", "S014T06", "11:20:00:00", "Mix", "Boom", "", "room tone 60s"),
        ],
        right,
        size=8.5,
        lead=15,
        ruled=True,
    )
    _para(
        c,
        x0,
        280,
        "Notes for post: generator audible on sc. 12 tk 1; wild lines for Denise (sc. 12) "
        "recorded after lunch on S014T07-09. Card S014 handed to DIT at 13:05.",
        9,
        right - x0,
        12,
    )
    return c.output()


def _continuity_report() -> bytes:
    """A Polish script supervisor's daily continuity report: scenes, takes, timings, remarks."""
    c, x0, right = page("A4", "sans", margin=36.0)
    c.text(x0, 44, "RAPORT SCRIPT / CONTINUITY", 15, bold=True)
    c.right(right, 44, "etiuda „Pasiaki”", 9)
    c.hline(x0, right, 52, 0.8)
    y = 72.0
    for k, v in [
        ("Data", "czwartek, 12 listopada 2026 r."),
        ("Dzień zdjęciowy", "2 z 4"),
        ("Obiekt", "Muzeum w Łowiczu, sala etnograficzna"),
        ("Sekretarka planu", "Natalia Lewicka"),
        ("Pierwszy klaps", "9.05"),
        ("Przerwa obiadowa", "12.30-13.15"),
        ("Ostatnie ujęcie", "16.40"),
    ]:
        c.text(x0, y, k, 9, bold=True)
        c.text(x0 + 130, y, v, 9)
        y += 14
    y += 8
    y = _table(
        c,
        x0,
        y,
        ["SC.", "UJĘCIE", "DUBEL", "CZAS", "OB.", "UWAGI CONTINUITY"],
        [0, 35, 80, 125, 170, 210],
        [
            ("4", "1", "1-3", "0'42\"", "35", "chusta na lewym ramieniu"),
            ("4", "2", "1-2", "0'38\"", "50", "(2) OK; szklanka pełna do połowy"),
            ("4", "3", "1-4", "1'05\"", "85", "wnuk zdejmuje czapkę na słowie „babciu”"),
            ("5", "1", "1-2", "0'51\"", "35", "świeca zapalona od początku ujęcia"),
        ],
        right,
        size=8.5,
        lead=15,
        ruled=True,
    )
    y += 8
    _para(
        c,
        x0,
        y,
        "Sceny zrealizowane: 4, 5 (3 2/8 str.). Do dokrętki: sc. 4 ujęcie 3 detal dłoni. "
        "Zdjęcia continuity w folderze DZ02 na dysku produkcji.",
        9,
        right - x0,
        12,
    )
    return c.output()


def _purchase_order() -> bytes:
    """An Irish production's purchase order to a supplier: PO number, lines, VAT, approval."""
    c, x0, right = page("A4", "helvetica", margin=44.0)
    c.text(x0, 50, "LIFFEY GATE FILMS LTD", 14, bold=True)
    grey(c, 100)
    c.text(x0, 62, "Unit 4, Kilcullen Business Park, Co. Kildare  ·  VAT IE 3318472QH", 7.5)
    black(c)
    c.right(right, 50, "PURCHASE ORDER", 13, bold=True)
    c.right(right, 63, "PO No. LGF-0418", 9)
    c.hline(x0, right, 72, 0.8)
    y = 94.0
    for k, v in [
        ("Production", "Furlong"),
        ("Supplier", "Curragh Equine Services, Kildare"),
        ("Department", "Props / animals"),
        ("Date of order", "05/11/2026"),
        ("Required", "Thursday 12 November 2026, delivery 06:00"),
        ("Deliver to", "Naas Racecourse, Tipper Road (owners' car park)"),
        ("Budget code", "2350 Animals & handlers"),
    ]:
        c.text(x0, y, k, 9, bold=True)
        fit(c, x0 + 110, y, v, 9, right - x0 - 110)
        y += 14
    y += 10
    y = _table(
        c,
        x0,
        y,
        ["QTY", "DESCRIPTION", "RATE €", "TOTAL €"],
        [0, 40, 330, 410],
        [
            ("2", "Thoroughbred horse, racing tack, 1 day", "650.00", "1,300.00"),
            ("2", "Handler / groom, 10 hr day", "320.00", "640.00"),
            ("1", "Horsebox transport, return", "280.00", "280.00"),
        ],
        right,
        size=8.5,
        lead=15,
        ruled=True,
    )
    for lab, val in [("Net", "2,220.00"), ("VAT 23%", "510.60"), ("TOTAL", "2,730.60")]:
        c.text(x0 + 330, y, lab, 9, bold=True)
        c.right(right, y, val, 9)
        y += 13
    y += 16
    _para(
        c,
        x0,
        y,
        "Please quote the PO number on your invoice. Invoices without a PO number will be "
        "returned. Payment 30 days from receipt of invoice.",
        8,
        right - x0,
        11,
    )
    y += 40
    c.hline(x0, x0 + 180, y, 0.5)
    c.text(x0, y + 11, "Ordered by (dept head)", 8)
    c.hline(x0 + 260, right, y, 0.5)
    c.text(x0 + 260, y + 11, "Approved (production accountant)", 8)
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "near_miss_sound_report",
            "near_miss",
            "a sound mixer's sound report, A4: production, date, a town, mixer, boom operator, "
            "recorder, roll, format; scene / take / file / timecode / tracks / circled takes; "
            "notes for post",
            _sound_report,
            OTHER,
        ),
        _sheet(
            "near_miss_continuity_report",
            "near_miss",
            "a Polish script supervisor's continuity report for a film-school etiuda: date, "
            "shooting day, set, first shot and last shot times; scene / shot / take / length / "
            "lens / continuity remarks",
            _continuity_report,
            OTHER,
        ),
        _sheet(
            "near_miss_purchase_order",
            "near_miss",
            "an Irish production's purchase order: PO number, production, supplier, required "
            "date with a delivery time, deliver-to address at a racecourse, lines, VAT, "
            "signatures",
            _purchase_order,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_school_sheets(),
        *_reklama_sheets(),
        *_soap_sheets(),
        *_ni_sheets(),
        *_word_sheets(),
        *_ie_sheets(),
        *_other_sheets(),
    ]
