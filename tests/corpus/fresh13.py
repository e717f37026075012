# ruff: noqa: RUF001  (Armenian sheets: the letters and punctuation are meant)
"""Fourteenth held-out set: conventions no earlier set covers (`fresh13_`).

Built without reading the reader (`pipeline/extract/`) and without running it on these sheets:
each family follows a real-world convention (CONVENTIONS.md, "fresh13"). An Armenian
"ՆԿԱՐԱՀԱՆՄԱՆ ՕՐԱԳԻՐ" in Armenian script, Scandinavian sheets whose largest date is the ISO week
number ("UKE 12", "V. 24", "UGE 41") beside the weekday and date, UK rural sets with no house
number located by what3words, GPS and an OS grid reference (with a separate RV point), New York
sheets with a film-permit block, precinct, cross streets and Queens hyphenated house numbers,
Asia-Pacific English sheets whose day is an hour-by-hour Gantt chart, sheets whose places are
given in the legend of a drawn location map with numbered pins, and sheets that print a wet
weather cover set beside the main location. Three near misses (a traffic management plan, a
drone flight operations plan, a cast day-out-of-days) must read as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.corpus.draw import Canvas, black, centre, grey, measure
from tests.corpus.formats import add_minutes
from tests.corpus.fresh_common import clock, expect, fill, sheet_maker, time_or, wrap
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # Armenia: street name, "փ." (street) / "պող." (avenue) / "հրապ." (square), number; the
    # four-digit postcode after the town
    "yerevan_opera": _p(
        "eu",
        "Օպերայի և բալետի ազգային թատրոն",
        "Թումանյան փ. 54",
        "Երևան 0002",
        40.1860,
        44.5152,
        "Asia/Yerevan",
        "Էրեբունի բժշկական կենտրոն",
        "Տիտոգրադյան փ. 14",
        "Երևան 0087",
        "+374 10 471 600",
        "Մաշտոցի պող. 46",
        "Երևան 0009",
    ),
    "cascade": _p(
        "eu",
        "Կասկադ համալիր",
        "Տամանյան փ. 10",
        "Երևան 0009",
        40.1912,
        44.5153,
        "Asia/Yerevan",
        "Նաիրի բժշկական կենտրոն",
        "Պարոնյան փ. 21",
        "Երևան 0015",
        "+374 10 537 500",
        "Մոսկովյան փ. 35",
        "Երևան 0002",
    ),
    "gyumri": _p(
        "eu",
        "Ամենափրկիչ եկեղեցի",
        "Վարդանանց հրապարակ",
        "Գյումրի 3101",
        40.7894,
        43.8475,
        "Asia/Yerevan",
        "Գյումրու ավստրիական հիվանդանոց",
        "Շիրակացու փ. 2",
        "Գյումրի 3104",
        "+374 312 3 24 24",
        "Աբովյան փ. 186",
        "Գյումրի 3101",
    ),
    # Scandinavia: street and number, then a postcode before the town
    "bergen": _p(
        "eu",
        "Det Hanseatiske Museum, Finnegården",
        "Finnegårdsgaten 1A",
        "5003 Bergen",
        60.3975,
        5.3238,
        "Europe/Oslo",
        "Haukeland universitetssjukehus, Akuttmottaket",
        "Haukelandsveien 22",
        "5021 Bergen",
        "55 97 50 00",
        "Bradbenken 1",
        "5003 Bergen",
    ),
    "goteborg": _p(
        "eu",
        "Stora Teatern",
        "Kungsparken 1",
        "411 36 Göteborg",
        57.7040,
        11.9690,
        "Europe/Stockholm",
        "Sahlgrenska Universitetssjukhuset, Akutmottagningen",
        "Blå stråket 5",
        "413 45 Göteborg",
        "031-342 10 00",
        "Södra Hamngatan 37",
        "411 06 Göteborg",
    ),
    "aarhus": _p(
        "eu",
        "ARoS Aarhus Kunstmuseum",
        "Aros Allé 2",
        "8000 Aarhus C",
        56.1538,
        10.1997,
        "Europe/Copenhagen",
        "Aarhus Universitetshospital, Akutmodtagelsen",
        "Palle Juul-Jensens Boulevard 99",
        "8200 Aarhus N",
        "+45 78 45 00 00",
        "Thomas Jensens Allé 1",
        "8000 Aarhus C",
    ),
    # UK rural sets: a road with no house number, located by what3words / GPS / OS grid ref
    "glen_etive": _p(
        "uk",
        "Dalness lay-by",
        "Glen Etive Rd",
        "Glencoe, Ballachulish PH49 4HY",
        56.6095,
        -4.9940,
        "Europe/London",
        "Belford Hospital",
        "Belford Rd",
        "Fort William PH33 6BS",
        "01397 702481",
        "Glencoe Visitor Centre car park, A82",
        "Ballachulish PH49 4HX",
    ),
    "dartmoor": _p(
        "uk",
        "Foggintor Quarry",
        "Yelverton Rd",
        "Princetown, Yelverton PL20 6SA",
        50.5505,
        -4.0260,
        "Europe/London",
        "Derriford Hospital",
        "Derriford Rd",
        "Plymouth PL6 8DH",
        "01752 202082",
        "Merrivale car park, B3357",
        "Yelverton PL20 6ST",
    ),
    "malham": _p(
        "uk",
        "Malham Cove (foot of the cove)",
        "Cove Rd",
        "Malham, Skipton BD23 4DJ",
        54.0700,
        -2.1560,
        "Europe/London",
        "Airedale General Hospital",
        "Skipton Rd, Steeton",
        "Keighley BD20 6TD",
        "01535 652511",
        "Malham National Park car park, Chapel Gate",
        "Malham, Skipton BD23 4DA",
    ),
    # New York: Queens prints the neighbourhood and a hyphenated number; cross streets in brackets
    "astoria": _p(
        "us",
        "Kaufman Astoria Studios, Stage E",
        "34-12 36th St",
        "Astoria, NY 11106",
        40.7566,
        -73.9249,
        "America/New_York",
        "Mount Sinai Queens",
        "25-10 30th Ave",
        "Astoria, NY 11102",
        "(718) 932-1000",
        "35th Ave btw 36th & 37th St",
        "Astoria, NY 11106",
    ),
    "dumbo": _p(
        "us",
        "DUMBO - Manhattan Bridge archway view",
        "Washington St & Water St",
        "Brooklyn, NY 11201",
        40.7033,
        -73.9894,
        "America/New_York",
        "The Brooklyn Hospital Center",
        "121 DeKalb Ave",
        "Brooklyn, NY 11201",
        "(718) 250-8000",
        "Plymouth St btw Adams St & Pearl St",
        "Brooklyn, NY 11201",
    ),
    "grand_central": _p(
        "us",
        "Grand Central Terminal, Vanderbilt Hall",
        "89 E 42nd St",
        "New York, NY 10017",
        40.7527,
        -73.9772,
        "America/New_York",
        "NYC Health + Hospitals/Bellevue",
        "462 First Ave",
        "New York, NY 10016",
        "(212) 562-4141",
        "E 43rd St btw Lexington & 3rd Ave",
        "New York, NY 10017",
    ),
    # Asia-Pacific English sheets
    "singapore": _p(
        "sg",
        "Gardens by the Bay, Supertree Grove",
        "18 Marina Gardens Dr",
        "Singapore 018953",
        1.2816,
        103.8636,
        "Asia/Singapore",
        "Singapore General Hospital",
        "Outram Rd",
        "Singapore 169608",
        "+65 6222 3322",
        "Marina Barrage car park, 8 Marina Gardens Dr",
        "Singapore 018951",
    ),
    "hong_kong": _p(
        "hk",
        "Tai Kwun, Prison Yard",
        "10 Hollywood Rd",
        "Central, Hong Kong",
        22.2818,
        114.1543,
        "Asia/Hong_Kong",
        "Queen Mary Hospital",
        "102 Pok Fu Lam Rd",
        "Pok Fu Lam, Hong Kong",
        "+852 2255 3838",
        "Arbuthnot Rd (loading bay)",
        "Central, Hong Kong",
    ),
    "kuala_lumpur": _p(
        "my",
        "Sultan Abdul Samad Building (arcade)",
        "Jalan Raja",
        "50050 Kuala Lumpur",
        3.1488,
        101.6945,
        "Asia/Kuala_Lumpur",
        "Hospital Kuala Lumpur",
        "Jalan Pahang",
        "50586 Kuala Lumpur",
        "+60 3-2615 5555",
        "Dataran Merdeka underground car park, Jalan Raja Laut",
        "50350 Kuala Lumpur",
    ),
    # location maps: US, Canada, Australia
    "chicago": _p(
        "us",
        "Chicago Cultural Center, Preston Bradley Hall",
        "78 E Washington St",
        "Chicago, IL 60602",
        41.8837,
        -87.6251,
        "America/Chicago",
        "Northwestern Memorial Hospital",
        "251 E Huron St",
        "Chicago, IL 60611",
        "(312) 926-2000",
        "5 S Columbus Dr",
        "Chicago, IL 60603",
    ),
    "montreal": _p(
        "ca",
        "Marché Bonsecours, Salle de la Commune",
        "350 Rue Saint-Paul E",
        "Montréal, QC H2Y 1H2",
        45.5088,
        -73.5517,
        "America/Toronto",
        "CHUM - Centre hospitalier de l'Université de Montréal",
        "1051 Rue Sanguinet",
        "Montréal, QC H2X 3E4",
        "(514) 890-8000",
        "Quai de l'Horloge lot, 1 Rue de la Commune E",
        "Montréal, QC H2Y 1J1",
    ),
    "perth": _p(
        "au",
        "Kings Park, DNA Tower lawn",
        "Fraser Ave",
        "Kings Park WA 6005",
        -31.9608,
        115.8420,
        "Australia/Perth",
        "Sir Charles Gairdner Hospital",
        "Hospital Ave",
        "Nedlands WA 6009",
        "(08) 6457 3333",
        "May Dr car park",
        "Kings Park WA 6005",
    ),
    # wet weather cover: Australia, Ireland, British Columbia
    "bondi": _p(
        "au",
        "Bondi Beach (north end, near the ramp)",
        "Queen Elizabeth Dr",
        "Bondi Beach NSW 2026",
        -33.8908,
        151.2743,
        "Australia/Sydney",
        "St Vincent's Hospital Sydney",
        "390 Victoria St",
        "Darlinghurst NSW 2010",
        "(02) 8382 1111",
        "Park Dr car park",
        "Bondi Beach NSW 2026",
    ),
    "dun_laoghaire": _p(
        "eu",
        "East Pier (bandstand end)",
        "Queen's Rd",
        "Dún Laoghaire, Co. Dublin, A96 K2P6",
        53.2990,
        -6.1280,
        "Europe/Dublin",
        "St Vincent's University Hospital",
        "Elm Park",
        "Dublin 4, D04 T6F4",
        "+353 1 221 4000",
        "Harbour Rd car park",
        "Dún Laoghaire, Co. Dublin, A96 D3V0",
    ),
    "victoria": _p(
        "ca",
        "Dallas Road waterfront (Clover Point)",
        "Dallas Rd",
        "Victoria, BC V8V 1A1",
        48.4080,
        -123.3630,
        "America/Vancouver",
        "Royal Jubilee Hospital",
        "1952 Bay St",
        "Victoria, BC V8R 1J8",
        "(250) 370-8000",
        "Beacon Hill Park, Circle Dr lot",
        "Victoria, BC V8V 4L6",
    ),
}

HY_WD = ["երկուշաբթի", "երեքշաբթի", "չորեքշաբթի", "հինգշաբթի", "ուրբաթ", "շաբաթ", "կիրակի"]
HY_MON = [
    "հունվարի",
    "փետրվարի",
    "մարտի",
    "ապրիլի",
    "մայիսի",
    "հունիսի",
    "հուլիսի",
    "օգոստոսի",
    "սեպտեմբերի",
    "հոկտեմբերի",
    "նոյեմբերի",
    "դեկտեմբերի",
]
NO_WD = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
SV_WD = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
DA_WD = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
NO_MON = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
]
SV_MON = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
]
DA_MON = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, _ = clock(hhmm)
    forms = {
        "kl": f"kl. {h:02d}.{m:02d}",  # Scandinavian "kl. 07.00"
        "dot2": f"{h:02d}.{m:02d}",  # "07.00"
        "sg": f"{h12}.{m:02d}{'am' if h < 12 else 'pm'}",  # "7.00am"
        "ny": f"{h12}:{m:02d}{'A' if h < 12 else 'P'}",  # "7:00A"
        "hrs": f"{h:02d}{m:02d} hrs",  # "0730 hrs"
    }
    return time_or(forms, hhmm, style)


_sheet = sheet_maker("fresh13")


# --- Armenia: ՆԿԱՐԱՀԱՆՄԱՆ ՕՐԱԳԻՐ, Armenian script, a ruled label / value table and a place column


def _hy_date(d: D, style: str) -> str:
    if style == "long":  # year first, as Armenian dates are written: "2026 թ. մարտի 17, երեքշաբթի"
        return f"{d.year} թ. {HY_MON[d.month - 1]} {d.day}, {HY_WD[d.weekday()]}"
    return f"{d:%d.%m.%Y} ({HY_WD[d.weekday()]})"


def _hy(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        c.text(36, 42, g["company"], 9, bold=True)
        c.text(36, 54, g["office"], 7)
        c.right(W - 36, 42, f"ՆԿԱՐԱՀԱՆՄԱՆ ՕՐԱԳԻՐ № {g['n']}", 10, bold=True)
        c.right(W - 36, 55, f"Նկարահանման օր {g['n']} / {g['of']}", 8.5)
        centre(c, 88, title, 19)
        centre(c, 103, g["sub"], 8.5, bold=False)
        # the day's facts: a ruled two-column table, label left, value right
        x0, lw, vw = 36.0, 150.0, 150.0
        rows: list[tuple[str, str, bool]] = [("Ամսաթիվ", _hy_date(day, g["date_style"]), False)]
        if g.get("prod_call"):
            # HARD: production's own call, an hour earlier, in the first time row
            rows.append(("Արտադրական խմբի հավաք", hm(add_minutes(call, -60), t), False))
        rows += [
            (g["call_label"], hm(call, t) + g["call_note"], True),
            ("Դիմահարդարում / զգեստներ", hm(add_minutes(call, -45), t), False),
            ("Առաջին կադր", hm(add_minutes(call, 60), t), False),
            ("Ճաշ", hm(add_minutes(call, 330), t), False),
            ("Ավարտ (մոտավոր)", hm(add_minutes(call, 660), t), False),
            ("Արևածագ", hm(rise, t), False),
            ("Մայրամուտ", hm(fall, t), False),
            ("Եղանակ", g["weather"], False),
        ]
        y = 122.0
        c.grid(x0, y, [lw, vw], [18.0] * len(rows))
        for n, (label, value, bold) in enumerate(rows):
            fit(c, x0 + 4, y + 13 + 18 * n, label, 8, lw - 8, bold=True)
            fit(c, x0 + lw + 4, y + 13 + 18 * n, value, 9 if bold else 8.5, vw - 8, bold=bold)
        # the places: three boxes at the right
        bx, bw = x0 + lw + vw + 16, W - 36 - (x0 + lw + vw + 16)
        blocks = [
            ("ՆԿԱՐԱՀԱՆՄԱՆ ՎԱՅՐ", [g["set"], p.name, p.street, p.city]),
            ("ԲԱԶԱ / ԿԱՅԱՆԱՏԵՂԻ", [p.base_street, p.base_city, g["base_note"]]),
            (
                "ՄՈՏԱԿԱ ՀԻՎԱՆԴԱՆՈՑ (ՇՏԱՊ ՕԳՆՈՒԹՅՈՒՆ)",
                [p.hospital, p.hospital_street, p.hospital_city, f"Հեռ.՝ {p.hospital_phone}"],
            ),
        ]
        yy = y
        for head, lines in blocks:
            h = 20 + 12 * len(lines)
            c.box(bx, yy, bw, h)
            fill(c, bx + 0.5, yy + 0.5, bw - 1, 13, 225)
            fit(c, bx + 4, yy + 10, head, 7.5, bw - 8, bold=True)
            ly = yy + 26
            for line in lines:
                fit(c, bx + 4, ly, line, 8.5, bw - 8)
                ly += 12
            yy += h + 6
        c.text(bx, yy + 8, "Շտապ օգնություն՝ 103 · Փրկարարներ՝ 911", 8, bold=True)
        # scenes and cast
        y = max(y + 18 * len(rows), yy + 8) + 26
        c.text(36, y, "ՏԵՍԱՐԱՆՆԵՐ", 9, bold=True)
        c.hline(36, W - 36, y + 3)
        for line in g["scenes"]:
            y += 14
            fit(c, 40, y, line, 8.5, W - 80)
        y += 24
        c.text(36, y, "ԴԵՐԱՍԱՆՆԵՐ", 9, bold=True)
        for text, x in [("Դիմահարդ.", 330), ("Հրապարակում", 420)]:
            c.text(x, y, text, 8, bold=True)
        c.hline(36, W - 36, y + 3)
        for n, name in enumerate(g["cast"]):
            y += 14
            c.text(40, y, name, 8.5)
            c.text(330, y, hm(add_minutes(call, -45 + 15 * n), t), 8.5)
            c.text(420, y, hm(add_minutes(call, 60), t), 8.5)
        y += 26
        c.text(36, y, "ՆՇՈՒՄՆԵՐ", 9, bold=True)
        for line in g["notes"]:
            y += 13
            fit(c, 40, y, line, 8.5, W - 80)
        return c.output()

    return _sheet(
        f"hy_{key}",
        "hy_oragir",
        "Armenian label / value table with a place column",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _hy_sheets() -> list[Sheet]:
    return [
        _hy(
            "yerevan_opera",
            "ԾԻՐԱՆԱԳՈՒՅՆ ԱՇՈՒՆ",
            D(2026, 3, 17),
            "07:00",
            {
                "company": "«Արարատ Ֆիլմ Սերվիս» ՍՊԸ",
                "office": "Աբովյան փ. 12, Երևան 0001 · +374 10 55 01 20",
                "n": 6,
                "of": 24,
                "sub": "Լիամետրաժ ֆիլմ · Ռեժիսոր՝ Աննա Մարտիրոսյան",
                "date_style": "long",
                "time": "h24",
                "call_label": "Նկարահանող խմբի հավաք",
                "call_note": " (հրապարակում)",
                "weather": "Ամպամած, +9°C",
                "set": "Մեծ դահլիճի ֆոյե և գլխավոր աստիճաններ",
                "base_note": "Տեխնիկան՝ 05:30-ից",
                "scenes": [
                    "Տես. 14  ՆԵՐՍ. ՕՊԵՐԱ - ՖՈՅԵ - ՑԵՐԵԿ  2 1/8  1, 2",
                    "Տես. 15  ՆԵՐՍ. ՕՊԵՐԱ - ԱՍՏԻՃԱՆՆԵՐ - ՑԵՐԵԿ  6/8  1",
                ],
                "cast": ["1. ՆԱՐԵ - Լիլիթ Հակոբյան", "2. ԱՐԱՄ - Դավիթ Սարգսյան"],
                "notes": [
                    "Թատրոնը բաց է այցելուների համար 11:00-ից. սարքավորումները՝ միայն ֆոյեում։"
                ],
            },
        ),
        _hy(
            "cascade",
            "ՔԱՂԱՔԻ ԼՈՒՅՍԵՐԸ",
            D(2026, 5, 14),
            "07:30",
            {
                "company": "«Հայֆիլմ Պրոդաքշն» ՍՊԸ",
                "office": "Գյուլբենկյան փ. 47, Երևան 0033",
                "n": 11,
                "of": 30,
                "sub": "Հեռուստասերիալ · Սերիա 4",
                "date_style": "short",
                "time": "h24",
                "prod_call": True,
                "call_label": "Խմբի հավաք",
                "call_note": "",
                "weather": "Արևոտ, +24°C",
                "set": "Կասկադի վերին հարթակ և շատրվաններ",
                "base_note": "Խմբի ավտոմեքենաներ՝ բակում",
                "scenes": [
                    "Տես. 4/22  ԱՐՏ. ԿԱՍԿԱԴ - ՎԵՐԻՆ ՀԱՐԹԱԿ - ՑԵՐԵԿ  1 4/8  3, 5",
                    "Տես. 4/23  ԱՐՏ. ԿԱՍԿԱԴ - ՇԱՏՐՎԱՆՆԵՐ - ՑԵՐԵԿ  1  3",
                ],
                "cast": ["3. ՍՈՆԱ - Անի Պետրոսյան", "5. ՎԱՀԵ - Գոռ Մանուկյան"],
                "notes": ["Զբոսաշրջիկների հոսք՝ 10:00-ից. կադրում՝ միայն մեր ատաղձը։"],
            },
        ),
        _hy(
            "gyumri",
            "ՍԵՎ ԲԵՐԴ",
            D(2026, 9, 30),
            "08:00",
            {
                "company": "«Շիրակ Սթուդիո» ՍՊԸ",
                "office": "Ռիժկովի փ. 4, Գյումրի 3104",
                "n": 3,
                "of": 18,
                "sub": "Լիամետրաժ ֆիլմ · Ռեժիսոր՝ Տիգրան Ավետիսյան",
                "date_style": "long",
                "time": "dot",
                "call_label": "Ընդհանուր հավաք",
                "call_note": " (ողջ խումբը)",
                "weather": "Պարզ, +17°C, քամի",
                "set": "Եկեղեցու հյուսիսային պատ և հրապարակ",
                "base_note": "Ճաշը՝ «Պոլոզ Մուկուչ» ռեստորանում",
                "scenes": [
                    "Տես. 31  ԱՐՏ. ՀՐԱՊԱՐԱԿ - ԱՌԱՎՈՏ  1 2/8  1, 4",
                    "Տես. 32  ԱՐՏ. ԵԿԵՂԵՑԻ - ՑԵՐԵԿ  2/8  4",
                ],
                "cast": ["1. ՄԱՐԻԱՄ - Մարինե Գրիգորյան", "4. ՀԱՅԿ - Սուրեն Ասատրյան"],
                "notes": ["Կիրակնօրյա պատարագ չկա. եկեղեցու ներսում նկարահանում չկա։"],
            },
        ),
    ]


# --- Scandinavia: the ISO week number printed large beside the weekday and date ----------------


def _nordic(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]
    week = day.isocalendar().week
    L = g["labels"]

    def make() -> bytes:
        c = Canvas("A4", g["font"])
        W = c.width
        c.text(40, 44, g["company"], 9, bold=True)
        c.text(40, 56, g["office"], 7.5)
        c.text(40, 86, title, 20, bold=True)
        c.text(40, 101, g["sub"], 8.5)
        # HARD: the week tile: the week number is the largest figure in the header
        tx, tw = W - 170, 130
        c.box(tx, 30, tw, 76, 1.2)
        fill(c, tx + 0.6, 30.6, tw - 1.2, 16, 30)
        c.pdf.set_text_color(255, 255, 255)
        c.text(tx + 8, 42, g["tile_head"], 8.5, bold=True)
        black(c)
        tile = g["week_fmt"].format(week=week)
        c.text(tx + (tw - measure(c, tile, 26, bold=True)) / 2, 78, tile, 26, bold=True)
        date_line = g["date"](day)
        fit(c, tx + 6, 98, date_line, 8.5, tw - 12)
        c.hline(40, W - 40, 116, 1.0)
        # left: the times, label then time right-aligned
        y = 136.0
        c.text(40, y, L["times"], 9.5, bold=True)
        c.hline(40, 290, y + 3)
        rows = [
            (L["pre"], hm(add_minutes(call, -60), t), False),
            (L["call"], hm(call, t), True),
            (L["first"], hm(add_minutes(call, 60), t), False),
            (L["lunch"], hm(add_minutes(call, 300), t), False),
            (L["wrap"], hm(add_minutes(call, 600), t), False),
            (L["rise"], hm(rise, t), False),
            (L["set"], hm(fall, t), False),
        ]
        for label, value, bold in rows:
            y += 16
            fit(c, 44, y, label, 9, 170, bold=bold)
            c.right(290, y, value, 9.5 if bold else 9, bold=bold)
        y += 16
        fit(c, 44, y, g["weather"], 8.5, 246)
        # right: the set, base and emergency ward
        x = 320.0
        yy = 136.0
        for head, lines in [
            (L["loc"], [g["set"], p.name, p.street, p.city]),
            (L["base"], [p.base_street, p.base_city]),
            (L["hosp"], [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]),
        ]:
            c.text(x, yy, head, 9, bold=True)
            c.hline(x, W - 40, yy + 3)
            for line in lines:
                yy += 13
                fit(c, x + 4, yy, line, 9, W - 44 - x)
            yy += 20
        c.text(x, yy - 4, g["emergency"], 8.5, bold=True)
        y = max(y, yy) + 24
        c.text(40, y, L["scenes"], 9.5, bold=True)
        c.hline(40, W - 40, y + 3)
        for line in g["scenes"]:
            y += 14
            fit(c, 44, y, line, 8.5, W - 88)
        y += 24
        c.text(40, y, L["cast"], 9.5, bold=True)
        c.hline(40, W - 40, y + 3)
        for n, name in enumerate(g["cast"]):
            y += 14
            c.text(44, y, name, 8.5)
            c.text(330, y, hm(add_minutes(call, -50 + 10 * n), t), 8.5)
        y += 26
        for line in g["notes"]:
            fit(c, 40, y, line, 8.5, W - 80)
            y += 13
        grey(c)
        c.text(40, 810, g["footer"].format(week=week), 7)
        black(c)
        return c.output()

    return _sheet(
        f"nordic_{key}",
        "nordic_week",
        "Scandinavian sheet with the ISO week number in a tile",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _nordic_sheets() -> list[Sheet]:
    return [
        _nordic(
            "bergen",
            "BRYGGEN",
            D(2026, 3, 17),
            "07:00",
            {
                "font": "helvetica",
                "company": "Vestlandsfilm AS",
                "office": "Nøstegaten 119, 5011 Bergen · +47 55 00 41 20",
                "sub": "Dramaserie, episode 3 · Regi: Ingrid Haugland",
                "tile_head": "CALLSHEET · DAG 14/30",
                "week_fmt": "UKE {week}",
                "date": lambda d: f"{NO_WD[d.weekday()]} {d.day}. {NO_MON[d.month - 1]} {d.year}",
                "time": "dot2",
                "labels": {
                    "times": "TIDER",
                    "pre": "Sminke / kostyme",
                    "call": "Crew call (på settet)",
                    "first": "Første opptak",
                    "lunch": "Lunsj",
                    "wrap": "Wrap (ca.)",
                    "rise": "Soloppgang",
                    "set": "Solnedgang",
                    "loc": "OPPTAKSSTED",
                    "base": "BASE / PARKERING",
                    "hosp": "NÆRMESTE AKUTTMOTTAK",
                    "scenes": "SCENER",
                    "cast": "SKUESPILLERE (sminke)",
                },
                "weather": "Vær: regnbyger, 5°C, vind 6 m/s",
                "set": "Bakgården og loftsrommet",
                "emergency": "Nødnummer: 113",
                "scenes": [
                    "3/12  INT. LOFT - DAG  1 4/8  1, 2",
                    "3/13  EXT. BAKGÅRD - DAG  5/8  2",
                ],
                "cast": ["1. SIGRID - Mari Solheim", "2. ESPEN - Jon Tveit"],
                "notes": ["Museet har åpent fra 10.00: ikke utstyr i utstillingsrommene."],
                "footer": "Vestlandsfilm AS · Bryggen · callsheet uke {week}",
            },
        ),
        _nordic(
            "goteborg",
            "SISTA AKTEN",
            D(2026, 6, 9),
            "07:30",
            {
                "font": "sans",
                "company": "Älvstaden Produktion AB",
                "office": "Lindholmspiren 5, 417 56 Göteborg",
                "sub": "Långfilm · Regi: Johan Ek",
                "tile_head": "INSPELNINGSDAG 3",
                "week_fmt": "V. {week}",
                # HARD: the date is year-first ISO with the weekday abbreviation
                "date": lambda d: f"{d.isoformat()} ({SV_WD[d.weekday()][:3]})",
                "time": "kl",
                "labels": {
                    "times": "TIDSPLAN",
                    "pre": "Smink / kostym",
                    "call": "Samling crew",
                    "first": "Första tagning",
                    "lunch": "Lunch",
                    "wrap": "Wrap (beräknad)",
                    "rise": "Soluppgång",
                    "set": "Solnedgång",
                    "loc": "INSPELNINGSPLATS",
                    "base": "BAS / PARKERING",
                    "hosp": "NÄRMASTE AKUTMOTTAGNING",
                    "scenes": "SCENER",
                    "cast": "SKÅDESPELARE (smink)",
                },
                "weather": "Väder: soligt, 19°C",
                "set": "Salongen och stora scenen",
                "emergency": "Larmnummer: 112",
                "scenes": [
                    "Sc 41  INT. STORA SCENEN - DAG  2 2/8  1, 3, 4",
                    "Sc 42  INT. SALONGEN - DAG  1  3",
                ],
                "cast": [
                    "1. VERA - Elin Sjöberg",
                    "3. KARL - Mattias Lund",
                    "4. DIREKTÖREN - Åke Berg",
                ],
                "notes": ["Teatern har repetition 14.00: tyst på scenen från 13.45."],
                "footer": "Älvstaden Produktion AB · v. {week} · dagbesked skickat kvällen innan",
            },
        ),
        _nordic(
            "aarhus",
            "REGNBUEN",
            D(2026, 10, 7),
            "08:00",
            {
                "font": "serif",
                "company": "Midtfilm ApS",
                "office": "Åboulevarden 31, 8000 Aarhus C",
                "sub": "Spillefilm · Instruktør: Line Kjær",
                "tile_head": "OPTAGEPLAN / CALLSHEET",
                "week_fmt": "UGE {week}",
                "date": lambda d: (
                    f"{DA_WD[d.weekday()]} d. {d.day}. {DA_MON[d.month - 1]} {d.year}"
                ),
                "time": "dot2",
                "labels": {
                    "times": "TIDSPLAN",
                    "pre": "Make-up / kostume",
                    "call": "Fremmøde hele holdet",
                    "first": "Første optagelse",
                    "lunch": "Frokost",
                    "wrap": "Forventet wrap",
                    "rise": "Solopgang",
                    "set": "Solnedgang",
                    "loc": "LOKATION",
                    "base": "BASE / PARKERING",
                    "hosp": "NÆRMESTE AKUTMODTAGELSE",
                    "scenes": "SCENER",
                    "cast": "MEDVIRKENDE (make-up)",
                },
                "weather": "Vejr: skyet, 12°C",
                "set": "Regnbuepanoramaet og tagterrassen",
                "emergency": "Alarm: 112",
                "scenes": [
                    "Sc 18  EXT. TAGTERRASSE - DAG  1 6/8  1, 2",
                    "Sc 19  INT. PANORAMA - DAG  7/8  1",
                ],
                "cast": ["1. ASTRID - Sofie Holm", "2. MADS - Kasper Friis"],
                "notes": ["Museet åbner 10.00: kun håndholdt kamera i panoramaet efter åbning."],
                "footer": "Midtfilm ApS · uge {week} · ret til ændringer forbeholdes",
            },
        ),
    ]


# --- UK rural sets: what3words, GPS and an OS grid reference; a separate RV point --------------


def _w3w(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]
    loc_lines = [
        g["set"],
        p.name,
        f"{p.street}{g['road_note']}",
        p.city,
        f"what3words: ///{g['w3w']}",
        f"GPS: {p.lat:.4f}, {p.lon:.4f}",
        f"OS grid ref: {g['grid']}",
    ]

    def make() -> bytes:
        c = Canvas("A4", g["font"])
        W = c.width
        c.text(40, 44, g["company"], 9, bold=True)
        c.text(40, 56, g["office"], 7.5)
        c.right(W - 40, 44, g["sheet_no"], 10, bold=True)
        c.right(W - 40, 57, g["date"], 9)
        c.right(W - 40, 70, g["day_of"], 8.5)
        c.text(40, 94, title, 20, bold=True)
        c.text(40, 108, g["sub"], 8.5)
        c.hline(40, W - 40, 116, 1.2)
        # the schedule, time first; the unit call is at the RV point, not at the set
        y = 136.0
        c.text(40, y, "SCHEDULE", 9.5, bold=True)
        c.hline(40, 270, y + 3)
        sched = [
            (add_minutes(call, -45), "Facilities open at unit base", False),
            (add_minutes(call, -30), "Breakfast at unit base", False),
            (call, g["call_text"], True),
            (add_minutes(call, 20), "Minibuses RV point to set (4x4 only past the gate)", False),
            (add_minutes(call, 75), "Turnover", False),
            (add_minutes(call, 330), "Lunch (walking lunch on location)", False),
            (add_minutes(call, 630), "Est. wrap - last minibus to base", False),
        ]
        for hhmm, text, bold in sched:
            y += 15
            c.text(44, y, hm(hhmm, t), 9, bold=bold)
            fit(c, 90, y, text, 9, 180, bold=bold)
        y += 22
        c.text(40, y, f"Sunrise {hm(rise, t)}  ·  Sunset {hm(fall, t)}", 9)
        y += 13
        fit(c, 40, y, g["weather"], 8.5, 230)
        # the places on the right: LOCATION with its what3words, GPS and grid ref; RV; base; A&E
        x = 300.0
        yy = 136.0
        blocks = [
            ("LOCATION", loc_lines),
            (g["rv_label"], g["rv"]),
            ("UNIT BASE / CREW PARKING", [p.base_street, p.base_city]),
            (g["hosp_label"], [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]),
        ]
        for head, lines in blocks:
            c.text(x, yy, head, 9, bold=True)
            c.hline(x, W - 40, yy + 3)
            for line in lines:
                yy += 12.5
                fit(c, x + 4, yy, line, 8.5, W - 44 - x)
            yy += 20
        c.text(x, yy - 6, g["emergency"], 8, bold=True)
        y = max(y, yy) + 20
        c.text(40, y, "SCENES", 9.5, bold=True)
        c.hline(40, W - 40, y + 3)
        for line in g["scenes"]:
            y += 14
            fit(c, 44, y, line, 8.5, W - 88)
        y += 24
        c.text(40, y, "SAFETY", 9.5, bold=True)
        c.hline(40, W - 40, y + 3)
        for line in g["safety"]:
            y += 13
            fit(c, 44, y, line, 8.5, W - 88)
        return c.output()

    extra = " ".join(
        [
            g["set"],
            g["road_note"],
            g["w3w"].replace(".", " "),
            g["grid"],
            f"what3words GPS OS grid ref {p.lat:.4f} {p.lon:.4f}",
        ]
    )
    return _sheet(
        f"w3w_{key}",
        "w3w_rural",
        "rural set located by what3words, GPS and grid reference",
        make,
        expect(p, title, day, call, extra),
    )


def _w3w_sheets() -> list[Sheet]:
    return [
        _w3w(
            "glen_etive",
            "THE DROVERS",
            D(2026, 5, 21),
            "06:30",
            {
                "font": "helvetica",
                "company": "Nevis Range Pictures Ltd",
                "office": "Production office: An Aird, Fort William PH33 6AN",
                "sheet_no": "CALL SHEET No. 9",
                "date": "Thursday 21st May 2026",
                "day_of": "Day 9 of 25",
                "sub": "Feature · Director: Fiona Grant · 1st AD: Ross McKay",
                "time": "h24",
                # HARD: the call is at the RV point, which has its own what3words
                "call_text": "UNIT CALL at RV point",
                "road_note": " (single track, 6 miles from the A82)",
                "w3w": "lanterns.wiping.crumb",
                "grid": "NN 137 511",
                "rv_label": "RV POINT (crew meet here)",
                "rv": ["Glencoe Visitor Centre coach park", "what3words: ///gravel.mission.birds"],
                "hosp_label": "NEAREST A&E",
                "emergency": "Emergency: 999 · Mountain rescue via 999, ask for Police",
                "weather": "Showers, 9°C, wind W 25 mph gusting 40 on the tops",
                "set": "The river crossing below Dalness",
                "scenes": [
                    "Sc 47  EXT. GLEN - RIVER CROSSING - DAY  2 4/8  1, 2, 5",
                    "Sc 48  EXT. GLEN - DROVE ROAD - DAY  1  1, 5",
                ],
                "safety": [
                    "No mobile signal past Dalness: radios on channel 2, sat phone with the medic.",
                    "River crossing: safety boat and two water safety crew from 07:00.",
                    "Ticks: long trousers, check yourself at wrap.",
                ],
            },
        ),
        _w3w(
            "dartmoor",
            "GRANITE",
            D(2026, 9, 15),
            "07:00",
            {
                "font": "sans",
                "company": "Tamar Light Films",
                "office": "Millbay Rd, Plymouth PL1 3LF · 01752 555 018",
                "sheet_no": "Call Sheet #4",
                "date": "Tue 15/09/26",
                "day_of": "Shoot day 4 / 12",
                "sub": "TV drama · Ep 2 · Director: Sam Penrose",
                "time": "military",
                "call_text": "UNIT CALL (RV point)",
                # HARD: the postcode covers a wide area; the sheet says so
                "road_note": " (quarry track, no vehicles past the gate)",
                "w3w": "marble.soaks.tenders",
                "grid": "SX 566 736",
                "rv_label": "RV POINT",
                "rv": ["Merrivale car park (B3357)", "what3words: ///firm.tables.scenic"],
                "hosp_label": "NEAREST A&E (24 HR)",
                "emergency": "Emergency: 999 · Dartmoor Rescue via Police",
                "weather": "Fog clearing by 10:00, 13°C. Postcode is approximate: use what3words.",
                "set": "Quarry floor and the old tramway",
                "scenes": [
                    "Sc 2/18  EXT. QUARRY - DAY  1 6/8  1, 3",
                    "Sc 2/19  EXT. TRAMWAY - DAY  4/8  3",
                ],
                "safety": [
                    "Live-firing range notices do not apply today (Merrivale range closed).",
                    "Quarry edges fenced by the art dept: keep inside the tape.",
                ],
            },
        ),
        _w3w(
            "malham",
            "LIMESTONE",
            D(2026, 10, 14),
            "07:30",
            {
                "font": "serif",
                "company": "Dales Edge Productions",
                "office": "Unit 3, Engine Shed Lane, Skipton BD23 1UP",
                "sheet_no": "CALL SHEET 22",
                "date": "Wednesday 14 October 2026",
                "day_of": "Day 22 of 30",
                "sub": "Period drama · Block 4 · Director: Helen Ashworth",
                "time": "h24",
                "call_text": "CREW CALL at the RV point",
                "road_note": " (walk in from the road, 15 min)",
                "w3w": "robots.crates.ledge",
                "grid": "SD 897 641",
                "rv_label": "RV POINT / WALK-IN START",
                "rv": [
                    "Cove Rd gate, 400 m north of Malham village",
                    "what3words: ///blend.ocean.worms",
                ],
                "hosp_label": "NEAREST A&E",
                "emergency": "Emergency: 999 · Cave / fell rescue via Police",
                "weather": "Dry, 10°C, limestone slippery after rain",
                "set": "The cove foot and the beck stepping stones",
                "scenes": [
                    "Sc 101  EXT. COVE - DAY  2  1, 4",
                    "Sc 102  EXT. BECK - DAY  6/8  4",
                ],
                "safety": [
                    "No climbing on the limestone pavement: the top is out of bounds.",
                    "Kit carried in by hand: trolleys stop at the gate.",
                ],
            },
        ),
    ]


# --- New York: a permit block, precinct, cross streets; Queens hyphenated house numbers ----------


def _nyc(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("letter", g["font"])
        W = c.width
        c.text(36, 40, g["company"], 9, bold=True)
        c.text(36, 51, g["office"], 7.5)
        c.text(36, 78, title, 20, bold=True)
        c.text(36, 92, g["sub"], 8.5)
        # the call box, top right
        c.box(W - 196, 28, 160, 58, 1.4)
        c.text(W - 188, 42, "CREW CALL", 9, bold=True)
        c.text(W - 188, 72, hm(call, t), 24, bold=True)
        c.right(W - 40, 100, g["date"], 9.5, bold=True)
        c.right(W - 40, 113, g["day_of"], 8.5)
        c.hline(36, W - 36, 122, 1.0)
        # times strip
        y = 138.0
        strip = [
            ("BREAKFAST", hm(add_minutes(call, -30), t)),
            ("SHOOTING CALL", hm(add_minutes(call, 60), t)),
            ("LUNCH", hm(add_minutes(call, 360), t)),
            ("SUNRISE", hm(rise, t)),
            ("SUNSET", hm(fall, t)),
        ]
        colw = (W - 72) / len(strip)
        for n, (label, value) in enumerate(strip):
            c.text(36 + n * colw, y, label, 7, bold=True)
            c.text(36 + n * colw, y + 13, value, 10)
        y += 34
        # the locations table: LOC #, set, address with cross streets, notes
        c.text(36, y, "LOCATIONS", 9.5, bold=True)
        c.hline(36, W - 36, y + 3)
        y += 16
        c.text(40, y, "LOC #1", 8.5, bold=True)
        yy = y
        for line in [g["set"], p.name, p.street, p.city, g["cross"]]:
            fit(c, 90, yy, line, 9, 250)
            yy += 12
        yy2 = y
        for line in g["loc_notes"]:
            fit(c, 350, yy2, line, 8, W - 390)
            yy2 += 11
        y = max(yy, yy2) + 8
        # the permit block: MOME permit, parking per permit, precinct (HARD: many other streets)
        c.box(36, y, W - 72, 58)
        fill(c, 36.5, y + 0.5, W - 73, 13, 225)
        c.text(42, y + 10, "PERMIT / PARKING / PRECINCT", 8, bold=True)
        py = y + 25
        for line in g["permit"]:
            fit(c, 42, py, line, 8.5, W - 84)
            py += 11
        y += 72
        half = (W - 84) / 2
        c.text(36, y, "BASECAMP / CREW PARKING", 8.5, bold=True)
        c.text(48 + half, y, g["hosp_label"], 8.5, bold=True)
        yy = y
        for line in [p.base_street, p.base_city, g["base_note"]]:
            yy += 12
            fit(c, 40, yy, line, 9, half - 8)
        yy2 = y
        for line in [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]:
            yy2 += 12
            fit(c, 52 + half, yy2, line, 9, half - 8)
        y = max(yy, yy2) + 22
        c.text(36, y, "SCENES", 9.5, bold=True)
        c.hline(36, W - 36, y + 3)
        for line in g["scenes"]:
            y += 13
            fit(c, 40, y, line, 8.5, W - 80)
        y += 22
        c.text(36, y, "CAST", 9.5, bold=True)
        for text, x in [("PICKUP", 300), ("H/MU", 370), ("SET", 440)]:
            c.text(x, y, text, 8, bold=True)
        c.hline(36, W - 36, y + 3)
        for n, name in enumerate(g["cast"]):
            y += 13
            c.text(40, y, name, 8.5)
            c.text(300, y, hm(add_minutes(call, -40 + 15 * n), t), 8.5)
            c.text(370, y, hm(add_minutes(call, -15 + 15 * n), t), 8.5)
            c.text(440, y, hm(add_minutes(call, 60), t), 8.5)
        y += 24
        for line in g["notes"]:
            fit(c, 36, y, line, 8.5, W - 72)
            y += 12
        return c.output()

    return _sheet(
        f"nyc_{key}",
        "nyc_permit",
        "New York sheet with a permit block and cross streets",
        make,
        expect(p, title, day, call, f"{g['set']} {g['cross']}"),
    )


def _nyc_sheets() -> list[Sheet]:
    return [
        _nyc(
            "astoria",
            "BOROUGH HALL",
            D(2026, 4, 20),
            "07:00",
            {
                "font": "helvetica",
                "company": "Steinway Street Productions LLC",
                "office": "31-00 47th Ave, Long Island City, NY 11101 · (718) 555-0144",
                "sub": 'Episode 105 "Night Court" · Director: Dana Whitfield',
                "date": "Monday, April 20, 2026",
                "day_of": "Day 9 of 21",
                "time": "ny",
                "set": "Stage E - courtroom set",
                # HARD: a Queens hyphenated number and the neighbourhood instead of the borough
                "cross": "(btw 34th Ave & 35th Ave)",
                "loc_notes": ["Enter via the 36th St gate.", "Stage E elephant door open 5:30A."],
                "permit": [
                    "MOME permit # 612-044-17 · exterior holding only (36th St, both sides)",
                    "Parking per permit: 36th St btw 34th Ave & 35th Ave, "
                    "35th Ave btw 36th & 37th St",
                    "Precinct: 114th Pct, 34-16 Astoria Blvd · NYPD Movie/TV Unit: not required",
                ],
                "base_note": "Crew parking: studio lot B (hang tags from the APOC)",
                "hosp_label": "NEAREST HOSPITAL (ER)",
                "scenes": [
                    "5/12  INT. COURTROOM - DAY  3 1/8  1, 2, 4, 7",
                    "5/13  INT. JUDGE'S CHAMBERS - DAY  1 2/8  2, 4",
                ],
                "cast": [
                    "1. ROSA DIAZ - Marisol Vega",
                    "2. JUDGE HALE - Paul Renner",
                    "4. ADA KIM - Grace Oh",
                ],
                "notes": ["Background report 7:30A to holding (Stage F green room)."],
            },
        ),
        _nyc(
            "dumbo",
            "EAST RIVER",
            D(2026, 6, 11),
            "06:30",
            {
                "font": "sans",
                "company": "Fulton Ferry Films",
                "office": "55 Washington St, Suite 402, Brooklyn, NY 11201",
                "sub": "Feature · Director: Marcus Lee",
                "date": "Thu 6/11/26",
                "day_of": "Shoot Day 14 of 30",
                "time": "us",
                "set": "EXT. cobblestone block, bridge in the arch",
                # HARD: the set is an intersection, no house number
                "cross": "(NE corner, under the Manhattan Bridge)",
                "loc_notes": [
                    "Sidewalk holds only: keep the crosswalk clear.",
                    "Tourists: PAs on every corner.",
                ],
                "permit": [
                    "MOME permit # 611-902-33 · intermittent traffic control granted",
                    "Parking per permit: Water St btw Main St & Adams St; Front St btw Jay & Pearl",
                    "Precinct: 84th Pct · NYPD Movie/TV Unit on location 6:00 AM (traffic control)",
                ],
                "base_note": "Honeywagon and catering on Plymouth St",
                "hosp_label": "NEAREST EMERGENCY ROOM",
                "scenes": [
                    "41  EXT. WASHINGTON ST - DAWN  1 4/8  1, 3",
                    "42  EXT. WATER ST - DAY  2/8  3",
                ],
                "cast": ["1. NICO - Adrian Ruiz", "3. JUNE - Tessa Byrne"],
                "notes": ["Golden hour shot first: camera rolls at first light, no rehearsal."],
            },
        ),
        _nyc(
            "grand_central",
            "THE CONCOURSE",
            D(2026, 11, 7),
            "07:00",
            {
                "font": "serif",
                "company": "Park Avenue Pictures",
                "office": "250 W 57th St, New York, NY 10107",
                "sub": "Limited series · Ep 3 · Director: Ellen Marsh",
                "date": "Saturday, November 7th, 2026",
                "day_of": "Day 18 of 40",
                "time": "us",
                "set": "Vanderbilt Hall - the market set",
                "cross": "(btw Park Ave & Vanderbilt Ave)",
                "loc_notes": [
                    "Crew enter via the 43rd St & Lexington passage.",
                    "MTA escort with every department.",
                ],
                "permit": [
                    "MOME permit # 613-551-08 · MTA Metro-North location agreement GCT-26-114",
                    "Parking per permit: E 43rd St btw Lexington & 3rd Ave (both sides), no idling",
                    "Precinct: Midtown South Pct · MTA PD Grand Central District",
                ],
                "base_note": "Holding: Graybar Building lobby, 420 Lexington Ave",
                "hosp_label": "NEAREST HOSPITAL",
                "scenes": [
                    "3/30  INT. VANDERBILT HALL - MARKET - DAY  2 6/8  1, 2, 6",
                    "3/31  INT. MAIN CONCOURSE - CLOCK - DAY  4/8  1",
                ],
                "cast": [
                    "1. VIVIAN - Claire Dunn",
                    "2. THEO - Sam Adler",
                    "6. VENDOR - Luis Ortega",
                ],
                "notes": ["Terminal open to the public: no cables across the ramps."],
            },
        ),
    ]


# --- Asia-Pacific English sheets: the day as an hour-by-hour Gantt chart ------------------------


def _gantt(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", g["font"], "L")
        W = c.width
        fit(c, 30, 36, g["company"], 9, 290, bold=True)
        c.text(30, 62, title, 20, bold=True)
        fit(c, 30, 76, g["sub"], 8.5, 290)
        c.right(W - 30, 36, "CALL SHEET", 11, bold=True)
        c.right(W - 30, 50, g["date"], 9.5)
        c.right(W - 30, 63, g["day_of"], 8.5)
        # the call box, left of centre
        bx = 330.0
        c.box(bx, 26, 150, 50, 1.3)
        c.text(bx + 8, 40, g["call_label"], 8.5, bold=True)
        c.text(bx + 8, 68, hm(call, t), 22, bold=True)
        # HARD: the Gantt chart: an hour ruler across the page, one bar per department
        gx, gy, gw = 130.0, 96.0, W - 160.0
        first, last = 5, 22
        step = gw / (last - first)
        c.text(30, gy + 10, "DEPARTMENT", 7.5, bold=True)
        for h in range(first, last + 1):
            x = gx + (h - first) * step
            c.text(x - 6, gy + 10, f"{h:02d}", 7)
            c.vline(x, gy + 14, gy + 14 + 16 * len(g["rows"]), 0.2)

        def xt(hhmm: str) -> float:
            hh, mm = (int(v) for v in hhmm.split(":"))
            return gx + (hh + mm / 60 - first) * step

        y = gy + 14
        for name, start, end, label, level in g["rows"]:
            c.hline(30, gx + gw, y, 0.2)
            fit(c, 32, y + 11, name, 8, gx - 36)
            s, e = add_minutes(call, start), add_minutes(call, end)
            fill(c, xt(s), y + 3, xt(e) - xt(s), 10, level)
            if level < 140:
                c.pdf.set_text_color(255, 255, 255)
            fit(c, xt(s) + 3, y + 11, label, 6.5, xt(e) - xt(s) - 6)
            black(c)
            y += 16
        c.hline(30, gx + gw, y, 0.2)
        # lunch marked as a shaded column
        grey(c, 90)
        c.text(xt(add_minutes(call, 330)) + 2, y + 10, "LUNCH", 6.5, bold=True)
        black(c)
        y += 26
        # the places in a row of boxes
        bw = (W - 60 - 30) / 4
        boxes = [
            ("LOCATION", [g["set"], p.name, p.street, p.city]),
            ("BASE / PARKING", [p.base_street, p.base_city, g["base_note"]]),
            (g["hosp_label"], [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]),
            ("SUN / WEATHER", [f"Sunrise {hm(rise, t)}", f"Sunset {hm(fall, t)}", g["weather"]]),
        ]
        for n, (head, lines) in enumerate(boxes):
            x = 30 + n * (bw + 10)
            c.box(x, y, bw, 74)
            c.text(x + 5, y + 11, head, 7.5, bold=True)
            ly = y + 25
            for line in lines:
                fit(c, x + 5, ly, line, 8.5, bw - 10)
                ly += 12
        y += 92
        c.text(30, y, "SCENES", 9, bold=True)
        c.hline(30, W - 30, y + 3)
        for line in g["scenes"]:
            y += 13
            fit(c, 34, y, line, 8.5, W - 68)
        y += 20
        c.text(30, y, g["emergency"], 8, bold=True)
        return c.output()

    return _sheet(
        f"gantt_{key}",
        "gantt_timeline",
        "day as an hour-by-hour Gantt chart",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _rows(unit: str) -> list[tuple[str, int, int, str, int]]:
    """Department bars: (name, start and end in minutes from the call, label, grey level)."""
    return [
        ("Production / locations", -90, 720, "Unlock, signage, base", 200),
        ("Art department", -60, 660, "Dress set", 170),
        ("Camera", 0, 660, "Prep, shoot", 60),
        ("Grip & electric", 0, 690, "Pre-rig, shoot, wrap out", 90),
        ("Sound", 0, 660, "Shoot", 120),
        ("Hair & make-up", -60, 600, "Cast in chairs", 170),
        ("Wardrobe", -60, 630, "Cast dressed", 200),
        (unit, 0, 660, "ALL CREW ON SET", 30),
        ("Catering", -45, 360, "Breakfast ... lunch", 215),
    ]


def _gantt_sheets() -> list[Sheet]:
    return [
        _gantt(
            "singapore",
            "SUPERTREE",
            D(2026, 3, 17),
            "07:00",
            {
                "font": "helvetica",
                "company": "Lion City Pictures Pte Ltd · 7 Temasek Blvd #12-01, Singapore 038987",
                "sub": "Branded series · Ep 2 · Director: Wei Ling Tan",
                "date": "Tue, 17 Mar 2026",
                "day_of": "Shoot Day 4 of 12",
                "call_label": "CREW CALL (ON LOCATION)",
                "time": "sg",
                "rows": _rows("Crew"),
                "set": "Supertree Grove - OCBC Skyway base",
                "base_note": "Crew vans: level B1, lots 40-52",
                "hosp_label": "NEAREST A&E",
                "weather": "Thundery showers pm, 32°C",
                "scenes": [
                    "2/04  EXT. SUPERTREE GROVE - DAY  1 5/8  1, 2",
                    "2/05  EXT. SKYWAY - DAY  6/8  2",
                ],
                "emergency": "Emergency ambulance: 995 · Police: 999",
            },
        ),
        _gantt(
            "hong_kong",
            "YARD TIME",
            D(2026, 4, 21),
            "07:30",
            {
                "font": "sans",
                "company": "Harbourline Films Ltd · 18/F, 9 Queen's Rd Central, Hong Kong",
                "sub": "Feature · Director: Kelvin Lau",
                "date": "2026-04-21 (Tue)",
                "day_of": "Day 22 / 45",
                "call_label": "GENERAL CALL",
                "time": "h24",
                "rows": _rows("Whole unit"),
                "set": "Prison Yard and the F Hall steps",
                "base_note": "No trucks on Hollywood Rd before 07:00",
                "hosp_label": "NEAREST HOSPITAL (A&E)",
                "weather": "Humid, 26°C, amber rain possible",
                "scenes": [
                    "58  EXT. PRISON YARD - DAY  2 3/8  1, 4, 9",
                    "59  EXT. F HALL STEPS - DAY  5/8  4",
                ],
                "emergency": "Emergency: 999",
            },
        ),
        _gantt(
            "kuala_lumpur",
            "MERDEKA",
            D(2026, 6, 11),
            "06:30",
            {
                "font": "serif",
                "company": "Bukit Bintang Studios Sdn Bhd · Jalan Sultan Ismail, "
                "50250 Kuala Lumpur",
                "sub": "Period drama · Episode 6 · Director: Farid Rahman",
                "date": "Thursday, 11 June 2026",
                "day_of": "Shooting day 6 of 20",
                "call_label": "CREW CALL",
                "time": "sg",
                "rows": _rows("Crew"),
                "set": "The arcade and clock tower front",
                "base_note": "Catering tent at the car park exit",
                "hosp_label": "NEAREST HOSPITAL (EMERGENCY)",
                "weather": "Hot, 33°C, haze",
                "scenes": [
                    "6/11  EXT. ARCADE - DAY  1 2/8  1, 3",
                    "6/12  EXT. CLOCK TOWER - DAY  1  3, 5",
                ],
                "emergency": "Emergency: 999 · Bomba: 994",
            },
        ),
    ]


# --- a drawn location map with numbered pins; the places only in its legend ---------------------


def _map(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def pin(c: Canvas, x: float, y: float, n: int) -> None:
        c.pdf.set_fill_color(200, 30, 30)
        c.pdf.ellipse(x - 7, y - 7, 14, 14, style="F")
        c.pdf.set_text_color(255, 255, 255)
        c.text(x - 2.6, y + 3, str(n), 8.5, bold=True)
        black(c)

    def make() -> bytes:
        c = Canvas("letter", g["font"])
        W = c.width
        c.text(36, 42, g["company"], 9, bold=True)
        c.text(36, 72, title, 20, bold=True)
        c.text(36, 86, g["sub"], 8.5)
        c.right(W - 36, 42, "CALL SHEET", 11, bold=True)
        c.right(W - 36, 56, g["date"], 9.5)
        c.right(W - 36, 69, g["day_of"], 8.5)
        c.hline(36, W - 36, 96, 1.0)
        # the day's facts in a left column
        y = 116.0
        facts = [
            (g["call_label"], hm(call, t), True),
            ("Breakfast", hm(add_minutes(call, -30), t), False),
            ("Shooting call", hm(add_minutes(call, 60), t), False),
            ("Lunch", hm(add_minutes(call, 360), t), False),
            ("Est. wrap", hm(add_minutes(call, 660), t), False),
            ("Sunrise", hm(rise, t), False),
            ("Sunset", hm(fall, t), False),
            ("Weather", g["weather"], False),
            ("Location", g["loc_pointer"], False),
        ]
        for label, value, bold in facts:
            c.text(36, y, label, 8.5, bold=True)
            fit(c, 120, y, value, 11 if bold else 9, 160, bold=bold)
            y += 17 if bold else 14
        # HARD: the map: streets drawn with their names, pins 1-4; the places only in the legend
        mx, my, mw, mh = 300.0, 110.0, W - 336.0, 260.0
        c.box(mx, my, mw, mh, 1.0)
        c.pdf.set_draw_color(170, 170, 170)
        for frac, name in g["streets_h"]:
            yy = my + mh * frac
            c.hline(mx, mx + mw, yy, 5)
            grey(c, 70)
            c.text(mx + 6, yy - 4, name, 6.5)
            black(c)
        for frac, name in g["streets_v"]:
            xx = mx + mw * frac
            c.vline(xx, my, my + mh, 5)
            grey(c, 70)
            with c.pdf.rotation(90, xx + 5, my + mh - 8):
                c.text(xx + 5, my + mh - 8, name, 6.5)
            black(c)
        c.pdf.set_draw_color(0, 0, 0)
        for n, (fx, fy) in enumerate(g["pins"], start=1):
            pin(c, mx + mw * fx, my + mh * fy, n)
        c.text(mx + mw - 24, my + 16, "N ↑", 9, bold=True)
        grey(c, 90)
        c.text(mx + 4, my + mh + 10, "Map not to scale · pins are the entrances to use", 6.5)
        black(c)
        # the legend under the map
        y = my + mh + 30
        legend = [
            ("SET", [g["set"], p.name, f"{p.street}, {p.city}"]),
            ("CREW PARKING", [g["parking"]]),
            ("BASECAMP", [f"{p.base_street}, {p.base_city}"]),
            (
                "NEAREST HOSPITAL",
                [p.hospital, f"{p.hospital_street}, {p.hospital_city}", p.hospital_phone],
            ),
        ]
        for n, (head, lines) in enumerate(legend, start=1):
            pin(c, mx + 8, y - 3, n)
            c.text(mx + 22, y, head, 8.5, bold=True)
            for line in lines:
                y += 11.5
                fit(c, mx + 22, y, line, 8.5, mw - 22)
            y += 16
        # scenes and notes in the left column, under the facts
        y2 = 300.0
        c.text(36, y2, "SCENES", 9, bold=True)
        c.hline(36, 280, y2 + 3)
        for line in g["scenes"]:
            y2 += 13
            fit(c, 40, y2, line, 8, 240)
        y2 += 22
        c.text(36, y2, "CAST", 9, bold=True)
        c.hline(36, 280, y2 + 3)
        for n, name in enumerate(g["cast"]):
            y2 += 13
            c.text(40, y2, name, 8)
            c.right(280, y2, hm(add_minutes(call, 15 * n), t), 8)
        y2 += 22
        c.text(36, y2, "NOTES", 9, bold=True)
        for line in g["notes"]:
            for part in wrap(c, line, 8, 240):
                y2 += 12
                c.text(40, y2, part, 8)
        return c.output()

    return _sheet(
        f"map_{key}",
        "map_legend",
        "places given in a location map's legend",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _map_sheets() -> list[Sheet]:
    return [
        _map(
            "chicago",
            "LAKE EFFECT",
            D(2026, 5, 15),
            "07:00",
            {
                "font": "helvetica",
                "company": "Wabash Avenue Films",
                "sub": "Feature · Director: Nora Kowalski",
                "date": "Friday, May 15, 2026",
                "day_of": "Day 11 of 28",
                "call_label": "Crew call",
                "time": "us",
                "weather": "Partly sunny, 64°F",
                # HARD: the facts column only points at the map
                "loc_pointer": "see map, pin 1",
                "streets_h": [(0.25, "E Randolph St"), (0.62, "E Washington St")],
                "streets_v": [(0.3, "N Wabash Ave"), (0.68, "N Michigan Ave")],
                "pins": [(0.5, 0.55), (0.85, 0.4), (0.88, 0.85), (0.6, 0.1)],
                "set": "Preston Bradley Hall (3rd floor)",
                "parking": "Millennium Park Garage, 5 S Columbus Dr (validated)",
                "scenes": [
                    "33  INT. DOME HALL - DAY  2 1/8  1, 2",
                    "34  INT. STAIRWELL - DAY  4/8  2",
                ],
                "cast": ["1. ANNA - Kate Moreno", "2. LEO - Ben Hart"],
                "notes": [
                    "Load in via the Randolph St dock only; the Washington St doors are the "
                    "public entrance."
                ],
            },
        ),
        _map(
            "montreal",
            "LE MARCHÉ",
            D(2026, 8, 19),
            "07:30",
            {
                "font": "sans",
                "company": "Films Vieux-Port inc.",
                "sub": "Série · Épisode 5 · Réalisation : Julie Gagnon",
                "date": "Wednesday, August 19, 2026",
                "day_of": "Day 5 of 22",
                "call_label": "Crew call",
                "time": "h24",
                "weather": "Sunny, 27°C",
                "loc_pointer": "pin 1 on the map",
                "streets_h": [(0.3, "Rue Saint-Paul E"), (0.7, "Rue de la Commune E")],
                "streets_v": [(0.25, "Rue Saint-Claude"), (0.75, "Rue Bonsecours")],
                "pins": [(0.5, 0.35), (0.4, 0.9), (0.85, 0.75), (0.15, 0.1)],
                "set": "Salle de la Commune (2nd floor)",
                "parking": "Quai de l'Horloge lot (crew only, show your pass)",
                "scenes": [
                    "5/21  INT. SALLE DE BAL - JOUR  1 6/8  1, 3",
                    "5/22  EXT. RUE SAINT-PAUL - JOUR  3/8  3",
                ],
                "cast": ["1. CLAIRE - Isabelle Roy", "3. MARC - Étienne Côté"],
                "notes": ["Rue Saint-Paul is pedestrian-only: no vehicles past Rue Saint-Claude."],
            },
        ),
        _map(
            "perth",
            "SWAN RIVER",
            D(2026, 11, 5),
            "06:30",
            {
                "font": "serif",
                "company": "Indian Ocean Pictures Pty Ltd",
                "sub": "TV drama · Ep 4 · Director: Tom Nguyen",
                "date": "Thursday 5th November 2026",
                "day_of": "Shoot day 17 of 35",
                "call_label": "Unit call",
                "time": "sg",
                "weather": "Fine, 29°C, UV extreme",
                "loc_pointer": "map pin 1 (enter from May Dr)",
                "streets_h": [(0.2, "Fraser Ave"), (0.75, "May Dr")],
                "streets_v": [(0.35, "Lovekin Dr"), (0.8, "Forrest Dr")],
                "pins": [(0.55, 0.3), (0.2, 0.82), (0.9, 0.6), (0.15, 0.1)],
                "set": "DNA Tower lawn and the lookout path",
                "parking": "Kings Park overflow lot off May Dr (crew passes on dash)",
                "scenes": [
                    "4/09  EXT. LOOKOUT - DAWN  1 3/8  1, 2",
                    "4/10  EXT. LAWN - DAY  1  2, 6",
                ],
                "cast": ["1. JESS - Mia Carter", "2. RHYS - Liam Doyle"],
                "notes": ["Snakes active: stay on paths; first aid at the tower base."],
            },
        ),
    ]


# --- a wet weather cover set printed beside the main location -----------------------------------


def _cover(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas(g["page"], g["font"])
        W = c.width
        c.text(40, 44, g["company"], 9, bold=True)
        c.text(40, 56, g["office"], 7.5)
        c.right(W - 40, 44, g["sheet_no"], 10, bold=True)
        c.right(W - 40, 57, g["date"], 9)
        c.right(W - 40, 70, g["day_of"], 8.5)
        centre(c, 96, title, 20)
        centre(c, 110, g["sub"], 8.5, bold=False)
        c.hline(40, W - 40, 118, 1.2)
        y = 138.0
        fit(c, 40, y, f"{g['call_label']}  {hm(call, t)}", 15, 260, bold=True)
        c.right(W - 40, y, f"Sunrise {hm(rise, t)}  ·  Sunset {hm(fall, t)}", 9)
        y += 16
        small = (
            f"Breakfast {hm(add_minutes(call, -30), t)}  ·  "
            f"Shooting call {hm(add_minutes(call, 45), t)}  ·  "
            f"Lunch {hm(add_minutes(call, 360), t)}  ·  Est. wrap {hm(add_minutes(call, 630), t)}"
        )
        fit(c, 40, y, small, 9, W - 80)
        y += 14
        fit(c, 40, y, g["weather"], 9, W - 80)
        y += 22
        # the main location and the cover set side by side (HARD: the same layout)
        half = (W - 100) / 2
        cover = g["cover"]
        cols = [
            (g["main_label"], [g["set"], p.name, p.street, p.city]),
            (g["cover_label"], cover["lines"]),
        ]
        if g.get("cover_left"):
            cols.reverse()
        ybot = y
        for n, (head, lines) in enumerate(cols):
            x = 40 + n * (half + 20)
            c.box(x, y, half, 18 + 13 * (len(lines) + 1))
            fill(c, x + 0.5, y + 0.5, half - 1, 14, 215)
            fit(c, x + 4, y + 11, head, 8, half - 8, bold=True)
            ly = y + 28
            for line in lines:
                fit(c, x + 5, ly, line, 9, half - 10)
                ly += 13
            ybot = max(ybot, y + 18 + 13 * (len(lines) + 1))
        y = ybot + 10
        for line in g["cover_note"]:
            fit(c, 40, y, line, 8.5, W - 80, bold=True)
            y += 12
        y += 10
        c.text(40, y, "UNIT BASE / CREW PARKING", 8.5, bold=True)
        c.text(60 + half, y, g["hosp_label"], 8.5, bold=True)
        yy = y
        for line in [p.base_street, p.base_city]:
            yy += 12
            fit(c, 44, yy, line, 9, half - 8)
        yy2 = y
        for line in [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]:
            yy2 += 12
            fit(c, 64 + half, yy2, line, 9, half - 8)
        y = max(yy, yy2) + 22
        c.text(40, y, "SCENES (MAIN)", 9, bold=True)
        c.hline(40, W - 40, y + 3)
        for line in g["scenes"]:
            y += 13
            fit(c, 44, y, line, 8.5, W - 88)
        y += 20
        c.text(40, y, "SCENES (WEATHER COVER)", 9, bold=True)
        c.hline(40, W - 40, y + 3)
        for line in cover["scenes"]:
            y += 13
            fit(c, 44, y, line, 8.5, W - 88)
        y += 22
        c.text(40, y, g["emergency"], 8.5, bold=True)
        return c.output()

    return _sheet(
        f"cover_{key}",
        "weather_cover",
        "main location beside a wet weather cover set",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _cover_sheets() -> list[Sheet]:
    return [
        _cover(
            "bondi",
            "SALT",
            D(2026, 3, 6),
            "07:00",
            {
                "page": "A4",
                "font": "helvetica",
                "company": "Tamarama Pictures Pty Ltd",
                "office": "Level 1, 80 Campbell Pde, Bondi Beach NSW 2026",
                "sheet_no": "CALL SHEET #8",
                "date": "Friday 6 March 2026",
                "day_of": "Day 8 of 24",
                "sub": "Drama series · Eps 3-4 · Director: Kate Brennan",
                "call_label": "UNIT CALL",
                "time": "h24",
                "weather": "Forecast: 60% chance of showers, 24°C, SE winds 20 km/h",
                "main_label": "LOCATION (MAIN) - EXT",
                "set": "Beach and the north ramp",
                "cover_label": "WET WEATHER COVER SET - INT",
                "cover": {
                    "lines": [
                        "Library reading room",
                        "Waverley Library",
                        "32-48 Denison St",
                        "Bondi Junction NSW 2022",
                    ],
                    "scenes": [
                        "3/30  INT. LIBRARY - DAY  1 4/8  1, 4",
                        "4/02  INT. STUDY ROOM - DAY  6/8  4",
                    ],
                },
                "cover_note": [
                    "Weather call by the 1st AD at 05:30: crew will be texted if we "
                    "move to cover. No text = main location."
                ],
                "hosp_label": "NEAREST HOSPITAL (EMERGENCY)",
                "scenes": [
                    "3/11  EXT. BEACH - NORTH RAMP - DAY  2 1/8  1, 2",
                    "3/12  EXT. PROMENADE - DAY  5/8  2",
                ],
                "emergency": "Emergency: 000 · Lifeguards on site from 06:00",
            },
        ),
        _cover(
            "dun_laoghaire",
            "THE PIER",
            D(2026, 4, 28),
            "08:00",
            {
                "page": "A4",
                "font": "serif",
                "company": "Seapoint Films Ltd",
                "office": "Unit 6, Clarendon St, Dublin 2 · +353 1 555 0173",
                "sheet_no": "Call Sheet No. 15",
                "date": "Tuesday 28th April 2026",
                "day_of": "Day 15 of 32",
                "sub": "Feature · Director: Aoife Byrne",
                "call_label": "CREW CALL",
                "time": "h24",
                "weather": "Showers, 11°C, wind W 30 km/h",
                "main_label": "MAIN LOCATION",
                "set": "The pier walk and the bandstand",
                "cover_label": "WEATHER COVER (INTERIOR)",
                # HARD: the cover set prints its own, later call
                "cover": {
                    "lines": [
                        'Library foyer - "the office"',
                        "dlr LexIcon",
                        "Haigh Terrace",
                        "Dún Laoghaire, Co. Dublin",
                        "Cover crew call if called: 08:30",
                    ],
                    "scenes": ["71  INT. OFFICE - DAY  1 2/8  1, 3"],
                },
                "cover_note": [
                    "Cover decision 06:30 by the producer and 1st AD. Unless told "
                    "otherwise, report to the main location."
                ],
                "cover_left": False,
                "hosp_label": "NEAREST EMERGENCY DEPARTMENT",
                "scenes": [
                    "64  EXT. EAST PIER - DAY  1 7/8  1, 2",
                    "65  EXT. BANDSTAND - DAY  1  2, 5",
                ],
                "emergency": "Emergency: 112 / 999 · Coast Guard via 112",
            },
        ),
        _cover(
            "victoria",
            "CLOVER POINT",
            D(2026, 10, 12),
            "07:30",
            {
                "page": "letter",
                "font": "sans",
                "company": "Salish Sea Productions Inc.",
                "office": "1001 Wharf St, Victoria, BC V8W 1T6",
                "sheet_no": "CALL SHEET 6",
                "date": "Monday, October 12, 2026",
                "day_of": "Day 6 of 20",
                "sub": "Feature · Director: Dana Whitehorse",
                "call_label": "GENERAL CREW CALL",
                "time": "us",
                "weather": "Rain likely after 11 AM, 12°C",
                # HARD: the cover set is the left box
                "cover_left": True,
                "main_label": "MAIN UNIT LOCATION - EXT",
                "set": "Clover Point lookout and the seawall path",
                "cover_label": "WEATHER COVER SET",
                "cover": {
                    "lines": [
                        "Crystal Ballroom (INT)",
                        "Victoria Conference Centre",
                        "720 Douglas St",
                        "Victoria, BC V8W 3M7",
                    ],
                    "scenes": ["52  INT. BALLROOM - DAY  2  1, 4, 8"],
                },
                "cover_note": [
                    "Weather cover on standby: decision by 6:00 AM, call unchanged if we move."
                ],
                "hosp_label": "NEAREST HOSPITAL (ER)",
                "scenes": [
                    "47  EXT. CLOVER POINT - DAY  1 5/8  1, 2",
                    "48  EXT. SEAWALL PATH - DAY  6/8  2",
                ],
                "emergency": "Emergency: 911",
            },
        ),
    ]


# --- near misses ------------------------------------------------------------------------------


def _traffic_plan() -> bytes:
    """A traffic management plan for a road shoot: dates, hold times, a road; no crew call."""
    c = Canvas("A4", "helvetica")
    W = c.width
    c.text(40, 50, "TRAFFIC MANAGEMENT PLAN - FILMING", 14, bold=True)
    c.text(40, 66, "Production: THE DROVERS (Nevis Range Pictures Ltd)", 9)
    c.text(40, 79, "Road: Glen Etive Rd (single track), Glencoe, Ballachulish PH49 4HY", 9)
    c.right(W - 40, 50, "TMP ref. HC/FILM/26/0412 rev B", 8.5)
    rows = [
        ("Dates", "Wednesday 20 and Thursday 21 May 2026"),
        ("Hours of operation", "07:00 - 19:00 each day"),
        ("Method", "Stop / go boards at both ends, holds of max. 5 min, no full closure"),
        (
            "Chapter 8 signage",
            "Advance signs at the A82 junction and at Dalness (what3words "
            "///lanterns.wiping.crumb)",
        ),
        ("Contractor", "Lochaber Traffic Services Ltd, 2 operatives + 1 supervisor"),
        ("Emergency access", "Blue-light vehicles released at once; radio ch. 1 to both boards"),
        ("Consulted", "Highland Council roads, Police Scotland Fort William, Dalness Estate"),
    ]
    y = 108.0
    c.grid(40, y - 12, [150, W - 230], [18.0] * len(rows))
    for label, value in rows:
        c.text(44, y, label, 8.5, bold=True)
        fit(c, 194, y, value, 8.5, W - 240)
        y += 18
    y += 20
    c.text(40, y, "Sketch: board positions", 9, bold=True)
    c.box(40, y + 8, W - 80, 120)
    c.hline(60, W - 60, y + 70, 4)
    c.text(70, y + 60, "A82 junction  ->  board A", 8)
    c.text(W - 220, y + 60, "board B  <-  Dalness", 8)
    y += 150
    c.text(40, y, "Approved: ____________________  (Highland Council)   Date: __________", 9)
    return c.output()


def _drone_plan() -> bytes:
    """A drone flight operations plan: date, flight window, take-off site; no crew call, no set."""
    c = Canvas("A4", "sans")
    W = c.width
    c.text(40, 50, "DRONE FLIGHT OPERATIONS PLAN", 14, bold=True)
    c.text(40, 66, "Client production: GRANITE (Tamar Light Films) - aerial unit only", 9)
    c.right(W - 40, 50, "Operator ID GBR-OP-7Q2K4M1X", 8.5)
    rows = [
        ("Flight date", "Tuesday 15 September 2026 (reserve: Wed 16/09/26)"),
        ("Flight window", "06:45 - 08:15 (first light) and 17:30 - 18:45"),
        ("Take-off / landing site", "Merrivale car park, B3357, Yelverton PL20 6ST"),
        ("what3words / grid ref", "///firm.tables.scenic · SX 552 750"),
        ("Operating area", "Foggintor Quarry, 500 m radius, max. height 120 m AGL"),
        ("Category / aircraft", "Specific (OA) · DJI Inspire 3 · 4.3 kg"),
        ("Remote pilot / observer", "Jem Trelawny (GVC) / Nia Parr"),
        ("Airspace", "Class G; Plymouth ATZ not affected; no NOTAM required"),
        ("Landowner permission", "Duchy of Cornwall, ref. DoC/FILM/2611"),
        ("Abort criteria", "Wind > 20 kt, visibility < 1 km, members of the public inside 50 m"),
    ]
    y = 96.0
    for label, value in rows:
        c.text(40, y, label, 8.5, bold=True)
        fit(c, 190, y, value, 8.5, W - 230)
        c.hline(40, W - 40, y + 5, 0.3)
        y += 18
    y += 18
    c.text(
        40,
        y,
        "Emergency: 999 · nearest A&E Derriford Hospital, Derriford Rd, Plymouth PL6 8DH",
        8.5,
    )
    y += 16
    c.text(40, y, "Signed (remote pilot): ____________   Checked (producer): ____________", 9)
    return c.output()


def _dood() -> bytes:
    """A cast day-out-of-days: dates and work codes per actor; no call, no place."""
    c = Canvas("A4", "helvetica", "L")
    W = c.width
    c.text(30, 40, "SUPERTREE - CAST DAY OUT OF DAYS", 14, bold=True)
    c.text(30, 55, "Lion City Pictures Pte Ltd · schedule v4 · printed 10 Mar 2026 18:20", 8.5)
    days = [D(2026, 3, 12) + dt.timedelta(days=n) for n in range(12)]
    x0, cw = 200.0, (W - 260) / 12
    y = 84.0
    c.text(30, y + 12, "CAST", 8, bold=True)
    for n, d in enumerate(days):
        c.text(x0 + n * cw + 2, y, d.strftime("%a"), 7, bold=True)
        c.text(x0 + n * cw + 2, y + 12, d.strftime("%d/%m"), 7)
    c.text(x0 + 12 * cw + 6, y + 12, "TOTAL", 7, bold=True)
    codes = {
        "1. MEI - Jasmine Koh": ["SW", "W", "W", "", "", "H", "W", "W", "W", "", "", "WF"],
        "2. DARREN - Rayson Lim": ["", "SW", "W", "", "", "W", "W", "H", "W", "", "", "WF"],
        "3. AUNTIE ROSE - Lily Ng": ["", "", "SWF", "", "", "", "", "", "", "", "", ""],
        "4. BOSS - Alan Teo": ["", "", "", "", "", "SW", "H", "H", "WF", "", "", ""],
        "5. COURIER - Hafiz Rahim": ["", "", "", "", "", "", "", "", "", "", "", "SWF"],
    }
    y += 18
    for name, row in codes.items():
        c.hline(30, W - 30, y, 0.3)
        y += 14
        c.text(30, y, name, 8.5)
        for n, code in enumerate(row):
            c.text(x0 + n * cw + 6, y, code, 8)
        c.text(x0 + 12 * cw + 12, y, str(sum(1 for v in row if v and v != "H")), 8)
    c.hline(30, W - 30, y + 5, 0.3)
    y += 30
    c.text(
        30, y, "Codes: SW start work · W work · H hold · WF work finish · SWF start-work-finish", 8
    )
    c.text(
        30, y + 13, "Days off: Sun 15/03, Mon 16/03, Sat 21/03, Sun 22/03. Subject to change.", 8
    )
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet("other_traffic_plan", "near_miss", "traffic management plan", _traffic_plan, OTHER),
        _sheet("other_drone_plan", "near_miss", "drone flight operations plan", _drone_plan, OTHER),
        _sheet("other_dood", "near_miss", "cast day out of days", _dood, OTHER),
    ]


def sheets() -> list[Sheet]:
    return [
        *_hy_sheets(),
        *_nordic_sheets(),
        *_w3w_sheets(),
        *_nyc_sheets(),
        *_gantt_sheets(),
        *_map_sheets(),
        *_cover_sheets(),
        *_other_sheets(),
    ]
