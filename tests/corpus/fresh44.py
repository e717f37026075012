"""Forty-fifth held-out set: six kinds of call sheet from makers and places the corpus has least
of, in cities not yet in the corpus (`fresh44_`).

Built without reading the reader (`pipeline/`) and without running it on these sheets
(CONVENTIONS.md, "fresh44"). English-language ad-film call sheets from Kochi, George Town
(Penang) and Iloilo City (a production house's letterhead, a ruled job grid, "SHIFT", "REPORTING
TIME" or "CALL TIME", "PACK-UP", dates like "15th Oct '26"), Italian "ordine del giorno" sheets
from Matera, Trieste and Perugia in a new layout (the day's times down a grey left-hand column,
"CONVOCAZIONE GENERALE" / "GENERAL CREW CALL" in it), Kenyan and South African commercial
service-production sheets from Mombasa, Naivasha and Franschhoek (a contacts column at the left,
hotel departure and unit call, GPS, film licence, a medic and an air ambulance), US union
episodic sheets from Schenectady, Albany and Troy (boxed GENERAL CREW CALL over SHOOTING CALL, a
back page of crew calls by department with IATSE and Teamsters locals), a crew member's own phone
captures from Durango, Taos and Sedona (a group chat, a text thread, a calendar event on a
narrow tall page) and Belgian bilingual French / Dutch commercial sheets from Liège, Oostende and
Dinant ("FEUILLE DE SERVICE / DAGPLANNING", "7h30 / 7u30"). Three near misses, all `other`: a
camera report, a rental house's delivery note and an Indian car-hire duty slip.

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
    cast_times,
    clock,
    crew_times,
    date_or,
    expect,
    fill,
    grey_text,
    head_table,
    hospital_lines,
    label_rows,
    letterhead,
    page,
    paragraph,
    paragraphs,
    sheet_basics,
    sheet_maker,
    signature_lines,
    time_or,
    timed_rows,
    titled_notes,
    wrap,
)
from tests.corpus.places import Place, _p
from tests.corpus.sheet import Sheet, cell, fit

D = dt.date
OTHER = {"document_type": "other"}

P: dict[str, Place] = {
    # (1) Indian / South-East Asian ad films: Kochi, George Town (Penang), Iloilo City
    "davidhall": _p(
        "in",
        "David Hall Art Gallery",
        "1/700 Napier Street",
        "Fort Kochi, Kerala 682001",
        9.9660,
        76.2420,
        "Asia/Kolkata",
        "Lakeshore Hospital",
        "NH 66 Bypass, Maradu",
        "Kochi, Kerala 682040",
        "0484 2701032",
        "Vasco da Gama Square parking, Beach Road",
        "Fort Kochi, Kerala 682001",
    ),
    "bluemansion": _p(
        "my",
        "Cheong Fatt Tze - The Blue Mansion",
        "14 Leith Street",
        "10200 George Town, Penang",
        5.4216,
        100.3355,
        "Asia/Kuala_Lumpur",
        "Hospital Pulau Pinang",
        "Jalan Residensi",
        "10990 George Town, Penang",
        "04-222 5333",
        "Lebuh Farquhar open car park",
        "10200 George Town, Penang",
    ),
    "museoiloilo": _p(
        "ph",
        "Museo Iloilo",
        "Bonifacio Drive",
        "Iloilo City 5000",
        10.6960,
        122.5645,
        "Asia/Manila",
        "Western Visayas Medical Center",
        "Q. Abeto Street, Mandurriao",
        "Iloilo City 5000",
        "(033) 321 2841",
        "Iloilo Provincial Capitol grounds, Bonifacio Drive",
        "Iloilo City 5000",
    ),
    # (2) Italian ordine del giorno, times down a left-hand column: Matera, Trieste, Perugia
    "lanfranchi": _p(
        "it",
        "Palazzo Lanfranchi",
        "Piazzetta Giovanni Pascoli 1",
        "75100 Matera MT",
        40.6650,
        16.6080,
        "Europe/Rome",
        "Ospedale Madonna delle Grazie",
        "Contrada Cattedra Ambulante",
        "75100 Matera MT",
        "0835 253111",
        "Parcheggio Via Saragat",
        "75100 Matera MT",
    ),
    "miramare": _p(
        "it",
        "Castello di Miramare",
        "Viale Miramare",
        "34151 Trieste TS",
        45.7025,
        13.7125,
        "Europe/Rome",
        "Ospedale di Cattinara",
        "Strada di Fiume 447",
        "34149 Trieste TS",
        "040 3994111",
        "Parcheggio del Bivio di Miramare, Viale Miramare",
        "34151 Trieste TS",
    ),
    "priori": _p(
        "it",
        "Palazzo dei Priori",
        "Corso Vannucci 19",
        "06121 Perugia PG",
        43.1120,
        12.3890,
        "Europe/Rome",
        "Ospedale Santa Maria della Misericordia",
        "Piazzale Giorgio Menghini 1",
        "06129 Perugia PG",
        "075 5781",
        "Parcheggio Piazza Partigiani",
        "06121 Perugia PG",
    ),
    # (3) Kenyan / South African commercial service production: Mombasa, Naivasha, Franschhoek
    "fortjesus": _p(
        "ke",
        "Fort Jesus Museum",
        "Nkrumah Road",
        "Old Town, Mombasa",
        -4.0625,
        39.6795,
        "Africa/Nairobi",
        "The Aga Khan Hospital, Mombasa",
        "Vanga Road",
        "Mombasa",
        "+254 41 222 7710",
        "Mombasa Club car park, Mbarak Hinawy Road",
        "Old Town, Mombasa",
    ),
    "elsamere": _p(
        "ke",
        "Elsamere Conservation Centre",
        "Moi South Lake Road",
        "Naivasha",
        -0.7980,
        36.3530,
        "Africa/Nairobi",
        "Naivasha County Referral Hospital",
        "Moi Avenue",
        "Naivasha",
        "+254 50 202 0371",
        "Fisherman's Camp paddock, Moi South Lake Road",
        "Naivasha",
    ),
    "huguenot": _p(
        "za",
        "Huguenot Monument",
        "Lambrecht Street",
        "Franschhoek 7690",
        -33.9130,
        19.1250,
        "Africa/Johannesburg",
        "Mediclinic Paarl",
        "Berlyn Street",
        "Paarl 7646",
        "021 807 8000",
        "Franschhoek sports grounds, Reservoir Street East",
        "Franschhoek 7690",
    ),
    # (4) US union episodic with a back page of crew calls: Schenectady, Albany, Troy
    "proctors": _p(
        "us",
        "Proctors",
        "432 State Street",
        "Schenectady, NY 12305",
        42.8129,
        -73.9430,
        "America/New_York",
        "Ellis Hospital",
        "1101 Nott Street",
        "Schenectady, NY 12308",
        "(518) 243-4000",
        "Liberty Park lot, 400 Liberty Street",
        "Schenectady, NY 12305",
    ),
    "albanyinstitute": _p(
        "us",
        "Albany Institute of History & Art",
        "125 Washington Avenue",
        "Albany, NY 12210",
        42.6550,
        -73.7600,
        "America/New_York",
        "Albany Medical Center",
        "43 New Scotland Avenue",
        "Albany, NY 12208",
        "(518) 262-3125",
        "Empire State Plaza visitor lot, Madison Avenue",
        "Albany, NY 12242",
    ),
    "musichall": _p(
        "us",
        "Troy Savings Bank Music Hall",
        "30 2nd Street",
        "Troy, NY 12180",
        42.7310,
        -73.6920,
        "America/New_York",
        "Samaritan Hospital",
        "2215 Burdett Avenue",
        "Troy, NY 12180",
        "(518) 271-3300",
        "Uncle Sam Parking Garage, 4th Street",
        "Troy, NY 12180",
    ),
    # (5) a crew member's phone captures: Durango, Taos, Sedona
    "depot": _p(
        "us",
        "Durango & Silverton Railroad Depot",
        "479 Main Avenue",
        "Durango, CO 81301",
        37.2690,
        -107.8830,
        "America/Denver",
        "Mercy Hospital",
        "1010 Three Springs Boulevard",
        "Durango, CO 81301",
        "(970) 247-4311",
        "Santa Rita Park lot, 149 S Camino del Rio",
        "Durango, CO 81301",
    ),
    "harwood": _p(
        "us",
        "Harwood Museum of Art",
        "238 Ledoux Street",
        "Taos, NM 87571",
        36.4050,
        -105.5750,
        "America/Denver",
        "Holy Cross Medical Center",
        "1397 Weimer Road",
        "Taos, NM 87571",
        "(575) 758-8883",
        "Kit Carson Park lot, Paseo del Pueblo Norte",
        "Taos, NM 87571",
    ),
    "holycross": _p(
        "us",
        "Chapel of the Holy Cross",
        "780 Chapel Road",
        "Sedona, AZ 86336",
        34.8320,
        -111.7670,
        "America/Phoenix",
        "Verde Valley Medical Center - Sedona Campus",
        "3700 W State Route 89A",
        "Sedona, AZ 86336",
        "(928) 204-3000",
        "Chapel Road lower lot",
        "Sedona, AZ 86336",
    ),
    # (6) Belgian bilingual French / Dutch commercials: Liège, Oostende, Dinant
    "guillemins": _p(
        "be",
        "Gare de Liège-Guillemins",
        "Place des Guillemins 2",
        "4000 Liège",
        50.6245,
        5.5665,
        "Europe/Brussels",
        "CHU de Liège - Sart Tilman",
        "Avenue de l'Hôpital 1",
        "4000 Liège",
        "04 366 71 11",
        "Parking Guillemins P1, Rue des Guillemins",
        "4000 Liège",
    ),
    "kursaal": _p(
        "be",
        "Kursaal Oostende",
        "Monacoplein 1",
        "8400 Oostende",
        51.2350,
        2.9200,
        "Europe/Brussels",
        "AZ Damiaan",
        "Gouwelozestraat 100",
        "8400 Oostende",
        "059 41 40 00",
        "Parking Kursaal, Monacoplein",
        "8400 Oostende",
    ),
    "citadelle": _p(
        "be",
        "Citadelle de Dinant",
        "Place Reine Astrid 3",
        "5500 Dinant",
        50.2620,
        4.9130,
        "Europe/Brussels",
        "CHU UCL Namur - site Dinant",
        "Rue Saint-Jacques 501",
        "5500 Dinant",
        "082 21 24 11",
        "Parking de la Collégiale, Place Reine Astrid",
        "5500 Dinant",
    ),
}

IT_WD = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
IT_MON = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto"]
IT_MON += ["settembre", "ottobre", "novembre", "dicembre"]
FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"]
FR_MON += ["septembre", "octobre", "novembre", "décembre"]
NL_WD = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_MON = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus"]
NL_MON += ["september", "oktober", "november", "december"]


def hm(hhmm: str, style: str) -> str:
    """Time forms: formats.time_text's plus the ones this set prints."""
    h, m, h12, ap = clock(hhmm)
    forms = {
        "in_am": f"{h12}:{m:02d} {ap}",  # "7:30 AM"
        "in_dot": f"{h12}.{m:02d} {ap.lower()}",  # "7.30 am"
        "hrs": f"{h:02d}{m:02d} hrs",  # "0730 hrs"
        "ph": f"{h12}:{m:02d}{ap}",  # "7:30AM"
        "it_ore": f"ore {h}.{m:02d}",  # "ore 7.30"
        "it_dot": f"{h}.{m:02d}",  # "7.30"
        "za_h": f"{h:02d}h{m:02d}",  # "06h30"
        "ke_am": f"{h12}.{m:02d}{ap.lower()}",  # "6.30am"
        "us_a": f"{h12}:{m:02d}{ap[0]}",  # "7:00A"
        "bare": f"{h}:{m:02d}",  # "7:30"
        "be_fr": f"{h}h{m:02d}",  # "7h30"
        "be_nl": f"{h}u{m:02d}",  # "7u30"
        "be_pair": f"{h}h{m:02d} / {h}u{m:02d}",  # "7h30 / 7u30"
    }
    return time_or(forms, hhmm, style)


