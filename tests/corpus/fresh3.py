"""Fourth held-out set: layouts, languages and wording no reader rule was tuned to (`fresh3_`).

Families follow documented conventions (CONVENTIONS.md, "fresh3"): Swiss multilingual
"Tagesdispo" (Besammlung / rendez-vous / ritrovo), English-language sheets of service
productions in Budapest, Bucharest and Sofia (local dates and addresses), Dutch and Flemish
"callsheet / draaidag" (verzamelen, "7u30"), Brazilian and Portuguese "ordem do dia"
(chamada geral / convocatória, diária), Indian shift call sheets (unit call, 12-hour shift),
student-film call sheets written as prose in a word processor, and Google Sheets call sheets
printed with gridlines ("7:30:00 AM"). Expected values come from the same table the page is
printed from; sun times are astral's for the set and date.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.corpus.draw import Canvas
from tests.corpus.formats import add_minutes, ordinal
from tests.corpus.fresh_common import clock, measure_bold, sheet_maker
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, call_sheet, fit

D = dt.date

FRESH3: dict[str, Place] = {
    "zurich": _p(
        "ch",
        "Schiffbau",
        "Schiffbaustrasse 4",
        "8005 Zürich",
        47.3890,
        8.5170,
        "Europe/Zurich",
        "UniversitätsSpital Zürich",
        "Rämistrasse 100",
        "8091 Zürich",
        "+41 44 255 11 11",
        "Hardstrasse 219",
        "8005 Zürich",
    ),
    "geneve": _p(
        "ch",
        "Bâtiment des Forces Motrices",
        "Place des Volontaires 2",
        "1204 Genève",
        46.2045,
        6.1410,
        "Europe/Zurich",
        "Hôpitaux Universitaires de Genève",
        "Rue Gabrielle-Perret-Gentil 4",
        "1205 Genève",
        "+41 22 372 33 11",
        "Quai du Seujet 32",
        "1201 Genève",
    ),
    "lugano": _p(
        "ch",
        "Palazzo dei Congressi",
        "Piazza Indipendenza 4",
        "6900 Lugano",
        46.0050,
        8.9550,
        "Europe/Zurich",
        "Ospedale Regionale di Lugano (Civico)",
        "Via Tesserete 46",
        "6900 Lugano",
        "+41 91 811 61 11",
        "Riva Paradiso 2",
        "6900 Paradiso",
    ),
    "budapest": _p(
        "hu",
        "Vigadó",
        "Vigadó tér 2",
        "1051 Budapest",
        47.4965,
        19.0490,
        "Europe/Budapest",
        "Péterfy Sándor utcai Kórház",
        "Péterfy Sándor u. 8-20",
        "1076 Budapest",
        "+36 1 461 4700",
        "Apáczai Csere János u. 1",
        "1051 Budapest",
    ),
    "bucuresti": _p(
        "ro",
        "Ateneul Român",
        "Str. Benjamin Franklin 1-3",
        "Sector 1, 010171 București",
        44.4413,
        26.0973,
        "Europe/Bucharest",
        "Spitalul Clinic de Urgență București (Floreasca)",
        "Calea Floreasca 8",
        "Sector 1, 014461 București",
        "+40 21 599 2300",
        "Piața Revoluției 1",
        "Sector 1, 010086 București",
    ),
    "sofia": _p(
        "bg",
        "National Palace of Culture",
        "bul. Bulgaria 1",
        "1463 Sofia",
        42.6850,
        23.3190,
        "Europe/Sofia",
        "UMBAL Alexandrovska",
        "ul. Georgi Sofiyski 1",
        "1431 Sofia",
        "+359 2 9230 555",
        "bul. Vitosha 100",
        "1463 Sofia",
    ),
    "amsterdam": _p(
        "nl",
        "Tuschinski Theater",
        "Reguliersbreestraat 26-34",
        "1017 CN Amsterdam",
        52.3667,
        4.8946,
        "Europe/Amsterdam",
        "OLVG, locatie Oost",
        "Oosterpark 9",
        "1091 AC Amsterdam",
        "020 599 9111",
        "Amstelstraat 18",
        "1017 DA Amsterdam",
    ),
    "rotterdam": _p(
        "nl",
        "Hotel New York",
        "Koninginnenhoofd 1",
        "3072 AD Rotterdam",
        51.9045,
        4.4825,
        "Europe/Amsterdam",
        "Erasmus MC",
        "Dr. Molewaterplein 40",
        "3015 GD Rotterdam",
        "010 704 0704",
        "Wilhelminakade 699",
        "3072 AP Rotterdam",
    ),
    "gent": _p(
        "be",
        "Gravensteen",
        "Sint-Veerleplein 11",
        "9000 Gent",
        51.0573,
        3.7207,
        "Europe/Brussels",
        "UZ Gent",
        "Corneel Heymanslaan 10",
        "9000 Gent",
        "09 332 21 11",
        "Vrijdagmarkt 1",
        "9000 Gent",
    ),
    "saopaulo": _p(
        "br",
        "Theatro Municipal",
        "Praça Ramos de Azevedo, s/n",
        "República, São Paulo - SP, 01037-010",
        -23.5452,
        -46.6388,
        "America/Sao_Paulo",
        "Santa Casa de São Paulo",
        "R. Dr. Cesário Mota Júnior, 112",
        "Vila Buarque, São Paulo - SP, 01221-020",
        "(11) 2176-7000",
        "R. Conselheiro Crispiniano, 378",
        "República, São Paulo - SP, 01037-001",
    ),
    "rio": _p(
        "br",
        "Escadaria Selarón",
        "R. Joaquim Silva, s/n",
        "Lapa, Rio de Janeiro - RJ, 20241-110",
        -22.9152,
        -43.1793,
        "America/Sao_Paulo",
        "Hospital Municipal Souza Aguiar",
        "Praça da República, 111",
        "Centro, Rio de Janeiro - RJ, 20211-350",
        "(21) 3111-2600",
        "Av. Mem de Sá, 100",
        "Lapa, Rio de Janeiro - RJ, 20230-152",
    ),
    "lisboa": _p(
        "pt",
        "LX Factory",
        "R. Rodrigues de Faria 103",
        "1300-501 Lisboa",
        38.7036,
        -9.1786,
        "Europe/Lisbon",
        "Hospital de Santa Maria",
        "Av. Prof. Egas Moniz",
        "1649-035 Lisboa",
        "+351 217 805 000",
        "R. da Junqueira 39",
        "1300-307 Lisboa",
    ),
    "mumbai": _p(
        "in",
        "Mehboob Studio",
        "Hill Road, Bandra West",
        "Mumbai, Maharashtra 400050",
        19.0540,
        72.8310,
        "Asia/Kolkata",
        "Lilavati Hospital & Research Centre",
        "A-791, Bandra Reclamation",
        "Mumbai, Maharashtra 400050",
        "+91 22 6931 8000",
        "Chapel Road, Bandra West",
        "Mumbai, Maharashtra 400050",
    ),
    "hyderabad": _p(
        "in",
        "Ramoji Film City",
        "Anaspur Village, Hayathnagar Mandal",
        "Hyderabad, Telangana 501512",
        17.2543,
        78.6808,
        "Asia/Kolkata",
        "Kamineni Hospitals",
        "L.B. Nagar",
        "Hyderabad, Telangana 500068",
        "+91 40 3987 9999",
        "Vijayawada Highway, Abdullapurmet",
        "Hyderabad, Telangana 501505",
    ),
    "jaipur": _p(
        "in",
        "Amber Fort",
        "Devisinghpura, Amer",
        "Jaipur, Rajasthan 302001",
        26.9855,
        75.8513,
        "Asia/Kolkata",
        "Sawai Man Singh Hospital",
        "Jawahar Lal Nehru Marg",
        "Jaipur, Rajasthan 302004",
        "+91 141 256 0291",
        "Amer Road, Kheri Gate",
        "Jaipur, Rajasthan 302002",
    ),
    "chicago": _p(
        "us",
        "Music Box Theatre",
        "3733 N Southport Ave",
        "Chicago, IL 60613",
        41.9497,
        -87.6639,
        "America/Chicago",
        "Advocate Illinois Masonic Medical Center",
        "836 W Wellington Ave",
        "Chicago, IL 60657",
        "(773) 975-1600",
        "3700 N Southport Ave",
        "Chicago, IL 60613",
    ),
    "austin": _p(
        "us",
        "Zilker Park",
        "2100 Barton Springs Rd",
        "Austin, TX 78746",
        30.2669,
        -97.7729,
        "America/Chicago",
        "Dell Seton Medical Center at the University of Texas",
        "1500 Red River St",
        "Austin, TX 78701",
        "(512) 324-7000",
        "2201 Barton Springs Rd",
        "Austin, TX 78746",
    ),
    "portland": _p(
        "us",
        "Powell's City of Books",
        "1005 W Burnside St",
        "Portland, OR 97209",
        45.5231,
        -122.6814,
        "America/Los_Angeles",
        "Legacy Good Samaritan Medical Center",
        "1015 NW 22nd Ave",
        "Portland, OR 97210",
        "(503) 413-7711",
        "1021 NW Couch St",
        "Portland, OR 97209",
    ),
    "denver": _p(
        "us",
        "Denver Union Station",
        "1701 Wynkoop St",
        "Denver, CO 80202",
        39.7530,
        -105.0000,
        "America/Denver",
        "Denver Health Medical Center",
        "777 Bannock St",
        "Denver, CO 80204",
        "(303) 436-6000",
        "1600 Wewatta St",
        "Denver, CO 80202",
    ),
    "nashville": _p(
        "us",
        "Ryman Auditorium",
        "116 5th Ave N",
        "Nashville, TN 37219",
        36.1612,
        -86.7785,
        "America/Chicago",
        "Vanderbilt University Medical Center",
        "1211 Medical Center Dr",
        "Nashville, TN 37232",
        "(615) 322-5000",
        "401 Broadway",
        "Nashville, TN 37203",
    ),
    "vancouver": _p(
        "ca",
        "Orpheum Theatre",
        "601 Smithe St",
        "Vancouver, BC V6B 3L4",
        49.2806,
        -123.1206,
        "America/Vancouver",
        "St. Paul's Hospital",
        "1081 Burrard St",
        "Vancouver, BC V6Z 1Y6",
        "(604) 682-2344",
        "750 Hornby St",
        "Vancouver, BC V6Z 2H7",
    ),
}
# a second set of the day (a company move); its words are not the first set's
SECOND = {
    "bucuresti": ("Palatul Mogoșoaia", "Str. Valea Parcului 1", "077135 Mogoșoaia, Ilfov"),
    "denver": ("Coors Field (Gate A)", "2001 Blake St", "Denver, CO 80205"),
    "rio": ("Arcos da Lapa", "R. Riachuelo, s/n", "Centro, Rio de Janeiro - RJ, 20230-010"),
}

WEEKDAYS = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "pt": [
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    ],
    "hu": ["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"],
}
MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "hu": "január február március április május június július augusztus szeptember október "
    "november december",
}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def wd(d: D, lang: str) -> str:
    return WEEKDAYS[lang][d.weekday()]


def month(d: D, lang: str) -> str:
    return MONTHS[lang].split()[d.month - 1]


def hm(hhmm: str, style: str) -> str:
    """A 24-hour 'HH:MM' as the family's sheets print it."""
    h, m, h12, ap = clock(hhmm)
    return {
        "h24": f"{h:02d}:{m:02d}",
        "h24_short": f"{h}:{m:02d}",
        "dot0": f"{h:02d}.{m:02d}",  # Swiss "07.30"
        "dot": f"{h}.{m:02d}",  # "7.30"
        "uhr": f"{h:02d}.{m:02d} Uhr",  # Swiss German "07.30 Uhr"
        "fr_h": f"{h}h{m:02d}",  # Swiss French "7h30"
        "be": f"{h}u{m:02d}",  # Flemish "7u30"
        "br": f"{h}h{m:02d}" if m else f"{h}h",  # Brazilian "7h30", "6h"
        "pt": f"{h:02d}h{m:02d}",  # Portuguese "07h00"
        "am": f"{h12}:{m:02d} {ap}",  # "7:00 AM"
        "am_low": f"{h12}:{m:02d}{ap.lower()}",  # "8:30am"
        "ap": f"{h12}:{m:02d} {ap[0].lower()}.m.",  # AP style "7:45 a.m."
        "hour": f"{h12} {ap}" if not m else f"{h12}:{m:02d} {ap}",  # "10 AM"
        "hrs": f"{h:02d}:{m:02d} hrs",  # Indian "07:00 hrs"
        "sheets": f"{h12}:{m:02d}:00 {ap}",  # spreadsheet time cell "7:30:00 AM"
    }[style]


