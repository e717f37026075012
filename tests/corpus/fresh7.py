# ruff: noqa: RUF001, RUF002, RUF003  (Turkish sheets: the dotless ı is meant)
"""Eighth held-out set: layouts and wording no reader rule was tuned to (`fresh7_`).

Built without reading the reader (`pipeline/extract/`): each family follows a documented
real-world convention (CONVENTIONS.md, "fresh7"). Finnish "päiväohjelma" sheets in Finnish,
Turkish "günlük çekim programı" sheets in Turkish, Indonesian "jadwal syuting" sheets in
Indonesian (times with the time-zone suffix "WIB" / "WITA"), a two-page sheet printed two pages
per landscape sheet (2-up), a landscape sheet stored as a portrait page turned by /Rotate 90, an
amended sheet whose new crew call is in a banner above an unchanged body that still prints the
old call, and UK / US sheets whose shooting date is printed without a year (the year is only in
the issue line). Three near-miss documents (a daily production report for a day already shot, a
transport / vehicle request, an open casting call for extras) print dates, times and addresses
and must read as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.corpus.draw import Canvas, black, grey, measure
from tests.corpus.formats import add_minutes, ordinal, time_text
from tests.corpus.fresh6 import hm as hm6
from tests.corpus.fresh_common import sheet_maker
from tests.corpus.places import PLACES, Place, _p
from tests.corpus.sheet import Sheet, call_sheet, fit

D = dt.date
OTHER = {"document_type": "other"}

FRESH7: dict[str, Place] = {
    # Finland ("Kaivokatu 2, 00100 Helsinki": street, number, then postcode and town)
    "helsinki": _p(
        "fi",
        "Ateneumin taidemuseo",
        "Kaivokatu 2",
        "00100 Helsinki",
        60.1700,
        24.9441,
        "Europe/Helsinki",
        "Meilahden sairaala, HUS Päivystys",
        "Haartmaninkatu 4",
        "00290 Helsinki",
        "09 4711",
        "Rautatientori, Vilhonkatu",
        "00100 Helsinki",
    ),
    "tampere": _p(
        "fi",
        "Tampereen tuomiokirkko",
        "Tuomiokirkonkatu 3",
        "33100 Tampere",
        61.5010,
        23.7708,
        "Europe/Helsinki",
        "Tays Keskussairaala, päivystys Acuta",
        "Elämänaukio 2",
        "33520 Tampere",
        "03 311 611",
        "Tammelantori, Tammelan puistokatu 19",
        "33500 Tampere",
    ),
    "turku": _p(
        "fi",
        "Turun linna",
        "Linnankatu 80",
        "20100 Turku",
        60.4355,
        22.2286,
        "Europe/Helsinki",
        "Tyks T-sairaala, yhteispäivystys",
        "Savitehtaankatu 1",
        "20540 Turku",
        "02 313 0000",
        "Linnanfältti, Linnankatu 74",
        "20100 Turku",
    ),
    # Turkey ("İstasyon Cd., Rasimpaşa, 34716 Kadıköy/İstanbul": district, postcode, town/city)
    "istanbul": _p(
        "tr",
        "Haydarpaşa Garı",
        "Haydarpaşa İstasyon Cd.",
        "Rasimpaşa, 34716 Kadıköy/İstanbul",
        40.9968,
        29.0195,
        "Europe/Istanbul",
        "Haydarpaşa Numune Eğitim ve Araştırma Hastanesi",
        "Tıbbiye Cd. No:23",
        "34668 Üsküdar/İstanbul",
        "0216 542 32 32",
        "Kadıköy İskele otoparkı, Rıhtım Cd.",
        "34716 Kadıköy/İstanbul",
    ),
    "ankara": _p(
        "tr",
        "Ankara Palas",
        "Cumhuriyet Cd. No:1",
        "Ulus, 06050 Altındağ/Ankara",
        39.9408,
        32.8544,
        "Europe/Istanbul",
        "Ankara Bilkent Şehir Hastanesi",
        "Üniversiteler Mh. 1604. Cd. No:9",
        "06800 Çankaya/Ankara",
        "0312 552 60 00",
        "Ulus Meydanı otoparkı, Atatürk Blv.",
        "06050 Altındağ/Ankara",
    ),
    "izmir": _p(
        "tr",
        "Kemeraltı Çarşısı",
        "Anafartalar Cd. No:65",
        "Konak, 35250 Konak/İzmir",
        38.4189,
        27.1287,
        "Europe/Istanbul",
        "İzmir Tepecik Eğitim ve Araştırma Hastanesi",
        "Güney Mh. 1140/1 Sk. No:1",
        "35180 Konak/İzmir",
        "0232 469 69 69",
        "Konak İskelesi otoparkı, Mustafa Kemal Sahil Blv.",
        "35250 Konak/İzmir",
    ),
    # Indonesia ("Jl. Gajah Mada No. 111, Jakarta Barat 11120")
    "jakarta": _p(
        "id",
        "Gedung Arsip Nasional",
        "Jl. Gajah Mada No. 111",
        "Jakarta Barat 11120",
        -6.1526,
        106.8168,
        "Asia/Jakarta",
        "RSUD Tarakan",
        "Jl. Kyai Caringin No. 7",
        "Jakarta Pusat 10150",
        "(021) 3503003",
        "Parkir Lindeteves, Jl. Hayam Wuruk No. 127",
        "Jakarta Barat 11180",
    ),
    "yogyakarta": _p(
        "id",
        "Benteng Vredeburg",
        "Jl. Margo Mulyo No. 6",
        "Yogyakarta 55122",
        -7.8003,
        110.3660,
        "Asia/Jakarta",
        "RSUP Dr. Sardjito",
        "Jl. Kesehatan No. 1, Sekip",
        "Yogyakarta 55281",
        "(0274) 587333",
        "Parkir Abu Bakar Ali, Jl. Abu Bakar Ali",
        "Yogyakarta 55212",
    ),
    "bali": _p(
        "id",
        "Pura Taman Ayun",
        "Jl. Ayodya No. 10, Mengwi",
        "Badung, Bali 80351",
        -8.5418,
        115.1726,
        "Asia/Makassar",
        "RSUP Prof. Ngoerah (Sanglah)",
        "Jl. Diponegoro, Dauh Puri Klod",
        "Denpasar, Bali 80113",
        "(0361) 227911",
        "Lapangan Mengwi, Jl. Raya Mengwi",
        "Badung, Bali 80351",
    ),
    # English-language families
    "melbourne": _p(
        "au",
        "Royal Exhibition Building",
        "9 Nicholson St",
        "Carlton VIC 3053",
        -37.8047,
        144.9717,
        "Australia/Melbourne",
        "St Vincent's Hospital Melbourne",
        "41 Victoria Pde",
        "Fitzroy VIC 3065",
        "(03) 9231 2211",
        "Carlton Gardens north car park, Rathdowne St",
        "Carlton VIC 3053",
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
        "Kelvin Hall car park, 1445 Argyle St",
        "Glasgow G3 8AW",
    ),
    "chicago": _p(
        "us",
        "The Rookery Building",
        "209 S LaSalle St",
        "Chicago, IL 60604",
        41.8789,
        -87.6322,
        "America/Chicago",
        "Northwestern Memorial Hospital",
        "251 E Huron St",
        "Chicago, IL 60611",
        "(312) 926-2000",
        "Millennium Lakeside Garage, 5 S Columbus Dr",
        "Chicago, IL 60603",
    ),
    "belfast": _p(
        "uk",
        "Titanic Belfast",
        "1 Olympic Way",
        "Belfast BT3 9EP",
        54.6081,
        -5.9100,
        "Europe/London",
        "Royal Victoria Hospital",
        "274 Grosvenor Rd",
        "Belfast BT12 6BA",
        "028 9024 0503",
        "Titanic Studios car park, Queen's Rd",
        "Belfast BT3 9DT",
    ),
    "austin": _p(
        "us",
        "Texas State Capitol",
        "1100 Congress Ave",
        "Austin, TX 78701",
        30.2747,
        -97.7404,
        "America/Chicago",
        "Dell Seton Medical Center at UT",
        "1500 Red River St",
        "Austin, TX 78701",
        "(512) 324-7000",
        "Capitol Visitors Parking Garage, 1201 San Jacinto Blvd",
        "Austin, TX 78701",
    ),
}
P = {**PLACES, **FRESH7}


def hm(hhmm: str, style: str) -> str:
    """fresh6's time forms plus the US one-letter "7:30a"."""
    return time_text(hhmm, "us_letter") if style == "a" else hm6(hhmm, style)


