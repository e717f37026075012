# ruff: noqa: RUF001  (Cyrillic sheets: the letters are meant)
"""Seventh held-out set: layouts and wording no reader rule was tuned to (`fresh6_`).

Built without reading the reader (`pipeline/extract/`): each family follows a documented
real-world convention (CONVENTIONS.md, "fresh6"). Hungarian "napi diszpozíció" sheets in
Hungarian, Ukrainian / Russian "викликний лист" / "вызывной лист" in Cyrillic, a call sheet whose
first page is a cover (title, issue date, office address) with the day's facts on page 2, a sheet
carrying a full advance schedule for tomorrow (its own date, crew call and set), a split day
(call after noon, wrap after midnight), a two-unit day (main unit and 2nd unit side by side, the
main unit's call and set expected) and a US landscape sheet with the day's facts in a right-hand
rail beside the scenes. Three near-miss documents (a catering order, a travel itinerary, a crew
list) print times, dates and addresses and must read as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.corpus.draw import Canvas, black, centre, grey
from tests.corpus.formats import add_minutes, ordinal
from tests.corpus.fresh_common import clock, sheet_maker
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, call_sheet, fit

D = dt.date
OTHER = {"document_type": "other"}

FRESH6: dict[str, Place] = {
    # Hungary (printed "1061 Budapest, Andrássy út 22.": postcode and town before the street)
    "budapest": _p(
        "hu",
        "Magyar Állami Operaház",
        "Andrássy út 22",
        "1061 Budapest",
        47.5026,
        19.0585,
        "Europe/Budapest",
        "Péterfy Sándor utcai Kórház-Rendelőintézet",
        "Péterfy Sándor u. 8-20",
        "1076 Budapest",
        "+36 1 461 4700",
        "Hajós utca 15",
        "1065 Budapest",
    ),
    "debrecen": _p(
        "hu",
        "Református Nagytemplom",
        "Piac utca 4-6",
        "4024 Debrecen",
        47.5316,
        21.6244,
        "Europe/Budapest",
        "Debreceni Egyetem Klinikai Központ",
        "Nagyerdei krt. 98",
        "4032 Debrecen",
        "+36 52 411 600",
        "Kálvin tér 1",
        "4026 Debrecen",
    ),
    "szeged": _p(
        "hu",
        "Szegedi Dóm",
        "Dóm tér 16",
        "6720 Szeged",
        46.2489,
        20.1489,
        "Europe/Budapest",
        "SZTE Szent-Györgyi Albert Klinikai Központ",
        "Semmelweis u. 8",
        "6725 Szeged",
        "+36 62 545 000",
        "Oskola utca 2",
        "6720 Szeged",
    ),
    # Ukraine / Kazakhstan (Cyrillic; street first, then town and index)
    "kyiv": _p(
        "ua",
        "Національна опера України",
        "вул. Володимирська, 50",
        "Київ, 01030",
        50.4466,
        30.5128,
        "Europe/Kyiv",
        "Київська міська клінічна лікарня швидкої медичної допомоги",
        "вул. Братиславська, 3",
        "Київ, 02166",
        "+380 44 518 0101",
        "вул. Богдана Хмельницького, 27",
        "Київ, 01030",
    ),
    "lviv": _p(
        "ua",
        "Львівський театр опери та балету",
        "просп. Свободи, 28",
        "Львів, 79000",
        49.8442,
        24.0263,
        "Europe/Kyiv",
        "Лікарня швидкої медичної допомоги м. Львова",
        "вул. Миколайчука, 9",
        "Львів, 79059",
        "+380 32 252 5422",
        "вул. Городоцька, 2",
        "Львів, 79007",
    ),
    "almaty": _p(
        "kz",
        "Театр оперы и балета им. Абая",
        "ул. Кабанбай батыра, 110",
        "г. Алматы, 050010",
        43.2420,
        76.9500,
        "Asia/Almaty",
        "Больница скорой неотложной помощи",
        "ул. Казыбаева, 26",
        "г. Алматы, 050034",
        "+7 727 233 1903",
        "ул. Панфилова, 112",
        "г. Алматы, 050010",
    ),
    # cover-page sheets
    "savannah": _p(
        "us",
        "Mercer Williams House",
        "429 Bull St",
        "Savannah, GA 31401",
        32.0717,
        -81.0953,
        "America/New_York",
        "Memorial Health University Medical Center",
        "4700 Waters Ave",
        "Savannah, GA 31404",
        "(912) 350-8000",
        "Forsyth Park south lot, Park Ave",
        "Savannah, GA 31401",
    ),
    "edinburgh": _p(
        "uk",
        "The Georgian House",
        "7 Charlotte Sq",
        "Edinburgh EH2 4DR",
        55.9520,
        -3.2078,
        "Europe/London",
        "Royal Infirmary of Edinburgh",
        "51 Little France Cres",
        "Edinburgh EH16 4SA",
        "0131 536 1000",
        "Castle Terrace car park, Castle Ter",
        "Edinburgh EH1 2EW",
    ),
    "sydney": _p(
        "au",
        "Customs House",
        "31 Alfred St",
        "Sydney NSW 2000",
        -33.8614,
        151.2104,
        "Australia/Sydney",
        "St Vincent's Hospital Sydney",
        "390 Victoria St",
        "Darlinghurst NSW 2010",
        "(02) 8382 1111",
        "Wilson car park, 1 Macquarie Pl",
        "Sydney NSW 2000",
    ),
    # advance schedules
    "philadelphia": _p(
        "us",
        "Reading Terminal Market",
        "51 N 12th St",
        "Philadelphia, PA 19107",
        39.9533,
        -75.1590,
        "America/New_York",
        "Thomas Jefferson University Hospital",
        "111 S 11th St",
        "Philadelphia, PA 19107",
        "(215) 955-6000",
        "Parkway Garage, 1111 Arch St",
        "Philadelphia, PA 19107",
    ),
    "cardiff": _p(
        "uk",
        "Cardiff Castle",
        "Castle St",
        "Cardiff CF10 3RB",
        51.4822,
        -3.1812,
        "Europe/London",
        "University Hospital of Wales",
        "Heath Park",
        "Cardiff CF14 4XW",
        "029 2074 7747",
        "Sophia Gardens coach park, Cathedral Rd",
        "Cardiff CF11 9XR",
    ),
    "auckland": _p(
        "nz",
        "Auckland Ferry Building",
        "99 Quay St",
        "Auckland CBD, Auckland 1010",
        -36.8430,
        174.7680,
        "Pacific/Auckland",
        "Auckland City Hospital",
        "2 Park Rd",
        "Grafton, Auckland 1023",
        "09 367 0000",
        "Wynyard Quarter lot, 21 Halsey St",
        "Auckland 1010",
    ),
    # split days
    "pittsburgh": _p(
        "us",
        "Carnegie Music Hall",
        "4400 Forbes Ave",
        "Pittsburgh, PA 15213",
        40.4433,
        -79.9497,
        "America/New_York",
        "UPMC Presbyterian",
        "200 Lothrop St",
        "Pittsburgh, PA 15213",
        "(412) 647-2345",
        "Schenley Park lot, Schenley Dr",
        "Pittsburgh, PA 15213",
    ),
    "belfast": _p(
        "uk",
        "Crumlin Road Gaol",
        "53-55 Crumlin Rd",
        "Belfast BT14 6ST",
        54.6093,
        -5.9409,
        "Europe/London",
        "Royal Victoria Hospital",
        "274 Grosvenor Rd",
        "Belfast BT12 6BA",
        "028 9024 0503",
        "Mater car park, Crumlin Rd",
        "Belfast BT14 6AB",
    ),
    "calgary": _p(
        "ca",
        "Calgary Tower",
        "101 9 Ave SW",
        "Calgary, AB T2P 1J9",
        51.0443,
        -114.0631,
        "America/Edmonton",
        "Foothills Medical Centre",
        "1403 29 St NW",
        "Calgary, AB T2N 2T9",
        "(403) 944-1110",
        "Impark lot, 120 10 Ave SW",
        "Calgary, AB T2R 0A8",
    ),
    # two units
    "sanfrancisco": _p(
        "us",
        "Palace of Fine Arts",
        "3601 Lyon St",
        "San Francisco, CA 94123",
        37.8029,
        -122.4484,
        "America/Los_Angeles",
        "Zuckerberg San Francisco General Hospital",
        "1001 Potrero Ave",
        "San Francisco, CA 94110",
        "(628) 206-8000",
        "Marina Green lot, Marina Blvd",
        "San Francisco, CA 94123",
    ),
    "leeds": _p(
        "uk",
        "Leeds Town Hall",
        "The Headrow",
        "Leeds LS1 3AD",
        53.8000,
        -1.5491,
        "Europe/London",
        "Leeds General Infirmary",
        "Great George St",
        "Leeds LS1 3EX",
        "0113 243 2799",
        "Millennium Sq loading bay, Portland Cres",
        "Leeds LS1 3HB",
    ),
    "fremantle": _p(
        "au",
        "Fremantle Prison",
        "1 The Terrace",
        "Fremantle WA 6160",
        -32.0553,
        115.7534,
        "Australia/Perth",
        "Fiona Stanley Hospital",
        "11 Robin Warren Dr",
        "Murdoch WA 6150",
        "(08) 6152 2222",
        "Fremantle Oval car park, Parry St",
        "Fremantle WA 6160",
    ),
    # US right-hand rail
    "boston": _p(
        "us",
        "Boston Public Library",
        "700 Boylston St",
        "Boston, MA 02116",
        42.3493,
        -71.0782,
        "America/New_York",
        "Massachusetts General Hospital",
        "55 Fruit St",
        "Boston, MA 02114",
        "(617) 726-2000",
        "Copley Place garage, 100 Huntington Ave",
        "Boston, MA 02116",
    ),
    "miami": _p(
        "us",
        "Freedom Tower",
        "600 Biscayne Blvd",
        "Miami, FL 33132",
        25.7797,
        -80.1895,
        "America/New_York",
        "Jackson Memorial Hospital",
        "1611 NW 12th Ave",
        "Miami, FL 33136",
        "(305) 585-1111",
        "Lot 5, 401 Biscayne Blvd",
        "Miami, FL 33132",
    ),
    "phoenix": _p(
        "us",
        "Orpheum Theatre",
        "203 W Adams St",
        "Phoenix, AZ 85003",
        33.4489,
        -112.0760,
        "America/Phoenix",
        "Banner - University Medical Center Phoenix",
        "1111 E McDowell Rd",
        "Phoenix, AZ 85006",
        "(602) 839-2000",
        "Adams St Garage, 2 W Adams St",
        "Phoenix, AZ 85003",
    ),
}


def hm(hhmm: str, style: str) -> str:
    """A 24-hour 'HH:MM' as the family's sheets print it."""
    h, m, h12, ap = clock(hhmm)
    return {
        "h24": f"{h:02d}:{m:02d}",
        "h_colon": f"{h}:{m:02d}",  # Hungarian / Ukrainian "7:00"
        "dot_ora": f"{h}.{m:02d} óra",  # Hungarian "7.00 óra"
        "dot": f"{h:02d}.{m:02d}",  # "07.30"
        "hrs": f"{h:02d}{m:02d} hrs",  # "0700 hrs"
        "mil": f"{h:02d}{m:02d}",
        "am": f"{h12}:{m:02d} {ap}",
        "am_dots": f"{h12}:{m:02d} {ap[0].lower()}.m.",  # "2:30 p.m."
        "am_letter": f"{h12}:{m:02d}{ap[0]}",  # "7:00A"
        "am_low_dot": f"{h12}.{m:02d}{ap.lower()}",  # "7.30am"
    }[style]


