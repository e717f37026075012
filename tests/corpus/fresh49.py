"""Fiftieth held-out set: six kinds of call sheet from service companies and crews in Africa
and the Middle East, in towns from O to R (else A to C) not yet in the corpus (`fresh49_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh49"). Nigerian service-company sheets for a foreign commercial with
client, agency, production company and service company all printed (Port Harcourt, Abeokuta,
Osogbo: "6.30am"), Tunisian French "feuilles de service" from a service company (Carthage,
Bizerte, Rafraf: "06h30", "PAT"), UAE desert and city days with a unit base far from the set and
a unit move to a second set (Ras Al Khaimah, Al Ain, Abu Dhabi: "06:30", prayer times),
Egyptian landscape sheets with a schedule table (Port Said, Cairo, Aswan: "0630 HRS"), Namibian
grids with labels above values (Opuwo, Otjiwarongo, Omaruru: a travel call before the crew
call) and Tanzanian English / Swahili sheets with Swahili time beside the clock (Arusha,
Bagamoyo, Pangani: "6:30 AM (saa 12:30 asubuhi)"). Three near misses, all `other`: a shot list,
a crew confidentiality agreement and a crew job posting.

Expected values come from the same table the page is printed from; sun times are astral's for
the set and date. Deliberately hard cases are marked `HARD:` where they are built (at most one a
family); most sheets are plain. Where a day has two sets (the UAE unit moves) the expected set is
the first, the one the unit call is for (the corpus's Sheet holds one location a day).
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from astral import Observer
from astral.sun import noon

from tests.corpus.draw import Canvas, black, centre, grey
from tests.corpus.formats import add_minutes, ordinal
from tests.corpus.fresh_common import (
    clock,
    date_or,
    day_tables,
    expect,
    fill,
    grey_text,
    head_table,
    hospital_lines,
    label_grid,
    label_rows,
    page,
    paragraph,
    paragraphs,
    ruled_cells,
    sheet_basics,
    sheet_maker,
    signature_lines,
    time_or,
    titled_notes,
)
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, cell, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # (1) Nigerian service company, foreign commercial: Port Harcourt, Abeokuta, Osogbo
    "pleasurepark": _p(
        "ng",
        "Port Harcourt Pleasure Park",
        "Aba Road, Rumuola",
        "Port Harcourt, Rivers State",
        4.8322,
        7.0066,
        "Africa/Lagos",
        "University of Port Harcourt Teaching Hospital",
        "East-West Road, Alakahia",
        "Port Harcourt, Rivers State",
        "0803 310 4521",
        "Park public car park (east gate), Aba Road",
        "Port Harcourt, Rivers State",
    ),
    "olumo": _p(
        "ng",
        "Olumo Rock Tourist Complex",
        "Ikija Road, Ikereku",
        "Abeokuta, Ogun State",
        7.1606,
        3.3480,
        "Africa/Lagos",
        "Federal Medical Centre Abeokuta",
        "Idi-Aba",
        "Abeokuta, Ogun State",
        "0805 512 7740",
        "Itoku Market lorry park, Itoku Road",
        "Abeokuta, Ogun State",
    ),
    "osungrove": _p(
        "ng",
        "Osun-Osogbo Sacred Grove",
        "Osun Grove Road, Gbodofon",
        "Osogbo, Osun State",
        7.7550,
        4.5520,
        "Africa/Lagos",
        "State Specialist Hospital Asubiaro",
        "Hospital Road, Asubiaro",
        "Osogbo, Osun State",
        "0803 719 2268",
        "Grove visitors' car park, Osun Grove Road",
        "Osogbo, Osun State",
    ),
    # (2) Tunisian feuilles de service: Carthage, Bizerte, Rafraf
    "antonin": _p(
        "tn",
        "Thermes d'Antonin",
        "Avenue des Thermes d'Antonin",
        "2016 Carthage",
        36.8530,
        10.3320,
        "Africa/Tunis",
        "Hôpital Mongi Slim",
        "Route de Sidi Daoud",
        "2046 La Marsa",
        "71 766 900",
        "Parking de la gare TGM Carthage Hannibal, Avenue Habib Bourguiba",
        "2016 Carthage",
    ),
    "vieuxport": _p(
        "tn",
        "Vieux Port de Bizerte (quai de la Kasbah)",
        "Quai Khemais Ternane",
        "7000 Bizerte",
        37.2740,
        9.8710,
        "Africa/Tunis",
        "Hôpital Régional Habib Bougatfa",
        "Rue du 20 Mars",
        "7000 Bizerte",
        "72 431 422",
        "Parking de la place du 14 Janvier, Boulevard Hassen Nouri",
        "7000 Bizerte",
    ),
    "rafraf": _p(
        "tn",
        "Plage de Rafraf (île de Pilau)",
        "Route de la Corniche",
        "7045 Rafraf",
        37.1930,
        10.1940,
        "Africa/Tunis",
        "Hôpital de circonscription de Ras Jebel",
        "Avenue Habib Bourguiba",
        "7070 Ras Jebel",
        "72 447 110",
        "Parking municipal de la plage, Route de la Corniche",
        "7045 Rafraf",
    ),
    # (3) UAE unit moves: Ras Al Khaimah, Al Ain, Abu Dhabi
    "dhayah": _p(
        "ae",
        "Dhayah Fort",
        "Al Dhayah, off Emirates Road (E11)",
        "Ras Al Khaimah",
        25.8790,
        56.0660,
        "Asia/Dubai",
        "Ras Al Khaimah Hospital",
        "Al Qusaidat",
        "Ras Al Khaimah",
        "+971 7 207 4444",
        "RAK Exhibition Centre car park, Al Qusaidat",
        "Ras Al Khaimah",
    ),
    "mubazzarah": _p(
        "ae",
        "Green Mubazzarah",
        "Jebel Hafeet Road, Mubazzarah",
        "Al Ain, Abu Dhabi",
        24.0650,
        55.7660,
        "Asia/Dubai",
        "Tawam Hospital",
        "Tawam Street, Al Maqam",
        "Al Ain, Abu Dhabi",
        "+971 3 707 4444",
        "Al Ain Zoo overflow car park, Nahyan Al Awwal Street",
        "Al Ain, Abu Dhabi",
    ),
    "qasralhosn": _p(
        "ae",
        "Qasr Al Hosn",
        "Sheikh Zayed the First Street, Al Hisn",
        "Abu Dhabi",
        24.4822,
        54.3547,
        "Asia/Dubai",
        "Sheikh Khalifa Medical City",
        "Al Karamah Street",
        "Abu Dhabi",
        "+971 2 819 0000",
        "Zayed Port public car park, Al Mina",
        "Abu Dhabi",
    ),
    # (4) Egyptian landscape sheets with a schedule table: Port Said, Cairo, Aswan
    "canalhouse": _p(
        "eg",
        "Suez Canal Authority Building (the Domes)",
        "Palestine Street, El Sharq",
        "Port Said",
        31.2600,
        32.3080,
        "Africa/Cairo",
        "Port Said General Hospital",
        "El Gomhoreya Street",
        "Port Said",
        "066 322 5016",
        "De Lesseps Square parking, Palestine Street",
        "Port Said",
    ),
    "baron": _p(
        "eg",
        "Baron Empain Palace",
        "El Orouba Street, Heliopolis",
        "Cairo",
        30.0866,
        31.3301,
        "Africa/Cairo",
        "Cleopatra Hospital",
        "39 Cleopatra Street, Salah El Din Square",
        "Heliopolis, Cairo",
        "02 2414 3931",
        "Merryland Park gate 2 parking, Hegaz Street",
        "Heliopolis, Cairo",
    ),
    "cataract": _p(
        "eg",
        "Old Cataract Hotel (Sofitel Legend)",
        "Abtal El Tahrir Street",
        "Aswan",
        24.0790,
        32.8880,
        "Africa/Cairo",
        "Aswan University Hospital",
        "El Sadat Road",
        "Aswan",
        "097 231 2910",
        "Feryal Garden parking, Corniche El Nil",
        "Aswan",
    ),
    # (5) Namibian grids, labels above values: Opuwo, Otjiwarongo, Omaruru
    "opuwo": _p(
        "na",
        "Opuwo Country Lodge (hilltop deck)",
        "Lodge access road, off the C43",
        "Opuwo, Kunene Region",
        -18.0580,
        13.8310,
        "Africa/Windhoek",
        "Opuwo District Hospital",
        "Hospital Street",
        "Opuwo, Kunene Region",
        "065 273 077",
        "Opuwo OK Foods car park, Main Road (C43)",
        "Opuwo, Kunene Region",
    ),
    "ccf": _p(
        "na",
        "Cheetah Conservation Fund Field Research Centre",
        "D2440, Farm Elandsvreugde",
        "Otjiwarongo, Otjozondjupa Region",
        -20.4650,
        17.0470,
        "Africa/Windhoek",
        "Otjiwarongo State Hospital",
        "Hospital Street",
        "Otjiwarongo, Otjozondjupa Region",
        "067 300 900",
        "Otjiwarongo Crocodile Ranch car park, Hospital Street",
        "Otjiwarongo, Otjozondjupa Region",
    ),
    "kristall": _p(
        "na",
        "Kristall Kellerei Winery",
        "D2328, 4 km east of town",
        "Omaruru, Erongo Region",
        -21.4300,
        15.9690,
        "Africa/Windhoek",
        "Omaruru State Hospital",
        "Wilhelm Zeraua Street",
        "Omaruru, Erongo Region",
        "064 570 037",
        "Omaruru River Lodge car park, Sesriem Street",
        "Omaruru, Erongo Region",
    ),
    # (6) Tanzanian English / Swahili sheets: Arusha, Bagamoyo, Pangani
    "heritage": _p(
        "tz",
        "Cultural Heritage Centre",
        "Dodoma Road, Kisongo",
        "Arusha",
        -3.3700,
        36.6330,
        "Africa/Dar_es_Salaam",
        "Mount Meru Regional Referral Hospital",
        "Old Moshi Road",
        "Arusha",
        "+255 27 250 3352",
        "Njiro Road lay-by (opposite the centre's gate 2)",
        "Arusha",
    ),
    "kaole": _p(
        "tz",
        "Kaole Ruins",
        "Kaole Road, Magomeni",
        "Bagamoyo, Pwani",
        -6.4650,
        38.9390,
        "Africa/Dar_es_Salaam",
        "Bagamoyo District Hospital",
        "Caravan Serai Road",
        "Bagamoyo, Pwani",
        "+255 23 244 0008",
        "Bagamoyo Art College (TaSUBa) car park, Kaole Road",
        "Bagamoyo, Pwani",
    ),
    "pangani": _p(
        "tz",
        "Pangani Old Boma",
        "Boma Road, Pangani Mashariki",
        "Pangani, Tanga",
        -5.4260,
        38.9780,
        "Africa/Dar_es_Salaam",
        "Pangani District Hospital",
        "Hospital Road",
        "Pangani, Tanga",
        "+255 27 263 0018",
        "Pangani ferry landing car park, Jamhuri Street",
        "Pangani, Tanga",
    ),
}

FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"]
FR_MON += ["septembre", "octobre", "novembre", "décembre"]
SW_WD = ["Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi", "Jumapili"]
SW_MON = ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti"]
SW_MON += ["Septemba", "Oktoba", "Novemba", "Desemba"]


def _swahili(h: int, m: int) -> str:
    """Swahili time: the day's hours counted from 07:00 (saa moja asubuhi), six behind."""
    sh = (h - 6) % 12 or 12
    part = "asubuhi" if 5 <= h < 12 else "mchana" if h < 16 else "jioni" if h < 19 else "usiku"
    return f"saa {sh}:{m:02d} {part}"


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "ng": f"{h12}.{m:02d}{ap.lower()}",  # "6.30am"
        "ng_sp": f"{h12}.{m:02d} {ap.lower()}",  # "6.30 am"
        "fr": f"{h:02d}h{m:02d}",  # "06h30"
        "fr_short": f"{h}h{m:02d}" if m else f"{h}h",  # "6h30", "7h"
        "ae": f"{h:02d}:{m:02d}",  # "06:30"
        "eg": f"{h:02d}{m:02d} HRS",  # "0630 HRS"
        "eg_hrs": f"{h:02d}{m:02d} hrs",  # "0630 hrs"
        "na": f"{h:02d}:{m:02d}",  # "06:30"
        "na_h": f"{h:02d}h{m:02d}",  # "06h30", as Namibian sheets also write it
        "tz": f"{h12}:{m:02d} {ap}",  # "6:30 AM"
        "tz_sw": f"{h12}:{m:02d} {ap} ({_swahili(h, m)})",  # "6:30 AM (saa 12:30 asubuhi)"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "ng_ord": f"{d:%A}, {ordinal(d.day)} {d:%B}, {d.year}",  # "Saturday, 14th November, 2026"
        "ng_slash": f"{d:%a} {d:%d/%m/%Y}",  # "Sat 14/11/2026"
        "fr_long": f"{FR_WD[d.weekday()]} {d.day} {FR_MON[d.month - 1]} {d.year}",
        "fr_caps": f"{FR_WD[d.weekday()].upper()} {d:%d/%m/%Y}",  # "MARDI 17/11/2026"
        "ae_dash": f"{d:%a} {d.day:02d}-{d:%b}-{d.year}",  # "Sun 15-Nov-2026"
        "ae_long": f"{d:%A} {d.day} {d:%B} {d.year}",
        "eg_caps": f"{d:%a} {d.day} {d:%b} {d.year}".upper(),  # "SAT 14 NOV 2026"
        "na_long": f"{d:%A} {d.day} {d:%B} {d.year}",
        "na_dots": f"{d:%d.%m.%Y}",
        "tz_long": f"{d:%A}, {d.day} {d:%B} {d.year}",
        "tz_sw": f"{SW_WD[d.weekday()]}, {d.day} {SW_MON[d.month - 1]} {d.year}",
    }
    return date_or(forms, d, style)