def day_text(d: D, style: str) -> str:
    """Date forms: formats.date_text's plus the ones this set prints."""
    forms = {
        "in_ord": f"{ordinal(d.day)} {d:%b} '{d:%y}",  # "15th Oct '26"
        "in_ord_day": f"{d:%a}, {ordinal(d.day)} {d:%b} '{d:%y}",  # "Thu, 22nd Oct '26"
        "in_dash": f"{d:%d-%b-%Y} ({d:%A})",  # "29-Oct-2026 (Thursday)"
        "it_long": f"{IT_WD[d.weekday()]} {d.day} {IT_MON[d.month - 1]} {d.year}",
        "it_slash": f"{IT_WD[d.weekday()][:3]} {d:%d/%m/%Y}",  # "gio 22/10/2026"
        "ke_long": f"{d:%A}, {d.day} {d:%B} {d.year}",  # "Thursday, 15 October 2026"
        "za_slash": f"{d:%Y/%m/%d} ({d:%a})",  # "2026/10/29 (Thu)"
        "us_caps": f"{d:%A}, {d:%B} {d.day}, {d.year}".upper(),
        "us_slash": f"{d:%a} {d.month}/{d.day}/{d:%y}",  # "Thu 10/22/26"
        "fr_long": f"{FR_WD[d.weekday()]} {d.day} {FR_MON[d.month - 1]} {d.year}",
        "nl_long": f"{NL_WD[d.weekday()]} {d.day} {NL_MON[d.month - 1]} {d.year}",
        "be_dots": f"{d:%d.%m.%Y}",  # "29.10.2026"
    }
    return date_or(forms, d, style)


_sheet = sheet_maker("fresh44")
_para = paragraph
_table = partial(head_table, size=8, lead=12.5)


def _footer(c: Canvas, text: str) -> None:
    grey_text(c, 40, c.pdf.h - 22, text, 7, 120)


def _rgb_box(c: Canvas, x: float, y: float, w: float, h: float, rgb: tuple[int, int, int]) -> None:
    """A coloured box with rounded corners and no border (a phone app's bubble or card)."""
    c.pdf.set_fill_color(*rgb)
    c.pdf.rect(x, y, w, h, style="F", round_corners=True, corner_radius=7)


# --- (1) Indian / South-East Asian English ad films: letterhead, job grid, SHIFT, REPORTING ----


