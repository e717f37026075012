"""Fifty-second held-out set: six kinds of Polish and Central European call sheet in layouts the
corpus does not have yet, in towns from A to F not yet in the corpus (`fresh51_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh51"). Polish series plans with the day's times in a shaded left-hand
sidebar ("ZBIÓRKA EKIPY", "WEJŚCIE NA PLAN") beside the scene table (Chorzów, Bolesławiec, Ełk),
Polish commercial ("reklama") sheets with "GODZINA ZBIÓRKI EKIPY" in a heavy box and every
address on one line as "ul. ... / 00-000 Miasto" (Frombork, Białowieża, Augustów), Polish
revisions ("KOREKTA - WERSJA 2") opening with a BYŁO / JEST table whose struck old call the new
one replaces (Bytów, Duszniki-Zdrój, Darłowo), Czech bilingual "DENNÍ PLÁN NATÁČENÍ / CALL
SHEET" tables with the Czech label left, the value in the middle and the English label right
(České Budějovice, Český Krumlov, Děčín), Hungarian and Romanian service sheets in English for
foreign productions on a landscape page in three columns (Esztergom, Fertőd, Brașov) and
Lithuanian "FILMAVIMO DIENOS PLANAS" sheets in sections under black side bars with year-first
dates (Druskininkai, Biržai, Anykščiai). Three near misses, all `other`: a theatre's technical
rider with a stage plot, a Polish conference "harmonogram" and a film school's exam timetable.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from tests.corpus.draw import Canvas, black, centre
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
    label_rows,
    page,
    paragraph,
    sheet_basics,
    sheet_maker,
    signature_lines,
    time_or,
    timed_rows,
    titled_notes,
)
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # (1) Polish series plans with a time sidebar: Chorzów, Bolesławiec, Ełk
    "slaski": _p(
        "pl",
        "Stadion Śląski",
        "ul. Katowicka 10",
        "41-500 Chorzów",
        50.2650,
        18.9890,
        "Europe/Warsaw",
        "Zespół Szpitali Miejskich w Chorzowie",
        "ul. Strzelców Bytomskich 11",
        "41-500 Chorzów",
        "32 349 91 00",
        "Parking P3 Stadionu Śląskiego, ul. Katowicka",
        "41-500 Chorzów",
    ),
    "ceramika": _p(
        "pl",
        "Muzeum Ceramiki w Bolesławcu",
        "ul. Mickiewicza 13",
        "59-700 Bolesławiec",
        51.2640,
        15.5660,
        "Europe/Warsaw",
        "Zespół Opieki Zdrowotnej w Bolesławcu",
        "ul. Jeleniogórska 4",
        "59-700 Bolesławiec",
        "75 738 02 00",
        "Parking przy Rynku, ul. Kutuzowa",
        "59-700 Bolesławiec",
    ),
    "waskitor": _p(
        "pl",
        "Ełcka Kolej Wąskotorowa",
        "ul. Wąski Tor 1",
        "19-300 Ełk",
        53.8250,
        22.3600,
        "Europe/Warsaw",
        "Szpital Miejski im. Jana Pawła II w Ełku",
        "ul. Baranki 24",
        "19-300 Ełk",
        "87 621 97 00",
        "Plac przy dworcu PKP, ul. Dworcowa",
        "19-300 Ełk",
    ),
    # (2) Polish commercial sheets with the call in a box: Frombork, Białowieża, Augustów
    "katedralne": _p(
        "pl",
        "Muzeum Mikołaja Kopernika - Wzgórze Katedralne",
        "ul. Katedralna 8",
        "14-530 Frombork",
        54.3570,
        19.6810,
        "Europe/Warsaw",
        "Szpital Miejski św. Jana Pawła II w Elblągu",
        "ul. Żeromskiego 22",
        "82-300 Elbląg",
        "55 230 61 00",
        "Parking przy porcie, ul. Portowa",
        "14-530 Frombork",
    ),
    "bpn": _p(
        "pl",
        "Białowieski Park Narodowy - Ośrodek Edukacyjno-Muzealny",
        "Park Pałacowy 11",
        "17-230 Białowieża",
        52.7010,
        23.8470,
        "Europe/Warsaw",
        "SP ZOZ w Hajnówce",
        "ul. Doc. Adama Dowgirda 9",
        "17-200 Hajnówka",
        "85 682 90 00",
        "Parking przy bramie Parku Pałacowego, ul. Olgi Gabiec",
        "17-230 Białowieża",
    ),
    "rynekaug": _p(
        "pl",
        "Urząd Miejski w Augustowie",
        "Rynek Zygmunta Augusta 1",
        "16-300 Augustów",
        53.8440,
        22.9790,
        "Europe/Warsaw",
        "Szpital Powiatowy w Augustowie",
        "ul. Szpitalna 12",
        "16-300 Augustów",
        "87 644 17 00",
        "Parking przy Bulwarach, ul. Mostowa",
        "16-300 Augustów",
    ),
    # (3) Polish revisions with a BYŁO / JEST table: Bytów, Duszniki-Zdrój, Darłowo
    "bytow": _p(
        "pl",
        "Zamek w Bytowie (Muzeum Zachodniokaszubskie)",
        "ul. Zamkowa 2",
        "77-100 Bytów",
        54.1710,
        17.4930,
        "Europe/Warsaw",
        "Szpital Powiatowy w Bytowie",
        "ul. Lęborska 13",
        "77-100 Bytów",
        "59 822 85 00",
        "Parking przy ul. Zamkowej (za fosą)",
        "77-100 Bytów",
    ),
    "papiernia": _p(
        "pl",
        "Muzeum Papiernictwa",
        "ul. Kłodzka 42",
        "57-340 Duszniki-Zdrój",
        50.4050,
        16.3960,
        "Europe/Warsaw",
        "Szpital Powiatowy w Kłodzku",
        "ul. Szpitalna 1a",
        "57-300 Kłodzko",
        "74 865 12 00",
        "Parking przy Parku Zdrojowym, ul. Zdrojowa",
        "57-340 Duszniki-Zdrój",
    ),
    "darlowo": _p(
        "pl",
        "Zamek Książąt Pomorskich w Darłowie",
        "ul. Zamkowa 4",
        "76-150 Darłowo",
        54.4230,
        16.4080,
        "Europe/Warsaw",
        "Szpital Powiatowy w Sławnie",
        "ul. Kopernika 28",
        "76-100 Sławno",
        "59 810 93 00",
        "Parking przy Rynku, ul. Powstańców Warszawskich",
        "76-150 Darłowo",
    ),
    # (4) Czech bilingual tables: České Budějovice, Český Krumlov, Děčín
    "radnice": _p(
        "eu",
        "Radnice České Budějovice",
        "náměstí Přemysla Otakara II. 1/1",
        "370 01 České Budějovice",
        48.9740,
        14.4740,
        "Europe/Prague",
        "Nemocnice České Budějovice, a.s.",
        "B. Němcové 585/54",
        "370 01 České Budějovice",
        "387 871 111",
        "Parkoviště Mariánské náměstí",
        "370 01 České Budějovice",
    ),
    "krumlov": _p(
        "eu",
        "Zámek Český Krumlov",
        "Zámek 59",
        "381 01 Český Krumlov",
        48.8120,
        14.3150,
        "Europe/Prague",
        "Nemocnice Český Krumlov a.s.",
        "Nemocniční 429",
        "381 01 Český Krumlov",
        "380 761 111",
        "Parkoviště P2 Jelenice, Chvalšinská",
        "381 01 Český Krumlov",
    ),
    "decin": _p(
        "eu",
        "Zámek Děčín",
        "Dlouhá jízda 1254/1",
        "405 02 Děčín",
        50.7770,
        14.2030,
        "Europe/Prague",
        "Nemocnice Děčín, o.z.",
        "U Nemocnice 1",
        "405 99 Děčín",
        "412 705 111",
        "Parkoviště pod zámkem, Tyršova",
        "405 02 Děčín",
    ),
    # (5) Hungarian / Romanian service sheets in English: Esztergom, Fertőd, Brașov
    "bazilika": _p(
        "eu",
        "Esztergomi Bazilika",
        "Szent István tér 1.",
        "2500 Esztergom",
        47.7980,
        18.7360,
        "Europe/Budapest",
        "Vaszary Kolos Kórház",
        "Petőfi Sándor u. 26-28.",
        "2500 Esztergom",
        "+36 33 542 300",
        "Bazilika buszparkoló, Szent István tér",
        "2500 Esztergom",
    ),
    "esterhazy": _p(
        "eu",
        "Esterházy-kastély",
        "Joseph Haydn u. 2.",
        "9431 Fertőd",
        47.6190,
        16.8710,
        "Europe/Budapest",
        "Soproni Erzsébet Oktató Kórház",
        "Győri út 15.",
        "9400 Sopron",
        "+36 99 514 200",
        "Kastély parkoló, Madách sétány",
        "9431 Fertőd",
    ),
    "neagra": _p(
        "eu",
        "Biserica Neagră",
        "Curtea Johannes Honterus 2",
        "500025 Brașov",
        45.6410,
        25.5880,
        "Europe/Bucharest",
        "Spitalul Clinic Județean de Urgență Brașov",
        "Calea București 25-27",
        "500326 Brașov",
        "+40 268 320 022",
        "Parcarea Poarta Șchei, Str. Poarta Șchei",
        "500023 Brașov",
    ),
    # (6) Lithuanian sheets: Druskininkai, Biržai, Anykščiai
    "ciurlionis": _p(
        "eu",
        "M. K. Čiurlionio memorialinis muziejus",
        "M. K. Čiurlionio g. 35",
        "LT-66164 Druskininkai",
        54.0150,
        23.9850,
        "Europe/Vilnius",
        "VšĮ Druskininkų ligoninė",
        "Sveikatos g. 30",
        "LT-66118 Druskininkai",
        "+370 313 59 100",
        "Aikštelė prie Vilniaus alėjos",
        "LT-66119 Druskininkai",
    ),
    "birzai": _p(
        "eu",
        "Biržų pilis (Biržų krašto muziejus „Sėla“)",
        "J. Radvilos g. 3",
        "LT-41148 Biržai",
        56.2040,
        24.7590,
        "Europe/Vilnius",
        "VšĮ Biržų ligoninė",
        "Vilniaus g. 115",
        "LT-41143 Biržai",
        "+370 450 31 700",
        "Aikštelė prie Širvėnos ežero, Rotušės g.",
        "LT-41175 Biržai",
    ),
    "anyksciai": _p(
        "eu",
        "A. Baranausko ir A. Vienuolio-Žukausko memorialinis muziejus",
        "A. Vienuolio g. 2",
        "LT-29145 Anykščiai",
        55.5250,
        25.1020,
        "Europe/Vilnius",
        "VšĮ Anykščių rajono savivaldybės ligoninė",
        "J. Biliūno g. 2",
        "LT-29111 Anykščiai",
        "+370 381 50 300",
        "Aikštelė prie Šventosios, Vyskupo Paltaroko g.",
        "LT-29135 Anykščiai",
    ),
}

PL_WD = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
PL_MON = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia"]
PL_MON += ["września", "października", "listopada", "grudnia"]
CZ_WD = ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"]
CZ_MON = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna"]
CZ_MON += ["září", "října", "listopadu", "prosince"]
HU_WD = ["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"]
HU_MON = ["január", "február", "március", "április", "május", "június", "július"]
HU_MON += ["augusztus", "szeptember", "október", "november", "december"]
RO_WD = ["luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"]
RO_MON = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august"]
RO_MON += ["septembrie", "octombrie", "noiembrie", "decembrie"]
LT_WD = ["pirmadienis", "antradienis", "trečiadienis", "ketvirtadienis", "penktadienis"]
LT_WD += ["šeštadienis", "sekmadienis"]
LT_MON = ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos"]
LT_MON += ["rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, _, _ = clock(hhmm)
    forms = {
        "pl": f"{h}:{m:02d}",  # "7:00"
        "pl_godz": f"godz. {h}.{m:02d}",  # "godz. 7.00"
        "cz": f"{h}.{m:02d}",  # "7.30"
        "cz_hod": f"{h}.{m:02d} hod.",  # "7.30 hod."
        "hu": f"{h:02d}:{m:02d}",  # "07:00"
        "ro": f"{h:02d}:{m:02d}",
        "lt": f"{h:02d}:{m:02d}",
        "lt_val": f"{h:02d}.{m:02d} val.",  # "07.00 val."
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    wd = d.weekday()
    forms = {
        "pl_long": f"{PL_WD[wd]}, {d.day} {PL_MON[d.month - 1]} {d.year} r.",
        "pl_num": f"{d:%d.%m.%Y} ({PL_WD[wd]})",  # "12.11.2026 (czwartek)"
        "pl_plain": f"{d:%d.%m.%Y}",
        "cz_long": f"{CZ_WD[wd]} {d.day}. {CZ_MON[d.month - 1]} {d.year}",
        "cz_num": f"{d.day}. {d.month}. {d.year}",  # "12. 11. 2026"
        "en_long": f"{d:%A} {d.day} {d:%B %Y}",  # "Thursday 12 November 2026"
        "hu_long": f"{d.year}. {HU_MON[d.month - 1]} {d.day}., {HU_WD[wd]}",
        "hu_num": f"{d.year}. {d.month:02d}. {d.day:02d}.",
        "ro_long": f"{RO_WD[wd]}, {d.day} {RO_MON[d.month - 1]} {d.year}",
        "ro_num": f"{d:%d.%m.%Y}",
        "lt_long": f"{d.year} m. {LT_MON[d.month - 1]} {d.day} d., {LT_WD[wd]}",
        "lt_num": f"{d:%Y-%m-%d}",
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh51")
_table = partial(head_table, size=7.5, lead=12)


def _footer(c: Canvas, text: str) -> None:
    grey_text(c, 34, c.pdf.h - 20, text, 7, 120)


def _strike(c: Canvas, x: float, y: float, text: str, size: float, **kw: Any) -> float:
    """Text with a rule through it (a struck old value); returns its width."""
    w = c.text(x, y, text, size, **kw)
    c.hline(x - 1, x + w + 1, y - size * 0.32, 0.8)
    return w


# --- (1) Polish series plan: the day's times in a shaded sidebar beside the scene table --------


def _pl_side(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=30.0)
        c.text(x0, 38, g["company"], 9, bold=True)
        grey_text(c, x0, 49, g["office"], 7)
        c.right(right, 38, f"PLAN ZDJĘCIOWY nr {g['n']}", 13, bold=True)
        c.right(right, 50, f"wysłano: {g['sent']}", 7.5)
        c.hline(x0, right, 58, 1.0)
        c.text(x0, 80, f"SERIAL „{title}”", 17, bold=True)
        c.text(x0, 94, g["episodes"], 8.5)
        # the sidebar
        sw = 150.0
        top = 106.0
        fill(c, x0, top, sw, 560, 232)
        y = top + 16
        c.text(x0 + 8, y, "DATA", 7, bold=True)
        y += 12
        fit(c, x0 + 8, y, day_text(day, g["date_style"]), 8.5, sw - 14, bold=True)
        y += 12
        c.text(x0 + 8, y, f"Dzień zdjęciowy {g['day_n']}", 8)
        y += 10
        c.hline(x0 + 6, x0 + sw - 6, y, 0.5)
        y += 16
        for lab, off in g["times"]:
            if off == 0:
                c.text(x0 + 8, y, lab, 7.5, bold=True)
                c.text(x0 + 8, y + 22, hm(call, t), 20, bold=True)
                y += 36
            else:
                c.text(x0 + 8, y, lab, 7)
                c.text(x0 + 8, y + 12, hm(add_minutes(call, off), t), 10, bold=True)
                y += 26
        c.hline(x0 + 6, x0 + sw - 6, y - 8, 0.5)
        y += 6
        c.text(x0 + 8, y, f"Wschód słońca: {hm(rise, t)}", 7.5)
        c.text(x0 + 8, y + 11, f"Zachód słońca: {hm(fall, t)}", 7.5)
        c.text(x0 + 8, y + 26, "Pogoda:", 7, bold=True)
        paragraph(c, x0 + 8, y + 37, g["weather"], 7.5, sw - 16, 9.5)
        # the main column
        mx = x0 + sw + 12
        y = top + 12
        y = _table(
            c,
            mx,
            y,
            ["ODC./SC.", "OBIEKT / MIEJSCE", "P/N", "D/N", "POSTACIE", "STR."],
            [0, 46, 200, 224, 250, 354],
            g["scenes"],
            right,
        )
        written = partial(hm, style=t)
        y = _table(
            c,
            mx,
            y + 4,
            ["AKTOR", "POSTAĆ", "CHARAKT.", "KOSTIUM", "NA PLANIE"],
            [0, 110, 200, 260, 320],
            cast_times(g["cast"], call, written, [-75, -40, 30]),
            right,
        )
        y += 6
        rows = [
            ("Miejsce zdjęć", p.name),
            ("Adres", f"{p.street}, {p.city}"),
            ("Plan", g["set"]),
            ("Baza / parking", f"{p.base_street}, {p.base_city}"),
            ("Najbliższy szpital", p.hospital),
            ("", f"{p.hospital_street}, {p.hospital_city}, tel. {p.hospital_phone}"),
            ("Numer alarmowy", "112"),
        ]
        y = label_rows(c, mx, y, right, rows, 8, 92, 13, rule_drop=4)
        y += 8
        y = _table(
            c,
            mx,
            y,
            ["PION", "OSOBA", "TELEFON", "ZBIÓRKA"],
            [0, 100, 210, 310],
            crew_times(g["crew"], call, written),
            right,
        )
        y = titled_notes(c, mx, y + 4, "UWAGI", 8, g["notes"], 7.5, right - mx, 10)
        nxt = day + dt.timedelta(days=1)
        fill(c, x0, 690, right - x0, 22, 40)
        c.pdf.set_text_color(255, 255, 255)
        c.text(
            x0 + 8,
            705,
            f"JUTRO: {day_text(nxt, 'pl_plain')}  ·  zbiórka {hm(g['next_call'], t)}  ·  "
            f"{g['next_place']}",
            8.5,
            bold=True,
        )
        black(c)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"pl_side_{key}",
        "pl_serial_sidebar",
        "Polish TV series 'PLAN ZDJĘCIOWY nr n', A4: company and 'wysłano:' top, the series "
        "title in „quotes” with the episodes; a shaded left-hand sidebar with the date, "
        "'Dzień zdjęciowy n z m' and the day's times one under another (the ZBIÓRKA EKIPY "
        "time at 20 pt, 'Wejście na plan', charakteryzacja, obiad, koniec zdjęć), sun and "
        "weather; beside it the scene table, cast with make-up / costume / on-set times, label "
        "rows for the set, base and hospital, crew with their own zbiórka, notes; a black "
        "'JUTRO:' strip at the foot",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _pl_side_sheets() -> list[Sheet]:
    return [
        _pl_side(
            "slaski",
            "Kocioł",
            D(2026, 11, 10),
            "07:00",
            {
                "font": "sans",
                "time_style": "pl",
                "date_style": "pl_long",
                "company": "SILESIA FILM STUDIO sp. z o.o.",
                "office": "ul. Mariacka 21, 40-014 Katowice  ·  tel. 32 258 11 40",
                "n": "23",
                "sent": "poniedziałek, 9 listopada 2026, 19:45",
                "episodes": "odc. 7, 8  ·  reż. Agnieszka Wróbel  ·  II reż. Tomasz Kubica",
                "day_n": "23 z 60",
                "times": [
                    ("Charakteryzacja / kostiumy", -60),
                    ("ZBIÓRKA EKIPY", 0),
                    ("Wejście na plan", 30),
                    ("Obiad", 330),
                    ("Koniec zdjęć (plan.)", 600),
                ],
                "weather": "Pochmurno, 6°C, wiatr zachodni 20 km/h",
                "set": "trybuna kryta i tunel dla zawodników",
                "scenes": [
                    ("7/12", "STADION - TRYBUNA KRYTA", "P", "D", "Marek, Ola, 40 stat.", "2 1/8"),
                    ("7/14", "STADION - TUNEL", "W", "D", "Marek, trener", "1 3/8"),
                    ("8/3", "STADION - SZATNIA GOŚCI", "W", "D", "Marek", "6/8"),
                ],
                "cast": [
                    ("Dawid Ogrodnik", "MAREK", 0),
                    ("Magdalena Boczarska", "OLA", 60),
                    ("Jan Frycz", "TRENER", 120),
                ],
                "crew": [
                    ("Kierownik planu", "Paweł Szołtysek", "601 224 818", -30),
                    ("Operator", "Michał Englert", "602 118 443", 0),
                    ("Oświetlenie", "Grzegorz Pająk", "605 930 271", -45),
                ],
                "notes": [
                    "Stadion czynny: wejście tylko bramą nr 4 z identyfikatorem. Statyści "
                    "zbiórka w holu VIP o 7:30, kostiumy własne (zimowe, ciemne).",
                ],
                "next_call": "07:30",
                "next_place": "Park Śląski, Planetarium",
                "footer": "Silesia Film Studio  |  Kocioł  |  plan zdjęciowy nr 23",
            },
        ),
        _pl_side(
            "ceramika",
            "Glina",
            D(2026, 11, 18),
            "08:00",
            {
                "font": "sans",
                "time_style": "pl",
                "date_style": "pl_num",
                "company": "DOLNOŚLĄSKA WYTWÓRNIA SERIALI",
                "office": "pl. Solny 14, 50-062 Wrocław",
                "n": "11",
                "sent": "17.11.2026, 20:05",
                "episodes": "odc. 3  ·  reż. Bartosz Konopka",
                "day_n": "11 z 36",
                "times": [
                    ("ZBIÓRKA EKIPY", 0),
                    ("Wejście na plan", 45),
                    ("Obiad", 300),
                    ("Koniec zdjęć (plan.)", 600),
                ],
                "weather": "Mgła rano, potem słonecznie, 8°C",
                "set": "sala pieców i pracownia malarska",
                "scenes": [
                    ("3/21", "MUZEUM - SALA PIECÓW", "W", "D", "Hanna, Józef", "2 4/8"),
                    ("3/22", "MUZEUM - PRACOWNIA", "W", "D", "Hanna", "1 2/8"),
                ],
                "cast": [
                    ("Maja Ostaszewska", "HANNA", 0),
                    ("Andrzej Seweryn", "JÓZEF", 90),
                ],
                "crew": [
                    ("Kierownik planu", "Irena Mazur", "603 551 902", -30),
                    ("Operator", "Jolanta Dylewska", "604 772 019", 0),
                    ("Scenografia", "Robert Czesak", "608 119 230", -60),
                ],
                "notes": [
                    "Eksponaty ceramiczne: nie dotykać, rekwizyty tylko od scenografii. Muzeum "
                    "otwarte od 10:00 - od tej pory pracujemy tylko w pracowni.",
                ],
                "next_call": "08:00",
                "next_place": "Manufaktura, ul. Ceramiczna 4",
                "footer": "DWS  |  Glina (serial)  |  PZ 11",
            },
        ),
        _pl_side(
            "waskitor",
            "Wąski Tor",
            D(2026, 11, 26),
            "06:30",
            {
                "font": "sans",
                "time_style": "pl",
                "date_style": "pl_long",
                "company": "MAZURY PICTURES",
                "office": "ul. Armii Krajowej 6, 19-300 Ełk",
                "n": "5",
                "sent": "wtorek, 24 listopada 2026, 21:10",
                "episodes": "odc. 1, 2  ·  reż. Łukasz Palkowski",
                "day_n": "5 z 28",
                # HARD: 'Wejście na plan' is bold and large too, 45 minutes after the zbiórka
                "times": [
                    ("ZBIÓRKA EKIPY (baza przy dworcu)", 0),
                    ("WEJŚCIE NA PLAN (parowóz)", 45),
                    ("Obiad", 330),
                    ("Koniec zdjęć (plan.)", 630),
                ],
                "weather": "Zimno, -2°C rano, bezchmurnie",
                "set": "peron, parowóz Px48 i wagony",
                "scenes": [
                    ("1/4", "DWORZEC WĄSKOTOROWY - PERON", "P", "D", "Zosia, Antek", "1 7/8"),
                    ("2/9", "WAGON - WNĘTRZE (W RUCHU)", "W", "D", "Zosia, konduktor", "2 1/8"),
                ],
                "cast": [
                    ("Zofia Wichłacz", "ZOSIA", 0),
                    ("Mateusz Więcławek", "ANTEK", 30),
                    ("Jerzy Stuhr", "KONDUKTOR", 150),
                ],
                "crew": [
                    ("Kierownik planu", "Kamil Nowik", "606 440 318", -30),
                    ("Operator", "Piotr Sobociński jr", "601 902 733", 0),
                    ("Kolej - maszynista", "Henryk Rydzewski", "87 610 00 00", -90),
                ],
                "notes": [
                    "Przejazd pociągu tylko na sygnał kierownika planu. Nikt nie wchodzi na tory. "
                    "Ciepłe ubrania: wagony nieogrzewane.",
                ],
                "next_call": "07:00",
                "next_place": "Sypitki, przystanek kolei",
                "footer": "Mazury Pictures  |  Wąski Tor  |  plan nr 5",
            },
        ),
    ]


# --- (2) Polish commercial: the crew call in a heavy box, addresses as 'ul. ... / 00-000 Town' ---


def _slash(street: str, city: str) -> str:
    return f"{street} / {city}"


def _pl_ad(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=34.0)
        fill(c, 0, 0, c.width, 54, g["band"])
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0, 34, "CALL SHEET  ·  REKLAMA", 15, bold=True)
        c.right(right, 30, g["company"], 9, bold=True)
        c.right(right, 42, g["office"], 7)
        black(c)
        # project rows left, the box right
        rows = [
            ("Projekt", f"„{title}”  ·  {g['spot']}"),
            ("Klient", g["client"]),
            ("Agencja", g["agency"]),
            ("Reżyser", g["director"]),
            ("Operator", g["dop"]),
            ("Producent", g["producer"]),
            ("Data zdjęć", day_text(day, g["date_style"])),
            ("Dzień", g["day_n"]),
        ]
        label_rows(c, x0, 80, right - 200, rows, 8.5, 70, 14, suffix=":")
        bx = right - 186
        c.box(bx, 66, 186, 110, 2.2)
        c.text(bx + 10, 84, "GODZINA ZBIÓRKI EKIPY", 10, bold=True)
        c.text(bx + 10, 126, hm(call, t), 34, bold=True)
        fit(c, bx + 10, 146, g["call_note"], 7.5, 166)
        c.text(bx + 10, 162, f"Wschód {hm(rise, t)}  ·  Zachód {hm(fall, t)}", 7.5)
        y = 200.0
        lines = [
            ("LOKALIZACJA", f"{p.name}, {_slash(p.street, p.city)}"),
            ("PLAN", g["set"]),
            ("BAZA / PARKING", _slash(p.base_street, p.base_city)),
            (
                "SZPITAL (SOR)",
                f"{p.hospital}, {_slash(p.hospital_street, p.hospital_city)}, "
                f"tel. {p.hospital_phone}",
            ),
        ]
        for lab, val in lines:
            fill(c, x0, y - 10, 96, 14, 225)
            c.text(x0 + 4, y, lab, 7.5, bold=True)
            fit(c, x0 + 102, y, val, 8.5, right - x0 - 102)
            c.hline(x0, right, y + 4, 0.3)
            y += 18
        y += 10
        written = partial(hm, style=t)
        c.text(x0, y, "HARMONOGRAM DNIA", 9, bold=True)
        y = _table(
            c,
            x0,
            y + 14,
            ["GODZ.", "CO", "GDZIE"],
            [0, 60, 330],
            timed_rows(g["schedule"], call, written),
            right,
        )
        y = _table(
            c,
            x0,
            y + 4,
            ["TALENT", "ROLA", "CHARAKT.", "NA PLANIE"],
            [0, 150, 300, 400],
            cast_times(g["cast"], call, written, [-45, 30]),
            right,
        )
        y = _table(
            c,
            x0,
            y + 4,
            ["DZIAŁ", "IMIĘ I NAZWISKO", "TELEFON", "ZBIÓRKA"],
            [0, 130, 290, 410],
            crew_times(g["crew"], call, written),
            right,
        )
        titled_notes(c, x0, y + 6, "UWAGI PRODUKCYJNE", 8.5, g["notes"], 8, right - x0, 11)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"pl_ad_{key}",
        "pl_reklama_box",
        "Polish commercial 'CALL SHEET · REKLAMA', A4: a coloured band with the house and its "
        "address; label rows Projekt (title in „quotes” and the spot length), Klient, Agencja, "
        "Reżyser, Operator, Producent, Data zdjęć, Dzień; a heavy box top right 'GODZINA "
        "ZBIÓRKI EKIPY' with the time at 34 pt, a note and the sun; LOKALIZACJA / PLAN / BAZA "
        "/ SZPITAL rows with every address on one line as 'ul. ... / 00-000 Miasto'; a "
        "HARMONOGRAM DNIA table, talent, crew with ZBIÓRKA, notes",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _pl_ad_sheets() -> list[Sheet]:
    return [
        _pl_ad(
            "katedralne",
            "Niebo nad Zalewem",
            D(2026, 11, 12),
            "07:00",
            {
                "font": "sans",
                "time_style": "pl",
                "date_style": "pl_num",
                "band": 30,
                "company": "KOPERNIK FILM HOUSE",
                "office": "ul. Grunwaldzka 55 / 80-241 Gdańsk",
                "spot": 'TVC 30" + cutdown 15"',
                "client": "Bank Bałtycki S.A.",
                "agency": "Horyzont Creative",
                "director": "Filip Gajewski",
                "dop": "Kacper Fertacz",
                "producer": "Joanna Rydel",
                "day_n": "1 z 2",
                "call_note": "cała ekipa, parking przy porcie",
                "set": "dziedziniec katedralny i wieża Radziejowskiego",
                "schedule": [
                    (-30, "Śniadanie (catering)", "Parking przy porcie"),
                    (0, "Zbiórka ekipy", "Parking przy porcie"),
                    (60, "Pierwszy klaps", "Dziedziniec"),
                    (330, "Obiad", "Sala PTTK"),
                    (600, "Planowany koniec", ""),
                ],
                "cast": [("Helena Sujecka", "MAMA", 0), ("Tymon Kulesza", "SYN", 30)],
                "crew": [
                    ("Produkcja", "Joanna Rydel", "600 301 772", -30),
                    ("Kamera", "Kacper Fertacz", "601 118 003", 0),
                    ("Agencja", "Ewa Brzozowska", "602 990 114", 90),
                ],
                "notes": [
                    "Teren muzeum: zakaz dronów bez zgody dyrekcji, zgoda na 9:00-11:00. "
                    "Klient i agencja na planie od 9:00 (video village w namiocie).",
                ],
                "footer": "Kopernik Film House  |  Niebo nad Zalewem  |  Call sheet 1/2",
            },
        ),
        _pl_ad(
            "bpn",
            "Puszcza",
            D(2026, 11, 19),
            "06:30",
            {
                "font": "sans",
                "time_style": "pl",
                "date_style": "pl_long",
                "band": 35,
                "company": "ŻUBR PRODUCTION",
                "office": "ul. Lipowa 14 / 15-424 Białystok",
                "spot": 'TVC 45"',
                "client": "Podlaskie Wody Mineralne",
                "agency": "Korzenie Brand Studio",
                "director": "Olga Chajdas",
                "dop": "Radosław Ładczuk",
                "producer": "Marta Lewczuk",
                "day_n": "1 z 1",
                # HARD: the production's own call an hour earlier sits in the schedule above
                "call_note": "zbiórka na parkingu, bus na plan 20 min",
                "set": "dąb przy Parku Pałacowym i staw",
                "schedule": [
                    (-60, "Zbiórka produkcji / wyjazd z Hajnówki", "Hotel Żubrówka"),
                    (0, "Zbiórka ekipy", "Parking przy bramie Parku"),
                    (45, "Pierwsze ujęcie", "Staw"),
                    (300, "Obiad", "Restauracja Carska"),
                    (570, "Planowany koniec", ""),
                ],
                "cast": [("Witold Roguski", "LEŚNIK", 0)],
                "crew": [
                    ("Produkcja", "Marta Lewczuk", "604 300 561", -60),
                    ("Kamera", "Radosław Ładczuk", "605 441 009", 0),
                    ("Zwierzęta (koń)", "Stajnia Zagroda", "606 812 350", -30),
                ],
                "notes": [
                    "Park Narodowy: chodzimy tylko po ścieżkach, bez sztucznego dymu. "
                    "Straż parku na planie cały dzień.",
                ],
                "footer": "Żubr Production  |  Puszcza  |  Call sheet",
            },
        ),
        _pl_ad(
            "rynekaug",
            "Lato w Augustowie",
            D(2026, 12, 3),
            "08:00",
            {
                "font": "sans",
                "time_style": "pl",
                "date_style": "pl_num",
                "band": 60,
                "company": "NETTA FILM",
                "office": "ul. Mostowa 3 / 16-300 Augustów",
                "spot": 'spot 20" (online)',
                "client": "Urząd Miejski w Augustowie",
                "agency": "bezpośrednio",
                "director": "Marcin Sauter",
                "dop": "Adam Sikora",
                "producer": "Kinga Jurkiewicz",
                "day_n": "2 z 2",
                "call_note": "przed ratuszem, wejście od Rynku",
                "set": "rynek i schody ratusza",
                "schedule": [
                    (-30, "Kawa i kanapki", "Kawiarnia Mostowa"),
                    (0, "Zbiórka ekipy", "Rynek Zygmunta Augusta"),
                    (60, "Pierwsze ujęcie", "Schody ratusza"),
                    (300, "Obiad", "Bulwary"),
                    (540, "Planowany koniec", ""),
                ],
                "cast": [("Chór Szkoły Muzycznej", "CHÓR", 30)],
                "crew": [
                    ("Produkcja", "Kinga Jurkiewicz", "607 311 420", -30),
                    ("Kamera", "Adam Sikora", "600 717 284", 0),
                ],
                "notes": ["Jarmark świąteczny na Rynku od 10:00: ujęcia ogólne do 9:45."],
                "footer": "Netta Film  |  Lato w Augustowie  |  dzień 2",
            },
        ),
    ]


# --- (3) Polish revision: KOREKTA with a BYŁO / JEST table, the old call struck ---------------


def _pl_fix(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=36.0)
        c.text(x0, 40, g["company"], 9, bold=True)
        c.right(right, 40, f"wysłano: {g['sent']}", 8)
        fill(c, x0, 50, right - x0, 30, 70)
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0 + 10, 71, f"KOREKTA  ·  {g['version']}", 15, bold=True)
        c.right(right - 10, 71, f"PLAN ZDJĘCIOWY nr {g['n']}", 11, bold=True)
        black(c)
        centre(c, 104, f"„{title}”", 18)
        centre(c, 118, g["credits"], 8, bold=False)
        y = 142.0
        c.text(x0, y, g["change_head"], 9, bold=True)
        y += 8
        cols = [0, 150, 300]
        fill(c, x0, y, right - x0, 14, 215)
        for head, dx in zip(["CO", "BYŁO", "JEST"], cols, strict=True):
            c.text(x0 + 4 + dx, y + 10, head, 8, bold=True)
        y += 14
        for what, was, now in [("Zbiórka ekipy", g["old_call"], call), *g["changes"]]:
            c.text(x0 + 4, y + 11, what, 8.5)
            was_text = hm(was, t) if ":" in was else was
            now_text = hm(now, t) if ":" in now else now
            _strike(c, x0 + 4 + cols[1], y + 11, was_text, 9)
            c.text(x0 + 4 + cols[2], y + 11, now_text, 9, bold=True)
            c.hline(x0, right, y + 15, 0.3)
            y += 16
        c.box(
            x0,
            y - 16 * (1 + len(g["changes"])) - 14,
            right - x0,
            16 * (1 + len(g["changes"])) + 14,
            0.8,
        )
        y += 16
        old = g.get("struck_in_row")
        c.text(x0, y, "Data zdjęć:", 9, bold=True)
        c.text(x0 + 110, y, day_text(day, g["date_style"]), 9)
        y += 14
        c.text(x0, y, "Dzień zdjęciowy:", 9, bold=True)
        c.text(x0 + 110, y, g["day_n"], 9)
        y += 14
        c.text(x0, y, "Zbiórka ekipy:", 9, bold=True)
        xx = x0 + 110
        if old:
            xx += _strike(c, xx, y, hm(g["old_call"], t), 9) + 6
        c.text(xx, y, hm(call, t), 11, bold=True)
        y += 14
        rows = [
            ("Gotowość do zdjęć:", hm(add_minutes(call, g["ready"]), t)),
            ("Obiad:", hm(add_minutes(call, 330), t)),
            ("Planowany koniec:", hm(add_minutes(call, 630), t)),
            ("Wschód / zachód:", f"{hm(rise, t)} / {hm(fall, t)}"),
            ("Miejsce zdjęć:", p.name),
            ("", f"{p.street}, {p.city}"),
            ("Obiekt:", g["set"]),
            ("Baza:", f"{p.base_street}, {p.base_city}"),
            ("Szpital:", p.hospital),
            ("", f"{p.hospital_street}, {p.hospital_city}  ·  tel. {p.hospital_phone}"),
        ]
        y = label_rows(c, x0, y, right, rows, 9, 110, 14)
        y += 8
        written = partial(hm, style=t)
        y = _table(
            c,
            x0,
            y,
            ["SC.", "OBIEKT", "P/N", "POSTACIE", "STR."],
            [0, 36, 280, 310, 460],
            g["scenes"],
            right,
        )
        y = _table(
            c,
            x0,
            y + 4,
            ["PION", "OSOBA", "TEL.", "ZBIÓRKA"],
            [0, 130, 280, 400],
            crew_times(g["crew"], call, written),
            right,
        )
        titled_notes(c, x0, y + 6, "Zmiany w wersji 2:", 8.5, g["notes"], 8, right - x0, 11)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"pl_fix_{key}",
        "pl_korekta_bylo_jest",
        "Polish revised plan, A4: company and 'wysłano:' top; a dark banner 'KOREKTA · WERSJA 2' "
        "with 'PLAN ZDJĘCIOWY nr n'; the title centred; a boxed change table CO / BYŁO / JEST "
        "whose first row is 'Zbiórka ekipy' with the old time struck through and the new time "
        "bold, then other changes; label rows (Data zdjęć, Dzień zdjęciowy, Zbiórka ekipy with "
        "the new time, gotowość, obiad, koniec, sun, Miejsce zdjęć, Obiekt, Baza, Szpital); "
        "scenes, crew, 'Zmiany w wersji 2:' notes",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _pl_fix_sheets() -> list[Sheet]:
    return [
        _pl_fix(
            "bytow",
            "Gryf",
            D(2026, 11, 16),
            "08:00",
            {
                "font": "sans",
                "time_style": "pl",
                "date_style": "pl_long",
                "company": "KASZUBY FILM sp. z o.o.",
                "sent": "15.11.2026, 22:40",
                "version": "WERSJA 2",
                "n": "14",
                "credits": "reż. Jan P. Matuszyński  ·  kier. prod. Barbara Klein",
                "change_head": "ZMIANY W STOSUNKU DO WERSJI 1 (wysłanej 14.11.2026):",
                "old_call": "07:00",
                "changes": [("Kolejność scen", "14, 15, 16", "16, 14, 15")],
                "ready": 60,
                "day_n": "14 z 32",
                "set": "dziedziniec zamkowy i baszta",
                "scenes": [
                    ("16", "ZAMEK - BASZTA (NOC AMERYK.)", "P", "Gryf, Anna", "1 4/8"),
                    ("14", "ZAMEK - DZIEDZINIEC", "P", "Gryf, rycerze, 20 stat.", "2 2/8"),
                    ("15", "ZAMEK - SALA RYCERSKA", "W", "Anna", "1"),
                ],
                "crew": [
                    ("Kierownik planu", "Adam Wilk", "600 112 980", -30),
                    ("Operator", "Kacper Lisowski", "601 440 112", 0),
                    ("Kaskaderzy", "Grupa Rycerska Bytów", "603 802 411", -60),
                ],
                "notes": [
                    "Zbiórka przesunięta na 8:00 z powodu mrozu rano. Kolejność scen zmieniona: "
                    "baszta najpierw (światło).",
                ],
                "footer": "Kaszuby Film  |  Gryf  |  plan nr 14 - wersja 2",
            },
        ),
        _pl_fix(
            "papiernia",
            "Czerpany",
            D(2026, 11, 24),
            "07:30",
            {
                "font": "serif",
                "time_style": "pl",
                "date_style": "pl_num",
                "company": "KŁODZKA FILMOWA",
                "sent": "23.11.2026, 18:15",
                "version": "wersja 2 (poprawiona)",
                "n": "6",
                "credits": "etiuda fabularna  ·  reż. Zuzanna Grajcewicz",
                "change_head": "CO SIĘ ZMIENIŁO:",
                "old_call": "08:30",
                "changes": [("Obiekt", "czerpalnia", "suszarnia na strychu")],
                "ready": 45,
                "day_n": "6 z 10",
                "set": "suszarnia na strychu",
                "scenes": [
                    ("22", "PAPIERNIA - SUSZARNIA", "W", "Lena, Mistrz", "2"),
                    ("23", "PAPIERNIA - SCHODY", "W", "Lena", "5/8"),
                ],
                "crew": [
                    ("Kierownik planu", "Oskar Bielecki", "609 440 128", -30),
                    ("Operator", "Weronika Bilska", "600 773 561", 0),
                ],
                "notes": [
                    "Zbiórka ekipy o 7:30 zamiast 8:30: muzeum otwiera się dla zwiedzających o "
                    "9:00, a strych musimy zwolnić do 12:00.",
                ],
                "footer": "Kłodzka Filmowa  |  Czerpany  |  PZ 6, wersja 2",
            },
        ),
        _pl_fix(
            "darlowo",
            "Król Eryk",
            D(2026, 12, 2),
            "09:00",
            {
                "font": "sans",
                "time_style": "pl_godz",
                "date_style": "pl_long",
                "company": "POMORSKA GRUPA FILMOWA",
                "sent": "wtorek, 1 grudnia 2026, 17:50",
                "version": "WERSJA 2",
                "n": "3",
                "credits": "film fabularny  ·  reż. Maciej Pieprzyca",
                "change_head": "ZMIANA GODZINY ZBIÓRKI:",
                "old_call": "07:30",
                "changes": [("Obiad", "12:30", "14:00")],
                "ready": 60,
                "day_n": "3 z 24",
                # HARD: the struck old call stands before the new one in the label row as well
                "struck_in_row": True,
                "set": "sala tronowa i krużganki",
                "scenes": [
                    ("31", "ZAMEK - SALA TRONOWA 1449", "W", "Eryk, Cecylia", "3"),
                    ("32", "ZAMEK - KRUŻGANKI", "W", "Eryk", "1 1/8"),
                ],
                "crew": [
                    ("Kierownik planu", "Dorota Kurek", "601 900 228", -30),
                    ("Operator", "Paweł Flis", "603 118 775", 0),
                    ("Charakteryzacja", "Janina Ryba", "604 212 009", -90),
                ],
                "notes": [
                    "Zbiórka przesunięta z 7.30 na 9.00 (dostawa zbroi z Gdańska). "
                    "Obiad o 14.00 w Karczmie pod Zamkiem.",
                ],
                "footer": "Pomorska Grupa Filmowa  |  Król Eryk  |  wersja 2",
            },
        ),
    ]


# --- (4) Czech bilingual: Czech label | value | English label -----------------------------------


def _cz(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=34.0)
        c.text(x0, 40, g["company"], 9, bold=True)
        grey_text(c, x0, 51, g["office"], 7)
        c.right(right, 40, "DENNÍ PLÁN NATÁČENÍ / CALL SHEET", 12, bold=True)
        c.right(right, 52, g["kind"], 8)
        c.hline(x0, right, 60, 1.2)
        centre(c, 86, f"„{title}”", 20)
        centre(c, 100, g["credits"], 8, bold=False)
        rows: list[tuple[str, str, str, bool]] = [
            (
                "Datum",
                f"{day_text(day, g['date_style'])}  ·  {day_text(day, 'en_long')}",
                "Date",
                False,
            ),
            ("Natáčecí den", g["day_n"], "Shoot day", False),
            *[(cz, hm(add_minutes(call, off), t), en, off == 0) for cz, en, off in g["times"]],
            ("Východ / západ slunce", f"{hm(rise, t)} / {hm(fall, t)}", "Sunrise / sunset", False),
            ("Počasí", g["weather"], "Weather", False),
            ("Místo natáčení", p.name, "Location", False),
            ("Adresa", f"{p.street}, {p.city}", "Address", False),
            ("Prostor", g["set"], "Set", False),
            ("Základna / parkování", f"{p.base_street}, {p.base_city}", "Unit base", False),
            ("Nemocnice", p.hospital, "Hospital", False),
            ("", f"{p.hospital_street}, {p.hospital_city}, tel. {p.hospital_phone}", "", False),
            ("Tísňové volání", "155 / 112", "Emergency", False),
        ]
        y = 116.0
        cl, cv = 132.0, right - x0 - 112
        for cz, val, en, big in rows:
            h = 22.0 if big else 15.0
            if big:
                fill(c, x0, y, right - x0, h, 225)
            c.box(x0, y, right - x0, h, 0.4)
            c.vline(x0 + cl, y, y + h, 0.3)
            c.vline(x0 + cv, y, y + h, 0.3)
            c.text(x0 + 4, y + h - 5, cz, 8, bold=True)
            fit(c, x0 + cl + 4, y + h - 5, val, 14 if big else 8.5, cv - cl - 8, bold=big)
            grey_text(c, x0 + cv + 4, y + h - 5, en, 7.5, 100)
            y += h
        y += 16
        written = partial(hm, style=t)
        y = _table(
            c,
            x0,
            y,
            ["OBRAZ / SC.", "PROSTŘEDÍ / SET", "I/E", "D/N", "POSTAVY / CAST"],
            [0, 60, 300, 330, 360],
            g["scenes"],
            right,
        )
        y = _table(
            c,
            x0,
            y + 4,
            ["HEREC / ACTOR", "POSTAVA / ROLE", "MASKA / HMU", "NA PLACE / ON SET"],
            [0, 150, 290, 400],
            cast_times(g["cast"], call, written, [-60, 30]),
            right,
        )
        y = _table(
            c,
            x0,
            y + 4,
            ["PROFESE / DEPT.", "JMÉNO / NAME", "TEL.", "SRAZ / CALL"],
            [0, 140, 290, 410],
            crew_times(g["crew"], call, written),
            right,
        )
        titled_notes(c, x0, y + 6, "POZNÁMKY / NOTES", 8.5, g["notes"], 8, right - x0, 11)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"cz_{key}",
        "cz_bilingual_table",
        "Czech bilingual 'DENNÍ PLÁN NATÁČENÍ / CALL SHEET', A4: company left, the kind of "
        "production right, the title in „quotes” centred; one ruled three-column table, the "
        "Czech label left (bold), the value in the middle and the English label right (grey): "
        "Datum / Date in Czech and English, Natáčecí den, the day's times with 'Sraz štábu / "
        "Crew call' shaded and larger ('7.00', '7.30 hod.'), sun, weather, Místo natáčení, "
        "Adresa, Prostor, Základna, Nemocnice, 155 / 112; scenes, cast, crew with SRAZ, notes",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _cz_sheets() -> list[Sheet]:
    return [
        _cz(
            "radnice",
            "Měšťané",
            D(2026, 11, 11),
            "07:00",
            {
                "font": "sans",
                "time_style": "cz",
                "date_style": "cz_long",
                "company": "BUDWEIS FILM s.r.o.",
                "office": "Krajinská 12, 370 01 České Budějovice  ·  IČO 07744512",
                "kind": "celovečerní film / feature film",
                "credits": "Režie / Director: Jan Hřebejk  ·  Produkce: Tereza Malá",
                "day_n": "8 / 30",
                "times": [
                    ("Snídaně", "Breakfast", -30),
                    ("Sraz štábu", "Crew call", 0),
                    ("Začátek natáčení", "First shot", 60),
                    ("Oběd", "Lunch", 330),
                    ("Předpokládaný konec", "Est. wrap", 630),
                ],
                "weather": "Polojasno, 7 °C",
                "set": "obřadní síň a schodiště",
                "scenes": [
                    ("41", "RADNICE - OBŘADNÍ SÍŇ 1895", "I", "D", "Purkmistr, Marie, 30 kompars"),
                    ("42", "RADNICE - SCHODIŠTĚ", "I", "D", "Marie"),
                ],
                "cast": [("Ivan Trojan", "PURKMISTR", 0), ("Anna Geislerová", "MARIE", 45)],
                "crew": [
                    ("Vedoucí natáčení", "Petr Vondra", "603 114 228", -30),
                    ("Kamera", "Martin Štrba", "602 551 903", 0),
                    ("Osvětlovač", "Josef Kubát", "604 772 331", -45),
                ],
                "notes": [
                    "Radnice v provozu: svatby v 11.00 a 12.00, v tu dobu natáčíme jen na "
                    "schodišti. Kompars sraz v 7.30 na nádvoří.",
                ],
                "footer": "Budweis Film  |  Měšťané  |  DPN 8",
            },
        ),
        _cz(
            "krumlov",
            "Růže",
            D(2026, 11, 19),
            "07:30",
            {
                "font": "sans",
                "time_style": "cz_hod",
                "date_style": "cz_num",
                "company": "VLTAVA PRODUCTION SERVICES",
                "office": "Latrán 44, 381 01 Český Krumlov",
                "kind": "service for / servis pro: Hollow Oak Pictures (UK)",
                "credits": "Director: Fiona Ashcroft  ·  Line producer CZ: Lucie Bartošová",
                "day_n": "3 / 18",
                # HARD: the make-up call stands above the crew call in the same shaded-less rows
                "times": [
                    ("Sraz maskérna / kostýmy", "HMU & costume call", -75),
                    ("Sraz štábu", "Crew call", 0),
                    ("Natáčení", "Shooting call", 60),
                    ("Oběd", "Lunch", 330),
                    ("Konec", "Wrap", 600),
                ],
                "weather": "Mlha ráno, 4 °C",
                "set": "Maškarní sál a zámecký most",
                "scenes": [
                    ("12", "CASTLE - MASQUERADE HALL", "I", "D", "Rosa, Count, 12 extras"),
                    ("13", "CASTLE - CLOAK BRIDGE", "E", "D", "Rosa"),
                ],
                "cast": [
                    ("Imogen Hale", "ROSA", 0),
                    ("Karel Roden", "THE COUNT", 60),
                ],
                "crew": [
                    ("Production / produkce", "Lucie Bartošová", "+420 606 220 114", -30),
                    ("Camera / kamera", "Tom Grant", "+44 7700 900412", 0),
                    ("Grip / grip", "Pavel Hrubý", "+420 605 118 770", -30),
                ],
                "notes": [
                    "Zámek otevřen veřejnosti od 9.00: Maškarní sál jen do 12.00. No flash, "
                    "no tape on walls (NPÚ conservator on set).",
                ],
                "footer": "Vltava Production Services  |  Rose (Růže)  |  Call sheet 3",
            },
        ),
        _cz(
            "decin",
            "Labe",
            D(2026, 11, 27),
            "08:00",
            {
                "font": "sans",
                "time_style": "cz",
                "date_style": "cz_long",
                "company": "SEVERKA FILM",
                "office": "Masarykovo nám. 7, 405 02 Děčín",
                "kind": "televizní seriál / TV series",
                "credits": "Režie: Olga Dabrowská  ·  díl 4",
                "day_n": "21 / 40",
                "times": [
                    ("Sraz štábu", "Crew call", 0),
                    ("Zkouška", "Rehearsal", 45),
                    ("Oběd", "Lunch", 300),
                    ("Konec", "Wrap", 600),
                ],
                "weather": "Zataženo, 5 °C, déšť odpoledne",
                "set": "Dlouhá jízda a Růžová zahrada",
                "scenes": [
                    ("4/18", "ZÁMEK - DLOUHÁ JÍZDA", "E", "D", "Hana, Tomáš"),
                    ("4/19", "ZÁMEK - RŮŽOVÁ ZAHRADA", "E", "D", "Hana"),
                ],
                "cast": [("Tatiana Dyková", "HANA", 0), ("Jiří Mádl", "TOMÁŠ", 30)],
                "crew": [
                    ("Vedoucí natáčení", "Milan Novák", "608 221 447", -30),
                    ("Kamera", "Jan Baset Střítežský", "603 900 118", 0),
                ],
                "notes": ["Při dešti náhradní prostor: Jízdárna (interiér)."],
                "footer": "Severka Film  |  Labe  |  denní plán 21",
            },
        ),
    ]


# --- (5) Hungarian / Romanian service sheets in English: landscape, three columns ---------------


def _svc(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=28.0, orientation="L")
        c.text(x0, 34, g["company"], 10, bold=True)
        grey_text(c, x0, 45, g["office"], 7)
        c.right(right, 34, f"CALL SHEET  ·  {g['local_kind']}", 13, bold=True)
        c.right(right, 46, g["sent"], 7.5)
        c.hline(x0, right, 54, 1.2)
        c.text(x0, 78, title.upper(), 20, bold=True)
        c.text(x0, 92, g["credits"], 8)
        c.right(right, 78, day_text(day, "en_long"), 12, bold=True)
        c.right(right, 92, day_text(day, g["local_date"]), 9)
        col = (right - x0 - 24) / 3
        top = 106.0
        xs = [x0, x0 + col + 12, x0 + 2 * (col + 12)]
        for xx in xs:
            c.box(xx, top, col, 400, 0.6)
        # column 1: times
        x = xs[0] + 8
        c.text(x, top + 16, f"KEY TIMES / {g['local_times']}", 8.5, bold=True)
        c.text(x, top + 30, f"Shoot day {g['day_n']}", 8)
        y = top + 50
        for lab, off in g["times"]:
            if off == 0:
                fill(c, xs[0] + 2, y - 12, col - 4, 30, 220)
                c.text(x, y, lab, 8.5, bold=True)
                c.right(xs[0] + col - 8, y + 12, hm(call, t), 22, bold=True)
                y += 34
            else:
                c.text(x, y, lab, 8)
                c.right(xs[0] + col - 8, y, hm(add_minutes(call, off), t), 9, bold=True)
                y += 16
        y += 8
        c.text(x, y, f"Sunrise {hm(rise, t)}  ·  Sunset {hm(fall, t)}", 8)
        c.text(x, y + 14, g["weather"], 8)
        # column 2: where
        x = xs[1] + 8
        y = top + 16
        for head, lines in [
            ("LOCATION / " + g["local_loc"], [p.name, p.street, p.city, g["set"]]),
            ("UNIT BASE & PARKING", [p.base_street, p.base_city, g["base_note"]]),
            (
                "NEAREST HOSPITAL (A&E) / " + g["local_hosp"],
                [p.hospital, p.hospital_street, p.hospital_city, f"Tel. {p.hospital_phone}"],
            ),
        ]:
            c.text(x, y, head, 8, bold=True)
            y += 13
            for ln in lines:
                fit(c, x, y, ln, 8.5, col - 16)
                y += 11
            y += 12
        c.text(x, y, f"Emergency: {g['emergency']}", 8.5, bold=True)
        # column 3: scenes, cast, crew
        x = xs[2] + 4
        y = top + 14
        y = _table(
            c, x, y, ["SC.", "SET", "D/N", "PGS"], [0, 26, 160, 190], g["scenes"], xs[2] + col - 4
        )
        written = partial(hm, style=t)
        y = _table(
            c,
            x,
            y + 4,
            ["CAST", "ROLE", "P/UP", "ON SET"],
            [0, 84, 150, 196],
            cast_times(g["cast"], call, written, [-60, 30]),
            xs[2] + col - 4,
        )
        y = _table(
            c,
            x,
            y + 4,
            ["LOCAL CREW", "NAME", "CALL"],
            [0, 84, 196],
            [(a, b, written(add_minutes(call, o))) for a, b, _, o in g["crew"]],
            xs[2] + col - 4,
        )
        titled_notes(c, x0, top + 418, "NOTES", 8.5, g["notes"], 8, right - x0, 11)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"svc_{key}",
        "hu_ro_service_columns",
        "Hungarian / Romanian service company's call sheet in English for a foreign "
        "production, A4 landscape: service company and 'CALL SHEET · NAPI DISZPÓ' / 'PLAN DE "
        "FILMARE' with the sent time; the title in capitals, the date in English and in the "
        "local form ('2026. november 12., csütörtök', 'joi, 3 decembrie 2026'); three boxed "
        "columns: KEY TIMES with the crew call shaded at 22 pt, sun and weather; LOCATION / "
        "UNIT BASE / NEAREST HOSPITAL with the local address forms ('Szent István tér 1.', "
        "'2500 Esztergom', '500025 Brașov') and 112; scenes, cast, local crew; notes under",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _svc_sheets() -> list[Sheet]:
    return [
        _svc(
            "bazilika",
            "The Danube Bend",
            D(2026, 11, 12),
            "07:00",
            {
                "font": "sans",
                "time_style": "hu",
                "local_date": "hu_long",
                "company": "PANNONIA PRODUCTION SERVICES Kft.",
                "office": "1061 Budapest, Andrássy út 8.  ·  +36 1 555 0190",
                "local_kind": "NAPI DISZPÓ",
                "sent": "Sent / Kiküldve: 2026. 11. 11. 20:15",
                "credits": "for Northlight Films (UK)  ·  Director: Callum Reid  ·  "
                "Service producer: Réka Szabó",
                "local_times": "IDŐPONTOK",
                "local_loc": "HELYSZÍN",
                "local_hosp": "KÓRHÁZ",
                "day_n": "4 of 15",
                "times": [
                    ("Breakfast / reggeli", -30),
                    ("CREW CALL / STÁBHÍVÁS", 0),
                    ("Shooting call", 60),
                    ("Lunch / ebéd", 330),
                    ("Est. wrap", 630),
                ],
                "weather": "Overcast, 8°C, light wind",
                "set": "crypt and the south steps",
                "base_note": "Crew bus from Budapest hotel 05:30",
                "emergency": "112",
                "scenes": [
                    ("28", "BASILICA - CRYPT", "D", "2"),
                    ("29", "BASILICA - SOUTH STEPS", "D", "1 4/8"),
                ],
                "cast": [("Rosalind Vane", "MARGIT", 0), ("Péter Kovács", "PRIEST", 45)],
                "crew": [
                    ("Location mgr", "Bence Tóth", "", -60),
                    ("Gaffer", "Attila Nagy", "", -30),
                    ("Fixer", "Zsófia Varga", "", -30),
                ],
                "notes": [
                    "Basilica open to visitors from 09:00: the crypt is ours until 12:00 only. "
                    "No food or drink inside the church; catering tent on Szent István tér.",
                ],
                "footer": "Pannonia Production Services  |  The Danube Bend  |  Day 4",
            },
        ),
        _svc(
            "esterhazy",
            "The Prince's Music",
            D(2026, 11, 20),
            "08:00",
            {
                "font": "sans",
                "time_style": "hu",
                "local_date": "hu_num",
                "company": "RÁBA FILM SERVICE",
                "office": "9400 Sopron, Várkerület 33.",
                "local_kind": "NAPI DISZPÓ",
                "sent": "Sent 19/11/2026 21:40",
                "credits": "for Sternwald Film (AT)  ·  Director: Lena Aigner",
                "local_times": "IDŐPONTOK",
                "local_loc": "HELYSZÍN",
                "local_hosp": "KÓRHÁZ",
                "day_n": "9 of 22",
                "times": [
                    ("Breakfast", -30),
                    ("UNIT CALL", 0),
                    ("Orchestra rehearsal", 45),
                    ("Lunch", 330),
                    ("Wrap", 600),
                ],
                "weather": "Sunny spells, 9°C",
                "set": "Sala Terrena and the Music Room",
                "base_note": "Trucks on Madách sétány only",
                "emergency": "112",
                "scenes": [
                    ("55", "PALACE - SALA TERRENA 1772", "D", "3"),
                    ("56", "PALACE - MUSIC ROOM", "D", "1 2/8"),
                ],
                "cast": [
                    ("Tobias Moretti", "HAYDN", 0),
                    ("Ágnes Kiss", "PRINCESS", 60),
                    ("Győr Baroque Ensemble", "ORCHESTRA", -30),
                ],
                "crew": [
                    ("Location mgr", "Dávid Horváth", "", -60),
                    ("Sound", "Gergő Molnár", "", 0),
                ],
                "notes": [
                    "Palace museum: slippers over shoes in the state rooms. Candles are "
                    "LED only. Tomorrow (21 Nov): crew call 07:30, Fertőrákos quarry.",
                ],
                "footer": "Rába Film Service  |  The Prince's Music  |  Call sheet 9",
            },
        ),
        _svc(
            "neagra",
            "Saxon Winter",
            D(2026, 12, 3),
            "07:30",
            {
                "font": "sans",
                "time_style": "ro",
                "local_date": "ro_long",
                "company": "CARPAȚI FILM SERVICES S.R.L.",
                "office": "Str. Republicii 12, 500030 Brașov  ·  CUI RO31882740",
                "local_kind": "PLAN DE FILMARE",
                # HARD: the sent line carries the day before's date and an evening time
                "sent": "Trimis / Sent: 02.12.2026, 19:30",
                "credits": "for Fjordlys Drama (NO)  ·  Director: Siri Halvorsen  ·  "
                "Service producer: Andrei Munteanu",
                "local_times": "ORE",
                "local_loc": "LOCAȚIE",
                "local_hosp": "SPITAL",
                "day_n": "12 of 20",
                "times": [
                    ("Breakfast / mic dejun", -30),
                    ("CREW CALL / CHEMARE ECHIPĂ", 0),
                    ("First shot", 75),
                    ("Lunch / prânz", 330),
                    ("Wrap", 630),
                ],
                "weather": "Snow showers, -3°C",
                "set": "nave, organ loft and Honterus courtyard",
                "base_note": "Walk 6 min to the church, no vehicles in the Schei gate",
                "emergency": "112",
                "scenes": [
                    ("60", "CHURCH - NAVE (CHRISTMAS)", "D", "2 5/8"),
                    ("61", "CHURCH - ORGAN LOFT", "D", "1"),
                    ("63", "HONTERUS COURTYARD", "D", "6/8"),
                ],
                "cast": [("Ingrid Bolsø", "KAREN", 0), ("Bogdan Dumitrache", "STEFAN", 30)],
                "crew": [
                    ("Location mgr", "Ioana Popa", "", -60),
                    ("Grip", "Mihai Stan", "", -30),
                ],
                "notes": [
                    "The church is heated to 8°C only: thermals for everyone. Organ recital at "
                    "18:00: quiet on set from 17:30.",
                ],
                "footer": "Carpați Film Services  |  Saxon Winter  |  Plan de filmare 12",
            },
        ),
    ]


# --- (6) Lithuanian: sections under black side bars, year-first dates ------------------------


def _lt(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=40.0)
        c.text(x0, 44, "FILMAVIMO DIENOS PLANAS", 15, bold=True)
        c.right(right, 44, f"Nr. {g['n']}", 13, bold=True)
        c.text(x0, 60, f"{g['company']}  ·  „{title}“  ·  {g['kind']}", 9)
        c.hline(x0, right, 68, 1.0)

        def section(y: float, head: str) -> float:
            fill(c, x0, y - 10, 5, 14, 0)
            c.text(x0 + 10, y, head, 10, bold=True)
            return y + 16

        y = section(92, "DATA IR LAIKAS")
        rows = [
            ("Data", day_text(day, g["date_style"])),
            ("Filmavimo diena", g["day_n"]),
        ]
        y = label_rows(c, x0 + 10, y, right, rows, 9, 190, 14)
        for lab, off in g["times"]:
            if off == 0:
                c.text(x0 + 10, y + 4, lab, 10, bold=True)
                c.text(x0 + 200, y + 6, hm(call, t), 18, bold=True)
                y += 24
            else:
                c.text(x0 + 10, y, lab, 9, bold=True)
                c.text(x0 + 200, y, hm(add_minutes(call, off), t), 9)
                y += 14
        y = label_rows(
            c,
            x0 + 10,
            y,
            right,
            [("Saulėtekis / saulėlydis", f"{hm(rise, t)} / {hm(fall, t)}"), ("Orai", g["weather"])],
            9,
            190,
            14,
        )
        y = section(y + 12, "VIETA")
        rows = [
            ("Filmavimo vieta", p.name),
            ("Adresas", f"{p.street}, {p.city}"),
            ("Objektas", g["set"]),
            ("Bazė / stovėjimas", f"{p.base_street}, {p.base_city}"),
        ]
        y = label_rows(c, x0 + 10, y, right, rows, 9, 190, 14)
        y = section(y + 12, "MEDICINA")
        rows = [
            ("Artimiausia ligoninė", p.hospital),
            ("", f"{p.hospital_street}, {p.hospital_city}"),
            ("Tel.", f"{p.hospital_phone}  ·  bendrasis pagalbos numeris 112"),
        ]
        y = label_rows(c, x0 + 10, y, right, rows, 9, 190, 14)
        y = section(y + 12, "SCENOS")
        y = _table(
            c,
            x0 + 10,
            y,
            ["SC.", "OBJEKTAS", "INT/NAT", "D/N", "VEIKĖJAI"],
            [0, 34, 260, 310, 340],
            g["scenes"],
            right,
        )
        written = partial(hm, style=t)
        y = section(y + 6, "AKTORIAI IR GRUPĖ")
        y = _table(
            c,
            x0 + 10,
            y,
            ["AKTORIUS", "VAIDMUO", "GRIMAS", "AIKŠTELĖJE"],
            [0, 150, 290, 390],
            cast_times(g["cast"], call, written, [-60, 30]),
            right,
        )
        y = _table(
            c,
            x0 + 10,
            y + 4,
            ["PAREIGOS", "VARDAS, PAVARDĖ", "TEL.", "ATVYKIMAS"],
            [0, 130, 280, 390],
            crew_times(g["crew"], call, written),
            right,
        )
        titled_notes(c, x0 + 10, y + 6, "PASTABOS", 9, g["notes"], 8, right - x0 - 10, 11)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"lt_{key}",
        "lt_dienos_planas",
        "Lithuanian 'FILMAVIMO DIENOS PLANAS Nr. n', A4: the company, the title in „quotes“ "
        "and the kind of production under it; sections each headed by a short black side bar "
        "(DATA IR LAIKAS, VIETA, MEDICINA, SCENOS, AKTORIAI IR GRUPĖ) with label rows: Data in "
        "the year-first form ('2026 m. lapkričio 12 d., ketvirtadienis', '2026-11-20'), "
        "Filmavimo diena, the day's times with 'Grupės susirinkimas' at 18 pt, sun, Filmavimo "
        "vieta, Adresas ('M. K. Čiurlionio g. 35, LT-66164 Druskininkai'), Objektas, Bazė, "
        "Artimiausia ligoninė and 112; scenes, cast, crew with ATVYKIMAS, notes",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _lt_sheets() -> list[Sheet]:
    return [
        _lt(
            "ciurlionis",
            "Sonata",
            D(2026, 11, 12),
            "08:00",
            {
                "font": "sans",
                "time_style": "lt",
                "date_style": "lt_long",
                "company": "UAB „Nemuno kinas“",
                "kind": "vaidybinis filmas",
                "n": "7",
                "day_n": "7 iš 24",
                "times": [
                    ("Pusryčiai", -30),
                    ("Grupės susirinkimas", 0),
                    ("Pirmas kadras", 60),
                    ("Pietūs", 330),
                    ("Pabaiga (planuojama)", 630),
                ],
                "weather": "Debesuota, +5 °C",
                "set": "svetainė su fortepijonu ir sodas",
                "scenes": [
                    ("18", "MUZIEJUS - SVETAINĖ 1908", "INT", "D", "Mikalojus, Sofija"),
                    ("19", "MUZIEJUS - SODAS", "NAT", "D", "Mikalojus"),
                ],
                "cast": [
                    ("Darius Gumauskas", "MIKALOJUS", 0),
                    ("Elžbieta Latėnaitė", "SOFIJA", 45),
                ],
                "crew": [
                    ("Prodiuseris", "Rūta Petrauskienė", "+370 612 44 180", -30),
                    ("Operatorius", "Audrius Kemežys", "+370 687 20 331", 0),
                ],
                "notes": ["Muziejus atidarytas lankytojams nuo 11.00: svetainėje tylos režimas."],
                "footer": "UAB „Nemuno kinas“  |  Sonata  |  dienos planas Nr. 7",
            },
        ),
        _lt(
            "birzai",
            "Pilies Šešėlis",
            D(2026, 11, 20),
            "07:00",
            {
                "font": "sans",
                "time_style": "lt",
                "date_style": "lt_num",
                "company": "Šiaurės studija",
                "kind": "serialas, 5 serija",
                "n": "15",
                "day_n": "15 iš 40",
                # HARD: the bus from Vilnius leaves hours before the crew call, listed first
                "times": [
                    ("Autobusas iš Vilniaus", -150),
                    ("Grimas ir kostiumai", -60),
                    ("Grupės susirinkimas bazėje", 0),
                    ("Pietūs", 330),
                    ("Pabaiga", 600),
                ],
                "weather": "Vėjuota, +3 °C, popiet lietus",
                "set": "arsenalas ir pilies kiemas",
                "scenes": [
                    ("5/22", "PILIS - ARSENALAS", "INT", "D", "Radvila, Ona"),
                    ("5/23", "PILIS - KIEMAS", "NAT", "D", "Radvila, 20 statistų"),
                ],
                "cast": [("Vytautas Kaniušonis", "RADVILA", 0), ("Gabija Jaraminaitė", "ONA", 30)],
                "crew": [
                    ("Režisieriaus asistentas", "Tomas Vaitkus", "+370 655 10 220", -30),
                    ("Operatorius", "Simonas Glinskis", "+370 699 41 877", 0),
                    ("Apšvietimas", "Mindaugas Rimkus", "+370 612 90 553", -45),
                ],
                "notes": [
                    "Muziejus dirba: lankytojai tik per Sėlos salę. Statistai renkasi 8.00 "
                    "prie pilies vartų.",
                ],
                "footer": "Šiaurės studija  |  Pilies Šešėlis  |  Nr. 15",
            },
        ),
        _lt(
            "anyksciai",
            "Šventoji",
            D(2026, 12, 1),
            "08:30",
            {
                "font": "sans",
                "time_style": "lt_val",
                "date_style": "lt_long",
                "company": "VšĮ „Aukštaitijos filmai“",
                "kind": "trumpametražis filmas",
                "n": "2",
                "day_n": "2 iš 6",
                "times": [
                    ("Grupės susirinkimas", 0),
                    ("Repeticija", 45),
                    ("Pietūs", 300),
                    ("Pabaiga", 540),
                ],
                "weather": "Šalna, -1 °C, giedra",
                "set": "klėtelė ir sodyba",
                "scenes": [
                    ("7", "SODYBA - KLĖTELĖ", "INT", "D", "Antanas, motina"),
                    ("8", "SODYBA - KIEMAS", "NAT", "D", "Antanas"),
                ],
                "cast": [("Marius Repšys", "ANTANAS", 0), ("Nelė Savičenko", "MOTINA", 60)],
                "crew": [
                    ("Prodiuserė", "Ieva Norvilienė", "+370 620 14 778", -30),
                    ("Operatorė", "Agnė Kalvaitytė", "+370 688 03 412", 0),
                ],
                "notes": ["Klėtelėje nekūrenti krosnies. Šilti drabužiai visiems."],
                "footer": "Aukštaitijos filmai  |  Šventoji  |  Nr. 2",
            },
        ),
    ]


# --- near misses: share call-sheet words, are not call sheets -------------------------------


def _technical_rider() -> bytes:
    """A touring theatre production's technical rider with a stage plot."""
    c, x0, right = page("A4", "sans", margin=40.0)
    c.text(x0, 46, "TECHNICAL RIDER / RIDER TECHNICZNY", 14, bold=True)
    c.text(x0, 62, "Teatr Wędrowny „Kurtyna” - „Sen nocy letniej” (tour 2026)", 9)
    c.right(right, 46, "v. 4  ·  2026-10-30", 8)
    c.hline(x0, right, 70, 1.0)
    rows = [
        ("Venue / scena", "Teatr im. Wilama Horzycy, Pl. Teatralny 1, 87-100 Toruń"),
        ("Performance", "Fri 13.11.2026, 19:00 (doors 18:30), running time 2 h 10 min"),
        ("Get-in / wejście techniczne", "13.11.2026, 09:00 - crew call for venue crew"),
        ("Stage", "min. 10 m wide x 8 m deep x 6 m high, black box, flat floor"),
        ("Power", "3 x 32 A CEE, 1 x 63 A for dimmers, stage left"),
        ("Sound", "FOH in the stalls, 2 x radio mics, playback from QLab"),
        ("Get-out", "approx. 2 h after curtain down"),
    ]
    y = label_rows(c, x0, 92, right, rows, 8.5, 150, 15, rule_drop=4)
    c.text(x0, y + 10, "STAGE PLOT / PLAN SCENY", 10, bold=True)
    sx, sy, sw, sh = x0 + 40, y + 24, right - x0 - 80, 220
    c.box(sx, sy, sw, sh, 1.0)
    c.hline(sx, sx + sw, sy + sh - 20, 0.5)
    centre(c, sy + sh - 6, "AUDIENCE / WIDOWNIA", 8)
    for lab, dx, dy in [
        ("Platform 2 x 1 m", 0.15, 0.3),
        ("Tree (flown)", 0.45, 0.15),
        ("Piano", 0.75, 0.35),
        ("Bench", 0.4, 0.6),
        ("DS edge LED", 0.1, 0.78),
    ]:
        c.box(sx + sw * dx, sy + sh * dy, 60, 24, 0.5)
        c.text(sx + sw * dx + 4, sy + sh * dy + 15, lab, 7)
    c.text(sx + 4, sy + 12, "SL", 8, bold=True)
    c.right(sx + sw - 4, sy + 12, "SR", 8, bold=True)
    y = sy + sh + 24
    titled_notes(
        c,
        x0,
        y,
        "WE NEED FROM THE VENUE / OD TEATRU",
        9,
        [
            "4 stage crew from 09:00 to 14:00 and from 18:00 to the end of get-out; 1 LX "
            "operator and 1 sound technician from 09:00. Two dressing rooms for 8 actors with "
            "showers, water and coffee from 12:00. Parking for one 7.5 t truck at the stage door.",
            "Contact: Tomasz Ryś, technical manager, +48 601 220 118, tech@kurtyna.example.pl",
        ],
        8.5,
        right - x0,
        11.5,
    )
    return c.output()