def dhuhr(p: Place, day: D) -> str:
    """The noon prayer a few minutes after the sun's transit, as UAE prayer tables print it."""
    t = noon(Observer(p.lat, p.lon), date=day, tzinfo=ZoneInfo(p.tz))
    t += dt.timedelta(minutes=4, seconds=30)
    return t.strftime("%H:%M")


_sheet = sheet_maker("fresh49")
_para = paragraph
_table = partial(head_table, size=8, lead=12.5)


def _footer(c: Canvas, text: str) -> None:
    grey_text(c, 36, c.pdf.h - 22, text, 7, 120)


# --- (1) Nigerian service company, foreign commercial: client / agency / production / service --


def _ng(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=32.0)
        # the Nigerian service company's letterhead; the sheet is theirs
        c.text(x0, 40, g["service"], 11, bold=True)
        grey_text(c, x0, 51, g["service_line"], 7, 100)
        c.right(right, 40, "CALL SHEET", 14, bold=True)
        c.right(right, 52, f"Shoot day {g['day_n']}  ·  Issued {g['issued']}", 7.5)
        c.hline(x0, right, 58, 1.4)
        # HARD: the client's brand and the campaign line sit over the title, all in capitals
        pairs = [
            ("CLIENT", g["client"]),
            ("AGENCY", g["agency"]),
            ("PRODUCTION CO.", g["prodco"]),
            ("SERVICE CO.", g["service"]),
            ("DIRECTOR", g["director"]),
            ("DOP", g["dop"]),
            ("PRODUCER", g["producer"]),
            ("LINE PRODUCER (NG)", g["line"]),
        ]
        label_grid(c, x0, 74, right, pairs, 2, 12, (7, 8), 86)
        y = 130.0
        c.text(x0, y, "PROJECT", 7, bold=True)
        c.text(x0 + 86, y + 2, title, 16, bold=True)
        c.right(right, y + 2, g["spots"], 8)
        y += 14
        c.text(x0 + 86, y, day_text(day, g["date_style"]), 9.5, bold=True)
        y += 12
        c.hline(x0, right, y, 0.6)
        # a strip: the call large, then the day's other times
        y += 6
        bw = (right - x0) / 4
        c.box(x0, y, bw, 52, 1.6)
        c.text(x0 + 6, y + 12, "GENERAL CREW CALL", 7.5, bold=True)
        c.text(x0 + 6, y + 40, hm(call, t), 20, bold=True)
        strip = [
            ("PRE-CALLS", [f"{lab} {hm(add_minutes(call, o), t)}" for lab, o in g["pre"]]),
            (
                "MEALS",
                [
                    f"Breakfast {hm(add_minutes(call, g['breakfast']), t)}",
                    f"Lunch {hm(add_minutes(call, g['lunch']), t)}",
                ],
            ),
            ("SUN / WEATHER", [f"Rise {hm(rise, t)}  Set {hm(fall, t)}", g["weather"]]),
        ]
        for i, (lab, lines) in enumerate(strip, 1):
            c.box(x0 + i * bw, y, bw, 52, 0.5)
            cell(c, x0 + i * bw, y, bw, lab, lines, label_size=7, size=7.8, lead=10)
        y += 60
        cw = (right - x0) / 3
        blocks = [
            ("LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("UNIT BASE / PARKING", [p.base_street, p.base_city, g["base_note"]]),
            ("NEAREST HOSPITAL (A&E)", hospital_lines(p)),
        ]
        ruled_cells(c, x0, y, cw, blocks, 62, 0.5, label_size=7, size=7.8, lead=10.5)
        y += 76
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
            scenes=(["SPOT", "SC", "DESCRIPTION", "INT/EXT", "TALENT"], [0, 44, 70, 330, 390]),
            cast=(["TALENT", "ROLE", "PICK-UP", "MAKE-UP", "ON SET"], [0, 140, 270, 350, 430]),
            steps=[-75, -45, 30],
            crew=(["DEPARTMENT", "NAME", "PHONE", "CALL"], [0, 120, 270, 420]),
            notes=("NOTES / SAFETY", 8.5, 7.8, 10.5),
        )
        c.text(x0, y + 6, f"TOMORROW: {g['tomorrow']}", 8, bold=True)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"ng_{key}",
        "ng_service_commercial",
        "Nigerian service company's call sheet for a foreign commercial, A4: the service "
        "company's letterhead and CALL SHEET with the issue time; CLIENT / AGENCY / "
        "PRODUCTION CO. / SERVICE CO. / DIRECTOR / DOP / PRODUCER / LINE PRODUCER in two "
        "columns, then PROJECT with the title and the spot lengths apart; a strip (GENERAL "
        "CREW CALL large, pre-calls, meals, sun); LOCATION / UNIT BASE / NEAREST HOSPITAL; "
        "spots and scenes, talent, crew; generator, police escort and traffic notes; tomorrow",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _ng_sheets() -> list[Sheet]:
    return [
        _ng(
            "pleasurepark",
            "Signal Home",
            D(2026, 11, 14),
            "06:30",
            {
                "font": "helvetica",
                "time_style": "ng",
                "date_style": "ng_ord",
                "day_n": "1 of 2",
                "issued": "13/11/2026, 7.40pm",
                "service": "GARDEN CITY LINE PRODUCTIONS LTD",
                "service_line": "Plot 14, Old GRA, Port Harcourt  ·  +234 803 000 4411",
                "client": "VANTOR TELECOM (MIDDLE EAST & AFRICA)",
                "agency": "Kessler Byrne Dubai",
                "prodco": "Northfold Films Ltd, London",
                "director": "Hanne Okafor-Lind",
                "dop": "Rui Matos",
                "producer": "Georgia Finch",
                "line": "Tamuno Briggs",
                "spots": '1 x 60"  ·  1 x 30"  ·  2 x 15" cut-downs',
                "pre": [("Art / props", -90), ("Genny & lighting", -60), ("HMU", -45)],
                "breakfast": -30,
                "lunch": 330,
                "weather": "Humid, 29°C, showers after 3pm",
                "set": "the lake steps and the climbing tower",
                "base_note": "Genny, honeywagon, wardrobe bus; park in bays 1-20 only",
                "scenes": [
                    ('60"', "1", "Family arrives at the lake steps, phones out", "EXT", "1-4"),
                    ('60"', "3", "Kids race up the climbing tower", "EXT", "3, 4"),
                    ('30"', "2", "Grandmother's video call by the water", "EXT", "1, 2"),
                ],
                "cast": [
                    ("Chioma Eze", "MOTHER", 0),
                    ("Ibinabo Amachree", "GRANDMOTHER", 30),
                    ("Daniel Amadi", "SON (10)", 60),
                    ("Tonye West", "DAUGHTER (8)", 60),
                ],
                "crew": [
                    ("Line producer", "Tamuno Briggs", "0803 000 4411", -60),
                    ("1st AD", "Ugo Nwachukwu", "0806 221 9034", -30),
                    ("Camera", "Rui Matos", "+351 91 220 4410", 0),
                    ("Gaffer", "Soala Ibiama", "0809 414 0021", -60),
                    ("Locations", "Ebiye Dappa", "0813 557 8812", -90),
                ],
                "notes": [
                    "Power: 2 x 60 KVA generators on site from 5.00am; do not rely on the "
                    "park's supply. Two police escorts from Rumuokoro division ride with the "
                    "camera truck.",
                    "Aba Road is slow from 6.00am: crew from the hotel leave by 5.15am. Child "
                    "performers: chaperones sign in at base; 15-minute breaks every hour.",
                ],
                "tomorrow": "Sun 15/11: general crew call 7.00am, Port Harcourt Tourist Beach",
                "footer": "Garden City Line Productions  |  Vantor 'Signal Home'  |  Confidential",
            },
        ),
        _ng(
            "olumo",
            "The Long Way Up",
            D(2026, 11, 21),
            "06:00",
            {
                "font": "sans",
                "time_style": "ng_sp",
                "date_style": "ng_slash",
                "day_n": "2 of 3",
                "issued": "Fri 20/11/2026 17:05",
                "service": "ÀṢẸ FILM SERVICES NIGERIA",
                "service_line": "12 Oba Akinjobi Way, Ikeja, Lagos  ·  production@ase.example",
                "client": "KORVA MOTORS AG",
                "agency": "Brandhaus Hamburg",
                "prodco": "Tellfilm GmbH, Hamburg",
                "director": "Jonas Reuter",
                "dop": "Femi Adewale",
                "producer": "Katrin Möller",
                "line": "Bisola Akinwale",
                "spots": '1 x 45" TVC  ·  6 x 6" social',
                "pre": [("Drone team", -60), ("Car prep", -90)],
                "breakfast": -30,
                "lunch": 360,
                "weather": "Hazy (harmattan), 31°C, dry",
                "set": "the summit and the rock stairway",
                "base_note": "Car transporter and tech trucks; 12 minutes to the rock gate",
                "scenes": [
                    ('45"', "4", "SUV climbs Ikija Road at first light", "EXT", "-"),
                    ('45"', "5", "Driver reaches the summit, city below", "EXT", "1"),
                    ('6"', "S1", "Rock stairway, hand on the rail", "EXT", "1"),
                ],
                "cast": [
                    ("Seun Ogunleye", "DRIVER", 0),
                    ("Adunni Bello", "PASSENGER", 30),
                ],
                "crew": [
                    ("Line producer", "Bisola Akinwale", "0802 330 1146", -60),
                    ("1st AD", "Kunle Afolabi", "0805 881 2290", -30),
                    ("Drone (NCAA licensed)", "Dapo Okonjo", "0817 004 3318", -60),
                    ("Picture car", "Ismail Sanni", "0803 775 0063", -90),
                ],
                "notes": [
                    "Complex opens to the public at 8.00 am: summit shots before then, "
                    "stairway after 3.00 pm only. Drone: NCAA permit on file, no flying over "
                    "the Alake's palace.",
                ],
                "tomorrow": "Sun 22/11: general crew call 6.30 am, Lafenwa road (car run-bys)",
                "footer": "Àṣẹ Film Services  |  Korva 'The Long Way Up'  |  Not for circulation",
            },
        ),
        _ng(
            "osungrove",
            "River Mother",
            D(2026, 11, 28),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "ng",
                "date_style": "ng_ord",
                "day_n": "1 of 1",
                "issued": "27/11/2026, 8.15pm",
                "service": "SAHEL LIGHT PRODUCTIONS LTD",
                "service_line": "5 Gbongan Road, Osogbo  ·  +234 805 770 2210",
                "client": "AURELLE BEAUTY (PARIS)",
                "agency": "Maison Vidal & Co.",
                "prodco": "Les Films du Quai, Paris",
                "director": "Inès Achard",
                "dop": "Ope Ajayi",
                "producer": "Claire Bonnet",
                "line": "Tolu Oyeleke",
                "spots": '1 x 30"  ·  stills',
                "pre": [("Art / set dressing", -90), ("HMU & wardrobe", -60)],
                "breakfast": -30,
                "lunch": 300,
                "weather": "Cloudy, 27°C, 40% rain",
                "set": "the river bank and the suspension bridge",
                "base_note": "Wardrobe and HMU tents; no vehicles past the gate",
                "scenes": [
                    ('30"', "1", "Model at the river's edge, offerings out of frame", "EXT", "1"),
                    ('30"', "2", "Walk across the bridge into the trees", "EXT", "1, 2"),
                ],
                "cast": [
                    ("Adaeze Obi", "MODEL", 0),
                    ("Yemi Adeleye-West", "DANCER", 60),
                ],
                "crew": [
                    ("Line producer", "Tolu Oyeleke", "0805 770 2210", -60),
                    ("1st AD", "Rotimi Ajao", "0803 402 1187", -30),
                    ("Stills", "Nkem Uba", "0816 330 9021", 0),
                    ("Grove liaison", "Chief Adegoke", "0802 119 4456", -30),
                ],
                "notes": [
                    "The grove is a UNESCO site and a shrine: no filming of the shrines or "
                    "priestesses, shoes off where the liaison says, no lights in the water. "
                    "Stills with the grove's written approval only.",
                ],
                "tomorrow": "Travel day: coach to Lagos departs the hotel 9.00am",
                "footer": "Sahel Light Productions  |  Aurelle 'River Mother'  |  Confidential",
            },
        ),
    ]


