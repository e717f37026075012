"""Fifth held-out set: layouts, regions and wording no reader rule was tuned to (`fresh4_`).

Families follow documented conventions (CONVENTIONS.md, "fresh4"): South African and Kenyan
service call sheets ("Unit call", "06h30", yyyy/mm/dd, GPS pins), Greek and Turkish service
productions in English (bilingual dates, dot-leader call lists, the on-duty hospital), Japanese,
Korean and Taiwanese productions in English ("ALL STAFF CALL", "AM 7:30", year-first dates, a
meeting point away from the set), US call-sheet-app "cards" (big crew call card, weather cards,
an advance schedule on page 2), scheduling-app exports (grey caps labels above values, export
footer, two pages), UK commercial one-pagers ("Call Sheet - Day 1" with an en dash, "Unit call",
"Location 1" / "Location 2", "Nearest A&E", a revised sheet) and North African / Middle East
service sheets (Ouarzazate, Amman, Dubai). Expected values come from the same table the page is
printed from; sun times are astral's for the set and date.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.corpus.draw import Canvas, centre
from tests.corpus.formats import add_minutes, ordinal
from tests.corpus.fresh_common import clock, measure_bold, sheet_maker
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, call_sheet, fit

D = dt.date

FRESH4: dict[str, Place] = {
    "capetown": _p(
        "za",
        "Castle of Good Hope",
        "Buitenkant St",
        "Cape Town City Centre, Cape Town, 8001",
        -33.9258,
        18.4276,
        "Africa/Johannesburg",
        "Groote Schuur Hospital",
        "Main Rd, Observatory",
        "Cape Town, 7925",
        "+27 21 404 9111",
        "Darling St (Grand Parade)",
        "Cape Town City Centre, 8001",
    ),
    "johannesburg": _p(
        "za",
        "Constitution Hill",
        "11 Kotze St",
        "Braamfontein, Johannesburg, 2017",
        -26.1890,
        28.0420,
        "Africa/Johannesburg",
        "Charlotte Maxeke Johannesburg Academic Hospital",
        "17 Jubilee Rd, Parktown",
        "Johannesburg, 2193",
        "+27 11 488 4911",
        "1 Joubert St Ext",
        "Braamfontein, Johannesburg, 2001",
    ),
    "nairobi": _p(
        "ke",
        "Kenyatta International Convention Centre",
        "Harambee Ave",
        "Nairobi, 00100",
        -1.2884,
        36.8233,
        "Africa/Nairobi",
        "The Nairobi Hospital",
        "Argwings Kodhek Rd",
        "Nairobi, 00100",
        "+254 20 284 5000",
        "City Hall Way",
        "Nairobi, 00100",
    ),
    "athens": _p(
        "gr",
        "Zappeion Hall",
        "Vasilissis Olgas Ave 1",
        "105 57 Athens",
        37.9715,
        23.7365,
        "Europe/Athens",
        "Evangelismos General Hospital",
        "Ipsilantou 45-47",
        "106 76 Athens",
        "+30 213 204 1000",
        "Leof. Vasilissis Amalias 10",
        "105 57 Athens",
    ),
    "istanbul": _p(
        "tr",
        "Pera Palace Hotel",
        "Meşrutiyet Cd. No:52",
        "Tepebaş\u0131, 34430 Beyoğlu/İstanbul",
        41.0318,
        28.9748,
        "Europe/Istanbul",
        "Beyoğlu Eğitim ve Araşt\u0131rma Hastanesi",
        "Kuledibi Sk. No:2",
        "34421 Beyoğlu/İstanbul",
        "+90 212 252 53 00",
        "Refik Saydam Cd. No:10",
        "34430 Beyoğlu/İstanbul",
    ),
    "thessaloniki": _p(
        "gr",
        "White Tower",
        "Leof. Nikis",
        "546 21 Thessaloniki",
        40.6264,
        22.9484,
        "Europe/Athens",
        "AHEPA University Hospital",
        "Kiriakidi 1",
        "546 36 Thessaloniki",
        "+30 2313 303 000",
        "Megalou Alexandrou 2",
        "546 40 Thessaloniki",
    ),
    "tokyo": _p(
        "jp",
        "Tokyo International Forum",
        "3-5-1 Marunouchi",
        "Chiyoda-ku, Tokyo 100-0005",
        35.6766,
        139.7637,
        "Asia/Tokyo",
        "St. Luke's International Hospital",
        "9-1 Akashi-cho",
        "Chuo-ku, Tokyo 104-8560",
        "+81 3 3541 5151",
        "Yurakucho Stn. Kyobashi Exit",
        "Chiyoda-ku, Tokyo 100-0006",
    ),
    "seoul": _p(
        "kr",
        "Dongdaemun Design Plaza",
        "281 Eulji-ro",
        "Jung-gu, Seoul 04566",
        37.5665,
        127.0092,
        "Asia/Seoul",
        "Seoul National University Hospital",
        "101 Daehak-ro",
        "Jongno-gu, Seoul 03080",
        "+82 2 2072 2114",
        "DDP Parking Lot P2, 279 Eulji-ro",
        "Jung-gu, Seoul 04564",
    ),
    "taipei": _p(
        "tw",
        "Huashan 1914 Creative Park",
        "No. 1, Sec. 1, Bade Rd",
        "Zhongzheng Dist., Taipei City 100",
        25.0441,
        121.5294,
        "Asia/Taipei",
        "National Taiwan University Hospital",
        "No. 7, Zhongshan S. Rd",
        "Zhongzheng Dist., Taipei City 100225",
        "+886 2 2312 3456",
        "No. 50, Sec. 1, Zhongxiao E. Rd",
        "Zhongzheng Dist., Taipei City 100",
    ),
    "losangeles": _p(
        "us",
        "Union Station",
        "800 N Alameda St",
        "Los Angeles, CA 90012",
        34.0562,
        -118.2365,
        "America/Los_Angeles",
        "LAC+USC Medical Center",
        "1200 N State St",
        "Los Angeles, CA 90033",
        "(323) 409-1000",
        "711 N Alameda St",
        "Los Angeles, CA 90012",
    ),
    "atlanta": _p(
        "us",
        "Fox Theatre",
        "660 Peachtree St NE",
        "Atlanta, GA 30308",
        33.7725,
        -84.3857,
        "America/New_York",
        "Emory University Hospital Midtown",
        "550 Peachtree St NE",
        "Atlanta, GA 30308",
        "(404) 686-4411",
        "500 Ralph McGill Blvd NE",
        "Atlanta, GA 30312",
    ),
    "seattle": _p(
        "us",
        "Pike Place Market",
        "85 Pike St",
        "Seattle, WA 98101",
        47.6097,
        -122.3422,
        "America/Los_Angeles",
        "Harborview Medical Center",
        "325 9th Ave",
        "Seattle, WA 98104",
        "(206) 744-3000",
        "1531 Western Ave",
        "Seattle, WA 98101",
    ),
    "miami": _p(
        "us",
        "Bass Museum of Art",
        "2100 Collins Ave",
        "Miami Beach, FL 33139",
        25.7963,
        -80.1288,
        "America/New_York",
        "Mount Sinai Medical Center",
        "4300 Alton Rd",
        "Miami Beach, FL 33140",
        "(305) 674-2121",
        "2100 Park Ave",
        "Miami Beach, FL 33139",
    ),
    "toronto": _p(
        "ca",
        "Casa Loma",
        "1 Austin Terrace",
        "Toronto, ON M5R 1X8",
        43.6780,
        -79.4094,
        "America/Toronto",
        "Toronto Western Hospital",
        "399 Bathurst St",
        "Toronto, ON M5T 2S8",
        "(416) 603-2581",
        "330 Walmer Rd",
        "Toronto, ON M5R 2Y4",
    ),
    "warszawa": _p(
        "pl",
        "Pałac Kultury i Nauki",
        "pl. Defilad 1",
        "00-901 Warszawa",
        52.2318,
        21.0060,
        "Europe/Warsaw",
        "Szpital Kliniczny Dzieciątka Jezus",
        "ul. Williama Lindleya 4",
        "02-005 Warszawa",
        "+48 22 502 20 00",
        "ul. Emilii Plater 47",
        "00-118 Warszawa",
    ),
    "london": _p(
        "uk",
        "Tobacco Dock",
        "Wapping Ln",
        "London E1W 2SF",
        51.5085,
        -0.0590,
        "Europe/London",
        "The Royal London Hospital",
        "Whitechapel Rd",
        "London E1 1FR",
        "020 7377 7000",
        "Pennington St",
        "London E1W 2AB",
    ),
    "manchester": _p(
        "uk",
        "Victoria Baths",
        "Hathersage Rd",
        "Manchester M13 0FE",
        53.4607,
        -2.2152,
        "Europe/London",
        "Manchester Royal Infirmary",
        "Oxford Rd",
        "Manchester M13 9WL",
        "0161 276 1234",
        "Upper Brook St",
        "Manchester M13 9RH",
    ),
    "bristol": _p(
        "uk",
        "Clifton Lido",
        "Oakfield Pl",
        "Bristol BS8 2BJ",
        51.4618,
        -2.6105,
        "Europe/London",
        "Bristol Royal Infirmary",
        "Upper Maudlin St",
        "Bristol BS2 8HW",
        "0117 923 0000",
        "Whiteladies Rd",
        "Bristol BS8 2PY",
    ),
    "ouarzazate": _p(
        "ma",
        "Atlas Studios",
        "Route de Marrakech",
        "Ouarzazate 45000",
        30.9424,
        -6.9480,
        "Africa/Casablanca",
        "Centre Hospitalier Provincial Sidi Hssain Bencaddour",
        "Avenue Mohammed V",
        "Ouarzazate 45000",
        "+212 524 88 24 44",
        "Avenue Moulay Rachid",
        "Ouarzazate 45000",
    ),
    "amman": _p(
        "jo",
        "Roman Theatre",
        "Al-Hashimi St",
        "Amman 11118",
        31.9516,
        35.9394,
        "Asia/Amman",
        "Jordan Hospital",
        "Queen Noor St",
        "Amman 11152",
        "+962 6 560 8080",
        "King Talal St (Hashemite Plaza)",
        "Amman 11118",
    ),
    "dubai": _p(
        "ae",
        "Al Fahidi Historical Neighbourhood",
        "Al Fahidi St",
        "Bur Dubai, Dubai",
        25.2636,
        55.2997,
        "Asia/Dubai",
        "Rashid Hospital",
        "Oud Metha Rd",
        "Umm Hurair 2, Dubai",
        "+971 4 219 2000",
        "Al Seef St (Car Park B)",
        "Dubai",
    ),
}
# second sets of the day (a company move); their words are not the first set's
SECOND = {
    "london": ("Wilton's Music Hall", "1 Graces Alley", "London E1 8JB"),
    "seoul": ("Gwangjang Market", "88 Changgyeonggung-ro", "Jongno-gu, Seoul 03195"),
}

GR_DAYS = ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"]
GR_MONTHS = [
    "Ιανουαρίου",
    "Φεβρουαρίου",
    "Μαρτίου",
    "Απριλίου",
    "Μαΐου",
    "Ιουνίου",
    "Ιουλίου",
    "Αυγούστου",
    "Σεπτεμβρίου",
    "Οκτωβρίου",
    "Νοεμβρίου",
    "Δεκεμβρίου",
]
TR_DAYS = ["Pazartesi", "Sal\u0131", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
PL_DAYS = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def hm(hhmm: str, style: str) -> str:
    """A 24-hour 'HH:MM' as the family's sheets print it."""
    h, m, h12, ap = clock(hhmm)
    return {
        "h24": f"{h:02d}:{m:02d}",
        "h24_short": f"{h}:{m:02d}",
        "dot": f"{h}.{m:02d}",  # "7.30"
        "za": f"{h:02d}h{m:02d}",  # South African "06h30"
        "fr_h": f"{h}h{m:02d}",  # Moroccan French "6h30"
        "mil": f"{h:02d}{m:02d}",  # UK "0800"
        "hrs": f"{h:02d}{m:02d}HRS",  # Kenyan "0730HRS"
        "am": f"{h12}:{m:02d} {ap}",  # "7:00 AM"
        "letter": f"{h12}:{m:02d}{ap[0].lower()}",  # "7:30a"
        "uk_am": f"{h12}.{m:02d}{ap.lower()}",  # UK "7.30am"
        "kr": f"{ap} {h12}:{m:02d}",  # Korean order "AM 7:30"
    }[style]