_sheet = sheet_maker("fresh6")


def _schedule(c: Canvas, x: float, y: float, rows: list[tuple[str, str]], size: float = 9) -> float:
    """Time first, label after it (a printed timeline); returns the y under the last row."""
    for when, label in rows:
        c.text(x, y, when, size, bold=True)
        c.text(x + 62, y, label, size)
        y += size + 4.5
    return y


# --- Hungary: "NAPI DISZPOZÍCIÓ" ------------------------------------------------------------

HU_DAYS = ["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"]
HU_MONTHS = [
    "január",
    "február",
    "március",
    "április",
    "május",
    "június",
    "július",
    "augusztus",
    "szeptember",
    "október",
    "november",
    "december",
]


def hu_date(d: D, style: str) -> str:
    wd = HU_DAYS[d.weekday()]
    return {
        "long": f"{d.year}. {HU_MONTHS[d.month - 1]} {d.day}., {wd}",  # 2026. március 17., kedd
        "num": f"{d.year}.{d.month:02d}.{d.day:02d}. ({wd})",  # 2026.04.21. (kedd)
        "abbr": f"{d.year}. {HU_MONTHS[d.month - 1][:3]}. {d.day}. ({wd})",  # 2026. máj. 5.
    }[style]


def _hu(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH6[key]
    rise, fall = p.sun(day)

    def t(x: str) -> str:
        return hm(x, g["time"])

    def make() -> bytes:
        c = Canvas("a4", "sans")
        x1 = c.width - 40
        c.text(40, 40, g["company"], 7.5)
        c.text(40, 50, g["crew"], 7.5)
        c.right(x1, 42, "NAPI DISZPOZÍCIÓ", 13, bold=True)
        c.right(x1, 56, g["day_no"], 8.5)
        centre(c, 92, title, 20)
        centre(c, 108, g["sub"], 9, bold=False)
        c.hline(40, x1, 118, 0.8)
        w = c.text(40, 134, "Forgatási nap dátuma:", 9, bold=True)
        c.text(40 + w + 8, 134, hu_date(day, g["date"]), 11, bold=True)
        c.right(x1, 134, g["sent"], 7.5)
        # a boxed call under the date
        c.box(40, 146, 250, 30, 1.2)
        c.text(48, 166, g["call_label"], 10, bold=True)
        c.right(282, 167, t(call), 14, bold=True)
        # IDŐPONTOK: time first, then what happens
        c.text(40, 200, "IDŐPONTOK", 9, bold=True)
        rows = [(t(add_minutes(call, off)), label) for off, label in g["sched"]]
        y = _schedule(c, 40, 216, rows, 8.5)
        # right column: HELYSZÍN
        xr = 320.0
        c.text(xr, 200, "HELYSZÍN", 9, bold=True)
        lines = [
            ("Motívum:", g["set"]),
            ("Helyszín:", p.name),
            ("Cím:", f"{p.city}, {p.street}."),
            ("Bázis / parkolás:", f"{p.base_city}, {p.base_street}."),
            ("Napkelte:", t(rise)),
            ("Napnyugta:", t(fall)),
            ("Időjárás:", g["weather"]),
        ]
        yy = 216.0
        for label, value in lines:
            c.text(xr, yy, label, 7.5, bold=True)
            fit(c, xr + 78, yy, value, 8.5, x1 - xr - 78)
            yy += 13
        y = max(y, yy) + 14
        c.box(40, y - 12, x1 - 40, 48, 0.8)
        c.text(46, y, "LEGKÖZELEBBI KÓRHÁZ (SÜRGŐSSÉGI BETEGELLÁTÁS)", 8, bold=True)
        c.text(46, y + 14, p.hospital, 9.5)
        c.text(
            46, y + 27, f"{p.hospital_city}, {p.hospital_street}.  ·  Tel.: {p.hospital_phone}", 8.5
        )
        c.right(x1 - 6, y + 27, "Mentők: 104 · Segélyhívó: 112", 8)
        y += 58
        c.text(40, y, "JELENETEK", 9, bold=True)
        c.text(
            40,
            y + 14,
            "JEL.   MOTÍVUM                       N/É   OLD.   SZEREPLŐK",
            7.5,
            bold=True,
        )
        for k, sc in enumerate(g["scenes"]):
            c.text(40, y + 28 + 13 * k, sc, 8.5, family="mono")
        y += 28 + 13 * len(g["scenes"]) + 18
        c.text(40, y, g["footer"], 8)
        return c.output()

    exp = call_sheet(title, day, call, p, location_extra=[g["set"]])
    return _sheet(f"hu_{key}", "hu_diszpo", "Hungarian napi diszpozíció", make, exp)


def _hu_sheets() -> list[Sheet]:
    bd, dd, sd = D(2026, 3, 17), D(2026, 4, 21), D(2026, 5, 5)
    common = [
        (-75, "Gyártás, helyszín nyitás"),
        (-45, "Smink, fodrász, jelmez"),
        (-20, "Reggeli a bázison"),
    ]
    return [
        _hu(
            "budapest",
            "A CSEND KERTJE",
            bd,
            "07:00",
            {
                "time": "h_colon",
                "date": "long",
                "company": "Gyártó: Duna Mozi Kft., 1037 Budapest, Bécsi út 232.",
                "crew": "Rendező: Kovács Márton · I. rendezőasszisztens: Szabó Eszter",
                "day_no": "12. forgatási nap / 30",
                "sub": "játékfilm",
                "sent": f"Kiküldve: {hu_date(bd - dt.timedelta(days=1), 'num')} 19:20",
                "call_label": "STÁB GYÜLEKEZŐ (helyszínen)",
                "sched": [
                    *common,
                    (0, "Stáb gyülekező, biztonsági eligazítás"),
                    (60, "Forgatás kezdete"),
                    (330, "Ebéd"),
                    (660, "Várható zárás"),
                ],
                "set": "BELSŐ. OPERAHÁZ - FOYER",
                "weather": "felhős, 6-14 °C",
                "scenes": [
                    "21     OPERAHÁZ FOYER (BELSŐ)         N     1 4/8  1, 2, 5",
                    "22     OPERAHÁZ LÉPCSŐ (BELSŐ)        N     0 5/8  1",
                ],
                "footer": "Holnap (13. nap): gyülekező 6:30, Városliget - Vajdahunyad vára",
            },
        ),
        _hu(
            "debrecen",
            "ALFÖLDI NYÁR",
            dd,
            "07:30",
            {
                "time": "dot_ora",
                "date": "num",
                "company": "Gyártó: Tiszántúl Film Zrt., 4025 Debrecen, Piac utca 20.",
                "crew": "Rendező: Nagy Levente · I. rendezőasszisztens: Tóth Anna",
                "day_no": "5. nap (összesen 18)",
                "sub": "tévéfilm, 2. rész",
                "sent": "Kiküldve: 2026.04.20. 18:45",
                "call_label": "STÁBHÍVÁS",
                "sched": [
                    *common,
                    (0, "Stábhívás - teljes stáb"),
                    (75, "Első felvétel"),
                    (360, "Ebédszünet"),
                    (690, "Forgatás vége (tervezett)"),
                ],
                "set": "KÜLSŐ. NAGYTEMPLOM ELŐTT",
                "weather": "napos, 9-21 °C",
                "scenes": [
                    "7      NAGYTEMPLOM ELŐTT (KÜLSŐ)      N     2 1/8  3, 4",
                    "9      KOSSUTH TÉR (KÜLSŐ)            N     0 7/8  3",
                ],
                "footer": "Holnap: stábhívás 7.00 óra, Nagyerdei Víztorony",
            },
        ),
        _hu(
            "szeged",
            "DÓM TÉRI ESTÉK",
            sd,
            "06:45",
            {
                "time": "h_colon",
                "date": "abbr",
                "company": "Gyártó: Tisza Partner Film Kft., 6720 Szeged, Kárász utca 11.",
                "crew": "Rendező: Horváth Dóra · I. rendezőasszisztens: Varga Bence",
                "day_no": "3. forgatási nap / 9",
                "sub": "rövidfilm",
                "sent": "Kiküldve: 2026.05.04. 20:10",
                "call_label": "GYÜLEKEZŐ - STÁB",
                "sched": [
                    *common,
                    (0, "Gyülekező - teljes stáb a Dóm téren"),
                    (60, "Forgatás kezdete"),
                    (345, "Ebéd"),
                    (645, "Zárás"),
                ],
                "set": "KÜLSŐ. DÓM TÉR - ÁRKÁDOK",
                "weather": "változóan felhős, 11-23 °C",
                "scenes": [
                    "3      DÓM TÉR ÁRKÁDOK (KÜLSŐ)        N     1 0/8  1, 2",
                    "4      DÓM LÉPCSŐ (KÜLSŐ)             N     1 2/8  1, 2, 6",
                ],
                "footer": "Holnap (4. nap): gyülekező 7:15, Szeged, Tisza Lajos krt. 2.",
            },
        ),
    ]


# --- Ukraine / Kazakhstan: "ВИКЛИКНИЙ ЛИСТ" / "ВЫЗЫВНОЙ ЛИСТ" --------------------------------

UA_DAYS = ["понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя"]
UA_MONTHS = [
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
]
RU_DAYS = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_MONTHS = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]