# --- (2) Tunisian feuilles de service, French: FEUILLE DE SERVICE, PAT, 06h30 -----------------


def _tn(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=32.0)
        c.text(x0, 40, g["prod"], 9, bold=True)
        grey_text(c, x0, 50, g["service"], 7.5, 90)
        c.right(right, 40, f"FEUILLE DE SERVICE N° {g['n']}", 12, bold=True)
        c.right(right, 52, f"Jour de tournage {g['jour']}", 8)
        c.hline(x0, right, 58, 1.0)
        centre(c, 82, title, 20)
        centre(c, 96, day_text(day, g["date_style"]).upper(), 10)
        centre(c, 108, g["credits"], 7.5, bold=False)
        y = 118.0
        # horaires on the left, décor on the right
        half = (right - x0) / 2
        c.box(x0, y, half - 6, 124, 1.0)
        c.text(x0 + 6, y + 14, "CONVOCATION ÉQUIPE", 8, bold=True)
        c.text(x0 + 6, y + 40, hm(call, t), 22, bold=True)
        yy = y + 58
        for lab, off in g["horaires"]:
            c.text(x0 + 6, yy, lab, 7.5, bold=True)
            c.right(x0 + half - 14, yy, hm(add_minutes(call, off), t), 8.5)
            yy += 11
        c.text(x0 + 6, yy, "Lever / coucher du soleil", 7.5, bold=True)
        c.right(x0 + half - 14, yy, f"{hm(rise, t)} / {hm(fall, t)}", 8.5)
        xx = x0 + half
        c.box(xx, y, half, 124, 0.5)
        cell(
            c,
            xx,
            y,
            half,
            "DÉCOR / ADRESSE",
            [p.name, p.street, p.city, g["set"]],
            label_size=7.5,
            size=8.5,
        )
        cell(
            c,
            xx,
            y + 62,
            half,
            "RÉGIE / CANTINE / PARKING",
            [p.base_street, p.base_city, g["regie"]],
            label_size=7.5,
            size=8,
        )
        y += 130
        c.box(x0, y, right - x0, 34, 0.8)
        cell(
            c,
            x0,
            y,
            right - x0,
            "HÔPITAL LE PLUS PROCHE / URGENCES",
            [
                f"{p.hospital}, {p.hospital_street}, {p.hospital_city}  ·  Tél. {p.hospital_phone}",
                "SAMU 190  ·  Protection civile 198  ·  Police 197",
            ],
            label_size=7.5,
            size=8,
        )
        y += 48
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
            scenes=(["SÉQ.", "DÉCOR", "EFFET", "RÔLES", "PAGES"], [0, 36, 300, 360, 470]),
            cast=(["RÔLE", "COMÉDIEN(NE)", "PICK-UP", "HMC", "PAT"], [0, 110, 260, 340, 420]),
            steps=[-60, -40, 30],
            crew=(["POSTE", "NOM", "TÉL.", "CONVOC."], [0, 130, 270, 420]),
            notes=("REMARQUES", 8.5, 7.8, 10.5),
        )
        c.text(x0, y + 6, f"J+1 : {g['demain']}", 8, bold=True)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"tn_{key}",
        "tn_feuille_de_service",
        "Tunisian service company's 'feuille de service' in French, A4: the foreign "
        "production and the Tunisian service company top left, FEUILLE DE SERVICE N° and the "
        "shooting day right, the title and the date centred; CONVOCATION ÉQUIPE large over "
        "petit-déjeuner, PAT, déjeuner, fin de journée and the sun; DÉCOR / ADRESSE over "
        "RÉGIE / CANTINE / PARKING; HÔPITAL LE PLUS PROCHE with SAMU; séquences, comédiens "
        "(pick-up, HMC, PAT), équipe; J+1",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _tn_sheets() -> list[Sheet]:
    return [
        _tn(
            "antonin",
            "Les Sables de Didon",
            D(2026, 11, 17),
            "06:30",
            {
                "font": "helvetica",
                "time_style": "fr",
                "date_style": "fr_long",
                "n": "7",
                "jour": "7 / 24",
                "prod": "LUMEN & FILS PRODUCTIONS (PARIS)",
                "service": "Production exécutive Tunisie : Hannibal Film Services, Gammarth",
                "credits": "Réalisation : Nadia Ferchichi  ·  1er assistant : Yassine Trabelsi",
                "horaires": [
                    ("Petit-déjeuner (cantine)", -30),
                    ("PAT", 90),
                    ("Déjeuner", 360),
                    ("Fin de journée prévue", 690),
                ],
                "set": "caldarium et colonnade côté mer",
                "regie": "Loges HMC sous tente, cantine 60 couverts",
                "scenes": [
                    ("14", "EXT. THERMES - COLONNADE", "J / EXT", "1, 3", "2 3/8"),
                    ("15", "EXT. THERMES - BORD DE MER", "J / EXT", "1, 2, fig. 20", "1 5/8"),
                    ("22", "EXT. THERMES - CALDARIUM", "J / EXT", "2", "6/8"),
                ],
                "cast": [
                    ("ÉLISSA", "Sarra Jebali", 0),
                    ("MARC", "Thomas Garnier", 20),
                    ("LE GARDIEN", "Fethi Hamdani", 120),
                ],
                "crew": [
                    ("Régie générale", "Mehdi Ben Salah", "98 114 220", -60),
                    ("1er assistant", "Yassine Trabelsi", "22 345 901", -30),
                    ("Chef opérateur", "Julien Morel", "+33 6 12 40 88 31", 0),
                    ("Chef électro", "Hatem Jlassi", "55 760 314", -45),
                ],
                "notes": [
                    "Site INP : autorisation de tournage n° 118/2026 ; aucun accessoire sur les "
                    "vestiges, pas de fumée. Visiteurs admis à partir de 08h30 : cordon "
                    "régie côté avenue.",
                ],
                "demain": "convocation 07h00, Sidi Bou Saïd (rue Habib Thameur)",
                "footer": "Lumen & Fils  |  Les Sables de Didon  |  FDS 7  |  ne pas diffuser",
            },
        ),
        _tn(
            "vieuxport",
            "Le Dernier Ferry",
            D(2026, 11, 20),
            "07:00",
            {
                "font": "sans",
                "time_style": "fr_short",
                "date_style": "fr_caps",
                "n": "12",
                "jour": "12 / 30",
                "prod": "BRUXELLES-SUD FILMS / RTBF",
                "service": "Service de production : Medina Prod, Bizerte",
                "credits": "Réalisation : Luc Vandamme  ·  Régie Tunisie : Sonia Ayari",
                "horaires": [
                    ("Petit-déjeuner", -30),
                    ("PAT", 75),
                    ("Déjeuner", 330),
                    ("Fin de journée prévue", 660),
                ],
                "set": "quai, terrasse du café et barques",
                "regie": "Cantine au café El Kasbah (privatisé 12h-14h)",
                "scenes": [
                    ("31", "EXT. VIEUX PORT - QUAI", "J / EXT", "1, 4", "1 4/8"),
                    ("32", "INT/EXT. CAFÉ DU PORT", "J / INT-EXT", "1, 2, 4", "2"),
                ],
                "cast": [
                    ("SAMIR", "Ahmed Hannachi", 0),
                    ("ANNE", "Lieve Claes", 30),
                    ("LE PÊCHEUR", "Mohamed Dridi", 90),
                ],
                "crew": [
                    ("Régie", "Sonia Ayari", "97 420 118", -60),
                    ("1re assistante", "Margaux Peeters", "+32 475 21 04 44", -30),
                    ("Bateaux / sécurité", "Kais Mrad", "24 118 706", -60),
                ],
                "notes": [
                    "Vendredi : prière du Dhohr à la mosquée de la Kasbah, aucun son de plateau "
                    "ni groupe électrogène entre 12h30 et 13h30 côté quai nord.",
                ],
                "demain": "repos ; lundi convocation 6h30, Cap Blanc",
                "footer": "Bruxelles-Sud Films  |  Le Dernier Ferry  |  FDS 12",
            },
        ),
        _tn(
            "rafraf",
            "Pilau",
            D(2026, 11, 25),
            "06:45",
            {
                "font": "helvetica",
                "time_style": "fr",
                "date_style": "fr_long",
                "n": "3",
                "jour": "3 / 5",
                "prod": "NORDVIK REKLAME AS (OSLO) pour Havtorn Seafood",
                "service": "Production exécutive : Hannibal Film Services, Gammarth",
                "credits": "Réalisation : Eirik Sand  ·  Producteur exécutif : Karim Zouari",
                "horaires": [
                    ("Petit-déjeuner", -30),
                    ("PAT", 60),
                    ("Déjeuner", 330),
                    ("Fin de journée prévue", 600),
                ],
                "set": "plage nord et rochers face à l'île",
                "regie": "Véhicules 4x4 seulement sur le sable",
                "scenes": [
                    ("1", "EXT. PLAGE - AUBE", "J / EXT", "1, 2", "-"),
                    ("4", "EXT. ROCHERS - PÊCHEURS", "J / EXT", "2, fig. 6", "-"),
                ],
                "cast": [
                    ("LA PÊCHEUSE", "Rim Riahi", 0),
                    ("L'ENFANT", "Youssef Khemiri", 60),
                ],
                "crew": [
                    ("Prod. exécutif", "Karim Zouari", "98 335 004", -60),
                    ("Image", "Anders Holt", "+47 913 22 410", 0),
                    ("Maître-nageur", "Walid Gharbi", "23 904 551", -30),
                ],
                "notes": [
                    "Baignade interdite à l'équipe ; maître-nageur et bateau de sécurité "
                    "présents de 07h00 à la fin de journée. Garde nationale prévenue.",
                ],
                "demain": "convocation 06h45, port de pêche de Ghar El Melh",
                "footer": "Nordvik Reklame / Havtorn  |  Pilau  |  FDS 3",
            },
        ),
    ]


