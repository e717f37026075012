"""Twenty-ninth held-out set: international service productions and short-form shoots
(`fresh28_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets: sheets a
crew member receives from service companies abroad and from short-form shoots (CONVENTIONS.md,
"fresh28"). A Berlin / Hamburg commercial production's sheet in English for an international
client (A4, "Drehtag 1 / Shooting day 1", the German date beside the English one, "Call: 07:00",
German addresses, "Nearest hospital / Krankenhaus"), a Prague / Budapest service production's
sheet in English with local dates ("11. 3. 2026", "2026. április 7.") and UNIT BASE and SET blocks
side by side on the same baselines, a Lisbon / Porto commercial "folha de serviço" in Portuguese
or bilingual ("Chamada geral", "Local de filmagem", "Hospital mais próximo", "1200-442 Lisboa"), a
Cape Town / Johannesburg TVC service sheet ("Unit call 06h30", GPS pins, "Unit base", "Nearest
hospital / trauma unit", "2026/03/10"), a US music video / branded content one-pager from Los
Angeles or Nashville (a big "CALL TIME 8A", LOCATION with a map link line, PARKING, NEAREST ER,
department calls, the artist called after the crew) and a Polish agency's bilingual PL/EN commercial
call sheet ("Data / Date", "Zbiórka / Crew call", "Lokalizacja / Location", "Szpital / Hospital",
"11.03.2026", "Data wysłania"). Three near misses (a screenplay excerpt with its title page, a crew
contact list, a grip truck inventory with a rental pick-up date) must read as `other`.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one
a family); most sheets are plain.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from tests.corpus.draw import Canvas, black, centre, grey, measure
from tests.corpus.formats import PL_WEEKDAYS, add_minutes
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
from tests.corpus.sheet import Sheet, cell, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # Berlin / Hamburg commercial in English: Kraftwerk Berlin, Elbphilharmonie, Funkhaus Berlin
    "kraftwerk": _p(
        "eu",
        "Kraftwerk Berlin",
        "Köpenicker Straße 70",
        "10179 Berlin",
        52.5104,
        13.4199,
        "Europe/Berlin",
        "Vivantes Klinikum Am Urban",
        "Dieffenbachstraße 1",
        "10967 Berlin",
        "+49 30 130 220",
        "Michaelkirchplatz",
        "10179 Berlin",
    ),
    "elphi": _p(
        "eu",
        "Elbphilharmonie",
        "Platz der Deutschen Einheit 4",
        "20457 Hamburg",
        53.5413,
        9.9842,
        "Europe/Berlin",
        "Asklepios Klinik St. Georg",
        "Lohmühlenstraße 5",
        "20099 Hamburg",
        "+49 40 181885-0",
        "Sandtorkai 30",
        "20457 Hamburg",
    ),
    "funkhaus": _p(
        "eu",
        "Funkhaus Berlin",
        "Nalepastraße 18",
        "12459 Berlin",
        52.4879,
        13.4954,
        "Europe/Berlin",
        "Unfallkrankenhaus Berlin",
        "Warener Straße 7",
        "12683 Berlin",
        "+49 30 5681-0",
        "Nalepastraße 10",
        "12459 Berlin",
    ),
    # Prague / Budapest service sheets: Rudolfinum, Vyšehrad, Széchenyi Baths
    "rudolfinum": _p(
        "eu",
        "Rudolfinum",
        "Alšovo nábřeží 12",
        "110 00 Praha 1",
        50.0900,
        14.4154,
        "Europe/Prague",
        "Všeobecná fakultní nemocnice v Praze",
        "U Nemocnice 499/2",
        "128 08 Praha 2",
        "+420 224 961 111",
        "náměstí Jana Palacha",
        "110 00 Praha 1",
    ),
    "vysehrad": _p(
        "eu",
        "Vyšehrad",
        "V Pevnosti 159/5b",
        "128 00 Praha 2",
        50.0645,
        14.4190,
        "Europe/Prague",
        "Fakultní nemocnice Královské Vinohrady",
        "Šrobárova 1150/50",
        "100 34 Praha 10",
        "+420 267 161 111",
        "Štulcova 2",
        "128 00 Praha 2",
    ),
    "szechenyi": _p(
        "eu",
        "Széchenyi Thermal Bath",
        "Állatkerti krt. 9-11",
        "1146 Budapest",
        47.5186,
        19.0823,
        "Europe/Budapest",
        "Uzsoki utcai Kórház",
        "Uzsoki u. 29-41",
        "1145 Budapest",
        "+36 1 467 3700",
        "Olof Palme sétány 5",
        "1146 Budapest",
    ),
    # Lisbon / Porto folha de serviço: MAAT, Teatro Nacional de São Carlos, Livraria Lello
    "maat": _p(
        "pt",
        "MAAT - Museu de Arte, Arquitetura e Tecnologia",
        "Av. Brasília",
        "1300-598 Lisboa",
        38.6958,
        -9.1934,
        "Europe/Lisbon",
        "Hospital de São Francisco Xavier",
        "Estrada do Forte do Alto do Duque",
        "1449-005 Lisboa",
        "+351 210 431 000",
        "Av. da Índia",
        "1300-299 Lisboa",
    ),
    "saocarlos": _p(
        "pt",
        "Teatro Nacional de São Carlos",
        "Rua Serpa Pinto 9",
        "1200-442 Lisboa",
        38.7095,
        -9.1418,
        "Europe/Lisbon",
        "Hospital de São José",
        "Rua José António Serrano",
        "1150-199 Lisboa",
        "+351 218 841 000",
        "Rua Victor Cordon 37",
        "1200-482 Lisboa",
    ),
    "lello": _p(
        "pt",
        "Livraria Lello",
        "Rua das Carmelitas 144",
        "4050-161 Porto",
        41.1469,
        -8.6148,
        "Europe/Lisbon",
        "Hospital de Santo António",
        "Largo Prof. Abel Salazar",
        "4099-001 Porto",
        "+351 222 077 500",
        "Praça de Carlos Alberto",
        "4050-157 Porto",
    ),
    # Cape Town / Johannesburg TVC service: Zeitz MOCAA, Muizenberg beach huts, Arts on Main
    "zeitz": _p(
        "za",
        "Zeitz MOCAA",
        "S Arm Rd, Silo District",
        "V&A Waterfront, Cape Town, 8001",
        -33.9084,
        18.4227,
        "Africa/Johannesburg",
        "Netcare Christiaan Barnard Memorial Hospital",
        "22 DF Malan St, Foreshore",
        "Cape Town, 8001",
        "+27 21 441 0000",
        "Portswood Rd",
        "V&A Waterfront, Cape Town, 8001",
    ),
    "muizenberg": _p(
        "za",
        "Muizenberg Beach (the beach huts)",
        "Beach Rd",
        "Muizenberg, Cape Town, 7945",
        -34.1080,
        18.4712,
        "Africa/Johannesburg",
        "Mediclinic Constantiaberg",
        "Burnham Rd, Plumstead",
        "Cape Town, 7800",
        "+27 21 799 2911",
        "Atlantic Rd",
        "Muizenberg, Cape Town, 7945",
    ),
    "artsonmain": _p(
        "za",
        "Arts on Main",
        "264 Fox St",
        "Maboneng, Johannesburg, 2094",
        -26.2044,
        28.0573,
        "Africa/Johannesburg",
        "Netcare Milpark Hospital",
        "9 Guild Rd, Parktown West",
        "Johannesburg, 2193",
        "+27 11 480 5600",
        "Kruger St",
        "Maboneng, Johannesburg, 2094",
    ),
    # US music video / branded one-pagers: Los Angeles Theatre, Hollywood Forever, the Parthenon
    "latheatre": _p(
        "us",
        "The Los Angeles Theatre",
        "615 S Broadway",
        "Los Angeles, CA 90014",
        34.0454,
        -118.2523,
        "America/Los_Angeles",
        "Good Samaritan Hospital",
        "1225 Wilshire Blvd",
        "Los Angeles, CA 90017",
        "(213) 977-2121",
        "640 S Spring St",
        "Los Angeles, CA 90014",
    ),
    "hollywoodforever": _p(
        "us",
        "Hollywood Forever Cemetery",
        "6000 Santa Monica Blvd",
        "Los Angeles, CA 90038",
        34.0891,
        -118.3196,
        "America/Los_Angeles",
        "Hollywood Presbyterian Medical Center",
        "1300 N Vermont Ave",
        "Los Angeles, CA 90027",
        "(213) 413-3000",
        "950 N Gower St",
        "Los Angeles, CA 90038",
    ),
    "parthenon": _p(
        "us",
        "The Parthenon (Centennial Park)",
        "2500 West End Ave",
        "Nashville, TN 37203",
        36.1497,
        -86.8133,
        "America/Chicago",
        "TriStar Centennial Medical Center",
        "2300 Patterson St",
        "Nashville, TN 37203",
        "(615) 342-1000",
        "Centennial Park lot, 31st Ave N",
        "Nashville, TN 37203",
    ),
    # Polish agency bilingual PL / EN: ECS Gdańsk, Elektrownia Powiśle, Stara Rzeźnia Poznań
    "ecs": _p(
        "pl",
        "Europejskie Centrum Solidarności",
        "pl. Solidarności 1",
        "80-863 Gdańsk",
        54.3612,
        18.6493,
        "Europe/Warsaw",
        "Copernicus Szpital im. Mikołaja Kopernika",
        "ul. Nowe Ogrody 1-6",
        "80-803 Gdańsk",
        "+48 58 764 01 00",
        "ul. Doki 1",
        "80-863 Gdańsk",
    ),
    "powisle": _p(
        "pl",
        "Elektrownia Powiśle",
        "ul. Dobra 42",
        "00-312 Warszawa",
        52.2400,
        21.0280,
        "Europe/Warsaw",
        "Szpital Kliniczny Dzieciątka Jezus",
        "ul. Lindleya 4",
        "02-005 Warszawa",
        "+48 22 317 90 00",
        "ul. Zajęcza 2",
        "00-351 Warszawa",
    ),
    "rzeznia": _p(
        "pl",
        "Stara Rzeźnia",
        "ul. Garbary 101/111",
        "61-757 Poznań",
        52.4170,
        16.9390,
        "Europe/Warsaw",
        "Szpital Kliniczny Przemienienia Pańskiego",
        "ul. Długa 1/2",
        "61-848 Poznań",
        "+48 61 854 90 00",
        "ul. Szelągowska 1",
        "61-626 Poznań",
    ),
}

DE_WD = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
DE_MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
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
HU_WD = ["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"]
PT_WD = [
    "segunda-feira",
    "terça-feira",
    "quarta-feira",
    "quinta-feira",
    "sexta-feira",
    "sábado",
    "domingo",
]
PT_MONTHS = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
]
CZ_WD = ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "mv": f"{h12}{ap[0]}" if not m else f"{h12}:{m:02d}{ap[0]}",  # "8A", "6:30P"
        "pl_colon": f"{h}:{m:02d}",  # Polish "7:00"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "de": f"{DE_WD[d.weekday()]}, {d.day}. {DE_MONTHS[d.month - 1]} {d.year}",  # "Mo., 9. März"
        "en_plain": f"{d:%A} {d.day} {d:%B} {d.year}",  # "Monday 9 March 2026"
        "cz": f"{d.day}. {d.month}. {d.year}",  # "11. 3. 2026"
        "cz_wd": f"{CZ_WD[d.weekday()]} {d.day}. {d.month}. {d.year}",
        "hu_num": f"{d.year}. {d.month:02d}. {d.day:02d}.",  # "2026. 04. 07."
        "hu": f"{d.year}. {HU_MONTHS[d.month - 1]} {d.day}., {HU_WD[d.weekday()]}",
        "pt_long": f"{PT_WD[d.weekday()]}, {d.day} de {PT_MONTHS[d.month - 1]} de {d.year}",
        "pt_num": f"{d:%d/%m/%Y}",
        "za": f"{d:%Y/%m/%d}",  # "2026/03/10"
        "za_wd": f"{d:%Y/%m/%d} ({d:%A})",
        "za_long": f"{d:%a} {d:%d} {d:%B} {d.year}",  # "Tue 10 March 2026"
        "mv_caps": f"{d:%A}".upper() + f" {d.month}/{d.day}/{d:%y}",  # "FRIDAY 3/6/26"
        "mv_long": f"{d:%A}, {d:%B} {d.day}, {d.year}",
        "pl_en": f"{d.day}.{d.month:02d}.{d.year} ({PL_WEEKDAYS[d.weekday()]} / {d:%A})",
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh28")

# Tables as fresh26 draws them (fresh_common.head_table).
_rows = partial(head_table, size=8.0, shade=225, lead=12.5, head_rule=0.3)


# --- (1) Berlin / Hamburg commercial in English: Drehtag / Shooting day, German and English date


def _de(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "h24"

    def make() -> bytes:
        c = Canvas("A4", g["font"])
        W = c.width
        x0 = 40.0
        right = W - x0
        c.text(x0, 44, g["company"], 12, bold=True)
        grey(c, 90)
        c.text(x0, 56, g["company_addr"], 7.5)
        black(c)
        c.right(right, 44, "CALL SHEET", 18, bold=True)
        c.right(right, 58, f"Drehtag {g['dayno']} / Shooting day {g['dayno']} of {g['days']}", 9)
        c.hline(x0, right, 66, 1.2)
        y = 88.0
        c.text(x0, y, title, 16, bold=True)
        y += 15
        c.text(x0, y, f"Client: {g['client']}   ·   Agency: {g['agency']}", 9)
        y += 12
        c.text(x0, y, f"Director: {g['director']}   ·   Producer: {g['producer']}", 9)
        # the date pair and the call box, right
        bx = right - 170
        c.box(bx, 76, 170, 56, 1.4)
        c.text(bx + 8, 90, day_text(day, "de"), 9, bold=True)
        c.text(bx + 8, 102, day_text(day, "en_plain"), 9)
        c.text(bx + 8, 124, f"Call: {hm(call, t)}", 16, bold=True)
        y = 150.0
        rows: list[tuple[str, list[str]]] = [
            ("Motiv / Location", [p.name, f"{p.street}, {p.city}", g["set"]]),
            ("Basis / Unit base", [f"{p.base_street}, {p.base_city}", g["base_note"]]),
            ("Parken / Parking", [g["parking"]]),
            (
                "Nearest hospital / Krankenhaus",
                [p.hospital, f"{p.hospital_street}, {p.hospital_city}", f"Tel. {p.hospital_phone}"],
            ),
            ("Notruf / Emergency", ["112 (Feuerwehr / Rettungsdienst)   ·   110 (Polizei)"]),
            (
                "Sonne / Sun",
                [f"Aufgang / Sunrise {hm(rise, t)}   ·   Untergang / Sunset {hm(fall, t)}"],
            ),
            ("Wetter / Weather", [g["weather"]]),
        ]
        lw = 172.0
        for lab, lines in rows:
            h = 6 + 12 * len(lines)
            if g["grid"]:
                fill(c, x0, y, lw, h, 236)
                c.box(x0, y, lw, h, 0.4)
                c.box(x0 + lw, y, right - x0 - lw, h, 0.4)
            fit(c, x0 + 5, y + 12, lab, 8.5, lw - 10, bold=True)
            yy = y + 12
            for k, ln in enumerate(lines):
                fit(c, x0 + lw + 6, yy, ln, 9.5, right - x0 - lw - 12, bold=k == 0 and h > 20)
                yy += 12
            y += h + (0 if g["grid"] else 4)
        y += 20
        c.text(x0, y, "Zeiten / Times", 10.5, bold=True)
        times = [
            ("Frühstück / Breakfast", -30),
            ("Call", 0),
            ("Drehbeginn / First shot", 75),
            ("Mittag / Lunch", 330),
            ("Drehschluss / Est. wrap", 630),
        ]
        yy = y + 14
        for lab, off in times:
            c.text(x0 + 5, yy, lab, 9)
            c.text(x0 + 170, yy, hm(add_minutes(call, off), t), 9, bold=off == 0)
            yy += 12
        y = yy + 8
        c.text(x0, y, "Ablauf / Schedule", 10.5, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["Zeit", "Einstellung / Shot", "Darsteller / Cast"],
            [0, 55, 370],
            [(hm(add_minutes(call, o), t), a, b) for o, a, b in g["schedule"]],
            right,
            size=8.5,
        )
        y += 4
        c.text(x0, y, "Crew", 10.5, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["Department", "Name", "Mobil", "Call"],
            [0, 130, 290, 430],
            [(a, b, ph, hm(add_minutes(call, o), t)) for a, b, ph, o in g["crew"]],
            right,
            size=8.5,
        )
        if g.get("tomorrow"):
            # HARD: tomorrow's shooting day (its date, call and set) in a box at the foot
            nd, ncall, nset = g["tomorrow"]
            y += 6
            c.box(x0, y, right - x0, 46, 0.8)
            c.text(
                x0 + 6,
                y + 13,
                f"Drehtag {g['dayno'] + 1} / Shooting day {g['dayno'] + 1}",
                9,
                bold=True,
            )
            c.text(x0 + 6, y + 26, f"{day_text(nd, 'de')} / {day_text(nd, 'en_plain')}", 8.5)
            c.text(x0 + 6, y + 38, f"Call: {hm(ncall, t)}  ·  {nset}", 8.5)
        grey(c, 120)
        c.text(x0, c.pdf.h - 24, f"Stand / Issued: {g['issued']}", 7)
        c.right(right, c.pdf.h - 24, "Bitte nicht rauchen am Motiv / No smoking on location", 7)
        black(c)
        return c.output()

    return _sheet(
        f"de_{key}",
        "de_service_en",
        "Berlin / Hamburg commercial in English: Drehtag / Shooting day, German and English dates",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _de_sheets() -> list[Sheet]:
    return [
        _de(
            "kraftwerk",
            "Voltaire Electric - Quiet Power",
            D(2026, 3, 9),
            "07:00",
            {
                "font": "helvetica",
                "grid": True,
                "company": "NORDLICHT FILMPRODUKTION GmbH",
                "company_addr": "Linienstraße 40, 10119 Berlin  ·  +49 30 555 0140",
                "dayno": 1,
                "days": 2,
                "client": "Voltaire Motors (France)",
                "agency": "Maison Lumen, Paris",
                "director": "Jonas Reiter",
                "producer": "Mira Hoffmann",
                "set": "Turbine hall, ground floor",
                "base_note": "Catering, HMU and wardrobe trailers",
                "parking": "Crew cars: Köpenicker Straße lay-by, permits on dashboard",
                "weather": "Cloudy, 7 °C, light rain after 15:00",
                "schedule": [
                    (75, "SH 1: car in the turbine hall, wide, smoke", "Driver"),
                    (200, "SH 2-3: interior, driver close-ups", "Driver"),
                    (330, "Mittagspause / Lunch", ""),
                    (390, "SH 4: charging port macro", ""),
                ],
                "crew": [
                    ("Producer", "Mira Hoffmann", "+49 170 555 0121", -30),
                    ("1st AD", "Lena Brandt", "+49 170 555 0133", -15),
                    ("DoP", "Piotr Wenzel", "+49 151 555 0147", 0),
                    ("Gaffer", "Kai Ohlsen", "+49 151 555 0152", -60),
                    ("HMU", "Sanne Vogel", "+49 160 555 0166", -45),
                ],
                "issued": "Fr., 6. März 2026, 18:30",
            },
        ),
        _de(
            "elphi",
            "Nordic Air - Harbour Light",
            D(2026, 3, 19),
            "06:30",
            {
                "font": "sans",
                "grid": False,
                "company": "ELBKAI FILM GmbH",
                "company_addr": "Große Elbstraße 145, 22767 Hamburg  ·  +49 40 555 0190",
                "dayno": 1,
                "days": 2,
                "client": "Nordic Air AB (Sweden)",
                "agency": "Fjord & Field, Stockholm",
                "director": "Hanna Lindqvist",
                "producer": "Tobias Krüger",
                "set": "Plaza level, east terrace",
                "base_note": "Trucks and catering tent at the quay",
                "parking": "Parkhaus Elbphilharmonie, level 2 (tickets from production)",
                "weather": "Bright, 6 °C, wind from the west",
                "schedule": [
                    (60, "Shot 1: traveller on the plaza, harbour behind", "Traveller"),
                    (180, "Shot 2: tablet close-up, boarding pass", "Traveller"),
                    (330, "Mittag / Lunch", ""),
                    (400, "Shot 3: golden hour wide from the terrace", "Traveller, Child"),
                ],
                "crew": [
                    ("Producer", "Tobias Krüger", "+49 171 555 0104", -30),
                    ("1st AD", "Ayla Demir", "+49 171 555 0111", -15),
                    ("DoP", "Erik Sundberg", "+46 70 555 0123", 0),
                    ("Key grip", "Malte Wulf", "+49 152 555 0138", -30),
                ],
                # HARD: tomorrow's day (date, call, set) in a box under today's crew
                "tomorrow": (D(2026, 3, 20), "07:00", "Speicherstadt, Pickhuben 5, 20457 Hamburg"),
                "issued": "Mi., 18. März 2026, 17:45",
            },
        ),
        _de(
            "funkhaus",
            "Sonar Audio - Room Tone",
            D(2026, 4, 14),
            "08:00",
            {
                "font": "helvetica",
                "grid": True,
                "company": "SPREEWERK PRODUCTIONS GmbH",
                "company_addr": "Schlesische Straße 26, 10997 Berlin  ·  +49 30 555 0177",
                "dayno": 1,
                "days": 1,
                "client": "Sonar Audio Ltd (UK)",
                "agency": "Northstar Creative, London",
                "director": "Elif Kaya",
                "producer": "Felix Baum",
                "set": "Recording studio 1 (Saal 1)",
                "base_note": "Green room and HMU in Block B",
                "parking": "Funkhaus courtyard, gate 2 on Nalepastraße",
                "weather": "Indoor shoot; 14 °C, showers",
                "schedule": [
                    (90, "Shot 1: the band in Saal 1, wide", "Band"),
                    (240, "Shot 2: headphones product shots", ""),
                    (330, "Lunch", ""),
                    (390, "Shot 3: the listener, close", "Listener"),
                ],
                "crew": [
                    ("Producer", "Felix Baum", "+49 172 555 0181", -30),
                    ("1st AD", "Noah Weiss", "+49 172 555 0186", -15),
                    ("DoP", "Greta Lange", "+49 157 555 0192", 0),
                    ("Sound", "Ole Jansen", "+49 157 555 0199", 0),
                ],
                "issued": "Fr., 10. April 2026, 16:00",
            },
        ),
    ]


# --- (2) Prague / Budapest service sheet in English: UNIT BASE and SET side by side ------------


def _cz(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "h24"

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        x0 = 38.0
        right = W - x0
        c.text(x0, 46, "CALL SHEET", 20, bold=True)
        c.right(right, 38, g["service"], 9.5, bold=True)
        c.right(right, 50, g["service_addr"], 7.5)
        c.hline(x0, right, 60, 1.0)
        y = 82.0
        c.text(x0, y, title, 14, bold=True)
        c.right(right, y, f"DAY {g['dayno']} OF {g['days']}", 11, bold=True)
        y += 15
        c.text(x0, y, f"Client: {g['client']}  ·  Production: {g['production']}", 8.5)
        y += 13
        c.text(x0, y, f"{day.strftime('%A')} {day_text(day, g['local_date'])}", 10, bold=True)
        c.text(x0 + 260, y, f"({day_text(day, g['local_long'])})", 8.5)
        y += 20
        # the call strip
        c.box(x0, y, 150, 40, 1.6)
        c.text(x0 + 8, y + 14, "CREW CALL", 9, bold=True)
        c.text(x0 + 8, y + 33, hm(call, t), 18, bold=True)
        strip = [
            ("Breakfast", f"{hm(add_minutes(call, -30), t)}-{hm(call, t)}"),
            ("Shooting call", hm(add_minutes(call, 60), t)),
            ("Lunch", hm(add_minutes(call, 360), t)),
            ("Est. wrap", hm(add_minutes(call, 660), t)),
            ("Sunrise / Sunset", f"{hm(rise, t)} / {hm(fall, t)}"),
        ]
        if g.get("precall"):
            # HARD: a G&E / drivers pre-call stands above the strip, an hour before crew call
            strip.insert(0, ("G&E / drivers pre-call", hm(add_minutes(call, -60), t)))
        sx = x0 + 170
        yy = y + 9
        for lab, val in strip:
            c.text(sx, yy, lab, 8)
            c.text(sx + 120, yy, val, 8, bold=True)
            yy += 10
        y = max(y + 40, yy) + 22
        # UNIT BASE (left) and SET (right) on the same baselines
        half = (right - x0) / 2
        fill(c, x0, y - 11, half - 6, 15, 40)
        fill(c, x0 + half, y - 11, half, 15, 40)
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0 + 5, y, "UNIT BASE", 9.5, bold=True)
        c.text(x0 + half + 5, y, "SET", 9.5, bold=True)
        black(c)
        left = [
            p.base_street,
            p.base_city,
            g["base_note"],
            f"GPS {g['base_gps']}",
            g["crew_parking"],
        ]
        rightcol = [p.name, p.street, p.city, g["set"], g["walk"]]
        yy = y + 15
        for a, b in zip(left, rightcol, strict=True):
            fit(c, x0 + 5, yy, a, 9, half - 16)
            fit(c, x0 + half + 5, yy, b, 9, half - 10, bold=b == p.name)
            yy += 12
        y = yy + 12
        c.text(x0, y, "NEAREST HOSPITAL (EMERGENCY)", 9.5, bold=True)
        c.hline(x0, right, y + 3, 0.4)
        y += 16
        for ln in [p.hospital, f"{p.hospital_street}, {p.hospital_city}", p.hospital_phone]:
            c.text(x0 + 5, y, ln, 9)
            y += 12
        c.text(x0 + 5, y, f"Emergency: 112  ·  Ambulance: {g['ambulance']}", 8.5, bold=True)
        y += 24
        c.text(x0, y, "SCHEDULE", 9.5, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["TIME", "SC / SHOT", "DESCRIPTION", "CAST"],
            [0, 50, 110, 400],
            [(hm(add_minutes(call, o), t), s, a, b) for o, s, a, b in g["schedule"]],
            right,
            size=8,
        )
        y += 4
        c.text(x0, y, "CAST", 9.5, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["#", "ROLE", "NAME", "PICK-UP", "HMU", "ON SET"],
            [0, 20, 130, 260, 340, 420],
            [
                (
                    str(i + 1),
                    r,
                    n,
                    hm(add_minutes(call, o - 30), t),
                    hm(add_minutes(call, o), t),
                    hm(add_minutes(call, o + 75), t),
                )
                for i, (r, n, o) in enumerate(g["cast"])
            ],
            right,
            size=8,
        )
        y += 4
        c.text(x0, y, "KEY CREW", 9.5, bold=True)
        _rows(
            c,
            x0,
            y + 14,
            ["ROLE", "NAME", "MOBILE"],
            [0, 140, 300],
            g["crew"],
            right,
            size=8,
        )
        return c.output()

    return _sheet(
        f"cz_{key}",
        "cee_service_en",
        "Prague / Budapest service sheet in English: local dates, UNIT BASE and SET side by side",
        make,
        expect(p, title, day, call, f"{g['set']} {g['walk']}"),
    )


def _cz_sheets() -> list[Sheet]:
    return [
        _cz(
            "rudolfinum",
            "Meridian Watches - The Hall",
            D(2026, 3, 11),
            "06:30",
            {
                "service": "VLTAVA LINE PRODUCTIONS s.r.o.",
                "service_addr": "Karlova 27, 110 00 Praha 1  ·  +420 222 555 014",
                "dayno": 1,
                "days": 2,
                "client": "Meridian SA (Geneva)",
                "production": "Blackstone Films, London",
                "local_date": "cz",
                "local_long": "cz_wd",
                "base_note": "Catering, HMU, wardrobe, honeywagon",
                "base_gps": "50.0893, 14.4160",
                "crew_parking": "Crew parking: Kaprova St, P+R permits",
                "set": "Dvořák Hall and the foyer stairs",
                "walk": "3 min walk from base",
                "ambulance": "155",
                "schedule": [
                    (60, "1", "The pianist's hands, watch on wrist, macro", "Pianist"),
                    (180, "2", "Wide of the hall, pianist alone", "Pianist"),
                    (360, "", "LUNCH", ""),
                    (420, "3", "Foyer stairs, couple descending", "Woman, Man"),
                ],
                "cast": [("Pianist", "Tomáš Novák", 0), ("Woman", "Klára Dvořáková", 240)],
                "crew": [
                    ("Service producer", "Petra Horáková", "+420 777 555 101"),
                    ("1st AD", "Adam Kučera", "+420 777 555 102"),
                    ("DoP", "Oliver Grant", "+44 7700 900 311"),
                ],
            },
        ),
        _cz(
            "vysehrad",
            "Tern Bicycles - Old Town Loop",
            D(2026, 3, 28),
            "07:00",
            {
                "service": "VLTAVA LINE PRODUCTIONS s.r.o.",
                "service_addr": "Karlova 27, 110 00 Praha 1  ·  +420 222 555 014",
                "dayno": 2,
                "days": 3,
                "client": "Tern Mobility GmbH",
                "production": "Quarry Lane, Amsterdam",
                "local_date": "cz",
                "local_long": "cz_wd",
                "base_note": "Trucks, catering tent, HMU bus",
                "base_gps": "50.0652, 14.4212",
                "crew_parking": "Crew parking: Na Bučance, by the fortress gate",
                "set": "The ramparts path and the Basilica forecourt",
                "walk": "Walk through the Tábor Gate, 6 min",
                "ambulance": "155",
                # HARD: a G&E / drivers pre-call an hour before the crew call
                "precall": True,
                "schedule": [
                    (60, "4", "Rider on the ramparts, drone", "Rider"),
                    (200, "5", "Bike close-ups, cobbles", ""),
                    (360, "", "LUNCH", ""),
                    (420, "6", "Rider and friend, Basilica forecourt", "Rider, Friend"),
                ],
                "cast": [("Rider", "Jakub Beneš", 0), ("Friend", "Ema Svobodová", 300)],
                "crew": [
                    ("Service producer", "Petra Horáková", "+420 777 555 101"),
                    ("1st AD", "Adam Kučera", "+420 777 555 102"),
                    ("Drone", "Filip Marek", "+420 777 555 109"),
                ],
            },
        ),
        _cz(
            "szechenyi",
            "Aqua Vita - Morning Ritual",
            D(2026, 4, 7),
            "06:00",
            {
                "service": "DUNA SERVICE PRODUCTIONS Kft.",
                "service_addr": "Király u. 26, 1061 Budapest  ·  +36 1 555 0182",
                "dayno": 1,
                "days": 1,
                "client": "Aqua Vita Skincare (Italy)",
                "production": "Fondamenta Film, Milan",
                "local_date": "hu_num",
                "local_long": "hu",
                "base_note": "Catering and HMU in the Olof Palme house hall",
                "base_gps": "47.5166, 19.0800",
                "crew_parking": "Crew parking: Kós Károly sétány (permit)",
                "set": "Outdoor pools, steam at dawn",
                "walk": "5 min walk, staff entrance",
                "ambulance": "104",
                "schedule": [
                    (45, "1", "Steam over the pool at first light, wide", "Bather"),
                    (150, "2", "Bather close-ups, product on the ledge", "Bather"),
                    (360, "", "LUNCH", ""),
                    (420, "3", "Chess players, background", "Players"),
                ],
                "cast": [("Bather", "Réka Tóth", 0), ("Players", "2 extras", 300)],
                "crew": [
                    ("Service producer", "Bence Szabó", "+36 30 555 0121"),
                    ("1st AD", "Dóra Kiss", "+36 30 555 0122"),
                    ("DoP", "Luca Bianchi", "+39 333 555 0130"),
                ],
            },
        ),
    ]


# --- (3) Lisbon / Porto commercial folha de serviço (Portuguese or PT / EN) --------------------


def _pt(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "h24"
    en = g["bilingual"]

    def lab(pt: str, english: str) -> str:
        return f"{pt} / {english}" if en else pt

    def make() -> bytes:
        c = Canvas("A4", "helvetica", g["orientation"])
        W = c.width
        x0 = 36.0
        right = W - x0
        c.text(x0, 44, g["company"], 11, bold=True)
        c.text(x0, 56, g["company_addr"], 7.5)
        c.right(right, 46, lab("FOLHA DE SERVIÇO", "CALL SHEET"), 15, bold=True)
        c.right(right, 58, lab(f"Dia de rodagem {g['dayno']} de {g['days']}", "Shoot day"), 8.5)
        c.hline(x0, right, 66, 1.0)
        c.text(x0, 86, title, 14, bold=True)
        c.text(
            x0,
            99,
            f"{lab('Cliente', 'Client')}: {g['client']}   ·   "
            f"{lab('Agência', 'Agency')}: {g['agency']}   ·   "
            f"{lab('Realização', 'Director')}: {g['director']}",
            8.5,
        )
        # a ruled grid: label at the top of each cell, value under it
        cw = (right - x0) / 4
        gy = 110.0
        cells = [
            (lab("Data", "Date"), [day_text(day, g["date_style"])]),
            (lab("Chamada geral", "General call"), [g.get("call_text", hm(call, t))]),
            (lab("Pequeno-almoço", "Breakfast"), [hm(add_minutes(call, -30), t)]),
            (lab("Primeiro plano", "First shot"), [hm(add_minutes(call, 75), t)]),
            (lab("Almoço", "Lunch"), [hm(add_minutes(call, 330), t)]),
            (lab("Fim previsto", "Est. wrap"), [hm(add_minutes(call, 630), t)]),
            (lab("Nascer / pôr do sol", "Sunrise / sunset"), [f"{hm(rise, t)} / {hm(fall, t)}"]),
            (lab("Meteorologia", "Weather"), [g["weather"]]),
        ]
        ch = 34.0
        c.grid(x0, gy, [cw] * 4, [ch, ch])
        for i, (lb, lines) in enumerate(cells):
            cell(c, x0 + (i % 4) * cw, gy + (i // 4) * ch, cw, lb, lines, size=9.5)
        y = gy + 2 * ch + 24
        blocks = [
            (lab("LOCAL DE FILMAGEM", "LOCATION"), [p.name, p.street, p.city, g["set"]]),
            (
                lab("BASE / ESTACIONAMENTO", "UNIT BASE / PARKING"),
                [p.base_street, p.base_city, g["parking"]],
            ),
            (
                lab("HOSPITAL MAIS PRÓXIMO", "NEAREST HOSPITAL"),
                [
                    p.hospital,
                    f"{p.hospital_street}, {p.hospital_city}",
                    f"Tel. {p.hospital_phone}",
                    lab("Urgência 24h · Emergência 112", "24h A&E · Emergency 112"),
                ],
            ),
        ]
        bw = (right - x0) / 3
        for k, (lb, lines) in enumerate(blocks):
            bx = x0 + k * bw
            fill(c, bx, y - 10, bw - 6, 14, 220)
            fit(c, bx + 4, y, lb, 8.5, bw - 14, bold=True)
            yy = y + 15
            for ln in lines:
                fit(c, bx + 4, yy, ln, 9, bw - 14, bold=ln == lines[0])
                yy += 11.5
        y += 15 + 11.5 * 4 + 18
        c.text(x0, y, lab("PLANO DE TRABALHO", "SCHEDULE"), 10, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            [
                lab("Hora", "Time"),
                lab("Plano", "Shot"),
                lab("Descrição", "Description"),
                lab("Elenco", "Cast"),
            ],
            [0, 70, 140, (right - x0) * 0.7],
            [(hm(add_minutes(call, o), t), s, a, b) for o, s, a, b in g["schedule"]],
            right,
            size=8.5,
        )
        y += 4
        c.text(x0, y, lab("EQUIPA", "CREW"), 10, bold=True)
        _rows(
            c,
            x0,
            y + 14,
            [
                lab("Função", "Role"),
                lab("Nome", "Name"),
                lab("Telemóvel", "Mobile"),
                lab("Chamada", "Call"),
            ],
            [0, (right - x0) * 0.25, (right - x0) * 0.5, (right - x0) * 0.75],
            [(a, b, ph, hm(add_minutes(call, o), t)) for a, b, ph, o in g["crew"]],
            right,
            size=8.5,
        )
        grey(c, 120)
        c.text(x0, c.pdf.h - 22, f"{lab('Emitida', 'Issued')}: {g['issued']}", 7)
        black(c)
        return c.output()

    return _sheet(
        f"pt_{key}",
        "pt_folha_servico",
        "Lisbon / Porto commercial folha de serviço: Chamada geral, Local de filmagem, Hospital",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _pt_sheets() -> list[Sheet]:
    return [
        _pt(
            "maat",
            "Solaris Cruzeiros - Rio Tejo",
            D(2026, 3, 13),
            "07:00",
            {
                "bilingual": True,
                "orientation": "L",
                "company": "MARÉ ALTA PRODUÇÕES, LDA.",
                "company_addr": "Rua da Boavista 72, 1200-066 Lisboa  ·  +351 213 555 020",
                "dayno": 1,
                "days": 2,
                "client": "Solaris Cruises (UK)",
                "agency": "Harbour & Co., London",
                "director": "Rui Tavares",
                "date_style": "pt_long",
                "weather": "Sol, 16 °C / sunny",
                "set": "Rooftop walk and river front",
                "parking": "Camiões junto à Central Tejo / trucks by the Central Tejo",
                "schedule": [
                    (75, "1", "Couple on the rooftop, river at dawn", "Casal"),
                    (200, "2", "Ship passing, long lens", ""),
                    (330, "", "Almoço / Lunch", ""),
                    (390, "3", "Walk along the river front, gimbal", "Casal"),
                ],
                "crew": [
                    ("Produtora", "Inês Matos", "+351 912 555 101", -30),
                    ("1.º AR / 1st AD", "Diogo Pires", "+351 912 555 102", -15),
                    ("Dir. fotografia", "Joana Lobo", "+351 913 555 103", 0),
                    ("Chefe maquinista", "Nuno Reis", "+351 913 555 104", -30),
                ],
                "issued": "12/03/2026, 19:00",
            },
        ),
        _pt(
            "saocarlos",
            "Vinhos Quinta Alva - Noite de Gala",
            D(2026, 3, 23),
            "07:30",
            {
                "bilingual": False,
                "orientation": "P",
                "company": "CASA DAS LUZES FILMES",
                "company_addr": "Rua do Alecrim 47, 1200-014 Lisboa  ·  +351 213 555 044",
                "dayno": 2,
                "days": 2,
                "client": "Quinta Alva",
                "agency": "Vinte e Um",
                "director": "Marta Sequeira",
                "date_style": "pt_long",
                # HARD: the call cell also names the make-up and wardrobe pre-call after it
                "call_text": "07:30 (maquilhagem e guarda-roupa 06:00)",
                "weather": "Interior; 14 °C, aguaceiros",
                "set": "Sala principal e foyer",
                "parking": "Parque Camões (cartões de produção)",
                "schedule": [
                    (75, "4", "Brinde no foyer, plano geral", "Elenco A, B"),
                    (210, "5", "Garrafa e copos, macro", ""),
                    (330, "", "Almoço", ""),
                    (390, "6", "Plateia, figuração", "Figuração (20)"),
                ],
                "crew": [
                    ("Produtor", "Tiago Neves", "+351 914 555 201", -30),
                    ("1.º assistente realização", "Sara Dias", "+351 914 555 202", -15),
                    ("Dir. fotografia", "Hugo Brito", "+351 915 555 203", 0),
                    ("Maquilhagem", "Rita Gomes", "+351 915 555 204", -90),
                ],
                "issued": "22/03/2026, 18:15",
            },
        ),
        _pt(
            "lello",
            "Páginas Editora - A Escada",
            D(2026, 4, 2),
            "08:00",
            {
                "bilingual": True,
                "orientation": "P",
                "company": "NORTE SUL PRODUÇÕES",
                "company_addr": "Rua de Santa Catarina 200, 4000-447 Porto  ·  +351 222 555 077",
                "dayno": 1,
                "days": 1,
                "client": "Páginas Publishing (Spain)",
                "agency": "Tinta Studio, Madrid",
                "director": "Carla Moura",
                "date_style": "pt_num",
                "weather": "Nublado, 15 °C / cloudy",
                "set": "A escada vermelha / the red staircase",
                "parking": "Estacionamento Praça de Lisboa / parking",
                "schedule": [
                    (60, "1", "Reader on the staircase, wide", "Leitora"),
                    (180, "2", "Book close-ups, hands", "Leitora"),
                    (330, "", "Almoço / Lunch", ""),
                    (390, "3", "Shop floor, customers", "Figuração (8)"),
                ],
                "crew": [
                    ("Produtor / Producer", "André Faria", "+351 916 555 301", -30),
                    ("1.º AR / 1st AD", "Beatriz Sá", "+351 916 555 302", -15),
                    ("DoP", "Marco Vidal", "+351 917 555 303", 0),
                ],
                "issued": "31/03/2026, 17:30",
            },
        ),
    ]


# --- (4) Cape Town / Johannesburg TVC service sheet: Unit call 06h30, GPS pins, Unit base -------


def _za(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "h"

    def make() -> bytes:
        c = Canvas("A4", "helvetica", "L")
        W = c.width
        x0 = 34.0
        right = W - x0
        fill(c, x0, 24, right - x0, 34, 215)
        c.text(x0 + 8, 46, g["company"], 13, bold=True)
        c.right(right - 8, 46, "CALL SHEET", 17, bold=True)
        y = 72.0
        if g.get("revision"):
            # HARD: a revision strip at the top names the old unit call and the new one
            fill(c, x0, y - 9, right - x0, 13, 245)
            c.text(
                x0 + 6,
                y,
                f"REV 2 ({day_text(day - dt.timedelta(days=1), 'za')} 18h40): unit call moved from "
                f"{hm(add_minutes(call, -30), t)} to {hm(call, t)}; lunch and wrap unchanged",
                8,
                bold=True,
            )
            y += 16
        c.text(x0, y + 6, f"TVC: {title}", 14, bold=True)
        c.text(
            x0,
            y + 20,
            f"Client: {g['client']}  ·  Agency: {g['agency']}  ·  Director: {g['director']}",
            8.5,
        )
        y += 40
        colw = 230.0
        lines = [
            ("Date", day_text(day, g["date_style"])),
            ("Shoot day", g["shootday"]),
            ("Unit call", hm(call, t)),
            ("Breakfast", f"{hm(add_minutes(call, -30), t)} at unit base"),
            ("First shot", hm(add_minutes(call, 60), t)),
            ("Lunch", hm(add_minutes(call, 360), t)),
            ("Est. wrap", hm(add_minutes(call, 690), t)),
            ("Sunrise", hm(rise, t)),
            ("Sunset", hm(fall, t)),
            ("Weather", g["weather"]),
        ]
        yy = y
        for lb, val in lines:
            strong = lb == "Unit call"
            c.text(x0, yy, lb, 9.5 if not strong else 11, bold=True)
            fit(c, x0 + 75, yy, val, 9.5 if not strong else 11, colw - 80, bold=strong)
            yy += 13 if not strong else 16
        # blocks right of the times
        bx = x0 + colw + 20
        bw = (right - bx) / 3
        blocks = [
            ("SET", [p.name, p.street, p.city, g["set"], f"GPS: {g['set_gps']}"]),
            ("UNIT BASE", [p.base_street, p.base_city, g["base_note"], f"GPS: {g['base_gps']}"]),
            (
                "NEAREST HOSPITAL / TRAUMA UNIT",
                [
                    p.hospital,
                    p.hospital_street,
                    p.hospital_city,
                    p.hospital_phone,
                    "Emergency: 10177 / 112 (mobile)",
                ],
            ),
        ]
        for k, (lb, bl) in enumerate(blocks):
            xx = bx + k * bw
            c.box(xx, y - 12, bw - 6, 92, 0.5)
            fit(c, xx + 5, y, lb, 8.5, bw - 16, bold=True)
            by = y + 14
            for ln in bl:
                fit(c, xx + 5, by, ln, 8.5, bw - 16, bold=ln == bl[0])
                by += 11.5
        y = max(yy, y + 92) + 18
        c.text(x0, y, "SCHEDULE", 10, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["TIME", "SHOT", "ACTION", "TALENT", "NOTES"],
            [0, 55, 100, 430, 560],
            [(hm(add_minutes(call, o), t), s, a, b, n) for o, s, a, b, n in g["schedule"]],
            right,
            size=8.5,
        )
        y += 4
        c.text(x0, y, "CREW", 10, bold=True)
        _rows(
            c,
            x0,
            y + 14,
            ["DEPT", "NAME", "CELL", "CALL", "DEPT", "NAME", "CELL", "CALL"],
            [0, 70, 175, 265, 387, 457, 562, 652],
            g["crew"],
            right,
            size=8,
        )
        return c.output()

    return _sheet(
        f"za_{key}",
        "za_tvc_service",
        "Cape Town / Johannesburg TVC service sheet: Unit call 06h30, GPS pins, 2026/03/10 dates",
        make,
        expect(p, title, day, call, f"{g['set']} GPS: {g['set_gps']}"),
    )


def _za_crew(call: str, people: list[tuple[str, str, str, int]]) -> list[tuple[str, ...]]:
    """Crew in two side-by-side column groups, as the TVC sheets print them."""
    cells = [(a, b, ph, hm(add_minutes(call, o), "h")) for a, b, ph, o in people]
    half = (len(cells) + 1) // 2
    out: list[tuple[str, ...]] = []
    for i in range(half):
        second = cells[half + i] if half + i < len(cells) else ("", "", "", "")
        out.append((*cells[i], *second))
    return out


def _za_sheets() -> list[Sheet]:
    crew_ct = [
        ("Producer", "Lerato Dlamini", "+27 82 555 0101", -30),
        ("1st AD", "Pieter van Wyk", "+27 82 555 0102", -15),
        ("DoP", "Sipho Khumalo", "+27 83 555 0103", 0),
        ("Gaffer", "Jan Botha", "+27 83 555 0104", -30),
        ("Key grip", "Thabo Nkosi", "+27 84 555 0105", -30),
        ("HMU", "Aisha Patel", "+27 84 555 0106", -45),
    ]
    return [
        _za(
            "zeitz",
            "Kestrel Outdoor - Silo",
            D(2026, 3, 10),
            "06:30",
            {
                "company": "TWO OCEANS FILM SERVICES (PTY) LTD",
                "client": "Kestrel Outdoor (Germany)",
                "agency": "Hochblau, Munich",
                "director": "Max Feldmann",
                "date_style": "za_wd",
                "shootday": "1 of 2",
                "weather": "Sunny, 24 °C, SE wind 25 km/h",
                "set": "Atrium and the rooftop sculpture garden",
                "set_gps": "-33.90840, 18.42270",
                "base_note": "Trucks, catering, HMU",
                "base_gps": "-33.90710, 18.42050",
                "schedule": [
                    (60, "1", "Climber in the atrium, top shot", "Climber", "Rigging from 06h30"),
                    (180, "2", "Rooftop, jacket in the wind", "Climber", ""),
                    (360, "", "LUNCH", "", ""),
                    (420, "3", "Product pack shots, rooftop", "", "Sun behind Table Mtn"),
                ],
                "crew": _za_crew("06:30", crew_ct),
            },
        ),
        _za(
            "muizenberg",
            "Tidal Soda - Beach Huts",
            D(2026, 3, 21),
            "06:00",
            {
                "company": "FALSE BAY PRODUCTION SERVICES",
                "client": "Tidal Drinks (Netherlands)",
                "agency": "Studio Noord, Amsterdam",
                "director": "Femke de Vries",
                "date_style": "za_long",
                "shootday": "1 of 1",
                "weather": "Fine, 22 °C, light NW breeze",
                "set": "The painted beach huts, surfers' corner",
                "set_gps": "-34.10800, 18.47120",
                "base_note": "Catering and HMU at the pavilion",
                "base_gps": "-34.10630, 18.47010",
                "schedule": [
                    (45, "1", "Sunrise surfers, huts in the foreground", "Surfers (4)", ""),
                    (150, "2", "Can opened on the hut steps", "Girl, Boy", ""),
                    (360, "", "LUNCH", "", ""),
                    (420, "3", "Beach football, drone", "All talent", "Drone permit on file"),
                ],
                "crew": _za_crew("06:00", crew_ct[:5]),
            },
        ),
        _za(
            "artsonmain",
            "Crest Bank - City Of Gold",
            D(2026, 4, 1),
            "06:30",
            {
                "company": "JOZI LIGHT PRODUCTIONS",
                "client": "Crest Bank (UK)",
                "agency": "Cobalt & Stone, London",
                "director": "Naledi Mokoena",
                "date_style": "za",
                "shootday": "2 of 2",
                "weather": "Clear, 25 °C, afternoon storms possible",
                "set": "Courtyard and the rooftop bar",
                "set_gps": "-26.20440, 28.05730",
                "base_note": "Unit base in the lot opposite",
                "base_gps": "-26.20480, 28.05810",
                # HARD: a revision strip names the old unit call (30 min earlier) and the new one
                "revision": True,
                "schedule": [
                    (60, "4", "Entrepreneur in the courtyard market", "Lead, extras", ""),
                    (200, "5", "Phone app close-ups", "Lead", ""),
                    (360, "", "LUNCH", "", ""),
                    (420, "6", "Rooftop at golden hour, city behind", "Lead, Friend", ""),
                ],
                "crew": _za_crew("06:30", crew_ct),
            },
        ),
    ]


# --- (5) US music video / branded one-pager: big CALL TIME 8A, map link, NEAREST ER ------------


def _mv(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = "mv"

    def make() -> bytes:
        c = Canvas("letter", "helvetica")
        W = c.width
        x0 = 40.0
        right = W - x0
        c.text(x0, 40, g["company"], 10, bold=True)
        c.right(right, 40, g["kind"], 10, bold=True)
        c.hline(x0, right, 48, 0.6)
        centre(c, 76, f'{g["artist"]} - "{title}"', 17)
        centre(c, 94, day_text(day, g["date_style"]), 11)
        big = f"CALL TIME {hm(call, t)}"
        if g.get("artist_box"):
            # HARD: an equally big ARTIST CALL box stands right of the CALL TIME box
            bw = 200.0
            gap = 20.0
            bx = (W - 2 * bw - gap) / 2
            for k, txt in enumerate([big, f"ARTIST CALL {hm(add_minutes(call, 120), t)}"]):
                xx = bx + k * (bw + gap)
                c.box(xx, 104, bw, 44, 2.0)
                c.text(xx + (bw - measure(c, txt, 22, bold=True)) / 2, 134, txt, 22, bold=True)
        else:
            bw = 260.0
            bx = (W - bw) / 2
            c.box(bx, 104, bw, 44, 2.0)
            c.text(bx + (bw - measure(c, big, 26, bold=True)) / 2, 136, big, 26, bold=True)
        centre(
            c,
            166,
            f"Director: {g['director']}  ·  Producer: {g['producer']} {g['producer_phone']}",
            8.5,
            bold=False,
        )
        y = 192.0
        half = (right - x0) / 2

        def block(x: float, y: float, head: str, lines: list[str]) -> float:
            c.text(x, y, head, 10, bold=True)
            c.hline(x, x + half - 14, y + 3, 0.5)
            y += 15
            for ln in lines:
                fit(c, x, y, ln, 9, half - 14)
                y += 11.5
            return y + 10

        ly = block(x0, y, "LOCATION", [p.name, p.street, p.city, g["set"], f"Map: {g['map']}"])
        ly = block(x0, ly, "PARKING", [p.base, *g["parking"]])
        ry = block(
            x0 + half,
            y,
            "NEAREST ER",
            [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone, "Emergency: 911"],
        )
        ry = block(
            x0 + half,
            ry,
            "WEATHER",
            [g["weather"], f"Sunrise {hm(rise, t)}  ·  Sunset {hm(fall, t)}"],
        )
        y = max(ly, ry) + 4
        c.text(x0, y, "DEPARTMENT CALLS", 10, bold=True)
        y += 6
        calls = [(d, hm(add_minutes(call, o), t)) for d, o in g["calls"]]
        cw = (right - x0) / 4
        rows = (len(calls) + 3) // 4
        c.grid(x0, y, [cw] * 4, [16.0] * rows)
        for i, (d, v) in enumerate(calls):
            xx = x0 + (i % 4) * cw
            yy = y + (i // 4) * 16 + 11.5
            c.text(xx + 4, yy, d, 8.5)
            c.right(xx + cw - 4, yy, v, 8.5, bold=True)
        y += rows * 16 + 22
        c.text(x0, y, "SCHEDULE", 10, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["TIME", "SETUP", "WHO"],
            [0, 60, 380],
            [(hm(add_minutes(call, o), t), a, b) for o, a, b in g["schedule"]],
            right,
            size=8.5,
        )
        y += 4
        c.text(x0, y, "CONTACTS", 10, bold=True)
        _rows(
            c,
            x0,
            y + 14,
            ["ROLE", "NAME", "PHONE"],
            [0, 150, 320],
            g["contacts"],
            right,
            size=8.5,
        )
        grey(c, 120)
        c.text(x0, c.pdf.h - 22, g["footer"], 7)
        black(c)
        return c.output()

    return _sheet(
        f"mv_{key}",
        "us_mv_onepager",
        "US music video / branded one-pager: big CALL TIME 8A, map link, PARKING, NEAREST ER",
        make,
        expect(p, title, day, call, f"{g['set']} Map: {g['map']}"),
    )


def _mv_sheets() -> list[Sheet]:
    return [
        _mv(
            "latheatre",
            "Paper Moons",
            D(2026, 3, 6),
            "08:00",
            {
                "company": "GOLD HOUR CONTENT",
                "kind": "MUSIC VIDEO",
                "artist": "JUNO REYES",
                "date_style": "mv_caps",
                "director": "Dani Ocampo",
                "producer": "Rico Baptiste",
                "producer_phone": "(323) 555-0142",
                "set": "Main auditorium, stage and balcony",
                "map": "https://maps.app.goo.gl/pM4xLaTh615",
                "parking": ["Crew: Joe's Auto Park, $12 reimbursed", "No parking on Broadway"],
                "weather": "Sunny, high 71°F",
                "calls": [
                    ("Production", -60),
                    ("G&E", -60),
                    ("Camera", -30),
                    ("Art", -30),
                    ("HMU", -30),
                    ("Wardrobe", -30),
                    ("Crew", 0),
                    ("Artist", 90),
                    ("Dancers", 120),
                ],
                "schedule": [
                    (90, "Setup 1: stage performance, wide (playback)", "Juno"),
                    (210, "Setup 2: balcony, dancers", "Juno, dancers"),
                    (330, "Lunch", ""),
                    (390, "Setup 3: lobby mirrors, close-ups", "Juno"),
                ],
                "contacts": [
                    ("Producer", "Rico Baptiste", "(323) 555-0142"),
                    ("1st AD", "Kim Alvarez", "(323) 555-0157"),
                    ("DP", "Sam Oyelaran", "(818) 555-0163"),
                    ("Artist mgmt", "Lia Park", "(310) 555-0171"),
                ],
                "footer": "Closed set. Playback volume per theatre rules. No photos of the artist.",
            },
        ),
        _mv(
            "hollywoodforever",
            "Forever Now",
            D(2026, 3, 14),
            "07:00",
            {
                "company": "SMALL HOURS FILMS",
                "kind": "BRANDED CONTENT",
                "artist": "HALCYON x Lumen Audio",
                "date_style": "mv_long",
                "director": "Tess Morrow",
                "producer": "Abe Lindqvist",
                "producer_phone": "(213) 555-0119",
                "set": "Fairbanks lawn and the Cathedral Mausoleum steps",
                "map": "https://maps.app.goo.gl/hFc6000SMB",
                # HARD: an equally big ARTIST CALL box stands beside the CALL TIME box
                "artist_box": True,
                "parking": ["Crew enters Gower St gate, park by the lake lot"],
                "weather": "Clear, high 68°F",
                "calls": [
                    ("Production", -60),
                    ("G&E", -30),
                    ("Camera", -30),
                    ("HMU", 30),
                    ("Crew", 0),
                    ("Artist", 120),
                    ("Client", 180),
                    ("Wrap (est.)", 660),
                ],
                "schedule": [
                    (75, "Setup 1: lawn, headphones product b-roll", ""),
                    (150, "Setup 2: band on the steps, wide", "HALCYON"),
                    (330, "Lunch", ""),
                    (390, "Setup 3: close-ups, golden hour", "HALCYON"),
                ],
                "contacts": [
                    ("Producer", "Abe Lindqvist", "(213) 555-0119"),
                    ("1st AD", "Marisol Vega", "(213) 555-0124"),
                    ("DP", "Kwame Asante", "(323) 555-0188"),
                ],
                "footer": "Active cemetery: quiet near services; no crew on graves or monuments.",
            },
        ),
        _mv(
            "parthenon",
            "Whiskey Moon",
            D(2026, 3, 26),
            "08:00",
            {
                "company": "MUSIC ROW PICTURES",
                "kind": "MUSIC VIDEO",
                "artist": "CALLIE BOONE",
                "date_style": "mv_caps",
                "director": "Wade Harlan",
                "producer": "Josie Tran",
                "producer_phone": "(615) 555-0130",
                "set": "East steps and the lake path",
                "map": "https://maps.app.goo.gl/ParthNash2500",
                "parking": ["Crew and trucks: lot off 25th Ave N, passes from PA"],
                "weather": "Partly cloudy, high 66°F",
                "calls": [
                    ("Production", -60),
                    ("G&E", -60),
                    ("Camera", -30),
                    ("HMU", -30),
                    ("Wardrobe", -30),
                    ("Crew", 0),
                    ("Artist", 60),
                    ("Band", 90),
                ],
                "schedule": [
                    (60, "Setup 1: Callie on the steps, wide (playback)", "Callie"),
                    (180, "Setup 2: band by the lake", "Band"),
                    (330, "Lunch", ""),
                    (390, "Setup 3: dusk, string lights", "Callie, Band"),
                ],
                "contacts": [
                    ("Producer", "Josie Tran", "(615) 555-0130"),
                    ("1st AD", "Beau Collins", "(615) 555-0136"),
                    ("DP", "Rae Whitfield", "(629) 555-0141"),
                ],
                "footer": "Metro Parks permit on file. Keep off the upper landing of the steps.",
            },
        ),
    ]


# --- (6) Polish agency commercial call sheet, bilingual PL / EN labels -------------------------


def _pl(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    rise, fall = p.sun(day)
    t = g["time"]
    sent = f"{day_text(day - dt.timedelta(days=1), 'pl_dots')}, {g['sent_time']}"

    def make() -> bytes:
        c = Canvas("A4", "sans")
        W = c.width
        x0 = 42.0
        right = W - x0
        c.text(x0, 46, g["house"], 11, bold=True)
        c.text(x0, 58, g["house_addr"], 7.5)
        c.right(right, 50, "CALL SHEET", 18, bold=True)
        y = 70.0
        if g.get("sent_top"):
            # HARD: the sent date and hour (the evening before) stand top right, above the date
            c.right(right, y, f"Data wysłania / Sent: {sent}", 8.5, bold=True)
        c.hline(x0, right, y + 6, 1.0)
        y += 28
        c.text(x0, y, title, 14, bold=True)
        y += 15
        c.text(x0, y, f"Klient / Client: {g['client']}   ·   Agencja / Agency: {g['agency']}", 8.5)
        y += 12
        c.text(
            x0,
            y,
            f"Reżyser / Director: {g['director']}   ·   Producent / Producer: {g['producer']}",
            8.5,
        )
        y += 18
        lw = 165.0
        rows: list[tuple[str, list[str], bool]] = [
            ("Data / Date", [day_text(day, g["date_style"])], True),
            ("Dzień zdjęciowy / Shoot day", [g["shootday"]], False),
            ("Zbiórka / Crew call", [hm(call, t)], True),
            ("Śniadanie / Breakfast", [hm(add_minutes(call, -30), t)], False),
            ("Pierwsze ujęcie / First shot", [hm(add_minutes(call, 60), t)], False),
            ("Obiad / Lunch", [hm(add_minutes(call, 360), t)], False),
            ("Koniec / Wrap", [hm(add_minutes(call, 660), t)], False),
            ("Wschód / Sunrise", [hm(rise, t)], False),
            ("Zachód / Sunset", [hm(fall, t)], False),
            ("Pogoda / Weather", [g["weather"]], False),
            ("Lokalizacja / Location", [p.name, f"{p.street}, {p.city}", g["set"]], True),
            ("Baza / Base", [f"{p.base_street}, {p.base_city}", g["base_note"]], False),
            ("Parking", [g["parking"]], False),
            (
                "Szpital / Hospital",
                [p.hospital, f"{p.hospital_street}, {p.hospital_city}", p.hospital_phone],
                True,
            ),
            ("Alarmowy / Emergency", ["112"], False),
        ]
        for lab, lines, strong in rows:
            h = 5 + 11.5 * len(lines)
            if g["grid"]:
                c.box(x0, y, lw, h, 0.4)
                c.box(x0 + lw, y, right - x0 - lw, h, 0.4)
            c.text(x0 + 4, y + 11, lab, 8.5, bold=True)
            yy = y + 11
            for k, ln in enumerate(lines):
                fit(c, x0 + lw + 6, yy, ln, 9, right - x0 - lw - 12, bold=strong and k == 0)
                yy += 11.5
            y += h
        y += 20
        c.text(x0, y, "Harmonogram / Schedule", 10, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["Godz. / Time", "Ujęcie / Shot", "Obsada / Cast"],
            [0, 75, 380],
            [(hm(add_minutes(call, o), t), a, b) for o, a, b in g["schedule"]],
            right,
            size=8.5,
        )
        y += 4
        c.text(x0, y, "Ekipa / Crew", 10, bold=True)
        y = _rows(
            c,
            x0,
            y + 14,
            ["Funkcja / Role", "Imię i nazwisko / Name", "Telefon / Phone"],
            [0, 160, 340],
            g["crew"],
            right,
            size=8.5,
        )
        if not g.get("sent_top"):
            grey(c, 110)
            c.text(x0, c.pdf.h - 24, f"Data wysłania / Sent: {sent}", 7.5)
            black(c)
        return c.output()

    return _sheet(
        f"pl_{key}",
        "pl_agency_bilingual",
        "Polish agency commercial call sheet, PL / EN labels: Data / Date, Zbiórka / Crew call",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _pl_sheets() -> list[Sheet]:
    return [
        _pl(
            "ecs",
            "Bałtyk Mobile - Stocznia",
            D(2026, 3, 11),
            "07:00",
            {
                "house": "MOTŁAWA FILM SP. Z O.O.",
                "house_addr": "ul. Długie Ogrody 8, 80-765 Gdańsk  ·  +48 58 555 01 40",
                "grid": True,
                "time": "h24",
                "date_style": "pl_en",
                "shootday": "1/2",
                "client": "Bałtyk Mobile S.A.",
                "agency": "Bursztyn Creative",
                "director": "Marta Wiśniewska",
                "producer": "Paweł Zieliński",
                "weather": "Pochmurno / cloudy, 5 °C",
                "set": "Hala główna i dach / main hall and roof garden",
                "base_note": "Catering, charakteryzacja / HMU",
                "parking": "Parking ECS, poziom -1 / level -1",
                "sent_time": "18:20",
                "schedule": [
                    (60, "1. Dziewczyna z telefonem na dachu / girl with phone, roof", "Ola"),
                    (180, "2. Hala, plan ogólny / hall, wide", "Ola, Kuba"),
                    (360, "Obiad / Lunch", ""),
                    (420, "3. Detale telefonu / phone close-ups", ""),
                ],
                "crew": [
                    ("Kierownik produkcji / PM", "Anna Lewandowska", "+48 601 555 101"),
                    ("II reżyser / 1st AD", "Tomasz Kaczmarek", "+48 601 555 102"),
                    ("Operator / DoP", "Michał Wójcik", "+48 602 555 103"),
                ],
            },
        ),
        _pl(
            "powisle",
            "Kawa Wola - Poranek",
            D(2026, 3, 17),
            "06:30",
            {
                "house": "DOBRA PRODUKCJA",
                "house_addr": "ul. Mokotowska 51/53, 00-542 Warszawa  ·  +48 22 555 03 12",
                "grid": False,
                "time": "pl_colon",
                "date_style": "pl_dots",
                "shootday": "2/3",
                "client": "Wola Coffee Roasters",
                "agency": "Agencja Piąte Piętro",
                "director": "Karol Nowicki",
                "producer": "Ewa Mazur",
                "weather": "Słonecznie / sunny, 9 °C",
                "set": "Hala turbin, food hall / turbine hall",
                "base_note": "Kampery i catering / campers and catering",
                "parking": "Parking podziemny Elektrowni / underground car park",
                "sent_time": "20:05",
                "schedule": [
                    (60, "1. Barista, plan ogólny / barista, wide", "Barista"),
                    (200, "2. Filiżanka, makro / cup, macro", ""),
                    (360, "Obiad / Lunch", ""),
                    (420, "3. Para przy stoliku / couple at the table", "Para / couple"),
                ],
                "crew": [
                    ("Producent / Producer", "Ewa Mazur", "+48 603 555 201"),
                    ("II reżyser / 1st AD", "Igor Sadowski", "+48 603 555 202"),
                    ("Operator / DoP", "Zofia Kwiatkowska", "+48 604 555 203"),
                ],
            },
        ),
        _pl(
            "rzeznia",
            "Grono Wino - Targ",
            D(2026, 3, 25),
            "08:00",
            {
                "house": "WARTA PICTURES",
                "house_addr": "ul. Ratajczaka 20, 61-815 Poznań  ·  +48 61 555 02 22",
                "grid": True,
                "time": "h24",
                "date_style": "pl_en",
                "shootday": "1/1",
                "client": "Grono Wine Importers",
                "agency": "Studio Kwadrat",
                "director": "Julia Pawlak",
                "producer": "Marek Jankowski",
                "weather": "Deszcz po 14:00 / rain after 14:00, 8 °C",
                "set": "Dziedziniec i hala targowa / courtyard and market hall",
                "base_note": "Catering w namiocie / catering tent",
                "parking": "ul. Garbary, miejsca wydzielone / coned-off bays",
                # HARD: the sent date and hour stand top right, above the shooting date
                "sent_top": True,
                "sent_time": "19:40",
                "schedule": [
                    (60, "1. Targ, plan ogólny / market, wide", "Statyści / extras"),
                    (180, "2. Degustacja / tasting", "Kasia, Piotr"),
                    (360, "Obiad / Lunch", ""),
                    (420, "3. Butelka, pack shot", ""),
                ],
                "crew": [
                    ("Kierownik produkcji / PM", "Marek Jankowski", "+48 605 555 301"),
                    ("II reżyser / 1st AD", "Natalia Grabowska", "+48 605 555 302"),
                    ("Operator / DoP", "Adam Krawczyk", "+48 606 555 303"),
                ],
            },
        ),
    ]


# --- near misses: share call-sheet words, are not call sheets ----------------------------------


def _screenplay() -> bytes:
    """A screenplay excerpt with its title page: scene headings, action and dialogue."""
    c = Canvas("letter", "courier")
    W = c.width
    centre(c, 250, "THE LAST FERRY", 14, bold=False)
    centre(c, 280, "Written by", 12, bold=False)
    centre(c, 300, "Anna Kowal", 12, bold=False)
    centre(c, 340, "Based on a story by Jonas Reiter", 12, bold=False)
    c.text(72, 640, "Draft 3 - 9 March 2026", 11, family="courier")
    c.text(72, 660, "Nordlicht Filmproduktion GmbH", 11, family="courier")
    c.text(72, 674, "Linienstraße 40, 10119 Berlin", 11, family="courier")
    c.text(72, 688, "+49 30 555 0140", 11, family="courier")
    c.new_page()
    c.right(W - 72, 50, "2.", 12)
    y = 90.0
    lines: list[tuple[str, str]] = [
        ("head", "1   EXT. ELBE HARBOUR - PIER - DAWN"),
        ("act", "Fog over black water. A ferry horn, once. MIRA (40s), coat"),
        ("act", "buttoned wrong, runs along the pier with a paper ticket."),
        ("cue", "MIRA"),
        ("dia", "Wait! Hold the gate!"),
        ("act", "The DECKHAND (60s) looks at his watch. 07:00 exactly."),
        ("cue", "DECKHAND"),
        ("dia", "Last one left at six. This one's for freight."),
        ("cue", "MIRA"),
        ("dia", "Then I'm freight."),
        ("head", "2   INT. FERRY - CARGO DECK - CONTINUOUS"),
        ("act", "Crates, a bicycle, a caged hen. Mira squeezes between them."),
        ("act", "She unfolds a letter: an address in Altona, a date circled."),
        ("cue", "MIRA (V.O.)"),
        ("dia", "Monday, the ninth. Platz der Deutschen"),
        ("dia", "Einheit. Don't be late."),
        ("head", "3   EXT. FERRY - STERN - LATER"),
        ("act", "The city rises out of the fog. The Elbphilharmonie catches"),
        ("act", "the first light. Mira tears the letter in half."),
        ("cue", "DECKHAND"),
        ("dia", "Changed your mind?"),
        ("cue", "MIRA"),
        ("dia", "Changed my ferry."),
        ("act", "CUT TO:"),
    ]
    prev = ""
    for kind, txt in lines:
        if kind == "head":
            y += 12
            c.text(72, y, txt, 12, family="courier")
        elif txt == "CUT TO:":
            c.right(W - 72, y + 8, txt, 12, family="courier")
        elif kind == "act":
            y += 8 if prev == "dia" else 0
            c.text(108, y, txt, 12, family="courier")
        elif kind == "cue":
            y += 8
            c.text(252, y, txt, 12, family="courier")
        else:
            c.text(180, y, txt, 12, family="courier")
        prev = kind
        y += 14
    return c.output()


def _crew_list() -> bytes:
    """A crew contact list: names, roles, phones and e-mails, no day's facts."""
    c = Canvas("A4", "sans")
    W = c.width
    x0 = 40.0
    right = W - x0
    c.text(x0, 50, "CREW LIST", 18, bold=True)
    c.right(right, 44, "VLTAVA LINE PRODUCTIONS s.r.o.", 9.5, bold=True)
    c.right(right, 56, "Karlova 27, 110 00 Praha 1  ·  +420 222 555 014", 7.5)
    c.text(x0, 70, "Meridian Watches - The Hall  ·  Client: Meridian SA  ·  v4", 9)
    c.hline(x0, right, 78, 0.8)
    y = 98.0
    groups = [
        (
            "PRODUCTION",
            [
                (
                    "Service producer",
                    "Petra Horáková",
                    "+420 777 555 101",
                    "petra@vltavaline.example",
                ),
                ("Production manager", "Jan Černý", "+420 777 555 104", "jan@vltavaline.example"),
                (
                    "Production coordinator",
                    "Lucie Malá",
                    "+420 777 555 105",
                    "lucie@vltavaline.example",
                ),
                ("Runner", "Ondřej Pokorný", "+420 777 555 106", ""),
            ],
        ),
        (
            "DIRECTION",
            [
                ("Director", "Oliver Grant", "+44 7700 900 310", "oliver@blackstone.example"),
                ("1st AD", "Adam Kučera", "+420 777 555 102", "adam.k@vltavaline.example"),
                ("2nd AD", "Tereza Holá", "+420 777 555 107", "tereza@vltavaline.example"),
            ],
        ),
        (
            "CAMERA",
            [
                ("DoP", "Oliver Grant", "+44 7700 900 311", "og.dop@blackstone.example"),
                ("1st AC", "Martin Veselý", "+420 777 555 111", "martin.v@example.cz"),
                ("DIT", "Karel Růžička", "+420 777 555 112", "karel.dit@example.cz"),
            ],
        ),
        (
            "GRIP & ELECTRIC",
            [
                ("Gaffer", "Roman Fiala", "+420 777 555 121", "roman.gaffer@example.cz"),
                ("Key grip", "Vojtěch Král", "+420 777 555 122", "vojta.grip@example.cz"),
                ("Best boy", "Daniel Šťastný", "+420 777 555 123", ""),
            ],
        ),
        (
            "ART / HMU / WARDROBE",
            [
                (
                    "Production designer",
                    "Eliška Bartošová",
                    "+420 777 555 131",
                    "eliska@example.cz",
                ),
                ("Make-up", "Simona Urbanová", "+420 777 555 132", "simona.mua@example.cz"),
                ("Wardrobe", "Hana Jelínková", "+420 777 555 133", "hana.costume@example.cz"),
            ],
        ),
    ]
    for head, people in groups:
        y = _rows(
            c,
            x0,
            y,
            [head, "NAME", "MOBILE", "E-MAIL"],
            [0, 140, 265, 370],
            people,
            right,
            size=8.5,
        )
        y += 6
    grey(c, 120)
    c.text(x0, c.pdf.h - 24, "Confidential: do not share outside the production.", 7)
    black(c)
    return c.output()