def ua_date(d: D) -> str:
    return f"{UA_DAYS[d.weekday()]}, {d.day} {UA_MONTHS[d.month - 1]} {d.year} р."


def ru_date(d: D) -> str:
    return f"{RU_DAYS[d.weekday()]}, {d.day} {RU_MONTHS[d.month - 1]} {d.year} г."


def _cyr(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH6[key]
    rise, fall = p.sun(day)
    lab = g["labels"]

    def t(x: str) -> str:
        return hm(x, g["time"])

    def make() -> bytes:
        c = Canvas("a4", "sans")
        x1 = c.width - 40
        c.text(40, 40, g["company"], 8)
        c.text(40, 51, g["crew"], 7.5)
        c.right(x1, 42, g["doc"], 12, bold=True)
        c.right(x1, 56, g["date_text"], 9)
        c.right(x1, 68, g["day_no"], 8.5)
        centre(c, 100, g["title_print"], 20)
        # a ruled label / value table
        rows: list[tuple[str, str, bool]] = [
            (lab["date"], g["date_text"], False),
            (lab["call"], t(call), True),
            (lab["mu"], t(add_minutes(call, -45)), False),
            (lab["first"], t(add_minutes(call, 60)), False),
            (lab["lunch"], t(add_minutes(call, 360)), False),
            (lab["wrap"], t(add_minutes(call, 660)), False),
            (lab["sun"], f"{t(rise)} / {t(fall)}", False),
            (lab["set"], g["set"], False),
            (lab["venue"], p.name, False),
            (lab["addr"], f"{p.street}, {p.city}", False),
            (lab["base"], f"{p.base_street}, {p.base_city}", False),
            (lab["hosp"], p.hospital, True),
            ("", f"{p.hospital_street}, {p.hospital_city}, тел. {p.hospital_phone}", False),
        ]
        y = 124.0
        c.hline(40, x1, y - 12, 0.6)
        for label, value, strong in rows:
            if label:
                fit(c, 44, y, label, 8, 170, bold=True)
            fit(c, 220, y, value, 11 if strong else 9, x1 - 224, bold=strong)
            c.hline(40, x1, y + 5, 0.3)
            y += 18
        c.vline(214, 112, y - 13)
        y += 14
        c.text(40, y, lab["scenes"], 9, bold=True)
        for k, sc in enumerate(g["scenes"]):
            c.text(40, y + 15 + 13 * k, sc, 8.5, family="mono")
        y += 15 + 13 * len(g["scenes"]) + 16
        c.text(40, y, g["footer"], 8)
        return c.output()

    exp = call_sheet(title, day, call, p, location_extra=[g["set"]])
    return _sheet(f"cyr_{key}", "cyrillic_vyklyk", "Ukrainian / Russian call sheet", make, exp)


UA_LABELS = {
    "date": "Дата зйомки",
    "call": "Загальний збір групи",
    "mu": "Грим / костюм",
    "first": "Початок зйомки",
    "lunch": "Обід",
    "wrap": "Орієнтовне завершення",
    "sun": "Схід / захід сонця",
    "set": "Об'єкт",
    "venue": "Локація",
    "addr": "Адреса",
    "base": "Базування / парковка",
    "hosp": "Найближча лікарня",
    "scenes": "СЦЕНИ",
}
RU_LABELS = {
    "date": "Дата съёмки",
    "call": "Общий сбор группы",
    "mu": "Грим / костюм",
    "first": "Начало съёмки",
    "lunch": "Обед",
    "wrap": "Окончание смены",
    "sun": "Восход / закат",
    "set": "Объект",
    "venue": "Локация",
    "addr": "Адрес",
    "base": "Стоянка транспорта",
    "hosp": "Ближайшая больница",
    "scenes": "СЦЕНЫ",
}


def _cyr_sheets() -> list[Sheet]:
    kd, ld, ad = D(2026, 4, 14), D(2026, 6, 9), D(2026, 9, 22)
    return [
        _cyr(
            "kyiv",
            "ТИХИЙ БЕРЕГ",
            kd,
            "07:00",
            {
                "time": "h_colon",
                "labels": UA_LABELS,
                "doc": "ВИКЛИКНИЙ ЛИСТ № 8",
                "date_text": ua_date(kd),
                "day_no": "Знімальний день 8 з 24",
                "title_print": "«ТИХИЙ БЕРЕГ»",  # the production is the title without «»
                "company": "ТОВ «Дніпро Фільм», вул. Саксаганського, 12, Київ, 01033",
                "crew": "Режисер: Олена Коваль · 1-й асистент режисера: Андрій Мельник",
                "set": "ІНТ. ФОЄ ОПЕРИ",
                "scenes": [
                    "12   ІНТ. ФОЄ ОПЕРИ - ВЕЧІР     1 3/8  1, 2, 4",
                    "13   ІНТ. ЛОЖА - ВЕЧІР          0 6/8  1, 2",
                ],
                "footer": "Завтра (день 9): збір групи 6:30, Андріївський узвіз, 2",
            },
        ),
        _cyr(
            "lviv",
            "ЛЕВИНА БРАМА",
            ld,
            "08:00",
            {
                "time": "h24",
                "labels": UA_LABELS,
                "doc": "ВИКЛИКНИЙ ЛИСТ № 21",
                "date_text": f"{ld:%d.%m.%Y} ({UA_DAYS[ld.weekday()]})",
                "day_no": "Зміна 21 / 40",
                "title_print": "ЛЕВИНА БРАМА",
                "company": "Студія «Галфільм», вул. Личаківська, 8, Львів, 79008",
                "crew": "Режисер: Тарас Бойко · 1-й асистент режисера: Ірина Шевчук",
                "set": "НАТ. ПЛОЩА ПЕРЕД ТЕАТРОМ",
                "scenes": [
                    "40   НАТ. ПЛОЩА ПЕРЕД ТЕАТРОМ - ДЕНЬ   2 0/8  3, 5",
                    "41   НАТ. ФОНТАН - ДЕНЬ                0 4/8  5",
                ],
                "footer": "Завтра: загальний збір 07:30, Високий Замок",
            },
        ),
        _cyr(
            "almaty",
            "СТЕПНОЙ ВЕТЕР",
            ad,
            "07:30",
            {
                "time": "dot",
                "labels": RU_LABELS,
                "doc": "ВЫЗЫВНОЙ ЛИСТ № 15",
                "date_text": ru_date(ad),
                "day_no": "Смена 15 из 32",
                "title_print": "СТЕПНОЙ ВЕТЕР",
                "company": "ТОО «Алатау Фильм», пр. Абая, 52, г. Алматы, 050008",
                "crew": "Режиссёр: Асель Нурланова · 1-й ассистент режиссёра: Дмитрий Ким",
                "set": "ИНТ. ЗРИТЕЛЬНЫЙ ЗАЛ ТЕАТРА",
                "scenes": [
                    "55   ИНТ. ЗРИТЕЛЬНЫЙ ЗАЛ - ВЕЧЕР     1 5/8  1, 7",
                    "56   ИНТ. ГРИМЁРНАЯ - ВЕЧЕР          0 7/8  7",
                ],
                "footer": "Завтра (смена 16): сбор группы 06.30, Медеу",
            },
        ),
    ]


# --- a cover page first, the day's facts on page 2 ---------------------------------------------


def _cover(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH6[key]
    rise, fall = p.sun(day)

    def t(x: str) -> str:
        return hm(x, g["time"])

    def make() -> bytes:
        c = Canvas(g["page"], "helvetica")
        x1 = c.width - 40
        # page 1: the cover
        centre(c, 120, g["company"], 14)
        grey(c)
        centre(c, 138, "presents", 10, bold=False)
        black(c)
        centre(c, 230, title, 34)
        centre(c, 262, g["kind"], 12, bold=False)
        centre(c, 330, "CALL SHEET", 26)
        centre(c, 352, g["sheet_no"], 11, bold=False)
        # HARD: the only date on the cover is the issue date (the day before the shoot) and
        # the only address is the production office's
        centre(c, 420, g["issued"], 10, bold=False)
        centre(c, 436, g["office"], 9, bold=False)
        grey(c, 90)
        for k, line in enumerate(g["notice"]):
            centre(c, 520 + 12 * k, line, 8, bold=False)
        black(c)
        centre(c, c.pdf.h - 40, "Page 1 of " + str(g["pages"]), 7, bold=False)
        # page 2: the day
        c.new_page()
        c.text(40, 44, title, 14, bold=True)
        c.text(40, 57, g["company"], 8)
        c.right(x1, 44, g["date_text"], 11, bold=True)
        c.right(x1, 57, g["day_no"], 9)
        c.hline(40, x1, 66, 1)
        # three boxes: crew call large, then two smaller times
        w = (x1 - 40) / 3
        heads = [g["call_label"], g["shoot_label"], g["lunch_label"]]
        vals = [t(call), t(add_minutes(call, g["shoot_off"])), t(add_minutes(call, 360))]
        for k, (head, val) in enumerate(zip(heads, vals, strict=True)):
            x = 40 + k * w
            c.box(x, 74, w - 6, 46, 1.2 if k == 0 else 0.5)
            c.text(x + 6, 86, head, 7, bold=True)
            c.text(x + 6, 111, val, 20 if k == 0 else 13, bold=k == 0)
        c.text(40, 140, f"SUNRISE {t(rise)}   SUNSET {t(fall)}   WEATHER {g['weather']}", 8.5)
        # location / parking / hospital side by side, heading above lines
        cols = [
            ("SET LOCATION", [g["set"], p.name, p.street, p.city]),
            ("UNIT BASE / CREW PARKING", [p.base_street, p.base_city]),
            (
                g["hosp_label"],
                [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
            ),
        ]
        for k, (head, lines) in enumerate(cols):
            x = 40 + k * w
            c.text(x, 166, head, 8, bold=True)
            for n, line in enumerate(lines):
                fit(c, x, 180 + 12 * n, line, 8.5, w - 10)
        y = 250.0
        c.hline(40, x1, y - 10, 0.6)
        c.text(40, y, "SC.   SET                                   D/N   PGS    CAST", 8, bold=True)
        for k, sc in enumerate(g["scenes"]):
            c.text(40, y + 14 + 13 * k, sc, 8.5, family="courier")
        y += 14 + 13 * len(g["scenes"]) + 16
        c.text(40, y, "SCHEDULE", 8.5, bold=True)
        rows = [(t(add_minutes(call, off)), label) for off, label in g["sched"]]
        y = _schedule(c, 40, y + 14, rows, 8.5)
        centre(c, c.pdf.h - 40, "Page 2 of " + str(g["pages"]), 7, bold=False)
        if g["pages"] == 3:
            c.new_page()
            c.text(40, 44, "CREW LIST", 12, bold=True)
            for k, row in enumerate(g["crew_list"]):
                c.text(40, 66 + 13 * k, row, 8.5)
            centre(c, c.pdf.h - 40, "Page 3 of 3", 7, bold=False)
        return c.output()

    exp = call_sheet(title, day, call, p, location_extra=[g["set"]])
    return _sheet(f"cover_{key}", "cover_page", "cover page, day on page 2", make, exp)


def _cover_sheets() -> list[Sheet]:
    vd, ed, sd = D(2026, 3, 3), D(2026, 4, 15), D(2026, 11, 12)
    sched = [
        (-60, "Breakfast at base"),
        (-30, "HMU / wardrobe"),
        (0, "Crew call - safety meeting on set"),
        (90, "First shot"),
        (360, "Lunch (1 hr)"),
        (690, "Estimated wrap"),
    ]
    return [
        _cover(
            "savannah",
            "LIVE OAK AVENUE",
            vd,
            "07:30",
            {
                "page": "letter",
                "time": "am_low_dot",
                "company": "Spanish Moss Pictures LLC",
                "kind": "Episode 105 - \u201cThe Long Table\u201d",
                "sheet_no": "Shooting day 5 of 9",
                "issued": "Issued Monday, March 2, 2026 at 7:15 PM",
                "office": "Production office: 2 E Bay St, Suite 300, Savannah, GA 31401",
                "notice": [
                    "CONFIDENTIAL - for cast and crew of this production only.",
                    "Do not post, forward or share this call sheet on social media.",
                    "No forced calls without approval of the UPM.",
                ],
                "pages": 2,
                "date_text": f"Tuesday, March {vd.day}, 2026",
                "day_no": "Day 5 of 9",
                "call_label": "GENERAL CREW CALL",
                "shoot_label": "SHOOTING CALL",
                "shoot_off": 90,
                "lunch_label": "LUNCH",
                "weather": "Sunny, high 72\u00b0F / low 51\u00b0F",
                "set": "EXT./INT. MERCER HOUSE - PARLOR",
                "hosp_label": "NEAREST HOSPITAL",
                "scenes": [
                    "14    INT. MERCER HOUSE - PARLOR       D     2 3/8  1, 2, 4",
                    "15    EXT. MERCER HOUSE - STEPS        D     0 5/8  1",
                ],
                "sched": sched,
            },
        ),
        _cover(
            "edinburgh",
            "NEW TOWN",
            ed,
            "08:00",
            {
                "page": "a4",
                "time": "hrs",
                "company": "Firth Films Ltd",
                "kind": "a feature film",
                "sheet_no": "Call sheet no. 22",
                "issued": "Issued Tuesday 14th April 2026, 18:30",
                "office": "Production office: 12 Dublin St, Edinburgh EH1 3PP",
                "notice": [
                    "PRIVATE AND CONFIDENTIAL",
                    "This document contains personal data. Please do not leave it on set.",
                ],
                "pages": 3,
                "date_text": f"Wednesday {ordinal(ed.day)} April 2026",
                "day_no": "Day 22 of 40",
                "call_label": "UNIT CALL",
                "shoot_label": "TURNOVER",
                "shoot_off": 75,
                "lunch_label": "LUNCH",
                "weather": "Showers, 6-12 \u00b0C",
                "set": "INT. GEORGIAN HOUSE - DRAWING ROOM",
                "hosp_label": "NEAREST A&E",
                "scenes": [
                    "88    INT. DRAWING ROOM                D     1 6/8  3, 6",
                    "91    INT. KITCHEN                     D     0 4/8  6",
                ],
                "sched": sched,
                "crew_list": [
                    "Producer        Fiona Baird       07700 900 123   on call",
                    "1st AD          Rory Campbell     07700 900 456   0700 hrs",
                    "2nd AD          Isla Reid         07700 900 789   0630 hrs",
                    "DoP             Euan Murray       07700 900 321   0730 hrs",
                    "Gaffer          Callum Ross       07700 900 654   0700 hrs",
                ],
            },
        ),
        _cover(
            "sydney",
            "HARBOUR LIGHTS",
            sd,
            "06:45",
            {
                "page": "a4",
                "time": "am_low_dot",
                "company": "Southerly Buster Productions Pty Ltd",
                "kind": "a six-part drama series - Block 2",
                "sheet_no": "Shoot day 31",
                "issued": "Issued Wednesday 11 November 2026, 6.40pm",
                "office": "Production office: Level 2, 80 George St, The Rocks NSW 2000",
                "notice": [
                    "CONFIDENTIAL. Call sheets remain the property of the production.",
                    "Sun safety: hats, sunscreen and water are mandatory on exteriors.",
                ],
                "pages": 2,
                "date_text": f"Thursday {sd.day} November 2026",
                "day_no": "Shoot day 31 of 60",
                "call_label": "UNIT CALL",
                "shoot_label": "FIRST SHOT",
                "shoot_off": 90,
                "lunch_label": "LUNCH",
                "weather": "Fine, 18-27 \u00b0C, UV extreme",
                "set": "EXT. CIRCULAR QUAY FORECOURT",
                "hosp_label": "NEAREST HOSPITAL (EMERGENCY)",
                "scenes": [
                    "203   EXT. CUSTOMS HOUSE FORECOURT     D     1 1/8  2, 3",
                    "204   INT. CUSTOMS HOUSE - LIBRARY     D     2 0/8  2, 3, 9",
                ],
                "sched": sched,
            },
        ),
    ]


# --- an advance schedule for tomorrow on the same sheet ----------------------------------------


def _advance(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH6[key]
    rise, fall = p.sun(day)
    nxt = day + dt.timedelta(days=1)

    def t(x: str) -> str:
        return hm(x, g["time"])

    today = [
        ("Date", g["date"](day)),
        ("Shoot Day", g["day_no"]),
        (g["call_label"], t(call)),
        ("Shooting Call", t(add_minutes(call, 60))),
        ("Lunch", t(add_minutes(call, 360))),
        ("Location", f"{p.name}, {p.address}"),
        ("Parking", p.base),
        ("Nearest Hospital", f"{p.hospital}, {p.hospital_address}"),
        ("Sunrise / Sunset", f"{t(rise)} / {t(fall)}"),
    ]
    tomorrow = [
        ("Date", g["date"](nxt)),
        ("Shoot Day", g["next_day_no"]),
        (g["call_label"], t(g["next_call"])),
        ("Location", g["next_place"]),
        ("Parking", g["next_base"]),
        ("Nearest Hospital", g["next_hospital"]),
    ]

    def block(c: Canvas, x: float, y: float, rows: list[tuple[str, str]], w: float) -> float:
        for label, value in rows:
            c.text(x, y, label, 8, bold=True)
            fit(c, x + 92, y, value, 9 if label != g["call_label"] else 12, w - 96)
            y += 15
        return y

    def make() -> bytes:
        c = Canvas(g["page"], "helvetica")
        x1 = c.width - 36
        c.text(36, 42, title, 16, bold=True)
        c.text(36, 56, g["company"], 8)
        c.right(x1, 42, "CALL SHEET", 12, bold=True)
        c.hline(36, x1, 64, 1)
        if g["mode"] == "side":
            # HARD: today and tomorrow side by side on the same baselines
            half = (x1 - 36) / 2
            c.text(36, 82, "TODAY", 10, bold=True)
            c.text(36 + half + 8, 82, "ADVANCE SCHEDULE - TOMORROW", 10, bold=True)
            y1 = block(c, 36, 100, today, half - 8)
            y2 = block(c, 36 + half + 8, 100, tomorrow, half - 8)
            c.vline(36 + half, 72, max(y1, y2))
            y = max(y1, y2) + 16
        else:
            y = block(c, 36, 84, today, x1 - 36) + 12
        c.text(36, y, "SCENES", 9, bold=True)
        for k, sc in enumerate(g["scenes"]):
            c.text(36, y + 14 + 13 * k, sc, 8.5, family="courier")
        y += 14 + 13 * len(g["scenes"]) + 18
        if g["mode"] == "bottom":
            c.box(36, y - 12, x1 - 36, 15 * len(tomorrow) + 58, 1)
            c.text(42, y + 2, "ADVANCE SCHEDULE", 10, bold=True)
            yy = block(c, 42, y + 20, tomorrow, x1 - 48)
            for k, sc in enumerate(g["next_scenes"]):
                c.text(42, yy + 13 * k, sc, 8.5, family="courier")
        elif g["mode"] == "page2":
            # HARD: page 2 repeats the header for tomorrow, as a provisional sheet
            c.new_page()
            c.text(36, 42, title, 16, bold=True)
            c.text(36, 56, g["company"], 8)
            c.right(x1, 42, "ADVANCE CALL SHEET (PROVISIONAL)", 12, bold=True)
            c.hline(36, x1, 64, 1)
            yy = block(c, 36, 84, tomorrow, x1 - 36) + 12
            c.text(36, yy, "SCENES", 9, bold=True)
            for k, sc in enumerate(g["next_scenes"]):
                c.text(36, yy + 14 + 13 * k, sc, 8.5, family="courier")
        else:
            for k, sc in enumerate(g["next_scenes"]):
                c.text(36, y + 13 * k, "Advance: " + sc, 8.5, family="courier")
        return c.output()

    exp = call_sheet(title, day, call, p)
    return _sheet(f"advance_{key}", "advance_tomorrow", "advance schedule for tomorrow", make, exp)


def _advance_sheets() -> list[Sheet]:
    pd, cd, ad = D(2026, 3, 10), D(2026, 6, 23), D(2026, 10, 6)
    return [
        _advance(
            "philadelphia",
            "MARKET STREET",
            pd,
            "07:00",
            {
                "mode": "bottom",
                "page": "letter",
                "time": "am",
                "date": lambda d: f"{d:%A}, {d:%B} {d.day}, {d.year}",
                "company": "Schuylkill Pictures Inc. - 1600 Callowhill St, Philadelphia, PA 19130",
                "day_no": "12 of 30",
                "next_day_no": "13 of 30",
                "call_label": "Crew Call",
                "next_call": "06:00",
                "next_place": "Eastern State Penitentiary, 2027 Fairmount Ave, "
                "Philadelphia, PA 19130",
                "next_base": "Lot C, 2100 Fairmount Ave, Philadelphia, PA 19130",
                "next_hospital": "Temple University Hospital, 3401 N Broad St, "
                "Philadelphia, PA 19140",
                "scenes": [
                    "31  INT. MARKET - FISH COUNTER        D  1 4/8  1, 2",
                    "32  INT. MARKET - DINER               D  2 1/8  1, 2, 6",
                ],
                "next_scenes": [
                    "45  INT. PRISON - CELL BLOCK 7        N  2 2/8  1, 4",
                ],
            },
        ),
        _advance(
            "cardiff",
            "CASTLE STREET",
            cd,
            "08:00",
            {
                "mode": "page2",
                "page": "a4",
                "time": "h24",
                "date": lambda d: f"{d:%A} {ordinal(d.day)} {d:%B} {d.year}",
                "company": "Taff Vale Productions Ltd - Cardiff",
                "day_no": "Day 7 of 24",
                "next_day_no": "Day 8 of 24",
                "call_label": "Unit Call",
                "next_call": "07:00",
                "next_place": "Llandaff Cathedral, Cathedral Cl, Cardiff CF5 2LA",
                "next_base": "Llandaff Fields, Western Ave, Cardiff CF5 2YN",
                "next_hospital": "University Hospital Llandough, Penlan Rd, Penarth CF64 2XX",
                "scenes": [
                    "18  EXT. CASTLE KEEP                  D  1 0/8  2, 3",
                    "19  INT. BANQUETING HALL              D  2 4/8  2, 3, 8",
                ],
                "next_scenes": [
                    "26  INT. CATHEDRAL - NAVE             D  3 0/8  1, 2, 3",
                ],
            },
        ),
        _advance(
            "auckland",
            "QUAY STREET",
            ad,
            "07:30",
            {
                "mode": "side",
                "page": "a4",
                "time": "am_low_dot",
                "date": lambda d: f"{d:%a} {d:%d/%m/%Y}",
                "company": "Waitematā Screen Ltd",
                "day_no": "Day 4 of 15",
                "next_day_no": "Day 5 of 15",
                "call_label": "Unit Call",
                "next_call": "06:15",
                "next_place": "Auckland War Memorial Museum, Auckland Domain, Parnell, "
                "Auckland 1010",
                "next_base": "Domain car park, Stanley St, Auckland 1010",
                "next_hospital": "Starship Children's Hospital, 2 Park Rd, Grafton, Auckland 1023",
                "scenes": [
                    "9   EXT. FERRY BUILDING - WHARF       D  1 3/8  1, 5",
                    "10  INT. FERRY - DECK                 D  0 7/8  1",
                ],
                "next_scenes": [
                    "14  INT. MUSEUM - HALL                D  2 0/8  1, 2",
                ],
            },
        ),
    ]


# --- a split day: call after noon, wrap after midnight -------------------------------------------


def _split(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH6[key]
    rise, fall = p.sun(day)
    nxt = day + dt.timedelta(days=1)

    def t(x: str) -> str:
        return hm(x, g["time"])

    def make() -> bytes:
        c = Canvas(g["page"], "helvetica")
        x1 = c.width - 40
        c.text(40, 44, g["company"], 8)
        c.text(40, 68, title, 18, bold=True)
        c.text(40, 82, g["sub"], 9)
        # the date and day at the right, a banner naming the split under them
        c.right(x1, 44, g["date"](day), 11, bold=True)
        c.right(x1, 58, g["day_no"], 9)
        c.box(x1 - 150, 66, 150, 22, 1.2)
        c.right(x1 - 8, 82, g["banner"], 11, bold=True)
        c.hline(40, x1, 98, 1)
        # crew call boxed at the left, the pre-call beside it
        c.box(40, 108, 200, 52, 1.4)
        c.text(48, 122, g["call_label"], 8, bold=True)
        c.text(48, 150, g["call_print"] or t(call), 22, bold=True)
        c.text(256, 122, "PRE-CALLS", 8, bold=True)
        for k, (off, label) in enumerate(g["pre"]):
            c.text(256, 136 + 12 * k, f"{label}  {t(add_minutes(call, off))}", 8.5)
        # HARD: the day runs past midnight; wrap and tomorrow's date are printed
        half = (x1 - 40) / 2
        c.text(40, 184, "DAY WORK", 9, bold=True)
        c.text(40 + half, 184, "NIGHT WORK", 9, bold=True)
        c.hline(40, x1, 188, 0.4)
        day_rows = [
            (t(add_minutes(call, 45)), "Shooting call (day exteriors)"),
            (t(add_minutes(call, 360)), g["meal"]),
            (t(fall), "Sunset"),
        ]
        night_rows = [
            (t(add_minutes(call, 450)), "Night work begins"),
            (t(add_minutes(call, 600)), "Walking snack"),
            (f"{t(add_minutes(call, 750))} ({g['wrap_day'](nxt)})", "Estimated wrap"),
        ]
        for k, (when, label) in enumerate(day_rows):
            c.text(40, 204 + 14 * k, when, 9, bold=True)
            c.text(130, 204 + 14 * k, label, 9)
        for k, (when, label) in enumerate(night_rows):
            c.text(40 + half, 204 + 14 * k, when, 9, bold=True)
            c.text(40 + half + 110, 204 + 14 * k, label, 9)
        y = 266.0
        c.text(40, y, f"Sunrise {t(rise)}   Sunset {t(fall)}   {g['weather']}", 8.5)
        y += 24
        info = [
            ("SET", [g["set"], p.name, p.address]),
            ("BASE / CREW PARKING", [p.base]),
            (g["hosp_label"], [p.hospital, p.hospital_address, p.hospital_phone]),
        ]
        for head, lines in info:
            c.text(40, y, head, 8, bold=True)
            for n, line in enumerate(lines):
                fit(c, 170, y + 12 * n, line, 9, x1 - 170)
            y += 12 * len(lines) + 10
        y += 8
        c.text(40, y, "SC.   SET                                D/N   PGS    CAST", 8, bold=True)
        for k, sc in enumerate(g["scenes"]):
            c.text(40, y + 14 + 13 * k, sc, 8.5, family="courier")
        y += 14 + 13 * len(g["scenes"]) + 16
        c.text(40, y, g["note"], 8)
        return c.output()

    exp = call_sheet(title, day, call, p, location_extra=[g["set"]])
    return _sheet(f"split_{key}", "split_day", "split day past midnight", make, exp)


def _split_sheets() -> list[Sheet]:
    pd, bd, cd = D(2026, 9, 17), D(2026, 2, 26), D(2026, 8, 20)
    return [
        _split(
            "pittsburgh",
            "THREE RIVERS",
            pd,
            "12:00",
            {
                "page": "letter",
                "time": "am",
                "date": lambda d: f"{d:%A}, {d:%B} {d.day}, {d.year}",
                "wrap_day": lambda d: f"{d:%a} {d.month}/{d.day}",
                "company": "Allegheny Road Pictures LLC · 2100 Smallman St, Pittsburgh, PA 15222",
                "sub": "Feature - Block B",
                "day_no": "Day 19 of 33",
                "banner": "SPLIT DAY",
                "call_label": "GENERAL CREW CALL",
                "call_print": "12:00 PM (NOON)",
                "pre": [(-120, "Rigging electric"), (-60, "HMU / wardrobe"), (-30, "Grips")],
                "meal": "Lunch (hot meal)",
                "weather": "Clear, high 74\u00b0F / low 55\u00b0F",
                "set": "INT./EXT. MUSIC HALL",
                "hosp_label": "NEAREST HOSPITAL",
                "scenes": [
                    "52   EXT. MUSIC HALL STEPS          D    1 2/8  1, 3",
                    "53   INT. MUSIC HALL - FOYER        N    2 0/8  1, 3, 5",
                ],
                "note": "Turnaround: tomorrow's call is not before 2:00 PM (see advance).",
            },
        ),
        _split(
            "belfast",
            "THE GAOL",
            bd,
            "14:00",
            {
                "page": "a4",
                "time": "h24",
                "date": lambda d: f"{d:%A} {d.day} {d:%B} {d.year}",
                "wrap_day": lambda d: f"{d:%a} {d.day:02d}/{d.month:02d}",
                "company": "Lagan Side Films Ltd",
                "sub": "Series 2, Block 3 (Ep 5 & 6)",
                "day_no": "Day 27 of 52",
                "banner": "SPLITS",
                "call_label": "UNIT CALL",
                "call_print": "",
                "pre": [(-90, "Make-up & costume"), (-45, "Breakfast at base")],
                "meal": "Lunch",
                "weather": "Rain clearing, 4-8 \u00b0C",
                "set": "EXT./INT. GAOL TUNNEL",
                "hosp_label": "NEAREST A&E",
                "scenes": [
                    "5/14  EXT. GAOL YARD                D    1 4/8  2, 7",
                    "6/22  INT. TUNNEL                   N    2 2/8  2, 7, 9",
                ],
                "note": "Night work: hi-vis on the Crumlin Rd at all times after dark.",
            },
        ),
        _split(
            "calgary",
            "CHINOOK",
            cd,
            "14:30",
            {
                "page": "letter",
                "time": "am_dots",
                "date": lambda d: f"{d:%A}, {d:%B} {d.day}, {d.year}",
                "wrap_day": lambda d: f"{d:%a} {d:%b} {d.day}",
                "company": "Bow River Pictures Inc.",
                "sub": "Limited series - Episode 4",
                "day_no": "Shoot day 11 of 28",
                "banner": "SPLIT DAY",
                "call_label": "CREW CALL",
                "call_print": "",
                "pre": [(-150, "Rigging grip / electric"), (-60, "Hair / make-up")],
                "meal": "Meal (1 hr)",
                "weather": "Sunny, 27 \u00b0C, wind W 20 km/h",
                "set": "EXT. TOWER OBSERVATION DECK",
                "hosp_label": "NEAREST HOSPITAL",
                "scenes": [
                    "30   EXT. OBSERVATION DECK          D    1 0/8  1, 4",
                    "31   EXT. OBSERVATION DECK          N    1 6/8  1, 4",
                ],
                "note": "Turnaround 12 hrs: Friday's call will be 3:00 p.m.",
            },
        ),
    ]


# --- two units on one sheet: the main unit's call and set are the day's ----------------------


def _units(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH6[key]
    rise, fall = p.sun(day)

    def t(x: str) -> str:
        return hm(x, g["time"])

    main = [
        (g["main_head"], ""),
        (g["call_label"], t(call)),
        ("Location", g["set"]),
        ("", p.name),
        ("", p.street),
        ("", p.city),
        ("Base", p.base),
        ("First shot", t(add_minutes(call, 60))),
        ("Lunch", t(add_minutes(call, 360))),
    ]
    second = [
        (g["second_head"], ""),
        (g["call_label"], t(g["second_call"])),
        ("Location", g["second_set"]),
        *[("", line) for line in g["second_place"]],
        ("Base", g["second_base"]),
        ("First shot", t(add_minutes(g["second_call"], 30))),
        ("Lunch", t(add_minutes(g["second_call"], 330))),
    ]

    def column(c: Canvas, x: float, rows: list[tuple[str, str]], w: float) -> None:
        y = 150.0
        for label, value in rows:
            if not value:
                c.text(x, y, label, 11, bold=True)
            else:
                c.text(x, y, label, 8, bold=True)
                fit(c, x + 70, y, value, 9, w - 74)
            y += 15

    def make() -> bytes:
        c = Canvas("a4", "helvetica")
        x1 = c.width - 40
        centre(c, 50, title, 18)
        centre(c, 64, g["company"], 8, bold=False)
        c.text(40, 90, g["date"](day), 10, bold=True)
        c.right(x1, 90, g["day_no"], 10, bold=True)
        c.text(40, 104, f"Sunrise {t(rise)}  ·  Sunset {t(fall)}  ·  {g['weather']}", 8.5)
        c.text(40, 118, g["units_note"], 8)
        c.hline(40, x1, 128, 1)
        half = (x1 - 40) / 2
        left, right = (main, second) if g["main_left"] else (second, main)
        column(c, 40, left, half - 8)
        column(c, 40 + half + 8, right, half - 8)
        c.vline(40 + half, 134, 290)
        y = 312.0
        c.box(40, y - 12, x1 - 40, 44, 0.8)
        c.text(46, y, g["hosp_label"], 8, bold=True)
        c.text(46, y + 13, f"{p.hospital}, {p.hospital_address}", 9.5)
        c.text(46, y + 25, f"Tel. {p.hospital_phone}", 8.5)
        y += 56
        c.text(40, y, "SCENES", 9, bold=True)
        for k, sc in enumerate(g["scenes"]):
            c.text(40, y + 14 + 13 * k, sc, 8.5, family="courier")
        return c.output()

    exp = call_sheet(title, day, call, p, location_extra=[g["set"]])
    return _sheet(f"units_{key}", "two_units", "main unit and 2nd unit", make, exp)


def _units_sheets() -> list[Sheet]:
    fd, ld, md = D(2026, 5, 19), D(2026, 7, 8), D(2026, 12, 3)
    return [
        _units(
            "sanfrancisco",
            "FOG CITY",
            fd,
            "07:00",
            {
                "time": "am",
                "main_left": True,
                "date": lambda d: f"{d:%A}, {d:%B} {d.day}, {d.year}",
                "company": "Presidio Point Productions, Inc.",
                "day_no": "Day 18 of 40",
                "weather": "Fog AM, high 64\u00b0F",
                "units_note": "Two units today: 2nd unit reports to its own location.",
                "main_head": "MAIN UNIT",
                "second_head": "2ND UNIT",
                "call_label": "Crew Call",
                "set": "EXT. ROTUNDA LAGOON",
                "second_call": "06:00",
                "second_set": "EXT. BEACH - DAWN (plates)",
                "second_place": [
                    "Crissy Field East Beach",
                    "1199 E Beach",
                    "San Francisco, CA 94129",
                ],
                "second_base": "Crissy Field Center lot, 1199 E Beach",
                "hosp_label": "NEAREST HOSPITAL (BOTH UNITS)",
                "scenes": [
                    "Main: 61, 62 EXT. ROTUNDA LAGOON (D) 3 1/8 pgs, cast 1, 2, 4",
                    "2nd unit: 17pt, 40pt EXT. BEACH plates (D) 0 2/8 pgs, no cast",
                ],
            },
        ),
        _units(
            "leeds",
            "TOWN HALL",
            ld,
            "08:00",
            {
                "time": "h24",
                "main_left": True,
                "date": lambda d: f"{d:%A} {ordinal(d.day)} {d:%B} {d.year}",
                "company": "Aire Valley Television Ltd",
                "day_no": "Day 33 of 60",
                "weather": "Cloudy, 14-19 \u00b0C",
                "units_note": "Splinter unit: inserts at Kirkstall Abbey; transport from base.",
                "main_head": "1ST UNIT",
                "second_head": "SPLINTER UNIT",
                "call_label": "Unit Call",
                "set": "INT. TOWN HALL - VICTORIA HALL",
                "second_call": "09:30",
                "second_set": "EXT. ABBEY RUINS (inserts)",
                "second_place": ["Kirkstall Abbey", "Abbey Rd", "Leeds LS5 3EH"],
                "second_base": "Abbey Rd car park, Leeds LS5 3EH",
                "hosp_label": "NEAREST A&E",
                "scenes": [
                    "1st unit: 112, 113 INT. VICTORIA HALL (D) 4 0/8 pgs",
                    "Splinter: 98pt EXT. ABBEY RUINS inserts (D) 1/8 pg",
                ],
            },
        ),
        _units(
            "fremantle",
            "ROUND HOUSE",
            md,
            "07:30",
            {
                "time": "am_low_dot",
                "main_left": False,  # HARD: the 2nd unit (earlier call) is the left column
                "date": lambda d: f"{d:%A} {d.day} {d:%B} {d.year}",
                "company": "Indian Ocean Pictures Pty Ltd",
                "day_no": "Shoot day 9 of 30",
                "weather": "Fine, 19-31 \u00b0C, Fremantle Doctor from 1pm",
                "units_note": "Second unit (drone and marine) works from Bathers Beach.",
                "main_head": "MAIN UNIT",
                "second_head": "SECOND UNIT",
                "call_label": "Crew call",
                "set": "EXT./INT. PRISON GATEHOUSE",
                "second_call": "05:45",
                "second_set": "EXT. BEACH & HARBOUR (drone)",
                "second_place": ["Bathers Beach", "Mews Rd", "Fremantle WA 6160"],
                "second_base": "Mews Rd car park, Fremantle WA 6160",
                "hosp_label": "NEAREST HOSPITAL",
                "scenes": [
                    "Main unit: 20, 21 EXT./INT. GATEHOUSE (D) 2 5/8 pgs",
                    "Second unit: 3pt, 8pt aerials, harbour (D)",
                ],
            },
        ),
    ]


# --- US landscape: scenes at the left, the day's facts in a right-hand rail ------------------


def _rail(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH6[key]
    rise, fall = p.sun(day)

    def t(x: str) -> str:
        return hm(x, g["time"])

    def make() -> bytes:
        c = Canvas("letter", "helvetica", orientation="L")
        x1 = c.width - 30
        xr = 560.0
        # left: title block, scenes, cast, notes
        c.text(30, 40, title, 18, bold=True)
        c.text(30, 54, g["company"], 8)
        c.text(30, 65, g["credits"], 7.5)
        c.text(30, 76, g["office"], 7.5)
        y = 100.0
        c.text(
            30,
            y,
            "SC    SET / DESCRIPTION                      D/N  PGS    CAST   LOC",
            7.5,
            bold=True,
        )
        c.hline(30, xr - 14, y + 4, 0.4)
        for k, sc in enumerate(g["scenes"]):
            c.text(30, y + 16 + 12 * k, sc, 8, family="courier")
        y += 16 + 12 * len(g["scenes"]) + 20
        c.text(
            30,
            y,
            "#   CAST                 CHARACTER        STATUS  PICKUP   H/MU   SET",
            7.5,
            bold=True,
        )
        c.hline(30, xr - 14, y + 4, 0.4)
        for k, row in enumerate(g["cast"]):
            c.text(30, y + 16 + 12 * k, row, 8, family="courier")
        y += 16 + 12 * len(g["cast"]) + 20
        c.text(30, y, "NOTES", 8, bold=True)
        for k, line in enumerate(g["notes"]):
            c.text(30, y + 13 + 11 * k, line, 7.5)
        # right rail, boxed sections top to bottom
        c.vline(xr - 6, 24, c.pdf.h - 24, 1)
        yy = 40.0
        c.text(xr, yy, g["date"](day), 10, bold=True)
        c.right(x1, yy + 13, g["day_no"], 8.5)
        yy += 24
        c.box(xr, yy, x1 - xr, 40, 1.4)
        c.text(xr + 6, yy + 12, g["call_label"], 7.5, bold=True)
        c.text(xr + 6, yy + 33, t(call), 20, bold=True)
        yy += 52
        for label, off in g["times"]:
            c.text(xr, yy, label, 8, bold=True)
            c.right(x1, yy, t(add_minutes(call, off)), 9)
            yy += 12
        yy += 8
        c.text(xr, yy, "WEATHER", 8, bold=True)
        c.text(xr, yy + 12, g["weather"], 8.5)
        c.text(xr, yy + 24, g["weather2"], 8.5)
        c.text(xr, yy + 38, f"SUNRISE {t(rise)}", 8.5)
        c.right(x1, yy + 38, f"SUNSET {t(fall)}", 8.5)
        yy += 62
        sections = [
            ("SET LOCATION", [g["set"], p.name, p.street, p.city]),
            ("CREW PARKING", [p.base_street, p.base_city]),
            (
                "NEAREST HOSPITAL",
                [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
            ),
        ]
        for head, lines in sections:
            c.hline(xr, x1, yy - 10, 0.4)
            c.text(xr, yy, head, 8, bold=True)
            for n, line in enumerate(lines):
                fit(c, xr, yy + 12 + 11 * n, line, 8.5, x1 - xr)
            yy += 12 + 11 * len(lines) + 14
        return c.output()

    exp = call_sheet(title, day, call, p, location_extra=[g["set"]])
    return _sheet(f"rail_{key}", "us_right_rail", "US landscape, right-hand rail", make, exp)


def _rail_sheets() -> list[Sheet]:
    bd, md, pd = D(2026, 10, 20), D(2026, 1, 27), D(2026, 6, 11)
    times = [
        ("BREAKFAST", -45),
        ("SHOOTING CALL", 60),
        ("LUNCH", 360),
        ("EST. WRAP", 720),
    ]
    return [
        _rail(
            "boston",
            "BACK BAY",
            bd,
            "07:00",
            {
                "time": "am_letter",
                "date": lambda d: f"{d:%A}, {d:%B} {d.day}, {d.year}".upper(),
                "day_no": "DAY 5 OF 22",
                "company": "Charles River Features LLC",
                "credits": "Director: Maya Okafor · Producers: Tom Reilly, Ana Costa · "
                "1st AD: Sam Lee",
                "office": "Production office: 1 Design Center Pl, Suite 600, Boston, MA 02210",
                "call_label": "GENERAL CREW CALL",
                "times": times,
                "weather": "Partly cloudy, 20% rain",
                "weather2": "High 61\u00b0F / Low 47\u00b0F",
                "set": "INT. BATES HALL READING ROOM",
                "scenes": [
                    "24   INT. BATES HALL - READING ROOM   D  2 1/8  1,2,5   1",
                    "25   INT. BATES HALL - STACKS         D  0 6/8  1       1",
                    "27   EXT. COPLEY SQUARE               D  1 0/8  1,2     1",
                ],
                "cast": [
                    "1   Lena Park        NORA           W      6:00A    6:15A  7:45A",
                    "2   Dev Raman        ELLIS          W      6:30A    6:45A  8:00A",
                    "5   Ruth Adler       LIBRARIAN      SWF    8:00A    8:15A  9:30A",
                ],
                "notes": [
                    "Quiet set: library open to the public until 9:00 AM in the east wing.",
                    "Meal penalty at 1:00P if lunch is not called; second meal 6 hrs after lunch.",
                ],
            },
        ),
        _rail(
            "miami",
            "BISCAYNE",
            md,
            "06:30",
            {
                "time": "am",
                "date": lambda d: f"{d:%a}, {d:%b} {d.day}, {d.year}",
                "day_no": "Day 2 of 12",
                "company": "Magic City Pictures, Inc.",
                "credits": "Director: Luis Ortega · Producer: Dana Weiss · 1st AD: Kim Brooks",
                "office": "Office: 1000 Brickell Ave, Suite 400, Miami, FL 33131",
                "call_label": "CREW CALL",
                "times": times,
                "weather": "Sunny, humid, wind E 10 mph",
                "weather2": "High 77\u00b0F / Low 63\u00b0F",
                "set": "EXT./INT. FREEDOM TOWER LOBBY",
                "scenes": [
                    "8    EXT. FREEDOM TOWER - STEPS       D  1 3/8  1,3     1",
                    "9    INT. FREEDOM TOWER - LOBBY       D  2 4/8  1,3,4   1",
                ],
                "cast": [
                    "1   Carla Reyes      MARISOL        W      5:30 AM  5:45 AM 7:30 AM",
                    "3   Jon Baptiste     FELIX          W      6:00 AM  6:15 AM 7:30 AM",
                ],
                "notes": ["Hydration: water at every set; shade tents at base."],
            },
        ),
        _rail(
            "phoenix",
            "DRY HEAT",
            pd,
            "05:30",
            {
                "time": "am",
                "date": lambda d: f"{d.month}/{d.day}/{d.year}",
                "day_no": "Shoot Day 14 / 20",
                "company": "Saguaro Sky Productions LLC",
                "credits": "Director: Ben Castillo · Producer: Rae Hogan · 1st AD: Tia Nez",
                "office": "Production office: 1 N Central Ave, Phoenix, AZ 85004",
                "call_label": "GENERAL CREW CALL",
                "times": times,
                "weather": "EXCESSIVE HEAT WARNING",
                "weather2": "High 109\u00b0F / Low 84\u00b0F",
                "set": "INT. ORPHEUM - AUDITORIUM",
                "scenes": [
                    "61   INT. ORPHEUM - AUDITORIUM        N  3 0/8  1,2,6   1",
                    "62   INT. ORPHEUM - BOX OFFICE        D  0 4/8  2       1",
                ],
                "cast": [
                    "1   Alma Ruiz        JO             W      4:30 AM  4:45 AM 6:30 AM",
                    "6   Pete Lowe        MANAGER        SW     7:00 AM  7:15 AM 8:30 AM",
                ],
                "notes": ["Heat plan: 10-minute cool-down every hour on exterior moves."],
            },
        ),
    ]


# --- Near misses: must read as `other` ---------------------------------------------------------


def _catering_order() -> bytes:
    """A caterer's order confirmation: service times, headcount, the base's address, a menu."""
    c = Canvas("letter", "helvetica")
    c.text(50, 50, "Liberty Bell Catering Co.", 14, bold=True)
    c.text(50, 64, "920 N 2nd St, Philadelphia, PA 19123 · (215) 555-0182", 8.5)
    c.text(
        50,
        96,
        "ORDER CONFIRMATION #4471 - \u201cMARKET STREET\u201d (Schuylkill Pictures)",
        11,
        bold=True,
    )
    rows = [
        ("Service date", "Tuesday, March 10, 2026"),
        ("Service location", "Parkway Garage, 1111 Arch St, Philadelphia, PA 19107 (unit base)"),
        ("Truck arrival", "5:00 AM"),
        ("Breakfast", "6:00 AM - 7:00 AM, 65 crew + 12 cast"),
        ("Lunch", "1:00 PM hot lunch, 85 covers"),
        ("Craft service", "walking snack at 4:30 PM"),
        ("Contact on the day", "Production coordinator, (215) 555-0119"),
    ]
    y = 124.0
    for label, value in rows:
        c.text(50, y, label, 9.5, bold=True)
        c.text(200, y, value, 9.5)
        c.hline(50, 560, y + 4, 0.2)
        y += 19
    y += 18
    c.text(50, y, "MENU", 11, bold=True)
    for line in [
        "Breakfast: scrambled eggs, turkey bacon, oatmeal bar, fruit, pastries, cold brew",
        "Lunch: roast chicken, grilled salmon, vegan chili, rice, greens, two salads",
        "Dessert: apple crumble; gluten-free brownies (8)",
        "Dietary: 6 vegetarian, 4 vegan, 2 nut allergies (labelled)",
    ]:
        y += 15
        c.text(50, y, line, 9.5)
    y += 36
    c.text(50, y, "Total: $3,412.50 incl. tax and service. Payment net 15 days.", 9.5)
    return c.output()


def _itinerary() -> bytes:
    """A crew travel itinerary: flights, hotel address, car pick-ups with times and dates."""
    c = Canvas("a4", "helvetica")
    c.text(45, 50, "TRAVEL ITINERARY", 16, bold=True)
    c.text(45, 66, "\u201cNEW TOWN\u201d - Firth Films Ltd - travel for Euan Murray (DoP)", 10)
    c.text(45, 78, "Prepared by the travel coordinator, Fri 10/04/2026", 8.5)
    legs = [
        ("Sun 12 April 2026", "Car pick-up", "05:15", "14 Elm Row, London N1 8QT to Heathrow T5"),
        ("Sun 12 April 2026", "Flight BA1436", "07:05", "LHR T5 to EDI, arrives 08:25, seat 4C"),
        ("Sun 12 April 2026", "Car", "08:45", "Edinburgh Airport to hotel"),
        (
            "Sun 12 April 2026",
            "Hotel check-in",
            "15:00",
            "The Balmoral, 1 Princes St, Edinburgh EH2 2EQ",
        ),
        ("Sat 18 April 2026", "Hotel check-out", "11:00", "Confirmation BAL-88213"),
        ("Sat 18 April 2026", "Flight BA1455", "18:40", "EDI to LHR T5, arrives 20:05"),
    ]
    y = 110.0
    for head, x in (("DATE", 45), ("ITEM", 150), ("TIME", 250), ("DETAILS", 300)):
        c.text(x, y, head, 8.5, bold=True)
    for date, item, when, detail in legs:
        y += 18
        c.text(45, y, date, 9)
        c.text(150, y, item, 9)
        c.text(250, y, when, 9)
        fit(c, 300, y, detail, 9, 250)
        c.hline(45, 550, y + 5, 0.2)
    y += 36
    for line in [
        "Per diem GBP 40/day paid on arrival. Daily calls are on each day's call sheet.",
        "Emergency travel line (24 h): +44 20 7946 0321.",
    ]:
        c.text(45, y, line, 9)
        y += 14
    return c.output()


def _crew_list() -> bytes:
    """A crew contact list: departments, names, phones, e-mails, the production office."""
    c = Canvas("letter", "helvetica", orientation="L")
    x1 = c.width - 30
    c.text(30, 40, "CREW LIST - \u201cBACK BAY\u201d", 15, bold=True)
    c.text(
        30, 54, "Charles River Features LLC · 1 Design Center Pl, Suite 600, Boston, MA 02210", 8.5
    )
    c.right(x1, 40, "Version 4 - as of 10/12/26", 9)
    c.right(x1, 54, "Prep 9/28/26 · Principal photography 10/14/26 - 11/13/26", 8.5)
    heads = [("DEPT", 30), ("POSITION", 120), ("NAME", 250), ("PHONE", 380), ("E-MAIL", 480)]
    y = 84.0
    for h, x in heads:
        c.text(x, y, h, 8.5, bold=True)
    people = [
        ("Production", "Producer", "Tom Reilly", "(617) 555-0101", "tom@crf.example"),
        ("Production", "UPM", "Grace Liu", "(617) 555-0102", "grace@crf.example"),
        ("Production", "Coordinator", "Owen Hart", "(617) 555-0103", "office@crf.example"),
        ("AD", "1st AD", "Sam Lee", "(617) 555-0110", "sam@crf.example"),
        ("AD", "2nd AD", "Priya Nair", "(617) 555-0111", "priya@crf.example"),
        ("Camera", "DoP", "Ivan Petrov", "(617) 555-0120", "ivan@crf.example"),
        ("Camera", "1st AC", "Jo Kim", "(617) 555-0121", "jo@crf.example"),
        ("Grip", "Key Grip", "Marc Dubois", "(617) 555-0130", "marc@crf.example"),
        ("Electric", "Gaffer", "Nia Brown", "(617) 555-0140", "nia@crf.example"),
        ("Locations", "Location Manager", "Eli Stone", "(617) 555-0150", "eli@crf.example"),
        ("Medic", "Set Medic", "Rosa Diaz", "(617) 555-0160", "rosa@crf.example"),
    ]
    for row in people:
        y += 16
        for (_, x), v in zip(heads, row, strict=True):
            c.text(x, y, v, 9)
        c.hline(30, x1, y + 4, 0.2)
    y += 30
    c.text(
        30,
        y,
        "Production office hours 8:00 AM - 7:00 PM. Call times are on each day's call sheet.",
        9,
    )
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        Sheet(
            "fresh6_other_catering_order",
            "fresh6_near_miss",
            "catering order",
            _catering_order,
            OTHER,
        ),
        Sheet("fresh6_other_itinerary", "fresh6_near_miss", "travel itinerary", _itinerary, OTHER),
        Sheet("fresh6_other_crew_list", "fresh6_near_miss", "crew list", _crew_list, OTHER),
    ]


def sheets() -> list[Sheet]:
    return [
        *_hu_sheets(),
        *_cyr_sheets(),
        *_cover_sheets(),
        *_advance_sheets(),
        *_split_sheets(),
        *_units_sheets(),
        *_rail_sheets(),
        *_other_sheets(),
    ]