# --- (3) UAE days with a far unit base and a unit move to a second set -----------------------


def _ae(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=30.0)
        fill(c, x0, 26, right - x0, 30, 25)
        c.pdf.set_text_color(255, 255, 255)
        c.text(x0 + 10, 46, "CALL SHEET", 14, bold=True)
        c.right(right - 10, 46, g["company"], 8.5, bold=True)
        black(c)
        c.text(x0, 78, title, 18, bold=True)
        c.right(right, 72, day_text(day, g["date_style"]), 10, bold=True)
        c.right(right, 84, f"Day {g['day_n']}  ·  {g['issued']}", 7.5)
        c.text(x0, 92, g["credits"], 7.5)
        y = 104.0
        bw = (right - x0) / 4
        c.box(x0, y, bw, 56, 1.6)
        c.text(x0 + 6, y + 12, "UNIT CALL (SET 1)", 7.5, bold=True)
        c.text(x0 + 6, y + 42, hm(call, t), 22, bold=True)
        strip = [
            (
                "TRAVEL FROM BASE",
                [
                    f"Convoy leaves base {hm(add_minutes(call, g['convoy']), t)}",
                    g["drive"],
                ],
            ),
            (
                "MEALS",
                [
                    f"Breakfast (base) {hm(add_minutes(call, g['breakfast']), t)}",
                    f"Lunch {hm(add_minutes(call, g['lunch']), t)}",
                ],
            ),
            (
                "SUN / PRAYER",
                [
                    f"Sunrise {hm(rise, t)}  Sunset {hm(fall, t)}",
                    f"Dhuhr {hm(dhuhr(p, day), t)}  Maghrib {hm(fall, t)}",
                ],
            ),
        ]
        for i, (lab, lines) in enumerate(strip, 1):
            c.box(x0 + i * bw, y, bw, 56, 0.5)
            cell(c, x0 + i * bw, y, bw, lab, lines, label_size=7, size=7.8, lead=10.5)
        y += 64
        # HARD: the unit base, miles away, printed first, with its own address
        c.box(x0, y, right - x0, 34, 0.8)
        cell(
            c,
            x0,
            y,
            right - x0,
            "UNIT BASE (crew parking, breakfast, HMU, wardrobe)",
            [g["base"], g["base_note"]],
            label_size=7.5,
            size=8,
        )
        y += 40
        half = (right - x0) / 2
        c.box(x0, y, half, 74, 1.0)
        cell(
            c,
            x0,
            y,
            half,
            "SET 1 (AM)",
            [p.name, p.street, p.city, g["set"]],
            label_size=7.5,
            size=8.5,
        )
        c.box(x0 + half, y, half, 74, 0.5)
        cell(
            c,
            x0 + half,
            y,
            half,
            f"SET 2 (PM)  -  UNIT MOVE {hm(add_minutes(call, g['move']), t)}",
            g["set2"],
            label_size=7.5,
            size=8.5,
        )
        y += 80
        c.box(x0, y, right - x0, 32, 0.8)
        cell(
            c,
            x0,
            y,
            right - x0,
            "NEAREST HOSPITAL (A&E)  /  Ambulance 998  ·  Police 999",
            [f"{p.hospital}, {p.hospital_street}, {p.hospital_city}  ·  {p.hospital_phone}"],
            label_size=7.5,
            size=8.5,
        )
        y += 46
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
            timed=(["TIME", "SC", "SET", "D/N", "CAST", "NOTES"], [0, 50, 80, 310, 345, 410]),
            cast=(
                ["#", "ARTIST", "CHARACTER", "P/UP (HOTEL)", "MU/WARD", "ON SET"],
                [0, 20, 150, 270, 350, 430],
            ),
            steps=[-90, -45, 15],
            numbered=True,
            notes=("SAFETY / NOTES", 8.5, 7.8, 10.5),
        )
        c.text(x0, y + 6, f"TOMORROW: {g['tomorrow']}", 8, bold=True)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"ae_{key}",
        "ae_unit_move",
        "UAE line-production call sheet, A4: a black band with CALL SHEET and the company, the "
        "title, date, day and issue line; UNIT CALL (SET 1) large beside the convoy time from "
        "base and the drive, meals, sunrise / sunset and Dhuhr / Maghrib prayer times; a UNIT "
        "BASE block far from the set with its own address; SET 1 (AM) and SET 2 (PM) - UNIT "
        "MOVE side by side; hospital with 998 / 999; a time-first schedule naming the move, "
        "numbered cast; heat and desert-driving notes; tomorrow. Expected: set 1",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _ae_sheets() -> list[Sheet]:
    return [
        _ae(
            "dhayah",
            "Falcon Line",
            D(2026, 11, 15),
            "06:00",
            {
                "font": "sans",
                "time_style": "ae",
                "date_style": "ae_dash",
                "day_n": "4 of 18",
                "issued": "Issued Sat 14-Nov 19:30 (v2)",
                "company": "DUNELINE PICTURES FZ-LLC  ·  for Harrow Street Films (UK)",
                "credits": "Director: Amal Haddad  ·  Producer: Ben Sayer  ·  1st AD: Ravi Menon",
                "convoy": -45,
                "drive": "Base to set 1: 38 km, 40 min (E11 north)",
                "breakfast": -75,
                "lunch": 390,
                "move": 330,
                "base": "Al Hamra Mall overflow car park, Al Hamra Village, Ras Al Khaimah",
                "base_note": "All crew park at base; 4x4 shuttles to set 1 and set 2 only",
                "set": "the fort ramparts and the stairway",
                "set2": [
                    "Jebel Jais viewing deck (km 21)",
                    "Jebel Jais Road, Ras Al Khaimah",
                    "Unit drives in convoy: 50 min from set 1",
                ],
                "schedule": [
                    (0, "-", "Unit call at set 1, rig on the ramparts", "-", "-", "shuttles"),
                    (45, "18", "EXT. FORT RAMPARTS - DAWN", "D", "1, 2", "low sun"),
                    (150, "19", "EXT. FORT STAIRWAY", "D", "1", ""),
                    (330, "-", "UNIT MOVE to set 2", "-", "-", "convoy"),
                    (390, "-", "Lunch at set 2", "-", "-", ""),
                    (450, "22", "EXT. MOUNTAIN ROAD - LOOKOUT", "D", "1, 3", "until sunset"),
                ],
                "cast": [
                    ("Karim Saleh", "YOUSEF", 0),
                    ("Sophie Lang", "CLAIRE", 30),
                    ("Omar Al Marzouqi", "FALCONER", 420),
                ],
                "notes": [
                    "Heat: 1 L of water an hour, shade tents at both sets, medic at set 1 then "
                    "set 2. Falcons handled by the falconer only; no drones near the birds.",
                    "Jebel Jais Road: convoy at 40 km/h behind the lead car; no overtaking.",
                ],
                "tomorrow": "Mon 16-Nov unit call 06:30, Suwaidi Pearls farm, Al Rams",
                "footer": "Duneline Pictures  |  Falcon Line  |  Call sheet v2",
            },
        ),
        _ae(
            "mubazzarah",
            "Salt and Stone",
            D(2026, 11, 22),
            "06:15",
            {
                "font": "helvetica",
                "time_style": "ae",
                "date_style": "ae_long",
                "day_n": "9 of 24",
                "issued": "Issued 21/11 at 18:10",
                "company": "OASIS LINE PRODUCTION LLC  ·  for Brightwater Pictures (US)",
                "credits": "Director: Mira Jovanovic  ·  Line producer: Hamdan Al Ketbi",
                "convoy": -40,
                "drive": "Base to set 1: 31 km, 35 min via Khalid bin Sultan St",
                "breakfast": -70,
                "lunch": 360,
                "move": 300,
                "base": "Al Ain Zoo overflow car park, Nahyan Al Awwal Street, Al Ain",
                "base_note": "Unit base all week; hotel shuttles drop here from 05:00",
                "set": "hot-spring pools and the lower chalets",
                "set2": [
                    "Jebel Hafeet summit car park",
                    "Jebel Hafeet Mountain Road, Al Ain",
                    "Summit is 1,240 m: jackets after 16:00",
                ],
                "schedule": [
                    (0, "-", "Unit call at set 1", "-", "-", ""),
                    (60, "41", "EXT. HOT SPRINGS - MORNING", "D", "1, 4", "public kept back"),
                    (180, "42", "EXT. CHALET TERRACE", "D", "4", ""),
                    (300, "-", "UNIT MOVE to set 2 (summit)", "-", "-", "25 min"),
                    (360, "-", "Lunch at set 2", "-", "-", ""),
                    (420, "44", "EXT. SUMMIT - SUNSET", "D", "1, 2", "magic hour"),
                ],
                "cast": [
                    ("Nadia Rahman", "LAYLA", 0),
                    ("Chris Dalton", "WES", 300),
                    ("Saeed Al Shamsi", "THE GUIDE", 0),
                ],
                "notes": [
                    "Friday prayers do not fall today; the springs' mosque car park stays free "
                    "for worshippers at Dhuhr. Drivers: no mountain road after dark without "
                    "the lead car.",
                ],
                "tomorrow": "Mon 23 Nov unit call 06:00, Hili Archaeological Park, Al Ain",
                "footer": "Oasis Line Production  |  Salt and Stone  |  Day 9",
            },
        ),
        _ae(
            "qasralhosn",
            "The Pearl Ledger",
            D(2026, 11, 29),
            "07:00",
            {
                "font": "sans",
                "time_style": "ae",
                "date_style": "ae_dash",
                "day_n": "2 of 6",
                "issued": "Issued Sat 28-Nov 20:05",
                "company": "ARABIAN GULF FILM SERVICES  ·  for Ferrante Film (Rome)",
                "credits": "Regia / Director: Paolo Ferrante  ·  1st AD: Leena Kapoor",
                "convoy": -40,
                "drive": "Base to set 1: 6 km, 20 min (Corniche traffic)",
                "breakfast": -75,
                "lunch": 360,
                "move": 330,
                "base": "Zayed Port public car park, Al Mina, Abu Dhabi",
                "base_note": "Trucks may not enter Al Hisn: tech loads by van from base",
                "set": "the inner fort courtyard and the watchtower",
                "set2": [
                    "Mina Zayed dhow harbour (Al Mina Fish Market quay)",
                    "Al Mina, Abu Dhabi",
                    "Ports permit AD/PRT/26/311 at the gate",
                ],
                "schedule": [
                    (0, "-", "Unit call at set 1", "-", "-", "vans from base"),
                    (60, "7", "EXT. FORT COURTYARD - 1958", "D", "1, 2", ""),
                    (180, "8", "INT. WATCHTOWER STAIR", "D", "2", "battery LED only"),
                    (330, "-", "UNIT MOVE to set 2", "-", "-", "back past base"),
                    (360, "-", "Lunch at base", "-", "-", ""),
                    (420, "11", "EXT. DHOW HARBOUR - DUSK", "D", "1, 3, BG 12", ""),
                ],
                "cast": [
                    ("Lorenzo Ricci", "GIANNI", 0),
                    ("Hind Al Ali", "MARIAM", 15),
                    ("Hassan Yousuf", "NAKHODA", 360),
                ],
                "notes": [
                    "Qasr Al Hosn is a national monument: DCT Abu Dhabi permit, no tape on "
                    "the coral walls, a DCT warden on set. Harbour: life jackets on the quay "
                    "edge, no crew on the dhows without the nakhoda.",
                ],
                "tomorrow": "Mon 30-Nov unit call 06:30, Louvre Abu Dhabi (Saadiyat)",
                "footer": "Arabian Gulf Film Services  |  The Pearl Ledger  |  Day 2 of 6",
            },
        ),
    ]


