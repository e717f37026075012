"""Forty-eighth held-out set: six kinds of call sheet from makers and places the corpus has none
of, in towns from R to W not yet in the corpus (`fresh47_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh47"). Maltese service-production sheets in English with Maltese address
lines (Valletta, Sliema, Rabat: "UNIT CALL", a local council permit, Mater Dei's A&E), Canary
Islands bilingual Spanish / English sheets ("HOJA DE CITACIÓN / CALL SHEET", "CITACIÓN GENERAL /
GENERAL CALL", "7:30 h") from Santa Cruz de Tenerife, San Cristóbal de La Laguna and Teguise, US
scheduling-software exports with a "Shoot Day # 12 of 30" header and the crew call in a right-hand
box (Winston-Salem, Staunton, Texarkana), Sri Lankan service sheets in English (Trincomalee,
Sigiriya, Unawatuna: "0630 hrs", hotel departure, a police post and a hospital), Faroese
English sheets with Faroese date and address lines (Tórshavn, Vestmanna, Saksun: "07.30", ferry
and tunnel notes, wind) and Puerto Rican bilingual "HOJA DE LLAMADO / CALL SHEET" sheets (San
Juan, Rincón, Vieques: "LLAMADO GENERAL"). Three near misses, all `other`: a script breakdown
sheet, a production sound report and a press release announcing a shoot.

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
    clock,
    crew_times,
    date_or,
    day_tables,
    expect,
    fill,
    grey_text,
    head_table,
    hospital_lines,
    label_grid,
    page,
    paragraph,
    paragraphs,
    ruled_cells,
    sheet_basics,
    sheet_maker,
    time_or,
    titled_notes,
)
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, cell, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # (1) Maltese service production: Valletta, Sliema, Rabat
    "manoel": _p(
        "mt",
        "Manoel Theatre",
        "115 Old Theatre Street",
        "Valletta VLT 1428",
        35.8990,
        14.5130,
        "Europe/Malta",
        "Mater Dei Hospital",
        "Triq Dun Karm",
        "L-Imsida MSD 2090",
        "+356 2545 0000",
        "Floriana Granaries parking, Pjazza San Publju",
        "Il-Furjana FRN 1600",
    ),
    "fortizza": _p(
        "mt",
        "Sliema Point Battery (The Fortizza)",
        "Tower Road",
        "Sliema SLM 1605",
        35.9140,
        14.5080,
        "Europe/Malta",
        "Mater Dei Hospital",
        "Triq Dun Karm",
        "L-Imsida MSD 2090",
        "+356 2545 0000",
        "Tigné Point car park, Triq Tigné",
        "Sliema TPO 0001",
    ),
    "catacombs": _p(
        "mt",
        "St Paul's Catacombs",
        "Triq Sant' Agata",
        "Rabat RBT 2013",
        35.8800,
        14.3990,
        "Europe/Malta",
        "Mater Dei Hospital",
        "Triq Dun Karm",
        "L-Imsida MSD 2090",
        "+356 2545 0000",
        "Howard Gardens coach park, Triq is-Saqqajja",
        "Rabat RBT 1202",
    ),
    # (2) Canary Islands bilingual: Santa Cruz de Tenerife, La Laguna, Teguise
    "auditorio": _p(
        "es",
        "Auditorio de Tenerife Adán Martín",
        "Avenida de la Constitución 1",
        "38003 Santa Cruz de Tenerife",
        28.4560,
        -16.2510,
        "Atlantic/Canary",
        "Hospital Universitario Nuestra Señora de Candelaria",
        "Carretera del Rosario 145",
        "38010 Santa Cruz de Tenerife",
        "922 60 20 00",
        "Aparcamiento Parque Marítimo, Avenida de la Constitución",
        "38005 Santa Cruz de Tenerife",
    ),
    "catedral": _p(
        "es",
        "Catedral de La Laguna",
        "Calle Obispo Rey Redondo 8",
        "38201 San Cristóbal de La Laguna",
        28.4880,
        -16.3160,
        "Atlantic/Canary",
        "Hospital Universitario de Canarias",
        "Carretera Ofra s/n",
        "38320 San Cristóbal de La Laguna",
        "922 67 80 00",
        "Aparcamiento del Cabildo, Calle Obispo Rey Redondo",
        "38201 San Cristóbal de La Laguna",
    ),
    "santabarbara": _p(
        "es",
        "Castillo de Santa Bárbara",
        "Calle Castillo de Santa Bárbara",
        "35530 Teguise, Lanzarote",
        29.0640,
        -13.5580,
        "Atlantic/Canary",
        "Hospital Universitario Doctor José Molina Orosa",
        "Carretera Arrecife-Tinajo km 1,3",
        "35550 Arrecife, Lanzarote",
        "928 59 50 00",
        "Explanada del Castillo, Montaña de Guanapay",
        "35530 Teguise, Lanzarote",
    ),
    # (3) US scheduling-software exports: Winston-Salem, Staunton, Texarkana
    "reynolda": _p(
        "us",
        "Reynolda House Museum of American Art",
        "2250 Reynolda Road",
        "Winston-Salem, NC 27106",
        36.1270,
        -80.2840,
        "America/New_York",
        "Atrium Health Wake Forest Baptist Medical Center",
        "1 Medical Center Boulevard",
        "Winston-Salem, NC 27157",
        "(336) 716-2011",
        "Reynolda Village lot, 2201 Reynolda Road",
        "Winston-Salem, NC 27106",
    ),
    "blackfriars": _p(
        "us",
        "Blackfriars Playhouse",
        "10 S Market Street",
        "Staunton, VA 24401",
        38.1490,
        -79.0720,
        "America/New_York",
        "Augusta Health",
        "78 Medical Center Drive",
        "Fishersville, VA 22939",
        "(540) 932-4000",
        "New Street Parking Garage, 24 N New Street",
        "Staunton, VA 24401",
    ),
    "perot": _p(
        "us",
        "Perot Theatre",
        "221 Main Street",
        "Texarkana, TX 75501",
        33.4240,
        -94.0440,
        "America/Chicago",
        "CHRISTUS St. Michael Hospital",
        "2600 St. Michael Drive",
        "Texarkana, TX 75503",
        "(903) 614-1000",
        "Union Station lot, 100 E Front Street",
        "Texarkana, AR 71854",
    ),
    # (4) Sri Lankan service production: Trincomalee, Sigiriya, Unawatuna
    "fortfrederick": _p(
        "lk",
        "Fort Frederick",
        "Konesar Road",
        "Trincomalee 31000",
        8.5800,
        81.2440,
        "Asia/Colombo",
        "District General Hospital Trincomalee",
        "Hospital Road",
        "Trincomalee 31000",
        "026 222 2261",
        "Dutch Bay car park, Inner Harbour Road",
        "Trincomalee 31000",
    ),
    "sigiriya": _p(
        "lk",
        "Sigiriya Rock Fortress",
        "Sigiriya Road",
        "Sigiriya 21120",
        7.9570,
        80.7600,
        "Asia/Colombo",
        "Base Hospital Dambulla",
        "Kandy Road",
        "Dambulla 21100",
        "066 228 4661",
        "Sigiriya Museum visitor car park, Sigiriya Road",
        "Sigiriya 21120",
    ),
    "peacepagoda": _p(
        "lk",
        "Japanese Peace Pagoda, Rumassala",
        "Rumassala Road",
        "Unawatuna 80600",
        6.0180,
        80.2400,
        "Asia/Colombo",
        "Teaching Hospital Karapitiya",
        "Hirimbura Road",
        "Karapitiya, Galle 80000",
        "091 223 2276",
        "Jungle Beach road parking, Rumassala Road",
        "Unawatuna 80600",
    ),
    # (5) Faroese English sheets: Tórshavn, Vestmanna, Saksun
    "nordichouse": _p(
        "fo",
        "Norðurlandahúsið (Nordic House)",
        "Norðari Ringvegur 14",
        "FO-100 Tórshavn",
        62.0150,
        -6.7790,
        "Atlantic/Faroe",
        "Landssjúkrahúsið",
        "J.C. Svabos gøta 41-49",
        "FO-100 Tórshavn",
        "+298 30 45 00",
        "Gundadalur car park, Hoyvíksvegur",
        "FO-100 Tórshavn",
    ),
    "vestmanna": _p(
        "fo",
        "Vestmanna Tourist Centre",
        "Fjaravegur 2",
        "FO-350 Vestmanna",
        62.1560,
        -7.1690,
        "Atlantic/Faroe",
        "Landssjúkrahúsið",
        "J.C. Svabos gøta 41-49",
        "FO-100 Tórshavn",
        "+298 30 45 00",
        "Harbour car park, Fjaravegur",
        "FO-350 Vestmanna",
    ),
    "saksun": _p(
        "fo",
        "Saksunar kirkja",
        "Saksunarvegur",
        "FO-436 Saksun",
        62.2480,
        -7.1760,
        "Atlantic/Faroe",
        "Landssjúkrahúsið",
        "J.C. Svabos gøta 41-49",
        "FO-100 Tórshavn",
        "+298 30 45 00",
        "Dúvugarðar farm parking, Saksunarvegur",
        "FO-436 Saksun",
    ),
    # (6) Puerto Rican bilingual: San Juan, Rincón, Vieques
    "morro": _p(
        "pr",
        "Castillo San Felipe del Morro",
        "501 Calle Norzagaray",
        "San Juan, PR 00901",
        18.4710,
        -66.1240,
        "America/Puerto_Rico",
        "Ashford Presbyterian Community Hospital",
        "1451 Avenida Ashford",
        "San Juan, PR 00907",
        "(787) 721-2160",
        "Estacionamiento Doña Fela, Calle Recinto Sur",
        "San Juan, PR 00901",
    ),
    "faro": _p(
        "pr",
        "Faro de Punta Higüero",
        "Carretera 4413",
        "Rincón, PR 00677",
        18.3620,
        -67.2700,
        "America/Puerto_Rico",
        "Centro Médico de Mayagüez",
        "410 Calle Hostos",
        "Mayagüez, PR 00680",
        "(787) 834-8686",
        "Balneario de Rincón parking, Calle Cambija",
        "Rincón, PR 00677",
    ),
    "mirasol": _p(
        "pr",
        "Fortín Conde de Mirasol",
        "Calle Magnolia",
        "Vieques, PR 00765",
        18.1500,
        -65.4420,
        "America/Puerto_Rico",
        "Centro de Salud Familiar Susana Centeno",
        "Carretera 997",
        "Vieques, PR 00765",
        "(787) 741-0397",
        "Muelle de Isabel Segunda parking, Calle Antonio G. Mellado",
        "Vieques, PR 00765",
    ),
}

ES_WD = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto"]
ES_MON += ["septiembre", "octubre", "noviembre", "diciembre"]
FO_WD = ["mánadagur", "týsdagur", "mikudagur", "hósdagur", "fríggjadagur", "leygardagur"]
FO_WD += ["sunnudagur"]
FO_MON = ["januar", "februar", "mars", "apríl", "mai", "juni", "juli", "august"]
FO_MON += ["september", "oktober", "november", "desember"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "mt": f"{h:02d}:{m:02d}",  # "06:45"
        "mt_hrs": f"{h:02d}{m:02d}",  # "0645"
        "es_h": f"{h}:{m:02d} h",  # "7:30 h"
        "es_hh": f"{h:02d}:{m:02d}h",  # "07:30h"
        "us": f"{h12}:{m:02d} {ap}",  # "7:00 AM"
        "us_p": f"{h12}:{m:02d}{ap[0].lower()}",  # "7:00a"
        "lk": f"{h:02d}{m:02d} hrs",  # "0630 hrs"
        "lk_dot": f"{h12}.{m:02d} {ap.lower()}",  # "6.30 am"
        "fo": f"{h:02d}.{m:02d}",  # "07.30"
        "pr": f"{h12}:{m:02d} {ap}",  # "6:30 AM"
        "pr_low": f"{h12}:{m:02d} {ap.lower()[0]}.m.",  # "6:30 a.m."
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "mt_ord": f"{d:%A} {ordinal(d.day)} {d:%B} {d.year}",  # "Tuesday 13th October 2026"
        "mt_slash": f"{d:%a} {d:%d/%m/%Y}",  # "Tue 13/10/2026"
        "es_long": f"{ES_WD[d.weekday()]} {d.day} de {ES_MON[d.month - 1]} de {d.year}",
        "en_long": f"{d:%A} {d.day} {d:%B} {d.year}",  # "Thursday 15 October 2026"
        "es_dash": f"{ES_WD[d.weekday()][:3].upper()} {d:%d-%m-%Y}",  # "JUE 15-10-2026"
        "us_long": f"{d:%A}, {d:%B} {d.day}, {d.year}",  # "Monday, October 19, 2026"
        "us_slash": f"{d:%a} {d.month}/{d.day}/{d.year}",  # "Mon 10/19/2026"
        "lk_dots": f"{d:%a}, {d:%d.%m.%Y}",  # "Thu, 15.10.2026"
        "lk_long": f"{d:%A}, {ordinal(d.day)} {d:%B} {d.year}",
        "fo_long": f"{FO_WD[d.weekday()]} {d.day}. {FO_MON[d.month - 1]} {d.year}",
        "pr_long": f"{ES_WD[d.weekday()]}, {d.day} de {ES_MON[d.month - 1]} de {d.year}",
        "pr_slash": f"{d:%m/%d/%Y}",  # "10/20/2026"
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh47")
_para = paragraph
_table = partial(head_table, size=8, lead=12.5)


def _footer(c: Canvas, text: str) -> None:
    grey_text(c, 36, c.pdf.h - 22, text, 7, 120)


# --- (1) Maltese service production: English, Maltese address lines, UNIT CALL -----------------


def _mt(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=34.0)
        # the foreign production left, the Maltese service company right
        c.text(x0, 42, g["company"], 9, bold=True)
        c.text(x0, 53, f"in association with {g['service']}", 7.5)
        c.right(right, 42, f"CALL SHEET No. {g['n']}", 11, bold=True)
        c.right(right, 54, day_text(day, g["date_style"]), 9)
        c.hline(x0, right, 62, 1.2)
        centre(c, 86, title.upper(), 20)
        centre(c, 100, g["credits"], 8.5, bold=False)
        y = 114.0
        # a strip of four boxes: the unit call large in the first
        bw = (right - x0) / 4
        c.box(x0, y, bw, 48, 1.4)
        c.text(x0 + 6, y + 12, "UNIT CALL", 8, bold=True)
        c.text(x0 + 6, y + 38, hm(call, t), 22, bold=True)
        strip = [
            ("BREAKFAST", [f"{hm(add_minutes(call, g['breakfast']), t)} at unit base"]),
            ("ON SET / LUNCH", [hm(add_minutes(call, g["on_set"]), t)]),
            ("SUN", [f"Sunrise {hm(rise, t)}", f"Sunset {hm(fall, t)}"]),
        ]
        strip[1][1].append(f"Lunch {hm(add_minutes(call, g['lunch']), t)}")
        for i, (lab, lines) in enumerate(strip, 1):
            c.box(x0 + i * bw, y, bw, 48, 0.5)
            cell(c, x0 + i * bw, y, bw, lab, lines, label_size=7, size=8.5)
        y += 60
        c.text(x0, y, "Weather:", 8, bold=True)
        fit(c, x0 + 44, y, g["weather"], 8, right - x0 - 44)
        y += 14
        # places, each with its Maltese line under the English one
        half = (right - x0) / 2
        c.box(x0, y, half, 78, 0.5)
        cell(
            c,
            x0,
            y,
            half,
            "LOCATION",
            [p.name, p.street, p.city, g["set"], g["mt_line"]],
            label_size=7.5,
            size=8.5,
        )
        c.box(x0 + half, y, half, 78, 0.5)
        cell(
            c,
            x0 + half,
            y,
            half,
            "UNIT BASE / CREW PARKING",
            [p.base_street, p.base_city, g["permit"]],
            label_size=7.5,
            size=8.5,
        )
        y += 84
        c.box(x0, y, right - x0, 40, 0.8)
        cell(
            c,
            x0,
            y,
            right - x0,
            "NEAREST A&E (24 HRS)",
            [
                f"{p.hospital}, {p.hospital_street}, {p.hospital_city}",
                f"Tel. {p.hospital_phone}   ·   Emergency 112",
            ],
            label_size=7.5,
            size=8.5,
        )
        y += 54
        written = partial(hm, style=t)
        y = day_tables(
            _table,
            c,
            x0,
            y,
            right,
            g,
            call,
            written,
            scenes=(["SC", "SET", "D/N", "CAST", "PGS"], [0, 34, 300, 340, 460]),
            cast=(
                ["#", "ARTIST", "CHARACTER", "PICK-UP", "MU/HAIR", "ON SET"],
                [0, 20, 150, 270, 350, 430],
            ),
            steps=[-60, -30, 30],
            numbered=True,
            crew=(["DEPARTMENT", "NAME", "MOBILE", "CALL"], [0, 130, 270, 420]),
            notes=("NOTES", 8.5, 8, 10.5),
            notes_drop=6,
        )
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"mt_{key}",
        "mt_service",
        "Maltese service-production call sheet in English, A4: the foreign company 'in "
        "association with' the Maltese service company, CALL SHEET No. and date at the right, "
        "the title centred; a strip of four boxes (UNIT CALL large, breakfast, on set / lunch, "
        "sun); LOCATION with a Maltese address line, UNIT BASE with the local council permit, "
        "NEAREST A&E; scenes, numbered cast, crew",
        make,
        expect(p, title, day, call, f"{g['set']} {g['mt_line']}"),
    )


def _mt_sheets() -> list[Sheet]:
    return [
        _mt(
            "manoel",
            "The Last Impresario",
            D(2026, 10, 13),
            "06:45",
            {
                "font": "helvetica",
                "time_style": "mt",
                "date_style": "mt_ord",
                "n": "14",
                "company": "HOLLOWAY & BRANDT PICTURES LTD (LONDON)",
                "service": "Grand Harbour Film Services Ltd, Ħal Qormi",
                "credits": "Director: Oliver Brandt  ·  Producer: Sarah Holloway  ·  1st AD: "
                "Kurt Zammit",
                "breakfast": -30,
                "on_set": 75,
                "lunch": 360,
                "weather": "Sunny, 24°C, light NW breeze, 0% rain",
                "set": "auditorium, stage and the blue foyer",
                "mt_line": "(Triq it-Teatru l-Antik, il-Belt Valletta)",
                "permit": "Valletta Local Council permit VLC/FILM/26/118",
                "scenes": [
                    ("12", "INT. THEATRE AUDITORIUM - 1921", "D", "1, 2, 4", "2 4/8"),
                    ("13", "INT. THEATRE STAGE - REHEARSAL", "D", "1, 3", "1 6/8"),
                    ("27", "INT. BLUE FOYER - INTERVAL", "D", "2, 4, BG 30", "1 2/8"),
                ],
                "cast": [
                    ("Tom Aldridge", "VINCENZO", 15),
                    ("Maria Camilleri", "ROSA", 15),
                    ("Joe Grech", "THE PRIEST", 120),
                    ("Ella Vassallo", "LUISA", 180),
                ],
                "crew": [
                    ("Production", "Kurt Zammit", "+356 9942 1180", -30),
                    ("Camera", "Noel Bugeja", "+356 7910 4422", 0),
                    ("Electrical", "Ray Farrugia", "+356 9981 3307", -45),
                    ("Locations", "Christine Abela", "+356 9924 6615", -60),
                ],
                "notes": [
                    "The theatre is a Grade 1 scheduled building: no haze, no rigging from the "
                    "boxes, gloves on the gilt. Old Theatre Street is pedestrian; trucks "
                    "unload on Triq San Ġwann before 08:00 only.",
                ],
                "footer": "Holloway & Brandt  |  The Last Impresario  |  Call sheet 14 of 31",
            },
        ),
        _mt(
            "fortizza",
            "Tideline",
            D(2026, 10, 20),
            "07:30",
            {
                "font": "sans",
                "time_style": "mt_hrs",
                "date_style": "mt_slash",
                "n": "5",
                "company": "NORDLYS DRAMA APS (COPENHAGEN)",
                "service": "Blue Lagoon Line Production, Tas-Sliema",
                "credits": "Instruktør / Director: Mads Kjær  ·  Line producer: Rebecca Mifsud",
                "breakfast": -30,
                "on_set": 90,
                "lunch": 390,
                "weather": "Partly cloudy, 23°C, wind NE 3, swell 1 m",
                "set": "seaward terrace and the rocks below",
                "mt_line": "(Triq it-Torri, Tas-Sliema)",
                "permit": "Sliema Local Council permit SLC 44/2026; Transport Malta lane closure",
                "scenes": [
                    ("31", "EXT. SEAFRONT BATTERY TERRACE", "D", "1, 2", "3"),
                    ("32", "EXT. ROCKS BELOW THE BATTERY", "D", "1", "1 1/8"),
                ],
                "cast": [
                    ("Signe Holm", "ASTRID", 0),
                    ("Luke Borg", "MATTHEW", 60),
                ],
                "crew": [
                    ("Production", "Rebecca Mifsud", "+356 9955 2001", -30),
                    ("Camera", "Jonas Lund", "+45 2144 8811", 0),
                    ("Marine / Safety", "Stephen Cassar", "+356 9988 7004", -60),
                ],
                "notes": [
                    "Public promenade stays open: marshals at both ends of Tower Road. Safety "
                    "boat on station from 0800 hrs for scene 32.",
                ],
                "footer": "Nordlys Drama  |  Tideline  |  CS 5  |  distribution: crew only",
            },
        ),
        _mt(
            "catacombs",
            "Below Melite",
            D(2026, 10, 27),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "mt",
                "date_style": "mt_ord",
                "n": "22",
                "company": "SILVERGATE FACTUAL (BRISTOL)",
                "service": "Melita Film Services, Ir-Rabat",
                "credits": "Series producer: Anna Whitcombe  ·  Fixer: Daniel Spiteri",
                "breakfast": -15,
                "on_set": 60,
                "lunch": 330,
                "weather": "Fair, 22°C, inside the catacombs a steady 18°C",
                "set": "St Paul's hypogeum and the agape tables",
                "mt_line": "(Triq Sant' Agata, ir-Rabat)",
                "permit": "Heritage Malta filming permit HM/FP/26/071",
                "scenes": [
                    ("4", "INT. CATACOMB GALLERIES - PIECE TO CAMERA", "D", "1", "-"),
                    ("5", "INT. AGAPE TABLE CHAMBER - RECONSTRUCTION", "D", "1, BG 6", "-"),
                ],
                "cast": [
                    ("Prof. Helen Ward", "PRESENTER", 0),
                    ("Reconstruction artists (6)", "MOURNERS", 90),
                ],
                "crew": [
                    ("Production", "Daniel Spiteri", "+356 7933 5120", -30),
                    ("Camera", "Owen Price", "+44 7700 900412", 0),
                    ("Sound", "Mark Azzopardi", "+356 9920 7781", 0),
                ],
                "notes": [
                    "Site closes to the public for us 08:00-12:00. LED only, battery powered: "
                    "no cables on the rock floors. Heritage Malta warden present all day.",
                ],
                "footer": "Silvergate Factual  |  Below Melite, ep. 2  |  Call sheet 22",
            },
        ),
    ]


# --- (2) Canary Islands bilingual: HOJA DE CITACIÓN / CALL SHEET ------------------------------


def _canary(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=30.0, orientation="L")
        fill(c, x0, 28, right - x0, 30, 30)
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0 + 10, 48, "HOJA DE CITACIÓN / CALL SHEET", 13, bold=True)
        c.right(right - 10, 48, g["company"], 9, bold=True)
        black(c)
        y = 80.0
        c.text(x0, y, title, 18, bold=True)
        c.right(right, y - 6, day_text(day, "es_long"), 9.5, bold=True)
        c.right(right, y + 6, day_text(day, "en_long"), 9)
        y += 14
        c.text(x0, y, g["credits"], 8.5)
        y += 18
        # three columns: times, places, contacts
        cw = (right - x0) / 3
        c.box(x0, y, cw - 6, 150, 1.0)
        c.text(x0 + 6, y + 14, g["call_label"], 8, bold=True)
        c.text(x0 + 6, y + 42, hm(call, t), 24, bold=True)
        yy = y + 62
        for lab, off in g["times"]:
            c.text(x0 + 6, yy, lab, 7.5, bold=True)
            c.right(x0 + cw - 12, yy, hm(add_minutes(call, off), t), 8.5)
            yy += 12
        c.text(x0 + 6, yy, "Orto / Sunrise", 7.5, bold=True)
        c.right(x0 + cw - 12, yy, hm(rise, t), 8.5)
        yy += 12
        c.text(x0 + 6, yy, "Ocaso / Sunset", 7.5, bold=True)
        c.right(x0 + cw - 12, yy, hm(fall, t), 8.5)
        xx = x0 + cw
        c.box(xx, y, cw - 6, 150, 0.5)
        cell(
            c,
            xx,
            y,
            cw - 6,
            "LOCALIZACIÓN / LOCATION",
            [p.name, p.street, p.city, g["set"]],
            label_size=7.5,
            size=8.5,
        )
        cell(
            c,
            xx,
            y + 75,
            cw - 6,
            "BASE / PARKING",
            [p.base_street, p.base_city],
            label_size=7.5,
            size=8.5,
        )
        xx += cw
        c.box(xx, y, cw - 6, 150, 0.5)
        cell(
            c,
            xx,
            y,
            cw - 6,
            "URGENCIAS / NEAREST HOSPITAL",
            [p.hospital, p.hospital_street, p.hospital_city, f"Tel. {p.hospital_phone}"],
            label_size=7.5,
            size=8.2,
        )
        cell(
            c,
            xx,
            y + 75,
            cw - 6,
            "EMERGENCIAS / EMERGENCY",
            ["112 Canarias", g["contact"]],
            label_size=7.5,
            size=8.5,
        )
        y += 166
        written = partial(hm, style=t)
        y = day_tables(
            _table,
            c,
            x0,
            y,
            right,
            g,
            call,
            written,
            scenes=(
                ["SEC.", "DECORADO / SET", "INT/EXT", "D/N", "PERSONAJES / CAST", "PÁG."],
                [0, 40, 330, 390, 430, 700],
            ),
            cast=(
                ["ACTOR / ACTRIZ", "PERSONAJE", "RECOGIDA / PICK-UP", "MAQ. / HMU", "PLATÓ / SET"],
                [0, 170, 320, 470, 620],
            ),
            steps=[-45, -15, 45],
        )
        y += 4
        paragraphs(c, x0, y, g["notes"], 8, right - x0, 10.5)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"canary_{key}",
        "canary_bilingual",
        "Canary Islands bilingual Spanish / English call sheet, A4 landscape: a black band "
        "'HOJA DE CITACIÓN / CALL SHEET' with the service company, the title, the date in "
        "Spanish then English at the right; three boxed columns (the general call large over "
        "the day's times and sun; location and base; hospital and emergencies); scenes and cast "
        f"with bilingual heads; call label '{g['call_label']}'",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _canary_sheets() -> list[Sheet]:
    return [
        _canary(
            "auditorio",
            "Marea Negra",
            D(2026, 10, 15),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "es_h",
                "company": "ATLÁNTICA SERVICE FILMS S.L.",
                "credits": "Dirección / Director: Lukas Berger  ·  Producción ejecutiva: "
                "Nayra Hernández  ·  1er AD: Jonay Perdomo",
                "call_label": "CITACIÓN GENERAL / GENERAL CALL",
                "times": [
                    ("Desayuno / Breakfast", -30),
                    ("1er plano / First shot", 90),
                    ("Comida / Lunch", 360),
                    ("Fin / Wrap", 660),
                ],
                "set": "plaza exterior y la sala sinfónica",
                "contact": "Jefe de producción: Nayra Hernández, 650 21 44 80",
                "scenes": [
                    ("18", "AUDITORIO - PLAZA / CONCERT HALL SQUARE", "EXT", "D", "1, 3", "2"),
                    ("19", "SALA SINFÓNICA / SYMPHONY HALL", "INT", "D", "1, 2, 3", "3 2/8"),
                ],
                "cast": [
                    ("Franziska Maurer", "INGRID", 0),
                    ("Daniel Acosta", "RUBÉN", 30),
                    ("Ayoze Rodríguez", "EL DIRECTOR", 120),
                ],
                "notes": [
                    "Salida del hotel Mencey / Hotel departure 6:45 h. Tráfico cortado en la "
                    "Avenida de la Constitución de 8:00 a 14:00 h (permiso del Ayuntamiento).",
                ],
                "footer": "Atlántica Service Films  |  Marea Negra (Bavaria / ZDF)  |  v2",
            },
        ),
        _canary(
            "catedral",
            "The Bishop's Daughter",
            D(2026, 10, 22),
            "08:00",
            {
                "font": "sans",
                "time_style": "es_hh",
                "company": "GUANCHE FILMS CANARIAS",
                "credits": "Director: Fiona McLeish  ·  Service producer: Beatriz Cabrera  ·  "
                "1st AD: Tomás Expósito",
                "call_label": "CITACIÓN EQUIPO / CREW CALL",
                "times": [
                    ("Desayuno / Breakfast", -30),
                    ("Ensayo / Rehearsal", 60),
                    ("Comida / Lunch", 330),
                    ("Fin previsto / Est. wrap", 630),
                ],
                "set": "nave central y la plaza de la Catedral",
                "contact": "Coordinación: Beatriz Cabrera, 687 33 10 92",
                "scenes": [
                    ("7", "CATEDRAL - NAVE / CATHEDRAL NAVE", "INT", "D", "1, 4", "1 7/8"),
                    ("8", "PLAZA DE LA CATEDRAL / SQUARE", "EXT", "D", "1, 2, 4", "2 3/8"),
                    ("41", "PLAZA - LLUVIA / SQUARE IN RAIN", "EXT", "D", "2", "4/8"),
                ],
                "cast": [
                    ("Imogen Hart", "CLARA", 0),
                    ("Alejandro Mesa", "FATHER TOMÁS", 45),
                    ("Peter Doyle", "THE BISHOP", 150),
                ],
                "notes": [
                    "Horario de culto: silencio total 12:00-12:45h. No drone over the old "
                    "town (UNESCO): Guardia Civil notified.",
                ],
                "footer": "Guanche Films Canarias for Kelpie Pictures  |  The Bishop's Daughter",
            },
        ),
        _canary(
            "santabarbara",
            "Volcán",
            D(2026, 10, 29),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "es_h",
                "company": "LANZAROTE FILM SERVICES",
                # HARD: the bus leaves Arrecife before the call and its time is printed first
                "credits": "Salida bus Arrecife / Bus from Arrecife 6:15 h  ·  Director: Pieter "
                "van Dijk  ·  1er AD: Acaymo Betancort",
                "call_label": "CITACIÓN EN LOCALIZACIÓN / CALL ON LOCATION",
                "times": [
                    ("Desayuno / Breakfast", 0),
                    ("1er plano / First shot", 75),
                    ("Comida / Lunch", 330),
                    ("Fin / Wrap", 600),
                ],
                "set": "murallas y mirador sobre el volcán de Guanapay",
                "contact": "Producción: Idaira Perdomo, 628 90 41 17",
                "scenes": [
                    ("3", "CASTILLO - MURALLAS / CASTLE WALLS", "EXT", "D", "1, 2", "2 4/8"),
                    ("4", "MIRADOR / LOOKOUT", "EXT", "D", "1", "6/8"),
                ],
                "cast": [
                    ("Sanne de Vries", "ELISE", 0),
                    ("Yeray Cabrera", "EL GUARDA", 60),
                ],
                "notes": [
                    "Viento fuerte previsto: todo el material ligero lastrado. Museo de la "
                    "Piratería abierto al público a partir de las 10:00 h.",
                ],
                "footer": "Lanzarote Film Services  |  Volcán (NL/ES co-production)",
            },
        ),
    ]


# --- (3) US scheduling-software export: "Shoot Day # 12 of 30", crew call boxed right ---------


def _sw(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("letter", g["font"], margin=30.0)
        box_x = right - 150
        # left: company, title, key crew, the day counter
        c.text(x0, 40, g["company"], 8, bold=True)
        grey(c, 90)
        fit(c, x0, 50, g["office"], 7, 240)
        black(c)
        c.text(x0, 74, title, 17, bold=True)
        yy = 88.0
        for role, name in g["key_crew"]:
            c.text(x0, yy, f"{role}:", 7.5, bold=True)
            c.text(x0 + 80, yy, name, 7.5)
            yy += 10
        # centre: date, day counter, weather
        mx = x0 + 250
        c.text(mx, 44, day_text(day, g["date_style"]), 10, bold=True)
        c.text(mx, 60, f"Shoot Day # {g['day_n']} of {g['days']}", 10, bold=True)
        c.text(mx, 76, g["weather"], 7.5)
        c.text(mx, 88, f"Sunrise: {hm(rise, t)}   Sunset: {hm(fall, t)}", 7.5)
        # right: the crew call box
        c.box(box_x, 30, 150, 86, 1.6)
        fill(c, box_x, 30, 150, 16, 30)
        c.pdf.set_text_color(255, 255, 255)
        c.text(box_x + 8, 42, "CREW CALL", 9, bold=True)
        black(c)
        c.text(box_x + 8, 74, hm(call, t), 24, bold=True)
        by = 90.0
        for lab, off in g["times"]:
            c.text(box_x + 8, by, lab, 7, bold=True)
            c.right(box_x + 142, by, hm(add_minutes(call, off), t), 7.5)
            by += 10
        c.hline(x0, right, 126, 1.0)
        y = 134.0
        cw = (right - x0) / 3
        blocks = [
            ("LOCATION 1", [p.name, p.street, p.city, g["set"]]),
            ("CREW PARKING / BASECAMP", [p.base_street, p.base_city, g["park_note"]]),
            (
                "NEAREST HOSPITAL",
                hospital_lines(p),
            ),
        ]
        ruled_cells(c, x0, y, cw, blocks, 64, 0.5, label_size=7, size=7.8, lead=10.5)
        y += 78
        written = partial(hm, style=t)
        y = _table(
            c,
            x0,
            y,
            ["SCENE", "SET / DESCRIPTION", "D/N", "CAST", "PAGES", "LOC"],
            [0, 40, 330, 365, 450, 500],
            g["scenes"],
            right,
            size=7.5,
        )
        y = _table(
            c,
            x0,
            y + 2,
            ["ID", "CAST", "CHARACTER", "STATUS", "PICKUP", "REPORT", "SET"],
            [0, 20, 140, 250, 300, 370, 440],
            [
                (str(n), a, b, s, *(written(add_minutes(call, o + d)) for d in (-45, -30, 30)))
                for n, (a, b, s, o) in enumerate(g["cast"], 1)
            ],
            right,
            size=7.5,
        )
        y += 4
        titled_notes(c, x0, y, "GENERAL NOTES", 8, g["notes"], 7.5, right - x0, 10, gap=11)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"sw_{key}",
        "us_software_export",
        "US call sheet exported from scheduling software, letter: company and title top left "
        "with key crew, the date and 'Shoot Day # n of N' in the centre with weather and sun, "
        "the CREW CALL in a boxed right-hand block (a black head) over shooting call, "
        "breakfast and lunch; LOCATION 1 / CREW PARKING / NEAREST HOSPITAL side by side; "
        "scenes, cast with status (SW / W / WF)",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _sw_sheets() -> list[Sheet]:
    return [
        _sw(
            "reynolda",
            "Tobacco Road Kings",
            D(2026, 10, 19),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "us",
                "date_style": "us_long",
                "company": "Piedmont Light Pictures, LLC",
                "office": "Production office: 101 N Spruce St, Suite 300, Winston-Salem, NC 27101 "
                "· (336) 555-0147",
                "key_crew": [
                    ("Director", "Carla Wendt"),
                    ("Producer", "Marcus Bell"),
                    ("1st AD", "Dee Ochoa"),
                    ("UPM", "Ray Hollins"),
                ],
                "day_n": "12",
                "days": "30",
                "weather": "Sunny, high 68°F / low 46°F, 0% precip.",
                "times": [
                    ("Shooting Call", 60),
                    ("Breakfast", -30),
                    ("Lunch", 360),
                ],
                "set": "main house living hall and the east lawn",
                "park_note": "Shuttle to set every 10 min from 6:15 AM",
                "scenes": [
                    ("44", "INT. HALE HOUSE - LIVING HALL - 1928", "D", "1, 2, 5", "2 3/8", "1"),
                    ("45", "INT. HALE HOUSE - STAIR", "D", "1, 2", "5/8", "1"),
                    ("61", "EXT. EAST LAWN - GARDEN PARTY", "D", "1, 3, BG", "3", "1"),
                ],
                "cast": [
                    ("Owen Matthews", "R.J. HALE", "W", 0),
                    ("Lydia Crane", "KATHERINE", "W", 0),
                    ("Jamal Price", "ELIJAH", "SW", 90),
                ],
                "notes": [
                    "Museum collection on display: no food or drink in the house, blue tape "
                    "only. Closed set in the living hall. Quiet on the lawn during museum tours "
                    "at 10:00 AM and 2:00 PM.",
                ],
                "footer": "Exported 10/18/2026 7:52 PM  ·  Page 1 of 2  ·  Tobacco Road Kings",
            },
        ),
        _sw(
            "blackfriars",
            "The Understudy",
            D(2026, 10, 26),
            "08:00",
            {
                "font": "sans",
                "time_style": "us_p",
                "date_style": "us_slash",
                "company": "Shenandoah Sky Films",
                "office": "22 W Beverley St, Staunton, VA 24401 · (540) 555-0190",
                "key_crew": [
                    ("Director", "Ben Aldana"),
                    ("Producers", "Rhea Fox, Kyle Moss"),
                    ("1st AD", "Tasha Grimes"),
                ],
                "day_n": "3",
                "days": "18",
                "weather": "Cloudy, showers after 3p, high 59°F",
                "times": [
                    ("Shooting Call", 75),
                    ("Breakfast", -30),
                    ("Lunch", 390),
                ],
                "set": "stage, galleries and the tiring house",
                "park_note": "Crew parks level 2 only; validate at the office",
                "scenes": [
                    ("9", "INT. PLAYHOUSE STAGE - OPENING NIGHT", "N", "1, 2, 3, BG", "4", "1"),
                    ("10", "INT. TIRING HOUSE", "N", "1, 3", "1 1/8", "1"),
                ],
                "cast": [
                    ("Nora Whitfield", "JUNE", "W", 0),
                    ("Eli Brandt", "SIMON", "W", 30),
                    ("Grace Lu", "DELIA", "SWF", 120),
                ],
                "notes": [
                    "Day-for-night: windows blacked by G&E before crew call. Theatre has a "
                    "matinee tomorrow; we strike by 10p.",
                ],
                "footer": "Exported 10/25/2026 6:30 PM  ·  Page 1 of 1",
            },
        ),
        _sw(
            "perot",
            "Stateline",
            D(2026, 11, 2),
            "06:30",
            {
                "font": "helvetica",
                "time_style": "us",
                "date_style": "us_long",
                "company": "Two States Productions",
                "office": "Production office: 310 State Line Ave, Texarkana, AR 71854",
                "key_crew": [
                    ("Director", "Hollis Greer"),
                    ("Producer", "Ana Solís"),
                    ("1st AD", "Wade Pruitt"),
                ],
                "day_n": "21",
                "days": "24",
                "weather": "Fair, high 72°F, low 49°F",
                "times": [
                    ("Shooting Call", 90),
                    ("Breakfast", -30),
                    ("Lunch", 390),
                ],
                "set": "auditorium and the Main Street marquee",
                "park_note": "Basecamp across the state line in Arkansas",
                "scenes": [
                    ("88", "EXT. PEROT THEATRE MARQUEE - DAWN", "D", "1", "3/8", "1"),
                    ("89", "INT. THEATRE AUDITORIUM", "D", "1, 4", "2 6/8", "1"),
                ],
                "cast": [
                    ("Caleb Ruiz", "DEPUTY CRUZ", "W", 0),
                    ("Maddie Ross", "JOLENE", "W", 60),
                ],
                "notes": [
                    "Main Street closed 6:00 AM - 9:00 AM (City of Texarkana, TX permit). "
                    "Police detail on both corners.",
                ],
                "footer": "Exported 11/01/2026 9:05 PM  ·  Page 1 of 2  ·  Stateline",
            },
        ),
    ]


# --- (4) Sri Lankan service production: English, hotel departure, police post ------------------


def _lk(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=36.0)
        c.text(x0, 44, g["service"], 12, bold=True)
        grey(c, 100)
        c.text(x0, 56, g["service_addr"], 7)
        black(c)
        c.right(right, 44, "CALL SHEET", 14, bold=True)
        c.right(right, 56, f"Day {g['day_n']}", 9)
        c.hline(x0, right, 64, 0.8)
        y = 84.0
        # a two-column label / value table, ruled
        rows = [
            ("PRODUCTION", title),
            ("CLIENT / COMPANY", g["client"]),
            ("DATE", day_text(day, g["date_style"])),
            ("HOTEL DEPARTURE", f"{hm(add_minutes(call, g['depart']), t)}  ({g['hotel']})"),
            (g["call_label"], hm(call, t)),
            ("FIRST SHOT", hm(add_minutes(call, g["first"]), t)),
            ("LUNCH", hm(add_minutes(call, g["lunch"]), t)),
            ("WRAP (EST.)", hm(add_minutes(call, g["wrap"]), t)),
            ("SUNRISE / SUNSET", f"{hm(rise, t)} / {hm(fall, t)}"),
            ("WEATHER", g["weather"]),
            ("LOCATION", f"{p.name}, {p.street}, {p.city}"),
            ("SET", g["set"]),
            ("VEHICLE PARKING", f"{p.base_street}, {p.base_city}"),
            ("NEAREST HOSPITAL", f"{p.hospital}, {p.hospital_street}, {p.hospital_city}"),
            ("HOSPITAL PHONE", p.hospital_phone),
            ("POLICE", g["police"]),
        ]
        lw = 130.0
        for lab, val in rows:
            bold = lab == g["call_label"]
            c.box(x0, y, right - x0, 17, 0.4)
            fill(c, x0 + 0.4, y + 0.4, lw, 16.2, 225)
            fit(c, x0 + 5, y + 11.5, lab, 7.5, lw - 8, bold=True)
            fit(c, x0 + lw + 8, y + 12, val, 11 if bold else 8.5, right - x0 - lw - 12, bold=bold)
            y += 17
        y += 14
        written = partial(hm, style=t)
        y = _table(
            c,
            x0,
            y,
            ["SHOT / SC", "DESCRIPTION", "TALENT"],
            [0, 60, 400],
            g["shots"],
            right,
        )
        y = _table(
            c,
            x0,
            y + 2,
            ["CREW", "NAME", "MOBILE", "CALL"],
            [0, 120, 260, 400],
            crew_times(g["crew"], call, written),
            right,
        )
        y += 4
        titled_notes(c, x0, y, "PLEASE NOTE", 8.5, g["notes"], 8, right - x0, 10.5)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"lk_{key}",
        "lk_service",
        "Sri Lankan service-production call sheet in English, A4: the service company top "
        "left, CALL SHEET and Day n top right; one ruled two-column table of label / value rows "
        "(production, client, date, hotel departure, the call, first shot, lunch, wrap, sun, "
        "weather, location, set, parking, hospital and its phone, police); shots, crew, notes",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _lk_sheets() -> list[Sheet]:
    return [
        _lk(
            "fortfrederick",
            "Harbour of Kings",
            D(2026, 10, 15),
            "06:30",
            {
                "font": "helvetica",
                "time_style": "lk",
                "date_style": "lk_dots",
                "service": "SERENDIB LINE PRODUCTIONS (PVT) LTD",
                "service_addr": "No. 48, Ward Place, Colombo 07  ·  +94 11 269 4410",
                "day_n": "3 of 6",
                "client": "Tidewater Docs (UK) for Channel 4",
                "depart": -45,
                "hotel": "Trinco Blu by Cinnamon, Uppuveli",
                "call_label": "CREW CALL (ON LOCATION)",
                "first": 60,
                "lunch": 360,
                "wrap": 660,
                "weather": "Hot and humid, 31°C, NE monsoon showers possible after 1500 hrs",
                "set": "ramparts, Swami Rock and the gate",
                "police": "Trincomalee Police Station, 026 222 2222 (filming letter on file)",
                "shots": [
                    ("12", "Presenter walks the ramparts at golden hour, harbour behind", "Host"),
                    ("13", "Gate: army sentry POV, deer on the path", "-"),
                    ("14", "Swami Rock: drone (CAASL permit) and PTC", "Host"),
                ],
                "crew": [
                    ("Fixer", "Nuwan Perera", "077 341 8820", -45),
                    ("Camera", "Dilan Fernando", "071 552 0913", 0),
                    ("Drone", "Ruwan Silva", "076 220 4471", 30),
                    ("Driver lead", "Siva Kumar", "077 908 1133", -60),
                ],
                "notes": [
                    "Fort Frederick is an active army camp: passports to the gate, no filming "
                    "of soldiers or buildings marked on the map. Shoulders covered, shoes off at "
                    "Koneswaram kovil.",
                ],
                "footer": "Serendib Line Productions  |  Harbour of Kings  |  Call sheet v1",
            },
        ),
        _lk(
            "sigiriya",
            "Lion Rock",
            D(2026, 10, 22),
            "05:30",
            {
                "font": "sans",
                "time_style": "lk_dot",
                "date_style": "lk_long",
                "service": "CEYLON FRAME SERVICES",
                "service_addr": "27 Dharmapala Mawatha, Kandy  ·  +94 81 220 3391",
                "day_n": "1",
                "client": "Weltbild Reisen TV (Munich)",
                "depart": -30,
                "hotel": "Hotel Sigiriya, Sigiriya",
                "call_label": "CALL TIME (SITE ENTRANCE)",
                "first": 45,
                "lunch": 390,
                "wrap": 690,
                "weather": "Clear morning, 29°C, mist at dawn",
                "set": "water gardens, the Lion's Paw terrace and the summit",
                "police": "Sigiriya Police, 066 228 6000",
                "shots": [
                    ("1", "Dawn wide from the water gardens, rock in mist", "-"),
                    ("2", "Lion's Paw: guide's story, climb of the iron stair", "Guide"),
                    ("3", "Summit: 360 timelapse, frescoes (no lights, no flash)", "-"),
                ],
                "crew": [
                    ("Fixer", "Chaminda Rathnayake", "077 611 2045", -30),
                    ("Camera", "Felix Sommer", "+49 171 330 8812", 0),
                    ("Porters (6)", "CCF arranged", "-", -15),
                ],
                "notes": [
                    "Central Cultural Fund permit covers 5.30 am to 5.00 pm; the frescoes "
                    "gallery is three people at a time. Wasps: no perfume, move quietly.",
                ],
                "footer": "Ceylon Frame Services  |  Lion Rock  |  issued Wed 21st October",
            },
        ),
        _lk(
            "peacepagoda",
            "Southern Light",
            D(2026, 10, 29),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "lk",
                "date_style": "lk_dots",
                "service": "GALLE FACE FILMS (PVT) LTD",
                "service_addr": "12 Lighthouse Street, Galle Fort  ·  +94 91 224 7720",
                "day_n": "2 of 2",
                "client": "Monsoon Cosmetics / Ogilvy Singapore",
                "depart": -60,
                # HARD: the label under which the call prints names the beach, not the set
                "hotel": "Thaproban Pavilion, Unawatuna",
                "call_label": "UNIT CALL (AT JUNGLE BEACH RD)",
                "first": 90,
                "lunch": 330,
                "wrap": 600,
                "weather": "Sunny intervals, 30°C, sea moderate",
                "set": "stupa terrace and the cliff path",
                "police": "Unawatuna Police Post, 091 222 4560",
                "shots": [
                    ("1", "Model on the stupa terrace, sea below, product in hand", "Model"),
                    ("2", "Cliff path walk, slow motion", "Model"),
                    ("3", "Pack shot on the terrace wall", "-"),
                ],
                "crew": [
                    ("Producer", "Ishara Jayasuriya", "077 882 0015", -60),
                    ("DOP", "Kenji Tan", "+65 9123 4870", 0),
                    ("HMU", "Priya Wickramasinghe", "071 430 2210", -30),
                ],
                "notes": [
                    "Pagoda is a place of worship: modest wardrobe between takes, silence "
                    "during puja at 1800 hrs. Monks' permission letter with the producer.",
                ],
                "footer": "Galle Face Films  |  Southern Light TVC  |  Final",
            },
        ),
    ]


# --- (5) Faroese English sheets: Faroese date and address lines, ferry / tunnel notes -----------


def _fo(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=48.0)
        c.text(x0, 50, "CALL SHEET", 9)
        c.text(x0, 74, title, 22, bold=True)
        c.text(x0, 90, g["company"], 8.5)
        c.right(right, 50, f"Dagur / Day {g['day_n']}", 9, bold=True)
        c.right(right, 64, day_text(day, "fo_long"), 9)
        c.right(right, 76, day_text(day, g["date_style"]), 9)
        c.hline(x0, right, 100, 0.3)
        y = 124.0
        # times as a thin two-column list, the call first and larger
        c.text(x0, y, g["call_label"], 8)
        c.text(x0 + 170, y + 2, hm(call, t), 18, bold=True)
        y += 22
        for lab, off in g["times"]:
            c.text(x0, y, lab, 8)
            c.text(x0 + 170, y, hm(add_minutes(call, off), t), 9)
            y += 13
        c.text(x0, y, "Sólarrísing / Sunrise", 8)
        c.text(x0 + 170, y, hm(rise, t), 9)
        y += 13
        c.text(x0, y, "Sólsetur / Sunset", 8)
        c.text(x0 + 170, y, hm(fall, t), 9)
        y += 13
        c.text(x0, y, "Veður / Weather", 8)
        fit(c, x0 + 170, y, g["weather"], 9, right - x0 - 170)
        y += 20
        c.hline(x0, right, y - 8, 0.3)
        for lab, lines in [
            ("Staður / Location", [p.name, p.street, p.city, g["set"]]),
            ("Parkering / Parking", [p.base_street, p.base_city]),
            (
                "Sjúkrahús / Hospital",
                hospital_lines(p),
            ),
            ("Ferðsla / Travel", g["travel"]),
        ]:
            c.text(x0, y, lab, 8)
            for ln in lines:
                fit(c, x0 + 170, y, ln, 9, right - x0 - 170)
                y += 12
            y += 8
        c.hline(x0, right, y - 8, 0.3)
        y += 6
        written = partial(hm, style=t)
        y = day_tables(
            _table,
            c,
            x0,
            y,
            right,
            g,
            call,
            written,
            scenes=(["SC", "SET", "CAST", "PAGES"], [0, 30, 300, 420]),
            cast=(["ACTOR", "ROLE", "PICK-UP", "MAKE-UP", "ON SET"], [0, 130, 240, 320, 400]),
            steps=[-60, -30, 30],
            shade=240,
        )
        y += 4
        paragraphs(c, x0, y, g["notes"], 8, right - x0, 10.5)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"fo_{key}",
        "fo_english",
        "Faroese production's call sheet in English, A4, sparse: 'CALL SHEET' small, the title "
        "large, 'Dagur / Day n' with the date in Faroese and in English at the right; a thin "
        "two-column list of times with Faroese / English labels (the call first and larger), "
        "then Location, Parking, Hospital and a Travel line (ferry, sub-sea tunnel); scenes, "
        "cast",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _fo_sheets() -> list[Sheet]:
    return [
        _fo(
            "nordichouse",
            "Grindaboð",
            D(2026, 10, 13),
            "08:00",
            {
                "font": "sans",
                "time_style": "fo",
                "date_style": "en_long",
                "company": "Dropin Films Sp/F  ·  Tórshavn  ·  for NRK Drama",
                "day_n": "7",
                "call_label": "Samkoma / Crew call",
                "times": [
                    ("Morgunmatur / Breakfast", -30),
                    ("Fyrsta skot / First shot", 90),
                    ("Døgurði / Lunch", 330),
                    ("Liðugt / Wrap", 600),
                ],
                "weather": "Overcast, 8°C, wind SW 12 m/s, showers",
                "set": "concert hall, foyer and the grass roof",
                "travel": ["Crew bus from Hotel Føroyar 07.40"],
                "scenes": [
                    ("22", "INT. CONCERT HALL - REHEARSAL", "1, 2, 5", "2 1/8"),
                    ("23", "INT. FOYER - NIGHT (blacked out)", "1, 3", "1 4/8"),
                    ("24", "EXT. GRASS ROOF - DAY", "2", "3/8"),
                ],
                "cast": [
                    ("Sunleif Joensen", "HERI", 0),
                    ("Marna Poulsen", "BIRITA", 30),
                    ("Ingrid Nielsen", "SOLVEIG", 90),
                ],
                "notes": [
                    "Roof work only with harness and the rigger; stop at gusts over 15 m/s. "
                    "The café stays open to the public: keep the corridor clear.",
                ],
                "footer": "Dropin Films  |  Grindaboð  |  Dagur 7 of 24",
            },
        ),
        _fo(
            "vestmanna",
            "The Bird Cliffs",
            D(2026, 10, 20),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "fo",
                "date_style": "en_long",
                "company": "Kvívík Pictures for Terra Mater Factual",
                "day_n": "2",
                "call_label": "Samkoma / Unit call",
                "times": [
                    ("Bátur fer / Boat departs", 60),
                    ("Døgurði / Lunch", 300),
                    ("Liðugt / Wrap", 540),
                ],
                "weather": "Cloudy, 9°C, wind W 8 m/s, sea 1.5 m",
                "set": "harbour, boat landing and the cliffs by boat",
                "travel": [
                    "Tórshavn to Vestmanna 40 min by Kaldbaksvegur and Sundalagsvegur",
                ],
                "scenes": [
                    ("5", "EXT. HARBOUR - BOATS", "1", "-"),
                    ("6", "EXT. BIRD CLIFFS FROM THE SEA", "1", "-"),
                ],
                "cast": [
                    ("Rúni Hansen", "BOATMAN / CONTRIBUTOR", 0),
                ],
                "notes": [
                    "Life jackets for everyone on the boat, the skipper decides. Drone only "
                    "with the Vestmanna harbour master's OK.",
                ],
                "footer": "Kvívík Pictures  |  The Bird Cliffs",
            },
        ),
        _fo(
            "saksun",
            "Tidal Church",
            D(2026, 10, 27),
            "09:00",
            {
                "font": "sans",
                "time_style": "fo",
                "date_style": "en_long",
                "company": "Norðlýsið Film  ·  Hoyvíksvegur 51, Tórshavn",
                "day_n": "11",
                # HARD: the hotel departure in Tórshavn comes first with its own time
                "call_label": "Samkoma á staðnum / Call on location",
                "times": [
                    ("Bussur úr Havn / Bus from Tórshavn", -60),
                    ("Fyrsta skot / First shot", 60),
                    ("Døgurði / Lunch", 270),
                    ("Liðugt / Wrap", 480),
                ],
                "weather": "Showers, 7°C, wind NW 10 m/s",
                "set": "churchyard and the tidal lagoon path",
                "travel": ["Single-track road after Hvalvík: passing places, no overtaking"],
                "scenes": [
                    ("37", "EXT. CHURCHYARD - FUNERAL", "1, 2, 4, BG 12", "2 5/8"),
                    ("38", "EXT. LAGOON PATH - LOW TIDE", "1", "6/8"),
                ],
                "cast": [
                    ("Maria Dam", "KRISTINA", 0),
                    ("Jógvan Isaksen", "THE PRIEST", 30),
                ],
                "notes": [
                    "Lagoon crossing only at low tide (12.10); the farm at Dúvugarðar is private "
                    "land: ask before crossing the fences.",
                ],
                "footer": "Norðlýsið Film  |  Tidal Church  |  Dagur 11",
            },
        ),
    ]


# --- (6) Puerto Rican bilingual: HOJA DE LLAMADO / CALL SHEET ---------------------------------


def _pr(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("letter", g["font"], margin=32.0)
        # three header boxes: company and title / the call / date and sun
        bw = (right - x0) / 3
        for i in range(3):
            c.box(x0 + i * bw, 30, bw, 92, 0.8)
        c.text(x0 + 6, 44, g["company"], 8, bold=True)
        fit(c, x0 + 6, 70, title, 15, bw - 12, bold=True)
        yy = 86.0
        for ln in g["credits"]:
            fit(c, x0 + 6, yy, ln, 7.5, bw - 12)
            yy += 10
        mx = x0 + bw
        c.text(mx + 6, 44, "HOJA DE LLAMADO / CALL SHEET", 8, bold=True)
        fit(c, mx + 6, 58, g["call_label"], 7.5, bw - 12, bold=True)
        c.text(mx + 6, 86, hm(call, t), 22, bold=True)
        c.text(mx + 6, 100, f"Desayuno: {hm(add_minutes(call, -30), t)}", 7.5)
        c.text(mx + 6, 111, f"Primer plano: {hm(add_minutes(call, g['first']), t)}", 7.5)
        rx = x0 + 2 * bw
        fit(c, rx + 6, 44, day_text(day, "pr_long"), 9, bw - 12, bold=True)
        c.text(rx + 6, 56, day_text(day, "pr_slash"), 8)
        c.text(rx + 6, 70, f"Día {g['day_n']}", 8.5, bold=True)
        c.text(rx + 6, 84, f"Salida del sol / Sunrise: {hm(rise, t)}", 7.5)
        c.text(rx + 6, 95, f"Puesta del sol / Sunset: {hm(fall, t)}", 7.5)
        fit(c, rx + 6, 106, g["weather"], 7.5, bw - 12)
        y = 134.0
        blocks = [
            ("LOCALIZACIÓN / LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("BASE / ESTACIONAMIENTO", [p.base_street, p.base_city]),
            (
                "HOSPITAL MÁS CERCANO / NEAREST HOSPITAL",
                [p.hospital, p.hospital_street, p.hospital_city, f"Tel. {p.hospital_phone}"],
            ),
        ]
        ruled_cells(c, x0, y, bw, blocks, 66, 0.5, label_size=6.8, size=7.8, lead=10.5)
        y += 80
        written = partial(hm, style=t)
        y = day_tables(
            _table,
            c,
            x0,
            y,
            right,
            g,
            call,
            written,
            scenes=(
                ["ESC.", "DECORADO / SET", "I/E", "D/N", "ELENCO", "PÁGS."],
                [0, 34, 290, 320, 350, 470],
            ),
            cast=(
                ["#", "ACTOR", "PERSONAJE", "RECOGIDO", "MAQUILLAJE", "EN SET"],
                [0, 18, 140, 260, 340, 430],
            ),
            steps=[-45, -15, 45],
            numbered=True,
            crew=(["DEPARTAMENTO", "NOMBRE", "TEL.", "LLAMADO"], [0, 130, 270, 420]),
            notes=("NOTAS / NOTES", 8, 7.5, 10),
            notes_gap=11,
            size=7.5,
        )
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"pr_{key}",
        "pr_bilingual",
        "Puerto Rican bilingual call sheet, letter: three header boxes (company, title and "
        "credits; 'HOJA DE LLAMADO / CALL SHEET' with the general call large, breakfast and "
        "first shot; the date in Spanish and as MM/DD/YYYY, 'Día n', sun, weather); location, "
        "base and nearest hospital boxes; scenes, numbered cast, crew calls in Spanish",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _pr_sheets() -> list[Sheet]:
    return [
        _pr(
            "morro",
            "Garita",
            D(2026, 10, 20),
            "06:30",
            {
                "font": "helvetica",
                "time_style": "pr",
                "company": "ISLA BONITA PRODUCTIONS, LLC",
                "credits": ["Dir.: Ana Lucía Rivera", "Prod.: Héctor Colón", "1er AD: Luis Ortiz"],
                "call_label": "LLAMADO GENERAL / GENERAL CALL",
                "first": 90,
                "day_n": "4 de 20",
                "weather": "Soleado, 86°F, brisa del este",
                "set": "garitas, rampa principal y explanada",
                "scenes": [
                    ("14", "EXT. EL MORRO - GARITA", "E", "D", "1, 2", "2 2/8"),
                    ("15", "EXT. EXPLANADA - CHIRINGAS", "E", "D", "2, 3, BG 40", "1 4/8"),
                ],
                "cast": [
                    ("Sofía Marrero", "ISABEL", 0),
                    ("Javier Santana", "EL CAPITÁN", 30),
                    ("Tito Vázquez", "NENE", 120),
                ],
                "crew": [
                    ("Producción", "Héctor Colón", "(787) 555-0133", -30),
                    ("Cámara", "Marisol Pagán", "(787) 555-0178", 0),
                    ("Eléctrico", "Raúl Cintrón", "(787) 555-0121", -45),
                ],
                "notes": [
                    "Permiso del Servicio Nacional de Parques: no tocar los muros, guardaparques "
                    "con nosotros todo el día. Hydrate: heat index over 95°F by noon.",
                ],
                "footer": "Isla Bonita Productions  |  Garita  |  Hoja de llamado #4",
            },
        ),
        _pr(
            "faro",
            "Swell Season",
            D(2026, 10, 27),
            "07:00",
            {
                "font": "sans",
                "time_style": "pr_low",
                "company": "WEST COAST PR FILMS",
                "credits": ["Director: Kai Alana", "Line Producer: Marta Irizarry"],
                "call_label": "LLAMADO / CREW CALL",
                "first": 60,
                "day_n": "2 de 9",
                "weather": "Parcialmente nublado, 84°F, oleaje 6-8 pies",
                "set": "el faro, el parque y el mirador de surf",
                "scenes": [
                    ("6", "EXT. FARO - AMANECER", "E", "D", "1", "4/8"),
                    ("7", "EXT. MIRADOR - DOMES BREAK", "E", "D", "1, 2, BG", "2"),
                ],
                "cast": [
                    ("Leilani Brooks", "NOA", 0),
                    ("Andrés Quiñones", "TONO", 60),
                ],
                "crew": [
                    ("Producción", "Marta Irizarry", "(787) 555-0190", -30),
                    ("Cámara / agua", "Jay Medina", "(787) 555-0164", 0),
                    ("Salvavidas", "Carlos Ramos", "(787) 555-0102", 0),
                ],
                "notes": [
                    "Water safety: two lifeguards and a jet ski from 7:30 a.m. Parque del Faro "
                    "abierto al público; respect the whale-watching platform.",
                ],
                "footer": "West Coast PR Films  |  Swell Season  |  v1",
            },
        ),
        _pr(
            "mirasol",
            "Isla Nena",
            D(2026, 11, 3),
            "08:00",
            {
                "font": "helvetica",
                "time_style": "pr",
                "company": "CARIBE NORTE FILMS",
                "credits": ["Dir.: Gabriela Ayala", "Prod.: Omar Figueroa"],
                # HARD: the ferry from Ceiba leaves before the call and prints its time first
                "call_label": "LLAMADO EN VIEQUES (FERRY 6:30 AM CEIBA)",
                "first": 90,
                "day_n": "7 de 12",
                "weather": "Chubascos aislados, 85°F",
                "set": "patio del fortín y la muralla",
                "scenes": [
                    ("31", "EXT. FORTÍN - PATIO", "E", "D", "1, 4", "3"),
                    ("32", "INT. FORTÍN - MUSEO", "I", "D", "1", "1 1/8"),
                ],
                "cast": [
                    ("Camila Torres", "ROSA", 0),
                    ("Pedro Acevedo", "DON FELO", 90),
                ],
                "crew": [
                    ("Producción", "Omar Figueroa", "(787) 555-0148", -30),
                    ("Cámara", "Lucía Ocasio", "(787) 555-0117", 0),
                    ("Transporte", "Edwin Maldonado", "(787) 555-0186", -90),
                ],
                "notes": [
                    "Ferry de carga con el camión a las 4:00 a.m. Museo abierto 8:30 AM - "
                    "4:30 PM: interior solo entre 12:00 y 2:00 PM.",
                ],
                "footer": "Caribe Norte Films  |  Isla Nena  |  Hoja de llamado",
            },
        ),
    ]


# --- near misses: share call-sheet words, are not call sheets -------------------------------


def _breakdown_sheet() -> bytes:
    """A script breakdown sheet: one scene's elements by category, no day's facts."""
    c, x0, right = page("letter", "helvetica", margin=36.0)
    c.text(x0, 44, "SCRIPT BREAKDOWN SHEET", 15, bold=True)
    c.right(right, 44, "Breakdown page # 61", 9)
    c.text(x0, 58, "Tobacco Road Kings  ·  Piedmont Light Pictures, LLC", 8.5)
    c.right(right, 58, "Prepared 09/14/2026 by Dee Ochoa (1st AD)", 8)
    c.hline(x0, right, 66, 1.0)
    y = 84.0
    for k, v in [
        ("Scene #", "61"),
        ("Script page", "58-61"),
        ("Page count", "3"),
        ("Int / Ext", "EXT."),
        ("Day / Night", "DAY"),
        ("Set", "EAST LAWN - GARDEN PARTY"),
        ("Location", "Reynolda House, Winston-Salem (east lawn)"),
        ("Synopsis", "R.J.'s garden party; Elijah brings the telegram"),
    ]:
        c.text(x0, y, k, 8.5, bold=True)
        fit(c, x0 + 90, y, v, 9, right - x0 - 90)
        y += 14
    y += 8
    cats = [
        ("CAST MEMBERS", ["1. R.J. HALE", "3. ELIJAH", "5. MRS. HALE"]),
        ("BACKGROUND", ["40 party guests (1928)", "6 waiters", "1 band (4)"]),
        ("PROPS", ["Telegram", "Champagne coupes", "Croquet set"]),
        ("WARDROBE", ["Period garden wear", "Elijah: chauffeur's uniform"]),
        ("VEHICLES", ["1927 Packard (picture car)"]),
        ("SPECIAL EFFECTS", ["Light breeze (fans)"]),
        ("MUSIC", ["Live band: on-camera playback"]),
        ("NOTES", ["Shoot after museum tour at 2 PM"]),
    ]
    bw = (right - x0) / 2
    for i, (lab, items) in enumerate(cats):
        bx = x0 + (i % 2) * bw
        by = y + (i // 2) * 78
        c.box(bx, by, bw, 74, 0.5)
        cell(c, bx, by, bw, lab, items, label_size=7.5, size=8.5)
    return c.output()


def _sound_report() -> bytes:
    """A production sound report: roll, recorder, scene / take / track table, notes to post."""
    c, x0, right = page("A4", "sans", margin=30.0, orientation="L")
    c.text(x0, 40, "SOUND REPORT", 16, bold=True)
    c.right(right, 40, "Roll / Card: S07", 10, bold=True)
    c.hline(x0, right, 48, 1.0)
    hdr = [
        ("Production", "Marea Negra"),
        ("Date", "15/10/2026"),
        ("Location", "Santa Cruz de Tenerife"),
        ("Mixer", "Airam Delgado"),
        ("Recorder", "Sound Devices 888"),
        ("Format", "BWF poly, 48 kHz / 24 bit"),
        ("Timecode", "25 fps, free run, jammed 07:12"),
        ("Tracks", "1 Mix L  2 Mix R  3 Boom  4-6 Lavs"),
    ]
    label_grid(c, x0, 66, right, hdr, 4, 15, (7.5, 8.5), 56)
    _table(
        c,
        x0,
        110,
        ["FILE", "SCENE", "TAKE", "TC START", "LENGTH", "CIRCLE", "TRACKS", "NOTES"],
        [0, 70, 120, 160, 250, 310, 360, 470],
        [
            ("S07T001", "18", "1", "09:02:14:00", "01:52", "", "1-5", "plane overhead, NG"),
            ("S07T002", "18", "2", "09:05:40:12", "01:48", "(2)", "1-5", ""),
            ("S07T003", "18", "3", "09:09:01:07", "01:50", "(3)", "1-5", "best for sound"),
            ("S07T004", "WT", "-", "09:12:30:00", "00:45", "", "3", "wild track: fountain"),
            ("S07T005", "19", "1", "11:41:02:18", "03:05", "(1)", "1-6", "lav 5 rustle at 1:10"),
            ("S07T006", "19", "2", "11:46:19:03", "03:01", "(2)", "1-6", ""),
            ("S07T007", "RT", "-", "11:51:00:00", "01:00", "", "3", "room tone, hall"),
        ],
        right,
        size=8.5,
        lead=15,
        ruled=True,
    )
    y = 260.0
    y = _para(
        c,
        x0,
        y,
        "To post: card S07 copied to two drives 13:10. Sc. 19 lav 5 (Rubén) has a clothing "
        "rustle at 1:10 on both takes: use the boom there.",
        9,
        right - x0,
        12,
    )
    c.text(x0, y + 20, "Mixer: Airam Delgado   ·   Boom: Nauzet Díaz", 9)
    return c.output()


def _press_release() -> bytes:
    """A press release announcing a shoot: dates, the venue and town, quotes, a contact."""
    c, x0, right = page("A4", "helvetica", margin=60.0)
    c.text(x0, 56, "GRAND HARBOUR FILM SERVICES LTD", 10, bold=True)
    grey(c, 100)
    c.text(x0, 68, "Triq il-Kappillan Mifsud, Ħal Qormi  ·  press@grandharbourfilm.example", 7.5)
    black(c)
    c.text(x0, 100, "FOR IMMEDIATE RELEASE", 9, bold=True)
    c.right(right, 100, "Valletta, 5 October 2026", 9)
    y = 130.0
    y = _para(
        c,
        x0,
        y,
        "Period drama 'The Last Impresario' begins filming in Malta",
        16,
        right - x0,
        20,
        bold=True,
    )
    y += 8
    for para in [
        "Principal photography on 'The Last Impresario', a six-part period drama from Holloway "
        "& Brandt Pictures, starts on Tuesday 13 October 2026 at the Manoel Theatre, 115 Old "
        "Theatre Street, Valletta, one of the oldest working theatres in Europe. Filming "
        "continues in Valletta, Sliema and Mdina until 27 November.",
        "The production will employ more than 120 Maltese crew and 400 local extras through "
        "Grand Harbour Film Services. Old Theatre Street stays open to pedestrians; short "
        "traffic holds on Triq San Ġwann between 7:00 and 8:00 each morning.",
        '"Malta gives us the 1920s opera house we could not find anywhere else," said director '
        "Oliver Brandt. The series will premiere in 2027.",
    ]:
        y = _para(c, x0, y, para, 10, right - x0, 14) + 8
    y += 10
    c.text(x0, y, "Media contact: Claire Galea, +356 9900 1234", 9, bold=True)
    c.text(x0, y + 14, "Photo call: Manoel Theatre foyer, Wednesday 14 October, 12:30", 9)
    centre(c, y + 50, "###", 10)
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "near_miss_breakdown_sheet",
            "near_miss",
            "a script breakdown sheet, letter: production, breakdown page #, scene, page count, "
            "INT/EXT, day/night, set and location, then boxed element categories (cast, "
            "background, props, wardrobe, vehicles, effects); no date or call",
            _breakdown_sheet,
            OTHER,
        ),
        _sheet(
            "near_miss_sound_report",
            "near_miss",
            "a production sound report, A4 landscape: production, date, a town, mixer, "
            "recorder, format, timecode; file / scene / take / TC / circled takes / tracks; a "
            "note to post",
            _sound_report,
            OTHER,
        ),
        _sheet(
            "near_miss_press_release",
            "near_miss",
            "a service company's press release announcing the start of filming: the start "
            "date, the theatre's street address, towns, crew numbers, a traffic note with "
            "times, a media contact and a photo call",
            _press_release,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_mt_sheets(),
        *_canary_sheets(),
        *_sw_sheets(),
        *_lk_sheets(),
        *_fo_sheets(),
        *_pr_sheets(),
        *_other_sheets(),
    ]