_sheet = sheet_maker("fresh7")


def _pairs(
    c: Canvas, x: float, y: float, rows: list[tuple[str, str]], size: float, gap: float
) -> float:
    """Label (bold) then value at x + gap, one pair a line; returns the y under the last."""
    for label, value in rows:
        c.text(x, y, label, size, bold=True)
        c.text(x + gap, y, value, size)
        y += size + 4
    return y


def _block(
    c: Canvas, x: float, y: float, w: float, head: str, lines: list[str], size: float
) -> float:
    """A heading with a rule under it and its lines; returns the y under the last line."""
    fit(c, x, y, head, size, w, bold=True)
    c.hline(x, x + w, y + 3, 0.4)
    y += size + 6
    for line in lines:
        fit(c, x, y, line, size, w)
        y += size + 3
    return y


# --- Finland: "PÄIVÄOHJELMA" -----------------------------------------------------------------

FI_DAYS = ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"]
FI_SHORT = ["ma", "ti", "ke", "to", "pe", "la", "su"]
FI_MONTHS = [
    "tammikuuta",
    "helmikuuta",
    "maaliskuuta",
    "huhtikuuta",
    "toukokuuta",
    "kesäkuuta",
    "heinäkuuta",
    "elokuuta",
    "syyskuuta",
    "lokakuuta",
    "marraskuuta",
    "joulukuuta",
]


def fi_date(d: D, style: str) -> str:
    return {
        "short": f"{FI_SHORT[d.weekday()]} {d.day}.{d.month}.{d.year}",  # ti 17.3.2026
        "long": f"{FI_DAYS[d.weekday()]} {d.day}. {FI_MONTHS[d.month - 1]} {d.year}",
        "num": f"{FI_DAYS[d.weekday()].capitalize()} {d:%d.%m.%Y}",  # Torstai 07.05.2026
    }[style]