# --- (4) Egyptian landscape sheets with a schedule table: 0630 HRS ---------------------------


def _eg(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=28.0, orientation="L")
        c.text(x0, 38, g["company"], 9, bold=True)
        grey_text(c, x0, 48, g["company_line"], 7, 100)
        centre(c, 40, "CALL SHEET", 13)
        c.right(right, 38, day_text(day, g["date_style"]), 10, bold=True)
        c.right(right, 50, g["issued"], 7.5)
        c.hline(x0, right, 56, 1.2)
        c.text(x0, 78, title, 18, bold=True)
        c.right(right, 78, g["credits"], 8)
        y = 90.0
        # three panels: times, places, contacts
        cw = (right - x0) / 3
        c.box(x0, y, cw - 6, 150, 1.0)
        c.text(x0 + 6, y + 14, "CREW CALL", 8, bold=True)
        c.text(x0 + 6, y + 42, hm(call, t), 22, bold=True)
        yy = y + 60
        for lab, off in g["times"]:
            c.text(x0 + 6, yy, lab, 7.5, bold=True)
            c.right(x0 + cw - 14, yy, hm(add_minutes(call, off), t), 8.5)
            yy += 11.5
        c.text(x0 + 6, yy, "Sunrise / Sunset", 7.5, bold=True)
        c.right(x0 + cw - 14, yy, f"{hm(rise, t)} / {hm(fall, t)}", 8.5)
        yy += 11.5
        fit(c, x0 + 6, yy, g["weather"], 7.5, cw - 20)
        xx = x0 + cw
        c.box(xx, y, cw - 6, 150, 0.5)
        cell(
            c,
            xx,
            y,
            cw - 6,
            "LOCATION",
            [p.name, p.street, p.city, g["set"]],
            label_size=7.5,
            size=8.5,
        )
        cell(
            c,
            xx,
            y + 60,
            cw - 6,
            "UNIT BASE / PARKING",
            [p.base_street, p.base_city],
            label_size=7.5,
            size=8,
        )
        cell(
            c,
            xx,
            y + 100,
            cw - 6,
            "NEAREST HOSPITAL",
            [p.hospital, f"{p.hospital_street}, {p.hospital_city}", p.hospital_phone],
            label_size=7.5,
            size=8,
            lead=10,
        )
        xx += cw
        c.box(xx, y, cw, 150, 0.5)
        cell(c, xx, y, cw, "KEY CONTACTS", g["contacts"], label_size=7.5, size=8, lead=11)
        y += 162
        written = partial(hm, style=t)
        # HARD: the schedule's first rows are pre-calls before the crew call, in the same form
        y = day_tables(
            _table,
            c,
            x0,
            y,
            right,
            g,
            call,
            written,
            timed=(
                ["TIME", "SC", "SET / DESCRIPTION", "D/N", "CAST", "PGS", "NOTES"],
                [0, 70, 110, 400, 440, 520, 570],
            ),
            cast=(["CAST", "CHARACTER", "PICK-UP", "MAKE-UP", "ON SET"], [0, 160, 330, 430, 530]),
            steps=[-60, -40, 30],
            size=7.8,
            lead=12,
        )
        y += 2
        y = paragraphs(c, x0, y, g["notes"], 7.8, right - x0, 10.5)
        c.text(x0, y + 4, f"ADVANCE - TOMORROW: {g['tomorrow']}", 8, bold=True)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"eg_{key}",
        "eg_landscape_schedule",
        "Egyptian service-production call sheet on landscape A4: the service company left, "
        "CALL SHEET centred, the date and issue line right; the title with key crew; three "
        "panels (CREW CALL large over breakfast, first shot, lunch, wrap, sun, weather / "
        "LOCATION, UNIT BASE, NEAREST HOSPITAL / KEY CONTACTS); a time-first schedule table "
        "that opens with pre-calls before the crew call; cast with pick-up, make-up, on set; "
        "permit and prayer notes; ADVANCE - TOMORROW",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _eg_sheets() -> list[Sheet]:
    return [
        _eg(
            "canalhouse",
            "The Canal Keeper",
            D(2026, 11, 16),
            "06:30",
            {
                "font": "helvetica",
                "time_style": "eg",
                "date_style": "eg_caps",
                "issued": "Issued 15 NOV 2026 2000 HRS  ·  Rev. 1",
                "company": "NILE DELTA PRODUCTION SERVICES",
                "company_line": "26 July Street, Zamalek, Cairo  ·  +20 2 2735 0000",
                "credits": "Director: Lars Eklund  ·  Line producer: Dina Mansour",
                "times": [
                    ("Breakfast (base)", -30),
                    ("First shot", 75),
                    ("Lunch", 360),
                    ("Est. wrap", 660),
                ],
                "weather": "Clear, 24°C, wind N 15 km/h off the canal",
                "set": "the canal-side arcade and the domed roof",
                "contacts": [
                    "Line producer: Dina Mansour  0100 221 4410",
                    "1st AD: Sherif Ragab  0122 330 9801",
                    "Locations: Ahmed Zaki  0111 456 0072",
                    "Security liaison: Maj. (ret.) Hany Fouad",
                ],
                "schedule": [
                    (-90, "-", "Art dept & rigging pre-call", "-", "-", "-", "SCA escort"),
                    (0, "-", "Crew call at base, walk to the arcade", "-", "-", "-", ""),
                    (75, "9", "EXT. CANAL ARCADE - SHIPS PASSING", "D", "1, 2", "2 1/8", ""),
                    (210, "10", "EXT. DOMED ROOF - LOOKOUT", "D", "1", "1 4/8", "harness"),
                    (360, "-", "LUNCH", "-", "-", "-", ""),
                    (420, "12", "EXT. CORNICHE - DUSK", "D", "2, 3", "1", "convoy passes"),
                ],
                "cast": [
                    ("Anna Lindqvist", "INGRID", 0),
                    ("Amr Sallam", "MAGDY", 30),
                    ("Tarek Labib", "THE PILOT", 330),
                ],
                "notes": [
                    "Suez Canal Authority permit and Censorship Authority approval on set; no "
                    "lens on the military quay to the south. Passports or national ID at all "
                    "times. Dhuhr prayer at the nearby mosque: sound stops on request.",
                ],
                "tomorrow": "TUE 17 NOV crew call 0700 HRS, Port Fouad ferry landing",
                "footer": "Nile Delta Production Services  |  The Canal Keeper  |  Day 3",
            },
        ),
        _eg(
            "baron",
            "House of Mirrors",
            D(2026, 11, 19),
            "07:00",
            {
                "font": "sans",
                "time_style": "eg_hrs",
                "date_style": "eg_caps",
                "issued": "Sent WED 18 NOV, 2130 hrs",
                "company": "OBELISK LINE SERVICES S.A.E.",
                "company_line": "Mohandiseen, Giza  ·  +20 2 3344 0000",
                "credits": "Director: Yara Nassar  ·  Producer: Philippe Roux",
                "times": [
                    ("Breakfast", -30),
                    ("Shooting call", 60),
                    ("Lunch", 330),
                    ("Est. wrap", 630),
                ],
                "weather": "Sunny, 26°C, haze, no rain",
                "set": "the Hindu-style terrace and the grand hall",
                "contacts": [
                    "Producer: Philippe Roux  +33 6 70 12 44 90",
                    "Egypt line producer: Mona Elsayed  0101 004 7712",
                    "1st AD: Karim Abdelaziz  0127 661 2209",
                    "Ministry inspector on site all day",
                ],
                "schedule": [
                    (-60, "-", "Electric & grip pre-call (palace gate)", "-", "-", "-", ""),
                    (0, "-", "Crew call", "-", "-", "-", ""),
                    (60, "33", "EXT. PALACE TERRACE - 1920s PARTY", "D", "1, 2, BG 40", "3", ""),
                    (330, "-", "LUNCH (Merryland tent)", "-", "-", "-", ""),
                    (390, "35", "INT. GRAND HALL - MIRRORS", "D", "1, 4", "2 2/8", ""),
                ],
                "cast": [
                    ("Hend Sami Adel", "NAZLI", 0),
                    ("Julien Marchal", "BARON'S AIDE", 30),
                    ("Omar Hegazi", "THE SERVANT", 90),
                ],
                "notes": [
                    "Ministry of Tourism & Antiquities permit: no more than 60 people inside, "
                    "no haze, felt pads on all stands. Roads round the palace close for "
                    "Friday prayers, not today.",
                ],
                "tomorrow": "FRI 20 NOV rest day; SAT 21 NOV call 0630 hrs, Korba (Baron St)",
                "footer": "Obelisk Line Services  |  House of Mirrors  |  Call sheet 11",
            },
        ),
        _eg(
            "cataract",
            "A Winter on the Nile",
            D(2026, 11, 24),
            "06:00",
            {
                "font": "helvetica",
                "time_style": "eg",
                "date_style": "eg_caps",
                "issued": "Issued 23 NOV 2026 1915 HRS",
                "company": "UPPER NILE LINE PRODUCTION",
                "company_line": "Corniche El Nil, Aswan  ·  +20 97 230 0000",
                "credits": "Director: Fiona Gale  ·  Line producer: Khaled Nour",
                "times": [
                    ("Breakfast (hotel staff canteen)", -30),
                    ("First shot", 45),
                    ("Lunch", 330),
                    ("Est. wrap", 600),
                ],
                "weather": "Sunny, 27°C, dry; river wind after noon",
                "set": "the Agatha Christie terrace and the river steps",
                "contacts": [
                    "Line producer: Khaled Nour  0100 557 3310",
                    "1st AD: Tom Hadley  +44 7700 900 615",
                    "Felucca captain: Rais Bakry  0111 233 4407",
                ],
                "schedule": [
                    (-90, "-", "Boats & marine pre-call (river steps)", "-", "-", "-", ""),
                    (0, "-", "Crew call", "-", "-", "-", ""),
                    (45, "2", "EXT. HOTEL TERRACE - DAWN TEA", "D", "1, 2", "2", "sunrise"),
                    (150, "5", "EXT. RIVER STEPS - FELUCCA", "D", "1, 3", "1 3/8", "boats"),
                    (330, "-", "LUNCH", "-", "-", "-", ""),
                    (390, "6", "EXT. FELUCCA ON THE NILE", "D", "1, 2, 3", "2", "unit on boats"),
                ],
                "cast": [
                    ("Harriet Vale", "EDITH", 0),
                    ("Mahmoud Hafez", "RAIS SALEH", 60),
                    ("Peter Lowe", "MAJOR CRANE", 30),
                ],
                "notes": [
                    "Hotel guests keep the terrace until 0730 HRS: quiet rig only. Life jackets "
                    "for everyone on the boats; the Nile Police launch is with us from 0900 HRS.",
                ],
                "tomorrow": "WED 25 NOV crew call 0530 HRS, Philae temple (boat from Shellal)",
                "footer": "Upper Nile Line Production  |  A Winter on the Nile  |  Day 5",
            },
        ),
    ]