_sheet = sheet_maker("fresh4")


# --- South Africa / Kenya service: unit call line, department call table, GPS pin ----------


def _africa(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH4[key]
    rise, fall = p.sun(day)

    def t(x: str) -> str:
        return hm(x, g["time"])

    def make() -> bytes:
        c = Canvas("a4", g["font"])
        x1 = c.width - 36
        c.text(36, 40, g["service"], 8)
        c.text(36, 52, g["client"], 8)
        c.right(x1, 40, g["doc"], 10, bold=True)
        c.right(x1, 54, g["day_no"], 8.5)
        centre(c, 84, title, 20)
        centre(c, 102, g["date"], 11)
        c.hline(36, x1, 112, 1.2)
        c.text(36, 134, f"{g['call_label']}  {t(call)}", 15, bold=True)
        c.right(x1, 128, f"Sunrise {t(rise)}   Sunset {t(fall)}", 9)
        c.right(x1, 140, g["weather"], 8.5)
        c.hline(36, x1, 150, 0.5)
        # department calls: three columns, the crew call among them
        c.text(36, 166, "DEPARTMENT", 7.5, bold=True)
        c.text(250, 166, "CALL", 7.5, bold=True)
        c.text(320, 166, "WHERE", 7.5, bold=True)
        y = 180.0
        for off, dept, where in g["depts"]:
            c.text(36, y, dept, 8.5)
            c.text(250, y, t(add_minutes(call, off)), 8.5)
            c.text(320, y, where, 8.5)
            c.hline(36, x1, y + 3, 0.2)
            y += 13
        y += 14
        c.text(36, y, "LOCATION", 8, bold=True)
        c.text(130, y, f"{g['set']}  ·  {p.name}", 9.5, bold=True)
        c.text(130, y + 13, p.address, 9.5)
        c.text(130, y + 26, f"GPS: {g['gps']}", 8.5)
        y += 44
        c.text(36, y, "UNIT BASE", 8, bold=True)
        c.text(130, y, p.base, 9.5)
        y += 22
        c.text(36, y, g["hospital_label"], 8, bold=True)
        c.text(36, y + 14, f"{p.hospital}, {p.hospital_address}", 9.5)
        c.text(36, y + 27, f"Tel {p.hospital_phone}   ·   Emergency {g['emergency']}", 8.5)
        y += 50
        c.hline(36, x1, y - 10, 0.8)
        c.text(36, y, "SCENES", 8, bold=True)
        for k, sc in enumerate(g["scenes"]):
            c.text(36, y + 13 * (k + 1), sc, 8.5, family="mono")
        y += 13 * (len(g["scenes"]) + 3)
        if g.get("advance"):
            c.box(36, y - 12, x1 - 36, 42, 0.8)
            c.text(42, y, g["advance"][0], 8.5, bold=True)
            c.text(42, y + 14, g["advance"][1], 9)
        return c.output()

    exp = call_sheet(title, day, call, p, location_extra=[g["set"], "GPS", g["gps"]])
    return _sheet(f"africa_{key}", "za_ke_service", "South Africa / Kenya service", make, exp)


def _africa_sheets() -> list[Sheet]:
    cd, jd, nd = D(2026, 3, 17), D(2026, 5, 7), D(2026, 2, 9)
    return [
        _africa(
            "capetown",
            "TIDEWATER",
            cd,
            "06:30",
            {
                "font": "helvetica",
                "time": "za",
                "service": "Service production: Cape Line Films (Pty) Ltd · Woodstock, Cape Town",
                "client": "for Harbourlight Pictures Ltd (London)",
                "doc": "CALL SHEET #14",
                "day_no": "Shoot day 14 of 32",
                "date": f"{cd:%Y/%m/%d} ({cd:%A})",
                "call_label": "UNIT CALL:",
                "weather": "Sunny, SE wind 25 km/h, 17-27°C",
                "depts": [
                    (-60, "Unit / Locations", "Unit base"),
                    (-45, "Hair & make-up, wardrobe", "Unit base"),
                    (-30, "Breakfast", "Unit base"),
                    (0, "Unit call (all departments)", "Set"),
                    (60, "First shot", "Set"),
                    (330, "Lunch", "Unit base"),
                    (690, "Estimated wrap", ""),
                ],
                "set": "EXT. CASTLE RAMPARTS",
                "gps": "-33.9258, 18.4276",
                "hospital_label": "NEAREST HOSPITAL (24HR TRAUMA UNIT)",
                "emergency": "10177 / 112",
                "scenes": [
                    "31  EXT. CASTLE RAMPARTS - DAWN     D  1 2/8  1, 4",
                    "32  EXT. CASTLE COURTYARD           D  2 0/8  1, 2, 4",
                ],
            },
        ),
        _africa(
            "johannesburg",
            "GOLD REEF",
            jd,
            "07:00",
            {
                "font": "serif",
                "time": "h24",
                "service": "Highveld Production Services · Rosebank, Johannesburg",
                "client": "Client: Northstar Television (Germany)",
                "doc": "CALL SHEET No. 6",
                "day_no": "Day 6 / 18",
                "date": f"Thursday, {jd:%d} May {jd.year}",
                "call_label": "GENERAL UNIT CALL",
                "weather": "Clear, 6-20°C, no rain",
                "depts": [
                    (-90, "Art department", "Set"),
                    (-60, "Make-up & hair", "Unit base"),
                    (-30, "Breakfast", "Unit base"),
                    (0, "Crew", "Unit base"),
                    (15, "Safety briefing", "Set"),
                    (75, "Turnover", "Set"),
                    (360, "Lunch", "Unit base"),
                    (660, "Wrap", ""),
                ],
                "set": "INT. OLD FORT PRISON",
                "gps": "26°11'20\"S 28°02'31\"E",
                "hospital_label": "NEAREST HOSPITAL / CASUALTY",
                "emergency": "10177",
                "scenes": [
                    "8   INT. OLD FORT - CELL BLOCK     D  2 3/8  2, 3",
                    "9   INT. OLD FORT - YARD           D  0 7/8  3",
                ],
            },
        ),
        _africa(
            "nairobi",
            "THE LONG RAINS",
            nd,
            "07:30",
            {
                "font": "helvetica",
                "time": "hrs",
                "service": "Savannah Line Productions Ltd · P.O. Box 14520-00800, Nairobi",
                "client": "Servicing: Kestrel Documentary Films (Denmark)",
                "doc": "CALL SHEET 15",
                "day_no": "Shoot Day 15 of 21",
                "date": f"Monday {ordinal(nd.day)} February {nd.year}",
                "call_label": "UNIT CALL",
                "weather": "Partly cloudy, 14-27°C",
                "depts": [
                    (-60, "Drivers / transport (hotel pick-up)", "Hotel"),
                    (-30, "Breakfast (packed)", "Unit base"),
                    (0, "Unit call", "Unit base"),
                    (45, "Interviewee 1 arrives", "Set"),
                    (90, "First setup", "Set"),
                    (330, "Lunch", "KICC canteen"),
                    (570, "Wrap", ""),
                ],
                "set": "KICC ROOFTOP HELIPAD",
                "gps": "-1.2884, 36.8233",
                "hospital_label": "NEAREST HOSPITAL (A&E)",
                "emergency": "999 / 112",
                "scenes": [
                    "4   EXT. KICC ROOFTOP - SKYLINE    D  1 0/8  INT 1",
                    "5   INT. KICC PLENARY HALL          D  1 4/8  INT 1, 2",
                ],
                "advance": (
                    "TOMORROW - Tuesday 10th February (Day 16)",
                    "Unit call 0600HRS at Nairobi National Park main gate, Langata Rd",
                ),
            },
        ),
    ]


# --- Greece / Turkey service in English: dot-leader call list, bilingual date --------------


def _med(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH4[key]
    rise, fall = p.sun(day)

    def t(x: str) -> str:
        return hm(x, g["time"])

    def make() -> bytes:
        c = Canvas("a4", g["font"])
        x1 = c.width - 40
        c.text(40, 40, g["service"], 9, bold=True)
        c.text(40, 52, g["service_line"], 7.5)
        c.hline(40, x1, 60, 0.4)
        c.text(40, 86, title, 18, bold=True)
        c.text(40, 100, g["sub"], 9)
        c.right(x1, 80, g["date"], 9.5, bold=True)
        c.right(x1, 94, g["day_no"], 9)
        c.hline(40, x1, 110, 1)
        # left: the call list with dot leaders; right: location and services
        c.text(40, 128, "CALL TIMES", 8, bold=True)
        y = 144.0
        for off, lab in g["times"]:
            tm = t(add_minutes(call, off))
            c.text(40, y, lab, 9, bold=off == 0)
            lw = measure_bold(c, lab, 9, bold=off == 0)
            c.text(44 + lw, y, " ." * int((200 - lw) / 4.6), 9, bold=False)
            c.right(290, y, tm, 9, bold=off == 0)
            y += 14
        y += 6
        c.text(40, y, f"Sunrise {t(rise)}  /  Sunset {t(fall)}", 9)
        c.text(40, y + 13, g["weather"], 8.5)
        xr = 320
        yr = 128.0
        for head, lines in [
            ("LOCATION", [g["set"], p.name, p.street, p.city]),
            ("UNIT BASE / PARKING", [p.base]),
            (g["hospital_label"], [p.hospital, p.hospital_address, p.hospital_phone]),
        ]:
            c.text(xr, yr, head, 8, bold=True)
            yr += 13
            for ln in lines:
                fit(c, xr, yr, ln, 9, x1 - xr)
                yr += 12
            yr += 10
        c.text(xr, yr, g["note"], 7.5)
        y = max(y + 30, yr + 24)
        c.hline(40, x1, y - 10, 0.8)
        c.text(40, y, "SC.  SET                              D/N  PGS   CAST", 7.5, bold=True)
        for k, sc in enumerate(g["scenes"]):
            c.text(40, y + 13 * (k + 1), sc, 8.5, family="mono")
        return c.output()

    exp = call_sheet(title, day, call, p, location_extra=[g["set"]])
    return _sheet(f"med_{key}", "gr_tr_service", "Greece / Turkey service, English", make, exp)


def _med_sheets() -> list[Sheet]:
    ad, id_, td = D(2026, 3, 17), D(2026, 10, 7), D(2026, 5, 22)
    return [
        _med(
            "athens",
            "THE OLIVE THIEF",
            ad,
            "07:00",
            {
                "font": "helvetica",
                "time": "h24",
                "service": "Aegean Film Services S.A.",
                "service_line": "Production services Greece · Leof. Syngrou 44, 117 42 Athens",
                "sub": "Feature · servicing Bluewater Films (UK)",
                "date": (
                    f"Tuesday, 17 March 2026 / {GR_DAYS[ad.weekday()]} {ad.day} "
                    f"{GR_MONTHS[ad.month - 1]} {ad.year}"
                ),
                "day_no": "Shooting day 5 of 26",
                "times": [
                    (-60, "Production / locations"),
                    (-45, "Make-up & hair"),
                    (-30, "Breakfast"),
                    (0, "GENERAL CREW CALL"),
                    (60, "Shooting call"),
                    (330, "Lunch"),
                    (660, "Estimated wrap"),
                ],
                "weather": "Sunny, 9-18°C, light N wind",
                "set": "EXT. ZAPPEION PERISTYLE",
                "hospital_label": "ON-DUTY HOSPITAL (ΕΦΗΜΕΡΙΑ)",
                "note": "On-duty hospitals rotate daily: check 1535. Emergency 112 / EKAV 166.",
                "scenes": [
                    "21   EXT. ZAPPEION PERISTYLE        D    1 5/8  1, 3",
                    "22   EXT. NATIONAL GARDEN PATH      D    0 4/8  1",
                ],
            },
        ),
        _med(
            "istanbul",
            "SIRKECI EXPRESS",
            id_,
            "07:30",
            {
                "font": "serif",
                "time": "dot",
                "service": "Bosphorus Line Production Services Ltd. Şti.",
                "service_line": "Service company · İstiklal Cd. No:120, 34433 Beyoğlu/İstanbul",
                "sub": "Limited series, Ep. 3 · for Meridian Studios (USA)",
                "date": f"{id_:%d.%m.%Y} {TR_DAYS[id_.weekday()]} (Wednesday)",
                "day_no": "Day 11 of 40",
                "times": [
                    (-90, "Rigging / electric pre-call"),
                    (-60, "Hair, make-up, costume"),
                    (-30, "Breakfast at base"),
                    (0, "Crew call (ekip toplanma)"),
                    (45, "Cast on set"),
                    (75, "First shot"),
                    (360, "Lunch"),
                    (690, "Wrap"),
                ],
                "weather": "Cloudy, 14-21°C",
                "set": "INT. PERA PALACE - ORIENT BAR",
                "hospital_label": "NEAREST HOSPITAL (ACİL / ER)",
                "note": "Emergency 112. Parking permits on the dashboard at all times.",
                "scenes": [
                    "3/14  INT. ORIENT BAR              N    2 1/8  1, 2, 6",
                    "3/15  INT. PERA PALACE - LIFT      N    0 3/8  2",
                ],
            },
        ),
        _med(
            "thessaloniki",
            "NORTHERN HARBOUR",
            td,
            "06:45",
            {
                "font": "condensed",
                "time": "h24_short",
                "service": "Thermaikos Productions",
                "service_line": "Service production, Northern Greece · Tsimiski 33, 546 24",
                "sub": "Commercial, 2 days · agency: Halden & Roe (Oslo)",
                "date": f"Fri {td:%d/%m/%y}",
                "day_no": "Day 1 of 2",
                "times": [
                    (-45, "Camera / grip / electric"),
                    (-15, "Breakfast"),
                    (0, "Crew call"),
                    (30, "Talent call"),
                    (75, "First shot (sunrise set-up done)"),
                    (345, "Lunch"),
                    (645, "Wrap"),
                ],
                "weather": "Clear, 17-27°C",
                "set": "Waterfront promenade at the tower",
                "hospital_label": "NEAREST HOSPITAL",
                "note": "Emergency 112 / EKAV 166. Drone permit on file (HCAA).",
                "scenes": [
                    "SETUP 1  EXT. WHITE TOWER - CYCLIST   D   -   TALENT 1",
                    "SETUP 2  EXT. PROMENADE - CAFÉ        D   -   TALENT 1, 2",
                ],
            },
        ),
    ]


# --- Japan / Korea / Taiwan in English: staff call timeline, meeting point ------------------


def _asia(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH4[key]
    rise, fall = p.sun(day)

    def t(x: str) -> str:
        return hm(x, g["time"])

    def make() -> bytes:
        c = Canvas("a4", g["font"])
        x1 = c.width - 34
        c.text(34, 40, g["date"], 10.5, bold=True)
        c.text(34, 54, g["day_no"], 8.5)
        centre(c, 48, title, 17)
        centre(c, 62, g["sub"], 8.5, bold=False)
        c.right(x1, 40, g["company"], 8)
        c.right(x1, 54, g["doc"], 8)
        c.box(34, 72, x1 - 34, 26, 1.2)
        c.text(42, 90, f"{g['call_label']}  {t(call)}", 12, bold=True)
        c.right(x1 - 8, 90, f"{g['meet_label']} {g['meet']}", 9)
        # a timeline: time column left, event right, ruled
        y = 118.0
        c.text(34, y, "TIME SCHEDULE", 8, bold=True)
        y += 14
        for off, lab in g["times"]:
            c.text(38, y, t(add_minutes(call, off)), 9, bold=off == 0)
            c.vline(92, y - 9, y + 3, 0.3)
            c.text(98, y, lab, 9, bold=off == 0)
            c.hline(34, 300, y + 3, 0.2)
            y += 13
        # right column: location, sun, hospital
        xr = 320
        yr = 118.0
        blocks: list[tuple[str, list[str]]] = [(g["loc_label"], [p.name, p.street, p.city])]
        if g.get("second"):
            s = SECOND[key]
            blocks.append((g["second"], [s[0], f"{s[1]}, {s[2]}"]))
        blocks += [
            ("SUN / WEATHER", [f"Sunrise {t(rise)} / Sunset {t(fall)}", g["weather"]]),
            (
                g["hospital_label"],
                [p.hospital, p.hospital_address, f"TEL {p.hospital_phone} (Emergency {g['em']})"],
            ),
        ]
        for head, lines in blocks:
            c.text(xr, yr, head, 8, bold=True)
            yr += 12
            for ln in lines:
                fit(c, xr, yr, ln, 8.8, x1 - xr)
                yr += 11.5
            yr += 8
        y = max(y, yr) + 16
        c.hline(34, x1, y - 10, 0.8)
        c.text(34, y, "S#   SET                                   CAST", 7.5, bold=True)
        for k, sc in enumerate(g["scenes"]):
            c.text(34, y + 12 * (k + 1), sc, 8.5, family="mono")
        y += 12 * (len(g["scenes"]) + 2)
        c.text(34, y, g["footer"], 7.5)
        return c.output()

    exp = call_sheet(title, day, call, p)
    return _sheet(f"asia_{key}", "east_asia_en", "Japan / Korea / Taiwan, English", make, exp)


def _asia_sheets() -> list[Sheet]:
    kd, sd, pd = D(2026, 4, 14), D(2026, 9, 24), D(2026, 5, 7)
    return [
        _asia(
            "tokyo",
            "PAPER LANTERNS",
            kd,
            "06:30",
            {
                "font": "helvetica",
                "time": "h24",
                "date": f"{kd:%Y/%m/%d} ({kd:%a})",
                "day_no": "DAY 8 / 24",
                "sub": "Co-production Japan / UK · English call sheet",
                "company": "Kanda Line Pictures K.K.",
                "doc": "CALL SHEET #8",
                "call_label": "ALL STAFF CALL",
                "meet_label": "Meeting point:",
                "meet": "Yurakucho Stn. Kyobashi Exit (van to set)",
                "times": [
                    (-60, "Production staff call"),
                    (-30, "Hair & make-up"),
                    (0, "ALL STAFF CALL (meeting point)"),
                    (30, "Arrive set / load in"),
                    (90, "Rehearsal"),
                    (120, "Shooting start"),
                    (330, "Lunch (bento)"),
                    (630, "Wrap / out of venue"),
                ],
                "loc_label": "LOCATION",
                "weather": "Cloudy, 12-19°C",
                "hospital_label": "NEAREST HOSPITAL (ER)",
                "em": "119",
                "scenes": [
                    "24   INT. FORUM GLASS HALL - LOBBY         1, 3",
                    "25   INT. FORUM GLASS HALL - STAIRS        1",
                ],
                "footer": "Interpreters: Ms. Sato (ext. 2), Mr. Hill (ext. 4). No smoking on site.",
            },
        ),
        _asia(
            "seoul",
            "NEON MARKET",
            sd,
            "07:30",
            {
                "font": "condensed",
                "time": "kr",
                "date": f"{sd:%Y.%m.%d} ({sd:%a})".upper(),
                "day_no": "Shooting Day 22 of 60",
                "sub": "Series ep. 9-10 · Crew call sheet (ENG)",
                "company": "Hangang Studio Co., Ltd.",
                "doc": "Ver. 1",
                "call_label": "CREW CALL",
                "meet_label": "Base:",
                "meet": "DDP Parking Lot P2",
                "times": [
                    (-60, "Art / set dressing"),
                    (-30, "Make-up & hair"),
                    (0, "Crew call"),
                    (60, "First shot"),
                    (300, "Lunch"),
                    (420, "Move to Location 2"),
                    (660, "Wrap"),
                ],
                "loc_label": "LOCATION 1",
                "second": "LOCATION 2 (from PM 2:30)",
                "weather": "Sunny, 17-26°C",
                "hospital_label": "NEAREST ER",
                "em": "119",
                "scenes": [
                    "9-31   EXT. DDP PLAZA - NIGHT MARKET SET      1, 2, 5",
                    "9-32   EXT. DDP - LED WALK                   2",
                    "10-4   INT. GWANGJANG MARKET - FOOD ALLEY      1, 4",
                ],
                "footer": "Please keep noise low after PM 10:00 (residential area).",
            },
        ),
        _asia(
            "taipei",
            "WAREHOUSE OF WISHES",
            pd,
            "07:00",
            {
                "font": "serif",
                "time": "h24",
                "date": f"{pd.day} MAY {pd.year} (THU)",
                "day_no": "DAY 3 OF 15",
                "sub": "Feature · Taiwan / France co-production",
                "company": "Formosa Reel Co.",
                "doc": "CALL SHEET NO. 3",
                "call_label": "CREW CALL",
                "meet_label": "Crew parking:",
                "meet": "Zhongxiao E. Rd lot",
                "times": [
                    (-45, "Lighting pre-call"),
                    (-30, "Breakfast"),
                    (0, "Crew call"),
                    (15, "Cast call (HMU)"),
                    (90, "Shooting call"),
                    (360, "Lunch"),
                    (690, "Estimated wrap"),
                ],
                "loc_label": "LOCATION",
                "weather": "Showers, 22-28°C",
                "hospital_label": "NEAREST HOSPITAL",
                "em": "119",
                "scenes": [
                    "41   INT. RED BRICK WAREHOUSE 2 - STUDIO      1, 2",
                    "42   EXT. HUASHAN LAWN                        2, 3",
                ],
                "footer": "Typhoon contingency: see production notice. 1st AD: +886 912 000 314",
            },
        ),
    ]


# --- US call-sheet-app "cards": crew call card, weather cards, advance on page 2 -----------


def _cards(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH4[key]
    rise, fall = p.sun(day)

    def t(x: str) -> str:
        return hm(x, g["time"])

    def card(
        c: Canvas, x: float, y: float, w: float, h: float, head: str, lines: list[str]
    ) -> None:
        c.box(x, y, w, h, 0.4)
        c.text(x + 8, y + 14, head, 6.5, bold=True)
        yy = y + 28
        for ln in lines:
            fit(c, x + 8, yy, ln, 8.5, w - 16)
            yy += 11

    def make() -> bytes:
        c = Canvas("letter", g["font"])
        x1 = c.width - 30
        c.text(30, 44, title, 20, bold=True)
        c.text(30, 58, g["company"], 8.5)
        c.text(30, 70, g["people"], 7.5)
        c.box(x1 - 170, 26, 170, 64, 1.2)
        c.text(x1 - 160, 42, g["call_label"], 8, bold=True)
        c.text(x1 - 160, 74, t(call), 26, bold=True)
        c.text(x1 - 160, 86, g["call_note"], 7)
        c.text(30, 108, g["date"], 11, bold=True)
        c.text(30, 122, g["day_no"], 9)
        # weather cards
        cw = (x1 - 30 - 24) / 4
        for k, (head, val) in enumerate(
            [
                ("SUNRISE", t(rise)),
                ("SUNSET", t(fall)),
                ("HIGH / LOW", g["temp"]),
                ("FORECAST", g["forecast"]),
            ]
        ):
            card(c, 30 + k * (cw + 8), 134, cw, 40, head, [val])
        # times card and location cards
        y = 186.0
        lines = [f"{lab}: {t(add_minutes(call, off))}" for off, lab in g["times"]]
        card(c, 30, y, 170, 16 + 11 * len(lines) + 14, "SCHEDULE", lines)
        lw = (x1 - 210 - 16) / 3
        card(c, 210, y, lw, 90, "SET LOCATION", [g["set"], p.name, p.street, p.city])
        card(c, 210 + lw + 8, y, lw, 90, "CREW PARKING", [p.base, "Shuttle every 10 min"])
        card(
            c,
            210 + 2 * (lw + 8),
            y,
            lw,
            90,
            "NEAREST HOSPITAL",
            [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
        )
        y += max(16 + 11 * len(lines) + 14, 90) + 20
        c.text(
            30,
            y,
            "SCENE   SET / DESCRIPTION                        D/N   PAGES   CAST",
            7,
            bold=True,
        )
        c.hline(30, x1, y + 3, 0.4)
        for k, sc in enumerate(g["scenes"]):
            c.text(30, y + 14 * (k + 1), sc, 8.5)
        y += 14 * (len(g["scenes"]) + 2)
        c.text(30, y, "CAST", 7, bold=True)
        for k, row in enumerate(g["cast"]):
            c.text(30, y + 12 * (k + 1), row, 8)
        if g.get("advance"):
            c.new_page()
            c.text(30, 44, f"{title} - page 2", 9, bold=True)
            c.box(30, 56, x1 - 30, 70, 0.8)
            c.text(38, 72, "ADVANCE SCHEDULE", 8, bold=True)
            for k, ln in enumerate(g["advance"]):
                c.text(38, 88 + 12 * k, ln, 8.5)
            c.text(30, 150, "CREW", 8, bold=True)
            for k, row in enumerate(g["crew"]):
                c.text(30, 164 + 12 * k, row, 8)
        return c.output()

    exp = call_sheet(title, day, call, p, location_extra=[g["set"]])
    return _sheet(f"cards_{key}", "app_cards", "US call-sheet app cards", make, exp)


def _cards_sheets() -> list[Sheet]:
    ld, ad, sd = D(2026, 2, 24), D(2026, 8, 13), D(2026, 10, 15)
    return [
        _cards(
            "losangeles",
            "LAST TRAIN WEST",
            ld,
            "07:00",
            {
                "font": "helvetica",
                "time": "am",
                "company": "Alameda Street Pictures",
                "people": "Dir: R. Okafor · Prod: J. Lin (310) 555-0188 · "
                "1st AD: M. Diaz (310) 555-0119",
                "call_label": "GENERAL CREW CALL",
                "call_note": "Breakfast 6:30 AM · Shooting call 8:00 AM",
                "date": f"{ld:%A}, {ld:%B} {ld.day}, {ld.year}",
                "day_no": "Day 4 of 22",
                "temp": "71° / 52°",
                "forecast": "Sunny, 0% rain",
                "times": [
                    (-30, "Breakfast"),
                    (-15, "HMU (cast 1, 2)"),
                    (60, "Shooting call"),
                    (330, "Lunch"),
                    (660, "Est. wrap"),
                ],
                "set": "Main concourse (north)",
                "scenes": [
                    "12      INT. UNION STATION - CONCOURSE                    D     2 1/8   1, 2",
                    "13      INT. UNION STATION - TICKET HALL                  D     1 0/8   2",
                ],
                "cast": ["1. ELENA - M. Ruiz - P/U 6:15 AM - HMU 6:45 AM - Set 8:00 AM"],
            },
        ),
        _cards(
            "atlanta",
            "MARQUEE",
            ad,
            "07:30",
            {
                "font": "sans",
                "time": "letter",
                "company": "Peachtree Lantern Films LLC",
                "people": "Director Tasha Green · UPM Lee Park 404-555-0161 · "
                "1st AD Ben Ross 404-555-0144",
                "call_label": "CREW CALL",
                "call_note": "Shooting call 8:30a · Lunch 1:00p",
                "date": f"Thu {ad.month}/{ad.day}/{ad:%y}",
                "day_no": "Shoot Day 9 of 30",
                "temp": "91° / 73°",
                "forecast": "T-storms PM, 60%",
                "times": [
                    (-60, "Grip / Electric"),
                    (-30, "Breakfast"),
                    (60, "Shooting call"),
                    (330, "Lunch"),
                    (720, "Wrap"),
                ],
                "set": "Stage & auditorium",
                "scenes": [
                    "27      INT. FOX THEATRE - STAGE                        N     3 0/8   1, 3, 4",
                    "28      INT. FOX THEATRE - MEZZANINE                      N     0 6/8   4",
                ],
                "cast": ["3. DOLORES - A. James - HMU 7:45a - Set 8:30a"],
            },
        ),
        _cards(
            "seattle",
            "SALT & CEDAR",
            sd,
            "07:00",
            {
                "font": "helvetica",
                "time": "am",
                "company": "Sound & Spruce Productions",
                "people": "Dir: H. Berg · Prod: C. Moore (206) 555-0175 · "
                "1st AD: D. Cho (206) 555-0190",
                "call_label": "GENERAL CREW CALL",
                "call_note": "Please carpool: limited parking",
                "date": f"{sd:%A}, {sd:%B} {ordinal(sd.day)}, {sd.year}",
                "day_no": "Day 11 of 19",
                "temp": "58° / 47°",
                "forecast": "Rain, 80%",
                "times": [
                    (-45, "Camera / Sound"),
                    (-30, "Breakfast"),
                    (45, "Cast on set"),
                    (75, "Shooting call"),
                    (360, "Lunch"),
                    (690, "Est. wrap"),
                ],
                "set": "Fish stall arcade",
                "scenes": [
                    "44      INT. MARKET ARCADE - FISH STALL                   D     1 6/8   1, 5",
                    "45      EXT. MARKET - NEON SIGN                           D     0 2/8   1",
                ],
                "cast": ["1. NORA - K. Ames - HMU 6:45 AM - Set 8:15 AM"],
                "advance": [
                    "Day 12 - Friday, October 16th: Crew call 6:00 AM",
                    "EXT. ALKI BEACH - 1702 Alki Ave SW, Seattle, WA 98116 - Sc. 50, 51",
                    "Day 13 - Monday, October 19th: Crew call 10:00 AM (split)",
                ],
                "crew": [
                    "Director ........ H. Berg ........ (206) 555-0101 ........ 7:00 AM",
                    "DP .............. R. Flores ...... (206) 555-0102 ........ 6:15 AM",
                    "Gaffer .......... T. Nguyen ...... (206) 555-0103 ........ 6:15 AM",
                    "Key Grip ........ S. Olsen ....... (206) 555-0104 ........ 6:15 AM",
                ],
            },
        ),
    ]


# --- scheduling-app export: grey caps labels above values, export footer, two pages ---------


def _export(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH4[key]
    rise, fall = p.sun(day)

    def t(x: str) -> str:
        return hm(x, g["time"])

    def field(c: Canvas, x: float, y: float, w: float, label: str, value: str) -> None:
        c.pdf.set_text_color(120, 120, 120)
        c.text(x, y, label.upper(), 6, bold=True)
        c.pdf.set_text_color(0, 0, 0)
        fit(c, x, y + 12, value, 9.5, w - 6)

    def footer(c: Canvas, page: int) -> None:
        c.pdf.set_text_color(120, 120, 120)
        c.text(30, c.pdf.h - 24, f"{g['footer']} · Page {page}/{g['pages']}", 6.5)
        c.pdf.set_text_color(0, 0, 0)

    def make() -> bytes:
        c = Canvas("a4", g["font"])
        x1 = c.width - 30
        c.pdf.set_fill_color(230, 230, 230)
        c.pdf.rect(30, 28, x1 - 30, 40, style="F")
        c.text(38, 48, title, 15, bold=True)
        c.text(38, 61, g["company"], 7.5)
        c.right(x1 - 8, 46, "CALL SHEET", 10, bold=True)
        c.right(x1 - 8, 60, g["version"], 7.5)
        cols = (x1 - 30) / 4
        top = [
            ("Shooting day", g["day_no"]),
            ("Date", g["date"]),
            (g["call_label"], t(call)),
            ("Sunrise · Sunset", f"{t(rise)} · {t(fall)}"),
        ]
        for k, (lab, val) in enumerate(top):
            field(c, 30 + k * cols, 88, cols, lab, val)
        c.hline(30, x1, 110, 0.3)
        c.pdf.set_text_color(120, 120, 120)
        c.text(30, 126, "DAY SCHEDULE", 6, bold=True)
        c.pdf.set_text_color(0, 0, 0)
        y = 140.0
        for off, lab in g["times"]:
            c.text(30, y, t(add_minutes(call, off)), 9)
            c.text(80, y, lab, 9)
            y += 12
        field(c, 300, 126, x1 - 300, "Weather", g["weather"])
        field(c, 300, 154, x1 - 300, "Production office", g["office"])
        y += 10
        c.hline(30, x1, y, 0.3)
        y += 16
        if g["pages"] == 2:
            c.pdf.set_text_color(120, 120, 120)
            c.text(30, y, "SCENES", 6, bold=True)
            c.pdf.set_text_color(0, 0, 0)
            for k, sc in enumerate(g["scenes"]):
                c.text(30, y + 13 * (k + 1), sc, 8.5)
            footer(c, 1)
            c.new_page()
            c.pdf.set_fill_color(230, 230, 230)
            c.pdf.rect(30, 28, x1 - 30, 22, style="F")
            c.text(38, 43, f"{title} · {g['date']} · continued", 9, bold=True)
            y = 72.0
        field(c, 30, y, 260, "Location", g["set"])
        field(c, 30, y + 28, 260, "Address", f"{p.name}, {p.address}")
        field(c, 300, y, x1 - 300, "Parking / base", p.base)
        field(c, 300, y + 28, x1 - 300, "Nearest hospital", p.hospital)
        c.text(300, y + 52, f"{p.hospital_address} · {p.hospital_phone}", 8.5)
        y += 76
        if g["pages"] == 1:
            c.pdf.set_text_color(120, 120, 120)
            c.text(30, y, "SCENES", 6, bold=True)
            c.pdf.set_text_color(0, 0, 0)
            for k, sc in enumerate(g["scenes"]):
                c.text(30, y + 13 * (k + 1), sc, 8.5)
            footer(c, 1)
        else:
            c.pdf.set_text_color(120, 120, 120)
            c.text(30, y, "CREW", 6, bold=True)
            c.pdf.set_text_color(0, 0, 0)
            for k, row in enumerate(g["crew"]):
                c.text(30, y + 13 * (k + 1), row, 8.5)
            footer(c, 2)
        return c.output()

    exp = call_sheet(title, day, call, p, location_extra=[g["set"]])
    return _sheet(f"export_{key}", "app_export", "scheduling-app export", make, exp)


def _export_sheets() -> list[Sheet]:
    md, td, wd = D(2026, 3, 12), D(2026, 10, 15), D(2026, 5, 14)
    return [
        _export(
            "miami",
            "SALT WATER HOTEL",
            md,
            "07:30",
            {
                "font": "sans",
                "time": "h24",
                "company": "Biscayne Bay Pictures",
                "version": "Version 2 · published",
                "day_no": "7 / 24",
                "date": md.isoformat(),
                "call_label": "Call time",
                "times": [
                    (-60, "Production"),
                    (-45, "Hair & Make-up"),
                    (-30, "Breakfast"),
                    (0, "Crew call"),
                    (60, "Shooting call"),
                    (330, "Lunch"),
                    (660, "Wrap"),
                ],
                "weather": "Sunny 72-81°F, wind E 10 mph",
                "office": "(305) 555-0140 · office@biscaynebay.example",
                "set": "Museum courtyard & galleries",
                "scenes": [
                    "Sc. 18  INT. MUSEUM GALLERY - DAY  (1 3/8 pgs)  Cast: 1, 2",
                    "Sc. 19  EXT. COURTYARD - DAY  (0 5/8 pgs)  Cast: 1",
                ],
                "pages": 1,
                "footer": "Exported 2026-03-11 19:42",
            },
        ),
        _export(
            "toronto",
            "THE GLASS HEIRESS",
            td,
            "08:00",
            {
                "font": "helvetica",
                "time": "am",
                "company": "Spadina Hill Films Inc.",
                "version": "Rev. 1 (white)",
                "day_no": "Day 16 of 35",
                "date": f"{td:%B} {td.day}, {td.year}",
                "call_label": "General call",
                "times": [
                    (-90, "Set dec / art"),
                    (-60, "HMU"),
                    (-30, "Breakfast"),
                    (0, "General crew call"),
                    (75, "First shot"),
                    (360, "Lunch"),
                    (720, "Est. wrap"),
                ],
                "weather": "Overcast 8-14°C",
                "office": "(416) 555-0126",
                "set": "Great Hall & library",
                "scenes": [
                    "Sc. 61  INT. CASA LOMA - GREAT HALL - NIGHT  (2 pgs)  Cast: 1, 3, 7",
                    "Sc. 62  INT. LIBRARY - NIGHT  (1 1/8 pgs)  Cast: 3",
                ],
                "pages": 1,
                "footer": "Generated 2026-10-14 18:05 EDT",
            },
        ),
        _export(
            "warszawa",
            "ZIMNA WOJNA II",
            wd,
            "07:00",
            {
                "font": "sans",
                "time": "h24",
                "company": "Vistula Service Productions sp. z o.o. for Ridgeline Films (USA)",
                "version": "v3 · 13.05.2026 20:14",
                "day_no": "12 of 40",
                "date": (
                    f"{PL_DAYS[wd.weekday()]}, {wd.day}.{ROMAN[wd.month - 1]}.{wd.year} (Thursday)"
                ),
                "call_label": "Crew call",
                "times": [
                    (-60, "Production / base"),
                    (-45, "Make-up, hair, costume"),
                    (-20, "Breakfast"),
                    (0, "Crew call on set"),
                    (70, "Shooting"),
                    (330, "Lunch"),
                    (660, "Wrap"),
                ],
                "weather": "Partly cloudy 11-20°C",
                "office": "+48 22 555 01 77",
                "set": "Congress Hall foyer",
                "scenes": [
                    "Sc. 88  INT. PALACE FOYER - DAY  (1 4/8 pgs)  Cast: 1, 2, 9",
                    "Sc. 89  INT. PALACE STAIRCASE - DAY  (0 6/8 pgs)  Cast: 2",
                    "Sc. 90  EXT. PLAC DEFILAD - DAY  (1 0/8 pgs)  Cast: 1",
                ],
                "pages": 2,
                "crew": [
                    "1st AD  Marta Zielińska  +48 600 100 200  06:30",
                    "DOP  Piotr Nowak  +48 600 100 201  06:30",
                    "Gaffer  Tomasz Wójcik  +48 600 100 202  06:00",
                ],
                "footer": "Exported 13.05.2026 20:15",
            },
        ),
    ]


# --- UK commercial one-pager: "Call Sheet - Day 1", Unit call, Location 1/2, A&E ------------


def _ukc(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH4[key]
    rise, fall = p.sun(day)

    def t(x: str) -> str:
        return hm(x, g["time"])

    def make() -> bytes:
        c = Canvas("a4", g["font"])
        x1 = c.width - 40
        c.text(40, 42, g["company"], 8.5, bold=True)
        c.right(x1, 42, g["contact"], 7.5)
        c.text(40, 72, f"{title}", 18, bold=True)
        c.text(40, 90, g["heading"], 12, bold=True)
        c.text(40, 104, g["date"], 10)
        c.text(40, 118, f"Client: {g['client']}   ·   Agency: {g['agency']}", 8)
        y = 132.0
        if g.get("revision"):
            c.box(40, y - 10, x1 - 40, 16, 1)
            c.text(46, y + 2, g["revision"], 8.5, bold=True)
            y += 20
        c.hline(40, x1, y, 0.8)
        y += 18
        # times: label right of value on Bristol, left elsewhere
        for off, lab in g["times"]:
            tm = t(add_minutes(call, off))
            if g.get("time_first"):
                c.text(40, y, tm, 9.5, bold=off == 0)
                c.text(100, y, lab, 9.5, bold=off == 0)
            else:
                c.text(40, y, lab, 9.5, bold=off == 0)
                c.text(150, y, tm, 9.5, bold=off == 0)
            y += 13
        yr = y - 13 * len(g["times"])
        c.text(300, yr, f"Sunrise {t(rise)}   Sunset {t(fall)}", 9)
        c.text(300, yr + 13, g["weather"], 8.5)
        c.text(300, yr + 30, "Producer: " + g["producer"], 8.5)
        c.text(300, yr + 43, "1st AD: " + g["ad"], 8.5)
        y += 12
        c.hline(40, x1, y, 0.5)
        y += 16
        locs = [(g["loc1"], p.name, p.address)]
        if g.get("second"):
            s = SECOND[key]
            locs.append((g["second"], s[0], f"{s[1]}, {s[2]}"))
        for lab, name, addr in locs:
            c.text(40, y, lab, 9, bold=True)
            c.text(150, y, name, 9.5)
            c.text(150, y + 12, addr, 9.5)
            y += 30
        c.text(40, y, "Unit base / parking", 9, bold=True)
        c.text(150, y, p.base, 9.5)
        y += 22
        c.text(40, y, "Nearest A&E", 9, bold=True)
        c.text(150, y, p.hospital, 9.5)
        c.text(150, y + 12, f"{p.hospital_address} · {p.hospital_phone}", 9)
        y += 34
        c.hline(40, x1, y, 0.5)
        y += 16
        c.text(40, y, "SHOT LIST", 8, bold=True)
        for k, sc in enumerate(g["shots"]):
            c.text(40, y + 13 * (k + 1), sc, 8.5)
        return c.output()

    exp = call_sheet(title, day, call, p)
    return _sheet(f"ukc_{key}", "uk_commercial", "UK commercial one-pager", make, exp)


def _ukc_sheets() -> list[Sheet]:
    ld, md, bd = D(2026, 3, 17), D(2026, 4, 22), D(2026, 6, 4)
    return [
        _ukc(
            "london",
            "NIGHT SWIM",
            ld,
            "08:00",
            {
                "font": "helvetica",
                "time": "mil",
                "company": "Canal Street Films Ltd",
                "contact": "Production office 020 7946 0321",
                "heading": "Call Sheet \u2013 Day 1 of 2",
                "date": f"Tue {ld:%d/%m/%y}",
                "client": 'Fizz Drinks plc (FIZZ 30" / 10" TV)',
                "agency": "Loud & Clear",
                "times": [
                    (-60, "Production / art"),
                    (-30, "Breakfast from"),
                    (-30, "HMU / wardrobe"),
                    (0, "Unit call"),
                    (60, "Turnover"),
                    (300, "Lunch"),
                    (420, "Move to Location 2"),
                    (660, "Wrap"),
                ],
                "weather": "Light rain, 6-11°C",
                "producer": "Amy Cole 07700 900123",
                "ad": "Sam Patel 07700 900456",
                "loc1": "Location 1",
                "second": "Location 2",
                "shots": [
                    "1. Wide: pool hall, talent dives (hero)",
                    "2. Macro: can, condensation",
                    "3. Loc 2 - bar, night look (from 1500)",
                ],
            },
        ),
        _ukc(
            "manchester",
            "NORTHLINE BANK",
            md,
            "07:30",
            {
                "font": "sans",
                "time": "h24",
                "company": "Red Brick Productions",
                "contact": "Office 0161 496 0772",
                "heading": "Call Sheet \u2013 Day 1",
                "date": f"Wednesday {ordinal(md.day)} April {md.year}",
                "client": "Northline Bank",
                "agency": "Mill & Co",
                "revision": "REVISED v2 \u2013 unit call moved earlier from 08:00 to 07:30 (light)",
                "times": [
                    (-45, "Pre-call: camera, grip, electrics"),
                    (-30, "Breakfast"),
                    (0, "Unit call"),
                    (45, "Talent call"),
                    (90, "First shot"),
                    (330, "Lunch"),
                    (630, "Wrap"),
                ],
                "weather": "Bright, 8-15°C",
                "producer": "Lewis Grant 07700 900789",
                "ad": "Nina Shaw 07700 900321",
                "loc1": "Location",
                "shots": [
                    "1. Gala pool, swimmer lengths (drone inside: permit)",
                    "2. Turkish baths, customer moment",
                ],
            },
        ),
        _ukc(
            "bristol",
            "COAST & CO. SUMMER",
            bd,
            "07:30",
            {
                "font": "times",
                "time": "uk_am",
                "time_first": True,
                "company": "Harbourside Pictures",
                "contact": "0117 496 0555",
                "heading": "Call Sheet \u2013 Day 2 of 2",
                "date": f"Thursday {bd.day} June {bd.year}",
                "client": "Coast & Co.",
                "agency": "in-house",
                "times": [
                    (-60, "Art dept / set build"),
                    (-30, "Hair, make-up & costume"),
                    (-15, "Breakfast"),
                    (0, "Unit call"),
                    (75, "First shot"),
                    (330, "Lunch"),
                    (600, "Wrap"),
                ],
                "weather": "Sunny, 14-23°C",
                "producer": "Ella Ward 07700 900654",
                "ad": "Tom Byrne 07700 900987",
                "loc1": "Location",
                "shots": [
                    "1. Poolside lounger, product on table",
                    "2. Swimmers, overhead (rostrum)",
                ],
            },
        ),
    ]


# --- North Africa / Middle East service: bilingual FR/EN, "General call", advance line ------


def _mena(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH4[key]
    rise, fall = p.sun(day)

    def t(x: str) -> str:
        return hm(x, g["time"])

    def make() -> bytes:
        c = Canvas("a4", g["font"], orientation="L")
        x1 = c.width - 30
        c.text(30, 40, g["service"], 8)
        c.text(30, 64, title, 18, bold=True)
        c.text(30, 78, g["sub"], 8.5)
        c.right(x1, 40, g["doc"], 12, bold=True)
        c.right(x1, 56, g["date"], 10, bold=True)
        c.right(x1, 70, g["day_no"], 8.5)
        c.hline(30, x1, 86, 1)
        # three columns: times | location | services
        c.text(30, 104, g["heads"][0], 8, bold=True)
        y = 120.0
        for off, lab in g["times"]:
            c.text(30, y, lab, 8.5, bold=off == 0)
            c.right(250, y, t(add_minutes(call, off)), 9, bold=off == 0)
            y += 13
        xm = 280
        c.text(xm, 104, g["heads"][1], 8, bold=True)
        ym = 120.0
        for lab, val in [
            (g["set_label"], g["set"]),
            ("", p.name),
            ("", p.street),
            ("", p.city),
            (g["base_label"], p.base),
        ]:
            if lab:
                c.text(xm, ym, lab, 7.5, bold=True)
                ym += 11
            if val:
                fit(c, xm, ym, val, 9, 250)
                ym += 12
        xr = 560
        c.text(xr, 104, g["heads"][2], 8, bold=True)
        yr = 120.0
        for ln in [
            f"{g['sun'][0]} {t(rise)}",
            f"{g['sun'][1]} {t(fall)}",
            g["weather"],
            "",
            g["hospital_label"],
            p.hospital,
            p.hospital_address,
            p.hospital_phone,
            g["emergency"],
        ]:
            if ln:
                bold = ln == g["hospital_label"]
                fit(c, xr, yr, ln, 8.5 if not bold else 7.5, x1 - xr, bold=bold)
            yr += 12
        y = max(y, ym, yr) + 14
        c.hline(30, x1, y - 8, 0.8)
        c.text(
            30,
            y + 4,
            "SC    SET                                   D/N   PAGES   CAST",
            7.5,
            bold=True,
        )
        for k, sc in enumerate(g["scenes"]):
            c.text(30, y + 18 + 12 * k, sc, 8.5, family="mono")
        y += 18 + 12 * len(g["scenes"]) + 14
        if g.get("advance"):
            c.hline(30, x1, y - 8, 0.4)
            c.text(30, y + 4, g["advance"][0], 8, bold=True)
            c.text(30, y + 18, g["advance"][1], 9)
        return c.output()

    exp = call_sheet(title, day, call, p, location_extra=[g["set"]])
    return _sheet(f"mena_{key}", "mena_service", "Morocco / Jordan / UAE service", make, exp)


def _mena_sheets() -> list[Sheet]:
    od, ad, dd = D(2026, 3, 10), D(2026, 4, 12), D(2026, 11, 18)
    return [
        _mena(
            "ouarzazate",
            "SANDS OF KHEMET",
            od,
            "06:30",
            {
                "font": "helvetica",
                "time": "fr_h",
                "service": "Kasbah Line Productions SARL · "
                "service de production / production services",
                "sub": "for Orbit Pictures (USA) · unité principale / main unit",
                "doc": "FEUILLE DE SERVICE / CALL SHEET N° 21",
                "date": (
                    f"{FR_DAYS[od.weekday()]} {od.day} {FR_MONTHS[od.month - 1]} {od.year} / "
                    f"{od:%A} {od.day} {od:%B} {od.year}"
                ),
                "day_no": "Jour / Day 21 of 45",
                "heads": ("HORAIRES / TIMES", "DÉCOR / SET", "SOLEIL · SANTÉ / SUN · MEDICAL"),
                "times": [
                    (-90, "Figuration / extras (costume)"),
                    (-60, "Maquillage, coiffure / HMU"),
                    (-30, "Petit-déjeuner / breakfast"),
                    (0, "CONVOCATION GÉNÉRALE / GENERAL CALL"),
                    (90, "PAT / ready to shoot"),
                    (360, "Déjeuner / lunch"),
                    (690, "Fin / wrap"),
                ],
                "set_label": "Décor / Set",
                "set": "EXT. TEMPLE COURTYARD (backlot)",
                "base_label": "Base / parking",
                "sun": ("Lever du soleil / sunrise", "Coucher / sunset"),
                "weather": "Ensoleillé / sunny, 9-24°C, vent 15 km/h",
                "hospital_label": "HÔPITAL / NEAREST HOSPITAL",
                "emergency": "SAMU 141 · Police 19 · unit medic on set",
                "scenes": [
                    "57    EXT. TEMPLE COURTYARD - DAWN     D    2 2/8   1, 2, 40 EXTRAS",
                    "58    EXT. TEMPLE STEPS                D    1 0/8   1, 5",
                ],
            },
        ),
        _mena(
            "amman",
            "THE CARAVAN ROAD",
            ad,
            "06:00",
            {
                "font": "serif",
                "time": "am",
                "service": "Petra Gate Media Services · Amman, Jordan",
                "sub": "servicing Stonebridge Films (UK) · work week Sun-Thu",
                "doc": "CALL SHEET #9",
                "date": f"Sun {ad:%d/%m/%Y}",
                "day_no": "Shooting day 9 / 30",
                "heads": ("CALLS", "LOCATION", "SUN / MEDICAL"),
                "times": [
                    (-60, "Transport from hotel"),
                    (-30, "Breakfast"),
                    (0, "Crew call"),
                    (30, "Cast HMU"),
                    (90, "First shot"),
                    (360, "Lunch"),
                    (660, "Wrap"),
                ],
                "set_label": "Set",
                "set": "EXT. THEATRE STAGE & CAVEA",
                "base_label": "Unit base",
                "sun": ("Sunrise", "Sunset"),
                "weather": "Clear, 12-25°C",
                "hospital_label": "NEAREST HOSPITAL (ER)",
                "emergency": "Emergency 911",
                "scenes": [
                    "33    EXT. ROMAN THEATRE - STAGE       D    1 6/8   1, 3",
                    "34    EXT. ROMAN THEATRE - UPPER TIER  D    0 5/8   3",
                ],
                "advance": (
                    "ADVANCE - Mon 13/04/2026 (Day 10)",
                    "Crew call 5:30 AM · Wadi Rum Protected Area, Visitor Centre car park",
                ),
            },
        ),
        _mena(
            "dubai",
            "GLASS DUNES",
            dd,
            "07:30",
            {
                "font": "sans",
                "time": "am",
                "service": "Creek Line Production Services LLC · Dubai Studio City",
                "sub": "Commercial · client: Halcyon Watches (CH)",
                "doc": "CALL SHEET",
                "date": f"{dd.isoformat()} (Wednesday)",
                "day_no": "Day 1 of 1",
                "heads": ("SCHEDULE", "LOCATION", "SUN / SAFETY"),
                "times": [
                    (-45, "Grip & lighting pre-call"),
                    (-15, "Breakfast"),
                    (0, "Crew call"),
                    (60, "Talent call"),
                    (120, "First shot"),
                    (330, "Lunch"),
                    (600, "Wrap (sunset shot)"),
                ],
                "set_label": "Location",
                "set": "Courtyard house 23 (permit DFTC-4412)",
                "base_label": "Base / parking",
                "sun": ("Sunrise", "Sunset"),
                "weather": "Sunny, 23-31°C, humidity 60%",
                "hospital_label": "NEAREST HOSPITAL (TRAUMA CENTRE)",
                "emergency": "Ambulance 998 · Police 999",
                "scenes": [
                    "SET-UP 1   EXT. WIND TOWER ALLEY       D    -   MODEL 1",
                    "SET-UP 2   INT. COURTYARD - WATCH MACRO  D  -   HAND MODEL",
                ],
            },
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_africa_sheets(),
        *_med_sheets(),
        *_asia_sheets(),
        *_cards_sheets(),
        *_export_sheets(),
        *_ukc_sheets(),
        *_mena_sheets(),
    ]
