"""Sixth held-out set: layouts and wording no reader rule was tuned to (`fresh5_`).

Built without reading the reader (`pipeline/extract/`): each family follows a documented
real-world convention (CONVENTIONS.md, "fresh5"). Croatian / Serbian "dnevni plan snimanja",
Baltic sheets glossed in the local language and English on every label, expedition-ship day
programmes (ship's time, tides, muster at the gangway), a call sheet quoted under an email reply,
a revised sheet with the superseded values struck through and the new ones beside them, a UK
"call sheet & movement order" (directions from the motorway to the unit base, the set and A&E),
and West African (Lagos, Accra, Abuja) production sheets with the title in curly quotes. Three
near-miss documents (a location agreement, a crew deal memo, a hotel rooming list) mention call
times, dates and addresses and must read as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.corpus.draw import Canvas, black, centre, grey, struck
from tests.corpus.formats import add_minutes, ordinal
from tests.corpus.fresh_common import clock, sheet_maker
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, call_sheet, fit

D = dt.date
OTHER = {"document_type": "other"}

FRESH5: dict[str, Place] = {
    # Croatia / Serbia
    "zagreb": _p(
        "hr",
        "Markov trg (Gornji grad)",
        "Trg sv. Marka 6",
        "10000 Zagreb",
        45.8163,
        15.9735,
        "Europe/Zagreb",
        "KBC Sestre milosrdnice",
        "Vinogradska cesta 29",
        "10000 Zagreb",
        "+385 1 3787 111",
        "Park Grič, Mesnička ul. 5",
        "10000 Zagreb",
    ),
    "belgrade": _p(
        "rs",
        "Dorćol Platz",
        "Dobračina 59b",
        "11000 Beograd",
        44.8231,
        20.4637,
        "Europe/Belgrade",
        "Urgentni centar UKCS",
        "Pasterova 2",
        "11000 Beograd",
        "+381 11 3618 444",
        "Parking Dunavska 17",
        "11000 Beograd",
    ),
    "split": _p(
        "hr",
        "Dioklecijanova palača - Peristil",
        "Dioklecijanova ul. 1",
        "21000 Split",
        43.5083,
        16.4402,
        "Europe/Zagreb",
        "KBC Split - Firule",
        "Spinčićeva 1",
        "21000 Split",
        "+385 21 556 111",
        "Parking Zapadna obala 2",
        "21000 Split",
    ),
    # Baltic
    "vilnius": _p(
        "lt",
        "Lietuvos nacionalinis dramos teatras",
        "Gedimino pr. 4",
        "LT-01103 Vilnius",
        54.6872,
        25.2797,
        "Europe/Vilnius",
        "Vilniaus universiteto ligoninė Santaros klinikos",
        "Santariškių g. 2",
        "LT-08661 Vilnius",
        "+370 5 236 5000",
        "Vilniaus g. 39",
        "LT-01402 Vilnius",
    ),
    "riga": _p(
        "lv",
        "Latvijas Nacionālā opera",
        "Aspazijas bulvāris 3",
        "Rīga, LV-1050",
        56.9496,
        24.1145,
        "Europe/Riga",
        "Rīgas Austrumu klīniskā universitātes slimnīca",
        "Hipokrāta iela 2",
        "Rīga, LV-1038",
        "+371 6704 2000",
        "13. janvāra iela 1",
        "Rīga, LV-1050",
    ),
    "tallinn": _p(
        "ee",
        "Kadrioru loss",
        "A. Weizenbergi 37",
        "10127 Tallinn",
        59.4380,
        24.7910,
        "Europe/Tallinn",
        "Põhja-Eesti Regionaalhaigla",
        "J. Sütiste tee 19",
        "13419 Tallinn",
        "+372 617 1300",
        "Narva mnt 92",
        "10127 Tallinn",
    ),
    # expedition ships, alongside
    "halifax": _p(
        "ca",
        "Pier 21 (cruise pavilion, berth 22)",
        "1055 Marginal Rd",
        "Halifax, NS B3H 4P7",
        44.6370,
        -63.5650,
        "America/Halifax",
        "QEII Health Sciences Centre - Halifax Infirmary",
        "1796 Summer St",
        "Halifax, NS B3H 3A7",
        "(902) 473-2700",
        "Pier 20 lay-down area, Marginal Rd",
        "Halifax, NS B3H 4P7",
    ),
    "tromso": _p(
        "no",
        "Prostneset, Hurtigruten quay",
        "Samuel Arnesens gate 5",
        "9008 Tromsø",
        69.6480,
        18.9590,
        "Europe/Oslo",
        "Universitetssykehuset Nord-Norge (UNN Tromsø)",
        "Hansine Hansens veg 67",
        "9019 Tromsø",
        "+47 77 62 60 00",
        "Stortorget 1",
        "9008 Tromsø",
    ),
    "reykjavik": _p(
        "is",
        "Harpa quay (Austurbakki)",
        "Austurbakki 2",
        "101 Reykjavík",
        64.1503,
        -21.9326,
        "Atlantic/Reykjavik",
        "Landspítali Fossvogi (A&E)",
        "Sléttuvegur 2",
        "108 Reykjavík",
        "+354 543 1000",
        "Miðbakki, Geirsgata",
        "101 Reykjavík",
    ),
    # email thread
    "chicago": _p(
        "us",
        "The Rookery Building",
        "209 S LaSalle St",
        "Chicago, IL 60604",
        41.8789,
        -87.6321,
        "America/Chicago",
        "Northwestern Memorial Hospital",
        "251 E Huron St",
        "Chicago, IL 60611",
        "(312) 926-2000",
        "Lower Wacker Dr at Wells St",
        "Chicago, IL 60606",
    ),
    "vancouver": _p(
        "ca",
        "Waterfront Station",
        "601 W Cordova St",
        "Vancouver, BC V6B 1G1",
        49.2856,
        -123.1115,
        "America/Vancouver",
        "St. Paul's Hospital",
        "1081 Burrard St",
        "Vancouver, BC V6Z 1Y6",
        "(604) 682-2344",
        "Impark lot, 150 W Cordova St",
        "Vancouver, BC V6B 1E7",
    ),
    "austin": _p(
        "us",
        "Texas State Capitol",
        "1100 Congress Ave",
        "Austin, TX 78701",
        30.2747,
        -97.7404,
        "America/Chicago",
        "Dell Seton Medical Center",
        "1500 Red River St",
        "Austin, TX 78701",
        "(512) 324-7000",
        "Capitol Visitors Parking Garage, 1201 San Jacinto Blvd",
        "Austin, TX 78701",
    ),
    # revised (struck-through) sheets
    "neworleans": _p(
        "us",
        "Gallier House",
        "1132 Royal St",
        "New Orleans, LA 70116",
        29.9609,
        -90.0609,
        "America/Chicago",
        "University Medical Center New Orleans",
        "2000 Canal St",
        "New Orleans, LA 70112",
        "(504) 702-3000",
        "Esplanade Ave neutral ground lot",
        "New Orleans, LA 70116",
    ),
    "denver": _p(
        "us",
        "Denver Union Station",
        "1701 Wynkoop St",
        "Denver, CO 80202",
        39.7527,
        -105.0002,
        "America/Denver",
        "Denver Health Medical Center",
        "777 Bannock St",
        "Denver, CO 80204",
        "(303) 436-6000",
        "Lot 2, 1800 Wewatta St",
        "Denver, CO 80202",
    ),
    "glasgow": _p(
        "uk",
        "Kelvingrove Art Gallery and Museum",
        "Argyle St",
        "Glasgow G3 8AG",
        55.8686,
        -4.2906,
        "Europe/London",
        "Queen Elizabeth University Hospital",
        "1345 Govan Rd",
        "Glasgow G51 4TF",
        "0141 201 1100",
        "Kelvin Way (closed to traffic)",
        "Glasgow G3 7TA",
    ),
    # UK movement orders
    "bath": _p(
        "uk",
        "No. 1 Royal Crescent",
        "1 Royal Cres",
        "Bath BA1 2LR",
        51.3870,
        -2.3680,
        "Europe/London",
        "Royal United Hospital",
        "Combe Park",
        "Bath BA1 3NG",
        "01225 428331",
        "Royal Victoria Park coach park, Marlborough Ln",
        "Bath BA1 2NQ",
    ),
    "york": _p(
        "uk",
        "Treasurer's House",
        "Minster Yard",
        "York YO1 7JL",
        53.9627,
        -1.0803,
        "Europe/London",
        "York Hospital",
        "Wigginton Rd",
        "York YO31 8HE",
        "01904 631313",
        "Union Terrace car park, Clarence St",
        "York YO31 7ES",
    ),
    "liverpool": _p(
        "uk",
        "St George's Hall",
        "St George's Pl",
        "Liverpool L1 1JJ",
        53.4086,
        -2.9800,
        "Europe/London",
        "Royal Liverpool University Hospital",
        "Prescot St",
        "Liverpool L7 8XP",
        "0151 706 2000",
        "Lime St coach lay-by, St John's Ln",
        "Liverpool L1 1HF",
    ),
    # West Africa
    "lagos": _p(
        "ng",
        "Terra Kulture",
        "1376 Tiamiyu Savage St",
        "Victoria Island, Lagos 106104",
        6.4281,
        3.4219,
        "Africa/Lagos",
        "Reddington Hospital",
        "12 Idowu Martins St",
        "Victoria Island, Lagos",
        "+234 1 271 5340",
        "Eko Hotel car park, Adetokunbo Ademola St",
        "Victoria Island, Lagos",
    ),
    "accra": _p(
        "gh",
        "Jamestown Lighthouse",
        "High St, Jamestown",
        "Accra (GA-051-3790)",
        5.5336,
        -0.2137,
        "Africa/Accra",
        "Korle Bu Teaching Hospital",
        "Guggisberg Ave, Korle Bu",
        "Accra (GA-221-1457)",
        "+233 302 739 510",
        "Brazil House forecourt, High St",
        "Accra",
    ),
    "abuja": _p(
        "ng",
        "Millennium Park",
        "Shehu Shagari Way",
        "Maitama, Abuja 904101",
        9.0710,
        7.4950,
        "Africa/Lagos",
        "National Hospital Abuja",
        "Plot 132 Central Business District",
        "Abuja 900211",
        "+234 9 290 8400",
        "Park gate 2 car park, Shehu Shagari Way",
        "Maitama, Abuja",
    ),
}


def hm(hhmm: str, style: str) -> str:
    """A 24-hour 'HH:MM' as the family's sheets print it."""
    h, m, h12, ap = clock(hhmm)
    return {
        "h24": f"{h:02d}:{m:02d}",
        "h24_h": f"{h:02d}:{m:02d} h",  # Croatian / Serbian "07:00 h"
        "dot_sati": f"{h}.{m:02d} sati",  # Croatian "7.00 sati"
        "ship": f"{h:02d}{m:02d}",  # ship's time "0630"
        "mil": f"{h:02d}{m:02d}",
        "am": f"{h12}:{m:02d} {ap}",
        "am_low": f"{h12}:{m:02d}{ap.lower()}",  # "7:00am"
        "am_bare": (f"{h12}{ap.lower()}" if m == 0 else f"{h12}:{m:02d}{ap.lower()}"),  # "7am"
    }[style]