# --- (5) Namibian grids, labels above values: a travel call before the crew call ------------


def _na(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=30.0)
        c.text(x0, 40, g["company"], 10, bold=True)
        grey_text(c, x0, 50, g["company_line"], 7, 100)
        c.right(right, 42, "CALL SHEET", 16, bold=True)
        c.hline(x0, right, 58, 1.4)
        y = 66.0
        w = (right - x0) / 4
        look = {"label_size": 6.5, "size": 9, "lead": 11}
        # HARD: every value sits under its label in a ruled grid, the travel call first
        rows = [
            [
                ("PRODUCTION", [title]),
                ("SHOOT DATE", [day_text(day, g["date_style"])]),
                ("SHOOT DAY", [g["day_n"]]),
                ("DIRECTOR", [g["director"]]),
            ],
            [
                ("TRAVEL CALL (LODGE)", [hm(add_minutes(call, g["travel"]), t)]),
                ("CREW CALL ON SET", [hm(call, t)]),
                ("BREAKFAST", [f"{hm(add_minutes(call, g['breakfast']), t)} (packed)"]),
                ("LUNCH", [hm(add_minutes(call, g["lunch"]), t)]),
            ],
            [
                ("SUNRISE", [hm(rise, t)]),
                ("SUNSET", [hm(fall, t)]),
                ("WEATHER", [g["weather"]]),
                ("LAST LIGHT / WRAP", [hm(add_minutes(fall, 20), t)]),
            ],
        ]
        for row in rows:
            ruled_cells(c, x0, y, w, row, 30, 0.6, **look)
            y += 30
        ruled_cells(
            c,
            x0,
            y,
            (right - x0) / 3,
            [
                ("LOCATION", [p.name, p.street, p.city, g["set"]]),
                ("BASE CAMP / UNIT PARKING", [p.base_street, p.base_city, g["base_note"]]),
                ("NEAREST HOSPITAL", hospital_lines(p)),
            ],
            64,
            0.6,
            label_size=6.5,
            size=8,
            lead=10.5,
        )
        y += 64
        ruled_cells(
            c,
            x0,
            y,
            (right - x0) / 2,
            [
                ("MEDEVAC / EMERGENCY", g["medevac"]),
                ("ACCOMMODATION", g["lodge"]),
            ],
            32,
            0.6,
            label_size=6.5,
            size=8,
            lead=10,
        )
        y += 46
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
            scenes=(["SC", "SET", "D/N", "CAST", "PAGES"], [0, 30, 330, 370, 470]),
            crew=(["DEPARTMENT", "NAME", "CELL", "CALL"], [0, 130, 270, 420]),
            notes=("SAFETY", 8.5, 7.8, 10.5),
        )
        c.text(x0, y + 6, f"TOMORROW: {g['tomorrow']}", 8, bold=True)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"na_{key}",
        "na_label_grid",
        "Namibian service-production call sheet, A4: company and CALL SHEET over a ruled grid "
        "of cells, each label above its value: PRODUCTION / SHOOT DATE / SHOOT DAY / DIRECTOR, "
        "TRAVEL CALL (LODGE) before CREW CALL ON SET / BREAKFAST / LUNCH, SUNRISE / SUNSET / "
        "WEATHER / LAST LIGHT; LOCATION / BASE CAMP / NEAREST HOSPITAL; MEDEVAC and "
        "ACCOMMODATION; scenes, crew with calls; gravel-road and heat safety; tomorrow",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _na_sheets() -> list[Sheet]:
    return [
        _na(
            "opuwo",
            "Red Earth",
            D(2026, 11, 18),
            "06:30",
            {
                "font": "sans",
                "time_style": "na",
                "date_style": "na_long",
                "day_n": "3 of 8",
                "director": "Tjeripo Kazondu",
                "company": "NAMIB LINE PRODUCTIONS (PTY) LTD",
                "company_line": "Swakop Street, Swakopmund  ·  +264 64 400 000  ·  for Solace "
                "Pictures (Johannesburg)",
                "travel": -45,
                "breakfast": -45,
                "lunch": 330,
                "weather": "Hot, 33°C, dry",
                "set": "the hilltop deck and the valley road",
                "base_note": "Fuel here: none after Opuwo",
                "medevac": ["E-Med Rescue 24: 081 924", "Air ambulance on call, airstrip 4 km"],
                "lodge": ["Opuwo Country Lodge (cast & HODs)", "Kunene Campsite (crew)"],
                "scenes": [
                    ("21", "EXT. HILLTOP DECK - MORNING", "D", "1, 2", "2 1/8"),
                    ("23", "EXT. VALLEY ROAD - JEEP", "D", "1, 3", "1 4/8"),
                ],
                "crew": [
                    ("Line producer", "Anneli Visser", "081 222 4410", -60),
                    ("1st AD", "Petrus Shikongo", "081 330 9021", -30),
                    ("Camera", "Lerato Nkosi", "+27 82 440 1187", 0),
                    ("Transport", "Hendrik Muller", "081 704 5531", -90),
                ],
                "notes": [
                    "No driving on gravel roads after dark. 80 km/h on gravel, headlights on, "
                    "convoy of at least two vehicles. Himba homesteads: only with the "
                    "community liaison, no photographs without consent.",
                ],
                "tomorrow": "Thu 19 Nov: travel call 05:30, crew call 06:15, Epupa Falls",
                "footer": "Namib Line Productions  |  Red Earth  |  Call sheet 3",
            },
        ),
        _na(
            "ccf",
            "Spotted Ground",
            D(2026, 11, 23),
            "06:00",
            {
                "font": "helvetica",
                "time_style": "na_h",
                "date_style": "na_dots",
                "day_n": "6",
                "director": "Megan Lourens",
                "company": "KALAHARI FILM SERVICES CC",
                "company_line": "Windhoek  ·  for Wildhaven Natural History (Bristol)",
                "travel": -60,
                "breakfast": -60,
                "lunch": 300,
                "weather": "Clear, 30°C, wind E",
                "set": "the cheetah run and the boma",
                "base_note": "Vehicles stay at the centre's gate",
                "medevac": ["Otjiwarongo ambulance: 067 302 000", "MediRescue 24h: 081 961"],
                "lodge": ["CCF Babson House (crew of 8)"],
                "scenes": [
                    ("4", "EXT. CHEETAH RUN - FEEDING", "D", "1", "-"),
                    ("5", "EXT. BOMA - RELEASE", "D", "1, 2", "-"),
                ],
                "crew": [
                    ("Producer", "Ruth Atherton", "+44 7700 900 332", -30),
                    ("Camera", "Johan Beukes", "081 466 2290", 0),
                    ("Animal handler (CCF)", "CCF keeper on duty", "067 306 225", -30),
                ],
                "notes": [
                    "Cheetahs: keepers decide distances; no one leaves the vehicle in the run. "
                    "Closed shoes, long trousers (thorn). Gravel D2440 only in daylight.",
                ],
                "tomorrow": "Tue 24.11: travel call 05h00, crew call 06h00, Waterberg Plateau",
                "footer": "Kalahari Film Services  |  Spotted Ground  |  Day 6",
            },
        ),
        _na(
            "kristall",
            "Harvest Moon",
            D(2026, 11, 27),
            "07:00",
            {
                "font": "sans",
                "time_style": "na",
                "date_style": "na_long",
                "day_n": "2 of 3",
                "director": "Dirk de Wet",
                "company": "ERONGO SHOOT SUPPORT",
                "company_line": "Omaruru  ·  +264 64 570 000  ·  for Halvorsen Film (Oslo)",
                "travel": -30,
                "breakfast": -30,
                "lunch": 330,
                "weather": "Sunny, 34°C, dry river",
                "set": "the vineyard rows and the cellar terrace",
                "base_note": "Catering under the camel-thorn trees",
                "medevac": ["E-Med Rescue 24: 081 924", "Police Omaruru: 064 570 211"],
                "lodge": ["Omaruru River Lodge", "Kashana Namibia (HODs)"],
                "scenes": [
                    ("12", "EXT. VINEYARD ROWS - HARVEST", "D", "1, 2, BG 10", "2"),
                    ("14", "EXT. CELLAR TERRACE - TASTING", "D", "1, 2", "1 2/8"),
                ],
                "crew": [
                    ("Line producer", "Ilse Fourie", "081 129 7740", -30),
                    ("1st AD", "Kristian Berg", "+47 922 13 880", -30),
                    ("Gaffer", "Paulus Nghipandulwa", "081 655 0103", -45),
                ],
                "notes": [
                    "Heat: water and shade at every break; sunscreen from the medic. "
                    "No open flames in the veld. Gravel D2328 closed to our trucks after dark.",
                ],
                "tomorrow": "Sat 28 Nov: travel call 06:00, crew call 06:45, Erongo Mountains",
                "footer": "Erongo Shoot Support  |  Harvest Moon  |  Call sheet 2",
            },
        ),
    ]


