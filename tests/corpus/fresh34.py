"""Thirty-fifth held-out set: the issue's kinds from sixth makers, in cities not yet in the corpus
(`fresh34_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh34"). Canadian commercial one-pagers from Peterborough, Sault Ste. Marie
and Prince George (labels in a shaded left band, values across a wide gap, "Wed, Nov 18/26",
client and agency under the job's title), Polish revised plans from Legnica, Słupsk and Jelenia
Góra ("KOREKTA", "wersja 2", "ZMIANA: zbiórka przesunięta na 7:30"; expected: the new call),
Polish plans typed as lists from Kalisz, Przemyśl and Nowy Sącz ("Miejsce zdjęć:", "Baza:",
"Szpital:", "Zbiórka:"), UK unit call sheets from Wrexham, Dumfries and Falkirk ("UNIT CALL 0700",
"Breakfast from 0615", a UNIT BASE block apart from LOCATION, "Nearest A&E"), US commercial
sheets from Sioux Falls, Fargo and Missoula ("Shoot Day 1 of 1", production company, agency and
client; the hospital's "Emergency Department" / "ER"), and e-mailed memos printed to PDF from
Tralee, Dubbo and Invercargill (the e-mail's From / To / Subject / Date head, its sent date
before the shoot's date in the body, "Call: 8am", "Location: ..."). Three near misses (a
location release agreement, a crew travel itinerary, a screenplay title page with a scene page)
must read as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one
a family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.corpus.draw import Canvas, black, centre, grey, struck
from tests.corpus.formats import PL_GENITIVE, add_minutes, ordinal, pl_weekday
from tests.corpus.fresh_common import (
    clock,
    date_or,
    expect,
    fill,
    head_table,
    paragraph,
    sheet_maker,
    time_or,
)
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # (1) Canadian commercial one-pagers: Peterborough, Sault Ste. Marie, Prince George
    "markethall": _p(
        "ca",
        "Market Hall Performing Arts Centre",
        "140 Charlotte St",
        "Peterborough, ON K9J 2T6",
        44.3049,
        -78.3199,
        "America/Toronto",
        "Peterborough Regional Health Centre",
        "1 Hospital Dr",
        "Peterborough, ON K9J 7C6",
        "(705) 743-2121",
        "Simcoe St parking garage, 190 Simcoe St",
        "Peterborough, ON K9H 2H6",
    ),
    "bushplane": _p(
        "ca",
        "Canadian Bushplane Heritage Centre",
        "50 Pim St",
        "Sault Ste. Marie, ON P6A 3G4",
        46.5089,
        -84.3287,
        "America/Toronto",
        "Sault Area Hospital",
        "750 Great Northern Rd",
        "Sault Ste. Marie, ON P6B 0A8",
        "(705) 759-3434",
        "Roberta Bondar Park lot, 65 Foster Dr",
        "Sault Ste. Marie, ON P6A 5X6",
    ),
    "tworivers": _p(
        "ca",
        "Two Rivers Gallery",
        "725 Civic Plaza",
        "Prince George, BC V2L 5T1",
        53.9163,
        -122.7497,
        "America/Vancouver",
        "University Hospital of Northern British Columbia",
        "1475 Edmonton St",
        "Prince George, BC V2M 1S2",
        "(250) 565-2000",
        "Canada Games Plaza lot, 7th Ave",
        "Prince George, BC V2L 3P1",
    ),
    # (2) Polish revised plans: Legnica, Słupsk, Jelenia Góra
    "modrzejewska": _p(
        "pl",
        "Teatr im. Heleny Modrzejewskiej",
        "Rynek 39",
        "59-220 Legnica",
        51.2097,
        16.1614,
        "Europe/Warsaw",
        "Wojewódzki Szpital Specjalistyczny w Legnicy",
        "ul. Iwaszkiewicza 5",
        "59-220 Legnica",
        "+48 76 721 11 00",
        "pl. Słowiański (parking miejski)",
        "59-220 Legnica",
    ),
    "zamekslupsk": _p(
        "pl",
        "Zamek Książąt Pomorskich",
        "ul. Dominikańska 5",
        "76-200 Słupsk",
        54.4638,
        17.0256,
        "Europe/Warsaw",
        "Wojewódzki Szpital Specjalistyczny im. Janusza Korczaka",
        "ul. Hubalczyków 1",
        "76-200 Słupsk",
        "+48 59 846 01 00",
        "ul. Jana Pawła II (parking przy Młynie Zamkowym)",
        "76-200 Słupsk",
    ),
    "norwid": _p(
        "pl",
        "Teatr im. Cypriana Kamila Norwida",
        "al. Wojska Polskiego 38",
        "58-500 Jelenia Góra",
        50.9009,
        15.7316,
        "Europe/Warsaw",
        "Wojewódzkie Centrum Szpitalne Kotliny Jeleniogórskiej",
        "ul. Ogińskiego 6",
        "58-506 Jelenia Góra",
        "+48 75 753 71 00",
        "ul. Bankowa (parking przy hali)",
        "58-500 Jelenia Góra",
    ),
    # (3) Polish typed lists: Kalisz, Przemyśl, Nowy Sącz
    "boguslawski": _p(
        "pl",
        "Teatr im. Wojciecha Bogusławskiego",
        "pl. Wojciecha Bogusławskiego 1",
        "62-800 Kalisz",
        51.7613,
        18.0903,
        "Europe/Warsaw",
        "Wojewódzki Szpital Zespolony im. Ludwika Perzyny",
        "ul. Toruńska 7",
        "62-800 Kalisz",
        "+48 62 765 10 00",
        "ul. Parkowa (parking przy Parku Miejskim)",
        "62-800 Kalisz",
    ),
    "zamekprzemysl": _p(
        "pl",
        "Zamek Kazimierzowski",
        "ul. Zamkowa 4",
        "37-700 Przemyśl",
        49.7817,
        22.7660,
        "Europe/Warsaw",
        "Wojewódzki Szpital im. św. Ojca Pio",
        "ul. Monte Cassino 18",
        "37-700 Przemyśl",
        "+48 16 677 50 00",
        "ul. Mostowa (parking przy Rynku)",
        "37-700 Przemyśl",
    ),
    "miasteczko": _p(
        "pl",
        "Miasteczko Galicyjskie",
        "ul. Lwowska 226",
        "33-300 Nowy Sącz",
        49.6082,
        20.7166,
        "Europe/Warsaw",
        "Szpital Specjalistyczny im. Jędrzeja Śniadeckiego",
        "ul. Młyńska 10",
        "33-300 Nowy Sącz",
        "+48 18 442 08 00",
        "ul. Lwowska 224 (parking skansenu)",
        "33-300 Nowy Sącz",
    ),
    # (4) UK unit call sheets: Wrexham, Dumfries, Falkirk
    "racecourse": _p(
        "uk",
        "Racecourse Ground",
        "Mold Road",
        "Wrexham LL11 2AH",
        53.0521,
        -3.0040,
        "Europe/London",
        "Wrexham Maelor Hospital",
        "Croesnewydd Road",
        "Wrexham LL13 7TD",
        "01978 291100",
        "Crispin Lane car park",
        "Wrexham LL11 2AW",
    ),
    "burnscentre": _p(
        "uk",
        "Robert Burns Centre",
        "Mill Road",
        "Dumfries DG2 7BE",
        55.0672,
        -3.6150,
        "Europe/London",
        "Dumfries and Galloway Royal Infirmary",
        "Cargenbridge",
        "Dumfries DG2 8RX",
        "01387 246246",
        "Whitesands car park",
        "Dumfries DG1 2RS",
    ),
    "falkirkwheel": _p(
        "uk",
        "The Falkirk Wheel",
        "Lime Road",
        "Tamfourhill, Falkirk FK1 4RS",
        55.9999,
        -3.8413,
        "Europe/London",
        "Forth Valley Royal Hospital",
        "Stirling Road",
        "Larbert FK5 4WR",
        "01324 566000",
        "Rough Castle overflow car park, Lime Road",
        "Falkirk FK1 4RS",
    ),
    # (5) US commercials: Sioux Falls, Fargo, Missoula
    "fallspark": _p(
        "us",
        "Falls Park",
        "131 E Falls Park Dr",
        "Sioux Falls, SD 57104",
        43.5575,
        -96.7224,
        "America/Chicago",
        "Sanford USD Medical Center",
        "1305 W 18th St",
        "Sioux Falls, SD 57105",
        "(605) 333-1000",
        "Falls Park overlook lot, 600 N Weber Ave",
        "Sioux Falls, SD 57104",
    ),
    "fargotheatre": _p(
        "us",
        "Fargo Theatre",
        "314 Broadway N",
        "Fargo, ND 58102",
        46.8766,
        -96.7869,
        "America/Chicago",
        "Sanford Medical Center Fargo",
        "5225 23rd Ave S",
        "Fargo, ND 58104",
        "(701) 234-2000",
        "Roberts Street parking ramp, 415 Roberts St N",
        "Fargo, ND 58102",
    ),
    "wilma": _p(
        "us",
        "The Wilma",
        "131 S Higgins Ave",
        "Missoula, MT 59802",
        46.8690,
        -113.9952,
        "America/Denver",
        "Providence St. Patrick Hospital",
        "500 W Broadway St",
        "Missoula, MT 59802",
        "(406) 543-7271",
        "Caras Park lot, 110 Caras Park Dr",
        "Missoula, MT 59802",
    ),
    # (6) e-mailed memos: Tralee, Dubbo, Invercargill
    "kerrymuseum": _p(
        "eu",
        "Kerry County Museum",
        "Ashe Memorial Hall, Denny Street",
        "Tralee, Co. Kerry V92 H9FT",
        52.2686,
        -9.7030,
        "Europe/Dublin",
        "University Hospital Kerry",
        "Rathass",
        "Tralee, Co. Kerry V92 NX94",
        "066 718 4000",
        "Town Park car park, Denny Street",
        "Tralee, Co. Kerry",
    ),
    "westernplains": _p(
        "au",
        "Taronga Western Plains Zoo",
        "Obley Road",
        "Dubbo NSW 2830",
        -32.2740,
        148.5880,
        "Australia/Sydney",
        "Dubbo Base Hospital",
        "Myall Street",
        "Dubbo NSW 2830",
        "(02) 6809 6809",
        "Zoo staff car park, Obley Road",
        "Dubbo NSW 2830",
    ),
    "transportworld": _p(
        "nz",
        "Bill Richardson Transport World",
        "491 Tay Street",
        "Invercargill 9812",
        -46.4096,
        168.3779,
        "Pacific/Auckland",
        "Southland Hospital",
        "145 Kew Road",
        "Invercargill 9812",
        "(03) 218 1949",
        "Tay Street visitor car park",
        "Invercargill 9812",
    ),
    # near miss: the location release's property
    "releaseprop": _p(
        "ca",
        "Hutchison House Museum",
        "270 Brock St",
        "Peterborough, ON K9H 2P9",
        44.3029,
        -78.3165,
        "America/Toronto",
        "Peterborough Regional Health Centre",
        "1 Hospital Dr",
        "Peterborough, ON K9J 7C6",
        "(705) 743-2121",
        "Brock St",
        "Peterborough, ON K9H 2P9",
    ),
}


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "pl": f"{h}:{m:02d}",  # "7:30"
        "memo": f"{h12}{ap.lower()}" if m == 0 else f"{h12}:{m:02d}{ap.lower()}",  # "8am"
        "memo_sp": f"{h12}:{m:02d} {ap.lower()}",  # "8:00 am"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "ca_slash": f"{d:%a}, {d:%b} {d.day}/{d:%y}",  # "Wed, Nov 18/26"
        "pl_gen_wd": f"{pl_weekday(d)}, {d.day} {PL_GENITIVE[d.month - 1]} {d.year} r.",
        "pl_dots_r": f"{d.day:02d}.{d.month:02d}.{d.year} r.",
        "uk_call": f"{d:%A} {ordinal(d.day)} {d:%B} {d.year}",
        "sentence": f"{d:%A} {d.day} {d:%B}",
        "sentence_year": f"{d:%A}, {d.day} {d:%B} {d.year}",
        "us_caps": f"{d:%A}, {d:%B} {d.day}, {d.year}".upper(),
        "mail": f"{d:%a}, {d.day} {d:%b} {d.year}",
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh34")
_para = paragraph


_table = head_table


# --- (1) Canadian commercial one-pagers: labels in a shaded left band ---------------------------


def _band(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "us"

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        x0 = 36.0
        right = W - x0
        c.text(x0, 42, g["company"], 10, bold=True)
        grey(c, 100)
        c.text(x0, 53, g["company_addr"], 7.5)
        black(c)
        c.right(right, 42, "CALL SHEET", 16, bold=True)
        c.right(right, 56, g["day_of"], 9)
        c.hline(x0, right, 64, 1.0)
        if g.get("client_first"):
            # HARD: the client's name is the big line; the job's title sits under it, smaller
            c.text(x0, 92, g["client"].upper(), 18, bold=True)
            c.text(x0, 110, f"Job: {title}", 11, bold=True)
            c.text(x0, 123, f"Agency: {g['agency']}   ·   Job # {g['job_no']}", 8.5)
        else:
            c.text(x0, 92, title, 18, bold=True)
            c.text(x0, 108, f"Client: {g['client']}   ·   Agency: {g['agency']}", 9)
            c.text(x0, 121, f"Job # {g['job_no']}   ·   {g['credits']}", 8.5)
        band_w = 118.0
        vx = x0 + band_w + 70  # values across a wide gap from the band
        rows: list[tuple[str, list[str], bool]] = [
            ("DATE", [day_text(day, "ca_slash")], True),
            ("CREW CALL", [hm(call, t)], True),
            ("SHOOTING CALL", [hm(add_minutes(call, 60), t)], False),
            ("LOCATION", [p.name, p.street, p.city, g["set"]], False),
            ("PARKING / BASECAMP", [p.base_street, p.base_city], False),
            (
                "NEAREST HOSPITAL",
                [p.hospital, f"{p.hospital_street}, {p.hospital_city}", p.hospital_phone],
                False,
            ),
            ("SUNRISE / SUNSET", [f"{hm(rise, t)} / {hm(fall, t)}"], False),
            ("WEATHER", [g["weather"]], False),
            ("LUNCH", [hm(add_minutes(call, 360), t)], False),
            ("EST. WRAP", [hm(add_minutes(call, 660), t)], False),
            ("TALENT", g["talent"], False),
        ]
        top = 140.0
        height = sum(14 + 12 * (len(v) - 1) + 6 for _, v, _ in rows)
        fill(c, x0, top, band_w, height, 222)
        y = top + 14
        for lab, vals, bold in rows:
            c.text(x0 + 6, y, lab, 8.5, bold=True)
            for k, v in enumerate(vals):
                size = 12 if bold and lab == "CREW CALL" else 9.5
                c.text(vx, y + 12 * k, v, size, bold=bold)
            c.hline(x0 + band_w, right, y + 12 * (len(vals) - 1) + 6, 0.2)
            y += 14 + 12 * (len(vals) - 1) + 6
        y += 18
        c.text(x0, y, "CREW", 9.5, bold=True)
        y = _table(
            c,
            x0,
            y + 14,
            ["POSITION", "NAME", "PHONE", "CALL"],
            [0, 140, 300, 420],
            [(a, b, ph, hm(add_minutes(call, o), t)) for a, b, ph, o in g["crew"]],
            right,
            size=8.5,
            lead=12.5,
        )
        grey(c, 110)
        c.text(x0, c.pdf.h - 30, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"band_{key}",
        "ca_label_band",
        "Canadian commercial one-pager: labels in a shaded left band, values across a wide gap, "
        "'Wed, Nov 18/26' dates, client / agency under the title",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _band_sheets() -> list[Sheet]:
    return [
        _band(
            "markethall",
            "Encore Season",
            D(2026, 11, 18),
            "07:00",
            {
                "company": "Kawartha Light Productions Inc.",
                "company_addr": "360 George St N, Suite 4, Peterborough, ON K9H 7E7  ·  "
                "(705) 555-0119",
                "day_of": "Shoot Day 1 of 1",
                "client": "Peterborough Arts Alliance",
                "agency": "Lift Lock Creative",
                "job_no": "KLP-2611",
                "credits": "Director: Amrit Sandhu   Producer: Jolene Hart",
                "set": "Main stage, balcony and the clock tower stair",
                "weather": "Cloudy, high 4°C, low -2°C, flurries after 3 PM",
                "talent": ["Marisa Lalonde (Lead)", "Ben Okoro (Pianist)"],
                "crew": [
                    ("Producer", "Jolene Hart", "705-555-0131", 0),
                    ("Director", "Amrit Sandhu", "705-555-0144", 0),
                    ("DOP", "Colm Rourke", "705-555-0152", 0),
                    ("Gaffer", "Tess Nadeau", "705-555-0160", -30),
                    ("HMU", "Priya Basra", "705-555-0177", -45),
                ],
                "footer": "Kawartha Light Productions  ·  Encore Season  ·  call sheet v1",
            },
        ),
        _band(
            "bushplane",
            "Float Season",
            D(2026, 10, 7),
            "06:30",
            {
                "company": "Soo North Media Ltd.",
                "company_addr": "2 Queen St E, Sault Ste. Marie, ON P6A 1Y3  ·  (705) 555-0188",
                "day_of": "Shoot Day 2 of 2",
                "client": "Algoma Country Tourism",
                "agency": "Northbound Agency",
                "job_no": "SNM-0926",
                "credits": "Director: Rene Cloutier   Producer: Dana Whitehead",
                "set": "Hangar floor, the Beaver and the river dock",
                "weather": "Clear, high 12°C, low 3°C, wind W 15 km/h",
                "talent": ["Hugh Ashcroft (Pilot)", "Lena Morrow (Traveller)"],
                "crew": [
                    ("Producer", "Dana Whitehead", "705-555-0102", 0),
                    ("Director", "Rene Cloutier", "705-555-0113", 0),
                    ("DOP", "Kai Tanaka", "705-555-0126", 0),
                    ("Drone Op", "Mika Laine", "705-555-0139", -30),
                    ("PA", "Sam Boissonneault", "705-555-0141", -60),
                ],
                "footer": "Soo North Media  ·  Float Season  ·  call sheet",
            },
        ),
        _band(
            "tworivers",
            "Made Up North",
            D(2026, 11, 25),
            "08:00",
            {
                "client_first": True,
                "company": "Spruce Line Pictures",
                "company_addr": "1188 4th Ave, Prince George, BC V2L 3J4  ·  (250) 555-0194",
                "day_of": "Shoot Day 1 of 1",
                "client": "Northern Interior Credit Union",
                "agency": "Nechako & Fraser",
                "job_no": "SLP-1125",
                "credits": "",
                "set": "Main gallery and the lobby",
                "weather": "Snow showers, high -3°C, low -11°C",
                "talent": ["Noor Haddad (Customer)", "Walt Dixon (Teller)"],
                "crew": [
                    ("Producer", "Ivy Gagnon", "250-555-0165", 0),
                    ("Director", "Tomas Reyes", "250-555-0171", 0),
                    ("DOP", "Anya Sorensen", "250-555-0183", 0),
                    ("Art Director", "Jules Park", "250-555-0190", -60),
                ],
                "footer": "Spruce Line Pictures  ·  call sheet  ·  please confirm receipt",
            },
        ),
    ]


# --- (2) Polish revised plans: KOREKTA, wersja 2, ZMIANA ----------------------------------------


def _korekta(key: str, title: str, day: D, call: str, old: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "pl"

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        x0 = 42.0
        right = W - x0
        c.text(x0, 44, g["company"], 9.5, bold=True)
        grey(c, 100)
        c.text(x0, 55, g["company_addr"], 7.5)
        black(c)
        fill(c, x0, 66, right - x0, 22, 60)
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0 + 8, 82, g["banner"], 12, bold=True)
        c.right(right - 8, 82, g["version"], 8.5)
        black(c)
        centre(c, 116, "PLAN ZDJĘCIOWY", 13)
        centre(c, 136, f"„{title}”", 16)
        centre(c, 152, g["credits"], 8.5, bold=False)
        y = 180.0
        style = g["style"]
        c.box(x0, y - 14, right - x0, 28, 1.2)
        if style == "zmiana":
            c.text(x0 + 8, y + 4, f"ZMIANA: zbiórka przesunięta na {hm(call, t)}", 11, bold=True)
            c.text(x0 + 300, y + 4, g["reason"], 8.5)
        elif style == "bylo":
            c.text(x0 + 8, y + 4, f"ZMIANA GODZINY ZBIÓRKI: {hm(call, t)}", 11, bold=True)
            c.text(x0 + 250, y + 4, f"(było {hm(old, t)}) - {g['reason']}", 8.5)
        else:
            # HARD: the old call printed struck through beside the new one
            c.text(x0 + 8, y + 4, "ZBIÓRKA EKIPY:", 11, bold=True)
            w = struck(c, x0 + 112, y + 4, hm(old, t), 11)
            c.text(x0 + 124 + w, y + 4, hm(call, t), 13, bold=True)
            c.text(x0 + 250, y + 4, g["reason"], 8.5)
        y += 36
        rows = [
            ("Data zdjęć:", day_text(day, g["date_style"])),
            ("Dzień zdjęciowy:", g["day_of"]),
            ("Zbiórka ekipy:", hm(call, t)),
            ("Gotowość do zdjęć:", hm(add_minutes(call, 60), t)),
            ("Obiad:", hm(add_minutes(call, 330), t)),
            ("Planowane zakończenie:", hm(add_minutes(call, 600), t)),
            ("Wschód / zachód słońca:", f"{hm(rise, t)} / {hm(fall, t)}"),
            ("Pogoda:", g["weather"]),
        ]
        for lab, val in rows:
            c.text(x0, y, lab, 9.5, bold=True)
            c.text(x0 + 150, y, val, 9.5, bold=lab == "Zbiórka ekipy:")
            c.hline(x0, right, y + 4, 0.2)
            y += 15
        y += 10
        half = (right - x0 - 12) / 2
        c.text(x0, y, "OBIEKT ZDJĘCIOWY", 9, bold=True)
        c.text(x0 + half + 12, y, "SZPITAL (SOR)", 9, bold=True)
        yy = y + 14
        for ln in [p.name, p.street, p.city, g["set"]]:
            fit(c, x0, yy, ln, 9, half)
            yy += 12
        yy = y + 14
        for ln in [p.hospital, p.hospital_street, p.hospital_city, f"tel. {p.hospital_phone}"]:
            fit(c, x0 + half + 12, yy, ln, 9, half)
            yy += 12
        y += 66
        c.text(x0, y, f"Baza / parking: {p.base_street}, {p.base_city}", 9)
        y += 14
        c.text(x0, y, "Numer alarmowy: 112", 9)
        y += 22
        y = _table(
            c,
            x0,
            y,
            ["SC.", "OBIEKT / OPIS", "P/N", "STR.", "OBSADA"],
            [0, 34, 300, 340, 380],
            g["scenes"],
            right,
            size=8.5,
            lead=13,
        )
        y += 4
        y = _table(
            c,
            x0,
            y,
            ["FUNKCJA", "IMIĘ I NAZWISKO", "TELEFON", "ZBIÓRKA"],
            [0, 140, 300, 420],
            [(a, b, ph, hm(add_minutes(call, o), t)) for a, b, ph, o in g["crew"]],
            right,
            size=8.5,
            lead=13,
        )
        y += 6
        _para(c, x0, y, f"Zmiany w wersji 2: {g['changes']}", 8.5, right - x0, 11)
        return c.output()

    return _sheet(
        f"korekta_{key}",
        "pl_korekta",
        "Polish revised plan: KOREKTA / wersja 2 banner, ZMIANA: zbiórka przesunięta na ...; "
        "the new call expected",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _korekta_sheets() -> list[Sheet]:
    return [
        _korekta(
            "modrzejewska",
            "Miedziane Niebo",
            D(2026, 11, 19),
            "07:30",
            "07:00",
            {
                "company": "Kaczawa Film Sp. z o.o.",
                "company_addr": "ul. Złotoryjska 14, 59-220 Legnica  ·  tel. +48 76 555 01 20",
                "banner": "KOREKTA",
                "version": "wersja 2 z 17.11.2026, godz. 21:40",
                "credits": "Reżyseria: Marta Zielińska   Kierownik produkcji: Paweł Nowicki",
                "style": "zmiana",
                "reason": "(wcześniej 7:00 - późniejsze otwarcie teatru)",
                "date_style": "pl_gen_wd",
                "day_of": "6 z 20",
                "weather": "pochmurno, 4°C, wiatr SW 15 km/h",
                "set": "scena główna i foyer",
                "scenes": [
                    ("31", "WN. TEATR - SCENA - DZIEŃ", "D", "2 3/8", "1, 2"),
                    ("32", "WN. FOYER - DZIEŃ", "D", "1 1/8", "1, 4"),
                ],
                "crew": [
                    ("II reżyser", "Agata Mroczek", "601 555 120", 0),
                    ("Operator", "Tomasz Leśniak", "602 555 131", 0),
                    ("Charakteryzacja", "Ewa Kosińska", "603 555 142", -60),
                    ("Kierownik planu", "Jan Bielecki", "604 555 153", -30),
                ],
                "changes": "zbiórka 7:30 zamiast 7:00; scena 33 przeniesiona na dzień 7.",
            },
        ),
        _korekta(
            "zamekslupsk",
            "Dom nad Słupią",
            D(2026, 10, 22),
            "08:00",
            "07:00",
            {
                "company": "Pomorska Grupa Filmowa",
                "company_addr": "ul. Wojska Polskiego 3, 76-200 Słupsk  ·  tel. +48 59 555 02 31",
                "banner": "PLAN ZDJĘCIOWY - KOREKTA (wersja 2)",
                "version": "wysłano 20.10.2026",
                "credits": "Reżyseria: Olga Wrona   Kierownik produkcji: Marek Sobczak",
                "style": "bylo",
                "reason": "zmiana godzin otwarcia muzeum",
                "date_style": "pl_dots_r",
                "day_of": "11 z 24",
                "weather": "deszcz przelotny, 9°C",
                "set": "sala rycerska i dziedziniec",
                "scenes": [
                    ("58", "WN. ZAMEK - SALA RYCERSKA - DZIEŃ", "D", "3", "1, 3"),
                    ("60", "PL. DZIEDZINIEC - DZIEŃ", "D", "7/8", "2"),
                ],
                "crew": [
                    ("II reżyser", "Kamil Szulc", "605 555 210", 0),
                    ("Operator", "Irena Gajewska", "606 555 221", 0),
                    ("Scenografia", "Bartosz Kubiak", "607 555 232", -60),
                ],
                "changes": "nowa godzina zbiórki; obiad w restauracji zamkowej.",
            },
        ),
        _korekta(
            "norwid",
            "Pod Śnieżką",
            D(2026, 12, 3),
            "07:30",
            "06:45",
            {
                "company": "Karkonosze Studio",
                "company_addr": "ul. 1 Maja 21, 58-500 Jelenia Góra  ·  tel. +48 75 555 03 42",
                "banner": "KOREKTA - WERSJA 2",
                "version": "1.12.2026, 18:05",
                "credits": "Reżyseria: Szymon Lis   Kierownik produkcji: Dorota Kania",
                "style": "struck",
                "reason": "ZMIANA: zbiórka przesunięta (próba techniczna teatru rano)",
                "date_style": "pl_gen_wd",
                "day_of": "3 z 16",
                "weather": "śnieg, -2°C",
                "set": "widownia i garderoby",
                "scenes": [
                    ("12", "WN. WIDOWNIA - DZIEŃ", "D", "2", "1, 2, 5"),
                    ("14", "WN. GARDEROBA - DZIEŃ", "D", "1 4/8", "2"),
                ],
                "crew": [
                    ("II reżyser", "Natalia Pawlak", "608 555 310", 0),
                    ("Operator", "Rafał Dziedzic", "609 555 321", 0),
                    ("Dźwięk", "Igor Mazur", "610 555 332", 0),
                    ("Kostiumy", "Julia Czajka", "611 555 343", -60),
                ],
                "changes": "zbiórka przesunięta z 6:45 na 7:30.",
            },
        ),
    ]


# --- (3) Polish plans typed as lists ------------------------------------------------------------


def _lista(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time_style"]

    def make() -> bytes:
        c = Canvas("A4", "serif")
        W = c.width
        x0 = 56.0
        right = W - x0
        c.text(x0, 50, g["company"], 9)
        c.right(right, 50, g["place_date"], 9)
        centre(c, 90, "PLAN ZDJĘCIOWY", 14)
        centre(c, 108, g["day_of"], 10, bold=False)
        y = 140.0
        items = [
            ("Film:", f"„{title}”"),
            ("Reżyser:", g["director"]),
            ("Data:", day_text(day, g["date_style"])),
            ("Zbiórka:", f"{hm(call, t)} {g['call_note']}"),
            ("Miejsce zdjęć:", f"{p.name}, {p.street}, {p.city} - {g['set']}"),
            ("Baza:", f"{p.base_street}, {p.base_city}"),
            (
                "Szpital:",
                f"{p.hospital}, {p.hospital_street}, {p.hospital_city}, tel. {p.hospital_phone}",
            ),
            ("Wschód słońca:", f"{hm(rise, t)}, zachód: {hm(fall, t)}"),
            ("Obiad:", hm(add_minutes(call, 330), t)),
            ("Koniec zdjęć:", f"ok. {hm(add_minutes(call, 600), t)}"),
        ]
        for lab, val in items:
            w = c.text(x0, y, lab, 10.5, bold=True)
            y = _para(c, x0 + max(w, 92) + 8, y, val, 10.5, right - x0 - 100, 14) + 4
        y += 10
        c.text(x0, y, "Sceny:", 10.5, bold=True)
        y += 15
        for sc in g["scenes"]:
            c.text(x0 + 12, y, f"• {sc}", 10)
            y += 13.5
        y += 8
        c.text(x0, y, "Obsada:", 10.5, bold=True)
        y += 15
        for who, off in g["cast"]:
            c.text(x0 + 12, y, f"• {who}, charakteryzacja {hm(add_minutes(call, off), t)}", 10)
            y += 13.5
        y += 8
        c.text(x0, y, "Kontakty:", 10.5, bold=True)
        y += 15
        for who in g["contacts"]:
            c.text(x0 + 12, y, f"• {who}", 10)
            y += 13.5
        y += 10
        _para(c, x0, y, f"Uwagi: {g['notes']}", 10, right - x0, 13)
        return c.output()

    return _sheet(
        f"lista_{key}",
        "pl_lista",
        "Polish plan zdjęciowy typed as a list: Data:, Zbiórka:, Miejsce zdjęć:, Baza:, Szpital:",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _lista_sheets() -> list[Sheet]:
    return [
        _lista(
            "boguslawski",
            "Kaliskie Lato",
            D(2026, 11, 19),
            "07:00",
            {
                "time_style": "pl",
                "company": "Prosna Film - produkcja",
                "place_date": "Kalisz, 17 listopada 2026 r.",
                "day_of": "Dzień zdjęciowy 4 / 18",
                "director": "Iwona Kaczmarek",
                "date_style": "pl_gen_wd",
                "call_note": "(cała ekipa, wejście od strony parku)",
                "set": "scena i kulisy",
                "scenes": [
                    "sc. 14 - WN. TEATR, SCENA - DZIEŃ (Anna, Michał)",
                    "sc. 15 - WN. KULISY - DZIEŃ (Anna)",
                    "sc. 21 - WN. TEATR, WIDOWNIA - DZIEŃ (Michał, statyści 12)",
                ],
                "cast": [("Zofia Wilk (Anna)", -60), ("Dawid Sowa (Michał)", -30)],
                "contacts": [
                    "Kierownik produkcji: Leszek Tomczak, 600 555 411",
                    "II reżyser: Monika Ratajczak, 601 555 422",
                ],
                "notes": "Parking dla ekipy tylko w bazie. Catering na miejscu od 6:30.",
            },
        ),
        _lista(
            "zamekprzemysl",
            "Twierdza",
            D(2026, 10, 14),
            "06:30",
            {
                "time_style": "h24",
                "company": "San River Pictures",
                "place_date": "Przemyśl, 12.10.2026",
                "day_of": "Dzień 9 z 22",
                "director": "Grzegorz Hołub",
                "date_style": "pl_dots",
                "call_note": "- zbiórka ekipy przy bramie zamku",
                "set": "dziedziniec i baszta",
                "scenes": [
                    "sc. 40 - PL. DZIEDZINIEC ZAMKU - ŚWIT (Jan, Teresa)",
                    "sc. 41 - WN. BASZTA - DZIEŃ (Jan)",
                ],
                "cast": [("Piotr Kulesza (Jan)", -45), ("Alicja Bąk (Teresa)", -45)],
                "contacts": [
                    "Kierownik planu: Adam Szczepański, 602 555 433",
                    "Produkcja: Beata Olszewska, 603 555 444",
                ],
                "notes": "Zdjęcia o świcie - proszę być punktualnie. Ciepła odzież.",
            },
        ),
        _lista(
            "miasteczko",
            "Sądecki Jarmark",
            D(2026, 9, 17),
            "07:30",
            {
                "time_style": "pl",
                "company": "Beskid Media",
                "place_date": "Nowy Sącz, 15.09.2026",
                "day_of": "Dzień zdjęciowy 2 / 6",
                "director": "Katarzyna Ruchała",
                "date_style": "pl_gen_wd",
                "call_note": "(ekipa), obsada wg listy niżej",
                "set": "rynek miasteczka i apteka",
                "scenes": [
                    "sc. 3 - PL. RYNEK - DZIEŃ (Franek, Hela, statyści 20)",
                    "sc. 5 - WN. APTEKA - DZIEŃ (Hela)",
                ],
                "cast": [("Hubert Mróz (Franek)", -60), ("Lena Gąsior (Hela)", -75)],
                "contacts": [
                    "Kierownik produkcji: Wojciech Sikora, 604 555 455",
                    "II reżyser: Patrycja Nowak, 605 555 466",
                ],
                "notes": "Skansen otwarty dla zwiedzających od 10:00 - cisza na planie.",
            },
        ),
    ]


# --- (4) UK unit call sheets ---------------------------------------------------------------------


def _unit(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "military"

    def make() -> bytes:
        c = Canvas("A4", "helvetica")
        W = c.width
        x0 = 34.0
        right = W - x0
        c.text(x0, 40, g["company"], 9, bold=True)
        c.text(x0, 66, title.upper(), 18, bold=True)
        c.text(x0, 80, g["credits"], 8)
        c.right(right, 40, f"CALL SHEET No. {g['no']}", 12, bold=True)
        c.right(right, 56, day_text(day, "uk_call"), 10, bold=True)
        c.right(right, 69, g["day_of"], 8.5)
        y = 96.0
        boxes = [
            ("Breakfast from", hm(add_minutes(call, -45), t), 9),
            ("UNIT CALL", hm(call, t), 18),
            ("Turnover", hm(add_minutes(call, 60), t), 9),
            ("Lunch", hm(add_minutes(call, 330), t), 9),
            ("Est. Wrap", hm(add_minutes(call, 660), t), 9),
        ]
        bw = (right - x0) / len(boxes)
        for i, (lab, val, size) in enumerate(boxes):
            bx = x0 + i * bw
            c.box(bx, y, bw, 40, 1.4 if lab == "UNIT CALL" else 0.5)
            c.text(bx + 5, y + 11, lab, 7.5, bold=True)
            c.text(bx + 5, y + 32, val, size, bold=lab == "UNIT CALL")
        y += 56
        c.text(x0, y, f"Sunrise {hm(rise, t)}   Sunset {hm(fall, t)}", 9, bold=True)
        c.text(x0 + 200, y, f"Weather: {g['weather']}", 8.5)
        y += 13
        c.text(x0, y, g["day_type"], 8.5)
        y += 14
        third = (right - x0 - 16) / 3
        blocks = [
            ("LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("UNIT BASE", [p.base_street, p.base_city, g["base_note"]]),
            ("NEAREST A&E", [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]),
        ]
        for i, (head, lines) in enumerate(blocks):
            bx = x0 + i * (third + 8)
            fill(c, bx, y, third, 13, 30)
            c.pdf.set_text_color(255, 255, 255)
            c.text(bx + 4, y + 10, head, 8, bold=True)
            black(c)
            yy = y + 25
            for k, ln in enumerate(lines):
                fit(c, bx + 4, yy, ln, 8.5, third - 8, bold=k == 0)
                yy += 11
            c.box(bx, y, third, 66, 0.5)
        y += 86
        y = _table(
            c,
            x0,
            y,
            ["SC", "SET / SYNOPSIS", "D/N", "PGS", "ARTISTS"],
            [0, 30, 330, 372, 414],
            g["scenes"],
            right,
            size=8.5,
            lead=13,
        )
        y += 4
        y = _table(
            c,
            x0,
            y,
            ["#", "ARTIST", "CHARACTER", "P/UP", "M/U & COST", "ON SET"],
            [0, 18, 150, 280, 350, 450],
            [
                (
                    str(i + 1),
                    a,
                    b,
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o + 30), t),
                    hm(add_minutes(call, o + 100), t),
                )
                for i, (a, b, o) in enumerate(g["cast"])
            ],
            right,
            size=8.5,
            lead=13,
        )
        y += 6
        _para(c, x0, y, g["notes"], 8.5, right - x0, 11)
        grey(c, 110)
        c.text(x0, c.pdf.h - 26, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"unit_{key}",
        "uk_unit_call",
        "UK / Scottish / Welsh unit call sheet: UNIT CALL 0700 strip, Breakfast from, a UNIT "
        "BASE block apart from LOCATION, Nearest A&E",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _unit_sheets() -> list[Sheet]:
    return [
        _unit(
            "racecourse",
            "Red Wall",
            D(2026, 11, 24),
            "07:00",
            {
                "company": "Clwyd Valley Films Ltd",
                "credits": "Director: Gethin Pryce   Producer: Nia Roberts   1st AD: Owain Lloyd",
                "no": "7",
                "day_of": "Day 7 of 25",
                "weather": "Overcast, 7°C, SW 20 mph, rain by 1500",
                "day_type": "Standard day. Crew breakfast at UNIT BASE before the unit call.",
                "set": "Main stand, tunnel and the home dressing room",
                "base_note": "Trucks, catering and dining bus",
                "scenes": [
                    ("22", "INT. HOME DRESSING ROOM - DAY", "D", "2 1/8", "1, 2"),
                    ("23", "INT. TUNNEL - DAY", "D", "4/8", "1"),
                    ("25", "EXT. MAIN STAND - DAY", "D", "1 3/8", "1, 2, 6"),
                ],
                "cast": [
                    ("Rhys Ellis", "DAI", -90),
                    ("Carys Vaughan", "MEG", -75),
                    ("Tomos Hughes", "COACH", 60),
                ],
                "notes": "Walkies ch 1 production, ch 2 AD. Hi-vis in the tunnel at all times.",
                "footer": "Red Wall  ·  Call Sheet 7  ·  Clwyd Valley Films",
            },
        ),
        _unit(
            "burnscentre",
            "The Nith",
            D(2026, 10, 20),
            "07:30",
            {
                "company": "Solway Firth Pictures",
                "credits": "Director: Morag Kerr   Producer: Euan Baird   1st AD: Isla Gow",
                "no": "14",
                "day_of": "Day 14 of 30",
                "weather": "Showers, 10°C, W 15 mph",
                "day_type": "Semi-continuous day. Breakfast from 0645 at base.",
                "set": "Riverside cafe and the weir path",
                "base_note": "Costume, make-up and catering",
                "scenes": [
                    ("44", "INT. RIVERSIDE CAFE - DAY", "D", "2", "1, 3"),
                    ("45", "EXT. WEIR PATH - DAY", "D", "1 1/8", "1"),
                ],
                "cast": [
                    ("Fiona Gilchrist", "JEAN", -60),
                    ("Calum Reid", "ANDY", -30),
                ],
                "notes": "Tide and river levels checked at 0600. Lifejackets for the weir path.",
                "footer": "The Nith  ·  Call Sheet 14  ·  Solway Firth Pictures",
            },
        ),
        _unit(
            "falkirkwheel",
            "Lock Keepers",
            D(2026, 9, 29),
            "07:00",
            {
                "company": "Forth & Clyde Productions",
                "credits": "Director: Ruaridh Bell   Producer: Kirsty Shaw   1st AD: Alan Dow",
                "no": "3",
                "day_of": "Day 3 of 18",
                "weather": "Bright spells, 13°C, light winds",
                "day_type": "Standard day. Visitor centre open from 1000 - quiet on set.",
                "set": "Upper aqueduct and the basin",
                "base_note": "Unit vehicles only, no public parking",
                "scenes": [
                    ("8", "EXT. UPPER AQUEDUCT - DAY", "D", "1 5/8", "1, 2"),
                    ("9", "EXT. BASIN - DAY", "D", "2 2/8", "1, 2, 4"),
                ],
                "cast": [
                    ("Eilidh Munro", "KATE", -75),
                    ("Greg Paterson", "DOUGIE", -45),
                    ("Hamish Lyall", "SKIPPER", 90),
                ],
                "notes": "Boat safety briefing at 0715 on the basin pontoon for all crew.",
                "footer": "Lock Keepers  ·  Call Sheet 3  ·  Forth & Clyde Productions",
            },
        ),
    ]


# --- (5) US commercial sheets -------------------------------------------------------------------


def _comm(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "us"

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        x0 = 40.0
        right = W - x0
        c.text(x0, 42, g["company"], 11, bold=True)
        grey(c, 100)
        c.text(x0, 54, g["company_addr"], 7.5)
        black(c)
        c.right(right, 42, "CALL SHEET", 15, bold=True)
        c.right(right, 57, day_text(day, "us_long"), 9.5, bold=True)
        c.right(right, 70, "Shoot Day 1 of 1", 9)
        c.text(x0, 88, f"“{title}”", 17, bold=True)
        y = 106.0
        for lab, val in [
            ("Production Company:", g["company"]),
            ("Agency:", g["agency"]),
            ("Client:", g["client"]),
            ("Director:", g["director"]),
        ]:
            c.text(x0, y, lab, 8.5, bold=True)
            c.text(x0 + 105, y, val, 8.5)
            y += 11.5
        # times, in a box on the right
        bx = W - 230
        c.box(bx, 96, 190, 96, 0.8)
        rise_txt = hm(rise, t)
        if g.get("sunrise_typo"):
            # HARD: the sunrise printed with PM for AM (a typo; the almanac's morning time)
            rise_txt = rise_txt.replace("AM", "PM")
        yy = 112.0
        for lab, val, size in [
            ("GENERAL CREW CALL", hm(call, t), 13),
            ("Shooting Call", hm(add_minutes(call, 60), t), 9),
            ("Sunrise", rise_txt, 9),
            ("Sunset", hm(fall, t), 9),
            ("Lunch", hm(add_minutes(call, 360), t), 9),
        ]:
            c.text(bx + 8, yy, lab, 8.5 if size < 10 else 9, bold=True)
            c.right(W - 48, yy, val, size, bold=size > 10)
            yy += 17 if size > 10 else 13
        y = 210.0
        third = (right - x0 - 16) / 3
        blocks = [
            ("LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("PARKING / BASECAMP", [p.base_street, p.base_city]),
            (
                g["er_head"],
                [g["er_name"], p.hospital_street, p.hospital_city, p.hospital_phone],
            ),
        ]
        for i, (head, lines) in enumerate(blocks):
            bx2 = x0 + i * (third + 8)
            fill(c, bx2, y, third, 13, 210)
            c.text(bx2 + 4, y + 10, head, 8, bold=True)
            yy = y + 25
            for k, ln in enumerate(lines):
                fit(c, bx2 + 4, yy, ln, 8.5, third - 8, bold=k == 0)
                yy += 11
            c.box(bx2, y, third, 70, 0.5)
        y += 92
        c.text(x0, y, f"Weather: {g['weather']}", 8.5)
        y += 18
        y = _table(
            c,
            x0,
            y,
            ["SPOT", "DESCRIPTION", "TALENT", "EST. TIME"],
            [0, 50, 320, 440],
            g["boards"],
            right,
            size=8.5,
            lead=13,
        )
        y += 4
        y = _table(
            c,
            x0,
            y,
            ["DEPT", "POSITION", "NAME", "PHONE", "CALL"],
            [0, 80, 200, 340, 450],
            [(d_, a, b, ph, hm(add_minutes(call, o), t)) for d_, a, b, ph, o in g["crew"]],
            right,
            size=8.5,
            lead=12.5,
        )
        y += 6
        _para(c, x0, y, g["notes"], 8, right - x0, 10.5)
        return c.output()

    return _sheet(
        f"comm_{key}",
        "us_commercial",
        "US commercial sheet: Shoot Day 1 of 1, production company / agency / client lines, "
        "the hospital's Emergency Department or ER",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _comm_sheets() -> list[Sheet]:
    return [
        _comm(
            "fallspark",
            "Where the River Falls",
            D(2026, 10, 8),
            "06:30",
            {
                "company": "Big Sioux Creative Co.",
                "company_addr": "101 S Phillips Ave, Suite 500, Sioux Falls, SD 57104  ·  "
                "(605) 555-0117",
                "agency": "Prairie Signal Agency",
                "client": "Dakota Lakes Credit Union",
                "director": "Jess Halvorsen",
                "er_head": "NEAREST HOSPITAL",
                "er_name": "Sanford USD Medical Center - Emergency Department",
                "set": "Overlook tower and the lower falls",
                "weather": "Sunny, 52°F rising to 68°F, wind S 10 mph",
                "boards": [
                    ("1", "Family walks the falls at golden hour", "Family of 4", "7:30 AM"),
                    ("2", "Couple on the overlook tower", "Couple", "10:00 AM"),
                    ("3", "Hero product shot: card tap at the café", "Hand model", "1:30 PM"),
                ],
                "crew": [
                    ("PROD", "Producer", "Kari Lindgren", "605-555-0141", 0),
                    ("CAM", "DP", "Omar Beltrán", "605-555-0152", 0),
                    ("G/E", "Gaffer", "Todd Brekke", "605-555-0163", -30),
                    ("HMU", "Key HMU", "Ashley Two Bulls", "605-555-0174", -45),
                ],
                "notes": "Park open to the public: keep walkways clear. No drones over the falls.",
            },
        ),
        _comm(
            "fargotheatre",
            "Opening Night",
            D(2026, 11, 12),
            "07:00",
            {
                "company": "Red River Reel LLC",
                "company_addr": "210 Broadway N, Fargo, ND 58102  ·  (701) 555-0128",
                "agency": "Flatland Partners",
                "client": "North Plains Energy",
                "director": "Brooke Solberg",
                "er_head": "NEAREST ER",
                "er_name": "Sanford Medical Center Fargo ER",
                "set": "Marquee, lobby and the Wurlitzer stage",
                "weather": "Cloudy, 28°F, wind NW 15 mph",
                "boards": [
                    ("1", "Marquee lights up at dawn", "-", "7:15 AM"),
                    ("2", "Organist at the Wurlitzer", "Organist", "9:30 AM"),
                    ("3", "Full house: the crowd turns", "Extras 40", "1:00 PM"),
                ],
                "crew": [
                    ("PROD", "Producer", "Nate Gunderson", "701-555-0145", 0),
                    ("CAM", "DP", "Maya Okonkwo", "701-555-0156", 0),
                    ("ART", "Prod Designer", "Lars Haugen", "701-555-0167", -60),
                    ("SOUND", "Mixer", "Becca Lund", "701-555-0178", 0),
                ],
                "notes": "Street closure on Broadway 6 AM-9 AM: permit with the 2nd AD.",
            },
        ),
        _comm(
            "wilma",
            "Higgins Ave Nights",
            D(2026, 9, 23),
            "07:30",
            {
                "sunrise_typo": True,
                "company": "Bitterroot Moving Pictures",
                "company_addr": "235 N Higgins Ave, Missoula, MT 59802  ·  (406) 555-0136",
                "agency": "Clark Fork Creative",
                "client": "Montana Rail Coffee Co.",
                "director": "Sierra Redfeather",
                "er_head": "EMERGENCY ROOM",
                "er_name": "Providence St. Patrick Hospital - Emergency Department",
                "set": "Theater lobby and the rooftop",
                "weather": "Clear, 45°F rising to 72°F",
                "boards": [
                    ("1", "Barista pours at the lobby bar", "Barista", "8:30 AM"),
                    ("2", "Rooftop coffee with the river behind", "Friends 3", "11:00 AM"),
                ],
                "crew": [
                    ("PROD", "Producer", "Cody Marsh", "406-555-0147", 0),
                    ("CAM", "DP", "Hana Ito", "406-555-0158", 0),
                    ("G/E", "Key Grip", "Wes Tollefson", "406-555-0169", -30),
                ],
                "notes": "Rooftop access by the east stair only. Harness check before any work.",
            },
        ),
    ]


# --- (6) e-mailed memos printed to PDF ----------------------------------------------------------


def _memo(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time_style"]
    show_hosp = g.get("hospital", True)

    def make() -> bytes:
        c = Canvas("A4", "helvetica")
        W = c.width
        x0 = 50.0
        right = W - x0
        grey(c, 90)
        c.text(24, 18, g["print_stamp"], 7)  # the browser's print header
        c.right(W - 24, 18, g["mail_app"], 7)
        black(c)
        c.text(x0, 56, g["subject"], 14, bold=True)
        c.hline(x0, right, 66, 0.4)
        y = 84.0
        for lab, val in [
            ("From:", g["from"]),
            ("To:", g["to"]),
            ("Subject:", g["subject"]),
            ("Date:", g["sent"]),
        ]:
            c.text(x0, y, lab, 9, bold=True)
            c.text(x0 + 55, y, val, 9)
            y += 12
        c.hline(x0, right, y, 0.4)
        y += 22
        c.text(x0, y, g["hi"], 10)
        y += 20
        y = _para(
            c,
            x0,
            y,
            g["intro"].format(title=title, date=day_text(day, g["date_style"])),
            10,
            right - x0,
            14,
        )
        y += 10
        for lab, val in [
            ("Date:", day_text(day, g["date_style"])),
            ("Call:", f"{hm(call, t)} {g['call_note']}"),
            ("Location:", f"{p.name}, {p.street}, {p.city} ({g['set']})"),
            ("Parking:", f"{p.base_street}, {p.base_city}"),
        ]:
            c.text(x0, y, lab, 10, bold=True)
            y = _para(c, x0 + 62, y, val, 10, right - x0 - 62, 13.5) + 3
        y += 8
        c.text(x0, y, "Running order", 10, bold=True)
        y += 14
        for off, what in g["plan"]:
            c.text(x0 + 8, y, hm(add_minutes(call, off), t), 9.5)
            c.text(x0 + 70, y, what, 9.5)
            y += 13
        y += 8
        c.text(x0, y, f"Sunrise {hm(rise, t)}, sunset {hm(fall, t)}. {g['weather']}", 9.5)
        y += 16
        if show_hosp:
            y = _para(
                c,
                x0,
                y,
                f"Nearest hospital: {p.hospital}, {p.hospital_street}, {p.hospital_city}, "
                f"{p.hospital_phone} (emergency {g['emergency']}).",
                9.5,
                right - x0,
                13,
            )
        else:
            c.text(x0, y, f"In an emergency call {g['emergency']}.", 9.5)
            y += 13
        y += 10
        y = _para(c, x0, y, g["closing"], 10, right - x0, 14)
        y += 10
        c.text(x0, y, g["sign"], 10)
        c.text(x0, y + 13, g["sig2"], 8.5)
        grey(c, 90)
        c.text(24, c.pdf.h - 16, g["print_foot"], 7)
        c.right(W - 24, c.pdf.h - 16, "1/1", 7)
        black(c)
        return c.output()

    return _sheet(
        f"memo_{key}",
        "email_memo_pdf",
        "e-mailed memo printed to PDF: From / To / Subject / Date head (the sent date), the "
        "shoot's date in the body, Call:, Location:",
        make,
        expect(p, title, day, call, g["set"], hospital="" if show_hosp else None),
    )


def _memo_sheets() -> list[Sheet]:
    return [
        _memo(
            "kerrymuseum",
            "Kingdom Stories",
            D(2026, 11, 26),
            "08:00",
            {
                "time_style": "memo",
                "date_style": "sentence_year",
                "print_stamp": "23/11/2026, 09:12",
                "mail_app": "Outlook",
                "print_foot": "https://outlook.office.com/mail/inbox",
                "from": "Aoife Brosnan <aoife@ballyseedemedia.ie>",
                "to": "Crew; Dónal Moriarty; Niamh Fitzgerald",
                "subject": "Kingdom Stories - shoot day details",
                "sent": "Mon 23/11/2026 08:47",
                "hi": "Hi all,",
                "intro": "Here's everything for the {title} museum episode. We're shooting on "
                "{date} in the medieval street and the main gallery.",
                "call_note": "crew call at the side door on Denny Street",
                "set": "medieval street and the main gallery",
                "plan": [
                    (0, "Load in, lighting the medieval street"),
                    (90, "Interview: Dónal (curator)"),
                    (240, "Lunch"),
                    (300, "GVs of the gallery, pickups"),
                ],
                "weather": "Soft day, 9°C, showers.",
                "emergency": "112 / 999",
                "closing": "Museum opens at 9.30am so please keep the front hall clear from then.",
                "sign": "Thanks, Aoife",
                "sig2": "Ballyseede Media  ·  Tralee",
            },
        ),
        _memo(
            "westernplains",
            "Out West",
            D(2026, 10, 15),
            "06:30",
            {
                "time_style": "memo",
                "date_style": "sentence_year",
                "hospital": False,
                "print_stamp": "10/10/2026, 7:55 pm",
                "mail_app": "Gmail - Out West: call details for Thursday",
                "print_foot": "https://mail.google.com/mail/u/0/#inbox",
                "from": "Bec Maloney <bec@redsoilfilms.com.au>",
                "to": "Crew list <crew@redsoilfilms.com.au>",
                "subject": "Out West: call details for Thursday",
                "sent": "Sat, 10 Oct 2026 at 7:41 pm",
                "hi": "G'day team,",
                "intro": "Quick memo for the zoo day on {title}. We're shooting {date} with the "
                "keepers before the gates open.",
                "call_note": "at the staff gate (ask for Leanne)",
                "set": "African savannah and the keepers' yard",
                "plan": [
                    (0, "Safety briefing with the keepers"),
                    (30, "Feeding round on the savannah circuit"),
                    (210, "Interview: head keeper"),
                    (300, "Lunch, then wrap by 2pm"),
                ],
                "weather": "Hot and dry, 31°C by noon - bring water.",
                "emergency": "000",
                "closing": "Closed shoes and long sleeves please. "
                "Ring me if you're lost on Obley Rd.",
                "sign": "Cheers, Bec",
                "sig2": "Red Soil Films  ·  Dubbo",
            },
        ),
        _memo(
            "transportworld",
            "Southern Machines",
            D(2026, 8, 20),
            "08:30",
            {
                "time_style": "memo_sp",
                "date_style": "sentence",
                "print_stamp": "18/08/2026 4:03 p.m.",
                "mail_app": "Mail",
                "print_foot": "Printed from Mail",
                "from": "Hemi Parata <hemi@deepsouthproductions.co.nz>",
                "to": "Crew; Transport World events team",
                "subject": "RE: Southern Machines - Thursday",
                "sent": "Tuesday, 18 August 2026 3:58 p.m.",
                "hi": "Kia ora koutou,",
                # HARD: the body's date has no year; the sent date (two days earlier) has it
                "intro": "Following up on Monday's chat: {title} is shooting on {date} in the "
                "main hall with the truck collection.",
                "call_note": "at the loading bay, Tay Street side",
                "set": "main hall and the workshop",
                "plan": [
                    (0, "Load in, set up in the main hall"),
                    (60, "Walk-through with the collection manager"),
                    (180, "Workshop sequence"),
                    (270, "Lunch"),
                ],
                "weather": "Cold southerly, 6°C.",
                "emergency": "111",
                "closing": "The café's open for us from 8 a.m. See you Thursday.",
                "sign": "Ngā mihi, Hemi",
                "sig2": "Deep South Productions  ·  Invercargill",
            },
        ),
    ]


# --- near misses: share call-sheet words, are not call sheets ----------------------------------


def _release() -> bytes:
    """A location release agreement: the property's address, shoot dates and times, signatures."""
    p = P["releaseprop"]
    c = Canvas("letter", "times")
    W = c.width
    x0 = 66.0
    right = W - x0
    centre(c, 66, "LOCATION RELEASE AGREEMENT", 15)
    y = 100.0
    for lab, val in [
        ("Production:", "Encore Season (commercial)"),
        ("Producer:", "Kawartha Light Productions Inc., 360 George St N, Peterborough, ON"),
        ("Property:", f"{p.name}, {p.street}, {p.city}"),
        ("Owner / agent:", "Peterborough Historical Society (Laura Keane)"),
        ("Shoot dates:", "Wednesday, November 18, 2026, 7:00 AM to 7:00 PM"),
        (
            "Prep / strike:",
            "Tuesday, November 17, 2026 from 2:00 PM; strike by 10:00 PM on the 18th",
        ),
        ("Fee:", "CAD $1,800.00 plus HST, payable within 30 days"),
    ]:
        c.text(x0, y, lab, 11, bold=True)
        y = _para(c, x0 + 100, y, val, 11, right - x0 - 100, 14) + 4
    y += 10
    for n, clause in enumerate(
        [
            "The Owner grants the Producer and its crew the right to enter the Property with "
            "personnel and equipment to photograph and record it on the dates above.",
            "The Producer may use the footage, and the Property's name and address, in the "
            "production and its promotion in all media worldwide in perpetuity.",
            "The Producer will leave the Property in the condition it was found, reasonable wear "
            "excepted, and holds a general liability policy of CAD $5,000,000.",
            "Parking for production vehicles on Brock St as permitted by the City of "
            "Peterborough. No access to the upper floor.",
        ],
        1,
    ):
        y = _para(c, x0, y, f"{n}. {clause}", 10.5, right - x0, 13.5) + 6
    y += 30
    for who in ["Owner / authorised agent", "For the Producer"]:
        c.hline(x0, x0 + 220, y, 0.5)
        c.text(x0, y + 13, who, 9.5)
        c.hline(x0 + 260, x0 + 400, y, 0.5)
        c.text(x0 + 260, y + 13, "Date", 9.5)
        y += 50
    return c.output()