def _grip_inventory() -> bytes:
    """A grip truck inventory from a rental house: pick-up and return dates, items checked out."""
    c = Canvas("A4", "helvetica")
    W = c.width
    x0 = 40.0
    right = W - x0
    c.text(x0, 50, "CAPE GRIP & ELECTRIC", 15, bold=True)
    c.text(x0, 63, "12 Esso Rd, Montague Gardens, Cape Town, 7441  ·  +27 21 555 0190", 8)
    c.right(right, 50, "5-TON GRIP TRUCK - INVENTORY", 11, bold=True)
    c.right(right, 63, "Order GE-26-0311", 8.5)
    c.hline(x0, right, 72, 0.8)
    y = 92.0
    for lab, val in [
        ("Hirer:", "Two Oceans Film Services (Pty) Ltd - Kestrel Outdoor TVC"),
        ("Pick-up:", "2026/03/09 at 16h00 (yard, bay 3)"),
        ("Return:", "2026/03/12 by 10h00"),
        ("Driver:", "Own driver, Code 10 licence required"),
    ]:
        c.text(x0, y, lab, 9.5, bold=True)
        c.text(x0 + 70, y, val, 9.5)
        y += 13
    y += 10
    y = _rows(
        c,
        x0,
        y,
        ["QTY", "ITEM", "OUT", "IN", "NOTES"],
        [0, 40, 330, 370, 410],
        [
            ("12", 'C-stand 40" with arm and knuckle', "[x]", "[ ]", ""),
            ("4", "Combo stand, rolling", "[x]", "[ ]", ""),
            ("2", "Overhead frame 12x12 with silk and solid", "[x]", "[ ]", "one silk repaired"),
            ("2", "Overhead frame 6x6 with grid", "[x]", "[ ]", ""),
            ("24", "Sandbag 15 lb", "[x]", "[ ]", ""),
            ("1", "Dolly track 10 x 8ft straight, 4 curved", "[x]", "[ ]", ""),
            ("1", "Doorway dolly", "[x]", "[ ]", ""),
            ("6", "Apple box set (full, half, quarter, pancake)", "[x]", "[ ]", ""),
            ("10", "Ratchet strap", "[x]", "[ ]", ""),
            ("1", "Furniture pads (bundle of 20)", "[x]", "[ ]", ""),
        ],
        right,
        size=8.5,
        lead=13.5,
    )
    y += 14
    paragraph(
        c,
        x0,
        y,
        "Checked out by: S. Jacobs (yard)   Received by: ______________   Items returned dirty "
        "or damaged are charged at replacement cost. Late returns are charged a full day.",
        8.5,
        right - x0,
        12,
    )
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "other_screenplay",
            "near_miss",
            "screenplay excerpt with its title page: scene headings, action, dialogue",
            _screenplay,
            OTHER,
        ),
        _sheet(
            "other_crew_list",
            "near_miss",
            "crew contact list: departments, names, phones, e-mails; no day's facts",
            _crew_list,
            OTHER,
        ),
        _sheet(
            "other_grip_inventory",
            "near_miss",
            "grip truck inventory: rental house address, pick-up and return dates, items",
            _grip_inventory,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_de_sheets(),
        *_cz_sheets(),
        *_pt_sheets(),
        *_za_sheets(),
        *_mv_sheets(),
        *_pl_sheets(),
        *_other_sheets(),
    ]