# --- (6) Tanzanian English / Swahili sheets: Swahili time beside the clock -------------------


def _tz(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=54.0)
        centre(c, 50, g["company"], 11)
        grey(c, 90)
        centre(c, 62, g["company_line"], 7.5, bold=False)
        black(c)
        centre(c, 88, "CALL SHEET / RATIBA YA SIKU", 14)
        centre(c, 106, title, 17)
        c.hline(x0, right, 116, 0.8)
        # HARD: Swahili time (six hours behind) printed beside each clock time
        rows = [
            ("Date / Tarehe", f"{day_text(day, 'tz_long')}  ({day_text(day, 'tz_sw')})"),
            ("Crew call / Muda wa kufika", hm(call, t)),
            ("Breakfast / Kifungua kinywa", hm(add_minutes(call, g["breakfast"]), t)),
            ("Shooting call", hm(add_minutes(call, g["shoot"]), t)),
            ("Lunch / Chakula cha mchana", hm(add_minutes(call, g["lunch"]), t)),
            ("Sunrise / Macheo", hm(rise, "tz")),
            ("Sunset / Machweo", hm(fall, "tz")),
            ("Weather / Hali ya hewa", g["weather"]),
        ]
        y = label_rows(c, x0, 134, right, rows, 8.5, 150, 14)
        y += 4
        for lab, lines in [
            ("LOCATION / MAHALI", [p.name, p.street, p.city, g["set"]]),
            ("PARKING / MAEGESHO", [p.base_street, p.base_city]),
            ("HOSPITAL / HOSPITALI", hospital_lines(p)),
        ]:
            c.text(x0, y, lab, 8.5, bold=True)
            yy = y
            for ln in lines:
                fit(c, x0 + 150, yy, ln, 8.5, right - x0 - 150)
                yy += 11
            y = yy + 6
        written = partial(hm, style="tz")
        y = day_tables(
            _table,
            c,
            x0,
            y + 4,
            right,
            g,
            call,
            written,
            timed=(["TIME", "SCENE", "DESCRIPTION", "CAST"], [0, 70, 115, 380]),
            crew=(["NAME", "ROLE", "PHONE", "CALL"], [0, 130, 250, 370]),
            notes=("NOTES / MAELEZO", 8.5, 8, 11),
        )
        c.text(x0, y + 6, f"Tomorrow / Kesho: {g['tomorrow']}", 8.5, bold=True)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"tz_{key}",
        "tz_swahili_time",
        "Tanzanian call sheet typed in a word processor, A4 with wide margins: company "
        "centred, 'CALL SHEET / RATIBA YA SIKU' and the title; English / Swahili label rows "
        "(Date / Tarehe with the Swahili date, Crew call / Muda wa kufika ...), each time "
        "'6:30 AM (saa 12:30 asubuhi)' with Swahili time six hours behind beside it; "
        "LOCATION / MAHALI, PARKING / MAEGESHO, HOSPITAL / HOSPITALI; schedule, crew; notes "
        "and tomorrow",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _tz_sheets() -> list[Sheet]:
    return [
        _tz(
            "heritage",
            "Kilele",
            D(2026, 11, 17),
            "06:30",
            {
                "font": "serif",
                "time_style": "tz_sw",
                "company": "MERU PEAK FILMS LTD",
                "company_line": "Sokoine Road, Arusha  ·  +255 754 000 110  ·  for Ostwind "
                "Film (Berlin)",
                "breakfast": -30,
                "shoot": 60,
                "lunch": 360,
                "weather": "Partly cloudy, 24°C, short rains possible after 3 PM",
                "set": "the gallery rotunda and the carvers' yard",
                "schedule": [
                    (0, "-", "Crew call, rig the rotunda", "-"),
                    (60, "17", "INT. GALLERY ROTUNDA - DAY", "1, 2"),
                    (240, "18", "EXT. CARVERS' YARD - DAY", "1, 3"),
                    (360, "-", "Lunch", "-"),
                ],
                "crew": [
                    ("Neema Mollel", "Line producer", "0754 221 408", -60),
                    ("Baraka Lyimo", "1st AD", "0713 660 291", -30),
                    ("Felix Braun", "DOP", "+49 171 442 0931", 0),
                    ("Salim Juma", "Driver captain", "0765 114 002", -60),
                ],
                "notes": [
                    "The centre stays open: keep the shop entrance clear. Dodoma Road is busy "
                    "from 7 AM; drivers use the Njiro gate.",
                ],
                "tomorrow": "Wed 18 Nov, call 7:00 AM (saa 1:00 asubuhi), Lake Duluti",
                "footer": "Meru Peak Films  |  Kilele  |  Call sheet 6",
            },
        ),
        _tz(
            "kaole",
            "Caravan Town",
            D(2026, 11, 20),
            "07:00",
            {
                "font": "sans",
                "time_style": "tz_sw",
                "company": "PWANI PRODUCTION SERVICES",
                "company_line": "Msasani Peninsula, Dar es Salaam  ·  +255 22 260 0000",
                "breakfast": -30,
                "shoot": 75,
                "lunch": 330,
                "weather": "Hot and humid, 31°C, sea breeze",
                "set": "the 13th-century mosque and the pillar tombs",
                "schedule": [
                    (0, "-", "Crew call", "-"),
                    (75, "3", "EXT. KAOLE MOSQUE RUINS - DAY", "1, 2"),
                    (330, "-", "Lunch (break for Friday prayers)", "-"),
                    (420, "4", "EXT. PILLAR TOMBS - LATE DAY", "1, 4"),
                ],
                "crew": [
                    ("Rehema Said", "Line producer", "0715 330 912", -60),
                    ("Hamisi Mbwana", "1st AD", "0754 902 117", -30),
                    ("Arjun Patel", "Camera", "0767 448 021", 0),
                ],
                "notes": [
                    "Ijumaa / Friday: Muslim crew free for Jumu'ah 12:30 - 2:00 PM; lunch is "
                    "moved to fit. Antiquities Division permit: no rigging on the ruins.",
                ],
                "tomorrow": "Sat 21 Nov, call 6:30 AM (saa 12:30 asubuhi), Bagamoyo Old Fort",
                "footer": "Pwani Production Services  |  Caravan Town  |  Day 2",
            },
        ),
        _tz(
            "pangani",
            "Sisal Coast",
            D(2026, 11, 26),
            "06:00",
            {
                "font": "serif",
                "time_style": "tz_sw",
                "company": "TANGA COAST FILMS",
                "company_line": "Pangani  ·  +255 27 264 0000  ·  for Verde Mare (Lisbon)",
                "breakfast": -30,
                "shoot": 60,
                "lunch": 360,
                "weather": "Sunny, 30°C, tide high at 11 AM",
                "set": "the boma verandah and the river front",
                "schedule": [
                    (0, "-", "Crew call", "-"),
                    (60, "8", "EXT. BOMA VERANDAH - 1905", "1, 2"),
                    (240, "9", "EXT. RIVER FRONT - DHOWS", "2, BG 8"),
                    (360, "-", "Lunch", "-"),
                ],
                "crew": [
                    ("Zuhura Abdallah", "Fixer", "0784 119 330", -60),
                    ("Miguel Sousa", "Director", "+351 912 440 118", 0),
                    ("Athumani Kombo", "Boat captain", "0713 552 904", -60),
                ],
                "notes": [
                    "Ferry across the Pangani river: last crossing for the trucks 6 PM. "
                    "Respectful dress in town: shoulders and knees covered.",
                ],
                "tomorrow": "Fri 27 Nov, call 6:30 AM (saa 12:30 asubuhi), Ushongo beach",
                "footer": "Tanga Coast Films  |  Sisal Coast  |  Call sheet 4",
            },
        ),
    ]