def _itinerary() -> bytes:
    """A crew travel itinerary: flights, hotel and ground transport with dates and times."""
    c = Canvas("A4", "helvetica")
    W = c.width
    x0 = 40.0
    right = W - x0
    c.text(x0, 50, "TRAVEL ITINERARY", 15, bold=True)
    c.text(x0, 64, "Lock Keepers  ·  Forth & Clyde Productions  ·  Travel: Shona McBride", 9)
    c.right(right, 50, "Issued 21 Sep 2026", 9)
    c.hline(x0, right, 72, 0.8)
    y = 92.0
    c.text(x0, y, "FLIGHTS", 10, bold=True)
    y = _table(
        c,
        x0,
        y + 14,
        ["DATE", "FLIGHT", "FROM", "TO", "DEP", "ARR", "PASSENGERS"],
        [0, 70, 120, 200, 280, 320, 360],
        [
            (
                "Sun 27 Sep",
                "BA1446",
                "London LHR",
                "Edinburgh",
                "07:15",
                "08:40",
                "R. Bell, K. Shaw",
            ),
            ("Sun 27 Sep", "U2 3275", "Bristol", "Edinburgh", "09:05", "10:25", "E. Munro"),
            (
                "Fri 2 Oct",
                "BA1463",
                "Edinburgh",
                "London LHR",
                "19:45",
                "21:10",
                "R. Bell, K. Shaw",
            ),
        ],
        right,
        size=8.5,
        lead=13,
    )
    y += 8
    c.text(x0, y, "HOTEL", 10, bold=True)
    y += 14
    for ln in [
        "Macdonald Inchyra Hotel & Spa, Grange Road, Polmont, Falkirk FK2 0YB",
        "Check in Sun 27 Sep from 15:00  ·  Check out Sat 3 Oct by 11:00",
        "Booking ref FCP-88213  ·  6 rooms, breakfast included",
    ]:
        c.text(x0 + 8, y, ln, 9.5)
        y += 13
    y += 10
    c.text(x0, y, "GROUND TRANSPORT", 10, bold=True)
    y = _table(
        c,
        x0,
        y + 14,
        ["DATE", "PICK-UP", "FROM", "TO", "DRIVER"],
        [0, 70, 130, 300, 420],
        [
            ("Sun 27 Sep", "08:50", "Edinburgh Airport arrivals", "Hotel", "Gordon (07700 900417)"),
            ("Sun 27 Sep", "10:35", "Edinburgh Airport arrivals", "Hotel", "Gordon"),
            ("Fri 2 Oct", "17:30", "Hotel", "Edinburgh Airport", "Gordon"),
        ],
        right,
        size=8.5,
        lead=13,
    )
    y += 8
    _para(
        c,
        x0,
        y,
        "Daily call times will be on each day's call sheet. Per diems paid on arrival. Please keep "
        "all receipts for taxis and meals while travelling.",
        9.5,
        right - x0,
        12.5,
    )
    return c.output()