_sheet = sheet_maker("fresh5")


# --- Croatia / Serbia: "DNEVNI PLAN SNIMANJA" -------------------------------------------------

HR_DAYS = ["ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja"]
HR_MONTHS = [
    "siječnja",
    "veljače",
    "ožujka",
    "travnja",
    "svibnja",
    "lipnja",
    "srpnja",
    "kolovoza",
    "rujna",
    "listopada",
    "studenoga",
    "prosinca",
]
SR_DAYS = ["ponedeljak", "utorak", "sreda", "četvrtak", "petak", "subota", "nedelja"]
SR_MONTHS = [
    "januar",
    "februar",
    "mart",
    "april",
    "maj",
    "jun",
    "jul",
    "avgust",
    "septembar",
    "oktobar",
    "novembar",
    "decembar",
]


def hr_date(d: D) -> str:
    return f"{HR_DAYS[d.weekday()]}, {d.day}. {HR_MONTHS[d.month - 1]} {d.year}."


def sr_date(d: D) -> str:
    return f"{SR_DAYS[d.weekday()]}, {d.day}. {SR_MONTHS[d.month - 1]} {d.year}."


def _balkan(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH5[key]
    rise, fall = p.sun(day)

    def t(x: str) -> str:
        return hm(x, g["time"])

    def make() -> bytes:
        c = Canvas("a4", "sans")
        x1 = c.width - 40
        c.text(40, 40, g["company"], 8)
        c.text(40, 51, g["company2"], 7.5)
        c.right(x1, 40, g["doc"], 11, bold=True)
        c.right(x1, 53, g["sent"], 7.5)
        centre(c, 86, title, 22)
        centre(c, 102, g["sub"], 9, bold=False)
        # a band of four cells, label above value
        widths = [190.0, 90.0, 115.0, x1 - 40 - 395.0]
        c.grid(40, 114, widths, [36])
        heads = g["band"]
        vals = [g["date"], g["day_no"], t(call), f"{t(rise)} / {t(fall)}"]
        x = 40.0
        for w, head, val in zip(widths, heads, vals, strict=True):
            fit(c, x + 4, 123, head, 6.5, w - 8, bold=True)
            fit(c, x + 4, 141, val, 10 if head != heads[2] else 13, w - 8, bold=head == heads[2])
            x += w
        # SATNICA: label left, time right-aligned, dotted rule between
        y = 176.0
        c.text(40, y, g["sched_head"], 9, bold=True)
        y += 15
        for off, label in g["sched"]:
            c.text(46, y, label, 9)
            c.right(270, y, t(add_minutes(call, off)), 9)
            c.hline(46, 270, y + 3, 0.2)
            y += 13.5
        # right column: location block
        xr, yr = 300.0, 176.0
        c.text(xr, yr, g["loc_head"], 9, bold=True)
        c.text(xr, yr + 15, g["set_label"], 7.5, bold=True)
        c.text(xr + 70, yr + 15, g["set"], 9)
        c.text(xr, yr + 29, g["venue_label"], 7.5, bold=True)
        c.text(xr + 70, yr + 29, p.name, 9)
        c.text(xr, yr + 43, g["addr_label"], 7.5, bold=True)
        c.text(xr + 70, yr + 43, p.address, 9)
        c.text(xr, yr + 63, g["base_label"], 7.5, bold=True)
        c.text(xr + 70, yr + 63, p.base, 9)
        c.text(xr, yr + 83, g["weather_label"], 7.5, bold=True)
        c.text(xr + 70, yr + 83, g["weather"], 9)
        y = max(y, yr + 100) + 14
        c.box(40, y - 12, x1 - 40, 46, 0.8)
        c.text(46, y, g["hosp_label"], 8, bold=True)
        c.text(46, y + 14, f"{p.hospital}, {p.hospital_address}", 9.5)
        c.text(46, y + 27, f"tel. {p.hospital_phone}   ·   {g['emergency']}", 8.5)
        y += 56
        c.text(40, y, g["scenes_head"], 9, bold=True)
        c.text(40, y + 14, g["scene_cols"], 7.5, bold=True)
        for k, sc in enumerate(g["scenes"]):
            c.text(40, y + 28 + 13 * k, sc, 8.5, family="mono")
        y += 28 + 13 * len(g["scenes"]) + 16
        c.text(40, y, g["footer"], 8)
        return c.output()

    exp = call_sheet(title, day, call, p, location_extra=[g["set"]])
    return _sheet(f"balkan_{key}", "balkan_dnevni", "Croatian / Serbian dnevni plan", make, exp)


def _balkan_sheets() -> list[Sheet]:
    zd, bd, sd = D(2026, 4, 14), D(2026, 8, 28), D(2026, 6, 15)
    return [
        _balkan(
            "zagreb",
            "GORNJI GRAD",
            zd,
            "07:00",
            {
                "time": "h24_h",
                "company": "Produkcija: Kvarner film d.o.o., Ilica 42, 10000 Zagreb",
                "company2": "Redatelj: Tomislav Barić · Prvi asistent režije: Ana Šimić",
                "doc": "DNEVNI PLAN SNIMANJA br. 12",
                "sent": f"Poslano: {hr_date(zd - dt.timedelta(days=1))} u 19:40",
                "sub": "igrani film",
                "band": (
                    "DATUM SNIMANJA",
                    "SNIMAJUĆI DAN",
                    "ZBOR EKIPE",
                    "IZLAZAK / ZALAZAK SUNCA",
                ),
                "date": hr_date(zd),
                "day_no": "12 / 30",
                "sched_head": "SATNICA",
                "sched": [
                    (-90, "Produkcija, lokacije"),
                    (-60, "Maska, frizura, kostim"),
                    (-30, "Doručak (baza)"),
                    (0, "Zbor ekipe - cijela ekipa"),
                    (60, "Početak snimanja"),
                    (330, "Ručak"),
                    (660, "Kraj snimanja (procjena)"),
                ],
                "loc_head": "LOKACIJA",
                "set_label": "Motiv:",
                "set": "EXT. TRG - SABOR",
                "venue_label": "Lokacija:",
                "addr_label": "Adresa:",
                "base_label": "Baza / parking:",
                "weather_label": "Prognoza:",
                "weather": "sunčano, 9-19 °C",
                "hosp_label": "NAJBLIŽA BOLNICA - HITNI PRIJEM",
                "emergency": "Hitna pomoć 194 / 112",
                "scenes_head": "SCENE",
                "scene_cols": "SC.   MOTIV                       D/N   STR.   GLUMCI",
                "scenes": [
                    "14    EXT. TRG SV. MARKA          D     1 2/8  1, 3",
                    "15    EXT. KAMENITA VRATA         D     0 6/8  1",
                ],
                "footer": "Sutra (dan 13): zbor ekipe 06:30 h, Maksimir - ulaz Bukovačka",
            },
        ),
        _balkan(
            "belgrade",
            "DUNAVSKI KEJ",
            bd,
            "08:00",
            {
                "time": "h24_h",
                "company": "Produkcija: Kalemegdan Pictures d.o.o., Beograd",
                "company2": "Reditelj: Milan Petrović · Prvi asistent režije: Jelena Đorđević",
                "doc": "DNEVNI PLAN SNIMANJA br. 21",
                "sent": f"Poslato: {sr_date(bd - dt.timedelta(days=1))} u 20:15",
                "sub": "TV serija · epizode 5 i 6",
                "band": ("DATUM", "SNIMAJUĆI DAN", "POZIV EKIPE", "IZLAZAK / ZALAZAK SUNCA"),
                "date": sr_date(bd),
                "day_no": "21 od 44",
                "sched_head": "SATNICA",
                "sched": [
                    (-60, "Scenografija, rasveta"),
                    (-45, "Šminka, kostim"),
                    (-30, "Doručak"),
                    (0, "Poziv ekipe (svi sektori)"),
                    (45, "Proba"),
                    (75, "Početak snimanja"),
                    (360, "Ručak"),
                    (690, "Kraj smene"),
                ],
                "loc_head": "LOKACIJA",
                "set_label": "Objekat:",
                "set": "INT. KLUB - SALA",
                "venue_label": "Lokacija:",
                "addr_label": "Adresa:",
                "base_label": "Baza / parking:",
                "weather_label": "Vreme:",
                "weather": "vedro, 19-31 °C",
                "hosp_label": "NAJBLIŽA BOLNICA (URGENTNI PRIJEM)",
                "emergency": "Hitna pomoć 194",
                "scenes_head": "SCENE",
                "scene_cols": "SC.   OBJEKAT                     D/N   STR.   GLUMCI",
                "scenes": [
                    "5/22  INT. KLUB - SALA            N     2 1/8  2, 4, 7",
                    "6/03  INT. KLUB - ŠANK            N     1 0/8  2, 7",
                ],
                "footer": "Sutra (dan 22): poziv ekipe 09:00 h, Ada Ciganlija - Makiš",
            },
        ),
        _balkan(
            "split",
            "BURA",
            sd,
            "06:30",
            {
                "time": "dot_sati",
                "company": "Produkcija: Jadran Film Studio d.o.o., Split",
                "company2": "Redateljica: Ivana Radić · Prvi asistent režije: Marko Jukić",
                "doc": "DNEVNI PLAN SNIMANJA br. 4",
                "sent": f"Poslano: {hr_date(sd - dt.timedelta(days=2))} u 17:05",
                "sub": "kratkometražni igrani film",
                "band": ("DATUM", "DAN SNIMANJA", "OKUPLJANJE EKIPE", "SUNCE (IZLAZAK / ZALAZAK)"),
                "date": hr_date(sd),
                "day_no": "4. od 6",
                "sched_head": "SATNICA",
                "sched": [
                    (-30, "Doručak"),
                    (0, "Okupljanje ekipe na bazi"),
                    (30, "Maska i kostim"),
                    (90, "Početak snimanja"),
                    (300, "Ručak"),
                    (540, "Kraj snimanja"),
                ],
                "loc_head": "LOKACIJA",
                "set_label": "Motiv:",
                "set": "EXT. PERISTIL - ZORA",
                "venue_label": "Lokacija:",
                "addr_label": "Adresa:",
                "base_label": "Baza / parking:",
                "weather_label": "Prognoza:",
                "weather": "bura 30-50 km/h, 18-26 °C",
                "hosp_label": "NAJBLIŽA BOLNICA - OBJEDINJENI HITNI BOLNIČKI PRIJEM",
                "emergency": "Hitna 194 / 112",
                "scenes_head": "SCENE",
                "scene_cols": "SC.   MOTIV                       D/N   STR.   GLUMCI",
                "scenes": [
                    "2     EXT. PERISTIL - ZORA        D     1 0/8  1, 2",
                    "3     EXT. VESTIBUL               D     0 5/8  1",
                ],
                "footer": "Sutra (dan 5): okupljanje ekipe 7.00 sati, Marjan - Kašjuni",
            },
        ),
    ]


# --- Baltic: local label with its English gloss under it --------------------------------------

LT_DAYS = [
    "pirmadienis",
    "antradienis",
    "trečiadienis",
    "ketvirtadienis",
    "penktadienis",
    "šeštadienis",
    "sekmadienis",
]
LT_MONTHS = [
    "sausio",
    "vasario",
    "kovo",
    "balandžio",
    "gegužės",
    "birželio",
    "liepos",
    "rugpjūčio",
    "rugsėjo",
    "spalio",
    "lapkričio",
    "gruodžio",
]
LV_DAYS = [
    "pirmdiena",
    "otrdiena",
    "trešdiena",
    "ceturtdiena",
    "piektdiena",
    "sestdiena",
    "svētdiena",
]
LV_MONTHS = [
    "janvāris",
    "februāris",
    "marts",
    "aprīlis",
    "maijs",
    "jūnijs",
    "jūlijs",
    "augusts",
    "septembris",
    "oktobris",
    "novembris",
    "decembris",
]
ET_DAYS = ["esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev", "pühapäev"]
ET_MONTHS = [
    "jaanuar",
    "veebruar",
    "märts",
    "aprill",
    "mai",
    "juuni",
    "juuli",
    "august",
    "september",
    "oktoober",
    "november",
    "detsember",
]


def lt_date(d: D) -> str:
    return f"{d.year} m. {LT_MONTHS[d.month - 1]} {d.day} d., {LT_DAYS[d.weekday()]}"


def lv_date(d: D) -> str:
    return f"{d.year}. gada {d.day}. {LV_MONTHS[d.month - 1]}, {LV_DAYS[d.weekday()]}"


def et_date(d: D) -> str:
    return f"{ET_DAYS[d.weekday()]}, {d.day}. {ET_MONTHS[d.month - 1]} {d.year}"


def _glossed(c: Canvas, x: float, y: float, local: str, english: str, value: str) -> None:
    """A label in the local language, its English gloss under it, the value at the right."""
    c.text(x, y, local, 8.5, bold=True)
    grey(c)
    c.text(x, y + 9, english, 7)
    black(c)
    fit(c, x + 150, y + 4, value, 9.5, 165)


def _baltic(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH5[key]
    rise, fall = p.sun(day)
    gl = g["gloss"]

    def make() -> bytes:
        c = Canvas("a4", "sans")
        x1 = c.width - 40
        c.text(40, 42, g["company"], 8.5, bold=True)
        c.text(40, 54, g["company2"], 7.5)
        c.right(x1, 42, g["doc"], 10, bold=True)
        grey(c)
        c.right(x1, 53, "CALL SHEET", 8)
        black(c)
        c.right(x1, 66, g["doc_no"], 8)
        centre(c, 98, title, 20)
        grey(c)
        centre(c, 112, g["title_en"], 9, bold=False)
        black(c)
        c.hline(40, x1, 122, 1)
        rows = [
            (gl["date"], g["date"]),
            (gl["day"], g["day_no"]),
            (gl["call"], call),
            *[(lab, add_minutes(call, off)) for off, lab in g["times"]],
            (gl["rise"], rise),
            (gl["set"], fall),
        ]
        y = 142.0
        for (local, english), value in rows:
            bold_row = local == gl["call"][0]
            if bold_row:
                c.box(36, y - 10, 270, 24, 0.8)
            _glossed(c, 40, y, local, english, value)
            y += 24
        yb = y
        xr = 366.0
        y = 142.0
        blocks = [
            (gl["loc"], [g["set"], p.name]),
            (gl["addr"], [p.street, p.city]),
            (gl["base"], [p.base_street, p.base_city]),
            (gl["hosp"], [p.hospital, p.hospital_address, p.hospital_phone]),
        ]
        for (local, english), lines in blocks:
            c.text(xr, y, local, 8.5, bold=True)
            grey(c)
            c.text(xr, y + 9, english, 7)
            black(c)
            for k, ln in enumerate(lines):
                fit(c, xr + 8, y + 22 + 11.5 * k, ln, 9.5, x1 - xr - 8)
            y += 26 + 11.5 * len(lines) + 8
        y = max(y, yb) + 10
        c.hline(40, x1, y - 10, 0.8)
        c.text(40, y + 4, g["scenes_head"][0], 8.5, bold=True)
        grey(c)
        c.text(40, y + 13, g["scenes_head"][1], 7)
        black(c)
        for k, sc in enumerate(g["scenes"]):
            c.text(40, y + 30 + 12 * k, sc, 8.5, family="mono")
        y += 30 + 12 * len(g["scenes"]) + 14
        c.text(40, y, g["emergency"], 8)
        return c.output()

    exp = call_sheet(title, day, call, p, location_extra=[g["set"]])
    return _sheet(f"baltic_{key}", "baltic_glossed", "Baltic glossed (local / English)", make, exp)


def _baltic_sheets() -> list[Sheet]:
    vd, rd, td = D(2026, 5, 12), D(2026, 6, 4), D(2026, 9, 21)
    return [
        _baltic(
            "vilnius",
            "GINTARO KELIAS",
            vd,
            "08:00",
            {
                "company": "UAB „Neris Films“",
                "company2": "Prodiuseris: Rūta Kazlauskienė · I režisieriaus asistentas: "
                "Tomas Jonaitis",
                "doc": "FILMAVIMO DIENOS PLANAS",
                "doc_no": "Nr. 7 / No. 7",
                "title_en": "(The Amber Road) · vaidybinis filmas / feature film",
                "date": lt_date(vd),
                "day_no": "7 iš 24",
                "gloss": {
                    "date": ("Data", "Date"),
                    "day": ("Filmavimo diena", "Shooting day"),
                    "call": ("Bendras grupės sutelkimas", "General crew call"),
                    "rise": ("Saulėtekis", "Sunrise"),
                    "set": ("Saulėlydis", "Sunset"),
                    "loc": ("Filmavimo vieta", "Location"),
                    "addr": ("Adresas", "Address"),
                    "base": ("Bazė ir parkavimas", "Unit base & parking"),
                    "hosp": ("Artimiausia ligoninė (priėmimo skyrius)", "Nearest hospital (A&E)"),
                },
                "times": [
                    (-60, ("Grimas ir kostiumai", "Make-up & costume")),
                    (-30, ("Pusryčiai", "Breakfast")),
                    (60, ("Filmavimo pradžia", "Shooting call")),
                    (300, ("Pietūs", "Lunch")),
                    (660, ("Darbo pabaiga", "Wrap")),
                ],
                "set": "INT. TEATRO FOJĖ",
                "scenes_head": ("SCENOS", "Scenes"),
                "scenes": [
                    "22  INT. TEATRO FOJĖ - VAKARAS    N   1 4/8   1, 2, 5",
                    "23  INT. TEATRO SCENA            N   2 0/8   1, 5",
                ],
                "emergency": "Bendrasis pagalbos telefonas / Emergency: 112",
            },
        ),
        _baltic(
            "riga",
            "ZIEMEĻU VĒJŠ",
            rd,
            "07:30",
            {
                "company": "SIA “Daugava Studio”",
                "company2": "Producente: Ilze Bērziņa · 1. režisora asistents: Mārtiņš Ozols",
                "doc": "FILMĒŠANAS DIENAS PLĀNS",
                "doc_no": "Nr. 15 / No. 15",
                "title_en": "(North Wind) · TV seriāls / TV series, ep. 3",
                "date": lv_date(rd),
                "day_no": "15. no 40",
                "gloss": {
                    "date": ("Datums", "Date"),
                    "day": ("Filmēšanas diena", "Shooting day"),
                    "call": ("Grupas ierašanās", "Crew call"),
                    "rise": ("Saullēkts", "Sunrise"),
                    "set": ("Saulriets", "Sunset"),
                    "loc": ("Filmēšanas vieta", "Location"),
                    "addr": ("Adrese", "Address"),
                    "base": ("Bāze / stāvvieta", "Base / parking"),
                    "hosp": ("Tuvākā slimnīca (uzņemšanas nodaļa)", "Nearest hospital (A&E)"),
                },
                "times": [
                    (-45, ("Grims, frizūras, kostīmi", "Hair, make-up, costume")),
                    (-15, ("Brokastis", "Breakfast")),
                    (45, ("Mēģinājums", "Rehearsal")),
                    (90, ("Filmēšanas sākums", "First shot")),
                    (330, ("Pusdienas", "Lunch")),
                    (630, ("Beigas", "Wrap")),
                ],
                "set": "INT. OPERAS ZĀLE",
                "scenes_head": ("AINAS", "Scenes"),
                "scenes": [
                    "3/14  INT. OPERAS ZĀLE - DIENA    D   2 2/8   1, 3",
                    "3/15  INT. GRIMĒTAVA              D   0 7/8   3, 6",
                ],
                "emergency": "Neatliekamā palīdzība / Emergency: 113 · 112",
            },
        ),
        _baltic(
            "tallinn",
            "KADRIORU SUVI",
            td,
            "09:00",
            {
                "company": "OÜ Toompea Film",
                "company2": "Produtsent: Kadri Tamm · I režissööri assistent: Mart Kask",
                "doc": "VÕTTEPÄEVA PLAAN",
                "doc_no": "Nr 3 / No. 3",
                "title_en": "(A Kadriorg Summer) · lühifilm / short film",
                "date": et_date(td),
                "day_no": "3 / 5",
                "gloss": {
                    "date": ("Kuupäev", "Date"),
                    "day": ("Võttepäev", "Shooting day"),
                    "call": ("Võttegrupi kogunemine", "Crew call"),
                    "rise": ("Päikesetõus", "Sunrise"),
                    "set": ("Päikeseloojang", "Sunset"),
                    "loc": ("Võttekoht", "Location"),
                    "addr": ("Aadress", "Address"),
                    "base": ("Baas / parkimine", "Base / parking"),
                    "hosp": ("Lähim haigla (EMO)", "Nearest hospital (emergency dept.)"),
                },
                "times": [
                    (-30, ("Hommikusöök", "Breakfast")),
                    (30, ("Grimm ja kostüüm", "Make-up & costume")),
                    (90, ("Võtete algus", "First shot")),
                    (270, ("Lõuna", "Lunch")),
                    (540, ("Võttepäeva lõpp", "Wrap")),
                ],
                "set": "EXT. LOSSI AED",
                "scenes_head": ("STSEENID", "Scenes"),
                "scenes": [
                    "8   EXT. LOSSI AED - PÄEV        D   1 3/8   1, 2",
                    "9   INT. VALGE SAAL              D   1 1/8   1, 2, 4",
                ],
                "emergency": "Hädaabi / Emergency: 112",
            },
        ),
    ]


# --- Expedition ship: daily programme in ship's time, tides, muster at the gangway ------------


def _ship(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH5[key]
    rise, fall = p.sun(day)

    def t(x: str) -> str:
        return hm(x, "ship")

    def make() -> bytes:
        c = Canvas("a4", "helvetica")
        x1 = c.width - 36
        c.text(36, 40, g["vessel"], 9, bold=True)
        c.text(36, 52, g["company"], 7.5)
        c.right(x1, 40, g["doc"], 10, bold=True)
        c.right(x1, 52, g["day_no"], 8.5)
        centre(c, 84, title, 20)
        centre(c, 101, g["date"], 11, bold=False)
        centre(c, 114, g["tz"], 8, bold=False)
        c.hline(36, x1, 122, 1.2)
        c.box(36, 130, x1 - 36, 30, 1.2)
        c.text(44, 150, f"CREW CALL  {t(call)}", 15, bold=True)
        c.text(200, 150, g["muster"], 10)
        # the timeline: a vertical rule with ticks, time left of it, event right
        y = 184.0
        c.text(36, y, "PROGRAMME (SHIP'S TIME)", 8.5, bold=True)
        y += 16
        top = y - 10
        for off, ev in g["programme"]:
            c.text(40, y, t(add_minutes(call, off)), 9, bold=off == 0)
            c.hline(78, 86, y - 3, 0.6)
            fit(c, 92, y, ev, 9, 230)
            y += 15
        c.vline(82, top, y - 10, 0.8)
        # right column
        xr, yr = 340.0, 184.0
        c.text(xr, yr, g["loc_label"], 8.5, bold=True)
        c.text(xr, yr + 14, p.name, 9.5)
        c.text(xr, yr + 27, p.street, 9.5)
        c.text(xr, yr + 40, p.city, 9.5)
        c.text(xr, yr + 56, g["shore"], 8.5)
        yr += 78
        c.text(xr, yr, "SHIP'S POSITION", 8.5, bold=True)
        c.text(xr, yr + 14, g["position"], 9)
        yr += 34
        c.text(xr, yr, "TIDES", 8.5, bold=True)
        for k, tide in enumerate(g["tides"]):
            c.text(xr, yr + 14 + 12 * k, tide, 9)
        yr += 14 + 12 * len(g["tides"]) + 8
        c.text(xr, yr, "SUN", 8.5, bold=True)
        c.text(xr, yr + 14, f"Sunrise {t(rise)}    Sunset {t(fall)}", 9)
        c.text(xr, yr + 27, g["weather"], 8.5)
        yr += 46
        c.text(xr, yr, "MEDICAL", 8.5, bold=True)
        c.text(xr, yr + 14, g["doctor"], 8.5)
        c.text(xr, yr + 28, "Nearest hospital ashore:", 8.5)
        fit(c, xr, yr + 41, p.hospital, 9.5, x1 - xr, bold=True)
        c.text(xr, yr + 54, p.hospital_address, 9)
        c.text(xr, yr + 67, f"Tel {p.hospital_phone}   ·   {g['emergency']}", 8.5)
        y = max(y, yr + 80) + 12
        c.hline(36, x1, y - 10, 0.8)
        c.text(36, y + 4, "FILMING", 8.5, bold=True)
        for k, sc in enumerate(g["filming"]):
            c.text(36, y + 18 + 12 * k, sc, 8.5, family="courier")
        y += 18 + 12 * len(g["filming"]) + 12
        c.text(36, y, g["next"], 8.5, bold=True)
        return c.output()

    exp = call_sheet(title, day, call, p)
    return _sheet(f"ship_{key}", "ship_expedition", "expedition ship day programme", make, exp)


def _ship_sheets() -> list[Sheet]:
    hd, td, rd = D(2026, 8, 15), D(2026, 9, 10), D(2026, 4, 22)
    return [
        _ship(
            "halifax",
            "NORTH ATLANTIC PASSAGE",
            hd,
            "06:30",
            {
                "vessel": "MV OCEAN TERN · expedition documentary unit",
                "company": "Bluewater Factual Ltd for Northlight Broadcasting",
                "doc": "DAILY PROGRAMME & CALL SHEET",
                "day_no": "Expedition day 6 of 18",
                "date": f"{hd:%A} {hd.day} {hd:%B} {hd.year}",
                "tz": "All times are SHIP'S TIME = local (ADT, UTC-3)",
                "muster": "muster at the gangway, deck 3 (kit in the mud room)",
                "programme": [
                    (-60, "Wake-up call over the PA"),
                    (-30, "Breakfast, crew mess (deck 2)"),
                    (0, "Crew call - muster at the gangway"),
                    (30, "Safety briefing ashore (port security)"),
                    (60, "First set-up: arrival of passengers"),
                    (330, "Lunch on board"),
                    (570, "All aboard"),
                    (630, "Ship departs for Louisbourg"),
                ],
                "loc_label": "ALONGSIDE / LOCATION",
                "shore": "Gangway opens 0600; crew passes from the purser",
                "position": "0600: alongside, 44°38'N 063°34'W",
                "tides": ["HW 0412  1.9 m", "LW 1027  0.3 m", "HW 1640  1.8 m"],
                "weather": "Fog clearing by 0900, SW 10 kn, 16-22°C",
                "doctor": "Ship's doctor: Dr A. Fraser, hospital deck 2, ext. 200",
                "emergency": "911",
                "filming": [
                    "SEQ 6A  Passengers boarding, gangway & pier    AM",
                    "SEQ 6B  Bridge: pilot boards, departure        PM",
                ],
                "next": "TOMORROW: at sea, crew call 0800 on the bridge deck",
            },
        ),
        _ship(
            "tromso",
            "ICE LINE",
            td,
            "07:00",
            {
                "vessel": "MS POLARLYS II · documentary series",
                "company": "Nordkapp Dokumentar AS · Tromsø",
                "doc": "DAGSPROGRAM / CALL SHEET",
                "day_no": "Voyage day 3 of 12",
                "date": f"{td:%A} {td.day}.{td.month:02d}.{td.year}",
                "tz": "SHIP'S TIME = Norwegian time (CEST, UTC+2)",
                "muster": "muster at the gangway, deck 4 aft",
                "programme": [
                    (-45, "Breakfast, crew mess"),
                    (-15, "Zodiac drivers' briefing (bridge)"),
                    (0, "Crew call - muster at the gangway"),
                    (45, "Interview: captain on the bridge wing"),
                    (120, "Quayside: cargo loading"),
                    (300, "Lunch on board"),
                    (450, "Drone flight window (permit TRO-118)"),
                    (600, "All aboard / ship sails north"),
                ],
                "loc_label": "ALONGSIDE / LOCATION",
                "shore": "Filming on the quay and on board",
                "position": "0700: alongside, 69°38.9'N 018°57.5'E",
                "tides": ["LW 0318  0.6 m", "HW 0934  2.6 m", "LW 1551  0.7 m"],
                "weather": "Showers, NW 15 kn, 6-10°C",
                "doctor": "Ship's nurse: K. Eriksen, ext. 112",
                "emergency": "Ambulance 113",
                "filming": [
                    "EP2 SC 4  Captain interview (bridge wing)        AM",
                    "EP2 SC 5  Cargo loading, quayside               AM",
                ],
                "next": "TOMORROW: Honningsvåg, crew call 0630 at the gangway",
            },
        ),
        _ship(
            "reykjavik",
            "WHALE ROAD",
            rd,
            "05:45",
            {
                "vessel": "RV SKÁLDA · natural-history expedition",
                "company": "Fjord & Fell Films Ltd (UK) / Hraun Production Services ehf.",
                "doc": "DAILY ORDERS - CALL SHEET",
                "day_no": "Expedition day 1 of 9",
                "date": f"{rd:%a} {rd.day} {rd:%b} {rd.year}",
                "tz": "Ship's time = Iceland (GMT, UTC+0)",
                "muster": "muster at the gangway - bring drysuits",
                "programme": [
                    (-45, "Breakfast on board"),
                    (0, "Crew call - muster at the gangway"),
                    (15, "Vessel safety drill (all hands)"),
                    (60, "Load camera kit, RIB launch"),
                    (135, "Harbour departure shots from the RIB"),
                    (345, "Lunch (packed, on the RIB)"),
                    (615, "Return alongside"),
                ],
                "loc_label": "BERTH / LOCATION",
                "shore": "Crew vehicles: Miðbakki lot only",
                "position": "0545: alongside, 64°09'N 021°56'W",
                "tides": ["HW 0520  3.8 m", "LW 1138  0.5 m", "HW 1750  3.9 m"],
                "weather": "Overcast, N 12 kn, sea state 3, 5-9°C",
                "doctor": "First aider: H. Jónsdóttir (skipper's mate), ch. 16",
                "emergency": "112",
                "filming": [
                    "D1-01  Harbour exit, RIB tracking               AM",
                    "D1-02  Faxaflói: whale search (weather permitting)  PM",
                ],
                "next": "TOMORROW: crew call 0600, same berth",
            },
        ),
    ]


# --- A call sheet quoted under an email reply, printed to PDF ---------------------------------


def _thread(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH5[key]
    rise, fall = p.sun(day)
    sheet_call = g.get("sheet_call", call)

    def t(x: str) -> str:
        return hm(x, "am")

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        x1 = c.width - 40
        grey(c, 90)
        c.text(30, 22, g["print_head"][0], 7)
        c.right(c.width - 30, 22, g["print_head"][1], 7)
        black(c)
        c.text(40, 54, g["subject"], 14, bold=True)
        c.hline(40, x1, 62, 0.4)
        y = 82.0
        c.text(40, y, g["from"], 9, bold=True)
        c.right(x1, y, g["sent"], 8.5)
        c.text(40, y + 12, g["to"], 8.5)
        y += 34
        for line in g["reply"]:
            c.text(40, y, line, 10)
            y += 14
        y += 6
        c.text(40, y, g["sig"], 9)
        y += 26
        c.text(40, y, g["wrote"], 9)
        y += 16
        top = y - 10
        quoted = [
            (g["q_head"], True),
            (title, True),
            (g["q_day"], False),
            ("", False),
            (f"GENERAL CREW CALL: {t(sheet_call)}", True),
            *[(f"{lab}: {t(add_minutes(sheet_call, off))}", False) for off, lab in g["q_times"]],
            ("", False),
            (f"LOCATION: {p.name}", False),
            (p.address, False),
            (f"CREW PARKING: {p.base}", False),
            ("", False),
            (f"NEAREST HOSPITAL: {p.hospital}", False),
            (f"{p.hospital_address} · {p.hospital_phone}", False),
            ("", False),
            (f"Sunrise {t(rise)} · Sunset {t(fall)} · {g['weather']}", False),
            ("", False),
            *[(sc, False) for sc in g["q_scenes"]],
        ]
        for text, bold in quoted:
            grey(c, 60)
            c.text(50, y, f"> {text}" if text else ">", 9.5, bold=bold)
            y += 13
        black(c)
        c.vline(44, top, y - 8, 1.5)
        grey(c, 90)
        c.text(30, c.pdf.h - 20, g["print_foot"], 7)
        c.right(c.width - 30, c.pdf.h - 20, "1/1", 7)
        black(c)
        return c.output()

    exp = call_sheet(title, day, call, p)
    return _sheet(f"thread_{key}", "email_thread", "reply above a quoted call sheet", make, exp)


def _thread_sheets() -> list[Sheet]:
    cd, vd, ad = D(2026, 4, 14), D(2026, 5, 18), D(2026, 10, 22)
    return [
        _thread(
            "chicago",
            "HARBOR LIGHTS",
            cd,
            "07:30",
            {
                "print_head": ("4/13/26, 7:04 PM", "Gmail - Re: HARBOR LIGHTS - Call sheet Day 3"),
                "subject": "Re: HARBOR LIGHTS - Call sheet Day 3",
                "from": "Dana Whitfield <dana.whitfield@gmail.com>",
                "sent": "Mon, Apr 13, 2026 at 7:03 PM",
                "to": "To: camera-team@harborlightsfilm.com",
                "reply": [
                    "Hi camera team,",
                    "Forwarding tomorrow's sheet. I'll be at the loading dock on Quincy St from",
                    "6:45 AM with the truck; text me on 312-555-0148 if you can't find it.",
                    "Please bring the long lens kit, we start on the lobby staircase.",
                ],
                "sig": "Dana (2nd AC)",
                "wrote": "On Mon, Apr 13, 2026 at 6:42 PM Marcus Lee <marcus@harborlightsfilm.com> "
                "wrote:",
                "q_head": "CALL SHEET",
                "q_day": f"Shoot Day 3 of 12 · {cd:%A}, {cd:%B} {cd.day}, {cd.year}",
                "q_times": [
                    (-30, "Breakfast"),
                    (-45, "HMU / wardrobe"),
                    (60, "Shooting call"),
                    (360, "Lunch"),
                    (690, "Est. wrap"),
                ],
                "weather": "Partly cloudy, 48-61°F",
                "q_scenes": [
                    "SC 12  INT. ROOKERY LOBBY - STAIRCASE  D  2 1/8  1, 2",
                    "SC 14  INT. BANK OFFICE                D  1 3/8  2, 5",
                ],
                "print_foot": "https://mail.google.com/mail/u/0/?ik=3f9a2c&view=pt&search=all",
            },
        ),
        _thread(
            "vancouver",
            "SALT AND CEDAR",
            vd,
            "06:00",
            {
                "print_head": ("", "Outlook - RE: Call Sheet - SALT AND CEDAR - Day 8"),
                "subject": "RE: Call Sheet - SALT AND CEDAR - Day 8",
                "from": "From: Priya Sandhu <priya.sandhu@saltandcedar.ca>",
                "sent": "Sent: Sunday, May 17, 2026 5:12 PM",
                "to": "To: Locations Dept; Transport Dept   Cc: Production Office",
                "reply": [
                    "Thanks Ryan, confirmed on our side.",
                    "FYI the Cordova St entrance is closed to vehicles until 9:00 AM - trucks",
                    "please use the Water St loading bay. Honeywagon arrives 5:15 AM.",
                ],
                "sig": "Priya Sandhu | Key Assistant Location Manager | 604-555-0193",
                "wrote": "From: Ryan Okafor <ryan@saltandcedar.ca>  Sent: Sunday, May 17, 2026 "
                "4:51 PM  Subject: Call Sheet - Day 8",
                "q_head": "SALT AND CEDAR PRODUCTIONS INC. - CALL SHEET",
                "q_day": f"Day 8 of 21 · {vd:%a} {vd:%b} {vd.day}/{vd:%y}",
                "q_times": [
                    (-30, "Breakfast (base camp)"),
                    (30, "Rehearsal"),
                    (60, "Shooting call"),
                    (330, "Lunch"),
                    (720, "Wrap"),
                ],
                "weather": "Showers, 9-15°C",
                "q_scenes": [
                    "SC 31  INT. WATERFRONT STATION - CONCOURSE  D  1 6/8  1, 3, BG",
                    "SC 32  EXT. SEABUS TERMINAL                 D  0 4/8  1",
                ],
                "print_foot": "Printed from Outlook on the web",
            },
        ),
        _thread(
            "austin",
            "LONE STAR LEDGER",
            ad,
            "06:45",
            {
                # HARD: the reply corrects the call printed on the quoted sheet (7:15 AM). A
                # crew member reads the reply first and goes by it: the expected call is 6:45 AM.
                "sheet_call": "07:15",
                "print_head": (
                    "10/21/26, 9:20 PM",
                    "Gmail - Re: LONE STAR LEDGER Day 2 call sheet",
                ),
                "subject": "Re: LONE STAR LEDGER Day 2 call sheet",
                "from": "Carla Mendez <carla@lonestarledger.tv>",
                "sent": "Wed, Oct 21, 2026 at 9:18 PM",
                "to": "To: all-crew@lonestarledger.tv",
                "reply": [
                    "Hi all - ONE CHANGE to the sheet below:",
                    "crew call tomorrow is now 6:45 AM, NOT 7:15 AM (road closures on Congress",
                    "Ave for the marathon set-up). Everything else on the sheet stands.",
                ],
                "sig": "Carla Mendez, 2nd AD",
                "wrote": "On Wed, Oct 21, 2026 at 6:02 PM Carla Mendez <carla@lonestarledger.tv> "
                "wrote:",
                "q_head": "CALL SHEET",
                "q_day": f"Day 2 of 5 · {ad:%A}, {ad:%B} {ad.day}, {ad.year}",
                "q_times": [
                    (-60, "Breakfast"),
                    (45, "Shooting call"),
                    (345, "Lunch"),
                    (660, "Wrap"),
                ],
                "weather": "Sunny, 62-84°F",
                "q_scenes": [
                    "SC 7   EXT. CAPITOL STEPS - PRESS SCRUM  D  1 2/8  1, 4, BG",
                    "SC 9   INT. CAPITOL ROTUNDA              D  2 0/8  1, 4",
                ],
                "print_foot": "https://mail.google.com/mail/u/0/?ik=77b1e0&view=pt&search=all",
            },
        ),
    ]


# --- Revised sheet: superseded values struck through, new values beside them ------------------


def _revised(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH5[key]
    old_p = g.get("old_place")
    rise, fall = p.sun(day)
    old_call = g.get("old_call")

    def t(x: str) -> str:
        return hm(x, g["time"])

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        x1 = c.width - 36
        c.text(36, 40, g["company"], 9, bold=True)
        c.text(36, 52, g["company2"], 7.5)
        fit(c, 36, 80, title, 18, 236, bold=True)
        c.text(36, 96, g["credits"], 8)
        # revision banner
        c.box(282, 30, 136, 40, 1.2)
        c.text(288, 46, "REVISED CALL SHEET", 10, bold=True)
        fit(c, 288, 60, g["rev"], 7.5, 124)
        # crew call box, top right
        c.box(x1 - 150, 30, 150, 64, 1.2)
        c.text(x1 - 142, 44, g["call_label"], 8, bold=True)
        if old_call:
            w = struck(c, x1 - 142, 70, t(old_call), 13)
            c.text(x1 - 142 + w + 8, 72, t(call), 17, bold=True)
            c.text(x1 - 158, 72, "*", 14, bold=True)
        else:
            c.text(x1 - 142, 72, t(call), 17, bold=True)
        c.text(x1 - 142, 86, g["shoot_call"], 7.5)
        c.hline(36, x1, 110, 1)
        c.text(36, 126, g["date"], 10, bold=True)
        c.right(x1, 126, g["day_no"], 9)
        c.text(36, 140, f"Sunrise {t(rise)}  ·  Sunset {t(fall)}  ·  {g['weather']}", 8.5)
        grey(c, 80)
        c.text(36, 154, g["legend"], 7.5)
        black(c)
        c.hline(36, x1, 162, 0.6)
        # location / parking / hospital cells
        y = 180.0
        c.text(36, y, "SET LOCATION", 8, bold=True)
        if old_p is not None:
            c.text(26, y + 14, "*", 12, bold=True)
            struck(c, 36, y + 14, old_p[0], 9)
            struck(c, 36, y + 26, old_p[1], 9)
            c.text(36, y + 40, p.name, 9.5, bold=True)
            c.text(36, y + 52, p.address, 9.5, bold=True)
            yl = y + 66
        else:
            c.text(36, y + 14, p.name, 9.5)
            c.text(36, y + 26, p.address, 9.5)
            yl = y + 40
        c.text(36, yl + 6, g["set_note"], 8)
        xr = 320.0
        c.text(xr, y, g["park_label"], 8, bold=True)
        c.text(xr, y + 14, p.base_street, 9)
        c.text(xr, y + 26, p.base_city, 9)
        c.text(xr, y + 50, g["hosp_label"], 8, bold=True)
        c.text(xr, y + 64, p.hospital, 9.5)
        c.text(xr, y + 76, p.hospital_address, 9)
        c.text(xr, y + 88, p.hospital_phone, 9)
        y = max(yl + 30, y + 110)
        c.hline(36, x1, y - 8, 0.6)
        c.text(36, y + 6, "SCHEDULE", 8, bold=True)
        y += 20
        for off, lab in g["times"]:
            c.text(36, y, lab, 9)
            c.text(200, y, t(add_minutes(call, off)), 9)
            y += 12.5
        y += 10
        c.hline(36, x1, y - 8, 0.6)
        c.text(36, y + 6, "SCENES", 8, bold=True)
        for k, sc in enumerate(g["scenes"]):
            c.text(36, y + 20 + 12 * k, sc, 8.5, family="courier")
        y += 20 + 12 * len(g["scenes"]) + 14
        c.text(36, y, g["footer"], 7.5)
        return c.output()

    exp = call_sheet(title, day, call, p, location_extra=g.get("extra", []))
    return _sheet(
        f"revised_{key}", "revised_struck", "revised sheet, struck-through values", make, exp
    )


def _revised_sheets() -> list[Sheet]:
    nd, dd, gd = D(2026, 3, 11), D(2026, 7, 17), D(2026, 11, 3)
    return [
        _revised(
            "neworleans",
            "CRESCENT CITY BLUES",
            nd,
            "06:30",
            {
                # HARD: the struck 7:00 AM is printed beside the new 6:30 AM crew call
                "old_call": "07:00",
                "time": "am",
                "company": "Bayou Lantern Pictures LLC",
                "company2": "1000 Girod St, New Orleans, LA 70113 · (504) 555-0170",
                "credits": "Director: Etienne Boudreaux · Producer: Nia Carter · 1st AD: Sam Reyes",
                "rev": "BLUE REVISION · 03/10/26 9:40 PM",
                "call_label": "CREW CALL",
                "shoot_call": "Shooting call 7:30 AM (was 8:00 AM)",
                "date": f"{nd:%A}, {nd:%B} {nd.day}, {nd.year}",
                "day_no": "Day 9 of 27",
                "weather": "Humid, 64-78°F",
                "legend": "Changes since the white call sheet are marked * ; old values struck "
                "out.",
                "set_note": "Load in via the Royal St gate only.",
                "park_label": "CREW PARKING",
                "hosp_label": "NEAREST HOSPITAL",
                "times": [
                    (-30, "Breakfast"),
                    (-15, "HMU / wardrobe"),
                    (60, "Shooting call"),
                    (360, "Lunch"),
                    (690, "Est. wrap"),
                ],
                "scenes": [
                    "SC 41  INT. GALLIER HOUSE - PARLOR      N   1 5/8   1, 2",
                    "SC 42  EXT. GALLIER HOUSE - COURTYARD   D   0 6/8   2",
                ],
                "footer": "Issued by the production office. Previous (white) call sheet is void.",
            },
        ),
        _revised(
            "denver",
            "HIGH PLAINS DRIFT RADIO",
            dd,
            "07:00",
            {
                # HARD: the first location (struck) was moved; the new one is printed under it
                "old_place": ("Wings Over the Rockies", "7711 E Academy Blvd, Denver, CO 80230"),
                "time": "am",
                "company": "Front Range Features Inc.",
                "company2": "1550 Wewatta St, Denver, CO 80202 · (720) 555-0133",
                "credits": "Director: Lena Park · Producer: Joel Martin · 1st AD: Ruth Adeyemi",
                "rev": "PINK REVISION · 7/16/26 6:15 PM",
                "call_label": "GENERAL CREW CALL",
                "shoot_call": "Shooting call 8:00 AM",
                "date": f"{dd:%a} {dd.month}/{dd.day}/{dd:%y}",
                "day_no": "Shoot day 4 of 18",
                "weather": "Sunny, 61-90°F",
                "legend": "* = revised. Struck-out text no longer applies.",
                "set_note": "Great Hall, north entrance; no crew in the ticket hall before 9 AM.",
                "park_label": "CREW PARKING",
                "hosp_label": "NEAREST HOSPITAL (ER)",
                "times": [
                    (-45, "Grip / electric pre-call"),
                    (-30, "Breakfast"),
                    (60, "Shooting call"),
                    (330, "Lunch"),
                    (660, "Wrap"),
                ],
                "scenes": [
                    "SC 18  INT. STATION GREAT HALL          D   2 4/8   1, 3, BG",
                    "SC 19  EXT. WYNKOOP PLAZA                D   0 7/8   1",
                ],
                "footer": "Issued by the production office. Pink replaces white.",
            },
        ),
        _revised(
            "glasgow",
            "THE KELVIN SET",
            gd,
            "08:00",
            {
                "old_call": "08:30",
                "old_place": ("Glasgow City Chambers", "82 George Sq, Glasgow G2 1DU"),
                "time": "h24",
                "company": "Clydeside Drama Ltd",
                "company2": "Film City Glasgow, 401 Govan Rd, Glasgow G51 2QJ · 0141 555 0118",
                "credits": "Director: Fiona McLeod · Producer: Alasdair Gray · 1st AD: Kate Doyle",
                "rev": "REVISION 2 (BLUE) · 02/11/26 20:05",
                "call_label": "UNIT CALL",
                "shoot_call": "Shooting call 09:00",
                "date": f"{gd:%A} {ordinal(gd.day)} {gd:%B} {gd.year}",
                "day_no": "Day 31 of 60",
                "weather": "Rain, 5-10°C",
                "legend": "Amended items marked * and the superseded item struck through.",
                "set_note": "Main hall and west court; unit enters via the Kelvin Way doors.",
                "park_label": "UNIT BASE / CREW PARKING",
                "hosp_label": "NEAREST A&E",
                "times": [
                    (-60, "Production / locations"),
                    (-45, "Make-up & costume"),
                    (-30, "Breakfast"),
                    (60, "Shooting call"),
                    (300, "Lunch"),
                    (600, "Wrap"),
                ],
                "scenes": [
                    "SC 88  INT. MUSEUM - CENTRE HALL        D   1 7/8   1, 4",
                    "SC 90  INT. MUSEUM - ORGAN GALLERY      D   1 1/8   4",
                ],
                "footer": "Blue pages replace white. Please destroy earlier versions.",
            },
        ),
    ]


# --- UK call sheet & movement order: directions to base, set and A&E --------------------------


def _movement(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH5[key]
    rise, fall = p.sun(day)

    def t(x: str) -> str:
        return hm(x, "mil")

    def make() -> bytes:
        c = Canvas("a4", "helvetica")
        x1 = c.width - 36
        c.text(36, 40, g["company"], 8.5, bold=True)
        c.text(36, 51, g["office"], 7.5)
        c.right(x1, 40, g["doc"], 10, bold=True)
        c.right(x1, 52, g["date"], 9)
        centre(c, 82, title, 20)
        centre(c, 98, g["day_no"], 9, bold=False)
        c.box(36, 108, x1 - 36, 28, 1.2)
        c.text(44, 127, f"UNIT CALL {t(call)}", 13, bold=True)
        c.text(180, 127, f"@ UNIT BASE   ·   {g['rv_note']}", 9)
        c.text(36, 152, f"Sunrise {t(rise)}  Sunset {t(fall)}   ·   {g['weather']}", 8.5)
        c.text(36, 164, g["times"], 8.5)
        c.hline(36, x1, 172, 0.6)
        y = 190.0
        blocks = [
            ("UNIT BASE", [p.base]),
            ("LOCATION", [p.name, p.address]),
            ("NEAREST A&E", [p.hospital, p.hospital_address, f"Tel {p.hospital_phone}"]),
        ]
        for label, lines in blocks:
            c.text(36, y, label, 8.5, bold=True)
            for k, ln in enumerate(lines):
                c.text(130, y + 12 * k, ln, 9.5)
            y += 12 * len(lines) + 10
        c.hline(36, x1, y - 4, 1)
        y += 14
        c.text(36, y, "MOVEMENT ORDER", 12, bold=True)
        y += 18
        for head, steps in g["directions"]:
            c.text(36, y, head, 8.5, bold=True)
            y += 13
            for k, step in enumerate(steps, 1):
                fit(c, 46, y, f"{k}. {step}", 8.5, x1 - 46)
                y += 11.5
            y += 8
        c.text(36, y + 4, g["footer"], 7.5)
        return c.output()

    exp = call_sheet(title, day, call, p)
    return _sheet(
        f"movement_{key}", "uk_movement_order", "UK call sheet & movement order", make, exp
    )


def _movement_sheets() -> list[Sheet]:
    bd, yd, ld = D(2026, 2, 9), D(2026, 6, 25), D(2026, 10, 7)
    return [
        _movement(
            "bath",
            "PERSUASION STREET",
            bd,
            "07:30",
            {
                "company": "Sulis Pictures Ltd",
                "office": "Production office: 14 Queen Sq, Bath BA1 2HN · 01225 555 014",
                "doc": "CALL SHEET & MOVEMENT ORDER No. 6",
                "date": f"{bd:%A} {ordinal(bd.day)} {bd:%B} {bd.year}",
                "day_no": "Day 6 of 20",
                "rv_note": "breakfast from 0645",
                "weather": "Cloudy, 3-8°C",
                "times": "Pre-calls: HMU 0615, costume 0630 · Turnover 0830 · Lunch 1300 · "
                "Wrap 1830",
                "directions": [
                    (
                        "FROM LONDON TO UNIT BASE (approx. 2h15 - leave by 0500)",
                        [
                            "M4 westbound to J18, then A46 south signed Bath.",
                            "At the A4 junction turn right onto London Rd (A4) into Bath.",
                            "Follow the A4 past Queen Sq onto Charlotte St, then right into "
                            "Marlborough Ln.",
                            "Unit base is the coach park on the left; follow yellow BASE signs.",
                        ],
                    ),
                    (
                        "UNIT BASE TO LOCATION (5 min walk - no crew vehicles at the set)",
                        [
                            "Walk up Marlborough Ln, right onto Royal Crescent; the set is No. 1 "
                            "at the east end.",
                        ],
                    ),
                    (
                        "LOCATION TO NEAREST A&E (approx. 8 min)",
                        [
                            "Marlborough Ln north to Weston Rd, turn left.",
                            "Right onto Combe Park; follow signs for A&E (main entrance).",
                        ],
                    ),
                ],
                "footer": "Please drive carefully - residential streets. No parking on the "
                "Crescent.",
            },
        ),
        _movement(
            "york",
            "THE MINSTER BELLS",
            yd,
            "08:00",
            {
                "company": "White Rose Drama Ltd",
                "office": "Unit office: Bishopthorpe Rd, York YO23 1NA · 01904 555 210",
                "doc": "CALL SHEET / MOVEMENT ORDER 14",
                "date": f"{yd:%a} {yd:%d/%m/%y}",
                "day_no": "Shooting day 14 of 25",
                "rv_note": "breakfast from 0715 at the catering bus",
                "weather": "Sunny spells, 12-22°C",
                "times": "Pre-calls: rigging electricians 0600, HMU 0645 · Turnover 0900 · "
                "Lunch 1330 · Wrap 1900",
                "directions": [
                    (
                        "FROM A1(M) / LEEDS TO UNIT BASE",
                        [
                            "A64 towards York; leave at the A1036 (Tadcaster Rd) junction.",
                            "Follow the A1036 into the city, then the inner ring road (A1036) "
                            "north to Gillygate.",
                            "Turn right onto Clarence St; Union Terrace car park is on the left.",
                        ],
                    ),
                    (
                        "UNIT BASE TO LOCATION (10 min walk)",
                        [
                            "Clarence St to Gillygate, through Bootham Bar, left onto High "
                            "Petergate, left to Minster Yard.",
                        ],
                    ),
                    (
                        "LOCATION TO NEAREST A&E",
                        [
                            "Lord Mayor's Walk to Clarence St, then left onto Wigginton Rd; "
                            "hospital on the right.",
                        ],
                    ),
                ],
                "footer": "Minster Yard is pedestrian only: equipment by hand-cart from Deangate.",
            },
        ),
        _movement(
            "liverpool",
            "IRON DOCKS",
            ld,
            "07:00",
            {
                "company": "Mersey Light Productions Ltd",
                "office": "Production office: Stanley Dock, Regent Rd, Liverpool L3 0AN",
                "doc": "CALL SHEET No. 22 - MOVEMENT ORDER",
                "date": f"{ld:%A} {ld.day} {ld:%B} {ld.year}",
                "day_no": "Day 22 of 42",
                "rv_note": "tech vehicles from 0530",
                "weather": "Showers, 9-14°C",
                "times": "Pre-calls: locations 0500, HMU 0600 · Turnover 0815 · Lunch 1230 · "
                "Wrap 1800",
                "directions": [
                    (
                        "FROM M62 TO UNIT BASE",
                        [
                            "M62 westbound to the end, continue on the A5080 Edge Ln.",
                            "Follow signs City Centre onto the A5047 Kensington, then London Rd.",
                            "Left onto Lime St, right onto St John's Ln; base in the coach lay-by.",
                        ],
                    ),
                    (
                        "UNIT BASE TO LOCATION",
                        ["St George's Hall is across the road: crew enter by the south doors."],
                    ),
                    (
                        "LOCATION TO NEAREST A&E",
                        ["London Rd east to Prescot St; hospital on the left (A&E signed)."],
                    ),
                ],
                "footer": "Radio channel 1 = AD, 2 = locations. Drive safely.",
            },
        ),
    ]


# --- West Africa: title in curly quotes, ITEM / DETAILS table ---------------------------------


def _wafrica(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = FRESH5[key]
    rise, fall = p.sun(day)

    def t(x: str) -> str:
        return hm(x, g["time"])

    def make() -> bytes:
        c = Canvas("a4", "sans")
        x1 = c.width - 40
        centre(c, 42, g["company"], 11)
        centre(c, 55, g["company2"], 7.5, bold=False)
        # the title in curly quotes, as typed in a word processor
        centre(c, 86, f"{g['doc']} \u201c{title}\u201d", 17)
        centre(c, 102, g["sub"], 9, bold=False)
        rows = [
            ("DATE", g["date"]),
            ("SHOOT DAY", g["day_no"]),
            (g["call_label"], t(call)),
            *[(lab, t(add_minutes(call, off))) for off, lab in g["times"]],
            ("LOCATION", f"{g['set']} - {p.name}"),
            ("ADDRESS", p.address),
            ("PARKING / BASE", p.base),
            ("NEAREST HOSPITAL", f"{p.hospital}, {p.hospital_address}"),
            ("HOSPITAL PHONE", p.hospital_phone),
            ("SUNRISE / SUNSET", f"{t(rise)} / {t(fall)}"),
            *g["extra_rows"],
        ]
        y = 118.0
        c.text(44, y + 12, "ITEM", 8, bold=True)
        c.text(190, y + 12, "DETAILS", 8, bold=True)
        c.grid(40, y, [146, x1 - 186], [18] * (len(rows) + 1))
        for k, (lab, val) in enumerate(rows, 1):
            yy = y + 18 * k + 12.5
            c.text(44, yy, lab, 8, bold=True)
            fit(c, 190, yy, val, 9, x1 - 196, bold=lab == g["call_label"])
        y += 18 * (len(rows) + 1) + 22
        c.text(40, y, "SCENES", 8.5, bold=True)
        for k, sc in enumerate(g["scenes"]):
            c.text(40, y + 14 + 12 * k, sc, 8.5, family="mono")
        y += 14 + 12 * len(g["scenes"]) + 14
        c.text(40, y, g["footer"], 8)
        return c.output()

    exp = call_sheet(title, day, call, p, location_extra=[g["set"]])
    return _sheet(
        f"wafrica_{key}", "west_africa", "West African sheet, curly-quoted title", make, exp
    )


def _wafrica_sheets() -> list[Sheet]:
    ld, ad, bd = D(2026, 1, 20), D(2026, 3, 7), D(2026, 11, 18)
    return [
        _wafrica(
            "lagos",
            "ỌMỌ ỌBA",
            ld,
            "07:00",
            {
                "time": "am_low",
                "company": "IRAWO MOTION PICTURES LTD",
                "company2": "Plot 5 Admiralty Way, Lekki Phase 1, Lagos · 0803 555 0142",
                "doc": "CALL SHEET -",
                "sub": "Feature film · Director: Kunle Adeyemi · Producer: Funke Okafor",
                "date": f"{ld:%A}, {ordinal(ld.day)} {ld:%B}, {ld.year}",
                "day_no": "Day 5 of 18",
                "call_label": "GENERAL CALL (CAST & CREW)",
                "times": [
                    (-60, "Generator / power on set"),
                    (-30, "Crew bus leaves hotel"),
                    (30, "Make-up & costume"),
                    (90, "First shot"),
                    (330, "Lunch"),
                    (660, "Pack-up"),
                ],
                "set": "INT. GALLERY",
                "extra_rows": [("SECURITY", "Two officers on set from 6:00am (Inspector Bello)")],
                "scenes": [
                    "21  INT. GALLERY - OPENING NIGHT   N  2 3/8  1, 2, 6",
                    "22  INT. GALLERY - OFFICE          D  1 0/8  2, 6",
                ],
                "footer": "No visitors on set. Keep phones on silent. God bless our shoot.",
            },
        ),
        _wafrica(
            "accra",
            "GOLD COAST BLUES",
            ad,
            "06:30",
            {
                "time": "am_low",
                "company": "SANKOFA REEL PRODUCTIONS",
                "company2": "East Legon, Accra · GhanaPost GA-412-6633 · +233 24 555 0177",
                "doc": "CALL SHEET:",
                "sub": "TV series, episode 4 · Director: Ama Boateng",
                "date": f"{ad:%a} {ad:%d/%m/%Y}",
                "day_no": "Shoot day 11 / 30",
                "call_label": "CREW CALL",
                "times": [
                    (-30, "Breakfast at base"),
                    (45, "Cast call"),
                    (105, "First set-up"),
                    (345, "Lunch"),
                    (630, "Wrap"),
                ],
                "set": "EXT. LIGHTHOUSE YARD",
                "extra_rows": [("POLICE / PERMIT", "AMA filming permit 0412; police escort")],
                "scenes": [
                    "4/12  EXT. LIGHTHOUSE YARD - MORNING  D  1 4/8  1, 3",
                    "4/13  EXT. FISHING BOATS              D  1 1/8  1, 3, 8",
                ],
                "footer": "Ambulance 193 · Fire 192 · Police 191",
            },
        ),
        _wafrica(
            "abuja",
            "CAPITAL GAINS",
            bd,
            "08:00",
            {
                "time": "am_bare",
                "company": "ZUMA ROCK STUDIOS",
                "company2": "Wuse 2, Abuja · info@zumarockstudios.ng",
                "doc": "CALL SHEET FOR",
                "sub": "Web series · Director: Halima Musa · Line producer: Chidi Eze",
                "date": f"{bd:%A} {ordinal(bd.day)} {bd:%B} {bd.year}",
                "day_no": "Day 2 of 6",
                "call_label": "CALL TIME (ALL CREW)",
                "times": [
                    (-60, "Equipment truck arrives"),
                    (60, "Talent call"),
                    (120, "First shot"),
                    (300, "Lunch"),
                    (600, "Wrap"),
                ],
                "set": "EXT. PARK LAKE",
                "extra_rows": [("POWER", "Generator on set from 7am; fuel by production")],
                "scenes": [
                    "6   EXT. PARK LAKE - JOGGERS      D  1 2/8  1, 2",
                    "7   EXT. PARK BRIDGE              D  0 6/8  2",
                ],
                "footer": "Emergency 112 · FRSC 122",
            },
        ),
    ]


# --- Near misses: must read as `other` ---------------------------------------------------------


def _location_agreement() -> bytes:
    """A location agreement: property address, access dates and hours, fee, signatures."""
    c = Canvas("a4", "times")
    c.text(60, 60, "LOCATION AGREEMENT", 16, bold=True)
    c.text(60, 78, "Sulis Pictures Ltd - \u201cPERSUASION STREET\u201d", 11)
    paras = [
        "This agreement is made on 20 January 2026 between Mrs Helen Ashworth of 1 Royal Cres,",
        "Bath BA1 2LR (the Owner) and Sulis Pictures Ltd of 14 Queen Sq, Bath BA1 2HN (the",
        "Producer).",
        "",
        "1. Property. The ground floor, front garden and vaults of 1 Royal Cres, Bath BA1 2LR.",
        "2. Term. Preparation: Friday 6 February 2026 from 08:00 to 18:00. Filming: Monday",
        "   9 February 2026, access from 06:00; the Producer's crew will vacate by 20:00.",
        "   Strike: Tuesday 10 February 2026 from 08:00 to 13:00.",
        "3. Fee. GBP 4,500 for the filming day and GBP 900 for each preparation or strike day,",
        "   half on signature and half on completion.",
        "4. Condition. The Producer shall return the Property in the condition it was found,",
        "   reasonable wear and tear excepted, and hold public liability insurance of GBP 5m.",
        "5. Grant of rights. The Owner grants the Producer the right to photograph the Property",
        "   and to use such photography in the film throughout the world in perpetuity.",
        "6. Access and parking. Vehicles may not park on the Crescent; the Producer's unit base",
        "   is at Royal Victoria Park coach park, Marlborough Ln, Bath BA1 2NQ.",
        "7. Contact on the day: Location Manager Tom Hart, 07700 900 412.",
    ]
    y = 110.0
    for line in paras:
        c.text(60, y, line, 10.5)
        y += 15
    y += 30
    c.text(60, y, "Signed for the Owner: ____________________   Date: ____________", 10.5)
    c.text(60, y + 30, "Signed for the Producer: _________________   Date: ____________", 10.5)
    return c.output()


def _deal_memo() -> bytes:
    """A crew deal memo: position, rate, start date, office address, typical call hours."""
    c = Canvas("letter", "helvetica")
    c.text(50, 50, "CREW DEAL MEMO", 16, bold=True)
    c.text(50, 66, "Front Range Features Inc. - \u201cHIGH PLAINS DRIFT RADIO\u201d", 10)
    rows = [
        ("Name", "Jordan Ellis"),
        ("Position", "1st Assistant Camera"),
        ("Department", "Camera"),
        ("Start date", "Monday, July 13, 2026 (prep)"),
        ("First day of principal photography", "Tuesday, July 14, 2026"),
        ("Estimated end date", "Friday, August 7, 2026"),
        ("Rate", "$62.50/hr, 12-hour guarantee, 6th day at 1.5x"),
        ("Kit rental", "$75/day (list attached)"),
        ("Work hours", "Calls generally between 6:00 AM and 9:00 AM; 10 hrs turnaround"),
        ("Production office", "1550 Wewatta St, Denver, CO 80202"),
        ("Shooting area", "Denver metro; travel beyond 30 miles paid as per diem $65"),
        ("Payroll", "Weekly, Friday, by direct deposit"),
    ]
    y = 100.0
    for label, value in rows:
        c.text(50, y, label, 9.5, bold=True)
        c.text(250, y, value, 9.5)
        c.hline(50, 560, y + 4, 0.2)
        y += 20
    y += 20
    for line in [
        "This memo confirms the terms of engagement above. Call times will be given on each",
        "day's call sheet. Overtime must be approved in advance by the UPM.",
    ]:
        c.text(50, y, line, 9.5)
        y += 13
    y += 30
    c.text(50, y, "Employee signature: ______________________   Date: ________", 9.5)
    c.text(50, y + 26, "Producer / UPM: __________________________   Date: ________", 9.5)
    return c.output()


def _rooming_list() -> bytes:
    """A hotel rooming list: hotel address, check-in / out dates, breakfast and shuttle times."""
    c = Canvas("a4", "helvetica", orientation="L")
    x1 = c.width - 36
    c.text(36, 40, "ROOMING LIST - \u201cNORTH ATLANTIC PASSAGE\u201d crew", 14, bold=True)
    c.text(36, 56, "Hotel: The Westin Nova Scotian, 1181 Hollis St, Halifax, NS B3H 2P6", 9.5)
    c.text(36, 68, "Reservations: groups@westinhalifax.example · (902) 555-0141", 9)
    c.right(x1, 40, "Version 3 · 08/10/26", 9)
    heads = ["NAME", "DEPARTMENT", "ROOM", "CHECK-IN", "CHECK-OUT", "NIGHTS", "NOTES"]
    xs = [36, 170, 280, 330, 440, 550, 600]
    y = 96.0
    for x, h in zip(xs, heads, strict=True):
        c.text(x, y, h, 8.5, bold=True)
    guests = [
        ("Alice Fraser", "Production", "King", "Wed 12/08/2026", "Sun 16/08/2026", "4", ""),
        ("Ben Thibodeau", "Camera", "Queen", "Thu 13/08/2026", "Sun 16/08/2026", "3", "Early"),
        ("Chloe Martin", "Sound", "Queen", "Thu 13/08/2026", "Sun 16/08/2026", "3", ""),
        ("Dev Patel", "Camera", "Queen", "Thu 13/08/2026", "Sat 15/08/2026", "2", "Late arr."),
        ("Erin Walsh", "Locations", "King", "Wed 12/08/2026", "Sun 16/08/2026", "4", ""),
        ("Femi Adebayo", "Drone", "Queen", "Fri 14/08/2026", "Sun 16/08/2026", "2", "Shared"),
    ]
    for g in guests:
        y += 16
        for x, v in zip(xs, g, strict=True):
            c.text(x, y, v, 9)
        c.hline(36, x1, y + 4, 0.2)
    y += 34
    for line in [
        "Check-in from 15:00, check-out by 11:00. Breakfast served 05:30-10:00 for the crew "
        "(voucher).",
        "Shuttle to Pier 21 (1055 Marginal Rd) departs the hotel lobby 05:45 each shoot day; "
        "see the call sheet for times.",
        "Incidentals are the guest's own. Parking: Hollis St garage, $28/night, production "
        "pays for trucks only.",
    ]:
        c.text(36, y, line, 9)
        y += 14
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        Sheet(
            "fresh5_other_location_agreement",
            "fresh5_near_miss",
            "location agreement",
            _location_agreement,
            OTHER,
        ),
        Sheet("fresh5_other_deal_memo", "fresh5_near_miss", "crew deal memo", _deal_memo, OTHER),
        Sheet(
            "fresh5_other_rooming_list",
            "fresh5_near_miss",
            "hotel rooming list",
            _rooming_list,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_balkan_sheets(),
        *_baltic_sheets(),
        *_ship_sheets(),
        *_thread_sheets(),
        *_revised_sheets(),
        *_movement_sheets(),
        *_wafrica_sheets(),
        *_other_sheets(),
    ]