# --- near misses: share call-sheet words, are not call sheets -------------------------------


def _shot_list() -> bytes:
    """A director's shot list: scene / shot numbers, lenses, moves, estimated times."""
    c, x0, right = page("A4", "helvetica", margin=30.0, orientation="L")
    c.text(x0, 40, "SHOT LIST", 16, bold=True)
    c.right(right, 40, "Day 4  ·  v3", 10, bold=True)
    c.text(x0, 54, "Falcon Line  ·  Duneline Pictures FZ-LLC", 8.5)
    c.right(right, 54, "Director: Amal Haddad  ·  DOP: Tomasz Wrona", 8)
    c.hline(x0, right, 62, 1.0)
    hdr = [
        ("Location", "Dhayah Fort, Ras Al Khaimah"),
        ("Camera", "ARRI Alexa 35, 2 bodies"),
        ("Lenses", "Cooke S7/i set + 24-290"),
        ("Aspect", "2.39:1"),
    ]
    label_grid(c, x0, 78, right, hdr, 4, 14, (7.5, 8.5), 50)
    _table(
        c,
        x0,
        104,
        ["SC", "SHOT", "SIZE", "LENS", "MOVE", "DESCRIPTION", "EST. TIME", "DONE"],
        [0, 34, 74, 134, 184, 264, 620, 700],
        [
            ("18", "A", "WS", "25mm", "static", "Fort against the dawn, Yousef tiny", "06:45", ""),
            ("18", "B", "MS", "50mm", "push in", "Yousef reaches the rampart", "07:10", ""),
            ("18", "C", "CU", "75mm", "static", "His eyes to the ridge", "07:30", ""),
            ("18", "D", "OTS", "40mm", "handheld", "Claire joins, over her shoulder", "07:50", ""),
            ("19", "A", "WS", "32mm", "crane down", "The stairway, both climb", "09:15", ""),
            ("19", "B", "INS", "100mm", "static", "Claire's hand on the stone", "10:00", ""),
            ("22", "A", "EWS", "24-290", "zoom", "Road to the lookout, car small", "14:20", ""),
            ("22", "B", "2S", "50mm", "dolly", "Yousef and the falconer at sunset", "16:50", ""),
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
        "Priority if we lose light: 18A, 18B, 22B. 19B can go to the insert day. Times are "
        "estimates for planning, not calls: see the call sheet.",
        9,
        right - x0,
        12,
    )
    return c.output()


def _nda() -> bytes:
    """A crew confidentiality agreement naming the shoot dates and the location."""
    c, x0, right = page("A4", "times", margin=64.0)
    centre(c, 70, "CONFIDENTIALITY AND NON-DISCLOSURE AGREEMENT", 13)
    centre(c, 86, "(Crew and Freelance Personnel)", 10, bold=False)
    y = 118.0
    for text in [
        "This Agreement is made on 20 November 2026 between ARABIAN GULF FILM SERVICES, Abu "
        'Dhabi (the "Company"), acting for Ferrante Film S.r.l., Rome, and the crew member '
        'named below (the "Recipient").',
        '1. Production. The Recipient is engaged on the feature film provisionally titled "The '
        'Pearl Ledger" (the "Production"), photographing in Abu Dhabi from 28 November to 3 '
        "December 2026, including at Qasr Al Hosn, Sheikh Zayed the First Street, Al Hisn, and "
        "at Mina Zayed.",
        "2. Confidential Information. Scripts, call sheets, schedules, cast names, locations, "
        "images and any information about the Production are confidential. The Recipient shall "
        "not disclose them to any third party or post them on social media, before or after "
        "the shoot dates.",
        "3. Photography on set. No personal photographs or video may be taken on set, at the "
        "unit base or in the production office. Phones are to be kept on silent and out of "
        "sight during takes.",
        "4. Duration. These obligations continue for three (3) years from the date of this "
        "Agreement or until the Production's first public release, whichever is later.",
        "5. Governing law. This Agreement is governed by the laws of the Emirate of Abu Dhabi "
        "and the federal laws of the United Arab Emirates.",
    ]:
        y = _para(c, x0, y, text, 10, right - x0, 13) + 8
    y += 20
    label_rows(
        c,
        x0,
        y,
        right,
        [("Name", ""), ("Department / role", ""), ("Passport / Emirates ID", "")],
        10,
        150,
        22,
        suffix=":",
        rule_drop=3,
    )
    signature_lines(c, x0, right, y + 110, ("Recipient's signature and date", "For the Company"))
    return c.output()


def _job_posting() -> bytes:
    """A crew job advert: the role, shoot dates, a town, call times, rate, how to apply."""
    c, x0, right = page("A4", "sans", margin=50.0)
    fill(c, x0, 40, right - x0, 54, 30)
    c.pdf.set_text_color(255, 255, 255)
    c.text(x0 + 14, 74, "NOW HIRING: 2nd AC", 22, bold=True)
    black(c)
    y = 120.0
    c.text(x0, y, "3-day TV commercial  ·  Port Harcourt, Rivers State", 12, bold=True)
    y += 18
    c.text(x0, y, "Garden City Line Productions Ltd, for an international telecom client", 9.5)
    y += 26
    y = label_rows(
        c,
        x0,
        y,
        right,
        [
            ("Shoot dates", "Mon 7 - Wed 9 December 2026 (prep Sun 6 Dec, half day)"),
            ("Locations", "Port Harcourt Pleasure Park and the Tourist Beach"),
            ("Call times", "around 6am daily; 11-hour days plus lunch"),
            ("Camera", "ARRI Alexa Mini LF, Signature Primes, 2 bodies"),
            ("Rate", "NGN 120,000 / day, paid within 14 days of wrap"),
            ("Transport", "pick-up from Rumuola, Trans-Amadi and GRA"),
            ("Apply by", "Friday 27 November 2026, 5pm"),
        ],
        10,
        110,
        17,
        suffix=":",
    )
    y += 10
    y = titled_notes(
        c,
        x0,
        y,
        "What we need",
        11,
        [
            "At least two commercials or features as 2nd AC or loader; slating, camera "
            "reports, card and battery handling. Own tape kit and torch.",
            "Nigerian crew only for this role (service production). Women are strongly "
            "encouraged to apply.",
        ],
        10,
        right - x0,
        13,
        gap=15,
    )
    y += 14
    c.text(x0, y, "Send your CV and credits to crew@gardencity.example", 10, bold=True)
    c.text(x0, y + 15, "Subject line: 2AC - VANTOR - your name. Shortlisted crew are called.", 9)
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "near_miss_shot_list",
            "near_miss",
            "a director's shot list on landscape A4: production, day, version, location, "
            "camera and lenses; a ruled table of scene / shot / size / lens / move / "
            "description / estimated time (06:45 to 16:50); a note that the times are not calls",
            _shot_list,
            OTHER,
        ),
        _sheet(
            "near_miss_crew_nda",
            "near_miss",
            "a crew confidentiality and non-disclosure agreement, A4: the service company and "
            "foreign producer, the film's title, shoot dates and a venue's street address; "
            "numbered clauses (no set photographs, duration, governing law); name lines and "
            "signatures",
            _nda,
            OTHER,
        ),
        _sheet(
            "near_miss_job_posting",
            "near_miss",
            "a crew job posting, A4: 'NOW HIRING: 2nd AC' in a black band, a 3-day commercial "
            "in a named city, shoot dates, locations, 'call times around 6am', camera, day "
            "rate, pick-up points, an apply-by date and e-mail",
            _job_posting,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_ng_sheets(),
        *_tn_sheets(),
        *_ae_sheets(),
        *_eg_sheets(),
        *_na_sheets(),
        *_tz_sheets(),
        *_other_sheets(),
    ]