def _fi(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", g.get("font", "helvetica"))
        c.text(40, 44, g["company"], 8.5, bold=True)
        c.text(40, 56, g["crew"], 7.5)
        c.right(555, 44, "PÄIVÄOHJELMA", 13, bold=True)
        c.right(555, 58, g["day_no"], 9)
        c.text(40, 92, title, 18, bold=True)
        c.text(40, 108, g["sub"], 9)
        c.right(555, 92, fi_date(day, g["date"]), 11, bold=True)
        grey(c)
        c.right(555, 106, g["sent"], 7.5)
        black(c)
        c.box(40, 120, 515, 30, 1.0)
        c.text(50, 140, g["call_label"], 11, bold=True)
        c.right(545, 140, hm(call, t) if not g.get("klo") else f"klo {hm(call, t)}", 14, bold=True)
        y = 174.0
        c.text(40, y, "AIKATAULU", 9.5, bold=True)
        c.hline(40, 280, y + 3)
        y += 16
        for off, label in g["sched"]:
            c.text(40, y, hm(add_minutes(call, off), t), 9, bold=True)
            c.text(90, y, label, 9)
            y += 13
        ry = 174.0
        ry = _block(c, 300, ry, 255, "KUVAUSPAIKKA", [g["set"], p.name, p.street, p.city], 9)
        ry = _block(c, 300, ry + 8, 255, "TUKIKOHTA / PYSÄKÖINTI", [p.base_street, p.base_city], 9)
        ry = _block(
            c,
            300,
            ry + 8,
            255,
            "AURINKO / SÄÄ",
            [f"Aurinko nousee {hm(rise, t)}, laskee {hm(fall, t)}", g["weather"]],
            9,
        )
        y = max(y, ry) + 16
        c.box(40, y, 515, 50, 0.8)
        c.text(48, y + 14, g["hosp_label"], 9, bold=True)
        c.text(48, y + 28, p.hospital, 9)
        c.text(48, y + 40, f"{p.hospital_address} · puh. {p.hospital_phone} · hätänumero 112", 8.5)
        y += 74
        c.text(40, y, "KOHTAUKSET", 9.5, bold=True)
        c.hline(40, 555, y + 3)
        for line in g["scenes"]:
            y += 13
            c.text(40, y, line, 8.5, family="mono")
        grey(c)
        c.text(40, 800, g["footer"], 8)
        black(c)
        return c.output()

    exp = call_sheet(title, day, call, p, sun=(rise, fall), location_extra=g["set"].split())
    return _sheet(f"fi_{key}", "fi_paivaohjelma", "Finnish päiväohjelma", make, exp)


def _fi_sheets() -> list[Sheet]:
    common = [(-60, "Maski ja puvustus"), (-30, "Aamiainen tukikohdassa")]
    return [
        _fi(
            "helsinki",
            "HILJAINEN SATAMA",
            D(2026, 3, 17),
            "07:30",
            {
                "time": "dot",
                "date": "short",
                "klo": True,
                "company": "Pohjoisvalo Filmi Oy, Tallberginkatu 1, 00180 Helsinki",
                "crew": "Ohjaaja: Aino Lehtinen · 1. apulaisohjaaja: Mikko Salo 040 555 0101",
                "day_no": "Kuvauspäivä 5/24",
                "sub": "pitkä elokuva",
                "sent": "Lähetetty ma 16.3.2026 klo 19.05",
                "call_label": "KOKOONTUMINEN (KOKO TYÖRYHMÄ, KUVAUSPAIKALLA)",
                "sched": [
                    *common,
                    (0, "Työryhmä kokoontuu, turvallisuusohje"),
                    (60, "Kuvaukset alkavat"),
                    (300, "Lounas"),
                    (630, "Arvioitu lopetus"),
                ],
                "set": "SIS. MUSEON AULA",
                "weather": "pilvistä, 0...+4 °C",
                "scenes": [
                    "12   SIS. MUSEON AULA - PÄIVÄ      1 3/8   1, 3",
                    "14   SIS. PORRAS - PÄIVÄ   0 6/8   1",
                ],
                "hosp_label": "LÄHIN PÄIVYSTYS (SAIRAALA)",
                "footer": "Huomenna (kuvauspäivä 6): kokoontuminen klo 8.00, Suomenlinna",
            },
        ),
        _fi(
            "tampere",
            "KOSKEN VARJO",
            D(2026, 5, 7),
            "07:00",
            {
                "time": "dot",
                "date": "num",
                "company": "Hämeen Kuva Oy · Hämeenkatu 9, 33100 Tampere",
                "crew": "Ohjaus: Juha Virtanen · Tuottaja: Laura Niemi",
                "day_no": "Kuvauspäivä 11 / 30",
                "sub": "draamasarja, jaksot 3 ja 4",
                "sent": "Lähetetty 6.5.2026 klo 18.40",
                "call_label": "TYÖRYHMÄN YLEISKUTSU",
                "sched": [
                    (-90, "Rakennus ja valot"),
                    *common,
                    (0, "Koko työryhmä paikalla"),
                    (75, "Ensimmäinen otto"),
                    (330, "Lounas"),
                    (660, "Purku"),
                ],
                "set": "ULK. KIRKON PORTAAT",
                "weather": "aurinkoista, +12 °C",
                "scenes": ["33   ULK. KIRKON PORTAAT - PÄIVÄ   2/8   2, 5"],
                "hosp_label": "LÄHIN SAIRAALA / PÄIVYSTYS",
                "footer": "Huom! Lounas tukikohdassa, Tammelantori.",
            },
        ),
        _fi(
            "turku",
            "LINNAN TYTÄR",
            D(2026, 9, 15),
            "06:45",
            {
                "time": "dot",
                "date": "long",
                "klo": True,
                "company": "Aurajoki Productions Oy",
                "crew": "Ohjaaja: Sanna Koski · 1. AD: Petri Heikkinen",
                "day_no": "Kuvauspäivä 2 (2/18)",
                "sub": "lyhytelokuva",
                "sent": "Lähetetty maanantaina klo 20.10",
                "call_label": "TYÖRYHMÄ PAIKALLA",
                "sched": [
                    (-45, "Maski"),
                    (0, "Työryhmä paikalla, kamera ja valot"),
                    (90, "Kuvaukset alkavat"),
                    (345, "Lounas"),
                    (600, "Lopetus"),
                ],
                "set": "SIS. LINNAN JUHLASALI",
                "weather": "sadekuuroja, +14 °C",
                "scenes": ["7    SIS. JUHLASALI - ILTA   1 2/8   1, 2, 4"],
                "hosp_label": "LÄHIN PÄIVYSTYS",
                "footer": "Seuraava kuvauspäivä to 17.9.: kokoontuminen klo 7.00",
            },
        ),
    ]


# --- Turkey: "GÜNLÜK ÇEKİM PROGRAMI" ---------------------------------------------------------

TR_DAYS = ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"]
TR_MONTHS = [
    "Ocak",
    "Şubat",
    "Mart",
    "Nisan",
    "Mayıs",
    "Haziran",
    "Temmuz",
    "Ağustos",
    "Eylül",
    "Ekim",
    "Kasım",
    "Aralık",
]


def tr_date(d: D, style: str) -> str:
    return {
        "long": f"{d.day} {TR_MONTHS[d.month - 1]} {d.year} {TR_DAYS[d.weekday()]}",
        "num": f"{d:%d.%m.%Y} {TR_DAYS[d.weekday()]}",
        "wd_first": f"{TR_DAYS[d.weekday()]}, {d.day} {TR_MONTHS[d.month - 1]} {d.year}",
    }[style]


def _tr(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]

    def make() -> bytes:
        c = Canvas("A4", "sans")
        c.text(40, 42, g["company"], 8.5, bold=True)
        c.text(40, 54, g["crew"], 7.5)
        c.right(555, 42, "GÜNLÜK ÇEKİM PROGRAMI", 12, bold=True)
        c.right(555, 56, g["day_no"], 9)
        c.box(40, 70, 515, 46, 0.8)
        c.text(50, 92, title, 17, bold=True)
        c.text(50, 108, g["sub"], 8.5)
        c.right(545, 92, f"Tarih: {tr_date(day, g['date'])}", 10, bold=True)
        c.right(545, 108, g["ep"], 8.5)
        rows = [(label, hm(add_minutes(call, off), t)) for off, label in g["sched"]]
        y = 140.0
        c.text(40, y, "SAATLER", 9.5, bold=True)
        c.hline(40, 270, y + 3)
        y += 16
        for label, value in rows:
            bold = label == g["call_label"]
            c.text(40, y, label, 9, bold=bold)
            c.right(270, y, value, 9, bold=bold)
            c.hline(40, 270, y + 3, 0.15)
            y += 14
        y += 6
        c.text(40, y, f"Gün doğumu: {hm(rise, t)}   Gün batımı: {hm(fall, t)}", 8.5)
        c.text(40, y + 12, f"Hava durumu: {g['weather']}", 8.5)
        ry = 140.0
        ry = _block(c, 295, ry, 260, "MEKÂN / SET", [g["set"], p.name], 9)
        ry = _block(c, 295, ry + 6, 260, "ADRES", [p.street, p.city], 9)
        ry = _block(c, 295, ry + 6, 260, "ARAÇ PARKI / BASE", [p.base_street, p.base_city], 9)
        ry = _block(
            c,
            295,
            ry + 6,
            260,
            "EN YAKIN HASTANE (ACİL)",
            [p.hospital, p.hospital_address, f"Tel: {p.hospital_phone} · Acil: 112"],
            9,
        )
        y = max(y + 24, ry) + 14
        c.text(40, y, "SAHNELER", 9.5, bold=True)
        c.hline(40, 555, y + 3)
        for line in g["scenes"]:
            y += 13
            c.text(40, y, line, 8.5, family="mono")
        grey(c)
        c.text(40, 800, g["footer"], 8)
        black(c)
        return c.output()

    exp = call_sheet(title, day, call, p, sun=(rise, fall), location_extra=g["set"].split())
    return _sheet(f"tr_{key}", "tr_cekim_programi", "Turkish çekim programı", make, exp)


def _tr_sheets() -> list[Sheet]:
    return [
        _tr(
            "istanbul",
            "GARDAKİ KADIN",
            D(2026, 3, 17),
            "07:00",
            {
                "time": "dot",
                "date": "long",
                "company": "Boğaziçi Yapım A.Ş. · Rıhtım Cd. No:14, Kadıköy/İstanbul",
                "crew": "Yönetmen: Emre Aydın · 1. Yönetmen Yrd.: Selin Kaya 0532 555 01 01",
                "day_no": "Çekim günü 14 / 60",
                "sub": "dizi",
                "ep": "Bölüm 7 - 8",
                "call_label": "EKİP TOPLANMA",
                "sched": [
                    (-60, "Makyaj / Kostüm"),
                    (-30, "Kahvaltı (base)"),
                    (0, "EKİP TOPLANMA"),
                    (60, "İlk çekim"),
                    (360, "Öğle yemeği"),
                    (720, "Paydos (tahmini)"),
                ],
                "set": "İÇ. GAR BEKLEME SALONU",
                "weather": "parçalı bulutlu, 9°C",
                "scenes": [
                    "41   İÇ. GAR SALONU - GÜN       2 1/8   1, 4",
                    "43   DIŞ. PERON - GÜN    4/8   1",
                ],
                "footer": "Yarın (15. gün): ekip toplanma 07.30, Moda sahili",
            },
        ),
        _tr(
            "ankara",
            "BOZKIR RÜZGÂRI",
            D(2026, 10, 7),
            "07:30",
            {
                "time": "h24",
                "date": "num",
                "company": "Anadolu Film Yapım",
                "crew": "Yönetmen: Murat Demir · Yapımcı: Ayşe Yıldız",
                "day_no": "Çekim günü: 3 / 28",
                "sub": "sinema filmi",
                "ep": "Set amiri: 0533 555 02 02",
                "call_label": "GENEL ÇAĞRI (TÜM EKİP)",
                "sched": [
                    (-90, "Işık / grip ön hazırlık"),
                    (-45, "Makyaj - saç"),
                    (0, "GENEL ÇAĞRI (TÜM EKİP)"),
                    (75, "Çekim başlangıcı"),
                    (330, "Yemek arası"),
                    (660, "Paydos"),
                ],
                "set": "İÇ. OTEL LOBİSİ",
                "weather": "açık, 17°C",
                "scenes": ["18   İÇ. OTEL LOBİSİ - GÜN   1 5/8   2, 3"],
                "footer": "Set dışı araç parkı yasaktır.",
            },
        ),
        _tr(
            "izmir",
            "KORDON'DA BİR YAZ",
            D(2026, 6, 2),
            "06:30",
            {
                "time": "dot",
                "date": "wd_first",
                "company": "Ege Prodüksiyon Ltd. Şti.",
                "crew": "Yönetmen: Deniz Arslan · Reji: Burak Şahin",
                "day_no": "Çekim günü 21",
                "sub": "dizi - 2. sezon",
                "ep": "Bölüm 34",
                "call_label": "EKİP ÇAĞRI SAATİ",
                "sched": [
                    (-30, "Kahvaltı"),
                    (0, "EKİP ÇAĞRI SAATİ"),
                    (30, "Makyaj / Kostüm (oyuncular)"),
                    (90, "İlk çekim"),
                    (390, "Öğle yemeği"),
                    (750, "Paydos (tahmini)"),
                ],
                "set": "DIŞ. ÇARŞI SOKAĞI",
                "weather": "güneşli, 29°C",
                "scenes": ["5    DIŞ. ÇARŞI - GÜN   1 1/8   1, 2, 6"],
                "footer": "Yarın: ekip çağrı 07.00, Alsancak",
            },
        ),
    ]


# --- Indonesia: "JADWAL SYUTING" / call sheet ------------------------------------------------

ID_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
ID_MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


def id_date(d: D, style: str) -> str:
    return {
        "long": f"{ID_DAYS[d.weekday()]}, {d.day} {ID_MONTHS[d.month - 1]} {d.year}",
        "dash": f"{ID_DAYS[d.weekday()]}, {d:%d-%m-%Y}",
        "slash": f"{ID_DAYS[d.weekday()]} / {d.day} {ID_MONTHS[d.month - 1]} {d.year}",
    }[style]


def _id(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    z = g["zone"]

    def tm(hhmm: str) -> str:
        return f"{hm(hhmm, 'dot')} {z}"

    def make() -> bytes:
        c = Canvas("A4", "helvetica")
        c.text(40, 44, g["company"], 9, bold=True)
        c.right(555, 44, g["doc"], 12, bold=True)
        c.right(555, 58, g["day_no"], 9)
        w = measure(c, title, 18)
        c.text((c.width - w) / 2, 92, title, 18, bold=True)
        c.hline(40, 555, 104, 1.0)
        y = _pairs(
            c,
            40,
            122,
            [
                ("Hari / Tanggal", f": {id_date(day, g['date'])}"),
                (g["call_label"], f": {tm(call)}"),
                ("Sutradara", f": {g['director']}"),
                ("Astrada", f": {g['ad']}"),
            ],
            9.5,
            130,
        )
        y += 10
        c.text(40, y, "RUNDOWN", 9.5, bold=True)
        c.hline(40, 290, y + 3)
        y += 16
        for off, label in g["sched"]:
            c.text(40, y, tm(add_minutes(call, off)), 9)
            c.text(120, y, label, 9)
            y += 13
        ry = 200.0
        ry = _block(c, 310, ry, 245, "LOKASI", [g["set"], p.name], 9)
        ry = _block(c, 310, ry + 6, 245, "ALAMAT", [p.street, p.city], 9)
        ry = _block(c, 310, ry + 6, 245, "PARKIR / BASE CAMP", [p.base_street, p.base_city], 9)
        ry = _block(
            c,
            310,
            ry + 6,
            245,
            "MATAHARI",
            [f"Terbit {tm(rise)} · Terbenam {tm(fall)}", f"Cuaca: {g['weather']}"],
            9,
        )
        y = max(y, ry) + 16
        c.box(40, y, 515, 48, 0.8)
        c.text(48, y + 14, "RUMAH SAKIT TERDEKAT (IGD 24 JAM)", 9, bold=True)
        c.text(48, y + 27, p.hospital, 9)
        c.text(48, y + 39, f"{p.hospital_address} · Telp. {p.hospital_phone} · Ambulans 118", 8.5)
        y += 70
        c.text(40, y, "SCENE", 9.5, bold=True)
        c.hline(40, 555, y + 3)
        for line in g["scenes"]:
            y += 13
            c.text(40, y, line, 8.5, family="courier")
        grey(c)
        c.text(40, 800, g["footer"], 8)
        black(c)
        return c.output()

    exp = call_sheet(title, day, call, p, sun=(rise, fall), location_extra=g["set"].split())
    return _sheet(f"id_{key}", "id_jadwal_syuting", "Indonesian jadwal syuting", make, exp)


def _id_sheets() -> list[Sheet]:
    return [
        _id(
            "jakarta",
            "RUMAH DI UJUNG JALAN",
            D(2026, 3, 17),
            "06:00",
            {
                "zone": "WIB",
                "date": "long",
                "company": "PT Layar Nusantara Films",
                "doc": "CALL SHEET / JADWAL SYUTING",
                "day_no": "Hari syuting ke-5 dari 22",
                "call_label": "Call time kru (kolingan)",
                "director": "Rina Wulandari",
                "ad": "Andi Pratama (0812 5550 101)",
                "sched": [
                    (-60, "Makeup & wardrobe pemain"),
                    (-30, "Sarapan di base camp"),
                    (0, "Kru kumpul di lokasi"),
                    (90, "Take pertama"),
                    (360, "ISHOMA (istirahat, sholat, makan)"),
                    (720, "Estimasi wrap"),
                ],
                "set": "INT. RUANG ARSIP",
                "weather": "berawan, 31°C",
                "scenes": [
                    "12  INT. RUANG ARSIP - PAGI    1 4/8  1, 3",
                    "13  EXT. HALAMAN - SIANG   5/8  1",
                ],
                "footer": "Besok (hari ke-6): call time 07.00 WIB, Kota Tua",
            },
        ),
        _id(
            "yogyakarta",
            "SENJA DI MALIOBORO",
            D(2026, 5, 7),
            "05:30",
            {
                "zone": "WIB",
                "date": "dash",
                "company": "Sembilan Matahari Production",
                "doc": "CALL SHEET",
                "day_no": "Shooting day 2 / 14",
                "call_label": "Kumpul kru",
                "director": "Bayu Nugroho",
                "ad": "Dewi Lestari",
                "sched": [
                    (0, "Kumpul kru, briefing keselamatan"),
                    (30, "Makeup pemain"),
                    (75, "Take pertama"),
                    (390, "ISHOMA"),
                    (690, "Wrap"),
                ],
                "set": "EXT. GERBANG BENTENG",
                "weather": "cerah, 30°C",
                "scenes": [
                    "4   EXT. GERBANG BENTENG - SUBUH   1/8   2",
                    "6   EXT. ALUN-ALUN - PAGI   1 2/8  2, 4",
                ],
                "footer": "Harap membawa jas hujan.",
            },
        ),
        _id(
            "bali",
            "PULAU TERAKHIR",
            D(2026, 8, 15),
            "07:00",
            {
                "zone": "WITA",
                "date": "slash",
                "company": "Dewata Pictures",
                "doc": "JADWAL SYUTING HARIAN",
                "day_no": "Hari ke-9",
                "call_label": "Crew call on location",
                "director": "Made Suartana",
                "ad": "Komang Ayu",
                "sched": [
                    (-45, "Makeup, hair, wardrobe"),
                    (0, "Crew call on location"),
                    (60, "Take pertama"),
                    (330, "ISHOMA"),
                    (630, "Estimasi selesai"),
                ],
                "set": "EXT. HALAMAN PURA",
                "weather": "cerah berawan, 28°C",
                "scenes": ["22  EXT. HALAMAN PURA - PAGI   2/8   1, 5"],
                "footer": "Pakaian sopan di area pura; kain dan selendang disediakan.",
            },
        ),
    ]


# --- English body used by the 2-up, rotated, amended and no-year families -------------------


def _en_body(
    c: Canvas,
    x0: float,
    y0: float,
    w: float,
    p: Place,
    title: str,
    call: str,
    g: dict[str, Any],
    k: float = 1.0,
) -> float:
    """Header, crew-call box, times, set / base / hospital, sun and scenes in a frame of width w
    from (x0, y0), font sizes scaled by k (a 2-up half page is about 0.65); returns the y under."""
    t = g["time"]
    c.text(x0, y0 + 12 * k, g["company"], 8 * k, bold=True)
    c.text(x0, y0 + 32 * k, title, 17 * k, bold=True)
    c.text(x0, y0 + 44 * k, g["sub"], 8 * k)
    c.right(x0 + w, y0 + 12 * k, "CALL SHEET", 12 * k, bold=True)
    c.right(x0 + w, y0 + 27 * k, g["date_text"], 9.5 * k, bold=True)
    c.right(x0 + w, y0 + 40 * k, g["day_no"], 8.5 * k)
    y = y0 + 54 * k
    c.box(x0, y, w, 34 * k, 1.0)
    c.text(x0 + 8 * k, y + 22 * k, g["call_label"], 11 * k, bold=True)
    c.right(x0 + w - 8 * k, y + 23 * k, g.get("call_text", hm(call, t)), 16 * k, bold=True)
    y += 52 * k
    half = (w - 16 * k) / 2
    ty = y
    c.text(x0, ty, "SCHEDULE", 8.5 * k, bold=True)
    c.hline(x0, x0 + half, ty + 3 * k, 0.4)
    ty += 14 * k
    for off, label in g["sched"]:
        c.text(x0, ty, label, 8.5 * k)
        c.right(x0 + half, ty, hm(add_minutes(call, off), t), 8.5 * k)
        ty += 12 * k
    rise, fall = p.sun(g["day"])
    ty += 6 * k
    c.text(x0, ty, f"Sunrise {hm(rise, t)}   Sunset {hm(fall, t)}", 8.5 * k)
    c.text(x0, ty + 12 * k, f"Weather: {g['weather']}", 8.5 * k)
    rx = x0 + half + 16 * k
    ry = _block(
        c,
        rx,
        y,
        half,
        g.get("set_label", "SET LOCATION"),
        [g["set"], p.name, p.street, p.city],
        8.5 * k,
    )
    ry = _block(
        c,
        rx,
        ry + 6 * k,
        half,
        g.get("base_label", "UNIT BASE / PARKING"),
        [p.base_street, p.base_city],
        8.5 * k,
    )
    ry = _block(
        c,
        rx,
        ry + 6 * k,
        half,
        g.get("hosp_label", "NEAREST HOSPITAL"),
        [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone],
        8.5 * k,
    )
    y = max(ty + 24 * k, ry) + 12 * k
    c.text(x0, y, "SCENES", 8.5 * k, bold=True)
    c.hline(x0, x0 + w, y + 3 * k, 0.4)
    for line in g["scenes"]:
        y += 12 * k
        c.text(x0, y, line, 8 * k, family="courier")
    return y + 12 * k


def _en_exp(p: Place, title: str, day: D, call: str, g: dict[str, Any]) -> dict[str, Any]:
    return call_sheet(title, day, call, p, location_extra=g["set"].split())


# --- 2-up: two pages of a call sheet printed side by side on one landscape sheet ------------


def _two_up(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    g = {**g, "day": day}

    def make() -> bytes:
        c = Canvas(g.get("page", "letter"), "helvetica", orientation="L")
        half = c.width / 2
        k = 0.66
        height = float(c.pdf.h)
        for n in range(2):
            c.box(12 + n * half, 14, half - 24, height - 28, 0.3)
        # page 1 (left): the day's facts
        _en_body(c, 28, 26, half - 56, p, title, call, g, k)
        c.text(half / 2 - 20, height - 22, "Page 1 of 2", 6)
        # page 2 (right): crew list with individual calls and tomorrow's advance, on the same
        # baselines as page 1 (HARD: a reader going line by line meets page 2's times beside
        # page 1's labels)
        x = half + 16
        y = 40.0
        c.text(x, y, f"{title} - CALL SHEET (cont.)", 10 * k + 2, bold=True)
        c.right(c.width - 28, y, g["date_text"], 8)
        y += 18
        c.text(x, y, "CREW", 8, bold=True)
        c.hline(x, c.width - 28, y + 3, 0.4)
        y += 13
        for role, name, off in g["crew"]:
            c.text(x, y, role, 7)
            c.text(x + 120, y, name, 7)
            c.right(c.width - 28, y, hm(add_minutes(call, off), g["time"]), 7)
            y += 10
        y += 12
        nxt = day + dt.timedelta(days=1)
        c.box(x, y, c.width - 28 - x, 62, 0.6)
        c.text(x + 6, y + 13, "ADVANCE SCHEDULE - TOMORROW", 8, bold=True)
        c.text(x + 6, y + 26, f"{g['adv_date'](nxt)}  ·  {g['adv_day']}", 7.5)
        c.text(x + 6, y + 38, f"{g['call_label']}: {hm(g['adv_call'], g['time'])}", 7.5, bold=True)
        c.text(x + 6, y + 50, g["adv_set"], 7.5)
        c.text(half + half / 2 - 20, height - 22, "Page 2 of 2", 6)
        return c.output()

    return _sheet(
        f"2up_{key}", "two_up_print", "2-up landscape print", make, _en_exp(p, title, day, call, g)
    )


def _two_up_sheets() -> list[Sheet]:
    crew = [
        ("1st AD", "Sam Okafor", -15),
        ("2nd AD", "Priya Nair", -30),
        ("DP", "Lena Brandt", 0),
        ("1st AC", "Tom Reyes", -30),
        ("Gaffer", "Mo Hassan", -60),
        ("Key Grip", "Ana Silva", -60),
        ("Sound Mixer", "Ian Walsh", 0),
        ("HMU Dept Head", "Kate Moore", -75),
        ("Costume Supervisor", "Jo Park", -75),
        ("Locations Manager", "Ray Chen", -90),
    ]
    return [
        _two_up(
            "melbourne",
            "THE LONG PADDOCK",
            D(2026, 4, 14),
            "07:00",
            {
                "time": "h24",
                "company": "Southern Cross Pictures Pty Ltd",
                "sub": "Feature film",
                "date_text": "Tuesday 14 April 2026",
                "day_no": "Shoot Day 8 of 30",
                "call_label": "UNIT CALL",
                "sched": [
                    (-75, "HMU pre-call"),
                    (-30, "Breakfast"),
                    (0, "Unit call"),
                    (60, "Shooting call"),
                    (360, "Lunch"),
                    (660, "Est. wrap"),
                ],
                "set": "INT. GREAT HALL",
                "weather": "Fine, 12-21°C",
                "scenes": [
                    "44  INT. GREAT HALL - DAY   2 2/8   1, 2, 7",
                    "45  INT. GALLERY - DAY   5/8   2",
                ],
                "crew": crew,
                "adv_date": lambda d: f"Wednesday {d.day} April {d.year}",
                "adv_day": "Shoot Day 9 of 30",
                "adv_call": "06:15",
                "adv_set": "EXT. YARRA BEND PARK - Yarra Bend Rd, Fairfield VIC 3078",
            },
        ),
        _two_up(
            "chicago",
            "LASALLE & ADAMS",
            D(2026, 10, 20),
            "06:30",
            {
                "time": "am",
                "company": "Windy City Features LLC",
                "sub": 'Episode 105 "Ledger"',
                "date_text": "Tuesday, October 20, 2026",
                "day_no": "Day 5 of 9",
                "call_label": "GENERAL CREW CALL",
                "sched": [
                    (-60, "Breakfast"),
                    (0, "Crew call"),
                    (60, "Shooting call"),
                    (360, "Lunch"),
                    (690, "Est. wrap"),
                ],
                "set": "INT. ROOKERY LOBBY",
                "weather": "Cloudy, High 58°F / Low 44°F",
                "scenes": [
                    "12  INT. ROOKERY LOBBY - DAY  1 6/8  1, 3",
                    "14  INT. STAIRCASE - DAY  3/8  1",
                ],
                "crew": crew,
                "adv_date": lambda d: f"Wednesday, October {d.day}, {d.year}",
                "adv_day": "Day 6 of 9",
                "adv_call": "05:45",
                "adv_set": "EXT. NAVY PIER - 600 E Grand Ave, Chicago, IL 60611",
            },
        ),
        _two_up(
            "glasgow",
            "THE WEAVER'S SON",
            D(2026, 2, 24),
            "08:00",
            {
                "time": "mil",
                "page": "A4",
                "company": "Clydeside Drama Ltd",
                "sub": "Series 2, Block 1",
                "date_text": "Tuesday 24th February 2026",
                "day_no": "Day 12 of 40",
                "call_label": "UNIT CALL",
                "hosp_label": "NEAREST A&E",
                "sched": [
                    (-90, "Make-up / costume"),
                    (-45, "Breakfast"),
                    (0, "Unit call"),
                    (45, "Turnover"),
                    (330, "Lunch"),
                    (630, "Wrap"),
                ],
                "set": "INT. MAIN GALLERY",
                "weather": "Showers, 3-7°C",
                "scenes": ["31  INT. MAIN GALLERY - DAY   1 1/8   4, 5"],
                "crew": crew,
                "adv_date": lambda d: f"Wednesday {ordinal(d.day)} February {d.year}",
                "adv_day": "Day 13 of 40",
                "adv_call": "07:00",
                "adv_set": "EXT. NECROPOLIS - Castle St, Glasgow G4 0UZ",
            },
        ),
    ]


# --- a landscape sheet stored as a portrait page turned by /Rotate 90 ------------------------


class Sideways(Canvas):
    """A landscape page as some spreadsheet and print drivers write it: a portrait media box
    with /Rotate 90 and the content drawn turned a quarter counter-clockwise, so a viewer shows
    it upright. Callers draw in the displayed (landscape) coordinates."""

    def __init__(self, page: str = "letter", family: str = "helvetica") -> None:
        super().__init__(page, family, orientation="P")
        self.pdf.pages[1].rotate = 90
        self._w, self._h = float(self.pdf.h), float(self.pdf.w)  # displayed size

    @property
    def width(self) -> float:
        return self._w

    def _at(self, x: float, y: float) -> tuple[float, float]:
        return y, self._w - x

    def text(self, x: float, y: float, text: str, size: float = 9, **kw: Any) -> float:
        self._font(text, size, bool(kw.get("bold")), kw.get("family"))
        px, py = self._at(x, y)
        with self.pdf.rotation(90, x=px, y=py):
            self.pdf.text(px, py, text)
        return float(self.pdf.get_string_width(text))

    def hline(self, x0: float, x1: float, y: float, width: float = 0.5) -> None:
        self.pdf.set_line_width(width)
        self.pdf.line(*self._at(x0, y), *self._at(x1, y))

    def vline(self, x: float, y0: float, y1: float, width: float = 0.5) -> None:
        self.pdf.set_line_width(width)
        self.pdf.line(*self._at(x, y0), *self._at(x, y1))

    def box(self, x: float, y: float, w: float, h: float, width: float = 0.5) -> None:
        self.hline(x, x + w, y, width)
        self.hline(x, x + w, y + h, width)
        self.vline(x, y, y + h, width)
        self.vline(x + w, y, y + h, width)


def _rotated(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    g = {**g, "day": day}

    def make() -> bytes:
        c = Sideways(g.get("page", "letter"))
        # landscape: the day's facts at the left, cast and notes at the right
        _en_body(c, 36, 30, 440, p, title, call, g, 1.0)
        x = 500
        y = 60.0
        c.text(x, y, "CAST", 9, bold=True)
        c.hline(x, c.width - 36, y + 3, 0.4)
        for n, (name, role, off) in enumerate(g["cast"], 1):
            y += 13
            c.text(x, y, f"{n}. {name} ({role})", 8)
            c.right(c.width - 36, y, hm(add_minutes(call, off), g["time"]), 8)
        y += 26
        c.text(x, y, "NOTES", 9, bold=True)
        c.hline(x, c.width - 36, y + 3, 0.4)
        for line in g["notes"]:
            y += 12
            c.text(x, y, line, 7.5)
        return c.output()

    return _sheet(
        f"rot_{key}",
        "rotated_page",
        "landscape as /Rotate 90",
        make,
        _en_exp(p, title, day, call, g),
    )


def _rotated_sheets() -> list[Sheet]:
    return [
        _rotated(
            "austin",
            "CAPITOL GAINS",
            D(2026, 3, 12),
            "07:00",
            {
                "time": "a",
                "company": "Lone Star Content LLC",
                "sub": "Pilot",
                "date_text": "Thursday, March 12, 2026",
                "day_no": "Day 3 of 22",
                "call_label": "GENERAL CREW CALL",
                "sched": [
                    (-60, "Breakfast"),
                    (0, "Crew call"),
                    (60, "Shooting call"),
                    (360, "Lunch"),
                    (660, "Est. wrap"),
                ],
                "set": "INT. ROTUNDA",
                "weather": "Sunny, High 78°F / Low 55°F",
                "scenes": [
                    "8   INT. ROTUNDA - DAY   2 1/8   1, 2",
                    "9   EXT. SOUTH STEPS - DAY   4/8   1",
                ],
                "cast": [("Maya Ortiz", "SENATOR HALE", -90), ("Ben Cho", "DANNY", -60)],
                "notes": [
                    "No drones over the Capitol grounds.",
                    "Photo ID required at the east entrance.",
                ],
            },
        ),
        _rotated(
            "belfast",
            "SLIPWAY",
            D(2026, 6, 16),
            "07:30",
            {
                "time": "h24",
                "page": "A4",
                "company": "Lagan Films Ltd",
                "sub": "Limited series, Episode 3",
                "date_text": "Tuesday 16th June 2026",
                "day_no": "Day 17 of 45",
                "call_label": "UNIT CALL",
                "hosp_label": "NEAREST A&E",
                "sched": [
                    (-60, "Make-up / costume"),
                    (-30, "Breakfast"),
                    (0, "Unit call"),
                    (45, "Turnover"),
                    (330, "Lunch"),
                    (630, "Wrap"),
                ],
                "set": "EXT. SLIPWAYS",
                "weather": "Bright spells, 13-18°C",
                "scenes": ["27  EXT. SLIPWAYS - DAY   1 4/8   3, 4"],
                "cast": [
                    ("Niamh Kerr", "ROSE", -75),
                    ("Owen Doyle", "FRANK", -45),
                    ("Liam Grant", "FOREMAN", -30),
                ],
                "notes": ["Hi-vis on the quayside at all times.", "Unit base opens 05:30."],
            },
        ),
        _rotated(
            "toronto2",
            "NORTHERN LIGHTS",
            D(2026, 11, 5),
            "06:45",
            {
                "time": "am",
                "company": "Lakeshore Pictures Inc.",
                "sub": 'Commercial - "First Snow" :30',
                "date_text": "Thu Nov 5/26",
                "day_no": "Day 1 of 2",
                "call_label": "CREW CALL",
                "sched": [
                    (-45, "Breakfast"),
                    (0, "Crew call"),
                    (75, "First shot"),
                    (360, "Lunch"),
                    (630, "Wrap"),
                ],
                "set": "INT. MAIN FLOOR",
                "weather": "Flurries, -2 / 3°C",
                "scenes": ["SPOT 1  INT. MAIN FLOOR - DAY   shots 1-6"],
                "cast": [("Ava Lin", "MOM", -60), ("Kai Lin", "KID", 15)],
                "notes": ["Client and agency on set from 9:00 AM."],
            },
        ),
    ]


# --- amended: the new crew call in a banner, the body unchanged ------------------------------


def _amended(key: str, title: str, day: D, old: str, new: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    g = {**g, "day": day}

    def make() -> bytes:
        c = Canvas(g.get("page", "letter"), "helvetica")
        w = c.width - 80
        # HARD: the amendment supersedes the call printed in the body below it
        c.box(40, 26, w, 40, 1.6)
        c.text(50, 44, g["banner"], 12, bold=True)
        c.text(50, 58, g["banner_note"], 8.5)
        _en_body(c, 40, 84, w, p, title, old, {**g, "time": g["time"]}, 1.0)
        return c.output()

    exp = _en_exp(p, title, day, new, g)
    return _sheet(
        f"amend_{key}", "amended_call", "amendment banner over an unchanged body", make, exp
    )


def _amended_sheets() -> list[Sheet]:
    return [
        _amended(
            "manchester",
            "IRON BRIDGE",
            D(2026, 3, 24),
            "07:00",
            "08:00",
            {
                "time": "mil",
                "page": "A4",
                "company": "Northern Quarter Films Ltd",
                "sub": "Series 1, Block 2",
                "date_text": "Tuesday 24th March 2026",
                "day_no": "Day 9 of 36",
                "call_label": "UNIT CALL",
                "hosp_label": "NEAREST A&E",
                "banner": "AMENDED CALL SHEET - AMENDMENT 1: UNIT CALL NOW 0800",
                "banner_note": (
                    "Issued 23/03 21:10. Unit call moved from 0700 to 0800; "
                    "all times below move +1 hr."
                ),
                "sched": [
                    (-60, "Make-up / costume"),
                    (-30, "Breakfast"),
                    (0, "Unit call"),
                    (45, "Turnover"),
                    (330, "Lunch"),
                    (630, "Wrap"),
                ],
                "set": "INT. WAREHOUSE",
                "weather": "Overcast, 6-11°C",
                "scenes": ["19  INT. WAREHOUSE - DAY   1 7/8   2, 3"],
            },
        ),
        _amended(
            "la",
            "GLASS HARBOUR",
            D(2026, 5, 19),
            "07:00",
            "07:30",
            {
                "time": "am",
                "company": "Harbor Light Productions",
                "sub": "Feature",
                "date_text": "Tuesday, May 19, 2026",
                "day_no": "Day 14 of 28",
                "call_label": "GENERAL CREW CALL",
                "banner": "*** REVISED CALL: 7:30 AM ***",
                "banner_note": (
                    "Marine layer hold - this supersedes the crew call printed below. "
                    "Everything else as printed."
                ),
                "sched": [
                    (-60, "Breakfast"),
                    (0, "Crew call"),
                    (60, "Shooting call"),
                    (360, "Lunch"),
                    (660, "Est. wrap"),
                ],
                "set": "EXT. OBSERVATORY LAWN",
                "weather": "AM clouds, High 74°F / Low 60°F",
                "scenes": ["52  EXT. OBSERVATORY LAWN - DAY  2 3/8  1, 4"],
            },
        ),
        _amended(
            "vancouver",
            "SALT & PINE",
            D(2026, 9, 29),
            "07:00",
            "06:30",
            {
                "time": "am",
                "company": "Cascadia Pictures Inc.",
                "sub": "Episode 204",
                "date_text": "Tue Sep 29/26",
                "day_no": "Day 6 of 8",
                "call_label": "CREW CALL",
                "banner": "UPDATE 28/09 20:40 - CREW CALL CHANGED TO 6:30 AM (TIDE)",
                "banner_note": (
                    "Location, parking and hospital unchanged. Please confirm with the 2nd AD."
                ),
                "sched": [
                    (-45, "Breakfast"),
                    (0, "Crew call"),
                    (60, "Shooting call"),
                    (360, "Lunch"),
                    (660, "Wrap"),
                ],
                "set": "EXT. SEAWALL",
                "weather": "Rain, 9-13°C",
                "scenes": [
                    "7   EXT. SEAWALL - DAWN   3/8   1",
                    "8   EXT. SEAWALL - DAY   1 1/8   1, 2",
                ],
            },
        ),
    ]


# --- the shooting date printed without a year ------------------------------------------------


def _no_year(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    g = {**g, "day": day}

    def make() -> bytes:
        c = Canvas(g.get("page", "letter"), "helvetica")
        w = c.width - 80
        _en_body(c, 40, 30, w, p, title, call, g, 1.0)
        # HARD: the year is only in this line, whose own date (when it has one) is the day before
        grey(c)
        c.text(40, float(c.pdf.h) - 30, g["footer"], 7.5)
        black(c)
        return c.output()

    return _sheet(
        f"noyear_{key}",
        "date_no_year",
        "date printed without its year",
        make,
        _en_exp(p, title, day, call, g),
    )


def _no_year_sheets() -> list[Sheet]:
    return [
        _no_year(
            "bow",
            "THE QUIET ROOM",
            D(2026, 3, 17),
            "08:00",
            {
                "time": "h24",
                "page": "A4",
                "company": "Bow Street Pictures Ltd",
                "sub": "Feature film",
                "date_text": "TUESDAY 17TH MARCH",
                "day_no": "Day 3 of 22",
                "call_label": "UNIT CALL",
                "hosp_label": "NEAREST A&E",
                "sched": [
                    (-60, "Make-up / costume"),
                    (-30, "Breakfast"),
                    (0, "Unit call"),
                    (45, "Turnover"),
                    (330, "Lunch"),
                    (630, "Wrap"),
                ],
                "set": "INT. FLAT",
                "weather": "Cloudy, 8-12°C",
                "scenes": ["15  INT. FLAT - DAY   1 2/8   1, 2"],
                "footer": "Issued Monday 16/03/2026 18:30 by the production office - v1",
            },
        ),
        _no_year(
            "brooklyn",
            "PAPER KITES",
            D(2026, 4, 22),
            "07:00",
            {
                "time": "am",
                "company": "Kings County Films",
                "sub": "Feature",
                "date_text": "Wed, Apr 22",
                "day_no": "Day 11 of 24",
                "call_label": "CREW CALL",
                "sched": [
                    (-45, "Breakfast"),
                    (0, "Crew call"),
                    (60, "Shooting call"),
                    (360, "Lunch"),
                    (660, "Est. wrap"),
                ],
                "set": "EXT. ROOFTOP",
                "weather": "Partly cloudy, High 63°F / Low 48°F",
                "scenes": [
                    "33  EXT. ROOFTOP - DAY   2/8   1, 3",
                    "34  INT. STAIRWELL - DAY  4/8   3",
                ],
                "footer": "Printed 4/21/2026 6:05 PM · Kings County Films · page 1 of 1",
            },
        ),
        _no_year(
            "bristol",
            "WINTER ORCHARD",
            D(2026, 5, 14),
            "07:30",
            {
                "time": "dot",
                "page": "A4",
                "company": "Severn Side Productions",
                "sub": "Series 1, Episode 2",
                "date_text": "Thursday 14 May",
                "day_no": "Shoot day 6/18",
                "call_label": "CREW CALL",
                "hosp_label": "NEAREST A&E",
                "sched": [
                    (-45, "HMU"),
                    (0, "Crew call"),
                    (60, "First shot"),
                    (330, "Lunch"),
                    (600, "Wrap"),
                ],
                "set": "EXT. HARBOURSIDE",
                "weather": "Sunny spells, 11-17°C",
                "scenes": ["9   EXT. HARBOURSIDE - DAY   1 5/8   2, 4"],
                "footer": (
                    "© 2026 Severn Side Productions Ltd. Call sheet issued the evening before."
                ),
            },
        ),
    ]


# --- near misses -----------------------------------------------------------------------------


def _production_report() -> bytes:
    """A daily production report: the day already shot (call, first shot, wrap, scenes done)."""
    c = Canvas("letter", "helvetica")
    c.text(50, 48, "DAILY PRODUCTION REPORT", 15, bold=True)
    c.text(50, 64, "\u201cGLASS HARBOUR\u201d - Harbor Light Productions", 10)
    c.right(560, 48, "Day 13 of 28", 10, bold=True)
    c.right(560, 64, "Date: Monday, May 18, 2026", 10)
    rows = [
        ("Crew call", "7:00 AM"),
        ("First shot", "8:12 AM"),
        ("Lunch", "1:00 PM - 1:30 PM"),
        ("Camera wrap", "6:48 PM"),
        ("Last person out", "7:55 PM"),
        ("Location", "Griffith Observatory, 2800 E Observatory Rd, Los Angeles, CA 90027"),
        ("Scenes completed", "48, 49, 50 (3 4/8 pages)"),
        ("Scenes not completed", "51 (moved to Day 15)"),
        ("Setups / takes", "27 setups, 96 takes"),
        ("Delays", "22 min marine-layer hold at 9:40 AM"),
        ("Injuries / incidents", "None"),
        ("Prepared by", "2nd AD Priya Nair; approved by UPM"),
    ]
    y = 100.0
    for label, value in rows:
        c.text(50, y, label, 9.5, bold=True)
        c.text(200, y, value, 9.5)
        c.hline(50, 560, y + 4, 0.2)
        y += 19
    y += 16
    c.text(50, y, "CAST TIMES (actual)", 10, bold=True)
    for line in [
        "1. Maya Ortiz   in 6:00 AM   MU 6:05 AM   set 7:45 AM   out 6:55 PM",
        "4. Ben Cho      in 9:30 AM   MU 9:35 AM   set 11:00 AM  out 5:10 PM",
    ]:
        y += 14
        c.text(50, y, line, 8.5, family="courier")
    return c.output()


def _transport_request() -> bytes:
    """A vehicle / transport request from a department to the transport captain."""
    c = Canvas("A4", "helvetica")
    c.text(40, 48, "TRANSPORT / VEHICLE REQUEST", 15, bold=True)
    c.text(40, 64, "THE WEAVER'S SON - Clydeside Drama Ltd - to the Transport Captain", 9.5)
    rows = [
        ("Requested by", "Costume dept - Jo Park, 07700 900123"),
        ("Date needed", "Thursday 26th February 2026"),
        ("Vehicle", "1 x 3.5t Luton van with tail lift + driver"),
        ("Collect from", "Clydeside costume store, 12 Kelvinhaugh St, Glasgow G3 8NU"),
        ("Collection time", "0615"),
        ("Deliver to", "Unit base, Kelvin Hall car park, 1445 Argyle St, Glasgow G3 8AW"),
        ("Arrive by", "0700"),
        ("Return", "same day after wrap, approx. 1900"),
        ("Load", "4 rails, 12 skips, 2 steamers"),
        ("Cost code", "2140-COS"),
        ("Approved", "Transport Captain ______________   Line Producer ______________"),
    ]
    y = 100.0
    for label, value in rows:
        c.box(40, y - 12, 515, 18, 0.3)
        c.text(46, y, label, 9.5, bold=True)
        c.text(170, y, value, 9.5)
        y += 18
    return c.output()


def _casting_call() -> bytes:
    """An open casting call for extras: a date, a time window and an address, but no crew."""
    c = Canvas("letter", "helvetica")
    c.text(60, 70, "OPEN CASTING CALL", 26, bold=True)
    c.text(60, 96, "Background extras for the feature film \u201cCAPITOL GAINS\u201d", 12)
    lines = [
        "Saturday, February 28, 2026",
        "10:00 AM - 4:00 PM (doors close at 3:30 PM)",
        "Austin Central Library, 710 W Cesar Chavez St, Austin, TX 78701 - 6th floor event space",
        "",
        "Seeking: legislators, staffers, reporters, tourists; all ethnicities, ages 18-75.",
        "Shoot dates: March 9 - April 3, 2026. Paid $150 / 10 hrs.",
        "Bring: a current photo, photo ID, your sizes. No headshot required.",
        "Parking: free in the library garage after 10:00 AM.",
        "",
        "Can't make it? Submit online by March 1. Casting never charges a fee.",
    ]
    y = 140.0
    for line in lines:
        c.text(60, y, line, 11, bold=y < 170)
        y += 20
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "other_production_report",
            "near_miss",
            "daily production report",
            _production_report,
            OTHER,
        ),
        _sheet(
            "other_transport_request", "near_miss", "vehicle request", _transport_request, OTHER
        ),
        _sheet("other_casting_call", "near_miss", "open casting call", _casting_call, OTHER),
    ]


def sheets() -> list[Sheet]:
    return [
        *_fi_sheets(),
        *_tr_sheets(),
        *_id_sheets(),
        *_two_up_sheets(),
        *_rotated_sheets(),
        *_amended_sheets(),
        *_no_year_sheets(),
        *_other_sheets(),
    ]