def _conference_harmonogram() -> bytes:
    """A Polish film industry conference's programme (harmonogram) with sessions and rooms."""
    c, x0, right = page("A4", "sans", margin=40.0)
    fill(c, 0, 0, c.width, 60, 25)
    c.pdf.set_text_color(255, 255, 255)
    c.text(x0, 36, "FORUM PRODUKCJI FILMOWEJ 2026", 16, bold=True)
    c.text(x0, 50, "HARMONOGRAM KONFERENCJI", 9)
    black(c)
    rows = [
        ("Termin", "czwartek, 19 listopada 2026 r."),
        ("Miejsce", "Centrum Kongresowe ICE, ul. Marii Konopnickiej 17, 30-302 Kraków"),
        ("Rejestracja", "od 8:30 (hol główny, poziom 0)"),
    ]
    y = label_rows(c, x0, 84, right, rows, 9, 90, 15, suffix=":")
    _table(
        c,
        x0,
        y + 10,
        ["GODZ.", "PANEL / WYSTĄPIENIE", "SALA", "PROWADZĄCY"],
        [0, 70, 330, 400],
        [
            ("8:30", "Rejestracja i kawa powitalna", "Hol", "-"),
            ("9:30", "Otwarcie: zachęty 30% - co się zmienia w 2027", "Sala Audytoryjna", "PISF"),
            (
                "10:30",
                "Plan zdjęciowy bez nadgodzin? Panel kierowników produkcji",
                "Sala S1",
                "R. Lis",
            ),
            ("12:00", "Lunch / networking", "Foyer", "-"),
            ("13:00", "Lokacje w Małopolsce: film commission przedstawia", "Sala S2", "K. Wójcik"),
            (
                "14:30",
                "Warsztat: call sheet i harmonogram dnia w praktyce",
                "Sala S1",
                "A. Mroczek",
            ),
            ("16:00", "Podsumowanie i zamknięcie", "Sala Audytoryjna", "-"),
        ],
        right,
        size=8.5,
        lead=16,
        ruled=True,
    )
    titled_notes(
        c,
        x0,
        y + 160,
        "INFORMACJE PRAKTYCZNE",
        9,
        [
            "Identyfikatory do odbioru przy rejestracji. Parking podziemny ICE (wjazd od ul. "
            "Konopnickiej), 8 zł/h. Tłumaczenie symultaniczne PL/EN w Sali Audytoryjnej. "
            "Program może ulec zmianie.",
        ],
        8.5,
        right - x0,
        11.5,
    )
    return c.output()