_sheet = sheet_maker("fresh3")


def rows(c: Canvas, x: float, y: float, pairs: list[tuple[str, str]], w: float, **kw: Any) -> float:
    """Label / value pairs down a column; returns the next baseline."""
    size = kw.get("size", 9)
    for lab, val in pairs:
        c.text(x, y, lab, size - 1, bold=True)
        fit(c, x + w, y, val, size, kw.get("vw", 250))
        y += size + 4
    return y


# --- Swiss multilingual Tagesdispo: time first, labels in two languages ---------------------


def _swiss(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH3[key]
    rise, fall = p.sun(day)

    def t(x: str) -> str:
        return hm(x, g["time"])

    def make() -> bytes:
        c = Canvas("a4", g["font"])
        x1 = c.width - 40
        c.text(40, 46, g["company"], 8)
        c.text(40, 70, title, 17, bold=True)
        c.right(x1, 46, g["doc"], 11, bold=True)
        c.right(x1, 62, g["day_no"], 9)
        c.right(x1, 76, g["date"], 9.5, bold=True)
        c.hline(40, x1, 86, 1.2)
        c.text(40, 104, g["times_head"], 8, bold=True)
        y = 120.0
        for off, lab in g["times"]:
            tm = call if off == 0 else add_minutes(call, off)
            c.text(44, y, t(tm), 9.5, bold=off == 0)
            c.text(120, y, lab, 9, bold=off == 0)
            y += 13
        # sun and weather boxed at the right, beside the times
        c.box(360, 94, x1 - 360, 64, 0.6)
        c.text(366, 108, g["sun_head"], 7, bold=True)
        c.text(366, 122, f"{g['sun'][0]} {t(rise)}", 9)
        c.text(366, 135, f"{g['sun'][1]} {t(fall)}", 9)
        c.text(366, 150, g["weather"], 8)
        y += 12
        c.hline(40, x1, y - 8, 0.6)
        for lab, val in [
            (g["labels"][0], g["motiv"]),
            (g["labels"][1], p.name),
            ("", p.address),
            (g["labels"][2], p.base),
        ]:
            c.text(44, y + 6, lab, 8, bold=True)
            c.text(190, y + 6, val, 9.5)
            y += 14
        y += 10
        c.text(44, y, g["labels"][3], 8, bold=True)
        c.text(190, y, f"{p.hospital}, {p.hospital_address}", 9.5)
        c.text(190, y + 12, f"Tel. {p.hospital_phone}  ·  Notruf 144", 8.5)
        y += 36
        c.hline(40, x1, y - 10, 0.6)
        c.text(44, y, g["scenes_head"], 8, bold=True)
        for k, sc in enumerate(g["scenes"]):
            c.text(44, y + 13 * (k + 1), sc, 8.5, family="mono")
        y += 13 * (len(g["scenes"]) + 3)
        if g.get("advance"):
            c.box(40, y - 12, x1 - 40, 40, 0.6)
            c.text(46, y, g["advance"][0], 8, bold=True)
            c.text(46, y + 14, g["advance"][1], 9)
        return c.output()

    exp = call_sheet(title, day, call, p, location_extra=[g["motiv"]])
    return _sheet(f"dispo_{key}", "swiss_multilang", "Swiss multilingual Tagesdispo", make, exp)


# --- service productions in Budapest / Bucharest / Sofia, sheets in English -----------------


def _service(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH3[key]
    rise, fall = p.sun(day)

    def t(x: str) -> str:
        return hm(x, g["time"])

    def make() -> bytes:
        c = Canvas("a4", g["font"], orientation="L")
        x1 = c.width - 30
        c.text(30, 40, g["service"], 8)
        c.text(30, 62, title, 16, bold=True)
        c.text(30, 76, g["client"], 8.5)
        c.right(x1, 40, "CALL SHEET", 13, bold=True)
        c.right(x1, 56, g["date"], 10, bold=True)
        c.right(x1, 70, g["day_no"], 8.5)
        c.hline(30, x1, 84, 1)
        # left: general info
        c.text(30, 102, "GENERAL INFORMATION", 8, bold=True)
        y = rows(
            c,
            30,
            118,
            [
                ("Location 1:", f"{p.name} - {p.address}"),
                *(
                    [("Location 2:", f"{SECOND[key][0]} - {SECOND[key][1]}, {SECOND[key][2]}")]
                    if g.get("second")
                    else []
                ),
                ("Unit base / parking:", p.base),
                ("Sunrise / Sunset:", f"{t(rise)} / {t(fall)}"),
                ("Weather:", g["weather"]),
                ("Nearest hospital (ER):", p.hospital),
                ("", f"{p.hospital_address} · {p.hospital_phone}"),
                ("Emergency:", "112"),
            ],
            110,
            vw=300,
        )
        # right: the day's times, department pre-calls round the crew call
        xr = 470
        c.text(xr, 102, "SCHEDULE", 8, bold=True)
        yy = 118.0
        for off, lab in g["times"]:
            tm = add_minutes(call, off)
            c.text(xr, yy, lab, 8.5, bold=off == 0)
            c.right(x1, yy, t(tm), 9, bold=off == 0)
            c.hline(xr, x1, yy + 3, 0.2)
            yy += 13
        y = max(y, yy) + 18
        c.hline(30, x1, y - 10, 1)
        c.text(
            30, y + 2, "SC   SET                                   D/N   PAGES   CAST", 7, bold=True
        )
        for k, sc in enumerate(g["scenes"]):
            c.text(30, y + 16 + 12 * k, sc, 8, family="mono")
        return c.output()

    exp = call_sheet(title, day, call, p)
    return _sheet(f"service_{key}", "service_cee", "CEE service production, English", make, exp)


# --- Dutch / Flemish callsheet: "draaidag", verzamelen, ruled two-block table ---------------


def _draaidag(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH3[key]
    rise, fall = p.sun(day)

    def t(x: str) -> str:
        return hm(x, g["time"])

    def make() -> bytes:
        c = Canvas("a4", g["font"])
        w = c.width
        c.text(40, 40, g["company"], 8)
        title_w = measure_bold(c, title, 20)
        c.text((w - title_w) / 2, 70, title, 20, bold=True)
        c.box(40, 84, 110, 40, 0.8)
        c.text(46, 98, g["day_label"], 7, bold=True)
        c.text(46, 116, g["day_no"], 13, bold=True)
        c.right(w - 40, 98, g["date"], 10, bold=True)
        c.right(w - 40, 114, g["sent"], 7.5)
        y = 146.0
        if g.get("revision"):
            c.box(40, y - 12, w - 80, 18, 1)
            c.text(46, y, g["revision"], 9, bold=True)
            y += 24
        # two ruled blocks side by side: TIJDEN left, LOCATIE right
        c.box(40, y - 12, 240, 130, 0.6)
        c.box(290, y - 12, w - 330, 130, 0.6)
        c.text(46, y, "TIJDEN", 8, bold=True)
        c.text(296, y, "LOCATIE", 8, bold=True)
        yy = y + 16
        for off, lab, note in g["times"]:
            tm = add_minutes(call, off)
            c.text(46, yy, lab, 8.5, bold=off == 0)
            c.text(180, yy, t(tm) + note, 9, bold=off == 0)
            yy += 13
        yl = y + 16
        for lab, val in [
            ("Set:", g["set"]),
            ("Locatie:", p.name),
            ("Adres:", p.street),
            ("", p.city),
            ("Parkeren / basis:", p.base),
        ]:
            c.text(296, yl, lab, 7.5, bold=True)
            fit(c, 376, yl, val, 9, w - 420)
            yl += 14
        y += 138
        c.text(40, y, f"{g['sun'][0]} {t(rise)}     {g['sun'][1]} {t(fall)}     {g['weather']}", 9)
        y += 24
        c.text(40, y, g["hospital_label"], 8, bold=True)
        c.text(40, y + 13, p.hospital, 9.5, bold=True)
        c.text(40, y + 25, f"{p.hospital_address}  ·  tel. {p.hospital_phone}", 9)
        y += 50
        c.hline(40, w - 40, y - 10, 0.6)
        c.text(40, y, "SCÈNES", 8, bold=True)
        for k, sc in enumerate(g["scenes"]):
            c.text(40, y + 13 * (k + 1), sc, 8.5)
        return c.output()

    exp = call_sheet(title, day, call, p, location_extra=[g["set"]])
    return _sheet(f"draaidag_{key}", "nl_draaidag", "Dutch/Flemish callsheet", make, exp)


# --- Brazil / Portugal "ordem do dia": strip of boxes, label above value ---------------------


def _ordem(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH3[key]
    rise, fall = p.sun(day)

    def t(x: str) -> str:
        return hm(x, g["time"])

    def make() -> bytes:
        c = Canvas("a4", g["font"])
        x1 = c.width - 36
        c.text(36, 44, g["doc"], 10, bold=True)
        c.text(36, 68, title, 18, bold=True)
        c.text(36, 82, g["company"], 8.5)
        boxes = [
            (g["day_label"], g["day_no"]),
            ("DATA", g["date"]),
            (g["call_label"], t(call)),
            (g["first_label"], t(add_minutes(call, 60))),
        ]
        widths = [80, 190, 130, x1 - 36 - 400]
        x = 36.0
        for (lab, val), bw in zip(boxes, widths, strict=True):
            c.box(x, 94, bw, 40, 0.7)
            c.text(x + 4, 104, lab, 6.5, bold=True)
            fit(c, x + 4, 124, val, 12 if lab != "DATA" else 10, bw - 8, bold=True)
            x += bw
        y = 156.0
        c.text(36, y, "HORÁRIOS", 8, bold=True)
        y += 14
        for off, lab in g["times"]:
            c.text(40, y, lab, 9)
            c.text(220, y, t(add_minutes(call, off)), 9)
            y += 12
        yr = 156.0
        c.text(300, yr, "SOL / TEMPO", 8, bold=True)
        c.text(300, yr + 14, f"Nascer do sol: {t(rise)}", 9)
        c.text(300, yr + 26, f"Pôr do sol: {t(fall)}", 9)
        c.text(300, yr + 38, g["weather"], 9)
        y += 14
        c.hline(36, x1, y - 8, 0.8)
        c.text(36, y + 4, g["loc_label"], 8, bold=True)
        c.text(36, y + 18, f"{g['set']} — {p.name}", 9.5, bold=True)
        c.text(36, y + 30, p.address, 9.5)
        y += 44
        if g.get("second"):
            s = SECOND[key]
            c.text(36, y + 4, g["loc_label"].replace("1", "2") + " (mudança às 15h)", 8, bold=True)
            c.text(36, y + 18, s[0], 9.5, bold=True)
            c.text(36, y + 30, f"{s[1]}, {s[2]}", 9.5)
            y += 44
        c.text(36, y + 4, g["base_label"], 8, bold=True)
        c.text(36, y + 18, p.base, 9.5)
        y += 34
        c.text(36, y + 4, "HOSPITAL MAIS PRÓXIMO", 8, bold=True)
        c.text(36, y + 18, f"{p.hospital} — {p.hospital_address}", 9.5)
        c.text(36, y + 30, f"Tel. {p.hospital_phone}", 9)
        y += 50
        c.hline(36, x1, y - 8, 0.8)
        c.text(36, y + 4, "CENAS", 8, bold=True)
        for k, sc in enumerate(g["scenes"]):
            c.text(36, y + 18 + 12 * k, sc, 8.5)
        y += 18 + 12 * len(g["scenes"]) + 16
        if g.get("advance"):
            c.hline(36, x1, y - 8, 0.4)
            c.text(36, y + 4, g["advance"][0], 8, bold=True)
            c.text(36, y + 18, g["advance"][1], 9)
        return c.output()

    exp = call_sheet(title, day, call, p, location_extra=[g["set"]])
    return _sheet(f"ordem_{key}", "ordem_do_dia", "Brazil/Portugal ordem do dia", make, exp)


# --- Indian shift call sheet: ruled two-column table, shift line -----------------------------


def _shift(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH3[key]
    rise, fall = p.sun(day)

    def t(x: str) -> str:
        return hm(x, g["time"])

    def make() -> bytes:
        c = Canvas("a4", g["font"])
        w = c.width
        for k, line in enumerate(g["banner"]):
            lw = measure_bold(c, line, 9 if k else 11, bold=not k)
            c.text((w - lw) / 2, 40 + 13 * k, line, 9 if k else 11, bold=not k)
        tw = measure_bold(c, f'"{title}"', 18)
        c.text((w - tw) / 2, 92, f'"{title}"', 18, bold=True)
        c.text((w - 90) / 2, 108, "CALL SHEET", 11, bold=True)
        table = [
            ("DATE", g["date"]),
            ("SHOOT DAY", g["day_no"]),
            ("SHIFT", g["shift"]),
            (g["call_label"], t(call)),
            *[(lab, t(add_minutes(call, off))) for off, lab in g["times"]],
            ("LOCATION", f"{p.name}, {p.street}"),
            ("", p.city),
            ("SET", g["set"]),
            ("UNIT PARKING", p.base),
            ("SUNRISE", t(rise)),
            ("SUNSET", t(fall)),
            ("NEAREST HOSPITAL", p.hospital),
            ("", f"{p.hospital_address}, Ph: {p.hospital_phone}"),
        ]
        y0, rh = 124.0, 17.0
        c.grid(50, y0, [150, w - 200], [rh] * len(table))
        for k, (lab, val) in enumerate(table):
            yb = y0 + rh * k + 12
            c.text(56, yb, lab, 8.5, bold=True)
            fit(c, 206, yb, val, 9.5, w - 262, bold=lab == g["call_label"])
        y = y0 + rh * len(table) + 24
        c.text(50, y, "SCENES", 8.5, bold=True)
        for k, sc in enumerate(g["scenes"]):
            c.text(50, y + 13 * (k + 1), sc, 8.5)
        y += 13 * (len(g["scenes"]) + 2)
        c.text(50, y, g["note"], 8.5)
        return c.output()

    exp = call_sheet(title, day, call, p, location_extra=[g["set"]])
    return _sheet(f"shift_{key}", "india_shift", "Indian shift call sheet", make, exp)


def wrap(c: Canvas, text: str, size: float, width: float) -> list[str]:
    """Flow a paragraph into lines as a word processor does."""
    c._font(text, size, False, None)
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if line and c.pdf.get_string_width(trial) > width:
            lines.append(line)
            trial = word
        line = trial
    return [*lines, line]


# --- student film: a word-processor document written as prose -----------------------------


def _prose(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH3[key]
    rise, fall = p.sun(day)

    def t(x: str) -> str:
        return hm(x, g["time"])

    def make() -> bytes:
        c = Canvas("letter", g["font"])
        x = 72.0
        y = 72.0
        c.text(x, y, title, 20, bold=True)
        y += 18
        c.text(x, y, g["subtitle"], 11)
        y += 28
        for para in g["paras"]:
            heading = para.startswith("#")
            text = (
                para.lstrip("#")
                .format(
                    call=t(call),
                    talent=t(add_minutes(call, 60)),
                    lunch=t(add_minutes(call, 300)),
                    wrap=t(add_minutes(call, 600)),
                    meet=t(add_minutes(call, -15)),
                    rise=t(rise),
                    fall=t(fall),
                    p=p,
                    date=g["date"],
                )
                .replace("m..", "m.")
            )  # AP style: "p.m." ends the sentence too
            if heading:
                c.text(x, y + 4, text, 13, bold=True)
                y += 22
                continue
            for line in wrap(c, text.replace("\n", " "), 11, c.width - 2 * x):
                c.text(x, y, line, 11)
                y += 15
            y += 8
        return c.output()

    exp = call_sheet(title, day, call, p, sun=g.get("expect_sun"), location_extra=g["extra"])
    return _sheet(f"prose_{key}", "student_prose", "student film, word-processor prose", make, exp)


# --- Google Sheets printed with gridlines: every cell ruled, spreadsheet time format --------


def _gsheet(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH3[key]
    rise, fall = p.sun(day)

    def t(x: str) -> str:
        return hm(x, "sheets")

    def make() -> bytes:
        c = Canvas("letter", "helvetica", orientation="L")
        cols = [118.0, 150.0, 118.0, 150.0, 100.0, 96.0]
        x0, y0, rh = 36.0, 36.0, 15.0
        # cells: (row, col, text, bold); a row may be tall (wrapped text)
        cells: list[tuple[int, int, str, bool]] = [
            (0, 0, title, True),
            (0, 4, "CALL SHEET", True),
            (1, 0, g["company"], False),
            (1, 4, "Day", True),
            (1, 5, g["day_no"], False),
            (2, 0, "Date", True),
            (2, 1, g["date"], False),
            (2, 2, g["call_label"], True),
            (2, 3, t(call), True),
            (3, 0, "Sunrise", True),
            (3, 1, t(rise), False),
            (3, 2, "Sunset", True),
            (3, 3, t(fall), False),
        ]
        r = 4
        for off, lab in g["times"]:
            cells += [(r, 2, lab, False), (r, 3, t(add_minutes(call, off)), False)]
            r += 1
        r += 1
        cells += [(r, 0, "LOCATION 1", True), (r, 1, p.name, False)]
        cells += [(r + 1, 0, "Address", True), (r + 1, 1, p.street, False)]
        cells += [(r + 2, 1, p.city, False)]
        if g.get("second"):
            s = SECOND[key]
            cells += [(r, 2, "LOCATION 2", True), (r, 3, s[0], False)]
            cells += [(r + 1, 2, "Address", True), (r + 1, 3, s[1], False)]
            cells += [(r + 2, 3, s[2], False)]
        cells += [(r, 4, "Parking", True), (r, 5, p.base_street, False)]
        cells += [(r + 1, 5, p.base_city, False)]
        r += 4
        cells += [(r, 0, "Nearest Hospital", True), (r, 1, p.hospital, False)]
        cells += [(r + 1, 1, p.hospital_street, False), (r + 2, 1, p.hospital_city, False)]
        cells += [(r + 3, 1, p.hospital_phone, False)]
        cells += [(r, 2, "Weather", True), (r, 3, g["weather"], False)]
        r += 5
        cells += [(r, k, h, True) for k, h in enumerate(["Scene", "Set", "D/N", "Pages", "Cast"])]
        for k, sc in enumerate(g["scenes"]):
            cells += [(r + 1 + k, j, v, False) for j, v in enumerate(sc)]
        n_rows = r + 2 + len(g["scenes"])
        c.grid(x0, y0, cols, [rh] * n_rows)
        taken = {(row, col) for row, col, _, _ in cells}
        for row, col, text, bold in cells:
            x = x0 + sum(cols[:col]) + 3
            size = 12 if (row == 0 and col == 0) else 9
            # long text overflows into the empty cell at its right, as Sheets prints it
            free = col + 1 < len(cols) and (row, col + 1) not in taken
            width = cols[col] + cols[col + 1] - 6 if free else cols[col] - 6
            fit(c, x, y0 + rh * row + 11, text, size, width, bold=bold)
        return c.output()

    exp = call_sheet(title, day, call, p)
    return _sheet(f"gsheet_{key}", "sheets_export", "Google Sheets gridline export", make, exp)


def sheets() -> list[Sheet]:
    return [
        *_swiss_sheets(),
        *_service_sheets(),
        *_nl_sheets(),
        *_ordem_sheets(),
        *_shift_sheets(),
        *_prose_sheets(),
        *_gsheet_sheets(),
    ]


def _swiss_sheets() -> list[Sheet]:
    zd, gd, ld = D(2026, 4, 15), D(2026, 5, 12), D(2026, 9, 17)
    return [
        _swiss(
            "zurich",
            "DER LETZTE ZUG",
            zd,
            "07:30",
            {
                "font": "helvetica",
                "company": "Limmat Film GmbH · Hardstrasse 201 · 8005 Zürich",
                "doc": "TAGESDISPO Nr. 9",
                "day_no": "Drehtag 9 von 24",
                "date": f"{wd(zd, 'de')}, {zd.day}. {month(zd, 'de')} {zd.year}",
                "time": "uhr",
                "times_head": "ZEITEN",
                "times": [
                    (-60, "Produktion / Aufbau Basis"),
                    (-45, "Maske & Kostüm (Darsteller 1, 2)"),
                    (-15, "Frühstück an der Basis"),
                    (0, "Besammlung Crew am Set"),
                    (60, "Drehbeginn"),
                    (300, "Mittagessen"),
                    (600, "Voraussichtliches Drehende"),
                ],
                "sun_head": "SONNE / WETTER",
                "sun": ("Sonnenaufgang", "Sonnenuntergang"),
                "weather": "bewölkt, 8-15 °C",
                "labels": ("Motiv:", "Drehort:", "Basis / Parkplatz:", "Notfall / Spital:"),
                "motiv": "INT. HALLE - Bahnhof",
                "scenes_head": "BILD  MOTIV                       T/N   SEITEN  ROLLEN",
                "scenes": [
                    "12    INT. HALLE - BAHNHOF        T     1 4/8   1, 2",
                    "13    INT. STELLWERK               T     0 6/8   1",
                    "19    EXT. GLEIS 3                 A     1 1/8   1, 2, 5",
                ],
                "advance": (
                    f"VORSCHAU {wd(zd + dt.timedelta(1), 'de')}, {zd.day + 1}. "
                    f"{month(zd, 'de')} (Drehtag 10)",
                    "Besammlung Crew 06.00 Uhr · Motiv: EXT. Seeufer, Mythenquai 9, 8002 Zürich",
                ),
            },
        ),
        _swiss(
            "geneve",
            "LES EAUX VIVES",
            gd,
            "07:00",
            {
                "font": "serif",
                "company": "Rhône Productions SA · Genève",
                "doc": "DISPOSITION DU JOUR / TAGESDISPO N° 4",
                "day_no": "Jour de tournage 4 / Drehtag 4 (sur 20)",
                "date": (
                    f"{wd(gd, 'fr')} {gd.day} {month(gd, 'fr')} {gd.year} / "
                    f"{wd(gd, 'de')}, {gd.day}. {month(gd, 'de')} {gd.year}"
                ),
                "time": "fr_h",
                "times_head": "HORAIRES / ZEITEN",
                "times": [
                    (-45, "HMC / Maske"),
                    (-30, "Petit-déjeuner / Frühstück"),
                    (0, "Rendez-vous équipe / Besammlung Crew"),
                    (75, "PAT / Drehbeginn"),
                    (330, "Repas / Mittagessen"),
                    (630, "Fin de journée / Drehschluss"),
                ],
                "sun_head": "SOLEIL / SONNE",
                "sun": ("Lever / Aufgang", "Coucher / Untergang"),
                "weather": "ensoleillé, 12-22 °C",
                "labels": (
                    "Décor / Motiv :",
                    "Lieu / Drehort :",
                    "Base / Basis :",
                    "Urgences / Notfall :",
                ),
                "motiv": "EXT. BARRAGE",
                "scenes_head": "SÉQ.  DÉCOR                       J/N   PAGES   RÔLES",
                "scenes": [
                    "31    EXT. BARRAGE                J     2 0/8   1, 4",
                    "32    EXT. PASSERELLE             J     0 5/8   4",
                ],
            },
        ),
        _swiss(
            "lugano",
            "IL LAGO NERO",
            ld,
            "08:00",
            {
                "font": "condensed",
                "company": "Ceresio Film Sagl · Lugano",
                "doc": "ORDINE DEL GIORNO / TAGESDISPO 15",
                "day_no": "Giorno 15 di 32",
                "date": f"{wd(ld, 'it')} {ld:%d.%m.%Y}",
                "time": "dot",
                "times_head": "ORARI / ZEITEN",
                "times": [
                    (-60, "Trucco e costumi / Maske"),
                    (-30, "Colazione / Frühstück"),
                    (0, "Ritrovo troupe / Besammlung Crew"),
                    (45, "Prima ripresa / Drehbeginn"),
                    (300, "Pranzo / Mittagessen"),
                    (570, "Fine riprese / Drehschluss"),
                ],
                "sun_head": "SOLE / SONNE",
                "sun": ("Alba", "Tramonto"),
                "weather": "sereno, 14-24 °C",
                "labels": ("Scena / Motiv:", "Luogo / Drehort:", "Base:", "Pronto soccorso:"),
                "motiv": "INT. SALA CONGRESSI",
                "scenes_head": "SC.   AMBIENTE                    G/N   PAG.    PERSONAGGI",
                "scenes": [
                    "40    INT. SALA CONGRESSI          G     1 2/8   2, 3",
                    "41    INT. FOYER                   G     0 7/8   3",
                    "44    EXT. PIAZZA                  N     1 0/8   2, 3, 7",
                ],
            },
        ),
    ]


def _service_sheets() -> list[Sheet]:
    bd, rd, sd = D(2026, 3, 3), D(2026, 10, 15), D(2026, 5, 20)
    return [
        _service(
            "budapest",
            "THE DANUBE AFFAIR",
            bd,
            "07:15",
            {
                "font": "helvetica",
                "service": "Service production: Pannonia Film Services Kft. · 1051 Budapest",
                "client": "for Northlight Pictures (UK)",
                "date": f"{bd.year}. {bd.month:02d}. {bd.day:02d}. ({bd:%A})",
                "day_no": "Shooting day 3 of 15 (Hungary unit)",
                "time": "h24",
                "weather": "Overcast, 2-9 °C, light rain after 15:00",
                "times": [
                    (-60, "Production / locations"),
                    (-45, "HMU (cast 1, 2)"),
                    (-30, "Camera, grip, electric pre-call"),
                    (-30, "Breakfast"),
                    (0, "CREW CALL"),
                    (45, "Shooting call"),
                    (345, "Lunch"),
                    (660, "Est. wrap"),
                ],
                "scenes": [
                    "7    INT. BALLROOM - VIGADO             D     2 1/8   1, 2, 6",
                    "9    INT. STAIRCASE                     D     0 4/8   1",
                ],
            },
        ),
        _service(
            "bucuresti",
            "RED SQUARE PROTOCOL",
            rd,
            "06:45",
            {
                "font": "sans",
                "service": "Service production: Carpatia Line Production SRL · București",
                "client": "for Eastbound Films LLC (US)",
                "date": f"{rd:%a} {rd.day}.{ROMAN[rd.month - 1]}.{rd.year}",
                "day_no": "Day 11 / 26",
                "time": "h24_short",
                "weather": "Sunny, 8-19 °C",
                "second": True,
                "times": [
                    (-45, "Make-up & hair"),
                    (-30, "Breakfast (unit base)"),
                    (-15, "Electric & grip pre-call"),
                    (0, "General crew call"),
                    (60, "First shot"),
                    (360, "Lunch"),
                    (480, "Company move to Location 2"),
                    (690, "Wrap"),
                ],
                "scenes": [
                    "21   INT. CONCERT HALL                  D     1 6/8   1, 3",
                    "22   INT. BACKSTAGE CORRIDOR            D     0 3/8   3",
                    "48   EXT. PALACE GARDEN (LOC 2)         D     1 0/8   1, 2",
                ],
            },
        ),
        _service(
            "sofia",
            "IRON MERIDIAN",
            sd,
            "08:00",
            {
                "font": "condensed",
                "service": "Service production: Balkan Unit Services EOOD · Sofia",
                "client": "for Meridian Pictures GmbH (DE)",
                "date": f"{sd:%a} {sd:%d/%m/%y}",
                "day_no": "Day 18 of 40",
                "time": "h24",
                "weather": "Showers, 11-21 °C",
                "times": [
                    (-90, "Drivers / unit base opens"),
                    (-60, "HMU & costume"),
                    (-20, "Breakfast"),
                    (0, "Unit call"),
                    (60, "Shooting call"),
                    (330, "Lunch"),
                    (600, "Camera wrap"),
                ],
                "scenes": [
                    "55   INT. CONGRESS HALL                 D     2 3/8   1, 2, 4",
                    "56   INT. LOBBY                         D     0 7/8   2",
                ],
            },
        ),
    ]


def _nl_sheets() -> list[Sheet]:
    ad, rd, gd = D(2026, 3, 3), D(2026, 6, 11), D(2026, 10, 14)
    return [
        _draaidag(
            "amsterdam",
            "DE VERLOREN ZOON",
            ad,
            "07:30",
            {
                "font": "helvetica",
                "company": "Grachtenfilm B.V.",
                "day_label": "DRAAIDAG",
                "day_no": "5 van 22",
                "date": f"{wd(ad, 'nl')} {ad.day} {month(ad, 'nl')} {ad.year}",
                "sent": "verstuurd: ma 2 maart 2026, 19:40",
                "time": "h24",
                "times": [
                    (-45, "Make-up & kostuum", ""),
                    (-30, "Ontbijt (basis)", ""),
                    (0, "Verzamelen crew", " (op set)"),
                    (60, "Eerste opname", ""),
                    (330, "Lunch", ""),
                    (630, "Verwacht einde", ""),
                ],
                "set": "INT. ZAAL 1",
                "sun": ("Zonsopkomst", "Zonsondergang"),
                "weather": "bewolkt, 3-8 °C",
                "hospital_label": "DICHTSTBIJZIJNDE ZIEKENHUIS (SEH)",
                "scenes": [
                    "14   INT. ZAAL 1 - DAG        1 3/8 p.   Jonas, Fenna",
                    "15   INT. FOYER - DAG         0 6/8 p.   Fenna",
                ],
            },
        ),
        _draaidag(
            "rotterdam",
            "HAVENLICHT",
            rd,
            "07:30",
            {
                "font": "sans",
                "company": "Maasfilm Producties",
                "day_label": "DRAAIDAG",
                "day_no": "12/30",
                "date": f"do {rd:%d-%m-%Y}",
                "sent": "versie 2 - woensdag 10 juni 21:15",
                "time": "h24",
                "revision": "VERSIE 2 - GEWIJZIGDE CREW CALL (was 07:00): zie tijden",
                "times": [
                    (-30, "Make-up & kostuum", ""),
                    (-15, "Ontbijt", ""),
                    (0, "Crew call", "  (gewijzigd)"),
                    (45, "Eerste opname", ""),
                    (300, "Lunch", ""),
                    (600, "Verwacht einde", ""),
                ],
                "set": "INT. HOTELBAR",
                "sun": ("Zon op", "Zon onder"),
                "weather": "zonnig, 14-23 °C",
                "hospital_label": "ZIEKENHUIS (SPOEDEISENDE HULP)",
                "scenes": [
                    "33   INT. HOTELBAR - DAG      2 0/8 p.   Ilse, Daan",
                    "34   EXT. KADE - AVOND        0 5/8 p.   Daan",
                ],
            },
        ),
        _draaidag(
            "gent",
            "DE GRAVIN",
            gd,
            "07:30",
            {
                "font": "serif",
                "company": "Scheldefilm bv · Gent",
                "day_label": "OPNAMEDAG",
                "day_no": "8 / 25",
                "date": f"{wd(gd, 'nl')} {gd:%d/%m/%Y}",
                "sent": "callsheet verstuurd op dinsdag 13/10 om 18u05",
                "time": "be",
                "times": [
                    (-60, "Productie", ""),
                    (-45, "Grime & kostuum", ""),
                    (0, "Verzamelen ploeg", ""),
                    (60, "Eerste draaibeurt", ""),
                    (300, "Middagmaal", ""),
                    (600, "Einde draaidag", ""),
                ],
                "set": "INT. RIDDERZAAL",
                "sun": ("Zonsopgang", "Zonsondergang"),
                "weather": "regen, 9-14 °C",
                "hospital_label": "DICHTSTBIJZIJNDE SPOEDDIENST",
                "scenes": [
                    "21   INT. RIDDERZAAL - DAG    1 7/8 p.   Gravin, Pieter",
                    "22   EXT. SLOTGRACHT - DAG    0 4/8 p.   Pieter",
                ],
            },
        ),
    ]


def _ordem_sheets() -> list[Sheet]:
    sd, rd, ld = D(2026, 3, 3), D(2026, 7, 11), D(2026, 10, 14)
    return [
        _ordem(
            "saopaulo",
            "O CORO",
            sd,
            "07:30",
            {
                "font": "helvetica",
                "doc": "ORDEM DO DIA Nº 7",
                "company": "Paulistana Filmes Ltda.",
                "day_label": "DIÁRIA",
                "day_no": "7 / 30",
                "date": f"{wd(sd, 'pt')}, {sd.day} de {month(sd, 'pt')} de {sd.year}",
                "call_label": "CHAMADA GERAL EQUIPE",
                "first_label": "PRIMEIRO PLANO",
                "time": "br",
                "times": [
                    (-60, "Produção / base"),
                    (-45, "Maquiagem e figurino"),
                    (-30, "Café da manhã"),
                    (0, "Chamada geral equipe"),
                    (60, "Primeiro plano"),
                    (330, "Almoço"),
                    (660, "Previsão de término"),
                ],
                "weather": "Parcialmente nublado, 19-28 °C",
                "loc_label": "LOCAÇÃO 1",
                "set": "INT. PALCO",
                "base_label": "BASE / ESTACIONAMENTO",
                "scenes": [
                    "12   INT. PALCO - DIA          1 4/8   Lúcia, Coro",
                    "13   INT. CAMARIM - DIA        0 5/8   Lúcia",
                ],
            },
        ),
        _ordem(
            "rio",
            "LAPA À NOITE",
            rd,
            "06:00",
            {
                "font": "sans",
                "doc": "ORDEM DO DIA Nº 15",
                "company": "Carioca Audiovisual Ltda.",
                "day_label": "DIÁRIA",
                "day_no": "15 de 28",
                "date": f"sáb. {rd:%d/%m/%y}",
                "call_label": "CHAMADA EQUIPE",
                "first_label": "1º PLANO",
                "time": "br",
                "second": True,
                "times": [
                    (-30, "Maquiagem"),
                    (-30, "Café"),
                    (0, "Chamada equipe"),
                    (60, "1º plano"),
                    (360, "Almoço"),
                    (540, "Mudança para locação 2"),
                    (720, "Término"),
                ],
                "weather": "Sol, 18-27 °C",
                "loc_label": "LOCAÇÃO 1",
                "set": "EXT. ESCADARIA",
                "base_label": "BASE",
                "scenes": [
                    "30   EXT. ESCADARIA - DIA      2 0/8   Rafa, Nina",
                    "31   EXT. ARCOS - TARDE        1 0/8   Rafa",
                ],
                "advance": (
                    "PRÉVIA - ORDEM DO DIA DE AMANHÃ (dom. 12/07/26, diária 16)",
                    "Chamada equipe 5h30 · EXT. Praia Vermelha, Av. Pasteur, Urca · "
                    "1º plano 6h30 · Almoço 11h30",
                ),
            },
        ),
        _ordem(
            "lisboa",
            "A FÁBRICA",
            ld,
            "07:00",
            {
                "font": "serif",
                "doc": "ORDEM DE SERVIÇO / FOLHA DE SERVIÇO Nº 22",
                "company": "Tejo Filmes, Lda.",
                "day_label": "DIA",
                "day_no": "22 / 35",
                "date": f"{wd(ld, 'pt')}, {ld.day} de {month(ld, 'pt')} de {ld.year}",
                "call_label": "CONVOCATÓRIA GERAL",
                "first_label": "PRONTO A FILMAR",
                "time": "pt",
                "times": [
                    (-60, "Produção"),
                    (-45, "Caracterização e guarda-roupa"),
                    (-20, "Pequeno-almoço"),
                    (0, "Convocatória geral (equipa técnica)"),
                    (60, "Pronto a filmar"),
                    (330, "Almoço"),
                    (600, "Fim previsto"),
                ],
                "weather": "Céu limpo, 15-23 °C",
                "loc_label": "LOCAL DE FILMAGEM",
                "set": "INT. ARMAZÉM",
                "base_label": "BASE / PARQUE",
                "scenes": [
                    "40   INT. ARMAZÉM - DIA        1 2/8   Inês, Rui",
                    "41   INT. ESCRITÓRIO - DIA     0 6/8   Rui",
                ],
            },
        ),
    ]


def _shift_sheets() -> list[Sheet]:
    md, hd, jd = D(2026, 2, 24), D(2026, 8, 6), D(2026, 11, 12)
    return [
        _shift(
            "mumbai",
            "DIL KI DASTAAN",
            md,
            "07:00",
            {
                "font": "helvetica",
                "banner": ["Sapna Talkies Pvt. Ltd.", "Production Office: Bandra West, Mumbai"],
                "date": f"{md:%d-%m-%Y} ({md:%A})",
                "day_no": "Day 12 (Schedule 3)",
                "shift": "7 AM to 7 PM (General shift)",
                "call_label": "UNIT CALL",
                "time": "am",
                "times": [
                    (-30, "MAKE-UP / HAIR CALL"),
                    (-15, "BREAKFAST"),
                    (60, "FIRST SHOT"),
                    (90, "ARTIST REPORTING"),
                    (360, "LUNCH"),
                    (720, "PACK UP"),
                ],
                "set": "Haveli courtyard set, Floor 2",
                "scenes": [
                    "Sc. 44  INT. HAVELI COURTYARD - DAY   (Meera, Dadi)",
                    "Sc. 45  INT. HAVELI KITCHEN - DAY     (Meera)",
                ],
                "note": "Note: All HODs to confirm attendance to Production by 6:45 AM.",
            },
        ),
        _shift(
            "hyderabad",
            "VEERA",
            hd,
            "06:00",
            {
                "font": "sans",
                "banner": ["Godavari Creations LLP", "in association with Deccan Studios"],
                "date": f"{wd_en(hd)}, {ordinal(hd.day)} {hd:%B} {hd.year}",
                "day_no": "Shooting Day 31 of 70",
                "shift": "06:00 hrs - 18:00 hrs",
                "call_label": "CREW CALL",
                "time": "hrs",
                "times": [
                    (-60, "JUNIOR ARTISTS REPORTING"),
                    (-30, "BREAKFAST"),
                    (60, "FIRST SHOT"),
                    (120, "LEAD ARTIST CALL"),
                    (390, "LUNCH"),
                    (720, "PACK UP"),
                ],
                "set": "Palace street set",
                "scenes": [
                    "Sc. 101  EXT. PALACE STREET - DAY   (Veera, crowd 200)",
                    "Sc. 102  EXT. PALACE GATE - DAY     (Veera, Raja)",
                ],
                "note": (
                    "Tomorrow (Day 32): Crew call 05:30 hrs at the same location, "
                    "night shift from Day 33."
                ),
            },
        ),
        _shift(
            "jaipur",
            "RANGREZ",
            jd,
            "07:30",
            {
                "font": "condensed",
                "banner": ["Pink City Pictures Pvt. Ltd.", "Outdoor Schedule - Rajasthan"],
                "date": f"{jd:%a} {jd:%d.%m.%y}",
                "day_no": "Outdoor Day 4",
                "shift": "7:30 AM - 7:30 PM",
                "call_label": "CALL TIME (UNIT)",
                "time": "am",
                "times": [
                    (-90, "GENERATOR / LIGHTS"),
                    (-45, "MAKE-UP"),
                    (-15, "BREAKFAST"),
                    (75, "FIRST SHOT"),
                    (330, "LUNCH"),
                    (720, "PACK UP"),
                ],
                "set": "Sheesh Mahal courtyard",
                "scenes": [
                    "Sc. 12  EXT. FORT RAMPARTS - DAY     (Zoya, Arjun)",
                    "Sc. 14  INT. SHEESH MAHAL - DAY      (Zoya)",
                ],
                "note": "Note: Permission letter with Location Manager. No drones before 9:00 AM.",
            },
        ),
    ]


def wd_en(d: D) -> str:
    return d.strftime("%A")


def _prose_sheets() -> list[Sheet]:
    cd, ad, pd = D(2026, 3, 7), D(2026, 4, 19), D(2026, 10, 17)
    return [
        _prose(
            "chicago",
            "THE LAST BUS HOME",
            cd,
            "08:30",
            {
                "font": "helvetica",
                "subtitle": "Advanced Production II - Call Sheet (Day 2 of 3)",
                "date": f"Saturday, March {ordinal(cd.day)}, {cd.year}",
                "time": "am_low",
                "extra": [],
                "paras": [
                    "Hi everyone! Thanks for a great first day. Here's everything for {date}.",
                    "#When",
                    "Crew call is {call}. Please grab coffee before you arrive; craft services\n"
                    "opens at {meet}. Actors are called at {talent}. We'll break for lunch around\n"
                    "{lunch} and we need to be out of the theatre by {wrap} at the latest.",
                    "#Where",
                    "We're shooting at the {p.name}, {p.street}, {p.city}.\n"
                    "Park on the street or in the lot at {p.base}; please do not use\n"
                    "the theatre's customer spaces.",
                    "#Safety",
                    "The closest emergency room is at {p.hospital},\n"
                    "{p.hospital_address}, {p.hospital_phone}.",
                    "Sunrise is {rise} and sunset is {fall}; we are interior all day.",
                    "See you Saturday! - Priya (1st AD), 312-555-0142",
                ],
            },
        ),
        _prose(
            "austin",
            "BARTON SPRINGS",
            ad,
            "07:45",
            {
                "font": "serif",
                "subtitle": "RTF 344 thesis film - Call Sheet",
                "date": f"Sunday, April {ad.day}, {ad.year}",
                "time": "ap",
                "expect_sun": (None, FRESH3["austin"].sun(ad)[1]),
                "extra": ["picnic area by the pool entrance"],
                "paras": [
                    "#{date}",
                    "Hey crew, this is our one exterior day so please be on time. General crew\n"
                    "call is {call} at the picnic area by the pool entrance, {p.name},\n"
                    "{p.address}. Camera and grip, if you can come at {meet} to unload the van,\n"
                    "that would be amazing.",
                    "Cast arrive at {talent}. Lunch is tacos at {lunch}. Sunset is at {fall}\n"
                    "so our last setup is the golden-hour shot; wrap is around {wrap}.",
                    "Parking: the lot at {p.base} (it fills up by 9, carpool if you can).",
                    "In an emergency call 911. Nearest hospital: {p.hospital},\n"
                    "{p.hospital_street}, {p.hospital_city}.",
                    "Thanks!! - Marcus (producer)",
                ],
            },
        ),
        _prose(
            "portland",
            "PAPER CUTS",
            pd,
            "10:00",
            {
                "font": "helvetica",
                "subtitle": "PSU Film 2026 - production notes & call sheet",
                "date": f"{pd.month}/{pd.day}/{pd:%y}",
                "time": "hour",
                "extra": [],
                "paras": [
                    "Date: {date} (Saturday). Day 1 of 2.",
                    "We have the bookstore before it opens, so crew call is {call} sharp at\n"
                    "the staff entrance of {p.name} ({p.street}, {p.city}).\n"
                    "Breakfast burritos at {meet}. Talent call {talent}, lunch {lunch},\n"
                    "and we wrap by {wrap}.",
                    "Sun: up {rise}, down {fall}. Rain is likely: bring layers.",
                    "Crew parking: garage at {p.base}.",
                    "Hospital: {p.hospital}, {p.hospital_address}.",
                    "Next weekend (Day 2) crew call will be 8 AM at the director's apartment;\n"
                    "a separate sheet will follow.",
                ],
            },
        ),
    ]


def _gsheet_sheets() -> list[Sheet]:
    dd, nd, vd = D(2026, 9, 8), D(2026, 5, 20), D(2026, 11, 12)
    return [
        _gsheet(
            "denver",
            "MILE HIGH",
            dd,
            "07:30",
            {
                "company": "Front Range Films LLC",
                "day_no": "3 of 12",
                "date": f"{dd.month}/{dd.day}/{dd.year}",
                "call_label": "General Crew Call",
                "second": True,
                "weather": "Sunny, 55-82 F",
                "times": [
                    (-60, "Production / Locations"),
                    (-45, "HMU"),
                    (-30, "Breakfast"),
                    (60, "Shooting Call"),
                    (330, "Lunch"),
                    (450, "Company Move (Loc 2)"),
                    (660, "Est. Wrap"),
                ],
                "scenes": [
                    ("14", "INT. UNION STATION - GREAT HALL", "D", "2 1/8", "1, 2"),
                    ("15", "INT. CRAWFORD HOTEL LOBBY", "D", "0 6/8", "2"),
                    ("31", "EXT. COORS FIELD - GATE A", "D", "1 0/8", "1, 3"),
                ],
            },
        ),
        _gsheet(
            "nashville",
            "HONKY TONK HEART",
            nd,
            "06:45",
            {
                "company": "Broadway Bound Pictures",
                "day_no": "9 of 21",
                "date": f"{nd:%A}, {nd:%B} {nd.day}, {nd.year}",
                "call_label": "CREW CALL",
                "weather": "Scattered storms, 64-83 F",
                "times": [
                    (-45, "Camera / Grip / Electric pre-call"),
                    (-30, "Breakfast"),
                    (-15, "Safety meeting"),
                    (45, "Talent call"),
                    (75, "First shot"),
                    (345, "Lunch"),
                    (645, "Wrap"),
                ],
                "scenes": [
                    ("42", "INT. RYMAN - STAGE", "N", "3 0/8", "1, 4, 5"),
                    ("43", "INT. RYMAN - PEWS", "N", "1 2/8", "4"),
                ],
            },
        ),
        _gsheet(
            "vancouver",
            "NORTHERN LIGHTS",
            vd,
            "08:00",
            {
                "company": "Coast Mountain Productions Inc.",
                "day_no": "17 of 20",
                "date": f"{vd:%Y-%m-%d}",
                "call_label": "Call",
                "weather": "Rain, 6-10 C",
                "times": [
                    (-60, "Hair & Makeup"),
                    (-30, "Breakfast"),
                    (60, "Shooting Call"),
                    (360, "Lunch (hot)"),
                    (690, "Wrap"),
                    (720, "Camera Wrap"),
                ],
                "scenes": [
                    ("88", "INT. ORPHEUM - AUDITORIUM", "D", "2 4/8", "1, 2"),
                    ("90", "INT. ORPHEUM - BALCONY", "D", "0 5/8", "2, 6"),
                ],
            },
        ),
    ]