def _adfilm(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=36.0)
        # the production house's letterhead, centred
        centre(c, 44, g["house"], 15)
        grey(c, 90)
        centre(c, 57, g["house_addr"], 7.5, bold=False)
        black(c)
        c.hline(x0, right, 64, 1.5)
        fill(c, x0, 70, right - x0, 18, 40)
        c.pdf.set_text_color(255, 255, 255)
        centre(c, 83, f"CALL SHEET  -  {g['kind']}", 11)
        black(c)
        # a ruled job grid, two pairs a row
        rows = [
            ("CLIENT", g["client"], "AGENCY", g["agency"]),
            ("FILM / TVC", title, "DURATION", g["duration"]),
            ("DIRECTOR", g["director"], "DOP", g["dop"]),
            ("EXEC. PRODUCER", g["ep"], "LINE PRODUCER", g["lp"]),
            ("SHOOT DATE", day_text(day, g["date_style"]), "SHOOT DAY", g["shoot_day"]),
        ]
        y = 96.0
        half = (right - x0) / 2
        for a, av, b, bv in rows:
            c.box(x0, y, right - x0, 17, 0.4)
            c.vline(x0 + half, y, y + 17, 0.4)
            for xx, lab, val in ((x0, a, av), (x0 + half, b, bv)):
                fill(c, xx + 0.4, y + 0.4, 86, 16.2, 230)
                c.text(xx + 4, y + 11.5, lab, 7, bold=True)
                fit(c, xx + 92, y + 12, val, 9, half - 96, bold=lab == "FILM / TVC")
            y += 17
        y += 10
        # the day's times: the crew's call boxed large, the rest in a strip
        c.box(x0, y, 190, 50, 1.4)
        c.text(x0 + 8, y + 15, g["call_label"], 9, bold=True)
        c.text(x0 + 8, y + 40, hm(call, t), 22, bold=True)
        xx = x0 + 200
        times = [(lab, hm(add_minutes(call, off), t)) for lab, off in g["times"]]
        times.append(("SUNRISE / SUNSET", f"{hm(rise, t)} / {hm(fall, t)}"))
        colw = (right - xx) / 2
        for i, (lab, val) in enumerate(times):
            cx = xx + (i % 2) * colw
            cy = y + 10 + (i // 2) * 13
            c.text(cx, cy, lab, 7, bold=True)
            fit(c, cx + 88, cy, val, 8.5, colw - 92)
        y += 62
        c.text(x0, y, "SHIFT:", 8.5, bold=True)
        fit(c, x0 + 40, y, g["shift"], 8.5, right - x0 - 40)
        y += 16
        # places: location, unit parking, hospital in three ruled boxes
        boxes = [
            ("LOCATION", [p.name, p.street, p.city, g["set"]]),
            (g["park_label"], [p.base_street, p.base_city, g["park_note"]]),
            (
                "NEAREST HOSPITAL (24 HRS)",
                [p.hospital, p.hospital_street, p.hospital_city, f"Ph: {p.hospital_phone}"],
            ),
        ]
        bw = (right - x0) / 3
        for i, (lab, lines) in enumerate(boxes):
            c.box(x0 + i * bw, y, bw, 70, 0.6)
            cell(c, x0 + i * bw, y, bw, lab, lines, label_size=7.5, size=8.2, lead=11)
        y += 84
        y = _table(
            c,
            x0,
            y,
            ["ARTIST", "CHARACTER", g["artist_call"], "HAIR & MAKE-UP", "ON SET"],
            [0, 130, 250, 340, 440],
            cast_times(g["talent"], call, partial(hm, style=t), (0, 15, 75)),
            right,
            ruled=True,
        )
        y += 2
        y = _table(c, x0, y, ["SHOT", "DESCRIPTION", "LOC / SET"], [0, 40, 380], g["shots"], right)
        y += 2
        written = partial(hm, style=t)
        y = _table(
            c,
            x0,
            y,
            ["DEPARTMENT", "HOD", "CONTACT", "REPORTING"],
            [0, 120, 260, 400],
            crew_times(g["crew"], call, written),
            right,
        )
        y += 4
        y = titled_notes(c, x0, y, "IMPORTANT", 8.5, g["notes"], 8, right - x0, 10.5)
        _footer(c, g["footer"])
        return c.output()

    return _sheet(
        f"adfilm_{key}",
        "in_sea_adfilm",
        "Indian / South-East Asian English-language ad-film call sheet, A4: production house "
        "letterhead centred, a black 'CALL SHEET - TVC' band, a ruled job grid (client, agency, "
        "film, director, DOP, producers, shoot date), the crew's call boxed large beside a strip "
        f"of times, a SHIFT line, three boxes (location, unit parking, hospital); '{g['kind']}'",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _adfilm_sheets() -> list[Sheet]:
    return [
        _adfilm(
            "davidhall",
            "Monsoon Gold",
            D(2026, 10, 15),
            "06:30",
            {
                "font": "helvetica",
                "time_style": "in_am",
                "date_style": "in_ord",
                "kind": "TVC",
                "house": "CHAKRA MOTION PICTURES PVT. LTD.",
                "house_addr": "402, Hill View Apts, 14th Road, Khar (W), Mumbai 400052  |  "
                "+91 22 2600 4417",
                "client": "Kerala Spice Board Co-op",
                "agency": "Lowkey Ogilvy, Bengaluru",
                "duration": "1 x 45 sec + 2 x 15 sec",
                "director": "Anand Varghese",
                "dop": "Rhea Mathai",
                "ep": "Sunaina Kapoor",
                "lp": "Joseph Kuriakose",
                "shoot_day": "1 of 2",
                "call_label": "CREW REPORTING TIME",
                "times": [
                    ("BREAKFAST", 0),
                    ("ARTIST REPORTING", 30),
                    ("FIRST SHOT", 120),
                    ("LUNCH", 390),
                    ("PACK-UP (EST.)", 720),
                ],
                "shift": "1st shift 6:30 AM to 6:30 PM (12 hrs). Overtime only on the "
                "producer's approval.",
                "set": "courtyard and the east gallery",
                "park_label": "UNIT PARKING / VANITY VANS",
                "park_note": "2 vanity vans + generator van",
                "artist_call": "REPORTING",
                "talent": [
                    ("Meera Nair", "MOTHER", 30),
                    ("Aditya Menon", "SON", 60),
                    ("Junior artists (8)", "MARKET CROWD", 90),
                ],
                "shots": [
                    ("1", "Top shot, courtyard, pepper drying on mats, mother walks in", "1"),
                    ("2", "Gallery window, son's POV of the harbour, product in hand", "2"),
                    ("3", "Pack shot on the teak table (tabletop unit)", "2"),
                ],
                "crew": [
                    ("Direction", "Kavya Pillai (1st AD)", "+91 98470 11245", -30),
                    ("Camera", "Rhea Mathai", "+91 98200 55310", 0),
                    ("Art", "Suresh Babu", "+91 94470 30021", -60),
                    ("Costume", "Anjali Rao", "+91 98451 78002", 0),
                ],
                "notes": [
                    "Gallery is a heritage building: no nails, no tape on walls, shoes off in the "
                    "east gallery. Carry your ID card; the unit will not be let in without it.",
                ],
                "footer": "Chakra Motion Pictures  |  Monsoon Gold  |  Call sheet v2, issued "
                "14th Oct '26, 7:40 PM",
            },
        ),
        _adfilm(
            "bluemansion",
            "Heritage Blue",
            D(2026, 10, 22),
            "07:00",
            {
                "font": "sans",
                "time_style": "hrs",
                "date_style": "in_ord_day",
                "kind": "TVC / DIGITAL",
                "house": "LANTERN & KITE PRODUCTIONS SDN BHD",
                "house_addr": "Level 9, Menara Hap Seng 2, Jalan P. Ramlee, 50250 Kuala Lumpur  "
                "|  +60 3 2181 7702",
                "client": "Straits Tea House",
                "agency": "Redhill Singapore",
                "duration": "30s TVC + 6 x 10s social cut-downs",
                "director": "Tan Wei Ming",
                "dop": "Farid Hamzah",
                "ep": "Melissa Goh",
                "lp": "Kavitha Subramaniam",
                "shoot_day": "Day 1 / 1",
                "call_label": "CALL TIME (ALL CREW)",
                "times": [
                    ("BREAKFAST", -30),
                    ("TALENT CALL", 15),
                    ("STANDBY / 1ST SHOT", 105),
                    ("LUNCH", 360),
                    ("WRAP (EST.)", 660),
                ],
                "shift": "0700 hrs - 1900 hrs (12-hour shift, lunch 1 hr). Mansion tour "
                "groups until 1100 hrs in the front hall.",
                "set": "front hall, the Hakka courtyard and Room 7",
                "park_label": "UNIT PARKING / HOLDING",
                "park_note": "Holding: Room 12 (talent), Room 14 (wardrobe)",
                "artist_call": "CALL",
                "talent": [
                    ("Nadia Lim", "DAUGHTER", 15),
                    ("Uncle Peter Khoo", "GRANDFATHER", 75),
                ],
                "shots": [
                    ("1A", "Front hall, slow dolly in, grandfather pours tea for daughter", "Hall"),
                    ("1B", "Reverse, her smile, blue shutters behind", "Hall"),
                    ("2", "Courtyard rain (rain bar), cups on the ledge", "Courtyard"),
                    ("3", "Room 7, product pack shot, steam", "Room 7"),
                ],
                "crew": [
                    ("Production", "Kavitha S.", "+60 12 388 1042", -60),
                    ("Camera / Grip", "Farid Hamzah", "+60 19 221 7781", 0),
                    ("Art", "Lee Shu Fen", "+60 16 442 9013", -90),
                    ("HMU / Wardrobe", "Aida Rahman", "+60 17 305 6620", -15),
                ],
                "notes": [
                    "Halal catering; vegetarian on request with the production coordinator. "
                    "Drones need the mansion's written approval: none today.",
                ],
                "footer": "Lantern & Kite  |  Heritage Blue  |  Please do not forward outside "
                "the production",
            },
        ),
        _adfilm(
            "museoiloilo",
            "Fiesta Bites",
            D(2026, 10, 29),
            "08:00",
            {
                "font": "helvetica",
                "time_style": "ph",
                "date_style": "in_dash",
                "kind": "TVC",
                "house": "BIGKIS CREATIVE PRODUCTIONS, INC.",
                "house_addr": "Unit 1204, Pearl Drive, Ortigas Center, Pasig City 1605  |  "
                "(02) 8633 1950",
                "client": "Panay Crackers Corp.",
                "agency": "Salt Manila",
                "duration": "30s + 15s",
                "director": "Miguel Lacson",
                "dop": "Jun Dela Rosa",
                "ep": "Tricia Villanueva",
                "lp": "Ramon Sotto",
                # HARD: the crew reports at the hotel for the bus before the call on location
                "call_label": "CALL TIME (ON LOCATION)",
                "shoot_day": "Day 2 of 2",
                "times": [
                    ("REPORTING (HOTEL)", -60),
                    ("BREAKFAST", 0),
                    ("TALENT CALL", 30),
                    ("LUNCH", 330),
                    ("PACK-UP", 720),
                ],
                "shift": "Bus leaves Richmonde Hotel Iloilo at 7:00AM sharp; shift 8:00AM to "
                "8:00PM on location.",
                "set": "museum steps and the Bonifacio Drive frontage",
                "park_label": "UNIT PARKING / HOLDING",
                "park_note": "Holding tent beside the Capitol steps",
                "artist_call": "CALL",
                "talent": [
                    ("Bea Salcedo", "ATE (BIG SISTER)", 30),
                    ("JM Tupas", "BUNSO (KID BROTHER)", 60),
                    ("Dancers (12)", "FIESTA BAND", 120),
                ],
                "shots": [
                    ("1", "Wide: dancers parade past the museum steps, siblings share a pack", "1"),
                    ("2", "MCU: bunso's first bite, crunch (wild sound)", "1"),
                    ("3", "Product pack shot, confetti fall", "1"),
                ],
                "crew": [
                    ("Production", "Ramon Sotto", "0917 804 2219", -60),
                    ("Camera", "Jun Dela Rosa", "0918 552 6730", 0),
                    ("Sound", "Ellie Gumban", "0920 114 8832", 30),
                    ("Art / Props", "Noel Parreño", "0917 330 7104", -90),
                ],
                "notes": [
                    "Minors on set: JM Tupas (age 9) with guardian, work hours 9:00AM-5:00PM "
                    "only. Sunblock and water at the holding tent.",
                ],
                "footer": "Bigkis Creative  |  Fiesta Bites  |  Final call sheet",
            },
        ),
    ]


# --- (2) Italian ordine del giorno: the day's times down a grey left-hand column ------------


def _odg(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c = Canvas("A4", g["font"])
        W = c.width
        H = c.pdf.h
        x0 = 30.0
        right = W - x0
        side = 150.0
        # the left-hand column: a grey strip from top to foot holding the day's times
        fill(c, x0, 30, side, H - 70, 236)
        y = 52.0
        c.text(x0 + 8, y, f"O.d.G. n. {g['n']}", 12, bold=True)
        y += 14
        c.text(x0 + 8, y, g["giornata"], 8.5)
        y += 22
        c.text(x0 + 8, y, "DATA", 7, bold=True)
        y += 12
        for ln in g["date_lines"]:
            fit(c, x0 + 8, y, ln, 9, side - 14, bold=True)
            y += 11
        y += 12
        c.text(x0 + 8, y, g["call_label"], 7.5, bold=True)
        y += 26
        c.text(x0 + 8, y, hm(call, t), 24, bold=True)
        y += 10
        c.hline(x0 + 8, x0 + side - 8, y, 0.8)
        y += 16
        for lab, off in g["times"]:
            c.text(x0 + 8, y, lab, 7, bold=True)
            y += 11
            c.text(x0 + 8, y, hm(add_minutes(call, off), t), 10)
            y += 16
        c.text(x0 + 8, y, "ALBA / TRAMONTO", 7, bold=True)
        y += 11
        c.text(x0 + 8, y, f"{hm(rise, t)} / {hm(fall, t)}", 10)
        y += 16
        c.text(x0 + 8, y, "METEO", 7, bold=True)
        y += 11
        y = _para(c, x0 + 8, y, g["meteo"], 8, side - 14, 10)
        y += 10
        c.text(x0 + 8, y, "EMERGENZE", 7, bold=True)
        y += 11
        y = _para(c, x0 + 8, y, "112 (numero unico) - 118 (sanitaria)", 8, side - 14, 10)
        # the main column
        mx = x0 + side + 14
        mw = right - mx
        c.text(mx, 46, g["company"], 8.5, bold=True)
        grey_text(c, mx, 57, g["company_addr"], 7, 100)
        c.text(mx, 86, title.upper(), 19, bold=True)
        c.text(mx, 100, g["kind"], 9)
        c.text(mx, 114, f"Regia: {g['regia']}   ·   Aiuto regia: {g['aiuto']}", 8.5)
        c.hline(mx, right, 122, 1.0)
        y = 138.0
        blocks = [
            ("SET", [p.name, p.street, p.city, g["set"]]),
            (g["base_label"], [p.base_street, p.base_city]),
            (
                g["hosp_label"],
                [p.hospital, p.hospital_street, p.hospital_city, f"tel. {p.hospital_phone}"],
            ),
        ]
        for lab, lines in blocks:
            for i, part in enumerate(wrap(c, lab, 7.5, 104, bold=True)):
                c.text(mx, y + 9 * i, part, 7.5, bold=True)
            yy = y
            for ln in lines:
                fit(c, mx + 112, yy, ln, 9, mw - 112)
                yy += 11.5
            y = yy + 4
            c.hline(mx, right, y - 8, 0.25)
        y += 6
        y = _table(
            c,
            mx,
            y,
            ["SC.", "AMBIENTE", "I/E", "G/N", "PERSONAGGI", "PAG."],
            [0, 28, 180, 205, 232, 330],
            g["scenes"],
            right,
            size=7.5,
        )
        y += 2
        written = partial(hm, style=t)
        y = _table(
            c,
            mx,
            y,
            ["ATTORE", "RUOLO", "PICK-UP", "TRUCCO", "SUL SET"],
            [0, 100, 190, 250, 310],
            cast_times(g["cast"], call, written, (-30, 0, 60)),
            right,
            size=7.5,
        )
        y += 2
        y = _table(
            c,
            mx,
            y,
            ["REPARTO", "CONVOCAZIONE", "NOTE"],
            [0, 120, 200],
            [(a, written(add_minutes(call, o)), b) for a, o, b in g["crew"]],
            right,
            size=7.5,
        )
        y = titled_notes(c, mx, y, "NOTE DI PRODUZIONE", 8, g["notes"], 7.8, mw, 10)
        _footer(c, f"{g['company']}  ·  {title}  ·  O.d.G. {g['n']}  ·  pag. 1/1")
        return c.output()

    return _sheet(
        f"odg_{key}",
        "it_odg_sidebar",
        "Italian ordine del giorno on A4 with the day's times down a grey left-hand column "
        "(O.d.G. number, giornata, date, the general call at 24 pt, trucco, pronti, pranzo, "
        "fine, alba / tramonto, meteo, emergency numbers); company, title, regia in the main "
        "column, SET / base / hospital label rows, scenes, cast and department tables; "
        f"call label '{g['call_label']}'",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _odg_sheets() -> list[Sheet]:
    return [
        _odg(
            "lanfranchi",
            "Il Sasso e la Luna",
            D(2026, 10, 15),
            "07:30",
            {
                "font": "helvetica",
                "time_style": "it_dot",
                "n": "9",
                "giornata": "Giornata 9 di 30",
                "date_lines": [day_text(D(2026, 10, 15), "it_long")],
                "call_label": "CONVOCAZIONE GENERALE",
                "times": [
                    ("TRUCCO E PARRUCCO", -30),
                    ("PRONTI A GIRARE", 60),
                    ("PAUSA PRANZO", 360),
                    ("FINE PREVISTA", 660),
                ],
                "meteo": "Sereno, 19° / 9°, vento debole da nord",
                "company": "Murgia Film S.r.l.",
                "company_addr": "Via delle Beccherie 41, 75100 Matera  ·  0835 334 210",
                "kind": "film per il cinema",
                "regia": "Teresa Lo Russo",
                "aiuto": "Pietro Carbone",
                "set": "salone del piano nobile e loggiato",
                "base_label": "CAMPO BASE / MEZZI",
                "hosp_label": "PRONTO SOCCORSO",
                "scenes": [
                    ("23", "Salone - Lucia legge la lettera", "I", "G", "Lucia, Nonno", "1 4/8"),
                    ("24", "Loggiato - la lite", "E", "G", "Lucia, Vito", "2"),
                    ("31", "Salone - sera, il ritorno", "I", "N", "Lucia, Vito, Nonno", "1"),
                ],
                "cast": [
                    ("Chiara Fumarola", "Lucia", 0),
                    ("Vito Schiavone", "Vito", 60),
                    ("Nicola Basile", "Nonno", 120),
                ],
                "crew": [
                    ("Regia", 0, "ufficio mobile al campo base"),
                    ("Fotografia / Macchinisti", -30, "carico al campo base"),
                    ("Scenografia", -60, "preparazione salone"),
                    ("Suono", 0, ""),
                ],
                "notes": [
                    "Il museo apre al pubblico alle 9.00: nessun mezzo in Piazzetta Pascoli dopo "
                    "le 8.30. Scarpe morbide nel salone (pavimento storico).",
                ],
            },
        ),
        _odg(
            "miramare",
            "Bora",
            D(2026, 10, 22),
            "07:00",
            {
                "font": "sans",
                "time_style": "h24",
                "n": "17",
                "giornata": "17° giorno di riprese su 40",
                "date_lines": [day_text(D(2026, 10, 22), "it_slash")],
                # the ODG in the English terms Italian sets also use
                "call_label": "GENERAL CREW CALL",
                "times": [
                    ("COLAZIONE", -30),
                    ("SHOOTING CALL", 75),
                    ("PAUSA PRANZO", 375),
                    ("FINE LAVORAZIONE", 660),
                ],
                "meteo": "Bora forte a raffiche (60 km/h), 14° / 8°",
                "company": "Carso Produzioni S.p.A. per RaiFiction",
                "company_addr": "Riva Nazario Sauro 8, 34124 Trieste  ·  040 771 2200",
                "kind": "serie TV, episodi 5-6",
                "regia": "Andrej Kosmač",
                "aiuto": "Giulia Zennaro",
                "set": "sala del trono, terrazza a mare e parco",
                "base_label": "BASE / PARCHEGGIO TROUPE",
                "hosp_label": "OSPEDALE (P.S.)",
                "scenes": [
                    ("5/12", "Terrazza - l'arrivo in barca", "E", "G", "Marta, Ivo", "2 2/8"),
                    ("5/14", "Sala del trono - interrogatorio", "I", "G", "Marta, Conte", "3"),
                    ("6/02", "Parco - il biglietto", "E", "G", "Ivo", "4/8"),
                ],
                "cast": [
                    ("Sara Benussi", "Marta", 15),
                    ("Luka Novak", "Ivo", 45),
                    ("Franco Degrassi", "il Conte", 135),
                ],
                "crew": [
                    ("Regia / Segreteria", 0, ""),
                    ("Elettricisti", -60, "pre-call, terrazza"),
                    ("Costumi / Trucco", -45, "roulotte al parcheggio"),
                    ("Mezzi tecnici", -90, "ingresso da Viale Miramare"),
                ],
                "notes": [
                    "Con bora sopra i 70 km/h le scene in terrazza passano al pomeriggio: "
                    "decide la produzione alle 10.00. Vietato l'uso di droni nel parco.",
                ],
            },
        ),
        _odg(
            "priori",
            "La Sala dei Notari",
            D(2026, 11, 5),
            "08:00",
            {
                "font": "helvetica",
                "time_style": "it_ore",
                "n": "3",
                "giornata": "Giornata 3/18",
                # HARD: the date split over two lines, weekday under the numbers
                "date_lines": ["05.11.2026", "(giovedì)"],
                "call_label": "CONVOCAZIONE TROUPE SUL SET",
                "times": [
                    ("TRUCCO ATTORI", -15),
                    ("PRIMO CIAK", 90),
                    ("PRANZO", 330),
                    ("FINE RIPRESE", 630),
                ],
                "meteo": "Nuvoloso, possibili piovaschi nel pomeriggio, 13° / 6°",
                "company": "Grifo Cinematografica",
                "company_addr": "Via dei Priori 58, 06123 Perugia  ·  075 572 9900",
                "kind": "lungometraggio",
                "regia": "Matteo Brufani",
                "aiuto": "Elena Ciurnelli",
                "set": "Sala dei Notari e scalinata",
                "base_label": "CAMPO BASE",
                "hosp_label": "PRONTO SOCCORSO",
                "scenes": [
                    ("41", "Sala dei Notari - l'udienza", "I", "G", "Avv. Ricci, Sofia", "3 4/8"),
                    ("42", "Scalinata - i giornalisti", "E", "G", "Sofia, figurazioni (30)", "1"),
                ],
                "cast": [
                    ("Daniele Orsini", "Avv. Ricci", 0),
                    ("Marta Bellucci", "Sofia", 30),
                ],
                "crew": [
                    ("Regia", 0, ""),
                    ("Fotografia", 0, ""),
                    ("Scenografia", -90, "arredo sala"),
                    ("Figurazioni (30)", 45, "vestizione in Sala Vaccara"),
                ],
                "notes": [
                    "ZTL: i permessi per i mezzi sono validi dalle 6.00 alle 9.00; dopo, solo "
                    "carico a mano da Piazza Italia.",
                ],
            },
        ),
    ]


# --- (3) Kenyan / South African commercial service production: a contacts column at the left --


def _service(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=32.0)
        # header: service company left, the client's job right
        c.text(x0, 44, g["service"], 14, bold=True)
        grey_text(c, x0, 56, g["service_line"], 7.5, 100)
        c.right(right, 40, "CALL SHEET", 12, bold=True)
        c.right(right, 53, g["job"], 8)
        c.hline(x0, right, 62, 1.2)
        fit(c, x0, 86, title, 17, right - x0 - 160, bold=True)
        c.right(right, 86, day_text(day, g["date_style"]), 10, bold=True)
        c.text(
            x0, 100, f"for {g['client']}  ·  Prod. co. {g['prodco']}  ·  Dir. {g['director']}", 8.5
        )
        c.hline(x0, right, 108, 0.4)
        # left column: contacts and safety; right: times, places, schedule
        lw = 150.0
        fill(c, x0, 116, lw, 520, 242)
        y = 132.0
        c.text(x0 + 6, y, "KEY CONTACTS", 8, bold=True)
        y += 14
        for role, name, phone in g["contacts"]:
            c.text(x0 + 6, y, role, 6.8, bold=True)
            y += 9.5
            fit(c, x0 + 6, y, name, 8, lw - 12)
            y += 9.5
            fit(c, x0 + 6, y, phone, 8, lw - 12)
            y += 14
        y += 4
        c.text(x0 + 6, y, "SAFETY", 8, bold=True)
        y += 12
        for ln in g["safety"]:
            y = _para(c, x0 + 6, y, ln, 7.5, lw - 12, 9.5)
            y += 3
        rx = x0 + lw + 14
        rw = right - rx
        y = 132.0
        c.box(rx, y - 12, rw, 46, 1.3)
        c.text(rx + 8, y + 2, g["call_label"], 9, bold=True)
        c.text(rx + 8, y + 26, hm(call, t), 22, bold=True)
        tx = rx + 170
        c.text(tx, y + 2, g["travel_label"], 7.5, bold=True)
        fit(
            c,
            tx,
            y + 13,
            f"{hm(add_minutes(call, g['travel']), t)}  {g['travel_note']}",
            8.5,
            right - tx - 6,
        )
        c.text(tx, y + 27, "SUNRISE / SUNSET", 7.5, bold=True)
        c.text(tx + 90, y + 27, f"{hm(rise, t)} / {hm(fall, t)}", 8.5)
        y += 50
        rows = [
            ("LOCATION", [p.name, f"{p.street}, {p.city}", g["set"], f"GPS: {g['gps']}"]),
            ("UNIT BASE / CATERING", [p.base_street, p.base_city]),
            (
                g["hosp_label"],
                [p.hospital, f"{p.hospital_street}, {p.hospital_city}", p.hospital_phone],
            ),
            ("PERMITS", [g["permit"]]),
        ]
        for lab, lines in rows:
            for i, part in enumerate(wrap(c, lab, 7.5, 110, bold=True)):
                c.text(rx, y + 9 * i, part, 7.5, bold=True)
            yy = y
            for ln in lines:
                fit(c, rx + 118, yy, ln, 8.8, rw - 118)
                yy += 11.5
            y = yy + 3
            c.hline(rx, right, y - 8, 0.25)
        y += 8
        written = partial(hm, style=t)
        y = _table(
            c,
            rx,
            y,
            ["TIME", "SCHEDULE"],
            [0, 60],
            timed_rows(g["schedule"], call, written),
            right,
            size=7.8,
        )
        y += 2
        y = _table(
            c,
            rx,
            y,
            ["TALENT", "ROLE", "PICK-UP", "HMU", "ON SET"],
            [0, 100, 185, 240, 300],
            cast_times(g["talent"], call, written, (-40, 0, 50)),
            right,
            size=7.8,
        )
        y = titled_notes(c, rx, y, "NOTES", 8, g["notes"], 7.8, rw, 10, gap=11)
        _footer(c, f"{g['service']}  ·  {title}  ·  {g['job']}  ·  Confidential")
        return c.output()

    return _sheet(
        f"service_{key}",
        "ke_za_service_contacts",
        "Kenyan / South African commercial service-production call sheet, A4: service company "
        "and job number, title and date on one line, client / production company / director "
        "under it; a grey left-hand column of key contacts and safety (medic, air ambulance); "
        "the unit call boxed with a hotel-departure line and sun times beside it; LOCATION "
        "(with GPS), UNIT BASE / CATERING, hospital and PERMITS rows; a time-first schedule "
        f"and talent table; call label '{g['call_label']}'",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _service_sheets() -> list[Sheet]:
    return [
        _service(
            "fortjesus",
            "Spice Route",
            D(2026, 10, 15),
            "06:00",
            {
                "font": "helvetica",
                "time_style": "ke_am",
                "date_style": "ke_long",
                "service": "Tembo Line Productions Ltd",
                "service_line": "Service production Kenya  ·  Riverside Drive, Nairobi  ·  "
                "+254 20 444 9130",
                "job": "TLP-26-118  ·  Day 1 of 3",
                "client": "Nordhavn Coffee (DK)",
                "prodco": "Kastrup Film ApS, Copenhagen",
                "director": "Mikkel Sand",
                "contacts": [
                    ("SERVICE PRODUCER", "Wanjiru Kamau", "+254 722 410 882"),
                    ("PRODUCTION MANAGER", "Brian Otieno", "+254 733 190 245"),
                    ("1ST AD", "Aisha Mohamed", "+254 711 508 330"),
                    ("LOCATION MANAGER", "Said Omar", "+254 720 664 071"),
                ],
                "safety": [
                    "Set medic: Grace Njeri (AAR), +254 725 330 118.",
                    "Air ambulance: AMREF Flying Doctors +254 20 699 2000.",
                    "Hydrate: 31°C expected. Sunscreen at the water point.",
                ],
                "call_label": "UNIT CALL ON LOCATION",
                "travel_label": "HOTEL DEPARTURE",
                "travel": -30,
                "travel_note": "Serena Beach lobby (bus)",
                "set": "ramparts, the Passage of the Arches and the museum court",
                "gps": "-4.0625, 39.6795",
                "hosp_label": "NEAREST HOSPITAL (24 HR CASUALTY)",
                "permit": "KFCB filming licence FL/2026/0871; National Museums of Kenya consent",
                "schedule": [
                    (0, "Unit call, breakfast at base"),
                    (20, "Safety briefing (ramparts: harness zones)"),
                    (90, "First shot: ramparts at golden hour light"),
                    (330, "Lunch"),
                    (600, "Wrap (est.)"),
                ],
                "talent": [
                    ("Halima Abdalla", "THE BARISTA", 0),
                    ("Ole Sørensen", "THE TRAVELLER", 40),
                ],
                "notes": [
                    "Museum open to visitors from 8.00am: ramparts closed to the public until "
                    "10.00am for us only. Modest dress in the Old Town, please.",
                ],
            },
        ),
        _service(
            "elsamere",
            "Flamingo Light",
            D(2026, 10, 27),
            "06:30",
            {
                "font": "sans",
                "time_style": "h24",
                "date_style": "ke_long",
                "service": "Rift Valley Film Services",
                "service_line": "Karen Road, Nairobi  ·  +254 20 800 1174  ·  "
                "ops@riftvalleyfilm.co.ke",
                "job": "RVFS/0457  ·  Shoot day 2/2",
                "client": "Aurelia Water (UK)",
                "prodco": "Ravenhill Films, London",
                "director": "Poppy Ashworth",
                "contacts": [
                    ("SERVICE PRODUCER", "David Kiprono", "+254 722 880 190"),
                    ("PM", "Lucy Wambui", "+254 710 225 461"),
                    ("1ST AD", "Tom Achieng", "+254 733 902 118"),
                ],
                "safety": [
                    "Hippos on the shore before 07:30: stay behind the KWS ranger.",
                    "Boat unit: life jackets at all times.",
                    "Medic: St John, on set all day.",
                ],
                "call_label": "UNIT CALL",
                # HARD: the crew leaves the hotel an hour before the call and the page's
                # schedule starts at the departure
                "travel_label": "DEPART LAKE NAIVASHA COUNTRY CLUB",
                "travel": -60,
                "travel_note": "crew bus + 2 Land Cruisers",
                "set": "lawn and jetty below the house",
                "gps": "-0.7980, 36.3530",
                "hosp_label": "NEAREST HOSPITAL",
                "permit": "KFCB licence FL/2026/0902; KWS filming permit for the lake shore",
                "schedule": [
                    (-60, "Depart hotel"),
                    (0, "Unit call at base, breakfast"),
                    (60, "Boat unit on the water"),
                    (300, "Lunch"),
                    (570, "Wrap"),
                ],
                "talent": [
                    ("Nia Chebet", "RUNNER", 0),
                    ("Kofi Mensah", "ROWER", 30),
                ],
                "notes": [
                    "Drone flights only with the KCAA permit holder on set (Peter, pilot). "
                    "No plastic bottles on the shore.",
                ],
            },
        ),
        _service(
            "huguenot",
            "Harvest Table",
            D(2026, 10, 29),
            "06:30",
            {
                "font": "helvetica",
                "time_style": "za_h",
                "date_style": "za_slash",
                "service": "Boland Service Films (Pty) Ltd",
                "service_line": "Bree Street, Cape Town 8001  ·  +27 21 424 8890",
                "job": "BSF 2611  ·  Day 3 of 4",
                "client": "Maison Verger (FR)",
                "prodco": "Les Films du Quai, Paris",
                "director": "Claire Aubert",
                "contacts": [
                    ("SERVICE PRODUCER", "Riaan Botha", "+27 82 447 1190"),
                    ("PRODUCTION MANAGER", "Thandi Mokoena", "+27 83 210 5523"),
                    ("1ST AD", "Jacques Malan", "+27 72 330 8841"),
                    ("UNIT MANAGER", "Sipho Ndlovu", "+27 79 552 0014"),
                ],
                "safety": [
                    "ER24: 084 124. Set medic Anika (ALS), +27 82 901 4470.",
                    "Snake handler on standby for the vineyard rows.",
                ],
                "call_label": "UNIT CALL",
                "travel_label": "TRAVEL (FROM CAPE TOWN)",
                "travel": -75,
                "travel_note": "crew shuttle from the Bree Street office",
                "set": "monument garden and the lawns",
                "gps": "-33.9130, 19.1250",
                "hosp_label": "NEAREST HOSPITAL / TRAUMA UNIT",
                "permit": "Stellenbosch Municipality film permit 2026/114; Huguenot Memorial "
                "Museum consent",
                "schedule": [
                    (0, "Unit call at base, breakfast"),
                    (30, "Safety briefing"),
                    (75, "First shot: long table in the garden"),
                    (330, "Lunch"),
                    (630, "Wrap"),
                ],
                "talent": [
                    ("Lerato Dlamini", "HOST", 0),
                    ("Pierre Lenoir", "GUEST", 30),
                    ("Extras (14)", "GUESTS", 60),
                ],
                "notes": [
                    "Monument opens to visitors at 09h00: no vehicles inside the gates after "
                    "08h30. Wind warning after 14h00; flags and tent weights ready.",
                ],
            },
        ),
    ]


# --- (4) US union episodic: boxed GENERAL CREW CALL over SHOOTING CALL, crew calls overleaf --


def _union(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)
    written = partial(hm, style=t)

    def make() -> bytes:
        c, x0, right = page("letter", g["font"], margin=30.0)
        third = (right - x0) / 3
        # masthead: company and producers left, the boxed calls centre, the day right
        y = 40.0
        c.text(x0, y, g["company"], 9, bold=True)
        for ln in g["company_lines"]:
            y += 10
            c.text(x0, y, ln, 7)
        y += 16
        fit(c, x0, y, title.upper(), 15, third - 4, bold=True)
        y += 12
        c.text(x0, y, g["episode"], 8.5)
        cx = x0 + third + 10
        cw = third - 20
        c.box(cx, 30, cw, 52, 1.6)
        centre_x = cx + cw / 2
        for text, yy, size in (("GENERAL CREW CALL", 44, 8.5), (hm(call, t), 72, 24)):
            c._font(text, size, True, None)
            c.text(centre_x - c.pdf.get_string_width(text) / 2, yy, text, size, bold=True)
        c.box(cx, 86, cw, 22, 0.8)
        shoot = f"SHOOTING CALL  {written(add_minutes(call, g['shooting']))}"
        c._font(shoot, 9.5, True, None)
        c.text(centre_x - c.pdf.get_string_width(shoot) / 2, 101, shoot, 9.5, bold=True)
        rx = x0 + 2 * third + 4
        info = [
            ("", day_text(day, g["date_style"])),
            ("", g["day_of"]),
            ("Breakfast", written(add_minutes(call, -30))),
            ("Lunch", written(add_minutes(call, 360))),
            ("Sunrise", written(rise)),
            ("Sunset", written(fall)),
            ("Weather", g["weather"]),
        ]
        yy = 40.0
        for lab, val in info:
            if lab:
                c.text(rx, yy, lab, 7.5, bold=True)
                fit(c, rx + 52, yy, val, 8, right - rx - 52)
            else:
                fit(c, rx, yy, val, 9, right - rx, bold=True)
            yy += 11
        c.hline(x0, right, 116, 1.0)
        # the place boxes
        boxes = [
            ("SET LOCATION", [p.name, p.street, p.city, g["set"]]),
            ("CREW PARKING / BASECAMP", [p.base_street, p.base_city, g["shuttle"]]),
            ("NEAREST HOSPITAL", hospital_lines(p)),
        ]
        for i, (lab, lines) in enumerate(boxes):
            c.box(x0 + i * third, 122, third, 66, 0.6)
            cell(c, x0 + i * third, 122, third, lab, lines, label_size=7, size=8, lead=10.5)
        y = 204.0
        y = _table(
            c,
            x0,
            y,
            ["SC.", "SET / DESCRIPTION", "CAST", "D/N", "PGS", "LOCATION"],
            [0, 34, 270, 350, 380, 420],
            g["scenes"],
            right,
            size=7.5,
            ruled=True,
        )
        y += 2
        y = _table(
            c,
            x0,
            y,
            ["#", "CAST", "CHARACTER", "STATUS", "P/U", "H/MU", "SET", "REMARKS"],
            [0, 18, 120, 220, 262, 312, 362, 412],
            [
                (
                    str(n),
                    a,
                    b,
                    s,
                    written(add_minutes(call, o - 45)),
                    written(add_minutes(call, o)),
                    written(add_minutes(call, o + 75)),
                    r,
                )
                for n, (a, b, s, o, r) in enumerate(g["cast"], 1)
            ],
            right,
            size=7.5,
            ruled=True,
        )
        y += 4
        for ln in g["notes"]:
            y = _para(c, x0, y, ln, 7.5, right - x0, 9.5, bold=ln.isupper())
        _footer(c, f"{title}  ·  {g['episode']}  ·  {g['day_of']}  ·  page 1 of 2")
        # the back page: crew calls by department
        c.new_page()
        c.text(x0, 40, f"{title.upper()}  -  CREW CALLS", 11, bold=True)
        c.right(right, 40, day_text(day, g["date_style"]), 8.5, bold=True)
        c.hline(x0, right, 47, 1.0)
        colw = (right - x0) / 2
        ys = [64.0, 64.0]
        for dept, people in g["crew"]:
            col = 0 if ys[0] <= ys[1] else 1
            xx = x0 + col * colw
            yy = ys[col]
            fill(c, xx, yy - 9, colw - 8, 12, 215)
            c.text(xx + 3, yy, dept, 7.5, bold=True)
            yy += 11
            for pos, name, off in people:
                c.text(xx + 3, yy, pos, 7)
                fit(c, xx + 120, yy, name, 7, 110)
                when = off if isinstance(off, str) else written(add_minutes(call, off))
                c.right(xx + colw - 12, yy, when, 7)
                yy += 9.5
            ys[col] = yy + 8
        y = max(ys) + 4
        y = titled_notes(c, x0, y, "ADVANCE SCHEDULE", 8.5, g["advance"], 7.5, right - x0, 9.5)
        _footer(c, f"{title}  ·  {g['episode']}  ·  crew calls  ·  page 2 of 2")
        return c.output()

    return _sheet(
        f"union_{key}",
        "us_union_episodic_back",
        "US union episodic call sheet, letter, two pages: company and episode top left, a boxed "
        "GENERAL CREW CALL at 24 pt over a smaller boxed SHOOTING CALL in the centre, date / day "
        "/ breakfast / lunch / sun / weather top right; SET LOCATION, CREW PARKING / BASECAMP, "
        "NEAREST HOSPITAL boxes; ruled scene and cast grids, safety notes; the back page lists "
        "crew calls by department (IATSE / Teamsters locals) and an advance schedule; "
        f"{g['day_of']}",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _union_crew(camera: int, grip: int, hmu: int) -> list[tuple[str, list[tuple[str, str, Any]]]]:
    return [
        (
            "PRODUCTION",
            [
                ("UPM", "Dana Whitcombe", "O/C"),
                ("1st AD", "Luis Ferreira", -15),
                ("2nd AD", "Keisha Grant", -45),
                ("Key PA", "Owen Pratt", -60),
            ],
        ),
        (
            "CAMERA (IATSE LOCAL 600)",
            [
                ("DP", "Hannah Lutz", 0),
                ("A Cam Op", "Marcus Bell", camera),
                ("A Cam 1st AC", "Jin Park", camera),
                ("DIT", "Sam Ortega", camera),
            ],
        ),
        (
            "GRIP / ELECTRIC (IATSE LOCAL 52)",
            [
                ("Key Grip", "Tony Russo", grip),
                ("Gaffer", "Erin McNally", grip),
                ("Best Boy Electric", "Will Chen", grip),
                ("Dolly Grip", "Ray Dutton", 0),
            ],
        ),
        (
            "HAIR / MAKEUP (LOCAL 798)",
            [("Dept Head Makeup", "Priya Shah", hmu), ("Key Hair", "Colleen Ward", hmu)],
        ),
        (
            "SOUND",
            [("Mixer", "Abe Kowalski", 0), ("Boom Op", "Nate Fisk", 0)],
        ),
        (
            "TRANSPORTATION (TEAMSTERS LOCAL 294)",
            [
                ("Transpo Captain", "Gene Marino", -90),
                ("Honeywagon", "Rita Cole", -90),
                ("Camera truck", "Mike Dube", -60),
                ("Van drivers (3)", "per captain", -75),
            ],
        ),
        (
            "LOCATIONS",
            [("Location Mgr", "Beth Sandoval", "O/C"), ("Key Asst Loc", "Drew Hines", -120)],
        ),
    ]


def _union_sheets() -> list[Sheet]:
    return [
        _union(
            "proctors",
            "The Erie Line",
            D(2026, 10, 15),
            "07:00",
            {
                "font": "helvetica",
                "time_style": "us_a",
                "date_style": "us_long",
                "company": "Mohawk Valley Pictures LLC",
                "company_lines": [
                    "1 Broadway Center, Schenectady, NY 12305",
                    "Office (518) 555-0144",
                ],
                "episode": 'Ep. 104 "Lock Seven"',
                "shooting": 60,
                "day_of": "Day 4 of 8",
                "weather": "Cloudy, 58°/44°",
                "set": "mainstage, lobby and the marquee",
                "shuttle": "Shuttle to set every 10 min",
                "scenes": [
                    (
                        "12",
                        "INT. PROCTORS LOBBY - Ruth waits for the mayor",
                        "1, 3",
                        "D",
                        "1 3/8",
                        "Lobby",
                    ),
                    ("14", "INT. MAINSTAGE - the rally", "1, 2, 3, 4", "D", "3 2/8", "Mainstage"),
                    ("15pt", "EXT. STATE ST - under the marquee", "2", "D", "5/8", "Marquee"),
                ],
                "cast": [
                    ("Maren Holt", "RUTH DAVIES", "W", 0, ""),
                    ("Theo Brandt", "MAYOR KESSLER", "W", 60, ""),
                    ("Ada Okafor", "JUNE", "SW", 90, "fitting at wrap"),
                ],
                "notes": [
                    "SAFETY MEETING AT CREW CALL ON THE MAINSTAGE.",
                    "Crowd of 60 background in holding at 1 Broadway Center. No forced calls "
                    "without the UPM's approval. All calls subject to change.",
                ],
                "crew": _union_crew(0, -30, -45),
                "advance": [
                    "Fri 10/16 - Day 5: EXT. Central Park (Schenectady) sc. 20, 21, 23 - "
                    "crew call 7:00A.",
                ],
            },
        ),
        _union(
            "albanyinstitute",
            "The Erie Line",
            D(2026, 10, 20),
            "06:30",
            {
                "font": "sans",
                "time_style": "us",
                "date_style": "us_caps",
                "company": "Mohawk Valley Pictures LLC",
                "company_lines": [
                    "1 Broadway Center, Schenectady, NY 12305",
                    "Office (518) 555-0144",
                ],
                "episode": 'Ep. 105 "Dry Dock"',
                # HARD: camera and electric pre-call half an hour before the general call
                "shooting": 75,
                "day_of": "Day 1 of 8",
                "weather": "Showers, 55°/41°, 60% rain",
                "set": "the Hudson River gallery and the Egyptian gallery",
                "shuttle": "Van to the Institute from 5:45 AM",
                "scenes": [
                    (
                        "3",
                        "INT. MUSEUM GALLERY - Ruth finds the ledger",
                        "1",
                        "D",
                        "2 1/8",
                        "River gallery",
                    ),
                    (
                        "4",
                        "INT. MUSEUM - EGYPTIAN ROOM - June follows",
                        "1, 3",
                        "D",
                        "1 4/8",
                        "Egyptian gallery",
                    ),
                ],
                "cast": [
                    ("Maren Holt", "RUTH DAVIES", "W", 0, ""),
                    ("Ada Okafor", "JUNE", "W", 45, ""),
                ],
                "notes": [
                    "NO FOOD OR DRINK IN THE GALLERIES.",
                    "Camera and electric pre-call 6:00 AM for the lighting of the river gallery. "
                    "Museum security escorts all carts.",
                ],
                "crew": _union_crew(-30, -30, -30),
                "advance": [
                    "Wed 10/21 - Day 2: INT. Ruth's apartment (stage 2, Watervliet) sc. 6, 8 - "
                    "crew call 7:00 AM.",
                ],
            },
        ),
        _union(
            "musichall",
            "The Erie Line",
            D(2026, 10, 28),
            "08:00",
            {
                "font": "helvetica",
                "time_style": "military",
                "date_style": "us_slash",
                "company": "Mohawk Valley Pictures LLC",
                "company_lines": [
                    "1 Broadway Center, Schenectady, NY 12305",
                    "Office (518) 555-0144",
                ],
                "episode": 'Ep. 106 "Low Bridge"',
                "shooting": 90,
                "day_of": "Day 7 of 8",
                "weather": "Clear, 52°/38°",
                "set": "the hall, the balcony and the stage door on 2nd Street",
                "shuttle": "Walk to set: 4 min",
                "scenes": [
                    ("31", "INT. MUSIC HALL - the concert", "1, 2, 5", "N", "2 6/8", "Hall"),
                    ("32", "INT. MUSIC HALL BALCONY - the deal", "2, 5", "N", "1 2/8", "Balcony"),
                    ("33", "EXT. STAGE DOOR - Ruth leaves", "1", "N", "3/8", "Stage door"),
                ],
                "cast": [
                    ("Maren Holt", "RUTH DAVIES", "W", 30, ""),
                    ("Theo Brandt", "MAYOR KESSLER", "W", 60, ""),
                    ("Lena Vargas", "SINGER", "SWF", 0, "pre-record playback"),
                ],
                "notes": [
                    "ORGAN IS A PROTECTED INSTRUMENT: NOTHING ON THE CONSOLE.",
                    "Background (120) in holding at the Uncle Sam garage level 1. Hearing "
                    "protection at the playback tests.",
                ],
                "crew": _union_crew(0, -60, -30),
                "advance": [
                    "Thu 10/29 - Day 8: EXT. Troy riverfront sc. 40-44 - crew call 1600 (nights).",
                ],
            },
        ),
    ]


# --- (5) a crew member's phone captures: a group chat, a text thread, a calendar event --------


def _status_bar(c: Canvas, clock_text: str, w: float) -> None:
    c.text(18, 20, clock_text, 9, bold=True)
    c.right(w - 18, 20, "5G  82%", 8, bold=True)


def _bubble(
    c: Canvas, y: float, lines: list[str], w: float, *, mine: bool, who: str = "", stamp: str = ""
) -> float:
    """A chat bubble from baseline y: grey at the left for others, blue at the right for mine."""
    size = 10.0
    lead = 13.0
    c._font("x", size, False, None)
    bw = max(c.pdf.get_string_width(ln) for ln in lines) + 20
    bw = min(max(bw, 90), w * 0.78)
    h = lead * len(lines) + (12 if who else 0) + 16
    x = w - bw - 12 if mine else 12
    _rgb_box(c, x, y, bw, h, (0, 122, 255) if mine else (233, 233, 235))
    yy = y + 14
    if who:
        c.pdf.set_text_color(90, 90, 200)
        c.text(x + 10, yy, who, 8, bold=True)
        yy += 12
    c.pdf.set_text_color(*((255, 255, 255) if mine else (0, 0, 0)))
    for ln in lines:
        c.text(x + 10, yy, ln, size)
        yy += lead
    c.pdf.set_text_color(*((225, 235, 255) if mine else (120, 120, 120)))
    c.right(x + bw - 8, y + h - 4, stamp, 6.5)
    black(c)
    return y + h + 8


def _phone(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p = P[key]
    kind = g["kind"]

    def make() -> bytes:
        w = 360.0
        c = Canvas((w, 780.0), "sans")  # type: ignore[arg-type]
        _status_bar(c, g["clock"], w)
        if kind == "calendar":
            c.pdf.set_text_color(255, 59, 48)
            c.text(14, 50, "\u2039 " + g["back"], 11)
            c.right(w - 14, 50, "Edit", 11)
            black(c)
            y = 88.0
            for ln in g["event"]:
                c.text(16, y, ln, 20, bold=True)
                y += 24
            y += 4
            for ln in g["when"]:
                c.text(16, y, ln, 11)
                y += 15
            y += 10
            c.hline(16, w - 16, y - 6, 0.3)
            grey_text(c, 16, y + 8, "Location", 9)
            y += 24
            for ln in [p.name, p.street, p.city]:
                c.pdf.set_text_color(0, 122, 255)
                c.text(16, y, ln, 11)
                y += 15
            black(c)
            y += 10
            _rgb_box(c, 16, y, w - 32, 110, (218, 231, 214))
            c.text(w / 2 - 22, y + 60, "Map", 10)
            y += 128
            c.hline(16, w - 16, y - 6, 0.3)
            for lab, val in g["rows"]:
                grey_text(c, 16, y + 8, lab, 9)
                c.right(w - 16, y + 8, val, 10)
                y += 26
                c.hline(16, w - 16, y - 6, 0.3)
            grey_text(c, 16, y + 8, "Notes", 9)
            y += 26
            y = paragraphs(c, 16, y, g["notes"], 10, w - 32, 13.5)
            c.pdf.set_text_color(255, 59, 48)
            centre(c, 760, "Delete Event", 11, bold=False)
            black(c)
            return c.output()
        # a chat: header with the thread's name, then bubbles under day separators
        fill(c, 0, 28, w, 48, 247)
        c.pdf.set_text_color(0, 122, 255)
        c.text(10, 58, "\u2039", 20)
        black(c)
        centre(c, 50, g["thread"], 11)
        grey(c, 120)
        centre(c, 64, g["thread_sub"], 8, bold=False)
        black(c)
        c.hline(0, w, 76, 0.3)
        y = 94.0
        for item in g["messages"]:
            if isinstance(item, str):
                grey(c, 130)
                centre(c, y, item, 8, bold=False)
                black(c)
                y += 14
                continue
            who, stamp, lines = item
            y = _bubble(
                c, y, lines, w, mine=who == "me", who="" if who == "me" else who, stamp=stamp
            )
        fill(c, 0, 740, w, 40, 247)
        _rgb_box(c, 14, 748, w - 60, 24, (255, 255, 255))
        grey_text(c, 24, 764, g["compose"], 10, 150)
        return c.output()

    return _sheet(
        f"phone_{key}",
        "phone_capture_narrow",
        "a crew member's own phone capture saved as a PDF, one narrow tall page (360 x 780 pt) "
        "with a status bar: "
        + {
            "group": "a messaging app's group chat, the 2nd AD's bubbles giving the call, the "
            "place and the date, other crew's replies with timestamps",
            "sms": "a text thread with the production coordinator, the day's details in one "
            "long grey bubble, the crew member's reply in blue",
            "calendar": "a calendar app's event page: the event's title, date and times, the "
            "location in blue over a map tile, alert and calendar rows, notes with the call",
        }[kind],
        make,
        expect(p, title, day, call, g.get("set", ""), sun=(None, None), hospital=None),
    )


def _phone_sheets() -> list[Sheet]:
    return [
        _phone(
            "depot",
            "Narrow Gauge",
            D(2026, 10, 15),
            "07:30",
            {
                "kind": "group",
                "clock": "9:12",
                "thread": "NARROW GAUGE - crew",
                "thread_sub": "Dana (2nd AD), Jess, Marco, Ty, you + 18",
                # HARD: sent the evening before; the separator shows the day it was sent
                "messages": [
                    "Wednesday, October 14, 2026",
                    (
                        "Dana (2nd AD)",
                        "8:41 PM",
                        [
                            "Hi all! Sheet's in your inbox, short",
                            "version for tomorrow Thu 10/15:",
                            "NARROW GAUGE - Day 6",
                            "Call 7:30 at the train depot:",
                            "Durango & Silverton Railroad Depot",
                            "479 Main Avenue, Durango, CO 81301",
                            "Crew park at Santa Rita Park lot,",
                            "shuttle runs from 7:00.",
                        ],
                    ),
                    ("Marco G", "8:44 PM", ["copy, thanks"]),
                    ("Jess (props)", "8:47 PM", ["Is breakfast at 7 or 7:30?"]),
                    ("Dana (2nd AD)", "8:49 PM", ["Breakfast 7:00-7:30, walk-away after."]),
                    ("me", "9:03 PM", ["See you at 7:30"]),
                ],
                "compose": "Message",
            },
        ),
        _phone(
            "harwood",
            "Ledoux Street",
            D(2026, 10, 22),
            "06:45",
            {
                "kind": "sms",
                "clock": "6:58",
                "thread": "Rosa - Ledoux St coord",
                "thread_sub": "Text Message · SMS",
                "messages": [
                    "Wed, Oct 21 at 7:15 PM",
                    (
                        "Rosa",
                        "7:15 PM",
                        [
                            "Hi Sam, it's Rosa from LEDOUX STREET",
                            "production. Your call tomorrow:",
                            "Thursday 10/22/26",
                            "Call 6:45 AM",
                            "Harwood Museum of Art",
                            "238 Ledoux Street, Taos, NM 87571",
                            "Park at Kit Carson Park lot and walk",
                            "down. Courtyard + upstairs gallery.",
                            "Wrap est. 5:30 PM.",
                        ],
                    ),
                    ("me", "7:22 PM", ["Got it, thank you!", "Anything to bring?"]),
                    ("Rosa", "7:24 PM", ["Warm layers, it's 28° at call."]),
                ],
                "set": "courtyard and upstairs gallery",
                "compose": "Text Message",
            },
        ),
        _phone(
            "holycross",
            "Red Rock Hymn",
            D(2026, 10, 29),
            "06:15",
            {
                "kind": "calendar",
                "clock": "5:02",
                "back": "October",
                "event": ["Red Rock Hymn -", "shoot day 3"],
                "when": ["Thursday, Oct 29, 2026", "from 6:15 AM to 5:00 PM"],
                "rows": [
                    ("Calendar", "Work"),
                    ("Alert", "1 hour before"),
                    ("Invitees", "Red Rock Hymn Prod."),
                ],
                "notes": [
                    "Crew call 6:15 AM at the chapel (lower lot, shuttle up). Sunrise shots "
                    "first. Bring a headlamp; no parking on Chapel Road after 6.",
                ],
            },
        ),
    ]


# --- (6) Belgian bilingual French / Dutch commercials: FEUILLE DE SERVICE / DAGPLANNING -------


def _be(key: str, title: str, day: D, call: str, g: dict[str, Any]) -> Sheet:
    p, rise, fall, t, _ = sheet_basics(P[key], day, g)
    nl_first = g["nl_first"]

    def lab(fr: str, nl: str) -> str:
        return f"{nl} / {fr}" if nl_first else f"{fr} / {nl}"

    def make() -> bytes:
        c, x0, right = page("A4", g["font"], margin=38.0)
        heading = lab("FEUILLE DE SERVICE", "DAGPLANNING")
        c.text(x0, 46, heading, 15, bold=True)
        c.right(right, 40, g["company"], 9, bold=True)
        grey(c, 100)
        c.right(right, 51, g["company_addr"], 7)
        black(c)
        c.hline(x0, right, 58, 1.4)
        y = 78.0
        fit(c, x0, y, title, 18, 300, bold=True)
        for i, ln in enumerate(g["date_lines"]):
            c.right(right, y - 6 + 12 * i, ln, 9, bold=i == 0)
        y += 20
        job = [
            (lab("Client", "Klant"), g["client"]),
            (lab("Agence", "Bureau"), g["agency"]),
            (lab("Réalisation", "Regie"), g["director"]),
            (lab("Production", "Productie"), g["producer"]),
        ]
        half = (right - x0) / 2
        for i, (k, v) in enumerate(job):
            xx = x0 + (i % 2) * half
            yy = y + (i // 2) * 13
            c.text(xx, yy, k, 7.5, bold=True)
            fit(c, xx + 108, yy, v, 8.5, half - 112)
        y += 36
        # the call and the times in a shaded band
        fill(c, x0, y - 12, right - x0, 48, 225)
        fit(c, x0 + 8, y + 1, g["call_label"], 8.5, 214, bold=True)
        c.text(x0 + 8, y + 27, hm(call, t), 22, bold=True)
        xx = x0 + 228
        times = [(k, hm(add_minutes(call, off), t)) for k, off in g["times"]]
        sun_t = g["table_style"]
        times.append((lab("Soleil", "Zon"), f"{hm(rise, sun_t)} - {hm(fall, sun_t)}"))
        colw = (right - xx) / 2
        for i, (k, v) in enumerate(times):
            tx = xx + (i % 2) * colw
            ty = y + (i // 2) * 12
            c.text(tx, ty, k, 7, bold=True)
            fit(c, tx + 92, ty, v, 8, colw - 96)
        y += 52
        rows = [
            (lab("LIEU DE TOURNAGE", "DRAAILOCATIE"), [p.name, p.street, p.city, g["set"]]),
            (lab("PARKING / CANTINE", "PARKING / CATERING"), [p.base_street, p.base_city]),
            (
                lab("HÔPITAL LE PLUS PROCHE", "DICHTSTBIJZIJNDE ZIEKENHUIS"),
                [
                    p.hospital,
                    f"{p.hospital_street}, {p.hospital_city}",
                    f"tel. {p.hospital_phone}  ·  urgences / noodnummer 112",
                ],
            ),
        ]
        for k, lines in rows:
            c.text(x0, y, k, 7.5, bold=True)
            y += 11
            for ln in lines:
                fit(c, x0 + 10, y, ln, 9, right - x0 - 10)
                y += 11.5
            y += 6
        written = partial(hm, style=g["table_style"])
        y = _table(
            c,
            x0,
            y,
            [lab("HEURE", "UUR"), lab("PLANNING", "PLANNING")],
            [0, 70],
            timed_rows(g["schedule"], call, written),
            right,
        )
        y += 2
        y = _table(
            c,
            x0,
            y,
            [
                lab("COMÉDIEN", "ACTEUR"),
                lab("RÔLE", "ROL"),
                "PICK-UP",
                lab("MAQUILLAGE", "MAKE-UP"),
                "SET",
            ],
            [0, 120, 230, 300, 400],
            cast_times(g["cast"], call, written, (-30, 0, 60)),
            right,
            heads_to_column=True,
        )
        y = titled_notes(
            c, x0, y, lab("REMARQUES", "OPMERKINGEN"), 8, g["notes"], 8, right - x0, 10.5
        )
        _footer(c, f"{g['company']}  ·  {title}  ·  {heading}")
        return c.output()

    return _sheet(
        f"be_{key}",
        "be_fr_nl_commercial",
        "Belgian commercial call sheet in French and Dutch, A4: 'FEUILLE DE SERVICE / "
        "DAGPLANNING' (Dutch first in Flanders), company top right, title with the date in both "
        "languages at the right, client / agency / director / producer pairs, a shaded band "
        "with the call at 22 pt and the times, bilingual place labels, a planning table and a "
        f"cast table; time style '{t}'",
        make,
        expect(p, title, day, call, g["set"]),
    )


def _be_sheets() -> list[Sheet]:
    return [
        _be(
            "guillemins",
            "Quai Neuf",
            D(2026, 10, 15),
            "07:30",
            {
                "font": "helvetica",
                "nl_first": False,
                "time_style": "be_pair",
                "table_style": "be_fr",
                "company": "Meuse & Fils Productions sprl",
                "company_addr": "Rue Saint-Gilles 58, 4000 Liège  ·  04 221 30 70",
                "date_lines": [
                    day_text(D(2026, 10, 15), "fr_long"),
                    day_text(D(2026, 10, 15), "nl_long"),
                ],
                "client": "SNCB / NMBS",
                "agency": "Famille Agency, Bruxelles",
                "director": "Lou Marchal",
                "producer": "Nathan Delvaux",
                "call_label": "RENDEZ-VOUS ÉQUIPE / VERZAMELEN PLOEG",
                "times": [
                    ("Petit-déj. / Ontbijt", -30),
                    ("1er plan / 1e shot", 75),
                    ("Lunch", 330),
                    ("Fin / Einde", 600),
                ],
                "set": "hall des quais, passerelle et esplanade",
                "schedule": [
                    (0, "Rendez-vous équipe, petit-déjeuner au parking P1"),
                    (75, "Hall des quais : la famille court vers le train"),
                    (330, "Lunch"),
                    (390, "Passerelle : le regard par la verrière"),
                    (600, "Fin de tournage"),
                ],
                "cast": [
                    ("Inès Lambert", "LA MÈRE", 0),
                    ("Bram Peeters", "LE PÈRE", 30),
                    ("Lina Lambert", "LA FILLE", 60),
                ],
                "notes": [
                    "Gare en service : gilets orange obligatoires sur les quais, escorte SNCB à "
                    "tout moment. Pas de trépied sur les bandes podotactiles.",
                ],
            },
        ),
        _be(
            "kursaal",
            "Noordzee Nu",
            D(2026, 10, 22),
            "08:00",
            {
                "font": "sans",
                "nl_first": True,
                "time_style": "be_nl",
                "table_style": "be_nl",
                "company": "Zeedijk Films bv",
                "company_addr": "Vlaanderenstraat 12, 8400 Oostende  ·  059 33 18 40",
                "date_lines": [
                    day_text(D(2026, 10, 22), "nl_long"),
                    day_text(D(2026, 10, 22), "fr_long"),
                ],
                "client": "Kust Toerisme vzw",
                "agency": "Duval Guillaume, Antwerpen",
                "director": "Jonas De Smet",
                "producer": "Eva Vermeulen",
                "call_label": "CALL PLOEG / CONVOCATION",
                "times": [
                    ("Ontbijt / Petit-déj.", -30),
                    ("Eerste shot / 1er plan", 90),
                    ("Lunch", 330),
                    ("Einde / Fin", 630),
                ],
                "set": "zeedijk, trappen en foyer",
                "schedule": [
                    (0, "Call ploeg, ontbijt in de foyer"),
                    (90, "Zeedijk: fietsers en de golven"),
                    (330, "Lunch"),
                    (420, "Foyer: het concert (figuratie 40)"),
                    (630, "Einde draaidag"),
                ],
                "cast": [
                    ("Fien Maes", "DE FIETSSTER", 0),
                    ("Arno Claes", "DE MUZIKANT", 90),
                ],
                "notes": [
                    "Wind kracht 6 voorspeld: geen drone. Parkeerkaarten voor de Kursaal "
                    "parking liggen bij de productie.",
                ],
            },
        ),
        _be(
            "citadelle",
            "Le Rocher Bayard",
            D(2026, 10, 29),
            "07:00",
            {
                "font": "helvetica",
                "nl_first": False,
                "time_style": "be_fr",
                "table_style": "be_fr",
                "company": "Collégiale Films",
                "company_addr": "Avenue Louise 287, 1050 Bruxelles  ·  02 640 11 29",
                # HARD: one numeric date, the weekday in both languages after it
                "date_lines": [f"{day_text(D(2026, 10, 29), 'be_dots')} (jeudi / donderdag)"],
                "client": "Brasserie du Bayard",
                "agency": "Mortierbrigade, Bruxelles",
                "director": "Hélène Jacquet",
                "producer": "Karim Bouzid",
                "call_label": "CONVOCATION GÉNÉRALE / ALGEMENE CALL",
                "times": [
                    ("Téléphérique / Kabelbaan", -20),
                    ("1er plan / 1e shot", 90),
                    ("Lunch", 360),
                    ("Fin / Einde", 630),
                ],
                "set": "remparts, donjon et terrasse panoramique",
                "schedule": [
                    (-20, "Montée du matériel par le téléphérique"),
                    (0, "Convocation générale à la citadelle"),
                    (90, "Remparts : le toast au-dessus de la Meuse"),
                    (360, "Lunch"),
                    (630, "Fin de tournage"),
                ],
                "cast": [
                    ("Maxime Dufour", "LE BRASSEUR", 0),
                    ("Sofie Janssens", "LA TOURISTE", 45),
                ],
                "notes": [
                    "Citadelle ouverte au public à 10h00 : remparts fermés pour nous jusqu'à "
                    "12h00. Matériel lourd par l'escalier de 408 marches interdit.",
                ],
            },
        ),
    ]


# --- near misses: share call-sheet words, are not call sheets -------------------------------


def _camera_report() -> bytes:
    """A camera department's camera report: roll, scenes, takes, lenses, a lab note."""
    c, x0, right = page("letter", "helvetica", orientation="L", margin=30.0)
    c.text(x0, 40, "CAMERA REPORT", 16, bold=True)
    c.right(right, 40, "Sheet 2 of 3", 9)
    c.hline(x0, right, 48, 1.0)
    hdr = [
        ("Production", "The Erie Line  -  Ep. 104"),
        ("Date", "10/15/2026"),
        ("Camera", "A (ALEXA 35)  ·  S/N 35-11907"),
        ("Mag / Roll", "A012"),
        ("DP", "Hannah Lutz"),
        ("1st AC", "Jin Park"),
        ("Codec", "ARRIRAW 4.6K 3:2  ·  23.976"),
        ("Loc.", "Schenectady, NY (stage and lobby)"),
    ]
    for i, (k, v) in enumerate(hdr):
        xx = x0 + (i % 4) * ((right - x0) / 4)
        yy = 66 + (i // 4) * 15
        c.text(xx, yy, k, 7.5, bold=True)
        fit(c, xx + 58, yy, v, 8.5, (right - x0) / 4 - 62)
    _table(
        c,
        x0,
        110,
        ["SCENE", "TAKE", "LENS", "T-STOP", "FILTER", "FPS", "TC IN", "CIRCLE", "NOTES"],
        [0, 50, 90, 150, 200, 260, 300, 390, 440],
        [
            ("12", "1", "32mm", "T2.8", "ND.6", "23.98", "10:41:12:04", "", "boom in, NG"),
            ("12", "2", "32mm", "T2.8", "ND.6", "23.98", "10:44:50:11", "(2)", ""),
            ("12A", "1", "75mm", "T2.8", "ND.6", "23.98", "10:58:03:19", "(1)", "focus buzz"),
            ("12A", "2", "75mm", "T2.8", "ND.6", "23.98", "11:02:27:00", "(2)", ""),
            ("14", "1", "24mm", "T4", "-", "23.98", "11:36:40:08", "", "crowd late"),
            ("14", "2", "24mm", "T4", "-", "23.98", "11:41:15:22", "(2)", "PRINT"),
            ("14", "3", "24mm", "T4", "-", "47.95", "11:49:02:12", "(3)", "hi-speed"),
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
        "To lab / DIT: roll A012 offloaded 12:05, two copies verified (MHL). Please flag 14/3 "
        "for the 2x speed conform. Next roll A013 loaded 12:10.",
        9,
        right - x0,
        12,
    )
    c.text(x0, y + 24, "Signed: Jin Park, 1st AC", 9)
    return c.output()


def _delivery_note() -> bytes:
    """A rental house's delivery note: delivery time and address, the kit list, signatures."""
    c, x0, right = page("A4", "sans", margin=44.0)
    letterhead(
        c,
        x0,
        right,
        (50, 62),
        (
            "MOSA GRIP & LIGHT",
            15,
            "Quai de Rome 30, 4000 Liège  ·  04 252 81 00  ·  BE 0712.448.209",
            7.5,
        ),
        ("BON DE LIVRAISON / LEVERINGSBON", 11, "N° BL-26-3318", 8),
        rule=(70, 0.8),
    )
    y = 94.0
    y = label_rows(
        c,
        x0,
        y,
        right,
        [
            ("Client", "Meuse & Fils Productions sprl  (job 'Quai Neuf')"),
            ("Livraison / Levering", "jeudi 15 octobre 2026, 6h00"),
            ("Adresse", "Parking Guillemins P1, Rue des Guillemins, 4000 Liège"),
            ("Contact sur place", "Nathan Delvaux, 0478 22 91 04"),
            ("Retour / Terugname", "vendredi 16 octobre 2026, 9h00"),
            ("Chauffeur", "Yannick (camion 12 t, hayon)"),
        ],
        9,
        150,
        15,
    )
    y += 10
    y = _table(
        c,
        x0,
        y,
        ["QTÉ", "ARTICLE", "RÉF.", "ÉTAT"],
        [0, 40, 330, 420],
        [
            ("2", "ARRI SkyPanel S60-C + yoke", "LED-S60-04/05", "OK"),
            ("1", "ARRI M18 HMI kit", "HMI-M18-02", "OK"),
            ("4", "Combo stand 40 (Avenger A1040)", "ST-40-11..14", "OK"),
            ("6", "Sandbag 15 kg", "-", "OK"),
            ("1", "Butterfly frame 12x12 + silk", "BF-12-01", "silk taché"),
            ("1", "Generator 20 kVA, silent", "GEN-20-03", "plein"),
            ("10", "Câble 16A, 25 m", "CB-16-..", "OK"),
        ],
        right,
        size=8.5,
        lead=14,
        ruled=True,
    )
    y += 10
    y = _para(
        c,
        x0,
        y,
        "Le matériel voyage aux risques du locataire à partir de la livraison. Tout dégât ou "
        "manque est facturé au prix catalogue. Het materiaal reist op risico van de huurder.",
        8,
        right - x0,
        11,
    )
    y += 30
    signature_lines(c, x0, right, y, ("Reçu par / Ontvangen door", "Livré par / Geleverd door"))
    return c.output()


def _duty_slip() -> bytes:
    """An Indian car-hire duty slip: reporting time and address, kilometres, signature."""
    c = Canvas((419.5, 595.3), "helvetica")  # type: ignore[arg-type]  # A5
    W = c.width
    x0 = 28.0
    right = W - x0
    centre(c, 38, "MALABAR TRAVELS & CABS", 13)
    centre(c, 50, "MG Road, Ernakulam, Kochi 682016  ·  0484 2355 140", 7, bold=False)
    c.hline(x0, right, 56, 0.8)
    centre(c, 72, "DUTY SLIP", 11)
    c.text(x0, 72, "No. 44817", 8)
    y = 94.0
    for k, v in [
        ("Company", "Chakra Motion Pictures Pvt. Ltd."),
        ("Guest", "Mr. Anand Varghese (Director)"),
        ("Vehicle", "Toyota Innova Crysta  KL-07-CQ-4412"),
        ("Driver", "Shaji K."),
        ("Reporting date", "15/10/2026"),
        ("Reporting time", "5:45 AM"),
        ("Reporting address", "Brunton Boatyard, Calvathy Road, Fort Kochi"),
        ("Drop", "Fort Kochi / local use"),
        ("Starting km", "48,112"),
        ("Closing km", ""),
        ("Closing time", ""),
        ("Toll / parking", ""),
    ]:
        c.text(x0, y, k, 8, bold=True)
        fit(c, x0 + 105, y, v, 8.5, right - x0 - 105)
        c.hline(x0 + 103, right, y + 3, 0.2)
        y += 16
    y += 8
    y = _para(
        c,
        x0,
        y,
        "Package: 12 hrs / 120 km. Extra hours and km charged as per tariff. Night charges after "
        "10 PM. Please sign only after checking the closing km.",
        7.5,
        right - x0,
        10,
    )
    y += 24
    c.hline(x0, x0 + 140, y, 0.5)
    c.text(x0, y + 10, "Guest's signature", 7.5)
    c.hline(right - 120, right, y, 0.5)
    c.text(right - 120, y + 10, "Driver's signature", 7.5)
    return c.output()


def _other_sheets() -> list[Sheet]:
    return [
        _sheet(
            "near_miss_camera_report",
            "near_miss",
            "camera report, letter landscape: production, date, camera, roll, DP, 1st AC, "
            "codec, a town; scene / take / lens / stop / fps / timecode / circled takes; a "
            "note to the lab",
            _camera_report,
            OTHER,
        ),
        _sheet(
            "near_miss_delivery_note",
            "near_miss",
            "a lighting rental house's bilingual delivery note: client and job, delivery date "
            "and time, delivery address at a car park, return date, the kit list, signatures",
            _delivery_note,
            OTHER,
        ),
        _sheet(
            "near_miss_duty_slip",
            "near_miss",
            "an Indian car-hire duty slip on A5: company, guest, vehicle, driver, reporting "
            "date, reporting time and address, kilometres and closing time blank, signatures",
            _duty_slip,
            OTHER,
        ),
    ]


def sheets() -> list[Sheet]:
    return [
        *_adfilm_sheets(),
        *_odg_sheets(),
        *_service_sheets(),
        *_union_sheets(),
        *_phone_sheets(),
        *_be_sheets(),
        *_other_sheets(),
    ]