def _exam_timetable() -> bytes:
    """A film school's exam session timetable for directing and cinematography students."""
    c, x0, right = page("A4", "serif", margin=46.0, orientation="L")
    centre(c, 42, "FILMOVÁ ŠKOLA - KATEDRA KAMERY A REŽIE", 12)
    centre(c, 58, "ROZPIS ZKOUŠEK / EXAM TIMETABLE - zimní semestr 2026/27", 10, bold=False)
    c.hline(x0, right, 68, 0.8)
    _table(
        c,
        x0,
        90,
        ["DATUM / DATE", "ČAS / TIME", "PŘEDMĚT / COURSE", "ROČNÍK", "MÍSTNOST / ROOM", "KOMISE"],
        [0, 110, 180, 420, 480, 600],
        [
            (
                "po 11. 1. 2027",
                "9.00-12.00",
                "Kamera II - praktická zkouška (ateliér)",
                "2.",
                "Ateliér A",
                "Doc. Hrubý",
            ),
            (
                "út 12. 1. 2027",
                "10.00",
                "Dějiny filmu - ústní zkouška",
                "1.",
                "Učebna 204",
                "Prof. Malá",
            ),
            (
                "st 13. 1. 2027",
                "8.30-16.00",
                "Režie - klauzurní projekce",
                "3.",
                "Kino Ponrepo",
                "Komise KR",
            ),
            (
                "čt 14. 1. 2027",
                "13.00",
                "Produkce - call sheet a natáčecí plán (písemně)",
                "2.",
                "Učebna 101",
                "Mgr. Vondra",
            ),
            ("pá 15. 1. 2027", "9.00", "Střih - obhajoba cvičení", "1.", "Střižna 3", "MgA. Lukeš"),
        ],
        right,
        size=8.5,
        lead=18,
        ruled=True,
    )
    y = 230.0
    y = paragraph(
        c,
        x0,
        y,
        "Přihlašování do 4. 1. 2027 v systému SIS. Studenti přinesou index a vytištěné "
        "materiály ke cvičením. Opravné termíny: 1.-5. 2. 2027. Building address: Smetanovo "
        "nábřeží 2, 116 65 Praha 1.",
        9,
        right - x0,
        12,
    )
    signature_lines(c, x0, right, y + 40, ("Vedoucí katedry", "Studijní oddělení"), split=420)
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "near_miss_technical_rider",
            "near_miss",
            "a touring theatre company's technical rider with a stage plot (English / Polish), "
            "A4: the venue's street address, the performance 'Fri 13.11.2026, 19:00', the "
            "get-in '09:00 - crew call for venue crew', stage size, power and sound rows; a "
            "boxed stage plot (SL / SR, audience, platforms); what the venue must provide and "
            "a contact",
            _technical_rider,
            OTHER,
        ),
        _sheet(
            "near_miss_conference_harmonogram",
            "near_miss",
            "a Polish film production conference's programme ('HARMONOGRAM KONFERENCJI'), A4: "
            "a dark band, Termin 'czwartek, 19 listopada 2026 r.', Miejsce with 'ul. ... , "
            "30-302 Kraków', Rejestracja 'od 8:30'; a ruled table of sessions with times, rooms "
            "and hosts (one a workshop on call sheets); practical information",
            _conference_harmonogram,
            OTHER,
        ),
        _sheet(
            "near_miss_exam_timetable",
            "near_miss",
            "a Czech film school's exam timetable for the winter semester, A4 landscape, serif: "
            "the department centred, a ruled table of dates ('po 11. 1. 2027'), times ('9.00-"
            "12.00'), courses (one a written exam on the call sheet and shooting plan), year, "
            "room and examiners; registration and resit dates, the school's address, signature "
            "lines",
            _exam_timetable,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_pl_side_sheets(),
        *_pl_ad_sheets(),
        *_pl_fix_sheets(),
        *_cz_sheets(),
        *_svc_sheets(),
        *_lt_sheets(),
        *_other_sheets(),
    ]