def _screenplay() -> bytes:
    """A screenplay title page, then a page of scenes (scene headings, action, dialogue)."""
    c = Canvas("letter", "courier")
    W = c.width
    centre(c, 260, "MADE UP NORTH", 14)
    centre(c, 290, "Written by", 12, bold=False)
    centre(c, 306, "Tomas Reyes", 12, bold=False)
    centre(c, 340, "Second Draft - November 2, 2026", 12, bold=False)
    for i, ln in enumerate(
        ["Spruce Line Pictures", "1188 4th Ave", "Prince George, BC V2L 3J4", "(250) 555-0194"]
    ):
        c.text(72, 650 + i * 14, ln, 11)
    c.new_page()
    x = 108.0
    y = 72.0
    for kind, txt in [
        ("h", "12   INT. KITCHEN - NIGHT"),
        ("a", "The oven clock reads 7:00 AM, wrong since the power cut. NOOR (30s)"),
        ("a", "sits with a stack of bills and a cold coffee."),
        ("c", "NOOR"),
        ("d", "Call the bank at eight. First thing."),
        ("c", "WALT (O.S.)"),
        ("d", "They open at nine-thirty on Wednesdays."),
        ("a", "WALT (60s) in the doorway, snow on his coat."),
        ("h", "13   EXT. CIVIC PLAZA - DAY"),
        ("a", "Snow on the gallery roof. Noor crosses the plaza, phone to her ear."),
        ("c", "NOOR"),
        ("d", "Wednesday, the 25th. Eight o'clock. I'll be there."),
    ]:
        if kind == "h":
            c.text(x - 36, y, txt, 12, bold=True)
        elif kind == "a":
            c.text(x, y, txt, 12)
        elif kind == "c":
            c.text(x + 158, y, txt, 12)
        else:
            c.text(x + 72, y, txt, 12)
        y += 16 if kind != "h" else 24
    c.right(W - 72, 40, "2.", 12)
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "near_miss_location_release",
            "near_miss",
            "location release agreement: the property's address, shoot dates and times",
            _release,
            OTHER,
        ),
        _sheet(
            "near_miss_travel_itinerary",
            "near_miss",
            "crew travel itinerary: flights, hotel and ground transport with dates and times",
            _itinerary,
            OTHER,
        ),
        _sheet(
            "near_miss_screenplay_page",
            "near_miss",
            "screenplay title page and a scene page (INT. KITCHEN - NIGHT)",
            _screenplay,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_band_sheets(),
        *_korekta_sheets(),
        *_lista_sheets(),
        *_unit_sheets(),
        *_comm_sheets(),
        *_memo_sheets(),
        *_other_sheets(),
    ]
